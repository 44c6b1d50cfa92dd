#!/usr/bin/env python3
"""Round 10, Italian client voices: generates r10i-NNNN.eml and labels.toml.

Every message body below is written by hand. Only the MIME plumbing, the HTML skeletons,
the DSN wrappers and the quoted mailduns letters (rendered like templates/it/*.txt.j2) are
generated. Python 3.11, stdlib only. Run: python3 make.py
"""
import base64
import email
import email.policy
import hashlib
import html
import json
import os
import quopri
import random
import sys
import textwrap
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r10i"

# --------------------------------------------------------------------------------------------
# The mailbox owners (freelancers). Each numbers invoices in one style.
# --------------------------------------------------------------------------------------------
OWNERS = {
    # graphic designer, Milano: N/2026
    "A": dict(name="Alessandra Rossi", addr="alessandra@example.it",
              iban="IT60 X054 2811 1010 0000 0123 456"),
    # translator, Torino: N/2026
    "G": dict(name="Giulia Ferraro", addr="giulia@ferrarotraduzioni.it",
              iban="IT02 L030 6909 6061 0000 0117 305"),
    # photographer / video, Napoli: 2026/NN
    "D": dict(name="Davide Esposito", addr="davide@espositofoto.it",
              iban="IT45 R033 5901 6001 0000 0064 218"),
    # web developer / IT support, Cagliari: N/2026 (no payment block configured)
    "M": dict(name="Marco Pinna", addr="marco@pinnaweb.it", iban=None),
    # social media / communication, Mestre: N/2026
    "E": dict(name="Elena Zanon", addr="elena@zanonstudio.it",
              iban="IT91 B062 2502 0001 0000 0471 820"),
    # engineer (safety, energy certificates), Bari: N/2026
    "N": dict(name="Nicola Lorusso", addr="studio@ingnicolalorusso.it",
              iban="IT18 P010 0504 0020 0000 0012 977"),
    # trainer (courses: HACCP, safety), Palermo: N/2026
    "F": dict(name="Francesca Lo Bianco", addr="francesca@lobiancoformazione.it",
              iban="IT77 C020 0804 6820 0010 4512 338"),
}

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]
MESI3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
GIORNI3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]


def _d(s):
    return datetime.strptime(s, "%Y-%m-%d")


def d_it(s):
    d = _d(s)
    day = "1°" if d.day == 1 else str(d.day)
    return f"{day} {MESI[d.month - 1]} {d.year}"


def art(s, a="il"):
    d = _d(s)
    if a == "il":
        return ("l'" if d.day in (8, 11) else "il ") + d_it(s)
    if a == "del":
        return ("dell'" if d.day in (8, 11) else "del ") + d_it(s)
    if a == "dal":
        return ("dall'" if d.day in (8, 11) else "dal ") + d_it(s)
    raise ValueError(a)


# --------------------------------------------------------------------------------------------
# The letters mailduns sends (rendered like templates/it/*.txt.j2), for quoting.
# --------------------------------------------------------------------------------------------
def payment_block(o, inv, several=False):
    if o["iban"]:
        return ("Per il pagamento:\n"
                f"- beneficiario: {o['name']}\n"
                f"- IBAN: {o['iban']}\n"
                f"- causale: Fattura n. {inv}")
    if several:
        return "Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate."
    return "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione."


def letter(step, o, sal, inv, amount=None, due=None, sent=None, issue=None, deadline=None,
           promise=None, claim=None, paid_on=None, fees=None, invoices=None, text=None,
           suspension=None):
    """Return the body of the letter the owner (or mailduns) sent."""
    am = f" di {amount}" if amount else ""
    pay = payment_block(o, inv)
    sign = f"Cordiali saluti,\n{o['name']}"
    if step == "invoice":
        return text or (f"{sal}\n\nin allegato la fattura n. {inv}{am}"
                        f"{', con scadenza ' + art(due) if due else ''}.\n\n"
                        f"Resto a disposizione per qualsiasi chiarimento.\n\n{sign}")
    if step == "courtesy":
        iss = f", emessa {art(issue)}," if issue else ""
        return (f"{sal}\n\nun breve promemoria: la fattura n. {inv}{am}{iss} è in scadenza {art(due)}.\n\n"
                "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\n{sign}")
    if step == "due":
        return (f"{sal}\n\nun promemoria: la fattura n. {inv}{am} è scaduta {art(due)}. Se il pagamento non è "
                "ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\n{sign}")
    if step == "reminder":
        return (f"{sal}\n\nda un controllo la fattura n. {inv}{am}, scaduta {art(due)}, risulta ancora da saldare. "
                "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
                f"{pay}\n\n{sign}")
    if step == "late_fee":
        days = (_d(sent[:10]) - _d(due)).days
        feetxt = ""
        if fees:
            feetxt = ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
                      "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono "
                      "gli interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
                      f"percentuali, attualmente {fees['rate']} annuo) ed è dovuto l'importo forfettario di 40,00 € a "
                      "titolo di risarcimento dei costi di recupero (art. 6).\n\nAd oggi l'importo dovuto è il seguente:\n"
                      + "\n".join("- " + l for l in fees["lines"]) + "\n\n")
        return (f"{sal}\n\nla fattura n. {inv}{am}, scaduta {art(due)}, risulta ancora da saldare: sono trascorsi "
                f"{days} giorni dalla scadenza.\n\n{feetxt}"
                f"Chiedo cortesemente di provvedere al pagamento{' dell’importo totale'.replace('’', chr(39)) if fees else ''} entro {art(deadline)}. "
                "Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un "
                "problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta "
                f"rispondere a questa email.\n\n{pay}\n\n{sign}")
    if step == "final":
        iss = " " + art(issue, "del") if issue else ""
        return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {inv}{iss}\n\n{sal}\n\n"
                f"la fattura n. {inv}{am}, scaduta {art(due)}, risulta ancora da saldare nonostante i precedenti solleciti.\n\n"
                f"Con la presente chiedo formalmente il pagamento di {amount} entro {art(deadline)}. La presente vale "
                "quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai "
                "fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi "
                "competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico "
                "del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono "
                "disponibile a parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi "
                f"la data del bonifico, così da poterlo verificare.\n\n{pay}\n\n{sign}")
    if step == "suspension":
        return (f"{sal}\n\ntorno a scrivere in merito alla fattura n. {inv}{am}, scaduta {art(due)}, che risulta ancora da saldare.\n\n"
                f"In mancanza del pagamento entro {art(deadline)}, {art(suspension, 'dal')} potrebbe essere necessario "
                "sospendere le attività in corso e i servizi da me forniti fino alla regolarizzazione. Preferirei "
                "evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, possiamo concordare una "
                f"soluzione; basta rispondere a questa email.\n\n{pay}\n\n{sign}")
    if step == "promise_followup":
        if promise:
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv}{am} sarebbe "
                     f"stato effettuato entro {art(promise)}.")
        else:
            first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {inv}{am}, scaduta {art(due)}.")
        return (f"{sal}\n\n{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, "
                "basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo "
                f"di farmi sapere entro quando posso aspettarlo.\n\n{pay}\n\n{sign}")
    if step == "paid_claim_followup":
        c = f" {art(claim)}" if claim else ""
        p = f" (con bonifico disposto {art(paid_on)})" if paid_on else ""
        corr = ""
        if o["iban"]:
            corr = ("Per un confronto, riporto le coordinate corrette:\n"
                    f"- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- causale: Fattura n. {inv}\n\n")
        return (f"{sal}\n\ngrazie per avermi comunicato{c} che la fattura n. {inv}{am} è stata pagata{p}.\n\n"
                "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede "
                "qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, "
                "chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di "
                f"inoltrarmi la contabile.\n\n{corr}Se il bonifico è stato disposto da pochi giorni, potrebbe "
                "semplicemente essere ancora in lavorazione: in tal caso mi basta una breve conferma. Grazie per la "
                f"collaborazione.\n\n{sign}")
    if step == "statement":
        lines = []
        total = 0.0
        for num, amt, due_i in invoices:
            dl = (_d(sent[:10]) - _d(due_i)).days
            g = "giorno" if dl == 1 else "giorni"
            lines.append(f"- n. {num}, scaduta {art(due_i)} ({dl} {g} di ritardo): {amt}")
            total += float(amt.replace(".", "").replace(",", ".").replace(" €", ""))
        tot = f"{total:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " €"
        return (f"{sal}\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n" + "\n".join(lines) +
                f"\n\nTotale da pagare: {tot}\n\nChiedo cortesemente di provvedere al pagamento entro {art(deadline)}. "
                "Se alcune di queste fatture sono già state pagate, basta rispondere indicando quali e la data del "
                "bonifico, così aggiorno la mia contabilità. Se c'è un problema con una fattura, possiamo trovare "
                "insieme una soluzione: basta rispondere a questa email.\n\n"
                + payment_block(o, invoices[0][0], several=True).replace(
                    f"- causale: Fattura n. {invoices[0][0]}",
                    "- causale: Fatture n. " + ", ".join(i[0] for i in invoices)) + f"\n\n{sign}")
    raise ValueError(step)


SUBJECTS = {
    "invoice": "Fattura n. {inv}",
    "courtesy": "Promemoria: fattura n. {inv} in scadenza",
    "due": "Fattura n. {inv} scaduta",
    "reminder": "Sollecito fattura n. {inv}",
    "late_fee": "Secondo sollecito: fattura n. {inv}",
    "final": "Diffida di pagamento – fattura n. {inv}",
    "suspension": "Fattura n. {inv}: avviso di sospensione",
    "promise_followup": "Fattura n. {inv}: aggiornamento sul pagamento",
    "paid_claim_followup": "Fattura n. {inv}: pagamento non ancora ricevuto",
    "statement": "Riepilogo fatture da saldare",
}


class Orig:
    """The message being replied to."""

    def __init__(self, owner, to_name, to_addr, step, inv, sent, tz="Europe/Rome", subject=None, sal=None, **kw):
        o = OWNERS[owner]
        self.owner = o
        self.frm_name, self.frm_addr = o["name"], o["addr"]
        self.to_name, self.to_addr = to_name, to_addr
        self.dt = datetime.strptime(sent, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
        self.subject = subject or SUBJECTS[step].format(inv=inv)
        if sal is None:
            sal = f"Gentile {to_name}," if to_name else "Buongiorno,"
        self.text = letter(step, o, sal, inv, sent=sent, **kw)
        h = hashlib.sha1(f"{owner}{inv}{sent}{step}".encode()).hexdigest()
        self.msgid = f"<mailduns.{h[:20]}@{o['addr'].split('@')[1]}>"
        self.references = [self.msgid]


def O(*a, **kw):
    return Orig(*a, **kw)


# --------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------
def _gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def quote(style, orig):
    dt = orig.dt
    fa = f"{orig.frm_name} <{orig.frm_addr}>"
    to = f"{orig.to_name} <{orig.to_addr}>" if orig.to_name else orig.to_addr
    hm = dt.strftime("%H:%M")
    wd, mon = dt.weekday(), dt.month - 1
    if style == "gmail":
        return (f"Il giorno {GIORNI3[wd]} {dt.day} {MESI3[mon]} {dt.year} alle ore {hm} {fa} ha scritto:\n\n"
                + _gt(orig.text))
    if style == "apple":
        return (f"Il giorno {dt.day} {MESI3[mon]} {dt.year}, alle ore {hm}, {fa} ha scritto:\n\n" + _gt(orig.text))
    if style == "outlook":
        return ("________________________________\n"
                f"Da: {fa}\nInviato: {GIORNI[wd]} {dt.day} {MESI[mon]} {dt.year} {hm}\nA: {to}\n"
                f"Oggetto: {orig.subject}\n\n" + orig.text)
    if style == "outlook2":  # desktop Outlook with Cc line, no rule
        return (f"Da: {fa} \nInviato: {GIORNI[wd]} {dt.day} {MESI[mon]} {dt.year} {hm}\nA: {to}\n"
                f"Oggetto: {orig.subject}\n\n" + orig.text)
    if style == "msgorig":
        return ("-----Messaggio originale-----\n"
                f"Da: {orig.frm_name} [mailto:{orig.frm_addr}] \n"
                f"Inviato: {GIORNI[wd]} {dt.day} {MESI[mon]} {dt.year} {dt.hour}:{dt.minute:02d}\n"
                f"A: {to}\nOggetto: {orig.subject}\n\n" + orig.text)
    if style == "libero":
        return ("----Messaggio originale----\n"
                f"Da: {orig.frm_addr}\nData: {dt.day:02d}/{dt.month:02d}/{dt.year} {dt.hour}.{dt.minute:02d}\n"
                f"A: <{orig.to_addr}>\nOgg: {orig.subject}\n\n" + orig.text)
    if style == "roundcube":  # Aruba webmail
        return (f"Il {dt.year}-{dt.month:02d}-{dt.day:02d} {hm} {orig.frm_name} ha scritto:\n" + _gt(orig.text))
    if style == "thunderbird":
        return (f"Il {dt.day:02d}/{dt.month:02d}/{str(dt.year)[2:]} {hm}, {orig.frm_name} ha scritto:\n" + _gt(orig.text))
    if style == "samsung":
        return ("\n\n-------- Messaggio originale --------\n"
                f"Da: {fa} \nData: {dt.day:02d}/{dt.month:02d}/{str(dt.year)[2:]} {hm} (GMT+01:00) \n"
                f"A: {to} \nOggetto: {orig.subject} \n\n" + orig.text)
    if style == "forward":
        return ("---------- Forwarded message ---------\n"
                f"Da: {fa}\nDate: {GIORNI3[wd]} {dt.day} {MESI3[mon]} {dt.year} alle ore {hm}\n"
                f"Subject: {orig.subject}\nTo: {to}\n\n\n" + orig.text)
    raise ValueError(style)


def quote_html(style, orig):
    dt = orig.dt
    fa = html.escape(f"{orig.frm_name} <{orig.frm_addr}>")
    to = html.escape(f"{orig.to_name} <{orig.to_addr}>" if orig.to_name else orig.to_addr)
    body = text_to_html(orig.text)
    hm = dt.strftime("%H:%M")
    wd, mon = dt.weekday(), dt.month - 1
    if style in ("gmail", "apple", "thunderbird", "roundcube", "libero", "samsung"):
        return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Il giorno '
                f'{GIORNI3[wd]} {dt.day} {MESI3[mon]} {dt.year} alle ore {hm} {fa} ha scritto:<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                f'rgb(204,204,204);padding-left:1ex">{body}</blockquote></div>')
    # outlook / msgorig
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal"><b>Da:</b> {fa}<br><b>Inviato:</b> {GIORNI[wd]} {dt.day} {MESI[mon]} '
            f'{dt.year} {hm}<br><b>A:</b> {to}<br><b>Oggetto:</b> {html.escape(orig.subject)}</p></div>'
            f'<p class="MsoNormal">&nbsp;</p>{body}')


def text_to_html(text, p_class=None):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = "<br>\n".join(html.escape(l) for l in para.split("\n"))
        if p_class:
            out.append(f'<p class="{p_class}">{lines}</p>')
        else:
            out.append(f"<div>{lines}</div><div><br></div>")
    return "\n".join(out)


def html_doc(body_html, flavour="gmail"):
    if flavour == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
                'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style></head>'
                '<body lang="IT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
                f'<div class="WordSection1">{body_html}</div></body></html>')
    if flavour == "plain":
        return f"<html><head><meta charset=\"utf-8\"></head><body>{body_html}</body></html>"
    return f'<div dir="ltr">{body_html}</div>'


# --------------------------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------------------------
def enc_body(text, charset, cte, encode_as=None):
    raw = text.encode(encode_as or charset)
    if cte == "qp":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        body = raw.decode("ascii")
    else:  # 8bit
        body = raw.decode(encode_as or charset)
    return body, raw


def leaf(ctype, text, charset="utf-8", cte="qp", encode_as=None, extra=""):
    body, raw = enc_body(text, charset, cte, encode_as)
    if cte == "8bit":
        head = f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: 8bit\n{extra}\n"
        return head.encode("ascii") + raw + b"\n"
    cte_name = {"qp": "quoted-printable", "base64": "base64", "7bit": "7bit"}[cte]
    head = f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte_name}\n{extra}\n"
    return (head + body + ("\n" if not body.endswith("\n") else "")).encode("ascii")


def attachment(filename, ctype, data, inline=False):
    b = base64.encodebytes(data).decode("ascii")
    disp = "inline" if inline else "attachment"
    return (f"Content-Type: {ctype}; name=\"{filename}\"\nContent-Disposition: {disp}; filename=\"{filename}\"\n"
            f"Content-Transfer-Encoding: base64\n\n{b}").encode("ascii")


