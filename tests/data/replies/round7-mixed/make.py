#!/usr/bin/env python3
"""Round 7, mixed-language test mail for mailduns (writer: round7-mixed, prefix r7x).

Generates r7x-NNNN.eml and labels.toml in this directory, then re-parses every file as a sanity check.
Python 3.11, stdlib only.  Every client text below was written by hand; the quoted reminders are filled
in from the mailduns templates (templates/{it,es,en}/*.txt.j2) by the small helpers at the top.
"""
import base64
import hashlib
import html
html.escape_ = lambda s: html.escape(s, quote=False)
import os
import quopri
import random
import struct
import sys
import zlib
from collections import Counter
from datetime import datetime, timedelta
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo
import email
import email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r7x"

# ---------------------------------------------------------------------------------------------------
# The freelancers (mailbox owners)
# ---------------------------------------------------------------------------------------------------
OWNERS = {
    "ale": dict(name="Alessandra Rossi", addr="alessandra@example.it", lang="it", tz="Europe/Rome",
                beneficiary="Alessandra Rossi", iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX",
                ref="Fattura {n}"),
    "matteo": dict(name="Matteo Galli", addr="matteo.galli@studiogalli.it", lang="it", tz="Europe/Rome",
                   beneficiary="Studio Galli di Matteo Galli", iban="IT02 L030 6909 6061 0000 0012 345",
                   bic="BCITITMM", ref="Fattura {n}"),
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
                  beneficiary="Lucía Martín Gómez", iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX",
                  ref="Factura {n}"),
    "jordi": dict(name="Jordi Puig", addr="jordi@puigfoto.cat", lang="es", tz="Europe/Madrid",
                  beneficiary="Jordi Puig i Serra", iban="ES76 0081 0200 1100 0123 4567", bic="BSABESBBXXX",
                  ref="Factura {n}"),
    "tom": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                beneficiary="Byrne Design", iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", ref="{n}"),
    "sarah": dict(name="Sarah Whitfield", addr="sarah@whitfieldcopy.co.uk", lang="en", tz="Europe/London",
                  beneficiary="Whitfield Copy Ltd", iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22", ref="{n}"),
    "megan": dict(name="Megan Hale", addr="megan@halestudio.com", lang="en", tz="America/New_York",
                  beneficiary="Hale Studio LLC", iban=None, bic=None, ref="{n}",
                  link="https://pay.halestudio.com/i/{n}"),
}

SYM = {"EUR": "€", "GBP": "£", "USD": "$"}


def fmt_amount(lang, amt, cur="EUR"):
    s = f"{Decimal(amt):,.2f}"
    if lang in ("it", "es"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{s} {SYM[cur]}" if cur == "EUR" else f"{s} {cur}"
    if cur == "USD":
        return f"${s}"
    return f"{SYM[cur]}{s}"


MONTHS = {
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "ca": ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol", "d'agost",
           "de setembre", "d'octubre", "de novembre", "de desembre"],
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
}
MON_ABBR = {
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "es": "ene feb mar abr may jun jul ago sept oct nov dic".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split(),
    "ca": "de gen. de febr. de març d’abr. de maig de juny de jul. d’ag. de set. d’oct. de nov. de des.".split(),
    "ro": "ian. feb. mar. apr. mai iun. iul. aug. sept. oct. nov. dec.".split(),
}
DAYS = {
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "ca": "dilluns dimarts dimecres dijous divendres dissabte diumenge".split(),
    "ro": "luni marți miercuri joi vineri sâmbătă duminică".split(),
}
DAY_ABBR = {
    "it": "lun mar mer gio ven sab dom".split(),
    "es": "lun mar mié jue vie sáb dom".split(),
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "pt": "seg. ter. qua. qui. sex. sáb. dom.".split(),
    "ca": "dl. dt. dc. dj. dv. ds. dg.".split(),
    "ro": "lun. mar. mie. joi vin. sâm. dum.".split(),
    "zh": "一 二 三 四 五 六 日".split(),
}


def d(s):
    """'2026-11-12' -> date"""
    return datetime.strptime(s, "%Y-%m-%d").date()


def long_date(lang, dt):
    m = MONTHS[lang][dt.month - 1]
    if lang == "it":
        return f"{dt.day} {m} {dt.year}"
    if lang == "es":
        return f"{dt.day} de {m} de {dt.year}"
    return f"{dt.day} {m} {dt.year}"


def il(dt):
    s = long_date("it", dt)
    return ("l'" if dt.day in (1, 8, 11) else "il ") + s


# ---------------------------------------------------------------------------------------------------
# Reminders, as mailduns writes them (filled-in templates)
# ---------------------------------------------------------------------------------------------------
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
            if first in ("sra.", "sra", "dña.", "doña"):
                return f"Estimada {name}:"
            if first in ("sr.", "sr", "d.", "don"):
                return f"Estimado {name}:"
            return f"Buenos días, {name}:"
        return "Buenos días:"
    if kind == "person" and name:
        return f"Dear {name},"
    if kind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def payment_block(lang, o, n):
    ref = o["ref"].format(n=n)
    if lang == "it":
        out = ["Per il pagamento:", f"- beneficiario: {o['beneficiary']}", f"- IBAN: {o['iban']}"]
        if o.get("bic"):
            out.append(f"- BIC: {o['bic']}")
        out.append(f"- causale: {ref}")
    elif lang == "es":
        out = ["Datos para el pago:", f"- beneficiario: {o['beneficiary']}", f"- IBAN: {o['iban']}"]
        if o.get("bic"):
            out.append(f"- BIC: {o['bic']}")
        out.append(f"- concepto: {ref}")
    else:
        out = ["Payment details:", f"- Account name: {o['beneficiary']}"]
        if o.get("iban"):
            out += [f"- IBAN: {o['iban']}"]
            if o.get("bic"):
                out.append(f"- BIC (SWIFT): {o['bic']}")
            out.append(f"- Payment reference: {ref}")
        if o.get("link"):
            out.append(f"- Pay online: {o['link'].format(n=n)}")
    return "\n".join(out)


def fee_block(lang, amt, cur, due, today, rate="10,15%"):
    a = Decimal(amt)
    days = (today - due).days
    interest = (a * Decimal("0.1015") * days / 365).quantize(Decimal("0.01"))
    tot = a + interest + 40
    if lang == "it":
        return ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
                "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
                f"interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
                f"percentuali, attualmente {rate} annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di "
                "risarcimento dei costi di recupero (art. 6).\n\n"
                "Ad oggi l'importo dovuto è il seguente:\n"
                f"- fattura: {fmt_amount('it', amt)}\n"
                f"- interessi di mora per {days} giorni al {rate}: {fmt_amount('it', interest)}\n"
                f"- risarcimento costi di recupero: 40,00 €\n"
                f"- totale: {fmt_amount('it', tot)}\n")
    if lang == "es":
        return ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que "
                "se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva "
                "2011/7/UE). Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de "
                "demora al tipo legal: el tipo del Banco Central Europeo para sus operaciones principales de "
                f"financiación más ocho puntos porcentuales, actualmente el {rate} anual (arts. 5 y 7). A la deuda se "
                "añade, además, una cantidad fija de 40,00 € en concepto de indemnización por costes de cobro (art. 8).\n\n\n"
                "A día de hoy, el importe adeudado es el siguiente:\n"
                f"- factura: {fmt_amount('es', amt)}\n"
                f"- intereses de demora ({days} días al {rate}): {fmt_amount('es', interest)}\n"
                f"- indemnización por costes de cobro: 40,00 €\n"
                f"- total: {fmt_amount('es', tot)}\n")
    if cur == "GBP":
        comp = "£70.00" if a >= 1000 else "£40.00"
        tot = a + interest + Decimal(comp[1:])
        return ("As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
                "applies: statutory interest runs from the day after the due date at 12.00% a year (8% over the Bank "
                f"of England base rate in force when the debt fell due), and a fixed sum of {comp} is due for the costs "
                "of recovering the debt (section 5A).\n\n"
                f"The amount due as at {long_date('en', today)} (interest continues to run until payment) is:\n"
                f"- invoice: {fmt_amount('en', amt, cur)}\n"
                f"- interest for {days} days at 12.00%: {fmt_amount('en', interest, cur)}\n"
                f"- fixed sum (s. 5A): {comp}\n"
                f"- total: {fmt_amount('en', tot, cur)}\n")
    return ("As this is a commercial transaction, the European Communities (Late Payment in Commercial Transactions) "
            "Regulations 2012 apply: late payment interest runs from the day after the due date at 10.15% a year "
            "(the European Central Bank's main refinancing rate plus 8 percentage points), and €40.00 is due as "
            "compensation for recovery costs (Regulation 9).\n\n"
            f"The amount due as at {long_date('en', today)} (interest continues to run until payment) is:\n"
            f"- invoice: {fmt_amount('en', amt, cur)}\n"
            f"- interest for {days} days at 10.15%: {fmt_amount('en', interest, cur)}\n"
            f"- compensation for recovery costs: €40.00\n"
            f"- total: {fmt_amount('en', tot, cur)}\n")


def reminder_text(o, lang, step, n, amt, cur, due, sent, name=None, kind=None, issue=None, deadline=None,
                  promise=None, fees=False):
    """The body mailduns sent, filled in from the templates."""
    A = fmt_amount(lang, amt, cur) if amt else None
    sal = salutation(lang, name, kind)
    pay = payment_block(lang, o, n)
    today = sent.date()
    late = (today - due).days
    deadline = deadline or (today + timedelta(days=10))
    if lang == "it":
        di = f" di {A}" if A else ""
        if step == "courtesy":
            em = f", emessa {il(issue)}," if issue else ""
            body = (f"un breve promemoria: la fattura n. {n}{di}{em} è in scadenza {il(due)}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "due":
            if late > 0:
                first = (f"un promemoria: la fattura n. {n}{di} è scaduta {il(due)}. Se il pagamento non è ancora stato "
                         "disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
            else:
                first = f"un promemoria: la fattura n. {n}{di} è in scadenza oggi, {long_date('it', due)}."
            body = (f"{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo "
                    f"messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "reminder":
            f = ("\n\n" + fee_block("it", amt, cur, due, today)) if fees else ""
            body = (f"da un controllo la fattura n. {n}{di}, scaduta {il(due)}, risulta ancora da saldare. Potrebbe "
                    "trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile."
                    f"{f}\n\nSe il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così "
                    "posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è "
                    "qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email."
                    f"\n\n{pay}")
        elif step == "late_fee":
            f = ("\n\n" + fee_block("it", amt, cur, due, today)) if fees else ""
            gg = f": sono trascorsi {late} giorni dalla scadenza" if late > 1 else ""
            body = (f"la fattura n. {n}{di}, scaduta {il(due)}, risulta ancora da saldare{gg}.{f}\n\n"
                    f"Chiedo cortesemente di provvedere al pagamento{' dell' + chr(39) + 'importo totale' if fees else ''} "
                    f"entro {il(deadline)}. Se il pagamento è già stato disposto, basta rispondere indicando la data del "
                    "bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una "
                    f"soluzione: basta rispondere a questa email.\n\n{pay}")
        elif step == "promise_followup":
            if promise:
                first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {n}{di} sarebbe stato "
                         f"effettuato entro {il(promise)}.")
            else:
                first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {n}{di}, scaduta "
                         f"{il(due)}.")
            body = (f"{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta "
                    "rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di "
                    f"farmi sapere entro quando posso aspettarlo.\n\n{pay}")
        elif step == "final":
            f = ("\n\n" + fee_block("it", amt, cur, due, today)) if fees else ""
            em = f" {'dell' + chr(39) if issue.day in (1, 8, 11) else 'del '}{long_date('it', issue)}" if issue else ""
            what = "dell'importo totale sopra indicato" if fees else (f"di {A}" if A else "dell'importo dovuto")
            return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {n}{em}\n\n{sal}\n\n"
                    f"la fattura n. {n}{di}, scaduta {il(due)}, risulta ancora da saldare nonostante i precedenti "
                    f"solleciti.{f}\n\nCon la presente chiedo formalmente il pagamento {what} entro {il(deadline)}. La "
                    "presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice "
                    "civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro "
                    "diritto.\n\nIn mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del "
                    "credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le "
                    "relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un "
                    "piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa "
                    "data.\n\nQualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di "
                    f"indicarmi la data del bonifico, così da poterlo verificare.\n\n{pay}\n\nCordiali saluti,\n{o['name']}")
        else:
            raise ValueError(step)
        return f"{sal}\n\n{body}\n\nCordiali saluti,\n{o['name']}"
    if lang == "es":
        de = f" de {A}" if A else ""
        dd = lambda x: long_date("es", x)
        if step == "courtesy":
            em = f", emitida el {dd(issue)}," if issue else ""
            body = (f"Un breve recordatorio: la factura n.º {n}{de}{em} vence el {dd(due)}.\n\n"
                    "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        elif step == "due":
            if late > 0:
                first = (f"La factura n.º {n}{de} venció el {dd(due)} y, según mis registros, el pago aún no consta. "
                         "Agradecería que se tramitara en los próximos días.")
            else:
                first = f"La factura n.º {n}{de} vence hoy, {dd(due)}."
            body = (f"{first}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        elif step == "reminder":
            f = ("\n\n" + fee_block("es", amt, cur, due, today)) if fees else ""
            body = (f"Revisando mis cuentas, veo que la factura n.º {n}{de}, vencida el {dd(due)}, sigue pendiente de "
                    "pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea "
                    f"posible.{f}\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando "
                    "la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la "
                    f"factura, podemos aclararlo por esta misma vía.\n\n{pay}")
        elif step == "late_fee":
            f = ("\n\n" + fee_block("es", amt, cur, due, today)) if fees else ""
            hace = f", hace {late} días," if late > 1 else ""
            body = (f"La factura n.º {n}{de} venció el {dd(due)}{hace} y sigue pendiente de pago.{f}\n\n"
                    f"Ruego que el pago{de} se realice a más tardar el {dd(deadline)}. Si ya está en curso, muchas "
                    "gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la "
                    f"factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n{pay}")
        elif step == "promise_followup":
            if promise:
                first = (f"Según su último mensaje, el pago de la factura n.º {n}{de} se realizaría a más tardar el "
                         f"{dd(promise)}; gracias de nuevo por la información.")
            else:
                first = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {n}{de}, vencida el "
                         f"{dd(due)}.")
            body = (f"{first}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta "
                    "con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil "
                    f"saber para cuándo puedo contar con él.\n\n{pay}")
        elif step == "final":
            em = f", emitida el {dd(issue)}," if issue else ""
            return (f"Asunto: Requerimiento de pago de la factura n.º {n}\n\n{sal}\n\n"
                    f"La factura n.º {n}{em} venció el {dd(due)} y, pese a los recordatorios enviados anteriormente, "
                    f"sigue pendiente de pago por un importe de {A}.\n\n"
                    f"Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de "
                    f"{A} a más tardar el {dd(deadline)}.\n\nMi intención es resolver este asunto de forma amistosa. Por "
                    "ello, esta comunicación es también una invitación formal a negociar una solución, a los efectos de la "
                    "Ley Orgánica 1/2025, de 2 de enero, de medidas en materia de eficiencia del Servicio Público de "
                    "Justicia: si existe algún motivo para el retraso, alguna discrepancia con la factura o la necesidad de "
                    "un calendario de pagos, basta con responder a este correo.\n\n"
                    f"Si para el {dd(deadline)} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar "
                    "a la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría "
                    "sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los últimos días, muchas gracias, y "
                    "disculpas por las molestias: en ese caso, basta una breve respuesta con la fecha de la transferencia."
                    f"\n\n{pay}\n\nAtentamente,\n{o['name']}")
        else:
            raise ValueError(step)
        return f"{sal}\n\n{body}\n\nUn cordial saludo,\n{o['name']}"
    # English
    fo = f" for {A}" if A else ""
    dd = lambda x: long_date("en", x)
    if step == "courtesy":
        em = f", issued on {dd(issue)}," if issue else ""
        body = (f"This is a friendly reminder that invoice {n}{fo}{em} is due for payment on {dd(due)}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif step == "due":
        if late > 0:
            first = (f"This is a quick reminder that invoice {n}{fo} was due for payment on {dd(due)}. If it has not been "
                     "paid yet, I would be grateful if you could arrange payment in the next few days.")
        else:
            first = f"This is a quick reminder that invoice {n}{fo} is due for payment today, {dd(due)}."
        body = (f"{first}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n{pay}\n\n"
                "If you have any questions, just reply to this email.")
    elif step == "reminder":
        f = ("\n\n" + fee_block("en", amt, cur, due, today)) if fees else ""
        body = (f"According to my records, invoice {n}{fo}, due on {dd(due)}, has not yet been paid. It may simply have "
                "been overlooked, so I would be grateful if you could arrange payment at your earliest convenience."
                f"{f}\n\nIf you have already paid, thank you – please let me know the payment date so that I can update "
                "my records. If there is a problem with the invoice, please reply to this email and we can sort it out."
                f"\n\n{pay}")
    elif step == "late_fee":
        f = ("\n\n" + fee_block("en", amt, cur, due, today)) if fees else ""
        st = f"is now {late} days overdue" if late > 1 else "has not yet been paid"
        body = (f"Invoice {n}{fo}, due on {dd(due)}, {st}.{f}\n\n"
                f"Please arrange payment{' of the total above' if fees else ''} by {dd(deadline)}. If payment is already "
                "on its way, thank you – please let me know the date it was made. If there is a problem with the invoice "
                f"or with the timing, please reply to this email and we can find a solution.\n\n{pay}")
    elif step == "promise_followup":
        if promise:
            first = f"Thank you for letting me know that invoice {n}{fo} would be paid by {dd(promise)}."
        else:
            first = f"Thank you for your earlier message about invoice {n}{fo}, which was due on {dd(due)}."
        body = (f"{first}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let me "
                f"know the date it was made. If you need a little more time, could you let me know when I can expect it?"
                f"\n\n{pay}")
    elif step == "final":
        f = ("\n\n" + fee_block("en", amt, cur, due, today)) if fees else ""
        fsal = f"Dear {name}," if (kind == "person" and name) else "Dear Sir or Madam,"
        close = "Yours sincerely," if (kind == "person" and name) else "Yours faithfully,"
        em = f", issued on {dd(issue)}" if issue else ""
        to = f"To: {name}\n" if name else ""
        return (f"Final notice before debt recovery\n\n{to}Date: {dd(today)}\nInvoice: {n}{em}, due on {dd(due)}\n"
                f"Amount due: {A}\nPayment deadline: {dd(deadline)}\n\n{fsal}\n\n"
                f"Despite my previous reminders, invoice {n}{fo}, which was due for payment on {dd(due)}, remains unpaid."
                f"{f}\n\nI therefore formally request payment of {'the total above' if fees else A} by {dd(deadline)}.\n\n"
                "If payment is not received by that date, I intend to take steps to recover the debt. These may include "
                "referring the matter to a debt collection agency or a solicitor and, if necessary, starting court "
                "proceedings.\n\nI would much rather resolve this with you directly. If there is a reason for the delay, "
                f"or if you would like to propose a payment plan, please reply to this email before {dd(deadline)}.\n\n"
                "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would "
                "help if you could let me know the payment date so that I can update my records.\n\n"
                f"{pay}\n\n{close}\n{o['name']}")
    else:
        raise ValueError(step)
    return f"{sal}\n\n{body}\n\nKind regards,\n{o['name']}"


REM_SUBJ = {
    "it": {"courtesy": "Promemoria: fattura n. {n} in scadenza", "due": "Fattura n. {n} in scadenza",
           "reminder": "Sollecito: fattura n. {n}", "late_fee": "Secondo sollecito: fattura n. {n}",
           "promise_followup": "Fattura n. {n} – aggiornamento sul pagamento",
           "final": "Diffida di pagamento – fattura n. {n}"},
    "es": {"courtesy": "Recordatorio: factura n.º {n}", "due": "Factura n.º {n}: vencimiento",
           "reminder": "Factura n.º {n} pendiente de pago", "late_fee": "Segundo aviso: factura n.º {n}",
           "promise_followup": "Factura n.º {n}: seguimiento del pago",
           "final": "Requerimiento de pago de la factura n.º {n}"},
    "en": {"courtesy": "Friendly reminder: invoice {n}", "due": "Invoice {n} due", "reminder": "Overdue invoice {n}",
           "late_fee": "Invoice {n} – second reminder", "promise_followup": "Invoice {n} – following up",
           "final": "Final notice: invoice {n}"},
}

# ---------------------------------------------------------------------------------------------------
# Quoting, as the clients' mail programs do it
# ---------------------------------------------------------------------------------------------------


def attribution(style, mua, when, name, addr):
    D, Mo = DAY_ABBR.get(mua, DAY_ABBR["en"]), MON_ABBR.get(mua, MON_ABBR["en"])
    wd, day, mon, yr = when.weekday(), when.day, when.month - 1, when.year
    hm = when.strftime("%H:%M")
    hm1 = f"{when.hour}:{when.minute:02d}"
    if style == "gmail":
        return {
            "it": f"Il giorno {D[wd]} {day} {Mo[mon]} {yr} alle ore {hm} {name} <{addr}> ha scritto:",
            "es": f"El {D[wd]}, {day} {Mo[mon]} {yr} a las {hm1}, {name} (<{addr}>) escribió:",
            "en": f"On {D[wd]}, {day} {Mo[mon]} {yr} at {hm}, {name} <{addr}> wrote:",
            "fr": f"Le {D[wd]} {day} {Mo[mon]} {yr} à {hm}, {name} <{addr}> a écrit :",
            "de": f"Am {D[wd]}, {day}. {Mo[mon]} {yr} um {hm} Uhr schrieb {name} <{addr}>:",
            "pt": f"Em {D[wd]}, {day} de {Mo[mon]} de {yr} às {hm}, {name} <{addr}> escreveu:",
            "ca": f"El {D[wd]}, {day} {Mo[mon]} {yr} a les {hm1}, {name} (<{addr}>) va escriure:",
            "ro": f"În {D[wd]}, {day} {Mo[mon]} {yr} la {hm}, {name} <{addr}> a scris:",
            "zh": f"{name} <{addr}> 于{yr}年{mon + 1}月{day}日周{D[wd]} {hm}写道：",
            "us": f"On {D[wd]}, {Mo[mon]} {day}, {yr} at {when.strftime('%-I:%M %p')} {name} <{addr}> wrote:",
        }[mua]
    if style == "apple":
        return {
            "it": f"Il giorno {day} {Mo[mon]} {yr}, alle ore {hm}, {name} <{addr}> ha scritto:",
            "es": f"El {day} {Mo[mon]} {yr}, a las {hm1}, {name} <{addr}> escribió:",
            "en": f"On {day} {Mo[mon]} {yr}, at {hm}, {name} <{addr}> wrote:",
            "us": f"On {Mo[mon]} {day}, {yr}, at {when.strftime('%-I:%M %p')}, {name} <{addr}> wrote:",
            "fr": f"Le {day} {Mo[mon]} {yr} à {hm}, {name} <{addr}> a écrit :",
            "de": f"Am {day:02d}.{mon + 1:02d}.{yr} um {hm} schrieb {name} <{addr}>:",
            "pt": f"No dia {day:02d}/{mon + 1:02d}/{yr}, às {hm}, {name} <{addr}> escreveu:",
            "ca": f"El {day} {Mo[mon]} {yr}, a les {hm1}, {name} <{addr}> va escriure:",
        }[mua]
    raise ValueError(style)


def outlook_block(mua, when, frm, to, subject, cc=None):
    Dl, Ml = DAYS.get(mua, DAYS["en"]), MONTHS.get(mua, MONTHS["en"])
    wd, day, mon, yr = when.weekday(), when.day, when.month - 1, when.year
    hm = when.strftime("%H:%M")
    if mua == "it":
        lines = [f"Da: {frm}", f"Inviato: {Dl[wd]} {day} {Ml[mon]} {yr} {hm}", f"A: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Oggetto: {subject}")
    elif mua == "es":
        lines = [f"De: {frm}", f"Enviado el: {Dl[wd]}, {day} de {Ml[mon]} de {yr} {when.hour}:{when.minute:02d}",
                 f"Para: {to}"]
        if cc:
            lines.append(f"CC: {cc}")
        lines.append(f"Asunto: {subject}")
    elif mua == "de":
        lines = [f"Von: {frm}", f"Gesendet: {Dl[wd]}, {day}. {Ml[mon]} {yr} {hm}", f"An: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Betreff: {subject}")
    elif mua == "fr":
        lines = [f"De : {frm}", f"Envoyé : {Dl[wd]} {day} {Ml[mon]} {yr} {hm}", f"À : {to}"]
        if cc:
            lines.append(f"Cc : {cc}")
        lines.append(f"Objet : {subject}")
    elif mua == "pt":
        lines = [f"De: {frm}", f"Enviada: {Dl[wd]}, {day} de {Ml[mon]} de {yr} {hm}", f"Para: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Assunto: {subject}")
    elif mua == "ca":
        lines = [f"De: {frm}", f"Enviat el: {Dl[wd]}, {day} {Ml[mon]} de {yr} {hm}", f"Per a: {to}"]
        lines.append(f"Tema: {subject}")
    elif mua == "us":
        lines = [f"From: {frm}", f"Sent: {DAYS['en'][wd]}, {MONTHS['en'][mon]} {day}, {yr} "
                 f"{when.strftime('%-I:%M %p')}", f"To: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Subject: {subject}")
    else:
        lines = [f"From: {frm}", f"Sent: {DAYS['en'][wd]}, {day} {MONTHS['en'][mon]} {yr} {hm}", f"To: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def to_html_paras(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<div>" + "<br>\n".join(html.escape_(l) for l in para.split("\n")) + "</div>")
    return "\n<div><br></div>\n".join(out)


def outlook_html_paras(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        for l in para.split("\n"):
            out.append(f'<p class="MsoNormal"><span lang="IT">{html.escape_(l) or "&nbsp;"}</span></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------
# MIME: a tiny serializer that gives full control over charsets and transfer encodings
# ---------------------------------------------------------------------------------------------------
class Part:
    def __init__(self, ctype, text=None, data=None, charset="utf-8", cte=None, params=None, filename=None,
                 disposition=None, headers=None, children=None, codec=None):
        self.ctype, self.text, self.data, self.charset, self.cte = ctype, text, data, charset, cte
        self.params, self.filename, self.disposition = params or {}, filename, disposition
        self.headers, self.children, self.codec = headers or [], children, codec


def leaf(ctype, text=None, **kw):
    return Part(ctype, text=text, **kw)


def multi(subtype, children, **params):
    return Part("multipart/" + subtype, children=children, params=params)


def attach(filename, ctype, data, inline=False):
    return Part(ctype, data=data, cte="base64", filename=filename,
                disposition="inline" if inline else "attachment", params={"name": filename})


_bcount = [0]


def boundary(seed):
    _bcount[0] += 1
    h = hashlib.sha1(f"{seed}-{_bcount[0]}".encode()).hexdigest()
    return random.Random(h).choice([
        f"_000_{h[:24].upper()}_", f"000000000000{h[:16]}", f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-"
        f"{h[12:16].upper()}-{h[16:28].upper()}", f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:20], 16)}",
        f"=_{h[:32]}", f"b1_{h[:32]}"])


def fold_param(k, v):
    return f'{k}="{v}"'


def enc_filename(fn):
    try:
        fn.encode("ascii")
        return f'"{fn}"'
    except UnicodeEncodeError:
        return '"' + Header(fn, "utf-8").encode() + '"'


def render_part(p, seed):
    """Serialize a Part to bytes (headers ASCII, bodies in their own charset/transfer encoding)."""
    lines = []
    if p.children is not None:
        b = boundary(seed)
        prm = "".join(f'; {k.replace("_", "-")}="{v}"' for k, v in p.params.items())
        lines.append(f'Content-Type: {p.ctype}{prm};\n\tboundary="{b}"')
        lines.extend(p.headers)
        out = ("\n".join(lines) + "\n\n").encode("ascii")
        if p.ctype == "multipart/report" or p.ctype == "multipart/mixed":
            pass
        for c in p.children:
            out += f"--{b}\n".encode("ascii") + render_part(c, seed) + b"\n"
        out += f"--{b}--\n".encode("ascii")
        return out
    ct = p.ctype
    if p.text is not None:
        raw = p.text.encode(p.codec or p.charset, errors="strict")
        if p.ctype.startswith("text/"):
            ct += f"; charset={p.charset}" if not p.params.get("nocharset") else ""
        if p.ctype == "text/plain" and p.params.get("format"):
            ct += f"; format={p.params['format']}"
    else:
        raw = p.data
        if p.filename:
            ct += f";\n\tname={enc_filename(p.filename)}"
    cte = p.cte or ("7bit" if all(x < 128 for x in raw) else "8bit")
    lines.append(f"Content-Type: {ct}")
    if not (p.ctype.startswith("message/") and p.cte is None and cte == "7bit"):
        lines.append(f"Content-Transfer-Encoding: {cte}")
    if p.disposition:
        disp = p.disposition
        if p.filename:
            disp += f";\n\tfilename={enc_filename(p.filename)}"
        lines.append(f"Content-Disposition: {disp}")
    lines.extend(p.headers)
    if cte == "base64":
        enc = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw)
    else:
        enc = raw
    if not enc.endswith(b"\n"):
        enc += b"\n"
    return ("\n".join(lines) + "\n\n").encode("ascii") + enc


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(pair, charset="utf-8"):
    name, a = pair
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()"@'):
            return f'"{name}" <{a}>'
        return f"{name} <{a}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{a}>"


