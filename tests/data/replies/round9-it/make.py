#!/usr/bin/env python3
"""round9-it: hand-written Italian replies to mailduns reminders, plus some machine mail.

Run:  python3 make.py      (writes r9i-NNNN.eml and labels.toml next to this file, then re-parses them)

Every client body below is written by hand; only the MIME plumbing, the HTML skeletons and the quoted
reminders (rendered from the wording of templates/it/*.txt.j2) are generated.
"""
import base64
import binascii
import datetime as dt
import email
import email.policy
import hashlib
import os
import random
import sys
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r9i"
RNG = random.Random(9009)

# --------------------------------------------------------------------------------------------------
# The world: freelancers (mailbox owners)
# --------------------------------------------------------------------------------------------------
OWNERS = {
    "ale": dict(name="Alessandra Rossi", addr="alessandra@example.it",
                iban="IT60 X054 2811 1010 0000 0123 456", what="grafica"),
    "marco": dict(name="Marco Ferri", addr="marco@ferritraduzioni.it",
                  iban="IT02 L030 6909 6061 0000 0012 345", what="traduzioni"),
    "giulia": dict(name="Giulia Conti", addr="studio@giuliaconti-architetto.it",
                   iban="IT47 J086 7302 8000 0000 0456 789", what="architettura"),
    "davide": dict(name="Davide Esposito", addr="davide@espositodev.it",
                   iban="IT81 V036 6901 6001 0000 0078 901", what="sviluppo"),
    "chiara": dict(name="Chiara Lombardi", addr="chiara.lombardi@lombardiconsulting.it",
                   iban="IT29 P020 0801 6330 0010 5432 109", what="consulenza"),
}

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]
MESI3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
GIORNI3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]


def d(s):
    return dt.date.fromisoformat(s)


def long_date(s):
    x = d(s)
    day = "1°" if x.day == 1 else str(x.day)
    return f"{day} {MESI[x.month - 1]} {x.year}"


def art(word, s):
    """The art() filter of the templates: 'il 15 dicembre 2026', "l'8 gennaio 2027", 'dal 1° febbraio'."""
    x = d(s)
    txt = long_date(s)
    vowel = x.day in (8, 11)
    if word == "il":
        return ("l'" if vowel else "il ") + txt
    if word == "del":
        return ("dell'" if vowel else "del ") + txt
    if word == "dal":
        return ("dall'" if vowel else "dal ") + txt
    if word == "al":
        return "al " + txt
    return txt


def eur(v):
    """10150.5 -> '10.150,50 €'"""
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


def amount_value(amount_str):
    return float(amount_str.replace("€", "").replace("CHF", "").strip().replace(".", "").replace(",", "."))


def dmy(s):
    x = d(s)
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


# --------------------------------------------------------------------------------------------------
# The reminders mailduns sends (wording from templates/it), rendered with our invented facts
# --------------------------------------------------------------------------------------------------
def salutation(client, client_kind):
    if client_kind == "company" and client:
        return f"Spett.le {client},"
    if client_kind == "person" and client:
        return f"Gentile {client},"
    return "Buongiorno,"


def payment_block(owner, number):
    o = OWNERS[owner]
    return (f"Per il pagamento:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n"
            f"- causale: Fattura n. {number}")


def fee_lines(amount_str, due, on):
    amt = amount_value(amount_str)
    days = (d(on) - d(due)).days
    interest = round(amt * 0.1015 * days / 365, 2)
    return [f"fattura n. …: {amount_str}",  # placeholder replaced below
            f"interessi di mora dal {dmy((d(due) + dt.timedelta(days=1)).isoformat())} al {dmy(on)} "
            f"({days} giorni al 10,15% annuo): {eur(interest)}",
            "importo forfettario per i costi di recupero (art. 6): 40,00 €",
            f"totale: {eur(amt + interest + 40)}"]


def render_reminder(kind, owner, inv, client, client_kind, sent, extra=None):
    """kind: invoice, courtesy, due, reminder, late_fee, suspension, final, promise_followup,
    paid_claim_followup, thank_you.  inv = (number, amount, issue_date, due_date)."""
    extra = extra or {}
    o = OWNERS[owner]
    num, amount, issue, due = inv
    sal = salutation(client, client_kind)
    pay = payment_block(owner, num)
    sent_day = sent[:10]
    fees = extra.get("fees", False)
    if kind == "invoice":
        subj = extra.get("subject", f"Fattura n. {num}")
        body = (f"{sal}\n\nin allegato la fattura n. {num} {art('del', issue)}"
                f"{', di ' + amount if amount else ''}, relativa a {extra.get('work', 'quanto concordato')}.\n\n"
                f"Scadenza del pagamento: {long_date(due)}.\n\n"
                f"Le coordinate bancarie sono indicate in fattura.\n\nGrazie e buona giornata,\n{o['name']}")
        return subj, body
    if kind == "courtesy":
        subj = f"Promemoria: fattura n. {num} in scadenza"
        body = (f"{sal}\n\nun breve promemoria: la fattura n. {num} di {amount}, emessa {art('il', issue)}, "
                f"è in scadenza {art('il', due)}.\n\nNel caso il pagamento sia già stato disposto, ringrazio e "
                f"prego di non tenere conto di questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta "
                f"rispondere a questa email.\n\nCordiali saluti,\n{o['name']}")
        return subj, body
    if kind == "due":
        subj = f"Fattura n. {num} in scadenza"
        late = (d(sent_day) - d(due)).days
        if late > 0:
            first = (f"un promemoria: la fattura n. {num} di {amount} è scaduta {art('il', due)}. Se il "
                     f"pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
        elif late == 0:
            first = f"un promemoria: la fattura n. {num} di {amount} è in scadenza oggi, {long_date(due)}."
        else:
            first = f"un promemoria: la fattura n. {num} di {amount} è in scadenza {art('il', due)}."
        body = (f"{sal}\n\n{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere "
                f"conto di questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email."
                f"\n\nCordiali saluti,\n{o['name']}")
        return subj, body
    fee_par = ""
    if fees:
        fl = fee_lines(amount, due, sent_day)
        fl[0] = f"fattura n. {num}: {amount}"
        fee_par = ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva "
                   "2011/7/UE): senza che sia necessaria la costituzione in mora, dal giorno successivo alla "
                   "scadenza decorrono gli interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento "
                   "BCE maggiorato di 8 punti percentuali, attualmente 10,15% annuo) ed è dovuto l'importo "
                   "forfettario di 40,00 € a titolo di risarcimento dei costi di recupero (art. 6).\n\n"
                   "Ad oggi l'importo dovuto è il seguente:\n" + "\n".join("- " + x for x in fl) + "\n\n")
    late = (d(sent_day) - d(due)).days
    deadline = extra.get("deadline", (d(sent_day) + dt.timedelta(days=10)).isoformat())
    if kind == "reminder":
        subj = f"Sollecito fattura n. {num}"
        body = (f"{sal}\n\nda un controllo la fattura n. {num} di {amount}, scaduta {art('il', due)}, risulta "
                f"ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere "
                f"al pagamento appena possibile.\n\n{fee_par}Se il pagamento è già stato effettuato, basta "
                f"rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, "
                f"grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo "
                f"chiarirlo insieme: basta rispondere a questa email.\n\n{pay}\n\nCordiali saluti,\n{o['name']}")
        return subj, body
    if kind == "late_fee":
        subj = f"Secondo sollecito: fattura n. {num}"
        body = (f"{sal}\n\nla fattura n. {num} di {amount}, scaduta {art('il', due)}, risulta ancora da saldare: "
                f"sono trascorsi {late} giorni dalla scadenza.\n\n{fee_par}Chiedo cortesemente di provvedere al "
                f"pagamento{' dell’importo totale'.replace('’', chr(39)) if fees else ''} entro "
                f"{art('il', deadline)}. Se il pagamento è già stato disposto, basta rispondere indicando la data del "
                f"bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme "
                f"una soluzione: basta rispondere a questa email.\n\n{pay}\n\nCordiali saluti,\n{o['name']}")
        return subj, body
    if kind == "suspension":
        subj = f"Fattura n. {num}: possibile sospensione delle attività"
        susp = extra.get("suspension", (d(deadline) + dt.timedelta(days=1)).isoformat())
        body = (f"{sal}\n\ntorno a scrivere in merito alla fattura n. {num} di {amount}, scaduta {art('il', due)}, "
                f"che risulta ancora da saldare.\n\n{fee_par}In mancanza del pagamento entro {art('il', deadline)}, "
                f"{art('dal', susp)} potrebbe essere necessario sospendere le attività in corso e i servizi da me "
                f"forniti fino alla regolarizzazione. Preferirei evitarlo: se c'è una difficoltà, ad esempio la "
                f"necessità di pagare a rate, possiamo concordare una soluzione; basta rispondere a questa email."
                f"\n\n{pay}\n\nCordiali saluti,\n{o['name']}")
        return subj, body
    if kind == "final":
        subj = f"Diffida di pagamento e costituzione in mora – fattura n. {num} {art('del', issue)}"
        body = (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {num} {art('del', issue)}\n\n"
                f"{sal}\n\nla fattura n. {num} di {amount}, scaduta {art('il', due)}, risulta ancora da saldare "
                f"nonostante i precedenti solleciti.\n\n{fee_par}Con la presente chiedo formalmente il pagamento "
                f"{'dell' + chr(39) + 'importo totale sopra indicato' if fees else 'di ' + amount} entro "
                f"{art('il', deadline)}. La presente vale quale atto di costituzione in mora ai sensi e per gli "
                f"effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione "
                f"(art. 2943 c.c.). Resta salvo ogni altro diritto.\n\nIn mancanza del pagamento entro tale termine, "
                f"mi riservo di procedere al recupero del credito nelle sedi competenti, anche in via giudiziale con "
                f"ricorso per decreto ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: "
                f"se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a parlarne; basta "
                f"rispondere a questa email entro la stessa data.\n\nQualora il pagamento sia già stato effettuato, "
                f"prego di non tenere conto della presente e di indicarmi la data del bonifico, così da poterlo "
                f"verificare.\n\n{pay}\n\nCordiali saluti,\n{o['name']}")
        return subj, body
    if kind == "promise_followup":
        subj = f"Fattura n. {num}: pagamento previsto"
        pdate = extra.get("promise_date")
        if pdate:
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {num} di {amount} "
                     f"sarebbe stato effettuato entro {art('il', pdate)}.")
        else:
            first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {num} di {amount}, "
                     f"scaduta {art('il', due)}.")
        body = (f"{sal}\n\n{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, "
                f"basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo "
                f"solo di farmi sapere entro quando posso aspettarlo.\n\n{pay}\n\nCordiali saluti,\n{o['name']}")
        return subj, body
    if kind == "paid_claim_followup":
        subj = f"Fattura n. {num}: verifica del pagamento"
        claim = extra.get("claim_date")
        body = (f"{sal}\n\ngrazie per avermi comunicato{' ' + art('il', claim) if claim else ''} che la fattura n. "
                f"{num} di {amount} è stata pagata.\n\nAd oggi, però, il pagamento non risulta ancora accreditato sul "
                f"mio conto. A volte un bonifico richiede qualche giorno in più, oppure può essere partito verso "
                f"coordinate diverse. Per aiutarmi a rintracciarlo, chiedo la cortesia di indicarmi la data di "
                f"esecuzione e il codice CRO/TRN del bonifico, oppure di inoltrarmi la contabile.\n\n"
                f"Per un confronto, riporto le coordinate corrette:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n"
                f"- causale: Fattura n. {num}\n\nSe il bonifico è stato disposto da pochi giorni, potrebbe "
                f"semplicemente essere ancora in lavorazione: in tal caso mi basta una breve conferma. Grazie per "
                f"la collaborazione.\n\nCordiali saluti,\n{o['name']}")
        return subj, body
    if kind == "statement":
        items = extra["items"]  # list of (num, amount, issue, due)
        subj = "Riepilogo fatture da saldare"
        lines = []
        tot = 0.0
        for n2, a2, i2, du2 in items:
            late2 = (d(sent_day) - d(du2)).days
            tot += amount_value(a2)
            if late2 > 0:
                lines.append(f"- n. {n2} {art('del', i2)}, scaduta {art('il', du2)} ({late2} giorni di ritardo): {a2}")
            else:
                lines.append(f"- n. {n2} {art('del', i2)}, in scadenza {art('il', du2)}: {a2}")
        body = (f"{sal}\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n" + "\n".join(lines) +
                f"\n\nTotale da pagare: {eur(tot)}\n\nChiedo cortesemente di provvedere al pagamento entro "
                f"{art('il', deadline)}. Se alcune di queste fatture sono già state pagate, basta rispondere "
                f"indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema con "
                f"una fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
                f"Per il pagamento:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- causale: fatture n. "
                + ", ".join(i[0] for i in items) + f"\n\nCordiali saluti,\n{o['name']}")
        return subj, body
    raise ValueError(kind)


# --------------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------------
def quote_header(style, sender, when):
    """when: aware datetime (already in the replier's tz)."""
    name, addr = parseaddr(sender)
    g3 = GIORNI3[when.weekday()]
    hm = when.strftime("%H:%M")
    if style == "gmail":
        return f"Il giorno {g3} {when.day} {MESI3[when.month - 1]} {when.year} alle ore {hm} {name} <{addr}> ha scritto:"
    if style == "apple":
        return f"Il giorno {when.day} {MESI3[when.month - 1]} {when.year}, alle ore {hm}, {name} <{addr}> ha scritto:"
    if style == "thunderbird":
        return f"Il {when.strftime('%d/%m/%Y')} {hm}, {name} ha scritto:"
    if style == "iphone":
        return f"Il giorno {when.day} {MESI3[when.month - 1]} {when.year}, alle ore {hm}, {name} <{addr}> ha scritto:"
    if style == "android":
        return f"Il {GIORNI3[when.weekday()]} {when.day} {MESI3[when.month - 1]} {when.year}, {hm} {name} <{addr}> ha scritto:"
    raise ValueError(style)


def outlook_block(sender, to, when, subject, body, old=False):
    name, addr = parseaddr(sender)
    g = GIORNI[when.weekday()]
    if old:
        return (f"-----Messaggio originale-----\nDa: {name} [mailto:{addr}]\nInviato: {g} {when.day} "
                f"{MESI[when.month - 1]} {when.year} {when.strftime('%H:%M')}\nA: {to}\nOggetto: {subject}\n\n{body}")
    return (f"________________________________\nDa: {name} <{addr}>\nInviato: {g} {when.day} "
            f"{MESI[when.month - 1]} {when.year} {when.strftime('%H:%M')}\nA: {to}\nOggetto: {subject}\n\n{body}")


def gt_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html_gmail_body(text):
    out = []
    for line in text.split("\n"):
        out.append("<div>" + (esc(line) if line.strip() else "<br>") + "</div>")
    return '<div dir="ltr">' + "".join(out) + "</div>"


def html_outlook_body(text):
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
                       f'{esc(line)}<o:p></o:p></span></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def html_plain_paras(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))


def html_doc(inner, outlook=False, charset="utf-8"):
    if outlook:
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                'charset=' + charset + '">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="IT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\"></head><body>" + inner + "</body></html>\n"


# --------------------------------------------------------------------------------------------------
# MIME plumbing (hand-rolled, so that charsets and transfer encodings are exactly as chosen)
# --------------------------------------------------------------------------------------------------
def boundary():
    return "----=_Part_" + "".join(RNG.choice("0123456789ABCDEFabcdef") for _ in range(24))


def leaf(ctype, text=None, data=None, charset="utf-8", codec=None, cte="8bit", name=None,
         disposition=None, extra=None):
    """Return (header_lines, body_bytes)."""
    hdr = []
    if text is not None:
        raw = text.encode(codec or charset)
        hdr.append(f"Content-Type: {ctype}; charset=\"{charset}\"" if ctype.startswith("text/") else f"Content-Type: {ctype}")
    else:
        raw = data
        hdr.append(f"Content-Type: {ctype}" + (f'; name="{name}"' if name else ""))
    if cte == "quoted-printable":
        body = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
    elif cte == "base64":
        b = base64.b64encode(raw).decode()
        body = ("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n").encode()
    else:
        if cte == "7bit" and any(c > 127 for c in raw):
            cte = "8bit"
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    hdr.append(f"Content-Transfer-Encoding: {cte}")
    if disposition:
        hdr.append(f'Content-Disposition: {disposition}' + (f'; filename="{name}"' if name else ""))
    for e in extra or []:
        hdr.append(e)
    return hdr, body


def multipart(subtype, parts, params=""):
    b = boundary()
    hdr = [f'Content-Type: multipart/{subtype}; boundary="{b}"' + params]
    chunks = []
    for ph, pb in parts:
        chunks.append(f"--{b}\n".encode() + "\n".join(ph).encode() + b"\n\n" + pb)
    body = b"\n".join(chunks) + f"\n--{b}--\n".encode()
    return hdr, body


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def enc_addr(value, charset="utf-8"):
    """'Name <a@b>' or several separated by ', '"""
    out = []
    for part in split_addrs(value):
        name, addr = parseaddr(part)
        if name:
            try:
                name.encode("ascii")
                if any(c in name for c in ",.;:()@") and not name.startswith('"'):
                    out.append(f'"{name}" <{addr}>')
                else:
                    out.append(f"{name} <{addr}>")
            except UnicodeEncodeError:
                out.append(formataddr((name, addr), charset=charset))
        else:
            out.append(addr)
    return ", ".join(out)


def split_addrs(value):
    res, cur, q = [], "", False
    for ch in value:
        if ch == '"':
            q = not q
        if ch == "," and not q:
            res.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        res.append(cur.strip())
    return res


def msgid(domain, seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def mk_date(local, tz):
    return dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(tz))


def assemble(headers, mime_hdr, mime_body, crlf=False):
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    lines.extend(mime_hdr)
    raw = "\n".join(lines).encode() + b"\n\n" + mime_body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# fake attachments
def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R "
            b"/MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length 60 >>\nstream\nBT /F1 12 Tf "
            b"72 770 Td (" + t + b") Tj ET\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def fake_png():
    return bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a0e3"
                         "6d6b0000000049454e44ae426082")


def fake_jpg():
    return bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + b"\xff\xd9"


MESSAGES = []   # (bytes, label dict)


# --------------------------------------------------------------------------------------------------
# Client replies
# --------------------------------------------------------------------------------------------------
AGENTS = {
    "gmail": None,
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_old": ("X-Mailer", "Microsoft Office Outlook 12.0"),
    "apple": ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
    "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
    "thunderbird": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
    "android": None,
    "libero": ("X-Mailer", "Libero Mail"),
    "none": None,
}


RELAYS = {"gmail.com": "mail-sor-f41.google.com", "libero.it": "smtp-out12.libero.it", "virgilio.it": "smtp-out03.virgilio.it",
          "icloud.com": "st43p00im-ztfb10061701.me.com", "me.com": "st43p00im-ztdg10073201.me.com",
          "outlook.it": "EUR05-AM6-obe.outbound.protection.outlook.com", "hotmail.it": "EUR03-DBA-obe.outbound.protection.outlook.com",
          "yahoo.it": "sonic310-21.consmr.mail.ir2.yahoo.com", "tin.it": "smtp202.alice.it", "alice.it": "smtp203.alice.it",
          "tiscali.it": "smtp205.tiscali.it", "fastwebnet.it": "smtp-out.fastwebnet.it", "email.it": "smtp.email.it"}


def relay_for(dom):
    return RELAYS.get(dom, f"mail.{dom}")


