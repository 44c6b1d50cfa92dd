#!/usr/bin/env python3
"""round14-it: Italian client replies (studi legali, farmacie, agenzie viaggi, autoscuole, ristoranti,
amministratori di condominio, tipografie, associazioni culturali, hotel, piccoli e-commerce) plus a little
machine mail. Every client text below is hand-written; only the MIME plumbing, the HTML skeletons and the
quoted mailduns reminders are generated.

Run:  python3 make.py     (writes r14i-NNNN.eml and labels.toml next to this file, then re-parses them)
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html as htmlmod
import os
import quopri
import random
import struct
import zlib
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r14i"
MSGS = []

# ---------------------------------------------------------------- the freelancers (mailbox owners)
FL = {
    "ale": dict(name="Alessandra Rossi", email="alessandra@example.it",
                iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
    "marco": dict(name="Marco Ferri", email="marco@ferrifoto.it",
                  iban="IT02 L030 6902 4871 0000 0004 512", bic="BCITITMM"),
    "giulia": dict(name="Giulia Esposito", email="giulia@espositotraduzioni.it",
                   iban="IT47 F036 6901 6003 4567 8901 234", bic="REVOITM2"),
    "davide": dict(name="Davide Colombo", email="davide@colombo.dev",
                   iban="IT91 T030 1503 2000 0000 3551 478", bic="FEBIITM1"),
    "chiara": dict(name="Chiara Lombardi", email="chiara@lombardisocial.it",
                   iban="IT18 M020 0805 0720 0010 5738 291", bic="UNCRITMM"),
}
# invoice numbering: ale "31/2026", marco "2026/051", giulia "022/26", davide "DC-118", chiara "18/2026"

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre", "novembre", "dicembre"]
MES3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
GIO3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]


def D(s):
    """'2026-11-18 21:47' -> naive datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def d(s):
    return dt.datetime.strptime(s, "%Y-%m-%d").date()


def lungo(x):
    return f"{x.day} {MESI[x.month - 1]} {x.year}"


def art(prep, x):
    """art("il", date) -> 'il 2 dicembre 2026' / "l'8 dicembre 2026" """
    s = lungo(x)
    if x.day in (8, 11):
        el = {"il": "l'", "dal": "dall'", "al": "all'", "del": "dell'", "entro il": "entro l'"}[prep]
        return el + s
    return f"{prep} {s}"


def eur(v):
    s = f"{v:,.2f}"  # 1,530.00
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


def mid(seed, style, domain=None):
    h = hashlib.sha1(seed.encode()).hexdigest()
    hu = h.upper()
    if style == "gmail":
        return f"<CA+{base64.b64encode(bytes.fromhex(h)).decode()[:22].replace('/', 'x')}mG{h[:8]}@mail.gmail.com>"
    if style == "outlook":
        return f"<AM9PR0{h[0]}MB{hu[1:5]}{hu[5:18]}.{h[18:22]}@AM9PR0{h[0]}MB{hu[1:5]}.eurprd0{int(h[22], 16) % 8 + 1}.prod.outlook.com>"
    if style == "apple":
        return f"<{hu[:8]}-{hu[8:12]}-{hu[12:16]}-{hu[16:20]}-{hu[20:32]}@{domain}>"
    if style == "libero":
        return f"<{int(h[:7], 16)}.{int(h[7:11], 16)}.{1790000000000 + int(h[11:19], 16) % 9999999}.JavaMail.defaultUser@defaultHost>"
    if style == "desktop":
        return f"<00{h[:2]}01d{h[2:5]}${h[5:13]}${h[13:21]}@{domain}>"
    return f"<{h[:24]}@{domain}>"


def remind_id(fl, inv, when):
    return f"<{when:%Y%m%d%H%M%S}.{hashlib.md5((fl['email'] + inv['num']).encode()).hexdigest()[:10]}.mailduns@{fl['email'].split('@')[1]}>"


# ---------------------------------------------------------------- the quoted mailduns letters
def payment_block(fl, inv):
    return (f"Per il pagamento:\n- beneficiario: {fl['name']}\n- IBAN: {fl['iban']}\n- BIC: {fl['bic']}\n"
            f"- causale: Fattura n. {inv['num']}")


def fees_block(inv, sent):
    late = (sent.date() - inv["due"]).days
    rate = 10.15
    interest = round(inv["amount"] * rate / 100 * late / 365, 2)
    start = inv["due"] + dt.timedelta(days=1)
    return ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
            "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
            "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
            "percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di "
            "risarcimento dei costi di recupero (art. 6).\n\n"
            "Ad oggi l'importo dovuto è il seguente:\n"
            f"- fattura n. {inv['num']}: {eur(inv['amount'])}\n"
            f"- interessi di mora dal {lungo(start)} al {lungo(sent.date())} ({late} giorni al 10,15%): {eur(interest)}\n"
            f"- risarcimento forfettario dei costi di recupero: 40,00 €\n"
            f"- totale: {eur(inv['amount'] + interest + 40)}"), inv["amount"] + interest + 40


def letter(step, fl, cl, inv, sent):
    sal = cl.get("salut", "Buongiorno,")
    n, a = inv["num"], eur(inv["amount"])
    due = inv["due"]
    pay = payment_block(fl, inv)
    deadline = sent.date() + dt.timedelta(days=7)
    while deadline.weekday() >= 5:
        deadline += dt.timedelta(days=1)
    if step == "courtesy":
        iss = f", emessa {art('il', inv['issue'])}," if inv.get("issue") else ""
        body = (f"un breve promemoria: la fattura n. {n} di {a}{iss} è in scadenza {art('il', due)}.\n\n"
                "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
    elif step == "due":
        late = (sent.date() - due).days
        if late > 0:
            first = (f"un promemoria: la fattura n. {n} di {a} è scaduta {art('il', due)}. Se il pagamento non è "
                     "ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
        else:
            first = f"un promemoria: la fattura n. {n} di {a} è in scadenza oggi, {lungo(due)}."
        body = (f"{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo "
                f"messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
    elif step == "reminder":
        body = (f"da un controllo la fattura n. {n} di {a}, scaduta {art('il', due)}, risulta ancora da saldare. "
                "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n" + pay)
    elif step == "late_fee":
        late = (sent.date() - due).days
        fb, tot = fees_block(inv, sent)
        body = (f"la fattura n. {n} di {a}, scaduta {art('il', due)}, risulta ancora da saldare: sono trascorsi "
                f"{late} giorni dalla scadenza.\n\n{fb}\n\nChiedo cortesemente di provvedere al pagamento dell'importo "
                f"totale entro {art('il', deadline)}. Se il pagamento è già stato disposto, basta rispondere indicando "
                "la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare "
                "insieme una soluzione: basta rispondere a questa email.\n\n" + pay)
    elif step == "late_fee_consumer":
        late = (sent.date() - due).days
        body = (f"la fattura n. {n} di {a}, scaduta {art('il', due)}, risulta ancora da saldare: sono trascorsi "
                f"{late} giorni dalla scadenza.\n\nChiedo cortesemente di provvedere al pagamento entro "
                f"{art('il', deadline)}. Se il pagamento è già stato disposto, basta rispondere indicando la data del "
                "bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una "
                "soluzione: basta rispondere a questa email.\n\n" + pay)
    elif step == "suspension":
        susp = deadline + dt.timedelta(days=1)
        body = (f"torno a scrivere in merito alla fattura n. {n} di {a}, scaduta {art('il', due)}, che risulta ancora "
                f"da saldare.\n\nIn mancanza del pagamento entro {art('il', deadline)}, {art('dal', susp)} potrebbe "
                "essere necessario sospendere le attività in corso e i servizi da me forniti fino alla regolarizzazione. "
                "Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, possiamo "
                "concordare una soluzione; basta rispondere a questa email.\n\n" + pay)
    elif step == "final":
        iss = f" {art('del', inv['issue'])}" if inv.get("issue") else ""
        sal = (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {n}{iss}\n\n" + sal)
        body = (f"la fattura n. {n} di {a}, scaduta {art('il', due)}, risulta ancora da saldare nonostante i "
                f"precedenti solleciti.\n\nCon la presente chiedo formalmente il pagamento di {a} entro "
                f"{art('il', deadline)}. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti "
                "dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). "
                "Resta salvo ogni altro diritto.\n\nIn mancanza del pagamento entro tale termine, mi riservo di "
                "procedere al recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso per "
                "decreto ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha "
                "un motivo o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email "
                "entro la stessa data.\n\nQualora il pagamento sia già stato effettuato, prego di non tenere conto "
                "della presente e di indicarmi la data del bonifico, così da poterlo verificare.\n\n" + pay)
    elif step == "promise_followup":
        pd = inv.get("promise")
        if pd:
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {n} di {a} sarebbe "
                     f"stato effettuato entro {art('il', pd)}.")
        else:
            first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {n} di {a}, scaduta "
                     f"{art('il', due)}.")
        body = (f"{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta "
                "rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di "
                "farmi sapere entro quando posso aspettarlo.\n\n" + pay)
    elif step == "invoice":
        body = (f"in allegato la fattura n. {n} di {a}, con scadenza {art('il', due)}. La fattura elettronica è "
                "stata trasmessa anche tramite SdI.\n\nGrazie e a presto,")
        return f"{sal}\n\n{body}\n{fl['name']}\n"
    else:
        raise ValueError(step)
    return f"{sal}\n\n{body}\n\nCordiali saluti,\n{fl['name']}\n"


def letter_subject(step, inv):
    n = inv["num"]
    return {
        "courtesy": f"Promemoria: fattura n. {n} in scadenza",
        "due": f"Fattura n. {n} in scadenza",
        "reminder": f"Sollecito fattura n. {n}",
        "late_fee": f"Secondo sollecito: fattura n. {n}",
        "late_fee_consumer": f"Secondo sollecito: fattura n. {n}",
        "suspension": f"Fattura n. {n}: possibile sospensione dei servizi",
        "final": f"Diffida di pagamento – fattura n. {n}",
        "promise_followup": f"Fattura n. {n}: aggiornamento sul pagamento",
        "invoice": inv["subj"],
    }[step]


# ---------------------------------------------------------------- quoting styles
def qlines(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.rstrip("\n").split("\n"))


def quote_plain(style, fl, cl, subj, sent, text):
    hm = f"{sent:%H:%M}"
    wd = sent.weekday()
    if style == "gmail":
        return (f"\n\nIl giorno {GIO3[wd]} {sent.day} {MES3[sent.month - 1]} {sent.year} alle ore {hm} "
                f"{fl['name']} <{fl['email']}> ha scritto:\n\n{qlines(text)}\n")
    if style == "apple":
        return (f"\n\n> Il giorno {sent.day} {MES3[sent.month - 1]} {sent.year}, alle ore {hm}, {fl['name']} "
                f"<{fl['email']}> ha scritto:\n> \n{qlines(text)}\n")
    if style == "outlook":
        return (f"\n\n________________________________\nDa: {fl['name']} <{fl['email']}>\n"
                f"Inviato: {GIORNI[wd]} {sent.day} {MESI[sent.month - 1]} {sent.year} {hm}\n"
                f"A: {cl['display']} <{cl['email']}>\nOggetto: {subj}\n\n{text}")
    if style == "desktop":
        return (f"\n\n-----Messaggio originale-----\nDa: {fl['name']} [mailto:{fl['email']}] \n"
                f"Inviato: {GIORNI[wd]} {sent.day} {MESI[sent.month - 1]} {sent.year} {hm}\n"
                f"A: {cl['email']}\nOggetto: {subj}\n\n{text}")
    if style == "thunderbird":
        return f"\n\nIl {sent:%d/%m/%Y %H:%M}, {fl['name']} ha scritto:\n{qlines(text)}\n"
    if style == "libero":
        return (f"\n\n\n----Messaggio originale----\nDa: {fl['email']}\nData: {sent.day}-{MES3[sent.month - 1]}-"
                f"{sent.year} {sent.hour}.{sent.minute:02d}\nA: \"{cl['display']}\"<{cl['email']}>\nOgg: {subj}\n\n{text}")
    if style == "samsung":
        return (f"\n\n\n-------- Messaggio originale --------\nDa: {fl['name']} <{fl['email']}> \n"
                f"Data: {sent:%d/%m/%y} {hm} (GMT+01:00) \nA: {cl['email']} \nOggetto: {subj} \n\n{text}")
    if style == "none":
        return ""
    raise ValueError(style)


def text_to_html_paras(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l, quote=False) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


def quote_html(style, fl, cl, subj, sent, text):
    hm = f"{sent:%H:%M}"
    wd = sent.weekday()
    inner = text_to_html_paras(text)
    if style == "gmail":
        return (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Il giorno {GIO3[wd]} {sent.day} '
                f'{MES3[sent.month - 1]} {sent.year} alle ore {hm} {htmlmod.escape(fl["name"])} &lt;<a href="mailto:'
                f'{fl["email"]}">{fl["email"]}</a>&gt; ha scritto:<br></div><blockquote class="gmail_quote" '
                'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f'{inner}</blockquote></div>')
    if style in ("outlook", "desktop"):
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                f'color="#000000"><b>Da:</b> {htmlmod.escape(fl["name"])} &lt;{fl["email"]}&gt;<br><b>Inviato:</b> '
                f'{GIORNI[wd]} {sent.day} {MESI[sent.month - 1]} {sent.year} {hm}<br><b>A:</b> '
                f'{htmlmod.escape(cl["display"])} &lt;{cl["email"]}&gt;<br><b>Oggetto:</b> {htmlmod.escape(subj)}'
                f'</font><div>&nbsp;</div></div><div>{inner}</div>')
    if style == "apple":
        return (f'<div><br><blockquote type="cite"><div>Il giorno {sent.day} {MES3[sent.month - 1]} {sent.year}, '
                f'alle ore {hm}, {htmlmod.escape(fl["name"])} &lt;{fl["email"]}&gt; ha scritto:</div><br>'
                f'<div>{inner}</div></blockquote></div>')
    if style == "none":
        return ""
    raise ValueError(style)


# ---------------------------------------------------------------- MIME plumbing
CTE_NAMES = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def leaf_text(text, subtype="plain", charset="utf-8", cte="qp", enc=None, extra=""):
    data = text.encode(enc or charset)
    if cte == "qp":
        payload = quopri.encodestring(data)
    elif cte == "b64":
        payload = base64.encodebytes(data)
    elif cte == "7bit":
        data.decode("ascii")
        payload = data
    else:
        payload = data
    head = (f'Content-Type: text/{subtype}; charset="{charset}"{extra}\n'
            f"Content-Transfer-Encoding: {CTE_NAMES[cte]}\n")
    return (head, payload)


def leaf_bin(data, ctype, filename, disposition="attachment", cid=None):
    head = f'Content-Type: {ctype}; name="{filename}"\nContent-Disposition: {disposition}; filename="{filename}"\n'
    if cid:
        head += f"Content-ID: <{cid}>\n"
    head += "Content-Transfer-Encoding: base64\n"
    return (head, base64.encodebytes(data))


def multi(subtype, parts, seed, params=""):
    b = "----=_Part_" + hashlib.md5((seed + subtype).encode()).hexdigest()[:20]
    if subtype == "alternative" and "gmail" in seed:
        b = "000000000000" + hashlib.md5((seed + subtype).encode()).hexdigest()[:16]
    body = b"This is a multi-part message in MIME format.\n" if subtype != "alternative" else b""
    for h, p in parts:
        body += f"\n--{b}\n".encode() + h.encode() + b"\n" + p.rstrip(b"\n") + b"\n"
    body += f"\n--{b}--\n".encode()
    return (f'Content-Type: multipart/{subtype}; boundary="{b}"{params}\n', body)


def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76, linesep="\n ")


def addr(name, email_, charset="utf-8"):
    if not name:
        return email_
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, email_))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, email_), charset=charset)


