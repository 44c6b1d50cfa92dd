#!/usr/bin/env python3
"""round5-it: Italian client replies to mailduns reminders and invoice mails.

Generates r5i-NNNN.eml and labels.toml in this directory. Python 3.11, stdlib only.
Every client body below is hand-written; only the MIME plumbing, the HTML skeletons and the
quoted originals (invoice mails and mailduns reminders, after templates/it/*.txt.j2) are generated.
Run: python3 make.py   (then it re-parses every file as a sanity check)
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import struct
import sys
import zlib
import email
import email.policy
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r5i"

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]
MON3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
DAY3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]


def D(s):
    return dt.date.fromisoformat(s)


def itdate(x):
    return f"{x.day} {MONTHS[x.month - 1]} {x.year}"


def art(x, a):
    s = itdate(x)
    el = x.day in (1, 8, 11)
    if a == "il":
        return ("l'" if el else "il ") + s
    if a == "del":
        return ("dell'" if el else "del ") + s
    if a == "dal":
        return ("dall'" if el else "dal ") + s
    raise ValueError(a)


def eur(v):
    s = f"{v:,.2f}"  # 1,220.00
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


# ---------------------------------------------------------------- owners (mailbox owners)
OWNERS = {
    "ale": dict(name="Alessandra Rossi", email="alessandra@example.it", domain="example.it",
                payment=dict(beneficiary="Alessandra Rossi", iban="IT60 X054 2811 1010 0000 0123 456",
                             bic="BPMOIT22XXX", link=None)),
    "davide": dict(name="Davide Cattaneo", email="davide@cattaneofoto.it", domain="cattaneofoto.it",
                   details="bonifico bancario su IBAN IT02 L030 6909 6061 0000 0117 482 (Intesa Sanpaolo), "
                           "intestato a Davide Cattaneo, indicando il numero della fattura"),
    "giulia": dict(name="Giulia Esposito", email="giulia@espositotraduzioni.it", domain="espositotraduzioni.it"),
    "fede": dict(name="Federico Zanin", email="federico@zanin.dev", domain="zanin.dev",
                 payment=dict(beneficiary="Federico Zanin", iban="IT47 M030 6912 0001 0000 0078 915",
                              bic=None, link=None)),
    "chiara": dict(name="Chiara Lombardo", email="chiara@lombardodigital.it", domain="lombardodigital.it",
                   payment=dict(beneficiary="Lombardo Digital di Chiara Lombardo",
                                iban="IT73 F030 6904 6001 0000 0421 650", bic="BCITITMM", link=None)),
    "roberto": dict(name="Roberto Gallo", email="roberto.gallo@gallosicurezza.it", domain="gallosicurezza.it",
                    payment=dict(beneficiary="Gallo Sicurezza di Roberto Gallo",
                                 iban="IT21 Q070 6280 8800 0000 0211 937", bic=None, link=None)),
    "elena": dict(name="Elena Marchetti", email="elena@marchettistudio.it", domain="marchettistudio.it",
                  payment=dict(beneficiary="Elena Marchetti", iban="IT39 B086 7302 8000 0000 0905 114",
                               bic="ICRAITRRTR0", link=None)),
    "paolo": dict(name="Paolo Ferrante", email="paolo@ferranteinformatica.it", domain="ferranteinformatica.it",
                  payment=dict(beneficiary="Ferrante Informatica di Paolo Ferrante",
                               iban="IT88 S020 0812 3100 0010 4477 215", bic="UNCRITM1UD1",
                               link="https://buy.stripe.com/9AQ5kq2Xb7fR3nO6oo")),
    "sara": dict(name="Sara Bianchi", email="sara@sarabianchi.it", domain="sarabianchi.it"),
}

ORG_WORDS = set("""srl srls spa snc sas sapa scarl scrl scpa scs coop cooperativa consorzio società societa soc
ditta impresa studio ufficio amministrazione contabilità contabilita comune provincia regione ministero istituto
scuola università universita azienda agenzia associazione fondazione ente onlus ets aps odv asd ssd fratelli figli
gruppo group gmbh ag ltd limited llc llp inc corp plc sa sl slu sarl bv nv &""".split())


def salutation(client):
    if client and "@" not in client:
        w = client.lower().replace(".", "").replace(",", " ").replace("-", " ").replace("(", " ")
        w = w.replace(")", " ").replace("'", " ").replace("’", " ").split()
        if any(x in ORG_WORDS for x in w):
            return f"Spett.le {client},"
        return f"Gentile {client},"
    return "Buongiorno,"


def payment_block(o, inv):
    p = o.get("payment")
    if p:
        lines = ["Per il pagamento:"]
        if p.get("beneficiary"):
            lines.append(f"- beneficiario: {p['beneficiary']}")
        if p.get("iban"):
            lines.append(f"- IBAN: {p['iban']}")
        if p.get("bic"):
            lines.append(f"- BIC: {p['bic']}")
        if p.get("iban"):
            lines.append(f"- causale: {'Fatture' if ',' in inv['n'] else 'Fattura'} n. {inv['n']}")
        if p.get("link"):
            lines.append(f"- pagamento online: {p['link']}")
        return "\n".join(lines)
    if o.get("details"):
        return f"Per il pagamento: {o['details']}"
    return "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione."


RATE = 0.1015


def fee_lines(inv, today):
    days = (today - inv["due"]).days
    interest = round(inv["amt"] * RATE * days / 365, 2)
    tot = inv["amt"] + interest + 40
    start = inv["due"] + dt.timedelta(days=1)
    return [f"capitale: {eur(inv['amt'])}",
            f"interessi di mora {art(start, 'dal')} al {itdate(today)} "
            f"({days} giorni al 10,15% annuo): {eur(interest)}",
            f"risarcimento forfettario dei costi di recupero (art. 6): {eur(40)}",
            f"totale: {eur(tot)}"], tot


def fees_par(inv, today):
    if not inv.get("fees"):
        return ""
    lines, _ = fee_lines(inv, today)
    return ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
            "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
            "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
            "percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di "
            "risarcimento dei costi di recupero (art. 6).\n\n"
            "Ad oggi l'importo dovuto è il seguente:\n" + "\n".join("- " + x for x in lines) + "\n\n")


def thread_text(kind, o, inv, sent):
    """The message the client replies to: (subject, text). Reminders follow templates/it/*.txt.j2."""
    today = sent.date()
    n, amt = inv.get("n"), (eur(inv["amt"]) if "amt" in inv else None)
    sal = salutation(inv.get("client"))
    pay = payment_block(o, inv) if n else None
    name = o["name"]
    if kind == "invoice":
        subj = inv.get("subj") or f"Fattura n. {n}"
        body = (f"Buongiorno,\n\nin allegato la fattura n. {n} di {amt} relativa a {inv.get('desc', 'quanto concordato')}, "
                f"con scadenza {art(inv['due'], 'il')}.\n\nResto a disposizione per qualsiasi chiarimento.\n\n"
                f"Un cordiale saluto,\n{name}")
        return subj, body
    if kind == "courtesy":
        subj = f"Promemoria: fattura n. {n} in scadenza"
        body = (f"{sal}\n\nun breve promemoria: la fattura n. {n} di {amt}, emessa {art(inv['issue'], 'il')}, "
                f"è in scadenza {art(inv['due'], 'il')}.\n\nNel caso il pagamento sia già stato disposto, ringrazio "
                f"e prego di non tenere conto di questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere "
                f"a questa email.\n\nCordiali saluti,\n{name}")
        return subj, body
    if kind == "due":
        late = (today - inv["due"]).days
        subj = f"Fattura n. {n} in scadenza"
        if late > 0:
            first = (f"un promemoria: la fattura n. {n} di {amt} è scaduta {art(inv['due'], 'il')}. Se il pagamento "
                     f"non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
        else:
            first = f"un promemoria: la fattura n. {n} di {amt} è in scadenza oggi, {itdate(inv['due'])}."
        body = (f"{sal}\n\n{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto "
                f"di questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\n"
                f"Cordiali saluti,\n{name}")
        return subj, body
    if kind == "reminder":
        subj = f"Sollecito: fattura n. {n}"
        body = (f"{sal}\n\nda un controllo la fattura n. {n} di {amt}, scaduta {art(inv['due'], 'il')}, risulta "
                f"ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al "
                f"pagamento appena possibile.\n\n{fees_par(inv, today)}Se il pagamento è già stato effettuato, basta "
                f"rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, "
                f"grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo "
                f"insieme: basta rispondere a questa email.\n\n{pay}\n\nCordiali saluti,\n{name}")
        return subj, body
    if kind == "late_fee":
        late = (today - inv["due"]).days
        subj = f"Secondo sollecito: fattura n. {n}"
        body = (f"{sal}\n\nla fattura n. {n} di {amt}, scaduta {art(inv['due'], 'il')}, risulta ancora da saldare"
                f"{': sono trascorsi %d giorni dalla scadenza' % late if late > 1 else ''}.\n\n{fees_par(inv, today)}"
                f"Chiedo cortesemente di provvedere al pagamento{' dell' + chr(39) + 'importo totale' if inv.get('fees') else ''} "
                f"entro {art(inv['deadline'], 'il')}. Se il pagamento è già stato disposto, basta rispondere indicando "
                f"la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare "
                f"insieme una soluzione: basta rispondere a questa email.\n\n{pay}\n\nCordiali saluti,\n{name}")
        return subj, body
    if kind == "final":
        iss = art(inv["issue"], "del")
        subj = f"Diffida di pagamento e costituzione in mora – fattura n. {n} {iss}"
        what = "dell'importo totale sopra indicato" if inv.get("fees") else f"di {amt}"
        body = (f"{sal}\n\nla fattura n. {n} di {amt}, scaduta {art(inv['due'], 'il')}, risulta ancora da saldare "
                f"nonostante i precedenti solleciti.\n\n{fees_par(inv, today)}Con la presente chiedo formalmente il "
                f"pagamento {what} entro {art(inv['deadline'], 'il')}. La presente vale quale atto di costituzione in "
                f"mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione "
                f"della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\nIn mancanza del pagamento "
                f"entro tale termine, mi riservo di procedere al recupero del credito nelle sedi competenti, anche in "
                f"via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del debitore. "
                f"Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a "
                f"parlarne; basta rispondere a questa email entro la stessa data.\n\nQualora il pagamento sia già "
                f"stato effettuato, prego di non tenere conto della presente e di indicarmi la data del bonifico, così "
                f"da poterlo verificare.\n\n{pay}\n\nCordiali saluti,\n{name}")
        return subj, body
    if kind == "suspension":
        subj = f"Fattura n. {n}: possibile sospensione dei servizi"
        body = (f"{sal}\n\ntorno a scrivere in merito alla fattura n. {n} di {amt}, scaduta {art(inv['due'], 'il')}, "
                f"che risulta ancora da saldare.\n\n{fees_par(inv, today)}In mancanza del pagamento entro "
                f"{art(inv['deadline'], 'il')}, {art(inv['susp'], 'dal')} potrebbe essere necessario sospendere le "
                f"attività in corso e i servizi da me forniti fino alla regolarizzazione. Preferirei evitarlo: se c'è "
                f"una difficoltà, ad esempio la necessità di pagare a rate, possiamo concordare una soluzione; basta "
                f"rispondere a questa email.\n\n{pay}\n\nCordiali saluti,\n{name}")
        return subj, body
    if kind == "promise_followup":
        subj = f"Fattura n. {n}: aggiornamento sul pagamento"
        if inv.get("promise"):
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {n} di {amt} sarebbe "
                     f"stato effettuato entro {art(inv['promise'], 'il')}.")
        else:
            first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {n} di {amt}, scaduta "
                     f"{art(inv['due'], 'il')}.")
        body = (f"{sal}\n\n{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, "
                f"basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo "
                f"di farmi sapere entro quando posso aspettarlo.\n\n{pay}\n\nCordiali saluti,\n{name}")
        return subj, body
    if kind == "paid_claim_followup":
        subj = f"Fattura n. {n}: pagamento non ancora ricevuto"
        body = (f"{sal}\n\ngrazie per avermi comunicato {art(inv['claim'], 'il')} che la fattura n. {n} di {amt} è "
                f"stata pagata.\n\nAd oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un "
                f"bonifico richiede qualche giorno in più, oppure può essere partito verso coordinate diverse. Per "
                f"aiutarmi a rintracciarlo, chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN "
                f"del bonifico, oppure di inoltrarmi la contabile.\n\n")
        p = o.get("payment")
        if p and p.get("iban"):
            body += (f"Per un confronto, riporto le coordinate corrette:\n- beneficiario: {p['beneficiary']}\n"
                     f"- IBAN: {p['iban']}\n- causale: Fattura n. {n}\n\n")
        body += (f"Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in "
                 f"lavorazione: in tal caso mi basta una breve conferma. Grazie per la collaborazione.\n\n"
                 f"Cordiali saluti,\n{name}")
        return subj, body
    if kind == "statement":
        subj = "Riepilogo fatture da saldare"
        rows, tot = [], 0
        for i in inv["list"]:
            late = (today - i["due"]).days
            rows.append(f"- n. {i['n']} {art(i['issue'], 'del')}, scaduta {art(i['due'], 'il')} "
                        f"({late} {'giorno' if late == 1 else 'giorni'} di ritardo): {eur(i['amt'])}")
            tot += i["amt"]
        body = (f"{sal}\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n" + "\n".join(rows) +
                f"\n\nTotale da pagare: {eur(tot)}\n\nChiedo cortesemente di provvedere al pagamento entro "
                f"{art(inv['deadline'], 'il')}. Se alcune di queste fatture sono già state pagate, basta rispondere "
                f"indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema con una "
                f"fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
                f"{payment_block(o, dict(n=', '.join(i['n'] for i in inv['list']))) if (o.get('payment') or o.get('details')) else 'Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate.'}"
                f"\n\nCordiali saluti,\n{name}")
        return subj, body
    raise ValueError(kind)


# ---------------------------------------------------------------- quoting styles
def _lt(d):
    return f"{d.hour:02d}:{d.minute:02d}"


def quote_header(style, q):
    """q: dict(name, email, to, date (aware, already in the replier's zone), subject)"""
    d = q["date"]
    if style == "gmail":
        return (f"Il giorno {DAY3[d.weekday()]} {d.day} {MON3[d.month-1]} {d.year} alle ore {_lt(d)} "
                f"{q['name']} <{q['email']}> ha scritto:")
    if style == "apple":
        return f"Il giorno {d.day} {MON3[d.month-1]} {d.year}, alle ore {_lt(d)}, {q['name']} <{q['email']}> ha scritto:"
    if style == "thunder":
        return f"Il {d.day:02d}/{d.month:02d}/{d.year} {_lt(d)}, {q['name']} ha scritto:"
    if style == "gmail-en":
        return (f"On {['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][d.weekday()]}, {d.day} "
                f"{['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.month-1]} {d.year} at "
                f"{_lt(d)}, {q['name']} <{q['email']}> wrote:")
    raise ValueError(style)


def outlook_block(q, mailto=False):
    d = q["date"]
    frm = f"{q['name']} [mailto:{q['email']}]" if mailto else f"{q['name']} <{q['email']}>"
    return (f"Da: {frm}\nInviato: {DAYS[d.weekday()]} {d.day} {MONTHS[d.month-1]} {d.year} {_lt(d)}\n"
            f"A: {q['to']}\nOggetto: {q['subject']}")


def quote_plain(style, q, text):
    if style == "none" or not style:
        return ""
    if style in ("gmail", "apple", "thunder", "gmail-en"):
        lines = [(">" if not l else "> " + l) for l in text.split("\n")]
        return quote_header(style, q) + "\n\n" + "\n".join(lines) + "\n"
    if style == "outlook":
        return "________________________________\n" + outlook_block(q) + "\n\n" + text + "\n"
    if style == "outlook-old":
        return "-----Messaggio originale-----\n" + outlook_block(q, mailto=True) + "\n\n" + text + "\n"
    if style == "libero":
        d = q["date"]
        return (f"----Messaggio originale----\nDa: {q['email']}\nData: {d.day:02d}/{d.month:02d}/{d.year} "
                f"{d.hour}.{d.minute:02d}\nA: <{q['to_email']}>\nOgg: {q['subject']}\n\n{text}\n")
    if style == "webmail":  # Aruba / Roundcube
        d = q["date"]
        return (f"Il {d.year}-{d.month:02d}-{d.day:02d} {_lt(d)} {q['name']} ha scritto:\n" +
                "\n".join((">" if not l else "> " + l) for l in text.split("\n")) + "\n")
    raise ValueError(style)


def esc_lines(text):
    return "<br>\n".join(html.escape(l, quote=False) for l in text.split("\n"))


def quote_html(style, q, text):
    if style == "none" or not style:
        return ""
    if style in ("outlook", "outlook-old"):
        d = q["date"]
        hdr = (f"<b>Da:</b> {html.escape(q['name'])} &lt;{q['email']}&gt;<br>\n<b>Inviato:</b> {DAYS[d.weekday()]} "
               f"{d.day} {MONTHS[d.month-1]} {d.year} {_lt(d)}<br>\n<b>A:</b> {html.escape(q['to'])}<br>\n"
               f"<b>Oggetto:</b> {html.escape(q['subject'])}")
        paras = "".join(f'<p class="MsoNormal">{esc_lines(p)}<o:p></o:p></p>\n' for p in text.split("\n\n"))
        return ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal">{hdr}<o:p></o:p></p>\n</div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                + paras)
    if style == "apple":
        return (f'<div><br><blockquote type="cite"><div>{html.escape(quote_header("apple", q))}</div><br>'
                f'<div><div>{esc_lines(text)}</div></div></blockquote></div>\n')
    # gmail-like
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{html.escape(quote_header("gmail" if style not in ("gmail-en", "thunder") else style, q))}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            f'padding-left:1ex">{esc_lines(text)}</blockquote></div>\n')


def body_html(style, body):
    paras = body.strip("\n").split("\n\n")
    if style == "outlook":
        return "".join(f'<p class="MsoNormal">{esc_lines(p)}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                       for p in paras)
    out = []
    for i, p in enumerate(paras):
        for l in p.split("\n"):
            out.append(f"<div>{html.escape(l, quote=False) or '<br>'}</div>")
        if i < len(paras) - 1:
            out.append("<div><br></div>")
    return "\n".join(out) + "\n"


def outlook_html_doc(inner, charset):
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40"><head>\n<meta http-equiv="Content-Type" content="text/html; '
            f'charset={charset}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            f'/* Font Definitions */\n@font-face\n\t{{font-family:Calibri;}}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            f'\t{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}\n'
            f'span.StileMessaggioDiPostaElettronica17\n\t{{mso-style-type:personal-compose;}}\n--></style></head>\n'
            f'<body lang="IT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{inner}</div>\n</body>\n</html>\n')