def reply(label, owner, frm, date, body, inv=None, client=None, ckind="company", rem="reminder",
          rem_at=None, rem_extra=None, quote="gmail", fmt="plain", tz="Europe/Rome", charset="utf-8",
          codec=None, cte=None, attach=None, subj=None, prefix="Re: ", cc=None, to=None, headers=None,
          crlf=None, html=None, agent=None, quote_body=None):
    o = OWNERS[owner]
    when = mk_date(date, tz).replace(second=RNG.randint(0, 59))
    owner_dom = o["addr"].split("@")[1]
    frm_addr = parseaddr(frm)[1]
    cdom = frm_addr.split("@")[1]
    n = len(MESSAGES) + 1
    # the message being replied to
    rem_at = rem_at or (when - dt.timedelta(days=2, hours=3)).astimezone(ZoneInfo("Europe/Rome")).strftime("%Y-%m-%d %H:%M")
    rem_when = mk_date(rem_at, "Europe/Rome")
    assert rem_when < when, (frm, date, rem_at)
    if quote_body is not None:
        rsubj, rbody = quote_body
    else:
        rsubj, rbody = render_reminder(rem, owner, inv, client, ckind, rem_at, rem_extra)
    rsender = f"{o['name']} <{o['addr']}>"
    rto = to_quoted = frm_addr
    inv_mid = msgid(owner_dom, f"inv-{inv[0] if inv else n}-{owner}")
    rem_mid = msgid(owner_dom, f"rem-{n}-{rem}")
    qwhen = rem_when.astimezone(ZoneInfo(tz))
    subject = subj if subj is not None else prefix + rsubj
    # plain text part
    style = quote
    if style in ("none", None):
        plain = body
    elif style in ("outlook", "outlook_old"):
        plain = body + "\n\n" + outlook_block(rsender, rto, qwhen, rsubj, rbody, old=(style == "outlook_old"))
    elif style == "libero":
        plain = (body + "\n\n----Messaggio originale----\n" + f"Da: {o['addr']}\nData: {qwhen.strftime('%d/%m/%Y %H.%M')}\n"
                 f"A: <{rto}>\nOgg: {rsubj}\n\n" + rbody)
    else:
        plain = body + "\n\n" + quote_header(style, rsender, qwhen) + "\n\n" + gt_quote(rbody)
    if style == "iphone" and "Inviato da" not in body:
        pass
    # html part
    htmltext = None
    if fmt in ("html", "alt"):
        outl = style in ("outlook", "outlook_old")
        if html is not None:
            client_html = html
        elif outl:
            client_html = html_outlook_body(body)
        else:
            client_html = html_gmail_body(body)
        if style in ("none", None):
            q = ""
        elif outl:
            name, addr = parseaddr(rsender)
            g = GIORNI[qwhen.weekday()]
            q = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                 f'<p class="MsoNormal"><b><span lang="IT">Da:</span></b><span lang="IT"> {esc(name)} &lt;{addr}&gt; <br>'
                 f'<b>Inviato:</b> {g} {qwhen.day} {MESI[qwhen.month - 1]} {qwhen.year} {qwhen.strftime("%H:%M")}<br>'
                 f'<b>A:</b> {esc(rto)}<br><b>Oggetto:</b> {esc(rsubj)}<o:p></o:p></span></p></div></div>\n'
                 '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + html_outlook_body(rbody))
        elif style in ("apple", "iphone"):
            q = (f'<div><br><blockquote type="cite">{esc(quote_header(style, rsender, qwhen))}<br><br>'
                 f'<div>{html_plain_paras(rbody)}</div></blockquote></div>')
        else:
            q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                 + esc(quote_header("gmail", rsender, qwhen)) + '<br></div><blockquote class="gmail_quote" '
                 'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + html_plain_paras(rbody) + '</blockquote></div>')
        htmltext = html_doc(client_html + "\n" + q, outlook=outl, charset=charset)
    # encodings
    if cte is None:
        cte = "quoted-printable" if style in ("outlook", "outlook_old") or fmt != "plain" else "8bit"
    if fmt == "plain":
        mh, mb = leaf("text/plain", plain, charset=charset, codec=codec, cte=cte)
    elif fmt == "html":
        mh, mb = leaf("text/html", htmltext, charset=charset, codec=codec, cte=cte)
    else:
        p1 = leaf("text/plain", plain, charset=charset, codec=codec, cte=cte)
        p2 = leaf("text/html", htmltext, charset=charset, codec=codec, cte=cte)
        mh, mb = multipart("alternative", [p1, p2])
    if attach:
        parts = [(mh, mb)]
        for fname, ctype, data in attach:
            parts.append(leaf(ctype, data=data, cte="base64", name=fname, disposition="attachment"))
        mh, mb = multipart("mixed", parts)
    hdrs = [
        ("Return-Path", f"<{frm_addr}>"),
        ("Received", f"from {relay_for(cdom)} ({relay_for(cdom)} [{RNG.randint(11, 212)}.{RNG.randint(1, 254)}.{RNG.randint(1, 254)}.{RNG.randint(1, 254)}])\n"
                     f"\tby mx.{owner_dom} (Postfix) with ESMTPS id {hashlib.md5(str(n).encode()).hexdigest()[:10].upper()}\n"
                     f"\tfor <{o['addr']}>; {format_datetime(when.astimezone(ZoneInfo('Europe/Rome')) + dt.timedelta(seconds=7))}"),
        ("Date", format_datetime(when)),
        ("From", enc_addr(frm, "utf-8" if charset == "utf-8" else charset)),
        ("To", enc_addr(to or f"{o['name']} <{o['addr']}>")),
    ]
    if cc:
        hdrs.append(("Cc", enc_addr(cc)))
    hdrs += [
        ("Subject", enc_header(subject, "utf-8" if charset == "utf-8" else charset)),
        ("Message-ID", msgid(cdom, f"reply-{n}-{date}")),
        ("In-Reply-To", rem_mid),
        ("References", f"{inv_mid} {rem_mid}" if rem != "invoice" else inv_mid),
    ]
    if rem == "invoice":
        hdrs[-2] = ("In-Reply-To", inv_mid)
    ag = agent if agent is not None else AGENTS.get(style)
    if ag:
        hdrs.append(ag)
    if style in ("outlook", "outlook_old"):
        hdrs.append(("Thread-Topic", enc_header(rsubj)))
        hdrs.append(("Thread-Index", base64.b64encode(hashlib.md5(rem_mid.encode()).digest()[:22]).decode()))
        hdrs.append(("Content-Language", "it-IT"))
    for h in headers or []:
        hdrs.append(h)
    if crlf is None:
        crlf = style in ("outlook", "outlook_old")
    MESSAGES.append((assemble(hdrs, mh, mb, crlf=crlf), label))


def L(kind, note, **facts):
    lab = {"kind": kind, "language": "it", "split": "dev"}
    lab.update(facts)
    lab["note"] = note
    return lab


# ==================================================================================================
# Shared signature bits (written once, reused by several senders)
# ==================================================================================================
GDPR1 = ("AVVISO DI RISERVATEZZA - Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, "
         "le informazioni contenute nella presente comunicazione e negli eventuali allegati sono riservate e "
         "destinate esclusivamente al destinatario indicato. Qualora abbiate ricevuto questo messaggio per "
         "errore, vi preghiamo di darne immediata comunicazione al mittente e di distruggerlo. Ogni utilizzo "
         "non autorizzato è vietato e potrebbe costituire reato.")
GDPR2 = ("Questo messaggio di posta elettronica contiene informazioni di carattere confidenziale rivolte "
         "esclusivamente al destinatario sopra indicato. E' vietato l'uso, la diffusione, distribuzione o "
         "riproduzione da parte di ogni altra persona. Nel caso aveste ricevuto questo messaggio per errore "
         "siete pregati di segnalarlo immediatamente al mittente e distruggere quanto ricevuto (compresi i file "
         "allegati) senza farne copia. Informativa privacy: www.studiobellandi.it/privacy")
ECO = "Prima di stampare questa e-mail pensa all'ambiente \U0001F331"
GDPR_CH = ("Questo messaggio è confidenziale e può contenere informazioni protette dal segreto professionale. "
           "Se non siete i destinatari, vi preghiamo di informarci e di cancellarlo. "
           "Diese Nachricht ist vertraulich. / Ce message est confidentiel.")

# ==================================================================================================
# PAID
# ==================================================================================================
reply(L("client-reply-paid", "Outlook from the accounts office of a snc: 'abbiamo disposto il bonifico in data "
        "odierna', PDF contabile attached, GDPR footer; reference named in their own text.", reference="31/2026"),
      "ale", "Amministrazione Tipografia Malaguti <amministrazione@tipografiamalaguti.it>", "2026-12-03 10:41",
      inv=("31/2026", "1.220,00 €", "2026-10-30", "2026-11-29"), client="Tipografia Malaguti snc",
      rem="reminder", rem_at="2026-12-02 09:00", quote="outlook", prefix="R: ", fmt="alt",
      attach=[("Contabile_bonifico_03122026.pdf", "application/pdf", fake_pdf("Contabile bonifico SEPA"))],
      body="""Buongiorno,

in riferimento alla Vs. fattura n. 31/2026, Vi comunichiamo che abbiamo disposto il bonifico in data odierna.
In allegato la contabile.

Cordiali saluti

Monica Tabellini
Ufficio Amministrazione
TIPOGRAFIA MALAGUTI S.N.C. di Malaguti Ivo & C.
Via dell'Industria 14 - 40013 Castel Maggiore (BO)
Tel. 051 711 2290 - P.IVA 01928374650

""" + GDPR1)

reply(L("client-reply-paid", "One-liner from iPhone, no payment verb beyond 'fatto', emoji; Apple-style '>' quote "
        "of a due-date reminder."),
      "marco", "Federica Zanon <fede.zanon88@gmail.com>", "2026-11-28 22:47",
      inv=("44/2026", "350,00 €", "2026-10-27", "2026-11-26"), client="Federica Zanon", ckind="person",
      rem="due", rem_at="2026-11-27 09:00", quote="iphone",
      body="""Fatto! Scusa il ritardo 🙏

Inviato da iPhone""")

reply(L("client-reply-paid", "Condominium administrator: paid net of the 20% ritenuta d'acconto (amount differs from "
        "the reminder's total, which is normal, not a dispute); 'in data 12 c.m.'; Thunderbird quote.",
        amount="2137.60", reference="2026/18"),
      "giulia", "Studio Bellandi Amministrazioni Condominiali <info@studiobellandi.it>", "2026-12-15 16:20",
      inv=("2026/18", "2.537,60 €", "2026-10-20", "2026-11-19"), client="Condominio Via Masaccio 12",
      rem="reminder", rem_at="2026-12-14 09:00", quote="thunderbird",
      body="""Gent.ma Arch. Conti,

Le confermo che il Condominio di Via Masaccio 12 ha provveduto al saldo della Sua fattura n. 2026/18 con bonifico eseguito in data 12 c.m., per un importo di € 2.137,60.

L'importo corrisponde al totale documento al netto della ritenuta d'acconto del 20% sull'onorario (€ 400,00), che il condominio in qualità di sostituto d'imposta verserà con F24 entro il 16 gennaio. Le invieremo la Certificazione Unica nei termini.

Resto a disposizione per eventuali chiarimenti.

Rag. Lorenzo Bellandi
Studio Bellandi - Amministrazioni Condominiali
Viale Europa 85, 50126 Firenze
tel. 055 688 4410

""" + GDPR2)

reply(L("client-reply-paid", "Accounts clerk forwards the bank's execution notice (Credem) with two lines of her own; "
        "'per la 52' names the invoice; amount stated in the forwarded receipt she is sending as proof.",
        amount="1830.00", reference="52/2026"),
      "davide", "Sara Colombo <amministrazione@pixellab.it>", "2026-12-09 12:02",
      inv=("52/2026", "1.830,00 €", "2026-11-05", "2026-12-05"), client="Pixel Lab srl",
      rem="due", rem_at="2026-12-07 09:00", quote="gmail", fmt="alt",
      body="""Ciao Davide,
ti giro la conferma della banca per la 52, è partito stamattina.

Buona giornata
Sara

---------- Forwarded message ---------
Da: Credem <noreply@credem.it>
Date: mer 9 dic 2026 alle ore 11:47
Subject: Esito disposizione: bonifico SEPA eseguito
To: <amministrazione@pixellab.it>


Gentile Cliente,
la informiamo che la disposizione sotto indicata è stata eseguita.

Tipo operazione: Bonifico SEPA
Ordinante: PIXEL LAB SRL
Beneficiario: ESPOSITO DAVIDE
IBAN beneficiario: IT81V0366901600100000078901
Importo: EUR 1.830,00
Data esecuzione: 09/12/2026
Causale: SALDO FATTURA 52/2026
TRN: 0303281604251306480160001600IT

Credem - Credito Emiliano S.p.A.
Questa è una comunicazione automatica, la preghiamo di non rispondere.""")

reply(L("client-reply-paid", "The client's accountant (commercialista) writes on the client's behalf: paid yesterday "
        "from the company account; asks to confirm it arrived (still paid)."),
      "chiara", "Dott. Paolo Gentile <p.gentile@studiogentilecommercialisti.it>", "2026-12-10 18:22",
      inv=("42/2026", "976,00 €", "2026-11-06", "2026-12-06"), client="Marchetti Forniture srl",
      rem="due", rem_at="2026-12-08 09:00", quote="outlook", fmt="alt", prefix="RE: ",
      cc="Simona Marchetti <simona@marchettiforniture.it>",
      body="""Buonasera Dott.ssa Lombardi,

scrivo per conto della Sig.ra Marchetti, mia cliente, che mi ha girato il Suo promemoria.
Il pagamento della Sua fattura è stato eseguito ieri dal conto corrente della società; mi faccia cortesemente sapere se Le risulta accreditato.

Cordiali saluti

Dott. Paolo Gentile
Dottore Commercialista - Revisore Legale
Studio Gentile & Associati
Corso Vercelli 40 - 20145 Milano""")

reply(L("client-reply-paid", "Long chatty mail about a new brochure and the agriturismo's season; a single aside says "
        "the October invoice was paid last Friday."),
      "ale", "Roberta Casadei <roberta@agriturismoilcasale.it>", "2027-01-12 21:15",
      inv=("35/2026", "488,00 €", "2026-11-10", "2026-12-10"), client="Agriturismo Il Casale", ckind="company",
      rem="reminder", rem_at="2027-01-11 09:00", quote="gmail", fmt="alt",
      body="""Ciao Ale!!

Scusa se ti rispondo solo adesso ma qui è stato un delirio, tra il cenone di Capodanno (120 coperti, mai più) e la caldaia che ci ha lasciato a piedi il 2 gennaio non ho avuto un attimo.

Allora, per la brochure nuova: Giorgio vorrebbe mettere in copertina la foto del vigneto con la nebbia, quella che ti avevo mandato a ottobre, ti ricordi? Io preferivo quella della piscina ma dice che d'inverno non vendiamo la piscina 😂 Poi ci sarebbe da aggiungere la pagina delle cene a tema (piadina night il giovedì, ci siamo inventati anche questa) e il nuovo listino camere che ti mando domani.

Ah, la fattura di ottobre te l'ho pagata venerdì scorso, dovresti averla già vista.

Quando riesci a passare da noi? Così ci facciamo anche un piatto di cappelletti e ne parliamo con calma. Sabato siamo chiusi per turno, ma per te si apre 😉

Un abbraccio
Roberta

--
Agriturismo Il Casale
Via Montevecchio 22, Bertinoro (FC)
www.agriturismoilcasale.it""")

reply(L("client-reply-paid", "Swiss law firm (Lugano): 'versamento ... effettuato ... tramite e-banking', Swiss number "
        "style EUR 960.00, Swiss date 4.12.2026, multilingual confidentiality footer.",
        amount="960.00", reference="47/2026"),
      "marco", "Segretariato Ferrari & Partner <segretariato@ferrari-partner.ch>", "2026-12-07 08:54",
      tz="Europe/Zurich", inv=("47/2026", "960,00 €", "2026-11-02", "2026-12-02"),
      client="Studio legale Ferrari & Partner SA", rem="due", rem_at="2026-12-04 09:00",
      quote="outlook", fmt="alt", prefix="AW: ",
      body="""Egregio signor Ferri,

la informiamo che il versamento di EUR 960.00 relativo alla sua fattura no. 47/2026 è stato effettuato in data 4.12.2026 tramite e-banking, verosimilmente in contemporanea con il suo promemoria.

Con i migliori saluti

Katia Pedrazzini
Segretariato

Ferrari & Partner SA
Avvocatura e Notariato
Via Nassa 21 | CH-6900 Lugano
T +41 91 910 20 30

""" + GDPR_CH)

reply(L("client-reply-paid", "Instant transfer done just now, Outlook for Android signature, no quote, lowercase."),
      "davide", "Fabio Greco <fabio.greco@grecoimpianti.it>", "2026-12-16 13:37",
      inv=("55/2026", "732,00 €", "2026-11-12", "2026-12-12"), client="Greco Impianti", ckind="company",
      rem="due", rem_at="2026-12-14 09:00", quote="none",
      body="""fatto il bonifico istantaneo adesso, dovrebbe già esserti arrivato. ciao!

Ottieni Outlook per Android""")

reply(L("client-reply-paid", "Paid net of ritenuta d'acconto 20% (a reminder showing 1.649,44 and a transfer of "
        "1.389,44 is normal for a sostituto d'imposta); names the invoice as 'fattura 39/2026'.",
        amount="1389.44", reference="39/2026"),
      "chiara", "Ufficio Personale Ortofrutta Padana <personale@ortofruttapadana.it>", "2026-11-24 11:08",
      inv=("39/2026", "1.649,44 €", "2026-10-15", "2026-11-14"), client="Ortofrutta Padana soc. coop. agricola",
      rem="reminder", rem_at="2026-11-23 09:00", quote="outlook", fmt="alt", prefix="R: ",
      charset="iso-8859-1", codec="cp1252",
      body="""Gentile Dott.ssa Lombardi,

abbiamo saldato la fattura 39/2026 con bonifico di € 1.389,44 con data di esecuzione 20/11: l'importo è al netto della ritenuta d'acconto (€ 260,00) che verseremo noi con F24 come sostituti d'imposta entro il 16 dicembre.
Le trasmetteremo la Certificazione Unica entro il 16 marzo.

Cordiali saluti,

Anna Ferraresi
Ufficio Personale e Amministrazione
Ortofrutta Padana Soc. Coop. Agricola
Via Emilia 312 – 29122 Piacenza""")

reply(L("client-reply-paid", "Public body (Comune), split payment: only the taxable amount is paid to the freelancer, "
        "the VAT goes to the Erario; 'mandato n. ... liquidata'. HTML-only.", amount="3120.00", reference="2026/21"),
      "giulia", "Servizio Finanziario <ragioneria@comune.sanpierodimarte.fi.it>", "2026-12-21 12:30",
      inv=("2026/21", "3.806,40 €", "2026-10-28", "2026-11-27"), client="Comune di San Piero di Marte",
      rem="late_fee", rem_at="2026-12-17 09:00", quote="outlook", fmt="html", prefix="R: ",
      html="""<p class="MsoNormal">Gentile Architetto,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">si comunica che con mandato di pagamento n. 2417 del 18/12/2026 è stata liquidata la fattura elettronica n. 2026/21 del 28/10/2026 per l'importo di <b>€ 3.120,00</b> (imponibile).<o:p></o:p></p>
<p class="MsoNormal">L'IVA, pari a € 686,40, è stata trattenuta dall'Ente e sarà versata direttamente all'Erario ai sensi dell'art. 17-ter del D.P.R. 633/1972 (scissione dei pagamenti – split payment).<o:p></o:p></p>
<p class="MsoNormal">Il ritardo è dovuto ai tempi di acquisizione del DURC, pervenuto solo il 15/12. Ci scusiamo per il disagio.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Distinti saluti<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">Dott.ssa Ilaria Mencucci<br>Responsabile Servizio Finanziario<br>COMUNE DI SAN PIERO DI MARTE (FI)<br>Piazza del Municipio 1 – 50020<br>Tel. 055 807 1234 – PEC comune.sanpierodimarte@postacert.toscana.it</span><o:p></o:p></p>""",
      body="")

