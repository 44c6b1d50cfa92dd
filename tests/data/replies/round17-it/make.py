#!/usr/bin/env python3
"""round17-it: 80 replies and notices that reach Italian freelancers after an invoice.

Italian clients from every region (Sardinia, Friuli, Puglia, Marche, Sicily, Ticino...),
condominium administrators, schools, doctors' practices, associations, a notary's office,
municipal offices; Italian payment realities (bonifico SEPA/istantaneo, CRO/TRN, valuta,
Ri.Ba., ritenuta d'acconto, split payment, 60 gg d.f.f.m., pagoPA, Satispay) and Italian
bank alerts, auto-replies and bounces.

Standard library only.  Every message body below is written by hand; the helpers only
build MIME structure, quote the freelancer's reminder (whose wording follows
templates/it/*.txt.j2) and re-check what was written.

Run:  python3 make.py       (writes r17i-0001.eml ... r17i-0080.eml and labels.toml here)
"""
import base64
import datetime as dt
import email
import email.charset
import email.policy
import email.utils
import html
import os
import quopri
import re
import struct
import sys
import zlib
from email.header import Header
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r17i"
N = 80

ROME = ZoneInfo("Europe/Rome")
ZURICH = ZoneInfo("Europe/Zurich")
UTC = dt.timezone.utc
PST = ZoneInfo("America/Los_Angeles")

KINDS = {
    "client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
    "payment-notification", "auto-reply", "bounce", "other",
}

# --------------------------------------------------------------------------- owners
# The freelancers whose mailboxes receive these messages.
OWN = {
    "pittau": ("Elena Pittau", "info@elenapittau.it", "IT60X0542811101000000123456"),
    "ferrante": ("Giulia Ferrante", "giulia@ferrantestudio.it", "IT02L1234512345123456789012"),
    "sanna": ("Marco Sanna", "marco.sanna.traduzioni@gmail.com", "IT45R0306904031100000012345"),
    "benedetti": ("Luca Benedetti", "luca@benedettiict.it", "IT83C0538721300000003456789"),
    "colombo": ("Andrea Colombo", "andrea@andreacolombofoto.it", "IT71M0200801633000104567891"),
    "derosa": ("Francesca De Rosa", "francesca@fdrcomunicazione.it", "IT29S0306903496100000067890"),
    "verri": ("Paolo Verri", "paolo.verri@ingverri.it", "IT11P0863712300000000221133"),
    "lombardi": ("Sara Lombardi", "sara@lombardiprivacy.it", "IT56K0326801000052874512345"),
    "russo": ("Davide Russo", "davide@russodev.it", "IT94Q0301503200000003517428"),
    "marchetti": ("Chiara Marchetti", "chiara@studiomarchetti.eu", "IT37T0760113300001025948373"),
    "greco": ("Tommaso Greco", "assistenza@grecoinformatica.it", "IT88F0306904600100000123987"),
}

# --------------------------------------------------------------------------- dates
GG = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
MM = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]


def at(y, m, d, hh=9, mi=0, ss=0, tz=ROME):
    return dt.datetime(y, m, d, hh, mi, ss, tzinfo=tz)


def longdate(d):
    """'9 novembre 2026' (as the reminders write a date after the article)."""
    return f"{d.day} {MESI[d.month - 1]} {d.year}"


# --------------------------------------------------------------------------- header helpers
_QP_UTF8 = email.charset.Charset("utf-8")
_QP_UTF8.header_encoding = email.charset.QP


def enc_words(s, charset="utf-8", q=True):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    if charset == "utf-8":
        cs = _QP_UTF8 if q else email.charset.Charset("utf-8")
    else:
        cs = email.charset.Charset(charset)
        cs.header_encoding = email.charset.QP if q else email.charset.BASE64
    return Header(s, cs).encode(maxlinelen=76)


def addr(name, mail, charset="utf-8", q=True):
    if not name:
        return mail
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, mail))
    except UnicodeEncodeError:
        return f"{enc_words(name, charset, q)} <{mail}>"


_counter = [0]


def mid(domain, stamp=None, style="plain"):
    """A Message-ID of the kind the sending software makes (deterministic)."""
    _counter[0] += 1
    c = _counter[0]
    h = zlib.crc32(f"{domain}{c}{stamp}".encode()) & 0xFFFFFFFF
    h2 = zlib.crc32(f"{c}{domain}x".encode()) & 0xFFFFFFFF
    if style == "gmail":
        s = base64.urlsafe_b64encode(struct.pack(">IIII", h, h2, c * 7919, h ^ h2)).decode().rstrip("=")
        return f"<CA{s}+{h % 1000}w@mail.gmail.com>"
    if style == "outlook":
        return f"<AM{h % 10}PR{h2 % 100:02d}MB{c:04d}{h:08X}{h2:08X}@AM{h % 10}PR{h2 % 100:02d}MB{c:04d}.eurprd0{c % 8}.prod.outlook.com>"
    if style == "apple":
        return f"<{h:08X}-{h2 & 0xFFFF:04X}-4{c % 1000:03d}-A{h % 999:03d}-{h2:08X}{c:04X}@{domain}>"
    if style == "mailduns":
        return f"<mailduns.{stamp}.{h:08x}@{domain}>"
    return f"<{stamp or c}.{h:08x}{h2 % 4096:03x}@{domain}>"


# --------------------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes

    def to_bytes(self):
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}\n".encode("ascii"))
        out.append(b"\n")
        out.append(self.body)
        return b"".join(out)


def _encode_body(raw, cte):
    if cte == "quoted-printable":
        b = quopri.encodestring(raw)
        if not b.endswith(b"\n"):
            b += b"\n"
        return b
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=()):
    raw = body.encode(charset)
    cs = charset if charset != "us-ascii" else "us-ascii"
    hdrs = [("Content-Type", f'text/{subtype}; charset="{cs}"{params}'),
            ("Content-Transfer-Encoding", cte)]
    hdrs.extend(extra)
    return Part(hdrs, _encode_body(raw, cte))


def attachment(data, ctype, filename, disposition="attachment", extra=()):
    fn = enc_words(filename) if any(ord(ch) > 127 for ch in filename) else filename
    hdrs = [("Content-Type", f'{ctype}; name="{fn}"'),
            ("Content-Disposition", f'{disposition}; filename="{fn}"'),
            ("Content-Transfer-Encoding", "base64")]
    hdrs.extend(extra)
    return Part(hdrs, base64.encodebytes(data))


def raw_part(ctype, body_bytes, extra=()):
    hdrs = [("Content-Type", ctype)]
    hdrs.extend(extra)
    return Part(hdrs, body_bytes if body_bytes.endswith(b"\n") else body_bytes + b"\n")


def multipart(subtype, parts, boundary, params="", preamble=None, extra=()):
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        chunks.append(f"--{boundary}\n".encode("ascii"))
        chunks.append(p.to_bytes())
        if not chunks[-1].endswith(b"\n"):
            chunks.append(b"\n")
    chunks.append(f"--{boundary}--\n".encode("ascii"))
    hdrs = [("Content-Type", f'multipart/{subtype};{params} boundary="{boundary}"')]
    hdrs.extend(extra)
    return Part(hdrs, b"".join(chunks))


def tiny_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
            f"2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
            f"3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj\n"
            f"% {title}\ntrailer <</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1")


def tiny_png(r=240, g=240, b=240):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    row = b"\x00" + bytes([r, g, b]) * 2
    idat = zlib.compress(row * 2)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def tiny_jpeg():
    return bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + bytes.fromhex("ffd9")


# --------------------------------------------------------------------------- the freelancer's reminders
def money(v):
    """'1.464,00 €' as the Italian reminders print an amount (a string is printed as it is)."""
    if isinstance(v, str):
        return v
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{s} €"


def payment_block(owner_key, number):
    name, _, iban = OWN[owner_key]
    return (f"Per il pagamento:\n- beneficiario: {name}\n- IBAN: {iban}\n"
            f"- causale: Fattura n. {number}")


def reminder(step, owner_key, sal, number, amount=None, due=None, issue=None, deadline=None,
             days_late=0, fees=None, promise_date=None, claim_date=None, paid_on=None):
    """The text of the freelancer's letter, worded as templates/it/<step>.txt.j2 words it."""
    owner = OWN[owner_key][0]
    a = f" di {money(amount)}" if amount else ""
    pay = payment_block(owner_key, number)
    if step == "courtesy":
        iss = f", emessa il {longdate(issue)}," if issue else ""
        body = (f"un breve promemoria: la fattura n. {number}{a}{iss} è in scadenza il {longdate(due)}.\n\n"
                "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
    elif step == "due":
        if days_late > 0:
            first = (f"un promemoria: la fattura n. {number}{a} è scaduta il {longdate(due)}. Se il pagamento non è "
                     "ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
        else:
            first = f"un promemoria: la fattura n. {number}{a} è in scadenza oggi, {due.strftime('%d/%m/%Y')}."
        body = (f"{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
    elif step == "reminder":
        body = (f"da un controllo la fattura n. {number}{a}, scaduta il {longdate(due)}, risulta ancora da saldare. "
                "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                + (fees + "\n\n" if fees else "") +
                "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n" + pay)
    elif step == "late_fee":
        dl = f": sono trascorsi {days_late} giorni dalla scadenza" if days_late > 1 else ""
        body = (f"la fattura n. {number}{a}, scaduta il {longdate(due)}, risulta ancora da saldare{dl}.\n\n"
                + (fees + "\n\n" if fees else "") +
                f"Chiedo cortesemente di provvedere al pagamento{' dell’importo totale'.replace('’', chr(39)) if fees else ''} "
                f"entro il {longdate(deadline)}. Se il pagamento è già stato disposto, basta rispondere indicando la data "
                "del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una "
                "soluzione: basta rispondere a questa email.\n\n" + pay)
    elif step == "final":
        iss = f" del {longdate(issue)}" if issue else ""
        body = (f"la fattura n. {number}{a}, scaduta il {longdate(due)}, risulta ancora da saldare nonostante i precedenti solleciti.\n\n"
                + (fees + "\n\n" if fees else "") +
                f"Con la presente chiedo formalmente il pagamento {'dell' + chr(39) + 'importo totale sopra indicato' if fees else ('di ' + money(amount) if amount else 'dell' + chr(39) + 'importo dovuto')} "
                f"entro il {longdate(deadline)}. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti "
                "dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). "
                "Resta salvo ogni altro diritto.\n\n"
                "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi "
                "competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del "
                "debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a "
                "parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la "
                "data del bonifico, così da poterlo verificare.\n\n" + pay)
        return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {number}{iss}\n\n"
                f"{sal}\n\n{body}\n\nCordiali saluti,\n{owner}")
    elif step == "promise_followup":
        if promise_date:
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {number}{a} sarebbe "
                     f"stato effettuato entro il {longdate(promise_date)}.")
        else:
            first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {number}{a}, scaduta il "
                     f"{longdate(due)}.")
        body = (f"{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere "
                "indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro "
                f"quando posso aspettarlo.\n\n{pay}")
    elif step == "paid_claim_followup":
        cd = f" il {longdate(claim_date)}" if claim_date else ""
        body = (f"grazie per avermi comunicato{cd} che la fattura n. {number}{a} è stata pagata.\n\n"
                "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede "
                "qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, "
                "chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di "
                "inoltrarmi la contabile.\n\n"
                "Per un confronto, riporto le coordinate corrette:\n"
                f"- beneficiario: {OWN[owner_key][0]}\n- IBAN: {OWN[owner_key][2]}\n- causale: Fattura n. {number}\n\n"
                "Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: in "
                "tal caso mi basta una breve conferma. Grazie per la collaborazione.")
    elif step == "suspension":
        body = (f"torno a scrivere in merito alla fattura n. {number}{a}, scaduta il {longdate(due)}, che risulta ancora da saldare.\n\n"
                + (fees + "\n\n" if fees else "") +
                f"In mancanza del pagamento entro il {longdate(deadline)}, dal {longdate(deadline + dt.timedelta(days=3))} "
                "potrebbe essere necessario sospendere le attività in corso e i servizi da me forniti fino alla "
                "regolarizzazione. Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, "
                "possiamo concordare una soluzione; basta rispondere a questa email.\n\n" + pay)
    elif step == "thank_you":
        po = f" il {longdate(paid_on)}" if paid_on else ""
        body = (f"confermo di aver ricevuto il pagamento della fattura n. {number} ({money(amount)}){po}. Grazie!\n\n"
                "Resto a disposizione per qualsiasi necessità.")
    elif step == "invoice":
        body = (f"in allegato la fattura n. {number}{a}" + (f", con scadenza il {longdate(due)}" if due else "") +
                ".\n\n" + pay + "\n\nPer qualsiasi domanda basta rispondere a questa email.")
    else:
        raise ValueError(step)
    return f"{sal}\n\n{body}\n\nCordiali saluti,\n{owner}"


def fees_text(rate, lines):
    return ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): senza "
            "che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli interessi "
            "moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti percentuali, "
            f"attualmente {rate} annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di risarcimento dei costi "
            "di recupero (art. 6).\n\nAd oggi l'importo dovuto è il seguente:\n" + "\n".join(f"- {x}" for x in lines))


# --------------------------------------------------------------------------- quoting styles
def gt(s, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in s.split("\n"))


def q_gmail(name, mail, when, body):
    return (f"Il giorno {GG[when.weekday()]} {when.day} {MM[when.month - 1]} {when.year} alle ore "
            f"{when:%H:%M} {name} <{mail}> ha scritto:\n\n{gt(body)}")


def q_apple(name, mail, when, body):
    return (f"Il giorno {when.day} {MM[when.month - 1]} {when.year}, alle ore {when:%H:%M}, {name} <{mail}> ha "
            f"scritto:\n\n{gt(body)}")


def q_thunderbird(name, when, body):
    return f"Il {when:%d/%m/%y %H:%M}, {name} ha scritto:\n{gt(body, '> ')}"


def q_outlook(name, mail, when, to, subject, body, line=False, cc=None):
    sep = "________________________________\n" if line else ""
    c = f"Cc: {cc}\n" if cc else ""
    return (f"{sep}Da: {name} <{mail}>\nInviato: {GIORNI[when.weekday()]} {when.day} {MESI[when.month - 1]} "
            f"{when.year} {when:%H:%M}\nA: {to}\n{c}Oggetto: {subject}\n\n{body}")


def q_outlook_new(name, mail, when, to, subject, body):
    return (f"Da: {name} <{mail}>\nData: {GIORNI[when.weekday()]}, {when.day} {MESI[when.month - 1]} "
            f"{when.year} {when:%H:%M}\nA: {to}\nOggetto: {subject}\n\n{body}")


def q_outlook_old(name, mail, when, to, subject, body):
    return (f"-----Messaggio originale-----\nDa: {name} [mailto:{mail}]\nInviato: {GIORNI[when.weekday()]} "
            f"{when.day} {MESI[when.month - 1]} {when.year} {when:%H:%M}\nA: {to}\nOggetto: {subject}\n\n{body}")


def q_samsung(name, mail, when, to, subject, body):
    return (f"-------- Messaggio originale --------\nDa: {name} <{mail}>\nData: {when:%d/%m/%y %H:%M} (GMT+01:00)\n"
            f"A: {to}\nOggetto: {subject}\n\n{body}")


def q_libero(mail, when, to, subject, body):
    return (f"----Messaggio originale----\nDa: {mail}\nData: {when.day}-{MM[when.month - 1]}-{when.year} "
            f"{when.hour}.{when:%M}\nA: <{to}>\nOgg: {subject}\n\n{body}")


def h_esc(s):
    return html.escape(s, quote=False)


def h_paras(s, tag="div", style=""):
    """Plain text -> one <div>/<p> per line, blank lines as <br> (how webmail editors store text)."""
    st = f' style="{style}"' if style else ""
    out = []
    for ln in s.split("\n"):
        out.append(f"<{tag}{st}>{h_esc(ln) if ln else '<br>'}</{tag}>")
    return "\n".join(out)


def h_gmail(reply, name, mail, when, quoted):
    attrib = (f"Il giorno {GG[when.weekday()]} {when.day} {MM[when.month - 1]} {when.year} alle ore {when:%H:%M} "
              f'{h_esc(name)} &lt;<a href="mailto:{mail}">{mail}</a>&gt; ha scritto:<br>')
    q = h_esc(quoted).replace("\n", "<br>\n")
    return (f'<div dir="ltr">{h_paras(reply)}</div><br><div class="gmail_quote"><div dir="ltr" '
            f'class="gmail_attr">{attrib}</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>\n')


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.StileMessaggioDiPostaElettronica17
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-fareast-language:EN-US;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 2.0cm 2.0cm 2.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="IT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def h_outlook(reply, cs="windows-1252", quote_hdr=None, quoted=None, sig_html=""):
    out = [OUTLOOK_HEAD.format(cs=cs)]
    for ln in reply.split("\n"):
        out.append(f'<p class="MsoNormal">{h_esc(ln) if ln else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>')
    out.append(sig_html)
    if quote_hdr:
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>\n<div style="border:none;border-top:solid '
                   '#E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><b>'
                   + "<br>\n<b>".join(f"{h_esc(k)}:</b> {h_esc(v)}" for k, v in quote_hdr)
                   + "<o:p></o:p></p>\n</div>\n</div>")
        for ln in quoted.split("\n"):
            out.append(f'<p class="MsoNormal">{h_esc(ln) if ln else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>')
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


def outlook_hdr(name, mail, when, to, subject):
    return [("Da", f"{name} <{mail}>"),
            ("Inviato", f"{GIORNI[when.weekday()]} {when.day} {MESI[when.month - 1]} {when.year} {when:%H:%M}"),
            ("A", to), ("Oggetto", subject)]


def h_apple(reply, name, mail, when, quoted):
    q = h_esc(quoted).replace("\n", "<br>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + h_paras(reply) +
            f'<div><br><blockquote type="cite"><div>Il giorno {when.day} {MM[when.month - 1]} {when.year}, alle ore '
            f'{when:%H:%M}, {h_esc(name)} &lt;{mail}&gt; ha scritto:</div><br class="Apple-interchange-newline">'
            f'<div><div>{q}</div></div></blockquote></div><br></body></html>\n')


# --------------------------------------------------------------------------- registry
MESSAGES = []


def add(key, *, kind, frm, to, date, subject, body, lang="it", note, facts=None, irt=None, refs=None,
        extra=(), cc=None, msgid=None, mid_style="plain", reply_to=None, top=(), rpath=None):
    """key orders the messages; facts: promised_date, return_date, amount, currency, reference,
    failed_recipient, permanent."""
    assert kind in KINDS, kind
    dom = frm[1].split("@")[1] if isinstance(frm, tuple) else frm.split("@")[-1].strip(">")
    hdrs = list(top)
    if rpath is not None:
        hdrs.append(("Return-Path", rpath))
    hdrs.append(("From", addr(*frm) if isinstance(frm, tuple) else frm))
    hdrs.append(("To", addr(*to) if isinstance(to, tuple) else to))
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("Subject", enc_words(subject)))
    hdrs.append(("Date", email.utils.format_datetime(date)))
    m_id = msgid or mid(dom, date.strftime("%Y%m%d%H%M%S"), mid_style)
    hdrs.append(("Message-ID", m_id))
    if irt:
        hdrs.append(("In-Reply-To", irt))
        hdrs.append(("References", " ".join(refs or [irt])))
    hdrs.extend(extra)
    hdrs.append(("MIME-Version", "1.0"))
    data = b"".join(f"{k}: {v}\n".encode("ascii") for k, v in hdrs) + body.to_bytes()
    MESSAGES.append(dict(key=key, kind=kind, lang=lang, note=note, facts=facts or {}, data=data,
                         date=date, subject=subject))


def thread_ids(owner_key, *stamps):
    """Message-IDs of the freelancer's earlier mails (invoice, reminders) in this thread."""
    dom = OWN[owner_key][1].split("@")[1]
    return [mid(dom, s, "mailduns") for s in stamps]


# =========================================================================== messages
# --------------------------------------------------------------------------- paid


