#!/usr/bin/env python3
"""round7-it: hand-written Italian test mail for mailduns (client replies + machine mail).

Run: python3 make.py  -> writes r7i-NNNN.eml and labels.toml next to this file, then re-parses them.
Stdlib only. Bodies are written by hand below; only MIME plumbing, HTML skeletons and the quoted
mailduns reminders are generated.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import quopri
import struct
import textwrap
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "r7i"
MSGS = []

# --------------------------------------------------------------------------------------------
# the mailbox owners (freelancers); each has one numbering style
# --------------------------------------------------------------------------------------------
OWN = {
    # graphic designer, numbers "12/2026"
    "ale": dict(name="Alessandra Rossi", email="alessandra@example.it", host="example.it",
                bene="Alessandra Rossi", iban="IT60 X054 2811 1010 0000 0123 456", link=None),
    # photographer, numbers "2026/118"
    "dav": dict(name="Davide Colombo", email="info@davidecolombofoto.it", host="davidecolombofoto.it",
                bene="Davide Colombo Fotografia", iban="IT47 K030 6909 6061 0000 0117 823", link=None),
    # engineer working for public bodies, numbers "FPA 7/26"
    "chi": dict(name="Ing. Chiara Esposito", email="chiara.esposito@studioesposito.it",
                host="studioesposito.it", bene="Chiara Esposito",
                iban="IT12 A030 6903 2001 0000 0045 678", link=None),
    # web developer (e-commerce), numbers "LM-2026-031"
    "luc": dict(name="Luca Marchetti", email="luca@marchetti.dev", host="marchetti.dev",
                bene="Luca Marchetti", iban="IT29 R036 4601 6005 2634 5678 901",
                link="https://buy.stripe.com/8wM5kq2Xa0bT"),
    # translator / copywriter, numbers "45/2026"
    "fra": dict(name="Francesca Neri", email="francesca@neritraduzioni.it", host="neritraduzioni.it",
                bene="Francesca Neri", iban="IT82 Y020 0811 4300 0010 2345 611", link=None),
}

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]
MES3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
GIO3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]

ROME = ZoneInfo("Europe/Rome")


def D(s):
    return dt.date.fromisoformat(s)


def T(s, tz="Europe/Rome"):
    """'2026-12-03 10:14' -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def eur(x):
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


def dlong(d):
    return f"{d.day} {MESI[d.month - 1]} {d.year}"


def art(d, a):
    s = dlong(d)
    vowel = d.day in (8, 11)
    if a == "il":
        return ("l'" if vowel else "il ") + s
    if a == "del":
        return ("dell'" if vowel else "del ") + s
    if a == "dal":
        return ("dall'" if vowel else "dal ") + s
    if a == "al":
        return ("all'" if vowel else "al ") + s
    return s


# --------------------------------------------------------------------------------------------
# the mailduns letters the clients reply to (mirrors templates/it/*.txt.j2, filled in by hand)
# --------------------------------------------------------------------------------------------
INVOICE_MAIL = {
    "ale": "Buongiorno,\n\nin allegato la fattura n. {num} del {issue} relativa a {what}.\n\nResto a disposizione per qualsiasi chiarimento.\n\nUn saluto,\nAlessandra Rossi\nGraphic & brand design\nP.IVA 03456780123 — tel. 347 118 2290",
    "dav": "Buongiorno,\n\nvi invio la fattura n. {num} per {what}.\nLe coordinate per il bonifico sono indicate in fattura.\n\nGrazie ancora e a presto,\nDavide Colombo\nDavide Colombo Fotografia — www.davidecolombofoto.it",
    "chi": "Spett.le {client},\n\nsi trasmette in allegato copia di cortesia della fattura elettronica n. {num} del {issue}, inviata tramite SdI, relativa a {what}.\n\nDistinti saluti\nIng. Chiara Esposito\nStudio di ingegneria Esposito — Ordine Ingegneri di Salerno n. 6718",
    "luc": "Ciao,\n\nti allego la fattura {num} per {what}.\nPuoi pagare con bonifico o con carta da questo link: https://buy.stripe.com/8wM5kq2Xa0bT\n\nGrazie!\nLuca\n--\nLuca Marchetti — sviluppo web & e-commerce\nmarchetti.dev",
    "fra": "Gentile cliente,\n\nin allegato la fattura n. {num} per {what}.\n\nCordiali saluti\nFrancesca Neri\nTraduzioni EN/DE > IT — Socia AITI",
}


def payment_block(o, num):
    w = OWN[o]
    s = "Per il pagamento:\n- beneficiario: %s\n- IBAN: %s\n- causale: Fattura n. %s\n" % (w["bene"], w["iban"], num)
    if w["link"]:
        s += "- pagamento online: %s\n" % w["link"]
    return s


def fee_block(o, num, amount, due, sent, pa=False):
    if pa or amount is None:
        return ""
    days = (sent.date() - due).days
    if days < 1:
        return ""
    interest = round(amount * 0.1015 * days / 365, 2)
    tot = amount + interest + 40
    return ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
            "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
            "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
            "percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di "
            "risarcimento dei costi di recupero (art. 6).\n\n"
            "Ad oggi l'importo dovuto è il seguente:\n"
            f"- fattura n. {num}: {eur(amount)}\n"
            f"- interessi moratori {art(due + dt.timedelta(days=1), 'dal')} {art(sent.date(), 'al')} ({days} giorni al 10,15%): {eur(interest)}\n"
            f"- risarcimento forfettario dei costi di recupero: 40,00 €\n"
            f"- totale: {eur(tot)}\n\n")


def letter(step, o, inv, sent):
    """The text of the message the client is replying to."""
    w = OWN[o]
    num, amount, due = inv["num"], inv.get("amt"), inv.get("due")
    issue = inv.get("issue")
    sal = inv.get("sal") or "Buongiorno,"
    a = f" di {eur(amount)}" if amount else ""
    pa = inv.get("pa", False)
    pay = payment_block(o, num)
    if step == "invoice":
        return INVOICE_MAIL[o].format(num=num, issue=dlong(issue) if issue else "", what=inv.get("what", "il lavoro svolto"),
                                      client=inv.get("client", ""))
    if step == "courtesy":
        iss = f", emessa {art(issue, 'il')}," if issue else ""
        return (f"{sal}\n\nun breve promemoria: la fattura n. {num}{a}{iss} è in scadenza {art(due, 'il')}.\n\n"
                "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                f"{pay}\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n{w['name']}")
    if step == "due":
        late = (sent.date() - due).days
        if late > 0:
            l1 = (f"un promemoria: la fattura n. {num}{a} è scaduta {art(due, 'il')}. Se il pagamento non è ancora stato "
                  "disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
        elif late == 0:
            l1 = f"un promemoria: la fattura n. {num}{a} è in scadenza oggi, {dlong(due)}."
        else:
            l1 = f"un promemoria: la fattura n. {num}{a} è in scadenza {art(due, 'il')}."
        return (f"{sal}\n\n{l1}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo "
                f"messaggio.\n\n{pay}\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n{w['name']}")
    if step == "reminder":
        return (f"{sal}\n\nda un controllo la fattura n. {num}{a}, scaduta {art(due, 'il')}, risulta ancora da saldare. "
                "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare "
                "la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la "
                "fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
                f"{pay}\nCordiali saluti,\n{w['name']}")
    if step == "late_fee":
        days = (sent.date() - due).days
        dl = sent.date() + dt.timedelta(days=10)
        fees = fee_block(o, num, amount, due, sent, pa)
        tot = " dell'importo totale" if fees else ""
        return (f"{sal}\n\nla fattura n. {num}{a}, scaduta {art(due, 'il')}, risulta ancora da saldare: sono trascorsi "
                f"{days} giorni dalla scadenza.\n\n{fees}Chiedo cortesemente di provvedere al pagamento{tot} entro "
                f"{art(dl, 'il')}. Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. "
                "Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: "
                f"basta rispondere a questa email.\n\n{pay}\nCordiali saluti,\n{w['name']}")
    if step == "final":
        dl = sent.date() + dt.timedelta(days=15)
        fees = fee_block(o, num, amount, due, sent, pa)
        what = "dell'importo totale sopra indicato" if fees else (f"di {eur(amount)}" if amount else "dell'importo dovuto")
        iss = f" {art(issue, 'del')}" if issue else ""
        return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {num}{iss}\n\n{sal}\n\n"
                f"la fattura n. {num}{a}, scaduta {art(due, 'il')}, risulta ancora da saldare nonostante i precedenti solleciti.\n\n"
                f"{fees}Con la presente chiedo formalmente il pagamento {what} entro {art(dl, 'il')}. La presente vale quale "
                "atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini "
                "dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi "
                "competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del "
                "debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a "
                "parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la "
                "data del bonifico, così da poterlo verificare.\n\n"
                f"{pay}\nCordiali saluti,\n{w['name']}")
    if step == "suspension":
        dl = sent.date() + dt.timedelta(days=7)
        sd = dl + dt.timedelta(days=1)
        fees = fee_block(o, num, amount, due, sent, pa)
        return (f"{sal}\n\ntorno a scrivere in merito alla fattura n. {num}{a}, scaduta {art(due, 'il')}, che risulta ancora "
                f"da saldare.\n\n{fees}In mancanza del pagamento entro {art(dl, 'il')}, {art(sd, 'dal')} potrebbe essere "
                "necessario sospendere le attività in corso e i servizi da me forniti fino alla regolarizzazione. "
                "Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, possiamo concordare "
                f"una soluzione; basta rispondere a questa email.\n\n{pay}\nCordiali saluti,\n{w['name']}")
    if step == "promise_followup":
        pd_ = inv.get("pdate")
        if pd_:
            l1 = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {num}{a} sarebbe stato "
                  f"effettuato entro {art(pd_, 'il')}.")
        else:
            l1 = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {num}{a}, scaduta {art(due, 'il')}.")
        return (f"{sal}\n\n{l1}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta "
                "rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi "
                f"sapere entro quando posso aspettarlo.\n\n{pay}\nCordiali saluti,\n{w['name']}")
    if step == "paid_claim_followup":
        cd = inv.get("claim")
        c = f" {art(cd, 'il')}" if cd else ""
        return (f"{sal}\n\ngrazie per avermi comunicato{c} che la fattura n. {num}{a} è stata pagata.\n\n"
                "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede "
                "qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, "
                "chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di "
                f"inoltrarmi la contabile.\n\nPer un confronto, riporto le coordinate corrette:\n- beneficiario: {w['bene']}\n"
                f"- IBAN: {w['iban']}\n- causale: Fattura n. {num}\n\nSe il bonifico è stato disposto da pochi giorni, potrebbe "
                "semplicemente essere ancora in lavorazione: in tal caso mi basta una breve conferma. Grazie per la "
                f"collaborazione.\n\nCordiali saluti,\n{w['name']}")
    raise ValueError(step)


DEFAULT_SUBJ = {
    "invoice": "Fattura n. {num}",
    "courtesy": "Promemoria: fattura n. {num} in scadenza",
    "due": "Promemoria: fattura n. {num}",
    "reminder": "Sollecito fattura n. {num}",
    "late_fee": "Secondo sollecito – fattura n. {num}",
    "final": "Diffida di pagamento e costituzione in mora – fattura n. {num}",
    "suspension": "Fattura n. {num} – possibile sospensione dei servizi",
    "promise_followup": "Fattura n. {num} – aggiornamento sul pagamento",
    "paid_claim_followup": "Fattura n. {num} – pagamento non ancora ricevuto",
}

# --------------------------------------------------------------------------------------------
# quoting styles
# --------------------------------------------------------------------------------------------


def hhmm(t):
    return f"{t.hour:02d}:{t.minute:02d}"


def gt(lines_text):
    return "\n".join(("> " + l) if l else ">" for l in lines_text.split("\n"))


def quote_block(style, sent, owner, to_addr, subj, text):
    name, addr = owner["name"], owner["email"]
    if style == "gmail":
        head = (f"Il giorno {GIO3[sent.weekday()]} {sent.day} {MES3[sent.month - 1]} {sent.year} alle ore {hhmm(sent)} "
                f"{name} <{addr}> ha scritto:")
        return head + "\n\n" + gt(text) + "\n"
    if style == "apple":
        head = f"Il giorno {sent.day} {MES3[sent.month - 1]} {sent.year}, alle ore {hhmm(sent)}, {name} <{addr}> ha scritto:"
        return gt(head + "\n\n" + text) + "\n"
    if style == "thunderbird":
        head = f"Il {sent.day:02d}/{sent.month:02d}/{sent.year} {hhmm(sent)}, {name} ha scritto:"
        return head + "\n" + gt(text) + "\n"
    if style == "outlook":
        return ("________________________________\n"
                f"Da: {name} <{addr}>\nInviato: {GIORNI[sent.weekday()]} {dlong(sent)} {hhmm(sent)}\n"
                f"A: {to_addr}\nOggetto: {subj}\n\n{text}\n")
    if style == "outlook_old":
        return ("-----Messaggio originale-----\n"
                f"Da: {name} [mailto:{addr}]\nInviato: {GIORNI[sent.weekday()]} {dlong(sent)} {sent.hour}.{sent.minute:02d}\n"
                f"A: {to_addr}\nOggetto: {subj}\n\n{text}\n")
    if style == "libero":
        return ("----Messaggio originale----\n"
                f"Da: {addr}\nData: {sent.day}-{MES3[sent.month - 1]}-{sent.year} {sent.hour}.{sent.minute:02d}\n"
                f"A: <{to_addr}>\nOgg: {subj}\n\n{text}\n")
    if style == "android":
        head = f"Il {GIO3[sent.weekday()]} {sent.day} {MES3[sent.month - 1]} {sent.year}, {hhmm(sent)} {name} <{addr}> ha scritto:"
        return head + "\n\n" + gt(text) + "\n"
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# HTML skeletons
# --------------------------------------------------------------------------------------------


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras_html(text, tag="div"):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = "<br>".join(esc(l) for l in para.split("\n"))
        out.append(f"<{tag}>{lines}</{tag}>")
    return ("<div><br></div>" if tag == "div" else "\n").join(out)


def gmail_html(body, quote):
    h = '<div dir="ltr">' + paras_html(body) + "</div>"
    if quote:
        attr, orig = quote
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr) + '<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">' + paras_html(orig) + "</blockquote></div>")
    return h + "\n"


def outlook_html(body, quote, charset="utf-8"):
    ps = []
    for para in body.strip("\n").split("\n\n"):
        for l in para.split("\n"):
            ps.append(f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}<o:p></o:p></p>')
        ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
         f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
         '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
         'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;'
         '\n\tmso-fareast-language:EN-US;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\t'
         'text-decoration:underline;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t'
         '{size:612.0pt 792.0pt;\n\tmargin:70.85pt 2.0cm 2.0cm 2.0cm;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
         '</head>\n<body lang="IT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
         + "\n".join(ps))
    if quote:
        hdr, orig = quote
        hl = "<br>\n".join(
            (f"<b>{esc(l.split(':', 1)[0])}:</b>{esc(l.split(':', 1)[1])}" if ":" in l else esc(l)) for l in hdr)
        h += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              f'<p class="MsoNormal"><span style="mso-fareast-language:IT">{hl}<o:p></o:p></span></p>\n</div>\n'
              '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        for l in orig.split("\n"):
            h += f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}<o:p></o:p></p>\n'
    return h + "\n</div>\n</body>\n</html>\n"


# --------------------------------------------------------------------------------------------
# MIME serialisation (hand-rolled so that charsets / transfer encodings are exactly what we ask)
# --------------------------------------------------------------------------------------------
CODEC = {"utf-8": "utf-8", "iso-8859-1": "cp1252", "windows-1252": "cp1252", "us-ascii": "ascii",
         "iso-8859-15": "iso-8859-15"}


def leaf(ctype, content, charset="utf-8", cte="8bit", name=None, disp=None, extra=None, codec=None):
    return dict(leaf=True, ctype=ctype, content=content, charset=charset, cte=cte, name=name, disp=disp,
                extra=extra or [], codec=codec)


def multi(ctype, parts, extra=None):
    return dict(leaf=False, ctype=ctype, parts=parts, extra=extra or [])


def enc_payload(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data if data.endswith(b"\n") else data + b"\n"


def ser_part(p, counter):
    out = []
    if p["leaf"]:
        ct = p["ctype"]
        params = ""
        if ct.startswith("text/"):
            params = f'; charset="{p["charset"]}"' if p["charset"] else ""
            if ct == "text/plain" and p.get("flowed"):
                params += "; format=flowed"
        if p["name"]:
            params += f'; name="{p["name"]}"'
        out.append(f"Content-Type: {ct}{params}")
        out.append(f"Content-Transfer-Encoding: {p['cte']}")
        if p["disp"]:
            d = p["disp"] + (f'; filename="{p["name"]}"' if p["name"] else "")
            out.append(f"Content-Disposition: {d}")
        out += p["extra"]
        c = p["content"]
        if isinstance(c, str):
            c = c.encode(p["codec"] or CODEC.get(p["charset"] or "utf-8", "utf-8"))
        return ("\n".join(out) + "\n\n").encode("ascii") + enc_payload(c, p["cte"])
    counter[0] += 1
    h = hashlib.md5(repr(counter).encode() + p["ctype"].encode()).hexdigest()[:20]
    boundary = f"----=_Part_{counter[0]}_{h}"
    out.append(f'Content-Type: {p["ctype"]};\n\tboundary="{boundary}"')
    out += p["extra"]
    body = ("\n".join(out) + "\n\nThis is a multi-part message in MIME format.\n\n").encode("ascii")
    for sp in p["parts"]:
        body += f"--{boundary}\n".encode() + ser_part(sp, counter) + b"\n"
    body += f"--{boundary}--\n".encode()
    return body


def hval(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def addr(a):
    """'Name <x@y>' or 'x@y' -> encoded header value"""
    if "<" in a:
        n, e = a.rsplit("<", 1)
        n = n.strip().strip('"')
        return formataddr((n, e.rstrip(">").strip()), charset="utf-8")
    return a


def serialize(headers, root, counter_seed):
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {v}")
    counter = [counter_seed * 10]
    part = ser_part(root, counter)
    return ("\n".join(lines) + "\nMIME-Version: 1.0\n").encode("ascii") + part


def msgid(style, seed, host="mail.example.it"):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if style == "gmail":
        b = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:38].replace("/", "_")
        return f"<CA{b}@mail.gmail.com>"
    if style in ("outlook", "outlook_old"):
        return f"<AM{h[:2]}PR0{h[2]}MB{h[3:7]}{h[7:28]}@AM{h[:2]}PR0{h[2]}MB{h[3:7]}.eurprd0{h[4] if h[4].isdigit() else 4}.prod.outlook.com>"
    if style == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{host}>"
    if style == "libero":
        return f"<{int(h[:8], 16) % 10**9}.{int(h[8:12], 16)}.{int(h[12:20], 16) % 10**13}@libero.it>"
    return f"<{h[:12].lower()}.{h[12:20].lower()}@{host}>"


MUA_HDR = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook_old": [("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AdtF3c2B9kq0v7mTQvKpX0w1yZ2abc==")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "apple": [("X-Mailer", "iPhone Mail (22B91)")],
    "libero": [("X-Mailer", "Libero Mail (webmail)")],
}

# --------------------------------------------------------------------------------------------
# fake attachments
# --------------------------------------------------------------------------------------------


def fake_pdf(title):
    body = f"BT /F1 11 Tf 72 760 Td ({title}) Tj ET".encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length " + str(len(body)).encode() + b">>stream\n" + body + b"\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png(w=4, h=3):
    raw = b"".join(b"\x00" + bytes([200, 210, 220] * w) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def att_pdf(name, title=None):
    return leaf("application/pdf", fake_pdf(title or name), charset=None, cte="base64", name=name, disp="attachment")


def att_png(name):
    return leaf("image/png", fake_png(), charset=None, cte="base64", name=name, disp="attachment")


def att_jpg(name):
    return leaf("image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9",
                charset=None, cte="base64", name=name, disp="attachment")


def att_xml(name, text):
    return leaf("application/xml", text, charset=None, cte="base64", name=name, disp="attachment", codec="utf-8")


# --------------------------------------------------------------------------------------------
# message constructors
# --------------------------------------------------------------------------------------------


def dd(s):
    return textwrap.dedent(s).strip("\n")


def R(kind, *, o, frm, body, date, num, tz="Europe/Rome", amt=None, due=None, issue=None, sal=None, step="reminder",
      osent=None, subj=None, pre="Re: ", quote="gmail", mua=None, html=None, charset="utf-8", cte=None, to=None,
      cc=None, att=(), hdr=(), lab=None, note="", what=None, pa=False, pdate=None, claim=None, inv_client="",
      ref_chain=1, flowed=False):
    """A human reply to an invoice mail or a mailduns reminder."""
    MSGS.append(dict(t="reply", kind=kind, o=o, frm=frm, body=dd(body), date=T(date, tz), num=num, amt=amt,
                     due=D(due) if due else None, issue=D(issue) if issue else None, sal=sal, step=step,
                     osent=T(osent) if osent else None, subj=subj, pre=pre, quote=quote, mua=mua or quote,
                     html=html, charset=charset, cte=cte, to=to, cc=cc, att=list(att), hdr=list(hdr),
                     lab=lab or {}, note=note, what=what, pa=pa, pdate=D(pdate) if pdate else None,
                     claim=D(claim) if claim else None, inv_client=inv_client, ref_chain=ref_chain, flowed=flowed))


def X(kind, *, frm, to, subj, date, root, tz="Europe/Rome", hdr=(), lab=None, note="", mid=None, irt=None):
    """A machine message; root is a leaf()/multi() tree written by hand."""
    MSGS.append(dict(t="raw", kind=kind, frm=frm, to=to, subj=subj, date=T(date, tz), root=root, hdr=list(hdr),
                     lab=lab or {}, note=note, mid=mid, irt=irt))


def orig_of(m):
    """(sent datetime, subject, message-id, text) of the message being replied to."""
    o = OWN[m["o"]]
    step = m["step"]
    inv = dict(num=m["num"], amt=m["amt"], due=m["due"], issue=m["issue"], sal=m["sal"], pa=m["pa"],
               pdate=m["pdate"], claim=m["claim"], what=m["what"] or "il lavoro svolto", client=m["inv_client"])
    sent = m["osent"]
    if sent is None:
        back = 1 if m["date"].hour >= 12 else 2
        d0 = (m["date"] - dt.timedelta(days=back)).date()
        if step == "invoice" and m["issue"]:
            d0 = m["issue"]
        sent = dt.datetime(d0.year, d0.month, d0.day, 9, 0 + (len(m["num"]) * 7) % 50, tzinfo=ROME)
    subj = m["subj"] or DEFAULT_SUBJ[step].format(num=m["num"])
    text = letter(step, m["o"], inv, sent)
    mid = f"<mailduns.{hashlib.sha1((m['num'] + step + str(sent)).encode()).hexdigest()[:16]}@{o['host']}>"
    return sent, subj, mid, text


def build_reply(i, m):
    o = OWN[m["o"]]
    sent, osubj, omid, otext = orig_of(m)
    frm = m["frm"]
    fr_addr = frm.rsplit("<", 1)[1].rstrip(">") if "<" in frm else frm
    subject = (m["pre"] or "") + osubj if m["pre"] is not None else osubj
    body = m["body"]
    quote = m["quote"]
    qtxt = ""
    if quote and quote != "none":
        qtxt = quote_block(quote, sent, o, fr_addr, osubj, otext)
    if "{Q}" in body:
        text = body.replace("{Q}", qtxt.rstrip("\n"))
    elif qtxt:
        sep = "\n\n" if quote in ("outlook", "outlook_old", "libero") else "\n\n"
        text = body + sep + qtxt
    else:
        text = body + "\n"
    charset = m["charset"]
    cte = m["cte"] or ("8bit" if charset != "us-ascii" else "7bit")
    tpart = leaf("text/plain", text, charset=charset, cte=cte)
    if m["flowed"]:
        tpart["flowed"] = True
    root = tpart
    if m["html"]:
        hcte = "quoted-printable" if cte in ("8bit", "7bit") else cte
        if quote in ("outlook", "outlook_old"):
            qh = [f"Da: {o['name']} <{o['email']}>", f"Inviato: {GIORNI[sent.weekday()]} {dlong(sent)} {hhmm(sent)}",
                  f"A: {fr_addr}", f"Oggetto: {osubj}"]
            h = outlook_html(body.replace("{Q}", ""), (qh, otext) if qtxt else None, charset)
        else:
            attr = (f"Il giorno {GIO3[sent.weekday()]} {sent.day} {MES3[sent.month - 1]} {sent.year} alle ore {hhmm(sent)} "
                    f"{o['name']} <{o['email']}> ha scritto:")
            h = gmail_html(body.replace("{Q}", ""), (attr, otext) if qtxt else None)
        hpart = leaf("text/html", h, charset=charset, cte=hcte)
        root = hpart if m["html"] == "only" else multi("multipart/alternative", [tpart, hpart])
    if m["att"]:
        root = multi("multipart/mixed", [root] + m["att"])
    refs = omid
    if m["ref_chain"] > 1:
        refs = f"<{hashlib.md5(m['num'].encode()).hexdigest()[:14]}@{o['host']}>\n " + omid
    host = fr_addr.split("@")[1]
    headers = []
    if m["hdr"]:
        headers += [(k, v) for k, v in m["hdr"] if k.lower().startswith("return-path") or k.lower() == "received"]
    headers += [
        ("Date", format_datetime(m["date"])),
        ("From", addr(frm)),
        ("To", addr(m["to"] or f"{o['name']} <{o['email']}>")),
    ]
    if m["cc"]:
        headers.append(("Cc", ", ".join(addr(c) for c in m["cc"])))
    headers += [
        ("Subject", hval(subject)),
        ("Message-ID", msgid(m["mua"], f"{i}-{frm}-{m['date']}", host)),
        ("In-Reply-To", omid),
        ("References", refs),
    ]
    headers += MUA_HDR.get(m["mua"], [])
    headers += [(k, v) for k, v in m["hdr"] if not (k.lower().startswith("return-path") or k.lower() == "received")]
    return serialize(headers, root, i)


def build_raw(i, m):
    headers = [("Date", format_datetime(m["date"])), ("From", addr(m["frm"])), ("To", addr(m["to"])),
               ("Subject", hval(m["subj"])),
               ("Message-ID", m["mid"] or msgid("generic", f"{i}-{m['frm']}-{m['date']}",
                                                 m["frm"].rsplit("@", 1)[1].rstrip(">")))]
    if m["irt"]:
        headers += [("In-Reply-To", m["irt"]), ("References", m["irt"])]
    pre = [(k, v) for k, v in m["hdr"] if k.lower() in ("return-path", "received")]
    post = [(k, v) for k, v in m["hdr"] if k.lower() not in ("return-path", "received")]
    return serialize(pre + headers + post, m["root"], i)


def reminder_mid(o, num, step, sent):
    """Message-ID mailduns would have given a reminder (used in bounces / auto-replies)."""
    return f"<mailduns.{hashlib.sha1((num + step + str(sent)).encode()).hexdigest()[:16]}@{OWN[o]['host']}>"


# --------------------------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------------------------
KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}