def gmail_html_doc(inner):
    return f'<div dir="ltr">{inner}</div>\n'


# ---------------------------------------------------------------- tiny fake attachments
def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 760 Td (" + t[:60] + b") Tj ET\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png(seed):
    w, h = 12, 8
    raw = b"".join(b"\x00" + bytes((seed * 37 + x * 11 + y * 5) % 256 for x in range(w * 3)) for y in range(h))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- MIME assembly
def enc_header(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode(maxlinelen=76)


def addr(name, mail):
    if not name:
        return mail
    return formataddr((name, mail), charset="utf-8")


def h8(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, extra=""):
    codec = codec or {"utf-8": "utf-8", "iso-8859-1": "cp1252", "windows-1252": "cp1252",
                      "us-ascii": "ascii"}[charset]
    data = text.encode(codec)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode(codec)  # 8bit, written back with the right codec below
    hdr = f'Content-Type: text/{subtype}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {cte}\n'
    return (hdr, payload, codec if cte in ("8bit",) else "ascii")


def render_part(p):
    hdr, payload, codec = p
    return hdr.encode("ascii") + b"\n" + payload.encode(codec)


def multipart(subtype, parts, boundary):
    out = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n'.encode()
    body = b""
    for p in parts:
        body += f"--{boundary}\n".encode() + (p if isinstance(p, bytes) else render_part(p))
        if not body.endswith(b"\n"):
            body += b"\n"
    body += f"--{boundary}--\n".encode()
    return out, body


def attachment_part(att):
    fn, ctype, data = att["filename"], att["type"], att["data"]
    if ctype == "message/rfc822":
        return (f'Content-Type: message/rfc822; name="{fn}"\nContent-Disposition: attachment; filename="{fn}"\n\n'
                ).encode() + data
    b64 = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: {ctype}; name="{fn}"\nContent-Description: {fn}\nContent-Disposition: attachment; '
            f'filename="{fn}"; size={len(data)}\nContent-Transfer-Encoding: base64\n\n{b64}').encode()


MSGS = []


def T(s):
    return s.strip("\n").rstrip() + "\n"


def M(**kw):
    MSGS.append(kw)


def zone(name):
    return ZoneInfo(name)


def build(i, m):
    o = OWNERS[m["owner"]]
    tz = zone(m.get("tz", "Europe/Rome"))
    date = dt.datetime.fromisoformat(m["date"]).replace(tzinfo=tz)
    frm_name, frm_mail = m["frm"]
    cdomain = frm_mail.split("@")[1]
    th = m.get("thread")
    quote_style = m.get("quote", "gmail")
    subj_line = m.get("subject")
    headers = []
    q = None
    irt = refs = None
    if th:
        inv = th["inv"]
        sent = dt.datetime.fromisoformat(th["sent"]).replace(tzinfo=zone("Europe/Rome"))
        tsubj, ttext = thread_text(th["kind"], o, inv, sent)
        if th.get("subj"):
            tsubj = th["subj"]
        to_name = inv.get("client") or ""
        to_mail = th.get("to", frm_mail)
        q = dict(name=o["name"], email=o["email"], date=sent.astimezone(tz), subject=tsubj,
                 to=(f"{to_name} <{to_mail}>" if to_name else to_mail), to_email=to_mail)
        stamp = sent.strftime("%Y%m%d%H%M%S")
        orig_id = f"<{stamp}.{h8(i, 'orig')[:10]}@{o['domain']}>"
        irt = orig_id
        refs = orig_id
        if th["kind"] != "invoice":
            inv_id = f"<{(sent - dt.timedelta(days=25)).strftime('%Y%m%d')}.{h8(i, 'inv')[:10]}@{o['domain']}>"
            refs = inv_id + "\n " + orig_id
        if subj_line is None:
            subj_line = f"{m.get('prefix', 'Re:')} {tsubj}"
    else:
        ttext = None
    body = m["body"]
    fmt = m.get("fmt", "qp")
    mua = m.get("mua", "gmail")
    # ---- msg-id by client software
    hx = h8(i, frm_mail, m["date"])
    if mua in ("gmail", "gmail-android"):
        msgid = f"<CA{base64.b64encode(bytes.fromhex(hx)).decode()[:22].replace('/', 'x')}+{hx[22:30]}@mail.gmail.com>"
    elif mua.startswith("outlook"):
        msgid = f"<{hx[:12].upper()}{hx[12:20].upper()}@{cdomain}>" if mua == "outlook-desk" else \
            f"<AM9PR0{hx[:1]}MB{hx[1:5].upper()}{hx[5:20].upper()}@AM9PR0{hx[20]}MB{hx[21:25].upper()}.eurprd0{int(hx[25],16)%9+1}.prod.outlook.com>"
    elif mua in ("iphone", "apple"):
        msgid = f"<{hx[:8].upper()}-{hx[8:12].upper()}-{hx[12:16].upper()}-{hx[16:20].upper()}-{hx[20:32].upper()}@{cdomain}>"
    elif mua == "libero":
        msgid = f"<{int(hx[:8], 16) % 9000000 + 1000000}.{int(hx[8:10],16)}.{int(date.timestamp()*1000)}.JavaMail.defaultUser@defaultHost>"
    else:
        msgid = f"<{hx[:16]}@{cdomain}>"
    # ---- body parts
    qp_text = quote_plain(quote_style, q, ttext) if q else ""
    top = body
    plain = top if not qp_text else top.rstrip("\n") + "\n\n" + qp_text
    if mua == "outlook-quote-gap" and qp_text:
        plain = top.rstrip("\n") + "\n\n\n" + qp_text
    charset = m.get("charset", "utf-8")
    atts = m.get("attach", [])
    if fmt in ("qp", "b64", "8bit"):
        cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}[fmt]
        main = text_part(plain, charset=charset, cte=cte, extra=m.get("ctype_extra", ""))
        main_bytes = render_part(main)
    elif fmt in ("gmail-alt", "outlook-alt", "apple-alt", "outlook-html", "gmail-html"):
        hstyle = "outlook" if fmt.startswith("outlook") else "gmail"
        inner = m.get("html") or body_html(hstyle, body)
        qh = quote_html(quote_style, q, ttext) if q else ""
        if fmt.startswith("outlook"):
            sep = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' if qh else ""
            hdoc = outlook_html_doc(inner + sep + qh, charset)
        elif fmt == "apple-alt":
            hdoc = (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                    f'<body style="overflow-wrap: break-word;">{inner}{qh}</body></html>\n')
        else:
            hdoc = gmail_html_doc(inner + ("<br>" + qh if qh else ""))
        hcte = m.get("html_cte", "quoted-printable")
        hpart = text_part(hdoc, "html", charset=charset, cte=hcte)
        if fmt in ("outlook-html", "gmail-html"):
            main_bytes = render_part(hpart)
        else:
            ppart = text_part(plain, charset=charset, cte=m.get("plain_cte", "quoted-printable"))
            bnd = {"gmail-alt": f"000000000000{hx[:12]}", "outlook-alt": f"_000_{hx[:20].upper()}_",
                   "apple-alt": f"Apple-Mail={hx[:8].upper()}-{hx[8:12].upper()}"}[fmt]
            h_, b_ = multipart("alternative", [ppart, hpart], bnd)
            main_bytes = h_ + b"\n" + b_
    else:
        raise ValueError(fmt)
    if atts:
        bnd = f"----=_Part_{int(hx[:6],16)}_{int(hx[6:12],16)}.{int(date.timestamp())}"
        parts = [main_bytes] + [attachment_part(a) for a in atts]
        h_, b_ = multipart("mixed", parts, bnd)
        content = h_ + b"\n" + b_
    else:
        content = main_bytes
    # ---- headers
    H = []
    for k, v in m.get("pre_headers", []):
        H.append(f"{k}: {v}")
    H.append(f"Date: {format_datetime(date)}")
    H.append(f"From: {addr(frm_name, frm_mail)}")
    to = m.get("to") or [(o["name"], o["email"])]
    H.append("To: " + ",\n ".join(addr(n, e) for n, e in to))
    if m.get("cc"):
        H.append("Cc: " + ",\n ".join(addr(n, e) for n, e in m["cc"]))
    H.append(f"Subject: {enc_header(subj_line)}")
    if m.get("thread_topic", mua.startswith("outlook")) and th:
        H.append(f"Thread-Topic: {enc_header(tsubj)}")
        H.append(f"Thread-Index: AQH{base64.b64encode(bytes.fromhex(hx[:24])).decode()}")
    H.append(f"Message-ID: {msgid}")
    if irt and not m.get("no_irt"):
        H.append(f"In-Reply-To: {irt}")
        H.append(f"References: {refs}")
    ua = {"gmail": None, "gmail-android": None, "outlook": "Microsoft Outlook 16.0",
          "outlook-desk": "Microsoft Outlook 16.0", "outlook-quote-gap": "Microsoft Outlook 16.0",
          "iphone": "iPhone Mail (22B91)", "apple": "Apple Mail (2.3826.200.121)",
          "libero": None, "thunder": None, "roundcube": None, "aruba": None}.get(mua)
    if ua:
        H.append(f"X-Mailer: {ua}")
    if mua == "thunder":
        H.append("User-Agent: Mozilla Thunderbird")
    if mua == "roundcube":
        H.append("User-Agent: Roundcube Webmail/1.6.9")
    if mua == "aruba":
        H.append("X-Mailer: Open-Xchange Mailer v8.25.91")
    if mua.startswith("outlook"):
        H.append("Content-Language: it-IT")
        H.append("X-MS-Has-Attach: " + ("yes" if atts else ""))
    for k, v in m.get("headers", []):
        H.append(f"{k}: {v}")
    H.append("MIME-Version: 1.0")
    return "\n".join(H).encode("utf-8") + b"\n" + content


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}



def I(n, amt, issue, due, client=None, **kw):
    d = dict(n=n, amt=amt, issue=D(issue), due=D(due), client=client)
    for k, v in kw.items():
        d[k] = D(v) if k in ("deadline", "susp", "promise", "claim") else v
    return d


def L(kind, note, **facts):
    return dict(kind=kind, note=note, **facts)


GDPR_MED = """
--
AVVISO DI RISERVATEZZA - Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, le informazioni
contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario
indicato. Se ha ricevuto questo messaggio per errore, La preghiamo di darne immediata comunicazione al mittente e
di cancellarlo. Lo Studio tratta dati sanitari con le misure previste dall'art. 9 del GDPR."""

DISCL_LEGAL = """
________________________________
Le informazioni contenute nella presente comunicazione e nei relativi allegati possono essere riservate e sono,
comunque, destinate esclusivamente alle persone o alla Società sopraindicati. La diffusione, distribuzione e/o
copiatura del documento trasmesso da parte di qualsiasi soggetto diverso dal destinatario è proibita, sia ai sensi
dell'art. 616 c.p., che ai sensi del Regolamento UE 2016/679. Se avete ricevuto questo messaggio per errore, vi
preghiamo di distruggerlo e di informarci immediatamente.
This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient,
please notify the sender immediately and delete it."""


# =====================================================================================================
# Messages. Bodies are hand-written. Numbering follows the order of M(...) calls.
# =====================================================================================================

# 0001 — dental practice in Pordenone; the doctor signs transfers on Fridays
M(owner="paolo", frm=("Segreteria Studio Moretti", "segreteria@studiomoretti-pn.it"),
  date="2026-11-24 11:47", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-11-23 08:30",
              inv=I("31/2026", 732.00, "2026-10-16", "2026-11-15", "Studio Dentistico Dott. Marco Moretti")),
  body=T("""
Buongiorno Paolo,

il dottore firma i bonifici ai fornitori il venerdì pomeriggio, quando finisce con i pazienti. La sua fattura l'ho già stampata e messa nella cartellina, quindi la trova in firma questo venerdì.
Mi scusi per il ritardo, a novembre con il cambio del gestionale (lo sa meglio di me!) sono rimasta indietro con tutto.

Cordiali saluti

Lorena Del Zotto
Segreteria - Studio Dentistico Dott. Marco Moretti
Via Mazzini 14 - 33170 Pordenone
Tel. 0434 521187
""" + GDPR_MED),
  label=L("client-reply-promise", "Secretary: the doctor signs supplier transfers on Friday pomeriggio, the invoice goes 'in firma questo venerdì' -> promise for the first Friday after Tue 24 Nov. No payment verb for the promise itself ('la trova in firma').",
          promised_date="2026-11-27"))

# 0002 — son writing from his father's (a carpenter in Carnia) mailbox
M(owner="ale", frm=("Falegnameria Zuliani", "falegnameria.zuliani@gmail.com"),
  date="2026-12-08 21:14", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-12-07 09:00",
              inv=I("19/2026", 480.00, "2026-10-31", "2026-11-30", "Falegnameria Zuliani di Zuliani Bruno")),
  body=T("""
Buonasera,
sono Matteo, il figlio di Bruno. Le scrivo dalla mail della falegnameria perché il papà la posta non la guarda quasi mai, la vede mia mamma ogni tanto e stasera mi ha detto "guarda tu cosa vuole".

Il papà mi dice che sabato mattina è andato giù in banca a Tolmezzo e ha fatto il bonifico allo sportello, 480 euro, col numero della fattura nella causale. Se non le è ancora arrivato forse è perché di sabato lo registrano il lunedì, non so.
Se le serve la ricevuta gliela fotografo, ce l'ha lui nel portafoglio 😅

Grazie ancora per il sito, in paese lo hanno visto tutti.
Mandi
Matteo Zuliani
"""),
  label=L("client-reply-paid", "Son answering from his father's mailbox: the father made the transfer at the bank counter on Saturday, 480 euro. Paid, amount stated in the sender's text.",
          amount="480.00"))

# 0003 — hotel in Sorrento: pays half now, the rest when the missing photos arrive
M(owner="davide", frm=("Direzione Hotel Villa Ortensia", "direzione@villaortensia-sorrento.it"),
  date="2026-11-23 16:05", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-11-23 09:15",
              inv=I("2026/031", 3050.00, "2026-10-20", "2026-11-19", "Hotel Villa Ortensia")),
  body=T("""
Gentile Davide,

riscontro il Suo sollecito. Come Le avevo anticipato a voce quando ci siamo sentiti a fine ottobre, delle 24 camere concordate ne abbiamo ricevute fotografate 18: le sei della dépendance mancano ancora, e le foto della terrazza al tramonto che ci aveva promesso non le abbiamo mai viste.

Procediamo pertanto con il pagamento del 50% (1.525,00 euro) entro questa settimana, e il saldo alla consegna del materiale mancante, come da accordi.

Resto a disposizione per fissare una data: da gennaio l'albergo è chiuso per la stagione e si può lavorare con calma.

Cordiali saluti

Anna Maria Savarese
Direzione
Hotel Villa Ortensia ****
Via del Capo 31 - 80067 Sorrento (NA)
"""),
  label=L("client-reply-dispute", "Work incomplete (6 rooms + terrace photos missing): will pay only 50% now, balance when the material is delivered. Partial payment + dispute of the rest = dispute.",
          amount="1525.00"))

# 0004 — law firm in Trieste: 'giro all'amministrazione'
M(owner="elena", frm=("Segreteria Studio Legale Benedetti", "segreteria@avvbenedetti.it"),
  cc=[("Amministrazione Studio Benedetti", "amministrazione@avvbenedetti.it")],
  date="2026-12-07 10:02", tz="Europe/Rome", mua="outlook", fmt="outlook-html", quote="outlook", prefix="R:",
  thread=dict(kind="due", sent="2026-12-05 08:00",
              inv=I("44/2026", 610.00, "2026-11-05", "2026-12-05", "Studio Legale Avv. Carla Benedetti")),
  body=T("""
Gentile Dott.ssa Marchetti,

ricevuto, inoltro all'Amministrazione (in copia) per competenza.

Cordiali saluti

Sabrina Pecorari
Segreteria
Studio Legale Avv. Carla Benedetti
Piazza della Borsa 7 - 34121 Trieste
Tel. 040 3480211 - Fax 040 3480299
""" + DISCL_LEGAL),
  label=L("client-reply-other", "Secretary acknowledges and forwards to the administration in cc. No payment claim, no promise."))