reply(L("client-reply-paid", "Reply to a statement of several invoices: two paid with one transfer; total stated, "
        "two invoice numbers (so no single reference).", amount="2684.00"),
      "ale", "Luca Bortolotti <luca@bortolottivini.it>", "2027-01-19 09:12",
      inv=("33/2026", "1.342,00 €", "2026-11-03", "2026-12-03"), client="Cantina Bortolotti", ckind="company",
      rem="statement", rem_at="2027-01-18 09:00",
      rem_extra=dict(items=[("33/2026", "1.342,00 €", "2026-11-03", "2026-12-03"),
                            ("36/2026", "1.342,00 €", "2026-11-24", "2026-12-24")]),
      quote="apple",
      body="""Buongiorno Alessandra,

abbiamo saldato la 33 e la 36 con un unico bonifico di 2.684,00 €, causale "ft 33-36/2026", eseguito venerdì.
Scusa per il ritardo, a dicembre con le spedizioni natalizie l'amministrazione è andata in tilt.

Ciao e grazie,
Luca

Cantina Bortolotti
Valdobbiadene (TV)""")

reply(L("client-reply-paid", "Curt, slightly annoyed: already paid on 28/11 with CRO number; 'Controlli meglio'."),
      "marco", "Gianni Rizzo <g.rizzo@rizzoimport.it>", "2026-12-02 11:05",
      inv=("46/2026", "610,00 €", "2026-10-30", "2026-11-29"), client="Rizzo Import srl",
      rem="reminder", rem_at="2026-12-02 09:00", quote="outlook", prefix="R: ",
      body="""Già pagata il 28/11, CRO 0306912345678901. Controlli meglio.

G. Rizzo""")

reply(L("client-reply-paid", "Secretary writes on behalf of the engineer: payment made on 19 December."),
      "davide", "Segreteria Studio Valsecchi <segreteria@studiovalsecchi.it>", "2026-12-21 09:47",
      inv=("57/2026", "1.525,00 €", "2026-11-16", "2026-12-16"), client="Studio Tecnico Ing. Valsecchi",
      rem="due", rem_at="2026-12-18 09:00", quote="thunderbird",
      body="""Buongiorno,

l'Ing. Valsecchi mi chiede di comunicarLe che il pagamento è stato effettuato in data 19 dicembre.

Cordiali saluti
Marta Pirovano
Segreteria - Studio Tecnico Ing. Valsecchi
Lecco""")

reply(L("client-reply-paid", "Outlook HTML-only remittance table from a company's accounts office; declared "
        "iso-8859-1 but the euro sign is a Windows-1252 byte, as Outlook does.", amount="2196.00",
        reference="48/2026"),
      "chiara", "Contabilità Fornitori Brambilla Arredi <contabilita@brambillaarredi.it>", "2027-01-15 15:02",
      inv=("48/2026", "2.196,00 €", "2026-11-30", "2026-12-30"), client="Brambilla Arredi S.p.A.",
      rem="reminder", rem_at="2027-01-13 09:00", quote="outlook", fmt="html", prefix="R: ",
      charset="iso-8859-1", codec="cp1252",
      html="""<p class="MsoNormal">Spett.le fornitore,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Vi informiamo che in data odierna abbiamo effettuato il seguente pagamento a mezzo bonifico bancario:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="padding:2pt 6pt"><b>Documento</b></td><td style="padding:2pt 6pt"><b>Data doc.</b></td><td style="padding:2pt 6pt"><b>Importo</b></td><td style="padding:2pt 6pt"><b>Banca appoggio</b></td></tr>
<tr><td style="padding:2pt 6pt">Fatt. n. 48/2026</td><td style="padding:2pt 6pt">30/11/2026</td><td style="padding:2pt 6pt" align="right">€ 2.196,00</td><td style="padding:2pt 6pt">BPER Banca – Fil. Lissone</td></tr>
<tr><td style="padding:2pt 6pt" colspan="2"><b>Totale bonifico</b></td><td style="padding:2pt 6pt" align="right"><b>€ 2.196,00</b></td><td></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Valuta beneficiario secondo i tempi interbancari. Cordiali saluti.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt">Ufficio Contabilità Fornitori<br>BRAMBILLA ARREDI S.p.A.<br>Via Valassina 120 – 20851 Lissone (MB)</span><o:p></o:p></p>""",
      body="")

reply(L("client-reply-paid", "Private couple, warm tone, Apple Mail '>' quote: 'il saldo è partito stamattina'."),
      "giulia", "Elena Marini <elena.marini@icloud.com>", "2026-11-20 10:03",
      inv=("2026/17", "4.160,00 €", "2026-10-12", "2026-11-11"), client="Elena Marini e Paolo Ricci", ckind="person",
      rem="reminder", rem_at="2026-11-19 09:00", quote="apple",
      body="""Gentile Giulia,

il saldo è partito stamattina, ci scusi davvero, eravamo convinti di averlo già fatto a fine ottobre con l'ultima rata del mutuo e invece no.

Grazie ancora per tutto il lavoro sulla casa, siamo felicissimi. Appena finiamo di sistemare il soggiorno la invitiamo a vedere com'è venuto!

Un caro saluto,
Elena e Paolo""")

reply(L("client-reply-paid", "Paid by Satispay instead of a bank transfer, with the amount; reply to the invoice mail "
        "itself.", amount="150.00"),
      "ale", "Giorgia Fabbri <giorgia.fabbri@gmail.com>", "2026-11-09 19:30",
      inv=("30/2026", "150,00 €", "2026-11-06", "2026-11-21"), client="Giorgia Fabbri", ckind="person",
      rem="invoice", rem_at="2026-11-06 15:10", rem_extra=dict(work="il logo per il laboratorio di ceramica"),
      quote="android",
      body="""Ciao Ale ti ho mandato i soldi su Satispay, 150 euro, fammi sapere se ti arrivano 😊
Grazie ancora il logo è bellissimo, l'ho già fatto vedere a mezzo paese!

Inviato dal mio smartphone Samsung Galaxy.""")

reply(L("client-reply-paid", "Paid in cash, left in an envelope with the translator's brother; amount given.",
        amount="280.00"),
      "marco", "Piero Gallo <piero.gallo54@libero.it>", "2026-12-14 08:15",
      inv=("49/2026", "280,00 €", "2026-11-10", "2026-12-10"), client="Piero Gallo", ckind="person",
      rem="due", rem_at="2026-12-12 09:00", quote="libero", agent=("X-Mailer", "Libero Mail"),
      body="""Marco i 280 li ho lasciati a tuo fratello in negozio sabato mattina, in una busta con scritto il tuo nome. Fammi sapere se è tutto a posto.
Ciao
Piero""")

reply(L("client-reply-paid", "Paid + asks to confirm receipt ('ci conferma che è arrivato?'); 'lunedì 11 gennaio'."),
      "davide", "Roberto Fumagalli <r.fumagalli@fumagalliottica.it>", "2027-01-14 17:40",
      inv=("1/2027", "915,00 €", "2027-01-04", "2027-01-11"), client="Fumagalli Ottica", ckind="company",
      rem="due", rem_at="2027-01-11 09:00", quote="gmail", fmt="alt",
      body="""Buonasera,

abbiamo fatto il bonifico lunedì 11 gennaio, mi può confermare che è arrivato? La nostra banca ultimamente ci mette un'eternità.

Grazie, saluti
Roberto Fumagalli""")

reply(L("client-reply-paid", "Reply to the 'payment not received' follow-up: restates it was paid on 22/12 with TRN and "
        "wonders if it went to old bank details; still a clear paid claim."),
      "chiara", "Marta Ruggeri <m.ruggeri@ruggerilogistica.it>", "2027-01-08 11:25",
      inv=("46/2026", "1.830,00 €", "2026-11-20", "2026-12-20"), client="Ruggeri Logistica srl",
      rem="paid_claim_followup", rem_at="2027-01-07 09:00", rem_extra=dict(claim_date="2026-12-22"),
      quote="outlook", fmt="alt", prefix="R: ",
      body="""Buongiorno Dott.ssa,

le confermo che il bonifico è stato eseguito il 22/12, TRN 0306921459763210480160001600IT, importo pieno.
Mi viene il dubbio che sia partito sul vecchio conto Banca Sella che avevamo ancora in anagrafica fornitori: lo verifico oggi con la banca e le faccio sapere. Nel caso lo facciamo richiamare.

Cordiali saluti
Marta Ruggeri
Amministrazione - Ruggeri Logistica srl""")

reply(L("client-reply-paid", "One word 'Saldato.' above a long signature and disclaimer (Outlook, RE:)."),
      "giulia", "Marco Benvenuti <m.benvenuti@benvenuticostruzioni.it>", "2026-12-04 17:55",
      inv=("2026/19", "6.344,00 €", "2026-10-31", "2026-11-30"), client="Benvenuti Costruzioni srl",
      rem="due", rem_at="2026-12-02 09:00", quote="outlook", fmt="alt", prefix="RE: ",
      body="""Saldato.

Cordiali saluti

Geom. Marco Benvenuti
Direttore Tecnico
BENVENUTI COSTRUZIONI S.R.L.
Via Pistoiese 210/c – 59100 Prato
Tel. 0574 633 120 – Cell. 348 770 1122
www.benvenuticostruzioni.it

""" + ECO + "\n\n" + GDPR1)

reply(L("client-reply-paid", "Bonifico 'disposto' with a value date a few days ahead (valuta beneficiario 22/12): "
        "from the client's side the payment is made; names 'fatt. n° 41 del 14/11'.", reference="41/2026",
        amount="1464.00"),
      "ale", "Ufficio Acquisti Nuova Ceramica Imolese <acquisti@nuovaceramicaimolese.it>", "2026-12-18 14:22",
      inv=("41/2026", "1.464,00 €", "2026-11-14", "2026-12-14"), client="Nuova Ceramica Imolese srl",
      rem="reminder", rem_at="2026-12-16 09:00", quote="outlook_old", prefix="R: ",
      charset="windows-1252", cte="quoted-printable",
      body="""Buongiorno Sig.ra Rossi,

in merito alla fatt. n° 41 del 14/11 Le comunichiamo che abbiamo disposto il bonifico di € 1.464,00 con valuta beneficiario 22/12.

Distinti saluti
Ufficio Acquisti
Nuova Ceramica Imolese S.r.l.""")

reply(L("client-reply-paid", "Paid today, plus a vague 'next time we'll pay on delivery' (undated future, stays paid).",
        reference="50/2026"),
      "marco", "Laura Pellegrino <laura@pellegrinoeditore.it>", "2026-12-11 12:48",
      inv=("50/2026", "1.120,00 €", "2026-11-09", "2026-12-09"), client="Pellegrino Editore", ckind="company",
      rem="due", rem_at="2026-12-10 09:00", quote="gmail",
      body="""Ciao Marco,
pagata oggi la 50/2026. La prossima te la paghiamo direttamente alla consegna del testo, così non ce ne dimentichiamo più 😅

Laura""")

reply(L("client-reply-paid", "Paid by Ri.Ba. (bank receipt), debited at its due date: no transfer verb at all."),
      "davide", "Amministrazione Ferramenta Russo <amministrazione@ferramentarusso.it>", "2026-12-03 10:10",
      inv=("53/2026", "427,00 €", "2026-10-31", "2026-11-30"), client="Ferramenta Russo snc",
      rem="due", rem_at="2026-12-01 09:00", quote="outlook", prefix="R: ",
      body="""Buongiorno,
la fattura è stata pagata tramite Ri.Ba. con scadenza 30/11 e ci risulta regolarmente addebitata in conto ieri. Forse non vi è ancora arrivato l'esito dalla vostra banca.

Saluti
Carmela
Ferramenta Russo snc - Pozzuoli (NA)""")

reply(L("client-reply-paid", "Swiss client (Mendrisio) paid in CHF, apostrophe thousands separator: CHF 2'150.00.",
        amount="2150.00", currency="CHF", reference="45/2026"),
      "chiara", "Daniela Fontana <daniela.fontana@fontana-sa.ch>", "2026-12-02 14:33", tz="Europe/Zurich",
      inv=("45/2026", "2.150,00 CHF", "2026-10-26", "2026-11-25"), client="Fontana SA",
      rem="reminder", rem_at="2026-12-01 09:00", quote="outlook", fmt="alt", prefix="AW: ",
      body="""Buongiorno signora Lombardi,

le confermo che abbiamo pagato la fattura 45/2026 il 28 novembre scorso, importo CHF 2'150.00, tramite bonifico sul conto indicato. Dovrebbe esserle accreditata in questi giorni.

Cordiali saluti

Daniela Fontana
Contabilità
Fontana SA | Via Lavizzari 4 | CH-6850 Mendrisio""")

reply(L("client-reply-paid", "Elderly client writes in ALL CAPS from libero.it: did the transfer at the post office "
        "yesterday."),
      "giulia", "ROSSANA BERTI <rossana.berti41@libero.it>", "2026-11-26 10:31",
      inv=("2026/16", "1.040,00 €", "2026-10-20", "2026-11-19"), client="Rossana Berti", ckind="person",
      rem="reminder", rem_at="2026-11-24 09:00", quote="none", agent=("X-Mailer", "Libero Mail"),
      body="""GENTILE ARCHITETTO HO FATTO IL BONIFICO IERI ALLA POSTA, MI HANNO DATO LA RICEVUTA CHE TENGO IO. MI SCUSI MA NON AVEVO VISTO LA SUA LETTERA.
SALUTI
ROSSANA BERTI""")

reply(L("client-reply-paid", "Stiff formula 'Vi confermiamo l'avvenuto pagamento della fattura in oggetto' - no number "
        "in their own text (only in the subject)."),
      "ale", "Amministrazione Zanetti Trasporti <amm@zanettitrasporti.it>", "2026-12-07 09:05",
      inv=("37/2026", "2.440,00 €", "2026-11-04", "2026-12-04"), client="Zanetti Trasporti srl",
      rem="due", rem_at="2026-12-04 09:00", quote="outlook_old", prefix="R: ",
      body="""Buongiorno,

Vi confermiamo l'avvenuto pagamento della fattura in oggetto in data 04/12/2026.

Distinti saluti
Amministrazione
Zanetti Trasporti S.r.l.""")

reply(L("client-reply-paid", "Agency: 'entrata nel pagamento fornitori di ieri' (processed in yesterday's run) — "
        "paid without saying 'pagato'."),
      "marco", "Valentina Sala <valentina.sala@linguaviva-agency.it>", "2027-01-29 10:40",
      inv=("2/2027", "540,00 €", "2026-12-28", "2027-01-27"), client="LinguaViva srl",
      rem="due", rem_at="2027-01-28 09:00", quote="gmail", fmt="alt",
      body="""Ciao Marco,

la tua fattura è entrata nel pagamento fornitori di ieri, dovresti vederla accreditata entro 1-2 giorni lavorativi.

Intanto ti giro il nuovo progetto (manuale d'uso macchina da caffè, DE>IT, circa 9.000 parole): mi dici se riesci entro il 12?

Grazie!
Valentina
Project Manager | LinguaViva""")

reply(L("client-reply-paid", "Transfer made last night, amount 1.220 € and causale with the invoice number written "
        "'fattura 2 2027'.", amount="1220.00", reference="2/2027"),
      "davide", "Antonio Caputo <antonio.caputo@caputoviaggi.it>", "2027-02-03 08:21",
      inv=("2/2027", "1.220,00 €", "2027-01-02", "2027-01-31"), client="Caputo Viaggi", ckind="company",
      rem="due", rem_at="2027-02-02 09:00", quote="gmail",
      body="""Buongiorno Davide,
ieri sera ho fatto il bonifico, 1.220 €, causale "fattura 2 2027". Fammi sapere se ci sono problemi.

Antonio""")

reply(L("client-reply-paid", "Gmail HTML with a PNG screenshot of the banking app attached: 'risulta eseguito'."),
      "chiara", "Francesca Neri <francesca.neri@nerieventi.com>", "2027-01-21 13:14",
      inv=("3/2027", "610,00 €", "2026-12-18", "2027-01-17"), client="Neri Eventi", ckind="company",
      rem="due", rem_at="2027-01-19 09:00", quote="gmail", fmt="alt",
      attach=[("Screenshot_20270121-131022.png", "image/png", fake_png())],
      body="""Ciao Chiara,
ti allego lo screenshot dall'app della banca, il bonifico risulta eseguito stamattina.
A presto!
Francesca""")

reply(L("client-reply-paid", "The wife did not know her husband had already paid last week: paid, said loosely."),
      "giulia", "Sonia Ferretti <sonia.ferretti@gmail.com>", "2027-02-09 20:05",
      inv=("2027/2", "1.560,00 €", "2027-01-05", "2027-02-04"), client="Sonia Ferretti", ckind="person",
      rem="due", rem_at="2027-02-08 09:00", quote="gmail", fmt="alt",
      body="""Giulia ciao,
Paolo dice che l'ha fatto lui il bonifico la settimana scorsa, io non ne sapevo niente! Quindi dovresti averlo già ricevuto. Scusa la confusione, in questa casa la mano destra non sa cosa fa la sinistra 🙈

Sonia""")

reply(L("client-reply-paid", "Paid through PayPal to the owner's address, asks if that's OK (still paid).",
        amount="244.00"),
      "ale", "Matteo Pagani <matteo.pagani@outlook.it>", "2026-11-16 23:02",
      inv=("29/2026", "244,00 €", "2026-10-15", "2026-11-14"), client="Matteo Pagani", ckind="person",
      rem="due", rem_at="2026-11-16 09:00", quote="outlook", prefix="RE: ", fmt="alt",
      body="""Ciao Alessandra,
ho pagato con PayPal all'indirizzo alessandra@example.it, 244 euro. Va bene lo stesso o preferivi il bonifico?
Matteo

Inviato da Outlook per iOS""")

reply(L("client-reply-paid", "Amount written out in words ('milleottanta euro'), done at the bank branch today."),
      "marco", "Giuseppina Amato <giuseppina.amato@tiscali.it>", "2026-12-22 17:31",
      inv=("51/2026", "1.080,00 €", "2026-11-18", "2026-12-18"), client="Giuseppina Amato", ckind="person",
      rem="due", rem_at="2026-12-21 09:00", quote="thunderbird",
      body="""Buonasera Sig. Ferri,
le comunico che il bonifico di milleottanta euro per la traduzione dei documenti di mio figlio è stato fatto oggi pomeriggio in filiale, mi hanno dato la ricevuta.
Tanti auguri di buone feste
Giuseppina Amato""")

reply(L("client-reply-paid", "Neapolitan friendly register ('Uè'), 'ti ho saldato stamattina', chat about coffee."),
      "davide", "Gennaro De Luca <gennaro@delucapizzeria.it>", "2027-01-09 11:48",
      inv=("58/2026", "610,00 €", "2026-11-30", "2026-12-30"), client="Pizzeria De Luca", ckind="company",
      rem="reminder", rem_at="2027-01-08 09:00", quote="gmail",
      body="""Uè Davide, tutto a posto, ti ho saldato stamattina. Scusa ma dicembre è stato un manicomio, tra pranzi aziendali e asporto non ho visto la luce.
Quando passi per il caffè? Ti devo fare vedere il nuovo forno 🔥

Gennaro""")

reply(L("client-reply-paid", "Formal apology from a Palermo firm: invoice number and amount and date of transfer.",
        amount="732.00", reference="1/2027"),
      "chiara", "Dott. Salvatore Lo Piccolo <s.lopiccolo@lopiccolosrl.it>", "2027-01-27 10:16",
      inv=("1/2027", "732,00 €", "2026-12-15", "2027-01-14"), client="Lo Piccolo srl",
      rem="reminder", rem_at="2027-01-26 09:00", quote="outlook", fmt="alt", prefix="R: ",
      body="""Gentile Dott.ssa Lombardi,

ci scusi per il ritardo: la fattura n. 1/2027 è stata saldata con bonifico del 25/01/2027 di € 732,00.

Distinti saluti
Salvatore Lo Piccolo
Lo Piccolo S.r.l. - Palermo""")