def p01():
    o = "pittau"; oname, omail, _ = OWN[o]
    sent = at(2026, 11, 9, 8, 0)
    ids = thread_ids(o, "inv18", "due18")
    subj = "Fattura n. 18/2026 in scadenza"
    rem = reminder("due", o, "Spett.le Ferramenta Mura snc,", "18/2026", 610, due=dt.date(2026, 11, 9))
    reply = """Buongiorno Elena,
il bonifico della fattura 18/2026 l'abbiamo fatto ieri pomeriggio, 610,00 euro dal conto del Banco di Sardegna. Ti metto sotto il CRO nel caso non lo vedessi arrivare:
CRO 10238765432

Il logo nuovo è già sull'insegna, a mio fratello piace tantissimo.

Saluti
Giovanni Mura
Ferramenta Mura snc
Via Lamarmora 41 – 08100 Nuoro
tel. 0784 231567"""
    plain = reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n"
    htm = h_gmail(reply, oname, omail, sent, rem)
    body = multipart("alternative", [text(plain, cte="quoted-printable"), text(htm, "html", cte="quoted-printable")],
                     "000000000000a81f3e0640e1c2d7")
    add("P01", kind="client-reply-paid", frm=("Giovanni Mura", "ferramentamura.nuoro@gmail.com"), to=(oname, omail),
        date=at(2026, 11, 10, 9, 12, 33), subject="Re: " + subj, body=body, irt=ids[1], refs=ids, mid_style="gmail",
        facts=dict(amount="610.00", currency="EUR", reference="18/2026"),
        note="Transfer made 'ieri pomeriggio' with a CRO given; 610,00 euro and invoice 18/2026 are in the client's own words.")


def p02():
    o = "verri"; oname, omail, _ = OWN[o]
    sent = at(2026, 11, 30, 8, 30)
    ids = thread_ids(o, "inv31", "rem31")
    subj = "Fattura n. 31/2026 – sollecito di pagamento"
    cli = "amministrazione@studiobellotti.bg.it"
    rem = reminder("reminder", o, "Spett.le Condominio Residenza I Tigli,", "31/2026", 1464, due=dt.date(2026, 11, 20))
    reply = """Gentile Ing. Verri,

con la presente si comunica che in data odierna è stato disposto, dal conto corrente condominiale, bonifico SEPA a Suo favore di € 1.464,00 a saldo della fattura n. 31/2026 (perizia sullo stato delle facciate – Condominio “Residenza I Tigli”, via Borgo Palazzo 118, Bergamo), con valuta beneficiario 04/12/2026.

Si allega copia della contabile.

Ci scusiamo per il ritardo, dovuto all’attesa della delibera assembleare di approvazione della spesa straordinaria.

Distinti saluti

Rag. Cristina Bellotti
Studio Bellotti – Amministrazioni Condominiali
Via Angelo Maj 14 – 24121 Bergamo
Tel. 035 219876"""
    disc = ("AVVISO DI RISERVATEZZA: le informazioni contenute in questo messaggio e negli eventuali allegati sono "
            "riservate e destinate esclusivamente al destinatario indicato. Qualora il messaggio Le fosse pervenuto "
            "per errore, La preghiamo di eliminarlo e di darcene comunicazione (Reg. UE 2016/679).")
    plain = reply + "\n\n" + disc + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem) + "\n"
    sig = f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal" style="font-size:8.0pt;color:gray">{h_esc(disc)}<o:p></o:p></p>'
    htm = h_outlook(reply, "windows-1252", outlook_hdr(oname, omail, sent, cli, subj), rem, sig)
    alt = multipart("alternative", [text(plain, charset="windows-1252"), text(htm, "html", charset="windows-1252")],
                    "_000_AM6PR03MB5170D2B1E0A1C3F4A2B3C4D5AM6PR03MB5170eurp_")
    body = multipart("mixed", [alt, attachment(tiny_pdf("contabile bonifico 02/12/2026"), "application/pdf",
                                               "Contabile_bonifico_02122026.pdf")],
                     "_004_AM6PR03MB5170D2B1E0A1C3F4A2B3C4D5AM6PR03MB5170eurp_")
    add("P02", kind="client-reply-paid", frm=("Studio Bellotti - Amministrazioni", cli), to=(oname, omail),
        date=at(2026, 12, 2, 16, 47, 5), subject="R: " + subj, body=body, irt=ids[1], refs=ids, mid_style="outlook",
        extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "it-IT"), ("X-MS-TNEF-Correlator", "")],
        facts=dict(amount="1464.00", currency="EUR", reference="31/2026"),
        note="Condominium administrator: transfer ordered today with value date 04/12 and receipt attached; the value date is when it lands, not a promise.")


def p03():
    o = "russo"; oname, omail, _ = OWN[o]
    sent = at(2026, 11, 18, 8, 15)
    ids = thread_ids(o, "inv9", "court9")
    subj = "Promemoria: fattura n. 9/2026 in scadenza"
    cli = "segreteria@studiomedicoricci.it"
    rem = reminder("courtesy", o, "Gentile Fabio Ricci,", "9/2026", 1068.80, due=dt.date(2026, 11, 25),
                   issue=dt.date(2026, 10, 26))
    reply = """Buongiorno sig. Russo,
le scrivo dallo studio del dott. Ricci per la fattura n. 9/2026 (gestionale appuntamenti e sito).
Stamattina abbiamo disposto il bonifico di 1.068,80 euro, cioè il totale della fattura al netto della ritenuta d'acconto del 20% sui compensi (200,00 euro): la ritenuta la versiamo noi con F24 entro il 16 dicembre, come sempre, e a inizio anno le mandiamo la Certificazione Unica.

Il dottore mi chiede anche se il promemoria via SMS ai pazienti si può attivare da subito o bisogna aspettare gennaio.

Cordiali saluti
Monica Paolucci
Segreteria Studio Medico Dott. Fabio Ricci
Medicina Generale - Via Branca 22, 61121 Pesaro
Tel. 0721 301245
Orari segreteria: lun-ven 8:30-12:30"""
    plain = reply + "\n\n" + q_outlook_old(oname, omail, sent, cli, subj, rem) + "\n"
    plain = plain.replace("€", "EUR")  # the quoted reminder, as Outlook converted it to Latin-1
    body = text(plain, charset="iso-8859-1")
    add("P03", kind="client-reply-paid", frm=("Studio Medico Dott. Ricci", cli), to=(oname, omail),
        date=at(2026, 11, 23, 11, 5, 41), subject="R: " + subj, body=body, irt=ids[1], refs=ids,
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtdQx7Ub1n2JkUzQkKf1mQ0Z2x9Ag==")],
        facts=dict(amount="1068.80", currency="EUR", reference="9/2026"),
        note="Paid net of the 20% ritenuta d'acconto, which is normal and not a dispute; 'entro il 16 dicembre' is the F24 deadline for the withholding, not a promise; also asks a question.")


def p04():
    o = "colombo"; oname, omail, _ = OWN[o]
    sent = at(2026, 11, 13, 9, 0)
    ids = thread_ids(o, "inv27", "court27")
    subj = "Promemoria: fattura n. 27/2026 in scadenza"
    rem = reminder("courtesy", o, "Spett.le Birreria Al Ponte,", "27/2026", 120, due=dt.date(2026, 11, 20),
                   issue=dt.date(2026, 10, 21))
    reply = """fatto!! ti ho mandato i 120 € con satispay stamattina, dovresti vederli 👍
ps le foto della serata spaccano, le abbiamo messe ovunque 🍻

Inviato da iPhone"""
    quoted = gt(f"Il giorno {sent.day} {MM[sent.month - 1]} {sent.year}, alle ore {sent:%H:%M}, {oname} <{omail}> ha "
                f"scritto:\n\n{rem}")
    body = text(reply + "\n\n" + quoted + "\n", cte="base64")
    add("P04", kind="client-reply-paid", frm=("Mattia Zeni", "mattiazeni88@gmail.com"), to=(oname, omail),
        date=at(2026, 11, 14, 23, 41, 2), subject="Re: " + subj, body=body, irt=ids[1], refs=ids, mid_style="apple",
        extra=[("X-Mailer", "iPhone Mail (22B91)")],
        facts=dict(amount="120.00", currency="EUR"),
        note="WhatsApp-style one-liner from a Trentino pub owner: paid 120 € by Satispay; no invoice number in his words.")


def p05():
    o = "greco"; oname, omail, _ = OWN[o]
    sent = at(2026, 12, 7, 9, 0)
    ids = thread_ids(o, "inv44", "due44")
    subj = "Fattura n. 44/2026 scaduta"
    cli = "rosacataldo1946@libero.it"
    rem = reminder("due", o, "Gentile Rosa Cataldo,", "44/2026", 180, due=dt.date(2026, 12, 3), days_late=4)
    reply = """Buonasera sig. Greco,
sono Vito, il figlio della signora Rosa Cataldo. Mia madre non usa il computer e la posta gliela controllo io da Taranto, per questo le rispondo solo ora, mi scusi.

Il bonifico l'ho fatto io oggi dal mio conto, quindi lo vedra' arrivare a nome Cataldo Vito e non di mia madre: 180 euro per l'intervento del 3 novembre (il computer adesso va benissimo, mamma e' contenta che riesce a fare le videochiamate coi nipoti).

Se le serve la ricevuta del bonifico me lo dica che gliela giro.
Grazie ancora per la pazienza con mamma.

Vito Cataldo"""
    quoted = q_libero(omail, sent, cli, subj, rem).replace("€", "euro")
    body = text(reply + "\n\n" + quoted + "\n", charset="iso-8859-1")
    add("P05", kind="client-reply-paid", frm=("Rosa Cataldo", cli), to=(oname, omail),
        date=at(2026, 12, 10, 21, 30, 12), subject="R: " + subj, body=body, irt=ids[1], refs=ids,
        facts=dict(amount="180.00", currency="EUR"),
        note="The elderly client's son writes from his mother's mailbox: transfer made today from his own account; the invoice number is only in the quoted reminder.")


def p06():
    o = "marchetti"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 20, 8, 45)
    ids = thread_ids(o, "inv41", "due41")
    subj = "Fattura n. 2026-041 scaduta"
    cli = "s.induni@fiduciariabernasconi.ch"
    rem = reminder("due", o, "Spett.le Fiduciaria Bernasconi SA,", "2026-041", "CHF 850,00", due=dt.date(2027, 1, 15),
                   days_late=5)
    reply = """Buongiorno signora Marchetti,

Le confermo che il pagamento della fattura no. 2026-041 è stato eseguito questa mattina tramite e-banking, importo CHF 850.–.
Trattandosi di un pagamento verso l’estero l’accredito sul Suo conto potrebbe richiedere ancora uno o due giorni lavorativi; le spese sono state impostate a nostro carico (OUR).
Mi scusi per il ritardo: la fattura era stata registrata ma il visto della direzione è arrivato solo ieri.

Cordiali saluti

Sabrina Induni
Contabilità
Fiduciaria Bernasconi SA
Via Nassa 21
6900 Lugano
Tel. +41 91 922 34 56"""
    plain = reply + "\n\n" + q_apple(oname, omail, sent, rem) + "\n"
    htm = h_apple(reply, oname, omail, sent, rem)
    body = multipart("alternative", [text(plain), text(htm, "html")], "Apple-Mail=_6F1C2B7E-3A58-4D0B-9C11-7A2E90D4B1F3")
    add("P06", kind="client-reply-paid", frm=("Sabrina Induni", cli), to=(oname, omail),
        date=at(2027, 1, 22, 10, 18, 40, ZURICH), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        mid_style="apple", extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
        facts=dict(amount="850.00", currency="CHF", reference="2026-041"),
        note="Ticino trust company: paid this morning by e-banking, 'CHF 850.–' (Swiss notation for 850.00); the 1-2 days are bank transit, not a promise.")


def p07():
    o = "ferrante"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 8, 9, 0)
    ids = thread_ids(o, "inv131", "court131")
    subj = "Promemoria: fattura n. 2026/131 in scadenza"
    rem = reminder("courtesy", o, "Spett.le Associazione Culturale Il Tiglio APS,", "2026/131", 350,
                   due=dt.date(2027, 1, 15), issue=dt.date(2026, 12, 16))
    reply = """Cara Giulia,
ti confermo che oggi il nostro tesoriere ha pagato la fattura 2026/131 per il sito, 350,00 euro, con bonifico dal conto dell'associazione in Friulovest Banca.

Ti chiedo due cortesie: ci mandi anche una copia in PDF della fattura (quella elettronica il commercialista la scarica, ma per il rendiconto annuale ci serve stampata), e ci confermi se la marca da bollo da 2 euro è già compresa nel totale oppure va pagata a parte? Non vorremmo averti pagato meno del dovuto.

Mandi e grazie ancora per la pazienza con i nostri volontari!

Renzo Zanette
Associazione Culturale Il Tiglio APS
Pordenone"""
    body = text(reply + "\n\n" + q_thunderbird(oname, sent, rem) + "\n", cte="8bit", params="; format=flowed")
    add("P07", kind="client-reply-paid", frm=("Renzo Zanette", "tesoreria@iltiglio-aps.it"), to=(oname, omail),
        date=at(2027, 1, 11, 18, 20, 9), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "it")],
        facts=dict(amount="350.00", currency="EUR", reference="2026/131"),
        note="Friulian association: paid today, then asks for a PDF copy and whether the 2-euro stamp duty is included; the questions do not change a paid reply.")


def p08():
    o = "lombardi"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 12, 8, 0)
    ids = thread_ids(o, "inv5pa", "due5pa")
    subj = "Fattura n. 5/PA scaduta"
    cli = "ssic86000g@istruzione.it"
    rem = reminder("due", o, "Spett.le Istituto Comprensivo n. 3 Grazia Deledda,", "5/PA", 1525,
                   due=dt.date(2027, 1, 4), days_late=8)
    reply = """Gentile Dott.ssa Lombardi,

in riferimento al Suo sollecito, si comunica che la fattura elettronica n. 5/PA del 30/11/2026 (servizio di Responsabile della Protezione dei Dati – annualità 2026/27) è stata pagata con mandato n. 17 del 14/01/2027, quietanzato dall'Istituto cassiere in data odierna.

Si precisa che, trattandosi di fattura soggetta a scissione dei pagamenti (split payment, art. 17-ter D.P.R. 633/1972), a Suo favore è stato liquidato il solo imponibile di € 1.250,00, mentre l'IVA pari a € 275,00 è stata trattenuta e sarà versata direttamente all'Erario da questa Istituzione scolastica.

Il ritardo è dovuto alle operazioni di chiusura dell'esercizio finanziario 2026.

Cordiali saluti

Il Direttore dei Servizi Generali e Amministrativi
Dott.ssa Antonietta Fadda

Istituto Comprensivo n. 3 “Grazia Deledda”
Via Principessa Iolanda 52 – 07100 Sassari
C.F. 92128750904 – Codice univoco ufficio UF7K2Q
PEO ssic86000g@istruzione.it – PEC ssic86000g@pec.istruzione.it"""
    plain = reply + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem, line=True) + "\n"
    htm = h_outlook(reply, "utf-8", outlook_hdr(oname, omail, sent, cli, subj), rem)
    body = multipart("alternative", [text(plain), text(htm, "html")],
                     "_000_VI1PR10MB3422A61C0E5B2F9D8C7B6A5VI1PR10MB3422EURP_")
    add("P08", kind="client-reply-paid", frm=("IC3 Deledda Sassari - Segreteria", cli), to=(oname, omail),
        date=at(2027, 1, 15, 12, 40, 18), subject="R: " + subj, body=body, irt=ids[1], refs=ids, mid_style="outlook",
        extra=[("Content-Language", "it-IT")],
        facts=dict(amount="1250.00", currency="EUR", reference="5/PA"),
        note="School paid by mandato under split payment: only the taxable 1.250,00 reaches the freelancer, the VAT goes to the Treasury; this is normal, not a short payment or a dispute (the quote says 1.525,00).")


def p09():
    o = "benedetti"; oname, omail, _ = OWN[o]
    sent = at(2026, 12, 14, 8, 0)
    ids = thread_ids(o, "inv88", "rem88", "fee88")
    subj = "Sollecito fattura n. 88/2026"
    cli = "amministrazione@tecnoimpiantipugliese.it"
    fees = fees_text("10,15%", ["fattura n. 88/2026: 2.318,00 €",
                                "interessi di mora dal 16 novembre 2026 al 14 dicembre 2026 (29 giorni al 10,15%): 18,69 €",
                                "risarcimento forfettario dei costi di recupero: 40,00 €",
                                "totale: 2.376,69 €"])
    rem = reminder("late_fee", o, "Spett.le Tecnoimpianti Pugliese S.r.l.,", "88/2026", 2318,
                   due=dt.date(2026, 11, 15), deadline=dt.date(2026, 12, 21), days_late=29, fees=fees)
    reply = """Buongiorno,

il pagamento della fattura 88/2026 è stato effettuato in data odierna con bonifico istantaneo di € 2.318,00.
TRN: 0306909614261215183000482160IT

Ci scusiamo per il ritardo, la fattura era finita per errore tra quelle in attesa di benestare tecnico.
Per quanto riguarda interessi e indennizzo, ne parlerà direttamente il Sig. Lorusso con Lei, visto il rapporto di collaborazione che abbiamo da anni.

Cordiali saluti

Rosa Lorusso
Ufficio Amministrazione
TECNOIMPIANTI PUGLIESE S.r.l.
Via dei Gelsi 12, Z.I. – 70026 Modugno (BA)
Tel. 080 5352417"""
    disc = ("Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, "
            "copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente "
            "vietate. Qualora abbiate ricevuto questo documento per errore siete cortesemente pregati di darne "
            "immediata comunicazione al mittente e di provvedere alla sua distruzione. Grazie.")
    plain = reply + "\n\n" + disc + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem) + "\n"
    htm = h_outlook(reply, "windows-1252", outlook_hdr(oname, omail, sent, cli, subj), rem,
                    f'<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">{h_esc(disc)}</span></p>')
    body = multipart("alternative", [text(plain, charset="windows-1252"), text(htm, "html", charset="windows-1252")],
                     "_000_DB9PR02MB7275C0FFEE1234ABCDB9PR02MB7275eurp_")
    add("P09", kind="client-reply-paid", frm=("Rosa Lorusso", cli), to=(oname, omail),
        date=at(2026, 12, 15, 15, 3, 51), subject="RE: " + subj, body=body, irt=ids[2], refs=ids, mid_style="outlook",
        extra=[("Thread-Topic", subj), ("Content-Language", "it-IT")],
        facts=dict(amount="2318.00", currency="EUR", reference="88/2026"),
        note="Paid the invoice amount by instant transfer (TRN given); the quoted reminder asks 2.376,69 with interest, and the interest is left to a later talk: neither a dispute nor a promise.")


def p10():
    o = "colombo"; oname, omail, _ = OWN[o]
    sent = at(2027, 2, 3, 8, 0)
    ids = thread_ids(o, "stmt-vitali")
    subj = "Fatture da saldare – Calzaturificio Vitali F.lli snc"
    stmt = ("Spett.le Calzaturificio Vitali F.lli snc,\n\n"
            "da un controllo risultano ancora da saldare le seguenti fatture:\n\n"
            "- n. 31/2026 del 30 novembre 2026, scaduta il 30 dicembre 2026 (35 giorni di ritardo): 780,00 €\n"
            "- n. 33/2026 del 15 dicembre 2026, scaduta il 14 gennaio 2027 (20 giorni di ritardo): 460,00 €\n\n"
            "Totale da pagare: 1.240,00 €\n\n"
            "Chiedo cortesemente di provvedere al pagamento entro il 10 febbraio 2027. Se alcune di queste fatture sono "
            "già state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno la mia contabilità. "
            "Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
            "Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate.\n\n"
            f"Cordiali saluti,\n{oname}")
    reply = """Buongiorno Andrea,
abbiamo saldato entrambe le fatture, la 31 e la 33, con un unico bonifico di 1.240,00 euro fatto stamattina. In causale trova "saldo ft 31 e 33/2026".
Scusi il ritardo, tra Pitti e la preparazione del Micam in amministrazione a gennaio c'ero solo io.
Cordiali saluti
Loredana Vitali
Calzaturificio Vitali F.lli snc
Porto Sant'Elpidio (FM)"""
    plain = reply + "\n\n" + q_gmail(oname, omail, sent, stmt) + "\n"
    htm = h_gmail(reply, oname, omail, sent, stmt)
    body = multipart("alternative", [text(plain), text(htm, "html")], "0000000000007c4d1b0646f2e9a1")
    add("P10", kind="client-reply-paid", frm=("Loredana Vitali", "amministrazione@calzaturificiovitali.it"),
        to=(oname, omail), date=at(2027, 2, 3, 16, 22, 7), subject="Re: " + subj, body=body, irt=ids[0], refs=ids,
        mid_style="gmail", facts=dict(amount="1240.00", currency="EUR"),
        note="Marche shoe factory paid two invoices (31 and 33) with one transfer of 1.240,00: no single reference since two invoices are paid.")


