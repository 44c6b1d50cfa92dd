#!/usr/bin/env python3
"""Round 9 — machine mail about money IN (and its look-alikes), it/es/en.

Generates r9n-NNNN.eml and labels.toml in this directory. Python 3.11, stdlib only.
Every body below was written by hand; only the MIME plumbing, the HTML skeletons
of the notices and the quoted reminders are produced by helper functions.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html as htmlmod
import quopri
import re
import struct
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "r9n"
M = []

# ---------------------------------------------------------------- owners
ALE = ("Alessandra Rossi", "alessandra@example.it")
DAV = ("Davide Marchetti", "davide@marchettifoto.it")
CHI = ("Chiara Bellini", "chiara@bellinitraduzioni.it")
LUC = ("Lucía Martín", "lucia@martinestudio.es")
JOR = ("Jordi Puig", "jordi@puigdisseny.cat")
NAY = ("Nayra Hernández", "nayra@nayrafoto.es")
TOM = ("Tom Byrne", "tom@byrnedesign.ie")
HAN = ("Hannah Clarke", "hannah@clarkecopy.co.uk")
JAK = ("Jake Morales", "jake@moralesdev.com")


def msg(**kw):
    M.append(kw)


# ---------------------------------------------------------------- plumbing
def when(s, tz):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=ZoneInfo(tz))


def hdr_text(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(pair, charset="utf-8"):
    if isinstance(pair, str):
        return pair
    name, a = pair
    if not name:
        return a
    return formataddr((name, a), charset=charset)


CODEC = {"utf-8": "utf-8", "iso-8859-1": "cp1252", "windows-1252": "cp1252",
         "us-ascii": "ascii", "iso-8859-15": "iso-8859-15"}


def leaf(ctype, text, charset="utf-8", cte="qp", extra=""):
    """A text leaf part as bytes (headers + encoded body)."""
    if ctype == "text/html" and charset != "utf-8":
        text = text.replace("charset=utf-8", f"charset={charset}")
    raw = text.encode(CODEC[charset])
    if cte == "b64":
        body = base64.encodebytes(raw)
        cten = "base64"
    elif cte == "qp":
        body = quopri.encodestring(raw)
        cten = "quoted-printable"
    elif cte == "8bit":
        body = raw
        cten = "8bit"
    else:
        raw.decode("ascii")
        body = raw
        cten = "7bit"
    if not body.endswith(b"\n"):
        body += b"\n"
    h = f'Content-Type: {ctype}; charset="{charset}"\nContent-Transfer-Encoding: {cten}\n{extra}\n'
    return h.encode() + body


def binpart(ctype, filename, data, inline=False, cid=None):
    disp = "inline" if inline else "attachment"
    h = f'Content-Type: {ctype}; name="{filename}"\nContent-Transfer-Encoding: base64\n'
    h += f'Content-Disposition: {disp}; filename="{filename}"\n'
    if cid:
        h += f"Content-ID: <{cid}>\n"
    return (h + "\n").encode() + base64.encodebytes(data)


def multipart(subtype, parts, seed, extra=""):
    b = "----=_Part_" + hashlib.md5((seed + subtype).encode()).hexdigest()[:20]
    out = f'Content-Type: multipart/{subtype};\n\tboundary="{b}"\n{extra}\n'.encode()
    out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{b}\n".encode() + p + b"\n"
    out += f"--{b}--\n".encode()
    return out


def fake_pdf(title):
    t = title.replace("(", "[").replace(")", "]")
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            f"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length {len(t) + 30}>>stream\nBT /F1 10 Tf 40 800 Td ({t}) Tj ET\nendstream endobj\n"
            f"trailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_png(w=4, h=3):
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def html2text(h):
    t = re.sub(r"(?is)<(style|head|script)[^>]*>.*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "  ", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmlmod.unescape(t)
    lines = [re.sub(r"[ \t\xa0]+", " ", ln).strip() for ln in t.splitlines()]
    out, blank = [], False
    for ln in lines:
        if not ln:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(ln)
            blank = False
    return "\n".join(out).strip() + "\n"


def build(n, m):
    seed = f"{PREFIX}{n}"
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "qp")
    layout = m.get("layout", "text")
    if layout == "text":
        body = leaf("text/plain", m["text"], cs, cte)
    elif layout == "html":
        body = leaf("text/html", m["html"], cs, cte)
    else:
        text = m.get("text") or html2text(m["html"])
        body = multipart("alternative", [leaf("text/plain", text, cs, m.get("tcte", cte)),
                                         leaf("text/html", m["html"], cs, cte)], seed)
    if m.get("att"):
        body = multipart("mixed", [body] + [binpart(*a) for a in m["att"]], seed)
    d = when(*m["date"])
    frm = m["frm"]
    dom = (frm[1] if isinstance(frm, tuple) else re.search(r"@([^>]+)", frm).group(1)).split("@")[-1]
    mid = m.get("mid") or "<{}.{}@{}>".format(d.strftime("%Y%m%d%H%M%S"),
                                            hashlib.sha1(seed.encode()).hexdigest()[:16].upper(),
                                            m.get("mid_host", dom))
    hcs = m.get("hcs", "utf-8")
    H = []
    H += m.get("pre", [])
    H.append(("From", addr(frm, hcs)))
    to = m["to"]
    H.append(("To", ", ".join(addr(x, hcs) for x in (to if isinstance(to, list) else [to]))))
    if m.get("cc"):
        H.append(("Cc", ", ".join(addr(x, hcs) for x in m["cc"])))
    H.append(("Subject", hdr_text(m["subj"], hcs)))
    H.append(("Date", format_datetime(d)))
    H.append(("Message-ID", mid))
    if m.get("irt"):
        H.append(("In-Reply-To", m["irt"]))
        H.append(("References", m.get("refs", m["irt"])))
    H += list(m.get("hdr", {}).items())
    H.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in H).encode()
    return head + body


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


# ---------------------------------------------------------------- HTML skeletons
def h_bank(brand, color, title, intro, rows, outro="", foot="", logo_alt=None):
    """Classic bank alert: coloured header band, 2-column detail table."""
    rws = "\n".join(
        f'<tr><td style="padding:6px 10px;border-bottom:1px solid #e5e5e5;color:#555;width:40%">{k}</td>'
        f'<td style="padding:6px 10px;border-bottom:1px solid #e5e5e5;font-weight:bold">{v}</td></tr>'
        for k, v in rows)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;font-size:14px">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="background:{color};padding:18px 24px;color:#fff;font-size:20px;font-weight:bold">{logo_alt or brand}</td></tr>
<tr><td style="padding:24px"><h2 style="font-size:18px;margin:0 0 14px 0;color:#222">{title}</h2>
{intro}
<table width="100%" cellpadding="0" cellspacing="0" style="margin:16px 0;border-top:1px solid #e5e5e5">
{rws}
</table>
{outro}</td></tr>
<tr><td style="padding:16px 24px;background:#fafafa;color:#888;font-size:11px">{foot}</td></tr>
</table></td></tr></table></body></html>
"""


def h_app(brand, color, big, sub, rows, outro="", foot=""):
    """Fintech style: big centred amount, then small details."""
    rws = "".join(f'<tr><td style="color:#7a7a7a;padding:4px 0">{k}</td>'
                  f'<td align="right" style="padding:4px 0">{v}</td></tr>' for k, v in rows)
    return f"""<html><head><meta name="viewport" content="width=device-width, initial-scale=1"><style>
body{{font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#191c1f}}
.amt{{font-size:34px;font-weight:700;letter-spacing:-0.5px}}
</style></head><body style="background:#ffffff;margin:0">
<div style="max-width:480px;margin:0 auto;padding:32px 20px">
<div style="font-weight:800;font-size:18px;color:{color};margin-bottom:28px">{brand}</div>
<div class="amt">{big}</div>
<p style="font-size:16px;margin:8px 0 24px 0">{sub}</p>
<table width="100%" cellspacing="0" cellpadding="0" style="font-size:14px;border-top:1px solid #eee;padding-top:8px">{rws}</table>
{outro}
<p style="font-size:11px;color:#9b9b9b;margin-top:36px">{foot}</p>
</div></body></html>
"""


def h_min(inner, font="Verdana,Arial,sans-serif", size="12px"):
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            f'<body style="font-family:{font};font-size:{size}">\n{inner}\n</body>\n</html>\n')