# ---------------------------------------------------------------------------------------------------
# Small fake attachments
# ---------------------------------------------------------------------------------------------------

def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    body = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length " + str(len(t) + 30).encode() + b">>stream\nBT /F1 12 Tf 72 770 Td (" + t +
            b") Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return body


def fake_png(seed=1):
    w, h = 8, 4
    rnd = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(rnd.randrange(256) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def fake_jpg(seed=1):
    rnd = random.Random(seed)
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(
        rnd.randrange(256) for _ in range(300)) + b"\xff\xd9"


# ---------------------------------------------------------------------------------------------------
# Message assembly
# ---------------------------------------------------------------------------------------------------
MSGS = []


def M(kind, lang, note, **kw):
    kw.update(kind=kind, lang=lang, note=note)
    MSGS.append(kw)


def mk_dt(s, tz):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def msgid(style, seed, domain=None):
    h = hashlib.sha256(seed.encode()).hexdigest()
    H = h.upper()
    if style == "gmail":
        return f"<CA{base64.b64encode(bytes.fromhex(h[:42])).decode().replace('/', '_').replace('+', '-')}@mail.gmail.com>"
    if style in ("outlook", "outlook-us"):
        pre = ["AM0PR", "DB8PR", "VI1PR", "PAXPR", "AS8PR", "DU0PR", "GV1PR", "PA4PR"] if style == "outlook" else \
            ["BN6PR", "SN6PR", "CH2PR", "DM6PR", "MW4PR", "BY5PR"]
        p = pre[int(h[0:2], 16) % len(pre)] + f"{int(h[2:4], 16) % 10:02d}MB{int(h[4:8], 16) % 10000:04d}"
        reg = f"eurprd0{int(h[50], 16) % 9 + 1}" if style == "outlook" else f"namprd{int(h[50], 16) % 20 + 1:02d}"
        return f"<{p}{H[8:40]}@{p}.{reg}.prod.outlook.com>"
    if style == "apple":
        return f"<{H[:8]}-{H[8:12]}-{H[12:16]}-{H[16:20]}-{H[20:32]}@{domain or 'icloud.com'}>"
    if style == "iphone":
        return f"<{H[:8]}-{H[8:12]}-{H[12:16]}-{H[16:20]}-{H[20:32]}@{domain or 'gmail.com'}>"
    if style == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "mailduns":
        return f"<mailduns.{h[:16]}@{domain}>"
    return f"<{h[:20]}.{int(h[20:28], 16)}@{domain or 'mail.example.net'}>"


def build(i, m):
    o = OWNERS[m["owner"]]
    seed = f"r7x-{i}"
    tz = m.get("tz", "Europe/Rome")
    when = mk_dt(m["date"], tz)
    frm = m["frm"]
    to = m.get("to") or [(o["name"], o["addr"])]
    cc = m.get("cc") or []
    hcs = m.get("hcharset", "utf-8")
    headers = []
    headers += m.get("pre_headers", [])
    headers.append(("Date", format_datetime(when)))
    headers.append(("From", addr(frm, hcs)))
    headers.append(("To", ", ".join(addr(t, hcs) for t in to)))
    if cc:
        headers.append(("Cc", ", ".join(addr(c, hcs) for c in cc)))
    headers.append(("Subject", hdr(m["subject"], hcs)))
    dom = frm[1].split("@")[1]
    headers.append(("Message-ID", msgid(m.get("mid", "generic"), seed, dom)))

    q = m.get("q")
    quoted_text = None
    quoted_html = None
    if q:
        qo = OWNERS[q.get("owner", m["owner"])]
        qlang = q.get("lang", qo["lang"])
        due = d(q["due"])
        sent_local = mk_dt(q["sent"], qo["tz"]) if "sent" in q else None
        if sent_local is None:
            sent_local = (when - timedelta(days=q.get("days_before", 3))).astimezone(ZoneInfo(qo["tz"])).replace(
                hour=9, minute=q.get("minute", 2))
        rid = msgid("mailduns", f"{seed}-rem", qo["addr"].split("@")[1])
        if not m.get("no_irt"):
            refs = q.get("refs_before", [])
            headers.append(("In-Reply-To", rid))
            headers.append(("References", " ".join(refs + [rid])))
        if q.get("text"):
            rem = q["text"]
        else:
            rem = reminder_text(qo, qlang, q["step"], q["n"], q.get("amt"), q.get("cur", "EUR"), due, sent_local,
                                name=q.get("name"), kind=q.get("kind"),
                                issue=d(q["issue"]) if q.get("issue") else None,
                                deadline=d(q["deadline"]) if q.get("deadline") else None,
                                promise=d(q["promise"]) if q.get("promise") else None, fees=q.get("fees", False))
        rsubj = q.get("subject") or REM_SUBJ[qlang][q["step"]].format(n=q["n"])
        style = q.get("style", "gmail")
        mua = q.get("mua", "en")
        shown = sent_local.astimezone(ZoneInfo(tz))
        rto = q.get("rto") or f"{to_name(m)} <{frm[1]}>"
        ofrom = f"{qo['name']} <{qo['addr']}>"
        if style in ("gmail", "apple"):
            att = attribution(style, mua, shown, qo["name"], qo["addr"])
            quoted_text = f"{att}\n\n{gt(rem)}" if style == "gmail" else f"{att}\n\n{gt(rem)}"
            quoted_html = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape_(att)}<br></div>'
                           f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                           f'rgb(204,204,204);padding-left:1ex">{to_html_paras(rem)}</blockquote></div>'
                           if style == "gmail" else
                           f'<div><br><blockquote type="cite">{html.escape_(att)}<br><br>{to_html_paras(rem)}'
                           f'</blockquote></div>')
        elif style == "outlook":
            ofrom_o = q.get("ofrom") or ofrom
            blk = outlook_block(mua, shown, ofrom_o, rto, rsubj, q.get("ocC"))
            sep = q.get("sep", "________________________________")
            quoted_text = f"{sep}\n{blk}\n\n{rem}" if sep else f"{blk}\n\n{rem}"
            bl = "<br>\n".join(
                (f"<b>{html.escape_(x.split(':', 1)[0])}:</b>{html.escape_(x.split(':', 1)[1])}" if ":" in x else
                 html.escape_(x)) for x in blk.split("\n"))
            quoted_html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                           f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
                           f'{bl}</span></p></div>\n<p class="MsoNormal">&nbsp;</p>\n{outlook_html_paras(rem)}')
        elif style == "outlook-dash":
            blk = outlook_block(mua, shown, ofrom, rto, rsubj)
            quoted_text = f"-----{q.get('orig', 'Original Message')}-----\n{blk}\n\n{rem}"
            quoted_html = "<br>".join(html.escape_(x) for x in quoted_text.split("\n"))
        elif style == "none":
            quoted_text = None
        else:
            raise ValueError(style)
        if q.get("extra_quote"):
            quoted_text = (quoted_text or "") + "\n" + q["extra_quote"]

    if m.get("irt"):
        headers.append(("In-Reply-To", m["irt"]))
        headers.append(("References", m["irt"]))
    for hk, hv in m.get("headers", []):
        headers.append((hk, hv))
    headers.append(("MIME-Version", "1.0"))

    body = m.get("body")
    if "parts" in m:
        top = m["parts"]
    else:
        charset = m.get("charset", "utf-8")
        codec = m.get("codec")
        cte = m.get("cte") or {"generic": "8bit", "thunderbird": "8bit",
                               "outlook": ("base64" if int(hashlib.md5(seed.encode()).hexdigest(), 16) % 3 == 0
                                           else "quoted-printable")}.get(m.get("mid"), "quoted-printable")
        text = body.rstrip("\n") + "\n"
        if quoted_text:
            if m.get("bottom"):
                text = quoted_text + "\n\n" + body.rstrip("\n") + "\n"
            else:
                text = text + "\n" + quoted_text + "\n"
        fmt = m.get("fmt", "text")
        tpart = leaf("text/plain", text, charset=charset, cte=cte, codec=codec,
                     params={"format": "flowed"} if m.get("flowed") else None)
        if fmt == "text":
            main = tpart
        else:
            bhtml = m.get("html") or (outlook_html_paras(body) if m.get("hstyle") == "outlook" else
                                     f'<div dir="ltr">{to_html_paras(body)}</div>')
            if quoted_html:
                bhtml += "\n<br>\n" + quoted_html
            if m.get("hstyle") == "outlook":
                doc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                       'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                       'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                       f'charset={charset}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                       '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t'
                       '{font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t'
                       'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n<body lang="IT" link="#0563C1" vlink="#954F72" '
                       f'style="word-wrap:break-word">\n<div class="WordSection1">\n{bhtml}\n</div>\n</body>\n</html>\n')
            else:
                doc = f"<html><head></head><body>{bhtml}</body></html>\n" if m.get("hstyle") == "apple" else bhtml + "\n"
            hpart = leaf("text/html", doc, charset=charset, cte=m.get("hcte", cte), codec=codec)
            main = hpart if fmt == "html" else multi("alternative", [tpart, hpart])
        atts = m.get("atts", [])
        if atts:
            top = multi(m.get("mixed", "mixed"), [main] + atts)
        else:
            top = main
    out = []
    for k, v in headers:
        out.append(f"{k}: {v}")
    for k, v in m.get("post_headers", []):
        out.append(f"{k}: {v}")
    return ("\n".join(out) + "\n").encode("ascii") + render_part(top, seed)


def to_name(m):
    return m["frm"][0] or m["frm"][1]


# ---------------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------------

def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


LABEL_KEYS = ["amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"]


def write_all():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = list(range(len(MSGS)))
    random.Random(7).shuffle(order)
    lab = ["# Labels for round7-mixed (prefix r7x). Written by hand; see make.py for every message.\n"]
    for num, idx in enumerate(order, 1):
        m = MSGS[idx]
        name = f"{PREFIX}-{num:04d}.eml"
        data = build(idx, m)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        lab.append(f'\n[files."{name}"]\n')
        lab.append(f'kind = "{m["kind"]}"\nlanguage = "{m["lang"]}"\nsplit = "dev"\n')
        for k in LABEL_KEYS:
            if k in m:
                v = m[k]
                lab.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(v)}\n")
        lab.append(f"note = {toml_str(m['note'])}\n")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("".join(lab))
    return order


def check(order):
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    bad = 0
    kinds, langs = Counter(), Counter()
    for num, idx in enumerate(order, 1):
        name = f"{PREFIX}-{num:04d}.eml"
        with open(os.path.join(HERE, name), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not msg[h]:
                print(name, "missing", h)
                bad += 1
        try:
            msg["Date"].datetime
            str(msg["From"]), str(msg["Subject"])
            b = msg.get_body(preferencelist=("plain", "html"))
            if b is None and msg.get_content_type() != "multipart/report":
                print(name, "no body")
                bad += 1
            elif b is not None:
                b.get_content()
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
        except Exception as e:  # noqa
            print(name, "parse error", repr(e))
            bad += 1
        if msg.defects:
            print(name, "defects", msg.defects)
        lb = labels[name]
        kinds[lb["kind"]] += 1
        langs[lb["language"]] += 1
    print("messages:", len(order), "problems:", bad)
    for k, v in sorted(kinds.items()):
        print(f"  {k:24s} {v}")
    print("languages:", dict(langs))
    return bad


# ===================================================================================================
# THE MESSAGES
# ===================================================================================================
# Shorthands for the people
ALE, MAT, LUC, JOR, TOM, SAR, MEG = "ale", "matteo", "lucia", "jordi", "tom", "sarah", "megan"


def Q(step, n, amt, due, sent=None, **kw):
    q = dict(step=step, n=n, amt=amt, due=due, **kw)
    if sent:
        q["sent"] = sent
    return q


PDF, PNG, JPG = "application/pdf", "image/png", "image/jpeg"

GDPR_IT = ("Le informazioni contenute in questo messaggio di posta elettronica sono riservate e confidenziali e ne è "
           "vietata la diffusione in qualunque modo eseguita. Qualora Lei non fosse la persona a cui il presente "
           "messaggio è destinato, La invitiamo ad eliminarlo e a darcene gentilmente comunicazione. Ai sensi del "
           "Regolamento UE 2016/679 (GDPR) i Suoi dati saranno trattati esclusivamente per finalità amministrative.")
DISC_DE = ("Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige "
           "Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und "
           "vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht "
           "gestattet.\nThis e-mail may contain confidential and/or privileged information. If you are not the intended "
           "recipient (or have received this e-mail in error) please notify the sender immediately and destroy this "
           "e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly "
           "forbidden.")
LOPD_ES = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo "
           "contener información confidencial sometida a secreto profesional. No está permitida su reproducción o "
           "distribución sin la autorización expresa. En cumplimiento del Reglamento (UE) 2016/679 (RGPD) y de la LOPDGDD "
           "3/2018, le informamos de que sus datos serán tratados con la finalidad de gestionar la relación comercial. "
           "Puede ejercer sus derechos en lopd@distlevante.es.")

# ----------------------------------------------------------------------------- Alessandra Rossi (it)
M("client-reply-paid", "it",
  "Spanish hotel administrator writes Italian with Spanish words ('giustificante', 'gestoría'); paid yesterday, "
  "receipt PDF attached; no amount/number in her own text.",
  owner=ALE, frm=("Marta Ibáñez", "administracion@hotelmaritim.es"), tz="Europe/Madrid", date="2026-11-13 11:20",
  subject="Re: Sollecito: fattura n. 14/2026", mid="gmail",
  q=Q("reminder", "14/2026", "1220.00", "2026-11-05", sent="2026-11-12 09:02", name="Hotel Marítim Valencia SL",
      kind="company", style="gmail", mua="es"),
  body="""Buongiorno Alessandra,

scusa il ritardo, abbiamo fatto il bonifico ieri pomeriggio, ti mando in allegato il giustificante della banca. Con il cambio di gestoría ci siamo persi un po' di fatture, mi dispiace molto.

Un saluto grande da Valencia,
Marta Ibáñez
Administración · Hotel Marítim Valencia
Tel. +34 963 55 21 40
""",
  atts=[attach("Justificante_transferencia_12112026.pdf", PDF, fake_pdf("Justificante de transferencia SEPA"))])

M("client-reply-promise", "it",
  "Romanian-born builder, broken Italian, no accents, iPhone; 'faccio bonifico venerdi' sent Tue 15 Dec -> Fri 18 Dec; "
  "states the full 850 euro.",
  owner=ALE, frm=("Ionut Popescu", "edilpopescu@libero.it"), tz="Europe/Rome", date="2026-12-15 07:48",
  subject="Re: Secondo sollecito: fattura n. 19/2026", mid="iphone",
  headers=[("X-Mailer", "iPhone Mail (22C152)")],
  q=Q("late_fee", "19/2026", "850.00", "2026-11-20", sent="2026-12-14 09:01", name="Edil Popescu srl",
      kind="company", style="apple", mua="it", deadline="2026-12-24"),
  body="""Buongiorno signora Rossi
mi scuso tanto per ritardo, questo mese e stato difficile perche un cliente grande non mi ha pagato ancora. Io faccio bonifico venerdi sicuro, 850 euro tutto.
Grazie per pazienza

Ionut Popescu
Edil Popescu srl

Inviato da iPhone
""", promised_date="2026-12-18", amount="850.00")

M("client-reply-dispute", "en",
  "German client answers Alessandra's English reminder via Outlook (German headers): Italian VAT charged instead of "
  "reverse charge, wants a corrected invoice, will pay net 2,000 only then -> dispute (promise conditional on "
  "correction). Bilingual legal disclaimer.",
  owner=ALE, frm=("Kerstin Vogel", "k.vogel@vogel-partner.de"), tz="Europe/Berlin", date="2026-12-02 14:05",
  subject="AW: Overdue invoice 23/2026", mid="outlook",
  cc=[("Buchhaltung Vogel & Partner", "buchhaltung@vogel-partner.de")],
  q=Q("reminder", "23/2026", "2440.00", "2026-11-25", sent="2026-12-02 09:03", rl="en", lang="en",
      name="Vogel & Partner GmbH", kind="company", style="outlook", mua="de"),
  body="""Dear Ms Rossi,

thank you for your reminder. We have checked your invoice no. 23/2026 and unfortunately we cannot process it in this form: it shows Italian VAT (IVA 22%) of EUR 440,00. As we are a German company with a valid USt-IdNr. (DE 281 447 902), the reverse charge procedure applies (Art. 196 VAT Directive) and the invoice must be issued without VAT and with the note "reverse charge".

Please send us a corrected invoice. We will then pay the net amount of EUR 2.000,00 within our usual terms.

Mit freundlichen Grüßen / Kind regards

Kerstin Vogel
Office Management
Vogel & Partner GmbH | Leopoldstraße 118 | 80802 München
Tel. +49 89 2154 880-12
Geschäftsführer: Dr. Thomas Vogel | HRB 198 223 Amtsgericht München

""" + DISC_DE, amount="2000.00", reference="23/2026")

M("client-reply-other", "en",
  "Chinese importer in Prato writes simple English to an Italian reminder; asks which invoice / send a copy; Gmail "
  "with Chinese attribution line. Names the number in his own text.",
  owner=ALE, frm=("Wang Lei", "wanglei.pratomoda@gmail.com"), tz="Europe/Rome", date="2026-12-10 16:32",
  subject="Re: Fattura n. 27/2026 in scadenza", mid="gmail",
  q=Q("due", "27/2026", "540.00", "2026-12-10", sent="2026-12-10 09:00", name="Prato Moda Import srl",
      kind="company", style="gmail", mua="zh"),
  body="""Hello Mrs Rossi

which invoice is this? I cannot find in our system the number 27/2026, maybe you send to my colleague before. Can you send me copy PDF please.

Thank you
Wang Lei
Prato Moda Import srl
""", reference="27/2026")

M("client-reply-paid", "it",
  "Swiss-German client writes Italian with Swiss number format (€ 1'450.00); Outlook HTML-only, declared "
  "iso-8859-1 but with Windows-1252 bytes (euro sign, curly apostrophe).",
  owner=ALE, frm=("Brunner Reto", "reto.brunner@brunner-ag.ch"), tz="Europe/Zurich", date="2027-01-12 10:15",
  subject="AW: Fattura n. 31/2026 in scadenza", mid="outlook", fmt="html", hstyle="outlook",
  charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
  q=Q("due", "31/2026", "1450.00", "2027-01-08", sent="2027-01-11 09:00", name="Brunner AG", kind="company",
      style="outlook", mua="de"),
  body="""Grüezi Signora Rossi

Le confermo che il pagamento di € 1'450.00 è stato disposto in data odierna tramite UBS. Il tempo d’accredito dipende dalla Sua banca (di solito 1-2 giorni lavorativi).

Freundliche Grüsse / Cordiali saluti

Reto Brunner
Leiter Finanzen
Brunner AG · Bahnhofstrasse 41 · 8001 Zürich
""", amount="1450.00")

