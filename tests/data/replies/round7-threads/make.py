#!/usr/bin/env python3
"""round7-threads: later messages in dunning threads (replies to follow-ups, late-fee notices, final
demands, statements, thank-you letters), with several earlier turns in the quoted history.

Python 3.11, stdlib only.  Run:  python3 make.py
Writes r7t-NNNN.eml and labels.toml next to this file, then re-parses every file as a sanity check.

Every client text below is hand-written.  Only the MIME plumbing, the quoting of earlier turns
(Gmail / Apple / Outlook / Thunderbird / HTML blockquote) and the mailduns letters being quoted
(re-typed from templates/{it,es,en}) are generated.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import os
import quopri
import re
import sys
from decimal import Decimal, ROUND_HALF_UP
from email.header import Header
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r7t"

# ---------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------


class P:
    def __init__(self, name, addr):
        self.name, self.addr = name, addr

    @property
    def first(self):
        return self.name.split()[0]


OWNERS = {
    # Italian
    "alessandra": dict(p=P("Alessandra Rossi", "alessandra@example.it"), lang="it", tz="Europe/Rome",
                       pay=dict(beneficiary="Alessandra Rossi", iban="IT60 X054 2811 1010 0000 0123 456",
                                bic="BPMOIT22XXX"), sub="Fattura n. {n} - Alessandra Rossi"),
    "davide": dict(p=P("Davide Marchetti", "davide@marchettifoto.it"), lang="it", tz="Europe/Rome",
                   pay=dict(beneficiary="Davide Marchetti", iban="IT02 L030 6909 6061 0000 0117 839", bic=None),
                   sub="Fattura {n} - Marchetti Fotografia"),
    "chiara": dict(p=P("Chiara Esposito", "chiara@espositotraduzioni.it"), lang="it", tz="Europe/Rome",
                   pay=dict(beneficiary="Chiara Esposito", iban="IT47 F030 6903 4821 0000 0004 512", bic=None),
                   sub="Esposito Traduzioni - fattura n. {n}"),
    # Spanish
    "lucia": dict(p=P("Lucía Martín", "lucia@martinestudio.es"), lang="es", tz="Europe/Madrid",
                  pay=dict(beneficiary="Lucía Martín Serrano", iban="ES91 2100 0418 4502 0005 1332", bic=None),
                  sub="Factura {n} - Martín Estudio"),
    "jordi": dict(p=P("Jordi Puig", "jordi@puigtraduccions.cat"), lang="es", tz="Europe/Madrid",
                  pay=dict(beneficiary="Jordi Puig i Ferrer", iban="ES76 0081 0200 2800 0123 4567", bic=None),
                  sub="Factura {n} (Puig Traduccions)"),
    "nayra": dict(p=P("Nayra Hernández", "nayra@nayrahdz.com"), lang="es", tz="Atlantic/Canary",
                  pay=dict(beneficiary="Nayra Hernández Déniz", iban="ES12 2038 8745 9160 0021 7736", bic=None),
                  sub="Factura {n} · Nayra Hernández Fotografía"),
    # English
    "tom": dict(p=P("Tom Byrne", "tom@byrnedesign.ie"), lang="en", tz="Europe/Dublin",
                pay=dict(beneficiary="Thomas Byrne", iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D"),
                sub="Invoice {n} - Byrne Design"),
    "sarah": dict(p=P("Sarah Whitfield", "sarah@whitfieldcopy.co.uk"), lang="en", tz="Europe/London",
                  pay=dict(beneficiary="Sarah Whitfield", iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22"),
                  sub="Invoice {n} from Whitfield Copy"),
    "priya": dict(p=P("Priya Nair", "priya@nairux.com"), lang="en", tz="America/New_York",
                  pay=dict(beneficiary=None, iban=None, bic=None, link="https://pay.nairux.com/i/{n}"),
                  sub="Invoice {n} - Nair UX"),
}

# ---------------------------------------------------------------------------------------------
# formatting of dates and money, as the letters would show them
# ---------------------------------------------------------------------------------------------

IT_M = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
IT_MS = "gen feb mar apr mag giu lug ago set ott nov dic".split()
IT_D = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
IT_DS = "lun mar mer gio ven sab dom".split()
ES_M = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
ES_MS = "ene feb mar abr may jun jul ago sept oct nov dic".split()
ES_D = "lunes martes miércoles jueves viernes sábado domingo".split()
ES_DS = "lun mar mié jue vie sáb dom".split()
EN_M = "January February March April May June July August September October November December".split()
EN_D = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def D(s):
    return dt.date.fromisoformat(s)


def dlong(lang, d):
    d = D(d) if isinstance(d, str) else d
    if lang == "it":
        return f"{'1°' if d.day == 1 else d.day} {IT_M[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_M[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_M[d.month - 1]} {d.year}"


def art(prep, s):
    """Italian articulated prepositions before a date / rate: il 15 -> l'8, l'11, dal -> dall'8."""
    elide = s.startswith(("8 ", "11 ", "8,", "11,"))
    if prep == "il":
        return ("l'" if elide else "il ") + s
    return (prep[:-1] + "l'" if elide else prep + " ") + s  # del->dell', dal->dall', al->all'


def money(cur, v, lang):
    v = Decimal(v).quantize(Decimal("0.01"))
    s = f"{v:,.2f}"
    if lang in ("it", "es") :
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return f"€ {s}" if lang == "it" else f"{s} €"
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return f"{sym}{s}"


def q2(v):
    return Decimal(v).quantize(Decimal("0.01"), ROUND_HALF_UP)

# ---------------------------------------------------------------------------------------------
# the mailduns letters (re-typed from templates/{it,es,en}/*.txt.j2 with the blanks filled in)
# ---------------------------------------------------------------------------------------------

IMPORTO_TOT = " dell'importo totale"
RATES = {"IT": Decimal("10.15"), "ES": Decimal("10.15"), "IE": Decimal("10.15"), "GB": Decimal("11.75")}


def comp_for(law, amount):
    a = Decimal(amount)
    if law in ("IT", "ES"):
        return Decimal(40)
    if a < 1000:
        return Decimal(40)
    if a < 10000:
        return Decimal(70)
    return Decimal(100)


def fee_calc(inv, law, today, extra_rate=None):
    """Returns dict(days, interest, comp, total) for one invoice at `today`."""
    due = D(inv["due"])
    days = (D(today) - due).days
    amt = Decimal(inv["amount"])
    if law == "EXTRA":
        months = max(1, (days + 29) // 30)
        fee = q2(amt * extra_rate / 100 * months)
        return dict(days=days, interest=fee, comp=Decimal(0), total=amt + fee, months=months)
    interest = q2(amt * RATES[law] / 100 * days / 365)
    comp = comp_for(law, amt)
    return dict(days=days, interest=interest, comp=comp, total=amt + interest + comp)


def fee_lines(lang, cur, inv, law, today, extra_rate=None):
    f = fee_calc(inv, law, today, extra_rate)
    m = lambda v: money(cur, v, lang)
    d1 = D(inv["due"]) + dt.timedelta(days=1)
    rate = RATES.get(law)
    if lang == "it":
        r = f"{rate}".replace(".", ",") + "%"
        return [f"fattura n. {inv['num']}: {m(inv['amount'])}",
                f"interessi moratori dal {dlong('it', d1)} al {dlong('it', today)} ({f['days']} giorni al {r} annuo): {m(f['interest'])}",
                f"importo forfettario per i costi di recupero (art. 6): {m(f['comp'])}",
                f"totale dovuto: {m(f['total'])}"], f
    if lang == "es":
        r = f"{rate}".replace(".", ",") + " %"
        return [f"factura n.º {inv['num']}: {m(inv['amount'])}",
                f"intereses de demora del {dlong('es', d1)} al {dlong('es', today)} ({f['days']} días al {r} anual): {m(f['interest'])}",
                f"indemnización por costes de cobro (art. 8): {m(f['comp'])}",
                f"total: {m(f['total'])}"], f
    if law == "EXTRA":
        return [f"Invoice {inv['num']}: {m(inv['amount'])}",
                f"Late-payment fee ({extra_rate}% per month, as agreed; {f['months']} month{'s' if f['months'] > 1 else ''}): {m(f['interest'])}",
                f"Total: {m(f['total'])}"], f
    sec = "section 5A" if law == "GB" else "Regulation 9"
    return [f"Invoice {inv['num']}: {m(inv['amount'])}",
            f"Interest from {dlong('en', d1)} to {dlong('en', today)} ({f['days']} days at {rate}% a year): {m(f['interest'])}",
            f"Compensation for recovery costs ({sec}): {m(f['comp'])}",
            f"Total: {m(f['total'])}"], f


def salutation(lang, c):
    kind, name = c.get("kind", "company"), c.get("bill_name")
    if c.get("salutation"):
        return c["salutation"]
    if lang == "it":
        return f"Spett.le {name}," if kind == "company" else (f"Gentile {name}," if name else "Buongiorno,")
    if lang == "es":
        if kind == "company":
            return "Estimados señores:"
        if name and name.split()[0].lower() in ("sra.", "d.ª", "dña."):
            return f"Estimada {name}:"
        if name and name.split()[0].lower() in ("sr.", "d."):
            return f"Estimado {name}:"
        return f"Buenos días, {name}:" if name else "Buenos días:"
    if kind == "company":
        return "Dear Accounts Team,"
    return f"Dear {name}," if name else "Hello,"


def payment_block(lang, o, ref, several=False):
    pay = o["pay"]
    if pay.get("iban"):
        if lang == "it":
            lines = ["Per il pagamento:", f"- beneficiario: {pay['beneficiary']}", f"- IBAN: {pay['iban']}"]
            if pay.get("bic"):
                lines.append(f"- BIC: {pay['bic']}")
            lines.append(f"- causale: {ref}")
        elif lang == "es":
            lines = ["Datos para el pago:", f"- beneficiario: {pay['beneficiary']}", f"- IBAN: {pay['iban']}"]
            if pay.get("bic"):
                lines.append(f"- BIC: {pay['bic']}")
            lines.append(f"- concepto: {ref}")
        else:
            lines = ["Payment details:", f"- Account name: {pay['beneficiary']}", f"- IBAN: {pay['iban']}"]
            if pay.get("bic"):
                lines.append(f"- BIC (SWIFT): {pay['bic']}")
            lines.append(f"- Payment reference: {ref}")
        return "\n".join(lines)
    link = pay["link"].format(n=ref.replace(" ", ""))
    return f"Payment details:\n- Pay online: {link}"


class Letter:
    """A mailduns letter in the history.  Rendered lazily with the message's context."""

    def __init__(self, step, date, **kw):
        self.step, self.date, self.kw = step, date, kw
        self.who = "owner"
        self.quotes_prev = kw.pop("quotes_prev", True)

    def text(self, M):
        return render_letter(self.step, M, self.date[:10], **self.kw)


class Said:
    """A hand-written earlier turn: who = "client" / "owner" / a P (someone else)."""

    def __init__(self, who, date, text, quotes_prev=True, sender=None):
        self.who, self.date, self.body, self.quotes_prev, self.sender = who, date, text, quotes_prev, sender

    def text(self, M):
        return self.body.strip("\n")


def render_letter(step, M, today, **kw):
    lang, o, c, inv = M["lang"], OWNERS[M["owner"]], M["client"], M["inv"]
    cur = M.get("cur", "EUR")
    law = M.get("law")
    m = lambda v: money(cur, v, lang)
    n = inv["num"]
    amt = m(inv["amount"])
    due = dlong(lang, inv["due"])
    sal = salutation(lang, c)
    me = o["p"].name
    ref = kw.get("ref", (f"fattura {n}" if lang == "it" else f"factura {n}" if lang == "es" else n))
    payb = payment_block(lang, o, ref)
    extra_rate = M.get("extra_rate")

    def fees_par():
        if not law:
            return ""
        lines, f = fee_lines(lang, cur, inv, law, today, extra_rate)
        r = f"{RATES.get(law, 0)}"
        if lang == "it":
            head = ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
                    "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
                    "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
                    f"percentuali, attualmente {r.replace('.', ',')}% annuo) ed è dovuto l'importo forfettario di "
                    f"{m(f['comp'])} a titolo di risarcimento dei costi di recupero (art. 6).\n\n"
                    "Ad oggi l'importo dovuto è il seguente:")
        elif lang == "es":
            head = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que "
                    "se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva "
                    "2011/7/UE). Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de "
                    "demora al tipo legal: el tipo del Banco Central Europeo para sus operaciones principales de "
                    f"financiación más ocho puntos porcentuales, actualmente el {r.replace('.', ',')} % anual (arts. 5 y 7). "
                    f"A la deuda se añade, además, una cantidad fija de {m(f['comp'])} en concepto de indemnización por "
                    "costes de cobro (art. 8).\n\nA día de hoy, el importe adeudado es el siguiente:")
        elif law == "IE":
            head = ("As this is a commercial transaction, the European Communities (Late Payment in Commercial "
                    f"Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date at "
                    f"{r}% a year (the European Central Bank's main refinancing rate plus 8 percentage points), and "
                    f"{m(f['comp'])} is due as compensation for recovery costs (Regulation 9).\n\n"
                    f"The amount due as at {dlong('en', today)} (interest continues to run until payment) is:")
        elif law == "GB":
            head = ("As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
                    f"applies: statutory interest runs from the day after the due date at {r}% a year (8% over the Bank "
                    f"of England base rate in force when the debt fell due), and a fixed sum of {m(f['comp'])} is due for "
                    "the costs of recovering the debt (section 5A).\n\n"
                    f"The amount due as at {dlong('en', today)} (interest continues to run until payment) is:")
        else:
            head = ("As set out in our agreed terms, a late-payment fee applies.\n\n"
                    f"The amount due as at {dlong('en', today)} is:")
        return head + "\n" + "\n".join("- " + x for x in lines) + "\n\n"

    total_due = None
    if law:
        total_due = m(fee_calc(inv, law, today, extra_rate)["total"])
    deadline = kw.get("deadline")
    dl = dlong(lang, deadline) if deadline else None

    if lang == "it":
        if step == "reminder":
            body = (f"da un controllo la fattura n. {n} di {amt}, scaduta {art('il', due)}, risulta ancora da saldare. "
                    "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    + fees_par() +
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                    "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                    "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
                    f"{payb}\n\nCordiali saluti,\n{me}")
        elif step == "late_fee":
            days = (D(today) - D(inv["due"])).days
            body = (f"la fattura n. {n} di {amt}, scaduta {art('il', due)}, risulta ancora da saldare: sono trascorsi "
                    f"{days} giorni dalla scadenza.\n\n" + fees_par() +
                    f"Chiedo cortesemente di provvedere al pagamento{IMPORTO_TOT if law else ''} entro {art('il', dl)}. "
                    "Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un "
                    "problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta "
                    f"rispondere a questa email.\n\n{payb}\n\nCordiali saluti,\n{me}")
        elif step == "promise_followup":
            pd = kw.get("promise_date")
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {n} di {amt} sarebbe stato "
                     f"effettuato entro {art('il', dlong('it', pd))}." if pd else
                     f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {n} di {amt}, scaduta {art('il', due)}.")
            body = (first + "\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere "
                    "indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro "
                    f"quando posso aspettarlo.\n\n{payb}\n\nCordiali saluti,\n{me}")
        elif step == "paid_claim_followup":
            cd, po = kw.get("claim_date"), kw.get("paid_on")
            body = (f"grazie per avermi comunicato{' ' + art('il', dlong('it', cd)) if cd else ''} che la fattura n. {n} di {amt} "
                    f"è stata pagata{' (con bonifico disposto ' + art('il', dlong('it', po)) + ')' if po else ''}.\n\n"
                    "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede "
                    "qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, "
                    "chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di "
                    "inoltrarmi la contabile.\n\n"
                    "Per un confronto, riporto le coordinate corrette:\n"
                    f"- beneficiario: {o['pay']['beneficiary']}\n- IBAN: {o['pay']['iban']}\n- causale: {ref}\n\n"
                    "Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: "
                    f"in tal caso mi basta una breve conferma. Grazie per la collaborazione.\n\nCordiali saluti,\n{me}")
        elif step == "final":
            iss = f" {art('del', dlong('it', inv['issued']))}" if inv.get("issued") else ""
            body = (f"la fattura n. {n} di {amt}, scaduta {art('il', due)}, risulta ancora da saldare nonostante i "
                    "precedenti solleciti.\n\n" + fees_par() +
                    f"Con la presente chiedo formalmente il pagamento {'dell' + chr(39) + 'importo totale sopra indicato' if law else 'di ' + amt} "
                    f"entro {art('il', dl)}. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti "
                    "dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). "
                    "Resta salvo ogni altro diritto.\n\n"
                    "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi "
                    "competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del "
                    "debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile "
                    "a parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                    "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la "
                    f"data del bonifico, così da poterlo verificare.\n\n{payb}\n\nCordiali saluti,\n{me}")
            return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {n}{iss}\n\n{sal}\n\n{body}")
        elif step == "suspension":
            body = (f"torno a scrivere in merito alla fattura n. {n} di {amt}, scaduta {art('il', due)}, che risulta ancora "
                    "da saldare.\n\n" + fees_par() +
                    f"In mancanza del pagamento entro {art('il', dl)}, {art('dal', dlong('it', kw['susp']))} potrebbe essere "
                    "necessario sospendere le attività in corso e i servizi da me forniti fino alla regolarizzazione. "
                    "Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, possiamo concordare "
                    f"una soluzione; basta rispondere a questa email.\n\n{payb}\n\nCordiali saluti,\n{me}")
        elif step == "thank_you":
            po = kw.get("paid_on")
            pa = m(kw["paid_amount"]) if kw.get("paid_amount") else amt
            body = (f"confermo di aver ricevuto il pagamento della fattura n. {n} ({pa}){' ' + art('il', dlong('it', po)) if po else ''}. "
                    f"Grazie!\n\nResto a disposizione per qualsiasi necessità.\n\nCordiali saluti,\n{me}")
        elif step == "statement":
            return statement_it(M, today, kw, sal, me)
        else:
            raise ValueError(step)
        return f"{sal}\n\n{body}"

    if lang == "es":
        if step == "reminder":
            body = (f"Revisando mis cuentas, veo que la factura n.º {n} de {amt}, vencida el {due}, sigue pendiente de pago. "
                    "Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.\n\n"
                    + fees_par() +
                    "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la "
                    "transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos "
                    f"aclararlo por esta misma vía.\n\n{payb}\n\nUn cordial saludo,\n{me}")
        elif step == "late_fee":
            days = (D(today) - D(inv["due"])).days
            body = (f"La factura n.º {n} de {amt} venció el {due}, hace {days} días, y sigue pendiente de pago.\n\n" + fees_par() +
                    f"Ruego que el pago de {total_due or amt} se realice a más tardar el {dl}. Si ya está en curso, muchas "
                    "gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la "
                    "factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n"
                    f"{payb}\n\nUn cordial saludo,\n{me}")
        elif step == "promise_followup":
            pd = kw.get("promise_date")
            first = (f"Según su último mensaje, el pago de la factura n.º {n} de {amt} se realizaría a más tardar el "
                     f"{dlong('es', pd)}; gracias de nuevo por la información." if pd else
                     f"Gracias de nuevo por la información sobre el pago de la factura n.º {n} de {amt}, vencida el {due}.")
            body = (first + "\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con "
                    "responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber "
                    f"para cuándo puedo contar con él.\n\n{payb}\n\nUn cordial saludo,\n{me}")
        elif step == "paid_claim_followup":
            cd, po = kw.get("claim_date"), kw.get("paid_on")
            body = (f"Muchas gracias por comunicarme{' el ' + dlong('es', cd) if cd else ''} que la factura n.º {n} de {amt} "
                    f"ya está pagada{' (transferencia ordenada el ' + dlong('es', po) + ')' if po else ''}.\n\n"
                    "Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos "
                    "días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería de "
                    "gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el justificante.\n\n"
                    "Para comprobarlo, estos son los datos bancarios correctos:\n"
                    f"- beneficiario: {o['pay']['beneficiary']}\n- IBAN: {o['pay']['iban']}\n- concepto: {ref}\n\n"
                    "Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es "
                    f"necesario hacer nada más. Gracias por su colaboración.\n\nUn cordial saludo,\n{me}")
        elif step == "final":
            who = f", emitida a nombre de {c['bill_name']} el {dlong('es', inv['issued'])}," if inv.get("issued") else ""
            body = (f"La factura n.º {n}{who} venció el {due} y, pese a los recordatorios enviados anteriormente, sigue "
                    f"pendiente de pago por un importe de {amt}.\n\n" + fees_par() +
                    "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de "
                    f"{total_due or amt} a más tardar el {dl}{', más los intereses de demora que se devenguen hasta la fecha del pago' if law else ''}.\n\n"
                    "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                    "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                    "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
                    "retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                    "responder a este correo.\n\n"
                    f"Si para el {dl} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a la "
                    "reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría "
                    "sinceramente evitarlo.\n\n"
                    "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en ese "
                    f"caso, basta una breve respuesta con la fecha de la transferencia.\n\n{payb}\n\nAtentamente,\n{me}")
            return f"Asunto: Requerimiento de pago de la factura n.º {n}\n\n{sal}\n\n{body}"
        elif step == "suspension":
            body = (f"Vuelvo a ponerme en contacto en relación con la factura n.º {n} de {amt}, vencida el {due} y todavía "
                    "pendiente de pago.\n\n" + fees_par() +
                    f"Si para el {dl} no se ha recibido el pago de {total_due or amt}, a partir del {dlong('es', kw['susp'])} "
                    "podría verme en la necesidad de suspender los trabajos en curso y la prestación de los servicios "
                    "contratados hasta que se regularice la situación. Si existe alguna dificultad (por ejemplo, si es "
                    "necesario fraccionar el pago), basta con responder a este correo y buscaremos una solución.\n\n"
                    f"{payb}\n\nUn cordial saludo,\n{me}")
        elif step == "thank_you":
            po = kw.get("paid_on")
            pa = m(kw["paid_amount"]) if kw.get("paid_amount") else amt
            body = (f"Confirmo que he recibido{' el ' + dlong('es', po) if po else ''} el pago de la factura n.º {n} ({pa}). "
                    f"¡Muchas gracias!\n\nQuedo a su disposición para cualquier otra cuestión.\n\nUn cordial saludo,\n{me}")
        elif step == "statement":
            return statement_es(M, today, kw, sal, me)
        else:
            raise ValueError(step)
        return f"{sal}\n\n{body}"

    # English
    signoff = "Kind regards,"
    if step == "reminder":
        body = (f"According to my records, invoice {n} for {amt}, due on {due}, has not yet been paid. It may simply have "
                "been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
                + fees_par() +
                "If you have already paid, thank you – please let me know the payment date so that I can update my "
                "records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
                f"{payb}\n\n{signoff}\n{me}")
    elif step == "late_fee":
        days = (D(today) - D(inv["due"])).days
        body = (f"Invoice {n} for {amt}, due on {due}, is now {days} days overdue.\n\n" + fees_par() +
                f"Please arrange payment{' of the total above' if law else ''} by {dl}. If payment is already on its way, "
                "thank you – please let me know the date it was made. If there is a problem with the invoice or with the "
                f"timing, please reply to this email and we can find a solution.\n\n{payb}\n\n{signoff}\n{me}")
    elif step == "promise_followup":
        pd = kw.get("promise_date")
        first = (f"Thank you for letting me know that invoice {n} for {amt} would be paid by {dlong('en', pd)}." if pd else
                 f"Thank you for your earlier message about invoice {n} for {amt}, which was due on {due}.")
        body = (first + "\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let me "
                "know the date it was made. If you need a little more time, could you let me know when I can expect it?"
                f"\n\n{payb}\n\n{signoff}\n{me}")
    elif step == "paid_claim_followup":
        cd, po = kw.get("claim_date"), kw.get("paid_on")
        bank = ""
        if o["pay"].get("iban"):
            bank = ("For reference, my bank details are:\n"
                    f"- Account name: {o['pay']['beneficiary']}\n- IBAN: {o['pay']['iban']}\n"
                    + (f"- BIC (SWIFT): {o['pay']['bic']}\n" if o['pay'].get('bic') else "")
                    + f"- Payment reference: {ref}\n\n")
        body = (f"Thank you for letting me know{' on ' + dlong('en', cd) if cd else ''} that invoice {n} for {amt} has been "
                f"paid{' (by a transfer made on ' + dlong('en', po) + ')' if po else ''}.\n\n"
                "However, the payment has not reached my account yet. Bank transfers sometimes take a few extra days, and "
                "occasionally a payment is sent to out-of-date bank details. To help me trace it, could you please send me "
                "the date and reference of the transfer, or a copy of the payment confirmation?\n\n" + bank +
                "If the transfer was made only in the last day or two, it is probably still on its way, and there is no "
                f"need to do anything further. Thank you for your help.\n\n{signoff}\n{me}")
    elif step == "final":
        dear = sal if c.get("kind") == "person" else "Dear Sir or Madam,"
        so = "Yours sincerely," if c.get("kind") == "person" else "Yours faithfully,"
        head = ["Final notice before debt recovery", ""]
        if c.get("bill_name"):
            head.append(f"To: {c['bill_name']}")
        head.append(f"Date: {dlong('en', today)}")
        head.append(f"Invoice: {n}" + (f", issued on {dlong('en', inv['issued'])}" if inv.get("issued") else "") + f", due on {due}")
        head.append(f"Amount due: {total_due} (as at {dlong('en', today)}; details below)" if law else f"Amount due: {amt}")
        head.append(f"Payment deadline: {dl}")
        body = (f"Despite my previous reminders, invoice {n} for {amt}, which was due for payment on {due}, remains unpaid.\n\n"
                + fees_par() +
                f"I therefore formally request payment of {'the total above' if law else amt} by {dl}.\n\n"
                "If payment is not received by that date, I intend to take steps to recover the debt. These may include "
                "referring the matter to a debt collection agency or a solicitor and, if necessary, starting court "
                "proceedings" + (", in which I would also claim the interest accrued and my reasonable costs of recovery, "
                                 "as the law allows" if law in ("IE", "GB") else "") + ".\n\n"
                "I would much rather resolve this with you directly. If there is a reason for the delay, or if you would "
                f"like to propose a payment plan, please reply to this email before {dl}.\n\n"
                "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would "
                "help if you could let me know the payment date so that I can update my records.\n\n"
                f"{payb}\n\n{so}\n{me}")
        return "\n".join(head) + f"\n\n{dear}\n\n{body}"
    elif step == "suspension":
        body = (f"I am writing again about invoice {n} for {amt}, which was due on {due} and remains unpaid.\n\n" + fees_par() +
                f"If payment{' of the total above' if law else ''} is not received by {dl}, I may have to suspend work in "
                f"progress and any services I provide to you from {dlong('en', kw['susp'])} until the account is settled. "
                "If something is making payment difficult – for example, if you need to pay in instalments – please reply "
                f"to this email and we can agree a solution.\n\n{payb}\n\n{signoff}\n{me}")
    elif step == "thank_you":
        po = kw.get("paid_on")
        pa = m(kw["paid_amount"]) if kw.get("paid_amount") else amt
        body = (f"Thank you for your payment of {pa} for invoice {n}{', which I received on ' + dlong('en', po) if po else ''}.\n\n"
                f"If there is anything else I can do for you, just let me know.\n\n{signoff}\n{me}")
    elif step == "statement":
        return statement_en(M, today, kw, sal, me)
    else:
        raise ValueError(step)
    return f"{sal}\n\n{body}"


def _stmt_items(M, today, kw):
    lang, cur = M["lang"], M.get("cur", "EUR")
    out = []
    for i in kw["invoices"]:
        late = (D(today) - D(i["due"])).days
        out.append((i, late))
    return out


