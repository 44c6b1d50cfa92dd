#!/usr/bin/env python3
"""round16-careful: hand-written client replies that need a moment's thought before labelling.

Run: python3 make.py   (writes r16c-NNNN.eml and labels.toml next to this file, then re-parses them)
Stdlib only. The quoted reminders are generated from the mailduns templates' wording; every reply body
is written by hand below.
"""
import email
import email.policy
import hashlib
import html as htmlmod
import os
import quopri
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r16c"

# ---------------------------------------------------------------- owners (mailbox owners)
OWNERS = {
    "alessandra": dict(name="Alessandra Rossi", addr="alessandra@example.it", lang="it", tz="Europe/Rome",
                       pay=("Alessandra Rossi", "IT60 X054 2811 1010 0000 0123 456", "BPMOIT22XXX")),
    "davide": dict(name="Davide Greco", addr="davide@grecofoto.it", lang="it", tz="Europe/Rome",
                   pay=("Davide Greco", "IT02 L030 6909 6061 0000 0063 512", "BCITITMM")),
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
                  pay=("Lucía Martín Estudio", "ES91 2100 0418 4502 0005 1332", "CAIXESBBXXX")),
    "iker": dict(name="Iker Etxeberria", addr="iker@etxeberriadev.eus", lang="es", tz="Europe/Madrid",
                 pay=("Iker Etxeberria Goñi", "ES76 2095 0611 0491 0115 2033", "BASKES2BXXX")),
    "tom": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                pay=("Tom Byrne Design", "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D")),
    "priya": dict(name="Priya Nair", addr="priya@nairwrites.co.uk", lang="en", tz="Europe/London",
                  pay=("Priya Nair", "GB29 NWBK 6016 1331 9268 19", "NWBKGB2L")),
}

IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
EN_MONTHS = "January February March April May June July August September October November December".split()
IT_DAYS = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
ES_DAYS = "lunes martes miércoles jueves viernes sábado domingo".split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def d(s):
    return datetime.strptime(s, "%Y-%m-%d")


def fmt_date(lang, s, art=None):
    x = d(s)
    if lang == "it":
        txt = f"{x.day} {IT_MONTHS[x.month - 1]} {x.year}"
        if art:
            vowel = x.day in (8, 11)
            txt = {"il": ("l'" if vowel else "il "), "dal": ("dall'" if vowel else "dal "),
                   "del": ("dell'" if vowel else "del ")}[art] + txt
        return txt
    if lang == "es":
        return f"{x.day} de {ES_MONTHS[x.month - 1]} de {x.year}"
    return f"{x.day} {EN_MONTHS[x.month - 1]} {x.year}"


def fmt_amount(lang, a, cur="EUR"):
    whole, cents = f"{a:.2f}".split(".")
    if lang in ("it", "es"):
        w = f"{int(whole):,}".replace(",", ".")
        return f"{w},{cents} €"
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return f"{sym}{int(whole):,}.{cents}"


# ---------------------------------------------------------------- the letters mailduns sends
def salutation(lang, client, kind):
    if lang == "it":
        return f"Spett.le {client}," if kind == "company" else (f"Gentile {client}," if client else "Buongiorno,")
    if lang == "es":
        if kind == "company":
            return "Estimados señores:"
        return f"Buenos días, {client}:" if client else "Buenos días:"
    if kind == "company":
        return "Dear Accounts Team,"
    return f"Dear {client}," if client else "Hello,"


def payment_block(lang, owner, ref):
    ben, iban, bic = owner["pay"]
    if lang == "it":
        return f"Per il pagamento:\n- beneficiario: {ben}\n- IBAN: {iban}\n- BIC: {bic}\n- causale: Fattura {ref}"
    if lang == "es":
        return f"Datos para el pago:\n- beneficiario: {ben}\n- IBAN: {iban}\n- BIC: {bic}\n- concepto: Factura {ref}"
    return (f"Payment details:\n- Account name: {ben}\n- IBAN: {iban}\n- BIC (SWIFT): {bic}\n"
            f"- Payment reference: {ref}")


def letter(step, o, inv):
    """Subject and text of the mail the client replies to (an invoice mail or a mailduns letter)."""
    lang = o["lang"]
    num, cur = inv["num"], inv.get("cur", "EUR")
    amt = fmt_amount(lang, inv["amount"], cur)
    sal = salutation(lang, inv.get("client"), inv.get("ckind", "company"))
    pay = payment_block(lang, o, num)
    due = inv.get("due")
    own = o["name"]
    if lang == "it":
        if step == "invoice":
            return (f"Fattura n. {num}", f"{sal}\n\nin allegato la fattura n. {num} di {amt}, relativa a "
                    f"{inv.get('what', 'quanto concordato')}, con scadenza {fmt_date('it', due, 'il')}.\n\n"
                    f"Resto a disposizione per qualsiasi chiarimento.\n\nCordiali saluti,\n{own}")
        if step == "courtesy":
            return (f"Promemoria: fattura n. {num} in scadenza",
                    f"{sal}\n\nun breve promemoria: la fattura n. {num} di {amt} è in scadenza "
                    f"{fmt_date('it', due, 'il')}.\n\nNel caso il pagamento sia già stato disposto, ringrazio e "
                    f"prego di non tenere conto di questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta "
                    f"rispondere a questa email.\n\nCordiali saluti,\n{own}")
        if step == "due":
            return (f"Fattura n. {num} in scadenza",
                    f"{sal}\n\nun promemoria: la fattura n. {num} di {amt} è scaduta {fmt_date('it', due, 'il')}. "
                    f"Se il pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi "
                    f"giorni.\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di "
                    f"questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\n"
                    f"Cordiali saluti,\n{own}")
        if step == "reminder":
            return (f"Sollecito fattura n. {num}",
                    f"{sal}\n\nda un controllo la fattura n. {num} di {amt}, scaduta {fmt_date('it', due, 'il')}, "
                    f"risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di "
                    f"provvedere al pagamento appena possibile.\n\nSe il pagamento è già stato effettuato, basta "
                    f"rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal "
                    f"caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, "
                    f"possiamo chiarirlo insieme: basta rispondere a questa email.\n\n{pay}\n\n"
                    f"Cordiali saluti,\n{own}")
        if step == "late_fee":
            return (f"Secondo sollecito: fattura n. {num}",
                    f"{sal}\n\nla fattura n. {num} di {amt}, scaduta {fmt_date('it', due, 'il')}, risulta ancora "
                    f"da saldare: sono trascorsi {inv['days_late']} giorni dalla scadenza.\n\nChiedo cortesemente "
                    f"di provvedere al pagamento entro {fmt_date('it', inv['deadline'], 'il')}. Se il pagamento è "
                    f"già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con "
                    f"la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta "
                    f"rispondere a questa email.\n\n{pay}\n\nCordiali saluti,\n{own}")
        if step == "paid_claim_followup":
            return (f"Fattura n. {num}: pagamento non ancora ricevuto",
                    f"{sal}\n\ngrazie per avermi comunicato {fmt_date('it', inv['claim_date'], 'il')} che la "
                    f"fattura n. {num} di {amt} è stata pagata.\n\nAd oggi, però, il pagamento non risulta ancora "
                    f"accreditato sul mio conto. A volte un bonifico richiede qualche giorno in più, oppure può "
                    f"essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, chiedo la cortesia di "
                    f"indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di inoltrarmi la "
                    f"contabile.\n\nPer un confronto, riporto le coordinate corrette:\n- beneficiario: "
                    f"{o['pay'][0]}\n- IBAN: {o['pay'][1]}\n- causale: Fattura {num}\n\nSe il bonifico è stato "
                    f"disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: in tal caso mi "
                    f"basta una breve conferma. Grazie per la collaborazione.\n\nCordiali saluti,\n{own}")
    if lang == "es":
        if step == "invoice":
            return (f"Factura {num}", f"{sal}\n\nAdjunto la factura n.º {num} de {amt}, correspondiente a "
                    f"{inv.get('what', 'lo acordado')}, con vencimiento el {fmt_date('es', due)}.\n\n"
                    f"Quedo a disposición para cualquier duda.\n\nUn cordial saludo,\n{own}")
        if step == "due":
            return (f"Vencimiento de la factura n.º {num}",
                    f"{sal}\n\nLa factura n.º {num} de {amt} venció el {fmt_date('es', due)} y, según mis "
                    f"registros, el pago aún no consta. Agradecería que se tramitara en los próximos días.\n\n"
                    f"Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n{pay}\n\n"
                    f"Para cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{own}")
        if step == "courtesy":
            return (f"Próximo vencimiento: factura n.º {num}",
                    f"{sal}\n\nUn breve recordatorio: la factura n.º {num} de {amt} vence el "
                    f"{fmt_date('es', due)}.\n\nSi el pago ya está en curso, muchas gracias y disculpe la "
                    f"molestia.\n\n{pay}\n\nPara cualquier duda, basta con responder a este correo.\n\n"
                    f"Un cordial saludo,\n{own}")
        if step == "reminder":
            return (f"Recordatorio: factura n.º {num} pendiente",
                    f"{sal}\n\nRevisando mis cuentas, veo que la factura n.º {num} de {amt}, vencida el "
                    f"{fmt_date('es', due)}, sigue pendiente de pago. Seguramente se trata de un simple descuido; "
                    f"agradecería que el pago se realizara en cuanto sea posible.\n\nSi el pago ya se ha "
                    f"realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la "
                    f"transferencia, para que pueda actualizar mis registros. Si hay algún problema con la "
                    f"factura, podemos aclararlo por esta misma vía.\n\n{pay}\n\nUn cordial saludo,\n{own}")
        if step == "late_fee":
            return (f"Segundo recordatorio: factura n.º {num}",
                    f"{sal}\n\nLa factura n.º {num} de {amt} venció el {fmt_date('es', due)}, hace "
                    f"{inv['days_late']} días, y sigue pendiente de pago.\n\nRuego que el pago de {amt} se realice "
                    f"a más tardar el {fmt_date('es', inv['deadline'])}. Si ya está en curso, muchas gracias: basta "
                    f"con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o "
                    f"con los plazos, podemos buscar una solución por esta misma vía.\n\n{pay}\n\n"
                    f"Un cordial saludo,\n{own}")
    if lang == "en":
        if step == "invoice":
            return (f"Invoice {num} from {own}", f"{sal}\n\nPlease find attached invoice {num} for {amt} for "
                    f"{inv.get('what', 'the work we agreed')}, due on {fmt_date('en', due)}.\n\n"
                    f"Any questions, just let me know.\n\nKind regards,\n{own}")
        if step == "courtesy":
            return (f"Upcoming payment: invoice {num}",
                    f"{sal}\n\nThis is a friendly reminder that invoice {num} for {amt} is due for payment on "
                    f"{fmt_date('en', due)}.\n\nIf payment is already on its way, thank you, and please "
                    f"disregard this message.\n\n{pay}\n\nIf you have any questions, just reply to this email."
                    f"\n\nKind regards,\n{own}")
        if step == "due":
            return (f"Invoice {num} due",
                    f"{sal}\n\nThis is a quick reminder that invoice {num} for {amt} was due for payment on "
                    f"{fmt_date('en', due)}. If it has not been paid yet, I would be grateful if you could "
                    f"arrange payment in the next few days.\n\nIf you have already paid, thank you, and please "
                    f"disregard this reminder.\n\n{pay}\n\nIf you have any questions, just reply to this email."
                    f"\n\nKind regards,\n{own}")
        if step == "reminder":
            return (f"Reminder: invoice {num} overdue",
                    f"{sal}\n\nAccording to my records, invoice {num} for {amt}, due on {fmt_date('en', due)}, "
                    f"has not yet been paid. It may simply have been overlooked, so I would be grateful if you "
                    f"could arrange payment at your earliest convenience.\n\nIf you have already paid, thank you "
                    f"– please let me know the payment date so that I can update my records. If there is a "
                    f"problem with the invoice, please reply to this email and we can sort it out.\n\n{pay}\n\n"
                    f"Kind regards,\n{own}")
        if step == "late_fee":
            return (f"Second reminder: invoice {num}",
                    f"{sal}\n\nInvoice {num} for {amt}, due on {fmt_date('en', due)}, is now "
                    f"{inv['days_late']} days overdue.\n\nPlease arrange payment by "
                    f"{fmt_date('en', inv['deadline'])}. If payment is already on its way, thank you – please let "
                    f"me know the date it was made. If there is a problem with the invoice or with the timing, "
                    f"please reply to this email and we can find a solution.\n\n{pay}\n\nKind regards,\n{own}")
        if step == "promise_followup":
            return (f"Invoice {num}: payment update",
                    f"{sal}\n\nThank you for letting me know that invoice {num} for {amt} would be paid by "
                    f"{fmt_date('en', inv['promise_date'])}.\n\nThe payment has not reached me yet. If it is "
                    f"already on its way, thank you – please let me know the date it was made. If you need a "
                    f"little more time, could you let me know when I can expect it?\n\n{pay}\n\n"
                    f"Kind regards,\n{own}")
    raise KeyError((lang, step))


