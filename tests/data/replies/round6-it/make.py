#!/usr/bin/env python3
"""Round 6 (Italian) blind test mail for mailduns' reply reader.

Every message body below is hand-written. This script only does the MIME plumbing, the quoted
reminders (filled in from templates/it/*.txt.j2 by hand) and labels.toml.

    python3 make.py        # writes r6i-NNNN.eml and labels.toml next to this file, then re-parses them
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import json
import os
import quopri
import random
import sys
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r6i"

# --------------------------------------------------------------------------------------------
# The mailbox owners (freelancers). Each numbers invoices one way.
#   ale  Alessandra Rossi, grafica e social media, Catania ........ "N/2026"
#   dav  Davide Conti, sviluppatore web, Milano ..................... "2026/NNN"
#   chi  Chiara Esposito, consulente sicurezza lavoro/HACCP, Napoli .. "NN-2026"
#   giu  Giulia Bortolin, traduttrice tecnica, Treviso ............... "NN/26"
# --------------------------------------------------------------------------------------------
OWN = {
    "ale": dict(name="Alessandra Rossi", addr="alessandra@example.it",
                iban="IT60 X054 2811 1010 0000 0123 456", bic="BPPIITRRXXX"),
    "dav": dict(name="Davide Conti", addr="davide@contiweb.it",
                iban="IT74 K030 6909 6061 0000 0117 342", bic=None),
    "chi": dict(name="Chiara Esposito", addr="chiara@espositosicurezza.it",
                iban="IT35 C010 3003 4000 0000 6612 089", bic="PASCITMMXXX"),
    "giu": dict(name="Giulia Bortolin", addr="giulia@bortolintraduzioni.it",
                iban="IT18 M089 0461 8100 2200 0004 417", bic=None),
}

WD_ABBR = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
WD_FULL = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
MO_ABBR = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
MO_FULL = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"]


def D(s, tz="+0100", sec=None):
    """'2026-12-03 18:42' + '+0100' -> aware datetime (seconds made up from the string)."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    if sec is None:
        sec = int(hashlib.md5(s.encode()).hexdigest(), 16) % 60
    return d.replace(second=sec, tzinfo=dt.timezone(off))


def day(s):
    return dt.date.fromisoformat(s)


def long_it(d):
    return f"{d.day} {MO_FULL[d.month - 1]} {d.year}"


def art(d, prep="il"):
    """The art() filter: 'il 3 dicembre 2026', "l'8 gennaio 2027", "dell'11 ...", 'entro il ...'."""
    elide = d.day in (8, 11)
    forms = {"il": ("il ", "l'"), "del": ("del ", "dell'"), "dal": ("dal ", "dall'"),
             "al": ("al ", "all'")}
    a, b = forms[prep]
    return (b if elide else a) + long_it(d)


def eur(a):
    """'1220.00' -> '1.220,00 €'"""
    whole, cents = f"{float(a):.2f}".split(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    return ".".join(parts) + "," + cents + " €"


# --------------------------------------------------------------------------------------------
# The letters mailduns sends (templates/it), filled in by hand for the quoted originals.
# --------------------------------------------------------------------------------------------
SUBJECTS = {
    "courtesy": "Promemoria: fattura n. {n} in scadenza",
    "due": "Fattura n. {n} in scadenza",
    "reminder": "Sollecito fattura n. {n}",
    "late_fee": "Secondo sollecito: fattura n. {n}",
    "suspension": "Fattura n. {n}: possibile sospensione dei servizi",
    "final": "Diffida di pagamento e costituzione in mora – fattura n. {n}",
    "promise_followup": "Fattura n. {n}: aggiornamento sul pagamento",
    "paid_claim_followup": "Fattura n. {n}: verifica del pagamento",
    "statement": "Riepilogo fatture da saldare",
}


def payment_block(o, num, iban=True):
    if not iban:
        return ("Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale "
                "di questa conversazione.")
    lines = ["Per il pagamento:", f"- beneficiario: {o['name']}", f"- IBAN: {o['iban']}"]
    if o.get("bic"):
        lines.append(f"- BIC: {o['bic']}")
    lines.append(f"- causale: Fattura n. {num}")
    return "\n".join(lines)


def fee_block(amount, due, today, rate="10,15%"):
    days = (today - due).days
    interest = round(float(amount) * 0.1015 * days / 365, 2)
    total = float(amount) + interest + 40
    return (
        "Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva "
        "2011/7/UE): senza che sia necessaria la costituzione in mora, dal giorno successivo alla "
        "scadenza decorrono gli interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento "
        f"BCE maggiorato di 8 punti percentuali, attualmente {rate} annuo) ed è dovuto l'importo "
        "forfettario di 40,00 € a titolo di risarcimento dei costi di recupero (art. 6).\n\n"
        "Ad oggi l'importo dovuto è il seguente:\n"
        f"- capitale: {eur(amount)}\n"
        f"- interessi moratori dal {(due + dt.timedelta(days=1)).strftime('%d/%m/%Y')} al "
        f"{today.strftime('%d/%m/%Y')} ({days} giorni al {rate}): {eur(interest)}\n"
        f"- risarcimento costi di recupero (art. 6): 40,00 €\n"
        f"- totale: {eur(total)}\n\n")


def letter(owner, step, sal, num, amount=None, due=None, sent=None, issue=None, deadline=None,
           fees=False, promise=None, claim=None, paid_on=None, susp=None, iban=True, items=None):
    """Text of a mailduns letter. sal: 'Spett.le X,' / 'Gentile X,' / 'Buongiorno,'."""
    o = OWN[owner]
    am = f" di {eur(amount)}" if amount else ""
    today = sent.date()
    due_d = day(due) if due else None
    pay = payment_block(o, num, iban)
    sign = f"Cordiali saluti,\n{o['name']}"
    if step == "courtesy":
        iss = f", emessa {art(day(issue))}," if issue else ""
        body = (f"un breve promemoria: la fattura n. {num}{am}{iss} è in scadenza {art(due_d)}.\n\n"
                "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto "
                f"di questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa "
                f"email.\n\n{sign}")
    elif step == "due":
        late = (today - due_d).days
        if late > 0:
            first = (f"un promemoria: la fattura n. {num}{am} è scaduta {art(due_d)}. Se il pagamento "
                     "non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
        elif late == 0:
            first = (f"un promemoria: la fattura n. {num}{am} è in scadenza oggi, "
                     f"{long_it(due_d)}.")
        else:
            first = f"un promemoria: la fattura n. {num}{am} è in scadenza {art(due_d)}."
        body = (f"{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere "
                f"conto di questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a "
                f"questa email.\n\n{sign}")
    elif step == "reminder":
        fb = fee_block(amount, due_d, today) if fees else ""
        body = (f"da un controllo la fattura n. {num}{am}, scaduta {art(due_d)}, risulta ancora da "
                "saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di "
                f"provvedere al pagamento appena possibile.\n\n{fb}Se il pagamento è già stato "
                "effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare "
                "la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è "
                "qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a "
                f"questa email.\n\n{pay}\n\n{sign}")
    elif step == "late_fee":
        late = (today - due_d).days
        lt = f": sono trascorsi {late} giorni dalla scadenza" if late > 1 else ""
        fb = fee_block(amount, due_d, today) if fees else ""
        tot = " dell'importo totale" if fees else ""
        body = (f"la fattura n. {num}{am}, scaduta {art(due_d)}, risulta ancora da saldare{lt}.\n\n"
                f"{fb}Chiedo cortesemente di provvedere al pagamento{tot} entro "
                f"{art(day(deadline))}. Se il pagamento è già stato disposto, basta rispondere "
                "indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di "
                "pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email."
                f"\n\n{pay}\n\n{sign}")
    elif step == "suspension":
        fb = fee_block(amount, due_d, today) if fees else ""
        body = (f"torno a scrivere in merito alla fattura n. {num}{am}, scaduta {art(due_d)}, che "
                f"risulta ancora da saldare.\n\n{fb}In mancanza del pagamento entro "
                f"{art(day(deadline))}, {art(day(susp), 'dal')} potrebbe essere necessario "
                "sospendere le attività in corso e i servizi da me forniti fino alla "
                "regolarizzazione. Preferirei evitarlo: se c'è una difficoltà, ad esempio la "
                "necessità di pagare a rate, possiamo concordare una soluzione; basta rispondere a "
                f"questa email.\n\n{pay}\n\n{sign}")
    elif step == "final":
        fb = fee_block(amount, due_d, today) if fees else ""
        iss = f" {art(day(issue), 'del')}" if issue else ""
        what = "dell'importo totale sopra indicato" if fees else f"di {eur(amount)}"
        body = (f"la fattura n. {num}{am}, scaduta {art(due_d)}, risulta ancora da saldare "
                f"nonostante i precedenti solleciti.\n\n{fb}Con la presente chiedo formalmente il "
                f"pagamento {what} entro {art(day(deadline))}. La presente vale quale atto di "
                "costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, "
                "anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo "
                "ogni altro diritto.\n\nIn mancanza del pagamento entro tale termine, mi riservo di "
                "procedere al recupero del credito nelle sedi competenti, anche in via giudiziale "
                "con ricorso per decreto ingiuntivo, con le relative spese a carico del debitore. "
                "Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, "
                "sono disponibile a parlarne; basta rispondere a questa email entro la stessa data."
                "\n\nQualora il pagamento sia già stato effettuato, prego di non tenere conto della "
                "presente e di indicarmi la data del bonifico, così da poterlo verificare.\n\n"
                f"{pay}\n\n{sign}")
        return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {num}{iss}\n\n"
                f"{sal}\n\n{body}")
    elif step == "promise_followup":
        if promise:
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {num}"
                     f"{am} sarebbe stato effettuato entro {art(day(promise))}.")
        else:
            first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {num}{am},"
                     f" scaduta {art(due_d)}.")
        body = (f"{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato "
                "disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche "
                "giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo.\n\n"
                f"{pay}\n\n{sign}")
    elif step == "paid_claim_followup":
        cl = f" {art(day(claim))}" if claim else ""
        po = f" (con bonifico disposto {art(day(paid_on))})" if paid_on else ""
        body = (f"grazie per avermi comunicato{cl} che la fattura n. {num}{am} è stata pagata{po}.\n\n"
                "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un "
                "bonifico richiede qualche giorno in più, oppure può essere partito verso coordinate "
                "diverse. Per aiutarmi a rintracciarlo, chiedo la cortesia di indicarmi la data di "
                "esecuzione e il codice CRO/TRN del bonifico, oppure di inoltrarmi la contabile.\n\n"
                f"Per un confronto, riporto le coordinate corrette:\n- beneficiario: {o['name']}\n"
                f"- IBAN: {o['iban']}\n- causale: Fattura n. {num}\n\n"
                "Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere "
                "ancora in lavorazione: in tal caso mi basta una breve conferma. Grazie per la "
                f"collaborazione.\n\n{sign}")
    elif step == "statement":
        # items: list of (num, issue, due, amount)
        rows = []
        total = 0.0
        for n, iss, du, a in items:
            du_d = day(du)
            late = (today - du_d).days
            total += float(a)
            state = (f"scaduta {art(du_d)} ({late} giorni di ritardo)" if late > 0
                     else f"in scadenza {art(du_d)}")
            rows.append(f"- n. {n} {art(day(iss), 'del')}, {state}: {eur(a)}")
        body = ("da un controllo risultano ancora da saldare le seguenti fatture:\n\n"
                + "\n".join(rows) + f"\n\nTotale da pagare: {eur(f'{total:.2f}')}\n\n"
                f"Chiedo cortesemente di provvedere al pagamento entro {art(day(deadline))}. Se "
                "alcune di queste fatture sono già state pagate, basta rispondere indicando quali e "
                "la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema con una "
                "fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email."
                f"\n\nGli estremi per il pagamento sono riportati nelle fatture, nei messaggi con "
                f"cui sono state inviate.\n\n{sign}")
    else:
        raise ValueError(step)
    return f"{sal}\n\n{body}"


_ORIG_N = [0]


def orig(owner, step, num, sal, to, sent, tz="+0100", **kw):
    """A letter mailduns sent (the message a client replies to)."""
    o = OWN[owner]
    d = D(sent, tz, sec=0)
    _ORIG_N[0] += 1
    dom = o["addr"].split("@")[1]
    h = hashlib.sha1(f"{num}{step}{sent}".encode()).hexdigest()
    subj = SUBJECTS[step].format(n=num)
    return dict(owner=owner, name=o["name"], addr=o["addr"], to=to, date=d,
                subject=subj, msgid=f"<{d.strftime('%Y%m%d%H%M%S')}.{h[:16]}@{dom}>",
                text=letter(owner, step, sal, num, sent=d, **kw))


def own_mail(owner, subject, text, to, sent, tz="+0100", ua="thunderbird"):
    """A mail the owner wrote herself/himself (e.g. the invoice mail)."""
    o = OWN[owner]
    d = D(sent, tz, sec=0)
    dom = o["addr"].split("@")[1]
    h = hashlib.sha1(f"{subject}{sent}".encode()).hexdigest()
    mid = (f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>" if ua == "thunderbird"
           else f"<CA{base64.b32encode(bytes.fromhex(h)).decode().rstrip('=')}@mail.gmail.com>")
    return dict(owner=owner, name=o["name"], addr=o["addr"], to=to, date=d, subject=subject,
                msgid=mid, text=text.strip("\n"))


# --------------------------------------------------------------------------------------------
# Quoting, the way each client program does it. Each returns (plain, html).
# --------------------------------------------------------------------------------------------
def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _html_lines(text):
    return "<br>\n".join(_esc(l) for l in text.split("\n"))


def _gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def quote(o, style, to_disp=None):
    d = o["date"]
    hm = d.strftime("%H:%M")
    name, addr, subj = o["name"], o["addr"], o["subject"]
    to_disp = to_disp or o["to"]
    wd, wdf = WD_ABBR[d.weekday()], WD_FULL[d.weekday()]
    mo, mof = MO_ABBR[d.month - 1], MO_FULL[d.month - 1]
    t = o["text"]
    if style == "gmail":
        head = f"Il giorno {wd} {d.day} {mo} {d.year} alle ore {hm} {name} <{addr}> ha scritto:"
        plain = f"{head}\n\n{_gt(t)}\n"
        html = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + _esc(head) +
                '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + _html_lines(t) +
                "</blockquote></div>")
        return plain, html
    if style == "gmail_wrap":
        head = f"Il giorno {wd} {d.day} {mo} {d.year} alle ore {hm} {name} <\n{addr}> ha scritto:"
        return f"{head}\n\n{_gt(t)}\n", None
    if style == "android":
        head = f"Il {wd} {d.day} {mo} {d.year}, {hm} {name} <{addr}> ha scritto:"
        return f"{head}\n\n{_gt(t)}\n", None
    if style == "apple":
        head = f"Il giorno {d.day} {mo} {d.year}, alle ore {hm}, {name} <{addr}> ha scritto:"
        return _gt(head + "\n\n" + t) + "\n", None
    if style == "thunderbird":
        head = f"Il {d.strftime('%d/%m/%Y')} {hm}, {name} ha scritto:"
        return f"{head}\n{_gt(t)}\n", None
    if style in ("outlook", "outlook_old", "outlook_mac"):
        if style == "outlook":
            sep = "________________________________"
            hdr = (f"Da: {name} <{addr}>\nInviato: {wdf} {d.day} {mof} {d.year} {hm}\n"
                   f"A: {to_disp}\nOggetto: {subj}")
        elif style == "outlook_old":
            sep = "-----Messaggio originale-----"
            hdr = (f"Da: {name} [mailto:{addr}]\nInviato: {wdf} {d.day} {mof} {d.year} {hm}\n"
                   f"A: {to_disp}\nOggetto: {subj}")
        else:
            sep = ""
            hdr = (f"Da: {name} <{addr}>\nData: {wdf}, {d.day} {mof} {d.year} alle ore {hm}\n"
                   f"A: {to_disp}\nOggetto: {subj}")
        plain = (sep + "\n" if sep else "") + hdr + "\n\n" + t + "\n"
        hl = hdr.split("\n")
        hh = "<br>\n".join("<b>" + _esc(l.split(": ", 1)[0]) + ":</b> " + _esc(l.split(": ", 1)[1])
                           for l in hl)
        html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,'
                'sans-serif">' + hh + '</span></p></div>\n<p class="MsoNormal">&nbsp;</p>\n' +
                "\n".join(f'<p class="MsoNormal">{_esc(p).replace(chr(10), "<br>")}</p>'
                          for p in t.split("\n\n")))
        return plain, html
    if style == "libero":
        hdr = (f"----Messaggio originale----\nDa: {addr}\nData: {d.day}-{mo}-{d.year} "
               f"{d.hour}.{d.minute:02d}\nA: <{to_disp}>\nOgg: {subj}")
        return f"{hdr}\n\n{t}\n", None
    if style == "libero_gt":
        hdr = (f"----Messaggio originale----\nDa: {addr}\nData: {d.day}-{mo}-{d.year} "
               f"{d.hour}.{d.minute:02d}\nA: <{to_disp}>\nOgg: {subj}")
        return _gt(hdr + "\n\n" + t) + "\n", None
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------------------------
def _rng(i):
    return random.Random(i * 7919 + 17)


def make_msgid(style, dom, i, d):
    r = _rng(i)
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    hx = "0123456789abcdef"
    if style == "gmail":
        return "<CA" + "".join(r.choice(al) for _ in range(44)) + "@mail.gmail.com>"
    if style == "outlook":
        pod = r.choice(["AM8PR04MB", "DB9PR10MB", "PAXPR08MB", "VI1PR03MB", "FR3P281MB", "DU2PR06MB"])
        box = pod + str(r.randint(1000, 9999))
        return ("<" + box + "".join(r.choice(hx.upper()) for _ in range(12)) + "@" + box +
                "." + r.choice(["eurprd04", "eurprd10", "eurprd08", "DEUP281"]).lower() +
                ".prod.outlook.com>")
    if style == "apple":
        u = "".join(r.choice(hx.upper()) for _ in range(32))
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"
    if style == "libero":
        return ("<" + "".join(r.choice(hx) for _ in range(10)) + "." +
                "".join(r.choice(hx) for _ in range(6)) + "." + str(r.randint(10**12, 10**13)) +
                ".JavaMail.defaultUser@" + dom + ">")
    return (f"<{d.strftime('%Y%m%d%H%M%S')}." + "".join(r.choice(hx) for _ in range(12)) +
            f"@{dom}>")


def enc_header(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def addr(a):
    if isinstance(a, str):
        return a
    name, ad = a
    if not name:
        return ad
    return formataddr((name, ad), charset="utf-8")


def encode_body(text, charset="utf-8", cte="8bit", codec=None):
    b = text.encode(codec or charset, errors="strict")
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "7bit":
        b.decode("ascii")
    return b if b.endswith(b"\n") else b + b"\n"


def leaf(ctype, text, charset="utf-8", cte="8bit", codec=None, extra=()):
    h = [f"Content-Type: {ctype}; charset=\"{charset}\"" if ctype.startswith("text/") else
         f"Content-Type: {ctype}"]
    h.append(f"Content-Transfer-Encoding: {cte}")
    h.extend(extra)
    return ("\n".join(h) + "\n\n").encode() + encode_body(text, charset, cte, codec)


def binleaf(ctype, filename, data, disp="attachment"):
    h = (f"Content-Type: {ctype}; name=\"{filename}\"\n"
         f"Content-Disposition: {disp}; filename=\"{filename}\"\n"
         "Content-Transfer-Encoding: base64\n\n")
    return h.encode() + base64.encodebytes(data)


def multipart(sub, parts, boundary, extra=""):
    out = [f"Content-Type: multipart/{sub}; boundary=\"{boundary}\"{extra}\n\n".encode()]
    for p in parts:
        out.append(f"--{boundary}\n".encode() + p + b"\n")
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


def fake_pdf(title, lines):
    body = "\n".join(f"({l}) Tj T*" for l in [title] + lines)
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length {len(body) + 30}>>stream\nBT /F1 11 Tf 50 780 Td 14 TL\n{body}\nET\n"
            "endstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").encode("latin-1", "replace")


def fake_png(seed=1):
    r = random.Random(seed)
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\xee\x00\x00\x05\x36\x08\x02\x00\x00\x00"
            + bytes(r.randrange(256) for _ in range(600)) + b"\x00\x00\x00\x00IEND\xaeB`\x82")


