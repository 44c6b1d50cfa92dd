#!/usr/bin/env python3
"""Round 12 (Italian clients of Italian freelancers): generates r12i-NNNN.eml and labels.toml.

Every client body below is hand-written. Shared here: MIME plumbing, the quoted mailduns reminders
(rendered from the it/*.txt.j2 wording), quoting styles, and the order of the files.
Python 3.11, stdlib only.  Run:  python3 make.py
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import json
import quopri
import random
import sys
import tomllib
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "r12i"

# --------------------------------------------------------------------------------------------
# The freelancers (mailbox owners)
# --------------------------------------------------------------------------------------------
OWNERS = {
    # key: name, address, style of the invoice subject, payment block kind
    "A": dict(name="Alessandra Rossi", addr="alessandra@example.it", first="Alessandra",
              subj="Fattura n. {n} – Alessandra Rossi", tz="Europe/Rome",
              pay=dict(beneficiary="Alessandra Rossi", iban="IT60 X054 2811 1010 0000 0123 456",
                       ref="Fattura n. {n}")),
    "D": dict(name="Davide Conti", addr="davide@davideconti.photo", first="Davide",
              subj="Fattura {n} - Davide Conti Fotografia", tz="Europe/Rome",
              pay=dict(beneficiary="Davide Conti", iban="IT28 W800 0000 2921 0064 5211 151",
                       ref="Fattura {n}")),
    "C": dict(name="Chiara Lombardi", addr="chiara@lombardi-it.it", first="Chiara",
              subj="Fattura n. {n}", tz="Europe/Rome",
              pay=dict(beneficiary="Chiara Lombardi", iban="IT02 L123 4512 3451 2345 6789 012",
                       bic="BPMOIT22XXX", ref="Fattura n. {n}")),
    "G": dict(name="Giulia Esposito", addr="giulia@espositotraduzioni.it", first="Giulia",
              subj="Invio fattura n. {n}", tz="Europe/Rome",
              details="bonifico a Giulia Esposito, IBAN IT75 C030 6909 6061 0000 0117 233, "
                      "indicando il numero della fattura nella causale"),
    "L": dict(name="Luca Moretti", addr="luca@morettisicurezza.it", first="Luca",
              subj="Fattura n. {n} – Moretti Consulenza Sicurezza", tz="Europe/Rome"),
}

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]
DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
MON3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
DAY3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]


def D(s):
    return dt.date.fromisoformat(s)


def itdate(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def art(d, prep="il"):
    """il 15 novembre 2026 / l'8 novembre 2026 / dal 15 ... / dall'11 ..."""
    s = itdate(d)
    elided = d.day in (8, 11)
    table = {"il": ("il ", "l'"), "del": ("del ", "dell'"), "dal": ("dal ", "dall'"), "al": ("al ", "all'")}
    a, b = table[prep]
    return (b if elided else a) + s


def eur(x):
    s = f"{x:,.2f}"  # 1,220.00
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


# --------------------------------------------------------------------------------------------
# The mailduns letters being quoted (wording of templates/it/*.txt.j2)
# --------------------------------------------------------------------------------------------
def payment_block(o, inv):
    ow = OWNERS[o]
    if "pay" in ow:
        p = ow["pay"]
        lines = ["Per il pagamento:", f"- beneficiario: {p['beneficiary']}", f"- IBAN: {p['iban']}"]
        if p.get("bic"):
            lines.append(f"- BIC: {p['bic']}")
        lines.append(f"- causale: {p['ref'].format(n=inv)}")
        return "\n".join(lines)
    if "details" in ow:
        return "Per il pagamento: " + ow["details"]
    return ("Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di "
            "questa conversazione.")


def fee_lines(inv, amount, due, on):
    days = (on - due).days
    rate = 10.15
    interest = round(amount * rate / 100 * days / 365, 2)
    return [f"fattura n. {inv}: {eur(amount)}",
            f"interessi di mora dal {itdate(due + dt.timedelta(days=1))} al {itdate(on)} "
            f"({days} giorni al {str(rate).replace('.', ',')}%): {eur(interest)}",
            f"importo forfettario costi di recupero (art. 6): {eur(40)}",
            f"totale: {eur(amount + interest + 40)}"], rate


def letter(step, o, sal, inv, amount, due, on, issued=None, deadline=None, fees=False,
           promise=None, claim=None, paid_on=None, susp=None):
    """Text of the mailduns letter `step` about invoice `inv`, sent on date `on`."""
    ow = OWNERS[o]
    amt = f" di {eur(amount)}" if amount else ""
    days_late = (on - due).days
    deadline = deadline or (on + dt.timedelta(days=10))
    pay = payment_block(o, inv)
    feetxt = ""
    if fees and step in ("late_fee", "final", "suspension"):
        lines, rate = fee_lines(inv, amount, due, on)
        feetxt = ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva "
                  "2011/7/UE): senza che sia necessaria la costituzione in mora, dal giorno successivo alla "
                  "scadenza decorrono gli interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento "
                  "BCE maggiorato di 8 punti percentuali, attualmente "
                  f"{str(rate).replace('.', ',')}% annuo) ed è dovuto l'importo forfettario di 40,00 € a "
                  "titolo di risarcimento dei costi di recupero (art. 6).\n\n"
                  "Ad oggi l'importo dovuto è il seguente:\n" + "\n".join("- " + x for x in lines) + "\n\n")
    p = []
    if step == "courtesy":
        p.append(sal)
        p.append(f"un breve promemoria: la fattura n. {inv}{amt}"
                 + (f", emessa {art(issued)}," if issued else "") + f" è in scadenza {art(due)}.")
        p.append("Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di "
                 "questo messaggio.")
        p.append(pay)
        p.append("Per qualsiasi domanda basta rispondere a questa email.")
    elif step == "due":
        p.append(sal)
        if days_late > 0:
            p.append(f"un promemoria: la fattura n. {inv}{amt} è scaduta {art(due)}. Se il pagamento non è "
                     "ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
        else:
            p.append(f"un promemoria: la fattura n. {inv}{amt} è in scadenza oggi, {itdate(due)}.")
        p.append("Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo "
                 "messaggio.")
        p.append(pay)
        p.append("Per qualsiasi domanda basta rispondere a questa email.")
    elif step == "reminder":
        p.append(sal)
        p.append(f"da un controllo la fattura n. {inv}{amt}, scaduta {art(due)}, risulta ancora da saldare. "
                 "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento "
                 "appena possibile.")
        p.append("Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, "
                 "così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. "
                 "Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere "
                 "a questa email.")
        p.append(pay)
    elif step == "late_fee":
        p.append(sal)
        p.append(f"la fattura n. {inv}{amt}, scaduta {art(due)}, risulta ancora da saldare"
                 + (f": sono trascorsi {days_late} giorni dalla scadenza." if days_late > 1 else "."))
        if feetxt:
            p.append(feetxt.rstrip())
        p.append("Chiedo cortesemente di provvedere al pagamento" + (" dell'importo totale" if feetxt else "")
                 + f" entro {art(deadline)}. Se il pagamento è già stato disposto, basta rispondere indicando "
                 "la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo "
                 "trovare insieme una soluzione: basta rispondere a questa email.")
        p.append(pay)
    elif step == "suspension":
        p.append(sal)
        p.append(f"torno a scrivere in merito alla fattura n. {inv}{amt}, scaduta {art(due)}, che risulta "
                 "ancora da saldare.")
        if feetxt:
            p.append(feetxt.rstrip())
        susp = susp or (deadline + dt.timedelta(days=1))
        p.append(f"In mancanza del pagamento entro {art(deadline)}, {art(susp, 'dal')} potrebbe essere "
                 "necessario sospendere le attività in corso e i servizi da me forniti fino alla "
                 "regolarizzazione. Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di "
                 "pagare a rate, possiamo concordare una soluzione; basta rispondere a questa email.")
        p.append(pay)
    elif step == "final":
        p.append(f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {inv}"
                 + (f" {art(issued, 'del')}" if issued else ""))
        p.append(sal)
        p.append(f"la fattura n. {inv}{amt}, scaduta {art(due)}, risulta ancora da saldare nonostante i "
                 "precedenti solleciti.")
        if feetxt:
            p.append(feetxt.rstrip())
        what = "dell'importo totale sopra indicato" if feetxt else (f"di {eur(amount)}" if amount else
                                                                    "dell'importo dovuto")
        p.append(f"Con la presente chiedo formalmente il pagamento {what} entro {art(deadline)}. La presente "
                 "vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice "
                 "civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo "
                 "ogni altro diritto.")
        p.append("In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del "
                 "credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, "
                 "con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo "
                 "o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email "
                 "entro la stessa data.")
        p.append("Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di "
                 "indicarmi la data del bonifico, così da poterlo verificare.")
        p.append(pay)
    elif step == "promise_followup":
        p.append(sal)
        if promise:
            p.append(f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv}{amt} "
                     f"sarebbe stato effettuato entro {art(promise)}.")
        else:
            p.append(f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {inv}{amt}, "
                     f"scaduta {art(due)}.")
        p.append("Ad oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere "
                 "indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi "
                 "sapere entro quando posso aspettarlo.")
        p.append(pay)
    elif step == "paid_claim_followup":
        p.append(sal)
        p.append("grazie per avermi comunicato" + (f" {art(claim)}" if claim else "")
                 + f" che la fattura n. {inv}{amt} è stata pagata"
                 + (f" (con bonifico disposto {art(paid_on)})" if paid_on else "") + ".")
        p.append("Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un "
                 "bonifico richiede qualche giorno in più, oppure può essere partito verso coordinate diverse. "
                 "Per aiutarmi a rintracciarlo, chiedo la cortesia di indicarmi la data di esecuzione e il "
                 "codice CRO/TRN del bonifico, oppure di inoltrarmi la contabile.")
        p.append("Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in "
                 "lavorazione: in tal caso mi basta una breve conferma. Grazie per la collaborazione.")
    elif step == "invoice":
        p.append(sal)
        p.append(f"in allegato la fattura n. {inv}{amt}"
                 + (f" relativa a {issued}" if isinstance(issued, str) else "")
                 + f", con scadenza {art(due)}.")
        p.append(pay)
        p.append("Grazie e buona giornata,\n" + ow["name"])
        return "\n\n".join(p)
    else:
        raise ValueError(step)
    closing = "Distinti saluti," if step == "final" else "Cordiali saluti,"
    p.append(f"{closing}\n{ow['name']}")
    return "\n\n".join(p)


# --------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------
def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def quote(style, o, to_name, to_addr, when, subject, text):
    ow = OWNERS[o]
    if style == "none" or not style:
        return ""
    if style == "gmail":
        head = (f"Il giorno {DAY3[when.weekday()]} {when.day} {MON3[when.month - 1]} {when.year} alle ore "
                f"{when:%H:%M} {ow['name']} <{ow['addr']}> ha scritto:")
        return "\n\n" + head + "\n\n" + gt(text) + "\n"
    if style == "apple":
        head = (f"Il giorno {when.day} {MON3[when.month - 1]} {when.year}, alle ore {when:%H:%M}, "
                f"{ow['name']} <{ow['addr']}> ha scritto:")
        return "\n\n> " + head + "\n> \n" + gt(text) + "\n"
    if style == "outlook":
        head = ("________________________________\n"
                f"Da: {ow['name']} <{ow['addr']}>\n"
                f"Inviato: {DAYS[when.weekday()]} {when.day} {MONTHS[when.month - 1]} {when.year} {when:%H:%M}\n"
                f"A: {to_name} <{to_addr}>\n"
                f"Oggetto: {subject}\n")
        return "\n\n" + head + "\n" + text + "\n"
    if style == "outlook_old":
        head = ("-----Messaggio originale-----\n"
                f"Da: {ow['name']} [mailto:{ow['addr']}]\n"
                f"Inviato: {DAYS[when.weekday()]} {when.day} {MONTHS[when.month - 1]} {when.year} {when:%H.%M}\n"
                f"A: {to_addr}\n"
                f"Oggetto: {subject}\n")
        return "\n\n" + head + "\n" + text + "\n"
    if style == "libero":
        head = ("----- Messaggio originale -----\n"
                f"Da: \"{ow['name']}\" <{ow['addr']}>\n"
                f"A: {to_addr}\n"
                f"Data: {when:%d/%m/%Y %H:%M}\n"
                f"Oggetto: {subject}\n")
        return "\n\n" + head + "\n" + gt(text) + "\n"
    if style == "android":
        head = f"Il {when:%d/%m/%Y} {when:%H:%M}, {ow['name']} <{ow['addr']}> ha scritto:"
        return "\n\n" + head + "\n" + gt(text) + "\n"
    raise ValueError(style)


def quote_html(style, o, to_name, to_addr, when, subject, text):
    ow = OWNERS[o]
    body = "<br>\n".join(html.escape(l) for l in text.split("\n"))
    if style == "outlook":
        return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                f'color="#000000"><b>Da:</b> {html.escape(ow["name"])} &lt;{ow["addr"]}&gt;<br>\n'
                f'<b>Inviato:</b> {DAYS[when.weekday()]} {when.day} {MONTHS[when.month - 1]} {when.year} '
                f'{when:%H:%M}<br>\n<b>A:</b> {html.escape(to_name)} &lt;{to_addr}&gt;<br>\n'
                f'<b>Oggetto:</b> {html.escape(subject)}</font>\n<div>&nbsp;</div></div>\n'
                f'<div><div dir="ltr">{body}</div></div>\n')
    head = (f"Il giorno {DAY3[when.weekday()]} {when.day} {MON3[when.month - 1]} {when.year} alle ore "
            f"{when:%H:%M} {html.escape(ow['name'])} &lt;<a href=\"mailto:{ow['addr']}\">{ow['addr']}</a>&gt; "
            "ha scritto:")
    return (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{head}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">{body}</blockquote></div>\n')


# --------------------------------------------------------------------------------------------
# MIME plumbing (hand-rolled so that charsets and transfer encodings are exactly what we want)
# --------------------------------------------------------------------------------------------
def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            return Header(s, charset).encode(maxlinelen=76)
        except UnicodeEncodeError:
            return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    return formataddr((name, a), charset=charset)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body  # bytes

    def render(self):
        out = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        return out + b"\n" + self.body


def encode_body(raw, cte):
    if cte == "quoted-printable":
        b = quopri.encodestring(raw)
    elif cte == "base64":
        b = base64.encodebytes(raw)
    else:
        b = raw
    if not b.endswith(b"\n"):
        b += b"\n"
    return b


def text_part(text, subtype="plain", charset="utf-8", cte="8bit", codec=None, flowed=False):
    codec = codec or charset
    raw = text.encode(codec)
    if cte in ("8bit", "7bit"):
        try:
            raw.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "8bit"
    ct = f'text/{subtype}; charset="{charset}"' + ("; format=flowed" if flowed else "")
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], encode_body(raw, cte))


def bin_part(filename, ctype, data, inline=False):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f'{ctype}; name="{filename}"'),
                 ("Content-Disposition", f'{disp}; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def rfc822_part(raw_bytes, ctype="message/rfc822"):
    return Part([("Content-Type", ctype)], raw_bytes if raw_bytes.endswith(b"\n") else raw_bytes + b"\n")


def multipart(subtype, parts, seed, params=""):
    boundary = f"----=_Part_{hashlib.md5(seed.encode()).hexdigest()[:20]}_{subtype[:3]}"
    body = b""
    for p in parts:
        body += f"--{boundary}\n".encode() + p.render() + b"\n"
    body += f"--{boundary}--\n".encode()
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')],
                b"This is a multi-part message in MIME format.\n\n" + body)


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
            b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 40 800 Td (" + t + b") Tj ET\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png(seed):
    h = hashlib.sha256(seed.encode()).digest()
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x04\x00\x08\x02\x00\x00\x00"
            + h + b"\x00\x00\x00\x00IEND\xaeB`\x82")


def fake_jpg(seed):
    h = hashlib.sha256(seed.encode()).digest()
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + h * 4 + b"\xff\xd9"


def msgid(style, seed, domain):
    r = random.Random(seed)
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    if style == "gmail":
        s = "".join(r.choice(a + "abcdefghijklmnopqrstuvwxyz_-+") for _ in range(44))
        return f"<CA{s}@mail.gmail.com>"
    if style == "outlook":
        s = "".join(r.choice(a) for _ in range(20))
        pr = r.choice(["AM0PR", "DB9PR", "PA4PR", "VI1PR", "AS8PR", "DU2PR"]) + f"{r.randint(1, 9)}0MB{r.randint(1000, 9999)}"
        return f"<{pr}{s}@{pr}.eurprd0{r.randint(1, 9)}.prod.outlook.com>"
    if style == "apple":
        u = "".join(r.choice("0123456789ABCDEF") for _ in range(32))
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    s = "".join(r.choice("0123456789abcdef") for _ in range(24))
    return f"<{s}.{r.randint(1000, 99999)}@{domain}>"


def when(s, tz):
    return dt.datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------
SPECS = []
LABEL_KEYS = ("kind", "language", "split", "amount", "currency", "reference", "promised_date",
              "return_date", "failed_recipient", "permanent", "note")


def R(kind, o, frm, date, inv, body, *, tz="Europe/Rome", amount=None, due=None, step="reminder",
      sal=None, style="gmail", prefix="Re: ", subject=None, html_body=None, html_only=False,
      charset="utf-8", codec=None, cte=None, cc=None, attach=(), mailer="gmail", sent=None,
      to_override=None, extra_headers=(), labels=None, note="", issued=None, fees=False,
      promise=None, claim=None, paid_on=None, quote_text=None, quote_subject=None, html_quote=True,
      to_name=None, flowed=False):
    """A client reply (hand-written `body`) to the mailduns letter `step` about invoice `inv`."""
    SPECS.append(dict(type="reply", kind=kind, o=o, frm=frm, date=date, tz=tz, inv=inv, body=body,
                      amount=amount, due=due, step=step, sal=sal, style=style, prefix=prefix,
                      subject=subject, html_body=html_body, html_only=html_only, charset=charset,
                      codec=codec, cte=cte, cc=cc, attach=attach, mailer=mailer, sent=sent,
                      to_override=to_override, extra_headers=extra_headers, labels=labels or {},
                      note=note, issued=issued, fees=fees, promise=promise, claim=claim, paid_on=paid_on,
                      quote_text=quote_text, quote_subject=quote_subject, html_quote=html_quote,
                      to_name=to_name, flowed=flowed))


def RAW(kind, builder, labels=None, note=""):
    """A machine message (or any message) built by `builder(seed) -> bytes`."""
    SPECS.append(dict(type="raw", kind=kind, builder=builder, labels=labels or {}, note=note))


def build_reply(s, seed):
    o = s["o"]
    ow = OWNERS[o]
    tz = s["tz"]
    sent = when(s["date"], tz)
    cname, caddr = s["frm"]
    domain = caddr.split("@")[1]
    inv = s["inv"]
    base_subject = s["quote_subject"] or (ow["subj"].format(n=inv) if inv else "Fattura")
    if s["step"] == "final":
        base_subject = f"Diffida di pagamento e costituzione in mora – fattura n. {inv}"
    subject = s["subject"] or (s["prefix"] + base_subject)
    # when the quoted letter went out: given, or two days before at 9:0x in the owner's zone
    if s["sent"]:
        qwhen = when(s["sent"], ow["tz"])
    else:
        qwhen = (sent.astimezone(ZoneInfo(ow["tz"])) - dt.timedelta(days=2)).replace(
            hour=9, minute=random.Random(seed).randint(0, 40), second=0)
        while qwhen.weekday() >= 5:  # mailduns letters go out on working days
            qwhen -= dt.timedelta(days=1)
    due = D(s["due"]) if s["due"] else qwhen.date() - dt.timedelta(days=15)
    sal = s["sal"] or "Buongiorno,"
    qtext = s["quote_text"]
    if qtext is None and s["step"]:
        issued = D(s["issued"]) if s["issued"] and s["issued"][:2] == "20" else s["issued"]
        qtext = letter(s["step"], o, sal, inv, s["amount"], due, qwhen.date(), issued=issued,
                       fees=s["fees"], promise=D(s["promise"]) if s["promise"] else None,
                       claim=D(s["claim"]) if s["claim"] else None,
                       paid_on=D(s["paid_on"]) if s["paid_on"] else None)
    to_name = s["to_name"] or cname
    inv_id = msgid("x", seed + "inv", ow["addr"].split("@")[1])
    rem_id = msgid("x", seed + "rem", ow["addr"].split("@")[1])
    own_id = msgid(s["mailer"], seed, domain)

    text = s["body"]
    if qtext and s["style"] != "none":
        text = text.rstrip("\n") + "\n" + quote(s["style"], o, to_name, caddr, qwhen, base_subject, qtext)
    charset = s["charset"]
    cte = s["cte"] or ("quoted-printable" if charset != "utf-8" else "8bit")
    if (s["html_body"] is None and s["mailer"] == "gmail"
            and int(hashlib.md5(s["body"].encode()).hexdigest(), 16) % 2 == 0):
        # Gmail sends multipart/alternative: the same hand-written text as a skeleton of divs
        s = dict(s, html_body='<div dir="ltr">' + "".join(
            f"<div>{html.escape(l) if l else '<br>'}</div>" for l in s["body"].rstrip("\n").split("\n")) + "</div>")
    if s["html_body"] is not None:
        hb = s["html_body"]
        if qtext and s["html_quote"] and s["style"] != "none":
            hb = hb + quote_html("outlook" if s["style"].startswith("outlook") else "gmail", o, to_name,
                                 caddr, qwhen, base_subject, qtext)
        htmldoc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset='
                   f'{charset}"></head><body>\n{hb}\n</body></html>\n')
        hpart = text_part(htmldoc, "html", charset, cte if cte != "8bit" else "quoted-printable", s["codec"])
        if s["html_only"]:
            body_part = hpart
        else:
            body_part = multipart("alternative", [text_part(text, "plain", charset, cte, s["codec"],
                                                            s["flowed"]), hpart], seed + "alt")
    else:
        body_part = text_part(text, "plain", charset, cte, s["codec"], s["flowed"])
    if s["attach"]:
        parts = [body_part]
        for fn, ctype, data in s["attach"]:
            parts.append(bin_part(fn, ctype, data))
        body_part = multipart("mixed", parts, seed + "mix")

    hdrs = [
        ("Received", f"from {random.Random(seed).choice(['mail', 'smtp', 'mx', 'out'])}.{domain} "
                     f"({domain} [{random.Random(seed).randint(2, 212)}.{random.Random(seed+'b').randint(1, 254)}."
                     f"{random.Random(seed+'c').randint(1, 254)}.{random.Random(seed+'d').randint(1, 254)}])\n"
                     f"\tby mx.{ow['addr'].split('@')[1]} with ESMTPS; {format_datetime(sent + dt.timedelta(seconds=3))}"),
        ("Date", format_datetime(sent)),
        ("From", addr(cname, caddr, "iso-8859-1" if charset != "utf-8" else "utf-8")),
        ("To", s["to_override"] or addr(ow["name"], ow["addr"])),
    ]
    if s["cc"]:
        hdrs.append(("Cc", ", ".join(addr(n, a) for n, a in s["cc"])))
    hdrs += [
        ("Subject", enc_header(subject, "iso-8859-1" if charset != "utf-8" else "utf-8")),
        ("Message-ID", own_id),
    ]
    if s["step"] or s["quote_subject"]:
        hdrs += [("In-Reply-To", rem_id), ("References", f"{inv_id} {rem_id}")]
    hdrs.append(("MIME-Version", "1.0"))
    m = {"gmail": None, "outlook": "Microsoft Outlook 16.0", "iphone": "iPhone Mail (22C152)",
         "apple": "Apple Mail (2.3826.300.87.4.3)", "thunderbird": "Mozilla Thunderbird",
         "android": "Android", "libero": "Libero Mail", "aruba": "Roundcube Webmail/1.6.9"}.get(s["mailer"])
    if m:
        hdrs.append(("User-Agent" if s["mailer"] in ("thunderbird", "aruba") else "X-Mailer", m))
    for k, v in s["extra_headers"]:
        hdrs.append((k, v))
    raw = "".join(f"{k}: {v}\n" for k, v in hdrs).encode("ascii") + body_part.render()
    return raw


def write_all():
    rng = random.Random(1212)
    order = list(range(len(SPECS)))
    rng.shuffle(order)
    labels_out = []
    for i, idx in enumerate(order, 1):
        s = SPECS[idx]
        name = f"{PREFIX}-{i:04d}.eml"
        seed = f"{PREFIX}{i}"
        raw = build_reply(s, seed) if s["type"] == "reply" else s["builder"](seed)
        (HERE / name).write_bytes(raw)
        lab = {"kind": s["kind"], "language": "it", "split": "dev"}
        lab.update(s["labels"])
        if s["note"]:
            lab["note"] = s["note"]
        labels_out.append((name, lab))
    with open(HERE / "labels.toml", "w", encoding="utf-8") as f:
        f.write("# round12-it: Italian clients of Italian freelancers (hand-written, see make.py)\n\n")
        for name, lab in labels_out:
            f.write(f'[files."{name}"]\n')
            for k in LABEL_KEYS:
                if k in lab:
                    v = lab[k]
                    if isinstance(v, bool):
                        f.write(f"{k} = {'true' if v else 'false'}\n")
                    else:
                        f.write(f"{k} = {json.dumps(str(v), ensure_ascii=False)}\n")
            f.write("\n")
    return labels_out


def check(labels_out):
    ok = True
    for name, lab in labels_out:
        m = email.message_from_bytes((HERE / name).read_bytes(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not m[h]:
                print("MISSING", h, name)
                ok = False
        _ = m["Date"].datetime
        body = m.get_body(preferencelist=("plain", "html"))
        if body is None and not m.get_content_type().startswith("multipart/report"):
            print("NO BODY", name)
            ok = False
        elif body is not None:
            body.get_content()
    with open(HERE / "labels.toml", "rb") as f:
        t = tomllib.load(f)
    assert len(t["files"]) == len(labels_out)
    from collections import Counter
    print(Counter(l["kind"] for _, l in labels_out))
    print("files:", len(labels_out), "ok" if ok else "PROBLEMS")
    return ok


# ============================================================================================
# MESSAGES
# ============================================================================================
# ---------------------------------------------------------------------------------- PAID ----
R("client-reply-paid", "D", ("Geom. Renato Bassi", "r.bassi@studiotecnicobassi.it"), "2026-11-09 09:12",
  "2026/038", """Buongiorno Davide,

