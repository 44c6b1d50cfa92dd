#!/usr/bin/env python3
"""round21-it: 80 Italian messages that come back to Italian freelancers after an invoice.

Standard library only.  Writes r21i-0001.eml ... r21i-0080.eml and labels.toml next to this
script, then re-parses every file with the default policy and checks the labels against it.
Every client's words below were written one by one; the freelancers' quoted letters follow the
wording of templates/it/*.txt.j2 (what mailduns sends), the bank and server notices imitate the
machines that send them.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import os
import quopri
import random
import re
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r21i"

CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
UTC = dt.timezone.utc


def D(y, mo, d, h=9, mi=0, s=0, tz=CET):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_DAYS_SHORT = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]
IT_MONTHS_SHORT = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


def long_date(day):
    """'15 ottobre 2026' (a date or datetime)."""
    return f"{day.day} {IT_MONTHS[day.month - 1]} {day.year}"


def art(prep, day):
    """The art() filter of the templates: 'il 15 ottobre 2026', "l'8 novembre 2026", "dall'11 ..."."""
    elided = day.day in (8, 11)
    table = {"il": ("il ", "l'"), "del": ("del ", "dell'"), "dal": ("dal ", "dall'"), "al": ("al ", "all'")}
    a, b = table[prep]
    return (b if elided else a) + long_date(day)


def euro(x):
    """1220 -> '1.220,00 €' (how mailduns writes amounts in Italian)."""
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


def iban_it(cin, abi, cab, conto):
    bban = f"{cin}{abi}{cab}{conto}"
    conv = "".join(str(int(c, 36)) for c in bban + "IT00")
    check = 98 - int(conv) % 97
    return f"IT{check:02d}{bban}"


# --------------------------------------------------------------------------------------------
# The freelancers (mailbox owners)
# --------------------------------------------------------------------------------------------

FL = {
    "giulia": dict(name="Giulia Ferraresi", first="Giulia", addr="giulia@ferraresitesti.it",
                   iban=iban_it("X", "05387", "02400", "000003417728"), dom="ferraresitesti.it"),
    "marco": dict(name="Marco Bellandi", first="Marco", addr="marco@bellandifotografia.it",
                  iban=iban_it("K", "03069", "02887", "100000012883"), dom="bellandifotografia.it"),
    "silvia": dict(name="Silvia Orrù", first="Silvia", addr="silvia@orruseo.it",
                   iban=iban_it("M", "01015", "04800", "000070488213"), dom="orruseo.it"),
    "davide": dict(name="Davide Pellizzari", first="Davide", addr="davide@pellizzariformazione.it",
                   iban=iban_it("B", "08904", "61800", "000000219934"), dom="pellizzariformazione.it"),
    "chiara": dict(name="Chiara Lombardo", first="Chiara", addr="studio@lombardoprogetti.it",
                   iban=iban_it("Q", "02008", "01046", "000105877412"), dom="lombardoprogetti.it"),
    "nicola": dict(name="Nicola Esposito", first="Nicola", addr="nicola.esposito.audio@gmail.com",
                   iban=iban_it("T", "03062", "03496", "100000061122"), dom="gmail.com"),
    "francesca": dict(name="Francesca Rinaldi", first="Francesca", addr="francesca@rinaldistudio.it",
                      iban=iban_it("V", "03069", "04013", "100000009921"), dom="rinaldistudio.it"),
}

# --------------------------------------------------------------------------------------------
# Machine bits: ids, encodings, MIME
# --------------------------------------------------------------------------------------------

_rng = random.Random(2121)


def hexid(n):
    return "".join(_rng.choice("0123456789ABCDEF") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(_rng.choice(alphabet) for _ in range(n))


def mid_gmail():
    return f"<CA{alnum(1, 'BCDEFGHJKLMNP')}{alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=')}@mail.gmail.com>"


def mid_outlook(prefix="AM9PR04MB"):
    srv = f"{prefix}{_rng.randint(1000, 9999)}"
    return f"<{srv}{alnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}{_rng.randint(10, 99)}@{srv}.eurprd04.prod.outlook.com>"


def mid_apple(dom="icloud.com"):
    return f"<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@{dom}>"


def mid_mailduns(fl, when):
    return f"<{when.strftime('%Y%m%d%H%M%S')}.{_rng.randint(10000, 99999)}.mailduns@{FL[fl]['dom']}>"


def mid_generic(dom):
    return f"<{alnum(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{alnum(6, '0123456789')}@{dom}>"


def boundary(style="gmail"):
    if style == "gmail":
        return "000000000000" + alnum(16, "0123456789abcdef")
    if style == "outlook":
        return "_000_" + alnum(30, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"
    if style == "apple":
        return "Apple-Mail=_" + f"{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}"
    return "----=_Part_" + f"{_rng.randint(100000, 999999)}_{_rng.randint(100000000, 999999999)}.{_rng.randint(10**12, 10**13 - 1)}"


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def textpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", headers=""):
    """One text/* part as bytes (headers, blank line, encoded body)."""
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
        if not body.endswith(b"\n"):
            body += b"\n"
    elif cte == "base64":
        body = b64lines(raw.replace(b"\n", b"\r\n")).encode("ascii")
    elif cte in ("8bit", "7bit"):
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    else:
        raise ValueError(cte)
    head = f'Content-Type: text/{subtype}; charset="{charset}"{params}\nContent-Transfer-Encoding: {cte}\n{headers}'
    return head.encode("ascii") + b"\n" + body


def attachment(filename, ctype, data, inline=False, cid=None):
    disp = "inline" if inline else "attachment"
    head = (f'Content-Type: {ctype}; name="{filename}"\n'
            f'Content-Disposition: {disp}; filename="{filename}"; size={len(data)}\n'
            f'Content-Transfer-Encoding: base64\n')
    if cid:
        head += f"Content-ID: <{cid}>\n"
    return head.encode("ascii") + b"\n" + b64lines(data).encode("ascii")


def multipart(subtype, parts, style="gmail", params=""):
    b = boundary(style)
    out = f'Content-Type: multipart/{subtype};{params} boundary="{b}"\n\n'.encode("ascii")
    for p in parts:
        out += b"--" + b.encode("ascii") + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += b"--" + b.encode("ascii") + b"--\n"
    return out


def rawpart(head, body):
    """Any other part: head is its header block (str, lines ending with \\n), body bytes or str."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    return head.encode("ascii") + b"\n" + body


def hdr_text(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return email.utils.formataddr((name, address), charset=charset)


def message(headers, body):
    """headers: list of (name, value) written in that order; body: a part built above.
    MIME-Version is added unless given."""
    out = []
    names = [h[0].lower() for h in headers]
    for name, value in headers:
        if value is None:
            continue
        if name.lower() in ("subject", "thread-topic") or not value.isascii():
            value = hdr_text(value)
        if name.lower() == "references" and len(value) > 60:
            value = value.replace(" ", "\n ")
        out.append(f"{name}: {value}")
    if "mime-version" not in names:
        out.append("MIME-Version: 1.0")
    return ("\n".join(out) + "\n").encode("ascii") + body


def fdate(when):
    return email.utils.format_datetime(when)


# Tiny but well-formed attachments: a receipt PDF and a screenshot PNG.
def pdf_bytes(title):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            f"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            f"4 0 obj << /Title ({title}) /Producer (Internet Banking) >> endobj\n"
            f"trailer << /Root 1 0 R /Info 4 0 R >>\n%%EOF\n")
    return body.encode("latin-1")


PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
JPG_TINY = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////"
    "////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")

# --------------------------------------------------------------------------------------------
# Quoting, the way mail programs do it
# --------------------------------------------------------------------------------------------


def gt(text, mark=">"):
    return "\n".join((mark + " " + l) if l.strip() else mark for l in text.rstrip("\n").split("\n"))


def hm(when):
    return f"{when.hour:02d}:{when.minute:02d}"


def att_gmail(when, name, address):
    return (f"Il giorno {IT_DAYS_SHORT[when.weekday()]} {when.day} {IT_MONTHS_SHORT[when.month - 1]} "
            f"{when.year} alle ore {hm(when)} {name} <{address}> ha scritto:")


def att_apple(when, name, address):
    return (f"Il giorno {when.day} {IT_MONTHS_SHORT[when.month - 1]} {when.year}, alle ore {hm(when)}, "
            f"{name} <{address}> ha scritto:")


def att_thunderbird(when, name):
    return f"Il {when.strftime('%d/%m/%Y')} {hm(when)}, {name} ha scritto:"


def q_gmail(when, name, address, text):
    return att_gmail(when, name, address) + "\n\n" + gt(text)


def q_apple(when, name, address, text):
    return att_apple(when, name, address) + "\n\n" + gt(text)


def q_thunderbird(when, name, text):
    return att_thunderbird(when, name) + "\n" + gt(text)


def outlook_head(when, name, address, to, subject, cc=None, style="new"):
    sent = f"{IT_DAYS[when.weekday()]} {long_date(when)} {hm(when)}"
    if style == "new":
        lines = ["________________________________", f"Da: {name} <{address}>", f"Inviato: {sent}", f"A: {to}"]
    else:
        lines = [f"Da: {name} [mailto:{address}]", f"Inviato: {sent}", f"A: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Oggetto: {subject}")
    return "\n".join(lines)


def q_outlook(when, name, address, to, subject, text, cc=None, style="new"):
    return outlook_head(when, name, address, to, subject, cc, style) + "\n\n" + text.rstrip("\n")


def q_libero(when, address, to, subject, text):
    return ("----Messaggio originale----\n"
            f"Da: {address}\n"
            f"Data: {when.day}-{IT_MONTHS_SHORT[when.month - 1]}-{when.year} {when.hour}.{when.minute:02d}\n"
            f"A: <{to}>\n"
            f"Ogg: {subject}\n\n" + text.rstrip("\n"))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html_lines(text, br="<br>\n"):
    return br.join(esc(l) for l in text.rstrip("\n").split("\n"))


def gmail_html(own_text, when, name, address, quoted_text):
    own = "".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in own_text.rstrip("\n").split("\n"))
    return (f'<div dir="ltr">{own}</div><br><div class="gmail_quote gmail_quote_container">'
            f'<div dir="ltr" class="gmail_attr">{esc(att_gmail(when, name, address))}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">{html_lines(quoted_text)}</blockquote></div>\n')


OUTLOOK_STYLE = """<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.StileMessaggioDiPostaElettronica18
	{{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 2.0cm 2.0cm 2.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>"""


def outlook_html(own_text, head_lines, quoted_text, cs="utf-8", signature_html=""):
    own = "\n".join(f'<p class="MsoNormal">{esc(l) if l.strip() else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>'
                    for l in own_text.rstrip("\n").split("\n"))
    hl = head_lines.split("\n")
    if hl and hl[0].startswith("____"):
        hl = hl[1:]
    hd = []
    for l in hl:
        k, _, v = l.partition(": ")
        hd.append(f"<b>{esc(k)}:</b> {esc(v)}")
    head_html = "<br>\n".join(hd)
    quoted = "\n".join(f'<p class="MsoNormal">{esc(l) if l.strip() else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>'
                       for l in quoted_text.rstrip("\n").split("\n"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n' + OUTLOOK_STYLE.format(cs=cs) +
            '\n<body lang="IT" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + own + "\n" + signature_html +
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal"><b><span style="font-family:&quot;Calibri&quot;,sans-serif">'
            f'</span></b>{head_html}<o:p></o:p></p>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + quoted + "\n</div>\n</body>\n</html>\n")


def apple_html(own_text, when, name, address, quoted_text, footer=None):
    own = "".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in own_text.rstrip("\n").split("\n"))
    foot = f'<div><br></div><div dir="ltr">{esc(footer)}</div>' if footer else ""
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{own}{foot}<div dir="ltr"><br><blockquote type="cite">'
            f'{esc(att_apple(when, name, address))}<br><br></blockquote></div>'
            f'<blockquote type="cite"><div dir="ltr">{html_lines(quoted_text)}</div></blockquote></body></html>\n')


# --------------------------------------------------------------------------------------------
# What the freelancer sent: the invoice e-mail (their own words) and mailduns's letters
# --------------------------------------------------------------------------------------------


def payment_block(fl, num):
    f = FL[fl]
    return ("Per il pagamento:\n"
            f"- beneficiario: {f['name']}\n"
            f"- IBAN: {f['iban']}\n"
            f"- causale: Fattura n. {num}\n")


def fees_block(amount, due, today, rate="10,15%"):
    days = (today - due).days
    interest = round(amount * 0.1015 * days / 365, 2)
    total = amount + interest + 40
    return ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
            "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
            "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
            f"percentuali, attualmente {rate} annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di "
            "risarcimento dei costi di recupero (art. 6).\n\n"
            "Ad oggi l'importo dovuto è il seguente:\n"
            f"- fattura n. ...: {euro(amount)}\n"
            f"- interessi di mora ({rate} annuo per {days} giorni): {euro(interest)}\n"
            f"- risarcimento forfettario dei costi di recupero: {euro(40)}\n"
            f"- totale: {euro(total)}\n\n")


def letter(step, fl, sal, num, amount=None, due=None, today=None, deadline=None, issue=None,
           promise_date=None, claim_date=None, paid_on=None, suspension=None, fees=False):
    """The text of a mailduns letter, following templates/it/<step>.txt.j2."""
    f = FL[fl]
    amt = f" di {euro(amount)}" if amount else ""
    pay = payment_block(fl, num)
    sign = f"Cordiali saluti,\n{f['name']}\n"
    if step == "courtesy":
        return (f"{sal}\n\nun breve promemoria: la fattura n. {num}{amt}"
                f"{', emessa ' + art('il', issue) + ',' if issue else ''} è in scadenza {art('il', due)}.\n\n"
                "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                f"{pay}\nPer qualsiasi domanda basta rispondere a questa email.\n\n{sign}")
    if step == "due":
        if today.date() > due:
            line = (f"un promemoria: la fattura n. {num}{amt} è scaduta {art('il', due)}. Se il pagamento non è "
                    "ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
        else:
            line = f"un promemoria: la fattura n. {num}{amt} è in scadenza oggi, {long_date(due)}."
        return (f"{sal}\n\n{line}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto "
                f"di questo messaggio.\n\n{pay}\nPer qualsiasi domanda basta rispondere a questa email.\n\n{sign}")
    if step == "reminder":
        fb = fees_block(amount, due, today.date()).replace("fattura n. ...", f"fattura n. {num}") if fees else ""
        return (f"{sal}\n\nda un controllo la fattura n. {num}{amt}, scaduta {art('il', due)}, risulta ancora da "
                "saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento "
                f"appena possibile.\n\n{fb}Se il pagamento è già stato effettuato, basta rispondere indicando la data "
                "del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il "
                "disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta "
                f"rispondere a questa email.\n\n{pay}\n{sign}")
    if step == "late_fee":
        days = (today.date() - due).days
        fb = fees_block(amount, due, today.date()).replace("fattura n. ...", f"fattura n. {num}") if fees else ""
        tot = " dell'importo totale" if fees else ""
        return (f"{sal}\n\nla fattura n. {num}{amt}, scaduta {art('il', due)}, risulta ancora da saldare: sono "
                f"trascorsi {days} giorni dalla scadenza.\n\n{fb}Chiedo cortesemente di provvedere al pagamento{tot} "
                f"entro {art('il', deadline)}. Se il pagamento è già stato disposto, basta rispondere indicando la "
                "data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare "
                f"insieme una soluzione: basta rispondere a questa email.\n\n{pay}\n{sign}")
    if step == "suspension":
        fb = fees_block(amount, due, today.date()).replace("fattura n. ...", f"fattura n. {num}") if fees else ""
        return (f"{sal}\n\ntorno a scrivere in merito alla fattura n. {num}{amt}, scaduta {art('il', due)}, che "
                f"risulta ancora da saldare.\n\n{fb}In mancanza del pagamento entro {art('il', deadline)}, "
                f"{art('dal', suspension)} potrebbe essere necessario sospendere le attività in corso e i servizi da "
                "me forniti fino alla regolarizzazione. Preferirei evitarlo: se c'è una difficoltà, ad esempio la "
                "necessità di pagare a rate, possiamo concordare una soluzione; basta rispondere a questa email.\n\n"
                f"{pay}\n{sign}")
    if step == "final":
        fb = fees_block(amount, due, today.date()).replace("fattura n. ...", f"fattura n. {num}") if fees else ""
        what = "dell'importo totale sopra indicato" if fees else f"di {euro(amount)}"
        return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {num}"
                f"{' ' + art('del', issue) if issue else ''}\n\n{sal}\n\nla fattura n. {num}{amt}, scaduta "
                f"{art('il', due)}, risulta ancora da saldare nonostante i precedenti solleciti.\n\n{fb}"
                f"Con la presente chiedo formalmente il pagamento {what} entro {art('il', deadline)}. La presente "
                "vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice "
                "civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni "
                "altro diritto.\n\nIn mancanza del pagamento entro tale termine, mi riservo di procedere al "
                "recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto "
                "ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un "
                "motivo o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa "
                "email entro la stessa data.\n\nQualora il pagamento sia già stato effettuato, prego di non tenere "
                "conto della presente e di indicarmi la data del bonifico, così da poterlo verificare.\n\n"
                f"{pay}\n{sign}")
    if step == "promise_followup":
        if promise_date:
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {num}{amt} sarebbe "
                     f"stato effettuato entro {art('il', promise_date)}.")
        else:
            first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {num}{amt}, scaduta "
                     f"{art('il', due)}.")
        return (f"{sal}\n\n{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, "
                "basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo "
                f"di farmi sapere entro quando posso aspettarlo.\n\n{pay}\n{sign}")
    if step == "paid_claim_followup":
        c = f" {art('il', claim_date)}" if claim_date else ""
        p = f" (con bonifico disposto {art('il', paid_on)})" if paid_on else ""
        return (f"{sal}\n\ngrazie per avermi comunicato{c} che la fattura n. {num}{amt} è stata pagata{p}.\n\n"
                "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico "
                "richiede qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a "
                "rintracciarlo, chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del "
                "bonifico, oppure di inoltrarmi la contabile.\n\n"
                f"Per un confronto, riporto le coordinate corrette:\n- beneficiario: {f['name']}\n- IBAN: {f['iban']}\n"
                f"- causale: Fattura n. {num}\n\nSe il bonifico è stato disposto da pochi giorni, potrebbe "
                "semplicemente essere ancora in lavorazione: in tal caso mi basta una breve conferma. Grazie per la "
                f"collaborazione.\n\n{sign}")
    raise ValueError(step)


def statement(fl, sal, items, today, deadline):
    """statement.txt.j2 (no fees): items = [(num, issue, due, amount)]."""
    lines = []
    total = 0
    all_overdue = all((today.date() - due).days > 0 for _, _, due, _ in items)
    for num, issue, due, amount in items:
        late = (today.date() - due).days
        state = f"scaduta {art('il', due)} ({late} giorni di ritardo)" if late > 0 else f"in scadenza {art('il', due)}"
        lines.append(f"- n. {num} {art('del', issue)}, {state}: {euro(amount)}")
        total += amount
    f = FL[fl]
    return (f"{sal}\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n" + "\n".join(lines) +
            f"\n\nTotale da pagare: {euro(total)}\n\nChiedo cortesemente di provvedere al pagamento"
            f"{'' if all_overdue else ' delle fatture scadute'} entro {art('il', deadline)}. Se alcune di queste fatture sono già state pagate, basta "
            "rispondere indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema "
            "con una fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
            "Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate.\n\n"
            f"Cordiali saluti,\n{f['name']}\n")


# --------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------

MESSAGES = []


def msg(**labels):
    """Decorator: the function returns the message bytes; labels are its truth."""
    def wrap(fn):
        MESSAGES.append((fn, labels))
        return fn
    return wrap

# --------------------------------------------------------------------------------------------
# Reply builders: headers and MIME layout of the common mail programs.  The words are not here.
# --------------------------------------------------------------------------------------------


def refs_of(chain):
    return " ".join(chain)


def with_attachments(body, attachments, style):
    if not attachments:
        return body
    return multipart("mixed", [body] + list(attachments), style)


def gmail_reply(frm, to, subject, when, own, q, chain, html_own=None, attachments=(), cc=None,
                mobile_sig=None, plain_only=False):
    """q = (when, name, address, quoted_text) or None."""
    text = own.rstrip("\n")
    if mobile_sig:
        text += "\n\n" + mobile_sig
    if q:
        text += "\n\n" + q_gmail(*q)
    text += "\n"
    if plain_only:
        body = textpart(text)
    else:
        own_h = (html_own or own) + (("\n\n" + mobile_sig) if mobile_sig else "")
        html = gmail_html(own_h, *q) if q else "<div dir=\"ltr\">" + html_lines(own_h) + "</div>\n"
        body = multipart("alternative", [textpart(text), textpart(html, "html")], "gmail")
    body = with_attachments(body, attachments, "gmail")
    heads = [("MIME-Version", "1.0"), ("Date", fdate(when))]
    if chain:
        heads += [("References", refs_of(chain)), ("In-Reply-To", chain[-1])]
    heads += [("Message-ID", mid_gmail()), ("Subject", subject), ("From", frm), ("To", to)]
    if cc:
        heads.append(("Cc", cc))
    return message(heads, body)


def outlook_reply(frm, to, subject, when, own, qhead, quoted, chain, attachments=(), cc=None,
                  charset="utf-8", cte="quoted-printable", signature="", html=True, lang="it-IT"):
    """qhead: the 'Da:/Inviato:/A:/Oggetto:' block (outlook_head); quoted: the older mail, unquoted."""
    own_full = own.rstrip("\n") + (("\n\n" + signature.rstrip("\n")) if signature else "")
    text = own_full + "\n\n" + qhead + "\n\n" + quoted.rstrip("\n") + "\n"
    parts = [textpart(text, charset=charset, cte=cte)]
    if html:
        parts.append(textpart(outlook_html(own_full, qhead, quoted, cs=charset), "html", charset=charset, cte=cte))
        body = multipart("alternative", parts, "outlook")
    else:
        body = parts[0]
    if attachments:
        body = multipart("mixed", [body] + list(attachments), "outlook")
    thread_index = base64.b64encode(bytes(_rng.randrange(256) for _ in range(22 + 5 * max(0, len(chain) - 1)))).decode()
    heads = [("From", frm), ("To", to)]
    if cc:
        heads.append(("Cc", cc))
    heads += [("Subject", subject), ("Thread-Topic", re.sub(r"^((R|RE|Re|I|FW|Rif):\s*)+", "", subject)),
              ("Thread-Index", thread_index), ("Date", fdate(when)), ("Message-ID", mid_outlook())]
    if chain:
        heads += [("References", refs_of(chain)), ("In-Reply-To", chain[-1])]
    heads += [("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
              ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", ""),
              ("MIME-Version", "1.0")]
    return message(heads, body)


def apple_reply(frm, to, subject, when, own, q, chain, footer="Inviato da iPhone", attachments=(),
                html=True, mailer="iPhone Mail (22B91)", cte="quoted-printable"):
    text = own.rstrip("\n") + (("\n\n" + footer) if footer else "") + "\n\n" + q_apple(*q) + "\n"
    if html:
        body = multipart("alternative", [textpart(text, cte=cte),
                                         textpart(apple_html(own, *q, footer=footer), "html", cte=cte)], "apple")
    else:
        body = textpart(text, cte=cte)
    body = with_attachments(body, attachments, "apple")
    heads = [("Content-Type-Placeholder", None), ("From", frm),
             ("Mime-Version", "1.0 (1.0)"), ("Date", fdate(when)), ("Subject", subject),
             ("Message-Id", mid_apple()), ("References", refs_of(chain)), ("In-Reply-To", chain[-1]),
             ("To", to), ("X-Mailer", mailer)]
    return message(heads, body)


def outlook_sig_html(sig):
    return "".join(f'<p class="MsoNormal"><span style="font-size:10.0pt;color:#595959">{esc(l) if l.strip() else "&nbsp;"}</span><o:p></o:p></p>\n'
                   for l in sig.split("\n"))

# ============================================================================================
# The messages
# ============================================================================================


@msg(kind="client-reply-promise", promised_date="2026-11-13",
     note="Reply to the first reminder: the owner will pay 'venerdì' at the bank counter; the Date is Tuesday "
          "10 November, so the next Friday is the 13th. Amount and number only in the quoted reminder.")
def m001():
    fl = "giulia"; F = FL[fl]
    subj = "Fattura n. 118/2026 - testi sito e brochure"
    inv = mid_mailduns(fl, D(2026, 10, 2, 17, 40))
    sent = D(2026, 11, 9, 8, 30)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Agriturismo Il Poggio,", "118/2026", 1220, dt.date(2026, 11, 1), sent)
    own = """Buongiorno Giulia,
ha ragione, mi era proprio scappata di mente, con la raccolta delle olive siamo tutti nei campi dalla mattina alla sera e la posta la guardo quando capita.
Venerdì scendo a Pienza che in banca ci devo passare comunque, le faccio il bonifico allo sportello così siamo a posto.

Il sito intanto va benissimo, già due prenotazioni dalla pagina in inglese!
Un saluto

Roberto Mencarelli
Agriturismo Il Poggio - Castiglione d'Orcia (SI)"""
    return gmail_reply(addr("Roberto Mencarelli", "info@agriturismoilpoggio.it"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 11, 10, 9, 14, 51), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="client-reply-paid", amount="915.00", currency="EUR", reference="SEO-26-071",
     note="Secretary of a dental practice sends the transfer receipt (PDF) 'a saldo della fattura SEO-26-071'; "
          "amount and number are in her own words, not only in the quoted letter.")
def m002():
    fl = "silvia"; F = FL[fl]
    subj = "Fattura SEO-26-071 - consulenza SEO ottobre 2026"
    inv = mid_mailduns(fl, D(2026, 10, 30, 12, 5))
    sent = D(2026, 11, 16, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("due", fl, "Spett.le Studio Dentistico Dr. Alberto Galli,", "SEO-26-071", 915,
                    dt.date(2026, 11, 15), sent)
    own = """Buongiorno,
in allegato la contabile del bonifico di € 915,00 disposto questa mattina a saldo della fattura SEO-26-071.
Ci scusiamo per il ritardo, il dottore era al congresso di Rimini ed è rientrato solo ieri sera, e senza la sua firma non posso autorizzare i pagamenti.

Cordiali saluti"""
    sig = """Monica Ferri
Segreteria – Studio Dentistico Dr. Alberto Galli
Via Solferino 22 – 25121 Brescia
Tel. 030 3751146

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di cancellarla e di darne comunicazione al mittente (Reg. UE 2016/679)."""
    qhead = outlook_head(sent, F["name"], F["addr"], "segreteria@studiogalli-dentista.it", "Re: " + subj)
    pdf = attachment("Contabile_bonifico_18112026.pdf", "application/pdf", pdf_bytes("Contabile bonifico SEPA"))
    return outlook_reply(addr("Segreteria Studio Galli", "segreteria@studiogalli-dentista.it"),
                         addr(F["name"], F["addr"]), "R: " + subj, D(2026, 11, 18, 11, 2, 37), own, qhead, quoted,
                         [inv, rem], attachments=[pdf], signature=sig)


@msg(kind="client-reply-dispute",
     note="The gym owner says the third training day was cancelled and asks for a credit note or a new invoice "
          "for two days before paying: a dispute, even though he says he will then pay at once.")
def m003():
    fl = "davide"; F = FL[fl]
    subj = "Fattura 2026/FP/091 corso BLSD istruttori"
    inv = mid_mailduns(fl, D(2026, 10, 21, 18, 12))
    sent = D(2026, 11, 4, 8, 15)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le FitLab Verona ssd arl,", "2026/FP/091", 1464, dt.date(2026, 10, 31), sent)
    own = """Ciao Davide,
guarda che la fattura non torna. Ci hai fatturato 3 giornate di corso ma la terza (quella del 17 ottobre) l'avevamo annullata noi perchè metà istruttori erano alla gara a Padova, ti ricordi? Ne avevamo parlato al telefono e mi avevi detto che la recuperavamo a gennaio e la fatturavi dopo.

Quindi o mi mandi una nota di credito per la terza giornata o mi rifai la fattura con 2 giornate, e poi pago subito senza problemi.

Ciao
Matteo
FitLab Verona"""
    return gmail_reply(addr("Matteo Zanoni", "matteo@fitlabverona.it"), addr(F["name"], F["addr"]), "Re: " + subj,
                       D(2026, 11, 5, 13, 47, 2), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="auto-reply", return_date="2026-12-04",
     note="Exchange out-of-office of a municipal officer: absent 'fino a venerdì 4 dicembre compreso', so the "
          "return date given is the 4th; the colleague's and the accounts office's addresses are not a reply.")
def m004():
    fl = "nicola"; F = FL[fl]
    subj = "Re: Fattura n. 15/2026 - service audio Notte Bianca"
    sent = D(2026, 11, 26, 10, 2)
    rem = mid_mailduns(fl, sent)
    text = """Gentile utente,

sono assente dall'ufficio fino a venerdì 4 dicembre compreso, con accesso limitato alla posta elettronica.
Per questioni urgenti relative all'Ufficio Cultura e Turismo potete contattare il collega Paolo Nesti (p.nesti@comune.valfonda.it, tel. 0583 644212).
Per fatture elettroniche e pagamenti rivolgersi all'Ufficio Ragioneria: ragioneria@comune.valfonda.it

Cordiali saluti
Dott.ssa Laura Sbrana
Responsabile Ufficio Cultura e Turismo
Comune di Valfonda
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt\">" +
            html_lines(text) + "</div></body></html>\n")
    body = multipart("alternative", [textpart(text, charset="windows-1252"),
                                     textpart(html, "html", charset="windows-1252")], "outlook")
    return message([
        ("From", addr("Sbrana Laura", "l.sbrana@comune.valfonda.it")),
        ("To", addr(F["name"], F["addr"])),
        ("Subject", "Risposta automatica: " + subj),
        ("Thread-Topic", "Fattura n. 15/2026 - service audio Notte Bianca"),
        ("Date", fdate(D(2026, 11, 26, 10, 3, 11))),
        ("Message-ID", mid_outlook("DB8PR09MB")),
        ("In-Reply-To", rem), ("References", rem),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "l.sbrana@comune.valfonda.it"),
        ("Content-Language", "it-IT"),
        ("MIME-Version", "1.0"),
    ], body)


@msg(kind="client-reply-other",
     note="The association's president says he passed the invoice to the treasurer (in Cc): forwarded to "
          "accounts, no payment and no promise.")
def m005():
    fl = "nicola"; F = FL[fl]
    subj = "Fattura n. 12/2026 - Festival Chiostri d'Autunno"
    inv = mid_mailduns(fl, D(2026, 10, 20, 22, 10))
    sent = D(2026, 11, 9, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("courtesy", fl, "Spett.le Associazione Culturale Teatro delle Lune,", "12/2026", 780,
                    dt.date(2026, 11, 19), sent, issue=dt.date(2026, 10, 20))
    own = """Ciao Nicola, ricevuto.
L'ho girata ad Anna Carlà, la nostra tesoriera, che i pagamenti li fa lei (te la metto in copia). Per qualsiasi cosa senti direttamente lei.
Grazie ancora per il lavoro al festival, il suono nel chiostro era perfetto, ce l'hanno detto in tanti.
Antonio"""
    return gmail_reply(addr("Antonio Quarta", "presidenza@teatrodellelune.it"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 11, 9, 19, 22, 40), own, (sent, F["name"], F["addr"], quoted), [inv, rem],
                       cc=addr("Anna Carlà", "tesoreria@teatrodellelune.it"), mobile_sig="Inviato dal mio Galaxy")


@msg(kind="payment-notification", amount="1464.00", currency="EUR", reference="121/2026",
     note="Intesa Sanpaolo incoming-transfer notice, HTML only; the causale names invoice 121/2026.")
def m006():
    fl = "giulia"
    html = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Accredito bonifico</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#333">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1e7a3c;padding:18px 24px;color:#fff;font-size:20px;font-weight:bold">Intesa Sanpaolo</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px">
<p>Gentile Cliente,</p>
<p>ti informiamo che sul tuo conto corrente <b>XXXX XXXX 7728</b> &egrave; stato accreditato un bonifico.</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td style="color:#666">Importo</td><td><b>1.464,00 EUR</b></td></tr>
<tr><td style="color:#666">Ordinante</td><td>CANTINA VALLEROSA S.R.L.</td></tr>
<tr><td style="color:#666">Causale</td><td>SALDO FATTURA 121/2026 DEL 15/10/2026</td></tr>
<tr><td style="color:#666">Data contabile</td><td>12/11/2026</td></tr>
<tr><td style="color:#666">Data valuta</td><td>12/11/2026</td></tr>
</table>
<p>Puoi consultare il dettaglio del movimento nell'app Intesa Sanpaolo Mobile o nella tua Area Clienti.</p>
<p style="font-size:12px;color:#888">Questa &egrave; una comunicazione automatica: ti preghiamo di non rispondere a questo indirizzo. Intesa Sanpaolo non ti chieder&agrave; mai codici, password o dati della carta via e-mail o SMS.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;border-top:1px solid #eee">Intesa Sanpaolo S.p.A. - Sede legale: Piazza San Carlo 156, 10121 Torino - Capitale sociale Euro 10.368.870.930,08 - Iscritta all'Albo delle Banche - Aderente al Fondo Interbancario di Tutela dei Depositi</td></tr>
</table></td></tr></table>
</body></html>
"""
    return message([
        ("Date", fdate(D(2026, 11, 12, 8, 3, 27))),
        ("From", addr("Intesa Sanpaolo", "noreply@notifiche.intesasanpaolo.com")),
        ("To", FL[fl]["addr"]),
        ("Subject", "Accredito bonifico sul tuo conto"),
        ("Message-ID", mid_generic("notifiche.intesasanpaolo.com")),
        ("MIME-Version", "1.0"),
    ], textpart(html, "html", cte="quoted-printable"))


@msg(kind="client-reply-paid", amount="1800.00", currency="EUR",
     note="The groom, from an iPhone: 'Fatto il bonifico del saldo ieri sera, 1800 €'. No invoice number in "
          "his words (37/2026 is only in the quoted reminder).")
def m007():
    fl = "marco"; F = FL[fl]
    subj = "Fattura 37/2026 - saldo servizio fotografico matrimonio"
    inv = mid_mailduns(fl, D(2026, 10, 1, 11, 0))
    sent = D(2026, 11, 2, 9, 30)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Gentile Luca Bartolini,", "37/2026", 1800, dt.date(2026, 10, 31), sent)
    own = """Ciao Marco! Fatto il bonifico del saldo ieri sera, 1800 €. Scusa il ritardo ma tra viaggio di nozze e trasloco ci siamo persi un po' di cose 🙈
Le foto sono stupende, mia suocera le ha già stampate tutte e ha pianto per mezz'ora 😂
Un abbraccio anche da Sara
Luca"""
    return apple_reply(addr("Luca Bartolini", "luca.bartolini88@icloud.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 11, 3, 21, 40, 5), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="client-reply-promise", promised_date="2026-11-30", amount="3172.00", currency="EUR", reference="19/2026",
     note="Hotel accounts office: invoice 19/2026 of € 3.172,00 is in the end-of-month supplier run, the transfer "
          "leaves 'entro il 30 novembre'; not the deadline of 27 November quoted from the reminder.")
def m008():
    fl = "chiara"; F = FL[fl]
    subj = "Fattura 19/2026 - progetto restyling reception"
    inv = mid_mailduns(fl, D(2026, 10, 1, 16, 20))
    sent = D(2026, 11, 13, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("late_fee", fl, "Spett.le Hotel Bellavista srl,", "19/2026", 3172, dt.date(2026, 10, 31), sent,
                    deadline=dt.date(2026, 11, 27), fees=False)
    own = """Gentile Arch. Lombardo,

la fattura n. 19/2026 di € 3.172,00 è stata inserita nella distinta dei pagamenti fornitori di fine mese: il bonifico partirà quindi entro il 30 novembre.
Ci scusiamo per il ritardo, dovuto al passaggio al nuovo gestionale contabile che ci ha bloccato i pagamenti per alcune settimane.

Cordiali saluti"""
    sig = """Katia Bertoldi
Ufficio Amministrazione
Hotel Bellavista **** – Viale Rovereto 31 – 38066 Riva del Garda (TN)
amministrazione@hotelbellavista-riva.it"""
    qhead = outlook_head(sent, F["name"], F["addr"], "amministrazione@hotelbellavista-riva.it", "Re: " + subj,
                         style="old")
    return outlook_reply(addr("Amministrazione Hotel Bellavista", "amministrazione@hotelbellavista-riva.it",
                              charset="iso-8859-1"),
                         addr("'Chiara Lombardo'", F["addr"]), "R: " + subj, D(2026, 11, 16, 10, 41, 9), own,
                         qhead, quoted, [inv, rem], charset="windows-1252", signature=sig)


@msg(kind="bounce", failed_recipient="amministrazione@agriturismolecrete.it", permanent=True,
     note="Postfix DSN with an Italian preamble from the freelancer's provider: 550 5.1.1 user unknown, permanent.")
def m009():
    fl = "giulia"; F = FL[fl]
    when = D(2026, 11, 20, 9, 0, 12)
    qid = "4Kx7Qm2Hb9z3fT"
    orig_mid = mid_mailduns(fl, D(2026, 11, 20, 8, 59, 58))
    text = f"""Questo è il sistema di posta di smtp.hostingpro.it.

Siamo spiacenti di informarti che non è stato possibile consegnare il tuo
messaggio a uno o più destinatari. Il messaggio originale è allegato.

Per ulteriore assistenza contatta il tuo amministratore di posta.

                   Il sistema di posta

<amministrazione@agriturismolecrete.it>: host mx1.agriturismolecrete.it[185.42.118.20]
    said: 550 5.1.1 <amministrazione@agriturismolecrete.it>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    status = f"""Reporting-MTA: dns; smtp.hostingpro.it
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {F['addr']}
Arrival-Date: {fdate(D(2026, 11, 20, 8, 59, 58))}

Final-Recipient: rfc822; amministrazione@agriturismolecrete.it
Original-Recipient: rfc822;amministrazione@agriturismolecrete.it
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.agriturismolecrete.it
Diagnostic-Code: smtp; 550 5.1.1 <amministrazione@agriturismolecrete.it>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
    orig = f"""Return-Path: <{F['addr']}>
Received: from [192.168.1.34] (host-95-238-11-7.retail.telecomitalia.it [95.238.11.7])
	by smtp.hostingpro.it (Postfix) with ESMTPSA id {qid}
	for <amministrazione@agriturismolecrete.it>; Fri, 20 Nov 2026 08:59:58 +0100 (CET)
Date: Fri, 20 Nov 2026 08:59:58 +0100
From: Giulia Ferraresi <{F['addr']}>
To: Agriturismo Le Crete <amministrazione@agriturismolecrete.it>
Subject: Re: Fattura n. 124/2026 - newsletter e post autunno
Message-ID: {orig_mid}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
"""
    body = multipart("report", [
        textpart(text, charset="utf-8", cte="8bit", headers="Content-Description: Notification\n"),
        rawpart("Content-Description: Delivery report\nContent-Type: message/delivery-status\n", status),
        rawpart("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n", orig),
    ], "other", params=" report-type=delivery-status;")
    return message([
        ("Return-Path", "<>"),
        ("Received", f"by smtp.hostingpro.it (Postfix) id 9F1C2204A1; {fdate(when)} (CET)"),
        ("Date", fdate(when)),
        ("From", "MAILER-DAEMON@smtp.hostingpro.it (Mail Delivery System)"),
        ("Subject", "Mancata consegna del messaggio"),
        ("To", F["addr"]),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Message-Id", f"<20261120080012.9F1C2204A1@smtp.hostingpro.it>"),
    ], body)


@msg(kind="client-reply-dispute", reference="22/2026",
     note="The building manager says invoice 22/2026 exceeds the estimate the assembly approved (2.400 not 2.900 "
          "plus VAT), asks for a credit note and suspends payment: a dispute. The sums are contested, not paid.")
def m010():
    fl = "chiara"; F = FL[fl]
    subj = "Fattura 22/2026 - progetto rifacimento facciate Via Garibaldi 14"
    inv = mid_mailduns(fl, D(2026, 10, 21, 10, 0))
    sent = D(2026, 11, 30, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Condominio Via Garibaldi 14,", "22/2026", 3538, dt.date(2026, 11, 20), sent)
    own = """Gentile Architetto,

come Le avevo già anticipato per telefono, la fattura 22/2026 non corrisponde al preventivo approvato dall'assemblea del 12 maggio, che per il progetto di rifacimento delle facciate prevedeva un compenso di € 2.400,00 oltre IVA e cassa, e non di € 2.900,00.
I 500 euro in più per la variante dei balconi non sono mai stati deliberati e non posso pagarli con i fondi del condominio senza una delibera assembleare.

Le chiedo pertanto di emettere nota di credito per la differenza; in alternativa porterò la questione nella prossima assemblea, prevista per fine gennaio. Fino ad allora il pagamento resta sospeso.

Distinti saluti"""
    sig = """Geom. Franco Rivetti
Studio Rivetti – Amministrazioni Condominiali
Corso Francia 118 – 10143 Torino
Tel. 011 7493320 – Fax 011 7493321"""
    qhead = outlook_head(sent, F["name"], F["addr"], "studio@rivettiamministrazioni.it", "Re: " + subj, style="old")
    return outlook_reply(addr("Studio Rivetti", "studio@rivettiamministrazioni.it"), addr(F["name"], F["addr"]),
                         "RE: " + subj, D(2026, 12, 2, 16, 5, 44), own, qhead, quoted, [inv, rem], signature=sig,
                         html=False, charset="windows-1252")


@msg(kind="client-reply-other",
     note="The shop owner asks for the IBAN again because her bank rejects the one she copied; nothing paid, "
          "no date promised. Libero webmail quoting below.")
def m011():
    fl = "giulia"; F = FL[fl]
    subj = "Re: Fattura n. 119/2026 - schede prodotto e-commerce"
    sent = D(2026, 11, 23, 9, 0)
    inv = mid_mailduns(fl, D(2026, 10, 22, 15, 3))
    rem = mid_mailduns(fl, sent)
    quoted = letter("due", fl, "Spett.le Saponi di Liguria di Elisa Repetto,", "119/2026", 610,
                    dt.date(2026, 11, 21), sent)
    own = """Buongiorno Giulia
io la volevo pagare ieri sera ma la banca mi dice che l'iban non e valido, forse l'ho copiato male dal pdf della fattura. Me lo riscrive qui nella mail per favore? cosi lo copio direttamente.
Grazie e scusi
Elisa"""
    text = own + "\n\n\n" + q_libero(sent, F["addr"], "saponidiliguria@libero.it", subj, quoted) + "\n"
    return message([
        ("Date", fdate(D(2026, 11, 24, 15, 12, 30))),
        ("From", addr("saponidiliguria@libero.it", "saponidiliguria@libero.it")),
        ("To", F["addr"]),
        ("Message-ID", f"<{_rng.randint(10**9, 10**10)}.{_rng.randint(1000, 9999)}.{_rng.randint(10**12, 10**13)}@mail1.libero.it>"),
        ("In-Reply-To", rem), ("References", f"{inv} {rem}"),
        ("Subject", "R: " + subj),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("Importance", "normal"),
        ("Sensitivity", "Normal"),
    ], textpart(text, charset="utf-8", cte="quoted-printable"))


@msg(kind="client-reply-promise", promised_date="2026-12-10", reference="41/2026",
     note="The winery's accountant writes for the client: invoice 41/2026 will be paid in the supplier run 'del "
          "10 dicembre'. The amount is not in his words.")
def m012():
    fl = "marco"; F = FL[fl]
    subj = "Fattura 41/2026 - servizio fotografico vendemmia e brochure"
    inv = mid_mailduns(fl, D(2026, 10, 16, 14, 0))
    sent = D(2026, 11, 30, 9, 30)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Cascina Rovere Società Agricola,", "41/2026", 1342,
                    dt.date(2026, 11, 15), sent)
    own = """Egregio Sig. Bellandi,

scrivo in qualità di consulente amministrativo della Cascina Rovere Società Agricola, che mi ha inoltrato il Suo sollecito.
Le confermo che la fattura n. 41/2026 è stata registrata e verrà pagata con la prossima tornata di pagamenti fornitori del 10 dicembre p.v.
Per il futuro La prego di inviare le fatture anche in copia a questo indirizzo, in modo da evitare ritardi.

Distinti saluti"""
    sig = """Dott. Paolo Gallo
Studio Gallo & Associati – Dottori Commercialisti
Via Vittorio Emanuele II 54 – 12051 Alba (CN)
Tel. 0173 362214

AVVISO DI RISERVATEZZA: Questo messaggio e gli eventuali allegati sono destinati unicamente alla persona o all'ente cui sono indirizzati e possono contenere informazioni riservate. Qualora non siate i destinatari, vi preghiamo di cancellarlo e di informarci immediatamente."""
    qhead = outlook_head(sent, F["name"], F["addr"], "info@cascinarovere.it", "Re: " + subj,
                         cc="p.gallo@studiogalloalba.it")
    return outlook_reply(addr("Paolo Gallo", "p.gallo@studiogalloalba.it"), addr(F["name"], F["addr"]),
                         "R: Re: " + subj, D(2026, 12, 1, 11, 20, 18), own, qhead, quoted, [inv, rem],
                         cc=addr("Cascina Rovere", "info@cascinarovere.it"), signature=sig, charset="windows-1252")


@msg(kind="client-reply-paid",
     note="Dance school: 'Bonifico fatto oggi' plus a question about a new job (a programme for June): paid wins "
          "over the question. No amount or number in her words.")
def m013():
    fl = "francesca"; F = FL[fl]
    subj = "Fattura 2026/59 - locandine saggio di Natale"
    inv = mid_mailduns(fl, D(2026, 11, 6, 10, 45))
    sent = D(2026, 12, 3, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("courtesy", fl, "Spett.le ASD Passi di Luce,", "2026/59", 240, dt.date(2026, 12, 6), sent,
                    issue=dt.date(2026, 11, 6))
    own = """Ciao Francesca!
Bonifico fatto oggi 💃

Ti volevo chiedere una cosa: per il saggio di giugno potresti farci anche il programma di sala? Tipo un libretto di 8 pagine con le foto dei gruppi e l'elenco delle coreografie. Quanto verrebbe più o meno? Così lo porto in direttivo.

Grazie mille, le locandine sono piaciute tantissimo alle mamme!
Vale"""
    return gmail_reply(addr("Valentina Dell'Olio", "passidiluce.asd@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 12, 4, 18, 55, 21), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="other",
     note="E-invoicing service notice: the SdI delivered the freelancer's own invoice 2026/57 (ricevuta di "
          "consegna). Nothing was paid; not a payment notification.")
def m014():
    fl = "francesca"
    text = """FatturaSmart - Notifica dal Sistema di Interscambio

Gentile Francesca Rinaldi,

la fattura elettronica n. 2026/57 del 05/11/2026, emessa nei confronti di RISTORANTE LA CORTE DEI MIRACOLI SRL (P.IVA 07734210728), è stata consegnata al destinatario.

Tipo notifica: Ricevuta di consegna (RC)
Identificativo SdI: 18842209317
Data e ora di consegna: 06/11/2026 14:19:52
Importo documento: 854,00 EUR

Puoi scaricare la ricevuta e consultare lo stato delle tue fatture dalla sezione "Fatture emesse".

Il team FatturaSmart
Non rispondere a questa e-mail: la casella non è presidiata.
"""
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222\">"
            "<div style=\"background:#0b5cab;color:#fff;padding:12px 18px;font-size:18px\">FatturaSmart</div>"
            "<div style=\"padding:18px\">" + html_lines(text.split("\n", 2)[2]) + "</div></body></html>\n")
    body = multipart("alternative", [textpart(text), textpart(html, "html")], "other")
    return message([
        ("Date", fdate(D(2026, 11, 6, 14, 22, 3))),
        ("From", addr("FatturaSmart", "notifiche@fatturasmart.it")),
        ("To", FL[fl]["addr"]),
        ("Subject", "Fattura 2026/57 consegnata al destinatario"),
        ("Message-ID", mid_generic("mailer.fatturasmart.it")),
        ("X-Mailer", "FatturaSmart Notifier 4.2"),
        ("Auto-Submitted", "auto-generated"),
        ("MIME-Version", "1.0"),
    ], body)


@msg(kind="client-reply-promise", promised_date="2026-12-14",
     note="The physiotherapist's secretary: the doctor pays 'lunedì' (she cannot log into home banking today). "
          "Date is Thursday 10 December, next Monday is the 14th.")
def m015():
    fl = "francesca"; F = FL[fl]
    subj = "Fattura 2026/62 - logo e insegna studio"
    inv = mid_mailduns(fl, D(2026, 11, 2, 11, 30))
    sent = D(2026, 12, 9, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Studio Fisioterapico Dott.ssa Rita Lorusso,", "2026/62", 366,
                    dt.date(2026, 11, 30), sent)
    own = """Buongiorno,
la dottoressa mi dice di dirle che la fattura la paga lunedì, oggi non riesce a entrare nell'home banking perché le hanno cambiato il telefono e non le arriva il codice per autorizzare.
Ci scusi per il ritardo.
Giusi
Segreteria Studio Lorusso"""
    return gmail_reply(addr("Studio Lorusso", "studiofisiolorusso@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 12, 10, 12, 30, 2), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="auto-reply",
     note="Accounts-payable ticket acknowledgement (ticket number, 'risposta entro 5 giorni lavorativi'); the "
          "standard payment terms it recalls are no promise by a person.")
def m016():
    fl = "silvia"; F = FL[fl]
    sent = D(2026, 12, 3, 8, 45)
    rem = mid_mailduns(fl, sent)
    text = """Gentile Fornitore,

la Sua e-mail è stata presa in carico dal team Contabilità Fornitori con il numero di ticket AP-2026-18842.

Riceverà una risposta entro 5 giorni lavorativi. Per non rallentare la lavorazione La preghiamo di non inviare ulteriori solleciti per la stessa richiesta e di indicare sempre il numero di ticket nell'oggetto.

Ricordiamo che le fatture dei fornitori vengono pagate a 60 giorni data fattura fine mese, il giorno 10 del mese successivo, salvo diversi accordi contrattuali.

Gruppo Alberghiero Marelli S.p.A.
Contabilità Fornitori
Questo messaggio è generato automaticamente.
"""
    return message([
        ("Date", fdate(D(2026, 12, 3, 8, 45, 40))),
        ("From", addr("Contabilità Fornitori - Gruppo Marelli", "fornitori@gruppomarellihotels.it")),
        ("To", F["addr"]),
        ("Subject", "[Ticket#AP-2026-18842] Re: Fattura SEO-26-066 - attività SEO e local listing ottobre"),
        ("Message-ID", mid_generic("helpdesk.gruppomarellihotels.it")),
        ("In-Reply-To", rem),
        ("References", rem),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("Precedence", "auto_reply"),
        ("MIME-Version", "1.0"),
    ], textpart(text, charset="utf-8", cte="8bit"))


@msg(kind="client-reply-dispute", reference="2026/FP/088",
     note="HR office: the Excel course was billed for 12 participants but 8 attended and the agreement was per "
          "actual participant; asks for a credit note for 4 participants. A dispute about the amount.")
def m017():
    fl = "davide"; F = FL[fl]
    subj = "Fattura 2026/FP/088 - corso Excel avanzato"
    inv = mid_mailduns(fl, D(2026, 10, 12, 17, 0))
    sent = D(2026, 11, 11, 8, 15)
    rem = mid_mailduns(fl, sent)
    quoted = letter("due", fl, "Spett.le Officine Meccaniche Bortolin srl,", "2026/FP/088", 2928,
                    dt.date(2026, 11, 11), sent)
    own = """Buongiorno Sig. Pellizzari,

riguardo alla fattura 2026/FP/088 devo segnalarLe un'incongruenza: il corso di Excel avanzato è stato fatturato per 12 partecipanti, ma dal registro presenze firmato risultano 8 persone (4 colleghi del reparto spedizioni non hanno potuto partecipare per il picco di ordini di ottobre).

Come da offerta del 3 settembre la quota era di € 200,00 + IVA per partecipante effettivo. Le chiediamo quindi di emettere una nota di credito per i 4 partecipanti assenti; appena la riceviamo procediamo con il pagamento.

Allego la scansione del registro presenze.

Cordiali saluti
Daniela Furlan
Ufficio Personale
Officine Meccaniche Bortolin srl – Oderzo (TV)"""
    qhead = outlook_head(sent, F["name"], F["addr"], "personale@bortolinmeccanica.it", "Re: " + subj)
    scan = attachment("registro_presenze_excel_avanzato.pdf", "application/pdf", pdf_bytes("Registro presenze"))
    return outlook_reply(addr("Furlan Daniela", "personale@bortolinmeccanica.it"), addr(F["name"], F["addr"]),
                         "R: " + subj, D(2026, 11, 12, 10, 15, 27), own, qhead, quoted, [inv, rem], attachments=[scan])


@msg(kind="client-reply-paid", amount="1230.00", currency="EUR", reference="14/2026",
     note="A town's accounts office: payment order (mandato) issued for invoice 14/2026, € 1.230,00 taxable, the "
          "VAT going straight to the Treasury (split payment). Paid from the client's side; the amount is the net "
          "one, not the 1.500,60 of the quoted reminder.")
def m018():
    fl = "nicola"; F = FL[fl]
    subj = "Fattura n. 14/2026 - service audio Festa di San Martino"
    inv = mid_mailduns(fl, D(2026, 11, 12, 20, 15))
    sent = D(2026, 12, 10, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Comune di Montecorvo,", "14/2026", 1500.60, dt.date(2026, 12, 7), sent)
    own = """Gentile Sig. Esposito,

in riscontro alla Sua comunicazione si informa che in data 14/12/2026 è stato emesso il mandato di pagamento n. 2231 a favore della S.V., a saldo della fattura elettronica n. 14/2026, per l'importo di € 1.230,00 (imponibile). L'IVA di € 270,60 è versata direttamente all'Erario ai sensi dell'art. 17-ter del DPR 633/1972 (scissione dei pagamenti).

L'accredito sul conto corrente indicato avverrà secondo i tempi tecnici del Tesoriere comunale.

Distinti saluti

Il Responsabile del Servizio Finanziario
Rag. Carmela Iannone
Comune di Montecorvo
Piazza Municipio 1
Tel. 0828 951120 - PEC: protocollo.montecorvo@pec.it"""
    text = own + "\n\n" + q_thunderbird(sent, F["name"], quoted) + "\n"
    return message([
        ("Date", fdate(D(2026, 12, 15, 12, 48, 9))),
        ("From", addr("Ufficio Ragioneria", "ragioneria@comune.montecorvo.it")),
        ("To", addr(F["name"], F["addr"])),
        ("Subject", "Re: " + subj),
        ("Message-ID", f"<{hexid(8).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(12).lower()}@comune.montecorvo.it>"),
        ("In-Reply-To", rem), ("References", f"{inv} {rem}"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "it"),
        ("MIME-Version", "1.0"),
    ], textpart(text, charset="utf-8", params="; format=flowed", cte="8bit"))


@msg(kind="payment-notification", amount="120.00", currency="EUR", reference="2026/61",
     note="Satispay Business notice of money received, with the payer's message naming invoice 2026/61.")
def m019():
    fl = "francesca"
    text = """Hai ricevuto 120,00 €

Lucia B. ti ha inviato 120,00 € con Satispay.

Messaggio: "fattura 2026/61 grazie! 🌸"
Data: 21/11/2026 alle 17:44
ID transazione: 9c41e0b2-77a5-4d1f-b0d3-5e2f8a61c904

L'importo è già disponibile nel tuo saldo Satispay Business e verrà trasferito sul tuo conto corrente con il prossimo accredito automatico.

Satispay Europe S.A. - 72 Rue de Namur, L-1116 Lussemburgo
"""
    html = ("<!doctype html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif\">"
            "<table width=\"100%\" style=\"max-width:560px;margin:auto\"><tr><td style=\"color:#ef423d;font-size:26px;"
            "font-weight:bold;padding:20px 0\">Hai ricevuto 120,00&nbsp;€</td></tr><tr><td style=\"font-size:15px;"
            "line-height:22px\">" + html_lines(text.split("\n", 2)[2]) + "</td></tr></table></body></html>\n")
    body = multipart("alternative", [textpart(text, cte="base64"), textpart(html, "html", cte="base64")], "other")
    return message([
        ("Date", fdate(D(2026, 11, 21, 17, 45, 2))),
        ("From", addr("Satispay", "noreply@satispay.com")),
        ("To", FL[fl]["addr"]),
        ("Subject", "Hai ricevuto 120,00 € da Lucia B."),
        ("Message-ID", mid_generic("mail.satispay.com")),
        ("MIME-Version", "1.0"),
    ], body)


@msg(kind="client-reply-other",
     note="'Ricevuto grazie' to the courtesy note sent before the due date: acknowledgement only, nothing paid.")
def m020():
    fl = "giulia"; F = FL[fl]
    subj = "Fattura n. 120/2026 - testi campagna occhiali da sole"
    inv = mid_mailduns(fl, D(2026, 10, 5, 11, 11))
    sent = D(2026, 10, 30, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("courtesy", fl, "Spett.le Ottica Benassi snc,", "120/2026", 488, dt.date(2026, 11, 4), sent,
                    issue=dt.date(2026, 10, 5))
    own = "Ricevuto grazie. Buona giornata\nStefano"
    return gmail_reply(addr("Ottica Benassi", "otticabenassi@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 11, 2, 8, 12, 44), own, (sent, F["name"], F["addr"], quoted), [inv, rem],
                       mobile_sig="Inviato da Gmail per Android", plain_only=True)


@msg(kind="client-reply-promise", promised_date="2027-01-15", amount="480.00", currency="EUR",
     note="Paid 500 today and promises the rest (480) 'entro il 15 gennaio': a paid part with the rest promised on "
          "a day is a promise for that day; the amount is the promised 480, not the 500 sent or the 980 invoiced.")
def m021():
    fl = "silvia"; F = FL[fl]
    subj = "Fattura SEO-26-069 - posizionamento locale e Google Business"
    inv = mid_mailduns(fl, D(2026, 10, 28, 18, 20))
    sent = D(2026, 12, 16, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("late_fee", fl, "Spett.le CrossBox Etna ssd,", "SEO-26-069", 980, dt.date(2026, 11, 27), sent,
                    deadline=dt.date(2026, 12, 23))
    own = """Ciao Silvia, scusami davvero.
Oggi ti ho fatto un bonifico di 500 euro, il resto (480) te lo mando entro il 15 gennaio, che dicembre tra tredicesime dei ragazzi e affitto del capannone è un mese di fuoco.
Se per te va bene così.
Buone feste intanto!
Salvo"""
    return gmail_reply(addr("Salvo Musumeci", "crossboxetna@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 12, 18, 19, 3, 55), own, (sent, F["name"], F["addr"], quoted), [inv, rem],
                       mobile_sig="Inviato da iPhone")


@msg(kind="client-reply-dispute",
     note="The bride withholds the balance until the album arrives, as the contract ties the balance to its "
          "delivery; she also says they will pay when it arrives, but withholding wins (dispute > promise).")
def m022():
    fl = "marco"; F = FL[fl]
    subj = "Fattura 44/2026 - saldo servizio fotografico matrimonio Santoro-Amato"
    inv = mid_mailduns(fl, D(2026, 11, 5, 19, 0))
    sent = D(2026, 12, 9, 9, 30)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Gentile Federica Santoro,", "44/2026", 1500, dt.date(2026, 12, 5), sent)
    own = """Ciao Marco,
scusa ma sono un po' stupita dal sollecito. L'album non ci è ancora arrivato (ci avevi detto fine novembre) e nel contratto c'è scritto chiaro che il saldo si paga alla consegna dell'album, articolo 4, me lo sono andata a rileggere.
Quando arriva facciamo il bonifico il giorno stesso, non ti preoccupare, ma prima no.
Fammi sapere a che punto è la stampa per favore.
Federica"""
    return apple_reply(addr("Federica Santoro", "fede.santoro@icloud.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 12, 9, 22, 16, 8), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="bounce", failed_recipient="info@bbcasacelestina.it", permanent=False,
     note="Delay notice in Italian: the recipient's mailbox is full (452 4.2.2), the server keeps retrying; a "
          "temporary failure.")
def m023():
    fl = "francesca"; F = FL[fl]
    when = D(2026, 11, 27, 13, 5, 40)
    orig_mid = mid_mailduns(fl, D(2026, 11, 27, 9, 0))
    text = """Questo è un messaggio automatico del server di posta smtp.mailpro-hosting.it.

ATTENZIONE: il tuo messaggio NON è ancora stato recapitato.
Non devi inviarlo di nuovo: il server continuerà a tentare la consegna
per altri 4 giorni. Se entro tale termine la consegna non riuscirà,
riceverai un nuovo avviso.

Destinatario:   <info@bbcasacelestina.it>
Motivo:         la casella del destinatario è piena
Risposta del server remoto:
    452 4.2.2 <info@bbcasacelestina.it>: Mailbox full / Casella piena

Oggetto del messaggio: Re: Fattura 2026/63 - biglietti da visita e menu colazioni
Inviato il: ven 27/11/2026 09:00
"""
    status = f"""Reporting-MTA: dns; smtp.mailpro-hosting.it
Arrival-Date: {fdate(D(2026, 11, 27, 9, 0, 3))}

Final-Recipient: rfc822; info@bbcasacelestina.it
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx.bbcasacelestina.it
Diagnostic-Code: smtp; 452 4.2.2 <info@bbcasacelestina.it>: Mailbox full
Will-Retry-Until: {fdate(D(2026, 12, 1, 9, 0, 3))}
"""
    orig = f"""Date: Fri, 27 Nov 2026 09:00:00 +0100
From: Francesca Rinaldi <{F['addr']}>
To: info@bbcasacelestina.it
Subject: Re: Fattura 2026/63 - biglietti da visita e menu colazioni
Message-ID: {orig_mid}
"""
    body = multipart("report", [
        textpart(text, charset="utf-8", cte="quoted-printable"),
        rawpart("Content-Type: message/delivery-status\n", status),
        rawpart("Content-Type: text/rfc822-headers\n", orig),
    ], "other", params=" report-type=delivery-status;")
    return message([
        ("Return-Path", "<>"),
        ("Date", fdate(when)),
        ("From", addr("Sistema di posta", "mailer-daemon@smtp.mailpro-hosting.it")),
        ("To", F["addr"]),
        ("Subject", "Avviso: messaggio non ancora recapitato (consegna in ritardo)"),
        ("Message-ID", "<20261127120540.3C88E1A0F2@smtp.mailpro-hosting.it>"),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ], body)


@msg(kind="client-reply-paid", reference="SEO-26-058",
     note="Winery's accounts office confirms the transfer for invoice SEO-26-058 was made on 25/11 and gives the "
          "CRO; no amount in their words.")
def m024():
    fl = "silvia"; F = FL[fl]
    subj = "Fattura SEO-26-058 - audit SEO e-commerce"
    inv = mid_mailduns(fl, D(2026, 9, 30, 17, 0))
    sent = D(2026, 11, 24, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("late_fee", fl, "Spett.le Cantina Nuraghe Bianco Società Cooperativa Agricola,", "SEO-26-058",
                    1586, dt.date(2026, 10, 30), sent, deadline=dt.date(2026, 12, 4), fees=True)
    own = """Buongiorno,

vi confermiamo che il pagamento della fattura n. SEO-26-058 è stato disposto in data 25/11/2026 con bonifico ordinario (CRO 0306912345678901).
La contabile è disponibile su richiesta.

Distinti saluti"""
    sig = """Ufficio Amministrazione
Cantina Nuraghe Bianco Soc. Coop. Agricola
Loc. Sa Tanca – 09040 Serdiana (SU)"""
    qhead = outlook_head(sent, F["name"], F["addr"], "amministrazione@nuraghebianco.it", "Re: " + subj)
    return outlook_reply(addr("Amministrazione Nuraghe Bianco", "amministrazione@nuraghebianco.it"),
                         addr(F["name"], F["addr"]), "R: " + subj, D(2026, 11, 26, 9, 31, 12), own, qhead, quoted,
                         [inv, rem], signature=sig)


@msg(kind="client-reply-promise", promised_date="2026-11-30",
     note="'Entro fine mese sicuro' written on 23 November: the last day of November. Waiting for marketplace "
          "payouts; no amount or number in his words.")
def m025():
    fl = "giulia"; F = FL[fl]
    subj = "Fattura n. 122/2026 - descrizioni prodotti e pagina chi siamo"
    inv = mid_mailduns(fl, D(2026, 10, 9, 10, 0))
    sent = D(2026, 11, 23, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Ceramiche Lo Bue di Gaetano Lo Bue,", "122/2026", 732,
                    dt.date(2026, 11, 8), sent)
    own = """Giulia buonasera,
entro fine mese sicuro. Sto aspettando i pagamenti di Amazon e quelli del black friday, appena arrivano la prima cosa che faccio è pagare lei, glielo garantisco.
Mi scusi ancora, è un periodo così.
Gaetano Lo Bue
Ceramiche Lo Bue - Caltagirone"""
    return gmail_reply(addr("Ceramiche Lo Bue", "info@ceramichelobue.it"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 11, 23, 21, 30, 16), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="other",
     note="UniCredit notice of a transfer the freelancer herself ordered to her print shop (outgoing): the "
          "invoice in the causale is the printer's, not hers.")
def m026():
    fl = "francesca"
    text = """UniCredit - Notifica operazione

Gentile FRANCESCA RINALDI,

ti confermiamo che il seguente bonifico è stato eseguito dal tuo conto.

Tipo operazione: Bonifico SEPA disposto
Importo: 310,00 EUR
Beneficiario: TIPOGRAFIA MARTELLI SNC
IBAN beneficiario: IT** **** **** **** **** ***4 512
Causale: PAGAMENTO FATTURA 88/2026 STAMPA BIGLIETTI E MENU
Data esecuzione: 11/12/2026
Commissioni: 0,00 EUR

Se non riconosci questa operazione contatta subito il Servizio Clienti al numero 800.57.57.57.

Questa e-mail è stata generata automaticamente, ti preghiamo di non rispondere.
UniCredit S.p.A.
"""
    return message([
        ("Date", fdate(D(2026, 12, 11, 10, 6, 50))),
        ("From", addr("UniCredit", "notifiche@unicredit.it")),
        ("To", FL[fl]["addr"]),
        ("Subject", "Conferma esecuzione bonifico"),
        ("Message-ID", mid_generic("alert.unicredit.it")),
        ("MIME-Version", "1.0"),
    ], textpart(text, charset="iso-8859-1", cte="quoted-printable"))


@msg(kind="client-reply-other",
     note="A question before paying: should they transfer the net after the 20% withholding tax? Neither paid "
          "nor promised nor contested.")
def m027():
    fl = "davide"; F = FL[fl]
    subj = "Fattura 2026/FP/090 - formazione sicurezza preposti"
    inv = mid_mailduns(fl, D(2026, 10, 16, 16, 40))
    sent = D(2026, 11, 16, 8, 15)
    rem = mid_mailduns(fl, sent)
    quoted = letter("due", fl, "Spett.le Studio Tecnico Associato Zanella,", "2026/FP/090", 976,
                    dt.date(2026, 11, 15), sent)
    own = """Buongiorno,
prima di procedere con il pagamento mi conferma che la ritenuta d'acconto del 20% la versiamo noi con l'F24 e quindi a Lei bonifichiamo solo il netto? Il nostro commercialista dice così, ma nel sollecito vedo l'importo totale e non vorrei sbagliare.

Grazie
Ing. Marta Zanella
Studio Tecnico Associato Zanella – Castelfranco Veneto"""
    return gmail_reply(addr("Marta Zanella", "marta@studiozanella.eu"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 11, 17, 10, 50, 31), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="client-reply-paid", amount="650.00", currency="EUR",
     note="Long, warm letter from a Pro Loco treasurer: 'abbiamo pagato ieri 650 euro' after the regional grant "
          "arrived. No invoice number in his words.")
def m028():
    fl = "nicola"; F = FL[fl]
    subj = "Fattura n. 11/2026 - service audio Sagra della Castagna"
    inv = mid_mailduns(fl, D(2026, 10, 19, 21, 30))
    sent = D(2026, 12, 21, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("late_fee", fl, "Spett.le Pro Loco San Giorgio,", "11/2026", 650, dt.date(2026, 11, 18), sent,
                    deadline=dt.date(2026, 12, 31))
    own = """Carissimo Nicola,

ti chiedo scusa a nome di tutto il direttivo. Abbiamo pagato ieri 650 euro con bonifico dal conto della Pro Loco, dovresti vederli in un paio di giorni.

Ti spiego perché abbiamo tardato: il contributo della Regione per la sagra doveva arrivare a settembre ed è arrivato solo la settimana scorsa, e senza quello sul conto c'erano quattro soldi. Abbiamo dovuto pagare prima la SIAE e i ragazzi delle giostre, che non aspettavano. Lo so che non è una scusa, però volevo che lo sapessi.

Per la prossima estate contiamo ancora su di te, l'impianto quest'anno si sentiva fino alla chiesa e la gente è rimasta a ballare fino all'una.

Buon Natale a te e famiglia
Gennaro Iovine
Tesoriere Pro Loco San Giorgio"""
    qhead = outlook_head(sent, F["name"], F["addr"], "prolocosangiorgio@alice.it", "Re: " + subj, style="old")
    return outlook_reply(addr("Pro Loco San Giorgio", "prolocosangiorgio@alice.it"), addr(F["name"], F["addr"]),
                         "R: " + subj, D(2026, 12, 22, 18, 20, 3), own, qhead, quoted, [inv, rem],
                         charset="windows-1252", html=False)


@msg(kind="payment-notification", amount="890.00", currency="EUR", reference="2026/64",
     note="N26 notice of an incoming transfer of 890,00 € whose reference names invoice 2026/64.")
def m029():
    fl = "francesca"
    text = """Hai ricevuto denaro

Ciao Francesca,

hai ricevuto un bonifico sul tuo conto N26.

Importo: +890,00 €
Da: DE SANTIS ANNA - B&B CASA NONNA PINA
Riferimento: Fattura 2026/64 logo e sito
Data: 07.01.2027

Trovi tutti i dettagli nell'app N26, nella sezione Transazioni.

Il tuo team N26

N26 Bank SE, Voltairestraße 8, 10179 Berlino, Germania
Questa è un'e-mail di servizio: la ricevi anche se hai disattivato le comunicazioni di marketing.
"""
    html = ("<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"UTF-8\"></head><body style=\"background:#f6f6f6;"
            "font-family:Helvetica,Arial,sans-serif\"><div style=\"max-width:520px;margin:0 auto;background:#fff;"
            "padding:32px\"><h1 style=\"font-size:24px;color:#1a1a1a\">Hai ricevuto denaro</h1><p style=\"font-size:15px;"
            "line-height:22px;color:#333\">" + html_lines(text.split("\n", 2)[2]) + "</p></div></body></html>\n")
    body = multipart("alternative", [textpart(text), textpart(html, "html")], "other")
    return message([
        ("Date", fdate(D(2027, 1, 7, 16, 2, 11))),
        ("From", addr("N26", "no-reply@n26.com")),
        ("To", FL[fl]["addr"]),
        ("Subject", "Hai ricevuto 890,00 €"),
        ("Message-ID", mid_generic("mail.n26.com")),
        ("MIME-Version", "1.0"),
    ], body)


@msg(kind="client-reply-dispute",
     note="Hotel director: the German texts agreed (IT/EN/DE) were never delivered; will pay only the delivered "
          "part after a corrected invoice. Work not done as agreed: a dispute.")
def m030():
    fl = "giulia"; F = FL[fl]
    subj = "Fattura n. 126/2026 - testi sito hotel in tre lingue"
    inv = mid_mailduns(fl, D(2026, 11, 30, 18, 0))
    sent = D(2027, 1, 8, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Hotel Miramare srl,", "126/2026", 2440, dt.date(2026, 12, 30), sent)
    own = """Gentile Sig.ra Ferraresi,

mi permetto di ricordarLe che nell'offerta di settembre i testi del sito erano previsti in tre lingue: italiano, inglese e tedesco. A oggi abbiamo ricevuto solo italiano e inglese, e la versione tedesca ci serve prima dell'apertura delle prenotazioni per la stagione, cioè a febbraio.

La fattura invece riporta l'importo pieno. Le chiediamo di emettere una fattura per la parte effettivamente consegnata (oppure una nota di credito per la parte tedesca): la pagheremo appena ricevuta. Il resto lo salderemo alla consegna dei testi in tedesco.

Cordiali saluti
Cinzia Pari
Direzione – Hotel Miramare, Rimini"""
    return gmail_reply(addr("Direzione Hotel Miramare", "direzione@hotelmiramare-rimini.it"),
                       addr(F["name"], F["addr"]), "Re: " + subj, D(2027, 1, 12, 11, 5, 40), own,
                       (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="client-reply-promise",
     note="The owner's wife: he is in hospital, they will transfer 'appena torna a casa' (discharge expected "
          "Thursday). A promise, but the Thursday is the discharge, not a payment day: no promised_date.")
def m031():
    fl = "marco"; F = FL[fl]
    subj = "Fattura 45/2026 - foto camere e sala per sito agriturismo"
    inv = mid_mailduns(fl, D(2026, 12, 1, 10, 30))
    sent = D(2027, 1, 15, 9, 30)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Agriturismo La Fonte di Giuseppe Di Felice,", "45/2026", 610,
                    dt.date(2026, 12, 31), sent)
    own = """Buongiorno Sig. Bellandi,
sono Maria, la moglie di Giuseppe. Mio marito è ricoverato all'ospedale dell'Aquila per l'operazione al ginocchio e il conto della ditta lo gestisce lui, io non ho le credenziali.
Appena torna a casa (dovrebbero dimetterlo giovedì, se va tutto bene) le facciamo il bonifico, stia tranquillo che non ce ne siamo dimenticati.
Cordiali saluti
Maria Di Felice"""
    return gmail_reply(addr("Agriturismo La Fonte", "agriturismolafonte@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 1, 18, 17, 44, 2), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="auto-reply", return_date="2027-01-04",
     note="Holiday closure auto-reply: 'Riapriremo lunedì 4 gennaio 2027'; iso-8859-1, Auto-Submitted header.")
def m032():
    fl = "chiara"; F = FL[fl]
    sent = D(2026, 12, 28, 8, 59)
    rem = mid_mailduns(fl, sent)
    text = """Gentile cliente, gentile fornitore,

lo studio è chiuso per le festività natalizie. Riapriremo lunedì 4 gennaio 2027 e risponderemo alla Sua e-mail nel più breve tempo possibile.

Per urgenze di cantiere: Geom. Andrea Vercelli, cell. 347 2219087.

Buone feste!
Studio Arredo Vercelli s.a.s.
"""
    return message([
        ("Date", fdate(D(2026, 12, 28, 9, 0, 4))),
        ("From", addr("Studio Arredo Vercelli", "info@studioarredovercelli.it")),
        ("To", F["addr"]),
        ("Subject", "Studio chiuso per festività - Re: Fattura 27/2026 - progetto showroom"),
        ("Message-ID", mid_generic("studioarredovercelli.it")),
        ("In-Reply-To", rem),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("Precedence", "bulk"),
        ("MIME-Version", "1.0"),
    ], textpart(text, charset="iso-8859-1", cte="quoted-printable"))


@msg(kind="client-reply-paid",
     note="'fatto!' with a screenshot of the transfer attached (PNG); the amount is only in the quoted reminder.")
def m033():
    fl = "silvia"; F = FL[fl]
    subj = "Fattura SEO-26-075 - ottimizzazione schede prodotto"
    inv = mid_mailduns(fl, D(2026, 12, 1, 11, 0))
    sent = D(2027, 1, 12, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Ciclofficina Dolomiti di Thomas Pedrotti,", "SEO-26-075", 549,
                    dt.date(2026, 12, 31), sent)
    own = """Ciao Silvia, fatto! ti allego lo screenshot della disposizione.
Scusa ma tra inventario e fiera a Bolzano mi era proprio passato di mente.
Thomas"""
    png = attachment("Screenshot_20270114_101233.png", "image/png", PNG_1PX)
    return gmail_reply(addr("Thomas Pedrotti", "thomas@ciclofficinadolomiti.it"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 1, 14, 10, 14, 9), own, (sent, F["name"], F["addr"], quoted), [inv, rem],
                       attachments=[png])


@msg(kind="client-reply-other", reference="28/2026",
     note="The pharmacy's transfer for invoice 28/2026 was returned by the bank (account closed); asks to check "
          "the bank details. A returned payment with nothing sent again: not paid.")
def m034():
    fl = "chiara"; F = FL[fl]
    subj = "Fattura 28/2026 - progetto arredo farmacia"
    inv = mid_mailduns(fl, D(2026, 11, 30, 15, 0))
    sent = D(2027, 1, 5, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Farmacia Bertone della Dott.ssa Elena Bertone & C. snc,", "28/2026",
                    1952, dt.date(2026, 12, 30), sent)
    own = """Buongiorno Architetto,

il bonifico che le avevamo disposto il 18 dicembre per la fattura 28/2026 ci è stato stornato dalla banca il 4 gennaio con la motivazione "conto estinto o inesistente".
Può verificare le coordinate? Noi abbiamo usato l'IBAN che c'era in fattura, che finisce con 5531, mentre quello nel suo sollecito è diverso.

Grazie, cordiali saluti
Elena Bertone"""
    qhead = outlook_head(sent, F["name"], F["addr"], "farmaciabertone@farmaciabertone.to.it", "Re: " + subj)
    return outlook_reply(addr("Farmacia Bertone", "farmaciabertone@farmaciabertone.to.it"),
                         addr(F["name"], F["addr"]), "R: " + subj, D(2027, 1, 7, 11, 40, 26), own, qhead, quoted,
                         [inv, rem])


@msg(kind="client-reply-promise", promised_date="2027-02-10", amount="732.00", currency="EUR", reference="3/2027",
     note="The restaurant's accountant: invoice 3/2027 of € 732,00 will be paid 'entro il 10 febbraio p.v.'.")
def m035():
    fl = "nicola"; F = FL[fl]
    subj = "Fattura n. 3/2027 - impianto audio serate live"
    inv = mid_mailduns(fl, D(2027, 1, 4, 19, 0))
    sent = D(2027, 1, 25, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Ristorante Da Peppe di Giuseppe Scotto,", "3/2027", 732,
                    dt.date(2027, 1, 19), sent)
    own = """Gentile Sig. Esposito,

scrivo per conto del mio cliente Ristorante Da Peppe di Giuseppe Scotto, che mi ha girato la Sua e-mail.
Il pagamento della Sua fattura n. 3/2027 di € 732,00 sarà effettuato entro il 10 febbraio p.v., unitamente agli altri fornitori del mese.

Cordiali saluti"""
    sig = """Rag. Anna Di Meo
Studio Di Meo – Consulenza fiscale e del lavoro
Via Napoli 201 – 80078 Pozzuoli (NA)"""
    qhead = outlook_head(sent, F["name"], F["addr"], "ristorantedapeppe@libero.it", "Re: " + subj)
    return outlook_reply(addr("Studio Di Meo", "studio@dimeoconsulenze.it"), addr(F["name"], F["addr"]),
                         "R: I: Re: " + subj, D(2027, 1, 26, 15, 0, 42), own, qhead, quoted, [inv, rem],
                         cc=addr("Ristorante Da Peppe", "ristorantedapeppe@libero.it"), signature=sig)


@msg(kind="client-reply-dispute",
     note="The restaurant says invoice 2027/4 duplicates 2026/57, already paid on 2 December, and asks for a "
          "credit note: already billed. Two invoice numbers are named, so no reference.")
def m036():
    fl = "francesca"; F = FL[fl]
    subj = "Fattura 2027/4 - restyling menu"
    inv = mid_mailduns(fl, D(2027, 1, 4, 10, 0))
    sent = D(2027, 1, 19, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("due", fl, "Spett.le Ristorante La Corte dei Miracoli srl,", "2027/4", 854,
                    dt.date(2027, 1, 19), sent)
    own = """Buongiorno Francesca,
credo ci sia un errore: la fattura 2027/4 è identica alla 2026/57 del 5 novembre, stessa descrizione (restyling menu e carta dei vini) e stesso importo. La 2026/57 l'abbiamo già pagata il 2 dicembre, il commercialista l'ha verificato stamattina.
Ti chiediamo di annullare la 2027/4 con una nota di credito, altrimenti ci risulta un doppio costo.
Grazie
Nicoletta - amministrazione
La Corte dei Miracoli, Bari"""
    return gmail_reply(addr("La Corte dei Miracoli", "amministrazione@lacortedeimiracoli.it"),
                       addr(F["name"], F["addr"]), "Re: " + subj, D(2027, 1, 20, 9, 30, 55), own,
                       (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="payment-notification", amount="2196.00", currency="EUR", reference="2/2027",
     note="BancoPosta incoming SEPA transfer notice; causale 'FT 2/2027 PROGETTO UFFICI'.")
def m037():
    fl = "chiara"
    text = """Poste Italiane - Avviso movimento

Gentile Cliente,
ti informiamo che sul tuo Conto BancoPosta n. ****7412 è stato registrato il seguente movimento:

ACCREDITO BONIFICO SEPA
Importo: + 2.196,00 EUR
Ordinante: STUDIO LEGALE ASSOCIATO ROSSETTI E MARINO
Causale: FT 2/2027 PROGETTO UFFICI
Data operazione: 03/02/2027
Data valuta: 03/02/2027

Per maggiori dettagli accedi all'App BancoPosta o al sito poste.it.

Ti ricordiamo che Poste Italiane non chiede mai, tramite e-mail, SMS o telefono, i codici di accesso ai servizi online.

Poste Italiane S.p.A. - Patrimonio BancoPosta
Messaggio generato automaticamente, si prega di non rispondere.
"""
    return message([
        ("Date", fdate(D(2027, 2, 3, 7, 45, 30))),
        ("From", addr("Poste Italiane", "noreply@posteitaliane.it")),
        ("To", FL[fl]["addr"]),
        ("Subject", "Avviso movimento sul tuo Conto BancoPosta"),
        ("Message-ID", mid_generic("comunicazioni.poste.it")),
        ("MIME-Version", "1.0"),
    ], textpart(text, charset="utf-8", cte="base64"))


@msg(kind="client-reply-paid", amount="380.00", currency="EUR",
     note="All capitals, an elderly choir manager: 'HO FATTO IL BONIFICO SABATO ALLA POSTA. 380 EURO', and asks "
          "for confirmation that it arrived. Paid.")
def m038():
    fl = "nicola"; F = FL[fl]
    subj = "Fattura n. 1/2027 - registrazione concerto di Natale"
    inv = mid_mailduns(fl, D(2026, 12, 28, 17, 0))
    sent = D(2027, 1, 29, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Coro Polifonico Santa Cecilia,", "1/2027", 380, dt.date(2027, 1, 27), sent)
    own = """BUONGIORNO
HO FATTO IL BONIFICO SABATO ALLA POSTA. 380 EURO.
MI CONFERMI SE E ARRIVATO.
SALUTI
GIUSEPPE RUSSO
CORO POLIFONICO SANTA CECILIA"""
    text = own + "\n\n\n" + q_libero(sent, F["addr"], "giuseppe.russo1948@alice.it", "Re: " + subj, quoted) + "\n"
    return message([
        ("Date", fdate(D(2027, 2, 1, 10, 22, 48))),
        ("From", addr("giuseppe.russo1948@alice.it", "giuseppe.russo1948@alice.it")),
        ("To", F["addr"]),
        ("Message-ID", f"<{_rng.randint(10**9, 10**10)}.{_rng.randint(1000, 9999)}.{_rng.randint(10**12, 10**13)}@webmail.alice.it>"),
        ("In-Reply-To", rem), ("References", f"{inv} {rem}"),
        ("Subject", "R: Re: " + subj),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
    ], textpart(text, charset="utf-8", cte="quoted-printable"))


@msg(kind="client-reply-promise",
     note="Venetian-flavoured Italian: 'La settimana che vien te fasso el bonifico' is a promise, but 'next week' "
          "alone names no day: no promised_date.")
def m039():
    fl = "davide"; F = FL[fl]
    subj = "Fattura 2026/FP/095 - corso carrellisti"
    inv = mid_mailduns(fl, D(2026, 11, 27, 18, 0))
    sent = D(2027, 1, 8, 8, 15)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Autofficina Bepi di Giuseppe Scarpa,", "2026/FP/095", 427,
                    dt.date(2026, 12, 27), sent)
    own = """Ciao Davide,
scusa tanto ma col fine anno xe stà un casin, e i pagamenti li fa mia cognata che era in ferie fino a ieri.
La settimana che vien te fasso el bonifico, giuro.
Ciao e grazie ancora per el corso, i tosi xe stà contenti
Bepi"""
    return gmail_reply(addr("Autofficina Bepi", "autofficinabepi@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 1, 11, 7, 52, 30), own, (sent, F["name"], F["addr"], quoted), [inv, rem],
                       mobile_sig="Inviato da iPhone", plain_only=True)


@msg(kind="other",
     note="Phishing in the guise of a Poste Italiane 'pagamento in sospeso' with a link to 'sblocca': spam, not a "
          "payment notification, even though it states an amount in EUR.")
def m040():
    fl = "nicola"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial;font-size:14px">
<img src="http://posteitaliane-verifica.top/img/logo.png" alt="Poste Italiane" width="160"><br><br>
Gentile Cliente,<br><br>
abbiamo rilevato un <b>pagamento in entrata di 1.250,00 EUR</b> in stato SOSPESO sul tuo conto BancoPosta.<br>
Per motivi di sicurezza l'accredito sar&agrave; completato solo dopo la verifica dei tuoi dati.<br><br>
<a href="http://posteitaliane-verifica.top/sblocca?id=88271" style="background:#ffcc00;color:#000;padding:10px 18px;text-decoration:none">SBLOCCA ACCREDITO</a><br><br>
Se non completi la verifica entro 24 ore il pagamento verr&agrave; restituito al mittente.<br><br>
Cordiali saluti,<br>Servizio Clienti Poste Italiane
</div></body></html>
"""
    return message([
        ("Date", "Tue, 19 Jan 2027 03:12:44 +0000"),
        ("From", addr("Poste Italiane", "servizio.clienti@poste-notifiche-conto.com")),
        ("To", FL[fl]["addr"]),
        ("Subject", "Avviso: pagamento in sospeso sul tuo conto"),
        ("Message-ID", mid_generic("vps-4471.hostkeyz.net")),
        ("X-Mailer", "PHPMailer 6.8.0"),
        ("MIME-Version", "1.0"),
    ], textpart(html, "html", cte="base64"))


@msg(kind="client-reply-other",
     note="Reply to the formal notice (diffida) from the training manager: she forwarded it to the head office's "
          "supplier accounts, who will answer. No payment, promise or objection.")
def m041():
    fl = "davide"; F = FL[fl]
    subj = "Fattura 2026/FP/093 - piano formativo sicurezza magazzino"
    inv = mid_mailduns(fl, D(2026, 11, 13, 17, 30))
    sent = D(2027, 2, 8, 8, 15)
    rem = mid_mailduns(fl, sent)
    quoted = letter("final", fl, "Spett.le Logistica Nordest S.p.A.,", "2026/FP/093", 3660, dt.date(2026, 12, 15),
                    sent, deadline=dt.date(2027, 2, 23), issue=dt.date(2026, 11, 13))
    own = """Buongiorno Sig. Pellizzari,

ho ricevuto la Sua comunicazione e l'ho inoltrata immediatamente all'Ufficio Amministrazione Fornitori della sede di Milano, che gestisce i pagamenti di tutto il gruppo: Le risponderanno direttamente loro.
Io mi occupo solo della parte formazione e purtroppo non ho visibilità sui pagamenti.

Cordiali saluti
Laura Ongaro
HR – Formazione e Sviluppo
Logistica Nordest S.p.A. – Sede di Treviso"""
    qhead = outlook_head(sent, F["name"], F["addr"], "formazione@logisticanordest.it", "Re: " + subj)
    return outlook_reply(addr("Ongaro Laura", "formazione@logisticanordest.it"), addr(F["name"], F["addr"]),
                         "R: " + subj, D(2027, 2, 9, 14, 20, 13), own, qhead, quoted, [inv, rem],
                         cc=addr("Amministrazione Fornitori", "ap.fornitori@logisticanordest.it"))


@msg(kind="client-reply-paid", amount="1098.00", currency="EUR", reference="5/2027",
     note="Answer to the 'paid but not arrived' follow-up: execution date, amount and TRN of the transfer for "
          "invoice 5/2027, receipt attached.")
def m042():
    fl = "chiara"; F = FL[fl]
    subj = "Fattura 5/2027 - pratica SCIA e progetto ufficio vendite"
    inv = mid_mailduns(fl, D(2027, 1, 8, 11, 0))
    sent = D(2027, 2, 10, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("paid_claim_followup", fl, "Spett.le Immobiliare Gran Paradiso srl,", "5/2027", 1098,
                    dt.date(2027, 2, 7), sent, claim_date=dt.date(2027, 2, 3), paid_on=dt.date(2027, 2, 2))
    own = """Buongiorno Architetto,

ecco i dati che mi chiedeva: il bonifico per la fattura n. 5/2027 è stato eseguito il 2 febbraio, importo € 1.098,00, TRN 0306234567890123IT. Le allego anche la contabile in PDF.
Era un bonifico ordinario e non istantaneo, ma ormai dovrebbe esserle arrivato. Se non lo vede ancora mi faccia sapere che chiamo la banca.

Cordiali saluti
Roberta Chenal
Immobiliare Gran Paradiso srl"""
    pdf = attachment("contabile_TRN_0306234567890123IT.pdf", "application/pdf", pdf_bytes("Contabile bonifico"))
    return gmail_reply(addr("Roberta Chenal", "r.chenal@immobiliaregranparadiso.it"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 2, 11, 9, 12, 40), own, (sent, F["name"], F["addr"], quoted), [inv, rem],
                       attachments=[pdf])


@msg(kind="client-reply-dispute",
     note="Refuses to pay: blames the SEO work for a 40% traffic loss. A refusal after the suspension notice.")
def m043():
    fl = "silvia"; F = FL[fl]
    subj = "Fattura SEO-27-003 - migrazione SEO nuovo sito"
    inv = mid_mailduns(fl, D(2026, 12, 15, 12, 0))
    sent = D(2027, 2, 15, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("suspension", fl, "Spett.le Bottega del Lino srl,", "SEO-27-003", 1220, dt.date(2027, 1, 14), sent,
                    deadline=dt.date(2027, 2, 25), suspension=dt.date(2027, 3, 1))
    own = """Buonasera,

non pagheremo questa fattura. Dopo la migrazione che avete seguito voi a dicembre il sito è stato penalizzato da Google e abbiamo perso il 40% del traffico organico, con un calo delle vendite che ancora non abbiamo recuperato. Vi abbiamo scritto due volte a gennaio senza ricevere una risposta concreta.

Sospendete pure quello che volete. Se ritenete di avere diritto a qualcosa, ne parleremo con il nostro legale.

Giovanna Mele
Bottega del Lino srl – Nuoro"""
    qhead = outlook_head(sent, F["name"], F["addr"], "info@bottegadellino.it", "Re: " + subj)
    return outlook_reply(addr("Bottega del Lino", "info@bottegadellino.it"), addr(F["name"], F["addr"]),
                         "R: " + subj, D(2027, 2, 15, 18, 40, 2), own, qhead, quoted, [inv, rem])


@msg(kind="auto-reply",
     note="'Questa casella non è più attiva': the mailbox is no longer in use and points to another address. No "
          "return date.")
def m044():
    fl = "giulia"; F = FL[fl]
    sent = D(2027, 2, 5, 10, 59)
    rem = mid_mailduns(fl, sent)
    text = """Questa casella di posta non è più attiva.

Il suo messaggio NON verrà letto né inoltrato.
Per comunicazioni amministrative e fatture scrivere a amministrazione@cantinavallerosa.it
Per ordini e informazioni commerciali: info@cantinavallerosa.it

Cantina Vallerosa S.r.l.
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + html_lines(text) + "</p></body></html>\n")
    body = multipart("alternative", [textpart(text), textpart(html, "html")], "outlook")
    return message([
        ("From", addr("Marketing Vallerosa", "marketing@cantinavallerosa.it")),
        ("To", addr(F["name"], F["addr"])),
        ("Subject", "Risposta automatica: Re: Fattura n. 3/2027 - testi etichette e schede vini"),
        ("Date", fdate(D(2027, 2, 5, 11, 0, 2))),
        ("Message-ID", mid_outlook("VI1PR08MB")),
        ("In-Reply-To", rem),
        ("References", rem),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "marketing@cantinavallerosa.it"),
        ("Content-Language", "it-IT"),
        ("MIME-Version", "1.0"),
    ], body)


@msg(kind="client-reply-promise", promised_date="2027-02-27",
     note="'il saldo te lo mandiamo il 27 quando arriva lo stipendio', written on 18 February: the 27th of "
          "February.")
def m045():
    fl = "marco"; F = FL[fl]
    subj = "Fattura 4/2027 - saldo matrimonio 19 dicembre"
    inv = mid_mailduns(fl, D(2027, 1, 12, 20, 0))
    sent = D(2027, 2, 17, 9, 30)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Gentile Alessia Marchetti,", "4/2027", 1350, dt.date(2027, 2, 11), sent)
    own = """Ciao Marco, scusa scusa scusa!! 🙏
il saldo te lo mandiamo il 27 quando arriva lo stipendio, gennaio è stato tremendo con le spese del trasloco.
Intanto grazie ancora per le foto, sono bellissime ❤️
Alessia"""
    return gmail_reply(addr("Alessia Marchetti", "alessia.marchetti94@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 2, 18, 13, 5, 22), own, (sent, F["name"], F["addr"], quoted), [inv, rem],
                       mobile_sig="Inviato da Gmail per Android")


@msg(kind="client-reply-promise", promised_date="2027-03-31",
     note="Reply to a statement of two invoices: January's (2027/7) paid today, February's (2027/12) 'a fine "
          "marzo'. A promise on a day beats a payment; two invoices, so no reference.")
def m046():
    fl = "francesca"; F = FL[fl]
    subj = "Riepilogo fatture aperte: n. 2027/7, 2027/12"
    sent = D(2027, 3, 1, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = statement(fl, "Spett.le Panificio Colella snc,",
                       [("2027/7", dt.date(2027, 1, 15), dt.date(2027, 2, 14), 183),
                        ("2027/12", dt.date(2027, 2, 10), dt.date(2027, 3, 12), 244)], sent, dt.date(2027, 3, 10))
    own = """Buongiorno Francesca,
la fattura di gennaio (la 2027/7, etichette pane) l'ho pagata oggi con bonifico.
Quella di febbraio (2027/12) te la pago a fine marzo come l'altra volta, che adesso ho le rate del forno nuovo.
Grazie e buona giornata
Michele Colella"""
    return gmail_reply(addr("Panificio Colella", "panificiocolella@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 3, 2, 6, 48, 10), own, (sent, F["name"], F["addr"], quoted), [rem])


@msg(kind="client-reply-other",
     note="'Ma quale fattura?': the gym says it never received the invoice and asks for it again. A question.")
def m047():
    fl = "giulia"; F = FL[fl]
    subj = "Fattura n. 5/2027 - testi volantini e social corsi primavera"
    inv = mid_mailduns(fl, D(2027, 1, 20, 16, 0))
    sent = D(2027, 2, 22, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Energy Club ssd arl,", "5/2027", 366, dt.date(2027, 2, 19), sent)
    own = """Ciao Giulia,
ma quale fattura? Non mi risulta di averla ricevuta, né via mail né nel cassetto fiscale. Me la rimandi per favore? Magari in pdf qui.
Ciao
Federico
Energy Club Ferrara"""
    return gmail_reply(addr("Energy Club Ferrara", "info@energyclubferrara.it"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 2, 22, 12, 10, 3), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="payment-notification", amount="427.00", currency="EUR", reference="2027/FP/009",
     note="UniCredit instant transfer received; causale 'SALDO FATT. 2027/FP/009 CORSO BLSD'.")
def m048():
    fl = "davide"
    text = """UniCredit - Bonifico istantaneo ricevuto

Gentile DAVIDE PELLIZZARI,

ti informiamo che hai ricevuto un bonifico istantaneo sul conto che termina con 9934.

Importo: 427,00 EUR
Ordinante: PALESTRA OLIMPIA ASD
Causale: SALDO FATT. 2027/FP/009 CORSO BLSD
Data e ora: 04/03/2027 13:30

L'importo è già disponibile sul tuo conto.

Questa e-mail è stata generata automaticamente, ti preghiamo di non rispondere.
UniCredit S.p.A.
"""
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px;color:#222\">"
            "<div style=\"border-top:4px solid #e2001a;padding:16px\"><b style=\"font-size:17px\">Bonifico istantaneo ricevuto</b>"
            "<p>" + html_lines(text.split("\n", 2)[2]) + "</p></div></body></html>\n")
    body = multipart("alternative", [textpart(text, charset="iso-8859-1"), textpart(html, "html", charset="iso-8859-1")],
                     "other")
    return message([
        ("Date", fdate(D(2027, 3, 4, 13, 31, 7))),
        ("From", addr("UniCredit", "notifiche@unicredit.it")),
        ("To", FL[fl]["addr"]),
        ("Subject", "Hai ricevuto un bonifico istantaneo"),
        ("Message-ID", mid_generic("alert.unicredit.it")),
        ("MIME-Version", "1.0"),
    ], body)


@msg(kind="bounce", failed_recipient="amministrazione@hotelvillaflegrea.it", permanent=True,
     note="Gmail's Italian bounce ('Indirizzo non trovato'), dated in Google's Pacific time; 550 5.1.1, permanent.")
def m049():
    fl = "nicola"; F = FL[fl]
    orig_mid = mid_gmail()
    text = """** Indirizzo non trovato **

Il tuo messaggio non è stato consegnato a amministrazione@hotelvillaflegrea.it perché l'indirizzo non è stato trovato o non è in grado di ricevere posta.

La risposta del server remoto è stata:
550 5.1.1 <amministrazione@hotelvillaflegrea.it>: Recipient address rejected: User unknown in virtual mailbox table
"""
    html = ("<html><head></head><body><table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\" "
            "style=\"padding-top:32px;background-color:#ffffff\"><tbody><tr><td><table cellpadding=0 cellspacing=0>"
            "<tbody><tr><td style=\"max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid "
            "#e0e0e0;border-radius:2px\"><p style=\"font-family:Google Sans,Roboto,Helvetica,Arial,sans-serif;"
            "font-size:22px;color:#212121\">Indirizzo non trovato</p><p style=\"font-family:Roboto,Helvetica,Arial,"
            "sans-serif;font-size:16px;color:#202020\">Il tuo messaggio non è stato consegnato a <a style='color:"
            "#212121;text-decoration:none'><b>amministrazione@hotelvillaflegrea.it</b></a> perché l'indirizzo non è "
            "stato trovato o non è in grado di ricevere posta.</p><p style=\"font-size:12px;color:#616161\">La "
            "risposta del server remoto è stata:</p><p style=\"font-family:monospace;font-size:12px\">550 5.1.1 "
            "&lt;amministrazione@hotelvillaflegrea.it&gt;: Recipient address rejected: User unknown in virtual "
            "mailbox table</p></td></tr></tbody></table></td></tr></tbody></table></body></html>\n")
    status = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; nicola.esposito.audio@gmail.com
Arrival-Date: Fri, 12 Feb 2027 00:01:29 -0800 (PST)
X-Original-Message-ID: """ + orig_mid + """

Final-Recipient: rfc822; amministrazione@hotelvillaflegrea.it
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.hotelvillaflegrea.it. (93.41.200.17, the server for the domain hotelvillaflegrea.it.)
Diagnostic-Code: smtp; 550 5.1.1 <amministrazione@hotelvillaflegrea.it>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Fri, 12 Feb 2027 00:01:33 -0800 (PST)
"""
    orig = f"""MIME-Version: 1.0
Date: Fri, 12 Feb 2027 09:01:27 +0100
Message-ID: {orig_mid}
Subject: Re: Fattura n. 4/2027 - service audio convention
From: Nicola Esposito <{F['addr']}>
To: amministrazione@hotelvillaflegrea.it
Content-Type: text/plain; charset="UTF-8"
"""
    body = multipart("report", [
        multipart("related", [multipart("alternative", [textpart(text), textpart(html, "html")], "gmail")], "gmail"),
        rawpart("Content-Type: message/delivery-status\n", status),
        rawpart("Content-Type: text/rfc822-headers; charset=\"UTF-8\"\n", orig),
    ], "gmail", params=" report-type=delivery-status;")
    return message([
        ("Return-Path", "<>"),
        ("MIME-Version", "1.0"),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", F["addr"]),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", orig_mid),
        ("In-Reply-To", orig_mid),
        ("X-Failed-Recipients", "amministrazione@hotelvillaflegrea.it"),
        ("Message-ID", f"<{alnum(28, 'abcdef0123456789')}.{alnum(8, 'abcdef0123456789')}@mx.google.com>"),
        ("Date", "Fri, 12 Feb 2027 00:01:33 -0800 (PST)"),
    ], body)


@msg(kind="client-reply-paid", amount="85.00", currency="EUR",
     note="Gallery owner from Apple Mail on a Mac: paid by Satispay 'come d'accordo, 85 euro'.")
def m050():
    fl = "francesca"; F = FL[fl]
    subj = "Fattura 2027/10 - flyer mostra 'Mare di Pietra'"
    inv = mid_mailduns(fl, D(2027, 2, 4, 12, 0))
    sent = D(2027, 3, 8, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Gentile Gianni Lattanzio,", "2027/10", 85, dt.date(2027, 3, 6), sent)
    own = """Cara Francesca,
pagato adesso con Satispay come d'accordo, 85 euro. Perdonami, ero convinto di averlo già fatto il giorno dell'inaugurazione.
La mostra sta andando bene, il flyer lo hanno notato in molti.
Un caro saluto
Gianni"""
    return apple_reply(addr("Gianni Lattanzio", "gianni@galleriapietramare.it"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 3, 8, 19, 10, 51), own, (sent, F["name"], F["addr"], quoted), [inv, rem],
                       footer="Galleria Pietramare\nVia Sparano 77, Bari", mailer="Apple Mail (2.3826.400.131.1.6)")


@msg(kind="client-reply-dispute",
     note="The couple asks for a 20% discount on the balance because the photos came two months late and some "
          "were missing: a discount request is a dispute.")
def m051():
    fl = "marco"; F = FL[fl]
    subj = "Fattura 6/2027 - saldo servizio fotografico matrimonio Greco-Ferrante"
    inv = mid_mailduns(fl, D(2027, 1, 18, 18, 0))
    sent = D(2027, 3, 9, 9, 30)
    rem = mid_mailduns(fl, sent)
    quoted = letter("late_fee", fl, "Gentile Davide Greco,", "6/2027", 1400, dt.date(2027, 2, 17), sent,
                    deadline=dt.date(2027, 3, 19))
    own = """Ciao Marco,

ti rispondiamo insieme io e Ilaria. Il saldo non ce lo siamo dimenticato, ma prima di pagarlo volevamo parlarti di due cose:
1) nel contratto la consegna delle foto era entro 60 giorni, noi le abbiamo ricevute dopo quasi 4 mesi;
2) mancano completamente le foto dell'uscita dalla chiesa con il lancio del riso, che per noi erano tra le più importanti.

Per questi motivi ti chiediamo uno sconto del 20% sul saldo. Se sei d'accordo ci mandi la fattura corretta e paghiamo subito.

Davide e Ilaria"""
    return gmail_reply(addr("Davide Greco", "davide.greco.ing@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 3, 10, 21, 0, 33), own, (sent, F["name"], F["addr"], quoted), [inv, rem],
                       cc=addr("Ilaria Ferrante", "ilaria.ferrante@gmail.com"))


@msg(kind="client-reply-promise", promised_date="2027-03-31", reference="2027/FP/004",
     note="Town office: the liquidation act for invoice 2027/FP/004 is signed next week and the payment order will "
          "be issued 'entro il 31 marzo'. The date is the promise, 'next week' is about the act.")
def m052():
    fl = "davide"; F = FL[fl]
    subj = "Fattura 2027/FP/004 - corso privacy e sicurezza informatica dipendenti comunali"
    inv = mid_mailduns(fl, D(2027, 1, 12, 17, 0))
    sent = D(2027, 3, 11, 8, 15)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Comune di Ponte Arsiero,", "2027/FP/004", 1800, dt.date(2027, 3, 10), sent)
    own = """Gentile dott. Pellizzari,

la liquidazione della fattura n. 2027/FP/004 è in corso: la determina di liquidazione sarà firmata dal responsabile la prossima settimana e il mandato di pagamento sarà emesso entro il 31 marzo.
Le ricordo che per le pubbliche amministrazioni il termine di pagamento è di 30 giorni dalla data di ricezione della fattura sul Sistema di Interscambio, che nel Suo caso è il 14 febbraio.

Cordiali saluti

Ufficio Personale e Organizzazione
Comune di Ponte Arsiero
Tel. 0445 561203"""
    text = own + "\n\n" + q_thunderbird(sent, F["name"], quoted) + "\n"
    return message([
        ("Date", fdate(D(2027, 3, 12, 11, 30, 18))),
        ("From", addr("Ufficio Personale - Comune di Ponte Arsiero", "personale@comune.pontearsiero.vi.it")),
        ("To", addr(F["name"], F["addr"])),
        ("Subject", "Re: " + subj),
        ("Message-ID", f"<{hexid(8).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(12).lower()}@comune.pontearsiero.vi.it>"),
        ("In-Reply-To", rem), ("References", f"{inv} {rem}"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "it"),
        ("MIME-Version", "1.0"),
    ], textpart(text, charset="utf-8", cte="quoted-printable"))


@msg(kind="client-reply-other",
     note="Asks for the invoice to be sent as an e-invoice through SdI with their recipient code: a request, "
          "nothing about paying.")
def m053():
    fl = "silvia"; F = FL[fl]
    subj = "Fattura SEO-27-006 - scheda Google e recensioni"
    inv = mid_mailduns(fl, D(2027, 2, 11, 10, 0))
    sent = D(2027, 3, 15, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("due", fl, "Spett.le Sa Domu Affittacamere di Manca Sara,", "SEO-27-006", 305,
                    dt.date(2027, 3, 13), sent)
    own = """Buongiorno Silvia,
mi puoi mandare la fattura in formato elettronico tramite SdI? Il mio commercialista dice che il PDF non lo può registrare e che non gli risulta arrivata nel cassetto fiscale.
Codice destinatario: M5UXCR1
Grazie mille
Sara"""
    return gmail_reply(addr("Sara Manca", "sadomu.affittacamere@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 3, 15, 10, 5, 19), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="client-reply-paid", amount="2440.00", currency="EUR", reference="4/2027",
     note="The client forwards her bank's transfer confirmation ('ecco la ricevuta'): a new Fwd message, not a "
          "reply in the thread. Amount and causale (invoice 4/2027) are in the forwarded notice.")
def m054():
    fl = "chiara"; F = FL[fl]
    bank_when = D(2027, 3, 17, 10, 2)
    fwd = f"""---------- Forwarded message ---------
Da: Intesa Sanpaolo <noreply@notifiche.intesasanpaolo.com>
Date: {IT_DAYS_SHORT[bank_when.weekday()]} {bank_when.day} {IT_MONTHS_SHORT[bank_when.month - 1]} {bank_when.year} alle ore {hm(bank_when)}
Subject: Conferma disposizione bonifico
To: <ilaria.bonetto@studiobonetto.it>


Gentile Cliente,
ti confermiamo che il bonifico da te disposto è stato preso in carico.

Importo: 2.440,00 EUR
Beneficiario: LOMBARDO CHIARA
IBAN beneficiario: {F['iban']}
Causale: SALDO FATTURA N. 4/2027 ARCH. LOMBARDO
Data esecuzione: 17/03/2027
TRN: 0306909876543210480320403200IT

Intesa Sanpaolo S.p.A.
Questa è una comunicazione automatica, ti preghiamo di non rispondere."""
    own = """Ciao Chiara,
ecco la ricevuta del bonifico di stamattina. Scusa ancora per il ritardo, con il trasloco dello studio mi era sfuggita.
Ilaria"""
    text = own + "\n\n" + fwd + "\n"
    html = ('<div dir="ltr">' + "".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in own.split("\n")) +
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded '
            'message ---------<br>' + html_lines(fwd.split("\n", 1)[1]) + "</div></div></div>\n")
    body = multipart("alternative", [textpart(text), textpart(html, "html")], "gmail")
    return message([
        ("MIME-Version", "1.0"),
        ("Date", fdate(D(2027, 3, 17, 10, 5, 49))),
        ("Message-ID", mid_gmail()),
        ("Subject", "Fwd: Conferma disposizione bonifico"),
        ("From", addr("Ilaria Bonetto", "ilaria.bonetto@studiobonetto.it")),
        ("To", addr(F["name"], F["addr"])),
    ], body)


@msg(kind="auto-reply", return_date="2027-03-15",
     note="iCloud vacation reply: away at the Verona fair, 'rientro in ufficio lunedì 15 marzo'.")
def m055():
    fl = "giulia"; F = FL[fl]
    sent = D(2027, 3, 10, 9, 0)
    rem = mid_mailduns(fl, sent)
    text = """Buongiorno,
sono fuori sede per la fiera di Verona e leggo la posta saltuariamente. Rientro in ufficio lunedì 15 marzo.
Per ordini e spedizioni: ordini@tenutacollealto.it
Grazie
Alberto Ferrero
Tenuta Colle Alto
"""
    return message([
        ("From", "alberto.ferrero@icloud.com"),
        ("To", addr(F["name"], F["addr"])),
        ("Subject", "Auto reply: Re: Fattura n. 7/2027 - testi catalogo vini 2027"),
        ("Date", fdate(D(2027, 3, 10, 9, 0, 41))),
        ("Message-id", f"<{hexid(8).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(12).lower()}-vac@icloud.com>"),
        ("In-Reply-To", rem),
        ("References", rem),
        ("X-Apple-Criteria", "{kind=VACATION,startDate=2027-03-08T23:00:00Z,endDate=2027-03-14T22:59:59Z}"),
        ("X-Apple-Action", "VACATION"),
        ("X-Apple-UUID", f"{hexid(8).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(12).lower()}"),
        ("MIME-Version", "1.0"),
    ], textpart(text, charset="UTF-8", cte="8bit"))


@msg(kind="other",
     note="A supplier sends the sound engineer its own invoice (radio-microphone rental) as a PDF: an invoice "
          "received, not a payment or a client reply.")
def m056():
    fl = "nicola"; F = FL[fl]
    text = """Buongiorno,

in allegato la fattura n. 512 del 28/02/2027 relativa al noleggio di n. 8 radiomicrofoni e n. 2 monitor per l'evento del 20-21 febbraio.
La fattura elettronica è stata trasmessa anche tramite SdI.

Pagamento: bonifico a 30 gg d.f. sul c/c indicato in fattura.

Cordiali saluti
Amministrazione
Audio Rent Campania srl
Via Argine 310 - 80147 Napoli
"""
    pdf = attachment("Fattura_512_2027_AudioRentCampania.pdf", "application/pdf", pdf_bytes("Fattura 512"))
    body = multipart("mixed", [textpart(text, charset="windows-1252", cte="quoted-printable"), pdf], "other")
    return message([
        ("Date", fdate(D(2027, 3, 1, 9, 40, 11))),
        ("From", addr("Audio Rent Campania - Amministrazione", "amministrazione@audiorentcampania.it")),
        ("To", F["addr"]),
        ("Subject", "Invio fattura n. 512 del 28/02/2027"),
        ("Message-ID", mid_generic("audiorentcampania.it")),
        ("X-Mailer", "Danea Easyfatt"),
        ("MIME-Version", "1.0"),
    ], body)


@msg(kind="client-reply-promise", promised_date="2027-03-05",
     note="South Tyrolean hotel owner, Italian with German bits: 'il pagamento viene fatto il 5 marzo' with the "
          "monthly supplier run.")
def m057():
    fl = "giulia"; F = FL[fl]
    subj = "Fattura n. 4/2027 - testi brochure estate e inverno"
    inv = mid_mailduns(fl, D(2027, 1, 15, 11, 0))
    sent = D(2027, 2, 22, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Hotel Alpenrose KG,", "4/2027", 976, dt.date(2027, 2, 14), sent)
    own = """Gentile Signora Ferraresi,

Entschuldigung, per il ritardo. Il pagamento viene fatto il 5 marzo, con nostro pagamento mensile per i fornitori. Prima non è possibile perché mio marito fa i bonifici solo una volta al mese.

Freundliche Grüße / Cordiali saluti
Monika Pichler
Hotel Alpenrose – Familie Pichler
Sexten / Sesto (BZ)"""
    qhead = ("Von: Giulia Ferraresi <" + F["addr"] + ">\nGesendet: Montag, 22. Februar 2027 09:00\n"
             "An: info@alpenrose-sexten.it\nBetreff: Re: " + subj)
    return outlook_reply(addr("Hotel Alpenrose", "info@alpenrose-sexten.it"), addr(F["name"], F["addr"]),
                         "AW: " + subj, D(2027, 2, 24, 16, 48, 5), own, qhead, quoted, [inv, rem], lang="de-DE")


@msg(kind="client-reply-dispute", amount="1220.00", currency="EUR", reference="2026/FP/094",
     note="Paid the invoice (€ 1.220,00 'saldato oggi') but refuses the late interest and the 40 euro because the "
          "invoice went to a wrong address: a dispute about the fees wins over the payment.")
def m058():
    fl = "davide"; F = FL[fl]
    subj = "Fattura 2026/FP/094 - corso antincendio rischio medio"
    inv = mid_mailduns(fl, D(2026, 11, 20, 17, 0))
    sent = D(2027, 2, 2, 8, 15)
    rem = mid_mailduns(fl, sent)
    quoted = letter("late_fee", fl, "Spett.le Cartotecnica Trevigiana srl,", "2026/FP/094", 1220,
                    dt.date(2026, 12, 20), sent, deadline=dt.date(2027, 2, 12), fees=True)
    own = """Buongiorno,

Vi comunichiamo che abbiamo saldato oggi la fattura 2026/FP/094 per l'importo di € 1.220,00.

Gli interessi di mora e i 40 euro di spese di recupero invece non li riconosciamo: la fattura era stata inviata al vecchio indirizzo dell'amministrazione, che Vi avevamo comunicato di non usare più già a settembre, e l'abbiamo vista solo a metà gennaio quando ce l'ha girata un collega. Il ritardo quindi non è dipeso da noi.

Distinti saluti
Ufficio Amministrazione
Cartotecnica Trevigiana srl"""
    qhead = outlook_head(sent, F["name"], F["addr"], "amministrazione@cartotecnicatrevigiana.it", "Re: " + subj)
    return outlook_reply(addr("Amministrazione Cartotecnica Trevigiana", "amministrazione@cartotecnicatrevigiana.it"),
                         addr(F["name"], F["addr"]), "R: " + subj, D(2027, 2, 4, 11, 26, 37), own, qhead, quoted,
                         [inv, rem], charset="windows-1252")


@msg(kind="client-reply-other",
     note="The husband answers that his wife (who handles it) is away until Sunday and he will pass the mail on: "
          "a human relay, not an auto-reply, no promise.")
def m059():
    fl = "marco"; F = FL[fl]
    subj = "Fattura 42/2026 - album e stampe matrimonio"
    inv = mid_mailduns(fl, D(2026, 10, 23, 18, 0))
    sent = D(2026, 11, 24, 9, 30)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Gentile Chiara Fabbri,", "42/2026", 480, dt.date(2026, 11, 22), sent)
    own = """Buongiorno, sono il marito di Chiara. Lei è fuori casa per lavoro fino a domenica e queste cose le segue lei, io non so nemmeno se l'ha già pagata o no.
Le giro la mail così quando torna le risponde.
Saluti
Stefano"""
    return gmail_reply(addr("Chiara Fabbri", "chiara.fabbri.ph@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 11, 25, 20, 15, 0), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="client-reply-paid", amount="2684.00", currency="EUR",
     note="The dairy's administration made one cumulative transfer for invoices 123/2026 and 125/2026, "
          "€ 2.684,00 in all: paid; two invoices, so no reference.")
def m060():
    fl = "giulia"; F = FL[fl]
    subj = "Riepilogo fatture aperte: n. 123/2026, 125/2026"
    sent = D(2026, 12, 15, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = statement(fl, "Spett.le Caseificio Sociale Valdenza soc. coop. agricola,",
                       [("123/2026", dt.date(2026, 10, 14), dt.date(2026, 11, 13), 1464),
                        ("125/2026", dt.date(2026, 11, 2), dt.date(2026, 12, 2), 1220)], sent, dt.date(2026, 12, 22))
    own = """Buongiorno,

si comunica che in data odierna è stato disposto un bonifico cumulativo a saldo delle fatture n. 123/2026 e n. 125/2026, per complessivi € 2.684,00 (valuta beneficiario 18/12/2026).

Distinti saluti
Amministrazione
Caseificio Sociale Valdenza Soc. Coop. Agricola
Via per Ciano 12 – 42027 Montecchio Emilia (RE)"""
    qhead = outlook_head(sent, F["name"], F["addr"], "amministrazione@caseificiovaldenza.it", "Re: " + subj,
                         style="old")
    return outlook_reply(addr("Amministrazione Caseificio Valdenza", "amministrazione@caseificiovaldenza.it"),
                         addr(F["name"], F["addr"]), "RE: " + subj, D(2026, 12, 16, 12, 0, 7), own, qhead, quoted,
                         [rem], html=False)


@msg(kind="payment-notification", amount="250.00", currency="EUR", reference="2027/9",
     note="PayPal 'Hai ricevuto un pagamento' with the payer's note 'saldo fattura 2027/9'.")
def m061():
    fl = "francesca"
    text = """Hai ricevuto un pagamento

Martina Colombo ti ha inviato 250,00 EUR

Nota di Martina Colombo:
"saldo fattura 2027/9 - grafica inviti battesimo. grazie!"

Dettagli transazione
ID transazione: 4RW81973KC552340P
Data transazione: 19 marzo 2027
Importo ricevuto: 250,00 EUR
Commissione: -9,10 EUR
Importo netto: 240,90 EUR

I fondi sono disponibili sul tuo conto PayPal.

Aiuto e Contatti | Sicurezza | App
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Lussemburgo
"""
    html = ("<html lang=\"it\"><head><meta charset=\"UTF-8\"></head><body style=\"font-family:'Helvetica Neue',"
            "Arial,sans-serif;background:#f2f2f2\"><table align=\"center\" width=\"600\" style=\"background:#fff\">"
            "<tr><td style=\"padding:30px\"><img src=\"https://www.paypalobjects.com/digitalassets/c/website/logo/"
            "full-text/pp_fc_hl.svg\" alt=\"PayPal\" height=\"24\"><h2 style=\"font-weight:normal\">Hai ricevuto un "
            "pagamento</h2><p>" + html_lines(text.split("\n", 2)[2]) + "</p></td></tr></table></body></html>\n")
    body = multipart("alternative", [textpart(text), textpart(html, "html")], "other")
    return message([
        ("Date", fdate(D(2027, 3, 19, 22, 14, 36))),
        ("From", addr("service@paypal.it", "service@paypal.it")),
        ("To", addr("Francesca Rinaldi", FL[fl]["addr"])),
        ("Subject", "Hai ricevuto un pagamento da Martina Colombo"),
        ("Message-ID", f"<{alnum(12, '0123456789abcdef')}.{alnum(12, '0123456789abcdef')}@mx.paypal.com>"),
        ("X-Email-Type-Id", "PPC000625"),
        ("MIME-Version", "1.0"),
    ], body)


@msg(kind="client-reply-dispute",
     note="Event organiser answers the invoice mail itself (no reminder yet): the sound at the wedding had "
          "problems, they will not pay in full and offer 600 instead of 900. A dispute; the 600 is a counter-offer.")
def m062():
    fl = "nicola"; F = FL[fl]
    subj = "Fattura n. 16/2026 - service audio matrimonio 28/11 Villa Le Ginestre"
    sent = D(2026, 11, 29, 21, 15)
    inv = mid_gmail()
    inv_text = """Buonasera Rossella,
ti mando la fattura per il service di ieri a Villa Le Ginestre (impianto, due radiomicrofoni, mixer e tecnico dalle 16 alle 2), come da preventivo 900 euro.
Per il pagamento trovi l'IBAN in fattura, scadenza 15 giorni.
Grazie per avermi chiamato, alla prossima!
Nicola Esposito
Service audio e tecnico del suono
"""
    own = """Ciao Nicola,
ti devo dire onestamente che il servizio di sabato non è stato all'altezza. Il radiomicrofono del testimone ha fischiato per tutto il discorso, e la canzone del primo ballo è partita con cinque minuti di ritardo perché non trovavi il file. Gli sposi si sono lamentati con noi il giorno dopo e mi hanno chiesto uno sconto sul mio compenso.

Non possiamo pagarti la cifra intera: ti proponiamo 600 euro invece di 900. Fammi sapere se ti va bene così rifai la fattura.

Rossella
Eventi Sorrentino – wedding & event planner"""
    return gmail_reply(addr("Rossella Sorrentino", "rossella@eventisorrentino.it"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 11, 30, 10, 12, 45), own, (sent, F["name"], F["addr"], inv_text), [inv])


@msg(kind="client-reply-promise", promised_date="2027-01-16", reference="2026/FP/089",
     note="Social cooperative: pays at 60 days from the invoice date per its rules, 'quindi il 16 gennaio'; the "
          "courtesy note's due date of 17 December is not the promise.")
def m063():
    fl = "davide"; F = FL[fl]
    subj = "Fattura 2026/FP/089 - formazione HACCP operatori mensa"
    inv = mid_mailduns(fl, D(2026, 11, 17, 16, 0))
    sent = D(2026, 12, 14, 8, 15)
    rem = mid_mailduns(fl, sent)
    quoted = letter("courtesy", fl, "Spett.le Cooperativa Sociale Il Germoglio,", "2026/FP/089", 732,
                    dt.date(2026, 12, 17), sent, issue=dt.date(2026, 11, 17))
    own = """Buongiorno Davide,

ti scrivo per chiarire: la vostra fattura 2026/FP/089 verrà pagata a 60 giorni data fattura, come previsto dal nostro regolamento acquisti (te l'avevamo indicato anche nell'ordine), quindi il 16 gennaio.
Scusa se non te l'avevamo ricordato, la scadenza a 30 giorni in fattura ci era sfuggita.

Un saluto
Elisa Bianchin
Amministrazione – Coop. Sociale Il Germoglio"""
    return gmail_reply(addr("Elisa Bianchin", "amministrazione@coopilgermoglio.it"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 12, 14, 12, 3, 29), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="client-reply-other",
     note="The bank's verification of payee warns that the name does not match; she asks whose name the account "
          "is in. Nothing paid yet, no date: a question.")
def m064():
    fl = "silvia"; F = FL[fl]
    subj = "Fattura SEO-26-077 - SEO sito studio legale"
    inv = mid_mailduns(fl, D(2026, 12, 10, 10, 0))
    sent = D(2027, 1, 20, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Studio Legale Pinna,", "SEO-26-077", 854, dt.date(2027, 1, 9), sent)
    own = """Buongiorno Silvia,
ho provato a fare il bonifico ma l'home banking mi dà un avviso: "il nome del beneficiario non corrisponde all'IBAN indicato" (la nuova verifica del beneficiario). Io ho scritto "Silvia Orrù", forse il conto è intestato a una ditta o a un altro nome? Non vorrei mandare i soldi a vuoto.
Mi fa sapere come devo scrivere l'intestatario?
Grazie
Avv. Paola Pinna"""
    return gmail_reply(addr("Paola Pinna", "avv.paolapinna@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 1, 21, 11, 0, 14), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="auto-reply",
     note="A medical centre's automatic acknowledgement (office hours, emergency numbers); no absence with a return "
          "day.")
def m065():
    fl = "francesca"; F = FL[fl]
    sent = D(2026, 12, 7, 21, 2)
    rem = mid_mailduns(fl, sent)
    text = """Grazie per averci scritto.

Questa è una risposta automatica. La segreteria del Poliambulatorio San Nicola risponde alle e-mail dal lunedì al venerdì, dalle 9:00 alle 13:00.
Per prenotazioni e disdette chiami il numero 080 5527310.
Per urgenze mediche contatti il 112 o la guardia medica.

Poliambulatorio San Nicola srl - Bari
"""
    return message([
        ("Date", fdate(D(2026, 12, 7, 21, 3, 2))),
        ("From", addr("Poliambulatorio San Nicola", "segreteria@poliambulatoriosannicola.it")),
        ("To", F["addr"]),
        ("Subject", "Risposta automatica - Poliambulatorio San Nicola"),
        ("Message-ID", mid_generic("poliambulatoriosannicola.it")),
        ("In-Reply-To", rem),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("MIME-Version", "1.0"),
    ], textpart(text, charset="windows-1252", cte="quoted-printable"))


@msg(kind="client-reply-paid", amount="890.00", currency="EUR",
     note="B&B owner in Apulian Italian: 't'ho fatto il bonifico stamatina, 890 euri'. 'Euri' is euros; no "
          "invoice number in her words.")
def m066():
    fl = "francesca"; F = FL[fl]
    subj = "Fattura 2026/64 - logo e sito B&B Casa Nonna Pina"
    inv = mid_mailduns(fl, D(2026, 12, 2, 11, 0))
    sent = D(2027, 1, 5, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Gentile Anna De Santis,", "2026/64", 890, dt.date(2027, 1, 1), sent)
    own = """Uè Francesca, tutto a posto, t'ho fatto il bonifico stamatina, 890 euri. Scusa assai ma sotto le feste qua è stato un manicomio, tutto pieno fino all'Epifania!
Grazie assai per il logo, è bellissimo, lo sto mettendo pure sulle tovagliette 😍
Anna"""
    return gmail_reply(addr("Anna De Santis", "casanonnapina.bb@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 1, 7, 12, 30, 8), own, (sent, F["name"], F["addr"], quoted), [inv, rem],
                       mobile_sig="Inviato da iPhone")


@msg(kind="client-reply-dispute",
     note="The association says the invoice wrongly charges VAT and omits the withholding; asks to cancel it with "
          "a credit note and reissue it. A request for a credit note: dispute.")
def m067():
    fl = "francesca"; F = FL[fl]
    subj = "Fattura 2026/60 - identità visiva stagione concertistica"
    inv = mid_mailduns(fl, D(2026, 10, 26, 16, 0))
    sent = D(2026, 11, 18, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("courtesy", fl, "Spett.le Associazione Musicale Note di Levante,", "2026/60", 1098,
                    dt.date(2026, 11, 25), sent, issue=dt.date(2026, 10, 26))
    own = """Gentile Francesca,

il nostro consulente, controllando la fattura prima del pagamento, ci segnala due problemi: è stata applicata l'IVA al 22% sull'intero importo, mentre secondo lui la prestazione rientra nel tuo regime forfettario (come l'anno scorso), e non è indicata la ritenuta.

Ti chiediamo quindi di stornare la fattura con una nota di credito e di riemetterla corretta; così com'è non possiamo registrarla né pagarla.

Grazie e a presto
Roberto Lavecchia
Tesoriere – Associazione Musicale Note di Levante"""
    return gmail_reply(addr("Roberto Lavecchia", "tesoreria@notedilevante.org"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2026, 11, 19, 17, 22, 54), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="bounce", failed_recipient="segreteria@poliambulatoriosannicola.it", permanent=True,
     note="Exchange NDR in Italian ('Non recapitabile', 'Il recapito non è riuscito'), 550 5.1.10 recipient not "
          "found: permanent.")
def m068():
    fl = "francesca"; F = FL[fl]
    orig_mid = mid_mailduns(fl, D(2027, 3, 5, 9, 0))
    text = """Il recapito non è riuscito per i seguenti destinatari o gruppi:

segreteria@poliambulatoriosannicola.it<mailto:segreteria@poliambulatoriosannicola.it>
L'indirizzo di posta elettronica che hai immesso non è stato trovato. Verifica l'indirizzo di posta elettronica del destinatario e prova a inviare di nuovo il messaggio. Se il problema persiste, contatta il supporto tecnico.






Informazioni di diagnostica per gli amministratori:

Server di generazione: AM8PR02MB7410.eurprd02.prod.outlook.com

segreteria@poliambulatoriosannicola.it
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Intestazioni originali del messaggio:

Date: Fri, 5 Mar 2027 09:00:00 +0100
From: Francesca Rinaldi <francesca@rinaldistudio.it>
To: segreteria@poliambulatoriosannicola.it
Subject: Re: Fattura 2027/11 - cartellonistica interna e segnaletica
Message-ID: """ + orig_mid + """
MIME-Version: 1.0
"""
    status = """Reporting-MTA: dns;AM8PR02MB7410.eurprd02.prod.outlook.com
Received-From-MTA: dns;smtp.rinaldistudio.it
Arrival-Date: Fri, 5 Mar 2027 08:00:03 +0000

Final-Recipient: rfc822;segreteria@poliambulatoriosannicola.it
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    orig = f"""Date: Fri, 5 Mar 2027 09:00:00 +0100
From: Francesca Rinaldi <{F['addr']}>
To: segreteria@poliambulatoriosannicola.it
Subject: Re: Fattura 2027/11 - cartellonistica interna e segnaletica
Message-ID: {orig_mid}
MIME-Version: 1.0
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Il recapito non è riuscito per i seguenti "
            "destinatari o gruppi:</font></b></p><font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\""
            "mailto:segreteria@poliambulatoriosannicola.it\">segreteria@poliambulatoriosannicola.it</a><br></font>"
            "<font color=\"#000000\" size=\"3\" face=\"Arial\">L'indirizzo di posta elettronica che hai immesso non è "
            "stato trovato.</font></p><p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
            "not found by SMTP address lookup'</p></body></html>\n")
    body = multipart("report", [
        multipart("alternative", [textpart(text, charset="iso-8859-1"), textpart(html, "html", charset="iso-8859-1")],
                  "outlook", params=" differences=Content-Type;"),
        rawpart("Content-Type: message/delivery-status\n", status),
        rawpart("Content-Type: text/rfc822-headers\n", orig),
    ], "outlook", params=" report-type=delivery-status;")
    return message([
        ("From", "postmaster@poliambulatoriosannicola.it"),
        ("To", F["addr"]),
        ("Date", fdate(D(2027, 3, 5, 9, 0, 5))),
        ("Content-Language", "it-IT"),
        ("Message-ID", f"<{hexid(8).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(12).lower()}@AM8PR02MB7410.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", orig_mid),
        ("References", orig_mid),
        ("Subject", "Non recapitabile: Re: Fattura 2027/11 - cartellonistica interna e segnaletica"),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("MIME-Version", "1.0"),
    ], body)


@msg(kind="client-reply-promise", promised_date="2027-02-03",
     note="One line from a band member: 'domani ti pago', written on Tuesday 2 February: the 3rd.")
def m069():
    fl = "marco"; F = FL[fl]
    subj = "Fattura 3/2027 - shooting promozionale band"
    inv = mid_mailduns(fl, D(2027, 1, 8, 15, 0))
    sent = D(2027, 2, 1, 9, 30)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Gentile Jacopo Nardini,", "3/2027", 350, dt.date(2027, 1, 29), sent)
    own = "ok scusa, domani ti pago. ciao\nJacopo"
    return gmail_reply(addr("Jacopo Nardini", "jacopo.fuoriorario@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 2, 2, 18, 30, 2), own, (sent, F["name"], F["addr"], quoted), [inv, rem],
                       mobile_sig="Inviato da Gmail per Android", plain_only=True)


@msg(kind="client-reply-paid", amount="1708.00", currency="EUR", reference="31/2026",
     note="Reply to the formal notice: the payment of € 1.708,00 for invoice 31/2026 'è stato effettuato in data "
          "odierna', receipt attached.")
def m070():
    fl = "chiara"; F = FL[fl]
    subj = "Fattura 31/2026 - direzione lavori capannone via Torino"
    inv = mid_mailduns(fl, D(2026, 12, 4, 12, 0))
    sent = D(2027, 3, 3, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("final", fl, "Spett.le Edil Canavese srl,", "31/2026", 1708, dt.date(2027, 1, 3), sent,
                    deadline=dt.date(2027, 3, 18), issue=dt.date(2026, 12, 4), fees=True)
    own = """Spett.le Arch. Lombardo,

con riferimento alla Sua diffida del 3 marzo u.s., Le comunichiamo che il pagamento di € 1.708,00 relativo alla fattura n. 31/2026 è stato effettuato in data odierna mediante bonifico bancario. Alleghiamo la contabile.

Il ritardo è stato causato dal mancato incasso di un SAL da parte del committente principale, del quale ci scusiamo.

Distinti saluti
Edil Canavese srl
L'Amministratore
Ivo Gianotti"""
    qhead = outlook_head(sent, F["name"], F["addr"], "edilcanavese@edilcanavese.it", "Re: " + subj)
    pdf = attachment("Contabile Bonifico 09032027.pdf", "application/pdf", pdf_bytes("Contabile"))
    return outlook_reply(addr("Edil Canavese srl", "edilcanavese@edilcanavese.it"), addr(F["name"], F["addr"]),
                         "R: " + subj, D(2027, 3, 9, 17, 45, 0), own, qhead, quoted, [inv, rem], attachments=[pdf])


@msg(kind="client-reply-other",
     note="'Grazie, ricevuta' plus where to send invoices next time: an acknowledgement with an administrative "
          "request, before the due date.")
def m071():
    fl = "silvia"; F = FL[fl]
    subj = "Fattura SEO-26-073 - report e attività SEO novembre"
    inv = mid_mailduns(fl, D(2026, 11, 2, 10, 0))
    sent = D(2026, 11, 10, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("courtesy", fl, "Spett.le Hotel Le Dune srl,", "SEO-26-073", 671, dt.date(2026, 11, 17), sent,
                    issue=dt.date(2026, 11, 2))
    own = """Buongiorno Silvia,
grazie, ricevuta.
Per la prossima volta ti chiedo di mandare le fatture direttamente a fornitori@hotelledune.it (oltre che a me), così entrano subito nel flusso dell'amministrazione e non si perdono nella mia casella.
Buona giornata
Marina Sechi
Marketing – Hotel Le Dune, Chia"""
    qhead = outlook_head(sent, F["name"], F["addr"], "m.sechi@hotelledune.it", "Re: " + subj)
    return outlook_reply(addr("Sechi Marina", "m.sechi@hotelledune.it"), addr(F["name"], F["addr"]), "R: " + subj,
                         D(2026, 11, 11, 8, 57, 40), own, qhead, quoted, [inv, rem])


@msg(kind="payment-notification", amount="366.00", currency="EUR", reference="5/2027",
     note="Stripe tells the freelancer a customer paid 366,00 € by card through her payment link, description "
          "'Fattura n. 5/2027'.")
def m072():
    fl = "giulia"
    text = """Stripe

Pagamento riuscito: 366,00 €

Hai ricevuto un nuovo pagamento da Energy Club ssd arl (info@energyclubferrara.it).

Importo: 366,00 €
Descrizione: Fattura n. 5/2027 - testi volantini e social corsi primavera
Metodo di pagamento: Visa •••• 4417
Data: 25 feb 2027, 15:39
ID pagamento: pi_3QzT8kLx27aHf1bQ0sW4Rk9c

I fondi saranno inclusi nel prossimo bonifico verso il tuo conto bancario.

Visualizza pagamento nella Dashboard: https://dashboard.stripe.com/payments/pi_3QzT8kLx27aHf1bQ0sW4Rk9c

Stripe Payments Europe, Limited - 1 Grand Canal Street Lower, Dublino 2, Irlanda
"""
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"background:#f6f9fc;font-family:-apple-system,"
            "'Segoe UI',Roboto,Helvetica,Arial,sans-serif\"><table width=\"100%\"><tr><td align=\"center\"><table "
            "width=\"600\" style=\"background:#fff;border-radius:8px\"><tr><td style=\"padding:32px;color:#414552\">"
            "<h1 style=\"font-size:22px;color:#1a1f36\">Pagamento riuscito: 366,00 €</h1><p>" +
            html_lines(text.split("\n", 5)[5]) + "</p></td></tr></table></td></tr></table></body></html>\n")
    body = multipart("alternative", [textpart(text), textpart(html, "html")], "other")
    return message([
        ("Date", fdate(D(2027, 2, 25, 15, 40, 12))),
        ("From", addr("Stripe", "notifications@stripe.com")),
        ("To", FL[fl]["addr"]),
        ("Subject", "Pagamento di 366,00 € da Energy Club ssd arl"),
        ("Message-ID", f"<{alnum(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}@stripe.com>"),
        ("MIME-Version", "1.0"),
    ], body)


@msg(kind="client-reply-dispute",
     note="The farm stay says the estimate was 600 flat and the invoice says 850; he will pay only the 600 agreed "
          "once a corrected invoice comes. A dispute; the 600 is conditional on a new invoice, so no amount.")
def m073():
    fl = "giulia"; F = FL[fl]
    subj = "Fattura n. 6/2027 - testi sito e schede camere"
    inv = mid_mailduns(fl, D(2027, 1, 22, 12, 0))
    sent = D(2027, 2, 25, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Agriturismo Il Casale dei Gelsi,", "6/2027", 850, dt.date(2027, 2, 21), sent)
    own = """Buongiorno Giulia,
scusi ma non ci siamo. Il preventivo che mi aveva mandato a novembre era di 600 euro tutto compreso (testi del sito + schede delle 6 camere), ce l'ho ancora nella mail. La fattura è di 850 e non capisco da dove escono i 250 in più, le traduzioni non le avevamo chieste noi.
Io pago i 600 che avevamo concordato: mi mandi una fattura con quell'importo e la saldo subito.
Saluti
Luciano Bartoccini
Agriturismo Il Casale dei Gelsi - Montefalco"""
    return gmail_reply(addr("Luciano Bartoccini", "casaledeigelsi@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 2, 26, 9, 15, 27), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="client-reply-paid", amount="1840.00", currency="EUR",
     note="Apple Mail, base64: paid in two transfers because of the daily limit, 1.500 yesterday and 340 today, 'in "
          "totale 1.840'. The amount is the stated total.")
def m074():
    fl = "silvia"; F = FL[fl]
    subj = "Fattura SEO-27-005 - strategia contenuti e link building"
    inv = mid_mailduns(fl, D(2027, 2, 1, 10, 0))
    sent = D(2027, 3, 22, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Vivaio Fiori di Sardegna di Luigi Porcu,", "SEO-27-005", 1840,
                    dt.date(2027, 3, 3), sent)
    own = """Ciao Silvia,
pagato! Ho dovuto fare 2 bonifici perché l'home banking ha il limite giornaliero: 1.500 ieri sera e 340 stamattina, in totale 1.840. Dovresti vederli arrivare separati.
Fammi sapere se torna tutto.
Luigi"""
    return apple_reply(addr("Luigi Porcu", "luigi@fioridisardegna.it"), addr(F["name"], F["addr"]), "Re: " + subj,
                       D(2027, 3, 23, 8, 50, 12), own, (sent, F["name"], F["addr"], quoted), [inv, rem], footer=None,
                       mailer="Apple Mail (2.3826.400.131.1.6)", cte="base64")


@msg(kind="client-reply-promise",
     note="The parish will approve and pay 'dopo Pasqua' (Easter 2027 is 28 March): a promise with no stated day.")
def m075():
    fl = "chiara"; F = FL[fl]
    subj = "Fattura 6/2027 - progetto ristrutturazione oratorio"
    inv = mid_mailduns(fl, D(2027, 1, 29, 11, 0))
    sent = D(2027, 3, 22, 9, 0)
    rem = mid_mailduns(fl, sent)
    quoted = letter("reminder", fl, "Spett.le Parrocchia San Giovanni Bosco,", "6/2027", 2562, dt.date(2027, 2, 28), sent)
    own = """Gentile Architetto,

mi scuso per il ritardo. Per spese di questo importo serve il parere del Consiglio per gli affari economici, che si riunirà dopo Pasqua: in quella sede approveremo il pagamento, e pagheremo subito dopo Pasqua.

La ringrazio per la pazienza e per il bellissimo lavoro, i ragazzi non vedono l'ora di vedere il nuovo oratorio.

Un cordiale saluto
don Luigi Ferrero
Parroco – Parrocchia San Giovanni Bosco, Moncalieri"""
    text = own + "\n\n" + q_thunderbird(sent, F["name"], quoted) + "\n"
    return message([
        ("Date", fdate(D(2027, 3, 24, 19, 5, 31))),
        ("From", addr("Parrocchia San Giovanni Bosco", "parrocchia.sgbosco@diocesi.torino.it")),
        ("To", addr(F["name"], F["addr"])),
        ("Subject", "Re: " + subj),
        ("Message-ID", f"<{hexid(8).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(4).lower()}-{hexid(12).lower()}@diocesi.torino.it>"),
        ("In-Reply-To", rem), ("References", f"{inv} {rem}"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("MIME-Version", "1.0"),
    ], textpart(text, charset="utf-8", params="; format=flowed", cte="8bit"))


@msg(kind="payment-notification", amount="150.00", currency="EUR", reference="2/2027",
     note="Postepay Evolution incoming transfer notice; causale 'ft 2/2027 registrazione saggio'.")
def m076():
    fl = "nicola"
    text = """Gentile Cliente,

ti informiamo che è stato accreditato un bonifico sulla tua carta Postepay Evolution che termina con 3318.

Importo: 150,00 €
Ordinante: BIANCHI ROSA
Causale: ft 2/2027 registrazione saggio
Data accredito: 17/02/2027

Puoi verificare il movimento nell'App Postepay o nell'area riservata di poste.it.

Cordiali saluti,
Poste Italiane

Questa comunicazione è generata automaticamente, si prega di non rispondere.
"""
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><div style=\"background:#ffcc00;padding:"
            "14px;font-weight:bold;color:#0047bb\">Postepay</div><div style=\"padding:14px\">" + html_lines(text) +
            "</div></body></html>\n")
    body = multipart("alternative", [textpart(text), textpart(html, "html")], "other")
    return message([
        ("Date", fdate(D(2027, 2, 17, 11, 20, 4))),
        ("From", addr("Postepay", "noreply@postepay.it")),
        ("To", FL[fl]["addr"]),
        ("Subject", "Accredito bonifico sulla tua Postepay Evolution"),
        ("Message-ID", mid_generic("comunicazioni.poste.it")),
        ("MIME-Version", "1.0"),
    ], body)


@msg(kind="client-reply-other",
     note="Answer to the promise follow-up: a question on the 2-euro stamp duty before paying. No new promise, no "
          "payment.")
def m077():
    fl = "marco"; F = FL[fl]
    subj = "Fattura 2/2027 - servizio fotografico battesimo"
    inv = mid_mailduns(fl, D(2027, 1, 7, 18, 0))
    sent = D(2027, 3, 15, 9, 30)
    rem = mid_mailduns(fl, sent)
    quoted = letter("promise_followup", fl, "Gentile Sonia Baldini,", "2/2027", 702, dt.date(2027, 2, 6), sent,
                    promise_date=dt.date(2027, 3, 10))
    own = """Ciao Marco,
hai ragione, scusa. Prima di farti il bonifico però toglimi un dubbio: i 2 euro della marca da bollo li devo aggiungere io o sono già compresi nei 702 della fattura? Il mio commercialista dice una cosa e mia sorella un'altra 😅
Sonia"""
    return gmail_reply(addr("Sonia Baldini", "sonia.baldini@gmail.com"), addr(F["name"], F["addr"]),
                       "Re: " + subj, D(2027, 3, 16, 13, 41, 7), own, (sent, F["name"], F["addr"], quoted), [inv, rem])


@msg(kind="auto-reply", return_date="2026-11-22",
     note="Gmail vacation responder of a yoga studio owner: 'in viaggio fino al 22 novembre' (the day named).")
def m078():
    fl = "silvia"; F = FL[fl]
    sent = D(2026, 11, 14, 9, 0)
    rem = mid_mailduns(fl, sent)
    text = """Ciao! Sono in viaggio fino al 22 novembre con accesso limitato alla posta.
Le lezioni in studio continuano regolarmente con Giada (per info 349 5512870).
Namasté 🙏
Roberta - Shanti Yoga Studio
"""
    body = multipart("alternative", [textpart(text), textpart("<div dir=\"ltr\">" + html_lines(text) + "</div>\n",
                                                              "html")], "gmail")
    return message([
        ("MIME-Version", "1.0"),
        ("Date", fdate(D(2026, 11, 14, 9, 0, 48))),
        ("References", rem),
        ("In-Reply-To", rem),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", mid_gmail()),
        ("Subject", "In viaggio fino al 22/11"),
        ("From", addr("Roberta Loi", "shantiyoga.cagliari@gmail.com")),
        ("To", F["addr"]),
    ], body)


@msg(kind="other",
     note="A photographers' association newsletter (courses, fairs, agreements): bulk mail unrelated to the invoice.")
def m079():
    fl = "marco"; F = FL[fl]
    text = """NEWSLETTER DICEMBRE 2026
Associazione Fotografi Professionisti Toscana

Ciao Marco,
ecco le novità del mese per i soci:

- Corso "Luce naturale nel reportage di matrimonio", Firenze, 23-24 gennaio 2027 (sconto soci 20%)
- Fiera "Sposi in Toscana", Prato, 6-7 febbraio: ultimi stand disponibili
- Nuova convenzione con il laboratorio di stampa FineArt Lab: 15% su album e stampe
- Promemoria: quota associativa 2027 entro il 31 gennaio

Buone feste da tutto il direttivo!

Ricevi questa e-mail perché sei socio AFPT. Per non ricevere più la newsletter: https://afpt.it/newsletter/disiscrivi?u=8812
"""
    html = ("<html><body style=\"font-family:Georgia,serif;background:#eee\"><table width=\"600\" align=\"center\" "
            "style=\"background:#fff\"><tr><td style=\"padding:24px\">" + html_lines(text) +
            "</td></tr></table></body></html>\n")
    body = multipart("alternative", [textpart(text), textpart(html, "html")], "other")
    return message([
        ("Date", fdate(D(2026, 12, 1, 7, 30, 0))),
        ("From", addr("AFPT - Fotografi Professionisti Toscana", "newsletter@afpt.it")),
        ("To", F["addr"]),
        ("Subject", "Newsletter dicembre: corsi, fiere e convenzioni per i soci"),
        ("Message-ID", mid_generic("mail.afpt.it")),
        ("List-Unsubscribe", "<https://afpt.it/newsletter/disiscrivi?u=8812>, <mailto:newsletter@afpt.it?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("MIME-Version", "1.0"),
    ], body)


@msg(kind="bounce", failed_recipient="bottegadellino@pec.it", permanent=True,
     note="PEC 'avviso di mancata consegna' for the formal notice sent by certified mail: the recipient PEC address "
          "is unknown (5.1.1), permanent. Dated after the switch to summer time (+0200).")
def m080():
    fl = "silvia"; F = FL[fl]
    pec_from = "silvia.orru@pec.it"
    when = D(2027, 3, 29, 10, 12, 40, tz=CEST)
    orig_id = f"<opec21027.20270329101233.{_rng.randint(100000, 999999)}.{_rng.randint(100, 999)}.1.53@pec.it>"
    subj = "diffida di pagamento e costituzione in mora – fattura n. SEO-27-003"
    text = f"""Errore nella consegna del messaggio
Il giorno 29/03/2027 alle ore 10:12:33 (+0200) nel messaggio
"{subj}" proveniente da "{pec_from}"
ed indirizzato a:
bottegadellino@pec.it ("posta certificata")
è stato rilevato un errore 5.1.1 - Utente non riconosciuto.
Il messaggio è stato rifiutato dal sistema.
Identificativo messaggio: {orig_id}
"""
    daticert = f"""<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="no-dest">
  <intestazione>
    <mittente>{pec_from}</mittente>
    <destinatari tipo="certificato">bottegadellino@pec.it</destinatari>
    <risposte>{pec_from}</risposte>
    <oggetto>{subj}</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0200">
      <giorno>29/03/2027</giorno>
      <ora>10:12:40</ora>
    </data>
    <identificativo>{orig_id[1:-1]}</identificativo>
    <msgid>{orig_id}</msgid>
    <consegna>bottegadellino@pec.it</consegna>
    <errore-esteso>5.1.1 - Utente non riconosciuto</errore-esteso>
  </dati>
</postacert>
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
            "<h3>Errore nella consegna del messaggio</h3><p>" + html_lines(text.split("\n", 1)[1]) + "</p></body></html>\n")
    inner = multipart("alternative", [textpart(text), textpart(html, "html")], "other")
    body = multipart("mixed", [inner,
                               rawpart('Content-Type: application/xml; name="daticert.xml"\n'
                                       'Content-Disposition: inline; filename="daticert.xml"\n'
                                       "Content-Transfer-Encoding: base64\n", b64lines(daticert.encode("utf-8")))],
                     "other")
    return message([
        ("Return-Path", "<posta-certificata@pec.aruba.it>"),
        ("Date", fdate(when)),
        ("From", "posta-certificata@pec.aruba.it"),
        ("To", pec_from),
        ("Subject", "AVVISO DI MANCATA CONSEGNA: " + subj),
        ("Message-ID", f"<opec21027.20270329101240.{_rng.randint(100000, 999999)}.{_rng.randint(100, 999)}.1.53@pec.aruba.it>"),
        ("X-Riferimento-Message-ID", orig_id),
        ("X-Ricevuta", "errore-consegna"),
        ("X-Trasporto", "errore"),
        ("X-Mittente", pec_from),
        ("MIME-Version", "1.0"),
    ], body)


# ============================================================================================
# Writing and checking
# ============================================================================================

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
ALLOWED = {"kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
           "failed_recipient", "permanent", "note"}
ORDER = ["kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
         "failed_recipient", "permanent", "note"]


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def all_text(m):
    out = []
    for part in m.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct in ("message/delivery-status",):
            for sub in part.get_payload():
                out.append(str(sub))
        elif ct == "message/rfc822":
            pass
    return "\n".join(out)


def amount_variants(a):
    whole, cents = a.split(".")
    n = int(whole)
    dotted = f"{n:,}".replace(",", ".")
    v = {f"{dotted},{cents}", f"{whole},{cents}", a, f"{dotted}.{cents}" if n >= 1000 else a}
    if cents == "00":
        v |= {dotted, whole, f"{dotted},-", f"{whole},-"}
    return v


def check(name, raw, lab):
    errs = []
    m = email.message_from_bytes(raw, policy=email.policy.default)
    for part in m.walk():
        if part.defects:
            errs.append(f"defects {part.defects}")
    for h in ("Date", "From", "Subject"):
        if m[h] is None:
            errs.append(f"no {h}")
    if not (m["Message-ID"] or m["Message-Id"]):
        errs.append("no Message-ID")
    when = email.utils.parsedate_to_datetime(str(m["Date"]))
    if when.tzinfo is None:
        errs.append("naive date")
    if not (dt.date(2026, 11, 1) <= when.date() <= dt.date(2027, 3, 31)):
        errs.append(f"date out of range {when}")
    if set(lab) - ALLOWED:
        errs.append(f"unknown keys {set(lab) - ALLOWED}")
    k = lab["kind"]
    if k not in KINDS:
        errs.append(f"bad kind {k}")
    if lab.get("language") != "it" or lab.get("split") != "dev":
        errs.append("language/split")
    if not lab.get("note"):
        errs.append("no note")
    text = all_text(m)
    if k.startswith("client-reply") and not m["In-Reply-To"] and not re.match(r"(Fwd|I|Inoltro):", str(m["Subject"])):
        errs.append("client reply without In-Reply-To")
    if "promised_date" in lab:
        if k != "client-reply-promise":
            errs.append("promised_date on non-promise")
        p = dt.date.fromisoformat(lab["promised_date"])
        if p < when.date():
            errs.append("promised_date before Date")
    if "return_date" in lab:
        if k != "auto-reply":
            errs.append("return_date on non-auto-reply")
        r = dt.date.fromisoformat(lab["return_date"])
        if r < when.date():
            errs.append("return_date before Date")
    if "amount" in lab:
        if not re.fullmatch(r"\d+\.\d\d", lab["amount"]):
            errs.append("amount format")
        elif not any(v in text for v in amount_variants(lab["amount"])):
            errs.append(f"amount {lab['amount']} not in text")
    if "currency" in lab and lab["currency"] != "EUR":
        errs.append("currency")
    if "currency" in lab and "amount" not in lab:
        errs.append("currency without amount")
    if "reference" in lab and lab["reference"].lower() not in text.lower():
        errs.append(f"reference {lab['reference']} not in text")
    if k == "bounce":
        if "failed_recipient" not in lab or "permanent" not in lab:
            errs.append("bounce without failed_recipient/permanent")
        elif lab["failed_recipient"] not in raw.decode("latin-1"):
            errs.append("failed_recipient not in message")
    elif "failed_recipient" in lab or "permanent" in lab:
        errs.append("failed_recipient/permanent on non-bounce")
    return errs, when, m


def main():
    entries = []
    errors = []
    ids = set()
    for i, (fn, labels) in enumerate(MESSAGES, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        raw = fn()
        lab = {"language": "it", "split": "dev"}
        lab.update(labels)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        entries.append((name, lab))
    for name, lab in entries:
        with open(os.path.join(HERE, name), "rb") as fh:
            raw = fh.read()
        errs, when, m = check(name, raw, lab)
        mid = str(m["Message-ID"] or m["Message-Id"])
        if mid in ids:
            errs.append("duplicate Message-ID")
        ids.add(mid)
        for e in errs:
            errors.append(f"{name}: {e}")
    lines = ["# round21-it: 80 Italian replies and notices reaching Italian freelancers (copywriter, wedding "
             "photographer, SEO, trainer, architect, sound engineer, designer) after an invoice and mailduns reminders", ""]
    for name, lab in entries:
        lines.append(f'[files."{name}"]')
        for key in ORDER:
            if key not in lab:
                continue
            v = lab[key]
            if isinstance(v, bool):
                lines.append(f"{key} = {'true' if v else 'false'}")
            else:
                lines.append(f"{key} = {toml_str(v)}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    try:
        import tomllib
        with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
            parsed = tomllib.load(fh)
        if len(parsed["files"]) != len(entries):
            errors.append("labels.toml: wrong count")
    except ImportError:
        pass
    counts = {}
    for _, lab in entries:
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
    for k in sorted(counts):
        print(f"{k:24s} {counts[k]}")
    print(f"total {len(entries)}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