def fmt_date(when, tz):
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return email.utils.format_datetime(when.replace(tzinfo=dt.timezone(off)))


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 770 Td ({title}) Tj ET\nendstream endobj\n"
            "trailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_png(w=4, h=3, seed=0):
    raw = b""
    for y in range(h):
        raw += b"\x00" + b"".join(bytes(((x * 50 + seed) % 256, (y * 70 + seed) % 256, 180)) for x in range(w))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def emit(labels, headers, top):
    """headers: list of (name, value) already encoded; top: (content headers, payload bytes)"""
    n = len(MSGS) + 1
    h = "".join(f"{k}: {v}\n" for k, v in headers)
    h += "MIME-Version: 1.0\n"
    raw = h.encode() + top[0].encode() + b"\n" + top[1]
    MSGS.append((labels, raw))


UA = {
    "gmail": [],
    "android": [],
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Accept-Language", "it-IT, en-US"),
                ("Content-Language", "it-IT"), ("X-MS-Exchange-Organization-SCL", "-1")],
    "desktop": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbX1k2d3xkQm9ZR0m3rK1pQ2nE5A==" ),
                ("Content-Language", "it")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    "iphone": [("X-Mailer", "iPhone Mail (22C152)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "libero": [("X-Mailer", "Libero Mail"), ("Importance", "Normal")],
    "samsung": [],
}
MID_STYLE = {"gmail": "gmail", "android": "gmail", "outlook": "outlook", "desktop": "desktop", "apple": "apple",
             "iphone": "apple", "thunderbird": "plain", "libero": "libero", "samsung": "gmail"}


def reply(kind, fl, cl, inv, when, body, *, tz="+0100", step="reminder", sent=None, quote=None, mua=None,
          subj=None, prefix=None, html=False, alt=True, charset="utf-8", cte="qp", enc=None, attach=(),
          cc=None, to=None, from_=None, extra=(), quoted_text=None, html_body=None, labels=None, note="",
          thread=True, lsubj=None):
    """A client's reply. body = the client's own words (signature included)."""
    fl = FL[fl]
    when = D(when) + dt.timedelta(seconds=int(hashlib.md5(body.encode()).hexdigest()[:4], 16) % 60)
    mua = mua or cl.get("mua", "gmail")
    if mua == "outlook" and tz == "+0100":  # Exchange Online writes the Date header in UTC
        when, tz = when - dt.timedelta(hours=1), "+0000"
    quote = quote if quote is not None else {"gmail": "gmail", "android": "gmail", "outlook": "outlook",
                                             "desktop": "desktop", "apple": "apple", "iphone": "apple",
                                             "thunderbird": "thunderbird", "libero": "libero",
                                             "samsung": "samsung"}[mua]
    sent = D(sent) if sent else when - dt.timedelta(days=2, hours=3, minutes=17)
    if sent.hour < 7 or sent.hour > 20:
        sent = sent.replace(hour=9, minute=2)
    if lsubj is None:
        lsubj = letter_subject(step, inv)
        if fl["name"] == "Davide Colombo" and step != "invoice":
            lsubj = "Re: " + inv["subj"]  # his reminders go out in the invoice's own thread
    if prefix is None:
        h = int(hashlib.md5(body.encode()).hexdigest()[:2], 16)
        prefix = {"outlook": "R: ", "desktop": "RE: " if h % 2 else "R: ", "libero": "Rif: "}.get(mua, "Re: ")
        if lsubj.startswith("Re: ") and mua not in ("outlook", "desktop"):
            prefix = ""  # Gmail/Apple do not stack "Re: Re:"
    ltext = quoted_text if quoted_text is not None else letter(step, fl, cl, inv, sent)
    subject = subj if subj is not None else prefix + lsubj
    seed = f"{cl['email']}|{when}|{inv['num']}|{kind}"
    dom = cl["email"].split("@")[1]
    plain = body.rstrip("\n") + "\n" + quote_plain(quote, fl, cl, lsubj, sent, ltext)
    if html:
        hb = html_body if html_body is not None else text_to_html_paras(body)
        if mua in ("outlook", "desktop"):
            hdoc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n<meta http-equiv="Content-Type" '
                    f'content="text/html; charset={charset}">\n<style type="text/css" style="display:none;"> P '
                    '{margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div style="font-family: '
                    'Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                    f'{hb}\n</div>\n{quote_html(quote, fl, cl, lsubj, sent, ltext)}\n</body>\n</html>\n')
        elif mua in ("apple", "iphone"):
            hdoc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
                    f'dir="auto">{hb}{quote_html(quote, fl, cl, lsubj, sent, ltext)}</body></html>\n')
        else:
            hdoc = f'<div dir="ltr">{hb}</div>{quote_html(quote, fl, cl, lsubj, sent, ltext)}\n'
        hpart = leaf_text(hdoc, "html", charset, cte, enc)
        if alt:
            top = multi("alternative", [leaf_text(plain, "plain", charset, cte, enc), hpart], seed + mua)
        else:
            top = hpart
    else:
        top = leaf_text(plain, "plain", charset, cte, enc, extra='; format=flowed' if mua in ("thunderbird",) else "")
    if attach:
        parts = [top]
        for fn, ctype, data in attach:
            parts.append(leaf_bin(data, ctype, fn))
        top = multi("mixed", parts, seed + "mixed")
    frm = from_ or addr(cl["display"], cl["email"], charset if charset != "utf-8" else "utf-8")
    hdrs = [("Date", fmt_date(when, tz)), ("From", frm), ("To", to or addr(fl["name"], fl["email"]))]
    if cc:
        hdrs.append(("Cc", cc))
    rid = remind_id(fl, inv, sent)
    orig = f"<{hashlib.md5(inv['num'].encode()).hexdigest()[:16]}.invoice@{fl['email'].split('@')[1]}>"
    hdrs += [("Subject", enc_header(subject, charset if charset != "utf-8" else "utf-8")),
             ("Message-ID", mid(seed, MID_STYLE[mua], dom)),
             ] + ([("In-Reply-To", rid), ("References", f"{orig} {rid}")] if thread else [])
    hdrs += UA[mua]
    hdrs += list(extra)
    lab = dict(kind=kind)
    lab.update(labels or {})
    lab["note"] = note
    emit(lab, hdrs, top)


def machine(kind, headers, top, labels=None, note=""):
    lab = dict(kind=kind)
    lab.update(labels or {})
    lab["note"] = note
    emit(lab, headers, top)


# ---------------------------------------------------------------- clients
C = {}


def client(key, display, email_, salut, mua="gmail"):
    C[key] = dict(display=display, email=email_, salut=salut, mua=mua)


client("bern_seg", "Franca Motta - Studio Legale Bernardi & Associati", "f.motta@studiobernardi.it",
       "Spett.le Studio Legale Bernardi & Associati,", "outlook")
client("bern_avv", "Avv. Paolo Bernardi", "p.bernardi@studiobernardi.it",
       "Spett.le Studio Legale Bernardi & Associati,", "desktop")
client("sereni", "Avv. Donatella Sereni", "studio@avvocatosereni.it", "Gentile Donatella Sereni,", "iphone")
client("ferraro", "Studio Legale Ferraro Pugliese", "segreteria@ferraropugliese.it",
       "Spett.le Studio Legale Ferraro Pugliese,", "desktop")
client("sanrocco", "Farmacia San Rocco", "farmaciasanrocco.tv@gmail.com", "Spett.le Farmacia San Rocco snc,", "gmail")
client("fcomunali", "Ufficio Amministrazione FCR", "amministrazione@farmaciecomunali-re.it",
       "Spett.le Farmacie Comunali Riunite,", "outlook")
client("farm_mele", "Farmacia Mele dr. Antonio", "farmacia.mele@tiscali.it", "Spett.le Farmacia Mele,", "thunderbird")
client("velablu", "Rosario Caruso", "rosario@velabluviaggi.it", "Spett.le Vela Blu Viaggi srl,", "android")
client("giramondo", "Giramondo Viaggi - Contabilità", "contabilita@giramondoviaggi.vr.it",
       "Spett.le Giramondo Viaggi sas,", "desktop")
client("partenope", "Partenope Tour", "info@partenopetour.it", "Spett.le Partenope Tour di Gennaro Iovine,", "android")
client("europa", "Autoscuola Europa", "autoscuolaeuropa.pg@gmail.com", "Spett.le Autoscuola Europa snc,", "android")
client("rinaldi", "anna rinaldi", "anna.rinaldi56@libero.it", "Gentile Anna Rinaldi,", "libero")
client("nello", "NELLO BALDINI", "trattoriadanello@virgilio.it", "Gentile Nello Baldini,", "samsung")
client("porto", "Osteria del Porto", "osteriadelporto.ca@gmail.com", "Spett.le Osteria del Porto,", "gmail")
client("buttero", "Hostaria Er Buttero", "erbuttero.roma@gmail.com", "Spett.le Hostaria Er Buttero srl,", "android")
client("galli", "Studio Galli Amministrazioni", "studio@galliamministrazioni.it",
       "Spett.le Studio Galli Amministrazioni Condominiali,", "desktop")
client("sala", "Gianni Sala", "gianni@tipografiasala.it", "Spett.le Tipografia Moderna F.lli Sala snc,", "outlook")
client("lanza", "Grafiche Lanza srl - Amministrazione", "amministrazione@grafichelanza.it",
       "Spett.le Grafiche Lanza srl,", "outlook")
client("mosaico", "Associazione Culturale Il Mosaico", "ilmosaico.lecce@gmail.com",
       "Spett.le Associazione Culturale Il Mosaico APS,", "gmail")
client("bellavista", "Hotel Bellavista - Amministrazione", "amministrazione@hotelbellavistasorrento.it",
       "Spett.le Hotel Bellavista srl,", "outlook")
client("lagoblu", "Hotel Lago Blu - Contabilità", "buchhaltung@hotel-lagoblu.it", "Spett.le Hotel Lago Blu sas,",
       "outlook")
client("sfuso", "Ilaria | Sfuso Shop", "ilaria@sfusoshop.it", "Spett.le Sfuso Shop srls,", "iphone")
client("ceramiche", "Ceramiche Amalfitane Shop", "ordini@ceramicheamalfitane.shop",
       "Spett.le Ceramiche Amalfitane di Rita Amodio,", "android")
client("sapone", "La Bottega del Sapone", "info@bottegadelsapone.it", "Spett.le La Bottega del Sapone snc,", "apple")
client("cantina", "Bepi Zanon", "bepi@cantinacavecchia.it", "Spett.le Az. Agricola Ca' Vecchia,", "android")
client("istituto", "Segreteria IC Dante Alighieri", "fgic83700x@istruzione.it",
       "Spett.le Istituto Comprensivo Dante Alighieri,", "thunderbird")
client("viaggi_ok", "Chicca Viaggi", "chiccaviaggi@outlook.it", "Spett.le Chicca Viaggi di Federica Santoro,",
       "outlook")
client("cinema", "Cineclub Arsenale", "cineclubarsenale@gmail.com", "Spett.le Associazione Cineclub Arsenale,",
       "gmail")
client("tipoweb", "Stampa Rapida Sardegna", "ordini@stamparapidasardegna.it", "Spett.le Stampa Rapida Sardegna srl,",
       "thunderbird")


def inv(num, amount, due, issue=None, subj=None, promise=None):
    return dict(num=num, amount=amount, due=d(due), issue=d(issue) if issue else None,
                subj=subj or f"Fattura {num}", promise=d(promise) if promise else None)


def L(**kw):
    return kw


PDF = "application/pdf"
PNG = "image/png"
JPG = "image/jpeg"

# ====================================================================================== MESSAGES
# ------------------------------------------------------------------------------ paid (27)
reply("client-reply-paid", "marco", C["nello"], inv("2026/051", 450.00, "2026-11-10", subj="Fattura 2026/051 - Ferri Fotografia"),
      "2026-11-18 21:47", """BUONASERA MARCO
HO FATTO IL BONIFICO STAMATTINA DI 450 EURO PER LE FOTO DEL MENU, MI HA AIUTATO MIA NIPOTE COL TELEFONO.
FAMMI SAPERE SE TI E ARRIVATO PERCHE NON SONO SICURO DI AVER MESSO IL NUMERO GIUSTO DELLA FATTURA.
SALUTI
NELLO


Inviato dal mio Galaxy
""", step="reminder", labels=L(amount="450.00"),
      note="Old restaurateur, ALL CAPS, no accents: transfer made this morning + asks whether it arrived. Paid with a question; amount in his words.")