# 0005 — accountant in Sassari answering for an agriturismo, with the bank receipt attached
M(owner="chiara", frm=("Dott. Gianfranco Pittalis", "studio@pittaliscommercialisti.it"),
  date="2026-12-03 09:22", tz="Europe/Rome", mua="outlook-desk", fmt="qp", quote="outlook-old", prefix="R:",
  charset="iso-8859-1",
  thread=dict(kind="late_fee", sent="2026-12-02 09:00", to="info@sunuraghe.it",
              inv=I("27/2026", 854.00, "2026-10-11", "2026-11-10", "Agriturismo Su Nuraghe", fees=True,
                    deadline="2026-12-12")),
  attach=[dict(filename="Contabile_bonifico_27112026.pdf", type="application/pdf",
               data=fake_pdf("Banco di Sardegna - Bonifico SEPA 27/11/2026 EUR 854,00"))],
  body=T("""
Gentile Dott.ssa Lombardo,

scrivo in qualità di consulente fiscale dell'Agriturismo Su Nuraghe di Mele Giovanna, che mi ha inoltrato il Suo sollecito del 2 dicembre.

Dalle nostre verifiche la Sua fattura n. 27/2026 risulta inclusa nella distinta di pagamento fornitori del 27 novembre u.s., regolarmente eseguita dal Banco di Sardegna. Le allego la contabile dell'operazione.

Per qualsiasi ulteriore verifica può contattare direttamente il mio studio.

Cordiali saluti

Dott. Gianfranco Pittalis
Dottore Commercialista - Revisore Legale
Viale Umberto 88 – 07100 Sassari
Tel. 079 273114
"""),
  label=L("client-reply-paid", "The client's accountant: invoice included in the supplier payment batch of 27 Nov, executed; receipt attached. Paid without 'pagato'. Body iso-8859-1 declared with cp1252 bytes.",
          reference="27/2026"))

# 0006 — wool mill in Biella: 60 gg d.f.f.m. -> will be paid 31/12 (they say it is not overdue)
M(owner="sara", frm=("Contabilità Fornitori", "contabilita.fornitori@lanificiosellapozzo.it"),
  date="2026-12-04 11:40", tz="Europe/Rome", mua="outlook", fmt="outlook-html", quote="outlook", prefix="RE:",
  charset="iso-8859-1",
  thread=dict(kind="reminder", sent="2026-12-03 09:00",
              inv=I("44/2026", 2196.00, "2026-10-30", "2026-11-29", "Lanificio Sella & Pozzo S.p.A.")),
  body=T("""
Buongiorno,

in riferimento al Vostro sollecito, Vi comunichiamo che le condizioni di pagamento concordate con il nostro Ufficio Acquisti sono 60 gg d.f.f.m.
Il Vs. documento n. 44/2026 del 30/10/2026 risulta pertanto in scadenza al 31/12/2026 e verrà regolarmente liquidato con la distinta di fine anno.

Vi preghiamo di verificare le condizioni riportate sul ns. ordine n. OA-26/1187 e, per il futuro, di indicarle correttamente in fattura.

Distinti saluti

Ufficio Contabilità Fornitori
Lanificio Sella & Pozzo S.p.A.
Via Cesare Battisti 12 – 13900 Biella (BI)
Cap. Soc. € 2.500.000 i.v. – P.IVA 01874320026
"""),
  label=L("client-reply-promise", "Accounts payable say the agreed terms are 60 days end of month, so the invoice is due 31/12 and 'verrà liquidato con la distinta di fine anno'. Not a refusal: a promise with a date (31 Dec). Tricky: sounds like a disagreement on terms, but they don't contest the invoice.",
          promised_date="2026-12-31", reference="44/2026"))

# 0007 — Neapolitan trattoria owner, Libero webmail, 'v'aggio pagato già da mò'
M(owner="giulia", frm=("Gennaro Improta", "gennaro.improta@libero.it"),
  date="2026-11-19 23:48", tz="Europe/Rome", mua="libero", fmt="qp", quote="libero", prefix="R:",
  thread=dict(kind="reminder", sent="2026-11-19 09:00",
              inv=I("58/2026", 320.00, "2026-10-15", "2026-11-14", "Trattoria 'A Figliola")),
  body=T("""
Dottore' buonasera,
ma io v'aggio pagato già da mò!! Il bonifico l'ha fatto mia nipote Assunta col telefonino, mo' le dico di mandarvi la ricevuta cosi vedete.
Nun ve preoccupate che da noi i soldi nun se perdono.

Passate quando volete, il menù in inglese sta piacendo assai ai turisti, i tedeschi fanno pure le foto.

Gennaro
Trattoria 'A Figliola - Vico Lungo Gelso 22, Napoli
"""),
  label=L("client-reply-paid", "Neapolitan dialect: 'v'aggio pagato già da mò' (paid long ago), the niece made the transfer from her phone; offers the receipt."))

# 0008 — winery in Barbaresco: agreed 10% discount missing, asks for corrected invoice
M(owner="sara", frm=("Luca Borgogno", "luca@cascinaborgogno.it"),
  date="2026-12-10 18:20", tz="Europe/Rome", mua="apple", fmt="apple-alt", quote="apple",
  thread=dict(kind="reminder", sent="2026-12-09 09:00",
              inv=I("47/2026", 1586.00, "2026-11-01", "2026-12-01", "Azienda Agricola Cascina Borgogno")),
  body=T("""
Ciao Sara,

scusa se rispondo solo ora, siamo stati al Merano Wine Festival e poi una settimana in giro coi distributori, sono tornato ieri sera distrutto.

Sulla fattura però c'è un problema: avevamo detto che le schede tecniche della seconda linea (Langhe Nebbiolo e Dolcetto d'Alba) le facevi con il 10% di sconto, perché erano praticamente sul modello di quelle del Barbaresco, ricordi? L'avevamo anche scritto nella mail di agosto. In fattura vedo il prezzo pieno per tutte e sei.

Mi rifai la fattura corretta, o mi mandi una nota di credito, vedi tu cosa è più comodo col tuo commercialista, e ti pago subito.

Un abbraccio e buone feste se non ci sentiamo prima,
Luca

--
Cascina Borgogno · Barbaresco (CN)
www.cascinaborgogno.it
"""),
  label=L("client-reply-dispute", "Long chatty reply; the point is the missing agreed 10% discount: wants a corrected invoice or credit note before paying ('e ti pago subito' is conditional on it)."))

# 0009 — private school in Bari: needs the invoice through SdI
M(owner="fede", frm=("Segreteria Amministrativa", "amministrazione@calasanziobari.it"),
  date="2026-12-07 12:31", tz="Europe/Rome", mua="roundcube", fmt="qp", quote="webmail", prefix="Re:",
  thread=dict(kind="courtesy", sent="2026-12-07 08:00",
              inv=I("52/2026", 1464.00, "2026-11-10", "2026-12-10", "Istituto Paritario San Giuseppe Calasanzio")),
  body=T("""
Buongiorno,
la fattura che ci ha mandato in pdf non ci risulta arrivata tramite Sistema di Interscambio, e il nostro consulente non può registrarla senza l'xml.
Può trasmetterla allo SdI con il nostro codice destinatario KRRH6B9? Quella cartacea/pdf non ha valore fiscale.
Grazie, buona giornata

Rosa Loiacono
Segreteria Amministrativa
Istituto Paritario S. Giuseppe Calasanzio
Via Amendola 160 - 70126 Bari
"""),
  label=L("client-reply-other", "School secretary: the invoice did not come through SdI, asks to transmit it with their recipient code. A request, no payment claim, no promise, no contest of the amount."))

# 0010 — British owner of a masseria in Puglia, imperfect Italian
M(owner="ale", frm=("James Whitfield", "james@lepajare.com"),
  date="2026-11-13 15:30", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="due", sent="2026-11-13 08:00",
              inv=I("23/2026", 1830.00, "2026-10-13", "2026-11-12", "Masseria Le Pajare")),
  body=T("""
Ciao Alessandra,

scusa per il ritardo, il mio italiano è ancora un disastro :)
La mia banca inglese (Barclays) ha bloccato il pagamento perché è un conto estero nuovo e loro vogliono fare verifica per telefono. Io chiamo loro lunedì e faccio il bonifico lo stesso giorno, promesso.

Il logo è bellissimo, tutti i ospiti chiedono chi lo ha fatto!

Cheers,
James
"""),
  label=L("client-reply-promise", "Foreign client, imperfect Italian: the UK bank blocked the payment; he will call them on Monday and make the transfer the same day -> Monday after Fri 13 Nov.",
          promised_date="2026-11-16"))

# 0011 — boutique owner in Treviso, one word from the iPhone
M(owner="ale", frm=("Marta Cescon", "marta.cescon@icloud.com"),
  date="2026-12-15 12:02", tz="Europe/Rome", mua="iphone", fmt="qp", quote="apple",
  thread=dict(kind="reminder", sent="2026-12-15 08:30",
              inv=I("34/2026", 366.00, "2026-11-10", "2026-12-10", "Marta Cescon")),
  body=T("""
Fatto ✅

Inviato da iPhone
"""),
  label=L("client-reply-paid", "One word + emoji on a payment reminder: 'Fatto' = done, i.e. paid. No payment verb."))

# 0012 — hotel in Cortina, accounts: 'entra nel giro pagamenti del 10 dicembre'
M(owner="chiara", frm=("Amministrazione Hotel Ampezzo", "amministrazione@hotelampezzo.it"),
  date="2026-12-02 14:15", tz="Europe/Rome", mua="outlook", fmt="qp", quote="outlook", prefix="RE:",
  thread=dict(kind="due", sent="2026-12-02 09:00",
              inv=I("52/2026", 1098.00, "2026-10-31", "2026-11-30", "Hotel Ampezzo Dolomiti srl")),
  body=T("""
Buongiorno,

la fattura 52/2026 entra nel giro pagamenti fornitori del 10 dicembre.
Per il futuro Le chiediamo cortesemente di riportare in fattura il nostro numero d'ordine, altrimenti il sistema la blocca.

Cordiali saluti
Katia Menardi
Amministrazione – Hotel Ampezzo Dolomiti
Corso Italia 118, 32043 Cortina d'Ampezzo (BL)
"""),
  label=L("client-reply-promise", "Payment run on 10 December, no payment verb ('entra nel giro pagamenti'); the PO request is for the future, secondary.",
          promised_date="2026-12-10", reference="52/2026"))

# 0013 — dentist in Catanzaro: quote was 600 + IVA, invoice 750 + IVA
M(owner="roberto", frm=("Federica Lanza", "dott.federicalanza@gmail.com"),
  date="2027-01-12 13:10", tz="Europe/Rome", mua="gmail-android", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2027-01-11 09:00",
              inv=I("58/2026", 915.00, "2026-12-04", "2027-01-03", "Dott.ssa Federica Lanza")),
  body=T("""
Gentile Roberto,
il preventivo che mi aveva mandato a settembre era di 600 euro + IVA per il DVR e la formazione del personale. In fattura trovo 750 + IVA, con una voce "aggiornamento radioprotezione" che nessuno le ha chiesto: l'esperto qualificato lo abbiamo già, e lei lo sa bene.

Mi mandi una nota di credito per la differenza e pago subito il dovuto.

Saluti
Federica Lanza
Studio Odontoiatrico Dott.ssa F. Lanza - Catanzaro Lido
"""),
  label=L("client-reply-dispute", "Contests the amount (quote 600 + IVA vs invoiced 750 + IVA, an unrequested item); wants a credit note. 'pago subito il dovuto' is conditional on it."))

# 0014 — Roman trattoria: 'chiamame che c'è un casino co' la banca'
M(owner="chiara", frm=("Cesare Proietti", "cesaretto.trattoria@gmail.com"),
  date="2026-11-26 22:40", tz="Europe/Rome", mua="iphone", fmt="qp", quote="apple",
  thread=dict(kind="due", sent="2026-11-25 08:00",
              inv=I("49/2026", 488.00, "2026-10-26", "2026-11-25", "Trattoria Da Cesaretto")),
  body=T("""
Ao Chiara, chiamame domani quando poi che c'è un casino co' la banca, te spiego a voce che pe' scritto nun me va.
Cesare

Inviato da iPhone
"""),
  label=L("client-reply-other", "Roman dialect: asks for a phone call, 'c'è un casino con la banca'. Hints at a problem but states no payment, no promise, no contest."))

# 0015 — NGO coordinator in Reggio Calabria, long chatty mail, one sentence matters
M(owner="ale", frm=("Francesca Iaria", "coordinamento@ilponteodv.org"),
  date="2026-12-17 17:55", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-12-16 09:00",
              inv=I("36/2026", 2440.00, "2026-11-12", "2026-12-12", "Associazione Il Ponte ODV")),
  body=T("""
Ciao Alessandra!

Scusami, ho visto solo adesso il tuo messaggio, qui è un periodo pazzesco: abbiamo la cena di Natale con i volontari sabato, il banco alimentare che quest'anno ha raddoppiato le famiglie, e in più la Regione ci ha chiesto la rendicontazione del progetto entro il 31 (a dicembre, ovviamente).

Il bilancio sociale stampato è arrivato la settimana scorsa ed è venuto benissimo, la presidente l'ha portato anche in Prefettura e tutti ci hanno fatto i complimenti per la grafica. Grazie davvero.

Per la fattura: è passata nel mandato di pagamento che la tesoriera ha firmato martedì, quindi a giorni dovresti vederla.

Volevo anche chiederti: a febbraio partiamo con la campagna per il 5x1000 e ci servirebbero un paio di locandine e dei post per Instagram, sullo stile del bilancio. Riesci a farci un preventivo dopo le feste? Nessuna fretta.

Un abbraccio e buon Natale!
Francesca

--
Associazione Il Ponte ODV
Via Torrione 42, 89125 Reggio Calabria
www.ilponteodv.org
"""),
  label=L("client-reply-paid", "Long chatty NGO mail; one sentence matters: the invoice went into the payment order the treasurer signed on Tuesday ('a giorni dovresti vederla'). Payment already ordered = paid. The rest is about new work."))

# 0016 — son for his father, plumber in Vibo Valentia: 'domani mattina passa alle Poste'
M(owner="roberto", frm=("Antonio Mancuso", "antonio.mancuso91@gmail.com"),
  date="2026-12-02 19:40", tz="Europe/Rome", mua="gmail-android", fmt="qp", quote="gmail",
  thread=dict(kind="reminder", sent="2026-12-02 09:00", to="idraulicamancuso@libero.it",
              inv=I("55/2026", 366.00, "2026-10-28", "2026-11-27", "Idraulica Mancuso di Mancuso Salvatore")),
  body=T("""
Salve, scrivo per mio padre Salvatore che non usa la mail (gliel'ho girata io sul mio indirizzo).
Mi dice che domani mattina passa alle Poste e fa il bonifico, oggi non ha fatto in tempo perché era in cantiere a Tropea fino a sera.
Scusate il ritardo.
Antonio Mancuso
"""),
  label=L("client-reply-promise", "Son writing for his father: he will go to the post office tomorrow morning and make the transfer -> Thu 3 Dec.",
          promised_date="2026-12-03"))

# 0017 — bridal atelier in Palermo: 12 photos unusable, won't pay the full amount
M(owner="davide", frm=("Atelier Rosalba Sposa", "info@rosalbasposa.it"),
  date="2026-11-27 11:20", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-11-26 09:00",
              inv=I("2026/038", 2745.00, "2026-10-22", "2026-11-21", "Atelier Rosalba Sposa")),
  body=T("""
Buongiorno Davide,

il servizio per il catalogo 2027 è stato fatto, non lo metto in dubbio, ma i ritocchi sono arrivati con tre settimane di ritardo e dodici foto non sono utilizzabili: abiti con le pieghe in vista, il bianco che tira al giallo, in due si vede pure lo stender dietro la modella. La tipografia ha dovuto aspettare e abbiamo perso la data della fiera di Palermo Sposi.

Per la fattura 2026/038 quindi non pagherò l'intero importo. Sono disposta a pagare le foto buone, il resto o lo rifacciamo o lo togliamo. Mi faccia sapere lei.

Rosalba Cusumano
Atelier Rosalba Sposa – Via Libertà 110, Palermo
"""),
  label=L("client-reply-dispute", "Bridal atelier: 12 photos unusable and late retouching; will not pay the full invoice, only the good photos. Names the invoice in her own text.",
          reference="2026/038"))

# 0018 — B&B in Matera: please resend the invoice
M(owner="chiara", frm=("Grazia Dimichele", "sassirooms.matera@gmail.com"),
  date="2026-11-09 09:05", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="courtesy", sent="2026-11-06 08:00",
              inv=I("47/2026", 244.00, "2026-10-12", "2026-11-11", "Sassi Rooms di Grazia Dimichele")),
  body=T("""
Buongiorno Chiara, mi rimanderesti la fattura? Non la trovo da nessuna parte, credo sia finita nello spam insieme a mezzo mondo (Booking mi manda 40 mail al giorno).
Grazie mille!
Grazia
"""),
  label=L("client-reply-other", "Asks to resend the invoice (lost in spam). A question, no claim, no promise."))

# 0019 — accountants in Udine for a doctor: paid net of the 20% withholding tax
M(owner="paolo", frm=("Studio Associato Bertoli & Nardin", "contabilita@bertolinardin.it"),
  cc=[("Stefano Comuzzi", "stefano.comuzzi@medicinagenerale-ud.it")],
  date="2027-01-20 10:45", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2027-01-19 09:00", to="stefano.comuzzi@medicinagenerale-ud.it",
              inv=I("61/2026", 1220.00, "2026-12-15", "2027-01-14", "Dott. Stefano Comuzzi")),
  body=T("""
Gentile Sig. Ferrante,

scriviamo per conto del Dott. Stefano Comuzzi, nostro cliente, in merito al Suo sollecito relativo alla fattura n. 61/2026.

Il compenso Le è stato corrisposto in data 11/01/2027 al netto della ritenuta d'acconto del 20% sull'imponibile, per un importo di euro 1.020,00. La ritenuta di euro 200,00 sarà versata dal nostro cliente con modello F24 entro il 16 febbraio e Le verrà certificata nella Certificazione Unica.

Riteniamo pertanto la posizione saldata. Restiamo a disposizione per eventuali chiarimenti.

Cordiali saluti

Studio Associato Bertoli & Nardin
Consulenza fiscale, contabile e del lavoro
Via Cussignacco 45 - 33100 Udine
"""),
  label=L("client-reply-paid", "Accountants for the client: paid on 11/01 net of the 20% withholding tax (1.020,00 instead of 1.220,00), the rest goes to the state by F24. Legally a full payment, not a dispute.",
          amount="1020.00", reference="61/2026"))