def tq(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def main():
    for old in HERE.glob(PREFIX + "-*.eml"):
        old.unlink()
    out = ["# round7-it — Italian client replies and machine mail, hand-written. Generated by make.py.", ""]
    order = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
             "failed_recipient", "permanent", "note"]
    for i, m in enumerate(MSGS, 1):
        assert m["kind"] in KINDS, m["kind"]
        name = f"{PREFIX}-{i:04d}.eml"
        data = build_reply(i, m) if m["t"] == "reply" else build_raw(i, m)
        (HERE / name).write_bytes(data)
        lab = dict(kind=m["kind"], language=m["lab"].pop("language", "it"), split="dev")
        lab.update(m["lab"])
        lab["note"] = m["note"]
        out.append(f'[files."{name}"]')
        for k in order:
            if k in lab and lab[k] is not None:
                out.append(f"{k} = {tq(lab[k])}")
        for k in lab:
            assert k in order, (name, k)
        out.append("")
    (HERE / "labels.toml").write_text("\n".join(out), encoding="utf-8")
    check()


def check():
    import tomllib
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    files = sorted(HERE.glob(PREFIX + "-*.eml"))
    assert len(files) == len(labels) == len(MSGS)
    counts = {}
    for f in files:
        msg = email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (f.name, h)
        msg["Date"].datetime  # parses
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        lab = labels[f.name]
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
        if lab["kind"] == "bounce":
            assert "permanent" in lab and "failed_recipient" in lab, f.name
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", f.name
            assert dt.date.fromisoformat(lab["promised_date"]) >= msg["Date"].datetime.date(), f.name
        if "return_date" in lab:
            assert lab["kind"] == "auto-reply", f.name
    print(len(files), "messages;", ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))


def alt(text, html, charset="utf-8", cte="quoted-printable"):
    return multi("multipart/alternative", [leaf("text/plain", dd(text) + "\n", charset=charset, cte=cte),
                                           leaf("text/html", html, charset=charset, cte=cte)])


def simple_html(title, paras, brand="#222", footer=""):
    ps = "\n".join(f'<p style="margin:0 0 14px 0">{p}</p>' for p in paras)
    return ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>' + esc(title) + '</title></head>'
            '<body style="margin:0;background:#f4f4f6;font-family:Helvetica,Arial,sans-serif;color:#222">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#fff;margin:24px 0">'
            f'<tr><td style="border-top:4px solid {brand}">\n{ps}\n'
            f'<p style="font-size:11px;color:#888;margin-top:28px">{footer}</p></td></tr></table>'
            '</td></tr></table></body></html>\n')


# ============================================================================================
# THE MESSAGES (all bodies hand-written)
# ============================================================================================

# 0001 — Comune, mandato di pagamento emesso, split payment
R("client-reply-paid", o="chi", frm="Ufficio Ragioneria - Comune di Valdicastello <ragioneria@comune.valdicastello.it>",
  date="2026-12-03 11:42", num="FPA 7/26", amt=1560.00, due="2026-11-20", issue="2026-10-21",
  sal="Spett.le Comune di Valdicastello,", step="reminder", osent="2026-12-01 09:05", quote="outlook", html="alt",
  body="""
  Gentile Ing. Esposito,

  in riscontro alla Sua del 1° dicembre u.s., si comunica che la fattura elettronica n. FPA 7/26 del 21/10/2026 (ns. prot. n. 14872) è stata liquidata con determina del Responsabile del Settore Tecnico n. 312 del 24/11/2026 e che in data 02/12/2026 è stato emesso il mandato di pagamento n. 1843 per l'importo di € 1.560,00, pari all'imponibile comprensivo del contributo integrativo.

  L'IVA, pari a € 343,20, è stata trattenuta e verrà versata direttamente all'Erario ai sensi dell'art. 17-ter del D.P.R. 633/1972 (scissione dei pagamenti).

  I tempi di accredito sul conto dedicato dipendono dal Tesoriere comunale.

  Distinti saluti

  Rag. Marisa Cappello
  Servizio Finanziario – Ufficio Ragioneria
  Comune di Valdicastello
  Piazza del Municipio, 1 – 84060 Valdicastello (SA)
  Tel. 0974 555214 – PEC: protocollo@pec.comune.valdicastello.it

  Le informazioni contenute nella presente comunicazione sono riservate e destinate esclusivamente al destinatario. Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, qualora il messaggio Le fosse pervenuto per errore, La preghiamo di eliminarlo e di darne comunicazione al mittente.
  """,
  lab=dict(amount="1560.00", reference="FPA 7/26"),
  note="PA formal voice: liquidation decree + mandato di pagamento already issued = the entity has paid; treasury "
       "timing is only transit. Amount is the net of split-payment IVA (343,20 withheld by law), not a short payment.")

# 0002 — B&B romano, venerdì
R("client-reply-promise", o="dav", frm="Fabrizio Cenci <fabrizio.cenci74@gmail.com>", date="2026-12-01 21:17",
  num="2026/118", amt=450.00, due="2026-11-25", sal="Gentile Fabrizio Cenci,", step="reminder", quote="android",
  mua="gmail", body="""
  Ciao Davide! Scusame, me so' proprio scordato, co' 'sti ponti e er pienone nun ce sto più a capì niente.
  Venerdì te faccio er bonifico, promesso.

  Le foto so' piaciute a tutti, da quando l'avemo messe su Booking avemo già fatto du' prenotazioni pe' Capodanno 😄

  Fabrizio
  B&B Casa Trastevere
  """,
  lab=dict(promised_date="2026-12-04"),
  note="Romanesco. 'Venerdì' from Tuesday 1 Dec -> Friday 4 Dec 2026.")

# 0003 — studio di architettura contesta l'importo rispetto al preventivo
R("client-reply-dispute", o="ale", frm="Arch. Giovanni Landi <g.landi@ferrilandi-architetti.it>",
  date="2026-11-18 09:05", num="41/2026", amt=1342.00, due="2026-11-15", sal="Spett.le Ferri & Landi Architetti Associati,",
  step="reminder", osent="2026-11-17 09:12", quote="outlook", mua="outlook",
  att=[att_pdf("Preventivo_AR_settembre2026.pdf", "Preventivo Alessandra Rossi - restyling logo e brochure")],
  body="""
  Buongiorno Alessandra,

  riprendo il sollecito perché in realtà la fattura l'avevamo messa da parte apposta: nel preventivo che ci hai mandato a settembre (te lo riallego) il restyling del logo e l'impaginazione della brochure erano a corpo, 800 € + IVA. In fattura invece troviamo 1.100 € + IVA, con 300 € di "revisioni aggiuntive" che non ricordo di aver mai concordato: le revisioni previste erano tre e sono state tre.

  Mandaci una nota di credito per la differenza e paghiamo subito l'importo del preventivo.

  Grazie, buona giornata
  Giovanni

  Arch. Giovanni Landi
  Ferri & Landi Architetti Associati
  Via Saragozza 112 – 40135 Bologna
  T. 051 644 2718
  """,
  note="Architecture studio contests 300 EUR of extra revisions vs the quote and asks for a credit note; offers to pay "
       "the quoted amount once corrected -> dispute. No invoice number in their text.")

# 0004 — non trovo la fattura, me la rimanda?
R("client-reply-other", o="fra", frm="simona.pace@libero.it", date="2026-12-10 16:22", num="52/2026", amt=366.00,
  due="2026-12-05", step="due", osent="2026-12-07 09:30", quote="libero", mua="libero",
  body="""
  Buongiorno, mi scusi ma non trovo più la mail con la fattura, me la può rimandare? così la giro in amministrazione.
  Grazie
  Simona
  """,
  note="Plain request to resend the invoice; no claim about payment.")

# 0005 — Qonto: bonifico in entrata
X("payment-notification", frm="Qonto <notifications@qonto.com>", to="Alessandra Rossi <alessandra@example.it>",
  subj="Hai ricevuto un bonifico di 976,00 €", date="2026-11-27 14:03",
  root=alt("""
  Ciao Alessandra,

  hai ricevuto un bonifico di 976,00 € sul conto Conto principale.

  Ordinante: FERRI E LANDI ARCHITETTI ASSOCIATI
  Causale: SALDO FT 41 2026 AL NETTO NC 3 2026
  Data valuta: 27/11/2026

  Vedi la transazione nell'app: https://app.qonto.com/transactions/8f1c2e

  A presto,
  Il team Qonto

  Qonto è un marchio di Olinda SAS, istituto di pagamento autorizzato. Non rispondere a questa email.
  """, simple_html("Bonifico ricevuto", [
      "Ciao Alessandra,", "hai ricevuto un bonifico di <b>976,00&nbsp;€</b> sul conto <b>Conto principale</b>.",
      "Ordinante: FERRI E LANDI ARCHITETTI ASSOCIATI<br>Causale: SALDO FT 41 2026 AL NETTO NC 3 2026<br>Data valuta: 27/11/2026",
      '<a href="https://app.qonto.com/transactions/8f1c2e">Vedi la transazione</a>', "A presto,<br>Il team Qonto"],
      brand="#6b5bff", footer="Qonto è un marchio di Olinda SAS, istituto di pagamento autorizzato. Non rispondere a questa email.")),
  hdr=[("X-Mailer", "Customer.io")],
  lab=dict(amount="976.00", reference="41/2026"),
  note="Bank (Qonto) notice of an incoming transfer; causale names invoice 41 2026 (net of a credit note).")

# 0006 — ASL: attesa regolarità contributiva, poi determina e mandato
R("client-reply-promise", o="chi", frm="UOC Gestione Economico Finanziaria <bilancio.fornitori@asl-altotirreno.it>",
  date="2026-12-02 10:03", num="FPA 9/26", amt=2496.00, due="2026-11-30", sal="Spett.le ASL Alto Tirreno,", step="due",
  osent="2026-11-30 09:02", quote="outlook_old", mua="outlook_old",
  body="""
  Gent.ma Ing. Esposito,

  si conferma che la fattura in oggetto è regolarmente pervenuta tramite SdI ed è stata accettata.
  Per procedere alla liquidazione si è in attesa dell'esito della verifica di regolarità contributiva presso Inarcassa, richiesta da questa U.O. in data 25/11/2026. Acquisito l'esito, si procederà con l'adozione della determina di liquidazione e con l'emissione del relativo mandato di pagamento.

  Cordiali saluti

  Dott. Pietro Malinconico
  UOC Gestione Economico Finanziaria – Settore Fornitori
  ASL Alto Tirreno
  ----------------------------------------------------------------
  Questa e-mail e gli eventuali allegati sono riservati e destinati unicamente alle persone sopra indicate. L'ASL Alto Tirreno non si assume alcuna responsabilità per eventuali errori o omissioni. Prima di stampare questa e-mail pensa all'ambiente.
  """,
  note="PA: not paid yet; they will liquidate and pay once the contributory-regularity check comes back. Commitment "
       "with a condition and no date -> promise without promised_date.")

# 0007 — segretaria: il dottore dice che il bonifico è partito venerdì scorso, contabile allegata
R("client-reply-paid", o="dav", frm="Segreteria Studio Dentistico Sala <segreteria@studiodentisticosala.it>",
  date="2027-01-12 15:40", num="2026/131", amt=380.00, due="2026-12-31", sal="Spett.le Studio Dentistico Dott. Sala,",
  step="reminder", osent="2027-01-11 09:20", quote="gmail", mua="gmail",
  att=[att_pdf("contabile_bonifico_08012027.pdf", "Contabile bonifico SEPA 380,00 EUR")],
  body="""
  Gentile sig. Colombo,

  il dottore mi dice di comunicarle che il bonifico è stato fatto venerdì scorso, le allego la contabile.
  Ci scusi per il ritardo ma con la chiusura di fine anno siamo rimasti un po' indietro con tutto.

  Cordiali saluti
  Monica
  Segreteria Studio Dentistico Dott. Marco Sala
  Via Emilia Ovest 45, Parma – tel. 0521 998 120
  """,
  note="Secretary speaking for the dentist ('il dottore mi dice'); transfer made last Friday, receipt PDF attached.")

# 0008 — e-commerce: checkout non funziona, non paghiamo
R("client-reply-dispute", o="luc", frm="Roberta Galli <roberta@bottegadelte.it>", date="2026-12-02 08:51",
  num="LM-2026-031", amt=2440.00, due="2026-11-30", sal="Spett.le Bottega del Tè srl,", step="due",
  osent="2026-12-01 09:00", quote="gmail", html="alt", att=[att_png("Screenshot 2026-12-01 alle 23.14.07.png")],
  body="""
  Luca, ti rispondo qui anche se ne abbiamo già parlato al telefono.

  Finché il checkout con PayPal continua a dare errore (ultimo ordine perso ieri sera alle 23, ti allego lo screenshot) la fattura non la paghiamo. Non è una questione di soldi: ci avevi garantito il go-live per il Black Friday e abbiamo perso il weekend migliore dell'anno.

  Sistema il problema e poi parliamo anche del saldo.

  Roberta
  --
  Roberta Galli
  Bottega del Tè srl — e-shop & negozio
  Via dei Mille 18, Torino
  """,
  note="E-commerce client withholds payment until the checkout bug is fixed and hints at renegotiating -> dispute.")

# 0009 — Comune: ufficio chiuso fino al 6 gennaio compreso (RFC 3834 headers)
X("auto-reply", frm="Ufficio Ragioneria - Comune di Valdicastello <ragioneria@comune.valdicastello.it>",
  to="Ing. Chiara Esposito <chiara.esposito@studioesposito.it>",
  subj="Risposta automatica: Sollecito fattura n. FPA 12/26", date="2026-12-28 09:00",
  irt=reminder_mid("chi", "FPA 12/26", "reminder", "2026-12-28"),
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
       ("X-Auto-Response-Suppress", "All")],
  root=leaf("text/plain", dd("""
  Si comunica che l'Ufficio Ragioneria resterà chiuso al pubblico dal 24 dicembre 2026 al 6 gennaio 2027 compreso, come da disposizione del Segretario Generale n. 41/2026.

  Le comunicazioni pervenute in tale periodo saranno protocollate ed evase a partire dalla riapertura degli uffici.
  Per le comunicazioni aventi valore legale si prega di utilizzare la PEC: protocollo@pec.comune.valdicastello.it

  Servizio Finanziario – Comune di Valdicastello
  """) + "\n", cte="quoted-printable"),
  lab=dict(return_date="2027-01-07"),
  note="Office closed 'fino al 6 gennaio 2027 compreso' -> back 7 January. Standard auto-reply headers.")

# 0010 — agenzia: rientra nel pagamento fornitori di fine mese
R("client-reply-promise", o="ale", frm="Amministrazione Pixel&Co <amministrazione@pixeleco.it>", date="2026-12-10 14:20",
  num="44/2026", amt=610.00, due="2026-12-05", sal="Spett.le Pixel&Co Comunicazione srl,", step="due",
  osent="2026-12-07 09:00", quote="outlook", mua="outlook", html="only", charset="windows-1252",
  cte="quoted-printable",
  body="""
  Buongiorno,

  la fattura in oggetto è stata approvata dal reparto creativo e rientra nel pagamento fornitori di fine mese.

  Cordiali saluti

  Ufficio Amministrazione
  Pixel&Co Comunicazione S.r.l. | Via Tortona 27, 20144 Milano
  """,
  lab=dict(promised_date="2026-12-31"),
  note="Agency accounts, HTML-only Outlook in windows-1252. 'pagamento fornitori di fine mese' on 10 Dec -> 31 Dec.")

# 0011 — laboratorio di ceramica emiliano: pagata adesso dall'app
R("client-reply-paid", o="ale", frm="Gianna Vaccari <giannavaccari@icloud.com>", date="2026-11-26 22:10",
  num="39/2026", amt=305.00, due="2026-11-20", sal="Gentile Gianna Vaccari,", step="reminder",
  osent="2026-11-26 09:15", quote="apple", mua="apple",
  body="""
  Ciao Ale! Ma sai che me l'ero proprio persa?? L'ho pagata adesso adesso dall'app, dovresti vederla domani. Scusa neh, sono una patacca 🙈

  Ci vediamo al mercatino sabato? Porto le tazze nuove con il logo che mi hai fatto, sono venute una meraviglia

  Baci
  Gianna

  Inviato da iPhone
  """,
  note="Emilian-Romagnol informal voice, iPhone. Paid 'adesso adesso' from the banking app.")

# 0012 — concessionaria: mail con IBAN diverso, è vero?
R("client-reply-other", o="dav", frm="Daniela Ricci <d.ricci@autosalonemorandi.it>", date="2026-12-15 09:31",
  num="2026/124", amt=1830.00, due="2026-12-10", sal="Spett.le Autosalone Morandi S.p.A.,", step="reminder",
  osent="2026-12-14 09:10", quote="outlook", mua="outlook", html="only", charset="iso-8859-1", cte="quoted-printable",
  body="""
  Buongiorno Sig. Colombo,

  stamattina ci è arrivata una mail a Suo nome con un IBAN diverso (una banca lituana…) e la richiesta di pagare lì la fattura 2026/124 e anche la prossima. Prima di fare qualsiasi cosa volevo chiederLe conferma: ha cambiato banca? Mi sembra strano, anche perché l’indirizzo del mittente era “davidecolombo.foto@outlook.com”.

  Resto in attesa, grazie.

  Daniela Ricci
  Amministrazione – Autosalone Morandi S.p.A.
  Concessionaria Volkswagen – Skoda
  Strada Statale 9, 42 – 40026 Imola (BO)

  AVVISO DI RISERVATEZZA: questo messaggio e i suoi allegati sono destinati esclusivamente al destinatario indicato. Se lo ha ricevuto per errore, La preghiamo di cancellarlo e di avvisare il mittente.
  """,
  lab=dict(reference="2026/124"),
  note="Car dealer asks whether a (phishing) IBAN change is genuine; not paid, no promise. HTML-only, declared "
       "iso-8859-1 but with Windows-1252 bytes (curly quotes, ellipsis).")

# 0013 — bounce Aruba (Postfix, italiano): utente inesistente
X("bounce", frm="Mail Delivery System <MAILER-DAEMON@smtpdh17.ad.aruba.it>", to="info@davidecolombofoto.it",
  subj="Messaggio non recapitato: Sollecito fattura n. 2026/127", date="2026-12-09 09:21",
  hdr=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
  root=multi("multipart/report; report-type=delivery-status", [
      leaf("text/plain", dd("""
      Questo è il sistema di posta di smtpdh17.ad.aruba.it.

      Siamo spiacenti di doverLa informare che il Suo messaggio non è stato recapitato
      a uno o più destinatari. Il messaggio originale è allegato.

      Per ulteriore assistenza contatti il Suo postmaster.

      Non è stato possibile recapitare il messaggio al seguente indirizzo:

      <info@bbilglicine.it>: host mx.bbilglicine.it[185.2.4.77] said: 550 5.1.1
          <info@bbilglicine.it>: Recipient address rejected: User unknown in virtual
          mailbox table (in reply to RCPT TO command)
      """) + "\n", cte="8bit"),
      leaf("message/delivery-status", dd("""
      Reporting-MTA: dns; smtpdh17.ad.aruba.it
      X-Postfix-Queue-ID: 4R7x2B0m9Vz1XLm
      X-Postfix-Sender: rfc822; info@davidecolombofoto.it
      Arrival-Date: Wed,  9 Dec 2026 09:20:58 +0100 (CET)

      Final-Recipient: rfc822; info@bbilglicine.it
      Original-Recipient: rfc822;info@bbilglicine.it
      Action: failed
      Status: 5.1.1
      Remote-MTA: dns; mx.bbilglicine.it
      Diagnostic-Code: smtp; 550 5.1.1 <info@bbilglicine.it>: Recipient address
          rejected: User unknown in virtual mailbox table
      """) + "\n", charset=None, cte="7bit"),
      leaf("text/rfc822-headers", dd("""
      Return-Path: <info@davidecolombofoto.it>
      Date: Wed, 09 Dec 2026 09:20:41 +0100
      From: Davide Colombo <info@davidecolombofoto.it>
      To: B&B Il Glicine <info@bbilglicine.it>
      Subject: Sollecito fattura n. 2026/127
      Message-ID: """ + reminder_mid("dav", "2026/127", "reminder", "2026-12-09") + """
      MIME-Version: 1.0
      Content-Type: text/plain; charset="utf-8"
      """) + "\n", charset=None, cte="7bit"),
  ]),
  lab=dict(failed_recipient="info@bbilglicine.it", permanent=True),
  note="Postfix DSN in Italian (Aruba), 5.1.1 user unknown -> permanent.")