mi scusi, la sua fattura n. 38 mi era finita sotto una pila di pratiche del catasto e me ne ero
dimenticato.
Ho fatto adesso il bonifico dal conto dello studio: € 1.224,00, cioè al netto della ritenuta
d'acconto del 20% come sempre. La certificazione unica gliela mando a marzo con le altre.

In allegato la contabile.

Cordiali saluti

Geom. Renato Bassi
Studio Tecnico Bassi
Via Terraglio 41 - 31100 Treviso
tel. 0422 301 447 - cell. 347 118 2290
P.IVA 03318760264
""", amount=1464.00, due="2026-10-31", step="reminder", sal="Gentile Renato Bassi,", style="outlook",
  prefix="R: ", mailer="outlook", sent="2026-11-06 09:05",
  attach=[("Contabile_bonifico_09112026.pdf", "application/pdf", fake_pdf("Bonifico SEPA eseguito EUR 1.224,00"))],
  labels=dict(amount="1224.00", reference="2026/038"),
  note="geometra; paid net of the 20% ritenuta (1464 - 240 = 1224, the sum actually sent); 'la sua fattura n. 38' -> 2026/038")

R("client-reply-paid", "L", ("Studio Pizzi Amministrazioni", "amministrazione@studiopizzi.bo.it"), "2026-11-16 11:30",
  "41/2026", """Gentile Dott. Moretti,

con riferimento al Vs. sollecito, si comunica che in data odierna è stato disposto dal c/c
condominiale del Condominio "Residenza Saragozza" – Via Saragozza 112, Bologna – il pagamento
della Vs. fattura n. 41/2026 (aggiornamento DVR portierato e sopralluogo del 22/09 u.s.).

Importo fattura: € 549,00
Ritenuta d'acconto 20% su imponibile € 450,00: € 90,00
Netto bonificato: € 459,00

La ritenuta sarà versata con modello F24 entro il 16 del mese successivo, come per legge; la
relativa certificazione Le verrà trasmessa nei termini.

Restiamo a disposizione e porgiamo cordiali saluti.

Rag. Loredana Pizzi
Studio Pizzi Amministrazioni Condominiali
Via dell'Indipendenza 58 – 40121 Bologna
Tel. 051 234 8871 – Iscritta ANACI n. 1127

--
Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute nella presente comunicazione
sono riservate ed esclusivamente indirizzate al destinatario. Qualora il messaggio Le fosse
pervenuto per errore, La preghiamo di eliminarlo e di darcene notizia. Il condominio è sostituto
d'imposta ai sensi dell'art. 25-ter DPR 600/73.
""", amount=549.00, due="2026-10-31", step="reminder", sal="Spett.le Condominio Residenza Saragozza,",
  style="none", mailer="thunderbird",
  labels=dict(amount="459.00", reference="41/2026"),
  note="amministratore di condominio; condominium withholds 20% ritenuta: the net actually wired is 459 (549 is the invoice total)")

R("client-reply-paid", "A", ("Parrocchia San Michele Arcangelo", "segreteria@parrocchiasanmichele-cremona.it"),
  "2026-11-28 10:05", "31/2026", """Buongiorno signora Rossi,

sono Ornella della segreteria parrocchiale. Don Franco mi ha detto di dirle che il bonifico per i
manifesti e i santini della festa patronale l'ha fatto giovedì la banca (BCC), sono 380 euro.
Ci scusi per il ritardo ma il Consiglio per gli affari economici si riunisce una volta al mese e
senza la firma del parroco non si muove niente!

Grazie ancora per il bel lavoro, sono piaciuti a tutti, anche al Vescovo.
Un caro saluto e buon Avvento

Ornella Bertoldi
Segreteria Parrocchia S. Michele Arcangelo
(aperta mar e ven 9-12)
""", amount=380.00, due="2026-11-15", step="reminder", sal="Spett.le Parrocchia San Michele Arcangelo,",
  style="gmail",
  labels=dict(amount="380.00"),
  note="parrocchia secretary; 'il bonifico l'ha fatto giovedì la banca' = paid; no invoice number in her text")

R("client-reply-paid", "D", ("Nino Privitera", "trattoriadanino.ct@gmail.com"), "2026-11-14 23:47",
  "2026/045", """Davide carissimo ti fici u bonifico stamatina, 650 euro pi li foto do menù. Scusami ma a
novembre cca è un macello, tra matrimoni e cresime nun c'haiu tempu mancu pi respirari. Quannu
passi di ccà ti offru na granita e na brioscia.
Nino

Inviato da iPhone""", amount=650.00, due="2026-11-10", step="due", sal="Gentile Nino Privitera,",
  style="apple", mailer="iphone",
  labels=dict(amount="650.00"),
  note="Sicilian dialect: 'ti fici u bonifico stamatina' = I made the transfer this morning")

R("client-reply-paid", "C", ("Federico Sala", "fede@kibo.app"), "2026-12-03 22:10",
  "52/2026", """hey Chiara! 👋 sorry for the delay, dicembre è folle
fatto ora il bonifico per la 52/2026, dovrebbe arrivarti domani (è istantaneo? boh, dipende da Qonto 🙃)

btw ci sentiamo lunedì per lo sprint planning? ho 3 idee per la dashboard 🚀

—
Fede
CEO & co-founder @ Kibo
kibo.app · we're hiring!""", amount=2440.00, due="2026-11-30", step="due", sal="Spett.le Kibo srl,",
  style="gmail",
  labels=dict(reference="52/2026"),
  note="startup CEO, Slack-style mixed it/en; 'fatto ora il bonifico' = paid, plus an unrelated question")

R("client-reply-paid", "G", ("Marco Ferraro", "marco.ferraro72@libero.it"), "2026-11-25 18:20",
  "58/2026", """Gentile Signorina Esposito,

Le scrivo con l'aiuto di mio nipote Marco perché io con il computer non ci so fare.
Lunedì sono andata all'ufficio postale e ho fatto il bonifico di euro centoventi (120,00) per la
traduzione dei documenti della pensione tedesca. L'impiegato mi ha dato la ricevuta, mio nipote
l'ha fotografata e gliela mando qui sotto.

La ringrazio tanto per la pazienza e per avermi spiegato tutto al telefono, Lei è stata molto
gentile. Le auguro un buon Natale anche se è presto.

Distinti saluti
Giuseppina Ferraro
""", amount=120.00, due="2026-11-20", step="reminder", sal="Gentile Giuseppina Ferraro,", style="none",
  mailer="libero",
  attach=[("IMG_20261123_104512.jpg", "image/jpeg", fake_jpg("ricevuta posta ferraro"))],
  labels=dict(amount="120.00"),
  note="elderly client writing through her grandson's mailbox (From is the grandson); amount in words and figures")

R("client-reply-paid", "A", ("Dott. Paolo Ricci", "p.ricci@studioricci-commercialisti.it"), "2026-11-05 16:42",
  "9/2026", """Gentile dott.ssa Rossi,

scrivo per conto della mia cliente Bottega Sartori di Elisa Sartori, che mi ha girato il Suo
sollecito.

Le confermo che la fattura n. 9/2026 è stata pagata con bonifico del 30/10/2026 di € 854,00
(CRO 0306912345678901), disposto sull'IBAN IT60X0542811101000000123456 indicato in fattura.
Considerati i tempi tecnici, l'accredito dovrebbe risultarle a giorni: Le chiedo cortesemente di
verificare e, se del caso, di aggiornare la Sua posizione.

Cordiali saluti

Dott. Paolo Ricci
Dottore Commercialista – Revisore Legale
Studio Ricci Commercialisti Associati
Corso Cavour 19 – 37121 Verona
Tel. 045 800 1723

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La
diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni
sono rigorosamente vietate (art. 616 c.p., Reg. UE 2016/679).
""", amount=854.00, due="2026-10-31", step="reminder", sal="Spett.le Bottega Sartori,", style="outlook",
  prefix="R: ", mailer="outlook", cc=[("Elisa Sartori", "info@bottegasartori.it")],
  labels=dict(amount="854.00", reference="9/2026"),
  note="commercialista writes for the client: paid on 30/10 with CRO, asks to check - still paid")

R("client-reply-paid", "G", ("Gennaro Capuano", "pizzeriaovesuvio@gmail.com"), "2026-12-10 15:31",
  "60/2026", """Giulia bella tutto a posto, 'o bonifico l'aggio fatto aiere, trecento euro tunne tunne pe' 'a
traduzione d'o sito d'a pizzeria. Nun te preoccupà, nuje 'e cunte 'e pavammo sempe, magari tarde
ma 'e pavammo 😂
Statte bbona e salutame a mammà
Gennaro""", amount=300.00, due="2026-11-30", step="reminder", sal="Gentile Gennaro Capuano,",
  style="gmail",
  labels=dict(amount="300.00"),
  note="Neapolitan: 'o bonifico l'aggio fatto aiere' = I made the transfer yesterday; 'trecento euro tunne tunne' = exactly 300")

R("client-reply-paid", "A", ("Roberto Zanella", "robi.zanella@alice.it"), "2026-11-20 07:55",
  "27/2026", """buongiorno alessandra ho fatto il bonifico ieri sera dall app della banca sono 488 euro per la fattura delle etichette del vino se non arriva fammi sapere che controllo grazie ciao roberto

Inviato dal mio dispositivo Galaxy""", amount=488.00, due="2026-11-15", step="reminder",
  sal="Gentile Roberto Zanella,", style="android", mailer="android",
  labels=dict(amount="488.00"),
  note="one line, no punctuation; 'se non arriva fammi sapere' does not weaken the paid claim")

R("client-reply-paid", "L", ("Istituto Comprensivo G. Pascoli - Segreteria", "mbic84500x@istruzione.it"),
  "2026-11-20 12:14", "47/2026", """Oggetto: Vs. fattura elettronica n. 47/2026 – comunicazione avvenuto pagamento
Prot. n. 6612/VI.3 del 20/11/2026

Con riferimento alla fattura in oggetto, relativa al corso di formazione antincendio rischio
medio per il personale ATA e docente (CIG Z1A3B4C5D6), si comunica che è stato emesso il mandato
di pagamento n. 312 del 18/11/2026, quietanzato dall'Istituto cassiere in data 19/11/2026, per
l'importo di € 1.000,00 (imponibile).

L'IVA pari a € 220,00 è stata trattenuta e sarà versata direttamente all'Erario da questa
Istituzione scolastica ai sensi dell'art. 17-ter del DPR 633/1972 (scissione dei pagamenti).

Distinti saluti.

IL DIRETTORE DEI SERVIZI GENERALI E AMMINISTRATIVI
Dott.ssa Anna Maria Colombo
(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, c. 2, D.Lgs. 39/1993)

Istituto Comprensivo Statale "Giovanni Pascoli"
Via Marconi 14 – 20900 Monza (MB) – C.F. 94581230150 – Codice Univoco Ufficio UFK3Q9
""", amount=1220.00, due="2026-11-10", step="reminder", sal="Spett.le Istituto Comprensivo G. Pascoli,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(amount="1000.00", reference="47/2026"),
  note="school, split payment: mandato quietanzato = paid; only the imponibile (1000) is paid to the supplier, IVA goes to the Erario")