def p11():
    o = "derosa"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 4, 9, 0)
    ids = thread_ids(o, "inv58", "due58")
    subj = "Fattura n. 58/2026 scaduta"
    cli = "pizzeriaovesuvio@gmail.com"
    rem = reminder("due", o, "Spett.le Pizzeria 'O Vesuvio,", "58/2026", 300, due=dt.date(2026, 12, 31), days_late=4)
    reply = """Buongiorno Francè,
tutto a posto, stamattina aggio fatto o bonifico de 300 euro, controlla e fammi sapè.
Scusa pe' o ritardo ma co' 'e feste è stato nu manicomio, 'a pizzeria sempre chiena.
I post pe' Natale so' venuti bellissimi, mia moglie dice che a febbraio facimmo pure 'o menù nuovo, ne parlammo.
Gennaro



Inviato da smartphone Samsung Galaxy."""
    body = text(reply + "\n\n\n" + q_samsung(oname, omail, sent, cli, subj, rem) + "\n", cte="base64")
    add("P11", kind="client-reply-paid", frm=("Gennaro Esposito", cli), to=(oname, omail),
        date=at(2027, 1, 4, 12, 15, 30), subject="R: " + subj, body=body, irt=ids[1], refs=ids,
        facts=dict(amount="300.00", currency="EUR"),
        note="Neapolitan dialect ('aggio fatto o bonifico de 300 euro'): transfer made this morning; 'a febbraio' is about new work, not payment.")


def p12():
    o = "marchetti"; oname, omail, _ = OWN[o]
    sent = at(2026, 12, 14, 9, 0)
    ids = thread_ids(o, "inv47", "court47")
    subj = "Promemoria: fattura n. 2026-047 in scadenza"
    cli = "segreteria@notaiofabbri.it"
    rem = reminder("courtesy", o, "Spett.le Studio Notarile Fabbri,", "2026-047", 915, due=dt.date(2026, 12, 30),
                   issue=dt.date(2026, 11, 30))
    reply = """Gentile Dottoressa Marchetti,

su incarico del Notaio Fabbri Le comunichiamo che la Sua fattura n. 2026-047 del 30/11/2026, relativa alla traduzione giurata dell'atto di procura dal tedesco, è stata saldata in data odierna mediante bonifico bancario dell'importo di € 915,00, con valuta beneficiario 18/12/2026.

Restiamo a disposizione per ogni eventuale chiarimento.

Distinti saluti

Paola Chiappini
Studio Notarile Dott. Alessandro Fabbri
Corso Vannucci 33 – 06121 Perugia
Tel. 075 5721190"""
    disc = ("Le informazioni contenute in questo messaggio di posta elettronica sono riservate e confidenziali e ne è "
            "vietata la diffusione in qualunque modo eseguita. Qualora Lei non fosse la persona a cui il presente "
            "messaggio è destinato, La invitiamo ad eliminarlo.")
    plain = reply + "\n\n" + disc + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem, line=True) + "\n"
    htm = h_outlook(reply, "utf-8", outlook_hdr(oname, omail, sent, cli, subj), rem,
                    f'<p class="MsoNormal"><i><span style="font-size:8.0pt">{h_esc(disc)}</span></i></p>')
    body = multipart("alternative", [text(plain, cte="base64"), text(htm, "html", cte="base64")],
                     "_000_PR3P191MB0987F3B1A2C4D5E6F7A8PR3P191MB0987EURP_")
    add("P12", kind="client-reply-paid", frm=("Studio Notarile Fabbri", cli), to=(oname, omail),
        date=at(2026, 12, 16, 10, 2, 44), subject="R: " + subj, body=body, irt=ids[1], refs=ids, mid_style="outlook",
        facts=dict(amount="915.00", currency="EUR", reference="2026-047"),
        note="Notary's office, formal register: invoice 2026-047 settled today by transfer; the value date 18/12 is the bank's, not a promise.")


def p13():
    o = "russo"; oname, omail, _ = OWN[o]
    sent = at(2027, 2, 12, 8, 30)
    ids = thread_ids(o, "inv3", "due3")
    subj = "Fattura n. 3/2027 in scadenza"
    rem = reminder("due", o, "Gentile Federica Gori,", "3/2027", 540, due=dt.date(2027, 2, 12))
    htm = ('<div dir="ltr"><div>Ciao Davide!</div><div>pagato ieri sera dall&#39;app Fineco, ti allego lo screenshot '
           'perché la banca mi dice che il bonifico normale arriva martedì 😅</div><div><br></div><div>Il sito è '
           'bellissimo, le prenotazioni online stanno già arrivando!</div><div><br></div><div>Federica</div><div>'
           '<span style="color:rgb(136,136,136)">Shanti Yoga Studio – Rimini</span></div></div><br>'
           '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
           f'Il giorno {GG[sent.weekday()]} {sent.day} {MM[sent.month - 1]} {sent.year} alle ore {sent:%H:%M} '
           f'{oname} &lt;<a href="mailto:{omail}">{omail}</a>&gt; ha scritto:<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
           f'padding-left:1ex">{h_esc(rem).replace(chr(10), "<br>")}</blockquote></div>\n')
    body = multipart("mixed", [text(htm, "html", cte="quoted-printable"),
                               attachment(tiny_png(30, 120, 200), "image/png", "Screenshot_20270213-214512.png")],
                     "000000000000e5a1c20647a3b8f2")
    add("P13", kind="client-reply-paid", frm=("Federica Gori", "shantiyoga.rimini@gmail.com"), to=(oname, omail),
        date=at(2027, 2, 14, 9, 47, 11), subject="Re: " + subj, body=body, irt=ids[1], refs=ids, mid_style="gmail",
        note="HTML-only Gmail with a screenshot of the transfer: paid last night; 'arriva martedì' is when the bank credits it, not a promise; no amount or number in her words.")


def p14():
    o = "pittau"; oname, omail, _ = OWN[o]
    sent = at(2027, 2, 10, 8, 0)
    ids = thread_ids(o, "inv3", "due3")
    subj = "Fattura n. 3/2027 scaduta"
    rem = reminder("due", o, "Spett.le Bar Sport di Pinna Antonio,", "3/2027", 244, due=dt.date(2027, 2, 5),
                   days_late=5)
    fwd = (f"-------- Messaggio Inoltrato --------\nOggetto: \t{subj}\nData: \t{sent:%a, %d %b %Y %H:%M:%S} +0100\n"
           f"Mittente: \t{oname} <{omail}>\nA: \tbarsportpinna@tiscali.it\n\n\n" + rem)
    fwd = fwd.replace("€", "euro")
    reply = """Gentile Sig.ra Pittau,
scrivo per conto del mio cliente Bar Sport di Pinna Antonio, che mi ha girato il Suo sollecito.

La fattura n. 3/2027 e' stata pagata oggi, 12/02, con bonifico ordinario dal conto del bar presso il Banco di Sardegna; in allegato trova la contabile. Con i tempi del bonifico ordinario l'accredito dovrebbe risultarLe entro lunedi'.

Per le prossime fatture Le chiedo di mettere in copia anche questo indirizzo, visto che i pagamenti del bar li gestisce il nostro studio.

Cordiali saluti

Rag. Maria Grazia Serra
Studio Serra - Consulenza fiscale e del lavoro
Via Tirso 8, 09170 Oristano
tel. 0783 78 21 45"""
    body = multipart("mixed", [text(reply + "\n\n" + fwd + "\n", charset="iso-8859-1"),
                               attachment(tiny_pdf("disposizione bonifico Pinna"), "application/pdf",
                                          "contabile bonifico Pinna 12-02-2027.pdf")],
                     "------------Dq2Zk1pLJ8Hn3xY0mWb7Fs4T")
    add("P14", kind="client-reply-paid", frm=("Studio Serra", "studio.serra@tiscali.it"), to=(oname, omail),
        cc="barsportpinna@tiscali.it",
        date=at(2027, 2, 12, 17, 30, 2), subject="R: I: " + subj, body=body, irt=ids[1], refs=ids,
        extra=[("User-Agent", "Mozilla Thunderbird")],
        facts=dict(reference="3/2027"),
        note="The client's accountant writes for the bar: invoice 3/2027 paid today with the receipt attached; 'entro lunedì' is the bank's timing, not a promise.")


def p15():
    o = "benedetti"; oname, omail, _ = OWN[o]
    sent = at(2027, 2, 3, 9, 0)
    ids = thread_ids(o, "inv7", "due7", "claim7")
    subj = "Pagamento fattura n. 7/2027"
    rem = reminder("paid_claim_followup", o, "Spett.le Moretti Serramenti,", "7/2027", 640.50,
                   claim_date=dt.date(2027, 1, 29))
    reply = """Buongiorno Luca,
strano, a noi risulta tutto regolare. Il bonifico per la fattura 7/2027 è partito il 28 gennaio, ordinario, dal conto della Banca Popolare di Fondi. Ti giro la contabile in allegato, il TRN è questo:
0538711234567890123450012345IT

Controlla che non sia finito sull'IBAN vecchio che avevi prima, perché in anagrafica fornitori forse c'era ancora quello. Se è così dimmelo che chiamo in banca per farlo richiamare.

Ciao
Gianluca Moretti
Moretti Serramenti – Latina"""
    plain = reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n"
    htm = h_gmail(reply, oname, omail, sent, rem)
    alt = multipart("alternative", [text(plain), text(htm, "html")], "0000000000002f9a3c0646a1d0e4")
    body = multipart("mixed", [alt, attachment(tiny_pdf("contabile 28/01/2027"), "application/pdf",
                                               "Contabile_28012027.pdf")], "0000000000002f9a3e0646a1d0e6")
    add("P15", kind="client-reply-paid", frm=("Gianluca Moretti", "gianluca@morettiserramenti.it"), to=(oname, omail),
        date=at(2027, 2, 4, 8, 55, 3), subject="Re: " + subj, body=body, irt=ids[2], refs=ids, mid_style="gmail",
        facts=dict(reference="7/2027"),
        note="Answer to the 'payment not arrived' follow-up: the client maintains it was paid on 28 January (TRN, receipt) and suspects an old IBAN; still a paid reply.")


def p16():
    o = "sanna"; oname, omail, _ = OWN[o]
    sent = at(2027, 3, 5, 17, 40)
    ids = thread_ids(o, "inv9")
    subj = "Fattura n. 9/2027 – traduzione sito B&B La Ciappa"
    rem = reminder("invoice", o, "Gentile Carla Oneto,", "9/2027", 95, due=dt.date(2027, 3, 20))
    reply = """Ciao Marco,
ti ho appena pagato con PayPal, 95 euro all'indirizzo di questa mail. Fammi sapere se sono arrivati, è la prima volta che lo uso per lavoro 😊

Le traduzioni in inglese e tedesco sono perfette, i primi ospiti svizzeri mi hanno già fatto i complimenti per il sito.

Carla
B&B La Ciappa – Camogli"""
    plain = reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n"
    htm = h_gmail(reply, oname, omail, sent, rem)
    body = multipart("alternative", [text(plain, cte="base64"), text(htm, "html", cte="base64")],
                     "000000000000b3c8f10649d7a215")
    add("P16", kind="client-reply-paid", frm=("Carla Oneto", "bblaciappa@gmail.com"), to=(oname, omail),
        date=at(2027, 3, 6, 19, 2, 55), subject="Re: " + subj, body=body, irt=ids[0], refs=ids, mid_style="gmail",
        facts=dict(amount="95.00", currency="EUR"),
        note="Reply to the invoice mail itself: paid 95 euro by PayPal just now; no invoice number in her words (only in the subject).")


# --------------------------------------------------------------------------- promises


def r17():
    o = "greco"; oname, omail, _ = OWN[o]
    sent = at(2026, 11, 16, 8, 0)
    ids = thread_ids(o, "inv51", "rem51")
    subj = "Sollecito fattura n. 51/2026"
    rem = reminder("reminder", o, "Spett.le Dolceria Santa Lucia,", "51/2026", 427, due=dt.date(2026, 11, 6))
    reply = """Salve sig. Greco
si la fattura 51/2026 lo so che e scaduta, mi scusi. la facciamo venerdi quando passa il ragioniere che ha la delega per la banca, io non ci posso mettere mano.
Il computer della cassa funziona benissimo grazie
saluti Concetta
Dolceria Santa Lucia - Modica"""
    body = text(reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n", cte="8bit")
    add("R17", kind="client-reply-promise", frm=("Dolceria Santa Lucia", "dolceriasantalucia.modica@gmail.com"),
        to=(oname, omail), date=at(2026, 11, 17, 10, 40, 26), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        mid_style="gmail", facts=dict(promised_date="2026-11-20", reference="51/2026"),
        note="Sicilian shop, no accents and few commas: 'la facciamo venerdi' written on Tuesday 17 November = Friday 20 November.")


def r18():
    o = "ferrante"; oname, omail, _ = OWN[o]
    sent = at(2026, 12, 2, 8, 0)
    ids = thread_ids(o, "inv124", "rem124")
    subj = "Sollecito fattura n. 2026/124"
    cli = "amministrazione@idraulicazanon.it"
    rem = reminder("reminder", o, "Spett.le Idraulica Zanon S.r.l.,", "2026/124", 1952, due=dt.date(2026, 11, 27))
    reply = """Buongiorno Giulia,

ho girato la sua mail al titolare. Mi dice di comunicarle che la fattura 2026/124 verrà pagata entro fine mese insieme agli altri fornitori: abbiamo un po' di ritardo con gli incassi dei cantieri.

Cordiali saluti

Martina Zanon
Idraulica Zanon S.r.l.
Via Postumia 88 – 31050 Ponzano Veneto (TV)
Tel. 0422 969314"""
    plain = reply + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem) + "\n"
    htm = h_outlook(reply, "windows-1252", outlook_hdr(oname, omail, sent, cli, subj), rem)
    body = multipart("alternative", [text(plain, charset="windows-1252"), text(htm, "html", charset="windows-1252")],
                     "_000_AS8PR07MB7112B3A9D2E0F1C4A5B6AS8PR07MB7112eurp_")
    add("R18", kind="client-reply-promise", frm=("Martina Zanon", cli), to=(oname, omail),
        date=at(2026, 12, 3, 11, 20, 14), subject="R: " + subj, body=body, irt=ids[1], refs=ids, mid_style="outlook",
        facts=dict(promised_date="2026-12-31", reference="2026/124"),
        note="Veneto plumbing firm: 'entro fine mese' written on 3 December = 31 December 2026.")


def r19():
    o = "lombardi"; oname, omail, _ = OWN[o]
    sent = at(2026, 12, 21, 9, 0)
    ids = thread_ids(o, "inv38", "due38")
    subj = "Fattura n. 38/2026 scaduta"
    cli = "info@centroesteticoaurora.it"
    rem = reminder("due", o, "Spett.le Centro Estetico Aurora,", "38/2026", 488, due=dt.date(2026, 12, 18), days_late=3)
    reply = """Buonasera Dott.ssa Lombardi,

mi scuso per il ritardo. Purtroppo in questo periodo siamo un po’ in difficoltà con la liquidità, tra affitto e tredicesime.
Le confermo che provvederemo al pagamento della fattura n. 38/2026 di € 488,00 il 15 gennaio.

Colgo l’occasione per augurarle buone feste.

Daniela Di Nicola
Centro Estetico Aurora
Corso Vittorio Emanuele II 210 – 65122 Pescara"""
    htm = h_outlook(reply, "utf-8", outlook_hdr(oname, omail, sent, cli, subj), rem)
    body = text(htm, "html", cte="quoted-printable")
    add("R19", kind="client-reply-promise", frm=("Centro Estetico Aurora", cli), to=(oname, omail),
        date=at(2026, 12, 22, 17, 5, 48), subject="R: " + subj, body=body, irt=ids[1], refs=ids, mid_style="outlook",
        facts=dict(promised_date="2027-01-15", amount="488.00", currency="EUR", reference="38/2026"),
        note="HTML-only Outlook from Pescara: 'il 15 gennaio' written on 22 December 2026 is 15 January 2027 (the year rolls over).")


def r20():
    o = "verri"; oname, omail, _ = OWN[o]
    sent = at(2026, 11, 20, 10, 0)
    ids = thread_ids(o, "inv34")
    subj = "Fattura n. 34/2026"
    cli = "contabilita@sedietomasin.it"
    rem = reminder("invoice", o, "Spett.le Sedie Tomasin S.p.A.,", "34/2026", 2745, due=dt.date(2026, 12, 20))
    reply = """Spett.le Ing. Verri,

in riferimento alla Vs. fattura n. 34/2026 del 20/11/2026, Vi informiamo che la stessa è stata registrata e che, come da nostre condizioni generali di fornitura, verrà pagata a 60 gg d.f.f.m.: il bonifico sarà pertanto disposto il 31/01/2027.

Vi ricordiamo di indicare sempre in fattura il numero del nostro ordine di acquisto (OA 2026/0874).

Distinti saluti

Ufficio Contabilità Fornitori
SEDIE TOMASIN S.p.A.
Via Udine 61 – 33044 Manzano (UD)"""
    plain = reply + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem) + "\n"
    body = text(plain, cte="quoted-printable")
    add("R20", kind="client-reply-promise", frm=("Contabilità Fornitori Tomasin", cli), to=(oname, omail),
        date=at(2026, 12, 1, 14, 30, 0), subject="R: " + subj, body=body, irt=ids[0], refs=ids,
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        facts=dict(promised_date="2027-01-31", reference="34/2026"),
        note="Friulian chair maker applies its own '60 gg d.f.f.m.' terms and states the resulting day, 31/01/2027; later than the invoice's due date but not contested, so a promise.")


def r21():
    o = "greco"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 19, 9, 0)
    ids = thread_ids(o, "inv49", "rem49")
    subj = "Sollecito fattura n. 49/2026"
    cli = "studio.lobue@amministrazionilobue.it"
    rem = reminder("reminder", o, "Spett.le Condominio Parco degli Ulivi,", "49/2026", 1830, due=dt.date(2027, 1, 10))
    reply = """Gentile Sig. Greco,

in riferimento alla fattura n. 49/2026 (impianto di videosorveglianza del Condominio Parco degli Ulivi), Le comunico che il pagamento sarà effettuato non appena i condomini avranno versato la rata di gennaio, presumibilmente la settimana prossima. Purtroppo il fondo cassa del condominio al momento non consente di anticipare la spesa.

Cordiali saluti

Dott. Salvatore Lo Bue
Amministratore di condominio
Via Libertà 112 – 90143 Palermo
Tel. 091 6251834"""
    plain = reply + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem, line=True) + "\n"
    htm = h_outlook(reply, "utf-8", outlook_hdr(oname, omail, sent, cli, subj), rem)
    body = multipart("alternative", [text(plain), text(htm, "html")],
                     "_000_FR2P281MB0123ABCDEF0123456789FR2P281MB0123DEUP_")
    add("R21", kind="client-reply-promise", frm=("Studio Lo Bue", cli), to=(oname, omail),
        date=at(2027, 1, 21, 10, 10, 37), subject="R: " + subj, body=body, irt=ids[1], refs=ids, mid_style="outlook",
        facts=dict(reference="49/2026"),
        note="Condominium administrator will pay once owners pay their quota, 'presumibilmente la settimana prossima': a promise with no stated day.")