M("client-reply-promise", "es",
  "Spanish accountant answers an Italian reminder in Spanish: 'entra en la remesa de pagos del día 25' (sent 10 Nov "
  "-> 25 Nov); Outlook ES quote, LOPD footer.",
  owner=ALE, frm=("Rosa Ferrer", "contabilidad@distlevante.es"), tz="Europe/Madrid", date="2026-11-10 12:37",
  subject="RE: Sollecito: fattura n. 11/2026", mid="outlook",
  q=Q("reminder", "11/2026", "600.00", "2026-10-31", sent="2026-11-10 09:02", name="Distribuciones Levante SA",
      kind="company", style="outlook", mua="es"),
  body="""Buenos días Alessandra:

Disculpa, no entiendo bien todo el italiano, pero entiendo que es por la factura 11/2026. Te confirmo que ya está contabilizada y entra en la remesa de pagos del día 25.

Un saludo,

Rosa Ferrer
Departamento de Contabilidad
Distribuciones Levante, S.A.
Pol. Ind. Fuente del Jarro · 46988 Paterna (Valencia)

""" + LOPD_ES, promised_date="2026-11-25", reference="11/2026")

M("client-reply-dispute", "it",
  "French publisher writes Italian (with 'avoir'): translation full of errors, end client rejected it, can't pay, "
  "asks for a credit note -> dispute.",
  owner=ALE, frm=("Claire Dubois", "c.dubois@editions-rhone.fr"), tz="Europe/Paris", date="2026-11-27 17:55",
  subject="Re: Sollecito: fattura n. 17/2026", mid="gmail", fmt="alt",
  q=Q("reminder", "17/2026", "980.00", "2026-11-16", sent="2026-11-26 09:04", name="Éditions du Rhône SARL",
      kind="company", style="gmail", mua="fr"),
  body="""Buongiorno Alessandra,

mi dispiace ma non possiamo pagare questa fattura per il momento. La traduzione del catalogo ha molti errori (nomi dei prodotti sbagliati, le misure non sono convertite come avevamo chiesto) e il nostro cliente in Italia l'ha rifiutata. Abbiamo dovuto farla rivedere da un'altra persona, a nostre spese.

Possiamo parlarne al telefono questa settimana? Penso che sia necessario un avoir... come si dice, una nota di credito, almeno per la metà.

Cordialement / cordiali saluti
Claire Dubois
Éditions du Rhône — Lyon
""")

M("client-reply-other", "it",
  "Romanian client received a (phishing) mail announcing a new Lithuanian IBAN and asks before paying; no promise, "
  "just a question -> other.",
  owner=ALE, frm=("Andreea Muresan", "andreea.muresan@atelier-am.it"), tz="Europe/Rome", date="2027-01-20 19:12",
  subject="Re: Promemoria: fattura n. 35/2026 in scadenza", mid="gmail",
  q=Q("courtesy", "35/2026", "390.00", "2027-01-25", sent="2027-01-20 09:00", issue="2026-12-26",
      name="Andreea Muresan", kind="person", style="gmail", mua="ro"),
  body="""Ciao Alessandra,

ieri ho ricevuto una mail da un indirizzo simile al tuo con scritto che hai cambiato banca e un IBAN nuovo che inizia con LT... È vero? In questa mail qui sotto c'è ancora l'IBAN vecchio. Prima di fare il pagamento voglio essere sicura, non vorrei sbagliare come l'anno scorso con un altro fornitore.

Fammi sapere, grazie!
Andreea
""")

M("client-reply-paid", "it",
  "Canary-islander writes Italian with Spanish slips ('te lo juro'), emoji; says paid on the 7th (before the due-date "
  "reminder arrived), screenshot PNG attached.",
  owner=ALE, frm=("Nacho Herrera", "nacho.herrera.tf@gmail.com"), tz="Atlantic/Canary", date="2027-01-09 10:03",
  subject="Re: Fattura n. 38/2026 in scadenza", mid="gmail",
  q=Q("due", "38/2026", "275.00", "2027-01-08", sent="2027-01-08 09:00", name="Ignacio Herrera", kind="person",
      style="gmail", mua="es"),
  body="""Ciao Ale!

Scusa, già pagato il 7, te lo juro 😅 Forse non è ancora arrivato per il ponte dell'Epifania... Ti mando lo screenshot del bonifico.

Un abbraccio dalle Canarie,
Nacho
""", atts=[attach("Captura de pantalla 2027-01-09 a las 9.58.12.png", PNG, fake_png(9))])

M("client-reply-promise", "en",
  "Dubai interior-design firm, Gulf business English ('Kindly note', 'insha'Allah'); released 'by end of this "
  "month' written 18 Nov -> 30 Nov.",
  owner=ALE, frm=("Rania Haddad", "accounts@lumeinteriors.ae"), tz="Asia/Dubai", date="2026-11-18 10:41",
  subject="RE: Overdue invoice 21/2026", mid="outlook",
  q=Q("reminder", "21/2026", "1750.00", "2026-11-10", sent="2026-11-17 09:02", rl="en", lang="en",
      name="Lume Interiors LLC", kind="company", style="outlook", mua="en"),
  body="""Dear Alessandra,

Greetings from Lume Interiors.

Kindly note that your invoice is under process with our finance department and the payment will be released by end of this month insha'Allah.

We appreciate your patience and your support on the Milan project.

Best Regards,

Rania Haddad
Accounts Executive
Lume Interiors LLC | Al Quoz 1, Dubai, UAE
T: +971 4 338 2201
""", promised_date="2026-11-30")

M("client-reply-paid", "en",
  "Austrian client, English with a German greeting; Apple Mail HTML with <blockquote type=cite>; paid on 20 Dec, "
  "names invoice no. 33/2026.",
  owner=ALE, frm=("Florian Huber", "florian.huber@huber-weine.at"), tz="Europe/Vienna", date="2026-12-22 08:30",
  subject="Re: Invoice 33/2026 due", mid="apple", fmt="alt", hstyle="apple",
  q=Q("due", "33/2026", "1100.00", "2026-12-21", sent="2026-12-21 09:00", rl="en", lang="en",
      name="Florian Huber", kind="person", style="apple", mua="de"),
  body="""Dear Alessandra,

we paid your invoice no. 33/2026 on 20 December, our bank (Raiffeisen) confirms the execution. It should be with you after the holidays at the latest.

Thank you again for the wonderful translation of our wine list – our Italian guests love it.

Frohe Weihnachten und einen guten Rutsch!
Florian
""", reference="33/2026")

M("client-reply-dispute", "it",
  "Romanian client (broken Italian) refuses the statutory interest and the 40 euro compensation from the second "
  "reminder with fees; will pay only the 1,300 of the invoice -> dispute; amount accepted 1300.",
  owner=ALE, frm=("Mihai Ionescu", "mihai@ionescutrasporti.it"), tz="Europe/Rome", date="2027-01-26 21:14",
  subject="R: Secondo sollecito: fattura n. 28/2026", mid="outlook",
  q=Q("late_fee", "28/2026", "1300.00", "2026-12-15", sent="2027-01-26 09:02", name="Ionescu Trasporti srls",
      kind="company", style="outlook", mua="it", fees=True, deadline="2027-02-05"),
  body="""Buonasera signora Alessandra

io non pago interessi e 40 euro, non e giusto. Noi lavoriamo insieme da 2 anni e mai problema, solo questa volta ritardo per colpa di banca. Pago la fattura 1300 euro come sempre, i interessi no.

Saluti
Mihai Ionescu
Ionescu Trasporti srls
""", amount="1300.00")

M("client-reply-promise", "it",
  "Chinese shop owner, very broken Italian: 'pagamento fine mese' written 4 Dec -> 31 Dec. No quote, no signature.",
  owner=ALE, frm=("Chen Jie", "chenjie.bologna@163.com"), tz="Europe/Rome", date="2026-12-04 13:09",
  subject="Re: Sollecito: fattura n. 24/2026", mid="generic",
  q=Q("reminder", "24/2026", "320.00", "2026-11-24", sent="2026-12-04 09:02", name="Chen Jie", kind="person",
      style="none"),
  body="""Signora Rossi buongiorno
pagamento fine mese, adesso non c'è soldi, negozio poco lavoro. scusa.
grazie
Chen
""", promised_date="2026-12-31")

M("client-reply-other", "it",
  "Chinese-run company asks for an electronic invoice with the SDI recipient code, otherwise their accountant can't "
  "register it -> other (no dispute of amount, no promise).",
  owner=ALE, frm=("Zhou Min", "amministrazione@zhoutessuti.it"), tz="Europe/Rome", date="2026-11-06 09:51",
  subject="R: Fattura n. 15/2026 in scadenza", mid="outlook",
  q=Q("due", "15/2026", "610.00", "2026-11-05", sent="2026-11-05 09:00", name="Zhou Tessuti srl", kind="company",
      style="outlook", mua="it"),
  body="""Buongiorno signora,

la fattura PDF non va bene, commercialista dice serve fattura elettronica con codice destinatario, altrimenti non può registrare e noi non possiamo pagare.
Codice destinatario: M5UXCR1
P.IVA 07123450486

Grazie mille
Zhou Min
Ufficio amministrazione
""")

M("client-reply-paid", "it",
  "Client forwards the bank's 'bonifico eseguito' e-mail with just 'Ecco la contabile'. Amount 732,00 stated in the "
  "forwarded receipt (not in a quoted reminder); causale names the invoice but only inside the bank text -> no "
  "reference.",
  owner=ALE, frm=("Giorgio Sartori", "giorgio.sartori@sartoriarch.it"), tz="Europe/Rome", date="2026-11-30 18:44",
  subject="I: Intesa Sanpaolo - Bonifico eseguito", mid="outlook",
  q=Q("reminder", "20/2026", "732.00", "2026-11-20", sent="2026-11-30 09:03", style="none"),
  body="""Ecco la contabile. Ciao

G.

-----Messaggio originale-----
Da: Intesa Sanpaolo <noreply@intesasanpaolo.com>
Inviato: lunedì 30 novembre 2026 18:41
A: giorgio.sartori@sartoriarch.it
Oggetto: Intesa Sanpaolo - Bonifico eseguito

Gentile Cliente,

ti confermiamo che il bonifico SEPA da te disposto è stato eseguito.

Ordinante: SARTORI ARCHITETTI ASSOCIATI
Beneficiario: ALESSANDRA ROSSI
IBAN beneficiario: IT60X0542811101000000123456
Importo: 732,00 EUR
Data esecuzione: 30/11/2026
Causale: SALDO FATTURA 20/2026 ROSSI
CRO/TRN: 0306912345678910482160012600IT

Grazie per aver scelto Intesa Sanpaolo.
Questa è una comunicazione automatica, ti preghiamo di non rispondere.
""", amount="732.00")

M("client-reply-paid", "it",
  "Romanian client, imperfect Italian: paid today by instant transfer, names 'fattura 9/2026'.",
  owner=ALE, frm=("Elena Dumitru", "elena.dumitru83@yahoo.it"), tz="Europe/Rome", date="2026-11-03 12:26",
  subject="Re: Sollecito: fattura n. 9/2026", mid="generic",
  headers=[("X-Mailer", "YahooMailAndroidMobile")],
  q=Q("reminder", "9/2026", "180.00", "2026-10-20", sent="2026-11-03 09:02", name="Elena Dumitru", kind="person",
      style="gmail", mua="it"),
  body="""Buongiorno signora Alessandra, ho pagato oggi la fattura 9/2026 con bonifico istantaneo, scusami per ritardo, ho avuto problemi con la banca nuova e non potevo fare bonifici.
Cordiali saluti
Elena

Inviato da Yahoo Mail su Android
""", reference="9/2026")

M("client-reply-paid", "en",
  "Chinese wholesaler, simple English, claims 1220 euro paid last Friday and asks to check -> paid with amount.",
  owner=ALE, frm=("Lin Hui", "linhui@sinotex-prato.com"), tz="Europe/Rome", date="2026-11-24 15:07",
  subject="Re: Secondo sollecito: fattura n. 16/2026", mid="generic",
  q=Q("late_fee", "16/2026", "1220.00", "2026-10-30", sent="2026-11-24 09:01", name="Sinotex srl", kind="company",
      style="gmail", mua="zh", deadline="2026-12-04"),
  body="""Hello Mrs Rossi,

we already pay 1220 euro last friday to your bank account. please check again. if you not receive please tell me, I ask our bank.

thank you
Lin Hui
Sinotex srl - Prato
""", amount="1220.00")

M("client-reply-promise", "it",
  "Argentinian-born client writes Italian; reply to a promise follow-up: 'Lo faccio lunedì' sent Fri 11 Dec -> "
  "Mon 14 Dec.",
  owner=ALE, frm=("Sofía Benedetti", "sofia.benedetti@gmail.com"), tz="Europe/Rome", date="2026-12-11 22:03",
  subject="Re: Fattura n. 22/2026 – aggiornamento sul pagamento", mid="gmail",
  q=Q("promise_followup", "22/2026", "450.00", "2026-11-25", sent="2026-12-11 09:05", promise="2026-12-07",
      name="Sofía Benedetti", kind="person", style="gmail", mua="es"),
  body="""Hai ragione, scusa!! Mi ero completamente dimenticata, questa settimana è stata un quilombo. Lo faccio lunedì appena apro l'home banking, promesso.

Sofi
""", promised_date="2026-12-14")

M("client-reply-promise", "it",
  "Albanian-born small business owner, broken Italian: will pay as soon as his own client pays -> promise without "
  "a date.",
  owner=ALE, frm=("Arben Hoxha", "hoxha.impianti@gmail.com"), tz="Europe/Rome", date="2027-02-09 20:31",
  subject="Re: Diffida di pagamento – fattura n. 30/2026", mid="gmail",
  q=Q("final", "30/2026", "940.00", "2026-12-20", sent="2027-02-09 09:00", issue="2026-11-20",
      deadline="2027-02-24", name="Hoxha Impianti", kind="company", style="gmail", mua="it"),
  body="""Signora Rossi non serve avvocato, io non scappo. Il problema è che il cliente del cantiere di Mestre non mi ha ancora pagato 3 SAL. Appena il cliente mi paga io pago subito lei, tutto, promesso.
Mi scusi ancora
Arben Hoxha
""")

M("client-reply-dispute", "it",
  "Spanish client writes Italian (with Spanish interference): agreed 900, invoice says 1,100, will pay once redone "
  "-> dispute; accepted amount 900.",
  owner=ALE, frm=("Javier Ortega", "javier@ortegaimport.es"), tz="Europe/Madrid", date="2027-02-03 11:48",
  subject="Re: Sollecito: fattura n. 3/2027", mid="gmail",
  q=Q("reminder", "3/2027", "1100.00", "2027-01-25", sent="2027-02-03 09:02", name="Ortega Import SL",
      kind="company", style="gmail", mua="es"),
  body="""Ciao Alessandra,

credo che c'è un errore nella fattura: avevamo concordato 900 euro per tutto il sito (lo tengo scritto nella tua mail di ottobre, te la reenvio se vuoi) e nella fattura c'è 1.100. Le 20 pagine extra non le abbiamo chieste noi.

Me la puoi rifare con l'importo giusto? Così la paghiamo subito.

Grazie, un saluto
Javier Ortega
Ortega Import S.L.
""", amount="900.00")

M("client-reply-dispute", "en",
  "Romanian company, English: invoice addressed to wrong legal entity AND amount doesn't match the PO (3,200 vs "
  "3,500); won't pay until corrected -> dispute (amount contested, not just an admin fix). No amount: 3,200 is the "
  "PO value, she does not say they will pay it.",
  owner=ALE, frm=("Cristina Stan", "cristina.stan@nordexim.ro"), tz="Europe/Bucharest", date="2026-12-17 13:22",
  subject="RE: Invoice 26/2026 – second reminder", mid="outlook",
  q=Q("late_fee", "26/2026", "3500.00", "2026-11-27", sent="2026-12-17 09:01", rl="en", lang="en",
      name="Nordexim SA", kind="company", style="outlook", mua="en"),
  body="""Dear Alessandra,

Sorry for late answer. Our accounting department blocked your invoice for two reasons:
1) it is addressed to Nordexim SA, but the contract was signed by Nordexim Logistics SRL (different CUI);
2) the amount is EUR 3,500 but the approved PO no. 4471 is for EUR 3,200. Nobody approved the extra 300.

We cannot pay until we receive a corrected invoice matching the PO. Please send it to me and I will push it personally.

Best regards,
Cristina Stan
Procurement Specialist | Nordexim Logistics SRL
Str. Fabrica de Glucoza 5, Bucharest
""")

M("client-reply-other", "it",
  "Peruvian client, Italian with Spanish slips: can't find the invoice, please resend -> other.",
  owner=ALE, frm=("Lucho Quispe", "luchoquispe@hotmail.it"), tz="Europe/Rome", date="2026-11-19 23:40",
  subject="Re: Promemoria: fattura n. 18/2026 in scadenza", mid="outlook",
  q=Q("courtesy", "18/2026", "160.00", "2026-11-23", sent="2026-11-19 09:00", name="Luis Quispe", kind="person",
      style="outlook", mua="it"),
  body="""Hola Alessandra, scusami ma non trovo la fattura, forse è finita nello spam. Me la puoi rimandare per favore?

Grazie mille
Lucho
""")

M("client-reply-other", "it",
  "Brazilian office manager, short Italian: received, passing to administration -> other (no promise).",
  owner=ALE, frm=("Juliana Costa", "juliana.costa@lavanderiarapida.it"), tz="Europe/Rome", date="2026-12-01 09:17",
  subject="R: Promemoria: fattura n. 25/2026 in scadenza", mid="outlook",
  q=Q("courtesy", "25/2026", "215.00", "2026-12-05", sent="2026-11-30 09:00", name="Lavanderia Rapida snc",
      kind="company", style="outlook", mua="it"),
  body="""Buongiorno,
ricevuto, grazie. La passo all'amministrazione.

Juliana Costa
Lavanderia Rapida snc
""" + "\n" + GDPR_IT)

M("client-reply-other", "en",
  "Romanian project manager, English, mostly about extending the project; about the invoice he only says he must "
  "check with finance -> other.",
  owner=ALE, frm=("Andrei Vasilescu", "andrei.vasilescu@techsoft.ro"), tz="Europe/Bucharest", date="2026-11-11 16:50",
  subject="Re: Overdue invoice 13/2026", mid="gmail",
  q=Q("reminder", "13/2026", "1600.00", "2026-10-31", sent="2026-11-10 09:02", rl="en", lang="en",
      name="TechSoft Solutions SRL", kind="company", style="gmail", mua="en"),
  body="""Hi Alessandra,

good to hear from you! Actually I wanted to write you anyway: the client liked very much the Italian version of the app and they want to add also the help center (around 40 articles, maybe 25.000 words). Would you be available in December? Can we have a short call this week to discuss the deadline and the price?

About the invoice, I need to check with finance, I don't know what is the status, I will come back to you.

Cheers,
Andrei
""")

# ----------------------------------------------------------------------------- Matteo Galli (it, MG-2026-NNN)
M("client-reply-promise", "it",
  "Belgian (French-speaking) client, careful but foreign Italian: 'partirà domani mattina' written Tue 15 Dec -> 16 Dec.",
  owner=MAT, frm=("Marie Lambert", "marie.lambert@atelier-lambert.be"), tz="Europe/Brussels", date="2026-12-15 16:22",
  subject="RE: Sollecito: fattura n. MG-2026-041", mid="outlook",
  q=Q("reminder", "MG-2026-041", "2100.00", "2026-12-05", sent="2026-12-15 09:02", name="Atelier Lambert SRL",
      kind="company", style="outlook", mua="fr"),
  body="""Buongiorno Matteo,

mi scusi per il ritardo, la nostra contabile era malata da due settimane e nessuno aveva l'accesso alla banca. Il pagamento partirà domani mattina, gliel'ho preparato io stessa oggi.

Cordiali saluti
Marie Lambert
Atelier Lambert — Bruxelles
""", promised_date="2026-12-16")

M("client-reply-paid", "it",
  "German client, formal short Italian: payment executed, value date 4.12 (German date style), bilingual closing.",
  owner=MAT, frm=("Hartmann, Jürgen", "j.hartmann@hartmann-maschinenbau.de"), tz="Europe/Berlin",
  date="2026-12-03 10:47", subject="AW: Sollecito: fattura n. MG-2026-036", mid="outlook",
  q=Q("reminder", "MG-2026-036", "3600.00", "2026-11-25", sent="2026-12-03 09:02",
      name="Hartmann Maschinenbau GmbH", kind="company", style="outlook", mua="de"),
  body="""Gentile Matteo,

il pagamento è stato eseguito, valuta 4.12.

Cordiali saluti / Mit freundlichen Grüßen
Jürgen Hartmann
Kaufmännische Leitung
Hartmann Maschinenbau GmbH · Industriestr. 7 · 73037 Göppingen
""" + "\n" + DISC_DE)

M("client-reply-paid", "it",
  "French client apologising for her Italian; Gmail multipart/alternative; transfer made 'lunedì'.",
  owner=MAT, frm=("Sophie Marchand", "sophie.marchand@gmail.com"), tz="Europe/Paris", date="2026-11-19 09:12",
  subject="Re: Fattura n. MG-2026-030 in scadenza", mid="gmail", fmt="alt",
  q=Q("due", "MG-2026-030", "650.00", "2026-11-16", sent="2026-11-18 09:00", name="Sophie Marchand",
      kind="person", style="gmail", mua="fr"),
  body="""Buongiorno Matteo,

il bonifico è stato fatto lunedì dal mio conto personale (Boursorama), forse arriva un po' più tardi perché è una banca online.

Mi scusi per il mio italiano!
Sophie
""")

M("client-reply-dispute", "en",
  "Italian founder of a Lisbon startup code-switches English/Italian; won't pay the full amount because the Android "
  "app still crashes -> dispute. Language mostly English.",
  owner=MAT, frm=("Davide Russo", "davide@tripmosaic.io"), tz="Europe/Lisbon", date="2027-01-14 23:05",
  subject="Re: Overdue invoice MG-2026-044", mid="gmail",
  q=Q("reminder", "MG-2026-044", "4800.00", "2027-01-05", sent="2027-01-14 09:02", lang="en",
      name="TripMosaic Lda", kind="company", style="gmail", mua="pt"),
  body="""Matteo, sorry ma non possiamo pagare the full amount right now. The app is still crashing on Android 13 when you open the map, we had 40 one-star reviews this week, the investors are asking me every day. We agreed the release was "production ready", and honestly it's not.

Fix the crash and the login bug on Samsung and we pay everything, promise. Otherwise we need to talk about a discount, perché così non va.

Davide
CEO @ TripMosaic
""")

M("client-reply-promise", "it",
  "German client, foreign Italian: 'pagamento entro il 15' written 20 Jan -> the 15th has passed -> 15 Feb.",
  owner=MAT, frm=("Sabine Keller", "sabine.keller@keller-reisen.de"), tz="Europe/Berlin", date="2027-01-20 11:30",
  subject="AW: Secondo sollecito: fattura n. MG-2026-039", mid="outlook",
  q=Q("late_fee", "MG-2026-039", "1250.00", "2026-12-18", sent="2027-01-20 09:01", name="Keller Reisen GmbH",
      kind="company", style="outlook", mua="de", deadline="2027-01-30"),
  body="""Buongiorno Signor Galli,

scusi per il ritardo. Abbiamo cambiato il software di contabilità a gennaio e tante fatture sono rimaste bloccate. Ho parlato con il nostro capo: il pagamento viene fatto entro il 15, garantito.

Distinti saluti
Sabine Keller
Buchhaltung / contabilità
Keller Reisen GmbH
""", promised_date="2027-02-15")