R("client-reply-paid", "G", ("Comune di Sorrento - Servizio Ragioneria", "ragioneria@comune.sorrento.na.it"),
  "2026-12-11 13:02", "61/2026", "", html_only=True, html_body="""<div style="font-family:Verdana;font-size:10pt">
<p><b>COMUNE DI SORRENTO</b><br>Città Metropolitana di Napoli<br>Settore Servizi Finanziari – Servizio Ragioneria</p>
<p>Protocollo n. 0018734/2026 del 11/12/2026</p>
<p>Alla Dott.ssa Giulia Esposito<br>giulia@espositotraduzioni.it</p>
<p><b>Oggetto:</b> riscontro Vs. sollecito – fattura n. 61/2026 del 02/10/2026 (traduzione in lingua inglese e tedesca
della guida turistica &quot;Sorrento tra mare e agrumi&quot;).</p>
<p>In riscontro alla Vs. comunicazione, si rappresenta che con determina di liquidazione n. 845 del 02/12/2026
del Settore Turismo e Cultura è stata disposta la liquidazione della fattura in oggetto e che in data
09/12/2026 questo Servizio ha emesso il mandato di pagamento n. 2231, regolarmente eseguito dal Tesoriere
comunale, per l'importo di <b>€ 2.450,00</b>.</p>
<p>L'IVA relativa, pari a € 539,00, è stata trattenuta dall'Ente ai sensi dell'art. 17-ter del D.P.R. 633/1972
(split payment).</p>
<p>Cordiali saluti.</p>
<p>Il Responsabile del Servizio<br>Dott. Raffaele Iaccarino</p>
<p style="font-size:8pt;color:#777">Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate.</p>
</div>""", amount=2989.00, due="2026-11-30", step="reminder", sal="Spett.le Comune di Sorrento,",
  style="gmail", html_quote=False, mailer="outlook",
  labels=dict(amount="2450.00", reference="61/2026"),
  note="Comune, HTML only, protocollo + determina di liquidazione + mandato eseguito = paid; imponibile only (split payment)")

R("client-reply-paid", "C", ("Mirko Bernasconi", "m.bernasconi@bernasconi-serramenti.ch"), "2026-12-04 16:48",
  "55/2026", """Buongiorno signora Lombardi

Le confermo che il pagamento della fattura 55/2026 di EUR 1'830.00 è stato eseguito oggi tramite
e-banking PostFinance, data valuta lunedì. Essendo un bonifico verso l'Italia potrebbe volerci un
giorno in più.

Cordiali saluti

Mirko Bernasconi
Direzione amministrativa
Bernasconi Serramenti SA
Via Industria 7 – CH-6850 Mendrisio
Tel. +41 91 646 22 10
""", tz="Europe/Zurich", amount=1830.00, due="2026-11-30", step="due", sal="Spett.le Bernasconi Serramenti SA,",
  style="outlook", mailer="outlook", prefix="AW: ",
  labels=dict(amount="1830.00", reference="55/2026"),
  note="Ticino client, Swiss number format 1'830.00 in EUR; AW: prefix from a German-language Outlook")

R("client-reply-paid", "A", ("Sara Melchiorri", "sara@pasticceriamelchiorri.it"), "2026-12-07 12:20",
  "17/2026", """Ciao Ale, ecco la contabile della 17 👇 scusa ma me n'ero proprio dimenticata!!

Sara

---------- Forwarded message ---------
Da: Banca Sella <noreply@sella.it>
Date: lun 7 dic 2026 alle ore 12:14
Subject: Conferma disposizione bonifico SEPA
To: <sara@pasticceriamelchiorri.it>


Gentile Cliente,
la disposizione di bonifico da Lei inserita tramite Sella App è stata eseguita.

Ordinante: PASTICCERIA MELCHIORRI SNC
Beneficiario: ALESSANDRA ROSSI
IBAN beneficiario: IT60X0542811101000000123456
Importo: 732,00 EUR
Causale: SALDO FT 17 2026
Data esecuzione: 07/12/2026
Data valuta beneficiario: 08/12/2026
TRN: 0326120799884412IT

Cordiali saluti
Banca Sella S.p.A.
""", amount=732.00, due="2026-11-30", step="reminder", sal="Spett.le Pasticceria Melchiorri snc,",
  style="none",
  labels=dict(amount="732.00", reference="17/2026"),
  note="forwarded bank confirmation with 'ecco la contabile della 17'; the forward is not the bank's own notice -> client-reply-paid")

R("client-reply-paid", "A", ("Bepi Tonon", "osteria.alponte@gmail.com"), "2026-11-30 10:40",
  "29/2026", """Ciao Alessandra,
xe tuto a posto, go fato el bonifico venerdì, 427 euri. Scusa tanto, semo stai in ferie in
Croazia e gavevo 'a testa da 'n'altra parte. I menù nuovi i xe bełissimi, i clienti i li varda
pì dei piati 😄
Se vedemo, ciao
Bepi
Osteria al Ponte - Treviso""", amount=427.00, due="2026-11-20", step="reminder",
  sal="Spett.le Osteria al Ponte,", style="gmail",
  labels=dict(amount="427.00"),
  note="Venetian dialect: 'go fato el bonifico venerdì' = paid last Friday; 'euri'")

R("client-reply-paid", "D", ("Contabilità Fornitori - Grandi Cantine Valpolicella", "contabilita.fornitori@grandicantinevalpolicella.it"),
  "2026-12-01 09:02", "2026/044", """Gentile fornitore,

in riscontro alla Vs. comunicazione, Vi informiamo che la fattura n. 2026/044 del 15/10/2026 è
stata inserita nella distinta di pagamento del 30/11/2026, eseguita in pari data con valuta
fissa per il beneficiario 02/12/2026.

Importo: € 2.196,00

Per eventuali ulteriori necessità Vi preghiamo di scrivere a questo indirizzo indicando sempre
numero e data del documento.

Cordiali saluti

Ufficio Contabilità Fornitori
Grandi Cantine Valpolicella S.p.A.
Via Cà de Bertoldi 3 – 37029 San Pietro in Cariano (VR)
""", amount=2196.00, due="2026-11-29", step="due", sal="Spett.le Grandi Cantine Valpolicella S.p.A.,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(amount="2196.00", reference="2026/044"),
  note="accounts payable (human, not a remittance platform): 'inserita nella distinta ... eseguita' = paid")

R("client-reply-paid", "C", ("Marco Vitale", "marco.vitale@officinevitale.it"), "2026-12-15 19:03",
  "59/2026", """Fatto ora. Scusa.

Marco

Inviato da iPhone""", amount=1098.00, due="2026-11-20", step="late_fee", fees=True,
  sal="Spett.le Officine Vitale srl,", style="apple", mailer="iphone",
  note="two words over a late-fee reminder with interest lines: 'Fatto ora' = paid; amounts in the quote must not be taken")

R("client-reply-paid", "D", ("Immobiliare Portoni", "info@immobiliareportoni.it"), "2026-11-12 17:25",
  "2026/040", """Buonasera Davide,

ho controllato con la mia collega: abbiamo saldato entrambe le fatture di ottobre (foto
dell'attico di via Mazzini e della villetta a Bussolengo) con un unico bonifico martedì scorso,
in tutto 1.342 euro. Forse nella causale c'era solo il nome dell'agenzia e per questo non l'hai
abbinato.

Ciao e a presto per il rustico di Negrar!
Elisa Portoni
Immobiliare Portoni – Verona
""", amount=671.00, due="2026-11-05", step="reminder", sal="Spett.le Immobiliare Portoni,",
  style="gmail",
  labels=dict(amount="1342.00"),
  note="two invoices paid with one transfer, no numbers in her text ('le fatture di ottobre') -> no reference; amount is the total she states")

R("client-reply-paid", "C", ("Studio Gatti & Melis", "segreteria@studiogattimelis.it"), "2026-12-01 11:17",
  "49/2026", """Buongiorno,

per conto della Farmacia Centrale del dott. Melis Le comunichiamo che la fatt. 49 è stata pagata
il 27/11 u.s. tramite bonifico ordinario. L’importo netto bonificato è di € 1.020,00 (totale
fattura € 1.220,00 al netto della ritenuta d’acconto di € 200,00 sull’imponibile di € 1.000,00).

La certificazione della ritenuta Le sarà inviata entro il 16 marzo p.v.

Cordiali saluti
Simona – Studio Associato Gatti & Melis
Dottori Commercialisti
Viale Trieste 93 – 09123 Cagliari
""", amount=1220.00, due="2026-11-25", step="due", sal="Spett.le Farmacia Centrale,",
  style="outlook_old", mailer="outlook", prefix="RE: ", charset="iso-8859-1", codec="cp1252",
  labels=dict(amount="1020.00", reference="49/2026"),
  note="accountant's office for the client; iso-8859-1 declared with cp1252 curly apostrophes; net of ritenuta 1020 is the sum sent")

R("client-reply-paid", "D", ("Hotel Rosengarten", "info@hotelrosengarten-fassa.it"), "2026-12-06 21:14",
  "2026/036", """Ciao Davide!

Scusa se ti rispondo solo adesso ma qui siamo nel delirio dell'apertura: la neve è arrivata
finalmente (70 cm a Pozza questa settimana!) e abbiamo aperto il 4 con l'hotel quasi pieno.
Le nuove camere superior al secondo piano sono finite, finalmente, con il legno di cirmolo e le
stufe in maiolica che ti avevo fatto vedere in foto: secondo me vengono benissimo anche d'inverno
con la luce del tramonto sul Catinaccio.

Ti andrebbe di tornare su a gennaio, tra il 10 e il 20, per fare le foto delle camere nuove e
della spa? Magari una mattina con il sole e un pomeriggio per gli interni. Mandami pure un
preventivo, come l'anno scorso più o meno, e dimmi quando saresti libero. Vitto e alloggio
ovviamente offerti da noi come sempre.

Ah, la fattura delle foto estive l'ha pagata mia moglie la settimana scorsa, dovresti averla
vista arrivare.

Un abbraccio dalla valle e salutami la Laura
Martin

Martin Pederiva
Hotel Rosengarten *** – Strada de Sèn Nicolò 12 – 38036 Pozza di Fassa (TN)
www.hotelrosengarten-fassa.it
""", amount=1708.00, due="2026-11-30", step="reminder", sal="Spett.le Hotel Rosengarten,",
  style="gmail",
  html_body="""<div dir="ltr"><p>Ciao Davide!</p>
<p>Scusa se ti rispondo solo adesso ma qui siamo nel delirio dell'apertura: la neve è arrivata finalmente (70 cm a Pozza questa settimana!) e abbiamo aperto il 4 con l'hotel quasi pieno. Le nuove camere superior al secondo piano sono finite, finalmente, con il legno di cirmolo e le stufe in maiolica che ti avevo fatto vedere in foto: secondo me vengono benissimo anche d'inverno con la luce del tramonto sul Catinaccio.</p>
<p>Ti andrebbe di tornare su a gennaio, tra il 10 e il 20, per fare le foto delle camere nuove e della spa? Magari una mattina con il sole e un pomeriggio per gli interni. Mandami pure un preventivo, come l'anno scorso più o meno, e dimmi quando saresti libero. Vitto e alloggio ovviamente offerti da noi come sempre.</p>
<p>Ah, la fattura delle foto estive l'ha pagata mia moglie la settimana scorsa, dovresti averla vista arrivare.</p>
<p>Un abbraccio dalla valle e salutami la Laura<br>Martin</p>
<p style="color:#555;font-size:small">Martin Pederiva<br>Hotel Rosengarten *** – Strada de Sèn Nicolò 12 – 38036 Pozza di Fassa (TN)<br><a href="http://www.hotelrosengarten-fassa.it">www.hotelrosengarten-fassa.it</a></p></div>""",
  labels={},
  note="long chatty mail about a new job; one sentence says the invoice was paid last week by his wife")

R("client-reply-paid", "L", ("ASD Polisportiva Borgo Panigale", "tesoriere@polisportivaborgo.it"), "2026-11-18 20:41",
  "44/2026", """Buonasera,

guardi che noi la fattura 44/2026 l'abbiamo pagata il 3 novembre, 350 € tondi come da
preventivo per il corso BLSD. Le allego lo screenshot dell'home banking.
Forse ha controllato male o il bonifico è finito su un altro conto, mi faccia sapere.

Saluti
Claudio Neri
Tesoriere ASD Polisportiva Borgo Panigale
""", amount=350.00, due="2026-11-10", step="reminder", sal="Spett.le ASD Polisportiva Borgo Panigale,",
  style="gmail", mailer="thunderbird",
  attach=[("Screenshot 2026-11-18 alle 20.37.12.png", "image/png", fake_png("hb polisportiva"))],
  labels=dict(amount="350.00", reference="44/2026"),
  note="slightly annoyed 'we already paid on 3 November' with screenshot")

R("client-reply-paid", "A", ("Cooperativa Sociale Il Girasole", "amministrazione@coopilgirasole.org"),
  "2027-02-12 14:55", "3/2027", "", html_only=True, html_body="""<div class="WordSection1">
<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">Buongiorno,<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">vi informiamo che il bonifico relativo alla fattura n. 3/2027 (impaginazione bilancio sociale 2026) è stato effettuato in data odierna, 12/02/2027, con valuta 15/02/2027, per l'importo di € 305,00.<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">Cordiali saluti<o:p></o:p></span></p>
<table border="0" cellpadding="0" style="border-top:solid #F4B400 2.25pt"><tr><td style="padding:6pt">
<p class="MsoNormal"><b><span style="font-size:9.0pt;color:#F4B400">Cooperativa Sociale Il Girasole – ONLUS</span></b><span style="font-size:9.0pt"><br>Ufficio amministrativo – Monica Ferri<br>Via dei Mille 22 – 26100 Cremona<br>Tel. 0372 45 19 07</span></p>
</td></tr></table>
</div>""", amount=305.00, due="2027-02-05", step="reminder", sal="Spett.le Cooperativa Sociale Il Girasole,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(amount="305.00", reference="3/2027"),
  note="Outlook HTML only with Word markup and a signature table; 2027 invoice number")

R("client-reply-paid", "C", ("Studio Dentistico Dr. Aldo Ferrante", "segreteria@studioferrante.it"),
  "2027-01-20 10:12", "71/2026", """Buongiorno Chiara,

la ft 71/26 l'abbiamo pagata ieri con bonifico.
Una cosa però: il nostro commercialista dice che sulla fattura elettronica il codice destinatario
non è quello giusto (il nostro è M5UXCR1, non 0000000). Potresti rimandarla allo SdI con il codice
corretto? Così lui la trova nel cassetto fiscale.

Grazie mille
Daniela – segreteria
Studio Dentistico Dr. Aldo Ferrante
""", amount=915.00, due="2027-01-15", step="reminder", sal="Spett.le Studio Dentistico Ferrante,",
  style="gmail",
  labels=dict(reference="71/2026"),
  note="paid + a question about re-sending the e-invoice with the right SDI code: paid wins; 'ft 71/26' -> 71/2026")

R("client-reply-paid", "A", ("Lorenzo Pavan", "lorenzo.pavan.pastry@gmail.com"), "2026-12-22 08:03",
  "33/2026", """fatto ✅ scusa il ritardo, sotto natale qui in laboratorio non capisco più niente 🎄🍰""",
  amount=280.00, due="2026-12-15", step="reminder", sal="Gentile Lorenzo Pavan,", style="gmail",
  note="emoji one-liner 'fatto ✅' with no payment verb = paid")

R("client-reply-paid", "D", ("Tipografia Grafiche Adige", "amministrazione@graficheadige.it"),
  "2026-11-19 15:26", "2026/042", """Buongiorno,

la fattura è stata pagata il 10 novembre, € 915,00. Però ora che mi fa notare che non le risulta,
mi sono accorta che nella nostra anagrafica fornitori avevamo ancora il suo vecchio IBAN (quello
di Unicredit). La banca ci dice che il bonifico è andato a buon fine, quindi i soldi dovrebbero
essere sul suo vecchio conto: può controllare? Nel frattempo abbiamo aggiornato l'anagrafica con
il nuovo IBAN.

Cordiali saluti
Patrizia Lonardi
Ufficio Amministrazione – Grafiche Adige srl
""", amount=915.00, due="2026-11-05", step="reminder", sal="Spett.le Grafiche Adige srl,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(amount="915.00"),
  note="paid, but to the freelancer's old IBAN; still a paid claim (with a request to check)")

R("client-reply-paid", "L", ("Armando Testa", "ferramentatesta@virgilio.it"), "2026-12-02 09:47",
  "50/2026", """BUONGIORNO SIGNOR MORETTI.
HO PAGATO IN BANCA LA SUA FATTURA DEL DOCUMENTO DELLA SICUREZZA IERI MATTINA. ME L HA FATTO LA
RAGAZZA DELLO SPORTELLO.
SALUTI
ARMANDO TESTA
FERRAMENTA TESTA DAL 1962""", amount=366.00, due="2026-11-30", step="due",
  sal="Spett.le Ferramenta Testa,", style="libero", mailer="libero",
  note="elderly shop owner, ALL CAPS, no number: paid at the bank counter yesterday")

R("client-reply-paid", "C", ("Monica Galli - Tecnoplast srl", "amministrazione@tecnoplast-srl.it"),
  "2026-11-26 17:05", "56/2026", """Buonasera, inoltro la conferma della nostra banca.
Cordialità
Monica Galli
Amministrazione Tecnoplast srl

-----Messaggio originale-----
Da: Intesa Sanpaolo <inbiz@intesasanpaolo.com>
Inviato: giovedì 26 novembre 2026 16:58
A: amministrazione@tecnoplast-srl.it
Oggetto: Inbiz - Esito disposizione

Gentile Cliente,
La informiamo che la disposizione sotto indicata è stata ESEGUITA.

Tipo operazione: Bonifico SEPA
Conto di addebito: 1000/00012345
Beneficiario: LOMBARDI CHIARA
Importo: EUR 1.586,00
Data regolamento: 26/11/2026
Riferimento: FATT. 56/2026 MANUTENZIONE GESTIONALE
CRO: 1101263301234567

Intesa Sanpaolo S.p.A.
""", amount=1586.00, due="2026-11-20", step="reminder", sal="Spett.le Tecnoplast srl,",
  style="none", mailer="outlook",
  labels=dict(amount="1586.00"),
  note="client forwards the bank's execution notice with one line of her own -> client-reply-paid, not payment-notification; number only in the bank's text")

R("client-reply-paid", "D", ("Salvatore Amato", "salvo.amato1951@tiscali.it"), "2026-12-14 11:22",
  "2026/047", """Egregio signor Conti,

ho ricevuto la sua lettera e mi sono un poco meravigliato. Il saldo delle fotografie della festa
dei cinquant'anni di matrimonio glielo ho dato io in contanti, duecento euro, venerdì 4 quando lei
è passato a portare l'album, si ricorda? C'era anche mia figlia Rosalia.
Se le serve, mi faccia pure la ricevuta e me la mandi per posta.

Cordiali saluti
Salvatore Amato
""", amount=200.00, due="2026-12-05", step="reminder", sal="Gentile Salvatore Amato,",
  style="none", mailer="generic",
  labels=dict(amount="200.00"),
  note="elderly client, paid in cash in person ('glielo ho dato io in contanti')")