def statement_it(M, today, kw, sal, me):
    cur, law = M.get("cur", "EUR"), M.get("law")
    m = lambda v: money(cur, v, "it")
    items = _stmt_items(M, today, kw)
    lines = []
    for i, late in items:
        iss = f" {art('del', dlong('it', i['issued']))}" if i.get("issued") else ""
        when = (f"scaduta {art('il', dlong('it', i['due']))} ({late} giorn{'o' if late == 1 else 'i'} di ritardo)" if late > 0
                else "in scadenza oggi" if late == 0 else f"in scadenza {art('il', dlong('it', i['due']))}")
        lines.append(f"- n. {i['num']}{iss}, {when}: {m(i['amount'])}")
    total = sum(Decimal(i["amount"]) for i, _ in items)
    fees = ""
    if law:
        fees = ("\nTrattandosi di transazioni commerciali, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): senza che "
                "sia necessaria la costituzione in mora, sulle fatture scadute decorrono dal giorno successivo alla scadenza "
                "gli interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
                "percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario a titolo di risarcimento dei "
                "costi di recupero previsto dall'art. 6. Il dettaglio ad oggi:\n")
        total = Decimal(0)
        for i, late in items:
            if late > 0:
                fl, f = fee_lines("it", cur, i, law, today)
                fees += "\n" + fl[0] + "\n" + "\n".join("  " + x for x in fl[1:]) + "\n"
                total += f["total"]
            else:
                total += Decimal(i["amount"])
    tot = f"\nTotale {'dovuto ad oggi' if law else 'da pagare'}: {m(total)}\n"
    all_over = all(l > 0 for _, l in items)
    ask = (f"Chiedo cortesemente di provvedere al pagamento{'' if all_over else ' delle fatture scadute'} entro "
           f"{art('il', dlong('it', kw['deadline']))}. Se alcune di queste fatture sono già state pagate, basta rispondere "
           "indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema con una fattura, "
           "possiamo trovare insieme una soluzione: basta rispondere a questa email.")
    payb = "Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate."
    if OWNERS[M["owner"]]["pay"].get("iban"):
        payb = payment_block("it", OWNERS[M["owner"]], "fatture " + ", ".join(i["num"] for i, _ in items))
    return (f"{sal}\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n" + "\n".join(lines) + "\n"
            + fees + tot + "\n" + ask + f"\n\n{payb}\n\nCordiali saluti,\n{me}")


def statement_es(M, today, kw, sal, me):
    cur, law = M.get("cur", "EUR"), M.get("law")
    m = lambda v: money(cur, v, "es")
    items = _stmt_items(M, today, kw)
    lines = []
    for i, late in items:
        iss = f", del {dlong('es', i['issued'])}" if i.get("issued") else ""
        when = (f"vencida el {dlong('es', i['due'])} ({late} día{'' if late == 1 else 's'} de retraso)" if late > 0
                else "vence hoy" if late == 0 else f"vence el {dlong('es', i['due'])}")
        lines.append(f"- n.º {i['num']}{iss}, {when}: {m(i['amount'])}")
    total = sum(Decimal(i["amount"]) for i, _ in items)
    fees = ""
    if law:
        fees = ("\nAl tratarse de operaciones comerciales, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que se "
                "establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE): las "
                "facturas vencidas devengan automáticamente, desde el día siguiente a su vencimiento, intereses de demora al "
                "tipo legal, actualmente el 10,15 % anual (tipo del Banco Central Europeo más ocho puntos porcentuales; arts. "
                "5 y 7), y se añade, por cada factura vencida, la cantidad fija en concepto de indemnización por costes de "
                "cobro (art. 8). El detalle a día de hoy:\n")
        total = Decimal(0)
        for i, late in items:
            if late > 0:
                fl, f = fee_lines("es", cur, i, law, today)
                fees += "\n" + fl[0] + "\n" + "\n".join("  " + x for x in fl[1:]) + "\n"
                total += f["total"]
            else:
                total += Decimal(i["amount"])
    tot = f"\nTotal {'adeudado a día de hoy' if law else 'a pagar'}: {m(total)}\n"
    all_over = all(l > 0 for _, l in items)
    ask = (f"Ruego que el pago de {'estas facturas' if all_over else 'las facturas vencidas'} se realice a más tardar el "
           f"{dlong('es', kw['deadline'])}{'' if all_over else ', y el de las demás en su vencimiento'}. Si alguna de ellas ya "
           "está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la transferencia, para que pueda "
           "actualizar mis registros. Si hay algún problema con alguna factura, podemos aclararlo por esta misma vía.")
    payb = payment_block("es", OWNERS[M["owner"]], "facturas " + ", ".join(i["num"] for i, _ in items))
    return (f"{sal}\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n"
            + "\n".join(lines) + "\n" + fees + tot + "\n" + ask + f"\n\n{payb}\n\nUn cordial saludo,\n{me}")


def statement_en(M, today, kw, sal, me):
    cur, law = M.get("cur", "EUR"), M.get("law")
    m = lambda v: money(cur, v, "en")
    items = _stmt_items(M, today, kw)
    lines = []
    for i, late in items:
        iss = f", issued on {dlong('en', i['issued'])}" if i.get("issued") else ""
        when = (f"due on {dlong('en', i['due'])} ({late} day{'' if late == 1 else 's'} overdue)" if late > 0
                else "due today" if late == 0 else f"due on {dlong('en', i['due'])}")
        lines.append(f"- {i['num']}{iss}, {when}: {m(i['amount'])}")
    total = sum(Decimal(i["amount"]) for i, _ in items)
    fees = ""
    if law in ("IE", "GB"):
        if law == "IE":
            fees = ("\nAs these are commercial transactions, the European Communities (Late Payment in Commercial "
                    "Transactions) Regulations 2012 apply to the overdue invoices: late payment interest runs from the day "
                    "after each due date at the European Central Bank's main refinancing rate plus 8 percentage points, and "
                    "compensation for recovery costs is due per invoice (Regulation 9). The details as at "
                    f"{dlong('en', today)} (interest continues to run until payment):\n")
        else:
            fees = ("\nAs these are contracts between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
                    "applies to the overdue invoices: statutory interest runs from the day after each due date at 8% over "
                    "the Bank of England base rate in force when it fell due, and a fixed sum per invoice is due for the "
                    f"costs of recovering the debt (section 5A). The details as at {dlong('en', today)} (interest continues "
                    "to run until payment):\n")
        total = Decimal(0)
        for i, late in items:
            if late > 0:
                fl, f = fee_lines("en", cur, i, law, today)
                fees += "\n" + fl[0] + "\n" + "\n".join("  " + x for x in fl[1:]) + "\n"
                total += f["total"]
            else:
                total += Decimal(i["amount"])
    tot = f"\nTotal due{' as at ' + dlong('en', today) if law else ''}: {m(total)}\n"
    ask = (f"Please arrange payment by {dlong('en', kw['deadline'])}. If some of these invoices have already been paid, "
           "thank you – please let me know which ones and the payment dates, so that I can update my records. If there is "
           "a problem with any of them, please reply to this email and we can sort it out.")
    o = OWNERS[M["owner"]]
    payb = (payment_block("en", o, ", ".join(i["num"] for i, _ in items)) if o["pay"].get("iban")
            else "The payment details are on the invoices, in the emails they were sent with.")
    return (f"{sal}\n\nAccording to my records, the following invoices are still outstanding:\n\n" + "\n".join(lines)
            + "\n" + fees + tot + "\n" + ask + f"\n\n{payb}\n\nKind regards,\n{me}")


# ---------------------------------------------------------------------------------------------
# quoting of earlier turns
# ---------------------------------------------------------------------------------------------

EN_MS = [x[:3] for x in EN_M]
EN_DS = [x[:3] for x in EN_D]


def parse_local(s, tz):
    return dt.datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


def attribution(style, lang, p, when):
    d, hm = when, when.strftime("%H:%M")
    wd, mo = d.weekday(), d.month - 1
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {IT_DS[wd]} {d.day} {IT_MS[mo]} {d.year} alle ore {hm} {p.name} <{p.addr}> ha scritto:"
        if lang == "es":
            return f"El {ES_DS[wd]}, {d.day} {ES_MS[mo]} {d.year} a las {d.hour}:{d.minute:02d}, {p.name} (<{p.addr}>) escribió:"
        return f"On {EN_DS[wd]}, {d.day} {EN_MS[mo]} {d.year} at {hm}, {p.name} <{p.addr}> wrote:"
    if style == "gmailus":
        h12 = d.strftime("%I:%M %p").lstrip("0")
        return f"On {EN_DS[wd]}, {EN_MS[mo]} {d.day}, {d.year} at {h12} {p.name} <{p.addr}> wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {d.day} {IT_MS[mo]} {d.year}, alle ore {hm}, {p.name} <{p.addr}> ha scritto:"
        if lang == "es":
            return f"El {d.day} {ES_MS[mo]} {d.year}, a las {d.hour}:{d.minute:02d}, {p.name} <{p.addr}> escribió:"
        return f"On {d.day} {EN_MS[mo]} {d.year}, at {hm}, {p.name} <{p.addr}> wrote:"
    if style == "thunderbird":
        if lang == "it":
            return f"Il {d:%d/%m/%Y} {hm}, {p.name} ha scritto:"
        if lang == "es":
            return f"El {d.day}/{d.month}/{d:%y} a las {d.hour}:{d.minute:02d}, {p.name} escribió:"
        return f"On {d:%d/%m/%Y} {hm}, {p.name} wrote:"
    raise ValueError(style)


def outlook_header(lang, p, to, when, subj, orig=False):
    d, wd, mo = when, when.weekday(), when.month - 1
    if lang == "it":
        h = [f"Da: {p.name} <{p.addr}>", f"Inviato: {IT_D[wd]} {d.day} {IT_M[mo]} {d.year} {d:%H:%M}",
             f"A: {to.name} <{to.addr}>", f"Oggetto: {subj}"]
        sep = "-----Messaggio originale-----" if orig else "________________________________"
    elif lang == "es":
        h = [f"De: {p.name} <{p.addr}>", f"Enviado: {ES_D[wd]}, {d.day} de {ES_M[mo]} de {d.year} {d.hour}:{d.minute:02d}",
             f"Para: {to.name} <{to.addr}>", f"Asunto: {subj}"]
        sep = "-----Mensaje original-----" if orig else "________________________________"
    else:
        ampm = d.strftime("%I:%M %p").lstrip("0")
        h = [f"From: {p.name} <{p.addr}>", f"Sent: {EN_D[wd]}, {EN_M[mo]} {d.day}, {d.year} {ampm}",
             f"To: {to.name} <{to.addr}>", f"Subject: {subj}"]
        sep = "-----Original Message-----" if orig else "________________________________"
    return sep, h


def prefix(s, mark="> "):
    return "\n".join((mark + ln) if ln else mark.rstrip() for ln in s.split("\n"))


class Ctx:
    """Resolved history for one message."""

    def __init__(self, M):
        self.M = M
        o = OWNERS[M["owner"]]
        self.owner_p = o["p"]
        self.owner_tz = o["tz"]
        c = M["client"]
        self.client_p = P(c["name"], c["addr"])
        self.turns = []
        for t in M.get("hist", []):
            if t.who == "owner":
                p, to, tz = self.owner_p, self.client_p, self.owner_tz
            elif t.who == "client":
                p, to, tz = (t.sender or self.client_p), self.owner_p, M["tz"]
            else:
                p, to, tz = t.who, self.owner_p, M["tz"]
            when = parse_local(t.date, tz)
            self.turns.append(dict(p=p, to=to, when=when, text=t.text(M), qp=t.quotes_prev, src=t))


def nested_plain(style, lang, turns):
    last = turns[-1]
    s = last["text"]
    if last["qp"] and len(turns) > 1:
        s += "\n\n" + attribution(style, lang, turns[-2]["p"], turns[-2]["when"]) + "\n" + prefix(nested_plain(style, lang, turns[:-1]))
    return s


def chain(turns):
    """The turns an Outlook-style reply carries: the last one, and the ones each carried in turn."""
    out = [turns[-1]]
    i = len(turns) - 1
    while turns[i]["qp"] and i > 0:
        i -= 1
        out.append(turns[i])
    return out


def quote_plain(style, M, cx):
    turns, lang = cx.turns, M["lang"]
    if not turns or style == "none":
        return ""
    if style in ("gmail", "gmailus", "apple", "thunderbird"):
        last = turns[-1]
        return attribution(style, lang, last["p"], last["when"]) + "\n" + prefix(nested_plain(style, lang, turns))
    if style in ("outlook", "outlook_orig"):
        blocks = []
        for t in chain(turns):
            sep, h = outlook_header(lang, t["p"], t["to"], t["when"], subj_of(M, t), orig=(style == "outlook_orig"))
            blocks.append(sep + "\n" + "\n".join(h) + "\n\n" + t["text"])
        return "\n\n".join(blocks)
    raise ValueError(style)


def subj_of(M, t):
    base = M.get("base") or OWNERS[M["owner"]]["sub"].format(n=M["inv"]["num"])
    if t["src"].__dict__.get("subj"):
        return t["src"].subj
    if t["p"] is not None and t["p"].addr == OWNERS[M["owner"]]["p"].addr:
        return "Re: " + base
    return {"it": "R: ", "es": "RE: ", "en": "RE: "}[M["lang"]] + base


def text_to_html(s):
    paras = re.split(r"\n\s*\n", s.strip("\n"))
    return "\n".join("<div>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</div><div><br></div>" for p in paras)


def nested_html_gmail(lang, turns):
    last = turns[-1]
    s = text_to_html(last["text"])
    if last["qp"] and len(turns) > 1:
        prev = turns[-2]
        s += ('\n<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
              + html.escape(attribution("gmail", lang, prev["p"], prev["when"])) + '<br></div>\n'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
              + nested_html_gmail(lang, turns[:-1]) + "\n</blockquote></div>")
    return s


def html_gmail(M, cx, new_text):
    lang = M["lang"]
    out = '<div dir="ltr">' + text_to_html(new_text) + "</div>"
    if cx.turns and M.get("style", "gmail") != "none":
        last = cx.turns[-1]
        out += ('\n<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + html.escape(attribution("gmail", lang, last["p"], last["when"])) + '<br></div>\n'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                + nested_html_gmail(lang, cx.turns) + "\n</blockquote></div>")
    return out + "\n"


def mso(s):
    paras = re.split(r"\n\s*\n", s.strip("\n"))
    out = []
    for p in paras:
        for l in p.split("\n"):
            out.append(f'<p class="MsoNormal">{html.escape(l) or "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def html_outlook(M, cx, new_text, charset):
    lang = M["lang"]
    lab = {"it": ("Da:", "Inviato:", "A:", "Oggetto:"), "es": ("De:", "Enviado:", "Para:", "Asunto:"),
           "en": ("From:", "Sent:", "To:", "Subject:")}[lang]
    body = [mso(new_text)]
    if cx.turns and M.get("style") != "none":
        for t in chain(cx.turns):
            _, h = outlook_header(lang, t["p"], t["to"], t["when"], subj_of(M, t))
            vals = [x.split(": ", 1)[1] for x in h]
            hdr = "<br>\n".join(f"<b>{lab[i]}</b> {html.escape(vals[i])}" for i in range(4))
            body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                        f'<p class="MsoNormal"><b><span lang="{lang.upper()}">{hdr}</span></b><o:p></o:p></p>\n</div>\n'
                        + mso(t["text"]))
    lang_attr = {"it": "IT", "es": "ES", "en": "EN-GB"}[lang]
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n'
            '\ttext-decoration:underline;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 2.0cm 2.0cm 2.0cm;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            f'<body lang="{lang_attr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + "\n".join(body) + "\n</div>\n</body>\n</html>\n")


def html_apple(M, cx, new_text):
    lang = M["lang"]
    out = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body dir="auto">' + text_to_html(new_text))
    if cx.turns:
        last = cx.turns[-1]
        out += ('<div dir="ltr"><br><blockquote type="cite">' + html.escape(attribution("apple", lang, last["p"], last["when"]))
                + '<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
                + text_to_html(nested_plain("apple", lang, cx.turns)) + "</div></blockquote>")
    return out + "</body></html>\n"

# ---------------------------------------------------------------------------------------------
# MIME plumbing
# ---------------------------------------------------------------------------------------------

PY_CS = {"utf-8": "utf-8", "iso-8859-1": "cp1252", "windows-1252": "cp1252", "us-ascii": "ascii", "iso-8859-15": "iso-8859-15"}


def enc_body(text, charset, cte):
    raw = text.replace("\r\n", "\n").encode(PY_CS[charset])
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii").replace("\n", "\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False).decode("ascii").replace("\n", "\r\n")
    if cte in ("7bit", "8bit"):
        return raw.decode(PY_CS[charset]).replace("\n", "\r\n")
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, extra=""):
    cs = {"iso-8859-1": "iso-8859-1", "windows-1252": "Windows-1252"}.get(charset, charset)
    hdr = f"Content-Type: {ctype}; charset=\"{cs}\"{extra}\r\nContent-Transfer-Encoding: {cte}\r\n"
    return hdr, enc_body(text, charset, cte)


def part(hdr, body):
    return hdr + "\r\n" + body


def multipart(subtype, parts, boundary, extra=""):
    hdr = f"Content-Type: multipart/{subtype};{extra}\r\n\tboundary=\"{boundary}\"\r\n"
    b = "".join(f"--{boundary}\r\n{p}\r\n" for p in parts) + f"--{boundary}--\r\n"
    return hdr, b


def attachment(ctype, filename, data, inline=False):
    disp = "inline" if inline else "attachment"
    hdr = (f"Content-Type: {ctype}; name=\"{filename}\"\r\nContent-Disposition: {disp}; filename=\"{filename}\"\r\n"
           f"Content-Transfer-Encoding: base64\r\n")
    if inline:
        hdr += f"Content-ID: <{hashlib.md5(filename.encode()).hexdigest()[:12]}@local>\r\n"
    return part(hdr, base64.encodebytes(data).decode("ascii").replace("\n", "\r\n"))


def fake_pdf(title, lines):
    txt = " ".join(lines).replace("(", "[").replace(")", "]")
    content = f"BT /F1 11 Tf 50 780 Td ({title}) Tj 0 -18 Td ({txt[:180]}) Tj ET".encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def fake_png(seed):
    import struct
    import zlib
    w, h = 16, 10
    rows = b"".join(b"\x00" + bytes(((seed * 37 + x * 11 + y * 5) % 256) for x in range(w * 3)) for y in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def hdr_addr(p, charset):
    cs = "utf-8" if charset == "utf-8" else "iso-8859-1"
    try:
        p.name.encode("ascii")
        return email.utils.formataddr((p.name, p.addr))
    except UnicodeEncodeError:
        return email.utils.formataddr((p.name, p.addr), charset=cs)


def hdr_text(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        cs = "utf-8" if charset == "utf-8" else "iso-8859-1"
        return Header(s, cs).encode(maxlinelen=76, linesep="\r\n")


def msgid(style, key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    b = base64.b64encode(hashlib.sha256(key.encode()).digest()).decode()[:30].replace("/", "x").replace("+", "Z")
    if style == "gmail":
        return f"<CA{b}@mail.gmail.com>"
    if style == "outlook":
        return f"<DB9PR{h[:2].upper()}MB{h[2:6].upper()}{h[6:18].upper()}@DB9PR{h[:2].upper()}MB{h[2:6].upper()}.eurprd0{int(h[18], 16) % 9 + 1}.prod.outlook.com>"
    if style == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>"
    return f"<{h[:16]}.{h[16:24]}@{domain}>"


MAILERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", None)],
    "outlook_orig": [("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", None)],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22C152)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "gmail": [],
    "gmailus": [],
    "none": [],
}


def build(idx, M):
    cx = Ctx(M)
    lang = M["lang"]
    o = OWNERS[M["owner"]]
    style = M.get("style", "gmail")
    mailer = M.get("mailer") or ("iphone" if style == "apple" and M.get("iphone") else style)
    charset = M.get("charset", "utf-8")
    frm = M.get("frm") or cx.client_p
    when = parse_local(M["date"], M["tz"])
    base = M.get("base") or o["sub"].format(n=M["inv"]["num"])
    subj = M.get("subj") or ({"it": "Re: ", "es": "Re: ", "en": "Re: "}[lang] + base)
    new = M["body"].strip("\n")
    for k, v in (M.get("subst") or {}).items():
        new = new.replace("[[" + k + "]]", v)
    q = quote_plain(style, M, cx)
    plain = new + ("\n\n" + q if q else "") + "\n"
    if M.get("below"):               # bottom-posting: the quote first, then the new text
        plain = q + "\n\n" + new + "\n"
    cte = M.get("cte")
    if not cte:
        try:
            plain.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    hmode = M.get("html")
    if hmode:
        if M.get("html_body"):
            h = M["html_body"]
        elif hmode.startswith("outlook"):
            h = html_outlook(M, cx, new, charset)
        elif hmode.startswith("apple"):
            h = html_apple(M, cx, new)
        else:
            h = html_gmail(M, cx, new)
        hcte = M.get("html_cte") or ("base64" if hmode.endswith("b64") else "quoted-printable")
        hpart = part(*leaf("text/html", h, charset, hcte))
        if "only" in hmode:
            top_hdr, top_body = leaf("text/html", h, charset, hcte)
        else:
            tpart = part(*leaf("text/plain", plain, charset, cte))
            top_hdr, top_body = multipart("alternative", [tpart, hpart], f"000000000000{hashlib.md5(str(idx).encode()).hexdigest()[:16]}")
    else:
        extra = "; format=flowed" if M.get("flowed") else ""
        top_hdr, top_body = leaf("text/plain", plain, charset, cte, extra)
    if M.get("att"):
        inner = part(top_hdr, top_body)
        parts = [inner]
        for a in M["att"]:
            parts.append(attachment(*a))
        top_hdr, top_body = multipart("mixed", parts, f"----=_NextPart_{idx:03d}_{hashlib.md5(base.encode()).hexdigest()[:8]}")

    dom = frm.addr.split("@")[1]
    mstyle = {"outlook": "outlook", "outlook_orig": "outlook", "gmail": "gmail", "gmailus": "gmail", "apple": "apple"}.get(style, "x")
    if M.get("msgid_style"):
        mstyle = M["msgid_style"]
    refs = []
    for i, t in enumerate(cx.turns):
        d = t["p"].addr.split("@")[1]
        st = "x" if t["p"].addr == o["p"].addr else mstyle
        refs.append(msgid(st, f"{PREFIX}-{idx}-{i}-{t['when'].isoformat()}", d))
    h = []
    h.append(("Return-Path", f"<{frm.addr}>"))
    h.append(("Date", email.utils.format_datetime(when)))
    h.append(("From", hdr_addr(frm, charset)))
    to = M.get("to") or [o["p"]]
    h.append(("To", ", ".join(hdr_addr(p, charset) for p in to)))
    if M.get("cc"):
        h.append(("Cc", ", ".join(hdr_addr(p, charset) for p in M["cc"])))
    h.append(("Subject", hdr_text(subj, charset)))
    h.append(("Message-ID", msgid(mstyle, f"{PREFIX}-{idx}-new", dom)))
    if refs and not M.get("no_refs"):
        h.append(("In-Reply-To", refs[-1]))
        h.append(("References", "\r\n ".join(refs[-6:])))
    if style.startswith("outlook") and refs:
        h.append(("Thread-Topic", hdr_text(re.sub(r"^((re|r|rv|aw|rif|fw|fwd|i)\s*:\s*)+", "", subj, flags=re.I), charset)))
        h.append(("Thread-Index", base64.b64encode(hashlib.md5(base.encode()).digest() + bytes([len(refs)] * 6)).decode()))
    for k, v in MAILERS.get(mailer, []):
        if k == "Content-Language":
            v = {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang]
        h.append((k, v))
    for k, v in M.get("headers", []):
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\r\n" for k, v in h)
    raw = head + top_hdr + "\r\n" + top_body
    if cte == "8bit" or M.get("html_cte") == "8bit":
        return raw.encode(PY_CS[charset])
    return raw.encode("ascii")


# ---------------------------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------------------------

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def write_labels(items):
    out = ["# round7-threads: later messages in dunning threads. Generated by make.py.", ""]
    for name, M in items:
        lab = M["label"]
        out.append(f'[files."{name}"]')
        out.append(f"kind = {toml_str(lab['kind'])}")
        out.append(f"language = {toml_str(M['lang'])}")
        out.append('split = "dev"')
        for k in ("amount", "currency", "reference", "promised_date", "return_date"):
            if lab.get(k):
                out.append(f"{k} = {toml_str(lab[k])}")
        out.append(f"note = {toml_str(lab['note'])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


MSGS = []


def add(**M):
    MSGS.append(M)


def cl(name, addr, bill=None, kind="company", **kw):
    return dict(name=name, addr=addr, bill_name=bill if bill is not None else name, kind=kind, **kw)


def inv(num, amount, due, issued=None):
    return dict(num=num, amount=amount, due=due, issued=issued)


def C(date, text, **kw):
    return Said("client", date, text, **kw)


def O(date, text, **kw):
    return Said("owner", date, text, **kw)


def L(step, date, **kw):
    return Letter(step, date, **kw)


def lab(kind, note, **kw):
    return dict(kind=kind, note=note, **kw)


# =============================================================================================
# ITALIANO
# =============================================================================================

BIANCHI = cl("Marco Bianchi", "m.bianchi@studiobianchi.it", "Studio Bianchi srl")

# 1 promised friday -> now paid (gmail, full nested history)
add(lang="it", owner="alessandra", client=BIANCHI, inv=inv("12/2026", "1220.00", "2026-11-15", "2026-10-16"),
    date="2026-12-02 09:12", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-11-20 09:00"),
          C("2026-11-23 17:41", """Buongiorno Alessandra,
mi scuso, la fattura era finita in un giro di approvazioni. La mettiamo in pagamento venerdì 27.

Cordiali saluti
Marco Bianchi
Studio Bianchi srl"""),
          L("promise_followup", "2026-12-01 09:00", promise_date="2026-11-27")],
    body="""Buongiorno Alessandra,

ha ragione, scusi ancora. Il bonifico è partito stamattina (non venerdì come le avevo detto, la banca ce l'ha bloccato per un controllo di firma). Le giro la contabile appena è disponibile in home banking.

Cordiali saluti
Marco Bianchi
Studio Bianchi srl
Via Irnerio 18, 40126 Bologna
tel. 051 234 5678""",
    label=lab("client-reply-paid", "Promise in quoted history (venerdì 27); new text says transfer left this morning. Contains 'non venerdì' and 'le giro la contabile' (future) but the payment itself is done."))

# 2 one-liner from iPhone after promise follow-up
add(lang="it", owner="alessandra", client=cl("Luca Ferrante", "luca.ferrante82@gmail.com", kind="person"),
    inv=inv("14/2026", "380.00", "2026-11-30", "2026-10-31"),
    date="2026-12-10 22:47", tz="Europe/Rome", style="apple", iphone=True,
    hist=[L("reminder", "2026-12-03 09:00"),
          C("2026-12-03 13:02", """Scusa me ne ero dimenticato, lo faccio questo weekend

Inviato da iPhone"""),
          L("promise_followup", "2026-12-10 09:00")],
    body="""fatto ieri sera 👍

Inviato da iPhone""",
    label=lab("client-reply-paid", "Two-word reply 'fatto ieri sera' after a promise follow-up; the quoted earlier message is a promise ('lo faccio questo weekend')."))

# 3 claimed paid, now admits waiting for second signatory -> goes tomorrow
add(lang="it", owner="alessandra", client=cl("Paola Neri", "amministrazione@tipografianeri.it", "Tipografia Neri snc"),
    inv=inv("17/2026", "915.00", "2026-11-30", "2026-11-02"),
    date="2026-12-15 11:26", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-04 09:00"),
          C("2026-12-04 10:15", """Buongiorno, pagata giovedì scorso. Saluti, Paola Neri"""),
          L("paid_claim_followup", "2026-12-14 09:00", claim_date="2026-12-04")],
    body="""Buongiorno Alessandra,

ho controllato meglio e ha ragione lei, mi scuso. Il bonifico l'avevo preparato io ma su questo conto serve la doppia firma e mio fratello è fuori per lavoro, quindi è rimasto lì "in attesa di autorizzazione" e io non me ne ero accorta. Rientra stasera: domattina lo autorizza e parte domani.

Mi scusi ancora
Paola Neri
Tipografia Neri snc""",
    label=lab("client-reply-promise", "Earlier paid claim (quoted) turns out wrong: transfer only prepared, waiting for the second signature; authorised tomorrow morning and 'parte domani'. Not paid yet -> promise for tomorrow.",
              promised_date="2026-12-16"))