# 0014 — vinyl shop: domani mattina
R("client-reply-promise", o="luc", frm="Marco Vinile <marco@vinilificio.it>", date="2026-11-19 19:45",
  num="LM-2026-027", amt=732.00, due="2026-11-15", step="reminder", osent="2026-11-19 09:04", quote="gmail",
  body="""
  Ciao Luca, hai ragione scusa!! Domani mattina faccio il bonifico, stasera non riesco perché la banca mi chiede l'OTP e il telefono mi è morto 🙈

  Marco
  """,
  lab=dict(promised_date="2026-11-20"),
  note="'Domani mattina' written Thursday 19 Nov evening -> 20 Nov.")

# 0015 — segretaria del poliambulatorio: il dottore dice che l'importo non è quello concordato
R("client-reply-dispute", o="dav", frm="Laura Bianchi <segreteria@poliambulatoriosanluca.it>", date="2026-11-24 10:12",
  num="2026/121", amt=1037.00, due="2026-11-20", sal="Spett.le Poliambulatorio San Luca,", step="reminder",
  osent="2026-11-23 09:30", quote="outlook", mua="outlook",
  body="""
  Buongiorno,

  il dottore mi dice che l'importo non è quello concordato: con lui avevate parlato di 600 euro per tutto il servizio, comprese le foto dello staff, mentre in fattura risultano 850 euro più IVA. Le chiede quindi di rivedere la fattura prima che la passiamo in pagamento.

  Il dott. Ferraris è in studio il martedì e il giovedì pomeriggio se vuole chiamarlo direttamente.

  Cordiali saluti
  Laura Bianchi
  Segreteria – Poliambulatorio San Luca
  tel. 0331 456 780
  """,
  note="Secretary relays the doctor's objection: agreed 600 vs 850+IVA invoiced -> dispute.")

# 0016 — scuola statale: servono tracciabilità e regolarità contributiva
R("client-reply-other", o="chi", frm="Istituto Comprensivo Statale G. Rodari <saic8ab00x@istruzione.it>",
  date="2026-12-09 12:30", num="FPA 11/26", amt=1248.00, due="2026-12-06",
  sal="Spett.le Istituto Comprensivo Statale \"G. Rodari\",", step="due", osent="2026-12-07 09:00", quote="none",
  body="""
  Gent.ma Ing. Esposito,

  con riferimento alla fattura n. FPA 11/26 relativa all'incarico di RSPP per l'a.s. 2026/27, si comunica che per procedere al pagamento è necessario che la S.V. trasmetta a questo Ufficio:

  - la dichiarazione di tracciabilità dei flussi finanziari ai sensi dell'art. 3 della L. 136/2010, con l'indicazione del conto corrente dedicato e delle persone delegate ad operare su di esso;
  - la dichiarazione sostitutiva relativa alla regolarità contributiva (Inarcassa).

  Si resta in attesa di quanto richiesto.

  Il Direttore dei Servizi Generali e Amministrativi
  Dott.ssa Anna Maria Ruggiero

  ISTITUTO COMPRENSIVO STATALE "GIANNI RODARI"
  Via della Repubblica, 3 – 84047 Capaccio Paestum (SA)
  C.M. SAIC8AB00X – C.F. 90012340654 – Codice Univoco Ufficio: UF7K2P
  """,
  lab=dict(reference="FPA 11/26"),
  note="State school asks for documents (L. 136/2010 traceability, contributory regularity) before paying; no "
       "commitment, no claim -> other.")

# 0017 — editore: ecco la contabile (inoltro dentro la risposta)
R("client-reply-paid", o="fra", frm="Elena Marchi <elena.marchi@marchieditore.it>", date="2026-12-04 10:30",
  num="48/2026", amt=854.00, due="2026-11-30", sal="Spett.le Marchi Editore srl,", step="reminder",
  osent="2026-12-03 09:40", quote="gmail",
  body="""
  Ciao Francesca, ecco qua, scusa il ritardo!

  ---------- Forwarded message ---------
  Da: Intesa Sanpaolo <noreply@intesasanpaolo.com>
  Date: ven 4 dic 2026 alle ore 10:12
  Subject: Esito disposizione bonifico
  To: <amministrazione@marchieditore.it>


  Gentile Cliente,

  la disposizione di bonifico SEPA da Lei inserita è stata eseguita.

  Ordinante: MARCHI EDITORE SRL
  Beneficiario: NERI FRANCESCA
  IBAN beneficiario: IT82Y0200811430000102345611
  Importo: 854,00 EUR
  Data esecuzione: 04/12/2026
  Causale: SALDO FATT. 48/2026 TRADUZIONE CATALOGO
  CRO: 0306912345678901234560012IT

  Cordiali saluti
  Intesa Sanpaolo
  """,
  lab=dict(amount="854.00", reference="48/2026"),
  note="Client forwards the bank's execution notice inside her reply ('ecco qua'). Amount and reference come from the "
       "forwarded receipt, which is the client's own evidence, not the quoted reminder.")

# 0018 — auto-reply senza header, maternità, nessuna data
X("auto-reply", frm="Elisa Fantin <elisa.fantin@fantinvetri.it>", to="Alessandra Rossi <alessandra@example.it>",
  subj="Assente: Promemoria: fattura n. 47/2026 in scadenza", date="2026-12-11 09:02",
  irt=reminder_mid("ale", "47/2026", "courtesy", "2026-12-11"),
  root=leaf("text/plain", dd("""
  Buongiorno,
  sono in congedo di maternità e non leggo la posta.
  Per questioni amministrative scrivete ad amministrazione@fantinvetri.it, per il resto a info@fantinvetri.it.
  Grazie!
  Elisa
  """) + "\n", charset="iso-8859-1", cte="quoted-printable"),
  note="Out-of-office without RFC 3834 headers and without a return date (maternity leave).")

# 0019 — concessionaria: non prima del 28 gennaio
R("client-reply-promise", o="dav", frm="Amministrazione Bianchi Car <amministrazione@bianchicar.it>",
  date="2027-01-12 11:05", num="2026/133", amt=915.00, due="2026-12-31", sal="Spett.le Bianchi Car srl,",
  step="reminder", osent="2027-01-11 09:00", quote="outlook", mua="outlook", html="alt",
  body="""
  Buongiorno,

  con la chiusura del bilancio e l'inventario di inizio anno i pagamenti ai fornitori sono bloccati fino a fine mese: purtroppo non riusciamo a liquidare la Sua fattura prima del 28 gennaio. Le chiedo un po' di pazienza, è già in lista.

  Cordiali saluti

  Sonia Bertoni
  Ufficio Amministrativo
  Bianchi Car S.r.l. – Concessionaria Peugeot e Citroën
  Via Nazionale 210 – 38122 Trento
  """,
  lab=dict(promised_date="2027-01-28"),
  note="'non prima del 28 gennaio' = promise for 28 Jan.")

# 0020 — falegname, TUTTO MAIUSCOLO
R("client-reply-paid", o="ale", frm="FALEGNAMERIA BRUNI <falegnameriabruni@alice.it>", date="2026-12-05 08:14",
  num="46/2026", amt=250.00, due="2026-11-30", sal="Spett.le Falegnameria Bruni,", step="reminder",
  osent="2026-12-04 09:00", quote="none", charset="iso-8859-1",
  body="""
  BUONGIORNO SIG.RA ALESSANDRA HO FATTO IL BONIFICO IERI MATTINA ALLA POSTA. MI DICA SE E ARRIVATO.
  SALUTI
  BRUNI GIUSEPPE
  FALEGNAMERIA BRUNI
  """,
  note="All caps, no accents, no quote; paid yesterday at the post office; asks to confirm arrival (still paid).")

# 0021 — pasticceria romana: logo sgranato, non pago finché...
R("client-reply-dispute", o="ale", frm="Claudio Proietti <pasticceria.cornettodoro@gmail.com>", date="2026-12-14 18:02",
  num="43/2026", amt=488.00, due="2026-12-10", sal="Spett.le Pasticceria Il Cornetto d'Oro,", step="reminder",
  osent="2026-12-14 09:00", quote="gmail",
  body="""
  Aò Alessandra, ma che me stai a chiede?
  Er logo sull'insegna è venuto tutto sgranato, l'ha detto pure er tipografo che er file che j'hai mannato era a bassa risoluzione. Io sta fattura nun te la pago finché nun me mandi er file bono e nun me ridai li 180 euro della ristampa dell'insegna.

  Fatte sentì
  Claudio
  """,
  note="Romanesco; refuses to pay until the file is fixed and wants 180 EUR reprint refunded -> dispute.")

# 0022 — Comune: fattura accettata, pagamento nei termini di legge
R("client-reply-promise", o="chi", frm="Servizio Finanziario Comune di Roccalta <finanziario@comune.roccalta.sa.it>",
  date="2026-11-12 12:48", num="FPA 10/26", amt=3120.00, due="2026-11-27", issue="2026-10-28",
  sal="Spett.le Comune di Roccalta,", step="courtesy", osent="2026-11-12 09:00", quote="none",
  body="""
  Buongiorno,
  si comunica che la fattura elettronica in oggetto è stata accettata sulla piattaforma in data 03/11/2026.
  Il pagamento verrà effettuato nei termini di legge (30 giorni dal ricevimento), previa determina di liquidazione del Responsabile del Servizio.

  Cordiali saluti
  Il Responsabile del Servizio Finanziario
  Dott. Vito Pellegrino
  """,
  note="PA: invoice accepted, will be paid within the legal 30 days -> promise; no calendar date stated (deriving one "
       "from the receipt date would be guessing).")

# 0023 — agenzia: si sono incrociate le mail
R("client-reply-paid", o="luc", frm="Giorgia Tosi <giorgia.tosi@studiokappa.it>", date="2026-11-23 08:40",
  num="LM-2026-029", amt=1220.00, due="2026-11-15", sal="Spett.le Studio Kappa Comunicazione,", step="reminder",
  osent="2026-11-21 09:00", quote="outlook", mua="outlook", html="alt",
  body="""
  Ciao Luca,

  credo si siano incrociate le mail: il pagamento è partito venerdì 20 con la distinta settimanale, avrai già visto qualcosa o lo vedrai a ore. Se entro mercoledì non vedi niente fammi un fischio che controllo con la banca.

  Giorgia

  Giorgia Tosi | Account & Admin
  Studio Kappa Comunicazione
  Corso Buenos Aires 54, Milano
  www.studiokappa.it
  """,
  note="Agency: payment left with Friday's batch (20 Nov, before the reminder) -> paid; the 'fammi un fischio' is only a "
       "check request.")

# 0024 — agriturismo: si può pagare con carta?
R("client-reply-other", o="fra", frm="Agriturismo Le Querce <info@agriturismolequerce.it>", date="2026-12-18 20:15",
  num="112/2026", amt=427.00, due="2026-12-20", sal="Spett.le Agriturismo Le Querce,", step="courtesy",
  osent="2026-12-16 09:00", quote="thunderbird", mua="thunderbird",
  body="""
  Buonasera Francesca,
  grazie per il promemoria. Volevo chiederle se è possibile pagare con carta di credito o con PayPal: il conto dell'agriturismo lo gestisce mio marito e in questo periodo è sempre in giro per le consegne dell'olio. Se ha un link per il pagamento me lo mandi pure.

  Un caro saluto
  Marisa Bertolini
  Agriturismo Le Querce – Montalcino
  """,
  note="Question about paying by card/PayPal; no commitment or date -> other.")

# 0025 — Hype: bonifico ricevuto
X("payment-notification", frm="HYPE <noreply@hype.it>", to="Davide Colombo <info@davidecolombofoto.it>",
  subj="Hai ricevuto un bonifico 💸", date="2026-12-04 16:44",
  root=alt("""
  Ciao Davide,

  hai appena ricevuto un bonifico di 450,00 € da CENCI FABRIZIO.

  Causale: FOTO B&B CASA TRASTEVERE SALDO
  Data: 04/12/2026

  Apri l'app HYPE per vedere i dettagli del movimento.

  Il team HYPE
  HYPE S.p.A. – Questa è una comunicazione automatica, ti preghiamo di non rispondere.
  """, simple_html("Bonifico ricevuto", [
      "Ciao Davide,", "hai appena ricevuto un bonifico di <b>450,00 €</b> da <b>CENCI FABRIZIO</b>.",
      "Causale: FOTO B&amp;B CASA TRASTEVERE SALDO<br>Data: 04/12/2026", "Apri l'app HYPE per vedere i dettagli del movimento.",
      "Il team HYPE"], brand="#00d5a0", footer="HYPE S.p.A. – Questa è una comunicazione automatica, ti preghiamo di non rispondere.")),
  lab=dict(amount="450.00"),
  note="Hype incoming transfer notice; causale has no invoice number.")

# 0026 — e-commerce: appena Amazon mi sblocca ti pago
R("client-reply-promise", o="luc", frm="Nicola Fumagalli <nicola@casafumagalli-shop.it>", date="2026-12-20 11:11",
  num="LM-2026-034", amt=915.00, due="2026-12-15", step="reminder", osent="2026-12-19 09:00", quote="gmail", mua="gmail",
  body="""
  Luca guarda, sono onesto: Amazon mi ha bloccato i pagamenti per una "verifica dell'account" e finché non mi sbloccano sono a secco, ho pure i fornitori cinesi col fiato sul collo.
  Appena mi arrivano i soldi ti pago, giuro. Non sparire eh, che a gennaio ho bisogno di te per la migrazione a Shopify.

  Nicola
  """,
  note="Promise conditional on his own cash-in ('appena mi arrivano i soldi'), no date.")

# 0027 — studio di architettura: mancano i notturni, paghiamo il 70%
R("client-reply-dispute", o="dav", frm="Arch. Paola Mancini <paola@mancinistudio.it>", date="2026-12-11 12:00",
  num="2026/126", amt=1464.00, due="2026-12-05", sal="Spett.le Mancini Studio di Architettura,", step="reminder",
  osent="2026-12-10 09:00", quote="apple", mua="apple",
  body="""
  Buongiorno Davide,

  prima di pagare dobbiamo chiudere il lavoro: nel preventivo c'erano anche gli scatti notturni della villa di Forte dei Marmi, che non abbiamo ancora visto. Ci avevi detto che saresti tornato con il bel tempo, benissimo, ma intanto la fattura è per l'intero importo.

  Proposta: paghiamo il 70% adesso e il saldo alla consegna dei notturni. Se ti va bene emetti pure una fattura d'acconto e stornala da questa.

  Fammi sapere,
  Paola

  Arch. Paola Mancini
  Mancini Studio di Architettura – Lucca
  """,
  note="Architecture studio: work incomplete (night shots missing); will pay only 70% until delivered and asks to "
       "re-invoice -> dispute.")

# 0028 — help desk: ticket ricevuto (auto-generated)
X("auto-reply", frm="Assistenza Cartoleria Leonardi <supporto@cartolerialeonardi.it>",
  to="Luca Marchetti <luca@marchetti.dev>",
  subj="[Ticket #48213] Re: Sollecito fattura n. LM-2026-039", date="2026-12-17 09:03",
  irt=reminder_mid("luc", "LM-2026-039", "reminder", "2026-12-17"),
  hdr=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Freshdesk"), ("Precedence", "bulk")],
  root=alt("""
  Gentile Luca Marchetti,

  grazie per averci contattato. La tua richiesta è stata registrata con il numero #48213 e sarà presa in carico dal nostro team il prima possibile (di solito entro 2 giorni lavorativi).

  Puoi seguire lo stato della richiesta qui: https://cartolerialeonardi.freshdesk.com/support/tickets/48213

  Per aggiungere informazioni rispondi a questa email senza modificare l'oggetto.

  Il team di Cartoleria Leonardi
  """, simple_html("Ticket #48213", [
      "Gentile Luca Marchetti,",
      "grazie per averci contattato. La tua richiesta è stata registrata con il numero <b>#48213</b> e sarà presa in "
      "carico dal nostro team il prima possibile (di solito entro 2 giorni lavorativi).",
      '<a href="https://cartolerialeonardi.freshdesk.com/support/tickets/48213">Segui lo stato della richiesta</a>',
      "Per aggiungere informazioni rispondi a questa email senza modificare l'oggetto.",
      "Il team di Cartoleria Leonardi"], brand="#25c16f")),
  note="Help-desk ticket acknowledgement (Freshdesk) triggered by the reminder; no return date.")

# 0029 — affittacamere: pagato col link
R("client-reply-paid", o="luc", frm="Tiziana <affittacamereilfaro@gmail.com>", date="2026-11-28 13:12",
  num="LM-2026-030", amt=366.00, due="2026-11-30", step="courtesy", osent="2026-11-27 09:00", quote="apple", mua="apple",
  body="""
  Fatto con la carta dal link 👍 grazie Luca!

  Inviato da iPhone
  """,
  note="One-liner: paid by card through the payment link in the courtesy reminder.")

# 0030 — forno: una pagata, l'altra venerdì
R("client-reply-promise", o="ale", frm="Forno Gualtieri <fornogualtieri@gmail.com>", date="2026-12-14 07:32",
  num="49/2026", amt=183.00, due="2026-12-10", sal="Spett.le Forno Gualtieri,", step="reminder",
  osent="2026-12-12 09:00", quote="gmail",
  body="""
  Ciao Alessandra, la 45/2026 (quella dei sacchetti) te l'ho pagata ieri, la 49/2026 te la faccio venerdì che aspetto l'incasso del mercatino di Natale.
  Buona settimana!
  Piero
  """,
  lab=dict(reference="49/2026", promised_date="2026-12-18"),
  note="Two invoices: 45/2026 paid, 49/2026 (the one reminded) promised for Friday -> promise (rule: paid one, "
       "promise the other). Monday 14 Dec -> Friday 18 Dec.")

# 0031 — direttore creativo inoltra all'amministrazione (cc)
R("client-reply-other", o="ale", frm="Matteo Rinaldi <matteo.rinaldi@pixeleco.it>", date="2026-12-17 10:05",
  num="51/2026", amt=1098.00, due="2026-12-15", sal="Spett.le Pixel&Co Comunicazione srl,", step="due",
  osent="2026-12-16 09:00", quote="outlook", mua="outlook",
  cc=["Paola Sarti <amministrazione@pixeleco.it>"],
  body="""
  Ciao Ale, giro all'amministrazione per competenza.

  @Paola puoi verificare? Il lavoro è quello del calendario 2027, approvato da me a novembre, per me è tutto ok.

  Grazie
  Matteo

  Matteo Rinaldi | Creative Director
  Pixel&Co Comunicazione
  """,
  note="Creative director forwards to accounts (cc) and confirms the work is approved; no payment claim or promise "
       "-> other.")

# 0032 — cantina emiliana: 10 etichette invece di 8
R("client-reply-dispute", o="ale", frm="Ivano Lambruschi <ivano@cantinalambruschi.it>", date="2026-12-16 17:40",
  num="50/2026", amt=1952.00, due="2026-12-12", sal="Spett.le Cantina Lambruschi,", step="reminder",
  osent="2026-12-16 09:00", quote="gmail",
  body="""
  Scolta Ale, la fattura la pago volentieri, ma c'è un errore: hai messo 10 etichette invece di 8. Le due per i bianchi frizzanti le abbiamo poi tolte, ti ricordi? Ne avevamo parlato alla fiera a Modena.

  Rifammela giusta e te la saldo subito.
  Ciao neh

  Ivano
  Cantina Lambruschi – Castelvetro di Modena
  """,
  note="Emilian voice. Wrong quantity on the invoice, wants it reissued before paying -> dispute.")

# 0033 — NDR Exchange Online in italiano: destinatario non trovato
X("bounce", frm="Microsoft Outlook <postmaster@neritraduzioni.onmicrosoft.com>",
  to="Francesca Neri <francesca@neritraduzioni.it>",
  subj="Non recapitabile: Sollecito fattura n. 113/2026", date="2026-12-21 09:05",
  hdr=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
  root=multi("multipart/report; report-type=delivery-status", [
      multi("multipart/alternative", [
          leaf("text/plain", dd("""
          Recapito non riuscito ai destinatari o gruppi seguenti:

          contabilita@studiogemmabianchi.it
          Impossibile trovare l'indirizzo di posta elettronica specificato. Verificare l'indirizzo del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare il supporto tecnico.

          Informazioni di diagnostica per gli amministratori:

          Server di generazione: AM9PR07MB7281.eurprd07.prod.outlook.com

          contabilita@studiogemmabianchi.it
          Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient contabilita@studiogemmabianchi.it not found by SMTP address lookup'

          Intestazioni originali del messaggio:

          From: Francesca Neri <francesca@neritraduzioni.it>
          To: contabilita@studiogemmabianchi.it
          Subject: Sollecito fattura n. 113/2026
          Date: Mon, 21 Dec 2026 09:04:51 +0100
          """) + "\n", cte="quoted-printable"),
          leaf("text/html", "<html><body><p><b><font color=\"#000066\" size=\"3\">Recapito non riuscito ai destinatari o gruppi seguenti:</font></b></p>"
               "<p><a href=\"mailto:contabilita@studiogemmabianchi.it\">contabilita@studiogemmabianchi.it</a><br>"
               "Impossibile trovare l'indirizzo di posta elettronica specificato. Verificare l'indirizzo del destinatario e provare a inviare di nuovo il messaggio.</p>"
               "<p>Server di generazione: AM9PR07MB7281.eurprd07.prod.outlook.com</p>"
               "<p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient contabilita@studiogemmabianchi.it not found by SMTP address lookup'</p></body></html>\n",
               cte="quoted-printable"),
      ]),
      leaf("message/delivery-status", dd("""
      Reporting-MTA: dns;AM9PR07MB7281.eurprd07.prod.outlook.com
      Received-From-MTA: dns;AM9PR07MB7281.eurprd07.prod.outlook.com
      Arrival-Date: Mon, 21 Dec 2026 08:04:51 +0000

      Final-Recipient: rfc822;contabilita@studiogemmabianchi.it
      Action: failed
      Status: 5.1.10
      Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient contabilita@studiogemmabianchi.it not found by SMTP address lookup
      """) + "\n", charset=None, cte="7bit"),
      leaf("text/rfc822-headers", dd("""
      From: Francesca Neri <francesca@neritraduzioni.it>
      To: contabilita@studiogemmabianchi.it
      Subject: Sollecito fattura n. 113/2026
      Date: Mon, 21 Dec 2026 09:04:51 +0100
      Message-ID: """ + reminder_mid("fra", "113/2026", "reminder", "2026-12-21") + """
      MIME-Version: 1.0
      """) + "\n", charset=None, cte="7bit"),
  ]),
  lab=dict(failed_recipient="contabilita@studiogemmabianchi.it", permanent=True),
  note="Exchange Online NDR in Italian, 5.1.10 recipient not found -> permanent.")

# 0034 — studio legale: pagato il netto dopo la ritenuta d'acconto
R("client-reply-paid", o="fra", frm="Studio Legale Berti Mancuso <amministrazione@bertimancuso.it>",
  date="2027-01-14 10:20", num="114/2026", amt=1220.00, due="2027-01-10", sal="Spett.le Studio Legale Associato Berti Mancuso,",
  step="reminder", osent="2027-01-13 09:00", quote="outlook_old", mua="outlook_old",
  body="""
  Gentile Dott.ssa Neri,

  con riferimento alla Sua fattura n. 114/2026, Le comunichiamo che in data 12/01/2027 abbiamo disposto bonifico di € 1.020,00, pari al netto a pagare: sull'imponibile di € 1.000,00 lo Studio, in qualità di sostituto d'imposta, ha operato la ritenuta d'acconto del 20% (€ 200,00), che verrà versata con F24 entro il 16 febbraio.

  La Certificazione Unica Le sarà trasmessa entro il 16 marzo 2027.

  Cordiali saluti

  Segreteria Amministrativa
  Studio Legale Associato Berti Mancuso
  Via Marsala 12 – 50137 Firenze

  Il contenuto di questa e-mail è riservato e coperto da segreto professionale ai sensi dell'art. 622 c.p. Se avete ricevuto questo messaggio per errore vi preghiamo di distruggerlo e di informarci immediatamente.
  """,
  lab=dict(amount="1020.00", reference="114/2026"),
  note="Law firm paid 1,020 = invoice 1,220 minus 20% withholding tax, which is correct by law, so not a short "
       "payment or dispute -> paid.")