R("client-reply-paid", "L", ("ASL Città di Torino - S.C. Bilancio e Contabilità", "contabilita.fornitori@aslcittaditorino.it"),
  "2027-01-14 10:31", "63/2026", """Oggetto: Fattura n. 63/2026 del 30/10/2026 – Moretti Luca – comunicazione di pagamento

Con riferimento alla Sua richiesta, si comunica che la fattura in oggetto è stata liquidata con
provvedimento n. 14/LIQ del 28/12/2026 e pagata con ordinativo n. 118 del 12/01/2027.

Importo liquidato al fornitore: € 3.500,00
IVA (scissione dei pagamenti art. 17-ter DPR 633/72): € 770,00 versata all'Erario

Il dettaglio dei pagamenti è consultabile anche sulla Piattaforma dei Crediti Commerciali (PCC).

Distinti saluti

S.C. Bilancio e Contabilità – Ufficio Pagamenti Fornitori
ASL Città di Torino
Via San Secondo 29 – 10128 Torino

Le informazioni contenute in questo messaggio di posta elettronica sono riservate e
confidenziali e ne è vietata la diffusione in qualunque modo eseguita. Qualora Lei non fosse la
persona a cui il presente messaggio è destinato, La invitiamo ad eliminarlo.
""", amount=4270.00, due="2026-12-29", step="reminder", sal="Spett.le ASL Città di Torino,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(amount="3500.00", reference="63/2026"),
  note="ASL (human office mail): liquidata + ordinativo di pagamento = paid; split payment, supplier receives 3500")

R("client-reply-paid", "A", ("Katia Salon", "katia.hairstyle@gmail.com"), "2026-11-07 13:40",
  "24/2026", """Ciao Alessandra!! Ti ho mandato adesso 90 € su Satispay per i biglietti da visita, non avevo
il tuo iban sotto mano e così facevo prima 😘 dimmi se ti è arrivato
Katia""", amount=90.00, due="2026-11-05", step="due", sal="Gentile Katia Salon,", style="gmail", cte="base64",
  labels=dict(amount="90.00"),
  note="hairdresser paid via Satispay instead of bank transfer")

R("client-reply-paid", "G", ("Francesca Moretti", "francesca.moretti.uk@gmail.com"), "2026-12-18 22:36",
  "65/2026", """Ciao Giulia,

ti ho mandato i soldi con Wise dieci minuti fa, dovrebbero arrivarti 640 € esatti (ho messo io
le commissioni). Scusami, qui a Londra con il lavoro nuovo non ho avuto un attimo e la banca
inglese mi faceva storie per i bonifici in euro.

Grazie ancora per la traduzione giurata del diploma, il NARIC l'ha accettata subito!

Fra x""", tz="Europe/London", amount=640.00, due="2026-12-10", step="reminder",
  sal="Gentile Francesca Moretti,", style="gmail",
  labels=dict(amount="640.00"),
  note="Italian client writing from London (Europe/London); paid via Wise, amount received in EUR")

R("client-reply-paid", "C", ("Gianni Furlan", "g.furlan@furlanimpianti.it"), "2026-12-09 08:51",
  "66/2026", """Buongiorno Chiara,
la 66 l'abbiamo pagata insieme alla 65 con un unico bonifico da 1.708 euro il 4 dicembre, causale
"ft 65-66". Controlla bene, grazie.
Gianni Furlan
Furlan Impianti snc""", amount=854.00, due="2026-12-05", step="reminder", sal="Spett.le Furlan Impianti snc,",
  style="apple", mailer="apple",
  labels=dict(amount="1708.00", reference="66/2026"),
  note="the invoice asked about (66) was paid together with 65 in one transfer of 1708 (the amount he states)")

R("client-reply-paid", "G", ("Cantina Sottimano - Amministrazione", "amministrazione@cantinasottimano.it"),
  "2027-02-03 12:08", "4/2027", """Buongiorno Giulia,
pagata ieri, ci scusiamo per il ritardo: in gennaio abbiamo cambiato gestionale e alcune scadenze
ci sono sfuggite.
Le manderemo anche l'ordine per le schede tecniche in tedesco quando partiamo con il Prowein.

Cordiali saluti
Elena Sottimano""", amount=488.00, due="2027-01-31", step="reminder", sal="Spett.le Cantina Sottimano,",
  style="outlook", mailer="outlook", prefix="R: ",
  note="'pagata ieri' + an undated vague 'will also send an order' -> stays paid")

# ------------------------------------------------------------------------------- PROMISE ----
R("client-reply-promise", "C", ("Comune di Castelnuovo Rangone - Area Finanziaria", "ragioneria@comune.castelnuovo-rangone.mo.it"),
  "2026-12-15 12:40", "64/2026", """Prot. n. 21457 del 15/12/2026

OGGETTO: Vs. fattura n. 64/2026 del 16/10/2026 – rifacimento sito istituzionale dell'Ente
(CIG B2C7E11A05) – riscontro a sollecito.

In riferimento alla Vs. comunicazione, si informa che la fattura in oggetto è stata accettata sulla
piattaforma SdI e che il Settore Affari Generali ha adottato in data 14/12/2026 la determina di
liquidazione n. 1187.
Il mandato di pagamento sarà emesso da questo Servizio entro il 31 dicembre, per l'importo
imponibile di € 3.200,00; l'IVA, pari a € 704,00, sarà versata direttamente all'Erario in
regime di scissione dei pagamenti (art. 17-ter DPR 633/1972).

Distinti saluti

Il Responsabile dell'Area Finanziaria
Rag. Marisa Bellei

COMUNE DI CASTELNUOVO RANGONE – Via Roma 1 – 41051 (MO) – PEC comune.castelnuovo@cert.comune.castelnuovo-rangone.mo.it
""", amount=3904.00, due="2026-12-10", step="reminder", sal="Spett.le Comune di Castelnuovo Rangone,",
  style="outlook", mailer="outlook", prefix="Rif: ",
  labels=dict(amount="3200.00", reference="64/2026", promised_date="2026-12-31"),
  note="Comune: determina di liquidazione adopted, mandato 'sarà emesso entro il 31 dicembre' = promise; split payment, only the imponibile is promised")

R("client-reply-promise", "L", ("Studio Amministrazioni Cattaneo", "studio@amministrazionicattaneo.it"),
  "2026-12-09 17:20", "52/2026", """Egregio Dott. Moretti,

ricevo il Suo sollecito relativo alla fattura n. 52/2026 (corso di formazione per il portiere
e nomina RSPP) intestata al Condominio "Il Parco" di Via Novara 210.

La informo che il fondo cassa del condominio, al momento, non presenta la disponibilità
necessaria: diversi condomini sono in arretrato con le rate e la spesa non era prevista nel
preventivo ordinario. Il pagamento potrà essere effettuato dopo l'approvazione del rendiconto
nell'assemblea ordinaria, già convocata per il 20 gennaio, nella quale porrò la voce all'ordine
del giorno.

Mi scuso per il disagio e resto a disposizione.

Cordiali saluti
Dott. Alberto Cattaneo
Amministratore condominiale – Studio Amministrazioni Cattaneo
Via Sempione 44 – 20154 Milano
""", amount=732.00, due="2026-11-30", step="reminder", sal="Spett.le Condominio Il Parco,",
  style="gmail", mailer="thunderbird",
  labels=dict(reference="52/2026"),
  note="amministratore: will pay after the assembly of 20 January = promise without a date ('after X' is vague)")

R("client-reply-promise", "D", ("Pizzeria 'O Vesuvio", "ovesuvio.pizzeria@gmail.com"), "2026-11-17 16:05",
  "2026/043", """Davide scusa assaje, stu mese è stato nu burdello, se so' rotte 'e forno e aggio avuto 'a
pagà 'o tecnico. Te faccio 'o bonifico venerdì, parola mia. 'E foto so' bellissime, 'a gente
ce 'e fa 'e complimenti ncoppa a Instagram.
Ciro""", amount=480.00, due="2026-11-10", step="reminder", sal="Spett.le Pizzeria 'O Vesuvio,",
  style="gmail",
  labels=dict(promised_date="2026-11-20"),
  note="Neapolitan dialect; 'venerdì' from Tuesday 17 Nov = 20 Nov")

R("client-reply-promise", "C", ("Giacomo Ruggeri", "giacomo@nuvolalabs.io"), "2026-11-19 23:58",
  "57/2026", """ciao Chiara, my bad, avevo visto la mail e poi persa nel backlog 🙈
situazione: la tranche del seed entra il 27, pago la 57/2026 quel giorno stesso, promesso.
se vuoi ti giro anche lo screenshot del term sheet lol
g

--
Giacomo Ruggeri · CEO · Nuvola Labs
sent from Superhuman""", amount=3050.00, due="2026-11-15", step="reminder", sal="Spett.le Nuvola Labs srl,",
  style="gmail",
  labels=dict(reference="57/2026", promised_date="2026-11-27"),
  note="startup CEO, lowercase it/en; 'la tranche entra il 27, pago quel giorno' = promise for 27 Nov")

R("client-reply-promise", "A", ("Ettore Gallina", "ettore.gallina@tin.it"), "2026-11-18 10:15",
  "30/2026", """Gentile Signora Rossi,

ho ricevuto la Sua lettera sul computer, me l'ha letta mia moglie Rina perché io senza occhiali
non vedo niente.
Lei ha ragione, la fattura per gli inviti delle nostre nozze d'oro non l'ho ancora pagata, ma non
è che mi sono dimenticato. Io pago sempre tutto, da sessant'anni, lo chieda pure in paese.
Ai primi di dicembre, quando prendo la pensione, vado alla banca e la pago. Stia tranquilla.

Distinti saluti e ancora grazie per gli inviti che erano tanto belli, li hanno voluti tenere
tutti.

Ettore Gallina
""", amount=210.00, due="2026-11-10", step="reminder", sal="Gentile Ettore Gallina,", style="none",
  mailer="generic",
  note="elderly client; 'ai primi di dicembre quando prendo la pensione' = promise, vague date")

R("client-reply-promise", "D", ("Geom. Mauro Pellizzari", "studio@pellizzarigeometra.it"), "2027-01-11 08:37",
  "2026/061", """Buongiorno Davide,
ho visto adesso. La vostra 61 è rimasta indietro perché aspettavo che il cliente della villetta di
Creazzo mi pagasse la parcella, ma non voglio farla aspettare oltre: giovedì passo in banca e le
faccio il bonifico.
Nel frattempo le giro le planimetrie del nuovo lotto a Dueville, ci sono altri 4 render da fare.

Geom. Mauro Pellizzari
Studio Tecnico – Via Btg. Framarin 18 – Vicenza
""", amount=976.00, due="2026-12-31", step="reminder", sal="Gentile Mauro Pellizzari,", style="outlook",
  mailer="outlook", prefix="R: ",
  labels=dict(reference="2026/061", promised_date="2027-01-14"),
  note="geometra; 'giovedì' from Monday 11 Jan = 14 Jan; 'la vostra 61' -> 2026/061")

R("client-reply-promise", "C", ("Stefano Lanzi", "stefanolanzi@hotmail.it"), "2026-12-09 13:12",
  "62/2026", """ciao chiara scusa il ritardo ma sono stato due settimane in ospedale con mio padre e non ho aperto la posta ti pago entro il 15 promesso sono cose che capitano grazie per la pazienza ciao stefano""",
  amount=610.00, due="2026-11-30", step="reminder", sal="Gentile Stefano Lanzi,", style="outlook",
  mailer="outlook",
  labels=dict(promised_date="2026-12-15"),
  note="one line without punctuation; 'entro il 15' on 9 Dec = 15 Dec")

R("client-reply-promise", "G", ("Parrocchia S. Maria Assunta", "parrocchia.assunta.treviglio@gmail.com"),
  "2027-01-21 18:30", "67/2026", """Gentile dottoressa Esposito,

sono don Luigi. Mi scuso per il ritardo nel saldo della traduzione delle lettere per il
gemellaggio con la parrocchia di Cracovia: nel periodo natalizio la segreteria è rimasta chiusa
e io, lo confesso, con la banca online non sono molto pratico.
Il nostro economo, il signor Brambilla, viene in parrocchia il martedì e si occupa lui dei
bonifici: martedì glielo faccio fare senz'altro.

La ringrazio ancora per il lavoro, i polacchi sono stati contentissimi.
Un saluto cordiale e una benedizione

don Luigi Cortinovis
Parroco – Parrocchia S. Maria Assunta
""", amount=340.00, due="2026-12-31", step="reminder", sal="Spett.le Parrocchia S. Maria Assunta,",
  style="gmail",
  labels=dict(promised_date="2027-01-26"),
  note="parish priest; 'martedì' from Thursday 21 Jan = 26 Jan")

R("client-reply-promise", "L", ("Trattoria Da Gigio", "dagigio.chioggia@libero.it"), "2026-12-23 15:48",
  "55/2026", """Ciao Luca,
go visto 'a to mail. Xe un momento che no se ghe ne vien fora, co' i pranzi de Nadal semo pieni
fin sora i cavei e i fornitori i vol tuti i schei prima de le feste.
Te pago dopo l'Epifania, co' xe finie 'e feste, sta tranquio che no scampo 😄
Bon Nadal a ti e famegia
Gigio""", amount=427.00, due="2026-12-15", step="reminder", sal="Spett.le Trattoria Da Gigio,",
  style="libero", mailer="libero",
  note="Venetian dialect; 'dopo l'Epifania' = promise, vague (no date)")

R("client-reply-promise", "A", ("Dott.ssa Laura Benedetti", "l.benedetti@studiobenedetti.it"), "2027-01-12 11:05",
  "36/2026", """Gentile dott.ssa Rossi,

sono la commercialista della Sig.ra Chiara Fumagalli (Fumagalli Home Design). La mia cliente mi
ha girato il Suo sollecito relativo alla fattura n. 36/2026 e mi ha autorizzato a disporre il
pagamento dal conto aziendale, che gestiamo noi per delega.

Il bonifico sarà disposto con la valuta del 20, insieme agli altri pagamenti fornitori del mese.

Cordiali saluti
Dott.ssa Laura Benedetti
Studio Benedetti – Consulenza fiscale e societaria
Via Manzoni 7 – 23900 Lecco
""", amount=1159.00, due="2026-12-31", step="reminder", sal="Spett.le Fumagalli Home Design,",
  style="outlook", mailer="outlook", prefix="R: ", cc=[("Chiara Fumagalli", "chiara@fumagallihome.it")],
  labels=dict(reference="36/2026", promised_date="2027-01-20"),
  note="commercialista for the client; 'con la valuta del 20' on 12 Jan = 20 Jan")

R("client-reply-promise", "D", ("B&B Il Glicine", "ilglicine.bb@gmail.com"), "2026-11-24 09:18",
  "2026/041", """Buongiorno Davide,
scusa il ritardo, la fattura me l'ero segnata ma poi... Ti pago a fine mese, quando Booking mi
versa le prenotazioni di ottobre, così sono più tranquilla con la cassa.
Le foto sul sito stanno funzionando benissimo, ho avuto già due richieste per Capodanno!
Grazie, Marta
B&B Il Glicine – Bardolino""", amount=390.00, due="2026-11-15", step="reminder",
  sal="Spett.le B&B Il Glicine,", style="gmail",
  labels=dict(promised_date="2026-11-30"),
  note="'a fine mese, quando Booking mi versa' = end of month stated -> 30 Nov")

R("client-reply-promise", "L", ("ASL Bari - Area Gestione Risorse Finanziarie", "pagamenti.fornitori@asl.bari.it"),
  "2026-11-27 13:50", "48/2026", """Gentile Fornitore,

in riscontro alla Sua mail si comunica che la fattura n. 48/2026 risulta correttamente acquisita
dal Sistema di Interscambio e registrata in contabilità. La stessa è in fase di liquidazione da
parte della struttura ordinatrice (U.O. Formazione) e sarà pagata nei termini di legge (60 giorni
dal ricevimento, ai sensi del D.Lgs. 231/2002 per gli enti del SSN).

Si ricorda che lo stato dei pagamenti è consultabile sulla Piattaforma dei Crediti Commerciali.

Cordiali saluti
Area Gestione Risorse Finanziarie – Ufficio Pagamenti
ASL Bari – Lungomare Starita 6 – 70123 Bari

Il contenuto della presente e-mail è riservato esclusivamente al destinatario. Ai sensi del
Reg. UE 2016/679 si informa che i dati saranno trattati per le sole finalità istituzionali.
""", amount=1830.00, due="2026-11-20", step="reminder", sal="Spett.le ASL Bari,", style="outlook",
  mailer="outlook", prefix="R: ",
  labels=dict(reference="48/2026"),
  note="ASL: 'in fase di liquidazione ... sarà pagata nei termini di legge' = promise, no concrete date")

R("client-reply-promise", "G", ("IIS Galileo Galilei - Ufficio Progetti", "progetti@iisgalilei-avellino.edu.it"),
  "2027-01-26 11:40", "69/2026", """Gentile dott.ssa Esposito,

con riferimento alla fattura n. 69/2026 (traduzione dei materiali del progetto Erasmus+ KA122),
Le comunico che il pagamento sarà effettuato non appena l'Agenzia Nazionale Erasmus+ INDIRE
accrediterà all'Istituto la seconda tranche del finanziamento, prevista ma non ancora pervenuta.
Sarà nostra cura avvisarLa.

Cordiali saluti
Prof.ssa Angela Russo – Referente Erasmus+
per il Dirigente Scolastico

Istituto di Istruzione Superiore "Galileo Galilei" – Avellino
""", amount=860.00, due="2027-01-15", step="reminder", sal="Spett.le IIS Galileo Galilei,",
  style="gmail",
  labels=dict(reference="69/2026"),
  note="school: will pay when the Erasmus+ funds arrive = promise, vague")

R("client-reply-promise", "A", ("Ufficio contabilità - Lugano Eventi SA", "contabilita@luganoeventi.ch"),
  "2026-11-12 14:22", "26/2026", """Gentile signora Rossi,

Le confermo che la Sua fattura è stata approvata dal responsabile marketing e verrà pagata con il
prossimo ciclo di pagamenti, il 25 del mese, in EUR come indicato in fattura.

Cordiali saluti
Nadia Cattaneo
Contabilità – Lugano Eventi SA
Riva Paradiso 2 – CH-6900 Lugano
""", tz="Europe/Zurich", amount=1500.00, due="2026-11-05", step="reminder", sal="Spett.le Lugano Eventi SA,",
  style="outlook", mailer="outlook", prefix="AW: ",
  labels=dict(promised_date="2026-11-25"),
  note="Ticino accounts: 'con il prossimo ciclo di pagamenti, il 25 del mese' on 12 Nov = 25 Nov")

R("client-reply-promise", "A", ("Federica Orsini - Orsini Comunicazione", "federica@orsinicomunicazione.it"),
  "2027-01-19 18:44", "38/2026", """Ciao Alessandra,
ti rispondo con sincerità: purtroppo non riusciamo prima del 28. Due clienti grossi ci hanno
pagato in ritardo a dicembre e siamo un po' in affanno con la cassa. Il 28 però te la saldo tutta,
è già in agenda.
Scusami davvero
Federica""", amount=1586.00, due="2027-01-10", step="late_fee", fees=True,
  sal="Spett.le Orsini Comunicazione srl,", style="gmail",
  labels=dict(promised_date="2027-01-28"),
  note="'non riusciamo prima del 28' = promise for 28 Jan; late-fee reminder quoted")