def multipart(subtype, parts, boundary, params=""):
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{params}\n\n".encode("ascii")]
    for p in parts:
        out.append(f"--{boundary}\n".encode("ascii"))
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
    out.append(f"--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length " + str(len(t) + 30).encode() + b" >>\nstream\nBT /F1 12 Tf 72 770 Td (" + t +
            b") Tj ET\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def fake_png(seed):
    import struct
    import zlib
    w, h = 8, 8
    rnd = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(rnd.randrange(256) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


MUA = {
    "gmail": ("", lambda r: f"<CA{r.choice(['F','K','G','P'])}{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=') for _ in range(44))}@mail.gmail.com>"),
    "outlook": ("X-Mailer: Microsoft Outlook 16.0\nThread-Index: AQHb{tid}\nContent-Language: it\n",
                lambda r: f"<{''.join(r.choice('0123456789abcdef') for _ in range(12))}$"
                          f"{''.join(r.choice('0123456789abcdef') for _ in range(8))}$"
                          f"{''.join(r.choice('0123456789abcdef') for _ in range(8))}@{{dom}}>"),
    "o365": ("Thread-Topic: {subj}\nThread-Index: AQHb{tid}\nContent-Language: it-IT\nX-MS-Has-Attach: \n",
             lambda r: f"<{r.choice(['AM9PR','DB8PR','PA4PR','VI1PR'])}0{r.randrange(1,9)}MB{r.randrange(1000,9999)}"
                       f"{''.join(r.choice('0123456789ABCDEF') for _ in range(12))}@"
                       f"{r.choice(['AM9PR','DB8PR','PA4PR','VI1PR'])}0{r.randrange(1,9)}MB{r.randrange(1000,9999)}.eurprd0{r.randrange(1,9)}.prod.outlook.com>"),
    "libero": ("X-Mailer: Libero Mail\n", lambda r: f"<{r.randrange(10**9, 10**10)}.{r.randrange(10**5, 10**6)}.{r.randrange(10**12, 10**13)}@libero.it>"),
    "virgilio": ("X-Mailer: Virgilio Mail\n", lambda r: f"<{r.randrange(10**9, 10**10)}.{r.randrange(10**5, 10**6)}.{r.randrange(10**12, 10**13)}@virgilio.it>"),
    "aruba": ("User-Agent: Roundcube Webmail/1.6.9\n", lambda r: f"<{''.join(r.choice('0123456789abcdef') for _ in range(32))}@{{dom}}>"),
    "iphone": ("X-Mailer: iPhone Mail (22C152)\n", lambda r: f"<{''.join(r.choice('0123456789ABCDEF') for _ in range(8))}-{''.join(r.choice('0123456789ABCDEF') for _ in range(4))}-{''.join(r.choice('0123456789ABCDEF') for _ in range(4))}-{''.join(r.choice('0123456789ABCDEF') for _ in range(12))}@{{dom}}>"),
    "apple": ("X-Mailer: Apple Mail (2.3826.300.87.4.3)\n", lambda r: f"<{''.join(r.choice('0123456789ABCDEF') for _ in range(8))}-{''.join(r.choice('0123456789ABCDEF') for _ in range(4))}-{''.join(r.choice('0123456789ABCDEF') for _ in range(12))}@{{dom}}>"),
    "thunderbird": ("User-Agent: Mozilla Thunderbird\n", lambda r: f"<{''.join(r.choice('0123456789abcdef') for _ in range(8))}-{''.join(r.choice('0123456789abcdef') for _ in range(4))}-{''.join(r.choice('0123456789abcdef') for _ in range(12))}@{{dom}}>"),
    "android": ("", lambda r: f"<{''.join(r.choice('0123456789abcdef') for _ in range(24))}@email.android.com>"),
    "generic": ("", lambda r: f"<{r.randrange(10**11, 10**12)}.{r.randrange(1000, 9999)}@{{dom}}>"),
}

MESSAGES = []


def add(kind, **kw):
    kw["kind"] = kind
    MESSAGES.append(kw)


def build(i, m):
    """Build one client / human message."""
    r = random.Random(f"r10i-{i}")
    frm_name, frm_addr = m["frm"]
    dom = frm_addr.split("@")[1]
    tz = m.get("tz", "Europe/Rome")
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    dt = dt.replace(second=r.randrange(60))
    orig = m.get("orig")
    owner = OWNERS[m["owner"]]
    mua = m.get("mua", "gmail")
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "qp")
    hcharset = "iso-8859-1" if charset in ("iso-8859-1", "windows-1252") else "utf-8"
    body = m["body"].strip("\n") + "\n"
    qs = m.get("q", "gmail" if orig else None)
    if orig and qs and qs != "none":
        qt = quote(qs, orig)
        if "{Q}" in body:
            text = body.replace("{Q}", qt)
        else:
            text = body + ("\n" if qs in ("outlook", "msgorig", "outlook2", "libero", "samsung") else "\n") + qt + "\n"
    else:
        text = body.replace("{Q}\n", "").replace("{Q}", "")
    hmode = m.get("html", "none")
    flavour = "outlook" if mua in ("outlook", "o365") else "gmail"
    if hmode != "none":
        hb = m.get("html_body")
        if hb is None:
            hb = text_to_html(body.replace("{Q}", "").strip("\n"), p_class="MsoNormal" if flavour == "outlook" else None)
        if orig and qs and qs != "none":
            hb = hb + quote_html(qs, orig)
        hdoc = html_doc(hb, m.get("html_flavour", flavour))
    enc_as = m.get("encode_as")
    b1 = "----=_Part_" + hashlib.md5(f"{i}a".encode()).hexdigest()[:16]
    b2 = "----=_Part_" + hashlib.md5(f"{i}b".encode()).hexdigest()[:16]
    if mua == "gmail":
        b1 = "000000000000" + hashlib.md5(f"{i}a".encode()).hexdigest()[:16]
        b2 = "000000000000" + hashlib.md5(f"{i}b".encode()).hexdigest()[:16]
    elif mua in ("outlook", "o365"):
        b1 = "_000_" + hashlib.md5(f"{i}a".encode()).hexdigest()[:24].upper() + "_"
        b2 = "_004_" + hashlib.md5(f"{i}b".encode()).hexdigest()[:24].upper() + "_"
    html_cte = m.get("html_cte", cte if cte != "8bit" else "qp")
    if hmode == "none":
        content = leaf("text/plain", text, charset, cte, enc_as,
                       extra="" if not m.get("flowed") else "")
        if m.get("flowed"):
            content = content.replace(b'charset="' + charset.encode() + b'"',
                                      b'charset="' + charset.encode() + b'"; format=flowed', 1)
    elif hmode == "only":
        content = leaf("text/html", hdoc, charset, html_cte, enc_as)
    else:
        content = multipart("alternative", [leaf("text/plain", text, charset, cte, enc_as),
                                            leaf("text/html", hdoc, charset, html_cte, enc_as)], b2)
    atts = m.get("att", [])
    if atts:
        parts = [content] + [attachment(*a) for a in atts]
        content = multipart("mixed", parts, b1)
    extra_h, mkid = MUA[mua]
    mid = m.get("msgid") or mkid(r).replace("{dom}", dom)
    hdrs = []
    hdrs.append(f"Return-Path: <{frm_addr}>")
    hdrs.append(f"Date: {format_datetime(dt)}")
    hdrs.append(f"From: {enc_addr(frm_name, frm_addr, hcharset)}")
    to = m.get("to") or (owner["name"], owner["addr"])
    hdrs.append(f"To: {enc_addr(*to, hcharset) if isinstance(to, tuple) else to}")
    if m.get("cc"):
        hdrs.append("Cc: " + ", ".join(enc_addr(n, a, hcharset) for n, a in m["cc"]))
    hdrs.append(f"Subject: {enc_header(m['subject'], hcharset)}")
    hdrs.append(f"Message-ID: {mid}")
    if orig and not m.get("no_thread"):
        hdrs.append(f"In-Reply-To: {orig.msgid}")
        hdrs.append("References: " + " ".join(orig.references))
    hdrs.append("MIME-Version: 1.0")
    for h in m.get("headers", []):
        hdrs.append(h)
    tid = base64.b64encode(hashlib.md5(str(i).encode()).digest()).decode()[:20]
    eh = extra_h.replace("{tid}", tid).replace("{subj}", enc_header(m["subject"].split(": ", 1)[-1], hcharset))
    head = "\n".join(hdrs) + "\n" + eh
    return head.encode("ascii") + content


def raw_message(i, m):
    """Machine mail given as (headers list, content bytes)."""
    hdrs = m["raw_headers"]
    return ("\n".join(hdrs) + "\n").encode("ascii") + m["raw_content"]


def dsn(reporting_mta, arrival, orig_rcpt, action, status, diag, remote_mta=None, text="", charset="utf-8",
        boundary="", orig_headers="", orig_full=None, extra_rcpt=""):
    """multipart/report; report-type=delivery-status content (without the top headers)."""
    t = leaf("text/plain", text, charset, "qp" if any(ord(c) > 127 for c in text) else "7bit",
             extra="Content-Description: Notification\n")
    ds = (f"Reporting-MTA: dns; {reporting_mta}\nArrival-Date: {arrival}\n\n"
          f"Final-Recipient: rfc822; {orig_rcpt}\nOriginal-Recipient: rfc822;{orig_rcpt}\n"
          f"Action: {action}\nStatus: {status}\n" + (f"Remote-MTA: dns; {remote_mta}\n" if remote_mta else "") +
          f"Diagnostic-Code: smtp; {diag}\n" + extra_rcpt)
    p2 = ("Content-Type: message/delivery-status\nContent-Description: Delivery report\n\n" + ds).encode("ascii")
    if orig_full is not None:
        p3 = b"Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n" + orig_full
    else:
        p3 = ("Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n"
              + orig_headers).encode("ascii")
    return multipart("report", [t, p2, p3], boundary, params="; report-type=delivery-status")


def orig_headers_for(orig, extra=""):
    return (f"Return-Path: <{orig.frm_addr}>\nDate: {format_datetime(orig.dt)}\n"
            f"From: {orig.frm_name} <{orig.frm_addr}>\nTo: {orig.to_addr}\n"
            f"Subject: {orig.subject}\nMessage-ID: {orig.msgid}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n" + extra)


def orig_full_for(orig):
    body = quopri.encodestring(orig.text.encode("utf-8")).decode("ascii")
    return (orig_headers_for(orig) + "\n" + body + "\n").encode("ascii")


# ============================================================================================
# Shared hand-written footers
# ============================================================================================
PRIVACY_PA = """AVVERTENZA: Il presente messaggio e gli eventuali allegati sono destinati esclusivamente al destinatario indicato e possono contenere informazioni riservate. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di darne comunicazione al mittente e di cancellarlo. Ai sensi del Regolamento UE 2016/679 (GDPR) i dati personali contenuti nella presente comunicazione sono trattati per le sole finalità istituzionali dell'Ente."""

PRIVACY_STUDIO = """Le informazioni contenute in questa e-mail e nei file eventualmente allegati sono riservate e destinate esclusivamente alla persona o all'ente sopraindicati, ai sensi del D.Lgs. 196/2003 e del Reg. UE 2016/679. La diffusione, distribuzione e/o copiatura del documento trasmesso da parte di qualsiasi soggetto diverso dal destinatario è proibita. Se avete ricevuto questo messaggio per errore, vi preghiamo di distruggerlo e di informarci immediatamente."""

# ============================================================================================
# 0001-0026
# ============================================================================================

# 1 PA, split payment, mandato emesso
add("client-reply-paid", owner="A",
    frm=("Servizio Finanziario - Comune di Castelnuovo Brianzolo", "ragioneria@comune.castelnuovobrianzolo.mi.it"),
    date="2026-11-19 11:37", mua="outlook", q="msgorig", charset="iso-8859-1", encode_as="cp1252",
    subject="R: Sollecito fattura n. 28/2026",
    orig=O("A", "Comune di Castelnuovo Brianzolo", "ragioneria@comune.castelnuovobrianzolo.mi.it", "reminder",
           "28/2026", "2026-11-16 09:04", amount="1.830,00 €", due="2026-10-31",
           sal="Spett.le Comune di Castelnuovo Brianzolo,"),
    body=f"""
Gentile dott.ssa Rossi,

in riscontro alla Sua comunicazione si informa che la fattura elettronica n. 28/2026 del 30/09/2026 (CIG Z4E3B1C7A2 – progetto grafico “Natale in Piazza 2026”) è stata regolarmente accettata e che in data 18/11/2026 è stato emesso il mandato di pagamento n. 2417 a favore della S.V.

Si precisa che, trattandosi di operazione soggetta a scissione dei pagamenti (art. 17-ter D.P.R. 633/72), l’importo liquidato corrisponde al solo imponibile, pari a € 1.500,00; l’IVA di € 330,00 viene versata direttamente dall’Ente all’Erario. I tempi di accredito dipendono dal Tesoriere (di norma 2-3 giorni lavorativi).

Distinti saluti

Rag. Patrizia Colombo
Servizio Finanziario – Ufficio Ragioneria
Comune di Castelnuovo Brianzolo
Piazza della Repubblica, 1 – 20040 Castelnuovo Brianzolo (MI)
Tel. 039 6071214 – PEC: protocollo@pec.comune.castelnuovobrianzolo.mi.it

{PRIVACY_PA}
""",
    L=dict(amount="1500.00", reference="28/2026",
           note="PA: 'è stato emesso il mandato di pagamento' = paid. Split payment: only the taxable 1.500 is paid, IVA 330 goes to the Erario, which is explained, not contested. Outlook cp1252 bytes declared iso-8859-1."))

# 2 amministratore di condominio, Bari: non prima del 10
add("client-reply-promise", owner="N",
    frm=("Studio Capozzi Amministrazioni", "studiocapozzi@libero.it"),
    date="2026-11-27 18:22", mua="libero", q="libero",
    subject="R: Sollecito fattura n. 19/2026",
    orig=O("N", "Condominio Via Re David 118", "studiocapozzi@libero.it", "reminder", "19/2026",
           "2026-11-25 08:30", amount="610,00 €", due="2026-11-15", sal="Spett.le Condominio Via Re David 118,"),
    body="""
Ingegnere buonasera,
ho visto il sollecito. Le dico la verita, il condominio di via Re David in questo momento sta a zero, ci stanno tre condomini morosi e la cassa non copre manco la luce delle scale. La fattura sua (la 19) la metto in pagamento non prima del 10 dicembre, quando scade la rata ordinaria e entrano i soldi. Abbia pazienza, non è cattiva volontà.

Cordiali saluti
Rag. Vito Capozzi
Amministratore di condominio - iscritto ANACI
Via Putignani 43 - 70122 Bari
tel. 080 5213377 - cell. 347 8812094
""",
    L=dict(promised_date="2026-12-10", reference="19/2026",
           note="Condominium administrator, Bari voice. 'non prima del 10 dicembre' = promise for the 10th. 'la 19' names the invoice."))

# 3 studio medico, ore in più (HTML only, Outlook)
add("client-reply-dispute", owner="M",
    frm=("Dott.ssa Laura Cocco", "direzione@poliambulatoriosansaturnino.it"),
    date="2026-12-03 12:15", mua="o365", html="only", q="outlook",
    subject="R: Fattura n. 41/2026",
    orig=O("M", "Poliambulatorio San Saturnino", "direzione@poliambulatoriosansaturnino.it", "invoice", "41/2026",
           "2026-11-30 17:48", amount="1.708,00 €", due="2026-12-30", sal="Spett.le Poliambulatorio San Saturnino,"),
    body="""
Buongiorno Marco,

ho ricevuto la fattura n. 41/2026 ma c'è qualcosa che non torna: sono fatturate 14 ore di assistenza per la migrazione del gestionale, mentre nel preventivo di settembre si parlava di un forfait di 10 ore. Le 4 ore in più nessuno le ha autorizzate, e se ricordo bene due sono servite a sistemare la stampante della reception, che aveva smesso di funzionare proprio dopo il vostro intervento.

Le chiedo quindi di riemettere la fattura per le 10 ore concordate; fino ad allora non posso passarla all'amministrazione.

Cordiali saluti

Dott.ssa Laura Cocco
Direttore Sanitario
Poliambulatorio San Saturnino s.r.l.
Via Dante 112 – 09128 Cagliari
Tel. 070 4012255

Questo messaggio può contenere dati personali e informazioni relative allo stato di salute, tutelati dal Reg. UE 2016/679. Se lo ha ricevuto per errore, la preghiamo di cancellarlo e di avvisare il mittente.
""",
    L=dict(reference="41/2026",
           note="Extra hours billed beyond the agreed 10-hour flat fee; asks for a new invoice and will not pass it for payment until then. HTML-only Outlook."))

# 4 scuola paritaria: codice destinatario
add("client-reply-other", owner="G",
    frm=("Segreteria Amministrativa - Istituto Santa Giulia", "amministrazione@istitutosantagiulia.to.it"),
    date="2026-11-10 08:51", mua="outlook", q="outlook",
    subject="Rif: Promemoria: fattura n. 35/2026 in scadenza",
    orig=O("G", "Istituto Paritario Santa Giulia", "amministrazione@istitutosantagiulia.to.it", "courtesy",
           "35/2026", "2026-11-09 09:00", amount="427,00 €", due="2026-11-15", issue="2026-10-16",
           sal="Spett.le Istituto Paritario Santa Giulia,"),
    body="""
Buongiorno dott.ssa Ferraro,

la fattura 35/2026 non la troviamo né nel cassetto fiscale né sul nostro gestionale. Può verificare di averla trasmessa con il codice destinatario corretto? Il nostro è KRRH6B9: quello che risulta a lei (USAL8PV) è il codice del vecchio consulente e non lo usiamo più da settembre.
In alternativa può inviarla alla nostra PEC istitutosantagiulia@pec.it.

Grazie e buona giornata

Sr. Maria Grazia Rolando
Ufficio Amministrativo
Istituto Paritario Santa Giulia
Corso Regina Margherita 190 – 10152 Torino
""",
    L=dict(reference="35/2026",
           note="Private school: the e-invoice never reached them (wrong codice destinatario); asks to resend. No claim about paying."))

# 5 falegname, iPhone, veneto
add("client-reply-paid", owner="E",
    frm=("Falegnameria Boscolo", "falegnameriaboscolo@gmail.com"),
    date="2026-11-24 07:12", mua="iphone", q="apple", cte="8bit",
    subject="Re: Sollecito fattura n. 22/2026",
    orig=O("E", "Falegnameria Boscolo", "falegnameriaboscolo@gmail.com", "reminder", "22/2026",
           "2026-11-23 09:15", amount="366,00 €", due="2026-11-10", sal="Spett.le Falegnameria Boscolo,"),
    body="""
Fato stamatina, scusa el ritardo ma xe un periodo de mati

Inviato da iPhone
""",
    L=dict(note="Artisan from the phone, Venetian dialect with typos: 'Fato stamatina' = done this morning (the payment). No number, no amount."))

# 6 privati, Napoli: il 27 quando ci pagano gli stipendi
add("client-reply-promise", owner="D",
    frm=("Carmela Russo", "carmelarusso88@virgilio.it"),
    date="2027-01-15 21:40", mua="virgilio", q="libero",
    subject="R: Sollecito fattura n. 2026/31",
    orig=O("D", "Carmela Russo", "carmelarusso88@virgilio.it", "reminder", "2026/31", "2027-01-13 09:10",
           amount="1.200,00 €", due="2026-12-31"),
    body="""
Ciao Davide, scusaci tantissimo!! Con le feste e il matrimonio di mio cognato siamo rimasti proprio a secco 🙈 il saldo delle foto te lo facciamo il 27 quando ci pagano gli stipendi a tutti e due, promesso.
Gennaro ti saluta, l'album è bellissimo, mammà l'ha fatto vedere a tutto il palazzo 😂

Carmela
""",
    L=dict(promised_date="2027-01-27",
           note="Young couple (wedding photos), Naples. 'il 27 quando ci pagano gli stipendi' resolves to 27 January (still ahead). Libero/Virgilio webmail quoting."))

# 7 agenzia: sconto promesso
add("client-reply-dispute", owner="A",
    frm=("Federico Galli", "federico@studiopixelmilano.it"),
    date="2026-11-12 16:03", mua="gmail", q="gmail", html="alt",
    subject="Re: Fattura n. 30/2026",
    orig=O("A", "Studio Pixel", "federico@studiopixelmilano.it", "invoice", "30/2026", "2026-11-11 10:20",
           amount="2.684,00 €", due="2026-12-11", sal="Ciao Federico,",
           text="Ciao Federico,\n\nti mando in allegato la fattura n. 30/2026 per le tre brochure (2.684,00 € IVA inclusa), scadenza a 30 giorni.\n\nGrazie ancora per il lavoro!\n\nAlessandra"),
    body="""
Ciao Ale,
ho aperto adesso la fattura, ma non c'è lo sconto del 15% di cui avevamo parlato al telefono per il pacchetto delle tre brochure (me l'avevi detto tu, "per voi che mi passate lavoro faccio il 15"). Così sono 2.684 invece di circa 2.280.
Me la rifai con lo sconto? Poi la passo subito in pagamento.

Fede

--
Federico Galli | Account
Studio Pixel – comunicazione & eventi
Via Tortona 27, Milano
""",
    L=dict(note="Small agency: the promised 15% discount is missing; asks for a new invoice. The 'poi la passo subito in pagamento' does not override the dispute. No invoice number in his own words."))

# 8 cooperativa sociale, contabile, disposto ieri con valuta
add("client-reply-paid", owner="F",
    frm=("Amministrazione Coop. Il Gelso", "amministrazione@coopilgelso.it"),
    date="2026-12-04 10:20", mua="outlook", q="outlook", html="alt",
    subject="R: Sollecito fattura n. 44/2026",
    orig=O("F", "Il Gelso Società Cooperativa Sociale", "amministrazione@coopilgelso.it", "reminder", "44/2026",
           "2026-12-02 08:45", amount="976,00 €", due="2026-11-20", sal="Spett.le Il Gelso Società Cooperativa Sociale,"),
    att=[("contabile_bonifico_03122026.pdf", "application/pdf",
          fake_pdf("Banca - Contabile bonifico SEPA - Il Gelso Soc. Coop. - EUR 976,00 - Lo Bianco Francesca"))],
    body="""
Buongiorno dott.ssa Lo Bianco,

in allegato la contabile del bonifico di € 976,00 relativo alla Vs. fattura n. 44/2026 (corso HACCP per i soci lavoratori), disposto ieri con valuta 7/12.
Ci scusiamo per il ritardo ma a novembre abbiamo avuto problemi con l'incasso dei crediti dall'ASP e abbiamo dovuto dare priorità agli stipendi.

Cordiali saluti

Giusi Ferrante
Ufficio Amministrazione
Il Gelso Società Cooperativa Sociale Onlus
Via Maqueda 233 – 90134 Palermo
""",
    L=dict(amount="976.00", reference="44/2026",
           note="Cooperative; 'disposto ieri con valuta 7/12' plus the receipt attached = paid, even though the value date is still ahead."))

# 9 negoziante, Android: domani + 'la 38 giusto?'
add("client-reply-promise", owner="M",
    frm=("Ferramenta Satta", "ferramentasatta@tiscali.it"),
    date="2026-11-19 19:05", mua="android", q="samsung",
    subject="R: Fattura n. 38/2026 scaduta",
    orig=O("M", "Ferramenta Satta", "ferramentasatta@tiscali.it", "due", "38/2026", "2026-11-18 09:00",
           amount="183,00 €", due="2026-11-16", sal="Spett.le Ferramenta Satta,"),
    body="""
Ciao Marco domani passo in banca e ti faccio il bonifico. La 38 giusto? Quella del registratore di cassa. Ciao

Inviato dal mio dispositivo Galaxy
""",
    L=dict(promised_date="2026-11-20", reference="38/2026",
           note="Shopkeeper from his phone: 'domani' = the day after the Date (Thursday -> Friday 20 Nov)."))

# 10 commercialista: copia di cortesia + IBAN sospetto
add("client-reply-other", owner="A",
    frm=("Segreteria Studio Brambilla", "segreteria@studiobrambilla.eu"),
    cc=[("Marco Ferrario", "marco@ferrarioarredamenti.it")],
    date="2026-12-09 15:30", mua="outlook", q="msgorig",
    subject="R: Sollecito fattura n. 33/2026",
    orig=O("A", "Ferrario Arredamenti snc", "marco@ferrarioarredamenti.it", "reminder", "33/2026",
           "2026-12-07 09:02", amount="915,00 €", due="2026-11-30", sal="Spett.le Ferrario Arredamenti snc,"),
    body=f"""
Gentile sig.ra Rossi,

scriviamo per conto del nostro cliente Ferrario Arredamenti snc (in copia), che ci ha girato il Suo sollecito.
Due cose prima di procedere:
1) la fattura 33/2026 non risulta ancora nel cassetto fiscale del cliente: ci può mandare una copia di cortesia in PDF?
2) il sig. Ferrario la settimana scorsa ha ricevuto una mail, apparentemente da Lei, con un IBAN diverso (su Banca Sella). Ci conferma per iscritto qual è il conto corretto? Con tutte le truffe che girano preferiamo verificare.

Grazie, cordiali saluti

Elisa Mauri
Studio Dott. Andrea Brambilla – Commercialista e Revisore Legale
Via Garibaldi 14 – 20900 Monza (MB)

{PRIVACY_STUDIO}
""",
    L=dict(reference="33/2026",
           note="Accountant writing for the client: asks for a courtesy PDF and to confirm the IBAN (possible fraud). Questions only, no claim."))

# 11 anziano, tutto maiuscolo
add("client-reply-paid", owner="G",
    frm=("giuseppe bertola", "giuseppe.bertola@alice.it"),
    date="2026-11-26 10:02", mua="generic", q="none",
    subject="Re: Fattura n. 46/2026 scaduta",
    orig=O("G", "Giuseppe Bertola", "giuseppe.bertola@alice.it", "due", "46/2026", "2026-11-24 09:00",
           amount="180,00 €", due="2026-11-23"),
    body="""
GENTILE SIGNORA GIULIA
HO FATTO IL BONIFICO IN POSTA IERI MATTINA DI 180 EURO COME MI AVEVA DETTO PER LA TRADUZIONE DEI DOCUMENTI DELLA PENSIONE SVIZZERA. MIA NIPOTE DICE CHE CI VUOLE QUALCHE GIORNO PER ARRIVARE.
LA RINGRAZIO ANCORA DELLA GENTILEZZA
SALUTI CORDIALI
BERTOLA GIUSEPPE
""",
    L=dict(amount="180.00",
           note="Elderly private client, all caps, no quote: bank transfer made at the post office yesterday."))

# 12 agenzia eventi: fattura doppia
add("client-reply-dispute", owner="D",
    frm=("Amministrazione Partenope Eventi", "amministrazione@partenopeeventi.it"),
    date="2026-11-25 11:48", mua="outlook", q="outlook2",
    subject="R: Sollecito fattura n. 2026/29",
    orig=O("D", "Partenope Eventi srl", "amministrazione@partenopeeventi.it", "reminder", "2026/29",
           "2026-11-24 09:12", amount="854,00 €", due="2026-11-15", sal="Spett.le Partenope Eventi srl,"),
    body="""
Buongiorno,

ci risulta che la fattura 2026/29 sia un doppione della 2026/27: stesso importo (854,00), stessa descrizione (servizio fotografico evento aziendale Capodimonte del 17/10). La 27 l'abbiamo già saldata il 5 novembre.
Vi chiediamo di annullare la 29 con nota di credito, così la chiudiamo anche in contabilità.

Cordiali saluti
Anna De Luca
Amministrazione
Partenope Eventi srl
""",
    L=dict(reference="2026/29",
           note="Duplicate invoice: the same job was already billed and paid as 2026/27; asks a credit note for 2026/29. The 'already paid' is about the other invoice."))

# 13 oste veneziano: entro il 20
add("client-reply-promise", owner="E",
    frm=("Osteria Ai Do Pozzi", "aidopozzi.venezia@gmail.com"),
    date="2026-12-11 23:14", mua="gmail", q="gmail",
    subject="Re: Secondo sollecito: fattura n. 39/2026",
    orig=O("E", "Osteria Ai Do Pozzi", "aidopozzi.venezia@gmail.com", "late_fee", "39/2026", "2026-12-10 09:30",
           amount="488,00 €", due="2026-11-15", deadline="2026-12-20", sal="Spett.le Osteria Ai Do Pozzi,"),
    body="""
Elena scusa, ho visto solo ora, tra fine stagione e i pranzi di Natale sono incasinatissimo. Entro il 20 ti sistemo tutto, giuro.
Marco
""",
    L=dict(promised_date="2026-12-20",
           note="Restaurant owner late at night; 'Entro il 20' = 20 December (still ahead)."))

# 14 scuola dell'infanzia: girata all'amministrazione + altra richiesta
add("client-reply-other", owner="N",
    frm=("Direzione Scuola Don Bosco", "direzione@scuoladonboscobari.it"),
    cc=[("Amministrazione Scuola Don Bosco", "amministrazione@scuoladonboscobari.it")],
    date="2026-12-02 13:05", mua="gmail", q="gmail", html="alt",
    subject="Re: Promemoria: fattura n. 47/2026 in scadenza",
    orig=O("N", "Scuola dell'Infanzia Paritaria Don Bosco", "direzione@scuoladonboscobari.it", "courtesy",
           "47/2026", "2026-12-01 08:30", amount="732,00 €", due="2026-12-05", issue="2026-11-05",
           sal="Spett.le Scuola dell'Infanzia Paritaria Don Bosco,"),
    body="""
Gentile Ingegnere,
ho girato la Sua fattura alla nostra amministrazione (in copia), che segue i pagamenti, io purtroppo non ho accesso al conto.
Approfitto per chiederle quando può passare per la prova di evacuazione di gennaio: noi preferiremmo un martedì mattina.

Un caro saluto
Suor Lucia Santoro
Coordinatrice didattica
""",
    L=dict(note="Forwarded to accounts (cc) and asks about other work. No payment claim or promise."))

# 15 arredi: conferma della banca inoltrata
SILVIA_BANK = """---------- Forwarded message ---------
Da: Banco BPM <notifiche@bancobpm.it>
Date: mar 1 dic 2026 alle ore 10:12
Subject: Bonifico SEPA eseguito
To: <silvia.marchetti@marchettiarredi.it>


Gentile Cliente,

ti informiamo che la disposizione di bonifico da te inserita è stata eseguita.

Ordinante: MARCHETTI ARREDI SRL
Beneficiario: ALESSANDRA ROSSI
IBAN beneficiario: IT60X0542811101000000123456
Importo: 1.098,00 EUR
Data esecuzione: 01/12/2026
Causale: SALDO FT 34/2026
TRN: 0306912611301234567890123450IT

Questo messaggio è generato automaticamente, ti preghiamo di non rispondere.
Banco BPM S.p.A.
"""
add("client-reply-paid", owner="A",
    frm=("Silvia Marchetti", "silvia.marchetti@marchettiarredi.it"),
    date="2026-12-01 10:31", mua="gmail", q="none", no_thread=True,
    subject="Fwd: Bonifico SEPA eseguito",
    orig=O("A", "Marchetti Arredi srl", "silvia.marchetti@marchettiarredi.it", "reminder", "34/2026",
           "2026-11-30 09:00", amount="1.098,00 €", due="2026-11-20", sal="Spett.le Marchetti Arredi srl,"),
    body="""
Ciao Alessandra,
ti giro la conferma della banca per la 34, dovrebbe arrivarti entro domani. Scusa il ritardo, avevo il bonifico in bozza da una settimana e non l'avevo mai autorizzato 🤦‍♀️

Silvia

""" + SILVIA_BANK,
    L=dict(amount="1098.00", reference="34/2026",
           note="Client forwards her bank's 'bonifico eseguito' with a line of her own; a new thread (Fwd, no In-Reply-To), so only 'la 34', the amount and the IBAN tie it to the invoice. Not a payment notification: it's the client's forward."))

# 16 istituto comprensivo statale: entro il 31 gennaio
add("client-reply-promise", owner="F",
    frm=("DSGA - I.C. Giovanni Meli", "paic8xx00z@istruzione.it"),
    date="2026-12-17 09:48", mua="outlook", q="outlook",
    subject="R: Sollecito fattura n. 47/2026",
    orig=O("F", "Istituto Comprensivo Statale Giovanni Meli", "paic8xx00z@istruzione.it", "reminder", "47/2026",
           "2026-12-15 09:05", amount="1.200,00 €", due="2026-11-30", sal="Spett.le Istituto Comprensivo Statale Giovanni Meli,"),
    body=f"""
Gentile dott.ssa Lo Bianco,

con riferimento alla Sua fattura n. 47/2026 (CIG B2C91F3A07 – corso di formazione sicurezza per il personale ATA), si comunica che la stessa è stata accettata sulla piattaforma e registrata nella PCC.
Il pagamento sarà disposto entro il 31 gennaio p.v., non appena il Ministero avrà accreditato i fondi della relativa assegnazione. Ci scusiamo per il ritardo, non dipendente dalla volontà di questa Istituzione scolastica.

Cordiali saluti

Il Direttore S.G.A.
Dott. Salvatore Cusimano
Istituto Comprensivo Statale "Giovanni Meli" – Palermo
C.F. 97XXXXXX820 – Codice univoco ufficio UFXY7K

{PRIVACY_PA}
""",
    L=dict(promised_date="2027-01-31", reference="47/2026",
           note="State school (DSGA): invoice accepted, 'pagamento sarà disposto entro il 31 gennaio' = promise with a date; the funding condition does not make it vague."))

# 17 agenzia traduzioni: ritenuta mancante
add("client-reply-dispute", owner="G",
    frm=("Ufficio Amministrazione Lexicon", "amministrazione@lexiconsrl.it"),
    date="2026-11-05 14:22", mua="o365", q="outlook", html="alt",
    subject="RE: Fattura n. 39/2026",
    orig=O("G", "Lexicon srl", "amministrazione@lexiconsrl.it", "invoice", "39/2026", "2026-11-03 18:10",
           amount="1.146,80 €", due="2026-12-03", sal="Spett.le Lexicon srl,"),
    body="""
Buongiorno dott.ssa Ferraro,

la fattura 39/2026 non riporta la ritenuta d'acconto del 20%: noi siamo sostituti d'imposta e per le prestazioni professionali dobbiamo applicarla. Il netto a pagare quindi non è 1.146,80 ma va ricalcolato.
Le chiediamo di emettere nota di credito e riemettere la fattura con la ritenuta indicata; non possiamo registrarla così com'è.

Cordiali saluti
Ornella Gili
Ufficio Amministrazione – Lexicon srl
""",
    L=dict(reference="39/2026",
           note="Missing withholding tax (ritenuta d'acconto); wants a credit note and a new invoice: dispute."))

# 18 privato: ti ho girato i soldi (Satispay)
add("client-reply-paid", owner="M",
    frm=("Gavino Deiana", "gavino.deiana@gmail.com"),
    date="2026-11-29 12:40", mua="gmail", q="gmail",
    subject="Re: Fattura n. 40/2026 scaduta",
    orig=O("M", "Gavino Deiana", "gavino.deiana@gmail.com", "due", "40/2026", "2026-11-28 09:00",
           amount="150,00 €", due="2026-11-27"),
    body="""
Marco ti ho girato i soldi con satispay, non con bonifico, spero vada bene lo stesso 😅 erano 150 giusti?
Il pc va una bomba, grazie ancora
Gavino
""",
    L=dict(amount="150.00",
           note="'ti ho girato i soldi' = paid, via Satispay rather than bank transfer; the question about the amount does not change it."))

# 19 serramenti: lunedì 11
add("client-reply-promise", owner="A",
    frm=("Roberta Sala - Amministrazione", "amministrazione@salaserramenti.it"),
    date="2027-01-07 17:30", mua="outlook", q="outlook", html="alt",
    subject="R: Sollecito fattura n. 43/2026",
    orig=O("A", "Sala Serramenti srl", "amministrazione@salaserramenti.it", "reminder", "43/2026",
           "2027-01-05 09:00", amount="1.342,00 €", due="2026-12-20", sal="Spett.le Sala Serramenti srl,"),
    body="""
Buonasera Alessandra,

siamo rientrati oggi dalla chiusura natalizia e ho trovato il suo sollecito. La fattura è a posto, la inserisco nella distinta di lunedì 11, che è il giorno in cui facciamo i pagamenti ai fornitori.

Cordiali saluti
Roberta Sala
Sala Serramenti srl – Amministrazione
Via per Cantù 45 – 22060 Cucciago (CO)
""",
    L=dict(promised_date="2027-01-11",
           note="'nella distinta di lunedì 11' = promise for Monday 11 January 2027."))

# 20 B&B: ricevuta grazie + altro lavoro
add("client-reply-other", owner="D",
    frm=("B&B Il Limone di Sorrento", "info@illimonesorrento.it"),
    date="2026-11-03 20:11", mua="iphone", q="apple",
    subject="Re: Fattura n. 2026/30",
    orig=O("D", "B&B Il Limone", "info@illimonesorrento.it", "invoice", "2026/30", "2026-11-03 16:40",
           amount="610,00 €", due="2026-12-03", sal="Ciao Rosaria,",
           text="Ciao Rosaria,\n\nin allegato la fattura n. 2026/30 per le foto delle camere e della terrazza (610,00 €), scadenza 3 dicembre.\n\nUn abbraccio\nDavide"),
    body="""
Ricevuta, grazie mille! Ci sentiamo a marzo per le foto della colazione in giardino quando fioriscono i limoni 🍋🌸

Rosaria
Inviato da iPhone
""",
    L=dict(note="'Ricevuta, grazie' refers to the invoice being received, not to a payment; talk about future work."))

# 21 panificio, Bari: fatto il bonifico stamattina
add("client-reply-paid", owner="N",
    frm=("Panificio Lamanna", "panificiolamanna@gmail.com"),
    date="2026-12-15 06:48", mua="android", q="gmail",
    subject="Re: Sollecito fattura n. 45/2026",
    orig=O("N", "Panificio Lamanna di Lamanna Michele", "panificiolamanna@gmail.com", "reminder", "45/2026",
           "2026-12-14 09:00", amount="450,00 €", due="2026-12-01",
           sal="Spett.le Panificio Lamanna di Lamanna Michele,"),
    body="""
Ingegnè buongiorno, fatto il bonifico stamattina presto da telefono, 450 euro, controllate. Scusate, col forno nuovo mi so scordato.
Michele
""",
    L=dict(amount="450.00",
           note="Baker writing at dawn from the phone, Bari voice ('Ingegnè', 'mi so scordato')."))

# 22 negozio: lavoro non finito, paga solo novembre
add("client-reply-dispute", owner="E",
    frm=("Boutique Carraro", "boutiquecarraro@libero.it"),
    date="2026-12-18 15:22", mua="libero", q="libero",
    subject="R: Sollecito fattura n. 43/2026",
    orig=O("E", "Boutique Carraro", "boutiquecarraro@libero.it", "reminder", "43/2026", "2026-12-16 09:00",
           amount="600,00 €", due="2026-12-10", sal="Spett.le Boutique Carraro,"),
    body="""
Ciao Elena,
scusa ma la fattura 43 comprende anche dicembre e il piano editoriale di dicembre non è mai arrivato, i post per i saldi me li sono fatti io con mia figlia. Novembre va bene, quello te lo pago (300), dicembre no finché non ne parliamo.
Chiamami quando puoi.
Ornella Carraro
""",
    L=dict(reference="43/2026", amount="300.00",
           note="Partial: will pay the November half (300) and contests December (work not delivered). Partial payment + dispute = dispute; 300 is the amount accepted."))

# 23 studio legale: giovedì prossimo, il 19
add("client-reply-promise", owner="G",
    frm=("Segreteria Studio Legale Ferrero", "segreteria@studiolegaleferrero.it"),
    date="2026-11-13 12:30", mua="outlook", q="outlook2",
    subject="R: Fattura n. 41/2026 scaduta",
    orig=O("G", "Studio Legale Avv. Paolo Ferrero", "segreteria@studiolegaleferrero.it", "due", "41/2026",
           "2026-11-12 09:00", amount="549,00 €", due="2026-11-10", sal="Spett.le Studio Legale Avv. Paolo Ferrero,"),
    body=f"""
Gentile dott.ssa Ferraro,
mi scusi, l'avvocato questa settimana è in udienza tutti i giorni: i bonifici li firma giovedì prossimo, il 19, e la Sua fattura è già nella cartellina.
Cordiali saluti
Daniela – Segreteria
Studio Legale Avv. Paolo Ferrero
Via Cernaia 30 – 10122 Torino

{PRIVACY_STUDIO}
""",
    L=dict(promised_date="2026-11-19",
           note="Law-firm secretary on a Friday: 'giovedì prossimo, il 19' = Thursday 19 November."))

# 24 cliente chiede IBAN (due IBAN diversi)
add("client-reply-other", owner="F",
    frm=("Salvatore Cammarata", "s.cammarata@cammaratacostruzioni.it"),
    date="2026-11-17 17:02", mua="outlook", q="outlook", html="alt",
    subject="R: Sollecito fattura n. 42/2026",
    orig=O("F", "Cammarata Costruzioni srl", "s.cammarata@cammaratacostruzioni.it", "reminder", "42/2026",
           "2026-11-16 09:00", amount="1.586,00 €", due="2026-11-05", sal="Spett.le Cammarata Costruzioni srl,"),
    body="""
Dottoressa buonasera,
mi conferma l'IBAN? Nella fattura c'è un conto UniCredit che finisce per 4471, in questa mail ne vedo un altro che finisce per 2338. Non vorrei sbagliare, mi dica lei quale uso.
Saluti
Salvatore Cammarata
""",
    L=dict(note="Question about which IBAN to use; no claim of payment and no commitment."))

# 25 AUTO-REPLY: Comune, fuori ufficio fino al 6 gennaio compreso
add("auto-reply", owner="A", machine=True,
    frm=("Lucia Brivio", "l.brivio@comune.castelnuovobrianzolo.mi.it"),
    date="2026-12-22 09:05", mua="o365",
    subject="Risposta automatica: Promemoria: fattura n. 38/2026 in scadenza",
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: l.brivio@comune.castelnuovobrianzolo.mi.it"],
    orig=O("A", "Comune di Castelnuovo Brianzolo - Ufficio Cultura", "l.brivio@comune.castelnuovobrianzolo.mi.it",
           "courtesy", "38/2026", "2026-12-22 09:00", amount="976,00 €", due="2026-12-31", issue="2026-12-01",
           sal="Spett.le Comune di Castelnuovo Brianzolo - Ufficio Cultura,"),
    q="none",
    body="""
Sono assente dall'ufficio dal 21 dicembre 2026 al 6 gennaio 2027 compreso, con accesso limitato alla posta elettronica.
Per questioni urgenti relative all'Ufficio Cultura potete contattare la collega Sara Motta (s.motta@comune.castelnuovobrianzolo.mi.it – tel. 039 6071230).
Per le fatture elettroniche e i pagamenti rivolgersi al Servizio Finanziario (ragioneria@comune.castelnuovobrianzolo.mi.it).

Lucia Brivio
Ufficio Cultura e Biblioteca
""",
    L=dict(return_date="2027-01-07",
           note="Exchange out-of-office with Auto-Submitted; 'fino al 6 gennaio 2027 compreso' -> back 7 January."))

# 26 agenzia: partito stamattina, 1.250 per la 33
add("client-reply-paid", owner="D",
    frm=("Ilaria Cozzolino", "ilaria@vesuviacreativa.it"),
    date="2026-12-10 12:02", mua="gmail", q="gmail", html="alt",
    subject="Re: Sollecito fattura n. 2026/33",
    orig=O("D", "Vesuvia Creativa srl", "ilaria@vesuviacreativa.it", "reminder", "2026/33", "2026-12-09 09:00",
           amount="1.250,00 €", due="2026-11-30", sal="Spett.le Vesuvia Creativa srl,"),
    body="""
Davide ciao,
partito stamattina il bonifico: 1.250,00 per la 33. Scusa, a fine novembre il nostro cliente grosso ci ha pagato in ritardo e a cascata siamo slittati tutti.
Fammi sapere se arriva, ci sentiamo per il set di gennaio!
Ila

Ilaria Cozzolino
Vesuvia Creativa – Producer
""",
    L=dict(amount="1250.00", reference="2026/33",
           note="'partito stamattina il bonifico' = paid; 'la 33' in a thread about 2026/33."))


def add_raw(kind, headers, content, L):
    MESSAGES.append(dict(kind=kind, raw_headers=headers, raw_content=content, L=L))


# ============================================================================================
# 0027-0052
# ============================================================================================

# 27 scuola di surf: appena rientro (vague)
add("client-reply-promise", owner="M",
    frm=("Andrea Melis", "andrea@poettosurfschool.it"),
    date="2026-12-05 07:55", tz="Australia/Sydney", mua="iphone", q="apple",
    subject="Re: Sollecito fattura n. 42/2026",
    orig=O("M", "Poetto Surf School asd", "andrea@poettosurfschool.it", "reminder", "42/2026", "2026-12-04 09:00",
           amount="390,00 €", due="2026-11-25", sal="Spett.le Poetto Surf School asd,"),
    body="""
Ehi Marco! Sono in Australia per una gara fino a fine mese e da qui l'home banking non mi fa fare bonifici (chiede la conferma con una chiavetta che ho lasciato a casa, genio). Appena rientro ti pago, scusa davvero.
Andrea

Inviato da iPhone
""",
    L=dict(note="Promise with no date: 'appena rientro' is vague even though he says he is away until the end of the month. Written from Sydney (Date in +1100)."))

# 28 cliente privato: non la pago
add("client-reply-dispute", owner="A",
    frm=("Mario Castelli", "castelli.mario@tiscali.it"),
    date="2026-11-21 09:14", mua="generic", q="thunderbird",
    subject="Re: Sollecito fattura n. 29/2026",
    orig=O("A", "Mario Castelli", "castelli.mario@tiscali.it", "reminder", "29/2026", "2026-11-20 09:00",
           amount="488,00 €", due="2026-11-10"),
    body="""
Signora Rossi,
NON LA PAGO. Il logo non ci piace e non lo usiamo, lo sa benissimo. Avevo detto chiaramente al primo incontro che volevo vedere almeno tre proposte diverse e lei me ne ha mandata una sola con due colori. Non mi mandi altri solleciti.
Mario Castelli
""",
    L=dict(note="Flat refusal ('NON LA PAGO') because the work was not as agreed."))

# 29 amministratore: chiamami
add("client-reply-other", owner="N",
    frm=("Amministrazioni Laterza", "amm.laterza@gmail.com"),
    date="2026-11-18 19:40", mua="android", q="gmail",
    subject="Re: Fattura n. 44/2026",
    orig=O("N", "Condominio Parco degli Ulivi", "amm.laterza@gmail.com", "invoice", "44/2026", "2026-11-18 11:00",
           amount="1.098,00 €", due="2026-12-18", sal="Spett.le Condominio Parco degli Ulivi,"),
    body="""
Ingegnere, ci sentiamo per telefono? Oltre alla fattura c'è da parlare del lavoro della centrale termica in via Abbrescia, l'assemblea ha approvato. Mi chiama domani mattina verso le 10?
Saluti
Domenico Laterza
""",
    L=dict(note="Administrator asks for a call, mentions the invoice without any claim; 'domani mattina' is about the call, not a payment."))

# 30 hotel group: eseguito, CRO, ft. 41/26
add("client-reply-paid", owner="E",
    frm=("Contabilità Fornitori - Laguna Hotels", "fornitori@lagunahotels.it"),
    date="2026-12-02 15:47", mua="o365", q="outlook", html="alt",
    subject="RE: Sollecito fattura n. 41/2026",
    orig=O("E", "Laguna Hotels spa", "fornitori@lagunahotels.it", "reminder", "41/2026", "2026-12-01 09:00",
           amount="1.464,00 €", due="2026-11-20", sal="Spett.le Laguna Hotels spa,"),
    body="""
Buongiorno,

bonifico eseguito in data 02/12/2026 – CRO 0306912345678901 – importo € 1.464,00 – rif. ft. 41/26.

Cordiali saluti

Ufficio Contabilità Fornitori
Laguna Hotels S.p.A.
Fondamenta delle Zattere 1401 – 30123 Venezia
""",
    L=dict(amount="1464.00", reference="41/2026",
           note="Accounts payable, terse: 'bonifico eseguito' with CRO; 'ft. 41/26' -> 41/2026."))

# 31 pasticceria: dopo le feste (vague)
add("client-reply-promise", owner="F",
    frm=("Pasticceria Rosalba", "pasticceriarosalba@hotmail.it"),
    date="2026-12-19 22:10", mua="generic", q="outlook",
    subject="R: Sollecito fattura n. 48/2026",
    orig=O("F", "Pasticceria Rosalba di Rosalba Gennaro", "pasticceriarosalba@hotmail.it", "reminder", "48/2026",
           "2026-12-18 09:00", amount="244,00 €", due="2026-12-10",
           sal="Spett.le Pasticceria Rosalba di Rosalba Gennaro,"),
    body="""
Francesca cara, ti pago dopo le feste, che adesso tra tredicesime, fornitori e cassate da consegnare sono in tilt totale. Non ti preoccupare che non scappo 😘
Buon Natale a te e famiglia!
Rosalba
""",
    L=dict(note="'dopo le feste' = vague promise, no date."))

# 32 privato: bollo e IVA non concordati
add("client-reply-dispute", owner="G",
    frm=("Federica Bosio", "fede.bosio@gmail.com"),
    date="2026-11-28 11:05", mua="gmail", q="gmail",
    subject="Re: Fattura n. 47/2026",
    orig=O("G", "Federica Bosio", "fede.bosio@gmail.com", "invoice", "47/2026", "2026-11-27 18:30",
           amount="262,00 €", due="2026-12-27"),
    body="""
Buongiorno Giulia,
scusi ma io avevo un preventivo di 250 euro tutto compreso per la traduzione asseverata del diploma. In fattura trovo 250 più 10 euro di rivalsa INPS e 2 euro di marca da bollo, quindi 262. Io sono un privato, di queste voci nessuno mi aveva detto niente. Il prezzo era 250, le pago 250 come d'accordo. Se vuole mi rifaccia la fattura.
Grazie
Federica Bosio
""",
    L=dict(amount="250.00", reference=None,
           note="Private client contests the total (quoted 'tutto compreso' price vs. price plus INPS surcharge and stamp duty); will pay only 250."))

# 33 studio yoga: lunga chiacchierata, una frase che conta
add("client-reply-paid", owner="A",
    frm=("Chiara Bellini", "chiara@studioloto.it"),
    date="2026-11-30 22:47", mua="apple", q="apple", html="alt",
    subject="Re: Sollecito fattura n. 31/2026",
    orig=O("A", "Studio Loto di Chiara Bellini", "chiara@studioloto.it", "reminder", "31/2026", "2026-11-30 09:00",
           amount="366,00 €", due="2026-11-20", sal="Gentile Chiara Bellini,"),
    body="""
Ale!!! Ma figurati, scusa tu, questo mese è stato un delirio.

Allora, ti aggiorno su tutto: i flyer nuovi sono piaciuti tantissimo, le ragazze del corso prenatale li hanno presi tutti in due giorni e ne devo ristampare almeno altri 200 (mi dici se posso mandare io il file in tipografia o se preferisci farlo tu?). Poi: a gennaio vorrei cambiare la foto della home del sito, mi sa che ti chiamo per fare uno shooting in sala con la luce del mattino, quella che piace a te.

Il saldo della fattura comunque è partito venerdì, dal conto dello studio, quindi dovresti averlo già o quasi.

Ah, e vieni alla lezione di Natale il 20? C'è il tè speziato e la meditazione col gong, ti farebbe bene 😄

Un abbraccio grande
Chiara
""",
    L=dict(note="Long chatty mail; one sentence 'Il saldo della fattura comunque è partito venerdì' = paid. Questions about other work do not change it."))

# 34 Napoli: fra una settimana (vague)
add("client-reply-promise", owner="D",
    frm=("Salvatore Improta", "salvatore.improta@improtaauto.it"),
    date="2027-01-20 13:10", mua="android", q="gmail",
    subject="Re: Secondo sollecito: fattura n. 2026/35",
    orig=O("D", "Improta Auto srl", "salvatore.improta@improtaauto.it", "late_fee", "2026/35", "2027-01-19 09:00",
           amount="732,00 €", due="2026-12-15", deadline="2027-01-29", sal="Spett.le Improta Auto srl,",
           fees=dict(rate="10,15%", lines=["Fattura n. 2026/35: 732,00 €",
                                           "Interessi di mora dal 16 dicembre 2026 al 19 gennaio 2027 (35 giorni al 10,15%): 7,12 €",
                                           "Risarcimento forfettario costi di recupero (art. 6): 40,00 €",
                                           "Totale: 779,12 €"])),
    body="""
Davide mo nun pozzo, la casa madre ci ha bloccato i pagamenti per un controllo sui conti. Fra una settimana ti faccio il bonifico, parola mia. Scusami tu, non è da me.
Salvatore
""",
    L=dict(note="Neapolitan voice replying to a late-fee reminder; 'Fra una settimana' = vague promise (no date)."))

# 35 quale fattura?
add("client-reply-other", owner="M",
    frm=("Paola Lai", "paola.lai@studiolaicagliari.it"),
    date="2026-12-14 10:22", mua="aruba", q="roundcube",
    subject="Re: Sollecito fattura n. 48/2026",
    orig=O("M", "Studio Lai", "paola.lai@studiolaicagliari.it", "reminder", "48/2026", "2026-12-14 09:00",
           amount="244,00 €", due="2026-12-01", sal="Spett.le Studio Lai,"),
    body="""
Buongiorno Marco,
scusi ma di che fattura si tratta? Non la trovo né in posta né tra i documenti dello studio. Me la può rimandare in PDF con il dettaglio dell'intervento?
Grazie
Paola Lai
""",
    L=dict(note="Asks which invoice and for a copy; no claim."))

# 36 BOUNCE Postfix user unknown (permanent)
_o36 = O("G", "Lanificio Biellese spa", "ufficio.acquisti@lanificiobiellese.it", "reminder", "44/2026",
         "2026-11-30 09:00", amount="2.196,00 €", due="2026-11-20", sal="Spett.le Lanificio Biellese spa,")
add_raw("bounce", [
    "Return-Path: <>",
    "Date: Mon, 30 Nov 2026 09:00:14 +0100 (CET)",
    "From: MAILER-DAEMON@smtp.ferrarotraduzioni.it (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender",
    "To: giulia@ferrarotraduzioni.it",
    "Auto-Submitted: auto-replied",
    "Message-Id: <20261130080014.7C1A21E2B4@smtp.ferrarotraduzioni.it>",
    "MIME-Version: 1.0",
], dsn("smtp.ferrarotraduzioni.it", "Mon, 30 Nov 2026 09:00:12 +0100 (CET)",
       "ufficio.acquisti@lanificiobiellese.it", "failed", "5.1.1",
       "550 5.1.1 <ufficio.acquisti@lanificiobiellese.it>: Recipient address rejected: User unknown in virtual mailbox table",
       remote_mta="mx1.lanificiobiellese.it",
       text="""This is the mail system at host smtp.ferrarotraduzioni.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ufficio.acquisti@lanificiobiellese.it>: host mx1.lanificiobiellese.it[185.58.120.14]
    said: 550 5.1.1 <ufficio.acquisti@lanificiobiellese.it>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
""", boundary="7C1A21E2B4.1796025614/smtp.ferrarotraduzioni.it", orig_full=orig_full_for(_o36)),
    L=dict(failed_recipient="ufficio.acquisti@lanificiobiellese.it", permanent=True,
           note="Postfix DSN, 550 5.1.1 user unknown; the reminder is attached as message/rfc822."))

# 37 condominio: messa in distinta venerdì
add("client-reply-paid", owner="N",
    frm=("Studio Amministrazioni Condominiali De Palma", "depalma.amministrazioni@pec-libero.it"),
    date="2026-12-14 09:31", mua="libero", q="libero",
    subject="R: Sollecito fattura n. 41/2026",
    orig=O("N", "Condominio Via Amendola 172", "depalma.amministrazioni@pec-libero.it", "reminder", "41/2026",
           "2026-12-11 09:00", amount="854,00 €", due="2026-11-30", sal="Spett.le Condominio Via Amendola 172,"),
    body="""
Buongiorno ing. Lorusso,
la sua fattura per la verifica dell'impianto di messa a terra l'ho inserita nella distinta di bonifici di venerdì scorso insieme all'ascensorista, dovrebbe già esserle arrivata o arrivare oggi. Se non la vede mi faccia sapere che controllo con la banca.
Cordiali saluti
Avv. Giacomo De Palma
""",
    L=dict(note="Condominium administrator: 'inserita nella distinta di bonifici di venerdì scorso' = already sent (paid), with an offer to check."))

# 38 agenzia: a fine mese
add("client-reply-promise", owner="E",
    frm=("Giorgia Trevisan", "giorgia@brentacomunicazione.it"),
    date="2026-11-18 10:12", mua="gmail", q="gmail",
    subject="Re: Fattura n. 37/2026 scaduta",
    orig=O("E", "Brenta Comunicazione snc", "giorgia@brentacomunicazione.it", "due", "37/2026",
           "2026-11-17 09:00", amount="915,00 €", due="2026-11-15", sal="Spett.le Brenta Comunicazione snc,"),
    body="""
Ciao Elena, sì scusa, avevamo dimenticato di inserirla. La mettiamo in pagamento a fine mese insieme agli altri collaboratori.
Giorgia
""",
    L=dict(promised_date="2026-11-30", note="'a fine mese' = last day of November."))

# 39 centro formazione: ore non fatte
add("client-reply-dispute", owner="F",
    frm=("Direzione Scuola Professionale Trinacria", "direzione@trinacriaformazione.it"),
    date="2026-11-23 16:40", mua="outlook", q="msgorig",
    subject="R: Sollecito fattura n. 43/2026",
    orig=O("F", "Trinacria Formazione srl", "direzione@trinacriaformazione.it", "reminder", "43/2026",
           "2026-11-20 09:00", amount="1.440,00 €", due="2026-11-10", sal="Spett.le Trinacria Formazione srl,"),
    body="""
Gentile dott.ssa Lo Bianco,

il corso di aggiornamento sicurezza era previsto di 12 ore: ne sono state svolte 8, l'ultima lezione del 29 ottobre è stata annullata e mai recuperata (abbiamo i registri firmati). In fattura invece risultano 12 ore a 120 euro.
Siamo disponibili a pagare le ore effettivamente svolte; Le chiediamo una nota di credito per le 4 ore non erogate.

Distinti saluti
Dott. Filippo Messina
Direttore
Trinacria Formazione srl – Ente accreditato Regione Siciliana
""",
    L=dict(reference="43/2026", note="Hours not delivered; pays only the hours done and asks a credit note: dispute."))

# 40 Comune: tracciabilità e conto dedicato
add("client-reply-other", owner="A",
    frm=("Ufficio Economato - Comune di Rovello Olona", "economato@comune.rovelloolona.va.it"),
    date="2026-11-11 12:04", mua="outlook", q="outlook", charset="windows-1252", cte="qp",
    subject="R: Fattura n. 42/2026",
    orig=O("A", "Comune di Rovello Olona", "economato@comune.rovelloolona.va.it", "invoice", "42/2026",
           "2026-11-10 15:00", amount="732,00 €", due="2026-12-10", sal="Spett.le Comune di Rovello Olona,"),
    body=f"""
Buongiorno,

ai fini della liquidazione della fattura in oggetto è necessario che ci trasmetta la dichiarazione sulla tracciabilità dei flussi finanziari (art. 3 L. 136/2010) con l’indicazione del conto corrente dedicato e delle persone delegate ad operare, nonché copia del documento d’identità.
Le ricordo inoltre di riportare sempre il CIG nelle prossime fatture.

Allego il modulo da compilare.

Cordiali saluti
Giovanna Rimoldi
Ufficio Economato
Comune di Rovello Olona

{PRIVACY_PA}
""",
    att=[("Modulo_tracciabilita_flussi.pdf", "application/pdf", fake_pdf("Dichiarazione tracciabilita flussi finanziari L. 136/2010"))],
    L=dict(note="PA asks for the traceability declaration before it can pay; no payment claim or date."))

# 41 la contabile è in allegato (HTML only)
add("client-reply-paid", owner="G",
    frm=("Paola Giordano", "p.giordano@studiotecnicogiordano.it"),
    date="2026-12-07 08:59", mua="o365", q="outlook", html="only",
    subject="R: Sollecito fattura n. 45/2026",
    orig=O("G", "Studio Tecnico Giordano", "p.giordano@studiotecnicogiordano.it", "reminder", "45/2026",
           "2026-12-04 09:00", amount="671,00 €", due="2026-11-25", sal="Spett.le Studio Tecnico Giordano,"),
    att=[("Contabile 45-2026.pdf", "application/pdf", fake_pdf("Intesa Sanpaolo - Contabile bonifico - EUR 671,00"))],
    body="""
Buongiorno,
la contabile è in allegato.
Saluti
Paola
""",
    L=dict(note="Terse: 'la contabile è in allegato' (the transfer receipt) = paid. HTML-only Outlook with PDF; no amount stated in the text."))

# 42 Comune sardo: mandato entro il 20 dicembre
add("client-reply-promise", owner="M",
    frm=("Area Finanziaria Comune di Santu Lussurgiu Marina", "ragioneria@comune.santulussurgiumarina.or.it"),
    date="2026-12-02 11:11", mua="outlook", q="outlook2",
    subject="R: Sollecito fattura n. 39/2026",
    orig=O("M", "Comune di Santu Lussurgiu Marina", "ragioneria@comune.santulussurgiumarina.or.it", "reminder",
           "39/2026", "2026-11-30 09:00", amount="2.440,00 €", due="2026-11-15",
           sal="Spett.le Comune di Santu Lussurgiu Marina,"),
    body=f"""
Gentile sig. Pinna,

la fattura elettronica in oggetto (CIG Z8A3F0112C, CUP H49J26000120004 – rifacimento sito istituzionale) è stata accettata ed è in fase di liquidazione. Il mandato di pagamento sarà emesso entro il 20 dicembre, compatibilmente con la chiusura delle verifiche di regolarità contributiva (DURC).
Le ricordo che, essendo l'Ente soggetto a split payment, verrà liquidato il solo imponibile.

Cordiali saluti
Il Responsabile dell'Area Finanziaria
Rag. Giovanni Maria Sanna

{PRIVACY_PA}
""",
    L=dict(promised_date="2026-12-20",
           note="PA: invoice accepted, 'il mandato di pagamento sarà emesso entro il 20 dicembre' = promise (future mandato, not yet issued)."))

# 43 PAYMENT-NOTIFICATION: bank, bonifico in arrivo (HTML)
add_raw("payment-notification", [
    "Return-Path: <bounce-notifiche@intesasanpaolo.com>",
    "Date: Thu, 26 Nov 2026 07:42:18 +0100",
    "From: Intesa Sanpaolo <notifiche@intesasanpaolo.com>",
    "To: alessandra@example.it",
    "Subject: Hai ricevuto un bonifico",
    "Message-ID: <20261126064218.12893.4471@notifiche.intesasanpaolo.com>",
    "MIME-Version: 1.0",
], multipart("alternative", [
    leaf("text/plain", """Gentile Cliente,

ti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un bonifico.

Ordinante: STUDIO DENTISTICO DR. PEREGO GIANLUCA
Importo: 732,00 EUR
Data accredito: 26/11/2026
Causale: SALDO FATTURA 37/2026 DEL 30/10/2026

Puoi consultare il dettaglio dei movimenti nell'app Intesa Sanpaolo Mobile o nell'Area Clienti del sito.

Questa comunicazione è generata automaticamente: ti preghiamo di non rispondere.
Intesa Sanpaolo S.p.A.
""", "utf-8", "qp"),
    leaf("text/html", """<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#2c7a3f;color:#fff;padding:12px;font-size:18px">Intesa Sanpaolo</td></tr>
<tr><td style="padding:16px">
<p>Gentile Cliente,</p>
<p>ti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un bonifico.</p>
<table cellpadding="4">
<tr><td><b>Ordinante</b></td><td>STUDIO DENTISTICO DR. PEREGO GIANLUCA</td></tr>
<tr><td><b>Importo</b></td><td>732,00 EUR</td></tr>
<tr><td><b>Data accredito</b></td><td>26/11/2026</td></tr>
<tr><td><b>Causale</b></td><td>SALDO FATTURA 37/2026 DEL 30/10/2026</td></tr>
</table>
<p>Puoi consultare il dettaglio dei movimenti nell'app Intesa Sanpaolo Mobile o nell'Area Clienti del sito.</p>
<p style="font-size:11px;color:#888">Questa comunicazione è generata automaticamente: ti preghiamo di non rispondere.<br>Intesa Sanpaolo S.p.A.</p>
</td></tr></table></body></html>
""", "utf-8", "qp"),
], "=_intesa_b7c1a9e0"),
    L=dict(amount="732.00", reference="37/2026",
           note="Bank alert of an incoming transfer; the causale names the invoice."))

# 44 videomaker: giorno di riprese in più
add("client-reply-dispute", owner="D",
    frm=("Giovanni Amato", "g.amato@cantineamato.it"),
    date="2026-11-16 18:20", mua="outlook", q="outlook", html="alt",
    subject="R: Fattura n. 2026/40",
    orig=O("D", "Cantine Amato srl", "g.amato@cantineamato.it", "invoice", "2026/40", "2026-11-16 12:00",
           amount="3.660,00 €", due="2026-12-16", sal="Spett.le Cantine Amato srl,"),
    body="""
Davide,
nel preventivo c'erano due giorni di riprese in vigna, in fattura ne trovo tre. Il terzo giorno l'hai deciso tu per rifare le scene col drone perché il primo giorno c'era vento: non mi sembra giusto che lo paghi io.
Rifammi la fattura con due giorni come da preventivo, per favore.
Giovanni Amato
Cantine Amato – Taurasi (AV)
""",
    L=dict(reference=None, note="An extra shooting day billed that the client did not ask for: dispute. No number in his own text."))

# 45 studio dentistico Bari: il 15 con gli altri fornitori
add("client-reply-promise", owner="N",
    frm=("Segreteria Studio Dentistico Dott. Abbascià", "segreteria@studioabbascia.it"),
    date="2026-12-09 17:18", mua="gmail", q="gmail",
    subject="Re: Sollecito fattura n. 46/2026",
    orig=O("N", "Studio Dentistico Dott. Nicola Abbascià", "segreteria@studioabbascia.it", "reminder", "46/2026",
           "2026-12-09 09:00", amount="488,00 €", due="2026-11-30", sal="Spett.le Studio Dentistico Dott. Nicola Abbascià,"),
    body="""
Buonasera Ingegnere,
il dottore mi ha detto di metterla coi fornitori del 15, quindi la pago io il 15 insieme agli altri. Mi scusi per il ritardo.
Cordiali saluti
Annamaria
Segreteria Studio Dentistico Dott. Abbascià
Via Sparano 88 – Bari
""",
    L=dict(promised_date="2026-12-15", note="Dental practice secretary: 'la pago io il 15' = 15 December."))

# 46 gmail HTML-only: tutto sistemato
add("client-reply-paid", owner="E",
    frm=("Valentina Scarpa", "vale.scarpa.yoga@gmail.com"),
    date="2026-12-06 09:03", mua="gmail", q="gmail", html="only",
    subject="Re: Sollecito fattura n. 42/2026",
    orig=O("E", "Valentina Scarpa", "vale.scarpa.yoga@gmail.com", "reminder", "42/2026", "2026-12-04 09:00",
           amount="320,00 €", due="2026-11-25"),
    body="""
Ciao Elena!
Tutto sistemato, ieri sera ti ho fatto il bonifico dall'app 🙏 scusa scusa scusa
Vale
""",
    L=dict(note="HTML-only Gmail, 'Tutto sistemato, ieri sera ti ho fatto il bonifico' = paid."))

# 47 girata all'amministrazione
add("client-reply-other", owner="F",
    frm=("Ing. Marco Giambrone", "m.giambrone@giambroneimpianti.it"),
    cc=[("Ufficio Amministrativo Giambrone Impianti", "amministrazione@giambroneimpianti.it")],
    date="2026-11-24 08:12", mua="outlook", q="outlook",
    subject="R: Sollecito fattura n. 39/2026",
    orig=O("F", "Giambrone Impianti srl", "m.giambrone@giambroneimpianti.it", "reminder", "39/2026",
           "2026-11-23 09:00", amount="610,00 €", due="2026-11-13", sal="Spett.le Giambrone Impianti srl,"),
    body="""
Buongiorno,
giro all'ufficio amministrativo in copia, che segue i pagamenti fornitori.
Rosi, mi verifichi per favore?
Grazie
Marco Giambrone
""",
    L=dict(note="Forwarded internally to accounts (cc); no claim."))

# 48 entro il 15 scritto il 20 (mese dopo)
add("client-reply-promise", owner="A",
    frm=("Luca Fontana", "luca.fontana@fontanaeventi.com"),
    date="2026-11-20 18:32", mua="gmail", q="gmail",
    subject="Re: Sollecito fattura n. 27/2026",
    orig=O("A", "Fontana Eventi srl", "luca.fontana@fontanaeventi.com", "reminder", "27/2026", "2026-11-20 09:00",
           amount="1.952,00 €", due="2026-11-05", sal="Spett.le Fontana Eventi srl,"),
    body="""
Ciao Alessandra,
hai ragione, siamo in ritardo. Il nostro cliente principale ci paga a 90 giorni e noi siamo tirati. Possiamo saldare entro il 15, la banca ci anticipa le fatture a inizio mese. Va bene?
Luca
""",
    L=dict(promised_date="2026-12-15",
           note="Written on 20 November: 'entro il 15' has passed this month, so 15 December."))

# 49 qualità della traduzione
add("client-reply-dispute", owner="G",
    frm=("Roberto Chiesa", "roberto.chiesa@chiesameccanica.it"),
    date="2026-12-01 11:40", mua="outlook", q="outlook", html="alt",
    subject="R: Sollecito fattura n. 42/2026",
    orig=O("G", "Chiesa Meccanica srl", "roberto.chiesa@chiesameccanica.it", "reminder", "42/2026",
           "2026-11-30 09:00", amount="1.830,00 €", due="2026-11-20", sal="Spett.le Chiesa Meccanica srl,"),
    body="""
Buongiorno,

sulla traduzione del manuale tecnico in tedesco il nostro distributore di Stoccarda ci ha rimandato indietro più di quaranta correzioni, alcune anche gravi (unità di misura sbagliate nelle tabelle di coppia di serraggio). L'abbiamo dovuta far rivedere da un'altra agenzia a nostre spese.
In queste condizioni non ritengo di dover pagare l'importo pieno. Mi faccia una proposta.

Roberto Chiesa
Chiesa Meccanica srl – Ufficio Tecnico
""",
    L=dict(note="Quality complaint, refuses to pay the full amount: dispute."))

# 50 negozio: pagamento fornitori del 30
add("client-reply-promise", owner="D",
    frm=("Amministrazione Caseificio Di Lorenzo", "amministrazione@caseificiodilorenzo.it"),
    date="2027-01-12 10:45", mua="outlook", q="msgorig", charset="iso-8859-1", encode_as="cp1252",
    subject="R: Sollecito fattura n. 2026/37",
    orig=O("D", "Caseificio Di Lorenzo srl", "amministrazione@caseificiodilorenzo.it", "reminder", "2026/37",
           "2027-01-11 09:00", amount="976,00 €", due="2026-12-31", sal="Spett.le Caseificio Di Lorenzo srl,"),
    body="""
Buongiorno sig. Esposito,
la fattura per le foto del catalogo è stata inserita nel pagamento fornitori del 30 gennaio, che è la nostra data fissa di fine mese. Purtroppo prima non è possibile, le date le decide il titolare.
Cordiali saluti
Teresa Di Lorenzo
Caseificio Di Lorenzo srl – Agerola (NA)
""",
    L=dict(promised_date="2027-01-30", note="'inserita nel pagamento fornitori del 30 gennaio' = promise for 30 January. cp1252 declared iso-8859-1."))

# 51 commercialista per conto del cliente: saldata
add("client-reply-paid", owner="M",
    frm=("Dott. Efisio Murgia", "studio@murgiacommercialisti.it"),
    cc=[("Ortu Costruzioni", "info@ortucostruzioni.it")],
    date="2026-12-11 16:05", mua="thunderbird", q="thunderbird",
    subject="Re: Sollecito fattura n. 45/2026",
    orig=O("M", "Ortu Costruzioni srl", "info@ortucostruzioni.it", "reminder", "45/2026", "2026-12-09 09:00",
           amount="2.928,00 €", due="2026-11-30", sal="Spett.le Ortu Costruzioni srl,"),
    body=f"""
Gentile sig. Pinna,

per conto del mio cliente Ortu Costruzioni srl, che legge in copia, Le comunico che la fattura n. 45/2026 è stata saldata con bonifico del 10/12/2026 di euro 2.928,00 sul conto indicato in fattura.

Cordiali saluti
Dott. Efisio Murgia
Dottore Commercialista – Revisore Legale
Via Sonnino 77 – 09127 Cagliari

{PRIVACY_STUDIO}
""",
    L=dict(amount="2928.00", reference="45/2026", note="Accountant writing on the client's behalf; 'saldata con bonifico del 10/12'."))

# 52 lunedì (venerdì -> lunedì 21)
add("client-reply-promise", owner="D",
    frm=("Pasquale Ferrara", "pasqualeferrara@tin.it"),
    date="2026-12-18 19:58", mua="generic", q="outlook",
    subject="R: Sollecito fattura n. 2026/42",
    orig=O("D", "Pasquale Ferrara", "pasqualeferrara@tin.it", "reminder", "2026/42", "2026-12-18 09:00",
           amount="450,00 €", due="2026-12-05"),
    body="""
Buonasera Davide, lunedì mattina ti faccio il bonifico, oggi la banca era già chiusa quando sono uscito dal negozio.
Buone feste
Pasquale
""",
    L=dict(promised_date="2026-12-21", note="Friday evening: 'lunedì mattina' = Monday 21 December."))


# ============================================================================================
# 0053-0078
# ============================================================================================

# 53 due fatture uguali
add("client-reply-dispute", owner="E",
    frm=("Nicola Vianello", "nicola@vianellonautica.it"),
    date="2026-12-03 14:51", mua="apple", q="apple",
    subject="Re: Riepilogo fatture da saldare",
    orig=O("E", "Vianello Nautica srl", "nicola@vianellonautica.it", "statement", "44/2026", "2026-12-02 09:00",
           invoices=[("44/2026", "549,00 €", "2026-11-20"), ("46/2026", "549,00 €", "2026-11-25")],
           deadline="2026-12-12", sal="Spett.le Vianello Nautica srl,"),
    body="""
Ciao Elena,
credo ci sia un errore: sono due volte la stessa fattura, la 44 e la 46, stessa cifra e stessa descrizione (gestione pagine novembre). Novembre è uno solo 🙂
Una la pago, l'altra me la annulli per favore? Dimmi tu quale.

Nicola

Inviato da iPad
""",
    L=dict(note="Statement of two invoices; client says they are the same job billed twice and asks to cancel one: dispute (already billed)."))

# 54 siciliano: ci ho fatto il bonifico
add("client-reply-paid", owner="F",
    frm=("Totò Scalia", "totoscalia59@libero.it"),
    date="2027-01-12 12:33", mua="libero", q="libero",
    subject="R: Sollecito fattura n. 1/2027",
    orig=O("F", "Salvatore Scalia", "totoscalia59@libero.it", "reminder", "1/2027", "2027-01-11 09:00",
           amount="300,00 €", due="2027-01-05"),
    body="""
Dottoressa buongiorno, ci ho fatto il bonifico stamatina alla posta, 300 euri, mi fa sapere se ci arrivò. Mi scusasse per il ritardo ma fino a ieri ero a Catania da mia figlia.
Saluti
Totò Scalia
""",
    L=dict(amount="300.00", note="Sicilian Italian ('ci ho fatto il bonifico', 'ci arrivò', 'mi scusasse'); paid this morning at the post office."))

# 55 lavoro nuovo, nessuna dichiarazione sulla fattura
add("client-reply-other", owner="A",
    frm=("Giorgio Vitali", "g.vitali@vitaligraficheeditoriali.it"),
    date="2026-12-15 11:20", mua="outlook", q="outlook", html="alt",
    subject="R: Promemoria: fattura n. 37/2026 in scadenza",
    orig=O("A", "Vitali Grafiche Editoriali", "g.vitali@vitaligraficheeditoriali.it", "courtesy", "37/2026",
           "2026-12-14 09:00", amount="1.220,00 €", due="2026-12-18", issue="2026-11-18",
           sal="Spett.le Vitali Grafiche Editoriali,"),
    body="""
Ciao Alessandra,
a proposito di fatture e di fine anno: ci serve un preventivo per il catalogo 2027, 64 pagine più copertina, stessa impostazione di quest'anno ma con le foto nuove. Riusciamo a vederci prima di Natale? Io ci sono martedì o mercoledì pomeriggio.
Giorgio
""",
    L=dict(note="Replies to the courtesy reminder only to ask a quote for new work; no claim about the invoice."))

# 56 fondazione: entro il 31 gennaio
add("client-reply-promise", owner="G",
    frm=("Ufficio Amministrazione Fondazione Carlo Vidua", "amministrazione@fondazionevidua.org"),
    date="2027-01-08 10:17", mua="outlook", q="outlook2",
    subject="R: Sollecito fattura n. 49/2026",
    orig=O("G", "Fondazione Carlo Vidua", "amministrazione@fondazionevidua.org", "reminder", "49/2026",
           "2027-01-07 09:00", amount="2.318,00 €", due="2026-12-20", sal="Spett.le Fondazione Carlo Vidua,"),
    body=f"""
Gentile dott.ssa Ferraro,

ci scusiamo per il ritardo. La fattura relativa alla traduzione del catalogo della mostra è stata approvata dal Consiglio di Amministrazione nella seduta di dicembre e verrà saldata entro il 31 gennaio, con il primo flusso di pagamenti dell'anno.

Cordiali saluti
Dott.ssa Alessia Vercellone
Ufficio Amministrazione – Fondazione Carlo Vidua
Via Po 17 – 10124 Torino

{PRIVACY_STUDIO}
""",
    L=dict(promised_date="2027-01-31", note="Foundation: 'verrà saldata entro il 31 gennaio'."))

# 57 amministratore condominio: tabella HTML dei pagamenti disposti
add("client-reply-paid", owner="N",
    frm=("Studio Amministrazioni Ranieri", "info@ranieriamministrazioni.it"),
    date="2026-12-22 12:40", mua="o365", q="outlook", html="only",
    subject="R: Sollecito fattura n. 27/2026",
    orig=O("N", "Condominio Residence Il Faro", "info@ranieriamministrazioni.it", "reminder", "27/2026",
           "2026-12-21 09:00", amount="1.220,00 €", due="2026-12-10", sal="Spett.le Condominio Residence Il Faro,"),
    body="x",
    html_body="""<p class="MsoNormal">Gentile Ing. Lorusso,</p>
<p class="MsoNormal">Le comunico che in data odierna sono stati disposti i seguenti pagamenti per conto del Condominio Residence Il Faro:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri;font-size:10pt">
<tr style="background:#DDEBF7"><td><b>Fornitore</b></td><td><b>Documento</b></td><td><b>Importo</b></td><td><b>Data valuta</b></td></tr>
<tr><td>Ing. Nicola Lorusso</td><td>Fatt. n. 27/2026</td><td>€ 1.220,00</td><td>23/12/2026</td></tr>
<tr><td>Puglia Ascensori srl</td><td>Fatt. n. 812/2026</td><td>€ 396,50</td><td>23/12/2026</td></tr>
<tr><td>Pulizie Smeraldo</td><td>Fatt. n. 77</td><td>€ 580,00</td><td>23/12/2026</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Cordiali saluti e auguri di buone feste<br>Dott.ssa Anna Ranieri<br>Amministratore condominiale – Via Dante 12, Monopoli (BA)</p>
""",
    L=dict(amount="1220.00", reference="27/2026",
           note="HTML-only Outlook with a table of payments 'disposti in data odierna'; only the first row is ours. Other suppliers' amounts must not be taken."))

# 58 totale sbagliato: spese non concordate
add("client-reply-dispute", owner="M",
    frm=("Stefania Piras", "stefania.piras@agriturismosuforru.it"),
    date="2026-11-26 09:44", mua="gmail", q="gmail",
    subject="Re: Fattura n. 35/2026 scaduta",
    orig=O("M", "Agriturismo Su Forru", "stefania.piras@agriturismosuforru.it", "due", "35/2026",
           "2026-11-25 09:00", amount="1.281,00 €", due="2026-11-24", sal="Spett.le Agriturismo Su Forru,"),
    body="""
Ciao Marco,
guarda che il totale non torna: avevamo detto 1.000 + IVA per il sito, cioè 1.220. In fattura ci sono anche 50 euro di "spese di attivazione" che non mi avevi mai nominato. Me la rifai da 1.220 e te la pago subito.
Stefania
""",
    L=dict(amount="1220.00",
           note="Contests an extra 50 euro line not agreed; will pay 1.220 once corrected. Dispute (wrong amount), 1220 is the amount accepted."))

# 59 non prima del 10
add("client-reply-promise", owner="E",
    frm=("Hotel Ca' Zorzi - Direzione", "direzione@hotelcazorzi.it"),
    date="2027-01-04 11:02", mua="outlook", q="outlook",
    subject="R: Sollecito fattura n. 45/2026",
    orig=O("E", "Hotel Ca' Zorzi", "direzione@hotelcazorzi.it", "reminder", "45/2026", "2027-01-04 09:00",
           amount="1.830,00 €", due="2026-12-20", sal="Spett.le Hotel Ca' Zorzi,"),
    body="""
Buongiorno Elena,
buon anno! Purtroppo non riusciamo prima del 10: a inizio gennaio aspettiamo gli incassi delle agenzie per il Capodanno e solo dopo facciamo girare i fornitori. Grazie della pazienza.
Martina Zorzi
""",
    L=dict(promised_date="2027-01-10", note="'non riusciamo prima del 10' = promise for 10 January."))

# 60 ricevuta + foto in alta
add("client-reply-other", owner="D",
    frm=("Marianna Sorrentino", "marianna@sorrentinogioielli.it"),
    date="2026-12-10 16:25", mua="gmail", q="gmail",
    subject="Re: Fattura n. 2026/38",
    orig=O("D", "Sorrentino Gioielli", "marianna@sorrentinogioielli.it", "invoice", "2026/38", "2026-12-10 14:00",
           amount="1.098,00 €", due="2027-01-09", sal="Ciao Marianna,",
           text="Ciao Marianna,\n\nti mando la fattura n. 2026/38 per lo shooting della collezione natalizia (1.098,00 €, scadenza 9 gennaio).\n\nA presto,\nDavide"),
    body="""
Ricevuta grazie! Ma le foto in alta risoluzione per la stampa dei cataloghi me le mandi con WeTransfer o le carichi sul drive? La tipografia le vuole entro venerdì.
Marianna
""",
    L=dict(note="'Ricevuta' = the invoice was received; the real content is a question about the photo files."))

# 61 distinta del 27/11
add("client-reply-paid", owner="A",
    frm=("Contabilità Fornitori - Brianza Packaging", "contabilita.fornitori@brianzapackaging.it"),
    date="2026-12-01 09:12", mua="o365", q="outlook",
    subject="RE: Sollecito fattura n. 24/2026",
    orig=O("A", "Brianza Packaging spa", "contabilita.fornitori@brianzapackaging.it", "reminder", "24/2026",
           "2026-11-30 09:00", amount="2.074,00 €", due="2026-11-20", sal="Spett.le Brianza Packaging spa,"),
    body="""
Buongiorno,

il pagamento della fattura in oggetto risulta eseguito nella distinta del 27/11. Se entro fine settimana non dovesse vederlo accreditato ci rimandi una mail con le coordinate bancarie complete, così facciamo verificare.

Cordiali saluti
Contabilità Fornitori
Brianza Packaging S.p.A.
""",
    L=dict(note="Accounts payable: 'risulta eseguito nella distinta del 27/11' = paid; the number is only in the subject, so no reference."))

# 62 BOUNCE Exchange Online: RecipientNotFound
_o62 = O("D", "Hotel Costa Smeralda Positano", "booking@hotelcostasmeraldapositano.it", "reminder", "2026/34",
         "2026-12-07 09:00", amount="1.586,00 €", due="2026-11-27", sal="Spett.le Hotel Costa Smeralda,")
add_raw("bounce", [
    "Return-Path: <>",
    "Date: Mon, 7 Dec 2026 08:00:41 +0000",
    "From: postmaster@hotelcostasmeraldapositano.it",
    "To: davide@espositofoto.it",
    "Subject: =?utf-8?Q?Non_recapitabile:_Sollecito_fattura_n._2026/34?=",
    "Message-ID: <7b1e0c0e-5f1a-4b7c-9a8e-0f2c12a4e6d1@DB8PR04MB6521.eurprd04.prod.outlook.com>",
    "Auto-Submitted: auto-replied",
    "Content-Language: it-IT",
    "X-MS-Exchange-Message-Is-Ndr: ",
    "MIME-Version: 1.0",
], dsn("DB8PR04MB6521.eurprd04.prod.outlook.com", "Mon, 7 Dec 2026 08:00:39 +0000",
       "booking@hotelcostasmeraldapositano.it", "failed", "5.1.10",
       "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient booking@hotelcostasmeraldapositano.it not found by SMTP address lookup",
       text="""Impossibile recapitare il messaggio a questi destinatari o gruppi:

booking@hotelcostasmeraldapositano.it
L'indirizzo di posta elettronica immesso non è stato trovato. Controllare l'indirizzo di posta elettronica del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare il supporto tecnico.

Informazioni di diagnostica per amministratori:

Server di generazione: DB8PR04MB6521.eurprd04.prod.outlook.com

booking@hotelcostasmeraldapositano.it
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", boundary="_b1d8e6f0-3c2a-4e11-8d6f-ndr_", orig_headers=orig_headers_for(_o62)),
    L=dict(failed_recipient="booking@hotelcostasmeraldapositano.it", permanent=True,
           note="Exchange Online NDR in Italian (Non recapitabile), 5.1.10 recipient not found."))

# 63 domani senza falla
add("client-reply-promise", owner="F",
    frm=("Giuseppe Lo Cascio", "lo.cascio.giuseppe@gmail.com"),
    date="2026-12-22 20:15", mua="android", q="gmail",
    subject="Re: Sollecito fattura n. 49/2026",
    orig=O("F", "Autoscuola Lo Cascio", "lo.cascio.giuseppe@gmail.com", "reminder", "49/2026", "2026-12-22 09:00",
           amount="366,00 €", due="2026-12-12", sal="Spett.le Autoscuola Lo Cascio,"),
    body="""
Dottoressa mi perdoni, me lo ero scordato completamente. Domani senza falla le faccio il bonifico, prima di chiudere per Natale.
Giuseppe
Autoscuola Lo Cascio – Bagheria
""",
    L=dict(promised_date="2026-12-23", note="'Domani senza falla' (Sicilian idiom: without fail) = 23 December."))

# 64 sito non completato: schede prodotto mancanti
add("client-reply-dispute", owner="G",
    frm=("Elisa Gatti", "e.gatti@gattibiscotti.it"),
    date="2026-12-16 15:09", mua="o365", q="outlook", html="alt",
    subject="RE: Sollecito fattura n. 48/2026",
    orig=O("G", "Gatti Biscotti srl", "e.gatti@gattibiscotti.it", "reminder", "48/2026", "2026-12-15 09:00",
           amount="1.342,00 €", due="2026-12-05", sal="Spett.le Gatti Biscotti srl,"),
    body="""
Buongiorno Giulia,

scusi se rispondo solo adesso. In fattura c'è "traduzione sito completo EN/DE", ma le schede prodotto (le 38 pagine del catalogo online) non sono state tradotte: abbiamo ricevuto solo le pagine istituzionali e il blog.
Finché non arrivano le schede non posso autorizzare il pagamento dell'intera fattura. Se preferisce può fatturare separatamente la parte consegnata.

Cordiali saluti
Elisa Gatti
Marketing – Gatti Biscotti srl
""",
    L=dict(note="Work not finished as invoiced; withholds payment until delivered: dispute."))

# 65 società partecipata: mandato emesso
add("client-reply-paid", owner="M",
    frm=("Ufficio Contabilità - Campidano Servizi spa", "contabilita@campidanoservizi.it"),
    date="2026-12-16 13:20", mua="outlook", q="msgorig",
    subject="R: Sollecito fattura n. 44/2026",
    orig=O("M", "Campidano Servizi spa", "contabilita@campidanoservizi.it", "reminder", "44/2026",
           "2026-12-14 09:00", amount="3.172,00 €", due="2026-11-30", sal="Spett.le Campidano Servizi spa,"),
    body=f"""
Gentile fornitore,

in riferimento alla Vs. fattura n. 44/2026 si comunica che il relativo ordinativo di pagamento è stato emesso in data 15/12/2026 per l'importo di € 2.600,00, al netto dell'IVA di € 572,00 trattenuta in regime di scissione dei pagamenti (art. 17-ter DPR 633/72), società controllata da enti pubblici inclusa negli elenchi MEF.

Distinti saluti
Ufficio Contabilità e Bilancio
Campidano Servizi S.p.A. – Società a partecipazione pubblica
Zona Industriale, Villacidro (SU)

{PRIVACY_PA}
""",
    L=dict(amount="2600.00", reference="44/2026",
           note="Publicly-owned company: payment order issued for the taxable amount; VAT retained under split payment (not a dispute)."))

# 66 giovedì facciamo i bonifici
add("client-reply-promise", owner="A",
    frm=("Francesca Moretti", "francesca.moretti@morettiottica.it"),
    date="2026-12-01 12:48", mua="iphone", q="apple",
    subject="Re: Fattura n. 25/2026 scaduta",
    orig=O("A", "Moretti Ottica", "francesca.moretti@morettiottica.it", "due", "25/2026", "2026-12-01 09:00",
           amount="427,00 €", due="2026-11-30", sal="Spett.le Moretti Ottica,"),
    body="""
Ciao, sì lo so, giovedì faccio i bonifici e ci sei anche tu. Buona giornata
F.

Inviato da iPhone
""",
    L=dict(promised_date="2026-12-03", note="Tuesday: 'giovedì faccio i bonifici' = Thursday 3 December."))

# 67 IBAN cambiato?
add("client-reply-other", owner="N",
    frm=("Farmacia Centrale Dott. Sasso", "farmaciasasso@farmaciecentrali.it"),
    date="2027-01-18 10:14", mua="aruba", q="roundcube",
    subject="Re: Sollecito fattura n. 3/2027",
    orig=O("N", "Farmacia Centrale Dott. Sasso", "farmaciasasso@farmaciecentrali.it", "reminder", "3/2027",
           "2027-01-18 09:00", amount="549,00 €", due="2027-01-10", sal="Spett.le Farmacia Centrale Dott. Sasso,"),
    body="""
Buongiorno Ingegnere,
prima di pagare una domanda: l'IBAN in questa mail è diverso da quello della fattura di giugno (quella dell'APE), che era su Banca Popolare di Bari. È cambiato il conto? Preferisco chiedere, non si sa mai.
Grazie
Dott. Vincenzo Sasso
""",
    L=dict(note="Asks whether the IBAN changed before paying; 'prima di pagare' is not a promise with any commitment."))

# 68 TUTTO MAIUSCOLO: password
add("client-reply-dispute", owner="E",
    frm=("PIZZERIA DA BEPI", "pizzeriadabepi@gmail.com"),
    date="2026-12-09 23:41", mua="android", q="gmail",
    subject="Re: Secondo sollecito: fattura n. 38/2026",
    orig=O("E", "Pizzeria Da Bepi", "pizzeriadabepi@gmail.com", "late_fee", "38/2026", "2026-12-09 09:00",
           amount="610,00 €", due="2026-11-05", deadline="2026-12-19", sal="Spett.le Pizzeria Da Bepi,"),
    body="""
NON PAGO NIENTE FINCHE NON MI RIDATE LE PASSWORD DELLA PAGINA FACEBOOK E DI INSTAGRAM. LA PAGINA E MIA NON VOSTRA. CHIARO???
BEPI
""",
    L=dict(note="All caps, withholds payment until a condition is met (credentials handed back): dispute."))

# 69 inoltro interno dall'amministrazione
add("client-reply-paid", owner="D",
    frm=("Alessia Ruggiero", "a.ruggiero@gruppomediterranea.it"),
    date="2026-12-04 17:06", mua="o365", q="none", html="alt", no_thread=True,
    subject="I: pagamento fornitori",
    orig=O("D", "Gruppo Mediterranea srl", "a.ruggiero@gruppomediterranea.it", "reminder", "2026/36",
           "2026-12-03 09:00", amount="2.440,00 €", due="2026-11-25", sal="Spett.le Gruppo Mediterranea srl,"),
    body="""
Davide ti inoltro la risposta dell'amministrazione, così sei tranquillo.
Alessia

________________________________
Da: Amministrazione Gruppo Mediterranea <amministrazione@gruppomediterranea.it>
Inviato: venerdì 4 dicembre 2026 16:51
A: Alessia Ruggiero <a.ruggiero@gruppomediterranea.it>
Oggetto: R: pagamento fornitori

Ciao Alessia,
sì, Esposito è uscito oggi con il pagamento dei fornitori, la 2026/36 per intero (2.440). Lo vedrà lunedì per la valuta.
Ciao
Carla
""",
    L=dict(amount="2440.00", reference="2026/36",
           note="Client contact forwards an internal reply from accounts ('è uscito oggi con il pagamento dei fornitori'): paid. New thread ('I:' forward, no In-Reply-To)."))

# 70 AUTO-REPLY: ticket help desk
add("auto-reply", owner="G", machine=True,
    frm=("Supporto Amministrativo Lanificio Biellese", "helpdesk@lanificiobiellese.it"),
    date="2026-12-01 09:02", mua="generic", q="none",
    subject="[Ticket#2026120110000417] Ricevuta la sua richiesta: Sollecito fattura n. 44/2026",
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: bulk", "X-OTRS-Loop: yes"],
    orig=O("G", "Lanificio Biellese spa", "amministrazione@lanificiobiellese.it", "reminder", "44/2026",
           "2026-12-01 09:00", amount="2.196,00 €", due="2026-11-20", sal="Spett.le Lanificio Biellese spa,"),
    body="""
Gentile utente,

abbiamo ricevuto la sua richiesta "Sollecito fattura n. 44/2026", alla quale è stato assegnato il numero di ticket 2026120110000417.

Un operatore dell'Ufficio Amministrazione prenderà in carico la richiesta entro 3 giorni lavorativi. Per aggiungere informazioni risponda a questa email senza modificare l'oggetto.

Questo è un messaggio generato automaticamente, la preghiamo di non rispondere per altri motivi.

Lanificio Biellese S.p.A. – Help Desk Amministrativo
""",
    L=dict(note="Help-desk ticket acknowledgement with RFC 3834 headers; no return date."))

# 71 fine mese + preventivo
add("client-reply-promise", owner="M",
    frm=("Simone Loi", "simone@loiassicurazioni.it"),
    date="2027-01-19 18:05", mua="gmail", q="gmail", html="alt",
    subject="Re: Sollecito fattura n. 1/2027",
    orig=O("M", "Loi Assicurazioni sas", "simone@loiassicurazioni.it", "reminder", "1/2027", "2027-01-19 09:00",
           amount="610,00 €", due="2027-01-15", sal="Spett.le Loi Assicurazioni sas,"),
    body="""
Ciao Marco,
te la pago a fine mese con gli altri fornitori, va bene? Intanto mi mandi il preventivo per il nuovo sito dell'agenzia di Oristano? Vorrei partire a marzo.
Simone
""",
    L=dict(promised_date="2027-01-31", note="'a fine mese' = 31 January; also asks for a quote on other work."))

# 72 il figlio della signora anziana
add("client-reply-paid", owner="G",
    frm=("Paolo Actis", "paolo.actis@fastwebnet.it"),
    date="2026-12-12 10:30", mua="thunderbird", q="thunderbird",
    subject="Re: Sollecito fattura n. 52/2026",
    orig=O("G", "Maria Teresa Actis", "paolo.actis@fastwebnet.it", "reminder", "52/2026", "2026-12-11 09:00",
           amount="95,00 €", due="2026-12-01"),
    body="""
Buongiorno,
sono il figlio della signora Actis, leggo io la posta per lei. Mia mamma dice che il bonifico l'ha già fatto in banca la settimana scorsa, è andata di persona allo sportello, però non si ricorda se ha messo il numero della fattura nella causale. Può controllare se le è arrivato qualcosa a nome Actis Maria Teresa?
Grazie
Paolo Actis
""",
    L=dict(note="Son of an elderly client relays her paid claim (transfer at the bank counter last week) and asks to check: paid."))

# 73 PA: fattura rifiutata per importo non conforme all'impegno
add("client-reply-dispute", owner="F",
    frm=("Settore Ragioneria - Comune di Valledolmo Alta", "ragioneria@comune.valledolmoalta.pa.it"),
    date="2026-11-09 12:55", mua="outlook", q="outlook", charset="iso-8859-1", encode_as="cp1252",
    subject="R: Fattura n. 40/2026",
    orig=O("F", "Comune di Valledolmo Alta", "ragioneria@comune.valledolmoalta.pa.it", "invoice", "40/2026",
           "2026-11-05 16:00", amount="2.440,00 €", due="2026-12-05", sal="Spett.le Comune di Valledolmo Alta,"),
    body=f"""
Gentile dott.ssa Lo Bianco,

si comunica che la fattura elettronica n. 40/2026 è stata rifiutata tramite SdI in quanto l’importo non corrisponde a quanto previsto dalla determina di affidamento n. 212 del 14/09/2026, che prevede un compenso di € 2.000,00 esente IVA ai sensi dell’art. 10 DPR 633/72 (attività formativa), mentre in fattura è stata applicata l’IVA al 22%.
La invitiamo a riemettere il documento conformemente alla determina.

Distinti saluti
Il Responsabile del Settore
Dott.ssa Concetta Li Vigni

{PRIVACY_PA}
""",
    L=dict(reference="40/2026",
           note="PA rejects the e-invoice: wrong VAT / amount vs. the award decision. Contest of the amount = dispute. cp1252 bytes declared iso-8859-1."))

# 74 appena la ASL mi liquida (vague)
add("client-reply-promise", owner="N",
    frm=("Laboratorio Analisi Santa Rita", "amministrazione@labsantarita.it"),
    date="2027-01-26 13:37", mua="outlook", q="outlook",
    subject="R: Secondo sollecito: fattura n. 48/2026",
    orig=O("N", "Laboratorio Analisi Santa Rita srl", "amministrazione@labsantarita.it", "late_fee", "48/2026",
           "2027-01-25 09:00", amount="1.586,00 €", due="2026-12-20", deadline="2027-02-05",
           sal="Spett.le Laboratorio Analisi Santa Rita srl,"),
    body="""
Ingegnere buongiorno,
ha ragione, ma noi viviamo di convenzione e la ASL non ci liquida ottobre e novembre da mesi. Appena ci pagano, paghiamo pure a lei, è la prima della lista.
Cordiali saluti
Dott. Michele Lapenna
""",
    L=dict(note="'Appena ci pagano, paghiamo pure a lei' = promise conditional on their own receivables: vague, no date."))

# 75 PA: solo accettata
add("client-reply-other", owner="A",
    frm=("Protocollo - Parco Regionale Valle del Lambro", "protocollo@parcovallelambro.example.it"),
    date="2026-11-17 10:08", mua="outlook", q="outlook",
    subject="R: Fattura n. 41/2026",
    orig=O("A", "Parco Regionale Valle del Lambro", "protocollo@parcovallelambro.example.it", "invoice", "41/2026",
           "2026-11-16 12:00", amount="1.464,00 €", due="2026-12-16", sal="Spett.le Parco Regionale Valle del Lambro,"),
    body=f"""
Buongiorno,
si comunica che la fattura elettronica in oggetto è stata accettata ed è stata trasmessa all'ufficio competente per la liquidazione.
Distinti saluti
Ufficio Protocollo

{PRIVACY_PA}
""",
    L=dict(note="PA: invoice 'accettata' and passed on for liquidation. No date, no commitment beyond acceptance: other, not a promise."))

# 76 veneziano: go fato el bonifico
add("client-reply-paid", owner="E",
    frm=("Gianni Penzo", "gianni.penzo@alice.it"),
    date="2026-12-29 18:50", mua="generic", q="none",
    subject="Re: Sollecito fattura n. 50/2026",
    orig=O("E", "Cantiere Penzo", "gianni.penzo@alice.it", "reminder", "50/2026", "2026-12-28 09:00",
           amount="610,00 €", due="2026-12-15", sal="Spett.le Cantiere Penzo,"),
    body="""
Ciao Elena go fato el bonifico ieri sera, 610 euro, varda se xe rivà. Bon ano!
Gianni
""",
    L=dict(amount="610.00", note="Venetian dialect: 'go fato el bonifico ieri sera' = I made the transfer last night."))

# 77 PAYMENT-NOTIFICATION: PayPal
add_raw("payment-notification", [
    "Return-Path: <service@intl.paypal.com>",
    "Date: Sat, 12 Dec 2026 14:21:07 -0800",
    "From: \"service@intl.paypal.com\" <service@intl.paypal.com>",
    "To: Davide Esposito <davide@espositofoto.it>",
    "Subject: =?UTF-8?Q?Hai_ricevuto_un_pagamento_di_350,00_=E2=82=AC_EUR_da_Ristorante_Da_Ciro?=",
    "Message-ID: <20261212142107.A1B2C3D4E5F6@intl.paypal.com>",
    "X-Email-Type-Id: PP1443",
    "MIME-Version: 1.0",
], leaf("text/html", """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="100%" style="max-width:600px"><tr><td>
<img src="https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.png" alt="PayPal" width="110">
<h2 style="font-weight:normal">Hai ricevuto 350,00 € EUR da Ristorante Da Ciro</h2>
<p>Ciao Davide Esposito,</p>
<p>Ristorante Da Ciro ti ha inviato 350,00 € EUR.</p>
<p><b>Nota di Ristorante Da Ciro</b><br>&quot;acconto foto menu&quot;</p>
<table cellpadding="4" style="font-size:14px">
<tr><td>ID transazione</td><td>7XK12345AB6789012</td></tr>
<tr><td>Data transazione</td><td>12 dicembre 2026</td></tr>
<tr><td>Importo ricevuto</td><td>350,00 € EUR</td></tr>
<tr><td>Commissione</td><td>-12,25 € EUR</td></tr>
<tr><td>Importo netto</td><td>337,75 € EUR</td></tr>
</table>
<p>Il denaro è disponibile nel tuo conto PayPal.</p>
<p style="font-size:11px;color:#666">Non rispondere a questa email. Per ricevere assistenza, accedi al tuo conto PayPal e fai clic su Aiuto.<br>
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg</p>
</td></tr></table></body></html>
""", "utf-8", "qp"),
    L=dict(amount="350.00", note="PayPal 'Hai ricevuto un pagamento' in Italian: money in; gross amount 350 (net 337,75 after fee). No invoice number."))

# 78 entro venerdì
add("client-reply-promise", owner="G",
    frm=("Marta Rinaudo", "marta.rinaudo@rinaudoviaggi.it"),
    date="2026-11-23 09:26", mua="outlook", q="outlook", html="alt",
    subject="R: Sollecito fattura n. 40/2026",
    orig=O("G", "Rinaudo Viaggi srl", "marta.rinaudo@rinaudoviaggi.it", "reminder", "40/2026", "2026-11-20 09:00",
           amount="512,40 €", due="2026-11-10", sal="Spett.le Rinaudo Viaggi srl,"),
    body="""
Buongiorno Giulia,
mi scusi, sono stata a Berlino con un gruppo tutta la settimana scorsa. Le saldo la fattura entro venerdì.
Cordiali saluti
Marta Rinaudo
Rinaudo Viaggi – Cuneo
""",
    L=dict(promised_date="2026-11-27", note="Monday: 'entro venerdì' = Friday 27 November."))


# ============================================================================================
# 0079-0104
# ============================================================================================

# 79 intestazione sbagliata: nota di credito e riemissione
add("client-reply-dispute", owner="D",
    frm=("Ufficio Amministrativo Esposito Eventi", "amministrazione@espositoeventi.it"),
    date="2026-11-06 10:02", mua="outlook", q="outlook",
    subject="R: Fattura n. 2026/28",
    orig=O("D", "Esposito Eventi snc", "amministrazione@espositoeventi.it", "invoice", "2026/28", "2026-11-05 18:00",
           amount="1.586,00 €", due="2026-12-05", sal="Spett.le Esposito Eventi snc,"),
    body="""
Buongiorno Davide (omonimo ma non parente 😄),

la fattura 2026/28 è intestata a Esposito Eventi snc, ma dal 1° ottobre siamo Esposito Eventi srl, con partita IVA nuova (09876540631). Così non possiamo registrarla né pagarla: ci serve una nota di credito sulla vecchia e una fattura nuova intestata alla srl.
Ti rimando i dati completi in allegato alla prossima mail.

Grazie
Rosa Esposito
""",
    L=dict(reference="2026/28",
           note="Wrong company on the invoice; they cannot pay it and want a credit note plus a new invoice: dispute (per the credit-note rule), though nobody contests the work."))

# 80 AP: tabella pagamenti eseguiti (HTML only)
add("client-reply-paid", owner="F",
    frm=("Ufficio Pagamenti - Conserve Alimentari Mazara", "pagamenti@conservemazara.it"),
    date="2027-01-15 16:12", mua="o365", q="outlook", html="only",
    subject="RE: Sollecito fattura n. 2/2027",
    orig=O("F", "Conserve Alimentari Mazara spa", "pagamenti@conservemazara.it", "reminder", "2/2027",
           "2027-01-14 09:00", amount="610,00 €", due="2027-01-10", sal="Spett.le Conserve Alimentari Mazara spa,"),
    body="x",
    html_body="""<p class="MsoNormal">Buongiorno,</p>
<p class="MsoNormal">di seguito il dettaglio dei pagamenti eseguiti in data odierna a Vs. favore:</p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><p class="MsoNormal"><b>Ns. rif.</b></p></td>
<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><p class="MsoNormal"><b>Vs. documento</b></p></td>
<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><p class="MsoNormal"><b>Data doc.</b></p></td>
<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><p class="MsoNormal"><b>Importo</b></p></td>
<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><p class="MsoNormal"><b>Modalità</b></p></td></tr>
<tr><td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><p class="MsoNormal">PF/2027/00031</p></td>
<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><p class="MsoNormal">Fatt. 2/2027</p></td>
<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><p class="MsoNormal">02/01/2027</p></td>
<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><p class="MsoNormal">€ 610,00</p></td>
<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><p class="MsoNormal">Bonifico SEPA</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Cordiali saluti<br>Ufficio Pagamenti<br>Conserve Alimentari Mazara S.p.A.</p>
""",
    L=dict(amount="610.00", reference="2/2027",
           note="HTML-only table of 'pagamenti eseguiti' written by accounts staff (a human reply in the thread, not a bank notice)."))

# 81 un paio di settimane (vague)
add("client-reply-promise", owner="A",
    frm=("Matteo Ricci", "matteo@riccimultimedia.it"),
    date="2027-01-21 15:40", mua="gmail", q="gmail",
    subject="Re: Secondo sollecito: fattura n. 1/2027",
    orig=O("A", "Ricci Multimedia", "matteo@riccimultimedia.it", "late_fee", "1/2027", "2027-01-20 09:00",
           amount="854,00 €", due="2027-01-05", deadline="2027-01-30", sal="Spett.le Ricci Multimedia,"),
    body="""
Ciao Alessandra,
hai ragione, scusa. Ci vuole ancora un paio di settimane: il cliente finale (quello delle illustrazioni per il museo) non ci ha ancora pagato e siamo in attesa. Appena incassiamo sei la prima.
Matteo
""",
    L=dict(note="'un paio di settimane' / 'appena incassiamo' = vague promise, no date."))

# 82 numero d'ordine mancante
add("client-reply-other", owner="M",
    frm=("Accounts Payable - Sardegna Logistica", "ap@sardegnalogistica.it"),
    date="2026-11-27 11:30", mua="o365", q="outlook",
    subject="RE: Fattura n. 36/2026 scaduta",
    orig=O("M", "Sardegna Logistica spa", "ap@sardegnalogistica.it", "due", "36/2026", "2026-11-26 09:00",
           amount="1.952,00 €", due="2026-11-25", sal="Spett.le Sardegna Logistica spa,"),
    body="""
Buongiorno,

per procedere con la registrazione e il pagamento la fattura deve riportare il numero d'ordine di acquisto (OdA 4500123877) nel campo "Dati ordine acquisto" del tracciato XML. Senza questo riferimento il sistema la scarta in automatico.
Può inviarcela integrata?

Cordiali saluti
Ufficio Contabilità Fornitori
Sardegna Logistica S.p.A.
""",
    L=dict(note="PO number needed to process the invoice: administrative request, no claim about the amount or the work."))

# 83 fatto + domanda su un'altra fattura
add("client-reply-paid", owner="N",
    frm=("Francesco Carella", "francesco.carella@carellaimmobiliare.it"),
    date="2026-12-03 13:02", mua="iphone", q="apple",
    subject="Re: Sollecito fattura n. 42/2026",
    orig=O("N", "Carella Immobiliare srl", "francesco.carella@carellaimmobiliare.it", "reminder", "42/2026",
           "2026-12-03 09:00", amount="1.830,00 €", due="2026-11-25", sal="Spett.le Carella Immobiliare srl,"),
    body="""
Ing. fatto, bonifico da 1.830 partito adesso. Ma la fattura di novembre, quella delle APE di via Cairoli, me l'ha mandata? Non la trovo.

Inviato da iPhone
""",
    L=dict(amount="1830.00", note="'fatto, bonifico da 1.830 partito' = paid; the question about another invoice does not change it."))

# 84 sconto promesso: primo mese in prova
add("client-reply-dispute", owner="E",
    frm=("Laura Dal Moro", "laura@dalmorofiori.it"),
    date="2026-11-16 11:28", mua="gmail", q="gmail",
    subject="Re: Fattura n. 36/2026",
    orig=O("E", "Dal Moro Fiori", "laura@dalmorofiori.it", "invoice", "36/2026", "2026-11-14 10:00",
           amount="488,00 €", due="2026-12-14", sal="Ciao Laura,",
           text="Ciao Laura,\n\nin allegato la fattura n. 36/2026 per la gestione social di ottobre (488,00 €).\n\nUn saluto,\nElena"),
    body="""
Ciao Elena,
ma il primo mese non era in prova a metà prezzo? Me l'avevi scritto tu su WhatsApp quando abbiamo cominciato, te lo posso girare. Così mi fatturi il prezzo pieno, non mi sembra corretto.
Laura
""",
    L=dict(note="Promised introductory discount not applied: dispute."))

# 85 entro il 20 (febbraio)
add("client-reply-promise", owner="D",
    frm=("Vincenzo Cuomo", "vcuomo@cuomoarredamenti.it"),
    date="2027-02-02 10:10", mua="outlook", q="outlook", html="alt",
    subject="R: Sollecito fattura n. 2027/03",
    orig=O("D", "Cuomo Arredamenti", "vcuomo@cuomoarredamenti.it", "reminder", "2027/03", "2027-02-01 09:00",
           amount="732,00 €", due="2027-01-25", sal="Spett.le Cuomo Arredamenti,"),
    body="""
Davide buongiorno,
scusami, gennaio è il mese peggiore per noi. Entro il 20 ti saldo, senza problemi.
Vincenzo Cuomo
Cuomo Arredamenti – Pomigliano d'Arco
""",
    L=dict(promised_date="2027-02-20", note="'Entro il 20' written on 2 February = 20 February."))

# 86 AUTO-REPLY senza header RFC 3834, senza data di rientro
add("auto-reply", owner="A", machine=True,
    frm=("Beatrice Longhi", "b.longhi@longhiinteriors.it"),
    date="2026-11-24 09:01", mua="aruba", q="none",
    subject="Risposta automatica: Sollecito fattura n. 26/2026",
    orig=O("A", "Longhi Interiors", "b.longhi@longhiinteriors.it", "reminder", "26/2026", "2026-11-24 09:00",
           amount="2.684,00 €", due="2026-11-15", sal="Spett.le Longhi Interiors,"),
    body="""
Grazie per il messaggio.
Sono in maternità e non leggo la posta con regolarità. Per amministrazione e fatture scrivete a amministrazione@longhiinteriors.it, per i progetti in corso a studio@longhiinteriors.it.

Beatrice
""",
    L=dict(note="Out-of-office without Auto-Submitted / X-Autoreply headers and without a return date."))

# 87 commercialista: netto ritenuta
add("client-reply-paid", owner="G",
    frm=("Studio Dott.ssa Carla Momo", "studio@momocommercialista.it"),
    date="2026-12-10 12:12", mua="outlook", q="msgorig",
    subject="R: Sollecito fattura n. 43/2026",
    orig=O("G", "Arch. Enrico Bonino", "studio@momocommercialista.it", "reminder", "43/2026", "2026-12-09 09:00",
           amount="1.098,00 €", due="2026-11-30", sal="Gentile Arch. Enrico Bonino,"),
    body=f"""
Buongiorno dott.ssa Ferraro,

seguo la contabilità dell'arch. Bonino, che mi ha inoltrato il Suo sollecito. Le comunico che il mio cliente ha disposto ieri il bonifico di € 918,00 per la fattura 43/2026, pari al totale al netto della ritenuta d'acconto del 20%, che verseremo noi con F24 entro il 16 gennaio.
Rimango a disposizione.

Dott.ssa Carla Momo
Commercialista – Pinerolo

{PRIVACY_STUDIO}
""",
    L=dict(amount="918.00", reference="43/2026",
           note="Accountant: client paid the net of withholding tax (the remaining 20% goes to the tax office): paid, not partial/disputed."))

# 88 PA: mandato nei prossimi giorni (vague)
add("client-reply-promise", owner="F",
    frm=("Ufficio Ragioneria - Consorzio di Bonifica Sicilia Occidentale", "ragioneria@bonificasiciliaoccidentale.example.it"),
    date="2026-12-14 11:47", mua="outlook", q="outlook",
    subject="R: Sollecito fattura n. 46/2026",
    orig=O("F", "Consorzio di Bonifica Sicilia Occidentale", "ragioneria@bonificasiciliaoccidentale.example.it",
           "reminder", "46/2026", "2026-12-11 09:00", amount="1.830,00 €", due="2026-11-30",
           sal="Spett.le Consorzio di Bonifica Sicilia Occidentale,"),
    body=f"""
Gentile dottoressa,

la liquidazione della fattura n. 46/2026 è stata predisposta dal servizio competente e il mandato di pagamento verrà emesso nei prossimi giorni, dopo la firma del dirigente.

Distinti saluti
Ufficio Ragioneria

{PRIVACY_PA}
""",
    L=dict(reference="46/2026",
           note="PA: the mandato 'verrà emesso nei prossimi giorni' = future, vague promise (contrast with an issued mandato)."))

# 89 rinnovo dominio due anni non richiesto
add("client-reply-dispute", owner="M",
    frm=("Ignazio Fadda", "ignazio.fadda@faddavini.it"),
    date="2026-12-21 10:35", mua="thunderbird", q="thunderbird",
    subject="Re: Fattura n. 46/2026",
    orig=O("M", "Cantina Fadda", "ignazio.fadda@faddavini.it", "invoice", "46/2026", "2026-12-19 11:00",
           amount="244,00 €", due="2027-01-18", sal="Spett.le Cantina Fadda,"),
    body="""
Buongiorno Marco,
io non ho mai chiesto il rinnovo del dominio e dell'hosting per due anni, le avevo detto al telefono un anno e poi vediamo, perché stiamo valutando di passare a un negozio online. Pago un anno, cioè la metà. Mi mandi una fattura corretta.
Ignazio Fadda
""",
    L=dict(note="Contests half of the invoice (two years billed, one agreed): dispute. The 'metà' amount is not stated as a number."))

# 90 PEC per anagrafica fornitore
add("client-reply-other", owner="N",
    frm=("Ufficio Acquisti Murgia Calcestruzzi", "acquisti@murgiacalcestruzzi.it"),
    date="2026-11-30 15:16", mua="o365", q="outlook",
    subject="RE: Fattura n. 49/2026",
    orig=O("N", "Murgia Calcestruzzi srl", "acquisti@murgiacalcestruzzi.it", "invoice", "49/2026", "2026-11-30 12:00",
           amount="2.074,00 €", due="2026-12-30", sal="Spett.le Murgia Calcestruzzi srl,"),
    body="""
Buongiorno Ingegnere,
ci può indicare il Suo indirizzo PEC e il codice destinatario SDI? Il nostro gestionale li richiede per completare l'anagrafica fornitore, senza non riesco a inserire la fattura in scadenziario.
Grazie
Rosanna Divella
Ufficio Acquisti
""",
    L=dict(note="Supplier-registry question (PEC, SDI code)."))

# 91 napoletano stretto
add("client-reply-paid", owner="D",
    frm=("Ciro Esposito", "ciroesposito.pizzeria@gmail.com"),
    date="2026-11-28 23:55", mua="android", q="none",
    subject="Re: Sollecito fattura n. 2026/25",
    orig=O("D", "Pizzeria 'O Vesuvio", "ciroesposito.pizzeria@gmail.com", "reminder", "2026/25", "2026-11-27 09:00",
           amount="480,00 €", due="2026-11-20", sal="Spett.le Pizzeria 'O Vesuvio,"),
    body="""
Davì t'aggio mannato 'e sorde aieri sera, controlla. Statte buono e grazie p' 'e foto d''o menu, so' venute na bellezza
Ciro
""",
    L=dict(note="Strong Neapolitan: 't'aggio mannato 'e sorde aieri' = I sent you the money yesterday: paid."))

# 92 giovedì prossimo scritto di sabato
add("client-reply-promise", owner="E",
    frm=("Tommaso Bortolin", "tommaso@bortolinprosecco.it"),
    date="2026-12-05 11:12", mua="apple", q="apple",
    subject="Re: Sollecito fattura n. 40/2026",
    orig=O("E", "Bortolin Prosecco", "tommaso@bortolinprosecco.it", "reminder", "40/2026", "2026-12-04 09:00",
           amount="1.098,00 €", due="2026-11-25", sal="Spett.le Bortolin Prosecco,"),
    body="""
Ciao Elena,
mea culpa. Giovedì prossimo vado in banca per le tredicesime e faccio anche il tuo bonifico.
Tommaso
""",
    L=dict(promised_date="2026-12-10", note="Written on Saturday 5 December: 'Giovedì prossimo' = Thursday 10 December."))

# 93 BOUNCE temporaneo: casella piena (Aruba, in italiano)
_o93 = O("N", "Condominio Via Dalmazia 54", "amm.deleonardis@arubapec.example.it", "reminder", "50/2026",
         "2026-12-14 09:00", amount="366,00 €", due="2026-12-01", sal="Spett.le Condominio Via Dalmazia 54,")
add_raw("bounce", [
    "Return-Path: <>",
    "Date: Tue, 15 Dec 2026 09:04:33 +0100",
    "From: Mail Delivery System <MAILER-DAEMON@smtpout.aruba.it>",
    "To: studio@ingnicolalorusso.it",
    "Subject: Avviso di ritardata consegna - Delayed Mail (still being retried)",
    "Message-ID: <20261215080433.4F2B31A0C2@smtpout.aruba.it>",
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0",
], dsn("smtpout.aruba.it", "Mon, 14 Dec 2026 09:00:05 +0100",
       "amm.deleonardis@arubapec.example.it", "delayed", "4.2.2",
       "452 4.2.2 Mailbox full: quota exceeded for user amm.deleonardis",
       remote_mta="mx.arubapec.example.it",
       text="""Gentile utente,

il messaggio da lei inviato non è stato ancora recapitato al destinatario indicato di seguito. Il sistema continuerà a tentare la consegna per 5 giorni: non è necessario inviarlo di nuovo.

Dear user,
your message could not be delivered yet. The system will keep retrying for 5 days; you do not need to resend it.

<amm.deleonardis@arubapec.example.it>: host mx.arubapec.example.it said:
    452 4.2.2 Mailbox full: quota exceeded for user amm.deleonardis (in reply to RCPT TO command)

Oggetto: Sollecito fattura n. 50/2026
""", boundary="4F2B31A0C2.1797325473/smtpout.aruba.it", orig_headers=orig_headers_for(_o93),
       extra_rcpt="Will-Retry-Until: Sat, 19 Dec 2026 09:00:05 +0100\n"),
    L=dict(failed_recipient="amm.deleonardis@arubapec.example.it", permanent=False,
           note="Italian/English delay notice, mailbox full (4.2.2), still retrying: temporary."))

# 94 anziana: prezzo a pagina
add("client-reply-dispute", owner="G",
    frm=("Ida Gribaudo", "ida.gribaudo@libero.it"),
    date="2026-12-02 16:44", mua="libero", q="none",
    subject="Re: Fattura n. 53/2026",
    orig=O("G", "Ida Gribaudo", "ida.gribaudo@libero.it", "invoice", "53/2026", "2026-12-01 10:00",
           amount="360,00 €", due="2026-12-31"),
    body="""
Gentile dottoressa Ferraro,
ho ricevuto la sua fattura per la traduzione delle lettere di mio padre dall'Argentina. Io ricordo bene che al telefono mi aveva detto 90 euro a pagina e non 120, le pagine erano tre. Quindi le faccio il bonifico di 270 euro come eravamo d'accordo, spero che capisca.
Con stima
Ida Gribaudo
""",
    L=dict(amount="270.00",
           note="Elderly private client: contests the rate and will pay only 270 (the price she remembers). Partial + dispute = dispute; 270 accepted/promised."))

# 95 Outlook cp1252: disposto bonifico
add("client-reply-paid", owner="A",
    frm=("Amministrazione Tipografia Lariana", "amministrazione@tipografialariana.it"),
    date="2027-01-14 14:30", mua="outlook", q="msgorig", charset="iso-8859-1", encode_as="cp1252", cte="qp",
    subject="R: Sollecito fattura n. 2/2027",
    orig=O("A", "Tipografia Lariana snc", "amministrazione@tipografialariana.it", "reminder", "2/2027",
           "2027-01-13 09:00", amount="854,00 €", due="2027-01-08", sal="Spett.le Tipografia Lariana snc,"),
    body="""
Buongiorno,
Vi comunichiamo che in data odierna abbiamo disposto bonifico a saldo della Vs. fattura n. 2/2027 per € 854,00 (“grafica calendari 2027”).
Distinti saluti
Amministrazione – Tipografia Lariana snc
Via per Como 8 – Erba (CO)
""",
    L=dict(amount="854.00", reference="2/2027",
           note="Outlook iso-8859-1 label with Windows-1252 bytes (euro sign and curly quotes): 'abbiamo disposto bonifico a saldo'."))

# 96 pensionato sardo: martedì prendo la pensione
add("client-reply-promise", owner="M",
    frm=("Efisio Porcu", "efisioporcu@tiscali.it"),
    date="2027-02-04 17:20", mua="generic", q="none",
    subject="Re: Sollecito fattura n. 4/2027",
    orig=O("M", "Efisio Porcu", "efisioporcu@tiscali.it", "reminder", "4/2027", "2027-02-03 09:00",
           amount="80,00 €", due="2027-01-31"),
    body="""
Marco caro
martedi prendo la pensione e passo in posta a fare il bonifico per il computer. Non si preoccupi che non me lo scordo, ho messo il biglietto sul frigo.
Porcu Efisio
""",
    L=dict(promised_date="2027-02-09",
           note="Elderly private client (no accents): written Thursday 4 Feb; 'martedi' = Tuesday 9 February."))

# 97 mi chiami
add("client-reply-other", owner="D",
    frm=("Luigi Capasso", "luigi.capasso@capassoimmobili.it"),
    date="2026-12-01 08:40", mua="iphone", q="apple",
    subject="Re: Sollecito fattura n. 2026/41",
    orig=O("D", "Capasso Immobili", "luigi.capasso@capassoimmobili.it", "reminder", "2026/41",
           "2026-11-30 09:00", amount="1.586,00 €", due="2026-11-20", sal="Spett.le Capasso Immobili,"),
    body="""
Davide mi chiami quando puoi? Dobbiamo parlare un attimo della fattura e pure dei virtual tour nuovi per le case di Posillipo.

Inviato da iPhone
""",
    L=dict(note="Asks for a call 'to talk about the invoice' without saying what: other (no claim, no dispute stated)."))

# 98 PAYMENT-NOTIFICATION: Satispay Business
add_raw("payment-notification", [
    "Return-Path: <noreply@satispay.com>",
    "Date: Wed, 16 Dec 2026 18:32:50 +0100",
    "From: Satispay Business <noreply@satispay.com>",
    "To: elena@zanonstudio.it",
    "Subject: =?utf-8?Q?Hai_ricevuto_un_pagamento_di_=E2=82=AC_320,00?=",
    "Message-ID: <0102018c7a1f2e4a-6d3e9b1a-0c2b-4f4e-9b5c-1e2d3a4b5c6d-000000@eu-west-1.amazonses.com>",
    "MIME-Version: 1.0",
], multipart("alternative", [
    leaf("text/plain", """Ciao Zanon Studio,

hai ricevuto un pagamento.

Da: Valentina S.
Importo: € 320,00
Data: 16/12/2026 18:32
Messaggio: "fattura dicembre social"

L'importo sarà trasferito sul tuo conto corrente con il prossimo accredito automatico.

Il team Satispay
""", "utf-8", "qp"),
    leaf("text/html", """<html><body style="font-family:Arial,sans-serif;background:#f6f6f6">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:8px">
<p style="color:#f94c43;font-size:22px;font-weight:bold">satispay</p>
<p>Ciao Zanon Studio,</p>
<p style="font-size:20px">hai ricevuto <b>€ 320,00</b></p>
<p>Da: <b>Valentina S.</b><br>Data: 16/12/2026 18:32<br>Messaggio: &quot;fattura dicembre social&quot;</p>
<p>L'importo sarà trasferito sul tuo conto corrente con il prossimo accredito automatico.</p>
<p style="color:#999;font-size:11px">Il team Satispay – Satispay Europe S.A., Luxembourg</p>
</div></body></html>
""", "utf-8", "qp"),
], "----=_Part_satispay_88a1"),
    L=dict(amount="320.00", note="Satispay Business incoming payment notice."))

# 99 pratica non depositata: paghiamo a pratica chiusa
add("client-reply-dispute", owner="N",
    frm=("Amministrazione Condominio Le Vele", "condominiolevele.bari@gmail.com"),
    date="2027-01-13 12:00", mua="gmail", q="gmail",
    subject="Re: Sollecito fattura n. 2/2027",
    orig=O("N", "Condominio Le Vele", "condominiolevele.bari@gmail.com", "reminder", "2/2027", "2027-01-12 09:00",
           amount="1.464,00 €", due="2027-01-10", sal="Spett.le Condominio Le Vele,"),
    body="""
Gentile Ingegnere,
la pratica per il cappotto termico al Comune, da quello che mi risulta, non è stata ancora depositata: il geometra del Comune ieri mi ha detto che non c'è niente a protocollo. Come da accordi in assemblea, la sua parcella si paga a pratica depositata. Quando mi manda la ricevuta di protocollo, metto in pagamento.
Cordiali saluti
Dott. Raffaele Minervini
Amministratore
""",
    L=dict(note="Work not done yet (filing not made); payment withheld until it is: dispute, even with the 'then I will pay'."))

# 100 fatto + screenshot
add("client-reply-paid", owner="F",
    frm=("Benedetto Parrinello", "benedetto.parrinello@gmail.com"),
    date="2026-11-25 19:44", mua="android", q="gmail",
    subject="Re: Sollecito fattura n. 41/2026",
    orig=O("F", "Parrinello Benedetto", "benedetto.parrinello@gmail.com", "reminder", "41/2026",
           "2026-11-24 09:00", amount="220,00 €", due="2026-11-15"),
    att=[("Screenshot_20261125-194122_BancoPosta.png", "image/png", fake_png("100"))],
    body="""
Fatto 👍
""",
    L=dict(note="One word plus a screenshot of the banking app: paid."))

# 101 lunga mail chiacchierata con promessa di fine mese
add("client-reply-promise", owner="A",
    frm=("Giulia Marini", "giulia@marinibottega.it"),
    date="2026-12-10 21:58", mua="apple", q="apple", html="alt",
    subject="Re: Sollecito fattura n. 35/2026",
    orig=O("A", "Marini Bottega Artigiana", "giulia@marinibottega.it", "reminder", "35/2026", "2026-12-09 09:00",
           amount="671,00 €", due="2026-11-30", sal="Spett.le Marini Bottega Artigiana,"),
    body="""
Cara Alessandra,

scusami tantissimo per il silenzio, è un dicembre folle. Il mercatino di Natale in Brera è andato benissimo, le etichette nuove sono piaciute a tutti e una signora mi ha chiesto chi le aveva disegnate (le ho dato il tuo biglietto!). Abbiamo venduto quasi tutte le candele al fico e ho dovuto rifare la produzione di notte, con mia madre che impacchettava in cucina.

Ti volevo anche chiedere: per la primavera pensavo a una linea di saponi, ti andrebbe di fare le etichette anche per quella? Ne parliamo dopo le feste con calma.

Comunque entro fine mese ti saldo la 35, te lo prometto, appena incasso i negozi che hanno preso le candele in conto vendita.

Un abbraccio e buone feste!
Giulia
""",
    L=dict(promised_date="2026-12-31", reference="35/2026",
           note="Long chatty mail; one sentence matters: 'entro fine mese ti saldo la 35' = 31 December (the 'appena incasso' clause does not erase the stated deadline)."))

# 102 indirizzo cambiato (umano)
add("client-reply-other", owner="E",
    frm=("Roberta Favaro", "roberta.favaro@gmail.com"),
    date="2026-11-19 08:30", mua="gmail", q="gmail",
    subject="Re: Promemoria: fattura n. 33/2026 in scadenza",
    orig=O("E", "Roberta Favaro", "roberta.favaro@gmail.com", "courtesy", "33/2026", "2026-11-18 09:00",
           amount="240,00 €", due="2026-11-25", issue="2026-10-26"),
    body="""
Ciao Elena, da adesso per le fatture scrivi per favore all'indirizzo del negozio, amministrazione@favaroceramiche.it, che lo legge la mia commercialista. Questo lo guardo poco.
Grazie!
Roberta
""",
    L=dict(note="Asks to use another address for invoices; nothing about payment."))

# 103 Thunderbird, risposta in fondo alla citazione
add("client-reply-paid", owner="G",
    frm=("Ing. Franco Audisio", "franco.audisio@audisioimpianti.it"),
    date="2026-12-04 08:15", mua="thunderbird", q="thunderbird", flowed=True,
    subject="Re: Sollecito fattura n. 37/2026",
    orig=O("G", "Audisio Impianti srl", "franco.audisio@audisioimpianti.it", "reminder", "37/2026",
           "2026-12-03 09:00", amount="793,00 €", due="2026-11-25", sal="Spett.le Audisio Impianti srl,"),
    body="""
{Q}

Bonifico disposto il 3/12, valuta 4/12. Saluti.

--
Ing. Franco Audisio
Audisio Impianti srl – Alba (CN)
""",
    L=dict(note="Bottom-posted under the quoted reminder: 'Bonifico disposto il 3/12, valuta 4/12'."))

# 104 fondazione teatro: entro il 15 febbraio
add("client-reply-promise", owner="D",
    frm=("Ufficio Amministrazione Fondazione Teatro Partenope", "amministrazione@fondazioneteatropartenope.it"),
    date="2027-01-20 12:18", mua="outlook", q="outlook",
    subject="R: Sollecito fattura n. 2026/39",
    orig=O("D", "Fondazione Teatro Partenope", "amministrazione@fondazioneteatropartenope.it", "reminder",
           "2026/39", "2027-01-18 09:00", amount="2.196,00 €", due="2026-12-31",
           sal="Spett.le Fondazione Teatro Partenope,"),
    body=f"""
Gentile Esposito,

la Fondazione, in quanto ente partecipato dalla Regione, può procedere ai pagamenti solo dopo l'approvazione del bilancio di previsione. La Sua fattura per la documentazione fotografica della stagione sarà saldata entro il 15 febbraio.

Cordiali saluti
Dott.ssa Anna Coppola
Ufficio Amministrazione e Bilancio

{PRIVACY_PA}
""",
    L=dict(promised_date="2027-02-15", note="Publicly-participated foundation: 'sarà saldata entro il 15 febbraio'."))


# ============================================================================================
# 0105-0130
# ============================================================================================

# 105 già compreso nel contratto annuale
add("client-reply-dispute", owner="A",
    frm=("Cooperativa Agricola Valtellina Bio", "ufficio@valtellinabio.coop"),
    date="2026-11-25 10:50", mua="outlook", q="outlook", html="alt",
    subject="Rif: Fattura n. 32/2026 scaduta",
    orig=O("A", "Cooperativa Agricola Valtellina Bio", "ufficio@valtellinabio.coop", "due", "32/2026",
           "2026-11-24 09:00", amount="549,00 €", due="2026-11-23", sal="Spett.le Cooperativa Agricola Valtellina Bio,"),
    body="""
Buongiorno Alessandra,

abbiamo controllato: l'adattamento delle etichette per il formato da 500 g era compreso nel contratto annuale di assistenza grafica, che ci ha già fatturato a gennaio (fatt. n°3/2026, regolarmente pagata). Per noi la 32 non è dovuta, la preghiamo di stornarla con una nota di credito.
Se ci sfugge qualcosa ci chiami pure.

Cordiali saluti
Monica Pedrotti
Ufficio Amministrativo – Valtellina Bio Soc. Coop. Agricola
""",
    L=dict(reference="32/2026",
           note="Cooperative: the work was already covered by the annual contract billed in January; 'la 32 non è dovuta', wants a credit note. The 'regolarmente pagata' concerns invoice 3/2026."))

# 106 copia di cortesia
add("client-reply-other", owner="E",
    frm=("Segreteria Studio Medico Dott. Zennaro", "segreteria@studiomedicozennaro.it"),
    date="2026-12-15 09:40", mua="aruba", q="roundcube",
    subject="Re: Sollecito fattura n. 34/2026",
    orig=O("E", "Studio Medico Associato Zennaro", "segreteria@studiomedicozennaro.it", "reminder", "34/2026",
           "2026-12-14 09:00", amount="427,00 €", due="2026-12-05", sal="Spett.le Studio Medico Associato Zennaro,"),
    body="""
Buongiorno,
il dottore non trova la fattura tra i documenti, ci manda una copia di cortesia in PDF? La passiamo poi alla commercialista.
Grazie
La segreteria
Studio Medico Associato Zennaro – Chioggia
""",
    L=dict(note="Asks for a courtesy PDF copy; no claim."))

# 107 Eseguito.
add("client-reply-paid", owner="M",
    frm=("Giovanni Serra", "g.serra@serraoleificio.it"),
    date="2026-11-30 17:59", mua="outlook", q="outlook2", cte="base64",
    subject="R: Sollecito fattura n. 37/2026",
    orig=O("M", "Oleificio Serra", "g.serra@serraoleificio.it", "reminder", "37/2026", "2026-11-30 09:00",
           amount="366,00 €", due="2026-11-20", sal="Spett.le Oleificio Serra,"),
    body="""
Eseguito.

--
Giovanni Serra
Responsabile Amministrativo
Oleificio Serra – Dolianova (SU)
""",
    L=dict(note="One word 'Eseguito.' under a reminder = paid. Base64 body."))

# 108 il 5 febbraio
add("client-reply-promise", owner="N",
    frm=("Ufficio Amministrazione Istituto Paritario San Nicola", "amministrazione@istitutosannicola.it"),
    date="2027-01-28 11:25", mua="o365", q="outlook", html="alt",
    subject="RE: Sollecito fattura n. 5/2027",
    orig=O("N", "Istituto Paritario San Nicola", "amministrazione@istitutosannicola.it", "reminder", "5/2027",
           "2027-01-27 09:00", amount="976,00 €", due="2027-01-20", sal="Spett.le Istituto Paritario San Nicola,"),
    body="""
Buongiorno Ingegnere,

la fattura n. 5/2027 (aggiornamento DVR) verrà pagata il 5 febbraio, quando entrano le rette del secondo quadrimestre. Mi scusi, a gennaio le famiglie pagano sempre in ritardo.

Cordiali saluti
Rag. Teresa Amoruso
Amministrazione – Istituto Paritario San Nicola, Bari
""",
    L=dict(promised_date="2027-02-05", reference="5/2027", note="Private school: 'verrà pagata il 5 febbraio'."))

# 109 paga la fattura ma non i 40 euro
add("client-reply-dispute", owner="F",
    frm=("Carmelo Pappalardo", "carmelo@pappalardoagrumi.it"),
    date="2026-12-18 08:55", mua="generic", q="outlook",
    subject="R: Secondo sollecito: fattura n. 45/2026",
    orig=O("F", "Pappalardo Agrumi", "carmelo@pappalardoagrumi.it", "late_fee", "45/2026", "2026-12-17 09:00",
           amount="500,00 €", due="2026-11-30", deadline="2026-12-27", sal="Spett.le Pappalardo Agrumi,",
           fees=dict(rate="10,15%", lines=["Fattura n. 45/2026: 500,00 €",
                                           "Interessi di mora dal 1° dicembre 2026 al 17 dicembre 2026 (17 giorni al 10,15%): 2,36 €",
                                           "Risarcimento forfettario costi di recupero (art. 6): 40,00 €",
                                           "Totale: 542,36 €"])),
    body="""
Dottoressa,
i 500 della fattura glieli ho mandati ieri sera. Gli interessi e le 40 euro di "risarcimento" non ci penso proprio a pagarle, per due settimane di ritardo dopo tre anni che lavoriamo insieme. Mi pare una mancanza di rispetto.
Carmelo
""",
    L=dict(amount="500.00",
           note="Paid the invoice amount but refuses the late-payment interest and the 40 euro compensation claimed in the reminder: partial payment + contest of the rest = dispute."))

# 110 HTML Gmail con screenshot inline
add("client-reply-paid", owner="D",
    frm=("Federica Iovine", "federica.iovine@gmail.com"),
    date="2026-12-03 10:16", mua="gmail", q="gmail", html="alt",
    subject="Re: Sollecito fattura n. 2026/24",
    orig=O("D", "Federica Iovine", "federica.iovine@gmail.com", "reminder", "2026/24", "2026-12-02 09:00",
           amount="300,00 €", due="2026-11-25"),
    att=[("Screenshot_20261203-101512.png", "image/png", fake_png("110"))],
    body="""
Ciao Davide, eccoti lo screen 👇 scusa il ritardo, mi ero convinta di averlo già fatto a novembre e invece era rimasto lì.
Fede
""",
    L=dict(note="'eccoti lo screen' of the transfer, attached: paid (no amount in text)."))

# 111 la settimana prossima (vague)
add("client-reply-promise", owner="G",
    frm=("Amministrazione Eurolingue", "amministrazione@eurolingue-torino.it"),
    date="2026-11-12 14:20", mua="outlook", q="msgorig",
    subject="R: Fattura n. 38/2026 scaduta",
    orig=O("G", "Eurolingue sas", "amministrazione@eurolingue-torino.it", "due", "38/2026", "2026-11-11 09:00",
           amount="658,80 €", due="2026-11-10", sal="Spett.le Eurolingue sas,"),
    body="""
Buongiorno Giulia,
la fattura è in lavorazione, la paghiamo la settimana prossima.
Cordiali saluti
Simona – Amministrazione Eurolingue
""",
    L=dict(note="'la settimana prossima' = vague promise, no date."))

# 112 non è ancora scaduta?
add("client-reply-other", owner="A",
    frm=("Davide Cattaneo", "davide.cattaneo@cattaneobici.it"),
    date="2026-11-26 09:12", mua="gmail", q="gmail",
    subject="Re: Promemoria: fattura n. 36/2026 in scadenza",
    orig=O("A", "Cattaneo Bici", "davide.cattaneo@cattaneobici.it", "courtesy", "36/2026", "2026-11-25 09:00",
           amount="732,00 €", due="2026-11-30", issue="2026-10-31", sal="Spett.le Cattaneo Bici,"),
    body="""
Buongiorno,
scusi, ma la 36 non scade il 30? Mi sono spaventato, pensavo di essere in ritardo. Mi conferma la data?
Davide Cattaneo
""",
    L=dict(reference="36/2026",
           note="Asks to confirm the due date; no promise ('il 30' is the due date he asks about, not a commitment)."))

# 113 BOUNCE Gmail: address not found
_o113 = O("E", "Agriturismo Le Barene", "info.lebarene@gmail.com", "reminder", "47/2026", "2026-12-21 09:00",
          amount="305,00 €", due="2026-12-10", sal="Spett.le Agriturismo Le Barene,")
add_raw("bounce", [
    "Return-Path: <>",
    "Date: Mon, 21 Dec 2026 00:00:07 -0800 (PST)",
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "To: elena@zanonstudio.it",
    "Subject: Delivery Status Notification (Failure)",
    "Message-ID: <6767a8b7.050a0220.2c1e7f.0a31.GMR@mx.google.com>",
    "Auto-Submitted: auto-replied",
    "X-Failed-Recipients: info.lebarene@gmail.com",
    "MIME-Version: 1.0",
], dsn("mx.google.com", "Mon, 21 Dec 2026 00:00:05 -0800 (PST)", "info.lebarene@gmail.com", "failed", "5.1.1",
       "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
       remote_mta="gmail-smtp-in.l.google.com",
       text="""
** Indirizzo non trovato **

Il tuo messaggio non è stato recapitato a info.lebarene@gmail.com perché l'indirizzo non è stato trovato o non è in grado di ricevere posta.

Ulteriori informazioni sono disponibili qui: https://support.google.com/mail/?p=NoSuchUser

La risposta del server remoto è stata:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
""", boundary="000000000000b1e1a70629c5e0f1", orig_headers=orig_headers_for(_o113)),
    L=dict(failed_recipient="info.lebarene@gmail.com", permanent=True, note="Gmail 'Indirizzo non trovato' DSN, 5.1.1."))

# 114 programmato per il 28/02
add("client-reply-promise", owner="M",
    frm=("Cooperativa Sociale Sa Domo", "amministrazione@coopsadomo.it"),
    date="2027-02-10 12:06", mua="outlook", q="msgorig",
    subject="R: Sollecito fattura n. 6/2027",
    orig=O("M", "Cooperativa Sociale Sa Domo", "amministrazione@coopsadomo.it", "reminder", "6/2027",
           "2027-02-09 09:00", amount="854,00 €", due="2027-01-31", sal="Spett.le Cooperativa Sociale Sa Domo,"),
    body="""
Buongiorno Marco,
il pagamento della tua fattura è programmato per il 28/02, insieme agli altri fornitori. Purtroppo la Regione ci ha liquidato il progetto con due mesi di ritardo e stiamo recuperando.
Un saluto
Maria Bonaria Cabras
Amministrazione – Coop. Sociale Sa Domo, Nuoro
""",
    L=dict(promised_date="2027-02-28", note="'programmato per il 28/02' = promise for 28 February."))

# 115 scuola: unico bonifico per due fatture
add("client-reply-paid", owner="N",
    frm=("Segreteria Amministrativa Liceo Paritario Galilei", "segreteria@liceogalileibari.it"),
    date="2026-12-09 10:40", mua="outlook", q="outlook",
    subject="R: Riepilogo fatture da saldare",
    orig=O("N", "Liceo Paritario Galileo Galilei", "segreteria@liceogalileibari.it", "statement", "40/2026",
           "2026-12-07 09:00", invoices=[("40/2026", "610,00 €", "2026-11-15"), ("43/2026", "732,00 €", "2026-11-25")],
           deadline="2026-12-17", sal="Spett.le Liceo Paritario Galileo Galilei,"),
    att=[("contabile_30112026.pdf", "application/pdf", fake_pdf("BPER - Contabile bonifico EUR 1.342,00 - Lorusso Nicola"))],
    body="""
Buongiorno Ingegnere,
abbiamo ricontrollato: le due fatture risultano saldate il 30/11 con un unico bonifico di 1.342,00 euro (causale "fatture novembre"). Le inoltro la contabile in allegato; forse non l'ha collegata perché la causale non riportava i numeri.
Cordiali saluti
Grazia Ventura
""",
    L=dict(amount="1342.00",
           note="Statement of two invoices; both paid with one transfer (610+732): paid, receipt attached."))

# 116 sconto per ritardo di consegna
add("client-reply-dispute", owner="E",
    frm=("Andrea Bellotto", "andrea@bellottoviaggi.it"),
    date="2027-01-12 15:15", mua="gmail", q="gmail", html="alt",
    subject="Re: Sollecito fattura n. 48/2026",
    orig=O("E", "Bellotto Viaggi", "andrea@bellottoviaggi.it", "reminder", "48/2026", "2027-01-11 09:00",
           amount="1.220,00 €", due="2026-12-31", sal="Spett.le Bellotto Viaggi,"),
    body="""
Ciao Elena,
il video promozionale doveva uscire prima di Natale per le prenotazioni dei mercatini, è uscito il 28 dicembre e ormai non serviva più a niente. Ti chiedo uno sconto del 30% sulla fattura, mi pare il minimo. Fammi sapere e ti pago subito la differenza.
Andrea
""",
    L=dict(note="Late delivery, asks a 30% discount before paying: dispute."))

# 117 CUP mancante per la rendicontazione
add("client-reply-other", owner="G",
    frm=("Rendicontazione Progetti - Coop. Il Ponte", "progetti@coopilponte.to.it"),
    date="2026-12-04 12:30", mua="outlook", q="outlook2",
    subject="R: Fattura n. 50/2026",
    orig=O("G", "Il Ponte Società Cooperativa Sociale", "progetti@coopilponte.to.it", "invoice", "50/2026",
           "2026-12-03 17:00", amount="1.708,00 €", due="2027-01-02", sal="Spett.le Il Ponte Società Cooperativa Sociale,"),
    body="""
Buongiorno Giulia,
la traduzione rientra nel progetto FAMI "Percorsi", quindi per la rendicontazione la fattura deve riportare nella descrizione il codice CUP J11B26000340006 e la dicitura "Progetto FAMI PROG-4471". Ce la puoi mandare così? Senza il CUP il revisore non ce la accetta e non possiamo pagarla con i fondi del progetto.
Grazie mille
Chiara Perotti – Ufficio Progetti
""",
    L=dict(note="Needs the CUP / project wording on the invoice (like a PO number): administrative request, no contest of amount or work."))

# 118 oggi pomeriggio
add("client-reply-promise", owner="F",
    frm=("Giovanna Di Stefano", "giovannadistefano@yahoo.it"),
    date="2026-12-16 12:05", mua="generic", q="none", cte="base64",
    subject="Re: Sollecito fattura n. 50/2026",
    orig=O("F", "Giovanna Di Stefano", "giovannadistefano@yahoo.it", "reminder", "50/2026", "2026-12-15 09:00",
           amount="150,00 €", due="2026-12-05"),
    body="""
Buongiorno dottoressa, ha ragione, oggi pomeriggio le faccio il bonifico di centocinquanta euro appena esco da scuola.
Cordiali saluti
Giovanna Di Stefano

Inviato da Yahoo Mail su Android
""",
    L=dict(promised_date="2026-12-16", amount="150.00",
           note="'oggi pomeriggio le faccio il bonifico' = promise for today; amount in words (centocinquanta). Base64 body."))

# 119 virgilio, minuscolo senza accenti
add("client-reply-paid", owner="A",
    frm=("laura.pozzi", "laura.pozzi@virgilio.it"),
    date="2026-12-17 08:02", mua="virgilio", q="libero",
    subject="Rif: Sollecito fattura n. 39/2026",
    orig=O("A", "Laura Pozzi", "laura.pozzi@virgilio.it", "reminder", "39/2026", "2026-12-16 09:00",
           amount="244,00 €", due="2026-12-05"),
    body="""
ciao alessandra ho fatto bonifico di 244 euro ieri pomeriggio, mi dici se ti e arrivato? grazie ciao
laura
""",
    L=dict(amount="244.00", note="Lowercase, no accents, 'Rif:' subject; paid with a check-request."))

# 120 tutto compreso: 800 e finisce là
add("client-reply-dispute", owner="D",
    frm=("Gennaro Barra", "gennarobarra@hotmail.it"),
    date="2026-11-22 13:30", mua="generic", q="outlook",
    subject="R: Sollecito fattura n. 2026/26",
    orig=O("D", "Barra Gennaro", "gennarobarra@hotmail.it", "reminder", "2026/26", "2026-11-21 09:00",
           amount="976,00 €", due="2026-11-10"),
    body="""
Davide, avevamo detto 800 tutto compreso per il battesimo, me ne chiedi 976. L'IVA ce la dovevi mettere dentro, io mica sono un'azienda. Ti do 800 e finisce là, dimmi tu quando passo a portarteli.
Gennaro
""",
    L=dict(amount="800.00",
           note="Private client: agreed price 'tutto compreso' vs. invoice plus VAT; offers only 800: dispute."))

# 121 entro il 20 scritto il 21 dicembre -> 20 gennaio
add("client-reply-promise", owner="N",
    frm=("Studio Amministrazioni Condominiali Lopez", "studiolopez.amministrazioni@gmail.com"),
    date="2026-12-21 18:20", mua="gmail", q="gmail",
    subject="Re: Sollecito fattura n. 51/2026",
    orig=O("N", "Condominio Via Salvemini 21", "studiolopez.amministrazioni@gmail.com", "reminder", "51/2026",
           "2026-12-21 09:00", amount="732,00 €", due="2026-12-10", sal="Spett.le Condominio Via Salvemini 21,"),
    body="""
Caro Ingegnere,
la cassa del condominio adesso è vuota, tra tredicesima del portiere e gasolio. La pago entro il 20, con le rate di gennaio. Buon Natale.
Avv. Anna Lopez
""",
    L=dict(promised_date="2027-01-20",
           note="Written 21 December: 'entro il 20' has already passed this month -> 20 January (confirmed by 'con le rate di gennaio')."))

# 122 ricevuto + altro lavoro
add("client-reply-other", owner="M",
    frm=("Roberto Mereu", "roberto@mereuviaggi.it"),
    date="2026-11-09 11:48", mua="apple", q="apple",
    subject="Re: Fattura n. 47/2026",
    orig=O("M", "Mereu Viaggi srl", "roberto@mereuviaggi.it", "invoice", "47/2026", "2026-11-09 10:00",
           amount="915,00 €", due="2026-12-09", sal="Spett.le Mereu Viaggi srl,"),
    body="""
Ricevuto, grazie. Senti ma per il server nuovo dell'agenzia alla fine conviene il NAS o il cloud? Il commercialista dice che i backup devono stare in Italia per il GDPR, è vero?
Roberto
""",
    L=dict(note="'Ricevuto, grazie' (the invoice) plus a question about other work."))

# 123 PAYMENT-NOTIFICATION: bonifico in entrata (testo semplice, Fineco)
add_raw("payment-notification", [
    "Return-Path: <alert@finecobank.com>",
    "Date: Fri, 11 Dec 2026 08:15:02 +0100",
    "From: FinecoBank <alert@finecobank.com>",
    "To: giulia@ferrarotraduzioni.it",
    "Subject: Fineco - Accredito bonifico",
    "Message-ID: <alert.20261211081502.998877@finecobank.com>",
    "MIME-Version: 1.0",
], leaf("text/plain", """Gentile Cliente,

ti informiamo che in data 11/12/2026 sul conto n. 0117305 è stato accreditato un bonifico SEPA.

Importo: EUR 918,00
Ordinante: BONINO ENRICO
Causale: FT 43 2026 NETTO RA

Per maggiori dettagli accedi alla tua area riservata.

Questa e-mail è stata generata automaticamente, si prega di non rispondere.
FinecoBank S.p.A.
""", "utf-8", "qp"),
    L=dict(amount="918.00", reference="43/2026",
           note="Bank alert of an incoming transfer; causale 'FT 43 2026 NETTO RA' -> 43/2026."))

# 124 OTHER: notifica del servizio di fatturazione elettronica
add_raw("other", [
    "Return-Path: <noreply@fatturazioneelettronica.aruba.it>",
    "Date: Thu, 7 Jan 2027 11:02:44 +0100",
    "From: Aruba Fatturazione Elettronica <noreply@fatturazioneelettronica.aruba.it>",
    "To: alessandra@example.it",
    "Subject: =?utf-8?Q?Fattura_n._1/2027_=E2=80=93_Ricevuta_di_consegna?=",
    "Message-ID: <fe.20270107110244.5543@fatturazioneelettronica.aruba.it>",
    "MIME-Version: 1.0",
], leaf("text/plain", """Gentile Cliente,

ti informiamo che il Sistema di Interscambio (SdI) ha recapitato la seguente fattura al destinatario.

Numero fattura: 1/2027
Data fattura: 05/01/2027
Destinatario: Ricci Multimedia
Identificativo SdI: 11984432871
Esito: Ricevuta di consegna (RC)
Data consegna: 07/01/2027

Puoi consultare la ricevuta nella sezione "Fatture inviate" del pannello.

Aruba S.p.A. - Fatturazione Elettronica
Questo è un messaggio automatico, non rispondere.
""", "utf-8", "qp"),
    L=dict(note="E-invoicing service: SdI delivery receipt for an invoice. Not a payment."))

# 125 il titolare mette in copia l'amministrazione
add("client-reply-paid", owner="E",
    frm=("Filippo Rizzo", "filippo.rizzo@rizzovetro.it"),
    cc=[("Michela Amministrazione", "amministrazione@rizzovetro.it")],
    date="2026-11-27 16:30", mua="iphone", q="apple",
    subject="Re: Sollecito fattura n. 35/2026",
    orig=O("E", "Rizzo Vetro Murano srl", "filippo.rizzo@rizzovetro.it", "reminder", "35/2026",
           "2026-11-26 09:00", amount="1.586,00 €", due="2026-11-15", sal="Spett.le Rizzo Vetro Murano srl,"),
    body="""
Elena scusa, avevo detto a Michela (in copia) di sistemare, mi conferma adesso che è partito ieri. Tutto a posto quindi.
Filippo

Inviato da iPhone
""",
    L=dict(note="Owner relays accounts' confirmation ('è partito ieri') with accounts in cc: paid."))

# 126 PA: non prima del 15 febbraio
add("client-reply-promise", owner="G",
    frm=("Servizio Bilancio - Città Metropolitana", "bilancio.fornitori@cittametropolitana.to.example.it"),
    date="2027-01-25 10:40", mua="outlook", q="outlook", charset="iso-8859-1", encode_as="cp1252",
    subject="R: Sollecito fattura n. 51/2026",
    orig=O("G", "Città Metropolitana di Torino – Servizio Cultura", "bilancio.fornitori@cittametropolitana.to.example.it",
           "reminder", "51/2026", "2027-01-22 09:00", amount="3.050,00 €", due="2026-12-31",
           sal="Spett.le Città Metropolitana di Torino – Servizio Cultura,"),
    body=f"""
Gentile dott.ssa Ferraro,

in riferimento alla Sua fattura n. 51/2026 (CIG ZC13E55B10), Le comunichiamo che, essendo l’Ente in esercizio provvisorio fino all’approvazione del bilancio, il pagamento non potrà avvenire prima del 15 febbraio. L’IVA, come noto, sarà versata dall’Ente in regime di split payment.

Cordiali saluti
Servizio Bilancio e Ragioneria – Ufficio Fornitori

{PRIVACY_PA}
""",
    L=dict(promised_date="2027-02-15", reference="51/2026",
           note="PA in 'esercizio provvisorio': 'non potrà avvenire prima del 15 febbraio' = promise for 15 February."))

# 127 commercialista: ritenuta, pagherà solo il netto
add("client-reply-dispute", owner="M",
    frm=("Studio Contu & Associati", "segreteria@studiocontu.it"),
    cc=[("Immobiliare Is Molas", "amministrazione@immobiliareismolas.it")],
    date="2026-12-07 15:55", mua="outlook", q="msgorig",
    subject="R: Sollecito fattura n. 43/2026",
    orig=O("M", "Immobiliare Is Molas srl", "amministrazione@immobiliareismolas.it", "reminder", "43/2026",
           "2026-12-04 09:00", amount="1.220,00 €", due="2026-11-30", sal="Spett.le Immobiliare Is Molas srl,"),
    body=f"""
Egregio sig. Pinna,

scrivo per conto della Immobiliare Is Molas srl, di cui curo la contabilità. La Sua fattura n. 43/2026 non espone la ritenuta d'acconto del 20% sull'imponibile di € 1.000,00, benché la prestazione (consulenza informatica resa da lavoratore autonomo) vi sia soggetta e la società sia sostituto d'imposta.
La fattura dovrà essere riemessa; nel frattempo la società verserà soltanto il netto di € 1.020,00 e la ritenuta di € 200,00 con F24.

Distinti saluti
Dott. Luca Contu
Studio Contu & Associati – Commercialisti in Cagliari

{PRIVACY_STUDIO}
""",
    L=dict(reference="43/2026", amount="1020.00",
           note="Accountant for the client: contests the invoice (no withholding tax), wants it reissued, will pay only the net 1.020: dispute."))

# 128 OTHER: pagamento in uscita del titolare (N26)
add_raw("other", [
    "Return-Path: <no-reply@n26.com>",
    "Date: Tue, 19 Jan 2027 13:44:10 +0100",
    "From: N26 <no-reply@n26.com>",
    "To: davide@espositofoto.it",
    "Subject: =?utf-8?Q?Hai_inviato_89,00_=E2=82=AC_a_Fotoforniture_Vomero_srl?=",
    "Message-ID: <n26.tx.20270119124410.4f1c@n26.com>",
    "MIME-Version: 1.0",
], leaf("text/plain", """Ciao Davide,

il tuo bonifico è stato eseguito.

Destinatario: Fotoforniture Vomero srl
IBAN: IT31 H030 6903 4001 0000 0005 512
Importo: 89,00 €
Causale: Fattura 2027/0142 flash e batterie

Puoi vedere i dettagli nell'app N26.

Il tuo team N26
""", "utf-8", "qp"),
    L=dict(note="Outgoing payment made by the owner (money out), not a payment received."))

# 129 AUTO-REPLY: rientro giovedì 7 gennaio
add("auto-reply", owner="F", machine=True,
    frm=("Dott.ssa Rosaria Lo Giudice", "r.logiudice@logiudicecommercialisti.it"),
    date="2026-12-23 10:00", mua="outlook", q="none",
    subject="Fuori sede: Sollecito fattura n. 51/2026",
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-Auto-Response-Suppress: All"],
    orig=O("F", "Lo Giudice Commercialisti Associati", "r.logiudice@logiudicecommercialisti.it", "reminder",
           "51/2026", "2026-12-23 09:55", amount="732,00 €", due="2026-12-15",
           sal="Spett.le Lo Giudice Commercialisti Associati,"),
    body="""
Gentile mittente,
lo studio resterà chiuso per le festività natalizie dal 24 dicembre al 6 gennaio. Rientrerò in ufficio giovedì 7 gennaio e risponderò al più presto.
Per urgenze fiscali: studio@logiudicecommercialisti.it

Dott.ssa Rosaria Lo Giudice
""",
    L=dict(return_date="2027-01-07", note="OOO with RFC 3834 headers; back Thursday 7 January."))


# ============================================================================================
# 0130-0132
# ============================================================================================

# 130 acconto non scalato
add("client-reply-dispute", owner="A",
    frm=("Studio Dentistico Dott.ssa Valsecchi", "amministrazione@studiovalsecchi.it"),
    date="2026-12-28 11:10", mua="o365", q="outlook", cte="base64", html="alt",
    subject="RE: Sollecito fattura n. 40/2026",
    orig=O("A", "Studio Dentistico Dott.ssa Valsecchi", "amministrazione@studiovalsecchi.it", "reminder", "40/2026",
           "2026-12-22 09:00", amount="1.220,00 €", due="2026-12-15", sal="Spett.le Studio Dentistico Dott.ssa Valsecchi,"),
    body="""
Buongiorno,

nella FT 40-2026 non è stato scalato l'acconto di 500,- che abbiamo versato a settembre alla firma del preventivo per il restyling del sito e del logo. Il saldo quindi è 720,- e non 1.220,-.
Le chiediamo di correggere la fattura (o di mandarci una nota di credito per 500); nel frattempo paghiamo i 720,- che riteniamo dovuti.

Cordiali saluti
Silvia Colombo
Amministrazione – Studio Dentistico Dott.ssa Valsecchi, Lecco
""",
    L=dict(amount="720.00", reference="40/2026",
           note="Deposit not deducted: contests the amount, pays only 720 ('720,-'): dispute. 'FT 40-2026' -> 40/2026. Base64 Outlook."))

# 131 parrucchiera dal telefono: fattura mai ricevuta, come pago?
add("client-reply-other", owner="F",
    frm=("Salone Ninfa Hair", "ninfahair.trapani@gmail.com"),
    date="2027-01-21 13:12", mua="android", q="gmail",
    subject="Re: Sollecito fattura n. 3/2027",
    orig=O("F", "Salone Ninfa Hair di Ninfa Coppola", "ninfahair.trapani@gmail.com", "reminder", "3/2027",
           "2027-01-20 09:00", amount="183,00 €", due="2027-01-15", sal="Spett.le Salone Ninfa Hair di Ninfa Coppola,"),
    body="""
Buongiorno dottoressa, ma io la fattura non l'ho mai vista, me la manda su whatsapp? E poi devo fare bonifico per forza o posso darle i soldi quando ci vediamo al corso delle ragazze?
Ninfa
""",
    L=dict(note="Never received the invoice; asks how she may pay. Questions only, no commitment."))

# 132 commercialista: forfettario o ritenuta? (domanda, non contestazione)
add("client-reply-other", owner="D",
    frm=("Studio Commercialista Dott. Iacono", "studio@iaconocommercialisti.it"),
    date="2026-11-13 17:22", mua="outlook", q="msgorig",
    subject="Rif: Fattura n. 2026/32",
    orig=O("D", "Ristorante La Lanterna srl", "amministrazione@ristorantelalanterna.it", "invoice", "2026/32",
           "2026-11-12 12:00", amount="1.000,00 €", due="2026-12-12", sal="Spett.le Ristorante La Lanterna srl,"),
    body=f"""
Buonasera sig. Esposito,

sono il commercialista del Ristorante La Lanterna srl. Sulla Sua fattura 2026/32 non vedo né IVA né ritenuta: immagino sia in regime forfettario, ma nel documento non trovo la dicitura di legge. Me lo conferma? Ci serve per sapere se dobbiamo operare la ritenuta d'acconto prima di pagare.

Cordiali saluti
Dott. Pietro Iacono
Commercialista – Pozzuoli

{PRIVACY_STUDIO}
""",
    L=dict(reference="2026/32",
           note="Accountant asks whether the freelancer is in the flat-rate regime (to know about withholding). A question, not a contest; contrast with the ritenuta disputes."))


# ============================================================================================
# Output
# ============================================================================================
def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# Round 10, Italian client voices (PA, condomini, artigiani, cooperative, scuole, studi medici,",
           "# agenzie, anziani, commercialisti; regional Italian). Generated by make.py.", ""]
    order = ["amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"]
    for i, m in enumerate(MESSAGES, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        data = raw_message(i, m) if "raw_headers" in m else build(i, m)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        L = m.get("L", {})
        out.append(f'[files."{name}"]')
        out.append(f'kind = "{m["kind"]}"')
        out.append('language = "it"')
        out.append('split = "dev"')
        for k in order:
            v = L.get(k)
            if v is None:
                continue
            if isinstance(v, bool):
                out.append(f"{k} = {'true' if v else 'false'}")
            else:
                out.append(f"{k} = {toml_str(v)}")
        if L.get("note"):
            out.append(f"note = {toml_str(L['note'])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check()


def check():
    import collections
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    kinds = collections.Counter()
    bad = 0
    for name, lab in sorted(labels.items()):
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not msg[h]:
                print(f"{name}: missing {h}")
                bad += 1
        try:
            msg["Date"].datetime
            str(msg["Subject"]); str(msg["From"])
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
        except Exception as e:  # noqa: BLE001
            print(f"{name}: {e!r}")
            bad += 1
        kinds[lab["kind"]] += 1
    print(f"{len(labels)} messages, {bad} problems")
    for k, v in kinds.most_common():
        print(f"  {k:24s} {v}")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