# 0020 — olive mill in Andria: 'prima del 28 non ci riusciamo'
M(owner="ale", frm=("Frantoio De Santis", "amministrazione@frantoiodesantis.it"),
  date="2026-12-14 12:10", tz="Europe/Rome", mua="thunder", fmt="qp", quote="thunder", prefix="Re:",
  thread=dict(kind="reminder", sent="2026-12-14 09:00",
              inv=I("38/2026", 976.00, "2026-11-10", "2026-12-10", "Frantoio Oleario De Santis snc")),
  body=T("""
Buongiorno Alessandra,
purtroppo prima del 28 non ci riusciamo: stiamo aspettando il pagamento di un grossista tedesco per l'olio nuovo e fino ad allora la cassa è quella che è. Il 28 senz'altro.
Le etichette comunque stanno andando benissimo, in Germania le hanno adorate.
Saluti
Michele De Santis
"""),
  label=L("client-reply-promise", "'prima del 28 non ci riusciamo ... Il 28 senz'altro' -> promise for 28 December.",
          promised_date="2026-12-28"))

# 0021 — restaurant in San Daniele: what are these 40 euro?
M(owner="paolo", frm=("Ristorante Al Cjasal", "info@alcjasal.it"),
  date="2027-01-08 15:20", tz="Europe/Rome", mua="outlook", fmt="qp", quote="outlook", prefix="R:",
  thread=dict(kind="late_fee", sent="2027-01-07 09:00",
              inv=I("57/2026", 549.00, "2026-11-16", "2026-12-16", "Ristorante Al Cjasal", fees=True,
                    deadline="2027-01-15")),
  body=T("""
Buongiorno Paolo,
nel suo messaggio si parla di 40 euro di risarcimento e di interessi di mora, cosa vuol dire esattamente? È la prima volta che mi capita una cosa del genere con un fornitore e non ho capito se è una cosa automatica o se ce l'ha con noi.
Mi spiega per favore? Magari passi quando viene per il registratore di cassa.
Ivana Pecile
Ristorante Al Cjasal - San Daniele del Friuli
"""),
  label=L("client-reply-other", "Asks what the 40 euro compensation and default interest mean. A question about the reminder, not a refusal and not a promise."))

# 0022 — nursery school in Lecce: 'la pratica è stata evasa il 10 dicembre', CRO given
M(owner="fede", frm=("Scuola Maria Ausiliatrice - Segreteria", "segreteria@mausiliatricelecce.it"),
  date="2026-12-14 10:35", tz="Europe/Rome", mua="outlook", fmt="qp", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-12-09 09:00",
              inv=I("49/2026", 854.00, "2026-11-02", "2026-12-02",
                    "Scuola dell'Infanzia Paritaria Maria Ausiliatrice")),
  body=T("""
Gentile Sig. Zanin,
la pratica è stata evasa dall'ufficio amministrativo il 10 dicembre. Le comunico il CRO dell'operazione: 1101263440512078.
Cordiali saluti e buon Natale.

Sr. Annunziata Greco
Segreteria
Scuola dell'Infanzia Paritaria "Maria Ausiliatrice"
Lecce
"""),
  label=L("client-reply-paid", "Nun at the school office: 'la pratica è stata evasa' on 10 December, with the CRO of the transfer. Paid without a payment verb."))

# 0023 — foundation in Mantua: invoice awaiting board approval on 9 December
M(owner="elena", frm=("Lucia Bertazzoni", "l.bertazzoni@fondazionecasadelsole.org"),
  date="2026-11-30 16:03", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-11-30 08:45",
              inv=I("46/2026", 1950.00, "2026-10-27", "2026-11-26", "Fondazione Casa del Sole ETS")),
  body=T("""
Cara Elena,

hai ragione, scusami. La fattura è in approvazione: sopra i 1.500 euro serve la delibera del Consiglio di amministrazione, che si riunisce il 9 dicembre. Dopo la delibera l'ufficio procede, di solito in un paio di giorni.
Ti confermo che non c'è nessun problema, è solo burocrazia nostra.

Grazie ancora per il convegno, gli ospiti francesi ci hanno scritto per ringraziare dell'interpretariato.

Lucia
"""),
  label=L("client-reply-promise", "Invoice awaiting board approval (meeting 9 Dec), then the office pays 'in un paio di giorni'. A promise without a payment verb and without a firm date (after the 9th = vague)."))

# 0024 — law firm in Padua: the sworn translation was already billed in 38/2026
M(owner="elena", frm=("Avv. Marco Tonon", "m.tonon@gasparinitonon.it"),
  cc=[("Amministrazione GT", "amministrazione@gasparinitonon.it")],
  date="2026-12-09 17:30", tz="Europe/Rome", mua="outlook", fmt="outlook-html", quote="outlook", prefix="R:",
  thread=dict(kind="courtesy", sent="2026-12-09 08:00",
              inv=I("41/2026", 427.00, "2026-11-16", "2026-12-16", "Studio Legale Gasparini Tonon")),
  body=T("""
Gentile Dott.ssa Marchetti,

ci risulta che la traduzione asseverata del 12 novembre (atto di citazione, causa Brenta Logistica) fosse già ricompresa nella fattura n. 38/2026, che abbiamo regolarmente saldato a ottobre.

La preghiamo pertanto di annullare la fattura n. 41/2026 mediante emissione di nota di credito. Qualora invece si riferisca ad attività diverse, Le chiediamo di indicarcele nel dettaglio.

Cordiali saluti

Avv. Marco Tonon
Studio Legale Gasparini Tonon
Riviera Tito Livio 32 - 35123 Padova
""" + DISCL_LEGAL),
  label=L("client-reply-dispute", "Law firm: the work was already billed in 38/2026 (paid in October); asks to cancel 41/2026 with a credit note. The 'regolarmente saldato' refers to the other invoice.",
          reference="41/2026"))

# 0025 — farm in Gioia del Colle, ALL CAPS, no quote
M(owner="roberto", frm=("AZ AGR LOPERFIDO", "az.agr.loperfido@tiscali.it"),
  date="2026-12-09 10:12", tz="Europe/Rome", mua="aruba", fmt="8bit", quote="none", prefix="R:",
  thread=dict(kind="reminder", sent="2026-12-09 09:00",
              inv=I("51/2026", 610.00, "2026-11-02", "2026-12-02", "Az. Agr. Loperfido Vito")),
  body=T("""
BUONGIORNO ABBIAMO PAGATO IL 4 DICEMBRE DALLA BCC DI GIOIA. SE NON ARRIVA FATECI SAPERE.
SALUTI
LOPERFIDO
"""),
  label=L("client-reply-paid", "ALL CAPS, no quote: paid on 4 December from the local BCC."))

# 0026 — seaside hotel in Lignano: supplier portal, approval, 'primo ciclo utile'
M(owner="paolo", frm=("Ufficio Fornitori - Lido Palace", "fornitori@lidopalace-lignano.it"),
  date="2026-11-18 09:50", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-11-17 09:00",
              inv=I("54/2026", 1586.00, "2026-10-15", "2026-11-14", "Grand Hotel Lido Palace")),
  body=T("""
Buongiorno Sig. Ferrante,

ho inserito oggi la Sua fattura nel portale fornitori del gruppo: una volta approvata dal responsabile di reparto (in questo caso il Sig. Tavian, manutenzione) va in pagamento al primo ciclo utile, di solito il 15 o il 30 del mese.
Non risultano anomalie sul documento.

Cordiali saluti
Debora Pitton
Ufficio Fornitori
Grand Hotel Lido Palace – Lignano Sabbiadoro (UD)
"""),
  label=L("client-reply-promise", "Invoice entered in the supplier portal; once approved it 'va in pagamento al primo ciclo utile, di solito il 15 o il 30'. A promise through process, no firm date."))

# 0027 — Neapolitan pizzeria: 'o logo nun ce piace, won't pay until it's redone
M(owner="ale", frm=("Pizzeria O Vesuviano", "ovesuviano.fuorigrotta@gmail.com"),
  date="2026-11-20 15:30", tz="Europe/Rome", mua="gmail-android", fmt="qp", quote="gmail",
  thread=dict(kind="reminder", sent="2026-11-20 09:00",
              inv=I("29/2026", 732.00, "2026-10-19", "2026-11-18", "Pizzeria 'O Vesuviano")),
  body=T("""
Alessà bongiorno,
'o logo nuovo nun ce piace proprio, mio fratello Ciro dice che pare 'na pizzeria 'e Milano 😂 e i clienti ci hanno detto la stessa cosa. Avevamo detto che 'o rifacive cu' 'e culori nuosti, rosso e verde, e invece è tutto grigio e nero.
Fino a che nun 'o sistemamm nun ve pozzo pagà, capite a me. Nun è pe' cattiveria.
Salvatore
"""),
  label=L("client-reply-dispute", "Neapolitan dialect: they don't like the logo, it was supposed to be redone in their colours; won't pay until it's fixed ('nun ve pozzo pagà')."))

# 0028 — medical practice in Gorizia: the reply is only about a printer
M(owner="paolo", frm=("Dott. Enrico Pellizzari", "enrico.pellizzari@medicigorizia.it"),
  date="2026-12-15 13:22", tz="Europe/Rome", mua="outlook-desk", fmt="qp", quote="outlook-old", prefix="R:",
  thread=dict(kind="courtesy", sent="2026-12-15 08:00",
              inv=I("59/2026", 244.00, "2026-11-20", "2026-12-20", "Studio Medico Associato Pellizzari Valent")),
  body=T("""
Ciao Paolo,
già che ti scrivo: la stampante della reception fa di nuovo le righe sui promemoria degli appuntamenti, e da ieri il programma delle ricette dematerializzate si blocca quando provo a stampare il promemoria per il paziente (mi dice "errore spooler", o qualcosa del genere).
Riesci a passare giovedì mattina prima delle 10? Dopo c'è l'ambulatorio pieno fino a sera.
Grazie
Enrico
"""),
  label=L("client-reply-other", "Reply to a courtesy reminder that only asks for a technical visit (printer, prescription software). The invoice is not mentioned; 'giovedì' is a visit, not a payment date."))

# 0029 — Valpolicella estate forwards the bank's execution notice: 'Ecco qua'
M(owner="sara", frm=("Giovanni Venier", "giovanni@tenutacavenier.it"),
  date="2026-12-15 11:20", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="none",
  subject="I: Esito disposizione bonifico SEPA",
  body=T("""
Ecco qua, scusa il ritardo!
Giovanni

________________________________
Da: Intesa Sanpaolo <comunicazioni@intesasanpaolo.com>
Inviato: martedì 15 dicembre 2026 11:02
A: amministrazione@tenutacavenier.it
Oggetto: Esito disposizione bonifico SEPA

Gentile Cliente,

la disposizione di bonifico SEPA da Lei inserita tramite Internet Banking è stata eseguita.

Ordinante: TENUTA CA' VENIER SOC. AGR. S.S.
Beneficiario: SARA BIANCHI
IBAN beneficiario: IT14 Z030 6901 0001 0000 0055 812
Importo: 2.318,00 EUR
Data esecuzione: 15/12/2026
Data valuta beneficiario: 16/12/2026
Causale: SALDO FATT. 49/2026
TRN: 0306909876543210484810048100IT

Cordiali saluti
Intesa Sanpaolo S.p.A.

Questo messaggio è generato automaticamente, si prega di non rispondere.
"""),
  label=L("client-reply-paid", "Client forwards the bank's 'bonifico eseguito' notice with only 'Ecco qua, scusa il ritardo!'. Not a payment-notification: it is a human forward of an outgoing transfer. Amount and invoice number from the forwarded receipt he sends.",
          amount="2318.00", reference="49/2026"))

# 0030 — physiotherapy practice in Cagliari: confirm IBAN and I'll send tomorrow
M(owner="ale", frm=("Valeria Piras", "valeria@kinesiscagliari.it"),
  date="2027-01-18 19:05", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2027-01-18 08:30",
              inv=I("41/2026", 549.00, "2026-12-11", "2027-01-10", "Studio di Fisioterapia Kinesis")),
  body=T("""
Ciao Alessandra,
hai ragione, mi era sfuggita tra un paziente e l'altro.
Una cosa sola: l'IBAN è sempre quello che finisce con 456? Te lo chiedo perché la mia commercialista mi ha raccontato di un cliente che ha pagato a un IBAN falso arrivato per mail. Se mi confermi, faccio partire il bonifico domani mattina.
Valeria
"""),
  label=L("client-reply-promise", "Conditional promise with a question: if the IBAN is confirmed she sends the transfer tomorrow morning -> 19 Jan. A careful reader still treats it as a promise with a date.",
          promised_date="2027-01-19"))

# 0031 — Tuscan farm in Chianti: 'l'ho bell'e pagata giovedì scorso'
M(owner="elena", frm=("Duccio Bartolini", "duccio@fattoriailpalagetto.it"),
  date="2026-12-07 12:40", tz="Europe/Rome", mua="apple", fmt="apple-alt", quote="apple",
  thread=dict(kind="reminder", sent="2026-12-07 09:00",
              inv=I("43/2026", 671.00, "2026-11-02", "2026-12-02", "Fattoria Il Palagetto")),
  body=T("""
O Elena!
Guarda che la fattura l'ho bell'e pagata giovedì scorso, icché tu mi mandi i solleciti? 😄
Te l'ho fatta dal conto della fattoria, mica dal mio, magari ti risulta con un altro nome (Soc. Agr. Bartolini). Controlla bene e poi mi dici.

Un abbraccio,
Duccio

Fattoria Il Palagetto – Greve in Chianti
"""),
  label=L("client-reply-paid", "Tuscan: 'l'ho bell'e pagata giovedì scorso' = already paid last Thursday; transfer from the farm's company account."))

# 0032 — B&B in Ortigia: 'giovedì ti faccio il bonifico senza meno'
M(owner="chiara", frm=("Casa Talìa B&B", "casatalia.ortigia@gmail.com"),
  date="2026-11-30 10:14", tz="Europe/Rome", mua="gmail-android", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-11-30 08:00",
              inv=I("46/2026", 305.00, "2026-10-25", "2026-11-24", "B&B Casa Talìa")),
  body=T("""
Chiara amunì, non ti arrabbiare 😅 oggi e domani non ce la faccio che ho il commercialista che mi fa impazzire con la chiusura dell'anno, giovedì ti faccio il bonifico senza meno.
Baci da Ortigia
Rosaria
"""),
  label=L("client-reply-promise", "Sicilian: not today or tomorrow, 'giovedì ti faccio il bonifico senza meno' -> Thursday after Mon 30 Nov.",
          promised_date="2026-12-03"))

# 0033 — French boutique, imperfect Italian: did not order the blog translation
M(owner="giulia", frm=("Hélène Dufresne", "helene@maisondufresne.fr"),
  date="2026-11-16 14:25", tz="Europe/Paris", mua="apple", fmt="apple-alt", quote="apple",
  thread=dict(kind="reminder", sent="2026-11-16 09:00",
              inv=I("55/2026", 1464.00, "2026-10-14", "2026-11-13", "Maison Dufresne SARL")),
  body=T("""
Buongiorno Giulia,

io non ho ordinato la traduzione del blog, solo le pagine del sito (10 pagine, come nel preventivo di settembre). Nella fattura ci sono 18 pagine. Non è giusto pagare per questo, per favore corregga la fattura e io pago le 10 pagine.

Mi scusi per il mio italiano.
Cordialement,
Hélène Dufresne
Maison Dufresne – Paris
"""),
  label=L("client-reply-dispute", "French client in imperfect Italian: only 10 pages were ordered, the invoice bills 18; asks for a corrected invoice and will pay only the 10 pages."))

# 0034 — butcher's shop in Avellino: passed the reminder to their accountant
M(owner="roberto", frm=("Carmine Gentile", "macelleriagentile@virgilio.it"),
  date="2026-12-01 18:30", tz="Europe/Rome", mua="libero", fmt="qp", quote="libero", prefix="R:",
  thread=dict(kind="reminder", sent="2026-12-01 09:00",
              inv=I("53/2026", 427.00, "2026-10-27", "2026-11-26", "Macelleria Fratelli Gentile snc")),
  body=T("""
Buonasera,
ho girato il vostro sollecito al nostro commercialista, il dottor Capone, che i pagamenti li segue lui. Vi farà sapere lui.
Saluti
Carmine Gentile
"""),
  label=L("client-reply-other", "Forwarded the reminder to their accountant, 'vi farà sapere lui'. No claim and no promise."))

# 0035 — accountant for a herbalist's shop in Matera: recovered from the 'cassetto fiscale', Friday 11
M(owner="fede", frm=("Studio Lapolla", "studiolapolla.commercialisti@gmail.com"),
  date="2026-12-07 11:00", tz="Europe/Rome", mua="outlook", fmt="qp", quote="outlook", prefix="R:",
  thread=dict(kind="late_fee", sent="2026-12-04 09:00", to="erboristeriailgirasole@gmail.com",
              inv=I("47/2026", 732.00, "2026-10-20", "2026-11-19", "Erboristeria Il Girasole di Ferraro Angela",
                    deadline="2026-12-14")),
  body=T("""
Buongiorno,

sono la commercialista della Sig.ra Angela Ferraro (Erboristeria Il Girasole), che mi ha inoltrato il Suo sollecito.
La fattura non era stata registrata perché al nostro codice destinatario non è mai arrivata tramite SdI; l'abbiamo recuperata solo ora dal cassetto fiscale. Sarà pagata con la prossima distinta, venerdì 11.

Cordiali saluti
Dott.ssa Nicoletta Lapolla
Via Ridola 61 - 75100 Matera
"""),
  label=L("client-reply-promise", "The client's accountant: invoice found late in the tax drawer, 'sarà pagata con la prossima distinta, venerdì 11' -> 11 Dec.",
          promised_date="2026-12-11"))