reply("client-reply-paid", "ale", C["bern_seg"], inv("31/2026", 1530.00, "2026-11-05", issue="2026-10-06"),
      "2026-11-10 11:12", """Gentile dott.ssa Rossi,

con riferimento alla Sua fattura n. 31/2026, Le comunico che in data odierna abbiamo disposto il bonifico di € 1.530,00, pari al netto a pagare indicato in fattura; la ritenuta d’acconto di € 300,00 sarà versata dallo Studio con modello F24 entro il 16 dicembre p.v., come di consueto.
La Certificazione Unica Le sarà trasmessa entro il 16 marzo.

Ci scusiamo per il ritardo, dovuto al passaggio al nuovo gestionale contabile.

Cordiali saluti

Franca Motta
Segreteria amministrativa
STUDIO LEGALE BERNARDI & ASSOCIATI
Via Fontana 18 – 20122 Milano
Tel. 02 5518 3390

Le informazioni contenute nella presente comunicazione e i relativi allegati possono essere riservate e sono, comunque, destinate esclusivamente alle persone o alla Società sopraindicati. La diffusione, distribuzione e/o copiatura del documento trasmesso da parte di qualsiasi soggetto diverso dal destinatario è proibita, sia ai sensi dell’art. 616 c.p., che ai sensi del Regolamento UE 2016/679 (GDPR). Se avete ricevuto questo messaggio per errore, vi preghiamo di distruggerlo e di informarci immediatamente.
""", step="reminder", sent="2026-11-09 09:00", html=True, charset="iso-8859-1", enc="cp1252", cte="qp",
      subj="R: Sollecito fattura n. 31/2026",
      labels=L(amount="1530.00", reference="31/2026"),
      note="Law firm pays the net after withholding tax (ritenuta d'acconto 300 paid by F24 later): 1530 is what was paid, 300 is not a payment to the owner. Outlook HTML, iso-8859-1 label with cp1252 bytes (euro sign 0x80, curly apostrophes).")

reply("client-reply-paid", "chiara", C["sanrocco"], inv("44/2026", 610.00, "2026-11-30"),
      "2026-12-03 08:05", """fatto ieri sera dall'home banking, scusa il ritardo ma con l'inventario di fine mese non ho avuto un attimo!

Laura

--
Dott.ssa Laura Cavalli
Farmacia San Rocco snc
Borgo Cavour 41 - 31100 Treviso
tel. 0422 541220
""", step="due", sent="2026-12-01 09:00",
      note="Pharmacist, 'fatto ieri sera' with no payment verb. Gmail quote of the due-date reminder.")

reply("client-reply-paid", "davide", C["europa"], inv("DC-118", 1464.00, "2026-11-15", subj="Fattura DC-118 – Colombo Davide"),
      "2026-11-20 13:02", """ok pagato, ciao

Fabrizio
""", step="reminder", sent="2026-11-18 09:00", subj="Re: Sollecito fattura n. DC-118",
      note="Driving-school owner, three words from the phone.")

reply("client-reply-paid", "giulia", C["velablu"], inv("022/26", 780.00, "2026-11-30", subj="Invio fattura n. 022/26"),
      "2026-12-14 19:26", """Giulia carissima,
scusami se ti rispondo solo ora ma qua è un manicomio, tra i pacchetti di Capodanno e i mercatini di Natale in Austria non dormo da una settimana. Mia figlia mi ha detto che la brochure in tedesco è piaciuta assai a quelli di Monaco, quindi ti devo dire grazie pure da parte sua.

Ah, la fattura n. 22 te l'ho saldata venerdì, cu 'a banca nova (abbiamo passato il conto su Fineco e ancora non ci capisco niente), vedi se ti è arrivata che se no chiamo a quelli.

Ti volevo chiedere un'altra cosa: per marzo avremmo il catalogo Sicilia da fare in spagnolo, una trentina di pagine, me lo fai un preventivo quando hai un attimo? Non c'è prescia.

Un abbraccio e buone feste se non ci sentiamo
Rosario

Vela Blu Viaggi srl
Via Libertà 112 - 90143 Palermo
""", step="reminder", sent="2026-12-09 09:00",
      labels=L(reference="022/26"),
      note="Chatty Palermo travel agent; the payment ('saldata venerdì', past) is one sentence in the middle of news and a new quote request. 'fattura n. 22' = 022/26.")

reply("client-reply-paid", "marco", C["galli"], inv("2026/058", 366.00, "2026-11-20", issue="2026-10-21", subj="Fattura 2026/058 - Ferri Fotografia"),
      "2026-11-23 11:40", """Egregio sig. Ferri,

Le confermo che il pagamento della Sua fattura n. 2026/058 (rilievo fotografico delle facciate per la pratica di manutenzione straordinaria) è stato eseguito in data 20/11/2026 dal conto corrente del Condominio Via Assarotti 12, per l'importo di € 366,00.

In allegato la contabile rilasciata dalla banca.

Distinti saluti

Rag. Sergio Galli
Studio Galli Amministrazioni Condominiali
Via Assarotti 40/3 - 16122 Genova
Tel. 010 839 2210
Iscritto ANACI n. 4471
""", step="courtesy", sent="2026-11-17 09:00", attach=[("Contabile_CRO_20261120_0042.pdf", PDF, fake_pdf("Contabile bonifico SEPA - Condominio Via Assarotti 12 - EUR 366,00"))],
      labels=L(amount="366.00", reference="2026/058"),
      note="Condominium administrator, formal; paid from the condominium's account, PDF receipt attached. Reply to the courtesy note sent before the due date.")

reply("client-reply-paid", "ale", C["sala"], inv("35/2026", 976.00, "2026-11-30"),
      "2026-12-01 18:55", """Ciao Ale,
pagata con la distinta di oggi insieme a quella di ottobre, scusa se ci abbiamo messo un po'.
Ciao
G.

Gianni Sala
Tipografia Moderna F.lli Sala snc
Via Volturno 61 - 25126 Brescia
""", step="due", sent="2026-11-30 09:00", html=True,
      note="Print shop: 'pagata con la distinta di oggi' (paid in today's payment batch). Outlook HTML, Date in UTC.")

fwd = """Buongiorno sig. Ferri,
in seguito al Suo sollecito Le inoltro la conferma del bonifico che ci ha mandato la banca.
Cordiali saluti

Mariella Esposito
Ufficio Amministrazione
Hotel Bellavista ****
Via del Capo 14 - 80067 Sorrento (NA)

________________________________
Da: Intesa Sanpaolo <comunicazioni@intesasanpaolo.com>
Inviato: giovedì 3 dicembre 2026 16:02
A: amministrazione@hotelbellavistasorrento.it
Oggetto: Conferma esecuzione bonifico

Gentile Cliente,
ti confermiamo l'esecuzione del bonifico SEPA disposto tramite Internet Banking.

Ordinante: HOTEL BELLAVISTA SRL
Beneficiario: FERRI MARCO
IBAN beneficiario: IT02L0306902487100000004512
Importo: 1.220,00 EUR
Data esecuzione: 03/12/2026
Causale: SALDO FT 2026/062 SERVIZIO FOTOGRAFICO
TRN: 0306234567891234567890IT

Ti ricordiamo che Intesa Sanpaolo non ti chiederà mai via email i codici di accesso.

Cordiali saluti
Intesa Sanpaolo
"""
reply("client-reply-paid", "marco", C["bellavista"], inv("2026/062", 1220.00, "2026-11-30", subj="Fattura 2026/062 - Ferri Fotografia"),
      "2026-12-04 10:31", fwd, quote="none", subj="I: Conferma esecuzione bonifico", thread=False,
      labels=L(amount="1220.00", reference="2026/062"),
      note="Hotel accounts forward the bank's execution notice ('I:' = Outlook Italian forward), not a reply to the thread. The bank text is the bank's, but it is what the client sends as proof: amount and invoice are the forwarded receipt's.")

reply("client-reply-paid", "davide", C["sfuso"], inv("DC-121", 732.00, "2026-11-30", subj="Fattura DC-121 – Colombo Davide"),
      "2026-12-05 23:12", """Fattoooo 🙏 scusa scusa scusa me ne ero completamente dimenticata 🙈 ti ho appena mandato 732 € con l'istantaneo quindi dovrebbe esserti già arrivato!!
Grazie ancora per il lavoro sul sito, le vendite di novembre sono andate alla grande 🚀

Ila

Inviato da iPhone
""", step="reminder", sent="2026-12-03 09:00", labels=L(amount="732.00"),
      note="Young e-commerce owner, emoji, instant transfer just sent.")

reply("client-reply-paid", "giulia", C["mosaico"], inv("027/26", 420.00, "2026-11-30", subj="Invio fattura n. 027/26"),
      "2026-12-03 18:20", """Ciao Giulia,

ti confermo che ieri, 2 dicembre, ho eseguito il bonifico per la fattura 027/26 (traduzione del programma della rassegna). Il CRO è 0200856230712, se ti serve per la contabilità.
Scusaci, come tesoriere sono l'unico che ha accesso al conto e sono stato fuori per lavoro.

A presto,
Vito Greco
Tesoriere – Associazione Culturale Il Mosaico APS
Lecce
""", step="due", sent="2026-12-01 09:00", html=True, alt=False, from_=addr("Vito Greco - Il Mosaico APS", "ilmosaico.lecce@gmail.com"),
      labels=L(reference="027/26"),
      note="Cultural association treasurer, HTML-only Gmail, CRO number that must not be taken for an amount.")

reply("client-reply-paid", "chiara", C["sereni"], inv("47/2026", 915.00, "2026-11-20"),
      "2026-11-27 20:03", """Gentile Chiara,
ho provveduto. Mi scusi per il ritardo, ero in udienza tutta la settimana.
Cordialmente
Avv. Donatella Sereni

Inviato da iPad
""", step="reminder", sent="2026-11-25 09:00", mua="iphone",
      note="Lawyer: 'ho provveduto' — paid with no payment verb or amount.")

reply("client-reply-paid", "ale", C["fcomunali"], inv("38/2026", 2440.00, "2026-11-30"),
      "2026-12-15 10:21", """Buongiorno,

in riscontro alla Sua comunicazione, si informa che la fattura n. 38/2026 è stata liquidata con mandato di pagamento n. 1842 del 10/12/2026, per l'importo imponibile di € 2.000,00; l'IVA di € 440,00 è stata versata direttamente all'Erario ai sensi dell'art. 17-ter del D.P.R. 633/72 (scissione dei pagamenti).

Qualora l'accredito non risultasse ancora visibile, si prega di verificare con il proprio istituto: i tempi del tesoriere sono di 2-3 giorni lavorativi.

Distinti saluti

Ufficio Ragioneria e Contabilità
Farmacie Comunali Riunite – Azienda Speciale
Via Doberdò 9 – 42122 Reggio Emilia
""", step="reminder", sent="2026-12-11 09:00", html=True,
      labels=L(amount="2000.00", reference="38/2026"),
      note="Public pharmacy company under split payment: pays only the taxable 2000, VAT 440 goes to the State. Paid (mandate issued), amount 2000 not the reminded 2440.")

reply("client-reply-paid", "davide", C["rinaldi"], inv("DC-125", 244.00, "2026-12-10", subj="Fattura DC-125 – Colombo Davide"),
      "2026-12-19 10:48", """Buongiorno signor Davide,
mio figlio Michele mi dice che la fattura l'ha pagata lui con la carta di credito sul link che c'era nella mail, lunedi sera. Io di queste cose non me ne intendo. Se non le risulta mi faccia sapere che lo richiamo.
Distinti saluti
Anna Rinaldi
Autoscuola Rinaldi - Bari
""", step="reminder", sent="2026-12-17 09:00",
      note="Elderly driving-school owner relays that her son paid by card on Monday; second-hand but a clear paid claim.")

reply("client-reply-paid", "marco", C["porto"], inv("2026/049", 610.00, "2026-11-30", subj="Fattura 2026/049 - Ferri Fotografia"),
      "2026-12-09 12:14", """Buongiorno,

sono il commercialista dell'Osteria del Porto, il titolare mi ha girato il vostro sollecito.
Vi informo che il pagamento della fattura 2026/049 è stato effettuato il 4 dicembre insieme agli altri fornitori; allego la distinta della banca con l'elenco dei bonifici (il vostro è alla riga 7).

Cordiali saluti

Dott. Gianfranco Pinna
Dottore Commercialista – Revisore Legale
Via Sonnino 88 - 09127 Cagliari
""", step="reminder", sent="2026-12-07 09:00", mua="thunderbird",
      from_=addr("Studio Pinna", "studio.pinna@tiscali.it"), cc=addr("Osteria del Porto", "osteriadelporto.ca@gmail.com"),
      attach=[("distinta_bonifici_04122026.pdf", PDF, fake_pdf("Distinta bonifici 04/12/2026 - 9 disposizioni"))],
      labels=L(reference="2026/049"),
      note="The restaurant's accountant answers (different sender, client in Cc), batch list attached.")

reply("client-reply-paid", "davide", C["lagoblu"], inv("DC-124", 2074.00, "2026-12-01", subj="Fattura DC-124 – Colombo Davide"),
      "2026-12-11 15:05", """Salve,

pagamento effettuato in data 11.12.2026 tramite bonifico SEPA, importo EUR 2.074,00, causale Rg. DC-124.

Cordiali saluti / Mit freundlichen Grüßen

Petra Unterhofer
Buchhaltung – Contabilità
Hotel Lago Blu · Seestraße 7 · 39052 Kaltern/Caldaro (BZ)
""", step="reminder", sent="2026-12-09 09:00",
      labels=L(amount="2074.00", reference="DC-124"),
      note="South Tyrol hotel, bilingual signature, German-style date 11.12.2026 and 'Rg.' for invoice.")

reply("client-reply-paid", "ale", C["lanza"], inv("40/2026", 1098.00, "2026-12-15"),
      "2026-12-21 17:40", """Buongiorno Alessandra,

abbiamo saldato la 40/2026 lunedì scorso.

Una domanda: per i prossimi lavori (il catalogo di primavera) ci può fare la fattura a 30 gg data fattura anziché a vista? Il nostro ufficio fa i pagamenti solo il 15 e il 30 del mese e così evitiamo questi solleciti.

Grazie e buone feste
Carmela Lanza
Grafiche Lanza srl – Amministrazione
Zona Industriale Blocco Palma I - 95121 Catania
""", step="reminder", sent="2026-12-18 09:00",
      labels=L(reference="40/2026"),
      note="Paid + a question about future payment terms (the 15 and 30 are not dates for this invoice).")

