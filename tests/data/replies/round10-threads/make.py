#!/usr/bin/env python3
"""round10-threads: hard thread shapes around one clear meaning.

Generates r10t-NNNN.eml and labels.toml in this directory (stdlib only, Python 3.11).
Every client/machine body below is hand-written; only the MIME plumbing, the quoted
mailduns reminders (rendered the way the templates in templates/{it,es,en} read) and the
quote/forward wrappers are generated.
Run:  python3 make.py
"""
import base64
import email
import email.policy
import hashlib
import html as _html
import json
import os
import quopri
import random
import struct
import sys
import zlib
from datetime import datetime, date, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r10t"

# ----------------------------------------------------------------------------------------------
# people, dates, money
# ----------------------------------------------------------------------------------------------

class Owner:
    def __init__(self, name, email_, lang, tz, iban, bic=None, beneficiary=None, cur="EUR", domain=None):
        self.name, self.email, self.lang, self.tz = name, email_, lang, tz
        self.iban, self.bic, self.beneficiary, self.cur = iban, bic, beneficiary or name, cur
        self.domain = domain or email_.split("@")[1]

    @property
    def addr(self):
        return (self.name, self.email)


ALE = Owner("Alessandra Rossi", "alessandra@example.it", "it", "Europe/Rome",
            "IT60 X054 2811 1010 0000 0123 456", "BPMOIT22XXX")
DAVIDE = Owner("Davide Ferrante", "davide@ferrantetraduzioni.it", "it", "Europe/Rome",
               "IT02 L030 6909 6061 0000 0117 452", None, "Davide Ferrante")
LUCIA = Owner("Lucía Martín", "lucia@martinestudio.es", "es", "Europe/Madrid",
              "ES91 2100 0418 4502 0005 1332", "CAIXESBBXXX", "Lucía Martín Gómez")
NEREA = Owner("Nerea Quintana", "nerea@quintanafoto.com", "es", "Atlantic/Canary",
              "ES76 0049 1806 9127 1045 2287", None, "Nerea Quintana Suárez")
TOM = Owner("Tom Byrne", "tom@byrnedesign.ie", "en", "Europe/Dublin",
            "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D", "Byrne Design")
HANNAH = Owner("Hannah Price", "hannah@pricecopy.co.uk", "en", "Europe/London",
               "GB33 BUKB 2020 1555 5555 55", "BUKBGB22", "Hannah Price", cur="GBP")


def tzdt(y, m, d, hh, mm, tz, ss=None):
    if ss is None:
        ss = (y * 7 + m * 13 + d * 17 + hh * 3 + mm) % 60
    return datetime(y, m, d, hh, mm, ss, tzinfo=ZoneInfo(tz))


