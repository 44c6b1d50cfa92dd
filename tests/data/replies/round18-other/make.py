#!/usr/bin/env python3
"""round18-other: 80 replies and other mail on the border of client-reply-other.

Writes r18o-0001.eml ... r18o-0080.eml and labels.toml next to this script, then re-parses every file
with email.message_from_bytes(..., policy=email.policy.default) and checks every label.
Standard library only. Every client's text below is written by hand, one message at a time; the helpers
only build MIME structure and render the freelancer's own reminders (mailduns templates) for quoting.
"""
import base64
import datetime as dt
import email
import email.policy
import html as htmlmod
import json
import os
import quopri
import re
import sys
import tomllib
from email.header import Header
from email.utils import formataddr, format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r18o"
DIR = "round18-other"

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}

# ---------------------------------------------------------------- MIME building (bytes, by hand)

_bcount = [0]


def boundary(style="gen"):
    _bcount[0] += 1
    n = _bcount[0]
    seed = (n * 2654435761) & 0xFFFFFFFF
    hexs = "%08x%08x" % (seed, (seed * 40503) & 0xFFFFFFFF)
    if style == "gmail":
        return "000000000000" + hexs[:12]
    if style == "outlook":
        return "_000_%s%sEURP%03dPRODOUTLOOK_" % (hexs[:8].upper(), hexs[8:].upper(), n)
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s" % (hexs[:8].upper(), hexs[8:12].upper(), hexs[12:16].upper(), hexs[:12].upper())
    if style == "java":
        return "----=_Part_%d_%d.%d" % (n * 7919, seed, 1700000000000 + n)
    return "----=_NextPart_%03d_%s" % (n, hexs.upper())


def enc_body(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def leaf(ctype, content, charset=None, cte="7bit", filename=None, disposition=None, extra=(), params=""):
    """A single MIME part: (header lines, body bytes)."""
    if isinstance(content, str):
        content = content.encode(charset or "ascii")
    ct = ctype
    if charset:
        ct += '; charset="%s"' % charset if not charset.startswith("!") else "; charset=%s" % charset[1:]
    ct += params
    if filename and disposition is not None:
        ct += '; name="%s"' % filename
    hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    if disposition:
        hdrs.append("Content-Disposition: %s%s" % (disposition, '; filename="%s"' % filename if filename else ""))
    hdrs.extend(extra)
    return (hdrs, enc_body(content, cte))


def fix_charset(charset):
    return charset[1:] if charset.startswith("!") else charset


def text(t, charset="utf-8", cte="quoted-printable", flowed=False):
    cs = fix_charset(charset)
    return leaf("text/plain", t.encode(cs), charset=charset, cte=cte,
                params="; format=flowed" if flowed else "")


def htmlpart(h, charset="utf-8", cte="quoted-printable"):
    cs = fix_charset(charset)
    return leaf("text/html", h.encode(cs, "xmlcharrefreplace"), charset=charset, cte=cte)


def multipart(subtype, parts, style="gen", preamble=None, params=""):
    b = boundary(style)
    hdrs = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, b, params)]
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for ph, pb in parts:
        out += b"\n--" + b.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb.rstrip(b"\n") + b"\n"
    out += b"\n--" + b.encode() + b"--\n"
    return (hdrs, out)


def alt(*parts, style="gen"):
    return multipart("alternative", parts, style)


def mixed(*parts, style="gen"):
    return multipart("mixed", parts, style)


def attach(ctype, data, filename, cte="base64", inline=False):
    return leaf(ctype, data, cte=cte, filename=filename, disposition="inline" if inline else "attachment")


def ah(name, addr, charset="utf-8"):
    """An address header value, RFC 2047 when the name is not ASCII."""
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)


def sh(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode(linesep="\n")


def when(s, tz, label=None):
    """'2027-01-12 09:14:03', '+0100' -> RFC 5322 date (optionally with ' (CET)')."""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone(off))
    out = format_datetime(d)
    if label:
        out += " (%s)" % label
    return out


def build(headers, body):
    """headers: list of (name, value); body: a part (hdrs, bytes). Returns the message bytes."""
    lines = []
    for name, value in headers:
        if name in ("Subject", "Thread-Topic"):
            value = sh(value)
        lines.append("%s: %s" % (name, value))
    if not any(n.lower() == "mime-version" for n, _ in headers):
        lines.append("MIME-Version: 1.0")
    lines.extend(body[0])
    return ("\n".join(lines) + "\n\n").encode("ascii") + body[1]


# ---------------------------------------------------------------- text helpers


def gq(t, mark=">"):
    """Quote every line Gmail-style."""
    out = []
    for line in t.rstrip("\n").split("\n"):
        out.append(mark if line == "" else mark + " " + line)
    return "\n".join(out) + "\n"


def esc(t):
    return htmlmod.escape(t, quote=False)


def paras_html(t, tag="div", br_empty=True):
    """Plain text -> simple HTML: one element per line, empty lines as <br>."""
    out = []
    for line in t.rstrip("\n").split("\n"):
        if line == "":
            out.append("<%s><br></%s>" % (tag, tag))
        else:
            out.append("<%s>%s</%s>" % (tag, esc(line), tag))
    return "\n".join(out)


def gmail_html(mine, attr=None, quoted=None):
    h = '<div dir="ltr">' + "".join(
        ("<div>%s</div>" % esc(l) if l else "<div><br></div>") for l in mine.rstrip("\n").split("\n")) + "</div>"
    if attr:
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">%s</blockquote></div>' % (esc(attr), "<br>\n".join(esc(l) for l in quoted.rstrip("\n").split("\n"))))
    return h + "\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 2.0cm 2.0cm 2.0cm;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(mine, header_block=None, quoted=None, charset="utf-8", lang="IT"):
    """Outlook reply markup: MsoNormal paragraphs, a border-top divider, header block in bold labels."""
    h = OUTLOOK_HEAD % (charset, lang)
    for l in mine.rstrip("\n").split("\n"):
        h += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) if l else "<o:p>&nbsp;</o:p>")
    if header_block:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        h += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              '<p class="MsoNormal"><b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">')
        parts = []
        for l in header_block.rstrip("\n").split("\n"):
            k, _, v = l.partition(":")
            parts.append("%s:</span></b><span style=\"font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif\"> %s" % (esc(k), esc(v.strip())))
        h += '<br>\n<b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'.join(parts)
        h += "<o:p></o:p></span></p>\n</div>\n"
        for l in quoted.rstrip("\n").split("\n"):
            h += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) if l else "<o:p>&nbsp;</o:p>")
    h += "</div>\n</body>\n</html>\n"
    return h


def apple_html(mine, attr=None, quoted=None):
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">')
    h += "".join(("<div>%s</div>" % esc(l) if l else "<div><br></div>") for l in mine.rstrip("\n").split("\n"))
    if attr:
        h += ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline">'
              '<div><div>%s</div></div></blockquote></div>' % (
                  esc(attr), "<br>".join(esc(l) for l in quoted.rstrip("\n").split("\n"))))
    return h + "</body></html>\n"


# ---------------------------------------------------------------- the freelancer's reminders (mailduns wording)


def pay_it(p):
    if not p:
        return "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione.\n"
    s = "Per il pagamento:\n- beneficiario: %s\n- IBAN: %s\n" % (p["beneficiary"], p["iban"])
    if p.get("bic"):
        s += "- BIC: %s\n" % p["bic"]
    s += "- causale: %s\n" % p["reference"]
    return s


def pay_es(p):
    if not p:
        return "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación.\n"
    s = "Datos para el pago:\n- beneficiario: %s\n- IBAN: %s\n" % (p["beneficiary"], p["iban"])
    if p.get("bic"):
        s += "- BIC: %s\n" % p["bic"]
    s += "- concepto: %s\n" % p["reference"]
    if p.get("link"):
        s += "- pago en línea: %s\n" % p["link"]
    return s


def pay_en(p):
    if not p:
        return "The payment details are on the invoice, in my original email in this thread.\n"
    s = "Payment details:\n- Account name: %s\n- IBAN: %s\n" % (p["beneficiary"], p["iban"])
    if p.get("bic"):
        s += "- BIC (SWIFT): %s\n" % p["bic"]
    s += "- Payment reference: %s\n" % p["reference"]
    if p.get("link"):
        s += "- Pay online: %s\n" % p["link"]
    return s


def art_il(d):
    return ("l'" if d.startswith(("8 ", "11 ")) else "il ") + d