reply("client-reply-paid", "giulia", C["giramondo"], inv("031/26", 1250.00, "2026-12-10", subj="Invio fattura n. 031/26"),
      "2026-12-14 15:20", """Gent.ma Sig.ra Esposito,

La informiamo che il bonifico relativo alla Vs. fattura n. 031/26 è stato eseguito in data odierna con valuta beneficiario 16/12/2026.

Restiamo a disposizione per eventuali chiarimenti.

Cordiali saluti

Ufficio Contabilità
GIRAMONDO VIAGGI s.a.s.
Corso Porta Nuova 27 – 37122 Verona
Tel. 045 800 1234 – Fax 045 800 1235
P.IVA 02345670231

Ai sensi del Regolamento (UE) 2016/679 si precisa che le informazioni contenute in questo messaggio sono riservate e a uso esclusivo del destinatario.
""", step="due", sent="2026-12-11 09:00", charset="windows-1252", cte="qp",
      labels=L(reference="031/26"),
      note="Travel agency accounts, Outlook desktop windows-1252: transfer executed today, value date two days later (still paid, not a promise).")

reply("client-reply-paid", "chiara", C["cinema"], inv("52/2026", 300.00, "2026-12-18"),
      "2026-12-22 22:10", """saldato ieri. buone feste Chiara e grazie per la campagna del festival!
Marta
Cineclub Arsenale
""", step="reminder", sent="2026-12-21 09:00",
      note="Film club volunteer, one line, lowercase.")

reply("client-reply-paid", "chiara", C["ceramiche"], inv("49/2026", 488.00, "2026-12-05"),
      "2026-12-10 12:30", """Ciao Chiara! tutto ok, pagato con Satispay 😂 scherzo, bonifico fatto martedì sera dall'app. ti giro lo screen così stai tranquilla.
Per gennaio confermiamo il pacchetto con i reel? fammi sapere

Rita
""", step="reminder", sent="2026-12-09 09:00",
      attach=[("Screenshot_20261208-213211.png", PNG, fake_png(6, 4, 21))],
      note="E-commerce: joke about Satispay then the real thing (bank transfer Tuesday), screenshot PNG attached, plus talk of new work.")

reply("client-reply-paid", "giulia", C["ferraro"], inv("029/26", 671.00, "2026-11-25", subj="Invio fattura n. 029/26"),
      "2026-12-03 11:15", """Gentile dottoressa Esposito,

noi abbiamo pagato la settimana scorsa, con bonifico da Banco BPM. Può cortesemente verificare se l'accredito è arrivato? In caso contrario ci faccia sapere e chiederemo alla banca il numero di CRO.

Cordiali saluti

p. lo Studio
Anna Maria Ferraro
Studio Legale Ferraro Pugliese
Via Toledo 256 - 80134 Napoli
""", step="reminder", sent="2026-12-01 09:00",
      note="Law firm: 'we paid last week, can you check it arrived?' — paid with a question.")

reply("client-reply-paid", "marco", C["cantina"], inv("2026/060", 780.00, "2026-12-15", subj="Fattura 2026/060 - Ferri Fotografia"),
      "2026-12-21 08:47", """Ciao Marco,
xe tuto a posto, go fato el bonifico sabo matina prima de andar in cantina. Se no te xe rivà dimelo che vado in banca a Valdobiadene.
Le foto de le vigne le gavemo messe sul sito e le xe beìssime, tuti me domanda chi che le ga fate.
Se te vien da ste parti a genaro te porto na cassa de prosecco.

Bepi
Az. Agricola Ca' Vecchia
""", step="reminder", sent="2026-12-18 09:00",
      note="Winemaker writing in Venetian dialect: 'go fato el bonifico sabo' = I made the transfer Saturday.")

reply("client-reply-paid", "chiara", C["buttero"], inv("50/2026", 380.00, "2026-12-10"),
      "2026-12-13 17:50", """aò Chiara t'ho pagato ieri, controlla. Quelli der commercialista m'avevano detto che l'avevano fatto loro e invece gnente, mo l'ho fatto io.
ce vedemo giovedì pe' le foto der menù de Natale
Claudio
""", step="reminder", sent="2026-12-12 09:00",
      note="Roman restaurant owner in romanesco; the Thursday is a meeting, not a payment date.")

reply("client-reply-paid", "giulia", C["partenope"], inv("033/26", 350.00, "2026-12-20", subj="Invio fattura n. 033/26"),
      "2026-12-28 13:13", """Giulia bella, tutto apposto, t'aggio pagato stamattina, nun te preoccupà. Scusa 'o ritardo ma cu 'e feste stevemo 'nguaiati.
Buon anno a te e famiglia!
Gennaro
""", step="reminder", sent="2026-12-23 09:00", quote="none",
      note="Neapolitan dialect, no quote: 't'aggio pagato stamattina'.")

reply("client-reply-paid", "davide", C["viaggi_ok"], inv("DC-129", 854.00, "2027-01-10", subj="Fattura DC-129 – Colombo Davide", promise="2027-01-20"),
      "2027-01-27 16:12", """Scusi, mi era proprio sfuggito. Bonifico partito oggi pomeriggio, € 854,00. Le allego la contabile.

Federica Santoro
Chicca Viaggi – Agenzia viaggi e turismo
Piazza Garibaldi 9 - 43121 Parma
""", step="promise_followup", sent="2027-01-25 09:00",
      attach=[("Contabile bonifico.pdf", PDF, fake_pdf("Bonifico SEPA EUR 854,00 a favore di COLOMBO DAVIDE"))],
      labels=L(amount="854.00"),
      note="Reply to the promise follow-up (after an earlier promise for Wednesday): transfer sent today, receipt attached.")

reply("client-reply-paid", "ale", C["tipoweb"], inv("3/2027", 780.00, "2027-02-10"),
      "2027-02-12 09:40", """Buongiorno,
la fattura 3/2027 è stata inserita nella distinta fornitori di ieri, valuta beneficiario 15/02.
Saluti

Ufficio acquisti
Stampa Rapida Sardegna srl
Viale Elmas 140 - Cagliari
""", step="due", sent="2027-02-10 09:00",
      labels=L(reference="3/2027"),
      note="'Inserita nella distinta di ieri' = processed in yesterday's payment run; the value date 15/02 is in the future but the payment is done.")

reply("client-reply-paid", "ale", C["sapone"], inv("42/2026", 549.00, "2026-12-31"),
      "2027-01-14 18:30", """Ciao Alessandra,
pagata ieri, tutto a posto. Ti manderò anche la contabile appena la banca me la rende disponibile (con la banca nuova ci mettono due giorni, boh).
Le etichette nuove stanno piacendo tantissimo, grazie ancora!

Serena
La Bottega del Sapone – Via dei Serragli 64r, Firenze
""", step="reminder", sent="2027-01-12 09:00", html=True,
      note="Paid yesterday; the 'ti manderò anche la contabile' is a future action about the receipt, not a payment promise.")

reply("client-reply-paid", "davide", C["farm_mele"], inv("DC-127", 610.00, "2026-12-31", subj="Fattura DC-127 – Colombo Davide"),
      "2027-01-11 10:05", """Egregio sig. Colombo,

ho pagato in data 8 gennaio. Le chiedo cortesemente di inviarmi la fattura quietanzata per la nostra contabilità.

Distinti saluti
dott. Antonio Mele
Farmacia Mele - Corso Garibaldi 77 - 08100 Nuoro
""", step="reminder", sent="2027-01-08 09:00",
      note="Old-school pharmacist: paid on 8 January (the day the reminder went out) and asks for a receipted invoice.")

# ------------------------------------------------------------------------------ promises (28)
reply("client-reply-promise", "davide", C["europa"], inv("DC-122", 1220.00, "2026-11-20", subj="Fattura DC-122 – Colombo Davide"),
      "2026-11-24 12:40", """pago venerdì, ora sono in macchina con un allievo. scusa
Fabrizio
""", step="reminder", sent="2026-11-23 09:00", labels=L(promised_date="2026-11-27"),
      note="Tuesday 24 Nov: 'venerdì' = Friday 27 Nov.")

reply("client-reply-promise", "chiara", C["sanrocco"], inv("2/2027", 610.00, "2027-01-31"),
      "2027-02-04 09:10", """Buongiorno Chiara,
la saldiamo entro il 12, il 10 ci arriva il pagamento dell'ASL per la distribuzione per conto e sistemiamo tutti i fornitori insieme.
Laura
""", step="due", sent="2027-02-01 09:00", labels=L(promised_date="2027-02-12"),
      note="'entro il 12' (Feb 12, still ahead); the 10th is when the ASL pays the pharmacy, not the promise.")

reply("client-reply-promise", "marco", C["bellavista"], inv("2026/070", 1600.00, "2026-12-31", subj="Fattura 2026/070 - Ferri Fotografia"),
      "2027-01-12 11:00", """Buongiorno,

a fine mese, promesso. Siamo chiusi per la stagione fino a marzo e in questo periodo la cassa è quella che è.

Cordiali saluti
Mariella Esposito
Ufficio Amministrazione
Hotel Bellavista ****
Via del Capo 14 - 80067 Sorrento (NA)
""", step="reminder", sent="2027-01-08 09:00", html=True,
      labels=L(promised_date="2027-01-31"),
      note="Seasonal hotel: 'a fine mese' written 12 Jan = 31 Jan. 'fino a marzo' is the hotel's closure, not a date for payment.")

reply("client-reply-promise", "marco", C["porto"], inv("2027/003", 450.00, "2027-02-05", subj="Fattura 2027/003 - Ferri Fotografia"),
      "2027-02-12 19:30", """Ciao Marco, te lo faccio mercoledì prossimo che martedì ho la consegna del pesce e la cassa è vuota.
Efisio
""", step="reminder", sent="2027-02-10 09:00", labels=L(promised_date="2027-02-17"),
      note="Friday 12 Feb: 'mercoledì prossimo' = Wed 17 Feb; Tuesday is a distractor (fish delivery).")

reply("client-reply-promise", "marco", C["nello"], inv("2026/066", 320.00, "2026-12-10", subj="Fattura 2026/066 - Ferri Fotografia"),
      "2026-12-15 20:15", """MARCO SCUSA MI ERO DIMENTICATO. DOPODOMANI VADO IN BANCA E TE LI FACCIO.
NELLO
""", step="reminder", sent="2026-12-14 09:00", labels=L(promised_date="2026-12-17"),
      note="ALL CAPS, 'dopodomani' on Tue 15 Dec = Thu 17 Dec.")

reply("client-reply-promise", "ale", C["sala"], inv("44/2026", 1342.00, "2026-12-31"),
      "2027-01-07 13:00", """Ciao Ale, buon anno!
La tua rientra nel giro pagamenti della settimana prossima, abbiamo avuto il commercialista in ferie fino a ieri.
Ciao G.
""", step="reminder", sent="2027-01-05 09:00",
      note="'settimana prossima' is vague: promise without a date.")

reply("client-reply-promise", "chiara", C["mosaico"], inv("51/2026", 800.00, "2026-12-15"),
      "2026-12-19 11:00", """Cara Chiara,

hai ragione, siamo in ritardo e mi dispiace. La situazione è questa: la rassegna è finanziata in buona parte dal bando regionale, e la Regione non ci ha ancora liquidato la seconda tranche. Appena arriva il contributo ti paghiamo, sei la prima della lista, te lo prometto. Ti tengo aggiornata.

Un abbraccio
Antonella De Santis
Presidente – Associazione Culturale Il Mosaico APS
""", step="reminder", sent="2026-12-17 09:00", from_=addr("Antonella De Santis", "ilmosaico.lecce@gmail.com"),
      note="Association waiting for a regional grant: 'appena arriva il contributo ti paghiamo' — conditional promise, no date.")

reply("client-reply-promise", "giulia", C["giramondo"], inv("002/27", 940.00, "2027-01-10", subj="Invio fattura n. 002/27"),
      "2027-01-14 11:30", """Gent.ma Sig.ra Esposito,

purtroppo non riusciamo a effettuare il pagamento prima del 28 gennaio, data in cui è previsto il nostro prossimo giro pagamenti fornitori. Ci scusiamo per il disagio.

Cordiali saluti

Ufficio Contabilità
GIRAMONDO VIAGGI s.a.s.
Corso Porta Nuova 27 – 37122 Verona
""", step="reminder", sent="2027-01-12 09:00", charset="iso-8859-1", enc="cp1252", cte="8bit",
      labels=L(promised_date="2027-01-28"),
      note="'non riusciamo prima del 28 gennaio' = promise for 28 Jan. iso-8859-1 label, raw 8bit body.")

reply("client-reply-promise", "davide", C["sfuso"], inv("DC-130", 549.00, "2027-01-05", subj="Fattura DC-130 – Colombo Davide"),
      "2027-01-11 09:15", """lo faccio oggi giuro 🤞 ho il commercialista che mi sta facendo impazzire con la chiusura dell'anno

Ila

Inviato da iPhone
""", step="reminder", sent="2027-01-09 09:00", labels=L(promised_date="2027-01-11"),
      note="'lo faccio oggi' = promise for the day of the message.")

reply("client-reply-promise", "chiara", C["sereni"], inv("3/2027", 610.00, "2027-01-15"),
      "2027-01-20 18:45", """Gentile Chiara, domani mattina provvedo, oggi sono stata tutto il giorno a Velletri in udienza.
Cordialmente
Avv. Donatella Sereni

Inviato da iPhone
""", step="reminder", sent="2027-01-19 09:00", labels=L(promised_date="2027-01-21"),
      note="Same lawyer whose 'ho provveduto' meant paid; here 'domani mattina provvedo' is a promise for tomorrow.")

reply("client-reply-promise", "davide", C["galli"], inv("DC-131", 1220.00, "2027-01-15", subj="Fattura DC-131 – Colombo Davide"),
      "2027-01-22 12:20", """Egregio sig. Colombo,

in riscontro al Suo sollecito, Le comunico che in data odierna è stato disposto un acconto di € 500,00 sulla fattura DC-131. Il saldo di € 720,00 verrà corrisposto entro il 15 febbraio, non appena saranno incassate le rate condominiali del primo trimestre.

Confido nella Sua comprensione.

Distinti saluti

Rag. Sergio Galli
Studio Galli Amministrazioni Condominiali
Via Assarotti 40/3 - 16122 Genova
""", step="reminder", sent="2027-01-20 09:00",
      labels=L(promised_date="2027-02-15", amount="720.00", reference="DC-131"),
      note="Partial payment (500 today) + promise of the balance (720) by 15 Feb: promise; amount = the promised balance, 500 is the instalment already sent.")