def r22():
    o = "russo"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 22, 8, 0)
    ids = thread_ids(o, "inv1", "due1")
    subj = "Fattura n. 1/2027 scaduta"
    rem = reminder("due", o, "Spett.le Masseria Le Querce,", "1/2027", 1200, due=dt.date(2027, 1, 20), days_late=2)
    reply = """Ciao Davide,
oggi ti ho fatto un bonifico di 500 euro come acconto sulla fattura 1/2027. Il saldo di 700 te lo faccio entro il 10 febbraio, quando incassiamo le caparre delle prenotazioni di Pasqua.
Spero vada bene, fammi sapere.
Nicola
Agriturismo Masseria Le Querce – Matera"""
    body = text(reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n")
    add("R22", kind="client-reply-promise", frm=("Nicola Lospinuso", "masserialequerce@gmail.com"), to=(oname, omail),
        date=at(2027, 1, 25, 19, 45, 2), subject="Re: " + subj, body=body, irt=ids[1], refs=ids, mid_style="gmail",
        facts=dict(promised_date="2027-02-10", amount="700.00", currency="EUR", reference="1/2027"),
        note="500 euro paid on account today, the remaining 700 promised by 10 February: a promise for that day, and the promised sum is 700.")


def r24():
    o = "colombo"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 18, 8, 0)
    ids = thread_ids(o, "inv35", "due35")
    subj = "Fattura n. 35/2026 scaduta"
    rem = reminder("due", o, "Spett.le Caseificio Pinna & Figli,", "35/2026", 1342, due=dt.date(2027, 1, 15),
                   days_late=3)
    reply = """Ciao Andrea, scusami, sono a Las Vegas per il Winter Fancy Food e ho visto solo ora la tua mail. Domani dall'app ti faccio il bonifico della fattura 35/2026, prima di imbarcarmi.
Le foto dei pecorini sullo stand le guardano tutti!
Salvatore

Inviato da iPhone"""
    shown = sent.astimezone(PST)  # his iPhone shows the reminder's time in Las Vegas time
    quoted = gt(f"Il giorno {shown.day} {MM[shown.month - 1]} {shown.year}, alle ore {shown:%H:%M}, {oname} <{omail}> ha "
                f"scritto:\n\n{rem}")
    body = text(reply + "\n\n" + quoted + "\n")
    add("R24", kind="client-reply-promise", frm=("Salvatore Pinna", "salvatore@caseificiopinna.it"), to=(oname, omail),
        date=dt.datetime(2027, 1, 18, 20, 10, 44, tzinfo=PST), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        mid_style="apple", extra=[("X-Mailer", "iPhone Mail (22C152)")],
        facts=dict(promised_date="2027-01-19", reference="35/2026"),
        note="Sardinian cheesemaker writing from Las Vegas (Date -0800, Monday 18 January 20:10): 'domani' is Tuesday 19 January in his time zone, although it is already the 19th in Italy.")


def r25():
    o = "pittau"; oname, omail, _ = OWN[o]
    sent = at(2027, 2, 3, 8, 0)
    ids = thread_ids(o, "inv1", "rem1")
    subj = "Sollecito fattura n. 1/2027"
    cli = "tipografiadiiorio@tin.it"
    rem = reminder("reminder", o, "Spett.le Tipografia Di Iorio snc,", "1/2027", 732, due=dt.date(2027, 1, 25))
    reply = """Buongiorno Elena,
ha ragione, ce la siamo persa. La pago lunedì prossimo, perché stiamo aspettando un incasso grosso da un cliente. Se per caso riesco prima glielo dico.
Grazie per la pazienza

Antonio Di Iorio
Tipografia Di Iorio snc
Via Monsignor Bologna 19 – 86100 Campobasso"""
    body = text(reply + "\n\n" + q_outlook_old(oname, omail, sent, cli, subj, rem) + "\n", charset="windows-1252")
    add("R25", kind="client-reply-promise", frm=("Antonio Di Iorio", cli), to=(oname, omail),
        date=at(2027, 2, 4, 9, 25, 50), subject="R: " + subj, body=body, irt=ids[1], refs=ids,
        extra=[("X-Mailer", "Microsoft Outlook 15.0")],
        facts=dict(promised_date="2027-02-08"),
        note="Molise print shop: 'lunedì prossimo' written on Thursday 4 February = Monday 8 February; no invoice number in his words.")


def r27():
    o = "verri"; oname, omail, _ = OWN[o]
    sent = at(2027, 2, 5, 9, 0)
    ids = thread_ids(o, "fpa2", "remfpa2")
    subj = "Sollecito fattura n. FPA 2/27"
    cli = "ragioneria@comune.rivaltasulnatisone.ud.it"
    rem = reminder("reminder", o, "Spett.le Comune di Rivalta sul Natisone,", "FPA 2/27", 2440, due=dt.date(2027, 1, 31))
    reply = """Oggetto: Fattura elettronica n. FPA 2/27 del 12/01/2027 – Collaudo statico palestra comunale – CIG B4F21A9C37

Egregio Ingegnere,

in riscontro alla Sua comunicazione, si informa che con determinazione del Responsabile dell'Area Tecnica n. 18 del 08/02/2027 è stata disposta la liquidazione della fattura in oggetto. Il relativo mandato di pagamento sarà emesso entro il 26 febbraio p.v.

Si ricorda che, in applicazione della scissione dei pagamenti (art. 17-ter D.P.R. 633/1972), sarà corrisposto a Suo favore l'importo netto di € 1.615,38, pari all'imponibile di € 2.000,00 al netto della ritenuta d'acconto del 20% sui compensi (€ 384,62), mentre l'IVA di € 440,00 sarà versata direttamente all'Erario da questo Ente.

Distinti saluti.

Il Responsabile del Servizio Finanziario
Rag. Lucia Tomadini

Comune di Rivalta sul Natisone – Ufficio Ragioneria
Piazza Municipio 1 – 33040 Rivalta sul Natisone (UD)
tel. 0432 727105 – PEC comune.rivaltasulnatisone@certgov.fvg.it

Ai sensi del D.Lgs. 196/2003 e del Reg. UE 2016/679, le informazioni contenute nella presente comunicazione sono destinate esclusivamente al destinatario."""
    body = text(reply + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem, line=True) + "\n")
    add("R27", kind="client-reply-promise", frm=("Ufficio Ragioneria - Comune di Rivalta sul Natisone", cli),
        to=(oname, omail), date=at(2027, 2, 10, 12, 2, 9), subject="R: " + subj, body=body, irt=ids[1], refs=ids,
        facts=dict(promised_date="2027-02-26", amount="1615.38", currency="EUR", reference="FPA 2/27"),
        note="Municipal finance office: payment order by 26 February; the sum promised is the net 1.615,38 (split payment and ritenuta d'acconto are normal, not a dispute); 08/02 is the date of the determina.")


def r28():
    o = "russo"; oname, omail, _ = OWN[o]
    sent = at(2027, 2, 15, 8, 0)
    ids = thread_ids(o, "inv5", "rem5")
    subj = "Sollecito fattura n. 5/2027"
    rem = reminder("reminder", o, "Gentile Claudio Proietti,", "5/2027", 380, due=dt.date(2027, 2, 5))
    reply = """Ciao Davì, nun te preoccupà che te li do, è che sto mese so' stato pieno de spese co' 'a cucina nova. A fine settimana te faccio er bonifico, tranquillo.
Claudio"""
    body = text(reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n", cte="base64")
    add("R28", kind="client-reply-promise", frm=("Claudio Proietti", "claudio.proietti73@gmail.com"), to=(oname, omail),
        date=at(2027, 2, 16, 13, 5, 18), subject="Re: " + subj, body=body, irt=ids[1], refs=ids, mid_style="gmail",
        note="Romanesco ('A fine settimana te faccio er bonifico'): a promise, but 'a fine settimana' names no single day (Friday? the weekend?), so no promised_date.")


def r30():
    o = "marchetti"; oname, omail, _ = OWN[o]
    sent = at(2026, 12, 11, 16, 0)
    ids = thread_ids(o, "inv49")
    subj = "Fattura n. 2026-049"
    cli = "amministrazione@farmaciacentrale-bellinzona.ch"
    rem = reminder("invoice", o, "Spett.le Farmacia Centrale Bellinzona SA,", "2026-049", "CHF 420,00",
                   due=dt.date(2027, 1, 10))
    reply = """Gentile signora Marchetti,

abbiamo ricevuto la Sua fattura no. 2026-049 di CHF 420.00 per la traduzione dei foglietti informativi. Le fatture fornitori da noi vengono pagate a 30 giorni: la Sua sarà saldata entro il 15.01.2027.

Per il futuro Le chiediamo di indicare in fattura anche il nostro numero di ordinazione (BE-2026-311).

Cordiali saluti

Manuela Pedrazzini
Amministrazione
Farmacia Centrale Bellinzona SA
Piazza Collegiata 4, 6500 Bellinzona"""
    plain = reply + "\n\n" + q_outlook_new(oname, omail, sent, cli, subj, rem) + "\n"
    htm = h_outlook(reply, "iso-8859-1", outlook_hdr(oname, omail, sent, cli, subj), rem)
    body = multipart("alternative", [text(plain, charset="iso-8859-1"), text(htm, "html", charset="iso-8859-1")],
                     "_000_ZR0P278MB0763E1D2C3B4A5968778ZR0P278MB0763CHEP_")
    add("R30", kind="client-reply-promise", frm=("Manuela Pedrazzini", cli), to=(oname, omail),
        date=at(2026, 12, 14, 11, 0, 22, ZURICH), subject="AW: " + subj, body=body, irt=ids[0], refs=ids,
        mid_style="outlook", extra=[("Content-Language", "de-CH")],
        facts=dict(promised_date="2027-01-15", amount="420.00", currency="CHF", reference="2026-049"),
        note="Ticino pharmacy (German-language Outlook, hence 'AW:'): will pay by 15.01.2027 (Swiss date format); CHF amount.")


def r31():
    o = "pittau"; oname, omail, _ = OWN[o]
    sent = at(2026, 12, 11, 8, 0)
    ids = thread_ids(o, "stmt-melis")
    subj = "Fatture da saldare – Autofficina Melis"
    cli = "autofficinamelis@outlook.it"
    stmt = ("Spett.le Autofficina Melis,\n\n"
            "da un controllo risultano ancora da saldare le seguenti fatture:\n\n"
            "- n. 41/2026 del 15 ottobre 2026, scaduta il 14 novembre 2026 (27 giorni di ritardo): 366,00 €\n"
            "- n. 47/2026 del 12 novembre 2026, scaduta il 12 dicembre 2026: 244,00 €\n\n"
            "Totale da pagare: 610,00 €\n\n"
            "Chiedo cortesemente di provvedere al pagamento delle fatture scadute entro il 18 dicembre 2026. Se alcune di "
            "queste fatture sono già state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno "
            "la mia contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta "
            "rispondere a questa email.\n\n" + payment_block(o, "41/2026 e 47/2026") + f"\n\nCordiali saluti,\n{oname}")
    reply = """Ciao Elena, la 41/2026 l'ho pagata oggi pomeriggio, dovrebbe arrivarti lunedì. La 47/2026 te la pago il 22 dicembre quando mi entrano i soldi delle revisioni. Scusa ma dicembre è sempre un casino
Roberto - Autofficina Melis

Ottieni Outlook per Android"""
    body = text(reply + "\n\n" + q_outlook(oname, omail, sent, cli, subj, stmt, line=True) + "\n")
    add("R31", kind="client-reply-promise", frm=("Roberto Melis", cli), to=(oname, omail),
        date=at(2026, 12, 11, 18, 40, 3), subject="Re: " + subj, body=body, irt=ids[0], refs=ids, mid_style="outlook",
        facts=dict(promised_date="2026-12-22"),
        note="Two invoices: 41/2026 paid today, 47/2026 promised for 22 December; promise wins over paid, and no single reference because two invoices are named.")


def r32():
    o = "derosa"; oname, omail, _ = OWN[o]
    sent = at(2027, 3, 1, 8, 0)
    ids = thread_ids(o, "inv6", "due6")
    subj = "Fattura n. 6/2027 scaduta"
    rem = reminder("due", o, "Spett.le ASD Gran Sasso Volley,", "6/2027", 450, due=dt.date(2027, 2, 26), days_late=3)
    reply = """Ciao Francesca,
scusaci tanto per il ritardo. Come associazione viviamo di quote e contributi e siamo in attesa del contributo regionale per lo sport dilettantistico: appena arriva paghiamo la tua fattura 6/2027, comunque entro fine marzo te la saldiamo di sicuro, anche se il contributo dovesse tardare.

Grazie per i post, le iscrizioni al minivolley sono raddoppiate!

Un saluto
Marta Ciccone
Segretaria ASD Gran Sasso Volley – L'Aquila"""
    plain = reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n"
    htm = h_gmail(reply, oname, omail, sent, rem)
    body = multipart("alternative", [text(plain), text(htm, "html")], "000000000000d1e2f30649a8b7c6")
    add("R32", kind="client-reply-promise", frm=("ASD Gran Sasso Volley", "segreteria.gransassovolley@gmail.com"),
        to=(oname, omail), date=at(2027, 3, 1, 21, 15, 40), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        mid_style="gmail", facts=dict(promised_date="2027-03-31", reference="6/2027"),
        note="Abruzzo sports association: 'appena arriva il contributo' is open-ended, but 'comunque entro fine marzo' fixes 31 March 2027.")


def r34():
    o = "benedetti"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 18, 8, 0)
    ids = thread_ids(o, "inv2", "due2")
    subj = "Fattura n. 2/2027 scaduta"
    cli = "amministrazione@poliambulatoriosanluca.re.it"
    rem = reminder("due", o, "Spett.le Poliambulatorio San Luca S.r.l.,", "2/2027", 1098, due=dt.date(2027, 1, 15),
                   days_late=3)
    reply = """Buongiorno,

Le confermo che la fattura n. 2/2027 di € 1.098,00 è stata autorizzata dalla direzione sanitaria e inserita nella distinta di pagamento del 5 del mese prossimo, insieme alle altre fatture fornitori.

Cordiali saluti

Elisa Ferretti
Ufficio Amministrazione
Poliambulatorio San Luca S.r.l.
Via Emilia all'Angelo 41 – 42124 Reggio Emilia"""
    plain = reply + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem) + "\n"
    htm = h_outlook(reply, "utf-8", outlook_hdr(oname, omail, sent, cli, subj), rem)
    body = multipart("alternative", [text(plain), text(htm, "html")],
                     "_000_GV1PR08MB8432F0E1D2C3B4A59687GV1PR08MB8432eurp_")
    add("R34", kind="client-reply-promise", frm=("Elisa Ferretti", cli), to=(oname, omail),
        date=at(2027, 1, 19, 9, 40, 55), subject="RE: " + subj, body=body, irt=ids[1], refs=ids, mid_style="outlook",
        facts=dict(promised_date="2027-02-05", amount="1098.00", currency="EUR", reference="2/2027"),
        note="Medical centre: in the payment run 'del 5 del mese prossimo', written on 19 January = 5 February 2027.")


def r35():
    o = "derosa"; oname, omail, _ = OWN[o]
    sent = at(2027, 2, 12, 8, 0)
    ids = thread_ids(o, "inv4", "rem4")
    subj = "Sollecito fattura n. 4/2027"
    cli = "amministrazione@terredelprimitivo.it"
    rem = reminder("reminder", o, "Spett.le Cantina Terre del Primitivo,", "4/2027", 1586, due=dt.date(2027, 2, 5))
    reply = """Gentile Francesca,

ci scusiamo, la fattura n. 4/2027 per i testi delle nuove etichette è rimasta bloccata perché il nostro presidente era a Parigi per il Wine Paris e nessuno poteva firmare. Contiamo di saldarla entro dieci giorni da oggi.

Cordiali saluti

Cosimo Dimitri
Ufficio amministrativo
Cantina Terre del Primitivo Soc. Coop. Agricola
Manduria (TA)"""
    plain = reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n"
    body = text(plain, charset="windows-1252")
    add("R35", kind="client-reply-promise", frm=("Cosimo Dimitri", cli), to=(oname, omail),
        date=at(2027, 2, 15, 16, 20, 11), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        facts=dict(promised_date="2027-02-25", reference="4/2027"),
        note="Puglia wine cooperative: 'entro dieci giorni da oggi' written on 15 February = 25 February 2027.")


def r37():
    o = "verri"; oname, omail, _ = OWN[o]
    sent = at(2027, 3, 1, 9, 0)
    ids = thread_ids(o, "inv44", "rem44", "fee44", "final44")
    subj = "Diffida di pagamento – fattura n. 44/2026"
    cli = "amministrazione@ediliziacosta.it"
    rem = reminder("final", o, "Spett.le Edilizia Costa S.r.l.,", "44/2026", 3050, due=dt.date(2026, 12, 31),
                   issue=dt.date(2026, 12, 1), deadline=dt.date(2027, 3, 15))
    reply = """Egregio Ingegnere,

facciamo seguito alla Sua diffida del 01/03/2027 relativa alla fattura n. 44/2026.

Nel riconoscere il ritardo, dovuto esclusivamente al mancato pagamento di un SAL da parte del committente pubblico del cantiere di Gallico, ci impegniamo a saldare l'importo di € 3.050,00 entro il 19 marzo 2027, e La preghiamo pertanto di soprassedere da ogni iniziativa di recupero.

Distinti saluti

Geom. Bruno Costa
Amministratore Unico
Edilizia Costa S.r.l.
Via Reggio Campi II tronco 55 – 89126 Reggio Calabria"""
    plain = reply + "\n\n" + q_outlook_old(oname, omail, sent, cli, subj, rem) + "\n"
    body = text(plain, charset="windows-1252")
    add("R37", kind="client-reply-promise", frm=("Edilizia Costa S.r.l.", cli), to=(oname, omail),
        date=at(2027, 3, 8, 11, 30, 27), subject="R: " + subj, body=body, irt=ids[3], refs=ids,
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        facts=dict(promised_date="2027-03-19", amount="3050.00", currency="EUR", reference="44/2026"),
        note="Answer to the formal notice: pledges 3.050,00 by 19 March, later than the notice's 15 March deadline; 01/03 is the notice's date.")


# --------------------------------------------------------------------------- disputes


def d38():
    o = "ferrante"; oname, omail, _ = OWN[o]
    sent = at(2026, 11, 16, 9, 0)
    ids = thread_ids(o, "inv121", "court121")
    subj = "Promemoria: fattura n. 2026/121 in scadenza"
    rem = reminder("courtesy", o, "Spett.le Salumificio Ferrari S.r.l.,", "2026/121", 1159, due=dt.date(2026, 11, 23),
                   issue=dt.date(2026, 10, 24))
    reply = """Buongiorno Giulia,
ho visto la fattura 2026/121 e c'è qualcosa che non torna: nel preventivo che ci aveva mandato a settembre il restyling del sito era 800 euro + IVA, in fattura invece ci sono 950 + IVA. Non ricordo che abbiamo concordato delle aggiunte.
Ci può mandare una fattura corretta o spiegarci la differenza? Intanto la teniamo in sospeso.
Grazie
Stefania Ferrari
Salumificio Ferrari S.r.l. – Langhirano (PR)"""
    plain = reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n"
    htm = h_gmail(reply, oname, omail, sent, rem)
    body = multipart("alternative", [text(plain), text(htm, "html")], "000000000000f4a9b20641c3d5e8")
    add("D38", kind="client-reply-dispute", frm=("Stefania Ferrari", "stefania@salumificioferrari.it"),
        to=(oname, omail), date=at(2026, 11, 18, 10, 30, 16), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        mid_style="gmail", facts=dict(reference="2026/121"),
        note="Amount contested against the quote (800 vs 950 + IVA) and payment held 'in sospeso'; the figures are the disputed ones, not a sum paid or promised.")


def d39():
    o = "russo"; oname, omail, _ = OWN[o]
    sent = at(2026, 11, 26, 8, 0)
    ids = thread_ids(o, "inv8", "due8")
    subj = "Fattura n. 8/2026 scaduta"
    rem = reminder("due", o, "Spett.le B&B Sa Domu Antiga,", "8/2026", 1464, due=dt.date(2026, 11, 24), days_late=2)
    reply = """Buonasera Davide,
scusa ma la fattura 8/2026 non la paghiamo finché il sito non è finito. Ad oggi non è ancora online, il modulo contatti non invia niente (ho provato tre volte) e le foto delle camere sono ancora quelle di prova. Avevamo detto a lavoro finito e consegnato, e così non è.
Quando è tutto a posto paghiamo subito, come d'accordo.
Maria Antonietta Sechi
B&B Sa Domu Antiga – Alghero"""
    body = text(reply + "\n\n" + q_apple(oname, omail, sent, rem) + "\n")
    add("D39", kind="client-reply-dispute", frm=("Maria Antonietta Sechi", "sadomuantiga@tiscali.it"),
        to=(oname, omail), date=at(2026, 11, 27, 20, 15, 48), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        mid_style="apple", extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
        facts=dict(reference="8/2026"),
        note="Work not finished: payment withheld until the site is online; 'paghiamo subito' is conditional, and a dispute outranks a promise anyway.")


