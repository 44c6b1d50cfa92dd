#!/usr/bin/env python3
"""Round 11 (escalation): client replies to the LATER letters mailduns sends.

Final notices, late-fee letters (statutory interest + fixed compensation), formal notices
(messa in mora / requerimiento / letter before action), suspension notices, "you promised" and
"you said you paid" follow-ups, and statements of several invoices.

Every client's words below were written by hand. The quoted letters are rendered here from the
shipped templates' wording, with names, numbers, amounts and dates filled in.

Run:  python3 make.py      (writes r11x-NNNN.eml and labels.toml next to this file, then re-parses them)
Python 3.11, stdlib only.
"""
import base64
import datetime as dt
import email
import email.header
import email.policy
import email.utils
import hashlib
import os
import quopri
import struct
import sys
import zlib
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r11x"
D = dt.date

# --------------------------------------------------------------------------------------------
# The mailbox owners (freelancers)
# --------------------------------------------------------------------------------------------
OWNERS = {
    "alessandra": dict(name="Alessandra Rossi", addr="alessandra@example.it", lang="it",
                       tz="Europe/Rome", iban="IT60 X054 2811 1010 0000 0123 456",
                       address=["Via Saragozza 41", "40123 Bologna (BO)"], vat="03456780371",
                       pec="alessandra.rossi@pec.example.it"),
    "marco": dict(name="Marco Ferri", addr="marco@ferrivideo.it", lang="it", tz="Europe/Rome",
                  iban="IT02 L030 6909 6061 0000 0066 381", address=["Corso Vercelli 12", "10152 Torino (TO)"],
                  vat="11298760016", pec="marcoferri@pec.ferrivideo.it"),
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
                  iban="ES91 2100 0418 4502 0005 1332", address=["C/ de Blasco de Garay 27, 3.º B", "28015 Madrid"],
                  vat="50712344K"),
    "carmen": dict(name="Carmen Suárez", addr="carmen@suarezfoto.es", lang="es", tz="Atlantic/Canary",
                   iban="ES76 0049 1806 9421 1234 5678", address=["C/ Perdomo 9", "35002 Las Palmas de Gran Canaria"],
                   vat="44711902T"),
    "tom": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", address=["Unit 4, The Digital Hub", "Thomas Street", "Dublin 8, D08 TCV4"],
                vat="IE3344556FH"),
    "priya": dict(name="Priya Shah", addr="priya@shahcopy.co.uk", lang="en", tz="Europe/London",
                  iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22", address=["Flat 2, 14 Ashley Road", "Bristol BS6 5NL"],
                  vat="GB 302 4412 87"),
}

# --------------------------------------------------------------------------------------------
# Formatting helpers
# --------------------------------------------------------------------------------------------
IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
EN_MONTHS = "January February March April May June July August September October November December".split()
IT_DAYS = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
ES_DAYS = "lunes martes miércoles jueves viernes sábado domingo".split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
IT_MON3 = "gen feb mar apr mag giu lug ago set ott nov dic".split()
ES_MON3 = "ene feb mar abr may jun jul ago sept oct nov dic".split()
IT_DAY3 = "lun mar mer gio ven sab dom".split()
ES_DAY3 = "lun mar mié jue vie sáb dom".split()


def fdate(d, lang):
    if lang == "it":
        return f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def it_art(prefix, d):
    """Italian article before a date: il 1° / l'8 / l'11."""
    s = fdate(d, "it")
    if prefix == "il":
        return ("l'" + s) if d.day in (8, 11) else ("il " + s)
    if prefix == "del":
        return ("dell'" + s) if d.day in (8, 11) else ("del " + s)
    if prefix == "dal":
        return ("dall'" + s) if d.day in (8, 11) else ("dal " + s)
    if prefix == "al":
        return ("all'" + s) if d.day in (8, 11) else ("al " + s)
    return s


def money(x, lang, cur="EUR"):
    s = f"{x:,.2f}"
    if lang in ("it", "es"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
        return f"{s} {sym}" if cur == "EUR" else f"{sym} {s}"
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return f"{sym}{s}"


def pct(rate, lang):
    s = f"{rate:.2f}"
    if lang in ("it", "es"):
        s = s.replace(".", ",")
    return s + (" %" if lang == "es" else "%")


def deadline_from(today):
    d = today + dt.timedelta(days=7)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


# --------------------------------------------------------------------------------------------
# Fees (statutory interest + fixed compensation), computed as the letters show them
# --------------------------------------------------------------------------------------------
RATE = {"IT": 10.15, "ES": 10.15, "EU": 10.15, "IE": 10.15, "GB": 11.75}


def compensation(law, amount):
    if law in ("IE", "GB"):
        return 40.0 if amount < 1000 else (70.0 if amount < 10000 else 100.0)
    return 40.0


def fee_calc(inv, today, law, lang, cur):
    """Returns (lines, interest, comp, total)."""
    amount, due, num = inv["amount"], inv["due"], inv["number"]
    rate = RATE[law]
    lines = []
    L = {
        "it": ("Fattura n. {n}: {a}", "Interessi moratori", "Risarcimento forfettario dei costi di recupero", "Totale dovuto", "dal {a} al {b}"),
        "es": ("Factura n.º {n}: {a}", "Intereses de demora", "Indemnización por costes de cobro", "Total adeudado", "del {a} al {b}"),
        "en": ("Invoice {n}: {a}", "Interest for late payment" if law != "GB" else "Statutory interest",
               "Compensation for recovery costs" if law != "GB" else "Fixed sum for recovery costs (s. 5A)", "Total due", "from {a} to {b}"),
    }[lang]
    lines.append(L[0].format(n=num, a=money(amount, lang, cur)))
    interest = 0.0
    dec31 = D(2026, 12, 31)
    spans = []
    if due < dec31 < today:
        spans = [(due + dt.timedelta(days=1), dec31), (dec31 + dt.timedelta(days=1), today)]
    else:
        spans = [(due + dt.timedelta(days=1), today)]
    for a, b in spans:
        days = (b - a).days + 1
        i = round(amount * rate / 100 * days / 365, 2)
        interest += i
        label = L[1]
        if len(spans) > 1:
            label += " " + L[4].format(a=fdate(a, lang), b=fdate(b, lang))
        lines.append(f"{label}: {money(amount, lang, cur)} × {pct(rate, lang)} × {days}/365 = {money(i, lang, cur)}")
    comp = compensation(law, amount)
    lines.append(f"{L[2]}: {money(comp, lang, cur)}")
    total = round(amount + interest + comp, 2)
    lines.append(f"{L[3]}: {money(total, lang, cur)}")
    return lines, round(interest, 2), comp, total


# --------------------------------------------------------------------------------------------
# The letters mailduns sends (rendered the way the shipped templates render them)
# --------------------------------------------------------------------------------------------
def salutation(p, formal=False):
    lang = p["lang"]
    if p.get("sal"):
        return p["sal"]
    c, k = p["client"], p["ckind"]
    if lang == "it":
        return f"Spett.le {c}," if k == "company" else (f"Gentile {c}," if k == "person" else "Buongiorno,")
    if lang == "es":
        if k == "company":
            return "Estimados señores:"
        first = c.split()[0].lower()
        if first in ("sra.", "sra", "dña.", "d.ª", "doña"):
            return f"Estimada {c}:"
        if first in ("sr.", "sr", "d.", "don"):
            return f"Estimado {c}:"
        return f"Buenos días, {c}:" if k == "person" else "Buenos días:"
    if k == "person":
        return f"Dear {c},"
    return "Dear Sir or Madam," if formal else ("Dear Accounts Team," if k == "company" else "Hello,")


def signoff_en(p, formal=False):
    if not formal:
        return "Kind regards,"
    if p.get("sal") and "Sir" not in p["sal"]:
        return "Yours sincerely,"
    return "Yours sincerely," if p["ckind"] == "person" else "Yours faithfully,"


def payment_block(p, invoices=None):
    o, lang = OWNERS[p["owner"]], p["lang"]
    nums = [i["number"] for i in (invoices or [p["inv"]])]
    if lang == "it":
        ref = ("Fatture " if len(nums) > 1 else "Fattura ") + ", ".join(nums)
        return f"Per il pagamento:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- causale: {ref}"
    if lang == "es":
        ref = ("Facturas " if len(nums) > 1 else "Factura ") + ", ".join(nums)
        return f"Datos para el pago:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- concepto: {ref}"
    ref = ("Invoices " if len(nums) > 1 else "Invoice ") + ", ".join(nums)
    bic = f"\n- BIC (SWIFT): {o['bic']}" if o.get("bic") else ""
    return f"Payment details:\n- Account name: {o['name']}\n- IBAN: {o['iban']}{bic}\n- Payment reference: {ref}"


def fees_par(p, inv=None):
    """The fees paragraph + computation; '' when no fees."""
    if not p.get("fee"):
        return "", None
    inv = inv or p["inv"]
    lang, law, cur = p["lang"], p["law"], p.get("cur", "EUR")
    lines, interest, comp, total = fee_calc(inv, p["today"], law, lang, cur)
    rate = pct(RATE[law], lang)
    today = fdate(p["today"], lang)
    if lang == "it":
        if law == "GB":
            head = (f"Trattandosi di un contratto tra imprese regolato dalla legge del Regno Unito, si applica il Late Payment of Commercial Debts (Interest) Act 1998: "
                    f"senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli interessi di mora al {rate} annuo "
                    f"(8 punti oltre il tasso base della Bank of England in vigore alla scadenza) ed è dovuta la somma fissa di {money(comp, lang, cur)} per i costi di recupero (section 5A).")
        else:
            head = (f"Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): senza che sia necessaria la costituzione in mora, "
                    f"dal giorno successivo alla scadenza decorrono gli interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti percentuali, "
                    f"attualmente {rate} annuo) ed è dovuto l'importo forfettario di {money(comp, lang, cur)} a titolo di risarcimento dei costi di recupero (art. 6).")
        body = head + "\n\nAd oggi l'importo dovuto è il seguente:\n" + "\n".join("- " + l for l in lines)
    elif lang == "es":
        head = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que se establecen medidas de lucha contra la morosidad "
                "en las operaciones comerciales (Directiva 2011/7/UE). Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de demora al tipo legal: "
                f"el tipo del Banco Central Europeo para sus operaciones principales de financiación más ocho puntos porcentuales, actualmente el {rate} anual (arts. 5 y 7). "
                f"A la deuda se añade, además, una cantidad fija de {money(comp, lang, cur)} en concepto de indemnización por costes de cobro (art. 8).")
        body = head + "\n\n\nA día de hoy, el importe adeudado es el siguiente:\n" + "\n".join("- " + l for l in lines)
    else:
        if law == "GB":
            head = (f"As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 applies: statutory interest runs from the day after the due date "
                    f"at {rate} a year (8% over the Bank of England base rate in force when the debt fell due), and a fixed sum of {money(comp, lang, cur)} is due for the costs of recovering the debt (section 5A).")
        elif law == "IE":
            head = (f"As this is a commercial transaction, the European Communities (Late Payment in Commercial Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date "
                    f"at {rate} a year (the European Central Bank's main refinancing rate plus 8 percentage points), and {money(comp, lang, cur)} is due as compensation for recovery costs (Regulation 9).")
        else:
            head = ("As this is a commercial transaction, the legislation implementing EU Directive 2011/7/EU on combating late payment applies: statutory interest for late payment runs from the day after "
                    f"the due date at the European Central Bank's main refinancing rate plus 8 percentage points (currently {rate} a year), and a fixed sum of {money(comp, lang, cur)} is due as compensation for recovery costs.")
        body = head + f"\n\nThe amount due as at {today} (interest continues to run until payment) is:\n" + "\n".join("- " + l for l in lines)
    return body, total


def render_letter(p):
    """Returns (subject_line_or_None, body text) of the quoted mailduns letter."""
    kind, lang = p["letter"], p["lang"]
    o = OWNERS[p["owner"]]
    inv = p.get("inv")
    cur = p.get("cur", "EUR")
    today = p["today"]
    dl = p.get("deadline") or deadline_from(today)
    p["deadline_d"] = dl
    sal = salutation(p)
    fees, total = fees_par(p) if inv else ("", None)
    amt = money(inv["amount"], lang, cur) if inv else None
    if kind == "statement":
        return render_statement(p)
    if kind in ("formal_notice", "formal_cover"):
        return render_formal(p)
    if lang == "it":
        num = inv["number"]
        due = it_art("il", inv["due"])
        if kind == "late_fee":
            late = (today - inv["due"]).days
            t = [sal, "", f"la fattura n. {num} di {amt}, scaduta {due}, risulta ancora da saldare" + (f": sono trascorsi {late} giorni dalla scadenza." if late > 1 else ".")]
            if fees:
                t += ["", fees]
            t += ["", f"Chiedo cortesemente di provvedere al pagamento{' dell’importo totale'.replace('’', chr(39)) if fees else ''} entro {it_art('il', dl)}. Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email."]
            t += ["", payment_block(p), "", "Cordiali saluti,", o["name"]]
            return None, "\n".join(t)
        if kind == "final":
            subj = f"diffida di pagamento e costituzione in mora – fattura n. {num} " + it_art("del", inv["issue"])
            t = [sal, "", f"la fattura n. {num} di {amt}, scaduta {due}, risulta ancora da saldare nonostante i precedenti solleciti."]
            if fees:
                t += ["", fees]
            what = "dell'importo totale sopra indicato" if fees else f"di {amt}"
            t += ["", f"Con la presente chiedo formalmente il pagamento {what} entro {it_art('il', dl)}. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.",
                  "", "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.",
                  "", "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la data del bonifico, così da poterlo verificare.",
                  "", payment_block(p), "", "Cordiali saluti,", o["name"]]
            return subj, "\n".join(t)
        if kind == "suspension":
            sus = dl + dt.timedelta(days=1)
            t = [sal, "", f"torno a scrivere in merito alla fattura n. {num} di {amt}, scaduta {due}, che risulta ancora da saldare."]
            if fees:
                t += ["", fees]
            t += ["", f"In mancanza del pagamento entro {it_art('il', dl)}, {it_art('dal', sus)} potrebbe essere necessario sospendere le attività in corso e i servizi da me forniti fino alla regolarizzazione. Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, possiamo concordare una soluzione; basta rispondere a questa email.",
                  "", payment_block(p), "", "Cordiali saluti,", o["name"]]
            return None, "\n".join(t)
        if kind == "promise_followup":
            if p.get("promise_date"):
                first = f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {num} di {amt} sarebbe stato effettuato entro {it_art('il', p['promise_date'])}."
            else:
                first = f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {num} di {amt}, scaduta {due}."
            t = [sal, "", first, "", "Ad oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo.",
                 "", payment_block(p), "", "Cordiali saluti,", o["name"]]
            return None, "\n".join(t)
        if kind == "paid_claim_followup":
            cl = f" {it_art('il', p['claim_date'])}" if p.get("claim_date") else ""
            po = f" (con bonifico disposto {it_art('il', p['paid_on'])})" if p.get("paid_on") else ""
            t = [sal, "", f"grazie per avermi comunicato{cl} che la fattura n. {num} di {amt} è stata pagata{po}.", "",
                 "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di inoltrarmi la contabile.",
                 "", "Per un confronto, riporto le coordinate corrette:", f"- beneficiario: {o['name']}", f"- IBAN: {o['iban']}", f"- causale: Fattura {num}", "",
                 "Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: in tal caso mi basta una breve conferma. Grazie per la collaborazione.",
                 "", "Cordiali saluti,", o["name"]]
            return None, "\n".join(t)
    if lang == "es":
        num = inv["number"]
        due = fdate(inv["due"], "es")
        dls = fdate(dl, "es")
        if kind == "late_fee":
            late = (today - inv["due"]).days
            t = [sal, "", f"La factura n.º {num} de {amt} venció el {due}" + (f", hace {late} días," if late > 1 else "") + " y sigue pendiente de pago."]
            if fees:
                t += ["", fees]
            what = f" de {money(total, lang, cur)}" if fees else f" de {amt}"
            t += ["", f"Ruego que el pago{what} se realice a más tardar el {dls}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una solución por esta misma vía.",
                  "", payment_block(p), "", "Un cordial saludo,", o["name"]]
            return None, "\n".join(t)
        if kind == "final":
            subj = f"Requerimiento de pago de la factura n.º {num}"
            em = f", emitida a nombre de {p['client']} el {fdate(inv['issue'], 'es')},"
            t = [sal, "", f"La factura n.º {num}{em} venció el {due} y, pese a los recordatorios enviados anteriormente, sigue pendiente de pago por un importe de {amt}."]
            if fees:
                t += ["", fees]
            what = money(total, lang, cur) if fees else amt
            t += ["", f"Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de {what} a más tardar el {dls}" + (", más los intereses de demora que se devenguen hasta la fecha del pago." if fees else "."),
                  "", "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con responder a este correo.",
                  "", f"Si para el {dls} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría sinceramente evitarlo.",
                  "", "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta con la fecha de la transferencia.",
                  "", payment_block(p), "", "Atentamente,", o["name"]]
            return subj, "\n".join(t)
        if kind == "suspension":
            sus = fdate(dl + dt.timedelta(days=1), "es")
            t = [sal, "", f"Vuelvo a ponerme en contacto en relación con la factura n.º {num} de {amt}, vencida el {due} y todavía pendiente de pago."]
            if fees:
                t += ["", fees]
            what = money(total, lang, cur) if fees else amt
            t += ["", f"Si para el {dls} no se ha recibido el pago de {what}, a partir del {sus} podría verme en la necesidad de suspender los trabajos en curso y la prestación de los servicios contratados hasta que se regularice la situación. Si existe alguna dificultad (por ejemplo, si es necesario fraccionar el pago), basta con responder a este correo y buscaremos una solución.",
                  "", payment_block(p), "", "Un cordial saludo,", o["name"]]
            return None, "\n".join(t)
        if kind == "promise_followup":
            if p.get("promise_date"):
                first = f"Según su último mensaje, el pago de la factura n.º {num} de {amt} se realizaría a más tardar el {fdate(p['promise_date'], 'es')}; gracias de nuevo por la información."
            else:
                first = f"Gracias de nuevo por la información sobre el pago de la factura n.º {num} de {amt}, vencida el {due}."
            t = [sal, "", first, "", "A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él.",
                 "", payment_block(p), "", "Un cordial saludo,", o["name"]]
            return None, "\n".join(t)
        if kind == "paid_claim_followup":
            cl = f" el {fdate(p['claim_date'], 'es')}" if p.get("claim_date") else ""
            po = f" (transferencia ordenada el {fdate(p['paid_on'], 'es')})" if p.get("paid_on") else ""
            t = [sal, "", f"Muchas gracias por comunicarme{cl} que la factura n.º {num} de {amt} ya está pagada{po}.", "",
                 "Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería de gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el justificante.",
                 "", "Para comprobarlo, estos son los datos bancarios correctos:", f"- beneficiario: {o['name']}", f"- IBAN: {o['iban']}", f"- concepto: Factura {num}", "",
                 "Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es necesario hacer nada más. Gracias por su colaboración.",
                 "", "Un cordial saludo,", o["name"]]
            return None, "\n".join(t)
    if lang == "en":
        num = inv["number"]
        due = fdate(inv["due"], "en")
        dls = fdate(dl, "en")
        if kind == "late_fee":
            late = (today - inv["due"]).days
            t = [salutation(p), "", f"Invoice {num} for {amt}, due on {due}, is now {late} days overdue."]
            if fees:
                t += ["", fees]
            t += ["", f"Please arrange payment{' of the total above' if fees else ''} by {dls}. If payment is already on its way, thank you – please let me know the date it was made. If there is a problem with the invoice or with the timing, please reply to this email and we can find a solution.",
                  "", payment_block(p), "", "Kind regards,", o["name"]]
            return None, "\n".join(t)
        if kind == "final":
            hdr = ["Final notice before debt recovery", "", f"To: {p['client']}", f"Date: {fdate(today, 'en')}",
                   f"Invoice: {num}, issued on {fdate(inv['issue'], 'en')}, due on {due}"]
            if fees:
                hdr.append(f"Amount due: {money(total, lang, cur)} (as at {fdate(today, 'en')}; details below)")
            else:
                hdr.append(f"Amount due: {amt}")
            hdr.append(f"Payment deadline: {dls}")
            t = hdr + ["", salutation(p, formal=True), "", f"Despite my previous reminders, invoice {num} for {amt}, which was due for payment on {due}, remains unpaid."]
            if fees:
                t += ["", fees]
            t += ["", f"I therefore formally request payment of {'the total above' if fees else amt} by {dls}.",
                  "", "If payment is not received by that date, I intend to take steps to recover the debt. These may include referring the matter to a debt collection agency or a solicitor and, if necessary, starting court proceedings" + (", in which I would also claim the interest accrued and my reasonable costs of recovery, as the law allows." if fees else "."),
                  "", f"I would much rather resolve this with you directly. If there is a reason for the delay, or if you would like to propose a payment plan, please reply to this email before {dls}.",
                  "", "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would help if you could let me know the payment date so that I can update my records.",
                  "", payment_block(p), "", signoff_en(p, formal=True), o["name"]]
            return None, "\n".join(t)
        if kind == "suspension":
            sus = fdate(dl + dt.timedelta(days=1), "en")
            t = [salutation(p), "", f"I am writing again about invoice {num} for {amt}, which was due on {due} and remains unpaid."]
            if fees:
                t += ["", fees]
            t += ["", f"If payment{' of the total above' if fees else ''} is not received by {dls}, I may have to suspend work in progress and any services I provide to you from {sus} until the account is settled. If something is making payment difficult – for example, if you need to pay in instalments – please reply to this email and we can agree a solution.",
                  "", payment_block(p), "", "Kind regards,", o["name"]]
            return None, "\n".join(t)
        if kind == "promise_followup":
            if p.get("promise_date"):
                first = f"Thank you for letting me know that invoice {num} for {amt} would be paid by {fdate(p['promise_date'], 'en')}."
            else:
                first = f"Thank you for your earlier message about invoice {num} for {amt}, which was due on {due}."
            t = [salutation(p), "", first, "", "The payment has not reached me yet. If it is already on its way, thank you – please let me know the date it was made. If you need a little more time, could you let me know when I can expect it?",
                 "", payment_block(p), "", "Kind regards,", o["name"]]
            return None, "\n".join(t)
        if kind == "paid_claim_followup":
            cl = f" on {fdate(p['claim_date'], 'en')}" if p.get("claim_date") else ""
            po = f" (by a transfer made on {fdate(p['paid_on'], 'en')})" if p.get("paid_on") else ""
            bic = f"\n- BIC (SWIFT): {o['bic']}" if o.get("bic") else ""
            t = [salutation(p), "", f"Thank you for letting me know{cl} that invoice {num} for {amt} has been paid{po}.", "",
                 "However, the payment has not reached my account yet. Bank transfers sometimes take a few extra days, and occasionally a payment is sent to out-of-date bank details. To help me trace it, could you please send me the date and reference of the transfer, or a copy of the payment confirmation?",
                 "", f"For reference, my bank details are:\n- Account name: {o['name']}\n- IBAN: {o['iban']}{bic}\n- Payment reference: Invoice {num}", "",
                 "If the transfer was made only in the last day or two, it is probably still on its way, and there is no need to do anything further. Thank you for your help.",
                 "", "Kind regards,", o["name"]]
            return None, "\n".join(t)
    raise ValueError((kind, lang))