# 0035 — segretaria del notaio: paga lunedì al rientro
R("client-reply-promise", o="fra", frm="Carla - Studio Notarile Serafini <segreteria@notaioserafini.it>",
  date="2027-01-13 12:15", num="115/2026", amt=610.00, due="2027-01-08", sal="Spett.le Studio Notarile Serafini,",
  step="reminder", osent="2027-01-13 09:00", quote="gmail",
  body="""
  Buongiorno Sig.ra Neri,

  il notaio è fuori sede fino a venerdì; mi ha detto di riferirle che provvederà al pagamento lunedì, al suo rientro in studio, perché i bonifici li firma lui.

  Cordiali saluti
  Carla Monti
  Studio Notarile Dott. Ugo Serafini
  """,
  lab=dict(promised_date="2027-01-18"),
  note="Secretary for the notary. Wednesday 13 Jan; 'lunedì' -> Monday 18 Jan (the 'fino a venerdì' is his absence, "
       "not the payment date).")

# 0036 — B&B: oggi pomeriggio passo in banca
R("client-reply-promise", o="dav", frm="rosa.pergola@tiscali.it", date="2027-01-20 09:50",
  num="2026/134", amt=320.00, due="2027-01-15", step="reminder", osent="2027-01-19 09:00", quote="none",
  charset="iso-8859-1",
  body="""
  buongiorno davide oggi pomeriggio passo in banca e faccio il bonifico, mi scusi ma non sono pratica di internet banking e mio figlio e a milano.
  cordiali saluti rosa
  b&b la pergola
  """,
  lab=dict(promised_date="2027-01-20"),
  note="Elderly B&B owner, no accents/capitals: going to the bank this afternoon -> promise for today.")

# 0037 — frantoio pugliese: mail lunga su un nuovo lavoro, una riga sul pagamento
R("client-reply-paid", o="ale", frm="Vito Di Gioia <vito@frantoiodigioia.it>", date="2026-12-10 19:22",
  num="42/2026", amt=854.00, due="2026-11-30", sal="Spett.le Frantoio Di Gioia,", step="reminder",
  osent="2026-12-08 09:00", quote="gmail", html="alt",
  body="""
  Uè Ale, come stai?

  Ti scrivo per una cosa nuova: quest'anno l'olio nuovo è venuto 'na bellezza e vogliamo fare la linea "Terre di Bitonto" in latta da mezzo litro, per i mercati del Nord e per la Germania. Mi servirebbe l'etichetta per la latta (quattro lati, ti mando le misure della tipografia), più una versione piccola per le bottigliette da 100 ml da mettere nelle ceste di Natale. Mia sorella dice che ci vuole l'ulivo, io dico basta con 'sti ulivi, ce li hanno tutti. Decidi tu, che sei brava.

  Ah, la fattura di novembre l'ho saldata lunedì, dovresti già averla vista, scusa il ritardo ma con la raccolta qua non si capisce niente.

  Se ci sentiamo domani al telefono è meglio, dopo le sei però che sto al frantoio.

  Un abbraccio
  Vito

  Frantoio Di Gioia – dal 1958
  Contrada Sant'Andrea, Bitonto (BA)
  """,
  note="Pugliese, long chatty mail about a new job; one line says the November invoice was paid on Monday -> paid.")

# 0038 — cliente con il padre in ospedale: ne parliamo la settimana prossima
R("client-reply-other", o="dav", frm="Serena Galli <serena@galliarredamenti.it>", date="2027-01-22 23:48",
  num="2026/130", amt=671.00, due="2026-12-31", sal="Spett.le Galli Arredamenti,", step="late_fee",
  osent="2027-01-21 09:00", quote="gmail",
  body="""
  Davide scusa se non ti ho risposto prima, mio padre è stato ricoverato e sono stata in ospedale tutta la settimana. Ho visto le tue mail, non me ne sono dimenticata.
  Ne parliamo con calma la settimana prossima, ok?
  Serena
  """,
  note="Human apology with no statement that she paid or will pay ('ne parliamo') -> other, not promise.")

# 0039 — Banca Mediolanum: accredito bonifico
X("payment-notification", frm="Banca Mediolanum <notifiche@mediolanum.it>", to="info@davidecolombofoto.it",
  subj="Notifica movimento: accredito bonifico", date="2026-12-18 07:12",
  root=leaf("text/html", simple_html("Accredito bonifico", [
      "Gentile Cliente,",
      "ti informiamo che sul tuo conto corrente n. ****4821 è stato accreditato un bonifico di <b>EUR 1.037,00</b>.",
      "Ordinante: POLIAMBULATORIO SAN LUCA SRL<br>Causale: FT 2026 121 SERVIZIO FOTOGRAFICO SITO<br>"
      "Data contabile: 17/12/2026<br>Data valuta: 17/12/2026",
      "Per maggiori dettagli accedi alla tua Area Riservata o all'App Banca Mediolanum.",
      "Banca Mediolanum S.p.A."], brand="#003b7a",
      footer="Messaggio generato automaticamente dal servizio Alert. Banca Mediolanum non ti chiederà mai i codici di "
             "accesso via email."), cte="quoted-printable"),
  lab=dict(amount="1037.00", reference="2026/121"),
  note="Bank alert (HTML only) for an incoming transfer; causale 'FT 2026 121' -> 2026/121.")

# 0040 — e-commerce bio: il canone di manutenzione non l'abbiamo mai chiesto
R("client-reply-dispute", o="luc", frm="Ortofrutta Bio Express <amministrazione@biofruttaexpress.it>",
  date="2026-12-22 15:30", num="LM-2026-035", amt=292.80, due="2026-12-20", sal="Spett.le Ortofrutta Bio Express srl,",
  step="due", osent="2026-12-21 09:00", quote="outlook", mua="outlook", html="alt",
  body="""
  Buongiorno Sig. Marchetti,

  la fattura LM-2026-035 si riferisce al "canone di manutenzione e hosting – trimestre ottobre/dicembre". Nel contratto firmato a marzo la manutenzione era compresa per i primi dodici mesi, quindi fino a marzo 2027 non è dovuto nulla. Non abbiamo mai chiesto un servizio aggiuntivo.

  Pertanto non procederemo al pagamento e Le chiediamo di emettere nota di credito a storno totale.

  Distinti saluti
  Rag. Elio Pastorino
  Ortofrutta Bio Express S.r.l.
  """,
  lab=dict(reference="LM-2026-035"),
  note="Refuses to pay a maintenance fee they say was included for 12 months; asks for full credit note -> dispute.")

# 0041 — concessionaria moto: entro questa settimana
R("client-reply-promise", o="ale", frm="Motorsport Lario <amministrazione@motorsportlario.it>", date="2027-02-02 11:37",
  num="3/2027", amt=732.00, due="2027-01-31", sal="Spett.le Motorsport Lario srl,", step="due", osent="2027-02-01 09:00",
  quote="outlook", mua="outlook",
  body="""
  Buongiorno,
  ci scusiamo per il ritardo, dovuto al cambio del gestionale contabile di inizio anno. Provvederemo al pagamento entro questa settimana.
  Cordiali saluti
  Ufficio Amministrazione
  Motorsport Lario S.r.l. – Concessionaria Moto Guzzi e Aprilia – Lecco
  """,
  note="Motorbike dealer: promise 'entro questa settimana' -> promise without a precise date (Friday or Sunday is "
       "ambiguous).")

# 0042 — commercialista per conto del titolare
R("client-reply-paid", o="ale", frm="Dott.ssa Greta Pozzi <studio@pozzicommercialisti.it>", date="2027-01-15 16:05",
  num="52/2026", amt=976.00, due="2026-12-31", sal="Spett.le Ferretti Infissi snc,", step="reminder",
  osent="2027-01-14 09:00", quote="thunderbird", mua="thunderbird",
  body="""
  Gentile Sig.ra Rossi,

  scrivo per conto del sig. Ferretti, titolare della ditta Ferretti Infissi, di cui il nostro studio cura la contabilità e i pagamenti ai fornitori. La informo che il pagamento della Sua fattura n. 52/2026 è stato eseguito dal nostro studio il 12 gennaio, tramite home banking della ditta.

  Qualora non lo vedesse accreditato entro qualche giorno, mi scriva pure direttamente.

  Cordiali saluti
  Dott.ssa Greta Pozzi
  Studio Pozzi – Dottori Commercialisti Associati
  Treviso
  """,
  lab=dict(reference="52/2026"),
  note="Accountant writes in the third person for the owner of the client firm: paid on 12 Jan.")

# 0043 — gruppo tessile: la stiamo verificando
R("client-reply-other", o="luc", frm="Accounts Payable - Gruppo Tessile Lariano <ap@gtlariano.it>",
  date="2026-11-05 14:55", num="LM-2026-028", amt=4880.00, due="2026-11-20", issue="2026-10-21",
  sal="Spett.le Gruppo Tessile Lariano S.p.A.,", step="courtesy", osent="2026-11-05 09:00", quote="outlook",
  mua="outlook", html="only",
  body="""
  Gentile fornitore,

  confermiamo la ricezione della Sua fattura, attualmente in fase di verifica da parte dell'ufficio richiedente. Eventuali anomalie Le verranno comunicate.

  Cordiali saluti
  Accounts Payable
  Gruppo Tessile Lariano S.p.A. – Como
  """,
  note="Accounts payable: received and under verification; no promise, no claim -> other.")

# 0044 — tipografia: pagata in ritardo, ma interessi e 40 euro no
R("client-reply-dispute", o="ale", frm="Tipografia Moderna <tipografia.moderna@libero.it>", date="2027-01-05 10:10",
  num="40/2026", amt=1586.00, due="2026-11-30", sal="Spett.le Tipografia Moderna snc,", step="late_fee",
  osent="2027-01-04 09:00", quote="libero", mua="libero",
  body="""
  Buongiorno Alessandra,
  la fattura l'abbiamo pagata il 3, in ritardo lo sappiamo e ci scusiamo, ma i 40 euro e gli interessi non li riconosciamo: in quattro anni che lavoriamo insieme non ci sono mai stati chiesti e non erano nelle condizioni.
  Consideri la posizione chiusa.
  Saluti
  Renato Fava
  Tipografia Moderna snc
  """,
  note="Paid the capital but rejects the statutory interest and the 40 EUR -> dispute outranks paid.")

# 0045 — fuori ufficio con rientro lunedì 11 gennaio, it/en
X("auto-reply", frm="Stefano Rota <s.rota@gtlariano.it>", to="Luca Marchetti <luca@marchetti.dev>",
  subj="Risposta automatica: Promemoria: fattura n. LM-2026-048", date="2026-12-22 09:01",
  irt=reminder_mid("luc", "LM-2026-048", "due", "2026-12-22"),
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "s.rota@gtlariano.it")],
  root=alt("""
  Sarò fuori ufficio da lunedì 21 dicembre a venerdì 8 gennaio, con accesso limitato alla posta. Rientrerò lunedì 11 gennaio.
  Per urgenze amministrative: ap@gtlariano.it

  I will be out of the office from Monday 21 December to Friday 8 January, with limited access to email. I will be back on Monday 11 January.
  For urgent accounting matters: ap@gtlariano.it

  Stefano Rota
  """, "<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\"><p>Sarò fuori ufficio da lunedì 21 dicembre a "
       "venerdì 8 gennaio, con accesso limitato alla posta. Rientrerò lunedì 11 gennaio.<br>Per urgenze amministrative: "
       "ap@gtlariano.it</p><p>I will be out of the office from Monday 21 December to Friday 8 January, with limited access "
       "to email. I will be back on Monday 11 January.<br>For urgent accounting matters: ap@gtlariano.it</p><p>Stefano Rota</p>"
       "</body></html>\n"),
  lab=dict(return_date="2027-01-11"),
  note="Bilingual Outlook out-of-office: back Monday 11 January 2027.")

# 0046 — PEC dal SdI: notifica di esito committente (accettazione)
X("other", frm="Per conto di: sdi01@pec.fatturapa.it <posta-certificata@legalmail.it>",
  to="chiara.esposito@ingpec.eu", subj="POSTA CERTIFICATA: Notifica di esito IT03456789654_0a1F2.xml",
  date="2026-11-18 10:22",
  hdr=[("X-Trasporto", "posta-certificata"), ("X-Riferimento-Message-ID", "<sdi.9Z7Q2X41@pec.fatturapa.it>"),
       ("Reply-To", "sdi01@pec.fatturapa.it")],
  root=multi("multipart/mixed", [
      leaf("text/plain", dd("""
      Messaggio di posta certificata

      Il giorno 18/11/2026 alle ore 10:22:14 (+0100) il messaggio
      "Notifica di esito IT03456789654_0a1F2.xml" è stato inviato da "sdi01@pec.fatturapa.it"
      indirizzato a:
      chiara.esposito@ingpec.eu

      Il messaggio originale è incluso in allegato.
      Identificativo messaggio: opec21012.20261118102214.18833.07.1.54@pec.aruba.it
      """) + "\n", charset="iso-8859-1", cte="quoted-printable"),
      att_xml("IT03456789654_0a1F2_NE_001.xml", dd("""
      <?xml version="1.0" encoding="UTF-8"?>
      <types:NotificaEsito xmlns:types="http://www.fatturapa.gov.it/sdi/messaggi/v1.0" versione="1.0">
        <IdentificativoSdI>9482213377</IdentificativoSdI>
        <NomeFile>IT03456789654_0a1F2.xml</NomeFile>
        <EsitoCommittente>
          <IdentificativoFattura><NumeroFattura>FPA 10/26</NumeroFattura><AnnoFattura>2026</AnnoFattura></IdentificativoFattura>
          <Esito>EC01</Esito>
          <Descrizione>Fattura accettata</Descrizione>
        </EsitoCommittente>
        <MessageId>11203948</MessageId>
      </types:NotificaEsito>
      """) + "\n"),
      att_xml("daticert.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><postacert tipo=\"posta-certificata\" errore=\"nessuno\"><intestazione><mittente>sdi01@pec.fatturapa.it</mittente><destinatari tipo=\"certificato\">chiara.esposito@ingpec.eu</destinatari><oggetto>Notifica di esito IT03456789654_0a1F2.xml</oggetto></intestazione></postacert>\n"),
  ]),
  note="PEC envelope carrying the SdI 'notifica di esito committente' EC01 (PA accepted the e-invoice). Not a payment, "
       "not a human reply -> other.")

# 0047 — scuola: emesso mandato di pagamento
R("client-reply-paid", o="chi", frm="Istituto Comprensivo Statale G. Rodari <saic8ab00x@istruzione.it>",
  date="2027-01-19 11:20", num="FPA 11/26", amt=1248.00, due="2026-12-06",
  sal="Spett.le Istituto Comprensivo Statale \"G. Rodari\",", step="late_fee", osent="2027-01-18 09:00", quote="none",
  pa=True,
  body="""
  Gent.ma Ing. Esposito,

  acquisita la documentazione richiesta, si comunica che è stato emesso il mandato di pagamento n. 214 del 18/01/2027 a favore della S.V., relativo alla fattura n. FPA 11/26 (incarico RSPP a.s. 2026/27), per l'importo di € 1.248,00 al netto dell'IVA versata in regime di scissione dei pagamenti.

  L'Istituto cassiere provvederà all'accredito sul conto dedicato nei tempi tecnici previsti.

  Distinti saluti

  Il D.S.G.A.
  Dott.ssa Anna Maria Ruggiero
  """,
  lab=dict(amount="1248.00", reference="FPA 11/26"),
  note="State school: mandato di pagamento issued -> paid (the cashier bank's timing is transit).")

# 0048 — wedding planner: con la tredicesima
R("client-reply-promise", o="dav", frm="Ilaria Conti <ilaria@sposidaconti.it>", date="2026-12-02 13:45",
  num="2026/125", amt=540.00, due="2026-11-30", step="due", osent="2026-12-01 09:00", quote="gmail", mua="gmail",
  body="""
  Davideee ciao! Lo so lo so 🙈 Novembre è stato un disastro, due matrimoni rimandati e una sposa che non mi ha ancora saldato.
  Ti pago con la tredicesima 😅 giuro che non scappo!
  Un abbraccio
  Ilaria
  """,
  note="Informal promise 'con la tredicesima' (December pay) -> promise, date too vague to set.")

# 0049 — ceramiche pugliesi: cataloghi con pagine invertite
R("client-reply-dispute", o="ale", frm="Bottega Fasano <bottegafasano.ceramiche@gmail.com>", date="2026-11-30 17:26",
  num="38/2026", amt=2074.00, due="2026-11-25", sal="Spett.le Bottega Fasano,", step="reminder", osent="2026-11-30 09:00",
  quote="android", mua="gmail",
  body="""
  Alessà buonasera, i cataloghi sono arrivati stamattina ma le pagine 12 e 13 stanno invertite e la foto del piatto grande è tagliata a metà. Così non li possiamo dare ai clienti della fiera di Bari, che è tra due settimane.
  Finché non li ristampate non pago niente, mi dispiace. Chiamami domani che vediamo come fare.

  Cosimo Fasano
  Ceramiche artistiche – Grottaglie (TA)
  """,
  note="Pugliese artisan: printed catalogues defective, withholds payment until reprint -> dispute.")

# 0050 — gelateria: pagato con Satispay come d'accordo
R("client-reply-paid", o="dav", frm="Gelateria Polo Nord <gelateriapolonord@hotmail.it>", date="2026-11-14 18:30",
  num="2026/117", amt=120.00, due="2026-11-10", step="reminder", osent="2026-11-14 09:00", quote="outlook", mua="outlook",
  body="""
  Ciao Davide ti ho pagato con Satispay come d'accordo, 120 euro, controlla.
  Grazie ancora per le foto dei coni, su Instagram stanno andando fortissimo!
  Ciao Mirko

  Inviato da Outlook per Android
  """,
  lab=dict(amount="120.00"),
  note="Paid via Satispay, states 120 EUR.")

# 0051 — risposta formale alla diffida: pagamento entro il 20 febbraio
R("client-reply-promise", o="luc", frm="Arredo Casa Marelli <amministrazione@arredomarelli.it>", date="2027-02-09 16:02",
  num="LM-2026-032", amt=1830.00, due="2026-12-15", issue="2026-11-15", sal="Spett.le Arredo Casa Marelli srl,",
  step="final", osent="2027-02-02 09:00", quote="outlook", mua="outlook", html="alt",
  body="""
  Spett.le Luca Marchetti,

  riscontriamo la Vs. comunicazione del 2 febbraio u.s. relativa alla fattura in oggetto.
  Vi informiamo che il pagamento verrà effettuato entro il 20 febbraio p.v., a seguito della regolarizzazione di alcune posizioni creditorie nei confronti della nostra clientela.

  Restando a disposizione per ogni chiarimento, porgiamo distinti saluti.

  Arredo Casa Marelli S.r.l.
  L'Amministratore Unico – Giancarlo Marelli
  Via Milano 88, 20831 Seregno (MB)
  """,
  lab=dict(promised_date="2027-02-20"),
  note="Formal answer to the diffida: payment by 20 February -> promise.")

# 0052 — studio tecnico: errori di traduzione, propone 600 a saldo e stralcio
R("client-reply-dispute", o="fra", frm="Ing. Andrea Bassi <a.bassi@studiomarconibassi.it>", date="2027-02-08 12:40",
  num="111/2026", amt=1342.00, due="2026-12-15", issue="2026-11-15", sal="Spett.le Studio Tecnico Associato Marconi & Bassi,",
  step="final", osent="2027-02-05 09:00", quote="outlook", mua="outlook",
  body="""
  Gentile Dott.ssa Neri,

  rispondo alla Sua diffida, che francamente ci ha sorpreso. La traduzione in inglese del manuale d'uso e manutenzione conteneva errori terminologici gravi (in più punti "carico di rottura" tradotto come "breaking load" e "load at break" indifferentemente, unità di misura sbagliate nella tabella 4.2), che il nostro ufficio tecnico ha dovuto correggere internamente con circa 12 ore di lavoro, prima di consegnare la documentazione al cliente tedesco.

  Le avevamo segnalato la cosa per telefono a dicembre. Riteniamo congruo un importo di 600 euro oltre IVA, a saldo e stralcio. Se è d'accordo ci invii una nota di credito per la differenza e paghiamo entro la settimana.

  Cordiali saluti
  Ing. Andrea Bassi
  Studio Tecnico Associato Marconi & Bassi – Reggio Emilia
  """,
  lab=dict(amount="600.00"),
  note="Engineering studio contests translation quality and offers 600 + IVA in full settlement (the amount they "
       "accept) -> dispute. The conditional 'paghiamo entro la settimana' does not make it a promise.")

# 0053 — grande distribuzione: manca il numero d'ordine
R("client-reply-other", o="luc", frm="Ciclo Passivo - Lariana Distribuzione <fatture.passive@larianadistribuzione.it>",
  date="2026-12-03 09:58", num="LM-2026-033", amt=2196.00, due="2026-11-30", sal="Spett.le Lariana Distribuzione S.p.A.,",
  step="reminder", osent="2026-12-02 09:00", quote="outlook", mua="outlook", html="only",
  body="""
  Gentile Fornitore,

  la fattura in oggetto risulta sospesa nel nostro sistema in quanto priva del riferimento all'ordine di acquisto (OdA n. 4500012873). Senza tale riferimento il documento non può essere abbinato all'entrata merci/servizi e quindi non può essere messo in pagamento.

  La preghiamo di indicarci come intende procedere (nota di variazione o riemissione del documento con il riferimento all'ordine, campo 2.1.2 del tracciato FatturaPA).

  Cordiali saluti
  Ufficio Ciclo Passivo
  Lariana Distribuzione S.p.A.

  Questa è una casella presidiata. Per velocizzare la gestione, Vi preghiamo di indicare sempre numero e data del documento.
  """,
  note="Large company's AP: invoice on hold for a missing PO reference; administrative request, not a contest of the "
       "debt -> other (brief: 'PO number needed').")

# 0054 — Banco BPM: accredito bonifico (testo, iso-8859-1)
X("payment-notification", frm="Banco BPM <avvisi@bancobpm.it>", to="chiara.esposito@studioesposito.it",
  subj="YouWeb - Avviso di accredito bonifico", date="2026-12-09 08:47",
  root=leaf("text/plain", dd("""
  Gentile Cliente,

  La informiamo che in data 09/12/2026 sul rapporto n. 0001234/56 è stato accreditato un bonifico SEPA.

  Importo:            EUR 2.496,00
  Ordinante:          AZIENDA SANITARIA LOCALE ALTO TIRRENO
  Banca ordinante:    BANCA D'ITALIA - TESORERIA
  Informazioni:       MANDATO 5521/2026 FATT. FPA 9/26 DEL 30/10/2026 CIG Z4A3B2C1D0
  Data valuta:        09/12/2026

  Per consultare i movimenti acceda al servizio YouWeb.

  Questa e-mail è generata automaticamente: La preghiamo di non rispondere.
  Banco BPM S.p.A. - Gruppo Bancario Banco BPM
  """) + "\n", charset="iso-8859-1", cte="quoted-printable"),
  lab=dict(amount="2496.00", reference="FPA 9/26"),
  note="Bank alert, plain text latin-1, incoming transfer from a PA (mandato + invoice number + CIG in the info field).")