def d40():
    o = "benedetti"; oname, omail, _ = OWN[o]
    sent = at(2026, 12, 4, 8, 0)
    ids = thread_ids(o, "inv91", "rem91")
    subj = "Sollecito fattura n. 91/2026"
    cli = "amministrazione@ombassi.it"
    rem = reminder("reminder", o, "Spett.le Officine Meccaniche Bassi S.p.A.,", "91/2026", 1708, due=dt.date(2026, 11, 30))
    reply = """Buongiorno,

la fattura n. 91/2026 che ci sollecita riporta lo stesso intervento (migrazione server e configurazione backup del 12-13 ottobre) già fatturato con la n. 79/2026, che abbiamo regolarmente pagato il 10 novembre.
Riteniamo si tratti di un doppione: Vi chiediamo di verificare ed eventualmente di annullarla con nota di credito.

Cordiali saluti

Ufficio Amministrazione
Officine Meccaniche Bassi S.p.A.
Via Industriale 27 – 25016 Ghedi (BS)"""
    plain = reply + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem) + "\n"
    htm = h_outlook(reply, "windows-1252", outlook_hdr(oname, omail, sent, cli, subj), rem)
    body = multipart("alternative", [text(plain, charset="windows-1252"), text(htm, "html", charset="windows-1252")],
                     "_000_VI1PR04MB6944E0F1A2B3C4D5E6F7VI1PR04MB6944eurp_")
    add("D40", kind="client-reply-dispute", frm=("Amministrazione OM Bassi", cli), to=(oname, omail),
        date=at(2026, 12, 7, 9, 50, 2), subject="RE: " + subj, body=body, irt=ids[1], refs=ids, mid_style="outlook",
        note="Already billed: 91/2026 said to duplicate 79/2026, which was paid; 'pagato il 10 novembre' refers to the other invoice, so this is not a paid reply. Two invoice numbers, so no reference.")


def d41():
    o = "lombardi"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 5, 9, 0)
    ids = thread_ids(o, "inv36", "due36")
    subj = "Fattura n. 36/2026 scaduta"
    cli = "c.bonacini@lanziholding.it"
    rem = reminder("due", o, "Spett.le Lanzi Meccanica S.r.l.,", "36/2026", 3660, due=dt.date(2026, 12, 31), days_late=5)
    reply = """Gentile Dott.ssa Lombardi,

abbiamo ricevuto il Suo sollecito relativo alla fattura n. 36/2026. La fattura risulta intestata a Lanzi Meccanica S.r.l., mentre il contratto per l'incarico di DPO è stato sottoscritto dalla capogruppo Lanzi Holding S.p.A. (P.IVA 03456780364), come da ordine allegato al contratto.

Le chiediamo pertanto di emettere nota di credito a storno totale e di riemettere la fattura correttamente intestata alla capogruppo. Non appena ricevuta la nuova fattura procederemo al pagamento secondo i termini contrattuali.

Cordiali saluti

Chiara Bonacini
Amministrazione e Finanza
Lanzi Holding S.p.A.
Via Emilia Est 1020 – 41122 Modena"""
    plain = reply + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem, line=True) + "\n"
    htm = h_outlook(reply, "utf-8", outlook_hdr(oname, omail, sent, cli, subj), rem)
    body = multipart("alternative", [text(plain, cte="base64"), text(htm, "html", cte="base64")],
                     "_000_AM9PR01MB7321C4D5E6F708192A3BAM9PR01MB7321eurp_")
    add("D41", kind="client-reply-dispute", frm=("Chiara Bonacini", cli), to=(oname, omail),
        date=at(2027, 1, 7, 14, 10, 33), subject="R: " + subj, body=body, irt=ids[1], refs=ids, mid_style="outlook",
        facts=dict(reference="36/2026"),
        note="Wrong addressee: asks for a credit note and a reissued invoice before paying; the polite 'procederemo al pagamento' is conditional, so dispute, not promise.")


def d42():
    o = "pittau"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 11, 8, 0)
    ids = thread_ids(o, "inv52", "due52")
    subj = "Fattura n. 52/2026 scaduta"
    rem = reminder("due", o, "Spett.le Oleificio Santoro,", "52/2026", 2196, due=dt.date(2027, 1, 8), days_late=3)
    reply = """Buongiorno Sig.ra Pittau,

riguardo alla fattura n. 52/2026, Le ricordo che le etichette dovevano essere pronte per la fiera di novembre e sono arrivate con tre settimane di ritardo: abbiamo dovuto presentare l'olio nuovo con le etichette vecchie.
Visto il disagio ci aspettiamo uno sconto del 10% sull'importo. Se è d'accordo ci mandi la fattura rettificata e la paghiamo subito.

Distinti saluti
Vito Santoro
Oleificio Santoro – Bitonto (BA)"""
    body = text(reply + "\n\n" + q_thunderbird(oname, sent, rem) + "\n", charset="utf-8")
    add("D42", kind="client-reply-dispute", frm=("Vito Santoro", "info@oleificiosantoro.it"), to=(oname, omail),
        date=at(2027, 1, 12, 12, 0, 5), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")],
        facts=dict(reference="52/2026"),
        note="Late delivery, asks a 10% discount and a corrected invoice before paying: dispute; 'la paghiamo subito' depends on the discount.")


def d43():
    o = "colombo"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 26, 8, 0)
    ids = thread_ids(o, "inv29", "rem29", "fee29")
    subj = "Sollecito fattura n. 29/2026"
    rem = reminder("late_fee", o, "Spett.le Mobili Gallo,", "29/2026", 1830, due=dt.date(2026, 12, 20),
                   deadline=dt.date(2027, 2, 5), days_late=37)
    reply = """Sig. Colombo,
NON PAGO. Le foto del catalogo sono venute scure, i divani sembrano tutti marroni anche quelli grigi e il mio grafico ha dovuto ritoccarle una per una. Le ho gia detto al telefono che per me il lavoro non è fatto bene.
Smettetela di mandare solleciti.
Franco Gallo
Mobili Gallo - Rende (CS)"""
    body = text(reply + "\n\n" + q_outlook_old(oname, omail, sent, "info@mobiligallo.it", subj, rem).replace("€", "EUR") + "\n",
                charset="iso-8859-1", cte="8bit")
    add("D43", kind="client-reply-dispute", frm=("Mobili Gallo", "info@mobiligallo.it"), to=(oname, omail),
        date=at(2027, 1, 27, 19, 40, 0), subject="R: " + subj, body=body, irt=ids[2], refs=ids,
        extra=[("X-Mailer", "Microsoft Outlook 14.0")],
        note="Calabrian furniture shop refuses outright ('NON PAGO') over the quality of the photos; no invoice number in his words.")


def d44():
    o = "marchetti"; oname, omail, _ = OWN[o]
    sent = at(2026, 11, 23, 9, 0)
    ids = thread_ids(o, "inv44", "court44")
    subj = "Promemoria: fattura n. 2026-044 in scadenza"
    cli = "segreteria@studiolegalemarini.it"
    rem = reminder("courtesy", o, "Spett.le Studio Legale Marini,", "2026-044", 610, due=dt.date(2026, 11, 30),
                   issue=dt.date(2026, 10, 31))
    reply = """Gentile Dott.ssa Marchetti,

in riscontro alla Sua di ieri, Le segnalo che la fattura n. 2026-044 non può essere pagata nella forma attuale: lo Studio è sostituto d'imposta e sui compensi per prestazioni di lavoro autonomo è tenuto a operare la ritenuta d'acconto del 20%, che in fattura non è indicata. Il totale da pagare esposto (€ 610,00) non è quindi corretto.

La prego di riemettere la fattura, previa nota di credito, indicando la ritenuta d'acconto e il netto a pagare, così da consentirci di procedere.

Cordiali saluti

Avv. Giorgio Marini
Studio Legale Marini
Corso Garibaldi 110 – 60121 Ancona
Tel. 071 2074418"""
    plain = reply + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem) + "\n"
    htm = h_outlook(reply, "windows-1252", outlook_hdr(oname, omail, sent, cli, subj), rem)
    body = multipart("alternative", [text(plain, charset="windows-1252"), text(htm, "html", charset="windows-1252")],
                     "_000_PAXPR03MB7755A1B2C3D4E5F60718PAXPR03MB7755eurp_")
    add("D44", kind="client-reply-dispute", frm=("Avv. Giorgio Marini", cli), to=(oname, omail),
        date=at(2026, 11, 24, 15, 30, 12), subject="R: " + subj, body=body, irt=ids[1], refs=ids, mid_style="outlook",
        facts=dict(reference="2026-044"),
        note="The invoice omits the ritenuta d'acconto, so the firm will not pay it as issued and asks for a credit note: a dispute (unlike a client who simply pays net of the ritenuta). 610,00 is the contested total.")


def d45():
    o = "greco"; oname, omail, _ = OWN[o]
    sent = at(2026, 12, 11, 9, 0)
    ids = thread_ids(o, "inv53", "due53")
    subj = "Fattura n. 53/2026 scaduta"
    cli = "studiopappalardo@amministrazionipappalardo.it"
    rem = reminder("due", o, "Spett.le Condominio Etna Palace,", "53/2026", 183, due=dt.date(2026, 12, 10), days_late=1)
    reply = """Gentile Sig. Greco,

in riferimento alla fattura n. 53/2026 relativa all'intervento del 12 novembre sul videocitofono del Condominio Etna Palace, faccio presente che tale intervento rientra nel contratto di manutenzione annuale (canone 2026 già fatturato e pagato a gennaio), che copre le uscite per guasti senza costi aggiuntivi, salvo i materiali.

Pertanto la fattura non è dovuta, se non per l'eventuale costo dei materiali, che La prego di documentare. Resto in attesa della nota di credito.

Cordiali saluti

Rag. Enza Pappalardo
Amministrazioni Condominiali Pappalardo
Via Etnea 301 – 95125 Catania"""
    plain = reply + "\n\n" + q_outlook_new(oname, omail, sent, cli, subj, rem) + "\n"
    htm = h_outlook(reply, "utf-8", outlook_hdr(oname, omail, sent, cli, subj), rem)
    body = multipart("alternative", [text(plain), text(htm, "html")],
                     "_000_DU0PR09MB6123D4E5F6A7B8C9D0E1DU0PR09MB6123eurp_")
    add("D45", kind="client-reply-dispute", frm=("Rag. Enza Pappalardo", cli), to=(oname, omail),
        date=at(2026, 12, 14, 10, 0, 41), subject="R: " + subj, body=body, irt=ids[1], refs=ids, mid_style="outlook",
        facts=dict(reference="53/2026"),
        note="Condominium administrator: the call-out is covered by the maintenance contract, so the invoice 'non è dovuta' and a credit note is expected; 'pagato a gennaio' is about the yearly fee.")


def d46():
    o = "sanna"; oname, omail, _ = OWN[o]
    sent = at(2027, 2, 19, 9, 0)
    ids = thread_ids(o, "inv6", "due6")
    subj = "Fattura n. 6/2027 scaduta"
    rem = reminder("due", o, "Spett.le Edizioni Il Gabbiano,", "6/2027", 535, due=dt.date(2027, 2, 15), days_late=4)
    reply = """Caro Marco,

sulla fattura n. 6/2027: le traduzioni delle schede (€ 400,00) sono a posto e intanto te le bonifichiamo entro venerdì. Le 3 ore di revisione (€ 135,00) invece non erano concordate: la revisione doveva essere compresa nella tariffa a cartella, come da tua offerta di dicembre. Per quella parte ti chiedo una nota di credito.

Un saluto
Elisabetta Stuparich
Redazione – Edizioni Il Gabbiano, Trieste"""
    body = text(reply + "\n\n" + q_thunderbird(oname, sent, rem) + "\n", cte="8bit")
    add("D46", kind="client-reply-dispute", frm=("Elisabetta Stuparich", "redazione@edizioniilgabbiano.it"),
        to=(oname, omail), date=at(2027, 2, 22, 11, 10, 20), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        extra=[("User-Agent", "Mozilla Thunderbird")],
        facts=dict(amount="400.00", currency="EUR", reference="6/2027"),
        note="Trieste publisher pays the undisputed 400,00 'entro venerdì' but contests the 135,00 of revision hours and asks a credit note: dispute outranks promise (so no promised_date); the promised sum is 400.")


def d47():
    o = "lombardi"; oname, omail, _ = OWN[o]
    sent = at(2027, 2, 16, 9, 0)
    ids = thread_ids(o, "inv2pa", "due2pa")
    subj = "Fattura n. 2/PA scaduta"
    cli = "segreteria@comune.montebellosabino.ri.it"
    rem = reminder("due", o, "Spett.le Comune di Montebello Sabino,", "2/PA", 1220, due=dt.date(2027, 2, 19))
    rem = rem.replace("è in scadenza oggi, 19/02/2027", "è in scadenza il 19 febbraio 2027")
    reply = """Gentile Dott.ssa Lombardi,

in riferimento al Suo sollecito, si comunica che la fattura elettronica n. 2/PA del 20/01/2027 è stata rifiutata da questo Ente tramite il Sistema di Interscambio in data 27/01/2027 (esito committente EC02), in quanto priva del Codice Identificativo di Gara (CIG) obbligatorio ai sensi dell'art. 25 del D.L. 66/2014, come indicato nella motivazione del rifiuto.

La fattura pertanto non può essere liquidata. La invitiamo ad emettere un nuovo documento riportando il CIG B5A7C19E2D e il codice univoco ufficio UFH7Q2.

Distinti saluti

Ufficio Segreteria – Servizio Affari Generali
Comune di Montebello Sabino (RI)"""
    body = text(reply + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem, line=True) + "\n", charset="utf-8",
                cte="base64")
    add("D47", kind="client-reply-dispute", frm=("Comune di Montebello Sabino - Segreteria", cli), to=(oname, omail),
        date=at(2027, 2, 18, 9, 15, 0), subject="R: " + subj, body=body, irt=ids[1], refs=ids,
        facts=dict(reference="2/PA"),
        note="Municipality rejected the e-invoice through SdI (no CIG) and says it cannot be paid until a new one is issued: a refusal of this invoice, though for a formal reason.")


def d48():
    o = "russo"; oname, omail, _ = OWN[o]
    sent = at(2027, 3, 3, 9, 0)
    ids = thread_ids(o, "inv7", "court7")
    subj = "Promemoria: fattura n. 7/2027 in scadenza"
    cli = "p.brambilla@logisticabrianza.it"
    rem = reminder("courtesy", o, "Spett.le Logistica Brianza S.r.l.,", "7/2027", 1342, due=dt.date(2027, 3, 10),
                   issue=dt.date(2027, 2, 8))
    reply = """Ciao Davide,

ho controllato la fattura 7/2027: ci sono 22 ore di sviluppo per l'integrazione col gestionale, ma dal timesheet condiviso su Teams ne risultano 16. Le 6 ore di differenza non le abbiamo autorizzate.
Per favore mandaci una fattura corretta per 16 ore, poi la mettiamo in pagamento.

Grazie
Paolo Brambilla
IT Manager
Logistica Brianza S.r.l.
Via Lecco 145 – 20900 Monza (MB)"""
    plain = reply + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem) + "\n"
    htm = h_outlook(reply, "utf-8", outlook_hdr(oname, omail, sent, cli, subj), rem)
    body = multipart("alternative", [text(plain), text(htm, "html")],
                     "_000_AS2PR02MB9876F1E2D3C4B5A69788AS2PR02MB9876eurp_")
    add("D48", kind="client-reply-dispute", frm=("Paolo Brambilla", cli), to=(oname, omail),
        date=at(2027, 3, 4, 17, 45, 9), subject="RE: " + subj, body=body, irt=ids[1], refs=ids, mid_style="outlook",
        facts=dict(reference="7/2027"),
        note="Hours contested (22 billed vs 16 on the timesheet) and a corrected invoice asked before payment.")


def d50():
    o = "colombo"; oname, omail, _ = OWN[o]
    sent = at(2027, 2, 18, 9, 0)
    ids = thread_ids(o, "inv4", "due4")
    subj = "Fattura n. 4/2027 in scadenza"
    cli = "studio@odontoiatricopalumbo.it"
    rem = reminder("due", o, "Gentile Ernesto Palumbo,", "4/2027", 976, due=dt.date(2027, 2, 18))
    reply = """Gentile sig. Colombo,

come Le ho anticipato per telefono, le fotografie dello studio consegnate il 2 febbraio non sono utilizzabili per il sito: metà sono mosse o sfocate e in quelle della sala d'attesa si vede il cantiere del palazzo di fronte, che avevamo chiesto esplicitamente di evitare.

Non intendiamo saldare la fattura n. 4/2027 finché lo shooting non verrà rifatto, come da accordi, a Sue spese.

Cordiali saluti

Dott. Ernesto Palumbo
Medico Chirurgo Odontoiatra
Studio Odontoiatrico Palumbo
Viale Lo Re 18 – 73100 Lecce"""
    plain = reply + "\n\n" + q_apple(oname, omail, sent, rem) + "\n"
    htm = h_apple(reply, oname, omail, sent, rem)
    body = multipart("alternative", [text(plain), text(htm, "html")], "Apple-Mail=_0B9E1C44-7D2A-4E61-B3F0-51C8A2D97E10")
    add("D50", kind="client-reply-dispute", frm=("Ernesto Palumbo", cli), to=(oname, omail),
        date=at(2027, 2, 19, 13, 30, 58), subject="Re: " + subj, body=body, irt=ids[1], refs=ids, mid_style="apple",
        extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
        facts=dict(reference="4/2027"),
        note="Dentist withholds payment until the photo shoot is redone: quality dispute.")


def d51():
    o = "lombardi"; oname, omail, _ = OWN[o]
    sent = at(2027, 3, 15, 9, 0)
    ids = thread_ids(o, "inv9", "court9")
    subj = "Promemoria: fattura n. 9/2027 in scadenza"
    rem = reminder("courtesy", o, "Spett.le Cooperativa Sociale La Ginestra,", "9/2027", 1159.40,
                   due=dt.date(2027, 3, 22), issue=dt.date(2027, 2, 20))
    reply = """Buongiorno Sara,

prima di procedere al pagamento della fattura n. 9/2027 vorremmo capire la voce "spese di trasferta" di € 180,00: nel preventivo del corso privacy per gli operatori non erano previste, e ci eravamo accordati che il corso si sarebbe svolto in videoconferenza, come poi è stato per due giornate su tre.

Ci puoi chiarire? Se è un errore mandaci la fattura corretta senza quella voce.

Grazie e buona giornata
Rocco Summa
Coop. Sociale La Ginestra – Potenza"""
    plain = reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n"
    htm = h_gmail(reply, oname, omail, sent, rem)
    body = multipart("alternative", [text(plain), text(htm, "html")], "00000000000091b2c30649f0a1b2")
    add("D51", kind="client-reply-dispute", frm=("Rocco Summa", "amministrazione.laginestra@gmail.com"),
        to=(oname, omail), date=at(2027, 3, 17, 10, 20, 31), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        mid_style="gmail", facts=dict(reference="9/2027"),
        note="Polite and phrased as a question, but it contests a line not in the quote (180,00 travel costs) and holds payment until clarified: dispute rather than a plain question.")


# --------------------------------------------------------------------------- other client replies


def o52():
    o = "ferrante"; oname, omail, _ = OWN[o]
    sent = at(2026, 11, 5, 17, 30)
    ids = thread_ids(o, "inv119")
    subj = "Fattura n. 2026/119 – sito Studio Associato Conti & Boschi"
    rem = reminder("invoice", o, "Spett.le Studio Associato Conti & Boschi,", "2026/119", 2440, due=dt.date(2026, 12, 5))
    reply = "Ricevuto, grazie. La giro all'amministrazione.\nMarco\n\nInviato da iPhone"
    quoted = gt(f"Il giorno {sent.day} {MM[sent.month - 1]} {sent.year}, alle ore {sent:%H:%M}, {oname} <{omail}> ha "
                f"scritto:\n\n{rem}")
    body = text(reply + "\n\n" + quoted + "\n")
    add("O52", kind="client-reply-other", frm=("Marco Boschi", "m.boschi@contieboschi.it"), to=(oname, omail),
        date=at(2026, 11, 6, 12, 3, 44), subject="Re: " + subj, body=body, irt=ids[0], refs=ids, mid_style="apple",
        extra=[("X-Mailer", "iPhone Mail (22B91)")],
        note="'Received, forwarded to accounts': acknowledges the invoice, says nothing about paying.")