def statement(o, invs, client, deadline):
    lang = o["lang"]
    sal = salutation(lang, client, "company")
    if lang == "es":
        lines = "\n".join(f"- n.º {i['num']}, vencida el {fmt_date('es', i['due'])}: {fmt_amount('es', i['amount'])}"
                          for i in invs)
        tot = fmt_amount("es", sum(i["amount"] for i in invs))
        return ("Facturas pendientes de pago",
                f"{sal}\n\nSegún mis registros, siguen pendientes de pago las siguientes facturas:\n\n{lines}\n\n"
                f"Total pendiente: {tot}\n\nRuego que el pago se realice a más tardar el {fmt_date('es', deadline)}. "
                f"Si alguna de estas facturas ya se ha pagado, basta con responder indicando cuál y la fecha de la "
                f"transferencia. Si hay algún problema con alguna factura, podemos buscar una solución por esta "
                f"misma vía.\n\nLos datos para el pago figuran en las facturas, en los mensajes con los que se "
                f"enviaron.\n\nUn cordial saludo,\n{o['name']}")
    raise KeyError(lang)


# ---------------------------------------------------------------- quoting the letter
def local(dt_str, tz):
    return datetime.strptime(dt_str, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def attribution(style, lang, when, name, addr):
    w = when
    it_m = IT_MONTHS[w.month - 1][:3]
    es_m = ES_MONTHS[w.month - 1][:3]
    en_m = EN_MONTHS[w.month - 1][:3]
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {IT_DAYS[w.weekday()][:3]} {w.day} {it_m} {w.year} alle ore {w:%H:%M} {name} <{addr}> ha scritto:"
        if lang == "es":
            dd = {"lunes": "lun", "martes": "mar", "miércoles": "mié", "jueves": "jue", "viernes": "vie",
                  "sábado": "sáb", "domingo": "dom"}[ES_DAYS[w.weekday()]]
            return f"El {dd}, {w.day} {es_m} {w.year} a las {w.hour}:{w:%M}, {name} (<{addr}>) escribió:"
        return f"On {w:%a}, {w.day} {en_m} {w.year} at {w:%H:%M}, {name} <{addr}> wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {w.day} {it_m} {w.year}, alle ore {w:%H:%M}, {name} <{addr}> ha scritto:"
        if lang == "es":
            return f"El {w.day} {es_m} {w.year}, a las {w.hour}:{w:%M}, {name} <{addr}> escribió:"
        return f"On {w.day} {en_m} {w.year}, at {w:%H:%M}, {name} <{addr}> wrote:"
    if style == "thunderbird":
        if lang == "it":
            return f"Il {w:%d/%m/%y} {w:%H:%M}, {name} ha scritto:"
        if lang == "es":
            return f"El {w.day}/{w.month}/{w:%y} a las {w.hour}:{w:%M}, {name} escribió:"
        return f"On {w:%d/%m/%Y} {w:%H:%M}, {name} wrote:"
    raise KeyError(style)


def outlook_header(lang, when, fname, faddr, to, subj):
    w = when
    if lang == "it":
        return (f"Da: {fname} <{faddr}>\nInviato: {IT_DAYS[w.weekday()]} {w.day} {IT_MONTHS[w.month-1]} "
                f"{w.year} {w:%H:%M}\nA: {to}\nOggetto: {subj}")
    if lang == "es":
        return (f"De: {fname} <{faddr}>\nEnviado: {ES_DAYS[w.weekday()]}, {w.day} de {ES_MONTHS[w.month-1]} de "
                f"{w.year} {w.hour}:{w:%M}\nPara: {to}\nAsunto: {subj}")
    h12 = w.hour % 12 or 12
    ampm = "AM" if w.hour < 12 else "PM"
    return (f"From: {fname} <{faddr}>\nSent: {EN_DAYS[w.weekday()]}, {EN_MONTHS[w.month-1]} {w.day}, {w.year} "
            f"{h12}:{w:%M} {ampm}\nTo: {to}\nSubject: {subj}")


def gt(s):
    return "\n".join(("> " + l) if l else ">" for l in s.split("\n"))


def text_to_html(s):
    paras = s.strip("\n").split("\n\n")
    return "\n".join("<div>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</div><div><br></div>" for p in paras)


# ---------------------------------------------------------------- building one message
MUA = {
    "gmail": dict(mode="alt", quote="gmail"),
    "android": dict(mode="alt", quote="gmail"),
    "outlook": dict(mode="alt", quote="outlook"),
    "apple": dict(mode="plain", quote="apple", xm="Apple Mail (2.3826.300.87.4.3)"),
    "iphone": dict(mode="plain", quote="apple", xm="iPhone Mail (22C152)"),
    "thunderbird": dict(mode="plain", quote="thunderbird",
                        ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
    "webmail": dict(mode="plain", quote="thunderbird", xm="Open-Xchange Mailer v7.10.6-Rev71"),
    "libero": dict(mode="plain", quote="none", xm="Libero Mail"),
}

MESSAGES = []


def msg(kind, frm, date, tz, body, *, owner, inv=None, step="reminder", mua="gmail", quote=None, mode=None,
        rem=None, subj=None, prefix=None, to=None, cc=None, attach=(), charset="utf-8", cte=None,
        html=None, reply=True, labels=None, note="", extra_headers=None, letter_override=None):
    MESSAGES.append(dict(kind=kind, frm=frm, date=date, tz=tz, body=body, owner=owner, inv=inv, step=step,
                         mua=mua, quote=quote, mode=mode, rem=rem, subj=subj, prefix=prefix, to=to, cc=cc,
                         attach=attach, charset=charset, cte=cte, html=html, reply=reply,
                         labels=labels or {}, note=note, extra_headers=extra_headers or {},
                         letter_override=letter_override))


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% {title}\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


FAKE_PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
            b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def message_id(mua, seed, domain):
    if mua in ("gmail", "android"):
        return f"<CA+{h(seed, 10).upper()}q{h(seed + 'x', 22)}@mail.gmail.com>"
    if mua == "outlook":
        return f"<{h(seed, 8).upper()}{h(seed + 'o', 24).upper()}@DB9PR07MB{h(seed, 4).upper()}.eurprd07.prod.outlook.com>"
    if mua in ("apple", "iphone"):
        u = h(seed, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    return f"<{h(seed, 12)}.{h(seed + 'z', 6)}@{domain}>"


def build(i, m):
    o = OWNERS[m["owner"]]
    lang = o["lang"]
    prof = MUA[m["mua"]]
    mode = m["mode"] or prof["mode"]
    qstyle = m["quote"] or prof["quote"]
    when = local(m["date"], m["tz"])
    name, addr = email.utils.parseaddr(m["frm"])
    domain = addr.split("@")[1]
    inv = m["inv"]

    # the letter being answered
    orig_subj, orig_text, rem_when, rem_id = None, None, None, None
    if m["reply"] and inv is not None:
        if m["letter_override"]:
            orig_subj, orig_text = m["letter_override"]
        else:
            orig_subj, orig_text = letter(m["step"], o, inv)
        rem_when = local(m["rem"], o["tz"]) if m["rem"] else (when - timedelta(days=1)).replace(
            hour=9, minute=int(h(str(i), 2), 16) % 50 + 3).astimezone(ZoneInfo(o["tz"]))
        rem_id = f"<{rem_when:%Y%m%d%H%M}.{h(str(i) + 'r', 12)}@{o['addr'].split('@')[1]}>"
    if m["subj"]:
        subject = m["subj"]
    elif orig_subj:
        pre = m["prefix"] or {"outlook": {"it": "R: ", "es": "RE: ", "en": "RE: "}[lang]}.get(m["mua"], "Re: ")
        subject = pre + orig_subj
    else:
        subject = "(senza oggetto)"

    body = m["body"].strip("\n") + "\n"
    text, html_body = body, None
    client_to = m["frm"]
    if orig_text is not None and qstyle != "none":
        rw = rem_when.astimezone(ZoneInfo(m["tz"]))
        if qstyle in ("gmail", "apple", "thunderbird"):
            att = attribution(qstyle, lang, rw, o["name"], o["addr"])
            text = body + "\n" + att + "\n\n" + gt(orig_text) + "\n"
            if qstyle == "apple" and m["mua"] == "iphone":
                text = body + "\n" + att + "\n\n" + gt(orig_text) + "\n"
            quote_html = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{htmlmod.escape(att)}<br></div>'
                          f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                          f'rgb(204,204,204);padding-left:1ex">{text_to_html(orig_text)}</blockquote></div>')
        elif qstyle == "gmailfwd":
            ww = rw
            dd = {"lunes": "lun", "martes": "mar", "miércoles": "mié", "jueves": "jue", "viernes": "vie",
                  "sábado": "sáb", "domingo": "dom"}[ES_DAYS[ww.weekday()]]
            fh = (f"---------- Mensaje reenviado ---------\nDe: {o['name']} <{o['addr']}>\n"
                  f"Date: {dd}, {ww.day} {ES_MONTHS[ww.month-1][:3]} {ww.year} a las {ww.hour}:{ww:%M}\n"
                  f"Subject: {orig_subj}\nTo: <{addr}>")
            text = body + "\n" + fh + "\n\n\n" + orig_text + "\n"
            quote_html = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
                          htmlmod.escape(fh).replace("\n", "<br>") + '<br></div><br><br>' +
                          text_to_html(orig_text) + '</div>')
        else:  # outlook
            hdr = outlook_header(lang, rw, o["name"], o["addr"], client_to, orig_subj)
            text = body + "\n________________________________\n" + hdr + "\n\n" + orig_text + "\n"
            quote_html = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                          '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                          'color="#000000">' + htmlmod.escape(hdr).replace("\n", "<br>\n") +
                          '</font><div>&nbsp;</div></div><div>' + text_to_html(orig_text) + '</div>')
    else:
        quote_html = ""
    if mode in ("alt", "html"):
        inner = m["html"] if m["html"] else text_to_html(body)
        if m["mua"] == "outlook":
            html_body = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n<meta http-equiv='
                         '"Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" '
                         'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
                         '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, '
                         'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + inner +
                         '\n</div>\n' + quote_html + '\n</body>\n</html>\n')
        else:
            html_body = ('<div dir="ltr">' + inner + '</div><br>' + quote_html + '\n')

    msgobj = EmailMessage()
    rid = message_id(m["mua"], f"{i}-{addr}", domain)
    msgobj["Return-Path"] = f"<{addr}>"
    msgobj["Received"] = (f"from mail.{domain} (mail.{domain} [{int(h(addr,2),16)}.{int(h(addr+'a',2),16)}."
                          f"{int(h(addr+'b',2),16)}.{int(h(addr+'c',2),16)}]) by mx.{o['addr'].split('@')[1]} "
                          f"with ESMTPS id {h(str(i), 10).upper()}; {format_datetime((when + timedelta(seconds=7)).astimezone(ZoneInfo(o['tz'])))}")
    msgobj["Date"] = format_datetime(when)
    msgobj["From"] = m["frm"]
    msgobj["To"] = m["to"] or f"{o['name']} <{o['addr']}>"
    if m["cc"]:
        msgobj["Cc"] = m["cc"]
    msgobj["Subject"] = subject
    msgobj["Message-ID"] = rid
    if rem_id:
        orig_id = f"<{h(str(i) + 'inv', 14)}@{o['addr'].split('@')[1]}>"
        msgobj["In-Reply-To"] = rem_id
        msgobj["References"] = f"{orig_id} {rem_id}" if m["step"] != "invoice" else rem_id
    if m["mua"] == "outlook":
        msgobj["Thread-Topic"] = orig_subj or subject
        msgobj["Thread-Index"] = "AQH" + h(str(i), 20) + "=="
        msgobj["Content-Language"] = {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang]
        msgobj["X-MS-Has-Attach"] = "yes" if m["attach"] else ""
    if prof.get("xm"):
        msgobj["X-Mailer"] = prof["xm"]
    if prof.get("ua"):
        msgobj["User-Agent"] = prof["ua"]
    for k, v in m["extra_headers"].items():
        msgobj[k] = v

    cs = m["charset"]
    if cs == "cp1252-as-latin1":
        # Outlook-style: declared iso-8859-1, actually Windows-1252 bytes (curly quotes, euro sign).
        msgobj["MIME-Version"] = "1.0"
        msgobj["Content-Type"] = 'text/plain; charset="iso-8859-1"'
        msgobj["Content-Transfer-Encoding"] = "quoted-printable"
        msgobj.set_payload(quopri.encodestring(text.replace("\n", "\r\n").encode("cp1252")).decode("ascii"))
        return msgobj
    if mode == "html":
        msgobj.set_content(html_body, subtype="html", charset=cs, cte=m["cte"])
    else:
        msgobj.set_content(text, charset=cs, cte=m["cte"])
        if mode == "alt":
            msgobj.add_alternative(html_body, subtype="html", charset=cs, cte=m["cte"])
    for fname, ctype, data in m["attach"]:
        mt, st = ctype.split("/")
        msgobj.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return msgobj


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# round16-careful: labels for the hand-written messages generated by make.py\n"]
    for n, m in enumerate(MESSAGES, 1):
        fname = f"{PREFIX}-{n:04d}.eml"
        mo = build(n, m)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(mo.as_bytes(policy=email.policy.default))
        lab = m["labels"]
        lines = [f'[files."{fname}"]', f'kind = "{m["kind"]}"', f'language = "{OWNERS[m["owner"]]["lang"]}"',
                 'split = "dev"']
        for key in ("amount", "currency", "reference", "promised_date", "return_date"):
            if key in lab:
                lines.append(f"{key} = {toml_str(lab[key])}")
        lines.append(f"note = {toml_str(m['note'])}")
        out.append("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check()


def check():
    import tomllib
    from collections import Counter
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    assert len(files) == len(labels) == len(MESSAGES), (len(files), len(labels))
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            mm = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for hdr in ("Date", "From", "To", "Subject", "Message-ID"):
            assert mm[hdr], (f, hdr)
        dt = mm["Date"].datetime
        assert datetime(2026, 11, 1, tzinfo=ZoneInfo("UTC")) <= dt < datetime(2027, 3, 1, tzinfo=ZoneInfo("UTC")), f
        part = mm.get_body(preferencelist=("plain", "html"))
        assert part is not None and part.get_content().strip(), f
        lab = labels[f]
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", f
    c = Counter(v["kind"] for v in labels.values())
    cl = Counter(v["language"] for v in labels.values())
    print(len(files), "messages OK;", dict(c), dict(cl))


# =====================================================================================================
# THE MESSAGES (bodies written by hand). Grouped by kind here; shuffled with a fixed seed before numbering.
# =====================================================================================================

# ------------------------------------------------------------------ client-reply-paid
msg("client-reply-paid", "Niamh Kelly <niamh@harbourcoffee.ie>", "2026-12-07 11:42", "Europe/Dublin", """
Hi Tom,

I think it went out Friday? Sandra does the supplier payments on a Friday and I'm nearly sure yours was on the list. I'm out at the roastery all day so I can't get into the bank, but if it hasn't landed by Wednesday give me a shout and I'll chase it.

Niamh

Sent from my iPhone
""", owner="tom", mua="iphone", rem="2026-12-07 09:05",
    inv=dict(num="INV-2026-118", amount=1845.00, due="2026-11-30", client="Harbour Coffee Roasters Ltd"),
    note="Hedged but affirmative: she believes it was paid last Friday (question mark, 'nearly sure'). "
         "A careful assistant records it as a paid claim to verify, not a promise or a question.")

msg("client-reply-paid", "Sara Ricci <sara.grappolo@gmail.com>", "2026-12-02 10:17", "Europe/Rome", """
Buongiorno Alessandra,
fatto stamattina il bonifico di milleduecentoventi euro, ti giro la contabile appena la banca me la manda (con questa app nuova non trovo mai niente 🙄).
Scusa il ritardo, a novembre siamo stati travolti dalle degustazioni di Natale.

Un abbraccio
Sara

Inviato dal mio Galaxy
""", owner="alessandra", mua="android", rem="2026-12-01 09:12",
    inv=dict(num="41/2026", amount=1220.00, due="2026-11-30", client="Enoteca Il Grappolo"),
    labels=dict(amount="1220.00"),
    note="Paid this morning; the amount is written only in words (milleduecentoventi = 1220.00). "
         "The promised receipt is not a promise to pay.")

msg("client-reply-paid", "Pilar Navarro <pilar@academiababel.es>", "2026-12-15 17:20", "Europe/Madrid", """
Hola Lucía:

Te reenvío el justificante de la factura 52. Perdona, pensaba que te lo había mandado la semana pasada junto con el otro correo.

Un saludo,
Pilar

-----Mensaje original-----
De: BBVA <avisos@bbva.es>
Enviado el: lunes, 14 de diciembre de 2026 12:31
Para: pilar@academiababel.es
Asunto: Confirmación de transferencia realizada

Estimado/a cliente:

Le confirmamos que se ha realizado la siguiente transferencia desde su cuenta ES12 0182 **** **** **** 4417:

Beneficiario: LUCIA MARTIN ESTUDIO
Cuenta destino: ES91 2100 0418 4502 0005 1332
Importe: 850,00 EUR
Concepto: FRA 2026-052 ACADEMIA BABEL
Fecha de ejecución: 14/12/2026
Referencia: 0182TRF2026121400039

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
""", owner="lucia", mua="outlook", reply=False, subj="RV: Confirmación de transferencia realizada", mode="plain",
    attach=[("Justificante_transferencia_14122026.pdf", "application/pdf", fake_pdf("justificante BBVA 850,00"))],
    labels=dict(amount="850.00", reference="2026-052"),
    note="Client forwards her bank's transfer confirmation in a new thread (no In-Reply-To). Her own text "
         "names 'la factura 52' = 2026-052; the forwarded receipt states 850,00 EUR. Human forward, not a bank notice.")

msg("client-reply-paid", "Deborah Okafor <accounts@greenline-arch.co.uk>", "2026-12-14 10:03", "Europe/London", """
Hi Priya,

Oliver has passed your email on to me as he is on site all this week.

I can see PN-047 was included in our payment run on Thursday 10th December, so it should be with you by now – BACS usually takes two to three working days. I've attached the remittance for your records.

Kind regards,

Deborah Okafor
Accounts Assistant
Greenline Architects Ltd | 14 Canal Yard, London N1 9AA
T: 020 7946 0321

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Greenline Architects Ltd is registered in England and Wales, no. 08812345.
""", owner="priya", mua="outlook", rem="2026-12-11 09:20",
    inv=dict(num="PN-047", amount=1260.00, due="2026-12-04", client="Oliver Grant", ckind="person", cur="GBP"),
    attach=[("Remittance_Advice_PN-047.pdf", "application/pdf", fake_pdf("Greenline remittance PN-047"))],
    labels=dict(reference="PN-047"),
    note="A colleague (accounts) answers for the client the reminder was addressed to; paid in the 10 Dec run. "
         "No amount in her own words.")

msg("client-reply-paid", "Avv. Chiara Marchetti <c.marchetti@studiolegalemarchetti.it>", "2026-12-18 19:02", "Europe/Rome", """
Gentile Greco,

trovo alquanto singolare ricevere l'ennesimo sollecito "automatico" per una fattura che il mio studio ha saldato il 4 dicembre. Forse, prima di mettere in moto questi sistemi, varrebbe la pena dare un'occhiata all'estratto conto.

Per Sua comodità Le allego la contabile. Confido di non ricevere un quarto promemoria.

Distinti saluti

Avv. Chiara Marchetti
Studio Legale Marchetti
Via dei Mille 24 – 40121 Bologna
Tel. 051 234 5678

Le informazioni contenute in questo messaggio e nei suoi allegati sono riservate e destinate esclusivamente al destinatario indicato. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di darne immediata notizia al mittente e di cancellarlo. Ai sensi del Reg. UE 2016/679 (GDPR) il trattamento dei dati avviene nel rispetto della normativa vigente.
""", owner="davide", mua="outlook", step="late_fee", rem="2026-12-18 09:40",
    inv=dict(num="2026/58", amount=640.00, due="2026-11-25", client="Studio Legale Marchetti", days_late=23,
             deadline="2026-12-28"),
    attach=[("contabile_bonifico_04122026.pdf", "application/pdf", fake_pdf("contabile 640,00"))],
    note="Sarcastic and annoyed, but the content is a paid claim (paid 4 Dec, receipt attached); she does not "
         "contest the invoice, only the reminder. Not a dispute.")

msg("client-reply-paid", "Raul Ortega <tallerortega@hotmail.com>", "2026-12-17 13:48", "Europe/Madrid", """
Buenas Iker

ya esta pagada desde el martes, no te ha llegado?? si no te llega dimelo y llamo al banco que son unos inutiles, la ultima vez tardaron 5 dias con una de un proveedor

saludos
Raul
""", owner="iker", mua="outlook", mode="html", rem="2026-12-17 09:10",
    inv=dict(num="A-2026-19", amount=375.00, due="2026-12-10", client="Talleres Ortega"),
    note="Paid claim (Tuesday) plus a worried question whether it arrived; no accents, Outlook.com HTML-only. "
         "The question does not change the label.")

msg("client-reply-paid", "Declan Murphy <declan@kilkennycrafts.ie>", "2026-12-16 16:30", "Europe/Dublin", """
Tom,

That one's paid – went Monday from the credit union account, so it can take a day or two extra to show. We'll also sort the Christmas window job when that invoice comes through, no rush on it.

Cheers,
Declan
""", owner="tom", mua="gmail", rem="2026-12-16 09:15",
    inv=dict(num="INV-2026-121", amount=560.00, due="2026-12-11", client="Declan Murphy", ckind="person"),
    note="Clear 'already paid' (Monday) plus an undated, vague 'will also sort' about a job not yet invoiced: "
         "stays paid per the exception.")

msg("client-reply-paid", "FERRAMENTA BORTOLIN <ferramentabortolin@libero.it>", "2026-12-03 07:55", "Europe/Rome", """
BUONGIORNO ABBIAMO GIA PAGATO IL 28/11 CON BONIFICO DALLA BANCA DELLA MARCA. CONTROLLI BENE PERCHE E LA SECONDA VOLTA CHE MI ARRIVA STA MAIL

BORTOLIN GIANNI
FERRAMENTA BORTOLIN SNC
VIA FELTRINA 112 - 31100 TREVISO
""", owner="alessandra", mua="libero", charset="windows-1252", step="due", rem="2026-12-02 09:30",
    inv=dict(num="44/2026", amount=305.00, due="2026-11-30", client="Ferramenta Bortolin snc"),
    note="ALL CAPS, no accents, irritated, no quote: a paid claim with the transfer date 28/11.")

msg("client-reply-paid", "Yeray Santana <yeraysantana87@gmail.com>", "2026-12-21 20:10", "Atlantic/Canary", """
Buenas mi niña!! ya te lo mandé el viernes por la tarde por Bizum, mira a ver que igual te llegó al otro número, el que acaba en 47. Los 120 eurillos, no te me pierdas eh 😄

Un besito y felices fiestas
Yeray

Enviado desde mi Android
""", owner="lucia", mua="android", rem="2026-12-21 09:00", cte="base64",
    inv=dict(num="2026-057", amount=120.00, due="2026-12-15", client="Yeray Santana", ckind="person"),
    labels=dict(amount="120.00"),
    note="Canarian voice ('mi niña', 'eurillos'), Atlantic/Canary time zone: says he sent 120 € by Bizum on Friday, "
         "possibly to another phone number. A paid claim, to be checked.")

msg("client-reply-paid", "Karen Hollis <karen.hollis@northgate-ha.org.uk>", "2027-01-13 09:12", "Europe/London", """
Dear Priya,

Please find attached remittance advice. Payment of £980.00 against invoice PN-052 was processed in yesterday's BACS run.

Regards,

Karen Hollis
Purchase Ledger
Northgate Housing Association
""", owner="priya", mua="outlook", mode="html", rem="2027-01-12 09:30",
    html="""<p class="MsoNormal">Dear Priya,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please find attached remittance advice. Payment of <b>&pound;980.00</b> against invoice PN-052 was processed in yesterday&#8217;s BACS run.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Regards,</p><p class="MsoNormal">&nbsp;</p>
<table style="border-collapse:collapse"><tr><td style="border-right:2px solid #0b6e4f;padding-right:8px"><img src="cid:image001.png@01DB6512.5A1F2C80" width="60" height="60" alt="Northgate"></td>
<td style="padding-left:8px"><p class="MsoNormal"><b><span style="color:#0b6e4f">Karen Hollis</span></b><br>Purchase Ledger<br>Northgate Housing Association</p></td></tr></table>""",
    inv=dict(num="PN-052", amount=980.00, due="2027-01-08", client="Northgate Housing Association", cur="GBP"),
    attach=[("Remittance 0004471.pdf", "application/pdf", fake_pdf("Northgate remittance PN-052 980.00")),
            ("image001.png", "image/png", FAKE_PNG)],
    labels=dict(amount="980.00", currency="GBP", reference="PN-052"),
    note="Outlook HTML-only (table signature) from a purchase-ledger clerk, written by a person: paid in "
         "'yesterday's BACS run' with remittance attached. GBP.")

msg("client-reply-paid", "Begoña Alonso <begona@gestoriaalonso.es>", "2027-01-18 12:35", "Europe/Madrid", """
Buenos días, Sr. Etxeberria:

Le escribo desde Gestoría Alonso, que lleva la contabilidad de la Cooperativa Olivar del Sur. Nos han pasado su recordatorio: según nuestros registros, su factura A-2026-22 se abonó el pasado 12 de enero junto con el resto de proveedores del mes.

Si a día de hoy no le consta el ingreso, indíquenoslo y solicitamos el justificante al banco.

Atentamente,

Begoña Alonso Ruiz
Gestoría Alonso – Asesoría fiscal, laboral y contable
C/ Mayor 8, 2.º – 23400 Úbeda (Jaén)

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos forman parte de un fichero responsabilidad de Gestoría Alonso C.B.
""", owner="iker", mua="outlook", cc="Cooperativa Olivar del Sur <administracion@olivardelsur.coop>",
    rem="2027-01-18 09:05", step="reminder",
    inv=dict(num="A-2026-22", amount=1150.00, due="2027-01-10", client="Cooperativa Olivar del Sur"),
    labels=dict(reference="A-2026-22"),
    note="The client's outside accountant speaks for the client: paid on 12 January. Formal usted, legal footer, cc the client.")

msg("client-reply-paid", "Sophie Walsh <sophiewalsh88@gmail.com>", "2027-01-04 10:22", "Europe/Dublin", """
Hi Tom!

So sorry, I thought Conor had told you – we settled it on the twenty-second, eleven hundred and fifty euro from his account, so it'll show as C. Doyle and not me. Hope that doesn't confuse things!

The invitations were a massive hit btw, everyone at the wedding asked who did them 💛

Sophie xx
""", owner="tom", mua="gmail", rem="2027-01-04 09:10", cte="base64",
    inv=dict(num="INV-2026-125", amount=1150.00, due="2026-12-18", client="Sophie Walsh", ckind="person"),
    labels=dict(amount="1150.00"),
    note="Date and amount in words ('the twenty-second' = 22 Dec, 'eleven hundred and fifty euro'); paid by "
         "her partner under another name. Paid.")

msg("client-reply-paid", "Roberto Bellini <info@agriturismolequerce.it>", "2026-12-12 09:40", "Europe/Rome", """
Ciao Davide,

scusa se rispondo solo ora ma qui è stato un delirio: abbiamo finito la raccolta delle olive la settimana scorsa (quest'anno poca ma buonissima, ti tengo da parte una latta) e poi c'è stato il problema della caldaia nella casa grande, che ci ha fatto saltare due prenotazioni.

Volevo chiederti se a marzo/aprile riesci a tornare per le foto della fioritura e della piscina nuova, che per Pasqua vorremmo rifare il sito. Mia figlia dice che servono anche dei video verticali per Instagram, tu li fai? Se sì mi mandi due prezzi?

Ah, il bonifico per la fattura 61 l'ho fatto ieri sera dall'app, dovrebbe arrivarti lunedì.

Le foto dell'autunno comunque sono piaciute a tutti, anche a mia suocera che non le piace niente.

Un saluto e a presto
Roberto

Agriturismo Le Querce
Loc. Poggio alle Querce 3 – 53024 Montalcino (SI)
""", owner="davide", mua="thunderbird", step="due", rem="2026-12-10 09:20",
    inv=dict(num="2026/61", amount=1480.00, due="2026-12-08", client="Agriturismo Le Querce"),
    labels=dict(reference="2026/61"),
    note="Long chatty mail about olives and new work; one sentence matters: transfer for 'fattura 61' made last "
         "night (= 2026/61). 'dovrebbe arrivarti lunedì' is the expected arrival, not a promise.")

msg("client-reply-paid", "Sergio Vidal <sergio@agencianomada.com>", "2027-01-08 11:05", "Europe/Madrid", """
Lucía, transferencia realizada esta mañana 👍

Por cierto, ¿nos puedes pasar presupuesto para la campaña de febrero? La idea es algo parecido a lo de Navidad pero con menos piezas (cartel, 3 stories y la lona de la tienda). Lo hablamos el lunes si te va bien.

Sergio
""", owner="lucia", mua="gmail", rem="2027-01-08 09:00",
    inv=dict(num="2026-060", amount=2100.00, due="2026-12-31", client="Agencia Nómada SL"),
    note="'Transferencia realizada' then a request for a new quote: paid wins over other business.")

msg("client-reply-paid", "Kyle Henderson <kyle@brightwavemedia.com>", "2026-12-09 08:14", "America/New_York", """
Done. Wire went out this AM, should hit in 1-2 days.

-K

Sent from my iPhone
""", owner="tom", mua="iphone", rem="2026-12-08 09:30",
    inv=dict(num="INV-2026-119", amount=2400.00, due="2026-12-04", client="Brightwave Media LLC", cur="USD"),
    note="US client, terse one-liner from a phone: 'Done. Wire went out this AM' = paid this morning (New York time).")

msg("client-reply-paid", "Federica Galli <f.galli@modalucchesi.it>", "2027-01-12 15:20", "Europe/Rome", """
Buongiorno,

la fattura in oggetto risulta pagata il 9 u.s. con bonifico SEPA (CRO 0306912345678901). Come mai ci arriva ancora il sollecito? Vi chiederei di verificare prima di inviare comunicazioni di questo tipo.

Cordiali saluti

Federica Galli
Ufficio Amministrazione – Moda Lucchesi S.r.l.
Via per Camaiore 40 – 55100 Lucca
""", owner="alessandra", mua="outlook", mode="plain", charset="cp1252-as-latin1", quote="outlook",
    rem="2027-01-12 09:05",
    inv=dict(num="47/2026", amount=2745.00, due="2026-12-31", client="Moda Lucchesi S.r.l."),
    note="Paid claim with CRO (9 of last month, 'u.s.'); the question 'come mai ci arriva ancora il sollecito?' "
         "is a complaint about the reminder, not a dispute. Invoice only named as 'in oggetto' (subject), so no "
         "reference. Declared iso-8859-1 with Windows-1252 bytes.")

msg("client-reply-paid", "Rachel Stone <rachel@mapleandfinch.co.uk>", "2027-01-21 10:48", "Europe/London", """
Hi Priya,

Apologies – the first payment was returned to us last week (we still had an old sort code for you on file, my fault entirely). I've re-sent it this morning to the account on your invoice, £720 by Faster Payments, so it should already be with you.

Let me know if it hasn't arrived!

Rachel
""", owner="priya", mua="apple", rem="2027-01-21 09:10", step="late_fee",
    inv=dict(num="PN-055", amount=720.00, due="2026-12-31", client="Maple & Finch Ltd", cur="GBP", days_late=21,
             deadline="2027-01-28"),
    labels=dict(amount="720.00", currency="GBP"),
    note="A transfer that bounced back, but it has been re-sent this morning to the right account: paid (the "
         "bounce is history). Contrast with the returned-payment message that asks for details.")

msg("client-reply-paid", "Marta Gil <marta@clinicasonrisa.es>", "2027-01-19 18:02", "Europe/Madrid", """
Hola Lucía,

me dicen en contabilidad que tu factura salió en la remesa del día 15, así que en teoría ya la tendrías que tener. Si no es así dímelo y les vuelvo a preguntar, que este mes han cambiado de programa y van un poco locos.

Besos,
Marta

Enviado desde mi iPhone
""", owner="lucia", mua="iphone", rem="2027-01-19 09:00",
    inv=dict(num="2026-062", amount=605.00, due="2027-01-10", client="Clínica Dental Sonrisa"),
    note="Second-hand paid claim: accounts told her it went out in the remittance of the 15th (past). "
         "Not 'entra en la remesa del X' (future = promise).")

msg("client-reply-paid", "Laura Neri <laura.neri@fondazioneartevia.org>", "2027-02-16 09:30", "Europe/Rome", """
Gentile Alessandra,

ecco la contabile del bonifico, disposto ieri dall'ufficio.
Buona giornata,

Laura

Inizio messaggio inoltrato:

Da: Intesa Sanpaolo <noreply@intesasanpaolo.com>
Oggetto: Esito disposizione di bonifico
Data: 15 febbraio 2027 alle ore 16:42:10 CET
A: laura.neri@fondazioneartevia.org

Gentile Cliente,
la disposizione di bonifico SEPA da Lei inserita è stata eseguita.

Ordinante: FONDAZIONE ARTE VIVA ETS
Beneficiario: ALESSANDRA ROSSI
IBAN beneficiario: IT60X0542811101000000123456
Importo: 900,00 EUR
Causale: SALDO FATTURA 3/2027
Data esecuzione: 15/02/2027
TRN: 0306934781527002480016300160IT

Intesa Sanpaolo S.p.A.
""", owner="alessandra", mua="apple", step="due", rem="2027-02-15 09:05",
    inv=dict(num="3/2027", amount=900.00, due="2027-02-14", client="Fondazione Arte Viva ETS"),
    attach=[("Contabile.pdf", "application/pdf", fake_pdf("Intesa contabile 900,00"))],
    labels=dict(amount="900.00"),
    note="Client replies to the reminder and forwards her bank's execution notice (Apple Mail 'Inizio messaggio "
         "inoltrato'). Paid; 900,00 EUR is stated in the forwarded receipt. Her own text names no invoice number, "
         "so no reference.")

# ------------------------------------------------------------------ client-reply-promise
msg("client-reply-promise", "Mauro Colombo <mauro@tipografiavelox.it>", "2026-12-10 11:20", "Europe/Rome", """
Ciao Alessandra,

il commercialista mi fa notare che l'IBAN sulla fattura è diverso da quello che avevamo in anagrafica (uno finisce con 3456, l'altro con 3465, mi sa che qualcuno ha invertito due cifre). Se mi confermi quello giusto oggi stesso faccio partire il bonifico, promesso.

Mauro
""", owner="alessandra", mua="gmail", rem="2026-12-10 09:02",
    inv=dict(num="49/2026", amount=680.00, due="2026-12-05", client="Tipografia Velox snc"),
    labels=dict(promised_date="2026-12-10"),
    note="Conditional promise: 'if you confirm the IBAN, I pay today'. Not just an IBAN question: he commits to "
         "paying that same day, so promise for the message's date.")

msg("client-reply-promise", "Aoife Brennan <aoife.brennan@liffeydental.ie>", "2027-01-19 14:05", "Europe/Dublin", """
Hi Tom,

I know I said Friday last time and I'm sorry, that's not going to happen now – our new practice manager has to sign off anything over two grand and she only started on Monday. It'll be the 30th at the very latest.

Aoife
""", owner="tom", mua="outlook", step="promise_followup", rem="2027-01-19 09:00",
    inv=dict(num="INV-2026-127", amount=2950.00, due="2026-12-31", client="Liffey Dental Group",
             promise_date="2027-01-15"),
    labels=dict(promised_date="2027-01-30"),
    note="Takes back an earlier promise ('I said Friday last time... not going to happen') and gives a new one: "
         "'the 30th at the very latest' = 30 January 2027. The earlier Friday must not be used.")

msg("client-reply-promise", "Carmen Beltrán <carmen@librerialahoja.es>", "2026-12-22 12:10", "Europe/Madrid", """
Hola Lucía:

Hoy te he hecho una transferencia de 500 € a cuenta. El resto (720 €) te lo pago a final de mes, cuando entre lo de las ventas de Navidad. Espero que no te importe que lo haga así, diciembre es siempre complicado para nosotras.

Un abrazo y felices fiestas,
Carmen
Librería La Hoja
""", owner="lucia", mua="webmail", rem="2026-12-22 09:00",
    inv=dict(num="2026-055", amount=1220.00, due="2026-12-15", client="Librería La Hoja CB"),
    labels=dict(promised_date="2026-12-31", amount="720.00"),
    note="Paid part (500 €) and promises the rest (720 €) at the end of the month: promise, 31 Dec 2026. "
         "amount = the promised remainder, which is what is still open.")

msg("client-reply-promise", "Nino Esposito <pasticceriadanino@gmail.com>", "2026-12-29 16:45", "Europe/Rome", """
Caro Davide, hai ragione, scusami tanto. Sotto le feste qua è un manicomio, tra struffoli e roccocò non abbiamo tempo neanche per respirare.
Ti faccio il bonifico entro il quindici di gennaio, parola mia.
Intanto ti aspetto per un caffè e una sfogliatella, che le foto del panettone hanno fatto il botto su Instagram!!

Nino

Inviato da iPhone
""", owner="davide", mua="iphone", rem="2026-12-29 09:10",
    inv=dict(num="2026/63", amount=450.00, due="2026-12-20", client="Pasticceria Da Nino"),
    labels=dict(promised_date="2027-01-15"),
    note="Neapolitan baker; date written in words ('entro il quindici di gennaio') = 15 Jan 2027.")

msg("client-reply-promise", "James Whitaker <j.whitaker@fenwickpartners.co.uk>", "2027-01-14 17:30", "Europe/London", """
Priya,

Thanks for the nudge. Our client hasn't paid us yet for the same project and the partners won't release anything before the 28th, I'm afraid. You'll be in the 28th run.

James

James Whitaker | Finance Manager
Fenwick Partners LLP
""", owner="priya", mua="outlook", rem="2027-01-14 09:15",
    inv=dict(num="PN-058", amount=1800.00, due="2027-01-05", client="Fenwick Partners LLP", cur="GBP"),
    labels=dict(promised_date="2027-01-28"),
    note="'won't release anything before the 28th... you'll be in the 28th run' = promise for 28 Jan 2027. "
         "The mention of their own unpaid client is context, not a condition.")

msg("client-reply-promise", "Manuel Ruiz <administracion@bodegashermanosruiz.es>", "2027-01-11 09:15", "Europe/Madrid", """
Buenos días Iker:

Su factura entra en la remesa del 25.

Un saludo.

Manuel Ruiz
Dpto. Administración
Bodegas Hermanos Ruiz S.L.
Ctra. de Haro km 3 – 26200 Haro (La Rioja)

De conformidad con el RGPD y la LOPDGDD, le informamos de que sus datos serán tratados por Bodegas Hermanos Ruiz S.L. con la finalidad de gestionar la relación comercial. Puede ejercer sus derechos en lopd@bodegashermanosruiz.es.
""", owner="iker", mua="outlook", rem="2027-01-11 08:30",
    inv=dict(num="A-2026-24", amount=3025.00, due="2026-12-30", client="Bodegas Hermanos Ruiz S.L."),
    labels=dict(promised_date="2027-01-25"),
    note="One line: 'entra en la remesa del 25' = will be paid in the 25 January payment batch.")

msg("client-reply-promise", "Stefano Gallo <stefano.gallo.dev@gmail.com>", "2026-12-14 23:48", "Europe/Rome", """
ciao ale scusa davvero, sono senza un euro finche non mi paga il cliente grosso (che mi deve da ottobre, quindi ti capisco benissimo...). appena mi pagano ti pago, giuro. non mi sto dimenticando di te
""", owner="alessandra", mua="android", rem="2026-12-14 09:30",
    inv=dict(num="45/2026", amount=390.00, due="2026-12-01", client="Stefano Gallo", ckind="person"),
    note="Late-night lowercase message: 'appena mi pagano ti pago' = promise with no date (depends on his client).")

msg("client-reply-promise", "Ciara Flynn <ap@dunmoreproperty.ie>", "2027-01-06 10:30", "Europe/Dublin", """
Hi Tom,

This is approved and will go out with next week's payment run.

Kind regards,
Ciara Flynn | Accounts Payable
Dunmore Property Management Ltd
""", owner="tom", mua="outlook", rem="2027-01-05 09:30",
    inv=dict(num="INV-2026-130", amount=1320.00, due="2026-12-31", client="Dunmore Property Management Ltd"),
    note="Approved, 'will go out with next week's payment run': promise, no exact date (next week is vague).")

msg("client-reply-promise", "Nayra Rodríguez <administracion@hotellasdunas.com>", "2027-01-07 23:40", "Atlantic/Canary", """
Hola Lucía, mil perdones, se nos ha pasado con el cierre de Reyes. Mañana sin falta te hago la transferencia, hoy el director no estaba para firmar.

Saludos,
Nayra
Hotel Las Dunas – Corralejo, Fuerteventura
""", owner="lucia", mua="gmail", rem="2027-01-07 09:05",
    inv=dict(num="2026-059", amount=640.00, due="2026-12-28", client="Hotel Las Dunas SL"),
    labels=dict(promised_date="2027-01-08"),
    note="'Mañana sin falta' sent 23:40 on Thursday 7 Jan in Canary time (00:40 on the 8th in Madrid): tomorrow "
         "is resolved in the sender's zone = 8 Jan 2027.")

msg("client-reply-promise", "Serena Moretti <contabilita@hotelvillaflora.it>", "2027-01-13 10:02", "Europe/Rome", """
Buongiorno sig. Greco,

ci scusi per il ritardo, la pratica era ferma sulla scrivania del direttore. Le confermo che il pagamento verrà effettuato venerdì.

Cordiali saluti
Serena Moretti
Ufficio Contabilità – Hotel Villa Flora ****
Lungolago Zanardelli 12 – 25083 Gardone Riviera (BS)
""", owner="davide", mua="outlook", step="late_fee", rem="2027-01-12 09:00",
    inv=dict(num="2026/66", amount=1100.00, due="2026-12-15", client="Hotel Villa Flora srl", days_late=28,
             deadline="2027-01-22"),
    labels=dict(promised_date="2027-01-15"),
    note="'venerdì' written on Wednesday 13 Jan = Friday 15 Jan 2027. The deadline in the quoted reminder (22 Jan) is not the promise.")

msg("client-reply-promise", "Helen Carter <helencarterwrites@outlook.com>", "2027-01-09 21:15", "Europe/London", """
Hi Priya,

So sorry – December completely wiped me out (book launch, then flu, then Christmas). I'll transfer it by the end of the month if that's ok?

Helen x
""", owner="priya", mua="outlook", rem="2027-01-08 09:20",
    inv=dict(num="PN-060", amount=450.00, due="2026-12-28", client="Helen Carter", ckind="person", cur="GBP"),
    labels=dict(promised_date="2027-01-31"),
    note="Promise phrased as a question ('if that's ok?'): by the end of the month = 31 Jan 2027.")

msg("client-reply-promise", "Elena Sartori <e.sartori@tessiturabaldini.it>", "2026-12-16 12:20", "Europe/Rome", """
Buongiorno Alessandra,

sono la collega di Paolo Baldini, che è in ferie fino a fine mese. Prima di partire mi ha lasciato detto di mettere in pagamento la sua fattura lunedì, insieme agli altri fornitori: quindi lunedì la vede partire.

Per qualsiasi cosa nel frattempo può scrivere a me.

Cordiali saluti
Elena Sartori
Tessitura Baldini S.p.A. – Ufficio acquisti
""", owner="alessandra", mua="outlook", rem="2026-12-16 09:00",
    inv=dict(num="48/2026", amount=1950.00, due="2026-12-10", client="Paolo Baldini", ckind="person"),
    labels=dict(promised_date="2026-12-21"),
    note="A colleague speaks for the client: 'lunedì la vede partire', written Wednesday 16 Dec = Monday 21 Dec 2026. "
         "'fino a fine mese' is about Paolo's holidays, not the payment.")

msg("client-reply-promise", "Ane Agirre <ane@surfeskolazarautz.eus>", "2027-01-26 10:55", "Europe/Madrid", """
Kaixo Iker!

Hoy no puedo, estoy sin acceso a la banca de la escuela (el token lo tiene Xabi y está en Fuerteventura de curso), pero el jueves te lo hago.

Milesker!
Ane
""", owner="iker", mua="gmail", rem="2027-01-26 09:00",
    inv=dict(num="A-2026-25", amount=480.00, due="2027-01-15", client="Surf Eskola Zarautz"),
    labels=dict(promised_date="2027-01-28"),
    note="'Hoy no puedo... el jueves te lo hago' on Tuesday 26 Jan = Thursday 28 Jan 2027 (not today).")

msg("client-reply-promise", "Bríd Ní Mhaoláin <brid@ceolschool.ie>", "2027-01-20 19:25", "Europe/Dublin", """
Hi Tom,

Really sorry about this. I should hopefully be able to get it paid sometime next week – fingers crossed the Arts Council instalment lands when they said it would.

Go raibh maith agat for your patience,
Bríd
""", owner="tom", mua="gmail", rem="2027-01-20 09:10",
    inv=dict(num="INV-2026-133", amount=380.00, due="2027-01-10", client="Bríd Ní Mhaoláin", ckind="person"),
    note="Hedged, undated promise ('should hopefully... sometime next week, fingers crossed'): promise without date.")

msg("client-reply-promise", "Franco Mariani <mariani@edilcostruzionimariani.it>", "2026-12-09 18:40", "Europe/Rome", """
Sì, ho capito, non serve che mi scriva ogni tre giorni. La pago a fine mese come faccio con tutti i fornitori, come Le avevo già detto al telefono.

Saluti
F. Mariani
""", owner="davide", mua="libero", step="late_fee", rem="2026-12-09 09:20",
    inv=dict(num="2026/60", amount=2300.00, due="2026-11-20", client="Edil Costruzioni Mariani srl", days_late=19,
             deadline="2026-12-19"),
    labels=dict(promised_date="2026-12-31"),
    note="Annoyed tone but no contest: 'la pago a fine mese' = promise for 31 Dec 2026.")

msg("client-reply-promise", "Javier Vela <javier@estudiovela.es>", "2026-12-14 16:30", "Europe/Madrid", """
Hola Lucía,

La 2026-051 ya está pagada, salió el viernes pasado. La 2026-058 la pagamos el día 10, que es cuando hacemos los pagos a proveedores.

Saludos,
Javier
""", owner="lucia", mua="gmail", rem="2026-12-14 09:00",
    letter_override=statement(OWNERS["lucia"], [dict(num="2026-051", amount=1815.00, due="2026-11-30"),
                                                 dict(num="2026-058", amount=968.00, due="2026-12-10")],
                              None, "2026-12-21"),
    inv=dict(num="2026-051", amount=1815.00, due="2026-11-30"),
    labels=dict(promised_date="2027-01-10", reference="2026-058"),
    note="Two invoices in one statement: one paid, the other promised 'el día 10'. Paid one + promise the other = "
         "promise. Written 14 Dec, the 10th has passed, so 10 Jan 2027. Reference is the promised invoice.")

msg("client-reply-promise", "Jenna Morales <jenna@atlasoutdoor.com>", "2026-12-15 21:30", "America/New_York", """
Hey Tom – totally my bad, this got buried under holiday orders. I'll pay it today, just need to add you as an international payee in our Chase account first.

Jenna
""", owner="tom", mua="gmail", rem="2026-12-15 09:00",
    inv=dict(num="INV-2026-128", amount=3200.00, due="2026-12-10", client="Atlas Outdoor Inc", cur="USD"),
    labels=dict(promised_date="2026-12-15"),
    note="'I'll pay it today' at 21:30 New York time on 15 Dec (already the 16th in Dublin/UTC): today is the "
         "sender's day = 15 Dec 2026.")

msg("client-reply-promise", "Giorgio Pellegrini <giorgio.pellegrini@tiscali.it>", "2026-12-23 13:15", "Europe/Rome", """
Buone feste Alessandra!!
Ti pago dopo l'Epifania, adesso tra regali e cenoni sono proprio a secco 😅
Un abbraccio e grazie ancora per le partecipazioni, bellissime
Giorgio
""", owner="alessandra", mua="webmail", rem="2026-12-23 09:00", step="due",
    inv=dict(num="50/2026", amount=260.00, due="2026-12-20", client="Giorgio Pellegrini", ckind="person"),
    note="'dopo l'Epifania' = after 6 January: a promise, but 'after X' gives no date.")

msg("client-reply-promise", "Mikel Goikoetxea <mikel@talleresgoikoetxea.com>", "2026-12-28 09:00", "Europe/Madrid", """
Iker, a primeros de mes te lo pagamos, ahora estamos cerrando el año y la gestoría no nos deja mover nada.

Un saludo,
Mikel
""", owner="iker", mua="outlook", rem="2026-12-28 08:30",
    inv=dict(num="A-2026-21", amount=1560.00, due="2026-12-20", client="Talleres Goikoetxea SL"),
    note="'a primeros de mes' = early next month: promise without a date.")

msg("client-reply-promise", "Tamsin Hale <tamsin@haleandco-events.co.uk>", "2027-01-12 11:40", "Europe/London", """
Hi Priya,

Bit of a cash-flow squeeze after all the Christmas parties, I'm afraid. Can I pay you Thursday week? That's when our big January client settles with us.

Thanks for being so patient,
Tamsin
""", owner="priya", mua="apple", rem="2027-01-12 09:00",
    inv=dict(num="PN-061", amount=1100.00, due="2027-01-04", client="Hale & Co Events Ltd", cur="GBP"),
    labels=dict(promised_date="2027-01-21"),
    note="British 'Thursday week' written on Tuesday 12 Jan: not this Thursday (14th) but the one after = 21 Jan 2027. "
         "Phrased as a request, still a dated promise.")

msg("client-reply-promise", "Silvia Conte <silvia@ristorantelapergola.it>", "2027-01-08 17:10", "Europe/Rome", """
Buongiorno Davide,

mi scuso: Le avevo scritto che il bonifico era partito, invece ho scoperto solo oggi che era rimasto in bozza sull'home banking, perché mio marito non l'aveva autorizzato. Partirà martedì, glielo confermo io.

Ancora scuse,
Silvia Conte
Ristorante La Pergola
""", owner="davide", mua="gmail", step="paid_claim_followup", rem="2027-01-08 09:00",
    inv=dict(num="2026/64", amount=720.00, due="2026-12-18", client="Ristorante La Pergola", claim_date="2026-12-28"),
    labels=dict(promised_date="2027-01-12"),
    note="Retracts her earlier paid claim (the transfer was never authorised) and promises 'martedì': written "
         "Friday 8 Jan = Tuesday 12 Jan 2027. Not paid.")

msg("client-reply-promise", "Rosa Peña <rosa.pena@fundacionmarabierto.org>", "2027-02-10 10:20", "Europe/Madrid", """
Buenos días, Lucía:

Te confirmo que la factura se paga el lunes que viene; ya está aprobada por el patronato, que se reunió ayer. Perdona la demora, en estas entidades todo va más lento de lo que nos gustaría.

Un saludo cordial,

Rosa Peña
Responsable de administración
Fundación Mar Abierto
""", owner="lucia", mua="outlook", rem="2027-02-09 09:00",
    inv=dict(num="2027-003", amount=900.00, due="2027-02-05", client="Fundación Mar Abierto"),
    labels=dict(promised_date="2027-02-15"),
    note="'el lunes que viene' written Wednesday 10 Feb = Monday 15 Feb 2027.")

# ------------------------------------------------------------------ client-reply-dispute
msg("client-reply-dispute", "Paolo Riva <p.riva@rivaarchitetti.it>", "2026-12-01 12:30", "Europe/Rome", """
Buongiorno Alessandra,

guardando la fattura vedo 1.100 € di imponibile, ma il preventivo che ci avevi mandato a settembre era di 900 € tutto compreso (ce l'ho qui davanti). Non ricordo di aver approvato extra, né per mail né a voce.

Finché non chiariamo la differenza non la mettiamo in pagamento.

Paolo

--
arch. Paolo Riva
Riva Architetti Associati – Corso Magenta 12, Milano
""", owner="alessandra", mua="thunderbird", step="due", rem="2026-12-01 09:10",
    inv=dict(num="42/2026", amount=1342.00, due="2026-11-30", client="Riva Architetti Associati"),
    note="Contests the amount against the quote (1.100 vs 900) and withholds payment until clarified: dispute.")

msg("client-reply-dispute", "Orla Quinn <orla@greystonesyoga.ie>", "2026-12-08 13:05", "Europe/Dublin", """
Hi Tom,

Quick one – are we really expected to pay for the three logo variants we told you back in October we didn't want? I thought we'd agreed you'd only bill for the main mark and the colour palette.

Orla
""", owner="tom", mua="gmail", rem="2026-12-08 09:00",
    inv=dict(num="INV-2026-122", amount=890.00, due="2026-12-04", client="Orla Quinn", ckind="person"),
    note="A dispute phrased as a question: she says the billed variants were refused and not to be billed.")

msg("client-reply-dispute", "Alberto Moreno <amoreno@asesoriamoreno.es>", "2026-12-04 10:10", "Europe/Madrid", """
Buenos días, Lucía:

Revisada la factura, observamos que no se ha aplicado la retención del 15 % de IRPF, que procede al tratarse de servicios profesionales facturados a una empresa. Le rogamos que emita una factura rectificativa con la retención correspondiente; hasta entonces no podemos contabilizarla ni, por tanto, abonarla.

Atentamente,

Alberto Moreno
Asesoría Fiscal Moreno, S.L.P.
""", owner="lucia", mua="outlook", step="due", rem="2026-12-03 09:00",
    inv=dict(num="2026-054", amount=1210.00, due="2026-12-01", client="Asesoría Fiscal Moreno, S.L.P."),
    note="Invoice contested as issued (missing IRPF withholding, wrong total); asks for a rectifying invoice "
         "and will not pay until then: dispute.")

msg("client-reply-dispute", "Marta Ferrando <marta@salumificioferrando.it>", "2026-12-11 15:35", "Europe/Rome", """
Ciao Davide,

ricontrollando con il mio commercialista: gli scatti della linea stagionati erano già nella fattura 2026/55 di ottobre, che vi abbiamo pagato a novembre. Mi sa che li hai fatturati due volte. Mi mandi una nota di credito per quella parte?

Grazie,
Marta
""", owner="davide", mua="apple", rem="2026-12-11 09:00",
    inv=dict(num="2026/62", amount=800.00, due="2026-12-05", client="Salumificio Ferrando srl"),
    note="Already billed: says the work was in 2026/55 (paid) and asks for a credit note. The 'paid' refers to "
         "the other invoice. No reference: the only number she names is not the disputed invoice.")

msg("client-reply-dispute", "Graham Pike <graham@oakfieldgardencentre.co.uk>", "2027-01-05 14:50", "Europe/London", """
Priya,

We've paid £600 today for the pages that are live. The remaining £250 is for the blog section, which still isn't finished – we'll pay that once it's done, as we discussed before Christmas.

Graham
""", owner="priya", mua="outlook", rem="2027-01-05 09:30",
    inv=dict(num="PN-057", amount=850.00, due="2026-12-22", client="Oakfield Garden Centre Ltd", cur="GBP"),
    labels=dict(amount="600.00", currency="GBP"),
    note="Partial payment (£600) and the rest withheld until unfinished work is done: partial + dispute of the rest = dispute. "
         "amount = the part paid.")

msg("client-reply-dispute", "Pedro Lago <pedro.lago@inmobiliariacostaverde.es>", "2026-12-02 20:11", "Europe/Madrid", """
No pienso pagar esta factura.

La web se entregó con tres semanas de retraso y tuvimos que contratar a otra empresa para terminar el módulo de reservas, que nunca llegó a funcionar. Si quiere lo hablamos, pero el importe completo no lo vamos a abonar.

Pedro Lago
Inmobiliaria Costa Verde
""", owner="iker", mua="outlook", step="due", rem="2026-12-02 09:00",
    inv=dict(num="A-2026-20", amount=1800.00, due="2026-11-30", client="Inmobiliaria Costa Verde SL"),
    note="Flat refusal: late delivery and unfinished work. Dispute.")

msg("client-reply-dispute", "Chiara Bianchi <chiara@profumeriabianchi.it>", "2026-12-07 11:25", "Europe/Rome", """
Buongiorno Alessandra,

visto che il catalogo ci è arrivato con dieci giorni di ritardo rispetto alla data concordata, e abbiamo dovuto rinviare la presentazione ai negozi, riteniamo corretto uno sconto del 20%. Ci mandi una nota di credito e salderemo la differenza entro la settimana.

Cordiali saluti,
Chiara Bianchi
Profumeria Bianchi – Corso Garibaldi 45, Parma
""", owner="alessandra", mua="outlook", rem="2026-12-07 09:05",
    inv=dict(num="46/2026", amount=1586.00, due="2026-12-01", client="Profumeria Bianchi sas"),
    note="Asks for a 20% discount via credit note and will pay only the difference: dispute outranks the promise "
         "('entro la settimana'), so no promised_date.")

msg("client-reply-dispute", "Fergal Nolan <fergal@quaystreetbakery.ie>", "2026-12-10 22:05", "Europe/Dublin", """
Ah, a reminder. Lovely.

Funny, I don't remember agreeing to fourteen hours for what you yourself called a "quick tweak" to the menu. Happy to pay for the three hours we actually discussed – send me a revised invoice and you'll have it the same day.

Fergal
""", owner="tom", mua="gmail", rem="2026-12-10 09:15",
    inv=dict(num="INV-2026-124", amount=1120.00, due="2026-12-05", client="Quay Street Bakery"),
    note="Sarcastic; contests the hours (14 billed vs 3 agreed, numbers in words) and wants a revised invoice. "
         "The conditional 'same day' is part of the dispute: dispute.")

msg("client-reply-dispute", "Raquel Soler <raquel@opticamiravista.es>", "2026-12-16 13:40", "Europe/Madrid", """
Hola Lucía,

una pregunta: ¿por qué aparecen 18 horas en la factura si el presupuesto era cerrado, 600 € + IVA? Nosotros aprobamos un precio cerrado, no una bolsa de horas.

Raquel
""", owner="lucia", mua="gmail", rem="2026-12-16 09:00",
    inv=dict(num="2026-056", amount=1089.00, due="2026-12-12", client="Óptica Miravista"),
    note="Looks like a question, but she states they approved a fixed price of 600 € + IVA and the invoice bills "
         "hours (1.089 €): it contests the amount. Dispute.")

msg("client-reply-dispute", "Francesca Russo <info@bbilglicine.it>", "2026-12-05 09:50", "Europe/Rome", """
Ciao Alessandra,

la pagheremo appena sistemi il modulo contatti del sito: da quando è online non ci è arrivata nessuna richiesta di prenotazione, l'abbiamo scoperto solo perché una signora ci ha telefonato dicendo che ci aveva scritto tre volte. Fammi sapere quando è a posto.

Francesca
B&B Il Glicine – Spello
""", owner="alessandra", mua="apple", rem="2026-12-04 09:00", step="due",
    inv=dict(num="43/2026", amount=950.00, due="2026-12-02", client="B&B Il Glicine"),
    note="Sounds like a promise ('la pagheremo appena...') but payment is withheld until a defect is fixed: dispute.")

msg("client-reply-dispute", "Mark Devlin <mark.devlin@corallinepublishing.co.uk>", "2027-01-07 16:20", "Europe/London", """
Dear Priya,

I'm the finance manager at Coralline. Our editorial lead, Anna Webb, tells me that the final edited manuscript for chapters 9–14 has not been delivered, so I'm unable to approve this invoice for payment until it has been. Please liaise with Anna directly on the outstanding chapters.

Regards,

Mark Devlin
Finance Manager | Coralline Publishing Ltd
""", owner="priya", mua="outlook", rem="2027-01-07 09:00", step="late_fee",
    inv=dict(num="PN-059", amount=2300.00, due="2026-12-18", client="Coralline Publishing Ltd", cur="GBP",
             days_late=20, deadline="2027-01-14"),
    note="A colleague (finance) speaks for the client: work not delivered, payment not approved until it is. Dispute.")

msg("client-reply-dispute", "Josu Arrieta <josu@construccionesarrieta.com>", "2027-01-15 08:12", "Europe/Madrid", """
ESTA FACTURA YA LA PAGAMOS EN OCTUBRE. ES LA MISMA QUE LA A-2026-17, MISMO CONCEPTO Y MISMO IMPORTE. REVISE SUS CUENTAS ANTES DE RECLAMAR.

JOSU ARRIETA
CONSTRUCCIONES ARRIETA
""", owner="iker", mua="webmail", rem="2027-01-14 09:00",
    inv=dict(num="A-2026-26", amount=2420.00, due="2027-01-05", client="Construcciones Arrieta SL"),
    note="ALL CAPS. Not a paid claim for this invoice: he says it duplicates A-2026-17 (paid in October), i.e. "
         "already billed, so it will not be paid. Dispute. No reference (A-2026-17 is the other invoice).")

msg("client-reply-dispute", "Amministrazione Immobiliare Galli <amministrazione@immobiliaregalli.it>", "2027-02-03 16:00", "Europe/Rome", """
Spett.le Alessandra Rossi,

con la presente contestiamo formalmente la Vostra fattura n. 2/2027 del 15/01/2027.

Le prestazioni fatturate (restyling del sito web aziendale) non risultano conformi a quanto pattuito nel contratto sottoscritto in data 12/10/2026, in particolare:
- art. 3: consegna prevista entro il 30/11/2026, avvenuta il 18/12/2026;
- art. 2: versione in lingua inglese del sito, a oggi non consegnata.

Pertanto il pagamento resta sospeso fino alla completa esecuzione delle prestazioni, fatto salvo ogni ulteriore diritto.

Distinti saluti

Ufficio Amministrazione
Immobiliare Galli & Figli S.r.l.
P.IVA 01234560987

Questo messaggio è destinato esclusivamente alla persona o alla società a cui è indirizzato e può contenere informazioni riservate. Ai sensi del Regolamento UE 2016/679, ogni utilizzo non autorizzato è vietato. Se avete ricevuto questa email per errore, vi preghiamo di comunicarlo al mittente e di distruggerla.
""", owner="alessandra", mua="outlook", rem="2027-02-03 09:00",
    inv=dict(num="2/2027", amount=2684.00, due="2027-01-31", client="Immobiliare Galli & Figli S.r.l."),
    labels=dict(reference="2/2027"),
    note="Formal written contest: late delivery and undelivered English version, payment suspended. Dispute.")

msg("client-reply-dispute", "Eimear Doyle <eimear@wicklowwalkingtours.ie>", "2027-01-22 09:35", "Europe/Dublin", """
Hi Tom,

Just checking – was the 10% discount we agreed on our call in November applied to this one? I can't see it anywhere and the total looks like the full rate to me. Could you have a look before I pay it?

Thanks,
Eimear
""", owner="tom", mua="gmail", rem="2027-01-21 09:00",
    inv=dict(num="INV-2026-131", amount=1400.00, due="2027-01-15", client="Wicklow Walking Tours"),
    note="Polite 'just checking' question, but she asserts an agreed discount is missing and holds payment until it "
         "is looked at: the amount is contested. Dispute.")

msg("client-reply-dispute", "Lorena Castro <lorena@eventosalma.es>", "2026-12-18 17:45", "Europe/Madrid", """
Hola Lucía.

Te pagamos las horas de diseño, pero no las de maquetación del dossier, que nosotros no pedimos (lo maquetó Jaime aquí internamente, te lo comenté en la reunión). Mándanos una factura nueva solo con el diseño y te la pagamos enseguida.

Lorena
""", owner="lucia", mua="gmail", rem="2026-12-18 09:00",
    inv=dict(num="2026-053", amount=1452.00, due="2026-12-10", client="Eventos Alma SL"),
    note="Will pay only part (design) and refuses the layout hours as never ordered; wants a new invoice. Dispute.")

msg("client-reply-dispute", "Claudio Proietti <claudio@ercantiere.it>", "2026-12-15 08:02", "Europe/Rome", """
Ma che stai a dì? Le foto der cantiere nun so' ancora arivate tutte, ne mancano mezze (quelle der tetto e dell'interni) e tu me mandi er sollecito? Prima me mandi tutto e poi parlamo de sordi.

Claudio
Inviato da iPhone
""", owner="davide", mua="iphone", rem="2026-12-14 09:10",
    inv=dict(num="2026/65", amount=1250.00, due="2026-12-12", client="Er Cantiere srl"),
    note="Roman dialect: half the photos not delivered, 'first send everything, then we talk money'. Dispute.")

msg("client-reply-dispute", "Unai Larrañaga <unai@gastrotekabilbo.eus>", "2026-12-18 12:10", "Europe/Madrid", """
Iker, la tarifa que pactamos eran 35 €/hora, no 45. Con las 30 horas salen 1.050 €, no 1.350. Corrígela y te la pago.

Unai
""", owner="iker", mua="android", rem="2026-12-18 09:00", cte="base64",
    inv=dict(num="A-2026-23", amount=1350.00, due="2026-12-15", client="Gastroteka Bilbo"),
    note="Wrong hourly rate; asks for a corrected invoice before paying (no date). Dispute, not promise.")

msg("client-reply-dispute", "Enrico Sala <enrico@birrificiolupulus.it>", "2027-01-26 18:30", "Europe/Rome", """
Ciao Alessandra,

scusa ma su questa fattura non ci siamo. Le etichette della rossa sono uscite con il colore sbagliato (il file che ci hai mandato era in RGB, non in CMYK, ce l'ha detto la tipografia) e abbiamo dovuto ristampare a spese nostre: 400 euro. Ti mando la fattura della tipografia; quei 400 li scaliamo dalla tua, il resto lo paghiamo.

Enrico
Birrificio Lupulus
""", owner="alessandra", mua="gmail", rem="2027-01-26 09:00",
    inv=dict(num="1/2027", amount=1098.00, due="2027-01-20", client="Birrificio Lupulus srl"),
    note="Work not as agreed (wrong colour profile) and they deduct 400 € of reprint costs: pays only part. Dispute.")

msg("client-reply-dispute", "Paddy Gorman <secretary@clontarfrfc.ie>", "2026-12-21 20:40", "Europe/Dublin", """
Tom,

Before I bring this to the committee – where did the €350 "rush fee" come from? Nobody on our side asked for anything to be rushed. The deadline was the one you gave us yourself in September.

We'll pay the design work, but not the rush fee.

Paddy Gorman
Hon. Secretary, Clontarf RFC
""", owner="tom", mua="outlook", rem="2026-12-21 09:00",
    inv=dict(num="INV-2026-126", amount=1050.00, due="2026-12-18", client="Clontarf RFC"),
    note="Opens as a question, then refuses the rush fee: partial contest. Dispute.")

# ------------------------------------------------------------------ client-reply-other
msg("client-reply-other", "Andrea Fontana <andrea@gelateriapolar.it>", "2027-02-08 11:15", "Europe/Rome", """
Ciao Alessandra,

come mai l'importo è diverso dal preventivo (500 + IVA)? Immagino siano le due ore in più per le etichette del gusto nuovo, me lo confermi? Così la giro in amministrazione con una nota e non mi fanno storie.

Grazie!
Andrea
""", owner="alessandra", mua="gmail", step="courtesy", rem="2027-02-08 09:00",
    inv=dict(num="5/2027", amount=732.00, due="2027-02-15", client="Gelateria Polar"),
    note="Sounds like a dispute ('why is the amount different from the quote?') but he answers himself (the extra "
         "hours) and only asks for confirmation to pass it on: a question, not a contest. Other.")

msg("client-reply-other", "Jess Moore <jess@bramblelaneinteriors.co.uk>", "2027-01-27 15:05", "Europe/London", """
Hi Priya,

Our bank has returned the payment we sent on Monday – apparently the account number and sort code combination isn't valid. Could you double-check and send me your details again? Sorry about this, I've never had it happen before.

Jess
""", owner="priya", mua="gmail", rem="2027-01-26 09:00",
    inv=dict(num="PN-062", amount=640.00, due="2027-01-22", client="Bramble Lane Interiors", cur="GBP"),
    note="A transfer that bounced back: nothing has been paid (money returned) and no new payment is promised; "
         "she asks for the bank details again. Other.")

msg("client-reply-other", "Óscar Palacios <papeleria.lapiz@gmail.com>", "2027-01-14 12:30", "Europe/Madrid", """
Hola, me la puedes reenviar? No me aparece en el correo, creo que se fue a spam o la borré sin querer.
Gracias
""", owner="lucia", mua="android", rem="2027-01-14 09:00",
    inv=dict(num="2026-061", amount=180.00, due="2027-01-08", client="Papelería Lápiz"),
    note="Asks for the invoice to be sent again. Other.")

msg("client-reply-other", "Valentina Pozzi <contabilita.fornitori@dolcezzespa.it>", "2027-01-20 10:05", "Europe/Rome", """
Buongiorno,

per poter procedere con la registrazione della fattura è necessario che la stessa riporti il nostro numero d'ordine (PO 4500118832). La preghiamo pertanto di riemetterla indicando il riferimento nel campo causale o nelle note.

Distinti saluti

Valentina Pozzi
Contabilità Fornitori
Gruppo Alimentare Dolcezze S.p.A.

Le informazioni contenute nella presente comunicazione sono riservate. Ai sensi del GDPR (Reg. UE 2016/679) La informiamo che i Suoi dati sono trattati per finalità amministrative e contabili.
""", owner="davide", mua="outlook", rem="2027-01-19 09:00",
    inv=dict(num="2026/67", amount=3200.00, due="2027-01-15", client="Gruppo Alimentare Dolcezze S.p.A."),
    note="Procedural: needs a PO number on the invoice, no contest of amount or work. Other.")

msg("client-reply-other", "Colm Walsh <colm@heritagetrails.ie>", "2027-01-25 12:15", "Europe/Dublin", """
Hi Tom,

Adding our accounts team in cc – they handle all supplier payments since January. They should be in touch.

Colm
""", owner="tom", mua="gmail", cc="Accounts <accounts@heritagetrails.ie>", rem="2027-01-25 09:00",
    inv=dict(num="INV-2026-132", amount=760.00, due="2027-01-20", client="Irish Heritage Trails"),
    note="Passes the reminder to accounts in cc; no claim, no promise. Other.")

msg("client-reply-other", "Koldo Aranburu <koldo@jaialaikluba.eus>", "2027-02-01 18:20", "Europe/Madrid", """
Recibido, gracias Iker.
""", owner="iker", mua="gmail", step="courtesy", rem="2027-02-01 09:00",
    inv=dict(num="A-2027-03", amount=350.00, due="2027-02-05", client="Frontón Jai Alai Kluba"),
    note="'Received, thanks' to a courtesy note before the due date: acknowledgement only. Other.")

msg("client-reply-other", "Giulia Zanon <giulia.zanon@calzaturificiobrenta.it>", "2027-02-17 14:10", "Europe/Rome", """
Ciao Alessandra!

Ricevuto. A proposito, ti andrebbe di seguire anche il catalogo primavera-estate? Avremmo bisogno di una prima bozza entro metà marzo, sono circa 40 pagine, più o meno come quello dell'anno scorso ma con più still life.

Ti chiamo domani in mattinata così ne parliamo?

Giulia
""", owner="alessandra", mua="gmail", step="courtesy", rem="2027-02-17 09:00",
    inv=dict(num="4/2027", amount=1830.00, due="2027-02-22", client="Calzaturificio Brenta srl"),
    note="Acknowledges the note and talks about new work. Nothing about paying. Other.")

msg("client-reply-other", "Sam Okoye <sam.okoye@riversidetrust.org.uk>", "2027-02-02 12:40", "Europe/London", """
Hi Priya,

Could we jump on a quick call tomorrow about this one? There's something I'd like to talk through before it goes to the board on Thursday. Any time after 2pm works for me.

Best,
Sam
""", owner="priya", mua="outlook", rem="2027-02-02 09:00",
    inv=dict(num="PN-063", amount=500.00, due="2027-01-29", client="Riverside Community Trust", cur="GBP"),
    note="Asks for a call; hints at an issue but states none. A careful assistant does not invent a dispute. Other.")

msg("client-reply-other", "Elena Ruiz <elena@pilatesequilibrio.es>", "2027-02-04 10:45", "Europe/Madrid", """
Hola Lucía,

antes de pagar una cosa: ayer nos llegó un correo desde una dirección muy parecida a la tuya (martinestudi0.es, con un cero) diciendo que has cambiado de cuenta y con un IBAN de Lituania. ¿Es tuyo? Prefiero confirmarlo contigo antes de hacer la transferencia, que ya le pasó a una amiga.

Elena
""", owner="lucia", mua="gmail", rem="2027-02-04 09:00",
    inv=dict(num="2027-002", amount=300.00, due="2027-02-01", client="Centro Pilates Equilibrio"),
    note="Question about a suspicious IBAN change before paying; no claim and no committed payment. Other.")

msg("client-reply-other", "Renzo Pavan <amministrazione@asparagobianco.it>", "2026-12-03 11:50", "Europe/Rome", """
Buongiorno,

la fattura 2026/52 l'abbiamo pagata il 2 novembre, come da Sua conferma di allora. Questa 2026/59 invece di che lavoro sarebbe? Nel gestionale non la trovo: me la può rimandare in PDF con il dettaglio delle giornate?

Cordiali saluti
Dott. Renzo Pavan
Consorzio Tutela Asparago Bianco
""", owner="davide", mua="outlook", rem="2026-12-03 09:00",
    inv=dict(num="2026/59", amount=540.00, due="2026-11-28", client="Consorzio Tutela Asparago Bianco"),
    labels=dict(reference="2026/59"),
    note="A paid statement about another, older invoice only (2026/52, already confirmed); about the reminded "
         "invoice 2026/59 he only asks what it is and for the PDF. Not a paid claim for this invoice, not a contest. Other.")

msg("client-reply-other", "Maeve Carroll <treasurer@sandycoveswimclub.ie>", "2027-01-11 20:05", "Europe/Dublin", """
Hi Tom,

I'm genuinely not sure whether this was paid – the old treasurer handed over to me in December and the records are, let's say, a work in progress. I'll check with the bank and come back to you.

Maeve
""", owner="tom", mua="gmail", rem="2027-01-11 09:00",
    inv=dict(num="INV-2026-129", amount=300.00, due="2026-12-31", client="Sandycove Swim Club"),
    note="Hedged the other way: she does not know if it was paid and will check. No paid claim, no promise to pay. Other.")

msg("client-reply-other", "Aitor Zubizarreta <aitorzubi@gmail.com>", "2027-02-05 21:15", "Europe/Madrid", """
Hola Iker, ¿te lo puedo pagar por Bizum? Con la transferencia mi banco me cobra comisión. Dime a qué número.
""", owner="iker", mua="android", rem="2027-02-05 09:00",
    inv=dict(num="A-2027-02", amount=150.00, due="2027-02-03", client="Aitor Zubizarreta", ckind="person"),
    note="Asks whether he can pay by Bizum and to which number: a question about payment method, no date or commitment. Other.")

msg("client-reply-other", "Luca Ferraro <l.ferraro@coopilponte.it>", "2026-12-09 09:40", "Europe/Rome", """
Buongiorno,

la sig.ra Bianchi non lavora più con noi dal 1° dicembre. Per le questioni amministrative può scrivere a amministrazione@coopilponte.it, a cui giro anche questa mail per conoscenza.

Cordiali saluti
Luca Ferraro
Cooperativa Sociale Il Ponte
""", owner="alessandra", mua="thunderbird", cc="amministrazione@coopilponte.it", rem="2026-12-09 09:00",
    inv=dict(num="40/2026", amount=610.00, due="2026-11-30", client="Cooperativa Sociale Il Ponte"),
    note="Contact has left; gives the new address and forwards. Other.")

msg("client-reply-other", "Megan Price <megan.price@northwindlearning.com>", "2026-12-02 15:20", "America/New_York", """
Hi Priya,

Thanks for the reminder. Before we can release any payment, our AP system needs you set up as a vendor – could you please fill in the attached W-8BEN and the vendor information form and send them back to me?

Thanks so much!
Megan

Megan Price | Operations Coordinator
Northwind Learning, Inc. | 350 Fifth Ave, New York, NY
""", owner="priya", mua="outlook", step="due", rem="2026-12-02 09:00",
    inv=dict(num="PN-056", amount=1500.00, due="2026-11-30", client="Northwind Learning, Inc.", cur="USD"),
    attach=[("W-8BEN.pdf", "application/pdf", fake_pdf("Form W-8BEN")),
            ("Vendor_Information_Form.pdf", "application/pdf", fake_pdf("vendor form"))],
    note="US client needs tax/vendor forms before paying; no claim and no committed date. Other.")

msg("client-reply-other", "Teresa Llorente <teresa@colegiolosalmendros.es>", "2027-02-12 13:05", "Europe/Madrid", """
Hola Ana,

¿esto lo llevas tú? Lucía dice que está pendiente la factura de la revista del colegio. Yo no sé si ya se pagó o no, mírala cuando puedas.

Gracias,
Teresa
""", owner="lucia", mua="gmail", to="Ana Gómez <administracion@colegiolosalmendros.es>",
    cc="Lucía Martín <lucia@martinestudio.es>", prefix="Fwd: ", quote="gmailfwd", rem="2027-02-12 09:00",
    inv=dict(num="2027-004", amount=1210.00, due="2027-02-08", client="Colegio Los Almendros"),
    note="The client forwards the reminder to a colleague in administration, with the freelancer in cc. No claim "
         "(she does not know if it was paid). Other.")

import random as _random
_random.Random(1616).shuffle(MESSAGES)

if __name__ == "__main__":
    main()