def money(x, lang, cur="EUR"):
    s = f"{x:,.2f}"
    if lang in ("it", "es"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{s} €" if cur == "EUR" else f"{s} {cur}"
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return f"{sym}{s}"


MONTHS = {
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
DAYS = {
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}
MON3 = {
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "es": "ene feb mar abr may jun jul ago sept oct nov dic".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
DAY3 = {
    "it": "lun mar mer gio ven sab dom".split(),
    "es": "lun mar mié jue vie sáb dom".split(),
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
}


def dlong(d, lang):
    if lang == "it":
        return f"{d.day} {MONTHS['it'][d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"


def il(d):
    """Italian 'il' article + date (l'8, l'11)."""
    s = dlong(d, "it")
    return ("l'" + s) if d.day in (8, 11) else ("il " + s)


def dal(d):
    s = dlong(d, "it")
    return ("dall'" + s) if d.day in (8, 11) else ("dal " + s)


# ----------------------------------------------------------------------------------------------
# threads and the mailduns letters
# ----------------------------------------------------------------------------------------------

_mid_counter = [0]


def new_mid(domain, style="generic"):
    _mid_counter[0] += 1
    h = hashlib.sha1(f"{domain}-{_mid_counter[0]}".encode()).hexdigest()
    n = _mid_counter[0]
    if style == "outlook":
        return f"<{h[:4].upper()}PR{n:02d}MB{h[4:8].upper()}{h[8:20].upper()}@{h[20:24].upper()}PR{n % 9}MB{h[24:28].upper()}.eurprd0{n % 8 + 1}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA+{base64.b64encode(bytes.fromhex(h[:30])).decode().replace('/', '_')}{n}@mail.gmail.com>"
    if style == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>"
    if style == "mailduns":
        return f"<mailduns.{h[:16]}@{domain}>"
    return f"<{h[:12]}.{n}@{domain}>"


class Ev:
    """One message of a thread, as later messages quote it."""

    def __init__(self, frm, to, when, subject, text, mid, refs=(), cc=()):
        self.frm, self.to, self.when, self.subject, self.text = frm, list(to), when, subject, text
        self.mid, self.refs, self.cc = mid, list(refs), list(cc)

    @property
    def chain(self):
        return self.refs + [self.mid]


class T:
    """An invoice thread: owner -> client."""

    def __init__(self, owner, contact, num, amount, issued, due, cname=None, ckind="company",
                 desc=None, cc=(), cur=None):
        self.o, self.contact, self.num, self.amount = owner, contact, num, amount
        self.issued, self.due, self.cname, self.ckind = issued, due, cname, ckind
        self.desc, self.cc = desc, list(cc)
        self.cur = cur or owner.cur
        self.last = None

    @property
    def lang(self):
        return self.o.lang

    def amt(self, x=None):
        return money(self.amount if x is None else x, self.lang, self.cur)

    def _sal(self):
        o, n, k = self.o, self.cname, self.ckind
        if o.lang == "it":
            return f"Spett.le {n}," if (k == "company" and n) else (f"Gentile {n}," if n else "Buongiorno,")
        if o.lang == "es":
            if k == "company":
                return "Estimados señores:"
            if n and n.split()[0].lower() in ("sra.", "d.ª", "dña."):
                return f"Estimada {n}:"
            if n and n.split()[0].lower() in ("sr.", "d.", "don"):
                return f"Estimado {n}:"
            return f"Buenos días, {n}:" if n else "Buenos días:"
        if k == "person" and n:
            return f"Dear {n},"
        return "Dear Accounts Team," if k == "company" else "Hello,"

    def _pay(self):
        o = self.o
        if o.lang == "it":
            s = f"Per il pagamento:\n- beneficiario: {o.beneficiary}\n- IBAN: {o.iban}\n"
            if o.bic:
                s += f"- BIC: {o.bic}\n"
            return s + f"- causale: Fattura n. {self.num}"
        if o.lang == "es":
            s = f"Datos para el pago:\n- beneficiario: {o.beneficiary}\n- IBAN: {o.iban}\n"
            if o.bic:
                s += f"- BIC: {o.bic}\n"
            return s + f"- concepto: Factura {self.num}"
        s = f"Payment details:\n- Account name: {o.beneficiary}\n- IBAN: {o.iban}\n"
        if o.bic:
            s += f"- BIC (SWIFT): {o.bic}\n"
        return s + f"- Payment reference: {self.num}"

    def _fees(self, today):
        days = (today - self.due).days
        interest = round(self.amount * 0.1015 * days / 365, 2)
        comp = 40.0
        tot = self.amount + interest + comp
        L = self.lang
        if L == "it":
            return ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
                    "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
                    "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
                    "percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di "
                    "risarcimento dei costi di recupero (art. 6).\n\n"
                    f"Ad oggi l'importo dovuto è il seguente:\n- fattura n. {self.num}: {self.amt()}\n"
                    f"- interessi di mora ({days} giorni al 10,15%): {money(interest, 'it')}\n"
                    f"- risarcimento costi di recupero: {money(comp, 'it')}\n- totale: {money(tot, 'it')}\n\n"), tot
        if L == "es":
            return ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que "
                    "se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE). "
                    "Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de demora al tipo "
                    "legal: el tipo del Banco Central Europeo para sus operaciones principales de financiación más ocho "
                    "puntos porcentuales, actualmente el 10,15 % anual (arts. 5 y 7). A la deuda se añade, además, una "
                    "cantidad fija de 40,00 € en concepto de indemnización por costes de cobro (art. 8).\n\n\n"
                    f"A día de hoy, el importe adeudado es el siguiente:\n- factura n.º {self.num}: {self.amt()}\n"
                    f"- intereses de demora ({days} días al 10,15 %): {money(interest, 'es')}\n"
                    f"- indemnización por costes de cobro: {money(comp, 'es')}\n- total: {money(tot, 'es')}\n\n"), tot
        cs = "€" if self.cur == "EUR" else "£"
        if self.cur == "GBP":
            intro = ("As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
                     "applies: statutory interest runs from the day after the due date at 11.75% a year (8% over the Bank "
                     "of England base rate in force when the debt fell due), and a fixed sum of £70.00 is due for the "
                     "costs of recovering the debt (section 5A).\n\n")
            comp = 70.0
            interest = round(self.amount * 0.1175 * days / 365, 2)
            tot = self.amount + interest + comp
            rate = "11.75%"
        else:
            intro = ("As this is a commercial transaction, the European Communities (Late Payment in Commercial "
                     "Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date at "
                     "10.15% a year (the European Central Bank's main refinancing rate plus 8 percentage points), and "
                     "€40.00 is due as compensation for recovery costs (Regulation 9).\n\n")
            rate = "10.15%"
        return (intro + f"The amount due as at {dlong(today, 'en')} (interest continues to run until payment) is:\n"
                f"- invoice {self.num}: {self.amt()}\n- interest ({days} days at {rate}): {money(interest, 'en', self.cur)}\n"
                f"- compensation for recovery costs: {money(comp, 'en', self.cur)}\n- total: {money(tot, 'en', self.cur)}\n\n"), tot

    def letter(self, step, today, deadline=None, promise=None, claim=None, paid_on=None, fees=False):
        n, a, due, L = self.num, self.amt(), self.due, self.lang
        sal, pay, on = self._sal(), self._pay(), self.o.name
        fee_txt, tot = self._fees(today) if fees else ("", None)
        late = (today - due).days
        if L == "it":
            if step == "courtesy":
                b = (f"un breve promemoria: la fattura n. {n} di {a}, emessa {il(self.issued)}, è in scadenza {il(due)}.\n\n"
                     "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                     f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
            elif step == "due":
                b = (f"un promemoria: la fattura n. {n} di {a} è scaduta {il(due)}. Se il pagamento non è ancora stato "
                     "disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                     "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                     f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
            elif step == "reminder":
                b = (f"da un controllo la fattura n. {n} di {a}, scaduta {il(due)}, risulta ancora da saldare. Potrebbe "
                     "trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                     f"{fee_txt}Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                     "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                     "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n" + pay)
            elif step == "late_fee":
                b = (f"la fattura n. {n} di {a}, scaduta {il(due)}, risulta ancora da saldare: sono trascorsi {late} giorni "
                     f"dalla scadenza.\n\n{fee_txt}Chiedo cortesemente di provvedere al pagamento"
                     f"{' dell’importo totale'.replace('’', chr(39)) if fees else ''} entro {il(deadline)}. Se il pagamento è già stato disposto, basta "
                     "rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, "
                     "possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n" + pay)
            elif step == "promise_followup":
                b = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {n} di {a} sarebbe stato "
                     f"effettuato entro {il(promise)}.\n\n" if promise else
                     f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {n} di {a}, scaduta {il(due)}.\n\n")
                b += ("Ad oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando "
                      "la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando "
                      "posso aspettarlo.\n\n" + pay)
            elif step == "paid_claim":
                b = (f"grazie per avermi comunicato{(' ' + il(claim)) if claim else ''} che la fattura n. {n} di {a} è stata "
                     f"pagata{(' (con bonifico disposto ' + il(paid_on) + ')') if paid_on else ''}.\n\n"
                     "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede "
                     "qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, "
                     "chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di "
                     "inoltrarmi la contabile.\n\n"
                     f"Per un confronto, riporto le coordinate corrette:\n- beneficiario: {self.o.beneficiary}\n"
                     f"- IBAN: {self.o.iban}\n- causale: Fattura n. {n}\n\n"
                     "Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: "
                     "in tal caso mi basta una breve conferma. Grazie per la collaborazione.")
            elif step == "final":
                head = f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {n} del {dlong(self.issued, 'it')}\n\n"
                b = (f"la fattura n. {n} di {a}, scaduta {il(due)}, risulta ancora da saldare nonostante i precedenti "
                     f"solleciti.\n\n{fee_txt}Con la presente chiedo formalmente il pagamento "
                     f"{'dell’importo totale sopra indicato'.replace('’', chr(39)) if fees else 'di ' + a} entro {il(deadline)}. "
                     "La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del "
                     "codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni "
                     "altro diritto.\n\nIn mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del "
                     "credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le "
                     "relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano "
                     "di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                     "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi "
                     "la data del bonifico, così da poterlo verificare.\n\n" + pay)
                return head + sal + "\n\n" + b + f"\n\nCordiali saluti,\n{on}\n"
            else:
                raise ValueError(step)
            return sal + "\n\n" + b + f"\n\nCordiali saluti,\n{on}\n"
        if L == "es":
            if step == "courtesy":
                b = (f"Un breve recordatorio: la factura n.º {n} de {a}, emitida el {dlong(self.issued, 'es')}, vence el "
                     f"{dlong(due, 'es')}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                     f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
            elif step == "due":
                b = (f"La factura n.º {n} de {a} venció el {dlong(due, 'es')} y, según mis registros, el pago aún no consta. "
                     "Agradecería que se tramitara en los próximos días.\n\n"
                     "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                     f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
            elif step == "reminder":
                b = (f"Revisando mis cuentas, veo que la factura n.º {n} de {a}, vencida el {dlong(due, 'es')}, sigue "
                     "pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara "
                     f"en cuanto sea posible.\n\n{fee_txt}Si el pago ya se ha realizado, muchas gracias: en ese caso basta con "
                     "responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún "
                     "problema con la factura, podemos aclararlo por esta misma vía.\n\n" + pay)
            elif step == "late_fee":
                b = (f"La factura n.º {n} de {a} venció el {dlong(due, 'es')}, hace {late} días, y sigue pendiente de pago.\n\n"
                     f"{fee_txt}Ruego que el pago de {money(tot, 'es') if fees else a} se realice a más tardar el "
                     f"{dlong(deadline, 'es')}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha "
                     "de la transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una solución "
                     "por esta misma vía.\n\n" + pay)
            elif step == "promise_followup":
                b = (f"Según su último mensaje, el pago de la factura n.º {n} de {a} se realizaría a más tardar el "
                     f"{dlong(promise, 'es')}; gracias de nuevo por la información.\n\n" if promise else
                     f"Gracias de nuevo por la información sobre el pago de la factura n.º {n} de {a}, vencida el "
                     f"{dlong(due, 'es')}.\n\n")
                b += ("A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con "
                      "responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber "
                      "para cuándo puedo contar con él.\n\n" + pay)
            elif step == "paid_claim":
                b = (f"Muchas gracias por comunicarme{(' el ' + dlong(claim, 'es')) if claim else ''} que la factura n.º {n} "
                     f"de {a} ya está pagada{(' (transferencia ordenada el ' + dlong(paid_on, 'es') + ')') if paid_on else ''}.\n\n"
                     "Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos "
                     "días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería de "
                     "gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el justificante.\n\n"
                     f"Para comprobarlo, estos son los datos bancarios correctos:\n- beneficiario: {self.o.beneficiary}\n"
                     f"- IBAN: {self.o.iban}\n- concepto: Factura {n}\n\n"
                     "Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es "
                     "necesario hacer nada más. Gracias por su colaboración.")
            elif step == "final":
                head = f"Asunto: Requerimiento de pago de la factura n.º {n}\n\n"
                b = (f"La factura n.º {n}, emitida el {dlong(self.issued, 'es')}, venció el {dlong(due, 'es')} y, pese a los "
                     f"recordatorios enviados anteriormente, sigue pendiente de pago por un importe de {a}.\n\n{fee_txt}"
                     "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago "
                     f"de {money(tot, 'es') if fees else a} a más tardar el {dlong(deadline, 'es')}"
                     f"{', más los intereses de demora que se devenguen hasta la fecha del pago' if fees else ''}.\n\n"
                     "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                     "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                     "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
                     "retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                     f"responder a este correo.\n\nSi para el {dlong(deadline, 'es')} no se ha recibido el pago ni hemos "
                     "llegado a un acuerdo, tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante "
                     "el procedimiento monitorio. Preferiría sinceramente evitarlo.\n\n"
                     "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en ese "
                     "caso, basta una breve respuesta con la fecha de la transferencia.\n\n" + pay)
                return head + sal + "\n\n" + b + f"\n\nAtentamente,\n{on}\n"
            else:
                raise ValueError(step)
            return sal + "\n\n" + b + f"\n\nUn cordial saludo,\n{on}\n"
        # English
        signoff = "Kind regards,"
        if step == "courtesy":
            b = (f"This is a friendly reminder that invoice {n} for {a}, issued on {dlong(self.issued, 'en')}, is due for "
                 f"payment on {dlong(due, 'en')}.\n\nIf payment is already on its way, thank you, and please disregard this "
                 f"message.\n\n{pay}\n\nIf you have any questions, just reply to this email.")
        elif step == "due":
            b = (f"This is a quick reminder that invoice {n} for {a} was due for payment on {dlong(due, 'en')}. If it has "
                 "not been paid yet, I would be grateful if you could arrange payment in the next few days.\n\n"
                 f"If you have already paid, thank you, and please disregard this reminder.\n\n{pay}\n\n"
                 "If you have any questions, just reply to this email.")
        elif step == "reminder":
            b = (f"According to my records, invoice {n} for {a}, due on {dlong(due, 'en')}, has not yet been paid. It may "
                 "simply have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                 f"convenience.\n\n{fee_txt}If you have already paid, thank you – please let me know the payment date so that I "
                 "can update my records. If there is a problem with the invoice, please reply to this email and we can "
                 "sort it out.\n\n" + pay)
        elif step == "late_fee":
            b = (f"Invoice {n} for {a}, due on {dlong(due, 'en')}, is now {late} days overdue.\n\n{fee_txt}"
                 f"Please arrange payment{' of the total above' if fees else ''} by {dlong(deadline, 'en')}. If payment is "
                 "already on its way, thank you – please let me know the date it was made. If there is a problem with the "
                 "invoice or with the timing, please reply to this email and we can find a solution.\n\n" + pay)
        elif step == "promise_followup":
            b = (f"Thank you for letting me know that invoice {n} for {a} would be paid by {dlong(promise, 'en')}.\n\n"
                 if promise else
                 f"Thank you for your earlier message about invoice {n} for {a}, which was due on {dlong(due, 'en')}.\n\n")
            b += ("The payment has not reached me yet. If it is already on its way, thank you – please let me know the "
                  "date it was made. If you need a little more time, could you let me know when I can expect it?\n\n" + pay)
        elif step == "paid_claim":
            b = (f"Thank you for letting me know{(' on ' + dlong(claim, 'en')) if claim else ''} that invoice {n} for {a} has "
                 f"been paid{(' (by a transfer made on ' + dlong(paid_on, 'en') + ')') if paid_on else ''}.\n\n"
                 "However, the payment has not reached my account yet. Bank transfers sometimes take a few extra days, and "
                 "occasionally a payment is sent to out-of-date bank details. To help me trace it, could you please send me "
                 "the date and reference of the transfer, or a copy of the payment confirmation?\n\n"
                 f"For reference, my bank details are:\n- Account name: {self.o.beneficiary}\n- IBAN: {self.o.iban}\n"
                 + (f"- BIC (SWIFT): {self.o.bic}\n" if self.o.bic else "") + f"- Payment reference: {n}\n\n"
                 "If the transfer was made only in the last day or two, it is probably still on its way, and there is no "
                 "need to do anything further. Thank you for your help.")
        elif step == "final":
            formal_sal = f"Dear {self.cname}," if (self.ckind == "person" and self.cname) else "Dear Sir or Madam,"
            signoff = "Yours sincerely," if (self.ckind == "person" and self.cname) else "Yours faithfully,"
            head = ("Final notice before debt recovery\n\n" + (f"To: {self.cname}\n" if self.cname else "")
                    + f"Date: {dlong(today, 'en')}\nInvoice: {n}, issued on {dlong(self.issued, 'en')}, due on {dlong(due, 'en')}\n"
                    + (f"Amount due: {money(tot, 'en', self.cur)} (as at {dlong(today, 'en')}; details below)\n" if fees
                       else f"Amount due: {a}\n") + f"Payment deadline: {dlong(deadline, 'en')}\n\n")
            b = (f"Despite my previous reminders, invoice {n} for {a}, which was due for payment on {dlong(due, 'en')}, "
                 f"remains unpaid.\n\n{fee_txt}I therefore formally request payment of {'the total above' if fees else a} by "
                 f"{dlong(deadline, 'en')}.\n\nIf payment is not received by that date, I intend to take steps to recover the "
                 "debt. These may include referring the matter to a debt collection agency or a solicitor and, if "
                 "necessary, starting court proceedings"
                 f"{', in which I would also claim the interest accrued and my reasonable costs of recovery, as the law allows' if fees else ''}.\n\n"
                 "I would much rather resolve this with you directly. If there is a reason for the delay, or if you would "
                 f"like to propose a payment plan, please reply to this email before {dlong(deadline, 'en')}.\n\n"
                 "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would "
                 "help if you could let me know the payment date so that I can update my records.\n\n" + pay)
            return head + formal_sal + "\n\n" + b + f"\n\n{signoff}\n{on}\n"
        else:
            raise ValueError(step)
        return sal + "\n\n" + b + f"\n\n{signoff}\n{on}\n"

    # --- owner's mails --------------------------------------------------------------------------
    def inv_subject(self):
        return {"it": f"Fattura n. {self.num}", "es": f"Factura {self.num}",
                "en": f"Invoice {self.num}"}[self.lang]

    def invoice(self, when, text=None, subject=None):
        first = self.contact[0].split()[0] if self.contact[0] else ""
        d = self.desc or {"it": "il lavoro concordato", "es": "el trabajo acordado", "en": "the agreed work"}[self.lang]
        if text is None:
            if self.lang == "it":
                text = (f"Ciao {first},\n\nti allego la fattura n. {self.num} di {self.amt()} per {d}, con scadenza "
                        f"{il(self.due)}. Trovi l'IBAN in fondo alla fattura.\n\nGrazie ancora e buona giornata,\n{self.o.name}\n")
            elif self.lang == "es":
                text = (f"Hola, {first}:\n\nTe adjunto la factura {self.num} por importe de {self.amt()}, correspondiente a {d}. "
                        f"El vencimiento es el {dlong(self.due, 'es')}; los datos bancarios están en la propia factura.\n\n"
                        f"Gracias y un abrazo,\n{self.o.name}\n")
            else:
                text = (f"Hi {first},\n\nPlease find attached invoice {self.num} for {self.amt()} for {d}, due on "
                        f"{dlong(self.due, 'en')}. Bank details are on the invoice.\n\nThanks again,\n{self.o.name}\n")
        ev = Ev(self.o.addr, [self.contact], when, subject or self.inv_subject(), text, new_mid(self.o.domain), [],
                self.cc)
        self.last = ev
        return ev

    REM_SUBJ = {
        "it": {"courtesy": "Promemoria: fattura n. {n} in scadenza", "due": "Promemoria: fattura n. {n}",
               "reminder": "Sollecito: fattura n. {n}", "late_fee": "Secondo sollecito: fattura n. {n}",
               "promise_followup": "Fattura n. {n}: pagamento", "paid_claim": "Fattura n. {n}: pagamento non ancora ricevuto",
               "final": "Diffida di pagamento – fattura n. {n}"},
        "es": {"courtesy": "Recordatorio: factura n.º {n}", "due": "Factura n.º {n} vencida",
               "reminder": "Factura n.º {n} pendiente de pago", "late_fee": "Segundo recordatorio: factura n.º {n}",
               "promise_followup": "Factura n.º {n}: pago", "paid_claim": "Factura n.º {n}: pago no recibido",
               "final": "Requerimiento de pago de la factura n.º {n}"},
        "en": {"courtesy": "Reminder: invoice {n} due soon", "due": "Invoice {n} is now due",
               "reminder": "Invoice {n} is overdue", "late_fee": "Second reminder: invoice {n}",
               "promise_followup": "Invoice {n}: payment", "paid_claim": "Invoice {n}: payment not yet received",
               "final": "Final notice: invoice {n}"},
    }

    def rem(self, step, when, subject=None, to=None, cc=None, **kw):
        text = self.letter(step, when.date(), **kw)
        subj = subject or self.REM_SUBJ[self.lang][step].format(n=self.num)
        refs = self.last.chain if self.last else []
        ev = Ev(self.o.addr, to or [self.contact], when, subj, text, new_mid(self.o.domain, "mailduns"), refs,
                self.cc if cc is None else cc)
        self.last = ev
        return ev

    def own(self, when, text, subject=None, to=None, parent=None):
        """A free hand-written mail from the owner in the thread (e.g. a follow-up she typed)."""
        p = parent or self.last
        ev = Ev(self.o.addr, to or [self.contact], when, subject or ("Re: " + p.subject if p else self.inv_subject()),
                text, new_mid(self.o.domain), p.chain if p else [], self.cc)
        self.last = ev
        return ev


# ----------------------------------------------------------------------------------------------
# quoting
# ----------------------------------------------------------------------------------------------

def adr(p):
    return f"{p[0]} <{p[1]}>" if p[0] else p[1]


def adrs(ps):
    return ", ".join(adr(p) for p in ps)


def ol_adr(p):
    """Outlook shows 'Name <addr>' in the header block; internal contacts only by name."""
    return f"{p[0]} <{p[1]}>" if p[0] else p[1]


def tloc(ev, tz):
    return ev.when.astimezone(ZoneInfo(tz))


def attr_line(style, lang, ev, tz):
    d = tloc(ev, tz)
    wd = d.weekday()
    nm, em = ev.frm
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {DAY3['it'][wd]} {d.day} {MON3['it'][d.month-1]} {d.year} alle ore {d:%H:%M} {nm} <{em}> ha scritto:"
        if lang == "es":
            return f"El {DAY3['es'][wd]}, {d.day} {MON3['es'][d.month-1]} {d.year} a las {d.hour}:{d:%M}, {nm} (<{em}>) escribió:"
        return f"On {DAY3['en'][wd]}, {d.day} {MON3['en'][d.month-1]} {d.year} at {d:%H:%M}, {nm} <{em}> wrote:"
    if style == "gmail-us":
        h12 = d.hour % 12 or 12
        ap = "AM" if d.hour < 12 else "PM"
        return f"On {DAY3['en'][wd]}, {MON3['en'][d.month-1]} {d.day}, {d.year} at {h12}:{d:%M} {ap} {nm} <{em}> wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {d.day} {MON3['it'][d.month-1]} {d.year}, alle ore {d:%H:%M}, {nm} <{em}> ha scritto:"
        if lang == "es":
            return f"El {d.day} {MON3['es'][d.month-1]} {d.year}, a las {d.hour}:{d:%M}, {nm} <{em}> escribió:"
        return f"On {d.day} {MON3['en'][d.month-1]} {d.year}, at {d:%H:%M}, {nm} <{em}> wrote:"
    if style == "thunderbird":
        if lang == "it":
            return f"Il {d:%d/%m/%Y} {d:%H:%M}, {nm} ha scritto:"
        if lang == "es":
            return f"El {d:%d/%m/%Y} a las {d:%H:%M}, {nm} escribió:"
        return f"On {d:%d/%m/%Y} {d:%H:%M}, {nm} wrote:"
    raise ValueError(style)


def ol_date(lang, d, us=False):
    wd = d.weekday()
    if lang == "it":
        return f"{DAYS['it'][wd]} {d.day} {MONTHS['it'][d.month-1]} {d.year} {d:%H:%M}"
    if lang == "es":
        return f"{DAYS['es'][wd]}, {d.day} de {MONTHS['es'][d.month-1]} de {d.year} {d.hour}:{d:%M}"
    if us:
        h12 = d.hour % 12 or 12
        return f"{DAYS['en'][wd]}, {MONTHS['en'][d.month-1]} {d.day}, {d.year} {h12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"
    return f"{DAYS['en'][wd]}, {d.day} {MONTHS['en'][d.month-1]} {d.year} {d:%H:%M}"


OL_LABELS = {
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
}


def ol_block(lang, ev, tz, us=False, sep="________________________________"):
    f, s, t, c, o = OL_LABELS[lang]
    lines = [sep] if sep else []
    lines += [f"{f} {ol_adr(ev.frm)}", f"{s} {ol_date(lang, tloc(ev, tz), us)}", f"{t} {'; '.join(ol_adr(p) for p in ev.to)}"]
    if ev.cc:
        lines.append(f"{c} {'; '.join(ol_adr(p) for p in ev.cc)}")
    lines.append(f"{o} {ev.subject}")
    return "\n".join(lines)


def gt(text):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        out.append(">" if ln == "" else ("> " + ln if not ln.startswith(">") else ">" + ln))
    return "\n".join(out)


FWD_HEAD = {
    "it": ("---------- Messaggio inoltrato ---------", "Da:", "Date:", "Subject:", "To:"),
    "es": ("---------- Forwarded message ---------", "De:", "Date:", "Subject:", "To:"),
    "en": ("---------- Forwarded message ---------", "From:", "Date:", "Subject:", "To:"),
}


def quote(style, lang, ev, tz):
    """Plain-text quote of ev, as the replier's client would write it."""
    if style is None or style == "none":
        return ""
    if style in ("gmail", "gmail-us", "thunderbird"):
        return "\n\n" + attr_line(style, lang, ev, tz) + "\n\n" + gt(ev.text) + "\n"
    if style == "apple":
        return "\n\n" + attr_line("apple", lang, ev, tz) + "\n\n" + gt(ev.text) + "\n"
    if style in ("outlook", "outlook-us"):
        return "\n\n" + ol_block(lang, ev, tz, us=style.endswith("us")) + "\n\n" + ev.text
    if style == "outlook-orig":
        lab = {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----",
               "en": "-----Original Message-----"}[lang]
        return "\n\n" + ol_block(lang, ev, tz, sep=lab) + "\n\n" + ev.text
    if style == "paste":
        return "\n\n" + ev.text
    if style == "fwd":
        h, f, dd, s, t = FWD_HEAD[lang]
        d = tloc(ev, tz)
        if lang == "it":
            ds = f"{DAY3['it'][d.weekday()]} {d.day} {MON3['it'][d.month-1]} {d.year} alle ore {d:%H:%M}"
        elif lang == "es":
            ds = f"{DAY3['es'][d.weekday()]}, {d.day} {MON3['es'][d.month-1]} {d.year} a las {d.hour}:{d:%M}"
        else:
            ds = f"{DAY3['en'][d.weekday()]}, {d.day} {MON3['en'][d.month-1]} {d.year} at {d:%H:%M}"
        return (f"\n\n{h}\n{f} {ev.frm[0]} <{ev.frm[1]}>\n{dd} {ds}\n{s} {ev.subject}\n{t} {adrs(ev.to)}\n"
                + (f"Cc: {adrs(ev.cc)}\n" if ev.cc else "") + "\n\n" + ev.text)
    raise ValueError(style)


def esc(s):
    return _html.escape(s, quote=False)


def t2h(text):
    """plain text -> simple HTML (paragraph divs, nested '>' become blockquotes)."""
    out, buf, depth = [], [], 0
    lines = text.rstrip("\n").split("\n")
    for ln in lines:
        d = 0
        while ln.startswith(">"):
            ln = ln[1:]
            if ln.startswith(" "):
                ln = ln[1:]
            d += 1
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append(f"<div>{esc(ln) if ln.strip() else '<br>'}</div>")
    out += ["</blockquote>"] * depth
    return "\n".join(out)


def quote_html(style, lang, ev, tz, inner=None):
    if inner is None:
        inner = t2h(ev.text)
    if style is None or style == "none":
        return ""
    if style in ("gmail", "gmail-us"):
        return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr_line(style, lang, ev, tz))
                + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                'rgb(204,204,204);padding-left:1ex">\n' + inner + "\n</blockquote></div>")
    if style == "apple":
        return ('<div><br><blockquote type="cite"><div>' + esc(attr_line("apple", lang, ev, tz))
                + '</div><br class="Apple-interchange-newline"><div><div>\n' + inner
                + "\n</div></div></blockquote></div>")
    if style in ("outlook", "outlook-us", "outlook-orig"):
        f, s, t, c, o = OL_LABELS[lang]
        d = tloc(ev, tz)
        rows = [f"<b>{f}</b> {esc(ol_adr(ev.frm))}", f"<b>{s}</b> {esc(ol_date(lang, d, style == 'outlook-us'))}",
                f"<b>{t}</b> {esc('; '.join(ol_adr(p) for p in ev.to))}"]
        if ev.cc:
            rows.append(f"<b>{c}</b> {esc('; '.join(ol_adr(p) for p in ev.cc))}")
        rows.append(f"<b>{o}</b> {esc(ev.subject)}")
        return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                'color="#000000">' + "<br>\n".join(rows) + '</font>\n<div>&nbsp;</div>\n</div>\n<div>\n'
                + inner + "\n</div>")
    if style == "paste":
        return "<br>" + inner
    raise ValueError(style)


# ----------------------------------------------------------------------------------------------
# MIME plumbing (hand-rolled so charset / transfer encoding are exactly what we want)
# ----------------------------------------------------------------------------------------------

class Part:
    def __init__(self, ctype, params=None, body=b"", parts=None, cte=None, headers=None):
        self.ctype, self.params, self.body, self.parts = ctype, dict(params or {}), body, parts
        self.cte, self.headers = cte, list(headers or [])


_bcount = [0]


def boundary(kind="gen"):
    _bcount[0] += 1
    h = hashlib.md5(f"b{_bcount[0]}".encode()).hexdigest()
    return {"gmail": f"000000000000{h[:12]}", "outlook": f"_000_{h[:20].upper()}_",
            "apple": f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}",
            "gen": f"----=_Part_{_bcount[0]}_{int(h[:8], 16)}.{int(h[8:16], 16)}"}[kind]


def text(t, sub="plain", charset="utf-8", cte="quoted-printable", codec=None, flowed=False):
    codec = codec or charset
    raw = t.replace("\r\n", "\n").encode(codec)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    params = {"charset": charset}
    if flowed:
        params["format"] = "flowed"
    return Part(f"text/{sub}", params, body, cte=cte)


def attachment(ctype, filename, data, inline=False, cid=None, tnef=False):
    hdr = [("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{filename}"')]
    if cid:
        hdr.append(("Content-ID", f"<{cid}>"))
    return Part(ctype, {"name": filename}, base64.encodebytes(data), cte="base64", headers=hdr)


def multi(sub, parts, kind="gen", params=None):
    p = {"boundary": boundary(kind)}
    p.update(params or {})
    return Part(f"multipart/{sub}", p, parts=parts)


def render_part(p, top_headers=None):
    lines = []
    for k, v in (top_headers or []):
        lines.append(f"{k}: {v}")
    ps = "".join(f'; {k}="{v}"' if k in ("boundary", "name", "report-type", "type") or " " in v else f"; {k}={v}"
                 for k, v in p.params.items())
    lines.append(f"Content-Type: {p.ctype}{ps}")
    if p.cte:
        lines.append(f"Content-Transfer-Encoding: {p.cte}")
    for k, v in p.headers:
        lines.append(f"{k}: {v}")
    head = ("\n".join(lines) + "\n\n").encode("utf-8")
    if p.parts is None:
        body = p.body if isinstance(p.body, bytes) else p.body.encode("utf-8")
        if not body.endswith(b"\n"):
            body += b"\n"
        return head + body
    b = p.params["boundary"]
    out = head
    if p.ctype == "multipart/alternative" or p.ctype == "multipart/mixed":
        pass
    for sp in p.parts:
        out += f"--{b}\n".encode() + render_part(sp) + b"\n"
    out += f"--{b}--\n".encode()
    return out


def hdr_text(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def hdr_addr(p):
    return formataddr(p, charset="utf-8")


def fold_refs(refs):
    return "\n ".join(refs)


def received(date_, frm_host, to_host, ip):
    d = date_ + timedelta(seconds=4)
    return (f"from {frm_host} ({frm_host} [{ip}])\n\tby {to_host} with ESMTPS id {hashlib.md5((frm_host+str(d)).encode()).hexdigest()[:10]}"
            f"\n\tfor <owner>; {format_datetime(d)}")


class Msg:
    def __init__(self, frm, to, when, subject, root, cc=(), mid=None, irt=None, refs=None, extra=(), reply_to=None,
                 mid_style="generic", mailer=None, received_from=None, sender=None):
        self.frm, self.to, self.when, self.subject, self.root = frm, list(to), when, subject, root
        self.cc, self.irt, self.refs, self.extra = list(cc), irt, refs, list(extra)
        self.reply_to, self.mailer, self.sender = reply_to, mailer, sender
        dom = frm[1].split("@")[1]
        self.mid = mid or new_mid(dom, mid_style)
        self.received_from = received_from or dom

    def to_bytes(self):
        h = []
        to0 = self.to[0][1] if self.to else "x@example.org"
        rf = self.received_from
        host = {"gmail.com": "mail-sor-f41.google.com", "googlemail.com": "mail-sor-f69.google.com",
                "icloud.com": "qs51p00im-qukt01080502.me.com", "me.com": "qs51p00im-qukt01080502.me.com",
                "mac.com": "qs51p00im-qukt01080502.me.com", "hotmail.it": "EUR05-VI1-obe.outbound.protection.outlook.com",
                "hotmail.es": "EUR05-DB8-obe.outbound.protection.outlook.com", "outlook.es": "EUR05-AM6-obe.outbound.protection.outlook.com",
                "yahoo.es": "sonic302-21.consmr.mail.ir2.yahoo.com", "libero.it": "smtp-31.iol.local",
                "stripe.com": "o1.ptr4420.stripe.com"}.get(rf, rf if rf.count(".") >= 2 else "mail." + rf)
        h.append(("Received", received(self.when, host, "mx." + to0.split("@")[1],
                                        "192.0.2." + str(sum(map(ord, rf)) % 250 + 1)).replace("<owner>", f"<{to0}>")))
        h.append(("Date", format_datetime(self.when)))
        h.append(("From", hdr_addr(self.frm)))
        if self.sender:
            h.append(("Sender", hdr_addr(self.sender)))
        if self.reply_to:
            h.append(("Reply-To", hdr_addr(self.reply_to)))
        h.append(("To", ", ".join(hdr_addr(p) for p in self.to)))
        if self.cc:
            h.append(("Cc", ", ".join(hdr_addr(p) for p in self.cc)))
        h.append(("Subject", hdr_text(self.subject)))
        h.append(("Message-ID", self.mid))
        if self.irt:
            h.append(("In-Reply-To", self.irt))
        if self.refs:
            h.append(("References", fold_refs(self.refs)))
        for k, v in self.extra:
            h.append((k, v))
        if self.mailer:
            h.append(self.mailer)
        h.append(("MIME-Version", "1.0"))
        return render_part(self.root, h)


# ----------------------------------------------------------------------------------------------
# building replies
# ----------------------------------------------------------------------------------------------

MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook-web": ("X-MS-Has-Attach", ""),
    "apple": ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
    "iphone": ("X-Mailer", "iPhone Mail (22C152)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "android": ("X-Mailer", "Android Mail"),
    "gmail": None,
}


def _topic(subj):
    import re
    return re.sub(r"^((re|r|rif|i|fw|fwd|rv|aw|tr)\s*:\s*)+", "", subj or "", flags=re.I)


def reply(parent, frm, when, body, *, to=None, cc=None, subject=None, prefix="Re: ", style="gmail", lang=None,
          fmt="plain", html_body=None, charset="utf-8", codec=None, cte="quoted-printable", attach=(),
          client="gmail", related=None, extra=(), quote_text=None, quote_html_text=None, irt=True, refs=None,
          html_charset=None, html_cte=None, flowed=False, reply_to=None, sender=None):
    """Build a reply Msg to Ev `parent` and return (Msg, Ev).

    body: the replier's own plain text (signature included).
    style: quoting style (see quote()); quote_text overrides the generated plain quote.
    fmt: 'plain' | 'alt' (plain+html) | 'html' (html only).
    """
    lang = lang or "en"
    tz = str(when.tzinfo)
    subj = subject if subject is not None else (prefix + parent.subject)
    qp = quote_text if quote_text is not None else quote(style, lang, parent, tz)
    plain = body.rstrip("\n") + qp
    if not plain.endswith("\n"):
        plain += "\n"
    to = to if to is not None else [parent.frm]
    cc = cc if cc is not None else []
    hq = quote_html_text if quote_html_text is not None else quote_html(style, lang, parent, tz)
    if html_body is None:
        html_body = t2h(body)
    wrap = {"gmail": '<div dir="ltr">{b}</div>{q}',
            "outlook": '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{b}</div>\n{q}',
            "apple": '<div dir="auto">{b}</div>{q}', "iphone": '<div dir="auto">{b}</div>{q}',
            "thunderbird": '<p>{b}</p>{q}', "android": '<div dir="auto">{b}</div>{q}'}.get(client, "<div>{b}</div>{q}")
    hdoc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + (html_charset or charset)
            + '"></head><body>\n' + wrap.format(b=html_body, q=hq) + "\n</body></html>\n")
    bk = {"gmail": "gmail", "outlook": "outlook", "apple": "apple", "iphone": "apple"}.get(client, "gen")
    if fmt == "plain":
        root = text(plain, "plain", charset, cte, codec, flowed=flowed)
    elif fmt == "html":
        root = text(hdoc, "html", html_charset or charset, html_cte or cte, codec)
    else:
        root = multi("alternative", [text(plain, "plain", charset, cte, codec, flowed=flowed),
                                     text(hdoc, "html", html_charset or charset, html_cte or cte, codec)], bk)
    if related:
        root = multi("related", [root] + list(related), bk, {"type": "text/html" if fmt == "html" else "multipart/alternative"})
    if attach:
        root = multi("mixed", [root] + list(attach), bk)
    mailer = MAILERS.get(client)
    if client == "outlook":
        extra = list(extra) + [("Thread-Topic", _topic(parent.subject)),
                               ("Thread-Index", "AQH" + base64.b64encode(hashlib.md5(parent.mid.encode()).digest()).decode()[:24]),
                               ] + ([] if any(k == "Content-Language" for k, _ in extra) else
                                    [("Content-Language", {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang])])
    chain = refs if refs is not None else parent.chain
    m = Msg(frm, to, when, subj, root, cc=cc, irt=parent.mid if irt else None, refs=chain if irt else None,
            extra=extra, mailer=mailer, mid_style={"gmail": "gmail", "outlook": "outlook", "apple": "apple",
                                                   "iphone": "apple"}.get(client, "generic"),
            reply_to=reply_to, sender=sender)
    ev = Ev(frm, to, when, subj, plain, m.mid, chain, cc)
    return m, ev


def ev_msg(ev, client="mailduns"):
    """An owner's letter as a full message (for bounces / message/rfc822 parts)."""
    root = text(ev.text, "plain", "utf-8", "quoted-printable")
    m = Msg(ev.frm, ev.to, ev.when, ev.subject, root, cc=ev.cc, mid=ev.mid,
            irt=ev.refs[-1] if ev.refs else None, refs=ev.refs or None,
            extra=[("X-Mailer", "mailduns")] if client == "mailduns" else [])
    return m


def fake_pdf(title):
    body = (f"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 760 Td ({title}) Tj ET\nendstream endobj\n"
            "trailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_png(w=2, h=2, rgb=(200, 30, 30)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def fake_jpg():
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(64)) + b"\xff\xd9"


def fake_tnef():
    return b"\x78\x9f\x3e\x22\x01\x00\x01\x06\x90\x08\x00" + bytes(range(200)) + b"IPM.Microsoft Mail.Note\x00" * 2


def dsn(reporting_mta, arrival, recipients, human, original, kind="gen", headers_only=False):
    """multipart/report; report-type=delivery-status.  recipients: list of dicts."""
    ds = f"Reporting-MTA: dns; {reporting_mta}\n"
    if arrival:
        ds += f"Arrival-Date: {format_datetime(arrival)}\n"
    for r in recipients:
        ds += "\n" + "\n".join(f"{k}: {v}" for k, v in r.items()) + "\n"
    parts = [text(human, "plain", "utf-8" if not human.isascii() else "us-ascii",
                  "quoted-printable" if not human.isascii() else "7bit"),
             Part("message/delivery-status", {}, ds.encode(), cte="7bit")]
    ob = original.to_bytes()
    if headers_only:
        parts.append(Part("text/rfc822-headers", {}, ob.split(b"\n\n", 1)[0] + b"\n", cte="7bit"))
    else:
        parts.append(Part("message/rfc822", {}, ob, cte="8bit"))
    return multi("report", parts, kind, {"report-type": "delivery-status"})


# ----------------------------------------------------------------------------------------------
# registry
# ----------------------------------------------------------------------------------------------

MESSAGES = []


def add(msg, kind, lang, note, **facts):
    MESSAGES.append((msg, dict(kind=kind, language=lang, split="dev", note=note, **facts)))


def C(name, addr):
    return (name, addr)


def D(y, m, d):
    return date(y, m, d)



def ins_plain(txt, inserts, prefix="> "):
    """The quoted letter with the replier's words written between its lines (inline reply)."""
    out = []
    for ln in txt.rstrip("\n").split("\n"):
        out.append((prefix + ln).rstrip() if prefix else ln)
        for key, rep in inserts:
            if key in ln:
                out.append("")
                out.extend(rep.split("\n"))
                out.append("")
    return "\n".join(out)


def ins_html(txt, inserts, color="#C00000", bold=False):
    out = []
    for ln in txt.rstrip("\n").split("\n"):
        out.append(f"<div>{esc(ln) if ln.strip() else '<br>'}</div>")
        for key, rep in inserts:
            if key in ln:
                r = "<br>".join(esc(x) for x in rep.split("\n"))
                if bold:
                    r = f"<b>{r}</b>"
                out.append(f'<div style="color:{color}">{r}</div>')
    return "\n".join(out)


def inline_quote(style, lang, ev, tz, inserts, color="#C00000", bold=False):
    """(plain, html) quote of ev with inline answers."""
    if style in ("outlook", "outlook-us", "outlook-orig"):
        plain = "\n\n" + ol_block(lang, ev, tz, us=style == "outlook-us") + "\n\n" + ins_plain(ev.text, inserts, "")
    else:
        plain = "\n\n" + attr_line(style, lang, ev, tz) + "\n\n" + ins_plain(ev.text, inserts, "> ")
    html = quote_html(style, lang, ev, tz, inner=ins_html(ev.text, inserts, color, bold))
    return plain, html


def banner(cid, name="banner.png"):
    return attachment("image/png", name, fake_png(6, 2, (0, 70, 140)), inline=True, cid=cid)


def auto_headers(kind="full"):
    if kind == "full":
        return [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Auto-Response-Suppress", "All"),
                ("Precedence", "auto_reply")]
    if kind == "exchange":
        return [("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", "x"),
                ("X-Auto-Response-Suppress", "All")]
    if kind == "bulk":
        return [("Precedence", "bulk")]
    return []


# ==============================================================================================
# ITALIANO
# ==============================================================================================
ROME = "Europe/Rome"


def it01():
    # Outlook, answers written in red between the reminder's lines
    c = C("Marta Bellini", "amministrazione@bellini-arredamenti.it")
    t = T(ALE, c, "12/2026", 1220.00, D(2026, 10, 16), D(2026, 11, 15), cname="Bellini Arredamenti S.r.l.",
          desc="il restyling del catalogo autunno")
    t.invoice(tzdt(2026, 10, 16, 11, 20, ROME))
    r = t.rem("reminder", tzdt(2026, 11, 23, 9, 5, ROME))
    when = tzdt(2026, 11, 24, 10, 41, ROME)
    ins = [("risulta ancora da saldare", "[Marta B.] Ci risulta pagata: bonifico disposto il 20/11 da Banco BPM, "
            "CRO 0306912345678901. Forse si è incrociato con questa mail."),
           ("basta rispondere indicando la data del bonifico", "[Marta B.] vedi sopra, 20 novembre.")]
    qp, qh = inline_quote("outlook", "it", r, ROME, ins)
    body = ("Buongiorno Alessandra,\n\nle rispondo sotto in rosso.\n\nSaluti\nMarta Bellini\nUfficio Amministrazione\n"
            "Bellini Arredamenti S.r.l. – Via dei Mille 14, 22063 Cantù (CO)\nTel. 031 7203318")
    hb = ("Buongiorno Alessandra,<br><br>le rispondo sotto <span style=\"color:#C00000\">in rosso</span>.<br><br>Saluti<br>"
          "Marta Bellini<br><span style=\"font-size:9pt;color:#595959\">Ufficio Amministrazione<br>Bellini Arredamenti S.r.l. – "
          "Via dei Mille 14, 22063 Cantù (CO)<br>Tel. 031 7203318</span>")
    m, _ = reply(r, c, when, body, lang="it", prefix="R: ", client="outlook", fmt="alt", html_body=hb,
                 quote_text=qp, quote_html_text=qh)
    add(m, "client-reply-paid", "it",
        "Outlook inline reply: the client's only words are written in red between the lines of the quoted "
        "reminder (bonifico disposto il 20/11); the top text says nothing but 'rispondo sotto'.")


def it02():
    # long thread: invoice, first reminder, colleague said 'pagata'; newest writer: not paid, Friday
    c = C("Paolo Gatti", "paolo@studiogatti.it")
    acc = C("Franca Lodi", "contabilita@studiogatti.it")
    t = T(ALE, c, "14/2026", 732.00, D(2026, 10, 20), D(2026, 11, 19), cname="Studio Gatti",
          desc="l'impaginazione della brochure")
    t.invoice(tzdt(2026, 10, 20, 15, 2, ROME))
    r1 = t.rem("reminder", tzdt(2026, 11, 26, 9, 1, ROME))
    m1, e1 = reply(r1, c, tzdt(2026, 11, 26, 12, 17, ROME),
                   "Ciao Alessandra, dovrebbe essere già pagata, ieri ho visto passare un bonifico a tuo nome. Controlla!\n"
                   "Paolo", lang="it", style="gmail")
    e1.text = e1.text  # the colleague's reply, quoted below
    when = tzdt(2026, 12, 3, 16, 48, ROME)
    body = ("Buonasera Alessandra,\n\nmi scuso per la confusione: il bonifico che ha visto Paolo era per un altro "
            "fornitore (Rossi Tipografia, omonimia...). La sua fattura 14/2026 non è ancora stata pagata, la metto in "
            "pagamento venerdì insieme agli altri.\n\nFranca Lodi\nContabilità – Studio Gatti")
    m, _ = reply(e1, acc, when, body, lang="it", style="gmail", to=[ALE.addr], cc=[c])
    add(m, "client-reply-promise", "it",
        "Thread quoting three earlier messages; the colleague's earlier reply (quoted) said it was paid, the newest "
        "writer (accounts) corrects him: not paid, will pay Friday. Date Thu 3 Dec -> Fri 4 Dec.",
        promised_date="2026-12-04", reference="14/2026")


def it03():
    # colleague forwards internally, accounts reply-all with the receipt attached
    c = C("Giorgio Villa", "g.villa@villaeassociati.it")
    amm = C("Amministrazione Villa & Associati", "amministrazione@villaeassociati.it")
    t = T(ALE, c, "9/2026", 2196.00, D(2026, 10, 5), D(2026, 11, 4), cname="Villa & Associati",
          desc="il nuovo logo e l'immagine coordinata")
    t.invoice(tzdt(2026, 10, 5, 10, 0, ROME))
    r = t.rem("reminder", tzdt(2026, 11, 30, 9, 3, ROME))
    fwd_when = tzdt(2026, 11, 30, 9, 47, ROME)
    fm, fe = reply(r, c, fwd_when, "Ciao, potete verificare? Grazie\nG.", lang="it", to=[amm], prefix="I: ",
                   style="outlook", client="outlook")
    when = tzdt(2026, 11, 30, 11, 32, ROME)
    body = ("Buongiorno Sig.ra Rossi,\n\nda nostre verifiche la fattura risulta saldata con bonifico del 27/11/2026 "
            "(valuta beneficiario 01/12/2026). In allegato la contabile.\n\nCordiali saluti\n\nSilvia Mauri\n"
            "Amministrazione\nVilla & Associati – Studio di Architettura\nCorso Venezia 8 – 20121 Milano")
    m, _ = reply(fe, amm, when, body, lang="it", to=[ALE.addr], cc=[c], prefix="R: ", style="outlook", client="outlook",
                 fmt="alt", attach=[attachment("application/pdf", "Contabile_bonifico_27112026.pdf",
                                               fake_pdf("Contabile bonifico 27/11/2026 EUR 2.196,00"))])
    add(m, "client-reply-paid", "it",
        "Client forwarded the reminder internally ('potete verificare?'), accounts replied to all: paid with "
        "transfer of 27/11, receipt PDF attached. Subject R: I: ...; the quoted forward is not the answer.")


def it04():
    # secretary of the boss, HTML-only Outlook, dispute of hours
    c = C("Arch. Luca Ferri", "luca.ferri@ferriarchitetti.it")
    seg = C("Segreteria Ferri Architetti", "segreteria@ferriarchitetti.it")
    t = T(ALE, c, "17/2026", 2562.00, D(2026, 10, 28), D(2026, 11, 27), cname="Ferri Architetti Associati",
          desc="le tavole di presentazione del concorso")
    t.invoice(tzdt(2026, 10, 28, 17, 40, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 4, 9, 2, ROME))
    when = tzdt(2026, 12, 4, 15, 26, ROME)
    hb = ("<p class=\"MsoNormal\">Gentile Dott.ssa Rossi,</p><p class=\"MsoNormal\">scrivo per conto dell'Arch. Ferri, "
          "che è in cantiere tutta la settimana.</p><p class=\"MsoNormal\">L'architetto mi chiede di comunicarle che la "
          "fattura n. 17/2026 non corrisponde a quanto concordato: in fattura sono indicate 42 ore, mentre il preventivo "
          "approvato a settembre ne prevedeva 30 a corpo. Prima di procedere al pagamento chiede l'emissione di una nota "
          "di credito per la differenza (12 ore).</p><p class=\"MsoNormal\">Resto a disposizione.</p>"
          "<p class=\"MsoNormal\">Cordiali saluti<br>Roberta Sala<br><span style=\"color:#7F7F7F\">Segreteria – Ferri "
          "Architetti Associati<br>Via San Vitale 40, Bologna</span></p>")
    m, _ = reply(r, seg, when, "", lang="it", to=[ALE.addr], cc=[c], prefix="R: ", style="outlook", client="outlook",
                 fmt="html", html_body=hb)
    add(m, "client-reply-dispute", "it",
        "HTML-only Outlook mail written by the architect's secretary (not the invoice's recipient): hours billed "
        "(42) differ from the quote (30), asks a credit note before paying.", reference="17/2026")


def it05():
    # iPhone, whole thread below
    c = C("Federico Marchi", "fede.marchi@gmail.com")
    t = T(ALE, c, "19/2026", 450.00, D(2026, 11, 2), D(2026, 12, 2), cname="Federico Marchi", ckind="person",
          desc="il logo della pasticceria")
    inv = t.invoice(tzdt(2026, 11, 2, 18, 30, ROME))
    r = t.rem("due", tzdt(2026, 12, 3, 9, 0, ROME))
    r2 = t.rem("reminder", tzdt(2026, 12, 11, 9, 0, ROME))
    # the whole thread quoted Apple-style, nested
    q = ("\n\nInviato da iPhone\n\n" + attr_line("apple", "it", r2, ROME) + "\n\n" + gt(r2.text) + "\n>\n> "
         + attr_line("apple", "it", r, ROME) + "\n>\n" + gt(gt(r.text)) + "\n>>\n>> " + attr_line("apple", "it", inv, ROME)
         + "\n>>\n" + gt(gt(gt(inv.text))) + "\n")
    when = tzdt(2026, 12, 12, 19, 52, ROME)
    m, _ = reply(r2, c, when, "Ciao Ale scusa tantissimo, me ne ero completamente dimenticato!! Te lo faccio lunedì "
                 "appena apro il pc del negozio", lang="it", client="iphone", quote_text=q)
    add(m, "client-reply-promise", "it",
        "Mobile reply, the whole thread (reminder, due-date note, original invoice mail) nested below 'Inviato da "
        "iPhone'. Sat 12 Dec -> lunedì = 14 Dec.", promised_date="2026-12-14")


def it06():
    # new text only in the subject line
    c = C("Ilaria Conti", "ilaria.conti@contiviaggi.it")
    t = T(ALE, c, "21/2026", 610.00, D(2026, 11, 5), D(2026, 12, 5), cname="Conti Viaggi S.a.s.",
          desc="i volantini della stagione invernale")
    t.invoice(tzdt(2026, 11, 5, 9, 14, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 14, 9, 0, ROME))
    when = tzdt(2026, 12, 14, 13, 3, ROME)
    m, _ = reply(r, c, when, "", lang="it", subject="R: Sollecito: fattura n. 21/2026 - mi rimandi la fattura? non la "
                 "trovo piu", style="outlook-orig", client="outlook")
    add(m, "client-reply-other", "it",
        "Empty body above the quoted reminder: the only new words are in the subject ('mi rimandi la fattura? non "
        "la trovo piu'). A request to resend, no claim.")


def it07():
    # reminder pasted as plain text, no marker
    c = C("Bruno Galli", "bruno@galliimpianti.it")
    t = T(ALE, c, "23/2026", 850.00, D(2026, 11, 6), D(2026, 12, 6), cname="Galli Impianti di Bruno Galli",
          ckind="company", desc="il sito vetrina")
    t.invoice(tzdt(2026, 11, 6, 16, 5, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 14, 9, 1, ROME))
    when = tzdt(2026, 12, 14, 20, 12, ROME)
    body = ("Buonasera signora\nil pagamento l'ho fatto stamattina in banca allo sportello, mi hanno detto che arriva in "
            "1 o 2 giorni lavorativi. Se non lo vede mi chiami al 347 5510928\nBruno Galli")
    m, _ = reply(r, c, when, body, lang="it", style="paste", client="thunderbird", charset="iso-8859-1",
                 cte="quoted-printable", codec="cp1252")
    add(m, "client-reply-paid", "it",
        "The reminder is pasted below the reply as plain text, with no quote marker or header; the reminder's own "
        "'Se il pagamento è già stato effettuato' lines are not the client's words. Paid at the branch this morning.")


def it09():
    # bank receipt text quoted inline
    c = C("Stefania Orlando", "s.orlando@orlandogioielli.it")
    t = T(ALE, c, "25/2026", 915.00, D(2026, 11, 9), D(2026, 12, 9), cname="Orlando Gioielli S.r.l.",
          desc="le foto dei cataloghi")
    t.invoice(tzdt(2026, 11, 9, 12, 0, ROME))
    r = t.rem("due", tzdt(2026, 12, 10, 9, 0, ROME))
    when = tzdt(2026, 12, 10, 17, 5, ROME)
    body = ("Buonasera Alessandra,\nle incollo qui la ricevuta che mi dà l'home banking:\n\n"
            "    ESITO OPERAZIONE: ESEGUITA\n    Tipo operazione: Bonifico SEPA\n    Data esecuzione: 10/12/2026\n"
            "    Data valuta beneficiario: 11/12/2026\n    Ordinante: ORLANDO GIOIELLI SRL\n"
            "    Beneficiario: ALESSANDRA ROSSI\n    IBAN beneficiario: IT60X0542811101000000123456\n"
            "    Importo: 915,00 EUR\n    Causale: SALDO FT 25 2026\n    TRN: 0306909606100000011745200IT\n\n"
            "Buona serata\nStefania Orlando")
    m, _ = reply(r, c, when, body, lang="it", style="gmail", fmt="alt")
    add(m, "client-reply-paid", "it",
        "Client pastes the home-banking receipt text inline (esito eseguita, importo 915,00, causale SALDO FT 25 2026).",
        amount="915.00", reference="25/2026")


def it10():
    # top-posted, huge signature, bilingual disclaimer, banner image
    c = C("Ufficio Fornitori – Gruppo Tessile Brianza", "fornitori@gtbrianza.it")
    t = T(ALE, C("Dott. Enrico Sala", "e.sala@gtbrianza.it"), "26/2026", 3050.00, D(2026, 11, 10), D(2026, 12, 10),
          cname="Gruppo Tessile Brianza S.p.A.", desc="la campagna stampa primavera")
    t.invoice(tzdt(2026, 11, 10, 10, 30, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 17, 9, 0, ROME))
    when = tzdt(2026, 12, 18, 8, 55, ROME)
    sig = ("\n\nDistinti saluti\n\nDaniela Porro\nUfficio Fornitori / Accounts Payable\nGRUPPO TESSILE BRIANZA S.p.A.\n"
           "Via Como 221 – 20831 Seregno (MB)\nTel. +39 0362 224 100 – Fax +39 0362 224 199\nwww.gtbrianza.it\n"
           "[cid:banner-gtb@01DB]\n\n"
           "Ai sensi del Regolamento UE 2016/679 (GDPR) si precisa che le informazioni contenute in questo messaggio e "
           "negli eventuali allegati sono riservate e ad uso esclusivo del destinatario. Qualora il messaggio Le fosse "
           "pervenuto per errore, La invitiamo ad eliminarlo senza copiarlo e a non inoltrarlo a terzi, dandocene "
           "gentilmente comunicazione.\n\n"
           "Pursuant to EU Regulation 2016/679 (GDPR), the information in this message and any attachments is "
           "confidential and intended solely for the addressee. If you have received this message in error, please "
           "delete it without copying or forwarding it and kindly notify us.\n\n"
           "Pensa all'ambiente prima di stampare questa e-mail. / Please consider the environment before printing.")
    body = ("Gentile Dott.ssa Rossi,\n\nin riferimento al Suo sollecito, La informiamo che la fattura in oggetto è stata "
            "inserita nella distinta di pagamento con valuta 31/12/2026." + sig)
    hb = ("<p>Gentile Dott.ssa Rossi,</p><p>in riferimento al Suo sollecito, La informiamo che la fattura in oggetto è "
          "stata inserita nella distinta di pagamento con valuta <b>31/12/2026</b>.</p><p>Distinti saluti</p>"
          "<p><b>Daniela Porro</b><br>Ufficio Fornitori / Accounts Payable<br><b>GRUPPO TESSILE BRIANZA S.p.A.</b><br>"
          "Via Como 221 – 20831 Seregno (MB)<br>Tel. +39 0362 224 100 – Fax +39 0362 224 199<br>"
          "<a href=\"https://www.gtbrianza.it\">www.gtbrianza.it</a></p><p><img src=\"cid:banner-gtb@01DB\" "
          "alt=\"GTB – 60 anni di tessuti\" width=\"600\" height=\"120\"></p>"
          "<p style=\"font-size:8pt;color:#808080\">Ai sensi del Regolamento UE 2016/679 (GDPR) si precisa che le "
          "informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e ad uso esclusivo del "
          "destinatario. Qualora il messaggio Le fosse pervenuto per errore, La invitiamo ad eliminarlo senza copiarlo e "
          "a non inoltrarlo a terzi, dandocene gentilmente comunicazione.<br><br>Pursuant to EU Regulation 2016/679 "
          "(GDPR), the information in this message and any attachments is confidential and intended solely for the "
          "addressee. If you have received this message in error, please delete it without copying or forwarding it "
          "and kindly notify us.</p><p style=\"font-size:8pt;color:#2E7D32\">Pensa all'ambiente prima di stampare "
          "questa e-mail. / Please consider the environment before printing.</p>")
    m, _ = reply(r, c, when, body, lang="it", to=[ALE.addr], cc=[t.contact], prefix="R: ", style="outlook",
                 client="outlook", fmt="alt", html_body=hb, related=[banner("banner-gtb@01DB", "image001.png")])
    add(m, "client-reply-promise", "it",
        "Accounts payable top-posts one sentence above a huge signature, banner image (multipart/related) and a GDPR "
        "disclaimer in Italian and English: invoice put in the payment batch with value date 31/12/2026.",
        promised_date="2026-12-31")


def it11():
    # Thunderbird inline '> ' answers
    c = C("Nicola Ferraris", "nicola@ferrarisweb.it")
    t = T(ALE, c, "27/2026", 2440.00, D(2026, 11, 12), D(2026, 12, 12), cname="Ferraris Web S.r.l.",
          desc="il set di icone e le illustrazioni per l'app")
    t.invoice(tzdt(2026, 11, 12, 14, 0, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 21, 9, 0, ROME))
    when = tzdt(2026, 12, 21, 12, 44, ROME)
    ins = [("risulta ancora da saldare", "Sì, ed è voluto. Come ti ho detto al telefono, i file sorgente (.ai e .fig) "
            "previsti dal contratto non ci sono mai arrivati: solo i PNG.\nFinché non li riceviamo la fattura resta "
            "sospesa."),
           ("possiamo chiarirlo insieme", "Appunto. Mandaci i sorgenti e la paghiamo, non prima.")]
    q = "\n\n" + attr_line("thunderbird", "it", r, ROME) + "\n" + ins_plain(r.text, ins, "> ") + "\n\n-- \nNicola Ferraris\nFerraris Web S.r.l.\n"
    m, _ = reply(r, c, when, "Ciao Alessandra,", lang="it", client="thunderbird", quote_text=q, flowed=True)
    add(m, "client-reply-dispute", "it",
        "Thunderbird inline reply with '> ' quoting: the client answers between the reminder's lines; the source files "
        "due by contract were never delivered, invoice on hold until they are.")


def it12():
    # Outlook RTF -> winmail.dat, forwarded to accounts (cc)
    c = C("Valentina Riva", "v.riva@rivaceramiche.it")
    cont = C("Contabilità Riva Ceramiche", "contabilita@rivaceramiche.it")
    t = T(ALE, c, "29/2026", 1464.00, D(2026, 11, 16), D(2026, 12, 16), cname="Riva Ceramiche S.r.l.",
          desc="le schede prodotto del nuovo catalogo")
    t.invoice(tzdt(2026, 11, 16, 9, 30, ROME))
    r = t.rem("courtesy", tzdt(2026, 12, 11, 9, 0, ROME))
    when = tzdt(2026, 12, 11, 10, 2, ROME)
    body = ("Buongiorno Alessandra,\n\nricevuto, metto in copia la contabilità che si occupa dei pagamenti fornitori.\n\n"
            "Valentina Riva\nMarketing – Riva Ceramiche S.r.l.")
    m, _ = reply(r, c, when, body, lang="it", cc=[cont], prefix="R: ", style="outlook", client="outlook",
                 attach=[attachment("application/ms-tnef", "winmail.dat", fake_tnef())])
    add(m, "client-reply-other", "it",
        "Outlook rich-text reply (text/plain + winmail.dat TNEF attachment) to the courtesy note: 'ricevuto', copies "
        "accounts. No claim of payment, no promise.")


def it13():
    # HTML-only Gmail, one word
    c = C("Sara Bonetti", "sara.bonetti.design@gmail.com")
    t = T(ALE, c, "31/2026", 380.00, D(2026, 11, 18), D(2026, 12, 18), cname="Sara Bonetti", ckind="person",
          desc="le illustrazioni per il libro")
    t.invoice(tzdt(2026, 11, 18, 11, 11, ROME))
    r = t.rem("due", tzdt(2026, 12, 19, 9, 0, ROME))
    when = tzdt(2026, 12, 19, 10, 27, ROME)
    m, _ = reply(r, c, when, "", lang="it", style="gmail", fmt="html",
                 html_body="Fatto! 👍 istantaneo, dovresti già vederlo<br><br>S.")
    add(m, "client-reply-paid", "it",
        "HTML-only Gmail reply, gmail_quote below: 'Fatto! istantaneo' — paid with no payment verb.")


def it14():
    # Apple Mail HTML, blockquote, 'entro il 15'
    c = C("Marco Pellegrini", "marco@pellegrinivini.it")
    t = T(ALE, c, "33/2026", 1830.00, D(2026, 11, 3), D(2026, 12, 3), cname="Cantina Pellegrini",
          desc="le etichette dei vini")
    t.invoice(tzdt(2026, 11, 3, 8, 50, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 9, 9, 0, ROME))
    when = tzdt(2026, 12, 9, 18, 20, ROME)
    body = ("Ciao Alessandra,\nnessun problema, da noi i fornitori si pagano tutti entro il 15 del mese: la tua è già "
            "in lista.\nUn saluto dalle colline\nMarco")
    m, _ = reply(r, c, when, body, lang="it", style="apple", client="apple", fmt="html")
    add(m, "client-reply-promise", "it",
        "HTML-only Apple Mail with <blockquote type=cite>; 'entro il 15' on 9 Dec -> 15 Dec.",
        promised_date="2026-12-15")


def it15():
    # long thread: an earlier colleague promised; the boss now stops payment
    c = C("Elena Fumagalli", "elena@edizionifumagalli.it")
    boss = C("Giovanni Fumagalli", "giovanni@edizionifumagalli.it")
    t = T(ALE, c, "28/2026", 1952.00, D(2026, 11, 13), D(2026, 12, 13), cname="Edizioni Fumagalli",
          desc="le traduzioni delle schede tecniche e la grafica")
    t.invoice(tzdt(2026, 11, 13, 15, 15, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 21, 9, 0, ROME))
    m1, e1 = reply(r, c, tzdt(2026, 12, 21, 11, 3, ROME), "Ciao Ale, ok, la paghiamo la settimana prossima! Buone feste\n"
                   "Elena", lang="it", style="gmail")
    when = tzdt(2026, 12, 22, 9, 40, ROME)
    body = ("Alessandra, buongiorno.\nFermi tutti: la fattura 28/2026 per ora non va pagata. Il lavoro non è stato "
            "consegnato completo, mancano ancora le traduzioni delle schede tecniche (12 su 30). Quando arrivano ne "
            "riparliamo.\nTi chiamo domani.\n\nGiovanni Fumagalli\nEdizioni Fumagalli")
    m, _ = reply(e1, boss, when, body, lang="it", style="gmail", to=[ALE.addr], cc=[c])
    add(m, "client-reply-dispute", "it",
        "Newest writer (the boss) overrides the colleague's quoted 'la paghiamo la settimana prossima': work not "
        "delivered complete, not to be paid for now. Only the newest words count.", reference="28/2026")


def it16():
    # Davide's client: the accountant replies
    c = C("Giulia Greco", "giulia.greco@grecocosmetici.it")
    acc = C("Studio Neri Commercialisti", "studio@nericommercialisti.it")
    t = T(DAVIDE, c, "41/26", 684.00, D(2026, 10, 30), D(2026, 11, 29), cname="Greco Cosmetici di Giulia Greco",
          desc="la traduzione delle etichette in inglese e tedesco")
    t.invoice(tzdt(2026, 10, 30, 12, 0, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 7, 9, 0, ROME))
    when = tzdt(2026, 12, 7, 15, 10, ROME)
    body = ("Buongiorno Dott. Ferrante,\n\nsono la dott.ssa Anna Neri, commercialista della sig.ra Greco, che mi ha girato "
            "la sua mail. Le confermo che la fattura n. 41/26 è stata saldata il 30 novembre con bonifico dal conto "
            "aziendale (Credem). Se non le risulta accreditata mi faccia sapere e le mando la contabile.\n\n"
            "Cordiali saluti\nDott.ssa Anna Neri\nStudio Neri Commercialisti Associati\nVia Emilia Est 112, Modena")
    m, _ = reply(r, acc, when, body, lang="it", to=[DAVIDE.addr], cc=[c], prefix="Re: ", style="outlook-orig",
                 client="outlook", charset="iso-8859-1", codec="cp1252")
    add(m, "client-reply-paid", "it",
        "Reply from the client's accountant (a different person from the invoice's recipient): paid on 30 November. "
        "Offers the receipt only if needed. Outlook, iso-8859-1 label.", reference="41/26")


def it18():
    # the assistant, a human holding note (not an auto-reply)
    c = C("Dott. Paolo Marini", "p.marini@studiomarini.it")
    ass = C("Chiara Testa", "c.testa@studiomarini.it")
    t = T(DAVIDE, c, "44/26", 1220.00, D(2026, 11, 20), D(2026, 12, 20), cname="Studio Medico Marini",
          desc="la traduzione del sito")
    t.invoice(tzdt(2026, 11, 20, 10, 0, ROME))
    r = t.rem("due", tzdt(2026, 12, 21, 9, 0, ROME))
    when = tzdt(2026, 12, 21, 11, 45, ROME)
    body = ("Buongiorno,\nsono Chiara, l'assistente del dott. Marini. Il dottore è in ferie fino al 10 gennaio e non "
            "legge la posta; appena rientra gli sottopongo la sua email.\nBuone feste\nChiara Testa\nStudio Medico Marini")
    m, _ = reply(r, ass, when, body, lang="it", to=[DAVIDE.addr], style="gmail")
    add(m, "client-reply-other", "it",
        "A human assistant (not an auto-reply: no auto headers, personal wording) says the doctor is away and she "
        "will show him the mail. Neither a promise nor a claim.")


def it19():
    # internal forward, then accounts reply all: order number was missing, now released for month-end run
    c = C("Andrea Colombo", "andrea.colombo@lariotech.it")
    acc = C("Mauro Bassi", "m.bassi@lariotech.it")
    t = T(ALE, c, "30/2026", 1586.00, D(2026, 11, 4), D(2026, 12, 4), cname="Lario Tech S.r.l.",
          desc="le infografiche del bilancio di sostenibilità")
    t.invoice(tzdt(2026, 11, 4, 14, 0, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 10, 9, 0, ROME))
    fm, fe = reply(r, c, tzdt(2026, 12, 10, 9, 33, ROME), "Mauro, sai qualcosa di questa? Io l'avevo approvata a "
                   "novembre.\nA.", lang="it", to=[acc], prefix="I: ", style="outlook", client="outlook")
    when = tzdt(2026, 12, 10, 14, 52, ROME)
    body = ("Ciao Alessandra (e ciao Andrea),\n\nla fattura era bloccata nel gestionale perché mancava il numero "
            "d'ordine; l'ho abbinata io all'ODA 2026/1187 e ora è sbloccata. Va in pagamento con il giro di fine mese.\n\n"
            "Mauro Bassi\nAmministrazione – Lario Tech S.r.l.")
    m, _ = reply(fe, acc, when, body, lang="it", to=[ALE.addr], cc=[c], prefix="R: ", style="outlook", client="outlook",
                 fmt="alt")
    add(m, "client-reply-promise", "it",
        "Reply-all by accounts after an internal forward ('Mauro, sai qualcosa?'): invoice unblocked, paid in the "
        "month-end run -> 31 Dec.", promised_date="2026-12-31")


def it20():
    # Apple Mail '> ' inline, a single answer after the 'data del bonifico' line
    c = C("Roberta Longo", "roberta.longo@me.com")
    t = T(ALE, c, "34/2026", 520.00, D(2026, 11, 3), D(2026, 12, 3), cname="Roberta Longo", ckind="person",
          desc="il restyling del blog")
    t.invoice(tzdt(2026, 11, 3, 9, 0, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 10, 9, 0, ROME))
    when = tzdt(2026, 12, 10, 21, 14, ROME)
    ins = [("basta rispondere indicando la data del bonifico", "Il 4 dicembre.")]
    q = "\n\n" + attr_line("apple", "it", r, ROME) + "\n\n" + ins_plain(r.text, ins, "> ") + "\n"
    m, _ = reply(r, c, when, "", lang="it", client="apple", quote_text=q, prefix="Re: ")
    add(m, "client-reply-paid", "it",
        "The only new words ('Il 4 dicembre.') are written inline right under the reminder's line asking for the "
        "date of the transfer: an answer that it was paid on 4 Dec. Nothing above the quote.")


def it21():
    # ALL CAPS, double billing
    c = C("Ferramenta Russo", "ferramentarusso@libero.it")
    t = T(ALE, c, "36/2026", 244.00, D(2026, 11, 20), D(2026, 12, 20), cname="Ferramenta Russo di Russo Gennaro",
          desc="il volantino di Natale")
    t.invoice(tzdt(2026, 11, 20, 17, 0, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 28, 9, 0, ROME))
    when = tzdt(2026, 12, 28, 11, 58, ROME)
    body = ("QUESTA FATTURA E' DOPPIA!!! IL VOLANTINO ME L'AVETE GIA FATTURATO COL NUMERO 32 E L'HO PAGATO A "
            "NOVEMBRE. NON PAGO DUE VOLTE LA STESSA COSA\nGENNARO RUSSO\n\nInviato da Libero Mail per Android")
    m, _ = reply(r, c, when, body, lang="it", style="gmail", client="android")
    add(m, "client-reply-dispute", "it",
        "ALL CAPS, no accents: claims the invoice duplicates an earlier one already paid -> refuses to pay twice. "
        "'L'ho pagato' refers to the other invoice (n. 32), so this is a dispute, not paid.")


def it22():
    # partial now, rest by end of January
    c = C("Lorenzo Caruso", "lorenzo@carusofood.it")
    t = T(ALE, c, "2/2027", 1098.00, D(2027, 1, 4), D(2027, 1, 10), cname="Caruso Food S.r.l.s.",
          desc="il menu e le grafiche social")
    t.invoice(tzdt(2027, 1, 4, 10, 0, ROME))
    r = t.rem("due", tzdt(2027, 1, 11, 9, 0, ROME))
    when = tzdt(2027, 1, 12, 13, 25, ROME)
    body = ("Ciao Alessandra,\ngennaio è un mese nero per noi (ristorante chiuso per ferie fino al 20). Ti propongo così: "
            "500 euro te li mando venerdì, il resto entro fine mese. Ti va bene?\nLorenzo")
    m, _ = reply(r, c, when, body, lang="it", style="gmail", fmt="alt")
    add(m, "client-reply-promise", "it",
        "Instalment promise: 500 on Friday (15 Jan), the rest by the end of the month. Nothing paid yet. "
        "promised_date = when the whole invoice will be paid (fine mese = 31 Jan).", promised_date="2027-01-31")


def it23():
    # Rif: SdI question
    c = C("Uff. Acquisti – Comune di Vimercate", "acquisti@comune.vimercate.example.it")
    t = T(ALE, c, "37/2026", 1708.00, D(2026, 11, 25), D(2026, 12, 25), cname="Comune di Vimercate",
          desc="la grafica per il calendario eventi")
    t.invoice(tzdt(2026, 11, 25, 12, 0, ROME))
    r = t.rem("reminder", tzdt(2027, 1, 4, 9, 0, ROME))
    when = tzdt(2027, 1, 5, 10, 15, ROME)
    body = ("Buongiorno,\nnon ci risulta pervenuta alcuna fattura elettronica tramite SdI. Si ricorda che la PA può "
            "pagare solo fatture elettroniche: il codice univoco ufficio è UF3K9Q, CIG Z1A3B4C5D6. La preghiamo di "
            "trasmetterla tramite il Sistema di Interscambio.\n\nDistinti saluti\nServizio Acquisti e Contratti")
    m, _ = reply(r, c, when, body, lang="it", prefix="Rif: ", style="outlook-orig", client="outlook",
                 charset="windows-1252", codec="cp1252")
    add(m, "client-reply-other", "it",
        "Public body: no e-invoice received through SdI, asks her to send it with the office code. An administrative "
        "request, not a dispute of the amount. Subject prefix 'Rif:'.")


def it24():
    # Outlook -----Messaggio originale----- from accounts
    c = C("Amministrazione Tecnoservizi", "amministrazione@tecnoservizi-srl.it")
    t = T(DAVIDE, C("Ing. Fabio Moretti", "f.moretti@tecnoservizi-srl.it"), "47/26", 976.00, D(2026, 11, 18),
          D(2026, 12, 18), cname="Tecnoservizi S.r.l.", desc="la traduzione del manuale d'uso")
    t.invoice(tzdt(2026, 11, 18, 11, 0, ROME))
    r = t.rem("due", tzdt(2026, 12, 18, 9, 0, ROME))
    when = tzdt(2026, 12, 18, 12, 30, ROME)
    body = ("Buongiorno,\ncon la presente Le comunichiamo che il pagamento della fattura in oggetto è stato eseguito in "
            "data odierna, valuta 21/12/2026.\nCordiali saluti\n\nUfficio Amministrazione\nTecnoservizi S.r.l.\n"
            "P.IVA 02211450987")
    m, _ = reply(r, c, when, body, lang="it", to=[DAVIDE.addr], cc=[t.contact], prefix="R: ", style="outlook-orig",
                 client="outlook", charset="iso-8859-1", codec="cp1252", cte="8bit")
    add(m, "client-reply-paid", "it",
        "Formal accounts reply above an '-----Messaggio originale-----' block: payment executed today, value date 21/12. "
        "8bit iso-8859-1 body.")


def it25():
    # secretary, HTML-only Outlook, 'non prima del 20 gennaio'
    c = C("Dott. Massimo Sala", "m.sala@salaconsulting.it")
    seg = C("Segreteria Direzione", "segreteria.direzione@salaconsulting.it")
    t = T(ALE, c, "38/2026", 2745.00, D(2026, 11, 30), D(2026, 12, 30), cname="Sala Consulting S.r.l.",
          desc="il rebranding")
    t.invoice(tzdt(2026, 11, 30, 16, 0, ROME))
    r = t.rem("reminder", tzdt(2027, 1, 7, 9, 0, ROME))
    when = tzdt(2027, 1, 8, 10, 5, ROME)
    hb = ("<div><font face=\"Tahoma\" size=\"2\">Gent.ma Dott.ssa Rossi,<br><br>su indicazione del Dott. Sala Le comunico "
          "che, per esigenze di tesoreria legate alla chiusura dell'esercizio, il pagamento della fattura n. 38/2026 "
          "sarà disposto non prima del 20 gennaio p.v.<br><br>Ci scusiamo per il ritardo.<br><br>Cordialmente<br>"
          "Patrizia Gallo<br>Segreteria di Direzione – Sala Consulting S.r.l.</font></div>")
    m, _ = reply(r, seg, when, "", lang="it", to=[ALE.addr], prefix="R: ", style="outlook", client="outlook",
                 fmt="html", html_body=hb, charset="iso-8859-1", codec="cp1252")
    add(m, "client-reply-promise", "it",
        "HTML-only Outlook mail from the director's secretary: payment 'non prima del 20 gennaio' -> 20 Jan.",
        promised_date="2027-01-20", reference="38/2026")


def it26():
    # contests late fees, will pay only the invoice amount
    c = C("Claudio Rinaldi", "c.rinaldi@rinaldilogistica.it")
    t = T(ALE, c, "24/2026", 1342.00, D(2026, 10, 8), D(2026, 11, 7), cname="Rinaldi Logistica S.p.A.",
          desc="il video istituzionale")
    t.invoice(tzdt(2026, 10, 8, 9, 0, ROME))
    t.rem("reminder", tzdt(2026, 11, 16, 9, 0, ROME))
    r = t.rem("late_fee", tzdt(2026, 12, 7, 9, 0, ROME), deadline=D(2026, 12, 17), fees=True)
    when = tzdt(2026, 12, 7, 17, 33, ROME)
    body = ("Gentile Alessandra,\n\nprendiamo atto del sollecito. La fattura la paghiamo, ma interessi di mora e 40 euro "
            "di \"risarcimento\" non li riconosciamo: con tutti i lavori che le abbiamo dato quest'anno ci sembra fuori "
            "luogo. Verseremo solo l'importo della fattura, 1.342,00 €.\n\nCordiali saluti\nClaudio Rinaldi\n"
            "Direttore Amministrativo")
    m, _ = reply(r, c, when, body, lang="it", style="gmail", fmt="alt")
    add(m, "client-reply-dispute", "it",
        "Contests the statutory interest and 40 EUR compensation quoted in the late-fee reminder; will pay only the "
        "invoice amount. Will-pay-only-part = dispute.", amount="1342.00")


def it27():
    # question: has the IBAN changed?
    c = C("Martina De Luca", "martina@delucaeventi.it")
    t = T(ALE, c, "39/2026", 793.00, D(2026, 12, 1), D(2026, 12, 31), cname="De Luca Eventi",
          desc="gli inviti per il galà")
    t.invoice(tzdt(2026, 12, 1, 10, 0, ROME))
    r = t.rem("due", tzdt(2027, 1, 4, 9, 0, ROME))
    when = tzdt(2027, 1, 4, 9, 48, ROME)
    body = ("ciao Ale buon anno!\nprima di pagare una domanda, l'iban è cambiato? nella fattura c'è un IT12... di Fineco "
            "e qui nel promemoria ne vedo un altro. Non vorrei sbagliare, con tutte le truffe che girano...\nMarti")
    m, _ = reply(r, c, when, body, lang="it", style="gmail", client="iphone")
    add(m, "client-reply-other", "it",
        "A question before paying (has the IBAN changed?); 'prima di pagare' is not a promise with any date or "
        "commitment, just a check.")


def it28():
    # Outlook iso-8859-1 label with cp1252 typographic chars
    c = C("Luisa Ferrero", "l.ferrero@ferrerosistemi.it")
    t = T(DAVIDE, c, "49/26", 1464.00, D(2026, 11, 10), D(2026, 12, 10), cname="Ferrero Sistemi S.r.l.",
          desc="la localizzazione del software")
    t.invoice(tzdt(2026, 11, 10, 12, 0, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 17, 9, 0, ROME))
    when = tzdt(2026, 12, 17, 11, 2, ROME)
    body = ("Buongiorno Davide,\n\nLe confermo che abbiamo già provveduto al saldo – il bonifico è partito il 9 dicembre, "
            "probabilmente si è “incrociato” con il Suo sollecito. Il nostro riferimento interno è PAG-2026-4411.\n\n"
            "Cordialità\nLuisa Ferrero\nFerrero Sistemi S.r.l. – Ufficio Amministrativo")
    m, _ = reply(r, c, when, body, lang="it", to=[DAVIDE.addr], prefix="R: ", style="outlook", client="outlook",
                 fmt="alt", charset="iso-8859-1", codec="cp1252")
    add(m, "client-reply-paid", "it",
        "Outlook labels the body iso-8859-1 but writes Windows-1252 bytes (en dash, curly quotes). Paid on 9 Dec.")


def it29():
    # Neapolitan, one-liner, tomorrow
    c = C("Ciro Esposito", "ciro.esposito83@hotmail.it")
    t = T(ALE, c, "3/2027", 300.00, D(2027, 1, 5), D(2027, 1, 15), cname="Ciro Esposito", ckind="person",
          desc="il logo della pizzeria")
    t.invoice(tzdt(2027, 1, 5, 18, 0, ROME))
    r = t.rem("due", tzdt(2027, 1, 18, 9, 0, ROME))
    when = tzdt(2027, 1, 19, 22, 47, ROME)
    body = "Uè Alessà scusa, stong' 'ncasinat cu 'o locale. Dimane te faccio o' bonifico, parola mia\n\nInviato da Outlook per Android"
    m, _ = reply(r, c, when, body, lang="it", style="outlook", client="android")
    add(m, "client-reply-promise", "it",
        "Neapolitan dialect one-liner: 'Dimane te faccio o' bonifico' = tomorrow. Tue 19 Jan 22:47 Rome -> 20 Jan.",
        promised_date="2027-01-20")


def it30():
    # translator's client: pay 70%, bilingual disclaimer
    c = C("Katia Bertolini", "k.bertolini@bertolinimeccanica.it")
    t = T(DAVIDE, c, "2/27", 2318.00, D(2027, 1, 8), D(2027, 2, 7), cname="Bertolini Meccanica S.p.A.",
          desc="la traduzione della documentazione tecnica in tedesco")
    t.invoice(tzdt(2027, 1, 8, 11, 0, ROME))
    r = t.rem("due", tzdt(2027, 2, 8, 9, 0, ROME))
    when = tzdt(2027, 2, 9, 14, 40, ROME)
    body = ("Buongiorno Sig. Ferrante,\n\nil nostro distributore tedesco ci ha segnalato diversi errori nella traduzione "
            "(terminologia non conforme al glossario fornito, due tabelle non tradotte) che abbiamo dovuto correggere "
            "internamente. Alla luce di ciò proponiamo di riconoscere il 70% dell'importo fatturato. Attendiamo un suo "
            "riscontro ed eventualmente una nota di credito per la differenza.\n\nDistinti saluti\nKatia Bertolini\n"
            "Ufficio Tecnico – Bertolini Meccanica S.p.A.\n\n"
            "Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, "
            "copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate.\n"
            "This message and its attachments are addressed solely to the persons above. Dissemination, copying or any "
            "other action based on this information is strictly prohibited.")
    m, _ = reply(r, c, when, body, lang="it", to=[DAVIDE.addr], prefix="R: ", style="outlook", client="outlook")
    add(m, "client-reply-dispute", "it",
        "Quality complaint on a translation, offers to pay 70% and asks a credit note; bilingual legal footer.")


def it31():
    # forwarded to accounts + talk about new work
    c = C("Simone Bruno", "simone@brunoeditore.it")
    t = T(ALE, c, "40/2026", 1037.00, D(2026, 12, 2), D(2027, 1, 1), cname="Bruno Editore",
          desc="la copertina e l'impaginato della collana")
    t.invoice(tzdt(2026, 12, 2, 10, 0, ROME))
    r = t.rem("due", tzdt(2027, 1, 4, 9, 0, ROME))
    when = tzdt(2027, 1, 4, 12, 12, ROME)
    body = ("Ciao Ale! Buon anno!\n\nHo girato il promemoria a Laura, che da quest'anno segue lei i pagamenti (la trovi "
            "in copia).\n\nApprofitto: a febbraio ripartiamo con la collana gialla, altri 4 titoli. Sei disponibile per "
            "copertine e impaginato? Se sì ci vediamo la settimana prossima per un caffè e ti racconto.\n\nSimone")
    m, _ = reply(r, c, when, body, lang="it", cc=[C("Laura Bruno", "amministrazione@brunoeditore.it")], style="gmail",
                 fmt="alt")
    add(m, "client-reply-other", "it",
        "Chatty reply: forwarded to the new accounts person (cc) and asks about new work. No claim, no promise.")


def it32():
    # client forwards the bank's confirmation with two words
    c = C("Alberto Mancini", "alberto.mancini@manciniottica.it")
    t = T(ALE, c, "41/2026", 427.00, D(2026, 12, 3), D(2027, 1, 2), cname="Ottica Mancini",
          desc="il volantino dei saldi")
    t.invoice(tzdt(2026, 12, 3, 10, 0, ROME))
    r = t.rem("due", tzdt(2027, 1, 4, 9, 0, ROME))
    bank = Ev(C("Banca Popolare del Lario", "noreply@bplario.example.it"), [c], tzdt(2027, 1, 4, 16, 2, ROME),
              "Conferma disposizione bonifico SEPA",
              "Gentile Cliente,\n\nla informiamo che la disposizione di bonifico da lei inserita è stata eseguita.\n\n"
              "Ordinante: MANCINI ALBERTO\nBeneficiario: ROSSI ALESSANDRA\nIBAN: IT60X0542811101000000123456\n"
              "Importo: EUR 427,00\nCausale: FATTURA 41/2026\nData esecuzione: 04/01/2027\nCRO: 41187260033\n\n"
              "Questa è una comunicazione automatica, si prega di non rispondere.\nBanca Popolare del Lario – Servizio "
              "Internet Banking\n", "<bpl.88213@bplario.example.it>")
    when = tzdt(2027, 1, 4, 16, 10, ROME)
    q = quote("fwd", "it", bank, ROME)
    m, _ = reply(bank, c, when, "ecco fatto, buon anno!\nAlberto", lang="it", to=[ALE.addr],
                 subject="Fwd: Conferma disposizione bonifico SEPA", quote_text=q, irt=False, client="gmail",
                 fmt="alt", quote_html_text="<br>" + t2h(q))
    add(m, "client-reply-paid", "it",
        "A forward of the bank's own confirmation (the client's bank, outgoing transfer from HIS account) with 'ecco "
        "fatto'. It is the client telling her he paid, not a payment notice to the freelancer. No In-Reply-To.",
        amount="427.00", reference="41/2026")


def it33():
    # after a paid_claim follow-up: the transfer was waiting for authorisation
    c = C("Pietro Sartori", "pietro@sartoriedilizia.it")
    t = T(ALE, c, "35/2026", 1159.00, D(2026, 11, 19), D(2026, 12, 19), cname="Sartori Edilizia S.r.l.",
          desc="il sito e le foto di cantiere")
    t.invoice(tzdt(2026, 11, 19, 10, 0, ROME))
    t.rem("reminder", tzdt(2026, 12, 28, 9, 0, ROME))
    r = t.rem("paid_claim", tzdt(2027, 1, 12, 9, 0, ROME), claim=D(2026, 12, 29), paid_on=D(2026, 12, 29))
    when = tzdt(2027, 1, 14, 8, 3, ROME)
    body = ("Buongiorno Alessandra,\nha ragione, mi scuso. Ho controllato: il bonifico era rimasto \"in attesa di "
            "autorizzazione\" sul remote banking, serve la firma di mio fratello che era in montagna. Lo autorizziamo "
            "lunedì mattina, poi le giro la contabile.\nPietro Sartori")
    m, _ = reply(r, c, when, body, lang="it", style="gmail")
    add(m, "client-reply-promise", "it",
        "Answer to the paid-claim follow-up: the earlier 'paid' was wrong, the transfer is pending authorisation, "
        "will be authorised Monday. Thu 14 Jan -> Mon 18 Jan.", promised_date="2027-01-18")


def it34():
    # lawyer answers the formal notice
    c = C("Rosa Valenti", "rosa.valenti@valentihome.it")
    avv = C("Avv. Marco Pagani", "m.pagani@studiolegalepagani.it")
    t = T(ALE, c, "20/2026", 3660.00, D(2026, 10, 1), D(2026, 10, 31), cname="Valenti Home S.r.l.",
          desc="il progetto grafico del nuovo e-commerce")
    t.invoice(tzdt(2026, 10, 1, 10, 0, ROME))
    r = t.rem("final", tzdt(2027, 1, 11, 9, 0, ROME), deadline=D(2027, 1, 26))
    when = tzdt(2027, 1, 18, 16, 20, ROME)
    body = ("Gentile Dott.ssa Rossi,\n\nscrivo in nome e per conto della Valenti Home S.r.l., che mi ha trasmesso la Sua "
            "comunicazione dell'11 gennaio u.s.\n\nLa mia assistita contesta integralmente la fattura n. 20/2026: il "
            "progetto grafico non è stato consegnato nei tempi pattuiti (lancio previsto per il 15 ottobre) e le "
            "componenti consegnate non rispondono alle specifiche del brief, come già segnalato per iscritto il 3 e il "
            "17 novembre. Nulla è pertanto dovuto allo stato.\n\nRestando disponibile per un incontro volto a una "
            "definizione bonaria, porgo distinti saluti.\n\nAvv. Marco Pagani\nStudio Legale Pagani\nVia Marsala 9, "
            "Brescia\nPEC: marco.pagani@pec.example.it")
    m, _ = reply(r, avv, when, body, lang="it", to=[ALE.addr], cc=[c], prefix="R: ", style="outlook",
                 client="outlook", attach=[attachment("application/pdf", "Lettera_riscontro_diffida.pdf",
                                                      fake_pdf("Riscontro diffida Valenti Home"))])
    add(m, "client-reply-dispute", "it",
        "The client's lawyer answers the formal notice (diffida) contesting the invoice in full. Different person "
        "from the recipient; PDF letter attached.", reference="20/2026")


def it35():
    # iPhone with screenshot PNG
    c = C("Debora Fontana", "debora.fontana@icloud.com")
    t = T(ALE, c, "1/2027", 260.00, D(2027, 1, 4), D(2027, 1, 14), cname="Debora Fontana", ckind="person",
          desc="le partecipazioni di nozze")
    t.invoice(tzdt(2027, 1, 4, 11, 0, ROME))
    r = t.rem("due", tzdt(2027, 1, 15, 9, 0, ROME))
    when = tzdt(2027, 1, 15, 13, 1, ROME)
    m, _ = reply(r, c, when, "Ecco lo screenshot del bonifico 👇 scusa il ritardo!!\n\nInviato da iPhone", lang="it",
                 style="apple", client="iphone", fmt="alt",
                 attach=[attachment("image/png", "IMG_4471.PNG", fake_png(3, 5, (240, 240, 240)))])
    add(m, "client-reply-paid", "it",
        "iPhone reply: 'Ecco lo screenshot del bonifico, scusa il ritardo' with a PNG attached — paid, shown "
        "by proof, no payment verb.")


def it36():
    # nested thread after a promise follow-up: vague again
    c = C("Tiziana Moro", "tiziana@morocomunicazione.it")
    t = T(ALE, c, "32/2026", 976.00, D(2026, 11, 16), D(2026, 12, 16), cname="Moro Comunicazione",
          desc="le illustrazioni per il cliente Bieffe")
    t.invoice(tzdt(2026, 11, 16, 10, 0, ROME))
    r1 = t.rem("reminder", tzdt(2026, 12, 22, 9, 0, ROME))
    m1, e1 = reply(r1, c, tzdt(2026, 12, 22, 15, 0, ROME), "Ciao Ale, te la pago entro il 10 gennaio, promesso.\nTizi",
                   lang="it", style="gmail")
    t.last = e1
    r2 = t.rem("promise_followup", tzdt(2027, 1, 12, 9, 0, ROME), promise=D(2027, 1, 10))
    when = tzdt(2027, 1, 12, 18, 22, ROME)
    body = ("Hai ragione, scusami tanto. Il problema è che Bieffe, il cliente per cui hai fatto le illustrazioni, non ci "
            "ha ancora pagato e io sono rimasta a secco. Appena mi entrano i loro soldi ti pago, te lo giuro.\nTizi")
    m, _ = reply(r2, c, when, body, lang="it", style="gmail", fmt="alt")
    add(m, "client-reply-promise", "it",
        "After the promise follow-up the client promises again, now with no date ('appena mi entrano i loro soldi'). "
        "The quoted earlier 'entro il 10 gennaio' is old and already passed: no promised_date.")


def it37():
    # internal forward, then purchasing asks for the PO on the invoice
    c = C("Federica Leone", "federica.leone@leonepharma.it")
    acq = C("Ufficio Acquisti Leone Pharma", "acquisti@leonepharma.it")
    t = T(DAVIDE, c, "51/26", 1830.00, D(2026, 12, 1), D(2026, 12, 31), cname="Leone Pharma S.p.A.",
          desc="la traduzione dei bugiardini")
    t.invoice(tzdt(2026, 12, 1, 10, 0, ROME))
    r = t.rem("due", tzdt(2027, 1, 4, 9, 0, ROME))
    fm, fe = reply(r, c, tzdt(2027, 1, 4, 10, 10, ROME), "Vi giro, a me non compete. Grazie\nFederica", lang="it",
                   to=[acq], prefix="I: ", style="outlook", client="outlook")
    when = tzdt(2027, 1, 5, 11, 40, ROME)
    body = ("Buongiorno Sig. Ferrante,\n\nper poter registrare la fattura ci serve il numero d'ordine di acquisto "
            "indicato nel campo 2.1.2 (DatiOrdineAcquisto) della fattura elettronica. L'ordine di riferimento è il "
            "4500123987. Può riemettere la fattura con il riferimento corretto?\n\nGrazie\nUfficio Acquisti\nLeone Pharma S.p.A.")
    m, _ = reply(fe, acq, when, body, lang="it", to=[DAVIDE.addr], cc=[c], prefix="R: ", style="outlook",
                 client="outlook", fmt="alt")
    add(m, "client-reply-other", "it",
        "Purchasing (after an internal forward) needs the PO number on the e-invoice and asks to reissue it. An "
        "administrative request, no contest of the amount or work.")


def it43():
    # newest writer corrects a colleague who said 'paghiamo oggi': not before the 28th
    c = C("Daniele Serra", "daniele.serra@serrahotels.it")
    acc = C("Ufficio Contabilità Serra Hotels", "contabilita@serrahotels.it")
    t = T(ALE, c, "4/2027", 2074.00, D(2027, 1, 5), D(2027, 1, 15), cname="Serra Hotels S.r.l.",
          desc="il nuovo sito dell'hotel di Alghero")
    t.invoice(tzdt(2027, 1, 5, 10, 0, ROME))
    r = t.rem("due", tzdt(2027, 1, 18, 9, 0, ROME))
    m1, e1 = reply(r, c, tzdt(2027, 1, 18, 10, 1, ROME), "Ciao Alessandra, chiedo alla contabilità di pagarti oggi "
                   "stesso!\nDaniele\n\nInviato da iPhone", lang="it", style="apple", client="iphone")
    when = tzdt(2027, 1, 20, 12, 15, ROME)
    body = ("Buongiorno,\n\nin riferimento alla mail del Sig. Serra, purtroppo i pagamenti fornitori del mese sono già "
            "stati chiusi: non riusciamo prima del 28 gennaio.\n\nCordiali saluti\nUfficio Contabilità\nSerra Hotels S.r.l.")
    m, _ = reply(e1, acc, when, body, lang="it", to=[ALE.addr], cc=[c], prefix="R: ", style="outlook", client="outlook")
    add(m, "client-reply-promise", "it",
        "Accounts corrects the boss's quoted 'pagarti oggi stesso': 'non riusciamo prima del 28 gennaio' -> 28 Jan.",
        promised_date="2027-01-28")


def it44():
    # Gmail nested: dispute, logo not the approved one
    c = C("Matteo Gentile", "matteo.gentile.mg@gmail.com")
    t = T(ALE, c, "42/2026", 610.00, D(2026, 12, 9), D(2027, 1, 8), cname="Matteo Gentile", ckind="person",
          desc="il logo della palestra")
    inv = t.invoice(tzdt(2026, 12, 9, 15, 0, ROME))
    r = t.rem("reminder", tzdt(2027, 1, 15, 9, 0, ROME))
    q = ("\n\n" + attr_line("gmail", "it", r, ROME) + "\n\n" + gt(r.text) + "\n>\n> " + attr_line("gmail", "it", inv, ROME)
         + "\n>\n" + gt(gt(inv.text)) + "\n")
    when = tzdt(2027, 1, 15, 19, 5, ROME)
    body = ("Alessandra, il logo che mi hai mandato nei file finali NON è quello che avevamo approvato (la versione con "
            "il kettlebell arancione), è la bozza vecchia. Finché non ho i file giusti non pago, mi spiace.\nMatteo")
    m, _ = reply(r, c, when, body, lang="it", quote_text=q, fmt="alt",
                 quote_html_text=quote_html("gmail", "it", r, ROME,
                                            inner=t2h(r.text) + "<br>" + quote_html("gmail", "it", inv, ROME)))
    add(m, "client-reply-dispute", "it",
        "Gmail reply with the reminder and the original invoice mail nested below; final files are the wrong "
        "(unapproved) logo, won't pay until fixed.")


# --- machine mail in Italian threads ----------------------------------------------------------

def it38():
    c = C("Roberto Pini", "r.pini@pinitrasporti.it")
    t = T(ALE, c, "43/2026", 1281.00, D(2026, 12, 1), D(2026, 12, 21), cname="Pini Trasporti S.r.l.",
          desc="la grafica dei mezzi")
    t.invoice(tzdt(2026, 12, 1, 10, 0, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 29, 9, 0, ROME))
    when = r.when + timedelta(seconds=41)
    body = ("Buongiorno,\nsono fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta. Per urgenze "
            "amministrative scrivere a amministrazione@pinitrasporti.it.\nGrazie\nRoberto Pini")
    m, _ = reply(r, c, when, body, lang="it", subject="Risposta automatica: " + r.subject, style="outlook",
                 client="outlook", extra=auto_headers("exchange"))
    add(m, "auto-reply", "it",
        "Exchange out-of-office quoting the reminder below; 'fino al 6 gennaio compreso' -> back 7 Jan.",
        return_date="2027-01-07")


def it39():
    c = C("Assistenza Clienti Omnia Casa", "assistenza@omniacasa.it")
    t = T(ALE, c, "44/2026", 549.00, D(2026, 12, 4), D(2027, 1, 3), cname="Omnia Casa S.p.A.",
          desc="i banner della campagna di gennaio")
    t.invoice(tzdt(2026, 12, 4, 10, 0, ROME))
    r = t.rem("due", tzdt(2027, 1, 4, 9, 0, ROME))
    when = r.when + timedelta(seconds=52)
    body = ("Gentile Cliente,\n\nabbiamo ricevuto la sua richiesta, che è stata registrata con il numero di ticket "
            "#OC-2027-004812. Un operatore la prenderà in carico entro 3 giorni lavorativi.\n\nPer aggiungere "
            "informazioni risponda a questa email senza modificare l'oggetto.\n\nIl Servizio Clienti Omnia Casa\n\n"
            "----- Testo della sua richiesta -----")
    q = "\n" + r.text
    m, _ = reply(r, c, when, body, lang="it", subject=f"[Ticket #OC-2027-004812] {r.subject}", quote_text=q,
                 extra=auto_headers("bulk") + [("X-Helpdesk", "Zendesk")], client="other")
    add(m, "auto-reply", "it",
        "Help-desk ticket acknowledgement that repeats the reminder text below; only Precedence: bulk, no "
        "Auto-Submitted. No return date.")


def it40():
    c = C("Ufficio Amministrazione", "amministrazione@gialloblu-srl.it")
    t = T(ALE, c, "45/2026", 732.00, D(2026, 12, 10), D(2027, 1, 9), cname="Gialloblu S.r.l.",
          desc="le grafiche della fiera")
    t.invoice(tzdt(2026, 12, 10, 10, 0, ROME))
    r = t.rem("reminder", tzdt(2027, 1, 18, 9, 0, ROME))
    when = r.when + timedelta(seconds=12)
    human = ("Questo è il sistema di posta di Aruba.\n\nIl messaggio non è stato consegnato a uno o più destinatari.\n"
             "Di seguito il dettaglio dell'errore.\n\nThis is the mail system at host smtp.aruba.it.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
             "<amministrazione@gialloblu-srl.it>: host mx.gialloblu-srl.it[203.0.113.44] said:\n"
             "    550 5.1.1 <amministrazione@gialloblu-srl.it>: Recipient address rejected:\n"
             "    User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    root = dsn("smtp-out.aruba.it", r.when, [{
        "Final-Recipient": "rfc822; amministrazione@gialloblu-srl.it", "Original-Recipient":
        "rfc822;amministrazione@gialloblu-srl.it", "Action": "failed", "Status": "5.1.1",
        "Remote-MTA": "dns; mx.gialloblu-srl.it", "Diagnostic-Code":
        "smtp; 550 5.1.1 <amministrazione@gialloblu-srl.it>: Recipient address rejected: User unknown in virtual mailbox table"}],
        human, ev_msg(r))
    m = Msg(C("Mail Delivery System", "MAILER-DAEMON@smtp-out.aruba.it"), [ALE.addr], when,
            "Undelivered Mail Returned to Sender", root, extra=[("Auto-Submitted", "auto-replied")])
    add(m, "bounce", "it", "Postfix DSN (Aruba) for the reminder: user unknown, 5.1.1.",
        failed_recipient="amministrazione@gialloblu-srl.it", permanent=True)


def it41():
    bank = C("Banca Popolare del Lario", "avvisi@bplario.example.it")
    when = tzdt(2026, 12, 22, 7, 30, ROME)
    body = ("Gentile ALESSANDRA ROSSI,\n\nti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un "
            "bonifico.\n\nOrdinante: ORLANDO GIOIELLI SRL\nImporto: 915,00 EUR\nData valuta: 21/12/2026\n"
            "Causale: SALDO FT 25 2026\n\nPuoi consultare il dettaglio dei movimenti nella tua area riservata.\n\n"
            "Questo messaggio è generato automaticamente: ti preghiamo di non rispondere.\n"
            "Banca Popolare del Lario S.c.p.A. – Gruppo Bancario del Lario")
    hb = ("<table width=\"600\" style=\"font-family:Arial;font-size:13px\"><tr><td style=\"background:#00558C;color:#fff;"
          "padding:12px\"><b>Banca Popolare del Lario</b></td></tr><tr><td style=\"padding:16px\">Gentile ALESSANDRA ROSSI,"
          "<br><br>ti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un bonifico.<br><br>"
          "<table><tr><td>Ordinante</td><td><b>ORLANDO GIOIELLI SRL</b></td></tr><tr><td>Importo</td><td><b>915,00 EUR</b>"
          "</td></tr><tr><td>Data valuta</td><td>21/12/2026</td></tr><tr><td>Causale</td><td>SALDO FT 25 2026</td></tr>"
          "</table><br>Puoi consultare il dettaglio dei movimenti nella tua area riservata.<br><br><small>Questo messaggio "
          "è generato automaticamente: ti preghiamo di non rispondere.</small></td></tr></table>")
    root = multi("alternative", [text(body, "plain", "utf-8", "quoted-printable"),
                                 text("<html><body>" + hb + "</body></html>", "html", "utf-8", "base64")])
    m = Msg(bank, [ALE.addr], when, "Accredito bonifico sul tuo conto", root,
            extra=[("Auto-Submitted", "auto-generated")])
    add(m, "payment-notification", "it",
        "The freelancer's bank: incoming SEPA credit, 915,00 EUR, causale 'SALDO FT 25 2026'.",
        amount="915.00", reference="25/2026")


def it42():
    sdi = C("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it")
    when = tzdt(2027, 1, 8, 14, 2, ROME)
    body = ("Gentile Cliente,\n\nti informiamo che per la fattura elettronica n. 46/2026 del 07/01/2027 inviata a "
            "STUDIO DENTISTICO PARODI (P.IVA 03318640104) il Sistema di Interscambio ha rilasciato la seguente notifica:\n\n"
            "RICEVUTA DI CONSEGNA (RC)\nIdentificativo SdI: 11872640311\nData consegna: 08/01/2027 13:58\n\n"
            "La fattura è stata consegnata correttamente al destinatario.\n\nPuoi consultare la notifica accedendo al "
            "pannello Fatturazione Elettronica.\n\nAruba S.p.A.")
    root = text(body, "plain", "utf-8", "quoted-printable")
    m = Msg(sdi, [ALE.addr], when, "Fattura 46/2026 - Ricevuta di consegna", root,
            extra=[("Auto-Submitted", "auto-generated")])
    add(m, "other", "it",
        "E-invoicing (SdI via Aruba) delivery receipt for an invoice: neither a payment nor a reply.")


for _f in [it01, it02, it03, it04, it05, it06, it07, it09, it10, it11, it12, it13, it14, it15, it16, it18, it19, it20,
           it21, it22, it23, it24, it25, it26, it27, it28, it29, it30, it31, it32, it33, it34, it35, it36, it37, it43,
           it44, it38, it39, it40, it41, it42]:
    _f()


# ==============================================================================================
# ESPAÑOL
# ==============================================================================================
MAD = "Europe/Madrid"
CAN = "Atlantic/Canary"


def it17():
    # Spanish client of Alessandra answers her Italian reminder in Spanish
    c = C("Javier Ruiz", "javier.ruiz@ruizvinos.es")
    t = T(ALE, c, "46/2026", 1150.00, D(2026, 12, 1), D(2026, 12, 31), cname="Bodegas Ruiz S.L.",
          desc="le etichette per l'esportazione in Italia")
    t.invoice(tzdt(2026, 12, 1, 10, 0, ROME))
    r = t.rem("due", tzdt(2027, 1, 4, 9, 0, ROME))
    when = tzdt(2027, 1, 7, 17, 30, MAD)
    body = ("Hola Alessandra,\n\nperdona el retraso, entre las fiestas y el cierre del año se nos ha quedado colgada. La "
            "transferencia sale el lunes 11 de enero, sin falta.\n\nUn abrazo y feliz año,\nJavier Ruiz\nBodegas Ruiz – "
            "Haro (La Rioja)")
    m, _ = reply(r, c, when, body, lang="es", style="gmail", fmt="alt")
    add(m, "client-reply-promise", "es",
        "Reply in Spanish to an Italian reminder (the Gmail attribution line is Spanish, the quoted letter Italian): "
        "transfer goes out Monday 11 January.", promised_date="2027-01-11")


def es01():
    # Outlook inline answers in caps/red, with the receipt attached
    c = C("Administración Grupo Almendro", "administracion@grupoalmendro.es")
    t = T(LUCIA, C("Sonia Peralta", "sonia.peralta@grupoalmendro.es"), "2026-044", 1815.00, D(2026, 10, 20),
          D(2026, 11, 19), cname="Grupo Almendro S.L.", desc="el diseño de los envases de turrón")
    t.invoice(tzdt(2026, 10, 20, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2026, 12, 2, 9, 0, MAD))
    when = tzdt(2026, 12, 3, 10, 18, MAD)
    ins = [("sigue pendiente de pago", "RESPUESTA: PAGADA EL 27/11 POR TRANSFERENCIA, SE ADJUNTA JUSTIFICANTE."),
           ("basta con responder indicando la fecha de la transferencia", "RESPUESTA: VER ARRIBA.")]
    qp, qh = inline_quote("outlook", "es", r, MAD, ins, color="#FF0000", bold=True)
    body = ("Buenos días Lucía,\n\nte contestamos entre líneas.\n\nSaludos,\nAna Belén Soto\nDpto. Administración\n"
            "Grupo Almendro S.L. · Xixona (Alicante)")
    m, _ = reply(r, c, when, body, lang="es", to=[LUCIA.addr], cc=[t.contact], prefix="RE: ", client="outlook",
                 fmt="alt", quote_text=qp, quote_html_text=qh,
                 attach=[attachment("application/pdf", "Justificante_transferencia_2026-044.pdf",
                                    fake_pdf("Justificante transferencia 1.815,00 EUR"))])
    add(m, "client-reply-paid", "es",
        "Outlook inline reply: 'RESPUESTA: PAGADA EL 27/11' written in bold red inside the quoted reminder; top text "
        "only says 'te contestamos entre líneas'. Receipt PDF attached.")


def es02():
    # long thread: a colleague said it was paid; accounts corrects: next remittance on the 25th
    c = C("Jordi Puig", "jordi.puig@puigarquitectes.cat")
    acc = C("Montse Vidal", "administracio@puigarquitectes.cat")
    t = T(LUCIA, c, "2026-052", 2420.00, D(2026, 11, 20), D(2026, 12, 20), cname="Puig Arquitectes SLP",
          desc="las infografías del concurso de Badalona")
    t.invoice(tzdt(2026, 11, 20, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2027, 1, 11, 9, 0, MAD))
    m1, e1 = reply(r, c, tzdt(2027, 1, 11, 13, 2, MAD), "Hola Lucía, ya está pagada desde hace días, lo miro pero "
                   "seguro que sí.\nJordi", lang="es", style="gmail")
    when = tzdt(2027, 1, 13, 9, 51, MAD)
    body = ("Bon dia Lucía,\n\ndisculpa, Jordi se confundió con la factura de octubre (la 2026-038), que sí está pagada. "
            "La 2026-052 todavía no: entra en la remesa del día 25.\n\nSalutacions,\nMontse Vidal\nAdministració – Puig "
            "Arquitectes SLP")
    m, _ = reply(e1, acc, when, body, lang="es", to=[LUCIA.addr], cc=[c], style="gmail")
    add(m, "client-reply-promise", "es",
        "Three-deep thread: the colleague's quoted reply says 'ya está pagada'; the newest writer (accounts) corrects "
        "him — not paid, goes in the remittance of the 25th. 13 Jan -> 25 Jan.",
        promised_date="2027-01-25", reference="2026-052")


def es03():
    # HTML-only Outlook: billed 3 days of shooting, were 2
    c = C("Raquel Domínguez", "rdominguez@hotelesmarazul.com")
    t = T(NEREA, c, "F-2026/118", 1380.00, D(2026, 11, 2), D(2026, 12, 2), cname="Hoteles Mar Azul S.A.",
          desc="el reportaje fotográfico del hotel de Maspalomas")
    t.invoice(tzdt(2026, 11, 2, 10, 0, CAN))
    r = t.rem("reminder", tzdt(2026, 12, 9, 9, 0, CAN))
    when = tzdt(2026, 12, 9, 12, 40, CAN)
    hb = ("<p class=\"MsoNormal\">Buenos días Nerea,</p><p class=\"MsoNormal\">Revisando la factura F-2026/118 con el "
          "director del hotel, no estamos conformes con el importe: se facturan <b>3 jornadas</b> de sesión y fueron "
          "<b>2</b> (el 14 y el 15 de octubre; el tercer día se suspendió por la lluvia y quedamos en no cobrarlo).</p>"
          "<p class=\"MsoNormal\">Por favor, emite una factura rectificativa por las dos jornadas y la tramitamos.</p>"
          "<p class=\"MsoNormal\">Un saludo,<br>Raquel Domínguez<br>Marketing – Hoteles Mar Azul</p>")
    m, _ = reply(r, c, when, "", lang="es", prefix="RE: ", style="outlook", client="outlook", fmt="html",
                 html_body=hb)
    add(m, "client-reply-dispute", "es",
        "HTML-only Outlook: wrong amount (3 shooting days billed, 2 done), asks for a corrective invoice.",
        reference="F-2026/118")


def es04():
    # Android, whole thread below
    c = C("Yeray Santana", "yeraysantana.surf@gmail.com")
    t = T(NEREA, c, "F-2026/121", 180.00, D(2026, 11, 10), D(2026, 11, 25), cname="Yeray Santana", ckind="person",
          desc="las fotos de la escuela de surf")
    inv = t.invoice(tzdt(2026, 11, 10, 18, 0, CAN))
    r = t.rem("due", tzdt(2026, 11, 26, 9, 0, CAN))
    q = ("\n\nEnviado desde mi Android\n\n" + attr_line("gmail", "es", r, CAN) + "\n\n" + gt(r.text) + "\n>\n> "
         + attr_line("gmail", "es", inv, CAN) + "\n>\n" + gt(gt(inv.text)) + "\n")
    when = tzdt(2026, 11, 26, 13, 20, CAN)
    m, _ = reply(r, c, when, "Buenas Nerea!! Ya te hice el bizum esta mañana 😊 mira a ver si te llegó", lang="es",
                 client="android", quote_text=q)
    add(m, "client-reply-paid", "es",
        "Mobile reply ('Enviado desde mi Android') with the whole thread below: paid by Bizum this morning.")


def es05():
    # new words only in the subject
    c = C("Pablo Navarro", "pablo@navarrocatering.es")
    t = T(LUCIA, c, "2026-061", 605.00, D(2026, 12, 1), D(2026, 12, 31), cname="Navarro Catering S.L.",
          desc="la carta de Navidad")
    t.invoice(tzdt(2026, 12, 1, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2027, 1, 8, 9, 0, MAD))
    when = tzdt(2027, 1, 8, 10, 2, MAD)
    m, _ = reply(r, c, when, "", lang="es", subject="RE: Factura n.º 2026-061 pendiente de pago - "
                 "necesito que me la mandes con el CIF nuevo", style="outlook", client="outlook")
    add(m, "client-reply-other", "es",
        "The only new words are in the subject: asks her to reissue the invoice with their new tax ID (CIF). "
        "Empty body above the quoted reminder.")


def es06():
    # plain-text paste of the reminder, no marker; Friday
    c = C("Marisa Gil", "marisagil@telefonica.net")
    t = T(LUCIA, c, "2026-047", 363.00, D(2026, 10, 30), D(2026, 11, 29), cname="Marisa Gil", ckind="person",
          desc="las invitaciones de la comunión")
    t.invoice(tzdt(2026, 10, 30, 12, 0, MAD))
    r = t.rem("due", tzdt(2026, 11, 30, 9, 0, MAD))
    when = tzdt(2026, 12, 1, 21, 5, MAD)
    body = "Hola Lucia perdona!! te la pago el viernes sin falta que es cuando cobro\nMarisa"
    m, _ = reply(r, c, when, body, lang="es", style="paste", client="other", charset="iso-8859-1", codec="cp1252")
    add(m, "client-reply-promise", "es",
        "The reminder is pasted below as plain text with no marker. 'el viernes' on Tue 1 Dec -> Fri 4 Dec.",
        promised_date="2026-12-04")


def es08():
    # the client's tax adviser: missing IRPF withholding
    c = C("Ramón Pérez", "ramonperez.abogado@gmail.com")
    ase = C("Asesoría Lozano", "laboral@asesorialozano.es")
    t = T(LUCIA, c, "2026-049", 1210.00, D(2026, 11, 5), D(2026, 12, 5), cname="Ramón Pérez", ckind="person",
          desc="la identidad del despacho")
    t.invoice(tzdt(2026, 11, 5, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2026, 12, 14, 9, 0, MAD))
    when = tzdt(2026, 12, 15, 11, 30, MAD)
    body = ("Buenos días, Sra. Martín:\n\nLe escribo desde la asesoría de D. Ramón Pérez, que nos ha reenviado su "
            "correo.\n\nLa factura 2026-049 no aplica la retención del 15 % de IRPF, que procede al ser el Sr. Pérez "
            "profesional y usted autónoma. El importe correcto a pagar sería de 1.030,00 € (1.000,00 + 21 % IVA - 15 % "
            "IRPF). Le rogamos emita una factura rectificativa; en cuanto la recibamos se tramita el pago.\n\n"
            "Atentamente,\nPilar Lozano\nAsesoría Lozano – Fiscal, laboral y contable\nC/ Mayor 18, 2.º – 28013 Madrid")
    m, _ = reply(r, ase, when, body, lang="es", to=[LUCIA.addr], cc=[c], prefix="RE: ", style="outlook-orig",
                 client="outlook", charset="windows-1252", codec="cp1252")
    add(m, "client-reply-dispute", "es",
        "The client's tax adviser (a third person) contests the amount: IRPF withholding missing, asks for a "
        "corrective invoice before paying (accepts 1.030,00). windows-1252 body.", reference="2026-049",
        amount="1030.00")


def es09():
    # Apple Mail HTML: a final de mes
    c = C("Iñaki Etxeberria", "inaki@etxeberriasurf.eus")
    t = T(LUCIA, c, "2026-042", 786.50, D(2026, 10, 15), D(2026, 11, 14), cname="Etxeberria Surf Shop",
          ckind="company", desc="el catálogo de invierno")
    t.invoice(tzdt(2026, 10, 15, 12, 0, MAD))
    r = t.rem("due", tzdt(2026, 11, 16, 9, 0, MAD))
    when = tzdt(2026, 11, 17, 8, 45, MAD)
    body = "Kaixo Lucía!\nLo tengo apuntado, a final de mes lo tienes, que ahora ando justo con el stock de invierno.\nIñaki"
    m, _ = reply(r, c, when, body, lang="es", style="apple", client="apple", fmt="html")
    add(m, "client-reply-promise", "es",
        "HTML-only Apple Mail with blockquote; 'a final de mes' on 17 Nov -> 30 Nov.", promised_date="2026-11-30")


def es10():
    # forwarded to accounts (cc), nothing else
    c = C("Alberto Crespo", "acrespo@crespoyasociados.es")
    t = T(LUCIA, c, "2026-055", 968.00, D(2026, 11, 25), D(2026, 12, 25), cname="Crespo y Asociados S.L.",
          desc="la web corporativa")
    t.invoice(tzdt(2026, 11, 25, 12, 0, MAD))
    r = t.rem("due", tzdt(2026, 12, 28, 9, 0, MAD))
    when = tzdt(2026, 12, 28, 9, 40, MAD)
    body = ("Hola Lucía,\nte pongo en copia a Carmen, de contabilidad, que es quien lleva los pagos a proveedores. "
            "Carmen, ¿lo revisas tú por favor?\nGracias,\nAlberto\n\nEnviado desde mi iPhone")
    m, _ = reply(r, c, when, body, lang="es", cc=[C("Carmen Ortiz", "contabilidad@crespoyasociados.es")],
                 style="apple", client="iphone")
    add(m, "client-reply-other", "es",
        "Passes the reminder to accounts (cc) and asks her to check. No claim, no promise.")


def es11():
    # bank receipt pasted inline
    c = C("Elena Márquez", "elena@marquezinteriorismo.com")
    t = T(LUCIA, c, "2026-050", 1452.00, D(2026, 11, 10), D(2026, 12, 10), cname="Márquez Interiorismo S.L.",
          desc="la memoria visual del proyecto")
    t.invoice(tzdt(2026, 11, 10, 12, 0, MAD))
    r = t.rem("due", tzdt(2026, 12, 11, 9, 0, MAD))
    when = tzdt(2026, 12, 11, 12, 10, MAD)
    body = ("Hola Lucía, te copio lo que me sale en la banca online:\n\n"
            "  Transferencia emitida\n  Ordenante: MARQUEZ INTERIORISMO SL\n  Beneficiario: LUCIA MARTIN GOMEZ\n"
            "  Cuenta destino: ES91 2100 0418 4502 0005 1332\n  Importe: 1.452,00 EUR\n  Concepto: FRA 2026-050\n"
            "  Fecha de ejecución: 10/12/2026\n  Estado: Realizada\n\nUn beso,\nElena")
    m, _ = reply(r, c, when, body, lang="es", style="gmail", fmt="alt")
    add(m, "client-reply-paid", "es",
        "Client pastes the online-banking receipt (transferencia emitida, realizada 10/12, 1.452,00).",
        amount="1452.00", reference="2026-050")


def es12():
    # internal forward (RV:), accounts reply-all: next supplier payment on the 10th
    c = C("Gonzalo Ibáñez", "gibanez@logisticaebro.es")
    acc = C("Cuentas a Pagar Logística Ebro", "proveedores@logisticaebro.es")
    t = T(LUCIA, c, "2026-057", 2904.00, D(2026, 11, 12), D(2026, 12, 12), cname="Logística Ebro S.A.",
          desc="la campaña de recruiting")
    t.invoice(tzdt(2026, 11, 12, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2026, 12, 15, 9, 0, MAD))
    fm, fe = reply(r, c, tzdt(2026, 12, 15, 9, 20, MAD), "Buenos días, os reenvío. ¿Me decís algo?\nGonzalo",
                   lang="es", to=[acc], prefix="RV: ", style="outlook", client="outlook")
    when = tzdt(2026, 12, 15, 13, 5, MAD)
    body = ("Buenos días,\n\nLa factura 2026-057 está aprobada y saldrá en el próximo pago a proveedores, que realizamos "
            "los días 10 de cada mes.\n\nUn saludo,\nDepartamento de Cuentas a Pagar\nLogística Ebro S.A.\n\n"
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo "
            "contener información confidencial sometida a secreto profesional. De conformidad con el RGPD (UE) 2016/679 "
            "y la LOPDGDD 3/2018, le informamos de que sus datos forman parte de un fichero responsabilidad de "
            "Logística Ebro S.A. con la finalidad de gestionar la relación comercial.")
    m, _ = reply(fe, acc, when, body, lang="es", to=[LUCIA.addr], cc=[c], prefix="RE: ", style="outlook",
                 client="outlook", fmt="alt")
    add(m, "client-reply-promise", "es",
        "Internal forward (RV:) then accounts replies to all: approved, paid in the next supplier run 'los días 10' -> "
        "on 15 Dec the next 10th is 10 Jan. Spanish legal footer.", promised_date="2027-01-10", reference="2026-057")


def es13():
    # inline '> ': contests the due date (60 days per contract)
    c = C("Víctor Sanz", "vsanz@sanzreformas.es")
    t = T(LUCIA, c, "2026-053", 1694.00, D(2026, 11, 16), D(2026, 12, 16), cname="Sanz Reformas S.L.",
          desc="las fotos y los renders del showroom")
    t.invoice(tzdt(2026, 11, 16, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2026, 12, 22, 9, 0, MAD))
    when = tzdt(2026, 12, 22, 17, 12, MAD)
    ins = [("sigue pendiente de pago", "No. El contrato que firmamos en septiembre dice pago a 60 días fecha factura, "
            "no a 30. Vencería el 15 de enero. No entiendo este recordatorio."),
           ("Si hay algún problema con la factura", "Pues eso, el problema es el vencimiento: corrígelo en la factura.")]
    q = "\n\n" + attr_line("thunderbird", "es", r, MAD) + "\n" + ins_plain(r.text, ins, "> ") + "\n"
    m, _ = reply(r, c, when, "Lucía,", lang="es", client="thunderbird", quote_text=q)
    add(m, "client-reply-dispute", "es",
        "Inline answers between '> ' lines contest the due date (contract says 60 days) and ask to correct the "
        "invoice. A contest of the terms, no promise of payment by a date.")


def es14():
    # winmail.dat; which order is this?
    c = C("Compras Distribuciones Levante", "compras@distlevante.es")
    t = T(LUCIA, C("Nuria Ferrer", "nferrer@distlevante.es"), "2026-058", 1089.00, D(2026, 11, 27), D(2026, 12, 27),
          cname="Distribuciones Levante S.L.", desc="los expositores para las tiendas")
    t.invoice(tzdt(2026, 11, 27, 12, 0, MAD))
    r = t.rem("due", tzdt(2026, 12, 28, 9, 0, MAD))
    when = tzdt(2026, 12, 29, 10, 30, MAD)
    body = ("Buenos días,\n\n¿Nos pueden indicar a qué pedido corresponde esta factura? No la encontramos asociada a "
            "ningún pedido en nuestro sistema y sin ese dato no la podemos contabilizar.\n\nGracias.\nDpto. Compras\n"
            "Distribuciones Levante S.L.")
    m, _ = reply(r, c, when, body, lang="es", to=[LUCIA.addr], prefix="RE: ", style="outlook", client="outlook",
                 attach=[attachment("application/ms-tnef", "winmail.dat", fake_tnef())])
    add(m, "client-reply-other", "es",
        "Outlook RTF mail (text/plain + winmail.dat): asks which purchase order the invoice belongs to. A question.")


def es15():
    # HTML-only Gmail, 'Hecho'
    c = C("Cristina Lara", "cris.lara.gomez@gmail.com")
    t = T(LUCIA, c, "2026-059", 242.00, D(2026, 11, 28), D(2026, 12, 13), cname="Cristina Lara", ckind="person",
          desc="el retrato ilustrado")
    t.invoice(tzdt(2026, 11, 28, 12, 0, MAD))
    r = t.rem("due", tzdt(2026, 12, 14, 9, 0, MAD))
    when = tzdt(2026, 12, 14, 9, 31, MAD)
    m, _ = reply(r, c, when, "", lang="es", style="gmail", fmt="html",
                 html_body="Hecho ✔️ Transferencia inmediata, hoy mismo.<br>¡Me encantó el retrato!<br><br>Cris")
    add(m, "client-reply-paid", "es", "HTML-only Gmail: 'Hecho, transferencia inmediata hoy mismo'.")


def es16():
    # top-posted, big signature, bilingual disclaimer, banner: confirming 15/02/2027
    c = C("Cuentas a Pagar – Grupo Hostelero Atlántico", "cuentasapagar@gh-atlantico.es")
    t = T(NEREA, C("Dña. Carla Medina", "cmedina@gh-atlantico.es"), "F-2026/125", 2150.00, D(2026, 11, 30),
          D(2026, 12, 30), cname="Grupo Hostelero Atlántico S.L.", desc="las fotos de la carta de los restaurantes")
    t.invoice(tzdt(2026, 11, 30, 12, 0, CAN))
    r = t.rem("reminder", tzdt(2027, 1, 7, 9, 0, CAN))
    when = tzdt(2027, 1, 8, 9, 14, CAN)
    body = ("Estimada proveedora:\n\nLe confirmamos que su factura F-2026/125 está contabilizada y se abonará mediante "
            "confirming con vencimiento 15/02/2027. Recibirá la comunicación de la entidad financiera en los próximos "
            "días.\n\nAtentamente,\n\nDepartamento de Cuentas a Pagar\nGRUPO HOSTELERO ATLÁNTICO S.L.\nAvda. de Canarias "
            "45 · 35002 Las Palmas de Gran Canaria\nT. +34 928 000 450\n[cid:image001.jpg@01DB5E2A.7C1F0A10]\n\n"
            "CLÁUSULA DE CONFIDENCIALIDAD: La información contenida en este correo electrónico y sus anexos es "
            "confidencial y está dirigida exclusivamente a su destinatario. Si usted no es el destinatario, le rogamos "
            "lo comunique al remitente y lo elimine.\n\nCONFIDENTIALITY NOTICE: The information in this e-mail and its "
            "attachments is confidential and intended solely for the addressee. If you are not the addressee, please "
            "notify the sender and delete it.")
    hb = ("<p>Estimada proveedora:</p><p>Le confirmamos que su factura F-2026/125 está contabilizada y se abonará "
          "mediante <b>confirming con vencimiento 15/02/2027</b>. Recibirá la comunicación de la entidad financiera en "
          "los próximos días.</p><p>Atentamente,</p><p><b>Departamento de Cuentas a Pagar</b><br>GRUPO HOSTELERO "
          "ATLÁNTICO S.L.<br>Avda. de Canarias 45 · 35002 Las Palmas de Gran Canaria<br>T. +34 928 000 450</p>"
          "<p><img src=\"cid:image001.jpg@01DB5E2A.7C1F0A10\" width=\"560\" height=\"90\" alt=\"Atlántico\"></p>"
          "<p style=\"font-size:7.5pt;color:gray\">CLÁUSULA DE CONFIDENCIALIDAD: La información contenida en este correo "
          "electrónico y sus anexos es confidencial y está dirigida exclusivamente a su destinatario. Si usted no es el "
          "destinatario, le rogamos lo comunique al remitente y lo elimine.<br><br>CONFIDENTIALITY NOTICE: The "
          "information in this e-mail and its attachments is confidential and intended solely for the addressee. If "
          "you are not the addressee, please notify the sender and delete it.</p>")
    img = attachment("image/jpeg", "image001.jpg", fake_jpg(), inline=True, cid="image001.jpg@01DB5E2A.7C1F0A10")
    m, _ = reply(r, c, when, body, lang="es", to=[NEREA.addr], cc=[t.contact], prefix="RE: ", style="outlook",
                 client="outlook", fmt="alt", html_body=hb, related=[img])
    add(m, "client-reply-promise", "es",
        "Top-posted AP sentence above a big signature, banner image and a Spanish/English confidentiality notice: "
        "paid by confirming maturing 15/02/2027.", promised_date="2027-02-15", reference="F-2026/125")


def es17():
    # long thread: earlier colleague promised; the boss disputes 300 €
    c = C("Laura Benítez", "laura@benitezeventos.es")
    boss = C("Fernando Benítez", "fernando@benitezeventos.es")
    t = T(LUCIA, c, "2026-054", 1450.00, D(2026, 11, 18), D(2026, 12, 18), cname="Benítez Eventos S.L.",
          desc="la identidad del festival y los cambios de noviembre")
    t.invoice(tzdt(2026, 11, 18, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2026, 12, 28, 9, 0, MAD))
    m1, e1 = reply(r, c, tzdt(2026, 12, 28, 10, 30, MAD), "Hola Lucía! Ok, la pagamos esta semana. Feliz año!!\nLaura",
                   lang="es", style="gmail")
    when = tzdt(2026, 12, 29, 18, 44, MAD)
    body = ("Lucía, buenas tardes.\n\nHe revisado la factura antes de que Laura la pague. Los dos \"cambios de "
            "noviembre\" (300 €) estaban dentro de las dos rondas de correcciones incluidas en el presupuesto original, "
            "así que no vamos a pagarlos aparte. Mándanos una rectificativa por 1.150 € y la pagamos en cuanto llegue.\n\n"
            "Un saludo,\nFernando Benítez\nDirector – Benítez Eventos")
    m, _ = reply(e1, boss, when, body, lang="es", to=[LUCIA.addr], cc=[c], style="gmail", fmt="alt")
    add(m, "client-reply-dispute", "es",
        "The newest writer (the boss) overrides the colleague's quoted 'la pagamos esta semana': 300 € of extras "
        "contested, wants a corrective invoice for 1.150 €.", amount="1150.00")


def es18():
    # windows-1252 Outlook, formal paid
    c = C("Tesorería Construcciones Iberia", "tesoreria@construccionesiberia.es")
    t = T(LUCIA, C("Luis Moreno", "lmoreno@construccionesiberia.es"), "2026-060", 3630.00, D(2026, 11, 20),
          D(2026, 12, 20), cname="Construcciones Iberia S.A.", desc="el dossier corporativo")
    t.invoice(tzdt(2026, 11, 20, 12, 0, MAD))
    r = t.rem("due", tzdt(2026, 12, 21, 9, 0, MAD))
    when = tzdt(2026, 12, 22, 12, 55, MAD)
    body = ("Buenos días:\n\nLes informamos de que el pago de la factura de referencia se ha realizado con fecha "
            "22/12/2026 mediante transferencia bancaria a la cuenta indicada en la misma.\n\nReciban un cordial saludo,\n"
            "Tesorería\nConstrucciones Iberia, S.A.")
    m, _ = reply(r, c, when, body, lang="es", to=[LUCIA.addr], prefix="RE: ", style="outlook", client="outlook",
                 charset="windows-1252", codec="cp1252", cte="quoted-printable")
    add(m, "client-reply-paid", "es", "Formal treasury reply: payment made 22/12/2026. windows-1252 quoted-printable.")


def es19():
    # ALL CAPS, this week
    c = C("Talleres Hermanos Rubio", "talleresrubio@hotmail.es")
    t = T(LUCIA, c, "2026-062", 423.50, D(2026, 12, 3), D(2027, 1, 2), cname="Talleres Hermanos Rubio C.B.",
          desc="el rótulo y las tarjetas")
    t.invoice(tzdt(2026, 12, 3, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2027, 1, 11, 9, 0, MAD))
    when = tzdt(2027, 1, 11, 19, 20, MAD)
    m, _ = reply(r, c, when, "PERDONA LUCIA SE NOS PASO CON LAS FIESTAS. ESTA SEMANA SIN FALTA TE LA PAGO.\n"
                 "UN SALUDO ANTONIO RUBIO", lang="es", prefix="RE: ", style="outlook", client="outlook")
    add(m, "client-reply-promise", "es",
        "ALL CAPS, no accents; 'esta semana' is a promise without a specific day -> no promised_date.")


def es20():
    # secretary: human note, boss travelling until the 20th
    c = C("Sr. Olmedo", "jolmedo@olmedoyasociados.es")
    sec = C("Beatriz Campos", "bcampos@olmedoyasociados.es")
    t = T(LUCIA, c, "2026-063", 847.00, D(2026, 12, 4), D(2027, 1, 3), cname="Sr. Olmedo", ckind="person",
          desc="la presentación para inversores")
    t.invoice(tzdt(2026, 12, 4, 12, 0, MAD))
    r = t.rem("due", tzdt(2027, 1, 4, 9, 0, MAD))
    when = tzdt(2027, 1, 5, 10, 12, MAD)
    body = ("Buenos días Lucía,\n\nel Sr. Olmedo está de viaje en México hasta el día 20 y no tiene acceso al correo del "
            "despacho. En cuanto vuelva le paso su mensaje.\n\nUn saludo,\nBeatriz Campos\nSecretaría – Olmedo y Asociados")
    m, _ = reply(r, sec, when, body, lang="es", to=[LUCIA.addr], prefix="RE: ", style="outlook", client="outlook")
    add(m, "client-reply-other", "es",
        "A human secretary (no auto headers) says the boss is away until the 20th and she'll pass the mail on. Not an "
        "auto-reply (written personally, no return date label), not a promise.")


def es21():
    # Canarian voice, paid Thursday
    c = C("Mari Carmen Hernández", "maricarmenhdez@yahoo.es")
    t = T(NEREA, c, "F-2026/123", 250.00, D(2026, 11, 20), D(2026, 12, 5), cname="Mari Carmen Hernández",
          ckind="person", desc="las fotos del bautizo")
    t.invoice(tzdt(2026, 11, 20, 12, 0, CAN))
    r = t.rem("due", tzdt(2026, 12, 7, 9, 0, CAN))
    when = tzdt(2026, 12, 7, 11, 3, CAN)
    body = ("Buenas mi niña!! Ya te lo pagué el jueves, mira a ver si te entró, que con el puente igual tarda un "
            "poquito más. Las fotos quedaron preciosas, mi suegra está encantada 😍\nUn besito\nMari Carmen")
    m, _ = reply(r, c, when, body, lang="es", style="gmail", client="android")
    add(m, "client-reply-paid", "es",
        "Canarian voice ('mi niña', 'el puente'): paid on Thursday, asks her to check it arrived. Paid + question = paid.")


def es22():
    # Canary time late evening, tomorrow
    c = C("Airam Quintero", "airam@quinterobikes.com")
    t = T(NEREA, c, "F-2026/127", 420.00, D(2026, 12, 1), D(2026, 12, 16), cname="Quintero Bikes", ckind="company",
          desc="las fotos de producto")
    t.invoice(tzdt(2026, 12, 1, 12, 0, CAN))
    r = t.rem("reminder", tzdt(2026, 12, 22, 9, 0, CAN))
    when = tzdt(2026, 12, 22, 23, 40, CAN)
    body = ("Nerea perdona la hora. Mañana sin falta te hago la transferencia, que hoy la app del banco me da error "
            "todo el rato (ya me pasó la semana pasada, ¡qué desastre!).\nAiram")
    m, _ = reply(r, c, when, body, lang="es", style="gmail", client="iphone")
    add(m, "client-reply-promise", "es",
        "Sent 23:40 Canary time (+0000) on 22 Dec: 'mañana' -> 23 Dec.", promised_date="2026-12-23")


def es23():
    # project cancelled; only the first phase was to be billed
    c = C("Dirección Fundación Arte Vivo", "direccion@fundacionartevivo.org")
    t = T(LUCIA, c, "2026-056", 2178.00, D(2026, 11, 26), D(2026, 12, 26), cname="Fundación Arte Vivo",
          desc="la segunda fase del proyecto expositivo")
    t.invoice(tzdt(2026, 11, 26, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2027, 1, 4, 9, 0, MAD))
    when = tzdt(2027, 1, 4, 13, 30, MAD)
    body = ("Estimada Lucía:\n\nNo procede el pago de esta factura. El proyecto se canceló en octubre por falta de "
            "financiación y acordamos por teléfono (y así consta en el acta del patronato) que solo se facturaría la "
            "primera fase, ya abonada en septiembre. Te agradeceríamos que anularas la factura 2026-056.\n\n"
            "Un saludo cordial,\nTeresa Aguirre\nDirectora – Fundación Arte Vivo")
    m, _ = reply(r, c, when, body, lang="es", to=[LUCIA.addr], prefix="RE: ", style="outlook-orig", client="outlook")
    add(m, "client-reply-dispute", "es",
        "Refuses to pay: project cancelled, only phase one (already paid) was to be billed; asks to cancel the invoice. "
        "'ya abonada' refers to another invoice.", reference="2026-056")


def es24():
    # which invoice is this?
    c = C("Óscar Delgado", "oscar@delgadofisio.es")
    t = T(LUCIA, c, "2026-064", 605.00, D(2026, 12, 10), D(2027, 1, 9), cname="Delgado Fisioterapia",
          ckind="company", desc="el logotipo")
    t.invoice(tzdt(2026, 12, 10, 12, 0, MAD))
    r = t.rem("due", tzdt(2027, 1, 11, 9, 0, MAD))
    when = tzdt(2027, 1, 11, 15, 15, MAD)
    body = ("Hola Lucía,\n¿esta factura es la del logo o la de la web? Tengo dos tuyas con importes parecidos y ya no sé "
            "cuál es cuál. ¿Me lo aclaras?\nGracias!\nÓscar")
    m, _ = reply(r, c, when, body, lang="es", style="gmail", fmt="alt")
    add(m, "client-reply-other", "es", "Question only: which job this invoice refers to.")


def es25():
    # forward of the client's bank e-mail, 'ahí la tienes'
    c = C("Rocío Fernández", "rocio.fernandez@outlook.es")
    t = T(LUCIA, c, "2026-065", 302.50, D(2026, 12, 14), D(2027, 1, 13), cname="Rocío Fernández", ckind="person",
          desc="las ilustraciones del cuento")
    t.invoice(tzdt(2026, 12, 14, 12, 0, MAD))
    t.rem("due", tzdt(2027, 1, 14, 9, 0, MAD))
    bank = Ev(C("Banco Meridiano", "notificaciones@bancomeridiano.example.es"), [c], tzdt(2027, 1, 15, 9, 12, MAD),
              "Has realizado una transferencia",
              "Hola, ROCÍO:\n\nTe confirmamos que has realizado una transferencia con los siguientes datos:\n\n"
              "Importe: 302,50 €\nBeneficiario: LUCIA MARTIN GOMEZ\nCuenta de destino: ES91 **** **** **** **** 1332\n"
              "Concepto: Factura 2026-065\nFecha: 15/01/2027\n\nSi no reconoces esta operación, llama al 900 000 000.\n\n"
              "Banco Meridiano\n", "<notif.77123@bancomeridiano.example.es>")
    q = "\n\n" + ol_block("es", bank, MAD) + "\n\n" + bank.text
    when = tzdt(2027, 1, 15, 9, 30, MAD)
    m, _ = reply(bank, c, when, "Ahí la tienes 😘", lang="es", to=[LUCIA.addr],
                 subject="RV: Has realizado una transferencia", quote_text=q, irt=False, client="outlook", fmt="alt",
                 quote_html_text="<br>" + t2h(q))
    add(m, "client-reply-paid", "es",
        "The client forwards her own bank's 'has realizado una transferencia' mail with 'Ahí la tienes'. An outgoing "
        "transfer from the client = the client saying it's paid (not a payment notice to the freelancer).",
        amount="302.50", reference="2026-065")


def es26():
    # internal forward, then accounts reply-all: next remittance (vague)
    c = C("Marta Iglesias", "marta.iglesias@iglesiasopticos.es")
    acc = C("Contabilidad Iglesias Ópticos", "contabilidad@iglesiasopticos.es")
    t = T(LUCIA, c, "2026-066", 1331.00, D(2026, 12, 15), D(2027, 1, 14), cname="Iglesias Ópticos S.L.",
          desc="el escaparate de rebajas")
    t.invoice(tzdt(2026, 12, 15, 12, 0, MAD))
    r = t.rem("due", tzdt(2027, 1, 15, 9, 0, MAD))
    fm, fe = reply(r, c, tzdt(2027, 1, 15, 9, 40, MAD), "Chicos, ¿esto está?\nM.", lang="es", to=[acc], prefix="RV: ",
                   style="outlook", client="outlook")
    when = tzdt(2027, 1, 18, 10, 5, MAD)
    body = ("Hola Lucía,\n\nte respondo yo, que llevo los pagos. La tenemos registrada y entra en la próxima remesa. "
            "Cualquier cosa me dices.\n\nSaludos,\nJavier Lago\nContabilidad – Iglesias Ópticos")
    m, _ = reply(fe, acc, when, body, lang="es", to=[LUCIA.addr], cc=[c], prefix="RE: ", style="outlook",
                 client="outlook")
    add(m, "client-reply-promise", "es",
        "Reply-all by accounts after an internal forward: will be paid in 'la próxima remesa' — no date given.")


def es27():
    # lawyer answers the requerimiento
    c = C("Hugo Serrano", "hugo@serranomotor.es")
    abo = C("Gómez & Prieto Abogados", "despacho@gomezprieto-abogados.es")
    t = T(LUCIA, c, "2026-040", 4235.00, D(2026, 9, 30), D(2026, 10, 30), cname="Serrano Motor S.L.",
          desc="el vídeo promocional del concesionario")
    t.invoice(tzdt(2026, 9, 30, 12, 0, MAD))
    r = t.rem("final", tzdt(2027, 1, 13, 9, 0, MAD), deadline=D(2027, 1, 28))
    when = tzdt(2027, 1, 19, 17, 0, MAD)
    body = ("Muy Sra. mía:\n\nEn nombre y representación de Serrano Motor, S.L., acuso recibo de su requerimiento de "
            "13 de enero. Mi representada rechaza el pago reclamado: el vídeo entregado no se ajustó a lo pactado "
            "(duración, versiones para redes y subtitulado) y así se le comunicó por escrito en noviembre, sin que se "
            "subsanaran los defectos. No obstante, quedamos abiertos a negociar una solución conforme a la LO 1/2025.\n\n"
            "Atentamente,\nD. Enrique Prieto Vallejo\nAbogado – Colegiado n.º 87.412 ICAM")
    m, _ = reply(r, abo, when, body, lang="es", to=[LUCIA.addr], cc=[c], prefix="RE: ", style="outlook",
                 client="outlook")
    add(m, "client-reply-dispute", "es",
        "The client's lawyer answers the formal demand: rejects payment, work not as agreed; open to negotiate.")


def es28():
    # Apple Mail '> ' inline: one date under the question
    c = C("Julia Romero", "juliaromero@icloud.com")
    t = T(LUCIA, c, "2026-067", 484.00, D(2026, 12, 16), D(2027, 1, 15), cname="Julia Romero", ckind="person",
          desc="el diseño de la web de yoga")
    t.invoice(tzdt(2026, 12, 16, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2027, 1, 22, 9, 0, MAD))
    when = tzdt(2027, 1, 22, 20, 3, MAD)
    ins = [("basta con responder indicando la fecha de la transferencia", "El 11 de enero 🙂")]
    q = "\n\n" + attr_line("apple", "es", r, MAD) + "\n\n" + ins_plain(r.text, ins, "> ") + "\n"
    m, _ = reply(r, c, when, "", lang="es", client="apple", quote_text=q)
    add(m, "client-reply-paid", "es",
        "Nothing above the quote; the only new words, 'El 11 de enero', sit right under the reminder's request for the "
        "transfer date: paid on 11 Jan.")


def es29():
    # after a promise follow-up, tomorrow first thing
    c = C("Sergio Castillo", "sergio@castillocrossfit.es")
    t = T(LUCIA, c, "2026-068", 544.50, D(2026, 12, 17), D(2027, 1, 16), cname="Castillo CrossFit", ckind="company",
          desc="los vídeos para redes")
    t.invoice(tzdt(2026, 12, 17, 12, 0, MAD))
    r1 = t.rem("due", tzdt(2027, 1, 18, 9, 0, MAD))
    m1, e1 = reply(r1, c, tzdt(2027, 1, 18, 12, 0, MAD), "Ok Lucía, el viernes te lo paso.\nSergio", lang="es",
                   style="gmail")
    t.last = e1
    r2 = t.rem("promise_followup", tzdt(2027, 1, 25, 9, 0, MAD), promise=D(2027, 1, 22))
    when = tzdt(2027, 1, 25, 14, 27, MAD)
    body = "Tienes razón, se me pasó completamente. Te lo hago mañana a primera hora, perdona!!\nSergio"
    m, _ = reply(r2, c, when, body, lang="es", style="gmail")
    add(m, "client-reply-promise", "es",
        "After the promise follow-up: 'mañana a primera hora' on Mon 25 Jan -> 26 Jan. The quoted older promise "
        "('el viernes') is not the newest words.", promised_date="2027-01-26")


def es30():
    # received, plus other work
    c = C("Ainhoa Ruiz", "ainhoa@ruizcosmetica.es")
    t = T(LUCIA, c, "2026-069", 1210.00, D(2027, 1, 8), D(2027, 2, 7), cname="Ruiz Cosmética Natural S.L.",
          desc="el packaging de la nueva línea")
    t.invoice(tzdt(2027, 1, 8, 12, 0, MAD))
    r = t.rem("courtesy", tzdt(2027, 2, 2, 9, 0, MAD))
    when = tzdt(2027, 2, 2, 11, 11, MAD)
    body = ("¡Hola Lucía! Recibido, gracias por el aviso.\n\nPor cierto, ¿tienes hueco en marzo para la sesión de "
            "fotos de producto? Te mando brief la semana que viene.\n\nAinhoa")
    m, _ = reply(r, c, when, body, lang="es", style="gmail", fmt="alt")
    add(m, "client-reply-other", "es", "Acknowledges the courtesy note and asks about new work. No claim, no promise.")


def es31():
    # HTML: 40 of 60 photos; will pay when the rest arrives
    c = C("Marketing Bodegas Teno", "marketing@bodegasteno.es")
    t = T(NEREA, c, "F-2027/004", 1320.00, D(2027, 1, 12), D(2027, 1, 27), cname="Bodegas Teno S.L.",
          desc="el reportaje de viñedos y bodega")
    t.invoice(tzdt(2027, 1, 12, 12, 0, CAN))
    r = t.rem("due", tzdt(2027, 1, 28, 9, 0, CAN))
    when = tzdt(2027, 1, 28, 16, 40, CAN)
    hb = ("<div>Hola Nerea:</div><div><br></div><div>Hemos recibido solo <b>40</b> de las <b>60</b> fotografías "
          "editadas que acordamos (faltan todas las de la sala de barricas). Pagaremos la factura cuando recibamos el "
          "resto.</div><div><br></div><div>Saludos,</div><div>Irene · Marketing Bodegas Teno</div>")
    m, _ = reply(r, c, when, "", lang="es", style="gmail", fmt="html", html_body=hb)
    add(m, "client-reply-dispute", "es",
        "HTML-only Gmail: work not fully delivered (40 of 60 photos); will pay only when the rest arrives. A "
        "conditional 'pagaremos' after a complaint = dispute.")


def es32():
    # partial payment with deduction = dispute
    c = C("Administración Kiosko Verde", "admin@kioskoverde.es")
    t = T(LUCIA, c, "2026-048", 726.00, D(2026, 11, 3), D(2026, 12, 3), cname="Kiosko Verde S.L.",
          desc="la cartelería")
    t.invoice(tzdt(2026, 11, 3, 12, 0, MAD))
    t.rem("reminder", tzdt(2026, 12, 10, 9, 0, MAD))
    r = t.rem("late_fee", tzdt(2027, 1, 7, 9, 0, MAD), deadline=D(2027, 1, 17), fees=True)
    when = tzdt(2027, 1, 8, 12, 2, MAD)
    body = ("Buenos días,\n\nhemos pagado hoy los 726,00 € de la factura. Los intereses y los 40 € de indemnización no "
            "los vamos a abonar: nunca se pactó nada de eso y nos parece un abuso con un cliente de hace años.\n\n"
            "Saludos,\nAdministración Kiosko Verde")
    m, _ = reply(r, c, when, body, lang="es", to=[LUCIA.addr], prefix="RE: ", style="outlook", client="outlook")
    add(m, "client-reply-dispute", "es",
        "Paid the invoice amount but refuses the interest and 40 € compensation claimed in the late-fee reminder: "
        "partial payment + dispute of the rest = dispute.", amount="726.00")


def es33():
    # three quoted messages; earlier colleague said 'no nos consta'; newest: 'ya está, ha salido hoy'
    c = C("Diego Molina", "dmolina@molinatextil.es")
    acc = C("Esther Pardo", "epardo@molinatextil.es")
    t = T(LUCIA, c, "2026-070", 1573.00, D(2026, 12, 18), D(2027, 1, 17), cname="Molina Textil S.A.",
          desc="el lookbook de primavera")
    t.invoice(tzdt(2026, 12, 18, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2027, 1, 25, 9, 0, MAD))
    m1, e1 = reply(r, c, tzdt(2027, 1, 25, 11, 0, MAD), "Hola Lucía, a mí no me consta esta factura, ¿nos la "
                   "reenvías? Pongo a Esther en copia.\nDiego", lang="es", style="outlook", client="outlook",
                   cc=[acc], prefix="RE: ")
    when = tzdt(2027, 1, 26, 17, 35, MAD)
    body = ("Buenas tardes Lucía,\n\nya está. La encontré en el buzón de facturas, ha salido hoy.\n\nEsther Pardo\n"
            "Administración – Molina Textil")
    m, _ = reply(e1, acc, when, body, lang="es", to=[LUCIA.addr], cc=[c], prefix="RE: ", style="outlook",
                 client="outlook", fmt="alt")
    add(m, "client-reply-paid", "es",
        "Three-deep thread: the colleague's quoted reply said 'no me consta, reenvíala'; the newest writer says 'ya "
        "está... ha salido hoy' — paid, without any payment verb.")


def es34():
    # secretary: Monday 1 February
    c = C("Dña. Elena Villalba", "evillalba@villalbanotaria.es")
    sec = C("Secretaría Notaría Villalba", "secretaria@villalbanotaria.es")
    t = T(LUCIA, c, "2026-071", 968.00, D(2026, 12, 22), D(2027, 1, 21), cname="Dña. Elena Villalba",
          ckind="person", desc="la renovación de la web de la notaría")
    t.invoice(tzdt(2026, 12, 22, 12, 0, MAD))
    r = t.rem("due", tzdt(2027, 1, 22, 9, 0, MAD))
    when = tzdt(2027, 1, 28, 13, 15, MAD)
    body = ("Buenas tardes, Sra. Martín:\n\nDe parte de Dña. Elena, le comunico que el pago se hará el lunes 1 de "
            "febrero, junto con el resto de proveedores.\n\nAtentamente,\nSecretaría de la Notaría Villalba")
    m, _ = reply(r, sec, when, body, lang="es", to=[LUCIA.addr], prefix="RE: ", style="outlook", client="outlook")
    add(m, "client-reply-promise", "es",
        "The notary's secretary (not the addressee) writes on her behalf: payment on Monday 1 February.",
        promised_date="2027-02-01")


def es35():
    # WhatsApp-ish, 'el 5'
    c = C("Rubén Ortega", "rubenortega.tattoo@gmail.com")
    t = T(NEREA, c, "F-2027/002", 150.00, D(2027, 1, 5), D(2027, 1, 20), cname="Rubén Ortega", ckind="person",
          desc="las fotos del estudio de tatuaje")
    t.invoice(tzdt(2027, 1, 5, 12, 0, CAN))
    r = t.rem("due", tzdt(2027, 1, 21, 9, 0, CAN))
    when = tzdt(2027, 1, 27, 20, 15, CAN)
    m, _ = reply(r, c, when, "vale vale perdona, el 5 te lo pago q cobro el 5 🙏", lang="es", style="gmail",
                 client="android")
    add(m, "client-reply-promise", "es",
        "Very short, abbreviations: 'el 5 te lo pago' on 27 Jan -> 5 Feb (the next 5th).", promised_date="2027-02-05")


def es36():
    # screenshot of an error, asks for IBAN
    c = C("Pedidos Ferretería Lupe", "pedidos@ferreterialupe.es")
    t = T(LUCIA, c, "2026-072", 217.80, D(2027, 1, 10), D(2027, 1, 25), cname="Ferretería Lupe", ckind="company",
          desc="los folletos")
    t.invoice(tzdt(2027, 1, 10, 12, 0, MAD))
    r = t.rem("due", tzdt(2027, 1, 26, 9, 0, MAD))
    when = tzdt(2027, 1, 26, 10, 22, MAD)
    body = ("Buenos días,\n\nal intentar pagar nos sale este error (adjunto captura): el banco dice que la cuenta no es "
            "válida. ¿Nos puede confirmar el IBAN completo?\n\nGracias,\nGuadalupe")
    m, _ = reply(r, c, when, body, lang="es", to=[LUCIA.addr], prefix="RE: ", style="outlook", client="outlook",
                 fmt="alt", attach=[attachment("image/png", "captura_error_banco.png", fake_png(4, 3, (255, 0, 0)))])
    add(m, "client-reply-other", "es",
        "Trying to pay failed; screenshot attached; asks to confirm the IBAN. A question, nothing paid yet and no "
        "commitment.")


def es42():
    # Outlook HTML table from accounts
    c = C("Cuentas a Pagar Hospital San Rafael", "cap@hsanrafael.es")
    t = T(LUCIA, C("Dra. Inés Roca", "iroca@hsanrafael.es"), "2026-046", 968.00, D(2026, 10, 28), D(2026, 11, 27),
          cname="Hospital San Rafael", ckind="company", desc="la señalética de la planta 3")
    t.invoice(tzdt(2026, 10, 28, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2027, 1, 18, 9, 0, MAD))
    when = tzdt(2027, 1, 18, 12, 40, MAD)
    hb = ("<p class=\"MsoNormal\">Buenos días,</p><p class=\"MsoNormal\">Le adjuntamos el detalle del pago:</p>"
          "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr "
          "style=\"background:#DDEBF7\"><th>Factura</th><th>Fecha factura</th><th>Importe</th><th>Fecha pago</th>"
          "<th>Forma de pago</th></tr><tr><td>2026-046</td><td>28/10/2026</td><td>968,00 €</td><td>15/01/2027</td>"
          "<td>Transferencia</td></tr></table><p class=\"MsoNormal\">Un saludo,<br>Cuentas a Pagar<br>Hospital San "
          "Rafael</p>")
    m, _ = reply(r, c, when, "", lang="es", to=[LUCIA.addr], prefix="RE: ", style="outlook", client="outlook",
                 fmt="html", html_body=hb)
    add(m, "client-reply-paid", "es",
        "HTML-only Outlook with a hand-made table (factura 2026-046, 968,00 €, fecha pago 15/01/2027).",
        amount="968.00", reference="2026-046")


def es43():
    # Mexican voice via iPhone, whole thread below
    c = C("Guadalupe Treviño", "lupita.trevino@cafedelaolla.mx")
    t = T(LUCIA, c, "2026-051", 650.00, D(2026, 11, 16), D(2026, 12, 16), cname="Café de la Olla", ckind="company",
          desc="la identidad de la cafetería")
    inv = t.invoice(tzdt(2026, 11, 16, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2026, 12, 22, 9, 0, MAD))
    MX = "America/Mexico_City"
    q = ("\n\nEnviado desde mi iPhone\n\n" + attr_line("apple", "es", r, MX) + "\n\n" + gt(r.text) + "\n>\n> "
         + attr_line("apple", "es", inv, MX) + "\n>\n" + gt(gt(inv.text)) + "\n")
    when = tzdt(2026, 12, 22, 10, 5, MX)
    m, _ = reply(r, c, when, "Lucía!! Mil disculpas, ya quedó el depósito, te lo mandé hoy en la mañana por "
                 "transferencia internacional. Avísame si no te llega porfa 🙏", lang="es", client="iphone", quote_text=q)
    add(m, "client-reply-paid", "es",
        "Mexican Spanish ('ya quedó el depósito'), America/Mexico_City, whole thread below 'Enviado desde mi iPhone'.")


def es44():
    # lost in spam, resend
    c = C("Nacho Vera", "nacho@verasonido.es")
    t = T(LUCIA, c, "2026-073", 1028.50, D(2027, 1, 14), D(2027, 2, 13), cname="Vera Sonido", ckind="company",
          desc="el diseño del stand")
    t.invoice(tzdt(2027, 1, 14, 12, 0, MAD))
    r = t.rem("courtesy", tzdt(2027, 2, 8, 9, 0, MAD))
    when = tzdt(2027, 2, 8, 9, 22, MAD)
    m, _ = reply(r, c, when, "Lucía, ¿me la puedes mandar otra vez? La primera se me fue a spam y la borré sin "
                 "querer 🤦‍♂️\nNacho", lang="es", style="gmail", client="iphone")
    add(m, "client-reply-other", "es", "Asks to resend the invoice (lost in spam).")


# --- machine mail in Spanish threads -----------------------------------------------------------

def es37():
    c = C("Alicia Prats", "aprats@pratsconsultores.es")
    t = T(LUCIA, c, "2026-074", 2057.00, D(2026, 12, 5), D(2027, 1, 4), cname="Prats Consultores S.L.",
          desc="el informe anual")
    t.invoice(tzdt(2026, 12, 5, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2026, 12, 28, 9, 0, MAD))
    when = r.when + timedelta(seconds=37)
    body = ("Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el lunes 11 de enero, sin acceso al correo. "
            "Para cualquier asunto urgente pueden escribir a oficina@pratsconsultores.es.\n\nUn saludo,\nAlicia Prats")
    m, _ = reply(r, c, when, body, lang="es", subject="Respuesta automática: " + r.subject, style="outlook",
                 client="outlook", extra=auto_headers("full"))
    add(m, "auto-reply", "es",
        "Out-of-office quoting the reminder; 'fuera hasta el lunes 11 de enero' -> back that Monday, 11 Jan.",
        return_date="2027-01-11")


def es38():
    c = C("Contabilidad", "contabilidad@eventosmediterraneo.es")
    t = T(LUCIA, c, "2026-075", 786.50, D(2026, 12, 9), D(2027, 1, 8), cname="Eventos Mediterráneo S.L.",
          desc="los carteles")
    t.invoice(tzdt(2026, 12, 9, 12, 0, MAD))
    r = t.rem("due", tzdt(2027, 1, 11, 9, 0, MAD))
    when = r.when + timedelta(seconds=29)
    human = ("No se pudo entregar el mensaje a estos destinatarios o grupos:\n\ncontabilidad@eventosmediterraneo.es\n"
             "No se encontró la dirección de correo electrónico que especificó. Compruebe la dirección de correo "
             "electrónico del destinatario e intente volver a enviar el mensaje. Si el problema persiste, póngase en "
             "contacto con el departamento de soporte técnico.\n\n\nInformación de diagnóstico para administradores:\n\n"
             "Servidor de generación: AM9PR08MB7213.eurprd08.prod.outlook.com\n\ncontabilidad@eventosmediterraneo.es\n"
             "Servidor remoto devuelto '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
             "contabilidad@eventosmediterraneo.es not found by SMTP address lookup'\n")
    root = dsn("AM9PR08MB7213.eurprd08.prod.outlook.com", r.when, [{
        "Final-Recipient": "rfc822;contabilidad@eventosmediterraneo.es", "Action": "failed", "Status": "5.1.10",
        "Diagnostic-Code": "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
                           "contabilidad@eventosmediterraneo.es not found by SMTP address lookup"}],
        human, ev_msg(r), "outlook", headers_only=True)
    m = Msg(C("Microsoft Outlook", "postmaster@eventosmediterraneo.onmicrosoft.com"), [LUCIA.addr], when,
            "No se puede entregar: " + r.subject, root, extra=[("Auto-Submitted", "auto-replied"),
                                                              ("X-MS-Exchange-Message-Is-Ndr", "")])
    add(m, "bounce", "es", "Office 365 NDR in Spanish, 5.1.10 RecipientNotFound, original headers only.",
        failed_recipient="contabilidad@eventosmediterraneo.es", permanent=True)


def es39():
    c = C("Toni Ramis", "toni@ramisnautica.es")
    t = T(LUCIA, c, "2026-076", 1149.50, D(2026, 12, 11), D(2027, 1, 10), cname="Ramis Náutica S.L.",
          desc="el catálogo de embarcaciones")
    t.invoice(tzdt(2026, 12, 11, 12, 0, MAD))
    r = t.rem("due", tzdt(2027, 1, 11, 9, 0, MAD))
    when = tzdt(2027, 1, 11, 13, 2, MAD)
    human = ("This message was created automatically by mail delivery software.\n"
             "A message that you sent has not yet been delivered to one or more of its\nrecipients after more than 4 "
             "hours on the queue on correo.martinestudio.es.\n\n"
             "The message identifier is:     1vR3kq-0007Xw-2L\nThe subject of the message is: " + r.subject + "\n"
             "The date of the message is:    " + format_datetime(r.when) + "\n\n"
             "The address to which the message has not yet been delivered is:\n\n  toni@ramisnautica.es\n"
             "    host mx.ramisnautica.es [198.51.100.23]\n    Delay reason: SMTP error from remote mail server after RCPT "
             "TO:<toni@ramisnautica.es>:\n    452 4.2.2 Mailbox full - cuota de buzón superada\n\n"
             "No action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be "
             "repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give "
             "up,\nand when that happens, the message will be returned to you.\n")
    root = dsn("correo.martinestudio.es", r.when, [{
        "Action": "delayed", "Final-Recipient": "rfc822;toni@ramisnautica.es", "Status": "4.2.2",
        "Remote-MTA": "dns; mx.ramisnautica.es", "Diagnostic-Code": "smtp; 452 4.2.2 Mailbox full - cuota de buzón superada".encode("ascii", "replace").decode(),
        "Will-Retry-Until": format_datetime(r.when + timedelta(days=4))}], human, ev_msg(r), headers_only=True)
    m = Msg(C("Mail Delivery System", "Mailer-Daemon@correo.martinestudio.es"), [LUCIA.addr], when,
            "Warning: message 1vR3kq-0007Xw-2L delayed 4 hours", root, extra=[("Auto-Submitted", "auto-replied"),
                                                                              ("X-Failed-Recipients", "toni@ramisnautica.es")])
    add(m, "bounce", "es", "Exim delay warning (4.2.2 mailbox full): temporary, still retrying.",
        failed_recipient="toni@ramisnautica.es", permanent=False)


def es40():
    face = C("FACe - Punto General de Entrada de Facturas", "no-reply@face.gob.es")
    when = tzdt(2027, 1, 20, 11, 5, MAD)
    body = ("Estimado/a proveedor/a:\n\nLe informamos de que la factura con los siguientes datos ha cambiado de estado:\n\n"
            "Número de registro: REGAGE27e00001234567\nNúmero de factura: 2026-077\nÓrgano gestor: L01280796 - "
            "Ayuntamiento de Villanueva del Prado\nImporte: 2.420,00 EUR\nNuevo estado: 1300 - Registrada en RCF\n\n"
            "Puede consultar el estado de sus facturas en https://face.gob.es\n\nEste es un mensaje automático, por favor "
            "no responda a este correo.")
    m = Msg(face, [LUCIA.addr], when, "FACe - Cambio de estado de factura 2026-077", text(body, "plain", "utf-8", "base64"),
            extra=[("Auto-Submitted", "auto-generated")])
    add(m, "other", "es",
        "FACe (Spanish public e-invoicing portal) status change: invoice registered. Not a payment.")


def es41():
    bz = C("Bizum - Banco Meridiano", "bizum@bancomeridiano.example.es")
    when = tzdt(2026, 11, 26, 9, 12, CAN)
    body = ("Hola NEREA,\n\nHas recibido un Bizum.\n\nDe: YERAY SANTANA\nImporte: 180,00 €\nConcepto: fotos surf "
            "factura 121\nFecha: 26/11/2026\n\nEl importe ya está disponible en tu cuenta.\n\nBanco Meridiano")
    hb = ("<div style=\"font-family:Arial\"><h2 style=\"color:#05C3DD\">Has recibido un Bizum</h2><p>Hola NEREA,</p>"
          "<table><tr><td>De</td><td><b>YERAY SANTANA</b></td></tr><tr><td>Importe</td><td><b>180,00 €</b></td></tr>"
          "<tr><td>Concepto</td><td>fotos surf factura 121</td></tr><tr><td>Fecha</td><td>26/11/2026</td></tr></table>"
          "<p>El importe ya está disponible en tu cuenta.</p></div>")
    root = multi("alternative", [text(body), text("<html><body>" + hb + "</body></html>", "html")])
    m = Msg(bz, [NEREA.addr], when, "Has recibido un Bizum de 180,00 €", root,
            extra=[("Auto-Submitted", "auto-generated")])
    add(m, "payment-notification", "es",
        "Bizum received by the freelancer from a client (concept mentions 'factura 121').",
        amount="180.00", reference="F-2026/121")


def en11():
    # Spanish client of Tom writes Spanish to his English reminder
    c = C("Marta Soler", "msoler@solerhoteles.es")
    t = T(TOM, c, "INV-2026-047", 2950.00, D(2026, 11, 20), D(2026, 12, 20), cname="Soler Hoteles S.L.",
          desc="the brand refresh")
    t.invoice(tzdt(2026, 11, 20, 10, 0, TOM.tz))
    r = t.rem("reminder", tzdt(2027, 1, 5, 9, 0, TOM.tz))
    when = tzdt(2027, 1, 5, 12, 30, MAD)
    body = ("Hola Tom,\n\n¿nos puedes mandar la factura otra vez pero con nuestro CIF (B-07123456) y la dirección fiscal "
            "de Palma? Sin esos datos contabilidad no la puede registrar.\n\nGracias y feliz año,\nMarta Soler")
    m, _ = reply(r, c, when, body, lang="es", style="gmail")
    add(m, "client-reply-other", "es",
        "Spanish reply to an English reminder: asks to reissue with their tax ID and address. A request, no claim.")


for _f in [it17, es01, es02, es03, es04, es05, es06, es08, es09, es10, es11, es12, es13, es14, es15, es16, es17, es18,
           es19, es20, es21, es22, es23, es24, es25, es26, es27, es28, es29, es30, es31, es32, es33, es34, es35, es36,
           es42, es43, es44, es37, es38, es39, es40, es41, en11]:
    _f()


# ==============================================================================================
# ENGLISH
# ==============================================================================================
DUB = "Europe/Dublin"
LON = "Europe/London"
NYC = "America/New_York"


def it08():
    # German client answers Alessandra's Italian reminder in English: dispute
    c = C("Jonas Weber", "j.weber@weber-moebel.de")
    t = T(ALE, c, "22/2026", 2806.00, D(2026, 11, 5), D(2026, 12, 5), cname="Weber Möbel GmbH",
          desc="il catalogo per il mercato italiano")
    t.invoice(tzdt(2026, 11, 5, 10, 0, ROME))
    r = t.rem("reminder", tzdt(2026, 12, 14, 9, 0, ROME))
    when = tzdt(2026, 12, 14, 15, 20, "Europe/Berlin")
    body = ("Dear Ms Rossi,\n\nsorry, my Italian is not good enough to answer in Italian.\n\nWe cannot pay invoice "
            "22/2026 in its current form. The catalogue was agreed at a fixed price of EUR 2,300 (see my e-mail of 2 "
            "September); the invoice shows EUR 2,806 including VAT, but as an EU business we are under reverse charge, "
            "so no Italian VAT should be charged. Please send a corrected invoice for EUR 2,300 net with the reverse "
            "charge note and our USt-IdNr. DE298765432.\n\nKind regards\nJonas Weber\nEinkauf / Purchasing\n"
            "Weber Möbel GmbH · Hauptstraße 12 · 33602 Bielefeld\n\n"
            "Geschäftsführer: Klaus Weber · Amtsgericht Bielefeld HRB 40123")
    q = ("\n\nVon: Alessandra Rossi <alessandra@example.it>\nGesendet: Montag, 14. Dezember 2026 09:00\n"
         "An: Jonas Weber <j.weber@weber-moebel.de>\nBetreff: Sollecito: fattura n. 22/2026\n\n" + r.text)
    m, _ = reply(r, c, when, body, lang="en", prefix="AW: ", client="outlook", quote_text=q,
                 extra=[("Content-Language", "de-DE")], charset="iso-8859-1", codec="cp1252")
    add(m, "client-reply-dispute", "en",
        "German client (German Outlook: AW:, Von/Gesendet block) replies in English to an Italian reminder: VAT wrongly charged (reverse charge), wants a "
        "corrected invoice for EUR 2,300 net before paying.", amount="2300.00", reference="22/2026")


def es07():
    # UK client answers Lucía's Spanish reminder in English: paid via Wise
    c = C("Oliver Hughes", "oliver@hughesandco.co.uk")
    t = T(LUCIA, c, "2026-058", 1500.00, D(2026, 11, 18), D(2026, 12, 18), cname="Hughes & Co Ltd",
          desc="las ilustraciones del informe anual")
    t.num = "2026-058"
    t.invoice(tzdt(2026, 11, 18, 12, 0, MAD))
    r = t.rem("reminder", tzdt(2027, 1, 5, 9, 0, MAD))
    when = tzdt(2027, 1, 5, 10, 12, LON)
    body = ("Hi Lucía,\n\nApologies – Google Translate tells me this is a payment reminder! This was paid via Wise on 18 "
            "December (ref 2026-058), it should have landed in your account by now. Could you double-check on your side?\n\n"
            "Best,\nOliver")
    m, _ = reply(r, c, when, body, lang="en", style="gmail", fmt="alt")
    add(m, "client-reply-paid", "en",
        "English reply to a Spanish reminder: paid via Wise on 18 Dec, asks her to check. Paid + question = paid.",
        reference="2026-058")


def en01():
    # new words only in the subject
    c = C("Accounts Payable", "ap@kestrelmedia.ie")
    t = T(TOM, C("Ciara Walsh", "ciara@kestrelmedia.ie"), "INV-2026-044", 1845.00, D(2026, 10, 28), D(2026, 11, 27),
          cname="Kestrel Media Ltd", desc="the podcast artwork series")
    t.invoice(tzdt(2026, 10, 28, 10, 0, DUB))
    r = t.rem("reminder", tzdt(2026, 12, 4, 9, 0, DUB))
    when = tzdt(2026, 12, 4, 11, 7, DUB)
    m, _ = reply(r, c, when, "", lang="en", to=[TOM.addr], subject="RE: Invoice INV-2026-044 is overdue - PAID 02/12, "
                 "remittance to follow", style="outlook", client="outlook")
    add(m, "client-reply-paid", "en",
        "Empty body, only the quoted reminder: the new words are in the subject ('PAID 02/12, remittance to follow').")


def en02():
    # Outlook inline in blue: Friday's BACS run
    c = C("Rebecca Moss", "rebecca.moss@thornfieldhomes.co.uk")
    t = T(HANNAH, c, "HP-1041", 1260.00, D(2026, 11, 30), D(2026, 12, 30), cname="Rebecca Moss", ckind="person",
          desc="the show-home brochure copy")
    t.invoice(tzdt(2026, 11, 30, 10, 0, LON))
    r = t.rem("reminder", tzdt(2027, 1, 12, 9, 0, LON))
    when = tzdt(2027, 1, 12, 14, 3, LON)
    ins = [("has not yet been paid", "[RM] Correct – it's been approved and will go out in Friday's BACS run."),
           ("please let me know the payment date", "[RM] See above, Friday.")]
    qp, qh = inline_quote("outlook", "en", r, LON, ins, color="#0070C0")
    body = "Hi Hannah,\n\nComments in blue below.\n\nRebecca\n\nRebecca Moss | Marketing Manager | Thornfield Homes"
    m, _ = reply(r, c, when, body, lang="en", prefix="RE: ", client="outlook", fmt="alt", quote_text=qp,
                 quote_html_text=qh)
    add(m, "client-reply-promise", "en",
        "Outlook inline reply in blue: 'will go out in Friday's BACS run' under the reminder's first line. Tue 12 Jan -> "
        "Fri 15 Jan.", promised_date="2027-01-15")


def en03():
    # long thread: PM said 'should be paid this week'; FD holds it
    c = C("Darragh Kennedy", "darragh@lumenstudios.ie")
    fd = C("Aoife Brennan", "aoife.brennan@lumenstudios.ie")
    t = T(TOM, c, "INV-2026-046", 3690.00, D(2026, 11, 12), D(2026, 12, 12), cname="Lumen Studios Ltd",
          desc="the app UI design and revisions")
    t.invoice(tzdt(2026, 11, 12, 10, 0, DUB))
    r = t.rem("reminder", tzdt(2026, 12, 17, 9, 0, DUB))
    m1, e1 = reply(r, c, tzdt(2026, 12, 17, 10, 14, DUB), "Thanks Tom, I've chased accounts, should be paid this week.\n"
                   "D.", lang="en", style="gmail")
    when = tzdt(2026, 12, 18, 16, 2, DUB)
    body = ("Tom,\n\nJumping in here as I sign off supplier payments. We're holding INV-2026-046 for now. Darragh approved "
            "it, but the SOW includes three rounds of revisions and the invoice bills rounds four and five as extras "
            "(€1,290). Those were needed because of issues on your side, not changes of brief.\n\nWe're happy to pay the "
            "base fee of €2,400 once you reissue the invoice without the extra rounds.\n\nAoife Brennan\n"
            "Finance Director, Lumen Studios")
    m, _ = reply(e1, fd, when, body, lang="en", to=[TOM.addr], cc=[c], style="gmail", fmt="alt")
    add(m, "client-reply-dispute", "en",
        "Finance director overrides the PM's quoted 'should be paid this week': extra revision rounds contested, will "
        "pay only the base fee after a reissue.", amount="2400.00", reference="INV-2026-046")


def en04():
    # internal forward then AP reply-all with remittance PDF
    c = C("Mark Doyle", "mark.doyle@harbourlights.ie")
    ap = C("Harbour Lights AP", "accounts.payable@harbourlights.ie")
    t = T(TOM, c, "INV-2026-041", 2214.00, D(2026, 10, 30), D(2026, 11, 29), cname="Harbour Lights Ltd",
          desc="the festival identity")
    t.invoice(tzdt(2026, 10, 30, 10, 0, DUB))
    r = t.rem("reminder", tzdt(2026, 12, 7, 9, 0, DUB))
    fm, fe = reply(r, c, tzdt(2026, 12, 7, 9, 22, DUB), "AP team – can you check this one please? Thanks, Mark",
                   lang="en", to=[ap], prefix="FW: ", style="outlook", client="outlook")
    when = tzdt(2026, 12, 7, 12, 48, DUB)
    body = ("Hi Tom,\n\nThis was included in our payment run on 4 December. Remittance advice attached – it should be with "
            "you by now, but let us know if not.\n\nKind regards,\nSiobhán\nAccounts Payable | Harbour Lights Ltd")
    m, _ = reply(fe, ap, when, body, lang="en", to=[TOM.addr], cc=[c], prefix="RE: ", style="outlook", client="outlook",
                 fmt="alt", attach=[attachment("application/pdf", "Remittance_Advice_0004417.pdf",
                                               fake_pdf("Remittance advice INV-2026-041 EUR 2,214.00"))])
    add(m, "client-reply-paid", "en",
        "Internal FW to AP, then AP replies to all: included in the 4 December payment run, remittance PDF attached.")


def en05():
    # the CEO's PA asks for documents
    c = C("Richard Blake", "richard@blakeventures.co.uk")
    pa = C("Sophie Grant", "sophie.grant@blakeventures.co.uk")
    t = T(HANNAH, c, "HP-1043", 2100.00, D(2026, 11, 23), D(2026, 12, 23), cname="Richard Blake", ckind="person",
          desc="the investor deck copy")
    t.invoice(tzdt(2026, 11, 23, 10, 0, LON))
    r = t.rem("due", tzdt(2026, 12, 24, 9, 0, LON))
    when = tzdt(2027, 1, 4, 9, 32, LON)
    body = ("Hi Hannah,\n\nI look after Richard's inbox. Could you send me a copy of the invoice and the signed SOW? I "
            "need both to get it approved on our new finance system.\n\nMany thanks,\nSophie Grant\nPA to Richard Blake")
    m, _ = reply(r, pa, when, body, lang="en", to=[HANNAH.addr], cc=[c], style="gmail")
    add(m, "client-reply-other", "en", "The CEO's PA asks for the invoice and SOW to get approval. A request.")


def en06():
    # iPhone, whole thread, 'tonight'
    c = C("Gavin Nolan", "gavnolan@eircom.net")
    t = T(TOM, c, "INV-2026-049", 480.00, D(2026, 11, 10), D(2026, 11, 24), cname="Gavin Nolan", ckind="person",
          desc="the band poster")
    inv = t.invoice(tzdt(2026, 11, 10, 10, 0, DUB))
    r1 = t.rem("due", tzdt(2026, 11, 25, 9, 0, DUB))
    r = t.rem("reminder", tzdt(2026, 12, 8, 9, 0, DUB))
    q = ("\n\nSent from my iPhone\n\n" + attr_line("apple", "en", r, DUB) + "\n\n" + gt(r.text) + "\n>\n> "
         + attr_line("apple", "en", r1, DUB) + "\n>\n" + gt(gt(r1.text)) + "\n>>\n>> " + attr_line("apple", "en", inv, DUB)
         + "\n>>\n" + gt(gt(gt(inv.text))) + "\n")
    when = tzdt(2026, 12, 8, 17, 50, DUB)
    m, _ = reply(r, c, when, "Sorry Tom, completely slipped my mind. Will do it tonight when I'm home", lang="en",
                 client="iphone", quote_text=q)
    add(m, "client-reply-promise", "en",
        "Mobile one-liner with the whole thread below 'Sent from my iPhone': 'will do it tonight' = today, 8 Dec.",
        promised_date="2026-12-08")


def en07():
    # reminder pasted as plain text with no marker
    c = C("Priya Shah", "priya@shahbotanicals.co.uk")
    t = T(HANNAH, c, "HP-1039", 720.00, D(2026, 11, 2), D(2026, 12, 2), cname="Priya Shah", ckind="person",
          desc="the product descriptions")
    t.invoice(tzdt(2026, 11, 2, 10, 0, LON))
    r = t.rem("reminder", tzdt(2026, 12, 9, 9, 0, LON))
    when = tzdt(2026, 12, 9, 19, 45, LON)
    body = "Hi Hannah, I've paid this now, £720. Apologies for the delay – December is chaos.\nPriya"
    m, _ = reply(r, c, when, body, lang="en", style="paste", client="other")
    add(m, "client-reply-paid", "en",
        "Reminder pasted below with no quote marker; the reminder's 'If you have already paid' lines are not hers.",
        amount="720.00", currency="GBP")


def en08():
    # Thunderbird inline '> ': amount not what was quoted
    c = C("Colm Fitzgerald", "colm@fitzgeraldcycles.ie")
    t = T(TOM, c, "INV-2026-048", 3150.00, D(2026, 11, 16), D(2026, 12, 16), cname="Fitzgerald Cycles",
          ckind="company", desc="the e-commerce redesign")
    t.invoice(tzdt(2026, 11, 16, 10, 0, DUB))
    r = t.rem("reminder", tzdt(2026, 12, 22, 9, 0, DUB))
    when = tzdt(2026, 12, 22, 11, 40, DUB)
    ins = [("has not yet been paid", "That's because it's not what was quoted. Your quote in September was "
            "€2,650 all in. I'm not paying €500 I never agreed to."),
           ("If there is a problem with the invoice", "There is – see above. Send me one for €2,650.")]
    q = "\n\n" + attr_line("thunderbird", "en", r, DUB) + "\n" + ins_plain(r.text, ins, "> ") + "\n\nColm\n"
    m, _ = reply(r, c, when, "Tom,", lang="en", client="thunderbird", quote_text=q)
    add(m, "client-reply-dispute", "en",
        "Thunderbird inline answers between '> ' lines: amount differs from the quote, wants a €2,650 invoice.",
        amount="2650.00")


def en09():
    # top-posted, big signature, English/Irish disclaimer, banner
    c = C("Finance Shared Services", "fss.payables@corcoranfoods.ie")
    t = T(TOM, C("Emer Corcoran", "emer.corcoran@corcoranfoods.ie"), "INV-2026-052", 4428.00, D(2026, 12, 10),
          D(2027, 1, 9), cname="Corcoran Foods DAC", desc="the packaging refresh")
    t.invoice(tzdt(2026, 12, 10, 10, 0, DUB))
    r = t.rem("due", tzdt(2027, 1, 11, 9, 0, DUB))
    when = tzdt(2027, 1, 13, 8, 50, DUB)
    disc = ("This e-mail and any files transmitted with it are confidential and intended solely for the use of the "
            "addressee. If you have received this e-mail in error please notify the sender and delete it.\n"
            "Tá an ríomhphost seo agus aon chomhaid a tarchuireadh leis faoi rún agus beartaithe lena n-úsáid ag an "
            "seolaí amháin. Má fuair tú an ríomhphost seo trí earráid, cuir an seoltóir ar an eolas agus scrios é.")
    body = ("Dear Supplier,\n\nYour invoice INV-2026-052 has been approved and is scheduled for payment on 29 January "
            "2027.\n\nRegards,\n\nFinance Shared Services – Payables\nCORCORAN FOODS DAC\nUnit 4, Ballycoolin Business "
            "Park, Dublin 15, D15 XY12\nT: +353 1 555 0199\n[Corcoran Foods – Proudly Irish since 1962]\n\n" + disc)
    hb = ("<p>Dear Supplier,</p><p>Your invoice INV-2026-052 has been approved and is scheduled for payment on <b>29 "
          "January 2027</b>.</p><p>Regards,</p><p><b>Finance Shared Services – Payables</b><br>CORCORAN FOODS DAC<br>Unit "
          "4, Ballycoolin Business Park, Dublin 15, D15 XY12<br>T: +353 1 555 0199</p><p><img src=\"cid:image002.png@01DB"
          "65A1.2B3C4D50\" width=\"640\" height=\"100\" alt=\"Corcoran Foods – Proudly Irish since 1962\"></p>"
          "<p style=\"font-size:8pt;color:#7F7F7F\">" + esc(disc).replace("\n", "<br>") + "</p>")
    m, _ = reply(r, c, when, body, lang="en", to=[TOM.addr], cc=[t.contact], prefix="RE: ", style="outlook",
                 client="outlook", fmt="alt", html_body=hb,
                 related=[banner("image002.png@01DB65A1.2B3C4D50", "image002.png")])
    add(m, "client-reply-promise", "en",
        "One sentence top-posted above a big signature, banner image and English/Irish disclaimer: scheduled for "
        "payment on 29 January 2027.", promised_date="2027-01-29", reference="INV-2026-052")


def en10():
    # HTML-only Apple Mail: sorted via Revolut
    c = C("Niall Byrne", "niall@byrnecoffee.ie")
    t = T(TOM, c, "INV-2026-053", 615.00, D(2026, 12, 14), D(2027, 1, 13), cname="Niall Byrne", ckind="person",
          desc="the café menu boards")
    t.invoice(tzdt(2026, 12, 14, 10, 0, DUB))
    r = t.rem("due", tzdt(2027, 1, 14, 9, 0, DUB))
    when = tzdt(2027, 1, 14, 10, 2, DUB)
    m, _ = reply(r, c, when, "All sorted — sent this morning via Revolut. Let me know if it doesn't show.<br><br>"
                 "(No relation, before you ask 😄)<br>Niall", lang="en", style="apple", client="apple", fmt="html",
                 html_body="All sorted — sent this morning via Revolut. Let me know if it doesn't show.<br><br>"
                 "(No relation, before you ask 😄)<br>Niall")
    add(m, "client-reply-paid", "en", "HTML-only Apple Mail with blockquote: 'All sorted — sent this morning via Revolut'.")


def en12():
    # bank confirmation text quoted inline
    c = C("Tom Haldane", "tom.haldane@haldenjoinery.co.uk")
    t = T(HANNAH, c, "HP-1047", 1850.00, D(2026, 12, 14), D(2027, 1, 13), cname="Halden Joinery Ltd",
          desc="the website copy")
    t.invoice(tzdt(2026, 12, 14, 10, 0, LON))
    r = t.rem("due", tzdt(2027, 1, 14, 9, 0, LON))
    when = tzdt(2027, 1, 14, 16, 20, LON)
    body = ("Hannah,\n\nHere's what the bank says:\n\n  Payment confirmation\n  From: HALDEN JOINERY LTD\n"
            "  To: HANNAH PRICE\n  Sort code / account: 20-20-15 / ****5555\n  Amount: £1,850.00\n"
            "  Reference: HP-1047\n  Payment date: 14/01/2027\n  Payment type: Faster Payment\n  Status: Sent\n\n"
            "Cheers,\nTom (the other one)")
    m, _ = reply(r, c, when, body, lang="en", style="gmail")
    add(m, "client-reply-paid", "en",
        "The client pastes his bank's payment confirmation inline (Faster Payment, £1,850.00, ref HP-1047). The client "
        "is also called Tom — not the freelancer.", amount="1850.00", currency="GBP", reference="HP-1047")


def en13():
    # HTML-only Gmail: can't pay before the 28th
    c = C("Lisa Turner", "lisa@turnerevents.co.uk")
    t = T(HANNAH, c, "HP-1048", 960.00, D(2026, 12, 16), D(2027, 1, 15), cname="Turner Events", ckind="company",
          desc="the wedding-fair brochure")
    t.invoice(tzdt(2026, 12, 16, 10, 0, LON))
    r = t.rem("due", tzdt(2027, 1, 18, 9, 0, LON))
    when = tzdt(2027, 1, 18, 12, 33, LON)
    m, _ = reply(r, c, when, "", lang="en", style="gmail", fmt="html",
                 html_body="Hi Hannah,<div><br></div><div>We can't pay before the 28th I'm afraid – January cash flow "
                 "is brutal. It'll be with you then.</div><div><br></div><div>Lisa</div>")
    add(m, "client-reply-promise", "en",
        "HTML-only Gmail: 'can't pay before the 28th' on 18 Jan -> promise for 28 Jan.", promised_date="2027-01-28")


def en14():
    # winmail-style: PDF snag list + PNG, won't release payment
    c = C("Helen Curran", "helen.curran@curranlaw.ie")
    t = T(TOM, c, "INV-2026-050", 2583.00, D(2026, 11, 25), D(2026, 12, 25), cname="Curran & Co Solicitors",
          desc="the new website")
    t.invoice(tzdt(2026, 11, 25, 10, 0, DUB))
    r = t.rem("reminder", tzdt(2027, 1, 6, 9, 0, DUB))
    when = tzdt(2027, 1, 6, 15, 5, DUB)
    body = ("Tom,\n\nAttached is our snagging list (PDF) and a screenshot of the contact form error our clients are "
            "getting. The site is not fit to go live as things stand. We won't be releasing payment until these items "
            "are fixed.\n\nHelen Curran\nPractice Manager\nCurran & Co Solicitors")
    m, _ = reply(r, c, when, body, lang="en", to=[TOM.addr], prefix="RE: ", style="outlook", client="outlook",
                 fmt="alt", attach=[attachment("application/pdf", "Snagging list - website.pdf",
                                               fake_pdf("Snagging list: 14 items")),
                                    attachment("image/png", "image001.png", fake_png(5, 4, (250, 250, 250)))])
    add(m, "client-reply-dispute", "en",
        "Outlook reply with a PDF and a PNG attached: work defective, payment withheld until fixed.")


def en15():
    # the bookkeeper confirms payment
    c = C("Kelly Ryan", "kelly@kellysbakery.ie")
    bk = C("Brid Hogan Bookkeeping", "brid@hoganbookkeeping.ie")
    t = T(TOM, c, "INV-2026-039", 640.00, D(2026, 10, 20), D(2026, 11, 19), cname="Kelly Ryan", ckind="person",
          desc="the bakery logo")
    t.invoice(tzdt(2026, 10, 20, 10, 0, DUB))
    r = t.rem("reminder", tzdt(2026, 12, 1, 9, 0, DUB))
    when = tzdt(2026, 12, 1, 14, 2, DUB)
    body = ("Hi Tom,\n\nI do the books for Kelly's Bakery – Kelly forwarded me your email. I can confirm invoice "
            "INV-2026-039 was paid on 30 November by bank transfer, €640. It may take a day to clear with AIB.\n\n"
            "Regards,\nBríd Hogan\nHogan Bookkeeping Services")
    m, _ = reply(r, bk, when, body, lang="en", to=[TOM.addr], cc=[c], style="gmail")
    add(m, "client-reply-paid", "en",
        "The client's bookkeeper (different person) confirms payment on 30 November.",
        amount="640.00", reference="INV-2026-039")


def en16():
    # US client, net-45: paid on Jan 15
    c = C("Jennifer Alvarez", "jalvarez@northpointlabs.com")
    t = T(TOM, c, "INV-2026-051", 5200.00, D(2026, 12, 1), D(2026, 12, 16), cname="Northpoint Labs Inc.",
          desc="the conference booth graphics")
    t.invoice(tzdt(2026, 12, 1, 10, 0, DUB))
    r = t.rem("due", tzdt(2026, 12, 17, 9, 0, DUB))
    when = tzdt(2026, 12, 18, 10, 15, NYC)
    body = ("Hi Tom,\n\nThanks for the reminder. Our AP runs net-45 from receipt, so this is scheduled to be paid on Jan "
            "15. Sorry – we should have flagged that when we signed the PO.\n\nBest,\nJen\n\nJennifer Alvarez | Events "
            "Lead | Northpoint Labs\n617-555-0142")
    m, _ = reply(r, c, when, body, lang="en", style="gmail-us", fmt="alt")
    add(m, "client-reply-promise", "en",
        "US client (America/New_York, US-style Gmail attribution): scheduled to be paid on Jan 15 -> 2027-01-15.",
        promised_date="2027-01-15")


def en17():
    # asks for a call
    c = C("Fergal Quinn", "fergal@quinnbrewing.ie")
    t = T(TOM, c, "INV-2026-054", 1722.00, D(2026, 12, 15), D(2027, 1, 14), cname="Quinn Brewing Co.",
          desc="the can labels")
    t.invoice(tzdt(2026, 12, 15, 10, 0, DUB))
    r = t.rem("due", tzdt(2027, 1, 15, 9, 0, DUB))
    when = tzdt(2027, 1, 15, 17, 40, DUB)
    body = ("Tom – can we jump on a quick call about this tomorrow? There's something I need to explain and I'd rather "
            "not do it over email. Any time after 10 works.\n\nFergal")
    m, _ = reply(r, c, when, body, lang="en", style="gmail", client="iphone")
    add(m, "client-reply-other", "en",
        "Asks for a call without saying what about. Ominous, but no claim, no promise, no dispute stated.")


def en18():
    # contests the statutory late fee (UK)
    c = C("Accounts – Penrose Interiors", "accounts@penroseinteriors.co.uk")
    t = T(HANNAH, C("Gemma Penrose", "gemma@penroseinteriors.co.uk"), "HP-1037", 1440.00, D(2026, 10, 19),
          D(2026, 11, 18), cname="Penrose Interiors Ltd", desc="the catalogue copy")
    t.invoice(tzdt(2026, 10, 19, 10, 0, LON))
    t.rem("reminder", tzdt(2026, 11, 25, 9, 0, LON))
    r = t.rem("late_fee", tzdt(2026, 12, 16, 9, 0, LON), deadline=D(2026, 12, 30), fees=True)
    when = tzdt(2026, 12, 16, 15, 5, LON)
    body = ("Hannah\n\nwe never agreed to any late payment fee and frankly after 4 years working together this is not "
            "how we expected to be treated. We will pay the invoice amount of £1,440 and nothing more. Please send a "
            "revised statement without the interest and the £70.\n\nRegards\nDenise\nAccounts, Penrose Interiors Ltd")
    m, _ = reply(r, c, when, body, lang="en", to=[HANNAH.addr], cc=[t.contact], prefix="RE: ", style="outlook",
                 client="outlook")
    add(m, "client-reply-dispute", "en",
        "Contests the statutory interest and £70 fixed sum in the late-fee reminder; will pay only the invoice amount.",
        amount="1440.00", currency="GBP")


def en19():
    # three quoted: invoice, reminder, colleague 'I'll ask finance'; newest: finance 'Paid today'
    c = C("Owen Price", "owen@redkitegames.co.uk")
    fin = C("Finance", "finance@redkitegames.co.uk")
    t = T(HANNAH, c, "HP-1045", 2250.00, D(2026, 12, 1), D(2026, 12, 31), cname="Red Kite Games Ltd",
          desc="the narrative script edit")
    inv = t.invoice(tzdt(2026, 12, 1, 10, 0, LON))
    r = t.rem("reminder", tzdt(2027, 1, 7, 9, 0, LON))
    m1, e1 = reply(r, c, tzdt(2027, 1, 7, 9, 45, LON), "Hi Hannah – no idea, I'll ask finance. (No relation, by the "
                   "way.)\nOwen", lang="en", style="gmail", cc=[fin])
    when = tzdt(2027, 1, 7, 16, 58, LON)
    body = "Hi Hannah,\n\nPaid today, our ref RKG-PAY-0107-03.\n\nThanks,\nMegan\nFinance – Red Kite Games"
    m, _ = reply(e1, fin, when, body, lang="en", to=[HANNAH.addr], cc=[c], style="gmail", fmt="alt")
    add(m, "client-reply-paid", "en",
        "Thread quoting three messages (invoice, reminder, colleague's 'I'll ask finance'); the newest writer, finance: "
        "'Paid today'. Client surname Price like the freelancer's — a distractor.")


def en20():
    # Irish voice, Monday first thing
    c = C("Seamus O'Brien", "seamus@obriensbar.ie")
    t = T(TOM, c, "INV-2026-045", 390.00, D(2026, 11, 5), D(2026, 11, 19), cname="Seamus O'Brien", ckind="person",
          desc="the pub quiz posters")
    t.invoice(tzdt(2026, 11, 5, 10, 0, DUB))
    r = t.rem("reminder", tzdt(2026, 11, 27, 9, 0, DUB))
    when = tzdt(2026, 11, 27, 22, 14, DUB)
    body = ("Ah Tom sorry about that, the place has been mental with the Christmas parties. I'll sort it Monday first "
            "thing, promise. Pint on me next time you're in.\nSeamus")
    m, _ = reply(r, c, when, body, lang="en", style="gmail", client="android")
    add(m, "client-reply-promise", "en",
        "Irish voice, Friday 27 Nov late evening: 'I'll sort it Monday first thing' -> 30 Nov.",
        promised_date="2026-11-30")


def en21():
    # new contact taking over accounts
    c = C("Niamh Walsh", "niamh.walsh@seaglassdesign.ie")
    new = C("Conor Daly", "conor.daly@seaglassdesign.ie")
    t = T(TOM, c, "INV-2026-055", 1107.00, D(2026, 12, 16), D(2027, 1, 15), cname="Seaglass Design Ltd",
          desc="the retail signage")
    t.invoice(tzdt(2026, 12, 16, 10, 0, DUB))
    r = t.rem("due", tzdt(2027, 1, 18, 9, 0, DUB))
    when = tzdt(2027, 1, 18, 11, 20, DUB)
    body = ("Hi Tom,\n\nNiamh is on maternity leave since Christmas – I've taken over her accounts. Could you resend all "
            "your open invoices to me so I can get them into the system? Sorry for the hassle.\n\nConor Daly\nOperations, "
            "Seaglass Design")
    m, _ = reply(r, new, when, body, lang="en", to=[TOM.addr], prefix="RE: ", style="outlook", client="outlook")
    add(m, "client-reply-other", "en",
        "A colleague who took over (not the recipient) asks to resend all open invoices. A request.")


def en22():
    # processed in yesterday's run
    c = C("Accounts Payable – Marlow Group", "ap@marlowgroup.co.uk")
    t = T(HANNAH, C("James Ashworth", "james.ashworth@marlowgroup.co.uk"), "HP-1046", 3000.00, D(2026, 12, 7),
          D(2027, 1, 6), cname="Marlow Group plc", desc="the annual report copy")
    t.invoice(tzdt(2026, 12, 7, 10, 0, LON))
    r = t.rem("due", tzdt(2027, 1, 7, 9, 0, LON))
    when = tzdt(2027, 1, 8, 10, 40, LON)
    body = ("Hi Hannah,\n\nThis was processed in yesterday's run and should reach you within 2–3 working days.\n\nKind "
            "regards,\nAccounts Payable\nMarlow Group plc\n\nMarlow Group plc is registered in England and Wales, no. "
            "01234567. Registered office: 1 Riverside Walk, Marlow SL7 1AA.")
    m, _ = reply(r, c, when, body, lang="en", to=[HANNAH.addr], prefix="RE: ", style="outlook", client="outlook",
                 fmt="alt")
    add(m, "client-reply-paid", "en",
        "'Processed in yesterday's run and should reach you within 2–3 working days' — paid, though phrased as "
        "in-transit.")


def en23():
    # next week's payment run (vague)
    c = C("Danielle Fox", "danielle.fox@foxandhound.co.uk")
    t = T(HANNAH, c, "HP-1049", 540.00, D(2026, 12, 18), D(2027, 1, 17), cname="Fox & Hound Pubs Ltd",
          desc="the menu copy")
    t.invoice(tzdt(2026, 12, 18, 10, 0, LON))
    r = t.rem("reminder", tzdt(2027, 1, 25, 9, 0, LON))
    when = tzdt(2027, 1, 25, 13, 10, LON)
    m, _ = reply(r, c, when, "Hi Hannah, apologies – it'll go out with next week's payment run.\nDanielle",
                 lang="en", style="gmail", client="iphone")
    add(m, "client-reply-promise", "en", "'next week's payment run' — promise, vague: no promised_date.")


def en24():
    # reply to the final notice: disputed until working files
    c = C("Ruth Kavanagh", "ruth@kavanaghanimation.ie")
    t = T(TOM, c, "INV-2026-040", 4059.00, D(2026, 10, 22), D(2026, 11, 21), cname="Kavanagh Animation Ltd",
          desc="the title sequence animation")
    t.invoice(tzdt(2026, 10, 22, 10, 0, DUB))
    r = t.rem("final", tzdt(2027, 1, 20, 9, 0, DUB), deadline=D(2027, 2, 3), fees=True)
    when = tzdt(2027, 1, 20, 18, 22, DUB)
    body = ("Tom,\n\nI'm frankly surprised by the tone of this. We told you in November – twice, in writing – that the "
            "animation project files you delivered are corrupt and won't open in After Effects. You never sent working "
            "files. Until we have them, we consider this invoice disputed, and I'd ask you not to send any more "
            "\"final notices\".\n\nRuth Kavanagh\nKavanagh Animation")
    m, _ = reply(r, c, when, body, lang="en", style="gmail", fmt="alt")
    add(m, "client-reply-dispute", "en",
        "Reply to the final notice (with statutory fees): deliverables corrupt, invoice disputed until working files.")


def en25():
    # PO number needed
    c = C("Procurement – Atlantic Ferries", "procurement@atlanticferries.ie")
    t = T(TOM, C("Liam Power", "liam.power@atlanticferries.ie"), "INV-2026-056", 2829.00, D(2026, 12, 18),
          D(2027, 1, 17), cname="Atlantic Ferries Ltd", desc="the timetable redesign")
    t.invoice(tzdt(2026, 12, 18, 10, 0, DUB))
    r = t.rem("due", tzdt(2027, 1, 18, 9, 0, DUB))
    when = tzdt(2027, 1, 19, 9, 55, DUB)
    body = ("Good morning,\n\nCould you let us know the PO number this invoice relates to? Our system rejects supplier "
            "invoices without a valid PO (format 45000xxxxx). Once we have it we'll process it as normal.\n\n"
            "Procurement Team\nAtlantic Ferries Ltd")
    m, _ = reply(r, c, when, body, lang="en", to=[TOM.addr], cc=[t.contact], prefix="RE: ", style="outlook",
                 client="outlook")
    add(m, "client-reply-other", "en",
        "Procurement needs a PO number; 'we'll process it as normal' once received is conditional, not a promise.")


def en26():
    # Apple '> ' inline: 'Paid Friday.'
    c = C("Amy Collins", "amycollins@mac.com")
    t = T(HANNAH, c, "HP-1050", 380.00, D(2026, 12, 21), D(2027, 1, 4), cname="Amy Collins", ckind="person",
          desc="the LinkedIn profile rewrite")
    t.invoice(tzdt(2026, 12, 21, 10, 0, LON))
    r = t.rem("reminder", tzdt(2027, 1, 18, 9, 0, LON))
    when = tzdt(2027, 1, 18, 11, 12, LON)
    ins = [("please let me know the payment date", "Paid Friday. Bank says it's gone."),
           ]
    q = "\n\n" + attr_line("apple", "en", r, LON) + "\n\n" + ins_plain(r.text, ins, "> ") + "\n"
    m, _ = reply(r, c, when, "", lang="en", client="apple", quote_text=q)
    add(m, "client-reply-paid", "en",
        "Apple Mail inline: the only new words, 'Paid Friday. Bank says it's gone.', sit under the line asking for the "
        "payment date.")


def en27():
    # internal forward, then AP reply-all: due for payment on 5th February
    c = C("Tara Reilly", "tara.reilly@brightwaterhotels.ie")
    ap = C("Brightwater Hotels AP", "payables@brightwaterhotels.ie")
    t = T(TOM, c, "INV-2027-003", 1968.00, D(2027, 1, 6), D(2027, 1, 21), cname="Brightwater Hotels Group",
          desc="the spa brochure")
    t.invoice(tzdt(2027, 1, 6, 10, 0, DUB))
    r = t.rem("due", tzdt(2027, 1, 22, 9, 0, DUB))
    fm, fe = reply(r, c, tzdt(2027, 1, 22, 9, 15, DUB), "Hi team, fwd for your attention – can you let Tom know "
                   "status? T.", lang="en", to=[ap], prefix="FW: ", style="outlook", client="outlook")
    when = tzdt(2027, 1, 26, 11, 30, DUB)
    body = ("Hi both,\n\nI can see it on the system – it's due for payment on 5th February, which is our standard 30 "
            "days from receipt. Nothing else needed from your side.\n\nThanks,\nPaddy\nPayables, Brightwater Hotels")
    m, _ = reply(fe, ap, when, body, lang="en", to=[TOM.addr], cc=[c], prefix="RE: ", style="outlook",
                 client="outlook")
    add(m, "client-reply-promise", "en",
        "AP replies to all after an internal FW: due for payment on 5th February -> 2027-02-05.",
        promised_date="2027-02-05")


def en28():
    # paid part, dispute rest
    c = C("Stuart Lang", "stuart@langarchitects.co.uk")
    t = T(HANNAH, c, "HP-1044", 1450.00, D(2026, 11, 26), D(2026, 12, 26), cname="Lang Architects LLP",
          desc="the website copy and case studies")
    t.invoice(tzdt(2026, 11, 26, 10, 0, LON))
    r = t.rem("reminder", tzdt(2027, 1, 4, 9, 0, LON))
    when = tzdt(2027, 1, 4, 17, 20, LON)
    body = ("Hannah,\n\nWe've paid £1,000 today. The remaining £450 is for the extra case-study page, which was never "
            "signed off by us – we won't be paying that part.\n\nStuart Lang\nPartner, Lang Architects LLP")
    m, _ = reply(r, c, when, body, lang="en", style="gmail", client="apple")
    add(m, "client-reply-dispute", "en",
        "Partial payment (£1,000 today) and refusal of the remaining £450: partial + dispute of the rest = dispute.",
        amount="1000.00", currency="GBP")


def en29():
    # two invoices paid together
    c = C("Eileen Murphy", "eileen@murphycrafts.ie")
    t = T(TOM, c, "INV-2026-057", 1180.00, D(2026, 11, 30), D(2026, 12, 14), cname="Murphy Crafts", ckind="company",
          desc="the Christmas catalogue")
    t.invoice(tzdt(2026, 11, 30, 10, 0, DUB))
    r = t.rem("reminder", tzdt(2026, 12, 21, 9, 0, DUB))
    when = tzdt(2026, 12, 21, 12, 12, DUB)
    body = ("Hi Tom,\n\nBoth INV-2026-043 and INV-2026-057 were paid together on 10 Dec (€2,180 total) – maybe you were "
            "looking for two separate payments? Our bank reference was MURPHY CRAFTS 1012.\n\nHappy Christmas!\nEileen")
    m, _ = reply(r, c, when, body, lang="en", style="gmail", fmt="alt")
    add(m, "client-reply-paid", "en",
        "Two invoices paid in one transfer (total €2,180), this one among them; suggests why Tom didn't match it.",
        amount="2180.00", reference="INV-2026-057")


def en30():
    # paid one, promise the other = promise
    c = C("Patrick Hayes", "patrick@hayesmarine.ie")
    t = T(TOM, c, "INV-2026-058", 2460.00, D(2026, 12, 2), D(2027, 1, 1), cname="Hayes Marine Ltd",
          desc="the boat show stand graphics")
    t.invoice(tzdt(2026, 12, 2, 10, 0, DUB))
    r = t.rem("reminder", tzdt(2027, 1, 14, 9, 0, DUB))
    when = tzdt(2027, 1, 14, 15, 30, DUB)
    body = ("Tom,\n\nINV-2026-052 went out yesterday. INV-2026-058 (this one) will follow at the end of the month, once "
            "the boat show deposits come in.\n\nPatrick")
    m, _ = reply(r, c, when, body, lang="en", style="outlook", client="outlook", prefix="RE: ")
    add(m, "client-reply-promise", "en",
        "Two invoices: another one paid yesterday, this one (INV-2026-058) promised for the end of the month -> 31 Jan.",
        promised_date="2027-01-31", reference="INV-2026-058")


def en31():
    # 'got it, thanks' to the courtesy note
    c = C("Sarah Kinsella", "sarah@kinsellayoga.ie")
    t = T(TOM, c, "INV-2027-005", 450.00, D(2027, 1, 20), D(2027, 2, 19), cname="Sarah Kinsella", ckind="person",
          desc="the studio timetable posters")
    t.invoice(tzdt(2027, 1, 20, 10, 0, DUB))
    r = t.rem("courtesy", tzdt(2027, 2, 15, 9, 0, DUB))
    when = tzdt(2027, 2, 15, 9, 47, DUB)
    m, _ = reply(r, c, when, "Got it, thanks Tom!\n\nSarah 🧘\n\nSent from my iPhone", lang="en", style="apple",
                 client="iphone")
    add(m, "client-reply-other", "en", "'Got it, thanks' to the pre-due courtesy note. Acknowledgement only.")


def en32():
    # HTML Gmail: credit note for rejected images
    c = C("Zoe Mitchell", "zoe@mitchellrealestate.co.uk")
    t = T(HANNAH, c, "HP-1051", 1320.00, D(2027, 1, 6), D(2027, 2, 5), cname="Mitchell Real Estate",
          ckind="company", desc="the property listings copy")
    t.invoice(tzdt(2027, 1, 6, 10, 0, LON))
    r = t.rem("due", tzdt(2027, 2, 8, 9, 0, LON))
    when = tzdt(2027, 2, 8, 13, 14, LON)
    hb = ("Hannah,<div><br></div><div>I'm not paying for the 12 listings we rejected – they went back to you twice and "
          "we ended up rewriting them in-house. Please send a credit note for those 12 (£360) and I'll settle the "
          "balance.</div><div><br></div><div>Zoe</div>")
    m, _ = reply(r, c, when, "", lang="en", style="gmail", fmt="html", html_body=hb)
    add(m, "client-reply-dispute", "en",
        "HTML-only Gmail: refuses to pay for rejected work, asks a credit note; would pay the balance after.")


def en38():
    # Outlook inline, initials in blue: 'by the 15th'
    c = C("Jack Whitfield", "jack.whitfield@whitfieldbuild.co.uk")
    t = T(HANNAH, c, "HP-1052", 1680.00, D(2027, 1, 4), D(2027, 2, 3), cname="Whitfield Build Ltd",
          desc="the tender document edit")
    t.invoice(tzdt(2027, 1, 4, 10, 0, LON))
    r = t.rem("due", tzdt(2027, 2, 3, 9, 0, LON))
    when = tzdt(2027, 2, 3, 16, 5, LON)
    ins = [("was due for payment on", "[JW] Will be paid by the 15th, it's in the approval queue.")]
    qp, qh = inline_quote("outlook", "en", r, LON, ins, color="#1F4E79", bold=True)
    m, _ = reply(r, c, when, "See below.\n\nJ.", lang="en", prefix="RE: ", client="outlook", fmt="alt",
                 quote_text=qp, quote_html_text=qh)
    add(m, "client-reply-promise", "en",
        "Outlook inline answer in blue with initials: 'Will be paid by the 15th' on 3 Feb -> 15 Feb.",
        promised_date="2027-02-15")


def en39():
    # Word-HTML only, formal, disclaimer
    c = C("Purchase Ledger", "purchaseledger@stonebridgeuniversity.ac.uk")
    t = T(HANNAH, C("Dr Alan Reeve", "a.reeve@stonebridgeuniversity.ac.uk"), "HP-1040", 2400.00, D(2026, 11, 16),
          D(2026, 12, 16), cname="Dr Alan Reeve", ckind="person", desc="the research impact case studies")
    t.invoice(tzdt(2026, 11, 16, 10, 0, LON))
    r = t.rem("reminder", tzdt(2027, 1, 20, 9, 0, LON))
    when = tzdt(2027, 1, 22, 14, 45, LON)
    hb = ("<div class=\"WordSection1\"><p class=\"MsoNormal\">Dear Hannah,<o:p></o:p></p><p class=\"MsoNormal\">"
          "<o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Please be advised that payment of £2,400.00 was made on 21 January "
          "2027 under our reference 000417882. Apologies for the delay; the invoice was held pending a purchase order "
          "from the department.<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Kind "
          "regards,<o:p></o:p></p><p class=\"MsoNormal\">Purchase Ledger Team<br>Finance Directorate<br>Stonebridge "
          "University<o:p></o:p></p><p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:gray\">This email and any "
          "attachments are intended solely for the addressee and may contain confidential information. If you have "
          "received this email in error, please notify the sender and delete it. Stonebridge University is an exempt "
          "charity.</span><o:p></o:p></p></div>")
    m, _ = reply(r, c, when, "", lang="en", to=[HANNAH.addr], cc=[t.contact], prefix="RE: ", style="outlook",
                 client="outlook", fmt="html", html_body=hb, charset="windows-1252", codec="cp1252")
    add(m, "client-reply-paid", "en",
        "HTML-only Word-style Outlook (windows-1252, MsoNormal) from a university's purchase ledger: payment of £2,400 "
        "made on 21 January.", amount="2400.00", currency="GBP")


def en40():
    # duplicate invoice
    c = C("Robert King", "rob.king@kingsolar.co.uk")
    t = T(HANNAH, c, "HP-1053", 890.00, D(2027, 1, 8), D(2027, 2, 7), cname="King Solar Ltd",
          desc="the product brochure")
    t.invoice(tzdt(2027, 1, 8, 10, 0, LON))
    r = t.rem("due", tzdt(2027, 2, 8, 9, 0, LON))
    when = tzdt(2027, 2, 9, 10, 1, LON)
    body = ("Morning Hannah,\n\nI think we've been billed twice here – HP-1053 is the same brochure work as HP-1042, "
            "which we paid in December. Same description, same amount. Can you cancel this one?\n\nRob")
    m, _ = reply(r, c, when, body, lang="en", style="gmail")
    add(m, "client-reply-dispute", "en",
        "Duplicate-billing claim: 'we paid' refers to the other invoice (HP-1042); asks to cancel this one.",
        reference="HP-1053")


def en41():
    # company acquired, re-address invoice
    c = C("Karen O'Sullivan", "karen@greenleafpackaging.ie")
    t = T(TOM, c, "INV-2027-002", 1599.00, D(2027, 1, 5), D(2027, 2, 4), cname="Greenleaf Packaging Ltd",
          desc="the sustainability report layout")
    t.invoice(tzdt(2027, 1, 5, 10, 0, DUB))
    r = t.rem("due", tzdt(2027, 2, 5, 9, 0, DUB))
    when = tzdt(2027, 2, 5, 12, 45, DUB)
    body = ("Hi Tom,\n\nBig news on our side – Greenleaf was acquired by Verdant Holdings at the end of January, and all "
            "supplier invoices now need to be addressed to Verdant Holdings Ireland Ltd (VAT IE 3312345QH), Block B, "
            "Citywest Campus, Dublin 24. Could you re-address this one and resend to invoices@verdantholdings.ie?\n\n"
            "Thanks a million,\nKaren")
    m, _ = reply(r, c, when, body, lang="en", style="outlook", client="outlook", prefix="RE: ")
    add(m, "client-reply-other", "en", "Asks to re-address and resend the invoice after an acquisition. Administrative.")


def en42():
    # not today, Thursday
    c = C("Declan Moore", "declan@mooreplumbing.ie")
    t = T(TOM, c, "INV-2027-004", 520.00, D(2027, 1, 12), D(2027, 1, 26), cname="Declan Moore", ckind="person",
          desc="the van livery")
    t.invoice(tzdt(2027, 1, 12, 10, 0, DUB))
    r = t.rem("reminder", tzdt(2027, 2, 9, 9, 0, DUB))
    when = tzdt(2027, 2, 9, 16, 30, DUB)
    m, _ = reply(r, c, when, "Can't do it today Tom, the bank's cut-off has passed — Thursday.\nDeclan", lang="en",
                 style="gmail", client="android")
    add(m, "client-reply-promise", "en", "'Can't do it today ... Thursday' on Tue 9 Feb -> Thu 11 Feb.",
        promised_date="2027-02-11")


# --- machine mail in English threads -----------------------------------------------------------

def en33():
    c = C("Gráinne Lynch", "grainne.lynch@lynchevents.ie")
    t = T(TOM, c, "INV-2027-001", 1353.00, D(2027, 1, 4), D(2027, 1, 18), cname="Lynch Events", ckind="company",
          desc="the gala invitations")
    t.invoice(tzdt(2027, 1, 4, 10, 0, DUB))
    r = t.rem("due", tzdt(2027, 1, 19, 9, 0, DUB))
    when = r.when + timedelta(seconds=50)
    body = ("Thanks for your email. I'm currently out of the office with limited access to email. For anything urgent "
            "please contact the office on 01 555 0123 or info@lynchevents.ie.\n\nGráinne")
    m, _ = reply(r, c, when, body, lang="en", subject="Out of Office: " + r.subject, style="none", client="other")
    add(m, "auto-reply", "en",
        "Out-of-office without any RFC 3834 header and without a return date (no return_date). Looks like a short "
        "human reply.")


def en34():
    c = C("Accounts", "accounts@oldharbourdistillery.ie")
    t = T(TOM, c, "INV-2026-059", 2706.00, D(2026, 12, 8), D(2027, 1, 7), cname="Old Harbour Distillery Ltd",
          desc="the gift-box design")
    t.invoice(tzdt(2026, 12, 8, 10, 0, DUB))
    r = t.rem("reminder", tzdt(2027, 1, 14, 9, 0, DUB))
    when = r.when + timedelta(seconds=5)
    body = ("This mailbox is no longer monitored.\n\nPlease send all invoices and accounts queries to "
            "finance@oldharbourdistillery.ie. Your email has not been forwarded.\n\n---- Original message ----")
    m, _ = reply(r, c, when, body, lang="en", subject="Automatic reply: " + r.subject, quote_text="\n" + r.text,
                 style="none", client="other", extra=auto_headers("full"))
    add(m, "auto-reply", "en",
        "'This mailbox is no longer monitored' auto-reply with Auto-Submitted/X-Autoreply, the reminder repeated below.")


def en35():
    c = C("Billing", "billing@cedarlanestudios.co.uk")
    t = T(HANNAH, c, "HP-1054", 750.00, D(2027, 1, 11), D(2027, 2, 10), cname="Cedar Lane Studios Ltd",
          desc="the podcast show notes")
    t.invoice(tzdt(2027, 1, 11, 10, 0, LON))
    r = t.rem("due", tzdt(2027, 2, 11, 9, 0, LON))
    when = r.when + timedelta(seconds=22)
    human = ("** Address not found **\n\nYour message wasn't delivered to billing@cedarlanestudios.co.uk because the "
             "address couldn't be found, or is unable to receive mail.\n\nLearn more here: "
             "https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n"
             "The email account that you tried to reach does not exist. Please try double-checking the recipient's email "
             "address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p="
             "NoSuchUser 41be03b00d2f7-5f1a3c2d9e0si123456a12.2 - gsmtp\n")
    root = dsn("mx.google.com", r.when, [{
        "Final-Recipient": "rfc822; billing@cedarlanestudios.co.uk", "Action": "failed", "Status": "5.1.1",
        "Remote-MTA": "dns; aspmx.l.google.com. (142.250.27.26, the server for the domain cedarlanestudios.co.uk.)",
        "Diagnostic-Code": "smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
        "Last-Attempt-Date": format_datetime(when)}], human, ev_msg(r), "gmail")
    m = Msg(C("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), [HANNAH.addr], when,
            "Delivery Status Notification (Failure)", root, extra=[("Auto-Submitted", "auto-replied")])
    add(m, "bounce", "en", "Gmail 'Address not found' DSN for the reminder: 5.1.1, permanent.",
        failed_recipient="billing@cedarlanestudios.co.uk", permanent=True)


def en36():
    st = C("Stripe", "notifications@stripe.com")
    when = tzdt(2027, 1, 21, 14, 3, DUB)
    body = ("Byrne Design\n\nYou received a payment of €1,230.00 from Glenveagh Tours Ltd\n\nInvoice: INV-2026-060\n"
            "Payment method: Visa •••• 4242\nDate: 21 January 2027\n\nThe funds will be paid out to your bank account "
            "ending in 5678 according to your payout schedule.\n\nView payment in Dashboard: "
            "https://dashboard.stripe.com/payments/pi_3Qx7Lk2eZvKYlo2C1a2b3c4d\n\n— The Stripe team")
    hb = ("<table width=\"100%\" style=\"font-family:-apple-system,Helvetica,Arial\"><tr><td align=\"center\">"
          "<table width=\"480\"><tr><td style=\"font-size:14px;color:#8898aa\">Byrne Design</td></tr><tr><td "
          "style=\"font-size:24px;color:#32325d\">You received a payment of €1,230.00 from Glenveagh Tours Ltd</td></tr>"
          "<tr><td><table><tr><td>Invoice</td><td>INV-2026-060</td></tr><tr><td>Payment method</td><td>Visa •••• 4242"
          "</td></tr><tr><td>Date</td><td>21 January 2027</td></tr></table></td></tr><tr><td><a "
          "href=\"https://dashboard.stripe.com/payments/pi_3Qx7Lk2eZvKYlo2C1a2b3c4d\">View payment in Dashboard</a>"
          "</td></tr></table></td></tr></table>")
    root = multi("alternative", [text(body), text("<html><body>" + hb + "</body></html>", "html")])
    m = Msg(st, [TOM.addr], when, "Payment of €1,230.00 from Glenveagh Tours Ltd", root,
            extra=[("Auto-Submitted", "auto-generated")])
    add(m, "payment-notification", "en", "Stripe: card payment received by the freelancer for INV-2026-060.",
        amount="1230.00", reference="INV-2026-060")


def en37():
    pp = C("Peppol Access Point – InvoiceHub", "no-reply@invoicehub.example.ie")
    when = tzdt(2027, 1, 22, 10, 30, DUB)
    body = ("Hello Byrne Design,\n\nYour e-invoice has been delivered via the Peppol network.\n\nDocument: Invoice "
            "INV-2027-006\nRecipient: Health Service Procurement (0196:IE6388047V)\nDelivered: 22/01/2027 10:29 UTC\n"
            "Message level response: Acknowledged (AB)\n\nYou will be notified if the recipient accepts or rejects the "
            "invoice.\n\nInvoiceHub – your Peppol access point")
    m = Msg(pp, [TOM.addr], when, "Delivered: Invoice INV-2027-006 via Peppol", text(body, "plain", "us-ascii"
            if body.isascii() else "utf-8", "7bit" if body.isascii() else "quoted-printable"),
            extra=[("Auto-Submitted", "auto-generated")])
    add(m, "other", "en", "Peppol access point: e-invoice delivered and acknowledged. Not a payment, not a reply.")


for _f in [it08, es07, en01, en02, en03, en04, en05, en06, en07, en08, en09, en10, en12, en13, en14, en15, en16, en17,
           en18, en19, en20, en21, en22, en23, en24, en25, en26, en27, en28, en29, en30, en31, en32, en38, en39, en40,
           en41, en42, en33, en34, en35, en36, en37]:
    _f()


# ==============================================================================================
# write everything
# ==============================================================================================

def toml_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(str(v), ensure_ascii=False)


FIELD_ORDER = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
               "failed_recipient", "permanent", "note"]


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = list(range(len(MESSAGES)))
    random.Random(1010).shuffle(order)
    out = ["# round10-threads: hard thread shapes (inline answers, deep quotes, forwards, HTML-only, pasted",
           "# reminders, subject-only text, cross-language replies...) around one clear meaning.",
           "# Generated by make.py; every body hand-written.", ""]
    for n, i in enumerate(order, 1):
        msg, lab = MESSAGES[i]
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.to_bytes())
        out.append(f'[files."{name}"]')
        for k in FIELD_ORDER:
            if k in lab:
                out.append(f"{k} = {toml_str(lab[k])}")
        extra = set(lab) - set(FIELD_ORDER)
        assert not extra, extra
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check()


def check():
    import tomllib
    from collections import Counter
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    kinds = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
             "payment-notification", "auto-reply", "bounce", "other", "invoice"}
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert set(files) == set(labels), "labels/files mismatch"
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (f, h)
        m["Date"].datetime  # parses
        lab = labels[f]
        assert lab["kind"] in kinds, (f, lab["kind"])
        assert lab["split"] == "dev"
        if lab["kind"].startswith("client-reply") and "Fwd:" not in str(m["Subject"]) and "RV:" not in str(m["Subject"]):
            assert m["In-Reply-To"], (f, "no In-Reply-To")
        # every text part decodes
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        if lab["kind"] == "bounce":
            assert "failed_recipient" in lab and "permanent" in lab, f
        d = m["Date"].datetime
        assert datetime(2026, 11, 1, tzinfo=d.tzinfo) <= d <= datetime(2027, 2, 28, 23, 59, tzinfo=d.tzinfo), (f, d)
    print(f"{len(files)} messages OK")
    print("kinds:", dict(Counter(v["kind"] for v in labels.values())))
    print("languages:", dict(Counter(v["language"] for v in labels.values())))


if __name__ == "__main__":
    main()