def outlook_html(body_text, qhtml=None, font="Calibri"):
    paras = "\n".join(
        f'<p class="MsoNormal">{_esc(p).replace(chr(10), "<br>") if p else "&nbsp;"}</p>'
        for p in body_text.split("\n\n"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:'
            'office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.'
            'microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t'
            f'{{font-family:{font};}}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\t'
            f'font-size:11.0pt;\n\tfont-family:"{font}",sans-serif;}}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}'
            '\n--></style>\n</head>\n<body lang="IT" link="#0563C1" vlink="#954F72" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n' + paras + "\n" +
            ('<p class="MsoNormal">&nbsp;</p>\n' + qhtml if qhtml else "") + "\n</div>\n</body>\n</html>\n")


def gmail_html(body_text, qhtml=None):
    paras = "".join(f"<div>{_html_lines(p)}</div><div><br></div>" for p in body_text.split("\n\n"))
    return ('<div dir="ltr">' + paras + "</div><br>" + (qhtml or "") + "\n")


MSGS = []


def M(**kw):
    MSGS.append(kw)


def build(i, m):
    """m: dict written in the message list -> bytes."""
    if "raw" in m:
        return m["raw"](i) if callable(m["raw"]) else m["raw"]
    frm = m["frm"]
    frm_addr = frm if isinstance(frm, str) else frm[1]
    dom = frm_addr.split("@")[-1].strip(">")
    date = D(*m["date"].rsplit(" ", 1)) if isinstance(m["date"], str) else m["date"]
    re_ = m.get("reply")
    subj = m.get("subj")
    if subj is None and re_ is not None:
        subj = m.get("re", "Re: ") + re_["subject"]
    hdr = []
    if m.get("pre_hdrs"):
        hdr.extend(m["pre_hdrs"])
    hdr.append(f"Date: {format_datetime(date)}")
    hdr.append(f"From: {addr(frm)}")
    to = m.get("to") or ([(re_["name"], re_["addr"])] if re_ else None)
    if to is None:
        raise ValueError(f"message {i}: no To")
    hdr.append("To: " + ", ".join(addr(a) for a in to))
    if m.get("cc"):
        hdr.append("Cc: " + ", ".join(addr(a) for a in m["cc"]))
    hdr.append(f"Subject: {enc_header(subj)}")
    mid = m.get("msgid") or make_msgid(m.get("mid", "generic"), dom, i, date)
    hdr.append(f"Message-ID: {mid}")
    if re_ is not None and not m.get("no_irt"):
        hdr.append(f"In-Reply-To: {re_['msgid']}")
        refs = m.get("refs", []) + [re_["msgid"]]
        hdr.append("References: " + "\n ".join(refs))
    hdr.extend(m.get("hdrs", []))
    hdr.append("MIME-Version: 1.0")

    charset = m.get("charset", "utf-8")
    codec = m.get("codec")
    cte = m.get("cte", "quoted-printable" if charset != "us-ascii" else "7bit")
    body = m.get("body", "").strip("\n") + "\n"
    qstyle = m.get("quote")
    qplain = qhtml = None
    if qstyle and re_ is not None:
        qplain, qhtml = quote(re_, qstyle, m.get("quote_to"))
    sep = m.get("qsep", "\n")
    plain = body + (sep + qplain if qplain else "")
    fmt = m.get("fmt", "plain")
    b = f"=_{hashlib.md5(f'{i}'.encode()).hexdigest()[:20]}"
    if fmt == "plain":
        content = leaf("text/plain", plain, charset, cte, codec,
                       extra=m.get("leaf_extra", ()))
    else:
        html = m.get("html")
        if html is None:
            kind = m.get("html_kind", "outlook")
            html = (outlook_html(body.strip(), qhtml) if kind == "outlook"
                    else gmail_html(body.strip(), qhtml))
        hcte = m.get("hcte", cte)
        if fmt == "html":
            content = leaf("text/html", html, charset, hcte, codec)
        else:
            content = multipart("alternative", [leaf("text/plain", plain, charset, cte, codec),
                                                leaf("text/html", html, charset, hcte, codec)],
                                b + "alt")
    atts = m.get("att", [])
    if atts:
        parts = [content] + [binleaf(ct, fn, data) for fn, ct, data in atts]
        content = multipart("mixed", parts, b + "mix")
    return ("\n".join(hdr) + "\n").encode() + content


# --------------------------------------------------------------------------------------------
# Bounces (multipart/report) and other machine mail helpers
# --------------------------------------------------------------------------------------------
def dsn(i, *, date, frm, to, subject, human, reporting_mta, rcpt, action, status, diag,
        orig_msg, arrival=None, remote_mta=None, orig_hdrs_only=True, hdrs=(), human_html=None,
        charset="utf-8", cte="quoted-printable", msgid_dom=None, extra_fields=()):
    d = D(*date.rsplit(" ", 1))
    b = f"{hashlib.md5(f'dsn{i}'.encode()).hexdigest()[:16].upper()}.{i}"
    dom = msgid_dom or reporting_mta
    h = [f"Date: {format_datetime(d)}", f"From: {frm}", f"To: {to}",
         f"Subject: {enc_header(subject)}",
         f"Message-ID: {make_msgid('generic', dom, i, d)}"]
    h.extend(hdrs)
    h += ["MIME-Version: 1.0",
          f"Content-Type: multipart/report; report-type=delivery-status;\n boundary=\"{b}\""]
    human_part = leaf("text/plain", human, charset, cte)
    if human_html:
        human_part = multipart("alternative", [human_part, leaf("text/html", human_html, charset, cte)],
                               b + "h")
    fields = [f"Reporting-MTA: dns; {reporting_mta}"]
    if arrival:
        fields.append(f"Arrival-Date: {format_datetime(D(*arrival.rsplit(' ', 1)))}")
    fields.append("")
    fields.append(f"Final-Recipient: rfc822; {rcpt}")
    fields.append(f"Original-Recipient: rfc822;{rcpt}")
    fields.append(f"Action: {action}")
    fields.append(f"Status: {status}")
    if remote_mta:
        fields.append(f"Remote-MTA: dns; {remote_mta}")
    fields.append(f"Diagnostic-Code: smtp; {diag}")
    fields.extend(extra_fields)
    ds = ("Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" +
          "\n".join(fields) + "\n").encode()
    ob = orig_msg(i)
    if orig_hdrs_only:
        ob = ob.split(b"\n\n", 1)[0] + b"\n"
        op = b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + ob
    else:
        op = b"Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + ob
    out = [("\n".join(h) + "\n\n").encode(), b"This is a MIME-encapsulated message.\n\n"]
    for p in (human_part, ds, op):
        out.append(f"--{b}\n".encode() + p + b"\n")
    out.append(f"--{b}--\n".encode())
    return b"".join(out)


def sent_copy(o, to_addr, body=None):
    """The owner's message as it left (for bounces to carry)."""
    def f(i):
        h = [f"Date: {format_datetime(o['date'])}", f"From: {formataddr((o['name'], o['addr']))}",
             f"To: {to_addr}", f"Subject: {enc_header(o['subject'])}", f"Message-ID: {o['msgid']}",
             "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"utf-8\"",
             "Content-Transfer-Encoding: quoted-printable"]
        return ("\n".join(h) + "\n\n").encode() + quopri.encodestring((body or o["text"]).encode())
    return f


# ============================================================================================
# Giulia Bortolin, traduttrice tecnica (Treviso): metalmeccaniche del Nord-Est, impiantisti.
# Invoices "NN/26", "N/27".
# ============================================================================================
GIU = ("Giulia Bortolin", "giulia@bortolintraduzioni.it")

DISCL_FURLAN = (
    "_____________________________________________________________________\n"
    "Le informazioni contenute in questo messaggio di posta elettronica e negli eventuali allegati "
    "sono riservate e destinate esclusivamente al destinatario indicato. Ai sensi del Regolamento UE "
    "2016/679 (GDPR) e del D.Lgs. 196/2003, qualora il messaggio Le fosse pervenuto per errore, La "
    "invitiamo a eliminarlo senza copiarlo e a darne comunicazione al mittente. Grazie.\n"
    "P Prima di stampare, pensa all'ambiente.")

o = orig("giu", "reminder", "31/26", "Spett.le Officine Meccaniche Furlan S.p.A.,",
         "contabilita.fornitori@omfurlan.it", "2026-12-04 08:30", amount="1586.00", due="2026-11-30")
M(persona="Officine Meccaniche Furlan S.p.A.", reply=o, re="R: ", date="2026-12-04 11:52 +0100",
  frm=("Contabilità Fornitori - OM Furlan", "contabilita.fornitori@omfurlan.it"),
  fmt="alt", charset="iso-8859-1", codec="cp1252", cte="quoted-printable", quote="outlook",
  quote_to="Contabilità Fornitori - OM Furlan", mid="outlook",
  hdrs=["X-MS-Has-Attach: yes", "Thread-Topic: Sollecito fattura n. 31/26", "Content-Language: it-IT"],
  att=[("Disposizione_bonifico_04122026.pdf", "application/pdf",
        fake_pdf("Disposizione di bonifico SEPA", ["Ordinante: OFFICINE MECCANICHE FURLAN SPA",
                                                   "Beneficiario: BORTOLIN GIULIA",
                                                   "Importo: EUR 1.586,00", "Data esecuzione: 04/12/2026",
                                                   "Causale: SALDO FT 31/26"]))],
  body="""Buongiorno,

in allegato copia della disposizione di bonifico effettuata in data odierna a saldo della Vs. fattura n. 31/26 del 30/09/2026 di € 1.586,00.

Ci scusiamo per il ritardo, dovuto al benestare del reparto tecnico che ci è pervenuto solo ieri.

Distinti saluti

Erika Cescon
Contabilità Fornitori
OFFICINE MECCANICHE FURLAN S.p.A.
Via dell’Industria, 14 – 33080 Porcia (PN)
Tel. +39 0434 590211 – int. 224

""" + DISCL_FURLAN,
  label=dict(kind="client-reply-paid", amount="1586.00", reference="31/26",
             note="Accounts payable of a Nord-Est manufacturer: transfer ordered today, PDF attached. "
                  "iso-8859-1 declared with cp1252 bytes (€, ’). GDPR footer."))

o = orig("giu", "courtesy", "40/26", "Spett.le Officine Meccaniche Furlan S.p.A.,",
         "d.moro@omfurlan.it", "2026-12-23 08:00", amount="854.00", due="2026-12-31",
         issue="2026-12-01")
M(persona="Officine Meccaniche Furlan S.p.A.", reply=o, subj="Risposta automatica: " + o["subject"],
  date="2026-12-23 08:00 +0100", frm=("Daniela Moro", "d.moro@omfurlan.it"), mid="outlook",
  hdrs=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: d.moro@omfurlan.it", "Thread-Topic: " + o["subject"]],
  fmt="alt", charset="iso-8859-1", codec="cp1252",
  body="""Gentile Cliente, gentile Fornitore,

vi informiamo che la nostra azienda resterà chiusa per le festività natalizie da giovedì 24 dicembre 2026 a mercoledì 6 gennaio 2027 compresi.

Le attività riprenderanno regolarmente giovedì 7 gennaio 2027; le e-mail ricevute durante la chiusura saranno evase al rientro.

Cogliamo l’occasione per augurarvi Buone Feste.

Ufficio Acquisti
OFFICINE MECCANICHE FURLAN S.p.A.

""" + DISCL_FURLAN,
  label=dict(kind="auto-reply", return_date="2027-01-07",
             note="Exchange holiday auto-reply with Auto-Submitted; closed 24/12 to 6/1 'compresi', "
                  "back 7 January stated."))

o = orig("giu", "courtesy", "38/26", "Spett.le Tornerie Dal Bo srl,",
         "amministrazione@tornerie-dalbo.it", "2026-12-14 08:00", amount="732.00", due="2026-12-20",
         issue="2026-11-20")
M(persona="Tornerie Dal Bo srl", reply=o, re="R: ", date="2026-12-14 10:20 +0100",
  frm=("Michela Dal Bo", "amministrazione@tornerie-dalbo.it"), quote="outlook", mid="outlook",
  quote_to="amministrazione@tornerie-dalbo.it",
  body="""Buongiorno Giulia,

guardi che con noi le condizioni sono sempre state 60 gg f.m. d.f., come da nostro ordine (le avevo mandato l'OdA n. 2026/0412 a ottobre, c'è scritto in fondo). La fattura è del 20/11 quindi scade il 31/01/2027 e verrà pagata in quella data con il giro bonifici di fine mese, come tutte le altre.

Non si preoccupi che non ci dimentichiamo di lei :-)

Michela Dal Bo
Amministrazione
TORNERIE DAL BO S.R.L.
Via Feltrina Sud 88 – 31044 Montebelluna (TV)
""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-31",
             note="Client corrects the due date (60 days end of month) and states it will be paid on "
                  "31/01/2027: a dated promise, not a dispute of the amount. No invoice number in "
                  "her text ('la fattura')."))

o = orig("giu", "promise_followup", "38/26", "Spett.le Tornerie Dal Bo srl,",
         "amministrazione@tornerie-dalbo.it", "2027-02-03 08:00", amount="732.00", due="2026-12-20",
         promise="2027-01-31")
M(persona="Tornerie Dal Bo srl", reply=o, re="R: ", date="2027-02-03 12:07 +0100",
  frm=("Renzo Dal Bo", "renzo@tornerie-dalbo.it"),
  cc=[("Federica Zanatta", "f.zanatta@tornerie-dalbo.it")], quote="outlook_old",
  quote_to="amministrazione@tornerie-dalbo.it",
  body="""Buongiorno,
la Michela è in maternità da metà gennaio e l'amministrazione la segue adesso la Federica, che metto in copia. Federica per cortesia controlla tu e rispondi alla signora Bortolin.

Saluti
Renzo Dal Bo

Tornerie Dal Bo srl
""",
  label=dict(kind="client-reply-other",
             note="Forwarded to a colleague in cc, no statement about payment."))

o = orig("giu", "reminder", "35/26", "Spett.le Carpenterie Brunello srl,",
         "p.brunello@carpenteriebrunello.it", "2026-11-20 08:30", amount="2440.00", due="2026-11-15")
M(persona="Carpenterie Brunello srl", reply=o, re="R: ", date="2026-11-20 14:33 +0100",
  frm=("Ing. Paolo Brunello", "p.brunello@carpenteriebrunello.it"),
  cc=[("Amministrazione Brunello", "amministrazione@carpenteriebrunello.it")],
  quote="outlook", mid="outlook", fmt="alt",
  body="""Buongiorno dott.ssa Bortolin,

la fattura non è stata pagata perché l'amministrazione non ha ricevuto il benestare dall'ufficio tecnico, e il benestare non l'ho dato io.

Il nostro importatore di Stoccarda ci ha segnalato diversi errori nella traduzione tedesca del manuale della pressa piegatrice PB-160: terminologia non coerente (Abkantpresse e Biegepresse usati indifferentemente), due avvertenze di sicurezza del cap. 3 tradotte in modo errato e la tabella delle coppie di serraggio con le unità invertite. Le avvertenze di sicurezza per noi sono un problema serio, il manuale fa parte del fascicolo tecnico per la marcatura CE.

Le giro a parte il PDF con i commenti dell'importatore. Finché non riceviamo la versione corretta e ricontrollata, la fattura 35/26 resta sospesa.

Cordiali saluti

Ing. Paolo Brunello
Ufficio Tecnico
Carpenterie Brunello S.r.l. – Thiene (VI)
""",
  label=dict(kind="client-reply-dispute", reference="35/26",
             note="Work contested (translation errors); payment withheld until corrected. Uses "
                  "Nord-Est purchasing jargon ('benestare')."))

o = orig("giu", "courtesy", "2/27", "Spett.le Carpenterie Brunello srl,",
         "amministrazione@carpenteriebrunello.it", "2027-02-08 08:00", amount="610.00",
         due="2027-02-12", issue="2027-01-13")
M(persona="Carpenterie Brunello srl", reply=o, re="R: ", date="2027-02-08 09:26 +0100",
  frm=("Amministrazione Brunello", "amministrazione@carpenteriebrunello.it"), quote="outlook",
  mid="outlook", quote_to="Amministrazione Brunello",
  body="""Buongiorno,

la fattura n. 2/27 ci è arrivata dallo SdI senza il riferimento al nostro ordine d'acquisto e il gestionale non ci permette di registrarla nel ciclo passivo senza abbinarla a un ordine.

Può indicarci a quale ordine si riferisce? Se è l'OA-27/0015 (revisione manuale PB-160) basta una conferma per mail e l'abbinamento lo facciamo noi.

Grazie
Lorena Dalla Via
Amministrazione – Carpenterie Brunello S.r.l.
""",
  label=dict(kind="client-reply-other", reference="2/27",
             note="Asks for the purchase order reference to register the invoice; no claim, no "
                  "promise."))

o = orig("giu", "reminder", "39/26", "Spett.le Stampi Pol srl,", "acquisti@stampipol.com",
         "2026-12-18 08:30", amount="915.00", due="2026-12-15")
M(persona="Stampi Pol srl", reply=o, re="R: ", date="2026-12-18 09:41 +0100",
  frm=("Sonia - Stampi Pol", "acquisti@stampipol.com"), quote="outlook_mac",
  quote_to="acquisti@stampipol.com",
  body="""Buongiorno Giulia
la ft è stata benestariata solo ieri dal ns responsabile qualità perciò non è entrata nel giro pagamenti di dicembre (chiuso il 10). Gliela metto nei pagamenti fornitori del 15 gennaio.
Buone feste
Sonia

STAMPI POL srl
Via Pordenone 51 - 33070 Brugnera (PN)
""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-15",
             note="Approval arrived late; 'pagamenti fornitori del 15 gennaio' = dated promise."))

o = orig("giu", "courtesy", "1/27", "Spett.le Stampi Pol srl,", "acquisti@stampipol.com",
         "2027-02-01 08:00", amount="427.00", due="2027-02-05", issue="2027-01-06")
M(persona="Stampi Pol srl", reply=o, re="R: ", date="2027-02-01 15:02 +0100",
  frm=("Sonia - Stampi Pol", "acquisti@stampipol.com"),
  body="""Ciao Giulia
una cosa: dal 1° gennaio la nostra nuova commercialista vuole che i fornitori ricorrenti ci emettano RiBa invece di aspettare il bonifico. Per questa fattura e le prossime ci puoi mandare la banca di appoggio (ABI e CAB) così la caricano in anagrafica? Oppure se preferisci continuare col bonifico dimmelo che lo segnalo.
grazie
Sonia
""",
  label=dict(kind="client-reply-other",
             note="Question about the payment method (RiBa, bank ABI/CAB); says nothing about paying "
                  "this one. No quote."))

o = orig("giu", "reminder", "33/26", "Spett.le Idroterm Sartor snc,", "idrotermsartor@libero.it",
         "2026-11-16 08:30", amount="366.00", due="2026-11-10")
M(persona="Idroterm Sartor snc", reply=o, date="2026-11-16 20:47 +0100",
  frm=("IDROTERM SARTOR", "idrotermsartor@libero.it"), mid="libero",
  hdrs=["X-Mailer: Libero Mail"],
  body="""ciao Giulia
go fato el bonifico adesso da casa co l'app, 366 euro. Scusa ma semo sempre in giro pai cantieri e la carta la resta in furgon.
Varda che el sito in todesco el xe vignù proprio ben, el rapresentante de Innsbruck el ga dito che el xe perfeto 😄
mandi
Bepi
""",
  label=dict(kind="client-reply-paid", amount="366.00",
             note="Veneto dialect ('go fato el bonifico'), no quote, emoji; amount stated."))

o = orig("giu", "reminder", "3/27", "Spett.le Idroterm Sartor snc,", "idrotermsartor@libero.it",
         "2027-02-15 08:30", amount="244.00", due="2027-02-10")
M(persona="Idroterm Sartor snc", reply=o, date="2027-02-16 07:12 +0100",
  frm=("IDROTERM SARTOR", "idrotermsartor@libero.it"), quote="apple", mid="apple", qsep="\n",
  hdrs=["X-Mailer: iPhone Mail (21D61)"],
  body="""Giulia scusa son drio coparme col lavoro. Venerdì riscoto dal condominio de via Roma e te pago subito, te lo giuro

Bepi

Inviato da iPhone
""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-19",
             note="Dialect; 'Venerdì' after Tuesday 16 Feb = Friday 19 Feb. Apple '>' quote."))

M(persona="Fonderia De Marchi S.p.A.", date="2026-12-01 06:14 +0100",
  frm=("Fonderia De Marchi S.p.A. - Tesoreria", "noreply-tesoreria@fonderiademarchi.it"),
  to=[GIU], subj="Avviso di pagamento n. AP/2026/004471 - BORTOLIN GIULIA", fmt="alt",
  charset="iso-8859-1", cte="quoted-printable",
  hdrs=["X-Mailer: SAP NetWeaver 7.50", "Auto-Submitted: auto-generated"],
  body="""Spett.le BORTOLIN GIULIA
Cod. fornitore 0000418830

Vi comunichiamo che in data 30/11/2026 è stato disposto a Vostro favore il pagamento dei documenti sotto elencati.

Modalità di pagamento: bonifico SEPA
Banca ordinante: Banca Popolare di Sondrio - Filiale di Padova
Data valuta beneficiario: 02/12/2026
IBAN beneficiario: IT18M0890461810022000004417

Documento        Data doc.    Importo lordo   Ritenuta acc.   Netto
Fattura 29/26    12/10/2026       1.830,00          300,00   1.530,00

Totale pagato EUR 1.530,00

Il presente avviso è generato automaticamente, si prega di non rispondere a questo indirizzo.
Per informazioni: ciclopassivo@fonderiademarchi.it

FONDERIA DE MARCHI S.p.A. - Zona Industriale, Via Quinta Strada 22 - 35129 Padova
""",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial;font-size:10pt">
<p>Spett.le <b>BORTOLIN GIULIA</b><br>Cod. fornitore 0000418830</p>
<p>Vi comunichiamo che in data <b>30/11/2026</b> è stato disposto a Vostro favore il pagamento dei documenti sotto elencati.</p>
<table border="0" cellpadding="2" style="font-size:10pt">
<tr><td>Modalità di pagamento:</td><td>bonifico SEPA</td></tr>
<tr><td>Banca ordinante:</td><td>Banca Popolare di Sondrio - Filiale di Padova</td></tr>
<tr><td>Data valuta beneficiario:</td><td>02/12/2026</td></tr>
<tr><td>IBAN beneficiario:</td><td>IT18M0890461810022000004417</td></tr>
</table><br>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9d9d9"><th>Documento</th><th>Data doc.</th><th>Importo lordo</th><th>Ritenuta acc.</th><th>Netto</th></tr>
<tr><td>Fattura 29/26</td><td>12/10/2026</td><td align="right">1.830,00</td><td align="right">300,00</td><td align="right">1.530,00</td></tr>
<tr><td colspan="4" align="right"><b>Totale pagato EUR</b></td><td align="right"><b>1.530,00</b></td></tr>
</table>
<p style="font-size:8pt;color:#777">Il presente avviso è generato automaticamente, si prega di non rispondere a questo indirizzo.<br>
Per informazioni: ciclopassivo@fonderiademarchi.it<br>FONDERIA DE MARCHI S.p.A. - Zona Industriale, Via Quinta Strada 22 - 35129 Padova</p>
</body></html>
""",
  label=dict(kind="payment-notification", amount="1530.00", reference="29/26",
             note="Remittance advice from the client's SAP: payment ordered, net of 20% withholding "
                  "(gross 1.830,00, ritenuta 300,00, paid 1.530,00)."))

o = orig("giu", "reminder", "36/26", "Spett.le Fonderia De Marchi S.p.A.,",
         "ciclopassivo@fonderiademarchi.it", "2026-12-14 08:30", amount="1220.00", due="2026-12-10")
M(persona="Fonderia De Marchi S.p.A.", reply=o, re="R: ", date="2026-12-15 11:38 +0100",
  frm=("Ufficio Ciclo Passivo", "ciclopassivo@fonderiademarchi.it"), quote="outlook", mid="outlook",
  quote_to="Ufficio Ciclo Passivo",
  body="""Gentile fornitore,

la fattura in oggetto risulta regolarmente registrata e verrà liquidata alla prima scadenza utile secondo le condizioni di pagamento concordate in fase d'ordine (bonifico 90 gg d.f. f.m.), non secondo la scadenza indicata nel Vostro sollecito.

Per lo stato dei pagamenti si prega di consultare il Portale Fornitori (sezione "Partite aperte").

Rif. pratica: CP-26-18832
Operatore: M. Trevisan

Cordiali saluti
Ufficio Ciclo Passivo
FONDERIA DE MARCHI S.p.A.
""",
  label=dict(kind="client-reply-promise",
             note="Written by a person in accounts (operator, ticket no.), formulaic: will be paid "
                  "at the contractual 90 days end of month; no date stated (issue date unknown) → "
                  "undated promise, not an auto-reply."))

o = orig("giu", "statement", "", "Spett.le Meccanica Bellunese srl,",
         "amministrazione@meccanicabellunese.it", "2026-12-09 08:30", deadline="2026-12-23",
         items=[("34/26", "2026-10-14", "2026-11-13", "488.00"),
                ("37/26", "2026-11-05", "2026-12-05", "488.00")])
M(persona="Meccanica Bellunese srl", reply=o, re="R: ", date="2026-12-10 16:55 +0100",
  frm=("Roberta Dal Farra", "amministrazione@meccanicabellunese.it"), quote="outlook",
  mid="outlook", fmt="alt", quote_to="amministrazione@meccanicabellunese.it",
  att=[("contabile 12-11.pdf", "application/pdf",
        fake_pdf("UniCredit - Contabile bonifico", ["Ordinante MECCANICA BELLUNESE SRL",
                                                    "Beneficiario BORTOLIN GIULIA", "EUR 488,00",
                                                    "Data 12/11/2026", "Causale FT 34/26"]))],
  body="""Buongiorno,

la 34/26 l'abbiamo pagata il 12/11, le allego la contabile.

La 37/26 invece non la paghiamo perché è lo stesso lavoro (traduzione schede tecniche serie MB-200, stesso importo, stessa descrizione): ci è stata fatturata due volte. Ci mandi per favore una nota di credito a storno così sistemiamo anche in contabilità.

Saluti
Roberta Dal Farra
Meccanica Bellunese S.r.l. – Sedico (BL)
""",
  label=dict(kind="client-reply-dispute", reference="37/26",
             note="Two invoices: one paid (receipt attached), the other contested as a duplicate "
                  "with a credit note asked → dispute wins."))