def h_outlook(inner):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EstiloCorreo17 {{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="IT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{inner}
</div>
</body>
</html>
"""


def p(s):
    return f'<p class="MsoNormal">{s}<o:p></o:p></p>'


def quote_gt(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.splitlines())


# ---------------------------------------------------------------- reminders (as mailduns sends them)
def rem_it(client, num, amount, due, owner, iban, company=True):
    sal = f"Spett.le {client}," if company else f"Gentile {client},"
    return f"""{sal}

da un controllo la fattura n. {num} di {amount}, scaduta il {due}, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.

Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.

Per il pagamento:
- beneficiario: {owner}
- IBAN: {iban}
- causale: Fattura {num}

Cordiali saluti,
{owner}
"""


def rem_es(sal, num, amount, due, owner, iban):
    return f"""{sal}

Revisando mis cuentas, veo que la factura n.º {num} de {amount}, vencida el {due}, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.

Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.

Datos para el pago:
- beneficiario: {owner}
- IBAN: {iban}
- concepto: Factura {num}

Un cordial saludo,
{owner}
"""


def rem_en(sal, num, amount, due, owner, iban, bic):
    return f"""{sal}

According to my records, invoice {num} for {amount}, due on {due}, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.

If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.

Payment details:
- Account name: {owner}
- IBAN: {iban}
- BIC (SWIFT): {bic}
- Payment reference: {num}

Kind regards,
{owner}
"""


# =====================================================================================
# ITALIANO — accrediti
# =====================================================================================
ISP_FOOT = ("Intesa Sanpaolo S.p.A. - Sede legale: Piazza San Carlo 156, 10121 Torino. "
            "Questa è una comunicazione automatica: ti preghiamo di non rispondere.")

msg(lang="it", kind="payment-notification", date=("2026-11-06 08:41:13", "Europe/Rome"),
    frm=("Intesa Sanpaolo", "notifiche@intesasanpaolo.com"), to=ALE,
    subj="Accredito bonifico SEPA sul tuo conto", layout="text", cte="qp",
    hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "ISP-Notify 4.2"},
    text="""Gentile Cliente,

ti informiamo che in data 06/11/2026 è stato accreditato sul tuo conto corrente n. ****0456 un bonifico SEPA.

Ordinante:     BIANCHI IMPIANTI SRL
Importo:       1.220,00 EUR
Data valuta:   06/11/2026
Causale:       SALDO FT 12/26 ROSSI
CRO:           0306901783521407480120010207IT

Per consultare il dettaglio del movimento accedi all'Internet Banking o all'App Intesa Sanpaolo Mobile.

Cordiali saluti
Intesa Sanpaolo

--
Questa è una comunicazione automatica: ti preghiamo di non rispondere a questo indirizzo.
Ricorda: Intesa Sanpaolo non ti chiederà mai codici o credenziali via email, SMS o telefono.
""",
    labels=dict(amount="1220.00", reference="12/2026",
                note="Classic Italian alert; causale 'FT 12/26' (two-digit year) followed by the owner's surname."))

msg(lang="it", kind="payment-notification", date=("2026-11-12 14:03:55", "Europe/Rome"),
    frm=("UniCredit", "no-reply@unicredit.it"), to=ALE,
    subj="Bonifico in entrata - conto ****0456", layout="html", cte="b64",
    html=h_bank("UniCredit", "#e2001a", "Bonifico in entrata",
                "<p>Gentile ALESSANDRA ROSSI,<br>ti segnaliamo il seguente movimento in entrata sul tuo conto.</p>",
                [("Data contabile", "12/11/2026"), ("Data valuta", "12/11/2026"),
                 ("Importo", "€ 3.050,00"), ("Ordinante", "FERRARI &amp; FIGLI SNC"),
                 ("IBAN ordinante", "IT** **** **** **** **** ***7 812"),
                 ("Descrizione", "BONIFICO SEPA DA FERRARI &amp; FIGLI SNC PER FT 14-2026 DEL 02.10.26"),
                 ("TRN", "0200813042926741480160000IT")],
                "<p>Puoi vedere tutti i movimenti nella sezione <b>Conti &gt; Movimenti</b> della tua Banca via Internet.</p>",
                "UniCredit S.p.A. – Sede Sociale Piazza Gae Aulenti 3 Tower A, 20154 Milano. "
                "Messaggio inviato automaticamente, si prega di non rispondere."),
    hdr={"X-Auto-Response-Suppress": "All"},
    labels=dict(amount="3050.00", reference="14/2026",
                note="HTML only, base64. 'FT 14-2026 DEL 02.10.26': dash form; the invoice date follows the number."))

msg(lang="it", kind="payment-notification", date=("2026-11-18 21:47:02", "Europe/Rome"),
    frm=("FinecoBank", "comunicazioni@finecobank.com"), to=DAV,
    subj="Hai ricevuto un bonifico istantaneo", layout="alt", cte="qp",
    html=h_app("FINECO", "#00305f", "+ 488,00 €",
               "Hai ricevuto un bonifico istantaneo (SCT Inst) da <b>LUCA PRANDINI</b>.",
               [("Data e ora", "18/11/2026 21:46"), ("Conto", "Conto Fineco ****9310"),
                ("Causale", "fattura n.17 del 03/11/2026"), ("Tipo", "Bonifico SEPA Istantaneo")],
               "<p style='font-size:14px'>L'importo è già disponibile sul tuo conto.</p>",
               "FinecoBank S.p.A. - Piazza Durante 11, 20131 Milano. Non rispondere a questa email: la casella non è presidiata."),
    labels=dict(amount="488.00", reference="17/2026",
                note="Instant transfer late in the evening; causale carries the invoice date 03/11/2026 right after the number."))

msg(lang="it", kind="payment-notification", date=("2026-11-20 07:12:40", "Europe/Rome"),
    frm=("Banca Sella", "avvisi@sella.it"), to=CHI,
    subj="Avviso movimento: bonifico a Vostro favore", layout="text", cs="iso-8859-1", cte="qp",
    text="""AVVISO MOVIMENTO

Conto corrente: 052/8874410
Intestatario:   BELLINI CHIARA

In data 19/11/2026 e' stato registrato il seguente movimento:

  Tipo operazione : BONIFICO A VOSTRO FAVORE
  Importo         : Euro 915,00
  Valuta          : 19/11/2026
  Ordinante       : MORETTI ANNA
  Causale         : PAGAMENTO FATTURA 
  (la causale e' riportata nei primi 18 caratteri)

Il dettaglio completo è disponibile nella sezione Movimenti del sito www.sella.it e dell'app.

Banca Sella S.p.A.
Messaggio generato automaticamente - non rispondere.
""",
    labels=dict(amount="915.00",
                note="Causale truncated by the bank at 18 characters right before the number: no reference. iso-8859-1 QP."))

msg(lang="it", kind="payment-notification", date=("2026-11-24 10:30:18", "Europe/Rome"),
    frm=("BPER Banca", "info@notifiche.bper.it"), to=CHI,
    subj="Accredito sul tuo conto", layout="html", cte="qp",
    html=h_bank("BPER Banca", "#00665e", "Accredito bonifico",
                "<p>Gentile cliente, sul conto <b>IT** **** **** **** **** **** 2209</b> è stato accreditato un bonifico.</p>",
                [("Importo", "2.440,00 EUR"), ("Ordinante", "EDIZIONI LA LUCERNA SRL"),
                 ("Causale", "SALDO FT 12 E 13/2026"), ("Data esecuzione", "24/11/2026"),
                 ("Riferimento operazione", "BPER2611240093341")],
                "", "BPER Banca S.p.A. - Via San Carlo 8/20, 41121 Modena. Email automatica."),
    labels=dict(amount="2440.00", reference="12/2026",
                note="One transfer for two invoices, 12/2026 and 13/2026 ('FT 12 E 13/2026': the year is written once)."))

msg(lang="it", kind="payment-notification", date=("2026-11-26 16:05:31", "Europe/Rome"),
    frm=("Banco BPM - YouWeb", "noreply@bancobpm.it"), to=DAV,
    subj="YouWeb - Notifica accredito", layout="text", cte="8bit",
    text="""Gentile Cliente,

la informiamo che sul rapporto 02150/000000018839 è stato contabilizzato un accredito.

Data operazione: 26/11/2026
Descrizione: BONIFICO SEPA A VS FAVORE
Importo: +500,00 EUR
Ordinante: AGRITURISMO IL POGGIO DI SERENA MARCHI
Info cliente: ACCONTO FT 21/2026

Per maggiori informazioni acceda al servizio YouWeb.

Banco BPM S.p.A.
E-mail inviata in automatico. Non rispondere.
""",
    labels=dict(amount="500.00", reference="21/2026",
                note="Partial payment (ACCONTO): amount is what arrived, not the invoice total. 8bit utf-8."))

msg(lang="it", kind="payment-notification", date=("2026-11-29 11:22:09", "Europe/Rome"),
    frm=("Satispay", "no-reply@satispay.com"), to=DAV,
    subj="Hai ricevuto 45,00 €", layout="html", cte="qp",
    html=h_app("satispay", "#ef373f", "45,00 €",
               "Marta G. ti ha inviato denaro",
               [("Messaggio", "fatt. 3 grazie mille!! 📸"), ("Data", "29 nov 2026, 11:22"),
                ("Stato", "Completato")],
               "<p style='font-size:14px'>Il denaro è già nel tuo saldo Satispay.</p>",
               "Satispay Europe S.A. – Istituto di Moneta Elettronica. Hai ricevuto questa email perché hai attivato le notifiche di pagamento."),
    labels=dict(amount="45.00",
                note="P2P-style Satispay with 'fatt. 3' and no year: reference left out on purpose."))

msg(lang="it", kind="payment-notification", date=("2026-11-30 02:14:44", "America/Los_Angeles"),
    frm=("service@paypal.it", "service@paypal.it"), to=CHI,
    subj="Hai ricevuto un pagamento", layout="alt", cte="qp",
    hdr={"X-Email-Type-Id": "PP341"},
    html=h_min("""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;color:#2c2e2f">
<tr><td style="padding:20px 0"><img alt="PayPal" src="https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.svg" width="100"></td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-bottom:10px">Hai ricevuto 300,00&nbsp;€ EUR da Studio Verdi Architetti</td></tr>
<tr><td style="font-size:15px;padding-bottom:20px">Ciao Chiara Bellini,<br>Studio Verdi Architetti ti ha inviato 300,00&nbsp;€ EUR.</td></tr>
<tr><td style="background:#f5f7fa;padding:14px;font-size:15px"><b>Nota da Studio Verdi Architetti:</b><br>Fattura 19/2026 traduzione relazione tecnica</td></tr>
<tr><td style="padding:20px 0"><table width="100%" style="font-size:14px">
<tr><td>ID transazione</td><td align="right">4TR05816KC2290417</td></tr>
<tr><td>Data transazione</td><td align="right">30 novembre 2026</td></tr>
<tr><td>Importo ricevuto</td><td align="right">300,00 € EUR</td></tr>
<tr><td>Tariffa</td><td align="right">-10,55 € EUR</td></tr>
<tr><td><b>Netto</b></td><td align="right"><b>289,45 € EUR</b></td></tr>
</table></td></tr>
<tr><td style="font-size:12px;color:#6c7378">Potrebbero essere necessari alcuni minuti prima che la transazione compaia nel tuo conto.<br><br>
Non rispondere a questa email. Per ricevere assistenza, accedi al tuo conto PayPal e fai clic su Aiuto.<br>
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Lussemburgo.</td></tr>
</table></td></tr></table>""", font="Helvetica,Arial,sans-serif"),
    labels=dict(amount="300.00", reference="19/2026",
                note="PayPal shows gross 300,00 received, fee 10,55 and net 289,45: amount is the received 300,00 the headline states."))

msg(lang="it", kind="payment-notification", date=("2026-12-01 09:02:17", "UTC"),
    frm=("Stripe", "notifications@stripe.com"), to=ALE,
    subj="Pagamento di 1.464,00 € da Nexa Lab S.r.l.", layout="alt", cte="qp",
    text="""Pagamento riuscito

Hai ricevuto un pagamento di 1.464,00 € da Nexa Lab S.r.l.

Importo:        1.464,00 €
Commissioni:    -22,21 €
Netto:          1.441,79 €
Descrizione:    Fattura 22/2026 - consulenza UX ottobre
Metodo:         Visa •••• 4417
Cliente:        amministrazione@nexalab.it
ID:             py_3QxT2bLk8dJv0aZ41xH0cW9p

Visualizza il pagamento nella Dashboard:
https://dashboard.stripe.com/payments/py_3QxT2bLk8dJv0aZ41xH0cW9p

Ricevi questa email perché hai attivato le notifiche per i pagamenti riusciti sull'account Alessandra Rossi UX.
Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Grand Canal Dock, Dublin
""",
    html=h_app("stripe", "#635bff", "1.464,00 €", "Pagamento riuscito da <b>Nexa Lab S.r.l.</b>",
               [("Commissioni", "-22,21 €"), ("Netto", "1.441,79 €"),
                ("Descrizione", "Fattura 22/2026 - consulenza UX ottobre"), ("Metodo", "Visa •••• 4417")],
               "<p><a href='https://dashboard.stripe.com/payments/py_3QxT2bLk8dJv0aZ41xH0cW9p'>Visualizza il pagamento</a></p>",
               "Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin."),
    labels=dict(amount="1464.00", reference="22/2026", note="Stripe card payment, fee and net shown; amount is the gross paid."))

msg(lang="en", kind="payment-notification", date=("2026-12-02 15:40:26", "Europe/London"),
    frm=("Revolut Business", "no-reply@revolut.com"), to=DAV,
    subj="You've received €750.00 from MORETTI GIULIA", layout="html", cte="b64",
    html=h_app("Revolut Business", "#191c1f", "+€750.00", "Money in from <b>MORETTI GIULIA</b>",
               [("Account", "EUR Main"), ("Reference", "ft 25 2026"), ("Date", "2 Dec 2026, 16:40"),
                ("Status", "Completed")],
               "<p style='font-size:14px'>Open the app to see the full details of this transaction.</p>",
               "Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania. Please do not reply to this email."),
    labels=dict(amount="750.00", reference="25/2026",
                note="English-language notice to an Italian owner; reference 'ft 25 2026' lower case with spaces."))

msg(lang="it", kind="payment-notification", date=("2026-12-03 13:18:51", "Europe/Berlin"),
    frm=("N26", "no-reply@n26.com"), to=CHI,
    subj="Hai ricevuto 1.830,00 €", layout="html", cte="b64",
    html=h_app("N26", "#36a18b", "+1.830,00 €", "Hai ricevuto un bonifico da <b>Officina Grafica Baroni</b>",
               [("Riferimento", "Fattura 2026/27"), ("Conto", "Conto principale"), ("Data", "03.12.2026")],
               "", "N26 Bank SE, Voltairestraße 8, 10179 Berlino. Non rispondere a questa email."),
    labels=dict(amount="1830.00", reference="27/2026",
                note="Year-first reference 'Fattura 2026/27' (27 is the number, not the year 2027)."))

msg(lang="it", kind="payment-notification", date=("2026-12-04 06:58:00", "Europe/Rome"),
    frm=("BancoPosta", "bancopostaonline@posteitaliane.it"), to=ALE,
    subj="BancoPosta - Notifica bonifico a tuo favore", layout="text", cs="iso-8859-1", cte="qp",
    text="""Gentile Cliente,

ti informiamo che sul tuo Conto BancoPosta n. ****7731 è stato accreditato un bonifico.

Importo: 2.684,00 €
Ordinante: COMUNE DI SAN MARTINO IN RIO SERVIZIO FINANZIARIO
Causale: RIF. FATT. N. 31 DEL 2026 CIG Z1A3F0E2B4 - MANDATO 1893
TRN: 0760133010600002 6841 80016800IT
Data accredito: 03/12/2026

Per visualizzare i movimenti accedi al sito poste.it o all'app BancoPosta.

Poste Italiane - Patrimonio BancoPosta
Questa e-mail è stata generata automaticamente, ti preghiamo di non rispondere.
""",
    labels=dict(amount="2684.00", reference="31/2026",
                note="Public administration payment: CIG and mandate number in the causale compete with the invoice number. Declared iso-8859-1, € encoded as Windows-1252 0x80."))

msg(lang="it", kind="payment-notification", date=("2026-11-27 18:31:12", "Europe/Rome"),
    frm=("Gruppo Lanzoni - Contabilità Fornitori", "noreply.fornitori@lanzonigroup.it"), to=ALE,
    subj="Avviso di pagamento n. 2026/004418 - LANZONI S.P.A.", layout="alt", cte="qp",
    hdr={"Auto-Submitted": "auto-generated"},
    html=h_min("""<p>Spett.le Fornitore<br><b>ROSSI ALESSANDRA</b><br>P.IVA 03318870984</p>
<p>Vi informiamo che in data odierna abbiamo disposto a Vostro favore il pagamento dei documenti di seguito elencati,
con bonifico bancario sulle coordinate in nostro possesso (IBAN IT60 X054 2811 1010 0000 0123 456).</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr style="background:#dde4ee"><th>Documento</th><th>Data doc.</th><th>Scadenza</th><th align="right">Importo</th></tr>
<tr><td>Fattura 33/2026</td><td>30/09/2026</td><td>30/11/2026</td><td align="right">1.586,00</td></tr>
<tr><td colspan="3"><b>Totale pagato</b></td><td align="right"><b>1.586,00 EUR</b></td></tr>
</table>
<p>Data pagamento: 27/11/2026 &ndash; valuta beneficiario: 30/11/2026<br>
In allegato la distinta in formato PDF.</p>
<p>Per informazioni: ufficio.fornitori@lanzonigroup.it (indicare sempre il numero dell'avviso).</p>
<p style="color:#888;font-size:10px">Messaggio generato automaticamente dal sistema SAP della Lanzoni S.p.A., si prega di non rispondere.
Le informazioni contenute nella presente comunicazione sono riservate e destinate esclusivamente al destinatario.</p>"""),
    att=[("application/pdf", "AvvisoPagamento_2026_004418.pdf", fake_pdf("LANZONI SPA Avviso di pagamento 2026/004418 Fattura 33/2026 1.586,00"))],
    labels=dict(amount="1586.00", reference="33/2026",
                note="Remittance advice from the client's SAP (accounts payable) with PDF: payment made, value date three days later."))

msg(lang="it", kind="payment-notification", date=("2026-12-07 12:44:30", "Europe/Rome"),
    frm=("Studio Legale Greco & Associati - Amministrazione", "amministrazione@studiogreco-legal.it"), to=CHI,
    subj="Distinta di pagamento fornitori del 07/12/2026", layout="text", cs="windows-1252", cte="qp",
    hdr={"X-Mailer": "TeamSystem Studio - invio automatico"},
    text="""DISTINTA DI PAGAMENTO FORNITORI

Beneficiario: BELLINI CHIARA
Modalità: bonifico SEPA - data esecuzione 07/12/2026

Documento          Data       Imponibile  Rivalsa 4%   IVA 22%   Totale doc.  Rit. acconto   Netto pagato
Fattura 35/2026    10/11/2026   1.200,00      48,00    274,56     1.522,56      -249,60       1.272,96

TOTALE BONIFICO: € 1.272,96

La certificazione unica delle ritenute operate sarà trasmessa entro i termini di legge.

Questa e-mail è generata automaticamente dal gestionale dello Studio. Per chiarimenti: amministrazione@studiogreco-legal.it
""",
    labels=dict(amount="1272.96", reference="35/2026",
                note="Paid net of ritenuta d'acconto: invoice total 1.522,56, amount transferred 1.272,96 (what is received)."))

msg(lang="it", kind="payment-notification", date=("2026-12-09 08:05:44", "Europe/Rome"),
    frm=("Banca Mediolanum", "noreply@bancamediolanum.it"), to=DAV,
    subj="Movimento sul tuo conto", layout="html", cte="qp",
    html=h_bank("Banca Mediolanum", "#003b70", "Nuovo movimento in entrata",
                "<p>Ciao Davide,<br>è stato accreditato un <b>bonifico di 640,00 EUR</b> sul tuo conto ****5027.</p>"
                "<p>Per motivi di sicurezza non riportiamo in questa email l'ordinante e la causale: trovi tutti i dettagli "
                "nell'app Banca Mediolanum, sezione Movimenti.</p>",
                [], "", "Banca Mediolanum S.p.A. - Basiglio (MI). Messaggio automatico, non rispondere."),
    labels=dict(amount="640.00", note="Bare alert: amount only, no payer, no causale."))

msg(lang="it", kind="payment-notification", date=("2026-12-10 17:26:03", "Europe/Rome"),
    frm=("Credem", "notifiche@credem.it"), to=ALE,
    subj="Credem - notifica movimenti conto", layout="text", cte="qp",
    text="""Gentile ROSSI ALESSANDRA,

ti comunichiamo che sul conto corrente 0100/001234 è stata registrata la seguente operazione:

ACCREDITO BONIFICO          +2.000,00 EUR
da: TOSI FEDERICO
causale: saldo lavori sito web
data: 10/12/2026

Credem - Credito Emiliano S.p.A.
Ricevi questo messaggio perché hai attivato il servizio Notifiche Movimenti. Per disattivarlo accedi all'Home Banking.
""",
    labels=dict(amount="2000.00", note="A private person pays 'saldo lavori sito web': no invoice number at all."))

msg(lang="it", kind="payment-notification", date=("2027-01-08 10:11:37", "Europe/Rome"),
    frm=("Intesa Sanpaolo", "notifiche@intesasanpaolo.com"), to=DAV,
    subj="Bonifico ricevuto", layout="html", cte="b64",
    html=h_bank("Intesa Sanpaolo", "#007a3d", "Bonifico ricevuto",
                "<p>Gentile Cliente, hai ricevuto un bonifico da <b>SOCIETA AGRICOLA LE VIGNE SS</b> di <b>EUR 976,00</b>.</p>",
                [("Conto", "****3318"), ("Data", "08/01/2027"), ("Causale", "FATT.38")],
                "", ISP_FOOT),
    labels=dict(amount="976.00",
                note="'FATT.38' with no year in January 2027: could be 38/2026 or 38/2027, reference left out."))

msg(lang="it", kind="payment-notification", date=("2026-12-11 09:47:20", "Europe/Rome"),
    frm=("Banca Popolare di Sondrio - SCRIGNO", "scrigno@popso.it"), to=CHI,
    subj="Avviso accredito bonifico dall'estero", layout="text", cs="iso-8859-1", cte="qp",
    text="""AVVISO DI ACCREDITO - BONIFICO DALL'ESTERO

Beneficiario:           BELLINI CHIARA
Conto:                  IT** ***** ***** 000004418903
Ordinante:              KELLER SPRACHDIENSTE AG, ZUERICH
Banca ordinante:        UBSWCHZH80A
Importo originario:     CHF 1'200.00
Cambio EUR/CHF:         0,94390
Controvalore:           EUR 1.271,32
Commissioni e spese:    EUR 9,50
Netto accreditato:      EUR 1.261,82
Valuta:                 11/12/2026
Riferimento ordinante:  INVOICE 40/2026 TRANSLATION DE-IT

Banca Popolare di Sondrio s.c.p.a.
Comunicazione automatica - non rispondere a questo indirizzo.
""",
    labels=dict(amount="1261.82", reference="40/2026",
                note="Swiss payer in CHF (1'200.00, apostrophe separator), converted and net of 9,50 fees: the EUR credited is 1.261,82."))

msg(lang="it", kind="payment-notification", date=("2026-12-13 19:03:08", "Europe/Rome"),
    frm=("SumUp", "no-reply@sumup.com"), to=DAV,
    subj="Hai ricevuto un pagamento di 150,00 €", layout="html", cte="qp",
    html=h_app("SumUp", "#3063e9", "150,00 €", "Pagamento ricevuto tramite link di pagamento",
               [("Descrizione", "Ritratti famiglia – saldo"), ("Pagato da", "e.coppola81@gmail.com"),
                ("Commissione", "3,75 €"), ("Codice transazione", "TEJ6KXWQ2M"), ("Data", "13/12/2026 19:02")],
               "<p style='font-size:14px'>L'importo sarà trasferito sul tuo conto bancario con il prossimo accredito.</p>",
               "SumUp Payments Limited. Hai ricevuto questa email perché sei un commerciante SumUp."),
    labels=dict(amount="150.00", note="Payment link, fee shown separately; description has no invoice number."))

msg(lang="it", kind="payment-notification", date=("2026-12-15 11:36:52", "Europe/Paris"),
    frm=("Qonto", "notifications@qonto.com"), to=ALE,
    subj="Hai ricevuto un bonifico di 1 098,00 €", layout="html", cte="qp",
    html=h_app("Qonto", "#1d1d1b", "+ 1\u00a0098,00\u00a0€", "Bonifico ricevuto da <b>LUMEN SRL</b>",
               [("Riferimento", "FT-41-2026"), ("Conto", "Conto principale"), ("Data", "15/12/2026")],
               "<p style='font-size:14px'>Ricordati di allegare un giustificativo alla transazione.</p>",
               "Qonto – Olinda SAS, 18 rue de Navarin, 75009 Parigi."),
    labels=dict(amount="1098.00", reference="41/2026",
                note="French-style thousands separator (non-breaking space) in an Italian notice; reference 'FT-41-2026'."))

msg(lang="it", kind="payment-notification", date=("2027-01-12 12:20:41", "Europe/Rome"),
    frm=("BancoPosta", "bancopostaonline@posteitaliane.it"), to=CHI,
    subj="Bonifico istantaneo ricevuto", layout="html", cte="b64",
    html=h_bank("Poste Italiane", "#0047bb", "Hai ricevuto un bonifico istantaneo",
                "<p>L'importo è già disponibile sul tuo conto.</p>",
                [("Importo", "366,00 €"), ("Ordinante", "DR. SALVATORE IANNONE"),
                 ("Causale", "Fattura n° 2/2027"), ("Data e ora", "12/01/2027 12:20")],
                "", "Poste Italiane S.p.A. - Patrimonio BancoPosta. Messaggio automatico."),
    labels=dict(amount="366.00", reference="2/2027", note="New-year invoice 2/2027, instant transfer, base64 HTML."))

msg(lang="it", kind="payment-notification", date=("2026-12-16 06:30:00", "Europe/Rome"),
    frm=("CBI - Servizio Avvisi", "avvisi.cbi@bancadiverona-cbi.it"), to=ALE,
    subj="AVVISO DI ACCREDITO 16/12/2026", layout="text", cs="iso-8859-1", cte="8bit",
    text="""**************************************************************
*                  AVVISO DI ACCREDITO                        *
**************************************************************
RAPPORTO......: 00000/0000000482 ROSSI ALESSANDRA
DATA CONTABILE: 16/12/2026      DATA VALUTA: 16/12/2026
CAUSALE ABI...: 48 BONIFICO A VOSTRO FAVORE
IMPORTO.......:                 12.810,00 EUR
DESCRIZIONE...: BONIFICO DA ARCH. PELLEGRINI MARCO
                CAUSALE: FT 44 2026 E FT 45 2026
ID. OPERAZ....: 1612CBI7743901
**************************************************************
Documento generato automaticamente. Non rispondere.
""",
    labels=dict(amount="12810.00", reference="44/2026",
                note="Fixed-width corporate-banking advice, 8bit latin-1; one transfer for invoices 44/2026 and 45/2026."))

msg(lang="it", kind="payment-notification", date=("2026-12-18 15:55:14", "Europe/Rome"),
    frm=("Banca Carige - Notifiche", "notifiche@carige.it"), to=DAV,
    subj="Notifica bonifico in entrata", layout="html", cte="qp",
    html=h_min("""<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ccc;font-size:12px">
<tr><td colspan="2" style="background:#003e7e;color:#fff"><b>Bonifico in entrata</b></td></tr>
<tr><td>Beneficiario</td><td>MARCHETTI DAVIDE</td></tr>
<tr><td>Ordinante</td><td>PASTICCERIA DOLCEVITA DI ROSA LOMBARDI</td></tr>
<tr><td>Importo</td><td><b>EUR 610,00</b></td></tr>
<tr><td>Causale</td><td>SALDO FATTURA 46/2026 DEL 15/12/2026</td></tr>
<tr><td>Data</td><td>18/12/2026</td></tr>
</table>
<p>Cordiali saluti<br>Il Servizio Clienti</p>
<p style="font-size:10px;color:#777">Messaggio inviato automaticamente. Non rispondere a questo indirizzo.</p>"""),
    labels=dict(amount="610.00", reference="46/2026",
                note="Currency code before the amount in an HTML table cell; invoice date follows the number."))

msg(lang="it", kind="payment-notification", date=("2026-12-21 10:02:48", "Europe/Rome"),
    frm=("Crédit Agricole Italia", "comunicazioni@credit-agricole.it"), to=CHI,
    subj="Accredito bonifico", layout="alt", cte="qp",
    html=h_bank("Crédit Agricole", "#006a4d", "Accredito bonifico",
                "<p>Gentile Cliente, ti informiamo dell'accredito di un bonifico sul tuo conto.</p>",
                [("Importo", "400,00 €"), ("Ordinante", "ASSOCIAZIONE CULTURALE PAROLE IN VIAGGIO"),
                 ("Causale", "RATA 1 DI 3 FT 47/2026"), ("Data", "21/12/2026")],
                "", "Crédit Agricole Italia S.p.A. Comunicazione automatica."),
    labels=dict(amount="400.00", reference="47/2026", note="First of three instalments on invoice 47/2026."))

msg(lang="it", kind="payment-notification", date=("2026-12-22 08:49:33", "Europe/London"),
    frm=("Wise", "noreply@wise.com"), to=CHI,
    subj="Hai ricevuto 980,00 EUR da Hofmann Übersetzungen GmbH", layout="html", cte="b64",
    html=h_app("WISE", "#163300", "980,00 EUR", "Sono arrivati nel tuo conto in EUR.",
               [("Da", "Hofmann Übersetzungen GmbH"), ("Riferimento", "Rechnung 48/2026"),
                ("ID trasferimento", "#1297734412")],
               "<p style='font-size:14px'>Puoi tenerli in EUR, convertirli o spenderli con la tua carta Wise.</p>",
               "Wise Europe SA, Rue du Trône 100, 1050 Bruxelles. Ricevi questa email perché hai un conto Wise."),
    labels=dict(amount="980.00", reference="48/2026", note="German client's reference 'Rechnung 48/2026' inside an Italian Wise notice."))

msg(lang="it", kind="payment-notification", date=("2026-12-23 12:07:19", "Europe/Rome"),
    frm=("Satispay Business", "business@satispay.com"), to=DAV,
    subj="Nuovo pagamento ricevuto: 80,00 €", layout="html", cte="qp",
    html=h_app("satispay business", "#ef373f", "80,00 €", "Pagamento ricevuto da <b>Bar Centrale di Lodi</b>",
               [("Negozio", "Davide Marchetti Fotografia"), ("Data", "23/12/2026 12:07"),
                ("Commissione", "0,00 €")],
               "", "Satispay Europe S.A. – Per non ricevere più queste email, modifica le impostazioni nella Dashboard Business."),
    labels=dict(amount="80.00", note="Business-to-business Satispay payment with no reference at all."))

msg(lang="it", kind="payment-notification", date=("2026-12-31 16:40:02", "Europe/Rome"),
    frm=("UniCredit", "no-reply@unicredit.it"), to=ALE,
    subj="Bonifico in arrivo sul tuo conto", layout="text", cte="qp",
    text="""Gentile ALESSANDRA ROSSI,

è in arrivo sul tuo conto ****0456 il seguente bonifico:

Importo: 1.150,00 €
Ordinante: STUDIO DENTISTICO DR. PAOLO NERI
Causale: FT 50/26
Data contabile: 31/12/2026
Data valuta: 04/01/2027

L'importo sarà disponibile con la valuta indicata.

UniCredit S.p.A. - Messaggio automatico, non rispondere.
""",
    labels=dict(amount="1150.00", reference="50/2026",
                note="Credited on 31/12 with value date 04/01/2027: money in, just with a later value date."))

msg(lang="it", kind="payment-notification", date=("2027-01-19 09:15:26", "Europe/Rome"),
    frm=("BCC Notifiche", "notifiche@bccroma.it"), to=DAV,
    subj="Accredito su c/c", layout="text", cte="qp",
    text="""BCC - Servizio Notifiche

Accredito di EUR 732,00 sul c/c 000000104477
Bonifico da: GIORGETTI SERRAMENTI SAS
Causale (primi 18 caratteri): SALDO FATT. 20/202
Data: 19/01/2027

Per il dettaglio accedi a Relax Banking.
""",
    labels=dict(amount="732.00", reference="20/2026",
                note="Causale cut at 18 characters in the middle of the year ('20/202'); invoice 20 of 2026 still readable."))

# ---------------------------------------------------------------- look-alikes (other)
msg(lang="it", kind="other", date=("2026-11-08 10:14:05", "Europe/Rome"),
    frm=("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"), to=ALE,
    subj="Ricevuta di consegna - Fattura n. 12/2026 - BIANCHI IMPIANTI SRL", layout="html", cte="qp",
    html=h_bank("Aruba Fatturazione Elettronica", "#f48120", "Ricevuta di consegna",
                "<p>Gentile Cliente,<br>il Sistema di Interscambio (SdI) ha consegnato al destinatario la seguente fattura.</p>",
                [("Numero fattura", "12/2026"), ("Data fattura", "08/10/2026"), ("Cliente", "BIANCHI IMPIANTI SRL"),
                 ("Importo totale documento", "1.220,00 €"), ("Identificativo SdI", "18833410217"),
                 ("Stato", "Consegnata"), ("Data consegna", "08/11/2026 10:13")],
                "<p>Puoi scaricare la ricevuta in formato XML dal pannello, sezione <i>Fatture inviate</i>.</p>",
                "Aruba S.p.A. - Messaggio generato automaticamente, non rispondere."),
    labels=dict(note="SdI delivery receipt (RC) for an invoice: amount and number present but nothing was paid."))

msg(lang="it", kind="other", date=("2026-11-14 16:20:31", "Europe/Rome"),
    frm=("Fatture in Cloud", "notifiche@fattureincloud.it"), to=CHI,
    subj="⚠️ Fattura n. 28/2026 scartata dallo SdI", layout="alt", cte="qp",
    html=h_min("""<h3 style="color:#c0392b">Notifica di scarto</h3>
<p>Ciao Chiara,<br>purtroppo il Sistema di Interscambio ha <b>scartato</b> la fattura elettronica n. <b>28/2026</b> del 14/11/2026 intestata a <b>TRADUCO ITALIA SRL</b> (totale 854,00 €).</p>
<p>Codice errore: <b>00404</b> – Fattura duplicata<br>Descrizione: il file risulta già trasmesso con lo stesso numero e data.</p>
<p>Verifica il documento e, se necessario, rinvialo con un nuovo numero entro 5 giorni dalla notifica di scarto.</p>
<p><a href="https://secure.fattureincloud.it/invoices">Vai alle fatture</a></p>
<p style="color:#999;font-size:11px">TeamSystem S.p.A. – Fatture in Cloud. Hai ricevuto questa email perché sei iscritto a Fatture in Cloud.</p>""",
               font="Helvetica,Arial"),
    labels=dict(note="SdI rejection (notifica di scarto, code 00404): an e-invoicing notice, no money involved."))

msg(lang="it", kind="other", date=("2026-11-10 09:31:46", "Europe/Rome"),
    frm=("Intesa Sanpaolo", "notifiche@intesasanpaolo.com"), to=ALE,
    subj="Bonifico disposto - conferma", layout="text", cte="qp",
    text="""Gentile Cliente,

ti confermiamo l'esecuzione del bonifico da te disposto.

Beneficiario:  STUDIO COMMERCIALE DOTT. RIVA E ASSOCIATI
IBAN:          IT15 Y030 6909 6061 0000 0115 423
Importo:       1.220,00 EUR
Commissioni:   0,00 EUR
Causale:       Fattura 12/2026 consulenza fiscale III trim.
Data esecuzione: 10/11/2026
CRO:           0306901783521407480140050208IT

Trovi la contabile nella sezione Archivio dell'Internet Banking.

Intesa Sanpaolo S.p.A.
Questa è una comunicazione automatica: ti preghiamo di non rispondere.
""",
    labels=dict(note="OUTGOING transfer from the owner to her accountant, whose invoice happens to be 12/2026 for 1.220,00 too: not money in."))

msg(lang="it", kind="other", date=("2026-11-16 05:02:10", "Europe/Rome"),
    frm=("Banco BPM - YouWeb", "noreply@bancobpm.it"), to=DAV,
    subj="YouWeb - Notifica addebito", layout="text", cte="qp",
    text="""Gentile Cliente,

la informiamo che sul rapporto 02150/000000018839 è stato contabilizzato un addebito.

Data operazione: 16/11/2026
Descrizione: ADDEBITO DIRETTO SEPA CORE
Importo: -49,90 EUR
Creditore: TIM S.p.A.
Mandato: TIM0012277810
Riferimento: Fattura TIM n. 8E26010733 - bimestre ott/nov

Banco BPM S.p.A.
E-mail inviata in automatico. Non rispondere.
""",
    labels=dict(note="Direct debit taken from the owner's account (phone bill): money out."))

msg(lang="it", kind="other", date=("2027-01-13 14:52:09", "Europe/Rome"),
    frm=("Intesa Sanpaolo", "notifiche@intesasanpaolo.com"), to=DAV,
    subj="Richiesta di restituzione di un bonifico ricevuto", layout="html", cte="qp",
    html=h_bank("Intesa Sanpaolo", "#007a3d", "Richiesta di restituzione (recall) di un bonifico",
                "<p>Gentile Cliente,<br>la banca dell'ordinante ci ha trasmesso una richiesta di restituzione relativa al bonifico "
                "che hai ricevuto l'08/01/2027.</p>",
                [("Ordinante", "SOCIETA AGRICOLA LE VIGNE SS"), ("Importo", "EUR 976,00"),
                 ("Motivo della richiesta", "DUPL - Bonifico duplicato"), ("Termine per rispondere", "27/01/2027")],
                "<p>Per accettare o rifiutare la restituzione accedi all'Internet Banking, sezione <b>Avvisi</b>. "
                "In assenza di risposta la richiesta si intende rifiutata.</p>",
                ISP_FOOT),
    labels=dict(note="Recall request on a transfer received earlier: the notice asks the owner to give money back, it reports no money in."))

msg(lang="it", kind="other", date=("2026-11-21 20:13:55", "Europe/Rome"),
    frm=("FinecoBank", "comunicazioni@finecobank.com"), to=CHI,
    subj="Pagamento con carta di 89,00 €", layout="html", cte="qp",
    html=h_app("FINECO", "#00305f", "- 89,00 €", "Pagamento con carta di debito presso <b>AMAZON EU SARL</b>",
               [("Carta", "Mastercard ****2281"), ("Data e ora", "21/11/2026 20:13")],
               "<p style='font-size:13px'>Non riconosci l'operazione? Blocca subito la carta dall'app.</p>",
               "FinecoBank S.p.A. Non rispondere a questa email."),
    labels=dict(note="Card payment by the owner: money out."))

msg(lang="it", kind="other", date=("2026-12-05 09:00:04", "Europe/Rome"),
    frm=("Fatture in Cloud", "notifiche@fattureincloud.it"), to=ALE,
    subj="Sollecito inviato a COMUNE DI SAN MARTINO IN RIO per la fattura n. 31/2026", layout="html", cte="qp",
    html=h_min("""<p>Ciao Alessandra,</p>
<p>come da impostazioni dei <b>solleciti automatici</b>, oggi abbiamo inviato per tuo conto un promemoria di pagamento a
<b>COMUNE DI SAN MARTINO IN RIO</b> (ragioneria@comune.sanmartinoinrio.re.it) per la fattura n. 31/2026 di 2.684,00 €, scaduta il 30/11/2026.</p>
<p>Se hai già ricevuto il pagamento, ricordati di segnare la fattura come <i>saldata</i> per interrompere i solleciti.</p>
<p><a href="https://secure.fattureincloud.it/reminders">Gestisci i solleciti</a></p>
<p style="color:#999;font-size:11px">Fatture in Cloud – TeamSystem S.p.A.</p>""", font="Helvetica,Arial"),
    labels=dict(note="Accounting software telling the owner it sent a reminder on her behalf: not a payment (the payment arrived the day before, elsewhere)."))

msg(lang="it", kind="other", date=("2026-12-19 11:45:28", "Europe/Rome"),
    frm=("Fattura24", "noreply@fattura24.com"), to=DAV,
    subj="Il tuo cliente ha visualizzato la fattura n. 46/2026", layout="html", cte="qp",
    html=h_min("""<p>Gentile Davide Marchetti,</p>
<p>ti informiamo che <b>Pasticceria Dolcevita di Rosa Lombardi</b> ha aperto il link della fattura <b>n. 46/2026</b> (610,00 €) il 19/12/2026 alle ore 11:44.</p>
<p>Stato pagamento: <span style="color:#e67e22"><b>non pagata</b></span></p>
<p>Fattura24 – il gestionale online per la fatturazione elettronica</p>"""),
    labels=dict(note="'Invoice viewed' notice; says 'non pagata' in the software even though a transfer arrived the day before. Not a payment notice."))

msg(lang="it", kind="other", date=("2026-11-25 10:00:00", "Europe/Rome"),
    frm=("Intesa Sanpaolo", "news@comunicazioni.intesasanpaolo.com"), to=ALE,
    subj="Ricevi i pagamenti in 10 secondi, anche di domenica", layout="html", cte="qp",
    hdr={"List-Unsubscribe": "<https://comunicazioni.intesasanpaolo.com/unsub?u=8c1f0e>",
         "Precedence": "bulk"},
    html=h_bank("Intesa Sanpaolo", "#007a3d", "Bonifico istantaneo: i tuoi clienti ti pagano subito",
                "<p>Con il <b>bonifico istantaneo</b> l'accredito arriva sul tuo conto in pochi secondi, 24 ore su 24, 7 giorni su 7. "
                "Da gennaio 2025 costa come un bonifico ordinario.</p>"
                "<p>Hai una Partita IVA? Con <b>Business Inside</b> ricevi una notifica per ogni accredito e riconcili le fatture in automatico.</p>",
                [("Esempio", "Accredito di 1.000,00 € disponibile in 10 secondi")],
                "<p><a href='https://www.intesasanpaolo.com/business'>Scopri di più</a></p>",
                "Messaggio pubblicitario con finalità promozionale. Per non ricevere più comunicazioni commerciali clicca qui."),
    labels=dict(note="Bank marketing mentioning an example credit of 1.000,00 €: not a notice."))

msg(lang="it", kind="other", date=("2026-11-28 07:30:00", "Europe/Rome"),
    frm=("Crédit Agricole Italia", "comunicazioni@credit-agricole.it"), to=CHI,
    subj="Promemoria: bonifico periodico in scadenza il 01/12/2026", layout="text", cte="qp",
    text="""Gentile Cliente,

ti ricordiamo che il 01/12/2026 verrà eseguito il seguente bonifico periodico:

Beneficiario: IMMOBILIARE SAN VITALE SRL
Importo: 650,00 €
Causale: canone locazione studio dicembre 2026

Assicurati di avere disponibilità sufficiente sul conto.

Crédit Agricole Italia S.p.A.
""",
    labels=dict(note="Scheduled OUTGOING standing order (rent): not money in."))

msg(lang="it", kind="other", date=("2026-12-06 03:10:55", "America/Los_Angeles"),
    frm=("service@paypal.it", "service@paypal.it"), to=DAV,
    subj="Ricevuta del pagamento a Canva Pty Ltd", layout="html", cte="qp",
    html=h_min("""<p style="font-size:20px"><b>Hai inviato un pagamento di 24,99&nbsp;€ EUR a Canva Pty Ltd</b></p>
<p>Ciao Davide Marchetti,<br>questa è la ricevuta del tuo pagamento automatico.</p>
<table style="font-size:14px"><tr><td>Venditore</td><td>Canva Pty Ltd</td></tr>
<tr><td>Descrizione</td><td>Canva Pro – abbonamento mensile</td></tr>
<tr><td>ID transazione</td><td>9KL23017AM551904H</td></tr>
<tr><td>Totale</td><td>24,99 € EUR</td></tr></table>
<p style="font-size:11px;color:#6c7378">PayPal (Europe) S.à r.l. et Cie, S.C.A. – Non rispondere a questa email.</p>""",
               font="Helvetica,Arial"),
    labels=dict(note="PayPal receipt for a payment the owner SENT."))

msg(lang="it", kind="other", date=("2026-12-14 08:22:37", "Europe/Rome"),
    frm=("Satispay", "no-reply@satispay.com"), to=ALE,
    subj="Hai pagato 3,40 € a Caffè Roma", layout="html", cte="qp",
    html=h_app("satispay", "#ef373f", "-3,40 €", "Pagamento a <b>Caffè Roma</b>",
               [("Data", "14 dic 2026, 08:22"), ("Cashback", "0,00 €")], "",
               "Satispay Europe S.A."),
    labels=dict(note="Owner paid a café with Satispay: outgoing."))

msg(lang="it", kind="other", date=("2026-12-16 13:05:11", "Europe/Rome"),
    frm=("Crédit Agricole Italia", "comunicazioni@credit-agricole.it"), to=CHI,
    subj="Esito pagamento delega F24", layout="text", cte="qp",
    text="""Gentile Cliente,

la delega F24 da te inviata è stata pagata con esito positivo.

Data di addebito: 16/12/2026
Importo addebitato: 2.340,00 €
Codice fiscale contribuente: BLLCHR85M52H501W
Protocollo telematico: 26121613050112345

La quietanza è disponibile nella sezione Pagamenti > F24 > Archivio.

Crédit Agricole Italia S.p.A.
""",
    labels=dict(note="Tax payment (F24) debited from the owner: money out."))

msg(lang="it", kind="other", date=("2026-12-02 18:44:03", "Europe/Rome"),
    frm=("posta-certificata@legalmail.it", "posta-certificata@legalmail.it"), to=ALE,
    subj="ACCETTAZIONE: Sollecito di pagamento fattura n. 29/2026", layout="text", cte="qp",
    hdr={"X-Ricevuta": "accettazione", "X-Trasporto": "posta-certificata"},
    text="""Ricevuta di accettazione

Il giorno 02/12/2026 alle ore 18:44:02 (+0100) il messaggio
"Sollecito di pagamento fattura n. 29/2026" proveniente da "alessandra.rossi@pec.it"
ed indirizzato a:
amministrazione@pec.officinegalli.it ("posta certificata")
è stato accettato dal sistema ed inoltrato.
Identificativo messaggio: opec210312.20261202184402.118837.04.1.1@pec.it
""",
    labels=dict(note="PEC acceptance receipt for the owner's own reminder: machine, no payment."))

msg(lang="it", kind="other", date=("2026-12-08 01:30:22", "America/Los_Angeles"),
    frm=("service@paypal.it", "service@paypal.it"), to=CHI,
    subj="Hai inviato una richiesta di denaro", layout="alt", cte="qp",
    html=h_min("""<p style="font-size:20px"><b>Hai richiesto 244,00&nbsp;€ EUR a Rebecca Fantini</b></p>
<p>Abbiamo inviato la tua richiesta a r.fantini@outlook.it. Ti avviseremo quando verrà pagata.</p>
<p>Nota: Fattura 36/2026 revisione tesi</p>
<p style="font-size:11px;color:#6c7378">PayPal (Europe) S.à r.l. et Cie, S.C.A.</p>""", font="Helvetica,Arial"),
    labels=dict(note="The owner's own PayPal money request: nothing received yet."))

msg(lang="it", kind="other", date=("2027-01-10 09:00:00", "Europe/Rome"),
    frm=("Banca Mediolanum", "noreply@bancamediolanum.it"), to=DAV,
    subj="Il tuo estratto conto è disponibile", layout="html", cte="qp",
    html=h_bank("Banca Mediolanum", "#003b70", "Estratto conto al 31/12/2026",
                "<p>Ciao Davide,<br>l'estratto conto trimestrale del tuo conto ****5027 è disponibile nell'area riservata, "
                "sezione <b>Documenti</b>.</p><p>Ti ricordiamo che hai 60 giorni per presentare eventuali contestazioni.</p>",
                [], "", "Banca Mediolanum S.p.A. - Messaggio automatico, non rispondere."),
    labels=dict(note="Quarterly statement available: no transaction in the mail."))

# ---------------------------------------------------------------- clienti che girano ricevute
IT_IBAN = "IT60 X054 2811 1010 0000 0123 456"
q = rem_it("Officine Galli srl", "29/2026", "854,00 €", "30/11/2026", "Alessandra Rossi", IT_IBAN)
msg(lang="it", kind="client-reply-paid", date=("2026-12-03 10:12:44", "Europe/Rome"),
    frm=("Paola Galli - Officine Galli", "amministrazione@officinegalli.it"), to=ALE,
    subj="R: Fattura n. 29/2026 - promemoria", irt="<20261202174401.5A1C22@mailduns.example.it>",
    layout="html", cte="qp", cs="iso-8859-1",
    html=h_outlook(p("Buongiorno Sig.ra Rossi,") + p("&nbsp;") +
                   p("le inoltro qui sotto la contabile del bonifico per la ft. 29, partito stamattina. Ci scusi il ritardo, "
                     "con il cambio del gestionale ci era sfuggita.") + p("&nbsp;") +
                   p("Cordiali saluti") + p("<b>Paola Galli</b><br>Ufficio Amministrazione<br>Officine Galli srl – Via dell'Artigianato 14 – 42015 Correggio (RE)") +
                   p("&nbsp;") +
                   p("<b>Da:</b> Banca Popolare dell'Emilia Romagna &lt;noreply@bper.it&gt;<br><b>Inviato:</b> giovedì 3 dicembre 2026 09:41<br>"
                     "<b>A:</b> amministrazione@officinegalli.it<br><b>Oggetto:</b> Esito disposizione di bonifico") +
                   p("&nbsp;") +
                   p("Disposizione eseguita.<br>Beneficiario: ROSSI ALESSANDRA<br>IBAN: IT60X0542811101000000123456<br>"
                     "Importo: 854,00 EUR<br>Causale: SALDO FATTURA 29/2026<br>Data esecuzione: 03/12/2026<br>CRO: 0538712609224811") +
                   p("&nbsp;") +
                   '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
                   p("<b>Da:</b> Alessandra Rossi &lt;alessandra@example.it&gt;<br><b>Inviato:</b> mercoledì 2 dicembre 2026 17:44<br>"
                     "<b>A:</b> amministrazione@officinegalli.it<br><b>Oggetto:</b> Fattura n. 29/2026 - promemoria") + "</div>" +
                   p("&nbsp;") + "".join(p(htmlmod.escape(x) if x else "&nbsp;") for x in q.splitlines()) +
                   p('<span style="font-size:8pt;color:gray">Ai sensi del Reg. UE 2016/679 (GDPR) le informazioni contenute in questa e-mail '
                     "sono riservate e ad uso esclusivo del destinatario.</span>")),
    labels=dict(amount="854.00", reference="29/2026",
                note="Human forwards her bank's 'disposizione eseguita' inside an Outlook reply (no '>' quoting); 'ft. 29' in a thread about 29/2026."))

q = rem_it("Nicola Serra", "52/2026", "420,00 €", "31/12/2026", "Davide Marchetti", "IT02 L030 6909 6061 0000 0118 833", company=False)
msg(lang="it", kind="client-reply-promise", date=("2027-01-07 22:31:09", "Europe/Rome"),
    frm=("Nicola Serra", "nicola.serra84@gmail.com"), to=DAV,
    subj="Re: Fattura n. 52/2026 - promemoria", irt="<20270107090012.7F3A10@mailduns.marchettifoto.it>",
    layout="alt", cte="qp",
    text="""Ciao Davide scusa!! avevo completamente rimosso con le feste. Te l'ho programmato adesso dall'app, parte il 15 che è quando mi entra lo stipendio, ti incollo la conferma:

-----
Bonifico programmato
Beneficiario: MARCHETTI DAVIDE
Importo: 420,00 €
Data di esecuzione: 15/01/2027
Causale: fattura 52/2026 foto matrimonio
Stato: In attesa di esecuzione
-----

ciao e grazie ancora per le foto, mia madre le ha stampate tutte 😂
Nicola

Il giorno gio 7 gen 2027 alle ore 09:00 Davide Marchetti <davide@marchettifoto.it> ha scritto:

""" + quote_gt(q),
    html=h_min(
        "<div dir='ltr'>Ciao Davide scusa!! avevo completamente rimosso con le feste. Te l'ho programmato adesso dall'app, parte il 15 che è quando mi entra lo stipendio, ti incollo la conferma:<br><br>"
        "-----<br>Bonifico programmato<br>Beneficiario: MARCHETTI DAVIDE<br>Importo: 420,00 €<br>Data di esecuzione: 15/01/2027<br>"
        "Causale: fattura 52/2026 foto matrimonio<br>Stato: In attesa di esecuzione<br>-----<br><br>"
        "ciao e grazie ancora per le foto, mia madre le ha stampate tutte 😂<br>Nicola</div><br>"
        "<div class='gmail_quote'><div dir='ltr' class='gmail_attr'>Il giorno gio 7 gen 2027 alle ore 09:00 Davide Marchetti &lt;davide@marchettifoto.it&gt; ha scritto:<br></div>"
        "<blockquote class='gmail_quote' style='margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex'>"
        + htmlmod.escape(q).replace("\n", "<br>") + "</blockquote></div>", font="Arial", size="small"),
    labels=dict(amount="420.00", reference="52/2026", promised_date="2027-01-15",
                note="Client pastes his bank's 'bonifico programmato' (execution 15/01/2027, status pending): a promise, not a payment."))

q = rem_it("Rebecca Fantini", "36/2026", "244,00 €", "15/12/2026", "Chiara Bellini", "IT88 C030 6909 6061 0000 0077 120", company=False)
msg(lang="it", kind="client-reply-paid", date=("2026-12-17 13:02:51", "Europe/Rome"),
    frm=("Rebecca Fantini", "r.fantini@outlook.it"), to=CHI,
    subj="Re: Fattura n. 36/2026 - promemoria", irt="<20261217083000.2B11EE@mailduns.bellinitraduzioni.it>",
    layout="text", cte="qp",
    text="""fatto adesso con paypal, mi era arrivata la richiesta ma l'avevo persa tra le mail!

> Inizio messaggio inoltrato:
> Da: service@paypal.it
> Data: 17 dicembre 2026 13:01:12 CET
> Oggetto: Ricevuta del pagamento a Chiara Bellini
>
> Hai inviato un pagamento di 244,00 € EUR a Chiara Bellini
> Nota: Fattura 36/2026 revisione tesi
> ID transazione: 1DM70244PL883120C

Inviato da iPhone

> Il giorno 17 dic 2026, alle ore 08:30, Chiara Bellini <chiara@bellinitraduzioni.it> ha scritto:
>
""" + quote_gt(q),
    labels=dict(amount="244.00", reference="36/2026",
                note="Client forwards PayPal's 'you sent' receipt (Apple-Mail '>' quoted) with 'fatto adesso': paid. Amount and number are in the forwarded receipt, not only in the quoted reminder."))

q = rem_it("Studio Tecnico Ing. Bassi", "39/2026", "1.342,00 €", "15/12/2026", "Alessandra Rossi", IT_IBAN)
msg(lang="it", kind="client-reply-other", date=("2026-12-22 11:48:30", "Europe/Rome"),
    frm=("Contabilità Studio Bassi", "contabilita@studiobassi.eu"), to=ALE,
    cc=[("Ing. Marco Bassi", "marco.bassi@studiobassi.eu")],
    subj="R: Fattura n. 39/2026 - promemoria", irt="<20261222081500.C0FF33@mailduns.example.it>",
    layout="text", cte="qp",
    text="""Buongiorno,
avevamo inserito il suo bonifico nella distinta di venerdì ma la banca ce l'ha respinto, le riporto il messaggio:

  "Disposizione n. 7 respinta - motivo AC01: IBAN beneficiario non corretto
   Beneficiario ROSSI ALESSANDRA - IBAN IT60X0542811101000000123465 - importo 1.342,00"

Ho controllato e in anagrafica abbiamo l'IBAN della fattura dell'anno scorso. Può confermarmi quello giusto? Meglio se su carta intestata o dalla PEC, per la nostra procedura antifrode.

Grazie
Loredana
Contabilità - Studio Tecnico Ing. Bassi

-----Messaggio originale-----
Da: Alessandra Rossi <alessandra@example.it>
Inviato: martedì 22 dicembre 2026 08:15
A: contabilita@studiobassi.eu
Oggetto: Fattura n. 39/2026 - promemoria

""" + q,
    labels=dict(
                note="Client quotes its bank's REJECTION of the transfer (wrong IBAN) and asks to confirm the IBAN: not paid, no promise; a question."))

# =====================================================================================
# ESPAÑOL — abonos
# =====================================================================================
msg(lang="es", kind="payment-notification", date=("2026-11-09 09:26:48", "Europe/Madrid"),
    frm=("BBVA", "bbva@comunicaciones.bbva.es"), to=LUC,
    subj="Has recibido una transferencia", layout="alt", cte="qp",
    html=h_bank("BBVA", "#004481", "Has recibido una transferencia",
                "<p>Hola, LUCIA:</p><p>Te informamos de que has recibido una transferencia en tu cuenta <b>··· 6612</b>.</p>",
                [("Importe", "1.210,00 €"), ("Ordenante", "REFORMAS GARCÍA E HIJOS SL"),
                 ("Concepto", "FRA 2026-041"), ("Fecha", "09/11/2026")],
                "<p>Puedes consultar el detalle en la app BBVA.</p>",
                "Banco Bilbao Vizcaya Argentaria, S.A. Este correo se ha enviado de forma automática, por favor no respondas."),
    labels=dict(amount="1210.00", reference="2026-041", note="Plain case: FRA 2026-041 in the concept."))

msg(lang="es", kind="payment-notification", date=("2026-11-13 12:41:06", "Europe/Madrid"),
    frm=("CaixaBank", "notificaciones@caixabank.com"), to=LUC,
    subj="Transferencia recibida", layout="html", cte="b64",
    html=h_bank("CaixaBank", "#007eae", "Transferencia recibida",
                "<p>Estimada cliente:</p><p>Le comunicamos que se ha abonado en su cuenta ES** **** **** **** **** 3390 la siguiente transferencia:</p>",
                [("Ordenante", "ASESORÍA NÚÑEZ Y BLANCO, S.L."), ("Importe", "2.904,00 EUR"),
                 ("Concepto", "Fact 2026/43"), ("Fecha valor", "13/11/2026")],
                "", "CaixaBank, S.A. Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo."),
    labels=dict(amount="2904.00", reference="2026-043", note="'Fact 2026/43' year first with slash and no zero padding -> 2026-043."))

msg(lang="es", kind="payment-notification", date=("2026-11-17 08:03:11", "Europe/Madrid"),
    frm=("Banco Santander", "avisos@gruposantander.es"), to=JOR,
    subj="Aviso: abono de transferencia", layout="text", cs="iso-8859-1", cte="qp",
    text="""Banco Santander - Aviso de movimientos

Estimado cliente:

Le informamos que en su cuenta ES** 0049 **** ** ****2217 se ha realizado el siguiente movimiento:

  Fecha operación:  17/11/2026
  Concepto:         ABONO TRANSF. DE ESCOLA BRESSOL PETITS PASSOS SCCL
  Información:      F.2026.044
  Importe:          +726,00 EUR
  Saldo:            8.114,52 EUR

Gracias por confiar en Santander.

Este correo es una notificación automática. Por favor, no responda a este mensaje.
""",
    labels=dict(amount="726.00", reference="2026-044",
                note="Dotted reference F.2026.044; the balance line (8.114,52) is not the amount received."))

msg(lang="es", kind="payment-notification", date=("2026-11-22 18:40:27", "Atlantic/Canary"),
    frm=("ING", "notificaciones@ing.es"), to=NAY,
    subj="Has recibido un Bizum", layout="html", cte="qp",
    html=h_app("ING", "#ff6200", "+120,00 €", "Has recibido un Bizum de <b>MARIA JOSE L.</b>",
               [("Concepto", "sesión fotos comunión 📷"), ("Cuenta", "Cuenta NÓMINA ··· 0715"),
                ("Fecha", "22/11/2026 18:40")],
               "", "ING Bank NV, Sucursal en España. No respondas a este email."),
    labels=dict(amount="120.00", note="Bizum from a private client; concept has no invoice number. Canary Islands time zone."))

msg(lang="es", kind="payment-notification", date=("2026-11-25 20:12:09", "Europe/Madrid"),
    frm=("Banco Sabadell", "bancsabadell@notificaciones.bancsabadell.com"), to=JOR,
    subj="Bizum recibido", layout="html", cte="qp",
    html=h_min("""<table width="100%" style="font-family:Arial;font-size:14px"><tr><td>
<p style="color:#006dff;font-size:18px"><b>Sabadell</b></p>
<p>Hola Jordi,</p>
<p>Has recibido <b>180,00 €</b> por Bizum de <b>ROGER FONT I VIDAL</b>.</p>
<p>Concepto: 2026045</p>
<p>El dinero ya está disponible en tu Cuenta Expansión Negocios.</p>
<p style="color:#888;font-size:11px">Banco de Sabadell, S.A. Avda. Óscar Esplá, 37 - 03007 Alicante. Mensaje automático.</p>
</td></tr></table>"""),
    labels=dict(amount="180.00", reference="2026-045", note="Reference run together: '2026045'."))

msg(lang="es", kind="payment-notification", date=("2026-11-30 11:05:43", "Europe/Madrid"),
    frm=("Banco Sabadell", "bancsabadell@notificaciones.bancsabadell.com"), to=JOR,
    subj="Transferencia inmediata recibida", layout="html", cte="b64",
    html=h_bank("Sabadell", "#006dff", "Transferencia inmediata recibida",
                "<p>Hola Jordi,</p><p>Acabas de recibir una transferencia inmediata.</p>",
                [("Importe", "2.420,00 €"), ("Ordenante", "CERVESERA ARTESANA DEL MONTSENY SL"),
                 ("Concepto", "PAGO FRAS 2026-047 Y 2026-048"), ("Cuenta de abono", "ES** **** **** **** **** 4410"),
                 ("Fecha y hora", "30/11/2026 11:05")],
                "", "Banco de Sabadell, S.A. Mensaje automático, no respondas."),
    labels=dict(amount="2420.00", reference="2026-047", note="Two invoices (2026-047 and 2026-048) in one instant transfer."))

msg(lang="es", kind="payment-notification", date=("2026-12-02 07:55:30", "Europe/Madrid"),
    frm=("Openbank", "info@openbank.es"), to=LUC,
    subj="Has recibido un ingreso en tu cuenta", layout="html", cte="qp",
    html=h_app("Openbank", "#ec0000", "363,00 €", "Ingreso por transferencia de <b>GIMÉNEZ PASCUAL, ROSA</b>",
               [("Concepto", "PAGO FACTURA NUM 2"), ("Cuenta", "Cuenta Open ··· 2048"), ("Fecha", "02/12/2026")],
               "<p style='font-size:12px;color:#777'>El concepto puede aparecer abreviado a 18 caracteres.</p>",
               "Open Bank, S.A. Este es un correo automático."),
    labels=dict(amount="363.00", note="Concept truncated at 18 characters: 'PAGO FACTURA NUM 2' — number cut, no reference."))

msg(lang="es", kind="payment-notification", date=("2026-12-04 16:33:21", "Europe/Madrid"),
    frm=("ING", "notificaciones@ing.es"), to=LUC,
    subj="Te han hecho una transferencia", layout="html", cte="qp",
    html=h_app("ING", "#ff6200", "+847,00 €", "<b>LÓPEZ ASESORES SLP</b> te ha enviado una transferencia",
               [("Concepto", "Factura 2026-049 (parcial)"), ("Cuenta", "Cuenta NARANJA NEGOCIOS ··· 3390"),
                ("Fecha", "04/12/2026")],
               "", "ING Bank NV, Sucursal en España."),
    labels=dict(amount="847.00", reference="2026-049", note="Partial payment, stated as such in the concept."))

msg(lang="es", kind="payment-notification", date=("2026-12-07 06:10:00", "Europe/Madrid"),
    frm=("Unicaja Banco", "avisos@unicaja.es"), to=JOR,
    subj="AVISO DE ABONO", layout="text", cs="iso-8859-1", cte="8bit",
    text="""UNICAJA BANCO - AVISO DE ABONO
------------------------------------------------------------
TITULAR.....: PUIG SOLER JORDI
CUENTA......: ES** 2103 **** ** ******8812
FECHA.......: 05/12/2026          VALOR: 05/12/2026
OPERACION...: TRANSFERENCIA RECIBIDA
ORDENANTE...: DISTRIBUCIONES MORENO CAÑETE SL
CONCEPTO....: F 050 2026
IMPORTE.....:              1.815,00 EUR
------------------------------------------------------------
Este mensaje se ha generado automáticamente. No responda.
""",
    labels=dict(amount="1815.00", reference="2026-050",
                note="Fixed-width 8bit latin-1 advice; reference 'F 050 2026' number before year."))

msg(lang="es", kind="payment-notification", date=("2026-12-09 04:48:15", "America/Los_Angeles"),
    frm=("service@paypal.es", "service@paypal.es"), to=NAY,
    subj="Has recibido un pago", layout="alt", cte="qp",
    html=h_min("""<table width="560" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;color:#2c2e2f">
<tr><td style="font-size:22px;font-weight:bold;padding:20px 0 10px 0">Has recibido 250,00&nbsp;€ EUR de Tienda Verde Online</td></tr>
<tr><td style="padding-bottom:16px">Hola, Nayra Hernández:<br>Tienda Verde Online te ha enviado 250,00&nbsp;€ EUR.</td></tr>
<tr><td style="background:#f5f7fa;padding:12px"><b>Nota de Tienda Verde Online:</b><br>Fra 2026-051 fotos producto</td></tr>
<tr><td style="padding:16px 0"><table width="100%">
<tr><td>Importe recibido</td><td align="right">250,00 € EUR</td></tr>
<tr><td>Comisión</td><td align="right">-7,60 € EUR</td></tr>
<tr><td><b>Importe neto</b></td><td align="right"><b>242,40 € EUR</b></td></tr>
<tr><td>Id. de transacción</td><td align="right">6PW11374TR5590051</td></tr></table></td></tr>
<tr><td style="font-size:11px;color:#6c7378">No responda a este correo electrónico. PayPal (Europe) S.à r.l. et Cie, S.C.A.</td></tr>
</table>""", font="Helvetica,Arial"),
    labels=dict(amount="250.00", reference="2026-051", note="PayPal received 250,00, fee 7,60, net 242,40 shown."))

msg(lang="es", kind="payment-notification", date=("2026-12-10 15:21:37", "UTC"),
    frm=("Stripe", "notifications@stripe.com"), to=NAY,
    subj="Pago de 605,00 € de Hotel Arena Dorada", layout="alt", cte="qp",
    html=h_app("stripe", "#635bff", "605,00 €", "Pago correcto de <b>Hotel Arena Dorada S.L.</b>",
               [("Comisión de Stripe", "-9,33 €"), ("Neto", "595,67 €"),
                ("Descripción", "Factura 2026-052 reportaje instalaciones"), ("Método", "SEPA Débito Directo")],
               "<p><a href='https://dashboard.stripe.com/payments/py_3QyA09Lk8dJv1xB'>Ver pago en el Dashboard</a></p>",
               "Stripe Payments Europe, Ltd. Recibes este correo porque activaste las notificaciones de pagos correctos."),
    labels=dict(amount="605.00", reference="2026-052", note="Stripe, fee and net shown."))

msg(lang="es", kind="payment-notification", date=("2026-12-11 10:18:44", "Europe/London"),
    frm=("Wise", "noreply@wise.com"), to=LUC,
    subj="Has recibido 1000,00 USD", layout="html", cte="qp",
    html=h_app("WISE", "#163300", "1000,00 USD", "Han llegado a tu cuenta en USD.",
               [("De", "Brightwave Media Inc."), ("Referencia", "Invoice 2026-053"),
                ("Número de transferencia", "#1300412876")],
               "<p style='font-size:14px'>Puedes mantenerlos en USD o convertirlos a EUR cuando quieras.</p>",
               "Wise Europe SA."),
    labels=dict(amount="1000.00", currency="USD", reference="2026-053", note="US client pays in USD into the owner's Wise USD balance."))

msg(lang="es", kind="payment-notification", date=("2026-12-12 13:44:02", "Europe/Madrid"),
    frm=("Revolut Business", "no-reply@revolut.com"), to=JOR,
    subj="Has recibido 432,50 € de TALLER ETXEBERRIA", layout="html", cte="b64",
    html=h_app("Revolut Business", "#191c1f", "+432,50 €", "Dinero recibido de <b>TALLER ETXEBERRIA</b>",
               [("Cuenta", "EUR Principal"), ("Referencia", "2026-054"), ("Estado", "Completada")],
               "", "Revolut Bank UAB, Sucursal en España."),
    labels=dict(amount="432.50", reference="2026-054", note="Bare reference, base64 HTML."))

msg(lang="es", kind="payment-notification", date=("2026-12-12 17:02:51", "Europe/Madrid"),
    frm=("Grupo Alvarado - Tesorería", "tesoreria.noreply@grupoalvarado.es"), to=LUC,
    subj="Aviso de pago a proveedor - Grupo Alvarado", layout="html", cte="qp",
    hdr={"Auto-Submitted": "auto-generated"},
    html=h_min("""<p>Estimado proveedor:</p>
<p>Le comunicamos que en el día de hoy se ha realizado por transferencia el pago de los documentos que se detallan:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr style="background:#eee"><th>N.º factura</th><th>Fecha</th><th>Base imponible</th><th>IVA 21%</th><th>Ret. IRPF 15%</th><th>Líquido</th></tr>
<tr><td>2026-055</td><td>14/11/2026</td><td align="right">1.500,00</td><td align="right">315,00</td><td align="right">-225,00</td><td align="right">1.590,00</td></tr>
</table>
<p><b>Importe transferido: 1.590,00 €</b><br>Fecha de pago: 12/12/2026<br>Cuenta de abono: ES** **** **** **** **** 3390</p>
<p>Para cualquier consulta sobre este pago, diríjase a proveedores@grupoalvarado.es indicando su NIF.</p>
<p style="font-size:10px;color:#777">Este mensaje ha sido generado automáticamente. En cumplimiento del RGPD (UE) 2016/679, le informamos de que sus datos forman parte de un fichero responsabilidad de GRUPO ALVARADO, S.A.</p>"""),
    labels=dict(amount="1590.00", reference="2026-055",
                note="AP remittance with IRPF withholding: base 1.500, VAT 315, withholding -225; 1.590,00 actually transferred."))

msg(lang="es", kind="payment-notification", date=("2026-12-14 19:30:12", "Atlantic/Canary"),
    frm=("CaixaBank", "notificaciones@caixabank.com"), to=NAY,
    subj="Cobro Bizum recibido en tu comercio", layout="text", cte="qp",
    text="""CaixaBank · Bizum Comercios

Has recibido un cobro con Bizum:

Importe: 35,00 €
De: PAULA R.
Concepto: copias impresas 20x30
Fecha: 14/12/2026 19:30 (hora peninsular 20:30)
Comercio: NAYRA HERNANDEZ FOTOGRAFIA

CaixaBank, S.A. Mensaje automático.
""",
    labels=dict(amount="35.00", note="Bizum merchant collection; time given in both Canary and peninsular time."))

msg(lang="es", kind="payment-notification", date=("2026-12-16 09:12:27", "Europe/Madrid"),
    frm=("Bankinter", "comunicaciones@bankinter.com"), to=LUC,
    subj="Transferencia internacional recibida", layout="text", cs="iso-8859-1", cte="qp",
    text="""Bankinter - Transferencia internacional recibida

Beneficiario:          MARTIN ESTUDIO - LUCIA MARTIN
Ordenante:             HARBOUR LIGHT PRODUCTIONS LTD, BRISTOL GB
Importe origen:        850,00 GBP
Tipo de cambio:        1,15110
Contravalor:           978,44 EUR
Comisiones:            12,00 EUR
Importe abonado:       966,44 EUR
Fecha valor:           16/12/2026
Concepto:              INV 2026-056 / LUCIA MARTIN

Bankinter, S.A. Comunicación automática, no responda.
""",
    labels=dict(amount="966.44", reference="2026-056",
                note="GBP payment converted to EUR and net of 12,00 fees; amount is the EUR credited. iso-8859-1 QP."))

msg(lang="es", kind="payment-notification", date=("2026-12-18 10:50:39", "Europe/Madrid"),
    frm=("CaixaBank", "notificaciones@caixabank.com"), to=JOR,
    subj="Transferencia recibida", layout="html", cte="qp",
    html=h_bank("CaixaBank", "#007eae", "Transferencia recibida",
                "<p>Estimado cliente:</p><p>Le comunicamos que se ha abonado en su cuenta la siguiente transferencia:</p>",
                [("Ordenante", "FUNDACIÓ CULTURAL L'ERA"), ("Importe", "1.996,50 EUR"),
                 ("Concepto", "FRA.2026-057/058"), ("Fecha valor", "18/12/2026")],
                "", "CaixaBank, S.A. Mensaje automático."),
    labels=dict(amount="1996.50", reference="2026-057", note="'FRA.2026-057/058': two invoices written as a range."))

msg(lang="es", kind="payment-notification", date=("2026-12-21 12:15:03", "Atlantic/Canary"),
    frm=("Cajasiete", "avisos@cajasiete.com"), to=NAY,
    subj="Has recibido una transferencia", layout="html", cte="b64",
    html=h_bank("Cajasiete", "#009640", "Has recibido una transferencia",
                "<p>Hola NAYRA:</p>",
                [("Importe", "535,00 €"), ("Ordenante", "RESTAURANTE EL CHARCO S.L."),
                 ("Concepto", "Factura F-2026-059 IGIC incl."), ("Fecha", "21/12/2026")],
                "", "Caja Siete, Caja Rural S.C.C. - Santa Cruz de Tenerife. Mensaje automático."),
    labels=dict(amount="535.00", reference="2026-059", note="Canary Islands (IGIC); 'F-' prefix on the number."))

msg(lang="es", kind="payment-notification", date=("2026-12-26 17:20:48", "Europe/Berlin"),
    frm=("N26", "no-reply@n26.com"), to=NAY,
    subj="Has recibido 90,00 €", layout="html", cte="qp",
    html=h_app("N26", "#36a18b", "+90,00 €", "<b>Irene Santos Melián</b> te ha enviado una transferencia",
               [("Concepto", "gracias!! 🥰"), ("Fecha", "26.12.2026")],
               "", "N26 Bank SE, Sucursal en España."),
    labels=dict(amount="90.00", note="Private payer, concept 'gracias!!': money in, no reference."))

msg(lang="es", kind="payment-notification", date=("2027-01-14 08:44:31", "Europe/Madrid"),
    frm=("BBVA", "bbva@comunicaciones.bbva.es"), to=LUC,
    subj="Transferencia inmediata recibida", layout="html", cte="b64",
    html=h_bank("BBVA", "#004481", "Transferencia inmediata recibida",
                "<p>Hola, LUCIA:</p><p>El dinero ya está en tu cuenta ··· 6612.</p>",
                [("Importe", "1.452,00 €"), ("Ordenante", "ÓPTICA VISTAMAR S.L."),
                 ("Concepto", "Factura 58"), ("Fecha", "14/01/2027")],
                "", "Banco Bilbao Vizcaya Argentaria, S.A."),
    labels=dict(amount="1452.00", note="'Factura 58' without a year in January 2027: reference left out."))

msg(lang="es", kind="payment-notification", date=("2027-01-16 11:08:15", "Atlantic/Canary"),
    frm=("SumUp", "no-reply@sumup.com"), to=NAY,
    subj="Pago recibido: 75,00 €", layout="alt", cte="qp",
    html=h_app("SumUp", "#3063e9", "75,00 €", "Has recibido un pago mediante enlace de pago",
               [("Descripción", "Book fotográfico - señal"), ("Comisión", "1,88 €"),
                ("Código de transacción", "TFK82PLX0A")],
               "", "SumUp Payments Limited."),
    labels=dict(amount="75.00", note="Deposit (señal) through a payment link; fee shown; no invoice number."))

msg(lang="es", kind="payment-notification", date=("2027-01-18 09:34:57", "Europe/Madrid"),
    frm=("Bankinter", "comunicaciones@bankinter.com"), to=LUC,
    subj="Abono por transferencia", layout="html", cte="qp",
    html=h_bank("Bankinter", "#ff6600", "Abono por transferencia",
                "<p>Le informamos del siguiente abono en su cuenta:</p>",
                [("Importe", "968,00 EUR"), ("Ordenante", "CLÍNICA DENTAL SONRÍE MÁS SL"),
                 ("Concepto", "2026 060 MARTIN ESTUDIO"), ("Fecha", "18/01/2027")],
                "", "Bankinter, S.A."),
    labels=dict(amount="968.00", reference="2026-060", note="Reference written '2026 060' followed by the owner's trading name."))

msg(lang="es", kind="payment-notification", date=("2027-01-21 13:02:40", "Europe/Madrid"),
    frm=("ABANCA", "avisos@abanca.com"), to=JOR,
    subj="ABANCA: transferencia recibida", layout="text", cte="qp",
    text="""ABANCA informa:

Transferencia recibida en la cuenta ****7732
Importe: 1210,00 EUR
Ordenante: GALERIA D'ART SANT PERE SL
Concepto: PAGO FRA. 2026-061 (1/2)
Fecha: 21/01/2027

Este es un mensaje automático.
""",
    labels=dict(amount="1210.00", reference="2026-061", note="No thousands separator; '(1/2)' marks the first of two instalments."))

msg(lang="es", kind="payment-notification", date=("2027-01-09 10:25:14", "Europe/Madrid"),
    frm=("Construcciones Ibarra - Tesorería", "tesoreria@construccionesibarra.es"), to=LUC,
    subj="Justificante de pago - Construcciones Ibarra, S.A.", layout="text", cte="qp",
    hdr={"X-Mailer": "SAGE 200 - Envío automático", "Auto-Submitted": "auto-generated"},
    text="""JUSTIFICANTE DE PAGO

Emisor: CONSTRUCCIONES IBARRA, S.A. - CIF A48123456
Beneficiario: MARTIN ESTUDIO (LUCÍA MARTÍN)
Forma de pago: Transferencia bancaria
Fecha de pago: 09/01/2027

Factura      Fecha factura   Importe
2026-062     20/11/2026      2.178,00 €

Total pagado: 2.178,00 €

Este correo ha sido generado automáticamente por nuestro sistema de gestión. Por favor, no responda a esta dirección.
""",
    labels=dict(amount="2178.00", reference="2026-062", note="Payer's ERP sends an automatic payment voucher on the payment day."))

msg(lang="es", kind="payment-notification", date=("2027-02-03 08:12:20", "Europe/Madrid"),
    frm=("Kutxabank", "avisos@kutxabank.es"), to=JOR,
    subj="Abono recibido en su cuenta", layout="html", cte="qp",
    html=h_bank("Kutxabank", "#e30613", "Abono recibido",
                "<p>Estimado/a cliente:</p>",
                [("Importe", "3.025,00 EUR"), ("Ordenante", "AJUNTAMENT DE VILAFRANCA - TRESORERIA"),
                 ("Concepto", "PAGO FACE 2026-063 RC 2027/118"), ("Fecha valor", "03/02/2027")],
                "", "Kutxabank, S.A. Mensaje automático."),
    labels=dict(amount="3025.00", reference="2026-063",
                note="Public administration payment; 'RC 2027/118' is the council's own document number, not the invoice."))

msg(lang="es", kind="payment-notification", date=("2027-02-08 19:55:06", "Atlantic/Canary"),
    frm=("Cajamar", "cajamar@avisos.cajamar.es"), to=NAY,
    subj="Cajamar: Transferencia recibida", layout="text", cte="7bit",
    text="""Cajamar: Transferencia recibida de 330,00EUR. Ordenante: PEREZ GIL ANTONIO. Concepto: 2026/064. Cta: ...5531. Mas info en Banca Electronica.
""",
    labels=dict(amount="330.00", reference="2026-064", note="SMS-style one-line alert without accents; '330,00EUR' glued."))

msg(lang="es", kind="payment-notification", date=("2027-02-12 12:40:33", "Europe/Madrid"),
    frm=("Santander - Pago a Proveedores", "pagoproveedores@gruposantander.es"), to=LUC,
    subj="Comunicación de pago a proveedores - HOTELES COSTA DEL AZAHAR SA", layout="html", cte="qp",
    html=h_bank("Santander", "#ec0000", "Comunicación de pago",
                "<p>Por cuenta de nuestro cliente <b>HOTELES COSTA DEL AZAHAR SA</b>, le comunicamos que hoy se ha abonado "
                "en su cuenta ES** **** **** **** **** 3390 el importe de las siguientes facturas:</p>",
                [("Factura 2026-065", "1.089,00 €"), ("Factura 2026-066", "544,50 €"),
                 ("Total abonado", "1.633,50 €"), ("Fecha de abono", "12/02/2027")],
                "", "Banco Santander, S.A. Servicio de Pago a Proveedores. Mensaje automático."),
    labels=dict(amount="1633.50", reference="2026-065",
                note="Bank's supplier-payment advice for two invoices; amount is the total credited (1.633,50)."))

# ---------------------------------------------------------------- parecidos (other)
msg(lang="es", kind="other", date=("2026-11-20 10:02:11", "Europe/Madrid"),
    frm=("FACe - Punto General de Entrada de Facturas", "no-reply@face.gob.es"), to=JOR,
    subj="FACe - Factura registrada - Nº registro REGAGE26e00041922311", layout="text", cte="qp",
    text="""Se ha registrado correctamente la factura presentada en FACe.

Número de registro: REGAGE26e00041922311
Fecha de registro: 20/11/2026 10:02:08
Número de factura: 2026-063
Serie:
Importe: 3.025,00 EUR
Proveedor: PUIG SOLER JORDI (NIF 47812233K)
Oficina contable: L01082983 - Intervención
Órgano gestor: L01082983 - Ajuntament de Vilafranca
Unidad tramitadora: L01082983 - Cultura
Estado: Registrada

Puede consultar el estado de su factura en https://face.gob.es

Este mensaje se ha generado automáticamente. Por favor, no responda.
""",
    labels=dict(note="FACe registration receipt for an invoice: no payment."))

msg(lang="es", kind="other", date=("2026-12-28 13:15:44", "Europe/Madrid"),
    frm=("FACe - Punto General de Entrada de Facturas", "no-reply@face.gob.es"), to=JOR,
    subj="FACe - Cambio de estado de la factura 2026-063", layout="text", cte="qp",
    text="""Le informamos que la factura con número de registro REGAGE26e00041922311 ha cambiado de estado.

Número de factura: 2026-063
Importe: 3.025,00 EUR
Estado anterior: 1300 - Registrada en RCF
Estado actual: 2400 - Contabilizada la obligación reconocida
Fecha del cambio: 28/12/2026

Este mensaje se ha generado automáticamente. Por favor, no responda.
""",
    labels=dict(note="FACe state change to 'obligación reconocida' (approved for payment, not paid): e-invoicing notice."))

msg(lang="es", kind="other", date=("2026-11-11 18:05:20", "Europe/Madrid"),
    frm=("BBVA", "bbva@comunicaciones.bbva.es"), to=LUC,
    subj="Transferencia realizada", layout="html", cte="qp",
    html=h_bank("BBVA", "#004481", "Transferencia realizada",
                "<p>Hola, LUCIA:</p><p>Tu transferencia se ha realizado correctamente.</p>",
                [("Importe", "- 181,50 €"), ("Beneficiario", "GESTORÍA PRADO Y ASOCIADOS"),
                 ("Concepto", "Factura 2026-041"), ("Cuenta de cargo", "··· 6612"), ("Fecha", "11/11/2026")],
                "", "Banco Bilbao Vizcaya Argentaria, S.A."),
    labels=dict(note="OUTGOING transfer to the owner's gestoría; their invoice number happens to look like hers (2026-041)."))

msg(lang="es", kind="other", date=("2026-11-30 06:20:00", "Europe/Madrid"),
    frm=("Banco Sabadell", "bancsabadell@notificaciones.bancsabadell.com"), to=JOR,
    subj="Cargo de recibo en tu cuenta", layout="text", cte="qp",
    text="""Hola Jordi,

Se ha cargado el siguiente recibo en tu cuenta ES** **** **** **** **** 4410:

Emisor: TESORERIA GENERAL DE LA SEGURIDAD SOCIAL
Concepto: CUOTA RETA NOVIEMBRE 2026
Importe: -294,00 €
Fecha: 30/11/2026

Banco de Sabadell, S.A.
""",
    labels=dict(note="Self-employed social security direct debit: money out."))

msg(lang="es", kind="other", date=("2027-01-05 16:48:29", "Atlantic/Canary"),
    frm=("ING", "notificaciones@ing.es"), to=NAY,
    subj="Tu transferencia ha sido rechazada", layout="html", cte="qp",
    html=h_app("ING", "#ff6200", "340,00 €", "No hemos podido realizar tu transferencia a <b>LABORATORIO FOTOGRÁFICO ATLÁNTICO SL</b>",
               [("Motivo", "La cuenta de destino no existe o está cancelada (AC04)"),
                ("Concepto", "Pedido 2211 impresiones"), ("Estado", "Devuelta - importe reintegrado")],
               "<p style='font-size:14px'>Revisa el IBAN del beneficiario y vuelve a intentarlo.</p>",
               "ING Bank NV, Sucursal en España."),
    labels=dict(note="The owner's OWN outgoing transfer was rejected (amount put back): not a payment received."))

msg(lang="es", kind="other", date=("2026-12-05 21:14:09", "Europe/Madrid"),
    frm=("Openbank", "info@openbank.es"), to=LUC,
    subj="Compra con tarjeta", layout="html", cte="qp",
    html=h_app("Openbank", "#ec0000", "-45,90 €", "Compra con tu tarjeta débito ··· 0931",
               [("Comercio", "E.S. REPSOL AV. AMERICA"), ("Fecha", "05/12/2026 21:13")], "", "Open Bank, S.A."),
    labels=dict(note="Card purchase: money out."))

msg(lang="es", kind="other", date=("2026-12-15 09:00:00", "Europe/Madrid"),
    frm=("Holded", "no-reply@holded.com"), to=JOR,
    subj="Recordatorio de pago enviado: factura 2026-061", layout="html", cte="qp",
    html=h_min("""<p>Hola Jordi,</p>
<p>Te confirmamos que hemos enviado automáticamente un <b>recordatorio de pago</b> a <b>Galeria d'Art Sant Pere SL</b> por la factura <b>2026-061</b> (2.420,00 €), vencida el 10/12/2026.</p>
<p>Puedes desactivar los recordatorios automáticos desde Configuración &gt; Facturación.</p>
<p>El equipo de Holded</p>""", font="Helvetica,Arial"),
    labels=dict(note="Accounting software reminder sent on the owner's behalf: not a payment."))

msg(lang="es", kind="other", date=("2026-12-03 17:41:12", "Europe/Madrid"),
    frm=("Quipu", "notificaciones@getquipu.com"), to=LUC,
    subj="López Asesores SLP ha visto tu factura 2026-049", layout="html", cte="qp",
    html=h_min("""<p>¡Hola Lucía!</p>
<p><b>López Asesores SLP</b> ha abierto la factura <b>2026-049</b> (1.694,00 €) que le enviaste el 18/11/2026.</p>
<p>Estado: <b>Pendiente de cobro</b></p>
<p><a href="https://app.getquipu.com">Ver factura</a></p>"""),
    labels=dict(note="'Invoice viewed' notice from invoicing software; status pending."))

msg(lang="es", kind="other", date=("2026-12-20 23:02:37", "Atlantic/Canary"),
    frm=("CaixaBank", "notificaciones@caixabank.com"), to=NAY,
    subj="Has enviado un Bizum", layout="text", cte="qp",
    text="""Has enviado 15,00 € por Bizum a CARMEN D.
Concepto: cena viernes 🍕
Fecha: 20/12/2026 23:02

CaixaBank, S.A.
""",
    labels=dict(note="Bizum sent to a friend: outgoing, personal."))

msg(lang="es", kind="other", date=("2026-11-18 10:00:00", "Europe/Madrid"),
    frm=("CaixaBank Negocios", "novedades@comunicaciones.caixabank.com"), to=NAY,
    subj="Cobra con Bizum en tu negocio: sin comisiones hasta marzo", layout="html", cte="qp",
    hdr={"List-Unsubscribe": "<mailto:baja@comunicaciones.caixabank.com>", "Precedence": "bulk"},
    html=h_bank("CaixaBank Negocios", "#007eae", "Tus clientes te pagan con Bizum",
                "<p>Hola, NAYRA:</p><p>Activa <b>Bizum Comercios</b> y recibe cobros al instante directamente en tu cuenta. "
                "Sin comisiones por cobro hasta el 31 de marzo de 2027.</p>",
                [("Ejemplo", "Cobro de 120,00 € recibido en segundos")],
                "<p><a href='https://www.caixabank.es/negocios/bizum'>Actívalo ahora</a></p>",
                "Comunicación comercial. Si no desea recibir más comunicaciones, pulse aquí."),
    labels=dict(note="Bank marketing with an example amount: not a notice."))

msg(lang="es", kind="other", date=("2027-01-13 09:30:00", "Europe/Madrid"),
    frm=("Santander Confirming", "confirming@gruposantander.es"), to=JOR,
    subj="Confirming: orden de pago a su favor - INDUSTRIES TÈXTILS DEL VALLÈS SA", layout="html", cte="qp",
    html=h_bank("Santander Confirming", "#ec0000", "Nueva orden de pago a su favor",
                "<p>Estimado proveedor:</p><p>Nuestro cliente <b>INDUSTRIES TÈXTILS DEL VALLÈS SA</b> ha incluido en su remesa de "
                "Confirming la siguiente factura a su favor:</p>",
                [("Factura", "2026-071"), ("Importe", "4.235,00 €"), ("Fecha de vencimiento", "25/01/2027"),
                 ("Forma de pago", "Abono en cuenta al vencimiento")],
                "<p>Si lo desea, puede <b>anticipar el cobro</b> hoy mismo desde la web de Confirming Santander.</p>",
                "Banco Santander, S.A. Mensaje automático."),
    labels=dict(note="Confirming notice: the client's bank will pay on 25/01/2027 (or the owner may discount it). Not money in yet."))

msg(lang="es", kind="other", date=("2026-12-29 12:12:40", "Europe/Madrid"),
    frm=("FACe - Punto General de Entrada de Facturas", "no-reply@face.gob.es"), to=LUC,
    subj="FACe - Factura rechazada - Nº registro REGAGE26e00043318870", layout="text", cte="qp",
    text="""La factura con número de registro REGAGE26e00043318870 ha sido RECHAZADA.

Número de factura: 2026-067
Importe: 726,00 EUR
Órgano gestor: L01280796 - Ayuntamiento de Madrid
Estado actual: 2600 - Rechazada
Motivo: Los códigos DIR3 de la unidad tramitadora no son correctos.

Deberá presentar de nuevo la factura con los datos correctos.

Este mensaje se ha generado automáticamente. Por favor, no responda.
""",
    labels=dict(note="FACe rejection on technical grounds (wrong DIR3 codes): e-invoicing notice, not a human dispute."))

msg(lang="es", kind="other", date=("2027-01-22 18:00:05", "Europe/Madrid"),
    frm=("Stripe", "notifications@stripe.com"), to=NAY,
    subj="Se ha abierto una disputa por un pago de 605,00 €", layout="alt", cte="qp",
    html=h_min("""<p><b>Hotel Arena Dorada S.L.</b> ha disputado un pago de <b>605,00 €</b> con su banco.</p>
<p>Motivo: <i>Adeudo no autorizado (SEPA)</i><br>Importe retirado de tu saldo: 605,00 € + comisión por disputa 15,00 €</p>
<p>Tienes hasta el 5 de febrero de 2027 para presentar pruebas.</p>
<p><a href="https://dashboard.stripe.com/disputes">Responder a la disputa</a></p>
<p style="color:#888;font-size:11px">Stripe Payments Europe, Ltd.</p>""", font="Helvetica,Arial"),
    labels=dict(note="Chargeback: money withdrawn from the owner's balance. Not money in, and not the client's own words."))

msg(lang="es", kind="other", date=("2027-01-26 10:40:13", "America/Los_Angeles"),
    frm=("service@paypal.es", "service@paypal.es"), to=LUC,
    subj="Has enviado una factura a Brightwave Media Inc.", layout="html", cte="qp",
    html=h_min("""<p style="font-size:20px"><b>Factura 2026-068 enviada</b></p>
<p>Has enviado una factura de <b>1.200,00 USD</b> a accounts@brightwavemedia.com.</p>
<p>Vencimiento: 25 de febrero de 2027</p>
<p>Te avisaremos cuando se pague.</p>
<p style="font-size:11px;color:#6c7378">PayPal (Europe) S.à r.l. et Cie, S.C.A.</p>""", font="Helvetica,Arial"),
    labels=dict(note="PayPal confirms an invoice the owner sent: no payment yet."))

msg(lang="es", kind="other", date=("2027-02-01 10:14:52", "Europe/Madrid"),
    frm=("TicketBAI - Facturación", "ticketbai-noreply@holded.com"), to=JOR,
    subj="Registro de facturación remitido a la Hacienda Foral - factura 2027-004", layout="text", cte="qp",
    text="""Hola Jordi,

El registro de alta de la factura 2027-004 se ha remitido correctamente a la Diputación Foral de Bizkaia (TicketBAI).

Factura: 2027-004
Fecha de expedición: 01/02/2027
Destinatario: TALLER ETXEBERRIA S.COOP.
Importe total: 1.452,00 €
Identificativo TBAI: TBAI-47812233K-010227-7hQk0LpZr2Xy4-104
Estado: Recibido - Correcto

Este mensaje se ha generado automáticamente.
""",
    labels=dict(note="Tax-registration receipt for a newly issued invoice (amount shown): e-invoicing/compliance notice, no payment."))

# ---------------------------------------------------------------- clientes que reenvían justificantes
ES_IBAN = "ES91 2100 0418 4502 0005 1332"
q = rem_es("Estimados señores:", "2026-042", "1.331,00 €", "30/11/2026", "Lucía Martín", ES_IBAN)
msg(lang="es", kind="client-reply-paid", date=("2026-12-09 10:55:20", "Europe/Madrid"),
    frm=("Administración Talleres Ruiz", "administracion@talleresruiz.com"), to=LUC,
    subj="RE: Factura n.º 2026-042 - recordatorio", irt="<20261209071500.33AB10@mailduns.martinestudio.es>",
    layout="text", cs="iso-8859-1", cte="qp",
    text="""Buenos días Lucía,

Te reenvío el justificante que nos da el banco. Salió ayer por la tarde, lo tendrás hoy o mañana.

Un saludo,

Montse Ruiz
Administración
TALLERES RUIZ, S.L.
Tel. 96 512 33 40

-----Mensaje original-----
De: CaixaBank <notificaciones@caixabank.com>
Enviado el: martes, 8 de diciembre de 2026 18:02
Para: administracion@talleresruiz.com
Asunto: Transferencia emitida

Justificante de transferencia emitida
Ordenante: TALLERES RUIZ, S.L.
Beneficiario: LUCIA MARTIN
IBAN beneficiario: ES91 2100 0418 4502 0005 1332
Importe: 1.331,00 EUR
Concepto: FRA 2026-042
Fecha de ejecución: 08/12/2026

-----Mensaje original-----
De: Lucía Martín <lucia@martinestudio.es>
Enviado el: miércoles, 9 de diciembre de 2026 7:15
Para: administracion@talleresruiz.com
Asunto: Factura n.º 2026-042 - recordatorio

""" + q + """
AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. En cumplimiento del RGPD, le informamos de que sus datos son tratados por TALLERES RUIZ, S.L.
""",
    labels=dict(amount="1331.00", reference="2026-042",
                note="Outlook-style forward of the client's bank 'transferencia emitida' inside the reply: paid; the receipt is part of the message, not the quoted reminder."))

q = rem_es("Estimados señores:", "2026-069", "968,00 €", "15/12/2026", "Jordi Puig", "ES66 0081 0200 1100 0412 9981")
msg(lang="es", kind="client-reply-paid", date=("2026-12-18 13:22:05", "Europe/Madrid"),
    frm=("Marta Vidal", "marta.vidal@cellerlesvinyes.cat"), to=JOR,
    subj="RE: Factura n.º 2026-069 - recordatorio", irt="<20261218080000.A1B2C3@mailduns.puigdisseny.cat>",
    layout="html", cte="qp",
    html=h_outlook(p("Hola Jordi,") + p("&nbsp;") + p("Adjunto justificante de la transferencia realizada hoy.") + p("&nbsp;") +
                   p("Salutacions,") + p("<b>Marta Vidal</b><br>Celler Les Vinyes<br>Administració") + p("&nbsp;") +
                   '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
                   p("<b>De:</b> Jordi Puig &lt;jordi@puigdisseny.cat&gt;<br><b>Enviado el:</b> viernes, 18 de diciembre de 2026 8:00<br>"
                     "<b>Para:</b> marta.vidal@cellerlesvinyes.cat<br><b>Asunto:</b> Factura n.º 2026-069 - recordatorio") + "</div>" +
                   p("&nbsp;") + "".join(p(htmlmod.escape(x) if x else "&nbsp;") for x in q.splitlines())),
    att=[("application/pdf", "Justificante_transferencia_18122026.pdf",
          fake_pdf("Justificante transferencia CELLER LES VINYES SL -> JORDI PUIG 968,00 EUR"))],
    labels=dict(note="Short Outlook HTML reply with a PDF receipt attached; no amount or number in her own text."))

q = rem_es("Buenos días, Elena Quintana:", "2026-070", "480,00 €", "20/12/2026", "Nayra Hernández", "ES12 3076 0012 3410 0559 8220")
msg(lang="es", kind="client-reply-promise", date=("2026-12-22 21:37:50", "Atlantic/Canary"),
    frm=("Elena Quintana", "elenaquintana.eventos@gmail.com"), to=NAY,
    subj="Re: Factura n.º 2026-070 - recordatorio", irt="<20261222090000.B7C8D9@mailduns.nayrafoto.es>",
    layout="text", cte="qp",
    text="""Hola Nayra! Perdona, se me pasó. Ya te la he dejado programada para el día 30 que es cuando cobro la nómina, mira:

Transferencia programada
Beneficiario: NAYRA HERNANDEZ
Importe: 480,00 €
Concepto: factura 2026-070 boda
Fecha de ejecución: 30/12/2026

Felices fiestas!!! 🎄

Enviado desde mi Android

El mar., 22 dic. 2026 9:00, Nayra Hernández <nayra@nayrafoto.es> escribió:

""" + quote_gt(q),
    labels=dict(amount="480.00", reference="2026-070", promised_date="2026-12-30",
                note="Client pastes a SCHEDULED transfer (execution 30/12/2026): a promise with a date."))

q = rem_es("Estimados señores:", "2026-071", "4.235,00 €", "31/12/2026", "Jordi Puig", "ES66 0081 0200 1100 0412 9981")
msg(lang="es", kind="client-reply-promise", date=("2027-01-11 12:04:37", "Europe/Madrid"),
    frm=("Cuentas a pagar - ITV SA", "cuentasapagar@itvalles.com"), to=JOR,
    subj="RE: Factura n.º 2026-071 - recordatorio", irt="<20270111080000.D4E5F6@mailduns.puigdisseny.cat>",
    layout="text", cte="qp",
    text="""Buenos días,

La factura 2026-071 ya está incluida en la remesa de confirming, con vencimiento el 25 de enero. Si quiere cobrarla antes puede anticiparla con Santander desde su web.

Atentamente,

Departamento de Cuentas a Pagar
INDUSTRIES TÈXTILS DEL VALLÈS, S.A.

De: Jordi Puig <jordi@puigdisseny.cat>
Enviado: lunes, 11 de enero de 2027 8:00
Para: cuentasapagar@itvalles.com
Asunto: Factura n.º 2026-071 - recordatorio

""" + q,
    labels=dict(reference="2026-071", promised_date="2027-01-25",
                note="AP says the invoice is in the confirming run due 25 January: a promise dated 2027-01-25."))

# =====================================================================================
# ENGLISH — money in
# =====================================================================================
msg(lang="en", kind="payment-notification", date=("2026-11-05 10:42:18", "Europe/London"),
    frm=("Barclays", "alerts@notifications.barclays.co.uk"), to=HAN,
    subj="You've received a payment", layout="alt", cte="qp",
    html=h_bank("Barclays", "#00aeef", "You've received a payment",
                "<p>Hello Hannah,</p><p>A payment has been credited to your Business Current Account ending 4471.</p>",
                [("Amount", "£1,250.00"), ("From", "ASHWORTH LTD"), ("Reference", "INV2026042"),
                 ("Payment type", "Faster Payment"), ("Date", "05 Nov 2026")],
                "<p>You can see all your transactions in the Barclays app.</p>",
                "Barclays Bank UK PLC. Registered in England. Registered No. 9740322. Please don't reply to this email – this mailbox isn't monitored."),
    labels=dict(amount="1250.00", currency="GBP", reference="INV-2026-042", note="Reference run together 'INV2026042' (no dashes)."))

msg(lang="en", kind="payment-notification", date=("2026-11-10 19:03:44", "Europe/London"),
    frm=("Monzo Business", "hello@monzo.com"), to=HAN,
    subj="You received £480.00 from Priya Nair", layout="html", cte="qp",
    html=h_app("Monzo Business", "#14233c", "+£480.00", "Priya Nair sent you money 🎉",
               [("Reference", "inv 2026 043"), ("Account", "Business account"), ("When", "10 Nov 2026, 19:03")],
               "", "Monzo Bank Limited is registered in England No. 09446231."),
    labels=dict(amount="480.00", currency="GBP", reference="INV-2026-043", note="Lower-case spaced reference 'inv 2026 043'."))

msg(lang="en", kind="payment-notification", date=("2026-11-14 08:17:29", "Europe/London"),
    frm=("Starling Bank", "notifications@starlingbank.com"), to=HAN,
    subj="Faster Payment received", layout="text", cte="7bit",
    text="""Hi Hannah,

You've received a Faster Payment into your Starling business account.

Amount: GBP 2,100.00
From: MERIDIAN EVENTS LIMITED
Reference: HANNAH CLARKE INV-
Date: 14/11/2026

References are shown as sent by the payer's bank and may be shortened to 18 characters.

Starling Bank Limited, 3rd Floor, 2 Finsbury Avenue, London EC2M 2PP.
""",
    labels=dict(amount="2100.00", currency="GBP",
                note="Reference cut at 18 characters exactly before the number ('HANNAH CLARKE INV-'): no reference."))

msg(lang="en", kind="payment-notification", date=("2026-11-19 11:26:03", "Europe/Dublin"),
    frm=("AIB", "alerts@aib.ie"), to=TOM,
    subj="AIB Lodgement Notification", layout="html", cte="qp",
    html=h_bank("AIB", "#7f2b7b", "Lodgement notification",
                "<p>Dear Customer,</p><p>A credit has been lodged to your account ending 5678.</p>",
                [("Amount", "€1,845.00"), ("Type", "SEPA Credit Transfer"), ("Remitter", "GALWAY HOOKER BREWING CO LTD"),
                 ("Narrative", "INV-2026-044 BYRNE"), ("Value date", "19/11/2026")],
                "", "Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland. This is an automated message."),
    labels=dict(amount="1845.00", reference="INV-2026-044", note="Irish 'lodgement' wording; euro amount with English separators."))

msg(lang="en", kind="payment-notification", date=("2026-11-23 14:55:31", "Europe/Dublin"),
    frm=("Bank of Ireland", "365online@boi.com"), to=TOM,
    subj="Credit received on your account", layout="text", cte="qp",
    text="""Bank of Ireland 365

A credit of EUR 615.00 has been received on your Business Current Account ending 2290.

Payer:      MCGRATH DENTAL PRACTICE
Reference:  2026045
Date:       23 NOV 2026

Log in to Business On Line or the app for details.

Bank of Ireland is regulated by the Central Bank of Ireland.
Please do not reply to this email.
""",
    labels=dict(amount="615.00", reference="INV-2026-045", note="Digits only '2026045', prefix dropped by the payer."))

msg(lang="en", kind="payment-notification", date=("2026-11-24 06:12:50", "America/Los_Angeles"),
    frm=("service@paypal.com", "service@paypal.com"), to=JAK,
    subj="You've got money", layout="alt", cte="qp",
    html=h_min("""<table width="560" style="font-family:Helvetica,Arial,sans-serif;color:#2c2e2f">
<tr><td style="font-size:22px;font-weight:bold">Cedar &amp; Pine Co. sent you $750.00 USD</td></tr>
<tr><td style="padding:12px 0">Hi Jake Morales,<br>You've received $750.00 USD from Cedar &amp; Pine Co.</td></tr>
<tr><td style="background:#f5f7fa;padding:12px"><b>Note from Cedar &amp; Pine Co.:</b><br>Invoice INV-2026-046 – thanks Jake!</td></tr>
<tr><td><table width="100%" style="font-size:14px;margin-top:14px">
<tr><td>Amount received</td><td align="right">$750.00 USD</td></tr>
<tr><td>Fee</td><td align="right">-$26.67 USD</td></tr>
<tr><td><b>Net amount</b></td><td align="right"><b>$723.33 USD</b></td></tr>
<tr><td>Transaction ID</td><td align="right">3GH55012XK4412046</td></tr></table></td></tr>
<tr><td style="font-size:11px;color:#6c7378;padding-top:18px">Please don't reply to this email. PayPal, Inc. 2211 North First Street, San Jose, CA 95131.</td></tr>
</table>""", font="Helvetica,Arial"),
    labels=dict(amount="750.00", currency="USD", reference="INV-2026-046", note="PayPal USD, fee and net shown."))

msg(lang="en", kind="payment-notification", date=("2026-11-26 17:40:12", "UTC"),
    frm=("Stripe", "notifications@stripe.com"), to=JAK,
    subj="Payment of $2,400.00 from Northwind Analytics Inc.", layout="alt", cte="qp",
    text="""Successful payment

You received a payment of $2,400.00 from Northwind Analytics Inc.

Amount:       $2,400.00
Stripe fee:   -$69.90
Net:          $2,330.10
Description:  Invoice INV-2026-047
Method:       ACH Direct Debit ••••6621

View payment: https://dashboard.stripe.com/payments/py_3QzN1kLk8dJv7Cz0

You're receiving this because you turned on email notifications for successful payments on Morales Dev LLC.
Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""",
    html=h_app("stripe", "#635bff", "$2,400.00", "Payment from <b>Northwind Analytics Inc.</b> succeeded",
               [("Stripe fee", "-$69.90"), ("Net", "$2,330.10"), ("Description", "Invoice INV-2026-047"),
                ("Method", "ACH Direct Debit ••••6621")], "", "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080"),
    labels=dict(amount="2400.00", currency="USD", reference="INV-2026-047", note="Stripe success after an earlier failed attempt (see the failure notice)."))

msg(lang="en", kind="payment-notification", date=("2026-11-27 09:31:26", "Europe/London"),
    frm=("Wise", "noreply@wise.com"), to=TOM,
    subj="You've received €1,200.00 EUR", layout="html", cte="b64",
    html=h_app("WISE", "#163300", "€1,200.00 EUR", "It's in your EUR balance.",
               [("From", "DELACROIX ARCHITECTES SARL"), ("Reference", "INV 2026 048"), ("Transfer ID", "#1288104467")],
               "", "Wise Europe SA, Rue du Trône 100, 1050 Brussels."),
    labels=dict(amount="1200.00", reference="INV-2026-048", note="French client, reference with spaces."))

msg(lang="en", kind="payment-notification", date=("2026-12-01 13:06:40", "Europe/Dublin"),
    frm=("Revolut Business", "no-reply@revolut.com"), to=TOM,
    subj="Money in: €640.00 from BRENNAN CONSULTING", layout="html", cte="b64",
    html=h_app("Revolut Business", "#191c1f", "+€640.00", "Money in from <b>BRENNAN CONSULTING</b>",
               [("Account", "EUR Main"), ("Reference", "inv2026049"), ("Status", "Completed")],
               "", "Revolut Bank UAB. Please do not reply to this email."),
    labels=dict(amount="640.00", reference="INV-2026-049", note="'inv2026049' lower case, run together. base64 HTML."))

msg(lang="en", kind="payment-notification", date=("2026-12-02 15:00:07", "Europe/London"),
    frm=("Harbourside Housing - Finance", "finance.noreply@harbourside-housing.org.uk"), to=HAN,
    subj="Remittance Advice - Harbourside Housing Association - Payment 0048813", layout="text", cte="qp",
    hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "Sage 200 Remittance Mailer"},
    text="""REMITTANCE ADVICE

Supplier:        CLARKE COPY (HANNAH CLARKE)
Supplier ref:    CLA004
Payment no:      0048813
Payment date:    02/12/2026
Payment method:  BACS

Your invoice     Date         Amount
INV-2026-050     31/10/2026   3,600.00

Total paid:                   £3,600.00

Funds should reach your account within 3 working days.

This email was sent automatically from our finance system. Please do not reply; queries to accounts.payable@harbourside-housing.org.uk quoting the payment number.
""",
    labels=dict(amount="3600.00", currency="GBP", reference="INV-2026-050",
                note="BACS remittance advice: payment made, funds arrive within 3 working days."))

msg(lang="en", kind="payment-notification", date=("2026-12-07 12:22:35", "America/Los_Angeles"),
    frm=("BILL", "notifications@hq.bill.com"), to=JAK,
    subj="Orion Media Group paid you $1,980.00", layout="alt", cte="qp",
    html=h_bank("BILL", "#ff5a1f", "You've been paid",
                "<p>Hi Jake,</p><p>Orion Media Group sent you an ePayment.</p>",
                [("Amount", "$1,980.00"), ("Invoice #", "INV-2026-051"), ("Payment method", "ACH (bank transfer)"),
                 ("Estimated arrival", "Dec 10, 2026"), ("Deposit to", "Checking ••••3302")],
                "<p>Questions about this payment? Contact Orion Media Group directly.</p>",
                "BILL, 6220 America Center Drive, San Jose, CA 95002."),
    labels=dict(amount="1980.00", currency="USD", reference="INV-2026-051",
                note="AP platform ePayment notice: sent, arrival estimated Dec 10. Compare with the 'scheduled' BILL notice (other)."))

msg(lang="en", kind="payment-notification", date=("2026-12-08 10:48:13", "America/New_York"),
    frm=("QuickBooks Payments", "quickbooks@notification.intuit.com"), to=JAK,
    subj="Payment received: $1,250.00 from Lakeside Dental Group", layout="html", cte="qp",
    html=h_bank("QuickBooks", "#2ca01c", "You got paid!",
                "<p>Lakeside Dental Group paid invoice INV-2026-052.</p>",
                [("Amount", "$1,250.00"), ("Payment method", "Bank transfer (ACH)"), ("Deposit expected", "Dec 10, 2026")],
                "", "Intuit Inc. You're receiving this email because you use QuickBooks Payments."),
    labels=dict(amount="1250.00", currency="USD", reference="INV-2026-052", note="Accounting-software payment notice for an online invoice payment."))

msg(lang="en", kind="payment-notification", date=("2026-12-09 09:15:47", "Europe/Dublin"),
    frm=("AIB", "alerts@aib.ie"), to=TOM,
    subj="AIB Lodgement Notification", layout="html", cte="qp",
    html=h_min("""<table border="0" cellpadding="5" style="font-family:Arial;font-size:13px">
<tr><td colspan="2" style="color:#7f2b7b;font-size:18px"><b>AIB</b></td></tr>
<tr><td colspan="2">Dear Customer, the following credit has been lodged to your account ending 5678.</td></tr>
<tr><td>Amount</td><td><b>EUR 2,460.00</b></td></tr>
<tr><td>Remitter</td><td>CORRIB OUTDOOR ADVENTURES</td></tr>
<tr><td>Narrative</td><td>INV-2026-053 &amp; 054</td></tr>
<tr><td>Date</td><td>09/12/2026</td></tr>
</table>"""),
    labels=dict(amount="2460.00", reference="INV-2026-053", note="Two invoices in one narrative, the second abbreviated to '054'."))

msg(lang="en", kind="payment-notification", date=("2026-12-11 16:41:09", "Europe/London"),
    frm=("Monzo Business", "hello@monzo.com"), to=HAN,
    subj="You received £500.00 from THORNBURY VETS", layout="html", cte="qp",
    html=h_app("Monzo Business", "#14233c", "+£500.00", "THORNBURY VETS sent you money",
               [("Reference", "PART PAYMT INV-2026-055"), ("When", "11 Dec 2026, 16:41")], "",
               "Monzo Bank Limited."),
    labels=dict(amount="500.00", currency="GBP", reference="INV-2026-055", note="Partial payment flagged in the reference."))

msg(lang="en", kind="payment-notification", date=("2026-12-14 10:05:56", "Europe/Dublin"),
    frm=("Bank of Ireland", "365online@boi.com"), to=TOM,
    subj="International payment received", layout="text", cte="qp",
    text="""Bank of Ireland - International Payment Received

Beneficiary account:   ****2290
Ordering customer:     TALL TREES SOFTWARE INC, AUSTIN TX US
Original amount:       USD 1,500.00
Exchange rate:         1.08757
Converted amount:      EUR 1,379.21
Charges:               EUR 10.00
Amount credited:       EUR 1,369.21
Value date:            14/12/2026
Remittance info:       INVOICE INV-2026-056

Please do not reply to this email.
""",
    labels=dict(amount="1369.21", reference="INV-2026-056",
                note="USD converted to EUR and net of EUR 10 charges: EUR 1,369.21 credited (the amount label is what arrived)."))

msg(lang="en", kind="payment-notification", date=("2026-12-15 14:30:22", "UTC"),
    frm=("Stripe", "notifications@stripe.com"), to=HAN,
    subj="Payment of £600.00 from Wren & Co Solicitors", layout="html", cte="qp",
    html=h_app("stripe", "#635bff", "£600.00", "Payment from <b>Wren &amp; Co Solicitors</b> succeeded",
               [("Stripe fee", "-£9.20"), ("Net", "£590.80"), ("Description", "INV-2026-057 web copy"),
                ("Method", "Bacs Direct Debit")], "", "Stripe Payments UK, Ltd."),
    labels=dict(amount="600.00", currency="GBP", reference="INV-2026-057", note="Stripe GBP, fee/net shown."))

msg(lang="en", kind="payment-notification", date=("2026-12-16 11:52:38", "America/New_York"),
    frm=("Chase", "no.reply.alerts@chase.com"), to=JAK,
    subj="You received money with Zelle®", layout="html", cte="qp",
    html=h_bank("CHASE", "#117aca", "You received money with Zelle®",
                "<p>JOHN SMITH sent you money.</p>",
                [("Amount", "$1,100.00"), ("Memo", "inv 2026-058"), ("Sent on", "Dec 16, 2026"),
                 ("Deposited to", "CHASE BUSINESS COMPLETE CHK (...8812)"), ("Transaction number", "25416831207")],
                "", "JPMorgan Chase Bank, N.A. Member FDIC. This message was sent automatically; please don't reply."),
    labels=dict(amount="1100.00", currency="USD", reference="INV-2026-058", note="Zelle memo 'inv 2026-058'."))

msg(lang="en", kind="payment-notification", date=("2026-12-17 09:03:11", "Europe/London"),
    frm=("HSBC UK", "hsbc@notification.hsbc.co.uk"), to=HAN,
    subj="Payment received into your account", layout="html", cte="qp",
    html=h_bank("HSBC UK", "#db0011", "Payment received",
                "<p>Dear Ms Clarke,</p><p>We've received a payment into your business account ending 8820.</p>",
                [("Amount", "£4,320.00"), ("From", "NORTHERN LIGHTS FESTIVAL CIC"), ("Reference", "CLARKE INV-2026-059")],
                "", "HSBC UK Bank plc. Registered in England and Wales No. 9928412."),
    labels=dict(amount="4320.00", currency="GBP", reference="INV-2026-059", note="Surname before the number in the reference."))

msg(lang="en", kind="payment-notification", date=("2026-12-18 20:44:50", "America/New_York"),
    frm=("Payoneer", "customerservice@payoneer.com"), to=JAK,
    subj="You've received a payment from Brightline LLC", layout="html", cte="qp",
    html=h_bank("Payoneer", "#ff4800", "Payment received",
                "<p>Hi Jake,</p><p>Good news! Brightline LLC has sent you a payment.</p>",
                [("Amount", "USD 900.00"), ("Description", "INV-2026-060"), ("Date", "December 18, 2026")],
                "<p>The funds are now available in your USD balance.</p>", "Payoneer Inc."),
    labels=dict(amount="900.00", currency="USD", reference="INV-2026-060", note="Currency code before the amount."))

msg(lang="en", kind="payment-notification", date=("2026-12-19 12:10:03", "Europe/London"),
    frm=("Tide", "hello@tide.co"), to=HAN,
    subj="Money in: £75.00", layout="text", cte="qp",
    text="""Hi Hannah,

£75.00 just landed in your Tide account.

From: J ROWLANDS
Reference: Sorted thanks

Tide is a brand of Tide Platform Ltd.
""",
    labels=dict(amount="75.00", currency="GBP", note="Reference 'Sorted thanks': no invoice number."))

msg(lang="en", kind="payment-notification", date=("2027-01-12 10:27:44", "Europe/London"),
    frm=("Starling Bank", "notifications@starlingbank.com"), to=HAN,
    subj="You've been paid £1,050.00", layout="html", cte="b64",
    html=h_app("Starling Bank", "#6935d3", "£1,050.00", "SHAW &amp; DAUGHTERS paid you",
               [("Reference", "INVOICE 61"), ("Date", "12 Jan 2027")], "", "Starling Bank Limited."),
    labels=dict(amount="1050.00", currency="GBP", note="'INVOICE 61' without year in January 2027: reference left out."))

msg(lang="en", kind="payment-notification", date=("2027-01-15 08:01:36", "Europe/London"),
    frm=("Coupa Supplier Portal", "do_not_reply@coupahost.com"), to=HAN,
    subj="Payment Remittance Notification from Whitlock Retail Group plc", layout="alt", cte="qp",
    html=h_bank("coupa", "#0c5fb7", "Payment Remittance",
                "<p>Whitlock Retail Group plc has made a payment to CLARKE COPY.</p>",
                [("Invoice Number", "INV-2026-062"), ("Invoice Amount", "£2,000.00"),
                 ("Early settlement discount (1%)", "-£20.00"), ("Payment Amount", "£1,980.00"),
                 ("Payment Date", "15/01/2027"), ("Payment Method", "Faster Payment")],
                "<p>View this remittance in the Coupa Supplier Portal.</p>",
                "Powered by Coupa. Please do not reply to this email."),
    labels=dict(amount="1980.00", currency="GBP", reference="INV-2026-062",
                note="Remittance with an early-settlement deduction: the amount paid is 1,980 of 2,000. A machine notice, not a human dispute."))

msg(lang="en", kind="payment-notification", date=("2027-01-20 07:45:12", "Europe/London"),
    frm=("GoCardless", "help@gocardless.com"), to=HAN,
    subj="You've received a payment from Fenwick Yoga Studio", layout="html", cte="qp",
    html=h_app("GoCardless", "#1c1b18", "£150.00", "Collected by Direct Debit from <b>Fenwick Yoga Studio</b>",
               [("Description", "Monthly copy retainer - January"), ("Charge date", "20 January 2027"),
                ("Payout", "Will be included in your next payout")], "", "GoCardless Ltd."),
    labels=dict(amount="150.00", currency="GBP", note="The OWNER collects by direct debit: money in (unlike a direct debit taken from her)."))

msg(lang="en", kind="payment-notification", date=("2027-01-27 13:33:08", "America/Los_Angeles"),
    frm=("service@paypal.com", "service@paypal.com"), to=JAK,
    subj="Invoice INV-2026-063 has been paid", layout="html", cte="qp",
    html=h_min("""<p style="font-size:20px"><b>You've received $520.00 USD</b></p>
<p>Maple Street Bakery paid your invoice <b>INV-2026-063</b>.</p>
<table style="font-size:14px"><tr><td>Amount</td><td>$520.00 USD</td></tr>
<tr><td>Fee</td><td>-$18.64 USD</td></tr><tr><td>Net</td><td>$501.36 USD</td></tr></table>
<p style="font-size:11px;color:#6c7378">PayPal, Inc.</p>""", font="Helvetica,Arial"),
    labels=dict(amount="520.00", currency="USD", reference="INV-2026-063", note="PayPal invoice paid."))

msg(lang="en", kind="payment-notification", date=("2027-01-22 16:12:59", "America/New_York"),
    frm=("Chase", "no.reply.alerts@chase.com"), to=JAK,
    subj="Your ACH credit has posted", layout="text", cte="7bit",
    text="""Chase Alert

An ACH credit of $3,200.00 posted to your account ending in 8812 on 01/22/2027.

Description: KESTREL LABS PAYABLES INV2026064 PPD ID: 1842277310

To view account activity, sign in to chase.com.

Please don't reply to this automatically generated service email.
""",
    labels=dict(amount="3200.00", currency="USD", reference="INV-2026-064",
                note="ACH description with the invoice number glued 'INV2026064' between payer name and PPD ID."))

msg(lang="en", kind="payment-notification", date=("2027-02-05 18:20:41", "Europe/Dublin"),
    frm=("PTSB", "alerts@ptsb.ie"), to=TOM,
    subj="Instant payment received", layout="html", cte="b64",
    html=h_bank("PTSB", "#3f1a6b", "Instant payment received",
                "<p>Hi Tom,</p><p>You've received an instant SEPA payment.</p>",
                [("Amount", "€330.00"), ("From", "SIOBHAN KEANE"), ("Reference", "Byrne Design logo Jan"),
                 ("Date", "05/02/2027 18:20")], "", "Permanent TSB p.l.c."),
    labels=dict(amount="330.00", note="SCT Inst from a private client, reference without invoice number."))

# ---------------------------------------------------------------- look-alikes (other)
msg(lang="en", kind="other", date=("2026-11-30 09:14:27", "Europe/London"),
    frm=("Monzo Business", "hello@monzo.com"), to=HAN,
    subj="You sent £1,250.00 to HMRC", layout="html", cte="qp",
    html=h_app("Monzo Business", "#14233c", "-£1,250.00", "Payment to <b>HMRC SELF ASSESSMENT</b>",
               [("Reference", "3381702259K"), ("When", "30 Nov 2026, 09:14")], "", "Monzo Bank Limited."),
    labels=dict(note="Outgoing tax payment, same amount as a recent incoming one."))

msg(lang="en", kind="other", date=("2026-12-01 06:03:00", "Europe/London"),
    frm=("Starling Bank", "notifications@starlingbank.com"), to=HAN,
    subj="Direct Debit paid: ADOBE SYSTEMS", layout="text", cte="qp",
    text="""Hi Hannah,

A Direct Debit of £56.98 to ADOBE SYSTEMS SOFTWARE IRELAND was paid from your business account today.

Reference: ADOBE-CC-0048817

Starling Bank Limited.
""",
    labels=dict(note="Direct debit taken from the owner: money out."))

msg(lang="en", kind="other", date=("2026-12-04 13:22:18", "Europe/Dublin"),
    frm=("AIB", "alerts@aib.ie"), to=TOM,
    subj="AIB Card Transaction Alert", layout="text", cte="qp",
    text="""AIB: A card transaction of EUR 23.50 was made at CENTRA GALWAY on your Debit card ending 0192 on 04/12/2026. Not you? Call 0818 724 724.
""",
    labels=dict(note="Card spend alert."))

msg(lang="en", kind="other", date=("2026-12-10 11:40:00", "Europe/Dublin"),
    frm=("Bank of Ireland", "365online@boi.com"), to=TOM,
    subj="Payment returned", layout="html", cte="qp",
    html=h_bank("Bank of Ireland", "#0000a0", "Your payment has been returned",
                "<p>The payment you made on 08/12/2026 could not be completed and the funds have been returned to your account.</p>",
                [("Payee", "J WALSH PRINTING"), ("Amount", "€410.00"), ("Reason", "Beneficiary account closed"),
                 ("Your reference", "Print job 1182")], "", "Bank of Ireland."),
    labels=dict(note="The owner's own outgoing payment bounced back: not a client paying."))

msg(lang="en", kind="other", date=("2027-01-14 09:05:22", "America/Los_Angeles"),
    frm=("BILL", "notifications@hq.bill.com"), to=JAK,
    subj="Kestrel Labs scheduled a payment to you", layout="alt", cte="qp",
    html=h_bank("BILL", "#ff5a1f", "A payment is scheduled",
                "<p>Hi Jake,</p><p>Kestrel Labs has scheduled a payment to you.</p>",
                [("Amount", "$3,200.00"), ("Invoice #", "INV-2026-064"), ("Scheduled send date", "Jan 20, 2027"),
                 ("Payment method", "ACH")],
                "<p>We'll email you again when the payment has been sent.</p>", "BILL."),
    labels=dict(note="Payment only SCHEDULED by the client's AP platform (send date Jan 20): not money in yet. A machine notice, so not a client promise either."))

msg(lang="en", kind="other", date=("2026-11-16 21:09:42", "Pacific/Auckland"),
    frm=("Xero", "messaging-service@post.xero.com"), to=TOM,
    subj="Invoice INV-2026-044 has been viewed", layout="html", cte="qp",
    html=h_min("""<p>Hi Tom,</p>
<p><b>Galway Hooker Brewing Co Ltd</b> viewed invoice <b>INV-2026-044</b> for €1,845.00 online.</p>
<p>Amount due: €1,845.00 &nbsp;|&nbsp; Due date: 30 Nov 2026</p>
<p><a href="https://go.xero.com">View in Xero</a></p>
<p style="color:#999;font-size:11px">Xero Limited</p>""", font="Helvetica,Arial"),
    labels=dict(note="Invoice viewed notification (sent from a NZ server time zone); says amount due."))

msg(lang="en", kind="other", date=("2026-12-20 09:00:00", "Europe/London"),
    frm=("FreeAgent", "noreply@freeagent.com"), to=HAN,
    subj="Payment reminder sent for INV-2026-055", layout="text", cte="qp",
    text="""Hi Hannah,

We've sent an automatic payment reminder to Thornbury Vets for invoice INV-2026-055.

Invoice total: £1,100.00
Paid so far: £500.00
Amount due: £600.00
Due date: 15 December 2026

You can change your reminder settings at any time under Settings > Invoice reminders.

The FreeAgent team
""",
    labels=dict(note="Software reminder sent on the owner's behalf; mentions a past part payment but reports no new money."))

msg(lang="en", kind="other", date=("2026-12-02 12:33:05", "Europe/Brussels"),
    frm=("Peppol Access Point - Storecove", "noreply@storecove.com"), to=TOM,
    subj="Delivered: INV-2026-065 to Peppol participant 0088:5391234567896", layout="text", cte="qp",
    text="""Your document has been delivered.

Document type:   Invoice (Peppol BIS Billing 3.0)
Document number: INV-2026-065
Receiver:        HSE Procurement (0088:5391234567896)
Amount:          EUR 2,952.00
Transmission ID: 7f3a1c20-9d44-4b77-8e21-02c31c9a0f88
Delivered at:    2026-12-02 12:33:01 CET

This is an automated message from your Peppol access point.
""",
    labels=dict(note="Peppol delivery receipt for an invoice: e-invoicing, not payment."))

msg(lang="en", kind="other", date=("2026-11-25 22:18:51", "UTC"),
    frm=("Stripe", "notifications@stripe.com"), to=JAK,
    subj="Payment of $2,400.00 from Northwind Analytics Inc. failed", layout="html", cte="qp",
    html=h_min("""<p><b>A payment failed</b></p>
<p>The payment of <b>$2,400.00</b> from Northwind Analytics Inc. for Invoice INV-2026-047 failed.</p>
<p>Reason: Insufficient funds (R01)</p>
<p>Stripe will retry automatically in 1 day.</p>
<p style="color:#888;font-size:11px">Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080</p>""", font="Helvetica,Arial"),
    labels=dict(note="Failed payment attempt: no money in."))

msg(lang="en", kind="other", date=("2026-11-16 10:00:00", "Europe/London"),
    frm=("Monzo Business", "news@monzo.com"), to=HAN,
    subj="Get paid faster with invoices in Monzo Business Pro", layout="html", cte="qp",
    hdr={"List-Unsubscribe": "<https://monzo.com/unsubscribe?e=h4c1>", "Precedence": "bulk"},
    html=h_app("Monzo Business", "#14233c", "Get paid faster", "Send invoices from the app and we'll match payments automatically.",
               [("Example", "You received £480.00 — invoice marked paid ✅")],
               "<p><a href='https://monzo.com/business'>Upgrade to Pro</a></p>",
               "You're receiving this because you opted in to marketing emails. Unsubscribe."),
    labels=dict(note="Marketing that mocks up a payment-received line."))

msg(lang="en", kind="other", date=("2026-12-12 02:10:09", "America/Los_Angeles"),
    frm=("service@paypal.com", "service@paypal.com"), to=JAK,
    subj="Receipt for your payment to Figma, Inc.", layout="html", cte="qp",
    html=h_min("""<p style="font-size:20px"><b>You sent $45.00 USD to Figma, Inc.</b></p>
<p>Description: Figma Professional – monthly</p>
<p>Transaction ID: 8UD12092WK7713318</p>
<p style="font-size:11px;color:#6c7378">PayPal, Inc.</p>""", font="Helvetica,Arial"),
    labels=dict(note="Outgoing PayPal payment."))

msg(lang="en", kind="other", date=("2027-01-05 16:44:30", "UTC"),
    frm=("Stripe", "notifications@stripe.com"), to=JAK,
    subj="Refund of $120.00 to Maple Street Bakery", layout="html", cte="qp",
    html=h_min("""<p>You refunded <b>$120.00</b> to Maple Street Bakery.</p>
<p>Original payment: $640.00 – Invoice INV-2026-041</p>
<p>The refund will appear on the customer's statement in 5–10 business days.</p>
<p style="color:#888;font-size:11px">Stripe</p>""", font="Helvetica,Arial"),
    labels=dict(note="Refund issued BY the owner: money out."))

msg(lang="en", kind="other", date=("2026-12-22 11:20:17", "Europe/London"),
    frm=("Wise", "noreply@wise.com"), to=TOM,
    subj="Your money's on its way to Revenue Commissioners", layout="html", cte="qp",
    html=h_app("WISE", "#163300", "€2,118.00", "is on its way to <b>Revenue Commissioners</b>",
               [("Reference", "VAT 3 NOV-DEC 2026"), ("Should arrive", "Today")], "", "Wise Europe SA."),
    labels=dict(note="Outgoing tax payment from the owner's Wise account."))

msg(lang="en", kind="other", date=("2027-01-18 08:00:00", "Europe/Dublin"),
    frm=("Revenue - ROS", "ros-noreply@revenue.ie"), to=TOM,
    subj="New item in your ROS Inbox", layout="text", cte="qp",
    text="""Dear Customer,

A new item has been placed in your ROS Inbox.

Please log in to ROS at www.ros.ie to view it.

Revenue will never ask you to provide bank details or personal information by email.

Office of the Revenue Commissioners
""",
    labels=dict(note="Tax authority inbox notice: no money."))

msg(lang="en", kind="other", date=("2027-02-10 10:00:00", "Pacific/Auckland"),
    frm=("Xero", "news@xero.com"), to=TOM,
    subj="5 ways to get your invoices paid on time in 2027", layout="html", cte="qp",
    hdr={"List-Unsubscribe": "<https://www.xero.com/unsubscribe>", "Precedence": "bulk"},
    html=h_min("""<h2>Get paid faster this year</h2>
<ol><li>Add a Pay now button to every invoice</li><li>Turn on automatic reminders</li>
<li>Offer direct debit</li><li>Invoice on completion, not at month-end</li><li>Check who's viewed their invoice</li></ol>
<p>Xero customers with online payments get paid up to twice as fast.</p>
<p style="font-size:11px;color:#999">You received this email because you subscribed to Xero news. Unsubscribe.</p>""", font="Helvetica,Arial"),
    labels=dict(note="Newsletter about getting paid."))

msg(lang="en", kind="other", date=("2027-02-16 14:31:12", "America/New_York"),
    frm=("Chase", "no.reply.alerts@chase.com"), to=JAK,
    subj="Your Zelle® request was declined", layout="text", cte="qp",
    text="""Chase Alert

Your request for $275.00 from DANIEL OKAFOR was declined.

Memo: INV-2027-006
Requested on: 02/14/2027

Please don't reply to this automatically generated service email.
""",
    labels=dict(note="The client declined the owner's Zelle money request: nothing received. Machine notice, not the client's own words."))

# ---------------------------------------------------------------- clients forwarding proof
UK_IBAN, UK_BIC = "GB29 NWBK 6016 1331 9268 19", "NWBKGB2L"
q = rem_en("Dear Accounts Team,", "INV-2026-066", "£840.00", "18 December 2026", "Hannah Clarke", UK_IBAN, UK_BIC)
msg(lang="en", kind="client-reply-paid", date=("2026-12-23 15:48:02", "Europe/London"),
    frm=("Gareth Pryce", "gareth@pryceandpartners.co.uk"), to=HAN,
    subj="Re: Invoice INV-2026-066 - reminder", irt="<20261223090000.E1F2A3@mailduns.clarkecopy.co.uk>",
    layout="text", cte="qp",
    text="""Hi Hannah, here you go - apologies, it got stuck waiting for my sign-off.

Begin forwarded message:

> From: NatWest <noreply@natwest.com>
> Subject: Payment confirmation
> Date: 23 December 2026 at 15:40:11 GMT
>
> You've made a payment of £840.00 to HANNAH CLARKE
> Reference: INV-2026-066
> Sort code 60-16-13 Account ****9268
> It should arrive within 2 hours.

Merry Christmas!
Gareth

Sent from my iPhone

> On 23 Dec 2026, at 09:00, Hannah Clarke <hannah@clarkecopy.co.uk> wrote:
>
""" + quote_gt(q),
    labels=dict(amount="840.00", currency="GBP", reference="INV-2026-066",
                note="'here you go' + forwarded payer bank confirmation: paid."))

IE_IBAN, IE_BIC = "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D"
q = rem_en("Dear Accounts Team,", "INV-2026-067", "€1,476.00", "31 December 2026", "Tom Byrne", IE_IBAN, IE_BIC)
msg(lang="en", kind="client-reply-promise", date=("2027-01-08 11:14:39", "Europe/Dublin"),
    frm=("Accounts Payable - Atlantic Seafoods", "ap@atlanticseafoods.ie"), to=TOM,
    subj="RE: Invoice INV-2026-067 - reminder", irt="<20270108083000.F0E1D2@mailduns.byrnedesign.ie>",
    layout="html", cte="qp",
    html=h_outlook(p("Hi Tom,") + p("&nbsp;") +
                   p("Your invoice is approved and scheduled for our payment run on the 15th – confirmation from the bank portal below.") +
                   p("&nbsp;") +
                   '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">'
                   "<tr><td>Status</td><td>SCHEDULED</td></tr><tr><td>Beneficiary</td><td>TOM BYRNE</td></tr>"
                   "<tr><td>Amount</td><td>EUR 1,476.00</td></tr><tr><td>Execution date</td><td>15/01/2027</td></tr>"
                   "<tr><td>Reference</td><td>INV-2026-067</td></tr></table>" + p("&nbsp;") +
                   p("Kind regards,") + p("<b>Orla Fitzgerald</b><br>Accounts Payable | Atlantic Seafoods Ltd<br>Rossaveal, Co. Galway") +
                   p("&nbsp;") +
                   '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
                   p("<b>From:</b> Tom Byrne &lt;tom@byrnedesign.ie&gt;<br><b>Sent:</b> Friday, January 8, 2027 8:30 AM<br>"
                     "<b>To:</b> ap@atlanticseafoods.ie<br><b>Subject:</b> Invoice INV-2026-067 - reminder") + "</div>" +
                   p("&nbsp;") + "".join(p(htmlmod.escape(x) if x else "&nbsp;") for x in q.splitlines())),
    labels=dict(amount="1476.00", reference="INV-2026-067", promised_date="2027-01-15",
                note="'scheduled for our payment run on the 15th' with a SCHEDULED bank-portal table: promise."))

q_jak = """Hello,

According to my records, invoice INV-2026-068 for $3,000.00, due on January 15, 2027, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.

If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.

Payment details:
- Pay online: https://pay.moralesdev.com/inv/INV-2026-068

Kind regards,
Jake Morales
"""
msg(lang="en", kind="client-reply-dispute", date=("2027-01-21 17:26:45", "America/Chicago"),
    frm=("Dana Whitfield", "dana.whitfield@prairiegoods.com"), to=JAK, cc=[("AP", "ap@prairiegoods.com")],
    subj="RE: Invoice INV-2026-068 - reminder", irt="<20270121140000.AB12CD@mailduns.moralesdev.com>",
    layout="text", cte="qp",
    text="""Jake,

AP released $1,500.00 against INV-2026-068 this morning - remittance copied below. I asked them to hold the other half: the checkout integration still double-charges on mobile and the admin export you quoted in the SOW isn't there. Once both are fixed and I've signed off, we'll release the balance.

---------- Remittance ----------
Prairie Goods Co. - Payment Advice #77120
Vendor: MORALES DEV LLC
INV-2026-068   Invoice amt 3,000.00   Paid 1,500.00
Method: ACH   Date: 01/21/2027
--------------------------------

Dana Whitfield
Director of E-commerce | Prairie Goods Co.

From: Jake Morales <jake@moralesdev.com>
Sent: Thursday, January 21, 2027 1:00 PM
To: Dana Whitfield <dana.whitfield@prairiegoods.com>
Subject: Invoice INV-2026-068 - reminder

""" + q_jak,
    labels=dict(amount="1500.00", currency="USD", reference="INV-2026-068",
                note="Half paid (remittance included) and the other half withheld until defects are fixed: partial payment + dispute = dispute."))

q = rem_en("Dear Accounts Team,", "INV-2026-069", "£360.00", "20 January 2027", "Hannah Clarke", UK_IBAN, UK_BIC)
msg(lang="en", kind="client-reply-paid", date=("2027-01-25 12:03:20", "Europe/London"),
    frm=("Bea @ Little Fern", "bea@littlefernflorist.co.uk"), to=HAN,
    subj="Re: Invoice INV-2026-069 - reminder", irt="<20270125090000.77AA11@mailduns.clarkecopy.co.uk>",
    layout="alt", cte="qp",
    text="""sent it just now 👍 screenshot attached x

On Mon, 25 Jan 2027 at 09:00, Hannah Clarke <hannah@clarkecopy.co.uk> wrote:

""" + quote_gt(q),
    html=h_min("<div dir='ltr'>sent it just now 👍 screenshot attached x</div><br><div class='gmail_quote'>"
               "<div class='gmail_attr'>On Mon, 25 Jan 2027 at 09:00, Hannah Clarke &lt;hannah@clarkecopy.co.uk&gt; wrote:<br></div>"
               "<blockquote class='gmail_quote' style='margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex'>"
               + htmlmod.escape(q).replace("\n", "<br>") + "</blockquote></div>", font="Arial", size="small"),
    att=[("image/png", "IMG_4471.PNG", fake_png())],
    labels=dict(note="One-liner with emoji and a screenshot PNG: paid, no amount or number in her text."))


# =====================================================================================
# write
# =====================================================================================
KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}
FIELDS = ["amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent", "note"]


def main():
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    out = ["# Round 9 — machine notices about money in, and look-alikes (it/es/en).",
           "# Generated by make.py; see the note of each message for what is tricky.", ""]
    for i, m in enumerate(M, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        assert m["kind"] in KINDS, m["kind"]
        (HERE / name).write_bytes(build(i, m))
        lab = m.get("labels", {})
        out.append(f'[files."{name}"]')
        out.append(f'kind = "{m["kind"]}"')
        out.append(f'language = "{m["lang"]}"')
        out.append('split = "dev"')
        for k in FIELDS:
            if k in lab:
                v = lab[k]
                out.append(f"{k} = " + ("true" if v is True else "false" if v is False else toml_str(v)))
        out.append("")
    (HERE / "labels.toml").write_text("\n".join(out), encoding="utf-8")
    check()


def check():
    import tomllib
    from collections import Counter
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    files = sorted(HERE.glob(f"{PREFIX}-*.eml"))
    assert len(files) == len(labels) == len(M)
    lo = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
    hi = dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc)
    for f in files:
        m = email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (f.name, h)
        d = m["Date"].datetime
        assert lo <= d < hi, (f.name, d)
        body = m.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), f.name
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        lab = labels[f.name]
        for k in ("promised_date", "return_date"):
            if k in lab:
                dt.date.fromisoformat(lab[k])
        if "amount" in lab:
            assert re.fullmatch(r"\d+\.\d\d", lab["amount"]), (f.name, lab["amount"])
    c = Counter(v["kind"] for v in labels.values())
    lg = Counter(v["language"] for v in labels.values())
    print(f"{len(files)} messages OK")
    for k, n in sorted(c.items()):
        print(f"  {k:24s} {n}")
    print("  languages:", dict(lg))


if __name__ == "__main__":
    main()