def render_statement(p):
    lang, o, cur = p["lang"], OWNERS[p["owner"]], p.get("cur", "EUR")
    today, invs = p["today"], p["invoices"]
    dl = p["deadline_d"]
    formal = p.get("formal", False)
    rows, fee_blocks, total = [], [], 0.0
    for i in invs:
        late = (today - i["due"]).days
        if p.get("fee") and late > 0:
            lines, _, _, t = fee_calc(i, today, p["law"], lang, cur)
            fee_blocks.append(lines)
            total += t
        else:
            total += i["amount"]
        a = money(i["amount"], lang, cur)
        if lang == "it":
            st = f"scaduta {it_art('il', i['due'])} ({late} giorni di ritardo)" if late > 0 else f"in scadenza {it_art('il', i['due'])}"
            rows.append(f"- n. {i['number']} {it_art('del', i['issue'])}, {st}: {a}")
        elif lang == "es":
            st = f"vencida el {fdate(i['due'], 'es')} ({late} días de retraso)" if late > 0 else f"vence el {fdate(i['due'], 'es')}"
            rows.append(f"- n.º {i['number']}, del {fdate(i['issue'], 'es')}, {st}: {a}")
        else:
            st = f"due on {fdate(i['due'], 'en')} ({late} days overdue)" if late > 0 else f"due on {fdate(i['due'], 'en')}"
            rows.append(f"- {i['number']}, issued on {fdate(i['issue'], 'en')}, {st}: {a}")
    all_overdue = all((today - i["due"]).days > 0 for i in invs)
    feetxt = ""
    if fee_blocks:
        blocks = "\n\n".join("\n".join(("" if k == 0 else "  ") + l for k, l in enumerate(b)) for b in fee_blocks)
        rate = pct(RATE[p["law"]], lang)
        if lang == "it":
            feetxt = (f"Trattandosi di transazioni commerciali, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): senza che sia necessaria la costituzione in mora, sulle fatture scadute decorrono dal giorno successivo alla scadenza gli interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti percentuali, attualmente {rate} annuo) ed è dovuto l'importo forfettario a titolo di risarcimento dei costi di recupero previsto dall'art. 6. Il dettaglio ad oggi:\n\n" + blocks)
        elif lang == "es":
            feetxt = (f"Al tratarse de operaciones comerciales, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE): las facturas vencidas devengan automáticamente, desde el día siguiente a su vencimiento, intereses de demora al tipo legal, actualmente el {rate} anual (tipo del Banco Central Europeo más ocho puntos porcentuales; arts. 5 y 7), y se añade, por cada factura vencida, la cantidad fija en concepto de indemnización por costes de cobro (art. 8). El detalle a día de hoy:\n\n" + blocks)
        else:
            if p["law"] == "GB":
                feetxt = f"As these are contracts between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 applies to the overdue invoices: statutory interest runs from the day after each due date at 8% over the Bank of England base rate in force when it fell due, and a fixed sum per invoice is due for the costs of recovering the debt (section 5A). The details as at {fdate(today, 'en')} (interest continues to run until payment):\n\n" + blocks
            elif p["law"] == "IE":
                feetxt = f"As these are commercial transactions, the European Communities (Late Payment in Commercial Transactions) Regulations 2012 apply to the overdue invoices: late payment interest runs from the day after each due date at the European Central Bank's main refinancing rate plus 8 percentage points, and compensation for recovery costs is due per invoice (Regulation 9). The details as at {fdate(today, 'en')} (interest continues to run until payment):\n\n" + blocks
            else:
                feetxt = f"As these are commercial transactions, the legislation implementing EU Directive 2011/7/EU on combating late payment applies to the overdue invoices: statutory interest for late payment runs from the day after each due date at the European Central Bank's main refinancing rate plus 8 percentage points (currently {rate} a year), and a fixed sum per invoice is due as compensation for recovery costs. The details as at {fdate(today, 'en')} (interest continues to run until payment):\n\n" + blocks
    tot = money(round(total, 2), lang, cur)
    subj = None
    if lang == "it":
        t = []
        if formal:
            over = [i["number"] for i in invs if (today - i["due"]).days > 0]
            subj = "diffida di pagamento e costituzione in mora – " + ("fatture" if len(over) > 1 else "fattura") + " n. " + ", ".join(over)
        t += [salutation(p), ""]
        if formal:
            t.append("le seguenti fatture risultano ancora da saldare nonostante i precedenti solleciti:" if all_overdue else "le fatture scadute elencate qui sotto risultano ancora da saldare nonostante i precedenti solleciti (per completezza sono indicate anche quelle non ancora scadute):")
        else:
            t.append("da un controllo risultano ancora da saldare le seguenti fatture:")
        t += [""] + rows
        if feetxt:
            t += ["", feetxt]
        t += ["", f"Totale {'dovuto ad oggi' if fee_blocks else 'da pagare'}: {tot}", ""]
        if formal:
            t += [f"Con la presente chiedo formalmente il pagamento {'dell’importo totale sopra indicato'.replace('’', chr(39)) if all_overdue else 'delle fatture scadute sopra elencate'} entro {it_art('il', dl)}. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.",
                  "", "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.",
                  "", "Se alcune di queste fatture sono già state pagate, prego di indicarmi quali e la data del bonifico, così da poter verificare."]
        else:
            t += [f"Chiedo cortesemente di provvedere al pagamento{'' if all_overdue else ' delle fatture scadute'} entro {it_art('il', dl)}. Se alcune di queste fatture sono già state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email."]
        t += ["", payment_block(p, invs), "", "Cordiali saluti,", o["name"]]
    elif lang == "es":
        t = [salutation(p), "", "Revisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:", ""] + rows
        if feetxt:
            t += ["", feetxt]
        t += ["", f"Total {'adeudado a día de hoy' if fee_blocks else 'a pagar'}: {tot}", "",
              f"Ruego que el pago de {'estas facturas' if all_overdue else 'las facturas vencidas'} se realice a más tardar el {fdate(dl, 'es')}{'' if all_overdue else ', y el de las demás en su vencimiento'}. Si alguna de ellas ya está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con alguna factura, podemos aclararlo por esta misma vía.",
              "", payment_block(p, invs), "", "Un cordial saludo,", o["name"]]
    else:
        t = [salutation(p), "", "According to my records, the following invoices are still outstanding:", ""] + rows
        if feetxt:
            t += ["", feetxt]
        t += ["", f"Total due{' as at ' + fdate(today, 'en') if fee_blocks else ''}: {tot}", "",
              f"Please arrange payment by {fdate(dl, 'en')}. If some of these invoices have already been paid, thank you – please let me know which ones and the payment dates, so that I can update my records. If there is a problem with any of them, please reply to this email and we can sort it out.",
              "", payment_block(p, invs), "", "Kind regards,", o["name"]]
    return subj, "\n".join(t)


def render_formal(p):
    lang, o, cur = p["lang"], OWNERS[p["owner"]], p.get("cur", "EUR")
    today = p["today"]
    invs = p.get("invoices") or [p["inv"]]
    several = len(invs) > 1
    days = p.get("deadline_days", 15)
    dl = today + dt.timedelta(days=days + 3)
    p["deadline_d"] = dl
    total = 0.0
    calc = []
    for i in invs:
        if p.get("fee"):
            lines, _, _, t = fee_calc(i, today, p["law"], lang, cur)
            calc += ["  " + l for l in lines]
            total += t
        else:
            total += i["amount"]
    tot = money(round(total, 2), lang, cur)
    nums = ", ".join(i["number"] for i in invs)
    deb = p["client"]
    deb_addr = p.get("client_address", [])
    if lang == "it":
        title = "diffida di pagamento e costituzione in mora"
        subj_cover = f"{title} – " + (f"fatture n. {nums}" if several else f"fattura n. {nums}")
        if p["letter"] == "formal_cover":
            t = [salutation(p), "", f"si trasmette in allegato, in formato PDF, la diffida di pagamento e costituzione in mora relativa " + (f"alle fatture n. {nums}" if several else f"alla fattura n. {nums}") + f", per complessivi {tot}, con richiesta di pagamento entro {days} giorni dal ricevimento (entro {it_art('il', dl)}).",
                 "", "Per qualsiasi chiarimento è possibile rispondere a questo indirizzo.", "", "Distinti saluti,", o["name"]]
            return subj_cover, "\n".join(t)
        head = [o["name"]] + o["address"] + [f"P. IVA {o['vat']}", f"PEC {o['pec']}", "", deb] + deb_addr
        if p.get("client_pec"):
            head.append(f"PEC {p['client_pec']}")
        head += ["Trasmessa a mezzo posta elettronica certificata" if p.get("channel") == "pec" else "Raccomandata A/R", "", f"Bologna, {fdate(today, 'it')}" if p["owner"] == "alessandra" else f"Torino, {fdate(today, 'it')}", "",
                 f"Oggetto: diffida di pagamento e costituzione in mora ai sensi dell'art. 1219 c.c. – " + (f"fatture n. {nums}" if several else f"fattura n. {nums} {it_art('del', invs[0]['issue'])}"), "", ""]
        t = head + [salutation(p), "", f"{o['name']} (P. IVA {o['vat']}), con la presente, premesso che", ""]
        for i in invs:
            t.append(f"- ha emesso nei confronti di {deb} la fattura n. {i['number']} {it_art('del', i['issue'])}, di {money(i['amount'], lang, cur)}, con scadenza {it_art('il', i['due'])};")
        t.append(f"- a oggi {'le fatture non risultano pagate' if several else 'la fattura non risulta pagata'}, nonostante i solleciti inviati;")
        if p.get("fee"):
            t += ["", "- trattandosi di transazione commerciale, ai sensi del D.Lgs. 9 ottobre 2002, n. 231, dal giorno successivo alla scadenza decorrono, senza che sia necessaria la costituzione in mora, gli interessi moratori al tasso di riferimento della Banca centrale europea maggiorato di otto punti percentuali (artt. 4 e 5), attualmente pari al 10,15% annuo, ed è dovuto, per ciascuna fattura, l'importo forfettario di 40 euro a titolo di risarcimento del danno per i costi di recupero (art. 6);",
                  "", "- il calcolo di quanto dovuto alla data odierna è il seguente:"] + calc
            if several:
                t.append(f"  Totale complessivo dovuto: {tot}")
        t += ["", "tutto ciò premesso,", "", "INTIMA E DIFFIDA", "",
              f"{deb} a pagare la somma di {tot}" + (", oltre agli ulteriori interessi moratori che matureranno fino al saldo" if p.get("fee") else "") + f", entro e non oltre {days} giorni dal ricevimento della presente, e quindi entro {it_art('il', dl)}.",
              "", "La presente vale quale formale intimazione di pagamento e costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, nonché quale atto interruttivo della prescrizione ai sensi dell'art. 2943, comma 4, c.c.",
              "", f"Decorso inutilmente il termine, {o['name']} si riserva di agire per il recupero del credito nelle sedi competenti, anche con ricorso per decreto ingiuntivo (artt. 633 e ss. c.p.c.), con aggravio di spese, senza ulteriore avviso.",
              "", payment_block(p, invs), "", "Qualora il pagamento sia già stato effettuato, si prega di trasmetterne la prova (per un bonifico, la contabile con il codice TRN): per l'importo pagato, la presente si intenderà superata.",
              "", "Distinti saluti,", o["name"]]
        return subj_cover, "\n".join(t)
    if lang == "es":
        subj = "Requerimiento de pago e invitación a negociar – " + (f"facturas n.º {nums}" if several else f"factura n.º {nums}")
        if p["letter"] == "formal_cover":
            t = [salutation(p), "", "Se adjunta, en PDF, el requerimiento de pago relativo a " + (f"las facturas n.º {nums}" if several else f"la factura n.º {nums}") + f", por un total de {tot}, que es también una invitación a negociar una solución. El plazo para el pago es de {days} días naturales desde la recepción (hasta el {fdate(dl, 'es')}).",
                 "", "Cualquier respuesta puede enviarse a esta misma dirección.", "", "Atentamente,", o["name"]]
            return subj, "\n".join(t)
        t = [o["name"]] + o["address"] + [f"NIF {o['vat']}", o["addr"], "", deb] + deb_addr + ["", fdate(today, "es"), "", subj, "", "", salutation(p), "",
             f"Por medio del presente escrito, {o['name']}, con NIF {o['vat']}, requiere formalmente a {deb}, a los efectos del artículo 1100 del Código Civil" + (" y del artículo 63 del Código de Comercio" if p.get("fee") else "") + ", el pago de " + ("las siguientes facturas, vencidas y no pagadas:" if several else "la siguiente factura, vencida y no pagada:"), ""]
        for i in invs:
            t.append(f"- factura n.º {i['number']}, de {fdate(i['issue'], 'es')}, por importe de {money(i['amount'], lang, cur)}, vencida el {fdate(i['due'], 'es')};")
        if p.get("fee"):
            t += ["", "Al tratarse de una operación comercial, conforme a la Ley 3/2004, de 29 de diciembre, por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales, desde el día siguiente al vencimiento se devenga, sin necesidad de aviso ni intimación alguna (artículo 5), el interés de demora del artículo 7 (tipo de interés del Banco Central Europeo más ocho puntos porcentuales, actualmente el 10,15 % anual), y se adeuda una cantidad fija de 40 euros por factura como indemnización por los costes de cobro (artículo 8).",
                  "", "El cálculo de lo adeudado a fecha de hoy es el siguiente:"] + calc
            if several:
                t.append(f"  Total adeudado por todas las facturas: {tot}")
        t += ["", f"En consecuencia, {o['name']} requiere el pago de la cantidad de {tot}" + (", más los intereses de demora que se devenguen hasta la fecha del pago," if p.get("fee") else "") + f" en el plazo de {days} días naturales desde la recepción de este escrito, es decir, a más tardar el {fdate(dl, 'es')}.",
              "", "Este escrito constituye, además, reclamación extrajudicial a los efectos de la interrupción de la prescripción (artículo 1973 del Código Civil).",
              "", f"Asimismo, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de medidas en materia de eficiencia del Servicio Público de Justicia, este escrito es también una invitación formal a negociar una solución a esta reclamación antes de acudir a la vía judicial. La respuesta puede darse por cualquier medio que deje constancia, exponiendo los motivos del impago o proponiendo un calendario de pagos, y {o['name']} valorará de buena fe cualquier propuesta. Si en el plazo de 30 días naturales desde la recepción de este escrito no se ha recibido respuesta, se entenderá intentada la negociación sin acuerdo.",
              "", f"De no recibirse el pago ni alcanzarse un acuerdo en dichos plazos, {o['name']} se reserva el ejercicio de las acciones judiciales que correspondan para el cobro de la deuda, incluido el procedimiento monitorio, con los intereses y costas que procedan.",
              "", payment_block(p, invs), "", "Si el pago ya se ha realizado, se ruega remitir el justificante de la transferencia; en tal caso, este escrito quedará sin efecto en cuanto a la cantidad pagada.",
              "", "Atentamente,", o["name"]]
        return subj, "\n".join(t)
    subj = "Formal notice and final demand for payment – " + (f"invoices {nums}" if several else f"invoice {nums}")
    if p["letter"] == "formal_cover":
        t = [salutation(p, formal=True), "", "I attach, as a PDF, a formal notice and demand for payment concerning " + (f"invoices {nums}" if several else f"invoice {nums}") + f", for a total of {tot}, payable within {days} days of receipt (by {fdate(dl, 'en')}).",
             "", "Any reply may be sent to this address.", "", signoff_en(p, formal=True), o["name"]]
        return subj, "\n".join(t)
    t = [o["name"]] + o["address"] + [f"VAT No. {o['vat']}", o["addr"], "", deb] + deb_addr + ["By registered post" if p.get("channel") == "letter" else "", fdate(today, "en"), "", subj, "", "", salutation(p, formal=True), "",
         "I am writing about " + ("the following invoices, which are overdue and remain unpaid despite previous reminders:" if several else "the following invoice, which is overdue and remains unpaid despite previous reminders:"), ""]
    for i in invs:
        t.append(f"- invoice {i['number']} dated {fdate(i['issue'], 'en')} for {money(i['amount'], lang, cur)}, due on {fdate(i['due'], 'en')};")
    if p.get("fee"):
        if p["law"] == "GB":
            t += ["", "As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 applies: statutory interest runs from the day after the due date without any reminder being necessary, at 8% a year over the Bank of England base rate in force when the debt fell due (11.75% a year in all), and a fixed sum for the costs of recovering the debt is due under section 5A of the Act (£40, £70 or £100 per invoice, by the size of the debt)."]
        elif p["law"] == "IE":
            t += ["", "As this is a commercial transaction, the European Communities (Late Payment in Commercial Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date without any reminder being necessary, at the European Central Bank's main refinancing rate plus eight percentage points (10.15% a year), and compensation for recovery costs is due under Regulation 9 (€40, €70 or €100 per invoice, by the amount)."]
        else:
            t += ["", "As this is a commercial transaction, under the law governing our contract, which implements Directive 2011/7/EU on combating late payment in commercial transactions, interest for late payment runs from the day after the due date without any reminder being necessary, at the European Central Bank reference rate plus eight percentage points (currently 10.15% a year), and a fixed sum of EUR 40 per invoice is due as compensation for recovery costs."]
        t += ["", "The amount due as of today is calculated as follows:"] + calc
        if several:
            t.append(f"  Total due on all invoices: {tot}")
    t += ["", f"I hereby demand payment of {tot}" + (", plus further interest accruing until payment," if p.get("fee") else "") + f" within {days} days of receipt of this notice, that is by {fdate(dl, 'en')}. This notice puts you formally in default.",
          "", "If payment is not received by then, I reserve the right to take legal action to recover the debt, with interest and costs, without further notice. If there is a reason for the delay or you need a payment plan, please reply before that date and I will consider it.",
          "", payment_block(p, invs), "", "If payment has already been made, please send me the date and reference of the transfer; this notice will then no longer apply to the amount paid.",
          "", signoff_en(p, formal=True), o["name"]]
    return subj, "\n".join(t)


# --------------------------------------------------------------------------------------------
# Quoting the letter the client replies to
# --------------------------------------------------------------------------------------------
EN_MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
EN_DAY3 = "Mon Tue Wed Thu Fri Sat Sun".split()


def letter_dt(th):
    o = OWNERS[th["owner"]]
    hh, mm = th.get("sent", (9, 2))
    return dt.datetime(th["today"].year, th["today"].month, th["today"].day, hh, mm, 14, tzinfo=ZoneInfo(o["tz"]))


def attribution(style, lang, th, us=False):
    o = OWNERS[th["owner"]]
    w = letter_dt(th)
    name, addr = o["name"], o["addr"]
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {IT_DAY3[w.weekday()]} {w.day} {IT_MON3[w.month-1]} {w.year} alle ore {w:%H:%M} {name} <{addr}> ha scritto:"
        if lang == "es":
            return f"El {ES_DAY3[w.weekday()]}, {w.day} {ES_MON3[w.month-1]} {w.year} a las {w.hour}:{w:%M}, {name} (<{addr}>) escribió:"
        return f"On {EN_DAY3[w.weekday()]}, {w.day} {EN_MON3[w.month-1]} {w.year} at {w:%H:%M}, {name} <{addr}> wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {w.day} {IT_MON3[w.month-1]} {w.year}, alle ore {w:%H:%M}, {name} <{addr}> ha scritto:"
        if lang == "es":
            return f"El {w.day} {ES_MON3[w.month-1]} {w.year}, a las {w.hour}:{w:%M}, {name} <{addr}> escribió:"
        return f"On {w.day} {EN_MON3[w.month-1]} {w.year}, at {w:%H:%M}, {name} <{addr}> wrote:"
    if style == "thunderbird":
        if lang == "it":
            return f"Il {w:%d/%m/%Y} {w:%H:%M}, {name} ha scritto:"
        if lang == "es":
            return f"El {w:%d/%m/%Y} a las {w.hour}:{w:%M}, {name} escribió:"
        return f"On {w:%d/%m/%Y} {w:%H:%M}, {name} wrote:"
    if style == "android":
        if lang == "it":
            return f"Il {w.day} {IT_MON3[w.month-1]} {w.year} {w:%H:%M}, {name} <{addr}> ha scritto:"
        if lang == "es":
            return f"El {w.day} {ES_MON3[w.month-1]} {w.year} {w.hour}:{w:%M}, {name} <{addr}> escribió:"
        return f"On {w.day} {EN_MON3[w.month-1]} {w.year} {w:%H:%M}, {name} <{addr}> wrote:"
    raise ValueError(style)


def outlook_header(lang, th, to_line, subj, old=False, us=False):
    o = OWNERS[th["owner"]]
    w = letter_dt(th)
    frm = f"{o['name']} <{o['addr']}>"
    if lang == "it":
        sent = f"{IT_DAYS[w.weekday()]} {w.day} {IT_MONTHS[w.month-1]} {w.year} {w:%H:%M}"
        lines = [f"Da: {frm}", f"Inviato: {sent}", f"A: {to_line}", f"Oggetto: {subj}"]
        sep = "-----Messaggio originale-----" if old else "________________________________"
    elif lang == "es":
        sent = f"{ES_DAYS[w.weekday()]}, {w.day} de {ES_MONTHS[w.month-1]} de {w.year} {w.hour}:{w:%M}"
        lines = [f"De: {frm}", f"Enviado el: {sent}" if old else f"Enviado: {sent}", f"Para: {to_line}", f"Asunto: {subj}"]
        sep = "-----Mensaje original-----" if old else "________________________________"
    else:
        if us:
            h12 = w.hour % 12 or 12
            sent = f"{EN_DAYS[w.weekday()]}, {EN_MONTHS[w.month-1]} {w.day}, {w.year} {h12}:{w:%M} {'AM' if w.hour < 12 else 'PM'}"
        else:
            sent = f"{w.day} {EN_MONTHS[w.month-1]} {w.year} {w:%H:%M}"
        lines = [f"From: {frm}", f"Sent: {sent}", f"To: {to_line}", f"Subject: {subj}"]
        sep = "-----Original Message-----" if old else "________________________________"
    return sep, lines


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def paras_html(text, tag="div", gmail=False):
    out = []
    for block in text.split("\n\n"):
        inner = "<br>\n".join(esc(l) for l in block.split("\n"))
        if gmail:
            out.append(f"<div>{inner}</div><div><br></div>")
        else:
            out.append(f"<{tag}>{inner}</{tag}>")
    return "\n".join(out)