M("client-reply-other", "it",
  "French client in Italian asks for a statement of open invoices; doesn't know if 'la 19' is paid -> other. "
  "'la 19' in a thread about MG-2026-019 -> reference.",
  owner=MAT, frm=("Thomas Girard", "t.girard@girard-vins.fr"), tz="Europe/Paris", date="2026-11-09 15:44",
  subject="Re: Sollecito: fattura n. MG-2026-019", mid="gmail",
  q=Q("reminder", "MG-2026-019", "890.00", "2026-10-30", sent="2026-11-09 09:02", name="Girard Vins SAS",
      kind="company", style="gmail", mua="fr"),
  body="""Buongiorno Matteo,

potrebbe mandarmi un estratto conto di tutte le fatture aperte? Non capisco se la 19 è già pagata o no, nel nostro sistema vedo un pagamento di ottobre ma senza numero di fattura.

Grazie e buona giornata,
Thomas Girard
Girard Vins — Bordeaux
""", reference="MG-2026-019")

M("client-reply-promise", "it",
  "Brazilian client writes Italian with Portuguese interference ('obrigado', 'a gente'); 'il 18' written 10 Dec -> 18 Dec.",
  owner=MAT, frm=("Rafael Almeida", "rafael.almeida@gmail.com"), tz="Europe/Rome", date="2026-12-10 19:26",
  subject="Re: Sollecito: fattura n. MG-2026-038", mid="gmail",
  q=Q("reminder", "MG-2026-038", "520.00", "2026-11-30", sent="2026-12-10 09:02", name="Rafael Almeida",
      kind="person", style="gmail", mua="pt"),
  body="""Ciao Matteo tudo bem?
scusa, me lo ero dimenticato completamente. Lo stipendio arriva il 17, ti faccio il bonifico il 18, va bene? Se vuoi ti mando la ricevuta.
Obrigado e scusa ancora!
Rafa
""", promised_date="2026-12-18")

M("client-reply-dispute", "it",
  "Portuguese client, Italian with Portuguese words: e-commerce section never delivered; will pay when everything is "
  "delivered -> dispute (conditional promise after a not-done claim).",
  owner=MAT, frm=("Inês Carvalho", "ines@casadoazulejo.pt"), tz="Europe/Lisbon", date="2027-02-16 12:08",
  subject="Re: Diffida di pagamento – fattura n. MG-2026-045", mid="gmail",
  q=Q("final", "MG-2026-045", "2750.00", "2027-01-10", sent="2027-02-16 09:00", issue="2026-12-11",
      deadline="2027-03-03", name="Casa do Azulejo Lda", kind="company", style="gmail", mua="pt"),
  body="""Buongiorno Matteo,

ho ricevuto la sua diffida e sinceramente non capisco. Il sito non è completo: manca tutta la sezione e-commerce (il carrinho, i pagamenti con MB Way) che era nel preventivo firmato a settembre. Abbiamo solo le pagine istituzionali.

Pago quando ricevo tutto quello che abbiamo concordato, non prima.

Cumprimentos,
Inês Carvalho
Casa do Azulejo, Lda.
""")

M("client-reply-paid", "it",
  "Catalan client writes Italian with Catalan/Spanish slips; paid both open invoices ('la 33 e la 34') -> paid, no "
  "single reference.",
  owner=MAT, frm=("Pau Ferrer", "pau@ferrerdisseny.cat"), tz="Europe/Madrid", date="2026-12-29 17:02",
  subject="Re: Sollecito: fattura n. MG-2026-033", mid="gmail",
  q=Q("reminder", "MG-2026-033", "700.00", "2026-12-15", sent="2026-12-29 09:02", name="Ferrer Disseny SL",
      kind="company", style="gmail", mua="ca"),
  body="""Hola Matteo!

Scusa, con le feste non ho guardato la posta. Ho saldato tutte e due, la 33 e la 34, stamattina con un solo bonifico (1.400 in totale). Dimmi se ti arriva bé.

Bon any!!
Pau
""", amount="1400.00")

M("client-reply-dispute", "it",
  "German client, correct but foreign Italian: MG-2026-031 repeats the hours already invoiced in MG-2026-028 -> "
  "dispute (already billed). Reference = the contested invoice.",
  owner=MAT, frm=("Wolfgang Baier", "w.baier@baier-logistik.at"), tz="Europe/Vienna", date="2026-11-26 08:55",
  subject="AW: Sollecito: fattura n. MG-2026-031", mid="outlook",
  q=Q("reminder", "MG-2026-031", "1680.00", "2026-11-15", sent="2026-11-25 09:02", name="Baier Logistik GmbH",
      kind="company", style="outlook", mua="de"),
  body="""Gentile Signor Galli,

abbiamo controllato: la fattura MG-2026-031 riporta le stesse 24 ore di sviluppo (modulo magazzino, settembre) che sono già state fatturate nella MG-2026-028, che abbiamo pagato il 10 ottobre. Secondo noi è un doppione.

Per favore controlli e ci mandi una nota di credito. Fino ad allora la fattura rimane bloccata.

Mit freundlichen Grüßen / Distinti saluti
Wolfgang Baier
Baier Logistik GmbH, Linz
""", reference="MG-2026-031")

# ----------------------------------------------------------------------------- Lucía Martín (es, 2026-0NN)
M("client-reply-paid", "es",
  "Italian client writes Spanish full of Italian ('perdona il ritardo', 'bonifico'); payment done, amount 1.815 stated.",
  owner=LUC, frm=("Francesca Lombardi", "francesca.lombardi@lombardidesign.it"), tz="Europe/Rome",
  date="2026-11-16 18:20", subject="Re: Factura n.º 2026-047 pendiente de pago", mid="gmail",
  q=Q("reminder", "2026-047", "1815.00", "2026-11-05", sent="2026-11-16 09:02", name="Lombardi Design srl",
      kind="company", style="gmail", mua="it"),
  body="""Ciao Lucía!

Ya está hecho el pago, perdona il ritardo, el lunes pasado estaba en Milán para la feria y no tenía el token de la banca. Te he hecho el bonifico de 1.815 euros esta tarde, dovrebbe llegarte en uno o dos días.

Un abrazo grande e grazie per la pazienza!
Francesca
""", amount="1815.00")

M("client-reply-promise", "es",
  "Italian client in Spanish: 'te pagamos a fin de mes' written Tue 24 Nov -> 30 Nov.",
  owner=LUC, frm=("Stefano Colombo", "s.colombo@colombotessile.it"), tz="Europe/Rome", date="2026-11-24 12:11",
  subject="R: Factura n.º 2026-049 pendiente de pago", mid="outlook",
  q=Q("reminder", "2026-049", "1210.00", "2026-11-15", sent="2026-11-24 09:02", name="Colombo Tessile SpA",
      kind="company", style="outlook", mua="it"),
  body="""Hola Lucía,

disculpa, la factura estaba en el correo de mi compañera que está de baja. Ya la he pasado a contabilidad: te pagamos a fin de mes con los demás proveedores.

Saludos cordiales,
Stefano Colombo
Ufficio Marketing – Colombo Tessile S.p.A.
""" + "\n" + GDPR_IT, promised_date="2026-11-30")

M("client-reply-dispute", "es",
  "Italian client mixing Spanish and Italian: cannot pay the whole invoice because the logo is not finished -> dispute.",
  owner=LUC, frm=("Giulia Ferraro", "giulia@pastificioferraro.it"), tz="Europe/Rome", date="2026-12-09 14:37",
  subject="Re: Segundo aviso: factura n.º 2026-053", mid="gmail",
  q=Q("late_fee", "2026-053", "2420.00", "2026-11-20", sent="2026-12-09 09:01", name="Pastificio Ferraro srl",
      kind="company", style="gmail", mua="it", deadline="2026-12-19"),
  body="""Lucía buongiorno,

scusa pero non possiamo pagar toda la factura porque el logo todavía no está terminado: mancano le versioni per il packaging y la guía de estilo que estaba en el presupuesto. Pagamos el 50% ahora si quieres, y el resto cuando nos entregas todo, ¿vale?

Baci,
Giulia
""")

M("client-reply-paid", "es",
  "Miami client, Spanglish: wire transfer sent Friday, should show up Monday or Tuesday -> paid (no amount).",
  owner=LUC, frm=("Daniela Ríos", "daniela@brightsidemkt.com"), tz="America/New_York", date="2026-12-13 20:48",
  subject="Re: Factura n.º 2026-055: vencimiento", mid="gmail",
  q=Q("due", "2026-055", "1500.00", "2026-12-10", sent="2026-12-11 09:00", name="Brightside Marketing LLC",
      kind="company", style="gmail", mua="us"),
  body="""Hola Lucía!! Ya te hice el wire transfer el viernes, it should show up Monday o Tuesday, los international wires tardan un poquito. Sorry for the delay, estuvimos super busy con el launch del cliente nuevo 🙈

Besos,
Dani

--
Daniela Ríos | Brightside Marketing
Brickell Ave, Miami FL
""")

M("client-reply-promise", "es",
  "Spanglish: 'te lo pago next week, promise' while waiting to be paid -> promise, vague (no date).",
  owner=LUC, frm=("Kevin Morales", "kevin.morales.photo@gmail.com"), tz="America/New_York", date="2026-11-12 22:15",
  subject="Re: Factura n.º 2026-046 pendiente de pago", mid="gmail",
  q=Q("reminder", "2026-046", "380.00", "2026-11-02", sent="2026-11-12 09:02", name="Kevin Morales",
      kind="person", style="gmail", mua="us"),
  body="""Lucía perdón!! Te lo pago next week, promise. Estoy esperando que me paguen a mí el job de Orlando y en cuanto entre te transfiero.

Sent from my iPhone
""")

M("client-reply-promise", "es",
  "Spanglish one-liner: 'Mañana te hago el deposit, ok?' written Thu 5 Nov -> 6 Nov.",
  owner=LUC, frm=("Yesenia Cruz", "yesenia@cruzbakery.com"), tz="America/New_York", date="2026-11-05 17:40",
  subject="Re: Factura n.º 2026-044: vencimiento", mid="iphone", headers=[("X-Mailer", "iPhone Mail (22B83)")],
  q=Q("due", "2026-044", "240.00", "2026-11-05", sent="2026-11-05 09:00", name="Cruz Bakery", kind="company",
      style="apple", mua="us"),
  body="""Mañana te hago el deposit, ok? Hoy no me dio tiempo con el rush de la panadería 🥐

Sent from my iPhone
""", promised_date="2026-11-06")

M("client-reply-dispute", "es",
  "Spanglish: invoice says 45 hours but they agreed on 35 max -> dispute of the amount.",
  owner=LUC, frm=("Carlos Méndez", "cmendez@latitudeapps.com"), tz="America/New_York", date="2027-01-08 11:02",
  subject="RE: Factura n.º 2026-062 pendiente de pago", mid="outlook-us",
  q=Q("reminder", "2026-062", "2700.00", "2026-12-30", sent="2027-01-08 09:02", name="Latitude Apps Inc.",
      kind="company", style="outlook", mua="us"),
  body="""Hola Lucía,

Revisé el invoice y dice 45 horas, pero we agreed on 35 hours max para el rediseño del onboarding. Si hubo más trabajo nadie me avisó y no lo aprobé. Por favor mándame uno corregido por 35 horas y lo proceso de inmediato.

Thanks,
Carlos Méndez
Product Lead | Latitude Apps
""")

M("client-reply-other", "es",
  "Spanglish: asks for a call about a new project and the invoice; no claim, no promise -> other.",
  owner=LUC, frm=("Andrea Gómez", "andrea@solecitoswim.com"), tz="America/New_York", date="2026-11-27 10:15",
  subject="Re: Recordatorio: factura n.º 2026-051", mid="gmail",
  q=Q("courtesy", "2026-051", "950.00", "2026-12-01", sent="2026-11-27 09:00", issue="2026-11-01",
      name="Solecito Swimwear", kind="company", style="gmail", mua="us"),
  body="""Hi Lucía! Can we hop on a call esta semana? Quiero hablar del proyecto nuevo (la colección de verano) y también de la factura, porque creo que mi socia quiere dividirla entre las dos empresas.

¿Te va bien el jueves a las 10am Miami time?

xx Andrea
""")

M("client-reply-other", "es",
  "Client forwards to a colleague and cc's Lucía: 'creo que ya la pagamos pero no estoy segura' -> uncertain, not a "
  "paid claim -> other.",
  owner=LUC, frm=("Natalia Vargas", "natalia@vargasgroup.com"), tz="America/New_York", date="2026-12-18 09:33",
  to=[("Mari Salazar", "msalazar@vargasgroup.com")], cc=[("Lucía Martín", "lucia@martinestudio.es")],
  subject="Fwd: Factura n.º 2026-058 pendiente de pago", mid="gmail",
  q=Q("reminder", "2026-058", "1100.00", "2026-12-08", sent="2026-12-18 09:02", name="Vargas Group",
      kind="company", style="none"),
  body="""Mari, can you check this one? Creo que ya la pagamos en noviembre pero no estoy segura, no la veo en el QuickBooks. Lucía está en copia.

Gracias!
N.

---------- Forwarded message ---------
From: Lucía Martín <lucia@martinestudio.es>
Date: Fri, Dec 18, 2026 at 3:02 AM
Subject: Factura n.º 2026-058 pendiente de pago
To: Natalia Vargas <natalia@vargasgroup.com>


Estimados señores:

Revisando mis cuentas, veo que la factura n.º 2026-058 de 1.100,00 €, vencida el 8 de diciembre de 2026, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.

Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.

Datos para el pago:
- beneficiario: Lucía Martín Gómez
- IBAN: ES91 2100 0418 4502 0005 1332
- BIC: CAIXESBBXXX
- concepto: Factura 2026-058

Un cordial saludo,
Lucía Martín
""")

M("client-reply-paid", "es",
  "Portuguese client in 'portuñol' (Spanish with Portuguese spelling); transfer of factura 2026-052 made last Friday.",
  owner=LUC, frm=("João Pereira", "joao.pereira@vinhosdouro.pt"), tz="Europe/Lisbon", date="2026-11-23 10:05",
  subject="Re: Factura n.º 2026-052 pendiente de pago", mid="outlook",
  q=Q("reminder", "2026-052", "860.00", "2026-11-12", sent="2026-11-23 09:02", name="Vinhos do Douro Lda",
      kind="company", style="outlook", mua="pt"),
  body="""Olá Lucía, ¿todo bien?

Ya hicimos la transferencia de la factura 2026-052 el viernes pasado, desde el Millennium BCP. Deve llegar hoy o mañana. Obrigado e desculpa la demora, tuvimos la auditoria anual.

Cumprimentos,
João Pereira
Vinhos do Douro, Lda. — Departamento Financeiro
""", reference="2026-052")

M("client-reply-promise", "es",
  "Portuguese client in Spanish: will pay 'a primeros de mes' -> promise, vague (no date).",
  owner=LUC, frm=("Marta Sousa", "marta.sousa@sousaeventos.pt"), tz="Europe/Lisbon", date="2026-12-16 15:49",
  subject="RE: Segundo aviso: factura n.º 2026-054", mid="outlook",
  q=Q("late_fee", "2026-054", "1450.00", "2026-11-25", sent="2026-12-16 09:01", name="Sousa Eventos Lda",
      kind="company", style="outlook", mua="pt", deadline="2026-12-28"),
  body="""Buenas tardes Lucía,

le pido disculpa. Diciembre es un mes muy complicado para nosotros con los eventos de Navidad. Le pagamos a primeros de mes, sin falta, junto con la factura de los flyers.

Com os melhores cumprimentos,
Marta Sousa
""")

M("client-reply-dispute", "es",
  "Portuguese client in Spanish with Portuguese words: asks for a credit note ('nota de crédito') for hours not done "
  "-> dispute.",
  owner=LUC, frm=("Tiago Fernandes", "tiago.fernandes@lusotech.pt"), tz="Europe/Lisbon", date="2027-01-27 11:14",
  subject="Re: Factura n.º 2027-004 pendiente de pago", mid="gmail",
  q=Q("reminder", "2027-004", "1920.00", "2027-01-18", sent="2027-01-27 09:02", name="Lusotech SA",
      kind="company", style="gmail", mua="pt"),
  body="""Hola Lucía,

revisamos la factura con el equipo y hay 16 horas de "formación" que nunca se hicieron: la sesión del día 12 fue cancelada por vosotros y no se recuperó. Pedimos una nota de crédito por esas horas (640 € + IVA). El resto lo pagamos sin problema cuando recibamos la nota.

Obrigado,
Tiago Fernandes
Lusotech
""")

M("client-reply-other", "es",
  "Portuguese client asks in Spanish whether they can pay by card -> question, other.",
  owner=LUC, frm=("Beatriz Lima", "beatriz@lima-arquitetos.pt"), tz="Europe/Lisbon", date="2026-11-30 12:40",
  subject="Re: Recordatorio: factura n.º 2026-056", mid="gmail",
  q=Q("courtesy", "2026-056", "330.00", "2026-12-04", sent="2026-11-30 09:00", issue="2026-11-04",
      name="Lima Arquitetos", kind="company", style="gmail", mua="pt"),
  body="""Buenos días Lucía,

¿se puede pagar con tarjeta? Nuestra empresa prefiere pagar los proveedores pequeños con la tarjeta de crédito de la empresa, es más fácil para la contabilidad. Si tienes un enlace de pago (Stripe, PayPal...) sería perfecto.

Un saludo,
Beatriz
""")

M("client-reply-paid", "es",
  "French client writes formal Spanish ('le confirmo', 'Cordialmente'); paid on 3 Dec, 2.420 euros.",
  owner=LUC, frm=("Nathalie Moreau", "n.moreau@moreau-cosmetiques.fr"), tz="Europe/Paris", date="2026-12-07 09:58",
  subject="RE : Factura n.º 2026-050 pendiente de pago", mid="outlook",
  q=Q("reminder", "2026-050", "2420.00", "2026-11-25", sent="2026-12-07 09:02", name="Moreau Cosmétiques SAS",
      kind="company", style="outlook", mua="fr"),
  body="""Buenos días Lucía,

Le confirmo que el pago fue efectuado el 3 de diciembre, por 2.420 euros, con la referencia de su factura. Quizás nuestra banca necesita algunos días más para las transferencias hacia España.

Quedo a su disposición.

Cordialmente,
Nathalie Moreau
Comptabilité fournisseurs
Moreau Cosmétiques — Grasse
""", amount="2420.00")

M("client-reply-promise", "es",
  "French client in Spanish: 'Pagaremos el 11 de enero, cuando vuelva la contable' (explicit date) written 21 Dec.",
  owner=LUC, frm=("Julien Petit", "julien.petit@petitvoyages.fr"), tz="Europe/Paris", date="2026-12-21 17:31",
  subject="Re: Factura n.º 2026-057: vencimiento", mid="gmail",
  q=Q("due", "2026-057", "780.00", "2026-12-18", sent="2026-12-21 09:00", name="Petit Voyages SARL",
      kind="company", style="gmail", mua="fr"),
  body="""Hola Lucía,

perdón, nuestra contable está de vacaciones hasta el 10 de enero y yo no tengo acceso a la banca. Pagaremos el 11 de enero, cuando vuelva la contable. ¡Felices fiestas!

Julien
""", promised_date="2027-01-11")

M("client-reply-dispute", "es",
  "French client in Spanish: the 10% discount agreed is missing, asks for a 'factura rectificativa' -> dispute.",
  owner=LUC, frm=("Camille Lefèvre", "camille.lefevre@lefevre-deco.fr"), tz="Europe/Paris", date="2027-02-04 14:26",
  subject="RE: Factura n.º 2027-008 pendiente de pago", mid="outlook",
  q=Q("reminder", "2027-008", "1650.00", "2027-01-25", sent="2027-02-04 09:02", name="Lefèvre Déco",
      kind="company", style="outlook", mua="fr"),
  body="""Buenos días,

La factura no incluye el descuento del 10% que acordamos por teléfono en diciembre (cliente fiel, tercer proyecto). Por favor, envíenos una factura rectificativa con el importe correcto y la pagaremos enseguida.

Atentamente,
Camille Lefèvre
""")

M("client-reply-other", "es",
  "French client asks in Spanish whether VAT applies / reverse charge -> question, other.",
  owner=LUC, frm=("Antoine Roux", "antoine.roux@roux-edition.fr"), tz="Europe/Paris", date="2026-11-04 11:20",
  subject="Re: Recordatorio: factura n.º 2026-045", mid="gmail",
  q=Q("courtesy", "2026-045", "1089.00", "2026-11-08", sent="2026-11-04 09:00", issue="2026-10-09",
      name="Roux Édition", kind="company", style="gmail", mua="fr"),
  body="""Buenos días Lucía,

una pregunta de nuestra contable antes de pagar: ¿la factura incluye IVA español? Ella dice que, como somos una empresa francesa con número de IVA intracomunitario (FR 45 832 119 004), se aplica la inversión del sujeto pasivo y no debería haber IVA. ¿Me puedes confirmar?

Gracias,
Antoine
""")

M("client-reply-promise", "es",
  "Elderly Galician client, ALL CAPS, no accents: 'TE PAGO EL LUNES' written Thu 19 Nov -> Mon 23 Nov.",
  owner=LUC, frm=("Manuel Castro", "mcastro1952@telefonica.net"), tz="Europe/Madrid", date="2026-11-19 20:07",
  subject="RE: Factura n.º 2026-048 pendiente de pago", mid="generic",
  q=Q("reminder", "2026-048", "290.00", "2026-11-09", sent="2026-11-19 09:02", name="Manuel Castro",
      kind="person", style="outlook", mua="es"),
  body="""LUCIA PERDONA NO HABIA VISTO EL CORREO. TE PAGO EL LUNES SIN FALTA EN LA OFICINA DE ABANCA.
UN SALUDO
MANUEL CASTRO
""", promised_date="2026-11-23")

M("client-reply-paid", "es",
  "One word plus emoji, Spanish iPhone footer: 'Hecho ✅'.",
  owner=LUC, frm=("Irene Sanz", "irene.sanz@icloud.com"), tz="Europe/Madrid", date="2026-12-02 13:44",
  subject="Re: Factura n.º 2026-059: vencimiento", mid="apple", headers=[("X-Mailer", "iPhone Mail (22B91)")],
  q=Q("due", "2026-059", "150.00", "2026-12-01", sent="2026-12-02 09:00", name="Irene Sanz", kind="person",
      style="apple", mua="es"),
  body="""Hecho ✅

Enviado desde mi iPhone
""")

M("client-reply-paid", "es",
  "Paid 2026-061 plus a vague undated 'the next one too with the remittance' -> exception: stays paid.",
  owner=LUC, frm=("Roberto Bianchi", "r.bianchi@bianchiarredamenti.it"), tz="Europe/Rome", date="2027-01-13 10:30",
  subject="R: Factura n.º 2026-061 pendiente de pago", mid="outlook",
  q=Q("reminder", "2026-061", "605.00", "2027-01-02", sent="2027-01-12 09:02", name="Bianchi Arredamenti srl",
      kind="company", style="outlook", mua="it"),
  body="""Buenos días Lucía,

Ya está pagada la 2026-061, ayer por la tarde. La próxima también la pagaremos con la remesa, así no hay más retrasos.

Saludos,
Roberto Bianchi
Bianchi Arredamenti
""", reference="2026-061")

M("client-reply-promise", "en",
  "Portuguese client answers a Spanish reminder in English: 'on Thursday, I promise' written Mon 11 Jan -> 14 Jan.",
  owner=LUC, frm=("Rui Matos", "rui.matos@matosfilmes.pt"), tz="Europe/Lisbon", date="2027-01-11 18:52",
  subject="Re: Factura n.º 2026-060 pendiente de pago", mid="gmail",
  q=Q("reminder", "2026-060", "1330.00", "2026-12-30", sent="2027-01-11 09:02", name="Matos Filmes Lda",
      kind="company", style="gmail", mua="pt"),
  body="""Hi Lucía, sorry, my Spanish is not good for writing so I answer in English.

We had a very bad December, two productions cancelled. We will do the transfer on Thursday, I promise. You were very patient with us.

Abraço,
Rui
""", promised_date="2027-01-14")

