#!/usr/bin/env python3
"""Generate the round16-it blind test messages (Italian clients) and labels.toml.

Every body below is hand-written; only MIME plumbing, quoted reminders and HTML skeletons are generated.
Run: python3 make.py   (stdlib only, Python 3.11)
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import json
import os
import quopri
import random
import textwrap
import zlib
import struct
from email.header import Header
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r16i"

# ---------------------------------------------------------------- owners (mailbox owners)
ALE = dict(name="Alessandra Rossi", addr="alessandra@example.it", first="Alessandra",
           iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX", dom="example.it")
DAV = dict(name="Davide Marchetti", addr="davide@marchettifoto.it", first="Davide",
           iban="IT12 A030 6916 0011 0000 0004 782", bic="BCITITMM", dom="marchettifoto.it")
CHI = dict(name="Chiara Benedetti", addr="chiara@benedettitraduzioni.it", first="Chiara",
           iban="IT02 L036 4601 6005 2664 8931 205", bic="NTSBITM1XXX", dom="benedettitraduzioni.it")

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]
MESI3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
GIORNI3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]


def t(s):
    """Dedent a hand-written body, drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def D(y, m, d, hh, mm, tz="Europe/Rome", ss=0):
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=ZoneInfo(tz))


def itdate(d):
    return f"{d.day} {MESI[d.month - 1]} {d.year}"


def mid(seed, dom):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{dom}>"


def mailduns_mid(seed, owner):
    h = hashlib.sha1(("md" + seed).encode()).hexdigest()
    return f"<mailduns.{h[:10]}.{h[10:18]}@{owner['dom']}>"


# ---------------------------------------------------------------- reminders (as the templates write them)
def pay_block(owner, number):
    return (f"Per il pagamento:\n- beneficiario: {owner['name']}\n- IBAN: {owner['iban']}\n"
            f"- BIC: {owner['bic']}\n- causale: Fattura n. {number}\n")