def outlook_paras(text):
    out = []
    for block in text.split("\n\n"):
        for l in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(l) if l.strip() else "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def compose_plain(m, th, letter_text, letter_subj, to_line):
    body = m["body"].strip("\n")
    q = m.get("quote", "gmail")
    lang = th["lang"]
    if q == "none" or letter_text is None:
        return body + "\n"
    if q in ("gmail", "apple", "thunderbird", "android"):
        attr = attribution(q, lang, th)
        quoted = "\n".join(("> " + l) if l else ">" for l in letter_text.split("\n"))
        return f"{body}\n\n{attr}\n\n{quoted}\n" if q != "gmail" else f"{body}\n\n{attr}\n\n{quoted}\n"
    if q in ("outlook", "outlook_old", "outlook_us"):
        sep, lines = outlook_header(lang, th, to_line, letter_subj, old=(q == "outlook_old"), us=(q == "outlook_us"))
        return f"{body}\n\n{sep}\n" + "\n".join(lines) + "\n\n" + letter_text + "\n"
    if q == "bottom":  # reply written under the full quote (rare, old-school)
        attr = attribution("thunderbird", lang, th)
        quoted = "\n".join(("> " + l) if l else ">" for l in letter_text.split("\n"))
        return f"{attr}\n{quoted}\n\n{body}\n"
    raise ValueError(q)


def compose_html(m, th, letter_text, letter_subj, to_line, charset):
    lang = th["lang"]
    q = m.get("quote", "gmail")
    body_html = m.get("html") or None
    text = m["body"].strip("\n")
    if q in ("outlook", "outlook_old", "outlook_us") or m.get("mua") == "outlook":
        body_part = body_html or outlook_paras(text)
        quote = ""
        if letter_text is not None and q != "none":
            sep, lines = outlook_header(lang, th, to_line, letter_subj, us=(q == "outlook_us"))
            hl = "<br>\n".join(f"<b>{esc(l.split(':', 1)[0])}:</b>{esc(l.split(':', 1)[1])}" for l in lines)
            quote = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                     f'<p class="MsoNormal"><b>{""}</b>{hl}<o:p></o:p></p>\n</div>\n' + outlook_paras(letter_text))
        lang_attr = {"it": "IT", "es": "ES", "en": "EN-GB"}[lang]
        return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                'a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}\n'
                '.MsoChpDefault {mso-style-type:export-only;}\n@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 2.0cm 2.0cm 2.0cm;}\n'
                'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
                f'<body lang="{lang_attr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                f"{body_part}\n{quote}\n</div>\n</body>\n</html>\n")
    if q in ("apple",) or m.get("mua") in ("apple", "iphone"):
        body_part = body_html or paras_html(text, "div")
        quote = ""
        if letter_text is not None and q != "none":
            attr = esc(attribution("apple", lang, th))
            quote = (f'<div dir="ltr"><br><blockquote type="cite">{attr}<br><br></blockquote></div>'
                     f'<blockquote type="cite"><div dir="ltr">{paras_html(letter_text, "div")}</div></blockquote>')
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                f'<body dir="auto"><div dir="ltr">{body_part}</div>{quote}</body></html>\n')
    # gmail-ish (also thunderbird/webmail, different wrappers)
    body_part = body_html or paras_html(text, gmail=True)
    quote = ""
    if letter_text is not None and q != "none":
        style = q if q in ("gmail", "thunderbird", "android") else "gmail"
        attr = esc(attribution(style, lang, th))
        quote = (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{attr}<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 f"{paras_html(letter_text, 'div')}</blockquote></div>")
    return f'<div dir="ltr">{body_part}</div>{quote}\n'


# --------------------------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------------------------
CODEC = {"utf-8": "utf-8", "iso-8859-1": "cp1252", "windows-1252": "cp1252", "iso-8859-15": "iso-8859-15", "us-ascii": "ascii"}


def encode_body(text, charset, cte):
    raw = text.encode(CODEC[charset])
    if cte == "qp":
        return quopri.encodestring(raw).decode("ascii"), "quoted-printable"
    if cte == "b64":
        return base64.encodebytes(raw).decode("ascii"), "base64"
    if cte == "7bit":
        raw.decode("ascii")
        return raw.decode("ascii"), "7bit"
    return raw.decode(CODEC[charset]), "8bit"   # kept as text; written back with the same codec


class Part:
    def __init__(self, headers, body, codec="ascii"):
        self.headers, self.body, self.codec = headers, body, codec

    def to_bytes(self):
        h = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body.encode(self.codec)


def text_part(text, sub="plain", charset="utf-8", cte="qp", extra=()):
    body, cte_name = encode_body(text, charset, cte)
    ct = f"text/{sub}; charset=\"{charset}\""
    if sub == "plain" and cte == "8bit" and charset == "utf-8":
        ct = "text/plain; charset=UTF-8; format=flowed" if False else ct
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte_name)] + list(extra)
    return Part(hdrs, body, CODEC[charset] if cte_name == "8bit" else "ascii")


def multipart(sub, parts, boundary):
    chunks = []
    for p in parts:
        chunks.append(f"--{boundary}\n".encode("ascii") + p.to_bytes() + b"\n")
    chunks.append(f"--{boundary}--\n".encode("ascii"))
    body = b"".join(chunks)

    class MP(Part):
        def to_bytes(self_inner):
            return f"Content-Type: multipart/{sub}; boundary=\"{boundary}\"\n\n".encode("ascii") + body
    mp = MP([], "")
    mp.sub, mp.boundary, mp.raw = sub, boundary, body
    return mp


def attach_part(filename, ctype, data):
    b = base64.encodebytes(data).decode("ascii")
    fn = filename
    try:
        fn.encode("ascii")
        disp = f'attachment; filename="{fn}"'
        ctn = f'{ctype}; name="{fn}"'
    except UnicodeEncodeError:
        enc = email.utils.encode_rfc2231(fn, "utf-8")
        disp = f"attachment; filename*={enc}"
        ctn = f'{ctype}; name="{email.header.Header(fn, "utf-8").encode()}"'
    return Part([("Content-Type", ctn), ("Content-Disposition", disp), ("Content-Transfer-Encoding", "base64")], b)


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 770 Td (" + t[:60] + b") Tj ET\nendstream\nendobj\n"
            b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")


def fake_png(seed):
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    w, h = 4, 3
    raw = b"".join(b"\x00" + bytes([(seed * 37 + x * 50 + y * 20) % 256 for x in range(w * 3)]) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def hdr_addr(name, addr):
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset="utf-8")


def hdr_text(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, "utf-8", maxlinelen=76).encode()


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def msgid(mua, seed, domain):
    h = hashlib.sha256(seed.encode()).hexdigest()
    if mua == "gmail":
        b = base64.b64encode(hashlib.sha256(("g" + seed).encode()).digest() + hashlib.sha1(seed.encode()).digest()).decode()
        b = b.replace("/", "_").replace("+", "-").rstrip("=")
        return f"<CA{b[:52]}@mail.gmail.com>"
    if mua == "outlook":
        node = f"{['AM0PR', 'DB9PR', 'PA4PR', 'VI1PR', 'DU2PR'][int(h[0], 16) % 5]}0{int(h[1], 16) % 9 + 1}MB{int(h[2:6], 16) % 9000 + 1000}"
        return f"<{node}{h[6:22].upper()}{h[22:30].upper()}@{node}.eurprd0{int(h[1], 16) % 9 + 1}.prod.outlook.com>"
    if mua in ("apple", "iphone"):
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>"
    if mua == "android":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@email.android.com>"
    if mua == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{h[:24]}.{h[24:32]}@{domain}>"


MUA_HDR = {
    "gmail": [],
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("X-Mailer", "Microsoft Outlook 16.0")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22C152)")],
    "android": [("User-Agent", "K-9 Mail for Android")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "webmail": [("User-Agent", "Roundcube Webmail/1.6.9")],
}

DEFAULT_TZ = {"it": "Europe/Rome", "es": "Europe/Madrid", "en": "Europe/London"}


def build_message(idx, m):
    th = m["th"]
    lang = th["lang"]
    o = OWNERS[th["owner"]]
    seed = f"{PREFIX}-{idx:04d}"
    mua = m.get("mua", "gmail")
    frm_name, frm_addr = m["frm"]
    domain = frm_addr.split("@")[1]
    tz = ZoneInfo(m.get("tz") or DEFAULT_TZ[lang])
    y, mo, d_, hh, mi = map(int, m["date"].replace("-", " ").replace(":", " ").split())
    when = dt.datetime(y, mo, d_, hh, mi, int(hx(seed + "s", 2), 16) % 60, tzinfo=tz)
    assert D(2026, 11, 1) <= when.date() <= D(2027, 2, 28), (seed, when)
    # the letter replied to
    th.setdefault("to", frm_addr)
    letter_subj_line, letter_text = render_letter(th) if th.get("letter") else (None, None)
    inv = th.get("inv") or (th.get("invoices") or [None])[0]
    isubj = th.get("isubj") or ({"it": "Fattura {n}", "es": "Factura {n}", "en": "Invoice {n}"}[lang].format(n=inv["number"]) if inv else "")
    if letter_subj_line:
        letter_email_subj = letter_subj_line
    elif th.get("letter") == "statement" and th.get("stsubj"):
        letter_email_subj = th["stsubj"]
    else:
        letter_email_subj = "Re: " + isubj
    assert letter_dt(th) < when, (seed, "letter after reply")
    to_line = th.get("to_line") or hdr_plain(th.get("client"), th["to"])
    if "subj" in m:
        subj = m["subj"]
    else:
        pre = m.get("re", "Re: ")
        base = letter_email_subj
        if not m.get("keep_re") and base.startswith("Re: "):
            base = base[4:]
        subj = pre + base
    charset = m.get("cs", "utf-8")
    cte = m.get("cte", "qp")
    mime = m.get("mime", "plain")
    plain = compose_plain(m, th, letter_text, letter_email_subj, to_line) if mime != "html" else None
    if m.get("plain_override"):
        plain = m["plain_override"]
    parts_main = None
    if mime in ("plain", "mixed"):
        parts_main = text_part(plain, "plain", charset, cte)
    if mime in ("alt", "html", "mixed_alt"):
        html = compose_html(m, th, letter_text, letter_email_subj, to_line, charset)
        hpart = text_part(html, "html", charset, m.get("hcte", cte))
        if mime == "html":
            parts_main = hpart
        else:
            parts_main = multipart("alternative", [text_part(plain, "plain", charset, cte), hpart], "000000000000" + hx(seed + "a", 16) if mua == "gmail" else f"_000_{hx(seed + 'a', 24).upper()}_")
    if m.get("att"):
        atts = []
        for fn, ctype, data in m["att"]:
            if data == "pdf":
                data = fake_pdf(fn)
            elif data == "png":
                data = fake_png(idx)
            atts.append(attach_part(fn, ctype, data))
        parts_main = multipart("mixed", [parts_main] + atts, "----=_Part_" + hx(seed + "m", 6) + "_" + str(int(hx(seed + "n", 6), 16)))
    top = []
    top.append(("Date", email.utils.format_datetime(when)))
    top.append(("From", hdr_addr(frm_name, frm_addr)))
    top.append(("To", m.get("to") or hdr_addr(o["name"], o["addr"])))
    if m.get("cc"):
        top.append(("Cc", ", ".join(hdr_addr(n, a) for n, a in m["cc"])))
    top.append(("Subject", hdr_text(subj)))
    top.append(("Message-ID", msgid(mua, seed, domain)))
    inv_mid = f"<{th['today']:%Y%m%d}.inv.{hx(seed + 'i', 10)}@{o['addr'].split('@')[1]}>"
    let_mid = f"<{letter_dt(th):%Y%m%d%H%M%S}.{hx(seed + 'l', 12)}@{o['addr'].split('@')[1]}>"
    if th.get("letter") and not m.get("no_thread"):
        top.append(("In-Reply-To", let_mid))
        top.append(("References", f"{inv_mid}\n {let_mid}"))
    for k, v in MUA_HDR.get(mua, []):
        top.append((k, v))
    if mua == "outlook":
        top.append(("Thread-Topic", hdr_text(subj.split(": ", 1)[-1])))
        top.append(("Thread-Index", base64.b64encode(hashlib.md5(seed.encode()).digest() + b"\x01\x02").decode()))
        top.append(("Content-Language", {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang]))
    for k, v in m.get("hdrs", []):
        top.append((k, v))
    top.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in top).encode("ascii")
    return head + parts_main.to_bytes()


def hdr_plain(name, addr):
    return f"{name} <{addr}>" if name else addr


# --------------------------------------------------------------------------------------------
# Writing + labels
# --------------------------------------------------------------------------------------------
def toml_str(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}
ORDER = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent", "note"]


def main():
    msgs = MESSAGES
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    lab = ["# Round 11, escalation: client replies to late-fee letters, final notices, formal notices,",
           "# suspension notices, promise / paid-claim follow-ups and statements. Generated by make.py.", ""]
    for i, m in enumerate(msgs, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        data = build_message(i, m)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        L = dict(m["label"])
        L.setdefault("language", m["th"]["lang"])
        L["split"] = "dev"
        assert L["kind"] in KINDS, (name, L["kind"])
        lab.append(f'[files."{name}"]')
        for k in ORDER:
            if k in L:
                v = L[k]
                if isinstance(v, bool):
                    lab.append(f"{k} = {'true' if v else 'false'}")
                else:
                    lab.append(f"{k} = {toml_str(str(v))}")
        extra = set(L) - set(ORDER)
        assert not extra, (name, extra)
        lab.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lab))
    check(len(msgs))


def check(n):
    import tomllib
    from collections import Counter
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    assert len(labels) == n
    kinds, langs = Counter(), Counter()
    for i in range(1, n + 1):
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (name, h)
        msg["Date"].datetime
        # every text part must decode
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        kinds[labels[name]["kind"]] += 1
        langs[labels[name]["language"]] += 1
    print(f"{n} messages OK")
    for k, v in sorted(kinds.items()):
        print(f"  {k:24s} {v}")
    print("  languages:", dict(langs))


# ============================================================================================
# The messages. Each body below is the client's own text, written by hand.
# ============================================================================================
MESSAGES = []
LAW = {"alessandra": "IT", "marco": "IT", "lucia": "ES", "carmen": "ES", "tom": "IE", "priya": "GB"}


def inv(n, a, issue, due):
    return {"number": n, "amount": a, "issue": issue, "due": due}


def TH(owner, client, letter, today, i=None, ckind="company", **kw):
    o = OWNERS[owner]
    th = dict(owner=owner, lang=o["lang"], client=client, ckind=ckind, letter=letter, today=today, inv=i,
              law=LAW[owner], fee=True)
    if owner == "priya":
        th["cur"] = "GBP"
    th.update(kw)
    return th


def M(**kw):
    MESSAGES.append(kw)


GDPR_IT = ("Ai sensi del Regolamento UE 2016/679 (GDPR) si precisa che le informazioni contenute in questo messaggio "
           "sono riservate e ad uso esclusivo del destinatario. Qualora il messaggio in parola Le fosse pervenuto per errore, "
           "La invitiamo ad eliminarlo senza copiarlo e a non inoltrarlo a terzi, dandocene gentilmente comunicazione. Grazie.")

# --------------------------------------------------------------------------------------------
# ITALIANO
# --------------------------------------------------------------------------------------------

# it paid 1 — accepts the interest grudgingly, pays the letter's total
M(th=TH("alessandra", "Neri Arredi srl", "late_fee", D(2026, 12, 9), inv("38/2026", 1220.00, D(2026, 10, 30), D(2026, 11, 29)), sent=(8, 47)),
  frm=("Giulia Neri", "giulia@neriarredi.it"), date="2026-12-11 10:14", mua="gmail", quote="gmail", mime="alt",
  body="""Buongiorno Alessandra,

bonifico fatto stamattina, 1.263,39 € come da tuo conteggio. Sinceramente gli interessi e i 40 euro non me li aspettavo, ma hai ragione tu, siamo in ritardo noi e non ho voglia di stare a discutere per 43 euro.

Scusa ancora, a gennaio ti chiamo per il catalogo primavera.

Giulia

--
Giulia Neri
Neri Arredi srl – Ufficio acquisti
Via dell'Industria 8, 40138 Bologna
tel. 051 6021 884""",
  label=dict(kind="client-reply-paid", amount="1263.39",
             note="Pays the late-fee letter's total; grumbles about the interest and the 40 euro but accepts them ('hai ragione tu'), so paid, not dispute."))

# it paid 2 — Outlook, cp1252 labelled iso-8859-1, pays the principal only without a word on the interest
M(th=TH("marco", "Edil Piemonte S.r.l.", "final", D(2027, 1, 12), inv("41/2026", 2440.00, D(2026, 10, 15), D(2026, 11, 14)), sent=(9, 30)),
  frm=("Amministrazione Edil Piemonte", "amministrazione@edilpiemonte.it"), date="2027-01-14 11:40", mua="outlook", quote="outlook",
  re="R: ", cs="iso-8859-1", cte="qp", mime="alt",
  body=f"""Buongiorno,

con riferimento alla Vs. comunicazione del 12/01 u.s., Vi informiamo che in data odierna è stato disposto bonifico bancario di € 2.440,00 a saldo della fattura n. 41/2026.

TRN 0306931207715042480160001IT

Cordiali saluti

Ufficio Amministrazione
Edil Piemonte S.r.l.
Strada del Drosso 118 – 10135 Torino
Tel. 011 3473 221 – Fax 011 3473 222

{GDPR_IT}""",
  label=dict(kind="client-reply-paid", amount="2440.00", reference="41/2026",
             note="Reply to the diffida: transfer of the principal 'a saldo'. Silent about the interest and 40 euro claimed: not a contestation, so paid. Outlook cp1252 bytes labelled iso-8859-1 (euro sign 0x80)."))

# it paid 3 — offended, repeats the paid claim with the TRN, receipt attached
M(th=TH("alessandra", "Studio Dentistico Dr. Fabio Gatti", "paid_claim_followup", D(2026, 12, 2), inv("35/2026", 610.00, D(2026, 10, 5), D(2026, 11, 4)),
        claim_date=D(2026, 11, 24), paid_on=D(2026, 11, 20), sent=(11, 5)),
  frm=("Fabio Gatti", "f.gatti@studiogatti.it"), date="2026-12-02 18:51", mua="apple", quote="apple", mime="mixed",
  att=[("contabile_bonifico_20112026.pdf", "application/pdf", "pdf")],
  body="""Dottoressa Rossi,

Le avevo già scritto che la fattura era stata pagata. Il bonifico è partito il 20 novembre dalla Banca di Bologna, TRN 0876543210987654321098765IT, importo 610 euro. Le allego la contabile, così la chiudiamo qui con queste mail automatiche.

Controlli meglio il suo conto prima di scrivere ai clienti.

Fabio Gatti""",
  label=dict(kind="client-reply-paid", amount="610.00",
             note="Answer to the 'you said you paid, I see nothing' follow-up: insists it was paid on 20 Nov, gives TRN, attaches the receipt. Offended tone."))

# it paid 4 — one-liner from the phone after the promise follow-up
M(th=TH("marco", "Luca Bellandi", "promise_followup", D(2026, 12, 18), inv("46/2026", 900.00, D(2026, 11, 10), D(2026, 12, 10)),
        ckind="person", fee=False, promise_date=D(2026, 12, 15), sent=(9, 0)),
  frm=("Luca Bellandi", "luca.bellandi88@gmail.com"), date="2026-12-18 21:07", mua="iphone", quote="apple",
  body="""Fatto ora, scusa il ritardo Marco, periodo infernale tra lavoro e trasloco 🙏

Inviato da iPhone""",
  label=dict(kind="client-reply-paid", note="'Fatto ora' after the 'you promised the 15th' follow-up: paid, no payment verb."))

# it paid 5 — the accountant answers for the client, pays everything including fees
M(th=TH("alessandra", "Trattoria Da Gino di Esposito Luigi", "final", D(2026, 12, 14), inv("33/2026", 1650.00, D(2026, 9, 30), D(2026, 10, 30)), sent=(8, 15)),
  frm=("Dott. Paolo Ferraresi", "studio@ferraresicommercialisti.it"), date="2026-12-17 16:22", mua="thunderbird", quote="thunderbird",
  cc=[("Luigi Esposito", "trattoriadagino@libero.it")], cte="8bit",
  body="""Gentile dott.ssa Rossi,

scrivo in qualità di consulente contabile del sig. Luigi Esposito, titolare della Trattoria Da Gino, che mi ha girato la Sua diffida del 14 dicembre.

Le confermo che in data odierna il mio cliente ha disposto il bonifico di € 1.710,65, comprensivo degli interessi moratori e dell'importo forfettario di € 40,00, come da Suo conteggio. Il ritardo è dovuto a un disguido interno: la fattura era stata archiviata per errore tra quelle già pagate.

La prego pertanto di non dare ulteriore corso alla pratica.

Cordiali saluti

Dott. Paolo Ferraresi
Studio Ferraresi – Commercialisti Associati
Via Emilia Ponente 212, 40133 Bologna
Tel. 051 381 2207""",
  label=dict(kind="client-reply-paid", amount="1710.65",
             note="The client's accountant replies to the diffida: transfer of the full total, interest and 40 euro included, made today."))

# it paid 6 — forwards the bank's execution notice, not threaded
M(th=TH("marco", "Pasticceria Gallo snc", "final", D(2027, 2, 5), inv("44/2026", 780.00, D(2026, 11, 20), D(2026, 12, 20))),
  frm=("Pasticceria Gallo", "pasticceriagallo@gmail.com"), date="2027-02-08 09:31", mua="gmail", quote="none", no_thread=True,
  subj="Fwd: Esito disposizione bonifico", mime="alt",
  body="""Ecco la contabile, scusate il ritardo. Gli interessi li facciamo a parte la settimana prossima.

Simona

---------- Forwarded message ---------
Da: Banco BPM <noreply@notifiche.bancobpm.it>
Date: lun 8 feb 2027 alle ore 09:12
Subject: Esito disposizione bonifico
To: <pasticceriagallo@gmail.com>


Gentile Cliente,

la disposizione di bonifico SEPA da Lei inserita tramite YouWeb è stata eseguita.

Ordinante: PASTICCERIA GALLO SNC DI GALLO SIMONA & C.
Beneficiario: MARCO FERRI
IBAN beneficiario: IT02L0306909606100000066381
Importo: 780,00 EUR
Data esecuzione: 08/02/2027
Causale: SALDO FT 44/2026
TRN: 0558402739176013480160301IT

Cordiali saluti
Banco BPM S.p.A.

Questa è una comunicazione automatica, si prega di non rispondere.""",
  label=dict(kind="client-reply-paid", amount="780.00", reference="44/2026",
             note="Human forward of the bank's execution notice ('Ecco la contabile'), not threaded. Principal paid; 'gli interessi li facciamo a parte la settimana prossima' is an undated vague 'will also' -> stays paid. Reference and amount from the forwarded receipt."))