# 4 "era partito solo l'ordine" (Outlook, flat history)
add(lang="it", owner="chiara", client=cl("Roberta Sala", "r.sala@gruppo-orvieto.it", "Orvieto Impianti S.p.A."),
    inv=inv("31/2026", "2440.00", "2026-11-30", "2026-10-30"),
    date="2026-12-16 16:05", tz="Europe/Rome", style="outlook", subj="R: Esposito Traduzioni - fattura n. 31/2026",
    hist=[L("reminder", "2026-12-03 09:00"),
          C("2026-12-04 09:33", """Buongiorno,
ci risulta pagata il 2 dicembre.
Cordiali saluti
Roberta Sala
Ufficio Contabilità Fornitori"""),
          L("paid_claim_followup", "2026-12-15 09:00", claim_date="2026-12-04", paid_on="2026-12-02")],
    body="""Buongiorno Dott.ssa Esposito,

mi scuso per il disguido: verificando con la nostra tesoreria è emerso che il 2 dicembre era stato inserito solo l'ordine di pagamento, che però non è mai stato confermato in remote banking. Provvediamo entro venerdì.

Cordiali saluti

Roberta Sala
Ufficio Contabilità Fornitori
Orvieto Impianti S.p.A.
Via dei Tigli 4 – 05018 Orvieto (TR)

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Ai sensi del Regolamento UE 2016/679 (GDPR), qualora il messaggio Le fosse pervenuto per errore, La preghiamo di eliminarlo e di darcene notizia.""",
    label=lab("client-reply-promise", "Paid claim in the Outlook history ('ci risulta pagata il 2 dicembre'); now: only the order was entered, never confirmed; will pay 'entro venerdì' (Date is Wednesday 16/12).",
              promised_date="2026-12-18"))

# 5 late-fee notice: interest and 40 euro contested (agreed 60 days end of month)
add(lang="it", owner="alessandra", client=cl("Giorgio Lupo", "giorgio@agenzialumen.it", "Agenzia Lumen srl"),
    inv=inv("15/2026", "1830.00", "2026-11-15", "2026-10-16"), law="IT",
    date="2026-12-11 10:40", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-11-23 09:00"),
          C("2026-11-24 12:10", """Ciao Ale, la giro all'amministrazione. Giorgio"""),
          L("late_fee", "2026-12-10 09:00", deadline="2026-12-20")],
    body="""Ciao Alessandra,

la fattura la paghiamo senz'altro, ma interessi e 40 euro non li riconosciamo. Quando abbiamo fatto il preventivo ci eravamo detti a voce 60 giorni data fattura fine mese, come per tutti i nostri fornitori: quindi per noi la 15/2026 scade il 31 dicembre, non il 15 novembre. Ti chiedo di togliere la parte di interessi e di mandarci un conteggio corretto.

Non è una questione di soldi, è che così non me la fanno passare in amministrazione.

Giorgio

--
Giorgio Lupo | Art Director
Agenzia Lumen srl""",
    label=lab("client-reply-dispute", "After the late-fee notice: will pay the invoice but contests interest and the 40 euro (claims agreed 60 days EOM). 'la paghiamo senz'altro' is not a dated promise; dispute wins.",
              reference="15/2026"))

# 6 paid invoice amount, refuses late fee (Outlook HTML)
add(lang="it", owner="alessandra", client=cl("Ufficio Amministrazione", "amministrazione@ceramichevalli.it", "Ceramiche Valli srl"),
    inv=inv("19/2026", "1220.00", "2026-11-20", "2026-10-21"), law="IT",
    date="2026-12-18 12:02", tz="Europe/Rome", style="outlook", html="outlook", charset="iso-8859-1", subj="R: Fattura n. 19/2026 - Alessandra Rossi",
    hist=[L("reminder", "2026-11-27 09:00"),
          L("late_fee", "2026-12-14 09:00", deadline="2026-12-24", quotes_prev=False)],
    body="""Gentile Sig.ra Rossi,

con la presente comunichiamo di aver disposto in data odierna il bonifico di € 1.220,00 a saldo della fattura n. 19/2026.

Gli interessi di mora e l'importo forfettario di € 40,00 non verranno corrisposti: il ritardo è dovuto esclusivamente al fatto che la fattura elettronica ci è stata recapitata dal Sistema di Interscambio soltanto il 20 novembre, giorno stesso della scadenza indicata.

Distinti saluti

Ufficio Amministrazione
Ceramiche Valli srl
Via Emilia Ovest 212 – 41123 Modena""",
    label=lab("client-reply-dispute", "Pays the invoice amount today but refuses interest and the 40 euro compensation -> dispute (not paid). iso-8859-1 Outlook HTML.",
              amount="1220.00", reference="19/2026"))

# 7 thanks after thank-you letter
add(lang="it", owner="alessandra", client=BIANCHI, inv=inv("21/2026", "640.00", "2026-12-15", "2026-11-15"),
    date="2026-12-21 15:33", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-18 09:00"),
          C("2026-12-18 10:02", """Buongiorno, il bonifico è partito ieri, valuta oggi. Saluti, Marco Bianchi"""),
          L("thank_you", "2026-12-21 09:00", paid_on="2026-12-19")],
    body="""Grazie a lei Alessandra!
Ci sentiamo a gennaio per il catalogo primavera, le mando i testi appena li ho.

Buone feste
Marco""",
    label=lab("client-reply-other", "Reply to the 'payment received' letter: just thanks and talk about future work. Quoted history contains 'il bonifico è partito ieri'."))

# 8 statement: one paid (claim), two promised for end of December
SERENA = cl("Elena Ricci", "contabilita@villaserenahotel.it", "Hotel Villa Serena srl")
add(lang="it", owner="davide", client=SERENA, inv=inv("2026/14", "750.00", "2026-10-31", "2026-09-30"),
    base="Fatture aperte - Marchetti Fotografia",
    date="2026-12-11 14:20", tz="Europe/Rome", style="outlook", html="outlook", subj="R: Fatture aperte - Marchetti Fotografia",
    hist=[L("statement", "2026-12-10 09:00", deadline="2026-12-20", quotes_prev=False,
            invoices=[inv("2026/14", "750.00", "2026-10-31", "2026-09-30"), inv("2026/17", "1100.00", "2026-11-30", "2026-10-30"),
                      inv("2026/21", "480.00", "2026-12-31", "2026-11-30")])],
    body="""Buongiorno Davide,

la 14 ve l'abbiamo pagata il 30 novembre, probabilmente le è arrivata in questi giorni (le giro la contabile se non la trova). La 17 e la 21 le paghiamo a fine dicembre con il giro fornitori, tutte e due insieme.

Buona giornata

Elena Ricci
Ufficio Contabilità – Hotel Villa Serena
Strada del Colle 7, Stresa (VB)""",
    label=lab("client-reply-promise", "Statement of three invoices: one claimed paid, the other two promised 'a fine dicembre' -> promise (paid one + promise other = promise), 31/12. Several invoice numbers, no single reference.",
              promised_date="2026-12-31"))

# 9 statement: all three paid with one cumulative transfer
add(lang="it", owner="davide", client=cl("Stefano Gallo", "stefano.gallo@cantinegallo.it", "Cantine Gallo sas"),
    inv=inv("2026/11", "1200.00", "2026-10-31", "2026-09-30"), base="Fatture aperte - Marchetti Fotografia",
    date="2026-12-14 08:51", tz="Europe/Rome", style="gmail",
    hist=[L("statement", "2026-12-10 09:00", deadline="2026-12-20", quotes_prev=False,
            invoices=[inv("2026/11", "1200.00", "2026-10-31", "2026-09-30"), inv("2026/15", "1250.00", "2026-11-30", "2026-10-30"),
                      inv("2026/19", "600.00", "2026-12-05", "2026-11-05")])],
    body="""Buongiorno Davide,
abbiamo saldato tutte e tre con un unico bonifico cumulativo venerdì 11, importo € 3.050,00, causale "saldo fatture Marchetti 11-15-19". Ci può confermare che l'ha ricevuto?

Grazie e a presto
Stefano Gallo
Cantine Gallo s.a.s. – Barolo (CN)""",
    label=lab("client-reply-paid", "Statement reply: all three invoices paid with one cumulative transfer; asks for confirmation (still paid). 'fatture 11-15-19' = three references, none given as label.",
              amount="3050.00"))

# 10 final demand: work late and half to redo -> offers 50%
add(lang="it", owner="davide", client=cl("Francesca Moretti", "f.moretti@moretti-arredi.it", "Moretti Arredi srl"),
    inv=inv("2026/09", "2800.00", "2026-10-31", "2026-09-15"), law="IT",
    date="2026-12-22 18:14", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-11-09 09:00"),
          C("2026-11-10 09:20", """Davide ne parliamo quando ci vediamo, ok? Ci sono delle cose da sistemare. F."""),
          L("late_fee", "2026-11-30 09:00", deadline="2026-12-10"),
          L("final", "2026-12-21 09:00", deadline="2027-01-08")],
    body="""Davide,

ricevo la tua "diffida" e sinceramente ci resto male, visto che ne avevamo parlato. Ti ricordo che le foto del catalogo sono arrivate con tre settimane di ritardo rispetto alla data concordata e che metà degli ambienti li abbiamo dovuti rifare fare da un altro fotografo perché la luce era sbagliata (ti avevo mandato le mail con gli esempi il 6 ottobre).

Non pagheremo l'intero importo. Possiamo riconoscerti il 50%, cioè 1.400 euro, a saldo e stralcio. Se per te va bene ti faccio fare il bonifico entro fine anno, altrimenti ne parleranno i legali.

Francesca Moretti
Moretti Arredi srl""",
    label=lab("client-reply-dispute", "Reply to the formal demand: contests quality/lateness, offers 50% 'a saldo e stralcio'; contains an conditional 'bonifico entro fine anno'. Dispute beats promise."))

# 11 final demand: promises Monday 11 January
add(lang="it", owner="davide", client=cl("Andrea Testa", "andrea.testa@libero.it", "Andrea Testa", kind="person"),
    inv=inv("2026/12", "520.00", "2026-11-15", "2026-10-15"),
    date="2027-01-07 20:31", tz="Europe/Rome", style="thunderbird", mailer="thunderbird",
    hist=[L("reminder", "2026-11-23 09:00"),
          C("2026-11-24 08:02", """Ciao Davide, sì, la pago a inizio dicembre. Andrea"""),
          L("promise_followup", "2026-12-10 09:00"),
          L("final", "2027-01-07 09:00", deadline="2027-01-22")],
    body="""Gentile Davide,

non c'era bisogno di una diffida, bastava una telefonata. Ho avuto un problema familiare a dicembre e mi è passato di mente, chiedo scusa. Il bonifico lo faccio lunedì 11 gennaio, appena rientra la mia commercialista che ha la delega sul conto.

Andrea Testa""",
    label=lab("client-reply-promise", "Reply to the formal demand, after an earlier vague promise ('inizio dicembre') in the quotes: new promise for 'lunedì 11 gennaio'.",
              promised_date="2027-01-11"))

# 12 forwarded to accounts, colleague in cc
add(lang="it", owner="chiara", client=cl("Matteo Serra", "matteo.serra@serraeditore.it", "Serra Editore srl"),
    inv=inv("28/2026", "1464.00", "2026-11-30", "2026-10-30"),
    date="2026-12-11 09:08", tz="Europe/Rome", style="gmail",
    cc=[P("Sabrina Costa", "amministrazione@serraeditore.it")],
    hist=[L("reminder", "2026-12-02 09:00"),
          C("2026-12-02 19:11", """Chiara perdonami, dovrebbe essere in pagamento la prossima settimana. Controllo e ti dico. M."""),
          L("promise_followup", "2026-12-10 09:00")],
    body="""Sabrina, ti metto in copia: puoi verificare tu a che punto è la fattura di Chiara (28/2026)? Io pensavo fosse già passata.
Grazie

Chiara, ti fa sapere lei in giornata.
M.""",
    label=lab("client-reply-other", "Client forwards/cc's accounts and asks a colleague to check; says nothing about paid or when. Earlier quoted vague promise does not count.",
              reference="28/2026"))

# 13 paid claim follow-up: sends the receipt (PDF attached)
add(lang="it", owner="chiara", client=cl("Laura Fontana", "laura.fontana@studiofontana.eu", "Studio Legale Fontana"),
    inv=inv("26/2026", "610.00", "2026-11-20", "2026-10-20"),
    date="2026-12-09 12:44", tz="Europe/Rome", style="apple",
    hist=[L("reminder", "2026-11-27 09:00"),
          C("2026-11-27 11:30", """Gentile Chiara, pagata il 25, saluti. Laura Fontana"""),
          L("paid_claim_followup", "2026-12-07 09:00", claim_date="2026-11-27", paid_on="2026-11-25")],
    body="""Gentile Chiara,

le allego la contabile. CRO 0306912345678901, eseguito il 25/11 sull'IBAN che finisce con 4512, quindi mi sembra corretto. Mi faccia sapere se continua a non vederlo, chiederemo alla banca.

Cordialità
Laura Fontana

Studio Legale Fontana
Via Chiaia 141, 80121 Napoli""",
    att=[("application/pdf", "contabile_bonifico_25112026.pdf", fake_pdf("Contabile bonifico SEPA", ["Ordinante: Studio Legale Fontana", "Beneficiario: Chiara Esposito", "Importo EUR 610,00", "Data esecuzione 25/11/2026", "CRO 0306912345678901"]))],
    label=lab("client-reply-paid", "Answer to 'we have not received it yet': attaches the transfer receipt with CRO; reasserts paid on 25/11.",
              ))

# 14 promise, no date: when our client pays us
add(lang="it", owner="chiara", client=cl("Gianluca Pace", "gianluca@pacecomunicazione.it", "Pace Comunicazione srl"),
    inv=inv("29/2026", "1708.00", "2026-11-30", "2026-10-30"),
    date="2026-12-17 13:19", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-04 09:00"),
          C("2026-12-04 10:00", """Ciao Chiara! Settimana prossima la saldo. Gianluca"""),
          L("promise_followup", "2026-12-16 09:00")],
    body="""Ciao Chiara,

ti chiedo scusa, hai ragione. Ti spiego com'è: il cliente per cui abbiamo fatto le traduzioni (il catalogo della fiera) non ci ha ancora pagato e siamo un po' tirati con la cassa. Appena ci arrivano i soldi ti pago, promesso, sei la prima della lista.

Gianluca""",
    label=lab("client-reply-promise", "Vague promise conditional on their own client paying: promise without a date. The quoted previous promise ('settimana prossima') does not give a date either."))

# 15 partial now, rest by the 20th
add(lang="it", owner="alessandra", client=cl("Sara Conti", "sara.conti.fotografa@gmail.com", "Sara Conti", kind="person"),
    inv=inv("18/2026", "820.00", "2026-11-30", "2026-11-02"),
    date="2026-12-14 19:02", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-07 09:00"),
          C("2026-12-07 21:15", """Ciao Ale scusami!! Entro venerdì sistemo tutto, ho avuto un mese disastroso"""),
          L("promise_followup", "2026-12-14 09:00", promise_date="2026-12-11")],
    body="""Ciao Ale, hai ragione, sono in ritardo di nuovo 🙈
Ti ho appena mandato 300 euro con bonifico istantaneo, il resto (520) te lo mando entro il 20, quando mi pagano il matrimonio di sabato.
Scusami ancora, un abbraccio
Sara""",
    label=lab("client-reply-promise", "Partial payment of 300 now + the remaining 520 'entro il 20' -> promise (rest outstanding). Date 14/12 -> 20/12. amount = the promised remainder.",
              amount="520.00", promised_date="2026-12-20"))

# 16 paid claim follow-up -> "this is a duplicate, already paid in September"
add(lang="it", owner="chiara", client=cl("Ufficio Acquisti", "acquisti@meccanicabrambilla.it", "Meccanica Brambilla S.p.A."),
    inv=inv("9/2026", "976.00", "2026-11-15", "2026-10-15"),
    date="2026-12-03 10:27", tz="Europe/Rome", style="outlook_orig", subj="R: Esposito Traduzioni - fattura n. 9/2026",
    hist=[L("reminder", "2026-11-23 09:00"),
          C("2026-11-24 08:45", """Buongiorno, ci risulta già saldata. Cordiali saluti. Ufficio Acquisti"""),
          L("paid_claim_followup", "2026-12-02 09:00", claim_date="2026-11-24")],
    body="""Buongiorno,

abbiamo ricontrollato: la fattura 9/2026 riguarda la traduzione del manuale della linea MX-400, che ci era già stata fatturata con la vostra n. 8/2026 e che abbiamo pagato il 18 settembre. Si tratta quindi di un doppione e per noi non è dovuta. Vi preghiamo di emettere nota di credito a storno.

Cordiali saluti

Ufficio Acquisti
Meccanica Brambilla S.p.A.""",
    label=lab("client-reply-dispute", "Earlier 'already paid' claim becomes: invoice 9/2026 is a duplicate of 8/2026 (named only as context), asks for a credit note -> dispute.",
              reference="9/2026"))

# 17 Outlook HTML accounts payable: payment ordered, value date
add(lang="it", owner="alessandra", client=cl("Contabilità Fornitori", "fornitori@edilnord.it", "Edilnord Costruzioni S.p.A."),
    inv=inv("27/2026", "2196.00", "2026-12-10", "2026-11-10"),
    date="2026-12-16 15:48", tz="Europe/Rome", style="outlook", html="outlook-only", subj="R: Fattura n. 27/2026 - Alessandra Rossi",
    hist=[L("reminder", "2026-12-11 09:00"),
          C("2026-12-11 11:04", """Buongiorno, la fattura verrà pagata a fine mese come da nostre condizioni. Contabilità Fornitori"""),
          O("2026-12-11 12:30", """Buongiorno, grazie. Vi ricordo però che le condizioni concordate erano 30 giorni data fattura. Se potete anticipare ve ne sarei grata.
Alessandra""")],
    body="""Buongiorno,

in riferimento alla Vs. fattura n. 27/2026 si comunica che il pagamento è stato disposto in data 15/12/2026 con valuta beneficiario 17/12/2026.

Distinti saluti

Contabilità Fornitori
Edilnord Costruzioni S.p.A.
Sede legale: Viale Monza 260, 20128 Milano – P.IVA 01234560158

AVVISO DI RISERVATEZZA: questo messaggio e gli eventuali allegati sono destinati esclusivamente al destinatario. Informativa ai sensi dell'art. 13 del Regolamento (UE) 2016/679: i dati personali sono trattati da Edilnord Costruzioni S.p.A. per finalità amministrative.""",
    label=lab("client-reply-paid", "HTML-only Outlook from accounts payable: payment 'disposto' on 15/12, value date 17/12 (future value date but the transfer is ordered). Quoted history: 'verrà pagata a fine mese' + freelancer's answer.",
              reference="27/2026"))

# 18 late fee -> asks to reissue to new company name (question)
add(lang="it", owner="alessandra", client=cl("Giorgio Lupo", "giorgio@lumengroup.it", "Agenzia Lumen srl"),
    inv=inv("22/2026", "488.00", "2026-11-30", "2026-10-31"), law="IT",
    date="2026-12-21 11:02", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-07 09:00"),
          L("late_fee", "2026-12-21 09:00", deadline="2026-12-31", quotes_prev=False)],
    body="""Ciao Alessandra,

scusa una domanda prima di girarla in pagamento: questa fattura a che ragione sociale l'hai intestata? Da ottobre siamo diventati Lumen Group srl (P.IVA nuova, 12345670964) e l'amministrazione mi dice che le fatture intestate ad Agenzia Lumen non riesce più a registrarle. Mi confermi o è il caso di riemetterla?

Ciao
Giorgio""",
    label=lab("client-reply-other", "Question about the invoice's addressee after a company name change; asks whether to reissue. No payment statement, no contest of the amount."))

# 19 Neapolitan voice: domani mattina
add(lang="it", owner="chiara", client=cl("Ciro Esposito", "ciro@pizzeriadaciro.it", "Pizzeria da Ciro di Esposito Ciro"),
    inv=inv("33/2026", "305.00", "2026-12-05", "2026-11-05"),
    date="2026-12-17 23:12", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-10 09:00"),
          C("2026-12-10 15:40", """Chiarè tranquilla la settimana che vene"""),
          L("promise_followup", "2026-12-17 09:00")],
    body="""Chiarè scusami assai, è stato un periodo che non ti dico, tra le feste e il forno che s'è rotto. Dimane mattina ti faccio il bonifico senza falli, appena apro.
Ciro""",
    label=lab("client-reply-promise", "Neapolitan-flavoured Italian ('Dimane mattina', 'senza falli'): promise for tomorrow. Sent 23:12 local, so tomorrow = 18/12.",
              promised_date="2026-12-18"))

# 20 association: D.Lgs 231 does not apply
add(lang="it", owner="alessandra", client=cl("Associazione Il Faro ODV", "segreteria@ilfaro-odv.org", "Associazione Il Faro ODV"),
    inv=inv("16/2026", "450.00", "2026-11-20", "2026-10-21"), law="IT",
    date="2026-12-15 17:26", tz="Europe/Rome", style="thunderbird", mailer="thunderbird",
    hist=[L("reminder", "2026-11-30 09:00"),
          C("2026-12-01 10:12", """Buongiorno, la tesoriera è in ferie, provvederemo al suo rientro. La segreteria"""),
          L("late_fee", "2026-12-14 09:00", deadline="2026-12-24")],
    body="""Buongiorno,

rispondo per conto della tesoriera. Vorremmo far presente che siamo un'organizzazione di volontariato senza scopo di lucro e non un'impresa: il D.Lgs. 231/2002 riguarda le transazioni commerciali e a nostro avviso non si applica. Salderemo la fattura appena possibile, ma gli interessi e i 40 euro non li riconosciamo.

Cordiali saluti
La segreteria
Associazione Il Faro ODV""",
    label=lab("client-reply-dispute", "Non-profit contests the late-payment interest and the 40 euro (claims the law does not apply); promises to pay the invoice 'appena possibile' -> dispute."))

# 21 statement: both paid, extract attached
add(lang="it", owner="chiara", client=cl("Valentina Greco", "v.greco@grecoviaggi.it", "Greco Viaggi srl"),
    inv=inv("31/2026", "549.00", "2026-11-30", "2026-10-31"), base="Esposito Traduzioni - fatture aperte",
    date="2026-12-18 10:05", tz="Europe/Rome", style="outlook", html="outlook", subj="R: Esposito Traduzioni - fatture aperte",
    hist=[L("statement", "2026-12-17 09:00", deadline="2026-12-28", quotes_prev=False,
            invoices=[inv("31/2026", "549.00", "2026-11-30", "2026-10-31"), inv("33/2026", "366.00", "2026-12-10", "2026-11-10")])],
    body="""Buongiorno Chiara,

a noi risultano pagate tutte e due: la 31 il 2/12 e la 33 il 10/12. Le allego l'estratto conto del fornitore dal nostro gestionale, magari è un problema di abbinamento da parte sua.

Saluti
Valentina Greco
Amministrazione – Greco Viaggi srl""",
    att=[("application/pdf", "Estratto_fornitore_ESPOSITO.pdf", fake_pdf("Partitario fornitore ESPOSITO CHIARA", ["31/2026 549,00 pagata 02/12/2026", "33/2026 366,00 pagata 10/12/2026", "Saldo 0,00"]))],
    label=lab("client-reply-paid", "Statement of two invoices: both claimed paid, with dates, supplier ledger attached."))

# 22 thank-you -> asks for receipted invoice
add(lang="it", owner="davide", client=cl("Marta Colombo", "marta.colombo@studiocolombo.net", "Marta Colombo", kind="person"),
    inv=inv("2026/16", "350.00", "2026-11-30", "2026-10-31"),
    date="2026-12-22 09:44", tz="Europe/Rome", style="apple",
    hist=[L("reminder", "2026-12-07 09:00"),
          C("2026-12-07 18:20", """Ciao Davide, ti pago entro venerdì 18, ok?
Marta"""),
          L("thank_you", "2026-12-21 09:00", paid_on="2026-12-18")],
    body="""Ricevuto, grazie a te!
Mi potresti mandare anche la fattura quietanzata? La chiede il mio commercialista per la detrazione.

Buon Natale 🎄
Marta""",
    label=lab("client-reply-other", "Reply to the 'payment received' letter: thanks + asks for a receipted invoice. The quote holds an earlier promise with a date."))

# 23 transfer bounced (wrong IBAN digit), redo Monday
add(lang="it", owner="davide", client=cl("Roberto Villa", "roberto@villaimmobiliare.com", "Villa Immobiliare sas"),
    inv=inv("2026/18", "732.00", "2026-11-30", "2026-10-30"),
    date="2026-12-18 17:52", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-04 09:00"),
          C("2026-12-04 09:58", """Buongiorno Davide, fatto proprio ieri. Buon lavoro. R. Villa"""),
          L("paid_claim_followup", "2026-12-17 09:00", claim_date="2026-12-04", paid_on="2026-12-03")],
    body="""Buonasera Davide,

ha ragione lei: sono andato a vedere e il bonifico mi è stato stornato l'8 dicembre, avevo sbagliato una cifra dell'IBAN (un 6 al posto dello 0) e la banca non me l'aveva segnalato se non con un messaggio nell'area riservata. Lo rifaccio lunedì con l'IBAN giusto, oggi ormai il cut-off è passato.

Mi scusi
Roberto Villa""",
    label=lab("client-reply-promise", "Earlier paid claim (quoted) was wrong: transfer returned for a wrong IBAN digit; 'Lo rifaccio lunedì' (Friday 18/12 -> Monday 21/12).",
              promised_date="2026-12-21"))

# 24 final demand -> logo never delivered in vector format
add(lang="it", owner="alessandra", client=cl("Fabio Marino", "fabio.marino@marinobikes.it", "Marino Bikes srl"),
    inv=inv("11/2026", "1586.00", "2026-10-31", "2026-09-30"), law="IT",
    date="2026-12-29 12:37", tz="Europe/Rome", style="outlook", subj="R: Fattura n. 11/2026 - Alessandra Rossi",
    hist=[L("reminder", "2026-11-09 09:00"),
          C("2026-11-12 10:00", """Buongiorno, la verifichiamo e le facciamo sapere. Fabio Marino"""),
          L("late_fee", "2026-11-30 09:00", deadline="2026-12-10"),
          L("final", "2026-12-28 09:00", deadline="2027-01-12")],
    body="""Gentile Sig.ra Rossi,

ho ricevuto la sua "diffida di pagamento" e la trovo fuori luogo. Le ricordo che, come le ho scritto più volte, il logo non ci è mai stato consegnato nei formati vettoriali richiesti nel preventivo (AI/EPS e versione monocromatica), ma solo in PNG. Fino a quando non riceveremo i file definitivi non procederemo al pagamento, né tantomeno riconosceremo interessi o spese.

Distinti saluti
Fabio Marino
Marino Bikes srl""",
    label=lab("client-reply-dispute", "Reply to the formal demand: work not delivered as agreed (vector files), withholds payment and refuses interest/fees."))

# 25 accountant on behalf of client
add(lang="it", owner="alessandra", client=cl("Silvia Galli", "silviagalli.design@gmail.com", "Silvia Galli", kind="person"),
    frm=P("Studio Dott.ssa Paola Rinaldi", "studio@rinaldicommercialisti.it"),
    inv=inv("40/2026", "1098.00", "2026-12-15", "2026-11-15"),
    date="2026-12-23 10:18", tz="Europe/Rome", style="outlook", subj="I: Fattura n. 40/2026 - Alessandra Rossi",
    hist=[L("reminder", "2026-12-21 09:00"),
          C("2026-12-21 13:45", """Paola, mi giri tu questa? Io non ho accesso al conto della ditta fino a gennaio. Grazie, Silvia""",
            sender=P("Silvia Galli", "silviagalli.design@gmail.com"))],
    body="""Buongiorno Sig.ra Rossi,

sono la commercialista della Sig.ra Galli, che legge in copia. Le confermo che il bonifico per la fattura n. 40/2026 è stato eseguito ieri, 22 dicembre, dal conto della ditta individuale.

Cordiali saluti
Dott.ssa Paola Rinaldi
Studio Rinaldi – Dottori Commercialisti
Corso Vittorio Emanuele II 88, Torino""",
    cc=[P("Silvia Galli", "silviagalli.design@gmail.com")],
    label=lab("client-reply-paid", "The client's accountant (different sender, forwarded 'I:' subject) confirms the transfer was executed yesterday.",
              reference="40/2026"))