M(persona="Zuccolo Automation srl", date="2026-12-28 09:03 +0100",
  frm=("Stefan Zuccolo", "s.zuccolo@zuccolo-automation.it"), to=[GIU],
  subj="Assente / Abwesend: Re: Sollecito fattura n. 42/26",
  hdrs=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: bulk",
        "In-Reply-To: <20261228080000.7a1c03e5b9d24f11@bortolintraduzioni.it>"],
  body="""Buongiorno,
sono assente fino a mercoledì 6 gennaio compreso, con accesso limitato alla posta. Per questioni amministrative potete scrivere a amministrazione@zuccolo-automation.it.

Guten Tag,
ich bin bis einschließlich Mittwoch, 6. Januar, nicht im Büro. In dringenden Fällen wenden Sie sich bitte an amministrazione@zuccolo-automation.it.

Stefan Zuccolo
Zuccolo Automation S.r.l. – Udine
""",
  label=dict(kind="auto-reply", return_date="2027-01-07",
             note="Bilingual IT/DE out-of-office, 'fino a mercoledì 6 gennaio compreso' → back 7/1."))

o = orig("giu", "reminder", "41/26", "Spett.le Valbrenta Mobili srl,", "info@valbrentamobili.it",
         "2027-01-05 08:30", amount="1098.00", due="2026-12-31")
M(persona="Valbrenta Mobili srl", reply=o, date="2027-01-05 18:21 +0100",
  frm=("Franco Bonato", "info@valbrentamobili.it"), quote="thunderbird",
  hdrs=["User-Agent: Mozilla Thunderbird"],
  body="""Gentile Giulia,
ha ragione, mi è sfuggita con le feste e la fiera di Colonia da preparare. La pago a fine mese insieme alle altre fatture fornitori, va bene?
Buon anno anche a lei e grazie ancora per il catalogo, in Germania è piaciuto molto.

Franco Bonato
Valbrenta Mobili - Bassano del Grappa
""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-31",
             note="'a fine mese' written 5 January → 31 January."))

o = orig("giu", "promise_followup", "41/26", "Spett.le Valbrenta Mobili srl,",
         "info@valbrentamobili.it", "2027-02-03 08:30", amount="1098.00", due="2026-12-31",
         promise="2027-01-31")
M(persona="Valbrenta Mobili srl", reply=o, date="2027-02-03 09:15 +0100",
  frm=("Franco Bonato", "info@valbrentamobili.it"), quote="thunderbird",
  hdrs=["User-Agent: Mozilla Thunderbird"],
  body="""Cara Giulia,
l'ha fatto mia figlia Elena venerdì scorso dall'home banking, dovrebbe esserle già arrivato. Se non lo vede entro domani mi faccia sapere che controllo con la banca.
Saluti
Franco
""",
  label=dict(kind="client-reply-paid",
             note="Paid last Friday by his daughter; the 'se non lo vede' is a check offer, not a "
                  "promise."))

M(persona="Pedrini Caldaie S.p.A.", date="2026-11-24 03:12 +0100",
  frm=("Pedrini Caldaie - Portale Fornitori", "noreply@fornitori.pedrinicaldaie.it"), to=[GIU],
  subj="[Portale Fornitori] Documento 42/26 registrato - stato: in attesa di approvazione",
  fmt="html", charset="utf-8", cte="quoted-printable",
  hdrs=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Portale Fornitori</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Segoe UI,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#b3001b;color:#fff;font-size:18px"><b>PEDRINI CALDAIE</b> &middot; Portale Fornitori</td></tr>
<tr><td style="font-size:14px;color:#333">
<p>Gentile fornitore <b>BORTOLIN GIULIA</b> (cod. F-20931),</p>
<p>il documento sotto indicato è stato acquisito dal Sistema di Interscambio e registrato nel nostro sistema.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Tipo documento</td><td><b>TD01 - Fattura</b></td></tr>
<tr><td>Numero</td><td><b>42/26</b></td></tr>
<tr><td>Data documento</td><td>18/11/2026</td></tr>
<tr><td>Importo</td><td>2.196,00 EUR</td></tr>
<tr><td>Ordine collegato</td><td>4500187342</td></tr>
<tr><td>Stato</td><td><span style="color:#c77700"><b>In attesa di approvazione</b></span></td></tr>
</table>
<p>Riceverà una nuova comunicazione al cambio di stato. Le scadenze di pagamento sono consultabili nella sezione <i>Partite aperte</i>.</p>
<p style="font-size:11px;color:#888">Messaggio generato automaticamente. Non rispondere.</p>
</td></tr></table></td></tr></table></body></html>
""",
  label=dict(kind="other", reference="42/26",
             note="Client's supplier-portal notice: invoice registered, awaiting approval. Neither a "
                  "payment nor a human reply."))

o = orig("giu", "reminder", "30/26", "Spett.le Oleodinamica Trevigiana srl,",
         "acquisti@oleodinamicatrevigiana.it", "2026-11-09 08:30", amount="1464.00", due="2026-11-05")
M(persona="Oleodinamica Trevigiana srl", reply=o, re="R: ", date="2026-11-09 17:40 +0100",
  frm=("Marco Zago", "acquisti@oleodinamicatrevigiana.it"), quote="outlook", mid="outlook",
  fmt="alt", charset="windows-1252", codec="cp1252", quote_to="acquisti@oleodinamicatrevigiana.it",
  body="""Buonasera,

ho ripreso in mano il preventivo: avevamo concordato 0,09 €/parola per la traduzione in inglese e francese dei cataloghi valvole, con sconto sulle ripetizioni da Trados (fuzzy 95-100% al 30%).

In fattura vedo 0,11 €/parola su 12.000 parole piene, senza nessuna riduzione per le ripetizioni, che secondo il report che ci aveva mandato erano quasi il 40%.

Così non possiamo registrarla. Le chiedo di rifare il conteggio come da preventivo e di emettere nota di credito per la differenza; appena arriva paghiamo il dovuto.

Cordiali saluti

Marco Zago
Ufficio Acquisti
Oleodinamica Trevigiana S.r.l.
""",
  label=dict(kind="client-reply-dispute",
             note="Wrong rate versus the quote, credit note requested; 'paghiamo il dovuto' only "
                  "after the credit note → dispute. windows-1252 with €."))

o = orig("giu", "reminder", "43/26", "Spett.le Termoidraulica Furlanetto snc,",
         "info@furlanettoimpianti.it", "2027-01-11 08:30", amount="305.00", due="2027-01-05")
M(persona="Termoidraulica Furlanetto snc", reply=o, re="R: ", date="2027-01-11 13:05 +0100",
  frm=("info@furlanettoimpianti.it", "info@furlanettoimpianti.it"), quote="libero",
  quote_to="info@furlanettoimpianti.it", mid="libero",
  body="""Buongiorno signora
sono Luisa la moglie di Renato, la contabilità la tengo io. Mi scuso ma a gennaio con le scadenze delle tasse siamo un po' tirati, la pago la settimana prossima senz'altro.
Cordiali saluti
Luisa Furlanetto
""",
  label=dict(kind="client-reply-promise",
             note="'la settimana prossima' is vague → no promised_date. Wife doing the books for a "
                  "plumbing firm; Libero-style quote without '>'."))


# ============================================================================================
# Chiara Esposito, consulente sicurezza sul lavoro e HACCP (Napoli): imprese edili,
# impiantisti, farmacie, palestre, bar, cooperative sociali. Invoices "NN-2026", "N-2027".
# ============================================================================================
CHI = ("Chiara Esposito", "chiara@espositosicurezza.it")

o = orig("chi", "reminder", "58-2026", "Spett.le Costruzioni Iovine srl,",
         "geom.iovine@gmail.com", "2026-11-25 08:30", amount="1830.00", due="2026-11-20")
M(persona="Costruzioni Iovine srl", reply=o, date="2026-11-25 19:48 +0100",
  frm=("Pasquale Iovine", "geom.iovine@gmail.com"), quote="gmail", mid="gmail", fmt="alt",
  html_kind="gmail",
  body="""Dottoressa buonasera,
avete ragione, ma stiamo aspettando il pagamento del 3° SAL dal Comune di Casalnuovo per il cantiere della scuola elementare e sono due mesi che ci dicono "la settimana prossima". Appena entra il SAL pago voi per prima, parola mia.
Scusate per il disagio.

Geom. Pasquale Iovine
Costruzioni Iovine srl - Afragola (NA)
""",
  label=dict(kind="client-reply-promise",
             note="Builder waiting for the municipality's progress payment (SAL); pays when it "
                  "comes in → promise with no date."))

o = orig("chi", "late_fee", "64-2026", "Spett.le Costruzioni Iovine srl,",
         "amministrazione@costruzioniiovine.it", "2027-01-18 08:30", amount="2745.00",
         due="2026-12-31", deadline="2027-01-28", fees=True)
M(persona="Costruzioni Iovine srl", reply=o, re="R: ", date="2027-01-19 10:12 +0100",
  frm=("Amministrazione Costruzioni Iovine", "amministrazione@costruzioniiovine.it"),
  cc=[("Pasquale Iovine", "geom.iovine@gmail.com")], quote="outlook", mid="outlook", fmt="alt",
  quote_to="Amministrazione Costruzioni Iovine",
  body="""Buongiorno,

in merito al Vostro secondo sollecito, e soprattutto agli interessi e ai 40 euro che ci avete aggiunto: la fattura 64-2026 comprende 4 sopralluoghi del Coordinatore per l'esecuzione nel cantiere di via Nazionale, ma dal giornale dei lavori e dai verbali di sopralluogo ne risultano effettuati 2 (14/10 e 02/12). Gli altri due non ci sono stati, e il geometra Iovine ve lo aveva già fatto presente per telefono.

Vi chiediamo di emettere nota di credito per i due sopralluoghi non effettuati. Gli interessi non li riconosciamo, visto che la fattura è sbagliata.

Distinti saluti

Carmela Iovine
Ufficio Amministrativo
COSTRUZIONI IOVINE S.R.L.
Via Roma 212 – 80021 Afragola (NA)
""",
  label=dict(kind="client-reply-dispute", reference="64-2026",
             note="Contests services billed but not performed and rejects the late-payment "
                  "interest; quoted reminder carries the fee lines (amounts only in the quote)."))

o = orig("chi", "reminder", "60-2026", "Spett.le Impianti Elettrici Capasso,",
         "capassoimpianti@gmail.com", "2026-12-03 08:30", amount="427.00", due="2026-11-30")
M(persona="Impianti Elettrici Capasso", reply=o, date="2026-12-03 21:40 +0100",
  frm=("Gennaro Capasso", "capassoimpianti@gmail.com"), quote="android", mid="gmail",
  att=[("Screenshot_20261203-214012.png", "image/png", fake_png(60))],
  body="""buonasera dotto fatto il bonifico ieri sera dalla app ve mando lo screen ciao e scusate ancora
""",
  label=dict(kind="client-reply-paid",
             note="Electrician on the phone, no punctuation, screenshot of the banking app attached."))

o = orig("chi", "late_fee", "70-2026", "Spett.le Impianti Elettrici Capasso,",
         "capassoimpianti@gmail.com", "2027-02-10 08:30", amount="305.00", due="2027-01-31",
         deadline="2027-02-20")
M(persona="Impianti Elettrici Capasso", reply=o, date="2027-02-10 13:17 +0100",
  frm=("Gennaro Capasso", "capassoimpianti@gmail.com"), quote="android", mid="gmail",
  body="""dotto nun aggio capito sta fattura e di che cosa? il corso dei ragazzi e quello di ottobre o e un altro? chiamatemi quando potete che per mail non ci capisco niente 3389104472
""",
  label=dict(kind="client-reply-other",
             note="Asks what the invoice is for and to be called back; no punctuation."))

o = orig("chi", "reminder", "59-2026", "Spett.le Farmacia Russo,", "info@farmaciarussovomero.it",
         "2026-11-30 08:30", amount="244.00", due="2026-11-25")
M(persona="Farmacia Russo", reply=o, re="R: ", date="2026-11-30 12:55 +0100",
  frm=("Farmacia Russo", "info@farmaciarussovomero.it"), quote="outlook", mid="outlook",
  quote_to="info@farmaciarussovomero.it",
  body="""Gentile dott.ssa Esposito,

mi scusi, ma questa fattura non l'abbiamo mai ricevuta, né per mail né nel cassetto fiscale. Il nostro commercialista dice che allo SDI non risulta nulla a nostro nome da parte sua.

Può verificare il codice destinatario? È M5UXCR1 (lo trova anche sulla nostra carta intestata).

Cordiali saluti
Dott.ssa Marina Russo
Farmacia Russo – Via Scarlatti, Napoli
""",
  label=dict(kind="client-reply-other",
             note="Invoice never received via SdI; asks to check the recipient code. No claim."))

o = orig("chi", "late_fee", "59-2026", "Spett.le Farmacia Russo,", "info@farmaciarussovomero.it",
         "2026-12-14 08:30", amount="244.00", due="2026-11-25", deadline="2026-12-24")
M(persona="Farmacia Russo", reply=o, re="R: ", date="2026-12-14 13:30 +0100",
  frm=("Farmacia Russo", "info@farmaciarussovomero.it"), quote="outlook", mid="outlook",
  quote_to="info@farmaciarussovomero.it",
  body="""Dottoressa,
pagato oggi tramite home banking, 244,00 euro. Adesso la fattura ci è arrivata regolarmente, grazie per averla rimandata.
Saluti e buone feste
Marina Russo
""",
  label=dict(kind="client-reply-paid", amount="244.00", note="Short; paid today with amount."))

o = orig("chi", "reminder", "61-2026", "Spett.le Farmacia San Gennaro snc,",
         "farmaciasangennaro@tiscali.it", "2026-12-10 08:30", amount="585.60", due="2026-12-05")
M(persona="Farmacia San Gennaro snc", reply=o, re="R: ", date="2026-12-11 09:20 +0100",
  frm=("Dott. Ciro Amitrano", "farmaciasangennaro@tiscali.it"), quote="outlook_old",
  fmt="alt", charset="iso-8859-1", codec="cp1252", quote_to="farmaciasangennaro@tiscali.it",
  att=[("Preventivo_HACCP_Farmacia_San_Gennaro.pdf", "application/pdf",
        fake_pdf("Preventivo n. P-41/2026", ["Corso HACCP collaboratori + aggiornamento manuale",
                                              "Imponibile EUR 350,00", "IVA 22% EUR 77,00",
                                              "Totale EUR 427,00"]))],
  body="""Gentile dottoressa,

ci avevate fatto un preventivo di € 350 + IVA per il corso HACCP dei collaboratori e l’aggiornamento del manuale di autocontrollo (lo allego); la fattura invece è di € 480 + IVA. Nessuno ci ha avvisati di costi aggiuntivi né ci ha fatto firmare altro.

Siamo disposti a pagare subito € 427,00 (350 + IVA) come da preventivo; per la differenza attendiamo una nota di credito.

Distinti saluti
Dott. Ciro Amitrano
Farmacia San Gennaro s.n.c. – Napoli
""",
  label=dict(kind="client-reply-dispute", amount="427.00",
             note="Invoice above the quote; client accepts only the quoted 427,00 and wants a "
                  "credit note. iso-8859-1 header with cp1252 bytes."))

o = orig("chi", "reminder", "62-2026", "Spett.le Olympia Fitness ASD,", "olympiafitnesspozzuoli@gmail.com",
         "2026-12-21 08:30", amount="366.00", due="2026-12-15")
M(persona="Olympia Fitness ASD", reply=o, date="2026-12-21 19:02 +0100",
  frm=("Olympia Fitness", "olympiafitnesspozzuoli@gmail.com"), quote="gmail", mid="gmail",
  fmt="alt", html_kind="gmail",
  body="""Ciao Chiara!
Scusa scusa scusa 🙈 dicembre per noi è un mese nero, la gente si iscrive a gennaio coi buoni propositi 😂
Ti faccio il bonifico entro il 15 gennaio, promesso 💪

Buone feste!!
Vale
Olympia Fitness - Pozzuoli
""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-15",
             note="Gym, chatty with emoji; 'entro il 15 gennaio'."))

M(persona="Olympia Fitness ASD", reply=o, date="2027-01-14 10:41 +0100",
  frm=("Olympia Fitness", "olympiafitnesspozzuoli@gmail.com"), mid="gmail",
  body="""Fatto!!! 🎉 ti ho mandato 366 euro stamattina, controlla e fammi sapere se è tutto ok

ci vediamo a febbraio per il corso antincendio, ti aspettiamo 🔥🧯

Vale
""",
  label=dict(kind="client-reply-paid", amount="366.00",
             note="Reply to the same reminder weeks later, no quote; 'Fatto!!!' + amount."))

o = orig("chi", "reminder", "63-2026", "Spett.le Bar Pasticceria Cuomo,", "barcuomo.portici@libero.it",
         "2027-01-07 08:30", amount="183.00", due="2026-12-31")
M(persona="Bar Pasticceria Cuomo", reply=o, date="2027-01-07 16:30 +0100",
  frm=("barcuomo.portici@libero.it", "barcuomo.portici@libero.it"), quote="libero", mid="libero",
  quote_to="barcuomo.portici@libero.it", hdrs=["X-Mailer: Libero Mail"],
  body="""Dotto' buonasera
scusate o ritardo, co' e feste nun aggio avuto nu minuto manco pe respirà. Oggi stammo chiusi pe turno e a banca nun ce vaco, vi faccio o bonifico dimane mattina appena arape.
Salvatore Cuomo
""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-08",
             note="Neapolitan: 'dimane mattina' written Thursday 7 Jan → Friday 8 Jan."))

o = orig("chi", "late_fee", "65-2026", "Spett.le Il Girasole Cooperativa Sociale,",
         "presidenza@ilgirasolecoop.it", "2027-01-20 08:30", amount="976.00", due="2026-12-31",
         deadline="2027-01-30")
M(persona="Il Girasole Cooperativa Sociale", reply=o, date="2027-01-20 22:04 +0100",
  frm=("Anna Di Lillo", "presidenza@ilgirasolecoop.it"), quote="thunderbird",
  hdrs=["User-Agent: Mozilla Thunderbird"],
  body="""Gentile dott.ssa Esposito,

le scrivo con un po' di imbarazzo. Come forse sa, noi viviamo delle convenzioni con l'Ambito sociale C6 e con l'ASL, che pagano con ritardi enormi: a oggi attendiamo ancora le rette di settembre e ottobre, e abbiamo dovuto dare la precedenza agli stipendi degli operatori e delle operatrici.

La fattura non è in discussione, il suo lavoro sul DVR della comunità alloggio e la formazione dei ragazzi del servizio civile sono stati preziosi. Contiamo di saldarla entro la fine di febbraio, quando dovrebbe arrivare la liquidazione del secondo semestre; se arriva prima, gliela pago prima.

Con stima e gratitudine,
Anna Di Lillo
Presidente – Il Girasole Cooperativa Sociale onlus
Caserta
""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-28",
             note="Social coop, long apologetic letter; 'entro la fine di febbraio' → 28 Feb 2027."))

o = orig("chi", "reminder", "66-2026", "Spett.le Termoidraulica Di Lorenzo,",
         "dilorenzo.termoidraulica@gmail.com", "2026-12-28 08:30", amount="1037.00", due="2026-12-20")
M(persona="Termoidraulica Di Lorenzo", reply=o, date="2026-12-29 07:55 +0100",
  frm=("Vincenzo Di Lorenzo", "dilorenzo.termoidraulica@gmail.com"), quote="gmail_wrap", mid="gmail",
  body="""Buongiorno Dottoressa,
la fattura e di 5 attestati PLE ma al corso del 19 novembre si sono presentati solo 3 dei miei ragazzi, gli altri due stavano a lavorare al cantiere di Ercolano e lo sapete pure voi perche vi avevo chiamato il giorno prima. Gli attestati che mi avete mandato sono 3.
Io pago i 3, gli altri 2 no. Mandatemi la fattura giusta.
Vincenzo Di Lorenzo
""",
  label=dict(kind="client-reply-dispute",
             note="Billed for 5 trainees, only 3 attended; pays 3 only, wants a corrected invoice. "
                  "No accents."))

M(persona="Termoidraulica Di Lorenzo", date="2027-01-15 18:22 +0100",
  frm=("Vincenzo Di Lorenzo", "dilorenzo.termoidraulica@gmail.com"), to=[CHI],
  subj="Fwd: Bonifico eseguito - Conferma operazione", mid="gmail", fmt="alt", html_kind="gmail",
  body="""Ecco a voi la ricevuta. Saluti

---------- Forwarded message ---------
Da: Intesa Sanpaolo <notifiche@notifiche.intesasanpaolo.com>
Date: ven 15 gen 2027 alle ore 18:09
Subject: Bonifico eseguito - Conferma operazione
To: <dilorenzo.termoidraulica@gmail.com>


Gentile Cliente,

ti confermiamo che il bonifico da te disposto è stato eseguito.

Ordinante: DI LORENZO VINCENZO
Beneficiario: ESPOSITO CHIARA
IBAN beneficiario: IT35C0103003400000006612089
Importo: 622,20 EUR
Data esecuzione: 15/01/2027
Causale: SALDO FATTURA 4-2027 CORSO PLE 3 OPERATORI
TRN: 0306909606123456789012345670IT

Grazie per aver scelto Intesa Sanpaolo.
Questa è una comunicazione automatica, ti preghiamo di non rispondere.
""",
  label=dict(kind="client-reply-paid", amount="622.20", reference="4-2027",
             note="Client forwards his bank's 'bonifico eseguito' with one line: paid (not a "
                  "payment-notification: it is the client's own outgoing transfer, forwarded). "
                  "Amount and invoice only in the forwarded receipt."))

o = orig("chi", "reminder", "67-2026", "Spett.le Edil Vesuviana srl,", "amministrazione@edilvesuviana.it",
         "2026-12-21 08:30", amount="1342.00", due="2026-12-15")
M(persona="Edil Vesuviana srl", reply=o, re="R: ", date="2026-12-22 12:03 +0100",
  frm=("Edil Vesuviana - Ufficio Amministrativo", "amministrazione@edilvesuviana.it"),
  fmt="html", quote="outlook", mid="outlook", charset="utf-8",
  quote_to="amministrazione@edilvesuviana.it",
  body="""Spett.le Dott.ssa Esposito,

si comunica che in data odierna è stato effettuato il pagamento della Vs. fattura nr. 67/2026 per € 1.342,00 a mezzo bonifico bancario su c/c Banca di Credito Popolare.

Distinti saluti

Ufficio Amministrativo
EDIL VESUVIANA S.R.L.
Via Panoramica 31 – 80056 Ercolano (NA)
P.IVA 06771231217
""",
  label=dict(kind="client-reply-paid", amount="1342.00", reference="67-2026",
             note="HTML-only Outlook; client writes the number as '67/2026', freelancer numbers "
                  "it '67-2026'."))

o = orig("chi", "reminder", "68-2026", "Spett.le Caseificio La Bufalina srl,",
         "amministrazione@labufalina.it", "2027-01-14 08:30", amount="671.00", due="2027-01-10")
M(persona="Caseificio La Bufalina srl", reply=o, re="R: ", date="2027-01-14 11:26 +0100",
  frm=("Assunta - Caseificio La Bufalina", "amministrazione@labufalina.it"), quote="outlook",
  mid="outlook", quote_to="amministrazione@labufalina.it",
  body="""Buongiorno dottoressa,

la dott.ssa Sorrentino mi chiede di risponderle che prima del 20 non ci riusciamo, perché il 15 paghiamo i conferitori del latte e quel giorno la cassa è tutta per loro. Il 20 le facciamo partire il bonifico.

Cordiali saluti
Assunta Pagano
Caseificio La Bufalina – Mondragone (CE)
""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-20",
             note="'prima del 20 non ci riusciamo ... Il 20 le facciamo partire il bonifico' → 20 Jan."))