# it paid 7 — long chatty mail, one sentence matters
M(th=TH("alessandra", "Cantina Valli Piacentine soc. agr.", "suspension", D(2027, 1, 18), inv("40/2026", 2196.00, D(2026, 11, 3), D(2026, 12, 3)), sent=(10, 12)),
  frm=("Davide Bertuzzi", "davide@cantinavalli.it"), date="2027-01-19 19:48", mua="gmail", quote="gmail", mime="alt",
  body="""Ciao Alessandra!

Scusa se ti rispondo solo ora ma è stato un gennaio di fuoco: abbiamo finito l'imbottigliamento del Gutturnio riserva 2023 e ora c'è da pensare alle etichette nuove. Ti volevo proprio scrivere per questo: ci servirebbe un restyling della linea "Colli" (tre etichette + la retroetichetta con il QR per la tracciabilità) entro metà marzo, perché ad aprile andiamo al Vinitaly e vorremmo presentarle lì. Mi mandi un preventivo?

Per la fattura di novembre: l'ho pagata venerdì insieme agli interessi, scusami, il nostro amministrativo era a casa con la schiena bloccata e nessuno apriva la posta. Non serve sospendere niente 😅

Altra cosa: mio cugino ha un agriturismo a Bobbio e cerca qualcuno per il sito, gli ho dato il tuo numero, spero non ti dispiaccia.

Fammi sapere per le etichette, magari ci vediamo in cantina che ti faccio assaggiare il nuovo Ortrugo frizzante.

Un abbraccio,
Davide

Cantina Valli Piacentine
Loc. Case Nuove 4, 29010 Ziano Piacentino (PC)""",
  label=dict(kind="client-reply-paid",
             note="Long chatty mail about new labels and Vinitaly; one sentence says the November invoice was paid 'venerdì' with the interest. Reply to the suspension notice."))

# it paid 8 — statement of three invoices, one transfer for all
M(th=TH("marco", "Officine Morra S.p.A.", "statement", D(2026, 12, 16), None, fee=False,
        invoices=[inv("36/2026", 1830.00, D(2026, 9, 28), D(2026, 10, 28)), inv("39/2026", 1342.00, D(2026, 10, 20), D(2026, 11, 19)),
                  inv("43/2026", 732.00, D(2026, 11, 12), D(2026, 12, 12))],
        stsubj="Riepilogo fatture aperte: n. 36/2026, 39/2026, 43/2026", sent=(9, 41)),
  frm=("Contabilità Fornitori – Officine Morra", "contabilita.fornitori@officinemorra.it"), date="2026-12-21 12:03", mua="outlook", quote="outlook",
  re="RE: ", cs="windows-1252", cte="qp", mime="alt",
  body="""Buongiorno sig. Ferri,

le tre fatture in oggetto (n. 36, 39 e 43/2026) sono state saldate con unico bonifico di € 3.904,00 disposto il 18/12/2026, ns. rif. pagamento 2026/PF/01877.

Distinti saluti

Roberta Cena
Contabilità Fornitori
Officine Morra S.p.A. – Via Pianezza 171, 10151 Torino""",
  label=dict(kind="client-reply-paid", amount="3904.00",
             note="Reply to a statement of three invoices: all paid in one transfer. No single reference (three invoices named)."))

# it paid 9 — a municipality: payment order issued, split payment
M(th=TH("alessandra", "Comune di Casalecchio sul Reno – Settore Cultura", "late_fee", D(2027, 1, 20), inv("31/2026", 1464.00, D(2026, 10, 12), D(2026, 11, 11)), sent=(9, 3)),
  frm=("Ufficio Ragioneria", "ragioneria@comune.casalecchiosulreno.it"), date="2027-01-26 10:52", mua="outlook", quote="outlook", mime="html",
  cs="windows-1252", cte="qp", re="R: ",
  body="""Gentile fornitore,

si comunica che in data 25/01/2027 è stato emesso il mandato di pagamento n. 1187 a favore di ROSSI ALESSANDRA relativo alla fattura elettronica n. 31/2026 (identificativo SdI 12946688031), per l'importo netto di € 1.200,00. L'IVA pari a € 264,00 è versata direttamente all'Erario ai sensi dell'art. 17-ter del DPR 633/1972 (scissione dei pagamenti).

L'accredito avverrà a cura del Tesoriere comunale nei tempi tecnici bancari.

Distinti saluti

Servizio Ragioneria ed Economato
Comune di Casalecchio sul Reno
Tel. 051 598 211 – PEC comune.casalecchiosulreno@cert.provincia.bo.it""",
  label=dict(kind="client-reply-paid", amount="1200.00", reference="31/2026",
             note="Public body: 'mandato di pagamento emesso' means the payment was made (the treasurer credits it). Split payment: only the net 1.200,00 reaches the freelancer, VAT goes to the State. HTML-only Outlook."))

# it paid 10 — Roman dialect, rounds up the total
M(th=TH("alessandra", "Ceccarelli Fabrizio – Fotografia", "final", D(2027, 2, 1), inv("37/2026", 520.00, D(2026, 11, 2), D(2026, 12, 2)), sent=(8, 30)),
  frm=("Fabrizio Ceccarelli", "fabri.ceccarelli.foto@gmail.com"), date="2027-02-02 22:40", mua="android", quote="android", cte="b64",
  body="""Alessà ciao,
t'ho fatto er bonifico mo', pure co' l'interessi e li quaranta euro: ho messo 570 tonni, er resto tiettelo pe' 'n caffè 😅
però nun me mannà più 'ste lettere da avvocato che me viene l'ansia, bastava 'no squillo!

Fabri""",
  label=dict(kind="client-reply-paid", amount="570.00",
             note="Roman dialect; paid the diffida total rounded up to 570 (letter says 568,82). Base64 body."))

# it promise 1 — "venerdì"
M(th=TH("marco", "Autoscuola Dora di Paolo Re", "final", D(2027, 1, 11), inv("42/2026", 488.00, D(2026, 11, 5), D(2026, 12, 5)), sent=(8, 55)),
  frm=("Paolo Re", "autoscuoladora@tiscali.it"), date="2027-01-12 08:55", mua="webmail", quote="thunderbird", cte="8bit",
  body="""Buongiorno,
la pagheremo venerdì. Non c'è bisogno di decreti ingiuntivi, siamo solo indietro con tutto dopo le feste.
Saluti
Paolo Re""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-15",
             note="'venerdì' written on Tuesday 12 Jan 2027 -> Friday 15 Jan."))

# it promise 2 — promise follow-up; new date = 31 December
M(th=TH("alessandra", "Libreria Il Gabbiano sas", "promise_followup", D(2026, 12, 16), inv("36/2026", 305.00, D(2026, 10, 10), D(2026, 11, 9)),
        promise_date=D(2026, 12, 15), fee=False, sent=(9, 10)),
  frm=("Marta Sala", "marta@libreriailgabbiano.it"), date="2026-12-18 15:37", mua="outlook", quote="outlook", re="R: ", cs="iso-8859-1", cte="qp",
  body="""Gentile Alessandra,

ha ragione, ci è sfuggito: con le presentazioni di dicembre qui in libreria non abbiamo più capito niente. La inseriamo nel giro pagamenti di fine anno, il 31 dicembre, insieme agli altri fornitori.

Mi scuso ancora.

Marta Sala
Libreria Il Gabbiano – Via Mazzini 56, Modena""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-31",
             note="After the 'you promised the 15th' follow-up: new date, the end-of-year payment run on 31 December."))

# it promise 3 — "non prima del 10 gennaio"
M(th=TH("marco", "Bar Centrale di Ruggieri Elena & C. snc", "late_fee", D(2026, 12, 21), inv("45/2026", 366.00, D(2026, 11, 15), D(2026, 11, 30)), sent=(8, 20)),
  frm=("Elena Ruggieri", "barcentrale.pinerolo@gmail.com"), date="2026-12-22 14:05", mua="thunderbird", quote="bottom",
  body="""Ciao Marco,
ti rispondo subito così non ti preoccupi: non riesco a pagarti prima del 10 gennaio, tra tredicesime e fornitori di Natale sono a secco. Gli interessi va bene, li aggiungo al bonifico.

Buone feste comunque!
Elena""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-10",
             note="'non prima del 10 gennaio' = promise for 10 Jan 2027; accepts the interest."))

# it promise 4 — instalments with dates
M(th=TH("alessandra", "Ottica Bernardi srl", "final", D(2027, 1, 8), inv("34/2026", 1830.00, D(2026, 10, 1), D(2026, 10, 31)), sent=(9, 15)),
  frm=("Stefano Bernardi", "stefano@otticabernardi.it"), date="2027-01-11 12:20", mua="gmail", quote="gmail", mime="alt",
  body="""Gentile Alessandra,

mi dispiace molto che si sia arrivati a una diffida, non era mia intenzione. Il 2026 per noi si è chiuso male e la liquidità è quella che è.

Le propongo di pagare in tre rate: 500 € entro fine gennaio, 500 € entro fine febbraio e il saldo, interessi compresi, entro il 31 marzo. Se per Lei va bene Le mando una conferma firmata.

Cordiali saluti
Stefano Bernardi
Ottica Bernardi srl – Via Indipendenza 12, Bologna""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-31", amount="500.00",
             note="Instalment plan with dates: first instalment of 500 by the end of January -> promise for 2027-01-31."))

# it promise 5 — pays when their own client pays them
M(th=TH("marco", "Web&Co. Agency srl", "suspension", D(2027, 1, 25), inv("38/2026", 4270.00, D(2026, 10, 1), D(2026, 10, 31)), sent=(10, 0)),
  frm=("Stefano Marchetti", "stefano@webandco.it"), date="2027-01-26 09:12", mua="gmail", quote="none",
  body="""Marco,

lo sai come funziona: il cliente finale (la catena di supermercati) non ci ha ancora pagato il progetto, e finché non incassiamo noi siamo fermi. Appena ci arriva il loro bonifico ti paghiamo, promesso, anche gli interessi.

Però per favore non sospendere la manutenzione dei server, sennò salta tutto e perdiamo il cliente, e a quel punto non vede i soldi nessuno.

Ciao
Stefano""",
  label=dict(kind="client-reply-promise",
             note="'Appena ci arriva il loro bonifico ti paghiamo': promise with no date. Asks not to suspend. No quote."))

# it promise 6 — "domani mattina", no accents, from the phone
M(th=TH("alessandra", "Sara Monti – Yoga Studio", "promise_followup", D(2027, 2, 3), inv("43/2026", 366.00, D(2026, 12, 1), D(2026, 12, 31)),
        promise_date=D(2027, 1, 29), sent=(8, 40)),
  frm=("Sara Monti", "saramonti.yoga@gmail.com"), date="2027-02-03 13:20", mua="android", quote="android",
  body="""ciao ale scusa scusa scusa!! pago domani mattina giuro, mi era passato di mente completamente con il corso di formazione a firenze
sara

Inviato dal mio Galaxy""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-04",
             note="'domani mattina' on Wed 3 Feb -> 4 Feb. No accents, from a phone."))

# it promise 7 — accounts payable: inserted in the payment list with value date
M(th=TH("marco", "Gruppo Ristorazione Sabauda S.p.A.", "late_fee", D(2027, 2, 8), inv("48/2026", 3050.00, D(2026, 12, 1), D(2026, 12, 31)), sent=(8, 10)),
  frm=("Accounts Payable – Gruppo Ristorazione Sabauda", "ap@ristorazionesabauda.it"), date="2027-02-10 16:44", mua="outlook", quote="outlook",
  mime="alt", cs="iso-8859-1", cte="qp", re="R: ",
  body=f"""Gentile Fornitore,

La informiamo che la fattura n. 48/2026 è stata inserita nella distinta di pagamento con data valuta 28/02/2027.

Per eventuali chiarimenti può rispondere a questa e-mail (casella presidiata dall'ufficio contabilità fornitori, lun-ven 9-13).

Cordiali saluti

Accounts Payable
Gruppo Ristorazione Sabauda S.p.A.
Corso Regina Margherita 250 – 10144 Torino

{GDPR_IT}""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-28", reference="48/2026",
             note="AP: invoice put in the payment list with value date 28/02/2027 = promise for that date (not yet paid)."))

# it promise 8 — after the PEC diffida, pays by a stated date
M(th=TH("alessandra", "Immobiliare Porta Galliera srl", "formal_cover", D(2027, 1, 22), inv("24/2026", 2562.00, D(2026, 8, 28), D(2026, 9, 27)),
        channel="pec", sent=(11, 30)),
  frm=("Immobiliare Porta Galliera", "amministrazione@portagalliera.it"), date="2027-01-25 10:05", mua="webmail", quote="thunderbird",
  body="""Gentile dott.ssa Rossi,

abbiamo ricevuto la Sua PEC del 22 gennaio. Ci scusiamo per il ritardo, dovuto al passaggio a una nuova banca che ha bloccato per alcune settimane i pagamenti ai fornitori.

Provvederemo al pagamento integrale di quanto indicato, interessi compresi, entro il 5 febbraio p.v.

Distinti saluti
Amministrazione
Immobiliare Porta Galliera srl""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-05",
             note="Reply to the PEC cover of the formal notice: will pay the full amount 'entro il 5 febbraio'."))

# it promise 9 — corrects an earlier paid claim, new promise "entro il 15"
M(th=TH("marco", "Studio Grafico Lanza", "paid_claim_followup", D(2027, 1, 20), inv("51/2026", 610.00, D(2026, 12, 12), D(2026, 12, 27)),
        claim_date=D(2027, 1, 11), sent=(8, 5)),
  frm=("Andrea Lanza", "andrea@studiolanza.it"), date="2027-01-20 17:02", mua="apple", quote="apple",
  body="""Marco, hai ragione, figuraccia mia.

Ti avevo scritto che era pagata perché l'avevo messa in distinta, ma la banca me l'ha scartata: avevo copiato male l'IBAN, mancava una cifra. Me ne sono accorto solo adesso con la tua mail.

La rifaccio, stavolta controllo tre volte, entro il 15. Scusa davvero.

Andrea""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-15",
             note="Retracts the earlier 'paid' claim (bank rejected the transfer) and promises 'entro il 15': 20 Jan is past the 15th -> 15 Feb."))

# it promise 10 — long apologetic mail, "lunedì"
M(th=TH("alessandra", "B&B Le Due Torri di Chiara Melis", "late_fee", D(2026, 12, 2), inv("32/2026", 427.00, D(2026, 10, 20), D(2026, 11, 19)), sent=(9, 0)),
  frm=("Chiara Melis", "chiara.melis@leduetorri-bb.it"), date="2026-12-03 23:18", mua="gmail", quote="gmail", mime="alt",
  body="""Cara Alessandra,

ti scrivo a quest'ora perché è l'unico momento in cui riesco a sedermi. Ti chiedo scusa, davvero: la fattura me la ricordavo benissimo, ma a novembre mia mamma è stata ricoverata a Cagliari e sono stata giù da lei quasi tre settimane, il B&B l'ha mandato avanti mia cugina e la parte amministrativa è rimasta ferma.

Adesso mamma sta meglio, è tornata a casa, e piano piano sto rimettendo in ordine tutto. Ti faccio il bonifico lunedì, con tutto quello che mi hai scritto, interessi compresi, non ti preoccupare.

Il sito comunque sta andando benissimo, le prenotazioni dirette sono quasi raddoppiate rispetto all'anno scorso. Grazie anche per quello.

Un abbraccio
Chiara""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-07",
             note="Long apologetic mail (family illness); 'bonifico lunedì' on Thursday 3 Dec -> Monday 7 Dec."))

# it promise 11 — statement of two: one paid, one promised -> promise
M(th=TH("marco", "Falegnameria Bosio snc", "statement", D(2026, 12, 14), None, fee=False,
        invoices=[inv("40/2026", 854.00, D(2026, 10, 22), D(2026, 11, 21)), inv("47/2026", 610.00, D(2026, 11, 25), D(2026, 12, 10))],
        stsubj="Riepilogo fatture aperte: n. 40/2026, 47/2026", sent=(9, 25)),
  frm=("Walter Bosio", "falegnameriabosio@gmail.com"), date="2026-12-15 07:48", mua="gmail", quote="gmail",
  body="""Buongiorno Marco

la 40 l'abbiamo pagata il 20 novembre, ti giro dopo la contabile che adesso sono in laboratorio. La 47 la saldiamo a fine mese.

Saluti
Walter""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-31",
             note="Statement of two invoices: 40/2026 said paid, 47/2026 promised 'a fine mese' -> promise (paid one + promise other = promise). Two invoices named, so no single reference."))

# it dispute 1 — pays the principal, refuses interest and 40 euro
M(th=TH("alessandra", "Fioreria Bianchi di Laura Bianchi", "late_fee", D(2026, 12, 10), inv("39/2026", 1220.00, D(2026, 11, 2), D(2026, 12, 2)), sent=(8, 50)),
  frm=("Laura Bianchi", "fioreriabianchi@alice.it"), date="2026-12-11 09:26", mua="webmail", quote="thunderbird",
  body="""Buongiorno Alessandra,

ho pagato oggi la fattura 39/2026, 1.220 euro. Gli interessi e i 40 euro invece no: non ne avevamo mai parlato e per otto giorni di ritardo mi sembra davvero eccessivo. Spero tu capisca.

Laura Bianchi
Fioreria Bianchi""",
  label=dict(kind="client-reply-dispute", amount="1220.00", reference="39/2026",
             note="Pays the principal, refuses the statutory interest and the 40 euro -> dispute (partial payment + contest of the rest)."))

# it dispute 2 — lawyer answers the formal notice, not threaded
M(th=TH("marco", "Nova Impianti srl", "formal_notice", D(2027, 1, 5), inv("30/2026", 4270.00, D(2026, 9, 1), D(2026, 10, 1)), channel="letter",
        client_address=["Via Torino 45", "10093 Collegno (TO)"], sent=(10, 0)),
  frm=("Avv. Giorgio Martinelli", "studio@avvocatomartinelli.it"), date="2027-01-19 17:30", mua="outlook", quote="none", no_thread=True,
  cc=[("Nova Impianti srl", "direzione@novaimpianti.it")], subj="Nova Impianti srl / Ferri – riscontro a Vs. diffida del 5 gennaio 2027",
  mime="alt", cs="iso-8859-1", cte="qp",
  body="""Egregio Sig. Ferri,

scrivo in nome e per conto di Nova Impianti srl, che mi ha conferito apposito incarico, in riscontro alla Sua diffida del 5 gennaio 2027 relativa alla fattura n. 30/2026 di € 4.270,00.

La mia assistita contesta integralmente quanto richiesto. Il video aziendale consegnato non corrisponde a quanto pattuito nel preventivo accettato il 12 luglio 2026: la durata è di 2'10" anziché dei 4 minuti concordati, le riprese con drone dello stabilimento di Collegno non sono mai state effettuate e la versione in lingua inglese non è stata consegnata. Tali carenze Le sono state segnalate per iscritto il 3 e il 17 ottobre 2026, senza riscontro.

Non sussistendo un credito certo, liquido ed esigibile, nessun importo è dovuto a titolo di capitale, né tantomeno a titolo di interessi moratori ex D.Lgs. 231/2002 o di risarcimento forfettario.

La mia assistita resta disponibile a valutare un accordo, previa emissione di nota di credito per le prestazioni non eseguite. In difetto, si riserva ogni azione a tutela dei propri diritti.

Distinti saluti

Avv. Giorgio Martinelli
Studio Legale Martinelli
Via Cernaia 30 – 10122 Torino
Tel. 011 562 7781

Le informazioni contenute nella presente comunicazione e i relativi allegati possono essere riservate e sono, comunque, destinate esclusivamente alle persone o alla Società sopraindicati. La diffusione, distribuzione e/o copiatura del documento trasmesso da parte di qualsiasi soggetto diverso dal destinatario è proibita, sia ai sensi dell'art. 616 c.p., che ai sensi del Regolamento UE 2016/679.""",
  label=dict(kind="client-reply-dispute", reference="30/2026",
             note="Lawyer answers the formal notice for the client (new mail, not threaded): contests the whole claim, work not as agreed, asks for a credit note."))

# it dispute 3 — offended, withholds until bugs fixed
M(th=TH("alessandra", "Palestra Energy Fit srl", "final", D(2026, 12, 21), inv("30/2026", 2928.00, D(2026, 9, 15), D(2026, 10, 15)), sent=(8, 0)),
  frm=("Roberto Fantini", "roberto@energyfit.it"), date="2026-12-21 21:34", mua="iphone", quote="apple", mime="alt",
  body="""Alessandra, una diffida? Davvero? Dopo cinque anni che lavoriamo insieme?

Il sito ha ancora i problemi che ti ho segnalato a novembre: il modulo iscrizioni non manda le mail di conferma e la pagina orari da cellulare è tutta sballata. Finché non è sistemato non pago niente, né la fattura né tanto meno gli interessi.

Ci sono rimasto molto male.

Roberto

Inviato da iPhone""",
  label=dict(kind="client-reply-dispute",
             note="Offended reply to the diffida; refuses to pay until reported bugs are fixed -> dispute (work not as agreed)."))

# it dispute 4 — wrong amount vs the accepted quote, quote attached
M(th=TH("marco", "Cooperativa Sociale Il Melograno", "late_fee", D(2026, 11, 30), inv("37/2026", 1769.00, D(2026, 10, 15), D(2026, 11, 14)), sent=(9, 12)),
  frm=("Ufficio amministrativo – Coop. Il Melograno", "amministrazione@coopilmelograno.it"), date="2026-12-01 11:15", mua="thunderbird", quote="thunderbird",
  mime="mixed", att=[("Preventivo_Ferri_settembre_2026.pdf", "application/pdf", "pdf")],
  body="""Buongiorno,

il preventivo che avevamo accettato (ve lo riallego) era di 1.200 € + IVA per il video di presentazione, mentre in fattura avete messo 1.450 € + IVA. Mandateci una nota di credito per la differenza e riemettete la fattura corretta, poi paghiamo subito.

Gli interessi, su una fattura sbagliata, ovviamente non li riconosciamo.

Cordiali saluti
Giovanna Perrone
Coop. Sociale Il Melograno – Grugliasco""",
  label=dict(kind="client-reply-dispute",
             note="Invoice amount does not match the accepted quote; asks for a credit note and re-issue; rejects interest."))

# it dispute 5 — duplicate of an invoice already paid
M(th=TH("alessandra", "Tipografia Emiliana srl", "final", D(2027, 1, 13), inv("41/2026", 780.00, D(2026, 11, 16), D(2026, 12, 16)), sent=(9, 45)),
  frm=("Tipografia Emiliana – Amministrazione", "amministrazione@tipografiaemiliana.it"), date="2027-01-14 10:02", mua="outlook", quote="outlook_old",
  re="R: ", cs="iso-8859-1", cte="8bit",
  body="""Gentile Sig.ra Rossi,

ci riferiamo alla Vs. diffida di ieri. Come già segnalato telefonicamente a dicembre, la fattura n. 41/2026 riporta le stesse lavorazioni (impaginazione brochure «Sapori d'Appennino», 24 pagine) già fatturate con la n. 27/2026, da noi regolarmente saldata il 12 ottobre.

Si tratta pertanto di un duplicato: Vi chiediamo di stornarla con nota di credito. Di conseguenza non riconosciamo né l'importo né gli interessi richiesti.

Cordiali saluti

Rag. Mirella Guidetti
Tipografia Emiliana srl
Via del Lavoro 3 – 40127 Bologna""",
  label=dict(kind="client-reply-dispute", reference="41/2026",
             note="Says 41/2026 duplicates 27/2026 already paid; asks for a credit note -> dispute (already billed). 8-bit cp1252 with guillemets."))

