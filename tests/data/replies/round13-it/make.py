#!/usr/bin/env python3
"""round13-it: Italian client replies (wedding planners, B&B, gyms, dance schools, artisans, dentists,
cooperatives, football clubs, estate agents, wineries) plus a little machine mail.

Run: python3 make.py   -> writes r13i-NNNN.eml and labels.toml next to this file, then re-parses them.
Python 3.11, stdlib only. Every body is hand written below; only MIME plumbing, HTML skeletons and the
quoted mailduns reminders are generated.
"""
import base64
import binascii
import email
import email.policy
import email.utils
import hashlib
import html
import os
import random
from datetime import date, datetime, timedelta, timezone
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r13i"

# ----------------------------------------------------------------------------------------------------
# freelancers (mailbox owners)
# ----------------------------------------------------------------------------------------------------
FL = {
    "ale": dict(name="Alessandra Rossi", addr="alessandra@example.it", first="Alessandra",
                iban="IT60X0542811101000000123456", dom="example.it"),
    "dav": dict(name="Davide Marchetti", addr="davide@marchettiweb.it", first="Davide",
                iban="IT02L0306909606100000012345", dom="marchettiweb.it"),
    "chi": dict(name="Chiara Lombardi", addr="info@chiaralombardifoto.it", first="Chiara",
                iban="IT45R0301503200000003517230", dom="chiaralombardifoto.it"),
    "fed": dict(name="Federico Sala", addr="federico@salacomunicazione.it", first="Federico",
                iban="IT17X0200801600000104281733", dom="salacomunicazione.it"),
    "mar": dict(name="Marta Greco", addr="marta.greco@gmail.com", first="Marta",
                iban="IT88Y0760101600001023456789", dom="gmail.com"),
}
# numbering: ale, chi, fed, mar -> "N/2026"; dav -> "2026/NN"

TZ = {"rome": "+0100", "london": "+0000", "ny": "-0500", "canary": "+0000", "madrid": "+0100"}

WD_SHORT = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
WD_LONG = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
MON_SHORT = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
MON_LONG = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
            "settembre", "ottobre", "novembre", "dicembre"]


def dt(s, tz="rome"):
    """'2026-11-12 09:14' or with seconds -> aware datetime"""
    off = TZ.get(tz, tz)
    sign = 1 if off[0] == "+" else -1
    tzinfo = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=tzinfo)


def d(s):
    return date.fromisoformat(s)


def eur(x):
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".") + " €"


def itdate(x):
    return f"{x.day} {MON_LONG[x.month - 1]} {x.year}"


def art(x, prep="il"):
    elided = x.day in (8, 11)
    if prep == "il":
        return ("l'" if elided else "il ") + itdate(x)
    if prep == "del":
        return ("dell'" if elided else "del ") + itdate(x)
    if prep == "al":
        return ("all'" if elided else "al ") + itdate(x)
    if prep == "dal":
        return ("dall'" if elided else "dal ") + itdate(x)
    raise ValueError(prep)


def mid(seed, dom):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:24]}@{dom}>"


# ----------------------------------------------------------------------------------------------------
# the mailduns letters that clients quote (templates/it/*.txt.j2, filled by hand-chosen values)
# ----------------------------------------------------------------------------------------------------
def pay_block(fl, num):
    f = FL[fl]
    return ("Per il pagamento:\n"
            f"- beneficiario: {f['name']}\n"
            f"- IBAN: {f['iban']}\n"
            f"- causale: Fattura n. {num}\n")


def fee_block(amount, due, today):
    days = (today - due).days
    interest = round(amount * 0.1015 * days / 365, 2)
    tot = amount + interest + 40
    return ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
            "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono "
            "gli interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
            "percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di "
            "risarcimento dei costi di recupero (art. 6).\n\n"
            "Ad oggi l'importo dovuto è il seguente:\n"
            f"- fattura n. {{num}}: {eur(amount)}\n"
            f"- interessi di mora dal {(due + timedelta(days=1)).strftime('%d/%m/%Y')} al "
            f"{today.strftime('%d/%m/%Y')} ({days} giorni al 10,15%): {eur(interest)}\n"
            f"- risarcimento costi di recupero: 40,00 €\n"
            f"- totale: {eur(tot)}\n\n")


def letter(step, fl, salut, num, amount=None, due=None, today=None, deadline=None, issue=None,
           promise=None, claim=None, fees=False, invoices=None, susp=None):
    """Return the text of a mailduns letter. dates are date objects."""
    f = FL[fl]
    a = f" di {eur(amount)}" if amount else ""
    out = [salut, ""]
    if step == "courtesy":
        iss = f", emessa {art(issue)}," if issue else ""
        out += [f"un breve promemoria: la fattura n. {num}{a}{iss} è in scadenza {art(due)}.", "",
                "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.",
                "", pay_block(fl, num), "Per qualsiasi domanda basta rispondere a questa email.", ""]
    elif step == "due":
        if today and today > due:
            s = (f"un promemoria: la fattura n. {num}{a} è scaduta {art(due)}. Se il pagamento non è ancora stato "
                 "disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
        else:
            s = f"un promemoria: la fattura n. {num}{a} è in scadenza oggi, {itdate(due)}."
        out += [s, "", "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.",
                "", pay_block(fl, num), "Per qualsiasi domanda basta rispondere a questa email.", ""]
    elif step == "reminder":
        out += [f"da un controllo la fattura n. {num}{a}, scaduta {art(due)}, risulta ancora da saldare. Potrebbe "
                "trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.", ""]
        if fees:
            out += [fee_block(amount, due, today).replace("{num}", num).rstrip("\n"), ""]
        out += ["Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.", "",
                pay_block(fl, num)]
    elif step == "late_fee":
        days = (today - due).days
        out += [f"la fattura n. {num}{a}, scaduta {art(due)}, risulta ancora da saldare: sono trascorsi {days} giorni "
                "dalla scadenza.", ""]
        if fees:
            out += [fee_block(amount, due, today).replace("{num}", num).rstrip("\n"), ""]
        tot = " dell'importo totale" if fees else ""
        out += [f"Chiedo cortesemente di provvedere al pagamento{tot} entro {art(deadline)}. Se il pagamento è già stato "
                "disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i "
                "tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.", "",
                pay_block(fl, num)]
    elif step == "suspension":
        out += [f"torno a scrivere in merito alla fattura n. {num}{a}, scaduta {art(due)}, che risulta ancora da saldare.",
                "",
                f"In mancanza del pagamento entro {art(deadline)}, {art(susp, 'dal')} potrebbe essere necessario "
                "sospendere le attività in corso e i servizi da me forniti fino alla regolarizzazione. Preferirei "
                "evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, possiamo concordare una "
                "soluzione; basta rispondere a questa email.", "", pay_block(fl, num)]
    elif step == "final":
        iss = " " + art(issue, "del") if issue else ""
        out = [f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {num}{iss}", "", salut, "",
               f"la fattura n. {num}{a}, scaduta {art(due)}, risulta ancora da saldare nonostante i precedenti solleciti.",
               "",
               f"Con la presente chiedo formalmente il pagamento di {eur(amount)} entro {art(deadline)}. La presente vale "
               "quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai "
               "fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.", "",
               "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi "
               "competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del "
               "debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile "
               "a parlarne; basta rispondere a questa email entro la stessa data.", "",
               "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la "
               "data del bonifico, così da poterlo verificare.", "", pay_block(fl, num)]
    elif step == "promise_followup":
        if promise:
            s = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {num}{a} sarebbe stato "
                 f"effettuato entro {art(promise)}.")
        else:
            s = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {num}{a}, scaduta {art(due)}.")
        out += [s, "", "Ad oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere "
                "indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere "
                "entro quando posso aspettarlo.", "", pay_block(fl, num)]
    elif step == "paid_claim_followup":
        c = f" {art(claim)}" if claim else ""
        out += [f"grazie per avermi comunicato{c} che la fattura n. {num}{a} è stata pagata.", "",
                "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede "
                "qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, "
                "chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di "
                "inoltrarmi la contabile.", "",
                "Per un confronto, riporto le coordinate corrette:",
                f"- beneficiario: {f['name']}", f"- IBAN: {f['iban']}", f"- causale: Fattura n. {num}", "",
                "Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: "
                "in tal caso mi basta una breve conferma. Grazie per la collaborazione.", ""]
    elif step == "statement":
        out += ["da un controllo risultano ancora da saldare le seguenti fatture:", ""]
        total = 0
        for (n, iss, du, am) in invoices:
            late = (today - du).days
            out.append(f"- n. {n} {art(iss, 'del')}, scaduta {art(du)} ({late} giorni di ritardo): {eur(am)}")
            total += am
        out += ["", f"Totale da pagare: {eur(total)}", "",
                f"Chiedo cortesemente di provvedere al pagamento entro {art(deadline)}. Se alcune di queste fatture sono "
                "già state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno la mia "
                "contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta "
                "rispondere a questa email.", "",
                "Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate.", ""]
    elif step == "invoice":
        # the freelancer's own mail that carried the invoice (written by the freelancer, not by mailduns)
        out += [f"in allegato la fattura n. {num}{a}, con scadenza {art(due)}.", "",
                pay_block(fl, num), "Grazie e buona giornata,", f["first"]]
        return "\n".join(out).strip("\n") + "\n"
    else:
        raise ValueError(step)
    out += ["Cordiali saluti,", f["name"]]
    return "\n".join(out).strip("\n") + "\n"


SUBJ = {
    "courtesy": "Promemoria: fattura n. {n} in scadenza",
    "due": "Promemoria: fattura n. {n}",
    "reminder": "Fattura n. {n} – promemoria di pagamento",
    "late_fee": "Sollecito di pagamento – fattura n. {n}",
    "suspension": "Fattura n. {n} – sollecito",
    "final": "Diffida di pagamento e costituzione in mora – fattura n. {n}",
    "promise_followup": "Fattura n. {n} – aggiornamento sul pagamento",
    "paid_claim_followup": "Fattura n. {n} – pagamento non ancora ricevuto",
    "statement": "Riepilogo fatture da saldare",
    "invoice": "Fattura n. {n}",
}


# ----------------------------------------------------------------------------------------------------
# MIME plumbing
# ----------------------------------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary


_bcount = [0]


def _boundary(style="gmail"):
    _bcount[0] += 1
    h = hashlib.md5(f"b{_bcount[0]}".encode()).hexdigest()
    if style == "outlook":
        return f"_000_{h[:20].upper()}_"
    if style == "apple":
        return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
    if style == "postfix":
        return f"{h[:12].upper()}.{1700000000 + _bcount[0]}/mx.{h[:4]}"
    return f"000000000000{h[:16]}"


def enc_body(data, cte):
    if cte == "qp":
        return binascii.b2a_qp(data, istext=True), "quoted-printable"
    if cte == "b64":
        return base64.encodebytes(data), "base64"
    if cte == "8bit":
        return data, "8bit"
    if cte == "7bit":
        data.decode("ascii")
        return data, "7bit"
    raise ValueError(cte)


def text(s, sub="plain", cs="utf-8", cte="qp", bytes_cs=None, flowed=False, lang=None):
    """bytes_cs: encode with this codec but declare `cs` (Outlook: cp1252 bytes labelled iso-8859-1)."""
    data = s.encode(bytes_cs or cs)
    body, cte_name = enc_body(data, cte)
    ct = f"text/{sub}; charset=\"{cs}\"" if sub == "html" else f"text/{sub}; charset={cs}"
    if flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte_name)]
    if lang:
        h.insert(0, ("Content-Language", lang))
    return Part(h, body)


def multi(sub, *parts, style="gmail", extra=""):
    b = _boundary(style)
    return Part([("Content-Type", f"multipart/{sub}; boundary=\"{b}\"{extra}")], children=list(parts), boundary=b)


def attach(filename, ctype, data, inline=False):
    body = base64.encodebytes(data)
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f"{ctype}; name=\"{filename}\""),
                 ("Content-Disposition", f"{disp}; filename=\"{filename}\""),
                 ("Content-Transfer-Encoding", "base64")], body)


def raw_part(ctype, body_text, cte=None):
    h = [("Content-Type", ctype)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    return Part(h, body_text.encode("utf-8"))


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 760 Td (" + t + b") Tj ET\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png():
    return bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def fake_jpg():
    return bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + b"\x08" * 64 + bytes.fromhex("ffd9")


def ser(part):
    lines = [f"{k}: {v}" for k, v in part.headers]
    head = ("\n".join(lines) + "\n").encode("utf-8")
    if part.children is None:
        return head, part.body
    out = b""
    for c in part.children:
        ch, cb = ser(c)
        out += f"\n--{part.boundary}\n".encode() + ch + b"\n" + cb
    out += f"\n--{part.boundary}--\n".encode()
    return head, out


def hdr_addr(name, addr):
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset="utf-8")


def hdr_text(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76).replace("\n", "\n")


def build(headers, part):
    """headers: list of (name, value) already formatted; part: Part -> bytes"""
    ph, pb = ser(part)
    top = "".join(f"{k}: {v}\n" for k, v in headers)
    top += "MIME-Version: 1.0\n"
    return top.encode("utf-8") + ph + b"\n" + pb


# ----------------------------------------------------------------------------------------------------
# quoting styles
# ----------------------------------------------------------------------------------------------------
def gt(t):
    return "\n".join(("> " + l) if l else ">" for l in t.rstrip("\n").split("\n"))


def attr_gmail(when, name, addr):
    return (f"Il giorno {WD_SHORT[when.weekday()]} {when.day} {MON_SHORT[when.month - 1]} {when.year} alle ore "
            f"{when:%H:%M} {name} <{addr}> ha scritto:")


def attr_apple(when, name, addr):
    return f"Il giorno {when.day} {MON_SHORT[when.month - 1]} {when.year}, alle ore {when:%H:%M}, {name} <{addr}> ha scritto:"


def attr_tb(when, name):
    return f"Il {when:%d/%m/%Y} {when:%H:%M}, {name} ha scritto:"


def outlook_block(when, fname, faddr, to, subject):
    return (f"Da: {fname} <{faddr}>\nInviato: {WD_LONG[when.weekday()]} {when.day} {MON_LONG[when.month - 1]} "
            f"{when.year} {when:%H:%M}\nA: {to}\nOggetto: {subject}\n")


def libero_block(when, fname, faddr, to, subject):
    return (f"----Messaggio originale----\nDa: {faddr}\nData: {when:%d/%m/%Y} {when.hour}.{when:%M}\n"
            f"A: <{to}>\nOgg: {subject}\n")


def to_html_lines(t):
    out = []
    for l in t.rstrip("\n").split("\n"):
        out.append(f"<div>{html.escape(l)}</div>" if l else "<div><br></div>")
    return "\n".join(out)


def p_html(t):
    return "<br>\n".join(html.escape(l) for l in t.rstrip("\n").split("\n"))


# ----------------------------------------------------------------------------------------------------
# one client reply
# ----------------------------------------------------------------------------------------------------
MSGS = []