# 0055 — causale sbagliata, senza accenti
R("client-reply-paid", o="fra", frm="Gianluca Pirovano <gianluca.pirovano@outlook.it>", date="2026-12-29 21:03",
  num="116/2026", amt=305.00, due="2026-12-20", step="reminder", osent="2026-12-28 09:00", quote="none",
  body="""
  ciao francesca o fatto il bonifco ieri pero mi sa che o sbagliato la causale, o scritto fatt 161 invece di 116. cmq e arrivato? fammi sapere
  gianluca
  """,
  lab=dict(reference="116/2026"),
  note="Typos, no accents: paid yesterday with a wrong number in the causale (161 instead of 116); the invoice he "
       "means is 116/2026.")

# 0056 — indirizzo non più attivo (auto-reply con header)
X("auto-reply", frm="m.porta@ortoflorpadana.it", to="Alessandra Rossi <alessandra@example.it>",
  subj="Indirizzo non più attivo - Re: Sollecito fattura n. 48/2026", date="2026-12-07 09:00",
  irt=reminder_mid("ale", "48/2026", "reminder", "2026-12-07"),
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  root=leaf("text/plain", dd("""
  Gentile mittente,

  questo indirizzo non è più attivo dal 1° dicembre 2026 e i messaggi non vengono letti né inoltrati.
  Per comunicazioni amministrative scrivere a amministrazione@ortoflorpadana.it
  Per ordini e informazioni commerciali: ordini@ortoflorpadana.it

  Ortoflor Padana S.r.l.
  """) + "\n"),
  note="Auto-reply: mailbox no longer in use, gives alternative addresses; no return date.")

# 0057 — salumificio emiliano, al Sigep: lunedì
R("client-reply-promise", o="ale", frm="Franco Boni <franco@salumificioboni.it>", date="2027-01-21 13:05",
  num="53/2026", amt=427.00, due="2027-01-15", sal="Spett.le Salumificio Boni snc,", step="reminder",
  osent="2027-01-21 09:00", quote="apple", mua="apple",
  body="""
  Ciao bèla! Te la pago lunedì, giuro, adesso sono a Rimini al Sigep e col telefono non riesco a fare niente con la banca.
  Un bès

  Franco

  Inviato da iPhone
  """,
  lab=dict(promised_date="2027-01-25"),
  note="Emilian informal; Thursday 21 Jan -> Monday 25 Jan.")

# 0058 — agenzia: 32 ore fatturate, a noi ne risultano 24
R("client-reply-dispute", o="luc", frm="Federico Sala <federico@brandlab.agency>", date="2026-11-09 10:44",
  num="LM-2026-026", amt=1952.00, due="2026-11-05", sal="Spett.le BrandLab srl,", step="reminder",
  osent="2026-11-09 09:00", quote="gmail", mua="gmail",
  body="""
  Ciao Luca,

  prima di pagare vorrei capire le ore: nel dettaglio allegato alla fattura ci sono 32 ore di sviluppo per il configuratore, ma dai nostri appunti delle call e da Jira ne risultano 24. Le 8 ore di "refactoring" non le avevamo mai autorizzate.

  Correggi la fattura a 24 ore e la mettiamo in pagamento nel giro di pochi giorni.

  Federico
  BrandLab – Torino
  """,
  note="Contests 8 of 32 billed hours and asks for a corrected invoice -> dispute.")

# 0059 — ricevuto, grazie, buone feste (risposta alla fattura)
R("client-reply-other", o="dav", frm="Marta Sgarbi <marta.sgarbi@yahoo.it>", date="2026-12-21 17:50",
  num="2026/132", step="invoice", issue="2026-12-21", osent="2026-12-21 16:10", what="le foto di famiglia in studio",
  subj="Fattura n. 2026/132 - Davide Colombo Fotografia", quote="gmail",
  body="""
  Ricevuto, grazie mille! E grazie per la pazienza con i bambini 😂
  Buone feste 🎄
  Marta
  """,
  note="Acknowledges receipt of the invoice mail; nothing about payment -> other.")

# 0060 — Postfix: consegna ritardata (temporaneo)
X("bounce", frm="Mail Delivery System <MAILER-DAEMON@smtp.example.it>", to="alessandra@example.it",
  subj="Delayed Mail (still being retried)", date="2026-12-02 13:17",
  hdr=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
  root=multi("multipart/report; report-type=delivery-status", [
      leaf("text/plain", dd("""
      This is the mail system at host smtp.example.it.

      ####################################################################
      # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
      ####################################################################

      Your message could not be delivered for more than 4 hour(s).
      It will be retried until it is 5 day(s) old.

      For further assistance, please send mail to postmaster.

      If you do so, please include this problem report. You can
      delete your own text from the attached returned message.

                         The mail system

      <ufficio@studiomarcon.it>: connect to mx1.studiomarcon.it[93.62.151.20]:25:
          Connection timed out
      """) + "\n", charset="us-ascii", cte="7bit"),
      leaf("message/delivery-status", dd("""
      Reporting-MTA: dns; smtp.example.it
      X-Postfix-Queue-ID: 4R8Bq70ZtYz9tKp
      X-Postfix-Sender: rfc822; alessandra@example.it
      Arrival-Date: Wed,  2 Dec 2026 09:02:41 +0100 (CET)

      Final-Recipient: rfc822; ufficio@studiomarcon.it
      Original-Recipient: rfc822;ufficio@studiomarcon.it
      Action: delayed
      Status: 4.4.1
      Diagnostic-Code: X-Postfix; connect to mx1.studiomarcon.it[93.62.151.20]:25:
          Connection timed out
      Will-Retry-Until: Mon,  7 Dec 2026 09:02:41 +0100 (CET)
      """) + "\n", charset=None, cte="7bit"),
      leaf("text/rfc822-headers", dd("""
      Date: Wed, 02 Dec 2026 09:02:38 +0100
      From: Alessandra Rossi <alessandra@example.it>
      To: Studio Marcon <ufficio@studiomarcon.it>
      Subject: Promemoria: fattura n. 56/2026 in scadenza
      Message-ID: """ + reminder_mid("ale", "56/2026", "courtesy", "2026-12-02") + """
      """) + "\n", charset=None, cte="7bit"),
  ]),
  lab=dict(failed_recipient="ufficio@studiomarcon.it", permanent=False),
  note="Postfix delay warning (4.4.1, still being retried) -> temporary bounce.")

# 0061 — immobiliare: con la presente si comunica...
R("client-reply-paid", o="dav", frm="Immobiliare Gardesana srl <info@immobiliaregardesana.it>", date="2026-12-15 12:12",
  num="2026/128", amt=1830.00, due="2026-12-10", sal="Spett.le Immobiliare Gardesana srl,", step="due",
  osent="2026-12-14 09:00", quote="outlook_old", mua="outlook_old", charset="iso-8859-1", cte="quoted-printable",
  body="""
  Spett.le Davide Colombo Fotografia,

  con la presente si comunica che in data 14/12/2026 è stato disposto bonifico bancario a saldo della Vs. fattura n. 2026/128 per l'importo di € 1.830,00.

  Distinti saluti.

  Immobiliare Gardesana S.r.l.
  Ufficio Amministrazione
  Via Gardesana 4 – 37016 Garda (VR)
  """,
  lab=dict(amount="1830.00", reference="2026/128"),
  note="Very formal 'Con la presente si comunica'; latin-1 QP with a Windows-1252 euro sign.")

# 0062 — AUTOFFICINA TUTTO MAIUSCOLO: giovedì
R("client-reply-promise", o="ale", frm="AUTOFFICINA ESPOSITO <autofficinaesposito@virgilio.it>", date="2027-01-09 08:22",
  num="54/2026", amt=366.00, due="2026-12-31", step="reminder", osent="2027-01-08 09:00", quote="libero", mua="libero",
  body="""
  OK PAGO GIOVEDI CHE ENTRANO I SOLDI DEL LEASING. SALUTI
  GENNARO
  """,
  lab=dict(promised_date="2027-01-14"),
  note="All caps, Saturday 9 Jan -> Thursday 14 Jan.")

# 0063 — hotel: di che fattura si tratta?
R("client-reply-other", o="fra", frm="Direzione Hotel Belvedere <direzione@belvederestresa.it>", date="2027-01-26 15:15",
  num="117/2026", amt=549.00, due="2027-01-20", sal="Spett.le Hotel Belvedere,", step="reminder",
  osent="2027-01-26 09:00", quote="outlook", mua="outlook",
  body="""
  Buongiorno,

  scusi, di che fattura si tratta? Non mi risulta di averla ricevuta, né per mail né nel cassetto fiscale dell'Agenzia delle Entrate. Me la può reinviare indicando anche a quale lavoro si riferisce (le traduzioni del menu o quelle del sito)?

  Grazie, cordiali saluti
  Alberto Gatti
  Direzione – Hotel Belvedere, Stresa
  """,
  note="Asks which invoice it is and to resend it -> other.")

# 0064 — ottica: chiede uno sconto del 20%
R("client-reply-dispute", o="dav", frm="Ottica Morelli <otticamorelli@gmail.com>", date="2027-01-08 19:30",
  num="2026/129", amt=793.00, due="2026-12-31", step="reminder", osent="2027-01-08 09:00", quote="gmail",
  body="""
  Davide ti chiedo una cortesia, il periodo è nero: a dicembre abbiamo venduto la metà dell'anno scorso, con le catene al centro commerciale non c'è partita.
  Ci fai uno sconto del 20% sulla fattura? Siamo clienti da sei anni, e la prossima campagna la facciamo sicuramente con te.
  Fammi sapere, poi paghiamo subito.
  Luisa
  """,
  note="Asks for a 20% discount before paying -> dispute (discount request).")

# 0065 — tutto sistemato
R("client-reply-paid", o="luc", frm="Ale Bassani <ale.bassani@pastificiobassani.it>", date="2026-12-23 12:03",
  num="LM-2026-037", amt=488.00, due="2026-12-20", step="due", osent="2026-12-22 09:00", quote="gmail",
  body="""
  Ciao! Tutto sistemato 😊 Buon Natale!
  """,
  note="'Tutto sistemato' in reply to a payment reminder = it has been paid.")

# 0066 — Stripe in italiano: pagamento riuscito
X("payment-notification", frm="Stripe <notifications@stripe.com>", to="luca@marchetti.dev",
  subj="Pagamento di 366,00 € da affittacamereilfaro@gmail.com", date="2026-11-28 13:10",
  root=alt("""
  Hai ricevuto un pagamento

  Importo: 366,00 €
  Cliente: affittacamereilfaro@gmail.com
  Descrizione: Fattura LM-2026-030
  Metodo di pagamento: Visa •••• 4417
  Data: 28 nov 2026, 13:09

  Visualizza pagamento nella Dashboard: https://dashboard.stripe.com/payments/pi_3QxT2bL8k

  Ricevi questa email perché le notifiche di pagamento sono attive per l'account Luca Marchetti.
  Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
  """, simple_html("Pagamento ricevuto", [
      '<span style="font-size:20px">Hai ricevuto un pagamento</span>',
      "Importo: <b>366,00 €</b><br>Cliente: affittacamereilfaro@gmail.com<br>Descrizione: Fattura LM-2026-030<br>"
      "Metodo di pagamento: Visa •••• 4417<br>Data: 28 nov 2026, 13:09",
      '<a href="https://dashboard.stripe.com/payments/pi_3QxT2bL8k">Visualizza pagamento</a>'], brand="#635bff",
      footer="Ricevi questa email perché le notifiche di pagamento sono attive per l'account Luca Marchetti.")),
  lab=dict(amount="366.00", reference="LM-2026-030"),
  note="Stripe (Italian locale) card payment received, description names the invoice.")

# 0067 — dimora storica: entro il 15 (scritto il 18 dicembre -> gennaio)
R("client-reply-promise", o="fra", frm="Dimora Sant'Anna <info@dimorasantanna.it>", date="2026-12-18 11:40",
  num="118/2026", amt=244.00, due="2026-12-15", step="reminder", osent="2026-12-18 09:00", quote="gmail",
  body="""
  Gentile Francesca,
  mi scusi il ritardo. Saldo entro il 15, appena incassiamo le caparre dei gruppi di gennaio.
  Cordialmente
  Beatrice Orsini
  Dimora Sant'Anna – Relais di campagna
  """,
  lab=dict(promised_date="2027-01-15"),
  note="'entro il 15' written on 18 Dec: the 15th has passed -> 15 January 2027.")

# 0068 — ricambi auto: entro il 15 (scritto il 5 gennaio)
R("client-reply-promise", o="luc", frm="Ricambi Auto Express <contabilita@ricambiautoexpress.it>", date="2027-01-05 09:12",
  num="LM-2026-038", amt=1464.00, due="2026-12-31", step="reminder", osent="2027-01-04 09:00", quote="outlook",
  mua="outlook",
  body="""
  Ok, provvediamo entro il 15.
  Saluti
  Contabilità Ricambi Auto Express
  """,
  lab=dict(promised_date="2027-01-15"),
  note="Terse: 'entro il 15' on 5 Jan -> 15 Jan.")

# 0069 — concessionaria: foto nel formato sbagliato, pagamento bloccato
R("client-reply-dispute", o="dav", frm="Daniela Ricci <d.ricci@autosalonemorandi.it>", date="2027-01-19 10:02",
  num="2026/135", amt=1220.00, due="2027-01-15", sal="Spett.le Autosalone Morandi S.p.A.,", step="reminder",
  osent="2027-01-18 09:00", quote="outlook", mua="outlook", html="alt", charset="iso-8859-1", cte="quoted-printable",
  body="""
  Buongiorno Sig. Colombo,

  il responsabile marketing mi chiede di bloccare il pagamento della fattura 2026/135: le foto delle vetture usate sono state consegnate in formato 3:2, mentre per AutoScout24 e per il sito ci servivano in 16:9, come indicato nell’ordine. Inoltre su 40 auto ne mancano 6 (le elettriche in piazzale B).

  Appena ci riconsegna il lavoro completo e nel formato corretto procediamo con il pagamento.

  Cordiali saluti
  Daniela Ricci
  Amministrazione – Autosalone Morandi S.p.A.
  """,
  lab=dict(reference="2026/135"),
  note="Car dealer blocks payment: wrong format and 6 cars missing -> dispute. iso-8859-1 declared, cp1252 apostrophe.")

# 0070 — domanda sulla rivalsa INPS
R("client-reply-other", o="fra", frm="Roberto Zanella <roberto.zanella@zanellaexport.it>", date="2026-11-20 12:30",
  num="110/2026", amt=1037.00, due="2026-11-30", issue="2026-10-31", step="courtesy", osent="2026-11-20 09:00",
  quote="thunderbird", mua="thunderbird",
  body="""
  Buongiorno Francesca,
  una domanda per la mia contabile: nel totale della fattura è già compresa la rivalsa INPS del 4%? Non la vedo come voce separata e lei mi chiede come registrarla.
  Grazie,
  Roberto Zanella
  Zanella Export srl
  """,
  note="Pure question about the invoice's INPS surcharge; no contest -> other.")

# 0071 — laboratorio orafo: assegno spedito per raccomandata
R("client-reply-paid", o="ale", frm="Laboratorio Orafo Lucchesi <orafolucchesi@tin.it>", date="2026-11-13 11:18",
  num="36/2026", amt=610.00, due="2026-11-10", sal="Spett.le Laboratorio Orafo Lucchesi,", step="reminder",
  osent="2026-11-13 09:00", quote="outlook_old", mua="outlook_old", charset="windows-1252", cte="8bit",
  body="""
  Gentile Signora Rossi,

  come d'abitudine abbiamo saldato la Sua fattura con assegno bancario non trasferibile di € 610,00, spedito per raccomandata lunedì all'indirizzo del Suo studio. Dovrebbe riceverlo a giorni.

  Distinti saluti
  Aldo Lucchesi
  Laboratorio Orafo Lucchesi – dal 1962 – Arezzo
  """,
  lab=dict(amount="610.00"),
  note="Old-school artisan: paid by cheque sent by registered mail -> the client considers it paid (claim of payment).")

# 0072 — studio fotografico, risposta al promise_followup: oggi stesso
R("client-reply-promise", o="ale", frm="Studio Luce&Ombra <studio@luceombra.photo>", date="2026-12-09 10:48",
  num="55/2026", amt=549.00, due="2026-11-30", step="promise_followup", pdate="2026-12-04", osent="2026-12-09 09:00",
  sal="Spett.le Studio Luce&Ombra,", quote="gmail", html="alt",
  body="""
  Hai ragione, mi è completamente sfuggito tra uno shooting e l'altro. Lo faccio oggi stesso, scusa!

  Sara
  Studio Luce&Ombra – fotografia still life e food
  """,
  lab=dict(promised_date="2026-12-09"),
  note="Photo studio answers the promise follow-up: will do it today -> promise for the message date.")

# 0073 — ex referente non lavora più qui
R("client-reply-other", o="dav", frm="Valentina Crespi <v.crespi@gruppoeventinord.it>", date="2026-11-16 09:41",
  num="2026/116", amt=915.00, due="2026-11-10", sal="Spett.le Gruppo Eventi Nord srl,", step="reminder",
  osent="2026-11-16 09:00", quote="outlook", mua="outlook",
  cc=["Amministrazione <amministrazione@gruppoeventinord.it>"],
  body="""
  Buongiorno,

  il sig. Rinaldi non lavora più con noi da ottobre. Inoltro la Sua mail alla collega dell'amministrazione (in copia), che Le risponderà al più presto.

  Cordiali saluti
  Valentina Crespi
  Reception – Gruppo Eventi Nord
  """,
  note="Receptionist: contact has left, forwards to accounts in cc -> other.")

# 0074 — B&B: risposta automatica di cortesia (solo X-Autoresponder)
X("auto-reply", frm="B&B Il Glicine <prenotazioni@bbilglicine.it>", to="info@davidecolombofoto.it",
  subj="Re: Sollecito fattura n. 2026/127", date="2026-12-09 09:22",
  irt=reminder_mid("dav", "2026/127", "reminder", "2026-12-09"),
  hdr=[("X-Autoresponder", "cPanel"), ("Precedence", "auto_reply")],
  root=alt("""
  Grazie per averci scritto! 🌿

  Abbiamo ricevuto il tuo messaggio e ti risponderemo entro 24 ore.
  Per prenotazioni last minute chiamaci al 0578 712 334 (ore 9-20).

  B&B Il Glicine – Montepulciano
  """, simple_html("B&B Il Glicine", [
      "Grazie per averci scritto! 🌿", "Abbiamo ricevuto il tuo messaggio e ti risponderemo entro 24 ore.",
      "Per prenotazioni last minute chiamaci al 0578 712 334 (ore 9-20).", "B&amp;B Il Glicine – Montepulciano"],
      brand="#7b5ea7")),
  note="cPanel autoresponder, no Auto-Submitted (only X-Autoresponder/Precedence); Subject looks like a human 'Re:'.")

# 0075 — hotel: fattura duplicata, attendiamo nota di credito
R("client-reply-dispute", o="dav", frm="Contabilità Hotel Lago Blu <contabilita@hotellagoblu.it>", date="2026-12-28 10:30",
  num="2026/136", amt=976.00, due="2026-12-20", sal="Spett.le Hotel Lago Blu srl,", step="reminder",
  osent="2026-12-28 09:00", quote="outlook", mua="outlook",
  body="""
  Buongiorno,

  abbiamo riscontrato che la fattura n. 2026/136 riporta le stesse voci (servizio fotografico camere e sala colazioni) già fatturate con la n. 2026/122 del 2 ottobre, da noi regolarmente saldata il 30/10.

  Restiamo in attesa di nota di credito a storno della 2026/136.

  Cordiali saluti
  Ufficio Contabilità
  Hotel Lago Blu S.r.l. – Riva del Garda
  """,
  lab=dict(reference="2026/136"),
  note="Already billed: duplicate of an invoice already paid; asks for a credit note -> dispute.")

# 0076 — Fatture in Cloud: incasso registrato a mano dalla titolare
X("other", frm="Fatture in Cloud <noreply@fattureincloud.it>", to="Alessandra Rossi <alessandra@example.it>",
  subj="Incasso registrato – Fattura n. 44/2026", date="2026-12-31 18:41",
  root=alt("""
  Ciao Alessandra,

  ti confermiamo che è stato registrato un incasso sul documento:

  Fattura n. 44/2026 – Pixel&Co Comunicazione S.r.l.
  Importo incassato: 610,00 €
  Data incasso: 31/12/2026
  Conto: Qonto
  Registrato da: Alessandra Rossi (app iOS)

  Lo stato del documento ora è: Saldato.

  Puoi modificare o annullare l'incasso dalla scheda del documento: https://secure.fattureincloud.it/invoices/view/88412011

  Il team di Fatture in Cloud
  TeamSystem S.p.A. – Non rispondere a questa email.
  """, simple_html("Incasso registrato", [
      "Ciao Alessandra,", "ti confermiamo che è stato registrato un incasso sul documento:",
      "<b>Fattura n. 44/2026</b> – Pixel&amp;Co Comunicazione S.r.l.<br>Importo incassato: 610,00 €<br>"
      "Data incasso: 31/12/2026<br>Conto: Qonto<br>Registrato da: Alessandra Rossi (app iOS)",
      "Lo stato del documento ora è: <b>Saldato</b>.",
      '<a href="https://secure.fattureincloud.it/invoices/view/88412011">Apri il documento</a>'],
      brand="#0d97ff", footer="TeamSystem S.p.A. – Non rispondere a questa email.")),
  note="Fatture in Cloud echo of an incasso the owner herself recorded by hand in her own invoicing app ('Registrato da: "
       "Alessandra Rossi (app iOS)'). It is her bookkeeping, not a bank/processor telling that money arrived, and not "
       "independent evidence -> other (the owner already knows; the real evidence is the bank credit).")

# 0077 — Comune: quietanza del mandato allegata
R("client-reply-paid", o="chi", frm="Servizio Finanziario Comune di Roccalta <finanziario@comune.roccalta.sa.it>",
  date="2026-12-16 13:02", num="FPA 10/26", amt=3120.00, due="2026-11-27", issue="2026-10-28",
  sal="Spett.le Comune di Roccalta,", step="reminder", osent="2026-12-14 09:00", quote="outlook_old", mua="outlook_old",
  pa=True, att=[att_pdf("Quietanza_mandato_2210_2026.pdf", "Comune di Roccalta - quietanza mandato n. 2210")],
  body="""
  Buongiorno,
  in riscontro alla Sua, si trasmette in allegato la quietanza del mandato di pagamento n. 2210 del 11/12/2026, emesso a saldo della fattura FPA 10/26 (imponibile e contributo integrativo; IVA in scissione dei pagamenti).
  Cordiali saluti
  Ufficio Ragioneria – Comune di Roccalta
  """,
  lab=dict(reference="FPA 10/26"),
  note="PA sends the receipt (quietanza) of the payment mandate -> paid. No amount in their text.")

# 0078 — Milano: Sant'Ambrogio e Immacolata, mercoledì
R("client-reply-promise", o="luc", frm="Enoteca Navigli <ciao@enotecanavigli.it>", date="2026-12-07 10:31",
  num="LM-2026-025", amt=610.00, due="2026-11-30", step="reminder", osent="2026-12-05 09:00", quote="gmail",
  body="""
  Ciao Luca, oggi qui a Milano è Sant'Ambrogio e domani c'è l'Immacolata, la banca è chiusa e il commercialista pure: lo faccio mercoledì mattina appena riapro tutto.
  Scusa il ritardo, il sito va alla grande!
  Paolo
  """,
  lab=dict(promised_date="2026-12-09"),
  note="Monday 7 Dec (Milan holidays 7-8 Dec): 'mercoledì' -> Wednesday 9 Dec.")