# it dispute 6 — partial payment for the days actually worked
M(th=TH("marco", "Hotel Miramonti Sestriere srl", "suspension", D(2027, 2, 1), inv("50/2026", 1952.00, D(2026, 12, 10), D(2027, 1, 9)), sent=(9, 0)),
  frm=("Federica Jourdan", "direzione@hotelmiramonti-sestriere.it"), date="2027-02-02 18:15", mua="gmail", quote="gmail", mime="alt",
  body="""Buongiorno Marco,

Le abbiamo bonificato stamattina 976,00 € (due giornate di riprese + IVA), che corrispondono alle riprese effettivamente fatte: le altre due giornate sono saltate per il maltempo e non sono mai state recuperate. Il resto della fattura quindi non lo riconosciamo.

Se vuole, le due giornate le recuperiamo a marzo con la neve primaverile e a quel punto paghiamo anche quelle, ma sulla base di nuova fattura.

Cordiali saluti
Federica Jourdan
Direzione – Hotel Miramonti, Sestriere""",
  label=dict(kind="client-reply-dispute", amount="976.00",
             note="Partial payment (two of four shooting days) and refusal of the rest -> dispute."))

# it dispute 7 — ALL CAPS refusal
M(th=TH("alessandra", "Pellami Toscani srl", "formal_cover", D(2027, 2, 10), inv("42/2026", 3660.00, D(2026, 11, 25), D(2026, 12, 25)), channel="pec", sent=(10, 20)),
  frm=("Sergio Lotti", "sergio.lotti@pellamitoscani.it"), date="2027-02-11 08:03", mua="outlook", quote="outlook", re="R: ",
  body="""NON VI DOBBIAMO NIENTE. IL CATALOGO CHE CI AVETE CONSEGNATO ERA PIENO DI ERRORI E L'ABBIAMO DOVUTO FAR RIFARE DA UN'ALTRA AGENZIA A NOSTRE SPESE.
NON MANDATECI ALTRE PEC. SE VOLETE ANDATE PURE DALL'AVVOCATO.

S. LOTTI""",
  label=dict(kind="client-reply-dispute", note="ALL CAPS refusal of the whole claim: work unusable. Reply to the PEC formal notice."))

# it dispute 8 — the client's tax adviser contests interest and due date
M(th=TH("marco", "Ferramenta Gianotti srl", "final", D(2027, 1, 26), inv("49/2026", 1098.00, D(2026, 12, 1), D(2026, 12, 31)), sent=(8, 35)),
  frm=("Rag. Claudio Vercellone", "vercellone@studiovercellone.it"), date="2027-01-28 12:50", mua="thunderbird", quote="none",
  cc=[("Ferramenta Gianotti", "info@ferramentagianotti.it")], re="Rif: ",
  body="""Egregio sig. Ferri,

sono il consulente fiscale della Ferramenta Gianotti srl, che mi ha inoltrato la Sua comunicazione del 26 gennaio.

Ho esaminato il conteggio e non è corretto. Come risulta dall'ordine controfirmato, con il mio cliente era stato concordato il pagamento a 60 giorni data fattura: la fattura n. 49/2026 del 1° dicembre scade quindi il 30 gennaio 2027 e non il 31 dicembre 2026. Ad oggi non è maturato alcun interesse moratorio né è dovuto l'importo forfettario di 40 euro.

Il mio cliente provvederà al pagamento della sola sorte capitale alla scadenza corretta. La invito a rettificare le Sue scritture e a sospendere ogni ulteriore sollecito.

Distinti saluti
Rag. Claudio Vercellone
Studio Vercellone – Consulenza fiscale e del lavoro, Ivrea""",
  label=dict(kind="client-reply-dispute", reference="49/2026",
             note="Tax adviser for the client contests the due date and therefore the interest and 40 euro; will pay only the principal later -> dispute (not promise: dispute wins)."))

# it dispute 9 — wants a 20% discount for late delivery
M(th=TH("alessandra", "Agriturismo Poggio Alto", "promise_followup", D(2026, 12, 23), inv("28/2026", 2440.00, D(2026, 9, 20), D(2026, 10, 20)),
        promise_date=D(2026, 12, 20), sent=(9, 30)),
  frm=("Agriturismo Poggio Alto", "info@poggioalto-agriturismo.it"), date="2026-12-28 11:11", mua="gmail", quote="gmail",
  body="""Buongiorno,

ci abbiamo ripensato e, visto il ritardo nella consegna delle foto per il sito (tre settimane oltre quanto concordato, e nel frattempo abbiamo perso le prenotazioni di Natale che contavamo di fare online), chiediamo uno sconto del 20%.

Se ci manda una nota di credito di 488 € paghiamo subito la differenza.

Cordiali saluti
Franca e Michele – Agriturismo Poggio Alto""",
  label=dict(kind="client-reply-dispute",
             note="After promising the 20th, now asks for a 20% discount / credit note before paying -> dispute."))

# it dispute 10 — threatens back over the suspension, contests the annual fee
M(th=TH("marco", "Studio Medico Associato Valsusa", "suspension", D(2027, 1, 14), inv("35/2026", 732.00, D(2026, 9, 30), D(2026, 10, 30)), sent=(8, 45)),
  frm=("Dott. Enrico Tosco", "enrico.tosco@studiomedicovalsusa.it"), date="2027-01-15 13:27", mua="apple", quote="apple",
  body="""Sig. Ferri,

se sospende il sito e le caselle di posta dello studio La denuncio: il dominio è intestato a noi e nelle caselle ci sono dati dei pazienti.

E comunque quel "canone annuale di hosting e assistenza" non l'abbiamo mai concordato: era compreso nel prezzo del sito, come mi aveva detto Lei al telefono nel 2024. La fattura la contesto.

Dott. Enrico Tosco""",
  label=dict(kind="client-reply-dispute",
             note="Reaction to the suspension notice: threatens legal action and contests the annual fee as never agreed."))

# it dispute 11 — statement: promise for one, refusal of the other -> dispute
M(th=TH("alessandra", "Ceramiche Ardea srl", "statement", D(2027, 2, 15), None, formal=True,
        invoices=[inv("44/2026", 1830.00, D(2026, 12, 1), D(2026, 12, 31)), inv("2/2027", 915.00, D(2027, 1, 8), D(2027, 2, 7))], sent=(9, 0)),
  frm=("Ilaria Fontana", "ilaria.fontana@ceramicheardea.it"), date="2027-02-16 10:40", mua="outlook", quote="outlook", re="R: ", cs="iso-8859-1", mime="alt",
  body="""Buongiorno Alessandra,

la 2/2027 va bene e la paghiamo venerdì. La 44/2026 invece non la riconosciamo: le modifiche al packaging della linea "Terre" erano comprese nel preventivo iniziale, non sono un extra. Ne avevamo già parlato al telefono a dicembre.

Di conseguenza non riconosciamo neanche interessi e spese sulla 44.

Ilaria Fontana
Ufficio Marketing – Ceramiche Ardea srl
Fiorano Modenese (MO)""",
  label=dict(kind="client-reply-dispute",
             note="Statement with formal notice wording: promise for 2/2027, refusal of 44/2026 -> dispute wins over promise."))

# it other 1 — secretary: owner away, who to talk to (human, not an auto-reply)
M(th=TH("alessandra", "Autofficina Lambertini snc", "final", D(2026, 12, 23), inv("29/2026", 854.00, D(2026, 10, 1), D(2026, 10, 31)), sent=(8, 30)),
  frm=("Autofficina Lambertini", "info@autofficinalambertini.it"), date="2026-12-23 11:47", mua="webmail", quote="thunderbird",
  body="""Buongiorno,

sono Cristina, la segretaria. Il titolare, sig. Lambertini, è via fino al 7 gennaio e io non ho accesso ai pagamenti. Gli ho girato la Sua mail.

Mi dice con chi deve parlare lui quando torna? Con Lei direttamente o con un avvocato?

Cordiali saluti
Cristina
Autofficina Lambertini snc – San Lazzaro di Savena""",
  label=dict(kind="client-reply-other",
             note="A human secretary: boss away until 7 Jan, mail forwarded, asks who to talk to. Not an auto-reply (no return_date) and no promise."))

# it other 2 — instalments, no dates
M(th=TH("marco", "Pizzeria Vesuvio di Ciro Amato", "final", D(2027, 2, 9), inv("34/2026", 1220.00, D(2026, 9, 25), D(2026, 10, 25)), sent=(9, 0)),
  frm=("Ciro Amato", "pizzeriavesuvio.to@gmail.com"), date="2027-02-10 15:30", mua="android", quote="android",
  body="""Buongiorno Marco,
scusate ma è un periodo nero, il locale a dicembre s'è allagato e siamo stati chiusi tre settimane, ancora aspettiamo l'assicurazione.
Possiamo rateizzare? Dite voi come, io pago tutto ma a poco alla volta, non ce la faccio in una botta sola.
Ciro

Inviato da Libero Mail per Android""",
  label=dict(kind="client-reply-other",
             note="Asks to pay in instalments with no amounts or dates -> other (question), not promise."))

# it other 3 — resend PDF and IBAN
M(th=TH("alessandra", "Elettrotecnica Borghi srl", "late_fee", D(2027, 1, 27), inv("45/2026", 1037.00, D(2026, 12, 4), D(2027, 1, 3)), sent=(8, 50)),
  frm=("Monica – Amministrazione Borghi", "amministrazione@elettrotecnicaborghi.it"), date="2027-01-28 09:14", mua="outlook", quote="outlook",
  re="R: ", cs="iso-8859-1", cte="qp",
  body="""Buongiorno,

non riusciamo ad aprire la fattura arrivata dallo SdI (è un file .p7m e il nostro programma non lo legge) e non troviamo l'IBAN. Me li può rimandare in copia di cortesia, in PDF?

Grazie
Monica
Amministrazione – Elettrotecnica Borghi srl""",
  label=dict(kind="client-reply-other", note="Asks for a PDF courtesy copy and the IBAN: question, no claim."))

# it other 4 — after the registered letter, asks for a call (fresh mail)
M(th=TH("marco", "Caseificio Val Pellice sas", "formal_notice", D(2027, 2, 12), None, channel="letter",
        invoices=[inv("31/2026", 1342.00, D(2026, 9, 10), D(2026, 10, 10)), inv("33/2026", 915.00, D(2026, 9, 30), D(2026, 10, 30))],
        client_address=["Via Nazionale 22", "10060 Bibiana (TO)"], sent=(10, 0)),
  frm=("Giovanni Peyrot", "giovanni.peyrot@caseificiovalpellice.it"), date="2027-02-17 18:22", mua="gmail", quote="none", no_thread=True,
  subj="raccomandata fatture 31 e 33",
  body="""Gentile Ferri,

ho ricevuto oggi la raccomandata. Preferirei parlarne a voce piuttosto che per lettere: mi chiama quando può al 338 412 7765? Dopo le 18 sono più libero, prima sono in caseificio.

Giovanni Peyrot""",
  label=dict(kind="client-reply-other",
             note="After the registered-letter formal notice (two invoices), a fresh mail asking for a phone call. No claim."))

# it other 5 — forwards to a colleague, "mi sembra che l'avessimo pagata" (not a claim)
M(th=TH("alessandra", "Hotel Savoia Rimini srl", "final", D(2027, 1, 19), inv("27/2026", 1586.00, D(2026, 9, 1), D(2026, 10, 1)), sent=(8, 40),
        to="l.pari@hotelsavoiarimini.it", to_line="Luca Pari <l.pari@hotelsavoiarimini.it>"),
  frm=("Luca Pari", "l.pari@hotelsavoiarimini.it"), date="2027-01-19 12:31", mua="outlook", quote="outlook", re="I: ",
  to="Paola Conti <amministrazione@hotelsavoiarimini.it>", cc=[("Alessandra Rossi", "alessandra@example.it")], cs="iso-8859-1", mime="alt",
  body="""Paola, puoi verificare tu?

Mi sembra che l'avessimo pagata a dicembre insieme alle altre dei fornitori del sito, ma Alessandra ci ha mandato una diffida con gli interessi. Se non risulta pagata paghiamola subito, per favore, e avvisala.

Grazie
Luca

Luca Pari | Marketing Manager
Hotel Savoia Rimini – Lungomare Murri 13""",
  label=dict(kind="client-reply-other",
             note="Internal forward to a colleague with the freelancer in Cc: 'mi sembra che l'avessimo pagata' is uncertain, 'se non risulta pagata paghiamola' is a conditional instruction to a colleague -> other."))

# it other 6 — "received, we'll let you know"
M(th=TH("marco", "Agenzia Viaggi Girotondo srl", "formal_cover", D(2026, 12, 15), inv("32/2026", 1098.00, D(2026, 9, 15), D(2026, 10, 15)), channel="pec", sent=(11, 0)),
  frm=("Agenzia Viaggi Girotondo", "info@girotondoviaggi.it"), date="2026-12-16 10:20", mua="webmail", quote="none",
  body="""Ricevuta.
Ne parlo con il mio socio, che segue lui i pagamenti, e Le facciamo sapere entro la settimana.

Cordiali saluti
Daniela Rinaudo""",
  label=dict(kind="client-reply-other", note="Acknowledges the formal notice, will let him know: no promise to pay, no claim."))

# it other 7 — asks how the interest was computed (no contest)
M(th=TH("alessandra", "Farmacia Dr. Sandri snc", "late_fee", D(2026, 11, 26), inv("26/2026", 854.00, D(2026, 10, 1), D(2026, 10, 31)), sent=(9, 5)),
  frm=("Dott.ssa Elena Sandri", "farmacia.sandri@federfarma-pec.it"), date="2026-11-27 13:02", mua="outlook", quote="outlook", re="R: ", cs="iso-8859-1",
  body="""Buongiorno,

mi può spiegare come ha calcolato gli interessi di 6,17 €? Il mio commercialista mi chiede il dettaglio del tasso applicato e dei giorni conteggiati per registrarli correttamente.

Grazie
Dott.ssa Elena Sandri
Farmacia Sandri – Casalecchio di Reno""",
  label=dict(kind="client-reply-other",
             note="Question on the interest computation for the books, no contestation and no payment statement. 6,17 appears as a question, not an amount paid/promised."))

# it other 8 — "which invoice? didn't you reissue it?" asks for a statement of account
M(th=TH("marco", "Birrificio Canavese srl", "statement", D(2027, 2, 22), None,
        invoices=[inv("29/2026", 1220.00, D(2026, 9, 5), D(2026, 10, 5)), inv("2/2027", 610.00, D(2027, 1, 10), D(2027, 2, 9))],
        stsubj="Riepilogo fatture aperte: n. 29/2026, 2/2027", sent=(9, 0)),
  frm=("Matteo Perino", "matteo@birrificiocanavese.it"), date="2027-02-23 17:55", mua="gmail", quote="gmail",
  body="""Ciao Marco,

scusa, mi sono perso: la 29/2026 non è quella che ci avevi già rifatto con la nota di credito di ottobre? Mi mandi un estratto conto aggiornato con fatture e note di credito, così lo giro al nostro amministrativo e vediamo cosa manca?

Grazie
Matteo""",
  label=dict(kind="client-reply-other", reference="29/2026",
             note="Asks whether 29/2026 was already replaced by a credit note and requests an account statement: a question, not a contestation."))

# --------------------------------------------------------------------------------------------
# ESPAÑOL
# --------------------------------------------------------------------------------------------
LOPD_ES = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener "
           "información confidencial sometida a secreto profesional. No está permitida su comunicación, reproducción o distribución "
           "sin la autorización expresa de su remitente. Si no es usted el destinatario final, por favor elimínelo e infórmenos por esta vía. "
           "De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos "
           "forman parte de un fichero cuyo responsable es la empresa remitente.")

# es paid 1 — pays the total of the late-fee letter
M(th=TH("lucia", "Grupo Lanzadera Comunicación, S.L.", "late_fee", D(2026, 12, 9), inv("2026-041", 1210.00, D(2026, 11, 2), D(2026, 12, 2)), sent=(9, 4)),
  frm=("Irene Castaño", "irene@lanzaderacom.es"), date="2026-12-10 12:31", mua="gmail", quote="gmail", mime="alt",
  body="""Buenos días Lucía:

Transferencia realizada hoy por el total que indicas, 1.252,36 €. Disculpa el retraso, hemos cambiado de gestoría en noviembre y nos hemos liado con todos los pagos del mes.

Un abrazo,
Irene

Irene Castaño · Directora de cuentas
Grupo Lanzadera Comunicación""",
  label=dict(kind="client-reply-paid", amount="1252.36",
             note="Transfer of the late-fee letter's total made today (interest and 40 euro included)."))

# es paid 2 — Canary client, insists it was paid, receipt attached, maybe to an old account
M(th=TH("carmen", "Hostelería Atlántica Canarias, S.L.", "paid_claim_followup", D(2027, 1, 13), inv("F26-108", 856.00, D(2026, 11, 16), D(2026, 12, 16)),
        claim_date=D(2027, 1, 5), paid_on=D(2027, 1, 4), sent=(9, 0)),
  frm=("Jonay Rodríguez", "administracion@hosteleriaatlantica.es"), date="2027-01-13 12:47", tz="Atlantic/Canary", mua="gmail", quote="gmail",
  mime="mixed", att=[("Justificante_transferencia_CaixaBank_04012027.pdf", "application/pdf", "pdf")],
  body="""Buenas Carmen, mi niña:

Ya te dije que estaba pagada. Te adjunto el justificante de CaixaBank: transferencia del 4 de enero, 856,00 €, concepto "Factura F26-108".

Mira a ver si te ha entrado en la otra cuenta, la del Santander que nos diste al principio, que igual en el sistema seguía esa.

Saludos,
Jonay""",
  label=dict(kind="client-reply-paid", amount="856.00", reference="F26-108",
             note="Reply to the 'you said you paid' follow-up: repeats that it was paid on 4 Jan, attaches the receipt; suggests it went to an older account. Canarian voice."))

# es paid 3 — "Hecho" from the phone
M(th=TH("lucia", "Eventos Sierra Norte, S.L.", "final", D(2027, 1, 18), inv("2026-048", 847.00, D(2026, 11, 16), D(2026, 12, 16)), sent=(8, 30)),
  frm=("Álex Herranz", "alex@eventossierranorte.com"), date="2027-01-18 20:12", mua="iphone", quote="apple",
  body="""Hecho ✅

Enviado desde mi iPhone""",
  label=dict(kind="client-reply-paid", note="One word 'Hecho' after the final notice: paid."))

# es paid 4 — the tax adviser confirms the transfer; vague 'will also pay the interest'
M(th=TH("lucia", "Construcciones Hermanos Olmedo, S.A.", "final", D(2027, 1, 12), inv("2026-047", 3025.00, D(2026, 10, 20), D(2026, 11, 19)), sent=(9, 20)),
  frm=("Asesoría Fiscal Montalbán", "contabilidad@asesoriamontalban.es"), date="2027-01-14 13:05", mua="outlook", quote="outlook", re="RE: ",
  cs="iso-8859-1", cte="qp", mime="alt",
  body=f"""Estimada Sra. Martín:

En nombre de nuestro cliente Construcciones Hermanos Olmedo, S.A., le confirmamos que el pasado 12 de enero se abonó la factura 2026-047 mediante transferencia desde Banco Sabadell (referencia 2027011200483921), por importe de 3.025,00 €.

En cuanto a los intereses y la indemnización que reclama, nuestro cliente también los abonará.

Atentamente,

Mercedes Montalbán
Asesoría Fiscal Montalbán
C/ Mayor 14, 2.º – 28801 Alcalá de Henares

{LOPD_ES}""",
  label=dict(kind="client-reply-paid", amount="3025.00", reference="2026-047",
             note="Adviser for the client: invoice paid on 12 Jan; the interest 'también los abonará' is an undated vague 'will also' -> stays paid."))

# es paid 5 — included in yesterday's payment batch (Canaries, Outlook cp1252)
M(th=TH("carmen", "Inmobiliaria Teide Sur, S.L.", "late_fee", D(2026, 12, 14), inv("F26-104", 1284.00, D(2026, 10, 30), D(2026, 11, 29)), sent=(8, 15)),
  frm=("Administración Teide Sur", "administracion@teidesur.es"), date="2026-12-15 09:38", tz="Atlantic/Canary", mua="outlook", quote="outlook_old",
  re="RE: ", cs="iso-8859-1", cte="8bit",
  body="""Buenos días:

Le informamos de que su factura se incluyó en la remesa de pagos de ayer; debería tenerla en su cuenta mañana o pasado.

Un saludo,

Dpto. de Administración
Inmobiliaria Teide Sur, S.L.
Avda. Los Abrigos 3 – 38650 Arona (S/C de Tenerife)""",
  label=dict(kind="client-reply-paid",
             note="'se incluyó en la remesa de pagos de ayer' = already executed -> paid (not a promise). 8-bit cp1252."))

# es paid 6 — Bizum for what was left
M(th=TH("lucia", "Marta Gil", "promise_followup", D(2026, 12, 22), inv("2026-052", 450.00, D(2026, 11, 13), D(2026, 11, 28)), ckind="person", fee=False, sent=(9, 0)),
  frm=("Marta Gil", "martagil.ilustra@gmail.com"), date="2026-12-22 19:03", mua="gmail", quote="gmail",
  body="""Hola Lucía!!

Perdona, te acabo de hacer un Bizum de 150 €, que es lo que me quedaba por pagar de la factura (los otros 300 te los pasé por transferencia en noviembre). Con eso estamos en paz, ¿no?

Gracias por la paciencia y felices fiestas 😊
Marta""",
  label=dict(kind="client-reply-paid", amount="150.00",
             note="Private client pays the remaining 150 by Bizum (300 paid earlier): fully paid. Question 'estamos en paz, ¿no?' does not change that."))

# es paid 7 — Mexican client, chatty, Wise transfer
M(th=TH("lucia", "Casa Bruma Diseño, S.A. de C.V.", "suspension", D(2027, 2, 2), inv("2026-055", 2400.00, D(2026, 11, 25), D(2026, 12, 26)), fee=False, sent=(10, 0)),
  frm=("Rodrigo Ávila", "rodrigo@casabruma.mx"), date="2027-02-02 19:25", tz="America/Mexico_City", mua="gmail", quote="gmail", mime="alt", cte="b64",
  body="""¿Qué onda, Lucía? ¿Cómo vas?

Oye, perdón por lo de la factura, qué pena contigo. Ya quedó: se fue el viernes por Wise y me dice la app que te llega hoy o mañana a más tardar. Aquí el contador se fue de vacaciones en enero y todo se atoró.

Ahora sí, platícame del proyecto de empaques para la línea de velas: ya tenemos las muestras de cartón y nos urge cerrar el diseño antes de Semana Santa. ¿Tienes chance de una videollamada el jueves?

Un abrazo desde CDMX,
Rodrigo""",
  label=dict(kind="client-reply-paid",
             note="Mexican voice, chatty about a new project; 'ya quedó: se fue el viernes por Wise' = paid."))