o = orig("chi", "late_fee", "71-2026", "Spett.le Pizzeria Da Totonno,", "datotonno.vomero@gmail.com",
         "2027-01-25 08:30", amount="244.00", due="2027-01-10", deadline="2027-02-04")
M(persona="Pizzeria Da Totonno", reply=o, date="2027-01-25 23:47 +0100",
  frm=("Antonio Sepe", "datotonno.vomero@gmail.com"), mid="gmail",
  body="""Signora io sta fattura nun a pago. Il corso HACCP me l'avevate detto in presenza e poi l'avete fatto online su quel Teams e i guagliuni dicono che non si sentiva niente, metà l'hanno passata a chiedere "dottoressa mi sentite?". Gli attestati manco ce li avete mandati tutti. Prima mi fate il corso come si deve in pizzeria e poi ne parliamo
Antonio
""",
  label=dict(kind="client-reply-dispute",
             note="Refuses to pay: course delivered differently from what was agreed. Neapolitan, "
                  "no quote, late at night."))

o = orig("chi", "reminder", "69-2026", "Spett.le RSA Villa Serena soc. coop.,",
         "amministrazione@rsavillaserena.it", "2027-01-25 08:30", amount="1586.00", due="2027-01-20")
M(persona="Studio Ferraiuolo commercialisti", reply=o, re="R: ", date="2027-01-25 15:10 +0100",
  frm=("Studio Ferraiuolo", "contabilita@studioferraiuolo.it"), quote="outlook", mid="outlook",
  to=[CHI], cc=[("RSA Villa Serena", "amministrazione@rsavillaserena.it")],
  fmt="alt", quote_to="RSA Villa Serena",
  body="""Gentile dott.ssa Esposito,

scriviamo per conto della RSA Villa Serena, di cui curiamo la contabilità: il pagamento della Sua fattura n. 69-2026 è stato autorizzato dal CdA e sarà disposto con la distinta di questo venerdì, insieme agli altri fornitori.

Restiamo a disposizione.

Cordiali saluti

Studio Ferraiuolo
Dottori Commercialisti Associati
Corso Umberto I, 88 – 80138 Napoli

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate (Reg. UE 2016/679).
""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-29", reference="69-2026",
             note="Client's accountant; 'distinta di questo venerdì' written Monday 25 Jan → Friday "
                  "29 Jan. Persona is the accountancy firm."))

o = orig("chi", "reminder", "72-2026", "Spett.le Autoscuola Partenope,", "info@autoscuolapartenope.it",
         "2026-12-29 08:30", amount="366.00", due="2026-12-22")
M(persona="Autoscuola Partenope", reply=o, date="2026-12-29 17:31 +0100",
  frm=("Autoscuola Partenope", "info@autoscuolapartenope.it"), quote="gmail", mid="gmail",
  body="""Gentilissima dottoressa,
mi perdoni, in questi giorni siamo mezzi chiusi e il titolare è fuori Napoli. Ne parlo con lui al rientro e dopo l'Epifania provvediamo senz'altro.
Auguri di buon anno
Rosaria
Segreteria Autoscuola Partenope
""",
  label=dict(kind="client-reply-promise",
             note="'dopo l'Epifania provvediamo' is vague (after a date, not a date) → no "
                  "promised_date."))

o = orig("chi", "reminder", "73-2026", "Spett.le Pastificio Di Martino srl,",
         "fornitori@pastificiodimartino.it", "2027-01-12 08:30", amount="2013.00", due="2027-01-08")
M(persona="Pastificio Di Martino srl", reply=o, re="R: ", date="2027-01-12 09:05 +0100",
  frm=("Fornitori Pastificio Di Martino", "fornitori@pastificiodimartino.it"), quote="outlook",
  mid="outlook", quote_to="fornitori@pastificiodimartino.it",
  body="""Buongiorno,
la fattura è stata inserita nella distinta pagamenti di ieri, dovrebbe vedere l'accredito tra oggi e domani.
Saluti
G. Afeltra – Contabilità fornitori
Pastificio Di Martino S.r.l. – Gragnano
""",
  label=dict(kind="client-reply-paid",
             note="'inserita nella distinta pagamenti di ieri' = already processed in yesterday's "
                  "payment run → paid, with no payment verb."))

o = orig("chi", "reminder", "74-2026", "Spett.le ASD Tersicore Danza,", "tersicoredanza@gmail.com",
         "2027-01-18 08:30", amount="400.00", due="2027-01-12")
M(persona="ASD Tersicore Danza", reply=o, date="2027-01-18 14:22 +0100",
  frm=("Tersicore Danza", "tersicoredanza@gmail.com"), quote="gmail", mid="gmail", fmt="alt",
  html_kind="gmail",
  body="""Buongiorno Chiara,
le ho bonificato stamattina 200 euro. Il resto non glielo devo: la seconda giornata del corso di primo soccorso (quella del 9 gennaio) è stata annullata da voi e non è stata recuperata, quindi ho pagato solo la prima. Se la recuperiamo a febbraio pago anche l'altra metà, ma non prima.
Cordiali saluti
Lucia Mazzarella
ASD Tersicore
""",
  label=dict(kind="client-reply-dispute", amount="200.00",
             note="Partial payment (200,00 paid today) + refuses the rest because half the course "
                  "was cancelled → dispute; amount is what was paid."))

M(persona="Costruzioni Iovine srl", date="2027-02-15 08:31 +0100",
  frm=("Costruzioni Iovine srl", "info@costruzioniiovine.it"), to=[CHI],
  subj="Re: Fattura n. 5-2027 in scadenza",
  hdrs=["In-Reply-To: <20270215083000.5e8b3a07c1f2d944@espositosicurezza.it>"],
  body="""Grazie per averci contattato.

La sua e-mail è stata ricevuta e verrà gestita dal nostro personale al più presto. Per urgenze relative ai cantieri può contattare il numero 081 851 2290 dal lunedì al venerdì, ore 8:30-13:00 / 15:00-18:00.

Costruzioni Iovine S.r.l.
""",
  label=dict(kind="auto-reply",
             note="Generic acknowledgement with no Auto-Submitted/X-Autoreply headers and a 'Re:' "
                  "subject; no return date."))


# ============================================================================================
# Davide Conti, sviluppatore web (Milano): startup milanesi, agenzie immobiliari, palestre,
# negozi. Invoices "2026/NNN". His mailduns has no IBAN configured (details are in the invoice).
# ============================================================================================
DAV = ("Davide Conti", "davide@contiweb.it")

o = orig("dav", "reminder", "2026/118", "Spett.le Fluxo srl,", "marta@fluxo.io",
         "2026-12-02 08:30", amount="2440.00", due="2026-11-30", iban=False)
M(persona="Fluxo srl", reply=o, date="2026-12-02 10:04 +0100",
  frm=("Marta Galli", "marta@fluxo.io"), quote="gmail", mid="gmail", fmt="alt", html_kind="gmail",
  body="""Hey Davide,
sorry for the delay, era finita nel limbo dell'approval su Pleo 🙈 Payment went out ieri con il batch di Qonto, dovresti vederlo by Friday al massimo. Lmk if not!

Marta

--
Marta Galli | COO @ Fluxo
fluxo.io | Via Tortona 31, 20144 Milano
""",
  label=dict(kind="client-reply-paid",
             note="Milanese startup, half English: 'Payment went out ieri' = paid; 'Lmk if not' is "
                  "not a question that changes it."))

o = orig("dav", "courtesy", "2027/003", "Spett.le Fluxo srl,", "marta@fluxo.io",
         "2027-02-10 08:00", amount="2440.00", due="2027-02-15", issue="2027-01-15", iban=False)
M(persona="Fluxo srl", reply=o, date="2027-02-10 09:12 +0100",
  frm=("Marta Galli", "marta@fluxo.io"), cc=[("Fluxo Finance", "finance@fluxo.io")],
  quote="gmail", mid="gmail",
  body="""Ciao Davide, got it 👍 ho girato a finance@ (in cc) che gestisce il payment run.

Btw, hai 30 min questa settimana per una call sulla roadmap Q2? Vorremmo capire se riesci a prenderti anche la parte di onboarding KYC. Ti mando un Calendly.

M.
""",
  label=dict(kind="client-reply-other",
             note="Forwarded to finance in cc + asks for a call about new work; no payment claim or "
                  "promise."))

M(persona="Fluxo srl", date="2027-02-10 09:12 +0100",
  frm=("Fluxo Finance", "finance@fluxo.io"), to=[DAV],
  subj="[Fluxo Finance] Richiesta ricevuta / Request received (#4821)",
  hdrs=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply",
        "In-Reply-To: <20270210080000.3f0c7a1e9b42d817@contiweb.it>",
        "X-Mailer: Zendesk Mailer"],
  fmt="alt", html_kind="gmail",
  body="""Ciao,

abbiamo ricevuto la tua richiesta (#4821) e il team Finance ti risponderà entro 3 giorni lavorativi.
Per fatture e pagamenti fornitori ricordati di indicare sempre il numero di PO.

Hi there,

we received your request (#4821). Our Finance team will get back to you within 3 business days.

Fluxo Finance Team
Questa email è stata inviata automaticamente. Per aggiungere informazioni rispondi sopra questa riga.
""",
  label=dict(kind="auto-reply",
             note="Help-desk ticket acknowledgement (Zendesk-like), bilingual; no return date."))

o = orig("dav", "reminder", "2026/121", "Spett.le Mangiafuoco srl,", "luca@mangiafuoco.app",
         "2026-12-18 08:30", amount="3172.00", due="2026-12-15", iban=False)
M(persona="Mangiafuoco srl", reply=o, date="2026-12-18 13:37 +0100",
  frm=("Luca Pirovano", "luca@mangiafuoco.app"), quote="gmail", mid="gmail", fmt="alt",
  html_kind="gmail",
  body="""Ciao Davide,

honestly: la fattura include 12h di bugfixing sul checkout che, let's be real, sono state causate dalla vostra release del 3 novembre (quella che ha rotto i pagamenti Satispay per due giorni, con ordini persi). Non ci sembra corretto pagarle noi.

Can you reissue without those lines? Il resto è ok e lo paghiamo appena arriva la fattura corretta.

Cheers,
Luca
--
Luca Pirovano, CEO & co-founder
Mangiafuoco — pizza a domicilio, fatta bene 🍕
""",
  label=dict(kind="client-reply-dispute",
             note="Contests part of the invoice (bugfix hours caused by the supplier) and asks to "
                  "reissue; will pay the rest only then → dispute."))

o = orig("dav", "reminder", "2026/127", "Spett.le Mangiafuoco srl,", "luca@mangiafuoco.app",
         "2027-01-14 08:30", amount="1830.00", due="2027-01-10", iban=False)
M(persona="Mangiafuoco srl", reply=o, date="2027-01-14 18:50 +0100",
  frm=("Luca Pirovano", "luca@mangiafuoco.app"), quote="gmail", mid="gmail",
  body="""Hi Davide, quick heads up:

siamo in closing del seed round e il board ha congelato tutti i pagamenti ai fornitori fino al closing (expected fine mese). We'll pay all outstanding supplier invoices by the end of January, te lo confermo per iscritto così sei tranquillo.

Sorry for the hassle, e grazie per la pazienza 🙏
L.
""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-31",
             note="'We'll pay ... by the end of January' written 14 Jan → 31 Jan 2027. Half English."))

o = orig("dav", "reminder", "2026/119", "Spett.le Brera Homes srl,", "federico.sala@brerahomes.it",
         "2026-12-04 08:30", amount="976.00", due="2026-12-01", iban=False)
M(persona="Brera Homes srl", reply=o, date="2026-12-04 19:26 +0100",
  frm=("Federico Sala", "federico.sala@brerahomes.it"), quote="apple", mid="apple",
  hdrs=["X-Mailer: iPhone Mail (21D61)"],
  body="""Buonasera Davide, la fattura la saldiamo appena chiudiamo il rogito di via Solferino, è questione di giorni. Ti aggiorno io.

Federico Sala
Brera Homes

Inviato da iPhone
""",
  label=dict(kind="client-reply-promise",
             note="Estate agent: pays when the deed closes ('questione di giorni') → undated promise."))

o = orig("dav", "promise_followup", "2026/119", "Spett.le Brera Homes srl,",
         "federico.sala@brerahomes.it", "2027-01-11 08:30", amount="976.00", due="2026-12-01",
         iban=False)
M(persona="Brera Homes srl", reply=o, date="2027-01-11 09:02 +0100",
  frm=("Federico Sala", "federico.sala@brerahomes.it"), quote="apple", mid="apple",
  hdrs=["X-Mailer: iPhone Mail (21D61)"],
  body="""Fatto. Saluti

Inviato da iPhone
""",
  label=dict(kind="client-reply-paid", note="One word 'Fatto.' replying to the follow-up."))

o = orig("dav", "reminder", "2026/120", "Spett.le Immobiliare Navigli di Colombo Paolo & C. sas,",
         "info@immobiliarenavigli.it", "2026-12-14 08:30", amount="4270.00", due="2026-12-10",
         iban=False)
M(persona="Immobiliare Navigli sas", reply=o, re="R: ", date="2026-12-15 12:44 +0100",
  frm=("Paolo Colombo", "info@immobiliarenavigli.it"), quote="outlook", mid="outlook", fmt="alt",
  quote_to="info@immobiliarenavigli.it",
  body="""Gentile Conti,

rispondo al suo sollecito. Il sito doveva andare online a settembre, come da sua offerta del 12 giugno; è andato online il 9 novembre. Abbiamo perso tutta la stagione degli affitti agli studenti universitari, che per noi è il 40% del fatturato del trimestre, e i clienti che chiamavano trovavano ancora il vecchio sito.

Non contesto la qualità del lavoro, che è buona, ma il ritardo ha un costo. Ritengo congruo uno sconto del 30%: le propongo di saldare 2.989,00 euro a chiusura della questione. Se è d'accordo mi mandi una nota di credito per la differenza e provvedo subito.

Cordiali saluti
Paolo Colombo
Immobiliare Navigli – Ripa di Porta Ticinese, Milano
""",
  label=dict(kind="client-reply-dispute", amount="2989.00",
             note="Asks a 30% discount for late delivery, offers 2.989,00 to settle → dispute, "
                  "amount accepted."))

o = orig("dav", "reminder", "2026/122", "Spett.le CrossFit Lambrate ASD,", "info@crossfitlambrate.it",
         "2026-12-23 08:30", amount="610.00", due="2026-12-20", iban=False)
M(persona="CrossFit Lambrate ASD", reply=o, date="2026-12-23 12:15 +0100",
  frm=("Simone - CrossFit Lambrate", "info@crossfitlambrate.it"), quote="gmail", mid="gmail",
  body="""Ciao, scusa ma a quale sito si riferisce? Abbiamo due box (Lambrate e Cologno) e le fatture di Cologno le gestisce il mio socio Andrea. Mi mandi la fattura in pdf? Nel cassetto fiscale non la trovo.
Grazie
Simo
""",
  label=dict(kind="client-reply-other", note="Which invoice / send it again. Gym."))

o = orig("dav", "reminder", "2026/123", "Spett.le Parafarmacia Città Studi,",
         "parafarmacia.cittastudi@gmail.com", "2026-12-16 08:30", amount="549.00", due="2026-12-12",
         iban=False)
M(persona="Parafarmacia Città Studi", reply=o, date="2026-12-16 15:20 +0100",
  frm=("Elena Brivio", "parafarmacia.cittastudi@gmail.com"), quote="gmail", mid="gmail",
  att=[("Contabile_bonifico_11122026.pdf", "application/pdf",
        fake_pdf("Intesa Sanpaolo - Contabile bonifico SEPA",
                 ["Ordinante: BRIVIO ELENA - PARAFARMACIA", "Beneficiario: CONTI DAVIDE",
                  "Importo EUR 549,00", "Data 11/12/2026", "Causale: fatt 2026/123"]))],
  body="""Buongiorno,
le inoltro la contabile del bonifico che abbiamo fatto venerdì scorso. Probabilmente si è incrociato con il suo messaggio.
Saluti
Elena Brivio
""",
  label=dict(kind="client-reply-paid",
             note="Receipt attached, transfer made last Friday; amount only in the PDF."))

o = orig("dav", "reminder", "2027/002", "Spett.le Ferramenta Brambilla,", "ferramentabrambilla@libero.it",
         "2027-01-14 08:30", amount="183.00", due="2027-01-10", iban=False)
M(persona="Ferramenta Brambilla", reply=o, date="2027-01-14 17:52 +0100",
  frm=("ferramentabrambilla@libero.it", "ferramentabrambilla@libero.it"), quote="android", mid="libero",
  body="""ok pago lunedi adesso non riesco sono da solo in negozio che il ragazzo e a casa con la febbre

Inviato dal mio Galaxy
""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-18",
             note="Shopkeeper from his phone, no punctuation; 'lunedi' written Thursday 14 Jan → "
                  "18 Jan."))

o = orig("dav", "reminder", "2026/125", "Spett.le Kibo Labs srl,", "ops@kibolabs.io",
         "2026-12-21 08:30", amount="1220.00", due="2026-12-15", iban=False)
M(persona="Kibo Labs srl", reply=o, date="2026-12-21 16:08 +0100",
  frm=("Giorgia Ferrante", "ops@kibolabs.io"), quote="gmail", mid="gmail", fmt="alt",
  html_kind="gmail",
  body="""Ciao Davide!
La tua fattura 2026/125 è approvata ✅ will go out with next week's payment run (facciamo i pagamenti una volta a settimana, tutto via Revolut Business).

Buone feste e grazie per l'hotfix di venerdì, ci hai salvato la demo 🙌
Giorgia
Ops @ Kibo Labs
""",
  label=dict(kind="client-reply-promise", reference="2026/125",
             note="'will go out with next week's payment run' → promise without a date."))

M(persona="Kibo Labs srl", reply=o, date="2027-01-04 11:30 +0100",
  frm=("Giorgia Ferrante", "ops@kibolabs.io"), mid="gmail",
  body="""Paid ✅ sorry it took forever, il payment run prima di Natale è saltato perché eravamo tutti offline 🙈
Buon anno!
G.
""",
  label=dict(kind="client-reply-paid",
             note="Same thread, no quote; 'Paid ✅' in English inside an Italian sentence."))

o = orig("dav", "reminder", "2026/128", "Spett.le Farmacie Comunali Sesto S.p.A.,",
         "ufficio.fornitori@farmaciecomunalisesto.it", "2027-01-18 08:30", amount="3050.00",
         due="2027-01-12", iban=False)
M(persona="Farmacie Comunali Sesto S.p.A.", reply=o, re="R: ", date="2027-01-19 10:40 +0100",
  frm=("Ufficio Fornitori FCS", "ufficio.fornitori@farmaciecomunalisesto.it"), quote="outlook",
  mid="outlook", quote_to="Ufficio Fornitori FCS",
  body="""Buongiorno,

in qualità di società a partecipazione pubblica, per procedere alla liquidazione delle fatture è necessario che il fornitore ci trasmetta:
- la dichiarazione sulla tracciabilità dei flussi finanziari (L. 136/2010) con l'indicazione del conto corrente dedicato, firmata;
- il DURC in corso di validità, oppure l'autocertificazione se non ha dipendenti.

Alla data odierna non risultano pervenuti. Può inviarceli a questo indirizzo?

Cordiali saluti
Ufficio Fornitori
Farmacie Comunali Sesto S.p.A.
""",
  label=dict(kind="client-reply-other",
             note="Public-owned pharmacies ask for documents before paying; no claim, no promise."))

o = orig("dav", "reminder", "2026/126", "Spett.le Nuvola Verde srl Società Benefit,",
         "hello@nuvolaverde.eco", "2026-12-11 08:30", amount="1464.00", due="2026-12-07", iban=False)
M(persona="Nuvola Verde srl", reply=o, date="2026-12-11 09:14 +0100",
  frm=("Tommaso Rigamonti", "tommaso@nuvolaverde.eco"), quote="gmail", mid="gmail",
  body="""Ciao Davide — paid this morning via Wise, ref 2026/126. Dovrebbe arrivarti oggi stesso, è SEPA instant.

Grazie ancora per il lavoro sul configuratore, il team marketing è innamorato 💚
T.
""",
  label=dict(kind="client-reply-paid", reference="2026/126",
             note="Startup, half English ('paid this morning via Wise'); invoice number in text."))

o = orig("dav", "reminder", "2026/129", "Spett.le Body Evolution srl,", "info@bodyevolutionmonza.it",
         "2027-01-21 08:30", amount="1098.00", due="2027-01-15", iban=False)
M(persona="Body Evolution Monza", reply=o, re="R: ", date="2027-01-21 14:05 +0100",
  frm=("Body Evolution Monza", "info@bodyevolutionmonza.it"), quote="outlook", mid="outlook",
  quote_to="info@bodyevolutionmonza.it",
  body="""Buongiorno Davide,

in fattura ci trovo 3 mesi di canone di manutenzione del sito e dell'app prenotazioni (ottobre-dicembre), ma quando abbiamo firmato ci era stato detto chiaramente che per il primo anno la manutenzione era inclusa nel prezzo. Ho ancora la mail di Andrea del vostro team in cui lo scrive.

Quella parte quindi non la paghiamo. Ci mandi la fattura solo per le nuove funzionalità e la saldiamo.

Grazie
Roberta Villa
Body Evolution – Monza
""",
  label=dict(kind="client-reply-dispute",
             note="Gym contests maintenance fees promised as included; wants a new invoice."))

o = orig("dav", "reminder", "2027/006", "Spett.le Ortica Studio srl,", "amministrazione@orticastudio.it",
         "2027-02-10 08:30", amount="915.00", due="2027-02-05", iban=False)
M(persona="Ortica Studio srl", reply=o, date="2027-02-10 11:48 +0100",
  frm=("Ilaria Sangalli", "ilaria@orticastudio.it"), quote="gmail", mid="gmail",
  body="""Ciao Davide,
purtroppo non riusciamo prima del 28: ci deve entrare il saldo del bando Regione Lombardia, che arriva il 27. Appena entra ti paghiamo, sei il primo della lista.
Scusa davvero
Ilaria
""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-28",
             note="'non riusciamo prima del 28' written 10 Feb = promise for 28 Feb."))