reply(L("client-reply-paid", "Paid by bank cheque sent by registered mail yesterday (payment sent, not a promise).",
        amount="915.00"),
      "giulia", "Famiglia Gori <aldo.gori@virgilio.it>", "2026-12-12 09:30",
      inv=("2026/20", "915,00 €", "2026-11-06", "2026-12-06"), client="Aldo Gori", ckind="person",
      rem="due", rem_at="2026-12-09 09:00", quote="none", agent=("X-Mailer", "Virgilio Mail"),
      body="""Buongiorno Architetto,
le abbiamo spedito ieri un assegno circolare di € 915,00 con raccomandata all'indirizzo dello studio. Non mi fido molto dei bonifici online, mi perdoni.
Cordiali saluti
Aldo Gori""")


# ==================================================================================================
# PROMISE
# ==================================================================================================
reply(L("client-reply-promise", "'entro venerdì' written on Thursday 3 Dec -> Friday 4 Dec. Outlook, short formal.",
        promised_date="2026-12-04"),
      "ale", "Ufficio Amministrativo Edilcasa <ufficio@edilcasa-bo.it>", "2026-12-03 15:40",
      inv=("32/2026", "854,00 €", "2026-11-02", "2026-12-02"), client="Edilcasa srl",
      rem="due", rem_at="2026-12-02 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Buongiorno,
il bonifico partirà entro venerdì.
Saluti
Patrizia - Ufficio Amministrativo Edilcasa srl""")

reply(L("client-reply-promise", "'il 10 p.v.' written on 18 December (the 10th of this month is past): 10 January.",
        promised_date="2027-01-10"),
      "marco", "Enrico Villa <e.villa@villameccanica.it>", "2026-12-18 11:20",
      inv=("48/2026", "1.464,00 €", "2026-11-06", "2026-12-06"), client="Villa Meccanica srl",
      rem="reminder", rem_at="2026-12-17 09:00", quote="outlook", prefix="R: ",
      body="""Buongiorno Sig. Ferri,
come da accordi con la nostra direzione, il pagamento della Sua fattura verrà effettuato il 10 p.v. unitamente agli altri fornitori esteri e di servizi.
Cordiali saluti
Enrico Villa
Resp. Amministrazione
VILLA MECCANICA S.R.L. - Lumezzane (BS)""")

reply(L("client-reply-promise", "'a fine mese con gli altri fornitori' written 9 Dec -> 31 Dec.",
        promised_date="2026-12-31"),
      "giulia", "Carlo Morandi <carlo.morandi@morandiimmobiliare.it>", "2026-12-09 18:03",
      inv=("2026/27", "2.440,00 €", "2026-11-05", "2026-12-05"), client="Morandi Immobiliare srl",
      rem="due", rem_at="2026-12-07 09:00", quote="gmail",
      body="""Buonasera Giulia,

scusi il silenzio. La saldiamo a fine mese insieme agli altri fornitori, come facciamo sempre: da noi i pagamenti partono tutti l'ultimo giorno del mese.

Buona serata
Carlo Morandi""")

reply(L("client-reply-promise", "'dopo l'Epifania' = after 6 January: vague (no exact day), no promised_date."),
      "davide", "Ilaria Santoro <ilaria@santorostudio.it>", "2026-12-22 16:45",
      inv=("56/2026", "1.098,00 €", "2026-11-20", "2026-12-20"), client="Santoro Studio", ckind="company",
      rem="due", rem_at="2026-12-21 09:00", quote="gmail", fmt="alt",
      body="""Ciao Davide,
ti chiedo un po' di pazienza: con le chiusure di fine anno la banca ci ha già bloccato i pagamenti, te la saldo dopo l'Epifania.
Buon Natale!!
Ilaria""")

reply(L("client-reply-promise", "'martedì prossimo' written on Thursday 14 Jan -> Tuesday 19 Jan.",
        promised_date="2027-01-19"),
      "chiara", "Giacomo Rinaldi <giacomo.rinaldi@rinaldiservizi.it>", "2027-01-14 12:12",
      inv=("47/2026", "1.220,00 €", "2026-11-27", "2026-12-27"), client="Rinaldi Servizi srl",
      rem="reminder", rem_at="2027-01-13 09:00", quote="outlook", fmt="alt", prefix="R: ",
      body="""Gentile Chiara,
mi scuso per il ritardo, è un periodo complicato con la cassa. Le confermo che il bonifico verrà fatto martedì prossimo.
Cordiali saluti
Giacomo Rinaldi""")

reply(L("client-reply-promise", "'entro la prima decade di gennaio' is a range, not a day: promise without "
        "promised_date."),
      "ale", "Stefania Guidi <stefania.guidi@guidiabbigliamento.it>", "2026-12-16 10:28",
      inv=("40/2026", "671,00 €", "2026-11-13", "2026-12-13"), client="Guidi Abbigliamento", ckind="company",
      rem="reminder", rem_at="2026-12-16 09:00", quote="outlook", prefix="R: ",
      body="""Buongiorno Alessandra,
purtroppo dicembre per noi è il mese più pesante con i fornitori di magazzino. Provvediamo al pagamento entro la prima decade di gennaio, ti chiedo scusa.
Stefania""")

reply(L("client-reply-promise", "'il 15 o il 16' (written 3 Feb): a careful reader takes the later day, 16 Feb.",
        promised_date="2027-02-16"),
      "marco", "Sabrina Conte <sabrina.conte@contetraslochi.it>", "2027-02-03 09:58",
      inv=("3/2027", "390,00 €", "2027-01-04", "2027-02-03"), client="Conte Traslochi", ckind="company",
      rem="due", rem_at="2027-02-03 09:00", quote="android",
      body="""Buongiorno Marco, il bonifico lo facciamo il 15 o il 16, quando ci entrano gli incassi di gennaio. Grazie per la pazienza

Inviato da Yahoo Mail su Android""")

reply(L("client-reply-promise", "Public body: waiting for the Region's funds ('mandato'), will pay as soon as they arrive: "
        "promise with no date."),
      "giulia", "Ufficio Tecnico Unione dei Comuni <lavoripubblici@unionevaldisieve.example.it>", "2027-01-21 11:35",
      inv=("2026/22", "5.075,20 €", "2026-11-18", "2026-12-18"), client="Unione dei Comuni Val di Sieve",
      rem="late_fee", rem_at="2027-01-19 09:00", quote="outlook", fmt="alt", prefix="R: ",
      body="""Gentile Arch. Conti,

in riscontro alla Sua nota, si comunica che la liquidazione della fattura relativa al progetto di fattibilità del percorso ciclopedonale è subordinata all'erogazione del contributo regionale (Bando Mobilità Dolce 2026), per il quale siamo in attesa del mandato di pagamento da parte della Regione Toscana.

Appena le somme saranno accreditate all'Ente si provvederà senza indugio al pagamento.

Cordiali saluti

Geom. Fabrizio Papini
Responsabile Servizio Lavori Pubblici
Unione dei Comuni Val di Sieve""")

reply(L("client-reply-promise", "Small agency, candid: 'finché il cliente finale non ci paga non riesco... appena entra ti "
        "pago, promesso' - conditional promise, no date."),
      "davide", "Nicola Ferrara <nicola@ferraracomunicazione.it>", "2027-01-26 19:22",
      inv=("59/2026", "2.318,00 €", "2026-12-10", "2027-01-09"), client="Ferrara Comunicazione", ckind="company",
      rem="late_fee", rem_at="2027-01-25 09:00", quote="gmail", fmt="alt",
      body="""Davide, ti scrivo sinceramente perché ci conosciamo da anni: il cliente per cui abbiamo fatto l'app non ci ha ancora pagato nemmeno il primo SAL e siamo a secco. Finché non entrano quei soldi non riesco a pagarti. Appena entra ti pago, promesso, sei il primo della lista.

Mi dispiace davvero, so che non è un problema tuo.
Nicola""")

reply(L("client-reply-promise", "'non prima del 20' (written 8 Jan) -> 20 January.", promised_date="2027-01-20"),
      "chiara", "Amministrazione Tecnoplast <amministrazione@tecnoplast-srl.it>", "2027-01-08 10:05",
      inv=("49/2026", "1.952,00 €", "2026-12-04", "2027-01-03"), client="Tecnoplast srl",
      rem="due", rem_at="2027-01-05 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Buongiorno,
in riferimento alla Vs. fattura, Vi informiamo che non potremo procedere al pagamento prima del 20 c.m. per motivi di tesoreria.
Cordiali saluti
Ufficio Amministrazione
Tecnoplast S.r.l.""")

reply(L("client-reply-promise", "'Domani mattina' written late on Monday 30 Nov -> 1 December. iPhone.",
        promised_date="2026-12-01"),
      "ale", "Davide Mazza <davide.mazza@me.com>", "2026-11-30 23:10",
      inv=("28/2026", "305,00 €", "2026-10-29", "2026-11-28"), client="Davide Mazza", ckind="person",
      rem="due", rem_at="2026-11-30 09:00", quote="iphone",
      body="""Scusa Ale me n'ero completamente dimenticato!! Domani mattina faccio il bonifico

Inviato da iPhone""")

reply(L("client-reply-promise", "'oggi pomeriggio lo faccio' = promise for today.", promised_date="2026-12-11"),
      "marco", "Chiara Bianco <chiara@biancodesign.it>", "2026-12-11 09:33",
      inv=("52/2026", "720,00 €", "2026-11-10", "2026-12-10"), client="Bianco Design", ckind="company",
      rem="due", rem_at="2026-12-11 09:00", quote="gmail",
      body="""Ciao Marco, hai ragione, oggi pomeriggio lo faccio. Stamattina sono in riunione fino all'una.
Chiara""")

reply(L("client-reply-promise", "'la settimana prossima' = vague: promise without a date; Tuscan register."),
      "giulia", "Leonardo Niccolai <leo.niccolai@gmail.com>", "2027-02-10 20:50",
      inv=("2027/3", "1.248,00 €", "2027-01-08", "2027-02-07"), client="Leonardo Niccolai", ckind="person",
      rem="due", rem_at="2027-02-09 09:00", quote="gmail", fmt="alt",
      body="""Ciao Giulia,
hai ragione, m'era passato di mente. Te lo fo la settimana prossima quando mi arriva lo stipendio, va bene?
Leo""")

reply(L("client-reply-promise", "'Lunedì' written on Wednesday 20 Jan -> Monday 25 Jan.", promised_date="2027-01-25"),
      "davide", "Martina Esposito <martina@espositofiori.it>", "2027-01-20 15:15",
      inv=("60/2026", "488,00 €", "2026-12-14", "2027-01-13"), client="Esposito Fiori", ckind="company",
      rem="reminder", rem_at="2027-01-20 09:00", quote="android",
      body="""Ciao Davide! Lunedì ti faccio il bonifico, scusami tanto 🌷

Inviato dal mio Galaxy""")

reply(L("client-reply-promise", "'entra nella distinta di pagamento del 25' -> 25 January; names 'fattura n. 50/2026'.",
        promised_date="2027-01-25", reference="50/2026"),
      "chiara", "Contabilità Fornitori Gruppo Ravelli <fornitori@grupporavelli.it>", "2027-01-13 14:44",
      inv=("50/2026", "3.050,00 €", "2026-12-11", "2027-01-10"), client="Gruppo Ravelli S.p.A.",
      rem="due", rem_at="2027-01-12 09:00", quote="outlook", fmt="alt", prefix="R: ",
      body="""Gentile fornitore,

la Vs. fattura n. 50/2026 risulta registrata e approvata. Il pagamento entrerà nella distinta fornitori del 25 gennaio.

Cordiali saluti
Contabilità Fornitori
Gruppo Ravelli S.p.A.""", )

reply(L("client-reply-promise", "Payment terms '60 gg d.f.f.m.' plus an explicit date: 'la scadenza per noi è il "
        "31/01/2027, pagheremo in quella data' - a promise, not a dispute.", promised_date="2027-01-31"),
      "ale", "Giovanna Mori <g.mori@morifarmaceutici.it>", "2026-12-07 11:52",
      inv=("38/2026", "2.745,00 €", "2026-11-05", "2026-12-05"), client="Mori Farmaceutici S.p.A.",
      rem="due", rem_at="2026-12-07 09:00", quote="outlook", fmt="alt", prefix="R: ",
      body="""Buongiorno Sig.ra Rossi,

La informo che le nostre condizioni di pagamento fornitori sono a 60 gg d.f.f.m., come indicato nell'ordine d'acquisto: per la Sua fattura del 5 novembre la scadenza per noi è quindi il 31/01/2027 e pagheremo in quella data.

Cordiali saluti
Giovanna Mori
Accounts Payable
Mori Farmaceutici S.p.A.

""" + GDPR1)

reply(L("client-reply-promise", "Swiss client: 'Il pagamento è previsto per il 20.12.' (Swiss date format).",
        promised_date="2026-12-20"),
      "marco", "Buchhaltung Tessin Tours <contabilita@tessintours.ch>", "2026-12-09 16:10", tz="Europe/Zurich",
      inv=("53/2026", "860,00 €", "2026-11-05", "2026-12-05"), client="Tessin Tours SA",
      rem="due", rem_at="2026-12-07 09:00", quote="outlook", prefix="AW: ", fmt="alt",
      body="""Buongiorno signor Ferri

Il pagamento è previsto per il 20.12.

Cordiali saluti
Nadia Guscetti
Contabilità - Tessin Tours SA, Locarno""")

reply(L("client-reply-promise", "'giovedì o al massimo venerdì' (written Monday 14 Dec) -> take the later, Friday 18 Dec.",
        promised_date="2026-12-18"),
      "giulia", "Simone Bartolini <simone@bartolinifalegnameria.it>", "2026-12-14 08:40",
      inv=("2026/23", "1.830,00 €", "2026-11-12", "2026-12-12"), client="Falegnameria Bartolini", ckind="company",
      rem="due", rem_at="2026-12-14 08:00", quote="gmail",
      body="""Buongiorno Architetto,
le faccio il bonifico giovedì o al massimo venerdì, appena mi paga l'impresa.
Saluti
Simone""")

reply(L("client-reply-promise", "'non oggi, giovedì' written Tuesday 1 Dec -> Thursday 3 Dec.",
        promised_date="2026-12-03"),
      "davide", "Pasquale Romano <p.romano@romanoautoricambi.it>", "2026-12-01 13:05",
      inv=("54/2026", "366,00 €", "2026-10-30", "2026-11-29"), client="Romano Autoricambi", ckind="company",
      rem="due", rem_at="2026-12-01 09:00", quote="none",
      body="""Oggi non riesco, giovedì. Saluti

Pasquale Romano
Romano Autoricambi - Caserta""")

reply(L("client-reply-promise", "'entro il 15' written 20 Dec (the 15th has passed) -> 15 January.",
        promised_date="2027-01-15"),
      "chiara", "Federico Marchi <federico.marchi@marchiconsulenze.it>", "2026-12-20 10:30",
      inv=("51/2026", "671,00 €", "2026-11-18", "2026-12-18"), client="Marchi Consulenze", ckind="company",
      rem="due", rem_at="2026-12-19 09:00", quote="gmail", fmt="alt",
      body="""Buongiorno Chiara,
confermo che provvediamo entro il 15, non prima purtroppo.
Buone feste
Federico""")

reply(L("client-reply-promise", "Two invoices: one paid yesterday, the other promised for end of January -> promise "
        "(31 Jan). No single reference.", promised_date="2027-01-31"),
      "ale", "Claudio Lanzoni <claudio@lanzonisport.it>", "2027-01-12 09:50",
      inv=("34/2026", "488,00 €", "2026-11-05", "2026-12-05"), client="Lanzoni Sport", ckind="company",
      rem="statement", rem_at="2027-01-11 09:00",
      rem_extra=dict(items=[("34/2026", "488,00 €", "2026-11-05", "2026-12-05"),
                            ("39/2026", "1.098,00 €", "2026-11-20", "2026-12-20")]),
      quote="outlook", prefix="R: ", fmt="alt",
      body="""Ciao Alessandra,
la 34 l'abbiamo pagata ieri, la 39 invece te la paghiamo a fine gennaio, se per te va bene.
Claudio""")

reply(L("client-reply-promise", "Partial transfer now (500) and the rest (780) 'entro fine mese' -> promise for 31 Jan "
        "of the remaining 780; nothing contested.", promised_date="2027-01-31", amount="780.00"),
      "marco", "Alberto Fiore <alberto.fiore@fiorelegno.it>", "2027-01-18 18:20",
      inv=("1/2027", "1.280,00 €", "2026-12-14", "2027-01-13"), client="Fiore Legno snc",
      rem="reminder", rem_at="2027-01-18 09:00", quote="gmail",
      body="""Ciao Marco,
ti ho appena fatto un bonifico di 500 euro, il resto (780) te lo saldo entro fine mese. È un periodo un po' così con gli incassi, grazie per la comprensione.
Alberto""")

reply(L("client-reply-promise", "Asks for three monthly instalments starting in January: promise to pay, no exact date."),
      "giulia", "Debora Cecchi <debora.cecchi@alice.it>", "2026-12-17 21:40",
      inv=("2026/24", "3.660,00 €", "2026-11-13", "2026-12-13"), client="Debora Cecchi", ckind="person",
      rem="reminder", rem_at="2026-12-17 09:00", quote="thunderbird",
      body="""Gentile Giulia,

le scrivo un po' in imbarazzo. Con le spese impreviste del cantiere (il solaio, come sa) sono rimasta scoperta e in questo momento non riesco a saldare tutto in una volta. Sarebbe possibile dividerla in tre rate mensili a partire da gennaio? Le pagherei regolarmente ogni mese, ci tengo a chiudere tutto entro marzo.

Mi faccia sapere se per lei va bene.
Grazie di cuore
Debora""")

reply(L("client-reply-promise", "Private client will pay on the 20th, when the tredicesima arrives.",
        promised_date="2026-12-20"),
      "davide", "Ciro Marino <ciromarino77@hotmail.it>", "2026-12-12 13:55",
      inv=("62/2026", "250,00 €", "2026-11-10", "2026-12-10"), client="Ciro Marino", ckind="person",
      rem="due", rem_at="2026-12-12 09:00", quote="outlook", prefix="R: ",
      body="""Davide ciao, il 20 mi arriva la tredicesima e te li mando subito quel giorno stesso, scusa ma questo mese sono messo male.
Ciro""")

reply(L("client-reply-promise", "Public body: 'una volta acquisito il DURC... procederemo alla liquidazione' - "
        "conditional promise, no date."),
      "chiara", "Ufficio Ragioneria ASP <ragioneria@aspvalpadana.example.it>", "2027-01-25 12:00",
      inv=("2/2027", "4.880,00 €", "2026-12-20", "2027-01-19"), client="Azienda Servizi alla Persona Val Padana",
      rem="due", rem_at="2027-01-21 09:00", quote="outlook", fmt="alt", prefix="R: ",
      body="""Gentile Dott.ssa Lombardi,

con riferimento alla fattura elettronica in oggetto, La informiamo che la stessa è stata regolarmente accettata tramite SdI. Una volta acquisito d'ufficio il DURC con esito regolare (richiesta in corso sul portale INPS), procederemo alla liquidazione nei termini di legge.

Distinti saluti

Ufficio Ragioneria
Azienda Servizi alla Persona Val Padana""")

reply(L("client-reply-promise", "ALL CAPS two words 'PAGO SABATO' written Wednesday 9 Dec -> Saturday 12 Dec.",
        promised_date="2026-12-12"),
      "ale", "Franco Tassinari <franco.tassinari@tin.it>", "2026-12-09 07:12",
      inv=("43/2026", "120,00 €", "2026-11-25", "2026-12-05"), client="Franco Tassinari", ckind="person",
      rem="due", rem_at="2026-12-07 09:00", quote="none",
      body="""PAGO SABATO
FRANCO""")