# 26 asks for a phone call
add(lang="it", owner="alessandra", client=cl("Nicola Ferrara", "nicola@ferrarafood.it", "Ferrara Food srl"),
    inv=inv("20/2026", "2684.00", "2026-11-30", "2026-10-31"),
    date="2026-12-15 08:12", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-07 09:00"),
          C("2026-12-07 21:30", """Alessandra ciao, questa settimana la guardo con calma. N."""),
          L("promise_followup", "2026-12-14 09:00")],
    body="""Alessandra possiamo sentirci al telefono oggi o domani? Ho bisogno di capire una cosa sulle voci della fattura prima di passarla in pagamento, per mail facciamo notte. Io sono libero dopo le 15, il mio numero è 347 555 1290.

Nicola""",
    label=lab("client-reply-other", "Asks for a phone call to understand the invoice before paying; no contest stated, no promise."))

# 27 suspension notice -> pay by 15 January
add(lang="it", owner="alessandra", client=cl("Daniele Bruno", "daniele.bruno@brunoottica.it", "Bruno Ottica snc"),
    inv=inv("13/2026", "976.00", "2026-11-10", "2026-10-10"), law="IT",
    date="2026-12-22 19:40", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-11-18 09:00"),
          L("late_fee", "2026-12-02 09:00", deadline="2026-12-12", quotes_prev=False),
          C("2026-12-03 12:00", """Alessandra, scusami, sto aspettando un rimborso IVA, appena arriva ti pago."""),
          L("suspension", "2026-12-22 09:00", deadline="2027-01-05", susp="2027-01-07")],
    body="""Alessandra ti prego non sospendere il sito, a gennaio abbiamo la campagna saldi e senza aggiornamenti siamo fermi. Ti pago entro il 15 gennaio, te lo garantisco, tutto compreso (interessi e quello che è).

Daniele""",
    label=lab("client-reply-promise", "Reply to the suspension notice: 'Ti pago entro il 15 gennaio' (Date 22/12/2026 -> 15/01/2027), accepts interest too.",
              promised_date="2027-01-15"))

# 28 statement -> two fine, third contested (day cancelled by them)
add(lang="it", owner="davide", client=cl("Giulia Caruso", "giulia.caruso@eventicaruso.it", "Eventi Caruso srl"),
    inv=inv("2026/20", "600.00", "2026-12-15", "2026-11-15"), base="Fatture aperte - Marchetti Fotografia",
    date="2026-12-23 11:20", tz="Europe/Rome", style="gmail",
    hist=[L("statement", "2026-12-22 09:00", deadline="2027-01-05", quotes_prev=False,
            invoices=[inv("2026/20", "600.00", "2026-12-15", "2026-11-15"), inv("2026/22", "600.00", "2026-12-15", "2026-11-15"),
                      inv("2026/23", "450.00", "2026-12-20", "2026-11-20")])],
    body="""Ciao Davide,

la 20 e la 22 vanno bene e le mettiamo in pagamento, la 23 invece no: la giornata del 3 dicembre l'avete annullata voi per il maltempo, non noi, quindi non ci sta che ce la fatturi per intero. Al massimo ti riconosciamo il sopralluogo, mandami una nota di credito e rifacciamo.

Giulia""",
    label=lab("client-reply-dispute", "Statement reply: two invoices accepted ('le mettiamo in pagamento', undated), third contested and a credit note requested -> dispute."))

# 29 ALL CAPS elderly client
add(lang="it", owner="chiara", client=cl("Giovanni Russo", "gianni.russo1951@virgilio.it", "Giovanni Russo", kind="person"),
    inv=inv("30/2026", "183.00", "2026-11-30", "2026-11-02"),
    date="2026-12-12 10:03", tz="Europe/Rome", style="none", mailer="none", charset="iso-8859-1", cte="8bit",
    hist=[L("reminder", "2026-12-04 09:00"),
          C("2026-12-04 16:00", """GENTILE DOTTORESSA PROVVEDO LA PROSSIMA SETTIMANA SALUTI GIANNI RUSSO"""),
          L("promise_followup", "2026-12-11 09:00")],
    body="""GENTILE DOTTORESSA HO FATTO IL BONIFICO IN POSTA STAMATTINA, MI HANNO DETTO CHE ARRIVA IN 1 O 2 GIORNI. MI SCUSI PER IL RITARDO MA NON GUIDO PIU E DOVEVO ASPETTARE MIO FIGLIO.
SALUTI
GIANNI RUSSO""",
    label=lab("client-reply-paid", "ALL CAPS, no quote, iso-8859-1 8bit: transfer done at the post office this morning ('arriva in 1 o 2 giorni' is about arrival, not a promise)."))

# 30 confused with October invoice, pays end of month
add(lang="it", owner="alessandra", client=cl("Irene Marchi", "irene.marchi@outlook.it", "Irene Marchi", kind="person"),
    inv=inv("2/2027", "244.00", "2027-01-05", "2026-12-05"),
    date="2027-01-12 21:05", tz="Europe/Rome", style="outlook", subj="R: Fattura n. 2/2027 - Alessandra Rossi",
    hist=[L("reminder", "2027-01-08 09:00"),
          C("2027-01-08 12:40", """Ciao Alessandra, l'avevo già pagata a novembre, controlla bene! Irene"""),
          L("paid_claim_followup", "2027-01-12 09:00", claim_date="2027-01-08")],
    body="""No scusa, mi ero confusa con quella di ottobre (la 38, quella del biglietto da visita). Questa non l'ho ancora pagata. La pago a fine mese con lo stipendio, va bene?

Irene

Inviato da Outlook per Android""",
    label=lab("client-reply-promise", "Earlier 'already paid' (quoted) retracted: confused with another invoice; will pay 'a fine mese' (Date 12/01/2027 -> 31/01/2027).",
              promised_date="2027-01-31"))

# 31 late fee: interest computed from the wrong date + 40 contested
add(lang="it", owner="chiara", client=cl("Amministrazione", "amministrazione@tessiturabelli.it", "Tessitura Belli S.p.A."),
    inv=inv("27/2026", "3050.00", "2026-11-15", "2026-10-15"), law="IT",
    date="2026-12-17 14:58", tz="Europe/Rome", style="outlook", html="outlook", subj="R: Esposito Traduzioni - fattura n. 27/2026",
    hist=[L("reminder", "2026-11-25 09:00"),
          C("2026-11-25 15:13", """Buongiorno, la fattura è in approvazione. Cordiali saluti, Amministrazione"""),
          L("late_fee", "2026-12-16 09:00", deadline="2026-12-28")],
    body="""Buongiorno Dott.ssa Esposito,

il conteggio riportato nella sua comunicazione non è corretto. La fattura elettronica n. 27/2026 ci è stata consegnata dallo SdI il 3 novembre, non il 15 ottobre, e le nostre condizioni generali di acquisto (da lei accettate con l'ordine n. 4471) prevedono il pagamento a 30 giorni dalla ricezione. La scadenza è quindi il 3 dicembre e gli interessi vanno ricalcolati da quella data. Quanto all'importo forfettario di € 40,00, riteniamo non sia dovuto trattandosi di un ritardo di pochi giorni dovuto al nostro iter interno.

Attendiamo un conteggio rettificato per procedere al pagamento.

Cordiali saluti
Ufficio Amministrazione
Tessitura Belli S.p.A. – Biella""",
    label=lab("client-reply-dispute", "After the late-fee notice: contests the due date used for interest and the 40 euro; waits for a corrected computation before paying.",
              reference="27/2026"))

# 32 worried about IBAN (fraud) before paying
add(lang="it", owner="davide", client=cl("Lorenzo De Luca", "lorenzo.deluca@dlarchitetti.it", "DL Architetti Associati"),
    inv=inv("2026/19", "1830.00", "2026-12-10", "2026-11-10"),
    date="2026-12-21 16:22", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-14 09:00"),
          C("2026-12-14 18:01", """Ciao Davide, la facciamo entro venerdì. Lorenzo"""),
          L("promise_followup", "2026-12-21 09:00", promise_date="2026-12-18")],
    body="""Ciao Davide,

prima di procedere ti chiedo una conferma, perché il nostro studio l'anno scorso ha preso una truffa proprio con un cambio IBAN: l'IBAN che c'è in questa mail (IT02 L030 6909 6061 0000 0117 839) è lo stesso che hai in fattura? Io in fattura leggo un IBAN Fineco, mi pare. Mi rispondi anche solo con un whatsapp al 338 123 4567, così siamo sicuri che sei tu?

Grazie
Lorenzo""",
    label=lab("client-reply-other", "Before paying, the client asks to confirm the IBAN (fraud worry). No new promise in the new text; the quoted earlier promise ('entro venerdì') is history."))

# 33 paid everything including interest
add(lang="it", owner="alessandra", client=cl("Claudio Ferri", "claudio@ferrigioielli.it", "Ferri Gioielli srl"),
    inv=inv("10/2026", "732.00", "2026-10-31", "2026-09-30"), law="IT",
    date="2026-12-04 13:09", tz="Europe/Rome", style="apple",
    hist=[L("reminder", "2026-11-09 09:00"),
          L("late_fee", "2026-12-03 09:00", deadline="2026-12-13", quotes_prev=False)],
    body="""Fatto! Scusa davvero il ritardo Alessandra, con il trasloco del negozio mi era sfuggito tutto. Ho pagato l'intero importo, interessi e 40 euro compresi, non ti preoccupare, è giusto così.

Claudio

Inviato da iPhone""",
    label=lab("client-reply-paid", "After the late-fee notice: paid the full total including interest and compensation (accepts the fees: no dispute)."))

# 34 HTML-only Outlook: in the payment run of 10 January
add(lang="it", owner="chiara", client=cl("Ufficio Pagamenti", "pagamenti@lineaverde.it", "Linea Verde Cosmetici S.p.A."),
    inv=inv("32/2026", "2074.00", "2026-12-15", "2026-11-15"),
    date="2026-12-30 09:31", tz="Europe/Rome", style="outlook", html="outlook-only", subj="R: Esposito Traduzioni - fattura n. 32/2026",
    hist=[L("reminder", "2026-12-21 09:00"),
          C("2026-12-21 11:10", """Gentile fornitore, la Sua fattura risulta correttamente registrata e verrà pagata alla prossima scadenza utile. Ufficio Pagamenti"""),
          L("promise_followup", "2026-12-29 09:00")],
    body="""Gentile Dott.ssa Esposito,

la informiamo che la fattura in oggetto è stata inserita nella distinta di pagamento del 15 gennaio p.v.

Cordiali saluti
Ufficio Pagamenti
Linea Verde Cosmetici S.p.A.

Ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 le informazioni contenute nella presente comunicazione sono riservate.""",
    label=lab("client-reply-promise", "HTML-only Outlook: invoice placed in the 'distinta di pagamento del 15 gennaio' -> promise for 15/01/2027 (Date 30/12/2026).",
              promised_date="2027-01-15"))

# 35 paid agreed 800, refuses 150 extra revisions
add(lang="it", owner="alessandra", client=cl("Tiziana Leone", "tiziana@leoneshop.it", "Leone Shop di Tiziana Leone"),
    inv=inv("23/2026", "950.00", "2026-12-05", "2026-11-05"),
    date="2026-12-18 18:27", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-11 09:00"),
          C("2026-12-11 14:00", """Ciao Alessandra, la pago la prossima settimana. Tiziana"""),
          L("promise_followup", "2026-12-18 09:00")],
    body="""Ciao Alessandra,

ti ho fatto oggi un bonifico di € 800,00, che è quanto avevamo concordato nel preventivo del 2 ottobre. I 150 euro di "revisioni extra" non erano previsti: le modifiche alle schede prodotto erano correzioni di errori vostri, non richieste nuove. Quelli non li pago.

Tiziana""",
    label=lab("client-reply-dispute", "Partial payment (800 of 950) + refusal of the 150 extra -> dispute. amount = what she says she paid.",
              amount="800.00"))

# 36 PO number needed
add(lang="it", owner="davide", client=cl("Ufficio Acquisti", "acquisti@ospedalesanluca.it", "Fondazione Ospedale San Luca"),
    inv=inv("2026/13", "1342.00", "2026-11-30", "2026-10-31"),
    date="2026-12-09 11:55", tz="Europe/Rome", style="outlook", subj="R: Fattura 2026/13 - Marchetti Fotografia",
    hist=[L("reminder", "2026-12-07 09:00"),
          C("2026-12-07 10:30", """Buongiorno, abbiamo girato all'ufficio competente. Cordiali saluti""", quotes_prev=True)],
    body="""Buongiorno,

l'ufficio contabilità ci segnala che la fattura non può essere liquidata perché priva del numero d'ordine (OdA) e del CIG, obbligatori per i nostri fornitori. Può indicarci gli estremi dell'ordine ricevuto? In mancanza, la fattura elettronica dovrà essere rifiutata e riemessa con i dati corretti.

Cordiali saluti
Ufficio Acquisti
Fondazione Ospedale San Luca""",
    label=lab("client-reply-other", "Procurement asks for the order number / CIG needed to process the invoice; administrative question, not a contest of the amount or the work."))

# 37 forwards the bank's outgoing-transfer confirmation
add(lang="it", owner="alessandra", client=cl("Michela Fabbri", "michela.fabbri@gmail.com", "Michela Fabbri", kind="person"),
    inv=inv("24/2026", "610.00", "2026-12-10", "2026-11-10"),
    date="2026-12-19 10:14", tz="Europe/Rome", style="none", subj="I: Conferma esecuzione bonifico",
    hist=[L("promise_followup", "2026-12-18 09:00")],
    no_refs=True,
    body="""Ecco qua, scusa ancora!
Michela

---------- Forwarded message ---------
Da: Intesa Sanpaolo <noreply@intesasanpaolo.com>
Date: ven 18 dic 2026 alle ore 19:32
Subject: Conferma esecuzione bonifico
To: <michela.fabbri@gmail.com>


Gentile Cliente,

ti confermiamo che il bonifico SEPA da te disposto è stato eseguito.

Ordinante: MICHELA FABBRI
Beneficiario: ALESSANDRA ROSSI
IBAN beneficiario: IT60X0542811101000000123456
Importo: 610,00 EUR
Causale: FATTURA 24 2026
Data esecuzione: 18/12/2026
TRN: 0306934567890123456789012345IT

Questo messaggio è generato automaticamente, ti preghiamo di non rispondere.
Intesa Sanpaolo S.p.A.""",
    label=lab("client-reply-paid", "Client forwards her bank's outgoing-transfer confirmation with 'Ecco qua' (new subject, no In-Reply-To): a client reply that says paid, not a payment notification to the freelancer. The forwarded receipt's causale names the invoice.",
              amount="610.00", reference="24/2026"))

# 38 not today, tomorrow for sure
add(lang="it", owner="chiara", client=cl("Enrico Bassi", "enrico@bassiedilizia.it", "Bassi Edilizia srl"),
    inv=inv("1/2027", "427.00", "2027-01-10", "2026-12-10"),
    date="2027-01-19 12:20", tz="Europe/Rome", style="apple", iphone=True,
    hist=[L("reminder", "2027-01-12 09:00"),
          C("2027-01-12 12:50", """Oggi pomeriggio ci penso io

Inviato da iPhone"""),
          L("promise_followup", "2027-01-19 09:00")],
    body="""Oggi non riesco, sono in cantiere a Parma tutto il giorno. Domani sicuro, prima delle 10.

Enrico

Inviato da iPhone""",
    label=lab("client-reply-promise", "'Oggi non riesco ... Domani sicuro' -> promise for tomorrow (Date 19/01/2027). Quoted earlier promise for 'oggi pomeriggio'.",
              promised_date="2027-01-20"))

# 39 work not completed: technical sheets missing
add(lang="it", owner="chiara", client=cl("Franco Pellegrini", "f.pellegrini@idrotecnica.it", "Idrotecnica Pellegrini srl"),
    inv=inv("34/2026", "1525.00", "2026-12-20", "2026-11-20"),
    date="2027-01-08 09:02", tz="Europe/Rome", style="outlook_orig", subj="R: Esposito Traduzioni - fattura n. 34/2026",
    hist=[L("reminder", "2026-12-28 09:00"),
          C("2026-12-28 10:00", """Buongiorno, dopo le feste ci pensiamo. Saluti F. Pellegrini"""),
          L("promise_followup", "2027-01-07 09:00")],
    body="""Buongiorno,

dopo una verifica con il nostro ufficio tecnico risulta che il lavoro non è completo: mancano le traduzioni in tedesco delle schede tecniche da 4 a 7 previste nell'ordine, e nelle schede 1-3 ci sono ancora diversi termini non tradotti. La fattura 34/2026 è stata emessa per l'intero lavoro. Procederemo al pagamento solo a consegna completata; in alternativa ci mandi una fattura per la parte effettivamente consegnata.

Distinti saluti
Franco Pellegrini""",
    label=lab("client-reply-dispute", "Work incomplete; will pay only when completed or asks for a partial invoice -> dispute.",
              reference="34/2026"))

# 40 thank-you -> new work
add(lang="it", owner="chiara", client=cl("Serena Marini", "serena@marinihome.it", "Marini Home srl"),
    inv=inv("35/2026", "671.00", "2026-12-31", "2026-12-01"),
    date="2027-01-05 11:48", tz="Europe/Rome", style="gmail",
    hist=[L("thank_you", "2027-01-04 09:00", paid_on="2026-12-30")],
    body="""Perfetto, grazie Chiara!
Già che ci sono: ci servirebbe un preventivo per la traduzione del sito in tedesco (circa 12.000 parole). Ti giro i testi lunedì, così vedi tu.

Buon anno!
Serena""",
    label=lab("client-reply-other", "Reply to the 'payment received' letter: thanks + request for a new quote."))

# 41 Roman dialect, paid
add(lang="it", owner="davide", client=cl("Alessio Pucci", "alessio.pucci@hotmail.it", "Alessio Pucci", kind="person"),
    inv=inv("2026/15", "250.00", "2026-11-30", "2026-10-31"),
    date="2026-12-09 13:37", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-02 09:00"),
          C("2026-12-02 22:10", """Daje Davide domani te lo faccio"""),
          L("promise_followup", "2026-12-09 09:00", promise_date="2026-12-03")],
    body="""Aò Davide scusa, t'ho fatto er bonifico stamattina, controlla. Pe' 'r ritardo offro io la birra 🍺""",
    label=lab("client-reply-paid", "Roman dialect: 't'ho fatto er bonifico stamattina' -> paid. Quoted earlier promise 'domani te lo faccio'."))

# 42 final demand -> two instalments proposal
add(lang="it", owner="davide", client=cl("Amministrazione", "amministrazione@gelateriapolo.it", "Gelateria Polo srl"),
    inv=inv("2026/10", "2440.00", "2026-10-31", "2026-10-01"), law="IT",
    date="2027-01-14 10:30", tz="Europe/Rome", style="outlook", subj="R: Fattura 2026/10 - Marchetti Fotografia",
    hist=[L("reminder", "2026-11-09 09:00"),
          L("late_fee", "2026-11-30 09:00", deadline="2026-12-10", quotes_prev=False),
          C("2026-12-01 09:00", """Buongiorno, stiamo attraversando un periodo di scarsa liquidità per la stagionalità, provvederemo appena possibile."""),
          L("final", "2027-01-13 09:00", deadline="2027-01-28")],
    body="""Gentile Sig. Marchetti,

ci scusiamo per il ritardo, dovuto alla stagionalità della nostra attività. Le proponiamo di saldare quanto dovuto in due rate: la prima, pari alla metà, entro il 31 gennaio, e la seconda entro il 28 febbraio. Se per lei va bene ci dia conferma e procediamo.

Cordiali saluti
Amministrazione – Gelateria Polo srl""",
    label=lab("client-reply-promise", "Reply to the formal demand: proposes two instalments (half by 31/01, rest by 28/02); will pay, no contest -> promise. promised_date = the first instalment's date.",
              promised_date="2027-01-31"))

# 43 late fee: first transfer bounced because of wrong IBAN on the invoice -> refuse interest
add(lang="it", owner="alessandra", client=cl("Paolo Santoro", "paolo.santoro@santoroauto.it", "Santoro Auto srl"),
    inv=inv("25/2026", "1037.00", "2026-12-01", "2026-11-01"), law="IT",
    date="2026-12-29 11:15", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-09 09:00"),
          C("2026-12-09 11:00", """Pagata il 30/11. Saluti P. Santoro"""),
          L("paid_claim_followup", "2026-12-16 09:00", claim_date="2026-12-09", paid_on="2026-11-30"),
          L("late_fee", "2026-12-28 09:00", deadline="2027-01-07")],
    body="""Buongiorno,

non capisco questi interessi. Il ritardo è colpa vostra: sulla fattura c'era un IBAN con un carattere in meno e il nostro primo bonifico del 30/11 ci è tornato indietro, l'abbiamo scoperto solo adesso grazie alla sua mail. Rifacciamo il bonifico per l'importo della fattura con l'IBAN che ci ha mandato, ma interessi e 40 euro non li paghiamo, non esiste.

Paolo Santoro""",
    label=lab("client-reply-dispute", "Thread with an earlier paid claim; now: first transfer bounced, blames the invoice IBAN; will redo the transfer but refuses interest and 40 euro -> dispute."))

# 44 reasserts paid, will ask the bank
add(lang="it", owner="davide", client=cl("Cristina Barbieri", "cristina@barbieriwedding.it", "Barbieri Wedding Planner", kind="company"),
    inv=inv("2026/17", "915.00", "2026-12-05", "2026-11-05"),
    date="2026-12-17 19:55", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-11 09:00"),
          C("2026-12-11 12:12", """Ciao Davide, pagata il 3! Cri"""),
          L("paid_claim_followup", "2026-12-17 09:00", claim_date="2026-12-11", paid_on="2026-12-03")],
    body="""Strano Davide, a me l'addebito risulta il 3 dicembre, ce l'ho davanti adesso sull'app. Domani chiedo la contabile alla banca e te la giro, così vediamo dove si è infilato.

Cri""",
    label=lab("client-reply-paid", "Reply to 'not received yet': restates the debit on 3 December and will send the receipt -> paid. 'Domani' is about the receipt, not a payment."))

# 45 payment run on Friday
add(lang="it", owner="chiara", client=cl("Accounts Payable Italy", "ap.italy@nordiclogistics.com", "Nordic Logistics Italia srl"),
    inv=inv("2/2027", "1220.00", "2027-01-15", "2026-12-16"),
    date="2027-01-26 14:04", tz="Europe/Rome", style="outlook", subj="RE: Esposito Traduzioni - fattura n. 2/2027",
    hist=[L("reminder", "2027-01-22 09:00"),
          C("2027-01-22 15:00", """Gentile fornitore, la fattura è in attesa di approvazione del centro di costo. AP Italy"""),
          L("promise_followup", "2027-01-26 09:00")],
    body="""Gentile Dott.ssa Esposito,

la fattura è stata approvata ieri e uscirà con la distinta di venerdì.

Cordiali saluti
Accounts Payable – Nordic Logistics Italia srl
This e-mail may contain confidential information. If you are not the intended recipient please notify the sender and delete it.""",
    label=lab("client-reply-promise", "'uscirà con la distinta di venerdì' = will go out with Friday's payment run -> promise (Date Tue 26/01/2027 -> Fri 29/01/2027).",
              promised_date="2027-01-29"))

# 46 statement -> one invoice not theirs (sister company)
add(lang="it", owner="alessandra", client=cl("Ufficio Amministrativo", "amministrazione@verditrasporti.it", "Verdi Trasporti srl"),
    inv=inv("3/2027", "854.00", "2027-01-31", "2027-01-01"), base="Fatture aperte - Alessandra Rossi",
    date="2027-02-09 10:48", tz="Europe/Rome", style="outlook", html="outlook", subj="R: Fatture aperte - Alessandra Rossi",
    hist=[L("statement", "2027-02-08 09:00", deadline="2027-02-18", quotes_prev=False,
            invoices=[inv("41/2026", "1220.00", "2027-01-15", "2026-12-16"), inv("3/2027", "854.00", "2027-01-31", "2027-01-01")])],
    body="""Buongiorno,

la 41/2026 è in pagamento, la 3/2027 invece non è di nostra competenza: il servizio l'ha ordinato la nostra consociata Verdi Logistica srl (P.IVA 09876540151), che ha un'amministrazione separata. Noi quella fattura non la paghiamo, va stornata e riemessa a loro.

Saluti
Ufficio Amministrativo – Verdi Trasporti srl""",
    label=lab("client-reply-dispute", "Statement reply: one invoice 'in pagamento' (no date), the other refused as not theirs (wrong company, asks for cancellation) -> dispute. Two invoice numbers named: no single reference."))

# 47 contact changed
add(lang="it", owner="alessandra", client=cl("Federica Gatti", "federica.gatti@mondogiochi.it", "Mondo Giochi srl"),
    frm=P("Carlo Gatti", "carlo.gatti@mondogiochi.it"),
    inv=inv("26/2026", "366.00", "2026-12-15", "2026-11-15"),
    date="2026-12-28 09:22", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2026-12-21 09:00"),
          C("2026-12-21 10:05", """Buongiorno Alessandra, ci penso io dopo Natale. Federica""", sender=P("Federica Gatti", "federica.gatti@mondogiochi.it")),
          L("promise_followup", "2026-12-28 09:00")],
    body="""Buongiorno,

rispondo io perché Federica non lavora più con noi dal 23 dicembre e la sua casella la leggo io in questi giorni. Per le fatture d'ora in poi scriva per favore a amministrazione@mondogiochi.it, così non si perdono. Ho girato questa mail anche a loro.

Carlo Gatti
Mondo Giochi srl""",
    label=lab("client-reply-other", "A colleague answers: the contact has left, write to another address; forwarded. No statement about payment; the quoted promise belongs to the former contact."))

# 48 paid with Satispay, not bank transfer (HTML gmail)
add(lang="it", owner="chiara", client=cl("Beatrice Longo", "beatrice.longo@gmail.com", "Beatrice Longo", kind="person"),
    inv=inv("36/2026", "122.00", "2026-12-31", "2026-12-01"),
    date="2027-01-13 18:09", tz="Europe/Rome", style="gmail", html="gmail",
    hist=[L("reminder", "2027-01-07 09:00"),
          C("2027-01-07 19:30", """Fatto! Ciao Chiara"""),
          L("paid_claim_followup", "2027-01-13 09:00", claim_date="2027-01-07")],
    body="""Ciao Chiara,
scusa, forse non lo vedi perché non ho fatto un bonifico: ti ho pagato con Satispay il 7 sera, al numero che mi avevi dato a ottobre per la prima traduzione (122 euro, messaggio "traduzione certificato"). Guarda nell'app, dovrebbe esserci.
Beatrice""",
    label=lab("client-reply-paid", "Reasserts payment made by Satispay instead of bank transfer; explains why the freelancer may not see it.",
              amount="122.00"))

# 49 Venetian-ish, next week (vague)
add(lang="it", owner="chiara", client=cl("Bepi Zanon", "bepi.zanon@zanonvini.it", "Zanon Vini di Giuseppe Zanon"),
    inv=inv("37/2026", "488.00", "2026-12-31", "2026-12-01"),
    date="2027-01-21 08:17", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2027-01-08 09:00"),
          C("2027-01-08 09:12", """Ciao Chiara ghe penso mi"""),
          L("promise_followup", "2027-01-20 09:00")],
    body="""Ciao Chiara, xe colpa mia, go avudo un casin col comercialista che el ga cambià programma e no trovavo più gnente. Te pago la setimana che vien, sta tranquila.
Bepi""",
    label=lab("client-reply-promise", "Venetian dialect: 'Te pago la setimana che vien' = next week -> promise without a date."))

# 50 lawyer answers the final demand
add(lang="it", owner="davide", client=cl("Riccardo Mele", "riccardo@melecostruzioni.it", "Mele Costruzioni srl"),
    frm=P("Avv. Lucia Ferraro", "l.ferraro@studiolegaleferraro.it"),
    inv=inv("2026/08", "4270.00", "2026-10-15", "2026-09-15"), law="IT",
    date="2027-01-19 17:03", tz="Europe/Rome", style="outlook", subj="R: Fattura 2026/08 - Marchetti Fotografia",
    cc=[P("Riccardo Mele", "riccardo@melecostruzioni.it")],
    hist=[L("late_fee", "2026-11-30 09:00", deadline="2026-12-10"),
          C("2026-12-01 08:30", """Davide, ti ho già detto al telefono cosa ne penso. R.""", sender=P("Riccardo Mele", "riccardo@melecostruzioni.it")),
          L("final", "2027-01-18 09:00", deadline="2027-02-02")],
    body="""Egregio Sig. Marchetti,

scrivo in nome e per conto di Mele Costruzioni srl, che legge in copia, in riscontro alla Sua comunicazione del 18 gennaio u.s.

La mia assistita contesta integralmente la fattura n. 2026/08: le riprese con drone del cantiere di via Nizza sono state eseguite senza le autorizzazioni ENAC necessarie, circostanza che ha esposto la società a una contestazione da parte della committenza, e il materiale consegnato non è utilizzabile ai fini per cui era stato commissionato. Nulla è pertanto dovuto, né a titolo di corrispettivo né di interessi o spese.

Resto a disposizione per un confronto.

Distinti saluti
Avv. Lucia Ferraro
Studio Legale Ferraro – Torino""",
    label=lab("client-reply-dispute", "Client's lawyer replies to the formal demand: contests the whole invoice, nothing due.",
              reference="2026/08"))