# es paid 8 — statement of two, both paid
M(th=TH("carmen", "Bodegas Volcán de Tinajo, S.L.", "statement", D(2027, 1, 11), None,
        invoices=[inv("F26-112", 642.00, D(2026, 11, 3), D(2026, 12, 3)), inv("F26-115", 1177.00, D(2026, 11, 20), D(2026, 12, 20))],
        stsubj="Resumen de facturas pendientes: n.º F26-112, F26-115", sent=(8, 0)),
  frm=("Yeray Cabrera", "yeray@bodegasvolcantinajo.com"), date="2027-01-12 10:02", tz="Atlantic/Canary", mua="apple", quote="apple",
  body="""Hola Carmen:

Pagadas las dos. La F26-112 el 3 de diciembre (mírala bien, que igual se te pasó) y la F26-115 hoy mismo. Te paso los justificantes en cuanto me los dé el banco.

Saludos,
Yeray

Bodegas Volcán de Tinajo · Lanzarote""",
  label=dict(kind="client-reply-paid",
             note="Statement of two invoices: both said paid (one in December, one today). Two references -> none labelled."))

# es paid 9 — curt, offended, all included
M(th=TH("lucia", "Clínica Dental Sonrisas Retiro, S.L.P.", "final", D(2027, 2, 15), inv("2026-058", 968.00, D(2026, 12, 1), D(2026, 12, 31)), sent=(9, 10)),
  frm=("Dr. Álvaro Quintana", "aquintana@sonrisasretiro.es"), date="2027-02-16 08:12", mua="outlook", quote="outlook", re="RE: ",
  body="""Ya está pagado, intereses y los 40 € incluidos. No hacía falta ponerse así, que somos clientes desde hace años.

Dr. Álvaro Quintana""",
  label=dict(kind="client-reply-paid", note="Curt, offended, but paid everything including interest and compensation."))

# es paid 10 — Catalan speaker writing Spanish
M(th=TH("lucia", "Estudi Vora Mar, S.L.", "late_fee", D(2027, 1, 11), inv("2026-061", 1815.00, D(2026, 11, 30), D(2026, 12, 30)), sent=(8, 45)),
  frm=("Jordi Puigdomènech", "jordi@estudivoramar.cat"), date="2027-01-12 11:26", mua="gmail", quote="gmail", mime="alt",
  body="""Bon dia Lucía,

Ya tienes la transferencia hecha, perdona, con las fiestas se nos pasó y la Montse, que es quien lleva los pagos, estaba de vacaciones hasta ayer. He puesto también los intereses y los 40 €, faltaría más.

Una abraçada,
Jordi""",
  label=dict(kind="client-reply-paid", note="Catalan greetings/closing in a Spanish mail; transfer done including interest and 40 euro."))

# es promise 1 — "remesa del día 25"
M(th=TH("lucia", "Distribuciones Ebro Norte, S.L.", "late_fee", D(2027, 1, 13), inv("2026-044", 2178.00, D(2026, 11, 10), D(2026, 12, 10)), sent=(9, 0)),
  frm=("Pilar Echeverría", "pilar.echeverria@ebronorte.es"), date="2027-01-14 10:18", mua="outlook", quote="outlook", re="RE: ", cs="windows-1252", cte="qp",
  body="""Buenos días, Lucía:

La factura entra en la remesa del día 25. Disculpa las molestias.

Saludos,

Pilar Echeverría
Administración · Distribuciones Ebro Norte, S.L.
Polígono Malpica, calle E, nave 12 – 50016 Zaragoza""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-25",
             note="'entra en la remesa del día 25' written on 14 Jan -> 25 Jan."))

# es promise 2 — "mañana sin falta"
M(th=TH("carmen", "Surf Center Las Canteras, S.L.", "final", D(2026, 12, 28), inv("F26-103", 535.00, D(2026, 10, 30), D(2026, 11, 29)), sent=(9, 0)),
  frm=("Aythami Suárez", "aythami@surfcanteras.com"), date="2026-12-29 13:40", tz="Atlantic/Canary", mua="android", quote="android",
  body="""Mañana sin falta te la pago, Carmen, que estos días con las fiestas no he pisado la oficina. Perdona!!

Aythami""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-30", note="'Mañana sin falta' on 29 Dec -> 30 Dec."))

# es promise 3 — "no antes del 20 de febrero"
M(th=TH("lucia", "Logística Integral Henares, S.A.", "late_fee", D(2027, 2, 1), inv("2026-063", 4840.00, D(2026, 12, 14), D(2027, 1, 13)), sent=(8, 30)),
  frm=("Tesorería – Logística Integral Henares", "tesoreria@logisticahenares.es"), date="2027-02-02 12:55", mua="outlook", quote="outlook", re="RE: ",
  cs="iso-8859-1", cte="qp", mime="alt",
  body=f"""Buenos días:

Por un tema de tesorería no podemos realizar el pago antes del 20 de febrero. Ese día saldrá la transferencia por el importe total reclamado.

Un saludo,

Raúl Sanz
Tesorería
Logística Integral Henares, S.A.

{LOPD_ES}""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-20",
             note="'no podemos antes del 20 de febrero. Ese día saldrá la transferencia' = promise for 20 Feb."))

# es promise 4 — "a primeros de mes" (vague)
M(th=TH("carmen", "Restaurante La Marea, S.L.", "late_fee", D(2026, 12, 21), inv("F26-110", 963.00, D(2026, 11, 10), D(2026, 12, 10)), sent=(8, 0)),
  frm=("Restaurante La Marea", "lamarea.sanandres@gmail.com"), date="2026-12-22 16:20", tz="Atlantic/Canary", mua="gmail", quote="gmail",
  body="""Hola Carmen, a primeros de mes te lo abonamos todo, intereses incluidos. Un saludo y felices fiestas!

Nayra""",
  label=dict(kind="client-reply-promise", note="'a primeros de mes' is vague -> promise without promised_date."))

# es promise 5 — payment plan with dates
M(th=TH("lucia", "Academia Lingua Viva, S.L.", "final", D(2026, 12, 29), inv("2026-039", 1815.00, D(2026, 10, 1), D(2026, 10, 31)), sent=(9, 30)),
  frm=("Beatriz Lozano", "direccion@academialinguaviva.es"), date="2026-12-30 11:45", mua="gmail", quote="gmail", mime="alt",
  body="""Estimada Lucía:

Lamentamos mucho haber llegado a esta situación. El primer trimestre del curso ha ido peor de lo previsto en matrículas y vamos muy justos.

Le proponemos el siguiente calendario de pagos: 600 € el 15 de enero, 600 € el 15 de febrero y el resto, con los intereses y la indemnización, el 15 de marzo. Si le parece bien, confírmenoslo por escrito y lo dejamos programado en el banco.

Atentamente,
Beatriz Lozano
Directora – Academia Lingua Viva""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-15", amount="600.00",
             note="Instalment plan with dates: first 600 on 15 Jan -> promise for 2027-01-15."))

# es promise 6 — "el viernes hacemos los pagos"
M(th=TH("lucia", "Talleres Gráficos Manchegos, S.L.", "late_fee", D(2027, 2, 5), inv("2026-064", 726.00, D(2026, 12, 20), D(2027, 1, 19)), sent=(8, 50)),
  frm=("Juan Antonio Lara", "jalara@graficasmanchegas.es"), date="2027-02-08 09:47", mua="thunderbird", quote="thunderbird", cte="8bit",
  body="""Buenos días Lucía,

El viernes hacemos los pagos a proveedores y la tuya va incluida, con el recargo.

Saludos
Juan Antonio""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-12",
             note="'El viernes' on Monday 8 Feb -> Friday 12 Feb."))

# es promise 7 — after the promise follow-up: "antes de fin de mes"
M(th=TH("carmen", "Agencia Guanche Tours, S.L.", "promise_followup", D(2027, 1, 18), inv("F26-106", 1498.00, D(2026, 11, 5), D(2026, 12, 5)),
        promise_date=D(2027, 1, 15), sent=(8, 0)),
  frm=("Tania Hernández", "tania@guanchetours.com"), date="2027-01-19 17:33", tz="Atlantic/Canary", mua="gmail", quote="gmail",
  body="""Tienes razón Carmen, se nos ha pasado con la vuelta de vacaciones. Lo tendrás antes de fin de mes, palabra.

Disculpa!
Tania""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-31", note="'antes de fin de mes' on 19 Jan -> 31 Jan."))

# es promise 8 — after the burofax: "dentro del plazo" (no date stated) — fresh mail
M(th=TH("lucia", "Reformas Integrales Albacete, S.L.", "formal_notice", D(2027, 1, 20), inv("2026-043", 2662.00, D(2026, 11, 5), D(2026, 12, 5)),
        client_address=["C/ Tesifonte Gallego 18", "02002 Albacete"], sent=(10, 0)),
  frm=("Reformas Integrales Albacete", "oficina@reformasalbacete.es"), date="2027-01-26 12:10", mua="outlook", quote="none", no_thread=True,
  subj="Burofax factura 2026-043",
  body="""Buenos días:

Hemos recibido su burofax relativo a la factura 2026-043. Procederemos al pago de la cantidad reclamada dentro del plazo que nos indican.

Un saludo,
Reformas Integrales Albacete, S.L.""",
  label=dict(kind="client-reply-promise", reference="2026-043",
             note="Fresh mail after the burofax: will pay 'dentro del plazo que nos indican' - no date stated in the message itself -> no promised_date."))

# es promise 9 — when the town hall pays them
M(th=TH("carmen", "Eventos Maspalomas, S.L.", "suspension", D(2027, 2, 9), inv("F26-117", 2140.00, D(2026, 12, 1), D(2026, 12, 31)), sent=(9, 0)),
  frm=("Kevin Ojeda", "kevin@eventosmaspalomas.com"), date="2027-02-10 10:41", tz="Atlantic/Canary", mua="gmail", quote="gmail",
  body="""Carmen, cuando nos pague el Ayuntamiento (el festival era suyo) te pagamos, ya sabes cómo va esto con la administración. No te vamos a dejar colgada.

Eso sí, no nos cortes el acceso a la galería de fotos, por favor, que la están usando los de prensa para la memoria del festival.

Kevin""",
  label=dict(kind="client-reply-promise", note="Will pay when the town hall pays them: promise with no date. Asks not to suspend the gallery."))

# es promise 10 — "hoy no, el jueves"
M(th=TH("lucia", "Café Ruido, S.L.", "final", D(2027, 1, 25), inv("2026-049", 605.00, D(2026, 11, 20), D(2026, 12, 20)), sent=(9, 0)),
  frm=("Nacho Ruiz", "nacho@caferuido.es"), date="2027-01-26 14:02", mua="iphone", quote="apple",
  body="""Hoy no puedo, Lucía, pero el jueves sí, te lo prometo. Perdona el lío.

Nacho

Enviado desde mi iPhone""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-28", note="'Hoy no... el jueves' on Tuesday 26 Jan -> Thursday 28 Jan."))

# es promise 11 — Colombian voice: "programado para el martes 9"
M(th=TH("lucia", "Fundación Andina de Innovación", "promise_followup", D(2027, 2, 3), inv("2026-057", 3200.00, D(2026, 11, 30), D(2026, 12, 30)),
        fee=False, promise_date=D(2027, 1, 29), sent=(8, 10)),
  frm=("Luisa Fernanda Ortiz", "lfortiz@fundacionandina.org.co"), date="2027-02-04 08:26", tz="America/Bogota", mua="outlook", quote="outlook", re="RE: ", mime="alt",
  body="""Apreciada Lucía, reciba un cordial saludo.

Le confirmo que el pago quedó programado para el próximo martes 9 de febrero; la demora obedeció al cierre contable de enero. Le pido excusas por la incomodidad.

Quedo atenta a cualquier inquietud.

Cordialmente,

Luisa Fernanda Ortiz
Coordinadora Administrativa
Fundación Andina de Innovación – Bogotá D.C.""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-09",
             note="'quedó programado para el martes 9 de febrero': scheduled, not yet made -> promise. Colombian register."))

# es dispute 1 — pays the principal, refuses interest and 40 euro
M(th=TH("lucia", "Ópticas Visión Clara, S.L.", "late_fee", D(2026, 12, 16), inv("2026-046", 1210.00, D(2026, 11, 5), D(2026, 12, 5)), sent=(8, 40)),
  frm=("Ramón Iglesias", "ramon@opticasvisionclara.es"), date="2026-12-17 10:05", mua="gmail", quote="gmail",
  body="""Hola Lucía:

Hemos pagado la factura hoy (1.210,00 €), pero los intereses y los 40 euros no. Once días de retraso no justifican ese recargo y no lo habíamos pactado en ningún sitio. No me parece serio.

Saludos,
Ramón""",
  label=dict(kind="client-reply-dispute", amount="1210.00",
             note="Pays the principal, refuses the statutory interest and the 40 euro -> dispute."))

# es dispute 2 — lawyer's reply to the requerimiento, not threaded
M(th=TH("carmen", "Promociones Costa Mogán, S.L.", "formal_notice", D(2027, 1, 21), inv("F26-102", 5350.00, D(2026, 10, 20), D(2026, 11, 19)),
        client_address=["Avda. de Canarias 2", "35138 Mogán (Las Palmas)"], sent=(10, 0)),
  frm=("Marta Hernández Perera", "mhernandez@hpabogados.es"), date="2027-02-03 13:15", tz="Atlantic/Canary", mua="outlook", quote="none", no_thread=True,
  subj="Requerimiento de pago F26-102 – Promociones Costa Mogán, S.L. – contestación", cs="iso-8859-1", cte="qp", mime="alt",
  body="""Estimada Sra. Suárez:

Actuando en nombre y representación de PROMOCIONES COSTA MOGÁN, S.L., acuso recibo de su requerimiento de pago de fecha 21 de enero de 2027, relativo a la factura n.º F26-102 por importe de 5.350,00 €.

Por medio del presente le manifiesto que mi representada no reconoce la deuda reclamada. El reportaje fotográfico de la promoción "Residencial Las Brisas" no se entregó en el formato ni con la resolución pactados en el presupuesto de 2 de septiembre de 2026 (archivos TIFF a 300 ppp para impresión en gran formato), y las imágenes entregadas no han podido utilizarse en la valla publicitaria para la que se encargaron. Así se le comunicó por correo electrónico los días 28 de octubre y 6 de noviembre, sin que hasta la fecha se haya subsanado.

En consecuencia, no procede el pago de la factura ni, por supuesto, de los intereses de demora ni de la indemnización por costes de cobro que se reclaman.

Sin perjuicio de lo anterior, y a los efectos de la Ley Orgánica 1/2025, mi representada está dispuesta a negociar una solución, siempre que se entreguen los archivos en las condiciones pactadas y se emita la correspondiente factura rectificativa.

Atentamente,

Marta Hernández Perera
Abogada – Col. n.º 4.512 ICALPA
Hernández Perera Abogados
C/ Triana 84, 3.º – 35002 Las Palmas de Gran Canaria

Este mensaje es confidencial y puede contener información sujeta a secreto profesional. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.""",
  label=dict(kind="client-reply-dispute", reference="F26-102",
             note="Lawyer for the client contests the whole debt after the requerimiento (work not as agreed), open to negotiate under LO 1/2025. Fresh mail."))

# es dispute 3 — IRPF withholding missing, travel costs not agreed
M(th=TH("lucia", "Consultora Meseta Digital, S.L.", "final", D(2027, 1, 19), inv("2026-050", 2420.00, D(2026, 11, 23), D(2026, 12, 23)), sent=(8, 20)),
  frm=("Elena Prats", "eprats@mesetadigital.es"), date="2027-01-20 09:50", mua="outlook", quote="outlook", re="RE: ", cs="windows-1252", cte="qp", mime="alt",
  body="""Buenos días, Lucía:

La factura no se puede contabilizar tal como está: falta aplicar la retención del 15 % de IRPF y, además, en la base imponible has incluido 300 € de gastos de desplazamiento que, según el presupuesto, corrían de tu cuenta.

Por favor, emite una factura rectificativa y la pagamos en el siguiente ciclo de pagos. Mientras tanto, no procede ningún interés.

Un saludo,

Elena Prats
Administración y Finanzas
Consultora Meseta Digital, S.L. · Valladolid""",
  label=dict(kind="client-reply-dispute",
             note="Contests the invoice (missing IRPF withholding, travel costs not agreed), wants a corrective invoice; rejects interest. 'la pagamos en el siguiente ciclo' does not override the dispute."))

# es dispute 4 — agreed a closed price on WhatsApp
M(th=TH("carmen", "Apartamentos Brisa del Sur, S.L.", "late_fee", D(2026, 12, 3), inv("F26-101", 2782.00, D(2026, 10, 26), D(2026, 11, 25)), sent=(8, 30)),
  frm=("Cristo Alemán", "gerencia@brisadelsur.es"), date="2026-12-04 18:20", tz="Atlantic/Canary", mua="android", quote="android",
  body="""Carmen, no estamos de acuerdo con la factura. Acordamos por WhatsApp un precio cerrado de 2.000 € + IGIC por las fotos de los 14 apartamentos, y nos facturas 2.600 + IGIC porque dices que hubo una sesión extra que nosotros no pedimos.

Mándame una nueva por lo acordado y te la pago esa misma semana.

Cristo""",
  label=dict(kind="client-reply-dispute",
             note="Wrong amount vs the price agreed on WhatsApp; will pay only a corrected invoice -> dispute."))

# es dispute 5 — offended: the logo was never approved
M(th=TH("lucia", "Ultramarinos La Abuela, S.L.", "final", D(2026, 12, 14), inv("2026-040", 968.00, D(2026, 10, 1), D(2026, 10, 31)), sent=(9, 0)),
  frm=("Concha Barrio", "ultramarinoslaabuela@hotmail.com"), date="2026-12-14 21:48", mua="outlook", quote="none", cte="b64",
  body="""¿Requerimiento de pago? ¿Monitorio? Lucía, después de todo el trabajo que te hemos dado estos años...

El logotipo nuevo nunca lo aprobamos. Te dijimos en septiembre que no nos convencía y lo dejamos parado, y tú quedaste en mandarnos otra propuesta que nunca llegó. No vamos a pagar por algo que no usamos.

Me parece muy feo que me mandes esto.

Concha""",
  label=dict(kind="client-reply-dispute", note="Offended; refuses to pay for a logo never approved -> dispute. No quote."))

# es dispute 6 — pays part, withholds the rest until RAW files delivered
M(th=TH("carmen", "Náutica Puerto Rico, S.L.", "suspension", D(2027, 1, 27), inv("F26-114", 1926.00, D(2026, 11, 24), D(2026, 12, 24)), sent=(9, 0)),
  frm=("Airam Santana", "airam@nauticapuertorico.com"), date="2027-01-28 12:30", tz="Atlantic/Canary", mua="gmail", quote="gmail", mime="alt",
  body="""Hola Carmen:

Hemos pagado 1.000 € hoy. El resto lo retenemos hasta que nos entregues los archivos RAW de la sesión del catamarán, que eran parte del encargo y seguimos sin tenerlos.

En cuanto los tengamos, pagamos lo que falta.

Airam""",
  label=dict(kind="client-reply-dispute", amount="1000.00",
             note="Partial payment of 1.000 and withholding of the rest until missing deliverables arrive -> dispute."))

# es dispute 7 — 90-day contract term: no interest due
M(th=TH("lucia", "Industrias Cárnicas Valdeón, S.A.", "late_fee", D(2027, 2, 10), inv("2026-062", 6050.00, D(2026, 12, 2), D(2027, 1, 1)), sent=(8, 0)),
  frm=("Departamento Financiero – Cárnicas Valdeón", "financiero@carnicasvaldeon.es"), date="2027-02-11 13:22", mua="outlook", quote="outlook", re="RE: ",
  cs="iso-8859-1", cte="qp", mime="html",
  body=f"""Estimada Sra. Martín:

En relación con su reclamación de intereses de demora y de la indemnización por costes de cobro, le recordamos que en el contrato marco firmado el 3 de marzo de 2026 se pactó un plazo de pago de 90 días fecha factura. La factura n.º 2026-062 vence, por tanto, el 2 de marzo de 2027, y no procede recargo alguno.

Abonaremos la factura a su vencimiento.

Atentamente,

Departamento Financiero
Industrias Cárnicas Valdeón, S.A.
Ctra. de Soria km 3 – 24400 Ponferrada (León)

{LOPD_ES}""",
  label=dict(kind="client-reply-dispute", reference="2026-062",
             note="Contests the due date (90-day contract term) and hence interest and compensation; will pay later -> dispute wins over promise. HTML-only."))

# es dispute 8 — statement: one paid, one duplicate, one to be paid -> dispute
M(th=TH("carmen", "Supermercados Isla Verde, S.L.", "statement", D(2027, 2, 17), None,
        invoices=[inv("F26-109", 749.00, D(2026, 11, 6), D(2026, 12, 6)), inv("F26-111", 749.00, D(2026, 11, 14), D(2026, 12, 14)),
                  inv("F27-004", 1070.00, D(2027, 1, 25), D(2027, 2, 24))],
        stsubj="Resumen de facturas pendientes: n.º F26-109, F26-111, F27-004", sent=(8, 30)),
  frm=("Lorena Déniz", "proveedores@islaverde-super.es"), date="2027-02-18 10:15", tz="Atlantic/Canary", mua="outlook", quote="outlook", re="RE: ",
  body="""Hola Carmen:

De estas tres, la F26-109 ya está pagada (el 22 de diciembre); la F26-111 no la reconocemos, porque es la misma sesión de fotos de producto que la 109, está duplicada; y la F27-004 la pagamos el 24, a su vencimiento.

Los intereses de la 109 tampoco proceden, porque se pagó.

Un saludo,
Lorena Déniz
Proveedores · Supermercados Isla Verde""",
  label=dict(kind="client-reply-dispute",
             note="Statement of three: one said paid, one refused as a duplicate, one promised -> dispute wins."))

# es dispute 9 — wants a credit note for hours not worked
M(th=TH("lucia", "Coworking La Nave, S.L.", "promise_followup", D(2026, 11, 24), inv("2026-038", 1452.00, D(2026, 9, 25), D(2026, 10, 25)),
        promise_date=D(2026, 11, 20), sent=(9, 0)),
  frm=("Sergio Blasco", "sergio@coworkinglanave.es"), date="2026-11-25 16:40", mua="gmail", quote="gmail",
  body="""Lucía, antes de pagar necesitamos que nos mandes una factura rectificativa (abono) por las 8 horas de formación que no se llegaron a impartir: la última sesión se canceló y no se recuperó nunca. Son 8 × 50 € = 400 € + IVA.

Con eso, pagamos el resto enseguida.

Sergio""",
  label=dict(kind="client-reply-dispute",
             note="After the promise follow-up: asks for a credit note for hours not delivered before paying -> dispute."))