o = orig("dav", "reminder", "2026/130", "Spett.le Cartoleria Lorenteggio di Mauri Ornella,",
         "cartolerialorenteggio@gmail.com", "2027-01-08 08:30", amount="244.00", due="2027-01-04",
         iban=False)
M(persona="Cartoleria Lorenteggio", reply=o, date="2027-01-08 18:33 +0100",
  frm=("Ornella Mauri", "cartolerialorenteggio@gmail.com"), quote="android", mid="gmail",
  body="""Buonasera signor Conti, che disastro. Il bonifico l'avevo fatto il 4, ma ho usato l'iban della fattura vecchia dell'anno scorso, quello della Banca Popolare, e la banca mi ha detto che torna indietro perché il conto è chiuso. Appena mi rientrano i soldi lo rifaccio su quello giusto, mi scusi tanto.
Ornella
""",
  label=dict(kind="client-reply-promise",
             note="Tricky: she did make a transfer, but to a closed account and it is bouncing back; "
                  "she will redo it when the money returns → undated promise, not paid."))

o = orig("dav", "reminder", "2026/124", "Spett.le Studio Legale Ferri & Associati,",
         "segreteria@studiolegaleferri.it", "2026-12-17 08:30", amount="1708.00", due="2026-12-10",
         iban=False)
M(persona="Studio Legale Ferri & Associati", reply=o, re="R: ", date="2026-12-17 10:26 +0100",
  frm=("Segreteria Studio Ferri", "segreteria@studiolegaleferri.it"), quote="outlook_old",
  mid="outlook", fmt="alt", quote_to="Segreteria Studio Ferri",
  att=[("bonifico 30.10.2026.pdf", "application/pdf",
        fake_pdf("Banca Sella - Esito disposizione", ["Importo EUR 1.708,00", "Data 30/10/2026",
                                                      "Beneficiario CONTI DAVIDE",
                                                      "Causale acconto sito web"]))],
  body="""Gentile sig. Conti,

l'avv. Ferri mi chiede di segnalarLe che l'importo in oggetto è stato da noi pagato il 30 ottobre scorso, anticipatamente, come da accordi. Le allego la disposizione.

La preghiamo di verificare e di aggiornare la Sua contabilità.

Cordiali saluti
Sabrina Molteni
Segreteria – Studio Legale Ferri & Associati
Via Fontana 18, 20122 Milano

Le informazioni contenute nella presente comunicazione sono riservate e coperte da segreto professionale. Se avete ricevuto questo messaggio per errore vi preghiamo di darne notizia al mittente e di distruggerlo.
""",
  label=dict(kind="client-reply-paid", amount="1708.00",
             note="Paid in advance before the due date (30 Oct), with receipt; law-firm disclaimer."))

o = orig("dav", "courtesy", "2027/004", "Spett.le Immobiliare Lago Maggiore srl,",
         "info@immobiliarelagomaggiore.it", "2027-02-01 08:00", amount="488.00", due="2027-02-05",
         issue="2027-01-06", iban=False)
M(persona="Immobiliare Lago Maggiore srl", reply=o, subj="Re: " + o["subject"],
  date="2027-02-01 08:00 +0100", frm=("Immobiliare Lago Maggiore", "info@immobiliarelagomaggiore.it"),
  hdrs=["Auto-Submitted: auto-replied"],
  body="""Questa casella di posta non è più presidiata.

Dal 1° gennaio 2027 Immobiliare Lago Maggiore S.r.l. utilizza i seguenti indirizzi:
- vendite e affitti: agenzia@lagomaggiorecase.it
- amministrazione e fornitori: amministrazione@lagomaggiorecase.it

Il suo messaggio non verrà letto. La preghiamo di inviarlo nuovamente a uno degli indirizzi indicati.

Immobiliare Lago Maggiore S.r.l. – Stresa (VB)
""",
  label=dict(kind="auto-reply",
             note="'casella non più presidiata' with new addresses; no return date."))


# ============================================================================================
# Alessandra Rossi, grafica e social media (Catania): parrocchie, cooperative sociali, negozi,
# agenzie, anziani che scrivono in maiuscolo, siciliano. Invoices "N/2026", "N/2027".
# ============================================================================================
ALE = ("Alessandra Rossi", "alessandra@example.it")

o = orig("ale", "reminder", "44/2026", "Spett.le Parrocchia Santa Maria della Guardia,",
         "parrocchia.smguardia@virgilio.it", "2026-11-20 08:30", amount="350.00", due="2026-11-15")
M(persona="Parrocchia Santa Maria della Guardia", reply=o, date="2026-11-23 10:17 +0100",
  frm=("PARROCCHIA S.MARIA DELLA GUARDIA", "parrocchia.smguardia@virgilio.it"), mid="libero",
  hdrs=["X-Mailer: Virgilio Mail"],
  body="""GENTILE SIGNORA ALESSANDRA,
HO FATTO IL BONIFICO ALLA POSTA SABATO MATTINA, MI HA AIUTATO L'IMPIEGATA PERCHE IO CON QUESTE COSE NON CI SO FARE. SONO 350 EURO PER I MANIFESTI E I SANTINI DELLA FESTA DELLA MADONNA. LA RICEVUTA LA TENGO IO IN SACRESTIA SE LE SERVE.
IL SIGNORE LA BENEDICA
DON SALVATORE MESSINA
PARROCO
""",
  label=dict(kind="client-reply-paid", amount="350.00",
             note="Elderly parish priest, ALL CAPS, transfer made at the post office on Saturday."))

o = orig("ale", "courtesy", "2/2027", "Spett.le Parrocchia Santa Maria della Guardia,",
         "parrocchia.smguardia@virgilio.it", "2027-01-25 08:00", amount="280.00", due="2027-01-30",
         issue="2026-12-31")
M(persona="Parrocchia Santa Maria della Guardia", reply=o, date="2027-01-26 09:40 +0100",
  frm=("PARROCCHIA S.MARIA DELLA GUARDIA", "parrocchia.smguardia@virgilio.it"), mid="libero",
  quote="libero_gt", quote_to="parrocchia.smguardia@virgilio.it", hdrs=["X-Mailer: Virgilio Mail"],
  body="""SIGNORA BUONGIORNO,
PER LA FESTA DI SAN BIAGIO CI SERVIREBBERO ANCHE 200 PIEGHEVOLI CON IL PROGRAMMA, QUANTO VIENE? E POI LA FATTURA DEI CALENDARI ME LA MANDA ANCHE PER POSTA, DI CARTA, CHE IL CONSIGLIO PER GLI AFFARI ECONOMICI LA VUOLE VEDERE STAMPATA.
GRAZIE E SALUTI
DON SALVATORE
""",
  label=dict(kind="client-reply-other",
             note="ALL CAPS; asks a quote for new work and a paper copy; nothing about paying."))

o = orig("ale", "reminder", "46/2026", "Spett.le Terra di Mezzo Società Cooperativa Sociale,",
         "info@terradimezzocoop.it", "2026-12-07 08:30", amount="1200.00", due="2026-12-01")
M(persona="Cooperativa Sociale Terra di Mezzo", reply=o, date="2026-12-07 17:02 +0100",
  frm=("Giuseppe Lo Faro", "info@terradimezzocoop.it"), quote="thunderbird",
  hdrs=["User-Agent: Mozilla Thunderbird"],
  body="""Gentile Alessandra,

ha ragione e mi scuso. Il Comune di Acireale non ci ha ancora liquidato la convenzione del centro diurno per il terzo trimestre: abbiamo la determina ma manca il mandato di pagamento, e senza quello siamo fermi con tutti i fornitori.

Appena arriva il mandato saldiamo tutti, lei compresa. La campagna per il 5x1000 che ci ha fatto è piaciuta tantissimo, tra l'altro.

Un caro saluto
Giuseppe Lo Faro
coordinatore – Terra di Mezzo coop. sociale
""",
  label=dict(kind="client-reply-promise",
             note="Pays when the municipality pays → undated promise."))

o = orig("ale", "reminder", "5/2027", "Spett.le Terra di Mezzo Società Cooperativa Sociale,",
         "amministrazione@terradimezzocoop.it", "2027-02-22 08:30", amount="610.00", due="2027-02-15")
M(persona="Cooperativa Sociale Terra di Mezzo", reply=o, date="2027-02-22 12:20 +0100",
  frm=("Rag. Carmelo Privitera", "amministrazione@terradimezzocoop.it"), quote="outlook",
  mid="outlook", quote_to="amministrazione@terradimezzocoop.it",
  body="""Buongiorno,

sono il consulente contabile della cooperativa. Questa fattura rientra nel progetto "Ponti" finanziato dalla Fondazione e per la rendicontazione ci serve che riporti il CUP (F61B26000410007) e la dicitura "Spesa sostenuta a valere sul progetto Ponti". Può inviarmi una copia integrata oppure indicarmi come preferisce procedere?

Grazie
Rag. Carmelo Privitera
""",
  label=dict(kind="client-reply-other",
             note="Accountant asks for project codes on the invoice for reporting; no refusal, no "
                  "promise."))

o = orig("ale", "reminder", "47/2026", "Spett.le Panificio Grasso,", "panificiograsso@gmail.com",
         "2026-12-11 08:30", amount="122.00", due="2026-12-05")
M(persona="Panificio Grasso", reply=o, date="2026-12-12 06:10 +0100",
  frm=("Panificio Grasso", "panificiograsso@gmail.com"), quote="android", mid="gmail",
  body="""signora bongiorno u bonifico ciu fazzu lunedi ca oggi a banca e chiusa e iu sugnu o furnu finu a tardu. scusassi
Nino Grasso
""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-14",
             note="Sicilian, no punctuation, written Saturday at dawn; 'lunedi' → Monday 14 Dec."))

o = orig("ale", "reminder", "48/2026", "Spett.le Etna Case Immobiliare di Rapisarda Giovanni,",
         "etnacase@gmail.com", "2026-12-14 08:30", amount="915.00", due="2026-12-10")
M(persona="Etna Case Immobiliare", reply=o, date="2026-12-14 16:51 +0100",
  frm=("Etna Case Immobiliare", "etnacase@gmail.com"), quote="gmail", mid="gmail", fmt="alt",
  html_kind="gmail",
  body="""Buonasera Alessandra,
ho controllato la fattura con mio fratello: le foto degli immobili di Nicolosi e Pedara erano 40, non 60 come scritto, e i due video col drone non li abbiamo mai ricevuti (ci era stato detto che arrivavano "la settimana dopo", era ottobre).
Prima di pagare vorremmo una fattura corretta con quello che effettivamente ci è stato consegnato.
Saluti
Giovanni Rapisarda
""",
  label=dict(kind="client-reply-dispute",
             note="Quantity billed higher than delivered, videos never received; wants a corrected "
                  "invoice."))

o = orig("ale", "reminder", "49/2026", "Spett.le Cantine Pappalardo,", "pappalardovini@alice.it",
         "2026-12-28 08:30", amount="2196.00", due="2026-12-20")
M(persona="Cantine Pappalardo", reply=o, date="2026-12-28 11:05 +0100",
  frm=("PAPPALARDO NUNZIO", "pappalardovini@alice.it"), quote="outlook_old",
  quote_to="pappalardovini@alice.it", charset="iso-8859-1", codec="cp1252",
  hdrs=["X-Mailer: Microsoft Outlook 14.0"],
  body="""EGREGIA SIGNORA ROSSI,

NON PAGO UNA LIRA FINCHE' NON MI RIFATE LE ETICHETTE DEL NERELLO MASCALESE. IL ROSSO E' VENUTO ARANCIONE, SEMBRA UN'ARANCIATA E NON UN VINO DELL'ETNA. LO HA VISTO ANCHE IL MIO ENOLOGO E DICE LA STESSA COSA. AVEVO CHIESTO LA PROVA DI STAMPA E NON ME L'AVETE MANDATA.

LE 3.000 ETICHETTE STAMPATE STANNO IN MAGAZZINO E NON LE USO.

CAV. NUNZIO PAPPALARDO
CANTINE PAPPALARDO - CASTIGLIONE DI SICILIA
""",
  label=dict(kind="client-reply-dispute",
             note="Elderly winemaker in ALL CAPS ('non pago una lira'), work contested."))

o = orig("ale", "final", "49/2026", "Spett.le Cantine Pappalardo,", "pappalardovini@alice.it",
         "2027-02-08 08:30", amount="2196.00", due="2026-12-20", deadline="2027-02-23",
         issue="2026-11-20")
M(persona="Cantine Pappalardo", reply=o, date="2027-02-09 10:31 +0100",
  frm=("PAPPALARDO NUNZIO", "pappalardovini@alice.it"), quote="outlook_old",
  quote_to="pappalardovini@alice.it", charset="iso-8859-1", codec="cp1252",
  hdrs=["X-Mailer: Microsoft Outlook 14.0"],
  body="""SIGNORA ROSSI,
HO RICEVUTO LA SUA DIFFIDA. IO NON SONO UN DEBITORE, SONO UN CLIENTE SCONTENTO.
ALLORA FACCIAMO COSI: OGGI LE HO FATTO UN BONIFICO DI 1.098 EURO, LA META. L'ALTRA META GLIELA DO QUANDO MI PORTA LE ETICHETTE RIFATTE CON IL COLORE GIUSTO E IO LE APPROVO. SE NO NIENTE.
CAV. PAPPALARDO
""",
  label=dict(kind="client-reply-dispute", amount="1098.00",
             note="Reply to the formal notice: pays half today, withholds the rest until the work "
                  "is redone → partial payment + dispute = dispute."))

o = orig("ale", "reminder", "50/2026", "Spett.le Farmacia Longo,", "farmacialongo.me@gmail.com",
         "2027-01-11 08:30", amount="488.00", due="2027-01-05")
M(persona="Farmacia Longo", reply=o, date="2027-01-12 13:05 +0100",
  frm=("Farmacia Longo", "farmacialongo.me@gmail.com"), quote="gmail", mid="gmail",
  body="""Gentile Alessandra,
ci scusi, a gennaio abbiamo l'inventario di fine anno e i pagamenti dei grossisti tutti insieme. Provvediamo entro il 10, se per lei va bene.
Cordiali saluti
Dott.ssa Rosaria Longo
Farmacia Longo – Messina
""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-10",
             note="'entro il 10' written 12 January: the 10th has passed → 10 February."))

o = orig("ale", "reminder", "51/2026", "Spett.le Lido Azzurro,", "lidoazzurro.fontanerosse@gmail.com",
         "2026-12-04 08:30", amount="610.00", due="2026-11-30")
M(persona="Lido Azzurro", reply=o, date="2026-12-05 11:48 +0100",
  frm=("Lido Azzurro", "lidoazzurro.fontanerosse@gmail.com"), quote="gmail", mid="gmail",
  body="""Alessandra ciao, lo sai come funziona coi lidi, d'inverno siamo a zero e stiamo pure pagando i lavori della passerella. Ti pago in primavera quando riapriamo, al massimo coi primi incassi di aprile. Non ti preoccupare che sei nella lista, e a marzo ci rivediamo per le grafiche della stagione 😉
Carmelo
""",
  label=dict(kind="client-reply-promise",
             note="Seasonal beach club: 'in primavera', 'primi incassi di aprile' → vague, no date."))

o = orig("ale", "reminder", "52/2026", "Spett.le Sicilfrutta Società Cooperativa Agricola,",
         "amministrazione@sicilfrutta.it", "2026-12-21 08:30", amount="1464.00", due="2026-12-15")
M(persona="Sicilfrutta soc. coop. agricola", reply=o, re="R: ", date="2026-12-21 12:48 +0100",
  frm=("Amministrazione Sicilfrutta", "amministrazione@sicilfrutta.it"), quote="outlook",
  mid="outlook", fmt="alt", quote_to="amministrazione@sicilfrutta.it",
  body="""Buongiorno sig.ra Rossi,

abbiamo disposto oggi un acconto sulla fattura; il saldo lo facciamo entro il 31, quando ci pagano i conferimenti delle arance alla OP.

Cordiali saluti
Daniela Scuderi
Sicilfrutta soc. coop. agricola – Paternò
""",
  label=dict(kind="client-reply-promise", promised_date="2026-12-31",
             note="Deposit paid today (amount not stated) + balance 'entro il 31' → promise for "
                  "31 Dec (paid-part + promise-rest = promise)."))

o = orig("ale", "courtesy", "1/2027", "Spett.le Oratorio San Domenico Savio APS,",
         "oratoriosds@gmail.com", "2027-01-26 08:00", amount="150.00", due="2027-01-31",
         issue="2027-01-02")
M(persona="Oratorio San Domenico Savio APS", reply=o, date="2027-01-26 20:15 +0100",
  frm=("Oratorio San Domenico Savio", "oratoriosds@gmail.com"), quote="gmail", mid="gmail",
  body="""Ricevuta, grazie Alessandra! La giro a Mimmo, il tesoriere, che si occupa dei pagamenti. I volantini del torneo sono bellissimi, i ragazzi li hanno già attaccati dappertutto 😊
Sr. Agata
""",
  label=dict(kind="client-reply-other",
             note="Received + forwarded to the treasurer; no promise or payment."))

o = orig("ale", "reminder", "53/2026", "Spett.le Macelleria Di Stefano,", "macelleriadistefano@libero.it",
         "2027-01-19 08:30", amount="183.00", due="2027-01-15")
M(persona="Macelleria Di Stefano", reply=o, date="2027-01-20 07:44 +0100",
  frm=("macelleriadistefano@libero.it", "macelleriadistefano@libero.it"), mid="libero",
  body="""signora Alessandra u bonifico ciu fici me figghiu aieri sira, taliassi si c'arrivau. saluti Turi
""",
  label=dict(kind="client-reply-paid",
             note="Sicilian: 'my son did the transfer last night, check it arrived'."))

o = orig("ale", "reminder", "54/2026", "Spett.le Agenzia Viaggi Trinacria,", "mariella@trinacriaviaggi.it",
         "2027-01-25 08:30", amount="732.00", due="2027-01-20")