# =============================================================================================
# ESPAÑOL
# =============================================================================================

MIRASIERRA = cl("Raquel Domínguez", "administracion@grupomirasierra.es", "Grupo Hostelero Mirasierra SL")

# 1 promised Friday -> done, receipt attached
add(lang="es", owner="lucia", client=MIRASIERRA, inv=inv("2026-041", "1815.00", "2026-11-15", "2026-10-16"),
    date="2026-12-01 10:22", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-11-20 09:00"),
          C("2026-11-20 12:48", """Hola Lucía, perdona, se nos pasó. La pagamos este viernes sin falta.
Un saludo,
Raquel"""),
          L("promise_followup", "2026-11-30 09:00", promise_date="2026-11-27")],
    body="""Buenos días Lucía:

Disculpa, el viernes al final no dio tiempo porque faltaba una firma. Ya está hecha la transferencia, te adjunto el justificante.

Un saludo,

Raquel Domínguez
Administración
Grupo Hostelero Mirasierra SL
C/ Arturo Soria 245 · 28033 Madrid""",
    att=[("application/pdf", "Justificante_transferencia.pdf", fake_pdf("Justificante de transferencia", ["Ordenante: GRUPO HOSTELERO MIRASIERRA SL", "Beneficiaria: LUCIA MARTIN SERRANO", "Importe: 1.815,00 EUR", "Concepto: Factura 2026-041", "Fecha: 01/12/2026"]))],
    label=lab("client-reply-paid", "Promise for Friday in the quoted history; new text: 'el viernes al final no dio tiempo ... Ya está hecha la transferencia' with the receipt attached."))

# 2 paid claim -> it was still a draft; tomorrow first thing
add(lang="es", owner="lucia", client=cl("Javier Ortega", "javier@ortegafisio.com", "Javier Ortega", kind="person"),
    inv=inv("2026-043", "290.40", "2026-11-30", "2026-10-31"),
    date="2026-12-10 20:14", tz="Europe/Madrid", style="apple", iphone=True,
    hist=[L("reminder", "2026-12-02 09:00"),
          C("2026-12-02 14:30", """Hola! Pagada ayer 😊

Enviado desde mi iPhone"""),
          L("paid_claim_followup", "2026-12-10 09:00", claim_date="2026-12-02", paid_on="2026-12-01")],
    body="""Uf, tienes toda la razón, qué vergüenza. Acabo de mirar el banco y la transferencia se había quedado guardada como borrador, nunca llegó a enviarse. Mañana a primera hora la lanzo.

Perdona de verdad!

Enviado desde mi iPhone""",
    label=lab("client-reply-promise", "Earlier 'Pagada ayer' (quoted) was wrong: the transfer stayed a draft; 'Mañana a primera hora la lanzo' (Thu 10/12 -> 11/12).",
              promised_date="2026-12-11"))

# 3 payment run of the 25th
add(lang="es", owner="jordi", client=cl("Cuentas a Pagar", "cuentasapagar@laboratoriosvallbona.com", "Laboratorios Vallbona SA"),
    inv=inv("F2026-117", "2178.00", "2026-12-31", "2026-12-01"),
    date="2027-01-12 12:35", tz="Europe/Madrid", style="outlook", html="outlook", subj="RE: Factura F2026-117 (Puig Traduccions)",
    hist=[L("reminder", "2027-01-05 09:00"),
          C("2027-01-05 10:41", """Buenos días, la factura está pendiente de conformidad por parte del departamento de Regulatory. Saludos, Cuentas a Pagar"""),
          L("promise_followup", "2027-01-12 09:00")],
    body="""Buenos días, Sr. Puig:

Le informamos de que la factura ya ha sido conformada y entra en la remesa del día 25.

Saludos cordiales,

Cuentas a Pagar
Laboratorios Vallbona SA
Pol. Ind. Can Roqueta · 08202 Sabadell

Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su eliminación. De conformidad con el RGPD (UE) 2016/679, le informamos de que sus datos son tratados por Laboratorios Vallbona SA con la finalidad de gestionar la relación comercial.""",
    label=lab("client-reply-promise", "'entra en la remesa del día 25' -> promise for 25/01/2027 (Date 12/01/2027).",
              promised_date="2027-01-25"))

# 4 late fee -> won't pay interest / 40: invoice returned for missing PO
add(lang="es", owner="lucia", client=cl("Nuria Campos", "ncampos@ferreteriacampos.es", "Ferretería Campos e Hijos SL"),
    inv=inv("2026-039", "968.00", "2026-11-10", "2026-10-10"), law="ES",
    date="2026-12-16 13:05", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-11-18 09:00"),
          C("2026-11-18 16:02", """Hola Lucía, lo miro con contabilidad y te digo. Nuria"""),
          L("late_fee", "2026-12-15 09:00", deadline="2026-12-25")],
    body="""Hola Lucía:

Te soy sincera, no me ha gustado nada este correo. La factura nos llegó sin el número de pedido y contabilidad nos la devolvió, te lo dije por teléfono a mediados de noviembre. El retraso no es culpa nuestra, así que los 40 euros y los intereses no los vamos a abonar. La factura sí, en cuanto nos mandes la versión con el pedido.

Nuria Campos
Ferretería Campos e Hijos""",
    label=lab("client-reply-dispute", "After the late-fee notice: refuses the 40 euro and interest (delay blamed on the missing PO); will pay the invoice once corrected -> dispute."))

# 5 paid the principal, refuses interest and compensation
add(lang="es", owner="lucia", client=cl("Departamento Financiero", "financiero@inmobiliariaalcala.es", "Inmobiliaria Alcalá SA"),
    inv=inv("2026-038", "1815.00", "2026-11-05", "2026-10-06"), law="ES",
    date="2026-12-14 11:40", tz="Europe/Madrid", style="outlook", subj="RE: Factura 2026-038 - Martín Estudio",
    hist=[L("reminder", "2026-11-16 09:00"),
          L("late_fee", "2026-12-07 09:00", deadline="2026-12-17", quotes_prev=False)],
    body="""Estimada Sra. Martín:

Le comunicamos que hoy hemos realizado la transferencia de 1.815,00 € correspondiente al importe de la factura 2026-038.

En cuanto a los intereses de demora y a la indemnización de 40 € reclamados en su correo, le indicamos que no proceden: la entrega de los planos definitivos se produjo el 28 de octubre, con tres semanas de retraso sobre lo acordado, y por nuestra parte hemos renunciado a aplicar la penalización prevista en el contrato. Entendemos que con este pago la factura queda saldada.

Atentamente,

Departamento Financiero
Inmobiliaria Alcalá SA""",
    label=lab("client-reply-dispute", "Pays the invoice amount but refuses interest and the 40 euro compensation -> dispute.",
              amount="1815.00", reference="2026-038"))

# 6 thanks after the 'payment received' letter
add(lang="es", owner="lucia", client=cl("Pablo Iglesias Rubio", "pablo@rubioarquitectos.es", "Rubio Arquitectos SLP"),
    inv=inv("2026-046", "726.00", "2026-12-20", "2026-11-20"),
    date="2027-01-04 09:51", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-12-28 09:00"),
          C("2026-12-28 11:20", """Hola Lucía, la transferencia sale hoy. Felices fiestas! Pablo"""),
          L("thank_you", "2027-01-04 09:00", paid_on="2026-12-30")],
    body="""¡Gracias a ti, Lucía! Feliz año 🎉
Hablamos la semana que viene por lo del folleto de la promoción de Valdebebas.
Pablo""",
    label=lab("client-reply-other", "Reply to the 'payment received' letter: thanks and future work; the quote contains 'la transferencia sale hoy'."))

# 7 statement: one paid, two in the end-of-month confirming
add(lang="es", owner="lucia", client=cl("Marta Sanz", "msanz@clinicasonrisas.es", "Clínica Dental Sonrisas SLP"),
    inv=inv("2026-044", "484.00", "2026-11-25", "2026-10-26"), base="Facturas pendientes - Martín Estudio",
    date="2026-12-10 17:02", tz="Europe/Madrid", style="gmail", html="gmail",
    hist=[L("statement", "2026-12-09 09:00", deadline="2026-12-19", quotes_prev=False,
            invoices=[inv("2026-044", "484.00", "2026-11-25", "2026-10-26"), inv("2026-045", "605.00", "2026-12-01", "2026-11-01"),
                      inv("2026-048", "363.00", "2026-12-15", "2026-11-15")])],
    body="""Hola Lucía:

La 044 está pagada desde el día 3 (transferencia desde Bankinter, por si te ayuda a localizarla). Las otras dos van en el confirming de final de mes, junto con el resto de proveedores.

Gracias y un saludo,
Marta Sanz
Clínica Dental Sonrisas""",
    label=lab("client-reply-promise", "Statement: one invoice claimed paid, the other two 'van en el confirming de final de mes' -> promise 31/12 (paid one + promise others = promise). Several invoices: no single reference."
              , promised_date="2026-12-31"))

# 8 statement: all paid, receipts coming
add(lang="es", owner="jordi", client=cl("Montse Ribas", "montse.ribas@editorialribes.cat", "Editorial Ribes SL"),
    inv=inv("F2026-104", "1210.00", "2026-11-15", "2026-10-16"), base="Factures pendents / Facturas pendientes - Puig Traduccions",
    date="2026-12-15 10:09", tz="Europe/Madrid", style="outlook", subj="RE: Factures pendents / Facturas pendientes - Puig Traduccions",
    hist=[L("statement", "2026-12-14 09:00", deadline="2026-12-24", quotes_prev=False,
            invoices=[inv("F2026-104", "1210.00", "2026-11-15", "2026-10-16"), inv("F2026-109", "847.00", "2026-11-30", "2026-10-31")])],
    body="""Bon dia Jordi,

Perdona, deben de haberse cruzado: las dos están pagadas, la 104 el 27 de noviembre y la 109 el viernes pasado. Te reenvío ahora los justificantes desde el banco en un correo aparte.

Salutacions,
Montse Ribas
Administració · Editorial Ribes""",
    label=lab("client-reply-paid", "Statement of two invoices: both paid with dates; Catalan greeting/sign-off, Spanish body. Receipts promised in a separate email (future) but the payments are done."))

# 9 final demand -> not conforming, work below expectations
add(lang="es", owner="nayra", client=cl("Eduardo Quintana", "eduardo@hotelvistamar.es", "Hotel Vistamar Gran Canaria SL"),
    inv=inv("2026-052", "2420.00", "2026-11-15", "2026-10-16"), law="ES",
    date="2027-01-12 13:47", tz="Atlantic/Canary", style="gmail",
    hist=[L("reminder", "2026-11-23 09:00"),
          C("2026-11-24 09:00", """Nayra, tenemos que hablar de las fotos antes de pagar. Te llamo esta semana."""),
          L("late_fee", "2026-12-14 09:00", deadline="2026-12-24"),
          L("final", "2027-01-11 09:00", deadline="2027-01-25")],
    body="""Nayra:

No estamos conformes con la factura y así te lo hice saber en noviembre (la llamada que me dijiste que me devolverías y nunca llegó). De las 60 fotos acordadas nos entregaste 38, y las de las habitaciones con vistas están hechas con el cielo nublado, cuando habíamos quedado en repetirlas. No vamos a pagar 2.420 € por eso, ni mucho menos intereses. Si quieres facturar la parte entregada, hablamos.

Eduardo Quintana
Director
Hotel Vistamar""",
    label=lab("client-reply-dispute", "Reply to the formal demand: contests delivered work (38 of 60 photos), refuses to pay the invoice as issued."))

# 10 final demand -> Friday
add(lang="es", owner="jordi", client=cl("Albert Soler", "albert@solerimport.com", "Soler Import SL"),
    inv=inv("F2026-098", "605.00", "2026-10-31", "2026-10-01"), law="ES",
    date="2027-01-19 08:44", tz="Europe/Madrid", style="outlook", subj="RE: Factura F2026-098 (Puig Traduccions)",
    hist=[L("reminder", "2026-11-09 09:00"),
          C("2026-11-09 12:00", """Jordi, te la pago a primeros de diciembre. Albert"""),
          L("promise_followup", "2026-12-14 09:00"),
          L("final", "2027-01-18 09:00", deadline="2027-02-01")],
    body="""Jordi,

No hace falta llegar a eso, hombre. He tenido un diciembre horrible con un cliente que no me paga a mí, ya sabes cómo va esto. Te la pago el viernes sin falta, todo, con los intereses.

Albert""",
    label=lab("client-reply-promise", "Reply to the formal demand with an older undated promise in the history: 'Te la pago el viernes sin falta' (Tue 19/01 -> Fri 22/01).",
              promised_date="2027-01-22"))

# 11 forwarded to a colleague
add(lang="es", owner="nayra", client=cl("Cristina Betancor", "cbetancor@eventoscanarias.com", "Eventos Canarias SL"),
    inv=inv("2026-055", "847.00", "2026-12-10", "2026-11-10"),
    date="2026-12-18 09:35", tz="Atlantic/Canary", style="gmail", subj="Fwd: Re: Factura 2026-055 · Nayra Hernández Fotografía",
    to=[P("Marta León", "mleon@eventoscanarias.com")], cc=[P("Nayra Hernández", "nayra@nayrahdz.com")],
    hist=[L("reminder", "2026-12-11 09:00"),
          C("2026-12-11 10:10", """Hola Nayra, la pasamos a pago esta semana. Besos, Cris"""),
          L("promise_followup", "2026-12-18 09:00")],
    body="""Marta, ¿puedes mirar esto tú? Yo ya no llevo los pagos desde que me pasaron a producción y no sé si se llegó a pagar. Nayra va en copia.

Gracias!
Cris""",
    label=lab("client-reply-other", "Forward to a colleague (freelancer in cc): asks her to check; no statement about payment. Earlier promise only in the quote."))

# 12 Argentine client, transfer via Wise
add(lang="es", owner="jordi", client=cl("Martín Gorostiaga", "martin@gorostiagacontenidos.com.ar", "Gorostiaga Contenidos", kind="company"),
    inv=inv("F2026-111", "880.00", "2026-11-30", "2026-10-31"),
    date="2026-12-09 18:26", tz="America/Argentina/Buenos_Aires", style="gmail",
    hist=[L("reminder", "2026-12-02 09:00"),
          C("2026-12-02 11:04", """Jordi querido, esta semana lo resuelvo. Abrazo"""),
          L("promise_followup", "2026-12-09 09:00")],
    body="""Che Jordi, te transferí ayer a la tarde por Wise, fijate que tiene que estar entrando. Son 880 euros justos, las comisiones las pagué yo. Perdoná la demora, diciembre acá es una locura.

Abrazo grande
Martín""",
    label=lab("client-reply-paid", "Argentine Spanish ('te transferí ayer', 'fijate'): paid via Wise, 880 EUR.",
              amount="880.00"))

# 13 Canary voice -> Monday
add(lang="es", owner="nayra", client=cl("Yaiza Rodríguez", "yaizarodriguez84@hotmail.com", "Yaiza Rodríguez", kind="person"),
    inv=inv("2026-057", "350.00", "2026-12-05", "2026-11-05"),
    date="2026-12-17 21:48", tz="Atlantic/Canary", style="gmail",
    hist=[L("reminder", "2026-12-09 09:00"),
          C("2026-12-09 22:15", """Ay perdona Nayra!! Esta semana te lo pago seguro"""),
          L("promise_followup", "2026-12-17 09:00")],
    body="""Mi niña perdóname, esta semana ha sido una locura con los niños malos y el trabajo, no he tenido ni un rato. El lunes sin falta te lo pago, en cuanto cobre.
Un besito y perdona de verdad
Yaiza""",
    label=lab("client-reply-promise", "Canarian voice: 'El lunes sin falta te lo pago' (Thu 17/12 -> Mon 21/12). 'en cuanto cobre' is a reason, the day is stated.",
              promised_date="2026-12-21"))

# 14 duplicate invoice
add(lang="es", owner="jordi", client=cl("Laura Vidal", "lvidal@vidalabogados.es", "Vidal Abogados SLP"),
    inv=inv("F2026-108", "1452.00", "2026-11-20", "2026-10-21"),
    date="2026-12-04 16:31", tz="Europe/Madrid", style="outlook", html="outlook", subj="RE: Factura F2026-108 (Puig Traduccions)",
    hist=[L("reminder", "2026-11-30 09:00"),
          C("2026-11-30 17:02", """Jordi, esta ya está pagada. Laura"""),
          L("paid_claim_followup", "2026-12-03 09:00", claim_date="2026-11-30")],
    body="""Hola Jordi:

He vuelto a mirarlo y ahora lo entiendo: nos habéis facturado dos veces el mismo encargo. La F2026-101 y la F2026-108 son la misma traducción jurada del contrato de arrendamiento (mismo número de páginas, mismo importe), y la 101 la pagamos el 2 de noviembre. La 108 no la vamos a pagar; por favor, anúlala con una rectificativa.

Un saludo,
Laura Vidal
Vidal Abogados""",
    label=lab("client-reply-dispute", "After the paid-claim follow-up: the invoice is a duplicate of an already paid one; asks for a corrective invoice -> dispute.",
              reference="F2026-108"))

# 15 Bizum
add(lang="es", owner="nayra", client=cl("Daniel Suárez", "dani.suarez.tfe@gmail.com", "Daniel Suárez", kind="person"),
    inv=inv("2026-058", "150.00", "2026-12-10", "2026-12-01"),
    date="2026-12-14 13:12", tz="Atlantic/Canary", style="gmail",
    hist=[L("reminder", "2026-12-11 09:00"),
          C("2026-12-11 14:00", """Hola Nayra, el finde te lo paso"""),
          L("promise_followup", "2026-12-14 09:00")],
    body="""Te lo acabo de mandar por Bizum, 150 €, al número que tienes en la web. Confírmame que te ha llegado porfa 🙏""",
    label=lab("client-reply-paid", "Paid by Bizum just now, 150 EUR; asks to confirm arrival.",
              amount="150.00"))

# 16 partial now, rest end of month
add(lang="es", owner="lucia", client=cl("Sergio Molina", "sergio@molinafitness.es", "Molina Fitness SL"),
    inv=inv("2026-050", "1331.00", "2026-12-20", "2026-11-20"),
    date="2027-01-14 19:58", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-12-28 09:00"),
          C("2026-12-29 10:00", """Lucía, después de Reyes lo miro. Sergio"""),
          L("promise_followup", "2027-01-14 09:00")],
    body="""Hola Lucía,

Enero está siendo durísimo (la cuota de autónomos, el IVA del trimestre...). Ahora te hago 500 € y el resto a final de mes, ¿te parece bien?

Sergio""",
    label=lab("client-reply-promise", "Partial payment now + the rest 'a final de mes' -> promise for 31/01/2027. The remainder's amount is not stated, so no amount.",
              promised_date="2027-01-31"))

# 17 late fee: wrong due date (60-day terms)
add(lang="es", owner="jordi", client=cl("Administración", "administracion@transportesgil.es", "Transportes Gil e Hijos SA"),
    inv=inv("F2026-113", "1936.00", "2026-12-05", "2026-11-05"), law="ES",
    date="2027-01-11 12:12", tz="Europe/Madrid", style="outlook", html="outlook", charset="iso-8859-1", subj="RE: Factura F2026-113 (Puig Traduccions)",
    hist=[L("reminder", "2026-12-14 09:00"),
          C("2026-12-14 13:00", """Buenos días, la factura se abonará según nuestras condiciones de pago. Administración"""),
          L("late_fee", "2027-01-11 09:00", deadline="2027-01-21")],
    body="""Buenos días:

Los intereses que nos reclama están mal calculados. Según el pedido firmado, el plazo de pago es de 60 días desde la fecha de factura, tal como permite la Ley 3/2004, y no de 30 días como ha puesto usted en la factura. Por lo tanto la factura F2026-113 vence el 4 de enero y, en cualquier caso, no aceptamos la indemnización de 40 €.

Le rogamos nos envíe la factura corregida con el vencimiento correcto.

Atentamente,
Administración
Transportes Gil e Hijos SA""",
    label=lab("client-reply-dispute", "Late-fee notice contested: due date/terms and the 40 euro compensation; asks for a corrected invoice. iso-8859-1 Outlook.",
              reference="F2026-113"))

# 18 resend the PDF
add(lang="es", owner="lucia", client=cl("Irene Castro", "irene.castro@academiaexito.es", "Academia Éxito SL"),
    inv=inv("2026-047", "423.50", "2026-12-10", "2026-11-10"),
    date="2026-12-17 11:03", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-12-14 09:00"),
          C("2026-12-14 12:40", """Hola Lucía, la pago esta semana! Irene"""),
          L("promise_followup", "2026-12-17 09:00")],
    body="""Hola Lucía,

¿Me la puedes reenviar en PDF? La estoy buscando para pasársela a la gestoría y no la encuentro por ningún lado, creo que se me fue a la carpeta de spam.

Gracias!
Irene""",
    label=lab("client-reply-other", "Asks to resend the invoice PDF; no payment claim or new promise (the quoted 'la pago esta semana' is history)."))

# 19 Mexican client, deposit done
add(lang="es", owner="nayra", client=cl("Alejandra Treviño", "atrevino@tierraazulmx.com", "Tierra Azul Producciones SA de CV"),
    inv=inv("2026-054", "1800.00", "2026-11-30", "2026-10-31"),
    date="2026-12-08 10:41", tz="America/Mexico_City", style="gmail",
    hist=[L("reminder", "2026-12-03 09:00"),
          C("2026-12-03 09:30", """Hola Nayra, disculpa, ya lo estamos viendo con finanzas. Saludos!"""),
          L("promise_followup", "2026-12-08 09:00")],
    body="""Buen día Nayra,

Ya quedó el depósito, lo hizo finanzas ayer en la tarde por transferencia internacional. Ahorita le pido el comprobante a Rubén y se lo mando.

Saludos cordiales,
Alejandra Treviño
Tierra Azul Producciones""",
    label=lab("client-reply-paid", "Mexican Spanish: 'Ya quedó el depósito' = payment done yesterday; 'Ahorita' refers to sending the receipt."))

# 20 short: tomorrow
add(lang="es", owner="lucia", client=cl("Toni Navarro", "toni.navarro@gmail.com", "Toni Navarro", kind="person"),
    inv=inv("2026-042", "242.00", "2026-11-25", "2026-10-26"),
    date="2026-12-02 23:40", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-11-26 09:00"),
          C("2026-11-26 15:00", """ok, lo pago el lunes"""),
          L("promise_followup", "2026-12-02 09:00", promise_date="2026-11-30")],
    body="""perdona, me he liado. te lo pago mañana""",
    label=lab("client-reply-promise", "One line, lower case: 'te lo pago mañana' sent 23:40 Madrid on 02/12 -> 03/12.",
              promised_date="2026-12-03"))

# 21 work not finished
add(lang="es", owner="nayra", client=cl("Carmen Perdomo", "carmen@restaurantelacofradia.es", "Restaurante La Cofradía SL"),
    inv=inv("2026-056", "665.50", "2026-12-05", "2026-11-05"),
    date="2026-12-16 12:25", tz="Atlantic/Canary", style="apple",
    hist=[L("reminder", "2026-12-09 09:00"),
          C("2026-12-09 16:45", """Hola Nayra, dime una cosa, ¿cuándo nos mandas lo que falta?"""),
          L("promise_followup", "2026-12-16 09:00")],
    body="""Hola Nayra:

Es que el trabajo no está terminado. Faltan las fotos del segundo salón y las de la terraza, que quedaste en hacer cuando pusiéramos la decoración de Navidad, y ya está puesta desde el día 1. Hasta que no tengamos todo no te pago la factura completa. Si quieres te pago la mitad ahora y la otra mitad cuando entregues.

Carmen""",
    label=lab("client-reply-dispute", "Work not finished; withholds full payment (offers half now, half on delivery) -> dispute."))

# 22 IBAN changed?
add(lang="es", owner="jordi", client=cl("Pere Casals", "pere@casalsvins.cat", "Celler Casals SL"),
    inv=inv("F2026-119", "544.50", "2026-12-31", "2026-12-01"),
    date="2027-01-13 10:56", tz="Europe/Madrid", style="thunderbird", mailer="thunderbird",
    hist=[L("reminder", "2027-01-08 09:00"),
          C("2027-01-08 10:00", """Jordi, la semana que viene te la pago. Pere"""),
          L("promise_followup", "2027-01-13 09:00")],
    body="""Hola Jordi,

Antes de pagar: ¿has cambiado de número de cuenta? En este correo pone un IBAN que empieza por ES76 0081 y en la factura que tengo en PDF pone otro de La Caixa. No quiero equivocarme. ¿Cuál es el bueno?

Gràcies,
Pere""",
    label=lab("client-reply-other", "Question about which IBAN is correct before paying; no new promise (the quote has 'la semana que viene')."))

# 23 HTML-only corporate: payment made on 14/12
add(lang="es", owner="lucia", client=cl("Proveedores", "proveedores@grupoalimentarioebro.es", "Grupo Alimentario del Ebro SA"),
    inv=inv("2026-047", "2904.00", "2026-11-30", "2026-10-31"),
    date="2026-12-15 08:17", tz="Europe/Madrid", style="outlook", html="outlook-only", subj="RE: Factura 2026-047 - Martín Estudio",
    hist=[L("reminder", "2026-12-07 09:00"),
          C("2026-12-07 09:40", """Buenos días. La factura se encuentra en proceso de pago. Un saludo, Departamento de Proveedores"""),
          L("promise_followup", "2026-12-14 09:00")],
    body="""Buenos días:

Le informamos que con fecha 14/12/2026 se ha procedido al pago de la factura 2026-047 mediante transferencia bancaria por importe de 2.904,00 €.

Reciba un cordial saludo.

Departamento de Proveedores
Grupo Alimentario del Ebro SA

AVISO LEGAL: La información contenida en este correo electrónico es confidencial y está dirigida exclusivamente a su destinatario. Si ha recibido este mensaje por error, le rogamos que lo notifique al remitente y lo elimine.""",
    label=lab("client-reply-paid", "HTML-only corporate Outlook: payment made on 14/12 by transfer, amount stated.",
              amount="2904.00", reference="2026-047"))

# 24 monthly limit -> on the 1st
add(lang="es", owner="lucia", client=cl("Elena Marín", "elena.marin.psico@gmail.com", "Elena Marín", kind="person"),
    inv=inv("2027-003", "605.00", "2027-01-15", "2026-12-16"),
    date="2027-01-27 14:32", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2027-01-20 09:00"),
          C("2027-01-20 15:10", """Hola Lucía, hecha hoy! Elena"""),
          L("paid_claim_followup", "2027-01-27 09:00", claim_date="2027-01-20")],
    body="""Hola Lucía,

Lo siento muchísimo. He mirado y la transferencia me la rechazó el banco porque había superado el límite mensual de la app, y el aviso me llegó a un correo que no miro nunca. El límite se renueva el día 1, así que ese día la repito, de verdad.

Elena""",
    label=lab("client-reply-promise", "Earlier 'hecha hoy' (quoted) was rejected by the bank; will redo it 'el día 1' (Date 27/01/2027 -> 01/02/2027).",
              promised_date="2027-02-01"))