reply("client-reply-promise", "davide", C["rinaldi"], inv("DC-133", 244.00, "2027-01-20", subj="Fattura DC-133 – Colombo Davide"),
      "2027-01-28 17:10", """Buonasera, mi scusi tanto, mio figlio è fuori per lavoro e io col computer non sono pratica. Martedi vado in banca di persona e faccio il bonifico allo sportello.
Distinti saluti Anna Rinaldi
""", step="reminder", sent="2027-01-26 09:00", labels=L(promised_date="2027-02-02"),
      note="Thursday 28 Jan: 'Martedi' (no accent) = Tue 2 Feb.")

reply("client-reply-promise", "ale", C["lanza"], inv("46/2026", 2135.00, "2026-12-20", issue="2026-11-20"),
      "2026-12-22 11:05", """Buongiorno Alessandra,

le ricordo che paghiamo tutti i fornitori a 60 giorni data fattura fine mese, come indicato nel nostro ordine d'acquisto n. 231/26: la sua fattura del 20 novembre andrà quindi in pagamento il 31 gennaio.

Per i prossimi lavori le chiederei di indicare in fattura la scadenza corretta, così evitiamo equivoci.

Cordiali saluti
Carmela Lanza
Grafiche Lanza srl – Amministrazione
""", step="due", sent="2026-12-21 09:00",
      labels=L(promised_date="2027-01-31"),
      note="Client explains its 60 days end-of-month terms and states the payment date (31 Jan). Not contesting the amount: promise.")

reply("client-reply-promise", "ale", C["sapone"], inv("2/2027", 366.00, "2027-01-30"),
      "2027-02-01 13:20", """Oggi non ce la faccio, sono da sola in negozio con i saldi. Giovedì sicuro.
Serena

Inviato da iPhone
""", step="due", sent="2027-02-01 09:00", mua="iphone", labels=L(promised_date="2027-02-04"),
      note="'not today, Thursday': Monday 1 Feb -> Thu 4 Feb.")

reply("client-reply-promise", "davide", C["lagoblu"], inv("DC-134", 1830.00, "2027-01-10", subj="Fattura DC-134 – Colombo Davide"),
      "2027-01-13 09:50", """Salve,

la fattura è stata registrata ed entra nella distinta fornitori del 25 gennaio.

Cordiali saluti / Mit freundlichen Grüßen

Petra Unterhofer
Buchhaltung – Contabilità
Hotel Lago Blu · Seestraße 7 · 39052 Kaltern/Caldaro (BZ)
""", step="reminder", sent="2027-01-12 09:00", labels=L(promised_date="2027-01-25"),
      note="'entra nella distinta del 25 gennaio' = scheduled payment run.")

reply("client-reply-promise", "giulia", C["velablu"], inv("035/26", 620.00, "2026-12-15", subj="Invio fattura n. 035/26"),
      "2026-12-21 20:40", """Giulia scusami, dopo la Befana ti sistemo tutto, ora con le partenze di Natale e Capodanno sono impazzito, ho pure due gruppi a Praga. Non ti scordo eh.
Rosario
""", step="reminder", sent="2026-12-19 09:00",
      note="'dopo la Befana' = after 6 Jan, vague: promise without date.")

stmt = """Spett.le Studio Legale Bernardi & Associati,

da un controllo risultano ancora da saldare le seguenti fatture:

- n. 36/2026 del 2 novembre 2026, scaduta il 2 dicembre 2026 (40 giorni di ritardo): 854,00 €
- n. 41/2026 del 1 dicembre 2026, scaduta il 31 dicembre 2026 (11 giorni di ritardo): 2.440,00 €

Totale da pagare: 3.294,00 €

Chiedo cortesemente di provvedere al pagamento entro il 18 gennaio 2027. Se alcune di queste fatture sono già state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email.

Per il pagamento:
- beneficiario: Alessandra Rossi
- IBAN: IT60 X054 2811 1010 0000 0123 456
- BIC: BPMOIT22XXX
- causale: Fatture n. 36/2026, 41/2026

Cordiali saluti,
Alessandra Rossi
"""
reply("client-reply-promise", "ale", C["bern_avv"], inv("41/2026", 2440.00, "2026-12-31"),
      "2027-01-12 16:30", """Gentile dott.ssa Rossi,

ho verificato con la segreteria: la fattura n. 36/2026 è stata pagata ieri; per la n. 41/2026 provvederemo entro il 20 gennaio, dopo la chiusura contabile dell'esercizio.

Cordiali saluti

Avv. Paolo Bernardi
STUDIO LEGALE BERNARDI & ASSOCIATI
Via Fontana 18 – 20122 Milano
""", step="reminder", sent="2027-01-11 09:00", quoted_text=stmt, lsubj="Fatture da saldare: 36/2026, 41/2026",
      labels=L(promised_date="2027-01-20", reference="41/2026"),
      note="Statement of two invoices: one paid yesterday, the other promised by 20 Jan -> promise (reference = the promised one).")

reply("client-reply-promise", "chiara", C["buttero"], inv("53/2026", 420.00, "2026-12-20"),
      "2026-12-28 15:30", """Chiara te li mando il 5, che me pagano i pranzi aziendali de dicembre. Tranquilla che nun scappo 😄
Claudio
""", step="reminder", sent="2026-12-24 09:00", labels=L(promised_date="2027-01-05"),
      note="Written 28 Dec: 'il 5' is next month's 5th (5 Jan 2027).")

reply("client-reply-promise", "chiara", C["ceramiche"], inv("5/2027", 488.00, "2027-01-31"),
      "2027-02-08 19:05", """Ciao Chiara scusa, lo faccio lunedì, oggi la banca mi ha bloccato il token e devo andare in filiale a farmelo sbloccare 🙄
Rita
""", step="reminder", sent="2027-02-08 09:00", labels=L(promised_date="2027-02-15"),
      note="Written on Monday 8 Feb: 'lunedì' = the following Monday, 15 Feb.")

reply("client-reply-promise", "davide", C["europa"], inv("DC-135", 732.00, "2027-01-10", subj="Fattura DC-135 – Colombo Davide"),
      "2027-01-15 13:50", """ciao davide ti pago venerdi prossimo, questa settimana mi sono saltati 3 esami e sono incasinato
fabrizio
""", step="reminder", sent="2027-01-13 09:00", labels=L(promised_date="2027-01-22"),
      note="Written on Friday 15 Jan: 'venerdi prossimo' = Fri 22 Jan. The '3 esami' are driving tests.")

reply("client-reply-promise", "giulia", C["mosaico"], inv("004/27", 390.00, "2027-01-31", subj="Invio fattura n. 004/27"),
      "2027-01-27 21:00", """Ciao Giulia,
ti scrivo io perché Vito è fuori. Il contributo della Regione finalmente è arrivato: entro il 10 febbraio il tesoriere fa tutti i pagamenti, compresa la tua fattura 004/27.
Grazie della pazienza!
Antonella
""", step="courtesy", sent="2027-01-26 09:00", html=True, from_=addr("Antonella De Santis", "ilmosaico.lecce@gmail.com"),
      labels=L(promised_date="2027-02-10", reference="004/27"),
      note="Reply to the courtesy note: payment by 10 Feb.")

reply("client-reply-promise", "davide", C["farm_mele"], inv("DC-136", 915.00, "2027-01-31", subj="Fattura DC-136 – Colombo Davide"),
      "2027-02-03 11:25", """Egregio sig. Colombo,

la fattura sarà pagata verso la metà del mese, come d'abitudine facciamo per tutti i fornitori.

Distinti saluti
dott. Antonio Mele
Farmacia Mele - Nuoro
""", step="reminder", sent="2027-02-02 09:00",
      note="'verso la metà del mese' is vague: promise without a date.")

reply("client-reply-promise", "giulia", C["partenope"], inv("006/27", 500.00, "2027-02-01", subj="Invio fattura n. 006/27"),
      "2027-02-09 12:00", """Giulia, dammi un paio di settimane che stiamo aspettando i rimborsi dei voli cancellati di gennaio e siamo scoperti. Non mi dimentico.
Gennaro

Inviato da Gmail per Android
""", step="reminder", sent="2027-02-05 09:00",
      note="'un paio di settimane' — vague, no date.")

reply("client-reply-promise", "ale", C["tipoweb"], inv("48/2026", 780.00, "2026-12-31"),
      "2027-01-08 10:10", """Buongiorno,
la fattura 48/2026 verrà saldata entro il 5.
Saluti
Ufficio acquisti
Stampa Rapida Sardegna srl
""", step="reminder", sent="2027-01-07 09:00",
      labels=L(promised_date="2027-02-05", reference="48/2026"),
      note="Written 8 Jan: 'entro il 5' has passed this month, so it is 5 Feb.")

reply("client-reply-promise", "giulia", C["velablu"], inv("035/26", 620.00, "2026-12-15", subj="Invio fattura n. 035/26"),
      "2027-01-29 09:30", """Gentile dott.ssa Esposito,

ho ricevuto la sua diffida e mi dispiace che si sia arrivati a questo punto, non era mia intenzione. Le confermo che provvederò al saldo della fattura entro il 5 febbraio, appena rientra il pagamento di un gruppo. Se vuole, posso farle subito un acconto di 200 euro, me lo dica.

Cordiali saluti
Rosario Caruso
Vela Blu Viaggi srl
""", step="final", sent="2027-01-27 09:00",
      labels=L(promised_date="2027-02-05"),
      note="After the formal notice the chatty client turns formal: balance by 5 Feb; the 200 euro deposit is only offered, not paid.")

fcr_html = """<p>Buongiorno,</p>
<p>si riporta di seguito lo stato della fattura in oggetto:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt">
<tr style="background:#d9e1f2"><th>Fornitore</th><th>N. fattura</th><th>Data</th><th>Imponibile</th><th>IVA (split payment)</th><th>Stato</th><th>Data pagamento prevista</th></tr>
<tr><td>ROSSI ALESSANDRA</td><td>4/2027</td><td>15/01/2027</td><td>1.000,00</td><td>220,00</td><td>Liquidata – in attesa di mandato</td><td>26/02/2027</td></tr>
</table>
<p>L'importo di € 1.000,00 sarà accreditato sul conto indicato in fattura; l'IVA sarà versata all'Erario ai sensi dell'art. 17-ter del D.P.R. 633/72.</p>
<p>Distinti saluti</p>
<p>Ufficio Ragioneria e Contabilità<br>Farmacie Comunali Riunite – Azienda Speciale<br>Via Doberdò 9 – 42122 Reggio Emilia</p>"""
fcr_text = """Buongiorno,

si riporta di seguito lo stato della fattura in oggetto:

Fornitore	N. fattura	Data	Imponibile	IVA (split payment)	Stato	Data pagamento prevista
ROSSI ALESSANDRA	4/2027	15/01/2027	1.000,00	220,00	Liquidata – in attesa di mandato	26/02/2027

L'importo di € 1.000,00 sarà accreditato sul conto indicato in fattura; l'IVA sarà versata all'Erario ai sensi dell'art. 17-ter del D.P.R. 633/72.

Distinti saluti

Ufficio Ragioneria e Contabilità
Farmacie Comunali Riunite – Azienda Speciale
Via Doberdò 9 – 42122 Reggio Emilia
"""
reply("client-reply-promise", "ale", C["fcomunali"], inv("4/2027", 1220.00, "2027-02-15", issue="2027-01-15"),
      "2027-02-18 10:00", fcr_text, html_body=fcr_html, html=True, step="due", sent="2027-02-16 09:00",
      labels=L(promised_date="2027-02-26", amount="1000.00", reference="4/2027"),
      note="HTML table from a public company: status 'liquidata, in attesa di mandato', expected payment 26/02/2027; only the taxable 1000 will be credited (split payment).")

reply("client-reply-promise", "chiara", C["cinema"], inv("6/2027", 450.00, "2027-02-10"),
      "2027-02-15 10:30", """Buongiorno,

seguo la contabilità del Cineclub Arsenale. La fattura ci è stata girata solo oggi: la mettiamo in pagamento con il giro di venerdì 19.

Cordiali saluti
Elisa Conti
Studio Conti – Consulenza fiscale e del lavoro
Via Manin 5, Pordenone
""", step="reminder", sent="2027-02-12 09:00", from_=addr("Elisa Conti - Studio Conti", "elisa@studioconti.pn.it"),
      cc=addr("Cineclub Arsenale", "cineclubarsenale@gmail.com"), mua="outlook", quote="outlook",
      labels=L(promised_date="2027-02-19"),
      note="The association's accountant answers: the invoice goes into the payment run of Friday 19 Feb (not yet paid).")

reply("client-reply-promise", "davide", C["viaggi_ok"], inv("DC-129", 854.00, "2027-01-10", subj="Fattura DC-129 – Colombo Davide"),
      "2027-01-16 10:20", """ciao davide si scusa lo so, mercoledi te lo faccio sicuro
Fede
""", step="reminder", sent="2027-01-14 09:00",
      labels=L(promised_date="2027-01-20"),
      note="Saturday 16 Jan, lowercase, 'mercoledi' = Wed 20 Jan. Same thread later gets a paid reply after the follow-up.")

# ------------------------------------------------------------------------------ disputes (18)
reply("client-reply-dispute", "ale", C["bern_avv"], inv("45/2026", 2196.00, "2027-01-15"),
      "2027-01-20 17:10", """Gentile dott.ssa Rossi,

esaminata la fattura n. 45/2026, rilevo che sono state addebitate 12 ore per le revisioni del logo e della carta intestata, mentre il preventivo da noi accettato il 3 settembre ne prevedeva 6 già comprese nel compenso forfettario. Le ulteriori revisioni, peraltro, si sono rese necessarie per errori nelle bozze (il nome del collega Marchetti riportato in modo errato su tutti i biglietti da visita).

Le chiedo pertanto di emettere una nota di credito per le 6 ore eccedenti (€ 360,00 oltre IVA) e di inviarci la fattura corretta, che provvederemo a saldare senza indugio.

Cordiali saluti

Avv. Paolo Bernardi
STUDIO LEGALE BERNARDI & ASSOCIATI
Via Fontana 18 – 20122 Milano
""", step="reminder", sent="2027-01-19 09:00",
      labels=L(reference="45/2026"),
      note="Law partner contests extra revision hours vs the quote and asks for a credit note; 'provvederemo a saldare' is conditional on the corrected invoice -> dispute wins.")