R("client-reply-promise", "L", ("Palestra FitLab", "info@fitlabcesena.it"), "2026-12-02 21:05",
  "54/2026", """domani mattina senza fallo! scusa Luca, con l'apertura della nuova sala mi è passato tutto di mente 🙈💪""",
  amount=488.00, due="2026-11-30", step="due", sal="Spett.le FitLab ssd,", style="gmail",
  labels=dict(promised_date="2026-12-03"),
  note="'domani mattina' on 2 Dec = 3 Dec")

R("client-reply-promise", "C", ("Agriturismo Le Querce", "agriturismolequerce@gmail.com"), "2027-02-09 12:31",
  "5/2027", """Buongiorno Chiara, ha ragione, lo faccio oggi pomeriggio appena rientro in ufficio, adesso sono
nei campi con il trattore e dal telefono non riesco.
Grazie e scusi
Franco Mazzoni""", amount=366.00, due="2027-02-05", step="reminder", sal="Spett.le Agriturismo Le Querce,",
  style="android", mailer="android",
  labels=dict(promised_date="2027-02-09"),
  note="'lo faccio oggi pomeriggio' = promise for today (9 Feb)")

R("client-reply-promise", "D", ("Alice Brunelli", "alice.brunelli@outlook.it"), "2027-01-08 19:20",
  "2026/058", """Ciao Davide,
come ti avevo accennato a voce, a dicembre tra regali e assicurazione della macchina sono andata
un po' in rosso. Ti ho mandato oggi la metà, 305 €, l'altra metà te la mando a fine gennaio.
Spero vada bene, grazie per la comprensione!
Alice""", amount=610.00, due="2026-12-31", step="reminder", sal="Gentile Alice Brunelli,",
  style="outlook", mailer="outlook",
  labels=dict(amount="305.00", promised_date="2027-01-31"),
  note="half paid now, the other half (also 305) promised for the end of January -> promise")

R("client-reply-promise", "A", ("Marco Guidi - Enoteca Guidi", "enotecaguidi@gmail.com"), "2026-12-10 10:02",
  "35/2026", """Buongiorno Alessandra,
ricapitolo perché mi sono confuso anch'io: la 28 (le etichette del Lambrusco) è partita ieri con
bonifico, la 35 (il catalogo di Natale) la paghiamo entro il 20, appena incassiamo le prime
vendite natalizie.
Buona giornata
Marco""", amount=854.00, due="2026-12-05", step="reminder", sal="Spett.le Enoteca Guidi,",
  style="gmail",
  labels=dict(reference="35/2026", promised_date="2026-12-20"),
  note="two invoices: 28 paid, 35 (this thread) promised by the 20th -> promise; reference is the promised one")

R("client-reply-promise", "C", ("Valentina Russo - Bottega Russo", "valentina@bottegarusso.shop"),
  "2026-12-01 15:55", "60/2026", """Ciao Chiara,

ti scrivo con un po' di imbarazzo. L'e-commerce sta andando bene ma novembre è stato più lento
del previsto e ho dovuto pagare tutto il magazzino di Natale in anticipo.
Sarebbe possibile pagare la fattura in tre rate da 400 €? La prima il 15 dicembre, la seconda
il 15 gennaio e l'ultima il 15 febbraio. Se per te va bene ti mando subito le date in calendario.

Grazie davvero
Valentina""", amount=1200.00, due="2026-11-30", step="reminder", sal="Spett.le Bottega Russo,",
  style="apple", mailer="apple",
  labels=dict(amount="400.00", promised_date="2026-12-15"),
  note="asks to pay in three instalments of 400, first on 15 Dec: a promise (date of the first instalment)")

R("client-reply-promise", "D", ("Ufficio Acquisti - Veronafiere Servizi", "acquisti@vfservizi.it"),
  "2026-11-26 11:03", "2026/046", """Buongiorno,

la fattura n. 2026/046 è stata approvata e andrà in pagamento con la distinta della prossima
settimana.

Cordiali saluti
Luisa Zocca
Ufficio Acquisti""", amount=2440.00, due="2026-11-20", step="reminder", sal="Spett.le Veronafiere Servizi srl,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(reference="2026/046"),
  note="'andrà in pagamento con la distinta della prossima settimana' = promise, vague")

R("client-reply-promise", "G", ("Comune di Ravello - Museo Civico", "museo@comune.ravello.sa.it"),
  "2027-02-01 10:20", "2/2027", """Gentile dott.ssa Esposito,

in riscontro al Suo sollecito Le comunichiamo che la determina di liquidazione della fattura
n. 2/2027 (traduzione delle didascalie della mostra "Ravello e Wagner") è stata firmata venerdì
dal Responsabile del Servizio e trasmessa alla Ragioneria. Il mandato di pagamento verrà emesso,
presumibilmente, entro il 10 febbraio.

Cordiali saluti
Anna Amalfitano
Ufficio Cultura – Museo Civico
Comune di Ravello
""", amount=720.00, due="2027-01-28", step="reminder", sal="Spett.le Comune di Ravello,",
  style="gmail",
  labels=dict(reference="2/2027", promised_date="2027-02-10"),
  note="Comune: determina firmata, 'mandato ... presumibilmente entro il 10 febbraio' = promise for 10 Feb")

R("client-reply-promise", "L", ("Turi Mangano", "turi.mangano@gmail.com"), "2026-11-25 13:14",
  "56/2026", """Luca ciao, scusami assai. Chista simana nun ci sugnu, sugnu a Palermu pi me soru ca s'avi a
operari. Ti pagu lunedì quannu tornu a Catania, u giuru.
Turi
Panificio Mangano""", amount=305.00, due="2026-11-20", step="reminder", sal="Spett.le Panificio Mangano,",
  style="gmail",
  labels=dict(promised_date="2026-11-30"),
  note="Sicilian dialect; 'ti pagu lunedì' from Wednesday 25 Nov = 30 Nov")

R("client-reply-promise", "A", ("Ristorante La Lanterna", "lalanterna.ristorante@gmail.com"), "2027-01-07 16:12",
  "37/2026", """Ciao Alessandra, buon anno!
Lo so lo so, la fattura dei menù natalizi. Guarda, ti pago appena mi pagano le due aziende che
hanno fatto da noi le cene di Natale, che ovviamente pagano a 60 giorni... Appena entrano i soldi
sei la prima, promesso.
Intanto ti aspetto per la cena di pesce che ti devo!
Simone""", amount=396.50, due="2026-12-20", step="reminder", sal="Spett.le Ristorante La Lanterna,",
  style="gmail",
  note="restaurant owner: 'ti pago appena mi pagano le aziende' = promise, vague")

R("client-reply-promise", "C", ("Andrea Pini - Fluxo", "andrea@fluxo.tech"), "2026-12-28 11:11",
  "68/2026", """Ciao Chiara!
Ti confermo che paghiamo tutto il 5 insieme agli stipendi, il fondo ci ha spostato il bonifico a
gennaio per via delle feste.
Buon anno in anticipo 🥂
Andrea""", amount=2196.00, due="2026-12-20", step="reminder", sal="Spett.le Fluxo srl,", style="gmail",
  labels=dict(promised_date="2027-01-05"),
  note="'il 5' written on 28 Dec: the 5th is past this month -> 5 Jan 2027")

R("client-reply-promise", "G", ("Serena Palumbo", "serena.palumbo@istruzione.it"), "2027-01-15 07:48",
  "3/2027", """Cara Giulia,
scusa tantissimo, la traduzione dell'abstract per la tesi di mia sorella me l'ero proprio scordata.
Ti pago il 27 quando arriva lo stipendio, ok? A noi statali lo mettono sempre lì.
Un abbraccio
Serena""", amount=90.00, due="2027-01-10", step="reminder", sal="Gentile Serena Palumbo,", style="gmail",
  labels=dict(promised_date="2027-01-27"),
  note="teacher: 'il 27 quando arriva lo stipendio' = 27 Jan")

R("client-reply-promise", "L", ("Carpenteria Metallica Zoppi srl", "amministrazione@zoppi-carpenteria.it"),
  "2026-11-20 09:30", "51/2026", """Spett.le Moretti Consulenza Sicurezza,

in riscontro al Vs. sollecito, Vi comunichiamo che provvederemo al saldo della fattura n. 51/2026
entro il 15 p.v., a mezzo bonifico bancario.
Ci scusiamo per il ritardo, dovuto al cambio dell'istituto di credito.

Distinti saluti
Amministrazione
Carpenteria Metallica Zoppi srl
Via dell'Artigianato 12 – 47122 Forlì (FC)
""", amount=1464.00, due="2026-11-10", step="late_fee", fees=True, sal="Spett.le Carpenteria Metallica Zoppi srl,",
  style="outlook_old", mailer="outlook", prefix="R: ", charset="windows-1252", cte="quoted-printable",
  labels=dict(reference="51/2026", promised_date="2026-12-15"),
  note="'entro il 15 p.v.' (prossimo venturo) written 20 Nov = 15 Dec; windows-1252 body")

R("client-reply-promise", "A", ("Giorgio Marchi", "giorgio.marchi@marchiarredamenti.it"), "2027-02-11 17:02",
  "5/2027", """Buonasera Alessandra,
ricevuto, ha ragione. Ti faccio il bonifico a inizio settimana prossima, questa settimana sono in
fiera a Milano e l'amministrazione ce l'ho io.
Giorgio""", amount=1037.00, due="2027-02-05", step="reminder", sal="Spett.le Marchi Arredamenti,",
  style="apple", mailer="iphone",
  note="'a inizio settimana prossima' = promise, vague (no date)")

R("client-reply-promise", "D", ("Federico Dal Bosco", "f.dalbosco@dalboscovini.it"), "2027-02-04 14:25",
  "2027/004", """Ciao Davide,
la fattura l'ho passata adesso in amministrazione con il mio ok, la pagano con il giro di fine
mese insieme agli altri fornitori. Se entro il primo marzo non vedi niente scrivimi pure.
Federico""", amount=1220.00, due="2027-01-31", step="reminder", sal="Spett.le Dal Bosco Vini srl,",
  style="gmail",
  labels=dict(promised_date="2027-02-28"),
  note="forwarded to accounts AND 'la pagano con il giro di fine mese' = promise for 28 Feb (not just 'other')")

R("client-reply-promise", "G", ("Hotel Villa Cimbrone - Amministrazione", "amministrazione@villacimbrone-hotel.it"),
  "2027-01-13 12:00", "70/2026", "", html_only=True, charset="iso-8859-1", codec="cp1252",
  html_body="""<div class=WordSection1>
<p class=MsoNormal>Gentile Dott.ssa Esposito,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Le comunichiamo che il pagamento della fattura n. 70/2026 (traduzione in inglese e tedesco del nuovo sito e delle schede camere) è programmato per il giorno 29/01/2027. Ci scusiamo per l’attesa: la chiusura invernale rallenta l’attività del nostro ufficio amministrativo.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Cordiali saluti – Best regards<o:p></o:p></p>
<p class=MsoNormal><b>Rosaria D’Amato</b><br>Ufficio Amministrazione<br>Hotel Villa Cimbrone – Ravello (SA)<o:p></o:p></p>
</div>""", amount=1342.00, due="2027-01-05", step="reminder", sal="Spett.le Hotel Villa Cimbrone,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(reference="70/2026", promised_date="2027-01-29"),
  note="Outlook HTML only, iso-8859-1 declared with cp1252 apostrophes; 'programmato per il giorno 29/01/2027'")

R("client-reply-promise", "D", ("Martina e Luca", "martina.e.luca.sposi@gmail.com"), "2026-11-23 14:46",
  "2026/039", """Ciao Davide!!

Scusa scusa scusa. Tra il viaggio di nozze in Giappone e il trasloco nella casa nuova ci siamo
completamente dimenticati del saldo 🙈 Ti facciamo il bonifico stasera appena Luca torna dal
lavoro (è lui che ha l'app della banca), sono i 1.100 € del saldo giusto?

Ah, l'album è arrivato ed è STUPENDO, mia mamma ha pianto per mezz'ora.
Un abbraccio
Martina""", amount=1100.00, due="2026-11-15", step="reminder", sal="Gentile Martina Cavallari,",
  style="gmail",
  labels=dict(amount="1100.00", promised_date="2026-11-23"),
  note="wedding couple: 'ti facciamo il bonifico stasera' = promise for today")

R("client-reply-promise", "A", ("Fiori di Anna", "fioridianna.bergamo@gmail.com"), "2026-12-17 19:40",
  "34/2026", """Cara Alessandra,
hai ragione, scusami! Sabato vengo in centro per le consegne dei centrotavola e passo da te in
studio a portarti i soldi, milleduecento euro giusti, così ci facciamo anche gli auguri.
Anna""", amount=1200.00, due="2026-12-10", step="reminder", sal="Spett.le Fiori di Anna,",
  style="gmail",
  labels=dict(amount="1200.00", promised_date="2026-12-19"),
  note="florist will bring cash in person on Saturday (from Thursday 17 Dec = 19 Dec); amount in words")

R("client-reply-promise", "C", ("Ufficio Amministrazione - Logistica Padana", "amministrazione@logisticapadana.it"),
  "2027-02-15 09:05", "3/2027", """Buongiorno,

noi i pagamenti ai fornitori li facciamo due volte al mese, il 10 e il 25. Il 10 la Sua fattura
non era ancora stata vistata dal responsabile IT, quindi va il 25.

Saluti
Ornella Ghidini
Amministrazione – Logistica Padana spa""", amount=2318.00, due="2027-02-10", step="reminder",
  sal="Spett.le Logistica Padana spa,", style="outlook", mailer="outlook", prefix="RE: ",
  labels=dict(promised_date="2027-02-25"),
  note="payment runs on the 10th and 25th, 'quindi va il 25' = promise for 25 Feb")

R("client-reply-promise", "D", ("Carlo Benetti", "carlo@benetticostruzioni.it"), "2026-12-21 08:15",
  "2026/048", """Davide buongiorno,
ho visto la diffida, non c'era bisogno di arrivare a questo. Ho avuto un problema con un
cantiere bloccato e la banca che mi ha ridotto il fido. Ti pago entro fine mese, hai la mia
parola, e se vuoi ne parliamo a voce.
Carlo Benetti
Benetti Costruzioni srl""", amount=3660.00, due="2026-11-15", step="final", fees=True,
  sal="Spett.le Benetti Costruzioni srl,", style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(promised_date="2026-12-31"),
  note="reply to the formal notice (diffida) with interest lines; 'entro fine mese' on 21 Dec = 31 Dec")

# ------------------------------------------------------------------------------- DISPUTE ----
R("client-reply-dispute", "C", ("Comune di Vignola - Servizio Finanziario", "ragioneria@comune.vignola.mo.it"),
  "2026-11-24 12:35", "58/2026", """Prot. n. 44210 del 24/11/2026

OGGETTO: fattura n. 58/2026 – impossibilità di procedere alla liquidazione.

Con riferimento al sollecito di pagamento pervenuto, si comunica che la fattura elettronica in
oggetto non può essere liquidata in quanto priva del Codice Identificativo di Gara (CIG) e
riportante un Codice Univoco Ufficio (UFR7LM) non corrispondente all'ufficio che ha disposto
l'ordine (Servizio Sistemi Informativi – UF9QKZ).
Inoltre l'importo fatturato (€ 2.800,00 + IVA) eccede di € 400,00 l'impegno assunto con
determina n. 612/2026 (€ 2.400,00 + IVA), in quanto comprende n. 8 ore di assistenza non
previste dall'affidamento.

Si invita pertanto codesta ditta ad emettere nota di credito a totale storno e a riemettere la
fattura corretta, nei limiti dell'importo impegnato.

Distinti saluti
Il Responsabile del Servizio Finanziario
Dott. Stefano Ferrari
""", amount=3416.00, due="2026-11-15", step="reminder", sal="Spett.le Comune di Vignola,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(reference="58/2026"),
  note="Comune: refuses to liquidate, asks a credit note, contests 8 extra hours -> dispute")

R("client-reply-dispute", "D", ("Ristorante Al Vecchio Mulino", "info@alvecchiomulino.it"), "2026-11-13 15:02",
  "2026/037", """Buongiorno Davide,

ti rispondo con franchezza: le foto dei piatti che ci hai consegnato sono 28, ma nel preventivo
ne avevamo concordate 40, comprese quelle della sala e della cantina che non ho mai visto.
Finché non mi mandi le altre non pago la fattura, mi sembra giusto.
Se c'è stato un problema con i file dimmelo, magari è solo un link che non ho ricevuto.

Roberta Gaiani
Ristorante Al Vecchio Mulino – Soave""", amount=1220.00, due="2026-11-05", step="reminder",
  sal="Spett.le Ristorante Al Vecchio Mulino,", style="gmail",
  note="restaurant: work not delivered as agreed (28 photos instead of 40), withholds payment -> dispute")

R("client-reply-dispute", "D", ("Geom. Ivano Carraro", "ivano.carraro@geometricarraro.it"), "2026-12-02 18:10",
  "2026/049", """Caro Davide,

in fattura ci sono 6 render, ma io te ne ho chiesti 4: gli altri due erano le varianti con la
pensilina che mi avevi detto essere comprese nel prezzo ("tanto il modello è già fatto").
Ti pago i 4 render concordati, cioè 976 euro IVA compresa, e per le varianti parliamone, non mi
sembra corretto trovarmele fatturate senza avermi avvisato.

Ivano Carraro
Geometra – Padova""", amount=1464.00, due="2026-11-30", step="reminder", sal="Gentile Ivano Carraro,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(amount="976.00"),
  note="geometra: accepts 4 of 6 renders (976 IVA incl.), contests the 2 variants -> dispute; amount = the part he accepts")

R("client-reply-dispute", "L", ("Studio Ghedini Amministrazioni Immobiliari", "info@studioghedini.it"),
  "2026-11-27 10:45", "46/2026", """Gentile Dott. Moretti,

in qualità di amministratore del Condominio "Le Vele" Le segnalo che la fattura n. 46/2026 non può
essere pagata nella forma attuale:

1) è intestata al "Condominio Via Marina 12" anziché al "Condominio Le Vele – Via Marina 14", con
   un codice fiscale che non è quello del condominio;
2) addebita due sopralluoghi (23/09 e 07/10), mentre dal registro del portiere ne risulta uno
   solo, quello del 23/09.

Le chiedo pertanto di emettere nota di credito e nuova fattura corretta con un solo sopralluogo.
Appena la riceverò provvederò al pagamento.

Cordiali saluti
Geom. Paolo Ghedini
Amministratore condominiale
""", amount=671.00, due="2026-11-20", step="reminder", sal="Spett.le Condominio Le Vele,",
  style="gmail", mailer="thunderbird",
  labels=dict(reference="46/2026"),
  note="amministratore: wrong heading and a visit billed twice, wants a credit note -> dispute (a conditional 'will pay after' does not make it a promise)")