# 0036 — weaving mill in Prato, iso-8859-1 with cp1252 bytes, paid today
M(owner="sara", frm=("Amministrazione Tessitura Bardazzi", "amministrazione@tessiturabardazzi.it"),
  date="2026-12-18 16:45", tz="Europe/Rome", mua="outlook-desk", fmt="qp", quote="outlook-old", prefix="R:",
  charset="iso-8859-1",
  thread=dict(kind="reminder", sent="2026-12-17 09:00",
              inv=I("50/2026", 1220.00, "2026-11-13", "2026-12-13", "Tessitura Bardazzi S.r.l.")),
  body=T("""
Spett.le Dott.ssa Bianchi,

Vi informiamo che il pagamento della Vs. fattura n. 50/2026 è stato eseguito in data odierna con bonifico bancario (Banca Alta Toscana).
Ci scusiamo per il ritardo, dovuto alla chiusura contabile di fine anno.

Distinti saluti

Ufficio Amministrazione
Tessitura Bardazzi S.r.l.
Via di Gello 44 – 59100 Prato
Cap. Soc. € 100.000,00 i.v. – “Tessuti per l’alta moda dal 1961”
"""),
  label=L("client-reply-paid", "Formal textile-company reply: payment executed today by bank transfer. iso-8859-1 declared, body has cp1252 bytes (curly quotes, euro sign, en dash).",
          reference="50/2026"))

# 0037 — music school in Varese: families pay January fees after the 10th, then I pay you
M(owner="ale", frm=("Scuola di Musica Armonia", "segreteria@armoniavarese.it"),
  date="2027-01-04 20:10", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2027-01-04 08:30",
              inv=I("40/2026", 366.00, "2026-11-30", "2026-12-30", "Scuola di Musica Armonia APS")),
  body=T("""
Ciao Alessandra, buon anno!
Hai ragione, scusa. Dicembre per noi è il mese peggiore: le famiglie pagano le quote di gennaio dopo il 10, appena entrano ti saldo, promesso.

Il saggio di Natale è andato benissimo, il programma di sala che ci hai fatto se lo sono portato a casa in tanti come ricordo.
Un abbraccio,
Giovanna
"""),
  label=L("client-reply-promise", "Music school (APS): will pay as soon as the January fees come in, 'dopo il 10'. Promise, vague date (after the 10th) -> no promised_date."))

# 0038 — osteria in Cividale: site still not online, pays when it works
M(owner="fede", frm=("Osteria del Borgo", "osteriadelborgo.cividale@gmail.com"),
  date="2026-12-22 09:12", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="due", sent="2026-12-21 08:00",
              inv=I("56/2026", 1220.00, "2026-11-20", "2026-12-20", "Osteria del Borgo")),
  body=T("""
Federico,
il sito non è ancora online e il menù delle feste che ti ho mandato il 20 novembre non c'è. Abbiamo già stampato i biglietti da visita col QR code che porta a una pagina bianca, fai te.
Ti pago quando funziona tutto, come avevamo detto all'inizio.
Stefano
"""),
  label=L("client-reply-dispute", "Work not delivered: the site is not online; will pay only when everything works. Refusal conditioned on the work = dispute, not a promise."))

# 0039 — polyclinic in Cosenza: screenshot of the transfer (PNG)
M(owner="roberto", frm=("Amministrazione Poliambulatorio San Luca", "amministrazione.sanluca@gmail.com"),
  date="2026-11-12 10:30", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-11-11 09:00",
              inv=I("50/2026", 1098.00, "2026-10-09", "2026-11-08", "Poliambulatorio San Luca srl")),
  attach=[dict(filename="Screenshot_20261112_102611.png", type="image/png", data=fake_png(39))],
  body=T("""
Buongiorno Roberto, eccoti lo screenshot del bonifico, l'app della banca non mi fa scaricare il pdf 🙄
Buona giornata
Teresa
"""),
  label=L("client-reply-paid", "Screenshot of the transfer attached, 'eccoti lo screenshot del bonifico'. Paid with no explicit 'abbiamo pagato'."))

# 0040 — residence in Tropea: one invoice paid yesterday, the other with the end-of-month run
M(owner="chiara", frm=("Residence Le Vele", "amministrazione@residencelevele.it"),
  date="2026-11-18 10:05", tz="Europe/Rome", mua="outlook", fmt="qp", quote="outlook", prefix="RE:",
  thread=dict(kind="statement", sent="2026-11-17 09:00",
              inv=dict(client="Residence Le Vele", deadline=D("2026-11-27"),
                       list=[I("41/2026", 610.00, "2026-10-06", "2026-11-05"),
                             I("44/2026", 915.00, "2026-10-15", "2026-11-14")])),
  body=T("""
Buongiorno Chiara,
la 41 è stata pagata ieri, la 44 la paghiamo con il giro di fine mese insieme agli altri fornitori.
Cordiali saluti
Domenico Pugliese
Residence Le Vele - Tropea (VV)
"""),
  label=L("client-reply-promise", "Two invoices in a statement: 41 paid yesterday, 44 with the end-of-month run. Paid one + promise for the other = promise, end of month = 30 Nov.",
          promised_date="2026-11-30"))

# 0041 — law firm in Como: the IBAN in the reminder differs from the invoice; is it changed?
M(owner="davide", frm=("Avv. Ilaria Colombo", "avv.colombo@studiocolombocomo.it"),
  date="2026-12-10 12:50", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-12-10 09:00",
              inv=I("2026/042", 854.00, "2026-11-04", "2026-12-04", "Studio Legale Avv. Ilaria Colombo")),
  body=T("""
Buongiorno Davide,

nel Suo sollecito vedo un IBAN Intesa Sanpaolo, mentre in fattura mi sembra di ricordare un conto Banca Sella. È cambiato? Prima di disporre qualunque bonifico preferisco esserne certa, visto che in studio ne vediamo ogni giorno di truffe con IBAN sostituiti.

Mi può chiamare o confermare per iscritto?

Cordiali saluti
Avv. Ilaria Colombo
Via Vittorio Emanuele II 84 - 22100 Como
""" + DISCL_LEGAL),
  label=L("client-reply-other", "Question about the bank details (IBAN differs from the invoice?), wants confirmation before paying. No claim, no promise, no dispute."))

# 0042 — wine bar in Verona: 'lo faccio oggi in pausa pranzo'
M(owner="sara", frm=("Chiara Zanini", "chiara@bottegascaligera.it"),
  date="2027-01-13 09:05", tz="Europe/Rome", mua="iphone", fmt="qp", quote="apple",
  thread=dict(kind="reminder", sent="2027-01-12 09:00",
              inv=I("52/2026", 488.00, "2026-12-01", "2026-12-31", "Enoteca Bottega Scaligera")),
  body=T("""
Hai ragione scusa, con le feste me ne sono proprio dimenticata. Lo faccio oggi in pausa pranzo, giuro 🙏

Inviato da iPhone
"""),
  label=L("client-reply-promise", "'Lo faccio oggi in pausa pranzo' = will pay today -> the message date.",
          promised_date="2027-01-13"))

# 0043 — volleyball club (ASD) near Treviso: 'sistemato stamattina'
M(owner="fede", frm=("Mirko Battistella", "mirko.battistella@gmail.com"),
  date="2026-12-01 13:40", tz="Europe/Rome", mua="gmail-android", fmt="qp", quote="gmail",
  thread=dict(kind="reminder", sent="2026-12-01 08:30", to="asdpallavolopontedipiave@gmail.com",
              inv=I("48/2026", 300.00, "2026-10-30", "2026-11-29", "ASD Pallavolo Ponte di Piave")),
  body=T("""
sistemato stamattina, scusa il ritardo ma il tesoriere era in ferie 🙏
ciao
Mirko
"""),
  label=L("client-reply-paid", "'sistemato stamattina' = settled this morning. Paid without a payment verb."))

# 0044 — accountant in Conegliano: invoice addressed to the wrong entity, credit note needed
M(owner="sara", frm=("Studio Furlanetto", "segreteria@studiofurlanetto.it"),
  cc=[("Prosecco Colli Alti", "info@proseccocollialti.it")],
  date="2026-12-04 10:20", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-12-03 09:00", to="info@proseccocollialti.it",
              inv=I("45/2026", 1952.00, "2026-10-29", "2026-11-28", "Prosecco Colli Alti Soc. Agr. s.s.")),
  body=T("""
Gentile Dott.ssa Bianchi,

Le scrivo in qualità di consulente di Prosecco Colli Alti, in copia.
La fattura n. 45/2026 è intestata alla società agricola semplice (P.IVA 04127760263), mentre l'incarico per i testi del sito e delle brochure Le è stato conferito dalla Colli Alti Distribuzione S.r.l., come risulta dalla lettera d'incarico di luglio. La società agricola non può né registrarla né pagarla.

Le chiediamo pertanto di stornarla integralmente con nota di credito e di riemetterla a:
Colli Alti Distribuzione S.r.l. – Via Cal de Livera 5, 31015 Conegliano (TV) – P.IVA 05288110268 – codice destinatario USAL8PV.

Alla ricezione della fattura corretta la società provvederà al pagamento secondo le condizioni concordate.

Cordiali saluti
Rag. Paola De Nardi
Studio Dott. Renzo Furlanetto – Commercialisti associati
"""),
  label=L("client-reply-dispute", "Accountant: invoice made out to the wrong entity, cannot be registered or paid; asks for a full credit note and a new invoice. Wants a credit note = dispute (not about the amount).",
          reference="45/2026"))

# 0045 — dentist in Modena, long chatty mail; 'per la fattura ci pensa Marisa lunedì'
M(owner="ale", frm=("Alberto Rinaldi", "alberto.rinaldi@studiorinaldimodena.it"),
  date="2026-12-16 21:30", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-12-16 08:30",
              inv=I("35/2026", 1342.00, "2026-11-13", "2026-12-13", "Studio Dentistico Dott. Alberto Rinaldi")),
  body=T("""
Cara Alessandra,

ti rispondo la sera perché di giorno tra un paziente e l'altro non riesco mai. Intanto grazie per la brochure: i pazienti la prendono dal bancone e la portano a casa, cosa che con la vecchia non succedeva mai. Mia moglie dice che finalmente sembriamo uno studio del 2026 e non del 1996.

Ti volevo chiedere due cose per l'anno nuovo:
1) le foto del personale sul sito sono ancora quelle vecchie, c'è anche Daniela che è andata in pensione a giugno. Possiamo rifarle a gennaio? Conosci un fotografo?
2) per Natale pensavamo a un biglietto di auguri da mandare ai pazienti via mail. Se ce la fai prima del 24, altrimenti lasciamo stare, non voglio farti correre.

Per la fattura ci pensa Marisa lunedì che rientra dalle ferie, le ho già lasciato il foglietto sulla tastiera.

Un caro saluto e a presto,
Alberto

--
Dott. Alberto Rinaldi
Medico Chirurgo - Odontoiatra
Via Emilia Est 214 - 41121 Modena
"""),
  label=L("client-reply-promise", "Long chatty mail about new work; one line matters: 'per la fattura ci pensa Marisa lunedì che rientra' -> promise without a payment verb, Monday after Wed 16 Dec. ('prima del 24' is about the Christmas card.)",
          promised_date="2026-12-21"))

# 0046 — knitwear factory in Carpi: new person, asks for a statement of open invoices
M(owner="davide", frm=("Nadia Gualtieri", "n.gualtieri@maglificioemiliana.it"),
  date="2026-11-19 11:15", tz="Europe/Rome", mua="outlook", fmt="outlook-html", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-11-18 09:00",
              inv=I("2026/035", 1586.00, "2026-10-15", "2026-11-14", "Maglificio Emiliana S.r.l.")),
  body=T("""
Buongiorno,

la Sig.ra Bianchi non lavora più con noi da ottobre; da ora mi occupo io della contabilità fornitori.
Può mandarmi un estratto conto con tutte le fatture aperte e le relative scadenze? Sto ricostruendo le posizioni di tutti i fornitori e preferisco partire da lì.

Grazie, cordiali saluti

Nadia Gualtieri
Amministrazione
Maglificio Emiliana S.r.l. – Via dell'Industria 29, 41012 Carpi (MO)
"""),
  label=L("client-reply-other", "New accounts person asks for a statement of open invoices. A human reply (not an auto-reply about a departed employee), no claim, no promise."))

# 0047 — clothing maker in Carpi: paid in a cumulative transfer on 30/11
M(owner="davide", frm=("Confezioni Lory Moda - Amministrazione", "amministrazione@lorymoda.it"),
  date="2026-12-04 09:40", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-12-03 09:00",
              inv=I("2026/036", 1830.00, "2026-10-21", "2026-11-20", "Confezioni Lory Moda S.r.l.")),
  body=T("""
Buongiorno Sig. Cattaneo,

il pagamento è partito con il bonifico cumulativo del 30/11 insieme ad altre fatture fornitori, per questo forse non lo trova: la sua quota è di 1.830,00 euro, riferimento fattura 2026/036. Nella causale della banca compare solo "PAGAMENTO FORNITORI NOV 2026".

Cordiali saluti
Loredana Malagoli
Confezioni Lory Moda S.r.l.
"""),
  label=L("client-reply-paid", "Paid in a cumulative supplier transfer on 30/11; states its share (1.830,00) and the invoice number.",
          amount="1830.00", reference="2026/036"))

# 0048 — polyclinic in Salerno: 'in pagamento con valuta 18/12' (scheduled, not yet paid)
M(owner="giulia", frm=("Ufficio Contabilità Villa Chiara", "contabilita@poliambulatoriovillachiara.it"),
  date="2026-12-09 12:15", tz="Europe/Rome", mua="outlook", fmt="b64", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-12-07 09:00",
              inv=I("61/2026", 793.00, "2026-10-30", "2026-11-29", "Poliambulatorio Villa Chiara srl")),
  body=T("""
Buongiorno,
la fattura in oggetto è in pagamento con valuta 18/12.
Distinti saluti
Ufficio Contabilità
Poliambulatorio Villa Chiara srl - Salerno
"""),
  label=L("client-reply-promise", "'In pagamento con valuta 18/12' = scheduled with value date 18 December: sounds done but is a future payment -> promise for 18 Dec. Base64 body.",
          promised_date="2026-12-18"))

# 0049 — language school in Trento: 20 hours, not 26; register attached; wants credit note
M(owner="elena", frm=("Direzione Istituto Linguistico Europa", "direzione@linguisticoeuropa.it"),
  date="2026-12-15 11:05", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="R:",
  thread=dict(kind="courtesy", sent="2026-12-14 08:00",
              inv=I("47/2026", 1430.00, "2026-11-20", "2026-12-20", "Istituto Linguistico Europa srl")),
  attach=[dict(filename="Registro_presenze_laboratorio_interpretariato.pdf", type="application/pdf",
               data=fake_pdf("Registro presenze - laboratorio di interpretariato - ore 20"))],
  body=T("""
Gentile Dott.ssa Marchetti,

l'importo della fattura non corrisponde alle ore effettivamente svolte: dal registro firme (in allegato) le ore di laboratorio risultano 20 e non 26. Le due lezioni del 6 e del 13 novembre sono state annullate per l'allerta meteo e non sono state recuperate.

Attendiamo quindi una nota di credito per le 6 ore, dopodiché procederemo al pagamento del dovuto.

Cordiali saluti
Prof.ssa Silvia Dalpiaz
Direzione didattica – Istituto Linguistico Europa, Trento
"""),
  label=L("client-reply-dispute", "Language school contests the hours (20 not 26), register attached, waits for a credit note before paying."))

# 0050 — Pro Loco in Spilimbergo: 'liquidata con delibera, il bonifico è uscito il 12'
M(owner="paolo", frm=("Pro Loco Spilimbergo", "info@prolocospilimbergo.it"),
  date="2026-12-14 18:05", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-12-10 09:00",
              inv=I("58/2026", 427.00, "2026-11-05", "2026-12-05", "Pro Loco di Spilimbergo APS")),
  body=T("""
Ciao Paolo,
la fattura è stata liquidata con delibera del direttivo giovedì sera e il bonifico è uscito l'11. Scusa i tempi ma siamo tutti volontari e ci vediamo una volta al mese.
Grazie per il lavoro sulla rete della sede, finalmente il wifi arriva anche in sala mostre!
Mandi
Renato (tesoriere)
"""),
  label=L("client-reply-paid", "Association treasurer: 'liquidata con delibera ... il bonifico è uscito l'11'. Paid."))

# 0051 — builder in Palmi (Calabria): 'appena u Comune mi paga u SAL'
M(owner="roberto", frm=("Domenico Scarfò", "edilscarfo@gmail.com"),
  date="2026-12-11 07:15", tz="Europe/Rome", mua="gmail-android", fmt="qp", quote="gmail",
  thread=dict(kind="late_fee", sent="2026-12-10 09:00",
              inv=I("60/2026", 1464.00, "2026-10-20", "2026-11-19", "Edil Scarfò di Scarfò Domenico", fees=True,
                    deadline="2026-12-18")),
  body=T("""
Robè buongiorno,
lo sai com'è, u Comune ancora non mi paga u SAL di ottobre della scuola di Taurianova e io sto anticipando pure gli operai. Appena arrivano i soldi ti saldo tutto, parola mia. Non ti preoccupare che non scappo, ci conosciamo da vent'anni.
E levami sti interessi per favore che mi fai venire il nervoso 😄
Mimmo
"""),
  label=L("client-reply-promise", "Calabrian builder: will pay everything as soon as the municipality pays his progress payment (SAL). Conditional promise, no date. The joke about the interest ('levami sti interessi') is a plea, not a contest of the invoice."))