# 0079 — agenzia: manca la ritenuta d'acconto, importo sbagliato
R("client-reply-dispute", o="fra", frm="Chiara Valsecchi <amministrazione@lineacomunicazione.it>", date="2026-11-25 11:08",
  num="109/2026", amt=610.00, due="2026-11-20", sal="Spett.le Linea Comunicazione srl,", step="reminder",
  osent="2026-11-25 09:00", quote="outlook", mua="outlook", html="alt",
  body="""
  Buongiorno Francesca,

  non abbiamo ancora pagato perché la fattura non è corretta: non riporta la ritenuta d'acconto del 20% e quindi il totale da pagare che indica (610,00 €) non è quello che possiamo versarle. Noi siamo sostituto d'imposta e dobbiamo trattenerla.

  Ci mandi una fattura corretta (o una nota di credito e una nuova fattura) con la ritenuta e il netto a pagare e procediamo.

  Grazie
  Chiara Valsecchi
  Amministrazione – Linea Comunicazione srl
  """,
  note="Agency says the invoice total is wrong (withholding tax missing) and wants a corrected invoice before paying "
       "-> dispute (wrong amount).")

# 0080 — PayPal
R("client-reply-paid", o="dav", frm="Jacopo Melis <jacopo.melis90@gmail.com>", date="2027-01-30 20:14",
  num="2026/137", amt=280.00, due="2027-01-25", step="reminder", osent="2027-01-29 09:00", quote="android", mua="gmail",
  body="""
  Ciao Davide, ti ho mandato 280 € su PayPal alla mail del sito, controlla. Mi è più comodo così, spero non sia un problema!
  Jacopo
  """,
  lab=dict(amount="280.00"),
  note="Paid via PayPal, states 280 EUR.")

# 0081 — consorzio: ci mandi l'estratto conto delle fatture aperte
R("client-reply-other", o="ale", frm="Consorzio Vini Colli Bolognesi <segreteria@consorziocollibolognesi.it>",
  date="2027-01-18 09:35", num="1/2027", amt=1220.00, due="2027-01-15", sal="Spett.le Consorzio Vini Colli Bolognesi,",
  step="due", osent="2027-01-16 09:00", quote="outlook", mua="outlook",
  body="""
  Buongiorno Alessandra,

  per sistemare la nostra contabilità prima della chiusura del bilancio ci potrebbe mandare un estratto conto con tutte le fatture ancora aperte a suo nome? Ci risulta qualcosa di diverso rispetto a quanto ci scrive, ma preferiamo verificare con calma riga per riga.

  Grazie
  Silvia Gardini
  Segreteria – Consorzio Vini Colli Bolognesi
  """,
  note="Asks for a statement of open invoices to reconcile; 'qualcosa di diverso' is not yet a claim or contest -> other.")

# 0082 — surf shop: entro fine mese
R("client-reply-promise", o="luc", frm="Surf Shop Liguria <shop@surfshopliguria.it>", date="2026-11-24 17:55",
  num="LM-2026-024", amt=427.00, due="2026-11-20", step="reminder", osent="2026-11-24 09:00", quote="gmail",
  body="""
  Ciao Luca,
  riceverai il pagamento entro fine mese, adesso siamo sotto con gli ordini del Black Friday e ho lasciato indietro tutta l'amministrazione.
  Tommaso
  """,
  lab=dict(promised_date="2026-11-30"),
  note="'entro fine mese' on 24 Nov -> 30 Nov.")

# 0083 — fuori ufficio, rientro 'dopo l'Epifania' (vago)
X("auto-reply", frm="Marco Porta <marco.porta@tecnoimpiantisrl.it>", to="Alessandra Rossi <alessandra@example.it>",
  subj="Fuori sede: Promemoria: fattura n. 57/2026", date="2026-12-23 09:04",
  irt=reminder_mid("ale", "57/2026", "due", "2026-12-23"),
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  root=leaf("text/plain", dd("""
  Buongiorno,
  sono in ferie per le festività natalizie e rientrerò in ufficio dopo l'Epifania.
  Nel frattempo la posta non verrà letta. Per urgenze tecniche: assistenza@tecnoimpiantisrl.it

  Buone feste!
  Marco Porta
  Tecnoimpianti S.r.l.
  """) + "\n", cte="quoted-printable"),
  note="Out-of-office 'rientrerò dopo l'Epifania': no stated day -> no return_date.")

# 0084 — Comune: fattura rifiutata su SdI (CIG mancante e importo non conforme)
R("client-reply-dispute", o="chi", frm="Ufficio Ragioneria - Comune di Valdicastello <ragioneria@comune.valdicastello.it>",
  date="2027-01-11 12:50", num="FPA 12/26", amt=3416.00, due="2026-12-20", sal="Spett.le Comune di Valdicastello,",
  step="reminder", osent="2026-12-28 09:00", quote="outlook", mua="outlook", html="alt", pa=True,
  body="""
  Gentile Ing. Esposito,

  al rientro dalla chiusura natalizia si riscontra il Suo sollecito. Si comunica che la fattura n. FPA 12/26 è stata rifiutata tramite il Sistema di Interscambio (esito EC02) in data 08/01/2027, in quanto:

  1) priva del Codice Identificativo di Gara (CIG), obbligatorio ai sensi dell'art. 25 del D.L. 66/2014;
  2) riportante un imponibile di € 2.800,00, non conforme alla determina di affidamento n. 198/2026, che prevede € 2.600,00 oltre oneri previdenziali e IVA.

  Si invita pertanto la S.V. ad emettere nuova fattura corretta nell'importo e completa del CIG. La fattura rifiutata non potrà essere liquidata.

  Distinti saluti

  Rag. Marisa Cappello
  Servizio Finanziario – Comune di Valdicastello
  """,
  lab=dict(reference="FPA 12/26"),
  note="PA rejected the e-invoice on SdI: missing CIG and an amount above the award decree -> dispute (wrong amount, "
       "will not pay it as issued).")

# 0085 — bonifico istantaneo fatto
R("client-reply-paid", o="luc", frm="Simone Riva <simone@rivabikes.it>", date="2026-12-30 11:26",
  num="LM-2026-040", amt=549.00, due="2026-12-28", step="due", osent="2026-12-29 09:00", quote="gmail",
  body="""
  Fatto istantaneo adesso, dovresti già vederlo 👌
  Buon anno!
  """,
  note="'Fatto istantaneo' = instant transfer done.")

# 0086 — il cliente gira la risposta dell'amministrazione
R("client-reply-paid", o="ale", frm="Lorenza Tassi <lorenza@eventisapori.it>", date="2026-12-16 15:08",
  num="58/2026", amt=915.00, due="2026-12-12", step="reminder", osent="2026-12-15 09:00", quote="gmail",
  body="""
  Ciao Ale, ti giro la risposta dell'amministrazione, direi che ci siamo 😊

  ---------- Forwarded message ---------
  Da: Contabilità Eventi & Sapori <contabilita@eventisapori.it>
  Date: mer 16 dic 2026 alle ore 14:51
  Subject: R: fattura Rossi grafica
  To: Lorenza Tassi <lorenza@eventisapori.it>


  Pagata oggi con valuta 18/12, era rimasta nella cartella sbagliata. Scusate.
  Monica
  """,
  note="Client forwards the accounts department's 'pagata oggi' -> paid. The valuta date is the bank value date, not a "
       "promise.")

# 0087 — Credem Alert
X("payment-notification", frm="Credem <alert@credem.it>", to="francesca@neritraduzioni.it",
  subj="Credem Alert - Accredito su c/c", date="2026-12-21 12:30",
  root=leaf("text/plain", dd("""
  Credem Alert

  Accredito bonifico sul c/c ...7731
  Importo: 427,00 EUR
  Da: AGRITURISMO LE QUERCE DI BERTOLINI M.
  Descrizione: PAGAMENTO FATTURA 112 TRADUZIONI SITO
  Data operazione: 21/12/2026

  Per disattivare il servizio accedi a Credem Link > Impostazioni > Alert.
  Credito Emiliano S.p.A. – Messaggio automatico, non rispondere.
  """) + "\n", cte="quoted-printable"),
  lab=dict(amount="427.00", reference="112/2026"),
  note="Bank alert, incoming credit; description 'FATTURA 112' -> 112/2026.")

# 0088 — palestra: 500 adesso, il resto a fine gennaio
R("client-reply-promise", o="dav", frm="Palestra Olympia <info@palestraolympia.it>", date="2027-01-08 18:37",
  num="2026/138", amt=1220.00, due="2026-12-31", sal="Spett.le Palestra Olympia ASD,", step="reminder",
  osent="2027-01-08 09:00", quote="gmail",
  body="""
  Ciao Davide,
  ti ho appena fatto un bonifico di 500 €, il resto (720) te lo faccio entro fine gennaio quando entrano le quote dei corsi nuovi. Spero vada bene, scusa per il ritardo.
  Mauro
  Palestra Olympia
  """,
  lab=dict(amount="720.00", promised_date="2027-01-31"),
  note="Partial payment now plus a dated promise for the rest -> promise; amount is the promised remainder (720), "
       "500 already sent.")

# 0089 — studio di architettura: possiamo sentirci?
R("client-reply-other", o="ale", frm="Arch. Elena Negri <e.negri@brambillanegri.it>", date="2027-01-13 09:12",
  num="59/2026", amt=2440.00, due="2027-01-10", sal="Spett.le Studio Associato Brambilla Negri Architetti,",
  step="reminder", osent="2027-01-12 09:00", quote="outlook", mua="outlook", html="alt",
  body="""
  Buongiorno Alessandra,

  possiamo sentirci per telefono oggi o domani? Preferirei parlarne a voce, ci sono un paio di cose sul progetto della mostra da chiarire prima di chiudere la parte amministrativa.

  Io sono in studio fino alle 13.

  Elena Negri
  Studio Associato Brambilla Negri Architetti – Milano
  """,
  note="Asks for a call about 'a couple of things' without stating any objection, promise or payment -> other.")

# 0090 — risposta alla sospensione: ti denuncio
R("client-reply-dispute", o="luc", frm="Gabriele Conte <gabriele@contearredamenti.it>", date="2027-02-10 22:47",
  num="LM-2026-036", amt=1586.00, due="2026-12-31", sal="Spett.le Conte Arredamenti,", step="suspension",
  osent="2027-02-10 09:00", quote="gmail",
  body="""
  Se sospendi il servizio ti denuncio.
  Il sito è down da una settimana per colpa del TUO aggiornamento e io sto perdendo clienti ogni giorno. Non ti pago un euro finché non torna tutto come prima, anzi ti chiederò i danni.
  G. Conte
  """,
  note="Angry answer to the suspension notice: refuses to pay, claims damages -> dispute.")

# 0091 — concessionaria: il bonifico verrà disposto con valuta 10/02
R("client-reply-promise", o="dav", frm="Amministrazione Ferrario Auto <amministrazione@ferrarioauto.it>",
  date="2027-02-03 10:15", num="2026/139", amt=1464.00, due="2027-01-31", sal="Spett.le Ferrario Auto S.p.A.,",
  step="due", osent="2027-02-02 09:00", quote="outlook", mua="outlook", html="only", charset="windows-1252",
  cte="quoted-printable",
  body="""
  Buongiorno,

  Le confermiamo che il bonifico a saldo della fattura 2026/139 verrà disposto con valuta 10/02/2027, come da calendario pagamenti fornitori.

  Cordiali saluti

  Ufficio Amministrazione
  Ferrario Auto S.p.A. – Concessionaria Fiat | Jeep | Alfa Romeo
  Viale Lombardia 120, 20900 Monza (MB)
  """,
  lab=dict(reference="2026/139", promised_date="2027-02-10"),
  note="Car dealer: transfer 'verrà disposto' with value date 10 Feb -> future, promise for 10 Feb.")

# 0092 — saldate entrambe
R("client-reply-paid", o="dav", frm="Amministrazione Gruppo Eventi Nord <amministrazione@gruppoeventinord.it>",
  date="2026-11-20 15:40", num="2026/116", amt=915.00, due="2026-11-10", sal="Spett.le Gruppo Eventi Nord srl,",
  step="reminder", osent="2026-11-16 09:00", quote="outlook", mua="outlook",
  body="""
  Buongiorno Sig. Colombo,

  mi scuso per il disguido dovuto al cambio di referente. Ho verificato e ho saldato oggi entrambe le fatture aperte, la 2026/116 e la 2026/119, con un unico bonifico di € 1.647,00.

  Per il futuro La prego di inviare fatture e comunicazioni direttamente a questo indirizzo.

  Cordiali saluti
  Elisa Moro
  Amministrazione – Gruppo Eventi Nord srl
  """,
  lab=dict(amount="1647.00"),
  note="Paid two invoices with one transfer (1,647 total); two invoice numbers, so no single reference.")

# 0093 — qmail (italiano): casella disattivata
X("bounce", frm="MAILER-DAEMON@mail.zanellaexport.it", to="francesca@neritraduzioni.it",
  subj="failure notice", date="2026-11-03 09:14", hdr=[("Return-Path", "<>")],
  root=leaf("text/plain", dd("""
  Salve. Questo è il programma qmail-send all'indirizzo mail.zanellaexport.it.
  Mi dispiace, ma non è stato possibile consegnare il tuo messaggio ai seguenti indirizzi.
  Questo è un errore permanente; ci ho rinunciato. Mi dispiace che non abbia funzionato.

  <r.zanella@zanellaexport.it>:
  Casella disattivata su richiesta dell'amministratore. (#5.2.1)

  --- Di seguito una copia del messaggio.

  Return-Path: <francesca@neritraduzioni.it>
  Received: (qmail 18342 invoked from network); 3 Nov 2026 08:14:02 -0000
  Date: Tue, 3 Nov 2026 09:13:55 +0100
  From: Francesca Neri <francesca@neritraduzioni.it>
  To: Roberto Zanella <r.zanella@zanellaexport.it>
  Subject: Fattura n. 110/2026
  Message-ID: <7c1f0e2a.9d41@neritraduzioni.it>

  Gentile cliente,

  in allegato la fattura n. 110/2026 per la traduzione del catalogo export 2027.
  """) + "\n", charset="iso-8859-1", cte="8bit"),
  lab=dict(failed_recipient="r.zanella@zanellaexport.it", permanent=True),
  note="qmail failure notice translated into Italian ('errore permanente'), mailbox disabled -> permanent.")

# 0094 — Exim: ritardo (greylisting), nessuna azione richiesta
X("bounce", frm="Mail Delivery System <Mailer-Daemon@smtpout.register.it>", to="info@davidecolombofoto.it",
  subj="Warning: message 1vXr8a-0004Kd-2B delayed 24 hours", date="2027-01-22 09:30",
  hdr=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "amministrazione@galliarredamenti.it")],
  root=leaf("text/plain", dd("""
  This message was created automatically by mail delivery software.
  A message that you sent has not yet been delivered to one or more of its
  recipients after more than 24 hours on the queue on smtpout.register.it.

  The message identifier is:     1vXr8a-0004Kd-2B
  The subject of the message is: =?utf-8?q?Secondo_sollecito_=E2=80=93_fattura_n=2E_2026/130?=
  The date of the message is:    Thu, 21 Jan 2027 09:00:12 +0100

  The address to which the message has not yet been delivered is:

    amministrazione@galliarredamenti.it
      host mx.galliarredamenti.it [80.88.87.12]
      Delay reason: SMTP error from remote mail server after RCPT TO:<amministrazione@galliarredamenti.it>:
      451 4.7.1 Servizio temporaneamente non disponibile, riprovare piu' tardi

  No action is required on your part. Delivery attempts will continue for
  some time, and this warning may be repeated at intervals if the message
  remains undelivered. Eventually the mail delivery software will give up,
  and when that happens, the message will be returned to you.
  """) + "\n", charset="us-ascii", cte="7bit"),
  lab=dict(failed_recipient="amministrazione@galliarredamenti.it", permanent=False),
  note="Exim delay warning; remote server answered 451 in Italian -> temporary.")

# 0095 — Unione dei Comuni: accettata e trasmessa alla ragioneria
R("client-reply-other", o="chi", frm="Unione dei Comuni Alto Cilento <ragioneria@unionealtocilento.it>",
  date="2026-12-01 11:05", num="FPA 13/26", amt=1872.00, due="2026-12-15", issue="2026-11-13",
  sal="Spett.le Unione dei Comuni Alto Cilento,", step="courtesy", osent="2026-12-01 09:00", quote="none",
  body="""
  Si informa che la fattura in oggetto risulta accettata e trasmessa all'Ufficio Ragioneria per gli adempimenti di competenza.

  Unione dei Comuni Alto Cilento
  Ufficio Protocollo
  """,
  note="PA protocol office: status only (accepted and passed to accounts); no commitment to pay or date -> other.")

# 0096 — birrificio: pagata la settimana scorsa, ti giro anche la prossima
R("client-reply-paid", o="ale", frm="Birrificio Malto Matto <ciao@maltomatto.beer>", date="2027-01-27 17:02",
  num="2/2027", amt=366.00, due="2027-01-20", step="reminder", osent="2027-01-27 09:00", quote="gmail",
  body="""
  Ale! Pagata la settimana scorsa, guarda bene 🍺 Ti giro anche la prossima appena me la mandi, quella delle etichette della IPA.
  Luca (quello del Malto Matto, non l'altro)
  """,
  note="Clear 'already paid' plus an undated vague 'will also pay the next one' -> stays paid (brief exception).")

# 0097 — intestata alla vecchia società
R("client-reply-dispute", o="fra", frm="Roberto Zanella <roberto.zanella@zanellaexport.it>", date="2026-12-04 10:20",
  num="110/2026", amt=1037.00, due="2026-11-30", step="reminder", osent="2026-12-03 09:00", quote="thunderbird",
  mua="thunderbird",
  body="""
  Buongiorno Francesca,

  la mia contabile mi segnala che la fattura è intestata a Zanella Export srl, ma la traduzione del catalogo era per la nuova Zanella Group srl (P.IVA 04432190961), che ha preso in carico l'export da settembre, come le avevo scritto nell'ordine. Così non possiamo registrarla né pagarla.

  Ci mandi per favore nota di credito e nuova fattura intestata correttamente.

  Grazie
  Roberto Zanella
  """,
  note="Invoice issued to the wrong company; they will not pay it as issued and ask for credit note + reissue -> "
       "dispute (not as agreed / wants a credit note).")

# 0098 — fine mese (febbraio), prima l'F24
R("client-reply-promise", o="ale", frm="Nadia Ferro <nadia@ferrodesignlab.it>", date="2027-02-11 14:06",
  num="4/2027", amt=305.00, due="2027-02-05", step="reminder", osent="2027-02-11 09:00", quote="apple", mua="apple",
  body="""
  Ale scusami, ti pago a fine mese che adesso ho l'F24 dell'IVA e il saldo dell'affitto del laboratorio. Non me ne dimentico!
  N.

  Inviato da iPad
  """,
  lab=dict(promised_date="2027-02-28"),
  note="'a fine mese' on 11 Feb 2027 -> 28 Feb 2027.")

# 0099 — solo un pollice
R("client-reply-other", o="dav", frm="Pietro Sacchi <pietro.sacchi@icloud.com>", date="2026-12-14 13:58",
  num="2026/140", amt=183.00, due="2026-12-10", step="reminder", osent="2026-12-14 09:00", quote="apple", mua="apple",
  body="""
  👍

  Inviato da iPhone
  """,
  note="Thumbs-up only: acknowledges the reminder, states neither payment nor promise -> other.")

# 0100 — risposta al paid_claim_followup con CRO
R("client-reply-paid", o="dav", frm="Serena Galli <serena@galliarredamenti.it>", date="2027-02-01 09:48",
  num="2026/130", amt=671.00, due="2026-12-31", sal="Spett.le Galli Arredamenti,", step="paid_claim_followup",
  claim="2027-01-27", osent="2027-01-30 09:00", quote="gmail",
  body="""
  Ciao Davide, ecco i dati che mi chiedi: bonifico del 26/01 di 671,00 €, CRO 0306909606123456789012IT. Ti allego anche la contabile.
  Adesso che guardo bene... l'IBAN è quello che avevo in rubrica dall'anno scorso, finisce con 0099. Forse è partito sul conto vecchio? Fammi sapere.
  Serena
  """,
  att=[att_pdf("Contabile_26-01-2027.pdf", "Bonifico SEPA 671,00 EUR CRO 0306909606123456789012IT")],
  lab=dict(amount="671.00"),
  note="Answer to the paid-claim follow-up with CRO and receipt; may have gone to an old IBAN, but the client states it "
       "was paid -> paid.")

# 0101 — MPS: bonifico in entrata
X("payment-notification", frm="Banca MPS <noreply@notifiche.mps.it>", to="alessandra@example.it",
  subj="Notifica operazione: bonifico in entrata", date="2026-12-29 10:03",
  root=alt("""
  Gentile Cliente,

  ti informiamo che è stato registrato un bonifico in entrata sul conto corrente intestato a ROSSI ALESSANDRA.

  Importo: 1.098,00 euro
  Ordinante: PIXEL&CO COMUNICAZIONE SRL
  Causale: FT. 51/2026 CALENDARIO 2027
  Data: 29/12/2026

  Banca Monte dei Paschi di Siena S.p.A.
  Questa è una email generata automaticamente, ti preghiamo di non rispondere.
  """, simple_html("Bonifico in entrata", [
      "Gentile Cliente,", "ti informiamo che è stato registrato un bonifico in entrata sul conto corrente intestato a ROSSI ALESSANDRA.",
      "Importo: <b>1.098,00 euro</b><br>Ordinante: PIXEL&amp;CO COMUNICAZIONE SRL<br>Causale: FT. 51/2026 CALENDARIO 2027<br>Data: 29/12/2026",
      "Banca Monte dei Paschi di Siena S.p.A."], brand="#8a1538",
      footer="Questa è una email generata automaticamente, ti preghiamo di non rispondere.")),
  lab=dict(amount="1098.00", reference="51/2026"),
  note="MPS incoming transfer notice; causale 'FT. 51/2026'.")

# 0102 — Aruba fatturazione elettronica: fattura scartata dallo SdI
X("other", frm="Aruba Fatturazione Elettronica <noreply@fatturazioneelettronica.aruba.it>",
  to="francesca@neritraduzioni.it", subj="Notifica di scarto – Fattura n. 119/2026", date="2026-12-22 15:44",
  root=alt("""
  Gentile Cliente,

  ti informiamo che il Sistema di Interscambio ha scartato la seguente fattura:

  Numero: 119/2026 del 22/12/2026
  Cliente: Hotel Belvedere S.r.l.
  Identificativo SdI: 9520334871
  Codice errore: 00404 – Fattura duplicata

  La fattura scartata si considera non emessa. Puoi correggerla e inviarla di nuovo entro 5 giorni dalla data della notifica di scarto.

  Accedi al pannello: https://fatturazioneelettronica.aruba.it

  Aruba S.p.A.
  """, simple_html("Notifica di scarto", [
      "Gentile Cliente,", "ti informiamo che il Sistema di Interscambio ha <b>scartato</b> la seguente fattura:",
      "Numero: 119/2026 del 22/12/2026<br>Cliente: Hotel Belvedere S.r.l.<br>Identificativo SdI: 9520334871<br>"
      "Codice errore: 00404 – Fattura duplicata",
      "La fattura scartata si considera non emessa. Puoi correggerla e inviarla di nuovo entro 5 giorni dalla data della notifica di scarto.",
      "Aruba S.p.A."], brand="#f60")),
  note="E-invoicing provider: SdI rejected (scarto 00404) the owner's invoice. Notice about an invoice, not a payment "
       "and not a client reply -> other.")