R("client-reply-dispute", "G", ("Lina Mastrangelo", "lina.mastrangelo@virgilio.it"), "2026-12-04 11:30",
  "62/2026", """Signorina,

ho ricevuto il sollecito ma io 350 euro per tradurre tre paginette dall'inglese non li pago. Mi
avevano detto al telefono che costava sui 150 euro, mi sembra una cifra esagerata e io sono una
pensionata. Se vuole le mando 150 euro e chiudiamo così, altrimenti non so cosa dirle.

Lina Mastrangelo""", amount=350.00, due="2026-11-30", step="reminder", sal="Gentile Lina Mastrangelo,",
  style="libero", mailer="libero",
  labels=dict(amount="150.00"),
  note="elderly client contests the price (quoted 150 by phone), offers 150 -> dispute; amount = what she accepts")

R("client-reply-dispute", "C", ("Tommaso Greco", "tommaso@hopla.app"), "2026-12-01 19:22",
  "61/2026", """hey Chiara,
uhm la 61/2026 non mi torna 🤔 avevamo detto flat fee 4k per l'mvp, qui ci sono 5.2k + iva con
"12 ore extra di integrazione stripe". quelle ore non le abbiamo mai approvate, nel canale
#dev-external non c'è traccia.
can you reissue a 4k? poi se vuoi parliamo degli extra per la v2 ma separatamente
t.""", amount=6344.00, due="2026-11-30", step="due", sal="Spett.le Hoplà srl,", style="gmail",
  labels=dict(reference="61/2026"),
  note="startup CEO, Slack-style: extra hours never approved, asks to reissue at the flat fee -> dispute")

R("client-reply-dispute", "A", ("Studio Associato Bertoni", "info@studiobertoni.eu"), "2026-11-10 09:50",
  "16/2026", """Gentile Dott.ssa Rossi,

scriviamo per conto della nostra cliente Erboristeria Malva di Monica Sala.
La fattura n. 16/2026 (restyling del logo e dei biglietti da visita) risulta contestata dalla
cliente in quanto le medesime attività sono già comprese nel forfait annuale concordato e già
fatturato con la Vs. fattura n. 3/2026 del 15/01/2026, regolarmente saldata.

Vi preghiamo pertanto di stornare la fattura n. 16/2026 con nota di credito.

Distinti saluti
Rag. Elisa Bertoni
Studio Associato Bertoni – Consulenti del lavoro e commercialisti
""", amount=610.00, due="2026-10-31", step="reminder", sal="Spett.le Erboristeria Malva,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(reference="16/2026"),
  note="commercialista for the client: already billed in the annual flat fee (invoice 3/2026, mentioned as already paid) -> dispute on 16/2026")

R("client-reply-dispute", "L", ("Liceo Scientifico E. Fermi - Amministrazione", "nops02000x@istruzione.it"),
  "2026-12-03 13:20", "53/2026", """Prot. n. 9874/VI.10 del 03/12/2026

Oggetto: fattura n. 53/2026 – corso di formazione generale e specifica lavoratori (D.Lgs. 81/2008).

Si comunica che questa Istituzione scolastica ha rifiutato sulla piattaforma SdI la fattura in
oggetto in quanto emessa con applicazione dell'IVA ordinaria al 22%, mentre la prestazione,
trattandosi di attività di formazione resa nei confronti di un'istituzione scolastica, è da
ritenersi esente ai sensi dell'art. 10, comma 1, n. 20 del DPR 633/1972, come peraltro
indicato nella lettera d'ordine prot. 7712 del 15/09/2026.

Si resta in attesa di nuova fattura corretta.

IL DIRETTORE S.G.A.
Rag. Giovanna Pintus""", amount=1220.00, due="2026-11-30", step="reminder", sal="Spett.le Liceo Scientifico E. Fermi,",
  style="none", mailer="outlook",
  labels=dict(reference="53/2026"),
  note="school rejects the invoice on SdI: VAT should be exempt -> dispute (a human letter, not the SdI notice)")

R("client-reply-dispute", "A", ("Parrocchia Santi Pietro e Paolo", "parrocchia.ss.pietroepaolo@gmail.com"),
  "2026-11-21 16:15", "25/2026", """Gentile Alessandra,

ho ricevuto la sua mail e sono rimasto sinceramente sorpreso. Quando ci siamo visti in canonica a
settembre mi era sembrato di capire che il lavoro per il giornalino e il volantino della
castagnata lo avrebbe fatto come offerta alla parrocchia, come l'anno scorso. Per questo non ho
messo la spesa nel bilancio e il Consiglio non l'ha approvata.
Non credo di poter pagare questa fattura. Se c'è stato un malinteso ne parliamo di persona,
passi pure in parrocchia quando vuole.

Con stima
don Angelo""", amount=450.00, due="2026-11-15", step="reminder", sal="Spett.le Parrocchia Santi Pietro e Paolo,",
  style="gmail",
  note="parish priest believed the work was a free offering, says he cannot pay -> dispute (refusal)")

R("client-reply-dispute", "A", ("Concetta Lo Presti", "concetta.lopresti@gmail.com"), "2026-12-14 09:25",
  "32/2026", """Alessandra buongiorno, ti dicu a virità: u logo mi l'hai fattu tuttu stortu, i culura nun
sunnu chiddi chi t'avia dittu (iu vuleva u russu pompeianu, no stu arancione) e a scritta è
troppu nica, da luntanu nun si leggi. Finu a quannu nun u sistemi nun ti pagu, mi dispiaci.
Concetta
Sartoria Lo Presti – Ragusa""", amount=488.00, due="2026-12-05", step="reminder", sal="Spett.le Sartoria Lo Presti,",
  style="android", mailer="android",
  note="Sicilian dialect: work not as agreed (colours, lettering), won't pay until fixed -> dispute")

R("client-reply-dispute", "D", ("Dario Fabbri", "dariofabbri79@gmail.com"), "2026-11-11 22:41",
  "2026/035", """scusa ma questa fattura l ho gia pagata a settembre era l acconto del 50 per cento che mi avevi chiesto prima del servizio adesso mi chiedi tutto l importo di nuovo da capo guarda bene perche cosi non va mi devi togliere i 400 euro dell acconto""",
  amount=800.00, due="2026-11-05", step="reminder", sal="Gentile Dario Fabbri,", style="gmail",
  note="one line no punctuation: claims the 400 deposit was not deducted, invoice amount wrong -> dispute (not 'already paid')")

R("client-reply-dispute", "A", ("Trattoria Il Cantinone", "ilcantinone.ristorante@gmail.com"), "2026-11-26 15:47",
  "23/2026", """Ciao Alessandra,
la pago, non ti preoccupare, ma mi devi fare uno sconto del 10%: siamo clienti da quattro anni e
ti abbiamo mandato mezza via Garibaldi come clienti. Mi rifai la fattura a 550 invece che 610?
Poi te la pago subito.
Stefano""", amount=610.00, due="2026-11-20", step="reminder", sal="Spett.le Trattoria Il Cantinone,",
  style="gmail",
  labels=dict(amount="550.00"),
  note="restaurant owner asks a 10% discount and a reissued invoice before paying -> dispute")

R("client-reply-dispute", "D", ("Hotel Baita Fiorita", "direzione@baitafiorita.it"), "2026-12-16 10:10",
  "2026/050", """Buongiorno Davide,

mi spiace dover tornare sulla fattura ma la trasferta (2 giorni, 380 € + IVA) non la
riconosciamo: il servizio è iniziato con tre ore di ritardo per il tuo problema con l'auto e il
secondo giorno lo abbiamo dovuto aggiungere noi, offrendoti anche la camera. Le foto vanno
benissimo e quelle le paghiamo, ma ti chiedo una nota di credito per la trasferta.

Cordiali saluti
Irene Ploner
Direzione – Hotel Baita Fiorita – Ortisei""", amount=2196.00, due="2026-12-10", step="reminder",
  sal="Spett.le Hotel Baita Fiorita,", style="outlook", mailer="outlook", prefix="R: ",
  note="hotel: contests the travel charge, will pay the photos, wants a credit note -> dispute")

R("client-reply-dispute", "C", ("Nicola Soldati", "n.soldati@soldati-ticino.ch"), "2026-12-07 10:30",
  "63/2026", """Buongiorno signora Lombardi,

il preventivo da noi firmato era di CHF 3'000.– tutto compreso, mentre la fattura 63/2026 è
emessa in EUR per 3'500.–, che al cambio di oggi non corrispondono. Inoltre ci sono addebitati
i costi dell'hosting, che nel preventivo non erano menzionati.
Le chiediamo di riemettere la fattura in CHF secondo il preventivo. La differenza non la
accettiamo.

Distinti saluti
Nicola Soldati
Soldati Impianti Elettrici SA – Bellinzona""", tz="Europe/Zurich", amount=3500.00, due="2026-11-30",
  step="reminder", sal="Spett.le Soldati Impianti Elettrici SA,", style="outlook", mailer="outlook",
  prefix="AW: ",
  labels=dict(amount="3000.00", currency="CHF", reference="63/2026"),
  note="Ticino client: quote in CHF vs invoice in EUR, refuses the difference -> dispute; accepts CHF 3'000")

R("client-reply-dispute", "L", ("ASL Roma 5 - UOC Acquisizione Beni e Servizi", "uoc.acquisti@aslroma5.it"),
  "2027-01-18 12:05", "65/2026", """Oggetto: fattura n. 65/2026 – richiesta di nota di credito parziale

Con riferimento alla fattura in oggetto, si rappresenta che l'importo fatturato (€ 2.350,00 oltre
IVA) eccede quello impegnato con deliberazione n. 455 del 12/09/2026, pari a € 2.000,00 oltre
IVA, per l'affidamento del corso di aggiornamento per addetti al primo soccorso.
La differenza di € 350,00 non risulta autorizzata da alcun atto.

Si chiede pertanto l'emissione di nota di credito parziale di € 350,00 oltre IVA; solo a seguito
della ricezione della stessa sarà possibile procedere alla liquidazione.

Il Dirigente UOC
Dott.ssa Marina Colasanti""", amount=2867.00, due="2027-01-10", step="reminder", sal="Spett.le ASL Roma 5,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(reference="65/2026"),
  note="ASL: amount exceeds the commitment, wants a partial credit note before paying -> dispute")

R("client-reply-dispute", "C", ("Pasquale Iannone", "pasquale@iannoneimpianti.it"), "2026-11-16 13:33",
  "53/2026", """Buongiorno,
noi abbiamo pagato 1.000 euro, che è quello che c'era scritto nel preventivo. I 220 euro in più
che ci chiedete non sono dovuti, nessuno ci aveva parlato di altri costi. Per noi la fattura è
saldata.
Pasquale Iannone""", amount=1220.00, due="2026-11-10", step="reminder", sal="Spett.le Iannone Impianti,",
  style="gmail",
  labels=dict(amount="1000.00"),
  note="paid 1000 and refuses the remaining 220 (which is the VAT): partial payment + dispute of the rest = dispute")

R("client-reply-dispute", "G", ("Salvatore Esposito", "salvatore@esportvini.it"), "2026-12-12 12:12",
  "63/2026", """Giulia, scusa ma te l'aggia dicere: 'a traduzione d'o catalogo tenea nu sacco 'e errori,
'o cliente tedesco ce l'ha fatto notà davanti a tutti â fiera, na figura 'e niente. "Weingut"
scritto comme 'o diceva mio zio... Nun te pozzo pagà tutto, te pavo 'a metà e basta. Si vuò
parlà chiammame.
Salvatore""", amount=1098.00, due="2026-12-05", step="reminder", sal="Spett.le Esport Vini srl,",
  style="gmail",
  labels=dict(amount="549.00"),
  note="Neapolitan: translation full of errors, will pay only half (''a metà' of 1098 = 549) -> dispute")

R("client-reply-dispute", "L", ("Bar Pasticceria Da Toni", "bardatoni.mestre@gmail.com"), "2026-12-18 07:35",
  "60/2026", """Ciao Luca,
ma ti te me ga mandà 'a stessa fattura do volte co' do numeri diversi: la 58 e la 60, stessa
roba, "aggiornamento HACCP e formazione alimentaristi". La 58 la go zà pagada a novembre.
Questa no la pago, controla ben.
Toni""", amount=305.00, due="2026-12-15", step="reminder", sal="Spett.le Bar Pasticceria Da Toni,",
  style="gmail",
  labels=dict(reference="60/2026"),
  note="Venetian: says 60 duplicates 58 (already paid), refuses -> dispute (already billed), not paid")

R("client-reply-dispute", "C", ("Avv. Giorgia Malvezzi", "g.malvezzi@studiolegalemalvezzi.it"), "2027-01-22 16:40",
  "69/2026", """Gentile Dott.ssa Lombardi,

scrivo in nome e per conto della società Tessuti Cremonesi srl, che mi ha conferito mandato e
legge per conoscenza.

La mia assistita contesta la fattura n. 69/2026 in quanto la prestazione non risulta completata:
la piattaforma e-commerce, che in base al contratto del 12/05/2026 avrebbe dovuto essere
consegnata funzionante entro il 30/09/2026, presenta tuttora malfunzionamenti nel modulo
pagamenti e, soprattutto, non è stato consegnato il codice sorgente come previsto all'art. 6.

Pertanto, ai sensi dell'art. 1460 c.c., la mia assistita sospende il pagamento fino
all'integrale adempimento, riservandosi ogni ulteriore azione a tutela dei propri diritti.

Distinti saluti
Avv. Giorgia Malvezzi""", amount=7320.00, due="2027-01-10", step="final", fees=True,
  sal="Spett.le Tessuti Cremonesi srl,", style="outlook", mailer="outlook", prefix="R: ",
  cc=[("Tessuti Cremonesi srl", "amministrazione@tessuticremonesi.it")],
  labels=dict(reference="69/2026"),
  note="lawyer's reply to the formal notice: art. 1460 c.c., suspends payment until delivery -> dispute")

R("client-reply-dispute", "G", ("Cantina Terre di Irpinia", "info@terredirpinia.it"), "2027-02-08 18:52",
  "5/2027", """Buonasera Giulia,

scusi se le rispondo solo ora ma qui è stata una settimana di fuoco. Abbiamo finalmente
imbottigliato il Fiano del 2025 e sembra venuto benissimo, più minerale dell'anno scorso; il mio
enologo dice che è la migliore annata da dieci anni, ma lui lo dice tutti gli anni. La settimana
prossima partiamo per Wine Paris e poi a marzo c'è il Vinitaly, quindi ci sarà da lavorare anche
per lei con le schede in francese e le brochure.

Però sulla fattura c'è un errore: le ore di revisione del sito erano 18, non 22, me l'aveva
scritto lei nel riepilogo di dicembre. Me la rifà con le ore giuste?

Grazie e a presto, le porto una bottiglia appena passo da Napoli.
Michele Carbone""", amount=1342.00, due="2027-02-01", step="reminder", sal="Spett.le Cantina Terre di Irpinia,",
  style="gmail",
  note="long chatty mail about wine and trade fairs; one paragraph contests the hours billed (18 not 22) -> dispute")

R("client-reply-dispute", "C", ("Elena Fontana", "elena@fontanaviaggi.it"), "2026-12-11 12:44",
  "46/2026", """Ciao Chiara,
la 45 te l'ho pagata ieri, la trovi sul conto. La 46 invece no: il sito su mobile ancora non
funziona (il form delle richieste preventivo non invia niente da iPhone) e non mi sembra giusto
pagare un lavoro che non è finito. Quando è a posto la saldo.
Elena""", amount=915.00, due="2026-12-05", step="reminder", sal="Spett.le Fontana Viaggi,",
  style="apple", mailer="iphone", cte="quoted-printable",
  labels=dict(reference="46/2026"),
  note="two invoices: 45 paid, 46 withheld because the site does not work on mobile -> dispute wins")

R("client-reply-dispute", "L", ("Ernesto Boldrin", "ernesto.boldrin@alice.it"), "2026-11-12 11:11",
  "45/2026", """NON HO ORDINATO NIENTE. IL CORSO L'HA CHIESTO MIO GENERO PER IL SUO NEGOZIO, IO SONO IN
PENSIONE DAL 2019. LA FATTURA LA MANDI A LUI E NON A ME. NON PAGO.
BOLDRIN ERNESTO""", amount=244.00, due="2026-11-05", step="reminder", sal="Gentile Ernesto Boldrin,",
  style="libero", mailer="libero",
  note="elderly, ALL CAPS: 'non ho ordinato niente ... non pago', invoice addressed to the wrong person -> dispute (refuses)")

# --------------------------------------------------------------------------------- OTHER ----
R("client-reply-other", "G", ("Comune di Positano - Ufficio Turismo", "turismo@comune.positano.sa.it"),
  "2026-11-19 10:05", "59/2026", """Gentile dott.ssa Esposito,

si comunica che ai sensi della normativa vigente (L. 244/2007 e DM 55/2013) questo Ente non può
accettare fatture trasmesse via posta elettronica. La fattura n. 59/2026 dovrà essere trasmessa
esclusivamente in formato elettronico tramite il Sistema di Interscambio, indicando il Codice
Univoco Ufficio UFQ2R7 e il CIG Z4F3A9B211.
Il documento inviato via mail non ha valore fiscale e non può essere protocollato ai fini della
liquidazione.

Cordiali saluti
Ufficio Turismo e Cultura
Comune di Positano""", amount=1586.00, due="2026-11-15", step="reminder", sal="Spett.le Comune di Positano,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(reference="59/2026"),
  note="Comune: procedural instruction (send it through SdI with the office code), no contest of the amount -> other")

R("client-reply-other", "C", ("Accounts Payable - Brembo Meccanica", "fornitori.ap@brembomeccanica.it"),
  "2026-12-02 08:40", "65/2026", """Gentile fornitore,

per poter procedere al pagamento della fattura n. 65/2026 è necessario che nella stessa sia
indicato il numero dell'ordine di acquisto di riferimento (PO 4500987712), come da nostre
condizioni generali di acquisto. In assenza del numero d'ordine il sistema non consente la
registrazione del documento.

Vi preghiamo di trasmetterci il numero corretto o un nuovo documento con il riferimento.

Cordiali saluti
Team Accounts Payable
Brembo Meccanica S.p.A.""", amount=2440.00, due="2026-11-30", step="due", sal="Spett.le Brembo Meccanica S.p.A.,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(reference="65/2026"),
  note="accounts payable needs the PO number before paying -> other (administrative, no contest)")

R("client-reply-other", "L", ("Amministrazioni Rizzo", "info@amministrazionirizzo.it"), "2026-11-30 12:12",
  "49/2026", """Buongiorno Dott. Moretti,
inoltro la Sua fattura al consigliere con delega alla tesoreria del condominio, Sig. Bruni, per
l'autorizzazione alla spesa, come previsto dal regolamento condominiale per importi superiori a
500 euro. Le farò sapere.

Sig. Bruni, come da telefonata di stamattina Le giro la fattura del consulente per la sicurezza
(nomina RSPP e DVR dell'impresa di pulizie). Mi dà il suo ok?

Cordiali saluti
Rag. Domenico Rizzo
Amministrazioni Rizzo – Palermo""", amount=610.00, due="2026-11-25", step="reminder", sal="Spett.le Condominio Villa Sofia,",
  style="gmail", cc=[("Franco Bruni", "franco.bruni55@gmail.com")],
  note="amministratore forwards to the treasurer councillor for authorisation -> other (no promise, no date)")