# 0052 — agriturismo near Spoleto: how much do I owe exactly?
M(owner="ale", frm=("Agriturismo La Quercia Grande", "info@laquerciagrande.it"),
  date="2026-12-21 19:30", tz="Europe/Rome", mua="thunder", fmt="qp", quote="thunder",
  thread=dict(kind="reminder", sent="2026-12-21 08:30",
              inv=I("37/2026", 1220.00, "2026-11-16", "2026-12-16", "Agriturismo La Quercia Grande")),
  body=T("""
Buonasera Alessandra,
scusi la domanda forse stupida: quanto le devo esattamente? A settembre le avevo dato 500 euro di acconto con bonifico, poi è arrivata la fattura da 1.220 e adesso il sollecito dice ancora 1.220, e non capisco se l'acconto è già scalato da qualche parte o no.
Mi fa sapere la cifra giusta? Così lo dico a mio marito che i conti li tiene lui.
Grazie e buone feste
Loredana Checcarelli
Agriturismo La Quercia Grande - Spoleto
"""),
  label=L("client-reply-other", "Asks how much is really owed (deposit of 500 in September vs 1.220 invoiced). A question, not a claim of payment for this invoice, not a refusal. The 500 is a past deposit, not a payment of this amount."))

# 0053 — NGO in Perugia: fee was 1.500 VAT included, will pay 1.500 in total
M(owner="elena", frm=("Terre Solidali ETS - Amministrazione", "amministrazione@terresolidali.org"),
  date="2026-12-01 12:25", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-11-30 09:00",
              inv=I("45/2026", 1830.00, "2026-10-26", "2026-11-25", "Associazione Terre Solidali ETS")),
  body=T("""
Buongiorno Elena,

ti scrivo dall'amministrazione di Terre Solidali. Come da convenzione firmata a luglio (art. 4), il compenso per l'interpretariato al Forum era forfettario: 1.500 euro comprensivi di IVA. La fattura invece riporta 1.500 + IVA, per un totale di 1.830.

Possiamo liquidare 1.500 euro totali, che è quanto abbiamo a bilancio sul progetto e quanto ci rimborsa il finanziatore. Se sei d'accordo, ci mandi una fattura corretta (o una nota di credito per la differenza) e paghiamo in settimana.

Un caro saluto
Marta Ceccarelli
Associazione Terre Solidali ETS
"""),
  label=L("client-reply-dispute", "NGO contests the amount: fee agreed 1.500 VAT included, invoiced 1.500 + VAT; will pay 1.500 in total after a corrected invoice/credit note.",
          amount="1500.00"))

# 0054 — hotel on the Ligurian coast: 'dovrebbe essere già partito'
M(owner="davide", frm=("Paola Rebora", "ricevimento@villagelsomina.it"),
  date="2026-12-02 10:48", tz="Europe/Rome", mua="outlook", fmt="qp", quote="outlook", prefix="RE:",
  thread=dict(kind="reminder", sent="2026-12-01 09:00",
              inv=I("2026/039", 2074.00, "2026-10-26", "2026-11-25", "Hotel Villa Gelsomina")),
  body=T("""
Buongiorno Davide,
dovrebbe essere già partito: la nostra amministrazione l'ha messo in pagamento la settimana scorsa insieme agli altri fornitori. Se entro lunedì non lo vede mi riscriva, che sollecito io.
Cordiali saluti
Paola Rebora
Ricevimento - Hotel Villa Gelsomina, Santa Margherita Ligure
"""),
  label=L("client-reply-paid", "Hedged paid claim: 'dovrebbe essere già partito, l'amministrazione l'ha messo in pagamento la settimana scorsa'. Past action reported second-hand; 'se entro lunedì non lo vede' is not a promise."))

# 0055 — restaurant in Gallipoli: never received 39; 31 was paid in October
M(owner="chiara", frm=("Cosimo Stifani", "ilmolo.gallipoli@gmail.com"),
  date="2026-11-24 16:40", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-11-24 09:00",
              inv=I("39/2026", 671.00, "2026-10-20", "2026-11-19", "Ristorante Il Molo")),
  body=T("""
Buongiorno Chiara,
la 39 non l'abbiamo mai ricevuta, né per mail né nel cassetto fiscale, il commercialista dice che non c'è. Ce la puoi rimandare?
La 31 di settembre invece l'abbiamo pagata a ottobre, quella ce l'abbiamo.
Grazie
Cosimo
Ristorante Il Molo - Gallipoli
"""),
  label=L("client-reply-other", "The reminded invoice (39) was never received: asks to resend it. The 'pagata a ottobre' is about another invoice (31), so no paid claim for this one."))

# 0056 — mountain hotel in Sappada, long mail: principal on Friday, won't pay the 40 euro and interest
M(owner="paolo", frm=("Albergo Alpino Sappada", "info@alpinosappada.it"),
  date="2026-12-28 22:10", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="R:",
  thread=dict(kind="late_fee", sent="2026-12-28 09:00",
              inv=I("60/2026", 1708.00, "2026-11-10", "2026-12-10", "Albergo Alpino Sappada", fees=True,
                    deadline="2027-01-08")),
  body=T("""
Caro Paolo,

ti scrivo a fine giornata perché da quando ha nevicato non ci siamo più fermati: siamo pieni fino all'Epifania, due ragazze della sala si sono ammalate la stessa settimana e mio suocero ha deciso che proprio a Natale si rifaceva la caldaia della dépendance. Per fortuna il sistema di prenotazioni che ci hai messo su funziona, almeno quello!

Veniamo alla tua mail. Il capitale te lo mando con i bonifici di venerdì, nessun problema. Però i 40 euro di "risarcimento" più gli interessi, onestamente, per tre settimane di ritardo con un cliente che ti dà lavoro da dieci anni non me li aspettavo, e quelli non li pago. Se è il programma che li aggiunge da solo, toglili tu.

Ci vediamo a gennaio per il nuovo router della reception.
Ciao e buon anno
Igor De Corte
Albergo Alpino – Borgata Bach, Sappada
"""),
  label=L("client-reply-dispute", "Long mail; will pay the principal with Friday's transfers but refuses the 40 euro compensation and the interest. Partial payment + refusal of the rest = dispute (not a promise)."))

# 0057 — American villa owner near Lucca: doesn't understand, explain in English please
M(owner="elena", frm=("Kevin Marshall", "kevin.marshall@villarosmarino.com"),
  date="2027-01-05 08:14", tz="America/New_York", mua="gmail", fmt="gmail-alt", quote="gmail-en",
  thread=dict(kind="reminder", sent="2027-01-05 09:00",
              inv=I("49/2026", 976.00, "2026-11-23", "2026-12-23", "Villa Rosmarino")),
  body=T("""
Hi Elena,
scusa, non capisco bene il messaggio, è un problema? Io pensavo tutto ok con la traduzione, the guests love the new website.
Puoi spiegare in inglese please? My Italian is ok for restaurants but not for legal things :)
Thanks,
Kevin
"""),
  label=L("client-reply-other", "American client in broken Italian/English: doesn't understand the reminder, asks for an explanation in English. No claim, no promise. Sent from New York (the quote time is converted)."))

# 0058 — thermal hotel in Abano: paid last Friday, can you check it arrived?
M(owner="giulia", frm=("Amministrazione Hotel Terme Villa Pace", "amministrazione@termevillapace.it"),
  date="2026-11-25 10:12", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-11-24 09:00",
              inv=I("57/2026", 1220.00, "2026-10-16", "2026-11-15", "Hotel Terme Villa Pace srl")),
  body=T("""
Buongiorno Giulia,

abbiamo pagato venerdì scorso con bonifico ordinario, può verificare se è arrivato? Altrimenti controlliamo con la banca.

Cordiali saluti
Michela Zanon
Amministrazione – Hotel Terme Villa Pace
Abano Terme (PD)
"""),
  label=L("client-reply-paid", "Paid last Friday + a question (can you check it arrived?). The claim wins over the question."))

# 0059 — dance school in Aosta: can I pay by PayPal? if so, tonight
M(owner="ale", frm=("Sophie Bionaz", "sophie@etoiledanza.it"),
  date="2026-11-27 12:40", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="due", sent="2026-11-27 08:00",
              inv=I("33/2026", 250.00, "2026-10-27", "2026-11-26", "Scuola di Danza Étoile ASD")),
  body=T("""
Ciao Alessandra!
Scusami tanto. Posso pagarti con PayPal? Il bonifico dal conto dell'associazione lo deve firmare il presidente ed è sempre in giro per gare. Se per te va bene lo faccio stasera dal mio conto e poi me lo faccio rimborsare.
Fammi sapere!
Sophie
"""),
  label=L("client-reply-promise", "Asks whether PayPal is fine; if so she pays tonight. Conditional promise for today (the message date) despite the question.",
          promised_date="2026-11-27"))

# 0060 — daughter for her father (machine shop near Udine): wifi still not working, won't pay
M(owner="paolo", frm=("Elisa Cossettini", "elisa.cossettini@gmail.com"),
  date="2027-01-05 18:22", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2027-01-04 09:00", to="officinacossettini@libero.it",
              inv=I("62/2026", 1830.00, "2026-11-25", "2026-12-25", "Officina Meccanica Cossettini snc")),
  body=T("""
Buongiorno Paolo,
sono Elisa, la figlia di Renzo. Il papà mi ha chiesto di risponderle perché lui con il computer non va d'accordo.
Dice che la rete wifi in capannone ancora non prende nella zona dei torni e il gestionale va e viene, gli operai stampano le bolle dall'ufficio e perdono mezz'ora al giorno. Finché non tornate a sistemare, lui non paga.
Mi ha detto di scriverle così, parola per parola 😅 Se vuole chiamarlo in officina c'è tutte le mattine.
Elisa
"""),
  label=L("client-reply-dispute", "Daughter for her father: the network work is not working; he won't pay until it is fixed. Dispute (work not as agreed)."))

# 0061 — German client of a translator, imperfect Italian: transfer made this morning
M(owner="giulia", frm=("Klaus Bergmann", "k.bergmann@bergmann-reisen.de"),
  date="2027-01-15 10:20", tz="Europe/Berlin", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="AW:",
  thread=dict(kind="reminder", sent="2027-01-14 09:00",
              inv=I("64/2026", 2196.00, "2026-12-10", "2027-01-09", "Bergmann Reisen GmbH")),
  body=T("""
Buongiorno Signora Esposito,

scusi mi per il ritardo, la nostra contabile era malata dopo Natale. Io ho fatto il transfer oggi mattina dal nostro conto alla Sparkasse, forse arriva in 1-2 giorni.
Il catalogo in italiano è molto bello, i nostri agenti in Italia sono contenti.

Danke für die Geduld, cioè grazie per la pazienza!
Klaus Bergmann
Geschäftsführer – Bergmann Reisen GmbH, München
"""),
  label=L("client-reply-paid", "German client in imperfect Italian, 'AW:' prefix: he made the transfer this morning."))

# 0062 — hotel in Scilla: new company from 1 January, must the invoice be reissued?
M(owner="chiara", frm=("Giusy Ruggiero", "amministrazione@hotelbelvederescilla.it"),
  date="2027-01-07 11:35", tz="Europe/Rome", mua="outlook", fmt="qp", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2027-01-07 08:30",
              inv=I("55/2026", 610.00, "2026-12-01", "2026-12-31", "Hotel Belvedere Scilla")),
  body=T("""
Buongiorno Chiara,
dal 1° gennaio la gestione dell'hotel è passata alla Belvedere Hospitality srl, la vecchia società è in liquidazione. La fattura di dicembre va riemessa alla nuova società o va bene così, intestata alla vecchia?
Te lo chiedo per non fare pasticci con il commercialista.
Grazie
Giusy
"""),
  label=L("client-reply-other", "Administrative question: must the invoice be reissued to the new company? Asks, does not contest the invoice or ask for a credit note."))

# 0063 — showroom in Milan: 'ti metto nella distinta di martedì'
M(owner="davide", frm=("Federica Sala", "federica@breramodashowroom.it"),
  date="2027-01-21 17:45", tz="Europe/Rome", mua="iphone", fmt="qp", quote="apple",
  thread=dict(kind="reminder", sent="2027-01-20 09:00",
              inv=I("2026/044", 1220.00, "2026-12-03", "2027-01-02", "Brera Moda Showroom srl")),
  body=T("""
Ciao Davide! Scusa, tra Pitti e le sfilate uomo sono sparita. Ti metto nella distinta di martedì, così esce insieme a quella di tutti i fornitori.
Le foto del lookbook sono piaciute tantissimo a Parigi ✨
Fede

Inviato da iPhone
"""),
  label=L("client-reply-promise", "'Ti metto nella distinta di martedì' -> Tuesday after Thu 21 Jan. Promise without a payment verb.",
          promised_date="2027-01-26"))

# 0064 — dental practice in Reggio Calabria: 33 paid on the 4th, 35 never received
M(owner="roberto", frm=("Dott.ssa Marianna Carbone", "studio@rizzocarbone.it"),
  date="2026-11-06 13:15", tz="Europe/Rome", mua="outlook", fmt="qp", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-11-03 09:00",
              inv=I("33/2026", 488.00, "2026-09-28", "2026-10-28", "Studio Dentistico Associato Rizzo & Carbone")),
  body=T("""
Buongiorno Roberto,
la 33/2026 l'abbiamo pagata il 4, dovrebbe esserle arrivata ieri o oggi. La 35 invece non mi risulta ricevuta: me la rimanda per favore?
Grazie
Marianna Carbone
Studio Dentistico Associato Rizzo & Carbone – Reggio Calabria
"""),
  label=L("client-reply-paid", "Reminded invoice 33/2026 paid on the 4th; the request to resend 35 is a separate question. Paid wins.",
          reference="33/2026"))

# 0065 — olive farm near Cerignola, ALL CAPS: which invoice is this?
M(owner="ale", frm=("MASSERIA CAPOZZA", "masseriacapozza@alice.it"),
  date="2026-11-10 09:02", tz="Europe/Rome", mua="aruba", fmt="qp", quote="none", prefix="R:",
  thread=dict(kind="reminder", sent="2026-11-09 09:00",
              inv=I("31/2026", 1098.00, "2026-10-05", "2026-11-04", "Masseria Capozza")),
  body=T("""
BUONGIORNO
NON HO CAPITO DI QUALE FATTURA PARLATE. LE ETICHETTE DELL'OLIO LE ABBIAMO PAGATE L'ANNO SCORSO ALLA CONSEGNA, QUESTA A COSA SI RIFERISCE? MANDATEMI LA FATTURA CHE LA GUARDO CON MIO FIGLIO.
CAPOZZA ANTONIO
"""),
  label=L("client-reply-other", "ALL CAPS: doesn't know what the invoice is for, asks to see it. 'pagate l'anno scorso' is about last year's labels, not this invoice; no contest yet, just a question."))

# 0066 — physiotherapy centre in Udine: wasn't the service fee supposed to start in January?
M(owner="paolo", frm=("Centro Medico Fisiokinesi", "direzione@fisiokinesi-ud.it"),
  date="2027-01-08 12:50", tz="Europe/Rome", mua="outlook", fmt="outlook-html", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2027-01-07 09:00",
              inv=I("60/2026", 732.00, "2026-11-30", "2026-12-30", "Centro Medico Fisiokinesi srl")),
  body=T("""
Buongiorno Paolo,

scusi, ma il canone di assistenza non doveva partire da gennaio? Così avevamo capito quando abbiamo firmato a settembre: i primi tre mesi erano compresi nell'installazione. In fattura invece ci sono ottobre, novembre e dicembre.

Non vorrei pagare una cosa che non era prevista. Ci chiarisce?

Cordiali saluti
Dott.ssa Chiara Venuti
Direzione sanitaria – Centro Medico Fisiokinesi
""" + GDPR_MED),
  label=L("client-reply-dispute", "Phrased as a question but contests what is billed (three months that should have been included). A careful reader sees a dispute, not a neutral question."))

# 0067 — school foundation in Cuneo: needs traceability declaration and DURC before paying
M(owner="fede", frm=("Ufficio Economato Sacro Cuore", "economato@sacrocuorecuneo.it"),
  date="2026-12-17 09:45", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-12-16 09:00",
              inv=I("53/2026", 2440.00, "2026-11-12", "2026-12-12", "Fondazione Scuola Paritaria Sacro Cuore")),
  body=T("""
Gentile Sig. Zanin,

per poter liquidare la fattura il nostro regolamento interno richiede la dichiarazione sulla tracciabilità dei flussi finanziari (conto corrente dedicato) e una copia del DURC in corso di validità.
Ce li può inviare? Senza questi documenti l'ufficio non può procedere.

Cordiali saluti
Rag. Bruna Giordano
Ufficio Economato
Fondazione Scuola Paritaria Sacro Cuore – Cuneo
"""),
  label=L("client-reply-other", "Asks for documents (traceability declaration, DURC) before paying. A request; no promise, no claim, no contest of the invoice."))

# 0068 — dental practice in Cividale: paid by card through the link in the reminder
M(owner="paolo", frm=("Reception Studio Tomasetig", "reception@studiotomasetig.it"),
  date="2026-12-03 13:05", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-12-03 09:00",
              inv=I("55/2026", 366.00, "2026-10-30", "2026-11-29", "Studio Dentistico Dr. Tomasetig")),
  body=T("""
Ciao Paolo,
pagato adesso con la carta dello studio dal link che c'è nel sollecito, mi ha dato "pagamento riuscito". Ti è arrivata la ricevuta? Se ti serve il numero della transazione te lo mando.
Ilaria
"""),
  label=L("client-reply-paid", "Paid just now by card through the online link; asks whether the receipt arrived."))

