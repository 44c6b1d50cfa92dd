#!/usr/bin/env python3
"""round18-it: 80 Italian messages that come back to a freelancer after an invoice.

Writes r18i-0001.eml ... r18i-0080.eml and labels.toml next to this script, then re-parses
every file with the standard library and checks each label against the message.
Standard library only. Every message text below is written by hand, one by one; the helpers
only build MIME structure, quote the freelancer's mailduns letters (templates/it/*.txt.j2)
the way each mail client does, and format dates and amounts.
"""
from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import html as htmlmod
import re
import struct
import sys
import zlib
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r18i"
N = 80

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
UTC = timezone.utc
PST = timezone(timedelta(hours=-8))


def when(y, mo, d, h, mi, s=0, tz=None):
    """A datetime in Italian time: CET, or CEST from 28 March 2027 (DST starts that Sunday)."""
    if tz is None:
        tz = CEST if (y, mo, d) >= (2027, 3, 28) else CET
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


# ---------------------------------------------------------------------------- Italian formats
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
GG = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]
MES = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


def it_date(d: date) -> str:
    """'2 dicembre 2026', '1° dicembre 2026' (as mailduns writes dates)."""
    day = "1°" if d.day == 1 else str(d.day)
    return f"{day} {MESI[d.month - 1]} {d.year}"


def art(text: str, prep: str = "il") -> str:
    """Article before a date, with the elision mailduns uses: 'il 2 …', "l'8 …", "dall'11 …"."""
    eliding = {"il": "l'", "dal": "dall'", "al": "all'", "del": "dell'"}
    head, _, last = prep.rpartition(" ")
    if re.match(r"^(?:8|11)(?!\d)", text) and last in eliding:
        return (head + " " if head else "") + eliding[last] + text
    return f"{prep} {text}"


def eur(x) -> str:
    """Decimal -> '1.220,00 €' (Italian CLDR currency format, ordinary spaces)."""
    q = Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole, frac = f"{q:.2f}".split(".")
    neg = whole.startswith("-")
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ("-" if neg else "") + ".".join(groups) + "," + frac + " €"


# ---------------------------------------------------------------------------- the freelancers
OWNERS = {
    "CB": dict(name="Chiara Benedetti", email="chiara@benedettidesign.it", iban="IT32 N030 6902 4800 0010 0042 718",
               domain="benedettidesign.it"),
    "MF": dict(name="Marco Ferri", email="marco@ferriweb.it", iban="IT58 R030 1503 2000 0000 3456 789",
               domain="ferriweb.it"),
    "ER": dict(name="Elena Russo", email="elena@russotraduzioni.it", iban="IT07 F076 0103 4000 0001 2345 678",
               domain="russotraduzioni.it"),
    "DL": dict(name="Davide Lombardi", email="davide@lombardifoto.it", iban="IT91 B020 0811 7700 0104 5678 901",
               domain="lombardifoto.it"),
    "SG": dict(name="Sara Galli", email="sara@saragalli.it", iban="IT64 Y053 8701 6010 0000 0123 987",
               domain="saragalli.it"),
}


def addr(o: dict) -> str:
    return f"{o['name']} <{o['email']}>"


# ---------------------------------------------------------------------------- mailduns letters
def _salutation(c: dict) -> str:
    if c.get("salutation"):
        return c["salutation"]
    if c.get("kind") == "company" and c.get("name"):
        return f"Spett.le {c['name']},"
    if c.get("kind") == "person" and c.get("name"):
        return f"Gentile {c['name']},"
    return "Buongiorno,"


def _payment(o: dict, number: str) -> str:
    return ("Per il pagamento:\n"
            f"- beneficiario: {o['name']}\n"
            f"- IBAN: {o['iban']}\n"
            f"- causale: Fattura n. {number}")


RATE = Decimal("10.15")


def _fees(inv: dict, sent: date) -> str:
    """The D.Lgs. 231/2002 paragraph and fee lines (core/fees.py wording)."""
    amount = Decimal(inv["amount"])
    days = (sent - inv["due"]).days
    interest = (amount * RATE / 100 * days / 365).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    total = amount + interest + Decimal(40)
    return ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
            "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
            "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
            "percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di "
            "risarcimento dei costi di recupero (art. 6).\n\n"
            "Ad oggi l'importo dovuto è il seguente:\n"
            f"- Fattura n. {inv['number']}: {eur(amount)}\n"
            f"- Interessi moratori: {eur(amount)} × 10,15% × {days}/365 = {eur(interest)}\n"
            "- Risarcimento forfettario dei costi di recupero: 40,00 €\n"
            f"- Totale dovuto: {eur(total)}\n\n")


def letter(step: str, o: dict, c: dict, inv: dict, sent: date, **kw) -> str:
    """The text of a mailduns letter (templates/it/<step>.txt.j2) as the client received it."""
    n = inv["number"]
    amt = f" di {eur(inv['amount'])}" if inv.get("amount") is not None else ""
    due = it_date(inv["due"])
    sal = _salutation(c)
    pay = _payment(o, n)
    sign = f"Cordiali saluti,\n{o['name']}"
    fees = _fees(inv, sent) if kw.get("fees") else ""
    if step == "courtesy":
        issued = f", emessa {art(it_date(inv['issue']))}," if inv.get("issue") else ""
        return (f"{sal}\n\nun breve promemoria: la fattura n. {n}{amt}{issued} è in scadenza {art(due)}.\n\n"
                "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo "
                f"messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\n{sign}")
    if step == "due":
        late = (sent - inv["due"]).days
        if late > 0:
            first = (f"un promemoria: la fattura n. {n}{amt} è scaduta {art(due)}. Se il pagamento non è ancora "
                     "stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
        elif late == 0:
            first = f"un promemoria: la fattura n. {n}{amt} è in scadenza oggi, {due}."
        else:
            first = f"un promemoria: la fattura n. {n}{amt} è in scadenza {art(due)}."
        return (f"{sal}\n\n{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere "
                f"conto di questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email."
                f"\n\n{sign}")
    if step == "reminder":
        return (f"{sal}\n\nda un controllo la fattura n. {n}{amt}, scaduta {art(due)}, risulta ancora da saldare. "
                "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena "
                f"possibile.\n\n{fees}Se il pagamento è già stato effettuato, basta rispondere indicando la data "
                "del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il "
                "disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta "
                f"rispondere a questa email.\n\n{pay}\n\n{sign}")
    if step == "late_fee":
        late = (sent - inv["due"]).days
        gone = f": sono trascorsi {late} giorni dalla scadenza" if late > 1 else ""
        tot = " dell'importo totale" if fees else ""
        return (f"{sal}\n\nla fattura n. {n}{amt}, scaduta {art(due)}, risulta ancora da saldare{gone}.\n\n"
                f"{fees}Chiedo cortesemente di provvedere al pagamento{tot} entro "
                f"{art(it_date(kw['deadline']))}. Se il pagamento è già stato disposto, basta rispondere "
                "indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, "
                f"possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n{pay}\n\n{sign}")
    if step == "suspension":
        return (f"{sal}\n\ntorno a scrivere in merito alla fattura n. {n}{amt}, scaduta {art(due)}, che risulta "
                f"ancora da saldare.\n\n{fees}In mancanza del pagamento entro {art(it_date(kw['deadline']))}, "
                f"{art(it_date(kw['suspension']), 'dal')} potrebbe essere necessario sospendere le attività in "
                "corso e i servizi da me forniti fino alla regolarizzazione. Preferirei evitarlo: se c'è una "
                "difficoltà, ad esempio la necessità di pagare a rate, possiamo concordare una soluzione; basta "
                f"rispondere a questa email.\n\n{pay}\n\n{sign}")
    if step == "final":
        issued = " " + art(it_date(inv["issue"]), "del") if inv.get("issue") else ""
        what = "dell'importo totale sopra indicato" if fees else (f"di {eur(inv['amount'])}" if amt else
                                                                 "dell'importo dovuto")
        return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {n}{issued}\n\n{sal}\n\n"
                f"la fattura n. {n}{amt}, scaduta {art(due)}, risulta ancora da saldare nonostante i precedenti "
                f"solleciti.\n\n{fees}Con la presente chiedo formalmente il pagamento {what} entro "
                f"{art(it_date(kw['deadline']))}. La presente vale quale atto di costituzione in mora ai sensi e "
                "per gli effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della "
                "prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito "
                "nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le "
                "relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve "
                "un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la "
                "stessa data.\n\nQualora il pagamento sia già stato effettuato, prego di non tenere conto della "
                "presente e di indicarmi la data del bonifico, così da poterlo verificare.\n\n"
                f"{pay}\n\n{sign}")
    if step == "promise_followup":
        if kw.get("promise"):
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {n}{amt} sarebbe "
                     f"stato effettuato entro {art(it_date(kw['promise']))}.")
        else:
            first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {n}{amt}, scaduta "
                     f"{art(due)}.")
        return (f"{sal}\n\n{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, "
                "basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo "
                f"solo di farmi sapere entro quando posso aspettarlo.\n\n{pay}\n\n{sign}")
    if step == "thank_you":
        on = " " + art(it_date(kw["paid_on"])) if kw.get("paid_on") else ""
        paid = f" ({eur(inv['amount'])})" if inv.get("amount") is not None else ""
        return (f"{sal}\n\nconfermo di aver ricevuto il pagamento della fattura n. {n}{paid}{on}. Grazie!\n\n"
                f"Resto a disposizione per qualsiasi necessità.\n\n{sign}")
    raise ValueError(step)


# ---------------------------------------------------------------------------- quoting styles
def q_gt(text: str) -> str:
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def gmail_attr(dt: datetime, name: str, mail: str) -> str:
    return (f"Il giorno {GG[dt.weekday()]} {dt.day} {MES[dt.month - 1]} {dt.year} alle ore "
            f"{dt:%H:%M} {name} <{mail}> ha scritto:")


def apple_attr(dt: datetime, name: str, mail: str) -> str:
    return f"Il giorno {dt.day} {MES[dt.month - 1]} {dt.year}, alle ore {dt:%H:%M}, {name} <{mail}> ha scritto:"


def outlook_hdr(dt: datetime, frm: str, to: str, subject: str, cc: str | None = None, old: bool = False) -> str:
    sent = f"{GIORNI[dt.weekday()]} {dt.day} {MESI[dt.month - 1]} {dt.year} {dt:%H:%M}"
    lines = ["-----Messaggio originale-----" if old else "________________________________",
             f"Da: {frm}", f"Inviato: {sent}", f"A: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Oggetto: {subject}")
    return "\n".join(lines)


def libero_hdr(dt: datetime, frm: str, to: str, subject: str) -> str:
    return (f"----Messaggio originale----\nDa: {frm}\nData: {dt.day}-{MES[dt.month - 1]}-{dt.year} "
            f"{dt.hour}.{dt:%M}\nA: <{to}>\nOgg: {subject}")


def thunder_attr(dt: datetime, name: str) -> str:
    return f"Il {dt:%d/%m/%Y %H:%M}, {name} ha scritto:"


# ---------------------------------------------------------------------------- HTML renderings
def esc(s: str) -> str:
    return htmlmod.escape(s, quote=False)


def html_lines(text: str, sep: str = "<br>") -> str:
    return sep.join(esc(ln) for ln in text.split("\n"))


def gmail_html(top: str, attr: str, quoted: str) -> str:
    topdivs = "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in top.split("\n"))
    qdivs = "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in quoted.split("\n"))
    attr_html = re.sub(r"&lt;(\S+@\S+)&gt;", r'&lt;<a href="mailto:\1">\1</a>&gt;', esc(attr))
    return (f'<div dir="ltr">{topdivs}</div><br><div class="gmail_quote gmail_quote_container">'
            f'<div dir="ltr" class="gmail_attr">{attr_html}<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f'<div dir="ltr">{qdivs}</div></blockquote></div>\n')


def outlook_html(top: str, hdr: str, quoted: str, sig_html: str = "", cs: str = "utf-8") -> str:
    def paras(t):
        return "\n".join(f'<p class="MsoNormal">{esc(ln) if ln else "&nbsp;"}<o:p></o:p></p>' for ln in t.split("\n"))
    hl = hdr.split("\n")
    hdr_html = "<br>\n".join(
        f"<b>{esc(ln.split(':', 1)[0])}:</b>{esc(ln.split(':', 1)[1])}" for ln in hl[1:])
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset={cs}"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '@font-face {font-family:"Cambria Math";} @font-face {font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            'span.StileMessaggioDiPostaElettronica17 {mso-style-type:personal-reply;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 2.0cm 2.0cm 2.0cm;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style></head>'
            '<body lang="IT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            f'<div class="WordSection1">\n{paras(top)}\n{sig_html}\n'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal">{hdr_html}<o:p></o:p></p></div>\n'
            f'<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n{paras(quoted)}\n</div></body></html>\n')


def apple_html(top: str, attr: str, quoted: str) -> str:
    topdivs = "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in top.split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{topdivs}<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote>'
            f'</div><blockquote type="cite"><div dir="ltr">{html_lines(quoted)}</div></blockquote></body></html>\n')


def simple_html(text: str, font: str = "Arial") -> str:
    return (f'<html><body><div style="font-family:{font},sans-serif;font-size:14px">'
            f'{html_lines(text)}</div></body></html>\n')


# ---------------------------------------------------------------------------- small attachments
def tiny_pdf(title: str) -> bytes:
    body = f"BT /F1 11 Tf 50 780 Td ({title}) Tj ET".encode("latin-1")
    return (b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            b"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R>> endobj\n"
            b"4 0 obj <</Length " + str(len(body)).encode() + b">> stream\n" + body +
            b"\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")


def tiny_png(w: int = 2, h: int = 2) -> bytes:
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def tiny_jpeg() -> bytes:
    return bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + bytes.fromhex("ffd9")