def reminder(step, owner, salut, number, amount, due, issue=None, deadline=None, promise=None,
             claim=None, days=None, invoices=None, suspension=None):
    """Text of a mailduns letter; amount like '1.220,00 €', dates as datetime.date."""
    P = pay_block(owner, number) if number else ""
    sig = f"Cordiali saluti,\n{owner['name']}\n"
    if step == "courtesy":
        body = (f"un breve promemoria: la fattura n. {number} di {amount}"
                + (f", emessa il {itdate(issue)}," if issue else "")
                + f" è in scadenza il {itdate(due)}.\n\nNel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                + P + "\nPer qualsiasi domanda basta rispondere a questa email.\n\n" + sig)
    elif step == "due":
        body = (f"un promemoria: la fattura n. {number} di {amount} è in scadenza oggi, {itdate(due)}.\n\n"
                "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                + P + "\nPer qualsiasi domanda basta rispondere a questa email.\n\n" + sig)
    elif step == "due_late":
        body = (f"un promemoria: la fattura n. {number} di {amount} è scaduta il {itdate(due)}. Se il pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                + P + "\nPer qualsiasi domanda basta rispondere a questa email.\n\n" + sig)
    elif step == "reminder":
        body = (f"da un controllo la fattura n. {number} di {amount}, scaduta il {itdate(due)}, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
                + P + "\n" + sig)
    elif step == "late_fee":
        body = (f"la fattura n. {number} di {amount}, scaduta il {itdate(due)}, risulta ancora da saldare: sono trascorsi {days} giorni dalla scadenza.\n\n"
                "Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di risarcimento dei costi di recupero (art. 6).\n\n"
                "Ad oggi l'importo dovuto è il seguente:\n" + "".join(f"- {l}\n" for l in invoices) + "\n"
                f"Chiedo cortesemente di provvedere al pagamento dell'importo totale entro il {itdate(deadline)}. Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
                + P + "\n" + sig)
    elif step == "suspension":
        body = (f"torno a scrivere in merito alla fattura n. {number} di {amount}, scaduta il {itdate(due)}, che risulta ancora da saldare.\n\n"
                f"In mancanza del pagamento entro il {itdate(deadline)}, dal {itdate(suspension)} potrebbe essere necessario sospendere le attività in corso e i servizi da me forniti fino alla regolarizzazione. Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, possiamo concordare una soluzione; basta rispondere a questa email.\n\n"
                + P + "\n" + sig)
    elif step == "final":
        head = f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {number}" + (f" del {itdate(issue)}" if issue else "") + "\n\n"
        body = (f"la fattura n. {number} di {amount}, scaduta il {itdate(due)}, risulta ancora da saldare nonostante i precedenti solleciti.\n\n"
                f"Con la presente chiedo formalmente il pagamento di {amount} entro il {itdate(deadline)}. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la data del bonifico, così da poterlo verificare.\n\n"
                + P + "\n" + sig)
        return head + salut + "\n\n" + body
    elif step == "promise_followup":
        if promise:
            first = f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {number} di {amount} sarebbe stato effettuato entro il {itdate(promise)}."
        else:
            first = f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {number} di {amount}, scaduta il {itdate(due)}."
        body = (first + "\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo.\n\n"
                + P + "\n" + sig)
    elif step == "paid_claim_followup":
        body = (f"grazie per avermi comunicato il {itdate(claim)} che la fattura n. {number} di {amount} è stata pagata.\n\n"
                "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di inoltrarmi la contabile.\n\n"
                f"Per un confronto, riporto le coordinate corrette:\n- beneficiario: {owner['name']}\n- IBAN: {owner['iban']}\n- causale: Fattura n. {number}\n\n"
                "Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: in tal caso mi basta una breve conferma. Grazie per la collaborazione.\n\n" + sig)
    elif step == "statement":
        lines = "".join(f"- {l}\n" for l in invoices)
        body = ("da un controllo risultano ancora da saldare le seguenti fatture:\n\n" + lines + f"\nTotale da pagare: {amount}\n\n"
                f"Chiedo cortesemente di provvedere al pagamento entro il {itdate(deadline)}. Se alcune di queste fatture sono già state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
                "Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate.\n\n" + sig)
    elif step == "thank_you":
        body = (f"confermo di aver ricevuto il pagamento della fattura n. {number} ({amount}). Grazie!\n\n"
                "Resto a disposizione per qualsiasi necessità.\n\n" + sig)
    elif step == "invoice":
        body = (f"in allegato la fattura n. {number} di {amount} relativa al lavoro concluso. La fattura elettronica è stata trasmessa anche tramite SdI.\n\n"
                f"Scadenza: {itdate(due)}.\n\n" + P + "\nGrazie e buona giornata,\n" + owner['name'] + "\n")
    else:
        raise ValueError(step)
    return salut + "\n\n" + body


# ---------------------------------------------------------------- quoting styles
def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def q_gmail(orig, when, owner):
    d = when
    head = (f"Il giorno {GIORNI3[d.weekday()]} {d.day} {MESI3[d.month-1]} {d.year} alle ore "
            f"{d:%H:%M} {owner['name']} <{owner['addr']}> ha scritto:")
    return head + "\n\n" + quote_lines(orig)


def q_outlook(orig, when, owner, to, subject, style="line"):
    d = when
    sent = f"{GIORNI[d.weekday()]} {d.day} {MESI[d.month-1]} {d.year} {d:%H:%M}"
    sep = "________________________________\n" if style == "line" else "-----Messaggio originale-----\n"
    return (sep + f"Da: {owner['name']} <{owner['addr']}>\nInviato: {sent}\nA: {to}\nOggetto: {subject}\n\n" + orig)


def q_apple(orig, when, owner):
    d = when
    head = f"Il giorno {d.day} {MESI3[d.month-1]} {d.year}, alle ore {d:%H:%M}, {owner['name']} <{owner['addr']}> ha scritto:"
    return quote_lines(head + "\n\n" + orig)


def q_libero(orig, when, owner):
    d = when
    return (f"----Messaggio originale----\nDa: {owner['addr']}\nData: {d:%d/%m/%Y %H.%M}\nA: <...>\nOgg: \n\n") + orig


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html_paras(s):
    out = []
    for para in s.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html_escape(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


def html_gmail(reply_html, orig, when, owner):
    d = when
    head = (f"Il giorno {GIORNI3[d.weekday()]} {d.day} {MESI3[d.month-1]} {d.year} alle ore "
            f"{d:%H:%M} {html_escape(owner['name'])} &lt;<a href=\"mailto:{owner['addr']}\">{owner['addr']}</a>&gt; ha scritto:")
    return (f"<div dir=\"ltr\">{reply_html}</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{head}<br></div>"
            f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            f"{text_to_html_paras(orig)}</blockquote></div>")


def html_outlook(reply_html, orig, when, owner, to, subject):
    d = when
    sent = f"{GIORNI[d.weekday()]} {d.day} {MESI[d.month-1]} {d.year} {d:%H:%M}"
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style></head>"
            "<body lang=\"IT\" link=\"#0563C1\"><div class=\"WordSection1\">" + reply_html +
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>Da:</b> "
            f"{html_escape(owner['name'])} &lt;{owner['addr']}&gt; <br><b>Inviato:</b> {sent}<br><b>A:</b> {html_escape(to)}<br>"
            f"<b>Oggetto:</b> {html_escape(subject)}</p></div><p class=\"MsoNormal\">&nbsp;</p>"
            + text_to_html_paras(orig).replace("<p>", "<p class=\"MsoNormal\">") + "</div></body></html>")


def html_wrap(inner, font="Arial"):
    return (f"<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:{font},sans-serif;font-size:14px\">"
            + inner + "</div></body></html>")


# ---------------------------------------------------------------- MIME plumbing (raw, to control charsets/CTEs)
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes

    def to_bytes(self):
        h = b"".join(f"{k}: {v}\r\n".encode("ascii") for k, v in self.headers)
        return h + b"\r\n" + self.body


def _crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _b64(b):
    s = base64.b64encode(b)
    return b"\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + b"\r\n"


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, encode_as=None):
    """encode_as: real codec of the bytes (e.g. cp1252 bytes labelled iso-8859-1)."""
    raw = s.replace("\r\n", "\n").encode(encode_as or charset)
    ct = f"text/{subtype}; charset=\"{charset}\"" + ("; format=flowed" if flowed else "")
    if cte == "quoted-printable":
        body = _crlf(quopri.encodestring(raw))
    elif cte == "base64":
        body = _b64(raw)
    elif cte in ("8bit", "7bit"):
        body = _crlf(raw)
    else:
        raise ValueError(cte)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def attach(data, ctype, filename, inline=False):
    return Part([("Content-Type", f"{ctype}; name=\"{filename}\""),
                 ("Content-Disposition", f"{'inline' if inline else 'attachment'}; filename=\"{filename}\""),
                 ("Content-Transfer-Encoding", "base64")], _b64(data))


_bcount = [0]


def multipart(subtype, parts, extra=""):
    _bcount[0] += 1
    b = f"----=_Part_{_bcount[0]:04d}_{hashlib.md5(str(_bcount[0]).encode()).hexdigest()[:16]}"
    body = b"".join(b"--" + b.encode() + b"\r\n" + p.to_bytes() + b"\r\n" for p in parts) + b"--" + b.encode() + b"--\r\n"
    return Part([("Content-Type", f"multipart/{subtype}; boundary=\"{b}\"{extra}")], body)


def alt(plain, html, charset="utf-8", cte="quoted-printable", encode_as=None):
    return multipart("alternative", [text(plain, "plain", charset, cte, encode_as=encode_as),
                                     text(html, "html", charset, cte, encode_as=encode_as)])


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name, a):
    return formataddr((name, a), charset="utf-8") if name else a


def fake_pdf(title):
    content = f"BT /F1 11 Tf 50 780 Td ({title}) Tj ET".encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n4 0 obj<</Length "
            + str(len(content)).encode() + b">>stream\n" + content + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png(w=4, h=3):
    def chunk(typ, data):
        c = struct.pack(">I", len(data)) + typ + data
        return c + struct.pack(">I", zlib.crc32(typ + data) & 0xffffffff)
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


MESSAGES = []  # (labels dict, bytes)


def mail(labels, frm, to, subject, date, body, cc=None, irt=None, refs=None, extra=(), msgid=None,
         mailer=None):
    n = len(MESSAGES) + 1
    dom = frm[1].split("@")[1]
    hdr = [("Date", format_datetime(date)),
           ("From", addr(*frm)),
           ("To", ", ".join(addr(*x) for x in (to if isinstance(to, list) else [to])))]
    if cc:
        hdr.append(("Cc", ", ".join(addr(*x) for x in cc)))
    hdr.append(("Subject", enc_header(subject)))
    hdr.append(("Message-ID", msgid or mid(f"{n}-{subject}-{date.isoformat()}", dom)))
    if irt:
        hdr.append(("In-Reply-To", irt))
        hdr.append(("References", " ".join((refs or []) + [irt])))
    hdr.append(("MIME-Version", "1.0"))
    if mailer:
        hdr.append(mailer if isinstance(mailer, tuple) else ("X-Mailer", mailer))
    hdr.extend(extra)
    raw = b"".join(f"{k}: {v}\r\n".encode("ascii") for k, v in hdr) + body.to_bytes()
    labels = dict(labels)
    labels.setdefault("language", "it")
    labels.setdefault("split", "dev")
    MESSAGES.append((labels, raw))


def reply_ids(seed, owner, inv_seed=None):
    r = mailduns_mid(seed, owner)
    refs = [mid("inv-" + (inv_seed or seed), owner["dom"])]
    return r, refs


IPHONE = "\n\nInviato da iPhone"


# ---------------------------------------------------------------- thread helper
SUBJ = {
    "courtesy": "Promemoria: fattura n. {n} in scadenza",
    "due": "Fattura n. {n} in scadenza oggi",
    "due_late": "Promemoria fattura n. {n}",
    "reminder": "Sollecito fattura n. {n}",
    "late_fee": "Secondo sollecito – fattura n. {n}",
    "suspension": "Fattura n. {n} – possibile sospensione delle attività",
    "final": "Diffida di pagamento – fattura n. {n}",
    "promise_followup": "Fattura n. {n} – aggiornamento pagamento",
    "paid_claim_followup": "Fattura n. {n} – verifica pagamento",
    "statement": "Riepilogo fatture da saldare",
    "thank_you": "Pagamento ricevuto – fattura n. {n}",
    "invoice": "Fattura n. {n}",
}


def eur(x):
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


def th(owner, step, number, amount, due, when, salut, **kw):
    orig = reminder(step, owner, salut, number, eur(amount) if isinstance(amount, (int, float)) else amount,
                    due, **kw)
    subj = SUBJ[step].format(n=number)
    seed = f"{owner['addr']}-{number}-{step}-{when.isoformat()}"
    irt, refs = reply_ids(seed, owner, inv_seed=f"{owner['addr']}-{number}")
    return dict(orig=orig, subj=subj, irt=irt, refs=refs, when=when)


d = dt.date

# ================================================================= PAID (20)
# P1 — one word, no payment verb
c = ("Giorgio Testa", "giorgio.testa66@gmail.com")
T = th(ALE, "reminder", "38/2026", 610, d(2026, 11, 10), D(2026, 11, 16, 9, 0), "Spett.le Cartoleria Testa snc,")
mail(dict(kind="client-reply-paid", note="'Fatto' alone, no payment verb; Gmail quote of the first reminder"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2026, 11, 16, 12, 47),
     text(t("""
        Fatto, scusa il ritardo! Mi era proprio passato di mente.
        Giorgio

        """) + q_gmail(T["orig"], T["when"], ALE)),
     irt=T["irt"], refs=T["refs"])

# P2 — accounts department, Outlook, iso-8859-1 label with Windows-1252 bytes
c = ("Amministrazione Meccanica Valtrompia", "amministrazione@meccanicavaltrompia.it")
T = th(CHI, "due_late", "31/2026", 1464, d(2026, 11, 30), D(2026, 12, 2, 8, 30), "Spett.le Meccanica Valtrompia S.r.l.,")
reply = t("""
    Buongiorno,

    con la presente Vi comunichiamo che il bonifico di € 1.464,00 a saldo della Vs. fattura n. 31/2026 del 30/10/2026 è stato disposto in data odierna, con valuta beneficiario 04/12/2026.

    Restiamo a disposizione per eventuali chiarimenti.

    Cordiali saluti

    Monica Zanardelli
    Ufficio Amministrazione
    MECCANICA VALTROMPIA S.r.l.
    Via dell’Artigianato, 14 – 25063 Gardone Val Trompia (BS)
    Tel. 030 891 2244 – P.IVA 02938410987

    Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente alla persona o all’ente sopra indicati. Ai sensi del Regolamento UE 2016/679 (GDPR) è vietato qualsiasi utilizzo non autorizzato. Se avete ricevuto questa e-mail per errore, vi preghiamo di darne comunicazione al mittente e di cancellarla.

    """)
full = reply + q_outlook(T["orig"], T["when"], CHI, f"{c[0]} <{c[1]}>", T["subj"])
html = html_outlook(text_to_html_paras(reply).replace("<p>", "<p class=\"MsoNormal\">"), T["orig"], T["when"], CHI,
                    f"{c[0]} <{c[1]}>", T["subj"]).replace("charset=utf-8", "charset=iso-8859-1")
mail(dict(kind="client-reply-paid", amount="1464.00", reference="31/2026",
          note="formal AP notice 'bonifico disposto in data odierna'; iso-8859-1 label with cp1252 bytes (€, curly apostrophe, en dash)"),
     c, (CHI["name"], CHI["addr"]), "R: " + T["subj"], D(2026, 12, 3, 10, 14),
     alt(full, html, charset="iso-8859-1", encode_as="cp1252"), irt=T["irt"], refs=T["refs"],
     mailer="Microsoft Outlook 16.0")

# P3 — iPhone, emoji, Apple quote
c = ("Sara Lombardi", "saretta.lombardi@icloud.com")
T = th(DAV, "due_late", "2026/61", 950, d(2026, 11, 20), D(2026, 11, 23, 18, 5), "Gentile Sara Lombardi,")
mail(dict(kind="client-reply-paid", note="'Pagato ieri sera con l'app' from iPhone with emoji; Apple '>' quote"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2026, 11, 24, 7, 52),
     text("Pagato ieri sera con l’app della banca, controlla pure 👍" + IPHONE + "\n\n" + q_apple(T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"], mailer="iPhone Mail (22B91)")

# P4 — forwards the daughter's bank receipt (nested forward, PDF)
c = ("Trattoria da Enzo", "trattoriadaenzo@libero.it")
T = th(DAV, "paid_claim_followup", "2026/58", 890, d(2026, 11, 15), D(2026, 12, 4, 9, 30), "Spett.le Trattoria da Enzo,",
       claim=d(2026, 11, 27))
body = t("""
    Davide ciao, ecco la contabile del bonifico per la fattura 58. L'ha fatto mia figlia dal suo conto perché il mio home banking non andava, per quello forse non lo trovavi col mio nome.
    Enzo

    ---------- Forwarded message ---------
    Da: Francesca Caputo <fra.caputo94@gmail.com>
    Date: ven 4 dic 2026 alle ore 18:22
    Subject: contabile
    To: Enzo Caputo <trattoriadaenzo@libero.it>


    papà eccola, l'ho fatto il 26
    """)
pdf = fake_pdf("Intesa Sanpaolo - Bonifico SEPA eseguito - Importo EUR 890,00 - Beneficiario MARCHETTI DAVIDE - Causale FT 2026/58")
mail(dict(kind="client-reply-paid", reference="2026/58",
          note="new forward (no In-Reply-To) of a receipt paid by the daughter from another account; 'fattura 58' -> 2026/58; amount only in PDF so no amount"),
     c, (DAV["name"], DAV["addr"]), "Fwd: contabile", D(2026, 12, 5, 11, 3),
     multipart("mixed", [text(body), attach(pdf, "application/pdf", "Contabile_bonifico_26112026.pdf")]))

# P5 — the wife answers for her husband
c = ("Rita Bassi", "rita.bassi62@alice.it")
T = th(ALE, "reminder", "40/2026", 1098, d(2026, 11, 15), D(2026, 11, 23, 9, 0), "Spett.le Dell'Orto Costruzioni,")
mail(dict(kind="client-reply-paid",
          note="written by the client's wife from her own address: he made the transfer on Monday; no quote"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2026, 11, 26, 19, 40),
     text(t("""
        Buonasera,
        sono Rita, la moglie di Franco Dell'Orto. Franco è fuori per un cantiere a Rimini e mi ha chiesto di risponderle lui non riesce dal telefono: il bonifico l'ha fatto lunedì dalla banca, dice che dovrebbe arrivarle in questi giorni.
        Se non arriva ci faccia sapere.
        Saluti
        Rita
        """), cte="8bit"),
     irt=T["irt"], refs=T["refs"])

# P6 — long chatty mail, one sentence matters
c = ("Lucia Bindi – Podere Le Crete", "info@poderelecrete.it")
T = th(DAV, "reminder", "2026/64", 1342, d(2026, 12, 1), D(2026, 12, 9, 9, 0), "Spett.le Podere Le Crete,")
reply = t("""
    Ciao Davide!

    Scusa se sparisco sempre, qui è un delirio tra la raccolta delle olive e i primi ospiti per le feste. Ti volevo dire che le foto delle camere nuove sono piaciute tantissimo, le abbiamo già messe su Booking e in due settimane abbiamo avuto più richieste che in tutto ottobre. Mia sorella dice che la foto della piscina al tramonto è "da cartolina" e l'ha stampata per la reception 😄

    Ah, la fattura l'ha sistemata Marta in settimana, dovrebbe esserti arrivato tutto.

    Volevo chiederti: a primavera apriamo la sala degustazione nella vecchia cantina, ti andrebbe di tornare su per un paio di giorni? Pensavo aprile, quando i campi sono verdi. Magari anche qualche video corto per Instagram, se lo fai. Fammi sapere con calma e mandami un'idea di prezzi.

    Un abbraccio e buone feste se non ci sentiamo prima,
    Lucia

    Podere Le Crete – Agriturismo
    Loc. Le Crete, 53026 Pienza (SI)
    www.poderelecrete.it

    """)
mail(dict(kind="client-reply-paid",
          note="long chatty mail about new work; one sentence 'la fattura l'ha sistemata Marta... dovrebbe esserti arrivato tutto' = paid"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2026, 12, 12, 21, 17),
     alt(reply + q_gmail(T["orig"], T["when"], DAV),
         html_gmail(text_to_html_paras(reply), T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"])

# P7 — ALL CAPS, angry but a paid claim
c = ("BRUNO PAGLIARINI", "bruno.pagliarini@tin.it")
T = th(ALE, "late_fee", "37/2026", 488, d(2026, 11, 5), D(2026, 12, 10, 9, 0), "Spett.le Pagliarini Bruno & C. sas,",
       days=35, deadline=d(2026, 12, 20),
       invoices=["fattura n. 37/2026: 488,00 €", "interessi di mora dal 6 novembre 2026 al 10 dicembre 2026 (35 giorni al 10,15%): 4,75 €",
                 "indennizzo forfettario per i costi di recupero: 40,00 €", "totale: 532,75 €"])
mail(dict(kind="client-reply-paid", note="ALL CAPS and angry, but it is a paid claim (paid on 20 November), not a dispute"),
     c, (ALE["name"], ALE["addr"]), "R: " + T["subj"], D(2026, 12, 10, 11, 2),
     text(t("""
        GIA PAGATO IL 20 NOVEMBRE!!! CONTROLLATE MEGLIO PRIMA DI MANDARE STE MAIL CON GLI INTERESSI

        BRUNO PAGLIARINI

        """) + q_outlook(T["orig"], T["when"], ALE, f"bruno.pagliarini@tin.it", T["subj"], style="orig"),
         charset="windows-1252", cte="quoted-printable"),
     irt=T["irt"], refs=T["refs"], mailer="Microsoft Outlook Express 6.00.2900.5512")

# P8 — paid + "can you check? maybe the old IBAN"
c = ("Federica Sala", "federica.sala@brezzastudio.com")
T = th(ALE, "reminder", "1/2027", 732, d(2027, 1, 5), D(2027, 1, 12, 9, 0), "Spett.le Brezza Studio S.r.l.,")
reply = t("""
    Ciao Alessandra,
    noi abbiamo pagato giovedì scorso, però mi sta venendo il dubbio che l'amministrazione abbia usato il vecchio IBAN (quello Unicredit che avevi sulle fatture dell'anno scorso). Puoi verificare se ti è arrivato? Nel caso fammi sapere e lo segnalo subito.

    Grazie e scusa il casino!
    Fede

    --
    Federica Sala | Marketing Manager
    Brezza Studio S.r.l. – Via Tortona 31, Milano

    """)
mail(dict(kind="client-reply-paid", note="paid last Thursday + asks to check (possibly sent to an old IBAN): still paid"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2027, 1, 13, 10, 26),
     alt(reply + q_gmail(T["orig"], T["when"], ALE), html_gmail(text_to_html_paras(reply), T["orig"], T["when"], ALE)),
     irt=T["irt"], refs=T["refs"])

# P9 — the client's accountant writes, HTML Outlook, cc the client
c = ("Studio Mancini & Greco", "segreteria@studiomancinigreco.it")
T = th(ALE, "reminder", "44/2026", 366, d(2026, 11, 25), D(2026, 12, 1, 9, 0), "Spett.le Ferramenta Bonetti snc,")
reply = t("""
    Spett.le Alessandra Rossi,

    per conto del nostro assistito Ferramenta Bonetti snc, che ci ha inoltrato la Sua comunicazione, Le confermiamo che la fattura n. 44/2026 è stata saldata con bonifico del 02/12/2026 (CRO 0306912345678901).

    Distinti saluti

    Dott.ssa Elena Greco
    Studio Associato Mancini & Greco – Dottori Commercialisti
    Viale Carducci 22 – 47521 Cesena (FC)
    """)
plain = reply + "\n" + q_outlook(T["orig"], T["when"], ALE, "Ferramenta Bonetti <ferramenta.bonetti@gmail.com>", T["subj"])
html = html_outlook(text_to_html_paras(reply).replace("<p>", "<p class=\"MsoNormal\">"), T["orig"], T["when"], ALE,
                    "Ferramenta Bonetti <ferramenta.bonetti@gmail.com>", T["subj"])
mail(dict(kind="client-reply-paid", reference="44/2026",
          note="the client's accountant confirms payment on its behalf, cc the client; Outlook HTML+plain"),
     c, (ALE["name"], ALE["addr"]), "R: " + T["subj"], D(2026, 12, 3, 15, 41),
     alt(plain, html), cc=[("Ferramenta Bonetti", "ferramenta.bonetti@gmail.com")], irt=T["irt"], refs=T["refs"],
     mailer="Microsoft Outlook 16.0")

# P10 — answers the paid-claim follow-up with date, amount and TRN + PDF
c = ("Valeria Conti", "valeria.conti@lunaria-agency.it")
T = th(CHI, "paid_claim_followup", "47/2026", 2196, d(2026, 12, 5), D(2026, 12, 14, 9, 0), "Spett.le Lunaria Agency S.r.l.,",
       claim=d(2026, 12, 9))
body = t("""
    Buongiorno Chiara,
    scusa, mi ero dimenticata di girartela. Il bonifico è stato eseguito il 9 dicembre, importo 2.196,00 euro, TRN 0306234567890123456789012345IT. Te la allego comunque.

    Un saluto,
    Valeria

    """) + q_gmail(T["orig"], T["when"], CHI)
mail(dict(kind="client-reply-paid", amount="2196.00",
          note="reply to paid-claim follow-up with execution date, amount and TRN; PDF attached"),
     c, (CHI["name"], CHI["addr"]), "Re: " + T["subj"], D(2026, 12, 15, 9, 48),
     multipart("mixed", [text(body), attach(fake_pdf("Bonifico SEPA - TRN 0306234567890123456789012345IT - EUR 2.196,00"),
                                                "application/pdf", "bonifico_09-12-2026.pdf")]),
     irt=T["irt"], refs=T["refs"])

# P11 — Roman dialect
c = ("Stefano Ciampi", "stefano.ciampi@gmail.com")
T = th(DAV, "reminder", "2026/66", 480, d(2026, 12, 20), D(2027, 1, 7, 9, 0), "Gentile Stefano Ciampi,")
mail(dict(kind="client-reply-paid", note="Roman dialect ('t'ho fatto er bonifico stamattina')"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2027, 1, 8, 13, 22),
     text(t("""
        aò Davide, t'ho fatto er bonifico stamattina, scusa der ritardo ma so' stato incasinato co' le feste e 'r concerto de capodanno. Famme sapè se arriva
        ciao
        Stefano

        """) + q_gmail(T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"])

# P12 — paid + vague 'anche'
c = ("Matteo Gualtieri", "matteo@gualtierivini.it")
T = th(ALE, "due_late", "45/2026", 854, d(2027, 1, 18), D(2027, 1, 19, 8, 0), "Spett.le Gualtieri Vini,")
mail(dict(kind="client-reply-paid", note="'Pagato ieri' + vague unrelated 'ti mando anche il materiale': stays paid"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2027, 1, 21, 17, 3),
     text(t("""
        Pagato ieri. Ti mando anche il materiale per la brochure nuova appena me lo passa l'enologo, così partiamo.

        M.

        """) + q_apple(T["orig"], T["when"], ALE)),
     irt=T["irt"], refs=T["refs"], mailer="Apple Mail (2.3774.300.61.1.2)")

# P13 — HTML-only notice from a cooperative's accounts office
c = ("Contabilità – Coop. Il Girasole", "contabilita@coopilgirasole.it")
T = th(CHI, "due_late", "2/2027", 305, d(2027, 1, 12), D(2027, 1, 14, 8, 0), "Spett.le Cooperativa Sociale Il Girasole,")
html = html_wrap(t("""
    <p>Gentile dott.ssa Benedetti,</p>
    <p>si comunica che in data <b>14/01/2027</b> è stato eseguito il pagamento della Vs. fattura n. 2/2027 per <b>€ 305,00</b> (distinta n. 118).</p>
    <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px">
    <tr style="background:#e8f0e0"><th>Documento</th><th>Data doc.</th><th>Importo</th><th>Data pagamento</th></tr>
    <tr><td>FT 2/2027</td><td>12/01/2027</td><td align="right">305,00</td><td>14/01/2027</td></tr>
    </table>
    <p>Cordiali saluti,<br>Roberta Fanti<br>Ufficio Contabilità<br>Cooperativa Sociale Il Girasole – Onlus<br>Via Pistoiese 118, Prato</p>
    <p style="font-size:10px;color:#888">Informativa privacy ai sensi del Reg. UE 2016/679: i dati contenuti nella presente comunicazione sono trattati esclusivamente per finalità amministrative.</p>
    """), font="Verdana")
mail(dict(kind="client-reply-paid", amount="305.00", reference="2/2027",
          note="HTML-only (no text part) with a table; no quote"),
     c, (CHI["name"], CHI["addr"]), "RE: " + T["subj"], D(2027, 1, 15, 9, 2),
     text(html, "html", cte="quoted-printable"), irt=T["irt"], refs=T["refs"])

# P14 — 'Fatto stamattina', Android, base64
c = ("Yoga Shala Trento", "namaste@yogashalatrento.it")
T = th(ALE, "reminder", "43/2026", 244, d(2026, 12, 10), D(2026, 12, 21, 9, 0), "Spett.le Yoga Shala Trento,")
mail(dict(kind="client-reply-paid", note="'Fatto stamattina' (no payment verb), Samsung signature, base64 body"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2026, 12, 21, 13, 5),
     text("Fatto stamattina, ti giro la ricevuta appena la trovo nel casino della posta 🙏\nNamastè\nGiada\n\nInviato dal mio Galaxy\n\n"
          + q_gmail(T["orig"], T["when"], ALE), cte="base64"),
     irt=T["irt"], refs=T["refs"])

# P15 — paid by Satispay, states the amount
c = ("Andrea Pellegrino", "andrea.pellegrino@outlook.it")
T = th(DAV, "courtesy", "2026/63", 150, d(2026, 11, 30), D(2026, 11, 27, 9, 0), "Gentile Andrea Pellegrino,",
       issue=d(2026, 11, 16))
mail(dict(kind="client-reply-paid", amount="150.00", note="paid via Satispay instead of a transfer, states the amount"),
     c, (DAV["name"], DAV["addr"]), "RE: " + T["subj"], D(2026, 11, 29, 18, 31),
     text(t("""
        Ciao Davide, ti ho mandato i soldi con Satispay, 150 euro, ok? Non avevo voglia di fare il bonifico 😅
        Le foto comunque sono venute benissimo, le ho già messe su LinkedIn.
        Andrea

        """) + q_outlook(T["orig"], T["when"], DAV, "Andrea Pellegrino <andrea.pellegrino@outlook.it>", T["subj"])),
     irt=T["irt"], refs=T["refs"])

# P16 — two invoices, one transfer
c = ("Ufficio acquisti Ortofrutta Ghedi", "acquisti@ortofruttaghedi.it")
T = th(ALE, "statement", None, "2.318,00 €", None, D(2027, 1, 14, 9, 0), "Spett.le Ortofrutta Ghedi S.r.l.,",
       deadline=d(2027, 1, 24), invoices=["n. 39/2026 del 3 novembre 2026, scaduta il 3 dicembre 2026 (42 giorni di ritardo): 1.342,00 €",
                                           "n. 42/2026 del 20 novembre 2026, scaduta il 20 dicembre 2026 (25 giorni di ritardo): 976,00 €"])
mail(dict(kind="client-reply-paid", amount="2318.00",
          note="reply to a statement: both invoices (39 and 42) paid with one transfer of 2318 on 10 Jan; two invoices named so no single reference"),
     c, (ALE["name"], ALE["addr"]), "R: " + T["subj"], D(2027, 1, 14, 11, 50),
     text(t("""
        Buongiorno,
        le fatture 39 e 42 le abbiamo pagate entrambe il 10 gennaio con un unico bonifico di 2.318,00 €. Può verificare? Magari le è arrivato con una causale sola.
        Grazie
        Ornella
        Ufficio acquisti

        """) + q_outlook(T["orig"], T["when"], ALE, "acquisti@ortofruttaghedi.it", T["subj"])),
     irt=T["irt"], refs=T["refs"])

# P17 — lawyer replying formally to the final notice, PDF
c = ("Avv. Roberto Salvi", "r.salvi@studiolegalesalvi.it")
T = th(CHI, "final", "28/2026", 1830, d(2026, 12, 15), D(2027, 1, 18, 9, 0), "Spett.le Studio Legale Salvi,",
       issue=d(2026, 11, 15), deadline=d(2027, 1, 28))
body = t("""
    Egregia Dott.ssa Benedetti,

    nel prendere atto della Sua comunicazione del 18 gennaio u.s., La informo che il pagamento della fattura n. 28/2026 è stato eseguito in data 11 gennaio 2027, come da contabile che allego. Evidentemente l'accredito non Le risultava ancora al momento dell'invio.

    Colgo l'occasione per porgerLe distinti saluti.

    Avv. Roberto Salvi
    Studio Legale Salvi
    Corso Vittorio Emanuele II, 84 – 10121 Torino

    ----------------------------------------------------------
    Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate (art. 616 c.p., Reg. UE 2016/679).

    """) + q_outlook(T["orig"], T["when"], CHI, "r.salvi@studiolegalesalvi.it", T["subj"])
mail(dict(kind="client-reply-paid", reference="28/2026", note="formal lawyer's reply to the formal notice: paid on 11 January, receipt attached"),
     c, (CHI["name"], CHI["addr"]), "R: " + T["subj"], D(2027, 1, 19, 16, 12),
     multipart("mixed", [text(body, charset="iso-8859-1", encode_as="cp1252"),
                         attach(fake_pdf("Contabile bonifico 11/01/2027 EUR 1.830,00"), "application/pdf", "contabile.pdf")]),
     irt=T["irt"], refs=T["refs"])

# P18 — the dentist's secretary
c = ("Segreteria Studio Ferrante", "segreteria@studiodentisticoferrante.it")
T = th(ALE, "statement", None, "1.403,00 €", None, D(2026, 12, 11, 9, 0), "Spett.le Studio Dentistico Ferrante,",
       deadline=d(2026, 12, 21), invoices=["n. 26/2026 del 15 ottobre 2026, scaduta il 14 novembre 2026 (27 giorni di ritardo): 915,00 €",
                                           "n. 29/2026 del 10 novembre 2026, scaduta il 10 dicembre 2026 (1 giorno di ritardo): 488,00 €"])
mail(dict(kind="client-reply-paid",
          note="secretary relays that the doctor paid 'tutto' on Friday (both invoices of a statement)"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2026, 12, 14, 9, 37),
     text(t("""
        Buongiorno,
        il dottor Ferrante mi chiede di comunicarle che è stato pagato tutto venerdì, sia la fattura di ottobre che quella di novembre.
        Cordiali saluti
        Patrizia
        Segreteria – Studio Dentistico Dott. L. Ferrante
        Tel. 0521 238 907
        """)),
     irt=T["irt"], refs=T["refs"])

# P19 — Libero mail Android, base64
c = ("Marta Zeni", "marta.zeni@libero.it")
T = th(CHI, "reminder", "39/2026", 420, d(2026, 12, 15), D(2026, 12, 22, 9, 0), "Gentile Marta Zeni,")
mail(dict(kind="client-reply-paid", note="'bonifico partito adesso' no capitals, Libero Mail Android, base64"),
     c, (CHI["name"], CHI["addr"]), "Re: " + T["subj"], D(2027, 1, 4, 8, 55),
     text("ciao Chiara bonifico partito adesso x la traduzione del sito, scusa ma a dicembre è stato un macello. Buon anno!!\n\n"
          "Inviato da Libero Mail per Android\n\n" + q_libero(T["orig"], T["when"], CHI), cte="base64"),
     irt=T["irt"], refs=T["refs"])

# P20 — paid + asks for a receipt (quietanza)
c = ("Associazione Ponte Vecchio", "segreteria@assoponte.it")
T = th(CHI, "courtesy", "35/2026", 610, d(2026, 11, 30), D(2026, 11, 26, 9, 0), "Spett.le Associazione Culturale Ponte Vecchio,",
       issue=d(2026, 10, 31))
mail(dict(kind="client-reply-paid",
          note="'abbiamo provveduto al saldo' on 27/11 + asks for a receipt; 'fattura in oggetto' names no number"),
     c, (CHI["name"], CHI["addr"]), "Rif: " + T["subj"], D(2026, 11, 30, 12, 20),
     text(t("""
        Buongiorno,

        abbiamo provveduto al saldo della fattura in oggetto in data 27/11. Ci può mandare una quietanza per il nostro commercialista? Ce la chiede per il rendiconto di fine anno.

        Grazie, buona giornata
        Giulia Ristori
        Segreteria – Associazione Culturale Ponte Vecchio ETS

        """) + q_gmail(T["orig"], T["when"], CHI)),
     irt=T["irt"], refs=T["refs"])


# ================================================================= PROMISE (21)
# R1 — "venerdì" (Mon 23 Nov -> Fri 27 Nov)
c = ("Carlo Nardi", "carlo.nardi@nardiarredamenti.it")
T = th(ALE, "reminder", "36/2026", 1220, d(2026, 11, 15), D(2026, 11, 23, 9, 0), "Spett.le Nardi Arredamenti,")
mail(dict(kind="client-reply-promise", promised_date="2026-11-27", note="'venerdì' sent on Monday 23 Nov -> Friday 27 Nov"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2026, 11, 23, 10, 12),
     text("Ciao Ale, venerdì ti pago, promesso.\nCarlo\n\n" + q_gmail(T["orig"], T["when"], ALE)),
     irt=T["irt"], refs=T["refs"])

# R2 — "entro il 15" (3 Dec -> 15 Dec)
c = ("Ilaria Ferraro", "ilaria@ilariaferraroweddings.it")
T = th(DAV, "reminder", "2026/60", 2400, d(2026, 11, 25), D(2026, 12, 2, 9, 0), "Spett.le Ilaria Ferraro Wedding & Events,")
reply = t("""
    Buongiorno Davide,
    ha ragione, chiedo scusa. Entro il 15 sistemo tutto: sono rimasta indietro con i pagamenti per via degli eventi di fine anno, tre matrimoni in due settimane.

    Cordialità,
    Ilaria Ferraro
    Ilaria Ferraro Wedding & Events – Lecce · Otranto · Gallipoli
    """)
mail(dict(kind="client-reply-promise", promised_date="2026-12-15", note="'Entro il 15 sistemo tutto' on 3 December"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2026, 12, 3, 8, 41),
     alt(reply + "\n" + q_gmail(T["orig"], T["when"], DAV), html_gmail(text_to_html_paras(reply), T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"])

# R3 — "fine mese" (12 Jan -> 31 Jan)
c = ("Marco Valenti", "m.valenti@valentiexport.com")
T = th(CHI, "reminder", "41/2026", 1586, d(2026, 12, 31), D(2027, 1, 11, 9, 0), "Spett.le Valenti Export S.r.l.,")
mail(dict(kind="client-reply-promise", promised_date="2027-01-31", note="'a fine mese' in January -> 31 January"),
     c, (CHI["name"], CHI["addr"]), "R: " + T["subj"], D(2027, 1, 12, 14, 20),
     text(t("""
        Ciao Chiara,
        purtroppo questo mese siamo un po' tirati con la liquidità (ci hanno pagato in ritardo due clienti tedeschi, ironia della sorte). Riesco a fartelo a fine mese, spero vada bene lo stesso.

        Marco

        """) + q_outlook(T["orig"], T["when"], CHI, "Marco Valenti", T["subj"])),
     irt=T["irt"], refs=T["refs"], mailer="Microsoft Outlook 16.0")

# R4 — "domani mattina" (Wed 9 Dec -> 10 Dec)
c = ("Giuseppe Rinaldi", "g.rinaldi@rinaldiimpianti.it")
T = th(ALE, "late_fee", "34/2026", 671, d(2026, 11, 8), D(2026, 12, 9, 8, 30), "Spett.le Rinaldi Impianti S.r.l.,",
       days=31, deadline=d(2026, 12, 19),
       invoices=["fattura n. 34/2026: 671,00 €", "interessi di mora dal 9 novembre 2026 al 9 dicembre 2026 (31 giorni al 10,15%): 5,78 €",
                 "indennizzo forfettario per i costi di recupero: 40,00 €", "totale: 716,78 €"])
mail(dict(kind="client-reply-promise", promised_date="2026-12-10", note="'domani mattina faccio il bonifico' on Wed 9 Dec; terse, signed with initial"),
     c, (ALE["name"], ALE["addr"]), "R: " + T["subj"], D(2026, 12, 9, 17, 55),
     text("Buongiorno, mi scuso, domani mattina faccio il bonifico.\nSaluti\nG. Rinaldi\n\n"
          + q_outlook(T["orig"], T["when"], ALE, "g.rinaldi@rinaldiimpianti.it", T["subj"], style="orig"),
          charset="iso-8859-1", encode_as="cp1252"),
     irt=T["irt"], refs=T["refs"])

# R5 — "non prima del 28"
c = ("Paolo Bertoni", "paolo@bertonieditore.it")
T = th(ALE, "reminder", "46/2026", 2074, d(2027, 1, 10), D(2027, 1, 18, 9, 0), "Spett.le Bertoni Editore,")
mail(dict(kind="client-reply-promise", promised_date="2027-01-28", note="'non riesco prima del 28... il 28 parte' -> 28 January"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2027, 1, 19, 9, 33),
     text(t("""
        Buongiorno Alessandra,
        ti dico la verità: non riesco prima del 28, quando incassiamo dalle librerie il venduto di dicembre. Il 28 però parte, te lo garantisco.
        Scusami, le copertine erano bellissime e meriterebbero un cliente più puntuale.
        Paolo

        """) + q_gmail(T["orig"], T["when"], ALE)),
     irt=T["irt"], refs=T["refs"])

# R6 — "appena mi paga il cliente"
c = ("Elisa Marra", "elisa.marra.eventi@gmail.com")
T = th(DAV, "reminder", "2026/65", 780, d(2026, 12, 10), D(2026, 12, 17, 9, 0), "Gentile Elisa Marra,")
mail(dict(kind="client-reply-promise", note="vague: pays when her own client pays; no date"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2026, 12, 18, 22, 4),
     text(t("""
        Ciao Davide, lo so lo so 🙈
        appena mi paga il cliente dell'evento di novembre ti pago, mi deve ancora 6mila euro e sono rimasta a secco. Non scappo eh 😂
        Eli

        """) + q_gmail(T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"])

# R7 — part paid now, rest at end of February
c = ("Tommaso Rizzi", "tommaso@rizzibikes.it")
T = th(ALE, "suspension", "47/2026", 1952, d(2026, 12, 20), D(2027, 2, 1, 9, 0), "Spett.le Rizzi Bikes,",
       deadline=d(2027, 2, 11), suspension=d(2027, 2, 12))
mail(dict(kind="client-reply-promise", promised_date="2027-02-28",
          note="sent part now, rest 'a fine febbraio' -> 28 Feb; no figures so no amount"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2027, 2, 2, 12, 18),
     text(t("""
        Ciao Alessandra,
        ti ho mandato adesso una parte, il resto te lo faccio a fine febbraio quando mi rientra il rimborso IVA. Spero sia ok, non sospendere l'e-commerce per favore che a marzo parte la stagione.
        Fammi sapere.
        Tommaso

        """) + q_apple(T["orig"], T["when"], ALE)),
     irt=T["irt"], refs=T["refs"], mailer="Apple Mail (2.3774.300.61.1.2)")

# R8 — large company payment run on the 10th, HTML Outlook with disclaimer
c = ("Contabilità Fornitori", "contabilita.fornitori@valpadanafood.it")
T = th(CHI, "reminder", "45/2026", 3172, d(2026, 12, 15), D(2026, 12, 22, 9, 0), "Spett.le Gruppo Alimentare Valpadana S.p.A.,")
reply = t("""
    Gentile fornitore,

    in riferimento al Suo sollecito, La informiamo che la Vs. fattura n. 45/2026 è stata inserita nel pagamento fornitori del 10 gennaio p.v.

    Cordiali saluti

    Laura Moretti
    Contabilità Fornitori – Amministrazione e Finanza
    Gruppo Alimentare Valpadana S.p.A.
    Via Emilia Ovest 1201 – 43126 Parma

    Questo messaggio è destinato unicamente al destinatario indicato e può contenere informazioni riservate. Se ricevuto per errore, La preghiamo di cancellarlo e di informare il mittente. This e-mail is intended only for the addressee(s).
    """)
mail(dict(kind="client-reply-promise", promised_date="2027-01-10", reference="45/2026",
          note="AP: 'inserita nel pagamento fornitori del 10 gennaio' written on 28 Dec; Outlook HTML+plain"),
     c, (CHI["name"], CHI["addr"]), "R: " + T["subj"], D(2026, 12, 28, 11, 7),
     alt(reply + "\n" + q_outlook(T["orig"], T["when"], CHI, "Contabilità Fornitori", T["subj"]),
         html_outlook(text_to_html_paras(reply).replace("<p>", "<p class=\"MsoNormal\">"), T["orig"], T["when"], CHI,
                      "Contabilità Fornitori", T["subj"])),
     irt=T["irt"], refs=T["refs"], mailer="Microsoft Outlook 16.0")

# R9 — long mail about a sick father, vague promise
c = ("Daniela Lo Presti", "daniela.lopresti@fastwebnet.it")
T = th(CHI, "reminder", "40/2026", 732, d(2026, 12, 10), D(2026, 12, 17, 9, 0), "Gentile Daniela Lo Presti,")
mail(dict(kind="client-reply-promise", note="long personal mail; the one sentence: will pay when back in Milan 'credo dopo l'Epifania' = vague, no date"),
     c, (CHI["name"], CHI["addr"]), "Re: " + T["subj"], D(2026, 12, 22, 23, 16),
     text(t("""
        Cara Chiara,

        perdonami se rispondo solo adesso, ho visto i tuoi messaggi ma non ho avuto la testa per niente. Sono a Palermo da tre settimane perché mio padre è stato operato al cuore (bypass, è andata bene grazie a Dio) e sto facendo avanti e indietro tra l'ospedale e casa dei miei. Mia madre da sola non ce la fa e mio fratello è a Londra, quindi tocca a me.

        La traduzione del libro di ricette di nonna è arrivata proprio in quei giorni e non ti ho nemmeno ringraziata come si deve: l'ho letta in ospedale a papà e si è commosso, soprattutto per come hai reso le note a margine. Davvero grazie.

        Per la fattura: appena rientro a Milano, credo dopo l'Epifania, ti faccio il bonifico, non ti preoccupare. Da qui non riesco ad accedere alla banca perché il token è rimasto a casa.

        Ti abbraccio e buone feste,
        Daniela

        """) + q_gmail(T["orig"], T["when"], CHI), cte="8bit"),
     irt=T["irt"], refs=T["refs"])

# R10 — "oggi pomeriggio" (today)
c = ("Mauro Ghedini", "mauro.ghedini@ghedinigomme.it")
T = th(ALE, "reminder", "2/2027", 366, d(2027, 1, 25), D(2027, 2, 2, 9, 0), "Spett.le Ghedini Gomme snc,")
mail(dict(kind="client-reply-promise", promised_date="2027-02-03", note="'oggi pomeriggio passo in banca' -> the Date's day"),
     c, (ALE["name"], ALE["addr"]), "R: " + T["subj"], D(2027, 2, 3, 9, 14),
     text("Buongiorno, oggi pomeriggio passo in banca e faccio il bonifico.\nCordiali saluti\nMauro Ghedini\nGhedini Gomme snc – Carpi\n\n"
          + q_outlook(T["orig"], T["when"], ALE, "mauro.ghedini@ghedinigomme.it", T["subj"])),
     irt=T["irt"], refs=T["refs"])

# R11 — Neapolitan, "lunedì" (Thu 21 Jan -> Mon 25 Jan)
c = ("Pizzeria Da Gennaro", "pizzeriadagennaro@virgilio.it")
T = th(DAV, "reminder", "2026/68", 560, d(2027, 1, 10), D(2027, 1, 20, 9, 0), "Spett.le Pizzeria Da Gennaro,")
mail(dict(kind="client-reply-promise", promised_date="2027-01-25", note="Neapolitan dialect, 'lunedì' on Thursday 21 Jan -> Monday 25 Jan"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2027, 1, 21, 16, 40),
     text(t("""
        Dotto', lunedì ve faccio 'o bonifico, parola mia. Stammo chini 'e lavoro e m'ero scurdato, scusate.
        Gennaro
        """) + IPHONE),
     irt=T["irt"], refs=T["refs"])

# R12 — "distinta di fine mese" (26 Nov -> 30 Nov), Outlook plain block
c = ("Amministrazione Tessitura Bellora", "amministrazione@tessiturabellora.it")
T = th(CHI, "due_late", "33/2026", 1281, d(2026, 11, 20), D(2026, 11, 23, 8, 0), "Spett.le Tessitura Bellora S.p.A.,")
mail(dict(kind="client-reply-promise", promised_date="2026-11-30", note="'previsto con la distinta di fine mese' on 26 Nov -> 30 Nov"),
     c, (CHI["name"], CHI["addr"]), "R: " + T["subj"], D(2026, 11, 26, 15, 2),
     text(t("""
        Buongiorno,

        il pagamento è previsto con la distinta di fine mese.

        Cordiali saluti
        Ufficio Amministrazione
        Tessitura Bellora S.p.A. – Busto Arsizio

        """) + q_outlook(T["orig"], T["when"], CHI, "amministrazione@tessiturabellora.it", T["subj"]),
         charset="iso-8859-1", encode_as="cp1252"),
     irt=T["irt"], refs=T["refs"], mailer="Microsoft Outlook 16.0")

# R13 — statement: one paid yesterday, the other in the next run
c = ("Silvia Manca", "silvia.manca@salentoresort.it")
T = th(DAV, "statement", None, "1.830,00 €", None, D(2026, 12, 15, 9, 0), "Spett.le Salento Resort S.r.l.,",
       deadline=d(2026, 12, 23), invoices=["n. 2026/52 del 20 ottobre 2026, scaduta il 19 novembre 2026 (26 giorni di ritardo): 1.220,00 €",
                                           "n. 2026/57 del 5 novembre 2026, scaduta il 5 dicembre 2026 (10 giorni di ritardo): 610,00 €"])
mail(dict(kind="client-reply-promise",
          note="two invoices: 2026/52 paid yesterday, 2026/57 'nel prossimo giro pagamenti a inizio mese' (vague) -> promise without date; two numbers so no reference"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2026, 12, 16, 10, 3),
     text(t("""
        Buongiorno Davide,
        la 2026/52 l'abbiamo pagata ieri, la 2026/57 va nel prossimo giro pagamenti a inizio mese perché è arrivata dopo la chiusura di novembre.
        Buona giornata
        Silvia Manca
        Amministrazione – Salento Resort

        """) + q_gmail(T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"])

# R14 — "oggi non riesco, giovedì sicuro" (Tue 1 Dec -> Thu 3 Dec)
c = ("Anna Ferri", "anna@ferrigioielli.it")
T = th(CHI, "due", "37/2026", 427, d(2026, 12, 1), D(2026, 12, 1, 8, 0), "Spett.le Ferri Gioielli,")
mail(dict(kind="client-reply-promise", promised_date="2026-12-03", note="'Oggi non riesco... giovedì sicuro' on Tuesday 1 Dec -> Thursday 3 Dec"),
     c, (CHI["name"], CHI["addr"]), "Re: " + T["subj"], D(2026, 12, 1, 9, 26),
     text("Ciao Chiara! Oggi non riesco proprio, sono in fiera a Vicenza tutto il giorno. Giovedì sicuro.\nBaci\nAnna\n\n"
          + q_gmail(T["orig"], T["when"], CHI)),
     irt=T["irt"], refs=T["refs"])

# R15 — instalments after the suspension letter
c = ("Luca Benassi", "luca@olioiltrullo.it")
T = th(ALE, "suspension", "35/2026", 1464, d(2026, 11, 10), D(2026, 12, 10, 9, 0), "Spett.le Oleificio Il Trullo,",
       deadline=d(2026, 12, 20), suspension=d(2026, 12, 21))
mail(dict(kind="client-reply-promise", promised_date="2026-12-20",
          note="proposes two instalments (20 Dec and 20 Jan); promised_date = first instalment; asks not to suspend the site"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2026, 12, 11, 19, 2),
     text(t("""
        Ciao Alessandra,
        scusa se ti rispondo solo ora. Hai ragione e ti ringrazio per la proposta delle rate: mi aiuterebbe molto pagare in due volte. Ti faccio la prima metà il 20 e la seconda il 20 gennaio, se per te va bene.
        Nel frattempo, se puoi, non bloccare lo shop: a Natale è il periodo in cui vendiamo di più l'olio nuovo.
        Grazie davvero,
        Luca

        """) + q_gmail(T["orig"], T["when"], ALE)),
     irt=T["irt"], refs=T["refs"])

# R16 — after the promise follow-up: "entro mercoledì" (Fri 8 Jan -> Wed 13 Jan)
c = ("Fabio Greco", "fabio.greco@grecoauto.it")
T = th(DAV, "promise_followup", "2026/62", 366, d(2026, 12, 5), D(2027, 1, 8, 9, 0), "Spett.le Greco Auto,",
       promise=d(2026, 12, 31))
mail(dict(kind="client-reply-promise", promised_date="2027-01-13", note="reply to the promise follow-up; 'entro mercoledì' on Friday 8 Jan -> 13 Jan"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2027, 1, 8, 12, 30),
     text(t("""
        Hai ragione, mi è sfuggito con le feste. Lo faccio entro mercoledì.
        Fabio

        --
        Greco Auto – Concessionaria e officina
        Via Lecce 45, Maglie (LE)
        """) + "\n" + q_gmail(T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"])

# R17 — "il 15 con le altre" (9 Dec -> 15 Dec), base64 iPhone
c = ("Roberta Guidi", "roberta.guidi@guidiarchitetti.it")
T = th(ALE, "courtesy", "41/2026", 915, d(2026, 12, 15), D(2026, 12, 9, 9, 0), "Spett.le Guidi Architetti Associati,",
       issue=d(2026, 11, 15))
mail(dict(kind="client-reply-promise", promised_date="2026-12-15", note="reply to a courtesy note: 'la paghiamo il 15 con le altre' -> 15 Dec; base64 iPhone"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2026, 12, 9, 9, 44),
     text("Tranquilla, la paghiamo il 15 con le altre 🙂" + IPHONE + "\n\n" + q_apple(T["orig"], T["when"], ALE), cte="base64"),
     irt=T["irt"], refs=T["refs"], mailer="iPhone Mail (22C152)")

# R18 — AP: "risulta in pagamento il 31/01/2027"
c = ("Amministrazione Studio Piazza", "amministrazione@studiopiazza-arch.it")
T = th(ALE, "courtesy", "3/2027", 1098, d(2027, 1, 22), D(2027, 1, 19, 9, 0), "Spett.le Studio Piazza Architettura,",
       issue=d(2027, 1, 8))
mail(dict(kind="client-reply-promise", promised_date="2027-01-31", reference="3/2027",
          note="states its own payment date (their 30 dffm terms) 31/01/2027 for fattura n. 3/2027"),
     c, (ALE["name"], ALE["addr"]), "R: " + T["subj"], D(2027, 1, 20, 10, 5),
     text(t("""
        Buongiorno,
        da nostro scadenziario la fattura n. 3/2027 risulta in pagamento il 31/01/2027, secondo le condizioni a 30 gg d.f.f.m. concordate in fase d'ordine.
        Cordiali saluti
        Elisa – Amministrazione
        Studio Piazza Architettura | Verona

        """) + q_outlook(T["orig"], T["when"], ALE, "Studio Piazza Architettura", T["subj"])),
     irt=T["irt"], refs=T["refs"])

# R19 — the daughter writes: mother in hospital, vague
c = ("Serena Calò", "serena.calo@gmail.com")
T = th(CHI, "reminder", "1/2027", 244, d(2027, 1, 31), D(2027, 2, 8, 9, 0), "Gentile Ines Calò,")
mail(dict(kind="client-reply-promise",
          note="the client's daughter, from her own address: 'appena esce dall'ospedale sistemiamo tutto' -> vague promise"),
     c, (CHI["name"], CHI["addr"]), "Re: " + T["subj"], D(2027, 2, 9, 18, 20),
     text(t("""
        Buongiorno,
        sono la figlia della signora Ines Calò. Mia madre è ricoverata da una settimana e non riesce a gestire la posta, sto controllando io le sue mail.
        Appena esce dall'ospedale sistemiamo tutto, ci scusi per il ritardo.
        Cordiali saluti
        Serena Calò
        """)),
     irt=T["irt"], refs=T["refs"])

# R20 — "domani" written just before midnight (14 Dec 23:48 Rome -> 15 Dec)
c = ("nicola de santis", "nico.desantis@hotmail.it")
T = th(DAV, "reminder", "2026/59", 320, d(2026, 12, 1), D(2026, 12, 14, 9, 0), "Gentile Nicola De Santis,")
mail(dict(kind="client-reply-promise", promised_date="2026-12-15",
          note="sent at 23:48 Rome time (22:48 UTC): 'domani' = 15 Dec; all lowercase"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2026, 12, 14, 23, 48),
     text("scusa l'ora, ho visto adesso la mail. domani faccio il bonifico. notte\n\n" + q_gmail(T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"])

# R21 — from Tenerife: "entro il 5" (27 Jan -> 5 Feb), Atlantic/Canary
c = ("Giulia Fabbri", "giulia.fabbri@protonmail.com")
T = th(ALE, "reminder", "48/2026", 549, d(2027, 1, 15), D(2027, 1, 26, 9, 0), "Gentile Giulia Fabbri,")
mail(dict(kind="client-reply-promise", promised_date="2027-02-05",
          note="Italian client in Tenerife (Atlantic/Canary tz): 'entro il 5' on 27 Jan -> 5 Feb; asks if a Spanish account is ok"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2027, 1, 27, 8, 15, tz="Atlantic/Canary"),
     text(t("""
        Ciao Alessandra,
        scusa, sono a Tenerife fino a marzo e mi hanno bloccato la carta italiana per un tentativo di frode (bellissimo). Entro il 5 ti faccio il bonifico dal conto spagnolo, va bene lo stesso? Arriva in un giorno, è SEPA.
        Un abbraccio dal sole 🌴
        Giulia

        """) + q_gmail(T["orig"], T["when"], ALE)),
     irt=T["irt"], refs=T["refs"])


# ================================================================= DISPUTE (14)
# S1 — wrong amount vs. quote
c = ("Irene Castelli", "irene@castellipasticceria.it")
T = th(ALE, "reminder", "33/2026", 1220, d(2026, 12, 5), D(2026, 12, 14, 9, 0), "Spett.le Pasticceria Castelli,")
mail(dict(kind="client-reply-dispute",
          note="wrong amount: quote was 800 + IVA, invoice 1000 + IVA; will pay 'subito' only after correction"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2026, 12, 14, 11, 26),
     text(t("""
        Buongiorno Alessandra,
        c'è un errore: avevamo concordato 800 euro + IVA per il logo e l'immagine coordinata (ho ancora il preventivo di settembre), in fattura ne vedo 1.000 + IVA. Me la puoi correggere? Poi la pago subito.
        Irene

        """) + q_gmail(T["orig"], T["when"], ALE)),
     irt=T["irt"], refs=T["refs"])

# S2 — duplicate of an invoice already paid
c = ("Giacomo Tarantini", "g.tarantini@masseriasantoro.it")
T = th(DAV, "reminder", "2026/67", 1586, d(2026, 12, 18), D(2027, 1, 4, 9, 0), "Spett.le Masseria Santoro,")
mail(dict(kind="client-reply-dispute",
          note="already billed: says this invoice duplicates 2026/49 paid in October (that number is a different invoice, so no reference)"),
     c, (DAV["name"], DAV["addr"]), "R: " + T["subj"], D(2027, 1, 5, 10, 2),
     text(t("""
        Buongiorno Davide,
        questa fattura mi sembra un doppione della 2026/49 che abbiamo già pagato a ottobre: stessa descrizione ("servizio fotografico struttura e camere"), stesso importo. Ci controlli? Il servizio l'hai fatto una volta sola, a settembre.
        Grazie
        Giacomo Tarantini
        Masseria Santoro – Fasano (BR)

        """) + q_outlook(T["orig"], T["when"], DAV, "Masseria Santoro", T["subj"])),
     irt=T["irt"], refs=T["refs"])

# S3 — work not finished, pay when done
c = ("Riccardo Onofri", "riccardo@onofrilegnami.it")
T = th(ALE, "reminder", "27/2026", 2440, d(2026, 11, 20), D(2026, 12, 1, 9, 0), "Spett.le Onofri Legnami S.r.l.,")
mail(dict(kind="client-reply-dispute", note="work not done: site not online, English missing; 'paghiamo quando è finito, come d'accordo'"),
     c, (ALE["name"], ALE["addr"]), "R: " + T["subj"], D(2026, 12, 2, 8, 12),
     text(t("""
        Alessandra buongiorno,
        il sito non è ancora online e mancano ancora le pagine in inglese e la sezione catalogo. Paghiamo quando è finito, come d'accordo all'inizio: metà all'ordine (già pagata) e saldo alla pubblicazione.
        Saluti
        Riccardo Onofri

        """) + q_outlook(T["orig"], T["when"], ALE, "riccardo@onofrilegnami.it", T["subj"])),
     irt=T["irt"], refs=T["refs"])

# S4 — wrong addressee, wants a credit note and a new invoice
c = ("Mario Rossi", "mario.rossi@rossiimpianti.it")
T = th(CHI, "due_late", "36/2026", 854, d(2026, 11, 30), D(2026, 12, 2, 8, 0), "Gentile Mario Rossi,")
mail(dict(kind="client-reply-dispute",
          note="invoice made out to the wrong party: wants a credit note and a new invoice, won't pay it as it is"),
     c, (CHI["name"], CHI["addr"]), "R: " + T["subj"], D(2026, 12, 2, 14, 33),
     text(t("""
        Buongiorno dottoressa,
        la fattura va stornata con nota di credito e riemessa a Rossi Impianti S.r.l. (P.IVA 03318750164), non a me personalmente: la traduzione del capitolato era per la ditta. Così com'è non la posso pagare, il commercialista non me la fa passare.
        Grazie
        Mario Rossi

        """) + q_outlook(T["orig"], T["when"], CHI, "Mario Rossi", T["subj"])),
     irt=T["irt"], refs=T["refs"])

# S5 — paid the quote, refuses the extra hours
c = ("Beatrice Conte", "beatrice.conte@contecasa.it")
T = th(DAV, "reminder", "2026/56", 842, d(2026, 11, 20), D(2026, 11, 30, 9, 0), "Spett.le Conte Casa Immobiliare,")
mail(dict(kind="client-reply-dispute", amount="600.00",
          note="partial payment (600, the quote) + contests the rest (4 extra hours): dispute; amount = what they paid"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2026, 12, 1, 12, 9),
     text(t("""
        Ciao Davide,
        ti ho pagato 600 euro, cioè quello che c'era nel preventivo. Le 4 ore extra di post-produzione non le riconosco perché nessuno te le aveva chieste: le foto degli appartamenti andavano bene anche senza il cielo sostituito.
        Se vuoi ne parliamo, ma il resto non lo pago.
        Beatrice

        """) + q_gmail(T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"])

# S6 — formal request for a discount because of a late delivery
c = ("Giovanna Orlandi", "g.orlandi@verdemarefood.com")
T = th(CHI, "reminder", "42/2026", 2562, d(2026, 12, 10), D(2026, 12, 18, 9, 0), "Spett.le Verdemare Food S.p.A.,")
reply = t("""
    Gentile Chiara,

    rispondo al Suo sollecito dopo essermi confrontata con la direzione marketing.

    Come certamente ricorderà, la consegna delle traduzioni in tedesco e in francese del catalogo 2027 era prevista per il 6 novembre ed è avvenuta il 16 novembre. Il ritardo ci ha costretti a posticipare la stampa e la presentazione ai distributori, con costi aggiuntivi per la tipografia.

    Pur riconoscendo la qualità del lavoro, chiediamo di applicare uno sconto del 15% sull'importo fatturato. Restiamo in attesa di una fattura rettificata (o di una nota di credito) per procedere al pagamento.

    Cordiali saluti,

    Giovanna Orlandi
    Marketing & Communication Manager
    Verdemare Food S.p.A.
    """)
mail(dict(kind="client-reply-dispute", note="formal request of a 15% discount for late delivery; payment only after a corrected invoice"),
     c, (CHI["name"], CHI["addr"]), "RE: " + T["subj"], D(2026, 12, 21, 17, 45),
     alt(reply + "\n" + q_outlook(T["orig"], T["when"], CHI, "Giovanna Orlandi", T["subj"]),
         html_outlook(text_to_html_paras(reply).replace("<p>", "<p class=\"MsoNormal\">"), T["orig"], T["when"], CHI,
                      "Giovanna Orlandi", T["subj"])),
     irt=T["irt"], refs=T["refs"], mailer="Microsoft Outlook 16.0")

# S7 — refuses: blurry photos
c = ("Vincenzo Russo", "vincenzo.russo1971@gmail.com")
T = th(DAV, "late_fee", "2026/54", 1100, d(2026, 11, 10), D(2026, 12, 14, 9, 0), "Gentile Vincenzo Russo,",
       days=34, deadline=d(2026, 12, 24),
       invoices=["fattura n. 2026/54: 1.100,00 €", "totale: 1.100,00 €"])
mail(dict(kind="client-reply-dispute", note="refuses to pay: photos blurry, buffet shots unusable"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2026, 12, 14, 20, 58),
     text(t("""
        Non pago un lavoro fatto male. Metà delle foto della comunione sono sfocate e quelle del pranzo sono inutilizzabili, mia moglie ha pianto quando le ha viste. Ne riparliamo quando mi proponi una soluzione seria, non con i solleciti.
        Vincenzo Russo
        """) + IPHONE + "\n\n" + q_apple(T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"])

# S8 — translation errors, pay only after full revision
c = ("Ufficio Tecnico Oleodinamica Fabbri", "uff.tecnico@oleodinamicafabbri.it")
T = th(CHI, "reminder", "38/2026", 1952, d(2026, 12, 3), D(2026, 12, 11, 9, 0), "Spett.le Oleodinamica Fabbri S.r.l.,")
mail(dict(kind="client-reply-dispute", reference="38/2026",
          note="quality dispute: errors in the translation contested by the end client; payment only after full revision"),
     c, (CHI["name"], CHI["addr"]), "R: " + T["subj"], D(2026, 12, 11, 15, 30),
     text(t("""
        Buongiorno,

        in merito alla fattura 38/2026 Le segnaliamo che la traduzione del manuale d'uso della centralina OF-220 conteneva diversi errori nella parte tecnica (coppie di serraggio invertite nella tabella 4.2, unità di misura in psi anziché bar in più punti, "valvola di non ritorno" resa in modo errato). Il nostro cliente tedesco ce l'ha contestata formalmente.

        Procederemo al pagamento solo dopo la revisione completa del documento. Le allego l'elenco delle osservazioni ricevute.

        Cordiali saluti
        Ing. Stefano Morandi
        Ufficio Tecnico – Oleodinamica Fabbri S.r.l.

        """) + q_outlook(T["orig"], T["when"], CHI, "Ufficio Tecnico", T["subj"])),
     irt=T["irt"], refs=T["refs"])

# S9 — pays the invoice Friday but contests interest and the 40 euro
c = ("Chiara Moretti", "chiara.moretti@morettiottica.it")
T = th(ALE, "late_fee", "32/2026", 915, d(2026, 11, 30), D(2027, 1, 11, 8, 30), "Spett.le Ottica Moretti,",
       days=42, deadline=d(2027, 1, 21),
       invoices=["fattura n. 32/2026: 915,00 €", "interessi di mora dal 1 dicembre 2026 all'11 gennaio 2027 (42 giorni al 10,15%): 10,69 €",
                 "indennizzo forfettario per i costi di recupero: 40,00 €", "totale: 965,69 €"])
mail(dict(kind="client-reply-dispute", amount="915.00",
          note="promise for the invoice (venerdì) but contests late interest and the 40 euro: dispute > promise; amount = what they accept to pay"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2027, 1, 11, 12, 40),
     text(t("""
        Buongiorno Alessandra,
        la fattura la paghiamo venerdì, ma gli interessi e i 40 euro di indennizzo non li riconosciamo: lavoriamo insieme da tre anni, un mese di ritardo sotto Natale ci può stare e non ci sembra il modo.
        Pagheremo 915 euro, non 965.
        Chiara

        """) + q_gmail(T["orig"], T["when"], ALE)),
     irt=T["irt"], refs=T["refs"])

# S10 — missing withholding tax, invoice must be reissued
c = ("Studio Notarile Albertini", "amministrazione@notaioalbertini.it")
T = th(CHI, "due_late", "43/2026", 1220, d(2026, 12, 18), D(2026, 12, 21, 8, 0), "Spett.le Studio Notarile Albertini,")
mail(dict(kind="client-reply-dispute",
          note="invoice lacks the 20% ritenuta d'acconto, cannot pay it as is, must be reissued (wrong amount)"),
     c, (CHI["name"], CHI["addr"]), "R: " + T["subj"], D(2026, 12, 22, 9, 18),
     text(t("""
        Buongiorno,

        la fattura non riporta la ritenuta d'acconto del 20%: siamo sostituti d'imposta e non possiamo pagarla per intero così. Può riemetterla corretta (o mandarci nota di credito e nuova fattura)? Appena ci arriva la paghiamo al netto della ritenuta.

        Cordiali saluti
        Lorena Gatti
        Studio Notarile Albertini – Bergamo

        """) + q_outlook(T["orig"], T["when"], CHI, "amministrazione@notaioalbertini.it", T["subj"]),
         charset="iso-8859-1", encode_as="cp1252"),
     irt=T["irt"], refs=T["refs"])

# S11 — never ordered
c = ("Segreteria Generale Consorzio Tutela Negroamaro", "segreteria@consorzionegroamaro.it")
T = th(DAV, "reminder", "2026/53", 976, d(2026, 11, 30), D(2026, 12, 9, 9, 0), "Spett.le Consorzio Tutela Negroamaro,")
mail(dict(kind="client-reply-dispute", note="never ordered: nobody commissioned the shoot; asks to cancel the invoice"),
     c, (DAV["name"], DAV["addr"]), "R: " + T["subj"], D(2026, 12, 10, 11, 55),
     text(t("""
        Spett.le Marchetti,

        non ci risulta alcun ordine a Vostro nome. Nessuno dei nostri uffici Vi ha commissionato un servizio fotografico nel mese di novembre; è possibile che sia stato richiesto da una delle aziende associate, che sono soggetti distinti dal Consorzio.

        Vi preghiamo pertanto di annullare la fattura e, se del caso, di riemetterla al soggetto che ha effettivamente richiesto il servizio.

        Distinti saluti
        La Segreteria Generale

        """) + q_outlook(T["orig"], T["when"], DAV, "Consorzio Tutela Negroamaro", T["subj"])),
     irt=T["irt"], refs=T["refs"])

# S12 — association can only recognise 1,200 of 1,500
c = ("Pietro Lanzi – Pro Loco Castelnuovo", "presidente@prolococastelnuovo.it")
T = th(ALE, "suspension", "30/2026", 1500, d(2026, 11, 15), D(2027, 1, 15, 9, 0), "Spett.le Pro Loco Castelnuovo APS,",
       deadline=d(2027, 1, 25), suspension=d(2027, 1, 26))
reply = t("""
    Gentile Alessandra,

    le chiedo scusa innanzitutto per il silenzio di queste settimane: la Pro Loco è fatta di volontari e tra la sagra di novembre, il presepe vivente e il cambio del tesoriere siamo rimasti indietro su tutto.

    Ne abbiamo parlato nel direttivo di martedì sera. Il lavoro per il manifesto e i volantini della sagra è piaciuto a tutti e nessuno lo mette in dubbio. Il problema è che il budget approvato a settembre per la grafica era di 1.200 euro, e il comune ci ha confermato un contributo più basso del previsto. Il direttivo ha quindi deliberato di riconoscere 1.200 euro dei 1.500 fatturati; le aggiunte per il programma in inglese non erano state messe a bilancio e, a quanto mi risulta, nessuno del direttivo le aveva approvate per iscritto.

    Mi rendo conto che non è la risposta che si aspettava. Se è d'accordo, il nuovo tesoriere può fare il bonifico di 1.200 euro già la settimana prossima; altrimenti possiamo vederci in sede per parlarne.

    Un cordiale saluto,
    Pietro Lanzi
    Presidente – Pro Loco Castelnuovo APS
    """)
mail(dict(kind="client-reply-dispute", amount="1200.00",
          note="long polite mail; the board accepts only 1200 of 1500 (amount accepted); conditional payment offer stays dispute"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2027, 1, 16, 10, 2),
     alt(reply + "\n" + q_gmail(T["orig"], T["when"], ALE), html_gmail(text_to_html_paras(reply), T["orig"], T["when"], ALE)),
     irt=T["irt"], refs=T["refs"])

# S13 — undelivered files (hi-res + releases)
c = ("Martina Leone", "martina.leone@lumeabbigliamento.it")
T = th(DAV, "reminder", "2026/69", 1830, d(2027, 1, 20), D(2027, 1, 28, 9, 0), "Spett.le Lume Abbigliamento S.r.l.,")
mail(dict(kind="client-reply-dispute", note="work not delivered in full (hi-res files, model releases): payment blocked until received"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2027, 1, 28, 15, 12),
     text(t("""
        Ciao Davide,
        ci mancano ancora le foto in alta risoluzione del lookbook (abbiamo solo le anteprime con watermark) e le liberatorie firmate delle modelle. Finché non le riceviamo l'amministrazione non sblocca il pagamento, mi dispiace.
        Se me le mandi entro la settimana lo faccio passare subito.
        Martina – Lume

        """) + q_gmail(T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"])

# S14 — interpreter hours: billed 12, register says 9
c = ("HR Officina Bertolini", "hr@officinabertolini.com")
T = th(CHI, "reminder", "44/2026", 732, d(2026, 12, 20), D(2027, 1, 8, 9, 0), "Spett.le Officina Bertolini S.p.A.,")
reply_html = t("""
    <p>Buongiorno Chiara,</p>
    <p>abbiamo verificato la fattura: sono state fatturate <b>12 ore</b> di interpretariato, ma dal nostro registro presenze ne risultano <b>9</b> (la riunione del 3 dicembre con i tecnici cinesi è stata annullata e ti avevamo avvisata il giorno prima).</p>
    <p>Paghiamo le 9 ore; per le altre 3 mandaci per favore una nota di credito.</p>
    <p>Grazie,<br>Alice Brambilla<br>HR &amp; Office Management<br>Officina Bertolini S.p.A.</p>
    """)
mail(dict(kind="client-reply-dispute", note="hours dispute (12 billed vs 9 recorded), credit note for 3 hours; HTML-only Gmail with blockquote"),
     c, (CHI["name"], CHI["addr"]), "Re: " + T["subj"], D(2027, 1, 11, 9, 40),
     text(html_wrap(html_gmail(reply_html, T["orig"], T["when"], CHI)), "html", cte="quoted-printable"),
     irt=T["irt"], refs=T["refs"])


# ================================================================= OTHER HUMAN REPLIES (13)
# O1 — "Ricevuto, grazie" to a courtesy note
c = ("Lorenzo Bassani", "lorenzo.bassani@bassaniottica.it")
T = th(ALE, "courtesy", "49/2026", 610, d(2026, 12, 20), D(2026, 12, 16, 9, 0), "Spett.le Ottica Bassani,",
       issue=d(2026, 11, 20))
mail(dict(kind="client-reply-other", note="'Ricevuto, grazie' to a courtesy note: no claim, no promise"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2026, 12, 16, 9, 22),
     text("Ricevuto, grazie.\nLorenzo\n\n" + q_gmail(T["orig"], T["when"], ALE)),
     irt=T["irt"], refs=T["refs"])

# O2 — "send it again, I can't find it"
c = ("Debora Serra", "debora.serra@serraimmobiliare.it")
T = th(DAV, "reminder", "2026/55", 610, d(2026, 11, 25), D(2026, 12, 2, 9, 0), "Spett.le Serra Immobiliare,")
mail(dict(kind="client-reply-other", note="asks to resend the invoice (probably in spam); no promise"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2026, 12, 2, 10, 48),
     text(t("""
        Ciao Davide, mi rimandi la fattura? Non la trovo da nessuna parte, credo sia finita nello spam o l'ha cancellata la mia collega facendo pulizia.
        Grazie!
        Debora
        """) + "\nInviato da Outlook per Android\n\n" + q_outlook(T["orig"], T["when"], DAV, "Debora Serra", T["subj"])),
     irt=T["irt"], refs=T["refs"])

# O3 — PO number needed
c = ("Accounts Payable Italy", "ap.italy@nordtechgroup.com")
T = th(CHI, "due_late", "46/2026", 1708, d(2027, 1, 10), D(2027, 1, 11, 8, 0), "Spett.le Nordtech Italia S.r.l.,")
mail(dict(kind="client-reply-other", note="PO number (ODA) missing: the system rejects the invoice; administrative question, not a dispute of amount or work"),
     c, (CHI["name"], CHI["addr"]), "RE: " + T["subj"], D(2027, 1, 12, 14, 3),
     text(t("""
        Gentile fornitore,

        per poter registrare la fattura abbiamo bisogno che sia riportato il numero d'ordine (ODA 4500123987) nel campo dedicato della fattura elettronica (blocco 2.1.2 DatiOrdineAcquisto). Senza questo riferimento il nostro sistema scarta automaticamente il documento.

        Può cortesemente ritrasmetterla con il riferimento?

        Cordiali saluti
        Accounts Payable Italy – Nordtech Italia S.r.l.
        This mailbox is monitored Mon-Fri 9:00-17:00 CET.

        """) + q_outlook(T["orig"], T["when"], CHI, "AP Italy", T["subj"])),
     irt=T["irt"], refs=T["refs"])

# O4 — forwards to the colleague in accounts (cc)
c = ("Nicoletta Fumagalli", "nicoletta@fumagallidesign.it")
T = th(ALE, "reminder", "31/2026", 793, d(2026, 11, 10), D(2026, 11, 17, 9, 0), "Spett.le Fumagalli Design S.r.l.,")
mail(dict(kind="client-reply-other", note="hands it to the accounts colleague in cc and asks her to confirm: no claim, no promise"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2026, 11, 17, 9, 41),
     text(t("""
        Ciao Alessandra, giro a Silvia dell'amministrazione che se ne occupa lei.
        Silvia, mi confermi tu? Grazie

        Nicoletta

        """) + q_gmail(T["orig"], T["when"], ALE)),
     cc=[("Silvia Colombo", "amministrazione@fumagallidesign.it")], irt=T["irt"], refs=T["refs"])

# O5 — suspicious mail with another IBAN: checks before paying
c = ("Franco Melis", "franco.melis@melisviaggi.it")
T = th(DAV, "reminder", "2026/48", 610, d(2026, 12, 5), D(2026, 12, 14, 9, 0), "Spett.le Melis Viaggi,")
mail(dict(kind="client-reply-other", note="received a mail with a different IBAN (possible fraud), wants to verify before paying; no date, no claim"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2026, 12, 15, 10, 15),
     text(t("""
        Buongiorno,
        ieri ho ricevuto una mail a suo nome con un IBAN diverso (un conto Revolut, dice che ha cambiato banca). È lei? Prima di pagare preferisco verificare, ultimamente ne girano tante.
        Mi può chiamare allo 0832 441 908 o rispondere qui?
        Franco Melis

        """) + q_gmail(T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"])

# O6 — which invoice?
c = ("Amministrazione Edilcasa", "amministrazione@edilcasa-srl.it")
T = th(CHI, "reminder", "27/2026", 1464, d(2026, 11, 5), D(2026, 11, 16, 9, 0), "Spett.le Edilcasa S.r.l.,")
mail(dict(kind="client-reply-other", reference="27/2026", note="can't find invoice 27/2026 in their system, asks for a copy"),
     c, (CHI["name"], CHI["addr"]), "R: " + T["subj"], D(2026, 11, 16, 11, 50),
     text(t("""
        Buongiorno,
        non troviamo nessuna fattura 27/2026 nel nostro gestionale né nel cassetto fiscale. A chi era intestata? Ce ne manda copia per favore?
        Grazie
        Katia
        """)),
     irt=T["irt"], refs=T["refs"])

# O7 — talks about new work only
c = ("Valentina Ricci", "valentina@atelierricci.it")
T = th(DAV, "reminder", "2026/70", 1220, d(2027, 1, 25), D(2027, 2, 3, 9, 0), "Spett.le Atelier Ricci,")
mail(dict(kind="client-reply-other", note="replies in the reminder thread only about a new shoot; nothing about the invoice"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2027, 2, 3, 16, 27),
     text(t("""
        Ciao Davide!
        Parlando d'altro: ti andrebbe di fare anche il servizio per la collezione primavera? Pensavamo a metà marzo, 2 giorni in studio + mezza giornata in esterna a Santa Maria di Leuca se il tempo regge. Stesse modelle di gennaio.
        Dimmi disponibilità e preventivo quando puoi 😊
        Vale

        """) + q_gmail(T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"])

# O8 — asks for a call after the suspension letter
c = ("Alberto Franchi", "alberto.franchi@franchiserramenti.it")
T = th(ALE, "suspension", "25/2026", 1708, d(2026, 11, 5), D(2026, 12, 15, 9, 0), "Spett.le Franchi Serramenti S.r.l.,",
       deadline=d(2026, 12, 23), suspension=d(2026, 12, 24))
mail(dict(kind="client-reply-other", note="asks for a phone call, 'preferisco parlarne a voce': no claim, no promise, no dispute stated"),
     c, (ALE["name"], ALE["addr"]), "R: " + T["subj"], D(2026, 12, 15, 18, 3),
     text(t("""
        Buonasera,
        mi chiami quando ha cinque minuti? Preferisco parlarne a voce, per mail si rischia di capirsi male.
        Sono in ufficio tutte le mattine fino alle 13: 347 881 2290.
        Alberto Franchi
        """) + IPHONE),
     irt=T["irt"], refs=T["refs"])

# O9 — the e-invoice never reached them via SdI
c = ("Ufficio Amministrativo – Comunità Montana", "ragioneria@cm-altavalle.it")
T = th(CHI, "reminder", "34/2026", 976, d(2026, 11, 25), D(2026, 12, 3, 9, 0), "Spett.le Unione Montana Alta Valle,")
mail(dict(kind="client-reply-other", reference="34/2026",
          note="e-invoice not received through SdI (public body, codice univoco + CIG): asks to retransmit; not a dispute"),
     c, (CHI["name"], CHI["addr"]), "R: " + T["subj"], D(2026, 12, 4, 10, 20),
     text(t("""
        Buongiorno,

        la fattura elettronica n. 34/2026 non risulta pervenuta al nostro ente tramite Sistema di Interscambio. Si prega di ritrasmetterla al codice univoco ufficio UFZ7QW indicando in fattura il CIG comunicato in fase di affidamento (Z4A3B2C1D0).

        Solo a seguito della ricezione sarà possibile procedere con la liquidazione.

        Distinti saluti
        Il Responsabile del Servizio Finanziario
        Rag. Giovanni Peretti

        """) + q_outlook(T["orig"], T["when"], CHI, "ragioneria@cm-altavalle.it", T["subj"]),
         charset="iso-8859-1", encode_as="cp1252"),
     irt=T["irt"], refs=T["refs"])

# O10 — a new person handles suppliers now
c = ("Roberto Gentile", "roberto.gentile@oleificiosalentino.it")
T = th(DAV, "reminder", "2026/51", 1342, d(2026, 11, 15), D(2026, 11, 23, 9, 0), "Spett.le Oleificio Salentino,")
mail(dict(kind="client-reply-other", note="a colleague takes over (the usual contact on maternity leave); will check and let know: no promise"),
     c, (DAV["name"], DAV["addr"]), "R: " + T["subj"], D(2026, 11, 24, 11, 36),
     text(t("""
        Buongiorno,

        Laura Pini è in maternità e da questa settimana mi occupo io dei fornitori. Le chiedo cortesemente di inviare d'ora in poi fatture e comunicazioni a fornitori@oleificiosalentino.it, che leggiamo in due.

        Verifico la posizione della fattura e le faccio sapere.

        Cordiali saluti
        Roberto Gentile
        Amministrazione – Oleificio Salentino S.r.l.

        """) + q_outlook(T["orig"], T["when"], DAV, "laura.pini@oleificiosalentino.it", T["subj"])),
     irt=T["irt"], refs=T["refs"])

# O11 — thanks after the thank-you note
c = ("Ginevra Pozzi", "ginevra.pozzi@gmail.com")
T = th(ALE, "thank_you", "22/2026", 244, None, D(2026, 12, 22, 9, 0), "Gentile Ginevra Pozzi,")
mail(dict(kind="client-reply-other", note="reply to the payment-received thank-you: just thanks and wishes"),
     c, (ALE["name"], ALE["addr"]), "Re: " + T["subj"], D(2026, 12, 22, 20, 11),
     text("Grazie a te!! Alla prossima, e buone feste 🎄✨\nGinevra\n\n" + q_gmail(T["orig"], T["when"], ALE)),
     irt=T["irt"], refs=T["refs"])

# O12 — has to ask her husband, will let know tonight
c = ("Emanuela Piras", "emanuela.piras@tiscali.it")
T = th(CHI, "reminder", "48/2026", 366, d(2027, 1, 20), D(2027, 1, 28, 9, 0), "Gentile Emanuela Piras,")
mail(dict(kind="client-reply-other", note="'devo controllare con mio marito... ti faccio sapere stasera': neither paid nor a promise to pay"),
     c, (CHI["name"], CHI["addr"]), "Re: " + T["subj"], D(2027, 1, 28, 12, 2),
     text(t("""
        Ciao Chiara, devo controllare con mio marito che è lui che gestisce i pagamenti dal conto, ti faccio sapere stasera.
        Ema
        """) + "\nInviato da Tiscali Mail\n"),
     irt=T["irt"], refs=T["refs"])

# O13 — from Switzerland: can I pay by PayPal?
c = ("Dario Bernasconi", "dario.bernasconi@bluewin.ch")
T = th(DAV, "reminder", "2026/71", 320, d(2027, 2, 1), D(2027, 2, 9, 9, 0), "Gentile Dario Bernasconi,")
mail(dict(kind="client-reply-other", note="Italian-speaking Swiss client asks to pay by PayPal/card because of foreign-transfer fees; a question"),
     c, (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2027, 2, 9, 19, 14, tz="Europe/Zurich"),
     text(t("""
        Buonasera Davide,
        posso pagare con PayPal o con carta? Il bonifico in euro dalla mia banca qui in Ticino mi costa 15 franchi di commissioni, per 320 euro mi sembra un po' tanto.
        Mi dica lei.
        Cordiali saluti
        Dario Bernasconi
        Lugano

        """) + q_gmail(T["orig"], T["when"], DAV)),
     irt=T["irt"], refs=T["refs"])


# ================================================================= MACHINE MAIL (7)
# M1 — bank alert: incoming SEPA transfer
body = t("""
    Gentile Cliente,

    ti informiamo che sul conto corrente n. ****3456 è stato accreditato un bonifico SEPA.

    Data contabile: 27/11/2026
    Data valuta: 27/11/2026
    Importo: 1.220,00 EUR
    Ordinante: NARDI ARREDAMENTI DI NARDI CARLO
    Causale: SALDO FT 36/2026
    Identificativo (TRN): 0503412698745213487000105IT

    Per consultare i dettagli accedi all'area riservata YouWeb o all'app YouApp.

    Questa è una comunicazione automatica: ti preghiamo di non rispondere a questo indirizzo.
    Banco BPM S.p.A. – Piazza F. Meda 4, 20121 Milano
    """)
html = html_wrap(text_to_html_paras(body), font="Helvetica")
mail(dict(kind="payment-notification", amount="1220.00", reference="36/2026",
          note="bank alert of an incoming SEPA transfer; invoice number in the causale"),
     ("Banco BPM", "notifiche@bancobpm.it"), (ALE["name"], ALE["addr"]), "Avviso: accredito bonifico sul tuo conto",
     D(2026, 11, 27, 16, 4), alt(body, html),
     extra=[("Auto-Submitted", "auto-generated"), ("X-Priority", "3")])

# M2 — PayPal payment received
body = t("""
    Dario Bernasconi ti ha inviato 320,00 € EUR

    Ciao Davide Marchetti,

    hai ricevuto un pagamento di 320,00 € EUR da Dario Bernasconi (dario.bernasconi@bluewin.ch).

    Nota di Dario Bernasconi:
    "fattura 2026/71 ritratti, grazie!"

    Dettagli della transazione
    Importo ricevuto: 320,00 € EUR
    Commissione: -11,51 € EUR
    Importo netto: 308,49 € EUR
    ID transazione: 7KD28391UX447025B
    Data transazione: 10 febbraio 2027

    Il denaro è disponibile nel tuo conto PayPal.

    Aiuto e contatti | Sicurezza | App
    PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
    """)
html = html_wrap("<table width=\"600\" align=\"center\" style=\"border:1px solid #ddd\"><tr><td style=\"padding:24px\">"
                 "<img src=\"https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.svg\" alt=\"PayPal\" width=\"100\">"
                 + text_to_html_paras(body) + "</td></tr></table>")
mail(dict(kind="payment-notification", amount="320.00", reference="2026/71",
          note="PayPal 'hai ricevuto un pagamento' in Italian; gross 320 (fee shown); payer's note names the invoice"),
     ("PayPal", "service@paypal.it"), (DAV["name"], DAV["addr"]), "Hai ricevuto un pagamento",
     D(2027, 2, 10, 8, 12), alt(body, html), extra=[("Auto-Submitted", "auto-generated")])

# M3 — out of office with a return date (RFC 3834 headers)
T = th(CHI, "reminder", "45/2026", 3172, d(2026, 12, 15), D(2026, 12, 22, 9, 0), "Spett.le Gruppo Alimentare Valpadana S.p.A.,")
mail(dict(kind="auto-reply", return_date="2027-01-07",
          note="Exchange OOO, 'fino al 6 gennaio compreso' -> back 7 January; Auto-Submitted header"),
     ("Ferrara Gianni", "g.ferrara@valpadanafood.it"), (CHI["name"], CHI["addr"]),
     "Risposta automatica: " + T["subj"], D(2026, 12, 22, 9, 0, ss=41),
     text(t("""
        Buongiorno,

        sarò assente dall'ufficio fino al 6 gennaio compreso, con accesso limitato alla posta.
        Per urgenze amministrative potete scrivere a contabilita.fornitori@valpadanafood.it.

        Buone feste,
        Gianni Ferrara
        Ufficio Acquisti – Gruppo Alimentare Valpadana S.p.A.
        """)),
     irt=T["irt"], refs=T["refs"],
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "g.ferrara@valpadanafood.it")])

# M4 — mailbox no longer in use, no RFC 3834 headers, no date
T = th(DAV, "reminder", "2026/50", 732, d(2026, 11, 10), D(2026, 11, 18, 9, 0), "Spett.le B&B Il Carrubo,")
mail(dict(kind="auto-reply", note="'casella non più attiva' autoresponder without Auto-Submitted/X-Autoreply headers and no return date"),
     ("B&B Il Carrubo", "info@bbilcarrubo.it"), (DAV["name"], DAV["addr"]), "Re: " + T["subj"], D(2026, 11, 18, 9, 0, ss=7),
     text(t("""
        Gentile mittente,
        questa casella di posta non è più attiva. Il suo messaggio non verrà letto.
        Per prenotazioni: prenotazioni@ilcarrubo-ostuni.it
        Per comunicazioni amministrative: amministrazione@ilcarrubo-ostuni.it

        B&B Il Carrubo – Ostuni
        """), cte="8bit"),
     irt=T["irt"], refs=T["refs"])


def dsn(human, reporting, rcpt, action, status, diag, orig_headers, remote=None, arrival=None):
    per_msg = f"Reporting-MTA: dns; {reporting}\r\n" + (f"Arrival-Date: {arrival}\r\n" if arrival else "")
    per_rcpt = (f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\nAction: {action}\r\n"
                f"Status: {status}\r\n" + (f"Remote-MTA: dns; {remote}\r\n" if remote else "")
                + f"Diagnostic-Code: smtp; {diag}\r\n")
    ds = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
              (per_msg + "\r\n" + per_rcpt).encode())
    oh = Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
              _crlf(orig_headers.encode("utf-8")))
    return multipart("report", [text(human, cte="8bit"), ds, oh], extra="; report-type=delivery-status")


# M5 — permanent bounce, Postfix at the owner's provider
T = th(CHI, "final", "28/2026", 1830, d(2026, 12, 15), D(2027, 1, 18, 9, 0), "Spett.le Studio Legale Salvi,",
       issue=d(2026, 11, 15), deadline=d(2027, 1, 28))
orig_h = (f"Date: {format_datetime(D(2027, 1, 18, 9, 0))}\nFrom: {CHI['name']} <{CHI['addr']}>\n"
          f"To: contabilita@studiolegalesalvi.it\nSubject: =?utf-8?q?Diffida_di_pagamento_=E2=80=93_fattura_n=2E_28/2026?=\n"
          f"Message-ID: {T['irt']}\n")
human = t("""
    This is the mail system at host smtpdh12.ad.aruba.it.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <contabilita@studiolegalesalvi.it>: host mx.studiolegalesalvi.it[93.62.154.18]
        said: 550 5.1.1 <contabilita@studiolegalesalvi.it>: Recipient address
        rejected: User unknown in virtual mailbox table (in reply to RCPT TO
        command)
    """)
mail(dict(kind="bounce", failed_recipient="contabilita@studiolegalesalvi.it", permanent=True,
          note="Postfix DSN (Aruba outgoing host), 550 5.1.1 user unknown on the formal notice"),
     ("Mail Delivery System", "MAILER-DAEMON@smtpdh12.ad.aruba.it"), (CHI["name"], CHI["addr"]),
     "Undelivered Mail Returned to Sender", D(2027, 1, 18, 9, 0, ss=12),
     dsn(human, "smtpdh12.ad.aruba.it", "contabilita@studiolegalesalvi.it", "failed", "5.1.1",
         "550 5.1.1 <contabilita@studiolegalesalvi.it>: Recipient address rejected: User unknown in virtual mailbox table",
         orig_h, remote="mx.studiolegalesalvi.it", arrival=format_datetime(D(2027, 1, 18, 9, 0, ss=3))),
     extra=[("Auto-Submitted", "auto-replied")])

# M6 — temporary: Exchange Online "recapito ritardato" (Italian), delayed
T = th(DAV, "reminder", "2026/51", 1342, d(2026, 11, 15), D(2026, 11, 25, 9, 0), "Spett.le Oleificio Salentino,")
orig_h = (f"Date: {format_datetime(D(2026, 11, 25, 9, 0))}\nFrom: {DAV['name']} <{DAV['addr']}>\n"
          f"To: fornitori@oleificiosalentino.it\nSubject: Sollecito fattura n. 2026/51\nMessage-ID: {T['irt']}\n")
human = t("""
    Il recapito del messaggio è stato ritardato.

    Il recapito ai seguenti destinatari o gruppi non è ancora stato completato:

    fornitori@oleificiosalentino.it (fornitori@oleificiosalentino.it)
    Il server di posta del destinatario non ha accettato la connessione. Tenteremo di recapitare di nuovo il messaggio. Riceverai una notifica se il recapito non riesce entro 24 ore.

    Oggetto: Sollecito fattura n. 2026/51

    Non è necessario intraprendere alcuna azione. Questa è solo una notifica informativa.

    Informazioni di diagnostica per gli amministratori:

    Server di generazione: DB9PR01MB7412.eurprd01.prod.exchangelabs.com

    fornitori@oleificiosalentino.it
    Remote server returned '451 4.4.0 Primary target IP address responded with: "421 4.4.2 mx1.oleificiosalentino.it Error: timeout exceeded." Attempted failover to alternate host, but that did not succeed.'
    """)
mail(dict(kind="bounce", failed_recipient="fornitori@oleificiosalentino.it", permanent=False,
          note="Exchange Online delay DSN in Italian (Action: delayed, 4.4.x): temporary, will retry"),
     ("Microsoft Outlook", "postmaster@marchettifoto.it"), (DAV["name"], DAV["addr"]),
     "Recapito ritardato: Sollecito fattura n. 2026/51", D(2026, 11, 25, 13, 6),
     dsn(human, "DB9PR01MB7412.eurprd01.prod.exchangelabs.com", "fornitori@oleificiosalentino.it", "delayed", "4.4.0",
         "451 4.4.0 Primary target IP address responded with: \"421 4.4.2 mx1.oleificiosalentino.it Error: timeout exceeded.\"",
         orig_h), extra=[("Auto-Submitted", "auto-replied")])

# M7 — e-invoicing service: delivery receipt from SdI (other)
body = t("""
    Gentile Cliente,

    ti informiamo che il Sistema di Interscambio (SdI) ha consegnato la seguente fattura al destinatario.

    Tipo notifica: Ricevuta di consegna (RC)
    Numero fattura: 45/2026
    Data fattura: 15/11/2026
    Destinatario: GRUPPO ALIMENTARE VALPADANA S.P.A.
    Codice destinatario: KRRH6B9
    Identificativo SdI: 18429377105
    Data consegna: 16/11/2026 10:42

    Puoi consultare la fattura e lo storico delle notifiche accedendo al pannello Fatturazione Elettronica.

    Cordiali saluti,
    Aruba Fatturazione Elettronica

    Questo messaggio è stato generato automaticamente, si prega di non rispondere.
    """)
mail(dict(kind="other", reference="45/2026",
          note="SdI delivery receipt (ricevuta di consegna) from the e-invoicing service: about an invoice, not a payment"),
     ("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"), (CHI["name"], CHI["addr"]),
     "Fattura 45/2026 - Notifica di consegna SdI", D(2026, 11, 16, 10, 44),
     alt(body, html_wrap(text_to_html_paras(body))), extra=[("Auto-Submitted", "auto-generated")])


# ================================================================= write out
def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    order = list(range(len(MESSAGES)))
    random.Random(16).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# round16-it — Italian clients replying to reminders (+ a little machine mail). Generated by make.py.\n"]
    keys = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
            "failed_recipient", "permanent", "note"]
    for i, k in enumerate(order, 1):
        labels, raw = MESSAGES[k]
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        out.append(f'\n[files."{name}"]\n')
        for key in keys:
            if key in labels:
                v = labels[key]
                out.append(f"{key} = {'true' if v is True else 'false' if v is False else toml_str(v)}\n")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("".join(out))
    print(f"wrote {len(MESSAGES)} messages")


if __name__ == "__main__":
    main()