# 0069 — restaurant in Maratea: two instalments, 500 by Friday and the rest in January
M(owner="chiara", frm=("Nicola Iannini", "lapergola.maratea@gmail.com"),
  date="2026-12-14 16:20", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-12-14 08:30",
              inv=I("50/2026", 1220.00, "2026-11-05", "2026-12-05", "Ristorante La Pergola")),
  body=T("""
Chiara ciao,
ti devo chiedere una cortesia: possiamo fare in due rate? La stagione è andata come è andata, a novembre siamo stati chiusi e a dicembre apriamo solo nei weekend.
Ti mando 500 entro venerdì e il resto a gennaio, appena riprendono i pranzi di lavoro.
Dimmi tu se ti va bene.
Nicola
"""),
  label=L("client-reply-promise", "Asks for a payment plan: 500 by Friday, the rest in January. Promise (not a dispute); first instalment dated Friday after Mon 14 Dec.",
          promised_date="2026-12-18", amount="500.00"))

# 0070 — B&B in Cefalù: 'tutto a posto, ci ha pensato mio marito lunedì'
M(owner="chiara", frm=("Nunzia Cirrito", "ilgelsomino.cefalu@gmail.com"),
  date="2026-11-25 08:55", tz="Europe/Rome", mua="gmail-android", fmt="qp", quote="gmail",
  thread=dict(kind="reminder", sent="2026-11-24 09:00",
              inv=I("45/2026", 305.00, "2026-10-20", "2026-11-19", "B&B Il Gelsomino")),
  body=T("""
Buongiorno, tutto a posto, ci ha pensato mio marito lunedì.
Saluti da Cefalù
Nunzia
"""),
  label=L("client-reply-paid", "'Tutto a posto, ci ha pensato mio marito lunedì' = her husband paid on Monday. No payment verb at all."))

# 0071 — ice-cream parlour in Pescara: 1.000 flat and we're done
M(owner="chiara", frm=("Dino Di Clemente", "gelateriadolcevita.pe@gmail.com"),
  date="2026-12-15 19:10", tz="Europe/Rome", mua="gmail-android", fmt="qp", quote="gmail",
  thread=dict(kind="reminder", sent="2026-12-15 08:30",
              inv=I("53/2026", 1180.00, "2026-11-10", "2026-12-10", "Gelateria Dolce Vita")),
  body=T("""
Senti Chiara, ti dico come la penso: 1.180 per quattro post al mese e due storie mi sembrano tanti, mia cognata mi ha detto che la sua agenzia a Chieti prende la metà.
Facciamo 1.000 tondi e chiudiamo, così ti pago subito.
Fammi sapere
Dino
"""),
  label=L("client-reply-dispute", "Wants a discount: offers 1.000 instead of 1.180, then pays. Dispute; the amount he accepts to pay is 1.000.",
          amount="1000.00"))

# 0072 — doctor's secretary in Potenza (human, not an auto-reply): the doctor is on holiday
M(owner="fede", frm=("Segreteria Dr. Barone", "segreteria.drbarone@gmail.com"),
  date="2026-12-29 10:05", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-12-28 09:00",
              inv=I("57/2026", 488.00, "2026-11-20", "2026-12-20", "Studio Medico Dr. Luigi Barone")),
  body=T("""
Buongiorno,
il dottore è in ferie fino al 7 gennaio. Le stampo il messaggio e glielo lascio sulla scrivania, così lo vede appena rientra.
Cordiali saluti
Carmela
Segreteria Studio Medico Dr. Luigi Barone - Potenza
"""),
  label=L("client-reply-other", "A human secretary (not an auto-reply): the doctor is on holiday until 7 January, she will leave him the message. No promise to pay."))

# 0073 — hotel in Palau, closed for the season: the owner signs pending payments mid-January
M(owner="davide", frm=("Giovanna Pinna", "amministrazione@hotelcalaluna.it"),
  date="2026-12-10 15:30", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-12-09 09:00",
              inv=I("2026/041", 2440.00, "2026-10-30", "2026-11-29", "Hotel Cala Luna")),
  body=T("""
Buongiorno Sig. Cattaneo,

l'hotel è chiuso per la stagione fino a marzo e io passo in ufficio solo il mercoledì. Il titolare, il Sig. Orecchioni, rientra dall'estero a metà gennaio e in quei giorni firma tutti i pagamenti in sospeso, compreso il Suo.
Le chiedo di pazientare ancora qualche settimana.

Cordiali saluti
Giovanna Pinna
Amministrazione – Hotel Cala Luna, Palau (SS)
"""),
  label=L("client-reply-promise", "The owner will sign all pending payments, this one included, when he is back mid-January. Promise without a payment verb, vague date (metà gennaio)."))

# 0074 — son of a shoemaker in Lucca: father paid 250 cash in October
M(owner="ale", frm=("Lorenzo Benvenuti", "lorenzo.benvenuti@outlook.it"),
  date="2026-11-11 20:35", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook",
  thread=dict(kind="reminder", sent="2026-11-10 09:00", to="calzoleriabenvenuti@gmail.com",
              inv=I("32/2026", 250.00, "2026-10-06", "2026-11-05", "Calzoleria Benvenuti")),
  prefix="RE:",
  body=T("""
Buonasera,
sono Lorenzo, il figlio di Piero Benvenuti della calzoleria. Il babbo la mail non la apre mai, me l'ha inoltrata lui stamani chiedendomi "icché vogliono".
Dice che i soldi glieli aveva già dati in contanti quando è passata in bottega a ottobre a portare l'insegna nuova, 250 euro, e che lei gli aveva detto che poi gli mandava la fattura. Quindi per lui è tutto a posto.
Magari non l'ha segnato? Mi faccia sapere, grazie.
Lorenzo Benvenuti
"""),
  label=L("client-reply-paid", "Son for his father (shoemaker, Lucca): the father says he paid 250 euro in cash in October. A paid claim (cash), not a dispute.",
          amount="250.00"))

# 0075 — heart patients' association in Benevento: waiting for the 5x1000 money
M(owner="giulia", frm=("Anna Ricciardi", "tesoreria@amicidelcuorebn.it"),
  date="2026-11-27 17:20", tz="Europe/Rome", mua="thunder", fmt="qp", quote="thunder",
  thread=dict(kind="reminder", sent="2026-11-26 09:00",
              inv=I("59/2026", 488.00, "2026-10-22", "2026-11-21", "Associazione Amici del Cuore ODV")),
  body=T("""
Gentile Giulia,
ha ragione e ci scusi. Stiamo aspettando l'accredito del 5x1000 dal Ministero: appena arriva saldiamo tutte le fatture aperte, la sua per prima. Dovrebbe essere questione di un paio di settimane.
Grazie per la pazienza e ancora complimenti per la traduzione della brochure, al convegno di Vienna l'hanno letta tutti.
Anna Ricciardi
Tesoriera - Associazione Amici del Cuore ODV, Benevento
"""),
  label=L("client-reply-promise", "Waiting for the 5x1000 payout; will pay as soon as it arrives, 'un paio di settimane'. Promise, vague -> no date."))

# 0076 — spinning mill in Biella: two invoices for the same job, 53 is a duplicate
M(owner="sara", frm=("Amministrazione Filatura Vigna", "amministrazione@filaturavigna.it"),
  date="2026-12-22 10:30", tz="Europe/Rome", mua="outlook", fmt="qp", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-12-21 09:00",
              inv=I("53/2026", 854.00, "2026-11-16", "2026-12-16", "Filatura Vigna S.r.l.")),
  body=T("""
Buongiorno Dott.ssa Bianchi,

abbiamo ricevuto due fatture per lo stesso lavoro, la 52 e la 53/2026, con lo stesso importo e la stessa descrizione (testi catalogo filati A/I 2027). Immagino sia un doppione: la 52 l'abbiamo già pagata il 15/12.
Ci mandi per favore una nota di credito per la 53, così la chiudiamo anche in contabilità.

Cordiali saluti
Silvana Ramella
Filatura Vigna S.r.l. – Biella
"""),
  label=L("client-reply-dispute", "Says the reminded invoice 53 duplicates 52 (already paid on 15/12) and asks for a credit note. Already billed = dispute; the 'pagata' is about 52.",
          reference="53/2026"))

# 0077 — Rome law firm, HTML-only Outlook: paid on 2 December
M(owner="davide", frm=("Avv. Federico Pagano", "f.pagano@ferripaganopartners.it"),
  date="2026-12-10 11:10", tz="Europe/Rome", mua="outlook", fmt="outlook-html", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2026-12-09 09:00",
              inv=I("2026/040", 1952.00, "2026-10-28", "2026-11-27", "Studio Legale Associato Ferri Pagano & Partners")),
  body=T("""
Gentile Dott. Cattaneo,

Le confermo che abbiamo provveduto al saldo della Sua fattura n. 2026/040 (servizio fotografico per il nuovo sito dello Studio) in data 2 dicembre u.s.

Qualora l'importo non risultasse ancora accreditato, La prego di rivolgersi alla Sig.ra Morelli della nostra amministrazione, tel. 06 6813 2240.

Cordiali saluti

Avv. Federico Pagano
Studio Legale Associato Ferri Pagano & Partners
Via Crescenzio 19 – 00193 Roma
""" + DISCL_LEGAL),
  label=L("client-reply-paid", "Formal HTML-only Outlook reply: 'abbiamo provveduto al saldo' on 2 December, invoice named in the text.",
          reference="2026/040"))

# 0078 — gallery in Nice, French-Italian: 'io pago il 20 di questo mese'
M(owner="elena", frm=("Philippe Moreau", "philippe@galeriemoreau-nice.fr"),
  date="2027-02-04 15:00", tz="Europe/Paris", mua="apple", fmt="apple-alt", quote="apple",
  thread=dict(kind="reminder", sent="2027-02-02 09:00",
              inv=I("62/2026", 671.00, "2026-12-18", "2027-01-17", "Galerie Moreau")),
  body=T("""
Bonjour Elena,

je suis désolé, scusi tanto. Gennaio è stato un mese molto difficile per la galleria, la mostra di Ceroli è stata rimandata e i collezionisti italiani non sono venuti.
Io pago il 20 di questo mese, promesso.

Merci pour votre patience,
Philippe Moreau
Galerie Moreau – 14 rue Droite, Nice
"""),
  label=L("client-reply-promise", "French client mixing French and Italian: 'io pago il 20 di questo mese' -> 20 Feb 2027.",
          promised_date="2027-02-20"))

# 0079 — craft brewery in Friuli: 'ne parlo col mio socio'
M(owner="fede", frm=("Gianni Martin", "gianni@birrificiovalcellina.it"),
  date="2026-12-10 21:00", tz="Europe/Rome", mua="gmail-android", fmt="qp", quote="gmail",
  thread=dict(kind="reminder", sent="2026-12-10 09:00",
              inv=I("51/2026", 1586.00, "2026-11-06", "2026-12-06", "Birrificio Agricolo Val Cellina")),
  body=T("""
Ho visto, ne parlo col mio socio e ti faccio sapere.
Gianni
"""),
  label=L("client-reply-other", "'Ne parlo col mio socio e ti faccio sapere': no promise to pay, no claim, no contest. Other."))

# 0080 — Roman osteria, base64 body: 't'ho fatto er bonifico ieri sera'
M(owner="chiara", frm=("Pippo Ceccarelli", "osteriadapippo@gmail.com"),
  date="2027-01-09 10:30", tz="Europe/Rome", mua="iphone", fmt="b64", quote="apple",
  thread=dict(kind="reminder", sent="2027-01-08 09:00",
              inv=I("56/2026", 366.00, "2026-12-01", "2026-12-31", "Osteria da Pippo")),
  body=T("""
Aò Chiara, tranquilla, t'ho fatto er bonifico ieri sera da app, controlla lunedì che er sabato nun se move gnente.
Daje che a febbraio rifamo le foto der menù nuovo!
Pippo

Inviato da iPhone
"""),
  label=L("client-reply-paid", "Roman dialect, base64 body: made the transfer last night from the app."))

# 0081 — albergo diffuso in Molise after a missed promise: 'entro il 15 la saldiamo' (next month)
M(owner="giulia", frm=("Michele Di Iorio", "info@albergodiffusosantangelo.it"),
  date="2027-01-20 11:00", tz="Europe/Rome", mua="thunder", fmt="qp", quote="thunder",
  thread=dict(kind="promise_followup", sent="2027-01-19 09:00",
              inv=I("63/2026", 1098.00, "2026-11-20", "2026-12-20", "Albergo Diffuso Sant'Angelo",
                    promise="2027-01-15")),
  body=T("""
Gentile Giulia,
ha ragione, ci scusi. A gennaio abbiamo avuto un problema con la banca (ci hanno bloccato il conto per un aggiornamento dei dati societari, una cosa kafkiana che le risparmio).
Ora è tutto risolto: entro il 15 la saldiamo senza fallo.
Cordiali saluti
Michele Di Iorio
Albergo Diffuso Sant'Angelo – Molise
"""),
  label=L("client-reply-promise", "Reply to a promise follow-up (the 15 January promise was missed): 'entro il 15 la saldiamo', written on 20 January -> the 15th of next month.",
          promised_date="2027-02-15"))

# 0082 — son of a Murano glassmaker, Venetian: father in hospital
M(owner="ale", frm=("Nicolò Scarpa", "vetreriascarpa@gmail.com"),
  date="2026-11-17 19:25", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-11-16 09:00",
              inv=I("30/2026", 976.00, "2026-10-09", "2026-11-08", "Vetreria Artistica Scarpa")),
  body=T("""
Bongiorno, son Nicolò, el fio de Bepi.
Mio papà xe in ospedal da na setimana a Mestre (el cuor), desso no'l pol pensar a ste robe. Appena che'l se riprende ve lo fasso ciamar.
Grazie e scusè
Nicolò Scarpa
"""),
  label=L("client-reply-other", "Venetian, son of the client: the father is in hospital; 'appena si riprende ve lo faccio chiamare'. A call, not a promise to pay."))

# 0083 — Collio winery: wrong label colour, payment suspended until it's clear who pays the reprint
M(owner="ale", frm=("Fabio Sirk", "fabio@roncodeitassi.it"),
  date="2026-12-15 08:20", tz="Europe/Rome", mua="apple", fmt="apple-alt", quote="apple",
  thread=dict(kind="due", sent="2026-12-14 08:00",
              inv=I("39/2026", 1464.00, "2026-11-12", "2026-12-12", "Azienda Vitivinicola Ronco dei Tassi")),
  body=T("""
Buongiorno Alessandra,

le etichette del Friulano uscite dalla tipografia hanno il verde completamente sbagliato, sembrano quelle di un detersivo. Il tipografo dice che il file che gli hai mandato era così, tu mi avevi detto che era colpa loro.
Finché non si chiarisce chi paga la ristampa (1.200 etichette!) la fattura la teniamo sospesa.

Ti va di sentirci tutti e tre giovedì?
Mandi
Fabio
"""),
  label=L("client-reply-dispute", "Print came out wrong, disagreement over who is at fault: payment suspended until it is clarified. 'giovedì' is a call, not a payment date."))

# 0084 — hotel in Taormina: colleague forwards the receipt from accounts (PDF)
M(owner="chiara", frm=("Giada Ferri", "marketing@villaginestrataormina.it"),
  cc=[("Marta Russo", "amministrazione@villaginestrataormina.it")],
  date="2026-11-11 09:30", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-11-10 09:00",
              inv=I("42/2026", 976.00, "2026-10-08", "2026-11-07", "Hotel Villa Ginestra")),
  attach=[dict(filename="contabile_42-2026.pdf", type="application/pdf",
               data=fake_pdf("UniCredit - Bonifico SEPA eseguito EUR 976,00"))],
  body=T("""
Ciao Chiara,
ti giro la contabile che mi ha passato Marta dell'amministrazione (in copia), la trovi in allegato.
Fammi sapere se serve altro! Ci sentiamo la settimana prossima per il piano editoriale di dicembre.
Giada
"""),
  label=L("client-reply-paid", "Marketing colleague forwards the receipt from accounts (PDF attached). Paid through 'ti giro la contabile', no payment verb."))

# 0085 — winemaker in Manzano replies to the invoice mail: 'te la pago a fine mese come sempre'
M(owner="fede", frm=("Piero Cecotti", "cecottipiero@gmail.com"),
  date="2026-11-25 07:40", tz="Europe/Rome", mua="gmail-android", fmt="qp", quote="gmail",
  thread=dict(kind="invoice", sent="2026-11-24 10:00",
              inv=I("60/2026", 610.00, "2026-11-24", "2026-12-24", "Az. Agr. Cecotti Pietro",
                    desc="l'aggiornamento del sito e dello shop online")),
  body=T("""
Mandi Federico, ricevuta. Te la pago a fine mese come sempre, no sta pensar.
Piero
"""),
  label=L("client-reply-promise", "Reply to the invoice mail (not a reminder), Friulian touch: 'te la pago a fine mese' -> 30 Nov.",
          promised_date="2026-11-30"))

# 0086 — hostel in Bologna run by a Spaniard: booking system broken, won't pay in full
M(owner="fede", frm=("Javier Ortega", "javier@solylunahostel.it"),
  date="2027-01-12 16:35", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2027-01-11 09:00",
              inv=I("58/2026", 1830.00, "2026-12-04", "2027-01-03", "Sol y Luna Hostel srl")),
  body=T("""
Hola Federico,
il sistema di prenotazioni non funziona bene: a dicembre abbiamo avuto molte prenotazioni doppie perché non si sincronizza con Booking, abbiamo perso clienti e soldi, e anche una recensione molto brutta.
Non possiamo pagare la fattura completa fino che non si risolve questo problema. Quando puoi venire?
Saludos
Javier
"""),
  label=L("client-reply-dispute", "Spanish-speaking owner in imperfect Italian: the booking system doesn't work; won't pay the full invoice until it's fixed."))