M(persona="Agenzia Viaggi Trinacria", reply=o, date="2027-01-25 09:33 +0100",
  frm=("Mariella Caruso", "mariella@trinacriaviaggi.it"), quote="apple", mid="apple",
  hdrs=["X-Mailer: iPhone Mail (21D61)"],
  body="""Ciao Ale, oggi non ce la faccio, giovedì senza fallo. Baci
Mariella

Inviato da iPhone
""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-28",
             note="'oggi non ce la faccio, giovedì' written Monday 25 Jan → Thursday 28 Jan."))

o = orig("ale", "courtesy", "3/2027", "Spett.le Bottega Ceramica Licata,", "info@ceramicalicata.it",
         "2027-02-15 08:00", amount="427.00", due="2027-02-20", issue="2027-01-21")
M(persona="Bottega Ceramica Licata", reply=o, date="2027-02-15 10:22 +0100",
  frm=("Francesca Licata", "info@ceramicalicata.it"), quote="gmail", mid="gmail",
  body="""Alessandra buongiorno,
prima di pagare volevo chiederle una cosa: ieri mi è arrivata una mail "da lei" (però l'indirizzo era alessandra.rossi.grafica@outlook.com) che diceva che ha cambiato banca e mi dava un IBAN nuovo, di una banca lituana. Mi sembra strano. Mi conferma che l'IBAN è sempre quello scritto qui sotto e in fattura? Non vorrei fare danni.
Grazie
Francesca
Bottega Ceramica Licata – Caltagirone
""",
  label=dict(kind="client-reply-other",
             note="Suspects an IBAN-change phishing mail and asks for confirmation before paying: "
                  "a question, no promise."))

M(persona="Hotel Villa Aurora Taormina", date="2027-02-09 08:30 +0100",
  frm=("Hotel Villa Aurora", "info@villaaurorataormina.it"), to=[ALE],
  subj="Risposta automatica: Secondo sollecito: fattura n. 58/2026",
  hdrs=["Auto-Submitted: auto-replied", "X-Autoreply: yes",
        "In-Reply-To: <20270209083000.0b77c4e2d9a1f356@example.it>"],
  fmt="alt", html_kind="gmail",
  body="""Gentile ospite,

l'Hotel Villa Aurora è chiuso per la pausa invernale. La reception e gli uffici riapriranno lunedì 1° marzo 2027: risponderemo a tutte le e-mail a partire da quella data.

Dear guest, Hotel Villa Aurora is closed for the winter break. Our offices will reopen on Monday 1 March 2027.

Hotel Villa Aurora – Taormina
""",
  label=dict(kind="auto-reply", return_date="2027-03-01",
             note="Seasonal hotel closed for winter; reopening date stated."))

o = orig("ale", "reminder", "55/2026", "Spett.le Palestra Body Line,", "bodylinecatania@gmail.com",
         "2026-12-23 08:30", amount="150.00", due="2026-12-20")
M(persona="Palestra Body Line", reply=o, date="2026-12-23 14:02 +0100",
  frm=("Body Line Catania", "bodylinecatania@gmail.com"), quote="android", mid="gmail",
  body="""Ale ti ho mandato i 150 con Satispay che col bonifico ci mette una vita, l'app dice inviato ✔️ Auguri di buon Natale a te e famiglia!!
Ketty
""",
  label=dict(kind="client-reply-paid", amount="150.00",
             note="Paid via Satispay instead of transfer, amount stated."))

o = orig("ale", "reminder", "56/2026", "Spett.le Ristorante 'A Putia,", "aputia.catania@gmail.com",
         "2027-01-13 08:30", amount="549.00", due="2027-01-08")
M(persona="Ristorante A Putia", reply=o, date="2027-01-13 15:47 +0100",
  frm=("'A Putia", "aputia.catania@gmail.com"), quote="gmail", mid="gmail",
  body="""Alessandra buonasera,
ti devo dire una cosa spiacevole. Nel menu nuovo che ci hai impaginato c'erano i prezzi sbagliati sui secondi (il pesce spada a 14 invece di 18, la grigliata a 16 invece di 22) e la tipografia ha stampato 300 copie così. Le abbiamo dovute ristampare a spese nostre, 180 euro, ti mando la fattura della tipografia.
Secondo me quei 180 li devi togliere dalla tua fattura. Per il resto nessun problema, appena mi mandi la fattura corretta la pago.
Saro
""",
  label=dict(kind="client-reply-dispute",
             note="Wants 180 € deducted for a reprint caused by errors; pays the rest only after a "
                  "corrected invoice."))

o = orig("ale", "reminder", "1/2027", "Gentile Dott. Salvatore Caltabiano,", "studio.caltabiano@tin.it",
         "2027-02-08 08:30", amount="305.00", due="2027-02-01")
M(persona="Studio Dentistico Caltabiano", reply=o, date="2027-02-08 13:14 +0100",
  frm=("Dott. Salvatore Caltabiano", "studio.caltabiano@tin.it"), fmt="html", quote="outlook",
  mid="outlook", charset="windows-1252", codec="cp1252", quote_to="studio.caltabiano@tin.it",
  body="""Gentile Signora Rossi,

ho provveduto in data 04/02 con bonifico BPER a saldare la Sua fattura n. 1/2027 di € 305,00 per il nuovo biglietto da visita e la carta intestata dello Studio.

La ringrazio per il bel lavoro.

Cordiali saluti

Dott. Salvatore Caltabiano
Medico Chirurgo – Odontoiatra
Via Etnea 312, Catania
""",
  label=dict(kind="client-reply-paid", amount="305.00", reference="1/2027",
             note="HTML-only windows-1252 Outlook; paid on 04/02 with number and amount."))

o = orig("ale", "reminder", "57/2026", "Spett.le Associazione Culturale Officina Sud,",
         "officinasud.ct@gmail.com", "2027-01-27 08:30", amount="800.00", due="2027-01-22")
M(persona="Associazione Culturale Officina Sud", reply=o, date="2027-01-28 21:40 +0100",
  frm=("Officina Sud", "officinasud.ct@gmail.com"), quote="gmail", mid="gmail",
  body="""Ciao Alessandra,
ne abbiamo parlato in direttivo ieri sera. Il logo finale non lo usiamo: alla fine abbiamo scelto quello del concorso interno tra i soci, come sai. Per noi è giusto pagare le bozze e il lavoro fatto fino alla presentazione, cioè la metà della cifra. Ti facciamo un bonifico di 400 euro appena ci dai l'ok, e finisce lì.
Un abbraccio
Marta per il direttivo di Officina Sud
""",
  label=dict(kind="client-reply-dispute", amount="400.00",
             note="Will pay only half because the logo is not used → dispute; 400 is the amount "
                  "offered."))


# ============================================================================================
# More client voices, all four owners.
# ============================================================================================

# ---- paid ----------------------------------------------------------------------------------
o = orig("giu", "reminder", "44/26", "Spett.le Lattoneria Bincoletto snc,", "lattoneriabincoletto@gmail.com",
         "2026-12-22 08:30", amount="488.00", due="2026-12-18")
M(persona="Lattoneria Bincoletto snc", reply=o, date="2026-12-22 12:31 +0100",
  frm=("Toni Bincoletto", "lattoneriabincoletto@gmail.com"), quote="android", mid="gmail",
  body="""Ciao Giulia xe fato, controla. Bon Nadal a ti e fameia!
Toni
""",
  label=dict(kind="client-reply-paid", note="Veneto one-liner 'xe fato' = it's done."))

o = orig("giu", "reminder", "45/26", "Spett.le Costruzioni Meneghel S.p.A.,", "tesoreria@meneghel.it",
         "2027-01-15 08:30", amount="3416.00", due="2027-01-10")
M(persona="Costruzioni Meneghel S.p.A.", reply=o, re="RE: ", date="2027-01-19 09:58 +0100",
  frm=("Tesoreria Meneghel", "tesoreria@meneghel.it"), fmt="html", quote="outlook", mid="outlook",
  quote_to="Tesoreria Meneghel", charset="utf-8", cte="base64",
  html=None, html_kind="outlook",
  body="""Buongiorno,

si comunica che il pagamento della fattura in oggetto è stato eseguito in data 15/01/2027 con valuta beneficiario 18/01/2027 (ns. rif. pagamento 2027/00088, documento 45/26, importo € 3.416,00). Il nostro sollecito e il vostro si sono evidentemente incrociati.

Cordiali saluti

Tesoreria
COSTRUZIONI MENEGHEL S.p.A.
Viale della Vittoria 5 – 31029 Vittorio Veneto (TV)
""",
  label=dict(kind="client-reply-paid", amount="3416.00", reference="45/26",
             note="HTML-only, base64 body; payment executed on 15/01 with value date."))

o = orig("giu", "reminder", "39/26", "Spett.le Stampi Pol srl,", "acquisti@stampipol.com",
         "2026-12-18 08:30", amount="915.00", due="2026-12-15")
M(persona="Stampi Pol srl", reply=o, re="R: ", date="2027-01-15 10:02 +0100",
  frm=("Sonia - Stampi Pol", "acquisti@stampipol.com"),
  body="""Giulia, fatto oggi come d'accordo: 915,00 con il giro del 15.
Sonia
""",
  label=dict(kind="client-reply-paid", amount="915.00",
             note="Same thread as the December promise, weeks later, no quote."))

o = orig("chi", "reminder", "75-2026", "Spett.le Kodokan Judo Club Napoli ASD,", "kodokannapoli@gmail.com",
         "2026-12-15 08:30", amount="244.00", due="2026-12-10")
M(persona="Kodokan Judo Club Napoli", reply=o, date="2026-12-15 21:12 +0100",
  frm=("Kodokan Judo Club Napoli", "kodokannapoli@gmail.com"), quote="gmail", mid="gmail",
  body="""Buonasera dottoressa,
le confermo che il pagamento l'abbiamo fatto il 2 dicembre, quindi anche in anticipo. Può controllare se le è arrivato? Se serve le giro la contabile, me la deve mandare il commercialista.
Saluti sportivi
M° Enzo Russo
""",
  label=dict(kind="client-reply-paid",
             note="Says paid on 2 Dec and asks to check: still paid."))

o = orig("chi", "reminder", "76-2026", "Spett.le Salumeria Scarpati,", "salumeriascarpati@libero.it",
         "2027-01-25 08:30", amount="122.00", due="2027-01-20")
M(persona="Salumeria Scarpati", reply=o, date="2027-01-25 13:40 +0100",
  frm=("salumeriascarpati@libero.it", "salumeriascarpati@libero.it"), mid="libero",
  body="""Dotto' v'aggio pagato stammatina, tutt' cose a posto. Scusate si ve facett aspettà.
Salutamm
Peppe
""",
  label=dict(kind="client-reply-paid", note="Neapolitan: 'v'aggio pagato stammatina'."))

o = orig("dav", "reminder", "2027/001", "Spett.le Gelateria Fior di Latte,", "fiordilatte.milano@gmail.com",
         "2027-02-04 08:30", amount="305.00", due="2027-01-31", iban=False)
M(persona="Gelateria Fior di Latte", reply=o, date="2027-02-04 13:15 +0100",
  frm=("Gelateria Fior di Latte", "fiordilatte.milano@gmail.com"), quote="android", mid="gmail",
  body="""pagato ieri sera con istantaneo controlla
""",
  label=dict(kind="client-reply-paid", note="Five words from a phone, no punctuation."))

o = orig("dav", "reminder", "2027/003", "Spett.le Fluxo srl,", "finance@fluxo.io",
         "2027-02-18 08:30", amount="2440.00", due="2027-02-15", iban=False)
M(persona="Fluxo srl", reply=o, date="2027-02-18 11:20 +0100",
  frm=("Fluxo Finance", "finance@fluxo.io"), quote="gmail", mid="gmail", fmt="alt",
  html_kind="gmail",
  att=[("Remittance_2027-02-17_ContiDavide.pdf", "application/pdf",
        fake_pdf("Fluxo srl - Remittance advice", ["Payment run 2027-02-17",
                                                   "Supplier: Conti Davide",
                                                   "Invoice 2027/003 EUR 2.440,00"]))],
  body="""Ciao Davide,

la fattura è stata processata nel payment run di ieri, in allegato la remittance. Per le prossime fatture ricordati il PO number in descrizione, ci semplifica la vita 🙏

Cheers,
Finance Team
Fluxo
""",
  label=dict(kind="client-reply-paid",
             note="'processata nel payment run di ieri' = paid, no payment verb; remittance PDF."))

o = orig("ale", "reminder", "59/2026", "Spett.le Ferramenta Ragusa,", "ferramentaragusa@tin.it",
         "2027-01-29 08:30", amount="244.00", due="2027-01-25")
M(persona="Ferramenta Ragusa", reply=o, date="2027-01-29 17:02 +0100",
  frm=("RAGUSA GIUSEPPE", "ferramentaragusa@tin.it"), quote="outlook_old",
  quote_to="ferramentaragusa@tin.it", charset="iso-8859-1", codec="cp1252",
  hdrs=["X-Mailer: Microsoft Outlook Express 6.00.2900.5931"],
  body="""BONIFICO FATTO OGGI UNICREDIT 244 EURO
SALUTI
RAGUSA GIUSEPPE
""",
  label=dict(kind="client-reply-paid", amount="244.00",
             note="Old shopkeeper, ALL CAPS telegram style, Outlook Express."))

o = orig("ale", "promise_followup", "46/2026", "Spett.le Terra di Mezzo Società Cooperativa Sociale,",
         "info@terradimezzocoop.it", "2027-01-18 08:30", amount="1200.00", due="2026-12-01")
M(persona="Cooperativa Sociale Terra di Mezzo", reply=o, date="2027-01-20 11:09 +0100",
  frm=("Giuseppe Lo Faro", "info@terradimezzocoop.it"), quote="thunderbird",
  hdrs=["User-Agent: Mozilla Thunderbird"],
  body="""Alessandra, finalmente il Comune ha pagato e stamattina abbiamo saldato tutti i fornitori, lei per prima! 🎉
Grazie davvero per la pazienza.
Giuseppe
""",
  label=dict(kind="client-reply-paid", note="Follow-up to an undated promise: paid this morning."))

M(persona="Pasticceria Fichera", date="2026-12-19 16:44 +0100",
  frm=("Pasticceria Fichera", "pasticceriafichera@gmail.com"), to=[ALE],
  subj="I: Esito operazione BancoPosta", mid="gmail",
  att=[("Ricevuta_bonifico.pdf", "application/pdf",
        fake_pdf("Poste Italiane - Ricevuta bonifico SEPA",
                 ["Importo 671,00 EUR", "Beneficiario ROSSI ALESSANDRA", "CRO 10201626353"]))],
  body="""Alessandra ti giro la ricevuta del bonifico per le scatole di Natale, così sei tranquilla. Ne vendiamo un sacco!! Ciao
Enza

-------- Messaggio inoltrato --------
Da: Poste Italiane <noreply@posteitaliane.it>
Data: 19/12/2026 16:31
Oggetto: Esito operazione BancoPosta
A: pasticceriafichera@gmail.com

Gentile Cliente,
l'operazione da te disposta è stata eseguita con successo.

Tipo operazione: Bonifico SEPA
Conto di addebito: BancoPosta ****4471
Beneficiario: ROSSI ALESSANDRA
IBAN beneficiario: IT60X0542811101000000123456
Importo: 671,00 €
Commissioni: 1,00 €
Causale: saldo fattura 60/2026 scatole natale
Data: 19/12/2026

Poste Italiane
""",
  label=dict(kind="client-reply-paid", amount="671.00", reference="60/2026",
             note="Client forwards her own BancoPosta 'operation executed' mail (outgoing for her) "
                  "with one line → client-reply-paid, not payment-notification."))

o = orig("giu", "late_fee", "46/26", "Spett.le Zanette Serramenti srl,", "amministrazione@zanetteserramenti.it",
         "2027-01-12 08:30", amount="1952.00", due="2026-12-20", deadline="2027-01-22", fees=True)
M(persona="Zanette Serramenti srl", reply=o, re="R: ", date="2027-01-12 10:47 +0100",
  frm=("Amministrazione Zanette", "amministrazione@zanetteserramenti.it"), quote="outlook",
  mid="outlook", fmt="alt", quote_to="Amministrazione Zanette",
  att=[("Contabile 18.12.2026.pdf", "application/pdf",
        fake_pdf("Banca Intesa - Contabile", ["EUR 1.952,00", "Esecuzione 18/12/2026 valuta 21/12/2026",
                                               "Benef. BORTOLIN GIULIA", "Causale: FT 46/26"]))],
  body="""Buongiorno,

la fattura 46/26 risulta pagata con bonifico del 18/12/2026, valuta 21/12: ve lo avevamo già scritto il 22 dicembre, rispondendo al primo promemoria. Allego di nuovo la contabile.

Vi chiediamo di verificare i vostri incassi prima di mandare solleciti con interessi e spese di recupero, che ovviamente non sono dovuti.

Distinti saluti
Katia Bet
Amministrazione – Zanette Serramenti S.r.l.
""",
  label=dict(kind="client-reply-paid", reference="46/26",
             note="Annoyed: already paid in December, rejects the interest because nothing is owed "
                  "— not a dispute of the invoice; paid."))

o = orig("chi", "reminder", "77-2026", "Spett.le Parrocchia Santa Maria della Neve,",
         "parrocchiasmneve@gmail.com", "2027-01-11 08:30", amount="427.00", due="2026-12-31")
M(persona="Parrocchia Santa Maria della Neve", reply=o, date="2027-01-11 19:25 +0100",
  frm=("Parrocchia S. Maria della Neve", "parrocchiasmneve@gmail.com"), quote="gmail", mid="gmail",
  body="""Gentile dottoressa,
ho girato la sua mail al nostro economo, il signor Abbate, il quale mi conferma che il bonifico per il piano di evacuazione dell'oratorio è partito martedì scorso. Se non lo vedesse me lo dica e ci guardiamo.
Dio la benedica
don Gaetano
""",
  label=dict(kind="client-reply-paid",
             note="Priest relays the treasurer: transfer left last Tuesday → paid."))

o = orig("chi", "reminder", "79-2026", "Spett.le Ottica Vomero srl,", "otticavomero@gmail.com",
         "2027-02-01 08:30", amount="183.00", due="2027-01-27")
M(persona="Ottica Vomero srl", reply=o, date="2027-02-01 10:03 +0100",
  frm=("Ottica Vomero", "otticavomero@gmail.com"), fmt="html", mid="gmail", cte="base64",
  quote="gmail",
  html=None, html_kind="gmail",
  body="""Buongiorno, il pagamento è stato effettuato venerdì. Cordiali saluti

Ottica Vomero
""",
  label=dict(kind="client-reply-paid", note="Gmail HTML-only, base64 body, one line."))

o = orig("giu", "reminder", "32/26", "Spett.le Mobilificio Camol srl,", "contabilita@camol.it",
         "2027-01-05 08:30", amount="1220.00", due="2026-12-31")
M(persona="Mobilificio Camol srl", reply=o, re="Rif: ", date="2027-01-05 15:11 +0100",
  frm=("Contabilità Camol", "contabilita@camol.it"), quote="outlook", mid="outlook",
  quote_to="contabilita@camol.it",
  body="""Buongiorno,
la Ri.Ba. in scadenza 31/12 relativa alla vs. fattura 32/26 è stata regolarmente pagata presso la ns. banca (Banca della Marca). Probabilmente l'esito non vi è ancora stato comunicato dalla vostra banca, verificate per favore.
Saluti
Contabilità – Mobilificio Camol S.r.l.
""",
  label=dict(kind="client-reply-paid", reference="32/26",
             note="Paid by RiBa at the due date (Nord-Est); 'Rif:' subject prefix."))

# ---- promises ------------------------------------------------------------------------------
o = orig("giu", "reminder", "47/26", "Spett.le Carrozzeria Da Ros,", "carrozzeriadaros@gmail.com",
         "2027-02-09 08:30", amount="183.00", due="2027-02-05")
M(persona="Carrozzeria Da Ros", reply=o, date="2027-02-09 12:52 +0100",
  frm=("Carrozzeria Da Ros", "carrozzeriadaros@gmail.com"), quote="android", mid="gmail",
  body="""ciao Giulia scusa, te pago a fine mese co riscoto dall'assicurasion, no sta preocuparte
Mauro
""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-28",
             note="Veneto: 'a fine mese' written 9 Feb → 28 Feb."))

o = orig("dav", "reminder", "2026/132", "Spett.le Immobiliare Porta Romana,", "andrea@immobiliareportaromana.it",
         "2027-01-28 08:30", amount="732.00", due="2027-01-25", iban=False)
M(persona="Immobiliare Porta Romana", reply=o, date="2027-01-28 09:47 +0100",
  frm=("Andrea Bassi", "andrea@immobiliareportaromana.it"), quote="apple", mid="apple",
  hdrs=["X-Mailer: iPhone Mail (21D61)"],
  body="""Ciao Davide, le faccio il bonifico domani mattina dall'ufficio, oggi sono in giro per visite tutto il giorno.
A.

Inviato da iPhone
""",
  label=dict(kind="client-reply-promise", promised_date="2027-01-29",
             note="'domani mattina' written Thursday 28 Jan → 29 Jan."))

o = orig("dav", "courtesy", "2027/007", "Spett.le Immobiliare Porta Romana,", "andrea@immobiliareportaromana.it",
         "2027-02-22 08:00", amount="488.00", due="2027-02-26", issue="2027-01-27", iban=False)
M(persona="Immobiliare Porta Romana", reply=o, date="2027-02-22 18:06 +0100",
  frm=("Andrea Bassi", "andrea@immobiliareportaromana.it"), quote="gmail", mid="gmail",
  body="""Ciao Davide,
una cosa prima che la paghiamo: dal 1° febbraio l'agenzia è diventata una srl (Porta Romana Immobiliare srl, stessa sede), ha una partita IVA nuova. La fattura la puoi intestare alla nuova società? Ti mando la visura domani. Non so se devi rifarla o se va bene così, dimmi tu.
Grazie
Andrea
""",
  label=dict(kind="client-reply-other",
             note="Company changed legal form; asks whether to reissue. Not a dispute of the debt."))

o = orig("chi", "late_fee", "78-2026", "Spett.le Russo Costruzioni Generali srl,",
         "contabilita@russocostruzionigenerali.it", "2027-02-15 08:30", amount="2196.00",
         due="2027-01-31", deadline="2027-02-25")