reply("client-reply-dispute", "chiara", C["buttero"], inv("4/2027", 610.00, "2027-01-31"),
      "2027-02-02 16:05", """Chiara ma nun eravamo rimasti cor 10% de sconto pe' 'r pacchetto de sei mesi? Qua la fattura è piena. Rifammela e te la pago subito eh, nun è pe' nun pagà.
Claudio
""", step="due", sent="2027-02-01 09:00",
      note="Agreed 10% discount missing; romanesco. Pay-on-corrected-invoice is conditional -> dispute.")

reply("client-reply-dispute", "davide", C["sfuso"], inv("DC-137", 1464.00, "2027-02-05", subj="Fattura DC-137 – Colombo Davide"),
      "2027-02-09 22:30", """Ciao Davide, ti ho mandato 500 € adesso come acconto ma il resto te lo do quando il checkout con PayPal funziona davvero, perché ancora oggi due clienti mi hanno scritto che il pagamento si blocca all'ultimo passaggio 😕 e io gli ordini li perdo.
Fammi sapere quando riesci a sistemarlo.
Ila

Inviato da iPhone
""", step="reminder", sent="2027-02-08 09:00",
      labels=L(amount="500.00"),
      note="Partial payment (500) + the rest withheld until the unfinished work (PayPal checkout) is fixed -> dispute.")

reply("client-reply-dispute", "chiara", C["sanrocco"], inv("54/2026", 610.00, "2026-12-31"),
      "2027-01-11 09:40", """Buongiorno Chiara,
guardi che la 54/2026 l'abbiamo già pagata a novembre: è identica alla 44/2026 (stesso importo, stessa descrizione "gestione social ottobre"). Credo sia un doppione, ci mandi una nota di credito per favore, altrimenti il commercialista me la registra due volte.
Laura Cavalli
Farmacia San Rocco
""", step="reminder", sent="2027-01-08 09:00",
      labels=L(reference="54/2026"),
      note="'già pagata' but the claim is that 54/2026 duplicates 44/2026 and needs a credit note: duplicate billing -> dispute, not paid.")

reply("client-reply-dispute", "ale", C["lanza"], inv("1/2027", 1830.00, "2027-01-31"),
      "2027-02-04 16:00", """Buongiorno Alessandra,

abbiamo disposto oggi il pagamento di € 1.220,00 relativo alle brochure. La parte relativa alle locandine (€ 610,00) non la paghiamo finché non ci manda i file corretti: i colori Pantone erano sbagliati e abbiamo dovuto ristampare a nostre spese 500 copie.

Ne parliamo al telefono se vuole.

Cordiali saluti
Carmela Lanza
Grafiche Lanza srl – Amministrazione
""", step="due", sent="2027-02-01 09:00", html=True,
      labels=L(amount="1220.00"),
      note="Partial payment of 1220 + the 610 for posters disputed (wrong colours) -> dispute; amount = the part paid.")

reply("client-reply-dispute", "giulia", C["giramondo"], inv("005/27", 1100.00, "2027-02-10", subj="Invio fattura n. 005/27"),
      "2027-02-12 10:20", """Gent.ma Sig.ra Esposito,

in merito alla fattura in oggetto dobbiamo segnalarLe che la traduzione in tedesco del catalogo "Inverno in Lessinia" presentava numerosi errori (in particolare nei nomi delle località e nelle condizioni generali di vendita), che il nostro personale ha dovuto correggere prima della stampa.

Alla luce di ciò, Le proponiamo di riconoscere il 70% dell'importo fatturato, pari a € 770,00. Restiamo in attesa di un Suo riscontro prima di procedere.

Cordiali saluti

Ufficio Contabilità
GIRAMONDO VIAGGI s.a.s.
""", step="due", sent="2027-02-10 09:00", charset="windows-1252", cte="qp",
      labels=L(amount="770.00"),
      note="Quality complaint and a counter-offer of 70% (770): dispute; amount = the amount they accept to pay.")

reply("client-reply-dispute", "chiara", C["cinema"], inv("55/2026", 350.00, "2026-12-20"),
      "2026-12-23 12:00", """Ciao Chiara,
scusa ma questa fattura non la capiamo proprio: la campagna per la rassegna di dicembre è stata annullata a fine novembre (te l'aveva detto Marta al telefono) e i post non sono mai usciti. Non ci sembra giusto pagare un lavoro che non è stato fatto. Ne parliamo?

Luca, per il direttivo del Cineclub Arsenale
""", step="reminder", sent="2026-12-22 09:00",
      note="Association refuses to pay for a cancelled campaign (work not done).")

reply("client-reply-dispute", "marco", C["bellavista"], inv("2027/004", 1600.00, "2027-02-10", subj="Fattura 2027/004 - Ferri Fotografia"),
      "2027-02-16 11:00", """Buongiorno sig. Ferri,

relativamente alla fattura 2027/004, ci risulta che siano state consegnate 40 fotografie anziché le 60 pattuite nel preventivo (20 camere, spa e ristorante). Vi chiediamo pertanto una nota di credito per le 20 foto mancanti oppure la consegna delle stesse entro fine mese, prima di procedere al pagamento.

Cordiali saluti
Mariella Esposito
Ufficio Amministrazione
Hotel Bellavista ****
""", step="reminder", sent="2027-02-15 09:00", html=True,
      labels=L(reference="2027/004"),
      note="Hotel wants a credit note for 20 undelivered photos; 'fine mese' is the delivery deadline they set, not a payment promise.")

reply("client-reply-dispute", "marco", C["galli"], inv("2027/002", 1100.00, "2027-01-31", subj="Fattura 2027/002 - Ferri Fotografia"),
      "2027-02-01 12:00", """Egregio sig. Ferri,

in qualità di amministratore del Condominio Via Assarotti 12 non posso liquidare la fattura n. 2027/002 per l'importo richiesto: l'assemblea del 14 novembre ha approvato il Suo preventivo per € 900,00 e non sono autorizzato a spese superiori senza una nuova delibera.

Le chiedo quindi di stornare la fattura e riemetterla per l'importo deliberato, oppure di giustificarmi per iscritto la differenza, che porterò alla prossima assemblea.

Distinti saluti

Rag. Sergio Galli
Studio Galli Amministrazioni Condominiali
""", step="due", sent="2027-01-31 09:00",
      labels=L(reference="2027/002"),
      note="Condominium administrator cannot pay more than the 900 approved by the assembly: amount contested.")

reply("client-reply-dispute", "davide", C["lagoblu"], inv("DC-138", 610.00, "2027-02-15", subj="Fattura DC-138 – Colombo Davide"),
      "2027-02-18 10:30", """Salve,

le 5 ore di assistenza fatturate con la DC-138 erano già comprese nella fattura DC-124 di dicembre (canone di manutenzione annuale). Vi preghiamo di verificare e di annullare la fattura.

Cordiali saluti / Mit freundlichen Grüßen

Petra Unterhofer
Buchhaltung – Contabilità
Hotel Lago Blu
""", step="reminder", sent="2027-02-17 09:00", prefix="AW: ",
      labels=L(reference="DC-138"),
      note="Already billed in an earlier invoice (DC-124, which was paid) -> dispute about DC-138.")

reply("client-reply-dispute", "marco", C["porto"], inv("2026/068", 240.00, "2026-12-31", subj="Fattura 2026/068 - Ferri Fotografia"),
      "2027-01-07 13:00", """Marco scusa ma le foto dei piatti nuovi non me le hai mai mandate, il link che mi hai dato era già scaduto quando l'ho aperto e io non ho niente in mano. Prima mi mandi le foto e poi ti pago, mi sembra giusto.
Efisio
""", step="reminder", sent="2027-01-05 09:00",
      note="Work never received (expired download link): pays only after delivery -> dispute.")

reply("client-reply-dispute", "giulia", C["ferraro"], inv("032/26", 1464.00, "2026-12-31", subj="Invio fattura n. 032/26"),
      "2027-01-08 12:30", """Gentile dottoressa Esposito,

con riferimento alla Sua fattura n. 032/26, relativa alla traduzione giurata degli atti per il procedimento presso il Landgericht di Monaco di Baviera, Le segnaliamo che l'importo fatturato non corrisponde al preventivo del 12 ottobre, che prevedeva € 0,09 a parola e non € 0,12. Ritenevamo inoltre incluse le spese di asseverazione.

Non possiamo pertanto procedere al pagamento nei termini richiesti. Restiamo in attesa di una fattura corretta o di una nota di credito per la differenza.

Cordiali saluti

Avv. Raffaele Ferraro
Studio Legale Ferraro Pugliese
Via Toledo 256 - 80134 Napoli
""", step="reminder", sent="2027-01-07 09:00",
      labels=L(reference="032/26"),
      note="Law firm contests the per-word rate (0.12 vs 0.09) and sworn-translation fees; per-word prices are not amounts.")

reply("client-reply-dispute", "davide", C["europa"], inv("DC-139", 1098.00, "2027-02-10", subj="Fattura DC-139 – Colombo Davide"),
      "2027-02-13 11:00", """Ciao Davide, mi spieghi perché ci sono 4 ore di "riunioni e coordinamento"? Non le avevamo mai concordate, ci siamo visti due volte per un caffè. Ti pago le ore di sviluppo, le riunioni no.
Fabrizio
""", step="reminder", sent="2027-02-12 09:00",
      note="Starts like a question but refuses the meeting hours: dispute.")

reply("client-reply-dispute", "giulia", C["mosaico"], inv("007/27", 260.00, "2027-02-20", subj="Invio fattura n. 007/27"),
      "2027-02-23 20:00", """Cara Giulia,
credo ci sia un malinteso: la traduzione del comunicato per la Notte dei Poeti ci avevi detto che la facevi come socia, a titolo gratuito, come l'anno scorso. Non abbiamo messo a bilancio questa spesa.
Possiamo sentirci domani?
Un abbraccio
Antonella
""", step="reminder", sent="2027-02-22 09:00", from_=addr("Antonella De Santis", "ilmosaico.lecce@gmail.com"),
      note="Association says the work was agreed free of charge: contests the whole invoice, gently.")

reply("client-reply-dispute", "davide", C["rinaldi"], inv("DC-140", 1830.00, "2027-02-20", subj="Fattura DC-140 – Colombo Davide"),
      "2027-02-24 18:00", """Buonasera, sono Michele Rinaldi, il figlio di Anna.
Ho visto il sollecito. Il sito doveva essere online a settembre per le iscrizioni e invece è partito a dicembre: abbiamo perso tutta la stagione dei patentini. Ci sembra giusto uno sconto del 30% sul saldo, come le avevo già accennato a voce. Se è d'accordo mi mandi la fattura corretta e pago subito.
Michele Rinaldi
Autoscuola Rinaldi
""", step="reminder", sent="2027-02-23 09:00",
      note="Son of the owner asks 30% off for late delivery; payment only on a corrected invoice -> dispute.")

reply("client-reply-dispute", "davide", C["farm_mele"], inv("DC-141", 626.00, "2027-02-15", subj="Fattura DC-141 – Colombo Davide"),
      "2027-02-22 10:00", """Egregio sig. Colombo,

la fattura riporta una rivalsa INPS del 4% e la marca da bollo, che nel preventivo non erano indicate: il preventivo era di € 600,00 tutto compreso. Pagheremo € 600,00; la differenza, a nostro avviso, non è dovuta.

Distinti saluti
dott. Antonio Mele
Farmacia Mele - Nuoro
""", step="reminder", sent="2027-02-19 09:00",
      labels=L(amount="600.00"),
      note="Pharmacist refuses the 4% INPS surcharge and stamp duty, will pay 600 of 626: dispute; amount = the part accepted.")

reply("client-reply-dispute", "ale", C["sapone"], inv("5/2027", 915.00, "2027-02-20"),
      "2027-02-23 19:15", """Ciao Alessandra,
prima di pagare vorrei che sistemassi le etichette della linea Agrumi: il testo INCI è sbagliato in due referenze (Arancia & Cannella e Limone Verde) e la tipografia mi ha già bloccato la stampa. Finché non ho i file giusti non posso usarle, quindi la fattura per ora la teniamo ferma. Scusami ma capisci anche tu.
Serena
""", step="reminder", sent="2027-02-22 09:00",
      note="Payment held until labels are corrected (work not as agreed) -> dispute.")

reply("client-reply-dispute", "ale", C["tipoweb"], inv("7/2027", 488.00, "2027-02-15"),
      "2027-02-17 09:30", """Buongiorno,
la fattura 7/2027 ci risulta un doppione della 6/2027 (stesso lavoro: biglietti da visita per il nostro cliente Deiana, 2.000 pz), che abbiamo già pagato il 12 febbraio. Restiamo in attesa della nota di credito per la 7/2027.
Saluti
Ufficio acquisti
Stampa Rapida Sardegna srl
""", step="reminder", sent="2027-02-16 09:00",
      labels=L(reference="7/2027"),
      note="Duplicate invoice: 7/2027 = 6/2027 already paid; asks a credit note. Dispute about the reminded invoice, not a paid claim.")

# ------------------------------------------------------------------------------ other human replies (17)
reply("client-reply-other", "ale", C["sala"], inv("49/2026", 1098.00, "2027-01-15"),
      "2027-01-19 10:40", """Ciao Ale,
prima di pagare mi confermi l'IBAN? Nel sollecito c'è un conto Banca BPM ma in anagrafica abbiamo ancora quello di Intesa della fattura vecchia, non vorrei sbagliare.
G.
""", step="reminder", sent="2027-01-18 09:00",
      note="IBAN check before paying: a question, no promise or claim.")

