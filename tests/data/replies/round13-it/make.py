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