def rem_it(step, salut, num, amount, due, owner, pay=None, issue=None, deadline=None):
    a = " di %s" % amount if amount else ""
    if step == "courtesy":
        em = ", emessa %s," % art_il(issue) if issue else ""
        body = ("un breve promemoria: la fattura n. %s%s%s è in scadenza %s.\n\n"
                "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                % (num, a, em, art_il(due)))
        return "%s\n\n%s%s\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n%s\n" % (
            salut, body, pay_it(pay), owner)
    if step == "due":
        body = ("un promemoria: la fattura n. %s%s è scaduta %s. Se il pagamento non è ancora stato disposto, "
                "chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                % (num, a, art_il(due)))
        return "%s\n\n%s%s\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n%s\n" % (
            salut, body, pay_it(pay), owner)
    if step == "reminder":
        body = ("da un controllo la fattura n. %s%s, scaduta %s, risulta ancora da saldare. Potrebbe trattarsi di una "
                "semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
                % (num, a, art_il(due)))
        return "%s\n\n%s%s\nCordiali saluti,\n%s\n" % (salut, body, pay_it(pay), owner)
    if step == "final":
        head = "Oggetto: diffida di pagamento e costituzione in mora – fattura n. %s%s\n\n" % (
            num, " del " + issue if issue else "")
        body = ("la fattura n. %s%s, scaduta %s, risulta ancora da saldare nonostante i precedenti solleciti.\n\n"
                "Con la presente chiedo formalmente il pagamento di %s entro %s. La presente vale quale atto di "
                "costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini "
                "dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle "
                "sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a "
                "carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, "
                "sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di "
                "indicarmi la data del bonifico, così da poterlo verificare.\n\n"
                % (num, a, art_il(due), amount, art_il(deadline)))
        return "%s%s\n\n%s%s\nCordiali saluti,\n%s\n" % (head, salut, body, pay_it(pay), owner)
    raise ValueError(step)


def rem_es(step, salut, num, amount, due, owner, pay=None, issue=None, deadline=None):
    a = " de %s" % amount if amount else ""
    if step == "courtesy":
        em = ", emitida el %s," % issue if issue else ""
        body = ("Un breve recordatorio: la factura n.º %s%s%s vence el %s.\n\n"
                "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n" % (num, a, em, due))
        return "%s\n\n%s%s\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n%s\n" % (
            salut, body, pay_es(pay), owner)
    if step == "due":
        body = ("La factura n.º %s%s venció el %s y, según mis registros, el pago aún no consta. Agradecería que se "
                "tramitara en los próximos días.\n\n"
                "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n" % (num, a, due))
        return "%s\n\n%s%s\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n%s\n" % (
            salut, body, pay_es(pay), owner)
    if step == "reminder":
        body = ("Revisando mis cuentas, veo que la factura n.º %s%s, vencida el %s, sigue pendiente de pago. "
                "Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.\n\n"
                "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la "
                "transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos "
                "aclararlo por esta misma vía.\n\n" % (num, a, due))
        return "%s\n\n%s%s\nUn cordial saludo,\n%s\n" % (salut, body, pay_es(pay), owner)
    if step == "final":
        body = ("La factura n.º %s, emitida el %s, venció el %s y, pese a los recordatorios enviados anteriormente, "
                "sigue pendiente de pago por un importe de %s.\n\n"
                "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de %s "
                "a más tardar el %s.\n\n"
                "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
                "retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                "responder a este correo.\n\n"
                "Si para el %s no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a la "
                "reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría "
                "sinceramente evitarlo.\n\n"
                "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en "
                "ese caso, basta una breve respuesta con la fecha de la transferencia.\n\n"
                % (num, issue, due, amount, amount, deadline, deadline))
        return "Asunto: Requerimiento de pago de la factura n.º %s\n\n%s\n\n%s%s\nAtentamente,\n%s\n" % (
            num, salut, body, pay_es(pay), owner)
    raise ValueError(step)


def rem_en(step, salut, num, amount, due, owner, pay=None, issue=None, deadline=None, client=None):
    a = " for %s" % amount if amount else ""
    if step == "courtesy":
        em = ", issued on %s," % issue if issue else ""
        body = ("This is a friendly reminder that invoice %s%s%s is due for payment on %s.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.\n\n" % (num, a, em, due))
        return "%s\n\n%s%s\nIf you have any questions, just reply to this email.\n\nKind regards,\n%s\n" % (
            salut, body, pay_en(pay), owner)
    if step == "due":
        body = ("This is a quick reminder that invoice %s%s was due for payment on %s. If it has not been paid yet, "
                "I would be grateful if you could arrange payment in the next few days.\n\n"
                "If you have already paid, thank you, and please disregard this reminder.\n\n" % (num, a, due))
        return "%s\n\n%s%s\nIf you have any questions, just reply to this email.\n\nKind regards,\n%s\n" % (
            salut, body, pay_en(pay), owner)
    if step == "reminder":
        body = ("According to my records, invoice %s%s, due on %s, has not yet been paid. It may simply have been "
                "overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
                "If you have already paid, thank you – please let me know the payment date so that I can update my "
                "records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
                % (num, a, due))
        return "%s\n\n%s%s\nKind regards,\n%s\n" % (salut, body, pay_en(pay), owner)
    if step == "thank_you":
        return ("%s\n\nThank you for your payment of %s for invoice %s, which I received on %s.\n\n"
                "If there is anything else I can do for you, just let me know.\n\nKind regards,\n%s\n" % (
                    salut, amount, num, due, owner))
    if step == "final":
        s = "Final notice before debt recovery\n\n"
        if client:
            s += "To: %s\n" % client
        s += "Date: %s\nInvoice: %s, issued on %s, due on %s\nAmount due: %s\nPayment deadline: %s\n\n" % (
            issue[1], num, issue[0], due, amount, deadline)
        s += salut + "\n\n"
        s += ("Despite my previous reminders, invoice %s for %s, which was due for payment on %s, remains unpaid.\n\n"
              "I therefore formally request payment of %s by %s.\n\n"
              "If payment is not received by that date, I intend to take steps to recover the debt. These may include "
              "referring the matter to a debt collection agency or a solicitor and, if necessary, starting court "
              "proceedings.\n\n"
              "I would much rather resolve this with you directly. If there is a reason for the delay, or if you would "
              "like to propose a payment plan, please reply to this email before %s.\n\n"
              "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would "
              "help if you could let me know the payment date so that I can update my records.\n\n"
              % (num, amount, due, amount, deadline, deadline))
        s += pay_en(pay) + "\n" + ("Yours sincerely,\n" if not salut.startswith("Dear Sir") else "Yours faithfully,\n") + owner + "\n"
        return s
    raise ValueError(step)


# ---------------------------------------------------------------- small binary attachments

PDF = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\n"
       b"endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + bytes.fromhex("ffd9")


def pdf(title):
    return PDF.replace(b"%%EOF", b"% " + title.encode("latin-1", "replace") + b"\n%%EOF")


# ---------------------------------------------------------------- the messages

MESSAGES = []


def add(raw, **label):
    MESSAGES.append((raw, label))


# ---------------------------------------------------------------- owners (the freelancers whose mailbox this is)

GIULIA = ("Giulia Ferrante", "giulia@ferrantestudio.it")
MARCO = ("Marco Bellandi", "fatture@bellandi.dev")
ELENA = ("Elena Sartori", "elena.sartori@studiosartori.eu")
LUCIA = ("Lucía Ortega Prats", "lucia@ortegatraducciones.es")
ANDREU = ("Andreu Vidal Puig", "hola@andreuvidal.cat")
JAVIER = ("Javier Montero", "javier@monteroseo.es")
TOM = ("Tom Harker", "tom@harkercopy.co.uk")
PRIYA = ("Priya Nair", "priya@nairdev.ie")
SAM = ("Sam Okafor", "studio@samokafor.com")


def pay_giulia(ref):
    return {"beneficiary": "Giulia Ferrante", "iban": "IT47K0306902477100000004512", "bic": "BCITITMM", "reference": ref}


def pay_marco(ref):
    return {"beneficiary": "Marco Bellandi", "iban": "IT12R0366901600345127788901", "reference": ref}


def pay_lucia(ref):
    return {"beneficiary": "Lucía Ortega Prats", "iban": "ES9121000418450200051332", "bic": "CAIXESBBXXX", "reference": ref}


def pay_andreu(ref):
    return {"beneficiary": "Andreu Vidal Puig", "iban": "ES7600810216730001123456", "reference": ref}


def pay_tom(ref):
    return {"beneficiary": "Tom Harker", "iban": "GB71MONZ04000412345678", "bic": "MONZGB2L", "reference": ref}


def pay_priya(ref):
    return {"beneficiary": "Priya Nair", "iban": "IE64AIBK93115212345678", "bic": "AIBKIE2D", "reference": ref,
            "link": "https://pay.nairdev.ie/i/INV-0193"}


def pay_priya_noln(ref):
    return {"beneficiary": "Priya Nair", "iban": "IE64AIBK93115212345678", "bic": "AIBKIE2D", "reference": ref}


def me(owner):
    return ah(owner[0], owner[1])


# ================================================================ ITALIAN

# --- it: the secretary forwarded the reminder to the accounts office
q = rem_it("reminder", "Spett.le Tipografia Baldini snc,", "2026/087", "1.464,00 €", "10 novembre 2026",
           "Giulia Ferrante", pay_giulia("Fattura n. 2026/087"))
hb = ("Da: Giulia Ferrante <giulia@ferrantestudio.it>\nInviato: martedì 17 novembre 2026 09:00\n"
      "A: info@tipografiabaldini.it\nOggetto: Fattura n. 2026/087 - Tipografia Baldini snc")
mine = """Buongiorno Giulia,

ho ricevuto il suo sollecito e l'ho girato stamattina alla nostra amministrazione (amministrazione@tipografiabaldini.it), che segue i pagamenti ai fornitori: il sig. Baldini è fuori per una fiera fino a fine settimana e io purtroppo non ho accesso alla banca.

Se ci sono novità le faccio sapere io, altrimenti la contatteranno direttamente loro.

Cordiali saluti

Monica Zanetti
Segreteria – Tipografia Baldini snc
Via dell'Industria 14, 40138 Bologna
Tel. 051 532118
"""
add(build([
    ("From", ah("Monica Zanetti - Tipografia Baldini", "info@tipografiabaldini.it")),
    ("To", me(GIULIA)),
    ("Cc", "amministrazione@tipografiabaldini.it"),
    ("Subject", "R: Fattura n. 2026/087 - Tipografia Baldini snc"),
    ("Date", when("2026-11-18 10:42:17", "+0100")),
    ("Message-ID", "<AM9PR04MB8211C3D0A7F1E2B4@AM9PR04MB8211.eurprd04.prod.outlook.com>"),
    ("In-Reply-To", "<mailduns.2026-11-17.2026-087.r1@ferrantestudio.it>"),
    ("References", "<inv.2026-087@ferrantestudio.it> <mailduns.2026-11-17.2026-087.r1@ferrantestudio.it>"),
    ("Thread-Topic", "Fattura n. 2026/087 - Tipografia Baldini snc"),
    ("Content-Language", "it-IT"),
    ("X-MS-Has-Attach", ""),
], alt(text(mine + "\n" + hb + "\n\n" + q), htmlpart(outlook_html(mine, hb, q)), style="outlook")),
    kind="client-reply-other", language="it",
    note="The secretary passed the reminder to the accounts office; she neither says it is paid nor that it will be; 'fino a fine settimana' is the boss's absence, not a payment day.")

# --- it: a lawyer asks about the withholding tax before paying
q = rem_it("courtesy", "Spett.le Studio Legale Carminati & Associati,", "52/2026", "780,00 €", "10 dicembre 2026",
           "Elena Sartori", None, issue="10 novembre 2026")
mine = """Gentile dott.ssa Sartori,

grazie del promemoria. Prima di disporre il bonifico le chiedo un chiarimento: in fattura non è indicata la ritenuta d'acconto, mentre lo studio, in quanto sostituto d'imposta, di norma la applica sulle prestazioni professionali. Lei è in regime forfettario? In tal caso le sarei grato se potesse confermarmelo per iscritto, così lo giro alla nostra commercialista che altrimenti mi rimanda indietro la pratica.

Resto in attesa, grazie.

Avv. Paolo Carminati
Studio Legale Carminati & Associati
Corso Vittorio Emanuele II 112 - 10121 Torino
"""
attr = "Il giorno gio 3 dic 2026 alle ore 08:00 Elena Sartori <elena.sartori@studiosartori.eu> ha scritto:"
add(build([
    ("From", ah("Paolo Carminati", "p.carminati@studiocarminati.it")),
    ("To", me(ELENA)),
    ("Subject", "Re: Fattura n. 52/2026 - promemoria scadenza"),
    ("Date", when("2026-12-03 18:27:40", "+0100")),
    ("Message-ID", "<CAF8kq2Lw0u=Vn5R1xQm7pYz3bT@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2026-12-03.52-2026.c@studiosartori.eu>"),
    ("References", "<inv-52-2026@studiosartori.eu> <mailduns.2026-12-03.52-2026.c@studiosartori.eu>"),
], text(mine + "\n" + attr + "\n\n" + gq(q), cte="8bit")),
    kind="client-reply-other", language="it",
    note="A question about the ritenuta d'acconto asked 'before paying': it neither contests the amount nor refuses; no promise either; the number is only in the quoted reminder.")

# --- it: iPhone, resend as PDF
q = rem_it("due", "Gentile Roberta Gatti,", "2026/114", "610,00 €", "12 gennaio 2027", "Marco Bellandi",
           pay_marco("Fattura 2026/114"))
mine = """Buonasera Marco, me la rimanda in pdf? Dal cassetto fiscale vedo solo il file xml e col telefono non riesco ad aprirlo. Grazie

Roberta

Inviato da iPhone
"""
attr = "Il giorno 14 gen 2027, alle ore 09:02, Marco Bellandi <fatture@bellandi.dev> ha scritto:"
add(build([
    ("From", ah("Roberta Gatti", "b.b.lecorti@libero.it")),
    ("To", ah("Marco Bellandi", "fatture@bellandi.dev")),
    ("Subject", "Re: Fattura 2026/114 - B&B Le Corti"),
    ("Date", when("2027-01-14 21:16:05", "+0100")),
    ("Message-ID", "<6E1F0B4C-93A2-4D7E-8C11-2B7A5F0C9D31@libero.it>"),
    ("In-Reply-To", "<mailduns.2027-01-14.2026-114.d@bellandi.dev>"),
    ("References", "<fattura-2026-114@bellandi.dev> <mailduns.2027-01-14.2026-114.d@bellandi.dev>"),
    ("X-Mailer", "iPhone Mail (22C152)"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q), flowed=True), htmlpart(apple_html(mine, attr, q)), style="apple")),
    kind="client-reply-other", language="it",
    note="Asks for the invoice as a PDF because the XML will not open; no word on paying.")

# --- it: new SDI code for future invoices (circular sent as a reply)
mine = """Gentile fornitore,

con la presente vi comunichiamo che dal 1° gennaio 2027 la nostra società passerà a un nuovo intermediario per la fatturazione elettronica. Il codice destinatario SDI da indicare sulle fatture emesse a partire da tale data è: KRRH6B9. La PEC resta invariata (arredamentirossetti@legalmail.it).

Le fatture già emesse e inviate al codice precedente, compresa la vostra n. 2026/095, restano valide e non devono essere riemesse.

Vi ringraziamo per la collaborazione.

Distinti saluti

Ufficio Amministrazione
Arredamenti Rossetti S.r.l.
Via Emilia Ponente 311 - 40133 Bologna
P.IVA 01928370374

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora il messaggio vi fosse pervenuto per errore, vi preghiamo di eliminarlo e di darne comunicazione al mittente.
"""
hb = ("Da: Giulia Ferrante <giulia@ferrantestudio.it>\nInviato: lunedì 30 novembre 2026 17:21\n"
      "A: Amministrazione Arredamenti Rossetti <amministrazione@arredamentirossetti.it>\n"
      "Oggetto: Invio fattura 2026/095")
q = """Buonasera,

in allegato la fattura n. 2026/095 relativa al nuovo catalogo 2027 (impaginazione e ritocco foto), già trasmessa anche tramite SdI.

Scadenza a 30 giorni data fattura, come da accordi.

Grazie e buona serata,
Giulia Ferrante
Ferrante Studio - grafica e comunicazione
"""
add(build([
    ("From", ah("Amministrazione Arredamenti Rossetti", "amministrazione@arredamentirossetti.it")),
    ("To", me(GIULIA)),
    ("Subject", "R: Invio fattura 2026/095"),
    ("Date", when("2026-12-15 11:05:52", "+0100")),
    ("Message-ID", "<000a01dc6d3e$4b1c2e90$e1548bb0$@arredamentirossetti.it>"),
    ("In-Reply-To", "<inv.2026-095@ferrantestudio.it>"),
    ("References", "<inv.2026-095@ferrantestudio.it>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Index", "AQHbTj7mYqXw1s0QkU2d9Z7aLh3H1Q=="),
], alt(text(mine + "\n" + hb + "\n\n" + q, charset="windows-1252"),
       htmlpart(outlook_html(mine, hb, q, charset="windows-1252"), charset="windows-1252"), style="outlook")),
    kind="client-reply-other", language="it", reference="2026/095",
    note="Notice of a new SDI recipient code from 2027; says explicitly that invoice 2026/095 stays valid: no dispute, no payment news.")

# --- it: invoice sent to the old SDI code: credit note asked, payment withheld
q = rem_it("reminder", "Spett.le Ceramiche Valdera S.r.l.,", "2026/121", "2.318,00 €", "31 dicembre 2026",
           "Marco Bellandi", pay_marco("Fattura 2026/121"))
hb = ("-----Messaggio originale-----\nDa: Marco Bellandi <fatture@bellandi.dev>\nInviato: martedì 19 gennaio 2027 09:00\n"
      "A: contabilita@ceramichevaldera.it\nOggetto: Fattura 2026/121 - Ceramiche Valdera")
mine = """Buongiorno,

la fattura 2026/121 non ci risulta perché è stata trasmessa al vecchio codice destinatario (0000000 / PEC), mentre a ottobre vi avevamo comunicato il nuovo codice M5UXCR1. Di conseguenza nel nostro gestionale non è mai entrata e non possiamo né registrarla né metterla in pagamento.

Vi chiediamo di emettere nota di credito a storno totale e di riemettere la fattura con il codice corretto. Appena la riceviamo passa nel normale giro dei pagamenti a 60 gg d.f.

Saluti

Silvia Pardini
Ufficio contabilità fornitori
Ceramiche Valdera S.r.l.
"""
add(build([
    ("From", ah("Silvia Pardini", "contabilita@ceramichevaldera.it")),
    ("To", me(MARCO)),
    ("Subject", "RE: Fattura 2026/121 - Ceramiche Valdera"),
    ("Date", when("2027-01-20 09:31:08", "+0100")),
    ("Message-ID", "<DB8P191MB0612A61F4C2E9D@DB8P191MB0612.EURP191.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", "<mailduns.2027-01-19.2026-121.r1@bellandi.dev>"),
    ("References", "<fattura-2026-121@bellandi.dev> <mailduns.2027-01-19.2026-121.r1@bellandi.dev>"),
    ("Content-Language", "it-IT"),
], alt(text(mine + "\n" + hb + "\n\n" + q, charset="windows-1252"),
       htmlpart(outlook_html(mine, hb.split("\n", 1)[1], q, charset="windows-1252"), charset="windows-1252"),
       style="outlook")),
    kind="client-reply-dispute", language="it", reference="2026/121",
    note="Sent to the wrong SDI code: they ask for a full credit note and a new invoice and will not pay until then; '60 gg d.f.' is their normal term, not a promised day.")

# --- it: the transfer came back (wrong IBAN?), nothing sent again yet
q = rem_it("due", "Gentile Fabio Orlandi,", "2026/102", "427,00 €", "30 novembre 2026", "Giulia Ferrante",
           pay_giulia("Fattura n. 2026/102"))
mine = """Buonasera Giulia,
il bonifico che le avevo fatto il 2 dicembre oggi mi è tornato indietro, la banca scrive "storno - coordinate beneficiario errate". Io l'IBAN l'ho copiato dalla fattura, pero adesso confrontandolo con quello di questa mail mi sembra che ci sia una cifra diversa. Mi può dire qual è quello giusto?
Grazie
Fabio Orlandi
Orlandi Impianti - Casalecchio
"""
attr = "Il giorno mer 9 dic 2026 alle ore 08:00 Giulia Ferrante <giulia@ferrantestudio.it> ha scritto:"
add(build([
    ("From", ah("Fabio Orlandi", "orlandi.impianti@gmail.com")),
    ("To", me(GIULIA)),
    ("Subject", "Re: Fattura n. 2026/102"),
    ("Date", when("2026-12-09 19:48:33", "+0100")),
    ("Message-ID", "<CAOr1dn4Qk=2mJbX9sT0wLcE5hV+ruY@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2026-12-09.2026-102.d@ferrantestudio.it>"),
    ("References", "<inv.2026-102@ferrantestudio.it> <mailduns.2026-12-09.2026-102.d@ferrantestudio.it>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-other", language="it",
    note="The payment bounced back and nothing has been sent again: he asks which IBAN is right; not a paid claim (the money never arrived) and no promise.")

# --- it: the mother-in-law pays
q = rem_it("courtesy", "Gentile Chiara Fumagalli,", "2026/090", "320,00 €", "30 novembre 2026", "Giulia Ferrante",
           pay_giulia("Fattura n. 2026/090"), issue="31 ottobre 2026")
mine = """Ciao Giulia!! Scusa mi ero completamente dimenticata di dirtelo, le partecipazioni alla fine ce le regala mia suocera 😅 le ho girato la tua mail con l'iban, dovrebbe sentirti lei direttamente. Se ti scrive una certa Franca Colombo è lei!!
Un abbraccio e grazie ancora, sono bellissime ❤️
Chiara
"""
attr = "Il giorno lun 23 nov 2026 alle ore 09:00 Giulia Ferrante <giulia@ferrantestudio.it> ha scritto:"
add(build([
    ("From", ah("Chiara Fumagalli", "chiara.fuma91@gmail.com")),
    ("To", me(GIULIA)),
    ("Subject", "Re: Fattura n. 2026/090 - partecipazioni"),
    ("Date", when("2026-11-23 13:05:12", "+0100")),
    ("Message-ID", "<CAJx7w2pR9fNq0s=Tz8yUo1bLmA4Gk@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2026-11-23.2026-090.c@ferrantestudio.it>"),
    ("References", "<inv.2026-090@ferrantestudio.it> <mailduns.2026-11-23.2026-090.c@ferrantestudio.it>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q), cte="base64"), htmlpart(gmail_html(mine, attr, q), cte="base64"),
       style="gmail")),
    kind="client-reply-other", language="it",
    note="Someone else (the mother-in-law) will deal with it; Chiara promises nothing herself and no day is given.")

# --- it: the dentist dislikes the automatic reminder
q = rem_it("reminder", "Gentile Mauro Pellegrini,", "2027/004", "366,00 €", "31 gennaio 2027", "Marco Bellandi",
           pay_marco("Fattura 2027/004"))
mine = """Marco,

francamente mi ha sorpreso ricevere un sollecito dopo nemmeno dieci giorni, e per di più con quel tono da ufficio recupero crediti. Sono tuo cliente da cinque anni per il sito dello studio e non mi pare di averti mai fatto aspettare.

Ho chiesto a Valentina in segreteria di verificare con il commercialista cosa è successo con questa fattura. Ti faccio sapere.

Mauro

Dr. Mauro Pellegrini
Studio Dentistico Pellegrini
"""
attr = "Il giorno 9 feb 2027, alle ore 09:00, Marco Bellandi <fatture@bellandi.dev> ha scritto:"
add(build([
    ("From", ah("Mauro Pellegrini", "mauro.pellegrini@studiopellegrini.it")),
    ("To", me(MARCO)),
    ("Subject", "Re: Fattura 2027/004 - manutenzione sito"),
    ("Date", when("2027-02-09 20:12:44", "+0100")),
    ("Message-ID", "<A3C9E1D2-5B7F-4E08-9A61-0F2D84C7B5E3@studiopellegrini.it>"),
    ("In-Reply-To", "<mailduns.2027-02-09.2027-004.r1@bellandi.dev>"),
    ("References", "<fattura-2027-004@bellandi.dev> <mailduns.2027-02-09.2027-004.r1@bellandi.dev>"),
    ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(apple_html(mine, attr, q)), style="apple")),
    kind="client-reply-other", language="it",
    note="A complaint about the reminder's tone plus 'I'll check and let you know': no paid claim, no promise, the invoice itself is not contested.")

# --- it: asks whether the payment arrived (does not know if it was sent)
q = rem_it("due", "Spett.le Ghirardi Comunicazione,", "61/2026", "1.037,00 €", "25 gennaio 2027", "Elena Sartori", None)
mine = """Ciao Elena,

ti chiedo una cortesia: mi confermi se ti è arrivato qualcosa da noi per la fattura 61/2026? La nostra contabile è in malattia da due settimane e dall'home banking non riesco a capire se il bonifico è stato disposto oppure è rimasto in bozza.

Grazie mille e scusa il disturbo,
Lorenzo

--
Lorenzo Ghirardi
Ghirardi Comunicazione - Brescia
"""
attr = "Il 25/01/2027 09:00, Elena Sartori ha scritto:"
add(build([
    ("From", ah("Lorenzo Ghirardi", "lorenzo@ghirardicom.it")),
    ("To", me(ELENA)),
    ("Subject", "Re: Fattura n. 61/2026"),
    ("Date", when("2027-01-26 12:40:19", "+0100")),
    ("Message-ID", "<7b2e4c1a-0d9f-4a55-b3e2-91c6d8f0a4b7@ghirardicom.it>"),
    ("In-Reply-To", "<mailduns.2027-01-25.61-2026.d@studiosartori.eu>"),
    ("References", "<inv-61-2026@studiosartori.eu> <mailduns.2027-01-25.61-2026.d@studiosartori.eu>"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Content-Language", "it"),
], text(mine + "\n" + attr + "\n" + gq(q), cte="8bit", flowed=True)),
    kind="client-reply-other", language="it", reference="61/2026",
    note="Asks whether any payment arrived because he cannot tell if it was ever sent: a question, not a paid claim.")

# --- it: asks for instalments, no plan or day given
q = rem_it("reminder", "Gentile Sara Benedetti,", "2027/011", "1.250,00 €", "10 febbraio 2027", "Marco Bellandi",
           pay_marco("Fattura 2027/011"))
mine = """Ciao Marco,

ti scrivo con un po' di imbarazzo. In questo periodo sono messa male con le entrate (due clienti non mi hanno ancora pagato, sai com'è…) e i 1.250 € tutti insieme adesso proprio non riesco.
Sarebbe possibile dividerli in tre o quattro rate? Dimmi tu come preferisci, non voglio assolutamente sparire.

Grazie per la pazienza
Sara
"""
attr = "Il giorno mar 16 feb 2027 alle ore 09:00 Marco Bellandi <fatture@bellandi.dev> ha scritto:"
add(build([
    ("From", ah("Sara Benedetti", "sara.benedetti.coach@gmail.com")),
    ("To", me(MARCO)),
    ("Subject", "Re: Fattura 2027/011 - sito sarabenedetti.it"),
    ("Date", when("2027-02-16 23:08:51", "+0100")),
    ("Message-ID", "<CAHb5tq0=XnV7eRk3LmP2wQzJ9sYd@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-02-16.2027-011.r1@bellandi.dev>"),
    ("References", "<fattura-2027-011@bellandi.dev> <mailduns.2027-02-16.2027-011.r1@bellandi.dev>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-other", language="it",
    note="Asks to pay in three or four instalments but states no plan and no day: a request, not yet a promise; the 1.250 € is the invoice, not a sum paid or promised.")

# --- it: answers the formal notice with an instalment plan starting on a day
q = rem_it("final", "Spett.le FitLab S.S.D. a r.l.,", "2026/099", "1.200,00 €", "15 dicembre 2026", "Giulia Ferrante",
           pay_giulia("Fattura n. 2026/099"), issue="15 novembre 2026", deadline="12 marzo 2027")
mine = """Buongiorno Giulia,

ho ricevuto la diffida. Hai ragione tu e mi scuso, è stato un inverno pesante e la palestra ha perso parecchi iscritti.
Ti propongo così: 400 euro al mese per tre mesi, a partire dal 10 marzo, e chiudiamo i 1.200. Il primo bonifico da 400 lo faccio il 10 sicuro, poi 10 aprile e 10 maggio.
Se ti va bene rispondimi pure e lo mettiamo per iscritto.

Davide Marchetti
FitLab - Casalecchio di Reno
"""
attr = "Il giorno lun 1 mar 2027 alle ore 09:00 Giulia Ferrante <giulia@ferrantestudio.it> ha scritto:"
add(build([
    ("From", ah("Davide Marchetti", "davide@fitlabcasalecchio.it")),
    ("To", me(GIULIA)),
    ("Subject", "Re: Diffida di pagamento - fattura n. 2026/099"),
    ("Date", when("2027-03-02 08:47:26", "+0100")),
    ("Message-ID", "<CAM4wq9Hz=Pk1vT6yN0sRb8eXjL@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-03-01.2026-099.final@ferrantestudio.it>"),
    ("References", "<inv.2026-099@ferrantestudio.it> <mailduns.2027-03-01.2026-099.final@ferrantestudio.it>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-promise", language="it", promised_date="2027-03-10", amount="400.00", currency="EUR",
    note="A stated instalment plan (400 a month from 10 March) is a promise; the first payment is the promised day and amount, the later instalments and the 1.200 total are not.")

# --- it: paid this morning, receipt attached, asks whether a quietanza is needed
q = rem_it("reminder", "Spett.le Agriturismo Il Poggio,", "2026/105", "915,00 €", "20 dicembre 2026", "Giulia Ferrante",
           pay_giulia("Fattura n. 2026/105"))
hb = ("Da: Giulia Ferrante <giulia@ferrantestudio.it>\nInviato: giovedì 7 gennaio 2027 09:00\n"
      "A: info@agriturismoilpoggio.it <info@agriturismoilpoggio.it>\nOggetto: Fattura n. 2026/105")
mine = """Buongiorno Giulia,

bonifico fatto stamattina, 915,00 € con causale "Fattura n. 2026/105", le allego la contabile. Mi scusi per il ritardo ma a dicembre eravamo chiusi per ferie e la posta non la guardava nessuno.

Una domanda: per la nostra commercialista serve una quietanza o basta la fattura elettronica?

Grazie e buon anno!
Lucia Bernini
Agriturismo Il Poggio - Monteveglio
"""
add(build([
    ("From", ah("Agriturismo Il Poggio", "info@agriturismoilpoggio.it")),
    ("To", me(GIULIA)),
    ("Subject", "R: Fattura n. 2026/105"),
    ("Date", when("2027-01-08 11:20:37", "+0100")),
    ("Message-ID", "<PAXP251MB0419F3B2C1A8E7D6@PAXP251MB0419.EURP251.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", "<mailduns.2027-01-07.2026-105.r1@ferrantestudio.it>"),
    ("References", "<inv.2026-105@ferrantestudio.it> <mailduns.2027-01-07.2026-105.r1@ferrantestudio.it>"),
    ("X-MS-Has-Attach", "yes"),
], mixed(alt(text(mine + "\n" + hb + "\n\n" + q), htmlpart(outlook_html(mine, hb, q)), style="outlook"),
         attach("application/pdf", pdf("contabile bonifico 2026/105"), "contabile_bonifico_08012027.pdf"),
         style="outlook")),
    kind="client-reply-paid", language="it", amount="915.00", currency="EUR", reference="2026/105",
    note="Says the transfer was made this morning with a receipt attached; the question about the quietanza does not change the kind.")

# --- it: short paid claim from a Samsung phone
q = rem_it("due", "Gentile Matteo Ricci,", "4/2027", "280,00 €", "2 febbraio 2027", "Elena Sartori", None)
mine = """Saldato ieri sera con bonifico istantaneo, CRO 0306912345678901. Scusa il ritardo

Matteo

Inviato da smartphone Samsung Galaxy.
"""
attr = "-------- Messaggio originale --------\nDa: Elena Sartori <elena.sartori@studiosartori.eu>\nData: 02/02/27 09:00 (GMT+01:00)\nA: matteo.ricci.shop@gmail.com\nOggetto: Fattura n. 4/2027"
add(build([
    ("From", ah("Matteo Ricci", "matteo.ricci.shop@gmail.com")),
    ("To", me(ELENA)),
    ("Subject", "R: Fattura n. 4/2027"),
    ("Date", when("2027-02-03 07:55:02", "+0100")),
    ("Message-ID", "<mkc8a2x0f1v3.d9ewq7pk2m4s@email.android.com>"),
    ("In-Reply-To", "<mailduns.2027-02-02.4-2027.d@studiosartori.eu>"),
    ("References", "<inv-4-2027@studiosartori.eu> <mailduns.2027-02-02.4-2027.d@studiosartori.eu>"),
], alt(text(mine + "\n" + attr + "\n" + q), htmlpart(
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">'
    "Saldato ieri sera con bonifico istantaneo, CRO 0306912345678901. Scusa il ritardo<div dir=\"auto\"><br></div>"
    "<div dir=\"auto\">Matteo<br><br><div dir=\"auto\" id=\"composer_signature\"><div style=\"font-size:85%;color:#575757\" "
    "dir=\"auto\">Inviato da smartphone Samsung Galaxy.</div></div></div></div><div><br></div><div align=\"left\" dir=\"auto\" "
    "style=\"font-size:100%;color:#000000\"><div>-------- Messaggio originale --------</div><div>Da: Elena Sartori "
    "&lt;elena.sartori@studiosartori.eu&gt; </div><div>Data: 02/02/27  09:00  (GMT+01:00) </div><div>A: "
    "matteo.ricci.shop@gmail.com </div><div>Oggetto: Fattura n. 4/2027 </div><div><br></div></div>"
    + paras_html(q) + "</body></html>\n"))),
    kind="client-reply-paid", language="it",
    note="An instant transfer made 'ieri sera' with its CRO: a paid claim; no amount or invoice number in his own words.")

# --- it: 'venerdì' from a pastry shop (plain text, Libero webmail)
q = rem_it("due", "Spett.le Pasticceria Dolce Vita,", "2026/093", "245,00 €", "14 dicembre 2026", "Giulia Ferrante",
           pay_giulia("Fattura n. 2026/093"))
mine = """Buongiorno signora Ferrante,
ha ragione, me n'ero proprio scordato con tutto il lavoro che c'è a dicembre, mi scusi tanto eh.
Venerdì passo in banca e le faccio il bonifico.
Saluti
Antonio Esposito
Pasticceria Dolce Vita
"""
old = ("\n\n----Messaggio originale----\nDa: giulia@ferrantestudio.it\nData: 15-dic-2026 9.00\n"
       "A: <pasticceriadolcevita@libero.it>\nOgg: Fattura n. 2026/093\n\n")
add(build([
    ("From", ah("pasticceriadolcevita@libero.it", "pasticceriadolcevita@libero.it")),
    ("To", "giulia@ferrantestudio.it"),
    ("Subject", "R: Fattura n. 2026/093"),
    ("Date", when("2026-12-15 16:22:09", "+0100", "CET")),
    ("Message-ID", "<1534279921.4417625.1797348129761@mail1.libero.it>"),
    ("In-Reply-To", "<mailduns.2026-12-15.2026-093.d@ferrantestudio.it>"),
    ("References", "<mailduns.2026-12-15.2026-093.d@ferrantestudio.it>"),
    ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev60"),
], text(mine + old + q, charset="iso-8859-15")),
    kind="client-reply-promise", language="it", promised_date="2026-12-18",
    note="'Venerdì' written on Tuesday 15 December 2026 is Friday 18 December; no amount in his own words.")

# --- it: promise by the end of the month, with a grumble about the second reminder
q = rem_it("reminder", "Spett.le Enoteca Bellini,", "2026/117", "488,00 €", "10 gennaio 2027", "Marco Bellandi",
           pay_marco("Fattura 2026/117"))
mine = """Marco, ricevuto. Non serviva il secondo sollecito in una settimana, lo sapevo benissimo che era scaduta.
Te la pago entro fine mese quando entrano gli incassi delle feste, come ti avevo già detto a voce.
Paola

Ottieni Outlook per iOS
"""
hb = ("Da: Marco Bellandi <fatture@bellandi.dev>\nInviato: Thursday, January 21, 2027 9:00:00 AM\n"
      "A: Enoteca Bellini <paola@enotecabellini.it>\nOggetto: Fattura 2026/117 - Enoteca Bellini")
add(build([
    ("From", ah("Paola Bellini", "paola@enotecabellini.it")),
    ("To", me(MARCO)),
    ("Subject", "Re: Fattura 2026/117 - Enoteca Bellini"),
    ("Date", when("2027-01-21 12:58:30", "+0100")),
    ("Message-ID", "<VI1PR08MB5326E7A0B1C49F12@VI1PR08MB5326.eurprd08.prod.outlook.com>"),
    ("In-Reply-To", "<mailduns.2027-01-21.2026-117.r1@bellandi.dev>"),
    ("References", "<fattura-2026-117@bellandi.dev> <mailduns.2027-01-14.2026-117.d@bellandi.dev> <mailduns.2027-01-21.2026-117.r1@bellandi.dev>"),
], alt(text(mine + "\n" + "_" * 32 + "\n" + hb + "\n\n" + q),
       htmlpart(outlook_html(mine, hb, q)), style="outlook")),
    kind="client-reply-promise", language="it", promised_date="2027-01-31",
    note="'Entro fine mese' written on 21 January is 31 January; the complaint about the reminders does not change the promise.")

# --- it: quote was 1.200, invoice says 1.450
q = rem_it("courtesy", "Spett.le Cantina Vallone,", "2026/110", "1.769,00 €", "15 dicembre 2026", "Giulia Ferrante",
           pay_giulia("Fattura n. 2026/110"), issue="15 novembre 2026")
mine = """Buongiorno Giulia,

ho ricevuto il promemoria, ma prima di pagare dobbiamo chiarire una cosa sulla fattura 2026/110: il preventivo che ci avevi mandato a settembre per le etichette della linea nuova era di 1.200 euro + IVA, in fattura ne trovo 1.450 + IVA. Le due revisioni in più che vedi in fattura per noi erano comprese, almeno così avevamo capito alla riunione.

Ci mandi una nota di credito per la differenza, per favore? Poi procediamo senza problemi.

Grazie,
Federica Vallone
Marketing & Comunicazione
Cantina Vallone - Valpolicella
"""
attr = "Il giorno mer 2 dic 2026 alle ore 08:00 Giulia Ferrante <giulia@ferrantestudio.it> ha scritto:"
add(build([
    ("From", ah("Federica Vallone", "federica.vallone@cantinavallone.it")),
    ("To", me(GIULIA)),
    ("Subject", "Re: Fattura n. 2026/110 - promemoria"),
    ("Date", when("2026-12-02 14:33:51", "+0100")),
    ("Message-ID", "<CAL9vB3sT5=Qw7kEoN2mXy8hRf@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2026-12-02.2026-110.c@ferrantestudio.it>"),
    ("References", "<inv.2026-110@ferrantestudio.it> <mailduns.2026-12-02.2026-110.c@ferrantestudio.it>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-dispute", language="it", reference="2026/110",
    note="Contests the amount against the quote and asks for a credit note; 'poi procediamo' is conditional on it, not a promise.")

# --- it: bank credit notice (HTML only)
h = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Bonifico ricevuto</title></head>
<body style="margin:0;padding:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="background:#004b87;color:#ffffff;padding:18px 24px;font-size:20px">Banca Emiliana</td></tr>
<tr><td style="padding:24px;color:#222;font-size:14px;line-height:20px">
<p>Gentile Cliente,</p>
<p>ti informiamo che sul tuo conto corrente <b>n. ****4512</b> &egrave; stato accreditato un bonifico SEPA.</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td>Importo</td><td><b>EUR 1.464,00</b></td></tr>
<tr><td>Ordinante</td><td>TIPOGRAFIA BALDINI SNC</td></tr>
<tr><td>IBAN ordinante</td><td>IT88 S053 8702 4000 0000 3219 876</td></tr>
<tr><td>Causale</td><td>SALDO FATTURA N. 2026/087 DEL 11/10/2026</td></tr>
<tr><td>Data contabile</td><td>12/01/2027</td></tr>
<tr><td>Data valuta</td><td>12/01/2027</td></tr>
</table>
<p>Puoi consultare il dettaglio del movimento nella sezione <i>Conto &gt; Movimenti</i> dell'app o di Internet Banking.</p>
<p style="font-size:12px;color:#666">Questa &egrave; una comunicazione automatica, ti preghiamo di non rispondere. Banca Emiliana non ti chieder&agrave; mai codici o password via email.</p>
</td></tr></table></td></tr></table></body></html>
"""
add(build([
    ("From", ah("Banca Emiliana", "notifiche@comunicazioni.bancaemiliana.it")),
    ("To", "giulia@ferrantestudio.it"),
    ("Subject", "Accredito bonifico sul tuo conto"),
    ("Date", when("2027-01-12 14:02:11", "+0100")),
    ("Message-ID", "<20270112130211.7F3A2C0145@mta3.comunicazioni.bancaemiliana.it>"),
    ("Auto-Submitted", "auto-generated"),
], htmlpart(h)),
    kind="payment-notification", language="it", amount="1464.00", currency="EUR", reference="2026/087",
    note="A bank's notice of an incoming SEPA transfer; the causale names invoice 2026/087.")

# --- it: Satispay Business incoming payment
t = """Hai ricevuto 85,00 €

Alberto R. ti ha inviato 85,00 € su Satispay Business.

Messaggio: "traduzione certificato di nascita + apostille"
Data: 26/11/2026 16:44
ID transazione: 7c1f-22a9-4b0e-91d3

L'importo sarà disponibile nel tuo saldo e verrà trasferito sul conto collegato con il prossimo accredito automatico.

Satispay Europe S.A.
"""
add(build([
    ("From", ah("Satispay Business", "noreply@business.satispay.com")),
    ("To", "elena.sartori@studiosartori.eu"),
    ("Subject", "Hai ricevuto un pagamento di 85,00 €"),
    ("Date", when("2026-11-26 16:44:58", "+0100")),
    ("Message-ID", "<0102019367a1f2b3-5d8e7c14-9b02-4e71-a3c6-2f19d0b8e451-000000@eu-west-1.amazonses.com>"),
], alt(text(t), htmlpart('<html><body style="font-family:Helvetica,Arial,sans-serif">' + paras_html(t, "p") + "</body></html>\n"),
       style="java")),
    kind="payment-notification", language="it", amount="85.00", currency="EUR",
    note="A payment processor's notice of money received; the message names a service, not an invoice number.")

# --- it: out of office until 6 January
t = """Grazie per il messaggio.

Sono fuori ufficio fino al 6 gennaio 2027 con accesso limitato alla posta. Le fatture ricevute in questo periodo verranno registrate al mio rientro.
Per urgenze amministrative potete scrivere a amministrazione@meccanicafontana.it.

Buone feste!
Laura Fontana
Ufficio Acquisti - Meccanica Fontana S.p.A.
"""
add(build([
    ("From", ah("Laura Fontana", "acquisti@meccanicafontana.it")),
    ("To", me(MARCO)),
    ("Subject", "Risposta automatica: Fattura 2026/119 - Meccanica Fontana"),
    ("Date", when("2026-12-23 09:00:03", "+0100")),
    ("Message-ID", "<e3c47a09b12f4d5e8a6b0c9d7f21e384@EXCH02.meccanicafontana.local>"),
    ("In-Reply-To", "<mailduns.2026-12-23.2026-119.c@bellandi.dev>"),
    ("References", "<mailduns.2026-12-23.2026-119.c@bellandi.dev>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "acquisti@meccanicafontana.it"),
    ("Content-Language", "it-IT"),
], alt(text(t), htmlpart(outlook_html(t)), style="outlook")),
    kind="auto-reply", language="it", return_date="2027-01-06",
    note="Out-of-office 'fino al 6 gennaio 2027': the day named is the return day; 'registrate al mio rientro' is not a promise to pay.")

# --- it: bounce, user unknown (Italian provider wording + DSN)
orig_hdrs = """Return-Path: <giulia@ferrantestudio.it>
From: Giulia Ferrante <giulia@ferrantestudio.it>
To: amministrazione@edilcasa-srl.it
Subject: Fattura n. 2027/006 - Edilcasa srl
Date: Mon, 22 Feb 2027 09:00:12 +0100
Message-ID: <mailduns.2027-02-22.2027-006.r1@ferrantestudio.it>
In-Reply-To: <inv.2027-006@ferrantestudio.it>
"""
human = """Gentile utente,

il messaggio che hai inviato non è stato recapitato a uno o più destinatari.

Destinatario: amministrazione@edilcasa-srl.it
Motivo: la casella di posta del destinatario non esiste (550 5.1.1 User unknown).

Controlla che l'indirizzo sia scritto correttamente e riprova. Questo messaggio è stato generato automaticamente: non rispondere.

Servizio Posta - Server smtpout.ferrantestudio.it
"""
dsn = """Reporting-MTA: dns; smtpout03.hostingmail.it
X-Postfix-Queue-ID: 4Vq9XK2Z1mz3wQ
Arrival-Date: Mon, 22 Feb 2027 09:00:12 +0100 (CET)

Final-Recipient: rfc822; amministrazione@edilcasa-srl.it
Original-Recipient: rfc822;amministrazione@edilcasa-srl.it
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.edilcasa-srl.it
Diagnostic-Code: smtp; 550 5.1.1 <amministrazione@edilcasa-srl.it>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
add(build([
    ("Return-Path", "<>"),
    ("From", ah("Mail Delivery System", "MAILER-DAEMON@smtpout03.hostingmail.it")),
    ("To", "giulia@ferrantestudio.it"),
    ("Subject", "Messaggio non recapitato: Fattura n. 2027/006 - Edilcasa srl"),
    ("Date", when("2027-02-22 09:00:41", "+0100", "CET")),
    ("Message-ID", "<20270222080041.A11B93C0E5@smtpout03.hostingmail.it>"),
    ("Auto-Submitted", "auto-replied"),
], multipart("report", [text(human, cte="8bit"), leaf("message/delivery-status", dsn),
                        leaf("text/rfc822-headers", orig_hdrs)], params="; report-type=delivery-status")),
    kind="bounce", language="it", failed_recipient="amministrazione@edilcasa-srl.it", permanent=True,
    note="A DSN with an Italian human part: 550 5.1.1 user unknown, permanent.")

# --- it: SdI rejection notice by PEC (e-invoicing service notice)
ns_xml = """<?xml version="1.0" encoding="UTF-8"?><ns3:NotificaScarto xmlns:ns3="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fattura/messaggi/v1.0" versione="1.0">
    <IdentificativoSdI>8123456789</IdentificativoSdI>
    <NomeFile>IT03456780371_0A1B7.xml</NomeFile>
    <Hash>3f9a2c7e51b04d8e96a1c0f27b5d3e4a8c6f0b9d2e1a7c5f3b8d0e6a4c2f9b17</Hash>
    <DataOraRicezione>2027-01-15T14:58:31.000+01:00</DataOraRicezione>
    <ListaErrori>
        <Errore>
            <Codice>00305</Codice>
            <Descrizione>1.4.1.1.2 IdCodice non valido : 02519630398</Descrizione>
        </Errore>
    </ListaErrori>
    <MessageId>1198347261</MessageId>
    <PecMessageId>opec210.20270115145831.04412.822.1.53@pec.aruba.it</PecMessageId>
    <Note/>
</ns3:NotificaScarto>
"""
inner = build([
    ("From", "sdi23@pec.fatturapa.it"),
    ("To", "giulia.ferrante@pec.it"),
    ("Subject", "Notifica di scarto 8123456789"),
    ("Date", when("2027-01-15 15:12:06", "+0100", "CET")),
    ("Message-ID", "<opec288.20270115151206.30911.402.1.1@pcert.sogei.it>"),
    ("X-Riferimento-Message-ID", "<41736520998123.1800024726000@pec.fatturapa.it>"),
], mixed(attach("application/octet-stream", ns_xml.encode(), "IT03456780371_0A1B7_NS_001.xml"), style="java"))
env_txt = """Messaggio di posta certificata

  -----

Il giorno 15/01/2027 alle ore 15:12:07 (+0100) il messaggio
"Notifica di scarto 8123456789" e' stato inviato da "sdi23@pec.fatturapa.it"
indirizzato a:
giulia.ferrante@pec.it

Il messaggio originale e' incluso in allegato.
Identificativo messaggio: opec288.20270115151206.30911.402.1.1@pcert.sogei.it
"""
daticert = """<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="posta-certificata" errore="nessuno"><intestazione><mittente>sdi23@pec.fatturapa.it</mittente><destinatari tipo="certificato">giulia.ferrante@pec.it</destinatari><risposte>sdi23@pec.fatturapa.it</risposte><oggetto>Notifica di scarto 8123456789</oggetto></intestazione><dati><gestore-emittente>SOGEI S.p.A.</gestore-emittente><data zona="+0100"><giorno>15/01/2027</giorno><ora>15:12:07</ora></data><identificativo>opec288.20270115151206.30911.402.1.1@pcert.sogei.it</identificativo><msgid>&lt;41736520998123.1800024726000@pec.fatturapa.it&gt;</msgid></dati></postacert>
"""
add(build([
    ("Return-Path", "<sdi23@pec.fatturapa.it>"),
    ("Subject", "POSTA CERTIFICATA: Notifica di scarto 8123456789"),
    ("X-Riferimento-Message-ID", "<41736520998123.1800024726000@pec.fatturapa.it>"),
    ("Date", when("2027-01-15 15:12:07", "+0100")),
    ("Reply-To", "sdi23@pec.fatturapa.it"),
    ("To", "giulia.ferrante@pec.it"),
    ("X-Trasporto", "posta-certificata"),
    ("From", '"Per conto di: sdi23@pec.fatturapa.it" <posta-certificata@pcert.sogei.it>'),
    ("Message-ID", "<opec288.20270115151207.30911.402.1.2@pcert.sogei.it>"),
], mixed(alt(text(env_txt, charset="iso-8859-1"),
             htmlpart("<html><head><title>Messaggio di posta certificata</title></head><body><h3>Messaggio di posta certificata</h3><hr><br>"
                      + env_txt.split("-----", 1)[1].replace("\n", "<br>\n") + "</body></html>\n", charset="iso-8859-1"),
             style="java"),
         leaf("application/xml", daticert.encode(), cte="7bit", filename="daticert.xml", disposition="inline"),
         leaf("message/rfc822", inner, filename="postacert.eml", disposition="inline"), style="java")),
    kind="other", language="it",
    note="The SdI (via PEC) rejected the e-invoice file (error 00305, buyer VAT number not valid): an e-invoicing service notice, no client and no money.")

# --- it: an outgoing transfer the freelancer made
t = """Gentile Cliente,

ti confermiamo che il bonifico SEPA da te disposto è stato eseguito.

Importo: EUR 634,40
Beneficiario: STUDIO RINALDI COMMERCIALISTI ASSOCIATI
IBAN beneficiario: IT27 P020 0802 4350 0010 1234 567
Causale: SALDO FATTURA N. 45/2026 CONSULENZA FISCALE 2026
Data esecuzione: 14/12/2026
CRO/TRN: 0306934512780011482019830IT

Puoi scaricare la contabile dalla sezione Conto > Bonifici > Storico.

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
Banca Emiliana
"""
add(build([
    ("From", ah("Banca Emiliana", "notifiche@comunicazioni.bancaemiliana.it")),
    ("To", "giulia@ferrantestudio.it"),
    ("Subject", "Bonifico eseguito"),
    ("Date", when("2026-12-14 10:23:45", "+0100")),
    ("Message-ID", "<20261214092345.C41D7E0098@mta1.comunicazioni.bancaemiliana.it>"),
    ("Auto-Submitted", "auto-generated"),
], alt(text(t), htmlpart('<html><body style="font-family:Arial,sans-serif;font-size:14px">' + paras_html(t, "p") + "</body></html>\n"))),
    kind="other", language="it",
    note="The freelancer's own outgoing transfer to her accountant, paying the accountant's invoice: money going out, not a payment received.")

# --- it: a freelancers' newsletter about late payers
t = """Rete Freelance Italia – Newsletter di febbraio 2027

IN QUESTO NUMERO
1. Clienti che non pagano: dal sollecito alla diffida, passo per passo
2. Forfettari 2027: cosa cambia con la fattura elettronica
3. Webinar gratuito il 4 marzo: "Preventivi che si fanno pagare"

1. CLIENTI CHE NON PAGANO
La fattura è scaduta da trenta giorni e il cliente non risponde? Prima di tutto controlla che il pagamento non sia già arrivato (capita più spesso di quanto pensi!). Poi un sollecito cortese, un secondo sollecito con gli interessi di mora previsti dal D.Lgs. 231/2002 e, solo alla fine, la diffida. Nel nostro articolo trovi i modelli da copiare.
Leggi l'articolo: https://www.retefreelance.it/blog/clienti-che-non-pagano

2. FORFETTARI 2027
Dal 1° gennaio cambiano alcune regole sul bollo in fattura e sui controlli automatici dello SdI. Ne parliamo con la commercialista Anna Lodi.

3. WEBINAR
Iscrizioni aperte: https://www.retefreelance.it/eventi

Ricevi questa email perché sei iscritta a Rete Freelance Italia.
Per cancellarti: https://www.retefreelance.it/unsubscribe?u=8f1c2e
"""
add(build([
    ("From", ah("Rete Freelance Italia", "newsletter@retefreelance.it")),
    ("To", "giulia@ferrantestudio.it"),
    ("Subject", "📬 Clienti che non pagano? La guida di febbraio"),
    ("Date", when("2027-02-11 07:30:00", "+0100")),
    ("Message-ID", "<20270211063000.8f1c2e.4471@mailer.retefreelance.it>"),
    ("List-Unsubscribe", "<https://www.retefreelance.it/unsubscribe?u=8f1c2e>, <mailto:unsubscribe@retefreelance.it?subject=8f1c2e>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("Precedence", "bulk"),
    ("List-Id", "Newsletter Rete Freelance <newsletter.retefreelance.it>"),
], alt(text(t), htmlpart('<html><body style="font-family:Georgia,serif;max-width:640px">' + paras_html(t, "p") + "</body></html>\n"))),
    kind="other", language="it",
    note="A newsletter full of words about reminders, late payers and overdue invoices; nobody replies about any invoice.")

# --- it: an invoice received from the freelancer's coworking
mine = """Ciao Giulia,

in allegato trovi la fattura n. 12/2027 per la postazione fissa di febbraio, importo 183,00 € (150,00 + IVA 22%), da saldare entro il 28 febbraio con bonifico sull'IBAN indicato in fattura. La trovi anche nel tuo cassetto fiscale.

Ricordati che da marzo la sala riunioni si prenota solo dall'app!

A presto,
Irene
Spazio Navile Coworking
Via di Corticella 89, Bologna
"""
add(build([
    ("From", ah("Spazio Navile Coworking", "amministrazione@spazionavile.it")),
    ("To", me(GIULIA)),
    ("Subject", "Fattura n. 12/2027 - Spazio Navile Coworking"),
    ("Date", when("2027-02-01 08:30:14", "+0100")),
    ("Message-ID", "<b71e0a2c-44f9-4c3d-9e58-d6a7c2f1e093@spazionavile.it>"),
], mixed(alt(text(mine), htmlpart(gmail_html(mine)), style="gmail"),
         attach("application/pdf", pdf("Fattura 12/2027 Spazio Navile"), "Fattura_12-2027_Ferrante.pdf"), style="gmail")),
    kind="other", language="it",
    note="An invoice the freelancer receives from her own coworking space: she is the one who must pay; no client reply.")

# --- it: invoicing app says the client opened the invoice
t = """Ciao Giulia,

la fattura n. 2026/112 inviata a Studio Tecnico Morandi è stata visualizzata dal cliente oggi alle 10:48.

Importo: 732,00 €
Scadenza: 31/12/2026
Stato: non pagata

Vuoi programmare un promemoria automatico? Puoi farlo dalla scheda della fattura.

Il team di Fatturino
"""
add(build([
    ("From", ah("Fatturino", "notifiche@fatturino.app")),
    ("To", "giulia@ferrantestudio.it"),
    ("Subject", "La fattura 2026/112 è stata visualizzata"),
    ("Date", when("2026-12-11 10:49:02", "+0100")),
    ("Message-ID", "<01070193b4e27c11-3a9e0f55-1d2b-4c88-b9f7-6e0a1c5d2f84-000000@eu-central-1.amazonses.com>"),
    ("Auto-Submitted", "auto-generated"),
], alt(text(t), htmlpart('<html><body style="font-family:Inter,Arial,sans-serif">' + paras_html(t, "p") + "</body></html>\n"),
       style="java")),
    kind="other", language="it",
    note="An invoicing service's tracking notice that the client opened invoice 2026/112; it says 'non pagata', no money moved and nobody replied.")

# --- it: the client's accountant will check and come back
q = rem_it("reminder", "Spett.le Idraulica Sala,", "2026/108", "549,00 €", "15 dicembre 2026", "Giulia Ferrante",
           pay_giulia("Fattura n. 2026/108"))
mine = """Buongiorno,

scriviamo per conto del nostro cliente Idraulica Sala di Sala Giuseppe, che ci ha inoltrato il Vostro sollecito relativo alla fattura n. 2026/108.

Dalle nostre registrazioni la fattura in oggetto non risulta ancora registrata in contabilità: stiamo verificando con il cliente se sia stata ricevuta tramite SdI e se sia già stata disposta. Vi daremo riscontro al più presto.

Cordiali saluti

Rag. Cinzia Bonetti
Studio Bonetti - Consulenza fiscale e paghe
Via Matteotti 7 - 40026 Imola (BO)

AVVISO DI RISERVATEZZA: questo messaggio e gli eventuali allegati sono destinati esclusivamente al destinatario indicato e possono contenere informazioni riservate ai sensi del Regolamento UE 2016/679. Se avete ricevuto questo messaggio per errore, vi preghiamo di darne immediata comunicazione al mittente e di cancellarlo.
"""
hb = ("Da: Idraulica Sala <idraulicasala@gmail.com>\nInviato: lunedì 21 dicembre 2026 11:32\n"
      "A: Studio Bonetti <studio@studiobonetti.it>\nOggetto: I: Fattura n. 2026/108")
hb2 = ("Da: Giulia Ferrante <giulia@ferrantestudio.it>\nInviato: lunedì 21 dicembre 2026 09:00\n"
       "A: idraulicasala@gmail.com\nOggetto: Fattura n. 2026/108")
full = mine + "\n" + hb + "\n\n\n" + hb2 + "\n\n" + q
add(build([
    ("From", ah("Studio Bonetti", "studio@studiobonetti.it")),
    ("To", me(GIULIA)),
    ("Cc", "idraulicasala@gmail.com"),
    ("Subject", "R: I: Fattura n. 2026/108"),
    ("Date", when("2026-12-21 16:10:27", "+0100")),
    ("Message-ID", "<002b01dc7352$6e8a1f40$4b9e5dc0$@studiobonetti.it>"),
    ("In-Reply-To", "<mailduns.2026-12-21.2026-108.r1@ferrantestudio.it>"),
    ("References", "<mailduns.2026-12-21.2026-108.r1@ferrantestudio.it>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], alt(text(full, charset="windows-1252"),
       htmlpart(outlook_html(mine, hb, "\n" + hb2 + "\n\n" + q, charset="windows-1252"), charset="windows-1252"),
       style="outlook")),
    kind="client-reply-other", language="it", reference="2026/108",
    note="The client's accountant writes that they are checking whether the invoice was received or paid and will come back: neither paid nor promised nor contested.")

# --- it: two invoices paid in one transfer, asks for a third one to be resent
q = rem_it("due", "Spett.le Studio Architetti Fabbri Maestri,", "2026/104", "915,00 €", "9 dicembre 2026",
           "Marco Bellandi", pay_marco("Fattura 2026/104"))
mine = """Ciao Marco,

la 2026/101 e la 2026/104 le abbiamo pagate il 3 dicembre con un unico bonifico (totale 1.830 €), dovresti già vederlo. La 2026/107 invece non la troviamo da nessuna parte, né in mail né nel cassetto fiscale: me la rimandi così la giro in amministrazione?

Grazie, ciao
Anna

--
Arch. Anna Maestri
Fabbri Maestri Architetti Associati
"""
attr = "Il giorno gio 10 dic 2026 alle ore 09:00 Marco Bellandi <fatture@bellandi.dev> ha scritto:"
add(build([
    ("From", ah("Anna Maestri", "anna@fabbrimaestri.it")),
    ("To", me(MARCO)),
    ("Subject", "Re: Fattura 2026/104 - Fabbri Maestri"),
    ("Date", when("2026-12-10 09:14:55", "+0100")),
    ("Message-ID", "<CAN2pQx7d=Lw4vR0bTz9YkeH3m@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2026-12-10.2026-104.d@bellandi.dev>"),
    ("References", "<fattura-2026-104@bellandi.dev> <mailduns.2026-12-10.2026-104.d@bellandi.dev>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-paid", language="it", amount="1830.00", currency="EUR",
    note="Says two invoices were paid on 3 December (1.830 € together) and asks for a third to be resent; no reference because two invoices are paid; the resend request does not promise a payment.")


# ================================================================ SPANISH

# --- es: the attachment never arrived, asks for the PDF
q = rem_es("courtesy", "Estimados señores:", "2026-117", "726,00 €", "5 de diciembre de 2026", "Lucía Ortega Prats",
           pay_lucia("Factura 2026-117"), issue="5 de noviembre de 2026")
mine = """Hola Lucía,

en el correo que me mandaste a principios de mes con la factura no venía ningún adjunto, o al menos yo no lo veo (he mirado hasta en spam). ¿Me la puedes reenviar en PDF?

Gracias!
Pilar

Pilar Sanchis
Inmobiliaria Turia
"""
attr = "El lun, 30 nov 2026 a las 9:00, Lucía Ortega Prats (<lucia@ortegatraducciones.es>) escribió:"
add(build([
    ("From", ah("Pilar Sanchis", "pilar@inmobiliariaturia.es")),
    ("To", me(LUCIA)),
    ("Subject", "Re: Factura 2026-117 - recordatorio"),
    ("Date", when("2026-11-30 10:05:44", "+0100")),
    ("Message-ID", "<CAPs7mQ1=Rk9vTw3xLb0eNz5hY@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2026-11-30.2026-117.c@ortegatraducciones.es>"),
    ("References", "<fra-2026-117@ortegatraducciones.es> <mailduns.2026-11-30.2026-117.c@ortegatraducciones.es>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-other", language="es",
    note="The invoice attachment never arrived and she asks for the PDF: nothing about paying.")

# --- es: which of two IBANs? (Catalan speaker writing Spanish)
q = rem_es("due", "Estimados señores:", "F26/049", "968,00 €", "15 de enero de 2027", "Andreu Vidal Puig",
           pay_andreu("Factura F26/049"))
mine = """Buenas Andreu,

una pregunta rápida: en la factura pone una cuenta de La Caixa (ES12 2100...) y en este recordatorio sale otra que empieza por ES76 0081. ¿A cuál lo mando? No quiero hacer la transferencia dos veces jaja

Salut!
Jordi Ferrer
Restaurant Casa Ferrer - Gràcia
"""
attr = "El 19 ene 2027, a las 9:00, Andreu Vidal Puig <hola@andreuvidal.cat> escribió:"
add(build([
    ("From", ah("Jordi Ferrer", "jordi@casaferrer.cat")),
    ("To", me(ANDREU)),
    ("Subject", "Re: Factura F26/049 - fotos carta"),
    ("Date", when("2027-01-19 13:40:12", "+0100")),
    ("Message-ID", "<4B7E2A90-1C3D-4F56-8E7A-9D0B1C2E3F41@casaferrer.cat>"),
    ("In-Reply-To", "<mailduns.2027-01-19.F26-049.d@andreuvidal.cat>"),
    ("References", "<fra-F26-049@andreuvidal.cat> <mailduns.2027-01-19.F26-049.d@andreuvidal.cat>"),
    ("X-Mailer", "iPhone Mail (22D63)"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q), flowed=True), htmlpart(apple_html(mine, attr, q)), style="apple")),
    kind="client-reply-other", language="es",
    note="Asks which of two IBANs to use; 'no quiero hacer la transferencia dos veces' is not a payment made nor a promise with substance.")

# --- es: received, passed to the gestoría (Outlook)
q = rem_es("due", "Estimados señores:", "A-2027-007", "1.452,00 €", "3 de febrero de 2027", "Javier Montero", None)
hb = ("De: Javier Montero <javier@monteroseo.es>\nEnviado el: miércoles, 3 de febrero de 2027 9:00\n"
      "Para: Talleres Ruiz <administracion@talleresruiz.es>\nAsunto: Factura A-2027-007")
mine = """Buenos días,

Recibido. Se lo he pasado a la gestoría, que es quien nos lleva los pagos a proveedores. Cualquier cosa le escriben ellos directamente.

Un saludo,

Manuel Ruiz Ortega
Talleres Ruiz e Hijos, S.L.
Pol. Ind. Los Olivos, C/ Forja 12 - 28906 Getafe
Tel. 91 695 22 18
"""
add(build([
    ("From", ah("Talleres Ruiz", "administracion@talleresruiz.es")),
    ("To", me(JAVIER)),
    ("Cc", "pagos@gestoriaalmagro.es"),
    ("Subject", "RE: Factura A-2027-007"),
    ("Date", when("2027-02-04 09:12:33", "+0100")),
    ("Message-ID", "<000f01dc76b2$5a3e1c20$0eba5460$@talleresruiz.es>"),
    ("In-Reply-To", "<mailduns.2027-02-03.A-2027-007.d@monteroseo.es>"),
    ("References", "<fra-A-2027-007@monteroseo.es> <mailduns.2027-02-03.A-2027-007.d@monteroseo.es>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Content-Language", "es"),
], alt(text(mine + "\n" + hb + "\n\n" + q, charset="windows-1252"),
       htmlpart(outlook_html(mine, hb, q, charset="windows-1252", lang="ES"), charset="windows-1252"), style="outlook")),
    kind="client-reply-other", language="es",
    note="'Recibido' and forwarded to the gestoría that handles payments: no paid claim, no promise.")

# --- es: is the IRPF withholding missing? (question before paying)
q = rem_es("courtesy", "Estimados señores:", "2026-121", "1.210,00 €", "20 de diciembre de 2026", "Lucía Ortega Prats",
           pay_lucia("Factura 2026-121"), issue="20 de noviembre de 2026")
mine = """Hola Lucía:

Una duda antes de tramitar la factura 2026-121: no aparece la retención de IRPF. ¿Estás en algún régimen en el que no se aplica o se te ha pasado? Nuestra asesora dice que si eres profesional tenemos que retenerte el 15 % y no quiero liarla con el modelo 111.

Dime algo cuando puedas.

Un abrazo,
Rocío Blasco
Dirección - Academia de Idiomas Babel
"""
attr = "El lun, 14 dic 2026 a las 9:00, Lucía Ortega Prats (<lucia@ortegatraducciones.es>) escribió:"
add(build([
    ("From", ah("Rocío Blasco", "direccion@academiababel.es")),
    ("To", me(LUCIA)),
    ("Subject", "Re: Factura 2026-121"),
    ("Date", when("2026-12-14 17:50:09", "+0100")),
    ("Message-ID", "<CAKt3nR8=Wq1pXz6Lm0vYbE4sJ@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2026-12-14.2026-121.c@ortegatraducciones.es>"),
    ("References", "<fra-2026-121@ortegatraducciones.es> <mailduns.2026-12-14.2026-121.c@ortegatraducciones.es>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-other", language="es", reference="2026-121",
    note="A question whether IRPF should be withheld; she does not say the invoice is wrong nor refuse to pay, and promises nothing.")

# --- es: the property manager pays, not the owners' association president
q = rem_es("courtesy", "Estimados señores:", "2026-109", "423,50 €", "15 de noviembre de 2026", "Lucía Ortega Prats",
           pay_lucia("Factura 2026-109"), issue="15 de octubre de 2026")
mine = """Buenas noches Lucía,

soy Vicente, el presidente de la comunidad. La factura de la traducción de los estatutos no la pago yo, la paga el administrador de fincas con la cuenta de la comunidad. Te pongo en copia a Rosa, de Fincas Levante, que es quien lleva los pagos, para que lo tenga.

Rosa, la factura va adjunta en el correo de abajo.

Saludos,
Vicente Llorens
Presidente C.P. Edificio Albufera
"""
hb = ("De: Lucía Ortega Prats <lucia@ortegatraducciones.es>\nEnviado: jueves, 12 de noviembre de 2026 9:00\n"
      "Para: vllorens58@hotmail.com\nAsunto: Factura 2026-109 - traducción estatutos")
add(build([
    ("From", ah("Vicente Llorens", "vllorens58@hotmail.com")),
    ("To", me(LUCIA)),
    ("Cc", ah("Rosa Martí - Fincas Levante", "rosa@fincaslevante.es")),
    ("Subject", "RE: Factura 2026-109 - traducción estatutos"),
    ("Date", when("2026-11-12 20:30:51", "+0100")),
    ("Message-ID", "<DU0P190MB1873B2C4E5F6A7D8@DU0P190MB1873.EURP190.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", "<mailduns.2026-11-12.2026-109.c@ortegatraducciones.es>"),
    ("References", "<fra-2026-109@ortegatraducciones.es> <mailduns.2026-11-12.2026-109.c@ortegatraducciones.es>"),
], alt(text(mine + "\n" + "_" * 32 + "\n" + hb + "\n\n" + q), htmlpart(outlook_html(mine, hb, q, lang="ES")),
       style="outlook")),
    kind="client-reply-other", language="es",
    note="Someone else pays (the property manager, copied in); he neither pays nor promises anything himself.")

# --- es: the bank returned his transfer, nothing sent again
q = rem_es("reminder", "Buenos días, Jorge Lindo:", "F26/051", "650,00 €", "31 de enero de 2027", "Andreu Vidal Puig",
           pay_andreu("Factura F26/051"))
mine = """Andreu, el banco me ha devuelto hoy la transferencia de 650 € que te hice el lunes, pone "devolución: cuenta cancelada o bloqueada". ¿Has cambiado de banco?? Pásame la cuenta buena porfa

Jorge

Enviado desde mi Galaxy
"""
attr = ("-------- Mensaje original --------\nDe: Andreu Vidal Puig <hola@andreuvidal.cat>\n"
        "Fecha: 9/2/27 9:00 (GMT+01:00)\nPara: jorgelindo88@gmail.com\nAsunto: Factura F26/051")
add(build([
    ("From", ah("Jorge Lindo", "jorgelindo88@gmail.com")),
    ("To", me(ANDREU)),
    ("Subject", "RE: Factura F26/051"),
    ("Date", when("2027-02-11 21:05:37", "+0100")),
    ("Message-ID", "<p3k9x1m0a7wz.v2q8r5n4e6@email.android.com>"),
    ("In-Reply-To", "<mailduns.2027-02-09.F26-051.r1@andreuvidal.cat>"),
    ("References", "<fra-F26-051@andreuvidal.cat> <mailduns.2027-02-09.F26-051.r1@andreuvidal.cat>"),
], text(mine + "\n" + attr + "\n\n" + q, cte="base64")),
    kind="client-reply-other", language="es",
    note="His transfer was returned by the bank and he asks for the right account: the money never arrived and nothing was sent again, so not a paid claim; no promise.")

# --- es: did my husband pay? asking, not claiming
q = rem_es("reminder", "Buenos días, Mercedes Gil:", "2027-004", "96,80 €", "20 de enero de 2027", "Lucía Ortega Prats",
           pay_lucia("Factura 2027-004"))
mine = """Buenas tardes Lucía.
No sé si mi marido le hizo ya la transferencia de la traducción jurada del título. Él cree que sí, pero no encuentra el justificante y en la app del banco no lo vemos claro. ¿Le ha llegado algo a su cuenta a nombre de Ramón Soler?
Perdone las molestias.
Mercedes
"""
attr = "El 27 ene 2027, a las 9:00, Lucía Ortega Prats <lucia@ortegatraducciones.es> escribió:"
add(build([
    ("From", ah("Mercedes Gil", "mercegil@yahoo.es")),
    ("To", me(LUCIA)),
    ("Subject", "Re: Factura 2027-004"),
    ("Date", when("2027-01-27 17:31:02", "+0100")),
    ("Message-ID", "<1285743019.2209457.1801067462013@mail.yahoo.com>"),
    ("In-Reply-To", "<mailduns.2027-01-27.2027-004.r1@ortegatraducciones.es>"),
    ("References", "<fra-2027-004@ortegatraducciones.es> <mailduns.2027-01-27.2027-004.r1@ortegatraducciones.es>"),
    ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)),
       htmlpart('<html><head></head><body><div class="ydp3c1e7a2fyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                + paras_html(mine) + '</div><div id="yahoo_quoted_1234" class="yahoo_quoted"><div>' + esc(attr)
                + '</div><blockquote>' + paras_html(q) + "</blockquote></div></body></html>\n"), style="java")),
    kind="client-reply-other", language="es",
    note="She asks whether a payment arrived because her husband only thinks he paid and has no receipt: a question, not a claim that it is paid.")

# --- es: asks to split the invoice, no plan stated
q = rem_es("reminder", "Estimados señores:", "A-2027-003", "1.815,00 €", "25 de enero de 2027", "Javier Montero", None)
mine = """Javier, te soy sincero: enero ha sido flojísimo en la bodega y la factura de 1.815 € ahora mismo me viene grande.

¿Podríamos fraccionarla en dos o tres pagos? Dime qué te parece y lo hablamos por teléfono si quieres.

Un saludo,
Ginés
Bodega La Parra - Jumilla
"""
attr = "El mar, 2 feb 2027 a las 9:00, Javier Montero (<javier@monteroseo.es>) escribió:"
add(build([
    ("From", ah("Ginés Abellán", "gines@bodegalaparra.com")),
    ("To", me(JAVIER)),
    ("Subject", "Re: Factura A-2027-003"),
    ("Date", when("2027-02-02 11:15:40", "+0100")),
    ("Message-ID", "<CAB1xRq5=Tm2nVw8YkLz0pEh7c@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-02-02.A-2027-003.r1@monteroseo.es>"),
    ("References", "<fra-A-2027-003@monteroseo.es> <mailduns.2027-02-02.A-2027-003.r1@monteroseo.es>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-other", language="es",
    note="Asks to split the invoice into two or three payments without stating amounts or days: a request, not a promise; 1.815 € is the invoice total.")

# --- es: annoyed by the formal notice, will talk to the partner
q = rem_es("final", "Estimados señores:", "F26/044", "2.178,00 €", "15 de enero de 2027", "Andreu Vidal Puig",
           pay_andreu("Factura F26/044"), issue="16 de diciembre de 2026", deadline="19 de marzo de 2027")
mine = """Andreu,

nos ha sentado bastante mal recibir un "requerimiento de pago" con el monitorio por delante. Llevamos cuatro años trabajando contigo y creo que con una llamada hubiera bastado.

Lo hablo con mi socio esta semana y te digo algo.

Marta Casals
Nave 3 Arquitectura
"""
attr = "El 9 mar 2027, a las 9:00, Andreu Vidal Puig <hola@andreuvidal.cat> escribió:"
add(build([
    ("From", ah("Marta Casals", "marta@nave3arquitectura.com")),
    ("To", me(ANDREU)),
    ("Subject", "Re: Requerimiento de pago de la factura n.º F26/044"),
    ("Date", when("2027-03-09 10:02:18", "+0100")),
    ("Message-ID", "<F0E1D2C3-B4A5-4967-8899-AABBCCDDEE01@nave3arquitectura.com>"),
    ("In-Reply-To", "<mailduns.2027-03-09.F26-044.final@andreuvidal.cat>"),
    ("References", "<fra-F26-044@andreuvidal.cat> <mailduns.2027-03-09.F26-044.final@andreuvidal.cat>"),
    ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(apple_html(mine, attr, q)), style="apple")),
    kind="client-reply-other", language="es",
    note="Complains about the formal notice's tone and will talk to her partner: she neither contests the invoice nor promises or claims payment.")

# --- es: new registered address for future invoices
mine = """Estimados proveedores:

Les informamos de que a partir del 1 de febrero de 2027 el domicilio fiscal de Grupo Editorial Marea, S.L. pasa a ser:

C/ Colón, 22, 3.º
46004 Valencia

El CIF (B98765432) no cambia. Les rogamos que lo tengan en cuenta en las facturas que emitan a partir de esa fecha. Las facturas ya emitidas, incluida la suya, no es necesario rectificarlas.

Atentamente,

Departamento de Administración
Grupo Editorial Marea, S.L.

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su eliminación. En cumplimiento del RGPD (UE) 2016/679, le informamos de que sus datos forman parte de un fichero responsabilidad de Grupo Editorial Marea, S.L.
"""
hb = ("De: Lucía Ortega Prats <lucia@ortegatraducciones.es>\nEnviado el: viernes, 8 de enero de 2027 12:14\n"
      "Para: Administración Marea <administracion@edmarea.es>\nAsunto: Factura 2026-118 - traducción catálogo")
q = """Buenos días:

Adjunto la factura 2026-118 correspondiente a la traducción al inglés del catálogo de primavera.

Un saludo,
Lucía Ortega Prats
Traductora jurada EN/FR-ES
"""
add(build([
    ("From", ah("Administración Marea", "administracion@edmarea.es")),
    ("To", me(LUCIA)),
    ("Subject", "RE: Factura 2026-118 - traducción catálogo"),
    ("Date", when("2027-01-22 12:00:31", "+0100")),
    ("Message-ID", "<AS8PR02MB7014C9D8E7F6A5B4@AS8PR02MB7014.eurprd02.prod.outlook.com>"),
    ("In-Reply-To", "<fra-2026-118@ortegatraducciones.es>"),
    ("References", "<fra-2026-118@ortegatraducciones.es>"),
    ("Content-Language", "es-ES"),
], alt(text(mine + "\n" + hb + "\n\n" + q), htmlpart(outlook_html(mine, hb, q, lang="ES")), style="outlook")),
    kind="client-reply-other", language="es",
    note="A change of registered address for future invoices; says the current invoice needs no correction: no dispute and no payment news.")

# --- es: the client's gestoría asks for a bank ownership certificate
mine = """Buenos días, Sr. Montero:

Le escribimos desde Gestoría Almagro; llevamos la contabilidad y los pagos de Talleres Ruiz e Hijos, S.L., que nos ha reenviado su factura A-2027-007.

Para poder dar de alta su cuenta en nuestro programa de pagos necesitamos un certificado de titularidad bancaria emitido por su entidad (no basta con el IBAN de la factura). ¿Nos lo podría remitir por esta vía?

Quedamos a la espera.

Un saludo,

Beatriz Almagro
Gestoría Almagro - Asesoría fiscal, laboral y contable
C/ Madrid 41, 28902 Getafe
"""
hb = ("De: Talleres Ruiz <administracion@talleresruiz.es>\nEnviado el: jueves, 4 de febrero de 2027 9:14\n"
      "Para: pagos@gestoriaalmagro.es\nAsunto: RV: Factura A-2027-007")
q = """Os reenvío la factura del chico del SEO. Pagadla cuando toque.
Manuel
"""
add(build([
    ("From", ah("Beatriz Almagro", "pagos@gestoriaalmagro.es")),
    ("To", me(JAVIER)),
    ("Cc", "administracion@talleresruiz.es"),
    ("Subject", "RV: Factura A-2027-007"),
    ("Date", when("2027-02-08 10:30:05", "+0100")),
    ("Message-ID", "<002101dc7a01$9c2e8d30$d48ba790$@gestoriaalmagro.es>"),
    ("In-Reply-To", "<000f01dc76b2$5a3e1c20$0eba5460$@talleresruiz.es>"),
    ("References", "<mailduns.2027-02-03.A-2027-007.d@monteroseo.es> <000f01dc76b2$5a3e1c20$0eba5460$@talleresruiz.es>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], alt(text(mine + "\n" + hb + "\n\n" + q, charset="windows-1252"),
       htmlpart(outlook_html(mine, hb, q, charset="windows-1252", lang="ES"), charset="windows-1252"), style="outlook")),
    kind="client-reply-other", language="es", reference="A-2027-007",
    note="The client's gestoría asks for a bank certificate before it can set up the payment; the quoted 'pagadla cuando toque' is the client's internal note, not a promise to the freelancer.")

# --- es: 'el viernes sin falta'
q = rem_es("reminder", "Estimados señores:", "F26/047", "1.331,00 €", "20 de enero de 2027", "Andreu Vidal Puig",
           pay_andreu("Factura F26/047"))
hb = ("De: Andreu Vidal Puig <hola@andreuvidal.cat>\nEnviado: lunes, 25 de enero de 2027 9:00\n"
      "Para: Administració Hotel Miramar <administracio@hotelmiramarsitges.com>\nAsunto: Factura F26/047")
mine = """Hola Andreu,

disculpa el retraso, estamos con el cierre del año y vamos un poco locos. La factura F26/047 se paga el viernes sin falta.

Un saludo,

Núria Puig
Administració
Hotel Miramar Sitges
"""
add(build([
    ("From", ah("Núria Puig", "administracio@hotelmiramarsitges.com")),
    ("To", me(ANDREU)),
    ("Subject", "RE: Factura F26/047"),
    ("Date", when("2027-01-25 12:47:03", "+0100")),
    ("Message-ID", "<GV1P189MB2218D4E5F6071829@GV1P189MB2218.EURP189.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", "<mailduns.2027-01-25.F26-047.r1@andreuvidal.cat>"),
    ("References", "<fra-F26-047@andreuvidal.cat> <mailduns.2027-01-25.F26-047.r1@andreuvidal.cat>"),
    ("Content-Language", "ca-ES"),
], alt(text(mine + "\n" + "_" * 32 + "\n" + hb + "\n\n" + q), htmlpart(outlook_html(mine, hb, q, lang="CA")),
       style="outlook")),
    kind="client-reply-promise", language="es", promised_date="2027-01-29", reference="F26/047",
    note="'El viernes' written on Monday 25 January 2027 is Friday 29 January; the Catalan signature does not change the language of the text.")

# --- es: included in the supplier payment run of the 25th
q = rem_es("due", "Estimados señores:", "2026-124", "847,00 €", "13 de enero de 2027", "Lucía Ortega Prats",
           pay_lucia("Factura 2026-124"))
mine = """Buenos días:

Le confirmamos que su factura n.º 2026-124 está incluida en la remesa de pagos a proveedores del día 25.

Atentamente,

Departamento de Administración
Distribuciones Levante, S.A.
Ctra. de Ademuz, km 4 - 46980 Paterna (Valencia)
"""
hb = ("De: Lucía Ortega Prats [mailto:lucia@ortegatraducciones.es]\nEnviado el: miércoles, 13 de enero de 2027 9:00\n"
      "Para: proveedores@distlevante.es\nAsunto: Factura 2026-124")
add(build([
    ("From", ah("Proveedores - Distribuciones Levante", "proveedores@distlevante.es")),
    ("To", me(LUCIA)),
    ("Subject", "RE: Factura 2026-124"),
    ("Date", when("2027-01-14 10:21:48", "+0100")),
    ("Message-ID", "<000301dc6659$2f81e0c0$8e85a240$@distlevante.es>"),
    ("In-Reply-To", "<mailduns.2027-01-13.2026-124.d@ortegatraducciones.es>"),
    ("References", "<fra-2026-124@ortegatraducciones.es> <mailduns.2027-01-13.2026-124.d@ortegatraducciones.es>"),
    ("X-Mailer", "Microsoft Outlook 15.0"),
], text(mine + "\n" + hb + "\n\n" + q, charset="windows-1252")),
    kind="client-reply-promise", language="es", promised_date="2027-01-25", reference="2026-124",
    note="Included in the payment run 'del día 25', written on 14 January: a promise for 25 January 2027.")

# --- es: part paid by Bizum, the rest promised on a day
q = rem_es("due", "Buenos días, Laura Méndez:", "F26/053", "550,00 €", "29 de enero de 2027", "Andreu Vidal Puig",
           pay_andreu("Factura F26/053"))
mine = """Hola Andreu!! Te acabo de hacer un Bizum de 200 € y el resto, los 350, te los paso el 15 de febrero que es cuando cobro 🙏 Perdona de verdad, las fotos han quedado preciosas y mi madre está encantada

Laura
"""
attr = "El sáb, 30 ene 2027 a las 9:00, Andreu Vidal Puig (<hola@andreuvidal.cat>) escribió:"
add(build([
    ("From", ah("Laura Méndez", "lauramendez.bcn@gmail.com")),
    ("To", me(ANDREU)),
    ("Subject", "Re: Factura F26/053 - sesión familiar"),
    ("Date", when("2027-01-30 11:02:27", "+0100")),
    ("Message-ID", "<CAE9wZp4=Hn7tLq0xVb2mRk5sD@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-01-30.F26-053.d@andreuvidal.cat>"),
    ("References", "<fra-F26-053@andreuvidal.cat> <mailduns.2027-01-30.F26-053.d@andreuvidal.cat>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-promise", language="es", promised_date="2027-02-15", amount="350.00", currency="EUR",
    note="200 € paid now and the remaining 350 € promised on 15 February: a promise for that day; the amount is the promised rest, not the 200 € already sent.")

# --- es: paid, screenshot attached
q = rem_es("due", "Estimados señores:", "A-2027-012", "605,00 €", "2 de marzo de 2027", "Javier Montero", None)
mine = """Buenas tardes Javier,

ya está pagada la A-2027-012, te adjunto la captura de la transferencia. Perdona, se nos había quedado traspapelada.

Saludos,
Elisa Navas
Óptica Visión Clara
"""
attr = "El mar, 2 mar 2027 a las 9:00, Javier Montero (<javier@monteroseo.es>) escribió:"
add(build([
    ("From", ah("Óptica Visión Clara", "info@opticavisionclara.es")),
    ("To", me(JAVIER)),
    ("Subject", "Re: Factura A-2027-012"),
    ("Date", when("2027-03-03 18:20:15", "+0100")),
    ("Message-ID", "<CAGq2sV9=Pw3mKx7Tb1nZe0rYh@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-03-02.A-2027-012.d@monteroseo.es>"),
    ("References", "<fra-A-2027-012@monteroseo.es> <mailduns.2027-03-02.A-2027-012.d@monteroseo.es>"),
], mixed(alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail"),
         attach("image/png", PNG, "Captura de pantalla 2027-03-03 181744.png"), style="gmail")),
    kind="client-reply-paid", language="es", reference="A-2027-012",
    note="Says the invoice is paid and attaches a screenshot of the transfer; no amount in her words.")

# --- es: HTML-only, done today, asks if a receipt is needed
q = rem_es("due", "Buenos días, Sergio Canet:", "2026-125", "1.089,00 €", "21 de diciembre de 2026", "Lucía Ortega Prats",
           pay_lucia("Factura 2026-125"))
mine = """¡Hecho! Transferencia enviada hoy, 1.089,00 €.
¿Necesitas que te mande el justificante o con esto te vale?
Felices fiestas 🎄
Sergio
"""
h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
     '<div style="font-family:Verdana,Geneva,sans-serif;font-size:10pt">' + paras_html(mine) + "</div>"
     '<div><br></div><div style="border-top:1px solid #ccc;padding-top:6px;font-family:Verdana,Geneva,sans-serif;font-size:9pt">'
     '<b>De:</b> Lucía Ortega Prats &lt;lucia@ortegatraducciones.es&gt;<br><b>Enviado:</b> 22/12/2026 9:00<br>'
     '<b>Para:</b> sergio.canet@canetconsulting.es<br><b>Asunto:</b> Factura 2026-125</div>'
     '<blockquote style="margin:0 0 0 8px;border-left:2px solid #1010ff;padding-left:8px">' + paras_html(q) + "</blockquote></body></html>\n")
add(build([
    ("From", ah("Sergio Canet", "sergio.canet@canetconsulting.es")),
    ("To", me(LUCIA)),
    ("Subject", "Re: Factura 2026-125"),
    ("Date", when("2026-12-22 12:31:56", "+0100")),
    ("Message-ID", "<7d41c2b9e0a3f58c61e2d4b7a9c0f3e1@canetconsulting.es>"),
    ("In-Reply-To", "<mailduns.2026-12-22.2026-125.d@ortegatraducciones.es>"),
    ("References", "<fra-2026-125@ortegatraducciones.es> <mailduns.2026-12-22.2026-125.d@ortegatraducciones.es>"),
    ("User-Agent", "Roundcube Webmail/1.6.9"),
], htmlpart(h)),
    kind="client-reply-paid", language="es", amount="1089.00", currency="EUR",
    note="HTML-only webmail reply: transfer sent today for 1.089,00 €; the question about the receipt does not change the kind.")

# --- es: the accounts department says it went in the payment run of 30/11
q = rem_es("due", "Estimados señores:", "2026-115", "605,00 €", "30 de noviembre de 2026", "Lucía Ortega Prats",
           pay_lucia("Factura 2026-115"))
mine = """Buenos días, Sra. Ortega:

Le informamos de que en la remesa de pagos del pasado 30/11 se incluyó su factura 2026-115 por importe de 605,00 €. El abono debería figurar ya en su cuenta o hacerlo en el día de hoy, según su entidad.

Atentamente,

Administración
Construcciones Navarro, S.L.
"""
hb = ("De: Lucía Ortega Prats <lucia@ortegatraducciones.es>\nEnviado el: martes, 1 de diciembre de 2026 9:00\n"
      "Para: administracion@construccionesnavarro.es\nAsunto: Factura 2026-115")
add(build([
    ("From", ah("Administración Construcciones Navarro", "administracion@construccionesnavarro.es")),
    ("To", me(LUCIA)),
    ("Subject", "RE: Factura 2026-115"),
    ("Date", when("2026-12-01 09:45:22", "+0100")),
    ("Message-ID", "<001c01dc61a7$4e0f8a30$ea2e9e90$@construccionesnavarro.es>"),
    ("In-Reply-To", "<mailduns.2026-12-01.2026-115.d@ortegatraducciones.es>"),
    ("References", "<fra-2026-115@ortegatraducciones.es> <mailduns.2026-12-01.2026-115.d@ortegatraducciones.es>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], alt(text(mine + "\n" + hb + "\n\n" + q, charset="windows-1252", cte="quoted-printable"),
       htmlpart(outlook_html(mine, hb, q, charset="windows-1252", lang="ES"), charset="windows-1252"), style="outlook")),
    kind="client-reply-paid", language="es", amount="605.00", currency="EUR", reference="2026-115",
    note="The client's accounts office says the invoice went out in the 30/11 payment run: a paid claim written by a person, not a bank notice.")

# --- es: billed twice for the same session, credit note asked
q = rem_es("courtesy", "Estimados señores:", "F26/052", "1.149,50 €", "31 de diciembre de 2026", "Andreu Vidal Puig",
           pay_andreu("Factura F26/052"), issue="1 de diciembre de 2026")
mine = """Andreu, buenas tardes:

Revisando la F26/052 vemos que nos cobras otra vez la sesión del 14 de noviembre en el Born, que ya iba incluida en la F26/045 y que está pagada desde hace semanas.

Necesitamos un abono por ese importe (380 € + IVA) o que nos mandes una factura rectificativa; el resto de conceptos está correcto.

Gracias,
Irene Soler
Producción - Agencia Nómada Viajes
"""
attr = "El jue, 17 dic 2026 a las 9:00, Andreu Vidal Puig (<hola@andreuvidal.cat>) escribió:"
add(build([
    ("From", ah("Irene Soler", "produccion@nomadaviajes.com")),
    ("To", me(ANDREU)),
    ("Subject", "Re: Factura F26/052"),
    ("Date", when("2026-12-17 16:00:42", "+0100")),
    ("Message-ID", "<CAHx0pB2=Ls8kRz4nWq6vYe1mT@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2026-12-17.F26-052.c@andreuvidal.cat>"),
    ("References", "<fra-F26-052@andreuvidal.cat> <mailduns.2026-12-17.F26-052.c@andreuvidal.cat>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-dispute", language="es",
    note="A session billed twice and a credit note (abono) asked: a dispute; 'está pagada' refers to the other invoice, and two invoices are named so no reference.")

# --- es: will not pay until the promised results show
q = rem_es("reminder", "Buenos días, Álvaro Reche:", "A-2027-009", "968,00 €", "28 de febrero de 2027", "Javier Montero", None)
mine = """Javier no pienso pagar ni un euro mas hasta que el posicionamiento que nos vendiste aparezca de verdad. TRES meses y seguimos en la pagina 4 de google para "fisioterapia alcorcon". Eso no es lo que hablamos.

Si quieres lo hablamos pero no me mandes mas recordatorios automaticos.

Alvaro Reche
Fisio Activa
"""
attr = "El lun, 15 mar 2027 a las 9:00, Javier Montero (<javier@monteroseo.es>) escribió:"
add(build([
    ("From", ah("Alvaro Reche", "alvaro@fisioactiva.es")),
    ("To", me(JAVIER)),
    ("Subject", "Re: Factura A-2027-009"),
    ("Date", when("2027-03-15 22:47:31", "+0100")),
    ("Message-ID", "<CAFr6nW1=Xv9tLp3kQz8mBe2yS@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-03-15.A-2027-009.r1@monteroseo.es>"),
    ("References", "<fra-A-2027-009@monteroseo.es> <mailduns.2027-03-15.A-2027-009.r1@monteroseo.es>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-dispute", language="es",
    note="Refuses to pay because the work did not deliver what was agreed (no accents, capitals): a dispute, not merely a complaint about tone.")

# --- es: Bizum received (bank notice)
t = """Has recibido un Bizum

MARIA JOSE P. G. te ha enviado 45,00 €.
Concepto: traduccion carta seguro
Fecha: 19/11/2026 19:22

El importe ya está disponible en tu cuenta ****1332.

Este es un mensaje automático, por favor no respondas a este correo.
Banco del Turia - Banca digital
"""
add(build([
    ("From", ah("Banco del Turia", "avisos@bancodelturia.es")),
    ("To", "lucia@ortegatraducciones.es"),
    ("Subject", "Has recibido un Bizum de 45,00 €"),
    ("Date", when("2026-11-19 19:22:40", "+0100")),
    ("Message-ID", "<20261119182240.5521.avisos@bancodelturia.es>"),
    ("Auto-Submitted", "auto-generated"),
], alt(text(t), htmlpart('<html><body style="font-family:Arial,sans-serif">' + paras_html(t, "p") + "</body></html>\n"),
       style="java")),
    kind="payment-notification", language="es", amount="45.00", currency="EUR",
    note="A bank's Bizum notice of money received; the concepto names a service, not an invoice number.")

# --- es: transfer received (bank notice)
t = """Transferencia recibida

Hola, LUCIA:

Has recibido una transferencia en tu cuenta ES91 **** **** **** **** 1332.

Ordenante: GRUPO EDITORIAL MAREA SL
Importe: 2.420,00 EUR
Concepto: FRA 2026-118 TRADUCCION CATALOGO
Fecha valor: 05/01/2027

Puedes consultar el detalle en Movimientos de la cuenta.

Banco del Turia
"""
add(build([
    ("From", ah("Banco del Turia", "avisos@bancodelturia.es")),
    ("To", "lucia@ortegatraducciones.es"),
    ("Subject", "Transferencia recibida: 2.420,00 EUR"),
    ("Date", when("2027-01-05 08:15:03", "+0100")),
    ("Message-ID", "<20270105071503.8812.avisos@bancodelturia.es>"),
    ("Auto-Submitted", "auto-generated"),
], alt(text(t, charset="iso-8859-1", cte="quoted-printable"),
       htmlpart('<html><body style="font-family:Arial,sans-serif">' + paras_html(t, "p") + "</body></html>\n",
                charset="iso-8859-1"), style="java")),
    kind="payment-notification", language="es", amount="2420.00", currency="EUR", reference="2026-118",
    note="A bank's notice of an incoming transfer whose concepto names invoice 2026-118.")

# --- es: supplier-helpdesk ticket acknowledgement
t = """Estimado proveedor:

Hemos recibido su consulta en el Centro de Atención a Proveedores de Grupo Hostelero Mediterráneo.

Número de incidencia: PRV-2027-004821
Asunto: Re: Factura 2027-006
Plazo estimado de respuesta: 5 días hábiles

Puede consultar el estado de sus facturas y pagos en el Portal de Proveedores (https://proveedores.grupohm.es) con su NIF y contraseña.

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.

Centro de Atención a Proveedores
Grupo Hostelero Mediterráneo
"""
add(build([
    ("From", ah("Atención a Proveedores GHM", "noreply-proveedores@grupohm.es")),
    ("To", me(LUCIA)),
    ("Subject", "[PRV-2027-004821] Hemos recibido su consulta: Re: Factura 2027-006"),
    ("Date", when("2027-02-16 09:00:22", "+0100")),
    ("Message-ID", "<PRV-2027-004821.1802332822@helpdesk.grupohm.es>"),
    ("In-Reply-To", "<mailduns.2027-02-16.2027-006.r1@ortegatraducciones.es>"),
    ("References", "<mailduns.2027-02-16.2027-006.r1@ortegatraducciones.es>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Autoreply", "yes"),
    ("Precedence", "auto_reply"),
], alt(text(t), htmlpart('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">' + paras_html(t, "p") + "</body></html>\n"),
       style="java")),
    kind="auto-reply", language="es",
    note="A ticket acknowledgement from the client's supplier helpdesk; '5 días hábiles' is a response time, not a return date.")

# --- es: out of office until 7 January
t = """Gracias por su correo.

Estaré fuera de la oficina hasta el 7 de enero. Durante este periodo no tendré acceso al correo electrónico.

Para temas de facturación y pagos pueden escribir a contabilidad@estudiolumen.es.

Felices fiestas,
Carlos Ibáñez
Estudio Lumen
"""
add(build([
    ("From", ah("Carlos Ibáñez", "carlos@estudiolumen.es")),
    ("To", me(JAVIER)),
    ("Subject", "Respuesta automática: Factura A-2026-061"),
    ("Date", when("2026-12-24 10:00:15", "+0100")),
    ("Message-ID", "<a91f3c5e7b2d4e6f8091a2b3c4d5e6f7@estudiolumen.es>"),
    ("In-Reply-To", "<mailduns.2026-12-24.A-2026-061.d@monteroseo.es>"),
    ("References", "<mailduns.2026-12-24.A-2026-061.d@monteroseo.es>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
], text(t, charset="iso-8859-1")),
    kind="auto-reply", language="es", return_date="2027-01-07",
    note="Out-of-office 'hasta el 7 de enero' written on 24 December 2026: the day named, 7 January 2027.")

# --- es: FACe status change (public administration e-invoice), not a payment
t = """Punto General de Entrada de Facturas Electrónicas de la Administración General del Estado (FACe)

Le informamos de que la factura que se detalla a continuación ha cambiado de estado.

Número de registro: REGAGE27e00001834412
Número de factura: A-2027-010
Importe: 2.904,00 EUR
Órgano gestor: L01289001 - Ayuntamiento de San Martín del Valle
Unidad tramitadora: L01289001 - Intervención
Oficina contable: L01289001 - Intervención

Estado anterior: 1300 - Verificada en el RCF
Nuevo estado: 2400 - Contabilizada la obligación reconocida
Fecha del cambio: 12/03/2027 11:29

Puede consultar el estado de sus facturas en https://face.gob.es/es/proveedores

Este correo ha sido generado automáticamente. Por favor, no responda a este mensaje.
"""
add(build([
    ("From", ah("FACe - Punto General de Entrada de Facturas", "no-reply@face.gob.es")),
    ("To", "javier@monteroseo.es"),
    ("Subject", "FACe - Cambio de estado de la factura A-2027-010"),
    ("Date", when("2027-03-12 11:30:02", "+0100")),
    ("Message-ID", "<1803126602014.REGAGE27e00001834412@face.gob.es>"),
    ("Auto-Submitted", "auto-generated"),
], text(t, charset="iso-8859-1")),
    kind="other", language="es",
    note="An e-invoicing platform status change to 'contabilizada la obligación reconocida': the debt was booked, nothing was paid yet (that would be 'pagada'), so not a payment notification.")

# --- es: phishing dressed as a tax-agency invoice notice
h = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="620" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#8b0000;color:#fff;padding:14px;font-size:18px"><b>Agencia Tributaria</b> - Sede Electr&oacute;nica</td></tr>
<tr><td style="padding:20px">
<p>Estimado contribuyente,</p>
<p>Le comunicamos que existe una <b>factura pendiente de pago</b> asociada a su NIF correspondiente al ejercicio 2026. Para evitar recargos y el inicio del procedimiento de apremio, debe descargar el documento y regularizar su situaci&oacute;n en un plazo de 48 horas.</p>
<p style="text-align:center"><a href="http://aeat-sede-gob.info/descarga/factura.php?id=ES83721" style="background:#8b0000;color:#fff;padding:10px 24px;text-decoration:none">DESCARGAR FACTURA (PDF)</a></p>
<p>Referencia: AEAT/2026/83721-F</p>
<p style="font-size:11px;color:#777">&copy; Agencia Estatal de Administraci&oacute;n Tributaria. Este mensaje ha sido enviado autom&aacute;ticamente.</p>
</td></tr></table></body></html>
"""
add(build([
    ("From", ah("Agencia Tributaria", "notificaciones@aeat-sede-gob.info")),
    ("To", "undisclosed-recipients:;"),
    ("Subject", "Aviso: factura pendiente de pago - Ref. AEAT/2026/83721-F"),
    ("Date", when("2026-11-09 03:14:52", "+0100")),
    ("Message-ID", "<20261109031452.83721@srv1.aeat-sede-gob.info>"),
    ("X-Spam-Flag", "YES"),
    ("X-Spam-Status", "Yes, score=7.9 required=5.0 tests=HTML_ONLY,PHISH_TAX,URI_NOVOWEL"),
], htmlpart(h, cte="base64")),
    kind="other", language="es",
    note="Phishing pretending to be the tax agency about an 'unpaid invoice': spam, nobody's reply and no money.")

# --- es: a client's calendar invitation (Google Calendar)
t = """Te han invitado a un evento.

Seguimiento campaña SEO primavera
Jueves, 14 de enero de 2027 10:00 – 11:00 (hora estándar de Europa central)
Ubicación: Oficinas Hoteles Nazaret, C/ Alcalá 201, Madrid
Organizador: Elena Prieto

Nota de Elena Prieto: Revisamos keywords y el informe de diciembre. Me llevo a Pablo de marketing. Si te va mejor por videollamada, dime.

Participantes:
- Elena Prieto (organizador)
- javier@monteroseo.es
- pablo.marin@hotelesnazaret.com

¿Asistirás? Sí - Quizás - No

Invitación de Google Calendar. Estás recibiendo este correo electrónico porque eres un invitado del evento.
"""
ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20270114T090000Z
DTEND:20270114T100000Z
DTSTAMP:20270108T160213Z
ORGANIZER;CN=Elena Prieto:mailto:elena.prieto@hotelesnazaret.com
UID:4kq2v0b8n1r7t5m3c9e6x0z2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=javier@monteroseo.es;X-NUM-GUESTS=0:mailto:javier@monteroseo.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Elena Prieto;X-NUM-GUESTS=0:mailto:elena.prieto@hotelesnazaret.com
CREATED:20270108T160211Z
DESCRIPTION:Revisamos keywords y el informe de diciembre. Me llevo a Pablo de marketing. Si te va mejor por videollamada\\, dime.
LAST-MODIFIED:20270108T160211Z
LOCATION:Oficinas Hoteles Nazaret\\, C/ Alcalá 201\\, Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Seguimiento campaña SEO primavera
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")
cal = leaf("text/calendar", ics.encode("utf-8"), charset="UTF-8", cte="base64", params="; method=REQUEST")
add(build([
    ("From", ah("Elena Prieto", "elena.prieto@hotelesnazaret.com")),
    ("To", "javier@monteroseo.es"),
    ("Subject", "Invitación: Seguimiento campaña SEO primavera @ jue 14 ene 2027 10:00 - 11:00 (CET) (javier@monteroseo.es)"),
    ("Date", when("2027-01-08 17:02:13", "+0100")),
    ("Message-ID", "<calendar-4kq2v0b8n1r7t5m3c9e6x0z2@google.com>"),
    ("Reply-To", ah("Elena Prieto", "elena.prieto@hotelesnazaret.com")),
    ("Sender", "Google Calendar <calendar-notification@google.com>"),
], mixed(alt(text(t), htmlpart('<html><body><div style="font-family:Roboto,Arial,sans-serif">' + paras_html(t) + "</div></body></html>\n"),
             cal, style="gmail"),
         attach("application/ics", ics.encode("utf-8"), "invite.ics"), style="gmail")),
    kind="other", language="es",
    note="A calendar invitation from a client about an SEO follow-up meeting: not a reply about an invoice and no payment content.")

# --- es: the freelancer's own outgoing transfer came back
t = """Devolución de transferencia emitida

Hola, ANDREU:

La transferencia que ordenaste el 22/02/2027 ha sido devuelta por la entidad del beneficiario y el importe se ha abonado de nuevo en tu cuenta ES76 **** **** **** **** 3456.

Beneficiario: LABORATORI FOTOGRAFIC GRIS SL
Importe devuelto: 312,50 EUR
Concepto original: FRA 2027-0088 REVELADO E IMPRESION
Motivo de la devolución: AC04 - Cuenta cancelada

Si quieres volver a enviarla, comprueba los datos del beneficiario.

Banco Costa Digital - Aviso automático
"""
add(build([
    ("From", ah("Banco Costa Digital", "avisos@notificaciones.bancocosta.es")),
    ("To", "hola@andreuvidal.cat"),
    ("Subject", "Devolución de transferencia emitida"),
    ("Date", when("2027-02-24 09:40:11", "+0100")),
    ("Message-ID", "<20270224084011.99341.avisos@notificaciones.bancocosta.es>"),
    ("Auto-Submitted", "auto-generated"),
], alt(text(t), htmlpart('<html><body style="font-family:Arial,sans-serif">' + paras_html(t, "p") + "</body></html>\n"),
       style="java")),
    kind="other", language="es",
    note="The freelancer's own payment to his photo lab bounced back: money returned to him, but it is not a client paying his invoice, so not a payment notification.")


# ================================================================ ENGLISH

# --- en: passed on to accounts payable
q = rem_en("reminder", "Dear Accounts Team,", "HC-2026-038", "£1,200.00", "13 November 2026", "Tom Harker",
           pay_tom("HC-2026-038"))
hb = ("From: Tom Harker <tom@harkercopy.co.uk>\nSent: Monday, 16 November 2026 09:00\n"
      "To: Hannah Price <hannah.price@fernleaffoods.co.uk>\nSubject: Invoice HC-2026-038 - Fernleaf website copy")
mine = """Hi Tom,

Thanks for this – I've passed it on to our accounts payable team (ap@fernleaffoods.co.uk) as I don't have access to payments myself. They batch supplier payments every couple of weeks, so you should hear from them directly.

Best,
Hannah

Hannah Price | Marketing Manager
Fernleaf Foods Ltd | Unit 4, Avonmouth Way, Bristol BS11 9HX
"""
add(build([
    ("From", ah("Hannah Price", "hannah.price@fernleaffoods.co.uk")),
    ("To", me(TOM)),
    ("Cc", "ap@fernleaffoods.co.uk"),
    ("Subject", "RE: Invoice HC-2026-038 - Fernleaf website copy"),
    ("Date", when("2026-11-16 14:05:29", "+0000")),
    ("Message-ID", "<LO2P265MB4127A9B8C7D6E5F4@LO2P265MB4127.GBRP265.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", "<mailduns.2026-11-16.HC-2026-038.r1@harkercopy.co.uk>"),
    ("References", "<inv.HC-2026-038@harkercopy.co.uk> <mailduns.2026-11-16.HC-2026-038.r1@harkercopy.co.uk>"),
    ("Content-Language", "en-GB"),
], alt(text(mine + "\n" + hb + "\n\n" + q), htmlpart(outlook_html(mine, hb, q, lang="EN-GB")), style="outlook")),
    kind="client-reply-other", language="en",
    note="Forwarded to accounts payable; 'they batch payments every couple of weeks, you should hear from them' describes a habit, not a promise with or without a day.")

# --- en: a German bookkeeper asks whether reverse charge applies (non-native)
q = rem_en("courtesy", "Dear Accounts Team,", "INV-0201", "€3,075.00", "20 January 2027", "Priya Nair",
           pay_priya_noln("INV-0201"), issue="21 December 2026")
mine = """Hello Priya,

before we can pay I must ask you one thing: on your invoice INV-0201 there is 23% Irish VAT. We are a VAT registered company in Germany (DE298114562), so I think it should be reverse charge and without VAT? Maybe I understand wrong, the project was the app development for our shop in Dublin also.

Can you please check and tell me if I am wrong.

Thank you and best regards
Katrin Vogel
Buchhaltung / Accounting
Vogel & Lang Handels GmbH
Hafenstraße 12, 20457 Hamburg
"""
attr = "Am Mi., 13. Jan. 2027 um 09:00 Uhr schrieb Priya Nair <priya@nairdev.ie>:"
add(build([
    ("From", ah("Katrin Vogel", "k.vogel@vogel-lang.de")),
    ("To", me(PRIYA)),
    ("Subject", "AW: Invoice INV-0201 - friendly reminder"),
    ("Date", when("2027-01-13 10:22:47", "+0100")),
    ("Message-ID", "<CAD4vK0p=Hz8mQw2Ln7tXb5eRj@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-01-13.INV-0201.c@nairdev.ie>"),
    ("References", "<inv.INV-0201@nairdev.ie> <mailduns.2027-01-13.INV-0201.c@nairdev.ie>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-other", language="en", reference="INV-0201",
    note="Asks whether reverse charge should apply ('tell me if I am wrong'): a question about the VAT, not yet a contested invoice or a refusal; German quote header, English text.")

# --- en: who do we pay, the illustrator or the agency?
q = rem_en("courtesy", "Dear Accounts Team,", "SO-112", "£2,400.00", "11 December 2026", "Sam Okafor", None,
           issue="11 November 2026")
mine = """Hi Sam,

I'm a bit confused about who we're meant to pay for the illustrations – you directly, or Brightline? Our contract for the campaign is with them, and I'd assumed your fees were part of their invoices.

I've asked our finance team to check with Brightline and I'll get back to you once I know more.

Thanks,
Ollie

Oliver Grant
Brand Lead, Northern Rail Heritage Trust
"""
attr = "On Tue, 8 Dec 2026 at 09:00, Sam Okafor <studio@samokafor.com> wrote:"
add(build([
    ("From", ah("Oliver Grant", "oliver.grant@nrht.org.uk")),
    ("To", me(SAM)),
    ("Subject", "Re: Invoice SO-112"),
    ("Date", when("2026-12-08 11:30:02", "+0000")),
    ("Message-ID", "<CAKm2nL7=Qv4tRx9Wb0zYp3eHs@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2026-12-08.SO-112.c@samokafor.com>"),
    ("References", "<inv.SO-112@samokafor.com> <mailduns.2026-12-08.SO-112.c@samokafor.com>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-other", language="en",
    note="Asks who should pay (him or the agency) and will come back: he does not say it was already billed or refuse, and promises nothing.")

# --- en: three reminders is a bit much
q = rem_en("reminder", "Dear Accounts Team,", "HC-2027-006", "£640.00", "12 February 2027", "Tom Harker",
           pay_tom("HC-2027-006"))
mine = """Tom,

Three emails about one invoice in ten days is a bit much, frankly – we're a small charity, not a multinational trying to dodge you. I've chased our finance volunteer again this morning.

Jess

Jess Whitfield
Communications Lead | Riverside Trust
Registered charity no. 1098765
"""
attr = "On 23 Feb 2027, at 09:00, Tom Harker <tom@harkercopy.co.uk> wrote:"
add(build([
    ("From", ah("Jess Whitfield", "jess@riversidetrust.org.uk")),
    ("To", me(TOM)),
    ("Subject", "Re: Invoice HC-2027-006"),
    ("Date", when("2027-02-23 09:15:37", "+0000")),
    ("Message-ID", "<9C8B7A6F-5E4D-4C3B-A2F1-E0D9C8B7A6F5@riversidetrust.org.uk>"),
    ("In-Reply-To", "<mailduns.2027-02-23.HC-2027-006.r1@harkercopy.co.uk>"),
    ("References", "<inv.HC-2027-006@harkercopy.co.uk> <mailduns.2027-02-19.HC-2027-006.d@harkercopy.co.uk> <mailduns.2027-02-23.HC-2027-006.r1@harkercopy.co.uk>"),
    ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(apple_html(mine, attr, q)), style="apple")),
    kind="client-reply-other", language="en",
    note="A complaint about the number of reminders; 'chased our finance volunteer' is neither a paid claim nor a promise.")

# --- en: has anything arrived from us? (asking)
q = rem_en("due", "Dear Accounts Team,", "INV-0193", "€1,845.00", "27 January 2027", "Priya Nair",
           pay_priya("INV-0193"))
mine = """Hi Priya,

Quick one – can you let me know if anything has come through from us for INV-0193? I'm trying to reconcile the month and I can't tell whether finance released it in last week's run or whether it's still sitting in approvals.

Cheers,
Declan

Declan Moore
Operations | Harbour Analytics
"""
attr = "On Thu, 28 Jan 2027 at 09:00, Priya Nair <priya@nairdev.ie> wrote:"
add(build([
    ("From", ah("Declan Moore", "declan@harbouranalytics.ie")),
    ("To", me(PRIYA)),
    ("Subject", "Re: Invoice INV-0193"),
    ("Date", when("2027-01-28 12:10:55", "+0000")),
    ("Message-ID", "<CAJr8pT3=Mw5vKz1Xn9bQe7hLd@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-01-28.INV-0193.d@nairdev.ie>"),
    ("References", "<inv.INV-0193@nairdev.ie> <mailduns.2027-01-28.INV-0193.d@nairdev.ie>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-other", language="en", reference="INV-0193",
    note="Asks whether a payment arrived because he does not know if finance released it: a question, not a claim that it was paid.")

# --- en: AP needs a PO number on the invoice
q = rem_en("courtesy", "Dear Accounts Team,", "HC-2026-044", "£2,340.00", "9 December 2026", "Tom Harker",
           pay_tom("HC-2026-044"), issue="9 November 2026")
hb = ("From: Tom Harker <tom@harkercopy.co.uk>\nSent: 02 December 2026 09:00\n"
      "To: Procurement <procurement@kestrelinsurance.co.uk>\nSubject: Invoice HC-2026-044")
mine = """Hi Tom,

Our Accounts Payable team have flagged that invoice HC-2026-044 doesn't quote a purchase order number, and our system won't accept supplier invoices without one. Could you please add PO 4500123987 and resend it to invoices@kestrelinsurance.co.uk? Nothing else needs changing.

Kind regards,

Rachel Dunn
Procurement Coordinator
Kestrel Insurance plc

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Kestrel Insurance plc is authorised and regulated by the Financial Conduct Authority.
"""
add(build([
    ("From", ah("Rachel Dunn", "procurement@kestrelinsurance.co.uk")),
    ("To", me(TOM)),
    ("Subject", "RE: Invoice HC-2026-044"),
    ("Date", when("2026-12-02 15:40:18", "+0000")),
    ("Message-ID", "<CWLP123MB5504F1E2D3C4B5A6@CWLP123MB5504.GBRP123.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", "<mailduns.2026-12-02.HC-2026-044.c@harkercopy.co.uk>"),
    ("References", "<inv.HC-2026-044@harkercopy.co.uk> <mailduns.2026-12-02.HC-2026-044.c@harkercopy.co.uk>"),
    ("Content-Language", "en-GB"),
], alt(text(mine + "\n" + hb + "\n\n" + q), htmlpart(outlook_html(mine, hb, q, lang="EN-GB")), style="outlook")),
    kind="client-reply-other", language="en", reference="HC-2026-044",
    note="An administrative request to add a PO number and resend; the amount and the work are not questioned and no credit note is asked, so not a dispute.")

# --- en: the SEPA transfer came back (Dutch client)
q = rem_en("due", "Dear Accounts Team,", "INV-0207", "€1,230.00", "1 February 2027", "Priya Nair",
           pay_priya_noln("INV-0207"))
mine = """Hi Priya,

Our transfer for invoice INV-0207 from 2 February came back today with return reason "AC01 – incorrect account number". We copied the IBAN from the PDF. Could you double-check the IBAN on the invoice and confirm the correct details to us?

Kind regards,
Sanne de Wit
Finance | Studio Kade B.V.
Keizersgracht 221, Amsterdam
"""
attr = "Op ma 1 feb 2027 om 09:00 schreef Priya Nair <priya@nairdev.ie>:"
add(build([
    ("From", ah("Sanne de Wit", "finance@studiokade.nl")),
    ("To", me(PRIYA)),
    ("Subject", "Re: Invoice INV-0207"),
    ("Date", when("2027-02-08 14:25:09", "+0100")),
    ("Message-ID", "<CAN7xW2q=Ft6kPv0Lm4zRb8yTe@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-02-01.INV-0207.d@nairdev.ie>"),
    ("References", "<inv.INV-0207@nairdev.ie> <mailduns.2027-02-01.INV-0207.d@nairdev.ie>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-other", language="en", reference="INV-0207",
    note="The transfer was returned (AC01) and nothing has been sent again: she asks for the right IBAN; not a paid claim, no promise.")

# --- en: can we spread it over a few months?
q = rem_en("reminder", "Dear Jo Barnes,", "SO-118", "£780.00", "10 January 2027", "Sam Okafor", None)
mine = """Hi Sam,

Sorry to be awkward. January has been brutal for us since the Christmas rush ended and I can't clear the full £780 in one go right now. Would you consider letting us spread it over a few months? Happy to talk it through on the phone if that's easier.

Jo
Crumb & Co Bakery, Chorlton
"""
attr = "On Wed, 20 Jan 2027 at 09:00, Sam Okafor <studio@samokafor.com> wrote:"
add(build([
    ("From", ah("Jo Barnes", "jo@crumbandco.co.uk")),
    ("To", me(SAM)),
    ("Subject", "Re: Invoice SO-118"),
    ("Date", when("2027-01-20 19:02:44", "+0000")),
    ("Message-ID", "<CAFw3mP9=Rz1nLk7Xq2vTb6eYs@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-01-20.SO-118.r1@samokafor.com>"),
    ("References", "<inv.SO-118@samokafor.com> <mailduns.2027-01-20.SO-118.r1@samokafor.com>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-other", language="en",
    note="Asks to spread the £780 over a few months with no plan or day: a request, not a promise; the sum is the invoice, not a payment.")

# --- en: we'll look into it (Outlook for Android)
q = rem_en("reminder", "Dear Accounts Team,", "HC-2027-011", "£1,050.00", "14 March 2027", "Tom Harker",
           pay_tom("HC-2027-011"))
mine = """Thanks Tom, we'll look into it and come back to you.

Get Outlook for Android
"""
hb = ("From: Tom Harker <tom@harkercopy.co.uk>\nSent: Wednesday, March 17, 2027 9:00:12 AM\n"
      "To: Greg Lawson <greg@marlowestates.co.uk>\nSubject: Invoice HC-2027-011")
add(build([
    ("From", ah("Greg Lawson", "greg@marlowestates.co.uk")),
    ("To", me(TOM)),
    ("Subject", "Re: Invoice HC-2027-011"),
    ("Date", when("2027-03-17 10:40:51", "+0000")),
    ("Message-ID", "<DB9P194MB1362E4D5C6B7A8F9@DB9P194MB1362.EURP194.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", "<mailduns.2027-03-17.HC-2027-011.r1@harkercopy.co.uk>"),
    ("References", "<inv.HC-2027-011@harkercopy.co.uk> <mailduns.2027-03-17.HC-2027-011.r1@harkercopy.co.uk>"),
], alt(text(mine + "\n" + "_" * 32 + "\n" + hb + "\n\n" + q), htmlpart(outlook_html(mine, hb, q, lang="EN-GB")),
       style="outlook")),
    kind="client-reply-other", language="en",
    note="'We'll look into it and come back to you' commits to an answer, not to a payment.")

# --- en: acquired, future invoices to the new entity
mine = """Hi Priya,

Some news: Pixelcraft has been acquired by Northgate Group. From 1 March 2027, please address all new invoices to:

Northgate Digital Ltd
3rd Floor, 40 Fitzwilliam Place, Dublin 2, D02 YT29
VAT IE3345678QH
invoices@northgate-group.ie

Existing invoices, including INV-0212, stay as they are and don't need to be reissued. Your contact for the project stays the same (me!).

Thanks,
Aoife Brennan
Head of Product, Pixelcraft (part of Northgate Group)
"""
attr = "On Thu, 11 Feb 2027 at 17:32, Priya Nair <priya@nairdev.ie> wrote:"
q = """Hi Aoife,

Please find attached invoice INV-0212 for the January sprint (checkout redesign), due on 13 March.

Thanks,
Priya
"""
add(build([
    ("From", ah("Aoife Brennan", "aoife@pixelcraft.ie")),
    ("To", me(PRIYA)),
    ("Subject", "Re: INV-0212 - January sprint"),
    ("Date", when("2027-02-18 11:00:26", "+0000")),
    ("Message-ID", "<CAH0vT5n=Wq8pLz3Kx6mYb1eRd@mail.gmail.com>"),
    ("In-Reply-To", "<inv.INV-0212@nairdev.ie>"),
    ("References", "<inv.INV-0212@nairdev.ie>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-other", language="en", reference="INV-0212",
    note="A change of billing entity for future invoices; the current invoice stays valid and nothing is said about paying it.")

# --- en: answers the freelancer's thank-you note
q = rem_en("thank_you", "Dear Martin Hale,", "HC-2026-041", "£450.00", "17 December 2026", "Tom Harker")
mine = """Great, glad it arrived safely! Thanks again for turning the brochure round so quickly.
Have a lovely Christmas 🎄
Martin
"""
attr = "On 18 Dec 2026, at 09:00, Tom Harker <tom@harkercopy.co.uk> wrote:"
add(build([
    ("From", ah("Martin Hale", "martin.hale@icloud.com")),
    ("To", me(TOM)),
    ("Subject", "Re: Invoice HC-2026-041 - payment received"),
    ("Date", when("2026-12-18 17:20:08", "+0000")),
    ("Message-ID", "<2D4F6A8C-0E1B-4C3D-9F5A-7B8C9D0E1F2A@icloud.com>"),
    ("In-Reply-To", "<mailduns.2026-12-18.HC-2026-041.thanks@harkercopy.co.uk>"),
    ("References", "<inv.HC-2026-041@harkercopy.co.uk> <mailduns.2026-12-18.HC-2026-041.thanks@harkercopy.co.uk>"),
    ("X-Mailer", "iPhone Mail (22C161)"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q), flowed=True), htmlpart(apple_html(mine, attr, q)), style="apple")),
    kind="client-reply-other", language="en",
    note="A reply to the freelancer's own thank-you for a payment already received: 'glad it arrived' is not a new paid claim; the £450 is only in the quote.")

# --- en: a US client's accounts team needs a W-8BEN first
q = rem_en("courtesy", "Dear Accounts Team,", "SO-121", "US$3,200.00", "10 March 2027", "Sam Okafor", None,
           issue="8 February 2027")
mine = """Hi Sam,

Thanks for the reminder. Our accounts team let me know they need a completed W-8BEN form on file before they can set up a payment to a non-US vendor – it's a one-time thing. I've attached the blank form; could you fill it in and send it back to me or straight to ap@tallgrassbooks.com?

Sorry for the extra paperwork!

Best,
Megan

--
Megan Ortiz
Art Director, Tallgrass Books
Minneapolis, MN
"""
attr = "On Thu, Mar 4, 2027 at 3:00 AM Sam Okafor <studio@samokafor.com> wrote:"
add(build([
    ("From", ah("Megan Ortiz", "megan.ortiz@tallgrassbooks.com")),
    ("To", me(SAM)),
    ("Subject", "Re: Invoice SO-121 - cover illustration"),
    ("Date", when("2027-03-04 10:12:36", "-0600")),
    ("Message-ID", "<CAMq4vB8=Tx2nWk6Lz0pRe9yHs@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-03-04.SO-121.c@samokafor.com>"),
    ("References", "<inv.SO-121@samokafor.com> <mailduns.2027-03-04.SO-121.c@samokafor.com>"),
], mixed(alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail"),
         attach("application/pdf", pdf("fw8ben blank form"), "fw8ben.pdf"), style="gmail")),
    kind="client-reply-other", language="en",
    note="A tax form is needed before payment can be set up: an administrative request, not a refusal of the invoice and not a promise.")

# --- en: paid today by bank transfer, GBP
q = rem_en("due", "Dear Accounts Team,", "HC-2027-002", "£850.00", "8 January 2027", "Tom Harker", pay_tom("HC-2027-002"))
mine = """Hi Tom,

Paid today by bank transfer – £850, reference HC-2027-002. Should be with you by this afternoon.

Happy new year!
Priti

Priti Shah
Director, Larkspur Events Ltd
"""
attr = "On Mon, 11 Jan 2027 at 09:00, Tom Harker <tom@harkercopy.co.uk> wrote:"
add(build([
    ("From", ah("Priti Shah", "priti@larkspurevents.co.uk")),
    ("To", me(TOM)),
    ("Subject", "Re: Invoice HC-2027-002"),
    ("Date", when("2027-01-11 13:02:19", "+0000")),
    ("Message-ID", "<CAB8nY1k=Pv3xQm7Tz2wLe5hRd@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-01-11.HC-2027-002.d@harkercopy.co.uk>"),
    ("References", "<inv.HC-2027-002@harkercopy.co.uk> <mailduns.2027-01-11.HC-2027-002.d@harkercopy.co.uk>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-paid", language="en", amount="850.00", currency="GBP", reference="HC-2027-002",
    note="Paid today by bank transfer, £850 with the invoice number as reference; 'should be with you this afternoon' is about arrival, not a promise.")

# --- en: paid on Friday, asks for a receipt
q = rem_en("reminder", "Dear Accounts Team,", "SO-119", "£1,150.00", "5 February 2027", "Sam Okafor", None)
mine = """Hi Sam,

Sorry for the delay on this one, it was paid on Friday. Could you send over a receipt for our records when you get a sec?

Thanks,
Rob

Rob Kelly | Finance
Mill Street Brewing Co.
"""
hb = ("From: Sam Okafor <studio@samokafor.com>\nSent: Monday, 15 February 2027 09:00\n"
      "To: Rob Kelly <rob@millstreetbrewing.co.uk>\nSubject: Invoice SO-119")
add(build([
    ("From", ah("Rob Kelly", "rob@millstreetbrewing.co.uk")),
    ("To", me(SAM)),
    ("Subject", "RE: Invoice SO-119"),
    ("Date", when("2027-02-15 09:50:44", "+0000")),
    ("Message-ID", "<LO4P302MB5511B6C5D4E3F2A1@LO4P302MB5511.GBRP302.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", "<mailduns.2027-02-15.SO-119.r1@samokafor.com>"),
    ("References", "<inv.SO-119@samokafor.com> <mailduns.2027-02-15.SO-119.r1@samokafor.com>"),
], alt(text(mine + "\n" + hb + "\n\n" + q), htmlpart(outlook_html(mine, hb, q, lang="EN-GB")), style="outlook")),
    kind="client-reply-paid", language="en",
    note="'It was paid on Friday' is a paid claim; asking for a receipt does not change it; no amount or number in his words.")

# --- en: done, and a question about VAT
q = rem_en("courtesy", "Dear Eoin Walsh,", "INV-0198", "€492.00", "7 December 2026", "Priya Nair",
           pay_priya_noln("INV-0198"), issue="7 November 2026")
mine = """done ✅ sent €492 from my business account just now

also random q, should I have been charged VAT on this? I'm not VAT registered myself so no idea how it works 🙈

Eoin
"""
attr = "On Fri 4 Dec 2026 at 09:00, Priya Nair <priya@nairdev.ie> wrote:"
add(build([
    ("From", ah("Eoin Walsh", "eoin.walsh.design@gmail.com")),
    ("To", me(PRIYA)),
    ("Subject", "Re: Invoice INV-0198"),
    ("Date", when("2026-12-04 20:30:13", "+0000")),
    ("Message-ID", "<CAE3kL9w=Ym6tQp2Rz8vXb0nHf@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2026-12-04.INV-0198.c@nairdev.ie>"),
    ("References", "<inv.INV-0198@nairdev.ie> <mailduns.2026-12-04.INV-0198.c@nairdev.ie>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-paid", language="en", amount="492.00", currency="EUR",
    note="Says he sent €492 just now and then asks a VAT question; the paid claim wins over the question.")

# --- en: US client, paid on the 15th
q = rem_en("courtesy", "Dear Accounts Team,", "SO-120", "US$1,900.00", "8 March 2027", "Sam Okafor", None,
           issue="6 February 2027")
mine = """Hi Sam – apologies, our AP cycle runs mid-month so this will be paid on the 15th. Nothing wrong on our end, just timing!

Megan
"""
attr = "On Wed, Mar 3, 2027 at 3:00 AM Sam Okafor <studio@samokafor.com> wrote:"
add(build([
    ("From", ah("Megan Ortiz", "megan.ortiz@tallgrassbooks.com")),
    ("To", me(SAM)),
    ("Subject", "Re: Invoice SO-120 - interior spots"),
    ("Date", when("2027-03-03 09:41:07", "-0600")),
    ("Message-ID", "<CAMq4vB8=Lp7zRw1Kt5xNe3mQa@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-03-03.SO-120.c@samokafor.com>"),
    ("References", "<inv.SO-120@samokafor.com> <mailduns.2027-03-03.SO-120.c@samokafor.com>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-promise", language="en", promised_date="2027-03-15",
    note="'Will be paid on the 15th', written on 3 March 2027 (US Central time): 15 March 2027.")

# --- en: by the end of the month
q = rem_en("reminder", "Dear Accounts Team,", "HC-2027-004", "£1,560.00", "31 January 2027", "Tom Harker",
           pay_tom("HC-2027-004"))
mine = """Hi Tom,

Apologies – this slipped through while our bookkeeper was off. We'll pay it by the end of the month.

Regards,
Andrew Cole
Cole & Finch Architects
"""
attr = "On Wed, 10 Feb 2027 at 09:00, Tom Harker <tom@harkercopy.co.uk> wrote:"
add(build([
    ("From", ah("Andrew Cole", "andrew@colefinch.co.uk")),
    ("To", me(TOM)),
    ("Subject", "Re: Invoice HC-2027-004"),
    ("Date", when("2027-02-10 16:18:52", "+0000")),
    ("Message-ID", "<CAPz5wN2=Kt8mXv1Qb7rLe4yHs@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2027-02-10.HC-2027-004.r1@harkercopy.co.uk>"),
    ("References", "<inv.HC-2027-004@harkercopy.co.uk> <mailduns.2027-02-10.HC-2027-004.r1@harkercopy.co.uk>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-promise", language="en", promised_date="2027-02-28",
    note="'By the end of the month' written on 10 February 2027 is 28 February.")

# --- en: next week, no day
q = rem_en("due", "Dear Niamh Byrne,", "INV-0195", "€615.00", "26 November 2026", "Priya Nair",
           pay_priya_noln("INV-0195"))
mine = """Hi Priya, so sorry, totally forgot about this! I'll get it sorted next week when I'm back at my desk.
Niamh

Sent from my iPhone
"""
attr = "On 27 Nov 2026, at 09:00, Priya Nair <priya@nairdev.ie> wrote:"
add(build([
    ("From", ah("Niamh Byrne", "niamh@byrnewellness.ie")),
    ("To", me(PRIYA)),
    ("Subject", "Re: Invoice INV-0195"),
    ("Date", when("2026-11-27 18:04:40", "+0000")),
    ("Message-ID", "<5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D@byrnewellness.ie>"),
    ("In-Reply-To", "<mailduns.2026-11-27.INV-0195.d@nairdev.ie>"),
    ("References", "<inv.INV-0195@nairdev.ie> <mailduns.2026-11-27.INV-0195.d@nairdev.ie>"),
    ("X-Mailer", "iPhone Mail (22B91)"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q), flowed=True), htmlpart(apple_html(mine, attr, q)), style="apple")),
    kind="client-reply-promise", language="en",
    note="'I'll get it sorted next week' is a promise with no day: no promised_date.")

# --- en: fixed fee agreed, invoice higher
q = rem_en("courtesy", "Dear Accounts Team,", "HC-2026-040", "£1,950.00", "4 December 2026", "Tom Harker",
           pay_tom("HC-2026-040"), issue="4 November 2026")
mine = """Tom,

I've just seen this. We agreed a fixed fee of £1,500 for the whole annual report – it's in your email of 2 September – but HC-2026-040 comes to £1,950. I don't remember signing off any extra days.

Can you either reissue it at the agreed £1,500 or explain the difference? We won't be paying the £1,950 as it stands.

Thanks,
Fiona

Fiona MacLeod
Head of Communications
Glenmorrow Housing Association
"""
hb = ("From: Tom Harker <tom@harkercopy.co.uk>\nSent: 24 November 2026 09:00\n"
      "To: Fiona MacLeod <f.macleod@glenmorrow.org.uk>\nSubject: Invoice HC-2026-040")
add(build([
    ("From", ah("Fiona MacLeod", "f.macleod@glenmorrow.org.uk")),
    ("To", me(TOM)),
    ("Subject", "RE: Invoice HC-2026-040"),
    ("Date", when("2026-11-24 11:47:03", "+0000")),
    ("Message-ID", "<LO6P265MB6830A1B2C3D4E5F6@LO6P265MB6830.GBRP265.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", "<mailduns.2026-11-24.HC-2026-040.c@harkercopy.co.uk>"),
    ("References", "<inv.HC-2026-040@harkercopy.co.uk> <mailduns.2026-11-24.HC-2026-040.c@harkercopy.co.uk>"),
    ("Content-Language", "en-GB"),
], alt(text(mine + "\n" + hb + "\n\n" + q), htmlpart(outlook_html(mine, hb, q, lang="EN-GB")), style="outlook")),
    kind="client-reply-dispute", language="en", reference="HC-2026-040",
    note="Contests the amount against an agreed fixed fee and will not pay it as it stands; the £1,500 is the fee she accepts, not a sum paid or promised.")

# --- en: a duplicate invoice, credit note asked
q = rem_en("courtesy", "Dear Accounts Team,", "INV-0196", "€2,460.00", "18 December 2026", "Priya Nair",
           pay_priya_noln("INV-0196"), issue="18 November 2026")
mine = """Hi Priya,

INV-0196 looks like a duplicate of INV-0188 – same sprint (October, booking flow), same amount. INV-0188 was paid on 20 November.

Could you please issue a credit note for INV-0196 so we can close it on our side?

Thanks,
Ciara Doyle
Finance Manager, Tessera Travel
"""
attr = "On Tue, 15 Dec 2026 at 09:00, Priya Nair <priya@nairdev.ie> wrote:"
add(build([
    ("From", ah("Ciara Doyle", "ciara.doyle@tesseratravel.ie")),
    ("To", me(PRIYA)),
    ("Subject", "Re: Invoice INV-0196"),
    ("Date", when("2026-12-15 10:12:29", "+0000")),
    ("Message-ID", "<CAL2xR7p=Nw4kVz9Qm1tYb6eGh@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.2026-12-15.INV-0196.c@nairdev.ie>"),
    ("References", "<inv.INV-0196@nairdev.ie> <mailduns.2026-12-15.INV-0196.c@nairdev.ie>"),
], alt(text(mine + "\n" + attr + "\n\n" + gq(q)), htmlpart(gmail_html(mine, attr, q)), style="gmail")),
    kind="client-reply-dispute", language="en",
    note="Says the invoice duplicates one already paid and asks for a credit note: a dispute; 'was paid' is about the other invoice, and with two invoices named there is no reference.")

# --- en: remittance advice from an accounts-payable platform
t = """REMITTANCE ADVICE

Payer: Kestrel Insurance plc
Payee: Tom Harker (supplier no. 300418)
Payment date: 28/01/2027
Payment method: BACS
Payment reference: KIP-PR-20270128-0417

Invoice number    Invoice date    PO number     Amount
HC-2026-044       09/11/2026      4500123987    £2,340.00

Total paid: £2,340.00

Funds should reach your account within 3 working days of the payment date.
This is an automated message from the Kestrel Insurance supplier payments system. Please do not reply.
"""
add(build([
    ("From", ah("Kestrel Insurance Supplier Payments", "remittance@payments.kestrelinsurance.co.uk")),
    ("To", "tom@harkercopy.co.uk"),
    ("Subject", "Remittance Advice - Payment KIP-PR-20270128-0417"),
    ("Date", when("2027-01-28 06:02:15", "+0000")),
    ("Message-ID", "<remit.KIP-PR-20270128-0417.300418@payments.kestrelinsurance.co.uk>"),
    ("Auto-Submitted", "auto-generated"),
], mixed(text(t),
         attach("application/pdf", pdf("Remittance KIP-PR-20270128-0417"), "Remittance_300418_20270128.pdf"), style="java")),
    kind="payment-notification", language="en", amount="2340.00", currency="GBP", reference="HC-2026-044",
    note="A payer's automated remittance advice: payment made by BACS for invoice HC-2026-044; money on its way counts as a payment notice.")

# --- en: mailbox no longer monitored
t = """Thank you for your email.

Please note that this mailbox is no longer monitored. Crumb & Co Bakery has moved its accounts to a new address: accounts@crumbandco.co.uk

Your message has not been forwarded. Please resend it to the address above.

This is an automated reply.
"""
add(build([
    ("From", ah("Crumb & Co", "hello@crumbandco.co.uk")),
    ("To", me(SAM)),
    ("Subject", "Auto: Re: Invoice SO-118"),
    ("Date", when("2027-03-22 09:00:09", "+0000")),
    ("Message-ID", "<autoreply.20270322090009.7711@crumbandco.co.uk>"),
    ("In-Reply-To", "<mailduns.2027-03-22.SO-118.final@samokafor.com>"),
    ("References", "<mailduns.2027-03-22.SO-118.final@samokafor.com>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Autoreply", "yes"),
], text(t, charset="us-ascii", cte="7bit")),
    kind="auto-reply", language="en",
    note="An automatic 'mailbox no longer monitored' reply pointing to a new address; no return date.")

# --- en: delivery delayed, mailbox full (temporary)
orig = """From: Priya Nair <priya@nairdev.ie>
To: accounts@loopwise.io
Subject: Invoice INV-0209
Date: Mon, 01 Feb 2027 09:00:04 +0000
Message-ID: <mailduns.2027-02-01.INV-0209.d@nairdev.ie>
"""
human = """** Message not delivered yet **

There was a temporary problem delivering your message to accounts@loopwise.io. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp
"""
dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 01 Feb 2027 01:00:04 -0800 (PST)
X-Original-Message-ID: <mailduns.2027-02-01.INV-0209.d@nairdev.ie>

Final-Recipient: rfc822; accounts@loopwise.io
Action: delayed
Status: 4.2.2
Remote-MTA: dns; aspmx.l.google.com. (142.250.102.27, the server for the domain loopwise.io.)
Diagnostic-Code: smtp; 452 4.2.2 The email account that you tried to reach is over quota.
Last-Attempt-Date: Mon, 01 Feb 2027 02:04:51 -0800 (PST)
Will-Retry-Until: Wed, 03 Feb 2027 01:00:04 -0800 (PST)
"""
add(build([
    ("From", ah("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
    ("To", "priya@nairdev.ie"),
    ("Subject", "Delivery Status Notification (Delay)"),
    ("Date", when("2027-02-01 10:04:52", "+0000")),
    ("Message-ID", "<67a1f0c4.050a0220.2b4c1e.9d31.GMR@mx.google.com>"),
    ("Auto-Submitted", "auto-replied"),
    ("References", "<mailduns.2027-02-01.INV-0209.d@nairdev.ie>"),
    ("In-Reply-To", "<mailduns.2027-02-01.INV-0209.d@nairdev.ie>"),
    ("X-Failed-Recipients", "accounts@loopwise.io"),
], multipart("report", [alt(text(human), htmlpart("<html><body>" + paras_html(human, "p") + "</body></html>\n")),
                        leaf("message/delivery-status", dsn), leaf("text/rfc822-headers", orig)],
             params="; report-type=delivery-status")),
    kind="bounce", language="en", failed_recipient="accounts@loopwise.io", permanent=False,
    note="A delay notice (452 4.2.2, mailbox over quota, still retrying): a temporary failure, so permanent = false.")

# --- en: accounts-payable portal says approved and scheduled (money not yet sent)
t = """Invoice approved

Hello Priya Nair,

Your invoice has been approved by Harbour Analytics Ltd and scheduled for payment.

Invoice number: INV-0204
Invoice amount: €2,214.00
Status: Approved - scheduled
Scheduled payment date: 15 Feb 2027

You will receive a remittance advice once the payment has been made. Dates are indicative and may change.

View invoice: https://harbouranalytics.payportal.io/supplier/invoices/88213

PayPortal, on behalf of Harbour Analytics Ltd. This is an automated notification.
"""
add(build([
    ("From", ah("Harbour Analytics via PayPortal", "notifications@payportal.io")),
    ("To", "priya@nairdev.ie"),
    ("Subject", "Invoice INV-0204 approved - scheduled for payment"),
    ("Date", when("2027-02-01 07:12:40", "+0000")),
    ("Message-ID", "<pp.88213.approved.1801811560@payportal.io>"),
    ("Auto-Submitted", "auto-generated"),
    ("List-Unsubscribe", "<https://harbouranalytics.payportal.io/supplier/settings/notifications>"),
], alt(text(t), htmlpart('<html><body style="font-family:Helvetica,Arial,sans-serif">' + paras_html(t, "p") + "</body></html>\n"),
       style="java")),
    kind="other", language="en",
    note="A machine notice that the invoice was approved and scheduled: no money has moved yet, so not a payment notification, and not a client's own promise.")

# --- en: the freelancer's own outgoing Wise transfer
t = """Your money's on its way

Hi Priya,

Your transfer to O'Brien & Co Chartered Accountants is complete.

You sent: 861.00 EUR
They receive: 861.00 EUR
Reference: Invoice 2026-318 year-end accounts
Transfer #1402277635

It should arrive in their account today.

Thanks for using Wise.
The Wise Team
"""
add(build([
    ("From", ah("Wise", "noreply@wise.com")),
    ("To", "priya@nairdev.ie"),
    ("Subject", "Your transfer to O'Brien & Co Chartered Accountants is complete"),
    ("Date", when("2026-12-30 15:27:31", "+0000")),
    ("Message-ID", "<0100019420c7b2a1-4e5f6071-8293-4a4b-bc5d-6e7f80910a1b-000000@email.amazonses.com>"),
    ("Auto-Submitted", "auto-generated"),
], alt(text(t), htmlpart('<html><body style="font-family:Inter,Helvetica,sans-serif">' + paras_html(t, "p") + "</body></html>\n"),
       style="java")),
    kind="other", language="en",
    note="An outgoing transfer the freelancer made to pay her accountant's invoice: money going out, not a payment notification.")

# --- en: a freelancers' association newsletter about late payment
t = """FREELANCE FORWARD - March 2027

Late payment: know your rights

If a business client pays you late, the Late Payment of Commercial Debts (Interest) Act 1998 lets you claim statutory interest at 8% above the Bank of England base rate, plus fixed compensation of £40 to £100 per invoice. This month we walk through it step by step: the friendly reminder, the second reminder, and the final notice before debt recovery.

Also in this issue
- Members' survey: 62% of you waited more than 30 days for at least one invoice last year
- Template: a payment plan letter your client can sign
- Events: "Pricing for 2027", online, 8 April

Read online: https://www.freelanceforward.org.uk/newsletter/2027-03

You're receiving this because you're a member of Freelance Forward. Unsubscribe: https://www.freelanceforward.org.uk/u/7f2a91
"""
add(build([
    ("From", ah("Freelance Forward", "news@freelanceforward.org.uk")),
    ("To", "tom@harkercopy.co.uk"),
    ("Subject", "Late payment: know your rights 💷"),
    ("Date", when("2027-03-25 07:00:00", "+0000")),
    ("Message-ID", "<20270325070000.7f2a91.news@freelanceforward.org.uk>"),
    ("List-Unsubscribe", "<https://www.freelanceforward.org.uk/u/7f2a91>"),
    ("List-Id", "Freelance Forward members <members.freelanceforward.org.uk>"),
    ("Precedence", "bulk"),
], alt(text(t), htmlpart('<html><body style="font-family:Georgia,serif;max-width:600px">' + paras_html(t, "p") + "</body></html>\n"))),
    kind="other", language="en",
    note="A members' newsletter about late payment and reminders: nobody's reply and no money.")

# ================================================================ write, re-parse, check

FACT_ORDER = ["kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
              "failed_recipient", "permanent", "note"]
NUM = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,' \u00a0]\d{3})+(?:[.,]\d{1,2})?(?![\d])|(?<![\w.,])\d+(?:[.,]\d{1,2})?(?![\d])")


def canon_amounts(t):
    out = set()
    for m in NUM.finditer(t):
        s = m.group(0).replace("'", "").replace(" ", "").replace("\u00a0", "")
        if "," in s and "." in s:
            dec = "," if s.rfind(",") > s.rfind(".") else "."
            s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
        elif s.count(",") == 1 and len(s.split(",")[1]) in (1, 2):
            s = s.replace(",", ".")
        elif s.count(".") == 1 and len(s.split(".")[1]) in (1, 2):
            pass
        else:
            s = s.replace(",", "").replace(".", "")
        try:
            out.add("%.2f" % float(s))
        except ValueError:
            pass
    return out


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                c = part.get_content()
            except (LookupError, UnicodeError):
                c = part.get_payload(decode=True).decode("latin-1")
            if part.get_content_subtype() == "html":
                c = htmlmod.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
        elif part.get_content_type() in ("message/delivery-status",):
            out.append(str(part))
    return "\n".join(out)


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def main():
    import random
    order = list(range(len(MESSAGES)))
    random.Random(1818).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    entries = []
    for n, idx in enumerate(order, 1):
        raw, label = MESSAGES[idx]
        name = "%s-%04d.eml" % (PREFIX, n)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        lab = {"split": "dev"}
        lab.update({k: v for k, v in label.items() if v is not None})
        entries.append((name, lab))
    lines = ["# %s: replies and other mail on the border of client-reply-other (questions, forwarded to accounts,"
             " bounced payments, payment plans, someone else pays, tone, address/SDI changes) plus e-invoicing"
             " notices, outgoing transfers, newsletters, invites and some clear paid/promise/dispute" % DIR, ""]
    for name, lab in entries:
        lines.append('[files."%s"]' % name)
        for k in FACT_ORDER:
            if k in lab:
                lines.append("%s = %s" % (k, toml_value(lab[k])))
        extra = set(lab) - set(FACT_ORDER)
        assert not extra, (name, extra)
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))

    # ---- checks
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        parsed = tomllib.load(fh)["files"]
    assert len(parsed) == len(MESSAGES), "labels/messages count"
    errors = []
    counts = {}
    langs = {}
    lo, hi = dt.date(2026, 11, 1), dt.date(2027, 3, 31)
    for name, lab in parsed.items():
        def err(s):
            errors.append("%s: %s" % (name, s))
        with open(os.path.join(HERE, name), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        kind = lab.get("kind")
        counts[kind] = counts.get(kind, 0) + 1
        langs[lab.get("language")] = langs.get(lab.get("language"), 0) + 1
        if kind not in KINDS:
            err("bad kind %r" % kind)
        if lab.get("language") not in ("it", "es", "en"):
            err("bad language")
        if lab.get("split") != "dev":
            err("split")
        if not lab.get("note"):
            err("no note")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                err("missing header " + h)
        try:
            d = parsedate_to_datetime(str(msg["Date"]))
        except Exception as e:  # noqa: BLE001
            err("bad Date %s" % e)
            continue
        if d.tzinfo is None:
            err("Date without zone")
        local = d.date()
        if not (lo <= local <= hi):
            err("date out of range %s" % local)
        # daylight saving sanity for European zones
        if str(msg["Date"]).split()[-1] in ("+0100", "+0000") or "+0100 " in str(msg["Date"]) or "+0000 " in str(msg["Date"]):
            if local >= dt.date(2027, 3, 29) and lab["language"] != "en":
                err("winter offset after DST start")
        subj = str(msg["Subject"])
        if kind and kind.startswith("client-reply"):
            if not msg["In-Reply-To"] and not lab.get("note", "").startswith("(new thread)"):
                err("client reply without In-Reply-To")
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None:
            err("no text body")
            continue
        try:
            body.get_content()
        except Exception as e:  # noqa: BLE001
            err("body does not decode: %s" % e)
        alltext = texts(msg)
        allowed = {"client-reply-promise": {"promised_date"}, "auto-reply": {"return_date"},
                   "bounce": {"failed_recipient", "permanent"}}
        for k in ("promised_date", "return_date", "failed_recipient", "permanent"):
            if k in lab and k not in allowed.get(kind, set()):
                err("%s not allowed for %s" % (k, kind))
        if kind == "bounce" and ("failed_recipient" not in lab or "permanent" not in lab):
            err("bounce without failed_recipient/permanent")
        for k in ("promised_date", "return_date"):
            if k in lab:
                try:
                    v = dt.date.fromisoformat(lab[k])
                except ValueError:
                    err("%s not ISO" % k)
                    continue
                if v < local:
                    err("%s before the message date" % k)
                if (v - local).days > 120:
                    err("%s too far" % k)
        if "amount" in lab:
            if not re.fullmatch(r"\d+\.\d\d", lab["amount"]):
                err("amount format")
            elif lab["amount"] not in canon_amounts(alltext):
                err("amount %s not found in text" % lab["amount"])
            if kind not in ("client-reply-paid", "client-reply-promise", "payment-notification"):
                err("amount on kind %s" % kind)
        if "currency" in lab:
            if "amount" not in lab or not re.fullmatch(r"[A-Z]{3}", lab["currency"]):
                err("currency without amount or bad code")
        if "reference" in lab and lab["reference"].lower() not in alltext.lower():
            err("reference not in text")
        if "failed_recipient" in lab and lab["failed_recipient"].lower() not in raw.decode("latin-1").lower():
            err("failed recipient not in message")
        if "permanent" in lab and not isinstance(lab["permanent"], bool):
            err("permanent not bool")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("%d messages written and checked" % len(parsed))
    for k in sorted(counts):
        print("  %-22s %d" % (k, counts[k]))
    print("  languages:", ", ".join("%s %d" % kv for kv in sorted(langs.items())))


if __name__ == "__main__":
    main()
