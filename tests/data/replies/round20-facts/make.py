#!/usr/bin/env python3
"""round20-facts: 80 replies and notices where the facts (promised day, sum, invoice number,
return day, failed address) are the point and easy to misread.

Writes r20f-0001.eml ... r20f-0080.eml and labels.toml next to this script, then re-parses every
file with email.policy.default and checks each label against it. Standard library only.

Every client's text below is written by hand, message by message. The only generated text is what
machines write: the freelancer's mailduns reminders (the templates under templates/, filled with that
message's invoice), and the attribution lines mail clients put above a quote.
"""

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html as htmlmod
import json
import re
import sys
import tomllib
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r20f"
ITEMS = []  # (bytes, label dict, checks dict)

KINDS = {
    "client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
    "payment-notification", "auto-reply", "bounce", "other",
}

# A few bytes are enough for an attachment.
PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360606060000000050001a5f645400000000049454e44ae426082")
JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + b"\x08" * 64 + b"\xff\xd9"


# ---------------------------------------------------------------- identifiers

def _h(*parts, n=16):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def gmail_id(seed):
    h = hashlib.sha256(str(seed).encode()).hexdigest()
    return f"<CA{h[:6].upper()}{h[6:20]}+{h[20:30].upper()}=w{h[30:38]}@mail.gmail.com>"


def outlook_id(seed, tenant="DB9PR03MB"):
    h = _h("ol", seed, n=12).upper()
    return f"<{tenant}{h[:4]}{h[4:10]}{_h('x', seed, n=4).upper()}@{tenant}{h[:4]}.eurprd03.prod.outlook.com>"


def apple_id(seed, domain):
    h = _h("ap", seed, n=32).upper()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def plain_id(seed, domain):
    return f"<{_h('pl', seed, n=10)}.{_h('p2', seed, n=8)}@{domain}>"


def duns_id(seed, domain):
    """Message-ID of the freelancer's reminder (mailduns)."""
    return f"<mailduns.{_h('md', seed, n=20)}@{domain}>"


# ---------------------------------------------------------------- dates as mail clients write them

WD_IT = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
MO_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
         "settembre", "ottobre", "novembre", "dicembre"]