# 25 suspension notice: threatens complaint, hours not approved
add(lang="es", owner="jordi", client=cl("Óscar Ferrer", "oscar@ferrertech.es", "Ferrer Tech SL"),
    inv=inv("F2026-110", "2662.00", "2026-11-30", "2026-10-31"), law="ES",
    date="2026-12-29 18:50", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-12-07 09:00"),
          L("late_fee", "2026-12-14 09:00", deadline="2026-12-24", quotes_prev=False),
          C("2026-12-14 19:00", """Jordi, esta semana lo hablamos, hay cosas de la factura que no me cuadran."""),
          L("suspension", "2026-12-28 09:00", deadline="2027-01-08", susp="2027-01-11")],
    body="""Jordi,

Si dejas colgada la localización de la app a mitad de proyecto, te reclamo los daños. Te lo dije hace dos semanas: la factura de noviembre incluye 22 horas de revisión que nadie aprobó y que no estaban en el presupuesto. Mándame una factura sin esas horas y te la pago, pero esta tal como está no.

Óscar""",
    label=lab("client-reply-dispute", "Reply to the suspension notice: contests 22 unapproved hours, will pay only a corrected invoice -> dispute."))

# 26 Catalan-flavoured: paid today
add(lang="es", owner="jordi", client=cl("Núria Bosch", "nuria@boschdisseny.cat", "Bosch Disseny SL"),
    inv=inv("F2026-114", "363.00", "2026-12-10", "2026-11-10"),
    date="2026-12-21 12:08", tz="Europe/Madrid", style="apple",
    hist=[L("reminder", "2026-12-14 09:00"),
          C("2026-12-14 17:00", """Bon dia Jordi! Aquesta setmana sense falta."""),
          L("promise_followup", "2026-12-21 09:00")],
    body="""Bon dia Jordi!

Perdona el retraso, de verdad. Ya está pagada, hoy mismo a primera hora. Si no te llega en un par de días dímelo.

Gràcies i bones festes!
Núria""",
    label=lab("client-reply-paid", "Catalan greeting and sign-off, Spanish body: 'Ya está pagada, hoy mismo'. Quote holds an earlier Catalan promise."))

# 27 received, passed to accounting
add(lang="es", owner="lucia", client=cl("Beatriz Gómez", "beatriz.gomez@asesoriagomez.es", "Asesoría Gómez SL"),
    inv=inv("2026-049", "786.50", "2026-12-15", "2026-11-15"),
    date="2026-12-22 10:05", tz="Europe/Madrid", style="outlook", subj="RE: Factura 2026-049 - Martín Estudio",
    hist=[L("reminder", "2026-12-16 09:00"),
          C("2026-12-16 11:30", """Buenos días Lucía, la tramitamos antes de fin de año. Saludos, Beatriz"""),
          L("promise_followup", "2026-12-22 09:00")],
    body="""Recibido. Lo paso a contabilidad.

Beatriz Gómez
Asesoría Gómez SL""",
    label=lab("client-reply-other", "Acknowledgement only ('Recibido. Lo paso a contabilidad.'); quote holds an earlier promise."))

# 28 can't before the 20th
add(lang="es", owner="nayra", client=cl("Iván Santana", "ivan@surfschoolcanteras.com", "Surf School Las Canteras SL"),
    inv=inv("2026-060", "484.00", "2026-12-31", "2026-12-01"),
    date="2027-01-11 09:20", tz="Atlantic/Canary", style="gmail",
    hist=[L("reminder", "2027-01-05 09:00"),
          C("2027-01-05 12:00", """Nayra esta semana te lo miro"""),
          L("promise_followup", "2027-01-11 09:00")],
    body="""Buenas Nayra,

Te soy sincero: no podemos antes del 20, enero es temporada baja y vamos justos hasta que entren las reservas de febrero. El 20 te lo pago seguro.

Iván""",
    label=lab("client-reply-promise", "'no podemos antes del 20' + 'El 20 te lo pago' -> promise for 20/01/2027.",
              promised_date="2027-01-20"))

# 29 statement: one invoice not recognised (included in fixed-price quote)
add(lang="es", owner="lucia", client=cl("Ricardo Peña", "rpena@penaconsulting.es", "Peña Consulting SL"),
    inv=inv("2026-051", "544.50", "2026-12-20", "2026-11-20"), base="Facturas pendientes - Martín Estudio",
    date="2027-01-15 16:44", tz="Europe/Madrid", style="gmail",
    hist=[L("statement", "2027-01-14 09:00", deadline="2027-01-24", quotes_prev=False,
            invoices=[inv("2026-049", "1452.00", "2026-12-15", "2026-11-15"), inv("2026-051", "544.50", "2026-12-20", "2026-11-20")])],
    body="""Lucía:

La 049 la tramitamos esta semana. La 051 no la reconocemos: las adaptaciones para redes sociales estaban incluidas en el presupuesto cerrado que aprobamos en septiembre ("incluye adaptaciones a formatos RRSS"). No te lo adjunto, pero lo tienes en tu correo del 12/09. Por favor, anúlala.

Ricardo Peña""",
    label=lab("client-reply-dispute", "Statement reply: one invoice to be processed 'esta semana' (vague), the other not recognised (already in the fixed quote) -> dispute."))

# 30 paid to the old account
add(lang="es", owner="lucia", client=cl("Fernando Ruiz", "fernando.ruiz@ruizyasociados.es", "Ruiz y Asociados Abogados SLP"),
    inv=inv("2026-045", "968.00", "2026-12-01", "2026-11-01"),
    date="2026-12-16 17:21", tz="Europe/Madrid", style="outlook", subj="RE: Factura 2026-045 - Martín Estudio",
    hist=[L("reminder", "2026-12-09 09:00"),
          C("2026-12-09 09:50", """Estimada Lucía, abonada el pasado viernes. Atentamente, F. Ruiz"""),
          L("paid_claim_followup", "2026-12-16 09:00", claim_date="2026-12-09", paid_on="2026-12-04")],
    body="""Estimada Lucía:

Ahí va el justificante. Ahora veo el problema: la hicimos a la cuenta antigua del Sabadell, la que tenías en las facturas del año pasado, porque la tenía guardada como beneficiario habitual. ¿Puedes comprobar si te ha entrado allí? Si esa cuenta ya no existe, supongo que el banco nos la devolverá.

Atentamente,
Fernando Ruiz""",
    att=[("application/pdf", "justificante_20261204.pdf", fake_pdf("Banco Sabadell - Justificante de transferencia", ["Ordenante: RUIZ Y ASOCIADOS ABOGADOS SLP", "Beneficiario: LUCIA MARTIN SERRANO", "Cuenta: ES80 0081 ... 4412", "Importe: 968,00 EUR", "Fecha: 04/12/2026"]))],
    label=lab("client-reply-paid", "Reply to the paid-claim follow-up: sends the receipt; the transfer went to the freelancer's old account. Still a paid claim (money sent), with a question."))

# 31 final demand -> will pay on 5 February (grant)
add(lang="es", owner="jordi", client=cl("Fundació Arrels Culturals", "tresoreria@arrelsculturals.org", "Fundació Arrels Culturals"),
    inv=inv("F2026-105", "1694.00", "2026-11-20", "2026-10-21"),
    date="2027-01-25 11:11", tz="Europe/Madrid", style="outlook", subj="RE: Factura F2026-105 (Puig Traduccions)",
    hist=[L("reminder", "2026-11-30 09:00"),
          C("2026-12-01 10:00", """Bon dia, estem pendents de cobrar la subvenció de la Generalitat. Us direm alguna cosa."""),
          L("final", "2027-01-22 09:00", deadline="2027-02-05")],
    body="""Benvolgut Sr. Puig / Estimado Sr. Puig:

Lamentamos mucho la situación. Nos han confirmado que la subvención se ingresa esta semana; le pagaremos la totalidad de la factura el 5 de febrero, dentro del plazo que nos indica.

Atentamente,

Tresoreria
Fundació Arrels Culturals""",
    label=lab("client-reply-promise", "Reply to the formal demand: will pay the whole invoice on 5 February (Date 25/01/2027). Bilingual salutation; earlier Catalan message in the quote.",
              promised_date="2027-02-05"))

# 32 reissue to the foundation instead of the association
add(lang="es", owner="nayra", client=cl("Lidia Cabrera", "lidia@asociacionmarazul.org", "Asociación Mar Azul"),
    inv=inv("2026-059", "726.00", "2026-12-20", "2026-11-20"),
    date="2026-12-28 10:33", tz="Atlantic/Canary", style="gmail",
    hist=[L("reminder", "2026-12-22 09:00"),
          C("2026-12-22 12:00", """Hola Nayra! Después de Navidad lo vemos."""),
          L("promise_followup", "2026-12-28 09:00")],
    body="""Hola Nayra,

Te escribo por esto: la tesorera me dice que el reportaje lo paga la Fundación Mar Azul (que es la que tiene la subvención), no la asociación. ¿Podrías emitir la factura a nombre de la fundación? Te paso el CIF: G76543210, C/ Triana 42, Las Palmas. Perdona el lío.

Lidia""",
    label=lab("client-reply-other", "Asks to reissue the invoice to a different entity (administrative request), no contest of amount or work, no payment date."))

# 33 paid principal, refuses 40
add(lang="es", owner="nayra", client=cl("Tomás Hernández", "tomas@distribucionesatlantico.es", "Distribuciones Atlántico SL"),
    inv=inv("2026-053", "1210.00", "2026-11-20", "2026-10-21"), law="ES",
    date="2026-12-22 13:29", tz="Atlantic/Canary", style="gmail",
    hist=[L("reminder", "2026-11-30 09:00"),
          L("late_fee", "2026-12-21 09:00", deadline="2026-12-31", quotes_prev=False)],
    body="""Nayra, buenas:

Hemos pagado hoy el principal, los 1.210 €. Los 40 € de indemnización y los intereses no los vamos a pagar: somos clientes tuyos desde hace cinco años y siempre hemos pagado, un retraso de un mes no justifica esto. Sinceramente, me ha sentado mal.

Tomás""",
    label=lab("client-reply-dispute", "Paid the invoice amount, refuses the 40 euro and interest -> dispute.",
              amount="1210.00"))

# 34 long chatty mail, one sentence matters
add(lang="es", owner="lucia", client=cl("Clara Vega", "clara@vegaflores.es", "Vega Flores", kind="company"),
    inv=inv("2026-048", "302.50", "2026-12-15", "2026-11-15"),
    date="2026-12-23 20:16", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-12-18 09:00"),
          C("2026-12-18 19:00", """Lucía guapa, la semana que viene te pago, que estoy a tope con los centros de Navidad"""),
          L("promise_followup", "2026-12-23 09:00")],
    body="""Hola Lucía!!

Qué locura de semana, no te lo puedes imaginar. Hemos hecho 140 centros de mesa para la cena de empresa de una consultora, más las coronas de la iglesia de San Ginés, y mi hermana con gripe. Por cierto, la factura ya te la pagué el martes, se me olvidó decírtelo, perdona.

Otra cosa: en enero queremos cambiar el logo de la furgoneta y los tarjetones, ¿te vendría bien que nos viéramos la segunda semana? Tengo ideas (ya me conoces 😅) y quiero que lo veas tú antes que nadie.

Felices fiestas a ti y a Jaime,
Clara""",
    label=lab("client-reply-paid", "Long chatty mail about other things; one sentence says the invoice was paid on Tuesday."))

# 35 supplier payment run on the 10th
add(lang="es", owner="jordi", client=cl("Pagos Proveedores", "pagos.proveedores@hotelesmarina.com", "Hoteles Marina SA"),
    inv=inv("F2026-116", "1089.00", "2026-12-15", "2026-11-15"),
    date="2026-12-28 09:14", tz="Europe/Madrid", style="outlook", html="outlook", subj="RE: Factura F2026-116 (Puig Traduccions)",
    hist=[L("reminder", "2026-12-21 09:00"),
          C("2026-12-21 10:30", """Buenos días, la factura está pendiente de aprobación. Saludos"""),
          L("promise_followup", "2026-12-28 09:00")],
    body="""Buenos días,

La factura ya está aprobada y saldrá en el pago a proveedores del día 15.

Saludos,
Pagos Proveedores
Hoteles Marina SA""",
    label=lab("client-reply-promise", "'saldrá en el pago a proveedores del día 15' -> promise 15/01/2027 (Date 28/12/2026).",
              promised_date="2027-01-15"))

# 36 invoice does not match the quote
add(lang="es", owner="lucia", client=cl("Andrés Lozano", "alozano@lozanoreformas.es", "Lozano Reformas SL"),
    inv=inv("2026-044", "1754.50", "2026-11-30", "2026-10-31"),
    date="2026-12-11 09:47", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-12-04 09:00"),
          C("2026-12-04 18:00", """Lucía, lo vemos la semana que viene"""),
          L("promise_followup", "2026-12-11 09:00")],
    body="""Lucía,

He revisado la factura con calma y no corresponde con el presupuesto que aceptamos: eran 1.200 € + IVA y nos habéis facturado 1.450 € + IVA. No recuerdo haber aprobado ningún extra. Mientras no me expliques de dónde salen esos 250 € no la podemos pagar; si fue un error, mándanos una rectificativa.

Andrés Lozano""",
    label=lab("client-reply-dispute", "Invoice does not match the accepted quote (1,200 vs 1,450 + IVA); withholds payment and asks for a corrective invoice -> dispute."))

# 37 asks the exact total with interest before processing
add(lang="es", owner="jordi", client=cl("Gestoría Serra", "admin@gestoriaserra.com", "Gestoría Serra SL"),
    inv=inv("F2026-107", "726.00", "2026-11-15", "2026-10-16"), law="ES",
    date="2026-12-17 10:52", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-11-23 09:00"),
          L("late_fee", "2026-12-16 09:00", deadline="2026-12-26", quotes_prev=False)],
    body="""Buenos días Jordi,

¿Me confirmas el importe exacto a día de hoy? Contabilidad me pide que le pase la cifra cerrada antes de tramitarlo y, como los intereses van por días, no sé si usar la del correo o calcularla yo.

Gracias,
Marc
Gestoría Serra""",
    label=lab("client-reply-other", "After the late-fee notice: asks for the exact amount as of today before processing; neither contests nor promises a date."))

# 38 base64 body: 'Realizada. Adjunto justificante.'
add(lang="es", owner="nayra", client=cl("Ana Padrón", "apadron@inmobiliariadelsur.es", "Inmobiliaria del Sur SL"),
    inv=inv("2026-058", "968.00", "2026-12-15", "2026-11-15"),
    date="2026-12-21 08:32", tz="Atlantic/Canary", style="outlook", cte="base64", subj="RE: Factura 2026-058 · Nayra Hernández Fotografía",
    hist=[L("reminder", "2026-12-18 09:00"),
          C("2026-12-18 10:20", """Buenos días, se paga el lunes. Ana Padrón"""),
          L("promise_followup", "2026-12-21 07:00")],
    body="""Realizada. Adjunto justificante.

Ana Padrón
Inmobiliaria del Sur SL · Maspalomas""",
    att=[("application/pdf", "transferencia_INMOSUR_21122026.pdf", fake_pdf("CaixaBank - Transferencia realizada", ["Ordenante INMOBILIARIA DEL SUR SL", "Beneficiario NAYRA HERNANDEZ DENIZ", "Importe 968,00 EUR", "Fecha 21/12/2026"]))],
    label=lab("client-reply-paid", "Base64 body, two words 'Realizada. Adjunto justificante.' + PDF. Quote holds the earlier 'se paga el lunes'."))

# 39 Andalusian: Thursday
add(lang="es", owner="lucia", client=cl("Manolo Jiménez", "manolo@bodegasjimenez.es", "Bodegas Jiménez SL"),
    inv=inv("2027-002", "847.00", "2027-01-20", "2026-12-21"),
    date="2027-02-02 13:58", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2027-01-26 09:00"),
          C("2027-01-26 14:00", """Lucía, miarma, la semana que viene te lo hago"""),
          L("promise_followup", "2027-02-02 09:00")],
    body="""Quillo Lucía, perdona, que se me ha ido de la cabeza con la feria de Madrid. El jueves sin falta te hago el ingreso, que el miércoles estoy de viaje.

Un abrazo
Manolo""",
    label=lab("client-reply-promise", "Andalusian voice: 'El jueves sin falta te hago el ingreso' (Tue 02/02/2027 -> Thu 04/02/2027).",
              promised_date="2027-02-04"))

# 40 refuses interest from a freelancer, will pay 'when convenient'
add(lang="es", owner="jordi", client=cl("Ramón Pujol", "ramon@pujolmaquinaria.es", "Pujol Maquinaria SL"),
    inv=inv("F2026-102", "2057.00", "2026-11-05", "2026-10-06"), law="ES",
    date="2026-12-11 19:03", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-11-16 09:00"),
          C("2026-11-17 08:00", """Jordi ya te pagaré, no me agobies."""),
          L("late_fee", "2026-12-11 09:00", deadline="2026-12-21")],
    body="""Jordi, lo que me faltaba: intereses. Llevo treinta años en esto y nunca un autónomo me ha mandado una cosa así. No pienso pagar ni un euro de intereses ni de "costes de cobro", que aquí no ha habido ningún coste. La factura te la pagaré cuando pueda.

Ramón Pujol""",
    label=lab("client-reply-dispute", "Refuses interest and compensation outright; vague 'te la pagaré cuando pueda' -> dispute."))

# 41 thanks + recommendation
add(lang="es", owner="nayra", client=cl("Sofía Alemán", "sofia.aleman@gmail.com", "Sofía Alemán", kind="person"),
    inv=inv("2026-061", "450.00", "2027-01-10", "2026-12-20"),
    date="2027-01-12 22:07", tz="Atlantic/Canary", style="apple", iphone=True,
    hist=[L("thank_you", "2027-01-12 09:00", paid_on="2027-01-11")],
    body="""Gracias a ti Nayra!! Las fotos de la boda quedaron preciosas, mi madre ya tiene tres en el salón 😍 Te he recomendado a mi prima que se casa en septiembre en Tenerife, te escribirá.

Besos

Enviado desde mi iPhone""",
    label=lab("client-reply-other", "Reply to the 'payment received' letter: thanks and a referral; nothing about payment."))

# 42 Colombian: international transfer made today
add(lang="es", owner="lucia", client=cl("Juliana Restrepo", "jrestrepo@cafeandino.co", "Café Andino SAS"),
    inv=inv("2026-046", "1500.00", "2026-12-10", "2026-11-10"),
    date="2026-12-18 15:20", tz="America/Bogota", style="gmail",
    hist=[L("reminder", "2026-12-14 09:00"),
          C("2026-12-14 10:00", """Buenos días Lucía, con mucho gusto lo gestionamos esta semana."""),
          L("promise_followup", "2026-12-18 09:00")],
    body="""Buenas tardes Lucía,

Con mucho gusto le informo que el día de hoy se realizó la transferencia internacional por 1.500 euros. Tenga en cuenta que puede demorar de 2 a 3 días hábiles en reflejarse en su cuenta. Cualquier cosa quedo pendiente.

Cordialmente,
Juliana Restrepo
Directora Administrativa
Café Andino S.A.S. – Medellín""",
    label=lab("client-reply-paid", "Colombian register: international transfer made today; arrival delay mentioned (not a promise).",
              amount="1500.00"))

# 43 scheduled transfer was for the 30th
add(lang="es", owner="lucia", client=cl("Hugo Serrano", "hugo@serranoeventos.es", "Serrano Eventos SL"),
    inv=inv("2026-043", "605.00", "2026-11-30", "2026-10-31"),
    date="2026-12-09 12:40", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-12-02 09:00"),
          C("2026-12-02 12:00", """Hola Lucía, ya la tienes programada, sale el día 3."""),
          L("paid_claim_followup", "2026-12-09 09:00", claim_date="2026-12-02", paid_on="2026-12-03")],
    body="""Hola Lucía,

Perdona, ya he visto el lío: la transferencia programada no era para el día 3, sino para el 30 (puse 30/12 en vez de 03/12, cosas de hacerlo con el móvil). Así que entra el 30. Si te viene muy mal, dímelo y la adelanto.

Hugo""",
    label=lab("client-reply-promise", "Earlier claim ('sale el día 3') corrected: the scheduled transfer is for the 30th -> not paid yet, promise for 30/12.",
              promised_date="2026-12-30"))

# 44 will pay only if the surcharge is removed
add(lang="es", owner="nayra", client=cl("Gustavo Medina", "gustavo@medinaautos.es", "Medina Autos SL"),
    inv=inv("2026-050", "726.00", "2026-11-25", "2026-10-26"), law="ES",
    date="2027-01-04 11:45", tz="Atlantic/Canary", style="outlook", subj="RE: Factura 2026-050 · Nayra Hernández Fotografía",
    hist=[L("reminder", "2026-12-02 09:00"),
          C("2026-12-02 12:00", """Nayra te pago después de Reyes"""),
          L("late_fee", "2026-12-28 09:00", deadline="2027-01-07")],
    body="""Nayra, te pagamos si nos quitas el recargo. Si no, no pagamos nada hasta que lo hablemos, que esto no era lo acordado.

Gustavo""",
    label=lab("client-reply-dispute", "Conditional refusal: pays only if the late-payment surcharge is dropped -> dispute (not a promise)."))

# 45 accountant asks for hours breakdown
add(lang="es", owner="jordi", client=cl("Silvia Mas", "smas@masgestio.cat", "Mas Gestió SL"),
    inv=inv("F2026-118", "998.25", "2026-12-31", "2026-12-01"),
    date="2027-01-08 13:10", tz="Europe/Madrid", style="outlook", subj="RE: Factura F2026-118 (Puig Traduccions)",
    hist=[L("reminder", "2027-01-07 09:00")],
    body="""Hola Jordi,

Soy la gestora de Casa Rovira (llevamos su contabilidad). Para poder contabilizar la factura F2026-118 necesitamos el desglose de horas o de palabras por documento, porque el cliente la imputa a dos proyectos distintos. ¿Nos lo puedes enviar?

Gracias,
Silvia Mas
Mas Gestió""",
    label=lab("client-reply-other", "The client's bookkeeper asks for a breakdown to book the invoice; not a contest.",
              reference="F2026-118"))

# 46 early next month, when the grant arrives (vague)
add(lang="es", owner="nayra", client=cl("Oliver Rivero", "oliver@teatrocuyas.org", "Asociación Cultural La Cuyás"),
    inv=inv("2026-062", "605.00", "2027-01-10", "2026-12-10"),
    date="2027-01-22 10:12", tz="Atlantic/Canary", style="gmail",
    hist=[L("reminder", "2027-01-15 09:00"),
          C("2027-01-15 13:00", """Nayra, en cuanto podamos te pagamos, estamos esperando una subvención."""),
          L("promise_followup", "2027-01-22 09:00")],
    body="""Hola Nayra,

Seguimos igual, lo siento. El Cabildo nos ha dicho que la subvención se ingresa a primeros de mes, y en cuanto la cobremos te pago lo tuyo antes que nada. Gracias por la paciencia.

Oliver""",
    label=lab("client-reply-promise", "Promise tied to a grant arriving 'a primeros de mes' -> vague, no promised_date."))

# 47 screenshot of the banking app
add(lang="es", owner="lucia", client=cl("Rocío Fernández", "rocio.fdez@gmail.com", "Rocío Fernández", kind="person"),
    inv=inv("2026-052", "181.50", "2026-12-20", "2026-12-01"),
    date="2026-12-29 16:50", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-12-23 09:00"),
          C("2026-12-23 10:10", """Hecho!! Rocío"""),
          L("paid_claim_followup", "2026-12-29 09:00", claim_date="2026-12-23")],
    body="""Hola Lucía, te adjunto captura de la app, la hice el 22 por la tarde. A lo mejor por las fiestas va lenta.
Rocío""",
    att=[("image/png", "Captura de pantalla 2026-12-29 a las 16.48.png", fake_png(47))],
    label=lab("client-reply-paid", "Answer to 'not received yet': screenshot (PNG) of the banking app, made on the 22nd."))

# 48 today
add(lang="es", owner="jordi", client=cl("Lluís Camps", "lluis@campsarquitectura.cat", "Camps Arquitectura SLP"),
    inv=inv("F2027-001", "1331.00", "2027-02-05", "2027-01-05"),
    date="2027-02-15 10:25", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2027-02-10 09:00"),
          C("2027-02-10 19:00", """Jordi, em poso aquesta setmana. Lluís"""),
          L("promise_followup", "2027-02-15 09:00")],
    body="""Tienes razón, Jordi. Hoy mismo la hago, estoy en ello ahora que ha llegado la contable.

Lluís""",
    label=lab("client-reply-promise", "'Hoy mismo la hago, estoy en ello' -> not done yet, promise for today (15/02/2027)."
              , promised_date="2027-02-15"))

# 49 invoice cancelled by a corrective one
add(lang="es", owner="jordi", client=cl("Departamento Legal", "legal@seguroslevante.es", "Seguros Levante SA"),
    inv=inv("F2026-112", "3025.00", "2026-11-30", "2026-10-31"), law="ES",
    date="2027-01-26 17:37", tz="Europe/Madrid", style="outlook", html="outlook", subj="RE: Factura F2026-112 (Puig Traduccions)",
    hist=[L("reminder", "2026-12-09 09:00"),
          C("2026-12-09 11:00", """Buenas tardes, la factura está en revisión. Dpto. Legal"""),
          L("late_fee", "2026-12-28 09:00", deadline="2027-01-07"),
          L("final", "2027-01-25 09:00", deadline="2027-02-08")],
    body="""Estimado Sr. Puig:

Acusamos recibo de su requerimiento de pago. Le recordamos que la factura F2026-112 quedó anulada por la factura rectificativa R2026-004 que usted mismo nos remitió el 15 de diciembre, tras detectarse el error en el número de palabras, y que la factura correcta (F2026-121) fue abonada el 10 de enero. No existe, por tanto, deuda pendiente por nuestra parte.

Atentamente,
Departamento Legal
Seguros Levante SA""",
    label=lab("client-reply-dispute", "Reply to the formal demand: the invoice was cancelled by a corrective invoice and the replacement paid -> nothing owed on this invoice: dispute (not a paid claim for it).",
              reference="F2026-112"))

# 50 wants to talk about a payment plan
add(lang="es", owner="lucia", client=cl("Diego Herrera", "diego@herreraimprenta.es", "Imprenta Herrera SL"),
    inv=inv("2026-040", "3630.00", "2026-11-10", "2026-10-10"), law="ES",
    date="2027-01-20 09:06", tz="Europe/Madrid", style="gmail",
    hist=[L("reminder", "2026-11-18 09:00"),
          L("late_fee", "2026-12-09 09:00", deadline="2026-12-19", quotes_prev=False),
          L("suspension", "2027-01-19 09:00", deadline="2027-01-29", susp="2027-02-01")],
    body="""Hola Lucía,

¿Me puedes dar un teléfono o llamarme tú al 655 321 987? Me gustaría hablar contigo de cómo lo hacemos; el último trimestre ha sido muy malo y prefiero explicártelo de palabra antes de que me suspendas nada.

Diego""",
    label=lab("client-reply-other", "Reply to the suspension notice: asks for a call to discuss; no promise, no contest yet."))


# =============================================================================================
# ENGLISH
# =============================================================================================

X15 = Decimal("1.5")

# 1 Irish voice: sorted after a promise follow-up
add(lang="en", owner="tom", client=cl("Ciarán Walsh", "ciaran@walshbrewing.ie", "Walsh Brewing Co. Ltd"),
    inv=inv("INV-2026-031", "1845.00", "2026-11-20", "2026-10-21"),
    date="2026-12-03 11:07", tz="Europe/Dublin", style="gmail",
    hist=[L("reminder", "2026-11-25 09:00"),
          C("2026-11-25 15:22", """Hi Tom, apologies, will get that sorted by Friday. Ciarán"""),
          L("promise_followup", "2026-12-02 09:00", promise_date="2026-11-27")],
    body="""Tom,

Sorted now, went out this morning. Apologies again, Friday got away from me with the Christmas orders.

Ciarán

--
Ciarán Walsh | Operations
Walsh Brewing Co. | Unit 4, Smithfield, Dublin 7""",
    label=lab("client-reply-paid", "Irish voice: 'Sorted now, went out this morning' after a promise follow-up; quoted promise 'by Friday'."))

# 2 'my bad, it failed' -> tomorrow
add(lang="en", owner="tom", client=cl("Aoife Brennan", "aoife@brennanyoga.ie", "Aoife Brennan", kind="person"),
    inv=inv("INV-2026-034", "420.00", "2026-11-30", "2026-10-31"),
    date="2026-12-09 18:46", tz="Europe/Dublin", style="apple", iphone=True,
    hist=[L("reminder", "2026-12-02 09:00"),
          C("2026-12-02 12:15", """Paid this morning! x

Sent from my iPhone"""),
          L("paid_claim_followup", "2026-12-09 09:00", claim_date="2026-12-02", paid_on="2026-12-02")],
    body="""Oh no, my bad - it failed! The bank app flagged the name as a mismatch (I'd typed Byrne Design instead of Thomas Byrne) and I never hit confirm. Will redo it tomorrow with the right name, sorry Tom!

Sent from my iPhone""",
    label=lab("client-reply-promise", "Earlier 'Paid this morning' (quoted) retracted: payee-name check stopped it; 'Will redo it tomorrow' (09/12 -> 10/12).",
              promised_date="2026-12-10"))