# 0103 — e-commerce moda: traduzioni in ritardo, vogliamo il 15%
R("client-reply-dispute", o="fra", frm="Team ModaBimbi <admin@modabimbi.it>", date="2027-01-28 16:16",
  num="120/2026", amt=1708.00, due="2027-01-25", step="reminder", osent="2027-01-28 09:00", quote="gmail", html="alt",
  body="""
  Ciao Francesca,

  le traduzioni in tedesco delle schede prodotto sono arrivate con 10 giorni di ritardo rispetto alla data concordata, e per questo abbiamo lanciato lo shop DE dopo l'inizio dei saldi invernali, perdendo la parte migliore della stagione.

  Ci aspettiamo uno sconto del 15%: mandaci la fattura rivista e la paghiamo subito.

  Un saluto
  Federica – ModaBimbi.it
  """,
  note="E-commerce wants a 15% discount for late delivery -> dispute.")

# 0104 — parrucchiere: settimana prossima
R("client-reply-promise", o="dav", frm="Stile Libero Parrucchieri <stileliberoparrucchieri@gmail.com>",
  date="2026-12-17 12:12", num="2026/141", amt=244.00, due="2026-12-15", step="due", osent="2026-12-16 09:00",
  quote="android", mua="gmail",
  body="""
  Ciao Davide la settimana prossima ti faccio il bonifico, adesso con Natale il negozio è pieno e non ho un attimo
  Cinzia
  """,
  note="'la settimana prossima' -> promise without date.")

# 0105 — il commercialista vuole l'XML
R("client-reply-other", o="ale", frm="Tommaso Benassi <tommaso@benassiceramiche.it>", date="2027-01-20 10:00",
  num="60/2026", amt=488.00, due="2027-01-15", step="reminder", osent="2027-01-19 09:00", quote="gmail",
  body="""
  Buongiorno Alessandra, il mio commercialista mi dice che nel cassetto fiscale la fattura non c'è e mi chiede il file XML, non il PDF. Me lo può mandare? Poi gliela giro.
  Grazie
  Tommaso Benassi
  """,
  note="Asks for the XML e-invoice file; no claim about payment -> other.")

# 0106 — Outlook HTML windows-1252 con ricevuta allegata
R("client-reply-paid", o="luc", frm="Elettroforniture Brianza <contabilita@elettrofornbrianza.it>",
  date="2027-01-11 14:30", num="LM-2026-041", amt=3294.00, due="2026-12-31", sal="Spett.le Elettroforniture Brianza S.p.A.,",
  step="reminder", osent="2027-01-11 09:00", quote="outlook", mua="outlook", html="only", charset="windows-1252",
  cte="quoted-printable", att=[att_pdf("Ricevuta_bonifico_SEPA_09012027.pdf", "Ricevuta bonifico SEPA 3.294,00 EUR")],
  body="""
  Spett.le fornitore,

  Vi informiamo che il pagamento è stato effettuato in data 09/01/2027 tramite bonifico SEPA. In allegato la ricevuta.

  Distinti saluti

  Ufficio Contabilità Fornitori
  Elettroforniture Brianza S.p.A.
  Via Valassina 55 – 20851 Lissone (MB)
  Tel. 039 245 6100 – www.elettrofornbrianza.it

  Ai sensi del Regolamento (UE) 2016/679 (GDPR) si informa che i dati personali contenuti nella presente comunicazione sono trattati esclusivamente per finalità amministrative e contabili.
  """,
  note="HTML-only Outlook windows-1252, receipt attached: payment made on 9 Jan.")

# 0107 — agenzia eventi: chiacchiere sul prossimo shooting, la fattura la salda Marta giovedì
R("client-reply-promise", o="dav", frm="Lorenza Tassi <lorenza@eventisapori.it>", date="2026-11-16 12:25",
  num="2026/115", amt=1098.00, due="2026-11-10", step="reminder", osent="2026-11-16 09:00", quote="gmail", html="alt",
  body="""
  Ciao Davide!

  Allora, per il 5 dicembre siamo confermati alla villa di Bagnacavallo: cena di gala per 180 persone, ci servono foto dei piatti durante il servizio (non in posa, che lo chef si arrabbia) e poi gli ospiti. Arrivi verso le 18 per i dettagli della sala? Ti mando la scaletta appena la chiude il cliente. Parcheggio dietro le serre.

  Ah, la fattura di ottobre te la salda Marta giovedì, l'ha già messa in distinta.

  Ci sentiamo in settimana,
  Lorenza
  Eventi & Sapori – Ravenna
  """,
  lab=dict(promised_date="2026-11-19"),
  note="Chatty mail about the next event; one line: Marta will pay on Thursday (Monday 16 Nov -> 19 Nov). 'già in "
       "distinta' means scheduled, not paid.")

# 0108 — studio di ingegneria: rendering non conforme al progetto
R("client-reply-dispute", o="ale", frm="Ing. Carlo Rovelli <c.rovelli@rovelliengineering.it>", date="2027-02-15 09:20",
  num="5/2027", amt=1830.00, due="2027-02-10", sal="Spett.le Rovelli Engineering srl,", step="reminder",
  osent="2027-02-15 08:30", quote="outlook", mua="outlook",
  body="""
  Buongiorno,

  le rispondo con franchezza: il rendering della facciata che ci ha consegnato non corrisponde al progetto esecutivo che le avevamo fornito (finestre del secondo piano e marcapiano sbagliati, materiali diversi da quelli del capitolato). L'abbiamo dovuto far correggere a un altro studio prima della presentazione in Comune.

  Non ritengo quindi dovuto l'intero importo. Sono disponibile a riconoscerle il lavoro sulle tavole grafiche, ma non il rendering.

  Ing. Carlo Rovelli
  Rovelli Engineering S.r.l. – Como
  """,
  note="Engineering studio: work not as agreed, will only pay part -> dispute.")

# 0109 — detto di venerdì: entro venerdì -> il venerdì successivo
R("client-reply-promise", o="fra", frm="Marco Giordano <m.giordano@giordanovini.it>", date="2026-12-11 16:45",
  num="121/2026", amt=671.00, due="2026-12-05", step="reminder", osent="2026-12-11 09:00", quote="gmail",
  body="""
  Ciao Francesca, ok, la pago entro venerdì. Scusa!
  Marco
  """,
  lab=dict(promised_date="2026-12-18"),
  note="Written on Friday 11 Dec: 'entro venerdì' = the first Friday after -> 18 Dec.")

# 0110 — albo fornitori: servono documenti
R("client-reply-other", o="luc", frm="Ufficio Acquisti Cooperativa Agricola Valtellina <acquisti@coopvaltellina.it>",
  date="2026-12-09 10:40", num="LM-2026-042", amt=976.00, due="2026-12-15", issue="2026-11-15", step="courtesy",
  osent="2026-12-09 09:00", quote="outlook", mua="outlook",
  body="""
  Buongiorno,

  per completare la Sua registrazione nell'albo fornitori della Cooperativa ci occorrono: visura camerale (o certificato di attribuzione della partita IVA se non iscritto al Registro Imprese), copia di un documento d'identità e il modulo privacy firmato che trova in allegato.

  Restiamo in attesa.
  Ufficio Acquisti
  Cooperativa Agricola Valtellina
  """,
  att=[att_pdf("Modulo_privacy_fornitori.pdf", "Informativa privacy fornitori")],
  note="Supplier-registration paperwork request; says nothing about paying -> other.")

# 0111 — masseria pugliese: fatto ieri sera
R("client-reply-paid", o="dav", frm="Masseria Lamacupa <info@masserialamacupa.it>", date="2026-11-27 08:55",
  num="2026/120", amt=732.00, due="2026-11-20", step="reminder", osent="2026-11-26 09:00", quote="android", mua="gmail",
  body="""
  Ue' Davide, tutto a posto? Il bonifico l'ho fatto ieri sera, mo' ti arriva. Scusa ma 'sti giorni so' stati 'nu casino con la raccolta delle olive e i turisti tedeschi.
  Ti aspettiamo per le foto della sala nuova a primavera!
  Nicola
  """,
  note="Pugliese informal: transfer made last night -> paid.")

# 0112 — Qonto: bonifico in uscita eseguito (pagato dalla titolare)
X("other", frm="Qonto <notifications@qonto.com>", to="Alessandra Rossi <alessandra@example.it>",
  subj="Il tuo bonifico di 89,06 € è stato eseguito", date="2026-12-02 11:20",
  root=alt("""
  Ciao Alessandra,

  il tuo bonifico di 89,06 € a ARUBA S.P.A. è stato eseguito.

  Beneficiario: ARUBA S.P.A.
  Causale: RINNOVO HOSTING E PEC 2027 ORD 4471902
  Data di esecuzione: 02/12/2026

  Il team Qonto
  """, simple_html("Bonifico eseguito", [
      "Ciao Alessandra,", "il tuo bonifico di <b>89,06 €</b> a <b>ARUBA S.P.A.</b> è stato eseguito.",
      "Causale: RINNOVO HOSTING E PEC 2027 ORD 4471902<br>Data di esecuzione: 02/12/2026", "Il team Qonto"],
      brand="#6b5bff")),
  note="Outgoing transfer the owner made (same bank as the incoming notices) -> other, not payment-notification.")

# 0113 — pagata ieri, verifica (QP utf-8)
R("client-reply-paid", o="fra", frm="Studio Grafico Bonetti <info@studiograficobonetti.it>", date="2026-11-11 09:40",
  num="104/2026", amt=366.00, due="2026-11-05", step="reminder", osent="2026-11-10 09:00", quote="gmail",
  cte="quoted-printable",
  body="""
  Buongiorno Francesca,
  pagata ieri pomeriggio, verifica e fammi sapere se è arrivata perché la banca mi ha dato un avviso strano sull'IBAN (diceva "nome beneficiario non verificato"), ma l'ha eseguita lo stesso.
  Grazie, buona giornata
  Michela Bonetti
  """,
  note="Paid yesterday + asks to check arrival; the Verification-of-Payee warning does not change the claim -> paid.")

# 0114 — distinta del 30/11, valuta 2/12 (già passata)
R("client-reply-paid", o="luc", frm="Amministrazione Idraulica Shop <amministrazione@idraulicashop.it>",
  date="2026-12-03 15:05", num="LM-2026-043", amt=1586.00, due="2026-11-30", sal="Spett.le Idraulica Shop srl,",
  step="due", osent="2026-12-02 09:00", quote="outlook", mua="outlook", html="alt",
  body="""
  Buongiorno,

  la fattura LM-2026-043 è stata inserita nella distinta di pagamento del 30/11, con valuta beneficiario 02/12. Dovrebbe quindi risultarLe già accreditata.

  Cordiali saluti
  Amministrazione – Idraulica Shop S.r.l.
  """,
  lab=dict(reference="LM-2026-043"),
  note="Included in the 30 Nov payment batch with value date 2 Dec, both before the message (3 Dec) -> paid, not a "
       "promise.")

# 0115 — Pro Loco: pagato, ci serve la fattura quietanzata
R("client-reply-paid", o="ale", frm="Pro Loco Castelvetro <prolococastelvetro@gmail.com>", date="2027-02-05 18:20",
  num="6/2027", amt=250.00, due="2027-01-31", step="reminder", osent="2027-02-05 09:00", quote="gmail",
  body="""
  Buonasera Alessandra,
  abbiamo pagato con bonifico il 2 febbraio (l'ha fatto il tesoriere, scusi il ritardo ma siamo tutti volontari). Per il rendiconto del contributo regionale ci serve la fattura quietanzata: ce la può mandare con la dicitura "pagato"?
  Grazie mille per il manifesto della Sagra, è piaciuto a tutti!
  Roberta – Pro Loco Castelvetro
  """,
  note="Paid on 2 Feb plus a request for a receipted invoice -> paid (question does not lower it).")

# 0116 — Samsung, corpo in base64
R("client-reply-paid", o="dav", frm="Luigi Ferrante <luigi.ferrante@hotmail.it>", date="2027-01-04 08:03",
  num="2026/142", amt=305.00, due="2026-12-31", step="reminder", osent="2027-01-02 09:00", quote="android", mua="samsung",
  cte="base64",
  body="""
  Buongiorno bonifico fatto stamattina. Buon anno
  Luigi



  Inviato dal mio dispositivo Galaxy
  """,
  note="Short mobile reply, body base64-encoded: transfer made this morning.")

# 0117 — consulente che scrive per il titolare del B&B
R("client-reply-paid", o="fra", frm="Dott. Stefano Marzi <s.marzi@studiomarzi-consulenze.it>", date="2026-12-23 12:50",
  num="105/2026", amt=427.00, due="2026-12-15", sal="Spett.le B&B Borgo dei Cipressi,", step="reminder",
  osent="2026-12-22 09:00", quote="outlook_old", mua="outlook_old",
  cc=["B&B Borgo dei Cipressi <info@borgodeicipressi.it>"],
  body="""
  Gentile Dott.ssa Neri,

  la sig.ra Ferri, titolare del B&B Borgo dei Cipressi, mi incarica di comunicarLe che la Sua fattura è stata saldata ieri, 22/12/2026, tramite bonifico disposto dal conto della struttura. La titolare si scusa per il ritardo, dovuto a un disguido nella trasmissione delle fatture al nostro studio.

  Distinti saluti
  Dott. Stefano Marzi
  Studio Marzi – Consulenza aziendale e fiscale – Siena
  """,
  note="Consultant writes in the third person for the B&B owner (cc): paid on 22 Dec.")

# 0118 — agenzia social: fatto il payment
R("client-reply-paid", o="luc", frm="Giada @ Social Farm <giada@socialfarm.agency>", date="2027-01-21 10:17",
  num="LM-2026-044", amt=854.00, due="2027-01-15", step="reminder", osent="2027-01-20 09:00", quote="gmail", html="alt",
  body="""
  Ciao Luca!! Fatto il payment stamattina, ASAP come promesso 😅 sorry ma il nostro CFO era in ski trip 🎿

  Ps: il cliente della landing è super happy, ti scrivo la prossima settimana per la fase 2!

  Giada Colombo
  Head of Ops | Social Farm
  📍 Milano – Isola
  """,
  note="Agency Itanglish voice: 'fatto il payment stamattina' -> paid.")

# 0119 — pizzeria napoletana
R("client-reply-paid", o="dav", frm="Pizzeria Da Gennaro <dagennaro.pizzeria@libero.it>", date="2027-02-12 16:30",
  num="2026/143", amt=427.00, due="2027-02-05", step="reminder", osent="2027-02-12 09:00", quote="libero", mua="libero",
  body="""
  Guagliò, t'aggio fatto 'o bonifico stammatina, scusa 'o ritardo ma cu 'e fornitori stamme 'ncasinati.
  'E foto d'e pizze so' venute 'na bellezza, 'a gente 'e guarda e trase!
  Statte buono
  Gennaro
  """,
  note="Neapolitan dialect: transfer made this morning -> paid.")

# 0120 — risposta alla diffida: pagato il totale con interessi
R("client-reply-paid", o="luc", frm="Avv. Marta Serra per Moretti Design srl <m.serra@studiolegaleserra.it>",
  date="2027-01-28 17:40", num="LM-2026-023", amt=1220.00, due="2026-11-30", issue="2026-10-31",
  sal="Spett.le Moretti Design srl,", step="final", osent="2027-01-25 09:00", quote="outlook", mua="outlook",
  cc=["Moretti Design <amministrazione@morettidesign.it>"],
  body="""
  Egregio Sig. Marchetti,

  scrivo in nome e per conto della società Moretti Design srl, in riscontro alla Sua comunicazione del 25 gennaio u.s.

  La mia assistita, pur ribadendo che il ritardo è dipeso da temporanee difficoltà di tesoreria, ha provveduto in data odierna al pagamento dell'intero importo richiesto, pari a € 1.279,00, comprensivo di interessi moratori e dell'importo forfettario di € 40,00.

  Con il che si chiede di considerare definita la posizione.

  Distinti saluti
  Avv. Marta Serra
  Studio Legale Serra – Bergamo
  """,
  lab=dict(amount="1279.00"),
  note="Lawyer answers the formal notice on behalf of the client: paid the full amount with interest and 40 EUR "
       "(1,279.00) -> paid.")

# 0121 — cosmetica: pagamento previsto per il 26/02
R("client-reply-promise", o="ale", frm="Cosmetica Naturale srl <amministrazione@cosmeticanaturale.it>",
  date="2027-02-16 11:30", num="7/2027", amt=1098.00, due="2027-02-10", sal="Spett.le Cosmetica Naturale srl,",
  step="reminder", osent="2027-02-16 09:00", quote="outlook", mua="outlook",
  body="""
  Gentile Alessandra,
  la informiamo che il pagamento della fattura 7/2027 è previsto per il 26/02, data della nostra prossima distinta fornitori.
  Cordiali saluti
  Ufficio Amministrazione
  Cosmetica Naturale S.r.l.
  """,
  lab=dict(reference="7/2027", promised_date="2027-02-26"),
  note="Payment scheduled for 26 Feb -> promise.")

# 0122 — ristorante siciliano: lunedì 1° febbraio
R("client-reply-promise", o="dav", frm="Trattoria Za' Maria <trattoriazamaria@gmail.com>", date="2027-01-27 15:10",
  num="2026/144", amt=610.00, due="2027-01-20", step="reminder", osent="2027-01-27 09:00", quote="gmail",
  body="""
  Ciao Davide, scusami assai, a gennaio qui è tutto fermo, 'u ristoranti è mezzo vuoto e i conti non tornano.
  Ti pago lunedì 1° febbraio, quando incasso il pranzo della cresima di sabato. Parola mia.
  Salvo
  """,
  lab=dict(promised_date="2027-02-01"),
  note="Sicilian flavour; explicit 'lunedì 1° febbraio' (Monday) -> 1 Feb 2027.")

# 0123 — grande azienda: giro pagamenti della prossima settimana
R("client-reply-promise", o="fra", frm="Accounts Payable Italia <ap.italia@farmagroup-it.com>", date="2026-11-27 14:00",
  num="106/2026", amt=2196.00, due="2026-11-20", sal="Spett.le FarmaGroup Italia S.p.A.,", step="reminder",
  osent="2026-11-26 09:00", quote="outlook", mua="outlook", html="only",
  body="""
  Dear Supplier / Gentile Fornitore,

  la fattura n. 106/2026 risulta approvata e sarà inclusa nel giro pagamenti della prossima settimana.

  Per qualsiasi richiesta si prega di indicare il numero di fornitore (V-204518).

  Kind regards / Cordiali saluti
  Accounts Payable – Shared Service Center
  FarmaGroup Italia S.p.A.
  """,
  lab=dict(reference="106/2026"),
  note="Multinational AP: 'giro pagamenti della prossima settimana' -> promise, vague (no day).")

# 0124 — ASL: determina in firma, mandato entro il 31 gennaio
R("client-reply-promise", o="chi", frm="UOC Gestione Economico Finanziaria <bilancio.fornitori@asl-altotirreno.it>",
  date="2027-01-20 12:35", num="FPA 14/26", amt=1560.00, due="2027-01-10", sal="Spett.le ASL Alto Tirreno,",
  step="reminder", osent="2027-01-19 09:00", quote="outlook_old", mua="outlook_old", pa=True,
  body="""
  Gent.ma Ing. Esposito,

  la determina di liquidazione relativa alla fattura FPA 14/26 è attualmente alla firma del Direttore della UOC. Il mandato di pagamento sarà emesso entro il 31 gennaio p.v.

  Cordiali saluti
  Dott. Pietro Malinconico
  UOC Gestione Economico Finanziaria – ASL Alto Tirreno
  """,
  lab=dict(reference="FPA 14/26", promised_date="2027-01-31"),
  note="PA: liquidation decree awaiting signature, payment mandate 'entro il 31 gennaio' -> promise.")

# 0125 — studio yoga: Satispay stasera
R("client-reply-promise", o="ale", frm="Anima Yoga Studio <namaste@animayoga.it>", date="2027-02-19 13:15",
  num="8/2027", amt=183.00, due="2027-02-15", step="reminder", osent="2027-02-19 09:00", quote="apple", mua="apple",
  body="""
  Ciao Ale 🙏 ti faccio Satispay stasera dopo l'ultima lezione, promesso!
  Namaste
  Irene
  """,
  lab=dict(promised_date="2027-02-19"),
  note="'stasera' -> promise for the message date.")

# 0126 — segretaria dell'architetto: dopo il 10
R("client-reply-promise", o="dav", frm="Segreteria Studio Arch. Villa <segreteria@studiovilla.archi>",
  date="2027-02-04 10:05", num="2026/145", amt=1342.00, due="2027-01-31", sal="Spett.le Studio Arch. Villa,",
  step="reminder", osent="2027-02-03 09:00", quote="outlook", mua="outlook",
  body="""
  Buongiorno,

  l'architetto è in cantiere a Dubai fino al 10 e i bonifici li firma solo lui. Mi ha detto di rassicurarla: appena rientra, dopo il 10, provvede.

  Cordiali saluti
  Martina
  Segreteria – Studio Arch. Lorenzo Villa
  """,
  note="Secretary: the architect will pay after he is back 'dopo il 10' -> promise, vague (no day).")

# 0127 — Tue: oggi no, giovedì sicuro
R("client-reply-promise", o="luc", frm="Davide Brambati <d.brambati@brambatiferramenta.it>", date="2027-02-23 18:02",
  num="LM-2027-003", amt=488.00, due="2027-02-20", step="due", osent="2027-02-22 09:00", quote="gmail",
  body="""
  Luca oggi non riesco, giovedì sicuro.
  """,
  lab=dict(promised_date="2027-02-25"),
  note="'oggi non riesco, giovedì sicuro' on Tuesday 23 Feb -> Thursday 25 Feb.")

# 0128 — B&B costiera: foto scure, rifare lo shooting
R("client-reply-dispute", o="dav", frm="Corte dei Limoni <info@cortedeilimoni.it>", date="2026-11-06 11:55",
  num="2026/114", amt=915.00, due="2026-11-05", sal="Spett.le Corte dei Limoni,", step="due", osent="2026-11-05 09:00",
  quote="gmail", html="alt", att=[att_jpg("camera3_confronto.jpg")],
  body="""
  Gentile Davide,

  con dispiacere le scrivo che le foto delle camere sono venute troppo scure, soprattutto la 3 e la 5 (le allego un esempio accanto a una foto fatta col telefono). Su Booking e sul sito non le possiamo usare così, sembrano delle cantine, e noi vendiamo la luce della Costiera.

  Prima di pagare vorremmo che rifacesse lo shooting delle camere, magari in una giornata di sole.

  Cordiali saluti
  Assunta Esposito
  Corte dei Limoni – Amalfi
  """,
  note="B&B: photos unusable, wants a reshoot before paying -> dispute.")

# 0129 — la trasferta era inclusa
R("client-reply-dispute", o="dav", frm="Cantina Sociale Valpolicella <ufficio.marketing@cantinavalpo.it>",
  date="2026-12-01 10:22", num="2026/147", amt=2074.00, due="2026-11-28", sal="Spett.le Cantina Sociale Valpolicella,",
  step="due", osent="2026-11-30 09:00", quote="outlook", mua="outlook", html="alt",
  body="""
  Buongiorno Davide,

  nella fattura troviamo una voce "trasferta e rimborso km – 3 giornate" di 280 € + IVA che nel preventivo non c'era: lì era scritto chiaramente "prezzo comprensivo di trasferta". Ti chiedo di togliere la voce e rimandarci la fattura corretta.

  Il resto va benissimo, le foto della vendemmia sono bellissime.

  Grazie
  Chiara Zanoni
  Marketing – Cantina Sociale Valpolicella
  """,
  note="Contests an extra travel line not in the quote -> dispute.")

# 0130 — cartelle contestate
R("client-reply-dispute", o="fra", frm="Ufficio Tecnico Metalmeccanica Ponti <utecnico@metalponti.it>",
  date="2026-11-19 14:48", num="107/2026", amt=1171.20, due="2026-11-15", sal="Spett.le Metalmeccanica Ponti srl,",
  step="reminder", osent="2026-11-19 09:00", quote="thunderbird", mua="thunderbird",
  body="""
  Buongiorno,

  il conteggio delle cartelle non ci torna: in fattura ne risultano 48, ma il testo originale del manuale, contato con il nostro software (1500 battute spazi inclusi), ne fa 41. Ci manda il dettaglio del conteggio? Se il numero è quello che risulta a noi, la fattura va rifatta.

  Saluti
  Geom. Walter Ponti
  Metalmeccanica Ponti srl
  """,
  note="Contests the billed page count (48 vs 41) and asks for a reissue if confirmed -> dispute (wrong amount).")