reply("client-reply-other", "davide", C["istituto"], inv("DC-132", 2440.00, "2027-01-31", subj="Fattura DC-132 – Colombo Davide"),
      "2027-02-01 11:20", """Gentile sig. Colombo,

con riferimento alla fattura in oggetto, si comunica che la stessa non può essere posta in pagamento in quanto priva del Codice Identificativo di Gara (CIG), obbligatorio ai sensi della L. 136/2010 sulla tracciabilità dei flussi finanziari. Il CIG relativo all'affidamento è B4C2A7E91F.

La fattura verrà pertanto rifiutata tramite il Sistema di Interscambio. Si prega di riemetterla indicando il CIG nel campo DatiOrdineAcquisto, il codice univoco ufficio UFQ8LM e l'annotazione "scissione dei pagamenti – art. 17-ter D.P.R. 633/72".

Distinti saluti

Il Direttore dei Servizi Generali e Amministrativi
Dott.ssa Maria Grazia Totaro
Istituto Comprensivo "Dante Alighieri" – Foggia
""", step="due", sent="2027-01-31 09:00",
      note="State school: invoice lacks the CIG, will be rejected via SdI and must be reissued (like a missing PO number). No contest of amount or work -> other.")

reply("client-reply-other", "chiara", C["sereni"], inv("56/2026", 305.00, "2026-12-31"),
      "2027-01-08 17:00", """Gentile Chiara,
il mio commercialista dice che nel cassetto fiscale questa fattura non c'è. Me la può rimandare in formato XML, per favore? Così la passo direttamente a lui.
Grazie
D. Sereni

Inviato da iPhone
""", step="reminder", sent="2027-01-07 09:00",
      note="Asks for the XML e-invoice again.")

reply("client-reply-other", "marco", C["bellavista"], inv("2026/070", 1600.00, "2026-12-31", subj="Fattura 2026/070 - Ferri Fotografia"),
      "2027-01-05 10:15", """Buongiorno,
inoltro all'ufficio amministrativo, in copia, che se ne occupa.
Saluti

Luigi Amitrano
Direttore
Hotel Bellavista ****
""", step="due", sent="2027-01-04 09:00", from_=addr("Luigi Amitrano", "direzione@hotelbellavistasorrento.it"),
      cc=addr("Hotel Bellavista - Amministrazione", "amministrazione@hotelbellavistasorrento.it"), mua="iphone",
      note="Hotel director passes the reminder to accounts (in Cc). Same thread later gets a promise from accounts.")

reply("client-reply-other", "marco", C["nello"], inv("2027/005", 180.00, "2027-02-10", subj="Fattura 2027/005 - Ferri Fotografia"),
      "2027-02-12 21:05", """MARCO NON LA TROVO QUESTA FATTURA, ME LA RIMANDI PER FAVORE? CON LA POSTA SUL TELEFONO NON CI CAPISCO NIENTE
NELLO
""", step="reminder", sent="2027-02-12 09:00", prefix="Rif: ",
      note="Old client in caps asks to resend the invoice.")

reply("client-reply-other", "giulia", C["velablu"], inv("008/27", 540.00, "2027-02-15", subj="Invio fattura n. 008/27"),
      "2027-02-18 13:40", """Giulia chiamami quando puoi, ti devo parlare della fattura e pure del catalogo nuovo, al telefono facciamo prima. 333 412 2987
Rosario
""", step="reminder", sent="2027-02-17 09:00",
      note="Asks for a phone call about the invoice; no claim stated. The phone number is not an amount.")

reply("client-reply-other", "marco", C["porto"], inv("2027/003", 450.00, "2027-02-05", subj="Fattura 2027/003 - Ferri Fotografia"),
      "2027-01-29 18:20", """Ciao Marco, a proposito, ci servirebbero le foto per il menu di San Valentino, sei libero mercoledì 3? Verso le 16 che c'è luce e il locale è vuoto.
Efisio
""", step="courtesy", sent="2027-01-29 09:00",
      note="Reply to the courtesy note about new work; Wednesday 3 is a photo shoot, not a payment date.")

reply("client-reply-other", "davide", C["lagoblu"], inv("DC-134", 1830.00, "2027-01-10", subj="Fattura DC-134 – Colombo Davide"),
      "2027-01-20 09:10", """Salve,

abbiamo ricevuto ieri una mail a Suo nome con la richiesta di pagare la fattura DC-134 su un nuovo IBAN (un conto Revolut in Lituania). È corretto? Prima di procedere preferiamo avere una conferma telefonica da Lei.

Cordiali saluti / Mit freundlichen Grüßen

Petra Unterhofer
Buchhaltung – Contabilità
Hotel Lago Blu
""", step="reminder", sent="2027-01-12 09:00",
      note="Suspected IBAN-change fraud: asks for confirmation. Question, no claim.")

reply("client-reply-other", "ale", C["bern_seg"], inv("47/2026", 1220.00, "2027-01-31"),
      "2027-02-02 09:30", """Gentile dott.ssa Rossi,

nella fattura n. 47/2026 non è indicata la ritenuta d’acconto, a differenza delle precedenti. Si tratta di una svista o è cambiato il Suo regime fiscale? Prima di procedere al pagamento abbiamo bisogno di saperlo, per la corretta registrazione.

Cordiali saluti

Franca Motta
Segreteria amministrativa
STUDIO LEGALE BERNARDI & ASSOCIATI
""", step="due", sent="2027-01-31 09:00", charset="iso-8859-1", enc="cp1252", cte="qp", html=True,
      labels=L(reference="47/2026"),
      note="Question about missing withholding tax before paying: a question, not a contest.")

reply("client-reply-other", "giulia", C["giramondo"], inv("003/27", 720.00, "2027-01-20", subj="Invio fattura n. 003/27"),
      "2027-01-25 12:00", """Gent.ma Sig.ra Esposito,

la fattura elettronica n. 003/27 non ci è pervenuta tramite SdI. Può verificare il codice destinatario utilizzato? Il nostro è M5UXCR1.

Cordiali saluti
Ufficio Contabilità
GIRAMONDO VIAGGI s.a.s.
""", step="reminder", sent="2027-01-22 09:00", charset="windows-1252", cte="8bit",
      labels=L(reference="003/27"),
      note="E-invoice never arrived through SdI: checks the recipient code.")

reply("client-reply-other", "chiara", C["cinema"], inv("57/2026", 250.00, "2027-01-15"),
      "2027-01-18 19:45", """Ciao Chiara,
il commercialista chiede con quale codice l'hai intestata: noi non abbiamo partita IVA, solo il codice fiscale 93051230373. Va bene lo stesso o la devi rifare?
Marta
""", step="reminder", sent="2027-01-18 09:00",
      note="Association without VAT number asks whether the invoice is made out correctly. The tax code is not an amount.")

reply("client-reply-other", "chiara", C["ceramiche"], inv("1/2027", 488.00, "2027-02-05"),
      "2027-01-07 08:55", """Ricevuta, grazie! la giro al commercialista 👍
Rita
""", step="invoice", sent="2027-01-06 17:00", subj="Re: Fattura 1/2027",
      note="Acknowledges the invoice mail itself: received, forwarded to accountant.")

reply("client-reply-other", "davide", C["rinaldi"], inv("DC-125", 244.00, "2026-12-10", subj="Fattura DC-125 – Colombo Davide"),
      "2026-12-14 11:20", """Buongiorno, posso pagare con il bollettino alla posta? Io internet banking non ce l'ho e mio figlio è sempre fuori.
Distinti saluti Anna Rinaldi
""", step="due", sent="2026-12-11 09:00",
      note="Asks whether she can pay with a postal slip: question about how to pay, no commitment.")

reply("client-reply-other", "ale", C["lanza"], inv("1/2027", 1830.00, "2027-01-31"),
      "2027-02-02 12:10", """Carmela, puoi vedere tu? Alessandra dice che la fattura di gennaio non risulta pagata. Grazie
V.

Vincenzo Lanza
Grafiche Lanza srl – Ufficio commerciale
""", step="due", sent="2027-02-01 09:00", subj="I: Fattura n. 1/2027 in scadenza",
      from_=addr("Vincenzo Lanza", "vincenzo@grafichelanza.it"),
      to=addr("Carmela Lanza", "amministrazione@grafichelanza.it"), cc=addr("Alessandra Rossi", "alessandra@example.it"),
      note="Salesman forwards the reminder to his colleague in accounts, owner in Cc.")

reply("client-reply-other", "giulia", C["partenope"], inv("034/26", 290.00, "2027-01-10", subj="Invio fattura n. 034/26"),
      "2027-01-12 10:05", """Giulia mi rimandi il pdf della fattura? La mail vecchia l'ho cancellata pulendo la casella e il commercialista la vuole entro venerdì.
Gennaro
""", step="reminder", sent="2027-01-11 09:00",
      note="Resend the PDF; 'entro venerdì' is the accountant's deadline, not a payment promise.")

reply("client-reply-other", "marco", C["cantina"], inv("2027/006", 522.00, "2027-02-15", subj="Fattura 2027/006 - Ferri Fotografia"),
      "2027-02-16 08:30", """Ciao Marco,
el commercialista me domanda cossa xe sti 2 euro de bollo e i 20 de INPS. Li devo pagar anca mi o i xe roba tua?
Bepi
""", step="due", sent="2027-02-15 09:00",
      note="Venetian dialect: asks what stamp duty and INPS surcharge are; a question, not a contest.")

reply("client-reply-other", "ale", C["fcomunali"], inv("50/2026", 610.00, "2027-01-20"),
      "2027-01-22 11:00", """Buongiorno,

si informa che la dott.ssa Ferretti, destinataria della Sua comunicazione, è in quiescenza dal 1° gennaio u.s. Le pratiche relative ai fornitori sono ora in carico al dott. Simone Bertani (s.bertani@farmaciecomunali-re.it), al quale la presente è inoltrata per competenza.

Distinti saluti
Ufficio Ragioneria e Contabilità
Farmacie Comunali Riunite – Azienda Speciale
""", step="reminder", sent="2027-01-21 09:00", cc=addr("Simone Bertani", "s.bertani@farmaciecomunali-re.it"),
      note="Human reply (not an auto-reply): the contact retired, forwarded to the new person.")

# ------------------------------------------------------------------------------ machine mail (10)
def bank_html(title, rows, foot, color="#0d6b3a"):
    trs = "\n".join(f'<tr><td style="padding:4px 12px 4px 0;color:#555">{htmlmod.escape(k)}</td>'
                    f'<td style="padding:4px 0"><b>{htmlmod.escape(v)}</b></td></tr>' for k, v in rows)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;'
            f'font-size:14px;color:#222"><div style="background:{color};color:#fff;padding:14px 18px;font-size:18px">'
            f'{htmlmod.escape(title)}</div><div style="padding:18px">{foot[0]}<table>{trs}</table>{foot[1]}</div>'
            '</body></html>\n')


def hdrs(frm, to, subj, when, tz, msgid, more=()):
    return ([("Date", fmt_date(D(when) + dt.timedelta(seconds=int(hashlib.md5(subj.encode()).hexdigest()[:4], 16) % 60), tz)), ("From", frm), ("To", to), ("Subject", enc_header(subj)),
             ("Message-ID", msgid)] + list(more))


# Intesa Sanpaolo: incoming transfer (the law firm's net payment)
rows = [("Ordinante", "STUDIO LEGALE BERNARDI & ASSOCIATI"), ("Importo", "1.530,00 EUR"),
        ("Data contabile", "11/11/2026"), ("Data valuta", "11/11/2026"),
        ("Causale", "PAGAMENTO FATT. 31/2026 ROSSI A. NETTO R.A.")]
txt = ("Gentile Cliente,\nti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un bonifico.\n\n"
       + "\n".join(f"{k}: {v}" for k, v in rows) +
       "\n\nPuoi consultare i dettagli del movimento nell'app Intesa Sanpaolo Mobile o in Internet Banking.\n\n"
       "Questa è una comunicazione automatica, ti preghiamo di non rispondere.\n"
       "Intesa Sanpaolo S.p.A. – Sede legale: Piazza San Carlo 156, 10121 Torino\n")
machine("payment-notification",
        hdrs("Intesa Sanpaolo <notifiche@intesasanpaolo.com>", "alessandra@example.it", "Hai ricevuto un bonifico",
             "2026-11-11 08:32", "+0100", "<20261111083211.9f31c2a7@notifiche.intesasanpaolo.com>",
             [("Auto-Submitted", "auto-generated")]),
        multi("alternative", [leaf_text(txt), leaf_text(bank_html("Hai ricevuto un bonifico", rows,
              ("<p>Gentile Cliente,<br>ti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un bonifico.</p>",
               "<p style='color:#777;font-size:12px'>Questa è una comunicazione automatica, ti preghiamo di non rispondere.</p>")),
              "html")], "intesa-1"),
        L(amount="1530.00", reference="31/2026"),
        "Bank alert of an incoming transfer: the law firm's net payment (after withholding tax).")

# Fineco: instant transfer in
txt = ("FinecoBank - Notifica movimenti\n\nBonifico istantaneo in entrata\n\n"
       "Conto: 3551478\nImporto: + 732,00 EUR\nOrdinante: SFUSO SHOP SRLS\n"
       "Causale: FATTURA DC121 SITO ECOMMERCE\nData e ora: 05/12/2026 23:11\n\n"
       "Per non ricevere più queste notifiche modifica le impostazioni dall'area riservata, sezione Alert.\n"
       "FinecoBank S.p.A. - Piazza Durante 11 - 20131 Milano\n")
machine("payment-notification",
        hdrs("Fineco <noreply@finecobank.com>", "davide@colombo.dev", "Alert Fineco: bonifico istantaneo in entrata",
             "2026-12-05 23:13", "+0100", "<alert.5f0e2a91c7.20261205231302@finecobank.com>"),
        leaf_text(txt, cte="8bit"),
        L(amount="732.00", reference="DC-121"),
        "Instant transfer received; the causale writes the invoice as 'DC121'.")

# UniCredit: credit notice
txt = ("UniCredit - Notifica\n\nGentile cliente,\nè stato registrato un accredito sul tuo conto corrente *291:\n\n"
       "BONIFICO A VOSTRO FAVORE\nda: HOSTARIA ER BUTTERO SRL\nimporto: 380,00 EUR\n"
       "causale: fattura 50 dicembre social\ndata: 12/12/2026\n\n"
       "UniCredit non ti chiederà mai, tramite email o SMS, di inserire i tuoi codici personali.\n")