M("client-reply-other", "es",
  "Italian client in Spanish: the PDF shows no IBAN, asks for it -> question, other.",
  owner=LUC, frm=("Chiara Greco", "chiara.greco@grecoviaggi.it"), tz="Europe/Rome", date="2026-11-25 16:03",
  subject="Re: Recordatorio: factura n.º 2026-065", mid="gmail",
  q=Q("courtesy", "2026-065", "480.00", "2026-11-28", sent="2026-11-25 09:00", issue="2026-10-29",
      name="Greco Viaggi srl", kind="company", style="gmail", mua="it"),
  body="""Hola Lucía,

en el PDF de la factura no aparece el IBAN (veo solo tu dirección y el NIF). ¿Me lo puedes mandar? Mi collega dell'amministrazione non vuole pagare senza vederlo scritto nella fattura.

Grazie mille,
Chiara
""")

M("client-reply-promise", "es",
  "Italian client in Spanish: 'lo pagamos este viernes' written Mon 18 Jan -> Fri 22 Jan.",
  owner=LUC, frm=("Luca Moretti", "luca.moretti@morettifood.it"), tz="Europe/Rome", date="2027-01-18 12:25",
  subject="Re: Segundo aviso: factura n.º 2026-063", mid="gmail",
  q=Q("late_fee", "2026-063", "990.00", "2026-12-28", sent="2027-01-18 09:01", name="Moretti Food srl",
      kind="company", style="gmail", mua="it", deadline="2027-01-28"),
  body="""Ciao Lucía,

tienes razón, perdona. Con el cierre del año se nos ha quedado atrás. Lo pagamos este viernes seguro, ya está en la lista de pagos.

Un saludo,
Luca
""", promised_date="2027-01-22")

M("client-reply-other", "es",
  "Italian client in Spanish: thanks for the reminder, will check with administration and get back -> no promise, other.",
  owner=LUC, frm=("Alessio Rinaldi", "alessio.rinaldi@rinaldiwines.it"), tz="Europe/Rome", date="2027-02-08 09:40",
  subject="Re: Factura n.º 2027-010 pendiente de pago", mid="gmail",
  q=Q("reminder", "2027-010", "1180.00", "2027-01-29", sent="2027-02-08 09:02", name="Rinaldi Wines",
      kind="company", style="gmail", mua="it"),
  body="""Hola Lucía,

gracias por el recordatorio. Lo reviso con administración y te digo algo, porque no sé si la factura la tienen ellos o se ha quedado en mi bandeja.

Ciao!
Alessio
""")

M("client-reply-dispute", "es",
  "Spanglish client refuses to pay the rest and wants the deposit back: didn't like the final design -> dispute.",
  owner=LUC, frm=("Jessica Torres", "jessica@torresrealty.com"), tz="America/New_York", date="2027-02-11 21:18",
  subject="Re: Requerimiento de pago de la factura n.º 2026-064", mid="gmail",
  q=Q("final", "2026-064", "1200.00", "2026-12-31", sent="2027-02-11 09:00", issue="2026-12-01",
      deadline="2027-02-26", name="Torres Realty", kind="company", style="gmail", mua="us"),
  body="""Lucía, honestly, no voy a pagar el resto. El diseño final no se parece en nada a lo que hablamos en el kickoff, my agents hate it y no lo estamos usando. De hecho quiero que me devuelvas el depósito de los 600.

If you want to go to court, go ahead, pero creo que es mejor que lo hablemos like adults.

Jessica Torres
Broker | Torres Realty Group
""")

M("client-reply-promise", "es",
  "French client in Spanish: will pay 'cuando cobremos del cliente final' -> promise without date.",
  owner=LUC, frm=("Olivier Bernard", "o.bernard@bernard-events.fr"), tz="Europe/Paris", date="2027-02-19 10:12",
  subject="RE: Factura n.º 2027-007 pendiente de pago", mid="outlook",
  q=Q("reminder", "2027-007", "2150.00", "2027-02-09", sent="2027-02-19 09:02", name="Bernard Events",
      kind="company", style="outlook", mua="fr"),
  body="""Hola Lucía,

lo siento mucho. El cliente final (el congreso de Sevilla) todavía no nos ha pagado y no tenemos tesorería para adelantar. Le pagaremos cuando cobremos del cliente final, normalmente ellos pagan a 60 días.

Disculpe las molestias,
Olivier Bernard
""")

M("client-reply-other", "es",
  "Italian client writes Spanish with Italianisms ('he girado tu mail'): forwarded to Carmen in accounting -> other.",
  owner=LUC, frm=("Marco De Santis", "marco.desantis@desantisgroup.es"), tz="Europe/Madrid", date="2026-12-03 10:51",
  cc=[("Carmen Pardo", "cpardo@desantisgroup.es")],
  subject="Re: Factura n.º 2026-066: vencimiento", mid="gmail",
  q=Q("due", "2026-066", "720.00", "2026-12-02", sent="2026-12-03 09:00", name="De Santis Group SL",
      kind="company", style="gmail", mua="es", minute=0),
  body="""Lucía, he girado tu mail a Carmen de contabilidad (en copia), ella te contesta. Io non seguo più i pagamenti da settembre.

Un abrazo,
Marco
""")

M("client-reply-other", "es",
  "Italian-owned company asks in Spanish for the PO number before processing -> other.",
  owner=LUC, frm=("Valentina Ricci", "vricci@riccipharma.es"), tz="Europe/Madrid", date="2027-02-23 13:16",
  subject="RE: Factura n.º 2027-012: vencimiento", mid="outlook",
  q=Q("due", "2027-012", "2600.00", "2027-02-22", sent="2027-02-23 09:00", name="Ricci Pharma Iberia SL",
      kind="company", style="outlook", mua="es"),
  body="""Buenos días Lucía:

Sin número de pedido (PO) no podemos procesar ninguna factura, lo exige nuestra casa madre en Italia. ¿Nos puedes indicar el número de pedido que te dio el departamento de marketing? Si no lo tienes, pídeselo a Giorgia y reenvía la factura con el PO indicado.

Saludos,
Valentina Ricci
Accounts Payable – Ricci Pharma Iberia
""")

# ----------------------------------------------------------------------------- Jordi Puig (es reminders, F26/NNN)
M("client-reply-paid", "es",
  "Catalan/Spanish code-switching in one mail ('ja està pagada! Ho vaig fer divendres... se me pasó con lo del "
  "puente'); receipt attached. Language: mostly Catalan+Spanish -> es.",
  owner=JOR, frm=("Núria Vidal", "nuria@vidalinteriorisme.cat"), tz="Europe/Madrid", date="2026-12-09 10:14",
  subject="Re: Factura n.º F26/118 pendiente de pago", mid="gmail",
  q=Q("reminder", "F26/118", "726.00", "2026-11-28", sent="2026-12-09 09:02", name="Vidal Interiorisme SL",
      kind="company", style="gmail", mua="ca"),
  body="""Hola Jordi,

ja està pagada! Ho vaig fer divendres al vespre, t'adjunto el justificant. Perdona, se me pasó completamente con lo del puente y las obras del piso de Gràcia.

Per cert, les fotos del menjador han quedat brutals, el client està encantat.

Una abraçada,
Núria
""", atts=[attach("justificant_transferencia.pdf", PDF, fake_pdf("CaixaBank - Comprovant de transferencia"))])

M("client-reply-paid", "es",
  "Entirely Catalan one-liner with signature; transfer made today. Closest of it/es/en -> es.",
  owner=JOR, frm=("Gemma Roca", "administracio@cellerroca.cat"), tz="Europe/Madrid", date="2026-11-17 12:48",
  subject="RE: Factura n.º F26/109 pendiente de pago", mid="outlook",
  q=Q("reminder", "F26/109", "968.00", "2026-11-06", sent="2026-11-17 09:02", name="Celler Roca SL",
      kind="company", style="outlook", mua="ca"),
  body="""Bon dia Jordi,

Ja t'hem fet la transferència, avui mateix. Disculpa el retard.

Salutacions,
Gemma Roca
Administració · Celler Roca
Carretera de Falset, km 3 · 43730 Falset
""")

M("client-reply-promise", "es",
  "Catalan/Spanish: 'et pago demà sense falta, que avui el banc no em deixa' written Wed 13 Jan -> 14 Jan.",
  owner=JOR, frm=("Marc Soler", "marcsoler.bcn@gmail.com"), tz="Europe/Madrid", date="2027-01-13 13:37",
  subject="Re: Segundo aviso: factura n.º F26/131", mid="gmail",
  q=Q("late_fee", "F26/131", "350.00", "2026-12-20", sent="2027-01-13 09:01", name="Marc Soler", kind="person",
      style="gmail", mua="ca", deadline="2027-01-23"),
  body="""Ostres Jordi, perdona!! Et pago demà sense falta, que avui el banc no em deixa fer transferències (m'han bloquejat la targeta, un drama). Mañana a primera hora lo tienes.

Marc
""", promised_date="2027-01-14")

M("client-reply-promise", "es",
  "Catalan with a Spanish sign-off: 'Dijous et fem la transferència' written Mon 1 Feb -> Thu 4 Feb.",
  owner=JOR, frm=("Laia Martí", "laia@martiflors.cat"), tz="Europe/Madrid", date="2027-02-01 09:26",
  subject="Re: Factura n.º F27/004 pendiente de pago", mid="gmail",
  q=Q("reminder", "F27/004", "242.00", "2027-01-22", sent="2027-02-01 09:02", name="Martí Flors", kind="company",
      style="gmail", mua="ca"),
  body="""Hola Jordi! Perdona el retard. Dijous et fem la transferència, d'acord? Aquesta setmana tenim la Laia gran de vacances i vaig de bòlit.

Gràcies per la paciència,
Laia
Martí Flors — flors i plantes des de 1978
""", promised_date="2027-02-04")

M("client-reply-dispute", "es",
  "Catalan/Spanish: invoice F26/121 duplicates F26/098 already paid in September for the same shoot -> dispute "
  "(already billed), not a paid claim for this invoice.",
  owner=JOR, frm=("Oriol Camps", "ocamps@campsassociats.cat"), tz="Europe/Madrid", date="2026-11-20 17:05",
  subject="RE: Factura n.º F26/121 pendiente de pago", mid="outlook",
  q=Q("reminder", "F26/121", "1089.00", "2026-11-10", sent="2026-11-20 09:02", name="Camps Associats SLP",
      kind="company", style="outlook", mua="ca"),
  body="""Jordi, bona tarda,

aquesta factura, la F26/121, està duplicada. El reportatge de l'equip (juliol) ja te'l vam pagar al setembre amb la F26/098, mateix import i mateix concepte. No la pagaremos dos veces, lógicamente. Revisa-ho i anul·la-la amb una factura rectificativa, si us plau.

Oriol Camps
Soci director · Camps Associats Advocats
""", reference="F26/121")

M("client-reply-dispute", "es",
  "Catalan: agreed 1,200 but invoiced 1,450, will pay once corrected -> dispute; accepted amount 1200.",
  owner=JOR, frm=("Albert Puigdemont", "albert@hotelcanpere.cat"), tz="Europe/Madrid", date="2026-12-14 11:50",
  subject="Re: Factura n.º F26/126 pendiente de pago", mid="gmail",
  q=Q("reminder", "F26/126", "1450.00", "2026-12-04", sent="2026-12-14 09:02", name="Hotel Can Pere",
      kind="company", style="gmail", mua="ca"),
  body="""Hola Jordi,

no estem d'acord amb la factura. Vam quedar en 1.200 € per tota la sessió (interiors + exteriors + drone) i ens has posat 1.450. Els 250 de més d'on surten? Si és el desplaçament, no el vam parlar mai.

Quan ho tinguis corregit la paguem.

Albert
""", amount="1200.00")

M("client-reply-other", "es",
  "Catalan: 'Rebut, gràcies! Ho passo a comptabilitat.' -> acknowledgement, other.",
  owner=JOR, frm=("Montse Ferrer", "montse.ferrer@escolapia.cat"), tz="Europe/Madrid", date="2026-11-03 10:12",
  subject="Re: Recordatorio: factura n.º F26/112", mid="gmail",
  q=Q("courtesy", "F26/112", "605.00", "2026-11-07", sent="2026-11-03 09:00", issue="2026-10-08",
      name="Escola Pia Sabadell", kind="company", style="gmail", mua="ca"),
  body="""Rebut, gràcies! Ho passo a comptabilitat.

Montse
Secretaria
""")

M("client-reply-dispute", "es",
  "Italian client writes Spanish: photos of the second day never received, no payment until then -> dispute.",
  owner=JOR, frm=("Federica Gallo", "federica.gallo@galloeventi.it"), tz="Europe/Rome", date="2026-12-22 16:18",
  subject="Re: Segundo aviso: factura n.º F26/124", mid="gmail",
  q=Q("late_fee", "F26/124", "1815.00", "2026-11-30", sent="2026-12-22 09:01", name="Gallo Eventi srl",
      kind="company", style="gmail", mua="it", deadline="2027-01-04"),
  body="""Hola Jordi,

perdona pero las fotos de la segunda jornada del congreso (el sábado) no las hemos recibido nunca. Te lo escribí en noviembre, y el link de WeTransfer que me mandaste tenía solo las del viernes. Hasta que no las tengamos no pagamos la factura, lo siento.

Saluti,
Federica Gallo
Gallo Eventi — Torino
""")

M("client-reply-promise", "es",
  "Catalan/Spanish: will pay when his own client pays ('Quan cobri del client et pago') -> promise, no date.",
  owner=JOR, frm=("Xavi Ribas", "xavi@ribasproduccions.cat"), tz="Europe/Madrid", date="2027-02-17 19:44",
  subject="Re: Requerimiento de pago de la factura n.º F26/133", mid="gmail",
  q=Q("final", "F26/133", "2178.00", "2027-01-05", sent="2027-02-17 09:00", issue="2026-12-06",
      deadline="2027-03-04", name="Ribas Produccions SL", kind="company", style="gmail", mua="ca"),
  body="""Jordi, tio, no cal arribar a això. Ja saps com va: l'agència encara no ens ha pagat la campanya de Nadal i anem molt justos. Quan cobri del client et pago, t'ho prometo. Cuestión de semanas.

Xavi
""")

M("client-reply-dispute", "es",
  "Chinese restaurant owner, very broken Spanish: photos not good, client unhappy, will pay half -> dispute.",
  owner=JOR, frm=("Li Wei", "liwei.restaurante@gmail.com"), tz="Europe/Madrid", date="2026-12-01 16:40",
  subject="Re: Factura n.º F26/122 pendiente de pago", mid="gmail",
  q=Q("reminder", "F26/122", "480.00", "2026-11-20", sent="2026-12-01 09:02", name="Restaurante Jardín de Jade",
      kind="company", style="gmail", mua="zh"),
  body="""Hola señor Jordi
fotos de platos no buenos, mucho oscuro, clientes en Google dicen comida no bonita. Nosotros no contentos.
Nosotros pagar mitad, 240 euros. Si usted hace fotos otra vez, pagar todo.
gracias
Li Wei
""", amount="240.00")

M("client-reply-other", "es",
  "German client in Spanish: invoice lacks their CIF, please resend -> administrative request, other.",
  owner=JOR, frm=("Katrin Schulz", "k.schulz@schulz-immobilien.es"), tz="Europe/Madrid", date="2027-01-29 12:03",
  subject="AW: Factura n.º F27/002: vencimiento", mid="outlook",
  q=Q("due", "F27/002", "847.00", "2027-01-28", sent="2027-01-29 09:00", name="Schulz Immobilien Mallorca SL",
      kind="company", style="outlook", mua="de"),
  body="""Hola Jordi,

¿puede enviar la factura otra vez con nuestro CIF (B-57 912 334)? Falta en la factura y nuestro asesor no la acepta así.

Danke und saludos,
Katrin Schulz
Schulz Immobilien Mallorca S.L. · Palma
""")

# ----------------------------------------------------------------------------- Tom Byrne (en, INV-2026-NNN)
M("client-reply-paid", "en",
  "German accounts clerk, German date style (27.11. / value date 30.11.), payment advice PDF attached; names the "
  "invoice; Outlook German quote header.",
  owner=TOM, frm=("Petra Schneider", "p.schneider@schneider-druck.de"), tz="Europe/Berlin", date="2026-11-27 15:12",
  subject="AW: Overdue invoice INV-2026-044", mid="outlook", fmt="alt", hstyle="outlook",
  q=Q("reminder", "INV-2026-044", "1845.00", "2026-11-18", sent="2026-11-27 09:02", name="Schneider Druck GmbH",
      kind="company", style="outlook", mua="de"),
  body="""Dear Mr. Byrne,

the payment for invoice INV-2026-044 was executed on 27.11. with value date 30.11. Please find attached the payment advice.

Mit freundlichen Grüßen / Best regards

Petra Schneider
Finanzbuchhaltung
Schneider Druck GmbH & Co. KG | Am Hafen 12 | 28217 Bremen
""", atts=[attach("Zahlungsavis_2026-11-27.pdf", PDF, fake_pdf("Zahlungsavis / Payment advice"))],
  reference="INV-2026-044")

M("client-reply-paid", "en",
  "Italian client's English ('we have done the payment', 'approvation'); paid yesterday, asks for confirmation.",
  owner=TOM, frm=("Lorenzo Fabbri", "lorenzo.fabbri@fabbrimobili.it"), tz="Europe/Rome", date="2026-11-10 11:34",
  subject="R: Overdue invoice INV-2026-041", mid="outlook",
  q=Q("reminder", "INV-2026-041", "2200.00", "2026-10-31", sent="2026-11-09 09:02", name="Fabbri Mobili srl",
      kind="company", style="outlook", mua="it"),
  body="""Hi Tom,

sorry for the delay, we have done the payment yesterday. At the end it was stucked in the approvation of my boss, he was at the Salone in Shanghai for two weeks. Let me know if you receive it.

Ciao!
Lorenzo

Lorenzo Fabbri
Marketing Manager
Fabbri Mobili S.r.l. – Via Brianza 22, 20821 Meda (MB)
""" + "\n" + GDPR_IT)

M("client-reply-paid", "en",
  "Dubai client, formal Gulf English: payment released today via Emirates NBD, SWIFT copy attached.",
  owner=TOM, frm=("Mohammed Al Nuaimi", "m.alnuaimi@gulfhorizon.ae"), tz="Asia/Dubai", date="2026-12-14 12:20",
  subject="RE: Invoice INV-2026-053 – second reminder", mid="outlook",
  q=Q("late_fee", "INV-2026-053", "4200.00", "2026-11-20", sent="2026-12-11 09:01",
      name="Gulf Horizon Real Estate LLC", kind="company", style="outlook", mua="en", deadline="2026-12-24"),
  body="""Dear Tom,

Greetings.

Kindly note the payment has been released today via Emirates NBD. Please find the swift copy attached for your reference. Kindly confirm once received at your end.

Apologies for the delay caused.

Best Regards,
Mohammed Al Nuaimi
Finance Manager
Gulf Horizon Real Estate LLC
P.O. Box 118822, Dubai, U.A.E.
""", atts=[attach("SWIFT MT103 - BYRNE DESIGN.pdf", PDF, fake_pdf("MT103 Customer Credit Transfer"))])

M("client-reply-paid", "en",
  "Two words from a phone: 'Paid - sorry!' Portuguese iPhone footer; no quote kept.",
  owner=TOM, frm=("Ana Rocha", "ana.rocha@me.com"), tz="Europe/Lisbon", date="2026-11-25 21:09",
  subject="Re: Invoice INV-2026-049 due", mid="apple", headers=[("X-Mailer", "iPhone Mail (22B91)")],
  q=Q("due", "INV-2026-049", "300.00", "2026-11-24", sent="2026-11-25 09:00", name="Ana Rocha", kind="person",
      style="none"),
  body="""Paid - sorry!

Enviado do meu iPhone
""")

M("client-reply-paid", "en",
  "Romanian client, English: paid on Monday, asks Tom to check it arrived -> still paid.",
  owner=TOM, frm=("Bogdan Georgescu", "bogdan@pixelforge.ro"), tz="Europe/Bucharest", date="2026-12-10 17:46",
  subject="Re: Overdue invoice INV-2026-055", mid="gmail",
  q=Q("reminder", "INV-2026-055", "1150.00", "2026-11-30", sent="2026-12-10 09:02", name="PixelForge SRL",
      kind="company", style="gmail", mua="ro"),
  body="""Hello Tom,

We paid it on Monday from our ING account, I saw the money left. Can you check please if it arrived? Sometimes the transfers from Romania to Ireland take more, I don't know why.

Thanks,
Bogdan
""")

M("client-reply-paid", "en",
  "Chinese manufacturer after Chinese New Year, Chinglish; paid by T/T yesterday, USD 3,150, bank slip attached.",
  owner=TOM, frm=("Kevin Zhang", "kevin.zhang@sz-brightlight.com"), tz="Asia/Shanghai", date="2027-02-16 10:05",
  subject="Re: Invoice INV-2027-006 – second reminder", mid="generic",
  q=Q("late_fee", "INV-2027-006", "3150.00", "2027-01-20", sent="2027-02-15 09:01", cur="USD",
      name="Shenzhen Brightlight Co., Ltd", kind="company", style="gmail", mua="zh", deadline="2027-02-25"),
  body="""Dear Tom,

Sorry late reply, we have Chinese New Year holiday, office close from 5 Feb to 14 Feb.
Payment done by T/T yesterday, USD 3,150. Bank slip attached, please check.

Happy new year of the Goat!

Best regards
Kevin Zhang
Overseas Sales Dept.
Shenzhen Brightlight Co., Ltd
""", atts=[attach("bank slip.jpg", JPG, fake_jpg(61))], amount="3150.00", currency="USD")

M("client-reply-paid", "es",
  "Mexican client answers an English reminder in Spanish (Mexican usage 'ya quedó'); sent 1,500 euros via Wise.",
  owner=TOM, frm=("Alejandro Gutiérrez", "alejandro@agenciaolmo.mx"), tz="America/Mexico_City",
  date="2026-12-05 19:22", subject="Re: Overdue invoice INV-2026-050", mid="gmail",
  q=Q("reminder", "INV-2026-050", "1500.00", "2026-11-26", sent="2026-12-05 09:02", name="Agencia Olmo",
      kind="company", style="gmail", mua="es"),
  body="""Hola Tom, disculpa la tardanza! Ya quedó el pago, te mandé los 1,500 euros por Wise hoy en la mañana, deberían llegarte el lunes.

Saludos y gracias por todo el apoyo con la marca!
Alejandro
""", amount="1500.00")

M("client-reply-paid", "en",
  "German English ('transferred the amount', 'booked under our PO'); confirmation attached.",
  owner=TOM, frm=("Markus Weber", "markus.weber@weber-sanitaer.de"), tz="Europe/Berlin", date="2027-01-21 10:40",
  subject="AW: Overdue invoice INV-2027-002", mid="outlook", cte="base64",
  q=Q("reminder", "INV-2027-002", "980.00", "2027-01-12", sent="2027-01-21 09:02", name="Weber Sanitär GmbH",
      kind="company", style="outlook", mua="de"),
  body="""Hello Mr. Byrne,

we have transferred the amount today, please find enclosed the transfer confirmation. The invoice was booked under our PO 4500123456; for the next invoices please always mention the PO number, then it goes faster.

Best regards
Markus Weber
Einkauf / Purchasing
Weber Sanitär GmbH
""", atts=[attach("Überweisungsbestätigung.pdf", PDF, fake_pdf("Ueberweisungsbestaetigung"))])

M("client-reply-promise", "en",
  "German company: 'paid with our next payment run on 15 December' written 3 Dec -> 15 Dec.",
  owner=TOM, frm=("Anja Fischer", "kreditoren@fischer-logistik.de"), tz="Europe/Berlin", date="2026-12-03 13:58",
  subject="AW: Invoice INV-2026-052 due", mid="outlook",
  q=Q("due", "INV-2026-052", "2750.00", "2026-12-02", sent="2026-12-03 09:00", name="Fischer Logistik AG",
      kind="company", style="outlook", mua="de"),
  body="""Dear Mr Byrne,

thank you for your e-mail. Your invoice has been approved and will be paid with our next payment run on 15 December.

Kind regards
Anja Fischer
Kreditorenbuchhaltung / Accounts Payable
Fischer Logistik AG

""" + DISC_DE, promised_date="2026-12-15")