# 0131 — pagati 600, la post-produzione extra no
R("client-reply-dispute", o="dav", frm="Federica Lodi <federica@lodigioielli.it>", date="2027-02-17 12:02",
  num="2026/148", amt=1037.00, due="2027-02-10", step="reminder", osent="2027-02-17 09:00", quote="gmail",
  body="""
  Ciao Davide,

  ti ho pagato oggi 600 euro per il servizio fotografico, come da preventivo. I 250 di post-produzione "extra" invece non li avevamo concordati: ci avevi detto che il ritocco base era compreso e non ci hai mai chiesto l'ok per quello avanzato.

  Se vuoi ne parliamo, ma per ora considera pagato quanto concordato.

  Federica
  Lodi Gioielli
  """,
  lab=dict(amount="600.00"),
  note="Partial payment (600 stated) plus contest of the 250 extra -> dispute (brief rule).")

# 0132 — 50% ora, saldo al collaudo
R("client-reply-dispute", o="luc", frm="Ing. Paolo Gatti <p.gatti@gattiautomazioni.it>", date="2027-01-14 17:30",
  num="LM-2026-045", amt=3660.00, due="2027-01-10", sal="Spett.le Gatti Automazioni srl,", step="reminder",
  osent="2027-01-14 09:00", quote="outlook", mua="outlook",
  body="""
  Buonasera,

  l'area riservata per i distributori non è ancora funzionante (login via SSO bloccato, export degli ordini in CSV vuoto). Vi paghiamo il 50% ora e il saldo quando il portale passa il collaudo, come da ordine.

  Cordiali saluti
  Ing. Paolo Gatti
  Gatti Automazioni S.r.l.
  """,
  note="Will pay half now and withhold the rest until acceptance testing passes -> dispute (partial until fixed).")

# 0133 — ASL: sopralluoghi non autorizzati, nota di credito parziale
R("client-reply-dispute", o="chi", frm="UOC Prevenzione e Protezione <spp@asl-altotirreno.it>", date="2027-02-03 09:40",
  num="FPA 15/26", amt=1872.00, due="2027-01-31", sal="Spett.le ASL Alto Tirreno,", step="due", osent="2027-02-01 09:00",
  quote="outlook_old", mua="outlook_old", pa=True,
  body="""
  Gent.ma Ing. Esposito,

  in merito alla fattura FPA 15/26 si rappresenta che il disciplinare d'incarico prevedeva n. 4 sopralluoghi presso i presidi territoriali, mentre in fattura ne risultano n. 6. I due sopralluoghi aggiuntivi non sono stati autorizzati con atto formale, pertanto l'importo eccedente non può essere liquidato.

  Si chiede di emettere nota di credito parziale per l'importo relativo ai sopralluoghi non autorizzati; a seguire si procederà alla liquidazione della parte restante.

  Distinti saluti
  Il Direttore UOC Prevenzione e Protezione
  Dott. Ing. Raffaele Santoro
  """,
  lab=dict(reference="FPA 15/26"),
  note="PA contests two unauthorised site visits and asks for a partial credit note -> dispute.")

# 0134 — la band: ma scherzi?? avevamo detto 300
R("client-reply-dispute", o="ale", frm="Jack dei Mondo Cane <mondocane.band@gmail.com>", date="2027-01-07 01:12",
  num="61/2026", amt=549.00, due="2027-01-05", step="reminder", osent="2027-01-06 09:00", quote="android", mua="gmail",
  body="""
  ma scherzi?? 😳 avevamo detto 300 tutto compreso, copertina + poster + post per ig. 450 più iva non esiste, siamo una band non la Universal 😂
  rifalla a 300 e te li do subito
  jack
  """,
  note="Informal, lowercase: agreed 300 all-in, invoiced 450+IVA -> dispute.")

# 0135 — manca l'IBAN
R("client-reply-other", o="ale", frm="Gabriella Monti <gabriella.monti@alice.it>", date="2027-01-12 11:45",
  num="62/2026", amt=244.00, due="2027-01-08", step="reminder", osent="2027-01-12 09:00", quote="libero", mua="libero",
  body="""
  Buongiorno, nella fattura che mi ha mandato a dicembre non trovo l'IBAN, mi rimanda gli estremi per il bonifico per favore? Ho cambiato telefono e non ho più la mail di prima.
  Saluti
  Gabriella Monti
  """,
  note="Asks for the bank details; no payment claim or promise -> other.")

# 0136 — codice destinatario sbagliato
R("client-reply-other", o="luc", frm="Ufficio Amministrativo Pastificio Rigamonti <amm@pastificiorigamonti.it>",
  date="2026-12-14 12:20", num="LM-2026-046", amt=732.00, due="2026-12-10", step="reminder", osent="2026-12-14 09:00",
  quote="outlook", mua="outlook",
  body="""
  Buongiorno,

  la fattura elettronica non ci è arrivata sul gestionale perché è stata inviata senza codice destinatario ed è finita solo nel cassetto fiscale. Può reinviarla (o inviarne una copia) con il nostro codice destinatario M5UXCR1? Così entra nel flusso di approvazione.

  Grazie
  Ufficio Amministrativo – Pastificio Rigamonti
  """,
  note="Asks to resend the e-invoice with the right SdI recipient code -> other.")

# 0137 — solo lavoro nuovo, nulla sul pagamento
R("client-reply-other", o="fra", frm="Irene Sala <irene.sala@edizionilanterna.it>", date="2026-11-26 16:33",
  num="108/2026", amt=854.00, due="2026-11-25", step="due", osent="2026-11-25 09:00", quote="gmail",
  body="""
  Ciao Francesca!

  Ti rispondo qui che faccio prima: hai disponibilità per una traduzione urgente dal tedesco? Sono 20 cartelle, un saggio breve per la collana di filosofia, ci servirebbe entro venerdì 4 dicembre. Se riesci ti mando subito il PDF e ci accordiamo sulla tariffa come l'altra volta.

  Fammi sapere entro domani se puoi!
  Irene
  Edizioni Lanterna
  """,
  note="Replies to the reminder only to offer new work; the Friday date is the translation deadline, not a payment "
       "date -> other.")

# 0138 — segretaria: il dottore è in ferie fino al 10
R("client-reply-other", o="ale", frm="Segreteria Studio Medico Ricci <segreteria@studiomedicoricci.it>",
  date="2027-02-02 09:25", num="63/2026", amt=427.00, due="2027-01-31", sal="Spett.le Studio Medico Dott. Ricci,",
  step="due", osent="2027-02-01 09:00", quote="outlook", mua="outlook",
  body="""
  Buongiorno Sig.ra Rossi,

  il dottore è in ferie fino al 10 febbraio. Al suo rientro gli sottoporrò la sua mail e le farà sapere.

  Cordiali saluti
  Segreteria Studio Medico Dott. Ricci
  """,
  note="Human (not automatic) note from the secretary: the doctor is away and 'le farà sapere' -> no promise to pay "
       "-> other.")

# 0139 — te l'ho fatto o no?
R("client-reply-other", o="dav", frm="Andrea Piras <andrea.piras@tiscali.it>", date="2027-02-22 22:10",
  num="2026/149", amt=366.00, due="2027-02-15", step="reminder", osent="2027-02-22 09:00", quote="gmail",
  body="""
  Davide ma il bonifico te l'ho fatto o no? Giuro non mi ricordo, ne ho fatti dieci questo mese. Controlla tu e se non c'è dimmelo che lo rifaccio
  """,
  note="Asks whether he already paid; no claim, and 'se non c'è lo rifaccio' is conditional -> other.")

# 0140 — scuola: codice univoco ufficio errato
R("client-reply-other", o="chi", frm="Liceo Scientifico Statale E. Fermi <sapsferm01@istruzione.it>",
  date="2027-02-10 10:45", num="FPA 16/26", amt=980.00, due="2027-02-05", sal="Spett.le Liceo Scientifico Statale \"E. Fermi\",",
  step="reminder", osent="2027-02-09 09:00", quote="none", pa=True,
  body="""
  Gent.ma Ing. Esposito,

  la fattura da Lei richiamata non risulta pervenuta a questa Istituzione scolastica. Da verifica sulla piattaforma, la stessa risulta indirizzata al codice univoco ufficio di altra amministrazione.

  Si prega di trasmettere la fattura elettronica al codice univoco ufficio di questo Liceo: UFK9TR, indicando il CIG riportato nella lettera d'incarico.

  Distinti saluti
  Il D.S.G.A.
  Rag. Giuseppe Amato
  """,
  note="State school: invoice went to another entity's office code; asks to resend it to the right one -> other "
       "(not a contest of the debt).")

# 0141 — Comune: si accusa ricevuta, protocollo
R("client-reply-other", o="fra", frm="Protocollo Comune di Belgirate Lago <protocollo@comune.belgiratelago.it>",
  date="2026-11-30 12:01", num="103/2026", amt=732.00, due="2026-11-25", step="reminder", osent="2026-11-30 09:00",
  quote="none", pa=True,
  body="""
  Si accusa ricevuta della Sua comunicazione, assunta al protocollo generale n. 0008741 del 30/11/2026 e assegnata al Servizio Finanziario per il seguito di competenza.

  Ufficio Protocollo – Comune di Belgirate Lago
  """,
  note="PA protocol acknowledgement written by a clerk (no auto-reply headers): registered and assigned, nothing about "
       "payment -> other.")

# 0142 — Revolut Business in italiano
X("payment-notification", frm="Revolut Business <no-reply@revolut.com>", to="francesca@neritraduzioni.it",
  subj="Hai ricevuto 732,00 €", date="2027-02-19 09:14",
  root=alt("""
  Hai ricevuto 732,00 €

  STUDIO TECNICO ASSOCIATO MARCONI & BASSI ti ha inviato 732,00 € sul conto EUR principale.

  Riferimento: SALDO E STRALCIO FT 111/2026

  Visualizza nell'app: https://business.revolut.com/transactions

  Revolut Bank UAB – Succursale Italiana
  Ricevi questa email perché hai attivato le notifiche per le transazioni in entrata.
  """, simple_html("Hai ricevuto 732,00 €", [
      '<span style="font-size:22px"><b>Hai ricevuto 732,00 €</b></span>',
      "STUDIO TECNICO ASSOCIATO MARCONI &amp; BASSI ti ha inviato 732,00 € sul conto EUR principale.",
      "Riferimento: SALDO E STRALCIO FT 111/2026"], brand="#191c1f",
      footer="Revolut Bank UAB – Succursale Italiana. Ricevi questa email perché hai attivato le notifiche per le transazioni in entrata.")),
  lab=dict(amount="732.00", reference="111/2026"),
  note="Revolut Business (Italian) incoming payment; reference names FT 111/2026.")

# 0143 — Nexi Pay by Link
X("payment-notification", frm="Nexi <noreply@nexi.it>", to="info@davidecolombofoto.it",
  subj="Pagamento ricevuto – Pay by Link", date="2026-12-23 19:47",
  root=alt("""
  Gentile Esercente,

  ti informiamo che il tuo cliente ha completato il pagamento tramite Pay by Link.

  Esercente: DAVIDE COLOMBO FOTOGRAFIA
  Importo: 540,00 EUR
  Descrizione: Fattura 2026/125
  Codice transazione: PBL-77312094
  Data e ora: 23/12/2026 19:46
  Esito: AUTORIZZATO

  Puoi verificare l'operazione nella tua area riservata Nexi Business.

  Nexi Payments S.p.A.
  """, simple_html("Pagamento ricevuto", [
      "Gentile Esercente,", "ti informiamo che il tuo cliente ha completato il pagamento tramite Pay by Link.",
      "Esercente: DAVIDE COLOMBO FOTOGRAFIA<br>Importo: <b>540,00 EUR</b><br>Descrizione: Fattura 2026/125<br>"
      "Codice transazione: PBL-77312094<br>Data e ora: 23/12/2026 19:46<br>Esito: AUTORIZZATO",
      "Nexi Payments S.p.A."], brand="#2d32aa")),
  lab=dict(amount="540.00", reference="2026/125"),
  note="Nexi Pay-by-link: card payment authorised for invoice 2026/125.")

# 0144 — BNL: accredito
X("payment-notification", frm="BNL <comunicazioni@bnl.it>", to="chiara.esposito@studioesposito.it",
  subj="BNL - Avviso di accredito", date="2027-01-08 08:31",
  root=leaf("text/html", simple_html("Avviso di accredito", [
      "Gentile Cliente,", "ti comunichiamo che sul tuo conto è stato accreditato un bonifico.",
      "Importo: EUR 1.872,00<br>Ordinante: UNIONE DEI COMUNI ALTO CILENTO<br>"
      "Descrizione: MANDATO N. 17 DEL 05/01/2027 SALDO FATTURA FPA 13/26<br>Data valuta: 08/01/2027",
      "Ti ricordiamo che BNL non ti chiederà mai codici o password via email o SMS."], brand="#00915a",
      footer="BNL S.p.A. – Gruppo BNP Paribas. Email generata automaticamente."), cte="quoted-printable"),
  lab=dict(amount="1872.00", reference="FPA 13/26"),
  note="BNL HTML-only alert of an incoming PA transfer; description names FPA 13/26.")

# 0145 — Fatture in Cloud: pagamento online ricevuto (via link di pagamento)
X("payment-notification", frm="Fatture in Cloud <noreply@fattureincloud.it>", to="Alessandra Rossi <alessandra@example.it>",
  subj="Hai ricevuto un pagamento online per la fattura n. 57/2026", date="2027-01-12 16:02",
  root=alt("""
  Ciao Alessandra,

  il tuo cliente Tecnoimpianti S.r.l. ha pagato online la fattura n. 57/2026 tramite il link di pagamento.

  Importo pagato: 732,00 €
  Metodo: carta di credito
  Data: 12/01/2027 16:01

  L'importo sarà accreditato sul tuo conto secondo le tempistiche del servizio di pagamento. Abbiamo registrato automaticamente l'incasso sul documento.

  Il team di Fatture in Cloud
  """, simple_html("Pagamento ricevuto", [
      "Ciao Alessandra,", "il tuo cliente <b>Tecnoimpianti S.r.l.</b> ha pagato online la fattura <b>n. 57/2026</b> tramite il link di pagamento.",
      "Importo pagato: <b>732,00 €</b><br>Metodo: carta di credito<br>Data: 12/01/2027 16:01",
      "L'importo sarà accreditato sul tuo conto secondo le tempistiche del servizio di pagamento. Abbiamo registrato automaticamente l'incasso sul documento."],
      brand="#0d97ff")),
  lab=dict(amount="732.00", reference="57/2026"),
  note="Same software as the manual 'incasso registrato' (other), but here the client actually paid by card through "
       "the app's payment link: a processor-style notice that money came in -> payment-notification.")

# 0146 — vacanza Gmail: torno giovedì 7 gennaio
X("auto-reply", frm="Marisa Bertolini <marisa.bertolini@gmail.com>", to="francesca@neritraduzioni.it",
  subj="Re: Promemoria: fattura n. 122/2026 in scadenza", date="2026-12-29 09:03",
  irt=reminder_mid("fra", "122/2026", "courtesy", "2026-12-29"),
  hdr=[("Auto-Submitted", "auto-replied")],
  root=alt("""
  Ciao! Sono in viaggio con poca connessione dal 27 dicembre e torno operativa giovedì 7 gennaio 2027. Ti rispondo appena rientro.
  Buone feste!
  Marisa
  """, '<div dir="ltr">Ciao! Sono in viaggio con poca connessione dal 27 dicembre e torno operativa giovedì 7 gennaio 2027. '
       'Ti rispondo appena rientro.<br>Buone feste!<br>Marisa</div>\n'),
  lab=dict(return_date="2027-01-07"),
  note="Gmail vacation responder (Auto-Submitted, subject 'Re:' like a human reply); back Thursday 7 January.")

# 0147 — PEC: avviso di mancata consegna
X("bounce", frm="posta-certificata@ingpec.eu", to="chiara.esposito@ingpec.eu",
  subj="AVVISO DI MANCATA CONSEGNA: Sollecito fattura n. FPA 17/26", date="2027-01-15 09:05",
  hdr=[("X-Ricevuta", "errore-consegna"), ("X-Trasporto", "errore"), ("X-Riferimento-Message-ID",
       reminder_mid("chi", "FPA 17/26", "reminder", "2027-01-15"))],
  root=multi("multipart/mixed", [
      leaf("text/plain", dd("""
      Avviso di mancata consegna

      Il giorno 15/01/2027 alle ore 09:05:12 (+0100) nel messaggio
      "Sollecito fattura n. FPA 17/26" proveniente da "chiara.esposito@ingpec.eu"
      ed indirizzato a "protocollo@pec.icmarconieboli.it"
      è stato rilevato un problema che ne impedisce la consegna.
      Errore: 5.1.1 - Aruba Pec S.p.A. - indirizzo non valido
      Il messaggio non è stato consegnato.

      Identificativo messaggio: opec21012.20270115090512.04412.11.1.66@pec.aruba.it
      """) + "\n", charset="iso-8859-1", cte="quoted-printable"),
      att_xml("daticert.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><postacert tipo=\"errore-consegna\" errore=\"no-dest\"><intestazione><mittente>chiara.esposito@ingpec.eu</mittente><destinatari tipo=\"certificato\">protocollo@pec.icmarconieboli.it</destinatari><oggetto>Sollecito fattura n. FPA 17/26</oggetto></intestazione><dati><errore-esteso>5.1.1 - Aruba Pec S.p.A. - indirizzo non valido</errore-esteso></dati></postacert>\n"),
  ]),
  lab=dict(failed_recipient="protocollo@pec.icmarconieboli.it", permanent=True),
  note="PEC 'avviso di mancata consegna' (errore-consegna, invalid address) -> permanent bounce.")

# 0148 — Gmail/Workspace in italiano: dominio non trovato
X("bounce", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to="luca@marchetti.dev",
  subj="Delivery Status Notification (Failure)", date="2026-11-18 09:02",
  hdr=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "shop@surfshopliguira.it")],
  root=multi("multipart/report; report-type=delivery-status", [
      multi("multipart/alternative", [
          leaf("text/plain", dd("""

          ** Indirizzo non trovato **

          Il tuo messaggio non è stato recapitato a shop@surfshopliguira.it perché il dominio surfshopliguira.it non è stato trovato. Verifica la presenza di errori di battitura o di spazi superflui non necessari e riprova.

          Ulteriori informazioni sono disponibili all'indirizzo https://support.google.com/mail/?p=BadRcptDomain

          La risposta del server è stata:
          DNS Error: DNS type 'mx' lookup of surfshopliguira.it responded with code NXDOMAIN
          Domain name not found: surfshopliguira.it
          """) + "\n", cte="quoted-printable"),
          leaf("text/html", "<html><body><h2 style=\"font-family:Google Sans,Roboto,sans-serif\">Indirizzo non trovato</h2>"
               "<p>Il tuo messaggio non è stato recapitato a <b>shop@surfshopliguira.it</b> perché il dominio "
               "surfshopliguira.it non è stato trovato.</p><p>La risposta del server è stata:<br>DNS Error: DNS type 'mx' "
               "lookup of surfshopliguira.it responded with code NXDOMAIN</p></body></html>\n", cte="quoted-printable"),
      ]),
      leaf("message/delivery-status", dd("""
      Reporting-MTA: dns; googlemail.com
      Received-From-MTA: dns; luca@marchetti.dev
      Arrival-Date: Wed, 18 Nov 2026 00:02:11 -0800 (PST)
      X-Original-Message-ID: """ + reminder_mid("luc", "LM-2026-024", "due", "2026-11-18") + """

      Final-Recipient: rfc822; shop@surfshopliguira.it
      Action: failed
      Status: 5.1.2
      Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of surfshopliguira.it responded with code NXDOMAIN
       Domain name not found: surfshopliguira.it
      Last-Attempt-Date: Wed, 18 Nov 2026 00:02:12 -0800 (PST)
      """) + "\n", charset=None, cte="7bit"),
      leaf("text/rfc822-headers", dd("""
      From: Luca Marchetti <luca@marchetti.dev>
      Date: Wed, 18 Nov 2026 09:02:09 +0100
      Message-ID: """ + reminder_mid("luc", "LM-2026-024", "due", "2026-11-18") + """
      Subject: Promemoria: fattura n. LM-2026-024
      To: shop@surfshopliguira.it
      """) + "\n", charset=None, cte="7bit"),
  ]),
  lab=dict(failed_recipient="shop@surfshopliguira.it", permanent=True),
  note="Gmail/Workspace DSN in Italian: misspelled domain (NXDOMAIN, 5.1.2) -> permanent.")

# 0149 — newsletter CNA
X("other", frm="CNA Bologna <newsletter@bo.cna.it>", to="alessandra@example.it",
  subj="CNA Informa – Scadenze fiscali di febbraio e bando digitalizzazione 2027", date="2027-02-01 07:30",
  hdr=[("List-Unsubscribe", "<https://bo.cna.it/newsletter/unsubscribe?u=8812>"), ("Precedence", "bulk")],
  root=alt("""
  CNA Informa – febbraio 2027

  SCADENZE FISCALI
  - 16 febbraio: versamento IVA mensile, ritenute e contributi INPS
  - 28 febbraio: invio della Certificazione Unica ai percipienti

  BANDO DIGITALIZZAZIONE 2027
  La Camera di Commercio finanzia fino al 50% delle spese per software gestionali, fatturazione elettronica e sollecito automatico dei pagamenti. Domande dal 1° marzo.

  FORMAZIONE
  Corso "Recupero crediti per piccole imprese: dal sollecito al decreto ingiuntivo" – 3 incontri online.

  Per non ricevere più questa newsletter: https://bo.cna.it/newsletter/unsubscribe?u=8812
  """, simple_html("CNA Informa", [
      "<b>CNA Informa – febbraio 2027</b>",
      "<b>Scadenze fiscali</b><br>16 febbraio: versamento IVA mensile, ritenute e contributi INPS<br>28 febbraio: invio della Certificazione Unica",
      "<b>Bando digitalizzazione 2027</b><br>Fino al 50% delle spese per software gestionali, fatturazione elettronica e sollecito automatico dei pagamenti.",
      "<b>Formazione</b><br>Recupero crediti per piccole imprese: dal sollecito al decreto ingiuntivo."], brand="#005ca9",
      footer='<a href="https://bo.cna.it/newsletter/unsubscribe?u=8812">Annulla iscrizione</a>')),
  note="Trade-association newsletter; mentions payments, credit recovery and dates but is not about any invoice -> other.")

# 0150 — Satispay: richiesta di denaro da un'amica
X("other", frm="Satispay <noreply@satispay.com>", to="info@davidecolombofoto.it",
  subj="Giulia ti ha inviato una richiesta di 18,50 €", date="2026-11-29 12:44",
  root=alt("""
  Giulia Rinaldi ti ha inviato una richiesta di 18,50 €

  Messaggio: "pizza sabato 🍕 + birra"

  Apri l'app Satispay per accettare o rifiutare la richiesta.

  Satispay Europe S.A.
  """, simple_html("Richiesta di denaro", [
      "<b>Giulia Rinaldi</b> ti ha inviato una richiesta di <b>18,50 €</b>", "Messaggio: \"pizza sabato 🍕 + birra\"",
      "Apri l'app Satispay per accettare o rifiutare la richiesta."], brand="#f94c43",
      footer="Satispay Europe S.A.")),
  note="Satispay money request from a friend: money would go OUT, and it is private -> other.")

if __name__ == "__main__":
    main()