R("client-reply-other", "A", ("Parrocchia San Giovanni Bosco", "segreteria@sangiovannibosco-pv.it"),
  "2026-12-02 17:22", "39/2026", """Buonasera signora,
ci può mandare di nuovo la fattura per i calendari? Il computer della segreteria si è rotto e il
tecnico dice che non si recupera niente, abbiamo perso tutta la posta di quest'anno. Poi la
passiamo al parroco.
Grazie e mi scusi
Gianna (volontaria in segreteria)""", amount=495.00, due="2026-11-25",
  step="reminder", sal="Spett.le Parrocchia San Giovanni Bosco,", style="none",
  note="parish volunteer asks for the invoice to be resent -> other")

R("client-reply-other", "D", ("Gelateria Dolce Vita", "dolcevitagelati@gmail.com"), "2026-11-18 11:03",
  "2026/052", """Buongiorno Davide, prima di pagare una domanda: sulla fattura c'è un IBAN che finisce con 151,
nella mail di luglio ce n'era uno diverso che finiva con 890. Quale è quello giusto? Sa, con
tutte le truffe che girano preferisco chiedere.
Grazie
Daniela""", amount=366.00, due="2026-11-10", step="reminder", sal="Spett.le Gelateria Dolce Vita,",
  style="gmail",
  note="asks which IBAN is right before paying (fraud worry) -> other (question, no promise)")

R("client-reply-other", "G", ("Amalia Carotenuto", "amalia.carotenuto40@libero.it"), "2026-11-23 10:30",
  "57/2026", """Gentile dottoressa,
ho ricevuto questa lettera ma non capisco bene cosa devo fare, io non ho il conto in banca, ho
solo il libretto della posta. Mi può chiamare per favore al numero 081 555 2043 di mattina? Mia
figlia lavora e non mi può aiutare fino a domenica.
Grazie
Amalia Carotenuto""", amount=80.00, due="2026-11-15", step="reminder", sal="Gentile Amalia Carotenuto,",
  style="libero", mailer="libero",
  note="elderly client does not know how to pay, asks for a phone call -> other")

R("client-reply-other", "C", ("Luca Ferri", "luca@spazioblu.studio"), "2026-11-17 14:02",
  "54/2026", """ricevuto, thx! 🙏 giro ad Anna che da questo mese gestisce lei i pagamenti fornitori
@Anna puoi dare un occhio tu? 

L.""", amount=1830.00, due="2026-11-15", step="reminder", sal="Spett.le Spazio Blu srl,", style="gmail",
  cc=[("Anna Gherardi", "anna@spazioblu.studio")],
  note="startup-ish 'ricevuto, giro ad Anna' -> other (forwarded, nothing about when)")

R("client-reply-other", "A", ("Studio Commercialista Dott. Vitali", "studio@vitalicommercialisti.it"),
  "2026-11-25 15:15", "40/2026", """Gentile dott.ssa Rossi,

seguiamo la contabilità della Sig.ra Benini (B&B La Rocca). Per la registrazione ci servirebbe il
file XML della fattura n. 40/2026 o, in alternativa, la conferma che è stata trasmessa allo SdI:
nel cassetto fiscale della nostra cliente al momento non risulta e il PDF di cortesia non è
sufficiente.

Grazie, cordiali saluti
Ilaria Gatti – Studio Dott. Vitali""", amount=305.00, due="2026-11-20", step="reminder", sal="Spett.le B&B La Rocca,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(reference="40/2026"),
  note="accountant asks for the XML e-invoice instead of the courtesy PDF -> other")

R("client-reply-other", "D", ("Geom. Sandro Visentin", "s.visentin@studiovisentin.it"), "2026-12-03 12:47",
  "2026/051", """Buongiorno Davide,
quale fattura? Nella posta non trovo nessuna 2026/051, l'ultima tua che ho è la 2026/041 di
settembre. Me la rimandi per cortesia? Magari è finita nello spam.
Sandro""", amount=1220.00, due="2026-11-30", step="reminder", sal="Gentile Sandro Visentin,",
  style="outlook", mailer="outlook", prefix="R: ",
  labels=dict(reference="2026/051"),
  note="geometra: 'which invoice?', asks to resend -> other; also names 2026/041 (the last one he has)")

R("client-reply-other", "L", ("Istituto Comprensivo Don Milani", "bgic81200q@istruzione.it"),
  "2026-12-10 11:25", "57/2026", """Prot. n. 5523/VI.3

Oggetto: fattura n. 57/2026 – richiesta documentazione ai fini della liquidazione.

Al fine di procedere alla liquidazione della fattura in oggetto, si chiede di trasmettere
all'indirizzo PEC dell'Istituto:
- dichiarazione sostitutiva relativa alla tracciabilità dei flussi finanziari (art. 3 L. 136/2010)
  con indicazione del conto corrente dedicato;
- autocertificazione di regolarità contributiva (in attesa del DURC on line, attualmente in
  verifica presso INPS).

Il Dirigente Scolastico
Prof. Mario Locatelli""", amount=854.00, due="2026-12-05", step="reminder", sal="Spett.le Istituto Comprensivo Don Milani,",
  style="none", mailer="outlook",
  labels=dict(reference="57/2026"),
  note="school asks for tracciabilità declaration and DURC before liquidation -> other")

R("client-reply-other", "G", ("Ciro Scognamiglio", "ciro@trattoriadaciro.it"), "2026-11-30 16:40",
  "64/2026", """Giulia bella, ricevuto, tutto a posto, mo' 'o passo a mia moglie che se ne occupa essa d'e cunte.
Ma 'o menù in inglese e in francese pe' Pasqua quando 'o facimmo? Tengo già 'e piatte nuove,
'a genovese e 'e paccheri cu 'o pesce spada. Chiammame quanno puo'.
Ciro""", amount=180.00, due="2026-11-25", step="reminder", sal="Spett.le Trattoria da Ciro,",
  style="gmail",
  note="Neapolitan: 'ricevuto', passes it to his wife, and talks about a new job -> other")

R("client-reply-other", "C", ("Claudia Rezzonico", "c.rezzonico@rezzonico-consulenze.ch"), "2026-11-11 09:30",
  "51/2026", """Buongiorno signora Lombardi

la nostra banca (BancaStato) per i bonifici verso l'estero ci richiede anche il codice BIC/SWIFT
del beneficiario e l'indirizzo completo. Potrebbe indicarceli?

Cordiali saluti
Claudia Rezzonico
Rezzonico Consulenze Sagl – Locarno""", tz="Europe/Zurich", amount=1220.00, due="2026-11-10",
  step="due", sal="Spett.le Rezzonico Consulenze Sagl,", style="outlook",
  mailer="outlook", prefix="AW: ",
  note="Ticino client asks the BIC/SWIFT and the address for a cross-border transfer -> other (question)")

R("client-reply-other", "D", ("Studio Fotografico Lanfranchi", "info@lanfranchifoto.it"), "2026-12-23 09:00",
  "2026/053", """Ricevuta, grazie. Buone feste!
Paola""", amount=250.00, due="2027-01-15", step="courtesy", issued="2026-12-15",
  sal="Spett.le Studio Fotografico Lanfranchi,", style="apple", mailer="apple",
  note="'Ricevuta, grazie' to a courtesy reminder before the due date -> other")

R("client-reply-other", "A", ("Michele Tassi - Tassi Arredo Bagno", "michele@tassiarredobagno.it"), "2027-01-25 11:50",
  "1/2027", """Giro a Paola dell'amministrazione.
Paola, puoi vedere tu? Grazie
M.

Inviato da iPhone""", amount=671.00, due="2027-01-20", step="reminder", sal="Spett.le Tassi Arredo Bagno,",
  style="apple", mailer="iphone", cc=[("Paola Amministrazione", "amministrazione@tassiarredobagno.it")],
  note="forwarded to a colleague in accounts -> other")

R("client-reply-other", "L", ("Agenzia Pratiche Auto Sartori", "sartoripraticheauto@gmail.com"), "2026-11-09 10:41",
  "43/2026", """Buongiorno, è possibile pagare con carta di credito o con PayPal? In agenzia il bonifico lo
devo fare dal conto personale e non mi torna comodo. Se c'è un link mi mandi quello.
Grazie
Nadia Sartori""", amount=244.00, due="2026-11-05", step="reminder", sal="Spett.le Agenzia Pratiche Auto Sartori,",
  style="gmail",
  note="asks to pay by card / PayPal link -> other (question)")

R("client-reply-other", "D", ("Roberta Salvadori", "roberta.salvadori@gmail.com"), "2027-01-12 15:20",
  "2026/054", """Buongiorno signor Conti,

sono la figlia del signor Aldo Salvadori. Purtroppo mio padre è mancato il 19 dicembre, dopo
una breve malattia. Le scrivo perché ho trovato la sua mail sul suo computer.
Per ogni questione economica, compresa questa fattura delle fotografie, la prego di rivolgersi
al notaio che segue la successione, il dott. Guido Marangon (notaio.marangon@notariato.it),
al quale ho già girato la documentazione.

Cordiali saluti
Roberta Salvadori""", amount=350.00, due="2026-12-31", step="reminder", sal="Gentile Aldo Salvadori,",
  style="gmail",
  note="the client has died; his daughter refers the matter to the notary handling the estate -> other")

R("client-reply-other", "G", ("Maria Bianchi", "maria.bianchi.pd@gmail.com"), "2026-12-15 20:12",
  "66/2026", """Buonasera,
credo che abbia sbagliato indirizzo: io sono Maria Bianchi ma abito a Padova, non ho mai chiesto
traduzioni e non conosco la ditta indicata nella mail. Forse cercava un'omonima.
Saluti""", amount=420.00, due="2026-12-10", step="reminder", sal="Gentile Maria Bianchi,", style="gmail",
  note="wrong recipient (a namesake) -> other, not dispute: she is not the debtor")

R("client-reply-other", "C", ("Lorenzo Bassani", "lorenzo@bassanitrasporti.it"), "2026-11-27 17:17",
  "67/2026", """Ciao Chiara,
una cortesia: possiamo avere la fattura divisa in due? Metà intestata alla srl (Bassani Trasporti)
e metà alla mia ditta individuale, perché il gestionale lo usiamo tutti e due e il commercialista
dice che così è più pulito. Se per te non è un problema ti mando i dati.
Lorenzo""", amount=1464.00, due="2026-11-25", step="reminder",
  sal="Spett.le Bassani Trasporti srl,", style="gmail",
  note="asks to split the invoice between two entities, not contesting the sum -> other")

R("client-reply-other", "L", ("Giada Pozzi", "giadapozzi.estetica@gmail.com"), "2026-11-14 21:05",
  "42/2026", """ciao luca ma la fattura la devo pagare io o la paga l associazione di categoria ci avevi detto che il corso era finanziato e pensava a tutto la confartigianato fammi sapere che non ci capisco niente""",
  amount=183.00, due="2026-11-10", step="reminder", sal="Gentile Giada Pozzi,", style="android", mailer="android",
  cte="base64",
  note="one line: asks who has to pay (thought the course was funded) -> other (question, not a refusal)")

R("client-reply-other", "C", ("Beatrice Sanna", "bea@ondalabs.io"), "2026-12-14 18:30",
  "70/2026", """hey! can we jump on a call domani o mercoledì? 
vorrei parlare del retainer 2027 e capire come gestire le fatture aperte insieme al nuovo
contratto, ho un paio di idee. mandami tu uno slot su calendly 🙌
b.""", amount=3050.00, due="2026-12-10", step="reminder",
  sal="Spett.le Onda Labs srl,", style="gmail",
  note="startup CEO asks for a call about the 2027 retainer and open invoices -> other")


# ------------------------------------------------------------------------- MACHINE MAIL ----
def raw_msg(hdrs, part):
    return "".join(f"{k}: {v}\n" for k, v in hdrs).encode("ascii") + part.render()


def std_headers(frm, to, subject, date, tz, mid, extra=()):
    h = [("Date", format_datetime(when(date, tz))), ("From", frm), ("To", to),
         ("Subject", enc_header(subject)), ("Message-ID", mid), ("MIME-Version", "1.0")]
    return h + list(extra)


def original_letter(o, to_name, to_addr, inv, amount, due, sent, step="reminder", sal=None, tz="Europe/Rome"):
    """The mailduns letter that bounced, as raw bytes (for message/rfc822 parts)."""
    ow = OWNERS[o]
    text = letter(step, o, sal or "Buongiorno,", inv, amount, D(due), when(sent, tz).date())
    subj = ow["subj"].format(n=inv)
    mid = msgid("x", "orig" + inv + sent, ow["addr"].split("@")[1])
    h = std_headers(addr(ow["name"], ow["addr"]), addr(to_name, to_addr), "Re: " + subj, sent, tz, mid)
    return raw_msg(h, text_part(text)), mid, subj


def m_intesa(seed):
    body = """Gentile Cliente,

ti informiamo che sul tuo conto corrente n. 100000012345 è stato accreditato un bonifico.

Data contabile: 04/12/2026
Data valuta: 04/12/2026
Importo: + 2.440,00 EUR
Ordinante: KIBO SRL
Causale: SALDO FATTURA 52/2026 LOMBARDI CHIARA
Tipo: Bonifico SEPA Istantaneo

Puoi consultare il dettaglio del movimento nell'app Intesa Sanpaolo Mobile o nella tua Area
riservata su intesasanpaolo.com.

Questo è un messaggio automatico, ti preghiamo di non rispondere.

Intesa Sanpaolo S.p.A. – Sede legale: Piazza San Carlo 156, 10121 Torino
"""
    hb = """<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:14px;color:#333">
<tr><td style="background:#1a6b3a;padding:14px;color:#fff;font-size:18px"><b>Intesa Sanpaolo</b></td></tr>
<tr><td style="padding:18px">Gentile Cliente,<br><br>ti informiamo che sul tuo conto corrente n. 100000012345 è stato accreditato un bonifico.<br><br>
<table cellpadding="4" style="font-size:14px">
<tr><td>Data contabile</td><td><b>04/12/2026</b></td></tr>
<tr><td>Data valuta</td><td><b>04/12/2026</b></td></tr>
<tr><td>Importo</td><td style="color:#1a6b3a"><b>+ 2.440,00 EUR</b></td></tr>
<tr><td>Ordinante</td><td>KIBO SRL</td></tr>
<tr><td>Causale</td><td>SALDO FATTURA 52/2026 LOMBARDI CHIARA</td></tr>
<tr><td>Tipo</td><td>Bonifico SEPA Istantaneo</td></tr></table><br>
Puoi consultare il dettaglio del movimento nell'app Intesa Sanpaolo Mobile o nella tua Area riservata.<br><br>
<span style="font-size:11px;color:#888">Questo è un messaggio automatico, ti preghiamo di non rispondere.<br>Intesa Sanpaolo S.p.A. – Sede legale: Piazza San Carlo 156, 10121 Torino</span></td></tr></table>"""
    part = multipart("alternative", [text_part(body, cte="quoted-printable"),
                                     text_part(f"<html><body>{hb}</body></html>", "html", cte="quoted-printable")], seed)
    h = std_headers("Intesa Sanpaolo <notifiche@notifiche.intesasanpaolo.com>", "chiara@lombardi-it.it",
                    "Accredito bonifico sul tuo conto", "2026-12-04 07:02", "Europe/Rome",
                    msgid("x", seed, "notifiche.intesasanpaolo.com"),
                    [("Auto-Submitted", "auto-generated"), ("X-Mailer", "ISP-Notify 4.2")])
    return raw_msg(h, part)


RAW("payment-notification", m_intesa, labels=dict(amount="2440.00", reference="52/2026"),
    note="bank alert for an incoming SEPA instant transfer; causale names the invoice")


def m_unicredit(seed):
    body = """UniCredit - Notifica movimenti

Gentile DAVIDE CONTI,
ti comunichiamo che in data 09/11/2026 è stato registrato sul conto IT28W0800000029210064521115
il seguente movimento:

ACCREDITO BONIFICO DA: GEOM. BASSI RENATO
IMPORTO: EUR 1.224,00
CAUSALE: FT 38 2026 NETTO RIT. ACC.
CRO/TRN: 0306911223344556

Per non ricevere più queste notifiche modifica le preferenze in Banking > Notifiche.
UniCredit S.p.A.
"""
    part = text_part(body, charset="iso-8859-1", cte="quoted-printable")
    h = std_headers("UniCredit <alert@alert.unicredit.it>", "davide@davideconti.photo",
                    "UniCredit: nuovo movimento sul conto", "2026-11-09 15:44", "Europe/Rome",
                    msgid("x", seed, "alert.unicredit.it"))
    return raw_msg(h, part)


RAW("payment-notification", m_unicredit, labels=dict(amount="1224.00", reference="2026/038"),
    note="bank movement alert, iso-8859-1 QP, no Auto-Submitted header; causale 'FT 38 2026' = 2026/038")


def m_satispay(seed):
    hb = """<div style="font-family:Helvetica,Arial;max-width:520px;margin:auto">
<img src="https://static.satispay.com/mail/logo.png" alt="Satispay" width="120"><h2 style="color:#f94c43">Hai ricevuto 90,00 €</h2>
<p>Katia B. ti ha inviato <b>90,00 €</b> tramite Satispay Business.</p>
<p>Messaggio: <i>biglietti da visita 🙂</i></p>
<p>Data: 07/11/2026 13:38<br>Negozio: Alessandra Rossi Graphic Design</p>
<p>L'importo sarà disponibile nel tuo saldo Satispay Business e verrà trasferito sul tuo IBAN con il prossimo accredito automatico.</p>
<p style="font-size:11px;color:#999">Satispay Europe S.A. – 7-11 route d'Esch, L-1470 Luxembourg. Ricevi questa email perché hai attivato le notifiche di incasso.</p></div>"""
    part = text_part(f"<html><body>{hb}</body></html>", "html", cte="base64")
    h = std_headers("Satispay Business <noreply@satispay.com>", "alessandra@example.it",
                    "Hai ricevuto 90,00 € da Katia B.", "2026-11-07 13:38", "Europe/Rome",
                    msgid("x", seed, "satispay.com"))
    return raw_msg(h, part)


RAW("payment-notification", m_satispay, labels=dict(amount="90.00"),
    note="Satispay Business incoming payment, HTML only in base64")