# es dispute 10 — ALL CAPS
M(th=TH("carmen", "Gimnasio Fuerza Canaria, S.L.", "final", D(2027, 2, 3), inv("F26-113", 1605.00, D(2026, 11, 24), D(2026, 12, 24)), sent=(9, 0)),
  frm=("Gimnasio Fuerza Canaria", "fuerzacanaria.gym@gmail.com"), date="2027-02-03 22:05", tz="Atlantic/Canary", mua="gmail", quote="gmail",
  body="""NO PIENSO PAGAR NI UN EURO MÁS DE LO PRESUPUESTADO. EL PRESUPUESTO ERA DE 1.200 € Y LO SABES. Y DE INTERESES NADA.
MANDA LA FACTURA BIEN Y HABLAMOS.""",
  label=dict(kind="client-reply-dispute", note="ALL CAPS: disputes the amount over the quote and the interest."))

# es dispute 11 — will pay when typos are fixed
M(th=TH("lucia", "Editorial Piedra Lunar, S.L.", "suspension", D(2027, 1, 12), inv("2026-054", 2904.00, D(2026, 11, 20), D(2026, 12, 20)), sent=(8, 30)),
  frm=("Inés Carrasco", "ines.carrasco@piedralunar.es"), date="2027-01-13 11:02", mua="gmail", quote="gmail",
  mime="mixed", att=[("catalogo_2027_erratas_marcadas.pdf", "application/pdf", "pdf")],
  body="""Hola Lucía:

El catálogo tiene erratas en 12 páginas (te adjunto el PDF con todas marcadas en rojo), algunas en los precios, que es lo más grave. Cuando estén corregidas, pagamos; mientras tanto, entenderás que no la vamos a abonar.

Y por favor no suspendas nada: el mantenimiento de la web de la editorial no tiene nada que ver con esto.

Un saludo,
Inés""",
  label=dict(kind="client-reply-dispute", note="Will pay only once errors are corrected; annotated PDF attached -> dispute (work not as agreed)."))

# es other 1 — who should I talk to? Cc the admin person
M(th=TH("lucia", "Agencia Kilómetro Cero, S.L.", "final", D(2026, 12, 10), inv("2026-045", 1089.00, D(2026, 10, 28), D(2026, 11, 27)), sent=(9, 0)),
  frm=("Dani Ferrer", "dani@kilometrocero.agency"), date="2026-12-11 09:20", mua="gmail", quote="gmail",
  cc=[("Marisa Ortega", "administracion@kilometrocero.agency")],
  body="""Hola Lucía,

Yo llevo marketing y no tengo acceso a pagos. ¿Con quién tengo que hablar de esto? Te pongo en copia a Marisa Ortega, de administración, a ver si ella te puede decir algo.

Un saludo,
Dani""",
  label=dict(kind="client-reply-other", note="Marketing contact asks who to talk to and copies accounts. No claim."))

# es other 2 — can we split it? (no dates)
M(th=TH("carmen", "Clínica Veterinaria Tamaraceite, S.L.P.", "suspension", D(2027, 1, 11), inv("F26-107", 1177.00, D(2026, 11, 10), D(2026, 12, 10)), sent=(9, 0)),
  frm=("Dra. Ruth Medina", "ruth@vettamaraceite.es"), date="2027-01-12 14:15", tz="Atlantic/Canary", mua="apple", quote="apple",
  body="""Buenas Carmen,

La verdad es que vamos muy justos este invierno. ¿Podríamos fraccionarlo en varios pagos? Dime cómo lo ves y lo hablamos.

Ruth""",
  label=dict(kind="client-reply-other", note="Asks to split the payment, no dates or amounts -> other."))

# es other 3 — "Recibido" from an invoice-reception mailbox (human)
M(th=TH("lucia", "Grupo Hotelero Castellana, S.A.", "formal_cover", D(2027, 2, 8), inv("2026-060", 3630.00, D(2026, 11, 27), D(2026, 12, 27)), sent=(9, 0)),
  frm=("Recepción Facturas – Grupo Castellana", "facturas@grupocastellana.es"), date="2027-02-09 08:55", mua="outlook", quote="outlook", re="RE: ",
  body="""Recibido. Lo trasladamos al departamento de Contabilidad.

Un saludo.
Sonia""",
  label=dict(kind="client-reply-other", note="Short human acknowledgement, forwarded to accounting."))

# es other 4 — suspicious bank-change email: confirm before paying
M(th=TH("carmen", "Turismo Rural La Gomera, S.L.", "late_fee", D(2027, 2, 22), inv("F26-116", 856.00, D(2026, 12, 18), D(2027, 1, 17)), sent=(8, 0)),
  frm=("Elsa Mendoza", "elsa@turismorurallagomera.com"), date="2027-02-23 10:30", tz="Atlantic/Canary", mua="gmail", quote="gmail",
  body="""Carmen, buenas.

La semana pasada nos llegó un correo tuyo diciendo que habías cambiado de cuenta bancaria (a un banco de Lituania, creo). ¿Es correcto? Antes de pagar queremos confirmarlo contigo por teléfono, que ya nos han intentado colar alguna.

¿A qué hora te puedo llamar?

Elsa""",
  label=dict(kind="client-reply-other", note="Possible bank-detail fraud: asks to confirm the IBAN by phone before paying. Question, no promise."))

# es other 5 — town hall: must go through FACe
M(th=TH("lucia", "Ayuntamiento de Valdelobos", "late_fee", D(2026, 12, 1), inv("2026-042", 1694.00, D(2026, 10, 20), D(2026, 11, 19)), sent=(9, 0)),
  frm=("Intervención – Ayuntamiento de Valdelobos", "intervencion@valdelobos.es"), date="2026-12-02 12:40", mua="outlook", quote="outlook", re="RE: ",
  cs="iso-8859-1", cte="qp", mime="alt",
  body="""Buenos días:

Le informamos de que las facturas dirigidas a esta Administración deben presentarse obligatoriamente en formato electrónico a través del Punto General de Entrada de Facturas Electrónicas (FACe), indicando los códigos DIR3 de oficina contable, órgano gestor y unidad tramitadora (L01289012 en los tres casos).

La factura remitida por correo electrónico no consta registrada, por lo que no ha podido tramitarse. Una vez presentada en FACe, seguirá el procedimiento ordinario de conformidad y pago.

Atentamente,

Intervención Municipal
Ayuntamiento de Valdelobos""",
  label=dict(kind="client-reply-other",
             note="Town hall: the invoice must be filed through FACe, not by email; procedural, no contestation of the amount."))

# es other 6 — call me
M(th=TH("carmen", "Heladería Dulce Atlántico, S.L.", "final", D(2026, 12, 17), inv("F26-105", 428.00, D(2026, 10, 31), D(2026, 11, 30)), sent=(9, 0)),
  frm=("Heladería Dulce Atlántico", "dulceatlantico@gmail.com"), date="2026-12-17 20:50", tz="Atlantic/Canary", mua="android", quote="android",
  body="""Carmen, ¿me puedes llamar? Prefiero hablarlo por teléfono que por correo. Mañana por la mañana estoy en la tienda. 628 34 11 90

Gracias
Fátima""",
  label=dict(kind="client-reply-other", note="Asks for a phone call."))

# es other 7 — forward to the admin colleague, "estaba convencido" (not a claim)
M(th=TH("lucia", "Estudio de Arquitectura Roca Vidal, S.L.P.", "paid_claim_followup", D(2027, 1, 27), inv("2026-056", 2299.00, D(2026, 11, 26), D(2026, 12, 26)),
        claim_date=D(2027, 1, 18), sent=(9, 0), to="pablo@rocavidal.es", to_line="Pablo Roca <pablo@rocavidal.es>"),
  frm=("Pablo Roca", "pablo@rocavidal.es"), date="2027-01-27 13:12", mua="outlook", quote="outlook", re="RV: ",
  to="Marisa Soler <administracion@rocavidal.es>", cc=[("Lucía Martín", "lucia@martinestudio.es")], cs="windows-1252", cte="qp",
  body="""Marisa, mira esto por favor.

Yo estaba convencido de que la habíamos pagado a mediados de enero, pero Lucía dice que no le ha llegado. ¿Nos consta la transferencia? Si puedes, contéstale tú directamente con el justificante.

Gracias.
Pablo""",
  label=dict(kind="client-reply-other",
             note="Forward (RV:) to the admin colleague, Lucía in Cc: 'estaba convencido de que la habíamos pagado' is not a claim; asks the colleague to check -> other."))

# es other 8 — question about the interest calculation for the books
M(th=TH("carmen", "Constructora Atlántida, S.A.", "late_fee", D(2027, 1, 20), inv("F26-118", 3210.00, D(2026, 11, 25), D(2026, 12, 25)), sent=(8, 0)),
  frm=("Contabilidad – Constructora Atlántida", "contabilidad@constructora-atlantida.es"), date="2027-01-21 09:05", tz="Atlantic/Canary", mua="outlook", quote="outlook", mime="html",
  re="RE: ",
  body="""Buenos días, Carmen:

Una consulta antes de nada: ¿el importe de intereses que indica está calculado hasta hoy o hasta el día en que se haga el pago? Y los 40 €, ¿llevan IGIC o no?

Lo necesito para el asiento contable.

Gracias,
Noemí Falcón
Contabilidad""",
  label=dict(kind="client-reply-other", note="Accounting questions about the interest and the 40 euro; no claim, no promise."))

# --------------------------------------------------------------------------------------------
# ENGLISH
# --------------------------------------------------------------------------------------------
DUB = "Europe/Dublin"

# en paid 1 — paid in full including the £70 and interest
M(th=TH("priya", "Harbourside Homes Ltd", "final", D(2027, 1, 11), inv("PS-087", 1200.00, D(2026, 11, 6), D(2026, 12, 6)), sent=(9, 15)),
  frm=("Gemma Clarke", "gemma.clarke@harbourside-homes.co.uk"), date="2027-01-12 11:02", mua="outlook", quote="outlook", re="RE: ", mime="alt",
  body="""Hi Priya,

Paid in full this morning – £1,283.91, which includes the £70 and the interest. Apologies, it had been sitting in the approval queue since before Christmas and nobody chased it.

Gemma

Gemma Clarke | Marketing Manager
Harbourside Homes Ltd | 3 Canons Way, Bristol BS1 5LL""",
  label=dict(kind="client-reply-paid", amount="1283.91", currency="GBP",
             note="Paid the final notice's total (Late Payment Act interest + £70)."))

# en paid 2 — US AP: processed in yesterday's payment run, wire confirmation attached
M(th=TH("tom", "Brightline Analytics Inc.", "final", D(2027, 1, 15), inv("INV-2026-072", 4800.00, D(2026, 11, 10), D(2026, 12, 10)), fee=False, cur="USD", sent=(9, 0)),
  frm=("Kayla Brooks", "ap@brightlineanalytics.com"), date="2027-01-15 10:37", tz="America/New_York", mua="outlook", quote="outlook_us", re="RE: ",
  mime="mixed", att=[("Wire_Confirmation_20270114.pdf", "application/pdf", "pdf")],
  body="""Hi Tom,

This was processed in yesterday's payment run. The wire (USD 4,800.00) should reach your account in 2–3 business days; confirmation attached.

Sorry for the delay – our approver was out over the holidays.

Thanks,
Kayla Brooks | Accounts Payable
Brightline Analytics Inc. | 1200 Boylston St, Boston, MA 02215""",
  label=dict(kind="client-reply-paid", amount="4800.00", currency="USD",
             note="US AP: 'processed in yesterday's payment run', wire confirmation attached -> paid."))

# en paid 3 — "Sorted."
M(th=TH("tom", "Moran Joinery Ltd", "final", D(2026, 12, 14), inv("INV-2026-063", 2460.00, D(2026, 10, 12), D(2026, 11, 11)), sent=(8, 45)),
  frm=("Declan Moran", "declan@moranjoinery.ie"), date="2026-12-14 17:55", tz=DUB, mua="iphone", quote="apple",
  body="""Sorted.

Sent from my iPhone""",
  label=dict(kind="client-reply-paid", note="One word 'Sorted.' after the final notice = paid."))

# en paid 4 — "I told you it was paid", bank reference, old account
M(th=TH("priya", "Fenwick & Lowe Partners LLP", "paid_claim_followup", D(2027, 1, 8), inv("PS-082", 2400.00, D(2026, 11, 2), D(2026, 12, 2)),
        claim_date=D(2026, 12, 29), paid_on=D(2026, 12, 24), sent=(9, 30)),
  frm=("Oliver Fenwick", "oliver@fenwicklowe.co.uk"), date="2027-01-08 15:20", mua="gmail", quote="gmail", mime="alt", cte="b64",
  body="""Hi Priya,

As I said on the 29th, this WAS paid – Faster Payment on 24 December, our reference FPS 7741 2290 PS082.

I've just checked and it went to the Monzo account that's on your older invoices (sort code 04-00-04), so it may be worth looking there before we go round in circles.

Best,
Oliver""",
  label=dict(kind="client-reply-paid",
             note="Insists it was paid (24 Dec) with the bank reference; notes it went to an older account. Still a paid claim."))

# en paid 5 — forwards the Xero remittance advice, not threaded
M(th=TH("tom", "Connacht Foods Ltd", "late_fee", D(2026, 12, 7), inv("INV-2026-064", 1845.00, D(2026, 10, 30), D(2026, 11, 29))),
  frm=("Aoife Kelly", "aoife@connachtfoods.ie"), date="2026-12-08 10:19", tz=DUB, mua="gmail", quote="none", no_thread=True,
  subj="Fwd: Remittance Advice - Connacht Foods Ltd", mime="alt",
  body="""Here you go.

Aoife

---------- Forwarded message ---------
From: Connacht Foods Ltd <messaging-service@post.xero.com>
Date: Tue, 8 Dec 2026 at 10:02
Subject: Remittance Advice - Connacht Foods Ltd
To: <aoife@connachtfoods.ie>


REMITTANCE ADVICE

Connacht Foods Ltd
Unit 7, Claregalway Business Park, Co. Galway

To: Tom Byrne Design
Payment date: 8 Dec 2026
Payment reference: CF-PAY-001942

Invoice Number      Invoice Date    Amount Paid
INV-2026-064        30 Oct 2026     1,845.00

Total Paid EUR                      1,845.00

This remittance advice was sent using Xero.""",
  label=dict(kind="client-reply-paid", amount="1845.00", reference="INV-2026-064",
             note="Human forward of a Xero remittance with 'Here you go.' Fresh, unthreaded mail. Amount and reference from the forwarded remittance."))

# en paid 6 — Irish voice, "just done it there now"
M(th=TH("tom", "Kilbride Crafts Ltd", "final", D(2027, 1, 6), inv("INV-2026-068", 738.00, D(2026, 11, 4), D(2026, 12, 4)), sent=(9, 0)),
  frm=("Seán Kilbride", "sean@kilbridecrafts.ie"), date="2027-01-06 16:41", tz=DUB, mua="gmail", quote="gmail",
  body="""Ah Tom, sorry about that, I thought Niamh had sorted it before Christmas. Just done it there now from the business account, should be with you tomorrow.

No need for the heavy letters, we're good for it!

Seán""",
  label=dict(kind="client-reply-paid", note="Irish English 'just done it there now' = paid just now."))

# en paid 7 — solicitor: paid principal + interest + £70, fresh mail
M(th=TH("priya", "Ashcombe Retail Ltd", "formal_notice", D(2027, 1, 18), inv("PS-079", 2400.00, D(2026, 10, 12), D(2026, 11, 11)), channel="letter",
        client_address=["Ashcombe House", "22 Gloucester Road", "Bristol BS7 8AE"], sent=(10, 0)),
  frm=("Rebecca Hale", "r.hale@halevickers.co.uk"), date="2027-01-29 15:48", mua="outlook", quote="none", no_thread=True,
  subj="Ashcombe Retail Limited – your letter of 18 January 2027 (invoice PS-079)", cs="windows-1252", cte="qp", mime="alt",
  body="""Dear Ms Shah,

We act for Ashcombe Retail Limited in connection with your letter of 18 January 2027 concerning invoice PS-079.

Our client has today paid the principal sum of £2,400.00, together with statutory interest of £61.04 (calculated to today's date) and fixed compensation of £70.00 – a total of £2,531.04 – by Faster Payment to the account stated in your letter.

We trust this concludes the matter. Please direct any further correspondence to this office.

Yours sincerely,

Rebecca Hale
Associate
Hale Vickers LLP
Queen Square House, Bristol BS1 4JE

Hale Vickers LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612457). This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it.""",
  label=dict(kind="client-reply-paid", amount="2531.04", currency="GBP", reference="PS-079",
             note="Solicitor for the client after the letter before action: everything paid today including interest to date and £70. Fresh mail."))

# en paid 8 — long chatty mail, one sentence
M(th=TH("tom", "Wicklow Outdoor Adventures Ltd", "suspension", D(2026, 12, 16), inv("INV-2026-067", 1599.00, D(2026, 10, 15), D(2026, 11, 14)), sent=(9, 0)),
  frm=("Ruth Doherty", "ruth@wicklowoutdoor.ie"), date="2026-12-18 12:12", tz=DUB, mua="gmail", quote="gmail", mime="alt",
  body="""Hi Tom,

Hope you're keeping well and that the Christmas madness hasn't got to you yet! We're winding down here – last kayak trip of the year on Sunday, if the weather holds, and then we close until February.

I wanted to get in touch about next season. We're planning a new brochure for 2027 (the current one still has the old prices and the zip-line we took down) and I'd love you to do it again – probably 16 pages, same format. We've loads of new photos from the summer, including the sea-kayaking on the Brittas coast that came out amazing. Could you send me a rough quote in January?

Oh and the invoice – finance confirmed it went out on Tuesday with everything you asked for, so hopefully you've seen it by now. Sorry it dragged on.

Also, do you know anyone who does drone footage? We want a short video for the website.

Have a great Christmas,
Ruth""",
  label=dict(kind="client-reply-paid",
             note="Long chatty mail about a brochure; one sentence: finance paid it on Tuesday 'with everything you asked for'."))

# en paid 9 — statement of three, one transfer
M(th=TH("tom", "Liffey Events Ltd", "statement", D(2027, 1, 19), None,
        invoices=[inv("INV-2026-071", 1250.00, D(2026, 11, 9), D(2026, 12, 9)), inv("INV-2026-074", 980.00, D(2026, 11, 20), D(2026, 12, 20)),
                  inv("INV-2026-080", 1750.00, D(2026, 12, 1), D(2026, 12, 31))],
        stsubj="Statement of open invoices: INV-2026-071, INV-2026-074, INV-2026-080", sent=(9, 0)),
  frm=("Siobhán Nolan", "accounts@liffeyevents.ie"), date="2027-01-20 14:33", tz=DUB, mua="outlook", quote="outlook", re="RE: ",
  body="""Hi Tom,

All three paid today in one transfer (€4,191.68), reference "INV 2026-071/074/080". That's the total from your statement, interest and compensation included.

Apologies for the delay – new finance system, teething problems.

Kind regards,
Siobhán Nolan
Accounts | Liffey Events Ltd | Dublin 2""",
  label=dict(kind="client-reply-paid", amount="4191.68",
             note="Statement of three invoices: all paid in one transfer with the statement's total."))

# en paid 10 — German client, Outlook HTML, pays principal + EUR 40 (no interest)
M(th=TH("tom", "Kessler Medizintechnik GmbH", "final", D(2027, 2, 4), inv("INV-2026-083", 1890.00, D(2026, 12, 1), D(2026, 12, 31)), law="EU", sent=(9, 0)),
  frm=("Sabine Hofmann", "s.hofmann@kessler-medizintechnik.de"), date="2027-02-05 09:12", tz="Europe/Berlin", mua="outlook", quote="outlook", re="AW: ",
  mime="alt", cs="iso-8859-1", cte="qp",
  body="""Dear Mr. Byrne,

we have transferred the amount of EUR 1.890,00 plus the lump sum of EUR 40,00 today. Please excuse the delay, our accounting was changed to a new ERP system in January and some invoices were not booked.

Best regards

Sabine Hofmann
Kreditorenbuchhaltung

Kessler Medizintechnik GmbH
Industriestraße 14 · 78532 Tuttlingen · Germany
Geschäftsführer: Dr. Andreas Kessler · Amtsgericht Stuttgart HRB 461288""",
  label=dict(kind="client-reply-paid", amount="1930.00",
             note="German client: paid principal + EUR 40 today, silent on the interest (not contested) -> paid. Continental number format 1.890,00."))

# en promise 1 — next week's payment run (no date)
M(th=TH("priya", "Loom & Lantern Ltd", "late_fee", D(2027, 1, 14), inv("PS-091", 960.00, D(2026, 12, 1), D(2026, 12, 31)), sent=(9, 0)),
  frm=("Josh Whitaker", "josh@loomandlantern.co.uk"), date="2027-01-15 16:05", mua="gmail", quote="gmail",
  body="""Hi Priya,

Will go out with next week's payment run. Sorry for the wait.

Josh
Loom & Lantern – Accounts""",
  label=dict(kind="client-reply-promise", note="'next week's payment run' = promise, vague -> no promised_date."))

# en promise 2 — "can't before the 28th"
M(th=TH("tom", "Burren Cheese Co. Ltd", "final", D(2027, 1, 18), inv("INV-2026-069", 950.00, D(2026, 11, 6), D(2026, 12, 6)), sent=(9, 0)),
  frm=("Máire Ní Fhlaithearta", "maire@burrencheese.ie"), date="2027-01-18 18:20", tz=DUB, mua="gmail", quote="gmail",
  body="""Tom – we can't before the 28th. Cash is tight until the supermarket pays us for the Christmas hampers. I'll do it on the 28th, with the €40.

Máire""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-28", note="'can't before the 28th... I'll do it on the 28th' -> 28 Jan."))

# en promise 3 — "Friday at the latest"
M(th=TH("priya", "Greenway Cycles Ltd", "late_fee", D(2026, 12, 8), inv("PS-084", 640.00, D(2026, 11, 6), D(2026, 11, 21)), sent=(9, 0)),
  frm=("Dan Greenway", "dan@greenwaycycles.co.uk"), date="2026-12-09 07:58", mua="iphone", quote="apple",
  body="""Friday at the latest. Promise.
Dan

Sent from my iPhone""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-11", note="'Friday at the latest' on Wednesday 9 Dec -> 11 Dec."))

# en promise 4 — after the promise follow-up: end of the month
M(th=TH("priya", "Chalk & Cheese Events Ltd", "promise_followup", D(2027, 1, 18), inv("PS-088", 1850.00, D(2026, 11, 20), D(2026, 12, 20)),
        promise_date=D(2027, 1, 15), sent=(9, 0)),
  frm=("Hannah Price", "hannah@chalkandcheese-events.co.uk"), date="2027-01-19 12:44", mua="outlook", quote="outlook", re="RE: ",
  body="""Sorry Priya, we missed the 15th – the director who signs off payments has been off sick. It'll be the end of the month now, I promise, and I'll email you when it's gone.

Hannah""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-31", note="New date after the missed 15th: 'end of the month' on 19 Jan -> 31 Jan."))

# en promise 5 — instalments with dates
M(th=TH("priya", "Joanne Pike", "final", D(2027, 1, 21), inv("PS-090", 1150.00, D(2026, 11, 23), D(2026, 12, 23)), ckind="person", sent=(9, 0)),
  frm=("Joanne Pike", "joanne@littleacornsnursery.co.uk"), date="2027-01-22 21:10", mua="gmail", quote="gmail", mime="alt",
  body="""Dear Priya,

I'm so sorry it's come to this. I'm a very small business and January has been brutal – two staff off and the council funding late again.

Could I pay £400 on 1 February and the remaining balance on 1 March? I'd include the interest you've added. I know that's not ideal, but it's what I can honestly manage.

Best wishes,
Joanne
Little Acorns Nursery""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-01", amount="400.00", currency="GBP",
             note="Instalment proposal with dates: first £400 on 1 Feb -> promise for 2027-02-01."))