reply(L("client-reply-promise", "Written Friday 8 Jan: 'mercoledì 13 faccio il bonifico' -> 13 January.",
        promised_date="2027-01-13"),
      "marco", "Ufficio Export Barbera Vini <export@barberavini.it>", "2027-01-08 17:30",
      inv=("54/2026", "1.345,00 €", "2026-12-02", "2027-01-01"), client="Barbera Vini", ckind="company",
      rem="reminder", rem_at="2027-01-08 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Buonasera Marco,
il titolare è in fiera a Düsseldorf fino a martedì e firma lui i pagamenti: mercoledì 13 facciamo il bonifico. Scusaci.

Elisa
Ufficio Export - Barbera Vini, Canelli (AT)""")

reply(L("client-reply-promise", "'a fine gennaio' written 29 Dec -> 31 January.", promised_date="2027-01-31"),
      "giulia", "Immobiliare Le Cascine <info@lecascine-immobiliare.it>", "2026-12-29 10:20",
      inv=("2026/25", "2.135,00 €", "2026-11-25", "2026-12-25"), client="Immobiliare Le Cascine srl",
      rem="due", rem_at="2026-12-28 09:00", quote="outlook", prefix="R: ",
      body="""Buongiorno Arch. Conti,
Le confermiamo che la fattura sarà pagata a fine gennaio.
Cordiali saluti
Amministrazione""")

reply(L("client-reply-promise", "'il bonifico è programmato per il 5/2' - a scheduled transfer is not yet a payment: "
        "promise for 5 Feb.", promised_date="2027-02-05"),
      "davide", "Alessia Marchetti <alessia@bottegamarchetti.it>", "2027-01-28 12:26",
      inv=("3/2027", "793,00 €", "2026-12-28", "2027-01-27"), client="Bottega Marchetti", ckind="company",
      rem="due", rem_at="2027-01-28 09:00", quote="gmail", fmt="alt",
      body="""Ciao Davide,
tutto ok, il bonifico è programmato per il 5/2 dall'home banking. Te lo confermo quando parte.
Alessia""")

reply(L("client-reply-promise", "Reply to a promise follow-up: the earlier date slipped, new date 'entro il 29 gennaio'.",
        promised_date="2027-01-29"),
      "chiara", "Giacomo Rinaldi <giacomo.rinaldi@rinaldiservizi.it>", "2027-01-22 09:14",
      inv=("47/2026", "1.220,00 €", "2026-11-27", "2026-12-27"), client="Rinaldi Servizi srl",
      rem="promise_followup", rem_at="2027-01-21 09:00", rem_extra=dict(promise_date="2027-01-19"),
      quote="outlook", prefix="R: ", fmt="alt",
      body="""Gentile Chiara,
mi scuso, è slittato tutto perché un nostro cliente grosso ha pagato in ritardo. Le confermo che paghiamo entro il 29 gennaio, questa volta senza ulteriori rinvii.
Cordiali saluti
Giacomo Rinaldi""")

reply(L("client-reply-promise", "Italian client in New York: long mail about holidays; one line promises the transfer "
        "'appena rientro in ufficio, il 7'.", promised_date="2027-01-07"),
      "ale", "Francesca Lodi <francesca.lodi@lodi-nyc.com>", "2026-12-23 17:05", tz="America/New_York",
      inv=("42/2026", "1.830,00 €", "2026-11-20", "2026-12-20"), client="Lodi Design LLC",
      rem="due", rem_at="2026-12-21 09:00", quote="gmail", fmt="alt",
      body="""Ciao Ale,

eccomi, scusa se rispondo con calma ma qui è stato un dicembre folle: lo studio ha chiuso il progetto di Brooklyn proprio la settimana scorsa e ora siamo tutti in modalità vacanza. Domani parto per Vermont con i bambini, speriamo nella neve!

I nuovi biglietti da visita sono arrivati e sono bellissimi, tutti mi chiedono chi li ha disegnati. Ti farò un po' di pubblicità qui 😊

Per la fattura, ti faccio il bonifico appena rientro in ufficio, il 7. Da qui i bonifici in euro li gestisce la nostra banca italiana e devo firmare io.

Buon Natale a te e a tutta la famiglia, salutami Bologna!
Francesca""")

reply(L("client-reply-promise", "Promise for Thursday (written Tuesday 1 Dec) plus a question on the ritenuta d'acconto: "
        "promise wins.", promised_date="2026-12-03"),
      "marco", "Avv. Stefano Gatti <stefano.gatti@avvocatogatti.it>", "2026-12-01 10:20",
      inv=("45/2026", "1.040,00 €", "2026-10-31", "2026-11-30"), client="Studio Legale Avv. Stefano Gatti",
      rem="due", rem_at="2026-12-01 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Buongiorno Ferri,
la pago giovedì. Una domanda però: la ritenuta d'acconto devo applicarla io o lei è in forfettario? In fattura non vedo l'indicazione, e il mio commercialista me lo chiederà di sicuro.
Grazie
Stefano Gatti""")

reply(L("client-reply-promise", "Florentine vernacular ('icché', 'un ci s'ha'): pays 'dopo il 10 di gennaio' - after a "
        "date is vague: no promised_date."),
      "giulia", "Renzo Bicchi <renzo.bicchi@gmail.com>", "2026-12-19 12:40",
      inv=("2026/26", "732,00 €", "2026-11-16", "2026-12-16"), client="Renzo Bicchi", ckind="person",
      rem="due", rem_at="2026-12-18 09:00", quote="gmail",
      body="""Architetto buongiorno,
icché le devo dire, ora un ci s'ha liquidità con le tredicesime da dare ai ragazzi della bottega. Glielo pago dopo il 10 di gennaio, stia tranquilla che i Bicchi i debiti li pagano sempre.
Renzo""")

reply(L("client-reply-promise", "Swiss client: 'entro il 31 gennaio' the amount 'CHF 1'200.–' (Swiss dash notation).",
        promised_date="2027-01-31", amount="1200.00", currency="CHF"),
      "davide", "Mauro Rezzonico <mauro.rezzonico@rezzonico-ag.ch>", "2027-01-05 08:30", tz="Europe/Zurich",
      inv=("61/2026", "1.200,00 CHF", "2026-12-01", "2026-12-31"), client="Rezzonico AG",
      rem="reminder", rem_at="2027-01-04 09:00", quote="outlook", prefix="AW: ", fmt="alt",
      body="""Buongiorno signor Esposito

Le verseremo l'importo di CHF 1'200.– entro il 31 gennaio. A fine anno la nostra contabilità era chiusa per l'inventario.

Cordiali saluti
Mauro Rezzonico
Rezzonico AG | Bellinzona""")

reply(L("client-reply-promise", "Owner back on Thursday signs transfers the same day (written Monday 8 Feb) -> 11 Feb.",
        promised_date="2027-02-11"),
      "chiara", "Roberta Villa <roberta.villa@villatessuti.it>", "2027-02-08 11:11",
      inv=("5/2027", "1.586,00 €", "2027-01-05", "2027-02-04"), client="Villa Tessuti srl",
      rem="due", rem_at="2027-02-05 09:00", quote="outlook", prefix="R: ",
      body="""Buongiorno Dott.ssa,
il titolare rientra giovedì e firma i bonifici quel giorno stesso, il suo è già in distinta.
Saluti
Roberta Villa - Villa Tessuti srl, Como""")

reply(L("client-reply-promise", "Large company's HTML reply: invoice registered, will be paid at the next payment date "
        "'il 10/02/2027'; names the invoice 44/2026.", promised_date="2027-02-10", reference="44/2026"),
      "ale", "Accounts Payable Italia <ap.italia@gruppo-lunardi.com>", "2027-01-20 16:48",
      inv=("44/2026", "3.172,00 €", "2026-12-01", "2026-12-31"), client="Lunardi Group Italia S.p.A.",
      rem="reminder", rem_at="2027-01-18 09:00", quote="outlook", prefix="RE: ", fmt="html",
      html="""<p class="MsoNormal">Gentile fornitore,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">La informiamo che la fattura <b>44/2026</b> è stata registrata nel nostro sistema e verrà pagata alla prossima data di pagamento utile, <b>il 10/02/2027</b>, come da nostre condizioni generali di acquisto.<o:p></o:p></p>
<p class="MsoNormal">Per qualsiasi informazione La preghiamo di indicare sempre il numero di protocollo <b>AP-IT-2027-004518</b>.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Cordiali saluti<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Accounts Payable Italia – Shared Service Center<br>Lunardi Group Italia S.p.A. – Via dell'Artigianato 3, 35010 Vigonza (PD)</span><o:p></o:p></p>""",
      body="")

reply(L("client-reply-promise", "Milan holidays: 'oggi è Sant'Ambrogio e domani l'Immacolata, quindi mercoledì' "
        "(written Monday 7 Dec) -> Wednesday 9 Dec.", promised_date="2026-12-09"),
      "marco", "Paolo Ricci <paolo.ricci@riccistudio.mi.it>", "2026-12-07 10:45",
      inv=("55/2026", "480,00 €", "2026-11-04", "2026-12-04"), client="Ricci Studio", ckind="company",
      rem="due", rem_at="2026-12-07 09:00", quote="apple",
      body="""Ciao Marco,
oggi è Sant'Ambrogio e domani l'Immacolata, qui in ufficio non c'è nessuno: te lo faccio mercoledì appena rientra l'amministrazione.
Paolo

Inviato da iPad""")

reply(L("client-reply-promise", "Amount in words ('i duemila euro dell'acconto') promised 'entro fine mese' "
        "(written 17 Nov) -> 30 Nov.", promised_date="2026-11-30", amount="2000.00"),
      "giulia", "Tommaso Rossi <tommaso.rossi@rossivetrerie.it>", "2026-11-17 19:15",
      inv=("2026/15", "2.000,00 €", "2026-10-15", "2026-11-14"), client="Rossi Vetrerie snc",
      rem="due", rem_at="2026-11-16 09:00", quote="gmail", fmt="alt",
      body="""Buonasera Giulia,
scusi il ritardo, le mandiamo i duemila euro dell'acconto entro fine mese. Intanto il geometra mi dice che la pratica in Comune è già protocollata, ottimo!
Tommaso""")


# ==================================================================================================
# DISPUTE
# ==================================================================================================
reply(L("client-reply-dispute", "Wrong amount: agreed 900 + IVA, invoiced 1.100 + IVA; asks for a corrected invoice."),
      "ale", "Michele Bonetti <michele@bonettibirra.it>", "2026-12-04 12:30",
      inv=("47/2026", "1.342,00 €", "2026-11-03", "2026-12-03"), client="Birrificio Bonetti", ckind="company",
      rem="due", rem_at="2026-12-04 09:00", quote="gmail", fmt="alt",
      body="""Ciao Alessandra,

prima di pagare devo segnalarti una cosa: per le etichette avevamo concordato 900 + IVA (c'è la tua mail del 12 settembre), in fattura invece c'è 1.100 + IVA. Forse hai messo dentro anche la seconda bozza della lager, che però mi avevi detto che era compresa.

Mi mandi una fattura corretta? Appena arriva la pago.

Michele""")

reply(L("client-reply-dispute", "Sostituto d'imposta: the invoice lacks the 20% ritenuta d'acconto, asks to cancel it "
        "with a credit note and reissue - contests the invoice as issued.", reference="56/2026"),
      "marco", "Studio Notarile Dott. Guarneri <amministrazione@notaioguarneri.it>", "2027-01-11 10:05",
      inv=("56/2026", "854,00 €", "2026-12-08", "2027-01-07"), client="Studio Notarile Guarneri",
      rem="due", rem_at="2027-01-08 09:00", quote="outlook_old", prefix="R: ",
      body="""Gentile Dott. Ferri,

in riferimento alla Sua fattura n. 56/2026 Le segnaliamo che la stessa non riporta la ritenuta d'acconto del 20% sull'imponibile, che siamo tenuti ad operare in qualità di sostituti d'imposta. In queste condizioni non possiamo procedere al pagamento.

Le chiediamo pertanto di stornarla con nota di credito e di riemetterla con l'indicazione della ritenuta (tipo RT01 nel tracciato XML), oppure, qualora Lei rientri nel regime forfettario, di indicare in fattura la relativa dicitura di esonero.

Cordiali saluti
Segreteria amministrativa
Studio Notarile Dott. Andrea Guarneri - Torino""")

reply(L("client-reply-dispute", "Work not delivered: the executive project is missing; they will pay after delivery "
        "(refuse until done)."),
      "giulia", "Marco Pieraccini <marco.pieraccini@pieracciniresort.it>", "2026-12-10 17:22",
      inv=("2026/28", "7.320,00 €", "2026-11-09", "2026-12-09"), client="Pieraccini Resort srl",
      rem="due", rem_at="2026-12-10 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Gentile Arch. Conti,

ho visto il Suo promemoria ma mi permetta di ricordarLe che il progetto esecutivo della spa non ci è ancora stato consegnato: abbiamo ricevuto solo le tavole architettoniche, mancano impianti e computo. Da contratto la seconda tranche era dovuta alla consegna dell'esecutivo completo.

Pagheremo a consegna avvenuta.

Cordiali saluti
Marco Pieraccini
Amministratore Unico - Pieraccini Resort srl""")

reply(L("client-reply-dispute", "Pays only half now until checkout bugs are fixed: partial payment + withholding the "
        "rest = dispute; amount paid stated.", amount="1000.00"),
      "davide", "Giulia Ferraro <giulia@ferraroshop.it>", "2027-01-15 18:48",
      inv=("63/2026", "2.000,00 €", "2026-12-12", "2027-01-11"), client="Ferraro Shop", ckind="company",
      rem="reminder", rem_at="2027-01-15 09:00", quote="gmail", fmt="alt",
      body="""Ciao Davide,

ti ho bonificato 1.000 euro oggi, l'altra metà te la pago quando il checkout funziona davvero. Ancora ieri due clienti non sono riusciti a pagare con PayPal e uno ha ricevuto due volte la mail d'ordine. Ti ho aperto altri due ticket su Trello.

Capisco il lavoro fatto, ma così non posso saldare tutto.
Giulia""")

reply(L("client-reply-dispute", "Claims the invoice is a duplicate of one already paid (already billed) - a dispute, "
        "not a paid claim; names the reminded invoice.", reference="44/2026"),
      "chiara", "Amministrazione Bertoni Logistica <amministrazione@bertonilogistica.it>", "2026-12-16 09:40",
      inv=("44/2026", "1.220,00 €", "2026-11-13", "2026-12-13"), client="Bertoni Logistica srl",
      rem="due", rem_at="2026-12-15 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Buongiorno,

la fattura 44/2026 ci sembra il doppione della 41/2026: stessa descrizione ("Consulenza privacy – adeguamento registro trattamenti"), stesso importo, e la 41 l'abbiamo già pagata a novembre.
Non procediamo al pagamento finché non ci chiarite, eventualmente attendiamo nota di credito.

Saluti
Loredana
Amministrazione - Bertoni Logistica srl""")

reply(L("client-reply-dispute", "Asks for a 15% discount because of a three-week delay, via credit note, then will pay."),
      "ale", "Daniela Ricci <daniela.ricci@riccigelateria.it>", "2026-11-25 14:10",
      inv=("27/2026", "2.196,00 €", "2026-10-24", "2026-11-23"), client="Gelateria Ricci", ckind="company",
      rem="due", rem_at="2026-11-24 09:00", quote="apple",
      body="""Ciao Alessandra,

ti rispondo con un po' di imbarazzo ma devo farlo. Il menu e le vetrofanie dovevano essere pronti per l'inaugurazione del 3 ottobre e sono arrivati il 24: abbiamo aperto con i menu stampati in copisteria e non è stato un bel vedere.

Visto il ritardo di tre settimane ti chiedo uno sconto del 15%: se mi mandi la nota di credito pago subito il resto.

Daniela""")

reply(L("client-reply-dispute", "Angry ALL CAPS refusal: translation full of errors, had to be redone."),
      "marco", "IMPORT EXPORT SCHIAVONE <info@schiavoneimportexport.it>", "2026-12-05 08:02",
      inv=("43/2026", "620,00 €", "2026-10-23", "2026-11-22"), client="Schiavone Import Export srl",
      rem="reminder", rem_at="2026-12-04 09:00", quote="none",
      body="""NON PAGO. LA TRADUZIONE DEL CONTRATTO ERA PIENA DI ERRORI, L'HA DOVUTA RIFARE DA CAPO MIA COGNATA CHE E' MADRELINGUA. NON MI MANDI PIU' SOLLECITI.
SCHIAVONE""")