M("client-reply-promise", "en",
  "Milanese English ('we can't before the 28th', 'a casino'): not before the 28th written 19 Jan -> 28 Jan.",
  owner=TOM, frm=("Federico Brambilla", "federico@brambillastudio.it"), tz="Europe/Rome", date="2027-01-19 18:03",
  subject="Re: Invoice INV-2026-060 – second reminder", mid="gmail",
  q=Q("late_fee", "INV-2026-060", "1600.00", "2026-12-20", sent="2027-01-19 09:01", name="Brambilla Studio",
      kind="company", style="gmail", mua="it", deadline="2027-01-29"),
  body="""Hi Tom,

you are right, sorry, January is a casino here. The truth is that we can't before the 28th, because our client in Monza pays us the 27 and the cash flow is what it is. I know, I know. But the 28th is sure.

Thanks for the patience, really
Fede
""", promised_date="2027-01-28")

M("client-reply-promise", "en",
  "Spanish accountant writes English with a Spanish term: 'included in the remesa of 25th January' written 12 Jan.",
  owner=TOM, frm=("Pilar Navarro", "pnavarro@navarrohermanos.es"), tz="Europe/Madrid", date="2027-01-12 12:44",
  subject="RE: Overdue invoice INV-2026-061", mid="outlook",
  q=Q("reminder", "INV-2026-061", "3300.00", "2027-01-02", sent="2027-01-12 09:02", name="Navarro Hermanos SA",
      kind="company", style="outlook", mua="es"),
  body="""Dear Tom,

Your invoice is included in the remesa (payment batch) of 25th January. We pay suppliers only twice a month, the 10th and the 25th, sorry for the inconvenience.

Best regards,
Pilar Navarro
Contabilidad – Navarro Hermanos, S.A.
""" + "\n" + LOPD_ES.replace("distlevante", "navarrohermanos"), promised_date="2027-01-25")

M("client-reply-promise", "en",
  "French freelancer, short English: 'Can't do it today, Thursday ok?' written Tue 1 Dec -> Thu 3 Dec.",
  owner=TOM, frm=("Léa Fontaine", "lea.fontaine@free.fr"), tz="Europe/Paris", date="2026-12-01 12:15",
  subject="Re: Invoice INV-2026-054 due", mid="generic",
  headers=[("User-Agent", "Zimbra Webmail (Free)")],
  q=Q("due", "INV-2026-054", "420.00", "2026-12-01", sent="2026-12-01 09:00", name="Léa Fontaine",
      kind="person", style="gmail", mua="fr"),
  body="""Hi Tom,
Can't do it today, I am in train all day. Thursday ok?
Léa
""", promised_date="2026-12-03")

M("client-reply-promise", "en",
  "Milanese English with Italian words: 'the payment will go out lunedì' written Wed 10 Feb -> Mon 15 Feb.",
  owner=TOM, frm=("Chiara Sala", "chiara.sala@salaeventi.it"), tz="Europe/Rome", date="2027-02-10 17:29",
  subject="Re: Invoice INV-2027-009 due", mid="gmail",
  q=Q("due", "INV-2027-009", "870.00", "2027-02-09", sent="2027-02-10 09:00", name="Sala Eventi srl",
      kind="company", style="gmail", mua="it"),
  body="""Ciao Tom,

allora, the payment will go out lunedì, ok? Sorry for the ritardo, our administration is only two days a week and this week is Fashion Week, figurati.

Un abbraccio
Chiara
""", promised_date="2027-02-15")

M("client-reply-promise", "en",
  "French client, two invoices: INV-2026-051 paid last week, INV-2026-068 'will be paid on 30 November' -> promise "
  "(paid one + promise other = promise). No single reference.",
  owner=TOM, frm=("Hugo Lemaire", "hugo.lemaire@lemaire-studio.fr"), tz="Europe/Paris", date="2026-11-20 10:32",
  subject="RE: Overdue invoice INV-2026-051", mid="outlook",
  q=Q("reminder", "INV-2026-051", "640.00", "2026-11-10", sent="2026-11-20 09:02", name="Lemaire Studio",
      kind="company", style="outlook", mua="fr"),
  body="""Hello Tom,

There is a small confusion I think: INV-2026-051 was paid last week (12/11, 640 €), you should have it now. The other one, INV-2026-068, is not due yet for us, it will be paid on 30 November with the other suppliers.

Bonne journée,
Hugo Lemaire
""", promised_date="2026-11-30")

M("client-reply-promise", "en",
  "Romanian client: 'we will pay early January, after holidays' -> vague, no date.",
  owner=TOM, frm=("Ioana Radu", "ioana.radu@verdeapps.ro"), tz="Europe/Bucharest", date="2026-12-18 14:10",
  subject="RE: Invoice INV-2026-057 – second reminder", mid="outlook",
  q=Q("late_fee", "INV-2026-057", "2100.00", "2026-11-28", sent="2026-12-18 09:01", name="Verde Apps SRL",
      kind="company", style="outlook", mua="ro", deadline="2026-12-28"),
  body="""Hi Tom,

I am very sorry, our CFO is blocking all the payments until the end of the year because of the budget closing. We will pay early January, after holidays, I will personally remind him.

Merry Christmas!
Ioana
""")

M("client-reply-promise", "en",
  "Brazilian client: 'by the 5th' written 7 Dec (the 5th has passed) -> 5 Jan.",
  owner=TOM, frm=("Paulo Nascimento", "paulo@nascimentofilms.com.br"), tz="America/Sao_Paulo", date="2026-12-07 16:20",
  subject="Re: Overdue invoice INV-2026-056", mid="gmail",
  q=Q("reminder", "INV-2026-056", "1900.00", "2026-11-27", sent="2026-12-07 09:02", name="Nascimento Films",
      kind="company", style="gmail", mua="pt"),
  body="""Hi Tom, how are you?

Sorry, December is crazy here, 13º salário for the team and all. I can pay you by the 5th, I hope this is ok for you. If you need it before tell me and I try to do a part.

Abraços,
Paulo
""", promised_date="2027-01-05")

M("client-reply-promise", "en",
  "Dubai client: 'tomorrow first thing' written Thu 7 Jan -> 8 Jan.",
  owner=TOM, frm=("Omar Khalil", "omar.khalil@desertpalm.ae"), tz="Asia/Dubai", date="2027-01-07 16:48",
  subject="RE: Final notice: invoice INV-2026-048", mid="outlook",
  q=Q("final", "INV-2026-048", "5600.00", "2026-11-20", sent="2027-01-07 09:00", issue="2026-10-21",
      deadline="2027-01-21", name="Desert Palm Hospitality FZ-LLC", kind="company", style="outlook", mua="en"),
  body="""Dear Tom,

Noted with thanks and sincere apologies. The approval is now complete, the transfer will be processed tomorrow first thing in the morning. I will share the swift copy once done.

Regards,
Omar Khalil
Senior Accountant | Desert Palm Hospitality
""", promised_date="2027-01-08")

M("client-reply-promise", "en",
  "Reply to a final notice: will pay Monday 7 December (written Wed 2 Dec) but asks for the invoice again with their "
  "VAT number -> promise wins over the request.",
  owner=TOM, frm=("Ewa Kowalczyk", "ewa.kowalczyk@baltichouse.pl"), tz="Europe/Warsaw", date="2026-12-02 11:47",
  subject="RE: Final notice: invoice INV-2026-043", mid="outlook",
  q=Q("final", "INV-2026-043", "1250.00", "2026-10-20", sent="2026-12-02 09:00", issue="2026-09-20",
      deadline="2026-12-16", name="Baltic House Sp. z o.o.", kind="company", style="outlook", mua="en"),
  body="""Dear Tom,

We are very sorry, the invoice was lost between two people who left the company. We'll pay on Monday 7 December, but could you resend the invoice with our VAT number (PL 5842 771 903) please? Our new accountant needs it for the reverse charge.

Kind regards,
Ewa Kowalczyk
Office Manager, Baltic House
""", promised_date="2026-12-07")

M("client-reply-dispute", "en",
  "German client: final files not delivered in the agreed format, payment withheld until delivery -> dispute.",
  owner=TOM, frm=("Dr. Stefan Braun", "s.braun@braun-medtech.de"), tz="Europe/Berlin", date="2026-11-16 09:08",
  subject="AW: Overdue invoice INV-2026-045", mid="outlook", fmt="html", hstyle="outlook",
  charset="windows-1252", codec="cp1252",
  q=Q("reminder", "INV-2026-045", "3900.00", "2026-11-05", sent="2026-11-13 09:02", name="Braun MedTech GmbH",
      kind="company", style="outlook", mua="de"),
  body="""Dear Mr Byrne,

we have not yet received the final files in the agreed formats (open InDesign packages and the icon set as SVG, see our order of 14 September, point 3). What we received are only PDFs.

Therefore we will withhold the payment until the complete delivery. As soon as we have the files, the invoice will be released.

Mit freundlichen Grüßen
Dr. Stefan Braun
Head of Marketing
Braun MedTech GmbH – Heidelberg
""")

M("client-reply-dispute", "en",
  "French client, firm English: extra work never approved, won't pay it -> dispute (refusal). The 600 paid in "
  "October was an earlier, separate part, not a payment of this invoice -> no amount.",
  owner=TOM, frm=("Mathieu Rousseau", "m.rousseau@rousseau-brasserie.fr"), tz="Europe/Paris", date="2026-12-11 18:40",
  subject="Re: Invoice INV-2026-059 due", mid="gmail",
  q=Q("due", "INV-2026-059", "1320.00", "2026-12-10", sent="2026-12-11 09:00", name="Brasserie Rousseau",
      kind="company", style="gmail", mua="fr"),
  body="""Tom,

We never approved this extra work. The quote was for the menu and the labels, not for the "brand guidelines" of 40 pages that nobody asked. We won't pay it. The original part (menu + labels, 600 €) was already paid in October, as you know.

Mathieu Rousseau
""")

M("client-reply-dispute", "en",
  "German client paid 1,800 and refuses the remaining 300 of travel costs -> partial payment + dispute = dispute; "
  "amount paid 1800.",
  owner=TOM, frm=("Claudia Hoffmann", "c.hoffmann@hoffmann-bau.de"), tz="Europe/Berlin", date="2027-01-05 14:22",
  subject="AW: Invoice INV-2026-058 – second reminder", mid="outlook",
  q=Q("late_fee", "INV-2026-058", "2100.00", "2026-12-10", sent="2027-01-05 09:01", name="Hoffmann Bau GmbH",
      kind="company", style="outlook", mua="de", deadline="2027-01-15"),
  body="""Dear Mr Byrne,

we paid 1.800 EUR on 22 December (design work as quoted). The remaining 300 EUR for travel costs we will not pay, because travel costs were never agreed in your offer and the meeting in Dublin was your proposal.

Please send a credit note for the 300 EUR.

Kind regards
Claudia Hoffmann
""", amount="1800.00")

M("client-reply-dispute", "en",
  "Egyptian client: received two invoices for the same job (INV-2026-069 and -071), will pay only one -> dispute "
  "(already billed); reference = the reminded, contested invoice.",
  owner=TOM, frm=("Karim Mansour", "karim.mansour@nilemedia.com.eg"), tz="Africa/Cairo", date="2027-01-25 13:17",
  subject="RE: Overdue invoice INV-2026-071", mid="outlook",
  q=Q("reminder", "INV-2026-071", "2500.00", "2027-01-14", sent="2027-01-25 09:02", name="Nile Media",
      kind="company", style="outlook", mua="en"),
  body="""Dear Tom,

Hope you are doing well. We received two invoices for the same job: INV-2026-069 and INV-2026-071, both for the website redesign, same amount. INV-2026-069 is already settled. We will not pay INV-2026-071 as it is a duplicate, kindly cancel it.

Best regards,
Karim Mansour
Nile Media – Cairo
""", reference="INV-2026-071")

M("client-reply-dispute", "en",
  "Saudi client: invoice carries Irish VAT 23% although they are outside the EU, asks to revise; will release "
  "5,000 on the revised invoice -> dispute; accepted amount 5000.",
  owner=TOM, frm=("Faisal Al-Harbi", "f.alharbi@najdventures.sa"), tz="Asia/Riyadh", date="2026-11-24 11:55",
  subject="RE: Overdue invoice INV-2026-047", mid="outlook",
  q=Q("reminder", "INV-2026-047", "6150.00", "2026-11-14", sent="2026-11-23 09:02", name="Najd Ventures",
      kind="company", style="outlook", mua="en"),
  body="""Dear Mr. Tom,

Kindly note that the invoice amount is including VAT 23% (EUR 1,150) which is not applicable for us as we are a company in Saudi Arabia, outside the European Union. Our finance team cannot process the invoice with this amount.

Kindly revise the invoice to EUR 5,000 without VAT and share again. We will release EUR 5,000 upon receipt of the revised invoice.

Thanks & Regards,
Faisal Al-Harbi
""", amount="5000.00")

M("client-reply-dispute", "en",
  "Chinese client, simple English: ordered 40 images, invoiced 60 -> wrong quantity, dispute.",
  owner=TOM, frm=("Amy Liu", "amy.liu@hangzhou-silkroad.cn"), tz="Asia/Shanghai", date="2026-12-21 09:14",
  subject="Re: Overdue invoice INV-2026-067", mid="generic",
  q=Q("reminder", "INV-2026-067", "1800.00", "2026-12-11", sent="2026-12-18 09:02",
      name="Hangzhou Silk Road Trading Co., Ltd", kind="company", style="gmail", mua="zh"),
  body="""Dear Tom

Quantity is wrong. We only order 40 product images, not 60. The last 20 images we say not need, please check my email 3 November. Please send new invoice with 40 images, then we pay.

Best regards
Amy Liu
""")

M("client-reply-other", "en",
  "German company: invoices must go to the central inbox rechnungseingang@..., not to employees -> other.",
  owner=TOM, frm=("Julia Becker", "j.becker@becker-optik.de"), tz="Europe/Berlin", date="2026-11-12 08:46",
  subject="AW: Friendly reminder: invoice INV-2026-046", mid="outlook",
  q=Q("courtesy", "INV-2026-046", "760.00", "2026-11-16", sent="2026-11-11 09:00", issue="2026-10-17",
      name="Becker Optik GmbH", kind="company", style="outlook", mua="de"),
  body="""Dear Mr Byrne,

please send the invoice to our central invoice address rechnungseingang@becker-optik.de. Invoices sent to individual employees cannot be processed by our accounting (we use a scanning service).

Thank you and best regards
Julia Becker
Marketing
""" + "\n" + DISC_DE)

M("client-reply-other", "en",
  "Milanese English, long and chatty about a new packaging project; the only line about the invoice forwards it to "
  "Giovanna in administration -> other.",
  owner=TOM, frm=("Giacomo Villa", "giacomo.villa@villacaffe.it"), tz="Europe/Rome", date="2026-11-18 22:47",
  subject="Re: Overdue invoice INV-2026-062", mid="gmail", fmt="alt",
  q=Q("reminder", "INV-2026-062", "1400.00", "2026-11-08", sent="2026-11-18 09:02", name="Villa Caffè srl",
      kind="company", style="gmail", mua="it"),
  body="""Hi Tom!!

So nice to hear from you. Listen, I was exactly thinking to write you: we are launching the new line of capsules in March (the compostable ones, finally!!) and we need a complete new packaging, 6 flavours, plus the display for the supermarkets. My partner Paolo saw the work you did for the Irish whiskey guys and he is super excited, he say "this is the guy".

Are you coming to Milano in January? We can do a workshop here in the roastery, I offer the lunch (real risotto, not the one you eat in Dublin ahah).

About the invoice I will ask to Giovanna in the administration, I don't follow this part.

Let me know about January!!
Giacomo

--
Giacomo Villa
Villa Caffè – Torrefazione dal 1961
Via Tortona 14, Milano
""")

M("client-reply-other", "en",
  "Milanese English: asks whether Tom has an Italian IBAN because their bank charges for foreign transfers -> question.",
  owner=TOM, frm=("Silvia Mariani", "amministrazione@marianiarredi.it"), tz="Europe/Rome", date="2026-12-16 10:26",
  subject="R: Invoice INV-2026-066 due", mid="outlook",
  q=Q("due", "INV-2026-066", "1180.00", "2026-12-15", sent="2026-12-16 09:00", name="Mariani Arredi srl",
      kind="company", style="outlook", mua="it"),
  body="""Good morning Tom,

which bank details we must use? The ones on the invoice are Irish (AIBK) but our bank asks commissions for foreign transfers, also if it is SEPA. Do you have maybe an Italian IBAN or a Wise account? Is it possible?

Best regards
Silvia Mariani
Amministrazione
""")

M("client-reply-other", "en",
  "Chinese client: please add our PO number and tax ID to the invoice, then it can be processed -> other.",
  owner=TOM, frm=("Grace Wu", "grace.wu@dragonpeak.com.cn"), tz="Asia/Shanghai", date="2027-02-22 19:40",
  subject="RE: Invoice INV-2027-011 due", mid="outlook",
  q=Q("due", "INV-2027-011", "2600.00", "2027-02-22", sent="2027-02-22 09:00", cur="USD",
      name="Dragon Peak Technology Co., Ltd", kind="company", style="outlook", mua="en"),
  body="""Dear Tom,

Please add our PO number 4500887 and our company tax ID (91440300MA5FXXXX2K) on the invoice, then our finance can process. Without PO the system not accept.

Thank you!
Grace Wu
Purchasing Dept.
""")

M("client-reply-other", "en",
  "Dubai: human reply saying she no longer handles the account, contact Mr Faisal in accounts -> other (not an "
  "auto-reply: personal, no headers).",
  owner=TOM, frm=("Layla Saeed", "layla.saeed@oasisgroup.ae"), tz="Asia/Dubai", date="2026-11-26 09:05",
  subject="RE: Overdue invoice INV-2026-042", mid="outlook",
  q=Q("reminder", "INV-2026-042", "3100.00", "2026-11-16", sent="2026-11-25 09:02", name="Oasis Group",
      kind="company", style="outlook", mua="en"),
  body="""Dear Tom,

Good day. Please note I am no longer handling this account since I moved to the Abu Dhabi office. Kindly contact Mr. Faisal Rahman at accounts@oasisgroup.ae for all payment matters, I have copied him here.

Regards,
Layla
""", cc=[("Faisal Rahman", "accounts@oasisgroup.ae")])

M("client-reply-other", "en",
  "Dubai: office closed for UAE National Day, 'we will revert after the holiday' -> no payment promise, other.",
  owner=TOM, frm=("Hassan Ibrahim", "hassan.ibrahim@falconbuild.ae"), tz="Asia/Dubai", date="2026-12-01 15:30",
  subject="RE: Overdue invoice INV-2026-063", mid="outlook",
  q=Q("reminder", "INV-2026-063", "2900.00", "2026-11-21", sent="2026-12-01 09:02", name="Falcon Build LLC",
      kind="company", style="outlook", mua="en"),
  body="""Dear Tom,

Well received. Please note our offices are closed on 2nd and 3rd December for the UAE National Day. We will check the status with the finance team and revert after the holiday.

Best Regards,
Hassan Ibrahim
Projects Coordinator
""")

M("client-reply-other", "en",
  "German company asks Tom to register as supplier on their Coupa portal and upload the invoice there -> other.",
  owner=TOM, frm=("Procurement Team", "procurement@kraemer-group.de"), tz="Europe/Berlin", date="2027-01-27 14:02",
  subject="AW: Overdue invoice INV-2027-003", mid="outlook",
  q=Q("reminder", "INV-2027-003", "4400.00", "2027-01-17", sent="2027-01-27 09:02", name="Krämer Group AG",
      kind="company", style="outlook", mua="de"),
  body="""Dear Mr Byrne,

Since 1 January 2027 Krämer Group only accepts invoices submitted through our Coupa Supplier Portal. Invoices sent by e-mail are not processed. You should have received an invitation to register; if not, please reply and we will resend it.

After registration please upload invoice INV-2027-003 with the PO reference.

Kind regards
Lena Hartmann
Global Procurement Services | Krämer Group AG
""" + "\n" + DISC_DE, reference="INV-2027-003")

M("client-reply-other", "en",
  "German client: the invoice never reached them, the link does not open, please send the PDF -> other.",
  owner=TOM, frm=("Tobias Wolf", "tobias.wolf@wolf-architekten.de"), tz="Europe/Berlin", date="2026-12-08 11:19",
  subject="Re: Overdue invoice INV-2026-065", mid="thunderbird",
  headers=[("User-Agent", "Mozilla Thunderbird")],
  q=Q("reminder", "INV-2026-065", "1350.00", "2026-11-27", sent="2026-12-07 09:02", name="Wolf Architekten",
      kind="company", style="apple", mua="de"), flowed=True,
  body="""Hello Tom,

your invoice did not reach us, I think. I only see this reminder, and the link to the invoice in your first mail does not open (error 404). Can you send it again as PDF attachment?

Best
Tobias
""")

M("client-reply-other", "en",
  "French marketing manager: forwarded to the accounts team, cc'd them -> other.",
  owner=TOM, frm=("Élodie Garnier", "elodie.garnier@garnier-parfums.fr"), tz="Europe/Paris", date="2027-02-02 10:07",
  cc=[("Comptabilité Fournisseurs", "compta.fournisseurs@garnier-parfums.fr")],
  subject="RE: Invoice INV-2027-007 due", mid="outlook",
  q=Q("due", "INV-2027-007", "2250.00", "2027-02-01", sent="2027-02-02 09:00", name="Garnier Parfums",
      kind="company", style="outlook", mua="fr"),
  body="""Hi Tom,

I forwarded your email to our accounts team (in cc), they handle all the payments. I don't have access to it, sorry!

Bien à vous,
Élodie
""")

M("client-reply-other", "en",
  "German client answers a courtesy reminder (before the due date): 'received with thanks' -> other.",
  owner=TOM, frm=("Uwe Schmitt", "uwe.schmitt@schmitt-weinhandel.de"), tz="Europe/Berlin", date="2027-02-12 07:58",
  subject="AW: Friendly reminder: invoice INV-2027-010", mid="outlook",
  q=Q("courtesy", "INV-2027-010", "560.00", "2027-02-17", sent="2027-02-11 09:00", issue="2027-01-18",
      name="Uwe Schmitt", kind="person", style="outlook", mua="de"),
  body="""Thanks for the reminder, received with thanks.

Best, Uwe
""")

# ----------------------------------------------------------------------------- Sarah Whitfield (en, GBP, SW-0NNN)
M("client-reply-paid", "en",
  "French client's English ('ze delay', '850 £' with the sign after): transfer done this morning; amount in GBP.",
  owner=SAR, frm=("Aurélie Blanc", "aurelie.blanc@blanc-hotels.fr"), tz="Europe/Paris", date="2026-11-17 11:03",
  subject="RE : Overdue invoice SW-0344", mid="outlook",
  q=Q("reminder", "SW-0344", "850.00", "2026-11-06", sent="2026-11-16 09:02", cur="GBP", name="Blanc Hôtels",
      kind="company", style="outlook", mua="fr"),
  body="""Hello Sarah,

Sorry for ze delay, our accountant was on holidays. The transfer of 850 £ has been done this morning from our account at BNP, you should receive it in 2-3 days (international transfer).

Bien cordialement,
Aurélie Blanc
Directrice Marketing — Blanc Hôtels & Spa
""", amount="850.00", currency="GBP")

M("client-reply-paid", "en",
  "Spanish-born AP clerk at a UK firm: 'processed in yesterday's payment run' (no payment verb) -> paid; names SW-0351.",
  owner=SAR, frm=("Pilar Domínguez", "accounts.payable@harbourline.co.uk"), tz="Europe/London", date="2026-12-09 09:41",
  subject="RE: Invoice SW-0351 due", mid="outlook",
  q=Q("due", "SW-0351", "1320.00", "2026-12-04", sent="2026-12-07 09:00", cur="GBP", name="Harbourline Ltd",
      kind="company", style="outlook", mua="en"),
  body="""Hi Sarah,

Your invoice SW-0351 was processed in yesterday's payment run, funds should reach your account within 2 working days.

Kind regards,
Pilar Domínguez
Accounts Payable | Harbourline Ltd
This email and any attachments are confidential and intended solely for the addressee.
""", reference="SW-0351")