def client(kind, fl, frm, when, subject, body, *, labels=None, note="", style="gmail", quote=None,
           to=None, cc=None, attachments=(), extra=(), tz_name=None, html_body=None, cs=None,
           sig_html=None, reply_prefix="Re: ", mid_dom=None):
    """quote: dict(step=..., when=datetime, text=..., subject=...) or None (no quoting)."""
    f = FL[fl]
    fname, faddr = frm
    when_s = email.utils.format_datetime(when)
    q_subject = quote["subject"] if quote else subject
    subj = subject if subject is not None else reply_prefix + q_subject
    qmid = mid((quote or {}).get("text", "") + f["addr"] + q_subject, f["dom"]) if quote else mid(q_subject + f["addr"], f["dom"])
    to_s = to or hdr_addr(f["name"], f["addr"])
    dom = mid_dom or faddr.split("@")[1]
    seed = f"{faddr}{when_s}{body[:40]}"
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style.startswith("gmail"):
        msgid = f"<CA{h[:10].upper()}+{h[10:30]}{h[30:36].upper()}@mail.gmail.com>"
    elif style.startswith("outlook"):
        msgid = f"<{h[:4].upper()}PR{h[4:6].upper()}MB{h[6:10]}{h[10:26].upper()}@{h[26:30].upper()}PR0{h[30:31]}MB{h[31:35]}.eurprd0{int(h[35],16)%9+1}.prod.outlook.com>"
    elif style == "iphone":
        msgid = f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{dom}>"
    else:
        msgid = f"<{h[:16]}.{h[16:24]}@{dom}>"
    headers = [("Return-Path", f"<{faddr}>"),
               ("From", hdr_addr(fname, faddr)), ("To", to_s)]
    if cc:
        headers.append(("Cc", cc))
    headers += [("Subject", hdr_text(subj)), ("Date", when_s), ("Message-ID", msgid)]
    if quote is not None or subject is None:
        refs = qmid
        if quote and quote.get("refs"):
            refs = quote["refs"] + " " + qmid
        headers += [("In-Reply-To", qmid), ("References", refs)]
    for k, v in extra:
        headers.append((k, v))

    q = quote
    # ---- plain-text rendering of the quoted letter
    if q:
        qw = q["when"]
        if style in ("gmail", "gmail_plain"):
            qtxt = "\n\n" + attr_gmail(qw, f["name"], f["addr"]) + "\n\n" + gt(q["text"]) + "\n"
        elif style == "iphone":
            qtxt = "\n\n" + attr_apple(qw, f["name"], f["addr"]) + "\n\n" + gt(q["text"]) + "\n"
        elif style in ("outlook", "outlook_html"):
            qtxt = ("\n\n________________________________\n" +
                    outlook_block(qw, f["name"], f["addr"], hdr_to_plain(frm), q["subject"]) + "\n" + q["text"])
        elif style == "outlook_old":
            qtxt = ("\n\n-----Messaggio originale-----\n" +
                    outlook_block(qw, f["name"], f["addr"], hdr_to_plain(frm), q["subject"]) + "\n" + q["text"])
        elif style == "libero":
            qtxt = "\n\n" + libero_block(qw, f["name"], f["addr"], faddr, q["subject"]) + "\n" + q["text"]
        elif style in ("tb", "roundcube"):
            qtxt = "\n\n" + attr_tb(qw, f["name"]) + "\n" + gt(q["text"]) + "\n"
        else:
            raise ValueError(style)
    else:
        qtxt = ""
    plain = body.rstrip("\n") + "\n" + qtxt

    # ---- html rendering
    def gmail_html():
        hb = html_body if html_body is not None else f'<div dir="ltr">{to_html_lines(body)}</div>'
        if q:
            hb += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                   f'{html.escape(attr_gmail(q["when"], f["name"], f["addr"]))}<br></div>'
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                   f'rgb(204,204,204);padding-left:1ex">{p_html(q["text"])}</blockquote></div>')
        return hb + "\n"

    def outlook_html(charset):
        paras = "\n".join(f'<p class="MsoNormal">{html.escape(l) if l else "&nbsp;"}<o:p></o:p></p>'
                          for l in body.rstrip("\n").split("\n"))
        if html_body is not None:
            paras = html_body
        if sig_html:
            paras += "\n" + sig_html
        qh = ""
        if q:
            qh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                  f'<p class="MsoNormal"><b>Da:</b> {html.escape(f["name"])} &lt;{f["addr"]}&gt; <br>'
                  f'<b>Inviato:</b> {WD_LONG[q["when"].weekday()]} {q["when"].day} {MON_LONG[q["when"].month-1]} '
                  f'{q["when"].year} {q["when"]:%H:%M}<br><b>A:</b> {html.escape(hdr_to_plain(frm))}<br>'
                  f'<b>Oggetto:</b> {html.escape(q["subject"])}<o:p></o:p></p></div>\n'
                  f'<p class="MsoNormal">{p_html(q["text"])}<o:p></o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="IT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{paras}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{qh}\n</div>\n'
                '</body>\n</html>\n')

    if style == "gmail":
        part = multi("alternative", text(plain, cs=cs or "UTF-8"), text(gmail_html(), "html", cs=cs or "UTF-8"))
    elif style == "gmail_plain":
        part = text(plain, cs=cs or "UTF-8")
    elif style == "iphone":
        part = text(plain, cs="utf-8", cte="qp")
        headers.append(("X-Mailer", "iPhone Mail (22C152)"))
    elif style in ("outlook", "outlook_old"):
        c = cs or "iso-8859-1"
        part = multi("alternative", text(plain, cs=c, bytes_cs="cp1252"),
                     text(outlook_html(c), "html", cs=c, bytes_cs="cp1252"), style="outlook")
        headers += [("Thread-Topic", hdr_text(q_subject)), ("Thread-Index", "AQHb" + h[:20] + "=="),
                    ("Accept-Language", "it-IT, en-US"), ("Content-Language", "it-IT"),
                    ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
        if style == "outlook_old":
            headers.append(("X-Mailer", "Microsoft Outlook 16.0"))
    elif style == "outlook_html":
        c = cs or "iso-8859-1"
        part = text(outlook_html(c), "html", cs=c, bytes_cs="cp1252")
        headers += [("Thread-Topic", hdr_text(q_subject)), ("Content-Language", "it-IT")]
    elif style == "libero":
        hb = to_html_lines(body) + ("<br><br>" + p_html(qtxt.strip("\n")) if q else "")
        part = multi("alternative", text(plain, cte="b64"), text(f"<html><body>{hb}</body></html>\n", "html", cte="b64"))
        headers.append(("X-Mailer", "Libero Mail"))
    elif style == "tb":
        part = text(plain, cs="UTF-8", cte="8bit", flowed=True)
        headers.append(("User-Agent", "Mozilla Thunderbird"))
    elif style == "roundcube":
        part = text(plain, cs="UTF-8", cte="8bit", flowed=True)
        headers.append(("User-Agent", "Roundcube Webmail/1.6.9"))
    else:
        raise ValueError(style)
    if attachments:
        part = multi("mixed", part, *attachments, style="outlook" if style.startswith("outlook") else "gmail")
    raw = build(headers, part)
    MSGS.append(dict(raw=raw, kind=kind, labels=labels or {}, note=note))


def hdr_to_plain(frm):
    n, a = frm
    return f"{n} <{a}>" if n else a


def Q(step, fl, when, salut, num, **kw):
    """a quoted mailduns letter: returns dict for client(quote=...)"""
    wd = when.date()
    kw.setdefault("today", wd)
    t = letter(step, fl, salut, num, **kw)
    return dict(step=step, when=when, text=t, subject=SUBJ[step].format(n=num))


def machine(kind, raw, labels=None, note=""):
    MSGS.append(dict(raw=raw, kind=kind, labels=labels or {}, note=note))


# ====================================================================================================
# CLIENT REPLIES — PAID
# ====================================================================================================
def paid():
    # P1 falegname veneto, dialect, short
    client("client-reply-paid", "ale", ("Giuseppe Zanetti", "falegnameria.zanetti@gmail.com"),
           dt("2026-12-18 07:42"), None,
           "Bon dì Alessandra,\n"
           "fato el bonifico stamatina prima de vegner in laboratorio.\n"
           "Scusa el ritardo ma co le consegne de Nadal no ghe stavimo drio.\n\n"
           "Bepi\n\n"
           "Falegnameria Zanetti snc\nVia Postumia 112 - Castelfranco Veneto (TV)\n",
           quote=Q("reminder", "ale", dt("2026-12-15 09:00"), "Spett.le Falegnameria Zanetti snc,", "36/2026",
                   amount=610.00, due=d("2026-12-05")),
           labels=dict(), note="Venetian dialect ('fato el bonifico stamatina'): paid this morning. No number in his own text.")

    # P2 dentist secretary, Outlook, contabile attached, GDPR footer
    client("client-reply-paid", "dav", ("Segreteria Studio Dentistico Dott. Ferrante", "segreteria@studioferrante.it"),
           dt("2026-12-04 11:17"), None,
           "Buongiorno Davide,\n\n"
           "le confermo che il dottore ha autorizzato il pagamento della fattura 2026/61 di 480,00 euro: il bonifico "
           "è stato disposto ieri, le allego la contabile.\n\n"
           "Cordiali saluti\n\n"
           "Monica Sartori\nSegreteria – Studio Dentistico Dott. Giorgio Ferrante\nVia Mazzini 18, 37121 Verona\n"
           "Tel. 045 800 1234\n\n"
           "Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate "
           "esclusivamente al destinatario. Ai sensi del Regolamento UE 2016/679 (GDPR), qualora il messaggio "
           "Le fosse pervenuto per errore, La invitiamo a eliminarlo e a darne comunicazione al mittente.\n",
           style="outlook",
           quote=Q("due", "dav", dt("2026-12-02 08:30"), "Spett.le Studio Dentistico Dott. Ferrante,", "2026/61",
                   amount=480.00, due=d("2026-11-30")),
           attachments=[attach("Contabile_bonifico_03122026.pdf", "application/pdf", fake_pdf("Contabile bonifico SEPA 480,00 EUR"))],
           labels=dict(amount="480.00", reference="2026/61"),
           note="Secretary confirms transfer disposed yesterday, contabile attached; Outlook cp1252-as-latin1, GDPR footer.")

    # P3 wedding planner, emoji, iPhone
    client("client-reply-paid", "chi", ("Valentina Rinaldi", "valentina@silovoglioweddings.it"),
           dt("2026-11-27 23:48"), None,
           "Chiaraaa scusami!! 🙈🙈\n"
           "Pagata ieri sera dall'home banking, ti giro la contabile appena la ritrovo nel casino del telefono.\n\n"
           "Ps le foto del matrimonio Bianchi-Esposito sono piaciute tantissimo, la sposa mi ha scritto piangendo 😍 "
           "Ti chiamo per la stagione 2027 che abbiamo già 6 date bloccate!!\n\n"
           "V.\n\nInviato da iPhone",
           style="iphone",
           quote=Q("reminder", "chi", dt("2026-11-25 09:00"), "Spett.le Sì Lo Voglio Weddings & Events,", "71/2026",
                   amount=2300.00, due=d("2026-11-15")),
           labels=dict(), note="Paid last night via home banking; chatty with emoji, late night.")

    # P4 gym admin, statement reply, two invoices one transfer
    client("client-reply-paid", "fed", ("Amministrazione FitLab", "amministrazione@fitlabpalestra.it"),
           dt("2026-12-01 15:05"), None,
           "Buongiorno,\n\n"
           "con riferimento al Vs. riepilogo, Vi comunichiamo che le fatture n. 44/2026 e n. 47/2026 sono state "
           "saldate in data odierna con un unico bonifico di € 1.098,00.\n\n"
           "Distinti saluti\n\n"
           "Ufficio Amministrazione\nFitLab S.r.l. – Via Triumplina 41, Brescia\n",
           style="outlook_old",
           quote=Q("statement", "fed", dt("2026-11-27 09:00"), "Spett.le FitLab S.r.l.,", "",
                   invoices=[("44/2026", d("2026-10-01"), d("2026-10-31"), 549.00),
                             ("47/2026", d("2026-10-30"), d("2026-11-15"), 549.00)],
                   deadline=d("2026-12-07")),
           labels=dict(amount="1098.00"),
           note="Both invoices of the statement paid today with one transfer; two references so none labelled.")

    # P5 B&B owner, ALL CAPS, paid + doubt about IBAN
    client("client-reply-paid", "dav", ("B&B La Corte dei Gelsi", "cortedeigelsi@libero.it"),
           dt("2026-11-19 18:22"), None,
           "BUONGIORNO DAVIDE HO FATTO IL BONIFICO PER IL SITO LUNEDI. MI FAI SAPERE SE TI E ARRIVATO PERCHE "
           "MIO NIPOTE DICE CHE FORSE HO SBAGLIATO UNA LETTERA NELL IBAN, IO HO COPIATO DALLA MAIL.\n"
           "GRAZIE E SALUTI\nROSARIA\nB&B LA CORTE DEI GELSI - MATERA\n",
           style="libero",
           quote=Q("reminder", "dav", dt("2026-11-18 09:00"), "Spett.le B&B La Corte dei Gelsi,", "2026/58",
                   amount=850.00, due=d("2026-11-10")),
           labels=dict(), note="ALL CAPS, no accents; paid Monday but worries the IBAN was mistyped: still a paid claim.")

    # P6 dance school secretary forwards bank receipt
    fwd = ("---------- Forwarded message ---------\n"
           "Da: Banca Sella <noreply@sella.it>\n"
           "Date: mar 8 dic 2026 alle ore 10:02\n"
           "Subject: Conferma esecuzione bonifico SEPA\n"
           "To: <segreteria@danzaetoile.it>\n\n\n"
           "Gentile cliente,\n"
           "ti confermiamo che il bonifico da te disposto è stato eseguito.\n\n"
           "Ordinante: SCUOLA DI DANZA ETOILE ASD\n"
           "Beneficiario: ALESSANDRA ROSSI\n"
           "IBAN beneficiario: IT60X0542811101000000123456\n"
           "Importo: 366,00 EUR\n"
           "Data esecuzione: 08/12/2026\n"
           "Causale: LOCANDINA SAGGIO DI NATALE\n"
           "TRN: 0306909601234567480812261002\n\n"
           "Banca Sella S.p.A. - Questo messaggio è generato automaticamente, ti preghiamo di non rispondere.\n")
    client("client-reply-paid", "ale", ("Segreteria Étoile", "segreteria@danzaetoile.it"),
           dt("2026-12-08 10:15"), "Fwd: Conferma esecuzione bonifico SEPA",
           "Ciao Alessandra,\nti inoltro la ricevuta, scusa il ritardo! Con il saggio di Natale qui è il delirio 💃\n\n"
           "Un abbraccio,\nLaura\nSegreteria Scuola di Danza Étoile ASD\n\n" + fwd,
           style="gmail",
           labels=dict(amount="366.00"),
           note="New thread (Fwd:) forwarding the bank's execution receipt; amount only in the forwarded receipt, no invoice number.")

    # P7 estate agent, Roman
    client("client-reply-paid", "fed", ("Fabrizio Proietti", "fabrizio.proietti@casapiuimmobiliare.it"),
           dt("2026-11-23 13:40"), None,
           "Aò Federì, tutto a posto, t'ho pagato venerdì, controlla.\n"
           "Poi sentimose pe' gennaio che vojo rifà le campagne sui bilocali a Monteverde, quelle de ottobre "
           "hanno portato un sacco de telefonate.\n\nFabrizio\n\n"
           "Inviato da Outlook per Android",
           style="gmail_plain",
           quote=Q("reminder", "fed", dt("2026-11-20 09:00"), "Gentile Fabrizio Proietti,", "45/2026",
                   amount=732.00, due=d("2026-11-12")),
           labels=dict(), note="Roman dialect; 'venerdì' here is a PAST payment day, not a promise.")

    # P8 winery, long chatty, one sentence matters
    client("client-reply-paid", "mar", ("Niccolò Bellandi", "niccolo@poggioailecci.it"),
           dt("2026-12-02 19:55"), None,
           "Cara Marta,\n\n"
           "perdona se rispondo solo ora ma siamo appena rientrati dal Merano Wine Festival, quattro giorni in piedi "
           "dietro al banco e la voce che non c'è più. È andata molto bene: i tedeschi si sono innamorati del "
           "Riserva 2021 e un importatore di Monaco vuole le schede tecniche entro gennaio, quindi preparati perché "
           "arriva lavoro (sempre in tedesco, e forse anche qualcosa in danese, lo conosci qualcuno bravo?).\n\n"
           "Ah, la fattura l'ha pagata la Francesca in amministrazione la settimana scorsa, dovresti averla già "
           "ricevuta; se non ti torna dimmelo che controllo.\n\n"
           "Ti mando anche le foto nuove della cantina per il sito quando me le passa il fotografo.\n"
           "Un abbraccio e a presto,\nNiccolò\n\n"
           "--\nNiccolò Bellandi\nPoggio ai Lecci – Società Agricola\nLoc. Sant'Angelo in Colle, Montalcino (SI)\n",
           style="gmail",
           quote=Q("reminder", "mar", dt("2026-11-30 09:00"), "Spett.le Poggio ai Lecci Società Agricola,", "52/2026",
                   amount=780.00, due=d("2026-11-20")),
           labels=dict(), note="Long chatty mail about a wine fair; one sentence says accounts paid last week.")

    # P9 cooperativa: mandato di pagamento disposto
    client("client-reply-paid", "mar", ("Ufficio Amministrativo – Coop. Sociale Il Girasole", "amministrazione@coopilgirasole.it"),
           dt("2027-01-15 12:31"), None,
           "Gentile dott.ssa Greco,\n\n"
           "si comunica che in data 14/01/2027 è stato disposto il mandato di pagamento n. 23 relativo alla Sua "
           "fattura n. 3/2027, per l'importo di € 1.040,00 (al netto della ritenuta d'acconto).\n\n"
           "Cordiali saluti\n\n"
           "Donatella Verri\nUfficio Amministrativo\nCooperativa Sociale Il Girasole – ONLUS\nVia dei Mille 7, Reggio Emilia\n\n"
           "Ai sensi del D.Lgs. 196/2003 e del Reg. UE 2016/679, le informazioni contenute nella presente comunicazione "
           "sono riservate. Se avete ricevuto questo messaggio per errore siete pregati di distruggerlo.\n",
           style="outlook",
           quote=Q("courtesy", "mar", dt("2027-01-12 09:00"), "Spett.le Cooperativa Sociale Il Girasole,", "3/2027",
                   amount=1300.00, due=d("2027-01-20"), issue=d("2026-12-21")),
           labels=dict(amount="1040.00", reference="3/2027"),
           note="'disposto il mandato di pagamento' = payment ordered; amount net of withholding tax differs from quoted 1.300.")

    # P10 football club treasurer, one-liner
    client("client-reply-paid", "ale", ("Gianni Ferraresi", "tesoriere@virtuscastelfranco.it"),
           dt("2026-11-30 21:12"), None,
           "Ciao Ale, fatto. Scusa ma il tesoriere (cioè io 😅) era in ferie.\nGianni",
           style="gmail",
           quote=Q("reminder", "ale", dt("2026-11-27 09:00"), "Spett.le ASD Virtus Castelfranco Calcio,", "37/2026",
                   amount=260.00, due=d("2026-11-20")),
           labels=dict(), note="'fatto' alone = paid.")

    # P11 fabbro siciliano, photo of receipt
    client("client-reply-paid", "ale", ("Carmelo Russo", "russo.ferrobattuto@tiscali.it"),
           dt("2026-12-09 17:20"), None,
           "Salve dottoressa\n"
           "ho fatto il bonifico oggi alla posta, ci mando la foto della ricevuta che non so se si legge bene.\n"
           "Saluti\nRusso Carmelo\nferro battuto e cancelli - Acireale\n",
           style="tb",
           quote=Q("reminder", "ale", dt("2026-12-07 09:00"), "Gentile Carmelo Russo,", "41/2026",
                   amount=320.00, due=d("2026-11-30")),
           attachments=[attach("IMG_20261209_171204.jpg", "image/jpeg", fake_jpg())],
           labels=dict(), note="Sicilian artisan, 'ci mando' for 'le mando'; paid at the post office, JPEG of receipt.")

    # P12 dentist himself, iPhone one-word
    client("client-reply-paid", "dav", ("Giorgio Ferrante", "g.ferrante@studioferrante.it"),
           dt("2027-01-21 13:02"), None,
           "Pagato. Saluti\nGF\n\nInviato da iPhone",
           style="iphone",
           quote=Q("late_fee", "dav", dt("2027-01-20 09:00"), "Spett.le Studio Dentistico Dott. Ferrante,", "2026/66",
                   amount=366.00, due=d("2026-12-31"), deadline=d("2027-01-27"), fees=True),
           labels=dict(), note="One word on a late-fee reminder.")

    # P13 wedding planner assistant, CRO given
    client("client-reply-paid", "chi", ("Irene Bardi", "irene@dolceattesawedding.com"),
           dt("2026-12-11 10:48"), None,
           "Buongiorno Chiara,\n\n"
           "ti confermo che abbiamo saldato la fattura n. 74/2026 con bonifico del 10/12 (CRO 0306909612345678). "
           "Se non dovessi vederlo entro lunedì fammi sapere e sento la banca.\n\n"
           "Un caro saluto,\nIrene\n\n"
           "Irene Bardi | Dolce Attesa Wedding Planner\nBorgo Pinti 22, Firenze | +39 055 123 4567\n",
           style="outlook",
           quote=Q("due", "chi", dt("2026-12-10 08:30"), "Spett.le Dolce Attesa Wedding Planner,", "74/2026",
                   amount=1850.00, due=d("2026-12-10")),
           labels=dict(reference="74/2026"),
           note="Paid with transfer of 10/12 and CRO; 'entro lunedì' is about checking, not paying.")

    # P14 gym Napoli, Satispay
    client("client-reply-paid", "fed", ("Enzo Capasso", "olympiagym.napoli@gmail.com"),
           dt("2026-11-16 20:31"), None,
           "Federico buonasera, ho pagato con satispay come mi avevi detto che si può fare, 150€, controlla se ti è "
           "arrivato che a me dice completato.\nCiao Enzo",
           style="gmail",
           quote=Q("reminder", "fed", dt("2026-11-13 09:00"), "Spett.le Olympia Gym ASD,", "43/2026",
                   amount=150.00, due=d("2026-11-05")),
           labels=dict(amount="150.00"), note="Paid by Satispay, asks to check it arrived.")

    # P15 B&B Langhe, paid + unrelated support request, from Canary Islands
    client("client-reply-paid", "dav", ("Elena Sacco", "info@bbilglicine.it"),
           dt("2026-11-24 21:15", "canary"), None,
           "Ciao Davide,\n"
           "pagamento fatto stamattina, scusa il ritardo ma a novembre abbiamo chiuso per ferie e siamo a Tenerife, "
           "la posta la guardiamo poco.\n\n"
           "Già che ci sei: il calendario delle disponibilità sul sito non si aggiorna da due giorni, risulta tutto "
           "libero anche quando Booking ha le camere occupate. Puoi dare un'occhiata quando hai un attimo?\n\n"
           "Grazie!\nElena e Marco\nB&B Il Glicine – Barolo (CN)\n",
           style="iphone",
           quote=Q("reminder", "dav", dt("2026-11-23 09:00"), "Spett.le B&B Il Glicine,", "2026/60",
                   amount=390.00, due=d("2026-11-15")),
           labels=dict(), note="Paid this morning, then a support request about the booking calendar; Atlantic/Canary tz.")

    # P16 winery export manager, Qonto screenshot
    client("client-reply-paid", "ale", ("Giacomo Bricco", "giacomo@briccorosso.wine"),
           dt("2027-01-13 08:05"), None,
           "Ciao Alessandra,\npayment done ieri sera, ti allego lo screenshot di Qonto.\n"
           "Le etichette del Rosato sono arrivate dalla tipografia: perfette, il colore della carta è esattamente "
           "quello che volevamo. Ne parliamo per il Barbera?\n\nG.\n",
           style="gmail",
           quote=Q("due", "ale", dt("2027-01-12 08:30"), "Spett.le Azienda Agricola Bricco Rosso,", "2/2027",
                   amount=915.00, due=d("2027-01-12")),
           attachments=[attach("Screenshot 2027-01-12 alle 22.41.png", "image/png", fake_png())],
           labels=dict(), note="Anglo-Italian 'payment done ieri sera' + screenshot attached.")

    # P17 estate agency admin, HTML only, paid with verification request
    client("client-reply-paid", "dav", ("Amministrazione Casa Più Immobiliare", "amministrazione@casapiuimmobiliare.it"),
           dt("2026-12-03 16:44"), None,
           "Buongiorno,\n\n"
           "in riferimento al Vostro sollecito Vi informiamo che la fattura 2026/63 risulta pagata in data 27/11/2026 "
           "con bonifico ordinario sulle coordinate indicate in fattura.\n"
           "Vi preghiamo di verificare e di darci riscontro.\n\n"
           "Cordiali saluti\n\n"
           "Amministrazione\nCasa Più Immobiliare S.r.l. – Viale Marconi 120, 00146 Roma\n",
           style="outlook_html",
           quote=Q("reminder", "dav", dt("2026-12-02 09:00"), "Spett.le Casa Più Immobiliare S.r.l.,", "2026/63",
                   amount=1220.00, due=d("2026-11-25")),
           labels=dict(reference="2026/63"), note="HTML-only Outlook; 'risulta pagata in data 27/11' + asks to verify.")

    # P18 dance school director, formal, 'provveduto al saldo'
    client("client-reply-paid", "fed", ("Paola Gribaudo", "direzione@danzaetoile.it"),
           dt("2026-12-22 09:12"), None,
           "Caro Federico,\n\n"
           "Le comunico che la segreteria ha provveduto al saldo del video promozionale. Mi scuso per il ritardo: "
           "dicembre per noi è il mese più caotico, tra il saggio e le iscrizioni ai corsi di gennaio.\n\n"
           "Colgo l'occasione per farLe i miei auguri di buone feste.\n\n"
           "Cordialità,\nPaola Gribaudo\nDirettrice artistica – Scuola di Danza Étoile ASD, Torino\n",
           style="tb",
           quote=Q("reminder", "fed", dt("2026-12-18 09:00"), "Spett.le Scuola di Danza Étoile ASD,", "50/2026",
                   amount=600.00, due=d("2026-12-10")),
           labels=dict(), note="'ha provveduto al saldo' – paid without the word 'pagato'; formal Lei.")

    # P19 coop coordinator relays accounts, cc
    client("client-reply-paid", "mar", ("Stefano Incerti", "stefano.incerti@coopilgirasole.it"),
           dt("2026-11-12 17:03"), None,
           "Buongiorno Marta,\n"
           "mi dicono dall'amministrazione che il bonifico è partito martedì insieme agli altri fornitori. "
           "Per qualsiasi cosa chiedi pure a Donatella, che metto in copia.\n\n"
           "Ciao e grazie ancora per il lavoro sul bando, il progetto è stato ammesso!\nStefano\n",
           style="gmail", cc=hdr_addr("Donatella Verri", "amministrazione@coopilgirasole.it"),
           quote=Q("reminder", "mar", dt("2026-11-11 09:00"), "Spett.le Cooperativa Sociale Il Girasole,", "47/2026",
                   amount=900.00, due=d("2026-11-04")),
           labels=dict(), note="Coordinator relays that accounts' transfer left on Tuesday; cc to accounts.")

    # P20 football club secretary: paid with a different causale
    client("client-reply-paid", "chi", ("Segreteria ASD Virtus Castelfranco", "segreteria@virtuscastelfranco.it"),
           dt("2026-12-14 19:27"), None,
           "Buonasera,\n"
           "sono Mauro, il segretario della Virtus. Il pagamento di 420 euro per le foto del calendario l'abbiamo fatto "
           "il 3 dicembre con bonifico dalla BCC, causale \"saldo calendario 2027\". Forse non l'avete collegato alla "
           "fattura perché la causale era diversa? Se serve vi mando la contabile.\n\n"
           "Saluti sportivi\nMauro Tonelli\n",
           style="roundcube",
           quote=Q("reminder", "chi", dt("2026-12-12 09:00"), "Spett.le ASD Virtus Castelfranco Calcio,", "76/2026",
                   amount=420.00, due=d("2026-12-05")),
           labels=dict(amount="420.00"), note="Paid on 3 December with a different causale; question is about matching.")

    # P21 falegname toscano, paid + complaint on timing (not a dispute of the invoice)
    client("client-reply-paid", "dav", ("Ugo Nardini", "laboratoriodellegno.nardini@gmail.com"),
           dt("2027-02-02 07:58"), None,
           "Bonifico fatto ieri.\nMa il negozio online quando lo si mette in linea? Son due settimane che aspetto le "
           "foto delle madie caricate.\nUgo\n",
           style="gmail_plain",
           quote=Q("courtesy", "dav", dt("2027-01-29 09:00"), "Gentile Ugo Nardini,", "2027/04",
                   amount=650.00, due=d("2027-02-05"), issue=d("2027-01-06")),
           labels=dict(), note="Paid yesterday; grumbles about another job's timing but does not contest the invoice.")

    # P22 accountant on behalf of winery, distinta attached
    client("client-reply-paid", "mar", ("Rag. Lorenzo Pieri", "l.pieri@studiopieri.it"),
           dt("2027-01-08 10:36"), None,
           "Buongiorno,\n\n"
           "scrivo per conto di Poggio ai Lecci Società Agricola, di cui curo la contabilità. La Vostra fattura "
           "n. 55/2026 è stata pagata il 19 dicembre u.s. unitamente ad altre fatture fornitori; allego la distinta "
           "con il dettaglio.\n\n"
           "Cordiali saluti\n\n"
           "Rag. Lorenzo Pieri\nStudio Pieri & Associati – Consulenza fiscale e del lavoro\nMontepulciano (SI)\n",
           style="outlook",
           quote=Q("reminder", "mar", dt("2027-01-07 09:00"), "Spett.le Poggio ai Lecci Società Agricola,", "55/2026",
                   amount=1120.00, due=d("2026-12-20")),
           attachments=[attach("Distinta_bonifici_19122026.pdf", "application/pdf", fake_pdf("Distinta bonifici 19/12/2026"))],
           labels=dict(reference="55/2026"), note="Accountant for the client: paid 19 December in a batch, distinta attached.")

    # P23 wedding planner via PayPal, complains about fee
    client("client-reply-paid", "ale", ("Serena Gallo", "serena@eventipreziosi.it"),
           dt("2027-01-26 16:10"), None,
           "Ciao Ale!\npagato con PayPal un attimo fa, mi ha preso pure 12 euro di commissione ma vabbè 🙄 "
           "dimmi se arriva tutto.\nBaci\nSere\n",
           style="iphone",
           quote=Q("reminder", "ale", dt("2027-01-25 09:00"), "Spett.le Eventi Preziosi di Serena Gallo,", "44/2026",
                   amount=780.00, due=d("2027-01-15")),
           labels=dict(), note="Paid via PayPal; 12 euro is the fee, not the amount paid.")

    # P24 dentist (Bari) – doctor signed the transfer + SDI request
    client("client-reply-paid", "fed", ("Angela Lorusso", "amministrazione@centrosorriso.it"),
           dt("2026-11-10 12:14"), None,
           "Buongiorno Federico,\n\n"
           "il dottore ha firmato ieri il bonifico, dovrebbe arrivarti entro un paio di giorni.\n"
           "Ti chiedo solo, per le prossime fatture, di indicare anche il codice destinatario SDI: M5UXCR1, "
           "perché il commercialista ce le chiede tutte in elettronico.\n\n"
           "Grazie e buona giornata\nAngela\nCentro Odontoiatrico Sorriso – Bari\n",
           style="gmail",
           quote=Q("reminder", "fed", dt("2026-11-09 09:00"), "Spett.le Centro Odontoiatrico Sorriso,", "42/2026",
                   amount=488.00, due=d("2026-10-31")),
           labels=dict(), note="'ha firmato ieri il bonifico' = paid; 'entro un paio di giorni' is arrival, not a promise.")

    # P25 gym manager one-liner from Android
    client("client-reply-paid", "fed", ("Simone Bertoli", "simone@fitlabpalestra.it"),
           dt("2027-01-19 07:12"), None,
           "fatto ieri sera, scusa!!\n\nInviato da Outlook per Android",
           style="gmail_plain",
           quote=Q("late_fee", "fed", dt("2027-01-18 09:00"), "Spett.le FitLab S.r.l.,", "2/2027",
                   amount=549.00, due=d("2027-01-05"), deadline=d("2027-01-25"), fees=True),
           labels=dict(), note="Lower-case one-liner 'fatto ieri sera' on a late-fee reminder.")

    # P26 affittacamere Sorrento, latin-1
    client("client-reply-paid", "chi", ("Titina Esposito", "danonnatitina@alice.it"),
           dt("2026-12-21 11:03"), None,
           "Gentile Chiara,\n"
           "tutto saldato! Mio figlio Gennaro ha fatto il bonifico da internet sabato, 350 euro. Le foto sono "
           "bellissime, i clienti su Booking ci fanno i complimenti per le camere e per la terrazza.\n"
           "Tanti auguri di buon Natale a lei e famiglia.\nTitina Esposito\nAffittacamere Da Nonna Titina - Sorrento\n",
           style="gmail_plain", cs="iso-8859-15",
           quote=Q("reminder", "chi", dt("2026-12-18 09:00"), "Gentile Titina Esposito,", "78/2026",
                   amount=350.00, due=d("2026-12-10")),
           labels=dict(amount="350.00"), note="Son paid on Saturday; latin-1 QP plain text.")

    # P27 estate agent Milan, answers the paid-claim follow-up with CRO
    client("client-reply-paid", "ale", ("Luca Fumagalli", "luca.fumagalli@brerahome.it"),
           dt("2026-12-10 09:40"), None,
           "Ciao Alessandra,\n"
           "a noi risulta pagata il 30/11 con bonifico istantaneo, strano che non ti sia arrivato. Ti giro il CRO: "
           "0503412345678901. Fammi sapere se ci sono problemi e nel caso chiamo io la banca.\n\n"
           "Luca Fumagalli\nBrera Home Real Estate – Milano\n",
           style="outlook",
           quote=Q("paid_claim_followup", "ale", dt("2026-12-09 09:00"), "Spett.le Brera Home Real Estate S.r.l.,",
                   "42/2026", amount=1464.00, claim=d("2026-12-01")),
           labels=dict(), note="Reply to the 'not yet received' follow-up: restates paid on 30/11 with CRO.")


# ====================================================================================================
# CLIENT REPLIES — PROMISE
# ====================================================================================================
def promise():
    # R1 Venetian, venerdì
    client("client-reply-promise", "ale", ("Giuseppe Zanetti", "falegnameria.zanetti@gmail.com"),
           dt("2026-11-25 12:51"), None,
           "Ciao Alessandra,\ngo visto adesso la to mail. Te lo fasso venerdì insieme ai altri pagamenti, va ben?\n"
           "Bepi\n",
           style="gmail",
           quote=Q("reminder", "ale", dt("2026-11-24 09:00"), "Spett.le Falegnameria Zanetti snc,", "40/2026",
                   amount=427.00, due=d("2026-11-16")),
           labels=dict(promised_date="2026-11-27"), note="Venetian; Wed 25 Nov + 'venerdì' -> Fri 27 Nov.")

    # R2 dentist secretary, giovedì 14
    client("client-reply-promise", "dav", ("Segreteria Studio Dentistico Dott. Ferrante", "segreteria@studioferrante.it"),
           dt("2027-01-12 09:26"), None,
           "Buongiorno Davide,\n\n"
           "il dottore firma i bonifici una volta alla settimana, il giovedì: il pagamento della fattura 2026/68 "
           "partirà quindi giovedì 14.\n\n"
           "Cordiali saluti\nMonica Sartori\nSegreteria – Studio Dentistico Dott. Giorgio Ferrante\n\n"
           "Le informazioni contenute in questo messaggio sono riservate ai sensi del Reg. UE 2016/679.\n",
           style="outlook",
           quote=Q("reminder", "dav", dt("2027-01-11 09:00"), "Spett.le Studio Dentistico Dott. Ferrante,", "2026/68",
                   amount=244.00, due=d("2026-12-31")),
           labels=dict(promised_date="2027-01-14", reference="2026/68"), note="'partirà giovedì 14' from Tue 12 Jan.")

    # R3 wedding planner, entro il 20
    client("client-reply-promise", "chi", ("Valentina Rinaldi", "valentina@silovoglioweddings.it"),
           dt("2026-12-09 14:33"), None,
           "Amore scusa scusa scusa 🙏 dicembre è un mese folle, tra fiere e sopralluoghi non capisco più niente. "
           "Ti pago entro il 20, promesso!! Poi ci facciamo un aperitivo per parlare del 2027 🥂\nV.",
           style="iphone",
           quote=Q("reminder", "chi", dt("2026-12-07 09:00"), "Spett.le Sì Lo Voglio Weddings & Events,", "77/2026",
                   amount=1600.00, due=d("2026-11-30")),
           labels=dict(promised_date="2026-12-20"), note="'entro il 20' on 9 Dec -> 20 Dec.")

    # R4 gym admin, fine mese
    client("client-reply-promise", "fed", ("Amministrazione FitLab", "amministrazione@fitlabpalestra.it"),
           dt("2026-11-17 10:02"), None,
           "Buongiorno,\n\n"
           "la Vs. fattura n. 46/2026 è stata registrata e sarà inserita nel pagamento fornitori di fine mese.\n\n"
           "Distinti saluti\nUfficio Amministrazione\nFitLab S.r.l.\n",
           style="outlook_old",
           quote=Q("due", "fed", dt("2026-11-16 08:30"), "Spett.le FitLab S.r.l.,", "46/2026",
                   amount=549.00, due=d("2026-11-15")),
           labels=dict(promised_date="2026-11-30", reference="46/2026"), note="'pagamento fornitori di fine mese' -> 30 Nov.")

    # R5 B&B caps, dopo il 10 (vague)
    client("client-reply-promise", "dav", ("B&B La Corte dei Gelsi", "cortedeigelsi@libero.it"),
           dt("2027-01-04 19:40"), None,
           "DAVIDE SCUSAMI QUESTO MESE E DURO, DOPO LE FESTE NON E VENUTO NESSUNO. TI PAGO DOPO IL 10 QUANDO MI "
           "ARRIVANO I SOLDI DI BOOKING. NON TI PREOCCUPARE CHE SONO UNA PERSONA SERIA.\nROSARIA\n",
           style="libero",
           quote=Q("reminder", "dav", dt("2027-01-04 09:00"), "Spett.le B&B La Corte dei Gelsi,", "2026/70",
                   amount=180.00, due=d("2026-12-27")),
           labels=dict(), note="'dopo il 10' is vague (after, not by) -> no promised_date.")

    # R6 dance school secretary, lunedì prossimo
    client("client-reply-promise", "ale", ("Segreteria Étoile", "segreteria@danzaetoile.it"),
           dt("2026-12-02 16:20"), None,
           "Ciao Alessandra!\n"
           "La direttrice è a Parigi per uno stage fino a sabato e i bonifici li autorizza solo lei. Appena rientra "
           "glielo faccio firmare: lunedì prossimo te lo facciamo di sicuro.\n\n"
           "Laura – Segreteria Étoile\n",
           style="gmail",
           quote=Q("reminder", "ale", dt("2026-12-01 09:00"), "Spett.le Scuola di Danza Étoile ASD,", "43/2026",
                   amount=244.00, due=d("2026-11-23")),
           labels=dict(promised_date="2026-12-07"), note="Wed 2 Dec + 'lunedì prossimo' -> Mon 7 Dec; 'fino a sabato' is the director's trip.")

    # R7 Roman estate agent, lunedì
    client("client-reply-promise", "fed", ("Fabrizio Proietti", "fabrizio.proietti@casapiuimmobiliare.it"),
           dt("2027-01-21 18:05"), None,
           "Federì nun te preoccupà, lunedì te faccio er bonifico. Sto a chiude du' rogiti 'sta settimana e nun "
           "c'ho avuto manco er tempo de magnà.\nF.\n",
           style="gmail_plain",
           quote=Q("late_fee", "fed", dt("2027-01-21 09:00"), "Gentile Fabrizio Proietti,", "1/2027",
                   amount=732.00, due=d("2027-01-10"), deadline=d("2027-01-28")),
           labels=dict(promised_date="2027-01-25"), note="Roman; Thu 21 Jan + 'lunedì' -> 25 Jan.")

    # R8 coop waits for Region funds (vague)
    client("client-reply-promise", "mar", ("Ufficio Amministrativo – Coop. Sociale Il Girasole", "amministrazione@coopilgirasole.it"),
           dt("2026-12-14 11:48"), None,
           "Gentile dott.ssa Greco,\n\n"
           "ci scusiamo per il ritardo. Come saprà, le attività del progetto sono finanziate dalla Regione "
           "Emilia-Romagna, che non ha ancora erogato il saldo del contributo 2026. La Sua fattura sarà liquidata "
           "non appena riceveremo l'accredito, cosa che ci è stata annunciata come imminente.\n\n"
           "Restiamo a disposizione e La ringraziamo per la pazienza.\n\n"
           "Donatella Verri\nUfficio Amministrativo – Cooperativa Sociale Il Girasole\n",
           style="outlook",
           quote=Q("reminder", "mar", dt("2026-12-11 09:00"), "Spett.le Cooperativa Sociale Il Girasole,", "51/2026",
                   amount=1500.00, due=d("2026-12-01")),
           labels=dict(), note="Will pay when the Region pays them: conditional, no date.")

    # R9 football club: direttivo martedì, bonifico mercoledì
    client("client-reply-promise", "chi", ("Roberto Baraldi", "presidente@virtuscastelfranco.it"),
           dt("2026-11-13 22:10"), None,
           "Ciao Chiara,\nscusa, hai ragione. Il direttivo si riunisce martedì sera e approviamo tutti i pagamenti "
           "in sospeso, quindi mercoledì ti facciamo il bonifico.\nForza Virtus!\nRoberto\n",
           style="gmail",
           quote=Q("reminder", "chi", dt("2026-11-12 09:00"), "Spett.le ASD Virtus Castelfranco Calcio,", "69/2026",
                   amount=300.00, due=d("2026-11-05")),
           labels=dict(promised_date="2026-11-18"), note="Two weekdays: meeting Tuesday, transfer Wednesday -> Wed 18 Nov (from Fri 13).")

    # R10 winery admin, 29 gennaio
    client("client-reply-promise", "mar", ("Francesca Bellandi", "amministrazione@poggioailecci.it"),
           dt("2027-01-19 15:22"), None,
           "Gentile Marta,\n\n"
           "grazie per il promemoria. Il bonifico per la traduzione delle schede verrà disposto il 29 gennaio, "
           "insieme agli altri fornitori del mese.\n\n"
           "Cordiali saluti\nFrancesca Bellandi\nAmministrazione – Poggio ai Lecci\n",
           style="gmail",
           quote=Q("due", "mar", dt("2027-01-18 08:30"), "Spett.le Poggio ai Lecci Società Agricola,", "1/2027",
                   amount=640.00, due=d("2027-01-18")),
           labels=dict(promised_date="2027-01-29"), note="Explicit date '29 gennaio'.")

    # R11 Sicilian smith, half now half in January (vague)
    client("client-reply-promise", "ale", ("Carmelo Russo", "russo.ferrobattuto@tiscali.it"),
           dt("2026-12-16 18:45"), None,
           "Salve dottoressa,\n"
           "intanto ci ho fatto un bonifico per metà, l'altra metà ce la mando a gennaio come ci avevo detto al "
           "telefono, che a dicembre col lavoro siamo fermi e i clienti non pagano a me.\n"
           "Mi scusi e buone feste\nRusso Carmelo\n",
           style="tb",
           quote=Q("reminder", "ale", dt("2026-12-14 09:00"), "Gentile Carmelo Russo,", "45/2026",
                   amount=540.00, due=d("2026-12-05")),
           labels=dict(), note="Half paid, other half 'a gennaio' (vague): promise, no date, no amount stated.")

    # R12 wedding planner, distinta di venerdì 15
    client("client-reply-promise", "chi", ("Irene Bardi", "irene@dolceattesawedding.com"),
           dt("2027-01-11 10:05"), None,
           "Buongiorno Chiara,\n\n"
           "buon anno! Ti confermo che la fattura 2/2027 è in pagamento con la distinta di venerdì 15.\n\n"
           "Un caro saluto,\nIrene\n\nIrene Bardi | Dolce Attesa Wedding Planner\n",
           style="outlook",
           quote=Q("courtesy", "chi", dt("2027-01-08 09:00"), "Spett.le Dolce Attesa Wedding Planner,", "2/2027",
                   amount=950.00, due=d("2027-01-15"), issue=d("2027-01-02")),
           labels=dict(promised_date="2027-01-15", reference="2/2027"),
           note="'in pagamento con la distinta di venerdì 15' = will be paid Fri 15 Jan (not paid yet).")

    # R13 Napoli gym, domani mattina
    client("client-reply-promise", "fed", ("Enzo Capasso", "olympiagym.napoli@gmail.com"),
           dt("2026-12-03 21:58"), None,
           "Federico hai ragione scusami, me ne ero scordato proprio. Domani mattina ti faccio il bonifico, parola mia.\n"
           "Enzo",
           style="gmail",
           quote=Q("reminder", "fed", dt("2026-12-03 09:00"), "Spett.le Olympia Gym ASD,", "48/2026",
                   amount=150.00, due=d("2026-11-25")),
           labels=dict(promised_date="2026-12-04"), note="'Domani mattina' -> 4 Dec.")

    # R14 B&B Langhe, oggi pomeriggio
    client("client-reply-promise", "dav", ("Elena Sacco", "info@bbilglicine.it"),
           dt("2027-01-22 12:10"), None,
           "Ciao Davide, ci siamo dimenticati, scusa! Lo facciamo oggi pomeriggio appena Marco torna da Alba.\n"
           "Elena\n\nInviato da iPhone",
           style="iphone",
           quote=Q("reminder", "dav", dt("2027-01-22 09:00"), "Spett.le B&B Il Glicine,", "2027/02",
                   amount=390.00, due=d("2027-01-15")),
           labels=dict(promised_date="2027-01-22"), note="Will pay this afternoon -> same day.")

    # R15 dentist Bari, non prima del 28
    client("client-reply-promise", "fed", ("Angela Lorusso", "amministrazione@centrosorriso.it"),
           dt("2027-02-08 10:30"), None,
           "Buongiorno Federico,\n\n"
           "ho girato la fattura al dottore. Purtroppo prima del 28 non riusciamo, le uscite di febbraio sono già "
           "chiuse tra affitto, laboratorio e tasse. Spero vada bene lo stesso.\n\n"
           "Angela\nCentro Odontoiatrico Sorriso – Bari\n",
           style="gmail",
           quote=Q("due", "fed", dt("2027-02-05 08:30"), "Spett.le Centro Odontoiatrico Sorriso,", "4/2027",
                   amount=488.00, due=d("2027-02-05")),
           labels=dict(promised_date="2027-02-28"), note="'prima del 28 non riusciamo' = not before the 28th -> 28 Feb.")

    # R16 winery accountant, 10 febbraio
    client("client-reply-promise", "mar", ("Rag. Lorenzo Pieri", "l.pieri@studiopieri.it"),
           dt("2027-01-28 16:02"), None,
           "Buongiorno,\n\n"
           "per conto di Poggio ai Lecci Società Agricola Vi informo che i pagamenti ai fornitori vengono effettuati "
           "il 10 di ogni mese: la Vostra fattura n. 2/2027 sarà pertanto saldata il 10 febbraio.\n\n"
           "Cordiali saluti\nRag. Lorenzo Pieri\nStudio Pieri & Associati\n",
           style="outlook",
           quote=Q("reminder", "mar", dt("2027-01-28 09:00"), "Spett.le Poggio ai Lecci Società Agricola,", "2/2027",
                   amount=480.00, due=d("2027-01-20")),
           labels=dict(promised_date="2027-02-10", reference="2/2027"), note="Accountant: 'sarà saldata il 10 febbraio'.")

    # R17 estate agent, paid one, other with distinta del 15 -> promise
    client("client-reply-promise", "ale", ("Luca Fumagalli", "luca.fumagalli@brerahome.it"),
           dt("2026-12-04 14:20"), None,
           "Ciao Alessandra,\n\n"
           "la 46/2026 l'abbiamo pagata ieri, dovresti vederla a breve. La 47/2026 invece va con la distinta del 15, "
           "prima non ce la facciamo perché è arrivata dopo la chiusura del mese.\n\n"
           "Luca\n",
           style="outlook",
           quote=Q("statement", "ale", dt("2026-12-03 09:00"), "Spett.le Brera Home Real Estate S.r.l.,", "",
                   invoices=[("46/2026", d("2026-10-20"), d("2026-11-19"), 610.00),
                             ("47/2026", d("2026-11-02"), d("2026-12-02"), 854.00)],
                   deadline=d("2026-12-10")),
           labels=dict(promised_date="2026-12-15"),
           note="Two invoices: one paid yesterday, the other with the 15 Dec run -> promise (precedence).")

    # R18 dance school south, vague
    client("client-reply-promise", "chi", ("Accademia Danza Sud", "accademiadanzasud@gmail.com"),
           dt("2027-01-20 17:45"), None,
           "Ciao Chiara, sono Marisa.\n"
           "Purtroppo le rette di gennaio stanno arrivando col contagocce, tante famiglie pagano in ritardo dopo le "
           "feste. Ti saldo appena le famiglie mettono in pari gennaio, al massimo ai primi di febbraio. Scusami "
           "davvero, le foto del saggio sono stupende.\nMarisa\n",
           style="gmail",
           quote=Q("reminder", "chi", dt("2027-01-19 09:00"), "Spett.le Accademia Danza Sud ASD,", "1/2027",
                   amount=450.00, due=d("2027-01-10")),
           labels=dict(), note="Conditional + 'ai primi di febbraio' -> vague, no date.")

    # R19 Tuscan carpenter, grumpy but promise
    client("client-reply-promise", "dav", ("Ugo Nardini", "laboratoriodellegno.nardini@gmail.com"),
           dt("2026-12-12 11:32"), None,
           "Lunedì passo in banca e glielo fo.\nMa 'un c'era mica bisogno di mandà tre solleciti eh, "
           "'un scappo mica.\nNardini\n",
           style="gmail_plain",
           quote=Q("late_fee", "dav", dt("2026-12-11 09:00"), "Gentile Ugo Nardini,", "2026/64",
                   amount=520.00, due=d("2026-11-20"), deadline=d("2026-12-18")),
           labels=dict(promised_date="2026-12-14"), note="Tuscan, grumbles about reminders but promises Monday (Sat 12 -> Mon 14).")

    # R20 coop Arcobaleno, entro il 15 gennaio
    client("client-reply-promise", "ale", ("Coop. Soc. Arcobaleno – Amministrazione", "amministrazione@arcobalenocoop.org"),
           dt("2026-12-22 12:00"), None,
           "Gentile Alessandra Rossi,\n\n"
           "ci scusiamo: la fattura era finita nella casella PEC e non era stata protocollata. L'abbiamo ora "
           "registrata e provvederemo al pagamento entro il 15 gennaio, alla riapertura degli uffici dopo la "
           "pausa natalizia.\n\n"
           "Cordiali saluti\nUfficio Amministrazione\nCooperativa Sociale Arcobaleno ONLUS – Cesena\n",
           style="outlook_html",
           quote=Q("late_fee", "ale", dt("2026-12-21 09:00"), "Spett.le Cooperativa Sociale Arcobaleno ONLUS,", "35/2026",
                   amount=1830.00, due=d("2026-11-30"), deadline=d("2026-12-28"), fees=True),
           labels=dict(promised_date="2027-01-15"), note="'entro il 15 gennaio' across the year boundary; HTML only.")

    # R21 football club: pays when sponsor pays 'a fine mese' (vague)
    client("client-reply-promise", "fed", ("Walter Pasini", "ussammartinese1948@gmail.com"),
           dt("2026-11-10 20:44"), None,
           "Ciao Federico,\n"
           "ti pago appena entra lo sponsor, il mobilificio dovrebbe versarci la sua quota a fine mese. "
           "Abbi pazienza, siamo una società di paese e i soldi sono quelli che sono.\n"
           "Walter (tesoriere US Sammartinese)\n",
           style="gmail",
           quote=Q("reminder", "fed", dt("2026-11-10 09:00"), "Spett.le US Sammartinese 1948 ASD,", "41/2026",
                   amount=350.00, due=d("2026-11-01")),
           labels=dict(), note="'a fine mese' is when the SPONSOR pays them; their own payment is conditional -> no date.")

    # R22 winery owner in New York: venerdì in sender's tz
    client("client-reply-promise", "dav", ("Carlo Bricco", "carlo@briccorosso.wine"),
           dt("2026-12-10 21:40", "ny"), None,
           "Davide ciao, sono a New York per i tasting con l'importatore, rientro lunedì.\n"
           "Ti faccio il bonifico venerdì dall'app, ora da qui non riesco a entrare (mi chiede il codice via sms "
           "e la sim italiana non prende).\nCarlo\n\nInviato da iPhone",
           style="iphone",
           quote=Q("reminder", "dav", dt("2026-12-10 09:00"), "Spett.le Azienda Agricola Bricco Rosso,", "2026/65",
                   amount=1708.00, due=d("2026-12-01")),
           labels=dict(promised_date="2026-12-11"),
           note="Sent Thu 10 Dec 21:40 New York time (already Fri in Rome): 'venerdì' in sender tz -> Fri 11 Dec.")

    # R23 wedding planner, domani sera
    client("client-reply-promise", "ale", ("Serena Gallo", "serena@eventipreziosi.it"),
           dt("2027-02-12 13:15"), None,
           "Ale ti faccio il bonifico domani sera, oggi sono a un sopralluogo a Ravello fino a tardi e qui il "
           "telefono non prende 💍\nSere",
           style="iphone",
           quote=Q("due", "ale", dt("2027-02-12 08:30"), "Spett.le Eventi Preziosi di Serena Gallo,", "5/2027",
                   amount=610.00, due=d("2027-02-12")),
           labels=dict(promised_date="2027-02-13"), note="'domani sera' on Fri 12 Feb -> 13 Feb.")

    # R24 gym manager: non oggi, giovedì
    client("client-reply-promise", "fed", ("Simone Bertoli", "simone@fitlabpalestra.it"),
           dt("2027-02-02 08:40"), None,
           "Ciao Federico, scusa, oggi non riesco. Giovedì. Ok?\n\nInviato da Outlook per Android",
           style="gmail_plain",
           quote=Q("due", "fed", dt("2027-02-02 08:30"), "Spett.le FitLab S.r.l.,", "3/2027",
                   amount=549.00, due=d("2027-02-02")),
           labels=dict(promised_date="2027-02-04"), note="Not today, Thursday: Tue 2 Feb -> Thu 4 Feb.")

    # R25 dental practice, 60 gg dffm -> 31 gennaio
    client("client-reply-promise", "mar", ("Studio Dentistico Associato Ricci & Morandi", "amministrazione@riccimorandi.it"),
           dt("2026-12-10 11:05"), None,
           "Gentile Dott.ssa Greco,\n\n"
           "La informiamo che i pagamenti ai fornitori vengono effettuati a 60 gg data fattura fine mese, come da "
           "nostre condizioni generali: la Sua fattura sarà quindi pagata il 31 gennaio p.v.\n\n"
           "Distinti saluti\n\n"
           "Amministrazione\nStudio Dentistico Associato Ricci & Morandi\nCorso Vittorio Emanuele 84, Padova\n\n"
           "AVVISO DI RISERVATEZZA: questo messaggio e i suoi allegati sono destinati esclusivamente al destinatario "
           "e possono contenere dati personali tutelati dal Reg. UE 2016/679.\n",
           style="outlook_html",
           quote=Q("courtesy", "mar", dt("2026-12-09 09:00"), "Spett.le Studio Dentistico Associato Ricci & Morandi,",
                   "53/2026", amount=720.00, due=d("2026-12-15"), issue=d("2026-11-15")),
           labels=dict(promised_date="2027-01-31"), note="Client applies its own 60dffm terms: a promise with a date, not a dispute.")

    # R26 estate agency admin, entro il 5
    client("client-reply-promise", "dav", ("Amministrazione Casa Più Immobiliare", "amministrazione@casapiuimmobiliare.it"),
           dt("2026-11-26 15:50"), None,
           "Buongiorno,\nla fattura 2026/62 verrà saldata entro il 5.\nCordiali saluti\nAmministrazione Casa Più\n",
           style="outlook_html",
           quote=Q("reminder", "dav", dt("2026-11-26 09:00"), "Spett.le Casa Più Immobiliare S.r.l.,", "2026/62",
                   amount=610.00, due=d("2026-11-18")),
           labels=dict(promised_date="2026-12-05", reference="2026/62"), note="'entro il 5' on 26 Nov -> 5 Dec (next month).")

    # R27 affittacamere Sorrento, mercoledì
    client("client-reply-promise", "chi", ("Titina Esposito", "danonnatitina@alice.it"),
           dt("2027-01-10 10:20"), None,
           "Chiara bella, mi scuso assai, mi ero proprio scordata, con le feste e i nipoti in casa non ho capito più "
           "niente. Mercoledì scendo in paese e faccio il bonifico alla posta.\nUn abbraccio\nTitina\n",
           style="gmail_plain", cs="iso-8859-15",
           quote=Q("reminder", "chi", dt("2027-01-08 09:00"), "Gentile Titina Esposito,", "3/2027",
                   amount=200.00, due=d("2026-12-31")),
           labels=dict(promised_date="2027-01-13"), note="Sunday 10 Jan + 'mercoledì' -> 13 Jan.")

    # R28 coop answers promise follow-up with entro martedì 9 febbraio
    client("client-reply-promise", "mar", ("Ufficio Amministrativo – Coop. Sociale Il Girasole", "amministrazione@coopilgirasole.it"),
           dt("2027-02-04 11:11"), None,
           "Gentile dott.ssa Greco,\n\n"
           "ci scusiamo ancora per il ritardo. Il contributo regionale è finalmente arrivato: il mandato è stato "
           "firmato dal Presidente e il bonifico partirà entro martedì 9 febbraio.\n\n"
           "Cordiali saluti\nDonatella Verri\nUfficio Amministrativo – Cooperativa Sociale Il Girasole\n",
           style="outlook",
           quote=Q("promise_followup", "mar", dt("2027-02-03 09:00"), "Spett.le Cooperativa Sociale Il Girasole,",
                   "51/2026", amount=1500.00, due=d("2026-12-01")),
           labels=dict(promised_date="2027-02-09"), note="Answer to a promise follow-up: 'entro martedì 9 febbraio'.")


# ====================================================================================================
# CLIENT REPLIES — DISPUTE
# ====================================================================================================
def dispute():
    # D1 Venetian carpenter, hours
    client("client-reply-dispute", "ale", ("Giuseppe Zanetti", "falegnameria.zanetti@gmail.com"),
           dt("2026-11-18 18:05"), None,
           "Alessandra scolta,\n"
           "ma la revision del logo no la gavevimo fata a forfait? Ti me ghe messo 6 ore in più de quel che gavevimo "
           "dito. Mi le ore no le go mai viste. Fame na fatura giusta e te la pago subito.\nBepi\n",
           style="gmail",
           quote=Q("reminder", "ale", dt("2026-11-17 09:00"), "Spett.le Falegnameria Zanetti snc,", "39/2026",
                   amount=793.00, due=d("2026-11-10")),
           labels=dict(), note="Venetian: contests 6 extra hours billed on a flat-fee job, wants a corrected invoice.")

    # D2 gym manager, credit note for paused weeks
    client("client-reply-dispute", "fed", ("Simone Bertoli", "simone@fitlabpalestra.it"),
           dt("2026-11-24 13:30"), None,
           "Ciao Federico,\n\n"
           "scusa ma nella fattura 49/2026 hai messo tre mesi pieni di gestione social, però a ottobre ci siamo "
           "fermati per due settimane durante i lavori agli spogliatoi, come d'accordo al telefono. Mi fai una nota "
           "di credito per mezzo mese e poi la pago?\n\n"
           "Simone\nFitLab – Brescia\n",
           style="gmail",
           quote=Q("reminder", "fed", dt("2026-11-23 09:00"), "Spett.le FitLab S.r.l.,", "49/2026",
                   amount=1647.00, due=d("2026-11-15")),
           labels=dict(reference="49/2026"), note="Asks a credit note for two paused weeks before paying.")

    # D3 wedding planner: album not delivered, bride complains
    client("client-reply-dispute", "chi", ("Valentina Rinaldi", "valentina@silovoglioweddings.it"),
           dt("2026-12-16 19:02"), None,
           "Chiara ciao,\n"
           "ti devo dire una cosa un po' brutta 😔 la sposa del 12 settembre (Martina) mi ha chiamata arrabbiata: "
           "l'album non è ancora arrivato e mancano le foto del taglio della torta, che lei dice di averti chiesto "
           "espressamente. Finché non sistemiamo con lei io non posso saldarti, perché lei a sua volta non salda "
           "me. Capiscimi 🙏 Sentiamoci domani?\nV.\n",
           style="iphone",
           quote=Q("reminder", "chi", dt("2026-12-15 09:00"), "Spett.le Sì Lo Voglio Weddings & Events,", "79/2026",
                   amount=2100.00, due=d("2026-12-05")),
           labels=dict(), note="Album not delivered and missing photos: withholds payment until fixed.")

    # D4 dentist: quote was 1.200 + IVA not 1.450
    client("client-reply-dispute", "dav", ("Segreteria Studio Dentistico Dott. Ferrante", "segreteria@studioferrante.it"),
           dt("2026-11-20 12:40"), None,
           "Buongiorno Davide,\n\n"
           "il dottore ha visionato la fattura e ritiene che l'importo non sia corretto: il preventivo accettato a "
           "giugno per il nuovo sito era di 1.200,00 € + IVA e non di 1.450,00 €. La preghiamo di emettere una nota "
           "di credito per la differenza; procederemo al pagamento al ricevimento.\n\n"
           "Cordiali saluti\nMonica Sartori\nSegreteria – Studio Dentistico Dott. Giorgio Ferrante\n\n"
           "Le informazioni contenute in questo messaggio sono riservate ai sensi del Reg. UE 2016/679.\n",
           style="outlook",
           quote=Q("reminder", "dav", dt("2026-11-19 09:00"), "Spett.le Studio Dentistico Dott. Ferrante,", "2026/59",
                   amount=1769.00, due=d("2026-11-10")),
           labels=dict(), note="Wrong amount vs accepted quote; asks credit note. Amounts are disputed, not paid.")

    # D5 B&B caps: won't pay until site works
    client("client-reply-dispute", "dav", ("B&B La Corte dei Gelsi", "cortedeigelsi@libero.it"),
           dt("2026-12-20 09:05"), None,
           "DAVIDE IO NON PAGO FINCHE IL SITO NON FUNZIONA. LE PRENOTAZIONI NON MI ARRIVANO ANCORA SULLA MAIL, "
           "HO PERSO DUE CLIENTI TEDESCHI CHE MI HANNO TELEFONATO ARRABBIATI. TI HO CHIAMATO TRE VOLTE.\nROSARIA\n",
           style="libero",
           quote=Q("late_fee", "dav", dt("2026-12-19 09:00"), "Spett.le B&B La Corte dei Gelsi,", "2026/69",
                   amount=240.00, due=d("2026-12-01"), deadline=d("2026-12-26")),
           labels=dict(), note="ALL CAPS refusal until the booking form works.")

    # D6 dance school director: agreed 10% discount missing
    client("client-reply-dispute", "ale", ("Paola Gribaudo", "direzione@danzaetoile.it"),
           dt("2027-01-25 10:20"), None,
           "Gentile Alessandra,\n\n"
           "ho ricevuto il Suo promemoria. Rileggendo la fattura n. 3/2027 mi accorgo però che non è stato applicato "
           "lo sconto del 10% per le associazioni sportive dilettantistiche che avevamo concordato a novembre. "
           "Può cortesemente riemetterla con l'importo corretto? Appena la ricevo la facciamo pagare.\n\n"
           "Cordialità,\nPaola Gribaudo\nDirettrice artistica – Scuola di Danza Étoile ASD\n",
           style="tb",
           quote=Q("due", "ale", dt("2027-01-25 08:30"), "Spett.le Scuola di Danza Étoile ASD,", "3/2027",
                   amount=488.00, due=d("2027-01-25")),
           labels=dict(reference="3/2027"), note="Agreed discount missing; asks reissue. Promise conditional on a correct invoice -> dispute.")

    # D7 Roman estate agent: ad spend already paid by him
    client("client-reply-dispute", "fed", ("Fabrizio Proietti", "fabrizio.proietti@casapiuimmobiliare.it"),
           dt("2026-12-15 11:47"), None,
           "Federì ma che è 'sta fattura? Le sponsorizzate de novembre l'ho pagate io direttamente a Facebook co' "
           "la carta aziendale, te m'hai messo dentro pure 400 euro de budget. Tu me devi fatturà solo la gestione, "
           "come sempre. Rifamme la fattura che così nun la posso passà.\nF.\n",
           style="gmail_plain",
           quote=Q("reminder", "fed", dt("2026-12-14 09:00"), "Gentile Fabrizio Proietti,", "51/2026",
                   amount=1132.00, due=d("2026-12-05")),
           labels=dict(), note="Roman: ad budget billed twice (already paid to Facebook); 400 is the contested part, not a payment.")

    # D8 coop: wrong withholding base, paid the undisputed part
    client("client-reply-dispute", "mar", ("Ufficio Amministrativo – Coop. Sociale Il Girasole", "amministrazione@coopilgirasole.it"),
           dt("2026-11-26 15:15"), None,
           "Gentile dott.ssa Greco,\n\n"
           "in merito alla Sua fattura n. 49/2026 Le segnaliamo che la ritenuta d'acconto risulta calcolata su un "
           "imponibile comprensivo del rimborso spese, che secondo l'incarico sottoscritto era forfettario e già "
           "incluso nel compenso. Abbiamo pertanto liquidato l'importo non contestato di € 800,00 e restiamo in "
           "attesa di una fattura corretta (o di una nota di credito) per la differenza.\n\n"
           "Cordiali saluti\nDonatella Verri\nUfficio Amministrativo – Cooperativa Sociale Il Girasole\n",
           style="outlook",
           quote=Q("reminder", "mar", dt("2026-11-25 09:00"), "Spett.le Cooperativa Sociale Il Girasole,", "49/2026",
                   amount=1060.00, due=d("2026-11-15")),
           labels=dict(amount="800.00", reference="49/2026"),
           note="Partial payment of the undisputed part + contests the rest -> dispute; amount = the part paid.")

    # D9 football club: 40 photos billed, 32 kids present
    client("client-reply-dispute", "chi", ("Segreteria ASD Virtus Castelfranco", "segreteria@virtuscastelfranco.it"),
           dt("2026-11-28 18:30"), None,
           "Buonasera,\n"
           "la fattura riporta 40 ritratti individuali ma i ragazzi fotografati erano 32: quel sabato 8 erano "
           "assenti per l'influenza, e infatti nella cartella che ci avete mandato ci sono 32 ritratti. Ci aspettiamo "
           "una fattura per 32, poi paghiamo subito.\n\nSaluti sportivi\nMauro Tonelli – Segreteria\n",
           style="roundcube",
           quote=Q("reminder", "chi", dt("2026-11-27 09:00"), "Spett.le ASD Virtus Castelfranco Calcio,", "72/2026",
                   amount=488.00, due=d("2026-11-20")),
           labels=dict(), note="Quantity billed wrong (40 vs 32 portraits).")

    # D10 winery: rate per word
    client("client-reply-dispute", "mar", ("Niccolò Bellandi", "niccolo@poggioailecci.it"),
           dt("2026-12-18 08:50"), None,
           "Marta buongiorno,\n\n"
           "ho visto la fattura per il catalogo: 0,12 a parola? Mi avevi detto 0,10 quando ci siamo visti a "
           "settembre, ho anche la mail dove me lo scrivi. Io pago volentieri, ma alla tariffa concordata. "
           "Mi mandi la fattura rifatta?\n\nUn abbraccio lo stesso 🙂\nNiccolò\n",
           style="gmail",
           quote=Q("due", "mar", dt("2026-12-17 08:30"), "Spett.le Poggio ai Lecci Società Agricola,", "54/2026",
                   amount=1380.00, due=d("2026-12-17")),
           labels=dict(), note="Friendly tone but contests the per-word rate.")

    # D11 Sicilian smith: site not finished
    client("client-reply-dispute", "dav", ("Carmelo Russo", "russo.ferrobattuto@tiscali.it"),
           dt("2027-01-15 19:10"), None,
           "Buonasera Davide\n"
           "il sito ancora non è finito, mancano le foto dei cancelli e delle ringhiere e la pagina dei contatti "
           "non manda niente, mio cugino ci ha provato tre volte. Io pago quando è finito, come si fa nel lavoro "
           "nostro: il cancello lo faccio pagare quando è montato, no prima.\nSaluti\nRusso Carmelo\n",
           style="tb",
           quote=Q("reminder", "dav", dt("2027-01-14 09:00"), "Gentile Carmelo Russo,", "2026/71",
                   amount=900.00, due=d("2027-01-05")),
           labels=dict(), note="Work not finished; pays only on completion.")

    # D12 estate agent Milan: duplicate billing
    client("client-reply-dispute", "ale", ("Luca Fumagalli", "luca.fumagalli@brerahome.it"),
           dt("2026-12-18 12:12"), None,
           "Ciao Alessandra,\n\n"
           "la fattura 48/2026 ci risulta un doppione: le brochure di Via Solferino le avevi già fatturate a ottobre "
           "con la 33/2026, che abbiamo pagato. Puoi verificare e stornarla con una nota di credito?\n\n"
           "Grazie, Luca\n",
           style="outlook",
           quote=Q("reminder", "ale", dt("2026-12-17 09:00"), "Spett.le Brera Home Real Estate S.r.l.,", "48/2026",
                   amount=671.00, due=d("2026-12-10")),
           labels=dict(reference="48/2026"), note="Already billed in 33/2026 (which they paid): dispute, not paid.")

    # D13 dentist Bari: unhappy with results, proposes half
    client("client-reply-dispute", "fed", ("Angela Lorusso", "amministrazione@centrosorriso.it"),
           dt("2027-02-15 09:48"), None,
           "Buongiorno Federico,\n\n"
           "ti scrivo a nome del dottore. Non è soddisfatto delle campagne di gennaio: in tutto il mese sono arrivati "
           "due contatti e nessun paziente nuovo. Chiede di rivedere il compenso e propone di pagare la metà della "
           "fattura. Se vuoi ne parliamo al telefono.\n\nAngela\n",
           style="gmail",
           quote=Q("reminder", "fed", dt("2027-02-14 09:00"), "Spett.le Centro Odontoiatrico Sorriso,", "5/2027",
                   amount=488.00, due=d("2027-02-05")),
           labels=dict(), note="Dissatisfied with results, offers half: dispute.")

    # D14 CrossBox: app bug, payment blocked
    client("client-reply-dispute", "dav", ("Matteo Locatelli", "matteo@crossboxbergamo.it"),
           dt("2027-02-10 22:14"), None,
           "Buonasera Davide,\n\n"
           "non ci siamo: l'app delle prenotazioni si blocca appena ci sono più di 20 iscritti alla stessa lezione, "
           "e stasera alla WOD delle 19 eravamo in 24, metà dei ragazzi non risultava prenotata. Ce lo avevi "
           "garantito in fase di preventivo. Blocchiamo il pagamento della fattura finché non risolvi.\n\n"
           "Matteo Locatelli\nCrossBox Bergamo ASD\n",
           style="gmail",
           quote=Q("due", "dav", dt("2027-02-10 08:30"), "Spett.le CrossBox Bergamo ASD,", "2027/03",
                   amount=1952.00, due=d("2027-02-10")),
           labels=dict(), note="Software defect; payment withheld until fixed.")

    # D15 B&B: 25 photos instead of 40
    client("client-reply-dispute", "chi", ("Elena Sacco", "info@bbilglicine.it"),
           dt("2026-12-28 17:35"), None,
           "Ciao Chiara,\n"
           "le foto sono bellissime, davvero, ma ne abbiamo ricevute 25 invece delle 40 del preventivo (mancano "
           "tutte quelle della colazione e della camera Nebbiolo). Ti paghiamo quelle ricevute o ci mandi le altre e "
           "saldiamo tutto?\nElena\n",
           style="iphone",
           quote=Q("reminder", "chi", dt("2026-12-27 09:00"), "Spett.le B&B Il Glicine,", "80/2026",
                   amount=640.00, due=d("2026-12-18")),
           labels=dict(), note="Delivered less than quoted; offers to pay only what was received -> dispute.")

    # D16 wedding planner: printing not included
    client("client-reply-dispute", "ale", ("Irene Bardi", "irene@dolceattesawedding.com"),
           dt("2026-11-09 10:25"), None,
           "Buongiorno Alessandra,\n\n"
           "abbiamo ricevuto la fattura n. 34/2026 ma c'è una voce che non ci torna: \"stampa inviti e tableau – "
           "320,00 €\". Nel preventivo la stampa era a carico della tipografia scelta dagli sposi, e infatti gli "
           "sposi l'hanno già pagata direttamente a loro. Ci mandi una fattura solo per la parte grafica?\n\n"
           "Un caro saluto,\nIrene\n",
           style="outlook",
           quote=Q("courtesy", "ale", dt("2026-11-06 09:00"), "Spett.le Dolce Attesa Wedding Planner,", "34/2026",
                   amount=1020.00, due=d("2026-11-15"), issue=d("2026-10-16")),
           labels=dict(reference="34/2026"), note="Contests a line item (printing) already paid to a third party.")

    # D17 coop: asks to accept 80%
    client("client-reply-dispute", "ale", ("Coop. Soc. Arcobaleno – Amministrazione", "amministrazione@arcobalenocoop.org"),
           dt("2027-02-17 14:40"), None,
           "Gentile Alessandra Rossi,\n\n"
           "ci rivolgiamo a Lei con qualche imbarazzo. Il Comune ha ridotto del 20% il contributo sul progetto "
           "\"Orti in città\", per il quale ha realizzato i materiali grafici, e il bilancio del progetto non ci "
           "consente di coprire l'intero importo della fattura n. 4/2027. Le chiediamo se sarebbe disponibile ad "
           "accettare l'80% dell'importo, a saldo e stralcio, con pagamento immediato.\n\n"
           "Restiamo in attesa di un Suo cortese riscontro.\n\n"
           "Ufficio Amministrazione\nCooperativa Sociale Arcobaleno ONLUS – Cesena\n",
           style="outlook_html",
           quote=Q("reminder", "ale", dt("2027-02-16 09:00"), "Spett.le Cooperativa Sociale Arcobaleno ONLUS,", "4/2027",
                   amount=1250.00, due=d("2027-02-08")),
           labels=dict(reference="4/2027"), note="Polite request for a 20% reduction 'a saldo e stralcio' -> dispute.")

    # D18 winery: 1.000 paid as deposit, rest withheld until shipping fixed
    client("client-reply-dispute", "dav", ("Carlo Bricco", "carlo@briccorosso.wine"),
           dt("2027-01-27 18:25"), None,
           "Davide,\n"
           "ti ho fatto un bonifico di 1.000 euro come acconto, il resto te lo do quando mi sistemi la spedizione "
           "gratuita sopra i 90 euro, che ancora non funziona: i clienti pagano la spedizione anche con ordini da "
           "150 e poi mi scrivono lamentandosi.\nCarlo\n",
           style="gmail",
           quote=Q("reminder", "dav", dt("2027-01-26 09:00"), "Spett.le Azienda Agricola Bricco Rosso,", "2027/01",
                   amount=1830.00, due=d("2027-01-18")),
           labels=dict(amount="1000.00"), note="Partial payment + the rest withheld until a bug is fixed -> dispute; 90/150 are shop thresholds.")


# ====================================================================================================
# CLIENT REPLIES — OTHER (questions, forwards, acknowledgements, other work)
# ====================================================================================================
def other():
    # O1 carpenter's daughter: resend invoice
    client("client-reply-other", "ale", ("Sara Zanetti", "sara.zanetti93@gmail.com"),
           dt("2027-01-14 09:12"), None,
           "Buongiorno Alessandra,\n"
           "sono Sara, la figlia di Giuseppe. Mi potresti rimandare la fattura? Il papà l'ha cancellata per sbaglio "
           "dal telefono e adesso la contabilità la seguo io. Se puoi mandala a questo indirizzo.\n"
           "Grazie mille\nSara\n",
           style="gmail", to=hdr_addr("Alessandra Rossi", "alessandra@example.it"),
           quote=Q("reminder", "ale", dt("2027-01-13 09:00"), "Spett.le Falegnameria Zanetti snc,", "1/2027",
                   amount=305.00, due=d("2027-01-05")),
           labels=dict(), note="Daughter asks to resend the invoice to her address.")

    # O2 dentist: need e-invoice via SDI
    client("client-reply-other", "dav", ("Segreteria Studio Dentistico Dott. Ferrante", "segreteria@studioferrante.it"),
           dt("2027-02-03 10:05"), None,
           "Buongiorno Davide,\n\n"
           "per poter procedere il commercialista ci chiede la fattura elettronica tramite SDI: a noi risulta "
           "arrivata solo in PDF per email. Il nostro codice destinatario è KRRH6B9.\n\n"
           "Cordiali saluti\nMonica Sartori\nSegreteria – Studio Dentistico Dott. Giorgio Ferrante\n",
           style="outlook",
           quote=Q("due", "dav", dt("2027-02-02 08:30"), "Spett.le Studio Dentistico Dott. Ferrante,", "2027/05",
                   amount=366.00, due=d("2027-02-02")),
           labels=dict(), note="Administrative request: e-invoice through SDI; no claim about paying.")

    # O3 wedding planner: which IBAN?
    client("client-reply-other", "chi", ("Valentina Rinaldi", "valentina@silovoglioweddings.it"),
           dt("2027-02-09 12:44"), None,
           "Chiara ma l'IBAN è sempre quello di Fineco o hai cambiato banca? Nella mail vedo un IBAN diverso da "
           "quello che ho salvato e non vorrei sbagliare 😅\nV.\n\nInviato da iPhone",
           style="iphone",
           quote=Q("due", "chi", dt("2027-02-09 08:30"), "Spett.le Sì Lo Voglio Weddings & Events,", "4/2027",
                   amount=1200.00, due=d("2027-02-09")),
           labels=dict(), note="IBAN question only.")

    # O4 gym admin: PO required
    client("client-reply-other", "fed", ("Amministrazione FitLab", "amministrazione@fitlabpalestra.it"),
           dt("2027-02-16 11:20"), None,
           "Buongiorno,\n\n"
           "per procedere al pagamento la fattura deve riportare il numero del nostro ordine di acquisto "
           "(OdA 2027-0042), come previsto dalle nostre procedure interne. Vi preghiamo di riemetterla indicando "
           "tale riferimento.\n\n"
           "Distinti saluti\nUfficio Amministrazione\nFitLab S.r.l.\n",
           style="outlook_old",
           quote=Q("due", "fed", dt("2027-02-15 08:30"), "Spett.le FitLab S.r.l.,", "6/2027",
                   amount=549.00, due=d("2027-02-15")),
           labels=dict(), note="Purchase-order number needed on the invoice: admin request, amount not contested.")

    # O5 affittacamere: forwards to son
    client("client-reply-other", "chi", ("Titina Esposito", "danonnatitina@alice.it"),
           dt("2027-02-11 09:30"), None,
           "Buongiorno Chiara,\n"
           "giro la mail a mio figlio Gennaro che si occupa lui di queste cose del computer.\n"
           "Gennaro, puoi vedere tu per favore? Mamma\n",
           style="gmail_plain", cs="iso-8859-15",
           cc=hdr_addr("Gennaro Esposito", "gennaro.esposito@gmail.com"),
           quote=Q("reminder", "chi", dt("2027-02-10 09:00"), "Gentile Titina Esposito,", "5/2027",
                   amount=150.00, due=d("2027-02-01")),
           labels=dict(), note="Hands the reminder to her son (cc): neither paid nor promised.")

    # O6 dance school secretary: received, passing to treasurer
    client("client-reply-other", "ale", ("Segreteria Étoile", "segreteria@danzaetoile.it"),
           dt("2027-02-19 17:02"), None,
           "Ricevuto, grazie! La giro alla tesoriera.\nLaura",
           style="gmail",
           quote=Q("courtesy", "ale", dt("2027-02-19 09:00"), "Spett.le Scuola di Danza Étoile ASD,", "6/2027",
                   amount=244.00, due=d("2027-02-26"), issue=d("2027-01-27")),
           labels=dict(), note="Acknowledgement + passed to treasurer.")

    # O7 estate agency: which invoice?
    client("client-reply-other", "dav", ("Amministrazione Casa Più Immobiliare", "amministrazione@casapiuimmobiliare.it"),
           dt("2027-01-20 10:15"), None,
           "Buongiorno,\n\n"
           "a quale fattura si riferisce il sollecito? A noi risultano due fatture Sue aperte, la 2026/67 e la "
           "2027/07, ma nel testo non riusciamo a capire quale. Ci può mandare un estratto conto aggiornato?\n\n"
           "Cordiali saluti\nAmministrazione Casa Più\n",
           style="outlook_html",
           quote=Q("reminder", "dav", dt("2027-01-19 09:00"), "Spett.le Casa Più Immobiliare S.r.l.,", "2026/67",
                   amount=610.00, due=d("2027-01-10")),
           labels=dict(), note="Asks which invoice and a statement; two numbers named, no claim.")

    # O8 coop: tracciabilità flussi / CIG form
    client("client-reply-other", "mar", ("Ufficio Amministrativo – Coop. Sociale Il Girasole", "amministrazione@coopilgirasole.it"),
           dt("2027-02-22 09:50"), None,
           "Gentile dott.ssa Greco,\n\n"
           "per la liquidazione della fattura n. 5/2027, trattandosi di attività finanziata con fondi pubblici, "
           "occorre che ci restituisca compilato e firmato il modulo di tracciabilità dei flussi finanziari "
           "(L. 136/2010), che Le alleghiamo. Senza il modulo l'ufficio non può emettere il mandato.\n\n"
           "Cordiali saluti\nDonatella Verri\nUfficio Amministrativo – Cooperativa Sociale Il Girasole\n",
           style="outlook",
           attachments=[attach("Modulo_tracciabilita_L136-2010.pdf", "application/pdf", fake_pdf("Dichiarazione tracciabilita flussi finanziari"))],
           quote=Q("reminder", "mar", dt("2027-02-19 09:00"), "Spett.le Cooperativa Sociale Il Girasole,", "5/2027",
                   amount=1300.00, due=d("2027-02-12")),
           labels=dict(reference="5/2027"), note="Needs a traceability form before paying; a form attached.")

    # O9 football club: other work
    client("client-reply-other", "ale", ("Gianni Ferraresi", "tesoriere@virtuscastelfranco.it"),
           dt("2027-02-24 21:30"), None,
           "Ciao Ale,\n"
           "per la fattura ne parlo giovedì col presidente. Intanto ti volevo chiedere: ci faresti anche il "
           "manifesto per il torneo di Pasqua? Stesso stile del calendario, con il logo dello sponsor nuovo "
           "(la pizzeria Da Gigi), te lo mando domani. Ci servirebbe entro metà marzo.\nGianni\n",
           style="gmail",
           quote=Q("reminder", "ale", dt("2027-02-24 09:00"), "Spett.le ASD Virtus Castelfranco Calcio,", "7/2027",
                   amount=180.00, due=d("2027-02-15")),
           labels=dict(), note="'ne parlo col presidente' is no promise; the rest is a new job request.")

    # O10 winery: asks for a call
    client("client-reply-other", "mar", ("Niccolò Bellandi", "niccolo@poggioailecci.it"),
           dt("2027-02-18 18:10"), None,
           "Ciao Marta, mi chiami quando puoi? Vorrei parlarti della fattura e anche della traduzione del "
           "catalogo nuovo, che stavolta è in tre lingue. Domani sono in cantina tutto il giorno.\nN.\n",
           style="iphone",
           quote=Q("reminder", "mar", dt("2027-02-18 09:00"), "Spett.le Poggio ai Lecci Società Agricola,", "6/2027",
                   amount=960.00, due=d("2027-02-10")),
           labels=dict(), note="Asks for a call about the invoice and new work; no claim.")

    # O11 smith: which invoice, site or domain?
    client("client-reply-other", "dav", ("Carmelo Russo", "russo.ferrobattuto@tiscali.it"),
           dt("2026-11-21 20:05"), None,
           "Buonasera\nmi scusi ma non ho capito, questa è la fattura del sito o quella del rinnovo del dominio? "
           "Perché sono due cose diverse o no?\nRusso Carmelo\n",
           style="tb",
           quote=Q("courtesy", "dav", dt("2026-11-20 09:00"), "Gentile Carmelo Russo,", "2026/57",
                   amount=36.60, due=d("2026-11-30"), issue=d("2026-10-31")),
           labels=dict(), note="Confused question about which service the invoice covers.")

    # O12 dentist Bari: reissue to new company
    client("client-reply-other", "fed", ("Angela Lorusso", "amministrazione@centrosorriso.it"),
           dt("2027-01-12 11:25"), None,
           "Buongiorno Federico,\n\n"
           "dal 1° gennaio lo studio è diventato una società tra professionisti: la fattura va intestata a "
           "Sorriso STP S.r.l., P.IVA 08812340729, stesso indirizzo e stesso codice SDI. Puoi riemetterla con i "
           "nuovi dati? Scusa il disturbo, è tutta colpa della burocrazia 😅\n\nAngela\n",
           style="gmail",
           quote=Q("courtesy", "fed", dt("2027-01-11 09:00"), "Spett.le Centro Odontoiatrico Sorriso,", "52/2026",
                   amount=488.00, due=d("2027-01-20"), issue=d("2026-12-21")),
           labels=dict(), note="Reissue to a new legal entity: admin request, not a dispute of the amount.")

    # O13 Napoli gym: received, will let you know
    client("client-reply-other", "fed", ("Enzo Capasso", "olympiagym.napoli@gmail.com"),
           dt("2027-01-29 19:50"), None,
           "Ricevuta, grazie. Ti faccio sapere.\nEnzo",
           style="gmail",
           quote=Q("courtesy", "fed", dt("2027-01-29 09:00"), "Spett.le Olympia Gym ASD,", "9/2027",
                   amount=150.00, due=d("2027-02-05"), issue=d("2027-01-20")),
           labels=dict(), note="'Ti faccio sapere' is not a promise to pay.")

    # O14 B&B Langhe: long chat, forwards to accountant
    client("client-reply-other", "dav", ("Elena Sacco", "info@bbilglicine.it"),
           dt("2027-02-20 16:40"), None,
           "Ciao Davide!\n\n"
           "che inverno: abbiamo finito di sistemare la nuova camera al piano terra (l'abbiamo chiamata Arneis, "
           "ovviamente) e da marzo vorremmo metterla in vendita anche sul sito. Ti mando le foto la settimana "
           "prossima, quando finalmente arriva il letto. Poi ci servirebbe un preventivo per aggiornare il motore "
           "di prenotazione, Marco dice che quello nuovo permette anche il pagamento anticipato con carta.\n\n"
           "Per la fattura ho girato la tua mail al nostro commercialista, che da quest'anno gestisce lui i "
           "pagamenti ai fornitori.\n\n"
           "Un abbraccio\nElena\n",
           style="gmail",
           quote=Q("reminder", "dav", dt("2027-02-19 09:00"), "Spett.le B&B Il Glicine,", "2027/06",
                   amount=390.00, due=d("2027-02-12")),
           labels=dict(), note="Chatty about new work; invoice forwarded to the accountant -> other.")

    # O15 wedding planner: attachment missing
    client("client-reply-other", "chi", ("Irene Bardi", "irene@dolceattesawedding.com"),
           dt("2027-02-25 09:35"), None,
           "Buongiorno Chiara,\n\n"
           "non trovo la fattura allegata, mi arriva solo il testo della mail. Me la rimandi in PDF per cortesia? "
           "Così la passo subito all'amministrazione.\n\n"
           "Grazie, Irene\n",
           style="outlook",
           quote=Q("courtesy", "chi", dt("2027-02-24 09:00"), "Spett.le Dolce Attesa Wedding Planner,", "6/2027",
                   amount=1100.00, due=d("2027-03-05"), issue=d("2027-02-03")),
           labels=dict(), note="Attachment missing, asks to resend.")

    # O16 estate agent forwards to colleague in accounts
    client("client-reply-other", "ale", ("Luca Fumagalli", "luca.fumagalli@brerahome.it"),
           dt("2027-02-15 15:02"), "I: Fattura n. 8/2027 – promemoria di pagamento",
           "Paola,\n"
           "ti inoltro il sollecito di Alessandra (grafica brochure). Mi confermi tu se è in pagamento?\n"
           "Grazie\nLuca\n\n"
           "-----Messaggio originale-----\n"
           + outlook_block(dt("2027-02-15 09:00"), "Alessandra Rossi", "alessandra@example.it",
                           "Luca Fumagalli <luca.fumagalli@brerahome.it>", "Fattura n. 8/2027 – promemoria di pagamento")
           + "\n" + letter("reminder", "ale", "Spett.le Brera Home Real Estate S.r.l.,", "8/2027", amount=732.00,
                           due=d("2027-02-08"), today=d("2027-02-15")),
           style="outlook", to=hdr_addr("Paola Colombo", "amministrazione@brerahome.it"),
           cc=hdr_addr("Alessandra Rossi", "alessandra@example.it"),
           labels=dict(), note="Forward ('I:') to a colleague in accounts, freelancer in cc; asks, does not claim.")

    # O17 winery accountant: withholding tax question
    client("client-reply-other", "mar", ("Rag. Lorenzo Pieri", "l.pieri@studiopieri.it"),
           dt("2026-11-06 12:20"), None,
           "Buongiorno,\n\n"
           "prima di procedere ci serve sapere se la prestazione è soggetta a ritenuta d'acconto o se Lei è in "
           "regime forfettario: in fattura non è indicato né l'uno né l'altro. Ci può inviare una dichiarazione "
           "o una fattura integrata?\n\n"
           "Cordiali saluti\nRag. Lorenzo Pieri\nStudio Pieri & Associati\n",
           style="outlook",
           quote=Q("courtesy", "mar", dt("2026-11-05 09:00"), "Spett.le Poggio ai Lecci Società Agricola,", "52/2026",
                   amount=780.00, due=d("2026-11-20"), issue=d("2026-10-21")),
           labels=dict(), note="Tax-regime question before paying.")


# ====================================================================================================
# MACHINE MAIL
# ====================================================================================================
def std_headers(frm, to, subject, when, msgid, extra=()):
    h = [("From", frm), ("To", to), ("Subject", hdr_text(subject)), ("Date", email.utils.format_datetime(when)),
         ("Message-ID", msgid)]
    h += list(extra)
    return h


def machines():
    # M1 bank alert: incoming transfer (BPER)
    when = dt("2026-12-09 07:31")
    body = ("Gentile ALESSANDRA ROSSI,\n\n"
            "ti informiamo che sul conto corrente n. ****3456 è stato registrato il seguente movimento:\n\n"
            "Tipo operazione: ACCREDITO BONIFICO SEPA\n"
            "Importo: +366,00 EUR\n"
            "Data contabile: 09/12/2026\n"
            "Data valuta: 09/12/2026\n"
            "Ordinante: SCUOLA DI DANZA ETOILE ASD\n"
            "Causale: LOCANDINA SAGGIO DI NATALE\n\n"
            "Per vedere il dettaglio accedi alla tua area riservata di Smart Web.\n\n"
            "Questa è una comunicazione automatica: ti preghiamo di non rispondere a questa email.\n"
            "BPER Banca S.p.A. – Sede legale Via San Carlo 8/20, Modena\n")
    hb = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">"
          "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#005B5B;color:#fff;padding:12px\">"
          "<b>BPER Banca</b> &middot; Avviso movimento</td></tr><tr><td style=\"padding:16px\">"
          "<p>Gentile ALESSANDRA ROSSI,</p><p>ti informiamo che sul conto corrente n. ****3456 è stato registrato il "
          "seguente movimento:</p><table cellpadding=\"4\">"
          "<tr><td>Tipo operazione</td><td><b>ACCREDITO BONIFICO SEPA</b></td></tr>"
          "<tr><td>Importo</td><td><b>+366,00 EUR</b></td></tr>"
          "<tr><td>Data contabile</td><td>09/12/2026</td></tr><tr><td>Data valuta</td><td>09/12/2026</td></tr>"
          "<tr><td>Ordinante</td><td>SCUOLA DI DANZA ETOILE ASD</td></tr>"
          "<tr><td>Causale</td><td>LOCANDINA SAGGIO DI NATALE</td></tr></table>"
          "<p>Per vedere il dettaglio accedi alla tua area riservata di Smart Web.</p>"
          "<p style=\"font-size:11px;color:#666\">Questa è una comunicazione automatica: ti preghiamo di non rispondere.<br>"
          "BPER Banca S.p.A. – Sede legale Via San Carlo 8/20, Modena</p></td></tr></table></body></html>\n")
    machine("payment-notification", build(
        std_headers("BPER Banca <avvisi@comunicazioni.bper.it>", "alessandra@example.it",
                    "Avviso movimento: accredito bonifico di 366,00 EUR", when,
                    "<20261209073101.4F2A1C@comunicazioni.bper.it>", [("Auto-Submitted", "auto-generated")]),
        multi("alternative", text(body), text(hb, "html"))),
        labels=dict(amount="366.00"), note="Bank alert: incoming SEPA transfer (matches the dance school receipt).")

    # M2 Satispay Business
    when = dt("2026-11-16 20:32")
    hb = ("<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#f4f4f4\">"
          "<table align=\"center\" width=\"560\" style=\"background:#fff;font-family:Helvetica,Arial,sans-serif\">"
          "<tr><td style=\"padding:24px;text-align:center;color:#F94C43;font-size:22px\"><b>satispay</b> business</td></tr>"
          "<tr><td style=\"padding:0 24px;font-size:16px\"><p>Ciao Federico,</p>"
          "<p>hai ricevuto un pagamento di <b>150,00 €</b> da <b>Vincenzo C.</b></p>"
          "<p style=\"color:#777;font-size:13px\">Messaggio: fattura social novembre<br>16 nov 2026, 20:31<br>"
          "ID transazione: 7f3c1a90-2b44-4c1e-9a0e-1d5e6b3c8a21</p>"
          "<p>L'importo sarà disponibile sul tuo conto con il prossimo trasferimento automatico.</p></td></tr>"
          "<tr><td style=\"padding:24px;font-size:11px;color:#999\">Satispay Europe S.A. – Questa email è stata "
          "inviata automaticamente, per favore non rispondere.</td></tr></table></body></html>\n")
    machine("payment-notification", build(
        std_headers("Satispay Business <noreply@satispay.com>", "Federico Sala <federico@salacomunicazione.it>",
                    "Hai ricevuto un pagamento di 150,00 €", when, "<0100018f.2c9e1b7a.satispay@email.satispay.com>"),
        text(hb, "html", cte="qp")),
        labels=dict(amount="150.00"), note="Satispay business receipt, HTML only.")

    # M3 PayPal
    when = dt("2027-01-26 16:09:51")
    plain = ("Ciao Alessandra Rossi,\n\n"
             "Hai ricevuto 780,00 € EUR da Serena Gallo (serena@eventipreziosi.it)\n\n"
             "Nota di Serena Gallo:\n\"saldo fatt 44 inviti matrimonio Conti\"\n\n"
             "Dettagli della transazione\n"
             "ID transazione: 7KX20938BA4417352\n"
             "Data transazione: 26 gennaio 2027\n"
             "Importo ricevuto: 780,00 € EUR\n\n"
             "Il denaro è disponibile nel tuo conto PayPal.\n\n"
             "Aiuto e contatti | Sicurezza | App\n"
             "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg\n"
             "Non rispondere a questa email. Per ricevere assistenza, accedi al tuo conto PayPal.\n")
    hb = ("<html><body><table width=\"100%\" style=\"font-family:PayPalOpen,Helvetica,Arial\"><tr><td align=\"center\">"
          "<table width=\"600\"><tr><td><img src=\"https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png\" width=\"40\" alt=\"PayPal\"></td></tr>"
          "<tr><td style=\"font-size:28px;padding-top:20px\">Hai ricevuto 780,00 € EUR da Serena Gallo</td></tr>"
          "<tr><td style=\"padding:16px 0\"><span style=\"color:#6c7378\">Nota di Serena Gallo</span><br>"
          "&ldquo;saldo fatt 44 inviti matrimonio Conti&rdquo;</td></tr>"
          "<tr><td><b>ID transazione</b><br>7KX20938BA4417352<br><br><b>Data transazione</b><br>26 gennaio 2027</td></tr>"
          "<tr><td style=\"padding-top:24px;font-size:11px;color:#6c7378\">PayPal (Europe) S.à r.l. et Cie, S.C.A., "
          "22-24 Boulevard Royal, L-2449 Luxembourg. Non rispondere a questa email.</td></tr></table></td></tr></table>"
          "</body></html>\n")
    machine("payment-notification", build(
        std_headers("PayPal <service@intl.paypal.com>", "Alessandra Rossi <alessandra@example.it>",
                    "Hai ricevuto un pagamento", when, "<1a2b3c4d5e6f7.20270126T150951@mx.paypal.com>",
                    [("X-Email-Type-Id", "PPX000001")]),
        multi("alternative", text(plain), text(hb, "html"))),
        labels=dict(amount="780.00"),
        note="PayPal money received; the payer's note says 'fatt 44' (no year: reference not labelled).")

    # M4 dentist auto-reply, closed for holidays, RFC 3834
    when = dt("2026-12-28 09:00:07")
    f = FL["dav"]
    subj = "Risposta automatica: " + SUBJ["reminder"].format(n="2026/66")
    body = ("Gentile paziente,\n\n"
            "lo Studio resterà chiuso per le festività natalizie dal 24 dicembre al 6 gennaio compreso.\n"
            "Le email ricevute in questo periodo saranno lette alla riapertura.\n\n"
            "Per urgenze odontoiatriche può rivolgersi al servizio di guardia medica odontoiatrica al numero 045 807 5511.\n\n"
            "Buone feste!\nLo staff dello Studio Dentistico Dott. Giorgio Ferrante\n")
    machine("auto-reply", build(
        std_headers("Segreteria Studio Dentistico Dott. Ferrante <segreteria@studioferrante.it>",
                    hdr_addr(f["name"], f["addr"]), subj, when,
                    "<AM9PR04MB8211A7C0E61D93F0B8C5A2D1E4A72@AM9PR04MB8211.eurprd04.prod.outlook.com>",
                    [("In-Reply-To", mid("ferrante-2026/66", f["dom"])), ("References", mid("ferrante-2026/66", f["dom"])),
                     ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("Content-Language", "it-IT")]),
        text(body, cs="iso-8859-1", bytes_cs="cp1252")),
        labels=dict(return_date="2027-01-07"), note="Office closed '24 dicembre – 6 gennaio compreso' -> back 7 Jan.")

    # M5 coop auto-reply without a return date, X-Autoreply only
    when = dt("2026-11-11 09:00:41")
    f = FL["mar"]
    body = ("Buongiorno,\n"
            "sono fuori sede per un percorso di formazione, con accesso limitato alla posta elettronica.\n"
            "Per questioni amministrative potete scrivere a amministrazione@coopilgirasole.it, per i servizi "
            "educativi a coordinamento@coopilgirasole.it.\n\n"
            "Stefano Incerti\nCooperativa Sociale Il Girasole\n")
    machine("auto-reply", build(
        std_headers("Stefano Incerti <stefano.incerti@coopilgirasole.it>", hdr_addr(f["name"], f["addr"]),
                    "Fuori sede: Fattura n. 47/2026 – promemoria di pagamento", when,
                    "<autoreply.1762848041.3321@mail.coopilgirasole.it>",
                    [("In-Reply-To", mid("coop-47", f["dom"])), ("X-Autoreply", "yes"), ("Precedence", "bulk")]),
        text(body, cte="8bit")),
        labels=dict(), note="Out of office with no return date; X-Autoreply/Precedence only, no Auto-Submitted.")

    # M6 winery auto-reply: fair until 10 Feb included
    when = dt("2027-02-08 09:00:12")
    body = ("Grazie per il messaggio.\n\n"
            "Sono a Parigi per Wine Paris fino al 10 febbraio compreso e risponderò al mio rientro. Per ordini e "
            "spedizioni scrivete a ordini@poggioailecci.it.\n\n"
            "Thank you for your email. I am at Wine Paris until 10 February and will reply when I am back.\n\n"
            "Niccolò Bellandi\nPoggio ai Lecci – Montalcino\n")
    machine("auto-reply", build(
        std_headers("Niccolò Bellandi <niccolo@poggioailecci.it>", hdr_addr(f["name"], f["addr"]),
                    "Risposta automatica: Fattura n. 6/2027 – promemoria di pagamento", when,
                    "<CAHx9Qz=autoreply8812@mail.gmail.com>",
                    [("In-Reply-To", mid("poggio-6/2027", f["dom"])), ("Auto-Submitted", "auto-replied")]),
        multi("alternative", text(body), text("<div dir=\"ltr\">" + to_html_lines(body) + "</div>\n", "html"))),
        labels=dict(return_date="2027-02-11"), note="Bilingual OOO; 'fino al 10 febbraio compreso' -> back 11 Feb.")

    # M7 Postfix permanent bounce (user unknown)
    when = dt("2026-11-20 09:00:18")
    f = FL["fed"]
    rcpt = "info@olympiagymnapoli.it"
    orig_date = email.utils.format_datetime(dt("2026-11-20 09:00:02"))
    orig_mid = mid("olympia-old-43", f["dom"])
    b = _boundary("postfix")
    notif = ("This is the mail system at host smtp.salacomunicazione.it.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             f"<{rcpt}>: host mx.olympiagymnapoli.it[93.184.216.34] said: 550 5.1.1\n"
             f"    <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox\n"
             "    table (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; smtp.salacomunicazione.it\n"
              "X-Postfix-Queue-ID: 4Qk7Zt1V2Yz3xNd\n"
              "X-Postfix-Sender: rfc822; federico@salacomunicazione.it\n"
              f"Arrival-Date: {orig_date}\n\n"
              f"Final-Recipient: rfc822; {rcpt}\n"
              f"Original-Recipient: rfc822;{rcpt}\n"
              "Action: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; mx.olympiagymnapoli.it\n"
              f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User\n"
              "    unknown in virtual mailbox table\n")
    orig = (f"From: Federico Sala <federico@salacomunicazione.it>\nTo: Olympia Gym ASD <{rcpt}>\n"
            f"Subject: Fattura n. 43/2026 – promemoria di pagamento\nDate: {orig_date}\nMessage-ID: {orig_mid}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + letter("reminder", "fed", "Spett.le Olympia Gym ASD,", "43/2026", amount=150.00, due=d("2026-11-05"),
                     today=d("2026-11-20")))
    part = Part([("Content-Type", f"multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"")],
                children=[raw_part("text/plain; charset=us-ascii", notif),
                          raw_part("message/delivery-status", status),
                          raw_part("message/rfc822", orig, "8bit")], boundary=b)
    machine("bounce", build(
        std_headers("MAILER-DAEMON@smtp.salacomunicazione.it (Mail Delivery System)", f["addr"],
                    "Undelivered Mail Returned to Sender", when, "<20261120080018.4Qk7Zt1V2Yz3xNd@smtp.salacomunicazione.it>",
                    [("Auto-Submitted", "auto-replied")]), part),
        labels=dict(failed_recipient=rcpt, permanent=True), note="Postfix 550 5.1.1 user unknown: old gym address.")

    # M8 Postfix delayed (mailbox full, 4.2.2) - temporary
    when = dt("2027-01-05 13:02:44")
    f = FL["dav"]
    rcpt = "cortedeigelsi@libero.it"
    orig_date = email.utils.format_datetime(dt("2027-01-04 09:00:03"))
    b = _boundary("postfix")
    notif = ("This is the mail system at host mail.marchettiweb.it.\n\n"
             "####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
             "####################################################################\n\n"
             "Your message could not be delivered for more than 4 hour(s).\n"
             "It will be retried until it is 5 day(s) old.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "                   The mail system\n\n"
             f"<{rcpt}>: host smtp-in.libero.it[213.209.1.129] said: 452 4.2.2\n"
             "    Mailbox full - casella piena (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mail.marchettiweb.it\n"
              "X-Postfix-Queue-ID: 7D3E21A0C4F\n"
              "X-Postfix-Sender: rfc822; davide@marchettiweb.it\n"
              f"Arrival-Date: {orig_date}\n\n"
              f"Final-Recipient: rfc822; {rcpt}\n"
              f"Original-Recipient: rfc822;{rcpt}\n"
              "Action: delayed\nStatus: 4.2.2\n"
              "Remote-MTA: dns; smtp-in.libero.it\n"
              "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full - casella piena\n"
              f"Will-Retry-Until: {email.utils.format_datetime(dt('2027-01-09 09:00:03'))}\n")
    hdrs = (f"From: Davide Marchetti <davide@marchettiweb.it>\nTo: B&B La Corte dei Gelsi <{rcpt}>\n"
            "Subject: Fattura n. 2026/70 – promemoria di pagamento\n"
            f"Date: {orig_date}\nMessage-ID: {mid('gelsi-2026/70', f['dom'])}\nMIME-Version: 1.0\n")
    part = Part([("Content-Type", f"multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"")],
                children=[raw_part("text/plain; charset=us-ascii", notif),
                          raw_part("message/delivery-status", status),
                          raw_part("text/rfc822-headers", hdrs)], boundary=b)
    machine("bounce", build(
        std_headers("MAILER-DAEMON@mail.marchettiweb.it (Mail Delivery System)", f["addr"],
                    "Delayed Mail (still being retried)", when, "<20270105120244.7D3E21A0C4F@mail.marchettiweb.it>",
                    [("Auto-Submitted", "auto-replied")]), part),
        labels=dict(failed_recipient=rcpt, permanent=False), note="Postfix delay warning, 452 4.2.2 mailbox full: temporary.")

    # M9 e-invoicing notice (Aruba / SdI delivery receipt)
    when = dt("2026-11-03 14:27")
    body = ("Gentile Cliente,\n\n"
            "ti informiamo che per la fattura elettronica sotto indicata è stata ricevuta dal Sistema di "
            "Interscambio (SdI) la seguente notifica:\n\n"
            "Tipo notifica: Ricevuta di consegna (RC)\n"
            "Numero fattura: 48/2026\n"
            "Data fattura: 02/11/2026\n"
            "Cessionario/committente: BRERA HOME REAL ESTATE S.R.L.\n"
            "Identificativo SdI: 16874423311\n\n"
            "La fattura è stata consegnata correttamente al destinatario.\n\n"
            "Puoi consultare il dettaglio accedendo al pannello di Fatturazione Elettronica.\n\n"
            "Cordiali saluti,\nAruba PEC S.p.A. - Servizio Fatturazione Elettronica\n\n"
            "Questo messaggio è stato generato automaticamente, si prega di non rispondere.\n")
    machine("other", build(
        std_headers("Fatturazione Elettronica Aruba <noreply@fatturazioneelettronica.aruba.it>",
                    "alessandra@example.it", "Notifica SdI: ricevuta di consegna fattura 48/2026", when,
                    "<fe.rc.16874423311@fatturazioneelettronica.aruba.it>"),
        text(body, cs="iso-8859-1", cte="qp")),
        labels=dict(reference="48/2026"), note="SdI delivery receipt for an issued invoice: neither a payment nor a reply.")

    # M10 outgoing transfer made by the freelancer (not money in)
    when = dt("2027-01-29 11:48")
    body = ("Gentile ALESSANDRA ROSSI,\n\n"
            "il bonifico da te disposto è stato eseguito.\n\n"
            "Beneficiario: GRAFICHE EMILIANE SNC\n"
            "IBAN beneficiario: IT29 M030 6936 9101 0000 0004 512\n"
            "Importo: 412,00 EUR\n"
            "Commissioni: 0,00 EUR\n"
            "Causale: SALDO FT 118/2027 STAMPA ETICHETTE\n"
            "Data esecuzione: 29/01/2027\n"
            "TRN: 0542811101200000412290127\n\n"
            "Questa è una comunicazione automatica, ti preghiamo di non rispondere.\n"
            "BPER Banca S.p.A.\n")
    machine("other", build(
        std_headers("BPER Banca <avvisi@comunicazioni.bper.it>", "alessandra@example.it",
                    "Conferma esecuzione bonifico", when, "<20270129114801.77B1E0@comunicazioni.bper.it>",
                    [("Auto-Submitted", "auto-generated")]),
        text(body)),
        labels=dict(), note="Outgoing transfer the owner made to her print shop: not a payment received.")


# ====================================================================================================
# main
# ====================================================================================================
def toml_str(s):
    import json
    return json.dumps(s, ensure_ascii=False)


def main():
    paid()
    promise()
    dispute()
    other()
    machines()
    msgs = list(MSGS)
    random.Random(1313).shuffle(msgs)
    for fn in os.listdir(HERE):
        if fn.startswith(PREFIX + "-") and fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    out = ["# round13-it: Italian client replies (weddings, B&B, gyms, dance schools, artisans, dentists,",
           "# social cooperatives, football clubs, estate agents, wineries) + a little machine mail.",
           "# Generated by make.py; every body written by hand.", ""]
    order = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
             "failed_recipient", "permanent", "note"]
    for i, m in enumerate(msgs, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(m["raw"])
        lab = dict(kind=m["kind"], language="it", split="dev")
        lab.update(m["labels"])
        lab["note"] = m["note"]
        out.append(f'[files."{name}"]')
        for k in order:
            if k in lab:
                v = lab[k]
                out.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(v)}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check(len(msgs))


def check(n):
    import collections
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    assert len(labels) == n
    kinds = collections.Counter()
    for name, lab in sorted(labels.items()):
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (name, h)
        email.utils.parsedate_to_datetime(msg["Date"])
        # every text part must decode
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        kinds[lab["kind"]] += 1
    print(n, "messages;", dict(kinds))


if __name__ == "__main__":
    main()