reply(L("client-reply-dispute", "Condominium: the assembly did not approve the extraordinary expense, invoice not "
        "chargeable to the condominium."),
      "giulia", "Amministrazione Condomini Galli <studio@amministrazionigalli.it>", "2027-01-18 12:15",
      inv=("2026/29", "1.903,20 €", "2026-11-30", "2026-12-30"), client="Condominio Le Magnolie",
      rem="reminder", rem_at="2027-01-15 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Gentile Arch. Conti,

Le comunico che l'assemblea straordinaria del 12 gennaio non ha approvato la spesa per la perizia sulle facciate (verbale in allegato appena disponibile), che era stata commissionata dal consigliere Sig. Puccetti senza delibera.

La fattura pertanto non può essere posta a carico del condominio. Le suggerisco di rivolgersi direttamente al Sig. Puccetti, oppure di stornarla con nota di credito.

Cordiali saluti
Dott.ssa Cristina Galli
Amministratrice""")

reply(L("client-reply-dispute", "Hours disputed: invoiced 42, timesheet says 35; will pay 35 hours (no total amount)."),
      "davide", "Lorenzo Parisi <l.parisi@parisisoftware.it>", "2027-01-07 11:11",
      inv=("64/2026", "3.586,80 €", "2026-12-04", "2027-01-03"), client="Parisi Software srl",
      rem="due", rem_at="2027-01-05 09:00", quote="gmail", fmt="alt",
      body="""Ciao Davide,

ho controllato con il PM: in fattura sono indicate 42 ore di sviluppo, ma dal timesheet condiviso su Jira risultano 35 ore chiuse a novembre. Le altre 7 credo siano quelle della migrazione che avevamo detto di mettere in garanzia.

Possiamo pagare 35 ore (2.450 + IVA). Mi mandi una nota di credito per la differenza o rifai la fattura?

Lorenzo""")

reply(L("client-reply-dispute", "Lawyer's formal reply to the final notice: contests entirely (service not rendered as "
        "agreed), reserves counterclaims."),
      "chiara", "Avv. Margherita Sorrentino <m.sorrentino@studiolegalesorrentino.it>", "2027-02-04 16:20",
      inv=("40/2026", "4.270,00 €", "2026-11-16", "2026-12-16"), client="Alfa Dental srl",
      rem="final", rem_at="2027-02-01 09:00", rem_extra=dict(deadline="2027-02-16"),
      quote="outlook", prefix="R: ", fmt="alt",
      body="""Egregia Dott.ssa Lombardi,

scrivo in nome e per conto della Alfa Dental S.r.l., che mi ha conferito mandato e presso il cui legale rappresentante Ella potrà indirizzare ogni comunicazione per il tramite della scrivente.

In riscontro alla Sua comunicazione del 1° febbraio u.s., contesto integralmente la pretesa creditoria ivi formulata. La prestazione di consulenza in materia di protezione dei dati personali non è stata resa secondo quanto pattuito: in particolare, la valutazione d'impatto (DPIA) prevista dall'offerta del 15 settembre 2026 non è mai stata consegnata e il registro dei trattamenti presenta lacune tali da averne richiesto il rifacimento da parte di altro professionista.

La mia assistita non intende pertanto corrispondere l'importo richiesto e si riserva ogni azione a tutela dei propri diritti, ivi compresa la richiesta di risarcimento dei danni.

Distinti saluti

Avv. Margherita Sorrentino
Studio Legale Sorrentino
Via Toledo 256 - 80134 Napoli

Il contenuto della presente e-mail è riservato e coperto da segreto professionale.""")

reply(L("client-reply-dispute", "Wants a credit note for two workshop days that did not take place."),
      "ale", "Silvia Montanari <s.montanari@fondazioneartelab.org>", "2026-12-22 10:55",
      inv=("45/2026", "1.952,00 €", "2026-11-21", "2026-12-21"), client="Fondazione ArteLab",
      rem="due", rem_at="2026-12-21 09:00", quote="gmail", fmt="alt",
      body="""Buongiorno Alessandra,

ti ringrazio per il promemoria. Prima di procedere ti chiedo una nota di credito per le 2 giornate del workshop che non si sono fatte (il 20 e il 27 novembre erano saltate per l'allerta meteo e poi non le abbiamo recuperate). In fattura ci sono tutte e 8 le giornate.

Appena ricevo la nota di credito la amministrazione paga il resto.

Un saluto e buone feste
Silvia Montanari
Coordinamento didattico - Fondazione ArteLab""")

reply(L("client-reply-dispute", "Swiss company: Italian 22% VAT wrongly applied to a non-EU B2B client (outside the "
        "scope, art. 7-ter); wants a corrected invoice of EUR 1'300.00 (amount accepted) before paying.",
        amount="1300.00"),
      "marco", "Contabilità Ticino Pharma <contabilita@ticinopharma.ch>", "2026-11-19 09:30", tz="Europe/Zurich",
      inv=("41/2026", "1.586,00 €", "2026-10-19", "2026-11-18"), client="Ticino Pharma SA",
      rem="due", rem_at="2026-11-18 09:00", quote="outlook", prefix="AW: ", fmt="alt",
      body="""Egregio signor Ferri

Nella sua fattura è stata applicata l'IVA italiana del 22%. Trattandosi di prestazione di servizi a una società con sede in Svizzera, l'operazione è fuori campo IVA ai sensi dell'art. 7-ter DPR 633/72.

Le chiediamo pertanto di annullare la fattura e di inviarcene una corretta per l'importo di EUR 1'300.00 senza IVA. Non possiamo pagare il documento attuale.

Cordiali saluti
Lorena Camponovo
Contabilità creditori
Ticino Pharma SA, Stabio""")

reply(L("client-reply-dispute", "Claims the survey was never commissioned separately, it was included in the quote."),
      "giulia", "Giovanni Innocenti <giovanni@innocentiagricola.it>", "2027-01-05 19:30",
      inv=("2026/30", "1.464,00 €", "2026-12-03", "2027-01-02"), client="Azienda Agricola Innocenti",
      ckind="company", rem="due", rem_at="2027-01-04 09:00", quote="gmail",
      body="""Architetto buonasera,
noi il rilievo del fienile non l'abbiamo mai commissionato a parte. Nel preventivo di luglio c'era scritto "rilievo e progetto preliminare" tutto insieme, e il preliminare l'abbiamo già pagato. Questa fattura non mi torna, la prego di ricontrollare.
Giovanni Innocenti""")

reply(L("client-reply-dispute", "The quote said 'IVA inclusa'; the invoice adds VAT on top - contests the amount, "
        "will pay the 1.500 of the quote (amount accepted).", amount="1500.00"),
      "davide", "Rosa Iovine <rosa.iovine@iovinepasticceria.it>", "2026-12-19 16:00",
      inv=("65/2026", "1.830,00 €", "2026-11-18", "2026-12-18"), client="Pasticceria Iovine", ckind="company",
      rem="due", rem_at="2026-12-19 09:00", quote="outlook", prefix="R: ",
      body="""Buonasera Davide,
guardi che nel preventivo per il sito c'era scritto 1.500 euro IVA inclusa, l'ho qui davanti. In fattura invece mi trovo 1.500 + IVA = 1.830. Io pago quello che c'era nel preventivo, mi rifaccia la fattura giusta per favore.
Rosa Iovine""")

reply(L("client-reply-dispute", "Long friendly mail about the next project; one passage refuses the travel expenses "
        "(not agreed) and accepts the rest -> dispute."),
      "chiara", "Matteo Cattaneo <matteo.cattaneo@cattaneohotels.it>", "2027-01-13 08:55",
      inv=("52/2026", "2.562,00 €", "2026-12-14", "2027-01-13"), client="Cattaneo Hotels srl",
      rem="due", rem_at="2027-01-13 08:00", quote="gmail", fmt="alt",
      body="""Ciao Chiara,

buon anno! Ti scrivo di corsa prima del board: la formazione di dicembre è piaciuta molto, i direttori delle tre strutture mi hanno chiesto se possiamo fare un secondo modulo sulla videosorveglianza e sulle telecamere nelle aree comuni, possibilmente a marzo prima dell'apertura stagionale. Mi mandi una proposta?

Altra cosa: il 28 abbiamo l'audit del gruppo, sarebbe utile avere il registro aggiornato entro il 25. Fattibile?

Sulla fattura di dicembre: le spese di trasferta (i 3 pernottamenti e i rimborsi km) non erano previste nell'offerta, che era "tutto compreso", quindi quelle non le riconosciamo. Il resto lo paghiamo, ma ci serve una fattura rettificata.

A presto e grazie ancora
Matteo""")

reply(L("client-reply-dispute", "Logo delivered is not the version approved in the meeting; refuses to pay until fixed."),
      "ale", "Enrico Zoli <enrico@zolicostruzioni.it>", "2027-02-02 13:20",
      inv=("4/2027", "976,00 €", "2027-01-02", "2027-02-01"), client="Zoli Costruzioni", ckind="company",
      rem="due", rem_at="2027-02-02 09:00", quote="outlook", prefix="R: ",
      body="""Alessandra buongiorno,
il logo che ci hai mandato nei file definitivi non è quello approvato in riunione: la Z doveva essere blu petrolio e senza la linea sotto, qui c'è ancora la versione 2. Abbiamo già mandato in stampa i cartelli di cantiere con la versione sbagliata perché non ce ne siamo accorti.
Finché non sistemiamo questa cosa la fattura resta sospesa.
Enrico Zoli""")

reply(L("client-reply-dispute", "Reply to the late-fee reminder: will pay the invoice but refuses interest and the 40 "
        "euro; partial acceptance = dispute, amount accepted 610.", amount="610.00"),
      "marco", "Bruno Cattaneo <bruno@cattaneotessile.it>", "2026-12-22 09:05",
      inv=("42/2026", "610,00 €", "2026-10-20", "2026-11-19"), client="Cattaneo Tessile srl",
      rem="late_fee", rem_at="2026-12-21 09:00", rem_extra=dict(fees=True, deadline="2026-12-31"),
      quote="outlook", prefix="R: ", fmt="alt",
      body="""Marco,
i 610 della fattura li paghiamo, ci mancherebbe, ma gli interessi e i 40 euro proprio no: lavoriamo insieme da otto anni e per un mese di ritardo mi mandi il conteggio degli interessi di mora? Non esiste.
Bruno""")

reply(L("client-reply-dispute", "Will pay Friday BUT only after a credit note for 300 euro of site visits not done: "
        "dispute wins over the promise."),
      "giulia", "Geom. Sauro Checcucci <sauro.checcucci@checcuccicostruzioni.it>", "2026-11-23 18:10",
      inv=("2026/14", "3.416,00 €", "2026-10-21", "2026-11-20"), client="Checcucci Costruzioni srl",
      rem="due", rem_at="2026-11-23 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Buonasera Architetto,
noi siamo pronti a pagare anche venerdì, ma solo dopo che avrà emesso la nota di credito per i 300 euro dei sopralluoghi in cantiere che non sono stati fatti (erano previsti 4, ne abbiamo visti 2, come risulta dal giornale dei lavori).
Cordiali saluti
Sauro Checcucci""")

reply(L("client-reply-dispute", "Invoice made out to the wrong company of the group; asks to cancel with a credit note "
        "and reissue to the right entity - will not pay this document."),
      "davide", "Amministrazione Alfa Servizi <amministrazione@alfaservizi-srl.it>", "2026-11-27 10:35",
      inv=("50/2026", "2.440,00 €", "2026-10-27", "2026-11-26"), client="Alfa srl",
      rem="due", rem_at="2026-11-27 09:00", quote="outlook", prefix="R: ",
      body="""Buongiorno,
la fattura in oggetto è intestata ad Alfa srl, ma il contratto di sviluppo è stato firmato da Alfa Servizi srl (P.IVA 09876543210), società diversa del gruppo. Così non la possiamo registrare né pagare.
Vi chiediamo di stornarla con nota di credito e di riemetterla ad Alfa Servizi srl, codice destinatario M5UXCR1.
Cordiali saluti
Ufficio amministrazione""")

reply(L("client-reply-dispute", "Public body: the service has not been verified by the RUP, the invoice is formally "
        "rejected (rifiuto)."),
      "chiara", "Protocollo Consorzio di Bonifica <protocollo@bonificaemiliacentrale.example.it>", "2026-12-11 13:00",
      inv=("43/2026", "6.100,00 €", "2026-11-10", "2026-12-10"), client="Consorzio di Bonifica Emilia Centrale",
      rem="due", rem_at="2026-12-10 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Gentile Dott.ssa Lombardi,

con riferimento alla fattura in oggetto si comunica che la stessa non può essere liquidata, in quanto la prestazione (audit GDPR delle sedi periferiche) non risulta ancora verificata e attestata dal Responsabile Unico del Procedimento: mancano i report delle sedi di Guastalla e Novellara previsti dal disciplinare d'incarico.

La fattura è stata pertanto rifiutata tramite SdI in data odierna. Si invita a riemetterla solo dopo la consegna della documentazione mancante e l'attestazione di regolare esecuzione.

Distinti saluti
Il RUP
Ing. Massimo Ferrari""")

reply(L("client-reply-dispute", "Soft, apologetic tone: 3 extra posts were not in the package, asks to remove that line."),
      "ale", "Chiara Bassi <chiara@bassiyoga.it>", "2026-12-10 21:30",
      inv=("46/2026", "549,00 €", "2026-11-27", "2026-12-07"), client="Chiara Bassi", ckind="person",
      rem="due", rem_at="2026-12-09 09:00", quote="gmail", fmt="alt",
      body="""Ciao Ale,

scusa se te lo dico solo adesso, mi sento un po' in colpa: i 3 post in più per Natale non pensavo fossero extra, quando ne avevamo parlato al telefono avevo capito che rientrassero nel pacchetto mensile. Possiamo togliere quella voce dalla fattura? Il resto va benissimo, ovviamente.

Fammi sapere, un abbraccio
Chiara 🧘‍♀️""")

reply(L("client-reply-dispute", "Partial payment for the pages delivered on time, refuses the late ones - dispute with "
        "the amount paid.", amount="800.00"),
      "marco", "Redazione Edizioni del Borgo <redazione@edizionidelborgo.it>", "2027-01-22 15:25",
      inv=("57/2026", "1.040,00 €", "2026-12-18", "2027-01-17"), client="Edizioni del Borgo",
      rem="reminder", rem_at="2027-01-22 09:00", quote="thunderbird",
      body="""Gentile Marco,

abbiamo pagato 800 € per le 20 cartelle consegnate entro il 15 dicembre come concordato. Le restanti 6 sono arrivate il 9 gennaio, quando il volume era già in impaginazione e abbiamo dovuto far tradurre quelle pagine internamente: quelle non le paghiamo.

Cordiali saluti
Elisa Martelli
Redazione - Edizioni del Borgo""")

reply(L("client-reply-dispute", "Deposit already paid is not deducted in the invoice - contests the amount."),
      "giulia", "Andrea Pucci <andrea.pucci@fastwebnet.it>", "2026-11-12 22:10",
      inv=("2026/13", "4.758,00 €", "2026-10-10", "2026-11-09"), client="Andrea Pucci", ckind="person",
      rem="due", rem_at="2026-11-11 09:00", quote="gmail",
      body="""Buonasera Giulia,
guardando la fattura mi accorgo che non è stato scalato l'acconto di 1.500 euro che le ho dato a giugno (bonifico del 14/06, ce l'ho qui). Il totale dovrebbe essere più basso. Mi manda la fattura corretta?
Grazie
Andrea""")

reply(L("client-reply-dispute", "Private client, friendly but firm: site has been down for two weeks, won't pay until "
        "it works."),
      "davide", "Vincenzo Gargiulo <vincenzogargiulo@gmail.com>", "2027-02-15 10:40",
      inv=("6/2027", "854,00 €", "2027-01-12", "2027-02-11"), client="Vincenzo Gargiulo", ckind="person",
      rem="due", rem_at="2027-02-13 09:00", quote="gmail",
      body="""Davide ma il sito non funziona da due settimane, esce la pagina bianca con scritto "Error establishing a database connection". Ti ho scritto tre volte e anche su WhatsApp. Finché non va non pago, mi spiace, non è per cattiveria.
Vincenzo""")

reply(L("client-reply-dispute", "Training hours: invoiced 22, the offer said 16; awaits a credit note."),
      "chiara", "HR Pedretti Meccanica <hr@pedrettimeccanica.it>", "2027-02-17 11:45",
      inv=("7/2027", "2.684,00 €", "2027-01-15", "2027-02-14"), client="Pedretti Meccanica S.p.A.",
      rem="due", rem_at="2027-02-16 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Buongiorno Dott.ssa Lombardi,

nella fattura sono indicate 22 ore di formazione, ma il corso "Privacy e uso dei dispositivi aziendali" era di 16 ore come da vostra offerta n. 112 del 10/11/2026, e così risulta dai registri presenze firmati.

Restiamo in attesa di una nota di credito per le 6 ore in eccesso prima di procedere con il pagamento.

Cordiali saluti
Valeria Pedretti
Risorse Umane""")

reply(L("client-reply-dispute", "Suspends payment because of a stock-photo copyright claim received about the catalogue."),
      "ale", "Marketing Faenza Maioliche <marketing@faenzamaioliche.it>", "2027-01-26 12:02",
      inv=("2/2027", "2.318,00 €", "2026-12-22", "2027-01-21"), client="Faenza Maioliche srl",
      rem="reminder", rem_at="2027-01-26 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Buongiorno Alessandra,

ti aggiorno su una cosa spiacevole: ci è arrivata una lettera di un'agenzia per conto di Getty Images che contesta l'uso di due fotografie nel catalogo (pag. 4 e pag. 17), chiedendo 1.800 euro per licenza non acquistata. Le foto erano nei file che ci hai consegnato.

Finché non chiariamo la questione sospendiamo il pagamento della fattura. Mi mandi per favore le licenze, se le hai?

Sara Liverani
Marketing & Comunicazione""")

reply(L("client-reply-dispute", "Terse, with typo: 'le cartelle sono 18 non 24', redo the invoice."),
      "marco", "Luigi Orlando <luigiorlando@orlandoassicurazioni.it>", "2026-11-10 09:12",
      inv=("40/2026", "720,00 €", "2026-10-09", "2026-11-08"), client="Orlando Assicurazioni", ckind="company",
      rem="due", rem_at="2026-11-09 09:00", quote="none",
      body="""le cartelle sono 18 non 24, conti alla mano. Rifaccia la fattura e la pago

inviato da smartphone""")

reply(L("client-reply-dispute", "Swiss client: the fee was agreed as a lump sum in CHF, not hourly; contests the "
        "invoice.", amount="4000.00", currency="CHF"),
      "giulia", "Dr. Fabio Regazzi <fabio.regazzi@regazzi-immobili.ch>", "2026-12-03 17:45", tz="Europe/Zurich",
      inv=("2026/31", "5.280,00 CHF", "2026-11-02", "2026-12-02"), client="Regazzi Immobili SA",
      rem="due", rem_at="2026-12-03 09:00", quote="outlook", prefix="AW: ", fmt="alt",
      body="""Gentile Architetto Conti

Contestiamo la fattura ricevuta: l'onorario per lo studio di fattibilità della villa di Vico Morcote era stato pattuito forfettariamente in CHF 4'000.–, come da sua offerta del 3 settembre, e non a ore.

Siamo disposti a pagare l'importo concordato di CHF 4'000.– non appena riceveremo una fattura corretta.

Distinti saluti
Fabio Regazzi
Regazzi Immobili SA, Lugano""")


# ==================================================================================================
# OTHER human replies
# ==================================================================================================
reply(L("client-reply-other", "'Ricevuta, grazie. La giro all'amministrazione.' - acknowledgement of the invoice mail, "
        "no claim."),
      "ale", "Paolo Venturi <paolo.venturi@venturiarredamenti.it>", "2026-11-04 09:20",
      inv=("26/2026", "1.708,00 €", "2026-11-03", "2026-12-03"), client="Venturi Arredamenti", ckind="company",
      rem="invoice", rem_at="2026-11-03 17:30", rem_extra=dict(work="il restyling del catalogo 2027"),
      quote="outlook", prefix="R: ",
      body="""Ricevuta, grazie. La giro all'amministrazione.

Paolo Venturi
Venturi Arredamenti - Cento (FE)""")

reply(L("client-reply-other", "Public body: the e-invoice lacks CIG and the Ufficio code; asks for a new one - "
        "administrative request (like a missing PO), not a claim about the amount."),
      "marco", "Ufficio Cultura Comune <cultura@comune.valleverde.to.example.it>", "2026-12-14 10:30",
      inv=("60/2026", "1.220,00 €", "2026-11-12", "2026-12-12"), client="Comune di Valleverde",
      rem="due", rem_at="2026-12-14 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Gentile Dott. Ferri,

per poter liquidare la fattura relativa alla traduzione della guida turistica è necessario che nel tracciato elettronico siano riportati il CIG (B4C7D21E90) e il codice univoco ufficio UF3K9Z, che non ci risultano presenti. Senza questi dati il sistema contabile non ci consente di procedere.

Le chiediamo pertanto di verificare e di trasmettere nuovamente il documento tramite SdI con i dati corretti.

Cordiali saluti
Ufficio Cultura e Turismo""")

reply(L("client-reply-other", "Public body asks for the Inarcassa certificate of contribution regularity before "
        "paying - a document request, no promise stated."),
      "giulia", "Settore Lavori Pubblici <llpp@comune.sanpierodimarte.fi.it>", "2027-01-12 12:20",
      inv=("2026/32", "2.537,60 €", "2026-12-05", "2027-01-04"), client="Comune di San Piero di Marte",
      rem="due", rem_at="2027-01-11 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Gentile Architetto,

ai fini della liquidazione della fattura ci manca il certificato di regolarità contributiva rilasciato da Inarcassa (per i professionisti iscritti alle casse non è disponibile il DURC online). Può trasmettercelo a questo indirizzo o via PEC?

Grazie, cordiali saluti
Sara Nencini
Settore Lavori Pubblici""")

reply(L("client-reply-other", "Asks whether the e-invoice was rejected by SdI, since they can't find it in the cassetto "
        "fiscale - a question, not a claim."),
      "davide", "Anna Cirillo <anna.cirillo@cirillotrasporti.it>", "2026-12-09 11:44",
      inv=("66/2026", "1.464,00 €", "2026-11-06", "2026-12-06"), client="Cirillo Trasporti srl",
      rem="due", rem_at="2026-12-09 09:00", quote="outlook", prefix="R: ",
      body="""Buongiorno Davide,
la fattura è stata scartata dallo SdI? Nel cassetto fiscale non la troviamo e nemmeno sul nostro gestionale (codice destinatario KRRH6B9). Il PDF di cortesia ce l'ho, ma senza l'XML la commercialista non la registra.
Mi fai sapere?
Anna""")

reply(L("client-reply-other", "Can't find the attachment; asks to resend the PDF (Apple Mail, chatty)."),
      "chiara", "Luisa Ferri <luisa@ferrimoda.it>", "2026-11-30 16:02",
      inv=("41/2026", "488,00 €", "2026-10-30", "2026-11-29"), client="Ferri Moda", ckind="company",
      rem="due", rem_at="2026-11-30 09:00", quote="apple",
      body="""Ciao Chiara,
scusami ma non trovo più la fattura, mi sa che l'ho cancellata per sbaglio con tutte le newsletter del Black Friday 🙄 Me la rimandi in PDF?
Grazie mille
Luisa""")

reply(L("client-reply-other", "Suspicious mail with different bank details received: asks if the IBAN changed "
        "(possible fraud) - a question."),
      "ale", "Ufficio Amministrazione Orsi Elettrodomestici <amministrazione@orsielettro.it>", "2027-01-20 09:30",
      inv=("1/2027", "1.098,00 €", "2026-12-18", "2027-01-17"), client="Orsi Elettrodomestici srl",
      rem="due", rem_at="2027-01-19 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Buongiorno Sig.ra Rossi,

prima di pagare vorremmo una conferma: venerdì ci è arrivata una mail apparentemente da Lei (da un indirizzo alessandra.rossi.studio@gmx.com) in cui ci comunicava un nuovo IBAN presso una banca lituana. Avete cambiato coordinate? Ci sembra strano e preferiamo verificare telefonicamente.

Può chiamarci allo 051 632 7781?

Cordiali saluti
Marina Orsi""")