def o53():
    o = "pittau"; oname, omail, _ = OWN[o]
    sent = at(2026, 11, 25, 18, 0)
    ids = thread_ids(o, "inv24")
    subj = "Fattura n. 24/2026 – biglietti da visita e volantini"
    rem = reminder("invoice", o, "Gentile Jessica Piras,", "24/2026", 183, due=dt.date(2026, 12, 10))
    reply = "ciao elena scusa ma nella fattura non trovo l iban, me lo rimandi?? grz\nJessy 💇‍♀️"
    body = text(reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n", cte="base64")
    add("O53", kind="client-reply-other", frm=("Jessica Piras", "jessyhairstyle.ss@gmail.com"), to=(oname, omail),
        date=at(2026, 11, 26, 13, 10, 7), subject="Re: " + subj, body=body, irt=ids[0], refs=ids, mid_style="gmail",
        note="Sassari hairdresser asks for the IBAN again (it is even in the quoted mail); asking for bank details is not yet a promise.")


def o54():
    o = "russo"; oname, omail, _ = OWN[o]
    sent = at(2026, 12, 9, 8, 0)
    ids = thread_ids(o, "inv10", "due10")
    subj = "Fattura n. 10/2026 scaduta"
    rem = reminder("due", o, "Spett.le Masseria Lama di Pozzo,", "10/2026", 854, due=dt.date(2026, 12, 5), days_late=4)
    reply = """Buongiorno Davide,
ti scrivo perché il bonifico di 854 euro che avevamo fatto il 3 dicembre per la fattura 10/2026 ci è stato restituito dalla banca oggi, con la dicitura "IBAN beneficiario non valido". Credo che in anagrafica avessimo un carattere sbagliato.
Mi confermi le coordinate esatte?
Grazie
Angela Convertini
Amministrazione – Masseria Lama di Pozzo, Fasano (BR)"""
    plain = reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n"
    htm = h_gmail(reply, oname, omail, sent, rem)
    body = multipart("alternative", [text(plain), text(htm, "html")], "000000000000a2b3c40644e5f6a7")
    add("O54", kind="client-reply-other", frm=("Angela Convertini", "amministrazione@masserialamadipozzo.it"),
        to=(oname, omail), date=at(2026, 12, 10, 10, 45, 19), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        mid_style="gmail", facts=dict(reference="10/2026"),
        note="The transfer of 3 December bounced back (invalid IBAN) and nothing has been sent again: not paid; they only ask for the bank details, so no amount is labelled.")


def o55():
    o = "benedetti"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 15, 9, 0)
    ids = thread_ids(o, "inv95", "court95")
    subj = "Promemoria: fattura n. 95/2026 in scadenza"
    rem = reminder("courtesy", o, "Spett.le Falegnameria Tonon,", "95/2026", 915, due=dt.date(2027, 1, 22),
                   issue=dt.date(2026, 12, 23))
    reply = """Buongiorno Luca,
il mio commercialista dice che la fattura 95/2026 nel cassetto fiscale dell'Agenzia non la vede, e senza quella lui non la registra. Me la può reinviare tramite SdI o controllare se è stata scartata? Il nostro codice destinatario è KRRH6B9.
Grazie, saluti
Dario Tonon
Falegnameria Tonon – Feltre (BL)"""
    body = text(reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n")
    add("O55", kind="client-reply-other", frm=("Dario Tonon", "falegnameriatonon@libero.it"), to=(oname, omail),
        date=at(2027, 1, 18, 15, 20, 40), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        facts=dict(reference="95/2026"),
        note="The accountant cannot see the e-invoice in the cassetto fiscale; asks to resend via SdI. A question, not a dispute of the invoice.")


def o56():
    o = "benedetti"; oname, omail, _ = OWN[o]
    sent = at(2026, 12, 7, 9, 0)
    ids = thread_ids(o, "inv90", "due90")
    subj = "Fattura n. 90/2026 scaduta"
    rem = reminder("due", o, "Gentile Giuseppe Santini,", "90/2026", 95, due=dt.date(2026, 12, 2), days_late=5)
    reply = """GENTILE SIG. BENEDETTI
HO RICEVUTO LA SUA LETTERA PER LA FATTURA DEL COMPUTER. IO IL BONIFICO NON LO SO FARE E MIA FIGLIA E A MILANO. POSSO PAGARE CON IL BOLLETTINO ALLE POSTE COME LA LUCE O CON QUEL PAGOPA CHE DICE LA TELEVISIONE? OPPURE SE PASSA DA CASA LE DO I CONTANTI.
MI FACCIA SAPERE
SANTINI GIUSEPPE
VIA MARATTA 14 ANCONA"""
    body = text(reply + "\n\n" + q_libero("luca@benedettiict.it", sent, "giuseppe.santini38@libero.it", subj, rem)
                .replace("€", "euro") + "\n", charset="iso-8859-1")
    add("O56", kind="client-reply-other", frm=("giuseppe.santini38", "giuseppe.santini38@libero.it"), to=(oname, omail),
        date=at(2026, 12, 9, 10, 5, 0), subject="R: " + subj, body=body, irt=ids[1], refs=ids,
        note="Elderly client in capitals asks HOW he can pay (postal slip, pagoPA, cash at home): a question about the means of payment, no commitment or day; pagoPA is only his guess.")


def o57():
    o = "derosa"; oname, omail, _ = OWN[o]
    sent = at(2026, 12, 28, 9, 0)
    ids = thread_ids(o, "inv60", "due60")
    subj = "Fattura n. 60/2026 scaduta"
    rem = reminder("due", o, "Gentile Lucia Pagano,", "60/2026", 671, due=dt.date(2026, 12, 23), days_late=5)
    reply = """Buongiorno,
la dottoressa Pagano è in ferie fino al 7 gennaio. Ho inoltrato la sua mail all'ufficio amministrativo dello studio, che le risponderà al più presto.
Cordiali saluti
Anna – Segreteria
Studio Dentistico Dott.ssa Lucia Pagano
Via della Repubblica 48 – 71121 Foggia"""
    plain = reply + "\n\n" + q_outlook(oname, omail, sent, "segreteria@studiopagano.fg.it", subj, rem) + "\n"
    body = text(plain, charset="windows-1252")
    add("O57", kind="client-reply-other", frm=("Segreteria Studio Pagano", "segreteria@studiopagano.fg.it"),
        to=(oname, omail), date=at(2026, 12, 29, 9, 30, 14), subject="R: " + subj, body=body, irt=ids[1], refs=ids,
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        note="Written and signed by the secretary (no auto-reply headers): the dentist is away and the mail was forwarded to accounts; not an auto-reply despite 'in ferie fino al 7 gennaio'.")


def o58():
    o = "greco"; oname, omail, _ = OWN[o]
    sent = at(2027, 2, 10, 9, 0)
    ids = thread_ids(o, "inv6", "court6")
    subj = "Promemoria: fattura n. 6/2027 in scadenza"
    rem = reminder("courtesy", o, "Spett.le Rossi Impianti,", "6/2027", 366, due=dt.date(2027, 2, 17),
                   issue=dt.date(2027, 1, 18))
    reply = """Buonasera,
credo abbia sbagliato destinatario: noi siamo la Elettrica Rossi di Terni e non abbiamo mai avuto rapporti con la sua ditta, né abbiamo ricevuto la fattura n. 6/2027. Forse cercava la Rossi Impianti? Verifichi l'indirizzo.
Saluti
Michela Rossi
Elettrica Rossi snc – Terni"""
    body = text(reply + "\n\n" + q_thunderbird(oname, sent, rem) + "\n")
    add("O58", kind="client-reply-other", frm=("Michela Rossi", "info@elettricarossi.tr.it"), to=(oname, omail),
        date=at(2027, 2, 11, 16, 0, 3), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        extra=[("User-Agent", "Mozilla Thunderbird")],
        facts=dict(reference="6/2027"),
        note="Wrong recipient: a different firm says it is not their business; not a dispute by the real client; the invoice number is in her own words (she never received it).")


def o59():
    o = "colombo"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 29, 9, 0)
    ids = thread_ids(o, "inv38", "due38")
    subj = "Fattura n. 38/2026 scaduta"
    rem = reminder("due", o, "Spett.le Scuola di Danza Arabesque,", "38/2026", 900, due=dt.date(2027, 1, 25), days_late=4)
    reply = """Ciao Andrea,
la fattura delle foto del saggio (la 38/2026) per noi adesso è un po' pesante, a gennaio abbiamo pagato l'affitto della sala per tutto l'anno. Si potrebbe pagarla in tre rate da 300 euro, febbraio marzo e aprile? Se per te va bene ti faccio il primo bonifico subito.
Fammi sapere
Giorgia
Scuola di Danza Arabesque – Asti"""
    plain = reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n"
    htm = h_gmail(reply, oname, omail, sent, rem)
    body = multipart("alternative", [text(plain), text(htm, "html")], "0000000000005e6f7a0647b8c9d0")
    add("O59", kind="client-reply-other", frm=("Giorgia Bertolino", "scuoladanza.arabesque@gmail.com"),
        to=(oname, omail), date=at(2027, 2, 1, 20, 30, 26), subject="Re: " + subj, body=body, irt=ids[1], refs=ids,
        mid_style="gmail", facts=dict(reference="38/2026"),
        note="Asks whether she may pay in three instalments; any payment waits for the freelancer's yes, so it is a question rather than a promise (and not a dispute: the amount is not contested).")


def o60():
    o = "sanna"; oname, omail, _ = OWN[o]
    sent = at(2026, 11, 9, 9, 0)
    ids = thread_ids(o, "inv31", "court31")
    subj = "Promemoria: fattura n. 31/2026 in scadenza"
    cli = "contabilita@trasportidalbo.it"
    rem = reminder("courtesy", o, "Spett.le Trasporti Dal Bò S.r.l.,", "31/2026", 640.50, due=dt.date(2026, 11, 16),
                   issue=dt.date(2026, 10, 17))
    reply = """Buongiorno,
la fattura n. 31/2026 ci è arrivata solo come PDF via mail e non tramite SdI, quindi non possiamo registrarla. La può reinviare allo SdI con il nostro codice destinatario M5UXCR1? Il PDF di cortesia non ha valore fiscale.
Grazie
Ufficio contabilità
Trasporti Dal Bò S.r.l. – Vicenza"""
    body = text(reply + "\n\n" + q_outlook_old(oname, omail, sent, cli, subj, rem) + "\n", charset="windows-1252")
    add("O60", kind="client-reply-other", frm=("Contabilità Trasporti Dal Bò", cli), to=(oname, omail),
        date=at(2026, 11, 11, 8, 50, 0), subject="R: " + subj, body=body, irt=ids[1], refs=ids,
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        facts=dict(reference="31/2026"),
        note="Asks to send the e-invoice through SdI with their recipient code; an administrative request, nothing contested or refused.")


def o61():
    o = "marchetti"; oname, omail, _ = OWN[o]
    sent = at(2027, 3, 9, 10, 0)
    ids = thread_ids(o, "inv8", "thx8")
    subj = "Pagamento ricevuto – fattura n. 2027-008"
    rem = reminder("thank_you", o, "Spett.le Enoteca Il Borgo,", "2027-008", 286.70, paid_on=dt.date(2027, 3, 8))
    reply = "Grazie a lei Chiara, alla prossima! A maggio abbiamo la nuova carta dei vini da tradurre, ci sentiamo.\nPiero"
    body = text(reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n")
    add("O61", kind="client-reply-other", frm=("Piero Cogno", "enotecailborgo.barolo@gmail.com"), to=(oname, omail),
        date=at(2027, 3, 9, 18, 0, 12), subject="Re: " + subj, body=body, irt=ids[1], refs=ids, mid_style="gmail",
        note="Reply to the freelancer's thank-you for a payment already received; the quoted text says 'pagamento ricevuto' but the client only says thanks.")


def o62():
    o = "sanna"; oname, omail, _ = OWN[o]
    sent = at(2027, 3, 8, 9, 0)
    ids = thread_ids(o, "inv7", "due7")
    subj = "Fattura n. 7/2027 scaduta"
    cli = "csis07400x@istruzione.it"
    rem = reminder("due", o, "Spett.le IIS Luigi Einaudi,", "7/2027", 1220, due=dt.date(2027, 3, 5), days_late=3)
    reply = """Gentile Dott. Sanna,

in riferimento alla fattura n. 7/2027 (traduzioni progetto Erasmus+ KA121), per procedere alla liquidazione è necessario che Lei ci restituisca compilato e firmato il modulo allegato di comunicazione del conto corrente dedicato ai sensi dell'art. 3 della L. 136/2010 (tracciabilità dei flussi finanziari), unitamente a copia di un documento di identità in corso di validità.

Cordiali saluti

L'Assistente Amministrativo
Francesca Gallo
IIS "Luigi Einaudi" – Cosenza
Ufficio Contabilità"""
    plain = reply + "\n\n" + q_outlook(oname, omail, sent, cli, subj, rem, line=True) + "\n"
    htm = h_outlook(reply, "utf-8", outlook_hdr(oname, omail, sent, cli, subj), rem)
    alt = multipart("alternative", [text(plain), text(htm, "html")],
                    "_000_BE1P281MB2233A9B8C7D6E5F40312BE1P281MB2233DEUP_")
    body = multipart("mixed", [alt, attachment(tiny_pdf("modulo tracciabilita L.136/2010"), "application/pdf",
                                               "Modulo_tracciabilità_flussi_finanziari.pdf")],
                     "_004_BE1P281MB2233A9B8C7D6E5F40312BE1P281MB2233DEUP_")
    add("O62", kind="client-reply-other", frm=("IIS Einaudi - Ufficio Contabilità", cli), to=(oname, omail),
        date=at(2027, 3, 10, 11, 30, 45), subject="R: " + subj, body=body, irt=ids[1], refs=ids, mid_style="outlook",
        extra=[("X-MS-Has-Attach", "yes")],
        facts=dict(reference="7/2027"),
        note="School asks for the dedicated-account form (tracciabilità, L. 136/2010) before it can pay: routine paperwork, neither a refusal nor a promise with a day.")


def o63():
    o = "ferrante"; oname, omail, _ = OWN[o]
    sent = at(2026, 12, 2, 17, 0)
    ids = thread_ids(o, "inv127")
    subj = "Fattura n. 2026/127 – attività di novembre"
    rem = reminder("invoice", o, "Spett.le Studio Tecnico Associato Zoli & Pirini,", "2026/127", 793, due=dt.date(2027, 1, 1))
    reply = """Ciao Giulia,
tutto ok con la fattura, solo che il mio socio per la nostra contabilità interna mi chiede il dettaglio delle attività di novembre (ore per voce: newsletter, aggiornamento sito, social). Riesci a mandarmelo quando hai un attimo?
Grazie!
Luca Zoli
Studio Tecnico Associato Zoli & Pirini – Forlì"""
    plain = reply + "\n\n" + q_gmail(oname, omail, sent, rem) + "\n"
    htm = h_gmail(reply, oname, omail, sent, rem)
    body = multipart("alternative", [text(plain), text(htm, "html")], "000000000000c7d8e90643f1a2b3")
    add("O63", kind="client-reply-other", frm=("Luca Zoli", "luca.zoli@studiozolipirini.it"), to=(oname, omail),
        date=at(2026, 12, 4, 12, 20, 0), subject="Re: " + subj, body=body, irt=ids[0], refs=ids, mid_style="gmail",
        note="Asks for an hours breakdown 'per la contabilità interna' and says the invoice is fine: a question, not a dispute.")


def o64():
    o = "colombo"; oname, omail, _ = OWN[o]
    sent = at(2027, 1, 11, 9, 0)
    ids = thread_ids(o, "inv36", "court36")
    subj = "Promemoria: fattura n. 36/2026 in scadenza"
    rem = reminder("courtesy", o, "Spett.le Maglificio Vibrata Knit S.r.l.,", "36/2026", 2318, due=dt.date(2027, 1, 18),
                   issue=dt.date(2026, 12, 18))
    reply = """Buongiorno Andrea,
a proposito, sei disponibile a fine febbraio per lo shooting del nuovo catalogo primavera-estate? Sarebbero due giornate in sede a Sant'Egidio alla Vibrata, con le modelle. Mandami una tua disponibilità e un preventivo.
Cordiali saluti
Gabriella Di Giuseppe
Maglificio Vibrata Knit S.r.l. – Sant'Egidio alla Vibrata (TE)"""
    plain = reply + "\n\n" + q_outlook(oname, omail, sent, "g.digiuseppe@vibrataknit.it", subj, rem) + "\n"
    htm = h_outlook(reply, "utf-8", outlook_hdr(oname, omail, sent, "g.digiuseppe@vibrataknit.it", subj), rem)
    body = multipart("alternative", [text(plain), text(htm, "html")],
                     "_000_DB8PR06MB6317B2C3D4E5F6071829DB8PR06MB6317eurp_")
    add("O64", kind="client-reply-other", frm=("Gabriella Di Giuseppe", "g.digiuseppe@vibrataknit.it"),
        to=(oname, omail), date=at(2027, 1, 12, 9, 15, 22), subject="RE: " + subj, body=body, irt=ids[1], refs=ids,
        mid_style="outlook",
        note="Abruzzo knitwear firm answers the courtesy reminder only to book a new shoot; nothing about the invoice; 'fine febbraio' is the new job's date.")


# --------------------------------------------------------------------------- payment notifications


def n65():
    o = "pittau"; oname, omail, _ = OWN[o]
    plain = """Intesa Sanpaolo

Gentile Cliente,
ti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un bonifico.

Importo: 732,00 EUR
Ordinante: ORTOFRUTTA DESSI' DI DESSI' MARCO & C. SNC
Causale: SALDO FATT. 21/2026 DEL 30/10/2026
Data contabile: 09/12/2026
Data valuta: 09/12/2026

Puoi consultare il dettaglio del movimento nell'app Intesa Sanpaolo Mobile o nella sezione Movimenti del tuo Internet Banking.

Questa è una comunicazione automatica: ti preghiamo di non rispondere a questo indirizzo.
Intesa Sanpaolo S.p.A. – Gruppo Bancario Intesa Sanpaolo
"""
    rows = [("Importo", "732,00 EUR"), ("Ordinante", "ORTOFRUTTA DESSI' DI DESSI' MARCO &amp; C. SNC"),
            ("Causale", "SALDO FATT. 21/2026 DEL 30/10/2026"), ("Data contabile", "09/12/2026"),
            ("Data valuta", "09/12/2026")]
    htm = ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Accredito bonifico</title></head>'
           '<body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">'
           '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">'
           '<tr><td style="background:#1a8a3a;padding:16px;color:#fff;font-size:20px">Intesa Sanpaolo</td></tr>'
           '<tr><td style="padding:24px;font-size:14px;color:#333">Gentile Cliente,<br>ti informiamo che sul tuo conto '
           'corrente n. ****3456 è stato accreditato un bonifico.<br><br><table cellpadding="6" style="font-size:14px">'
           + "".join(f'<tr><td style="color:#777">{k}</td><td><b>{v}</b></td></tr>' for k, v in rows) +
           '</table><br>Puoi consultare il dettaglio del movimento nell\'app Intesa Sanpaolo Mobile o nella sezione '
           'Movimenti del tuo Internet Banking.</td></tr><tr><td style="padding:16px;font-size:11px;color:#999">Questa è '
           'una comunicazione automatica: ti preghiamo di non rispondere a questo indirizzo.<br>Intesa Sanpaolo S.p.A. '
           '– Gruppo Bancario Intesa Sanpaolo</td></tr></table></body></html>\n')
    body = multipart("alternative", [text(plain), text(htm, "html")], "----=_Part_8812734_1410982212.1765286520117")
    add("N65", kind="payment-notification", frm=("Intesa Sanpaolo", "notifiche@comunicazioni.intesasanpaolo.com"),
        to=(oname, omail), date=at(2026, 12, 9, 14, 22, 0), subject="Accredito bonifico sul tuo conto", body=body,
        extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "ISP Notification Service")],
        facts=dict(amount="732.00", currency="EUR", reference="21/2026"),
        note="Bank alert of an incoming transfer; the causale names invoice 21/2026.")