def m_paypal(seed):
    txt = """Hai ricevuto 90,00 EUR da Serena Palumbo

Serena Palumbo ti ha inviato 90,00 EUR.

Nota di Serena Palumbo: "abstract tesi Marta, grazie!!"

Dettagli transazione
ID transazione: 8KM41923TX118273A
Data transazione: 27 gennaio 2027
Importo ricevuto: 90,00 EUR
Commissione: -3,41 EUR
Importo netto: 86,59 EUR

Aiuto e contatti | Sicurezza | App
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
Non rispondere a questa email. Per ricevere assistenza, accedi al tuo conto PayPal e fai clic su Aiuto.
"""
    hb = "<html><body><table width='100%'><tr><td><h1 style='font-family:PayPal Sans,Arial'>Hai ricevuto 90,00&nbsp;EUR da Serena Palumbo</h1>" \
         "<p>Serena Palumbo ti ha inviato 90,00&nbsp;EUR.</p><p>Nota di Serena Palumbo: &quot;abstract tesi Marta, grazie!!&quot;</p>" \
         "<table><tr><td>ID transazione</td><td>8KM41923TX118273A</td></tr><tr><td>Data transazione</td><td>27 gennaio 2027</td></tr>" \
         "<tr><td>Importo ricevuto</td><td>90,00 EUR</td></tr><tr><td>Commissione</td><td>-3,41 EUR</td></tr>" \
         "<tr><td><b>Importo netto</b></td><td><b>86,59 EUR</b></td></tr></table></td></tr></table></body></html>"
    part = multipart("alternative", [text_part(txt, cte="quoted-printable"), text_part(hb, "html", cte="quoted-printable")], seed)
    h = std_headers("\"service@intl.paypal.com\" <service@intl.paypal.com>", "Giulia Esposito <giulia@espositotraduzioni.it>",
                    "Hai ricevuto un pagamento", "2027-01-27 19:12", "Europe/Rome", msgid("x", seed, "intl.paypal.com"),
                    [("X-Email-Type-Id", "PPX001215")])
    return raw_msg(h, part)


RAW("payment-notification", m_paypal, labels=dict(amount="90.00"),
    note="PayPal 'Hai ricevuto un pagamento' (the teacher who promised 90 for the 27th); gross 90, net 86.59 after fee")


def m_fineco(seed):
    body = """Gentile Cliente,

ti confermiamo che il bonifico da te disposto è stato eseguito.

Beneficiario: STUDIO VITALI COMMERCIALISTI ASSOCIATI
IBAN beneficiario: IT18 P030 6909 6061 0000 0063 118
Importo: 488,00 EUR
Causale: Saldo parcella IV trimestre 2026 - Rossi Alessandra
Data di esecuzione: 15/12/2026

La ricevuta è disponibile nella sezione Movimenti > Bonifici dell'area riservata.

FinecoBank S.p.A. - Questa email è generata automaticamente, non rispondere.
"""
    h = std_headers("FinecoBank <noreply@finecobank.com>", "alessandra@example.it",
                    "Esito bonifico: eseguito", "2026-12-15 10:05", "Europe/Rome", msgid("x", seed, "finecobank.com"),
                    [("Auto-Submitted", "auto-generated")])
    return raw_msg(h, text_part(body))


RAW("other", m_fineco, note="the owner's OWN outgoing transfer (to her accountant): not a payment received")


def m_aruba_fe(seed):
    hb = """<div style="font-family:Arial;font-size:13px">
<p><b>Aruba Fatturazione Elettronica</b></p>
<p>Gentile Cliente,</p>
<p>ti informiamo che la fattura di seguito indicata è stata <b>consegnata</b> al destinatario dal Sistema di Interscambio (SdI).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><td>Numero fattura</td><td>2/2027</td></tr>
<tr><td>Data fattura</td><td>08/01/2027</td></tr>
<tr><td>Destinatario</td><td>COMUNE DI RAVELLO</td></tr>
<tr><td>Identificativo SdI</td><td>15820344771</td></tr>
<tr><td>Stato</td><td>Consegnata – in attesa di esito committente</td></tr>
</table>
<p>Per le fatture verso la Pubblica Amministrazione, il committente ha 15 giorni per accettare o rifiutare la fattura.</p>
<p>Puoi consultare lo stato dei documenti nel pannello di Fatturazione Elettronica.</p>
<p style="color:#888;font-size:11px">Aruba S.p.A. – Via San Clemente 53 – 24036 Ponte San Pietro (BG) – Messaggio generato automaticamente.</p></div>"""
    part = text_part(f"<html><body>{hb}</body></html>", "html", cte="quoted-printable")
    h = std_headers("Aruba Fatturazione Elettronica <noreply@fatturazioneelettronica.aruba.it>",
                    "giulia@espositotraduzioni.it", "Fattura 2/2027 consegnata al destinatario",
                    "2027-01-08 16:31", "Europe/Rome", msgid("x", seed, "fatturazioneelettronica.aruba.it"))
    return raw_msg(h, part)


RAW("other", m_aruba_fe, note="e-invoicing provider: invoice delivered by SdI, awaiting the PA's outcome - no payment")


def m_pec_sdi(seed):
    inner_xml = """<?xml version="1.0" encoding="UTF-8"?>
<types:NotificaEsito xmlns:types="http://www.fatturapa.gov.it/sdi/messaggi/v1.0" versione="1.0">
  <IdentificativoSdI>15743219908</IdentificativoSdI>
  <RiferimentoFattura><NumeroFattura>53/2026</NumeroFattura><AnnoFattura>2026</AnnoFattura></RiferimentoFattura>
  <EsitoCommittente>
    <IdentificativoSdI>15743219908</IdentificativoSdI>
    <Esito>EC02</Esito>
    <Descrizione>Fattura rifiutata: operazione esente art. 10 c.1 n.20 DPR 633/72, emettere nuova fattura</Descrizione>
  </EsitoCommittente>
  <MessageId>88123410</MessageId>
</types:NotificaEsito>
"""
    inner_text = """Il file IT03388120409_0a4f2.xml.p7m con identificativo SdI 15743219908 ha ricevuto da parte del
committente la seguente notifica di esito:

Esito: EC02 - rifiutata
Descrizione: Fattura rifiutata: operazione esente art. 10 c.1 n.20 DPR 633/72, emettere nuova fattura

Il presente messaggio è generato automaticamente dal Sistema di Interscambio.
"""
    inner = raw_msg(std_headers("sdi01@pec.fatturapa.it", "moretti.luca@pec.it",
                                "Notifica di esito 15743219908", "2026-12-03 13:41", "Europe/Rome",
                                "<opec21019.20261203134102.12345.06.1.1@pec.fatturapa.it>"),
                    multipart("mixed", [text_part(inner_text),
                                        bin_part("IT03388120409_0a4f2_NE_001.xml", "application/xml",
                                                 inner_xml.encode())], seed + "in"))
    daticert = """<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="posta-certificata" errore="nessuno">
<intestazione><mittente>sdi01@pec.fatturapa.it</mittente><destinatari tipo="certificato">moretti.luca@pec.it</destinatari>
<risposte>sdi01@pec.fatturapa.it</risposte><oggetto>Notifica di esito 15743219908</oggetto></intestazione>
<dati><gestore-emittente>Postecom S.p.A.</gestore-emittente><data zona="+0100"><giorno>03/12/2026</giorno><ora>13:41:02</ora></data>
<identificativo>opec21019.20261203134102.12345.06.1.1@pec.fatturapa.it</identificativo></dati></postacert>
"""
    envelope = """Messaggio di posta certificata

Il giorno 03/12/2026 alle ore 13:41:02 (+0100) il messaggio
"Notifica di esito 15743219908" è stato inviato da "sdi01@pec.fatturapa.it"
indirizzato a:
moretti.luca@pec.it
Il messaggio originale è incluso in allegato.
Identificativo messaggio: opec21019.20261203134102.12345.06.1.1@pec.fatturapa.it
"""
    postacert = Part([("Content-Type", 'message/rfc822; name="postacert.eml"'),
                      ("Content-Disposition", 'attachment; filename="postacert.eml"')], inner)
    part = multipart("mixed", [text_part(envelope), bin_part("daticert.xml", "application/xml", daticert.encode()),
                               postacert], seed)
    h = std_headers("\"Per conto di: sdi01@pec.fatturapa.it\" <posta-certificata@pec.it>", "moretti.luca@pec.it",
                    "POSTA CERTIFICATA: Notifica di esito 15743219908", "2026-12-03 13:41", "Europe/Rome",
                    "<opec21019.20261203134102.12345.06.1.1@pec.it>",
                    [("X-Trasporto", "posta-certificata"),
                     ("X-Riferimento-Message-ID", "<opec21019.20261203134102.12345.06.1.1@pec.fatturapa.it>")])
    return raw_msg(h, part)


RAW("other", m_pec_sdi, note="PEC envelope carrying the SdI 'notifica di esito' EC02 (invoice 53/2026 rejected by a school): e-invoicing machine notice, not a client reply")


def m_ooo_return(seed):
    body = """Gentile mittente,

sarò fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta elettronica.
Per questioni urgenti relative ai pagamenti può rivolgersi all'Ufficio Ragioneria
(ragioneria@comune.castelnuovo-rangone.mo.it, tel. 059 534 811).

Cordiali saluti
Marisa Bellei
Responsabile Area Finanziaria – Comune di Castelnuovo Rangone
"""
    h = std_headers("Marisa Bellei <m.bellei@comune.castelnuovo-rangone.mo.it>", "Chiara Lombardi <chiara@lombardi-it.it>",
                    "Risposta automatica: Fattura n. 64/2026", "2026-12-23 09:14", "Europe/Rome",
                    msgid("outlook", seed, "comune.castelnuovo-rangone.mo.it"),
                    [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", msgid("x", seed + "r", "lombardi-it.it")), ("Thread-Topic", "Fattura n. 64/2026")])
    return raw_msg(h, text_part(body))


RAW("auto-reply", m_ooo_return, labels=dict(return_date="2027-01-07"),
    note="out-of-office with Auto-Submitted: 'fuori ufficio fino al 6 gennaio compreso' -> back 7 Jan; mentions pagamenti")


def m_ooo_vague(seed):
    body = """Buongiorno,
sono in ferie per le festività natalizie e rientrerò in studio dopo l'Epifania.
Per urgenze chiamare il 348 771 2290.
Buone feste!
Geom. Mauro Pellizzari
"""
    h = std_headers("Geom. Mauro Pellizzari <studio@pellizzarigeometra.it>", "davide@davideconti.photo",
                    "Re: Fattura 2026/061 - Davide Conti Fotografia", "2026-12-28 09:31", "Europe/Rome",
                    msgid("x", seed, "pellizzarigeometra.it"),
                    [("In-Reply-To", msgid("x", seed + "r", "davideconti.photo"))])
    return raw_msg(h, text_part(body))


RAW("auto-reply", m_ooo_vague,
    note="holiday auto-reply WITHOUT RFC 3834 headers and with a 'Re:' subject; 'dopo l'Epifania' is vague -> no return_date")


def m_protocollo(seed):
    body = """COMUNE DI SORRENTO
Sistema di gestione documentale - Protocollo informatico

Si comunica che il messaggio da Lei inviato in data 07/12/2026 alle ore 09:12, avente oggetto
"Re: Invio fattura n. 61/2026", è stato acquisito al protocollo generale dell'Ente:

Numero di protocollo: 0018502/2026
Data di registrazione: 07/12/2026
Assegnato a: Settore Servizi Finanziari

Il presente messaggio è generato automaticamente. Non rispondere a questo indirizzo.
"""
    h = std_headers("Protocollo Comune di Sorrento <protocollo@comune.sorrento.na.it>", "giulia@espositotraduzioni.it",
                    "Ricevuta di protocollazione n. 0018502/2026", "2026-12-07 09:13", "Europe/Rome",
                    msgid("x", seed, "comune.sorrento.na.it"),
                    [("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes")])
    return raw_msg(h, text_part(body, charset="iso-8859-1", cte="quoted-printable"))


RAW("auto-reply", m_protocollo, note="municipal registry acknowledgement (protocollo informatico) of the reminder: automatic acknowledgement")


def m_noactive(seed):
    body = """Questo indirizzo email non è più attivo.
Dal 1° gennaio 2027 la gestione amministrativa di Officine Vitale srl è passata a
amministrazione@vitalgroup.it: La preghiamo di reinviare la Sua comunicazione a quell'indirizzo.
Il messaggio non verrà letto né inoltrato.
"""
    h = std_headers("Officine Vitale <contabilita@officinevitale.it>", "chiara@lombardi-it.it",
                    "Indirizzo non più attivo", "2027-01-11 09:02", "Europe/Rome",
                    msgid("x", seed, "officinevitale.it"), [("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    return raw_msg(h, text_part(body))


RAW("auto-reply", m_noactive, note="'mailbox no longer in use' auto-reply pointing to a new address (not a bounce: it was delivered)")


def dsn(seed, reporter_from, owner, failed, status, diag, action, human, date, mta, orig, subject="Undelivered Mail Returned to Sender",
        extra_fields="", human_charset="utf-8"):
    ow = OWNERS[owner]
    ds = (f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(when(date, 'Europe/Rome') - dt.timedelta(minutes=1))}\n\n"
          f"Final-Recipient: rfc822; {failed}\nOriginal-Recipient: rfc822;{failed}\nAction: {action}\n"
          f"Status: {status}\n{extra_fields}Diagnostic-Code: smtp; {diag}\n")
    part = multipart("report", [text_part(human, charset=human_charset),
                                Part([("Content-Type", "message/delivery-status")], ds.encode()),
                                Part([("Content-Type", "message/rfc822")], orig)], seed,
                     '; report-type=delivery-status')
    h = std_headers(reporter_from, ow["addr"], subject, date, "Europe/Rome", msgid("x", seed, mta),
                    [("Auto-Submitted", "auto-replied")])
    return raw_msg(h, part)


def m_bounce_postfix(seed):
    orig, mid, subj = original_letter("A", "Edil Brenta srl", "amministrazione@edilbrenta.it", "18/2026", 1342.0,
                                      "2026-11-10", "2026-11-24 09:05", sal="Spett.le Edil Brenta srl,")
    human = """This is the mail system at host smtpout.example.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<amministrazione@edilbrenta.it>: host mx.edilbrenta.it[151.1.73.12] said: 550
    5.1.1 <amministrazione@edilbrenta.it>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    return dsn(seed, "MAILER-DAEMON@smtpout.example.it (Mail Delivery System)", "A", "amministrazione@edilbrenta.it",
               "5.1.1", "550 5.1.1 <amministrazione@edilbrenta.it>: Recipient address rejected: User unknown in virtual mailbox table",
               "failed", human, "2026-11-24 09:05", "smtpout.example.it", orig,
               extra_fields="Remote-MTA: dns; mx.edilbrenta.it\n")


RAW("bounce", m_bounce_postfix, labels=dict(failed_recipient="amministrazione@edilbrenta.it", permanent=True),
    note="Postfix DSN, 550 5.1.1 user unknown -> permanent")


def m_bounce_exim_delay(seed):
    orig, mid, subj = original_letter("L", "Gruppo Rinaldi spa", "ufficio.acquisti@grupporinaldi.it", "58/2026", 2440.0,
                                      "2026-12-10", "2026-12-14 09:10", sal="Spett.le Gruppo Rinaldi spa,")
    human = """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.morettisicurezza.it.

The message identifier is:     1wQx3T-000Bz2-4k
The subject of the message is: Re: Fattura n. 58/2026 – Moretti Consulenza Sicurezza
The date of the message is:    Mon, 14 Dec 2026 09:10:00 +0100

The address to which the message has not yet been delivered is:

  ufficio.acquisti@grupporinaldi.it
    host mx1.grupporinaldi.it [212.45.140.3]
    Delay reason: SMTP error from remote mail server after RCPT TO:<ufficio.acquisti@grupporinaldi.it>:
    451 4.7.1 Greylisting in action, please come back later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
    return dsn(seed, "Mail Delivery System <Mailer-Daemon@mail.morettisicurezza.it>", "L",
               "ufficio.acquisti@grupporinaldi.it", "4.7.1", "451 4.7.1 Greylisting in action, please come back later",
               "delayed", human, "2026-12-15 09:40", "mail.morettisicurezza.it", orig,
               subject="Warning: message 1wQx3T-000Bz2-4k delayed 24 hours",
               extra_fields="Will-Retry-Until: Fri, 18 Dec 2026 09:10:00 +0100\n")


RAW("bounce", m_bounce_exim_delay, labels=dict(failed_recipient="ufficio.acquisti@grupporinaldi.it", permanent=False),
    note="Exim delay warning (4.7.1 greylisting, will retry) -> temporary")


def m_bounce_o365(seed):
    orig, mid, subj = original_letter("G", "Agenzia Viaggi Partenope", "booking@agenziapartenope.it", "68/2026", 610.0,
                                      "2027-01-20", "2027-01-25 09:20", sal="Spett.le Agenzia Viaggi Partenope,")
    human = """Recapito non riuscito per i destinatari o i gruppi seguenti:

booking@agenziapartenope.it
Impossibile trovare l'indirizzo di posta elettronica specificato. Verificare l'indirizzo di posta elettronica del destinatario e riprovare a inviare il messaggio. Se il problema persiste, contattare il supporto tecnico.

Informazioni di diagnostica per gli amministratori:

Server di generazione: AM9PR03MB7261.eurprd03.prod.outlook.com

booking@agenziapartenope.it
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Intestazioni del messaggio originale:
Subject: Re: Invio fattura n. 68/2026
"""
    return dsn(seed, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@agenziapartenope.onmicrosoft.com>",
               "G", "booking@agenziapartenope.it", "5.1.10",
               "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "failed", human,
               "2027-01-25 09:21", "AM9PR03MB7261.eurprd03.prod.outlook.com", orig,
               subject="Non recapitabile: Re: Invio fattura n. 68/2026")


RAW("bounce", m_bounce_o365, labels=dict(failed_recipient="booking@agenziapartenope.it", permanent=True),
    note="Office 365 NDR in Italian, 5.1.10 recipient not found -> permanent")


def m_newsletter(seed):
    txt = """CONFARTIGIANATO IMPRESE – NEWSLETTER FISCALE n. 45/2026

In questo numero:
- Scadenze di dicembre: acconto IVA entro il 28 dicembre
- Fattura elettronica: le nuove specifiche tecniche 1.9 dal 1° aprile 2027
- Ritardi di pagamento della PA: come usare la Piattaforma dei Crediti Commerciali
- Interessi di mora: il tasso BCE per il primo semestre 2027

RITARDI DI PAGAMENTO: COSA FARE SE IL CLIENTE NON PAGA
Il D.Lgs. 231/2002 prevede interessi moratori automatici dal giorno successivo alla scadenza
della fattura. Prima di agire, è consigliabile inviare un sollecito scritto e verificare con il
cliente l'eventuale avvenuto pagamento...

Leggi tutto su confartigianato.it

Ricevi questa newsletter perché sei iscritto al servizio informativo di Confartigianato.
Per cancellarti clicca qui: https://news.confartigianato.it/unsubscribe?u=8812
"""
    part = text_part(txt, cte="quoted-printable")
    h = std_headers("Confartigianato Newsletter <newsletter@news.confartigianato.it>", "luca@morettisicurezza.it",
                    "Newsletter fiscale n. 45/2026 – Scadenze di dicembre e ritardi di pagamento", "2026-12-01 08:00",
                    "Europe/Rome", msgid("x", seed, "news.confartigianato.it"),
                    [("List-Unsubscribe", "<https://news.confartigianato.it/unsubscribe?u=8812>"),
                     ("List-Id", "Newsletter Fiscale <fiscale.news.confartigianato.it>"), ("Precedence", "bulk")])
    return raw_msg(h, part)


RAW("other", m_newsletter, note="trade association newsletter about late payments and invoices: neither a reply nor a payment")


if __name__ == "__main__":
    labs = write_all()
    sys.exit(0 if check(labs) else 1)