reply(L("client-reply-other", "Forwarded internally to a colleague ('puoi verificare tu se è stata pagata?') with the "
        "freelancer in Cc - no claim."),
      "marco", "Roberto Ghidoni <r.ghidoni@ghidonimacchine.it>", "2026-12-15 08:50",
      inv=("61/2026", "1.586,00 €", "2026-11-13", "2026-12-13"), client="Ghidoni Macchine srl",
      rem="due", rem_at="2026-12-14 09:00", quote="outlook", prefix="R: ", fmt="alt",
      to="Paola Franzoni <p.franzoni@ghidonimacchine.it>", cc="Marco Ferri <marco@ferritraduzioni.it>",
      body="""Paola, puoi verificare tu se è stata pagata? Era la traduzione del manuale della linea 4. Grazie

Roberto Ghidoni
Ufficio Tecnico - Ghidoni Macchine srl""")

reply(L("client-reply-other", "Asks for a phone call, leaves a mobile number; nothing about paying."),
      "giulia", "Filippo Landi <filippo.landi@landivini.it>", "2027-01-27 18:25",
      inv=("2027/1", "3.050,00 €", "2026-12-28", "2027-01-27"), client="Landi Vini", ckind="company",
      rem="due", rem_at="2027-01-27 09:00", quote="iphone",
      body="""Giulia mi può chiamare domani? Devo parlarle della fattura e anche della cantina nuova. 335 612 8890
F.

Inviato da iPhone""")

reply(L("client-reply-other", "'Di quale fattura parla?' - says they never received any invoice: a question."),
      "davide", "Segreteria Centro Medico Vesuvio <segreteria@centromedicovesuvio.it>", "2026-11-23 10:05",
      inv=("49/2026", "915,00 €", "2026-10-20", "2026-11-19"), client="Centro Medico Vesuvio",
      rem="reminder", rem_at="2026-11-23 09:00", quote="none",
      body="""Buongiorno,
di quale fattura parla? A noi non risulta nessuna fattura da parte sua, né via PEC né sul cassetto fiscale. Ce la può rimandare indicando a chi era intestata?
Cordiali saluti
La Segreteria""")

reply(L("client-reply-other", "Talks only about the next project (a new DPIA) in reply to a due reminder; no word on "
        "payment."),
      "chiara", "Dott. Umberto Sacchi <u.sacchi@poliambulatoriosacchi.it>", "2026-12-02 19:40",
      inv=("54/2026", "1.830,00 €", "2026-11-02", "2026-12-02"), client="Poliambulatorio Sacchi srl",
      rem="due", rem_at="2026-12-02 09:00", quote="gmail", fmt="alt",
      body="""Buonasera Chiara,

approfitto della sua mail per chiederle una cosa: da gennaio introduciamo il nuovo software di refertazione in cloud (fornitore tedesco) e il nostro DPO esterno dice che serve una DPIA prima dell'avvio. Lei riuscirebbe a seguirla? I tempi sono stretti, vorremmo partire il 1° febbraio.

Se va bene ci sentiamo giovedì per una call di mezz'ora.

Cordiali saluti
Umberto Sacchi""")

reply(L("client-reply-other", "A human (not an autoresponder) says the contact left the company and gives the accounts "
        "address."),
      "ale", "Giada Montanari <giada.montanari@grafichecesena.it>", "2026-12-17 09:15",
      inv=("48/2026", "732,00 €", "2026-11-16", "2026-12-16"), client="Grafiche Cesena srl",
      rem="due", rem_at="2026-12-17 08:00", quote="outlook", prefix="R: ",
      body="""Buongiorno,
il Sig. Bianchi non lavora più presso di noi da fine ottobre. Per le fatture la prego di scrivere direttamente ad amministrazione@grafichecesena.it, così non si perdono.
Cordiali saluti
Giada Montanari - Reception""")

reply(L("client-reply-other", "Question about the flat-rate regime and the ritenuta d'acconto, before paying: no claim, "
        "no promise."),
      "marco", "Dott. Claudio Bellini <claudio.bellini@bellinicommercialista.it>", "2027-01-19 12:35",
      inv=("4/2027", "615,00 €", "2026-12-17", "2027-01-16"), client="Studio Bellini",
      rem="due", rem_at="2027-01-18 09:00", quote="thunderbird",
      body="""Buongiorno,
una domanda prima di disporre il bonifico: Lei è in regime forfettario? In fattura non c'è la dicitura e non è indicata la ritenuta, ma c'è la marca da bollo da 2 euro. Mi chiarisce come devo considerarla?
Saluti
Claudio Bellini""")

reply(L("client-reply-other", "Needs the electronic invoice (XML through SdI), they only got the PDF."),
      "giulia", "Amministrazione Hotel Bellavista <amministrazione@hotelbellavista-fi.it>", "2026-11-18 15:15",
      inv=("2026/12", "2.196,00 €", "2026-10-16", "2026-11-15"), client="Hotel Bellavista srl",
      rem="due", rem_at="2026-11-17 09:00", quote="outlook", prefix="R: ",
      body="""Buongiorno Architetto,
a noi è arrivato solo il PDF, ma ci serve la fattura elettronica tramite Sistema di Interscambio, altrimenti non possiamo registrarla. Il nostro codice destinatario è SUBM70N.
Grazie
Lucia - Amministrazione""")

reply(L("client-reply-other", "Swiss client asks for a QR-bill invoice: their accounts won't pay without it."),
      "davide", "Kreditoren Bianchi Trasporti <creditori@bianchi-trasporti.ch>", "2026-12-08 09:20", tz="Europe/Zurich",
      inv=("67/2026", "2.400,00 CHF", "2026-11-06", "2026-12-06"), client="Bianchi Trasporti SA",
      rem="due", rem_at="2026-12-07 09:00", quote="outlook", prefix="AW: ", fmt="alt",
      body="""Buongiorno

Il nostro ufficio contabilità elabora i pagamenti solo tramite QR-fattura svizzera (QR-bill) con IBAN in CHF. Ci potrebbe inviare la fattura con la sezione di pagamento QR? In alternativa ci indichi un conto in Svizzera.

Grazie e cordiali saluti
Creditori - Bianchi Trasporti SA, Chiasso""")

reply(L("client-reply-other", "Forwarded to her accountant who handles payments; the accountant will write."),
      "chiara", "Rebecca Manzoni <rebecca.manzoni@manzonistudio.it>", "2027-01-05 08:30",
      inv=("53/2026", "366,00 €", "2026-12-02", "2027-01-01"), client="Rebecca Manzoni", ckind="person",
      rem="due", rem_at="2027-01-04 09:00", quote="iphone", cc="Studio Riva <pagamenti@studiorivacommercialisti.it>",
      body="""Buongiorno Chiara, ho girato la mail alla mia commercialista che si occupa lei dei pagamenti, le scriverà direttamente lo studio. Buon anno!

Inviato da iPhone""")

reply(L("client-reply-other", "Asks whether she can pay by credit card - a question, no promise."),
      "ale", "Beatrice Orlandi <bea.orlandi@yahoo.it>", "2026-11-29 15:50",
      inv=("49/2026", "183,00 €", "2026-11-02", "2026-11-27"), client="Beatrice Orlandi", ckind="person",
      rem="due", rem_at="2026-11-28 09:00", quote="android",
      body="""Ciao Alessandra, ma posso pagarti con la carta di credito? Non ho l'home banking e in banca ci vado poco. Hai un link tipo PayPal o Satispay?
Bea

Inviato da Yahoo Mail su Android""")

reply(L("client-reply-other", "Reply to the late-fee reminder asking the exact total with interest for the transfer - "
        "question only."),
      "marco", "Ufficio Contabilità Vetreria Lagostina <contabilita@vetrerialagostina.it>", "2026-12-28 11:00",
      inv=("62/2026", "1.952,00 €", "2026-11-02", "2026-12-02"), client="Vetreria Lagostina srl",
      rem="late_fee", rem_at="2026-12-23 09:00", rem_extra=dict(fees=True, deadline="2027-01-08"),
      quote="outlook", prefix="R: ", fmt="alt",
      body="""Buongiorno,
quanto Le dobbiamo esattamente ad oggi, interessi compresi? Ci serve il totale preciso per la distinta, dato che il conteggio nella Sua mail era calcolato al 23/12.
Grazie
Ufficio Contabilità""")

reply(L("client-reply-other", "Can't make the transfer: the bank says 'IBAN non valido' - no paid claim, no promise."),
      "giulia", "Lorenzo Gualtieri <lorenzo.gualtieri@email.it>", "2027-02-11 13:10",
      inv=("2027/4", "610,00 €", "2027-01-11", "2027-02-10"), client="Lorenzo Gualtieri", ckind="person",
      rem="due", rem_at="2027-02-11 09:00", quote="gmail",
      body="""Buongiorno Giulia,
ho provato tre volte a fare il bonifico dall'app ma mi dà sempre "IBAN non valido". Ho copiato quello della mail, con gli spazi e senza. Me lo può ricontrollare?
Lorenzo""")

reply(L("client-reply-other", "'Grazie per il promemoria' + holiday wishes, nothing about paying: other."),
      "davide", "Teresa Amodio <teresa@amodioceramiche.it>", "2026-12-23 12:00",
      inv=("68/2026", "549,00 €", "2026-11-22", "2026-12-22"), client="Amodio Ceramiche", ckind="company",
      rem="due", rem_at="2026-12-23 09:00", quote="gmail", fmt="alt",
      body="""Grazie per il promemoria Davide! Tanti auguri di buone feste a te e famiglia 🎄✨
Teresa""")

reply(L("client-reply-other", "Asks for a detailed timesheet for internal approval, without contesting anything."),
      "chiara", "Procurement Sirio Energia <procurement@sirioenergia.it>", "2027-02-05 10:22",
      inv=("6/2027", "3.904,00 €", "2027-01-05", "2027-02-04"), client="Sirio Energia S.p.A.",
      rem="due", rem_at="2027-02-05 09:00", quote="outlook", prefix="RE: ", fmt="alt",
      body="""Gentile Dott.ssa Lombardi,

per l'approvazione interna della fattura il nostro controller ci chiede il dettaglio delle giornate (timesheet) con le attività svolte per ciascuna. È una prassi per tutti i fornitori a consuntivo sopra i 3.000 euro.

Può inviarcelo a questo indirizzo?

Grazie, cordiali saluti
Ufficio Acquisti
Sirio Energia S.p.A.""")