def n66():
    o = "ferrante"; oname, omail, _ = OWN[o]
    plain = """UniCredit - Notifica movimenti

BONIFICO IN ENTRATA

Gentile GIULIA FERRANTE,
ti comunichiamo che in data 30.11.2026 è stato accreditato sul conto IT02 L123 **** **** 9012 il seguente bonifico SEPA:

Importo:      EUR 2.440,00
Ordinante:    STUDIO ASSOCIATO CONTI E BOSCHI
Causale:      FT 2026/119 REALIZZAZIONE SITO WEB
Valuta:       30.11.2026
TRN:          0200801633000104567891201130IT

Per non ricevere più queste notifiche modifica le impostazioni degli Alert dall'app UniCredit.

UniCredit S.p.A. - Messaggio generato automaticamente, non rispondere.
"""
    body = text(plain, charset="iso-8859-1")
    add("N66", kind="payment-notification", frm=("UniCredit", "alert@notifiche.unicredit.it"), to=(oname, omail),
        date=at(2026, 11, 30, 10, 5, 37), subject="Notifica: bonifico in entrata", body=body,
        extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        facts=dict(amount="2440.00", currency="EUR", reference="2026/119"),
        note="Bank alert: EUR 2.440,00 credited with causale 'FT 2026/119'.")


def n67():
    o = "verri"; oname, omail, _ = OWN[o]
    plain = """BPER Banca S.p.A.
Servizio Portafoglio Commerciale - Avviso esito effetti

Spett.le VERRI ING. PAOLO
Rapporto: 00000221133 - Filiale di Udine Centro

Le comunichiamo l'esito degli effetti presentati all'incasso con la distinta
n. 0000012 del 05/01/2027 (Ri.Ba. - salvo buon fine):

Eff.  Scadenza    Debitore                    Riferimento            Importo     Esito
3     31/01/2027  MOBILIFICIO ZORZI SRL       FATT. 39/2026          3.416,00    PAGATO

Totale pagati: EUR 3.416,00
Totale insoluti: EUR 0,00
Data valuta accredito: 01/02/2027

Il dettaglio è disponibile nella sezione Portafoglio del Suo Smart Web.

Messaggio generato automaticamente. Si prega di non rispondere.
"""
    body = text(plain, charset="windows-1252")
    add("N67", kind="payment-notification", frm=("BPER Banca", "noreply-portafoglio@bper.it"), to=(oname, omail),
        date=at(2027, 2, 1, 8, 30, 11), subject="Esito effetti Ri.Ba. - distinta n. 0000012", body=body,
        extra=[("Auto-Submitted", "auto-generated")],
        facts=dict(amount="3416.00", currency="EUR", reference="39/2026"),
        note="Ri.Ba. collection outcome 'PAGATO': money in for invoice 39/2026, no insoluti.")


def n68():
    o = "sanna"; oname, omail, _ = OWN[o]
    plain = """Ciao MARCO,

hai ricevuto un bonifico istantaneo.

Importo: 250,00 €
Da: BIANCHI LAURA
Causale: fattura 4/2027 traduzione certificato
Data e ora: 29/01/2027 18:46

Il denaro è già disponibile sul tuo conto.

FinecoBank S.p.A. - Questa email è stata inviata automaticamente, non rispondere.
"""
    htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1d1d1b"><div style="max-width:560px;margin:auto">'
           '<p style="font-size:22px;color:#00487a"><b>FINECO</b></p><p>Ciao MARCO,</p><p>hai ricevuto un '
           '<b>bonifico istantaneo</b>.</p><p style="font-size:28px;margin:8px 0">250,00 €</p><p>Da: BIANCHI LAURA<br>'
           'Causale: fattura 4/2027 traduzione certificato<br>Data e ora: 29/01/2027 18:46</p><p>Il denaro è già '
           'disponibile sul tuo conto.</p><p style="font-size:11px;color:#888">FinecoBank S.p.A. - Questa email è stata '
           'inviata automaticamente, non rispondere.</p></div></body></html>\n')
    body = multipart("alternative", [text(plain, cte="base64"), text(htm, "html", cte="base64")],
                     "b1_5c6f0a7e2d3b4c5d6e7f8091a2b3c4d5")
    add("N68", kind="payment-notification", frm=("Fineco", "notifiche@finecobank.com"), to=(oname, omail),
        date=at(2027, 1, 29, 18, 47, 2), subject="Hai ricevuto un bonifico istantaneo", body=body,
        extra=[("Auto-Submitted", "auto-generated")],
        facts=dict(amount="250.00", currency="EUR", reference="4/2027"),
        note="Instant transfer alert; the payer's causale names invoice 4/2027.")


def n69():
    o = "greco"; oname, omail, _ = OWN[o]
    plain = """Poste Italiane - BancoPosta

Gentile Cliente,
ti informiamo che è stato registrato un accredito sul tuo Conto BancoPosta n. ****1239.

Tipo operazione: BONIFICO SEPA IN ENTRATA
Importo: 180,00 euro
Ordinante: CATALDO VITO
Causale: ASSISTENZA PC MAMMA ROSA CATALDO
Data contabile: 14/12/2026
Data valuta: 11/12/2026

Per maggiori informazioni accedi all'app BancoPostaImpresa o al sito poste.it.

Poste Italiane S.p.A. - Patrimonio BancoPosta
Questo messaggio è generato automaticamente, non rispondere.
"""
    body = text(plain, charset="iso-8859-1")
    add("N69", kind="payment-notification", frm=("Poste Italiane", "noreply@notifiche.poste.it"), to=(oname, omail),
        date=at(2026, 12, 14, 7, 30, 55), subject="BancoPosta: accredito sul tuo conto", body=body,
        extra=[("Auto-Submitted", "auto-generated")],
        facts=dict(amount="180.00", currency="EUR"),
        note="BancoPosta credit of 180,00 from the son of an elderly client; the causale names no invoice number.")


def n70():
    o = "derosa"; oname, omail, _ = OWN[o]
    htm = ('<!doctype html><html><head><meta charset="utf-8"></head><body style="background:#fafafa;font-family:'
           'Helvetica,Arial,sans-serif"><table align="center" width="100%" style="max-width:480px;background:#fff;'
           'border-radius:12px;padding:24px"><tr><td style="color:#f94c43;font-size:22px;font-weight:bold">Satispay '
           'Business</td></tr><tr><td style="font-size:26px;padding-top:16px">Hai ricevuto 45,00 €</td></tr><tr><td '
           'style="padding-top:8px;color:#444">Lorenzo B. ti ha inviato 45,00 € con il messaggio: <i>“post pro loco '
           'marzo 👍”</i></td></tr><tr><td style="padding-top:8px;color:#444">Il pagamento è stato accreditato sul '
           'saldo del negozio <b>FDR Comunicazione</b> e sarà trasferito sul tuo conto con il prossimo versamento '
           'automatico.</td></tr><tr><td style="padding-top:24px;font-size:11px;color:#999">Satispay Europe S.A. – Non '
           'rispondere a questa email.</td></tr></table></body></html>\n')
    body = text(htm, "html", cte="quoted-printable")
    add("N70", kind="payment-notification", frm=("Satispay", "no-reply@satispay.com"), to=(oname, omail),
        date=at(2027, 3, 13, 11, 2, 19), subject="Hai ricevuto 45,00 €", body=body,
        extra=[("Auto-Submitted", "auto-generated")],
        facts=dict(amount="45.00", currency="EUR"),
        note="Satispay Business receipt of 45,00 € with a free-text message, no invoice number.")


def n71():
    o = "sanna"; oname, omail, _ = OWN[o]
    plain = """Hai ricevuto 95,00 € EUR da Carla Oneto

Carla Oneto ti ha inviato 95,00 € EUR.

Nota da Carla Oneto:
traduzione sito B&B

Dettagli della transazione
ID transazione: 7KX24815GH3309522
Data transazione: 6 marzo 2027
Importo: 95,00 € EUR
Commissione: -3,58 € EUR
Importo netto: 91,42 € EUR

Il denaro è disponibile nel tuo conto PayPal.

PayPal (Europe) S.à r.l. et Cie, S.C.A.
Non rispondere a questa email.
"""
    htm = ("<html><body style=\"font-family:'PayPal Open',Helvetica,Arial,sans-serif\"><div style=\"max-width:600px\">"
           + "".join(f"<p>{h_esc(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) +
           "</div></body></html>\n")
    body = multipart("alternative", [text(plain), text(htm, "html")], "----=_Part_413099_1987650021.1804443660000")
    add("N71", kind="payment-notification", frm=("PayPal", "service@paypal.it"), to=(oname, omail),
        date=at(2027, 3, 6, 19, 1, 0), subject="Hai ricevuto denaro", body=body,
        extra=[("Auto-Submitted", "auto-generated")],
        facts=dict(amount="95.00", currency="EUR"),
        note="PayPal money received: the gross 95,00 is the sum paid (91,42 is net of PayPal's fee); the note names no invoice.")


def n72():
    o = "benedetti"; oname, omail, _ = OWN[o]
    plain = """GRUPPO ADRIATICA ALIMENTARE S.p.A. - Portale Fornitori

AVVISO DI PAGAMENTO N. 2027000412

Fornitore: BENEDETTI LUCA (cod. fornitore 0004718)

Si comunica che in data 24/02/2027 è stato disposto a Vostro favore un bonifico bancario
per l'importo complessivo di EUR 4.392,00, con valuta beneficiario 26/02/2027,
a saldo dei seguenti documenti:

Tipo  Numero      Data doc.    Importo      Ritenute   Netto pagato
FT    84/2026     29/10/2026   4.392,00     0,00       4.392,00

Coordinate di accredito: IT83C0538721300000003456789

Questa è una comunicazione generata automaticamente dal sistema di contabilità fornitori.
Per informazioni: contabilita.fornitori@adriaticaalimentare.it
"""
    body = text(plain, charset="utf-8", cte="quoted-printable")
    add("N72", kind="payment-notification", frm=("Portale Fornitori Adriatica Alimentare",
                                                  "noreply@fornitori.adriaticaalimentare.it"),
        to=(oname, omail), date=at(2027, 2, 24, 6, 15, 0), subject="Avviso di pagamento n. 2027000412", body=body,
        extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        facts=dict(amount="4392.00", currency="EUR", reference="84/2026"),
        note="Accounts-payable remittance advice: a transfer of 4.392,00 was ordered today for invoice 84/2026 (value date 26/02).")


# --------------------------------------------------------------------------- auto-replies


def a73():
    o = "benedetti"; oname, omail, _ = OWN[o]
    ids = thread_ids(o, "inv97", "due97")
    reply = """Buongiorno,
sarò fuori sede fino al 6 gennaio compreso, con accesso limitato alla posta.
Per questioni amministrative e pagamenti potete scrivere a amministrazione@cartotecnicajesina.it.

Buone feste!

Michele Santarelli
Cartotecnica Jesina S.r.l. – Jesi (AN)"""
    body = text(reply + "\n")
    add("A73", kind="auto-reply", frm=("Michele Santarelli", "m.santarelli@cartotecnicajesina.it"), to=(oname, omail),
        date=at(2026, 12, 23, 10, 0, 4), subject="Fuori sede: Fattura n. 97/2026 scaduta", body=body, irt=ids[1],
        refs=ids, extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")],
        facts=dict(return_date="2027-01-07"),
        note="Out of office 'fino al 6 gennaio compreso' = back on 7 January 2027.")


def a74():
    o = "ferrante"; oname, omail, _ = OWN[o]
    ids = thread_ids(o, "inv133", "due133")
    reply = """Grazie per il messaggio.

Sono in ferie e rientrerò in ufficio lunedì 11 gennaio. In questo periodo non leggerò la posta.
Per urgenze potete contattare la mia collega Valentina Sala (v.sala@agenziapiuma.it – 02 8736 4410).

Buone feste,
Federico Riva
Agenzia Piuma – Milano"""
    body = text(reply + "\n", charset="windows-1252")
    add("A74", kind="auto-reply", frm=("Federico Riva", "f.riva@agenziapiuma.it"), to=(oname, omail),
        date=at(2026, 12, 28, 8, 2, 51), subject="Risposta automatica: Fattura n. 2026/133 scaduta", body=body,
        irt=ids[1], refs=ids, mid_style="outlook",
        extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "f.riva@agenziapiuma.it"),
               ("Auto-Submitted", "auto-replied"), ("Content-Language", "it-IT")],
        facts=dict(return_date="2027-01-11"),
        note="Exchange out-of-office: 'rientrerò in ufficio lunedì 11 gennaio' is the first day back.")


def a75():
    o = "russo"; oname, omail, _ = OWN[o]
    ids = thread_ids(o, "inv6", "due6")
    reply = """Gentile utente,
questa casella di posta non è più attiva e i messaggi inviati a questo indirizzo non vengono letti.

Per comunicazioni amministrative (fatture, pagamenti) scrivere a amministrazione@hotelbelvederegargano.it
Per prenotazioni: booking@hotelbelvederegargano.it

Hotel Belvedere – Vieste (FG)"""
    body = text(reply + "\n")
    add("A75", kind="auto-reply", frm=("Hotel Belvedere", "direzione@hotelbelvederegargano.it"), to=(oname, omail),
        date=at(2027, 2, 18, 14, 0, 33), subject="Re: Fattura n. 6/2027 scaduta", body=body, irt=ids[1], refs=ids,
        note="Mailbox no longer in use, with a bare 'Re:' subject and no auto-reply headers; the new address is for invoices, but nobody has read the reminder.")


def a76():
    o = "lombardi"; oname, omail, _ = OWN[o]
    ids = thread_ids(o, "inv41", "court41")
    reply = """Si comunica che gli uffici di segreteria di questa Istituzione scolastica resteranno chiusi dal 24 dicembre 2026 al 6 gennaio 2027 compresi, come da delibera del Consiglio d'Istituto.
Le richieste pervenute in questo periodo saranno evase a partire dalla riapertura degli uffici.

Per comunicazioni urgenti utilizzare la PEC udic83200v@pec.istruzione.it

Istituto Comprensivo di Cividale del Friuli
Segreteria amministrativa

Messaggio generato automaticamente, si prega di non rispondere."""
    body = text(reply + "\n", charset="iso-8859-1")
    add("A76", kind="auto-reply", frm=("IC Cividale - Segreteria", "udic83200v@istruzione.it"), to=(oname, omail),
        date=at(2026, 12, 24, 9, 0, 12), subject="Risposta automatica: Promemoria: fattura n. 41/2026 in scadenza",
        body=body, irt=ids[1], refs=ids, extra=[("Auto-Submitted", "auto-replied")],
        facts=dict(return_date="2027-01-07"),
        note="School office closed 24 December to 6 January 'compresi': back on 7 January 2027.")


def a77():
    o = "sanna"; oname, omail, _ = OWN[o]
    ids = thread_ids(o, "inv3", "due3")
    reply = """Gentile Fornitore,

la Sua richiesta è stata registrata con il numero 2027030210001234 e sarà presa in carico dal Servizio Contabilità Fornitori entro 5 giorni lavorativi.

Per verificare lo stato delle Sue fatture e dei pagamenti può consultare il Portale Fornitori, nella sezione "Documenti e pagamenti".

La preghiamo di non rispondere a questo messaggio e di indicare il numero di ticket in ogni comunicazione successiva.

Servizio Contabilità Fornitori
Gruppo Adria Servizi S.p.A."""
    body = text(reply + "\n")
    add("A77", kind="auto-reply", frm=("Contabilità Fornitori", "fornitori@helpdesk.gruppoadriaservizi.it"),
        to=(oname, omail), date=at(2027, 3, 2, 10, 31, 7),
        subject="[Ticket#2027030210001234] Richiesta ricevuta - Re: Fattura n. 3/2027 scaduta", body=body,
        irt=ids[1], refs=ids, extra=[("Auto-Submitted", "auto-replied"), ("X-OTRS-Loop", "false"),
                                     ("Precedence", "bulk")],
        note="Helpdesk ticket acknowledgement from the client's accounts-payable service; no date of return.")


def a78():
    o = "colombo"; oname, omail, _ = OWN[o]
    ids = thread_ids(o, "inv2", "court2")
    reply = """Lo studio è chiuso per ferie. Risponderò al mio rientro.

Per urgenze rivolgersi al Servizio di Continuità Assistenziale (ex Guardia Medica) al numero 0171 450 450.

Dott. Bruno Ferraris
Medico di Medicina Generale – Cuneo

Inviato da iPad"""
    body = text(reply + "\n")
    add("A78", kind="auto-reply", frm=("Bruno Ferraris", "dott.bruno.ferraris@icloud.com"), to=(oname, omail),
        date=at(2027, 2, 22, 8, 0, 40), subject="Risposta automatica: Promemoria: fattura n. 2/2027 in scadenza",
        body=body, irt=ids[1], refs=ids, mid_style="apple",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Apple-Action", "VACATION")],
        note="Doctor's holiday auto-reply with no return date ('al mio rientro'), so no return_date.")


# --------------------------------------------------------------------------- bounces


def _original(frm, to, subject, date, msgid, body_text):
    hdr = (f"From: {frm}\nTo: {to}\nSubject: {enc_words(subject)}\nDate: {email.utils.format_datetime(date)}\n"
           f"Message-ID: {msgid}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
           "Content-Transfer-Encoding: quoted-printable\nX-Mailer: mailduns\n")
    return hdr.encode("ascii"), quopri.encodestring(body_text.encode("utf-8")) + b"\n"


def b79():
    o = "colombo"; oname, omail, _ = OWN[o]
    rcpt = "amministrazione@calzaturificiorenzi.it"
    sent = at(2026, 11, 5, 8, 0, 58)
    orig_id = thread_ids(o, "court30")[0]
    rem = reminder("courtesy", o, "Spett.le Calzaturificio Renzi S.r.l.,", "30/2026", 1586, due=dt.date(2026, 11, 12),
                   issue=dt.date(2026, 10, 13))
    oh, ob = _original(addr(oname, omail), rcpt, "Promemoria: fattura n. 30/2026 in scadenza", sent, orig_id, rem)
    notice = f"""This is the mail system at host mail.andreacolombofoto.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.calzaturificiorenzi.it[93.184.12.40] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    ds = f"""Reporting-MTA: dns; mail.andreacolombofoto.it
X-Postfix-Queue-ID: 4N7Kq21xYzz3wLk
X-Postfix-Sender: rfc822; {omail}
Arrival-Date: Thu,  5 Nov 2026 08:00:58 +0100 (CET)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.calzaturificiorenzi.it
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
    body = multipart("report", [
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
             notice.encode("ascii")),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
             ds.encode("ascii")),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], oh + b"\n" + ob),
    ], "4N7Kq21xYzz3wLk.1794034872/mail.andreacolombofoto.it", params=" report-type=delivery-status;",
        preamble="This is a MIME-encapsulated message.")
    add("B79", kind="bounce", lang="en", frm="MAILER-DAEMON@mail.andreacolombofoto.it (Mail Delivery System)",
        to=omail, date=at(2026, 11, 5, 8, 1, 12), subject="Undelivered Mail Returned to Sender", body=body,
        rpath="<>", extra=[("Auto-Submitted", "auto-replied")],
        msgid="<20261105070112.5B2D41C0A7F@mail.andreacolombofoto.it>",
        facts=dict(failed_recipient=rcpt, permanent=True),
        note="Postfix DSN in English for an Italian client's address: 550 5.1.1 user unknown, permanent.")