machine("payment-notification",
        hdrs("UniCredit <notifiche@unicredit.it>", "chiara@lombardisocial.it", "Notifica movimento conto: accredito",
             "2026-12-12 09:05", "+0100", "<0000019a3c2f4e11-8a1d2c33-unicredit-notifiche@unicredit.it>",
             [("Auto-Submitted", "auto-generated")]),
        leaf_text(txt, charset="iso-8859-1", cte="qp"),
        L(amount="380.00", reference="50/2026"),
        "UniCredit credit alert from the restaurant (Roman client's 'I paid yesterday'); causale 'fattura 50'.")

# Revolut Business: money received
txt = ("Hai ricevuto 350,00 €\n\nPARTENOPE TOUR DI IOVINE GENNARO ti ha inviato 350,00 € sul conto EUR.\n\n"
       "Riferimento: saldo fatt 33\n\nVisualizza la transazione nell'app Revolut Business.\n\n"
       "Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lituania. Succursale italiana: Via Vittor Pisani 22, Milano.\n")
machine("payment-notification",
        hdrs("Revolut Business <no-reply@revolut.com>", "giulia@espositotraduzioni.it", "Hai ricevuto 350,00 €",
             "2026-12-28 13:40", "+0100", "<01000194f3a1c2de-6b2e1c0a-77f4-4f8e-9c1b-3d2a8e5f7a10-000000@eu-west-1.amazonses.com>"),
        multi("alternative", [leaf_text(txt), leaf_text(bank_html("Hai ricevuto 350,00 €",
              [("Da", "PARTENOPE TOUR DI IOVINE GENNARO"), ("Importo", "350,00 €"), ("Riferimento", "saldo fatt 33")],
              ("", "<p>Visualizza la transazione nell'app Revolut Business.</p>"), "#191c1f"), "html")], "revolut-1"),
        L(amount="350.00", reference="033/26"),
        "Revolut Business incoming payment from the Neapolitan agency; reference 'fatt 33' = 033/26.")

# Gmail vacation responder of the pharmacy (with Auto-Submitted), return date stated
sr = C["sanrocco"]
i54 = inv("54/2026", 610.00, "2026-12-31")
txt = ("Buongiorno,\n\nl'ufficio amministrativo della Farmacia San Rocco è chiuso dal 24 dicembre al 6 gennaio compreso. "
       "Le email ricevute in questo periodo saranno lette al rientro.\n\nLa farmacia resta aperta con il consueto orario; "
       "per urgenze relative agli ordini chiamare lo 0422 541220.\n\nDott.ssa Laura Cavalli\nFarmacia San Rocco snc\n")
machine("auto-reply",
        hdrs(addr("Farmacia San Rocco", sr["email"]), addr("Chiara Lombardi", "chiara@lombardisocial.it"),
             "Ufficio amministrativo chiuso fino al 6 gennaio", "2026-12-28 09:01", "+0100",
             mid("sanrocco-vacation", "gmail"),
             [("In-Reply-To", remind_id(FL["chiara"], i54, D("2026-12-28 09:00"))), ("Auto-Submitted", "auto-replied"),
              ("Precedence", "bulk")]),
        leaf_text(txt),
        L(return_date="2027-01-07"),
        "Gmail vacation reply: closed 24 Dec - 6 Jan inclusive, back 7 Jan. The shop phone and 'aperta' are distractors.")

# Outlook auto-reply of the law firm, no RFC 3834 headers, no date
i32 = inv("032/26", 1464.00, "2026-12-31", subj="Invio fattura n. 032/26")
txt = ("Gentile cliente,\n\nlo Studio resterà chiuso per le festività natalizie. Le comunicazioni ricevute in questo "
       "periodo saranno evase alla riapertura.\n\nPer urgenze: Avv. Raffaele Ferraro – 335 7781204\n\n"
       "Studio Legale Ferraro Pugliese\nVia Toledo 256 - 80134 Napoli\n")
machine("auto-reply",
        hdrs(addr("Studio Legale Ferraro Pugliese", "segreteria@ferraropugliese.it"),
             addr("Giulia Esposito", "giulia@espositotraduzioni.it"),
             "Risposta automatica: Promemoria: fattura n. 032/26 in scadenza", "2026-12-23 09:00", "+0100",
             mid("ferraro-ooo", "desktop", "ferraropugliese.it"),
             [("In-Reply-To", remind_id(FL["giulia"], i32, D("2026-12-23 08:59"))), ("X-Mailer", "Microsoft Outlook 16.0")]),
        leaf_text(txt, charset="windows-1252", cte="qp"),
        None,
        "Law-firm out-of-office without Auto-Submitted/X-Autoreply headers and without a return date ('festività natalizie').")

# protocol acknowledgement (help-desk style) from the public pharmacy company
txt = ("Si comunica che il messaggio con oggetto \"Sollecito fattura n. 50/2026\" è stato protocollato in ingresso "
       "con n. 0000412/2027 del 21/01/2027 e assegnato all'Ufficio Ragioneria e Contabilità.\n\n"
       "Il presente messaggio è generato automaticamente dal sistema di protocollo informatico; si prega di non "
       "rispondere.\n\nFarmacie Comunali Riunite – Azienda Speciale\n")
machine("auto-reply",
        hdrs("Protocollo FCR <protocollo@farmaciecomunali-re.it>", "alessandra@example.it",
             "Ricevuta di protocollazione - Prot. n. 0000412/2027", "2027-01-21 09:01", "+0100",
             "<prot.0000412.2027.1769932867@farmaciecomunali-re.it>",
             [("In-Reply-To", remind_id(FL["ale"], inv("50/2026", 610.00, "2027-01-20"), D("2027-01-21 09:00"))),
              ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
        leaf_text(txt, charset="iso-8859-1", enc="cp1252", cte="qp"),
        None,
        "Automatic protocol-registration receipt (ticket acknowledgement); the protocol number and 50/2026 are not facts to extract.")


def dsn(frm, to, subj, when, msgid, human, reporting, rcpt, action, status, diag, remote, orig_headers, seed):
    ds = (f"Reporting-MTA: dns; {reporting}\nX-Postfix-Queue-ID: {hashlib.md5(seed.encode()).hexdigest()[:11].upper()}\n"
          f"Arrival-Date: {fmt_date(D(when) - dt.timedelta(hours=4 if action == 'delayed' else 0, minutes=0), '+0100')}\n\n"
          f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\n"
          f"Remote-MTA: dns; {remote}\nDiagnostic-Code: smtp; {diag}\n")
    if action == "delayed":
        ds += f"Will-Retry-Until: {fmt_date(D(when) + dt.timedelta(days=4), '+0100')}\n"
    parts = [leaf_text(human, cte="8bit"),
             ("Content-Type: message/delivery-status\nContent-Description: Delivery report\n", ds.encode()),
             ("Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n", orig_headers.encode())]
    top = multi("report", parts, seed, params="; report-type=delivery-status")
    top = (top[0].replace("multipart/report;", "multipart/report; report-type=delivery-status;").replace("; report-type=delivery-status\n", "\n"), top[1])
    return hdrs(frm, to, subj, when, "+0100", msgid, [("Auto-Submitted", "auto-replied")]), top


ivb = inv("008/27", 540.00, "2027-02-15", subj="Invio fattura n. 008/27")
rid = remind_id(FL["giulia"], ivb, D("2027-02-17 09:00"))
oh = (f"Return-Path: <giulia@espositotraduzioni.it>\nDate: {fmt_date(D('2027-02-17 09:00'), '+0100')}\n"
      "From: Giulia Esposito <giulia@espositotraduzioni.it>\nTo: Vela Blu Viaggi srl <contabilita@velabluviaggi.it>\n"
      f"Subject: Sollecito fattura n. 008/27\nMessage-ID: {rid}\n")
human = ("This is the mail system at host mail.espositotraduzioni.it.\n\n"
         "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
         "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
         "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
         "                   The mail system\n\n<contabilita@velabluviaggi.it>: host mx.register.it[195.110.124.188] said: 550\n"
         "    5.1.1 <contabilita@velabluviaggi.it>: Recipient address rejected: User\n"
         "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
h, top = dsn("Mail Delivery System <MAILER-DAEMON@mail.espositotraduzioni.it>", "giulia@espositotraduzioni.it",
             "Undelivered Mail Returned to Sender", "2027-02-17 09:00", "<20270217080014.4A1B2C3D4E@mail.espositotraduzioni.it>",
             human, "mail.espositotraduzioni.it", "contabilita@velabluviaggi.it", "failed", "5.1.1",
             "550 5.1.1 <contabilita@velabluviaggi.it>: Recipient address rejected: User unknown in virtual mailbox table",
             "mx.register.it", oh, "bounce-velablu")
machine("bounce", h, top, L(failed_recipient="contabilita@velabluviaggi.it", permanent=True),
        "Postfix DSN, 550 5.1.1 user unknown at an Italian host (register.it): permanent.")

ivh = inv("2027/004", 1600.00, "2027-02-10", subj="Fattura 2027/004 - Ferri Fotografia")
rid = remind_id(FL["marco"], ivh, D("2027-02-15 09:00"))
oh = (f"Date: {fmt_date(D('2027-02-15 09:00'), '+0100')}\nFrom: Marco Ferri <marco@ferrifoto.it>\n"
      "To: Hotel Bellavista srl <amministrazione@hotelbellavistasorrento.it>\n"
      f"Subject: Sollecito fattura n. 2027/004\nMessage-ID: {rid}\n")
human = ("Questo è un messaggio generato automaticamente dal sistema di posta di Aruba.it.\n\n"
         "ATTENZIONE: questo è solo un avviso, non è necessario inviare nuovamente il messaggio.\n\n"
         "Il messaggio inviato il 15/02/2027 alle 09:00 non è stato ancora recapitato ai seguenti destinatari:\n\n"
         "    amministrazione@hotelbellavistasorrento.it\n\n"
         "Motivo: il server di destinazione non risponde (connessione scaduta).\n"
         "Il sistema continuerà a tentare l'invio per i prossimi 4 giorni. Se il recapito non sarà possibile, "
         "riceverai un nuovo avviso.\n\n"
         "This is an automatically generated Delivery Status Notification. THIS IS A WARNING MESSAGE ONLY. "
         "YOU DO NOT NEED TO RESEND YOUR MESSAGE. Delivery to the following recipients has been delayed.\n")
h, top = dsn("Mail Delivery Subsystem <MAILER-DAEMON@smtp.aruba.it>", "marco@ferrifoto.it",
             "Avviso: recapito ritardato del messaggio (Delayed Mail)", "2027-02-15 13:02",
             "<20270215120211.7C3E5A0912@smtpcmd04.ad.aruba.it>", human, "smtpcmd04.ad.aruba.it",
             "amministrazione@hotelbellavistasorrento.it", "delayed", "4.4.1",
             "connect to mx1.hotelbellavistasorrento.it[93.62.151.20]:25: Connection timed out",
             "mx1.hotelbellavistasorrento.it", oh, "bounce-bellavista")
machine("bounce", h, top, L(failed_recipient="amministrazione@hotelbellavistasorrento.it", permanent=False),
        "Italian-language delay notice (Aruba-style) with a DSN part: Action delayed, 4.4.1 — temporary.")

# e-invoicing service: delivered to the recipient
txt = ("Gentile Cliente,\n\nti informiamo che il Sistema di Interscambio ha consegnato la seguente fattura elettronica:\n\n"
       "Numero: 4/2027\nData: 15/01/2027\nDestinatario: FARMACIE COMUNALI RIUNITE - AZIENDA SPECIALE\n"
       "Identificativo SdI: 12845539012\nStato: Consegnata\n\n"
       "Trattandosi di una Pubblica Amministrazione, il destinatario ha 15 giorni di tempo per accettare o rifiutare "
       "la fattura. Riceverai una notifica con l'esito.\n\nPuoi consultare lo stato di tutte le tue fatture accedendo "
       "al pannello di Fatturazione Elettronica.\n\nCordiali saluti\nAruba PEC S.p.A. - Servizio Fatturazione Elettronica\n\n"
       "Questa email è generata automaticamente, si prega di non rispondere.\n")
machine("other",
        hdrs("Fatturazione Elettronica Aruba <noreply@fatturazioneelettronica.aruba.it>", "alessandra@example.it",
             "Fattura consegnata al destinatario - n. 4/2027", "2027-01-15 16:22", "+0100",
             "<fe.12845539012.consegna@fatturazioneelettronica.aruba.it>", [("Auto-Submitted", "auto-generated")]),
        leaf_text(txt, cte="qp"),
        None,
        "E-invoicing service: invoice delivered via SdI. Not a payment, not a client reply.")


# ====================================================================================== write + check
def toml_str(s):
    import json
    return json.dumps(s, ensure_ascii=False)


def main():
    order = list(range(len(MSGS)))
    random.Random(1414).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# round14-it: Italian client replies + some machine mail. Generated by make.py; every client text is hand-written.", ""]
    keys = ["amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"]
    for n, i in enumerate(order, 1):
        lab, raw = MSGS[i]
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        out.append(f'[files."{name}"]')
        out.append(f'kind = "{lab["kind"]}"')
        out.append('language = "it"')
        out.append('split = "dev"')
        for k in keys:
            if k in lab and lab[k] is not None:
                v = lab[k]
                out.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(v)}")
        out.append(f"note = {toml_str(lab['note'])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check()


def check():
    import tomllib
    from collections import Counter
    labels = tomllib.load(open(os.path.join(HERE, "labels.toml"), "rb"))["files"]
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert names == sorted(labels), "labels and files differ"
    for name in names:
        m = email.message_from_bytes(open(os.path.join(HERE, name), "rb").read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (name, h)
        assert m["Date"].datetime is not None, name
        assert m.defects == [] or all("Missing" not in str(x) for x in m.defects), (name, m.defects)
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes
        lab = labels[name]
        dd = m["Date"].datetime.date()
        assert dt.date(2026, 11, 1) <= dd <= dt.date(2027, 2, 28), (name, dd)
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", name
            assert d(lab["promised_date"]) >= dd, (name, "promise before date")
    c = Counter(v["kind"] for v in labels.values())
    print(len(names), "messages;", dict(sorted(c.items())))


if __name__ == "__main__":
    main()