# ---------------------------------------------------------------------------- message building
def mid(tag: str, domain: str) -> str:
    h = hashlib.sha1(tag.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def dmid(tag: str, domain: str) -> str:
    """A Message-ID as mailduns writes it for a letter it sent."""
    h = hashlib.sha1(("mailduns" + tag).encode()).hexdigest()
    return f"<mailduns.{h[:16]}@{domain}>"


POLICY = email.policy.default.clone(linesep="\n", max_line_length=100)


def build(headers, plain=None, html=None, charset="utf-8", cte="quoted-printable",
          html_charset=None, html_cte=None, attachments=(), plain_params=None) -> bytes:
    m = EmailMessage(policy=POLICY)
    late = []
    for k, v in headers:
        if k.lower().startswith("content-"):
            late.append((k, v))  # set_content would drop it
        else:
            m[k] = v
    if plain is not None:
        m.set_content(plain, subtype="plain", charset=charset, cte=cte, params=plain_params or {})
        if html is not None:
            m.add_alternative(html, subtype="html", charset=html_charset or charset, cte=html_cte or cte)
    else:
        m.set_content(html, subtype="html", charset=html_charset or charset, cte=html_cte or cte)
    for data, mt, st, fn in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for k, v in late:
        m[k] = v
    seed = hashlib.sha1(str(m["Message-ID"]).encode()).hexdigest()
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{i}_{seed[i:i + 20]}")
    return m.as_bytes(policy=POLICY)


def reply_headers(frm, to, subject, dt, tag, domain, irt=None, refs=None, cc=None, extra=()):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", format_datetime(dt)), ("Message-ID", mid(tag, domain))]
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", " ".join(refs or [irt])))
    h += list(extra)
    return h


OUTLOOK_X = [("Thread-Topic", None), ("Thread-Index", "AdtKq3x0Yb2mN8uZQc6kR1oV7pW4Lg=="),
             ("Accept-Language", "it-IT, en-US"), ("Content-Language", "it-IT"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]


def outlook_x(topic: str, attach: bool = False):
    out = []
    for k, v in OUTLOOK_X:
        if k == "Thread-Topic":
            v = topic
        if k == "Thread-Index":
            v = base64.b64encode(hashlib.sha1(topic.encode()).digest()[:22]).decode()
        if k == "X-MS-Has-Attach" and attach:
            v = "yes"
        out.append((k, v))
    out.append(("X-Mailer", "Microsoft Outlook 16.0"))
    return out


MESSAGES: list[tuple[bytes, dict]] = []


def add(data: bytes, kind: str, note: str, **facts) -> None:
    label = {"kind": kind, "language": "it", "split": "dev"}
    label.update(facts)
    label["note"] = note
    MESSAGES.append((data, label))


# ============================================================================ the messages
CB, MF, ER, DL, SG = (OWNERS[k] for k in ("CB", "MF", "ER", "DL", "SG"))


def m001():
    o = CB
    c = dict(name="Tipografia Colombo snc", kind="company")
    inv = dict(number="27/2026", amount=Decimal("850"), issue=date(2026, 10, 30), due=date(2026, 11, 30))
    sent = when(2026, 12, 3, 9, 2)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Buongiorno Sig.ra Benedetti,\n\n"
           "ci scusiamo per il ritardo, la fattura ci era sfuggita nel passaggio al nuovo gestionale.\n"
           "Abbiamo disposto oggi il bonifico di € 850,00 a saldo della Vs. fattura n. 27/2026; in allegato "
           "trova la contabile.\n\n"
           "Cordiali saluti\n\n"
           "Paola Colombo\n"
           "Ufficio Amministrazione\n"
           "TIPOGRAFIA COLOMBO snc\n"
           "Via Borgazzi, 112 – 20900 Monza (MB)\n"
           "Tel. 039 2301 447\n\n"
           "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al "
           "destinatario. Qualora il messaggio Vi fosse pervenuto per errore, Vi preghiamo di eliminarlo e di "
           "darcene comunicazione (Reg. UE 2016/679).")
    oh = outlook_hdr(sent, addr(o), "amministrazione@tipografiacolombo.it", "Fattura 27/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q, cs="windows-1252")
    irt = dmid("027-reminder", o["domain"])
    h = reply_headers("Paola Colombo - Tipografia Colombo <amministrazione@tipografiacolombo.it>", addr(o),
                      "R: Fattura 27/2026", when(2026, 12, 3, 11, 47, 12), "m001", "tipografiacolombo.it",
                      irt=irt, refs=[mid("inv027", o["domain"]), irt],
                      extra=outlook_x("Fattura 27/2026", attach=True))
    data = build(h, plain, html, charset="windows-1252",
                 attachments=[(tiny_pdf("Contabile bonifico SEPA - EUR 850,00"), "application", "pdf",
                               "Contabile_bonifico_03122026.pdf")])
    add(data, "client-reply-paid",
        "The client says the transfer of 850 euro for invoice 27/2026 went out today and attaches the receipt; "
        "the fee-free reminder below is quoted in an Outlook block without '>'.",
        amount="850.00", currency="EUR", reference="27/2026")


def m002():
    o = MF
    c = dict(name="Termoidraulica Pasini di Pasini Luca", kind="company")
    inv = dict(number="58/2026", amount=Decimal("420"), issue=date(2026, 10, 15), due=date(2026, 11, 14))
    sent = when(2026, 11, 16, 8, 30)
    q = letter("due", o, c, inv, sent.date())
    top = ("ciao marco scusa ma sono sempre in giro nei cantieri, venerdi passo in banca e te lo faccio. ciao\n"
           "Luca\n\n"
           "Inviato da iPhone")
    plain = f"{top}\n\n> {apple_attr(sent, o['name'], o['email'])}\n> \n{q_gt(q)}\n"
    irt = dmid("058-due", o["domain"])
    h = reply_headers("Luca Pasini <termoidraulicapasini@gmail.com>", addr(o), "Re: Fattura 58/2026",
                      when(2026, 11, 16, 19, 32, 40), "m002", "gmail.com", irt=irt,
                      refs=[mid("inv058", o["domain"]), irt],
                      extra=[("X-Mailer", "iPhone Mail (22B83)")])
    data = build(h, plain, charset="utf-8", cte="quoted-printable")
    add(data, "client-reply-promise",
        "A plumber writing from his phone says he will go to the bank on Friday and pay; the message is dated "
        "Monday 16 November 2026, so Friday is 20 November.",
        promised_date="2026-11-20")


def m003():
    o = CB
    dt = when(2027, 1, 8, 10, 15, 7)
    orig_dt = when(2027, 1, 8, 10, 15, 2)
    orig_mid = mid("inv001-2027", o["domain"])
    text = (
        "Questo è il sistema di posta di Aruba.it (smtpdh18.ad.aruba.it).\n\n"
        "Siamo spiacenti di informarLa che il Suo messaggio non è stato recapitato\n"
        "a uno o più destinatari. Il messaggio originale è allegato qui sotto.\n\n"
        "Per ulteriore assistenza può consultare le guide di Aruba all'indirizzo\n"
        "https://guide.hosting.aruba.it/ . Se contatta l'assistenza, alleghi questo\n"
        "rapporto.\n\n"
        "                   Il sistema di posta di Aruba.it\n\n"
        "<amministrazione@edilcasasrl.it>: host mx.edilcasasrl.it[185.54.212.9] said:\n"
        "    550 5.1.1 <amministrazione@edilcasasrl.it>: Recipient address rejected:\n"
        "    User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    qp = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    raw = f"""Return-Path: <>
Delivered-To: chiara@benedettidesign.it
Received: from smtpdh18.ad.aruba.it (smtpdh18.ad.aruba.it [62.149.155.167])
	by mx.aruba.it (Postfix) with ESMTP id 4Tb9Zq1kX2z9vR7
	for <chiara@benedettidesign.it>; Fri,  8 Jan 2027 10:15:07 +0100 (CET)
Date: Fri,  8 Jan 2027 10:15:07 +0100 (CET)
From: MAILER-DAEMON@aruba.it (Mail Delivery System)
Subject: Messaggio non recapitato: Fattura 1/2027
To: chiara@benedettidesign.it
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Tb9Zq1kX2z9vR7.1799999707/smtpdh18.ad.aruba.it"
Message-Id: <20270108091507.4Tb9Zq1kX2z9vR7@smtpdh18.ad.aruba.it>

This is a MIME-encapsulated message.

--4Tb9Zq1kX2z9vR7.1799999707/smtpdh18.ad.aruba.it
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{qp}
--4Tb9Zq1kX2z9vR7.1799999707/smtpdh18.ad.aruba.it
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtpdh18.ad.aruba.it
X-Postfix-Queue-ID: 4Tb9Zq1kX2z9vR7
X-Postfix-Sender: rfc822; chiara@benedettidesign.it
Arrival-Date: Fri,  8 Jan 2027 10:15:03 +0100 (CET)

Final-Recipient: rfc822; amministrazione@edilcasasrl.it
Original-Recipient: rfc822;amministrazione@edilcasasrl.it
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.edilcasasrl.it
Diagnostic-Code: smtp; 550 5.1.1 <amministrazione@edilcasasrl.it>: Recipient
    address rejected: User unknown in virtual mailbox table

--4Tb9Zq1kX2z9vR7.1799999707/smtpdh18.ad.aruba.it
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <chiara@benedettidesign.it>
Received: from [192.168.1.34] ([93.41.188.20])
	by Aruba Outgoing Smtp  with ESMTPSA
	id 8vGdrKq0N2Pp4; Fri, 08 Jan 2027 10:15:03 +0100
From: Chiara Benedetti <chiara@benedettidesign.it>
To: amministrazione@edilcasasrl.it
Subject: Fattura 1/2027
Date: {format_datetime(orig_dt)}
Message-ID: {orig_mid}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============2718281828=="

--4Tb9Zq1kX2z9vR7.1799999707/smtpdh18.ad.aruba.it--
"""
    add(raw.encode("ascii"), "bounce",
        "Aruba's Postfix report for the invoice mail: the client's address does not exist (550 5.1.1), a "
        "permanent failure; the Italian notification text is base64.",
        failed_recipient="amministrazione@edilcasasrl.it", permanent=True)


def m004():
    o = DL
    c = dict(name="Casa & Co Immobiliare srl", kind="company")
    inv = dict(number="48/2026", amount=Decimal("768.60"), issue=date(2026, 10, 13), due=date(2026, 11, 12))
    sent = when(2026, 11, 6, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Buongiorno Davide,\n\n"
           "ho guardato la fattura e c'è qualcosa che non torna: avevamo concordato 12 foto per i tre "
           "appartamenti di via Gioberti, a 35 euro l'una, quindi 420 + iva. In fattura ne risultano 18. Le 6 in "
           "più sono quelle del terrazzo che ci avevi mandato \"in omaggio\", o almeno così avevo capito io.\n\n"
           "Mi rifai la fattura con le 12 foto e la pago subito.\n\n"
           "Grazie,\n"
           "Irene Baldini\n"
           "Casa & Co Immobiliare\n"
           "Via dei Serragli 41r, Firenze\n"
           "055 218 9043")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("048-courtesy", o["domain"])
    h = reply_headers("Irene Baldini <irene@casaecoimmobiliare.it>", addr(o), "Re: Fattura 48/2026",
                      when(2026, 11, 9, 10, 5, 33), "m004", "mail.gmail.com", irt=irt,
                      refs=[mid("inv048", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-dispute",
        "The estate agency says the invoice bills 18 photos where 12 were agreed and asks for a new invoice; "
        "'la pago subito' is conditional on the correction, so this is a dispute, not a promise.")


def m005():
    o = SG
    c = dict(name="Falegnameria Rossi snc", kind="company")
    inv = dict(number="41/2026", amount=Decimal("1464"), issue=date(2026, 11, 30), due=date(2026, 12, 30))
    sent = when(2027, 1, 11, 9, 10)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Spett.le Dott.ssa Galli,\n\n"
           "scriviamo in qualità di consulenti contabili della Falegnameria Rossi snc, nostra assistita, che ci "
           "ha girato il Suo sollecito.\n\n"
           "Si comunica che in data odierna è stato disposto bonifico di € 1.464,00 a saldo della Vs. fattura "
           "n. 41/2026 del 30/11/2026 (CRO 0306912741853329). L'accredito dovrebbe risultare entro uno o due "
           "giorni lavorativi.\n\n"
           "Per il futuro Vi preghiamo di inviare solleciti e comunicazioni amministrative anche al nostro "
           "indirizzo, in copia, così da poterli gestire per tempo.\n\n"
           "Distinti saluti\n\n"
           "Rag. Monica Zanatta\n"
           "Studio Zanatta & Associati\n"
           "Dottori Commercialisti – Revisori Legali\n"
           "Viale della Repubblica 19/B – 31100 Treviso\n"
           "Tel. 0422 410 288\n\n"
           "AVVERTENZA: il presente messaggio e i suoi eventuali allegati sono destinati esclusivamente al "
           "destinatario indicato e possono contenere informazioni riservate. Se lo avete ricevuto per errore, "
           "siete pregati di cancellarlo e di informarne il mittente.")
    oh = outlook_hdr(when(2027, 1, 11, 11, 26), "Falegnameria Rossi <info@falegnameriarossi.it>",
                     "'Studio Zanatta' <m.zanatta@studiozanatta.it>", "I: Fattura 41/2026")
    oh2 = outlook_hdr(sent, addr(o), "info@falegnameriarossi.it", "Fattura 41/2026")
    quoted = f"Monica, ci pensi tu? Grazie\nGianni\n\n{oh2}\n\n{q}"
    plain = f"{top}\n\n{oh}\n\n{quoted}\n"
    html = outlook_html(top, oh, quoted, cs="windows-1252")
    irt = dmid("041-reminder", o["domain"])
    h = reply_headers("Monica Zanatta <m.zanatta@studiozanatta.it>", addr(o), "R: I: Fattura 41/2026",
                      when(2027, 1, 12, 15, 20, 5), "m005", "studiozanatta.it",
                      cc="info@falegnameriarossi.it",
                      extra=outlook_x("Fattura 41/2026"))
    data = build(h, plain, html, charset="windows-1252")
    add(data, "client-reply-paid",
        "The client's accountant writes on the client's behalf that today a transfer of 1,464 euro was made for "
        "invoice 41/2026 (CRO given); the reminder reached her as a forward, so there is no In-Reply-To.",
        amount="1464.00", currency="EUR", reference="41/2026")


def m006():
    o = CB
    text = ("Gentile CHIARA BENEDETTI,\n\n"
            "ti informiamo che sul tuo conto corrente n. ****2718 è stato accreditato un bonifico.\n\n"
            "Importo: 1.220,00 EUR\n"
            "Ordinante: ORTOFRUTTA BASSI S.R.L.\n"
            "Causale: SALDO FATTURA 31/2026 PROGETTO ETICHETTE\n"
            "Data contabile: 18/12/2026\n"
            "Data valuta: 18/12/2026\n\n"
            "Puoi consultare il dettaglio del movimento nell'app Intesa Sanpaolo Mobile o nell'Internet "
            "Banking, nella sezione Conti > Movimenti.\n\n"
            "Questa è una comunicazione automatica: ti preghiamo di non rispondere a questa email.\n"
            "Intesa Sanpaolo non ti chiederà mai, via email o SMS, codici personali o credenziali di accesso.\n\n"
            "Intesa Sanpaolo S.p.A.")
    html = ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Hai ricevuto un bonifico</title></head>'
            '<body style="margin:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Arial,sans-serif;'
            'font-size:14px;color:#333">'
            '<tr><td style="background:#00883a;color:#fff;padding:16px 24px;font-size:18px">Intesa Sanpaolo</td></tr>'
            '<tr><td style="padding:24px"><p>Gentile CHIARA BENEDETTI,</p>'
            '<p>ti informiamo che sul tuo conto corrente n. ****2718 è stato accreditato un bonifico.</p>'
            '<table cellpadding="4" style="font-size:14px">'
            '<tr><td>Importo</td><td><b>1.220,00 EUR</b></td></tr>'
            '<tr><td>Ordinante</td><td>ORTOFRUTTA BASSI S.R.L.</td></tr>'
            '<tr><td>Causale</td><td>SALDO FATTURA 31/2026 PROGETTO ETICHETTE</td></tr>'
            '<tr><td>Data contabile</td><td>18/12/2026</td></tr>'
            '<tr><td>Data valuta</td><td>18/12/2026</td></tr></table>'
            '<p>Puoi consultare il dettaglio del movimento nell\'app Intesa Sanpaolo Mobile o nell\'Internet Banking, '
            'nella sezione Conti &gt; Movimenti.</p>'
            '<p style="font-size:11px;color:#777">Questa è una comunicazione automatica: ti preghiamo di non '
            'rispondere a questa email. Intesa Sanpaolo non ti chiederà mai, via email o SMS, codici personali o '
            'credenziali di accesso.</p><p style="font-size:11px;color:#777">Intesa Sanpaolo S.p.A.</p>'
            '</td></tr></table></td></tr></table></body></html>\n')
    h = [("From", "Intesa Sanpaolo <notifiche@intesasanpaolo.com>"), ("To", o["email"]),
         ("Subject", "Hai ricevuto un bonifico"), ("Date", format_datetime(when(2026, 12, 18, 8, 41, 55))),
         ("Message-ID", mid("m006", "notifiche.intesasanpaolo.com")), ("Auto-Submitted", "auto-generated")]
    data = build(h, text, html, cte="quoted-printable")
    add(data, "payment-notification",
        "Intesa Sanpaolo alert of an incoming transfer of 1,220.00 EUR whose causale names invoice 31/2026.",
        amount="1220.00", currency="EUR", reference="31/2026")


def m007():
    o = ER
    text = ("Gentile cliente, gentile fornitore,\n\n"
            "i nostri uffici sono chiusi per le festività natalizie. Riapriremo giovedì 7 gennaio 2027.\n"
            "Le email ricevute in questo periodo saranno lette al nostro rientro, in ordine di arrivo.\n\n"
            "Per urgenze relative a ordini e spedizioni potete scrivere a logistica@pastificioaurora.it.\n\n"
            "Buone feste!\n"
            "Pastificio Aurora srl – Ufficio Amministrazione\n"
            "Via Roma 88, 80054 Gragnano (NA)")
    irt = dmid("040-courtesy", o["domain"])
    h = reply_headers("Amministrazione Pastificio Aurora <amministrazione@pastificioaurora.it>", addr(o),
                      "Risposta automatica: Fattura 40/2026", when(2026, 12, 23, 16, 2, 11), "m007",
                      "pastificioaurora.it", irt=irt,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                             ("Content-Language", "it-IT"), ("X-MS-Exchange-Inbox-Rules-Loop",
                                                             "amministrazione@pastificioaurora.it")])
    data = build(h, text, charset="windows-1252")
    add(data, "auto-reply",
        "Christmas-closure auto-reply from an Outlook mailbox; it names only the reopening day, Thursday 7 January "
        "2027.", return_date="2027-01-07")


def m008():
    o = ER
    c = dict(name="Studio Legale Marchetti", kind="company")
    inv = dict(number="35/2026", amount=None, issue=date(2026, 10, 28), due=date(2026, 11, 27))
    sent = when(2026, 11, 24, 9, 5)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Buongiorno dott.ssa Russo,\n\n"
           "ricevuto, grazie. Ho girato la Sua mail all'avv. Marchetti, che si occupa personalmente dei "
           "pagamenti dello studio.\n\n"
           "Cordiali saluti\n"
           "Simona Ferraro\n"
           "Segreteria - Studio Legale Marchetti\n"
           "Via Toledo 256, 80134 Napoli\n"
           "tel. 081 552 3190")
    oh = outlook_hdr(sent, f"{o['name']} [mailto:{o['email']}]", "segreteria@studiolegalemarchetti.it",
                     "Fattura 35/2026", old=True)
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    irt = dmid("035-courtesy", o["domain"])
    h = reply_headers("Segreteria Studio Marchetti <segreteria@studiolegalemarchetti.it>", addr(o),
                      "R: Fattura 35/2026", when(2026, 11, 24, 12, 31, 48), "m008", "studiolegalemarchetti.it",
                      irt=irt, extra=[("X-Mailer", "Microsoft Outlook 14.0")])
    data = build(h, plain, charset="iso-8859-1")
    add(data, "client-reply-other",
        "The law firm's secretary acknowledges the courtesy note and says she passed it to the lawyer who pays; "
        "no payment is stated or promised.")


def m009():
    o = DL
    c = dict(name="Istituto Comprensivo \"Giovanni Pascoli\"", kind="company")
    inv = dict(number="52/2026", amount=Decimal("1350"), issue=date(2026, 12, 10), due=date(2027, 1, 9))
    sent = when(2027, 1, 19, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Oggetto: riscontro sollecito fattura n. 52/2026\n\n"
           "In riferimento alla Sua comunicazione del 19/01/2027, si comunica che la fattura elettronica "
           "n. 52/2026, relativa al servizio fotografico per l'annuario scolastico a.s. 2026/27, è stata "
           "regolarmente accettata tramite SDI ed è attualmente in fase di liquidazione.\n\n"
           "Il pagamento sarà disposto entro il 15 febbraio 2027, previa acquisizione del DURC in corso di "
           "validità, già richiesto d'ufficio da questa Istituzione scolastica.\n\n"
           "Distinti saluti\n\n"
           "IL DIRETTORE DEI SERVIZI GENERALI E AMMINISTRATIVI\n"
           "Dott.ssa Maria Grazia Fabbri\n"
           "(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, D.Lgs. 39/1993)\n\n"
           "Istituto Comprensivo \"Giovanni Pascoli\" - Forlì\n"
           "Cod. Mecc. FOIC81200X - C.F. 92071230401 - Codice univoco ufficio UF7KQ2")
    oh = outlook_hdr(sent, addr(o), "foic81200x@istruzione.it", "Fattura 52/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    irt = dmid("052-reminder", o["domain"])
    h = reply_headers("\"IC G. Pascoli Forli'\" <foic81200x@istruzione.it>", addr(o), "R: Fattura 52/2026",
                      when(2027, 1, 20, 11, 22, 3), "m009", "istruzione.it", irt=irt,
                      refs=[mid("inv052", o["domain"]), irt])
    data = build(h, plain, charset="utf-8", cte="8bit")
    add(data, "client-reply-promise",
        "A school's administrative director states that payment will be made by 15 February 2027 once the DURC "
        "is obtained; the condition does not remove the stated day.",
        promised_date="2027-02-15", reference="52/2026")


def m010():
    o = MF
    c = dict(name="Enoteca Il Grappolo di Giorgio Sacchi", kind="company")
    inv = dict(number="60/2026", amount=Decimal("1830"), issue=date(2026, 11, 5), due=date(2026, 12, 5))
    sent = when(2026, 12, 1, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Marco,\n\n"
           "scusa ma il saldo non te lo posso pagare adesso: il sito non è ancora online, mancano le schede dei "
           "vini e il modulo per prenotare le degustazioni non funziona (l'ho provato io ieri sera, non arriva "
           "niente).\n\n"
           "Nel preventivo c'era scritto saldo alla consegna. Quando è tutto a posto e online, pago, come "
           "abbiamo sempre fatto.\n\n"
           "Giorgio")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("060-courtesy", o["domain"])
    h = reply_headers("Giorgio Sacchi <enotecailgrappolo@gmail.com>", addr(o), "Re: Fattura 60/2026",
                      when(2026, 12, 2, 8, 12, 26), "m010", "mail.gmail.com", irt=irt,
                      refs=[mid("inv060", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-dispute",
        "The client withholds the balance because the website is not finished and the booking form does not "
        "work; 'quando è tutto a posto, pago' is conditional, not a promise.")


def m011():
    o = ER
    c = dict(name="Studio Dentistico Dott. Andrea Conti", kind="company")
    inv = dict(number="4/2027", amount=Decimal("1220"), issue=date(2027, 1, 2), due=date(2027, 2, 1))
    sent = when(2027, 2, 1, 8, 45)
    q = letter("due", o, c, inv, sent.date())
    top = ("Gentile dott.ssa Russo,\n\n"
           "Le confermo che stamattina abbiamo eseguito il bonifico per la Sua fattura n. 4/2027: 1.020,00 euro, "
           "cioè il totale di 1.220,00 meno la ritenuta d'acconto del 20% (200,00 euro), che verseremo noi con "
           "l'F24 entro il 16 marzo. A inizio anno prossimo Le arriverà la certificazione unica.\n\n"
           "In allegato la distinta del bonifico.\n\n"
           "Cordiali saluti\n"
           "Loredana Pace\n"
           "Segreteria\n"
           "Studio Dentistico Dott. Andrea Conti\n"
           "Corso Vittorio Emanuele 140, Salerno")
    oh = outlook_hdr(sent, addr(o), "segreteria@studiodentisticoconti.it", "Fattura 4/2027")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("004-2027-due", o["domain"])
    h = reply_headers("Segreteria Studio Conti <segreteria@studiodentisticoconti.it>", addr(o),
                      "RE: Fattura 4/2027", when(2027, 2, 3, 9, 44, 10), "m011", "studiodentisticoconti.it",
                      irt=irt, refs=[mid("inv004-2027", o["domain"]), irt],
                      extra=outlook_x("Fattura 4/2027", attach=True))
    data = build(h, plain, html, attachments=[(tiny_pdf("Distinta bonifico EUR 1.020,00"), "application",
                                                 "pdf", "distinta_03022027.pdf")])
    add(data, "client-reply-paid",
        "The dentist's secretary says the transfer went out this morning: 1,020 euro, the 1,220 total minus the "
        "20% withholding tax; 'entro il 16 marzo' is when they pay the withholding to the tax office, not a "
        "promise to the freelancer.",
        amount="1020.00", currency="EUR", reference="4/2027")


def m012():
    o = ER
    dt = datetime(2027, 1, 26, 5, 5, 12, tzinfo=PST)
    text = ("Ciao Elena Russo,\n\n"
            "Lucia Ferraro ti ha inviato 150,00 € EUR.\n\n"
            "Nota di Lucia Ferraro:\n"
            "\"traduzione certificato di nascita + apostille, fattura 3/2027. grazie mille!\"\n\n"
            "Dettagli della transazione\n"
            "ID transazione: 7KD41592VX3310842\n"
            "Data della transazione: 26 gennaio 2027\n"
            "Importo ricevuto: 150,00 € EUR\n"
            "Commissione: -5,45 € EUR\n"
            "Importo netto: 144,55 € EUR\n\n"
            "Il denaro è disponibile nel tuo conto PayPal.\n\n"
            "Aiuto e contatti | Sicurezza | App\n"
            "PayPal (Europe) S.à r.l. et Cie, S.C.A. Società in accomandita per azioni. Sede legale: "
            "22-24 Boulevard Royal, L-2449 Lussemburgo.\n"
            "Questa email è stata inviata automaticamente. Non rispondere a questa email.")
    html = ('<html><head><meta charset="UTF-8"></head><body style="font-family:\'PayPal Open\',Helvetica,Arial,'
            'sans-serif;color:#001435"><div style="max-width:600px;margin:auto">'
            '<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/'
            'paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal">'
            '<p style="font-size:16px">Ciao Elena Russo,</p>'
            '<h1 style="font-size:28px;font-weight:500">Lucia Ferraro ti ha inviato 150,00&nbsp;€&nbsp;EUR</h1>'
            '<div style="background:#f1efea;padding:12px;border-radius:8px"><b>Nota di Lucia Ferraro:</b><br>'
            '"traduzione certificato di nascita + apostille, fattura 3/2027. grazie mille!"</div>'
            '<h2 style="font-size:18px">Dettagli della transazione</h2><table style="width:100%">'
            '<tr><td>ID transazione</td><td>7KD41592VX3310842</td></tr>'
            '<tr><td>Data della transazione</td><td>26 gennaio 2027</td></tr>'
            '<tr><td>Importo ricevuto</td><td>150,00&nbsp;€&nbsp;EUR</td></tr>'
            '<tr><td>Commissione</td><td>-5,45&nbsp;€&nbsp;EUR</td></tr>'
            '<tr><td>Importo netto</td><td><b>144,55&nbsp;€&nbsp;EUR</b></td></tr></table>'
            '<p>Il denaro è disponibile nel tuo conto PayPal.</p>'
            '<p style="font-size:11px;color:#666">PayPal (Europe) S.à r.l. et Cie, S.C.A. Società in '
            'accomandita per azioni. Sede legale: 22-24 Boulevard Royal, L-2449 Lussemburgo.<br>Questa email è '
            'stata inviata automaticamente. Non rispondere a questa email.</p></div></body></html>\n')
    h = [("From", "PayPal <service@paypal.it>"), ("To", f"Elena Russo <{o['email']}>"),
         ("Subject", "Hai ricevuto 150,00 € EUR da Lucia Ferraro"), ("Date", format_datetime(dt)),
         ("Message-ID", "<" + hashlib.md5(b"m012").hexdigest() + "@ccg01mail06.phx.paypal.com>"),
         ("X-Email-Type-Id", "PPX000616:IT")]
    data = build(h, text, html)
    add(data, "payment-notification",
        "PayPal (Italian) says a person sent 150.00 EUR with a note naming invoice 3/2027; the 144.55 is the net "
        "after PayPal's fee, the amount sent is 150.00. The Date is in Pacific time.",
        amount="150.00", currency="EUR", reference="3/2027")


def m013():
    o = CB
    c = dict(name="Pasticceria Mazzoni di Rosanna Mazzoni", kind="company")
    inv = dict(number="29/2026", amount=Decimal("390"), issue=date(2026, 10, 21), due=date(2026, 11, 20))
    sent = when(2026, 11, 25, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Buongiorno Chiara mi rimanda l iban per favore? dal telefono non lo trovo nella mail. Grazie\n"
           "Rosanna\n\n\n"
           "Inviato dal mio dispositivo Galaxy")
    fwd = (f"-------- Messaggio originale --------\nDa: {addr(o)}\n"
           f"Data: {sent:%d/%m/%y %H:%M} (GMT+01:00)\nA: pasticceriamazzoni@gmail.com\nOggetto: Fattura 29/2026")
    plain = f"{top}\n\n{fwd}\n\n{q}\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="auto">Buongiorno Chiara mi rimanda l iban per favore? dal telefono non lo trovo nella mail. '
            'Grazie</div><div dir="auto">Rosanna</div><div dir="auto"><br></div><div dir="auto"><br></div>'
            '<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">Inviato '
            'dal mio dispositivo Galaxy</div></div><div dir="auto"><br></div><div><br></div>'
            f'<div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html_lines(fwd)}</div></div>'
            f'<br><div>{html_lines(q)}</div></body></html>\n')
    irt = dmid("029-reminder", o["domain"])
    h = reply_headers("Pasticceria Mazzoni <pasticceriamazzoni@gmail.com>", addr(o), "R: Fattura 29/2026",
                      when(2026, 11, 25, 13, 10, 2), "m013", "email.android.com", irt=irt,
                      refs=[mid("inv029", o["domain"]), irt])
    data = build(h, plain, html, cte="base64")
    add(data, "client-reply-other",
        "A pastry shop asks for the IBAN again from her phone (it is in the quoted reminder); nothing is paid or "
        "promised.")


def m014():
    o = ER
    c = dict(name="Cantine Ferrante srl", kind="company")
    inv = dict(number="37/2026", amount=Decimal("2150"), issue=date(2026, 10, 31), due=date(2026, 11, 30))
    sent = when(2026, 12, 9, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Gentile Dott.ssa Russo,\n\n"
           "mi scuso per il ritardo. Dicembre per noi è il mese più pesante e stiamo aspettando diversi incassi "
           "dalla grande distribuzione; contiamo di saldare la Sua fattura entro fine mese.\n\n"
           "La ringrazio per la pazienza e Le auguro buone feste.\n\n"
           "Antonella Ferrante\n"
           "Amministrazione\n"
           "Cantine Ferrante srl\n"
           "Contrada Pianodardine 12 – 83100 Avellino")
    oh = outlook_hdr(sent, addr(o), "Antonella Ferrante <amministrazione@cantineferrante.it>",
                     "Fattura 37/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q, cs="windows-1252")
    irt = dmid("037-reminder", o["domain"])
    h = reply_headers("Antonella Ferrante <amministrazione@cantineferrante.it>", addr(o), "R: Fattura 37/2026",
                      when(2026, 12, 10, 10, 30, 44), "m014", "cantineferrante.it", irt=irt,
                      refs=[mid("inv037", o["domain"]), irt], extra=outlook_x("Fattura 37/2026"))
    data = build(h, plain, html, charset="windows-1252")
    add(data, "client-reply-promise",
        "The winery expects to pay 'entro fine mese', written on 10 December 2026: the last day of December.",
        promised_date="2026-12-31")


def m015():
    dt = when(2026, 11, 26, 17, 48, 30)
    orig_dt = when(2026, 11, 26, 17, 48, 21)
    text = ("Gentile utente,\n\n"
            "il messaggio che hai inviato il 26/11/2026 alle 17:48 con oggetto \"Fattura 22/2026\" non è stato\n"
            "consegnato al seguente destinatario:\n\n"
            "    info@ristorantelapergola.it\n"
            "    Motivo: la casella di posta del destinatario non esiste.\n"
            "    Risposta del server remoto: 550 5.1.1 <info@ristorantelapergola.it> User unknown\n\n"
            "Ti consigliamo di controllare che l'indirizzo sia scritto correttamente e di inviare di nuovo il\n"
            "messaggio. In allegato trovi le intestazioni del messaggio originale.\n\n"
            "Libero Mail - Italiaonline S.p.A.\n")
    body = base64.encodebytes(text.encode("iso-8859-1")).decode("ascii")
    raw = f"""Return-Path: <>
Received: from smtp-out.libero.it (smtp-out.libero.it [213.209.10.32])
	by imapsrv07.libero.it with LMTP id 0cQ1Jv0lYmcVfwAAi7z5Xw
	for <giacomo.fabbri74@libero.it>; Thu, 26 Nov 2026 17:48:30 +0100
Date: Thu, 26 Nov 2026 17:48:30 +0100
From: Mail Delivery System <MAILER-DAEMON@libero.it>
To: giacomo.fabbri74@libero.it
Subject: Messaggio non consegnato: Fattura 22/2026
Message-ID: <20261126174830.MDS.3fa81c@smtp-out.libero.it>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="----=_Part_88102_1436699020.1795805310"

------=_Part_88102_1436699020.1795805310
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: base64

{body}
------=_Part_88102_1436699020.1795805310
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.libero.it
Arrival-Date: Thu, 26 Nov 2026 17:48:21 +0100

Final-Recipient: rfc822; info@ristorantelapergola.it
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.ristorantelapergola.it
Diagnostic-Code: smtp; 550 5.1.1 <info@ristorantelapergola.it> User unknown

------=_Part_88102_1436699020.1795805310
Content-Type: text/rfc822-headers

From: Giacomo Fabbri <giacomo.fabbri74@libero.it>
To: info@ristorantelapergola.it
Subject: Fattura 22/2026
Date: {format_datetime(orig_dt)}
Message-ID: {mid("inv022-gf", "libero.it")}
MIME-Version: 1.0
X-Mailer: Libero Mail

------=_Part_88102_1436699020.1795805310--
"""
    add(raw.encode("ascii"), "bounce",
        "Libero Mail's own Italian report (base64, ISO-8859-1) that the invoice to the restaurant could not be "
        "delivered: the mailbox does not exist, 5.1.1, permanent.",
        failed_recipient="info@ristorantelapergola.it", permanent=True)


def m016():
    o = DL
    c = dict(name="Ferramenta Zanetti snc", kind="company")
    inv = dict(number="3/2027", amount=Decimal("80"), issue=date(2027, 1, 8), due=date(2027, 2, 7))
    sent = when(2027, 2, 12, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Ciao Davide ti ho mandato i soldi con satispay 👍 80 euro giusto? se non ti arrivano fammi un fischio\n"
           "Nicola")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("003-2027-reminder", o["domain"])
    h = reply_headers("Nicola Zanetti <ferramentazanetti@gmail.com>", addr(o), "Re: Fattura 3/2027",
                      when(2027, 2, 14, 18, 20, 9), "m016", "mail.gmail.com", irt=irt,
                      refs=[mid("inv003-2027", o["domain"]), irt])
    data = build(h, plain, html, cte="base64")
    add(data, "client-reply-paid",
        "A hardware-shop owner says he sent the money by Satispay, 80 euro; the question 'giusto?' only checks the "
        "amount. Base64 bodies with an emoji.",
        amount="80.00", currency="EUR")


def m017():
    o = CB
    c = dict(name="Ceramiche Emiliane S.p.A.", kind="company")
    inv = dict(number="44/2026", amount=Decimal("2684"), issue=date(2026, 11, 9), due=date(2026, 12, 9))
    sent = when(2026, 12, 4, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Buongiorno,\n\n"
           "in riferimento alla fattura in oggetto, Vi segnaliamo che la stessa risulta un duplicato della Vs. "
           "fattura n. 39/2026 del 28/10/2026 (stesso ordine d'acquisto n. 4500123876, stesso importo), già "
           "saldata con bonifico del 20/11/2026.\n\n"
           "Vi chiediamo pertanto di emettere nota di credito a storno totale della fattura n. 44/2026 e di "
           "trasmetterla tramite SDI. La fattura non verrà messa in pagamento.\n\n"
           "Cordiali saluti\n\n"
           "Daniela Ferretti\n"
           "Contabilità Fornitori\n"
           "Ceramiche Emiliane S.p.A.\n"
           "Via Radici in Piano 560 – 41049 Sassuolo (MO)\n\n"
           "Questo messaggio è stato inviato da Ceramiche Emiliane S.p.A. Le informazioni in esso contenute sono "
           "riservate. Prima di stampare questa email, pensa all'ambiente.")
    oh = outlook_hdr(sent, addr(o), "contabilita.fornitori@ceramicheemiliane.it", "Fattura 44/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("044-courtesy", o["domain"])
    h = reply_headers("Contabilita Fornitori <contabilita.fornitori@ceramicheemiliane.it>", addr(o),
                      "RE: Fattura 44/2026", when(2026, 12, 7, 11, 2, 37), "m017", "ceramicheemiliane.it",
                      irt=irt, refs=[mid("inv044", o["domain"]), irt], extra=outlook_x("Fattura 44/2026"))
    data = build(h, plain, html)
    add(data, "client-reply-dispute",
        "Accounts payable says invoice 44/2026 duplicates 39/2026 (already paid on 20/11), asks for a full credit "
        "note and will not pay it; two invoice numbers are named, so no reference.")


def m018():
    o = MF
    text = ("Questa casella di posta non è più attiva.\n\n"
            "Il Sig. Mauro Bertolini non fa più parte della nostra organizzazione. Per comunicazioni "
            "amministrative Vi preghiamo di scrivere a amministrazione@arredamentibertolini.it; per questioni "
            "commerciali a info@arredamentibertolini.it.\n\n"
            "Il Vostro messaggio non verrà inoltrato.\n\n"
            "Arredamenti Bertolini srl - Lissone (MB)")
    irt = dmid("063-reminder", o["domain"])
    h = reply_headers("Mauro Bertolini <m.bertolini@arredamentibertolini.it>", addr(o),
                      "Risposta automatica: Fattura 63/2026", when(2027, 1, 11, 9, 3, 1), "m018",
                      "arredamentibertolini.it", irt=irt,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                             ("Precedence", "bulk")])
    data = build(h, text, charset="utf-8", cte="quoted-printable")
    add(data, "auto-reply",
        "Automatic notice that the contact's mailbox is no longer active, with the addresses to use instead; no "
        "return date.")


def m019():
    o = MF
    c = dict(name="Bar Sport di Giovanni Carrozzo", kind="company")
    inv = dict(number="55/2026", amount=Decimal("610"), issue=date(2026, 11, 15), due=date(2026, 12, 15))
    sent = when(2027, 1, 4, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Ciao Marco, scusami tanto. Oggi ti ho fatto un bonifico di 300 euro, il resto (310) te lo giro il 15 "
           "quando mi entrano i soldi dei pos. Va bene?\n"
           "Gianni - Bar Sport Lecce")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("055-reminder", o["domain"])
    h = reply_headers("Giovanni Carrozzo <barsportlecce@gmail.com>", addr(o), "Re: Fattura 55/2026",
                      when(2027, 1, 4, 14, 40, 51), "m019", "mail.gmail.com", irt=irt,
                      refs=[mid("inv055", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-promise",
        "Part paid today (300 euro), the remaining 310 promised 'il 15', i.e. 15 January 2027 given the Date; a "
        "part paid with the rest promised on a day is a promise, and the amount is the promised 310.",
        promised_date="2027-01-15", amount="310.00", currency="EUR")


def m020():
    o = DL
    c = dict(name="Martina Greco", kind="person")
    inv = dict(number="50/2026", amount=Decimal("1200"), issue=date(2026, 11, 9), due=date(2026, 12, 9))
    sent = when(2026, 12, 2, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Ciao Davide!\n"
           "Una domanda: possiamo pagarti con PayPal o con la carta? Il conto cointestato è quello di mio marito e "
           "lui è via per lavoro fino a metà mese, dal mio conto personale col bonifico ho un limite troppo basso.\n"
           "Fammi sapere così ci organizziamo.\n\n"
           "Un abbraccio e grazie ancora per le foto, sono bellissime ❤️\n"
           "Martina")
    attr = apple_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n> {attr}\n> \n{q_gt(q)}\n"
    html = apple_html(top, attr, q)
    irt = dmid("050-courtesy", o["domain"])
    h = reply_headers("Martina Greco <martina.greco88@icloud.com>", addr(o), "Re: Fattura 50/2026",
                      when(2026, 12, 3, 21, 15, 40), "m020", "icloud.com", irt=irt,
                      refs=[mid("inv050", o["domain"]), irt],
                      extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
    data = build(h, plain, html)
    add(data, "client-reply-other",
        "A private client asks whether she can pay by PayPal or card; 'fino a metà mese' is about her husband's "
        "trip, not a promise of payment.")


def m021():
    o = SG
    c = dict(name="Panificio Da Nino di Antonino Russo", kind="company")
    inv = dict(number="45/2026", amount=Decimal("480"), issue=date(2026, 10, 23), due=date(2026, 11, 22))
    sent = when(2026, 11, 18, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("ciao sara la fattura e un po altina rispetto a quello che avevamo detto a voce, a me pareva 400 tutto "
           "compreso iva compresa. ci fai un po di sconto? tipo 400 tondi e chiudiamo. fammi sapere\n"
           "Nino")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("045-courtesy", o["domain"])
    h = reply_headers("Panificio Da Nino <panificiodanino.ct@gmail.com>", addr(o), "Re: Fattura 45/2026",
                      when(2026, 11, 20, 6, 12, 3), "m021", "mail.gmail.com", irt=irt,
                      refs=[mid("inv045", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-dispute",
        "A baker says the invoice is higher than agreed verbally and asks for a discount to 400 euro; a "
        "discount request is a dispute, and 400 is the figure he proposes, not a sum paid or promised.")


def m022():
    o = DL
    c = dict(name="Comune di Castelnovo ne' Monti", kind="company")
    inv = dict(number="49/2026", amount=Decimal("2440"), issue=date(2026, 10, 30), due=date(2026, 11, 29))
    sent = when(2026, 12, 14, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Buongiorno,\n\n"
           "in riscontro alla Sua mail, si comunica che con mandato di pagamento n. 1187 del 14/12/2026 è stata "
           "liquidata la fattura n. 49/2026 relativa al servizio fotografico per la rassegna \"Natale in "
           "Appennino\".\n\n"
           "L'importo accreditato sul conto da Lei indicato è pari a € 2.000,00 (imponibile). L'IVA, pari a "
           "€ 440,00, è stata trattenuta e versata direttamente all'Erario da questo Ente ai sensi dell'art. "
           "17-ter del D.P.R. 633/1972 (scissione dei pagamenti).\n\n"
           "Cordiali saluti\n\n"
           "Servizio Finanziario - Ufficio Ragioneria\n"
           "Comune di Castelnovo ne' Monti (RE)\n"
           "Piazza Gramsci 1\n\n"
           "Ai sensi del Reg. UE 2016/679 i dati contenuti nella presente comunicazione sono trattati "
           "esclusivamente per finalità istituzionali.")
    oh = outlook_hdr(sent, addr(o), "ragioneria@comune.castelnovo-nemonti.re.it", "Fattura 49/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    irt = dmid("049-reminder", o["domain"])
    h = reply_headers("Ragioneria <ragioneria@comune.castelnovo-nemonti.re.it>", addr(o), "R: Fattura 49/2026",
                      when(2026, 12, 15, 12, 5, 19), "m022", "comune.castelnovo-nemonti.re.it", irt=irt,
                      refs=[mid("inv049", o["domain"]), irt])
    data = build(h, plain, charset="utf-8", cte="quoted-printable")
    add(data, "client-reply-paid",
        "A municipality says invoice 49/2026 was paid by a mandate of 14/12; under split payment only the taxable "
        "2,000 euro reached the freelancer, the 440 VAT went to the State, so the sum paid is 2,000, not the "
        "2,440 of the quoted reminder.",
        amount="2000.00", currency="EUR", reference="49/2026")


def m023():
    o = SG
    c = dict(name="Hotel Belvedere srl", kind="company")
    inv = dict(number="46/2026", amount=Decimal("915"), issue=date(2026, 10, 21), due=date(2026, 11, 20))
    sent = when(2026, 12, 9, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Buongiorno Sara,\n\n"
           "a dire il vero noi il bonifico l'avevamo fatto il 2 dicembre, ma ieri la banca ce l'ha restituito: "
           "dicono che il nome del beneficiario non corrisponde all'IBAN (credo sia il nuovo controllo sulla "
           "verifica del beneficiario). Le giro qui sotto l'esito che ci ha mandato la banca.\n\n"
           "Può controllare le coordinate e farmi sapere come devo intestarlo esattamente?\n\n"
           "Cordiali saluti\n"
           "Katia Moser\n"
           "Amministrazione - Hotel Belvedere\n"
           "Riva del Garda (TN)\n\n"
           "---\n"
           "ESITO: BONIFICO RESPINTO - Data storno 08/12/2026 - Importo 915,00 EUR - Motivo: AC01 coordinate "
           "beneficiario non corrette / nome non corrispondente")
    oh = outlook_hdr(sent, addr(o), "amministrazione@hotelbelvedere-riva.it", "Fattura 46/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("046-reminder", o["domain"])
    h = reply_headers("Katia Moser <amministrazione@hotelbelvedere-riva.it>", addr(o), "R: Fattura 46/2026",
                      when(2026, 12, 9, 16, 40, 2), "m023", "hotelbelvedere-riva.it", irt=irt,
                      refs=[mid("inv046", o["domain"]), irt], extra=outlook_x("Fattura 46/2026"))
    data = build(h, plain, html)
    add(data, "client-reply-other",
        "The transfer the hotel made was returned by its bank (beneficiary name mismatch) and nothing has been "
        "sent again: it only asks to check the details, so it is neither paid nor a promise.")


def m024():
    o = DL
    text = ("UniCredit\n\n"
            "Gentile DAVIDE LOMBARDI,\n\n"
            "ti confermiamo che in data 02/02/2027 alle ore 11:37 hai ricevuto un bonifico SEPA istantaneo sul "
            "conto IT91 B020 0811 7700 0104 5678 901.\n\n"
            "Importo: 350,00 EUR\n"
            "Ordinante: AGRITURISMO LE QUERCE SOC. AGR.\n"
            "Causale: FATT. 2/2027 SERVIZIO FOTOGRAFICO SITO\n"
            "TRN: 0200811770000450331270202IT\n\n"
            "Per maggiori dettagli accedi a Banca Multicanale o all'app UniCredit.\n\n"
            "Ti ricordiamo che UniCredit non ti chiederà mai di comunicare i tuoi codici di accesso via email, "
            "SMS o telefono.\n\n"
            "Messaggio generato automaticamente, si prega di non rispondere.\n"
            "UniCredit S.p.A.")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:13px;color:#1a1a1a">'
            '<div style="border-top:6px solid #e2001a;padding:20px;max-width:580px">'
            '<p style="color:#e2001a;font-size:20px;font-weight:bold">UniCredit</p>'
            '<p>Gentile DAVIDE LOMBARDI,</p><p>ti confermiamo che in data 02/02/2027 alle ore 11:37 hai ricevuto '
            'un bonifico SEPA istantaneo sul conto IT91 B020 0811 7700 0104 5678 901.</p>'
            '<p><b>Importo:</b> 350,00 EUR<br><b>Ordinante:</b> AGRITURISMO LE QUERCE SOC. AGR.<br>'
            '<b>Causale:</b> FATT. 2/2027 SERVIZIO FOTOGRAFICO SITO<br><b>TRN:</b> 0200811770000450331270202IT</p>'
            '<p>Per maggiori dettagli accedi a Banca Multicanale o all\'app UniCredit.</p>'
            '<p style="font-size:11px;color:#666">Ti ricordiamo che UniCredit non ti chiederà mai di comunicare i '
            'tuoi codici di accesso via email, SMS o telefono.<br>Messaggio generato automaticamente, si prega di '
            'non rispondere.<br>UniCredit S.p.A.</p></div></body></html>\n')
    h = [("From", "UniCredit <notifiche@unicredit.it>"), ("To", "DAVIDE LOMBARDI <davide@lombardifoto.it>"),
         ("Subject", "Accredito bonifico istantaneo sul tuo conto"),
         ("Date", format_datetime(when(2027, 2, 2, 11, 38, 4))),
         ("Message-ID", mid("m024", "notifiche.unicredit.it")), ("Auto-Submitted", "auto-generated")]
    data = build(h, text, html, cte="base64")
    add(data, "payment-notification",
        "UniCredit alert of an instant SEPA credit of 350.00 EUR; the causale 'FATT. 2/2027' names the invoice.",
        amount="350.00", currency="EUR", reference="2/2027")


def m025():
    o = SG
    c = dict(name="Vetreria Alpina S.p.A.", kind="company")
    inv = dict(number="36/2026", amount=Decimal("3050"), issue=date(2026, 10, 31), due=date(2026, 11, 30))
    sent = when(2026, 12, 15, 9, 0)
    q = letter("reminder", o, c, inv, sent.date(), fees=True)
    top = ("Gentile fornitore,\n\n"
           "La informiamo che la fattura n. 36/2026 è stata approvata dal centro di costo richiedente ed è stata "
           "inserita nel ciclo di pagamento del 10/01/2027. Il bonifico sarà eseguito con tale data valuta sulle "
           "coordinate bancarie presenti nella nostra anagrafica fornitori.\n\n"
           "Il ritardo è dovuto alla mancanza del numero d'ordine (PO) in fattura: per le prossime fatture La "
           "preghiamo di indicarlo sempre nel campo \"Riferimento ordine\" della fattura elettronica, per evitare "
           "blocchi in fase di registrazione.\n\n"
           "Cordiali saluti\n\n"
           "Francesca Re\n"
           "Accounts Payable - Shared Service Center Italia\n"
           "Vetreria Alpina S.p.A.\n"
           "ap.italia@vetreriaalpina.com")
    oh = outlook_hdr(sent, addr(o), "ap.italia@vetreriaalpina.com", "Fattura 36/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("036-reminder", o["domain"])
    h = reply_headers("AP Italia - Vetreria Alpina <ap.italia@vetreriaalpina.com>", addr(o),
                      "RE: Fattura 36/2026 [Rif. AP-2026-118452]", when(2026, 12, 16, 10, 2, 55), "m025",
                      "vetreriaalpina.com", irt=irt, refs=[mid("inv036", o["domain"]), irt],
                      extra=outlook_x("Fattura 36/2026"))
    data = build(h, plain, html)
    add(data, "client-reply-promise",
        "A person in the client's accounts payable writes that invoice 36/2026 is scheduled in the payment run "
        "of 10/01/2027; the quoted reminder carries interest lines that are not the client's words.",
        promised_date="2027-01-10", reference="36/2026")


def m026():
    o = SG
    text = ("Buongiorno,\n"
            "sono in congedo di maternità e non avrò accesso alla posta fino a settembre 2027.\n"
            "Per tutte le questioni amministrative e i pagamenti potete rivolgervi alla collega Laura Sironi "
            "(l.sironi@studiofontanaassociati.it, tel. 02 8738 1120), che legge anche questa casella.\n"
            "Grazie e a presto,\n"
            "Giulia Fontana")
    irt = dmid("007-2027-courtesy", o["domain"])
    h = reply_headers("Giulia Fontana <g.fontana@studiofontanaassociati.it>", addr(o),
                      "Risposta automatica: Fattura 7/2027", when(2027, 2, 22, 9, 1, 30), "m026",
                      "studiofontanaassociati.it", irt=irt,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    data = build(h, text, html=simple_html(text, "Calibri"), charset="utf-8")
    add(data, "auto-reply",
        "Maternity-leave auto-reply; 'fino a settembre 2027' names a month, not a day, so there is no "
        "return_date.")


def m027():
    o = MF
    c = dict(name="Federica Longo", kind="person")
    inv = dict(number="62/2026", amount=Decimal("350"), issue=date(2026, 12, 1), due=date(2026, 12, 31))
    sent = when(2027, 1, 12, 8, 30)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Ciao Marco, le confermo che il bonifico è partito stamattina, 12 gennaio, scusa per il ritardo ma con "
           "le vacanze mi ero proprio dimenticata. Ti allego lo screenshot della ricevuta.\n"
           "Buon lavoro e grazie ancora per il sito, è piaciuto a tutte le allieve!\n"
           "Federica\n"
           "Prana Yoga Studio - Bra")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("062-reminder", o["domain"])
    h = reply_headers("Federica Longo <pranayoga.bra@gmail.com>", addr(o), "Re: Fattura 62/2026",
                      when(2027, 1, 12, 10, 14, 27), "m027", "mail.gmail.com", irt=irt,
                      refs=[mid("inv062", o["domain"]), irt])
    data = build(h, plain, html, attachments=[(tiny_png(3, 2), "image", "png", "Screenshot_20270112-101022.png")])
    add(data, "client-reply-paid",
        "The client (mixing 'le confermo' and 'ti allego') says the transfer left this morning and attaches a "
        "screenshot; no amount in her words.")


def m028():
    o = MF
    c = dict(name="Logistica Nord srl", kind="company")
    inv = dict(number="5/2027", amount=Decimal("1952"), issue=date(2027, 1, 13), due=date(2027, 2, 12))
    sent = when(2027, 2, 8, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Buongiorno Marco,\n\n"
           "abbiamo controllato la fattura 5/2027 con il nostro referente IT: le ore fatturate (32) non "
           "corrispondono al timesheet condiviso su Teams, dove per gennaio ne risultano 24. Può verificare? Se le "
           "8 ore in più si riferiscono all'intervento del 28 gennaio, a noi risulta che fosse coperto dalla "
           "garanzia sul lavoro di dicembre.\n\n"
           "Nel frattempo la fattura resta sospesa: appena ci manda la fattura corretta (o una nota di credito per "
           "la differenza) procediamo con il pagamento.\n\n"
           "Cordiali saluti\n"
           "Stefano Gatti\n"
           "Responsabile Amministrativo\n"
           "Logistica Nord srl - Interporto di Novara")
    oh = outlook_hdr(sent, addr(o), "Stefano Gatti <s.gatti@logisticanord.it>", "Fattura 5/2027")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("005-2027-courtesy", o["domain"])
    h = reply_headers("Stefano Gatti <s.gatti@logisticanord.it>", addr(o), "RE: Fattura 5/2027",
                      when(2027, 2, 9, 14, 55, 8), "m028", "logisticanord.it", irt=irt,
                      refs=[mid("inv005-2027", o["domain"]), irt], extra=outlook_x("Fattura 5/2027"))
    data = build(h, plain, html, cte="quoted-printable")
    add(data, "client-reply-dispute",
        "The client contests the hours billed (32 against 24 in the timesheet), suspends the invoice and asks for a "
        "corrected invoice or a credit note.", reference="5/2027")


def m029():
    o = CB
    c = dict(name="Studio Tecnico Geom. Paolo Barbieri", kind="company")
    inv = dict(number="33/2026", amount=Decimal("610"), issue=date(2026, 11, 2), due=date(2026, 12, 2))
    sent = when(2026, 11, 26, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Buongiorno,\n"
           "la fattura n. 33/2026 non ci risulta pervenuta, né nel cassetto fiscale né sul nostro gestionale. Può "
           "verificare che sia stata trasmessa allo SDI con il codice destinatario giusto? Il nostro è M5UXCR1 "
           "(ve l'avevamo comunicato a settembre, forse è rimasto quello vecchio).\n"
           "Appena ci arriva la registriamo.\n"
           "Saluti\n"
           "Geom. Paolo Barbieri")
    plain = f"{top}\n\n{thunder_attr(sent, o['name'])}\n{q_gt(q)}\n"
    irt = dmid("033-courtesy", o["domain"])
    h = reply_headers("Studio Barbieri <info@studiotecnicobarbieri.it>", addr(o), "Re: Fattura 33/2026",
                      when(2026, 11, 27, 9, 20, 14), "m029", "studiotecnicobarbieri.it", irt=irt,
                      refs=[mid("inv033", o["domain"]), irt],
                      extra=[("User-Agent", "Mozilla Thunderbird")])
    data = build(h, plain, charset="utf-8", cte="8bit", plain_params={"format": "flowed"})
    add(data, "client-reply-other",
        "The client says the e-invoice never reached them through SDI and gives the right recipient code; "
        "'appena ci arriva la registriamo' is about recording it, not a promise to pay.",
        reference="33/2026")


def m030():
    o = ER
    c = dict(name="Giuseppe Amato", kind="person")
    inv = dict(number="42/2026", amount=Decimal("95"), issue=date(2026, 11, 6), due=date(2026, 11, 26))
    sent = when(2026, 12, 10, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Gentile dottoressa, mi scusi, mi era proprio sfuggita! Domani mattina faccio il bonifico, promesso 🙏\n"
           "Giuseppe Amato")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("042-reminder", o["domain"])
    h = reply_headers("Giuseppe Amato <peppe.amato61@gmail.com>", addr(o), "Re: Fattura 42/2026",
                      when(2026, 12, 10, 23, 48, 5), "m030", "mail.gmail.com", irt=irt,
                      refs=[mid("inv042", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-promise",
        "Sent at 23:48 on Thursday 10 December 2026 (Italian time): 'domani mattina' is Friday 11 December.",
        promised_date="2026-12-11")


def m031():
    o = CB
    text = ("Gentile Cliente,\n\n"
            "ti informiamo che è disponibile la fattura n. 26PAS0045123 del 05/01/2027 relativa al rinnovo dei "
            "servizi associati al dominio benedettidesign.it (Hosting Linux Easy, Posta elettronica).\n\n"
            "Importo totale: 45,14 EUR (IVA inclusa)\n"
            "Metodo di pagamento: carta di credito, addebitata il 05/01/2027\n\n"
            "Puoi scaricare la fattura in formato PDF dall'Area Clienti, nella sezione Gestione ordini > Fatture. "
            "La fattura elettronica è stata inoltre trasmessa al Sistema di Interscambio e la trovi nel tuo "
            "cassetto fiscale.\n\n"
            "Cordiali saluti\n"
            "Aruba S.p.A.\n"
            "www.aruba.it\n\n"
            "Questa email è stata inviata da un indirizzo non abilitato alla ricezione: ti preghiamo di non "
            "rispondere.")
    h = [("From", "Aruba.it <comunicazioni@staff.aruba.it>"), ("To", "chiara@benedettidesign.it"),
         ("Subject", "Aruba.it - Emissione fattura n. 26PAS0045123"),
         ("Date", format_datetime(when(2027, 1, 5, 6, 12, 40))),
         ("Message-ID", mid("m031", "staff.aruba.it")),
         ("List-Unsubscribe", "<mailto:unsubscribe@staff.aruba.it>")]
    data = build(h, text, html=simple_html(text, "Verdana"), charset="iso-8859-1")
    add(data, "other",
        "An invoice the freelancer received from her hosting provider, already charged to her card: money going "
        "out, not coming in, and not a client's reply.")


def m032():
    o = DL
    c = dict(name="Ottica Bertoldi snc", kind="company")
    inv = dict(number="51/2026", amount=Decimal("420"), issue=date(2026, 11, 20), due=date(2026, 12, 20))
    sent = when(2027, 1, 7, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Saldato! 🎉 Scusa il ritardo, con le feste è stato un delirio.\n"
           "Buon anno e alla prossima!\n\n"
           "Silvia\n"
           "Ottica Bertoldi - Peschiera del Garda")
    attr = apple_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n> {attr}\n> \n{q_gt(q)}\n"
    html = apple_html(top, attr, q)
    irt = dmid("051-reminder", o["domain"])
    h = reply_headers("Silvia Bertoldi <silvia@otticabertoldi.it>", addr(o), "Re: Fattura 51/2026",
                      when(2027, 1, 7, 12, 30, 16), "m032", "otticabertoldi.it", irt=irt,
                      refs=[mid("inv051", o["domain"]), irt],
                      extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
    data = build(h, plain, html)
    add(data, "client-reply-paid",
        "One word, 'Saldato!', with an emoji: the client says it is paid; no amount of her own.")


def m033():
    o = ER
    c = dict(name="Università degli Studi di Capua - Dipartimento di Scienze Umane", kind="company")
    inv = dict(number="7/2027", amount=Decimal("732"), issue=date(2027, 1, 12), due=date(2027, 2, 11))
    sent = when(2027, 2, 8, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Gentile Dott.ssa Russo,\n\n"
           "si comunica che la fattura elettronica n. 7/2027 del 12/01/2027 è stata rifiutata tramite il Sistema "
           "di Interscambio in quanto priva del codice CIG e del riferimento al buono d'ordine n. 14/2027, "
           "obbligatori ai fini della tracciabilità dei flussi finanziari (L. 136/2010).\n\n"
           "Si invita pertanto a emettere una nuova fattura riportando nel blocco \"Dati ordine d'acquisto\" il "
           "CIG B4F2A19C7E e il numero d'ordine sopra indicato. La fattura rifiutata non potrà essere liquidata.\n\n"
           "Distinti saluti\n\n"
           "Ufficio Contabilità\n"
           "Dipartimento di Scienze Umane\n"
           "Università degli Studi di Capua")
    oh = outlook_hdr(sent, addr(o), "contabilita.dsu@unicapua.it", "Fattura 7/2027")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("007-2027-courtesy-er", o["domain"])
    h = reply_headers("Contabilita DSU <contabilita.dsu@unicapua.it>", addr(o), "R: Fattura 7/2027",
                      when(2027, 2, 11, 10, 15, 0), "m033", "unicapua.it", irt=irt,
                      refs=[mid("inv007-2027-er", o["domain"]), irt], extra=outlook_x("Fattura 7/2027"))
    data = build(h, plain, html)
    add(data, "client-reply-dispute",
        "A university office writes that it rejected the e-invoice (no CIG, no order reference) and will not pay "
        "it as issued; a human refusal of the invoice, not an SDI machine notice. '14/2027' is the order number, "
        "not an invoice.", reference="7/2027")


def m034():
    o = SG
    c = dict(name="Agenzia Viaggi Sole e Mare srl", kind="company")
    inv = dict(number="2/2027", amount=Decimal("854"), issue=date(2026, 12, 21), due=date(2027, 1, 20))
    sent = when(2027, 1, 25, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Buonasera Sara,\n"
           "ha ragione, siamo in ritardo. Gennaio per noi è un mese di poche entrate e abbiamo anche dovuto versare "
           "gli acconti ai tour operator per la primavera. Riusciamo a saldare entro il 5/2, se per lei va bene.\n"
           "Mi scusi ancora.\n"
           "Cinzia\n"
           "Agenzia Viaggi Sole e Mare - Rimini")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("002-2027-reminder", o["domain"])
    h = reply_headers("Agenzia Sole e Mare <info@agenziasoleemare.it>", addr(o), "Re: Fattura 2/2027",
                      when(2027, 1, 25, 17, 32, 45), "m034", "agenziasoleemare.it", irt=irt,
                      refs=[mid("inv002-2027", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-promise",
        "'Entro il 5/2' written on 25 January 2027: 5 February 2027.", promised_date="2027-02-05")


def m035():
    o = MF
    c = dict(name="Tecnoplast Veneta srl", kind="company")
    inv = dict(number="59/2026", amount=Decimal("1098"), issue=date(2026, 10, 22), due=date(2026, 11, 21))
    sent = when(2026, 11, 18, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Buongiorno Marco,\n\n"
           "io non seguo i pagamenti, inoltro all'ufficio amministrazione che legge in copia.\n\n"
           "Alessandra, mi confermi per favore che è tutto a posto? Il lavoro è stato consegnato e collaudato a "
           "ottobre.\n\n"
           "Saluti\n"
           "Alberto Mion\n"
           "Ufficio Tecnico\n"
           "Tecnoplast Veneta srl\n"
           "Via dell'Artigianato 14 - 35010 Vigonza (PD)")
    oh = outlook_hdr(sent, addr(o), "Alberto Mion <a.mion@tecnoplastveneta.it>", "Fattura 59/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q, cs="windows-1252")
    irt = dmid("059-courtesy", o["domain"])
    h = reply_headers("Alberto Mion <a.mion@tecnoplastveneta.it>", addr(o), "R: Fattura 59/2026",
                      when(2026, 11, 18, 9, 47, 31), "m035", "tecnoplastveneta.it", irt=irt,
                      refs=[mid("inv059", o["domain"]), irt], cc="Amministrazione <amministrazione@tecnoplastveneta.it>",
                      extra=outlook_x("Fattura 59/2026"))
    data = build(h, plain, html, charset="windows-1252")
    add(data, "client-reply-other",
        "The technical contact forwards the courtesy note to accounts (in Cc) and says the work was accepted; "
        "nothing about payment made or promised.")


def m036():
    o = ER
    text = ("Ciao Elena,\n\n"
            "hai ricevuto un pagamento di 45,00 € da Marco Esposito.\n"
            "Messaggio: \"traduzione patente fatt 10/2027\"\n\n"
            "Data: 02/03/2027 alle 19:26\n"
            "Codice transazione: 7d2f1c0a-4e3b-4f19-9a61-0c2b8e5d1f44\n\n"
            "L'importo sarà accreditato sul tuo conto corrente con il prossimo trasferimento automatico.\n\n"
            "Il team Satispay\n\n"
            "Satispay Europe S.A. - Hai ricevuto questa email perché hai attivato le notifiche dei pagamenti "
            "ricevuti nel tuo profilo Business.")
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;'
            'background:#fafafa"><div style="max-width:520px;margin:auto;background:#fff;padding:24px;'
            'border-radius:12px"><div style="color:#ef4136;font-size:22px;font-weight:bold">satispay</div>'
            '<p>Ciao Elena,</p><p style="font-size:18px">hai ricevuto un pagamento di <b>45,00 €</b> da '
            '<b>Marco Esposito</b>.</p><p>Messaggio: "traduzione patente fatt 10/2027"</p>'
            '<p style="color:#666">Data: 02/03/2027 alle 19:26<br>Codice transazione: '
            '7d2f1c0a-4e3b-4f19-9a61-0c2b8e5d1f44</p><p>L\'importo sarà accreditato sul tuo conto corrente con il '
            'prossimo trasferimento automatico.</p><p>Il team Satispay</p><p style="font-size:11px;color:#999">'
            'Satispay Europe S.A. - Hai ricevuto questa email perché hai attivato le notifiche dei pagamenti '
            'ricevuti nel tuo profilo Business.</p></div></body></html>\n')
    h = [("From", "Satispay <no-reply@satispay.com>"), ("To", o["email"]),
         ("Subject", "Hai ricevuto 45,00 €"), ("Date", format_datetime(when(2027, 3, 2, 19, 26, 31))),
         ("Message-ID", mid("m036", "mail.satispay.com"))]
    data = build(h, text, html)
    add(data, "payment-notification",
        "Satispay Business notice of 45.00 euro received, with the payer's message naming invoice 10/2027.",
        amount="45.00", currency="EUR", reference="10/2027")


def m037():
    o = ER
    c = dict(name="Lingue & Co srl", kind="company")
    inv = dict(number="38/2026", amount=Decimal("1600"), issue=date(2026, 10, 30), due=date(2026, 11, 29))
    sent = when(2026, 11, 26, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Gentile Elena,\n\n"
           "purtroppo il cliente finale ha riscontrato numerosi errori terminologici nella traduzione del manuale "
           "UT-400 (trova in allegato il file con le correzioni evidenziate in giallo). Abbiamo dovuto far "
           "rivedere tutto il testo a un revisore esterno, con un costo non previsto e due giorni di ritardo sulla "
           "consegna.\n\n"
           "Le chiediamo quindi di ridurre del 30% l'importo della fattura n. 38/2026, emettendo una nota di "
           "credito per la differenza. Resta inteso che la parte restante verrà saldata regolarmente.\n\n"
           "Ci dispiace, è la prima volta che succede in tanti anni di collaborazione.\n\n"
           "Un cordiale saluto\n"
           "Valentina Riva\n"
           "Project Manager\n"
           "Lingue & Co srl - Servizi linguistici\n"
           "Corso Buenos Aires 77, 20124 Milano")
    oh = outlook_hdr(sent, addr(o), "Valentina Riva <v.riva@lingueandco.it>", "Fattura 38/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("038-courtesy", o["domain"])
    h = reply_headers("Valentina Riva <v.riva@lingueandco.it>", addr(o), "R: Fattura 38/2026",
                      when(2026, 11, 30, 15, 10, 22), "m037", "lingueandco.it", irt=irt,
                      refs=[mid("inv038", o["domain"]), irt], extra=outlook_x("Fattura 38/2026", attach=True))
    xlsx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(48) + b"PK\x05\x06" + bytes(18)
    data = build(h, plain, html, attachments=[(xlsx, "application",
                                               "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                               "Manuale_UT-400_correzioni.xlsx")])
    add(data, "client-reply-dispute",
        "The agency contests the quality of the translation and asks for a 30% reduction through a credit note; "
        "'la parte restante verrà saldata' has no day and the dispute takes precedence.",
        reference="38/2026")


def m038():
    o = DL
    fwd = ("-----Messaggio originale-----\n"
           "Da: Banco BPM <noreply@bancobpm.it>\n"
           "Inviato: lunedì 22 febbraio 2027 17:58\n"
           "A: officinagalvani@alice.it\n"
           "Oggetto: Esito disposizione bonifico\n\n"
           "Gentile Cliente,\n"
           "la disposizione di bonifico SEPA n. 2027022200481 è stata eseguita.\n\n"
           "Beneficiario: LOMBARDI DAVIDE\n"
           "IBAN beneficiario: IT91B0200811770001045678901\n"
           "Importo: 600,00 EUR\n"
           "Data esecuzione: 22/02/2027\n"
           "Causale: SALDO FATTURA 6/2027\n"
           "CRO/TRN: 0503412021202702220048112IT\n\n"
           "Per qualsiasi informazione può rivolgersi alla Sua filiale.\n"
           "Banco BPM S.p.A.")
    top = "Ecco fatto. Saluti\nRoberto\n\nAutofficina Galvani - San Bonifacio"
    plain = f"{top}\n\n{fwd}\n"
    h = [("From", "Officina Galvani <officinagalvani@alice.it>"), ("To", addr(o)),
         ("Subject", "I: Esito disposizione bonifico"), ("Date", format_datetime(when(2027, 2, 22, 18, 5, 44))),
         ("Message-ID", mid("m038", "alice.it")), ("X-Mailer", "Microsoft Outlook 16.0"),
         ("Content-Language", "it")]
    data = build(h, plain, charset="windows-1252", cte="quoted-printable")
    add(data, "client-reply-paid",
        "A client forwards his bank's execution notice with 'Ecco fatto': a 600.00 EUR transfer to the "
        "freelancer with causale 'SALDO FATTURA 6/2027'. A client's message, not a notice to the freelancer, and "
        "a forward, not a reply.", amount="600.00", currency="EUR", reference="6/2027")


def m039():
    o = CB
    c = dict(name="La Bottega di Simone di Simone Neri", kind="company")
    inv = dict(number="4/2027", amount=Decimal("540"), issue=date(2027, 1, 8), due=date(2027, 2, 7))
    sent = when(2027, 2, 17, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = "Ciao Chiara, hai ragione. La settimana prossima ti sistemo tutto, adesso sono a secco. Scusa\nSimone"
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("004-2027-reminder-cb", o["domain"])
    h = reply_headers("Simone Neri <labottegadisimone@gmail.com>", addr(o), "Re: Fattura 4/2027",
                      when(2027, 2, 17, 12, 3, 9), "m039", "mail.gmail.com", irt=irt,
                      refs=[mid("inv004-2027-cb", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-promise",
        "'La settimana prossima ti sistemo tutto': a promise to pay with no day, so no promised_date.")


def m040():
    orig_dt = when(2027, 2, 24, 10, 20, 3)
    text = ("Questo è il sistema di posta di Register.it (smtp.register.it).\n\n"
            "####################################################################\n"
            "# QUESTO È SOLO UN AVVISO: NON È NECESSARIO REINVIARE IL MESSAGGIO. #\n"
            "####################################################################\n\n"
            "Il Suo messaggio non è ancora stato consegnato a uno o più destinatari.\n"
            "Il sistema continuerà a tentare la consegna per altri 4 giorni; se non\n"
            "riuscirà, riceverà un ulteriore avviso.\n\n"
            "<ufficio@pasticceriamarini.it>: host mx.pasticceriamarini.it[91.187.204.33]\n"
            "    said: 452 4.2.2 Mailbox full: ufficio@pasticceriamarini.it (in reply to\n"
            "    RCPT TO command)\n")
    body = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    raw = f"""Return-Path: <>
Received: from smtp.register.it (smtp.register.it [195.110.124.133])
	by mail.register.it (Postfix) with ESMTP id 3C1F92A0E51
	for <davide@lombardifoto.it>; Wed, 24 Feb 2027 14:22:10 +0100 (CET)
Date: Wed, 24 Feb 2027 14:22:10 +0100 (CET)
From: MAILER-DAEMON@register.it (Mail Delivery System)
Subject: Avviso: messaggio non ancora consegnato - Fattura 8/2027
To: davide@lombardifoto.it
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3C1F92A0E51.1803468130/smtp.register.it"
Message-Id: <20270224132210.3C1F92A0E51@smtp.register.it>

This is a MIME-encapsulated message.

--3C1F92A0E51.1803468130/smtp.register.it
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{body}
--3C1F92A0E51.1803468130/smtp.register.it
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.register.it
X-Postfix-Queue-ID: 3C1F92A0E51
X-Postfix-Sender: rfc822; davide@lombardifoto.it
Arrival-Date: Wed, 24 Feb 2027 10:20:05 +0100 (CET)

Final-Recipient: rfc822; ufficio@pasticceriamarini.it
Original-Recipient: rfc822;ufficio@pasticceriamarini.it
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx.pasticceriamarini.it
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full: ufficio@pasticceriamarini.it
Will-Retry-Until: Sun, 28 Feb 2027 10:20:05 +0100 (CET)

--3C1F92A0E51.1803468130/smtp.register.it
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Davide Lombardi <davide@lombardifoto.it>
To: ufficio@pasticceriamarini.it
Subject: Fattura 8/2027
Date: {format_datetime(orig_dt)}
Message-ID: {mid("inv008-2027", "lombardifoto.it")}
MIME-Version: 1.0

--3C1F92A0E51.1803468130/smtp.register.it--
"""
    add(raw.encode("ascii"), "bounce",
        "Register.it delay warning: the recipient's mailbox is full (452 4.2.2) and delivery is still being "
        "retried, so the failure is temporary.",
        failed_recipient="ufficio@pasticceriamarini.it", permanent=False)


def m041():
    o = DL
    c = dict(name="Rossella Mancini", kind="person")
    inv = dict(number="47/2026", amount=Decimal("900"), issue=date(2026, 11, 3), due=date(2026, 12, 3))
    sent = when(2026, 12, 22, 9, 0)
    q = letter("thank_you", o, c, inv, sent.date(), paid_on=date(2026, 12, 21))
    top = ("Grazie a lei Davide, è stato un piacere lavorare con te! Le foto del battesimo le abbiamo già stampate "
           "e regalate ai nonni, erano commossi.\n"
           "Buone feste a te e famiglia 🎄\n"
           "Rossella")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("047-thanks", o["domain"])
    h = reply_headers("Rossella Mancini <rossella.mancini@libero.it>", addr(o), "Re: Fattura 47/2026",
                      when(2026, 12, 22, 10, 41, 3), "m041", "libero.it", irt=irt,
                      refs=[mid("inv047", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-other",
        "A reply to the freelancer's thank-you for a payment already received: the client only says thanks and "
        "season's greetings; the payment words are in the quoted letter, not hers.")


def m042():
    o = SG
    c = dict(name="Ristorante Da Tonino di Antonio Ruggiero", kind="company")
    inv = dict(number="43/2026", amount=Decimal("680"), issue=date(2026, 11, 1), due=date(2026, 12, 1))
    sent = when(2027, 3, 3, 9, 0)
    q = letter("suspension", o, c, inv, sent.date(), deadline=date(2027, 3, 13), suspension=date(2027, 3, 15))
    top = ("NON PAGO NIENTE FINCHE NON MI SISTEMI LA PAGINA FACEBOOK COME AVEVAMO DETTO!!! te l'ho detto tre volte "
           "al telefono, le recensioni false sono ancora li e i post li metto io da solo da gennaio. E non "
           "minacciarmi di sospendere che tanto non fai niente da mesi.\n"
           "Tonino\n\n"
           "Inviato da iPhone")
    plain = f"{top}\n\n> {apple_attr(sent, o['name'], o['email'])}\n> \n{q_gt(q)}\n"
    irt = dmid("043-suspension", o["domain"])
    h = reply_headers("Tonino Ruggiero <ristorantedatonino@hotmail.it>", addr(o), "Re: Fattura 43/2026",
                      when(2027, 3, 4, 23, 10, 37), "m042", "hotmail.it", irt=irt,
                      refs=[mid("inv043", o["domain"]), irt], extra=[("X-Mailer", "iPhone Mail (22D72)")])
    data = build(h, plain)
    add(data, "client-reply-dispute",
        "An angry restaurateur, in capitals, refuses to pay until the agreed Facebook work is done: work not done "
        "as agreed, payment withheld.")


def m043():
    o = MF
    c = dict(name="Impianti Elettrici Bianchi di Bianchi Sergio", kind="company")
    inv = dict(number="57/2026", amount=Decimal("488"), issue=date(2026, 11, 15), due=date(2026, 12, 15))
    sent = when(2026, 12, 28, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Buongiorno Marco,\n"
           "pagato ieri con bonifico ordinario, dovrebbe arrivarle a giorni.\n"
           "Una domanda: dal 1° gennaio la ditta individuale chiude e passiamo a Bianchi Impianti srl (P.IVA "
           "04827310987, stessa sede). Le prossime fatture, compresa quella del canone di manutenzione del sito, "
           "può intestarle alla srl? Se le serve le mando la visura.\n"
           "Grazie e buon anno\n"
           "Sergio Bianchi")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("057-reminder", o["domain"])
    h = reply_headers("Sergio Bianchi <impiantibianchi@gmail.com>", addr(o), "Re: Fattura 57/2026",
                      when(2026, 12, 29, 11, 20, 55), "m043", "mail.gmail.com", irt=irt,
                      refs=[mid("inv057", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-paid",
        "Paid yesterday by transfer, plus a question about invoicing the new company from January: paid wins "
        "over the question.")


def m044():
    o = MF
    text = ("Gentile Cliente,\n\n"
            "ti comunichiamo che è stato accreditato sul tuo conto corrente un bonifico in entrata.\n\n"
            "Ordinante: STUDIO ARCH. PELLEGRINI ASSOCIATI\n"
            "Importo: 2.196,00 EUR\n"
            "Causale: SALDO FATT. 61/2026 SVILUPPO SITO\n"
            "Data valuta: 21/12/2026\n\n"
            "Per visualizzare il dettaglio del movimento accedi all'area riservata del sito fineco.it o all'app "
            "Fineco.\n\n"
            "Ti ricordiamo che Fineco non ti chiederà mai di inserire i tuoi codici personali tramite link "
            "ricevuti via email o SMS.\n\n"
            "FinecoBank S.p.A.")
    h = [("From", "Fineco <comunicazioni@fineco.it>"), ("To", "marco@ferriweb.it"),
         ("Subject", "Fineco - Bonifico in entrata"), ("Date", format_datetime(when(2026, 12, 21, 7, 3, 26))),
         ("Message-ID", mid("m044", "fineco.it"))]
    data = build(h, text, html=simple_html(text, "Roboto"), cte="quoted-printable")
    add(data, "payment-notification",
        "Fineco alert of an incoming transfer of 2,196.00 EUR whose causale names invoice 61/2026.",
        amount="2196.00", currency="EUR", reference="61/2026")


def m045():
    o = ER
    c = dict(name="B&B Il Vicolo di Teresa Capasso", kind="company")
    inv = dict(number="43/2026", amount=Decimal("260"), issue=date(2026, 11, 15), due=date(2026, 12, 15))
    sent = when(2026, 12, 23, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Buongiorno Elena, sono fuori con la famiglia per le feste e da qui non riesco a entrare nella banca "
           "online (il token è rimasto a casa!). Appena rientro pago, comunque entro la Befana.\n"
           "Buone feste!\n"
           "Teresa\n"
           "B&B Il Vicolo - Procida")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("043-reminder-er", o["domain"])
    h = reply_headers("B&B Il Vicolo <bbilvicolo.procida@gmail.com>", addr(o), "Re: Fattura 43/2026",
                      when(2026, 12, 27, 11, 5, 50), "m045", "mail.gmail.com", irt=irt,
                      refs=[mid("inv043-er", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-promise",
        "'Entro la Befana' names a day: the Epiphany, 6 January 2027, written on 27 December 2026.",
        promised_date="2027-01-06")


def m046():
    text = ("Ciao Chiara,\n\n"
            "ecco le novità del mese per chi lavora in proprio.\n\n"
            "1. FORFETTARI 2027: COSA CONTROLLARE\n"
            "Soglia dei ricavi, contributi INPS e le verifiche da fare prima di emettere la prima fattura "
            "dell'anno. Leggi l'articolo: https://www.freelanceitalia.net/blog/forfettari-2027\n\n"
            "2. LE SCADENZE DI GENNAIO\n"
            "16 gennaio: F24 per le ritenute di dicembre. 31 gennaio: conservazione delle fatture elettroniche "
            "dell'anno precedente. Tutto il calendario: https://www.freelanceitalia.net/scadenze\n\n"
            "3. CLIENTI CHE NON PAGANO? WEBINAR GRATUITO\n"
            "Giovedì 21 gennaio alle 18:00: come scrivere un sollecito efficace, quando chiedere gli interessi di "
            "mora e quando passare alla diffida. Con l'avv. Laura Pini. Iscriviti: "
            "https://www.freelanceitalia.net/webinar/solleciti\n\n"
            "Buon lavoro!\n"
            "La redazione di Freelance Italia Network\n\n"
            "Ricevi questa email perché ti sei iscritta alla newsletter su freelanceitalia.net.\n"
            "Per non ricevere più le nostre comunicazioni: https://www.freelanceitalia.net/disiscriviti?u=8f21c0")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Freelance Italia Network</title></head>'
            '<body style="background:#eef1f5;margin:0"><center><table width="620" cellpadding="0" cellspacing="0" '
            'style="background:#fff;font-family:Georgia,serif;color:#222">'
            '<tr><td style="padding:24px;background:#1b3a5c;color:#fff;font-size:22px">Freelance Italia Network'
            '<br><span style="font-size:13px">Newsletter di gennaio 2027</span></td></tr>'
            '<tr><td style="padding:24px"><p>Ciao Chiara,</p><p>ecco le novità del mese per chi lavora in proprio.</p>'
            '<h2>1. Forfettari 2027: cosa controllare</h2><p>Soglia dei ricavi, contributi INPS e le verifiche da '
            'fare prima di emettere la prima fattura dell\'anno. <a href="https://www.freelanceitalia.net/blog/'
            'forfettari-2027">Leggi l\'articolo</a></p><h2>2. Le scadenze di gennaio</h2><p>16 gennaio: F24 per le '
            'ritenute di dicembre. 31 gennaio: conservazione delle fatture elettroniche dell\'anno precedente. '
            '<a href="https://www.freelanceitalia.net/scadenze">Tutto il calendario</a></p>'
            '<h2>3. Clienti che non pagano? Webinar gratuito</h2><p>Giovedì 21 gennaio alle 18:00: come scrivere un '
            'sollecito efficace, quando chiedere gli interessi di mora e quando passare alla diffida. Con l\'avv. '
            'Laura Pini. <a href="https://www.freelanceitalia.net/webinar/solleciti">Iscriviti</a></p>'
            '<p>Buon lavoro!<br>La redazione di Freelance Italia Network</p></td></tr>'
            '<tr><td style="padding:16px;font-size:11px;color:#777">Ricevi questa email perché ti sei iscritta alla '
            'newsletter su freelanceitalia.net. <a href="https://www.freelanceitalia.net/disiscriviti?u=8f21c0">'
            'Disiscriviti</a></td></tr></table></center></body></html>\n')
    h = [("From", "Freelance Italia Network <newsletter@freelanceitalia.net>"),
         ("To", "chiara@benedettidesign.it"),
         ("Subject", "Forfettari 2027, scadenze di gennaio e un webinar sui clienti che non pagano"),
         ("Date", format_datetime(when(2027, 1, 14, 7, 30, 0))),
         ("Message-ID", mid("m046", "mail.freelanceitalia.net")),
         ("List-Unsubscribe", "<https://www.freelanceitalia.net/disiscriviti?u=8f21c0>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    data = build(h, text, html)
    add(data, "other",
        "A newsletter for freelancers; it talks about invoices, reminders and unpaid clients, but it is bulk mail, "
        "not about any invoice of hers.")


def m047():
    o = ER
    c = dict(name="Partenope Farmaceutici S.p.A.", kind="company")
    inv = dict(number="39/2026", amount=Decimal("4270"), issue=date(2026, 11, 30), due=date(2026, 12, 31))
    sent = when(2027, 1, 28, 9, 0)
    q = letter("reminder", o, c, inv, sent.date(), fees=True)
    top = ("Buongiorno,\n\n"
           "Le confermiamo che la fattura n. 39/2026 è stata pagata in data odierna con bonifico, valuta "
           "beneficiario 29/01/2027, nell'ambito del pagamento fornitori di fine mese. L'importo di € 4.270,00 è "
           "stato disposto sull'IBAN indicato in fattura.\n\n"
           "Ci scusiamo per il ritardo, dovuto all'approvazione tardiva dell'ordine da parte della funzione "
           "Regulatory.\n\n"
           "Cordiali saluti\n\n"
           "Gennaro Santoro\n"
           "Contabilità Fornitori\n"
           "Partenope Farmaceutici S.p.A.\n"
           "Via Argine 1150 - 80147 Napoli\n\n"
           "Il contenuto di questa e-mail è strettamente confidenziale e destinato esclusivamente al destinatario. "
           "This e-mail is confidential and intended only for the addressee.")
    oh = outlook_hdr(sent, addr(o), "contabilita.fornitori@partenopefarma.it", "Fattura 39/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("039-reminder", o["domain"])
    h = reply_headers("Santoro Gennaro <g.santoro@partenopefarma.it>", addr(o), "RE: Fattura 39/2026",
                      when(2027, 1, 29, 16, 2, 21), "m047", "partenopefarma.it", irt=irt,
                      refs=[mid("inv039", o["domain"]), irt], extra=outlook_x("Fattura 39/2026"))
    data = build(h, plain, html, cte="base64")
    add(data, "client-reply-paid",
        "Accounts payable confirms invoice 39/2026 was paid today for 4,270 euro; the quoted reminder's total "
        "with interest and the 40 euro is not what the client paid.",
        amount="4270.00", currency="EUR", reference="39/2026")


def m048():
    o = MF
    c = dict(name="Tecnoservice srl", kind="company")
    inv = dict(number="56/2026", amount=Decimal("2318"), issue=date(2026, 10, 27), due=date(2026, 11, 26))
    sent = when(2026, 11, 20, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Buongiorno,\n"
           "la fattura è intestata a Tecnoservice srl ma l'ordine (e il sito) è di Tecnoservice Impianti srl, che ha "
           "partita IVA diversa: 03198450162. Purtroppo così non possiamo né registrarla né pagarla.\n"
           "Ci emetta per favore una nota di credito totale e rifaccia la fattura con l'intestazione corretta, "
           "stesso importo.\n"
           "Grazie\n"
           "Elisa Cortinovis\n"
           "Amministrazione - Tecnoservice Impianti srl\n"
           "Dalmine (BG)")
    oh = outlook_hdr(sent, addr(o), "amministrazione@tecnoservice-impianti.it", "Fattura 56/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("056-courtesy", o["domain"])
    h = reply_headers("Elisa Cortinovis <amministrazione@tecnoservice-impianti.it>", addr(o),
                      "R: Fattura 56/2026", when(2026, 11, 23, 8, 55, 12), "m048", "tecnoservice-impianti.it",
                      irt=irt, refs=[mid("inv056", o["domain"]), irt], extra=outlook_x("Fattura 56/2026"))
    data = build(h, plain, html)
    add(data, "client-reply-dispute",
        "The invoice is addressed to the wrong company: the client asks for a full credit note and a new invoice "
        "and will not pay this one.")


def m049():
    o = CB
    text = ("Gentile fornitore,\n\n"
            "la Sua richiesta è stata registrata con il numero di ticket #482133 e sarà gestita dal team Contabilità "
            "Fornitori entro 5 giorni lavorativi.\n\n"
            "Per verificare in autonomia lo stato dei pagamenti La invitiamo a consultare il Portale Fornitori "
            "(https://fornitori.gdonordest.it), dove può visualizzare le fatture registrate, le scadenze e i "
            "pagamenti effettuati.\n\n"
            "Per aggiungere informazioni alla richiesta risponda a questa email senza modificare l'oggetto.\n\n"
            "Questo è un messaggio generato automaticamente.\n"
            "Contabilità Fornitori - GDO Nordest S.p.A.")
    irt = dmid("038-courtesy-cb", o["domain"])
    h = reply_headers("Servizio Fornitori GDO Nordest <fornitori@gdonordest.it>", addr(o),
                      "[Ticket #482133] Fattura 38/2026 - richiesta presa in carico", when(2026, 12, 1, 9, 0, 41),
                      "m049", "helpdesk.gdonordest.it", irt=irt,
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                             ("X-Mailer", "Zammad Mail Service")])
    data = build(h, text, html=simple_html(text))
    add(data, "auto-reply",
        "A supplier-helpdesk ticket acknowledgement sent automatically on the reminder; '5 giorni lavorativi' is a "
        "handling time, not an absence with a return date.")


def m050():
    o = MF
    c = dict(name="Studio Medico Dott. Enrico Ricci", kind="company")
    inv = dict(number="64/2026", amount=Decimal("732"), issue=date(2026, 12, 1), due=date(2026, 12, 31))
    sent = when(2027, 1, 13, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Buongiorno,\n"
           "il dottor Ricci è a un congresso a Milano fino a venerdì e i bonifici dello studio li firma solo lui. Al "
           "suo rientro, lunedì 18 gennaio, glielo faccio trovare sulla scrivania e lo firma in mattinata.\n"
           "Cordiali saluti\n"
           "Patrizia\n"
           "Segreteria Studio Medico Dott. Ricci\n"
           "tel. 0171 690 455")
    oh = outlook_hdr(sent, addr(o), "segreteria@studiomedicoricci.it", "Fattura 64/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("064-reminder", o["domain"])
    h = reply_headers("Segreteria Studio Ricci <segreteria@studiomedicoricci.it>", addr(o), "R: Fattura 64/2026",
                      when(2027, 1, 13, 12, 15, 30), "m050", "studiomedicoricci.it", irt=irt,
                      refs=[mid("inv064", o["domain"]), irt], extra=outlook_x("Fattura 64/2026"))
    data = build(h, plain, html)
    add(data, "client-reply-promise",
        "The doctor's secretary says he is away until Friday and will sign the transfer on Monday 18 January; the "
        "promise is for the 18th, 'fino a venerdì' is only his absence.",
        promised_date="2027-01-18")


def m051():
    o = DL
    c = dict(name="Comune di Valeggio sul Mincio", kind="company")
    inv = dict(number="1/2027", amount=Decimal("1098"), issue=date(2027, 1, 4), due=date(2027, 2, 3))
    sent = when(2027, 1, 29, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Buongiorno,\n\n"
           "in riferimento alla fattura in oggetto, si comunica che per procedere alla liquidazione è necessario che "
           "la S.V. trasmetta:\n"
           "- la dichiarazione di tracciabilità dei flussi finanziari (art. 3 L. 136/2010) con l'indicazione del "
           "conto corrente dedicato, firmata e corredata di copia del documento d'identità;\n"
           "- l'autocertificazione della regolarità contributiva per i professionisti iscritti alla Gestione "
           "Separata INPS.\n\n"
           "Si allegano i modelli da compilare. La documentazione può essere inviata anche via PEC all'indirizzo "
           "protocollo@pec.comune.valeggiosulmincio.vr.it.\n\n"
           "Distinti saluti\n\n"
           "Il Responsabile del Servizio Cultura e Turismo\n"
           "Dott. Fabio Menegatti\n"
           "Comune di Valeggio sul Mincio (VR)")
    oh = outlook_hdr(sent, addr(o), "cultura@comune.valeggiosulmincio.vr.it", "Fattura 1/2027")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    irt = dmid("001-2027-courtesy-dl", o["domain"])
    h = reply_headers("Servizio Cultura <cultura@comune.valeggiosulmincio.vr.it>", addr(o), "R: Fattura 1/2027",
                      when(2027, 2, 1, 10, 30, 12), "m051", "comune.valeggiosulmincio.vr.it", irt=irt,
                      refs=[mid("inv001-2027-dl", o["domain"]), irt])
    data = build(h, plain, charset="utf-8", cte="quoted-printable",
                 attachments=[(tiny_pdf("Dichiarazione tracciabilita flussi finanziari"), "application", "pdf",
                               "Mod_tracciabilita_L136-2010.pdf"),
                              (tiny_pdf("Autocertificazione regolarita contributiva"), "application", "pdf",
                               "Autocertificazione_DURC_professionisti.pdf")])
    add(data, "client-reply-other",
        "A municipality asks for the traceability declaration and a contribution self-certification before it can "
        "pay: paperwork required, neither a dispute of the invoice nor a promise with a day.")


def m052():
    o = ER
    c = dict(name="Anna Esposito", kind="person")
    inv = dict(number="8/2027", amount=None, issue=date(2027, 1, 13), due=date(2027, 2, 12))
    sent = when(2027, 2, 15, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Gentile dottoressa Russo,\n\n"
           "sono andata all'ufficio postale stamattina e ho fatto il bonifico di 180 euro come mi aveva scritto, "
           "con la causale che c'era nella mail. L'impiegata mi ha detto che arriva in uno o due giorni.\n\n"
           "Mi faccia sapere se le arriva, perché con queste cose non sono molto pratica.\n\n"
           "Cordiali saluti\n"
           "Anna Esposito")
    lh = libero_hdr(sent, o["email"], "anna.esposito1949@libero.it", "Fattura 8/2027")
    plain = f"{top}\n\n\n{lh}\n\n{q}\n"
    irt = dmid("008-2027-reminder-er", o["domain"])
    h = reply_headers("anna.esposito1949@libero.it", o["email"], "R: Fattura 8/2027",
                      when(2027, 2, 16, 11, 48, 2), "m052", "libero.it", irt=irt,
                      extra=[("X-Mailer", "Libero Mail")])
    data = build(h, plain, charset="iso-8859-1", cte="quoted-printable")
    add(data, "client-reply-paid",
        "An elderly private client says she made the 180 euro transfer at the post office this morning; the "
        "quoted Libero webmail header has no '>' and the reminder there gives no amount.",
        amount="180.00", currency="EUR")


def m053():
    o = ER
    text = ("Gentile ELENA RUSSO,\n\n"
            "ti informiamo che sul tuo Conto BancoPosta n. ****5678 è stato registrato il seguente movimento:\n\n"
            "Tipo operazione: BONIFICO IN ENTRATA\n"
            "Importo: + 240,00 €\n"
            "Ordinante: DE LUCA ANTONIO\n"
            "Causale: FATTURA 9/2027 TRADUZIONE GIURATA\n"
            "Data contabile: 19/02/2027\n\n"
            "Puoi verificare i movimenti del conto su poste.it o nell'app BancoPosta.\n\n"
            "Questa è una comunicazione automatica, ti preghiamo di non rispondere.\n"
            "Poste Italiane S.p.A. - Patrimonio BancoPosta")
    h = [("From", "Poste Italiane <noreply@posteitaliane.it>"), ("To", "elena@russotraduzioni.it"),
         ("Subject", "Accredito sul tuo Conto BancoPosta"), ("Date", format_datetime(when(2027, 2, 19, 13, 4, 9))),
         ("Message-ID", mid("m053", "posteitaliane.it")), ("Auto-Submitted", "auto-generated")]
    data = build(h, text, html=simple_html(text, "Titillium Web"))
    add(data, "payment-notification",
        "BancoPosta alert of an incoming transfer of 240.00 euro with causale 'FATTURA 9/2027'.",
        amount="240.00", currency="EUR", reference="9/2027")


def m054():
    o = CB
    c = dict(name="Autotrasporti Ferraresi srl", kind="company")
    inv = dict(number="35/2026", amount=Decimal("1098"), issue=date(2026, 11, 20), due=date(2026, 12, 20))
    sent = when(2027, 2, 3, 9, 0)
    q = letter("late_fee", o, c, inv, sent.date(), fees=True, deadline=date(2027, 2, 13))
    top = ("Buongiorno,\n\n"
           "la fattura la paghiamo entro venerdì, ma non riconosciamo né gli interessi né i 40 euro di "
           "\"risarcimento\": in tre anni che lavoriamo insieme nessuno ci ha mai parlato di penali e nel preventivo "
           "non c'era scritto niente. Il bonifico sarà quindi di 1.098,00 euro, come da fattura.\n\n"
           "Se la cosa non le sta bene ne parliamo, ma mi sembra un modo strano di trattare un cliente.\n\n"
           "Saluti\n"
           "Roberto Ferraresi\n"
           "Autotrasporti Ferraresi srl - Cento (FE)")
    oh = outlook_hdr(sent, addr(o), "info@autotrasportiferraresi.it", "Fattura 35/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("035-late-fee-cb", o["domain"])
    h = reply_headers("Roberto Ferraresi <info@autotrasportiferraresi.it>", addr(o), "R: Fattura 35/2026",
                      when(2027, 2, 4, 9, 37, 18), "m054", "autotrasportiferraresi.it", irt=irt,
                      refs=[mid("inv035-cb", o["domain"]), irt], extra=outlook_x("Fattura 35/2026"))
    data = build(h, plain, html)
    add(data, "client-reply-dispute",
        "The client refuses the late-payment interest and the 40 euro while promising the invoice amount by "
        "Friday: dispute takes precedence over promise, so no promised_date; the 1,098 he says he will pay is "
        "kept as the amount.", amount="1098.00", currency="EUR")


def m055():
    o = DL
    c = dict(name="Vincenzo Amoroso", kind="person")
    sent = when(2027, 2, 8, 9, 0)
    q = ("Gentile Vincenzo Amoroso,\n\n"
         "da un controllo risultano ancora da saldare le seguenti fatture:\n\n"
         "- n. 4/2027 del 5 gennaio 2027, scaduta il 4 febbraio 2027 (4 giorni di ritardo): 250,00 €\n"
         "- n. 5/2027 del 12 gennaio 2027, in scadenza l'11 febbraio 2027: 390,00 €\n\n"
         "Totale da pagare: 640,00 €\n\n"
         "Chiedo cortesemente di provvedere al pagamento delle fatture scadute entro il 15 febbraio 2027. Se alcune "
         "di queste fatture sono già state pagate, basta rispondere indicando quali e la data del bonifico, così "
         "aggiorno la mia contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: "
         "basta rispondere a questa email.\n\n"
         "Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate.\n\n"
         "Cordiali saluti,\n"
         "Davide Lombardi")
    top = ("Ciao Davide, la 4 l'ho pagata ieri sera con l'app, dovresti già vederla. La 5 te la saldo a fine "
           "febbraio, adesso proprio non ci sto dentro, a gennaio qui in pizzeria non entra nessuno.\n"
           "Enzo")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("statement-amoroso", o["domain"])
    h = reply_headers("Enzo Amoroso <pizzeriaalforno.enzo@gmail.com>", addr(o),
                      "Re: Riepilogo fatture aperte: n. 4/2027, 5/2027", when(2027, 2, 8, 13, 30, 2), "m055",
                      "mail.gmail.com", irt=irt)
    data = build(h, plain, html)
    add(data, "client-reply-promise",
        "Reply to a two-invoice statement: one invoice paid last night, the other promised 'a fine febbraio' "
        "(28 February 2027); paid plus promise is a promise, and with two invoices there is no reference or "
        "amount.", promised_date="2027-02-28")


def m056():
    o = CB
    text = ("Gentile CHIARA BENEDETTI,\n\n"
            "il bonifico che hai disposto è stato eseguito.\n\n"
            "Importo: 1.200,00 EUR\n"
            "Beneficiario: IMMOBILIARE SOLE SRL\n"
            "IBAN beneficiario: IT40 S054 2811 1010 0000 0098 765\n"
            "Causale: CANONE LOCAZIONE STUDIO GENNAIO 2027\n"
            "Data esecuzione: 04/01/2027\n"
            "Commissioni: 0,00 EUR\n\n"
            "Puoi consultare la contabile nell'app Intesa Sanpaolo Mobile, sezione Operazioni > Bonifici.\n\n"
            "Questa è una comunicazione automatica: ti preghiamo di non rispondere a questa email.\n\n"
            "Intesa Sanpaolo S.p.A.")
    h = [("From", "Intesa Sanpaolo <notifiche@intesasanpaolo.com>"), ("To", "chiara@benedettidesign.it"),
         ("Subject", "Bonifico eseguito"), ("Date", format_datetime(when(2027, 1, 4, 8, 15, 2))),
         ("Message-ID", mid("m056", "notifiche.intesasanpaolo.com")), ("Auto-Submitted", "auto-generated")]
    data = build(h, text, html=simple_html(text))
    add(data, "other",
        "An Intesa Sanpaolo notice of a transfer the freelancer herself made (her studio's rent): money going "
        "out, so not a payment notification.")


def m057():
    o = DL
    c = dict(name="Trattoria Al Cacciatore di Giuseppe Dal Bosco", kind="company")
    inv = dict(number="46/2026", amount=Decimal("350"), issue=date(2026, 10, 9), due=date(2026, 11, 8))
    sent = when(2026, 11, 12, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Ciao Davide, go fato el bonifico ieri sera. Varda se el xe rivà, se no dimelo che ciamo la banca.\n"
           "Bepi\n\n"
           "Inviato dal mio Galaxy")
    fwd = (f"-------- Messaggio originale --------\nDa: {addr(o)}\n"
           f"Data: {sent:%d/%m/%y %H:%M} (GMT+01:00)\nA: trattoriaalcacciatore@gmail.com\nOggetto: Fattura 46/2026")
    plain = f"{top}\n\n{fwd}\n\n{q}\n"
    irt = dmid("046-reminder-dl", o["domain"])
    h = reply_headers("Trattoria Al Cacciatore <trattoriaalcacciatore@gmail.com>", addr(o), "R: Fattura 46/2026",
                      when(2026, 11, 12, 20, 31, 19), "m057", "email.android.com", irt=irt,
                      refs=[mid("inv046-dl", o["domain"]), irt])
    data = build(h, plain, cte="base64")
    add(data, "client-reply-paid",
        "Written in Venetian dialect ('go fato el bonifico ieri sera' = I made the transfer last night): paid; "
        "no amount.")


def m058():
    o = SG
    c = dict(name="Cooperativa Sociale Il Girasole", kind="company")
    inv = dict(number="6/2027", amount=Decimal("976"), issue=date(2027, 1, 27), due=date(2027, 2, 26))
    sent = when(2027, 3, 4, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Buongiorno Dott.ssa Galli,\n\n"
           "mi scuso per il ritardo: a febbraio abbiamo cambiato gestionale e alcuni pagamenti fornitori sono rimasti "
           "bloccati nella migrazione, tra cui il Suo. La fattura 6/2027 sarà pagata entro mercoledì prossimo, "
           "insieme alle altre che stiamo recuperando.\n\n"
           "Cordiali saluti\n"
           "Marta Colombo\n"
           "Ufficio Amministrazione\n"
           "Cooperativa Sociale Il Girasole - Lodi")
    oh = outlook_hdr(sent, addr(o), "amministrazione@coopilgirasole.it", "Fattura 6/2027")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("006-2027-reminder-sg", o["domain"])
    h = reply_headers("Marta Colombo <amministrazione@coopilgirasole.it>", addr(o), "R: Fattura 6/2027",
                      when(2027, 3, 4, 15, 12, 40), "m058", "coopilgirasole.it", irt=irt,
                      refs=[mid("inv006-2027-sg", o["domain"]), irt], extra=outlook_x("Fattura 6/2027"))
    data = build(h, plain, html)
    add(data, "client-reply-promise",
        "'Entro mercoledì prossimo' written on Thursday 4 March 2027: Wednesday 10 March.",
        promised_date="2027-03-10", reference="6/2027")


def m059():
    o = ER
    c = dict(name="Bruno Consulting di Alessandro Bruno", kind="company")
    inv = dict(number="36/2026", amount=Decimal("488"), issue=date(2026, 10, 12), due=date(2026, 11, 11))
    sent = when(2026, 11, 5, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Buongiorno Elena,\n"
           "non trovo la fattura, la mail di ottobre probabilmente è finita nello spam (ci succede spesso con gli "
           "allegati). Me la può rimandare in PDF? Così la passo subito in contabilità.\n"
           "Grazie,\n"
           "Alessandro Bruno\n"
           "--\n"
           "Bruno Consulting - Export & Internazionalizzazione\n"
           "Via Chiaia 190, Napoli")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("036-courtesy-er", o["domain"])
    h = reply_headers("Alessandro Bruno <a.bruno@brunoconsulting.it>", addr(o), "Re: Fattura 36/2026",
                      when(2026, 11, 6, 8, 30, 29), "m059", "brunoconsulting.it", irt=irt,
                      refs=[mid("inv036-er", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-other",
        "The client cannot find the invoice and asks for the PDF again; passing it to accounts is not a promise "
        "to pay.")


def m060():
    o = MF
    text = ("Grazie per il Suo messaggio.\n\n"
            "Sono fuori ufficio fino a lunedì 15 febbraio compreso, con accesso limitato alla posta elettronica. "
            "Risponderò al mio rientro.\n\n"
            "Per questioni urgenti può contattare la segreteria dello studio allo 051 644 2210.\n\n"
            "Avv. Chiara Montanari\n"
            "Studio Legale Montanari - Bologna")
    irt = dmid("008-2027-courtesy-mf", o["domain"])
    h = reply_headers("Chiara Montanari <c.montanari@studiolegalemontanari.it>", addr(o),
                      "Risposta automatica: Fattura 8/2027", when(2027, 2, 10, 9, 5, 2), "m060",
                      "studiolegalemontanari.it", irt=irt,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                             ("Content-Language", "it-IT")])
    data = build(h, text, charset="windows-1252", cte="quoted-printable")
    add(data, "auto-reply",
        "Out-of-office 'fino a lunedì 15 febbraio compreso': the named day is the return_date (the brief takes the "
        "day named), even though 'compreso' means she is away that day too.",
        return_date="2027-02-15")


def m061():
    o = SG
    orig_dt = when(2026, 11, 19, 9, 0, 4)
    orig_mid = dmid("040-courtesy-sg", o["domain"])
    text = ("Impossibile recapitare il messaggio a l.moretti@gruppoalfaservizi.it\n\n"
            "L'indirizzo a cui hai inviato il messaggio non è stato trovato nel dominio di destinazione. Potrebbe "
            "essere scritto in modo errato oppure la casella potrebbe non esistere più.\n\n"
            "Cosa puoi fare: controlla l'indirizzo e prova a inviare di nuovo il messaggio. Se il problema "
            "persiste, contatta il destinatario in un altro modo (ad esempio per telefono) e chiedigli di "
            "comunicarti l'indirizzo corretto.\n\n"
            "Informazioni di diagnostica per gli amministratori:\n\n"
            "Server di generazione: AM9PR04MB8123.eurprd04.prod.outlook.com\n\n"
            "l.moretti@gruppoalfaservizi.it\n"
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
            "l.moretti@gruppoalfaservizi.it not found by SMTP address lookup'\n")
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                 "<p style=\"font-family:Segoe UI;font-size:17px;color:#c00000\"><b>Impossibile recapitare il "
                 "messaggio a l.moretti@gruppoalfaservizi.it</b></p>"
                 "<p>L'indirizzo a cui hai inviato il messaggio non è stato trovato nel dominio di destinazione. "
                 "Potrebbe essere scritto in modo errato oppure la casella potrebbe non esistere più.</p>"
                 "<p><b>Cosa puoi fare:</b> controlla l'indirizzo e prova a inviare di nuovo il messaggio.</p>"
                 "<p style=\"font-size:11px\">Server di generazione: AM9PR04MB8123.eurprd04.prod.outlook.com<br>"
                 "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
                 "l.moretti@gruppoalfaservizi.it not found by SMTP address lookup'</p></body></html>")
    tb = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    hb = base64.encodebytes(html_body.encode("utf-8")).decode("ascii")
    raw = f"""From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@saragalli.it>
To: <sara@saragalli.it>
Date: Thu, 19 Nov 2026 08:00:11 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a8d2c1f0-77e3-4b6a-9d2e-5f1c0b3a9e21"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: it-IT
Message-ID: <b3e9f1d2-4c71-4a0e-8f2d-91c7a6e0d5b4@AM9PR04MB8123.eurprd04.prod.outlook.com>
In-Reply-To: {orig_mid}
References: {orig_mid}
Subject: Non recapitabile: Fattura 40/2026
Auto-Submitted: auto-replied
MIME-Version: 1.0

--a8d2c1f0-77e3-4b6a-9d2e-5f1c0b3a9e21
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="5c0e9d7a-2f41-4c88-b6a3-0d9e7f2c1a54"

--5c0e9d7a-2f41-4c88-b6a3-0d9e7f2c1a54
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{tb}
--5c0e9d7a-2f41-4c88-b6a3-0d9e7f2c1a54
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{hb}
--5c0e9d7a-2f41-4c88-b6a3-0d9e7f2c1a54--

--a8d2c1f0-77e3-4b6a-9d2e-5f1c0b3a9e21
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR04MB8123.eurprd04.prod.outlook.com
Received-From-MTA: dns;AM9PR04MB8123.eurprd04.prod.outlook.com
Arrival-Date: Thu, 19 Nov 2026 08:00:05 +0000

Final-Recipient: rfc822;l.moretti@gruppoalfaservizi.it
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient l.moretti@gruppoalfaservizi.it not found by SMTP address lookup

--a8d2c1f0-77e3-4b6a-9d2e-5f1c0b3a9e21
Content-Type: text/rfc822-headers

From: Sara Galli <sara@saragalli.it>
To: "l.moretti@gruppoalfaservizi.it" <l.moretti@gruppoalfaservizi.it>
Subject: Fattura 40/2026
Date: {format_datetime(orig_dt)}
Message-ID: {orig_mid}
In-Reply-To: {mid("inv040-sg", o["domain"])}
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

--a8d2c1f0-77e3-4b6a-9d2e-5f1c0b3a9e21--
"""
    add(raw.encode("ascii"), "bounce",
        "Exchange Online non-delivery report in Italian (Date in UTC): the recipient no longer exists, 550 5.1.10, "
        "permanent.", failed_recipient="l.moretti@gruppoalfaservizi.it", permanent=True)


def m062():
    o = DL
    c = dict(name="Hotel Villa Rosa srl", kind="company")
    inv = dict(number="9/2027", amount=Decimal("1159"), issue=date(2027, 2, 12), due=date(2027, 3, 14))
    sent = when(2027, 3, 8, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Buongiorno Davide,\n"
           "prima di saldare vorrei capire la voce \"post-produzione extra - 150,00 €\": nel preventivo di gennaio il "
           "pacchetto \"Hotel Premium\" comprendeva già la post-produzione di tutte le foto consegnate, o almeno "
           "così c'era scritto. Mi sono persa qualcosa?\n"
           "Se è un errore mandami pure la fattura corretta, altrimenti ne parliamo.\n"
           "Grazie,\n"
           "Giorgia Pasetto\n"
           "Hotel Villa Rosa - Garda")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("009-2027-courtesy-dl", o["domain"])
    h = reply_headers("Giorgia Pasetto <direzione@hotelvillarosagarda.it>", addr(o), "Re: Fattura 9/2027",
                      when(2027, 3, 9, 10, 20, 7), "m062", "hotelvillarosagarda.it", irt=irt,
                      refs=[mid("inv009-2027-dl", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-dispute",
        "A polite query that contests one line of the invoice (150 euro of extra post-production she thinks was "
        "included) and holds payment until it is cleared up: a dispute, though it reads like a question.")


def m063():
    o = CB
    sent = when(2027, 3, 3, 9, 0)
    c = dict(name="Erboristeria Di Stefano di Rosa Di Stefano", kind="company")
    inv = dict(number="7/2027", amount=Decimal("250"), issue=date(2027, 1, 29), due=date(2027, 2, 28))
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Buonasera, bonifico fatto in data 3/3 di 250€ per la fattura 7/2027. Saluti Rosa\n\n"
           "Inviato da Libero Mail per Android")
    attr = f"mercoledì, 03 marzo 2027, 09:00 +0100 da {o['email']}:"
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    irt = dmid("007-2027-reminder-cb", o["domain"])
    h = reply_headers("rosa.distefano@libero.it", o["email"], "Re: Fattura 7/2027", when(2027, 3, 4, 19, 40, 33),
                      "m063", "libero.it", irt=irt, refs=[mid("inv007-2027-cb", o["domain"]), irt],
                      extra=[("X-Mailer", "Libero Mail for Android")])
    data = build(h, plain, cte="quoted-printable")
    add(data, "client-reply-paid",
        "One line from Libero Mail for Android: transfer of 250 euro made on 3/3 for invoice 7/2027.",
        amount="250.00", currency="EUR", reference="7/2027")


def m064():
    o = SG
    text = ("Gentile Cliente,\n\n"
            "La informiamo che in data 26/02/2027 è stato registrato un accredito sul Suo rapporto n. ...0123987.\n\n"
            "Operazione: BONIFICO A VOSTRO FAVORE\n"
            "Importo: EUR 732,00\n"
            "Ordinante: PALESTRA FITLIFE SSD A R.L.\n"
            "Causale: PAGAMENTO FATTURA N. 5/2027\n"
            "Data valuta: 26/02/2027\n\n"
            "Può consultare il dettaglio dell'operazione accedendo a Smart Web o all'app BPER Banca.\n\n"
            "Il presente messaggio è generato automaticamente dal servizio di notifica: La preghiamo di non "
            "rispondere.\n"
            "BPER Banca S.p.A.")
    h = [("From", "BPER Banca <noreply@bper.it>"), ("To", "sara@saragalli.it"),
         ("Subject", "BPER Banca - Avviso di accredito"), ("Date", format_datetime(when(2027, 2, 26, 10, 47, 58))),
         ("Message-ID", mid("m064", "bper.it")), ("Auto-Submitted", "auto-generated")]
    data = build(h, text, charset="iso-8859-1", cte="quoted-printable")
    add(data, "payment-notification",
        "BPER credit notice ('bonifico a vostro favore') of EUR 732.00 with causale naming invoice 5/2027; the "
        "amount comes after the currency code.", amount="732.00", currency="EUR", reference="5/2027")


def m065():
    o = CB
    c = dict(name="Grafiche Venete Packaging S.p.A.", kind="company")
    inv = dict(number="40/2026", amount=Decimal("1952"), issue=date(2026, 11, 25), due=date(2026, 12, 25))
    sent = when(2026, 12, 14, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Buongiorno,\n\n"
           "in risposta al Suo promemoria Le segnaliamo che, come da condizioni generali di acquisto accettate in "
           "fase d'ordine, i pagamenti ai fornitori avvengono a 60 gg data fattura fine mese, con bonifico a fine "
           "mese. La Sua fattura n. 40/2026 del 25/11/2026 verrà quindi pagata il 31/01/2027.\n\n"
           "Cordiali saluti\n\n"
           "Ufficio Contabilità Fornitori\n"
           "Grafiche Venete Packaging S.p.A.\n"
           "Zona Industriale 3 - 36061 Bassano del Grappa (VI)")
    oh = outlook_hdr(sent, addr(o), "contabilita@graficheveneteppk.it", "Fattura 40/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("040-courtesy-cb", o["domain"])
    h = reply_headers("Contabilita Fornitori <contabilita@graficheveneteppk.it>", addr(o), "R: Fattura 40/2026",
                      when(2026, 12, 14, 14, 22, 6), "m065", "graficheveneteppk.it", irt=irt,
                      refs=[mid("inv040-cb", o["domain"]), irt], extra=outlook_x("Fattura 40/2026"))
    data = build(h, plain, html)
    add(data, "client-reply-promise",
        "The client applies its own 60-days-end-of-month terms and states the invoice will be paid on 31/01/2027; "
        "not contesting the invoice, just its own payment date.",
        promised_date="2027-01-31", reference="40/2026")


def m066():
    o = ER
    c = dict(name="Edizioni Vesuvio srl", kind="company")
    inv = dict(number="6/2027", amount=Decimal("915"), issue=date(2027, 1, 14), due=date(2027, 2, 13))
    sent = when(2027, 3, 15, 9, 0)
    q = letter("late_fee", o, c, inv, sent.date(), deadline=date(2027, 3, 25))
    top = ("Buongiorno dott.ssa Russo,\n"
           "non so dirle se la fattura sia stata pagata o meno: il collega che segue i fornitori è in malattia da "
           "due settimane e non ho accesso al suo gestionale. Verifico con il commercialista e le faccio sapere al "
           "più presto.\n"
           "Cordiali saluti\n"
           "Ilaria Cuomo\n"
           "Edizioni Vesuvio srl - Redazione")
    oh = outlook_hdr(sent, addr(o), "redazione@edizionivesuvio.it", "Fattura 6/2027")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("006-2027-late-fee-er", o["domain"])
    h = reply_headers("Ilaria Cuomo <redazione@edizionivesuvio.it>", addr(o), "R: Fattura 6/2027",
                      when(2027, 3, 16, 10, 10, 41), "m066", "edizionivesuvio.it", irt=irt,
                      refs=[mid("inv006-2027-er", o["domain"]), irt], extra=outlook_x("Fattura 6/2027"))
    data = build(h, plain, html)
    add(data, "client-reply-other",
        "The person answering does not know whether the invoice was paid and will check: neither a paid claim nor "
        "a promise.")


def m067():
    o = ER
    c = dict(name="Studio Dott. Raffaele Greco", kind="company")
    inv = dict(number="41/2026", amount=Decimal("610"), issue=date(2026, 10, 19), due=date(2026, 11, 18))
    sent = when(2026, 11, 10, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Gentile dott.ssa Russo,\n"
           "nella fattura n. 41/2026 manca la ritenuta d'acconto del 20%: noi siamo sostituti d'imposta e, trattandosi "
           "di prestazione professionale, siamo tenuti ad applicarla. Così com'è non possiamo pagarla.\n"
           "Le chiedo di stornarla con una nota di credito e di riemetterla con la ritenuta (imponibile 500,00, IVA "
           "110,00, ritenuta 100,00, netto a pagare 510,00).\n"
           "Cordiali saluti\n"
           "Dott. Raffaele Greco\n"
           "Dottore Commercialista - Caserta")
    oh = outlook_hdr(sent, addr(o), "studio@studiogrecocaserta.it", "Fattura 41/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("041-courtesy-er", o["domain"])
    h = reply_headers("Studio Greco <studio@studiogrecocaserta.it>", addr(o), "R: Fattura 41/2026",
                      when(2026, 11, 11, 12, 0, 3), "m067", "studiogrecocaserta.it", irt=irt,
                      refs=[mid("inv041-er", o["domain"]), irt], extra=outlook_x("Fattura 41/2026"))
    data = build(h, plain, html)
    add(data, "client-reply-dispute",
        "The client says the invoice lacks the withholding tax, asks for a credit note and a reissue, and will not "
        "pay it as it is; the 510.00 is the net of the future invoice, not a sum paid or promised.",
        reference="41/2026")


def m068():
    o = MF
    c = dict(name="Serramenti Valsusa srl", kind="company")
    inv = dict(number="52/2026", amount=Decimal("854"), issue=date(2026, 11, 10), due=date(2026, 12, 10))
    sent = when(2026, 12, 18, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Gentile Sig. Ferri,\n\n"
           "con la presente Le comunichiamo che in data 18 dicembre abbiamo provveduto al pagamento delle fatture "
           "n. 52/2026 e n. 54/2026, per un importo complessivo di € 1.708,00, con un unico bonifico.\n\n"
           "Restiamo a disposizione per eventuali chiarimenti.\n\n"
           "Distinti saluti\n\n"
           "Ufficio Amministrativo\n"
           "Serramenti Valsusa srl\n"
           "Corso Torino 45 – 10059 Susa (TO)")
    oh = outlook_hdr(sent, addr(o), "amministrazione@serramentivalsusa.it", "Fattura 52/2026")
    html = outlook_html(top, oh, q, cs="windows-1252")
    irt = dmid("052-reminder-mf", o["domain"])
    h = reply_headers("Serramenti Valsusa - Amministrazione <amministrazione@serramentivalsusa.it>", addr(o),
                      "R: Fattura 52/2026", when(2026, 12, 21, 8, 50, 14), "m068", "serramentivalsusa.it", irt=irt,
                      refs=[mid("inv052-mf", o["domain"]), irt], extra=outlook_x("Fattura 52/2026"))
    data = build(h, html=html, html_charset="windows-1252", html_cte="base64")
    add(data, "client-reply-paid",
        "HTML-only Outlook mail, base64 in windows-1252: two invoices paid with one transfer of 1,708 euro in "
        "total; two invoices, so no reference.", amount="1708.00", currency="EUR")


def m069():
    o = MF
    c = dict(name="Osteria da Checco di Francesco Proietti", kind="company")
    inv = dict(number="3/2027", amount=Decimal("366"), issue=date(2027, 1, 20), due=date(2027, 2, 19))
    sent = when(2027, 3, 2, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Aho Marco, nun te preoccupà, er bonifico te lo faccio dopodomani che me pagano er catering de sabato. "
           "Parola mia.\n"
           "Checco")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("003-2027-reminder-mf", o["domain"])
    h = reply_headers("Osteria da Checco <osteriadachecco@gmail.com>", addr(o), "Re: Fattura 3/2027",
                      when(2027, 3, 2, 13, 5, 44), "m069", "mail.gmail.com", irt=irt,
                      refs=[mid("inv003-2027-mf", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-promise",
        "Roman dialect: 'er bonifico te lo faccio dopodomani', written on Tuesday 2 March 2027: Thursday 4 March; "
        "'sabato' is when his catering job was, not a payment day.", promised_date="2027-03-04")


def m070():
    o = SG
    text = ("Ciao Sara,\n\n"
            "il Sistema di Interscambio (SdI) ha scartato la fattura elettronica n. 11/2027 del 12/03/2027 intestata "
            "a Ortopedia Sanitaria Brambilla srl.\n\n"
            "Codice errore: 00305 - IdFiscaleIVA del cessionario/committente non valido\n"
            "Data notifica: 15/03/2027 11:42\n"
            "Identificativo SdI: 15932748610\n\n"
            "Una fattura scartata si considera non emessa: correggi i dati del cliente e inviala di nuovo entro 5 "
            "giorni dalla notifica di scarto, mantenendo lo stesso numero e la stessa data.\n\n"
            "Vai alla fattura: https://app.fatturafacile.it/fatture/11-2027\n\n"
            "Il team FatturaFacile")
    h = [("From", "FatturaFacile <notifiche@fatturafacile.it>"), ("To", "sara@saragalli.it"),
         ("Subject", "Fattura 11/2027 scartata dal Sistema di Interscambio"),
         ("Date", format_datetime(when(2027, 3, 15, 11, 44, 20))),
         ("Message-ID", mid("m070", "fatturafacile.it")), ("Auto-Submitted", "auto-generated")]
    data = build(h, text, html=simple_html(text, "Inter"))
    add(data, "other",
        "An e-invoicing service tells the freelancer SDI rejected one of her invoices (wrong client VAT number): a "
        "machine notice about invoicing, not a client's dispute and not a payment.")


def m071():
    o = SG
    c = dict(name="Estetica Vitale di Vitale Monica", kind="company")
    inv = dict(number="8/2027", amount=Decimal("427"), issue=date(2027, 1, 28), due=date(2027, 2, 27))
    sent = when(2027, 3, 8, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Buongiorno,\n"
           "sono la commercialista della sig.ra Monica Vitale (Estetica Vitale), che mi ha inoltrato il Suo "
           "sollecito.\n"
           "La fattura n. 8/2027 sarà pagata insieme alle altre scadenze del 16 marzo, con bonifico dal conto "
           "dell'attività. La cliente si scusa per il ritardo.\n"
           "Cordiali saluti\n\n"
           "Dott.ssa Lorenza Pirovano\n"
           "Commercialista - Revisore legale\n"
           "Via Italia 31, 20900 Monza")
    oh = outlook_hdr(when(2027, 3, 8, 10, 2), "Estetica Vitale <esteticavitale@gmail.com>",
                     "Lorenza Pirovano <studio@pirovanocommercialista.it>", "I: Fattura 8/2027")
    oh2 = outlook_hdr(sent, addr(o), "esteticavitale@gmail.com", "Fattura 8/2027")
    quoted = f"{oh2}\n\n{q}"
    plain = f"{top}\n\n{oh}\n\n{quoted}\n"
    html = outlook_html(top, oh, quoted)
    h = reply_headers("Lorenza Pirovano <studio@pirovanocommercialista.it>", addr(o), "I: Fattura 8/2027",
                      when(2027, 3, 8, 16, 20, 31), "m071", "pirovanocommercialista.it",
                      cc="esteticavitale@gmail.com", extra=outlook_x("Fattura 8/2027"))
    data = build(h, plain, html)
    add(data, "client-reply-promise",
        "The client's accountant writes that invoice 8/2027 will be paid with the other payments due on 16 March "
        "(2027, given the Date); she forwards the reminder, she does not reply in the thread.",
        promised_date="2027-03-16", reference="8/2027")


def m072():
    o = CB
    c = dict(name="Giulia Serra", kind="person")
    inv = dict(number="30/2026", amount=Decimal("366"), issue=date(2026, 10, 8), due=date(2026, 11, 7))
    sent = when(2026, 11, 3, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Grazie Chiara, ricevuta, la giro al mio commercialista.\n"
           "Già che ci sono: mi faresti un preventivo per i biglietti da visita nuovi con il logo aggiornato? Ne "
           "servirebbero 500, carta un po' spessa, tipo quella dell'anno scorso.\n"
           "Ciao!\n"
           "Giulia")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("030-courtesy-cb", o["domain"])
    h = reply_headers("Giulia Serra <avv.giuliaserra@gmail.com>", addr(o), "Re: Fattura 30/2026",
                      when(2026, 11, 4, 8, 42, 16), "m072", "mail.gmail.com", irt=irt,
                      refs=[mid("inv030-cb", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-other",
        "Acknowledges the courtesy note, passes it to her accountant and asks a quote for new business cards: "
        "nothing paid or promised.")


def m073():
    o = MF
    c = dict(name="Andrea Fontana", kind="person")
    inv = dict(number="9/2027", amount=Decimal("848"), issue=date(2027, 2, 10), due=date(2027, 3, 12))
    sent = when(2027, 3, 22, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Ciao Marco,\n"
           "ho fatto due bonifici (500 + 348) perché avevo raggiunto il limite giornaliero dell'app, in totale 848 "
           "euro. Il secondo è partito adesso, quindi ti arriva domani. Controlla pure e fammi sapere.\n"
           "Andrea")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    html = gmail_html(top, attr, q)
    irt = dmid("009-2027-reminder-mf", o["domain"])
    h = reply_headers("Andrea Fontana <andrea.fontana.to@gmail.com>", addr(o), "Re: Fattura 9/2027",
                      when(2027, 3, 22, 18, 15, 2), "m073", "mail.gmail.com", irt=irt,
                      refs=[mid("inv009-2027-mf", o["domain"]), irt])
    data = build(h, plain, html)
    add(data, "client-reply-paid",
        "Paid in two transfers of 500 and 348, 848 euro in total as he says himself; 'ti arriva domani' is the "
        "credit, not a promise.", amount="848.00", currency="EUR")


def m074():
    o = SG
    text = ("AVVISO DI PAGAMENTO / REMITTANCE ADVICE\n"
            "Gruppo Alimentare Padano S.p.A.\n\n"
            "Beneficiario: GALLI SARA\n"
            "Codice fornitore: 700381\n"
            "Numero avviso: 2000145678\n"
            "Data pagamento: 11/01/2027\n"
            "Modalità: bonifico SEPA su IBAN IT64Y0538701601000000123987\n\n"
            "Documento    Data doc.     Importo\n"
            "48/2026      30/11/2026    1.586,00 EUR\n\n"
            "Totale pagato: 1.586,00 EUR\n\n"
            "Il presente avviso è generato automaticamente dal sistema di contabilità fornitori. Per informazioni: "
            "contabilita.fornitori@gapadano.it")
    html = ('<html><body style="font-family:Courier New,monospace;font-size:13px"><h3>AVVISO DI PAGAMENTO / '
            'REMITTANCE ADVICE</h3><p>Gruppo Alimentare Padano S.p.A.</p><table border="1" cellpadding="4" '
            'style="border-collapse:collapse"><tr><td>Beneficiario</td><td>GALLI SARA</td></tr><tr><td>Codice '
            'fornitore</td><td>700381</td></tr><tr><td>Numero avviso</td><td>2000145678</td></tr><tr><td>Data '
            'pagamento</td><td>11/01/2027</td></tr><tr><td>Modalità</td><td>bonifico SEPA su IBAN '
            'IT64Y0538701601000000123987</td></tr></table><br><table border="1" cellpadding="4" '
            'style="border-collapse:collapse"><tr><th>Documento</th><th>Data doc.</th><th>Importo</th></tr>'
            '<tr><td>48/2026</td><td>30/11/2026</td><td>1.586,00 EUR</td></tr></table><p><b>Totale pagato: 1.586,00 '
            'EUR</b></p><p style="font-size:11px">Il presente avviso è generato automaticamente dal sistema di '
            'contabilità fornitori. Per informazioni: contabilita.fornitori@gapadano.it</p></body></html>\n')
    h = [("From", "GAP Contabilita Fornitori <noreply-pagamenti@gapadano.it>"), ("To", "sara@saragalli.it"),
         ("Subject", "Avviso di pagamento n. 2000145678"), ("Date", format_datetime(when(2027, 1, 11, 6, 30, 0))),
         ("Message-ID", mid("m074", "sap.gapadano.it")), ("Auto-Submitted", "auto-generated"),
         ("X-Mailer", "SAP NetWeaver 7.50")]
    data = build(h, text, html, attachments=[(tiny_pdf("Avviso di pagamento 2000145678"), "application", "pdf",
                                               "AVVISO_2000145678.pdf")])
    add(data, "payment-notification",
        "A client's accounts-payable system sends a remittance advice: 1,586.00 EUR paid on 11/01/2027 for "
        "document 48/2026.", amount="1586.00", currency="EUR", reference="48/2026")


def m075():
    o = SG
    text = ("Gentile Dott.ssa Galli,\n\n"
            "scrivo in nome e per conto della mia assistita Bar Centrale di Lucia Pace, che mi ha trasmesso la Sua "
            "comunicazione del 15 marzo u.s. avente ad oggetto la diffida di pagamento relativa alla fattura "
            "n. 40/2026.\n\n"
            "La mia assistita contesta integralmente quanto richiesto: le attività di gestione dei canali social "
            "previste dall'accordo del settembre 2026 sono state svolte solo in minima parte (nei mesi di ottobre e "
            "novembre risultano pubblicati quattro contenuti a fronte dei venti pattuiti) e la campagna promozionale "
            "per l'inaugurazione della nuova sala non è mai stata avviata.\n\n"
            "Per tali ragioni nessuna somma è dovuta allo stato. La mia assistita resta comunque disponibile a "
            "valutare una definizione bonaria, limitata alle sole prestazioni effettivamente rese, previa emissione "
            "di nota di credito per la parte non eseguita.\n\n"
            "Con riserva di ogni diritto e azione.\n\n"
            "Distinti saluti\n\n"
            "Avv. Paolo Gregori\n"
            "Via Mazzini 12 - 24121 Bergamo\n"
            "Tel. 035 219 884\n"
            "PEC: paolo.gregori@pec.avvbergamo.it\n\n"
            "Il presente messaggio contiene informazioni riservate e coperte da segreto professionale; se ricevuto "
            "per errore, si prega di distruggerlo e di darne notizia al mittente.")
    h = [("From", "Avv. Paolo Gregori <studio@avvocatogregori.it>"), ("To", addr(o)),
         ("Cc", "barcentrale.bg@gmail.com"),
         ("Subject", "Fattura n. 40/2026 - Bar Centrale di Lucia Pace - contestazione"),
         ("Date", format_datetime(when(2027, 3, 18, 17, 45, 9))), ("Message-ID", mid("m075", "avvocatogregori.it")),
         ("X-Mailer", "Microsoft Outlook 16.0")]
    data = build(h, text, html=simple_html(text, "Times New Roman"), charset="windows-1252")
    add(data, "client-reply-dispute",
        "A lawyer answers the formal notice on the client's behalf in a new message: the work was largely not "
        "done, nothing is owed, at most a settlement after a credit note.", reference="40/2026")


def m076():
    o = CB
    c = dict(name="Moretti Arredo Bagno srl", kind="company")
    inv = dict(number="3/2027", amount=Decimal("732"), issue=date(2027, 1, 7), due=date(2027, 2, 6))
    sent = when(2027, 3, 25, 9, 0)
    q = letter("promise_followup", o, c, inv, sent.date(), promise=date(2027, 3, 19))
    top = ("Ha ragione, mi scusi, è colpa mia: la settimana scorsa sono stato a casa con l'influenza e mi è passato "
           "di mente. Il bonifico parte lunedì 29 senza fallo.\n\n"
           "Luca Moretti\n"
           "Moretti Arredo Bagno - Imola")
    oh = outlook_hdr(sent, addr(o), "luca@morettiarredobagno.it", "Fattura 3/2027")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("003-2027-promise-cb", o["domain"])
    h = reply_headers("Luca Moretti <luca@morettiarredobagno.it>", addr(o), "RE: Fattura 3/2027",
                      when(2027, 3, 25, 11, 12, 0), "m076", "morettiarredobagno.it", irt=irt,
                      refs=[mid("inv003-2027-cb", o["domain"]), irt], extra=outlook_x("Fattura 3/2027"))
    data = build(h, plain, html)
    add(data, "client-reply-promise",
        "A reply to the promise follow-up (the earlier promised 19 March is in the quote): the new day is "
        "'lunedì 29', i.e. Monday 29 March 2027.", promised_date="2027-03-29")


def m077():
    o = DL
    c = dict(name="Cantina Colli Scaligeri sca", kind="company")
    inv = dict(number="45/2026", amount=Decimal("1830"), issue=date(2026, 12, 1), due=date(2026, 12, 31))
    sent = when(2027, 2, 1, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Buongiorno,\n"
           "la dott.ssa Moretti non lavora più con noi da ottobre e la sua casella per il momento la leggo io. Per "
           "le fatture e i pagamenti deve scrivere a fornitori@cantinacolliscaligeri.it, che va direttamente "
           "all'amministrazione: le ho già inoltrato io il suo messaggio.\n"
           "Saluti\n"
           "Marco Tosi\n"
           "Ufficio Commerciale - Cantina Colli Scaligeri")
    oh = outlook_hdr(sent, addr(o), "d.moretti@cantinacolliscaligeri.it", "Fattura 45/2026")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    html = outlook_html(top, oh, q)
    irt = dmid("045-reminder-dl", o["domain"])
    h = reply_headers("Moretti Daniela <d.moretti@cantinacolliscaligeri.it>", addr(o), "R: Fattura 45/2026",
                      when(2027, 2, 1, 11, 30, 26), "m077", "cantinacolliscaligeri.it", irt=irt,
                      refs=[mid("inv045-dl", o["domain"]), irt], extra=outlook_x("Fattura 45/2026"))
    data = build(h, plain, html)
    add(data, "client-reply-other",
        "A colleague answers by hand from a former employee's mailbox: she left, write to the suppliers' address, "
        "message already forwarded. Written by a person, so not an auto-reply.")


def m078():
    o = CB
    c = dict(name="I.I.S. \"Leonardo Fea\"", kind="company")
    inv = dict(number="9/2027", amount=Decimal("610"), issue=date(2027, 3, 10), due=date(2027, 4, 9))
    sent = when(2027, 3, 29, 9, 0)
    q = letter("courtesy", o, c, inv, sent.date())
    top = ("Si comunica che la fattura elettronica n. 9/2027, pervenuta tramite SDI in data 12/03/2027, è stata "
           "accettata e trasmessa all'ufficio contabilità per gli adempimenti di competenza.\n\n"
           "Cordiali saluti\n\n"
           "L'Assistente Amministrativo\n"
           "Rita Bellini\n"
           "I.I.S. \"Leonardo Fea\" - Bologna\n"
           "Codice univoco ufficio: UFH3R7")
    oh = outlook_hdr(sent, addr(o), "bois02300p@istruzione.it", "Fattura 9/2027")
    plain = f"{top}\n\n{oh}\n\n{q}\n"
    irt = dmid("009-2027-courtesy-cb", o["domain"])
    h = reply_headers("\"IIS L. Fea\" <bois02300p@istruzione.it>", addr(o), "R: Fattura 9/2027",
                      when(2027, 3, 30, 10, 5, 55), "m078", "istruzione.it", irt=irt,
                      refs=[mid("inv009-2027-cb", o["domain"]), irt])
    data = build(h, plain, charset="utf-8", cte="quoted-printable")
    add(data, "client-reply-other",
        "A school office says the e-invoice was accepted and passed to accounts: forwarded for processing, no "
        "payment day, so not a promise. Dated in summer time (+0200).", reference="9/2027")


def m079():
    o = DL
    c = dict(name="Agriturismo Su Nuraghe", kind="company")
    inv = dict(number="7/2027", amount=Decimal("1464"), issue=date(2027, 2, 1), due=date(2027, 3, 3))
    sent = when(2027, 3, 19, 9, 0)
    q = letter("reminder", o, c, inv, sent.date())
    top = ("Buongiorno Davide,\n"
           "bonifico istantaneo fatto adesso, dovrebbe esserti già arrivato. Ti metto il TRN: "
           "1001270319ITSNM0004518872. Grazie per la pazienza, qui con la stagione che riparte siamo un po' "
           "incasinati!\n"
           "A presto\n"
           "Maria Antonietta\n"
           "Agriturismo Su Nuraghe - Barumini (SU)")
    attr = gmail_attr(sent, o["name"], o["email"])
    plain = f"{top}\n\n{attr}\n\n{q_gt(q)}\n"
    irt = dmid("007-2027-reminder-dl", o["domain"])
    h = reply_headers("Agriturismo Su Nuraghe <agriturismosunuraghe@gmail.com>", addr(o), "Re: Fattura 7/2027",
                      when(2027, 3, 19, 9, 52, 38), "m079", "mail.gmail.com", irt=irt,
                      refs=[mid("inv007-2027-dl", o["domain"]), irt])
    data = build(h, plain, cte="base64")
    add(data, "client-reply-paid",
        "Instant transfer made just now, with its TRN; no amount in the client's words (the 1,464 is only in the "
        "quoted reminder).")


def m080():
    text = ("Gentile contribuente,\n\n"
            "a seguito dei controlli automatici sulla dichiarazione dei redditi 2026 risulta a Suo favore un "
            "rimborso IRPEF di € 486,20.\n\n"
            "Per ricevere l'accredito è necessario confermare le coordinate bancarie entro 48 ore tramite il "
            "seguente collegamento:\n\n"
            "https://agenzia-entrate-rimborsi.com/conferma?id=IT88231\n\n"
            "Trascorso tale termine il rimborso verrà annullato e non sarà più possibile richiederlo.\n\n"
            "Agenzia delle Entrate\n"
            "Direzione Centrale Servizi ai Contribuenti")
    html = ('<html><body style="font-family:Arial"><img src="https://agenzia-entrate-rimborsi.com/logo.png" '
            'alt="Agenzia delle Entrate"><p>Gentile contribuente,</p><p>a seguito dei controlli automatici sulla '
            'dichiarazione dei redditi 2026 risulta a Suo favore un rimborso IRPEF di <b>€ 486,20</b>.</p><p>Per '
            'ricevere l\'accredito è necessario confermare le coordinate bancarie entro 48 ore tramite il seguente '
            'collegamento:</p><p><a href="https://agenzia-entrate-rimborsi.com/conferma?id=IT88231">CONFERMA '
            'RIMBORSO</a></p><p>Trascorso tale termine il rimborso verrà annullato e non sarà più possibile '
            'richiederlo.</p><p>Agenzia delle Entrate<br>Direzione Centrale Servizi ai Contribuenti</p></body></html>\n')
    h = [("From", "Agenzia delle Entrate <noreply@agenzia-entrate-rimborsi.com>"),
         ("To", "info@lombardifoto.it"), ("Bcc", "undisclosed-recipients:;"),
         ("Subject", "Avviso: rimborso fiscale di € 486,20 in attesa di conferma"),
         ("Date", format_datetime(when(2027, 3, 29, 3, 14, 51))),
         ("Message-ID", mid("m080", "agenzia-entrate-rimborsi.com")), ("X-Mailer", "PHPMailer 6.9.1")]
    data = build(h, text, html)
    add(data, "other",
        "Phishing that pretends to be a tax refund from the Agenzia delle Entrate: money is dangled, but nothing "
        "came in and it is not about an invoice.")


# ============================================================================ writing and checking
KINDS = ("client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other")
FIELDS = {"kind", "language", "split", "note", "promised_date", "return_date", "amount", "currency", "reference",
          "failed_recipient", "permanent"}

QUOTE_START = re.compile(
    r"^(>|Il giorno .* ha scritto:|Il \d\d/\d\d/\d{4} .* ha scritto:|_{20,}|-{4,} ?Messaggio originale ?-{4,}|"
    r"-+Messaggio originale-+|(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica), \d\d .* da \S+@\S+:|"
    r"Da: .*)", re.M)


def toml_value(v) -> str:
    import json
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def text_of(msg) -> str:
    """All human-readable text of a message: text/plain, text/html without tags, DSN fields."""
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/delivery-status":
            out.append("\n".join(str(p) for p in part.get_payload()))
            continue
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            h = part.get_content()
            h = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", h)
            h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|h\d|li)>", "\n", h)
            out.append(htmlmod.unescape(re.sub(r"<[^>]+>", "", h)))
        elif ct == "text/rfc822-headers":
            out.append(part.get_payload())
    return "\n".join(out)


def own_words(text: str) -> str:
    """The part of a reply above the first quotation (the sender's own words)."""
    m = QUOTE_START.search(text)
    return text[: m.start()] if m else text


def numbers_in(text: str) -> set[Decimal]:
    found = set()
    for tok in re.findall(r"(?<![\d/])\d{1,3}(?:\.\d{3})+(?:,\d{2})?(?![\d/])|(?<![\d/.,])\d+(?:,\d{2})?(?![\d/])", text):
        found.add(Decimal(tok.replace(".", "").replace(",", ".")))
    return found


#: Messages whose facts are in a document the client forwards (a bank's execution notice), not above it.
FACTS_IN_FORWARD = {"r18i-0038.eml"}


def check(path: Path, label: dict, problems: list[str]) -> str:
    name = path.name

    def bad(msg):
        problems.append(f"{name}: {msg}")

    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for hdr in ("From", "To", "Subject", "Date"):
        if not msg[hdr]:
            bad(f"no {hdr} header")
    if not (msg["Message-ID"] or msg["Message-Id"]):
        bad("no Message-ID")
    dt = parsedate_to_datetime(str(msg["Date"]))
    if dt.tzinfo is None:
        bad("Date has no time zone")
    local_day = dt.date()
    if not date(2026, 11, 1) <= local_day <= date(2027, 3, 31):
        bad(f"Date {local_day} out of range")
    unknown = set(label) - FIELDS
    if unknown:
        bad(f"unknown fields {unknown}")
    kind = label["kind"]
    if kind not in KINDS:
        bad(f"bad kind {kind}")
    if label["language"] != "it" or label["split"] != "dev" or not label.get("note"):
        bad("language/split/note")
    text = text_of(msg)
    own = own_words(text) if kind.startswith("client-reply") else text
    if kind.startswith("client-reply") and len(own.strip()) < 10:
        bad("own words not found")
    facts_text = text if name in FACTS_IN_FORWARD else own
    if "promised_date" in label:
        if kind != "client-reply-promise":
            bad("promised_date on a non-promise")
        pd = date.fromisoformat(label["promised_date"])
        if pd < local_day:
            bad(f"promised_date {pd} before the message {local_day}")
    if "return_date" in label:
        if kind != "auto-reply":
            bad("return_date on a non-auto-reply")
        rd = date.fromisoformat(label["return_date"])
        if rd < local_day:
            bad("return_date before the message")
        if str(rd.day) not in own:
            bad("return day not in text")
    if "amount" in label:
        if not re.fullmatch(r"\d+\.\d\d", label["amount"]):
            bad("amount format")
        elif Decimal(label["amount"]) not in numbers_in(facts_text):
            bad(f"amount {label['amount']} not in the sender's own words")
    if "currency" in label and ("amount" not in label or label["currency"] != "EUR"):
        bad("currency without amount / not EUR")
    if "reference" in label and label["reference"] not in facts_text:
        bad(f"reference {label['reference']} not in the sender's own words")
    if kind == "bounce":
        if "failed_recipient" not in label or "permanent" not in label:
            bad("bounce without failed_recipient/permanent")
        else:
            if label["failed_recipient"] not in text:
                bad("failed_recipient not in the report")
            status = re.search(r"^Status:\s*([245])\.\d+\.\d+", text, re.M)
            if not status:
                bad("no DSN Status")
            elif (status.group(1) == "5") != label["permanent"]:
                bad("permanent does not match the DSN status")
    elif "failed_recipient" in label or "permanent" in label:
        bad("bounce fields on a non-bounce")
    if kind.startswith("client-reply") and msg["In-Reply-To"]:
        refs = str(msg["References"] or "").split()
        if refs and refs[-1] != str(msg["In-Reply-To"]).strip():
            bad("References does not end with In-Reply-To")
    return own.strip()


def main() -> int:
    makers = [globals()[f"m{i:03d}"] for i in range(1, N + 1)]
    MESSAGES.clear()
    for mk in makers:
        before = len(MESSAGES)
        mk()
        assert len(MESSAGES) == before + 1, mk.__name__
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    lines = ["# round18-it: 80 Italian messages a freelancer receives after sending an invoice (client replies "
             "quoting the mailduns reminders, Italian bank and payment notices, auto-replies, bounces, other mail), "
             "labelled by hand.", ""]
    names = []
    for i, (data, label) in enumerate(MESSAGES, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        names.append(name)
        (HERE / name).write_bytes(data)
        lines.append(f'[files."{name}"]')
        for key in ("kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
                    "failed_recipient", "permanent", "note"):
            if key in label:
                lines.append(f"{key} = {toml_value(label[key])}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")

    # re-read everything from disk and check it
    import tomllib
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    problems: list[str] = []
    if sorted(labels) != names:
        problems.append("labels.toml does not list exactly the files written")
    seen: dict[str, str] = {}
    counts: dict[str, int] = {}
    for name in names:
        own = check(HERE / name, labels[name], problems)
        key = re.sub(r"\s+", " ", own)
        if labels[name]["kind"].startswith("client-reply"):
            if key in seen:
                problems.append(f"{name}: same text as {seen[key]}")
            seen[key] = name
        counts[labels[name]["kind"]] = counts.get(labels[name]["kind"], 0) + 1
    for k in KINDS:
        print(f"{k:22} {counts.get(k, 0)}")
    print(f"{'total':22} {sum(counts.values())}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print(f"ok: {len(names)} messages written and checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