M("client-reply-paid", "en",
  "German office manager in London: 'included in our BACS run on Friday 4th Dec', remittance attached -> paid.",
  owner=SAR, frm=("Heike Wagner", "heike.wagner@lindqvist-partners.co.uk"), tz="Europe/London", date="2026-12-07 10:12",
  subject="RE: Overdue invoice SW-0349", mid="outlook",
  q=Q("reminder", "SW-0349", "2400.00", "2026-11-27", sent="2026-12-07 09:02", cur="GBP",
      name="Lindqvist & Partners LLP", kind="company", style="outlook", mua="en"),
  body="""Hi Sarah,

This was included in our BACS run on Friday 4th Dec, you should see it by tomorrow at the latest. Remittance attached.

Best wishes,
Heike
""", atts=[attach("Remittance_Advice_04122026.pdf", PDF, fake_pdf("Remittance Advice BACS 04/12/2026"))])

M("client-reply-paid", "en",
  "Italian in London, British slang on top of Italian ('Sorted!', 'Baci'); no details.",
  owner=SAR, frm=("Giulia Marchetti", "giulia@marchetti-gelato.co.uk"), tz="Europe/London", date="2027-01-06 22:31",
  subject="Re: Overdue invoice SW-0357", mid="iphone", headers=[("X-Mailer", "iPhone Mail (22C152)")],
  q=Q("reminder", "SW-0357", "480.00", "2026-12-22", sent="2027-01-05 09:02", cur="GBP", name="Giulia Marchetti",
      kind="person", style="apple", mua="en"),
  body="""Sorted! Sorry for the delay, crazy weeks with the Christmas market. Baci, Giulia

Sent from my iPhone
""")

M("client-reply-promise", "en",
  "Romanian client's English: 'I will pay until friday' (= by Friday) written Mon 23 Nov -> 27 Nov.",
  owner=SAR, frm=("Alina Constantin", "alina.constantin@gmail.com"), tz="Europe/London", date="2026-11-23 19:55",
  subject="Re: Overdue invoice SW-0346", mid="gmail",
  q=Q("reminder", "SW-0346", "350.00", "2026-11-13", sent="2026-11-23 09:02", cur="GBP", name="Alina Constantin",
      kind="person", style="gmail", mua="ro"),
  body="""Hi Sarah, sorry, I will pay until friday, my client not paid me yet and I have only the money for rent. Please don't be angry 🙏

Alina
""", promised_date="2026-11-27")

M("client-reply-promise", "en",
  "French marketing director: 'will go out with next week's payment run' -> promise, vague (no date).",
  owner=SAR, frm=("Vincent Durand", "vincent.durand@durand-maison.fr"), tz="Europe/Paris", date="2026-12-15 16:06",
  subject="RE: Invoice SW-0352 – second reminder", mid="outlook",
  q=Q("late_fee", "SW-0352", "1750.00", "2026-11-24", sent="2026-12-15 09:01", cur="GBP", name="Durand Maison",
      kind="company", style="outlook", mua="fr", deadline="2026-12-25"),
  body="""Dear Sarah,

I checked with our finance: your invoice is validated and will go out with next week's payment run. I am sorry it took so long, the validation circuit is very heavy in our group.

Best regards,
Vincent Durand
""")

M("client-reply-promise", "en",
  "German company, Outlook HTML only: 'settle the invoice by 31 January at the latest' written 14 Jan.",
  owner=SAR, frm=("Nadine Krüger", "n.krueger@krueger-tools.de"), tz="Europe/Berlin", date="2027-01-14 13:27",
  subject="AW: Overdue invoice SW-0358", mid="outlook", fmt="html", hstyle="outlook",
  q=Q("reminder", "SW-0358", "1100.00", "2027-01-04", sent="2027-01-14 09:02", cur="GBP",
      name="Krüger Tools GmbH", kind="company", style="outlook", mua="de"),
  body="""Dear Ms Whitfield,

thank you for your patience. Due to the year-end closing our payments were suspended until mid-January. We will settle the invoice by 31 January at the latest.

Kind regards
Nadine Krüger
Accounting
Krüger Tools GmbH
""", promised_date="2027-01-31")

M("client-reply-dispute", "en",
  "French client wants a discount because the copy was delivered late -> dispute.",
  owner=SAR, frm=("Pauline Mercier", "pauline.mercier@mercier-voyages.fr"), tz="Europe/Paris", date="2026-11-30 15:45",
  subject="Re: Overdue invoice SW-0347", mid="gmail",
  q=Q("reminder", "SW-0347", "1200.00", "2026-11-20", sent="2026-11-30 09:02", cur="GBP", name="Mercier Voyages",
      kind="company", style="gmail", mua="fr"),
  body="""Hello Sarah,

I must be honest with you: the brochure texts arrived 10 days after the date we agreed, and we missed the printing slot for the salon in London. It cost us a lot. For this reason we think a discount of 20% is fair, so £960 instead of £1,200.

If you agree, send me a new invoice and I pay immediately.

Pauline
""", amount="960.00", currency="GBP")

M("client-reply-dispute", "en",
  "Spanish client, Spanish-flavoured English: price too high, wants to pay £400 not £650 -> dispute with an accepted "
  "amount.",
  owner=SAR, frm=("Sergio Ruiz", "sergio@ruizolive.es"), tz="Europe/Madrid", date="2027-01-19 13:50",
  subject="RE: Invoice SW-0356 – second reminder", mid="outlook",
  q=Q("late_fee", "SW-0356", "650.00", "2026-12-18", sent="2027-01-19 09:01", cur="GBP", name="Ruiz Olive Oil SL",
      kind="company", style="outlook", mua="es", deadline="2027-01-29"),
  body="""Hello Sarah,

We think the price is too high for one page of web text. In Spain this costs maximum 300 euros. We want to pay 400 pounds, not 650, this is our offer and I think is generous.

Regards
Sergio Ruiz
""", amount="400.00", currency="GBP")

M("client-reply-dispute", "en",
  "French finance director contests the statutory interest and the £70 fixed sum in a fees reminder; says invoice "
  "amount paid -> partial + dispute = dispute; amount paid 1200 GBP.",
  owner=SAR, frm=("Bertrand Chevalier", "b.chevalier@chevalier-sa.fr"), tz="Europe/Paris", date="2027-02-02 09:20",
  subject="RE: Invoice SW-0355 – second reminder", mid="outlook",
  q=Q("late_fee", "SW-0355", "1200.00", "2026-12-15", sent="2027-02-01 09:01", cur="GBP", name="Chevalier SA",
      kind="company", style="outlook", mua="fr", fees=True, deadline="2027-02-11"),
  body="""Madam,

We have paid the invoice amount of £1,200 on 29 January, as you will see on your account. We do not accept the £70 "fixed sum" nor the interest: your invoice did not mention any late payment conditions and our group pays at 60 days end of month, as indicated in our purchase order.

We consider this matter closed.

Bertrand Chevalier
Directeur administratif et financier
Chevalier S.A.
""", amount="1200.00", currency="GBP")

M("client-reply-other", "en",
  "French client asks to re-issue the invoice to their Irish entity (admin change, amount not contested) -> other.",
  owner=SAR, frm=("Céline Faure", "celine.faure@faure-group.com"), tz="Europe/Paris", date="2026-11-13 14:34",
  subject="RE: Friendly reminder: invoice SW-0345", mid="outlook",
  q=Q("courtesy", "SW-0345", "900.00", "2026-11-18", sent="2026-11-13 09:00", issue="2026-10-19", cur="GBP",
      name="Faure Group", kind="company", style="outlook", mua="fr"),
  body="""Hello Sarah,

Could you please issue the invoice to our Irish entity instead (Faure Group Ireland Ltd, 2 Grand Canal Square, Dublin 2, VAT IE 3344556WH)? Our accounts payable in Paris can't process it otherwise, the budget is on the Irish company.

Thanks a lot,
Céline
""")

M("client-reply-other", "en",
  "Italian client ignores the reminder and asks about new work in February -> other.",
  owner=SAR, frm=("Matilde Conti", "matilde@contiolio.it"), tz="Europe/Rome", date="2027-01-04 10:50",
  subject="Re: Overdue invoice SW-0354", mid="gmail",
  q=Q("reminder", "SW-0354", "720.00", "2026-12-18", sent="2027-01-04 09:02", cur="GBP", name="Conti Olio",
      kind="company", style="gmail", mua="it"),
  body="""Happy new year Sarah!! 🎉

Are you available in February for a new brochure? It's for the new organic line, 8 pages, English and maybe German (do you have a German colleague?). I send you the brief next week.

Un abbraccio,
Matilde
""")

M("client-reply-other", "en",
  "Dubai client needs a bank letter on letterhead for vendor registration before any payment -> other.",
  owner=SAR, frm=("Priya Menon", "vendors@alnoorhospitality.ae"), tz="Asia/Dubai", date="2026-12-22 11:15",
  subject="RE: Overdue invoice SW-0353", mid="outlook",
  q=Q("reminder", "SW-0353", "1600.00", "2026-12-12", sent="2026-12-21 09:02", cur="GBP",
      name="Al Noor Hospitality", kind="company", style="outlook", mua="en"),
  body="""Dear Sarah,

Greetings!

Kindly share your bank letter on company letterhead (stamped and signed), together with your trade licence / Companies House certificate, for vendor registration. Once the registration is completed in our system the invoice can be processed.

Thanks & Best Regards,
Priya Menon
Vendor Management | Al Noor Hospitality
""")

# ----------------------------------------------------------------------------- Megan Hale (en, USD, MH-NNNN)
M("client-reply-paid", "en",
  "Milanese English with Italian words ('the wire is partito', 'a casino'), Italian number style 2.400 dollars -> "
  "paid, amount 2400 USD.",
  owner=MEG, frm=("Roberta Galimberti", "roberta.galimberti@galimbertimoda.it"), tz="Europe/Rome",
  date="2027-01-13 16:10", subject="R: Overdue invoice MH-1052", mid="outlook",
  q=Q("reminder", "MH-1052", "2400.00", "2026-12-31", sent="2027-01-13 09:02", cur="USD",
      name="Galimberti Moda srl", kind="company", style="outlook", mua="it"),
  body="""Hi Megan,

the wire is partito today, 2.400 dollars. Our bank is slow with USD so maybe it arrives Friday or Monday. Sorry again, it was a casino with the year-end closing and the inventory.

Best regards,
Roberta
""" + "\n" + GDPR_IT, amount="2400.00", currency="USD")

M("client-reply-paid", "en",
  "Brazilian client: 'Payment done via Wise today, USD 980. Obrigado' -> paid with amount.",
  owner=MEG, frm=("Camila Oliveira", "camila@oliveiracafe.com.br"), tz="America/Sao_Paulo", date="2026-11-20 14:22",
  subject="Re: Invoice MH-1047 due", mid="gmail",
  q=Q("due", "MH-1047", "980.00", "2026-11-18", sent="2026-11-19 09:00", cur="USD", name="Oliveira Café",
      kind="company", style="gmail", mua="pt"),
  body="""Hi Megan!

Payment done via Wise today, USD 980. Obrigado and sorry for the delay!! The new labels are already in the shops, everybody loves them 😍

Beijos,
Camila
""", amount="980.00", currency="USD")

M("client-reply-promise", "en",
  "Brazilian freelancer-client: 'I get paid on the 10th, I'll send it then' written 2 Dec -> 10 Dec.",
  owner=MEG, frm=("Lucas Ferreira", "lucasferreira.dev@gmail.com"), tz="America/Sao_Paulo", date="2026-12-02 20:38",
  subject="Re: Overdue invoice MH-1049", mid="gmail",
  q=Q("reminder", "MH-1049", "450.00", "2026-11-22", sent="2026-12-02 09:02", cur="USD", name="Lucas Ferreira",
      kind="person", style="gmail", mua="pt"),
  body="""Hey Megan, I'm so sorry. I get paid on the 10th, I'll send it then, no problem. My client in Austin always pays late and I am in the same situation as you lol

Lucas
""", promised_date="2026-12-10")

M("client-reply-dispute", "en",
  "Milanese English: pays only 50% now (1,200 dollars) because the site still has bugs, rest when fixed -> dispute "
  "with an accepted/paid-now amount.",
  owner=MEG, frm=("Pietro Longoni", "pietro@longonidesign.it"), tz="Europe/Rome", date="2026-12-17 18:55",
  subject="Re: Overdue invoice MH-1050", mid="gmail",
  q=Q("reminder", "MH-1050", "2400.00", "2026-12-07", sent="2026-12-17 09:02", cur="USD", name="Longoni Design",
      kind="company", style="gmail", mua="it"),
  body="""Hi Megan,

we pay only 50% now (1.200 dollars), because the website still has bugs: the configurator doesn't save the colours on Safari and the English/Italian switch sends to the homepage. When it's fixed we pay the rest, no problem.

Don't take it bad, it's just how we work here.
Pietro
""", amount="1200.00", currency="USD")

M("client-reply-dispute", "en",
  "Chinese client: invoice should be to the Hong Kong company and the price differs from the quotation -> dispute.",
  owner=MEG, frm=("Vivian Chan", "vivian.chan@goldenreed.com.hk"), tz="Asia/Hong_Kong", date="2027-01-22 10:18",
  subject="RE: Overdue invoice MH-1055", mid="outlook",
  q=Q("reminder", "MH-1055", "3800.00", "2027-01-12", sent="2027-01-21 09:02", cur="USD",
      name="Golden Reed Trading", kind="company", style="outlook", mua="en"),
  body="""Dear Megan,

The invoice should be issued to our Hong Kong company (Golden Reed Trading Limited), not to the Shenzhen factory. Also the price is different from the quotation: quotation was USD 3,200 for the catalogue, invoice is USD 3,800. Please explain or correct.

Regards,
Vivian Chan
""")

M("client-reply-other", "en",
  "Italian client: their bank needs the ABA routing number and Megan's address for the wire -> other.",
  owner=MEG, frm=("Elisa Fontana", "elisa.fontana@fontanavini.it"), tz="Europe/Rome", date="2026-11-23 15:02",
  subject="Re: Friendly reminder: invoice MH-1048", mid="gmail",
  q=Q("courtesy", "MH-1048", "1500.00", "2026-11-27", sent="2026-11-23 09:00", issue="2026-10-28", cur="USD",
      name="Fontana Vini", kind="company", style="gmail", mua="it"),
  body="""Hello Megan,

our bank (BPER) asks the routing number (ABA) and your complete address for the wire in dollars, the payment link doesn't work with our company card. Can you send me them?

Thank you, ciao
Elisa
""")

M("client-reply-promise", "en",
  "Chinese client right before Spring Festival: 'we pay you before 20 February' written 3 Feb -> 20 Feb.",
  owner=MEG, frm=("Jason Huang", "jason.huang@ningbo-ever.com"), tz="Asia/Shanghai", date="2027-02-03 17:26",
  subject="RE: Overdue invoice MH-1056", mid="outlook",
  q=Q("reminder", "MH-1056", "2750.00", "2027-01-24", sent="2027-02-02 09:02", cur="USD", name="Ningbo Ever Co.",
      kind="company", style="outlook", mua="en"),
  body="""Dear Megan,

Sorry for the delay. Our finance is closing for Chinese New Year holiday from tomorrow. After holiday, we pay you before 20 February, I promise you.

Happy Chinese New Year!
Jason Huang
""", promised_date="2027-02-20")

# ===================================================================================================
# MACHINE MAIL
# ===================================================================================================

def alt(text, htmlbody, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, charset=charset, cte=cte),
                                 leaf("text/html", htmlbody, charset=charset, cte=cte)])


def html_table(title, rows, foot="", brand="#163300"):
    tr = "".join(f'<tr><td style="padding:6px 12px;color:#6a6a6a">{html.escape_(k)}</td>'
                 f'<td style="padding:6px 12px;font-weight:600">{html.escape_(v)}</td></tr>' for k, v in rows)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '</head><body style="margin:0;background:#f2f4f5;font-family:Helvetica,Arial,sans-serif">'
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            f'<table width="560" style="background:#fff;margin:24px 0"><tr><td style="background:{brand};height:6px">'
            f'</td></tr><tr><td style="padding:24px"><h1 style="font-size:22px">{html.escape_(title)}</h1>'
            f'<table>{tr}</table><p style="color:#888;font-size:12px">{html.escape_(foot)}</p></td></tr></table>'
            '</td></tr></table></body></html>\n')


def orig_msg(o, to_addr, subject, date_s, tz, body):
    when = mk_dt(date_s, tz)
    h = hashlib.sha256((to_addr + subject).encode()).hexdigest()
    return ("Return-Path: <" + o["addr"] + ">\n"
            f"From: {addr((o['name'], o['addr']))}\nTo: {to_addr}\nSubject: {hdr(subject)}\n"
            f"Date: {format_datetime(when)}\nMessage-ID: <mailduns.{h[:16]}@{o['addr'].split('@')[1]}>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + body).encode("utf-8")


def dsn_status(reporting, arrival, recips, extra=""):
    s = f"Reporting-MTA: dns; {reporting}\n{extra}Arrival-Date: {arrival}\n"
    for r in recips:
        s += "\n" + "\n".join(f"{k}: {v}" for k, v in r) + "\n"
    return leaf("message/delivery-status", s, charset="us-ascii")


# --- payment notifications ---------------------------------------------------------------------------
M("payment-notification", "en",
  "Wise notice (English): money received from a client; amount 1,500.00 EUR; Wise's own formatting.",
  owner=TOM, frm=("Wise", "noreply@wise.com"), tz="Europe/London", date="2026-12-07 08:14",
  subject="You've received 1,500.00 EUR from AGENCIA OLMO SA DE CV", mid="generic",
  headers=[("X-Mailer", "Wise mailer"), ("List-Unsubscribe", "<https://wise.com/settings/notifications>")],
  parts=alt("""Hi Tom,

You've received 1,500.00 EUR from AGENCIA OLMO SA DE CV.

It's now in your EUR balance.

Reference: INV-2026-050 Byrne Design
Transfer ID: #1184529036

See your balance: https://wise.com/balances

The Wise Team

Wise Europe SA, Rue du Trône 100, 1050 Brussels. Authorised as an Electronic Money Institution by the National Bank of Belgium.
""", html_table("You've received 1,500.00 EUR", [("From", "AGENCIA OLMO SA DE CV"), ("Amount", "1,500.00 EUR"),
                                                 ("Reference", "INV-2026-050 Byrne Design"),
                                                 ("Transfer ID", "#1184529036")],
                 "Wise Europe SA, Rue du Trône 100, 1050 Brussels.", "#9fe870")),
  amount="1500.00", reference="INV-2026-050")

M("payment-notification", "es",
  "Revolut Business in Spanish: incoming transfer of 1.815,00 € from an Italian client.",
  owner=LUC, frm=("Revolut Business", "no-reply@revolut.com"), tz="Europe/Madrid", date="2026-11-18 07:52",
  subject="Has recibido 1.815,00 € de LOMBARDI DESIGN SRL", mid="generic",
  parts=alt("""Hola, Lucía:

Has recibido 1.815,00 € de LOMBARDI DESIGN SRL en tu cuenta EUR principal.

Concepto: Factura 2026-047 saldo
Fecha: 18 nov 2026, 07:51

Consulta los detalles en la app de Revolut Business.

Revolut Bank UAB, Sucursal en España. Este es un mensaje automático, por favor no respondas.
""", html_table("Has recibido 1.815,00 €", [("De", "LOMBARDI DESIGN SRL"), ("Importe", "1.815,00 €"),
                                            ("Concepto", "Factura 2026-047 saldo"), ("Fecha", "18 nov 2026, 07:51")],
                 "Revolut Bank UAB, Sucursal en España.", "#191c1f")),
  amount="1815.00", reference="2026-047")

M("payment-notification", "en",
  "PayPal (English) 'You've got money' to a US freelancer from an Italian client: $1,500.00 USD.",
  owner=MEG, frm=("service@paypal.com", "service@paypal.com"), tz="America/Los_Angeles", date="2026-11-28 06:03",
  subject="You've got money", mid="generic",
  headers=[("X-Email-Type-Id", "PPX000628")],
  parts=alt("""Hello, Hale Studio LLC

Fontana Vini S.r.l. sent you $1,500.00 USD

Note from Fontana Vini S.r.l.:
"Invoice MH-1048 - thank you Megan!"

Transaction ID: 7KJ42918XR553104T
Transaction date: November 28, 2026

It may take a few moments for this transaction to appear in your account.

Copyright © 1999-2026 PayPal, Inc. All rights reserved.
PayPal is located at 2211 N. First St., San Jose, CA 95131.
""", html_table("Fontana Vini S.r.l. sent you $1,500.00 USD",
                 [("Note", "Invoice MH-1048 - thank you Megan!"), ("Transaction ID", "7KJ42918XR553104T"),
                  ("Transaction date", "November 28, 2026")], "PayPal, Inc.", "#003087")),
  amount="1500.00", currency="USD", reference="MH-1048")

M("payment-notification", "es",
  "Stripe in Spanish: card payment received from the Portuguese client who asked to pay by card; 330,00 €.",
  owner=LUC, frm=("Stripe", "notifications@stripe.com"), tz="Europe/Madrid", date="2026-12-02 11:27",
  subject="Pago de 330,00 € de Lima Arquitetos", mid="generic",
  parts=alt("""Martín Estudio

Has recibido un pago de 330,00 € de Lima Arquitetos (beatriz@lima-arquitetos.pt).

Importe: 330,00 €
Descripción: Factura 2026-056
Método de pago: Visa •••• 4242
Fecha: 2 dic 2026

Ver pago en el Dashboard: https://dashboard.stripe.com/payments/pi_3QXk2L2eZvKYlo2C1aBcDeFg

Recibes este correo porque tienes activadas las notificaciones de pagos correctos.
Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublín 2, Irlanda.
""", html_table("Pago de 330,00 € recibido", [("Cliente", "Lima Arquitetos"), ("Importe", "330,00 €"),
                                              ("Descripción", "Factura 2026-056"),
                                              ("Método de pago", "Visa •••• 4242")],
                 "Stripe Payments Europe, Ltd.", "#635bff")),
  amount="330.00", reference="2026-056")

M("payment-notification", "it",
  "Stripe in Italian to Matteo: payment received from a French client; 650,00 €.",
  owner=MAT, frm=("Stripe", "notifications@stripe.com"), tz="Europe/Rome", date="2026-11-20 15:40",
  subject="Hai ricevuto un pagamento di 650,00 € da Sophie Marchand", mid="generic",
  parts=alt("""Studio Galli

Hai ricevuto un pagamento di 650,00 € da Sophie Marchand (sophie.marchand@gmail.com).

Importo: 650,00 €
Descrizione: Fattura MG-2026-030
Metodo di pagamento: Bonifico bancario (SEPA)
Data: 20 nov 2026

Visualizza il pagamento nella Dashboard: https://dashboard.stripe.com/payments/py_1QYz8F2eZvKYlo2CkL9mN0pQ

Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublino 2, Irlanda.
""", html_table("Pagamento ricevuto: 650,00 €", [("Cliente", "Sophie Marchand"), ("Importo", "650,00 €"),
                                                 ("Descrizione", "Fattura MG-2026-030")],
                 "Stripe Payments Europe, Ltd.", "#635bff")),
  amount="650.00", reference="MG-2026-030")

M("payment-notification", "es",
  "Bizum received by Jordi from a private client, with the invoice number in the concept -> payment-notification.",
  owner=JOR, frm=("CaixaBank", "notificaciones@caixabank.com"), tz="Europe/Madrid", date="2026-12-19 13:05",
  subject="Has recibido un Bizum", mid="generic",
  parts=leaf("text/html", """<html><body style="font-family:Arial,sans-serif">
<p>Hola, JORDI:</p>
<p>Has recibido un Bizum de <b>150,00 EUR</b> de <b>MARTA GARRIGA ROIG</b>.</p>
<p>Concepto: <i>Sesion fotos F26/130</i></p>
<p>El importe ya está disponible en tu cuenta ES76 **** **** **** 4567.</p>
<p style="font-size:11px;color:#666">Este mensaje se ha generado automáticamente. CaixaBank, S.A. C/ Pintor Sorolla, 2-4, 46002 València.</p>
</body></html>
""", charset="iso-8859-1", cte="quoted-printable"),
  amount="150.00", reference="F26/130")

M("payment-notification", "en",
  "SAP Ariba-style remittance advice (English) from a UK client's AP platform: GBP 2,400.00 paid for SW-0349.",
  owner=SAR, frm=("Lindqvist & Partners LLP via Ariba", "ordersender-prod@ansmtp.ariba.com"), tz="Europe/London",
  date="2026-12-04 16:45", subject="Remittance Advice - Payment ID 2000184563 - Lindqvist & Partners LLP",
  mid="generic", headers=[("Auto-Submitted", "auto-generated")],
  parts=alt("""REMITTANCE ADVICE

Payer: Lindqvist & Partners LLP
Supplier: Whitfield Copy Ltd (Supplier ID 100284)
Payment ID: 2000184563
Payment date: 04/12/2026
Payment method: BACS
Payment amount: GBP 2,400.00

Invoice number   Invoice date   Gross amount   Discount   Paid amount
SW-0349          28/10/2026     2,400.00       0.00       2,400.00

Funds should be available in your account within 2 working days.

This is an automated message from SAP Business Network. Please do not reply.
""", html_table("Remittance Advice", [("Payer", "Lindqvist & Partners LLP"), ("Payment ID", "2000184563"),
                                      ("Payment date", "04/12/2026"), ("Method", "BACS"),
                                      ("Amount", "GBP 2,400.00"), ("Invoice", "SW-0349")],
                 "SAP Business Network", "#0a6ed1")),
  amount="2400.00", currency="GBP", reference="SW-0349")

M("payment-notification", "it",
  "Satispay Business (Italian): payment received from a client; 160,00 € with the invoice in the message.",
  owner=ALE, frm=("Satispay", "no-reply@satispay.com"), tz="Europe/Rome", date="2026-11-21 10:18",
  subject="Hai ricevuto 160,00 €", mid="generic",
  parts=alt("""Ciao Alessandra,

hai ricevuto un pagamento di 160,00 € da Luis Quispe.
Messaggio: "fattura 18/2026 grazie!!"
Data: 21/11/2026 10:17

Trovi tutti i dettagli nella dashboard Satispay Business.

Satispay Europe S.A. - 1 Rue Jean Piret, L-2350 Lussemburgo
""", html_table("Hai ricevuto 160,00 €", [("Da", "Luis Quispe"), ("Messaggio", "fattura 18/2026 grazie!!"),
                                          ("Data", "21/11/2026 10:17")], "Satispay Europe S.A.", "#ef373f")),
  amount="160.00", reference="18/2026")

# --- auto-replies ------------------------------------------------------------------------------------
M("auto-reply", "en",
  "Exchange out-of-office, German first then English, RFC 3834 Auto-Submitted: 'bis einschließlich 6. Januar 2027' "
  "/ 'until 6 January 2027 inclusive' -> back 7 Jan.",
  owner=TOM, frm=("Anja Fischer", "kreditoren@fischer-logistik.de"), tz="Europe/Berlin", date="2026-12-23 10:02",
  subject="Automatische Antwort: Invoice INV-2026-070 due", mid="outlook",
  irt=msgid("mailduns", "ar1", "byrnedesign.ie"),
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "kreditoren@fischer-logistik.de")],
  body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. Januar 2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an buchhaltung@fischer-logistik.de.