M(persona="Russo Costruzioni Generali srl", reply=o, re="R: ", date="2027-02-15 11:35 +0100",
  frm=("Rag. Antonio Nappi", "contabilita@russocostruzionigenerali.it"), quote="outlook",
  mid="outlook", quote_to="contabilita@russocostruzionigenerali.it",
  body="""Buongiorno,
mercoledì facciamo la distinta dei bonifici fornitori e c'è anche la sua, non si preoccupi.
Saluti
Rag. Nappi
Russo Costruzioni Generali S.r.l. – Nola (NA)
""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-17",
             note="'mercoledì' written Monday 15 Feb → 17 Feb."))

o = orig("ale", "reminder", "61/2026", "Spett.le Energy Gym,", "energygym.siracusa@gmail.com",
         "2027-01-19 08:30", amount="366.00", due="2027-01-15")
M(persona="Energy Gym Siracusa", reply=o, date="2027-01-19 22:18 +0100",
  frm=("Energy Gym Siracusa", "energygym.siracusa@gmail.com"), quote="gmail", mid="gmail",
  body="""Ciao Alessandra, scusami tanto. Gennaio è il mese delle iscrizioni ma la gente paga a rate e i soldi entrano col contagocce. Ti pago appena i soci mi saldano le quote di gennaio, conta due o tre settimane al massimo.
Dario
""",
  label=dict(kind="client-reply-promise",
             note="'appena i soci mi saldano... due o tre settimane' → undated promise."))

o = orig("giu", "reminder", "48/26", "Spett.le Officine Meccaniche Furlan S.p.A.,",
         "contabilita.fornitori@omfurlan.it", "2027-02-15 08:30", amount="2928.00", due="2027-02-10")
M(persona="Officine Meccaniche Furlan S.p.A.", reply=o, re="R: ", date="2027-02-15 14:20 +0100",
  frm=("Contabilità Fornitori - OM Furlan", "contabilita.fornitori@omfurlan.it"),
  fmt="alt", charset="iso-8859-1", codec="cp1252", quote="outlook", mid="outlook",
  quote_to="Contabilità Fornitori - OM Furlan",
  body="""Buongiorno,

la Vs. fattura 48/26 ha ricevuto il benestare ed è stata inserita nel pagamento fornitori di fine febbraio (valuta 28/02).

Distinti saluti

Erika Cescon
Contabilità Fornitori
OFFICINE MECCANICHE FURLAN S.p.A.

""" + DISCL_FURLAN,
  label=dict(kind="client-reply-promise", promised_date="2027-02-28", reference="48/26",
             note="Accounts payable: scheduled for the end-of-February run (28/02)."))

o = orig("dav", "reminder", "2027/005", "Spett.le Tandem srl,", "hello@tandem.works",
         "2027-02-04 08:30", amount="2745.00", due="2027-02-01", iban=False)
M(persona="Tandem srl", reply=o, date="2027-02-04 19:09 +0100",
  frm=("Nicolò Beretta", "nicolo@tandem.works"), quote="gmail", mid="gmail", fmt="alt",
  html_kind="gmail",
  body="""Hi Davide, sorry — non possiamo prima del 25: stipendi e F24 escono il 16 e la cassa è tight finché non incassiamo il primo cliente enterprise. Il 25 ti arriva tutto, promise.
N.
""",
  label=dict(kind="client-reply-promise", promised_date="2027-02-25",
             note="'non possiamo prima del 25' written 4 Feb → 25 Feb."))

# ---- disputes ------------------------------------------------------------------------------
o = orig("giu", "reminder", "49/26", "Spett.le Trafileria Padovana srl,", "acquisti@trafileriapadovana.it",
         "2027-01-05 08:30", amount="2562.00", due="2026-12-31")
M(persona="Trafileria Padovana srl", reply=o, re="R: ", date="2027-01-07 11:25 +0100",
  frm=("Ufficio Acquisti Trafileria Padovana", "acquisti@trafileriapadovana.it"), quote="outlook",
  mid="outlook", fmt="alt", quote_to="acquisti@trafileriapadovana.it",
  body="""Spett.le fornitore,

in riferimento al Vs. sollecito, Vi informiamo che ai sensi dell'art. 9 delle Condizioni Generali di Acquisto, da Voi sottoscritte con l'accettazione dell'ordine n. OA-26/1177, la consegna delle traduzioni prevista per il 10/11/2026 è avvenuta il 24/11/2026, con due settimane di ritardo.

Trova pertanto applicazione la penale dell'1% dell'imponibile per ogni settimana di ritardo, pari a € 42,00. La fattura sarà liquidata per € 2.520,00 previa emissione da parte Vostra di nota di credito di pari importo alla penale.

Distinti saluti
Ufficio Acquisti
TRAFILERIA PADOVANA S.r.l.
""",
  label=dict(kind="client-reply-dispute", amount="2520.00",
             note="Contractual late-delivery penalty deducted, credit note required; will pay "
                  "2.520,00 → dispute with accepted amount."))

o = orig("giu", "reminder", "50/26", "Spett.le Caldaie Zanin Impianti,", "zaninimpianti@gmail.com",
         "2027-01-26 08:30", amount="671.00", due="2027-01-20")
M(persona="Caldaie Zanin Impianti", reply=o, date="2027-01-26 19:40 +0100",
  frm=("Gino Zanin", "zaninimpianti@gmail.com"), quote="gmail", mid="gmail",
  body="""Giulia bonasera,
varda che in fattura ti me ga messo anca la traduzion del manual de la caldaia vecia, el modelo ZT-24, che no te gavevimo domandà: quel manual lo gavevimo za in todesco dal 2019. Mi pago solo quel novo, el ZT-30. Fame na fatura giusta e te pago subito.
Gino
""",
  label=dict(kind="client-reply-dispute",
             note="Veneto: billed a translation not ordered; pays only the new one after a correct "
                  "invoice."))

o = orig("chi", "reminder", "80-2026", "Spett.le Farmacia Cimmino,", "farmaciacimmino@gmail.com",
         "2027-02-03 08:30", amount="854.00", due="2027-01-29")
M(persona="Farmacia Cimmino", reply=o, date="2027-02-04 13:22 +0100",
  frm=("Farmacia Cimmino", "farmaciacimmino@gmail.com"), quote="gmail", mid="gmail", fmt="alt",
  html_kind="gmail",
  body="""Gentile dott.ssa Esposito,

il DVR che ci è stato consegnato a dicembre è incompleto: mancano la valutazione del rischio biologico (siamo una farmacia con servizio di autoanalisi e tamponi!) e la valutazione dello stress lavoro-correlato, che il nostro consulente del lavoro ci ha segnalato come obbligatoria. Ci è stato detto che in caso di ispezione dell'ASL il documento così com'è non basta.

Abbiamo pagato l'acconto a ottobre; il saldo lo paghiamo quando ci consegnate il documento completo.

Cordiali saluti
Dott. Luigi Cimmino
Farmacia Cimmino – Pomigliano d'Arco
""",
  label=dict(kind="client-reply-dispute",
             note="Work incomplete; balance withheld until completed (mentions an earlier "
                  "deposit)."))

o = orig("chi", "reminder", "81-2026", "Spett.le Condominio Parco Margherita,",
         "studio.amministrazioni.dangelo@gmail.com", "2027-01-11 08:30", amount="1098.00",
         due="2027-01-05")
M(persona="Condominio Parco Margherita", reply=o, date="2027-01-12 10:30 +0100",
  frm=("Studio D'Angelo Amministrazioni", "studio.amministrazioni.dangelo@gmail.com"), quote="gmail",
  mid="gmail",
  body="""Gentile dott.ssa Esposito,

in qualità di amministratore del Condominio Parco Margherita le comunico che l'assemblea del 12 dicembre NON ha approvato la spesa per il piano di emergenza e la formazione del portiere: il preventivo non era mai stato deliberato e il lavoro le è stato commissionato dal consigliere sig. Amato senza alcun mandato dell'assemblea.

Non posso quindi pagare con i fondi condominiali una fattura non deliberata. La invito a rivolgersi direttamente al sig. Amato.

Distinti saluti
Avv. Roberta D'Angelo
Amministratore di condominio
""",
  label=dict(kind="client-reply-dispute",
             note="Building manager refuses: expense never approved by the assembly."))

o = orig("dav", "reminder", "2026/133", "Spett.le Pollen srl,", "founders@pollen.garden",
         "2027-01-20 08:30", amount="4880.00", due="2027-01-15", iban=False)
M(persona="Pollen srl", reply=o, date="2027-01-20 10:55 +0100",
  frm=("Caterina Fumagalli", "caterina@pollen.garden"), quote="gmail", mid="gmail",
  body="""Ciao Davide,

I think there's a misunderstanding: avevamo concordato un fixed fee di 3k per l'MVP, non time & materials. Ce l'ho scritto nella mail del 4 ottobre ("3.000 + IVA all-in, eventuali extra li discutiamo prima"). Gli extra non li abbiamo mai discussi.

Quindi paghiamo i 3k + IVA, cioè 3.660, e chiudiamo lì. Se vuoi ti mando il bonifico anche oggi, ma mi serve una fattura corretta.

Best,
Caterina
""",
  label=dict(kind="client-reply-dispute", amount="3660.00",
             note="Fixed fee vs time & materials; accepts 3.660 only, wants a corrected invoice."))

o = orig("dav", "reminder", "2026/134", "Spett.le Brianza Casa Immobiliare srl,",
         "amministrazione@brianzacasa.it", "2027-01-11 08:30", amount="366.00", due="2027-01-05",
         iban=False)
M(persona="Brianza Casa Immobiliare", reply=o, re="R: ", date="2027-01-11 16:18 +0100",
  frm=("Brianza Casa - Amministrazione", "amministrazione@brianzacasa.it"), quote="outlook_old",
  mid="outlook", quote_to="amministrazione@brianzacasa.it",
  body="""Buongiorno,
la fattura riguarda il rinnovo annuale di hosting, dominio e manutenzione del sito, ma il servizio lo avevamo disdetto a settembre (mail del 18/09 al vostro indirizzo info@, che le inoltro di nuovo) perché siamo passati alla piattaforma del franchising.
Non ci risulta dovuto nulla. Vi chiediamo di annullarla.
Saluti
Laura Redaelli
""",
  label=dict(kind="client-reply-dispute",
             note="Service cancelled before renewal; asks to cancel the invoice."))

o = orig("ale", "reminder", "62/2026", "Spett.le B&B Il Carrubo,", "ilcarrubo.ragusa@gmail.com",
         "2027-02-12 08:30", amount="350.00", due="2027-02-08")
M(persona="B&B Il Carrubo", reply=o, date="2027-02-12 09:50 +0100",
  frm=("B&B Il Carrubo", "ilcarrubo.ragusa@gmail.com"), quote="android", mid="gmail",
  body="""Alessandra scusa ma non mi torna: al telefono a novembre mi avevi detto 200 euro per le foto della pagina e il logo rinfrescato. In fattura ne vedo 350. Io 200 te li do anche domani, gli altri 150 no perché nessuno mi ha detto niente.
Nella
""",
  label=dict(kind="client-reply-dispute", amount="200.00",
             note="Price agreed by phone lower than invoiced; offers 200 only → dispute."))

o = orig("chi", "reminder", "82-2026", "Spett.le Splendor Servizi di Pulizia srl,",
         "amministrazione@splendorpulizie.it", "2027-02-22 08:30", amount="732.00", due="2027-02-17")
M(persona="Splendor Servizi di Pulizia srl", reply=o, re="R: ", date="2027-02-22 15:04 +0100",
  frm=("Splendor - Amministrazione", "amministrazione@splendorpulizie.it"), quote="outlook",
  mid="outlook", quote_to="amministrazione@splendorpulizie.it",
  body="""Buongiorno,
il corso antincendio per rischio medio che avete fatto ai nostri 6 addetti è durato 4 ore, mentre per legge ne servono 8 (ce lo ha fatto notare il RSPP del cliente dove lavorano). Gli attestati quindi non sono validi e i ragazzi il corso lo devono rifare.
Non paghiamo un corso che non vale. Se lo completate con le 4 ore mancanti senza costi aggiuntivi, allora saldiamo.
Cordiali saluti
Rosa Iannone – Splendor srl
""",
  label=dict(kind="client-reply-dispute",
             note="Course shorter than legally required, certificates invalid; pays only if "
                  "completed."))

# ---- other ---------------------------------------------------------------------------------
o = orig("giu", "courtesy", "4/27", "Spett.le Meccanica Bellunese srl,",
         "amministrazione@meccanicabellunese.it", "2027-02-22 08:00", amount="732.00",
         due="2027-02-26", issue="2027-01-27")
M(persona="Meccanica Bellunese srl", reply=o, re="R: ", date="2027-02-22 10:12 +0100",
  frm=("Roberta Dal Farra", "amministrazione@meccanicabellunese.it"), quote="outlook",
  mid="outlook", quote_to="amministrazione@meccanicabellunese.it",
  body="""Buongiorno,
ricevuto, grazie. Ci è arrivata anche la nota di credito per la 37/26, ora in contabilità è tutto allineato.
Saluti
Roberta
""",
  label=dict(kind="client-reply-other",
             note="'ricevuto, grazie' + credit note acknowledged; nothing about paying 4/27."))

o = orig("giu", "promise_followup", "43/26", "Spett.le Termoidraulica Furlanetto snc,",
         "info@furlanettoimpianti.it", "2027-01-25 08:30", amount="305.00", due="2027-01-05")
M(persona="Termoidraulica Furlanetto snc", reply=o, re="R: ", date="2027-01-25 14:40 +0100",
  frm=("info@furlanettoimpianti.it", "info@furlanettoimpianti.it"), quote="libero",
  quote_to="info@furlanettoimpianti.it", mid="libero",
  body="""Buongiorno signora
sono di nuovo Luisa. Volevo fare il bonifico ma sul PDF della fattura l'IBAN non si legge bene, la stampa è tagliata a destra e mi mancano le ultime cifre. Me lo può riscrivere per mail? Non vedo neanche quello qui sotto perché il telefono me lo taglia.
Grazie
Luisa Furlanetto
""",
  label=dict(kind="client-reply-other",
             note="Asks for the IBAN (cannot read it); wanting to pay is not a promise with any "
                  "commitment — a question."))

o = orig("chi", "promise_followup", "72-2026", "Spett.le Autoscuola Partenope,",
         "info@autoscuolapartenope.it", "2027-01-18 08:30", amount="366.00", due="2026-12-22")
M(persona="Autoscuola Partenope", reply=o, date="2027-01-18 10:05 +0100",
  frm=("Autoscuola Partenope", "info@autoscuolapartenope.it"), quote="gmail", mid="gmail",
  body="""Buongiorno dottoressa,
ho riferito al titolare, il sig. Barra: mi ha chiesto se lei può chiamarlo lunedì mattina al 335 6120498, vuole parlarle di persona anche del corso per gli istruttori.
Cordiali saluti
Rosaria
""",
  label=dict(kind="client-reply-other", note="Asks for a phone call; no payment info."))

o = orig("dav", "reminder", "2026/135", "Spett.le Mangiafuoco srl,", "luca@mangiafuoco.app",
         "2027-02-22 08:30", amount="610.00", due="2027-02-17", iban=False)
M(persona="Mangiafuoco srl", reply=o, date="2027-02-22 09:01 +0100",
  frm=("Luca Pirovano", "luca@mangiafuoco.app"), cc=[("Mangiafuoco AP", "ap@mangiafuoco.app")],
  quote="gmail", mid="gmail",
  body="""Ciao Davide, post-closing abbiamo finalmente un'amministrazione vera 😅 From now on please send invoices and reminders to ap@mangiafuoco.app (in cc), loro gestiscono tutto il ciclo passivo.
L.
""",
  label=dict(kind="client-reply-other",
             note="New accounts-payable address, cc'd; nothing about paying this invoice."))

o = orig("ale", "reminder", "58/2026", "Spett.le Hotel Villa Aurora,", "info@villaaurorataormina.it",
         "2027-01-14 08:30", amount="1586.00", due="2027-01-10")
M(persona="Hotel Villa Aurora Taormina", reply=o, date="2027-01-14 12:37 +0100",
  frm=("Direzione Villa Aurora", "direzione@villaaurorataormina.it"),
  cc=[("Studio Longo", "studio@longocommercialisti.it")], quote="outlook", mid="outlook",
  quote_to="info@villaaurorataormina.it",
  body="""Gentile Alessandra,

la pratica dei fornitori dell'hotel da quest'anno è passata al nostro commercialista, dott. Longo, che metto in copia: le scriverà lui per tutto quello che riguarda fatture e pagamenti.

Grazie ancora per la nuova brochure, la presenteremo alla BIT di Milano.

Cordiali saluti
Eleonora Pulvirenti
Direzione – Hotel Villa Aurora, Taormina
""",
  label=dict(kind="client-reply-other",
             note="Handed over to the accountant in cc; no statement about payment."))

o = orig("ale", "promise_followup", "54/2026", "Spett.le Agenzia Viaggi Trinacria,",
         "mariella@trinacriaviaggi.it", "2027-02-02 08:30", amount="732.00", due="2027-01-20",
         promise="2027-01-28")
M(persona="Agenzia Viaggi Trinacria", reply=o, date="2027-02-02 09:17 +0100",
  frm=("Mariella Caruso", "mariella@trinacriaviaggi.it"), quote="apple", mid="apple",
  hdrs=["X-Mailer: iPhone Mail (21D61)"],
  body="""Ale scusami ma me la rimandi la fattura? La commercialista dice che nel cassetto fiscale non c'è, forse hai messo il codice univoco vecchio. Quello nuovo è KRRH6B9.

Inviato da iPhone
""",
  label=dict(kind="client-reply-other",
             note="After a missed promise: asks to resend the invoice with the new SdI code; no new "
                  "promise."))

o = orig("chi", "reminder", "68-2026", "Spett.le Caseificio La Bufalina srl,",
         "amministrazione@labufalina.it", "2027-01-14 08:30", amount="671.00", due="2027-01-10")
M(persona="Caseificio La Bufalina srl", reply=o, re="R: ", date="2027-01-21 09:40 +0100",
  frm=("Assunta - Caseificio La Bufalina", "amministrazione@labufalina.it"), mid="outlook",
  body="""Buongiorno dottoressa,
le scrivo per un'altra cosa: ci può mandare in PDF gli attestati del corso HACCP di dicembre per i tre nuovi casari? Li chiede il certificatore della DOP per la visita di febbraio.
Grazie
Assunta
""",
  label=dict(kind="client-reply-other",
             note="Same thread as the promise, asks for certificates; no statement on payment."))

o = orig("dav", "courtesy", "2027/008", "Spett.le Parafarmacia Città Studi,",
         "parafarmacia.cittastudi@gmail.com", "2027-02-23 08:00", amount="183.00", due="2027-02-28",
         issue="2027-01-29", iban=False)
M(persona="Parafarmacia Città Studi", reply=o, date="2027-02-23 12:50 +0100",
  frm=("Elena Brivio", "parafarmacia.cittastudi@gmail.com"), quote="gmail", mid="gmail",
  body="""Ricevuto grazie, la passo alla commercialista.
Elena
""",
  label=dict(kind="client-reply-other", note="'Ricevuto, la passo alla commercialista'."))


# ============================================================================================
# Machine mail: incoming-payment notices, auto-replies, bounces, other notices.
# ============================================================================================

def bank_html(title, color, intro, rows, outro, logo):
    trs = "\n".join(f'<tr><td style="padding:4px 12px 4px 0;color:#666">{_esc(k)}</td>'
                    f'<td style="padding:4px 0"><b>{_esc(v)}</b></td></tr>' for k, v in rows)
    return (f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{_esc(title)}</title>'
            '</head><body style="margin:0;padding:0;background:#eeeeee">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;'
            'font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
            f'<tr><td style="background:{color};padding:18px 24px;color:#fff;font-size:20px">{logo}</td></tr>'
            f'<tr><td style="padding:24px"><h1 style="font-size:18px;margin:0 0 16px">{_esc(title)}</h1>'
            f'<p>{intro}</p><table cellpadding="0" cellspacing="0" style="font-size:14px">{trs}</table>'
            f'<p style="margin-top:20px">{outro}</p></td></tr>'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#888;border-top:1px solid #ddd">'
            'Questa è una comunicazione automatica: ti preghiamo di non rispondere a questo messaggio. '
            'Non ti chiederemo mai codici, password o credenziali via e-mail o SMS.</td></tr>'
            '</table></td></tr></table></body></html>\n')


def bank_text(title, intro, rows, outro):
    w = max(len(k) for k, _ in rows) + 2
    return (f"{title}\n\n{intro}\n\n" + "\n".join(f"{(k + ':').ljust(w)}{v}" for k, v in rows) +
            f"\n\n{outro}\n\nQuesta è una comunicazione automatica: ti preghiamo di non rispondere a "
            "questo messaggio.\n")


# ---- incoming payments ---------------------------------------------------------------------
rows = [("Ordinante", "MANGIAFUOCO SRL"), ("Importo", "1.830,00 EUR"),
        ("Data contabile", "01/02/2027"), ("Data valuta", "01/02/2027"),
        ("Causale", "FATTURA 2026/127 SVILUPPO APP"), ("Conto", "**** 7342")]
intro = "Gentile DAVIDE CONTI, ti informiamo che sul tuo conto è stato accreditato un bonifico."
outro = "Per maggiori dettagli accedi all'app Intesa Sanpaolo Mobile o alla tua Area Clienti."
M(persona="Intesa Sanpaolo", date="2027-02-01 10:42 +0100",
  frm=("Intesa Sanpaolo", "notifiche@intesasanpaolo.com"), to=[DAV],
  subj="Hai ricevuto un bonifico", fmt="alt",
  body=bank_text("Hai ricevuto un bonifico", intro, rows, outro),
  html=bank_html("Hai ricevuto un bonifico", "#00612e", intro, rows, outro, "<b>INTESA SANPAOLO</b>"),
  hdrs=["X-Mailer: ISP-Notify 3.2"],
  label=dict(kind="payment-notification", amount="1830.00", reference="2026/127",
             note="Incoming transfer alert; invoice number in the remitter's reference."))

rows = [("Tipo operazione", "Bonifico SEPA in entrata"), ("Importo", "EUR 1.098,00"),
        ("Ordinante", "VALBRENTA MOBILI SRL"), ("Causale", "SALDO VS FT 41/26"),
        ("Data esecuzione", "29/01/2027")]
intro = "Gentile Cliente, ti informiamo che è stato registrato un accredito sul tuo conto corrente ****0417."
outro = "Puoi consultare il dettaglio del movimento nella sezione Conti dell'app UniCredit."
M(persona="UniCredit", date="2027-01-29 15:07 +0100",
  frm=("UniCredit", "alert@unicredit.it"), to=[GIU], subj="UniCredit - Notifica accredito",
  fmt="alt", charset="iso-8859-1", cte="quoted-printable",
  body=bank_text("Notifica accredito", intro, rows, outro),
  html=bank_html("Notifica accredito", "#e2001a", intro, rows, outro, "UniCredit"),
  label=dict(kind="payment-notification", amount="1098.00", reference="41/26",
             note="UniCredit credit alert, iso-8859-1 QP."))

rows = [("Importo", "+350,00 EUR"), ("Descrizione", "BONIFICO A VOSTRO FAVORE"),
        ("Ordinante", "PARROCCHIA S MARIA DELLA GUARDIA"), ("Note", "MANIFESTI E SANTINI FESTA"),
        ("Data", "23/11/2026")]
intro = "Gentile Cliente, è stato registrato il seguente movimento sul rapporto n. ***123456."
outro = "Il servizio di notifica movimenti è attivo sul tuo profilo Smart Web."
M(persona="BPER Banca", date="2026-11-23 09:31 +0100",
  frm=("BPER Banca", "notifiche@bper.it"), to=[ALE],
  subj="BPER Banca: notifica movimento in accredito",
  body=bank_text("Notifica movimento", intro, rows, outro),
  label=dict(kind="payment-notification", amount="350.00",
             note="BPER movement alert, plain text; no invoice number."))

rows = [("Importo", "244,00 EUR"), ("Ordinante", "FARMACIA RUSSO DR.SSA MARINA"),
        ("Causale", "PAGAMENTO FATTURA N. 59-2026"), ("Tipo", "Bonifico istantaneo"),
        ("Data e ora", "14/12/2026 13:28")]
intro = "Ciao Chiara, hai ricevuto un bonifico istantaneo sul conto Sella ****6612."
outro = "Trovi tutti i movimenti nell'app Banca Sella."
M(persona="Banca Sella", date="2026-12-14 13:28 +0100",
  frm=("Banca Sella", "noreply@sella.it"), to=[CHI], subj="Avviso: hai ricevuto un bonifico istantaneo",
  fmt="alt", body=bank_text("Bonifico istantaneo ricevuto", intro, rows, outro),
  html=bank_html("Bonifico istantaneo ricevuto", "#002f5f", intro, rows, outro, "Banca Sella"),
  label=dict(kind="payment-notification", amount="244.00", reference="59-2026",
             note="Instant transfer received."))

rows = [("Ordinante", "FLUXO S.R.L."), ("Importo", "2.440,00 EUR"),
        ("Causale", "INV 2026/118 NOV RETAINER"), ("Data valuta", "03/12/2026")]
intro = "Hai ricevuto un bonifico SEPA sul tuo conto Fineco."
outro = "Accedi a fineco.it o all'app per vedere il dettaglio."
M(persona="Fineco", date="2026-12-03 08:12 +0100",
  frm=("FinecoBank", "comunicazioni@fineco.it"), to=[DAV], subj="Fineco - Bonifico in entrata",
  fmt="alt", body=bank_text("Bonifico in entrata", intro, rows, outro),
  html=bank_html("Bonifico in entrata", "#00467f", intro, rows, outro, "FINECO"),
  label=dict(kind="payment-notification", amount="2440.00", reference="2026/118",
             note="Fineco incoming transfer."))

M(persona="Poste Italiane BancoPosta", date="2027-01-20 11:02 +0100",
  frm=("Poste Italiane", "noreply@posteitaliane.it"), to=[ALE],
  subj="Accredito sul tuo Conto BancoPosta", fmt="alt",
  body="""Gentile Cliente,

ti informiamo che sul tuo Conto BancoPosta n. ****0081 è stato effettuato un accredito.

Tipo operazione: BONIFICO DA ALTRO ISTITUTO
Importo: 183,00 €
Ordinante: DI STEFANO SALVATORE
Causale: FATTURA 53 2026
Data contabile: 20/01/2027

Puoi verificare i movimenti dall'App BancoPosta o su poste.it.

Poste Italiane S.p.A. – Patrimonio BancoPosta
""",
  html=bank_html("Accredito sul tuo Conto BancoPosta", "#ffcc00",
                 "Gentile Cliente, ti informiamo che sul tuo Conto BancoPosta n. ****0081 è stato effettuato un accredito.",
                 [("Tipo operazione", "BONIFICO DA ALTRO ISTITUTO"), ("Importo", "183,00 €"),
                  ("Ordinante", "DI STEFANO SALVATORE"), ("Causale", "FATTURA 53 2026"),
                  ("Data contabile", "20/01/2027")],
                 "Puoi verificare i movimenti dall'App BancoPosta o su poste.it.",
                 '<span style="color:#00205b"><b>Poste</b>italiane</span>'),
  label=dict(kind="payment-notification", amount="183.00", reference="53/2026",
             note="BancoPosta credit; remitter wrote 'FATTURA 53 2026'."))

M(persona="Satispay Business", date="2026-12-23 13:58 +0100",
  frm=("Satispay", "noreply@satispay.com"), to=[ALE], subj="Hai ricevuto 150,00 €",
  fmt="html", charset="utf-8", cte="base64",
  html="""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f7f7f7;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:480px;margin:0 auto;background:#fff;padding:32px 24px;text-align:center">
<img src="https://static.satispay.com/mail/logo-business.png" alt="Satispay Business" width="140">
<p style="font-size:15px;color:#555;margin-top:28px">Alessandra Rossi Grafica</p>
<p style="font-size:40px;font-weight:bold;color:#f23c3c;margin:8px 0">+ 150,00 €</p>
<p style="font-size:15px;color:#333">da <b>Concetta L.</b></p>
<p style="font-size:13px;color:#888">23 dicembre 2026, 13:57 &middot; ID transazione 8f3a1c2e-41d7</p>
<p style="font-size:13px;color:#888">Messaggio: "fattura palestra body line"</p>
<p style="margin-top:28px"><a href="https://business.satispay.com" style="background:#f23c3c;color:#fff;padding:12px 24px;border-radius:24px;text-decoration:none">Vai alla Dashboard</a></p>
<p style="font-size:11px;color:#aaa;margin-top:32px">Satispay Europe S.A. &middot; Luxembourg</p>
</div></body></html>
""",
  label=dict(kind="payment-notification", amount="150.00",
             note="Satispay Business, HTML only, base64; merchant received a payment."))

M(persona="SumUp", date="2027-01-08 09:16 +0100",
  frm=("SumUp", "no-reply@sumup.com"), to=[CHI], subj="Pagamento ricevuto: 183,00 €",
  fmt="alt",
  body="""Ottime notizie, Chiara!

Hai ricevuto un pagamento tramite il tuo link di pagamento.

Importo: 183,00 €
Descrizione: Fattura 63-2026 - Corso HACCP
Pagato da: Salvatore Cuomo
Metodo: Visa •••• 4417
Data: 08/01/2027 09:15
Codice transazione: TEQ7RHXBA2

L'importo sarà accreditato sul tuo conto secondo il tuo piano di versamento.

Il team SumUp
""",
  html=bank_html("Pagamento ricevuto", "#3063e9",
                 "Ottime notizie, Chiara! Hai ricevuto un pagamento tramite il tuo link di pagamento.",
                 [("Importo", "183,00 €"), ("Descrizione", "Fattura 63-2026 - Corso HACCP"),
                  ("Pagato da", "Salvatore Cuomo"), ("Metodo", "Visa •••• 4417"),
                  ("Data", "08/01/2027 09:15"), ("Codice transazione", "TEQ7RHXBA2")],
                 "L'importo sarà accreditato sul tuo conto secondo il tuo piano di versamento.",
                 "<b>sumup</b>"),
  label=dict(kind="payment-notification", amount="183.00", reference="63-2026",
             note="Payment link paid by card."))

M(persona="PayPal", date="2026-11-12 18:20 +0100",
  frm=("service@paypal.it", "service@paypal.it"), to=[DAV],
  subj="Hai ricevuto un pagamento", fmt="alt",
  body="""Ciao Davide Conti,

Andrea Colombo ti ha inviato 250,00 € EUR.

Nota di Andrea Colombo:
"saldo fattura 2026/117 landing page, grazie!"

Dettagli della transazione
ID transazione: 7KL04388AB912345X
Data transazione: 12 novembre 2026

I soldi sono disponibili nel tuo conto PayPal.

Aiuto e contatti | Sicurezza | App

PayPal (Europe) S.à r.l. et Cie, S.C.A.
""",
  html=bank_html("Hai ricevuto un pagamento", "#003087",
                 "Andrea Colombo ti ha inviato 250,00 € EUR.",
                 [("Nota", "saldo fattura 2026/117 landing page, grazie!"),
                  ("ID transazione", "7KL04388AB912345X"), ("Data transazione", "12 novembre 2026")],
                 "I soldi sono disponibili nel tuo conto PayPal.", "<i><b>PayPal</b></i>"),
  label=dict(kind="payment-notification", amount="250.00", reference="2026/117",
             note="PayPal in Italian, money received with a note naming the invoice."))

# ---- auto-replies --------------------------------------------------------------------------
M(persona="Etna Case Immobiliare", date="2027-01-04 08:31 +0100",
  frm=("Etna Case Immobiliare", "etnacase@gmail.com"), to=[ALE], subj="In ferie",
  mid="gmail",
  hdrs=["Auto-Submitted: auto-replied",
        "In-Reply-To: <20270104083000.c5d1e0f7a28b3349@example.it>"],
  body="""Grazie per la sua mail. L'agenzia è chiusa per ferie, rientriamo in ufficio lunedì 11 gennaio. Per urgenze su affitti in corso: 347 118 2290.

Etna Case Immobiliare – Nicolosi
""",
  label=dict(kind="auto-reply", return_date="2027-01-11",
             note="Gmail vacation responder with a custom subject 'In ferie'; back Monday 11 Jan."))

M(persona="Farmacia Longo", date="2026-12-28 08:30 +0100",
  frm=("Farmacia Longo", "farmacialongo.me@gmail.com"), to=[ALE],
  subj="Re: Sollecito fattura n. 45/2026",
  hdrs=["In-Reply-To: <20261228083000.9ad3c1b2e47f8812@example.it>"],
  body="""Sono in ferie, rientrerò dopo le feste. Per ordini e urgenze rivolgersi in farmacia al numero 090 771 204.
Dott.ssa Rosaria Longo
""",
  label=dict(kind="auto-reply",
             note="Out-of-office with no RFC 3834 headers and a 'Re:' subject; vague return."))

# ---- bounces -------------------------------------------------------------------------------
o = orig("giu", "reminder", "51/26", "Spett.le Oleodinamica Trevigiana srl,",
         "a.zago@oleodinamicatrevigiana.it", "2027-02-01 08:30", amount="854.00", due="2027-01-27")
M(persona="Aruba", raw=lambda i, o=o: dsn(
    i, date="2027-02-01 08:30 +0100", frm="Mail Delivery System <MAILER-DAEMON@aruba.it>",
    to="giulia@bortolintraduzioni.it", subject="Undelivered Mail Returned to Sender",
    human="""Questo è il sistema di posta di Aruba.

Siamo spiacenti di informarla che il suo messaggio non è stato recapitato a uno o più
destinatari. Di seguito è riportato il motivo del mancato recapito.

This is the mail system at host smtpdh08.ad.aruba.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<a.zago@oleodinamicatrevigiana.it>: host mx.oleodinamicatrevigiana.it[93.62.144.18] said:
    550 5.1.1 <a.zago@oleodinamicatrevigiana.it>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", reporting_mta="smtpdh08.ad.aruba.it", rcpt="a.zago@oleodinamicatrevigiana.it",
    action="failed", status="5.1.1", remote_mta="mx.oleodinamicatrevigiana.it",
    diag="550 5.1.1 <a.zago@oleodinamicatrevigiana.it>: Recipient address rejected: User unknown in virtual mailbox table",
    arrival="2027-02-01 08:30 +0100", orig_msg=sent_copy(o, "a.zago@oleodinamicatrevigiana.it"),
    hdrs=["Auto-Submitted: auto-replied"]),
  label=dict(kind="bounce", failed_recipient="a.zago@oleodinamicatrevigiana.it", permanent=True,
             note="Postfix on Aruba, Italian + English text, 550 5.1.1 user unknown."))