# 0087 — psychologist: can I pay by card? (base64)
M(owner="ale", frm=("Paola Ricci", "dott.paolaricci.psicologa@gmail.com"),
  date="2027-01-08 13:15", tz="Europe/Rome", mua="gmail", fmt="b64", quote="gmail",
  thread=dict(kind="reminder", sent="2027-01-08 08:30",
              inv=I("42/2026", 305.00, "2026-12-03", "2027-01-02", "Dott.ssa Paola Ricci")),
  body=T("""
Buongiorno Alessandra,
si può pagare anche con carta o solo con bonifico? Su questo conto non ho l'home banking e in banca ci vado di rado.
Grazie
Paola Ricci
Psicologa - Psicoterapeuta, Rimini
"""),
  label=L("client-reply-other", "Asks whether card payment is possible. A question only; no commitment or date."))

# 0088 — international law firm in Bolzano: sent to accounts 'per la liquidazione'
M(owner="elena", frm=("Dr. Andrea Weiss", "a.weiss@brunettiweiss.it"),
  date="2026-12-22 12:40", tz="Europe/Rome", mua="outlook", fmt="outlook-html", quote="outlook", prefix="AW:",
  thread=dict(kind="reminder", sent="2026-12-21 09:00",
              inv=I("50/2026", 2074.00, "2026-11-16", "2026-12-16", "Studio Legale Brunetti Weiss")),
  body=T("""
Gentile Dott.ssa Marchetti,

La informo che la Sua nota è stata trasmessa all'ufficio amministrazione per la liquidazione, che avverrà con il primo pagamento utile dopo la chiusura natalizia dello Studio.

Cordiali saluti / Mit freundlichen Grüßen

Dr. Andrea Weiss
Rechtsanwalt – Avvocato
Studio Legale Brunetti Weiss – Via della Mostra 6, 39100 Bolzano
""" + DISCL_LEGAL),
  label=L("client-reply-promise", "Bilingual law firm: passed to accounts 'per la liquidazione, che avverrà con il primo pagamento utile' -> a promise, not just a forward; no date."))

# 0089 — agriturismo in the Pollino: daughter made the transfer; bank mail attached (message/rfc822)
_bank_mail = T("""
From: BCC Mediocrati <noreply@bccmediocrati.it>
To: serena.lauria@gmail.com
Subject: Conferma esecuzione bonifico
Date: Thu, 10 Dec 2026 12:41:07 +0100
Message-ID: <BNK20261210124107.559812@bccmediocrati.it>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Gentile cliente,
ti confermiamo che il bonifico SEPA è stato eseguito.

Beneficiario: GALLO SICUREZZA DI ROBERTO GALLO
IBAN: IT21Q0706280880000000211937
Importo: 610,00 EUR
Causale: FATTURA 56 2026 AGRITURISMO IL VECCHIO MULINO
Data esecuzione: 10/12/2026

BCC Mediocrati - Relax Banking
""").encode("utf-8")
M(owner="roberto", frm=("Franco Lauria", "agriturismovecchiomulino@gmail.com"),
  date="2026-12-10 20:10", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2026-12-09 09:00",
              inv=I("56/2026", 610.00, "2026-11-02", "2026-12-02", "Agriturismo Il Vecchio Mulino")),
  attach=[dict(filename="Conferma esecuzione bonifico.eml", type="message/rfc822", data=_bank_mail)],
  body=T("""
Buonasera Dottore,
u bonificu l'ha fatto oggi mia figlia Serena che sa usare l'home banking, vi mando pure la mail della banca così state tranquillo.
Scusate il ritardo, con la raccolta delle olive non ci siamo stati più.
Saluti
Franco Lauria
Agriturismo Il Vecchio Mulino - Morano Calabro
"""),
  label=L("client-reply-paid", "Calabrian-tinged: the daughter made the transfer today; the bank's confirmation is attached as message/rfc822 (610,00 EUR, invoice 56 2026). Amount from the attached confirmation.",
          amount="610.00"))

# 0090 — hotel group in Bari, legal office, reply to the formal notice: formal contest
M(owner="chiara", frm=("Ufficio Legale Gruppo Mediterranea", "legale@gruppomediterranea.it"),
  date="2027-01-04 16:20", tz="Europe/Rome", mua="outlook", fmt="outlook-html", quote="outlook", prefix="R:",
  thread=dict(kind="final", sent="2026-12-30 09:00",
              inv=I("43/2026", 3660.00, "2026-10-09", "2026-11-08", "Gruppo Alberghiero Mediterranea S.p.A.",
                    fees=True, deadline="2027-01-15")),
  body=T("""
Oggetto: Vs. fattura n. 43/2026 – contestazione

Gentile Dott.ssa Lombardo,

in riscontro alla Sua comunicazione del 30 dicembre u.s., con la presente contestiamo formalmente la fattura in oggetto, in quanto le attività di cui al punto 3 dell'offerta del 12 luglio 2026 (gestione delle campagne sponsorizzate Meta e Google per il periodo settembre–ottobre) non risultano eseguite, come da report delle piattaforme in nostro possesso.

Resta inteso che siamo disponibili a corrispondere la quota relativa alle attività effettivamente svolte (punti 1 e 2 dell'offerta), previa emissione di nota di credito per la parte non dovuta.

Si respinge altresì ogni pretesa a titolo di interessi moratori e di risarcimento forfettario.

Distinti saluti

Ufficio Legale
Gruppo Alberghiero Mediterranea S.p.A.
Corso Vittorio Emanuele II 60 – 70122 Bari
""" + DISCL_LEGAL),
  label=L("client-reply-dispute", "Formal contest in reply to the formal notice: activities not performed, will pay only the part done after a credit note, rejects interest and compensation.",
          reference="43/2026"))

# 0091 — optician in Monza forwards the reminder to a colleague, freelancer in cc
M(owner="davide", frm=("Roberto Visconti", "roberto@otticavisconti.it"),
  to=[("Giovanna Brambilla", "giovanna@otticavisconti.it")], cc=[("Davide Cattaneo", "davide@cattaneofoto.it")],
  date="2026-12-14 15:20", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="I:",
  no_irt=True,
  thread=dict(kind="reminder", sent="2026-12-14 09:00",
              inv=I("2026/043", 732.00, "2026-11-10", "2026-12-10", "Ottica Visconti")),
  body=T("""
Giovanna, vedi tu per favore, io di questa fattura non so niente: sono le foto delle vetrine di ottobre? Verifica e fammi sapere.
Grazie
Roberto
"""),
  label=L("client-reply-other", "Internal forward ('I:') to a colleague with the freelancer in cc: asks her to check what the invoice is. No claim, no promise."))

# 0092 — private school in Viterbo: authorised, goes with the end-of-January payments
M(owner="giulia", frm=("Segreteria Amministrativa Santa Chiara", "amministrazione@istitutosantachiara-vt.it"),
  date="2027-01-11 10:25", tz="Europe/Rome", mua="outlook", fmt="qp", quote="outlook", prefix="R:",
  thread=dict(kind="reminder", sent="2027-01-08 09:00",
              inv=I("62/2026", 1586.00, "2026-11-30", "2026-12-30", "Istituto Paritario Santa Chiara")),
  body=T("""
Gentile Dott.ssa Esposito,
la fattura è stata autorizzata dalla Preside e passerà con i pagamenti di fine gennaio.
Cordiali saluti
Segreteria Amministrativa
Istituto Paritario Santa Chiara – Viterbo
"""),
  label=L("client-reply-promise", "'Autorizzata ... passerà con i pagamenti di fine gennaio' -> promise, end of month = 31 Jan. 'autorizzata' is not 'pagata'.",
          promised_date="2027-01-31"))

# 0093 — social cooperative in Nuoro, windows-1252: reply to 'payment not received' follow-up
M(owner="elena", frm=("Coop. Sociale Sa Domo", "amministrazione@coopsadomo.it"),
  date="2026-12-29 11:50", tz="Europe/Rome", mua="outlook-desk", fmt="qp", quote="outlook-old", prefix="R:",
  charset="windows-1252",
  thread=dict(kind="paid_claim_followup", sent="2026-12-28 09:00",
              inv=I("48/2026", 1220.00, "2026-11-05", "2026-12-05", "Cooperativa Sociale Sa Domo", claim="2026-12-17")),
  attach=[dict(filename="Quietanza_bonifico_16-12-2026.pdf", type="application/pdf",
               data=fake_pdf("BPER Banca - Quietanza bonifico 16/12/2026"))],
  body=T("""
Buongiorno Dott.ssa Marchetti,

la fattura risulta regolarmente pagata in data 16/12/2026 con bonifico BPER Banca, CRO 0538712604480112. Vi alleghiamo la quietanza.
Per scrupolo abbiamo ricontrollato l’IBAN: è quello indicato nel Vostro messaggio (IT39 B086 7302 8000 0000 0905 114), quindi dovrebbe essere solo questione di giorni, con le festività di mezzo.

Cordiali saluti

Ufficio amministrativo
Soc. Coop. Sociale «Sa Domo» – Via Lamarmora 21 – 08100 Nuoro
"""),
  label=L("client-reply-paid", "Reply to the 'payment not yet received' follow-up: paid on 16/12 with CRO, receipt attached. windows-1252 body (curly apostrophe, en dash)."))

# 0094 — trattoria in Verona: 'domani mattina passa il ragioniere e sistemiamo'
M(owner="sara", frm=("Marisa Tommasi", "trattoriamadonnina.vr@gmail.com"),
  date="2027-02-11 14:30", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="reminder", sent="2027-02-10 09:00",
              inv=I("4/2027", 427.00, "2027-01-08", "2027-02-07", "Trattoria alla Madonnina")),
  body=T("""
Sara ciao, domani mattina passa il ragioniere e sistemiamo tutte le fatture di gennaio, la tua compresa.
Scusa, col cambio del cuoco è stato un mese di matti.
Marisa
"""),
  label=L("client-reply-promise", "'Domani mattina passa il ragioniere e sistemiamo' -> promise without a payment verb, tomorrow = Fri 12 Feb.",
          promised_date="2027-02-12"))

# 0095 — wine cooperative: reply to the invoice mail, 'Ricevuto, grazie'
M(owner="sara", frm=("Elisa Bortolin", "amministrazione@cantinacollidelpiave.it"),
  date="2026-11-03 12:10", tz="Europe/Rome", mua="outlook", fmt="qp", quote="outlook", prefix="R:",
  thread=dict(kind="invoice", sent="2026-11-03 11:00",
              inv=I("48/2026", 1342.00, "2026-11-03", "2026-12-03", "Cantina Colli del Piave",
                    desc="i testi per il nuovo catalogo")),
  body=T("""
Ricevuto, grazie.
Buona giornata
Elisa – Ufficio amministrazione
Cantina Colli del Piave Soc. Coop. Agricola
"""),
  label=L("client-reply-other", "Acknowledgement of the invoice mail. 'Ricevuto' is about the invoice, not a payment."))

# 0096 — embroidery fashion house in Florence: only watermarked previews received
M(owner="davide", frm=("Costanza Guicciardini", "costanza@maisonricamo.it"),
  date="2027-01-19 12:35", tz="Europe/Rome", mua="apple", fmt="apple-alt", quote="apple",
  thread=dict(kind="reminder", sent="2027-01-18 09:00",
              inv=I("2026/045", 1830.00, "2026-12-14", "2027-01-13", "Maison Ricamo srl")),
  body=T("""
Caro Davide,

non è che non vogliamo pagare, figurati. Ma ad oggi abbiamo solo le anteprime col watermark: i file in alta risoluzione per la stampa del lookbook non ci sono mai arrivati, il link WeTransfer che ci avevi mandato era già scaduto e da allora niente. La tipografia ci aspetta da una settimana.

Appena ci mandi il materiale paghiamo, anche lo stesso giorno.

Bacioni
Costanza
"""),
  label=L("client-reply-dispute", "Friendly tone but the work has not been delivered (only watermarked previews); payment held until the files arrive. Work not delivered = dispute, despite 'non è che non vogliamo pagare'."))

# 0097 — restaurant in Cosenza, reply to a promise follow-up: 'a simana ca vene'
M(owner="roberto", frm=("Nando Perri", "ristorantedanando@libero.it"),
  date="2026-12-03 22:30", tz="Europe/Rome", mua="libero", fmt="qp", quote="libero", prefix="R:",
  thread=dict(kind="promise_followup", sent="2026-12-03 09:00",
              inv=I("54/2026", 549.00, "2026-10-16", "2026-11-15", "Ristorante Da Nando", promise="2026-11-30")),
  body=T("""
Robè scusami, stu mese è statu tintu assai. 'A fattura ta pagu 'a simana ca vene, sicuru.
Nando
"""),
  label=L("client-reply-promise", "Calabrian dialect after a missed promise: will pay 'la settimana che viene' -> promise, vague (next week) -> no date."))

# 0098 — hotel in Trieste, HTML-only, 'Rif:': transfer ordered yesterday
M(owner="paolo", frm=("Erika Sossi", "frontoffice@hotelmoloaudace.it"),
  date="2027-01-08 09:55", tz="Europe/Rome", mua="outlook", fmt="outlook-html", quote="outlook", prefix="Rif:",
  thread=dict(kind="reminder", sent="2027-01-07 09:00",
              inv=I("63/2026", 1220.00, "2026-11-30", "2026-12-30", "Hotel Al Molo Audace srl")),
  body=T("""
Buongiorno Paolo,

confermo che il bonifico è stato disposto ieri dalla sede amministrativa di Milano, dovrebbe arrivarle in giornata o al massimo domani.
Ci scusi per il ritardo, il passaggio alla nuova proprietà ha rallentato un po' tutto.

Cordiali saluti
Erika Sossi
Front Office Manager
Hotel Al Molo Audace – Riva del Mandracchio 4, Trieste
"""),
  label=L("client-reply-paid", "'Il bonifico è stato disposto ieri' (ordered yesterday, arriving today/tomorrow) = paid. HTML-only Outlook with 'Rif:' prefix."))

# 0099 — shoe factory in the Marche, reply to the suspension notice: conditional promise for Tuesday
M(owner="davide", frm=("Marco Pierini", "marco.pierini@calzaturificiopierini.it"),
  date="2027-02-04 18:50", tz="Europe/Rome", mua="outlook", fmt="outlook-alt", quote="outlook", prefix="R:",
  thread=dict(kind="suspension", sent="2027-02-03 09:00",
              inv=I("2026/037", 3294.00, "2026-10-23", "2026-11-22", "Calzaturificio Pierini srl",
                    deadline="2027-02-12", susp="2027-02-15")),
  body=T("""
Davide buonasera,

hai ragione su tutto e mi vergogno un po'. Il mercato russo si è fermato e a dicembre la banca ci ha congelato il fido.
Sto parlando con il direttore della filiale: se mi sbloccano il fido entro lunedì faccio partire tutto martedì, altrimenti ti richiamo e troviamo una soluzione a rate.

Non sospendere l'archivio foto per favore, ci serve per il catalogo del Micam.

Marco Pierini
Calzaturificio Pierini srl – Civitanova Marche (MC)
"""),
  label=L("client-reply-promise", "Reply to the suspension notice: conditional promise ('se mi sbloccano il fido entro lunedì faccio partire tutto martedì') -> Tuesday after Thu 4 Feb; fallback is an instalment plan, not a dispute.",
          promised_date="2027-02-09"))

# 0100 — primary school in Trani, reply to a courtesy note: only about a new flyer
M(owner="ale", frm=("Suor Lucia", "scuolamariaimmacolata.trani@gmail.com"),
  date="2027-02-08 12:05", tz="Europe/Rome", mua="gmail", fmt="gmail-alt", quote="gmail",
  thread=dict(kind="courtesy", sent="2027-02-08 08:00",
              inv=I("2/2027", 305.00, "2027-01-12", "2027-02-11", "Scuola Primaria Paritaria Maria Immacolata")),
  body=T("""
Alessandra buongiorno!
Già che ci sei, ci servirebbe anche il volantino per la festa di Carnevale della scuola, sabato 20. Riusciresti a mandarcelo entro il 12? Mandami pure un preventivo, stesso stile della locandina di Natale che era piaciuta tanto ai genitori.
Un abbraccio
Suor Lucia
"""),
  label=L("client-reply-other", "Reply to a courtesy reminder about new work only (a Carnival flyer by the 12th). The dates are about the flyer, not a payment."))


# =====================================================================================================
def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# round5-it — labels for r5i-*.eml (generated by make.py)", ""]
    for i, m in enumerate(MSGS, 1):
        fn = f"{PREFIX}-{i:04d}.eml"
        raw = build(i, m)
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(raw)
        lab = m["label"]
        assert lab["kind"] in KINDS, (fn, lab["kind"])
        out.append(f'[files."{fn}"]')
        out.append(f'kind = {toml_str(lab["kind"])}')
        out.append('language = "it"')
        out.append('split = "dev"')
        for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient"):
            if k in lab:
                out.append(f"{k} = {toml_str(lab[k])}")
        if "permanent" in lab:
            out.append(f"permanent = {'true' if lab['permanent'] else 'false'}")
        out.append(f"note = {toml_str(lab['note'])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check()


def check():
    import collections
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    assert files == sorted(labels), "labels and files differ"
    kinds = collections.Counter()
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (f, h)
        d = msg["Date"].datetime
        assert dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc) <= d <= dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc), (f, d)
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None, f
        txt = body.get_content()
        assert len(txt) > 5, f
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        lab = labels[f]
        assert lab["split"] == "dev" and lab["language"] == "it"
        for k in ("promised_date", "return_date"):
            if k in lab:
                dt.date.fromisoformat(lab[k])
        if "amount" in lab:
            assert float(lab["amount"]) > 0 and "." in lab["amount"], f
        kinds[lab["kind"]] += 1
    print(f"{len(files)} messages OK")
    for k, v in sorted(kinds.items()):
        print(f"  {k:24s} {v:3d}  ({100*v/len(files):.0f}%)")


if __name__ == "__main__":
    main()