Dear Sir or Madam,

thank you for your message. I am out of the office until 6 January 2027 inclusive. Your e-mail will not be forwarded. For urgent matters please contact buchhaltung@fischer-logistik.de.

Mit freundlichen Grüßen / Kind regards
Anja Fischer
Kreditorenbuchhaltung / Accounts Payable
Fischer Logistik AG
""", return_date="2027-01-07")

M("auto-reply", "en",
  "French/English out-of-office with no Auto-Submitted or X-Autoreply header (only the subject says it): back on "
  "Monday 4 January 2027.",
  owner=LUC, frm=("Nathalie Moreau", "n.moreau@moreau-cosmetiques.fr"), tz="Europe/Paris", date="2026-12-28 09:03",
  subject="Réponse automatique : Factura n.º 2026-067: vencimiento", mid="outlook",
  irt=msgid("mailduns", "ar2", "martinestudio.es"),
  body="""Bonjour,

Je suis absente du bureau pour les fêtes de fin d'année. Je serai de retour le lundi 4 janvier 2027 et je traiterai votre message dès mon retour. Pour toute urgence comptable : compta@moreau-cosmetiques.fr

Hello,

I am out of the office for the holidays. I will be back on Monday 4 January 2027 and will answer your message on my return. For urgent accounting matters: compta@moreau-cosmetiques.fr

Cordialement / Best regards,
Nathalie Moreau
""", return_date="2027-01-04")

M("auto-reply", "en",
  "Portuguese/English 'mailbox no longer active' auto-reply (X-Autoreply only), redirects to financeiro@; no date.",
  owner=LUC, frm=("Rita Santos", "r.santos@lusotech.pt"), tz="Europe/Lisbon", date="2027-02-05 08:02",
  subject="Resposta automática: Factura n.º 2027-009 pendiente de pago", mid="generic",
  irt=msgid("mailduns", "ar3", "martinestudio.es"),
  headers=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
  body="""Este endereço de email já não se encontra ativo. A Rita Santos deixou de fazer parte da equipa da Lusotech.
Para assuntos financeiros, por favor contacte financeiro@lusotech.pt.

This mailbox is no longer active. Rita Santos is no longer with Lusotech.
For financial matters, please contact financeiro@lusotech.pt.

Lusotech, S.A. · Av. da Liberdade 190, 1250-147 Lisboa
""")

M("auto-reply", "en",
  "Accounts-payable help-desk ticket acknowledgement, German and English, Auto-Submitted: auto-replied; no date.",
  owner=TOM, frm=("Krämer Group AP Service Desk", "ap-servicedesk@kraemer-group.de"), tz="Europe/Berlin",
  date="2027-01-27 10:03", subject="[#AP-48213] Ihre Anfrage / Your request: Overdue invoice INV-2027-003",
  mid="generic", irt=msgid("mailduns", "ar4", "byrnedesign.ie"),
  headers=[("Auto-Submitted", "auto-replied"), ("X-Ticket-ID", "AP-48213")],
  parts=alt("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer AP-48213 erfasst. Die Bearbeitung kann bis zu 10 Arbeitstage dauern. Bitte geben Sie die Ticketnummer bei Rückfragen im Betreff an.

Dear Sir or Madam,

Thank you for your message. Your request has been logged under ticket number AP-48213. Please allow up to 10 working days for processing. Please quote the ticket number in the subject line of any further correspondence.

Krämer Group AG – Accounts Payable Shared Service Center
Dies ist eine automatisch generierte Nachricht. / This is an automatically generated message.
""", html_table("Ticket AP-48213", [("Status", "Neu / New"), ("Queue", "Accounts Payable"),
                                    ("Betreff / Subject", "Overdue invoice INV-2027-003")],
                 "Krämer Group AG – Accounts Payable Shared Service Center", "#00457c")))

M("auto-reply", "es",
  "Catalan/Spanish school out-of-office (X-Autoreply only): 'Tornaré el dilluns 11 de gener / Volveré el lunes 11 "
  "de enero' -> 2027-01-11.",
  owner=JOR, frm=("Montse Ferrer", "montse.ferrer@escolapia.cat"), tz="Europe/Madrid", date="2026-12-23 09:04",
  subject="Resposta automàtica: Factura n.º F26/135: vencimiento", mid="generic",
  irt=msgid("mailduns", "ar5", "puigfoto.cat"), headers=[("X-Autoreply", "yes")],
  body="""Bon dia,

Sóc fora de l'oficina per vacances de Nadal. Tornaré el dilluns 11 de gener i respondré el vostre correu tan aviat com pugui.

Buenos días,

Estoy fuera de la oficina por vacaciones de Navidad. Volveré el lunes 11 de enero y contestaré su correo lo antes posible.

Montse Ferrer
Secretaria · Escola Pia Sabadell
""", return_date="2027-01-11")

M("auto-reply", "en",
  "Chinese/English Spring Festival auto-reply with Auto-Submitted: closed 5-14 Feb, resume work on 15 Feb.",
  owner=TOM, frm=("Kevin Zhang", "kevin.zhang@sz-brightlight.com"), tz="Asia/Shanghai", date="2027-02-05 16:02",
  subject="自动回复: Overdue invoice INV-2027-006", mid="generic",
  irt=msgid("mailduns", "ar6", "byrnedesign.ie"), headers=[("Auto-Submitted", "auto-replied")],
  body="""您好！
我司于2027年2月5日至2月14日春节放假，2月15日正常上班。如有急事请致电 +86 755 8826 1100。

Dear Customer,
Our office is closed for the Spring Festival holiday from Feb 5 to Feb 14, 2027, and will resume work on Feb 15. For urgent matters please call +86 755 8826 1100.

Kevin Zhang
Shenzhen Brightlight Co., Ltd
""", return_date="2027-02-15")

# --- bounces -----------------------------------------------------------------------------------------
_b1_orig = orig_msg(OWNERS[ALE], "r.klein@klein-moebel.de", "Promemoria: fattura n. 37/2026 in scadenza",
                    "2027-01-04 09:02", "Europe/Rome",
                    reminder_text(OWNERS[ALE], "it", "courtesy", "37/2026", "760.00", "EUR", d("2027-01-08"),
                                  mk_dt("2027-01-04 09:02", "Europe/Rome"), name="Klein Möbel GmbH",
                                  kind="company", issue=d("2026-12-09")) + "\n")
M("bounce", "en",
  "Postfix DSN from the owner's provider: 550 5.1.1 user unknown at a German client's server -> permanent.",
  owner=ALE, frm=("Mail Delivery System", "MAILER-DAEMON@smtp.example.it"), tz="Europe/Rome",
  date="2027-01-04 09:03", subject="Undelivered Mail Returned to Sender", mid="generic",
  headers=[("Auto-Submitted", "auto-replied")],
  parts=multi("report", [
      leaf("text/plain", """This is the mail system at host smtp.example.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.klein@klein-moebel.de>: host mx01.klein-moebel.de[85.13.147.22] said: 550
    5.1.1 <r.klein@klein-moebel.de>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", params={"nocharset": False}),
      dsn_status("smtp.example.it", "Mon,  4 Jan 2027 09:02:11 +0100 (CET)",
                 [[("Final-Recipient", "rfc822; r.klein@klein-moebel.de"),
                   ("Original-Recipient", "rfc822;r.klein@klein-moebel.de"), ("Action", "failed"),
                   ("Status", "5.1.1"), ("Remote-MTA", "dns; mx01.klein-moebel.de"),
                   ("Diagnostic-Code", "smtp; 550 5.1.1 <r.klein@klein-moebel.de>: Recipient address\n    "
                                       "rejected: User unknown in virtual mailbox table")]],
                 extra="X-Postfix-Queue-ID: 4TkQ2p1Zx9z3wYb\nX-Postfix-Sender: rfc822; alessandra@example.it\n"),
      Part("message/rfc822", data=_b1_orig, disposition="inline")], report_type="delivery-status"),
  failed_recipient="r.klein@klein-moebel.de", permanent=True)

_b2_orig = orig_msg(OWNERS[LUC], "compta@groupe-vasseur.fr", "Factura n.º 2026-068 pendiente de pago",
                    "2027-01-15 09:02", "Europe/Madrid", "Estimados señores:\n\n(…)\n")
M("bounce", "en",
  "Exchange Online NDR from the recipient's tenant, French and English ('Remise impossible' / 'Delivery has "
  "failed'), 550 5.1.10 RecipientNotFound -> permanent.",
  owner=LUC, frm=("Microsoft Outlook", "postmaster@groupevasseur.onmicrosoft.com"), tz="Europe/Paris",
  date="2027-01-15 09:03", subject="Non remis : Factura n.º 2026-068 pendiente de pago", mid="outlook",
  headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
  parts=multi("report", [
      multi("alternative", [
          leaf("text/plain", """Remise impossible à ces destinataires ou groupes :

compta@groupe-vasseur.fr
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez votre support technique.

Delivery has failed to these recipients or groups:

compta@groupe-vasseur.fr
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Informations de diagnostic pour les administrateurs / Diagnostic information for administrators:

Serveur de génération / Generating server: PR1P264MB2384.FRAP264.PROD.OUTLOOK.COM

compta@groupe-vasseur.fr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient compta@groupe-vasseur.fr not found by SMTP address lookup'
""", charset="utf-8", cte="quoted-printable"),
          leaf("text/html", """<html><body><p><b><font color="#000066" size="3" face="Arial">Remise impossible à ces destinataires ou groupes :</font></b></p>
<p><a href="mailto:compta@groupe-vasseur.fr">compta@groupe-vasseur.fr</a><br>L'adresse de messagerie que vous avez entrée est introuvable.</p>
<p><b>Delivery has failed to these recipients or groups:</b></p>
<p><a href="mailto:compta@groupe-vasseur.fr">compta@groupe-vasseur.fr</a><br>The email address you entered couldn't be found.</p>
<p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient compta@groupe-vasseur.fr not found by SMTP address lookup'</p>
</body></html>
""", charset="utf-8", cte="quoted-printable")]),
      dsn_status("PR1P264MB2384.FRAP264.PROD.OUTLOOK.COM", "Fri, 15 Jan 2027 08:02:09 +0000",
                 [[("Original-Recipient", "rfc822;compta@groupe-vasseur.fr"),
                   ("Final-Recipient", "rfc822;compta@groupe-vasseur.fr"), ("Action", "failed"),
                   ("Status", "5.1.10"),
                   ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n "
                                       "compta@groupe-vasseur.fr not found by SMTP address lookup")]]),
      Part("message/rfc822", data=_b2_orig)], report_type="delivery-status"),
  failed_recipient="compta@groupe-vasseur.fr", permanent=True)

_b3_orig = orig_msg(OWNERS[MAT], "buchhaltung@hartmann-maschinenbau.de", "Fattura n. MG-2027-003 in scadenza",
                    "2027-02-01 09:00", "Europe/Rome", "Spett.le Hartmann Maschinenbau GmbH,\n\n(…)\n")
M("bounce", "en",
  "Delay warning (German + English) from the client's inbound gateway: mailbox full, 4.2.2, will keep retrying -> "
  "temporary, not permanent.",
  owner=MAT, frm=("Mail Delivery System", "MAILER-DAEMON@mx01.hartmann-maschinenbau.de"), tz="Europe/Berlin",
  date="2027-02-02 09:14", subject="Zustellung verzögert / Delayed Mail (still being retried)", mid="generic",
  headers=[("Auto-Submitted", "auto-replied")],
  parts=multi("report", [
      leaf("text/plain", """Dies ist eine automatisch erzeugte Nachricht des Mailsystems von mx01.hartmann-maschinenbau.de.
Ihre Nachricht konnte seit 24 Stunden nicht zugestellt werden. Das System versucht es weiter;
Sie müssen die Nachricht NICHT erneut senden.

This is the mail system at host mx01.hartmann-maschinenbau.de.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 24 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<buchhaltung@hartmann-maschinenbau.de>: host exchange.hartmann.local[10.0.4.12] said:
    452 4.2.2 Mailbox full, quota exceeded (in reply to RCPT TO command)
""", charset="utf-8", cte="quoted-printable"),
      dsn_status("mx01.hartmann-maschinenbau.de", "Mon,  1 Feb 2027 09:00:41 +0100 (CET)",
                 [[("Final-Recipient", "rfc822; buchhaltung@hartmann-maschinenbau.de"),
                   ("Original-Recipient", "rfc822;buchhaltung@hartmann-maschinenbau.de"), ("Action", "delayed"),
                   ("Status", "4.2.2"), ("Remote-MTA", "dns; exchange.hartmann.local"),
                   ("Diagnostic-Code", "smtp; 452 4.2.2 Mailbox full, quota exceeded"),
                   ("Will-Retry-Until", "Sat, 6 Feb 2027 09:00:41 +0100")]],
                 extra="X-Postfix-Queue-ID: 4TwB0k3n1Pz9rTm\n"),
      Part("text/rfc822-headers", text=_b3_orig.split(b"\n\n")[0].decode() + "\n", charset="utf-8",
           cte="7bit" if all(c < 128 for c in _b3_orig.split(b"\n\n")[0]) else "8bit")],
      report_type="delivery-status"),
  failed_recipient="buchhaltung@hartmann-maschinenbau.de", permanent=False)

M("bounce", "en",
  "qmail bounce (plain text, no DSN) from a Brazilian host, Portuguese preface plus the classic English qmail "
  "text: no mailbox by that name (#5.1.1) -> permanent.",
  owner=TOM, frm=("MAILER-DAEMON", "MAILER-DAEMON@smtp.nascimentofilms.com.br"), tz="America/Sao_Paulo",
  date="2027-01-11 05:02", subject="failure notice", mid="generic",
  parts=leaf("text/plain", """Olá. Este é o programa qmail-send em smtp.nascimentofilms.com.br.
Infelizmente não foi possível entregar sua mensagem aos seguintes endereços.
Este é um erro permanente; desisti.

Hi. This is the qmail-send program at smtp.nascimentofilms.com.br.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<financeiro@nascimentofilms.com.br>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Abaixo desta linha está uma cópia da mensagem.
--- Below this line is a copy of the message.

Return-Path: <tom@byrnedesign.ie>
Received: (qmail 28817 invoked from network); 11 Jan 2027 08:02:11 -0000
Received: from mail.byrnedesign.ie (HELO mail.byrnedesign.ie) (185.54.12.9)
  by smtp.nascimentofilms.com.br with SMTP; 11 Jan 2027 08:02:11 -0000
From: Tom Byrne <tom@byrnedesign.ie>
To: financeiro@nascimentofilms.com.br
Subject: Invoice INV-2026-056 – following up
Date: Mon, 11 Jan 2027 08:02:04 +0000

Dear Accounts Team,

Thank you for letting me know that invoice INV-2026-056 for €1,900.00 would be paid by 5 January 2027.
""", charset="utf-8", cte="8bit"),
  failed_recipient="financeiro@nascimentofilms.com.br", permanent=True)

_b5_orig = orig_msg(OWNERS[LUC], "danirios.brightside@gmail.com", "Recordatorio: factura n.º 2027-011",
                    "2027-02-08 09:00", "Europe/Madrid", "Buenos días:\n\n(…)\n")
M("bounce", "es",
  "Gmail (Google Workspace) bounce in Spanish: 'Dirección no encontrada', 550 5.1.1 -> permanent.",
  owner=LUC, frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), tz="Europe/Madrid",
  date="2027-02-08 09:01", subject="Delivery Status Notification (Failure)", mid="gmail",
  headers=[("Auto-Submitted", "auto-replied")],
  parts=multi("report", [
      multi("related", [
          leaf("text/plain", """
** Dirección no encontrada **

Tu mensaje no se ha entregado a danirios.brightside@gmail.com porque no se ha encontrado la dirección o esta no puede recibir correo.

Más información: https://support.google.com/mail/?p=NoSuchUser

La respuesta del servidor remoto ha sido:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-6a1f2c7e3d1si4412836a12.188 - gsmtp
""", charset="utf-8", cte="quoted-printable")]),
      dsn_status("googlemail.com", "Mon, 08 Feb 2027 00:00:41 -0800 (PST)",
                 [[("Final-Recipient", "rfc822; danirios.brightside@gmail.com"), ("Action", "failed"),
                   ("Status", "5.1.1"), ("Remote-MTA", "dns; gmail-smtp-in.l.google.com. (2a00:1450:400c:c0b::1a, the"
                                                       "\n server for the domain gmail.com.)"),
                   ("Diagnostic-Code", "smtp; 550-5.1.1 The email account that you tried to reach does not exist."),
                   ("Last-Attempt-Date", "Mon, 08 Feb 2027 00:00:42 -0800 (PST)")]],
                 extra="X-Original-Message-ID: <mailduns.b5@martinestudio.es>\n"),
      Part("message/rfc822", data=_b5_orig)], report_type="delivery-status"),
  failed_recipient="danirios.brightside@gmail.com", permanent=True)

# --- other machine mail ------------------------------------------------------------------------------
M("other", "it",
  "E-invoicing: the SdI rejected Matteo's e-invoice (notifica di scarto, error 00305) - a notice about an invoice, "
  "neither a reply nor a payment.",
  owner=MAT, frm=("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"), tz="Europe/Rome",
  date="2026-12-14 10:33", subject="Notifica di scarto - fattura MG-2026-046", mid="generic",
  parts=alt("""Gentile Cliente,

ti informiamo che il Sistema di Interscambio (SdI) ha scartato la seguente fattura:

Numero fattura: MG-2026-046
Data fattura: 12/12/2026
Cliente: Lombardini Arredi srl
Identificativo SdI: 18734512990
Nome file: IT02345670961_00A4F.xml

Motivo dello scarto:
Codice 00305 - 1.4.1.1 IdFiscaleIVA del CessionarioCommittente non valido

Correggi la fattura ed inviala nuovamente entro 5 giorni dalla data della notifica di scarto.

Aruba Fatturazione Elettronica
Questo messaggio è generato automaticamente, ti preghiamo di non rispondere.
""", html_table("Notifica di scarto", [("Numero fattura", "MG-2026-046"), ("Cliente", "Lombardini Arredi srl"),
                                       ("Codice errore", "00305"), ("Nome file", "IT02345670961_00A4F.xml")],
                 "Aruba Fatturazione Elettronica", "#e2001a")))

M("other", "en",
  "Wise notice of an OUTGOING transfer the owner made (to a subcontractor) -> other, not a payment notification.",
  owner=TOM, frm=("Wise", "noreply@wise.com"), tz="Europe/London", date="2026-12-18 14:27",
  subject="Your transfer to Marco Bellini is complete", mid="generic",
  parts=alt("""Hi Tom,

Your money's on its way to Marco Bellini.

You sent: 350.00 EUR
Marco Bellini gets: 350.00 EUR
Reference: Illustrations Dec - Byrne Design
Transfer #1190044812

It should arrive by December 18, 2026.

The Wise Team
""", html_table("You sent 350.00 EUR to Marco Bellini", [("Recipient gets", "350.00 EUR"),
                                                         ("Reference", "Illustrations Dec - Byrne Design"),
                                                         ("Transfer", "#1190044812")], "Wise Europe SA", "#9fe870")))

M("other", "es",
  "Bizum between friends (pizza money) to the owner's personal account -> other per the brief, although money came in.",
  owner=JOR, frm=("CaixaBank", "notificaciones@caixabank.com"), tz="Europe/Madrid", date="2027-01-30 23:12",
  subject="Has recibido un Bizum", mid="generic",
  parts=leaf("text/html", """<html><body style="font-family:Arial,sans-serif">
<p>Hola, JORDI:</p>
<p>Has recibido un Bizum de <b>12,50 EUR</b> de <b>PAU SALA FONT</b>.</p>
<p>Concepto: <i>pizza divendres 🍕</i></p>
<p>El importe ya está disponible en tu cuenta ES76 **** **** **** 4567.</p>
<p style="font-size:11px;color:#666">Este mensaje se ha generado automáticamente. CaixaBank, S.A.</p>
</body></html>
""", charset="utf-8", cte="quoted-printable"))

M("other", "en",
  "Invoicing tool notice 'invoice viewed by the client' -> other.",
  owner=TOM, frm=("Zoho Invoice", "notifications@zohoinvoice.eu"), tz="Europe/Dublin", date="2027-02-23 02:14",
  subject="Grace Wu viewed invoice INV-2027-011", mid="generic",
  parts=alt("""Hi Tom,

Grace Wu (Dragon Peak Technology Co., Ltd) viewed invoice INV-2027-011 on 23 Feb 2027 02:13 GMT.

Invoice amount: USD 2,600.00
Due date: 22 Feb 2027
Status: Overdue

View invoice: https://invoice.zoho.eu/app#/invoices/184400000012345

Zoho Invoice
""", html_table("Invoice viewed", [("Customer", "Dragon Peak Technology Co., Ltd"), ("Invoice", "INV-2027-011"),
                                   ("Amount", "USD 2,600.00"), ("Status", "Overdue")], "Zoho Invoice", "#2b7de9")))


# ===================================================================================================
if __name__ == "__main__":
    order = write_all()
    sys.exit(1 if check(order) else 0)