o = orig("chi", "reminder", "83-2026", "Spett.le Caseificio San Rocco srl,", "info@caseificiosanrocco.it",
         "2027-02-09 08:30", amount="488.00", due="2027-02-04")
M(persona="Register.it", raw=lambda i, o=o: dsn(
    i, date="2027-02-09 12:41 +0100", frm="MAILER-DAEMON@register.it (Mail Delivery System)",
    to="chiara@espositosicurezza.it", subject="Delayed Mail (still being retried)",
    human="""Questo è un messaggio automatico del sistema di posta di Register.it.

ATTENZIONE: questo è solo un avviso. NON è necessario inviare di nuovo il messaggio.

Il suo messaggio non è stato ancora consegnato al destinatario indicato sotto: il server
di destinazione non risponde. Il sistema continuerà a tentare la consegna per i prossimi
5 giorni; se in quel periodo la consegna non riuscirà, riceverà un ulteriore avviso.

Destinatario: <info@caseificiosanrocco.it>
Motivo: connect to mail.caseificiosanrocco.it[85.18.200.34]:25: Connection timed out

Oggetto: Sollecito fattura n. 83-2026
""", reporting_mta="mx-out03.register.it", rcpt="info@caseificiosanrocco.it",
    action="delayed", status="4.4.1", remote_mta="mail.caseificiosanrocco.it",
    diag="connect to mail.caseificiosanrocco.it[85.18.200.34]:25: Connection timed out",
    arrival="2027-02-09 08:30 +0100", orig_msg=sent_copy(o, "info@caseificiosanrocco.it"),
    extra_fields=["Will-Retry-Until: Sun, 14 Feb 2027 08:30:00 +0100"],
    hdrs=["Auto-Submitted: auto-generated"]),
  label=dict(kind="bounce", failed_recipient="info@caseificiosanrocco.it", permanent=False,
             note="Register.it delay warning (4.4.1, still retrying): temporary."))

o = orig("dav", "reminder", "2026/136", "Spett.le Tipografia Meroni,", "tipografiameroni@libero.it",
         "2027-01-18 08:30", amount="427.00", due="2027-01-12", iban=False)
M(persona="Libero (bounce)", raw=lambda i, o=o: dsn(
    i, date="2027-01-18 08:30 +0100", frm="Mail Delivery System <MAILER-DAEMON@smtp.contiweb.it>",
    to="davide@contiweb.it", subject="Undelivered Mail Returned to Sender",
    human="""This is the mail system at host smtp.contiweb.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tipografiameroni@libero.it>: host smtp-in.libero.it[213.209.1.129] said: 550
    5.1.1 <tipografiameroni@libero.it> casella inesistente / mailbox does not
    exist (in reply to RCPT TO command)
""", reporting_mta="smtp.contiweb.it", rcpt="tipografiameroni@libero.it", action="failed",
    status="5.1.1", remote_mta="smtp-in.libero.it",
    diag="550 5.1.1 <tipografiameroni@libero.it> casella inesistente / mailbox does not exist",
    arrival="2027-01-18 08:30 +0100", orig_msg=sent_copy(o, "tipografiameroni@libero.it"),
    orig_hdrs_only=False),
  label=dict(kind="bounce", failed_recipient="tipografiameroni@libero.it", permanent=True,
             note="Postfix bounce quoting Libero's Italian/English 550 5.1.1; full original "
                  "attached as message/rfc822."))

o = orig("ale", "reminder", "63/2026", "Spett.le Foto Ottica Cannavò,", "fotocannavo@studiocannavo.it",
         "2027-02-16 08:30", amount="244.00", due="2027-02-10")
M(persona="Tiscali", raw=lambda i, o=o: dsn(
    i, date="2027-02-16 08:31 +0100", frm="Tiscali Mail Delivery <postmaster@tiscali.it>",
    to="alessandra@example.it", subject="Messaggio non recapitato: Sollecito fattura n. 63/2026",
    human="""Gentile Cliente,

il messaggio da lei inviato non è stato recapitato al destinatario indicato.
L'errore è PERMANENTE: il dominio del destinatario non esiste o non ha un server
di posta configurato. Verifichi l'indirizzo e, se necessario, lo reinvii.

Destinatario: fotocannavo@studiocannavo.it
Errore: Host or domain name not found. Name service error for name=studiocannavo.it type=MX: Host not found

Servizio Clienti Tiscali
""", reporting_mta="smtp.tiscali.it", rcpt="fotocannavo@studiocannavo.it", action="failed",
    status="5.4.4",
    diag="Host or domain name not found. Name service error for name=studiocannavo.it type=MX: Host not found",
    arrival="2027-02-16 08:30 +0100", orig_msg=sent_copy(o, "fotocannavo@studiocannavo.it")),
  label=dict(kind="bounce", failed_recipient="fotocannavo@studiocannavo.it", permanent=True,
             note="Tiscali smarthost, Italian text, domain does not exist (5.4.4)."))

o = orig("giu", "courtesy", "5/27", "Spett.le Officine Meccaniche Furlan S.p.A.,", "g.pivetta@omfurlan.it",
         "2027-02-24 08:00", amount="1586.00", due="2027-02-28", issue="2027-01-29")
NDR_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style="font-size:16px;color:#c00000;font-weight:600">Recapito non riuscito ai destinatari o ai gruppi seguenti:</p>
<p><a href="mailto:g.pivetta@omfurlan.it">g.pivetta@omfurlan.it</a><br>
L'indirizzo di posta elettronica immesso non è stato trovato. Controlla l'indirizzo di posta elettronica del destinatario e prova a inviare di nuovo il messaggio. Se il problema persiste, contatta l'help desk.</p>
<p style="font-size:13px;color:#666">Informazioni di diagnostica per gli amministratori:<br>
Server di generazione: FR3P281MB1743.DEUP281.PROD.OUTLOOK.COM<br>
g.pivetta@omfurlan.it<br>
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</div></body></html>
"""
M(persona="Microsoft 365 (OM Furlan)", raw=lambda i, o=o: dsn(
    i, date="2027-02-24 08:00 +0100",
    frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@omfurlan.onmicrosoft.com>",
    to="giulia@bortolintraduzioni.it",
    subject="Recapito non riuscito: " + o["subject"],
    human="""Recapito non riuscito ai destinatari o ai gruppi seguenti:

g.pivetta@omfurlan.it
L'indirizzo di posta elettronica immesso non è stato trovato. Controlla l'indirizzo di posta elettronica del destinatario e prova a inviare di nuovo il messaggio. Se il problema persiste, contatta l'help desk.

Informazioni di diagnostica per gli amministratori:

Server di generazione: FR3P281MB1743.DEUP281.PROD.OUTLOOK.COM

g.pivetta@omfurlan.it
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", human_html=NDR_HTML, reporting_mta="FR3P281MB1743.DEUP281.PROD.OUTLOOK.COM",
    rcpt="g.pivetta@omfurlan.it", action="failed", status="5.1.10",
    diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    arrival="2027-02-24 08:00 +0100", orig_msg=sent_copy(o, "g.pivetta@omfurlan.it"),
    msgid_dom="FR3P281MB1743.DEUP281.PROD.OUTLOOK.COM",
    hdrs=["X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied", "Content-Language: it-IT"]),
  label=dict(kind="bounce", failed_recipient="g.pivetta@omfurlan.it", permanent=True,
             note="Exchange Online NDR in Italian (5.1.10 recipient not found), HTML + text."))

# ---- other ---------------------------------------------------------------------------------
M(persona="Aruba Fatturazione Elettronica", date="2027-01-21 16:05 +0100",
  frm=("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"), to=[ALE],
  subj="Fattura n. 3/2027 consegnata - Ricevuta di consegna SdI", fmt="alt",
  body="""Gentile Cliente,

ti informiamo che per la fattura elettronica di seguito indicata il Sistema di Interscambio (SdI) ha emesso una Ricevuta di consegna (RC).

Numero fattura: 3/2027
Data fattura: 21/01/2027
Cliente: BOTTEGA CERAMICA LICATA DI LICATA FRANCESCA
Identificativo SdI: 12847731092
Data consegna: 21/01/2027 16:03

La ricevuta è disponibile nel pannello di Fatturazione Elettronica, sezione Fatture inviate.

Cordiali saluti
Aruba PEC S.p.A. – Servizio di Fatturazione Elettronica
""",
  html=bank_html("Ricevuta di consegna", "#ff6600",
                 "Gentile Cliente, per la fattura elettronica di seguito indicata il Sistema di Interscambio (SdI) ha emesso una Ricevuta di consegna (RC).",
                 [("Numero fattura", "3/2027"), ("Data fattura", "21/01/2027"),
                  ("Cliente", "BOTTEGA CERAMICA LICATA DI LICATA FRANCESCA"),
                  ("Identificativo SdI", "12847731092"), ("Data consegna", "21/01/2027 16:03")],
                 "La ricevuta è disponibile nel pannello di Fatturazione Elettronica, sezione Fatture inviate.",
                 "<b>Aruba</b> Fatturazione Elettronica"),
  label=dict(kind="other", reference="3/2027",
             note="SdI delivery receipt via Aruba: about an invoice, not a payment."))

M(persona="Fatture in Cloud", date="2027-01-09 10:14 +0100",
  frm=("Fatture in Cloud", "notifiche@fattureincloud.it"), to=[DAV],
  subj="⚠️ Fattura 2026/131 scartata dallo SdI", fmt="alt", html_kind="gmail",
  body="""Ciao Davide,

la fattura elettronica n. 2026/131 del 08/01/2027 intestata a STUDIO BELLATI ARCHITETTI è stata scartata dal Sistema di Interscambio.

Codice errore: 00305 - IdFiscaleIVA del CessionarioCommittente non valido
Descrizione: 1.4.1.1.2 <IdCodice> non valido: 0874512096

Cosa fare: correggi la partita IVA del cliente e invia di nuovo la fattura entro 5 giorni dalla data di scarto, mantenendo lo stesso numero e la stessa data.

Vai alla fattura → https://secure.fattureincloud.it/invoices-view-...

Il team di Fatture in Cloud
TeamSystem S.p.A.
""",
  label=dict(kind="other", reference="2026/131",
             note="E-invoicing rejection notice (scarto SdI), emoji in subject."))

M(persona="Fineco", date="2027-01-16 09:02 +0100",
  frm=("FinecoBank", "comunicazioni@fineco.it"), to=[DAV], subj="Fineco - Bonifico disposto",
  fmt="alt",
  body=bank_text("Bonifico disposto", "Hai disposto un bonifico SEPA dal tuo conto Fineco.",
                 [("Beneficiario", "STUDIO BELLINI COMMERCIALISTI ASSOCIATI"),
                  ("Importo", "634,40 EUR"), ("Causale", "SALDO FATTURA 12/2026 CONSULENZA CONTABILE"),
                  ("Data esecuzione", "16/01/2027")],
                 "Se non riconosci questa operazione contatta subito il Customer Care."),
  html=bank_html("Bonifico disposto", "#00467f", "Hai disposto un bonifico SEPA dal tuo conto Fineco.",
                 [("Beneficiario", "STUDIO BELLINI COMMERCIALISTI ASSOCIATI"),
                  ("Importo", "634,40 EUR"), ("Causale", "SALDO FATTURA 12/2026 CONSULENZA CONTABILE"),
                  ("Data esecuzione", "16/01/2027")],
                 "Se non riconosci questa operazione contatta subito il Customer Care.", "FINECO"),
  label=dict(kind="other",
             note="Outgoing transfer the owner made (pays his accountant; 'fattura 12/2026' is the "
                  "accountant's invoice) — same bank brand as an incoming notice."))

M(persona="PayPal", date="2027-02-03 22:41 +0100",
  frm=("service@paypal.it", "service@paypal.it"), to=[DAV],
  subj="Ricevuta del pagamento a Envato Pty Ltd",
  body="""Ciao Davide Conti,

Hai inviato un pagamento di 23,99 € EUR a Envato Pty Ltd.

Potrebbero essere necessari alcuni minuti prima che questa transazione appaia nel tuo conto.

Venditore
Envato Pty Ltd
Descrizione: WordPress theme license (regular)
Importo: 23,99 € EUR
Pagato con: Saldo PayPal

ID transazione: 3RT55107VK8842217
Data transazione: 3 febbraio 2027

PayPal (Europe) S.à r.l. et Cie, S.C.A.
""",
  label=dict(kind="other", note="Outgoing PayPal payment (purchase) — not money in."))

M(persona="Confartigianato Marca Trevigiana", date="2027-01-27 07:00 +0100",
  frm=("Confartigianato Marca Trevigiana", "newsletter@confartigianatomarca.it"), to=[GIU],
  subj="Scadenze fiscali di febbraio e novità sui pagamenti tra imprese", fmt="alt",
  hdrs=["List-Unsubscribe: <https://news.confartigianatomarca.it/unsubscribe?u=88211>",
        "Precedence: bulk", "X-Mailer: MailUp"],
  body="""NEWSLETTER n. 4/2027

SCADENZE DI FEBBRAIO
- 16/02: versamento IVA mensile, ritenute e contributi (F24)
- 16/02: INPS artigiani e commercianti, 4ª rata fissa 2026
- 28/02: Certificazione Unica: consegna ai percipienti entro il 16/03

RITARDI DI PAGAMENTO TRA IMPRESE
Dal 1° gennaio sono aggiornati gli interessi di mora per le transazioni commerciali (D.Lgs. 231/2002). I nostri uffici sono a disposizione degli associati per il calcolo degli interessi e la preparazione dei solleciti: prenota un appuntamento allo sportello Credito.

CORSI IN PARTENZA
Sicurezza sul lavoro, aggiornamento preposti: 12 e 19 febbraio, Treviso.

Ricevi questa comunicazione in quanto associato. Per non ricevere più la newsletter clicca qui.
""",
  label=dict(kind="other",
             note="Trade-association newsletter that talks about late payments and interest."))

M(persona="Satispay (privati)", date="2027-01-23 23:12 +0100",
  frm=("Satispay", "noreply@satispay.com"), to=[GIU], subj="Marco ti ha inviato 12,50 €",
  fmt="html", charset="utf-8",
  html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f7f7f7;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:480px;margin:0 auto;background:#fff;padding:32px 24px;text-align:center">
<img src="https://static.satispay.com/mail/logo.png" alt="Satispay" width="120">
<p style="font-size:40px;font-weight:bold;color:#f23c3c;margin:24px 0 8px">+ 12,50 €</p>
<p style="font-size:15px;color:#333"><b>Marco Tonon</b> ti ha inviato denaro</p>
<p style="font-size:16px;color:#333">"pizza di ieri 🍕"</p>
<p style="font-size:13px;color:#888">23 gennaio 2027, 23:11</p>
<p style="font-size:11px;color:#aaa;margin-top:32px">Satispay Europe S.A.</p>
</div></body></html>
""",
  label=dict(kind="other",
             note="Friend-to-friend Satispay transfer for a pizza: money in, but not a business "
                  "payment (the brief's 'Bizum between friends')."))

M(persona="Fatture in Cloud", date="2027-02-06 11:27 +0100",
  frm=("Fatture in Cloud", "notifiche@fattureincloud.it"), to=[DAV],
  subj="Brianza Casa Immobiliare srl ha visualizzato la fattura 2027/009", fmt="alt", html_kind="gmail",
  body="""Ciao Davide,

il tuo cliente Brianza Casa Immobiliare srl ha aperto la copia di cortesia della fattura n. 2027/009 (183,00 €) il 06/02/2027 alle 11:26.

Scadenza: 28/02/2027
Stato pagamento: non saldata

Vuoi ricordargli la scadenza? Puoi attivare i solleciti automatici dalle impostazioni.

Il team di Fatture in Cloud
""",
  label=dict(kind="other", reference="2027/009",
             note="'Invoice viewed' notice; states 'non saldata' — not a payment."))


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------
KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}
FIELDS = ["kind", "language", "split", "amount", "currency", "reference", "promised_date",
          "return_date", "failed_recipient", "permanent", "note"]


def split_of(persona):
    return "firstread4" if int(hashlib.sha1(persona.encode()).hexdigest(), 16) % 10 < 4 else "dev"


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def main():
    for f in os.listdir(OUT):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    lines = [f"# {PREFIX}: round 6, Italian voices (make.py writes this file).", ""]
    stats = {}
    for n, m in enumerate(MSGS, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        data = build(n, m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        lab = dict(m["label"])
        assert lab["kind"] in KINDS, (n, lab)
        lab.setdefault("language", "it")
        lab["split"] = split_of(m["persona"])
        for k in lab:
            assert k in FIELDS, (n, k)
        lines.append(f'[files."{name}"]')
        for k in FIELDS:
            if k in lab:
                lines.append(f"{k} = {toml_val(lab[k])}")
        lines.append("")
        key = (lab["kind"], lab["split"])
        stats[key] = stats.get(key, 0) + 1
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    # sanity check: every file parses and has the basic headers
    bad = 0
    for n in range(1, len(MSGS) + 1):
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(OUT, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not msg[h]:
                print(name, "missing", h)
                bad += 1
        try:
            msg["Date"].datetime
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
        except Exception as e:  # noqa
            print(name, "error", e)
            bad += 1
        if msg.defects:
            print(name, "defects", msg.defects)
    import tomllib
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        assert len(tomllib.load(fh)["files"]) == len(MSGS)
    print(f"{len(MSGS)} messages, {bad} problems")
    kinds = sorted({k for k, _ in stats})
    for k in kinds:
        print(f"  {k:24s} dev={stats.get((k, 'dev'), 0):3d} firstread4={stats.get((k, 'firstread4'), 0):3d}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