# 3 GB late fee: agreed 45 days, won't pay interest or £70
add(lang="en", owner="sarah", client=cl("Rachel Hughes", "rachel.hughes@northgateproperty.co.uk", "Northgate Property Ltd"),
    inv=inv("SW-0218", "1450.00", "2026-11-13", "2026-10-14"), cur="GBP", law="GB",
    date="2026-12-09 10:31", tz="Europe/London", style="outlook", html="outlook", subj="RE: Invoice SW-0218 from Whitfield Copy",
    hist=[L("reminder", "2026-11-20 09:00"),
          C("2026-11-20 14:02", """Hi Sarah, this is with finance for approval. Thanks, Rachel"""),
          L("late_fee", "2026-12-08 09:00", deadline="2026-12-18")],
    body="""Hi Sarah,

I'm a bit surprised by this one. When we signed the SOW in September we agreed 45-day terms, which is what all our suppliers are on, so from our side SW-0218 isn't due until 28 November at the earliest. Finance are happy to pay the invoice amount but will not be paying the statutory interest or the £70 compensation.

Can you send over a corrected statement so I can get it through?

Thanks,
Rachel

Rachel Hughes
Marketing Manager, Northgate Property Ltd""",
    label=lab("client-reply-dispute", "After the late-fee notice: disputes the terms and refuses the interest and the £70 fixed sum; will pay the invoice amount (undated).",
              reference="SW-0218"))

# 4 paid the invoice, won't pay compensation
add(lang="en", owner="sarah", client=cl("Accounts Payable", "ap@harrowandfinch.co.uk", "Harrow & Finch LLP"),
    inv=inv("SW-0221", "1200.00", "2026-11-20", "2026-10-21"), cur="GBP", law="GB",
    date="2026-12-15 14:18", tz="Europe/London", style="outlook", subj="RE: Invoice SW-0221 from Whitfield Copy",
    hist=[L("reminder", "2026-11-27 09:00"),
          L("late_fee", "2026-12-14 09:00", deadline="2026-12-24", quotes_prev=False)],
    body="""Dear Sarah,

We have today paid £1,200.00 in settlement of invoice SW-0221.

We will not be paying the late payment interest or compensation. The invoice was received without the matter number required under our supplier terms and had to be re-submitted, which accounts for the delay.

Kind regards,

Accounts Payable
Harrow & Finch LLP
Harrow & Finch LLP is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be legally privileged.""",
    label=lab("client-reply-dispute", "Paid the invoice amount 'in settlement' but refuses interest and compensation -> dispute. GBP.",
              amount="1200.00", currency="GBP", reference="SW-0221"))

# 5 thanks after thank-you letter
add(lang="en", owner="sarah", client=cl("Ollie Grant", "ollie@grantandco.studio", "Grant & Co", kind="company"),
    inv=inv("SW-0224", "650.00", "2026-12-10", "2026-11-10"), cur="GBP",
    date="2026-12-18 16:02", tz="Europe/London", style="gmail",
    hist=[L("reminder", "2026-12-14 09:00"),
          C("2026-12-14 10:40", """Ah sorry Sarah, paying now!"""),
          L("thank_you", "2026-12-18 09:00", paid_on="2026-12-15")],
    body="""Cheers Sarah, pleasure as always. Have a lovely Christmas and let's do the spring campaign in Jan!

Ollie""",
    label=lab("client-reply-other", "Reply to the 'payment received' letter: just thanks and future work."))

# 6 statement: one paid, two in next week's payment run (vague)
add(lang="en", owner="tom", client=cl("Niamh Kelly", "accounts@kellyhospitality.ie", "Kelly Hospitality Group Ltd"),
    inv=inv("INV-2026-031", "984.00", "2026-11-15", "2026-10-16"), base="Outstanding invoices - Byrne Design", law="IE",
    date="2026-12-11 12:14", tz="Europe/Dublin", style="outlook", html="outlook", subj="RE: Outstanding invoices - Byrne Design",
    hist=[L("statement", "2026-12-10 09:00", deadline="2026-12-20", quotes_prev=False,
            invoices=[inv("INV-2026-031", "984.00", "2026-11-15", "2026-10-16"), inv("INV-2026-034", "1230.00", "2026-11-30", "2026-10-31"),
                      inv("INV-2026-036", "615.00", "2026-12-15", "2026-11-15")])],
    body="""Hi Tom,

Thanks for this. INV-2026-031 was paid on 2 December (ref KHG-PAY-1182) so should be with you. 034 and 036 will go out with next week's payment run.

Kind regards,
Niamh Kelly
Accounts | Kelly Hospitality Group""",
    label=lab("client-reply-promise", "Statement: one invoice claimed paid, two 'will go out with next week's payment run' -> promise without a date (next week is vague). Three invoice numbers named: no single reference."))

# 7 statement: all paid in one BACS, remittance attached
add(lang="en", owner="sarah", client=cl("Priti Shah", "priti.shah@bloomsburyanalytics.com", "Bloomsbury Analytics Ltd"),
    inv=inv("SW-0215", "900.00", "2026-11-06", "2026-10-07"), cur="GBP", base="Outstanding invoices - Whitfield Copy",
    date="2026-12-14 09:26", tz="Europe/London", style="gmail",
    hist=[L("statement", "2026-12-11 09:00", deadline="2026-12-21", quotes_prev=False,
            invoices=[inv("SW-0215", "900.00", "2026-11-06", "2026-10-07"), inv("SW-0219", "1350.00", "2026-11-20", "2026-10-21"),
                      inv("SW-0223", "450.00", "2026-12-04", "2026-11-04")])],
    body="""Morning Sarah,

All three were paid in a single BACS on Friday - remittance attached. It should show on your statement as BLOOMSBURY ANALYT with our supplier ref.

Best,
Priti""",
    att=[("application/pdf", "Remittance_Advice_WHITF01_11122026.pdf", fake_pdf("Remittance Advice", ["Supplier WHITF01 Sarah Whitfield", "SW-0215 900.00", "SW-0219 1,350.00", "SW-0223 450.00", "Total GBP 2,700.00", "Payment date 11/12/2026"]))],
    label=lab("client-reply-paid", "Statement of three invoices: all paid in one BACS on Friday, remittance PDF attached (amount only in the PDF, not in the text)."))

# 8 final demand: prototype broken on Safari
add(lang="en", owner="priya", client=cl("Jason Miller", "jason@trailheadgear.com", "Trailhead Gear Inc."),
    inv=inv("NUX-0142", "4800.00", "2026-11-15", "2026-10-16"), cur="USD", law="EXTRA", extra_rate=X15,
    date="2027-01-06 15:42", tz="America/Denver", style="gmailus",
    hist=[L("reminder", "2026-11-23 09:00"),
          C("2026-11-23 13:10", """Priya - we need to talk about the checkout flow before we pay this. -J"""),
          L("late_fee", "2026-12-14 09:00", deadline="2026-12-24"),
          L("final", "2027-01-05 09:00", deadline="2027-01-19")],
    body="""Priya,

I've told you twice now that the checkout prototype doesn't work on Safari/iOS, which is 60% of our traffic. Our dev team couldn't use it for the January sprint and we had to rebuild the flow in-house. We're not paying $4,800 plus late fees for a deliverable we couldn't use. Fix it or reissue for the research phase only (the $1,800 part) and we'll pay that.

Jason Miller
Head of Ecommerce, Trailhead Gear""",
    label=lab("client-reply-dispute", "Reply to the final notice: deliverable unusable, refuses the invoice and fees, offers to pay a reduced reissued invoice -> dispute. US Gmail quoting."))

# 9 can't before the 28th
add(lang="en", owner="tom", client=cl("Declan Murphy", "declan@murphyjoinery.ie", "Murphy Joinery Ltd"),
    inv=inv("INV-2026-029", "738.00", "2026-11-10", "2026-10-11"), law="IE",
    date="2027-01-15 17:20", tz="Europe/Dublin", style="gmail",
    hist=[L("reminder", "2026-11-18 09:00"),
          C("2026-11-18 20:00", """Tom, I'll get it to you before Christmas. D."""),
          L("promise_followup", "2026-12-28 09:00"),
          L("final", "2027-01-14 09:00", deadline="2027-01-28")],
    body="""Tom,

Sorry, I know I said before Christmas. Things are tight after the holidays and the bank won't move on the overdraft till the end of the month. I can't do it before the 28th, but on the 28th it'll be paid in full, interest and all. Hope that's OK.

Declan""",
    label=lab("client-reply-promise", "Reply to the final notice: \"can't do it before the 28th, but on the 28th it'll be paid\" -> promise 28/01/2027.",
              promised_date="2027-01-28"))

# 10 loops in AP
add(lang="en", owner="priya", client=cl("Megan Torres", "megan.torres@brightpathlearning.org", "BrightPath Learning"),
    inv=inv("NUX-0147", "3200.00", "2026-12-01", "2026-11-01"), cur="USD",
    date="2026-12-08 10:05", tz="America/New_York", style="gmailus",
    cc=[P("Dave Kowalski", "ap@brightpathlearning.org")],
    hist=[L("reminder", "2026-12-03 09:00"),
          C("2026-12-03 11:30", """Hi Priya, thanks for the nudge - I'll chase it internally. Megan"""),
          L("promise_followup", "2026-12-08 09:00")],
    body="""Hi Priya - adding Dave from our AP team, who can tell you where this is.

Dave, can you look at NUX-0147? It was approved by me on 11/20, so I'm not sure why it hasn't gone out.

Thanks!
Megan""",
    label=lab("client-reply-other", "Loops in accounts payable (cc) and asks them to check; no claim of payment, no date.",
              reference="NUX-0147"))

# 11 Indian English: processed vide UTR
add(lang="en", owner="sarah", client=cl("Finance Team", "finance@kavyasoftech.in", "Kavya Softech Pvt Ltd"),
    inv=inv("SW-0220", "850.00", "2026-11-30", "2026-10-31"), cur="GBP",
    date="2026-12-10 16:48", tz="Asia/Kolkata", style="outlook", subj="RE: Invoice SW-0220 from Whitfield Copy",
    hist=[L("reminder", "2026-12-07 09:00"),
          C("2026-12-07 17:00", """Dear Madam, Noted. Payment will be released shortly. Regards, Finance Team"""),
          L("promise_followup", "2026-12-10 09:00")],
    body="""Dear Madam,

Kindly note the payment of GBP 850.00 against your invoice no. SW-0220 has been processed today vide SWIFT ref. KSPL/FX/26/1187. Amount may take 2-3 working days to reflect due to intermediary bank.

Kindly acknowledge the receipt of the same.

Thanks & Regards,
Finance Team
Kavya Softech Pvt Ltd, Pune""",
    label=lab("client-reply-paid", "Indian English ('processed today vide SWIFT ref'); GBP amount.",
              amount="850.00", currency="GBP", reference="SW-0220"))

# 12 Australian: Monday
add(lang="en", owner="tom", client=cl("Bec Thompson", "bec@saltandpinecafe.com.au", "Salt & Pine Cafe Pty Ltd"),
    inv=inv("INV-2026-035", "560.00", "2026-12-05", "2026-11-05"),
    date="2026-12-17 08:30", tz="Australia/Sydney", style="gmail",
    hist=[L("reminder", "2026-12-10 09:00"),
          C("2026-12-11 07:00", """Hey Tom, will get to it this week!"""),
          L("promise_followup", "2026-12-16 09:00")],
    body="""No worries Tom, totally my fault. I'm off at the markets till the weekend - will sort it Monday when I'm back in the office, first thing.

Cheers,
Bec""",
    label=lab("client-reply-promise", "Australian voice, Sydney time zone: 'will sort it Monday' (Thu 17/12 local -> Mon 21/12).",
              promised_date="2026-12-21"))

# 13 double-billed retainer
add(lang="en", owner="tom", client=cl("Sinéad O'Connor", "sinead.oconnor@harbourdental.ie", "Harbour Dental Clinic"),
    inv=inv("INV-2026-033", "615.00", "2026-11-30", "2026-10-31"),
    date="2026-12-10 13:05", tz="Europe/Dublin", style="outlook", subj="RE: Invoice INV-2026-033 - Byrne Design",
    hist=[L("reminder", "2026-12-07 09:00"),
          C("2026-12-07 12:00", """Tom, I'm fairly sure we paid this. Sinéad"""),
          L("paid_claim_followup", "2026-12-09 09:00", claim_date="2026-12-07")],
    body="""Hi Tom,

I've gone through it with our bookkeeper. INV-2026-033 and INV-2026-029 are both for the October social media retainer - same description, same amount. We paid 029 on 12 November. So we've been billed twice for the same month and we won't be paying 033; could you issue a credit note?

Thanks,
Sinéad""",
    label=lab("client-reply-dispute", "Earlier 'we paid this' becomes: double-billed for the same month, asks for a credit note -> dispute. The other number (029) is named only as context.",
              reference="INV-2026-033"))

# 14 processed in yesterday's run
add(lang="en", owner="sarah", client=cl("Purchase Ledger", "purchaseledger@ashworthretail.co.uk", "Ashworth Retail plc"),
    inv=inv("SW-0222", "2100.00", "2026-12-01", "2026-11-01"), cur="GBP",
    date="2026-12-11 09:02", tz="Europe/London", style="outlook", subj="RE: Invoice SW-0222 from Whitfield Copy",
    hist=[L("reminder", "2026-12-08 09:00"),
          C("2026-12-08 11:00", """Hello, this is scheduled for payment. Purchase Ledger"""),
          L("promise_followup", "2026-12-10 09:00")],
    body="""Processed in yesterday's run.

Purchase Ledger Team
Ashworth Retail plc""",
    label=lab("client-reply-paid", "One line from accounts payable: 'Processed in yesterday's run' = paid, no payment verb."))

# 15 US: cut a check Friday
add(lang="en", owner="priya", client=cl("Linda Brooks", "lbrooks@brooksfamilydental.com", "Brooks Family Dental"),
    inv=inv("NUX-0144", "1250.00", "2026-11-30", "2026-10-31"), cur="USD",
    date="2026-12-08 14:15", tz="America/Chicago", style="gmailus",
    hist=[L("reminder", "2026-12-02 09:00"),
          C("2026-12-02 16:00", """Hi Priya, Dr. Brooks has to sign off. Will let you know. Linda"""),
          L("promise_followup", "2026-12-08 09:00")],
    body="""Hi Priya,

Dr. Brooks signed off this morning. We'll cut a check Friday and mail it to the address on the invoice, so give it a few days after that.

Thanks for your patience!
Linda Brooks
Office Manager, Brooks Family Dental""",
    label=lab("client-reply-promise", "US: 'We'll cut a check Friday' (Tue 08/12 -> Fri 11/12). Mail delay mentioned but the promise is for Friday.",
              promised_date="2026-12-11"))

# 16 IE late fee: never agreed to late fees
add(lang="en", owner="tom", client=cl("Gavin Doyle", "gavin@doylemotors.ie", "Doyle Motors Ltd"),
    inv=inv("INV-2026-030", "1107.00", "2026-11-15", "2026-10-16"), law="IE",
    date="2026-12-16 12:48", tz="Europe/Dublin", style="gmail",
    hist=[L("reminder", "2026-11-23 09:00"),
          C("2026-11-23 18:40", """Tom will look at this next week, Gavin"""),
          L("late_fee", "2026-12-15 09:00", deadline="2026-12-25")],
    body="""Tom,

We were never told about late fees, there's nothing about interest or compensation in your quote or on the invoice. I'm not paying €70 on top because it's a few weeks late over the busiest month of the year. I'll pay the €1,107 and that's it.

Gavin""",
    label=lab("client-reply-dispute", "Rejects the compensation and interest; will pay only the invoice amount (future, undated) -> dispute."))

# 17 needs PO on the invoice
add(lang="en", owner="priya", client=cl("Accounts Payable", "ap@northwindhealth.com", "Northwind Health Partners LLC"),
    inv=inv("NUX-0145", "6400.00", "2026-12-05", "2026-11-05"), cur="USD",
    date="2026-12-14 11:20", tz="America/New_York", style="outlook", html="outlook-only", subj="RE: Invoice NUX-0145 - Nair UX",
    hist=[L("reminder", "2026-12-09 09:00"),
          C("2026-12-09 14:00", """Hello, thank you for your email. We are reviewing. AP"""),
          L("promise_followup", "2026-12-14 09:00")],
    body="""Hello Priya,

Your invoice was rejected by our AP system because it does not reference a valid purchase order. Please resubmit the invoice with PO number 4500018872 on it to invoices@northwindhealth.com. Once it is matched it will be paid on our standard terms.

Thank you,
Accounts Payable
Northwind Health Partners LLC""",
    label=lab("client-reply-other", "AP asks for the invoice to be resubmitted with a PO number; administrative, no date, no contest."))

# 18 Scottish: aye, paid Friday
add(lang="en", owner="sarah", client=cl("Callum Fraser", "callum@fraserdistillery.scot", "Fraser Distillery Ltd"),
    inv=inv("SW-0217", "780.00", "2026-11-30", "2026-10-31"), cur="GBP",
    date="2026-12-07 10:12", tz="Europe/London", style="gmail",
    hist=[L("reminder", "2026-12-02 09:00"),
          C("2026-12-02 13:13", """Sorry Sarah, will get it done this week. C"""),
          L("promise_followup", "2026-12-07 09:00")],
    body="""Aye, paid it Friday Sarah. Should be with you by now, give me a shout if not.

Callum""",
    label=lab("client-reply-paid", "Scottish voice: 'Aye, paid it Friday' after a promise follow-up."))

# 19 held as a duplicate, released for Thursday's run
add(lang="en", owner="tom", client=cl("Finance", "finance@corrib-tech.ie", "Corrib Technologies DAC"),
    inv=inv("INV-2026-032", "2460.00", "2026-11-30", "2026-10-31"),
    date="2026-12-15 15:33", tz="Europe/Dublin", style="outlook", html="outlook", subj="RE: Invoice INV-2026-032 - Byrne Design",
    hist=[L("reminder", "2026-12-03 09:00"),
          C("2026-12-03 10:05", """Hi Tom, this was paid last week. Regards, Finance"""),
          L("paid_claim_followup", "2026-12-14 09:00", claim_date="2026-12-03")],
    body="""Hi Tom,

Apologies - turns out our finance system flagged INV-2026-032 as a possible duplicate and held it, so it never actually went. It's been released now and will go on Thursday's run.

Regards,
Finance Team
Corrib Technologies DAC""",
    label=lab("client-reply-promise", "Earlier paid claim was wrong (held as duplicate); 'will go on Thursday's run' (Tue 15/12 -> Thu 17/12).",
              promised_date="2026-12-17", reference="INV-2026-032"))

# 20 pay half now, rest when the website is live
add(lang="en", owner="priya", client=cl("Marcus Reed", "marcus@reedandrowe.com", "Reed & Rowe Realty"),
    inv=inv("NUX-0140", "5200.00", "2026-11-10", "2026-10-11"), cur="USD", law="EXTRA", extra_rate=X15,
    date="2026-12-16 17:55", tz="America/New_York", style="gmailus",
    hist=[L("reminder", "2026-11-18 09:00"),
          C("2026-11-18 19:30", """Priya, we'll settle up once the site is live. M"""),
          L("late_fee", "2026-12-15 09:00", deadline="2026-12-25")],
    body="""Priya,

A late fee? The site still isn't live - the listings search is broken and the agent pages were never delivered. I told you in November we'd pay once it's launched. I'll send 50% this week as good faith and the rest when the site actually works. No late fee.

Marcus""",
    label=lab("client-reply-dispute", "Withholds half until the work is fixed and rejects the late fee; offers 50% 'this week' -> dispute."))

# 21 confused about which invoice
add(lang="en", owner="sarah", client=cl("Emma Clarke", "emma@clarkeinteriors.co.uk", "Clarke Interiors", kind="company"),
    inv=inv("SW-0226", "480.00", "2026-12-20", "2026-11-20"), cur="GBP",
    date="2027-01-05 13:36", tz="Europe/London", style="apple",
    hist=[L("reminder", "2027-01-04 09:00")],
    body="""Hi Sarah,

Happy new year! Quick question - is this the same invoice as the one you sent in November for the website copy? I paid one in early December and I'm not sure which one that was. Could you tell me which ones are still open?

Thanks
Emma""",
    label=lab("client-reply-other", "Question about which invoice is outstanding; 'I paid one in early December' refers to an unidentified invoice, not a claim about this one."))

# 22 HTML-only remittance from AP (human)
add(lang="en", owner="tom", client=cl("Accounts Payable", "accountspayable@liffeyfoods.ie", "Liffey Foods Ltd"),
    inv=inv("INV-2026-035", "2460.00", "2026-12-10", "2026-11-10"),
    date="2026-12-14 16:40", tz="Europe/Dublin", style="outlook", html="outlook-only", subj="RE: Invoice INV-2026-035 - Byrne Design",
    hist=[L("reminder", "2026-12-11 09:00"),
          C("2026-12-11 12:20", """Hi Tom, invoice is approved and will be in the next payment run. AP"""),
          L("promise_followup", "2026-12-14 09:00", quotes_prev=True)],
    html_body=None,
    body="""Hi Tom,

Please see remittance details below.

Payment reference: LF-EFT-88231
Payment date: 14/12/2026
Invoice: INV-2026-035
Amount: EUR 2,460.00
Method: SEPA credit transfer

Kind regards,
Accounts Payable
Liffey Foods Ltd""",
    label=lab("client-reply-paid", "HTML-only Outlook: AP person sends remittance details (payment date today, amount, invoice) -> paid, a client reply not a bank notice.",
              amount="2460.00", reference="INV-2026-035"))

# 23 can't pay until our client pays
add(lang="en", owner="tom", client=cl("Rob Nolan", "rob@nolanevents.ie", "Nolan Events Ltd"),
    inv=inv("INV-2026-028", "1968.00", "2026-11-05", "2026-10-06"),
    date="2026-12-04 12:12", tz="Europe/Dublin", style="gmail",
    hist=[L("reminder", "2026-11-13 09:00"),
          C("2026-11-13 14:00", """Tom, end of the month, promise. Rob"""),
          L("promise_followup", "2026-12-03 09:00", promise_date="2026-11-30")],
    body="""Tom, I'm sorry. The conference client hasn't paid us either - they're 60 days late on a €40k invoice and it's crippling us. As soon as that lands you're first in line, I swear.

Rob""",
    label=lab("client-reply-promise", "Promise conditional on their client paying -> no date. Quoted earlier promise 'end of the month' is history."))

# 24 suspension: hosting cancelled in September
add(lang="en", owner="sarah", client=cl("Tariq Hussain", "tariq@hussainlegal.co.uk", "Hussain Legal Ltd"),
    inv=inv("SW-0214", "960.00", "2026-10-30", "2026-09-30"), cur="GBP", law="GB",
    date="2026-12-22 11:08", tz="Europe/London", style="outlook", subj="RE: Invoice SW-0214 from Whitfield Copy",
    hist=[L("reminder", "2026-11-09 09:00"),
          L("late_fee", "2026-11-30 09:00", deadline="2026-12-10", quotes_prev=False),
          C("2026-12-01 09:00", """Sarah, there's an issue with this invoice - I'll call you."""),
          L("suspension", "2026-12-21 09:00", deadline="2027-01-04", susp="2027-01-06")],
    body="""Sarah,

I did call, twice, and left messages. To put it in writing: SW-0214 includes £360 for the Q4 blog retainer, which we cancelled by email on 14 September. We're happy to pay for the two articles you actually wrote (£600), not for the retainer. Please reissue the invoice; until then there's nothing to suspend as far as we're concerned.

Tariq Hussain
Director, Hussain Legal Ltd""",
    label=lab("client-reply-dispute", "Reply to the suspension notice: part of the invoice is for a cancelled retainer; asks for a reissued invoice -> dispute.",
              reference="SW-0214"))

# 25 paid to the old Revolut account
add(lang="en", owner="tom", client=cl("Eoin Gallagher", "eoin@gallagherphysio.ie", "Gallagher Physio", kind="company"),
    inv=inv("INV-2026-036", "369.00", "2026-12-15", "2026-11-15"),
    date="2026-12-22 19:20", tz="Europe/Dublin", style="gmail",
    hist=[L("reminder", "2026-12-18 09:00"),
          C("2026-12-18 20:00", """Done Tom, thanks!"""),
          L("paid_claim_followup", "2026-12-22 09:00", claim_date="2026-12-18")],
    body="""Ah Tom, I think I know what happened - I paid it to the Revolut account you had on last year's invoices, it was saved in my app. It definitely went, €369 on the 18th. Is that account still yours? If not I'll chase Revolut for it.

Eoin""",
    label=lab("client-reply-paid", "Reasserts payment (went to the freelancer's old Revolut account), with a question -> paid.",
              amount="369.00"))

# 26 thank-you -> asks for tax form
add(lang="en", owner="tom", client=cl("Jessica Park", "jpark@meridianapps.com", "Meridian Apps Inc."),
    inv=inv("INV-2026-037", "3200.00", "2026-12-31", "2026-12-01"),
    date="2027-01-07 09:14", tz="America/Los_Angeles", style="gmailus",
    hist=[L("thank_you", "2027-01-07 09:00", paid_on="2027-01-06")],
    body="""Thanks Tom! Quick one - our new controller needs a W-8BEN on file for all non-US vendors before the next payment. Could you fill one in and send it over when you get a sec? No rush, just needs to be there before February.

Happy New Year!
Jess""",
    label=lab("client-reply-other", "Reply to the 'payment received' letter: thanks + asks for a tax form for future payments."))

# 27 finance says end of the month
add(lang="en", owner="sarah", client=cl("Holly Evans", "holly.evans@evansandpartners.co.uk", "Evans & Partners Architects"),
    inv=inv("SW-0227", "1080.00", "2027-01-08", "2026-12-09"), cur="GBP",
    date="2027-01-18 12:44", tz="Europe/London", style="gmail",
    hist=[L("reminder", "2027-01-13 09:00"),
          C("2027-01-13 14:50", """Hi Sarah, I'll check with finance and come back to you. Holly"""),
          L("promise_followup", "2027-01-18 09:00")],
    body="""Hi Sarah,

Finance says end of the month, I'm afraid - they batch all supplier payments at month-end in January because of our year-end. Sorry it's not sooner!

Holly""",
    label=lab("client-reply-promise", "'Finance says end of the month' -> promise 31/01/2027.",
              promised_date="2027-01-31"))

# 28 statement: one to a different entity, one cancelled work
add(lang="en", owner="tom", client=cl("Grainne Fitzgerald", "grainne@atlanticsurfco.ie", "Atlantic Surf Co. Ltd"),
    inv=inv("INV-2026-038", "861.00", "2026-12-20", "2026-11-20"), base="Outstanding invoices - Byrne Design",
    date="2027-01-12 14:25", tz="Europe/Dublin", style="apple",
    hist=[L("statement", "2027-01-11 09:00", deadline="2027-01-21", quotes_prev=False,
            invoices=[inv("INV-2026-038", "861.00", "2026-12-20", "2026-11-20"), inv("INV-2026-040", "492.00", "2026-12-31", "2026-12-01")])],
    body="""Hi Tom,

Two things. INV-2026-038 should have been made out to Atlantic Surf School CLG, not the shop company - can you reissue? And 040 we dispute: the winter lookbook shoot was cancelled on 2 December and you confirmed by text that there'd be no charge.

Thanks,
Gráinne""",
    label=lab("client-reply-dispute", "Statement: one invoice to reissue (admin), the other explicitly disputed (work cancelled, no-charge agreed) -> dispute. Two invoice numbers named: no single reference."))