# en promise 6 — "Tomorrow first thing", Android
M(th=TH("tom", "Shannon Property Management Ltd", "promise_followup", D(2027, 2, 22), inv("INV-2026-079", 2214.00, D(2026, 12, 10), D(2027, 1, 9)), sent=(9, 0)),
  frm=("Fergal Hayes", "fergal@shannonpm.ie"), date="2027-02-22 18:06", tz=DUB, mua="android", quote="android",
  body="""Tomorrow first thing, apologies Tom.
Fergal

Sent from my Galaxy""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-23", note="'Tomorrow first thing' on 22 Feb -> 23 Feb."))

# en promise 7 — US AP: scheduled for the Net 45 run on 2/15
M(th=TH("tom", "Northwind Creative LLC", "late_fee", D(2027, 2, 2), inv("INV-2026-081", 3600.00, D(2026, 12, 18), D(2027, 1, 17)), fee=False, cur="USD", sent=(9, 0)),
  frm=("Marcus Webb", "payables@northwindcreative.com"), date="2027-02-03 11:20", tz="America/New_York", mua="outlook", quote="outlook_us", re="RE: ",
  body="""Hi Tom,

Your invoice has been approved and is scheduled for our Net 45 payment run on 2/15. You should see the ACH a day or two after that.

Best,
Marcus Webb
Accounts Payable | Northwind Creative LLC | Brooklyn, NY""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-15", note="'scheduled for our payment run on 2/15' (US date) -> 15 Feb 2027."))

# en promise 8 — "by the 5th" after the 5th has passed -> next month
M(th=TH("priya", "Bramble Kitchen Ltd", "final", D(2027, 1, 6), inv("PS-085", 780.00, D(2026, 11, 9), D(2026, 12, 9)), sent=(9, 0)),
  frm=("Ravi Menon", "ravi@bramblekitchen.co.uk"), date="2027-01-07 10:31", mua="gmail", quote="gmail",
  body="""Hi Priya,

Apologies for the radio silence over Christmas. We'll clear it by the 5th, interest and the £40 included.

Cheers,
Ravi""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-05", note="'by the 5th' written on 7 Jan: the 5th has passed -> 5 Feb."))

# en promise 9 — charity waiting for a grant (no date)
M(th=TH("tom", "Dublin Community Arts Collective CLG", "final", D(2026, 12, 2), inv("INV-2026-061", 1500.00, D(2026, 10, 1), D(2026, 10, 31)), sent=(9, 0)),
  frm=("Orla Byrne", "orla@dublincommunityarts.ie"), date="2026-12-03 11:55", tz=DUB, mua="thunderbird", quote="thunderbird",
  body="""Dear Tom,

I'm really sorry. We're waiting on our Arts Council grant drawdown, which has been delayed by the funder's own systems change. As soon as it lands we'll pay you straight away – you're at the top of the list.

Warm regards,
Orla Byrne (no relation!)
Coordinator, Dublin Community Arts Collective CLG
Registered Charity Number 20078812""",
  label=dict(kind="client-reply-promise", note="Will pay 'as soon as the grant lands': promise without a date."))

# en promise 10 — "Payment will be made today" (not yet made)
M(th=TH("priya", "Pemberton & Daughters Ltd", "late_fee", D(2027, 2, 9), inv("PS-093", 960.00, D(2026, 12, 14), D(2027, 1, 13)), sent=(9, 0)),
  frm=("Lisa Pemberton", "lisa@pembertonanddaughters.co.uk"), date="2027-02-10 09:40", mua="outlook", quote="outlook", re="RE: ",
  body="""Hi Priya,

Payment will be made today – I'm just waiting for the second signatory to approve it. I'll send you the remittance once it's through.

Kind regards,
Lisa""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-10", note="'will be made today' = promise for the same day, not paid yet."))

# en dispute 1 — pays £1,200, refuses interest and £70
M(th=TH("priya", "Seven Dials Coffee Ltd", "late_fee", D(2026, 12, 15), inv("PS-083", 1200.00, D(2026, 11, 2), D(2026, 12, 2)), sent=(9, 0)),
  frm=("Kit Fairbairn", "kit@sevendialscoffee.co.uk"), date="2026-12-16 13:15", mua="gmail", quote="gmail",
  body="""Hi Priya,

We've paid the £1,200 invoice today, but we won't be paying the £70 'compensation' or the interest. We never agreed to late fees and we're only a couple of weeks late.

Hope that's understood.
Kit""",
  label=dict(kind="client-reply-dispute", amount="1200.00", currency="GBP",
             note="Principal paid, statutory interest and £70 refused -> dispute."))

# en dispute 2 — solicitors dispute the whole debt, fresh mail
M(th=TH("priya", "Caldwell Logistics Ltd", "formal_notice", D(2027, 1, 25), inv("PS-080", 3600.00, D(2026, 10, 19), D(2026, 11, 18)), channel="letter",
        client_address=["Unit 12, Avonmouth Way", "Bristol BS11 9YA"], sent=(10, 0)),
  frm=("Thornbury Marsh Solicitors", "litigation@thornburymarsh.co.uk"), date="2027-02-05 16:02", mua="outlook", quote="none", no_thread=True,
  subj="Your ref: PS-080 – Caldwell Logistics Limited – response to letter before action", mime="alt",
  body="""Dear Madam,

We are instructed by Caldwell Logistics Limited in relation to your letter dated 25 January 2027 concerning invoice PS-080.

Our client disputes the sum claimed in its entirety. The copy delivered under the statement of work dated 2 September 2026 did not meet the agreed brief: the case studies were not approved by the named customers, as the brief required, and two of the five web pages were never delivered. Our client raised these points with you by email on 30 September and 14 October 2026 and received no substantive response.

It follows that no sum is due, and no statutory interest or fixed-sum compensation can accrue on a sum that is not owed.

Should you nonetheless issue proceedings, our client will defend them and will draw the court's attention to this correspondence. We remain willing to discuss a resolution, on the basis of a credit note for the undelivered work.

Yours faithfully,

Thornbury Marsh Solicitors
14 Berkeley Square, Bristol BS8 1HB

Thornbury Marsh is the trading name of Thornbury Marsh LLP, authorised and regulated by the Solicitors Regulation Authority.""",
  label=dict(kind="client-reply-dispute", reference="PS-080",
             note="Solicitors answering the letter before action: dispute the whole debt (work not delivered as agreed). Fresh mail."))

# en dispute 3 — offended, will pay the invoice but not the €40 / interest
M(th=TH("tom", "Atlantic Surf School Ltd", "final", D(2027, 1, 13), inv("INV-2026-066", 880.00, D(2026, 10, 28), D(2026, 11, 27)), sent=(9, 0)),
  frm=("Conor Flanagan", "conor@atlanticsurfschool.ie"), date="2027-01-13 19:40", tz=DUB, mua="iphone", quote="apple",
  body="""A "final notice before debt recovery"? Seriously, Tom? After three years working together?

I'll pay the invoice when I'm back from Portugal next week but I'm not paying a cent of that €40 or the interest. Petty.

Conor

Sent from my iPhone""",
  label=dict(kind="client-reply-dispute",
             note="Offended; will pay the principal later but refuses the €40 and the interest -> dispute (dispute wins over the vague promise)."))

# en dispute 4 — invoice doesn't match the PO
M(th=TH("priya", "Hollins Marketing Group Ltd", "late_fee", D(2026, 11, 23), inv("PS-078", 3600.00, D(2026, 10, 15), D(2026, 11, 14)), sent=(9, 0)),
  frm=("Accounts Payable – Hollins Marketing Group", "ap@hollinsgroup.co.uk"), date="2026-11-24 10:48", mua="outlook", quote="outlook", re="RE: ",
  cs="windows-1252", cte="qp",
  body="""Hi Priya,

The PO (4500018823) was raised for 10 days at £250/day; your invoice bills 12 days. Please reissue against the PO for the correct amount (£2,500 + VAT) and we'll process it in the next run.

We don't accept late payment charges on an invoice that doesn't match its PO.

Regards,
Nadia
Accounts Payable | Hollins Marketing Group Ltd""",
  label=dict(kind="client-reply-dispute", note="Invoice bills more days than the PO; asks for a reissue and rejects the charges -> dispute."))

# en dispute 5 — app still crashes; not paying until fixed
M(th=TH("tom", "Trailhead Apps Ltd", "suspension", D(2027, 2, 11), inv("INV-2026-077", 4305.00, D(2026, 12, 4), D(2027, 1, 3)), sent=(9, 0)),
  frm=("Eoin Walsh", "eoin@trailheadapps.ie"), date="2027-02-11 15:27", tz=DUB, mua="gmail", quote="gmail", mime="alt",
  body="""Tom,

The app still crashes on Android 14 as soon as you open the booking screen – I sent you the logs twice in January. We're not paying until it's fixed.

And please don't threaten to pull the Play Store listing, that's our account, not yours.

Eoin""",
  label=dict(kind="client-reply-dispute", note="Withholds payment until a defect is fixed; objects to the suspension."))

# en dispute 6 — duplicate of an invoice paid in October
M(th=TH("tom", "Riverbank Media Ltd", "final", D(2026, 12, 9), inv("INV-2026-065", 1230.00, D(2026, 10, 20), D(2026, 11, 19)), sent=(9, 0)),
  frm=("Ciara Lynch", "ciara@riverbankmedia.ie"), date="2026-12-10 11:06", tz=DUB, mua="outlook", quote="outlook", re="RE: ",
  body="""Hi Tom,

I think there's a mix-up. This is the same work (the autumn campaign banners) that we paid in October under INV-2026-058 – same description, same amount. Looks like a duplicate to me, so we won't be paying this one.

Can you check and cancel it?

Thanks,
Ciara""",
  label=dict(kind="client-reply-dispute",
             note="Claims the invoice duplicates INV-2026-058 already paid -> dispute (already billed). The only number named is the other invoice, so no reference."))

# en dispute 7 — wants a 15% credit note for late delivery
M(th=TH("priya", "Oakhurst Interiors Ltd", "final", D(2027, 2, 1), inv("PS-089", 2160.00, D(2026, 11, 30), D(2026, 12, 30)), sent=(9, 0)),
  frm=("Imogen Hart", "imogen@oakhurstinteriors.co.uk"), date="2027-02-02 09:55", mua="apple", quote="apple", cte="8bit",
  body="""Priya,

Given the copy for the new website was delivered two weeks after the launch date we'd agreed, we'd like a credit note for 15%. Once we have it, we'll pay the balance straight away.

Not interested in paying interest or compensation on top, obviously.

Imogen""",
  label=dict(kind="client-reply-dispute", note="Wants a 15% credit note for late delivery before paying; rejects fees -> dispute."))

# en dispute 8 — contract excludes the Act; pays principal on the 31st
M(th=TH("priya", "Kingsmere Facilities Management Ltd", "late_fee", D(2027, 1, 20), inv("PS-086", 4500.00, D(2026, 11, 16), D(2026, 12, 16)), sent=(9, 0)),
  frm=("Graham Ellis", "g.ellis@kingsmerefm.co.uk"), date="2027-01-21 14:30", mua="outlook", quote="outlook", re="RE: ", mime="alt",
  body="""Dear Priya,

Statutory interest under the Late Payment Act can only be claimed where the contract doesn't provide a substantial remedy for late payment. Clause 9 of our supplier terms, which you accepted with the purchase order, sets out our own late payment terms and excludes the Act.

We will pay the principal on the 31st, but the interest and the £70 are not accepted.

Regards,
Graham Ellis
Financial Controller | Kingsmere Facilities Management Ltd""",
  label=dict(kind="client-reply-dispute",
             note="Contests the statutory interest and £70 (contract clause); promises only the principal on the 31st -> dispute wins."))

# en dispute 9 — statement: one paid, one disputed
M(th=TH("tom", "Galway Bay Hotels Group Ltd", "statement", D(2027, 1, 26), None,
        invoices=[inv("INV-2026-075", 1476.00, D(2026, 11, 23), D(2026, 12, 23)), inv("INV-2026-078", 2460.00, D(2026, 12, 7), D(2027, 1, 6))],
        stsubj="Statement of open invoices: INV-2026-075, INV-2026-078", sent=(9, 0)),
  frm=("Emer Costello", "emer.costello@galwaybayhotels.ie"), date="2027-01-27 12:18", tz=DUB, mua="outlook", quote="outlook", re="RE: ",
  mime="mixed", att=[("Remittance_INV-2026-075.pdf", "application/pdf", "pdf")],
  body="""Hi Tom,

INV-2026-075 is paid – remittance attached (19 January). INV-2026-078 we dispute: the second round of revisions on the restaurant menus was never approved by us, so it shouldn't have been billed.

Happy to talk it through.

Regards,
Emer Costello
Group Marketing | Galway Bay Hotels""",
  label=dict(kind="client-reply-dispute", note="Statement of two: one paid (remittance attached), one disputed -> dispute."))

# en dispute 10 — partial payment, balance on hold until source files delivered
M(th=TH("tom", "Copperleaf Studios Inc.", "final", D(2027, 2, 16), inv("INV-2026-084", 3000.00, D(2026, 12, 10), D(2027, 1, 9)), fee=False, cur="USD", sent=(9, 0)),
  frm=("Jess Moreno", "jess@copperleafstudios.com"), date="2027-02-16 08:45", tz="America/Los_Angeles", mua="gmail", quote="gmail",
  body="""Tom – partial payment of $1,500 sent via Wise today. The balance is on hold until you deliver the final layered source files (PSD/AI) that were in the scope. Once we have them, the rest goes out same day.

– Jess""",
  label=dict(kind="client-reply-dispute", amount="1500.00", currency="USD",
             note="Partial payment; the rest withheld until deliverables arrive -> dispute."))

# en dispute 11 — don't suspend in Christmas week; questions the hours billed
M(th=TH("priya", "Ridgeway Garden Centre Ltd", "suspension", D(2026, 12, 21), inv("PS-081", 1440.00, D(2026, 10, 30), D(2026, 11, 29)), sent=(9, 0)),
  frm=("Malcolm Reid", "malcolm@ridgewaygardencentre.co.uk"), date="2026-12-22 08:12", mua="thunderbird", quote="thunderbird",
  body="""Priya,

You can't suspend the blog and newsletter the week before Christmas – that's our busiest online week, and frankly it would be holding us to ransom.

And I'd question the invoice anyway: 12 hours of "content updates" in October, when I didn't see a single new post go up. I'm not paying it as it stands. Send me a breakdown of what was actually done.

Malcolm Reid
Ridgeway Garden Centre""",
  label=dict(kind="client-reply-dispute", note="Objects to the suspension and contests the hours billed; refuses to pay as it stands."))

# en dispute 12 — short: no interest, principal on its way
M(th=TH("tom", "Dunmore Brewing Co. Ltd", "late_fee", D(2027, 2, 17), inv("INV-2026-082", 2706.00, D(2026, 12, 15), D(2027, 1, 14)), sent=(9, 0)),
  frm=("Brian Dunne", "brian@dunmorebrewing.ie"), date="2027-02-18 10:02", tz=DUB, mua="android", quote="none",
  body="""Not paying the interest or the €70. Principal is on its way.
Brian""",
  label=dict(kind="client-reply-dispute", note="Two lines: refuses interest and €70, principal 'on its way' -> dispute."))

# en other 1 — new finance officer: who should I speak to?
M(th=TH("priya", "Whitfield Academy Trust", "final", D(2026, 12, 3), inv("PS-077", 850.00, D(2026, 10, 2), D(2026, 11, 1)), sent=(9, 0)),
  frm=("Sophie Adeyemi", "s.adeyemi@whitfieldacademy.org.uk"), date="2026-12-04 11:40", mua="outlook", quote="outlook", re="RE: ",
  body="""Hello Priya,

I've just started as finance officer and I can't find this invoice anywhere on our system. Who should I speak to about this? Do you know who commissioned the work on our side?

Many thanks,
Sophie Adeyemi
Finance Officer | Whitfield Academy Trust""",
  label=dict(kind="client-reply-other", note="New finance officer can't find the invoice and asks who to talk to."))

# en other 2 — instalments, no dates
M(th=TH("tom", "Kinsale Sailing Club", "final", D(2027, 1, 27), inv("INV-2026-073", 1107.00, D(2026, 11, 18), D(2026, 12, 18)), sent=(9, 0)),
  frm=("Pat O'Sullivan", "treasurer@kinsalesailingclub.ie"), date="2027-01-28 20:15", tz=DUB, mua="gmail", quote="gmail",
  body="""Hi Tom,

Would it be possible to pay this in instalments? The club's a bit stretched after the winter works on the slipway. Happy to discuss whatever suits you.

Regards,
Pat O'Sullivan
Hon. Treasurer""",
  label=dict(kind="client-reply-other", note="Asks for instalments without dates -> other."))

# en other 3 — needs a PO number and the supplier portal
M(th=TH("priya", "Vantage Insurance Services plc", "late_fee", D(2026, 11, 18), inv("PS-076", 1920.00, D(2026, 10, 5), D(2026, 11, 4)), sent=(9, 0)),
  frm=("Accounts Payable Team", "accounts.payable@vantage-insurance.co.uk"), date="2026-11-19 09:22", mua="outlook", quote="outlook", re="RE: ",
  mime="alt", cs="windows-1252", cte="qp",
  body="""Hi Priya,

We can't process this without a valid PO number on the invoice. Please reissue it quoting PO 7100-88213 and submit it via our supplier portal (Coupa) – invoices sent by email are not processed.

Thanks,
Accounts Payable Team
Vantage Insurance Services plc

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Vantage Insurance Services plc is authorised and regulated by the Financial Conduct Authority.""",
  label=dict(kind="client-reply-other", note="Needs a PO number and submission via the supplier portal: procedural, no claim."))

# en other 4 — received, passed to accounts (cc'd)
M(th=TH("tom", "Brennan Architects Ltd", "late_fee", D(2026, 12, 4), inv("INV-2026-070", 1353.00, D(2026, 10, 31), D(2026, 11, 30)), sent=(9, 0)),
  frm=("Sinéad Brennan", "sinead@brennanarchitects.ie"), date="2026-12-04 12:03", tz=DUB, mua="apple", quote="apple",
  cc=[("Brennan Architects Accounts", "accounts@brennanarchitects.ie")],
  body="""Received, thanks Tom – I've passed this to our accounts team (cc'd).

Best,
Sinéad""",
  label=dict(kind="client-reply-other", note="'Received, passed to accounts' -> other."))

# en other 5 — suspicious bank-change email
M(th=TH("priya", "Foxglove Publishing Ltd", "late_fee", D(2027, 2, 15), inv("PS-092", 1080.00, D(2026, 12, 18), D(2027, 1, 17)), sent=(9, 0)),
  frm=("Ellen Marsh", "ellen@foxglovepublishing.co.uk"), date="2027-02-16 10:10", mua="gmail", quote="gmail",
  body="""Hi Priya,

Before we pay – we received an email last week, apparently from you, saying your bank details had changed to an account with a different bank. Can you confirm by phone which account is correct? We've been caught out before.

Thanks,
Ellen""",
  label=dict(kind="client-reply-other", note="Wants to confirm bank details by phone before paying (possible fraud). Question."))

# en other 6 — call tomorrow?
M(th=TH("tom", "Hooked Seafood Restaurant Ltd", "final", D(2027, 2, 19), inv("INV-2026-085", 615.00, D(2026, 12, 18), D(2027, 1, 17)), sent=(9, 0)),
  frm=("Gary Keane", "gary@hookedseafood.ie"), date="2027-02-19 15:33", tz=DUB, mua="iphone", quote="none",
  body="""Tom, can we hop on a call tomorrow about this? 10am suit? I'd rather talk than email.

Gary""",
  label=dict(kind="client-reply-other", note="Asks for a call."))

# en other 7 — forwards to a colleague: "didn't we pay this?"
M(th=TH("priya", "Marston Vale Brewery Ltd", "promise_followup", D(2026, 12, 11), inv("PS-075", 720.00, D(2026, 10, 1), D(2026, 10, 31)),
        promise_date=D(2026, 12, 9), sent=(9, 0), to="sam@marstonvalebrewery.co.uk", to_line="Sam Porter <sam@marstonvalebrewery.co.uk>"),
  frm=("Sam Porter", "sam@marstonvalebrewery.co.uk"), date="2026-12-11 14:52", mua="outlook", quote="outlook", re="FW: ",
  to="Dave Collins <dave@marstonvalebrewery.co.uk>", cc=[("Priya Shah", "priya@shahcopy.co.uk")],
  body="""Dave – didn't we pay this? I thought you did it last week. Can you check and reply to Priya directly please?

Cheers,
Sam""",
  label=dict(kind="client-reply-other", note="Forward to a colleague with the freelancer cc'd: uncertain ('didn't we pay this?'), no claim."))

# en other 8 — new accountant asks for a statement and copies
M(th=TH("tom", "Ferris Wheel Toys Ltd", "statement", D(2027, 2, 8), None,
        invoices=[inv("INV-2026-076", 984.00, D(2026, 11, 24), D(2026, 12, 24)), inv("INV-2026-086", 1722.00, D(2026, 12, 21), D(2027, 1, 20))],
        stsubj="Statement of open invoices: INV-2026-076, INV-2026-086", sent=(9, 0)),
  frm=("Martin Doyle", "martin@doyleandco.ie"), date="2027-02-09 16:25", tz=DUB, mua="outlook", quote="outlook", re="RE: ",
  cc=[("Ferris Wheel Toys", "hello@ferriswheeltoys.ie")],
  body="""Dear Tom,

I've recently taken over the bookkeeping for Ferris Wheel Toys from their previous accountant. Could you send me a statement of all open invoices together with copies, and confirm whether the interest figures are subject to VAT? I'll review and revert.

Kind regards,
Martin Doyle ACA
Doyle & Co. Chartered Accountants, Kilkenny""",
  label=dict(kind="client-reply-other", note="New accountant for the client asks for copies and a statement; no claim."))

if __name__ == "__main__":
    main()