def b80():
    o = "derosa"; oname, omail, _ = OWN[o]
    rcpt = "info@hotelmiramare-ischia.it"
    sent = at(2027, 3, 16, 9, 0, 2)
    orig_id = thread_ids(o, "rem8")[0]
    plain = f"""Il recapito non è riuscito per i seguenti destinatari o gruppi:

{rcpt}<mailto:{rcpt}>
La casella postale del destinatario è piena e al momento non può accettare messaggi. Riprova a inviare il messaggio più tardi oppure contatta direttamente il destinatario.







Informazioni di diagnostica per gli amministratori:

Server di generazione: AM0PR02MB5521.eurprd02.prod.outlook.com

{rcpt}
Remote Server returned '552 5.2.2 STOREDRV.Deliver; mailbox full'

Intestazioni originali del messaggio:

From: {oname} <{omail}>
To: {rcpt}
Subject: Sollecito fattura n. 8/2027
Date: Tue, 16 Mar 2027 09:00:02 +0100
Message-ID: {orig_id}
MIME-Version: 1.0
"""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
           '<p><b><font color="#000066" size="3" face="Arial">Il recapito non è riuscito per i seguenti destinatari o '
           f'gruppi:</font></b></p><font color="#000000" size="2" face="Tahoma"><p><a href="mailto:{rcpt}">{rcpt}</a>'
           '<br></font><font color="#000000" size="3" face="Arial">La casella postale del destinatario è piena e al '
           'momento non può accettare messaggi. Riprova a inviare il messaggio più tardi oppure contatta direttamente '
           'il destinatario.</font></p><br><br><font color="#808080" size="2" face="Tahoma"><p>Informazioni di '
           'diagnostica per gli amministratori:</p><p>Server di generazione: AM0PR02MB5521.eurprd02.prod.outlook.com'
           f'</p><p>{rcpt}<br>Remote Server returned \'552 5.2.2 STOREDRV.Deliver; mailbox full\'</p></font>'
           '</body></html>\n')
    ds = f"""Reporting-MTA: dns;AM0PR02MB5521.eurprd02.prod.outlook.com
Received-From-MTA: dns;mail.fdrcomunicazione.it
Arrival-Date: Tue, 16 Mar 2027 08:00:04 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 STOREDRV.Deliver; mailbox full
"""
    rh = (f"From: {oname} <{omail}>\nTo: {rcpt}\nSubject: Sollecito fattura n. 8/2027\n"
          f"Date: Tue, 16 Mar 2027 09:00:02 +0100\nMessage-ID: {orig_id}\nMIME-Version: 1.0\n"
          "Content-Type: text/plain; charset=\"utf-8\"\n")
    alt = multipart("alternative", [text(plain, charset="iso-8859-1"), text(htm, "html", charset="iso-8859-1")],
                    "00feef00-7a31-44c2-b0d5-ffef9e3a2c17", params=" differences=Content-Type;")
    body = multipart("report", [alt, raw_part("message/delivery-status", ds.encode("ascii")),
                                raw_part("text/rfc822-headers", rh.encode("ascii"))],
                     "f00000ee-2b6d-4c8e-a1f9-bi0e00035af1", params=" report-type=delivery-status;")
    add("B80", kind="bounce", frm="<postmaster@hotelmiramare-ischia.it>", to=f"<{omail}>",
        date=at(2027, 3, 16, 9, 0, 9), subject="Non recapitabile: Sollecito fattura n. 8/2027", body=body,
        rpath="<>", irt=orig_id,
        extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "it-IT"), ("Auto-Submitted", "auto-replied")],
        mid_style="outlook",
        facts=dict(failed_recipient=rcpt, permanent=True),
        note="Exchange NDR in Italian: 'mailbox full' and 'riprova più tardi', yet the status is 5.2.2, so a permanent failure.")


def b81():
    o = "sanna"; oname, omail, _ = OWN[o]
    rcpt = "amministrazione@studiograficoneri.it"
    orig_id = "<CAJx7pQ2m4b9h0T3kVnY8wFz1eLr5sUo6dGi2aHc0NpQ+kq9Xw@mail.gmail.com>"
    plain = f"""** Messaggio non ancora consegnato **

Si è verificato un problema temporaneo durante la consegna del messaggio a {rcpt}. Gmail riproverà per altre 46 ore. Riceverai una notifica se la consegna non andrà a buon fine definitivamente.

La risposta del server remoto è stata:
451 4.4.1 mx.studiograficoneri.it: Connection timed out
"""
    htm = ('<html><head></head><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;max-width:600px">'
           '<h2 style="font-weight:normal">Messaggio non ancora consegnato</h2><p>Si è verificato un problema '
           f'temporaneo durante la consegna del messaggio a <b>{rcpt}</b>. Gmail riproverà per altre 46 ore. '
           'Riceverai una notifica se la consegna non andrà a buon fine definitivamente.</p><p style="color:#666">'
           'La risposta del server remoto è stata:</p><p style="font-family:monospace">451 4.4.1 '
           'mx.studiograficoneri.it: Connection timed out</p></div></body></html>\n')
    ds = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 07 Jan 2027 05:10:33 -0800 (PST)
X-Original-Message-ID: {orig_id}

Final-Recipient: rfc822; {rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 451 4.4.1 mx.studiograficoneri.it: Connection timed out
Last-Attempt-Date: Fri, 08 Jan 2027 03:12:40 -0800 (PST)
Will-Retry-Until: Sun, 10 Jan 2027 05:10:33 -0800 (PST)
"""
    rh = (f"From: {oname} <{omail}>\nDate: Thu, 7 Jan 2027 14:10:30 +0100\nMessage-ID: {orig_id}\n"
          f"Subject: Fattura n. 1/2027 scaduta\nTo: {rcpt}\nContent-Type: multipart/alternative; "
          "boundary=\"000000000000e1a2b30648c1d2e3\"\n")
    alt = multipart("alternative", [text(plain), text(htm, "html")], "000000000000f2c3d40648d7e8f9")
    body = multipart("report", [alt, raw_part("message/delivery-status", ds.encode("ascii")),
                                raw_part("text/rfc822-headers", rh.encode("ascii"))],
                     "000000000000f2c3d10648d7e8f6", params=" report-type=delivery-status;")
    add("B81", kind="bounce", frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=omail,
        date=dt.datetime(2027, 1, 8, 3, 12, 45, tzinfo=PST), subject="Notifica stato recapito (ritardo)", body=body,
        rpath="<>", irt=orig_id, mid_style="gmail", extra=[("Auto-Submitted", "auto-replied")],
        facts=dict(failed_recipient=rcpt, permanent=False),
        note="Gmail (Italian) delay notice: 4.4.1, still retrying for 46 hours, so a temporary failure.")


def b82():
    o = "verri"; oname, _, _ = OWN[o]
    pec = "paolo.verri@pec.ingverri.it"
    rcpt = "amministrazione@pec.edilmarchi.it"
    subj_orig = "Diffida di pagamento – fattura n. 46/2026"
    ident = "opec21012.20270324164010.04567.812.1.68@pec.aruba.it"
    plain = f"""Ricevuta di mancata consegna

Il giorno 24/03/2027 alle ore 16:40:12 (+0100) nel messaggio
"{subj_orig}" proveniente da "{pec}"
e destinato all'utente "{rcpt}"
è stato rilevato un errore 5.1.1 - Aruba Pec S.p.A. - indirizzo non valido.
Il messaggio non è stato consegnato.
Identificativo messaggio: {ident}
"""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<h3>Ricevuta di mancata consegna</h3><p>Il giorno 24/03/2027 alle ore 16:40:12 (+0100) nel messaggio<br>'
           f'"{h_esc(subj_orig)}" proveniente da "{pec}"<br>e destinato all\'utente "{rcpt}"<br>è stato rilevato un '
           'errore 5.1.1 - Aruba Pec S.p.A. - indirizzo non valido.<br>Il messaggio non è stato consegnato.<br>'
           f'Identificativo messaggio: {ident}</p></body></html>\n')
    daticert = f"""<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="no-dest">
  <intestazione>
    <mittente>{pec}</mittente>
    <destinatari tipo="certificato">{rcpt}</destinatari>
    <risposte>{pec}</risposte>
    <oggetto>{h_esc(subj_orig)}</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0100">
      <giorno>24/03/2027</giorno>
      <ora>16:40:12</ora>
    </data>
    <identificativo>{ident}</identificativo>
    <msgid>&lt;mailduns.final46.7c1e22a4@ingverri.it&gt;</msgid>
    <consegna>{rcpt}</consegna>
    <errore-esteso>5.1.1 - Aruba Pec S.p.A. - indirizzo non valido</errore-esteso>
  </dati>
</postacert>
"""
    alt = multipart("alternative", [text(plain, cte="quoted-printable"), text(htm, "html", cte="quoted-printable")],
                    "----------=_1805902812-4567-813")
    mixed = multipart("mixed", [alt, attachment(daticert.encode("utf-8"), "application/xml", "daticert.xml")],
                      "----------=_1805902812-4567-812", extra=[("MIME-Version", "1.0")])
    sig = attachment(bytes.fromhex("3082066306092a864886f70d010702a08206543082065002010131"), "application/x-pkcs7-signature",
                     "smime.p7s")
    body = multipart("signed", [mixed, sig], "----4F0B7D3C2E8A91B6D5E0F1A2B3C4D5E6",
                     params=' protocol="application/x-pkcs7-signature"; micalg="sha-256";',
                     preamble="This is an S/MIME signed message")
    add("B82", kind="bounce", frm='"posta-certificata@pec.aruba.it" <posta-certificata@pec.aruba.it>', to=pec,
        date=at(2027, 3, 24, 16, 40, 12), subject=f"AVVISO DI MANCATA CONSEGNA: {subj_orig}", body=body,
        msgid=f"<{ident}>", irt="<mailduns.final46.7c1e22a4@ingverri.it>",
        extra=[("X-Riferimento-Message-ID", "<mailduns.final46.7c1e22a4@ingverri.it>"), ("X-Ricevuta", "errore-consegna"),
               ("X-Trasporto", "errore"), ("X-Tiporicevuta", "completa")],
        facts=dict(failed_recipient=rcpt, permanent=True),
        note="PEC 'avviso di mancata consegna' for a formal notice sent by certified mail: error 5.1.1 (invalid address), permanent.")


# --------------------------------------------------------------------------- other


def x83():
    o = "pittau"; oname, omail, _ = OWN[o]
    plain = """Intesa Sanpaolo

Gentile Cliente,
ti confermiamo che il pagamento dell'avviso pagoPA è stato eseguito correttamente.

Ente creditore: COMUNE DI CAGLIARI
Oggetto del pagamento: TARI 2027 - RATA 1
Codice avviso: 3012 0000 4567 8912 34
Importo: 212,00 EUR
Commissione: 1,50 EUR
Addebitato sul conto: ****3456
Data operazione: 15/03/2027

La ricevuta è disponibile nella sezione Pagamenti dell'app Intesa Sanpaolo Mobile.

Comunicazione automatica, non rispondere.
"""
    htm = ('<html><body style="font-family:Arial,sans-serif;color:#333"><table width="600" align="center"><tr><td '
           'style="background:#1a8a3a;color:#fff;padding:14px;font-size:18px">Intesa Sanpaolo</td></tr><tr><td '
           'style="padding:20px">' + h_esc(plain.split("\n", 2)[2]).replace("\n", "<br>") + '</td></tr></table>'
           '</body></html>\n')
    body = multipart("alternative", [text(plain), text(htm, "html")], "----=_Part_9912031_2101552344.1805106600412")
    add("X83", kind="other", frm=("Intesa Sanpaolo", "notifiche@comunicazioni.intesasanpaolo.com"), to=(oname, omail),
        date=at(2027, 3, 15, 12, 30, 0), subject="Pagamento pagoPA eseguito", body=body,
        extra=[("Auto-Submitted", "auto-generated")],
        note="The freelancer's own pagoPA payment of a waste tax: money going out, from the same bank that sends her credit alerts; not a payment notification.")


def x84():
    o = "ferrante"; oname, omail, _ = OWN[o]
    plain = """Aruba Fatturazione Elettronica

Gentile Cliente,
ti informiamo che per la fattura elettronica n. 2027/3 del 12/01/2027
(file IT02345678901_00A7K.xml), destinatario TIPOGRAFIA BONVICINI SRL,
il Sistema di Interscambio ha emesso una Ricevuta di consegna (RC).

Identificativo SdI: 14492387615
Data consegna: 13/01/2027 10:12

La fattura è stata consegnata correttamente al destinatario.
Puoi visualizzare la ricevuta accedendo al pannello di Fatturazione Elettronica.

Questo è un messaggio automatico, si prega di non rispondere.
Aruba S.p.A.
"""
    body = text(plain, charset="utf-8", cte="quoted-printable")
    add("X84", kind="other", frm=("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"),
        to=(oname, omail), date=at(2027, 1, 13, 10, 14, 20),
        subject="Notifica fattura 2027/3: ricevuta di consegna (RC)", body=body,
        extra=[("Auto-Submitted", "auto-generated")],
        facts=dict(reference="2027/3"),
        note="E-invoicing service notice that SdI delivered invoice 2027/3 to the client: delivered is not paid.")


def x85():
    o = "greco"; oname, omail, _ = OWN[o]
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<div style="background:#ffcc00;padding:10px"><b style="color:#00235f;font-size:20px">Poste Italiane</b></div>
<p>Gentile cliente,</p>
<p>sul tuo Conto BancoPosta risulta un <b>bonifico in entrata di 1.250,00 €</b> in attesa di accredito.</p>
<p>A causa di un aggiornamento dei nostri sistemi di sicurezza, il tuo conto è stato temporaneamente limitato. Per ricevere l'importo è necessario confermare i tuoi dati entro 24 ore.</p>
<p style="text-align:center"><a href="http://poste-it-verifica.accesso-sicuro.top/login" style="background:#00235f;color:#fff;padding:12px 24px;text-decoration:none">CONFERMA I TUOI DATI</a></p>
<p>Se non confermi entro il termine, il bonifico verrà restituito all'ordinante e il conto sospeso.</p>
<p>Cordiali saluti,<br>Servizio Clienti Poste Italiane</p>
</body></html>
"""
    body = text(htm, "html", cte="base64")
    add("X85", kind="other", frm=("Poste Italiane", "no-reply@poste-it-sicurezza.com"), to=omail,
        date=at(2027, 1, 30, 3, 14, 51), subject="Avviso: bonifico in entrata in attesa - conferma i tuoi dati",
        body=body, reply_to="assistenza@poste-it-sicurezza.com",
        note="Phishing imitating Poste Italiane: the 'incoming transfer of 1.250,00 €' is bait from a look-alike domain, not a real payment notice.")


def x86():
    o = "ferrante"; oname, omail, _ = OWN[o]
    plain = """Buongiorno,

in allegato trasmettiamo la fattura n. 233/2026 del 20/11/2026 di € 146,40 relativa alla stampa di 500 biglietti da visita e 200 cartelline, con scadenza 20/12/2026.

Pagamento: bonifico bancario
IBAN IT47K0707202400000000233456 – Emilbanca
La fattura elettronica è stata trasmessa anche tramite SdI.

Cordiali saluti
Amministrazione
Grafiche Rapida snc
Via del Lavoro 21 – 40127 Bologna
"""
    body = multipart("mixed", [text(plain), attachment(tiny_pdf("fattura 233/2026 Grafiche Rapida"), "application/pdf",
                                                       "Fattura_233_2026.pdf")], "=_b7e1c0d2a3f4e5b6")
    add("X86", kind="other", frm=("Grafiche Rapida snc", "amministrazione@graficherapida.it"), to=(oname, omail),
        date=at(2026, 11, 20, 11, 40, 2), subject="Invio fattura n. 233/2026", body=body,
        note="A supplier's invoice TO the freelancer (business cards she ordered): an invoice received, not a reply about hers; no fields.")


# =========================================================================== build and check
def _toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _amount_forms(a):
    ip, dp = a.split(".")
    n = int(ip)
    groups = f"{n:,}"
    forms = set()
    for ints in {ip, groups.replace(",", "."), groups.replace(",", "'")}:
        forms.update({f"{ints},{dp}", f"{ints}.{dp}"})
        if dp == "00":
            forms.update({f"{ints}.–", f"{ints} €", f"{ints} euro", f"€ {ints}", f"EUR {ints}", f"{ints} ", f"{ints}"})
    return forms


def _all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif ct == "message/delivery-status":
            for block in part.get_payload():
                out.append(str(block))
        elif ct in ("application/xml",):
            out.append(part.get_content().decode("utf-8") if isinstance(part.get_content(), bytes) else part.get_content())
    return "\n".join(out)


def main():
    funcs = [v for k, v in sorted(globals().items()) if re.fullmatch(r"[pr]\d\d|[do]\d\d|[nabx]\d\d", k)]
    for f in funcs:
        f()
    assert len(MESSAGES) == N, len(MESSAGES)
    keys = [m["key"] for m in MESSAGES]
    assert len(set(keys)) == N
    # a fixed interleaving, so that the kinds do not come in blocks
    order = sorted(MESSAGES, key=lambda m: zlib.crc32(("r17i-" + m["key"]).encode()))
    for old in os.listdir(HERE):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    lines = ["# round17-it: Italian clients of Italian freelancers from every region and Ticino (condominiums, schools, "
             "doctors, a notary, municipalities), Italian payment realities, bank alerts, auto-replies and bounces.",
             ""]
    for i, m in enumerate(order, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        m["file"] = name
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(m["data"])
        lines.append(f'[files."{name}"]')
        lines.append(f"kind = {_toml_str(m['kind'])}")
        lines.append(f"language = {_toml_str(m['lang'])}")
        lines.append('split = "dev"')
        for k in ("promised_date", "return_date", "amount", "currency", "reference", "failed_recipient", "permanent"):
            if k in m["facts"]:
                v = m["facts"][k]
                lines.append(f"{k} = {'true' if v is True else 'false' if v is False else _toml_str(v)}")
        lines.append(f"note = {_toml_str(m['note'])}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    check(order)


def check(order):
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    problems = []
    allowed = {"kind", "language", "split", "note", "amount", "currency", "reference"}
    per_kind = {"client-reply-promise": {"promised_date"}, "auto-reply": {"return_date"},
                "bounce": {"failed_recipient", "permanent"}}
    counts = {}
    lo, hi = dt.date(2026, 11, 1), dt.date(2027, 3, 31)
    assert len(labels) == N and sorted(labels) == [f"{PREFIX}-{i:04d}.eml" for i in range(1, N + 1)]
    for m in order:
        name = m["file"]
        lab = labels[name]
        p = lambda s: problems.append(f"{name} ({m['key']}): {s}")  # noqa: E731
        with open(os.path.join(HERE, name), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        kind = lab["kind"]
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KINDS:
            p(f"bad kind {kind}")
        if lab["language"] not in ("it", "es", "en"):
            p("bad language")
        extra_keys = set(lab) - allowed - per_kind.get(kind, set())
        if extra_keys:
            p(f"fields not allowed for {kind}: {extra_keys}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                p(f"missing {h}")
        if msg["Subject"] != m["subject"]:
            p(f"subject round-trip: {msg['Subject']!r}")
        d = msg["Date"].datetime
        if d.tzinfo is None:
            p("Date without zone")
        local = d.date()
        if not lo <= local <= hi:
            p(f"date {local} out of range")
        if kind.startswith("client-reply") and not msg["In-Reply-To"]:
            p("client reply without In-Reply-To")
        defects = [(part.get_content_type(), part.defects) for part in msg.walk() if part.defects]
        if msg.defects or defects:
            p(f"MIME defects {msg.defects} {defects}")
        body = _all_text(msg)
        if len(body.strip()) < 20:
            p("no readable text")
        if "amount" in lab:
            if not re.fullmatch(r"\d+\.\d\d", lab["amount"]):
                p("amount format")
            elif not any(f in body for f in _amount_forms(lab["amount"])):
                p(f"amount {lab['amount']} not found in text")
        if "currency" in lab and lab["currency"] not in ("EUR", "CHF"):
            p("currency")
        if "currency" in lab and "amount" not in lab:
            p("currency without amount")
        if "reference" in lab and lab["reference"] not in body:
            p(f"reference {lab['reference']} not in text")
        if "promised_date" in lab:
            pd = dt.date.fromisoformat(lab["promised_date"])
            if pd < local:
                p("promise before the message date")
        if "return_date" in lab:
            rd = dt.date.fromisoformat(lab["return_date"])
            if rd <= local:
                p("return date not after the message date")
        if kind == "bounce":
            if "failed_recipient" not in lab or "permanent" not in lab:
                p("bounce without failed_recipient/permanent")
            elif lab["failed_recipient"] not in body:
                p("failed recipient not in text")
            elif not isinstance(lab["permanent"], bool):
                p("permanent not a bool")
            else:
                status = re.search(r"Status: ?([245])\.\d+\.\d+", body) or re.search(r"\b([45])\.\d\.\d+\b", body)
                if status and (status.group(1) == "5") != lab["permanent"]:
                    p("permanent does not match the status code")
        if not lab.get("note"):
            p("no note")
    for k, v in sorted(counts.items()):
        print(f"{k:22s} {v}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"{len(order)} messages written and re-checked in {HERE}")


if __name__ == "__main__":
    main()