WD_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MO_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MO_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def _d(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def gmail_attr(lang, when, name, addr, us=False):
    t = _d(when)
    if lang == "it":
        return (f"Il giorno {WD_IT[t.weekday()][:3]} {t.day} {MO_IT[t.month - 1][:3]} {t.year} alle ore "
                f"{t:%H:%M} {name} <{addr}> ha scritto:")
    if lang == "es":
        return (f"El {WD_ES[t.weekday()][:3]}, {t.day} {MO_ES[t.month - 1][:3]} {t.year} a las "
                f"{t.hour}:{t:%M}, {name} (<{addr}>) escribió:")
    if us:
        h = t.hour % 12 or 12
        ap = "AM" if t.hour < 12 else "PM"
        return (f"On {WD_EN[t.weekday()][:3]}, {MO_EN[t.month - 1][:3]} {t.day}, {t.year} at "
                f"{h}:{t:%M} {ap} {name} <{addr}> wrote:")
    return f"On {WD_EN[t.weekday()][:3]}, {t.day} {MO_EN[t.month - 1][:3]} {t.year} at {t:%H:%M}, {name} <{addr}> wrote:"


def apple_attr(lang, when, name, addr):
    t = _d(when)
    if lang == "it":
        return f"Il giorno {t.day} {MO_IT[t.month - 1][:3]} {t.year}, alle ore {t:%H:%M}, {name} <{addr}> ha scritto:"
    if lang == "es":
        return f"El {t.day} {MO_ES[t.month - 1][:3]} {t.year}, a las {t.hour}:{t:%M}, {name} <{addr}> escribió:"
    return f"On {t.day} {MO_EN[t.month - 1][:3]} {t.year}, at {t:%H:%M}, {name} <{addr}> wrote:"


def outlook_hdr(lang, when, name, addr, to, subject, cc=None, us=False):
    t = _d(when)
    if lang == "it":
        lines = [f"Da: {name} <{addr}>",
                 f"Inviato: {WD_IT[t.weekday()]} {t.day} {MO_IT[t.month - 1]} {t.year} {t:%H:%M}",
                 f"A: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Oggetto: {subject}"]
    elif lang == "es":
        lines = [f"De: {name} <{addr}>",
                 f"Enviado el: {WD_ES[t.weekday()]}, {t.day} de {MO_ES[t.month - 1]} de {t.year} {t:%H:%M}",
                 f"Para: {to}"] + ([f"CC: {cc}"] if cc else []) + [f"Asunto: {subject}"]
    else:
        if us:
            h = t.hour % 12 or 12
            sent = f"{WD_EN[t.weekday()]}, {MO_EN[t.month - 1]} {t.day}, {t.year} {h}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"
        else:
            sent = f"{WD_EN[t.weekday()]}, {t.day} {MO_EN[t.month - 1]} {t.year} {t:%H:%M}"
        lines = [f"From: {name} <{addr}>", f"Sent: {sent}", f"To: {to}"] + \
                ([f"Cc: {cc}"] if cc else []) + [f"Subject: {subject}"]
    return "\n".join(lines)


def gt(text):
    """Quote every line with '>' the way Gmail and Thunderbird do."""
    return "\n".join(">" if not ln.strip() else "> " + ln for ln in text.strip("\n").split("\n"))


def esc(text):
    return htmlmod.escape(text, quote=False)


def paras_html(text):
    """Hand-written plain text to the <div>/<br> markup a webmail composer produces."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<div>" + "<br>".join(esc(ln) for ln in block.split("\n")) + "</div>")
    return "\n<div><br></div>\n".join(out)


def gmail_html(new_text, attr, quoted):
    a = esc(attr)
    # Keep the address as the link text, as Gmail does.
    m = re.search(r"&lt;([^&]+)&gt;", esc(attr))
    if m:
        addr = m.group(1)
        a = esc(attr).replace(f"&lt;{addr}&gt;",
                              f'&lt;<a href="mailto:{addr}">{addr}</a>&gt;')
    return ('<div dir="ltr">' + paras_html(new_text) + '</div><br><div class="gmail_quote">'
            f'<div dir="ltr" class="gmail_attr">{a}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + paras_html(quoted) + "</blockquote></div>\n")


def outlook_html(new_text, hdr, quoted, font="Calibri", meta="utf-8"):
    body = "\n".join(
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;{font}&quot;,sans-serif">'
        + ("<br>\n".join(esc(ln) for ln in block.split("\n")) or "&nbsp;") + "</span></p>"
        for block in new_text.strip("\n").split("\n\n"))
    hdr_html = "<br>\n".join(
        f"<b>{esc(ln.split(':', 1)[0])}:</b>{esc(ln.split(':', 1)[1])}" for ln in hdr.split("\n"))
    q = "\n".join(f'<p class="MsoNormal">{"<br>".join(esc(x) for x in b.split(chr(10))) or "&nbsp;"}</p>'
                  for b in quoted.strip("\n").split("\n\n"))
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=' + meta + '">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\nspan.EmailStyle19\n\t{mso-style-type:personal-reply;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>"
        "</head>\n<body lang=\"IT\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n"
        + body + '\n<p class="MsoNormal">&nbsp;</p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{hdr_html}</p>\n</div>\n<p class="MsoNormal">&nbsp;</p>\n'
        + q + "\n</div>\n</body>\n</html>\n")


def apple_html(new_text, attr, quoted):
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + paras_html(new_text) + f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br>'
            '<div><div>' + paras_html(quoted) + "</div></div></blockquote></div></body></html>\n")


# ---------------------------------------------------------------- the freelancer's reminders (templates)

def _il(day_text):
    return ("l'" if day_text.split()[0] in ("8", "11") else "il ") + day_text


def pay_it(p):
    if not p:
        return "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione."
    return ("Per il pagamento:\n" + f"- beneficiario: {p['ben']}\n- IBAN: {p['iban']}\n"
            + (f"- BIC: {p['bic']}\n" if p.get("bic") else "") + f"- causale: {p['ref']}")


def pay_es(p):
    if not p:
        return "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación."
    return ("Datos para el pago:\n" + f"- beneficiario: {p['ben']}\n- IBAN: {p['iban']}\n"
            + (f"- BIC: {p['bic']}\n" if p.get("bic") else "") + f"- concepto: {p['ref']}")


def pay_en(p):
    if not p:
        return "The payment details are on the invoice, in my original email in this thread."
    return ("Payment details:\n" + f"- Account name: {p['ben']}\n- IBAN: {p['iban']}\n"
            + (f"- BIC (SWIFT): {p['bic']}\n" if p.get("bic") else "") + f"- Payment reference: {p['ref']}")


def rem_it(kind, sal, num, amount, due, owner, pay=None, promise=None, issue=None, deadline=None):
    a = f" di {amount}" if amount else ""
    if kind == "courtesy":
        em = f", emessa {_il(issue)}," if issue else ""
        core = (f"un breve promemoria: la fattura n. {num}{a}{em} è in scadenza {_il(due)}.\n\n"
                "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.")
        tail = "\n\nPer qualsiasi domanda basta rispondere a questa email."
    elif kind == "due":
        core = (f"un promemoria: la fattura n. {num}{a} è scaduta {_il(due)}. Se il pagamento non è ancora stato "
                "disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.")
        tail = "\n\nPer qualsiasi domanda basta rispondere a questa email."
    elif kind == "reminder":
        core = (f"da un controllo la fattura n. {num}{a}, scaduta {_il(due)}, risulta ancora da saldare. Potrebbe "
                "trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.")
        tail = ""
    elif kind == "promise":
        core = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {num}{a} sarebbe stato "
                f"effettuato entro {_il(promise)}.\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato "
                "disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, "
                "chiedo solo di farmi sapere entro quando posso aspettarlo.")
        tail = ""
    elif kind == "final":
        core = (f"la fattura n. {num}{a}, scaduta {_il(due)}, risulta ancora da saldare nonostante i precedenti "
                f"solleciti.\n\nCon la presente chiedo formalmente il pagamento di {amount} entro {_il(deadline)}. "
                "La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del "
                "codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni "
                "altro diritto.\n\nIn mancanza del pagamento entro tale termine, mi riservo di procedere al recupero "
                "del credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le "
                "relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano "
                "di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.")
        tail = ""
        head = f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {num}\n\n"
        return head + f"{sal}\n\n{core}\n\n{pay_it(pay)}{tail}\n\nCordiali saluti,\n{owner}"
    else:
        raise ValueError(kind)
    return f"{sal}\n\n{core}\n\n{pay_it(pay)}{tail}\n\nCordiali saluti,\n{owner}"


def rem_es(kind, sal, num, amount, due, owner, pay=None, promise=None, issue=None):
    a = f" de {amount}" if amount else ""
    if kind == "courtesy":
        em = f", emitida el {issue}," if issue else ""
        core = (f"Un breve recordatorio: la factura n.º {num}{a}{em} vence el {due}.\n\n"
                "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.")
        tail = "\n\nPara cualquier duda, basta con responder a este correo."
    elif kind == "due":
        core = (f"La factura n.º {num}{a} venció el {due} y, según mis registros, el pago aún no consta. "
                "Agradecería que se tramitara en los próximos días.\n\n"
                "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.")
        tail = "\n\nPara cualquier duda, basta con responder a este correo."
    elif kind == "reminder":
        core = (f"Revisando mis cuentas, veo que la factura n.º {num}{a}, vencida el {due}, sigue pendiente de pago. "
                "Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.\n\n"
                "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la "
                "transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos "
                "aclararlo por esta misma vía.")
        tail = ""
    elif kind == "promise":
        core = (f"Según su último mensaje, el pago de la factura n.º {num}{a} se realizaría a más tardar el {promise}; "
                "gracias de nuevo por la información.\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha "
                "realizado, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta "
                "unos días más, me sería útil saber para cuándo puedo contar con él.")
        tail = ""
    else:
        raise ValueError(kind)
    return f"{sal}\n\n{core}\n\n{pay_es(pay)}{tail}\n\nUn cordial saludo,\n{owner}"


def rem_en(kind, sal, num, amount, due, owner, pay=None, promise=None, issue=None):
    a = f" for {amount}" if amount else ""
    if kind == "courtesy":
        em = f", issued on {issue}," if issue else ""
        core = (f"This is a friendly reminder that invoice {num}{a}{em} is due for payment on {due}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.")
        tail = "\n\nIf you have any questions, just reply to this email."
    elif kind == "due":
        core = (f"This is a quick reminder that invoice {num}{a} was due for payment on {due}. If it has not been "
                "paid yet, I would be grateful if you could arrange payment in the next few days.\n\n"
                "If you have already paid, thank you, and please disregard this reminder.")
        tail = "\n\nIf you have any questions, just reply to this email."
    elif kind == "reminder":
        core = (f"According to my records, invoice {num}{a}, due on {due}, has not yet been paid. It may simply have "
                "been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
                "If you have already paid, thank you – please let me know the payment date so that I can update my "
                "records. If there is a problem with the invoice, please reply to this email and we can sort it out.")
        tail = ""
    elif kind == "promise":
        core = (f"Thank you for letting me know that invoice {num}{a} would be paid by {promise}.\n\n"
                "The payment has not reached me yet. If it is already on its way, thank you – please let me know the "
                "date it was made. If you need a little more time, could you let me know when I can expect it?")
        tail = ""
    else:
        raise ValueError(kind)
    return f"{sal}\n\n{core}\n\n{pay_en(pay)}{tail}\n\nKind regards,\n{owner}"


# ---------------------------------------------------------------- building messages

def new(frm, to, date, subject, mid, irt=None, refs=None, cc=None, headers=()):
    m = EmailMessage(policy=email.policy.default)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in headers:
        m[k] = v
    return m


def plain(m, text, charset="utf-8", cte=None):
    m.set_content(text, charset=charset, cte=cte)
    return m


def alt(m, text, htm, charset="utf-8", cte=None, hcte=None):
    m.set_content(text, charset=charset, cte=cte)
    m.add_alternative(htm, subtype="html", charset=charset, cte=hcte or cte)
    return m


def htmlonly(m, htm, charset="utf-8", cte=None):
    m.set_content(htm, subtype="html", charset=charset, cte=cte)
    return m


def attach(m, data, ctype, filename):
    maintype, subtype = ctype.split("/")
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def raw(text, charset="utf-8"):
    """A message written out by hand, headers and all (bounces, some machine notices)."""
    return text.lstrip("\n").replace("\r\n", "\n").encode(charset)


def add(kind, lang, msg, note, *, wd=None, must=(), **facts):
    if not isinstance(msg, bytes):
        # Fixed boundaries, so that running the script again writes the same bytes.
        for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
            part.set_boundary(f"----=_Part_{len(ITEMS) + 1}_{i}.{_h('b', len(ITEMS), i, n=12)}")
    data = msg if isinstance(msg, bytes) else bytes(msg)
    label = {"kind": kind, "language": lang, "split": "dev"}
    for key in ("promised_date", "return_date", "amount", "currency", "reference",
                "failed_recipient", "permanent"):
        if key in facts:
            label[key] = facts.pop(key)
    if facts:
        raise SystemExit(f"unknown label keys {facts}")
    label["note"] = note
    ITEMS.append((data, label, {"wd": wd, "must": list(must)}))


# ================================================================ the messages

def thread(seed, dom, depth=1):
    """(In-Reply-To, References) of a reply to the freelancer's reminder in the invoice's thread."""
    ids = [plain_id(f"inv{seed}", dom)] + [duns_id(f"{seed}-{i}", dom) for i in range(depth)]
    return ids[-1], " ".join(ids)


def pay(base, ref):
    return dict(base, ref=ref)


# The freelancers (mailbox owners) and their payment details as the reminders print them.
GIULIA = ("Giulia Ferrante", "giulia@ferrantedesign.it")
PAY_GIULIA = {"ben": "Giulia Ferrante", "iban": "IT60 X054 2811 1010 0000 0123 456", "bic": "BPMOIT22XXX"}
MARCO = ("Marco Pellegrini", "marco@pellegrinidev.it")
PAY_MARCO = {"ben": "Marco Pellegrini", "iban": "IT02 L030 6909 6061 0000 0117 318", "bic": "BCITITMM"}
ELENA = ("Elena Sartori", "elena.sartori@sartoritraduzioni.it")
PAY_ELENA = {"ben": "Elena Sartori", "iban": "IT75 R036 6901 6001 0000 0004 215"}
DAVIDE = ("Davide Conti", "davide@davideconti.photo")
PAY_DAVIDE = {"ben": "Davide Conti", "iban": "IT18 T030 1503 2000 0000 3517 901", "bic": "FEBIITM1"}

LUCIA = ("Lucía Ortega Ruiz", "lucia@ortegatraducciones.es")
PAY_LUCIA = {"ben": "Lucía Ortega Ruiz", "iban": "ES91 2100 0418 4502 0005 1332", "bic": "CAIXESBBXXX"}
JAVIER = ("Javier Molina Casas", "javier@molinafoto.es")
PAY_JAVIER = {"ben": "Javier Molina Casas", "iban": "ES79 0182 5322 2002 0123 4567"}
NEREA = ("Nerea Etxeberria", "nerea@nereaux.com")
PAY_NEREA = {"ben": "Nerea Etxeberria Garmendia", "iban": "ES12 3035 0123 4501 2345 6789", "bic": "CLPEES2MXXX"}

HANNAH = ("Hannah Price", "hannah@hannahpricecopy.co.uk")
PAY_HANNAH = {"ben": "Hannah Price", "iban": "GB33 BUKB 2020 1555 5555 55", "bic": "BUKBGB22"}
TOM = ("Tom Reilly", "tom@reillydev.ie")
PAY_TOM = {"ben": "Reilly Digital Ltd", "iban": "IE29 AIBK 9311 5212 3456 78", "bic": "AIBKIE2D"}
PRIYA = ("Priya Nair", "priya@nairillustration.com")
PAY_PRIYA = {"ben": "Priya Nair", "iban": "BE68 9670 1234 4471", "bic": "TRWIBEB1XXX"}


def me(person):
    return f"{person[0]} <{person[1]}>"


# ================================================================ ITALIANO (0001-0027)

# ---- 0001 paid: the accountant pays the total net of the ritenuta d'acconto; four sums in one sentence.
irt, refs = thread(1, "ferrantedesign.it")
q = rem_it("reminder", "Spett.le Studio Associato Bernardi,", "2026/118", "1.220,00 €", "15 novembre 2026",
           GIULIA[0], pay=pay(PAY_GIULIA, "Fattura n. 2026/118"))
body = """Buongiorno Sig.ra Ferrante,

scrivo per conto dell'avv. Bernardi. Il bonifico relativo alla Vs. fattura 2026/118 del 30/10/2026 è stato disposto questa mattina per € 1.020,00, cioè il totale di € 1.220,00 al netto della ritenuta d'acconto del 20% (€ 200,00 sull'imponibile di € 1.000,00), che verseremo noi con F24 entro il 16 dicembre come di consueto.

La Certificazione Unica Le arriverà a marzo insieme a quelle degli altri collaboratori.

Cordiali saluti

Daniela Colombo
Ufficio amministrazione
Studio Associato Bernardi
Via Santo Stefano 38 – 40125 Bologna
Tel. 051 648 2210 – P.IVA 02871451207

________________________________
""" + outlook_hdr("it", "2026-11-17 09:00", *GIULIA, "amministrazione@studiobernardi.it",
                  "Re: Fattura n. 2026/118 – Ferrante Design") + "\n\n" + q + "\n"
m = new('"Amministrazione Studio Bernardi" <amministrazione@studiobernardi.it>', me(GIULIA),
        "Wed, 18 Nov 2026 11:42:07 +0100", "R: Re: Fattura n. 2026/118 – Ferrante Design",
        outlook_id(1, "AM6PR08MB"), irt, refs, headers=[("X-Mailer", "Microsoft Outlook 16.0")])
plain(m, body, cte="quoted-printable")
add("client-reply-paid", "it", m,
    "Paid 1.020,00 € = 1.220,00 total minus 200,00 withholding; 1.000,00 (imponibile), 16 dicembre (F24 deadline) "
    "and the invoice date 30/10/2026 are not the payment.",
    amount="1020.00", currency="EUR", reference="2026/118", must=["€ 1.020,00", "fattura 2026/118"])

# ---- 0002 paid: Outlook HTML only, windows-1252, the sum in words and digits, a CRO and a purchase order beside.
irt, refs = thread(2, "pellegrinidev.it")
q = rem_it("reminder", "Spett.le Tecnoimpianti Rinaldi S.r.l.,", "47/2026", "1.250,00 €", "20 novembre 2026",
           MARCO[0], pay=pay(PAY_MARCO, "Fattura n. 47/2026"))
new_text = """Buongiorno Marco,

in allegato la contabile del bonifico di euro milleduecentocinquanta/00 (1.250,00) a saldo della vostra fattura nr. 47/2026, riferimento nostro ordine n. 4500123987.

Il bonifico è stato eseguito venerdì scorso con CRO 0306912345678901, quindi dovreste averlo già ricevuto. Scusate il ritardo, la fattura era finita nella cartella del vecchio fornitore.

Saluti

Sara Gallo
Contabilità fornitori
TECNOIMPIANTI RINALDI S.r.l.
Strada del Drosso 121/A – 10135 Torino
Tel. +39 011 347 8812

Questa e-mail e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario indicato. Se l'avete ricevuta per errore vi preghiamo di cancellarla e di darcene comunicazione."""
hdr = outlook_hdr("it", "2026-11-27 08:30", *MARCO, "Contabilità Fornitori", "Re: Fattura n. 47/2026")
m = new('"Gallo Sara" <contabilita@tecnoimpiantirinaldi.it>', me(MARCO), "Mon, 30 Nov 2026 09:15:33 +0100",
        "R: Re: Fattura n. 47/2026", outlook_id(2, "VI1PR02MB"), irt, refs,
        headers=[("Thread-Topic", "Fattura n. 47/2026"), ("Content-Language", "it-IT")])
htmlonly(m, outlook_html(new_text, hdr, q, meta="windows-1252"), charset="windows-1252", cte="quoted-printable")
attach(m, PDF, "application/pdf", "Contabile_bonifico_47-2026.pdf")
add("client-reply-paid", "it", m,
    "HTML-only Outlook in windows-1252: paid 1.250,00 written in words and digits; the CRO 0306912345678901 and "
    "order 4500123987 are look-alike numbers, not the invoice.",
    amount="1250.00", currency="EUR", reference="47/2026", must=["(1.250,00)", "fattura nr. 47/2026"])

# ---- 0003 paid: a private client says 600 is the balance, the 1.200 deposit was given in cash; the reminder says 1.800.
irt, refs = thread(3, "sartoritraduzioni.it")
q = rem_it("due", "Gentile Roberto Fabbri,", "2026/061", "1.800,00 €", "7 gennaio 2027", ELENA[0],
           pay=pay(PAY_ELENA, "Fattura n. 2026/061"))
body = """Ciao Elena, ho fatto adesso il bonifico di 600 euro che è il saldo, perché i 1200 di acconto te li avevo già dati a novembre in contanti (ti ricordi? quando sei passata in studio a prendere i documenti). Quindi siamo a posto con i 1800. Di sabato la banca lo manda lunedì credo.

Ciao e grazie ancora per il lavoro
Roberto

Inviato da iPhone

""" + apple_attr("it", "2027-01-08 08:00", *ELENA) + "\n\n" + gt(q) + "\n"
m = new("Roberto Fabbri <roberto.fabbri71@icloud.com>", me(ELENA), "Sat, 9 Jan 2027 18:03:51 +0100",
        "Re: Fattura n. 2026/061", apple_id(3, "icloud.com"), irt, refs,
        headers=[("X-Mailer", "iPhone Mail (22C161)")])
plain(m, body, cte="quoted-printable")
add("client-reply-paid", "it", m,
    "Transfer just made is 600 euro (the client calls it the balance, the 1200 deposit was cash); 1800 is the "
    "invoice total, not what was paid now. 'lunedì' is when the bank sends it, not a promise.",
    amount="600.00", currency="EUR", must=["bonifico di 600 euro"])

# ---- 0004 paid: the client shortens the year (52/26) and gives taxable + VAT beside the total paid.
irt, refs = thread(4, "pellegrinidev.it")
q = rem_it("reminder", "Spett.le Studio Fotografico Lanza snc,", "52/2026", "1.464,00 €", "30 novembre 2026",
           MARCO[0], pay=pay(PAY_MARCO, "Fattura n. 52/2026"))
new_text = """Ciao Marco,

ti confermo che stamattina abbiamo pagato la fatt. 52/26: 1.464,00 € (1.200 + IVA 22%). Il bonifico l'ha fatto Paola dalla banca di Carmagnola quindi come ordinante vedrai Lanza Paola e non lo studio, non ti preoccupare.

Buon Natale se non ci sentiamo!
Andrea

--
Studio Fotografico Lanza snc
Via Valobra 14, Carmagnola (TO)
P.IVA 11234560019 · cell. 347 221 9083"""
attr = gmail_attr("it", "2026-12-07 09:00", *MARCO)
m = new("Andrea Lanza <studio.lanza@gmail.com>", me(MARCO), "Thu, 10 Dec 2026 16:20:12 +0100",
        "Re: Fattura n. 52/2026", gmail_id(4), irt, refs)
alt(m, new_text + "\n\n" + attr + "\n\n" + gt(q) + "\n", gmail_html(new_text, attr, q), cte="base64")
add("client-reply-paid", "it", m,
    "Paid 1.464,00 € (1.200 is the taxable amount, 22% the VAT rate); the client writes the number as 52/26 "
    "while the reminder says 52/2026. P.IVA and mobile number in the signature are not facts.",
    amount="1464.00", currency="EUR", reference="52/26", must=["1.464,00 €", "fatt. 52/26"])

# ---- 0005 paid: one line from a student; she rounded the 348,50 up to 350.
irt, refs = thread(5, "sartoritraduzioni.it")
q = rem_it("courtesy", "Gentile Chiara Monti,", "2026/070", "348,50 €", "10 dicembre 2026", ELENA[0],
           pay=pay(PAY_ELENA, "Fattura n. 2026/070"), issue="26 novembre 2026")
body = """Fatto! 😊 ti ho mandato 350€ tondi con satispay che non avevo voglia di cercare gli spiccioli 😅 grazie ancora per la traduzione, la prof è stata contentissima!!
Chiara

""" + gmail_attr("it", "2026-12-06 09:00", *ELENA) + "\n\n" + gt(q) + "\n"
m = new("Chiara Monti <chiaramonti.00@gmail.com>", me(ELENA), "Sun, 6 Dec 2026 21:14:02 +0100",
        "Re: Fattura n. 2026/070", gmail_id(5), irt, refs)
plain(m, body, cte="8bit")
add("client-reply-paid", "it", m,
    "Paid 350€ (rounded up), not the 348,50 € of the quoted courtesy note.",
    amount="350.00", currency="EUR", must=["350€ tondi"])

# ---- 0006 paid + a question: value date, a quote number and an SDI code beside the amount.
irt, refs = thread(6, "davideconti.photo")
q = rem_it("due", "Spett.le Hotel Villa Serena S.r.l.,", "2026-0093", "2.745,60 €", "30 novembre 2026", DAVIDE[0],
           pay=pay(PAY_DAVIDE, "Fattura n. 2026-0093"))
new_text = """Buongiorno Davide,

il bonifico di 2.745,60 EUR è partito ieri (3/12) con data valuta 4/12, causale "Saldo fattura 2026-0093". Se non lo vedi entro lunedì scrivimi che chiedo alla banca.

Una domanda invece: per gli scatti della primavera (preventivo n. 31 del 12/11) la fattura la possiamo ricevere direttamente via SDI? Il nostro codice destinatario è M5UXCR1.

Grazie, buona giornata

Laura Mancini
Marketing & Eventi – Hotel Villa Serena ****
Via per Cernobbio 11, 22100 Como · +39 031 572 009"""
attr = apple_attr("it", "2026-12-01 08:00", *DAVIDE)
m = new("Laura Mancini <marketing@hotelvillaserena.it>", me(DAVIDE), "Fri, 4 Dec 2026 10:05:44 +0100",
        "Re: Fattura n. 2026-0093", apple_id(6, "hotelvillaserena.it"), irt, refs,
        headers=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
alt(m, new_text + "\n\n" + attr + "\n\n" + gt(q) + "\n", apple_html(new_text, attr, q), cte="quoted-printable")
add("client-reply-paid", "it", m,
    "Paid and asks a question: paid wins. 3/12 and 4/12 are execution and value dates; quote n. 31 and the SDI "
    "code are not the invoice.",
    amount="2745.60", currency="EUR", reference="2026-0093", must=["2.745,60 EUR", "Saldo fattura 2026-0093"])

# ---- 0007 promise: "questo venerdì" from a Tuesday.
irt, refs = thread(7, "ferrantedesign.it")
q = rem_it("due", "Spett.le Pasticceria Gatti,", "2026/121", "540,00 €", "16 novembre 2026", GIULIA[0],
           pay=pay(PAY_GIULIA, "Fattura n. 2026/121"))
body = """Buongiorno Giulia, scusa hai ragione, mi era proprio sfuggita. Il commercialista fa i bonifici il venerdì, te la metto in lista per questo venerdì.

Federica
Pasticceria Gatti dal 1962 – Via Emilia Levante 61, Bologna – tel 051 463 118

""" + gmail_attr("it", "2026-11-17 08:00", *GIULIA) + "\n\n" + gt(q) + "\n"
m = new("Pasticceria Gatti <pasticceriagatti@gmail.com>", me(GIULIA), "Tue, 17 Nov 2026 12:31:09 +0100",
        "Re: Fattura n. 2026/121 – Ferrante Design", gmail_id(7), irt, refs)
plain(m, body)
add("client-reply-promise", "it", m,
    "'questo venerdì' from Tuesday 17 November = Friday 20 November; the 16 novembre in the quote is the due date, "
    "1962 is the shop's founding year.",
    wd="fri", promised_date="2026-11-20", must=["per questo venerdì"])

# ---- 0008 promise: the old day (10 gennaio) is in the quoted follow-up; the new one is "entro fine gennaio".
irt, refs = thread(8, "pellegrinidev.it", depth=2)
q = rem_it("promise", "Spett.le Logistica Ferraris S.p.A.,", "58/2026", "3.100,00 €", None, MARCO[0],
           pay=pay(PAY_MARCO, "Fattura n. 58/2026"), promise="10 gennaio 2027")
body = """Buongiorno Marco,
purtroppo il 10 non ce l'abbiamo fatta, c'è stato un problema con la firma digitale del nostro AD e tutti i pagamenti fornitori sono slittati. La fattura 58/2026 (€ 3.100) sarà pagata entro fine gennaio, te lo confermo io appena parte.

Cordiali saluti
Gianni Ruffino
Amministrazione – Logistica Ferraris S.p.A.
C.so Francia 330, 10146 Torino – Tel. 011 7740 212 – Fax 011 7740 299

-----Messaggio originale-----
""" + outlook_hdr("it", "2027-01-13 08:00", *MARCO, "Ruffino Gianni", "Re: Fattura n. 58/2026") + "\n\n" + q + "\n"
m = new('"Ruffino Gianni" <g.ruffino@logisticaferraris.it>', me(MARCO), "Thu, 14 Jan 2027 15:02:40 +0100",
        "R: Re: Fattura n. 58/2026", outlook_id(8, "PR3PR09MB"), irt, refs)
plain(m, body, charset="windows-1252", cte="quoted-printable")
add("client-reply-promise", "it", m,
    "New day is 'entro fine gennaio' = 31 January; 'il 10' / 10 gennaio is the missed earlier promise, also in the "
    "quoted follow-up. € 3.100 without decimals is the client's own figure.",
    promised_date="2027-01-31", amount="3100.00", currency="EUR", reference="58/2026",
    must=["entro fine gennaio", "La fattura 58/2026 (€ 3.100)"])

# ---- 0009 promise: the day in words ("lunedì ventotto"), the sum in words, a mobile number in the text.
irt, refs = thread(9, "sartoritraduzioni.it")
q = rem_it("reminder", "Spett.le Edizioni Lago,", "2026/066", "840,00 €", "15 dicembre 2026", ELENA[0],
           pay=pay(PAY_ELENA, "Fattura n. 2026/066"))
new_text = """Cara Elena,

ti chiedo scusa per il ritardo, con le feste qui è un delirio. Ho parlato adesso con l'amministrazione: gli ottocentoquaranta euro della tua fattura li bonificano lunedì ventotto, prima della chiusura di fine anno. Se per caso non li vedi arrivare chiamami pure al 335 128 2847.

Un abbraccio e buone feste
Marisa

--
Marisa Ghezzi
Redazione – Edizioni Lago
Como"""
attr = gmail_attr("it", "2026-12-18 08:00", *ELENA)
m = new("Marisa Ghezzi <redazione@edizionilago.it>", me(ELENA), "Mon, 21 Dec 2026 09:48:15 +0100",
        "Re: Fattura n. 2026/066", gmail_id(9), irt, refs)
alt(m, new_text + "\n\n" + attr + "\n\n" + gt(q) + "\n", gmail_html(new_text, attr, q))
add("client-reply-promise", "it", m,
    "'lunedì ventotto' written in words = Monday 28 December 2026; 'ottocentoquaranta euro' = 840. The mobile "
    "number 335 128 2847 is not a sum.",
    promised_date="2026-12-28", amount="840.00", currency="EUR",
    must=["ottocentoquaranta euro", "lunedì ventotto"])

# ---- 0010 promise: 1.000 paid today, the other 1.440 by 15 February: a promise for that day and that sum.
irt, refs = thread(10, "davideconti.photo")
q = rem_it("due", "Spett.le Sole & Mare Viaggi S.r.l.,", "2027-0007", "2.440,00 €", "25 gennaio 2027", DAVIDE[0],
           pay=pay(PAY_DAVIDE, "Fattura n. 2027-0007"))
body = """Ciao Davide,
oggi ti ho fatto un bonifico di 1.000 € come acconto sulla fattura 2027-0007. I restanti 1.440 € te li verso entro il 15 febbraio, quando ci paga il tour operator.
Scusami ma gennaio per noi è il mese peggiore.
Tiziana



Inviato dal mio dispositivo Galaxy


-------- Messaggio originale --------
Da: Davide Conti <davide@davideconti.photo>
Data: 26/01/27 08:00 (GMT+01:00)
A: Tiziana Sole e Mare <tiziana@solemareviaggi.it>
Oggetto: Re: Fattura n. 2027-0007

""" + q + "\n"
m = new("Tiziana Sole e Mare <tiziana@solemareviaggi.it>", me(DAVIDE), "Fri, 29 Jan 2027 17:36:22 +0100",
        "R: Fattura n. 2027-0007", plain_id(10, "solemareviaggi.it"), irt, refs)
plain(m, body, cte="base64")
add("client-reply-promise", "it", m,
    "Part paid (1.000 €) and the rest promised by a day: a promise for 15 February, amount = the promised 1.440 €, "
    "not the 1.000 paid nor the 2.440 total.",
    promised_date="2027-02-15", amount="1440.00", currency="EUR", reference="2027-0007",
    must=["I restanti 1.440 €", "entro il 15 febbraio", "fattura 2027-0007"])

# ---- 0011 promise: "il giro pagamenti del 10 del mese prossimo"; our PO number stands beside the invoice number.
irt, refs = thread(11, "ferrantedesign.it")
q = rem_it("due", "Spett.le Ceramiche Monti S.p.A.,", "2027/009", "2.196,00 €", "22 febbraio 2027", GIULIA[0],
           pay=pay(PAY_GIULIA, "Fattura n. 2027/009"))
new_text = """Gentile dott.ssa Ferrante,

in riferimento alla Vs. fattura n. 2027/009 (ns. ordine di acquisto n. 2027-00412), Le comunichiamo che la stessa è stata registrata e approvata. Il pagamento avverrà con il giro pagamenti fornitori del 10 del mese prossimo.

Cordiali saluti

Ufficio Contabilità Fornitori
Ceramiche Monti S.p.A.
Via Radici in Piano 512 – 41049 Sassuolo (MO)
Cap. Soc. € 2.500.000 i.v. – Reg. Imprese MO / P.IVA 01938470366"""
hdr = outlook_hdr("it", "2027-02-23 08:00", *GIULIA, "Contabilità Fornitori", "Re: Fattura n. 2027/009 – Ferrante Design")
m = new('"Contabilità Fornitori" <contabilita.fornitori@ceramichemonti.it>', me(GIULIA),
        "Wed, 24 Feb 2027 10:12:00 +0100", "R: Re: Fattura n. 2027/009 – Ferrante Design",
        outlook_id(11, "DB8PR10MB"), irt, refs)
alt(m, new_text + "\n\n" + "_" * 32 + "\n" + hdr + "\n\n" + q + "\n", outlook_html(new_text, hdr, q),
    cte="quoted-printable")
add("client-reply-promise", "it", m,
    "Written 24 February: 'il 10 del mese prossimo' = 10 March 2027. 2027-00412 is the client's PO, the € 2.500.000 "
    "is the share capital in the signature; no sum is promised in the client's words.",
    promised_date="2027-03-10", reference="2027/009",
    must=["del 10 del mese prossimo", "fattura n. 2027/009 (ns. ordine"])

# ---- 0012 promise: two invoices paid together "lunedì prossimo", the total and its two parts.
irt, refs = thread(12, "pellegrinidev.it")
q = rem_it("reminder", "Spett.le Enoteca Bosio,", "61/2026", "1.220,00 €", "25 novembre 2026", MARCO[0],
           pay=pay(PAY_MARCO, "Fattura n. 61/2026"))
body = """Ciao Marco, hai ragione, anzi sono due. La 61/2026 e la 64/2026 te le pago insieme lunedì prossimo, in tutto fanno 1.830 euro giusto? (1.220 + 610). Poi a gennaio ripartiamo con lo shop nuovo

Luca
Enoteca Bosio – Canelli

""" + gmail_attr("it", "2026-12-02 08:00", *MARCO) + "\n\n" + gt(q) + "\n"
m = new("Luca Bosio <enotecabosio@gmail.com>", me(MARCO), "Thu, 3 Dec 2026 19:40:10 +0100",
        "Re: Fattura n. 61/2026", gmail_id(12), irt, refs)
plain(m, body)
add("client-reply-promise", "it", m,
    "Written Thursday 3 December: 'lunedì prossimo' = Monday 7 December. Two invoices named, so no reference; "
    "the promised sum is the 1.830 total, not the 1.220 of the quoted reminder.",
    wd="mon", promised_date="2026-12-07", amount="1830.00", currency="EUR",
    must=["lunedì prossimo", "1.830 euro"])

# ---- 0013 dispute: days billed vs days agreed; a credit note asked; "paghiamo subito il resto" does not make it a promise.
irt, refs = thread(13, "ferrantedesign.it")
q = rem_it("reminder", "Spett.le Cantina Sociale Val di Reno,", "2026/127", "4.270,00 €", "20 novembre 2026",
           GIULIA[0], pay=pay(PAY_GIULIA, "Fattura n. 2026/127"))
body = """Buongiorno Giulia,

prima di pagare ho bisogno di chiarire una cosa sulla fattura 2026/127: avevamo concordato 8 giornate a 350 € (preventivo del 2 ottobre), in fattura ne risultano 10, quindi 3.500 € + IVA invece di 2.800. Le due giornate in più non le abbiamo mai chieste.

Ci mandi una nota di credito per le 2 giornate (700 € + IVA) e paghiamo subito il resto.

Paolo Guidi
Cantina Sociale Val di Reno

""" + gmail_attr("it", "2026-11-27 08:00", *GIULIA) + "\n\n" + gt(q) + "\n"
m = new("Paolo Guidi <p.guidi@cantinavaldireno.it>", me(GIULIA), "Tue, 1 Dec 2026 08:55:31 +0100",
        "Re: Fattura n. 2026/127 – Ferrante Design", gmail_id(13), irt, refs)
plain(m, body, cte="quoted-printable")
add("client-reply-dispute", "it", m,
    "Contests 2 of the 10 days billed and asks a credit note; 'paghiamo subito il resto' is conditional and dispute "
    "takes precedence over promise.",
    reference="2026/127", must=["fattura 2026/127"])

# ---- 0014 dispute: already billed under another number (two numbers, no reference).
irt, refs = thread(14, "sartoritraduzioni.it")
q = rem_it("reminder", "Spett.le Studio Legale Ricci & Associati,", "2027/003", "910,00 €", "10 gennaio 2027",
           ELENA[0], pay=pay(PAY_ELENA, "Fattura n. 2027/003"))
new_text = """Gentile dott.ssa Sartori,

la fattura n. 2027/003 che ci sollecita riguarda la traduzione del contratto di fornitura Brenner, che però ci era già stata fatturata con la n. 2026/058 e da noi pagata il 5 novembre (bonifico di € 910,00).

Le chiediamo quindi di annullare la 2027/003 con nota di credito.

Cordiali saluti

Francesca Neri
Segreteria – Studio Legale Ricci & Associati
Corso Vittorio Emanuele II 82 – 10121 Torino"""
hdr = outlook_hdr("it", "2027-01-15 08:00", *ELENA, "Segreteria Studio Ricci", "Re: Fattura n. 2027/003")
m = new('"Segreteria Studio Ricci" <segreteria@studioricci-avvocati.it>', me(ELENA),
        "Mon, 18 Jan 2027 11:20:00 +0100", "Rif: Fattura n. 2027/003", outlook_id(14, "AS8PR07MB"), irt, refs)
alt(m, new_text + "\n\n" + "_" * 32 + "\n" + hdr + "\n\n" + q + "\n", outlook_html(new_text, hdr, q, font="Garamond"),
    cte="quoted-printable")
add("client-reply-dispute", "it", m,
    "Says the work was already billed (2026/058, paid 5 November, € 910,00) and asks a credit note for 2027/003: "
    "a dispute, not a paid claim; two invoice numbers, so no reference.",
    must=["annullare la 2027/003"])

# ---- 0015 dispute: payment withheld until the site works; the go-live day is not a payment day.
irt, refs = thread(15, "pellegrinidev.it")
q = rem_it("due", "Gentile Simona Ferrero,", "8/2027", "1.500,00 €", "8 febbraio 2027", MARCO[0],
           pay=pay(PAY_MARCO, "Fattura n. 8/2027"))
body = """Marco scusa ma il saldo del sito (fattura 8/2027) come d'accordo lo paghiamo quando il sito è online e funziona la prenotazione. Ad oggi il modulo di prenotazione manda ancora le mail al vecchio indirizzo e due clienti mi hanno già chiamato arrabbiati. Sistemalo e paghiamo, la messa online l'avevamo detta per il 15 marzo no?
Simona

Inviato da iPhone

""" + apple_attr("it", "2027-02-09 08:00", *MARCO) + "\n\n" + gt(q) + "\n"
m = new("Simona Ferrero <info@bblacorte-langhe.it>", me(MARCO), "Wed, 10 Feb 2027 22:17:45 +0100",
        "Re: Fattura n. 8/2027", apple_id(15, "bblacorte-langhe.it"), irt, refs,
        headers=[("X-Mailer", "iPhone Mail (22D63)")])
plain(m, body, cte="quoted-printable")
add("client-reply-dispute", "it", m,
    "Withholds payment until the booking form works; 15 marzo is the go-live date, not a promised payment day.",
    reference="8/2027", must=["(fattura 8/2027)"])

# ---- 0016 other: forwarded to the accounts office; a phone number, no promise.
irt, refs = thread(16, "davideconti.photo")
q = rem_it("courtesy", "Spett.le Eventi Lario S.r.l.,", "2026-0088", "1.586,00 €", "10 novembre 2026", DAVIDE[0],
           pay=pay(PAY_DAVIDE, "Fattura n. 2026-0088"), issue="11 ottobre 2026")
body = """Ciao Davide, ricevuta, grazie. L'ho girata in amministrazione (amministrazione@eventilario.it, in copia): per i pagamenti da ora in poi scrivi direttamente a loro oppure chiama Roberta allo 031 264 5519.

Matteo

""" + gmail_attr("it", "2026-11-03 08:00", *DAVIDE) + "\n\n" + gt(q) + "\n"
m = new("Matteo Riva <matteo@eventilario.it>", me(DAVIDE), "Tue, 3 Nov 2026 14:06:10 +0100",
        "Re: Fattura n. 2026-0088", gmail_id(16), irt, refs, cc="amministrazione@eventilario.it")
plain(m, body)
add("client-reply-other", "it", m,
    "Acknowledges and forwards to accounts; no payment or date stated. 031 264 5519 is a phone number.",
    must=["L'ho girata in amministrazione"])

# ---- 0017 other: the transfer came back (wrong IBAN), nothing sent again; the client's IBAN has two digits swapped.
irt, refs = thread(17, "ferrantedesign.it")
q = rem_it("reminder", "Spett.le Circolo Tennis Casalecchio ASD,", "2026/133", "560,00 €", "18 dicembre 2026",
           GIULIA[0], pay=pay(PAY_GIULIA, "Fattura n. 2026/133"))
new_text = """Buongiorno Giulia,

il bonifico di € 560,00 per la fattura 2026/133 che avevamo fatto il 22 dicembre ci è tornato indietro oggi con la dicitura "IBAN beneficiario inesistente". Noi avevamo usato IT60 X054 2811 1010 0000 0123 465, forse abbiamo sbagliato noi a copiarlo.

Me lo puoi riconfermare, magari con un PDF della banca?

Grazie
Carlo Bassi – tesoriere CTC"""
attr = gmail_attr("it", "2026-12-28 08:00", *GIULIA)
m = new("Carlo Bassi <tesoriere@ctcasalecchio.it>", me(GIULIA), "Mon, 11 Jan 2027 13:44:02 +0100",
        "Re: Fattura n. 2026/133 – Ferrante Design", gmail_id(17), irt, refs)
alt(m, new_text + "\n\n" + attr + "\n\n" + gt(q) + "\n", gmail_html(new_text, attr, q))
add("client-reply-other", "it", m,
    "The transfer of € 560,00 bounced back and nothing has been sent again: not paid, not a promise. The IBAN the "
    "client quotes differs from the reminder's in the last digits.",
    reference="2026/133", must=["fattura 2026/133", "tornato indietro"])

# ---- 0018 other: asks for the PDF copy; the old client writes in iso-8859-1 without quoting the sum.
irt, refs = thread(18, "sartoritraduzioni.it")
q = rem_it("courtesy", "Spett.le Farmacia Comunale 3,", "2027/011", None, "28 febbraio 2027", ELENA[0],
           pay=pay(PAY_ELENA, "Fattura n. 2027/011"), issue="29 gennaio 2027")
body = """Buongiorno,
dallo SDI ci è arrivato solo il file XML della fattura 2027/011 e il nostro gestionale non lo apre. Potrebbe mandarci anche la copia di cortesia in PDF?
Grazie.

Dott. Alberto Riva
Farmacia Comunale 3 - Via Mazzini 21 - Cremona
tel. 0372 41 28 90


----- Original Message -----
From: "Elena Sartori" <elena.sartori@sartoritraduzioni.it>
To: <farmacia3@farmaciecomunalicremona.it>
Sent: Thursday, February 25, 2027 8:00 AM
Subject: Re: Fattura n. 2027/011


""" + gt(q) + "\n"
m = new('"Farmacia Comunale 3" <farmacia3@farmaciecomunalicremona.it>', me(ELENA),
        "Thu, 25 Feb 2027 09:30:00 +0100", "Re: Fattura n. 2027/011", plain_id(18, "farmaciecomunalicremona.it"),
        irt, refs, headers=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")])
plain(m, body, charset="iso-8859-1", cte="quoted-printable")
add("client-reply-other", "it", m,
    "A request for the PDF courtesy copy; nothing paid or promised.",
    reference="2027/011", must=["fattura 2027/011"])

# ---- 0019 payment-notification: Italian bank, incoming transfer; the causale carries the invoice and the withholding.
txt = """Gentile Cliente,

ti informiamo che sul tuo conto corrente n. 1000/00123456 è stato accreditato un bonifico.

Ordinante: STUDIO ASSOCIATO BERNARDI
Importo: 1.020,00 EUR
Data accredito: 19/11/2026
Data valuta: 19/11/2026
Causale: SALDO FATT. 2026/118 DEL 30.10.2026 AL NETTO RIT. ACC. EUR 200,00
TRN: 0306901234567890123456789IT

Per maggiori dettagli accedi all'app o all'area riservata del sito.

Questa è una comunicazione automatica, ti preghiamo di non rispondere a questa email."""
htm = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#0b7a3e;color:#fff;padding:16px;font-size:18px">Bonifico in entrata</td></tr>
<tr><td style="padding:16px">Gentile Cliente,<br><br>ti informiamo che sul tuo conto corrente n. 1000/00123456 è stato accreditato un bonifico.<br><br>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Ordinante</b></td><td>STUDIO ASSOCIATO BERNARDI</td></tr>
<tr><td><b>Importo</b></td><td>1.020,00 EUR</td></tr>
<tr><td><b>Data accredito</b></td><td>19/11/2026</td></tr>
<tr><td><b>Data valuta</b></td><td>19/11/2026</td></tr>
<tr><td><b>Causale</b></td><td>SALDO FATT. 2026/118 DEL 30.10.2026 AL NETTO RIT. ACC. EUR 200,00</td></tr>
<tr><td><b>TRN</b></td><td>0306901234567890123456789IT</td></tr>
</table><br>Per maggiori dettagli accedi all'app o all'area riservata del sito.<br><br>
<span style="font-size:11px;color:#888">Questa è una comunicazione automatica, ti preghiamo di non rispondere a questa email.</span></td></tr></table>
</body></html>"""
m = new("Intesa Sanpaolo <notifiche@notifiche.intesasanpaolo.com>", me(GIULIA), "Thu, 19 Nov 2026 07:12:00 +0100",
        "Bonifico in entrata sul tuo conto", plain_id(19, "notifiche.intesasanpaolo.com"))
alt(m, txt, htm, cte="quoted-printable")
add("payment-notification", "it", m,
    "Credit of 1.020,00 EUR; the causale names invoice 2026/118 and also a withholding of 200,00 and the invoice "
    "date, which are not the sum received. The account number is not a reference.",
    amount="1020.00", currency="EUR", reference="2026/118", must=["1.020,00 EUR", "SALDO FATT. 2026/118"])

# ---- 0020 payment-notification: Satispay, the private client's 350 € with an emoji message.
htm = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Satispay</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:480px;margin:24px auto;background:#fff;border-radius:12px;padding:24px">
<p style="font-size:13px;color:#ef373e;font-weight:bold">satispay</p>
<h1 style="font-size:22px;margin:8px 0">Hai ricevuto 350,00&nbsp;€</h1>
<p>Chiara Monti ti ha inviato denaro.</p>
<p style="background:#f7f7f7;padding:12px;border-radius:8px">“traduzione tesi 😊 grazie!!”</p>
<p style="font-size:13px;color:#777">6 dicembre 2026, 21:11<br>Codice operazione: 7f3a0c52-91e4-4c1b-b0d2-2aa61f9e0c44</p>
<p style="font-size:12px;color:#999">Hai ricevuto questa email perché hai attivato le notifiche via email nell'app Satispay.</p>
</div></body></html>"""
m = new("Satispay <noreply@satispay.com>", me(ELENA), "Sun, 6 Dec 2026 21:11:40 +0100",
        "Hai ricevuto 350,00 €", plain_id(20, "satispay.com"))
htmlonly(m, htm, cte="base64")
add("payment-notification", "it", m,
    "Satispay credit of 350,00 € (no invoice number in the message); the operation code is not a reference.",
    amount="350.00", currency="EUR", must=["Hai ricevuto 350,00 €"])

# ---- 0021 payment-notification: PayPal, gross vs fee vs net; the payer's note names the invoice.
txt = """Hai ricevuto un pagamento

Marta Colombo ti ha inviato 250,00 € EUR

Nota di Marta Colombo:
"Fattura n. 2027-0012 – foto matrimonio, saldo. Grazie di tutto!!"

Dettagli della transazione
Importo ricevuto: 250,00 € EUR
Commissione: -9,10 € EUR
Importo netto: 240,90 € EUR
ID transazione: 4RT12345AB678901C
Data transazione: 20 febbraio 2027

Il denaro è disponibile nel tuo conto PayPal.

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg"""
m = new('"PayPal" <service@paypal.it>', me(DAVIDE), "Sat, 20 Feb 2027 16:45:00 +0100",
        "Hai ricevuto un pagamento", plain_id(21, "paypal.it"))
plain(m, txt, cte="quoted-printable")
add("payment-notification", "it", m,
    "PayPal: the client paid 250,00 €; 240,90 is what remains after PayPal's fee of 9,10. The payer's note names "
    "the invoice 2027-0012; the transaction ID is not a reference.",
    amount="250.00", currency="EUR", reference="2027-0012",
    must=["ti ha inviato 250,00 € EUR", "Fattura n. 2027-0012"])

# ---- 0022 payment-notification: online bank, plain text, the available balance printed under the credit.
txt = """FINECO - Avviso movimento

Ti informiamo che in data 04/12/2026 è stato accreditato sul tuo conto un bonifico SEPA.

Importo: EUR 2.745,60
Ordinante: HOTEL VILLA SERENA SRL
IBAN ordinante: IT44 K056 9610 9000 0000 4521 X67
Causale: Saldo fattura 2026-0093
Data valuta: 04/12/2026

Saldo disponibile dopo l'operazione: EUR 8.912,33

Per non ricevere più questi avvisi modifica le preferenze di notifica nell'area riservata.
"""
m = new("Fineco <avvisi@finecobank.com>", me(DAVIDE), "Fri, 4 Dec 2026 08:01:17 +0100",
        "Avviso accredito bonifico", plain_id(22, "finecobank.com"))
plain(m, txt, charset="iso-8859-1", cte="quoted-printable")
add("payment-notification", "it", m,
    "Credit of EUR 2.745,60 for 'Saldo fattura 2026-0093'; the available balance EUR 8.912,33 and the payer's "
    "IBAN are not facts.",
    amount="2745.60", currency="EUR", reference="2026-0093", must=["Importo: EUR 2.745,60", "Saldo fattura 2026-0093"])

# ---- 0023 auto-reply: back on a day written in words; a different day for the switchboard.
irt, refs = thread(23, "ferrantedesign.it")
txt = """Grazie per il Suo messaggio.

Sono fuori ufficio per la chiusura natalizia dell'azienda e rientrerò giovedì sette gennaio. Per urgenze amministrative può contattare il centralino allo 0536 818 400 (attivo già dal 4 gennaio) oppure scrivere a contabilita.fornitori@ceramichemonti.it.

Cordiali saluti
Antonella Brambilla
Ceramiche Monti S.p.A."""
m = new("Antonella Brambilla <a.brambilla@ceramichemonti.it>", me(GIULIA), "Wed, 23 Dec 2026 08:00:12 +0100",
        "Risposta automatica: Fattura n. 2026/139 – Ferrante Design", outlook_id(23, "DB8PR10MB"), irt, refs,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("X-MS-Exchange-Inbox-Rules-Loop", "a.brambilla@ceramichemonti.it")])
plain(m, txt)
add("auto-reply", "it", m,
    "Out of office, 'rientrerò giovedì sette gennaio' = 7 January 2027 (a Thursday); 4 gennaio is when the "
    "switchboard reopens, not her return.",
    return_date="2027-01-07", must=["rientrerò giovedì sette gennaio"])

# ---- 0024 auto-reply: "fino al 9 p.v." - p.v. means next month.
irt, refs = thread(24, "davideconti.photo")
txt = """Vi informo che sarò assente per congedo fino al 9 p.v.

Per questioni urgenti relative alla liquidazione delle fatture si prega di contattare l'Ufficio Ragioneria (ragioneria@comune.tremezzina.co.it - tel. 0344 40 123). I messaggi ricevuti durante l'assenza non saranno inoltrati.

Dott.ssa Valeria Greco
Comune di Tremezzina - Servizio Cultura e Turismo"""
m = new("Valeria Greco <v.greco@comune.tremezzina.co.it>", me(DAVIDE), "Fri, 5 Mar 2027 11:30:00 +0100",
        "Assenza: Re: Fattura n. 2027-0015", plain_id(24, "comune.tremezzina.co.it"), irt, refs,
        headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])
plain(m, txt, charset="iso-8859-1", cte="8bit")
add("auto-reply", "it", m,
    "Written 5 March: 'fino al 9 p.v.' (prossimo venturo) = 9 April 2027, not 9 March.",
    return_date="2027-04-09", must=["fino al 9 p.v."])

# ---- 0025 bounce: delayed, mailbox full (4.2.2); one recipient got it, the other did not.
m = raw("""
Return-Path: <>
Received: by smtpout.postaservizi.it (Postfix)
	id 4Z7Hk21QmPz1x; Tue,  2 Feb 2027 13:00:41 +0100 (CET)
Date: Tue,  2 Feb 2027 13:00:41 +0100 (CET)
From: MAILER-DAEMON@smtpout.postaservizi.it (Sistema di posta)
Subject: Messaggio non ancora consegnato: Fattura n. 2027/005
To: elena.sartori@sartoritraduzioni.it
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Z7Hk21QmPz1x.1801137641/smtpout.postaservizi.it"
Message-Id: <20270202120041.4Z7Hk21QmPz1x@smtpout.postaservizi.it>

Questo è un messaggio in formato MIME.

--4Z7Hk21QmPz1x.1801137641/smtpout.postaservizi.it
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gentile utente,

questo è un messaggio automatico del sistema di posta.

Il tuo messaggio di stamattina con oggetto "Fattura n. 2027/005" è stato
consegnato a Marisa Ghezzi <redazione@edizionilago.it>, ma non ancora
all'Ufficio acquisti di Edizioni Lago: la loro casella risulta piena e
al momento non accetta nuovi messaggi.

Il sistema riproverà automaticamente per i prossimi 4 giorni; se la
consegna non riuscirà riceverai un ulteriore avviso. Non è necessario
inviare di nuovo il messaggio.

Dettagli tecnici:
<acquisti@edizionilago.it>: host mx1.edizionilago.it[185.14.22.10] said:
    452 4.2.2 Mailbox full (in reply to RCPT TO command)

--4Z7Hk21QmPz1x.1801137641/smtpout.postaservizi.it
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtpout.postaservizi.it
X-Postfix-Queue-ID: 4Z7Hk21QmPz1x
X-Postfix-Sender: rfc822; elena.sartori@sartoritraduzioni.it
Arrival-Date: Tue,  2 Feb 2027 09:00:12 +0100 (CET)

Final-Recipient: rfc822; acquisti@edizionilago.it
Original-Recipient: rfc822;acquisti@edizionilago.it
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx1.edizionilago.it
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: Sat,  6 Feb 2027 09:00:12 +0100 (CET)

--4Z7Hk21QmPz1x.1801137641/smtpout.postaservizi.it
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Elena Sartori <elena.sartori@sartoritraduzioni.it>
To: Ufficio acquisti <acquisti@edizionilago.it>
Cc: Marisa Ghezzi <redazione@edizionilago.it>
Subject: Fattura n. 2027/005
Date: Tue, 2 Feb 2027 09:00:10 +0100
Message-ID: <mailduns.5e0d1c0a2b7f4a55@sartoritraduzioni.it>

--4Z7Hk21QmPz1x.1801137641/smtpout.postaservizi.it--
""")
add("bounce", "it", m,
    "Delay notice (4.2.2 mailbox full, will retry): temporary. The prose names the delivered Cc (redazione@) "
    "and the failed office only by description; the failed address is acquisti@edizionilago.it.",
    failed_recipient="acquisti@edizionilago.it", permanent=False)

# ---- 0026 bounce: plain prose only, the failed mailbox named as 'l'utente segreteria' of the domain.
m = raw("""
Return-Path: <>
Received: from mail.ctcasalecchio.it (mail.ctcasalecchio.it [93.62.150.18])
	by mx.ferrantedesign.it with ESMTPS id 8cF2aQ
	for <giulia@ferrantedesign.it>; Wed, 13 Jan 2027 10:12:05 +0100
Date: Wed, 13 Jan 2027 10:12:05 +0100
From: Mail Delivery Subsystem <mailer-daemon@mail.ctcasalecchio.it>
To: giulia@ferrantedesign.it
Subject: Notifica di mancato recapito
Auto-Submitted: auto-generated
Message-ID: <20270113091205.8cF2aQ@mail.ctcasalecchio.it>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Il messaggio non è stato recapitato a uno dei destinatari.

Destinatario: Segreteria CTC
Motivo: l'utente "segreteria" non esiste sul dominio ctcasalecchio.it
Risposta del server: 550 5.1.1 User unknown

Il messaggio è stato invece recapitato regolarmente agli altri
destinatari. Questo errore è definitivo: il sistema non effettuerà
altri tentativi.

------ Intestazioni del messaggio originale ------

From: Giulia Ferrante <giulia@ferrantedesign.it>
To: Segreteria CTC <segreteria@ctcasalecchio.it>,
 Carlo Bassi <tesoriere@ctcasalecchio.it>
Subject: Re: Fattura n. 2026/133 - Ferrante Design
Date: Wed, 13 Jan 2027 10:11:58 +0100
Message-ID: <4a1b9c0e-2d77-4f10-9a3e-7b5c2e6d81f0@ferrantedesign.it>
""")
add("bounce", "it", m,
    "No DSN part, no X-Failed-Recipients: the failed address is put together from 'utente segreteria' on "
    "ctcasalecchio.it and the original To line; tesoriere@ was delivered. 5.1.1: permanent.",
    failed_recipient="segreteria@ctcasalecchio.it", permanent=True)

# ---- 0027 other: the e-invoicing service says the invoice was delivered through SdI (not a payment).
txt = """Gentile Giulia Ferrante,

la fattura elettronica n. 2027/009 del 15/02/2027, emessa verso CERAMICHE MONTI S.P.A. (P.IVA 01938470366) per un importo totale di 2.196,00 €, è stata consegnata al destinatario dal Sistema di Interscambio.

Nome file: IT03456780372_00A7F.xml
Identificativo SdI: 11223344556
Data consegna: 16/02/2027 09:58

La ricevuta di consegna è disponibile nella sezione "Fatture emesse".

Il team FattureWeb"""
m = new("FattureWeb <notifiche@fattureweb.it>", me(GIULIA), "Tue, 16 Feb 2027 10:03:00 +0100",
        "Fattura 2027/009 consegnata al destinatario (RC)", plain_id(27, "fattureweb.it"))
plain(m, txt)
add("other", "it", m,
    "E-invoicing delivery receipt: the invoice number, total and dates are about the invoice being delivered, "
    "not about money received.",
    must=["consegnata al destinatario"])

# ================================================================ ESPAÑOL (0028-0054)

# ---- 0028 paid: IRPF withheld; base, VAT and withholding all written beside the sum paid.
irt, refs = thread(28, "ortegatraducciones.es")
q = rem_es("reminder", "Estimados señores:", "F-2026-0087", "1.590,00 €", "10 de noviembre de 2026", LUCIA[0],
           pay=pay(PAY_LUCIA, "Factura F-2026-0087"))
new_text = """Hola Lucía:

Te confirmo que hoy hemos ordenado la transferencia de la factura F-2026-0087 por 1.590,00 € (base 1.500,00 + IVA 21 % 315,00 − IRPF 15 % 225,00). La retención la ingresamos nosotros en el modelo 111 del trimestre, como siempre.

Un saludo,

Begoña Urrutia
Administración · Bodegas Arrieta S.L. · CIF B01234567
Ctra. de Logroño km 3 · 01300 Laguardia (Álava) · Tel. 945 60 11 23"""
hdr = outlook_hdr("es", "2026-11-18 08:00", *LUCIA, "Administración Bodegas Arrieta", "Re: Factura F-2026-0087")
m = new('"Administración Bodegas Arrieta" <administracion@bodegasarrieta.es>', me(LUCIA),
        "Thu, 19 Nov 2026 13:10:22 +0100", "RE: Re: Factura F-2026-0087", outlook_id(28, "PAXPR04MB"), irt, refs,
        headers=[("Content-Language", "es-ES")])
alt(m, new_text + "\n\n" + "_" * 32 + "\n" + hdr + "\n\n" + q + "\n", outlook_html(new_text, hdr, q),
    cte="quoted-printable")
add("client-reply-paid", "es", m,
    "Transfer ordered for 1.590,00 € = base 1.500 + IVA 315 − IRPF 225; the other three figures and the CIF are "
    "not the sum paid.",
    amount="1590.00", currency="EUR", reference="F-2026-0087",
    must=["por 1.590,00 €", "factura F-2026-0087"])

# ---- 0029 paid: Buenos Aires (-0300), voseo, the sum in digits and in words, a Wise screenshot.
irt, refs = thread(29, "nereaux.com")
q = rem_es("due", "Estimados señores:", "NE-26-038", "2.300,00 €", "4 de diciembre de 2026", NEREA[0],
           pay=pay(PAY_NEREA, "NE-26-038"))
new_text = """Hola Nerea, cómo andás?

Te cuento que ya te transferí los 2300 euros (dos mil trescientos) de la factura NE-26-038 por Wise, te adjunto la captura. Wise dice que llega mañana.

Cualquier cosa avisame, y gracias por la paciencia, fue un mes de locos acá.

Abrazo,
Martín

Estudio Pampa – Buenos Aires
+54 9 11 4567-8901"""
attr = gmail_attr("es", "2026-12-07 04:00", *NEREA)
m = new("Martín Sosa <martin@estudiopampa.com.ar>", me(NEREA), "Tue, 8 Dec 2026 18:22:05 -0300",
        "Re: Factura NE-26-038", gmail_id(29), irt, refs)
alt(m, new_text + "\n\n" + attr + "\n\n" + gt(q) + "\n", gmail_html(new_text, attr, q))
attach(m, PNG, "image/png", "captura_wise.png")
add("client-reply-paid", "es", m,
    "Paid 2300 euros (also in words); the Argentine phone number is not a sum and 'llega mañana' is the arrival, "
    "not a promise.",
    amount="2300.00", currency="EUR", reference="NE-26-038",
    must=["los 2300 euros (dos mil trescientos)", "factura NE-26-038"])

# ---- 0030 paid: two words and a receipt; the sum is only in the attachment and the quoted reminder.
irt, refs = thread(30, "molinafoto.es")
q = rem_es("due", "Buenos días, Carmen Robles:", "2027/02", "1.150,00 €", "14 de enero de 2027", JAVIER[0],
           pay=pay(PAY_JAVIER, "Factura 2027/02"))
body = """Pagado. Adjunto justificante.



Enviado desde mi Galaxy


-------- Mensaje original --------
De: Javier Molina Casas <javier@molinafoto.es>
Fecha: 15/1/27 9:00 (GMT+01:00)
Para: Carmen Robles <carmenrobles84@hotmail.com>
Asunto: Factura 2027/02

""" + q + "\n"
m = new("Carmen Robles <carmenrobles84@hotmail.com>", me(JAVIER), "Sat, 16 Jan 2027 12:03:44 +0100",
        "RE: Factura 2027/02", plain_id(30, "hotmail.com"), irt, refs)
plain(m, body)
attach(m, PDF, "application/pdf", "Justificante_transferencia_20270116.pdf")
add("client-reply-paid", "es", m,
    "Paid, receipt attached; the client's own words state no sum and no invoice number, so amount and reference "
    "are left out (1.150,00 € and 2027/02 are only in the quoted reminder and the subject).",
    must=["Pagado. Adjunto justificante."])

# ---- 0031 paid + question: two invoices named, only one paid (480 €); no reference.
irt, refs = thread(31, "molinafoto.es")
q = rem_es("reminder", "Estimados señores:", "2027/04", "480,00 €", "25 de enero de 2027", JAVIER[0],
           pay=pay(PAY_JAVIER, "Factura 2027/04"))
body = """Buenas Javier,

la 2027/04 ya está pagada, fueron 480 € por transferencia el lunes. La 2027/06 no la encuentro por ningún lado, ¿me la puedes reenviar? No me consta haberla recibido.

Gracias!
Iker

Taberna Itsasoa · Bermeo

""" + gmail_attr("es", "2027-02-02 08:00", *JAVIER) + "\n\n" + gt(q) + "\n"
m = new("Iker Bilbao <taberna.itsasoa@gmail.com>", me(JAVIER), "Wed, 3 Feb 2027 11:18:00 +0100",
        "Re: Factura 2027/04", gmail_id(31), irt, refs)
plain(m, body)
add("client-reply-paid", "es", m,
    "Paid 480 € for one invoice and asks for a copy of another: paid. Two invoice numbers in the client's words, "
    "so no reference.",
    amount="480.00", currency="EUR", must=["fueron 480 €", "La 2027/06 no la encuentro"])

# ---- 0032 paid: accounts department, the PO number beside the invoice number, the concept quoted.
irt, refs = thread(32, "molinafoto.es")
q = rem_es("reminder", "Estimados señores:", "2026/45", "2.904,00 €", "30 de diciembre de 2026", JAVIER[0],
           pay=pay(PAY_JAVIER, "Factura 2026/45"))
new_text = """Buenos días, Javier:

Le informamos de que el pasado 12/01 se realizó la transferencia por importe de 2.904,00 EUR correspondiente a su factura 2026/45 (pedido PO-55120), con el concepto "Fra. 2026/45 Molina".

Disculpe el retraso; su factura no incluía nuestro número de pedido y quedó retenida en el circuito de aprobación.

Atentamente,

Rosa Beltrán
Departamento de Contabilidad
INMOBILIARIA LEVANTE, S.A. · Avda. de Aguilera 34, 03007 Alicante · Tel. 965 12 34 00

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de INMOBILIARIA LEVANTE, S.A."""
hdr = outlook_hdr("es", "2027-01-08 08:00", *JAVIER, "Contabilidad", "Re: Factura 2026/45")
m = new('"Contabilidad Inmobiliaria Levante" <contabilidad@inmolevante.es>', me(JAVIER),
        "Fri, 15 Jan 2027 09:41:17 +0100", "RE: Re: Factura 2026/45", outlook_id(32, "DB7PR02MB"), irt, refs)
alt(m, new_text + "\n\n" + "-----Mensaje original-----\n" + hdr + "\n\n" + q + "\n",
    outlook_html(new_text, hdr, q, font="Arial"), cte="quoted-printable")
add("client-reply-paid", "es", m,
    "Paid 2.904,00 EUR on 12/01 for invoice 2026/45; PO-55120 is the client's order number and the phone number "
    "is not a sum.",
    amount="2904.00", currency="EUR", reference="2026/45",
    must=["importe de 2.904,00 EUR", "su factura 2026/45 (pedido PO-55120)"])

# ---- 0033 paid: Bizum "de 60 pavos" (50 + 10), all lower case.
irt, refs = thread(33, "molinafoto.es")
q = rem_es("courtesy", "Buenos días, Ane Mendizabal:", "2026/52", "60,00 €", "25 de noviembre de 2026", JAVIER[0],
           pay=pay(PAY_JAVIER, "Factura 2026/52"), issue="15 de noviembre de 2026")
body = """ey Javi!! te acabo de hacer un bizum de 60 pavos, los 50 de la sesion + 10 de las copias en papel q te pedi. la factura me vale asi tal cual

graciasss las fotos han quedado BRUTALES 📸

""" + gmail_attr("es", "2026-11-22 09:00", *JAVIER) + "\n\n" + gt(q) + "\n"
m = new("Ane Mendizabal <ane.mendi.96@gmail.com>", me(JAVIER), "Sun, 22 Nov 2026 20:47:00 +0100",
        "Re: Factura 2026/52", gmail_id(33), irt, refs)
plain(m, body, cte="8bit")
add("client-reply-paid", "es", m,
    "Paid 60 'pavos' (slang for euros) by Bizum, the sum of 50 + 10; the parts are not the amount.",
    amount="60.00", currency="EUR", must=["bizum de 60 pavos"])

# ---- 0034 promise: "a mediados de mes" written on 1 February.
irt, refs = thread(34, "ortegatraducciones.es")
q = rem_es("due", "Estimados señores:", "F-2027-0004", "968,00 €", "29 de enero de 2027", LUCIA[0],
           pay=pay(PAY_LUCIA, "Factura F-2027-0004"))
body = """Hola, Lucía:

Perdona, se nos ha juntado el cierre del año con la auditoría. La factura F-2027-0004 te la pagamos a mediados de mes, que es cuando hacemos la remesa de colaboradores.

Un abrazo,
Pilar

--
Pilar Sanz · Editorial Almadraba
www.editorialalmadraba.es

""" + gmail_attr("es", "2027-02-01 08:00", *LUCIA) + "\n\n" + gt(q) + "\n"
m = new("Pilar Sanz <pilar@editorialalmadraba.es>", me(LUCIA), "Mon, 1 Feb 2027 10:25:00 +0100",
        "Re: Factura F-2027-0004", gmail_id(34), irt, refs)
plain(m, body)
add("client-reply-promise", "es", m,
    "'a mediados de mes' written on 1 February = mid-February, read as the 15th; the 29 de enero in the quote is "
    "the due date.",
    promised_date="2027-02-15", reference="F-2027-0004", must=["a mediados de mes", "La factura F-2027-0004"])

# ---- 0035 promise: "el día veintitrés" in words; the client's 1.200 € is the base, the reminder says 1.452.
irt, refs = thread(35, "nereaux.com")
q = rem_es("reminder", "Estimados señores:", "NE-27-009", "1.452,00 €", "28 de febrero de 2027", NEREA[0],
           pay=pay(PAY_NEREA, "NE-27-009"))
new_text = """Buenas tardes Nerea,

me dice la gestoría que el pago de los 1.200 € lo tienen programado para el día veintitrés, junto con el resto de proveedores. Siento el retraso.

Saludos,
Jordi Ferrer
Clínica Dental Somriures – C/ Aragó 214, 08011 Barcelona – 93 451 22 07"""
attr = apple_attr("es", "2027-03-09 08:00", *NEREA)
m = new("Jordi Ferrer <jordi@clinicasomriures.cat>", me(NEREA), "Wed, 10 Mar 2027 17:55:00 +0100",
        "Re: Factura NE-27-009", apple_id(35, "clinicasomriures.cat"), irt, refs,
        headers=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
alt(m, new_text + "\n\n" + attr + "\n\n" + gt(q) + "\n", apple_html(new_text, attr, q), cte="quoted-printable")
add("client-reply-promise", "es", m,
    "'el día veintitrés' in words, written 10 March = 23 March 2027. The client states 1.200 € (the reminder's "
    "1.452,00 € includes VAT): the amount is the client's figure. The postcode and phone are not facts.",
    promised_date="2027-03-23", amount="1200.00", currency="EUR",
    must=["los 1.200 €", "el día veintitrés"])

# ---- 0036 promise: Mexico City (-0600), Sunday night: "el lunes" is the next day there, Monday already in UTC.
irt, refs = thread(36, "ortegatraducciones.es")
q = rem_es("reminder", "Estimados señores:", "F-2027-0009", "2.640,00 €", "5 de febrero de 2027", LUCIA[0],
           pay=pay(PAY_LUCIA, "Factura F-2027-0009"))
body = """Hola Lucía, buenas noches.

Una disculpa por la demora, estuve de viaje toda la semana. Ya quedó autorizado el pago de tu factura F-2027-0009; la transferencia internacional sale el lunes a primera hora (hora de México) y normalmente tarda 2 o 3 días en llegar a España.

Saludos cordiales,
Alejandro Vázquez
Coordinación editorial
Grupo Editorial Tenochtitlan, S.A. de C.V.
Tel. +52 55 5208 1134

""" + gmail_attr("es", "2027-02-12 01:00", *LUCIA) + "\n\n" + gt(q) + "\n"
m = new("Alejandro Vázquez <avazquez@editorialtenochtitlan.mx>", me(LUCIA), "Sun, 14 Feb 2027 22:30:18 -0600",
        "Re: Factura F-2027-0009", gmail_id(36), irt, refs)
plain(m, body, cte="quoted-printable")
add("client-reply-promise", "es", m,
    "Sent Sunday 14 February 22:30 in Mexico (already Monday 15 in UTC): 'el lunes' is Monday 15 February in the "
    "sender's time zone, not the 22nd. The 2-3 days of transit are not the promised day.",
    wd="mon", promised_date="2027-02-15", reference="F-2027-0009", must=["sale el lunes a primera hora"])

# ---- 0037 promise: the missed day (30 de noviembre) in the quoted follow-up; the new one "antes de fin de año".
irt, refs = thread(37, "nereaux.com", depth=2)
q = rem_es("promise", "Estimados señores:", "NE-26-031", "3.630,00 €", None, NEREA[0],
           pay=pay(PAY_NEREA, "NE-26-031"), promise="30 de noviembre de 2026")
new_text = """Hola Nerea,

tienes toda la razón, te dije el 30 y no ha podido ser: nos han retrasado el cobro de una subvención. Te pago los 3.630,00€ antes de fin de año, seguro. Si pudiera antes te aviso.

Perdona de verdad,
Raúl

Coworking Pucela · C/ Santiago 12, Valladolid"""
attr = gmail_attr("es", "2026-12-09 08:00", *NEREA)
m = new("Raúl Calvo <raul@coworkingpucela.es>", me(NEREA), "Wed, 9 Dec 2026 12:40:00 +0100",
        "Re: Factura NE-26-031", gmail_id(37), irt, refs)
alt(m, new_text + "\n\n" + attr + "\n\n" + gt(q) + "\n", gmail_html(new_text, attr, q))
add("client-reply-promise", "es", m,
    "New promise 'antes de fin de año' = 31 December 2026; 'el 30' / 30 de noviembre is the missed earlier "
    "promise quoted below. No invoice number in the client's words.",
    promised_date="2026-12-31", amount="3630.00", currency="EUR",
    must=["los 3.630,00€ antes de fin de año"])

# ---- 0038 promise: accounts payable, "no más tarde del día 5" of next month; order number and extension beside.
irt, refs = thread(38, "ortegatraducciones.es")
q = rem_es("due", "Estimados señores:", "F-2026-0102", "3.388,00 €", "20 de enero de 2027", LUCIA[0],
           pay=pay(PAY_LUCIA, "Factura F-2026-0102"))
new_text = """Estimada Sra. Ortega:

Su factura n.º F-2026-0102 (n.º de pedido PED-2027-118) ya está contabilizada. Según nuestras condiciones de pago, se abonará en la remesa de febrero, no más tarde del día 5.

Para cualquier consulta sobre pagos puede llamar al 954 22 71 40 (ext. 312).

Atentamente,

Manuel Ortiz
Cuentas a Pagar – Laboratorios Farmasur, S.A.
Parque Tecnológico Cartuja · 41092 Sevilla"""
hdr = outlook_hdr("es", "2027-01-21 08:00", *LUCIA, "Cuentas a Pagar", "Re: Factura F-2026-0102")
m = new('"Cuentas a Pagar - Farmasur" <cuentasapagar@farmasur.es>', me(LUCIA), "Fri, 22 Jan 2027 13:05:00 +0100",
        "RE: Re: Factura F-2026-0102", outlook_id(38, "AM9PR06MB"), irt, refs)
alt(m, new_text + "\n\n" + "_" * 32 + "\n" + hdr + "\n\n" + q + "\n", outlook_html(new_text, hdr, q),
    cte="quoted-printable")
add("client-reply-promise", "es", m,
    "'en la remesa de febrero, no más tarde del día 5' = by 5 February 2027. PED-2027-118 is the client's order "
    "number and 312 a phone extension.",
    promised_date="2027-02-05", reference="F-2026-0102",
    must=["no más tarde del día 5", "factura n.º F-2026-0102"])

# ---- 0039 promise without a day: "la semana que viene"; the Monday is when the club gets its money.
irt, refs = thread(39, "molinafoto.es")
q = rem_es("reminder", "Estimados señores:", "2027/09", "1.000,00 €", "15 de febrero de 2027", JAVIER[0],
           pay=pay(PAY_JAVIER, "Factura 2027/09"))
body = """Hola Javier, te escribo de parte de la junta. Los mil euros del reportaje de las fiestas te los pagamos la semana que viene sin falta, que hasta el lunes no nos ingresan las cuotas de los socios.

Un saludo,
Maite (tesorera)
Asociación Cultural Tramontana

""" + gmail_attr("es", "2027-02-24 08:00", *JAVIER) + "\n\n" + gt(q) + "\n"
m = new("Asociación Tramontana <ac.tramontana@gmail.com>", me(JAVIER), "Thu, 25 Feb 2027 21:10:00 +0100",
        "Re: Factura 2027/09", gmail_id(39), irt, refs)
plain(m, body)
add("client-reply-promise", "es", m,
    "'la semana que viene' names no day, so no promised_date; 'el lunes' is when the club receives its dues, not "
    "the payment day. 'mil euros' = 1000.",
    amount="1000.00", currency="EUR", must=["Los mil euros", "la semana que viene"])

# ---- 0040 dispute: the fee agreed was VAT included; asks for a factura rectificativa and holds payment.
irt, refs = thread(40, "ortegatraducciones.es")
q = rem_es("courtesy", "Estimados señores:", "F-2026-0091", "2.420,00 €", "30 de noviembre de 2026", LUCIA[0],
           pay=pay(PAY_LUCIA, "Factura F-2026-0091"), issue="31 de octubre de 2026")
body = """Hola Lucía,

revisando la F-2026-0091 vemos que el importe es 2.420 € y lo que hablamos fueron 2.000 € IVA incluido, no más IVA. ¿Nos puedes emitir una factura rectificativa por la diferencia? Hasta entonces no la podemos pasar a pago.

Gracias,
Carla Domènech
Agencia Brío · Barcelona

""" + gmail_attr("es", "2026-11-24 08:00", *LUCIA) + "\n\n" + gt(q) + "\n"
m = new("Carla Domènech <carla@agenciabrio.com>", me(LUCIA), "Tue, 24 Nov 2026 16:33:00 +0100",
        "Re: Factura F-2026-0091", gmail_id(40), irt, refs)
plain(m, body)
add("client-reply-dispute", "es", m,
    "Contests the amount (2.000 € VAT included agreed vs 2.420 € billed), asks a rectifying invoice and holds "
    "payment: dispute; neither figure is a paid or promised sum.",
    reference="F-2026-0091", must=["revisando la F-2026-0091"])

# ---- 0041 dispute: will not pay until the high-resolution files arrive; "el día 20" is the delivery.
irt, refs = thread(41, "molinafoto.es")
q = rem_es("due", "Estimados señores:", "2026/49", "1.815,00 €", "4 de diciembre de 2026", JAVIER[0],
           pay=pay(PAY_JAVIER, "Factura 2026/49"))
new_text = """Buenos días Javier:

No vamos a pagar la factura 2026/49 hasta que no recibamos las fotos en alta resolución de las habitaciones, que era lo acordado en el presupuesto (30 fotos en JPG a 300 ppp). Lo que nos llegó el día 20 son archivos de 1200 px que no valen para imprenta.

En cuanto las tengamos, la pagamos.

Un saludo,
Covadonga Álvarez
Dirección – Hotel Mirador del Sella
Cangas de Onís (Asturias)"""
hdr = outlook_hdr("es", "2026-12-05 08:00", *JAVIER, "Dirección Hotel Mirador", "Factura 2026/49")
m = new('"Covadonga Álvarez" <direccion@hotelmiradordelsella.com>', me(JAVIER), "Mon, 7 Dec 2026 10:02:00 +0100",
        "RE: Factura 2026/49", outlook_id(41, "VI1PR08MB"), irt, refs)
alt(m, new_text + "\n\n" + "_" * 32 + "\n" + hdr + "\n\n" + q + "\n", outlook_html(new_text, hdr, q),
    cte="quoted-printable")
add("client-reply-dispute", "es", m,
    "Refuses to pay until the agreed files are delivered: dispute. 'En cuanto las tengamos, la pagamos' is "
    "conditional; 30, 300 and 1200 are photo specs, 'el día 20' the past delivery.",
    reference="2026/49", must=["No vamos a pagar la factura 2026/49"])

# ---- 0042 dispute: already invoiced under another number (paid 28/12); asks for an abono. Two numbers.
irt, refs = thread(42, "nereaux.com")
q = rem_es("due", "Estimados señores:", "NE-27-002", "850,00 €", "18 de enero de 2027", NEREA[0],
           pay=pay(PAY_NEREA, "NE-27-002"))
body = """Hola Nerea:

Creemos que hay un error: la factura NE-27-002 corresponde al mismo taller de diciembre que ya nos facturaste en la NE-26-044 y que pagamos el 28/12 con tarjeta. Por favor, emite un abono de la NE-27-002 y así la damos de baja.

Saludos,
Iratxe Goikoetxea
Fundación Kaleidos · Donostia

""" + gmail_attr("es", "2027-01-19 08:00", *NEREA) + "\n\n" + gt(q) + "\n"
m = new("Iratxe Goikoetxea <iratxe@fundacionkaleidos.org>", me(NEREA), "Wed, 20 Jan 2027 12:12:00 +0100",
        "Re: Factura NE-27-002", gmail_id(42), irt, refs)
plain(m, body, cte="base64")
add("client-reply-dispute", "es", m,
    "Duplicate billing claimed, asks a credit note (abono): dispute, not paid. Two invoice numbers, so no "
    "reference.",
    must=["emite un abono de la NE-27-002"])

# ---- 0043 other: forwarded to accounting, asks for a report; nothing about paying.
irt, refs = thread(43, "nereaux.com")
q = rem_es("courtesy", "Estimados señores:", "NE-26-035", "1.210,00 €", "15 de noviembre de 2026", NEREA[0],
           pay=pay(PAY_NEREA, "NE-26-035"), issue="16 de octubre de 2026")
body = """Hola Nerea! Recibida, se la paso a Sonia de contabilidad (en copia) que es quien lleva los pagos. Por cierto, ¿nos podrías mandar también el informe final del test de usabilidad en PDF? Gracias!

Pablo
Lumo Apps S.L.

""" + gmail_attr("es", "2026-11-05 08:00", *NEREA) + "\n\n" + gt(q) + "\n"
m = new("Pablo Herrero <pablo@lumoapps.io>", me(NEREA), "Thu, 5 Nov 2026 09:12:00 +0100",
        "Re: Factura NE-26-035", gmail_id(43), irt, refs, cc="Sonia Vidal <contabilidad@lumoapps.io>")
plain(m, body)
add("client-reply-other", "es", m,
    "Received and forwarded to accounting plus a request for a report: no payment, no promise.",
    must=["se la paso a Sonia de contabilidad"])

# ---- 0044 other: asks the bank details again; typed without accents, iso-8859-1; an old IBAN prefix mentioned.
irt, refs = thread(44, "ortegatraducciones.es")
q = rem_es("courtesy", "Estimados señores:", "F-2027-0015", "726,00 EUR", "10 de marzo de 2027", LUCIA[0],
           pay=pay(PAY_LUCIA, "Factura F-2027-0015"), issue="8 de febrero de 2027")
body = """Buenas tardes Lucia,

Me podrias reenviar el numero de cuenta? El que tengo apuntado es el de Ibercaja (ES12 2085...) y en la factura F-2027-0015 aparece otro. No quiero equivocarme.

Un saludo
Francisco Lopez
Academia Babel - Zaragoza
Tel. 976 23 45 67

""" + gmail_attr("es", "2027-03-02 08:00", *LUCIA) + "\n\n" + gt(q) + "\n"
m = new("Academia Babel <academiababel@telefonica.net>", me(LUCIA), "Tue, 2 Mar 2027 18:40:00 +0100",
        "Re: Factura F-2027-0015", plain_id(44, "telefonica.net"), irt, refs,
        headers=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")])
plain(m, body, charset="iso-8859-1", cte="quoted-printable")
add("client-reply-other", "es", m,
    "Asks which account to pay to: nothing paid or promised; the IBAN fragment is not a reference.",
    reference="F-2027-0015", must=["en la factura F-2027-0015 aparece otro"])

# ---- 0045 payment-notification: Spanish bank, transfer received, the concept is the invoice number.
txt = """Has recibido una transferencia

Importe: 1.590,00 €
Ordenante: BODEGAS ARRIETA SL
Concepto: F-2026-0087
Cuenta de abono: ES91 **** **** **** **** 1332
Fecha: 20/11/2026

Consulta el detalle en la app o en la web.

Este correo se ha enviado automáticamente. Por favor, no respondas a este mensaje."""
htm = """<html><body style="font-family:Arial,Helvetica,sans-serif;background:#f4f4f4">
<table align="center" width="560" style="background:#ffffff;border-collapse:collapse">
<tr><td style="background:#072146;color:#ffffff;padding:18px 24px;font-size:20px">Has recibido una transferencia</td></tr>
<tr><td style="padding:24px">
<p style="font-size:32px;margin:0 0 16px 0;color:#072146"><b>1.590,00&nbsp;€</b></p>
<table style="font-size:14px;color:#121212" cellpadding="4">
<tr><td style="color:#666">Ordenante</td><td>BODEGAS ARRIETA SL</td></tr>
<tr><td style="color:#666">Concepto</td><td>F-2026-0087</td></tr>
<tr><td style="color:#666">Cuenta de abono</td><td>ES91 **** **** **** **** 1332</td></tr>
<tr><td style="color:#666">Fecha</td><td>20/11/2026</td></tr>
</table>
<p style="font-size:14px">Consulta el detalle en la app o en la web.</p>
<p style="font-size:11px;color:#999">Este correo se ha enviado automáticamente. Por favor, no respondas a este mensaje.</p>
</td></tr></table></body></html>"""
m = new("BBVA <avisos@bbva.es>", me(LUCIA), "Fri, 20 Nov 2026 08:14:00 +0100",
        "Has recibido una transferencia de 1.590,00 €", plain_id(45, "bbva.es"))
alt(m, txt, htm, cte="quoted-printable")
add("payment-notification", "es", m,
    "Incoming transfer of 1.590,00 € with the invoice number as concept; the masked account is not a reference.",
    amount="1590.00", currency="EUR", reference="F-2026-0087", must=["Importe: 1.590,00 €", "Concepto: F-2026-0087"])

# ---- 0046 payment-notification: Bizum received through the bank, 60 € with the payer's concept.
htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="max-width:520px;margin:0 auto;padding:20px">
<img src="https://www.bancsabadell.com/img/logo-mail.png" alt="Banco Sabadell" width="140"><br><br>
<h2 style="color:#006dff;font-weight:normal">Has recibido un Bizum</h2>
<p>Ane M. te ha enviado <b>60,00 €</b>.</p>
<p>Concepto: <i>fotos + copias 📸</i></p>
<p>El importe ya está disponible en tu cuenta ES79 0182 **** **** **** 4567.</p>
<p style="font-size:12px;color:#888">22/11/2026 20:44 · Ref. operación 2026112220441875</p>
<p style="font-size:11px;color:#aaa">Banco de Sabadell, S.A. · Avda. Óscar Esplá 37 · 03007 Alicante · NIF A08000143</p>
</div></body></html>"""
m = new("Banco Sabadell <notificaciones@bancsabadell.com>", me(JAVIER), "Sun, 22 Nov 2026 20:45:12 +0100",
        "Has recibido un Bizum", plain_id(46, "bancsabadell.com"))
htmlonly(m, htm, cte="base64")
add("payment-notification", "es", m,
    "Bizum of 60,00 € received; no invoice number. The operation reference, masked account and bank's NIF are "
    "not facts.",
    amount="60.00", currency="EUR", must=["te ha enviado 60,00 €"])

# ---- 0047 payment-notification: Stripe-hosted invoice paid by card, in Spanish.
txt = """Factura pagada

Fundación Kaleidos ha pagado la factura NE-26-044.

Importe pagado: 850,00 €
Método de pago: Visa •••• 4242
Fecha de pago: 28 dic 2026

Número de recibo: 1893-4471

Ver factura: https://invoice.stripe.com/i/acct_1NxK2mEtxeb/live_YWNjdF8xTnhLMm1FdHhlYi

Has recibido este correo porque eres el propietario de la cuenta de Nerea Etxeberria en Stripe."""
m = new("Stripe <notifications@stripe.com>", me(NEREA), "Mon, 28 Dec 2026 13:00:27 +0100",
        "Pago recibido: 850,00 € de Fundación Kaleidos", plain_id(47, "stripe.com"))
plain(m, txt)
add("payment-notification", "es", m,
    "Card payment of 850,00 € for invoice NE-26-044; the card digits and the receipt number are not references.",
    amount="850.00", currency="EUR", reference="NE-26-044",
    must=["Importe pagado: 850,00 €", "ha pagado la factura NE-26-044"])

# ---- 0048 payment-notification: credit advice with the balance after it; two euro figures, only one received.
txt = """CaixaBank - Aviso de movimiento

Abono de transferencia en su cuenta ES21 2100 **** **** **** 9087

Fecha operación: 13/01/2027
Importe: +2.904,00 EUR
Ordenante: INMOBILIARIA LEVANTE SA
Concepto: Fra. 2026/45 Molina

Saldo disponible tras la operación: 7.312,45 EUR

Puede consultar el detalle en CaixaBankNow.
"""
m = new("CaixaBank <avisos@caixabank.com>", me(JAVIER), "Wed, 13 Jan 2027 07:30:02 +0100",
        "Aviso: abono de transferencia", plain_id(48, "caixabank.com"))
plain(m, txt, charset="iso-8859-1")
add("payment-notification", "es", m,
    "Credit of +2.904,00 EUR, concept 'Fra. 2026/45 Molina'; 7.312,45 is the balance after it, not the sum "
    "received.",
    amount="2904.00", currency="EUR", reference="2026/45", must=["Importe: +2.904,00 EUR", "Fra. 2026/45 Molina"])

# ---- 0049 auto-reply: back on a day written in words ("el lunes once de enero"); other dates beside it.
irt, refs = thread(49, "ortegatraducciones.es")
txt = """Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes once de enero, sin acceso al correo. Para temas de facturación pueden escribir a facturas@grupoalmudena.es; las facturas recibidas entre el 24 de diciembre y el 8 de enero se tramitarán a mi vuelta.

Un saludo,
Marta Iglesias
Grupo Almudena · Madrid"""
m = new("Marta Iglesias <m.iglesias@grupoalmudena.es>", me(LUCIA), "Thu, 24 Dec 2026 09:00:41 +0100",
        "Respuesta automática: Factura F-2026-0110", outlook_id(49, "MRZPR03MB"), irt, refs,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
plain(m, txt)
add("auto-reply", "es", m,
    "'hasta el lunes once de enero' in words = 11 January 2027; 24 December and 8 January bound the invoice "
    "backlog, not her absence.",
    return_date="2027-01-11", must=["hasta el lunes once de enero"])

# ---- 0050 auto-reply: supplier-portal ticket acknowledgement; payment days are policy, not a promise.
irt, refs = thread(50, "ortegatraducciones.es")
txt = """Estimado proveedor:

Hemos recibido su mensaje y se ha registrado con el número de incidencia 48213. Nuestro equipo de Cuentas a Pagar le responderá en un plazo máximo de 72 horas laborables.

Le recordamos que las facturas se pagan a 60 días fecha factura, los días 10 y 25 de cada mes. Para consultar el estado de sus facturas acceda al Portal de Proveedores con su NIF.

Este es un mensaje automático; por favor, no responda a este correo.

Grupo Álvarez – Cuentas a Pagar"""
m = new("Portal de Proveedores <no-reply@proveedores.grupoalvarez.es>", me(LUCIA),
        "Tue, 16 Feb 2027 09:12:09 +0100", "[Incidencia #48213] Hemos recibido su consulta",
        plain_id(50, "proveedores.grupoalvarez.es"), irt, refs,
        headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
plain(m, txt)
add("auto-reply", "es", m,
    "Ticket acknowledgement: no absence and no return day; the incident number, 72 hours, 60 days and the "
    "10th/25th payment days are look-alikes, not a promise.",
    must=["número de incidencia 48213"])

# ---- 0051 auto-reply: Canary Islands (+0000), away "del 21 de diciembre al 6 de enero".
irt, refs = thread(51, "nereaux.com")
txt = """Hola, gracias por tu correo.

Estaré de vacaciones del 21 de diciembre al 6 de enero y no revisaré el correo con regularidad. Si es urgente, llama a la recepción del hotel al 928 36 14 70.

¡Felices fiestas!

Yaiza Hernández
Marketing · Surf Hotel Las Canteras
Las Palmas de Gran Canaria"""
m = new("Yaiza Hernández <marketing@surfhotellascanteras.com>", me(NEREA), "Mon, 21 Dec 2026 08:30:00 +0000",
        "Fuera de la oficina: Factura NE-26-052", plain_id(51, "surfhotellascanteras.com"), irt, refs,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
plain(m, txt, cte="quoted-printable")
add("auto-reply", "es", m,
    "Away 'del 21 de diciembre al 6 de enero': the day named for the end is 6 January 2027. The phone is not a date.",
    return_date="2027-01-06", must=["del 21 de diciembre al 6 de enero"])

# ---- 0052 bounce: Exchange Online NDR in Spanish; the prose gives the mailbox name and the domain apart.
m = raw("""
Received: from DB9PR03MB7788.eurprd03.prod.outlook.com ([fe80::5d1:2ab3:9c0e:1f77])
 by DB9PR03MB7788.eurprd03.prod.outlook.com ([fe80::5d1:2ab3:9c0e:1f77%6]) with
 mapi id 15.20.8137.011; Mon, 8 Feb 2027 10:00:35 +0000
MIME-Version: 1.0
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ortegatraducciones.onmicrosoft.com>
To: =?utf-8?Q?Luc=C3=ADa_Ortega_Ruiz?= <lucia@ortegatraducciones.es>
Date: Mon, 8 Feb 2027 10:00:35 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ee8a7a1d-93c4-4a4e-bf4f-2b7c0f0a6c13"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: es-ES
Message-ID: <d0c4a1f2-6b3e-4e9d-8f0a-77e1c2b9a015@DB9PR03MB7788.eurprd03.prod.outlook.com>
In-Reply-To: <mailduns.9a3c71e0b4f2d6a8c511@ortegatraducciones.es>
Subject: No se puede entregar: Factura F-2027-0011
Auto-Submitted: auto-replied

--ee8a7a1d-93c4-4a4e-bf4f-2b7c0f0a6c13
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Su mensaje para Contabilidad Grupo =C3=81lvarez no se pudo entregar.

No se encontr=C3=B3 "contabilidad" en grupoalvarez.es.

Qu=C3=A9 debo hacer?
La direcci=C3=B3n de correo electr=C3=B3nico ya no existe o est=C3=A1 mal es=
crita. P=C3=B3ngase en contacto con el destinatario por otro medio (por tel=
=C3=A9fono, por ejemplo) y p=C3=ADdale la direcci=C3=B3n correcta.

Diagn=C3=B3stico para administradores
Servidor que gener=C3=B3 el error: DB9PR03MB7788.eurprd03.prod.outlook.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient=
 not found by SMTP address lookup'

--ee8a7a1d-93c4-4a4e-bf4f-2b7c0f0a6c13
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR03MB7788.eurprd03.prod.outlook.com
Received-From-MTA: dns;DB9PR03MB7788.eurprd03.prod.outlook.com
Arrival-Date: Mon, 8 Feb 2027 10:00:33 +0000

Final-Recipient: rfc822;contabilidad@grupoalvarez.es
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ee8a7a1d-93c4-4a4e-bf4f-2b7c0f0a6c13
Content-Type: text/rfc822-headers

From: =?utf-8?Q?Luc=C3=ADa_Ortega_Ruiz?= <lucia@ortegatraducciones.es>
To: Contabilidad Grupo =?utf-8?Q?=C3=81lvarez?= <contabilidad@grupoalvarez.es>
Subject: Factura F-2027-0011
Date: Mon, 8 Feb 2027 11:00:30 +0100
Message-ID: <mailduns.9a3c71e0b4f2d6a8c511@ortegatraducciones.es>

--ee8a7a1d-93c4-4a4e-bf4f-2b7c0f0a6c13--
""")
add("bounce", "es", m,
    "Exchange Online NDR: the prose says 'contabilidad' was not found at grupoalvarez.es; the full address is only "
    "in the machine parts. 5.1.10: permanent.",
    failed_recipient="contabilidad@grupoalvarez.es", permanent=True)

# ---- 0053 other: a transfer the freelancer sent (outgoing), not money in.
txt = """Transferencia enviada

Has enviado 420,00 € a COWORKING LA NAVE SL.

Concepto: Cuota enero 2027 + sala reuniones
Cuenta de cargo: ES12 3035 **** **** **** 6789
Fecha: 04/01/2027

Si no reconoces esta operación, llámanos al 91 177 33 00.

Openbank"""
m = new("Openbank <avisos@openbank.es>", me(NEREA), "Mon, 4 Jan 2027 10:15:48 +0100",
        "Transferencia enviada: 420,00 €", plain_id(53, "openbank.es"))
plain(m, txt)
add("other", "es", m,
    "An outgoing transfer the freelancer made: money out, not a payment notification, so no amount is labelled.",
    must=["Has enviado 420,00 €"])

# ---- 0054 other: the phone company's invoice received by the freelancer (an invoice number and a sum, both irrelevant).
txt = """Tu factura de Movistar ya está disponible

Hola, JAVIER:

Ya puedes consultar tu factura de enero.

Nº de factura: TA6UK0012345
Importe: 54,39 €
Fecha de cargo: 20/01/2027 en la cuenta ES79 **** **** **** **** 4567

Consúltala en Mi Movistar o en la app.

Telefónica de España S.A.U. – Gran Vía 28, 28013 Madrid – CIF A82018474"""
htm = "<html><body style=\"font-family:Arial,sans-serif\">" + paras_html(txt) + "</body></html>"
m = new("Movistar <facturas@movistar.es>", me(JAVIER), "Thu, 7 Jan 2027 06:02:55 +0100",
        "Tu factura de enero ya está disponible", plain_id(54, "movistar.es"))
alt(m, txt, htm, cte="quoted-printable")
add("other", "es", m,
    "An invoice received by the freelancer from a supplier: its number and 54,39 € are not facts about the "
    "freelancer's invoices.",
    must=["Nº de factura: TA6UK0012345"])

# ================================================================ ENGLISH (0055-0080)

# ---- 0055 paid: pounds, no decimals, BACS; company number and mobile in the signature.
irt, refs = thread(55, "hannahpricecopy.co.uk")
q = rem_en("reminder", "Dear Oliver Grant,", "HP-0193", "£1,850.00", "20 November 2026", HANNAH[0],
           pay=pay(PAY_HANNAH, "HP-0193"))
body = """Hi Hannah,

Sorry, this one slipped through while Sam was off. £1,850 went out this morning by BACS with HP-0193 as the reference, so it should land tomorrow at the latest.

Thanks for the nudge,
Oliver

Oliver Grant | Head of Content | Kestrel Media Ltd
07700 900 418 | Registered in England, company no. 09876543

""" + gmail_attr("en", "2026-11-30 09:00", *HANNAH) + "\n\n" + gt(q) + "\n"
m = new("Oliver Grant <oliver.grant@kestrelmedia.co.uk>", me(HANNAH), "Tue, 1 Dec 2026 10:02:00 +0000",
        "Re: Invoice HP-0193", gmail_id(55), irt, refs)
plain(m, body)
add("client-reply-paid", "en", m,
    "Paid £1,850 by BACS with HP-0193 as reference; 'tomorrow' is the arrival, not a promise. The mobile and "
    "company numbers are look-alikes.",
    amount="1850.00", currency="GBP", reference="HP-0193", must=["£1,850 went out", "HP-0193 as the reference"])

# ---- 0056 paid: Irish public body deducts PSWT at 20%; three euro figures, one paid.
irt, refs = thread(56, "reillydev.ie")
q = rem_en("due", "Dear Accounts Team,", "INV-2026-047", "€3,000.00", "14 December 2026", TOM[0],
           pay=pay(PAY_TOM, "INV-2026-047"))
new_text = """Dear Tom,

Payment for invoice INV-2026-047 was issued today by EFT in the amount of €2,400.00. This is the invoice total of €3,000.00 less Professional Services Withholding Tax at 20% (€600.00).

A Form F45 for the tax deducted will issue to you separately and can be credited against your income tax liability.

Kind regards,

Siobhán Ní Bhriain
Finance Section | Tús Nua Education and Training Board
Tel: +353 45 123 456

This e-mail and any files transmitted with it are confidential and intended solely for the addressee."""
hdr = outlook_hdr("en", "2026-12-15 08:00", *TOM, "Finance Section", "Invoice INV-2026-047")
m = new('"Ní Bhriain, Siobhán" <finance@tusnuaetb.ie>', me(TOM), "Wed, 16 Dec 2026 14:21:00 +0000",
        "RE: Invoice INV-2026-047", outlook_id(56, "AS2PR04MB"), irt, refs)
alt(m, new_text + "\n\n" + "_" * 32 + "\n" + hdr + "\n\n" + q + "\n", outlook_html(new_text, hdr, q),
    cte="quoted-printable")
add("client-reply-paid", "en", m,
    "Paid €2,400.00 = €3,000.00 less 20% PSWT (€600.00): the sum paid is the net figure.",
    amount="2400.00", currency="EUR", reference="INV-2026-047",
    must=["in the amount of €2,400.00", "invoice INV-2026-047"])

# ---- 0057 paid: Dutch client writing English with a continental sum (1.250,00 EUR) and "8 januari".
irt, refs = thread(57, "nairillustration.com")
q = rem_en("reminder", "Dear Accounts Team,", "2026-31", "€1,250.00", "31 December 2026", PRIYA[0],
           pay=pay(PAY_PRIYA, "Invoice 2026-31"))
body = """Hello Priya,

Thank you for you reminder. I have checked with our finance and the invoice nr. 2026-31 is payed on 8 januari, amount 1.250,00 EUR to your account ending with 4471. Maybe it takes some days more because it is from our ING business account.

Met vriendelijke groet / Kind regards,

Sanne de Wit
Van Dijk Media B.V. | Herengracht 182, 1016 BR Amsterdam
KvK 34567890 | BTW NL812345678B01

""" + outlook_hdr("en", "2027-01-08 09:00", *PRIYA, "Sanne de Wit", "Invoice 2026-31") + "\n\n" + q + "\n"
m = new("Sanne de Wit <sanne@vandijkmedia.nl>", me(PRIYA), "Mon, 11 Jan 2027 09:07:00 +0100",
        "RE: Invoice 2026-31", outlook_id(57, "AM0PR06MB"), irt, refs)
plain(m, "\n".join(("-----Original Message-----\n" + ln) if ln.startswith("From: Priya") else ln
                   for ln in body.split("\n")), cte="quoted-printable")
add("client-reply-paid", "en", m,
    "Non-native English with a continental figure: '1.250,00 EUR' is one thousand two hundred fifty. 4471 is the "
    "account's last digits, KvK/BTW are registration numbers.",
    amount="1250.00", currency="EUR", reference="2026-31",
    must=["amount 1.250,00 EUR", "invoice nr. 2026-31"])

# ---- 0058 paid: a deposit invoice paid; the quote total is beside it.
irt, refs = thread(58, "reillydev.ie")
q = rem_en("courtesy", "Dear Niamh Byrne,", "INV-2026-039", "€900.00", "9 November 2026", TOM[0],
           pay=pay(PAY_TOM, "INV-2026-039"), issue="26 October 2026")
body = """Hi Tom, just paid €900 – that's the 50% deposit on the quote (€1,800 all in) as per invoice INV-2026-039. The other half goes on the final invoice when the booking system's live, as agreed.

Niamh

Sent from Outlook for iOS

""" + "\n".join([
    "________________________________",
    "From: Tom Reilly <tom@reillydev.ie>",
    "Sent: Friday, November 6, 2026 8:00:00 AM",
    "To: Niamh Byrne <niamh@harbourlightscafe.ie>",
    "Subject: Invoice INV-2026-039", "", q]) + "\n"
m = new("Niamh Byrne <niamh@harbourlightscafe.ie>", me(TOM), "Fri, 6 Nov 2026 17:45:00 +0000",
        "Re: Invoice INV-2026-039", outlook_id(58, "DU0PR10MB"), irt, refs)
plain(m, body)
add("client-reply-paid", "en", m,
    "Paid €900, the 50% deposit; €1,800 is the whole quote. The second half belongs to a future invoice and is not "
    "promised here as a payment.",
    amount="900.00", currency="EUR", reference="INV-2026-039", must=["just paid €900", "invoice INV-2026-039"])

# ---- 0059 paid: remittance typed by an AP clerk; PO and supplier numbers beside the invoice number.
irt, refs = thread(59, "reillydev.ie")
q = rem_en("reminder", "Dear Accounts Team,", "INV-2026-052", "€4,212.50", "5 January 2027", TOM[0],
           pay=pay(PAY_TOM, "INV-2026-052"))
new_text = """Hi Tom,

Please see remittance details below for the payment released in this morning's run.

Payment date: 19/01/2027
Payment amount: 4,212.50 EUR
Your invoice no.: INV-2026-052
Our PO no.: 4500098765
Supplier no.: 700214

Apologies for the delay – the invoice was on hold pending PO receipting.

Regards,
Aoife Kennedy
Accounts Payable | Corrib Logistics Ltd
Unit 4, Galway Business Park, Galway H91 X2Y3

Corrib Logistics Ltd. Registered in Ireland No. 512345. This email and any attachments are confidential. If you have received it in error please notify the sender and delete it."""
hdr = outlook_hdr("en", "2027-01-12 08:00", *TOM, "Accounts Payable", "Invoice INV-2026-052")
m = new('"Accounts Payable" <ap@corriblogistics.ie>', me(TOM), "Tue, 19 Jan 2027 11:30:00 +0000",
        "RE: Invoice INV-2026-052", outlook_id(59, "DB9PR06MB"), irt, refs)
alt(m, new_text + "\n\n" + "_" * 32 + "\n" + hdr + "\n\n" + q + "\n", outlook_html(new_text, hdr, q),
    cte="quoted-printable")
add("client-reply-paid", "en", m,
    "A clerk's remittance: 4,212.50 EUR for INV-2026-052; PO 4500098765, supplier no. 700214 and the company "
    "registration are look-alikes.",
    amount="4212.50", currency="EUR", reference="INV-2026-052",
    must=["Payment amount: 4,212.50 EUR", "Your invoice no.: INV-2026-052"])

# ---- 0060 paid: "Done ✅" and a screenshot, nothing else.
irt, refs = thread(60, "hannahpricecopy.co.uk")
q = rem_en("due", "Dear Jess Moore,", "HP-0208", "£320.00", "27 January 2027", HANNAH[0],
           pay=pay(PAY_HANNAH, "HP-0208"))
body = """Done ✅ screenshot attached x

Sent from my iPhone

""" + apple_attr("en", "2027-01-28 09:00", *HANNAH) + "\n\n" + gt(q) + "\n"
m = new("Jess Moore <jessmooredesign@icloud.com>", me(HANNAH), "Thu, 28 Jan 2027 20:11:00 +0000",
        "Re: Invoice HP-0208", apple_id(60, "icloud.com"), irt, refs, headers=[("X-Mailer", "iPhone Mail (22C161)")])
plain(m, body, cte="quoted-printable")
attach(m, PNG, "image/png", "IMG_4471.PNG")
add("client-reply-paid", "en", m,
    "'Done' with a screenshot: paid, but no sum or number in the client's words (£320.00 and HP-0208 are only "
    "quoted).",
    must=["Done ✅"])

# ---- 0061 promise: "the next one, which is on the 3rd" written 19 January = 3 February.
irt, refs = thread(61, "nairillustration.com")
q = rem_en("reminder", "Dear Rachel Holt,", "2026-34", "€1,100.00", "10 January 2027", PRIYA[0],
           pay=pay(PAY_PRIYA, "Invoice 2026-34"))
new_text = """Hi Priya,

So sorry — our finance team only pays freelancers once a month now and January's run has already gone. You're in the next one, which is on the 3rd.

Best,
Rachel

Rachel Holt | Art Director | Lumen Books
lumenbooks.co.uk"""
attr = gmail_attr("en", "2027-01-19 09:00", *PRIYA)
m = new("Rachel Holt <rachel.holt@lumenbooks.co.uk>", me(PRIYA), "Tue, 19 Jan 2027 15:40:00 +0000",
        "Re: Invoice 2026-34", gmail_id(61), irt, refs)
alt(m, new_text + "\n\n" + attr + "\n\n" + gt(q) + "\n", gmail_html(new_text, attr, q))
add("client-reply-promise", "en", m,
    "'the next one, which is on the 3rd' written 19 January = 3 February 2027 (the 3rd of January has passed).",
    promised_date="2027-02-03", must=["which is on the 3rd"])

# ---- 0062 promise: "no later than Friday the 12th"; an SRA number in the footer.
irt, refs = thread(62, "hannahpricecopy.co.uk")
q = rem_en("due", "Dear Accounts Team,", "HP-0211", "£2,150.00", "5 February 2027", HANNAH[0],
           pay=pay(PAY_HANNAH, "HP-0211"))
new_text = """Dear Hannah,

Thank you for your email. I can confirm that your invoice HP-0211 for £2,150.00 has been approved and will be paid no later than Friday the 12th.

Kind regards,

Margaret Osei
Practice Accounts | Pembroke & Hale LLP
1 Temple Row, Birmingham B2 5LG

Pembroke & Hale LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345). A list of members is available at our registered office."""
hdr = outlook_hdr("en", "2027-02-08 08:00", *HANNAH, "Practice Accounts", "Invoice HP-0211")
m = new('"Osei, Margaret" <accounts@pembrokehale.co.uk>', me(HANNAH), "Mon, 8 Feb 2027 09:20:00 +0000",
        "RE: Invoice HP-0211", outlook_id(62, "LO2P265MB"), irt, refs)
alt(m, new_text + "\n\n" + "_" * 32 + "\n" + hdr + "\n\n" + q + "\n", outlook_html(new_text, hdr, q),
    cte="quoted-printable")
add("client-reply-promise", "en", m,
    "'no later than Friday the 12th' written Monday 8 February = 12 February 2027; £2,150.00 promised. The SRA "
    "number is not a reference.",
    wd="fri", promised_date="2027-02-12", amount="2150.00", currency="GBP", reference="HP-0211",
    must=["no later than Friday the 12th", "invoice HP-0211 for £2,150.00"])

# ---- 0063 promise without a day: "after the 15th" is when the client gets paid, no deadline for us.
irt, refs = thread(63, "reillydev.ie")
q = rem_en("reminder", "Dear Declan Walsh,", "INV-2027-011", "€780.00", "28 February 2027", TOM[0],
           pay=pay(PAY_TOM, "INV-2027-011"))
body = """Tom, apologies. Cash is tight until our distributor pays us after the 15th — I'll clear your invoice as soon as that lands. Won't be forgetting you.

D.

Declan Walsh
Claddagh Crafts, Galway

""" + gmail_attr("en", "2027-03-05 08:00", *TOM) + "\n\n" + gt(q) + "\n"
m = new("Declan Walsh <declan@claddaghcrafts.ie>", me(TOM), "Fri, 5 Mar 2027 12:10:00 +0000",
        "Re: Invoice INV-2027-011", gmail_id(63), irt, refs)
plain(m, body)
add("client-reply-promise", "en", m,
    "A promise with no day: 'after the 15th' is when the client expects money in, and 'as soon as that lands' "
    "sets no date, so promised_date is left out.",
    must=["I'll clear your invoice as soon as that lands"])

# ---- 0064 promise: Los Angeles late on Thanksgiving (-0800): "tomorrow" is Friday 27 there, already the 27th in UTC.
irt, refs = thread(64, "nairillustration.com")
q = rem_en("due", "Dear Kyle Brennan,", "2026-29", "€2,750.00", "25 November 2026", PRIYA[0],
           pay=pay(PAY_PRIYA, "Invoice 2026-29"))
body = """Hey Priya — happy Thanksgiving from over here 🦃 Sorry for the radio silence, I just saw your note. I'll push the wire for invoice 2026-29 through tomorrow morning when I'm back at my laptop; €2,750 as billed.

Kyle

--
Kyle Brennan | Producer | Bluebird Games Inc.
(310) 555-0147

""" + gmail_attr("en", "2026-11-26 00:00", *PRIYA, us=True) + "\n\n" + gt(q) + "\n"
m = new("Kyle Brennan <kyle@bluebirdgames.com>", me(PRIYA), "Thu, 26 Nov 2026 23:52:00 -0800",
        "Re: Invoice 2026-29", gmail_id(64), irt, refs)
plain(m, body, cte="8bit")
add("client-reply-promise", "en", m,
    "Sent Thursday 26 November 23:52 in California (Friday 07:52 UTC): 'tomorrow' = Friday 27 November in the "
    "sender's time zone, not the 28th. €2,750 promised.",
    promised_date="2026-11-27", amount="2750.00", currency="EUR", reference="2026-29",
    must=["through tomorrow morning", "€2,750 as billed"])

# ---- 0065 promise: "the last working day of this month" written in February = Friday 26 February.
irt, refs = thread(65, "hannahpricecopy.co.uk")
q = rem_en("courtesy", "Dear Accounts Team,", "HP-0214", "£1,480.00", "15 February 2027", HANNAH[0],
           pay=pay(PAY_HANNAH, "HP-0214"), issue="16 January 2027")
new_text = """Hi Hannah,

Our supplier payments go out on the last working day of each month, so HP-0214 will be paid on the last working day of this month. It's approved on our side.

Thanks,
Dev Patel
Finance Officer, Northwind Housing Association
Registered charity no. 1098765"""
attr = gmail_attr("en", "2027-02-10 08:00", *HANNAH)
m = new("Dev Patel <dev.patel@northwindha.org.uk>", me(HANNAH), "Wed, 10 Feb 2027 11:00:00 +0000",
        "Re: Invoice HP-0214", gmail_id(65), irt, refs)
alt(m, new_text + "\n\n" + attr + "\n\n" + gt(q) + "\n", gmail_html(new_text, attr, q))
add("client-reply-promise", "en", m,
    "'the last working day of this month' in February 2027 = Friday 26 February (the 27th and 28th are a weekend). "
    "The charity number is not a reference.",
    promised_date="2027-02-26", reference="HP-0214", must=["will be paid on the last working day of this month"])

# ---- 0066 promise: "the twenty-first" in words; the 10th (old promise) both in her words and in the quote.
irt, refs = thread(66, "nairillustration.com", depth=2)
q = rem_en("promise", "Dear Ellie Ward,", "2026-22", "€640.00", None, PRIYA[0],
           pay=pay(PAY_PRIYA, "Invoice 2026-22"), promise="10 December 2026")
body = """Priya, I'm mortified. I genuinely thought it had gone on the 10th but it was sitting in drafts in the banking app. I've set it up properly now and it's scheduled for the twenty-first (the account won't let me do same-day international payments until the new limit kicks in). €640 as per invoice 2026-22.

Sorry again!
Ellie

Saltmarsh Studio · Aldeburgh

""" + gmail_attr("en", "2026-12-14 07:00", *PRIYA) + "\n\n" + gt(q) + "\n"
m = new("Ellie Ward <ellie@saltmarshstudio.co.uk>", me(PRIYA), "Mon, 14 Dec 2026 10:30:00 +0000",
        "Re: Invoice 2026-22", gmail_id(66), irt, refs)
plain(m, body, cte="quoted-printable")
add("client-reply-promise", "en", m,
    "New day 'the twenty-first' = 21 December 2026; the 10th is the missed earlier promise (also in the quoted "
    "follow-up).",
    promised_date="2026-12-21", amount="640.00", currency="EUR", reference="2026-22",
    must=["scheduled for the twenty-first", "€640 as per invoice 2026-22"])

# ---- 0067 dispute: quoted fee vs invoiced fee; "I'll get it paid" once corrected does not make it a promise.
irt, refs = thread(67, "hannahpricecopy.co.uk")
q = rem_en("due", "Dear Tasha Okafor,", "HP-0201", "£2,400.00", "30 November 2026", HANNAH[0],
           pay=pay(PAY_HANNAH, "HP-0201"))
body = """Hi Hannah, just picking up on invoice HP-0201 — the agreed fee for the annual report copy was £2,000 (see your email of 14 Sept), but the invoice says £2,400. I think the extra £400 is the case studies, which we dropped in the end. Could you reissue it at £2,000? I'll get it paid as soon as I have the corrected one.

Thanks, Tasha

Tasha Okafor | Communications Lead | Brightside Trust
Registered charity 1123456

""" + gmail_attr("en", "2026-12-01 09:00", *HANNAH) + "\n\n" + gt(q) + "\n"
m = new("Tasha Okafor <tasha.okafor@brightsidetrust.org.uk>", me(HANNAH), "Thu, 3 Dec 2026 14:00:00 +0000",
        "Re: Invoice HP-0201", gmail_id(67), irt, refs)
plain(m, body)
add("client-reply-dispute", "en", m,
    "Contests the amount (£2,000 agreed vs £2,400 invoiced) and asks a reissue; the conditional 'I'll get it paid' "
    "loses to dispute.",
    reference="HP-0201", must=["invoice HP-0201"])

# ---- 0068 dispute: will pay the agreed part on Friday, refuses the extras: dispute over promise.
irt, refs = thread(68, "reillydev.ie")
q = rem_en("reminder", "Dear Conor Daly,", "INV-2027-006", "€2,250.00", "5 February 2027", TOM[0],
           pay=pay(PAY_TOM, "INV-2027-006"))
body = """Tom,

We're happy to pay the €1,800 we agreed for the site, and that'll go out Friday. But we're not paying the €450 for "additional revisions" on INV-2027-006 — the quote said two rounds of changes included and we only asked you to fix what was broken. Can you send an invoice for €1,800?

Conor
Atlantic Surf School, Lahinch

""" + gmail_attr("en", "2027-02-09 08:00", *TOM) + "\n\n" + gt(q) + "\n"
m = new("Conor Daly <conor@atlanticsurfschool.ie>", me(TOM), "Tue, 9 Feb 2027 19:25:00 +0000",
        "Re: Invoice INV-2027-006", gmail_id(68), irt, refs)
plain(m, body)
add("client-reply-dispute", "en", m,
    "Refuses €450 of the €2,250 and asks a new invoice: dispute wins over the promise of €1,800 'Friday', so no "
    "promised_date or amount.",
    reference="INV-2027-006", must=["we're not paying the €450"])

# ---- 0069 other: received and logged, asks for the PO on future invoices.
irt, refs = thread(69, "nairillustration.com")
q = rem_en("courtesy", "Dear Accounts Team,", "2026-27", "€1,540.00", "15 November 2026", PRIYA[0],
           pay=pay(PAY_PRIYA, "Invoice 2026-27"), issue="16 October 2026")
new_text = """Hi Priya,

Thanks, invoice 2026-27 received and logged. For future invoices, could you add our PO number (4500012345 for the spring catalogue work) in the reference field? It speeds things up on our side.

Many thanks,
Accounts Payable Team
Harper & Finch Publishing Ltd"""
hdr = outlook_hdr("en", "2026-11-04 08:00", *PRIYA, "Accounts Payable", "Invoice 2026-27")
m = new('"Harper & Finch Accounts Payable" <accounts.payable@harperfinch.co.uk>', me(PRIYA),
        "Wed, 4 Nov 2026 10:15:00 +0000", "RE: Invoice 2026-27", outlook_id(69, "CWLP265MB"), irt, refs)
alt(m, new_text + "\n\n" + "_" * 32 + "\n" + hdr + "\n\n" + q + "\n", outlook_html(new_text, hdr, q),
    cte="quoted-printable")
add("client-reply-other", "en", m,
    "Acknowledgement plus an admin request; 4500012345 is the client's PO for future work, not the invoice.",
    reference="2026-27", must=["invoice 2026-27 received and logged"])

# ---- 0070 other: forwarded to accounts payable, no invoice number in his words.
irt, refs = thread(70, "hannahpricecopy.co.uk")
q = rem_en("due", "Dear Ben Clarke,", "HP-0197", "£960.00", "13 November 2026", HANNAH[0],
           pay=pay(PAY_HANNAH, "HP-0197"))
body = """Morning Hannah — I don't handle payments any more, I've forwarded this to our accounts team at ap@mossgrove-events.co.uk and copied them in. They should come back to you directly.

Ben

""" + gmail_attr("en", "2026-11-16 08:00", *HANNAH) + "\n\n" + gt(q) + "\n"
m = new("Ben Clarke <ben@mossgrove-events.co.uk>", me(HANNAH), "Mon, 16 Nov 2026 09:02:00 +0000",
        "Re: Invoice HP-0197", gmail_id(70), irt, refs, cc="ap@mossgrove-events.co.uk")
plain(m, body)
add("client-reply-other", "en", m,
    "Forwarded to accounts payable; nothing paid or promised.",
    must=["forwarded this to our accounts team"])

# ---- 0071 other: the transfer was returned (AC04, account closed); asks for bank details on letterhead.
irt, refs = thread(71, "reillydev.ie")
q = rem_en("reminder", "Dear Accounts Team,", "INV-2026-058", "€1,960.00", "31 December 2026", TOM[0],
           pay=pay(PAY_TOM, "INV-2026-058"))
new_text = """Dear Mr. Reilly,

our transfer of EUR 1,960.00 for invoice INV-2026-058 was returned by our bank today with reason code AC04 (account closed). Can you please confirm your current bank details (IBAN and BIC) in writing, ideally on letterhead?

For security reasons we cannot change supplier bank data based on an e-mail only, so our colleague will also call you to verify.

Best regards

Katrin Hoffmann
Kreditorenbuchhaltung / Accounts Payable
Müller Maschinenbau GmbH · Industriestraße 12 · 70565 Stuttgart
Amtsgericht Stuttgart HRB 123456 · USt-IdNr. DE123456789"""
hdr = outlook_hdr("en", "2027-01-18 08:00", *TOM, "Hoffmann, Katrin", "Invoice INV-2026-058")
m = new('"Hoffmann, Katrin" <k.hoffmann@mueller-maschinenbau.de>', me(TOM), "Thu, 21 Jan 2027 08:40:00 +0100",
        "AW: Invoice INV-2026-058", outlook_id(71, "FR3P281MB"), irt, refs)
alt(m, new_text + "\n\n" + "-----Ursprüngliche Nachricht-----\n" + hdr + "\n\n" + q + "\n",
    outlook_html(new_text, hdr, q, font="Arial"), cte="quoted-printable")
add("client-reply-other", "en", m,
    "The payment came back (AC04) and nothing was sent again: not paid, no promise; the returned EUR 1,960.00 is "
    "not labelled. HRB and VAT ID are look-alikes.",
    reference="INV-2026-058", must=["returned by our bank today", "invoice INV-2026-058"])

# ---- 0072 payment-notification: Wise, money received, reference typed by the payer.
txt = """You've received 1,250.00 EUR

Hi Priya,

VAN DIJK MEDIA B.V. sent you 1,250.00 EUR. It's now in your EUR balance.

Reference: Invoice 2026-31
Transfer ID: #1098234577

Your EUR account details end in 4471.

Thanks,
The Wise team"""
htm = """<html><body style="font-family:Inter,Arial,sans-serif;color:#0e0f0c">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p style="color:#163300;font-weight:bold;font-size:20px">wise</p>
<h1 style="font-size:28px">You've received 1,250.00 EUR</h1>
<p>Hi Priya,</p>
<p>VAN DIJK MEDIA B.V. sent you <b>1,250.00 EUR</b>. It's now in your EUR balance.</p>
<table style="font-size:14px"><tr><td style="color:#6a6c6a;padding-right:16px">Reference</td><td>Invoice 2026-31</td></tr>
<tr><td style="color:#6a6c6a;padding-right:16px">Transfer ID</td><td>#1098234577</td></tr></table>
<p style="font-size:13px;color:#6a6c6a">Your EUR account details end in 4471.</p>
<p>Thanks,<br>The Wise team</p></div></body></html>"""
m = new("Wise <noreply@wise.com>", me(PRIYA), "Tue, 12 Jan 2027 06:41:00 +0000",
        "You've received 1,250.00 EUR", plain_id(72, "wise.com"))
alt(m, txt, htm)
add("payment-notification", "en", m,
    "Money in: 1,250.00 EUR, reference 'Invoice 2026-31'; the transfer ID and account digits are not references.",
    amount="1250.00", currency="EUR", reference="2026-31",
    must=["sent you 1,250.00 EUR", "Reference: Invoice 2026-31"])

# ---- 0073 payment-notification: Stripe invoice paid; fee and net in the payout line.
txt = """Invoice 2026-33 was paid

Kite & Key Ltd paid €480.00 for invoice 2026-33.

Amount paid       €480.00
Stripe fee        -€7.45
Net               €472.55
Payment method    Mastercard •••• 0815
Paid on           24 Feb 2027

The net amount will be included in your next payout to your bank account ending 4471.

View invoice: https://dashboard.stripe.com/invoices/in_1QhK7sEtxeb2026x33

Stripe, Inc. · 354 Oyster Point Blvd · South San Francisco, CA 94080"""
m = new("Stripe <notifications@stripe.com>", me(PRIYA), "Wed, 24 Feb 2027 15:03:10 +0000",
        "Invoice 2026-33 was paid — €480.00 from Kite & Key Ltd", plain_id(73, "stripe.com"))
plain(m, txt)
add("payment-notification", "en", m,
    "Client paid €480.00; €472.55 is the net after Stripe's €7.45 fee. Card and account digits are not references.",
    amount="480.00", currency="EUR", reference="2026-33",
    must=["paid €480.00 for invoice 2026-33"])

# ---- 0074 payment-notification: PayPal in pounds, with a note naming the invoice.
txt = """You've got money

Lucy Hart sent you £95.00 GBP

Note from Lucy Hart:
"HP-0220 - the blog edits. Thank you!!"

Transaction details
Transaction ID: 8XW24719FK5537322
Transaction date: 13 March 2027
Amount received: £95.00 GBP
Fee: -£3.52 GBP
Net amount: £91.48 GBP

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg"""
m = new('"PayPal" <service@paypal.co.uk>', me(HANNAH), "Sat, 13 Mar 2027 11:20:00 +0000",
        "You've got money", plain_id(74, "paypal.co.uk"))
plain(m, txt, cte="quoted-printable")
add("payment-notification", "en", m,
    "£95.00 GBP received (net £91.48 after the fee); the payer's note names HP-0220.",
    amount="95.00", currency="GBP", reference="HP-0220", must=["sent you £95.00 GBP", "HP-0220 - the blog edits"])

# ---- 0075 payment-notification: AP platform remittance for two invoices: total paid, no single reference.
txt = """PAYMENT ADVICE

Payer: Corrib Logistics Ltd
Payee: Reilly Digital Ltd (supplier no. 700214)
Payment number: 1000234
Payment date: 26/03/2027
Payment method: SEPA credit transfer

Invoice number     Invoice date    Amount paid (EUR)
INV-2027-002       12/01/2027           1,230.00
INV-2027-004       26/01/2027           1,980.00
                                   ---------------
Total paid                               3,210.00

This remittance was generated automatically by PayHub on behalf of Corrib Logistics Ltd. Please do not reply to this message; contact ap@corriblogistics.ie with any queries."""
m = new("PayHub Remittances <noreply@remit.payhub-ap.com>", me(TOM), "Fri, 26 Mar 2027 05:02:11 +0000",
        "Payment advice 1000234 from Corrib Logistics Ltd", plain_id(75, "remit.payhub-ap.com"))
plain(m, txt)
add("payment-notification", "en", m,
    "Remittance for two invoices: the sum paid is the 3,210.00 EUR total; no single reference. The payment number "
    "and supplier number are look-alikes.",
    amount="3210.00", currency="EUR", must=["Total paid 3,210.00"])

# ---- 0076 auto-reply: "until Monday the 4th of January"; the office closing date and a phone number beside it.
irt, refs = thread(76, "hannahpricecopy.co.uk")
txt = """Thank you for your email.

I'm out of the office until Monday the 4th of January. The office is closed from 24 December; for anything urgent before then please call 020 7946 0321.

Best wishes,
Oliver Grant
Kestrel Media Ltd"""
m = new("Oliver Grant <oliver.grant@kestrelmedia.co.uk>", me(HANNAH), "Tue, 22 Dec 2026 10:00:04 +0000",
        "Automatic reply: Invoice HP-0205", outlook_id(76, "LO4P265MB"), irt, refs,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
plain(m, txt)
add("auto-reply", "en", m,
    "'until Monday the 4th of January' = 4 January 2027; 24 December is the office closure.",
    return_date="2027-01-04", must=["until Monday the 4th of January"])

# ---- 0077 auto-reply: mailbox no longer monitored since a date: no return day.
irt, refs = thread(77, "reillydev.ie")
txt = """This mailbox is no longer monitored.

Since 1 February 2027 invoices for Harbour Lights Café should be sent to accounts@harbourlightscafe.ie. Your email has not been forwarded.

Thank you."""
m = new("Harbour Lights Café <info@harbourlightscafe.ie>", me(TOM), "Mon, 15 Feb 2027 09:14:27 +0000",
        "Auto: Invoice INV-2027-009", plain_id(77, "harbourlightscafe.ie"), irt, refs,
        headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
plain(m, txt)
add("auto-reply", "en", m,
    "Mailbox no longer in use; '1 February 2027' is when it stopped, not a return day.",
    must=["This mailbox is no longer monitored."])

# ---- 0078 bounce: Exchange Online in English; the prose says "oliver.grant wasn't found at kestrelmedia.co.uk".
m = raw("""
MIME-Version: 1.0
From: Mail Delivery System <postmaster@outlook.com>
To: Hannah Price <hannah@hannahpricecopy.co.uk>
Date: Mon, 1 Mar 2027 09:30:12 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b7d4b9a0-1c5e-4f2e-9e61-0d4c3e7a58aa"
X-MS-Exchange-Message-Is-Ndr:
Message-ID: <8c1f0e2a-4b7d-4c3a-a9f0-5e2d1b6c7a90@LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM>
Subject: Undeliverable: Invoice HP-0216
Auto-Submitted: auto-replied

--b7d4b9a0-1c5e-4f2e-9e61-0d4c3e7a58aa
Content-Type: text/html; charset="us-ascii"

<html><head></head><body>
<p style="font-family:Segoe UI,sans-serif;font-size:16px;color:#c00000"><b>Your message to Oliver Grant couldn't be delivered.</b></p>
<p style="font-family:Segoe UI,sans-serif">oliver.grant wasn't found at kestrelmedia.co.uk.</p>
<table style="font-family:Segoe UI,sans-serif"><tr><td>hannah</td><td>&nbsp;Office 365&nbsp;</td><td>oliver.grant</td></tr>
<tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p style="font-family:Segoe UI,sans-serif"><b>Unknown To address</b></p>
<p style="font-family:Segoe UI,sans-serif">How to Fix It<br>The address may be misspelled or may not exist. Try one or more of the following:<br>
Retype the recipient's address, then resend the message.<br>If the recipient has left the organisation, contact someone else there.</p>
<p style="font-family:Consolas,monospace;font-size:12px">Diagnostic information for administrators:<br><br>
Generating server: LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM<br><br>
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</body></html>

--b7d4b9a0-1c5e-4f2e-9e61-0d4c3e7a58aa
Content-Type: message/delivery-status

Reporting-MTA: dns;LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Mon, 1 Mar 2027 09:30:10 +0000

Final-Recipient: rfc822;oliver.grant@kestrelmedia.co.uk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--b7d4b9a0-1c5e-4f2e-9e61-0d4c3e7a58aa
Content-Type: message/rfc822

From: Hannah Price <hannah@hannahpricecopy.co.uk>
To: Oliver Grant <oliver.grant@kestrelmedia.co.uk>, Accounts <accounts@kestrelmedia.co.uk>
Subject: Invoice HP-0216
Date: Mon, 1 Mar 2027 09:30:05 +0000
Message-ID: <mailduns.0f3e6b2c91d84a77b1e5@hannahpricecopy.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear Accounts Team,

This is a friendly reminder that invoice HP-0216 for £1,120.00 is due for payment on 5 March 2027.

--b7d4b9a0-1c5e-4f2e-9e61-0d4c3e7a58aa--
""")
add("bounce", "en", m,
    "HTML-only NDR: the prose splits the address ('oliver.grant wasn't found at kestrelmedia.co.uk'); the returned "
    "message also went to accounts@, which did not fail. 5.1.10: permanent.",
    failed_recipient="oliver.grant@kestrelmedia.co.uk", permanent=True)

# ---- 0079 bounce: Gmail delay notice (4.7.0), still retrying: temporary.
m = raw("""
Delivered-To: tom@reillydev.ie
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: tom@reillydev.ie
Subject: Delivery Status Notification (Delay)
Date: Mon, 1 Mar 2027 14:05:33 -0800
Message-ID: <65e2b1c7.0a2f3d8e.4c91.77aaSMTPIN_ADDED_MISSING@mx.google.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000d41e2f0629b1f3a8"; report-type=delivery-status

--000000000000d41e2f0629b1f3a8
Content-Type: text/plain; charset="UTF-8"

** Delivery incomplete **

There was a temporary problem delivering your message to payables@corriblogistics.ie. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
421 4.7.0 [TSS04] Messages from 209.85.220.41 temporarily deferred due to unexpected volume or user complaints

--000000000000d41e2f0629b1f3a8
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 01 Mar 2027 10:03:11 -0800 (PST)
X-Original-Message-ID: <mailduns.c41b7e9a2d058f3361aa@reillydev.ie>

Final-Recipient: rfc822; payables@corriblogistics.ie
Action: delayed
Status: 4.7.0
Remote-MTA: dns; mx1.corriblogistics.ie. (185.20.41.7, the server for the domain corriblogistics.ie.)
Diagnostic-Code: smtp; 421 4.7.0 [TSS04] Messages from 209.85.220.41 temporarily deferred
Last-Attempt-Date: Mon, 01 Mar 2027 14:05:33 -0800 (PST)
Will-Retry-Until: Wed, 03 Mar 2027 10:03:11 -0800 (PST)

--000000000000d41e2f0629b1f3a8
Content-Type: text/rfc822-headers

From: Tom Reilly <tom@reillydev.ie>
To: payables@corriblogistics.ie
Subject: Invoice INV-2027-015
Date: Mon, 1 Mar 2027 18:03:09 +0000
Message-ID: <mailduns.c41b7e9a2d058f3361aa@reillydev.ie>

--000000000000d41e2f0629b1f3a8--
""")
add("bounce", "en", m,
    "Delay report (421 4.7.0, retrying for 44 hours): temporary, not a final failure.",
    failed_recipient="payables@corriblogistics.ie", permanent=False)

# ---- 0080 other: accounting software newsletter with a tax figure and deadlines.
txt = """Your VAT return is due soon

Hi Hannah,

Your VAT return for the quarter to 31 December 2026 is due on 7 February 2027. Based on the transactions in your account, we estimate you'll owe HMRC £1,204.33.

Submit your return in two clicks from the VAT page, and remember that payment must reach HMRC by the same date.

Also new this month: bulk-match bank transactions, and a fresh look for your invoice templates.

The LedgerLeaf team

You're receiving this because you have a LedgerLeaf account. Unsubscribe: https://ledgerleaf.co.uk/u/7hq2x"""
htm = "<html><body style=\"font-family:Georgia,serif\">" + paras_html(txt) + "</body></html>"
m = new("LedgerLeaf <hello@ledgerleaf.co.uk>", me(HANNAH), "Mon, 25 Jan 2027 07:30:00 +0000",
        "Your VAT return is due on 7 February", plain_id(80, "ledgerleaf.co.uk"),
        headers=[("List-Unsubscribe", "<https://ledgerleaf.co.uk/u/7hq2x>"), ("Precedence", "bulk")])
alt(m, txt, htm)
add("other", "en", m,
    "A software newsletter: £1,204.33 is tax owed by the freelancer and the dates are tax deadlines, none are facts.",
    must=["£1,204.33"])

# ================================================================ END OF MESSAGES


# ---------------------------------------------------------------- writing and checking

def strip_html(h):
    h = re.sub(r"(?is)<(style|script|head|title)\b.*?</\1>", " ", h)
    h = re.sub(r"(?is)<!--.*?-->", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>|</li>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ").replace("\u202f", " ")).strip()


def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/delivery-status":
            out.extend(str(blk) for blk in part.get_payload())
            continue
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            t = part.get_content()
            out.append(strip_html(t) if ct == "text/html" else t)
    return "\n".join(out)


REPLY_RE = re.compile(r"^(re|r|rif|aw|rv|res|sv|antw)\s*:", re.I)
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
ALLOWED = {
    "promised_date": {"client-reply-promise"},
    "return_date": {"auto-reply"},
    "amount": {"client-reply-paid", "client-reply-promise", "payment-notification"},
    "currency": {"client-reply-paid", "client-reply-promise", "payment-notification"},
    "reference": {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
                  "payment-notification"},
    "failed_recipient": {"bounce"},
    "permanent": {"bounce"},
}


def check(name, data, label, extra):
    errors = []

    def err(text):
        errors.append(f"{name}: {text}")

    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("From", "To", "Date", "Subject", "Message-ID"):
        if not msg[h]:
            err(f"missing {h}")
    date_raw = str(msg["Date"])
    when = email.utils.parsedate_to_datetime(date_raw)
    if when.tzinfo is None:
        err("Date without a time zone")
    day = when.date()  # the sender's own calendar day (the offset in the header)
    wd = re.match(r"\s*([A-Z][a-z]{2}),", date_raw)
    if wd and wd.group(1) != when.strftime("%a"):
        err(f"Date header says {wd.group(1)} but {day} is a {when:%a}")
    if not dt.date(2026, 11, 1) <= day <= dt.date(2027, 3, 31):
        err(f"date {day} out of range")
    kind = label["kind"]
    if kind not in KINDS:
        err(f"bad kind {kind}")
    if label["language"] not in ("it", "es", "en"):
        err("bad language")
    for key, kinds in ALLOWED.items():
        if key in label and kind not in kinds:
            err(f"{key} not expected on {kind}")
    if kind.startswith("client-reply"):
        if not msg["In-Reply-To"] or not msg["References"]:
            err("a reply without In-Reply-To/References")
        if not REPLY_RE.match(str(msg["Subject"])):
            err(f"reply subject without a prefix: {msg['Subject']}")
    text = all_text(msg)
    flat = norm(text)
    if "promised_date" in label:
        p = label["promised_date"]
        if not ISO_RE.match(p):
            err("promised_date not ISO")
        pd = dt.date.fromisoformat(p)
        if pd <= day:
            err(f"promised_date {pd} not after the message day {day}")
        if extra["wd"]:
            target = WEEKDAYS.index(extra["wd"])
            if pd.weekday() != target or not 0 < (pd - day).days <= 7:
                err(f"promised_date {pd} is not the next {extra['wd']} after {day}")
    if "return_date" in label:
        r = label["return_date"]
        if not ISO_RE.match(r) or dt.date.fromisoformat(r) < day:
            err(f"return_date {r} bad or before {day}")
    if "amount" in label and not AMOUNT_RE.match(label["amount"]):
        err(f"amount {label['amount']} not normalised")
    if "currency" in label:
        if "amount" not in label:
            err("currency without amount")
        if label["currency"] not in ("EUR", "GBP", "USD"):
            err("odd currency")
    if "reference" in label and label["reference"] not in flat:
        err(f"reference {label['reference']!r} not in the text")
    if kind == "bounce":
        if "failed_recipient" not in label or "permanent" not in label:
            err("bounce without failed_recipient/permanent")
        else:
            hay = (text + "\n" + str(msg)).lower()
            if label["failed_recipient"].lower() not in hay:
                err("failed_recipient not in the message")
            codes = set(re.findall(r"\b([45])\.\d{1,3}\.\d{1,3}\b", text))
            want = "5" if label["permanent"] else "4"
            if want not in codes:
                err(f"no {want}.x.x status in the bounce")
            if label["permanent"] is not True and label["permanent"] is not False:
                err("permanent must be a boolean")
    for s in extra["must"]:
        if norm(s) not in flat:
            err(f"expected text not found: {s!r}")
    if not label.get("note"):
        err("no note")
    # Attachments must be readable.
    for part in msg.iter_attachments():
        if part.get_content_maintype() != "text" and not part.get_content():
            err("empty attachment")
    return errors


def toml_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def main():
    n = len(ITEMS)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    lines = ["# round20-facts: replies and notices where the facts are the point: a promised day written every",
             "# way, sums with separators, withholding and partial payments, invoice numbers in every form beside",
             "# look-alike numbers (phones, IBANs, POs, VAT numbers, reminder figures), return days, hidden bounce addresses.",
             ""]
    names = []
    for i, (data, label, extra) in enumerate(ITEMS, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        names.append(name)
        (HERE / name).write_bytes(data)
        lines.append(f'[files."{name}"]')
        for k, v in label.items():
            lines.append(f"{k} = {toml_str(v)}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")

    errors = []
    parsed = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    for name, (data, label, extra) in zip(names, ITEMS):
        if parsed.get(name) != label:
            errors.append(f"{name}: labels.toml does not round-trip")
        errors += check(name, (HERE / name).read_bytes(), parsed[name], extra)
    kinds, langs = {}, {}
    for _, label, _ in ITEMS:
        kinds[label["kind"]] = kinds.get(label["kind"], 0) + 1
        langs[label["language"]] = langs.get(label["language"], 0) + 1
    for e in errors:
        print(e, file=sys.stderr)
    print(f"{n} messages written; kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items()))
          + "; languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    if errors:
        raise SystemExit(f"{len(errors)} problem(s)")


if __name__ == "__main__":
    main()