reply(L("client-reply-other", "Needs the purchase order number on the invoice and asks for reissue - admin request "
        "(PO needed), not a contest of the amount."),
      "ale", "Accounts Payable Tessitura Valsecchia <ap@tessituravalsecchia.it>", "2026-12-11 14:35",
      inv=("50/2026", "2.928,00 €", "2026-11-10", "2026-12-10"), client="Tessitura Valsecchia S.p.A.",
      rem="due", rem_at="2026-12-11 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Buongiorno,

per poter registrare la fattura è necessario che riporti il nostro numero d'ordine (PO 4500123987) nel campo "DatiOrdineAcquisto" del file XML. Senza il riferimento all'ordine il documento viene bloccato automaticamente dal sistema.

La preghiamo di riemetterla con il riferimento corretto.

Cordiali saluti
Accounts Payable""")

reply(L("client-reply-other", "'ricevuto, grazie' on a courtesy note before the due date."),
      "marco", "Monica Rinaldi <monica.rinaldi@gmail.com>", "2026-11-25 20:14",
      inv=("63/2026", "210,00 €", "2026-11-01", "2026-11-30"), client="Monica Rinaldi", ckind="person",
      rem="courtesy", rem_at="2026-11-25 09:00", quote="gmail",
      body="""ricevuto, grazie""")

reply(L("client-reply-other", "Wants to talk about the next phase, 'della fattura ne parliamo quando ci vediamo' - no "
        "promise, no dispute."),
      "giulia", "Ing. Pietro Salvadori <pietro.salvadori@salvadorigroup.it>", "2026-12-01 19:05",
      inv=("2026/33", "9.760,00 €", "2026-10-30", "2026-11-29"), client="Salvadori Group srl",
      rem="due", rem_at="2026-12-01 09:00", quote="outlook", prefix="R: ", fmt="alt",
      body="""Giulia,
ho parlato con mio fratello, vogliamo partire con la seconda fase (il capannone B) già a febbraio. Ci vediamo in cantiere venerdì alle 9? Porto anche il geometra. Della fattura ne parliamo quando ci vediamo.
Pietro""")

reply(L("client-reply-other", "Outlook 'I:' forward to the accounts department 'per competenza', freelancer in Cc."),
      "davide", "Ing. Raffaele Guida <r.guida@guidaengineering.it>", "2027-01-26 09:05",
      inv=("4/2027", "2.074,00 €", "2026-12-23", "2027-01-22"), client="Guida Engineering srl",
      rem="due", rem_at="2027-01-25 09:00", quote="outlook", subj="I: Fattura n. 4/2027 in scadenza",
      to="Amministrazione Guida Engineering <amministrazione@guidaengineering.it>",
      cc="Davide Esposito <davide@espositodev.it>",
      body="""Inoltro all'amministrazione per competenza.

Ing. Raffaele Guida
Guida Engineering srl""")

reply(L("client-reply-other", "Asks for the freelancer's codice destinatario / PEC for their accounting software - "
        "a question."),
      "chiara", "Fabiana Conti <fabiana.conti@contiservizi.it>", "2026-11-06 11:18",
      inv=("38/2026", "732,00 €", "2026-11-05", "2026-12-05"), client="Conti Servizi srl",
      rem="invoice", rem_at="2026-11-05 16:40", rem_extra=dict(work="la consulenza privacy di ottobre"),
      quote="gmail", fmt="alt",
      body="""Buongiorno Dott.ssa Lombardi,
grazie per la fattura. Per caricarla come fornitore nel nostro gestionale mi servirebbero anche la Sua PEC e il Suo codice fiscale, che nel PDF non trovo. Me li può mandare?
Cordiali saluti
Fabiana Conti - Conti Servizi srl""")


# ==================================================================================================
# MACHINE MAIL
# ==================================================================================================
def machine(label, frm, to, date, subject, mh, mb, tz="Europe/Rome", extra=None, crlf=False, mid_domain=None):
    n = len(MESSAGES) + 1
    when = mk_date(date, tz).replace(second=RNG.randint(0, 59))
    frm_addr = parseaddr(frm)[1]
    dom = mid_domain or frm_addr.split("@")[1]
    to_addr = parseaddr(to)[1]
    hdrs = [("Return-Path", f"<{frm_addr if 'MAILER-DAEMON' not in frm_addr else ''}>"),
            ("Received", f"from {('out.' + dom)} ({'out.' + dom} [{RNG.randint(11, 212)}.{RNG.randint(1, 254)}.{RNG.randint(1, 254)}.{RNG.randint(1, 254)}])\n"
                         f"\tby mx.{to_addr.split('@')[1]} (Postfix) with ESMTPS id {hashlib.md5(str(n).encode()).hexdigest()[:10].upper()}\n"
                         f"\tfor <{to_addr}>; {format_datetime(when + dt.timedelta(seconds=4))}"),
            ("Date", format_datetime(when)), ("From", enc_addr(frm)), ("To", enc_addr(to)),
            ("Subject", enc_header(subject)), ("Message-ID", msgid(dom, f"machine-{n}-{date}"))]
    for h in extra or []:
        hdrs.append(h)
    MESSAGES.append((assemble(hdrs, mh, mb, crlf=crlf), label))


def bank_alt(plain, html_inner, cte="quoted-printable", charset="utf-8"):
    p1 = leaf("text/plain", plain, charset=charset, cte=cte)
    p2 = leaf("text/html", html_doc(html_inner, charset=charset), charset=charset, cte=cte)
    return multipart("alternative", [p1, p2])


def kv_table(rows, style="font-family:Arial,sans-serif;font-size:13px"):
    return (f'<table cellpadding="4" cellspacing="0" style="{style};border-collapse:collapse">' +
            "".join(f'<tr><td style="color:#666;border-bottom:1px solid #eee">{esc(k)}</td>'
                    f'<td style="border-bottom:1px solid #eee"><b>{esc(v)}</b></td></tr>' for k, v in rows) + "</table>")


# -- Intesa Sanpaolo: incoming transfer -------------------------------------------------------------
rows = [("Conto", "1000/00123456"), ("Importo", "1.220,00 EUR"), ("Ordinante", "TIPOGRAFIA MALAGUTI SNC DI MALAGUTI IVO & C."),
        ("Causale", "SALDO FT 31/2026 DEL 30/10/2026"), ("Data contabile", "04/12/2026"), ("Data valuta", "04/12/2026")]
plain = ("Gentile Cliente,\n\nti informiamo che sul tuo conto è stato accreditato un bonifico.\n\n" +
         "\n".join(f"{k}: {v}" for k, v in rows) +
         "\n\nPuoi consultare il dettaglio nell'app Intesa Sanpaolo Mobile o nell'Area Riservata del sito.\n\n"
         "Questo è un messaggio automatico, ti preghiamo di non rispondere.\n\nIntesa Sanpaolo S.p.A.\n"
         "Per la tua sicurezza: la Banca non ti chiederà mai codici o credenziali via email, SMS o telefono.")
html = ('<div style="font-family:Arial,sans-serif;font-size:14px;color:#333"><img src="https://www.intesasanpaolo.com/content/dam/logo.png" alt="Intesa Sanpaolo" width="160"><br><br>'
        '<p>Gentile Cliente,</p><p>ti informiamo che sul tuo conto è stato accreditato un bonifico.</p>' + kv_table(rows) +
        '<p>Puoi consultare il dettaglio nell\'app Intesa Sanpaolo Mobile o nell\'Area Riservata del sito.</p>'
        '<p style="font-size:11px;color:#888">Questo è un messaggio automatico, ti preghiamo di non rispondere.<br>'
        'Intesa Sanpaolo S.p.A. – Per la tua sicurezza: la Banca non ti chiederà mai codici o credenziali via email, SMS o telefono.</p></div>')
mh, mb = bank_alt(plain, html)
machine(L("payment-notification", "Intesa Sanpaolo incoming transfer alert; causale names the invoice.",
          amount="1220.00", reference="31/2026"),
        "Intesa Sanpaolo <notifiche@intesasanpaolo.com>", "alessandra@example.it", "2026-12-04 07:32",
        "Hai ricevuto un bonifico", mh, mb, extra=[("X-Mailer", "ISP-Notify 3.2")])

# -- UniCredit: incoming transfer (plain text, terse) ---------------------------------------------
plain = """UniCredit - Notifica movimenti

Gentile MARCO FERRI,
ti comunichiamo che in data 07/12/2026 e' stato registrato il seguente movimento sul conto n. ****2345:

ACCREDITO BONIFICO SEPA DALL'ESTERO
Importo: + 960,00 EUR
Ordinante: FERRARI E PARTNER SA LUGANO
Banca ordinante: BANCA DELLO STATO DEL CANTONE TICINO
Causale: Fattura no. 47/2026 traduzione
Data valuta: 07/12/2026

Per maggiori dettagli accedi a Banca via Internet o alla app UniCredit.

Ti ricordiamo che UniCredit non ti chiedera' mai, tramite e-mail o SMS, di inserire codici personali.

UniCredit S.p.A. - Sede Sociale: Piazza Gae Aulenti, 3 Tower A - 20154 Milano
Messaggio generato automaticamente, si prega di non rispondere.
"""
mh, mb = leaf("text/plain", plain, charset="iso-8859-1", cte="quoted-printable")
machine(L("payment-notification", "UniCredit movement notice: SEPA credit from Switzerland, plain ISO-8859-1.",
          amount="960.00", reference="47/2026"),
        "UniCredit <notifiche@unicredit.it>", "marco@ferritraduzioni.it", "2026-12-07 14:05",
        "Notifica movimento sul tuo conto", mh, mb)

# -- Fineco: bonifico in entrata -------------------------------------------------------------------
rows = [("Tipo operazione", "Bonifico SEPA in entrata"), ("Importo", "EUR 732,00"), ("Ordinante", "GRECO IMPIANTI DI GRECO FABIO"),
        ("Descrizione", "fatt 55 sito web"), ("Data", "16/12/2026")]
plain = ("Gentile Cliente,\nsul tuo conto Fineco è stato accreditato un bonifico.\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) +
         "\n\nFinecoBank S.p.A. - Questa email è stata inviata automaticamente. Per assistenza accedi all'area riservata.")
html = ('<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px"><div style="background:#00205B;color:#fff;padding:10px"><b>FINECO</b> | Notifica</div>'
        '<p>Gentile Cliente,<br>sul tuo conto Fineco è stato accreditato un bonifico.</p>' + kv_table(rows) +
        '<p style="font-size:11px;color:#777">FinecoBank S.p.A. - Questa email è stata inviata automaticamente. Per assistenza accedi all\'area riservata.</p></div>')
mh, mb = bank_alt(plain, html, cte="base64")
machine(L("payment-notification", "Fineco incoming transfer, base64 bodies; causale 'fatt 55' = invoice 55/2026.",
          amount="732.00", reference="55/2026"),
        "Fineco <noreply@finecobank.com>", "davide@espositodev.it", "2026-12-16 13:52",
        "Bonifico in entrata sul tuo conto", mh, mb)

# -- BancoPosta ------------------------------------------------------------------------------------
plain = """Poste Italiane

Gentile Cliente,

ti informiamo che il giorno 26/11/2026 sul tuo Conto BancoPosta è stato accreditato un bonifico di 1.040,00 euro.

Ordinante: BERTI ROSSANA
Descrizione: PAGAMENTO PARCELLA ARCH CONTI

Il saldo aggiornato è disponibile sull'App BancoPosta e su poste.it.

Cordiali saluti,
Poste Italiane

Questa e-mail è generata automaticamente: ti preghiamo di non rispondere.
Poste Italiane non ti chiederà mai i codici di accesso o di sicurezza tramite e-mail, SMS o telefonate.
"""
html = ('<table width="600" style="font-family:Arial;font-size:14px"><tr><td style="background:#FFD200;padding:12px"><b>Poste Italiane</b></td></tr>'
        '<tr><td style="padding:16px">' + html_plain_paras(plain.split("\n", 2)[2]) + '</td></tr></table>')
mh, mb = bank_alt(plain, html)
machine(L("payment-notification", "BancoPosta credit notice; description has no invoice number.", amount="1040.00"),
        "Poste Italiane <noreply@posteitaliane.it>", "studio@giuliaconti-architetto.it", "2026-11-27 06:15",
        "Accredito sul tuo Conto BancoPosta", mh, mb)

# -- Satispay --------------------------------------------------------------------------------------
plain = """Hai ricevuto 150,00 €

Giorgia F. ti ha inviato 150,00 €
Messaggio: "logo laboratorio 🏺 grazie!!"

9 novembre 2026, 19:27

Il denaro è già disponibile nel tuo saldo Satispay.

Satispay Europe S.A. - Sede legale 5, avenue de la Gare, L-1610 Lussemburgo
Hai ricevuto questa email perché hai attivato le notifiche via email. Gestisci le preferenze dall'app.
"""
html = ('<div style="font-family:-apple-system,Helvetica,Arial,sans-serif;text-align:center;color:#222">'
        '<div style="color:#F04E3E;font-size:26px;font-weight:bold">satispay</div>'
        '<h1 style="font-size:28px">Hai ricevuto 150,00 €</h1><p><b>Giorgia F.</b> ti ha inviato 150,00 €</p>'
        '<p style="background:#f4f4f4;border-radius:12px;padding:10px">"logo laboratorio 🏺 grazie!!"</p>'
        '<p>9 novembre 2026, 19:27</p><p>Il denaro è già disponibile nel tuo saldo Satispay.</p>'
        '<p style="font-size:10px;color:#999">Satispay Europe S.A. - Sede legale 5, avenue de la Gare, L-1610 Lussemburgo<br>'
        'Hai ricevuto questa email perché hai attivato le notifiche via email. Gestisci le preferenze dall\'app.</p></div>')
mh, mb = bank_alt(plain, html)
machine(L("payment-notification", "Satispay P2P money received, with the payer's emoji message.", amount="150.00"),
        "Satispay <noreply@satispay.com>", "alessandra@example.it", "2026-11-09 19:28",
        "Hai ricevuto 150,00 €", mh, mb, extra=[("List-Unsubscribe", "<https://www.satispay.com/unsubscribe>")])

# -- Banco BPM: instant transfer -------------------------------------------------------------------
plain = """Banco BPM - YouWeb

Gentile cliente,
le comunichiamo l'accredito di un bonifico istantaneo sul rapporto 3456/0000012345.

Importo:           EUR 610,00
Ordinante:         NERI EVENTI DI NERI FRANCESCA
Causale:           FT 3 2027 CONSULENZA
Data e ora:        21/01/2027 09:58:12
Identificativo:    IST2701210958PX44021

Cordiali saluti
Banco BPM S.p.A.

Messaggio automatico. Non rispondere a questo indirizzo.
"""
mh, mb = leaf("text/plain", plain, charset="utf-8", cte="7bit")
machine(L("payment-notification", "Banco BPM instant transfer credited, fixed-width plain text; causale 'FT 3 2027'.",
          amount="610.00", reference="3/2027"),
        "Banco BPM <comunicazioni@bancobpm.it>", "chiara.lombardi@lombardiconsulting.it", "2027-01-21 09:58",
        "Accredito bonifico istantaneo", mh, mb)

# -- auto-reply: Outlook out-of-office, RFC 3834 headers, return date ------------------------------
plain = """Grazie per il Suo messaggio.

Sono fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta elettronica. Per questioni amministrative urgenti può rivolgersi a contabilita@ravellicarta.it o al numero 0341 554 200.

Cordiali saluti
Federica Sangalli
Ravelli Carta S.p.A.
"""
mh, mb = bank_alt(plain, html_outlook_body(plain))
machine(L("auto-reply", "Outlook out-of-office with Auto-Submitted: 'fino al 6 gennaio compreso' -> back 7 Jan.",
          return_date="2027-01-07"),
        "Federica Sangalli <f.sangalli@ravellicarta.it>", "Marco Ferri <marco@ferritraduzioni.it>", "2026-12-22 09:00",
        "Risposta automatica: Sollecito fattura n. 58/2026", mh, mb,
        extra=[("In-Reply-To", msgid("ferritraduzioni.it", "rem-ravelli")), ("Auto-Submitted", "auto-replied"),
               ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "f.sangalli@ravellicarta.it"),
               ("Content-Language", "it-IT")], crlf=True)

# -- auto-reply without RFC 3834 headers, return on a weekday date ---------------------------------
plain = """Buongiorno,
lo studio rimarrà chiuso per le festività natalizie. Rientrerò lunedì 11 gennaio e risponderò a tutte le mail in ordine di arrivo.
Per urgenze: 339 4412 908.
Buone feste!
Arch. Daniele Tosi
"""
mh, mb = leaf("text/plain", plain, cte="8bit")
machine(L("auto-reply", "Holiday auto-reply with no Auto-Submitted/X-Autoreply header (only the wording tells); "
          "'Rientrerò lunedì 11 gennaio' -> 2027-01-11.", return_date="2027-01-11"),
        "Daniele Tosi <daniele@tosistudio.it>", "Giulia Conti <studio@giuliaconti-architetto.it>", "2026-12-28 09:01",
        "Re: Fattura n. 2026/34 in scadenza", mh, mb,
        extra=[("In-Reply-To", msgid("giuliaconti-architetto.it", "rem-tosi")), ("X-Mailer", "Roundcube Webmail/1.6.9")])

# -- auto-reply: Gmail vacation, no date -----------------------------------------------------------
plain = """Ciao! Sono in ferie con accesso limitato alla posta, risponderò al mio rientro.
Per il negozio potete chiamare Elisa al 081 552 3390.
Stefano
"""
mh, mb = bank_alt(plain, html_gmail_body(plain.strip()), cte="quoted-printable")
machine(L("auto-reply", "Gmail vacation responder, no return date."),
        "Stefano Esposito <stefanoesposito.shop@gmail.com>", "davide@espositodev.it", "2026-12-29 15:44",
        "In ferie", mh, mb,
        extra=[("In-Reply-To", msgid("espositodev.it", "rem-stefano")), ("Auto-Submitted", "auto-replied"),
               ("Precedence", "bulk")])

# -- auto-reply: mailbox no longer in use ----------------------------------------------------------
plain = """ATTENZIONE: questa casella di posta non è più attiva.

Dal 1° dicembre 2026 la Società ha cambiato dominio. Il Suo messaggio NON è stato inoltrato.
Per l'amministrazione scrivere a: amministrazione@nuovagalvanica.com
Per l'ufficio tecnico: tecnico@nuovagalvanica.com

Nuova Galvanica Bresciana S.r.l.
"""
mh, mb = leaf("text/plain", plain, charset="iso-8859-1", cte="quoted-printable")
machine(L("auto-reply", "Auto-reply 'casella non più attiva' with X-Autoreply; points to a new address."),
        "amministrazione@galvanicabresciana.it", "chiara.lombardi@lombardiconsulting.it", "2027-01-19 09:00",
        "Casella non più attiva - Re: Sollecito fattura n. 55/2026", mh, mb,
        extra=[("X-Autoreply", "yes"), ("X-Autorespond", "yes"),
               ("In-Reply-To", msgid("lombardiconsulting.it", "rem-galvanica"))])

# -- bounce: Aruba outbound relay, permanent -------------------------------------------------------
orig = (f"Return-Path: <studio@giuliaconti-architetto.it>\nDate: {format_datetime(mk_date('2026-12-02 09:00', 'Europe/Rome'))}\n"
        "From: Giulia Conti <studio@giuliaconti-architetto.it>\nTo: amministrazione@edilfiorentina.it\n"
        "Subject: Sollecito fattura n. 2026/11\nMessage-ID: " + msgid("giuliaconti-architetto.it", "rem-edilfiorentina") +
        "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n")
human = """This is the mail system at host smtpdh14.ad.aruba.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<amministrazione@edilfiorentina.it>: host mx.edilfiorentina.it[93.62.140.18]
    said: 550 5.1.1 <amministrazione@edilfiorentina.it>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
status = """Reporting-MTA: dns; smtpdh14.ad.aruba.it
X-Postfix-Queue-ID: 4dKx2B0qZHz1Rt4
X-Postfix-Sender: rfc822; studio@giuliaconti-architetto.it
Arrival-Date: Wed,  2 Dec 2026 09:00:03 +0100 (CET)

Final-Recipient: rfc822; amministrazione@edilfiorentina.it
Original-Recipient: rfc822;amministrazione@edilfiorentina.it
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.edilfiorentina.it
Diagnostic-Code: smtp; 550 5.1.1 <amministrazione@edilfiorentina.it>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
mh, mb = multipart("report", [leaf("text/plain", human, charset="us-ascii", cte="7bit",
                                   extra=["Content-Description: Notification"]),
                              leaf("message/delivery-status", data=status.encode(), cte="7bit",
                                   extra=["Content-Description: Delivery report"]),
                              leaf("text/rfc822-headers", data=orig.encode(), cte="8bit",
                                   extra=["Content-Description: Undelivered Message Headers"])],
                   params="; report-type=delivery-status")
machine(L("bounce", "Postfix DSN from Aruba's outbound relay: 550 5.1.1 user unknown.",
          failed_recipient="amministrazione@edilfiorentina.it", permanent=True),
        "MAILER-DAEMON@smtpdh14.ad.aruba.it (Mail Delivery System)", "studio@giuliaconti-architetto.it",
        "2026-12-02 09:00", "Undelivered Mail Returned to Sender", mh, mb, mid_domain="smtpdh14.ad.aruba.it",
        extra=[("Auto-Submitted", "auto-replied")])

# -- bounce: delayed, Italian-localised notice, mailbox full ---------------------------------------
orig = (f"Date: {format_datetime(mk_date('2027-01-25 09:00', 'Europe/Rome'))}\nFrom: Marco Ferri <marco@ferritraduzioni.it>\n"
        "To: Carla Bosio <carla.bosio@libero.it>\nSubject: Fattura n. 59/2026 in scadenza\nMessage-ID: "
        + msgid("ferritraduzioni.it", "rem-bosio") + "\n")
human = """Questo è il sistema di posta del server smtp.register.it.

#################################################################
# QUESTO È SOLO UN AVVISO. NON È NECESSARIO REINVIARE IL MESSAGGIO. #
#################################################################

Il messaggio non è ancora stato recapitato a uno o più destinatari
dopo più di 24 ore nella coda di invio. Il sistema continuerà a
tentare la consegna per altri 4 giorni.

Se il messaggio non potrà essere consegnato, riceverai un nuovo avviso.

<carla.bosio@libero.it>: host smtp-in.libero.it[213.209.1.129] said: 452 4.2.2
    Mailbox full / casella piena (in reply to RCPT TO command)
"""
status = """Reporting-MTA: dns; smtp.register.it
Arrival-Date: Mon, 25 Jan 2027 09:00:05 +0100 (CET)

Final-Recipient: rfc822; carla.bosio@libero.it
Action: delayed
Status: 4.2.2
Remote-MTA: dns; smtp-in.libero.it
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full / casella piena
Will-Retry-Until: Sat, 30 Jan 2027 09:00:05 +0100 (CET)
"""
mh, mb = multipart("report", [leaf("text/plain", human, charset="utf-8", cte="8bit",
                                   extra=["Content-Description: Notification"]),
                              leaf("message/delivery-status", data=status.encode(), cte="7bit",
                                   extra=["Content-Description: Delay report"]),
                              leaf("text/rfc822-headers", data=orig.encode(), cte="7bit",
                                   extra=["Content-Description: Undelivered Message Headers"])],
                   params="; report-type=delivery-status")
machine(L("bounce", "Delay warning (Action: delayed, 452 4.2.2 mailbox full) in Italian: temporary.",
          failed_recipient="carla.bosio@libero.it", permanent=False),
        "MAILER-DAEMON@smtp.register.it (Sistema di posta)", "marco@ferritraduzioni.it",
        "2027-01-26 09:14", "Avviso di ritardo nella consegna (Delayed Mail)", mh, mb, mid_domain="smtp.register.it",
        extra=[("Auto-Submitted", "auto-replied")])

# -- other: SdI rejection via Aruba e-invoicing ---------------------------------------------------
plain = """Gentile Cliente,

ti informiamo che il Sistema di Interscambio (SdI) ha inviato una Notifica di Scarto (NS) per la seguente fattura:

Numero fattura: 8/2027
Data fattura: 08/02/2027
Destinatario: CIRILLO TRASPORTI SRL
Identificativo SdI: 14738291056
Codice errore: 00305 - IdFiscaleIVA del CessionarioCommittente non valido

La fattura scartata si considera non emessa. Puoi correggerla e reinviarla entro 5 giorni dalla data della notifica mantenendo lo stesso numero e la stessa data.

Accedi al pannello di Fatturazione Elettronica per visualizzare il dettaglio.

Cordiali saluti,
Aruba PEC S.p.A. - Servizio Fatturazione Elettronica
Questo messaggio è stato generato automaticamente. Non rispondere a questa email.
"""
mh, mb = bank_alt(plain, '<div style="font-family:Arial;font-size:14px">' + html_plain_paras(plain) + '</div>')
machine(L("other", "E-invoicing service: SdI 'Notifica di Scarto' for an invoice - neither a payment nor a reply.",
          reference="8/2027"),
        "Fatturazione Elettronica Aruba <noreply@fatturazioneelettronica.aruba.it>", "davide@espositodev.it",
        "2027-02-09 11:20", "Notifica di scarto - Fattura n. 8/2027", mh, mb)

# -- other: outgoing transfer made by the freelancer (BPER) ----------------------------------------
rows = [("Importo", "EUR 384,30"), ("Beneficiario", "CARTOTECNICA EMILIANA SRL"), ("IBAN beneficiario", "IT12 A053 8712 9000 0000 1234 567"),
        ("Causale", "Saldo fattura 1187 del 30/11/2026"), ("Data esecuzione", "14/12/2026"), ("CRO/TRN", "0538712900461207482160012900IT")]
plain = ("Gentile Cliente,\nle confermiamo che la disposizione di bonifico da lei inserita tramite Smart Web è stata eseguita.\n\n" +
         "\n".join(f"{k}: {v}" for k, v in rows) + "\n\nBPER Banca S.p.A.\nMessaggio automatico, non rispondere.")
html = ('<div style="font-family:Arial;font-size:14px"><div style="background:#005A8C;color:#fff;padding:8px">BPER Banca</div>'
        '<p>Gentile Cliente,<br>le confermiamo che la disposizione di bonifico da lei inserita tramite Smart Web è stata eseguita.</p>'
        + kv_table(rows) + '<p style="font-size:11px;color:#777">BPER Banca S.p.A. - Messaggio automatico, non rispondere.</p></div>')
mh, mb = bank_alt(plain, html)
machine(L("other", "BPER confirms an OUTGOING transfer the freelancer made to her own supplier - not money in."),
        "BPER Banca <noreply@bper.it>", "alessandra@example.it", "2026-12-14 10:02",
        "Bonifico eseguito", mh, mb)


# ==================================================================================================
# Write the files
# ==================================================================================================
KEY_ORDER = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
             "failed_recipient", "permanent", "note"]


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{s}"'


def main():
    order = list(range(len(MESSAGES)))
    random.Random(20261101).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# round9-it: hand-written Italian replies and machine mail for mailduns (labels by the writer).", ""]
    names = []
    for i, idx in enumerate(order, 1):
        raw, lab = MESSAGES[idx]
        name = f"{PREFIX}-{i:04d}.eml"
        names.append(name)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        out.append(f'[files."{name}"]')
        for k in KEY_ORDER:
            if k in lab:
                out.append(f"{k} = {toml_value(lab[k])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    # sanity check: every file parses and has the basic headers
    bad = 0
    for name in names:
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not msg[h]:
                print(f"{name}: missing {h}")
                bad += 1
        _ = msg["Date"].datetime
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None and msg.get_content_type() != "multipart/report":
            print(f"{name}: no body")
            bad += 1
        elif body is not None:
            body.get_content()
    try:
        import tomllib
        with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
            labels = tomllib.load(fh)["files"]
        assert len(labels) == len(names)
    except ImportError:
        pass
    from collections import Counter
    print(f"wrote {len(names)} messages; problems: {bad}")
    print(Counter(l["kind"] for _, l in MESSAGES))
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