# 29 paid in full including interest
add(lang="en", owner="sarah", client=cl("George Patel", "george@patelpharmacy.co.uk", "Patel Pharmacy Ltd"),
    inv=inv("SW-0216", "540.00", "2026-11-06", "2026-10-07"), cur="GBP", law="GB",
    date="2026-12-02 17:40", tz="Europe/London", style="gmail",
    hist=[L("reminder", "2026-11-16 09:00"),
          C("2026-11-16 18:00", """Hi Sarah, sorry - will sort next week. George"""),
          L("late_fee", "2026-12-01 09:00", deadline="2026-12-11")],
    body="""Hi Sarah,

Fair enough, that's on me. I've paid the full amount including the interest and the £40 today - [[total]] by bank transfer.

Apologies again,
George""",
    subst={"total": money("GBP", fee_calc(inv("SW-0216", "540.00", "2026-11-06"), "GB", "2026-12-01")["total"], "en")},
    label=lab("client-reply-paid", "Paid the full total including interest and the £40 fixed sum after the late-fee notice (accepts fees).",
              amount=str(fee_calc(inv("SW-0216", "540.00", "2026-11-06"), "GB", "2026-12-01")["total"]), currency="GBP"))

# 30 final: settle in full by 15 January
add(lang="en", owner="tom", client=cl("Patrick Quinn", "pquinn@quinnarchitects.ie", "Quinn Architects"),
    inv=inv("INV-2026-027", "1353.00", "2026-10-31", "2026-10-01"), law="IE",
    date="2027-01-04 10:02", tz="Europe/Dublin", style="outlook", subj="RE: Invoice INV-2026-027 - Byrne Design",
    hist=[L("reminder", "2026-11-09 09:00"),
          L("late_fee", "2026-11-30 09:00", deadline="2026-12-10", quotes_prev=False),
          C("2026-12-01 11:00", """Tom, apologies, cash flow is tight until the new year."""),
          L("final", "2026-12-31 09:00", deadline="2027-01-14")],
    body="""Tom,

Received, and understood. We will settle the account in full, including the statutory interest, by 15 January. I'd ask you to hold off on any further steps until then.

Regards,
Patrick Quinn
Principal, Quinn Architects""",
    label=lab("client-reply-promise", "Reply to the final notice: 'will settle in full ... by 15 January' (Date 04/01/2027).",
              promised_date="2027-01-15"))

# 31 GB late fee: figures wrong, won't pay compensation until fixed
add(lang="en", owner="sarah", client=cl("Finance Department", "finance@stokeleisure.co.uk", "Stoke Leisure Trust"),
    inv=inv("SW-0219", "2400.00", "2026-11-27", "2026-10-28"), cur="GBP", law="GB",
    date="2026-12-18 11:26", tz="Europe/London", style="outlook", html="outlook", charset="windows-1252", subj="RE: Invoice SW-0219 from Whitfield Copy",
    hist=[L("reminder", "2026-12-04 09:00"),
          C("2026-12-04 12:00", """Dear Ms Whitfield, the invoice is awaiting budget-holder approval. Finance"""),
          L("late_fee", "2026-12-17 09:00", deadline="2026-12-27")],
    body="""Dear Ms Whitfield,

Your calculation does not reflect the agreed position. The invoice was not received in our AP mailbox until 9 November, as it was initially sent to an individual officer, and our standard 30-day terms run from receipt. On that basis the invoice was not overdue until 9 December and the interest figure is overstated. We also do not accept that the £70 fixed sum is payable where the delay arose from the invoice being misdirected.

We will process the invoice value once a corrected statement is received.

Yours sincerely,
Finance Department
Stoke Leisure Trust""",
    label=lab("client-reply-dispute", "Contests the interest computation and the £70 fixed sum; waits for a corrected statement. windows-1252 Outlook."))

# 32 new office manager, no record
add(lang="en", owner="tom", client=cl("Laura Byrne", "office@kilkennycrafts.ie", "Kilkenny Crafts Co-op"),
    inv=inv("INV-2026-030", "492.00", "2026-11-30", "2026-10-31"),
    date="2026-12-09 11:58", tz="Europe/Dublin", style="gmail",
    hist=[L("reminder", "2026-12-02 09:00"),
          C("2026-12-02 15:00", """Thanks Tom, will pass it on. Mary"""),
          L("promise_followup", "2026-12-09 09:00")],
    body="""Hi Tom,

I'm the new office manager - Mary retired at the end of November, so I'm picking up her emails. I can't find any record of this invoice in our system. Could you send me a copy, and let me know who ordered the work? Then I can get it approved.

(No relation, by the way, despite the surname!)

Laura Byrne
Kilkenny Crafts Co-op""",
    label=lab("client-reply-other", "New contact can't find the invoice; asks for a copy and who ordered it. No contest, no promise."))

# 33 forwards the bank's confirmation
add(lang="en", owner="tom", client=cl("Fiona Daly", "fiona.daly@dalyflorist.ie", "Daly's Florist", kind="company"),
    inv=inv("INV-2026-033", "246.00", "2026-12-10", "2026-11-10"),
    date="2026-12-16 09:05", tz="Europe/Dublin", subj="Fwd: Your payment has been sent",
    hist=[L("paid_claim_followup", "2026-12-15 09:00", claim_date="2026-12-11")],
    no_refs=True, style="none",
    body="""See below Tom, hope that clears it up!
Fiona

---------- Forwarded message ---------
From: Bank of Ireland <alerts@boi.com>
Date: Fri, 11 Dec 2026 at 14:02
Subject: Your payment has been sent
To: <fiona.daly@dalyflorist.ie>


Your payment has been sent

Payee: Thomas Byrne
Amount: €246.00
Reference: INV-2026-033
From account: Business Current ~4471
Date: 11 Dec 2026

If you don't recognise this payment, call us on 0818 365 365.

Bank of Ireland is regulated by the Central Bank of Ireland.""",
    label=lab("client-reply-paid", "Client forwards her bank's 'payment sent' alert ('hope that clears it up'); not a notification to the freelancer. New subject, no In-Reply-To.",
              amount="246.00", reference="INV-2026-033"))

# 34 pending director approval, back on the 12th
add(lang="en", owner="sarah", client=cl("Nina Kowalczyk", "nina@kowalczykdesign.co.uk", "Kowalczyk Design Ltd"),
    inv=inv("SW-0225", "720.00", "2026-12-18", "2026-11-18"), cur="GBP",
    date="2027-01-06 10:20", tz="Europe/London", style="gmail",
    hist=[L("reminder", "2026-12-28 09:00"),
          C("2026-12-29 09:00", """Hi Sarah - paid before the break! N"""),
          L("paid_claim_followup", "2027-01-05 09:00", claim_date="2026-12-29")],
    body="""Hi Sarah,

So sorry, I was sure it had gone before Christmas, but it's sitting in the bank as "pending second approval" and the second approver is our director, who's skiing until the 11th. He's back on the 12th and it'll go then - I've put a note on his desk.

Nina""",
    label=lab("client-reply-promise", "Earlier 'paid before the break' retracted: pending second approval; will go when the director is back on the 12th -> promise 12/01/2027.",
              promised_date="2027-01-12"))

# 35 final files never received
add(lang="en", owner="priya", client=cl("Derek Wong", "derek@pinecrestsoftware.com", "Pinecrest Software LLC"),
    inv=inv("NUX-0143", "2750.00", "2026-11-20", "2026-10-21"), cur="USD", law="EXTRA", extra_rate=X15,
    date="2026-12-22 13:10", tz="America/Los_Angeles", style="gmailus",
    hist=[L("reminder", "2026-11-30 09:00"),
          L("late_fee", "2026-12-21 09:00", deadline="2026-12-31", quotes_prev=False)],
    body="""Hi Priya,

We never received the final Figma files or the handoff doc - the last thing we got was the v3 prototype link on Oct 28, and that's explicitly listed as "interim" in the SOW. The invoice is for the complete engagement. We'll pay once the deliverables are handed over; until then I don't think a late fee is appropriate either.

Derek""",
    label=lab("client-reply-dispute", "Deliverables not received; will pay only after handover and rejects the late fee -> dispute."))

# 36 asks for a call
add(lang="en", owner="sarah", client=cl("Ben Carter", "ben@carterfitness.co.uk", "Carter Fitness", kind="company"),
    inv=inv("SW-0223", "1650.00", "2026-12-05", "2026-11-05"), cur="GBP", law="GB",
    date="2026-12-22 08:05", tz="Europe/London", style="apple", iphone=True,
    hist=[L("reminder", "2026-12-11 09:00"),
          L("late_fee", "2026-12-21 09:00", deadline="2026-12-31", quotes_prev=False)],
    body="""Sarah can we have a quick call today or tomorrow? Easier than email. I'm on 07700 900461 all morning.

Ben

Sent from my iPhone""",
    label=lab("client-reply-other", "Asks for a call after the late-fee notice; no statement about payment or the fees."))

# 37 done, sorry
add(lang="en", owner="tom", client=cl("Shane Kavanagh", "shanekav@gmail.com", "Shane Kavanagh", kind="person"),
    inv=inv("INV-2026-039", "150.00", "2026-12-31", "2026-12-15"),
    date="2027-01-08 21:42", tz="Europe/Dublin", style="apple", iphone=True,
    hist=[L("reminder", "2027-01-06 09:00"),
          C("2027-01-06 12:00", """will do tonight"""),
          L("promise_followup", "2027-01-08 09:00")],
    body="""done ✔️ sorry!!

Sent from my iPhone""",
    label=lab("client-reply-paid", "Two words 'done ✔️' after a promise follow-up -> paid."))

# 38 tomorrow, promise
add(lang="en", owner="priya", client=cl("Kayla Johnson", "kayla@kjcoaching.co", "Kayla Johnson", kind="person"),
    inv=inv("NUX-0150", "900.00", "2027-01-31", "2027-01-01"), cur="USD",
    date="2027-02-09 16:12", tz="America/New_York", style="gmailus",
    hist=[L("reminder", "2027-02-03 09:00"),
          C("2027-02-03 10:00", """ugh sorry!! this week for sure"""),
          L("promise_followup", "2027-02-09 09:00")],
    body="""Tomorrow. Promise. 🙏 Payday is tomorrow and then it's yours first thing.

K""",
    label=lab("client-reply-promise", "'Tomorrow. Promise.' (09/02/2027 -> 10/02/2027).",
              promised_date="2027-02-10"))

# 39 late fee 1.5% vs 1% in contract
add(lang="en", owner="priya", client=cl("Sandra Ortiz", "sortiz@lumenlabs.io", "Lumen Labs Inc."),
    inv=inv("NUX-0141", "3600.00", "2026-11-05", "2026-10-06"), cur="USD", law="EXTRA", extra_rate=X15,
    date="2026-12-10 12:02", tz="America/New_York", style="outlook", subj="RE: Invoice NUX-0141 - Nair UX",
    hist=[L("reminder", "2026-11-13 09:00"),
          C("2026-11-13 15:00", """Hi Priya, in the queue. Sandra"""),
          L("late_fee", "2026-12-09 09:00", deadline="2026-12-19")],
    body="""Hi Priya,

Our MSA (section 6.2) sets the late fee at 1% per month, not 1.5%. We're fine paying the invoice plus 1% per month for the two months, i.e. $3,672.00, but not the figure in your email. Let me know if you agree and I'll release it.

Sandra Ortiz
Controller, Lumen Labs""",
    label=lab("client-reply-dispute", "Contests the late-fee rate (1% vs 1.5%) and offers a different total; conditional release -> dispute."))

# 40 forwarded to AP
add(lang="en", owner="sarah", client=cl("Jamie Lawson", "jamie.lawson@lawsonmedia.co.uk", "Lawson Media Ltd"),
    inv=inv("SW-0228", "1320.00", "2027-01-15", "2026-12-16"), cur="GBP",
    date="2027-01-20 15:05", tz="Europe/London", style="outlook", subj="RE: Invoice SW-0228 from Whitfield Copy",
    cc=[P("Accounts Payable", "ap@lawsonmedia.co.uk")],
    hist=[L("reminder", "2027-01-20 09:00")],
    body="""Received, thanks Sarah - forwarding to AP (cc'd) who handle all supplier payments.

Jamie""",
    label=lab("client-reply-other", "Acknowledgement + forwarded to accounts payable in cc; no claim."))

# 41 paid through the Stripe link
add(lang="en", owner="priya", client=cl("Tyler Nguyen", "tyler@nguyenroasters.com", "Nguyen Coffee Roasters"),
    inv=inv("NUX-0146", "1100.00", "2026-12-01", "2026-11-01"), cur="USD",
    date="2026-12-08 08:47", tz="America/Los_Angeles", style="gmailus",
    hist=[L("reminder", "2026-12-03 09:00"),
          C("2026-12-03 18:00", """Will pay this weekend, sorry for the delay!"""),
          L("promise_followup", "2026-12-07 09:00")],
    body="""Hey Priya, I paid through the Stripe link on Sunday night - got a receipt email from Stripe and everything. $1,100. Maybe it takes a couple days to land on your end?

Tyler""",
    label=lab("client-reply-paid", "Paid via the online payment link on Sunday, USD amount stated.",
              amount="1100.00", currency="USD"))

# 42 not today, Thursday
add(lang="en", owner="sarah", client=cl("Olivia Bennett", "olivia@bennettbakes.co.uk", "Bennett Bakes", kind="company"),
    inv=inv("SW-0229", "310.00", "2027-02-05", "2027-01-06"), cur="GBP",
    date="2027-02-16 09:48", tz="Europe/London", style="gmail",
    hist=[L("reminder", "2027-02-10 09:00"),
          C("2027-02-10 11:00", """Will pay today Sarah! x"""),
          L("promise_followup", "2027-02-16 09:00")],
    body="""Sarah I'm so sorry, not today - I'm at the wholesaler all day with no signal - but Thursday, definitely.

Olivia x""",
    label=lab("client-reply-promise", "'not today ... but Thursday' (Tue 16/02/2027 -> Thu 18/02/2027).",
              promised_date="2027-02-18"))

# 43 paid as per revised quote, dispute the rest
add(lang="en", owner="sarah", client=cl("Charlotte Moore", "charlotte@mooreweddings.co.uk", "Moore Weddings Ltd"),
    inv=inv("SW-0222", "1200.00", "2026-12-12", "2026-11-12"), cur="GBP",
    date="2026-12-21 14:37", tz="Europe/London", style="gmail", html="gmail",
    hist=[L("reminder", "2026-12-17 09:00"),
          C("2026-12-17 13:00", """Hi Sarah, sorting this week. C"""),
          L("promise_followup", "2026-12-21 09:00")],
    body="""Hi Sarah,

I've paid £900 today, which is the revised quote we agreed on the phone in October when we dropped the venue brochure. The remaining £300 I dispute - the brochure was never written. Happy to talk about it but I won't be paying that part.

Charlotte""",
    label=lab("client-reply-dispute", "Partial payment (£900) + dispute of the remaining £300 -> dispute. GBP.",
              amount="900.00", currency="GBP"))

# 44 split into two invoices for cost centres
add(lang="en", owner="tom", client=cl("Mark Lynch", "mark.lynch@shannonmedical.ie", "Shannon Medical Devices Ltd"),
    inv=inv("INV-2026-040", "4920.00", "2027-01-15", "2026-12-16"),
    date="2027-01-19 10:44", tz="Europe/Dublin", style="outlook", html="outlook", subj="RE: Invoice INV-2026-040 - Byrne Design",
    hist=[L("reminder", "2027-01-18 09:00")],
    body="""Hi Tom,

Could you re-issue this as two invoices, one for the trade-show stand (cost centre 4410) and one for the brochure (4420)? Our new ERP won't let AP split a single supplier invoice across cost centres, which is why it's been sitting there. Sorry for the hassle.

Mark Lynch
Marketing Manager""",
    label=lab("client-reply-other", "Asks to reissue as two invoices for internal cost centres; administrative, not contesting the amount, no date."))

# 45 US: ACH went out 12/11
add(lang="en", owner="priya", client=cl("Rebecca Stein", "rstein@steinlawgroup.com", "Stein Law Group PC"),
    inv=inv("NUX-0148", "2250.00", "2026-12-05", "2026-11-05"), cur="USD",
    date="2026-12-15 09:31", tz="America/New_York", style="outlook", subj="RE: Invoice NUX-0148 - Nair UX",
    hist=[L("reminder", "2026-12-09 09:00"),
          C("2026-12-09 10:00", """Priya, paid. Rebecca"""),
          L("paid_claim_followup", "2026-12-15 09:00", claim_date="2026-12-09")],
    body="""Priya,

Sorry, I should have been clearer - it was paid by ACH, not by card through your link. Our bookkeeper says the ACH went out 12/11 from our Chase operating account, trace number 021000021234567. ACH can take a couple of business days, so it should be there by now.

Rebecca Stein""",
    label=lab("client-reply-paid", "US date '12/11' = 11 December; reasserts payment by ACH with a trace number."))

# 46 accountant: will pay on the 20th
add(lang="en", owner="tom", client=cl("Orla Reilly", "orla@reillycatering.ie", "Reilly Catering", kind="company"),
    frm=P("Brian Kiely", "brian@kielyaccountants.ie"),
    inv=inv("INV-2026-034", "1722.00", "2026-11-30", "2026-10-31"),
    date="2026-12-11 16:15", tz="Europe/Dublin", style="outlook", subj="RE: Invoice INV-2026-034 - Byrne Design",
    cc=[P("Orla Reilly", "orla@reillycatering.ie")],
    hist=[L("reminder", "2026-12-07 09:00"),
          C("2026-12-07 13:00", """Brian, can you deal with this one? Thanks, Orla""", sender=P("Orla Reilly", "orla@reillycatering.ie"))],
    body="""Dear Tom,

I look after the accounts for Reilly Catering (Orla copied). I've scheduled payment of INV-2026-034 for the 22nd with the rest of their December suppliers.

Kind regards,
Brian Kiely
Kiely & Co. Chartered Accountants, Naas""",
    label=lab("client-reply-promise", "The client's accountant: payment scheduled for the 22nd (Date 11/12/2026 -> 22/12/2026).",
              promised_date="2026-12-22", reference="INV-2026-034"))

# 47 reply to thank-you: paid the late fee under protest, wants it back
add(lang="en", owner="tom", client=cl("Conor Ryan", "conor@ryanplumbing.ie", "Ryan Plumbing & Heating Ltd"),
    inv=inv("INV-2026-026", "1230.00", "2026-10-31", "2026-10-01"), law="IE",
    date="2026-12-17 20:11", tz="Europe/Dublin", style="gmail",
    hist=[L("late_fee", "2026-12-07 09:00", deadline="2026-12-17"),
          C("2026-12-08 08:00", """Tom, I'll pay it but I'm not happy about the extra."""),
          L("thank_you", "2026-12-17 09:00", paid_on="2026-12-16",
            paid_amount=str(fee_calc(inv("INV-2026-026", "1230.00", "2026-10-31"), "IE", "2026-12-07")["total"]))],
    body="""Tom,

For the record, I paid the interest and the €70 under protest, only so there'd be no more letters. I don't think it was fair after six years of work together and I'd like the [[extra]] refunded, or knocked off the next job.

Conor""",
    subst={"extra": money("EUR", fee_calc(inv("INV-2026-026", "1230.00", "2026-10-31"), "IE", "2026-12-07")["total"] - Decimal("1230.00"), "en")},
    label=lab("client-reply-dispute", "Reply to the 'payment received' letter, but contests the late fee already paid and asks for a refund -> dispute, not a thank-you."))

# 48 just thanks, happy new year
add(lang="en", owner="priya", client=cl("Aaron Fields", "aaron@fieldsnursery.com", "Fields Nursery & Garden"),
    inv=inv("NUX-0149", "640.00", "2026-12-20", "2026-11-20"), cur="USD",
    date="2026-12-31 11:03", tz="America/New_York", style="gmailus",
    hist=[L("reminder", "2026-12-23 09:00"),
          C("2026-12-23 12:00", """Paying today, sorry about that!"""),
          L("thank_you", "2026-12-30 09:00", paid_on="2026-12-28")],
    body="""Thank you Priya, and happy new year! The new ordering page is already getting compliments.

Aaron""",
    label=lab("client-reply-other", "Reply to the 'payment received' letter: thanks only; quote contains 'Paying today'."))

# 49 paid the other invoice; this one in the Feb 5 run
add(lang="en", owner="sarah", client=cl("Simon Turner", "simon.turner@turnerlogistics.co.uk", "Turner Logistics Ltd"),
    inv=inv("SW-0230", "1875.00", "2027-01-20", "2026-12-21"), cur="GBP",
    date="2027-01-27 11:50", tz="Europe/London", style="outlook", html="outlook", subj="RE: Invoice SW-0230 from Whitfield Copy",
    hist=[L("reminder", "2027-01-22 09:00"),
          C("2027-01-22 14:00", """Hi Sarah, that's been paid. Simon"""),
          L("paid_claim_followup", "2027-01-27 09:00", claim_date="2027-01-22")],
    body="""Hi Sarah,

Apologies, my mistake - the one we paid last week was SW-0226 (the December one). SW-0230 is approved and will go in our Feb 5 payment run.

Best,
Simon Turner
Operations Director""",
    label=lab("client-reply-promise", "Two invoices: earlier paid claim was about another invoice; this one 'will go in our Feb 5 payment run' -> promise 05/02/2027.",
              promised_date="2027-02-05", reference="SW-0230"))

# 50 HTML Gmail: payment made 3 Feb with ref
add(lang="en", owner="tom", client=cl("Hannah McCarthy", "hannah@mccarthyvets.ie", "McCarthy Veterinary Clinic"),
    inv=inv("INV-2027-004", "861.00", "2027-01-31", "2027-01-01"),
    date="2027-02-04 12:31", tz="Europe/Dublin", style="gmail", html="gmail",
    hist=[L("reminder", "2027-02-03 09:00")],
    body="""Hi Tom,

Our emails crossed - payment was made yesterday, 3 Feb, from our AIB account, reference MCV-INV004. Let me know if it doesn't turn up.

Hannah""",
    label=lab("client-reply-paid", "Payment made yesterday; 'our emails crossed'. Only one mailduns reminder quoted (HTML Gmail)."))


# =============================================================================================
# a few more human "other" replies, late in threads
# =============================================================================================

# 151 thank-you letter -> asks whether two transfers were matched correctly
add(lang="it", owner="alessandra", client=cl("Veronica Sartori", "veronica@sartoriviaggi.it", "Sartori Viaggi srl"),
    inv=inv("1/2027", "1220.00", "2027-01-20", "2026-12-21"),
    date="2027-01-27 12:06", tz="Europe/Rome", style="gmail",
    hist=[L("reminder", "2027-01-22 09:00"),
          C("2027-01-22 10:40", """Ciao Alessandra, scusa, la pago lunedì insieme all'acconto per il nuovo catalogo. Vero"""),
          L("thank_you", "2027-01-27 09:00", paid_on="2027-01-25")],
    body="""Grazie a te Alessandra!
Una cosa sola: lunedì ti ho fatto due bonifici separati, uno da 1.220 per la fattura e uno da 500 di acconto per il catalogo nuovo. Mi confermi che li hai abbinati giusti? Il commercialista vuole la fattura d'acconto per i 500.

Vero""",
    label=lab("client-reply-other", "Reply to the 'payment received' letter: asks whether two transfers were matched and for an advance invoice. Mentions payments already acknowledged by the freelancer; nothing new to record -> other."))

# 152 late-fee notice -> practical question, no contest
add(lang="it", owner="chiara", client=cl("Margherita Costa", "m.costa@costaeditori.it", "Costa Editori srl"),
    inv=inv("30/2026", "854.00", "2026-11-30", "2026-10-31"), law="IT",
    date="2026-12-22 10:37", tz="Europe/Rome", style="outlook", subj="R: Esposito Traduzioni - fattura n. 30/2026",
    hist=[L("reminder", "2026-12-07 09:00"),
          C("2026-12-07 12:00", """Buongiorno Chiara, la fattura è in approvazione dal direttore editoriale. Margherita"""),
          L("late_fee", "2026-12-21 09:00", deadline="2026-12-31")],
    body="""Buongiorno Chiara,

una domanda pratica per l'amministrazione: gli interessi e i 40 euro vanno pagati con lo stesso bonifico della fattura o separatamente? E ci serve un documento (nota di debito o altro) per registrarli, o basta la sua mail?

Grazie
Margherita Costa
Costa Editori srl""",
    label=lab("client-reply-other", "After the late-fee notice: practical question on how to pay and book the interest and the 40 euro; no contest, no date."))

# 153 colleague on maternity leave redirects
add(lang="es", owner="lucia", client=cl("Patricia Núñez", "pnunez@nunezinteriorismo.es", "Núñez Interiorismo SL"),
    frm=P("Patricia Núñez", "pnunez@nunezinteriorismo.es"),
    inv=inv("2027-004", "968.00", "2027-01-31", "2027-01-01"),
    date="2027-02-10 22:15", tz="Europe/Madrid", style="apple", iphone=True,
    hist=[L("reminder", "2027-02-05 09:00"),
          C("2027-02-05 10:00", """Hola Lucía! Se lo paso a Luis, que lleva ahora las facturas. Besos"""),
          L("promise_followup", "2027-02-10 09:00")],
    body="""Hola Lucía, perdona que conteste yo desde el móvil: estoy de baja de maternidad desde el lunes (¡ha sido niña! 👶) y no llevo nada. Escríbele directamente a Luis, luis@nunezinteriorismo.es, que es quien lleva ahora los pagos. Yo ya le he reenviado esto.

Un abrazo

Enviado desde mi iPhone""",
    label=lab("client-reply-other", "Human (not automatic) redirect: the contact is on maternity leave, write to a colleague; forwarded. No payment statement."))

# 154 statement -> auditors need a PDF statement
add(lang="en", owner="sarah", client=cl("Finance Team", "finance@meadowcroftschool.org.uk", "Meadowcroft School Trust"),
    inv=inv("SW-0227", "640.00", "2027-01-15", "2026-12-16"), cur="GBP", base="Outstanding invoices - Whitfield Copy",
    date="2027-01-28 14:22", tz="Europe/London", style="outlook", html="outlook", subj="RE: Outstanding invoices - Whitfield Copy",
    hist=[L("statement", "2027-01-27 09:00", deadline="2027-02-06", quotes_prev=False,
            invoices=[inv("SW-0227", "640.00", "2027-01-15", "2026-12-16"), inv("SW-0231", "320.00", "2027-02-10", "2027-01-11")])],
    body="""Dear Sarah,

Thank you. Could you send this statement as a PDF on your letterhead, showing invoice dates and any payments received? Our auditors are doing supplier balance confirmations for the period to 31 January and need it from each supplier before we can release February payments.

Kind regards,
Finance Team
Meadowcroft School Trust""",
    label=lab("client-reply-other", "Statement reply asking for a PDF statement for the auditors; 'before we can release February payments' is a condition, not a promise."))


# =============================================================================================
# main
# =============================================================================================


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    items = []
    for i, M in enumerate(MSGS, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(build(i, M))
        items.append((name, M))
    write_labels(items)
    check(items)


def check(items):
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as f:
        labels = tomllib.load(f)["files"]
    assert len(labels) == len(items), (len(labels), len(items))
    counts = {}
    bad = 0
    for name, M in items:
        raw = open(os.path.join(HERE, name), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not msg[h]:
                print("MISSING", h, name)
                bad += 1
        str(msg["Subject"]), str(msg["From"]), msg["Date"].datetime
        body = msg.get_body(("plain", "html"))
        if body is None:
            print("NO BODY", name)
            bad += 1
        else:
            body.get_content()
        for p in msg.walk():
            if not p.is_multipart():
                p.get_content()
        lab = labels[name]
        assert lab["kind"] in KINDS, name
        assert lab["split"] == "dev"
        assert lab["language"] in ("it", "es", "en")
        for k in ("promised_date", "return_date"):
            if k in lab:
                dt.date.fromisoformat(lab[k])
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", name
            d = msg["Date"].datetime
            pdd = dt.date.fromisoformat(lab["promised_date"])
            assert pdd >= d.date(), name
        if "amount" in lab:
            assert re.fullmatch(r"\d+\.\d\d", lab["amount"]), name
        d = msg["Date"].datetime
        assert dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc) <= d <= dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc), name
        key = (lab["kind"], lab["language"])
        counts[key] = counts.get(key, 0) + 1
    print(f"{len(items)} messages written and re-parsed, {bad} problems")
    kinds = sorted({k for k, _ in counts})
    for k in kinds:
        print(f"  {k:24s}", " ".join(f"{l}={counts.get((k, l), 0):2d}" for l in ("it", "es", "en")),
              " total", sum(counts.get((k, l), 0) for l in ("it", "es", "en")))
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
