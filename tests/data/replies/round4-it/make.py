#!/usr/bin/env python3
"""Generate the round4-it blind test set: Italian client replies and Italian machine mail.

Every message body below is hand-written. The code only does MIME plumbing, quoting of the
reminder the client replies to (rebuilt from the mailduns Italian templates), and labels.toml.
Run:  python3 make.py      (writes r4i-NNNN.eml + labels.toml next to this file, then re-parses them)
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
import sys
from email.header import Header
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r4i"

# --------------------------------------------------------------------------------------------
# The freelancers (mailbox owners), each with one invoice numbering style.
# --------------------------------------------------------------------------------------------
OWNERS = {
    "ale": dict(name="Alessandra Rossi", email="alessandra@example.it", tz="Europe/Rome",
                iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
    "davide": dict(name="Davide Colombo", email="davide@colombofoto.it", tz="Europe/Rome",
                   iban="IT02 L030 6909 6061 0000 0012 345", bic="BCITITMM"),
    "serena": dict(name="Serena Greco", email="serena@grecotraduzioni.it", tz="Europe/Rome",
                   iban="IT40 S054 2404 0000 0000 1234 567", bic=None),
    "paolo": dict(name="Paolo Marchetti", email="paolo@marchettiweb.it", tz="Europe/Rome",
                  iban="IT75 B036 6901 6001 2345 6789 012", bic="REVOLT21"),
}

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]
MESI3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
GIORNI3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]


def d_long(s):
    """'2026-11-15' -> '15 novembre 2026'"""
    d = dt.date.fromisoformat(s)
    return f"{d.day} {MESI[d.month - 1]} {d.year}"


def art(s, a):
    """Italian article with a date: il 15 novembre 2026 / l'8 novembre 2026 / dell'11 ..."""
    d = dt.date.fromisoformat(s)
    el = d.day in (8, 11)
    if a == "il":
        return ("l'" if el else "il ") + d_long(s)
    if a == "del":
        return ("dell'" if el else "del ") + d_long(s)
    if a == "dal":
        return ("dall'" if el else "dal ") + d_long(s)
    return a + " " + d_long(s)


ORG_WORDS = set("""srl srls spa snc sas sapa scarl scrl scpa scs coop cooperativa consorzio società societa soc
ditta impresa studio ufficio amministrazione contabilità contabilita comune provincia regione ministero
istituto scuola università universita azienda agenzia associazione fondazione ente onlus ets aps odv asd
ssd fratelli figli gruppo group gmbh ag ltd limited llc llp inc corp plc sa sl slu sarl bv nv &""".split())


def salutation(client):
    if client and "@" not in client:
        w = client.lower().replace(".", "").replace(",", " ").replace("-", " ").replace("(", " ")
        w = w.replace(")", " ").replace("'", " ").replace("’", " ").split()
        if any(x in ORG_WORDS for x in w):
            return f"Spett.le {client},"
        return f"Gentile {client},"
    return "Buongiorno,"


def payment_block(o, inv):
    lines = ["Per il pagamento:", f"- beneficiario: {o['name']}", f"- IBAN: {o['iban']}"]
    if o.get("bic"):
        lines.append(f"- BIC: {o['bic']}")
    lines.append(f"- causale: Fattura n. {inv}")
    return "\n".join(lines)


def fees_block(fees, statutory=True, rate="10,15%"):
    out = []
    if statutory:
        out.append("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva "
                   "2011/7/UE): senza che sia necessaria la costituzione in mora, dal giorno successivo alla "
                   "scadenza decorrono gli interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento "
                   f"BCE maggiorato di 8 punti percentuali, attualmente {rate} annuo) ed è dovuto l'importo "
                   "forfettario di 40,00 € a titolo di risarcimento dei costi di recupero (art. 6).")
        out.append("")
    out.append("Ad oggi l'importo dovuto è il seguente:")
    out += [f"- {x}" for x in fees]
    return "\n".join(out) + "\n\n"


def letter(step, owner, client, inv, amount=None, due=None, issue=None, deadline=None, fees=None,
           promise=None, claim=None, paid_on=None, days_late=None, invoices=None, total=None,
           suspension=None, subject_line=None):
    """Rebuild the text of a mailduns Italian letter (templates/it/*.txt.j2) with concrete values."""
    o = OWNERS[owner]
    sal = salutation(client)
    am = f" di {amount}" if amount else ""
    pay = payment_block(o, inv) if inv else ("Gli estremi per il pagamento sono riportati nelle fatture, "
                                             "nei messaggi con cui sono state inviate.")
    sig = f"Cordiali saluti,\n{o['name']}"
    fb = fees_block(fees) if fees else ""
    if step == "invoice":
        return (f"Buongiorno,\n\nin allegato la fattura n. {inv}{am}"
                f"{(' relativa ' + subject_line) if subject_line else ''}, con scadenza {d_long(due)}.\n\n"
                f"Resto a disposizione per qualsiasi chiarimento.\n\nUn saluto,\n{o['name']}")
    if step == "courtesy":
        iss = f", emessa {art(issue, 'il')}," if issue else ""
        return (f"{sal}\n\nun breve promemoria: la fattura n. {inv}{am}{iss} è in scadenza {art(due, 'il')}.\n\n"
                "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo "
                f"messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\n{sig}")
    if step == "due":
        if days_late and days_late > 0:
            p = (f"un promemoria: la fattura n. {inv}{am} è scaduta {art(due, 'il')}. Se il pagamento non è "
                 "ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
        else:
            p = f"un promemoria: la fattura n. {inv}{am} è in scadenza oggi, {d_long(due)}."
        return (f"{sal}\n\n{p}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto "
                f"di questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\n{sig}")
    if step == "reminder":
        return (f"{sal}\n\nda un controllo la fattura n. {inv}{am}, scaduta {art(due, 'il')}, risulta ancora da "
                "saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al "
                f"pagamento appena possibile.\n\n{fb}Se il pagamento è già stato effettuato, basta rispondere "
                "indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e "
                "mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo "
                f"insieme: basta rispondere a questa email.\n\n{pay}\n\n{sig}")
    if step == "late_fee":
        dl = f": sono trascorsi {days_late} giorni dalla scadenza" if days_late and days_late > 1 else ""
        tot = " dell'importo totale" if fees else ""
        return (f"{sal}\n\nla fattura n. {inv}{am}, scaduta {art(due, 'il')}, risulta ancora da saldare{dl}.\n\n"
                f"{fb}Chiedo cortesemente di provvedere al pagamento{tot} entro {art(deadline, 'il')}. Se il "
                "pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un "
                "problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: "
                f"basta rispondere a questa email.\n\n{pay}\n\n{sig}")
    if step == "final":
        iss = " " + art(issue, "del") if issue else ""
        what = "dell'importo totale sopra indicato" if fees else (f"di {amount}" if amount else "dell'importo dovuto")
        return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {inv}{iss}\n\n{sal}\n\n"
                f"la fattura n. {inv}{am}, scaduta {art(due, 'il')}, risulta ancora da saldare nonostante i "
                f"precedenti solleciti.\n\n{fb}Con la presente chiedo formalmente il pagamento {what} entro "
                f"{art(deadline, 'il')}. La presente vale quale atto di costituzione in mora ai sensi e per gli "
                "effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione "
                "(art. 2943 c.c.). Resta salvo ogni altro diritto.\n\nIn mancanza del pagamento entro tale "
                "termine, mi riservo di procedere al recupero del credito nelle sedi competenti, anche in via "
                "giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del debitore. "
                "Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile "
                "a parlarne; basta rispondere a questa email entro la stessa data.\n\nQualora il pagamento sia "
                "già stato effettuato, prego di non tenere conto della presente e di indicarmi la data del "
                f"bonifico, così da poterlo verificare.\n\n{pay}\n\n{sig}")
    if step == "suspension":
        return (f"{sal}\n\ntorno a scrivere in merito alla fattura n. {inv}{am}, scaduta {art(due, 'il')}, che "
                f"risulta ancora da saldare.\n\n{fb}In mancanza del pagamento entro {art(deadline, 'il')}, "
                f"{art(suspension, 'dal')} potrebbe essere necessario sospendere le attività in corso e i servizi "
                "da me forniti fino alla regolarizzazione. Preferirei evitarlo: se c'è una difficoltà, ad esempio "
                "la necessità di pagare a rate, possiamo concordare una soluzione; basta rispondere a questa "
                f"email.\n\n{pay}\n\n{sig}")
    if step == "promise_followup":
        if promise:
            p = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv}{am} sarebbe "
                 f"stato effettuato entro {art(promise, 'il')}.")
        else:
            p = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {inv}{am}, scaduta "
                 f"{art(due, 'il')}.")
        return (f"{sal}\n\n{p}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, "
                "basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo "
                f"solo di farmi sapere entro quando posso aspettarlo.\n\n{pay}\n\n{sig}")
    if step == "paid_claim_followup":
        c = f" {art(claim, 'il')}" if claim else ""
        po = f" (con bonifico disposto {art(paid_on, 'il')})" if paid_on else ""
        return (f"{sal}\n\ngrazie per avermi comunicato{c} che la fattura n. {inv}{am} è stata pagata{po}.\n\n"
                "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico "
                "richiede qualche giorno in più, oppure può essere partito verso coordinate diverse. Per "
                "aiutarmi a rintracciarlo, chiedo la cortesia di indicarmi la data di esecuzione e il codice "
                "CRO/TRN del bonifico, oppure di inoltrarmi la contabile.\n\nPer un confronto, riporto le "
                f"coordinate corrette:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- causale: Fattura n. "
                f"{inv}\n\nSe il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora "
                f"in lavorazione: in tal caso mi basta una breve conferma. Grazie per la collaborazione.\n\n{sig}")
    if step == "thank_you":
        po = f" {art(paid_on, 'il')}" if paid_on else ""
        return (f"{sal}\n\nconfermo di aver ricevuto il pagamento della fattura n. {inv} ({amount}){po}. "
                f"Grazie!\n\nResto a disposizione per qualsiasi necessità.\n\n{sig}")
    if step == "statement":
        rows = "\n".join(invoices)
        return (f"{sal}\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n{rows}\n\n"
                f"Totale da pagare: {total}\n\nChiedo cortesemente di provvedere al pagamento entro "
                f"{art(deadline, 'il')}. Se alcune di queste fatture sono già state pagate, basta rispondere "
                "indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema "
                "con una fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
                f"{pay}\n\n{sig}")
    raise ValueError(step)


SUBJECTS = {
    "invoice": "Fattura n. {inv}",
    "courtesy": "Promemoria: fattura n. {inv} in scadenza",
    "due": "Promemoria fattura n. {inv}",
    "reminder": "Sollecito di pagamento – fattura n. {inv}",
    "late_fee": "Secondo sollecito – fattura n. {inv}",
    "final": "Diffida di pagamento e costituzione in mora – fattura n. {inv}",
    "suspension": "Fattura n. {inv} – possibile sospensione dei servizi",
    "promise_followup": "Fattura n. {inv} – aggiornamento sul pagamento",
    "paid_claim_followup": "Fattura n. {inv} – verifica del pagamento",
    "thank_you": "Pagamento ricevuto – fattura n. {inv}",
    "statement": "Riepilogo fatture da saldare",
}

# --------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------


def gt(x):
    return "\n".join(("> " + l) if l else ">" for l in x.split("\n"))


def quote_text(style, o, to_addr, qdt, qsubj, qtext):
    hm = qdt.strftime("%H:%M")
    dd = qdt.date()
    if style == "gmail":
        return (f"Il giorno {GIORNI3[dd.weekday()]} {dd.day} {MESI3[dd.month - 1]} {dd.year} alle ore {hm} "
                f"{o['name']} <{o['email']}> ha scritto:\n\n{gt(qtext)}\n")
    if style == "gmail_old":
        return (f"Il giorno {dd.day} {MESI3[dd.month - 1]} {dd.year}, alle ore {hm}, {o['name']} "
                f"<{o['email']}> ha scritto:\n\n{gt(qtext)}\n")
    if style == "apple":
        return (f"> Il giorno {dd.day} {MESI3[dd.month - 1]} {dd.year}, alle ore {hm}, {o['name']} "
                f"<{o['email']}> ha scritto:\n> \n{gt(qtext)}\n")
    if style == "tb":
        return f"Il {dd.strftime('%d/%m/%y')} {hm}, {o['name']} ha scritto:\n{gt(qtext)}\n"
    if style == "outlook":
        return (f"________________________________\nDa: {o['name']} <{o['email']}>\nInviato: "
                f"{GIORNI[dd.weekday()]} {dd.day} {MESI[dd.month - 1]} {dd.year} {hm}\nA: {to_addr}\n"
                f"Oggetto: {qsubj}\n\n{qtext}\n")
    if style == "outlook_old":
        return (f"-----Messaggio originale-----\nDa: {o['name']} [mailto:{o['email']}]\nInviato: "
                f"{GIORNI[dd.weekday()]} {dd.day} {MESI[dd.month - 1]} {dd.year} {hm}\nA: {to_addr}\n"
                f"Oggetto: {qsubj}\n\n{qtext}\n")
    if style == "libero":
        return (f"----Messaggio originale----\nDa: {o['email']}\nData: {dd.strftime('%d/%m/%Y')} "
                f"{qdt.hour}.{qdt.minute:02d}\nA: <{to_addr.split('<')[-1].rstrip('>')}>\nOgg: {qsubj}\n\n"
                f"{qtext}\n")
    if style == "samsung":
        return (f"-------- Messaggio originale --------\nDa: {o['name']} <{o['email']}> \nData: "
                f"{dd.strftime('%d/%m/%y')} {hm}  (GMT+01:00) \nA: {to_addr} \nOggetto: {qsubj} \n\n{qtext}\n")
    if style == "roundcube":
        return f"Il {dd.strftime('%d.%m.%Y')} {hm} {o['name']} ha scritto:\n{gt(qtext)}\n"
    raise ValueError(style)


def text_to_html_paras(t, tag="div"):
    out = []
    for line in t.split("\n"):
        if line.strip():
            out.append(f"<{tag}>{html.escape(line)}</{tag}>")
        else:
            out.append(f"<{tag}><br></{tag}>")
    return "\n".join(out)


def quote_html(style, o, to_addr, qdt, qsubj, qtext):
    hm = qdt.strftime("%H:%M")
    dd = qdt.date()
    inner = "<br>\n".join(html.escape(l) for l in qtext.split("\n"))
    if style in ("gmail", "gmail_old", "apple", "tb", "roundcube"):
        attr = (f"Il giorno {GIORNI3[dd.weekday()]} {dd.day} {MESI3[dd.month - 1]} {dd.year} alle ore {hm} "
                f"{html.escape(o['name'])} &lt;<a href=\"mailto:{o['email']}\">{o['email']}</a>&gt; ha scritto:")
        return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attr}<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                f'rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>')
    # outlook
    return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000"><b>Da:</b> {html.escape(o["name"])} &lt;{o["email"]}&gt;<br><b>Inviato:</b> '
            f'{GIORNI[dd.weekday()]} {dd.day} {MESI[dd.month - 1]} {dd.year} {hm}<br><b>A:</b> '
            f'{html.escape(to_addr)}<br><b>Oggetto:</b> {html.escape(qsubj)}</font><div>&nbsp;</div></div>'
            f'<div><div class="PlainText">{inner}</div></div>')


# --------------------------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------------------------


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(s, charset="utf-8"):
    name, a = email.utils.parseaddr(s)
    if not name:
        return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{a}>"


def encode_body(text, charset, cte):
    """Returns (declared charset, cte, payload bytes)."""
    text = text.replace("\r\n", "\n")
    if charset == "cp1252-as-latin1":   # what Outlook does: Windows-1252 bytes labelled iso-8859-1
        b, decl = text.encode("cp1252"), "iso-8859-1"
    else:
        b, decl = text.encode(charset), charset
    if cte == "quoted-printable":
        payload = quopri.encodestring(b)
    elif cte == "base64":
        payload = base64.encodebytes(b)
    elif cte == "8bit":
        payload = b
    elif cte == "7bit":
        b.decode("ascii")
        payload = b
    else:
        raise ValueError(cte)
    if not payload.endswith(b"\n"):
        payload += b"\n"
    return decl, cte, payload


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=""):
    decl, cte, payload = encode_body(text, charset, cte)
    h = f"Content-Type: {ctype}; charset=\"{decl}\"\nContent-Transfer-Encoding: {cte}\n{extra}\n"
    return h.encode() + payload


def attachment(fname, ctype, data, inline=False):
    disp = "inline" if inline else "attachment"
    h = (f"Content-Type: {ctype}; name=\"{fname}\"\nContent-Disposition: {disp}; filename=\"{fname}\"\n"
         "Content-Transfer-Encoding: base64\n\n")
    return h.encode() + base64.encodebytes(data)


def multipart(subtype, parts, boundary, extra_params=""):
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{extra_params}\n\n".encode()
    for p in parts:
        out += f"--{boundary}\n".encode() + p + b"\n"
    out += f"--{boundary}--\n".encode()
    return out


def fake_pdf(title):
    body = (f"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            f"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n3 0 obj <</Title ({title})>> endobj\n"
            "trailer <</Root 1 0 R /Info 3 0 R>>\n%%EOF\n")
    return body.encode("latin-1")


PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


def h8(*xs, n=12):
    return hashlib.sha1("|".join(map(str, xs)).encode()).hexdigest()[:n]


def msgid(mua, key, domain):
    k = h8(key, n=24)
    if mua == "gmail" or mua == "android":
        return f"<CA{k.upper()}{h8(key, 'x', n=8)}@mail.gmail.com>"
    if mua == "outlook":
        return f"<AM9PR04MB{k[:4].upper()}{k[4:16].upper()}@AM9PR04MB{k[16:20].upper()}.eurprd04.prod.outlook.com>"
    if mua in ("apple", "iphone"):
        u = k.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{h8(key, 'y').upper()}@{domain}>"
    if mua == "libero":
        return f"<{k[:6]}.{k[6:]}@libero.it>"
    return f"<{k}.{h8(key, 'z', n=6)}@{domain}>"


MUA_HEADERS = {
    "gmail": "",
    "android": "",
    "outlook": ("X-MS-Has-Attach: {att}\nX-MS-TNEF-Correlator:\nContent-Language: it-IT\n"
                "Thread-Topic: {topic}\nThread-Index: AQHb{ti}==\n"),
    "apple": "X-Mailer: Apple Mail (2.3826.300.87.4.3)\n",
    "iphone": "X-Mailer: iPhone Mail (22B91)\n",
    "tb": "User-Agent: Mozilla Thunderbird\n",
    "libero": "X-Mailer: Libero Mail\n",
    "roundcube": "User-Agent: Roundcube Webmail/1.6.9\n",
    "outlook_desktop": "X-Mailer: Microsoft Outlook 16.0\nThread-Index: AdtR{ti}==\nContent-Language: it\n",
    "none": "",
}


MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


def to_dt(s, tz):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def build_client(n, m):
    """Build a human message (client reply, forward, etc.)."""
    owner = OWNERS[m.get("owner", "ale")]
    tz = m.get("tz", "Europe/Rome")
    when = to_dt(m["date"], tz)
    mua = m.get("mua", "gmail")
    frm = m["frm"]
    to = m.get("to", f"{owner['name']} <{owner['email']}>")
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    fmt = m.get("fmt", "plain")
    hcharset = "iso-8859-1" if charset in ("cp1252-as-latin1", "iso-8859-1") else charset
    if charset == "windows-1252":
        hcharset = "windows-1252"
    try:
        m["subj"].encode(hcharset if hcharset != "cp1252-as-latin1" else "cp1252")
    except UnicodeEncodeError:
        hcharset = "utf-8"

    # the quoted message (a mailduns letter or the original invoice mail)
    q = m.get("q")
    qtext = qsubj = qdt = None
    qid = None
    if q:
        step, kw = q[0], dict(q[1])
        qdt = to_dt(kw.pop("at"), "Europe/Rome") if "at" in kw else (when - dt.timedelta(days=2)).replace(
            hour=9, minute=3).astimezone(ZoneInfo("Europe/Rome"))
        while "at" not in q[1] and qdt.weekday() >= 5:   # mailduns letters go out on working days
            qdt -= dt.timedelta(days=1)
        qsubj = kw.pop("subject", None) or SUBJECTS[step].format(inv=kw.get("inv"))
        qtext = letter(step, m.get("owner", "ale"), **kw)
        qid = f"<mailduns.{h8(n, qsubj, n=16)}@{owner['email'].split('@')[1]}>"
    qstyle = m.get("qstyle", "gmail" if q else None)
    client_addr = m.get("qto", frm)

    body = m["body"].strip("\n") + "\n"
    sig = m.get("sig")
    plain = body
    if sig:
        plain += "\n" + sig.strip("\n") + "\n"
    if q and qstyle != "none":
        if qstyle in ("outlook", "outlook_old", "libero", "samsung"):
            plain += "\n" + quote_text(qstyle, owner, client_addr, qdt, qsubj, qtext)
        else:
            plain += "\n" + quote_text(qstyle, owner, client_addr, qdt, qsubj, qtext)
    if m.get("tail"):
        plain += "\n" + m["tail"].strip("\n") + "\n"

    def html_version():
        if m.get("html"):
            hb = m["html"]
        else:
            tag = "p class=MsoNormal" if mua in ("outlook", "outlook_desktop") else "div"
            hb = "\n".join(
                (f"<{tag}>{html.escape(l)}</{tag.split()[0]}>" if l.strip() else f"<{tag}><br></{tag.split()[0]}>")
                for l in body.rstrip("\n").split("\n"))
            if sig:
                hb += "\n<div><br></div>\n" + "<br>\n".join(html.escape(l) for l in sig.strip("\n").split("\n"))
        if q and qstyle != "none":
            hb += "\n<br>\n" + quote_html(qstyle if mua not in ("outlook", "outlook_desktop") else "outlook",
                                          owner, client_addr, qdt, qsubj, qtext)
        if m.get("tail"):
            hb += "\n<p style=\"font-size:9px;color:#888\">" + "<br>".join(
                html.escape(l) for l in m["tail"].strip("\n").split("\n")) + "</p>"
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' +
                ('iso-8859-1' if charset == 'cp1252-as-latin1' else charset) + '"></head><body>' +
                ('<div dir="ltr">' if mua == "gmail" else '') + "\n" + hb + "\n" +
                ('</div>' if mua == "gmail" else '') + "</body></html>\n")

    b = h8(n, "b", n=20)
    if fmt == "plain":
        content = leaf("text/plain", plain, charset, cte)
    elif fmt == "html":
        content = leaf("text/html", html_version(), charset, cte)
    else:  # alt
        content = multipart("alternative", [leaf("text/plain", plain, charset, cte),
                                            leaf("text/html", html_version(), charset, cte)], "000000" + b)
    atts = m.get("att", [])
    if atts:
        parts = [content]
        for (fn, ct, data) in atts:
            parts.append(attachment(fn, ct, data))
        content = multipart("mixed", parts, "----=_Part_" + b)

    domain = frm.split("@")[-1].rstrip(">")
    mid = m.get("mid") or msgid(mua, n, domain)
    H = []
    H.append(f"From: {addr(frm, hcharset)}")
    H.append(f"To: {', '.join(addr(x, hcharset) for x in ([to] if isinstance(to, str) else to))}")
    if m.get("cc"):
        H.append(f"Cc: {', '.join(addr(x, hcharset) for x in m['cc'])}")
    H.append(f"Subject: {hdr(m['subj'], hcharset)}")
    H.append(f"Date: {email.utils.format_datetime(when)}")
    H.append(f"Message-ID: {mid}")
    irt = m.get("irt", qid)
    if irt:
        H.append(f"In-Reply-To: {irt}")
        H.append(f"References: {irt}")
    H.append("MIME-Version: 1.0")
    mh = MUA_HEADERS[mua].format(att="yes" if atts else "no", topic="@@TOPIC@@", ti=h8(n, "ti", n=22))
    mh = mh.replace("@@TOPIC@@", hdr(m["subj"].split(":", 1)[-1].strip(), hcharset))
    for x in m.get("headers", []):
        H.append(x)
    head = "\n".join(H) + "\n" + mh
    return head.encode() + content


# --------------------------------------------------------------------------------------------
# Machine mail is built by hand in each entry (raw=...), with a little help.
# --------------------------------------------------------------------------------------------


def raw_message(headers, content):
    return ("\n".join(headers) + "\n").encode() + content


def bounce_original(owner, to, subj, when, inv_text):
    o = OWNERS[owner]
    return (f"From: {o['name']} <{o['email']}>\nTo: {to}\nSubject: {hdr(subj)}\n"
            f"Date: {email.utils.format_datetime(when)}\nMessage-ID: <mailduns.{h8(to, subj, n=16)}@"
            f"{o['email'].split('@')[1]}>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n").encode() + quopri.encodestring(inv_text.encode())


# ============================================================================================
# CLIENT REPLIES: PAID
# ============================================================================================

M(persona="Tipografia Ferraro", frm="Gennaro Ferraro <tipografiaferraro@libero.it>", mua="libero",
  date="2026-11-19 11:47", subj="R: Sollecito di pagamento – fattura n. 12/2026", qstyle="libero",
  q=("reminder", dict(client="Tipografia Ferraro snc", inv="12/2026", amount="610,00 €", due="2026-11-10")),
  body="""Buongiorno Signora Rossi,
mi scuso per il ritardo, il bonifico è partito ieri mattina (18/11), lo aveva preparato mio figlio
ma si era scordato di dargli l'ok in banca. Le allego la contabile cosi vede.
Importo 610,00 euro, causale fattura 12/2026.

Cordiali saluti
Gennaro Ferraro
Tipografia Ferraro snc - Via Foria 112 - 80137 Napoli
tel 081 290 5531""",
  att=[("contabile_bonifico_18112026.pdf", "application/pdf", fake_pdf("Contabile bonifico SEPA"))],
  lab=dict(kind="client-reply-paid", amount="610.00", reference="12/2026",
           note="Elderly owner, Libero webmail quote block without '>'; paid yesterday + PDF receipt."))

M(persona="Chiara Bellini", frm="Chiara Bellini <chiarabellini92@gmail.com>", mua="iphone",
  date="2026-12-02 22:14", subj="Re: Promemoria fattura n. 31/2026", qstyle="apple",
  q=("due", dict(client="Chiara Bellini", inv="31/2026", amount="180,00 €", due="2026-11-30", days_late=2)),
  body="fatto 👍\n\nInviato da iPhone",
  lab=dict(kind="client-reply-paid", note="One-word WhatsApp-style reply 'fatto' under a due-date reminder; means paid."))

M(persona="Meccanica Brianza", frm="Contabilità Fornitori <contabilita.fornitori@meccanicabrianza.it>",
  mua="outlook", charset="cp1252-as-latin1", cte="quoted-printable",
  date="2026-12-03 15:21", subj="R: Sollecito di pagamento – fattura n. 38/2026", qstyle="outlook",
  q=("reminder", dict(client="Meccanica Brianza S.r.l.", inv="38/2026", amount="1.220,00 €", due="2026-11-30")),
  body="""Gentile dott.ssa Rossi,

in riferimento al Vs. sollecito, Vi informiamo che la ft. n. 38/2026 del 15/10/2026 è stata inserita nella distinta di pagamento del 30/11 u.s. e risulta regolarmente pagata con valuta beneficiario 02/12/2026 (importo € 1.220,00).

Restiamo a disposizione per eventuali chiarimenti.

Distinti saluti

Federica Brambilla
Ufficio Amministrazione – Contabilità Fornitori
MECCANICA BRIANZA S.r.l.
Via dell’Industria 27 – 20851 Lissone (MB)
Tel. +39 039 245 1190""",
  tail="""Le informazioni contenute in questo messaggio di posta elettronica sono riservate e confidenziali e ne è vietata la diffusione in qualunque modo eseguita. Qualora Lei non fosse la persona a cui il presente messaggio è destinato, La invitiamo ad eliminarlo ed a non leggerlo, dandone gentilmente comunicazione al mittente. Informativa ai sensi del Regolamento UE 2016/679 (GDPR): i Suoi dati saranno trattati esclusivamente per finalità amministrative e contabili.""",
  lab=dict(kind="client-reply-paid", amount="1220.00", reference="38/2026",
           note="Accounts payable, Outlook cp1252 bytes labelled iso-8859-1; 'inserita nella distinta del 30/11 e risulta pagata con valuta 02/12' = paid (past)."))

M(persona="Amministrazione Condomini Iovine", frm="Rag. Pasquale Iovine <studio.iovine@tiscali.it>",
  mua="outlook_desktop", charset="windows-1252", cte="quoted-printable",
  date="2026-11-24 10:05", subj="R: Promemoria fattura n. 44/2026", qstyle="outlook_old",
  q=("due", dict(client="Condominio Via Tasso 44", inv="44/2026", amount="610,00 €", due="2026-11-20", days_late=2)),
  body="""Gent.ma Sig.ra Rossi,

Le comunico che in data odierna ho provveduto, per conto del Condominio di Via Tasso 44, al saldo della Sua fattura n. 44 del 2026 relativa al rifacimento della segnaletica e delle targhe dell'androne.

Come Lei sa, il condominio è sostituto d'imposta: l'importo bonificato è pertanto di € 488,00, al netto della ritenuta d'acconto del 20% (€ 122,00) che verrà versata con F24 entro il 16 dicembre. La certificazione unica Le sarà inviata a marzo.

Cordiali saluti
Rag. Pasquale Iovine
Amministratore di condominio – iscritto ANACI
Via Santa Lucia 9 – 80132 Napoli""",
  lab=dict(kind="client-reply-paid", amount="488.00", reference="44/2026",
           note="Condominium administrator pays net of ritenuta d'acconto: 488 of 610 is NOT a partial payment or dispute; 'fattura n. 44 del 2026' -> 44/2026."))

M(persona="Comune di San Vito dei Normanni", frm="Servizio Finanziario <ragioneria@comune.sanvitodeinormanni.br.it>",
  mua="roundcube", date="2026-12-04 12:31",
  subj="Rif: Sollecito di pagamento – fattura n. 51/2026 - comunicazione avvenuto pagamento",
  qstyle="none",
  q=("reminder", dict(client="Comune di San Vito dei Normanni", inv="51/2026", amount="1.464,00 €", due="2026-11-28")),
  body="""COMUNE DI SAN VITO DEI NORMANNI
Provincia di Brindisi
Settore II – Servizio Finanziario

Oggetto: Vs. fattura elettronica n. 51/2026 del 29/09/2026 – comunicazione di avvenuto pagamento.

In riscontro alla Vs. nota pervenuta a mezzo posta elettronica, si comunica che con determinazione dirigenziale di liquidazione n. 312 del 24/11/2026 è stato emesso il mandato di pagamento n. 2871 del 01/12/2026, trasmesso al Tesoriere comunale e quietanzato in data 03/12/2026.

Si precisa che l'importo liquidato a Vs. favore è pari a € 1.200,00 (imponibile), mentre l'IVA di € 264,00 è stata trattenuta e sarà versata direttamente all'Erario ai sensi dell'art. 17-ter del D.P.R. 633/1972 (scissione dei pagamenti).

Distinti saluti.

Il Responsabile del Servizio Finanziario
Dott. Cosimo Carrieri

Documento firmato digitalmente ai sensi del D.Lgs. 82/2005""",
  lab=dict(kind="client-reply-paid", amount="1200.00", reference="51/2026",
           note="PA bureaucratic: determina di liquidazione + mandato quietanzato = paid; split payment means 1200 of 1464 is the full amount due to the freelancer, not a dispute."))

M(persona="Federica Sala (amica)", frm="Fede Sala <federica.sala@gmail.com>", mua="gmail", fmt="alt",
  date="2026-12-10 19:02", subj="Re: Promemoria fattura n. 57/2026",
  q=("due", dict(client="Federica Sala", inv="57/2026", amount="350,00 €", due="2026-12-07", days_late=1,
                 at="2026-12-08 09:02")),
  body="""Ciao Ale!!
scusa scusa scusa, mi era proprio passato di mente con tutto il casino del trasloco. Pagato adesso con l'istantaneo, dovresti già vederlo sul conto 🙈

Poi ti devo raccontare del matrimonio di Fede e Luca, un delirio... le partecipazioni che hai fatto sono piaciute a TUTTI, la zia di Luca ha chiesto chi le aveva disegnate, le ho dato il tuo numero spero non ti dispiaccia!
Ci prendiamo un aperitivo prima di Natale? Giovedì 17 io sono libera

Baci
Fede""",
  lab=dict(kind="client-reply-paid",
           note="Friend-client, chatty; paid via instant transfer buried among wedding gossip; the date mentioned (Thursday 17) is for an aperitivo, not a payment."))

M(persona="Autofficina Marini", frm="Lucia Marini <amministrazione@autofficinamarini.it>", mua="gmail",
  date="2026-11-26 09:40", subj="I: contabile bonifico fattura 62",
  irt="<mailduns.62reminder20261123@example.it>",
  body="""Buongiorno, Le inoltro la contabile del bonifico per la fattura 62. Ci scusi per il ritardo.
Lucia

---------- Forwarded message ---------
Da: Intesa Sanpaolo <noreply@intesasanpaolo.com>
Date: mer 25 nov 2026 alle ore 17:12
Subject: Esito disposizione: bonifico SEPA eseguito
To: <amministrazione@autofficinamarini.it>


Gentile Cliente,
la disposizione di bonifico da lei inserita tramite Internet Banking è stata eseguita.

Ordinante: AUTOFFICINA MARINI DI MARINI LUCIA & C. SAS
Beneficiario: ROSSI ALESSANDRA
IBAN beneficiario: IT60X0542811101000000123456
Importo: 915,00 EUR
Data esecuzione: 25/11/2026
Causale: SALDO FATT. N. 62/2026
TRN: 0306946812345001481420014200IT

Cordiali saluti
Intesa Sanpaolo""",
  lab=dict(kind="client-reply-paid", amount="915.00", reference="62/2026",
           note="Client forwards a bank's 'bonifico eseguito' notice (not a payment notification to the owner: the forwarder is a human client). 'fattura 62' -> 62/2026."))

M(persona="Romano Zanetti", frm="ROMANO ZANETTI <romano.zanetti1949@alice.it>", mua="none", charset="iso-8859-1",
  cte="8bit", date="2027-01-20 08:12", subj="RE: Sollecito di pagamento – fattura n. 3/2027", qstyle="none",
  q=("reminder", dict(client="Romano Zanetti", inv="3/2027", amount="120,00 €", due="2027-01-15")),
  body="""BUONGIORNO SIGNORA
HO FATTO IL BONIFICO IERI ALLA POSTA PER LA FATTURA 3/2027 DI 120 EURO, MI HANNO DETTO CHE CI VUOLE UN GIORNO O DUE.
GRAZIE ANCORA PER IL BIGLIETTO DA VISITA CHE E VENUTO MOLTO BENE
SALUTI
ROMANO ZANETTI""",
  lab=dict(kind="client-reply-paid", amount="120.00", reference="3/2027",
           note="Elderly sole trader, all caps, no accents, no quote; paid at the post office yesterday."))

M(persona="Studio Calabrese commercialisti", owner="serena",
  frm="Dott. Bruno Calabrese <studio@calabresecommercialisti.it>", mua="outlook", fmt="alt",
  cc=["Ortofrutta Sud srl <info@ortofruttasud.it>"],
  date="2026-12-14 17:55", subj="R: Sollecito di pagamento – fattura n. 2026/48", qstyle="outlook",
  qto="Ortofrutta Sud srl <info@ortofruttasud.it>",
  q=("reminder", dict(client="Ortofrutta Sud srl", inv="2026/48", amount="732,00 €", due="2026-11-30")),
  body="""Gentile dott.ssa Greco,

scrivo per conto della mia assistita Ortofrutta Sud srl, che mi ha girato il Suo sollecito.
Dalle nostre registrazioni la fattura risulta saldata il 20 novembre scorso con bonifico da Banca Popolare Pugliese, CRO 0306912345678901, importo 732,00 euro.

Se non Le risulta l'accredito me lo faccia sapere e verifichiamo con la banca.

Cordiali saluti

Dott. Bruno Calabrese
Dottore Commercialista – Revisore Legale
Via Sparano da Bari 64 – 70121 Bari""",
  lab=dict(kind="client-reply-paid", amount="732.00",
           note="The client's accountant replies on their behalf (client in cc): paid on 20 Nov with CRO; offer to check is not a question that changes the label."))

M(persona="Lanificio Sella Bertolino", owner="serena",
  frm="Amministrazione <amministrazione@lanificiobertolino.it>", mua="outlook",
  date="2026-12-01 11:08", subj="RE: Riepilogo fatture da saldare", qstyle="outlook",
  q=("statement", dict(client="Lanificio Bertolino S.p.A.", inv=None, deadline="2026-12-10",
                        invoices=["- n. 2026/51 del 2 ottobre 2026, scaduta il 2 novembre 2026 (27 giorni di ritardo): 1.159,00 €",
                                  "- n. 2026/52 del 2 ottobre 2026, scaduta il 2 novembre 2026 (27 giorni di ritardo): 1.159,00 €"],
                        total="2.318,00 €")),
  body="""Buongiorno,

le fatture 2026/51 e 2026/52 sono state pagate in data 28/11 con un unico bonifico di € 2.318,00 (causale "FT 51-52 GRECO").
Ci invii per cortesia la quietanza per entrambe.

Cordiali saluti
Manuela Ferrero
Lanificio Bertolino S.p.A. – Biella""",
  lab=dict(kind="client-reply-paid", amount="2318.00",
           note="Reply to a statement (two invoices), both paid with one transfer; asks for a receipt. Two references, so none given."))

M(persona="Panificio Lo Presti", frm="Salvatore Lo Presti <panificiolopresti@gmail.com>", mua="android",
  date="2026-12-15 06:48", subj="Re: Secondo sollecito – fattura n. 55/2026", qstyle="gmail",
  q=("late_fee", dict(client="Panificio Lo Presti", inv="55/2026", amount="427,00 €", due="2026-11-25",
                      deadline="2026-12-22", days_late=18)),
  body="""Buongiorno Dottoressa, il pagamento e stato fatto venerdi scorso tramite home banking, se non le risulta mi faccia sapere che chiamo in banca. Mi scuso ma a dicembre qua e un manicomio col panettone

Cordiali saluti
Salvatore Lo Presti
Panificio Lo Presti - Bagheria (PA)""",
  lab=dict(kind="client-reply-paid",
           note="Sicilian baker, no accents, written at dawn from Android; paid last Friday; conditional offer to check."))

M(persona="Fluxo", frm="Giacomo Riva <giacomo@fluxo.app>", mua="gmail", fmt="html",
  date="2026-11-27 18:22", subj="Re: Fattura n. 49/2026",
  q=("invoice", dict(client="Fluxo srl", inv="49/2026", amount="2.440,00 €", due="2026-11-20",
                     subject_line="alle illustrazioni per l'onboarding dell'app", at="2026-10-21 10:15")),
  html="""<div>Hey Alessandra!</div><div><br></div>
<div>Processata ieri nel batch pagamenti su Qonto 🙌 dovrebbe arrivarti entro domani al massimo.</div>
<div><br></div><div>Sorry per il ritardo, eravamo in chiusura del trimestre e abbiamo cambiato tool di AP, un delirio.</div>
<div>Le illustrazioni sono piaciute un sacco al team, ti scrivo la settimana prossima per il round 2 👀</div>
<div><br></div><div>G.</div><div><br></div>
<div><span style="color:#888">--<br>Giacomo Riva · COO @ Fluxo<br>fluxo.app · Via Tortona 31, Milano</span></div>""",
  body="(html only)",
  lab=dict(kind="client-reply-paid",
           note="Startup COO, HTML-only Gmail, anglicisms ('processata nel batch pagamenti', 'AP'); replies to the original invoice mail, not a reminder."))

M(persona="Falegnameria Bortolotti", owner="davide", frm="Bepi Bortolotti <falegnameria.bortolotti@virgilio.it>",
  mua="none", charset="cp1252-as-latin1", cte="8bit",
  date="2026-12-21 13:30", subj="Re: Sollecito di pagamento – fattura n. DC-2026-044", qstyle="tb",
  q=("reminder", dict(client="Falegnameria Bortolotti", inv="DC-2026-044", amount="366,00 €", due="2026-12-15")),
  body="""Ciao Davide
ma go già pagà! Giovedì go dà l'assegno al to ragazzo, quel alto coi ociai, che el xe vegnù a tor le ultime foto dei mobili. El ga firmà anca la ricevuta.
Domandighe a lu.
Bepi""",
  lab=dict(kind="client-reply-paid",
           note="Venetian dialect: 'go già pagà', paid by cheque handed to the photographer's assistant on Thursday."))

M(persona="Edilcasa Trentin", owner="davide", frm="Marta Trentin <marta@edilcasatrentin.it>", mua="outlook",
  date="2027-01-12 09:14", subj="RE: Fattura n. DC-2026-039 – verifica del pagamento", qstyle="outlook",
  q=("paid_claim_followup", dict(client="Edilcasa Trentin srl", inv="DC-2026-039", amount="854,00 €",
                                 claim="2026-12-28", paid_on="2026-12-23")),
  body="""Buongiorno Davide,

ecco i dati: bonifico eseguito il 23/12/2026 da Banca Popolare di Vicenza... pardon, ora Intesa, TRN 0306967891234567480080008000IT, importo 854,00.
L'IBAN che abbiamo in anagrafica è IT02L0306909606100000012345, mi conferma che è giusto? Se è sbagliato lo correggo subito.

Marta Trentin
Ufficio amministrativo – Edilcasa Trentin srl – Bassano del Grappa""",
  lab=dict(kind="client-reply-paid", amount="854.00",
           note="Reply to the paid-claim follow-up: gives date and TRN, plus a question about the IBAN -> still paid."))

M(persona="Gruppo Alimentare Valtellina", owner="davide",
  frm="Contabilita Fornitori <ap@gav-spa.it>", mua="outlook", charset="cp1252-as-latin1", cte="quoted-printable",
  date="2026-12-18 16:02", subj="R: Sollecito di pagamento – fattura n. DC-2026-031", qstyle="none",
  q=("reminder", dict(client="Gruppo Alimentare Valtellina S.p.A.", inv="DC-2026-031", amount="3.050,00 €",
                      due="2026-12-10")),
  body="""Spett.le Fornitore,

Vi confermiamo che il pagamento della fattura DC-2026-031 è stato disposto in data odierna (18/12/2026) con valuta beneficiario 22/12/2026, per € 3.050,00.

Vi ricordiamo che tutte le comunicazioni relative ai pagamenti vanno indirizzate a ap@gav-spa.it indicando sempre il numero di fornitore (Vs. codice: F-004417).

Cordiali saluti
Ufficio Contabilità Fornitori
Gruppo Alimentare Valtellina S.p.A. – Sondrio

Questa e-mail e gli eventuali allegati sono destinati esclusivamente al destinatario indicato. Se ricevuta per errore, si prega di cancellarla e di avvisare il mittente.""",
  lab=dict(kind="client-reply-paid", amount="3050.00", reference="DC-2026-031",
           note="'Disposto in data odierna' with future value date = paid (ordered) not a promise."))

M(persona="Studio Pixel Torino", frm="Andrea Gallo <andrea@studiopixel.to.it>", mua="apple",
  date="2026-11-17 12:20", subj="Re: Promemoria: fattura n. 46/2026 in scadenza", qstyle="apple",
  q=("courtesy", dict(client="Studio Pixel", inv="46/2026", amount="1.830,00 €", due="2026-11-20",
                      issue="2026-10-21")),
  body="""Ciao Alessandra,

approfitto del tuo promemoria per aggiornarti sul progetto Ceramiche Vietri: il cliente ha approvato la palette e vorrebbe vedere le prime tre proposte di packaging entro fine mese. Ce la fai? Ti giro il brief aggiornato oggi pomeriggio, c'è anche la questione del font che non gli piaceva (vuole qualcosa di più "artigianale", qualunque cosa voglia dire 😅).

Poi a gennaio partiamo con il catalogo 2027, ti terrei dentro anche lì se sei disponibile, sono circa 40 pagine.

Ah, la fattura l'ha saldata Marta ieri insieme alle altre dei fornitori.

A presto,
Andrea

—
Andrea Gallo
Art Director · Studio Pixel
Via San Massimo 18, Torino""",
  lab=dict(kind="client-reply-paid",
           note="Long agency mail about other work; one line at the end says Marta paid it yesterday. The end-of-month date is a work deadline."))

M(persona="Giorgia yoga", frm="Giorgia Mancini <giorgia.yogaflow@gmail.com>", mua="android",
  date="2026-11-12 20:41", subj="Re: Promemoria fattura n. 42/2026",
  q=("due", dict(client="Giorgia Mancini", inv="42/2026", amount="150,00 €", due="2026-11-10", days_late=2,
                 at="2026-11-12 09:01")),
  body="""Ciao! Ti ho mandato i soldi su Satispay come mi avevi detto, 150 euro, controlla se ti sono arrivati 🙏 namasté

Inviato da Android""",
  lab=dict(kind="client-reply-paid", amount="150.00",
           note="Paid via Satispay instead of bank transfer; 'controlla se sono arrivati' does not make it a question."))

M(persona="Parodi Spedizioni", owner="paolo", frm="G. Parodi <g.parodi@parodispedizioni.ge.it>", mua="outlook",
  date="2026-12-09 08:31", subj="R: Sollecito di pagamento – fattura n. FT26-037", qstyle="outlook",
  q=("reminder", dict(client="Parodi Spedizioni S.r.l.", inv="FT26-037", amount="976,00 €", due="2026-11-30")),
  body="""Pagato.
Saluti.
G. Parodi""",
  tail="""PARODI SPEDIZIONI S.r.l. - Via Albertazzi 3r - 16149 Genova - P.IVA 01234560109
AVVISO DI RISERVATEZZA: Il presente messaggio e gli eventuali allegati sono ad uso esclusivo del destinatario e possono contenere informazioni riservate. Ai sensi del Reg. UE 2016/679 e del D.Lgs. 196/2003, è vietato qualsiasi uso, copia o diffusione non autorizzati. Se avete ricevuto questo messaggio per errore, vi preghiamo di informarci immediatamente e di distruggerlo. Prima di stampare, pensa all'ambiente.""",
  lab=dict(kind="client-reply-paid",
           note="Terse Genoese: one word 'Pagato.' followed by a long GDPR disclaimer."))

M(persona="Ottica Bernardi", frm="Ottica Bernardi <info@otticabernardi.it>", mua="gmail", fmt="alt", qstyle="gmail_old",
  date="2026-12-14 10:10", subj="Re: Secondo sollecito – fattura n. 68/2026",
  q=("late_fee", dict(client="Ottica Bernardi", inv="68/2026", amount="244,00 €", due="2026-11-30",
                      deadline="2026-12-21", days_late=11, at="2026-12-11 09:00")),
  body="""Gentilissima,
abbiamo appena verificato con la banca: la fattura 68/2026 risulta pagata il 4 dicembre, bonifico di 244 euro. Forse i due messaggi si sono incrociati?
Le allego lo screenshot dall'app.

Buona giornata
Elena Bernardi""",
  att=[("Screenshot_20261214-100512.png", "image/png", PNG_1x1)],
  lab=dict(kind="client-reply-paid", amount="244.00", reference="68/2026",
           note="Paid on 4 Dec, crossed with the second reminder; PNG screenshot attached."))

M(persona="Caseificio Di Lorenzo", owner="serena", frm="Michele Di Lorenzo <caseificiodilorenzo@gmail.com>",
  mua="android", date="2026-12-22 07:55", subj="Re: Sollecito di pagamento – fattura n. 2026/55",
  q=("reminder", dict(client="Caseificio Di Lorenzo", inv="2026/55", amount="390,40 €", due="2026-12-15")),
  body="""Uè Serena, tutto a posto, il bonifico l'ho fatto stamattina, scusa ma con Natale qua è un casino, le mozzarelle non bastano mai 😂
Buone feste a te e famiglia!!
Michele""",
  lab=dict(kind="client-reply-paid",
           note="Southern (Apulian/Campanian) casual voice: 'l'ho fatto stamattina' = paid today."))

M(persona="Studio Associato Ferri Nobili", owner="paolo", frm="Roberta Nobili <r.nobili@studioferrinobili.it>",
  mua="gmail", date="2026-12-07 14:44", subj="Re: Promemoria fattura n. FT26-041",
  q=("due", dict(client="Studio Associato Ferri Nobili", inv="FT26-041", amount="610,00 €", due="2026-12-04",
                 days_late=3, at="2026-12-07 09:01")),
  body="""Ciao Paolo, ti allego lo screenshot del bonifico da Fineco, se ne era dimenticato il mio socio (come sempre...). Risulta fatto oggi con data valuta domani.

Roberta""",
  att=[("IMG_4471.PNG", "image/png", PNG_1x1)],
  lab=dict(kind="client-reply-paid",
           note="Transfer made today (value date tomorrow); screenshot attached."))

M(persona="Nuvola Labs", owner="paolo", frm="Irene Costa <irene.costa@nuvolalabs.io>", mua="gmail",
  tz="Europe/London", date="2027-01-18 10:03", subj="Re: Sollecito di pagamento – fattura n. FT26-044",
  cc=["finance@nuvolalabs.io"],
  q=("reminder", dict(client="Nuvola Labs srl", inv="FT26-044", amount="4.270,00 €", due="2027-01-10")),
  body="""Ciao Paolo,
la FT26-044 è uscita nel payment run di venerdì scorso (15/01), dovresti averla già ricevuta o riceverla a breve. Ti metto in cc finance per qualsiasi cosa.

Thx!
Irene

Irene Costa | Operations Manager
Nuvola Labs srl · London office""",
  lab=dict(kind="client-reply-paid", reference="FT26-044",
           note="'Uscita nel payment run di venerdì scorso' = paid (past run)."))

M(persona="Gioielleria Amato", owner="davide", frm="Rosaria Amato <rosaria.amato@gioielleriaamato.it>", mua="iphone",
  date="2027-01-08 17:26", subj="Re: Diffida di pagamento e costituzione in mora – fattura n. DC-2026-036",
  qstyle="apple",
  q=("final", dict(client="Gioielleria Amato", inv="DC-2026-036", amount="1.098,00 €", due="2026-11-15",
                   issue="2026-10-16", deadline="2027-01-18")),
  body="""Buonasera, sono la moglie di Franco Amato. Franco è ricoverato da fine novembre, per questo non ha risposto a nessuno. Mi ha detto di dirvi che il bonifico lo aveva fatto lui prima di entrare in ospedale, il 27 novembre, dal conto della gioielleria. Se non vi risulta ditemelo che domani passo in banca a farmi dare la ricevuta.
Non serviva mandare una diffida.
Rosaria Amato

Inviato da iPhone""",
  lab=dict(kind="client-reply-paid",
           note="Wife of the client replies to a formal notice: paid on 27 Nov before hospitalisation; slightly resentful tone but no dispute of the amount."))

M(persona="Cartotecnica Veneta", frm="Amministrazione Cartotecnica Veneta <amministrazione@cartotecnicaveneta.it>",
  mua="outlook", fmt="alt", charset="cp1252-as-latin1", cte="quoted-printable",
  date="2027-01-26 12:12", subj="R: Secondo sollecito – fattura n. 1/2027",
  q=("late_fee", dict(client="Cartotecnica Veneta S.r.l.", inv="1/2027", amount="2.013,00 €", due="2027-01-10",
                      deadline="2027-02-02", days_late=15,
                      fees=["Fattura n. 1/2027: 2.013,00 €",
                            "Interessi di mora dall'11/01/2027 al 25/01/2027 (15 giorni al 10,15%): 8,40 €",
                            "Risarcimento forfettario dei costi di recupero: 40,00 €",
                            "Totale: 2.061,40 €"])), qstyle="outlook",
  body="""Buongiorno,

pagamento eseguito tramite bonifico SEPA come da contabile allegata.

Cordiali saluti
Silvia Pozzobon
Cartotecnica Veneta S.r.l.""",
  att=[("Contabile_BON_20270125_0004417.pdf", "application/pdf", fake_pdf("Contabile"))],
  lab=dict(kind="client-reply-paid",
           note="Short Outlook HTML+text reply with PDF receipt; the quoted reminder contains fee lines and totals that are not the client's amount."))

M(persona="Bar Pasticceria Gentile", frm="Bar Gentile <bargentile.rc@gmail.com>", mua="gmail",
  date="2026-12-11 16:30", subj="Re: Promemoria fattura n. 59/2026",
  q=("due", dict(client="Bar Pasticceria Gentile", inv="59/2026", amount="305,00 €", due="2026-12-10",
                 days_late=1)),
  body="""si si pagato, è già tutto ok!! anzi se mi mandi pure la fattura del menù di natale ti pago anche quella così non ci pensiamo piu""",
  lab=dict(kind="client-reply-paid",
           note="Paid + asks for the next invoice; lowercase, no punctuation."))

M(persona="IC Pascoli Macerata", frm="Segreteria amministrativa <mcic81200x@istruzione.it>", mua="none",
  date="2027-01-21 11:15", subj="Rif: Sollecito di pagamento – fattura n. 64/2026", qstyle="none",
  q=("reminder", dict(client="Istituto Comprensivo \"G. Pascoli\"", inv="64/2026", amount="900,00 €",
                      due="2026-12-31")),
  body="""ISTITUTO COMPRENSIVO STATALE "GIOVANNI PASCOLI"
Via Roma, 15 – 62100 Macerata
C.F. 80012340432 – Codice Univoco Ufficio UFXXXX

Prot. n. 412/VI.10 del 21/01/2027

Oggetto: riscontro sollecito – fattura elettronica n. 64/2026 (CIG Z4A3B12345).

Con riferimento alla nota in oggetto, si comunica che il pagamento della fattura indicata è stato effettuato con mandato n. 45 del 19/01/2027, eseguito dall'Istituto Cassiere, per l'importo imponibile di € 737,70; l'IVA pari a € 162,30 è stata versata all'Erario in regime di split payment.

Il DSGA
Dott.ssa Anna Maria Scipioni
(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, c. 2, D.Lgs. 39/1993)""",
  lab=dict(kind="client-reply-paid", amount="737.70", reference="64/2026",
           note="State school (PA), protocol header, mandato eseguito; split payment amount."))

M(persona="Ceramiche Vietri Solimene", frm="Antonio Solimene <antonio@ceramichesolimene.it>", mua="gmail",
  date="2027-02-03 18:05", subj="Re: Fattura n. 5/2027",
  q=("invoice", dict(client="Ceramiche Solimene", inv="5/2027", amount="1.342,00 €", due="2027-02-28",
                     subject_line="al restyling delle etichette", at="2027-01-29 11:00")),
  body="""Buonasera Alessandra,
già fatto stamattina, l'acconto lo avevamo dato a dicembre quindi con questo siamo pari, giusto?
Le etichette stanno andando in stampa, grazie ancora.
Antonio""",
  lab=dict(kind="client-reply-paid",
           note="Replies to the invoice mail itself (not a reminder): 'già fatto stamattina' = paid; asks for confirmation they are square."))


# ============================================================================================
# CLIENT REPLIES: PROMISE
# ============================================================================================

M(persona="Marco Ruggeri fisioterapista", frm="Marco Ruggeri <marco.ruggeri.fisio@gmail.com>", mua="android",
  date="2026-11-18 13:02", subj="Re: Promemoria fattura n. 40/2026",
  q=("due", dict(client="Marco Ruggeri", inv="40/2026", amount="260,00 €", due="2026-11-16", days_late=2)),
  body="pago venerdì scusa",
  lab=dict(kind="client-reply-promise", promised_date="2026-11-20",
           note="Three-word reply on Wednesday 18 Nov: 'venerdì' = Friday 20 Nov."))

M(persona="Termoidraulica Colombo", owner="davide", frm="Ufficio Amministrativo <amministrazione@termocolombo.it>",
  mua="outlook", charset="cp1252-as-latin1", cte="quoted-printable",
  date="2026-12-03 10:47", subj="R: Sollecito di pagamento – fattura n. DC-2026-035", qstyle="outlook",
  q=("reminder", dict(client="Termoidraulica Colombo S.n.c.", inv="DC-2026-035", amount="488,00 €",
                      due="2026-11-30")),
  body="""Buongiorno,

la Vs. fattura è stata registrata e verrà inserita nella distinta bonifici di fine mese, come da nostra prassi per tutti i fornitori.

Cordiali saluti
Daniela Cattaneo
Termoidraulica Colombo S.n.c. di Colombo Luigi & C.
Via Carducci 14 – 20831 Seregno (MB)""",
  lab=dict(kind="client-reply-promise", promised_date="2026-12-31",
           note="'Distinta bonifici di fine mese' on 3 Dec = 31 Dec."))

M(persona="Hotel Miramare Rimini", frm="Direzione Hotel Miramare <direzione@hotelmiramare-rimini.it>", mua="gmail",
  date="2026-12-09 17:20", subj="Re: Secondo sollecito – fattura n. 53/2026",
  q=("late_fee", dict(client="Hotel Miramare", inv="53/2026", amount="1.586,00 €", due="2026-11-15",
                      deadline="2026-12-16", days_late=23)),
  body="""Buonasera signora Rossi,
ha ragione, siamo in ritardo. Le spiego: a dicembre dobbiamo pagare le tredicesime ai dipendenti e la stagione invernale qui a Rimini è quella che è. Prima del 15 purtroppo non riusciamo, il 15 però glielo faccio io personalmente.
Mi scusi ancora, il nuovo depliant è venuto benissimo.

Loretta Zavoli
Hotel Miramare – Rimini""",
  lab=dict(kind="client-reply-promise", promised_date="2026-12-15",
           note="'Prima del 15 non riusciamo, il 15 glielo faccio' on 9 Dec -> 15 Dec."))

M(persona="Dario Pellegrino artigiano", owner="paolo", frm="Dario Pellegrino <dario.pellegrino77@hotmail.it>",
  mua="outlook", date="2026-11-30 21:40", subj="RE: Sollecito di pagamento – fattura n. FT26-036",
  qstyle="outlook",
  q=("reminder", dict(client="Dario Pellegrino", inv="FT26-036", amount="450,00 €", due="2026-11-20")),
  body="""Paolo ciao, lo so lo so. Ti dico la verità, sto aspettando che mi paghi la ditta per cui ho fatto il lavoro a Lecce, appena mi pagano ti pago, non ti preoccupare che non sparisco. Il sito intanto va alla grande, mi stanno arrivando un sacco di richieste.
Dario""",
  lab=dict(kind="client-reply-promise",
           note="'Appena mi pagano ti pago' -> promise, no date."))

M(persona="Comune di Castelnuovo Garfagnana", frm="Ufficio Ragioneria <ragioneria@comune.castelnuovogarfagnana.lu.it>",
  mua="none", date="2026-12-15 13:10",
  subj="Rif: Sollecito di pagamento – fattura n. 60/2026 – stato della liquidazione", qstyle="none",
  q=("reminder", dict(client="Comune di Castelnuovo di Garfagnana", inv="60/2026", amount="2.196,00 €",
                      due="2026-12-05")),
  body="""Gentile fornitrice,

in riscontro alla Sua comunicazione, si informa che la fattura elettronica in oggetto (ns. prot. 18522 del 07/11/2026) è stata accettata e risulta in corso di liquidazione presso il Settore competente, in attesa del DURC regolare e della verifica di cui all'art. 48-bis del D.P.R. 602/1973.

Completati i controlli, il mandato di pagamento verrà emesso presumibilmente entro il 31 gennaio p.v., compatibilmente con le disponibilità di cassa dell'Ente.

Distinti saluti
Il Funzionario Responsabile
Rag. Giuliana Bertei""",
  lab=dict(kind="client-reply-promise", promised_date="2027-01-31",
           note="Municipality: 'in corso di liquidazione', mandato expected 'entro il 31 gennaio p.v.' -> promise 2027-01-31 (hedged but dated)."))

M(persona="Salumeria Esposito", owner="serena", frm="Ciro Esposito <salumeriaesposito@libero.it>", mua="libero",
  date="2026-11-26 12:55", subj="R: Sollecito di pagamento – fattura n. 2026/49", qstyle="libero",
  q=("reminder", dict(client="Salumeria Esposito", inv="2026/49", amount="280,00 €", due="2026-11-18")),
  body="""Dottore', nun ve preoccupate, lunedì ve faccio 'o bonifico, parola mia. Chesta settimana è stata 'na tragedia, è venuto pure 'o controllo dell'ASL.
Ciro""",
  lab=dict(kind="client-reply-promise", promised_date="2026-11-30",
           note="Neapolitan dialect, addresses the freelancer as 'Dottore''; 'lunedì' on Thursday 26 Nov -> Monday 30 Nov."))

M(persona="Agenzia Viaggi Sole Mio", frm="Valentina Russo <valentina@solemioviaggi.it>", mua="gmail",
  tz="Atlantic/Canary", date="2027-01-14 23:40", subj="Re: Promemoria fattura n. 70/2026",
  q=("due", dict(client="Agenzia Viaggi Sole Mio", inv="70/2026", amount="549,00 €", due="2027-01-12",
                 days_late=2, at="2027-01-14 09:02")),
  body="""Ciao Alessandra, sono a Tenerife per un educational con i colleghi e oggi non sono riuscita a collegarmi all'home banking, domani mattina faccio il bonifico senza fallo. Grazie della pazienza!
Vale""",
  lab=dict(kind="client-reply-promise", promised_date="2027-01-15",
           note="Sent from Tenerife at 23:40 Canary time (00:40 in Italy, already 15 Jan): 'domani mattina' resolved in the sender's zone -> 15 Jan."))

M(persona="Francesca Melis", owner="serena", frm="Francesca Melis <fra.melis@tiscali.it>", mua="tb",
  date="2026-12-11 09:33", subj="Re: Sollecito di pagamento – fattura n. 2026/53", qstyle="tb",
  q=("reminder", dict(client="Francesca Melis", inv="2026/53", amount="610,00 €", due="2026-12-01")),
  body="""Gentile Serena,
mi vergogno un po' a scriverle ma sto attraversando un periodo difficile con lo studio. Le chiederei se posso pagarle la traduzione in due rate: 300 euro la settimana prossima e il resto a gennaio. Capisco se la cosa non le fa piacere, mi faccia sapere.
Un caro saluto
Francesca Melis
Cagliari""",
  lab=dict(kind="client-reply-promise",
           note="Proposes instalments (300 next week, rest in January): a promise without a firm date, not a dispute."))

M(persona="Bioenergia Friuli", owner="paolo", frm="Stefano Zorzut <s.zorzut@bioenergiafriuli.it>", mua="outlook", fmt="alt",
  date="2026-12-18 12:05", subj="R: Secondo sollecito – fattura n. FT26-039", qstyle="outlook",
  q=("late_fee", dict(client="Bioenergia Friuli S.r.l.", inv="FT26-039", amount="3.660,00 €", due="2026-11-20",
                      deadline="2026-12-28", days_late=27)),
  body="""Buongiorno Paolo,

ti rispondo io perché la collega è in ferie. Purtroppo la spesa per il nuovo portale è stata caricata sul budget 2027 e finché il CdA non approva il budget (seduta fissata per il 12 gennaio) non possiamo liquidare nulla. Ti garantisco comunque che la pagheremo entro il 20 gennaio, ho già parlato con il CFO.

Mi scuso per il disagio, non dipende da noi dell'IT.

Stefano Zorzut
IT Manager – Bioenergia Friuli S.r.l.
Udine""",
  lab=dict(kind="client-reply-promise", promised_date="2027-01-20",
           note="Corporate budget delay; two dates: board meeting 12 Jan (not a payment date) and payment 'entro il 20 gennaio'."))

M(persona="Logistica Padana", owner="davide", frm="Accounts Payable <fornitori@logisticapadana.it>", mua="outlook", fmt="alt",
  date="2026-12-02 09:12", subj="R: Promemoria: fattura n. DC-2026-042 in scadenza", qstyle="outlook",
  q=("courtesy", dict(client="Logistica Padana S.p.A.", inv="DC-2026-042", amount="1.952,00 €", due="2026-12-05",
                      issue="2026-11-05")),
  body="""Gentile Fornitore,

la informiamo che la Sua fattura DC-2026-042 è stata correttamente registrata nel nostro sistema. Le condizioni di pagamento concordate in ordine sono 60 gg d.f.f.m., pertanto la fattura verrà pagata alla scadenza naturale del 31/01/2027 e non il 05/12 come indicato nel Suo promemoria.

Cordiali saluti
Ufficio Contabilità Fornitori
Logistica Padana S.p.A. – Piacenza""",
  lab=dict(kind="client-reply-promise", promised_date="2027-01-31", reference="DC-2026-042",
           note="AP says payment terms are 60 days end of month -> will pay 31/01/2027. They correct the due date but do not contest the invoice or its amount: promise, not dispute."))

M(persona="Ristorante Da Peppe", frm="Peppe Ristorante <dapeppe.ristorante@gmail.com>", mua="android",
  date="2027-02-09 15:30", subj="Re: Secondo sollecito – fattura n. 6/2027",
  q=("late_fee", dict(client="Ristorante Da Peppe", inv="6/2027", amount="366,00 €", due="2027-01-31",
                      deadline="2027-02-16", days_late=8, at="2027-02-08 09:00")),
  body="""oggi non riesco, giovedi sicuro. ho il commercialista che mi fa impazzire
Peppe""",
  lab=dict(kind="client-reply-promise", promised_date="2027-02-11",
           note="'oggi non riesco, giovedì sicuro' on Tuesday 9 Feb -> Thursday 11 Feb."))

M(persona="Fioreria Le Camelie", frm="Le Camelie Fiori <lecamelie.fiori@gmail.com>", mua="iphone",
  date="2026-11-23 12:47", subj="Re: Promemoria fattura n. 45/2026", qstyle="apple",
  q=("due", dict(client="Fioreria Le Camelie", inv="45/2026", amount="213,50 €", due="2026-11-20",
                 days_late=3, at="2026-11-23 09:00")),
  body="""Ciao Alessandra! Hai ragione, me ne sono completamente dimenticata. Lo faccio oggi pomeriggio appena rientro in negozio 🌸

Inviato da iPhone""",
  lab=dict(kind="client-reply-promise", promised_date="2026-11-23",
           note="'Lo faccio oggi pomeriggio' -> promise for today, not yet paid."))

M(persona="Agriturismo Poggio Alto", frm="Ilaria Bartolini <info@poggioalto-agriturismo.it>", mua="gmail", fmt="alt",
  date="2026-12-28 21:15", subj="Re: Sollecito di pagamento – fattura n. 65/2026",
  q=("reminder", dict(client="Agriturismo Poggio Alto", inv="65/2026", amount="854,00 €", due="2026-12-20")),
  body="""Cara Alessandra,

scusa se rispondo solo ora ma tra il pranzo di Natale (62 coperti!!) e le prenotazioni per Capodanno non ho avuto un minuto. Ti volevo anche dire che il nuovo sito piace tantissimo, tre clienti mi hanno detto che hanno prenotato proprio perché le foto del menu erano bellissime. Ti mando presto le foto nuove delle camere ristrutturate, così aggiorniamo anche quelle, e magari a febbraio pensiamo a una piccola brochure per le fiere.

Per la fattura, la metto in pagamento con le altre il 10, come faccio sempre con i fornitori.

Un abbraccio e buon anno in anticipo!
Ilaria

Agriturismo Poggio Alto – Montepulciano (SI)""",
  lab=dict(kind="client-reply-promise", promised_date="2027-01-10",
           note="Long chatty mail; one sentence: 'la metto in pagamento con le altre il 10' written on 28 Dec -> 10 January (next month)."))

M(persona="Luigi Capuano fotografo", owner="davide", frm="Luigi Capuano <luigi.capuano@fastwebnet.it>", mua="tb",
  date="2026-12-19 11:22", subj="Re: Sollecito di pagamento – fattura n. DC-2026-043", qstyle="tb",
  q=("reminder", dict(client="Luigi Capuano", inv="DC-2026-043", amount="300,00 €", due="2026-12-12")),
  body="""Ciao Davide, hai ragione, scusami. Dopo le feste ti saldo tutto, promesso. Ora sono a secco con i regali e la rata dell'obiettivo nuovo.
Buon Natale!
Luigi""",
  lab=dict(kind="client-reply-promise", note="'Dopo le feste' -> vague promise, no date."))

M(persona="Dolciaria Pugliese", owner="serena", frm="Nicola Lattanzio <n.lattanzio@dolciariapugliese.it>",
  mua="gmail", date="2027-01-08 10:20", subj="Re: Fattura n. 2026/58 – aggiornamento sul pagamento",
  q=("promise_followup", dict(client="Dolciaria Pugliese S.r.l.", inv="2026/58", amount="1.220,00 €",
                              promise="2026-12-31")),
  body="""Gentile dott.ssa Greco,

ha ragione, mi scusi, con la chiusura di fine anno è slittato tutto. Le confermo che il bonifico parte mercoledì 13 gennaio insieme agli altri fornitori.

Cordiali saluti
Nicola Lattanzio
Dolciaria Pugliese S.r.l. – Altamura (BA)""",
  lab=dict(kind="client-reply-promise", promised_date="2027-01-13",
           note="Reply to the promise follow-up; new explicit date 'mercoledì 13 gennaio'. The quoted old promise (31 Dec) is not the answer."))

M(persona="Kiwi Delivery", owner="paolo", frm="Tommaso De Santis <tommaso@kiwidelivery.it>", mua="gmail",
  tz="America/New_York", date="2026-12-16 17:50", subj="Re: Secondo sollecito – fattura n. FT26-038",
  q=("late_fee", dict(client="Kiwi Delivery srl", inv="FT26-038", amount="5.490,00 €", due="2026-11-15",
                      deadline="2026-12-22", days_late=29)),
  body="""Paolo, hai ragione al 100%. Ti scrivo da New York, sono qui per gli investitori. Situazione onesta: stiamo chiudendo il round seed, il closing è slittato ma ormai è questione di giorni. Appena arrivano i fondi saldiamo tutti i fornitori, tu sei il primo della lista, promesso. Nel frattempo se serve ti firmo qualsiasi cosa.

T.""",
  lab=dict(kind="client-reply-promise",
           note="Startup founder, late night; payment conditional on funding round closing -> vague promise."))

M(persona="Mobilificio Brianzolo", owner="davide", frm="Ufficio Amministrazione <amministrazione@mobilificiobrianzolo.it>",
  mua="outlook", date="2027-01-22 14:02", subj="R: Sollecito di pagamento – fattura n. DC-2027-002", qstyle="outlook",
  q=("reminder", dict(client="Mobilificio Brianzolo S.r.l.", inv="DC-2027-002", amount="1.037,00 €", due="2027-01-15")),
  body="""Buongiorno,
il pagamento è programmato per il 5 febbraio, data della prossima rimessa fornitori.
Cordiali saluti
Amministrazione""",
  lab=dict(kind="client-reply-promise", promised_date="2027-02-05",
           note="Short AP reply: payment scheduled 5 February."))

M(persona="Condominio Parco dei Pini", frm="Studio Amm.ni Condominiali Grasso <studiograsso.condomini@pec-mail.it>",
  mua="outlook_desktop", charset="windows-1252", cte="quoted-printable",
  date="2027-02-02 11:48", subj="R: Sollecito di pagamento – fattura n. 2/2027", qstyle="outlook_old",
  q=("reminder", dict(client="Condominio Parco dei Pini", inv="2/2027", amount="732,00 €", due="2027-01-25")),
  body="""Gentile Sig.ra Rossi,

La informo che l'assemblea ha approvato il rendiconto e il riparto straordinario che comprende anche la Sua fattura per la cartellonistica. I condomini hanno tempo fino al 28/02 per versare le rate; appena la cassa condominiale avrà la disponibilità provvederò al saldo.

Cordiali saluti
Rag. Vincenzo Grasso
Amministratore""",
  lab=dict(kind="client-reply-promise",
           note="Condominium admin will pay when owners pay their shares; the 28/02 is the owners' deadline, not a payment date -> no promised_date."))

M(persona="Emporio Rizzo", frm="Emporio Rizzo <emporiorizzo@gmail.com>", mua="android", qstyle="samsung",
  date="2026-12-01 19:10", subj="Re: Promemoria fattura n. 48/2026",
  q=("due", dict(client="Emporio Rizzo", inv="48/2026", amount="170,80 €", due="2026-11-30", days_late=1)),
  body="""Si ce l'ho presente, la pago fra 2-3 giorni. Saluti Rizzo""",
  lab=dict(kind="client-reply-promise", note="'fra 2-3 giorni' -> vague, no date."))

M(persona="Efisio Piras", owner="serena", frm="efisio piras <efisio.piras@tiscali.it>", mua="none",
  charset="iso-8859-1", cte="8bit",
  date="2027-01-12 10:00", subj="Re: Sollecito di pagamento – fattura n. 2026/60", qstyle="none",
  q=("reminder", dict(client="Efisio Piras", inv="2026/60", amount="95,00 €", due="2027-01-05")),
  body="""Gentile Signora,
ho ricevuto la sua lettera elettronica. Le mando il vaglia postale ai primi di febbraio quando prendo la pensione, adesso non posso perche ho avuto spese per la caldaia.
La ringrazio per la traduzione della lettera di mio nipote in Australia.
Distinti saluti
Efisio Piras
Nuoro""",
  lab=dict(kind="client-reply-promise",
           note="Elderly pensioner from Nuoro; 'ai primi di febbraio' -> vague (no promised_date)."))

M(persona="Vetreria Artistica Barovier Zane", owner="davide", frm="Laura Zane <laura@vetreriazane.it>", mua="apple",
  date="2027-02-10 16:12", subj="Re: Secondo sollecito – fattura n. DC-2027-004", qstyle="apple",
  q=("late_fee", dict(client="Vetreria Artistica Zane", inv="DC-2027-004", amount="2.318,00 €", due="2027-01-31",
                      deadline="2027-02-17", days_late=9, at="2027-02-09 09:00")),
  body="""Davide buongiorno,

ti scrivo sinceramente: non possiamo prima del 28, aspettiamo il pagamento di un grosso ordine dagli Stati Uniti che arriva a fine febbraio. Il 28 avrai tutto.

Laura""",
  lab=dict(kind="client-reply-promise", promised_date="2027-02-28",
           note="'non possiamo prima del 28' on 10 Feb -> 28 Feb."))

M(persona="Palestra FitZone", frm="Simone Fabbri <simone@fitzonepalestra.it>", mua="gmail",
  date="2026-11-25 20:30", subj="Re: Sollecito di pagamento – fattura n. 43/2026",
  q=("reminder", dict(client="Palestra FitZone", inv="43/2026", amount="1.220,00 €", due="2026-11-15")),
  body="""Ciao Ale, ieri ti ho fatto un bonifico di 500 come acconto, il resto (720) te lo mando a fine mese quando entrano gli abbonamenti di dicembre. Va bene così? Fammi sapere
Simone""",
  lab=dict(kind="client-reply-promise", promised_date="2026-11-30",
           note="Partial payment (500 yesterday) + promise of the rest at month end (30 Nov): promise beats paid. Two amounts, so no amount."))

M(persona="Tessitura Monti", frm="Giovanna Monti <g.monti@tessituramonti.it>", mua="outlook",
  date="2026-12-02 12:18", subj="R: Riepilogo fatture da saldare", qstyle="outlook",
  q=("statement", dict(client="Tessitura Monti S.a.s.", inv=None, deadline="2026-12-09",
                        invoices=["- n. 72/2026 del 15 ottobre 2026, scaduta il 14 novembre 2026 (16 giorni di ritardo): 610,00 €",
                                  "- n. 74/2026 del 30 ottobre 2026, scaduta il 29 novembre 2026 (1 giorno di ritardo): 976,00 €"],
                        total="1.586,00 €")),
  body="""Buongiorno Alessandra,
la 72/2026 l'abbiamo pagata ieri, dovrebbe arrivarle oggi. La 74/2026 invece la paghiamo entro il 15, ho bisogno della firma del titolare che è in fiera a Francoforte.
Saluti
Giovanna Monti""",
  lab=dict(kind="client-reply-promise", promised_date="2026-12-15",
           note="Two invoices: one paid yesterday, the other promised 'entro il 15' (written 2 Dec -> 15 Dec): promise wins."))

M(persona="Studio Dentistico Orlando", owner="paolo", frm="Dott. Fabio Orlando <info@studiodentisticoorlando.it>",
  mua="gmail", fmt="html",
  date="2026-11-24 13:14", subj="Re: Promemoria: fattura n. FT26-035 in scadenza",
  q=("courtesy", dict(client="Studio Dentistico Orlando", inv="FT26-035", amount="732,00 €", due="2026-11-25",
                      issue="2026-10-26")),
  html="""<div dir="ltr"><div>Buongiorno Paolo,</div><div><br></div>
<div>come d'accordo la pago a 30 giorni dalla messa online del sito, quindi il 22 dicembre. Mi sembrava di averlo scritto anche nella mail del preventivo, comunque nessun problema.</div>
<div><br></div>
<table style="border-collapse:collapse;font-size:13px"><tr><td style="border:1px solid #ccc;padding:4px">Messa online</td><td style="border:1px solid #ccc;padding:4px">22/11/2026</td></tr>
<tr><td style="border:1px solid #ccc;padding:4px">Pagamento</td><td style="border:1px solid #ccc;padding:4px">22/12/2026</td></tr></table>
<div><br></div><div>Cordialmente</div><div>Fabio Orlando</div></div>""",
  body="(html only)",
  lab=dict(kind="client-reply-promise", promised_date="2026-12-22",
           note="HTML with a little table; 'come d'accordo... quindi il 22 dicembre': a dated promise, not a dispute."))

M(persona="Immobiliare Santoro", frm="Avv. Giuseppe Santoro <g.santoro@immobiliaresantoro.it>", mua="outlook",
  date="2027-02-04 18:20",
  subj="R: Diffida di pagamento e costituzione in mora – fattura n. 69/2026", qstyle="outlook",
  q=("final", dict(client="Immobiliare Santoro S.r.l.", inv="69/2026", amount="2.440,00 €", due="2026-12-15",
                   issue="2026-11-15", deadline="2027-02-15",
                   fees=["Fattura n. 69/2026: 2.440,00 €",
                         "Interessi di mora dal 16/12/2026 al 02/02/2027 (49 giorni al 10,15%): 33,25 €",
                         "Risarcimento forfettario dei costi di recupero: 40,00 €",
                         "Totale: 2.513,25 €"], at="2027-02-03 09:00")),
  body="""Egregia dott.ssa Rossi,

riscontro la Sua del 3 febbraio. Non vi era alcuna necessità di ricorrere a una diffida: il ritardo è dovuto esclusivamente a un cambio di istituto bancario della società. Provvederemo al saldo entro il 15 febbraio come da Lei richiesto.

Distinti saluti
Avv. Giuseppe Santoro
Amministratore Unico – Immobiliare Santoro S.r.l.
Lecce""",
  lab=dict(kind="client-reply-promise", promised_date="2027-02-15",
           note="Stiff reply to a formal notice; annoyed but promises 'entro il 15 febbraio'. Not a dispute: does not contest amount or fees explicitly."))

M(persona="Sartoria Caruso", owner="serena", frm="Rosa Caruso <sartoriacaruso@gmail.com>", mua="gmail",
  date="2027-01-21 09:45", subj="Re: Sollecito di pagamento – fattura n. 2027/03",
  q=("reminder", dict(client="Sartoria Caruso", inv="2027/03", amount="183,00 €", due="2027-01-15")),
  body="""Buongiorno Serena, ti faccio il bonifico martedì prossimo che mi arriva un pagamento grosso. Scusa!!
Rosa""",
  lab=dict(kind="client-reply-promise", promised_date="2027-01-26",
           note="'martedì prossimo' written Thursday 21 Jan -> Tuesday 26 Jan."))

M(persona="Birrificio Valle Brembana", frm="Luca Pesenti <luca@birrificiovallebrembana.it>", mua="gmail",
  date="2026-12-21 16:05", subj="Re: Sollecito di pagamento – fattura n. 63/2026",
  q=("reminder", dict(client="Birrificio Valle Brembana", inv="63/2026", amount="671,00 €", due="2026-12-14")),
  body="""Ciao Alessandra,
da domani siamo chiusi per ferie fino al 6. La mettiamo in pagamento il 7 gennaio, alla riapertura, è la prima cosa che faccio. Scusa e buone feste!
Luca
(sì, le etichette della Natalina sono andate a ruba 🍺)""",
  lab=dict(kind="client-reply-promise", promised_date="2027-01-07",
           note="Closed for holidays until the 6th; 'il 7 gennaio' explicit. Not an auto-reply despite the holiday dates."))

M(persona="TrenTech Solutions", owner="paolo", frm="Accounts Payable TrenTech <ap@trentech.it>", mua="outlook",
  date="2027-01-27 10:33", subj="RE: Sollecito di pagamento – fattura n. FT27-003", qstyle="outlook",
  q=("reminder", dict(client="TrenTech Solutions S.r.l.", inv="FT27-003", amount="1.464,00 €", due="2027-01-20")),
  body="""Gentile Fornitore,

la fattura FT27-003 è stata approvata dal responsabile di commessa in data 26/01 e sarà pagata con il prossimo ciclo pagamenti, che si esegue il 10 di ogni mese.

Cordiali saluti
Ufficio Accounts Payable
TrenTech Solutions S.r.l. – Rovereto (TN)""",
  lab=dict(kind="client-reply-promise", promised_date="2027-02-10", reference="FT27-003",
           note="Next payment run 'il 10 di ogni mese', written 27 Jan -> 10 Feb. Note the 2027 number FT27-003."))

M(persona="Associazione Culturale Il Ponte", owner="serena", frm="Tesoriere Il Ponte <tesoriere@associazioneilponte.org>",
  mua="roundcube", date="2026-12-16 22:10", subj="Re: Sollecito di pagamento – fattura n. 2026/54", qstyle="roundcube",
  q=("reminder", dict(client="Associazione Culturale Il Ponte APS", inv="2026/54", amount="400,00 €",
                      due="2026-12-06")),
  body="""Cara Serena,
sono il nuovo tesoriere, mi hanno passato la pratica solo ieri sera. Il contributo del Comune per il festival non è ancora arrivato e senza quello la cassa è vuota. La settimana prossima dovremmo riceverlo e a quel punto ti paghiamo subito, mi scuso a nome di tutto il direttivo.

Marco Fadda
Tesoriere – Associazione Culturale Il Ponte APS""",
  lab=dict(kind="client-reply-promise",
           note="Volunteer treasurer; payment depends on a municipal grant 'la settimana prossima' -> vague."))


# ============================================================================================
# CLIENT REPLIES: DISPUTE
# ============================================================================================

M(persona="Enoteca Ghirardi", frm="Paolo Ghirardi <paolo@enotecaghirardi.it>", mua="gmail",
  date="2026-11-20 11:35", subj="Re: Promemoria fattura n. 41/2026",
  q=("due", dict(client="Enoteca Ghirardi", inv="41/2026", amount="1.159,00 €", due="2026-11-18", days_late=2)),
  body="""Buongiorno Alessandra,
prima di pagare devo capire una cosa: nel preventivo che mi aveva mandato a settembre erano 800 euro più IVA per logo e biglietti da visita, in fattura vedo 950 più IVA. Le 150 euro in più per cosa sono? Le modifiche al logo le avevamo concordate come comprese.
Mi faccia sapere, intanto la tengo ferma.
Paolo Ghirardi""",
  lab=dict(kind="client-reply-dispute",
           note="Quote said 800+IVA, invoice 950+IVA; payment withheld until clarified -> dispute (wrong amount)."))

M(persona="Moda Bellucci", owner="davide", frm="Ufficio Marketing Moda Bellucci <marketing@modabellucci.it>",
  mua="outlook", fmt="alt", date="2026-12-01 15:40", subj="R: Sollecito di pagamento – fattura n. DC-2026-041", qstyle="outlook",
  cc=["amministrazione@modabellucci.it"],
  q=("reminder", dict(client="Moda Bellucci S.r.l.", inv="DC-2026-041", amount="1.464,00 €", due="2026-11-25")),
  body="""Ciao Davide,

ho controllato con l'amministrazione: ci avete fatturato due volte la stessa giornata di shooting del 14 ottobre, una volta nella DC-2026-040 (che abbiamo pagato) e una volta in questa. Ci mandi per favore una nota di credito per la DC-2026-041 così l'amministrazione la chiude.

Grazie,
Chiara Bellucci
Marketing & Comunicazione""",
  lab=dict(kind="client-reply-dispute", reference="DC-2026-041",
           note="Claims the day was billed twice; asks for a credit note on this invoice. Mentions another invoice that was paid -> still dispute."))

M(persona="Hotel Belvedere Stresa", owner="paolo", frm="Riccardo Invernizzi <r.invernizzi@hotelbelvederestresa.it>",
  mua="gmail", date="2027-01-19 09:20", subj="Re: Secondo sollecito – fattura n. FT26-045",
  q=("late_fee", dict(client="Hotel Belvedere", inv="FT26-045", amount="2.928,00 €", due="2026-12-31",
                      deadline="2027-01-25", days_late=18)),
  body="""Paolo,
ti ho già scritto due volte su WhatsApp: il sito non funziona su mobile, il modulo prenotazioni da iPhone non invia niente e abbiamo perso almeno tre richieste a gennaio. La fattura la paghiamo quando il lavoro è finito e funziona, non prima. Mi sembra il minimo.
Riccardo""",
  lab=dict(kind="client-reply-dispute",
           note="Work not working (booking form on mobile); will pay only when fixed -> dispute."))

M(persona="Studio Legale Marchesini", owner="serena", frm="Avv. Elena Marchesini <e.marchesini@studiolegalemarchesini.it>",
  mua="outlook", fmt="alt", charset="cp1252-as-latin1", cte="quoted-printable",
  date="2026-12-10 12:02", subj="R: Sollecito di pagamento – fattura n. 2026/50", qstyle="outlook",
  q=("reminder", dict(client="Studio Legale Marchesini", inv="2026/50", amount="2.074,00 €", due="2026-12-01")),
  body="""Gentile dott.ssa Greco,

rispondo al Suo sollecito. Purtroppo la traduzione in inglese del contratto di distribuzione presentava numerose imprecisioni terminologiche (in particolare nelle clausole di recesso e di limitazione della responsabilità) e abbiamo dovuto farla rivedere da un collega madrelingua, con un costo aggiuntivo per lo Studio.

Alla luce di ciò, Le proponiamo di saldare il 70% dell'importo fatturato, a chiusura di ogni pendenza. Resto disponibile per un confronto telefonico.

Cordiali saluti
Avv. Elena Marchesini

Studio Legale Marchesini – Corso Vittorio Emanuele II 154 – 10138 Torino
Il presente messaggio è riservato e coperto da segreto professionale.""",
  lab=dict(kind="client-reply-dispute",
           note="Quality complaint, offers to pay 70% to settle -> dispute."))

M(persona="Pizzeria Bella Napoli Bergamo", frm="Pizzeria Bella Napoli <bellanapoli.bg@gmail.com>", mua="android",
  date="2026-11-28 23:10", subj="Re: Sollecito di pagamento – fattura n. 47/2026",
  q=("reminder", dict(client="Pizzeria Bella Napoli", inv="47/2026", amount="244,00 €", due="2026-11-20")),
  body="""Signora questa fattura e un doppione della 22/2026 che vi abbiamo gia pagato a giugno, e sempre il menu della pizzeria. Non dobbiamo niente. Controlli bene prima di mandare i solleciti""",
  lab=dict(kind="client-reply-dispute",
           note="Claims this invoice duplicates 22/2026 already paid -> already billed, refuses: dispute. The only number in the client's text is 22/2026 (the other, paid invoice), so no reference is labelled."))

M(persona="Tommaso Ferrante", owner="davide", frm="Tommaso Ferrante <tommaso.ferrante@yahoo.it>", mua="none",
  date="2026-12-12 00:44", subj="Re: Fattura n. DC-2026-038 – possibile sospensione dei servizi", qstyle="gmail",
  q=("suspension", dict(client="Tommaso Ferrante", inv="DC-2026-038", amount="650,00 €", due="2026-11-10",
                        deadline="2026-12-19", suspension="2026-12-20")),
  body="""Non pago niente finché non mi mandi i RAW originali del matrimonio come avevamo detto. Le 300 foto compresse non valgono 650 euro. Sospendi quello che vuoi.""",
  lab=dict(kind="client-reply-dispute",
           note="Refuses to pay until raw files are delivered; angry, midnight."))

M(persona="Consorzio Tutela Olio Sabina", frm="Consorzio Olio Sabina <segreteria@oliosabina.it>", mua="outlook",
  date="2026-12-17 11:11", subj="R: Secondo sollecito – fattura n. 58/2026", qstyle="outlook",
  q=("late_fee", dict(client="Consorzio Tutela Olio Sabina", inv="58/2026", amount="1.830,00 €", due="2026-11-30",
                      deadline="2026-12-23", days_late=16)),
  body="""Buongiorno dott.ssa Rossi,

abbiamo provveduto ieri al pagamento di € 1.000,00, corrispondenti alle 20 ore di grafica previste nell'incarico. Le ulteriori 10 ore indicate in fattura non sono mai state autorizzate dal Consiglio e pertanto non possono essere riconosciute.

Cordiali saluti
La Segreteria
Consorzio per la Tutela dell'Olio Extravergine di Oliva Sabina DOP""",
  lab=dict(kind="client-reply-dispute", amount="1000.00",
           note="Partial payment of 1000 + refusal of the extra hours -> dispute (amount = what they state as paid)."))

M(persona="Azienda Sanitaria Locale Ufficio Formazione", owner="serena",
  frm="UOC Gestione Economico Finanziaria <bilancio@asl-fake.it>", mua="none",
  date="2026-11-30 09:02", subj="Rif: Sollecito di pagamento – fattura n. 2026/46 – RIFIUTO", qstyle="none",
  q=("reminder", dict(client="Azienda Sanitaria Locale", inv="2026/46", amount="1.952,00 €", due="2026-11-20")),
  body="""In riscontro alla Vs. comunicazione si rappresenta che la fattura elettronica n. 2026/46 è stata RIFIUTATA tramite Sistema di Interscambio in data 12/11/2026 con la seguente motivazione: "fattura priva del codice CIG e degli estremi dell'atto di affidamento (Delibera n. 887/2026) - dati obbligatori ai sensi della L. 136/2010".

Pertanto la stessa non può essere liquidata. Si invita codesta ditta a emettere nota di credito a storno integrale e nuovo documento completo dei dati richiesti.

UOC Gestione Economico Finanziaria
Settore Ciclo Passivo
(messaggio generato dall'ufficio, non rispondere a questo indirizzo)""",
  lab=dict(kind="client-reply-dispute", reference="2026/46",
           note="Public health authority: invoice rejected via SdI for missing CIG, will not be paid, asks for credit note -> dispute. Written by a human office despite 'non rispondere'."))

M(persona="Autotrasporti Gualtieri", frm="Amministrazione Gualtieri <amministrazione@autotrasportigualtieri.it>",
  mua="outlook", date="2027-01-12 16:48", subj="R: Secondo sollecito – fattura n. 66/2026", qstyle="outlook",
  q=("late_fee", dict(client="Autotrasporti Gualtieri S.r.l.", inv="66/2026", amount="915,00 €", due="2026-12-15",
                      deadline="2027-01-19", days_late=27,
                      fees=["Fattura n. 66/2026: 915,00 €",
                            "Interessi di mora dal 16/12/2026 all'11/01/2027 (27 giorni al 10,15%): 6,87 €",
                            "Risarcimento forfettario dei costi di recupero: 40,00 €",
                            "Totale: 961,87 €"], at="2027-01-12 09:00")),
  body="""Buongiorno,
gli interessi moratori e i 40 euro non li riconosciamo, non erano previsti in nessun accordo e tra noi c'è sempre stato un rapporto di fiducia. Pagheremo il solo importo della fattura (915,00) entro fine mese.
Distinti saluti
Gualtieri""",
  lab=dict(kind="client-reply-dispute", amount="915.00",
           note="Contests late-payment interest and the 40 euro; will pay only the invoice amount by month end -> dispute > promise (no promised_date on a dispute)."))

M(persona="Rossi Impianti", owner="paolo", frm="Rossi Impianti <info@rossiimpiantisrls.it>", mua="gmail",
  date="2026-11-16 10:25", subj="Re: Promemoria: fattura n. FT26-033 in scadenza",
  q=("courtesy", dict(client="Rossi Impianti srl", inv="FT26-033", amount="793,00 €", due="2026-11-20",
                      issue="2026-10-21")),
  body="""Buongiorno Paolo, la fattura è intestata a Rossi Impianti srl ma noi siamo Rossi Impianti SRLS, con un'altra partita IVA (03987650167). Così il commercialista non ce la fa registrare, va annullata con nota di credito e rifatta. Appena arriva quella giusta paghiamo.
Grazie
Barbara""",
  lab=dict(kind="client-reply-dispute",
           note="Wrong company/VAT on the invoice; wants credit note and reissue before paying -> dispute (conditional payment)."))

M(persona="Gommista Pagano", frm="GOMMISTA PAGANO <gommistapagano@gmail.com>", mua="android", qstyle="samsung",
  date="2026-12-05 08:02", subj="Re: Sollecito di pagamento – fattura n. 54/2026",
  q=("reminder", dict(client="Gommista Pagano", inv="54/2026", amount="427,00 €", due="2026-11-28")),
  body="""MA STATE SCHERZANDO??? IL VOLANTINO NON E MAI STATO CONSEGNATO, LO ASPETTO DA OTTOBRE. PRIMA CONSEGNATE E POI CHIEDETE I SOLDI!!!!!!""",
  lab=dict(kind="client-reply-dispute", note="All caps: work never delivered -> dispute."))

M(persona="Bottega Romana Mastrangelo", owner="paolo", frm="Er Mastrangelo <mastrangelo.bottega@gmail.com>",
  mua="iphone", date="2026-11-19 19:30", subj="Re: Promemoria fattura n. FT26-034", qstyle="apple",
  q=("due", dict(client="Bottega Mastrangelo", inv="FT26-034", amount="610,00 €", due="2026-11-18", days_late=1)),
  body="""A Paolo ma che me stai a fattura'? Avevamo detto 500 tutto compreso, mo' me ne chiedi 610? L'IVA chi te l'ha chiesta. Quando passi de qua ne parlamo, ma 610 nun te li do.

Inviato da iPhone""",
  lab=dict(kind="client-reply-dispute",
           note="Roman dialect: agreed 500 'tutto compreso', invoice 610 (500+IVA) -> refuses: dispute."))

M(persona="Farmacia San Rocco", frm="Farmacia San Rocco <farmaciasanrocco@federfarma-mail.it>", mua="outlook",
  date="2026-12-04 13:50", subj="R: Sollecito di pagamento – fattura n. 50/2026", qstyle="outlook",
  q=("reminder", dict(client="Farmacia San Rocco", inv="50/2026", amount="366,00 €", due="2026-11-27")),
  body="""Buongiorno,
non ci risulta di aver mai ordinato questo servizio. Nessuno in farmacia le ha chiesto il restyling della vetrina digitale, forse c'è stato un equivoco con la farmacia di Vercelli che ha il nostro stesso nome. Non riteniamo di dover pagare nulla.
Dott.ssa Carla Pozzi""",
  lab=dict(kind="client-reply-dispute", note="Never ordered the service; refuses -> dispute."))

M(persona="Eventi Sposi Dream", owner="davide", frm="Eleonora Cattaneo <eleonora@dreamsposi.it>", mua="gmail", fmt="alt",
  date="2027-01-15 12:40", subj="Re: Sollecito di pagamento – fattura n. DC-2026-046",
  q=("reminder", dict(client="Dream Sposi Wedding Planner", inv="DC-2026-046", amount="1.830,00 €", due="2027-01-08")),
  body="""Ciao Davide,
possiamo chiudere a 1.500 invece di 1.830? La sposa ci ha tagliato il budget all'ultimo e noi ci abbiamo rimesso su tutto l'evento. So che non è colpa tua, ma se mi vieni incontro ti giro altri due matrimoni in primavera.
Fammi sapere
Ele""",
  lab=dict(kind="client-reply-dispute", note="Asks for a discount (1500 instead of 1830) in exchange for future referrals -> dispute. No amount: 1500 is only a proposal."))

M(persona="Cooperativa Sociale Arcobaleno", owner="serena", frm="Amministrazione Coop Arcobaleno <amministrazione@cooparcobaleno.it>",
  mua="outlook", date="2026-12-09 10:15", subj="R: Sollecito di pagamento – fattura n. 2026/56", qstyle="outlook",
  q=("reminder", dict(client="Cooperativa Sociale Arcobaleno", inv="2026/56", amount="1.220,00 €", due="2026-11-30")),
  body="""Buongiorno dott.ssa Greco,

nella fattura non è stata applicata la ritenuta d'acconto del 20%: la cooperativa è sostituto d'imposta e non possiamo pagare l'importo lordo. La fattura va corretta (nota di credito e nuova fattura con l'indicazione della ritenuta) prima di poter procedere.

Cordiali saluti
Ufficio Amministrazione
Cooperativa Sociale Arcobaleno – Reggio Emilia""",
  lab=dict(kind="client-reply-dispute",
           note="Says the invoice is wrong (withholding tax not applied), must be corrected before payment -> dispute."))

M(persona="Ristorante La Pergola Sorrento", owner="davide", frm="La Pergola Sorrento <info@lapergolasorrento.it>",
  mua="gmail", date="2026-11-13 15:15", subj="Re: Promemoria: fattura n. DC-2026-037 in scadenza",
  q=("courtesy", dict(client="Ristorante La Pergola", inv="DC-2026-037", amount="1.220,00 €", due="2026-11-15",
                      issue="2026-10-16")),
  body="""Buongiorno Davide,
le foto dei piatti sono bellissime, quelle della sala no: le 20 del secondo giorno sono quasi tutte mosse o sfocate, le abbiamo mostrate anche al nostro social media manager. Paghiamo volentieri la prima giornata ma per la seconda chiediamo uno sconto, oppure che torni a rifarle quando riapriamo a marzo.
Cordiali saluti
Gianni Aiello""",
  lab=dict(kind="client-reply-dispute", note="Quality issue on part of the work; pays part and asks discount or redo -> dispute."))

M(persona="Grande Distribuzione Nord Est", frm="Ufficio Fornitori GDNE <fornitori@gdne-spa.it>", mua="outlook", fmt="alt",
  charset="cp1252-as-latin1", cte="quoted-printable",
  date="2026-12-22 11:30", subj="R: Sollecito di pagamento – fattura n. 61/2026", qstyle="outlook",
  q=("reminder", dict(client="Grande Distribuzione Nord Est S.p.A.", inv="61/2026", amount="4.880,00 €",
                      due="2026-12-15")),
  body="""Spett.le fornitore,

la Vs. fattura n. 61/2026 del 15/11/2026 non è conforme al nostro ordine d'acquisto n. 7781: l'ordine prevede € 3.800,00 + IVA (€ 4.636,00) per l'impaginazione dei volantini promozionali, mentre in fattura sono addebitati € 4.000,00 + IVA per una revisione supplementare mai ordinata. La fattura è stata pertanto bloccata e dovrà essere stornata con nota di credito e riemessa conforme all'ordine.

Segnaliamo inoltre che, come previsto dall'art. 7 delle Condizioni Generali di Acquisto da Voi sottoscritte, il pagamento è a 90 giorni data fattura fine mese: il sollecito non è fondato e nessun interesse potrà esserci addebitato.

Distinti saluti
Ufficio Fornitori
Grande Distribuzione Nord Est S.p.A.""",
  lab=dict(kind="client-reply-dispute", reference="61/2026",
           note="Invoice does not match the purchase order (extra revision never ordered), blocked, credit note required; also contests the due date and interest -> dispute."))

M(persona="Arredamenti Dal Bosco", owner="davide", frm="Giorgio Dal Bosco <giorgio@arredamentidalbosco.it>",
  mua="tb", charset="utf-8", cte="8bit",
  date="2026-12-14 18:10", subj="Re: Sollecito di pagamento – fattura n. DC-2026-045", qstyle="tb",
  q=("reminder", dict(client="Arredamenti Dal Bosco", inv="DC-2026-045", amount="976,00 €", due="2026-12-05")),
  body="""Davide,
le ore che hai messo in fattura non tornano. Lo shooting in showroom è durato dalle 9 alle 13, quattro ore, e tu ne fatturi otto. La post-produzione non l'avevamo chiesta, bastavano le foto come uscivano.
Mandami una fattura con quattro ore e te la pago subito.
Giorgio""",
  lab=dict(kind="client-reply-dispute", note="Contests the hours billed; will pay only a corrected invoice."))

M(persona="Webfarm Hosting clienti", owner="paolo", frm="Mauro Benedetti <mauro@benedettiassicurazioni.it>",
  mua="outlook", date="2027-02-15 09:40",
  subj="RE: Fattura n. FT27-005 – possibile sospensione dei servizi", qstyle="outlook",
  q=("suspension", dict(client="Benedetti Assicurazioni sas", inv="FT27-005", amount="244,00 €", due="2027-01-31",
                        deadline="2027-02-22", suspension="2027-02-23")),
  body="""Paolo,
non puoi sospendere niente: il dominio è intestato a noi e i contenuti sono nostri. E comunque la fattura è sbagliata, perché include il rinnovo annuale della manutenzione che avevamo disdetto a settembre con PEC (te la rigiro se serve). L'hosting (60 euro) te lo pago, la manutenzione no.

Mauro Benedetti""",
  lab=dict(kind="client-reply-dispute",
           note="Reply to suspension notice: says maintenance renewal was cancelled by PEC; will pay only the hosting part -> dispute."))

M(persona="Editrice Lumen", owner="serena", frm="Redazione Editrice Lumen <redazione@editricelumen.it>", mua="gmail",
  date="2027-01-28 17:05", subj="Re: Sollecito di pagamento – fattura n. 2027/01",
  q=("reminder", dict(client="Editrice Lumen", inv="2027/01", amount="1.220,00 €", due="2027-01-20")),
  body="""Gentile Serena,
come da contratto (art. 5) era prevista una penale del 10% per ogni settimana di ritardo nella consegna, e la traduzione ci è arrivata con una settimana di ritardo rispetto al 15 dicembre. Pagheremo quindi 1.098 euro, al netto della penale. Il bonifico partirà a inizio febbraio.
Cordialmente
Beatrice Fontana
Responsabile editoriale""",
  lab=dict(kind="client-reply-dispute", amount="1098.00",
           note="Applies a contractual late-delivery penalty and will pay only 1098 (of 1220) 'a inizio febbraio' -> dispute; accepted amount 1098."))


# ============================================================================================
# CLIENT REPLIES: OTHER (questions, forwards, acknowledgements)
# ============================================================================================

M(persona="Parrucchiera Stefania", frm="Stefania Acconcia <stefania.acconciature@gmail.com>", mua="android",
  date="2026-11-18 14:10", subj="Re: Promemoria fattura n. 39/2026",
  q=("due", dict(client="Stefania Acconcia", inv="39/2026", amount="146,40 €", due="2026-11-16", days_late=2)),
  body="""Ciao Alessandra mi rimandi la fattura? non la trovo piu, credo di averla cancellata per sbaglio. Grazie""",
  lab=dict(kind="client-reply-other", note="Asks to resend the invoice; no payment claim or promise."))

M(persona="Ferrovie Regionali Servizi", owner="paolo", frm="Procurement FRS <procurement@frservizi.it>", mua="outlook", fmt="alt",
  date="2026-12-07 10:00", subj="R: Sollecito di pagamento – fattura n. FT26-040", qstyle="outlook",
  q=("reminder", dict(client="FR Servizi S.p.A.", inv="FT26-040", amount="6.100,00 €", due="2026-11-30")),
  body="""Gentile Fornitore,

per poter procedere alla registrazione e al pagamento, la fattura elettronica deve riportare nel campo 2.1.2 <DatiOrdineAcquisto> il numero dell'Ordine di Acquisto (OdA n. 4500123456 del 12/09/2026) e il codice CUP indicato nell'ordine. La fattura trasmessa ne è priva ed è stata sospesa nel nostro workflow.

La preghiamo di verificare e di contattarci per le modalità di regolarizzazione.

Cordiali saluti
Procurement – Ciclo Passivo
FR Servizi S.p.A.""",
  lab=dict(kind="client-reply-other",
           note="PO number missing in the e-invoice; asks to check and contact them. No rejection or contest of the amount -> other (PO number needed)."))

M(persona="Agenzia Immobiliare Casa Tua", frm="Debora Villa <debora@casatua-immobiliare.it>", mua="gmail",
  date="2026-12-16 15:55", subj="Re: Sollecito di pagamento – fattura n. 56/2026",
  q=("reminder", dict(client="Agenzia Immobiliare Casa Tua", inv="56/2026", amount="671,00 €", due="2026-12-09")),
  body="""Buongiorno Alessandra,
prima di pagare volevo chiederle una conferma: la settimana scorsa ci è arrivata una mail, apparentemente da lei, con un IBAN diverso (di una banca lituana) e la richiesta di usare quello "per un cambio di banca". È vero o è una truffa? Non vorrei pagare due volte o pagare chi non devo.
Mi richiami pure al 039 600 1234.
Debora""",
  lab=dict(kind="client-reply-other",
           note="Suspected IBAN-change fraud; asks for confirmation before paying -> question, not a promise."))

M(persona="Lavanderia Industriale Brivio", frm="Massimo Brivio <massimo@lavanderiabrivio.it>", mua="outlook",
  to=["Alessandra Rossi <alessandra@example.it>"], cc=["Laura Colombo <amministrazione@lavanderiabrivio.it>"],
  date="2026-11-30 08:55", subj="R: Sollecito di pagamento – fattura n. 52/2026", qstyle="outlook",
  q=("reminder", dict(client="Lavanderia Industriale Brivio", inv="52/2026", amount="793,00 €", due="2026-11-23")),
  body="""Giro alla nostra amministrazione in copia.
Laura, puoi verificare tu per cortesia e rispondere direttamente alla signora Rossi?

Massimo Brivio""",
  lab=dict(kind="client-reply-other", note="Forwarded to accounts with cc; no claim."))

M(persona="Scuola di Musica Armonia", owner="serena", frm="Scuola di Musica Armonia <info@scuolaarmonia.it>", mua="gmail",
  date="2026-11-09 18:30", subj="Re: Fattura n. 2026/47",
  q=("invoice", dict(client="Scuola di Musica Armonia", inv="2026/47", amount="305,00 €", due="2026-12-09",
                     subject_line="alla traduzione del regolamento per gli studenti Erasmus", at="2026-11-09 12:00")),
  body="""Ricevuta, grazie!
Daniela""",
  lab=dict(kind="client-reply-other", note="'Ricevuta, grazie' acknowledging the invoice mail: not a payment."))

M(persona="Idraulica Moretti", owner="davide", frm="Idraulica Moretti <idraulicamoretti@alice.it>", mua="none",
  charset="cp1252-as-latin1", cte="8bit",
  date="2026-12-17 09:30", subj="Re: Sollecito di pagamento – fattura n. DC-2026-033", qstyle="tb",
  q=("reminder", dict(client="Idraulica Moretti", inv="DC-2026-033", amount="305,00 €", due="2026-12-10")),
  body="""Buongiorno, scusi ma a quale fattura si riferisce? A noi non risulta nessuna DC-2026-033, abbiamo solo la DC-2026-021 di luglio per le foto del furgone. Me la può rimandare?
Moretti""",
  lab=dict(kind="client-reply-other", reference="DC-2026-033",
           note="Which invoice? They cannot find it and ask to resend: a question, not (yet) a dispute."))

M(persona="Azienda Agricola Fontanafredda", frm="Carlo Bosio <carlo.bosio@aziendaagricolabosio.it>", mua="iphone",
  date="2027-01-11 13:15", subj="Re: Secondo sollecito – fattura n. 67/2026", qstyle="apple",
  q=("late_fee", dict(client="Azienda Agricola Bosio", inv="67/2026", amount="1.098,00 €", due="2026-12-20",
                      deadline="2027-01-18", days_late=21)),
  body="""Alessandra mi chiami domani mattina? Ci sono un paio di cose da chiarire su questa fattura e sulle etichette del Barbera, per mail faccio fatica. Dopo le 10, prima sono in vigna.
Carlo

Inviato da iPhone""",
  lab=dict(kind="client-reply-other", note="Asks for a call; 'cose da chiarire' without stating a contest -> other."))

M(persona="Pasta Fresca Nonna Pina", frm="Pina Calabrò <nonnapina.pastafresca@gmail.com>", mua="gmail", fmt="alt",
  date="2026-12-01 17:25", subj="Re: Promemoria fattura n. 34/2026 + nuovo lavoro",
  q=("due", dict(client="Pasta Fresca Nonna Pina", inv="34/2026", amount="244,00 €", due="2026-11-29",
                 days_late=2, at="2026-12-01 09:00")),
  body="""Alessandra buonasera,
ti mando qui le foto dei nuovi formati (fileja, maccheroni al ferretto e i ravioli con la 'nduja) per le etichette nuove. Mia figlia dice che il verde del logo va bene ma vorrebbe la scritta più grande. Quando possiamo vederci? Io sono in laboratorio tutte le mattine.
Un saluto da Vibo
Pina""",
  lab=dict(kind="client-reply-other",
           note="Replies to the reminder only to talk about new work; says nothing about the invoice -> other."))

M(persona="Officina Meccanica Sarti", owner="paolo", frm="Nadia Sarti <nadia@officinasarti.it>", mua="gmail",
  date="2026-11-27 11:50", subj="Re: Sollecito di pagamento – fattura n. FT26-032",
  q=("reminder", dict(client="Officina Meccanica Sarti", inv="FT26-032", amount="488,00 €", due="2026-11-20")),
  body="""Buongiorno Paolo,
la fattura non ci è mai arrivata nel cassetto fiscale, il commercialista dice che allo SdI non c'è. Può verificare il codice destinatario? Il nostro è M5UXCR1 (lo trova anche nella visura). Appena la vediamo la registriamo.
Nadia""",
  lab=dict(kind="client-reply-other", note="E-invoice not received via SdI; asks to check the recipient code -> question."))

M(persona="Gruppo Vitale Costruzioni", owner="serena", frm="Antonio Vitale <a.vitale@vitalecostruzioni.it>",
  mua="outlook", cc=["Dario Bianchi <d.bianchi@vitalecostruzioni.it>"],
  date="2027-01-25 09:10", subj="R: Sollecito di pagamento – fattura n. 2027/02", qstyle="outlook",
  q=("reminder", dict(client="Vitale Costruzioni S.p.A.", inv="2027/02", amount="3.172,00 €", due="2027-01-18")),
  body="""Gentile Serena,

da questo mese ho lasciato la direzione amministrativa di Vitale Costruzioni. Per tutto ciò che riguarda fatture e pagamenti il riferimento è ora il collega Dario Bianchi, che metto in copia.

Un caro saluto e grazie per la collaborazione di questi anni.
Antonio Vitale""",
  lab=dict(kind="client-reply-other", note="Human hand-over to a colleague (not an auto-reply); no payment info."))

M(persona="Martina Conti omonima", frm="Martina Conti <martina.conti88@gmail.com>", mua="gmail",
  date="2026-12-04 21:40", subj="Re: Sollecito di pagamento – fattura n. 35/2026",
  q=("reminder", dict(client="Martina Conti", inv="35/2026", amount="390,40 €", due="2026-11-27")),
  body="""Buonasera, credo che abbia sbagliato indirizzo: io sono un'altra Martina Conti, insegno a Pavia e non ho mai avuto a che fare con lei. Le conviene ricontrollare l'email del suo cliente. Buona serata""",
  lab=dict(kind="client-reply-other",
           note="Wrong recipient (namesake); not a dispute of the invoice by the client."))

M(persona="Studio Tributario Lanza", frm="Studio Lanza <segreteria@studiolanza.it>", mua="outlook",
  date="2026-12-10 12:30", subj="R: Promemoria fattura n. 36/2026", qstyle="outlook",
  q=("due", dict(client="Studio Tributario Lanza", inv="36/2026", amount="1.220,00 €", due="2026-12-09",
                 days_late=1)),
  body="""Buongiorno,
per la registrazione il dottore chiede se Lei è in regime forfettario o ordinario: in fattura non è indicata la ritenuta d'acconto e ci serve saperlo per il pagamento e per la certificazione. Ci può rispondere anche brevemente?
Grazie
Segreteria Studio Lanza""",
  lab=dict(kind="client-reply-other",
           note="Accounting question (forfettario or not, withholding) without claiming the invoice is wrong -> other."))

M(persona="B&B Il Gelso", owner="davide", frm="Alberto Neri <ilgelso.bb@gmail.com>", mua="gmail",
  date="2027-01-19 10:22", subj="Re: Secondo sollecito – fattura n. DC-2027-001",
  q=("late_fee", dict(client="Alberto Neri", inv="DC-2027-001", amount="420,00 €", due="2027-01-10",
                      deadline="2027-01-26", days_late=8)),
  body="""Ciao Davide, nel tuo messaggio parli di interessi: quanto devo esattamente in totale a oggi? Mi mandi la cifra precisa così non sbaglio?
Alberto""",
  lab=dict(kind="client-reply-other", note="Asks for the exact total with interest: a question only."))

M(persona="Cinzia Lombardi", owner="serena", frm="Cinzia Lombardi <cinzia.lombardi@libero.it>", mua="libero",
  date="2027-02-08 22:50", subj="R: Diffida di pagamento e costituzione in mora – fattura n. 2026/57",
  qstyle="libero",
  q=("final", dict(client="Cinzia Lombardi", inv="2026/57", amount="488,00 €", due="2026-12-20",
                   issue="2026-11-20", deadline="2027-02-18")),
  body="""Gentile Serena,
le scrivo con molta difficoltà. Ho perso il lavoro a novembre e sono rimasta indietro con tutto, non solo con lei. Non voglio sparire e non contesto niente, il lavoro era fatto benissimo. Possiamo sentirci per telefono e capire insieme come fare? Il mio numero è 347 112 2334, di solito sono a casa.
Cinzia""",
  lab=dict(kind="client-reply-other",
           note="Hardship, asks for a call, no promise and no dispute ('non contesto niente') -> other."))

M(persona="Gelateria Polare", frm="Gelateria Polare <gelateriapolare@gmail.com>", mua="iphone",
  date="2026-12-03 10:05", subj="Re: Pagamento ricevuto – fattura n. 37/2026", qstyle="apple",
  q=("thank_you", dict(client="Gelateria Polare", inv="37/2026", amount="366,00 €", paid_on="2026-12-01")),
  body="""Grazie a te Ale! Alla prossima, a primavera rifacciamo il menù dei gusti 🍦

Inviato da iPhone""",
  lab=dict(kind="client-reply-other",
           note="Reply to the thank-you for payment: quoted text says payment received, but the client's text is just thanks -> other."))

M(persona="Consulenze Ambientali Greenwise", owner="paolo", frm="Marina Ponti <marina.ponti@greenwise.it>",
  mua="gmail", date="2026-12-21 12:00", subj="Re: Fattura n. FT26-046",
  q=("invoice", dict(client="Greenwise srl", inv="FT26-046", amount="1.830,00 €", due="2027-01-20",
                     subject_line="allo sviluppo della dashboard ESG", at="2026-12-21 09:30")),
  body="""Ciao Paolo, grazie. Per le prossime fatture però ti chiedo di intestarle a Greenwise Holding srl (P.IVA 12345670963, stesso indirizzo): da gennaio i servizi IT li paga la holding. Questa va bene così.
Marina""",
  lab=dict(kind="client-reply-other", note="Instructions for future invoices; this one is fine -> other (not a dispute)."))

M(persona="Laboratorio Orafo Fumagalli", frm="Enrico Fumagalli <enrico@orafofumagalli.it>", mua="apple",
  date="2027-01-14 16:40", subj="Re: Sollecito di pagamento – fattura n. 71/2026", qstyle="apple",
  q=("reminder", dict(client="Laboratorio Orafo Fumagalli", inv="71/2026", amount="549,00 €", due="2027-01-08")),
  body="""Buongiorno Alessandra,
posso pagare con carta di credito invece che con bonifico? Se mi manda un link di pagamento (PayPal, Stripe, quello che usa lei) per me è più comodo, con la carta aziendale accumulo i punti.
Enrico""",
  lab=dict(kind="client-reply-other",
           note="Asks whether he can pay by card and for a payment link: a question, no promise or claim."))

M(persona="Gruppo Vitale Costruzioni", owner="serena", frm="Dario Bianchi <d.bianchi@vitalecostruzioni.it>",
  mua="outlook", date="2027-01-26 14:35", subj="R: Sollecito di pagamento – fattura n. 2027/02", qstyle="none",
  q=("reminder", dict(client="Vitale Costruzioni S.p.A.", inv="2027/02", amount="3.172,00 €", due="2027-01-18")),
  body="""Buongiorno dott.ssa Greco,

come anticipato dal collega Vitale, subentro io. Mi può reinviare la fattura 2027/02 in PDF insieme alla lettera d'incarico firmata? Devo ricostruire il fascicolo per l'approvazione interna.

Cordiali saluti
Dario Bianchi
Amministrazione – Vitale Costruzioni S.p.A.""",
  lab=dict(kind="client-reply-other", reference="2027/02",
           note="Same company as the hand-over message; asks for documents for internal approval -> other."))

M(persona="Camping Le Dune", frm="Camping Le Dune <info@campingledune-sardegna.it>", mua="gmail",
  date="2026-12-23 11:11", subj="Re: Sollecito di pagamento – fattura n. 73/2026",
  q=("reminder", dict(client="Camping Le Dune", inv="73/2026", amount="1.464,00 €", due="2026-12-16")),
  body="""Buongiorno, la titolare Sig.ra Deiana è fuori sede fino a metà gennaio e le pratiche amministrative le segue solo lei. Ho girato il suo messaggio sul suo cellulare. Le auguriamo buone feste.
Maria (reception)""",
  lab=dict(kind="client-reply-other",
           note="A human at reception (not an auto-reply) says the owner is away and the message was forwarded -> other."))


# ============================================================================================
# MACHINE MAIL: payment notifications (money coming IN)
# ============================================================================================

def MM(**kw):
    kw["machine"] = True
    MESSAGES.append(kw)


def bank_html(title, rows, foot, color="#0a5c36"):
    r = "\n".join(f'<tr><td style="padding:6px 12px;color:#555">{html.escape(k)}</td>'
                  f'<td style="padding:6px 12px;font-weight:bold">{html.escape(v)}</td></tr>' for k, v in rows)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">'
            f'<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:{color};'
            f'color:#fff;padding:18px;font-size:20px">{html.escape(title)}</td></tr><tr><td style="padding:18px">'
            f'{{intro}}<table cellpadding="0" cellspacing="0" style="margin:12px 0;border:1px solid #ddd">{r}</table>'
            f'<p style="font-size:11px;color:#888">{foot}</p></td></tr></table></body></html>\n')


_intesa_rows = [("Data operazione", "26/01/2027"), ("Importo", "+ 2.013,00 EUR"),
                ("Ordinante", "CARTOTECNICA VENETA SRL"), ("Causale", "PAGAMENTO FATTURA N. 1/2027 ROSSI"),
                ("Conto", "IT60 X054 **** **** **** 3456")]
MM(persona="Intesa Sanpaolo", frm="Intesa Sanpaolo <notifiche@intesasanpaolo.com>",
   to="alessandra@example.it", date="2027-01-26 14:02", subj="Hai ricevuto un bonifico",
   headers=["X-Mailer: ISP Notification Service", "Auto-Submitted: auto-generated"],
   content=multipart("alternative", [
       leaf("text/plain", """Gentile Cliente,

ti informiamo che sul tuo conto è stato accreditato un bonifico in entrata.

Data operazione: 26/01/2027
Importo: + 2.013,00 EUR
Ordinante: CARTOTECNICA VENETA SRL
Causale: PAGAMENTO FATTURA N. 1/2027 ROSSI
Conto: IT60 X054 **** **** **** 3456

Puoi consultare il dettaglio dei movimenti nell'app Intesa Sanpaolo Mobile o su intesasanpaolo.com.

Questo è un messaggio automatico, ti preghiamo di non rispondere.
Intesa Sanpaolo S.p.A. - Sede legale: Piazza San Carlo 156, 10121 Torino
""", "utf-8", "quoted-printable"),
       leaf("text/html", bank_html("Bonifico in entrata", _intesa_rows,
                                   "Messaggio automatico, non rispondere. Intesa Sanpaolo S.p.A.").replace(
           "{intro}", "<p>Gentile Cliente,<br>sul tuo conto è stato accreditato un bonifico.</p>"),
            "utf-8", "quoted-printable")], "=_intesa_" + h8("intesa", n=10)),
   lab=dict(kind="payment-notification", amount="2013.00", reference="1/2027",
            note="Intesa incoming transfer alert (multipart/alternative); causale names the invoice."))

_uc_rows = [("Tipo operazione", "Accredito bonifico SEPA"), ("Importo", "3.050,00 EUR"),
            ("Data valuta", "22/12/2026"), ("Ordinante", "GRUPPO ALIMENTARE VALTELLINA SPA"),
            ("Descrizione", "PAGAMENTO FT DC-2026-031 FORN F-004417")]
MM(persona="UniCredit", frm="UniCredit <notifiche@unicredit.it>", to="davide@colombofoto.it",
   date="2026-12-22 07:31", subj="UniCredit - Notifica accredito sul conto corrente",
   headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
   content=leaf("text/html", bank_html("Notifica movimenti", _uc_rows,
                                       "La presente comunicazione è generata automaticamente dal servizio "
                                       "Notifiche UniCredit. Per modificare le preferenze accedi a Banca via "
                                       "Internet.", color="#e2001a").replace(
       "{intro}", "<p>Gentile DAVIDE COLOMBO,<br>ti segnaliamo il seguente movimento sul conto "
                  "****2345:</p>"), "utf-8", "base64"),
   lab=dict(kind="payment-notification", amount="3050.00", reference="DC-2026-031",
            note="UniCredit HTML-only alert, base64; incoming SEPA credit."))

MM(persona="Poste Italiane BancoPosta", frm="BancoPosta <noreply@posteitaliane.it>", to="alessandra@example.it",
   date="2027-01-21 10:44", subj="BancoPosta: hai ricevuto un bonifico",
   headers=["Auto-Submitted: auto-generated"],
   content=leaf("text/plain", """Gentile Cliente,

ti informiamo che in data 21/01/2027 è stato accreditato sul tuo Conto BancoPosta n. ****3456 un bonifico di 120,00 euro.

Ordinante: ZANETTI ROMANO
Causale: FATTURA 3 2027 BIGLIETTI VISITA

Per maggiori dettagli accedi all'App BancoPosta o all'area riservata di poste.it.

Attenzione: Poste Italiane non ti chiederà mai codici o credenziali via email o SMS.

Poste Italiane S.p.A. - Patrimonio BancoPosta
Questa è una comunicazione automatica, si prega di non rispondere.
""", "utf-8", "8bit"),
   lab=dict(kind="payment-notification", amount="120.00", reference="3/2027",
            note="BancoPosta credit alert; causale 'FATTURA 3 2027' -> 3/2027."))

MM(persona="Satispay", frm="Satispay <no-reply@satispay.com>", to="alessandra@example.it",
   date="2026-11-12 20:39", subj="Hai ricevuto 150,00 € da Giorgia M.",
   headers=["Auto-Submitted: auto-generated", "List-Unsubscribe: <https://www.satispay.com/it-it/unsubscribe>"],
   content=multipart("alternative", [
       leaf("text/plain", """Ciao Alessandra,

Giorgia M. ti ha appena inviato 150,00 €.

Messaggio: "fattura yoga 🙏"

Li trovi già nel tuo saldo Satispay. Puoi trasferirli sul tuo conto in qualsiasi momento dall'app.

Il team Satispay
""", "utf-8", "quoted-printable"),
       leaf("text/html", """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<div style="max-width:480px;margin:auto;background:#fff;padding:24px;border-radius:12px">
<p style="font-size:28px;color:#f94c43;margin:0">+150,00 €</p>
<p>Ciao Alessandra,<br><b>Giorgia M.</b> ti ha appena inviato 150,00 €.</p>
<p style="background:#f0f0f0;padding:10px;border-radius:8px">"fattura yoga 🙏"</p>
<p>Li trovi già nel tuo saldo Satispay.</p><p style="color:#999;font-size:11px">Satispay Europe S.A.</p></div>
</body></html>""", "utf-8", "quoted-printable")], "sp_" + h8("satispay", n=16)),
   lab=dict(kind="payment-notification", amount="150.00",
            note="Satispay P2P money received, with a short message; pairs with the yoga client reply."))

MM(persona="PayPal", frm="service@paypal.it", to="alessandra@example.it",
   date="2027-01-15 09:12", subj="Hai ricevuto un pagamento",
   headers=["X-Email-Type-Id: PP1011", "Auto-Submitted: auto-generated"],
   content=multipart("alternative", [
       leaf("text/plain", """Hai ricevuto 549,00 EUR da Enrico Fumagalli

Enrico Fumagalli ti ha inviato 549,00 EUR.

Nota di Enrico Fumagalli:
"Saldo fattura 71/2026, grazie"

Dettagli transazione
ID transazione: 7KX19882LM4405931
Data transazione: 15 gennaio 2027
Importo ricevuto: 549,00 EUR
Commissione: -19,57 EUR
Importo netto: 529,43 EUR

Il denaro è disponibile nel tuo conto PayPal.

Aiuto e contatti | Sicurezza | App
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Lussemburgo
""", "windows-1252", "quoted-printable"),
       leaf("text/html", """<html><body style="font-family:Arial">
<table width="100%"><tr><td align="center"><table width="560">
<tr><td><img src="https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.svg" alt="PayPal" height="32"></td></tr>
<tr><td style="font-size:24px;padding:20px 0">Hai ricevuto 549,00&nbsp;EUR da Enrico Fumagalli</td></tr>
<tr><td>Nota di Enrico Fumagalli:<br><i>"Saldo fattura 71/2026, grazie"</i></td></tr>
<tr><td style="padding-top:16px">ID transazione: 7KX19882LM4405931<br>Importo ricevuto: 549,00 EUR<br>Commissione: -19,57 EUR<br>Importo netto: 529,43 EUR</td></tr>
</table></td></tr></table></body></html>""", "windows-1252", "quoted-printable")], "--pp" + h8("pp", n=12)),
   lab=dict(kind="payment-notification", amount="549.00", reference="71/2026",
            note="PayPal in Italian, windows-1252 QP; gross 549 (net 529.43 after fee). Follows the client who asked for a card link."))

_sella_rows = [("Data contabile", "20/11/2026"), ("Importo", "732,00 EUR"), ("Ordinante", "ORTOFRUTTA SUD SRL"),
               ("Banca ordinante", "BANCA POPOLARE PUGLIESE"), ("Causale", "SALDO FT 2026/48 TRADUZIONI"),
               ("CRO", "0306912345678901")]
MM(persona="Banca Sella", frm="Banca Sella <avvisi@sella.it>", to="serena@grecotraduzioni.it",
   date="2026-11-20 18:05", subj="Avviso: bonifico in entrata sul conto 0521xxxx",
   headers=["Auto-Submitted: auto-generated"],
   content=leaf("text/html", bank_html(
       "Bonifico in entrata", _sella_rows, "Banca Sella S.p.A. &ndash; Avviso automatico. Non rispondere a "
       "questa email.", color="#003a70").replace("{intro}", "<p>Gentile Cliente,<br>ti comunichiamo l'accredito "
                                                 "del seguente bonifico:</p>"), "utf-8", "quoted-printable"),
   lab=dict(kind="payment-notification", amount="732.00", reference="2026/48",
            note="Banca Sella HTML alert; the same payment the accountant mentioned (CRO)."))

MM(persona="BPER Banca", frm="BPER Banca <comunicazioni@bper.it>", to="davide@colombofoto.it",
   date="2026-12-23 11:58", subj="BPER Banca - Accredito bonifico istantaneo",
   headers=["Auto-Submitted: auto-generated"],
   content=leaf("text/plain", """BPER Banca - Servizio SMART Notifiche

Gentile Cliente,
le comunichiamo che in data 23/12/2026 alle ore 11:57 è stato accreditato sul rapporto 0000/1234567 un bonifico istantaneo.

Importo: EUR 854,00
Ordinante: EDILCASA TRENTIN SRL
Descrizione: FT DC-2026-039 SERVIZIO FOTOGRAFICO CANTIERE

Per disattivare il servizio acceda a Smart Web.
Messaggio generato automaticamente. Si prega di non rispondere.
""", "utf-8", "base64"),
   lab=dict(kind="payment-notification", amount="854.00", reference="DC-2026-039",
            note="BPER instant transfer alert, base64 plain text."))


# ============================================================================================
# MACHINE MAIL: auto-replies
# ============================================================================================

MM(persona="Tipografia Grafiche Venete", frm="Marco Zilio <m.zilio@graficheveneteonline.it>",
   to="alessandra@example.it", date="2026-12-23 09:04",
   subj="Risposta automatica: Sollecito di pagamento – fattura n. 76/2026",
   headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: m.zilio@graficheveneteonline.it",
            "In-Reply-To: <mailduns.grafvenete76@example.it>"],
   content=leaf("text/plain", """Gentile mittente,

sono fuori sede per la chiusura natalizia dell'azienda. Rientrerò lunedì 11 gennaio e risponderò al più presto alla Sua email.

Per questioni urgenti di carattere amministrativo può scrivere a amministrazione@graficheveneteonline.it.

Buone feste!
Marco Zilio
""", "cp1252-as-latin1", "quoted-printable"),
   lab=dict(kind="auto-reply", return_date="2027-01-11",
            note="Outlook out-of-office with RFC 3834 header; 'rientrerò lunedì 11 gennaio'."))

MM(persona="Studio Architetti Cortese", frm="Arch. Lucia Cortese <lucia@studiocortese.eu>", to="alessandra@example.it",
   date="2026-12-22 15:20", subj="Re: Sollecito di pagamento – fattura n. 75/2026",
   headers=["In-Reply-To: <mailduns.cortese75@example.it>"],
   content=leaf("text/plain", """Grazie per il messaggio.
Lo studio resta chiuso per le festività natalizie: sarò di nuovo operativa dopo l'Epifania e risponderò allora a tutte le email.
Buone feste
Lucia Cortese – Studio Architetti Cortese
""", "utf-8", "8bit"),
   lab=dict(kind="auto-reply",
            note="Auto-reply WITHOUT Auto-Submitted/X-Autoreply headers and with a Re: subject; 'dopo l'Epifania' is vague -> no return_date."))

MM(persona="Comune di Vignola Ufficio Cultura", frm="Dott.ssa Paola Reggiani <p.reggiani@comune.vignola.mo.it>",
   to="serena@grecotraduzioni.it", date="2026-12-24 08:00",
   subj="Fuori ufficio - Re: Sollecito di pagamento – fattura n. 2026/59",
   headers=["X-Autoreply: yes", "Auto-Submitted: auto-replied", "Precedence: auto_reply"],
   content=leaf("text/plain", """Sarò assente dall'ufficio dal 24 dicembre al 6 gennaio compreso, con accesso limitato alla posta elettronica.
Per pratiche urgenti è possibile rivolgersi all'Ufficio Cultura, tel. 059 777 000, cultura@comune.vignola.mo.it.
Cordiali saluti
Paola Reggiani
""", "iso-8859-1", "quoted-printable"),
   lab=dict(kind="auto-reply", return_date="2027-01-07",
            note="Zimbra-style X-Autoreply; absent until 6 January inclusive -> back 7 January."))

MM(persona="Idea Casa Arredi", frm="MAILER <noreply@ideacasaarredi.it>", to="davide@colombofoto.it",
   date="2027-01-18 10:12", subj="Indirizzo non più attivo",
   headers=["Auto-Submitted: auto-generated", "In-Reply-To: <mailduns.ideacasa@colombofoto.it>"],
   content=leaf("text/plain", """Questo indirizzo email (ufficio@ideacasaarredi.it) non è più attivo e la posta non viene più letta.

Per ordini: ordini@ideacasaarredi.it
Per fatture e pagamenti: contabilita@ideacasaarredi.it

Grazie.
Idea Casa Arredi srl – Treviso
""", "utf-8", "8bit"),
   lab=dict(kind="auto-reply",
            note="Mailbox no longer in use; gives alternative addresses (not a bounce: the message was delivered)."))

MM(persona="Helpdesk Fornitori Consorzio Agrario", frm="Portale Fornitori <helpdesk.fornitori@consorzioagrario-fake.it>",
   to="paolo@marchettiweb.it", date="2026-12-03 09:05",
   subj="[Ticket#2026120310000417] Ricevuta la sua richiesta: Sollecito di pagamento – fattura n. FT26-042",
   headers=["Auto-Submitted: auto-replied", "Precedence: bulk", "X-Loop: helpdesk.fornitori@consorzioagrario-fake.it",
            "In-Reply-To: <mailduns.consagr42@marchettiweb.it>"],
   content=leaf("text/plain", """Gentile Fornitore,

la sua richiesta è stata registrata con il numero di ticket 2026120310000417 e assegnata alla coda "Contabilità Fornitori - Pagamenti".

I tempi medi di lavorazione sono di 5 giorni lavorativi. Per aggiornamenti sul ticket non risponda a questa email: acceda al Portale Fornitori (sezione "Le mie richieste").

Le ricordiamo che le fatture vengono pagate esclusivamente alle scadenze contrattuali.

Questo messaggio è stato generato automaticamente.
Helpdesk Fornitori – Consorzio Agrario
""", "utf-8", "quoted-printable"),
   lab=dict(kind="auto-reply",
            note="Ticket acknowledgement from a supplier-portal helpdesk; generic line about contractual due dates is not a promise."))

MM(persona="Studio Grafico Onda", frm="Giulia Ferretti <giulia@studioonda.it>", to="alessandra@example.it",
   date="2027-02-02 09:30", subj="Risposta automatica: Promemoria fattura n. 4/2027",
   headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
   content=leaf("text/plain", """Ciao, sono in congedo di maternità 👶 e non leggo la posta.
Per progetti in corso scrivi a Federico (federico@studioonda.it), per fatture e pagamenti ad amministrazione@studioonda.it.
A presto!
Giulia
""", "utf-8", "quoted-printable"),
   lab=dict(kind="auto-reply", note="Maternity-leave auto-reply without any return date."))


# ============================================================================================
# MACHINE MAIL: bounces
# ============================================================================================

_b1_orig_when = to_dt("2026-12-01 09:02", "Europe/Rome")
_b1_text = letter("reminder", "ale", "Ferramenta Bassi", "33/2026", amount="427,00 €", due="2026-11-25")
_b1_orig = bounce_original("ale", "amministrazione@ferramentabassi.it",
                           "Sollecito di pagamento – fattura n. 33/2026", _b1_orig_when, _b1_text)
MM(persona="Postfix example.it", frm="Mail Delivery System <MAILER-DAEMON@smtp.example.it>",
   to="alessandra@example.it", date="2026-12-01 09:02", subj="Undelivered Mail Returned to Sender",
   headers=["Auto-Submitted: auto-replied"],
   content=multipart("report", [
       b"Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
       b"This is the mail system at host smtp.example.it.\n\n"
       b"I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
       b"It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
       b"If you do so, please include this problem report. You can\ndelete your own text from the attached "
       b"returned message.\n\n                   The mail system\n\n"
       b"<amministrazione@ferramentabassi.it>: host mx.ferramentabassi.it[192.0.2.17] said:\n"
       b"    550 5.1.1 <amministrazione@ferramentabassi.it>: Recipient address rejected:\n"
       b"    User unknown in virtual mailbox table (in reply to RCPT TO command)\n",
       b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
       b"Reporting-MTA: dns; smtp.example.it\nX-Postfix-Queue-ID: 4dKx7T2Wq9z1xR3\n"
       b"X-Postfix-Sender: rfc822; alessandra@example.it\nArrival-Date: Tue,  1 Dec 2026 09:02:11 +0100 (CET)\n\n"
       b"Final-Recipient: rfc822; amministrazione@ferramentabassi.it\n"
       b"Original-Recipient: rfc822;amministrazione@ferramentabassi.it\nAction: failed\nStatus: 5.1.1\n"
       b"Remote-MTA: dns; mx.ferramentabassi.it\nDiagnostic-Code: smtp; 550 5.1.1\n"
       b"    <amministrazione@ferramentabassi.it>: Recipient address rejected: User\n"
       b"    unknown in virtual mailbox table\n",
       b"Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + _b1_orig,
   ], "4dKx7T2Wq9z1xR3.1764576131/smtp.example.it", '; report-type=delivery-status'),
   lab=dict(kind="bounce", failed_recipient="amministrazione@ferramentabassi.it", permanent=True,
            note="Postfix DSN, 550 5.1.1 user unknown; original reminder attached as message/rfc822."))

_b2_when = to_dt("2026-12-10 09:05", "Europe/Rome")
_b2_text = letter("reminder", "paolo", "Edil Verdi srl", "FT26-043", amount="1.708,00 €", due="2026-12-02")
_b2_orig = bounce_original("paolo", "m.verdi@edilverdi.it", "Sollecito di pagamento – fattura n. FT26-043",
                           _b2_when, _b2_text)
_b2_hdrs = _b2_orig.split(b"\n\n", 1)[0] + b"\n"
_ndr_txt = """Recapito non riuscito a questi destinatari o gruppi:

m.verdi@edilverdi.it
Indirizzo di posta elettronica non trovato. Verificare che l'indirizzo del destinatario sia corretto.

Il server di posta elettronica del destinatario ha rifiutato il messaggio perché l'indirizzo non esiste. Contattare il destinatario con altri mezzi (ad esempio per telefono) e chiedergli un indirizzo valido.






Informazioni di diagnostica per gli amministratori:

Server di generazione: AM9PR04MB8211.eurprd04.prod.outlook.com

m.verdi@edilverdi.it
Server remoto restituito '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.verdi@edilverdi.it not found by SMTP address lookup'

Intestazioni originali del messaggio:

""" + _b2_hdrs.decode()
MM(persona="Exchange Online marchettiweb", frm="Microsoft Outlook <postmaster@marchettiweb.it>",
   to="paolo@marchettiweb.it", date="2026-12-10 09:05",
   subj="Non recapitabile: Sollecito di pagamento – fattura n. FT26-043",
   headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:",
            "Content-Language: it-IT"],
   content=multipart("report", [
       multipart("alternative", [
           leaf("text/plain", _ndr_txt, "utf-8", "quoted-printable"),
           leaf("text/html", "<html><body><div style=\"font-family:Segoe UI,Arial\"><p style=\"color:#c00000;"
                "font-size:16pt\">Recapito non riuscito a questi destinatari o gruppi:</p><p><a href=\"mailto:"
                "m.verdi@edilverdi.it\">m.verdi@edilverdi.it</a><br>Indirizzo di posta elettronica non trovato. "
                "Verificare che l'indirizzo del destinatario sia corretto.</p><p style=\"font-size:9pt\">Server "
                "remoto restituito '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.verdi@edilverdi.it "
                "not found by SMTP address lookup'</p></div></body></html>", "utf-8", "quoted-printable")],
           "alt_ndr_" + h8("ndr", n=10)),
       b"Content-Type: message/delivery-status\n\nReporting-MTA: dns;AM9PR04MB8211.eurprd04.prod.outlook.com\n"
       b"Received-From-MTA: dns;AM9PR04MB8211.eurprd04.prod.outlook.com\n"
       b"Arrival-Date: Thu, 10 Dec 2026 08:05:03 +0000\n\nFinal-Recipient: rfc822;m.verdi@edilverdi.it\n"
       b"Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
       b"Recipient m.verdi@edilverdi.it not found by SMTP address lookup\n"
       b"Remote-MTA: dns;mail.protection.outlook.com\n",
       b"Content-Type: message/rfc822\n\n" + _b2_orig,
   ], "ndr_" + h8("ndr2", n=16), '; report-type=delivery-status'),
   lab=dict(kind="bounce", failed_recipient="m.verdi@edilverdi.it", permanent=True,
            note="Office 365 NDR localised in Italian ('Non recapitabile', 'Recapito non riuscito')."))

_b3_when = to_dt("2026-12-14 09:10", "Europe/Rome")
_b3_text = letter("reminder", "serena", "Studio De Luca", "2026/57", amount="549,00 €", due="2026-12-07")
_b3_orig = bounce_original("serena", "studio.deluca@libero.it", "Sollecito di pagamento – fattura n. 2026/57",
                           _b3_when, _b3_text)
MM(persona="Exim hostingitalia", frm="Mail Delivery System <Mailer-Daemon@srv12.hostingitalia.it>",
   to="serena@grecotraduzioni.it", date="2026-12-15 09:14",
   subj="Warning: message 1vQ7Kd-0004Qm-2B delayed 24 hours",
   headers=["Auto-Submitted: auto-replied", "X-Failed-Recipients: studio.deluca@libero.it"],
   content=multipart("report", [
       b"Content-Type: text/plain; charset=us-ascii\n\n"
       b"This message was created automatically by mail delivery software.\n"
       b"A message that you sent has not yet been delivered to one or more of its\n"
       b"recipients after more than 24 hours on the queue on srv12.hostingitalia.it.\n\n"
       b"The message identifier is:     1vQ7Kd-0004Qm-2B\n"
       b"The subject of the message is: =?utf-8?q?Sollecito_di_pagamento_=E2=80=93_fattura_n=2E_2026/57?=\n"
       b"The date of the message is:    Mon, 14 Dec 2026 09:10:00 +0100\n\n"
       b"The address to which the message has not yet been delivered is:\n\n"
       b"  studio.deluca@libero.it\n"
       b"    host smtp-in.libero.it [192.0.2.88]\n"
       b"    Delay reason: SMTP error from remote mail server after RCPT TO:<studio.deluca@libero.it>:\n"
       b"    452 4.2.2 Mailbox full - casella piena\n\n"
       b"No action is required on your part. Delivery attempts will continue for\n"
       b"some time, and this warning may be repeated at intervals if the message\n"
       b"remains undelivered. Eventually the mail delivery software will give up,\n"
       b"and when that happens, the message will be returned to you.\n",
       b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; srv12.hostingitalia.it\n\n"
       b"Action: delayed\nFinal-Recipient: rfc822;studio.deluca@libero.it\nStatus: 4.2.2\n"
       b"Remote-MTA: dns; smtp-in.libero.it\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full - casella piena\n"
       b"Will-Retry-Until: Mon, 21 Dec 2026 09:10:00 +0100\n",
       b"Content-Type: text/rfc822-headers\n\n" + _b3_orig.split(b"\n\n", 1)[0] + b"\n",
   ], "1765786440-eximdsn-" + h8("exim", n=10), '; report-type=delivery-status'),
   lab=dict(kind="bounce", failed_recipient="studio.deluca@libero.it", permanent=False,
            note="Exim delay warning (Action: delayed, 452 4.2.2 mailbox full): temporary."))

_b4_when = to_dt("2027-01-25 09:00", "Europe/Rome")
_b4_text = letter("late_fee", "davide", "Foto Ottica Rinaldi", "DC-2027-003", amount="671,00 €", due="2027-01-15",
                  deadline="2027-02-01", days_late=10)
_b4_orig = bounce_original("davide", "info@fotoottica-rinaldi.it", "Secondo sollecito – fattura n. DC-2027-003",
                           _b4_when, _b4_text)
MM(persona="qmail Aruba", frm="MAILER-DAEMON@smtpdh12.ad.aruba.it", to="davide@colombofoto.it",
   date="2027-01-25 09:01", subj="failure notice",
   headers=[],
   content=b"Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 8bit\n\n"
           b"Hi. This is the qmail-send program at smtpdh12.ad.aruba.it.\n"
           b"I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           b"This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           b"<info@fotoottica-rinaldi.it>:\n192.0.2.45 does not like recipient.\n"
           b"Remote host said: 550 5.2.1 <info@fotoottica-rinaldi.it>: mailbox disabled / casella disattivata\n"
           b"Giving up on 192.0.2.45.\n\n--- Below this line is a copy of the message.\n\n"
           b"Return-Path: <davide@colombofoto.it>\nReceived: (qmail 28113 invoked by uid 89); 25 Jan 2027 08:00:58 -0000\n"
           + _b4_orig.replace("€".encode(), b"EUR"),
   lab=dict(kind="bounce", failed_recipient="info@fotoottica-rinaldi.it", permanent=True,
            note="qmail 'failure notice' (plain text, not multipart/report), 550 5.2.1 mailbox disabled."))


# ============================================================================================
# MACHINE MAIL: other (e-invoicing notices, outgoing payment, PEC receipt, newsletter)
# ============================================================================================

MM(persona="Aruba Fatturazione Elettronica", frm="Aruba Fatturazione Elettronica <noreply@fatturazioneelettronica.aruba.it>",
   to="alessandra@example.it", date="2026-11-04 11:20",
   subj="Fattura n. 12/2026 - Esito: consegnata al destinatario",
   headers=["Auto-Submitted: auto-generated"],
   content=leaf("text/plain", """Gentile Cliente,

ti informiamo che il Sistema di Interscambio (SdI) ha emesso una notifica per la fattura elettronica seguente:

Numero fattura: 12/2026
Data fattura: 04/11/2026
Destinatario: TIPOGRAFIA FERRARO SNC (P.IVA 01234567890)
Importo totale: 610,00 EUR
Identificativo SdI: 15238877401
Esito: RC - Ricevuta di consegna (fattura consegnata al destinatario)

Puoi consultare il dettaglio della fattura e scaricare le ricevute dal pannello Fatturazione Elettronica.

Aruba PEC S.p.A. - Servizio di Fatturazione Elettronica
Questa è una comunicazione automatica, non rispondere a questo messaggio.
""", "utf-8", "quoted-printable"),
   lab=dict(kind="other", note="SdI delivery receipt via Aruba: about an invoice, not a payment."))

MM(persona="Fatture in Cloud", frm="Fatture in Cloud <notifiche@fattureincloud.it>", to="paolo@marchettiweb.it",
   date="2027-02-12 16:45", subj="⚠️ Fattura FT27-006 scartata dallo SdI",
   headers=["Auto-Submitted: auto-generated"],
   content=multipart("alternative", [
       leaf("text/plain", """Ciao Paolo,

la fattura elettronica FT27-006 del 12/02/2027 intestata a LOGOS TRADUZIONI SRL è stata scartata dal Sistema di Interscambio.

Notifica di scarto (NS)
Codice errore 00305: 1.4.1.1 <IdFiscaleIVA> del CessionarioCommittente non valido

La fattura scartata si considera non emessa: correggi i dati e inviala di nuovo entro 5 giorni mantenendo lo stesso numero e la stessa data.

Vai alla fattura: https://secure.fattureincloud.it/invoices

Il team di Fatture in Cloud
""", "utf-8", "quoted-printable"),
       leaf("text/html", """<html><body style="font-family:Arial"><h2 style="color:#d9534f">Fattura scartata dallo SdI</h2>
<p>Ciao Paolo,<br>la fattura elettronica <b>FT27-006</b> del 12/02/2027 intestata a <b>LOGOS TRADUZIONI SRL</b> è stata scartata dal Sistema di Interscambio.</p>
<p><b>Codice errore 00305</b>: 1.4.1.1 &lt;IdFiscaleIVA&gt; del CessionarioCommittente non valido</p>
<p><a href="https://secure.fattureincloud.it/invoices" style="background:#1b73e8;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Vai alla fattura</a></p></body></html>""",
            "utf-8", "quoted-printable")], "fic_" + h8("fic", n=14)),
   lab=dict(kind="other", note="SdI rejection (scarto) notice from an e-invoicing service: about an invoice, not a client reply, not a payment."))

MM(persona="Intesa Sanpaolo", frm="Intesa Sanpaolo <notifiche@intesasanpaolo.com>", to="alessandra@example.it",
   date="2026-12-18 18:30", subj="Esito disposizione: bonifico SEPA eseguito",
   headers=["Auto-Submitted: auto-generated"],
   content=leaf("text/plain", """Gentile Cliente,
la disposizione di bonifico da lei inserita tramite App è stata eseguita.

Ordinante: ROSSI ALESSANDRA
Beneficiario: TIPOGRAFIA ZANARDI SRL
IBAN beneficiario: IT13Q0306911884100000004321
Importo: 1.098,00 EUR
Data esecuzione: 18/12/2026
Causale: SALDO FATTURA 118/2026 STAMPA CATALOGHI
TRN: 0306946890212301481420014200IT

Cordiali saluti
Intesa Sanpaolo
Messaggio automatico, non rispondere.
""", "utf-8", "quoted-printable"),
   lab=dict(kind="other",
            note="Outgoing transfer made BY the owner to her printer (money going out): same bank and wording family as the forwarded receipt in a client reply -> other."))

MM(persona="Legalmail PEC", frm="posta-certificata@legalmail.it", to="alessandra.rossi@pec.example.it",
   date="2027-02-03 09:01",
   subj="CONSEGNA: Diffida di pagamento e costituzione in mora – fattura n. 69/2026",
   headers=["X-Ricevuta: avvenuta-consegna", "X-Riferimento-Message-ID: <mailduns.santoro69@example.it>",
            "X-Trasporto: posta-certificata", "X-TipoRicevuta: completa"],
   content=multipart("mixed", [
       leaf("text/plain", """Ricevuta di avvenuta consegna
Il giorno 03/02/2027 alle ore 09:01:12 (+0100) il messaggio
"Diffida di pagamento e costituzione in mora – fattura n. 69/2026" proveniente da "alessandra.rossi@pec.example.it"
ed indirizzato a "immobiliaresantoro@pec.it"
è stato consegnato nella casella di destinazione.
Identificativo messaggio: opec21012.20270203090110.123456.01.1.63@pec.aruba.it
""", "utf-8", "quoted-printable"),
       attachment("daticert.xml", "application/xml",
                  b'<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="avvenuta-consegna" errore="nessuno">'
                  b'<intestazione><mittente>alessandra.rossi@pec.example.it</mittente><destinatari tipo="certificato">'
                  b'immobiliaresantoro@pec.it</destinatari></intestazione><dati><gestore-emittente>LEGALMAIL'
                  b'</gestore-emittente><data zona="+0100"><giorno>03/02/2027</giorno><ora>09:01:12</ora></data>'
                  b'<consegna>immobiliaresantoro@pec.it</consegna></dati></postacert>\n'),
       attachment("smime.p7s", "application/pkcs7-signature", b"0\x82\x05\x00fake-signature-bytes"),
   ], "pec_" + h8("pec", n=14)),
   lab=dict(kind="other",
            note="PEC 'ricevuta di avvenuta consegna' for the formal notice: delivery receipt, not a bounce nor an auto-reply."))

MM(persona="Satispay Business newsletter", frm="Satispay Business <news@business.satispay.com>",
   to="alessandra@example.it", date="2027-02-16 10:00",
   subj="Novità di febbraio: incassa le tue fatture con un link 💸",
   headers=["List-Unsubscribe: <mailto:unsubscribe@business.satispay.com>", "Precedence: bulk",
            "List-Id: Satispay Business News <news.business.satispay.com>"],
   content=leaf("text/html", """<html><body style="font-family:Helvetica,Arial;background:#fafafa">
<div style="max-width:560px;margin:auto;background:#fff;padding:28px">
<h1 style="color:#f94c43">Ciao Alessandra, ecco le novità di febbraio</h1>
<p><b>Link di pagamento per le fatture.</b> Ora puoi inviare ai tuoi clienti un link per pagare le fatture direttamente con Satispay: ricevi il pagamento in tempo reale e la riconciliazione è automatica.</p>
<p><b>Report mensile.</b> Nella dashboard trovi il riepilogo degli incassi del mese, esportabile in CSV per il tuo commercialista.</p>
<p><a href="https://business.satispay.com/news" style="color:#f94c43">Scopri di più</a></p>
<p style="font-size:11px;color:#999">Ricevi questa email perché sei un esercente Satispay. <a href="https://business.satispay.com/unsubscribe">Disiscriviti</a></p>
</div></body></html>""", "utf-8", "quoted-printable"),
   lab=dict(kind="other", note="Newsletter from a payment provider talking about receiving payments: not a payment notification."))


# ============================================================================================
# Generation
# ============================================================================================


def build_machine(n, m):
    when = to_dt(m["date"], m.get("tz", "Europe/Rome"))
    frm = m["frm"]
    domain = frm.split("@")[-1].rstrip(">")
    H = [f"From: {addr(frm)}", f"To: {m['to']}", f"Subject: {hdr(m['subj'])}",
         f"Date: {email.utils.format_datetime(when)}",
         f"Message-ID: <{h8(n, m['subj'], n=20)}.{h8(n, 'm', n=8)}@{domain}>", "MIME-Version: 1.0"]
    H += m.get("headers", [])
    return raw_message(H, m["content"])


def split_of(persona):
    return "firstread3" if int(hashlib.sha1(persona.encode()).hexdigest(), 16) % 10 < 4 else "dev"


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# round4-it: Italian client replies and Italian machine mail, written by hand.",
           "# Generated by make.py; do not edit by hand.", ""]
    for i, m in enumerate(MESSAGES, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        data = build_machine(i, m) if m.get("machine") else build_client(i, m)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        lab = m["lab"]
        out.append(f'[files."{name}"]')
        out.append(f'kind = {toml_str(lab["kind"])}')
        out.append('language = "it"')
        out.append(f'split = {toml_str(split_of(m["persona"]))}')
        for k in ("amount", "reference", "promised_date", "return_date", "failed_recipient"):
            if lab.get(k):
                out.append(f"{k} = {toml_str(lab[k])}")
        if "permanent" in lab:
            out.append(f"permanent = {'true' if lab['permanent'] else 'false'}")
        out.append(f'note = {toml_str(lab["note"])}')
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
    assert len(files) == len(labels) == len(MESSAGES), (len(files), len(labels))
    c = Counter()
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (f, h)
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        assert dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc) <= d <= dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc), f
        str(msg["Subject"]), str(msg["From"])
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        lab = labels[f]
        assert lab["kind"] in kinds, f
        assert (lab["kind"] == "bounce") == ("permanent" in lab), f
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", f
            dt.date.fromisoformat(lab["promised_date"])
        if "return_date" in lab:
            assert lab["kind"] == "auto-reply", f
        c[(lab["kind"], lab["split"])] += 1
    tot = Counter()
    for (k, s), v in sorted(c.items()):
        tot[k] += v
    print(f"{len(files)} messages OK")
    for k in sorted(tot):
        print(f"  {k:24s} {tot[k]:3d}  (dev {c[(k, 'dev')]}, firstread3 {c[(k, 'firstread3')]})")
    sp = Counter(l["split"] for l in labels.values())
    print("  splits:", dict(sp))


if __name__ == "__main__":
    main()
