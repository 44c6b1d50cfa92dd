#!/usr/bin/env python3
"""Generate the round4-mix blind test set for mailduns (r4m-NNNN.eml + labels.toml).

Every message body below is hand-written. Only the MIME plumbing, the quoting wrappers, the HTML
skeletons and the quoted mailduns reminders (copied from templates/{it,es,en}) are generated.
Run: python3 make.py   (Python 3.11, stdlib only)
"""
import base64
import hashlib
import html as htmlmod
import json
import quopri
import sys
import email
import email.policy
import email.utils
from datetime import datetime, timedelta
from email.header import Header
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent
PREFIX = "r4m"
MESSAGES = []  # (bytes, label dict)

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}


# --------------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------------
def split_for(persona):
    return "firstread3" if int(hashlib.sha1(persona.encode()).hexdigest(), 16) % 10 < 4 else "dev"


def when(s, tz):
    """'2026-11-17 09:42' in tz -> aware datetime."""
    return datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


def hid(*parts, n=16):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def enc(s, charset="utf-8"):
    """A header value, RFC 2047-encoded only when not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    return email.utils.formataddr((name, mail), charset=charset)


def msgid(seed, domain):
    return "<%s@%s>" % (hid("mid", seed, n=24), domain)


# --------------------------------------------------------------------------------------------------
# MIME plumbing (hand-rolled so that charsets / transfer encodings are exactly what real clients send)
# --------------------------------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body  # bytes


def _cte_encode(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def leaf(ctype, text=None, data=None, charset="utf-8", encode_as=None, cte="quoted-printable",
         filename=None, disposition=None, params="", extra=()):
    """text is encoded with encode_as (default: charset) and declared as charset."""
    if data is None:
        data = text.encode(encode_as or charset)
    ct = ctype
    if ctype.startswith("text/"):
        ct += '; charset="%s"' % charset if charset.lower() != charset else "; charset=%s" % charset
    if params:
        ct += params
    if filename and not ctype.startswith("text/"):
        ct += '; name="%s"' % filename
    headers = [("Content-Type", ct)]
    if disposition or filename:
        d = disposition or "attachment"
        if filename:
            d += '; filename="%s"' % filename
        headers.append(("Content-Disposition", d))
    headers.append(("Content-Transfer-Encoding", cte))
    headers.extend(extra)
    return Part(headers, _cte_encode(data, cte))


def multi(subtype, parts, boundary, params="", preamble=None, extra=()):
    lines = []
    if preamble:
        lines.append(preamble.encode() + b"\n")
    for p in parts:
        lines.append(b"--" + boundary.encode() + b"\n")
        lines.append(_headers_bytes(p.headers))
        lines.append(b"\n")
        body = p.body if p.body.endswith(b"\n") else p.body + b"\n"
        lines.append(body)
    lines.append(b"--" + boundary.encode() + b"--\n")
    return Part([("Content-Type", 'multipart/%s;%s boundary="%s"' % (subtype, params, boundary))] + list(extra),
                b"".join(lines))


def _headers_bytes(headers):
    out = []
    for k, v in headers:
        out.append(("%s: %s\n" % (k, v)).encode("utf-8"))
    return b"".join(out)


def message(headers, part, crlf=False, mime_version="1.0"):
    hs = list(headers) + [("MIME-Version", mime_version)] + part.headers
    raw = _headers_bytes(hs) + b"\n" + part.body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# fake attachment bytes --------------------------------------------------------------------------
def fake_pdf(title):
    body = ("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            "4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 770 Td (" + title + ") Tj ET\nendstream endobj\n"
            "trailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1", errors="replace")


def fake_png(seed):
    import struct
    import zlib
    w, h = 4, 3
    raw = b"".join(b"\x00" + bytes((i * 40 + len(seed)) % 256 for i in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def pdf_part(filename, title):
    return leaf("application/pdf", data=fake_pdf(title), cte="base64", filename=filename)


def png_part(filename, inline=False, cid=None):
    extra = [("Content-ID", "<%s>" % cid)] if cid else []
    return leaf("image/png", data=fake_png(filename), cte="base64", filename=filename,
                disposition="inline" if inline else "attachment", extra=extra)


# --------------------------------------------------------------------------------------------------
# mail client "profiles": boundaries and typical extra headers
# --------------------------------------------------------------------------------------------------
def b_gmail(seed):
    return "000000000000" + hid("bg", seed, n=12)


def b_outlook(seed):
    return "_000_%sEURP19%sPROD_" % (hid("bo", seed, n=12).upper(), "5")


def b_apple(seed):
    h = hid("ba", seed, n=32).upper()
    return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def b_thunder(seed):
    return "------------" + hid("bt", seed, n=24)


def outlook_extra(topic, seed, lang="it-IT", attach=False):
    ti = base64.b64encode(hashlib.sha1(("ti" + seed).encode()).digest() + b"\x01\x02").decode()
    return [("Thread-Topic", enc(topic)), ("Thread-Index", ti),
            ("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""),
            ("X-MS-Exchange-Organization-SCL", "1")]


def apple_extra(iphone=True):
    return [("X-Mailer", "iPhone Mail (22C152)" if iphone else "Apple Mail (2.3826.300.87.4.3)")]


# --------------------------------------------------------------------------------------------------
# the freelancers (mailbox owners)
# --------------------------------------------------------------------------------------------------
OWNERS = {
    "alessandra": dict(name="Alessandra Rossi", mail="alessandra@example.it", lang="it", tz="Europe/Rome",
                       iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
    "davide": dict(name="Davide Esposito", mail="davide@espositoweb.it", lang="it", tz="Europe/Rome",
                   iban="IT02 L030 6903 4961 0000 0067 891", bic="BCITITMM"),
    "lucia": dict(name="Lucía Martín", mail="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
                  iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX"),
    "nerea": dict(name="Nerea Goikoetxea", mail="nerea@goikotranslations.eu", lang="es", tz="Europe/Madrid",
                  iban="ES76 2095 0611 0091 2345 6789", bic="BASKES2BXXX"),
    "tom": dict(name="Tom Byrne", mail="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D"),
    "priya": dict(name="Priya Shah", mail="priya@shahcopy.co.uk", lang="en", tz="Europe/London",
                  iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22"),
}

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre", "novembre", "dicembre"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def d_it(s, art=None):
    d = datetime.fromisoformat(s)
    txt = "%d %s %d" % (d.day, MESI[d.month - 1], d.year)
    if art == "il":
        return ("l'" if d.day in (1, 8, 11) else "il ") + txt
    if art == "del":
        return ("dell'" if d.day in (1, 8, 11) else "del ") + txt
    return txt


def d_es(s):
    d = datetime.fromisoformat(s)
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


def d_en(s):
    d = datetime.fromisoformat(s)
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


# --------------------------------------------------------------------------------------------------
# the mailduns reminders, as the templates render them (filled in by hand per thread)
# --------------------------------------------------------------------------------------------------
def _sal_it(client):
    """As templates/it/_salutation.txt.j2 decides."""
    if not client or "@" in client:
        return "Buongiorno,"
    org = {"srl", "srls", "spa", "snc", "sas", "sapa", "scarl", "scrl", "scpa", "scs", "coop", "cooperativa",
           "consorzio", "società", "societa", "soc", "ditta", "impresa", "studio", "ufficio", "amministrazione",
           "contabilità", "contabilita", "comune", "provincia", "regione", "ministero", "istituto", "scuola",
           "università", "universita", "azienda", "agenzia", "associazione", "fondazione", "ente", "onlus", "ets",
           "aps", "odv", "asd", "ssd", "fratelli", "figli", "gruppo", "group", "gmbh", "ag", "ltd", "limited", "llc",
           "llp", "inc", "corp", "plc", "sa", "sl", "slu", "sarl", "bv", "nv", "&"}
    w = client.lower().replace(".", "")
    for ch in ",-()'’":
        w = w.replace(ch, " ")
    return ("Spett.le %s," if org & set(w.split()) else "Gentile %s,") % client


def _sal_es(client):
    """As templates/es/_saludo.txt.j2 decides."""
    if not client:
        return "Buenos días:"
    words = (client.upper().replace(". ", ".").replace(".", "").replace(",", " ").replace("(", " ")
             .replace(")", " ")).split()
    formas = {"SL", "SLU", "SLL", "SLP", "SLNE", "SA", "SAU", "SAL", "SC", "SCP", "SCOOP", "SCOOPAND", "COOP",
              "SCCL", "CB", "AIE", "UTE", "SOCIEDAD", "LIMITADA", "ANÓNIMA", "ANONIMA", "COOPERATIVA", "SRL", "SRLS",
              "SPA", "SAS", "SARL", "GMBH", "AG", "LTD", "LLC", "LLP", "INC", "PLC", "BV", "NV", "LDA"}
    ent = {"AYUNTAMIENTO", "AJUNTAMENT", "CONCELLO", "DIPUTACIÓN", "CONSEJERÍA", "CONSELLERIA", "MINISTERIO",
           "UNIVERSIDAD", "UNIVERSITAT", "FUNDACIÓN", "FUNDACIÓ", "ASOCIACIÓN", "ASSOCIACIÓ", "FEDERACIÓN",
           "CONSORCIO", "COLEGIO", "COMUNIDAD", "INSTITUTO", "CLUB", "GRUPO", "EDITORIAL", "AGENCIA", "ESTUDIO",
           "ACADEMIA", "ESCUELA", "CLÍNICA", "HOTEL", "RESTAURANTE"}
    if formas & set(words) or (words and words[0] in ent):
        return "Estimados señores:"
    return "Buenos días, %s:" % client


def _sal_en(client):
    """As templates/en/_salutation.txt.j2 decides (not formal)."""
    if not client or "@" in client:
        return "Hello,"
    legal = {"ltd", "limited", "plc", "llp", "lp", "llc", "inc", "incorporated", "corp", "corporation", "cic", "cio",
             "srl", "srls", "spa", "sapa", "sas", "snc", "ss", "scarl", "scrl", "sl", "slu", "sll", "sa", "sau", "sccl",
             "gmbh", "ag", "kg", "ohg", "ug", "ev", "eg", "bv", "nv", "vof", "sarl", "sàrl", "eurl", "sasu", "sprl",
             "bvba", "lda", "ltda", "dac", "clg", "uc", "ulc", "teo", "teoranta", "cyf", "cyfyngedig", "ab", "oy",
             "oyj", "as", "asa", "aps", "sro", "kft", "zrt", "doo", "oo"}
    org = {"&", "studio", "agency", "agenzia", "agencia", "group", "gruppo", "grupo", "team", "company", "council",
           "university", "università", "universidad", "ministry", "ministero", "ministerio", "comune", "ayuntamiento",
           "associazione", "asociación", "association", "foundation", "fondazione", "fundación", "trust", "partners",
           "associates", "accounts", "amministrazione", "administración", "contabilidad", "ufficio", "office",
           "department", "dept", "holdings"}
    words = client.lower().replace(".", "").replace(",", " ").replace("(", " ").replace(")", " ").split()
    if words and (words[-1] in legal or org & set(words)):
        return "Dear Accounts Team,"
    return "Dear %s," % client


def pay_it(o, num):
    o = OWNERS[o]
    return ("Per il pagamento:\n- beneficiario: %s\n- IBAN: %s\n- BIC: %s\n- causale: Fattura n. %s"
            % (o["name"], o["iban"], o["bic"], num))


def pay_es(o, num):
    o = OWNERS[o]
    return ("Datos para el pago:\n- beneficiario: %s\n- IBAN: %s\n- BIC: %s\n- concepto: Factura %s"
            % (o["name"], o["iban"], o["bic"], num))


def pay_en(o, num):
    o = OWNERS[o]
    return ("Payment details:\n- Account name: %s\n- IBAN: %s\n- BIC (SWIFT): %s\n- Payment reference: %s"
            % (o["name"], o["iban"], o["bic"], num))


def rem(owner, step, client, num, amount, due, deadline=None, days_late=None, issue=None, promise=None,
        fees=None, invoices=None, total=None):
    """Text of a mailduns letter. step: courtesy, due, reminder, late_fee, final, promise_followup,
    paid_claim_followup, statement."""
    o = OWNERS[owner]
    lang = o["lang"]
    on = o["name"]
    if lang == "it":
        s = _sal_it(client)
        pay = pay_it(owner, num)
        amt = " di %s" % amount if amount else ""
        if step == "courtesy":
            body = ("un breve promemoria: la fattura n. %s%s%s è in scadenza %s.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    "%s\n\nPer qualsiasi domanda basta rispondere a questa email."
                    % (num, amt, (", emessa %s," % d_it(issue, "il")) if issue else "", d_it(due, "il"), pay))
        elif step == "due":
            body = ("un promemoria: la fattura n. %s%s è scaduta %s. Se il pagamento non è ancora stato disposto, "
                    "chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                    "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    "%s\n\nPer qualsiasi domanda basta rispondere a questa email." % (num, amt, d_it(due, "il"), pay))
        elif step == "reminder":
            body = ("da un controllo la fattura n. %s%s, scaduta %s, risulta ancora da saldare. Potrebbe trattarsi "
                    "di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così "
                    "posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece "
                    "c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n%s"
                    % (num, amt, d_it(due, "il"), pay))
        elif step == "late_fee":
            feetxt = ""
            if fees:
                feetxt = ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva "
                          "2011/7/UE): senza che sia necessaria la costituzione in mora, dal giorno successivo alla "
                          "scadenza decorrono gli interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento "
                          "BCE maggiorato di 8 punti percentuali, attualmente 10,15% annuo) ed è dovuto l'importo "
                          "forfettario di 40,00 € a titolo di risarcimento dei costi di recupero (art. 6).\n\n"
                          "Ad oggi l'importo dovuto è il seguente:\n" + "\n".join("- " + f for f in fees) + "\n\n")
            body = ("la fattura n. %s%s, scaduta %s, risulta ancora da saldare: sono trascorsi %d giorni dalla "
                    "scadenza.\n\n%sChiedo cortesemente di provvedere al pagamento%s entro %s. Se il pagamento è già "
                    "stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la "
                    "fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere "
                    "a questa email.\n\n%s"
                    % (num, amt, d_it(due, "il"), days_late, feetxt, " dell'importo totale" if fees else "",
                       d_it(deadline, "il"), pay))
        elif step == "promise_followup":
            body = ("ringrazio ancora per avermi comunicato che il pagamento della fattura n. %s%s sarebbe stato "
                    "effettuato entro %s.\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato "
                    "disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in "
                    "più, chiedo solo di farmi sapere entro quando posso aspettarlo.\n\n%s"
                    % (num, amt, d_it(promise, "il"), pay))
        elif step == "paid_claim_followup":
            body = ("grazie per avermi comunicato che la fattura n. %s%s è stata pagata.\n\nAd oggi, però, il "
                    "pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede qualche "
                    "giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a "
                    "rintracciarlo, chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del "
                    "bonifico, oppure di inoltrarmi la contabile.\n\nPer un confronto, riporto le coordinate "
                    "corrette:\n- beneficiario: %s\n- IBAN: %s\n- causale: Fattura n. %s\n\nSe il bonifico è stato "
                    "disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: in tal caso mi "
                    "basta una breve conferma. Grazie per la collaborazione."
                    % (num, amt, on, o["iban"], num))
        elif step == "final":
            body = ("la fattura n. %s%s, scaduta %s, risulta ancora da saldare nonostante i precedenti solleciti.\n\n"
                    "Con la presente chiedo formalmente il pagamento di %s entro %s. La presente vale quale atto di "
                    "costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini "
                    "dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                    "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito "
                    "nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le "
                    "relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un "
                    "piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa "
                    "data.\n\nQualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e "
                    "di indicarmi la data del bonifico, così da poterlo verificare.\n\n%s"
                    % (num, amt, d_it(due, "il"), amount, d_it(deadline, "il"), pay))
            return ("Oggetto: diffida di pagamento e costituzione in mora – fattura n. %s%s\n\n%s\n\n%s\n\n"
                    "Cordiali saluti,\n%s" % (num, (" " + d_it(issue, "del")) if issue else "", s, body, on))
        elif step == "statement":
            lines = "\n".join("- n. %s %s, scaduta %s (%d giorni di ritardo): %s" % (n, d_it(i, "del"), d_it(d, "il"), dl, a)
                              for n, i, d, dl, a in invoices)
            body = ("da un controllo risultano ancora da saldare le seguenti fatture:\n\n%s\n\nTotale da pagare: %s\n\n"
                    "Chiedo cortesemente di provvedere al pagamento entro %s. Se alcune di queste fatture sono già "
                    "state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno la mia "
                    "contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta "
                    "rispondere a questa email.\n\nGli estremi per il pagamento sono riportati nelle fatture, nei "
                    "messaggi con cui sono state inviate." % (lines, total, d_it(deadline, "il")))
        else:
            raise ValueError(step)
        return "%s\n\n%s\n\nCordiali saluti,\n%s" % (s, body, on)
    if lang == "es":
        s = _sal_es(client)
        pay = pay_es(owner, num)
        amt = " de %s" % amount if amount else ""
        if step == "courtesy":
            body = ("Un breve recordatorio: la factura n.º %s%s%s vence el %s.\n\nSi el pago ya está en curso, "
                    "muchas gracias: no es necesario hacer nada más.\n\n%s\n\nPara cualquier duda, basta con "
                    "responder a este correo." % (num, amt, (", emitida el %s," % d_es(issue)) if issue else "",
                                                  d_es(due), pay))
        elif step == "due":
            body = ("La factura n.º %s%s venció el %s y, según mis registros, el pago aún no consta. Agradecería "
                    "que se tramitara en los próximos días.\n\nSi el pago ya se ha realizado, muchas gracias: no es "
                    "necesario hacer nada más.\n\n%s\n\nPara cualquier duda, basta con responder a este correo."
                    % (num, amt, d_es(due), pay))
        elif step == "reminder":
            body = ("Revisando mis cuentas, veo que la factura n.º %s%s, vencida el %s, sigue pendiente de pago. "
                    "Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea "
                    "posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder "
                    "indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún "
                    "problema con la factura, podemos aclararlo por esta misma vía.\n\n%s" % (num, amt, d_es(due), pay))
        elif step == "late_fee":
            feetxt = ""
            if fees:
                feetxt = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, "
                          "por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales "
                          "(Directiva 2011/7/UE). Desde el día siguiente al vencimiento, la deuda devenga "
                          "automáticamente intereses de demora al tipo legal: el tipo del Banco Central Europeo para sus "
                          "operaciones principales de financiación más ocho puntos porcentuales, actualmente el 10,15 % "
                          "anual (arts. 5 y 7). A la deuda se añade, además, una cantidad fija de 40,00 € en concepto de "
                          "indemnización por costes de cobro (art. 8).\n\n\nA día de hoy, el importe adeudado es el "
                          "siguiente:\n" + "\n".join("- " + f for f in fees) + "\n\n")
            body = ("La factura n.º %s%s, vencida el %s, sigue pendiente de pago: han pasado %d días desde el "
                    "vencimiento.\n\n%sRuego que el pago%s se realice a más tardar el %s. Si ya se ha realizado, "
                    "muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema "
                    "con la factura o con los plazos de pago, podemos buscar una solución por esta misma vía.\n\n%s"
                    % (num, amt, d_es(due), days_late, feetxt, " del importe total" if fees else "",
                       d_es(deadline), pay))
        elif step == "promise_followup":
            body = ("Según su último mensaje, el pago de la factura n.º %s%s se realizaría a más tardar el %s; "
                    "gracias de nuevo por la información.\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha "
                    "realizado, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hacen "
                    "falta unos días más, me sería útil saber para cuándo puedo contar con él.\n\n%s"
                    % (num, amt, d_es(promise), pay))
        elif step == "final":
            body = ("La factura n.º %s, emitida%s el %s, venció el %s y, pese a los recordatorios enviados "
                    "anteriormente, sigue pendiente de pago por un importe de %s.\n\nPor la presente, y a los efectos "
                    "del artículo 1100 del Código Civil, requiero formalmente el pago de %s a más tardar el %s.\n\n"
                    "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                    "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, "
                    "de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para "
                    "el retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                    "responder a este correo.\n\nSi para el %s no se ha recibido el pago ni hemos llegado a un acuerdo, "
                    "tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento "
                    "monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los últimos días, "
                    "muchas gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta con la fecha "
                    "de la transferencia.\n\n%s"
                    % (num, (" a nombre de " + client) if client else "", d_es(issue), d_es(due), amount, amount,
                       d_es(deadline), d_es(deadline), pay))
            return "Asunto: Requerimiento de pago de la factura n.º %s\n\n%s\n\n%s\n\nAtentamente,\n%s" % (num, s, body, on)
        elif step == "statement":
            lines = "\n".join("- n.º %s, del %s, vencida el %s (%d días de retraso): %s" % (n, d_es(i), d_es(d), dl, a)
                              for n, i, d, dl, a in invoices)
            body = ("Revisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n%s\n\n"
                    "Total a pagar: %s\n\nRuego que el pago de estas facturas se realice a más tardar el %s. Si alguna "
                    "de ellas ya está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la "
                    "transferencia, para que pueda actualizar mis registros. Si hay algún problema con alguna factura, "
                    "podemos aclararlo por esta misma vía.\n\nLos datos para el pago figuran en las facturas, en los "
                    "mensajes con los que se enviaron." % (lines, total, d_es(deadline)))
        else:
            raise ValueError(step)
        return "%s\n\n%s\n\nUn cordial saludo,\n%s" % (s, body, on)
    # en
    s = _sal_en(client)
    pay = pay_en(owner, num)
    amt = " for %s" % amount if amount else ""
    if step == "courtesy":
        body = ("This is a friendly reminder that invoice %s%s%s is due for payment on %s.\n\nIf payment is already "
                "on its way, thank you, and please disregard this message.\n\n%s\n\nIf you have any questions, just "
                "reply to this email." % (num, amt, (", issued on %s," % d_en(issue)) if issue else "", d_en(due), pay))
    elif step == "due":
        body = ("This is a quick reminder that invoice %s%s was due for payment on %s. If it has not been paid yet, I "
                "would be grateful if you could arrange payment in the next few days.\n\nIf you have already paid, "
                "thank you, and please disregard this reminder.\n\n%s\n\nIf you have any questions, just reply to "
                "this email." % (num, amt, d_en(due), pay))
    elif step == "reminder":
        body = ("According to my records, invoice %s%s, due on %s, has not yet been paid. It may simply have been "
                "overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
                "If you have already paid, thank you – please let me know the payment date so that I can update my "
                "records. If there is a problem with the invoice, please reply to this email and we can sort it out."
                "\n\n%s" % (num, amt, d_en(due), pay))
    elif step == "late_fee":
        feetxt = ""
        if fees:
            feetxt = ("As this is a commercial transaction, the legislation implementing EU Directive 2011/7/EU on "
                      "combating late payment applies: statutory interest for late payment runs from the day after "
                      "the due date at the European Central Bank's main refinancing rate plus 8 percentage points "
                      "(currently 10.15% a year), and a fixed sum of €40.00 is due as compensation for recovery costs."
                      "\n\nThe amount due as at %s (interest continues to run until payment) is:\n" % d_en(deadline)
                      + "\n".join("- " + f for f in fees) + "\n\n")
        body = ("Invoice %s%s, due on %s, is now %d days overdue.\n\n%sPlease arrange payment%s by %s. If payment is "
                "already on its way, thank you – please let me know the date it was made. If there is a problem with "
                "the invoice or with the timing, please reply to this email and we can find a solution.\n\n%s"
                % (num, amt, d_en(due), days_late, feetxt, " of the total above" if fees else "", d_en(deadline), pay))
    elif step == "promise_followup":
        body = ("Thank you for letting me know that invoice %s%s would be paid by %s.\n\nThe payment has not reached "
                "me yet. If it is already on its way, thank you – please let me know the date it was made. If you need "
                "a little more time, could you let me know when I can expect it?\n\n%s" % (num, amt, d_en(promise), pay))
    elif step == "final":
        body = ("Despite my previous reminders, invoice %s%s, which was due for payment on %s, remains unpaid.\n\n"
                "I therefore formally request payment of %s by %s.\n\nIf payment is not received by that date, I "
                "intend to take steps to recover the debt. These may include referring the matter to a debt "
                "collection agency or a solicitor and, if necessary, starting court proceedings.\n\nI would much "
                "rather resolve this with you directly. If there is a reason for the delay, or if you would like to "
                "propose a payment plan, please reply to this email before %s.\n\nIf you have paid in the meantime, "
                "thank you, and please accept my apologies for this notice; it would help if you could let me know "
                "the payment date so that I can update my records.\n\n%s"
                % (num, amt, d_en(due), amount, d_en(deadline), d_en(deadline), pay))
        head = ("Final notice before debt recovery\n\n%sDate: %s\nInvoice: %s, due on %s\nAmount due: %s\n"
                "Payment deadline: %s\n\n" % (("To: %s\n" % client) if client else "", d_en(issue), num, d_en(due),
                                              amount, d_en(deadline)))
        fs = "Dear %s," % client if s.startswith("Dear ") and s != "Dear Accounts Team," else "Dear Sir or Madam,"
        fo = "Yours sincerely," if fs != "Dear Sir or Madam," else "Yours faithfully,"
        return "%s%s\n\n%s\n\n%s\n%s" % (head, fs, body, fo, on)
    elif step == "statement":
        lines = "\n".join("- %s, issued on %s, due on %s (%d days overdue): %s" % (n, d_en(i), d_en(d), dl, a)
                          for n, i, d, dl, a in invoices)
        body = ("According to my records, the following invoices are still outstanding:\n\n%s\n\nTotal due: %s\n\n"
                "Please arrange payment by %s. If some of these invoices have already been paid, thank you – please "
                "let me know which ones and the payment dates, so that I can update my records. If there is a problem "
                "with any of them, please reply to this email and we can sort it out.\n\nThe payment details are on "
                "the invoices, in the emails they were sent with." % (lines, total, d_en(deadline)))
    else:
        raise ValueError(step)
    return "%s\n\n%s\n\nKind regards,\n%s" % (s, body, on)


# --------------------------------------------------------------------------------------------------
# quoting styles
# --------------------------------------------------------------------------------------------------
def gt(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.split("\n"))


def _dt(s, tz):
    return when(s, tz)


def attr_gmail(lang, s, tz, name, mail):
    d = _dt(s, tz)
    if lang == "it":
        return "Il giorno %s %d %s %d alle ore %02d:%02d %s <%s> ha scritto:" % (
            GIORNI[d.weekday()][:3], d.day, MESI[d.month - 1][:3], d.year, d.hour, d.minute, name, mail)
    if lang == "es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            DIAS[d.weekday()][:3].replace("mié", "mié"), d.day, MESES[d.month - 1][:3], d.year, d.hour, d.minute,
            name, mail)
    return "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (
        DAYS[d.weekday()][:3], d.day, MONTHS[d.month - 1][:3], d.year, d.hour, d.minute, name, mail)


def attr_apple(lang, s, tz, name, mail):
    d = _dt(s, tz)
    if lang == "it":
        return "Il giorno %d %s %d, alle ore %02d:%02d, %s <%s> ha scritto:" % (
            d.day, MESI[d.month - 1][:3], d.year, d.hour, d.minute, name, mail)
    if lang == "es":
        return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (
            d.day, MESES[d.month - 1][:3], d.year, d.hour, d.minute, name, mail)
    return "On %d %s %d, at %02d:%02d, %s <%s> wrote:" % (
        d.day, MONTHS[d.month - 1][:3], d.year, d.hour, d.minute, name, mail)


def outlook_block(lang, s, tz, frm_name, frm_mail, to, subject, cc=None, old=False):
    """Outlook's plain-text header block (no '>' quoting)."""
    d = _dt(s, tz)
    if lang == "it":
        sent = "%s %d %s %d %02d:%02d" % (GIORNI[d.weekday()], d.day, MESI[d.month - 1], d.year, d.hour, d.minute)
        lab = ("Da", "Inviato", "A", "Cc", "Oggetto")
    elif lang == "es":
        sent = "%s, %d de %s de %d %d:%02d" % (DIAS[d.weekday()], d.day, MESES[d.month - 1], d.year, d.hour, d.minute)
        lab = ("De", "Enviado el" if old else "Enviado", "Para", "CC", "Asunto")
    else:
        h12 = d.hour % 12 or 12
        sent = "%s, %s %d, %d %d:%02d %s" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year, h12, d.minute,
                                             "AM" if d.hour < 12 else "PM")
        lab = ("From", "Sent", "To", "Cc", "Subject")
    frm = ("%s [mailto:%s]" % (frm_name, frm_mail)) if old else ("%s <%s>" % (frm_name, frm_mail))
    lines = ["%s: %s" % (lab[0], frm), "%s: %s" % (lab[1], sent), "%s: %s" % (lab[2], to)]
    if cc:
        lines.append("%s: %s" % (lab[3], cc))
    lines.append("%s: %s" % (lab[4], subject))
    sep = "-----Original Message-----" if (old and lang == "en") else (
        "-----Mensaje original-----" if (old and lang == "es") else (
            "-----Messaggio originale-----" if old else "_" * 32))
    return sep + "\n" + "\n".join(lines)


def esc(t):
    return htmlmod.escape(t, quote=False)


def text_to_html(t):
    paras = t.split("\n\n")
    return "\n".join("<p>%s</p>" % "<br>\n".join(esc(l) for l in p.split("\n")) for p in paras if p.strip())


def gmail_html(own_html, attribution, quoted_text, quoted_html=None):
    q = quoted_html if quoted_html is not None else text_to_html(quoted_text)
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
            'class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
            % (own_html, esc(attribution), q))


def outlook_html(own_html, lang, s, tz, frm_name, frm_mail, to, subject, quoted_text, cc=None, quoted_html=None,
                 font="Aptos"):
    d = _dt(s, tz)
    if lang == "it":
        sent = "%s %d %s %d %02d:%02d" % (GIORNI[d.weekday()], d.day, MESI[d.month - 1], d.year, d.hour, d.minute)
        lab = ("Da", "Inviato", "A", "Cc", "Oggetto")
    elif lang == "es":
        sent = "%s, %d de %s de %d %d:%02d" % (DIAS[d.weekday()], d.day, MESES[d.month - 1], d.year, d.hour, d.minute)
        lab = ("De", "Enviado", "Para", "CC", "Asunto")
    else:
        h12 = d.hour % 12 or 12
        sent = "%s, %s %d, %d %d:%02d %s" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year, h12, d.minute,
                                             "AM" if d.hour < 12 else "PM")
        lab = ("From", "Sent", "To", "Cc", "Subject")
    hdr = "<b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n" % (
        lab[0], esc(frm_name), frm_mail, lab[1], sent, lab[2], esc(to))
    if cc:
        hdr += "<b>%s:</b> %s<br>\n" % (lab[3], esc(cc))
    hdr += "<b>%s:</b> %s</font>" % (lab[4], esc(subject))
    q = quoted_html if quoted_html is not None else text_to_html(quoted_text)
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div class="elementToProof" style="font-family: %s, Aptos_EmbeddedFont, '
            'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n'
            '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            'color="#000000">%s\n<div>&nbsp;</div>\n</div>\n<div>\n%s\n</div>\n</body>\n</html>\n'
            % (font, own_html, hdr, q))


# --------------------------------------------------------------------------------------------------
# registering a message
# --------------------------------------------------------------------------------------------------
def base_headers(frm, to, subject, date, mid, in_reply_to=None, refs=None, cc=None, extra=(), subj_charset="utf-8",
                 order="std"):
    if date.second == 0:  # real clocks are not on the minute
        date = date.replace(second=int(hid("sec", mid), 16) % 60)
    hs = []
    if order == "outlook":
        hs += [("From", frm), ("To", to)]
        if cc:
            hs.append(("CC", cc))
        hs += [("Subject", enc(subject, subj_charset)), ("Date", email.utils.format_datetime(date)),
               ("Message-ID", mid)]
        if refs:
            hs.append(("References", refs))
        if in_reply_to:
            hs.append(("In-Reply-To", in_reply_to))
    else:
        hs += [("Date", email.utils.format_datetime(date)), ("From", frm), ("To", to)]
        if cc:
            hs.append(("Cc", cc))
        hs += [("Subject", enc(subject, subj_charset)), ("Message-ID", mid)]
        if in_reply_to:
            hs.append(("In-Reply-To", in_reply_to))
        if refs:
            hs.append(("References", refs))
    hs += list(extra)
    return hs


def add(persona, kind, lang, note, raw, **facts):
    assert kind in KINDS, kind
    lab = {"kind": kind, "language": lang, "split": split_for(persona)}
    for k in ("amount", "reference", "promised_date", "return_date", "failed_recipient"):
        if facts.get(k) is not None:
            lab[k] = facts[k]
    if kind == "bounce":
        assert "permanent" in facts and "failed_recipient" in facts
        lab["permanent"] = facts["permanent"]
    lab["note"] = note
    lab["_persona"] = persona
    MESSAGES.append((raw, lab))


def rmid(owner, seed):
    """Message-ID of a mail the freelancer (or mailduns on their behalf) sent."""
    dom = OWNERS[owner]["mail"].split("@")[1]
    return "<%s.mailduns@%s>" % (hid("rm", owner, seed, n=20), dom)


def omail(owner):
    o = OWNERS[owner]
    return addr(o["name"], o["mail"])


def reply(owner, frm, subject, date, seed, parent, refs_extra=(), to=None, cc=None, extra=(), dom=None,
          order="std", subj_charset="utf-8"):
    """Headers of a client reply to a thread whose last mail is `parent` (message-id)."""
    dom = dom or frm.split("@")[-1].rstrip(">")
    refs = " ".join(list(refs_extra) + [parent])
    return base_headers(frm, to or omail(owner), subject, date, msgid(seed, dom), in_reply_to=parent, refs=refs,
                        cc=cc, extra=extra, order=order, subj_charset=subj_charset)


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_all():
    for old in OUT.glob(PREFIX + "-*.eml"):
        old.unlink()
    out = ["# round4-mix: hand-written test mail for mailduns (structure-heavy: HTML, threads, forwards, MTAs).",
           "# Generated by make.py; the comment above each entry names the persona the split was hashed from.", ""]
    for i, (raw, lab) in enumerate(MESSAGES, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        (OUT / name).write_bytes(raw)
        out.append("# persona: %s" % lab["_persona"])
        out.append('[files."%s"]' % name)
        for k in ("kind", "language", "split", "amount", "reference", "promised_date", "return_date",
                  "failed_recipient", "permanent", "note"):
            if k in lab:
                v = lab[k]
                out.append("%s = %s" % (k, "true" if v is True else "false" if v is False else toml_str(v)))
        out.append("")
    (OUT / "labels.toml").write_text("\n".join(out), encoding="utf-8")


def check():
    import tomllib
    labels = tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))["files"]
    files = sorted(OUT.glob(PREFIX + "-*.eml"))
    assert len(files) == len(labels) == len(MESSAGES), (len(files), len(labels))
    bad = 0
    for f in files:
        m = email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not m[h]:
                print("MISSING", h, f.name)
                bad += 1
        assert m["Date"].datetime is not None
        d = m["Date"].datetime
        assert datetime(2026, 11, 1, tzinfo=d.tzinfo) <= d <= datetime(2027, 2, 28, 23, 59, tzinfo=d.tzinfo), f.name
        # walk every part and decode it
        for p in m.walk():
            if p.is_multipart():
                continue
            if p.get_content_maintype() == "text":
                p.get_content()
            else:
                p.get_payload(decode=True)
        lab = labels[f.name]
        assert lab["kind"] in KINDS
        assert lab["language"] in ("it", "es", "en")
        assert lab["split"] in ("dev", "firstread3")
    return bad


# ==================================================================================================
# THE MESSAGES
# ==================================================================================================
# shapes ---------------------------------------------------------------------------------------------
def gm_html(t):
    """Gmail's way of writing what you typed: one <div> a line."""
    out = []
    for l in t.split("\n"):
        out.append("<div>%s</div>" % (esc(l) if l.strip() else "<br>"))
    return "".join(out)


def gmail_reply(own, attribution, quoted, seed, attachments=(), own_html=None, bottom=False, charset="UTF-8"):
    if bottom:
        text = attribution + "\n\n" + gt(quoted) + "\n\n" + own + "\n"
        html = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote '
                'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                'padding-left:1ex">%s</blockquote></div><div dir="ltr"><br></div><div dir="ltr">%s</div>\n'
                % (esc(attribution), text_to_html(quoted), own_html or gm_html(own)))
    else:
        text = own + "\n\n" + attribution + "\n\n" + gt(quoted) + "\n"
        html = gmail_html(own_html or gm_html(own), attribution, quoted)
    alt = multi("alternative", [leaf("text/plain", text, charset=charset), leaf("text/html", html, charset=charset)],
                b_gmail(seed))
    if attachments:
        return multi("mixed", [alt] + list(attachments), b_gmail(seed + "mixed"))
    return alt


def plain(text, charset="utf-8", cte="quoted-printable", encode_as=None, flowed=False):
    return leaf("text/plain", text, charset=charset, cte=cte, encode_as=encode_as,
                params="; format=flowed" if flowed else "")


def with_att(main, atts, boundary):
    return multi("mixed", [main] + list(atts), boundary)


def html_only(h, charset="utf-8", cte="quoted-printable", encode_as=None):
    return leaf("text/html", h, charset=charset, cte=cte, encode_as=encode_as)


DISCLAIMER_IT = (
    "Le informazioni contenute in questo messaggio di posta elettronica e negli eventuali allegati sono riservate "
    "e destinate esclusivamente alla persona o all'ente sopra indicati. Qualora non siate il destinatario del "
    "messaggio, siete pregati di darne immediata notizia al mittente e di cancellare il messaggio e gli allegati "
    "dal vostro sistema. È vietato qualsiasi uso, riproduzione o divulgazione non autorizzati, ai sensi dell'art. "
    "616 c.p. e del Regolamento (UE) 2016/679 (GDPR). Il trattamento dei dati personali avviene nel rispetto del "
    "D.Lgs. 196/2003 come modificato dal D.Lgs. 101/2018; l'informativa completa è disponibile sul nostro sito. "
    "Prima di stampare questa e-mail, pensa all'ambiente.")

DISCLAIMER_ES = (
    "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo "
    "contener información confidencial sometida a secreto profesional. No está permitida su comunicación, "
    "reproducción o distribución sin la autorización expresa de su remitente. Si no es usted el destinatario "
    "final, por favor elimínelo e infórmenos por esta vía. PROTECCIÓN DE DATOS: De conformidad con el Reglamento "
    "(UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos serán tratados con la "
    "finalidad de gestionar la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión, "
    "oposición, limitación y portabilidad dirigiéndose por escrito a la dirección del remitente.")

DISCLAIMER_EN = (
    "This email and any files transmitted with it are confidential and intended solely for the use of the "
    "individual or entity to whom they are addressed. If you have received this email in error please notify the "
    "sender immediately and delete it from your system. Any views or opinions expressed are solely those of the "
    "author and do not necessarily represent those of the company. The company accepts no liability for any "
    "damage caused by any virus transmitted by this email. We process personal data in accordance with the UK "
    "GDPR and the Data Protection Act 2018; see our privacy notice on our website.")


# ==================================================================================================
# client replies: PAID
# ==================================================================================================

# 1 -- it, Outlook HTML-only, answer in a <div>, quoted reminder after divRplyFwdMsg, PDF attached, "FT 18 2026"
q = rem("alessandra", "reminder", "Tipografia Lombarda srl", "18/2026", "1.464,00 €", "2026-11-30")
p = rmid("alessandra", "18/2026-reminder")
own = ('<div>Buongiorno Alessandra,</div><div><br></div><div>in allegato la contabile del bonifico disposto ieri '
       'relativo alla FT 18 2026.</div><div>Ci scusiamo per il ritardo, avevamo la fattura in sospeso per un '
       'problema di registrazione.</div><div><br></div><div>Cordiali saluti</div><div><br></div>'
       '<div style="font-size:10pt;color:#555555"><b>Cinzia Valli</b><br>Ufficio Amministrazione<br>'
       'Tipografia Lombarda S.r.l. – Via dei Mille 14, 24126 Bergamo<br>Tel. 035 555 2187 – int. 3<br>'
       'Orari ufficio: lun–ven 8:30–12:30</div><div style="font-size:8pt;color:#888888"><br>%s</div>'
       % esc(DISCLAIMER_IT))
h = outlook_html(own, "it", "2026-12-02 09:05", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it",
                 "Amministrazione Tipografia Lombarda", "Sollecito: fattura n. 18/2026", q)
part = with_att(html_only(h), [pdf_part("Contabile_bonifico_03122026.pdf", "Contabile bonifico SEPA")],
                b_outlook("m1"))
hs = reply("alessandra", addr("Cinzia Valli", "amministrazione@tipografialombarda.it"),
           "R: Sollecito: fattura n. 18/2026", when("2026-12-04 11:37", "Europe/Rome"), "m1", p,
           extra=outlook_extra("Sollecito: fattura n. 18/2026", "m1", attach=True), order="outlook")
add("Tipografia Lombarda srl", "client-reply-paid", "it",
    "Outlook HTML-only: the answer is in a <div>, the reminder after divRplyFwdMsg; 'contabile del bonifico "
    "disposto ieri' + PDF receipt; reference written 'FT 18 2026'; GDPR footer longer than the answer.",
    message(hs, part), reference="18/2026")

# 2 -- en, client forwards the bank's payment confirmation (a paid claim, not a payment notification)
fwd = ("---------- Forwarded message ---------\n"
       "From: Bank of Ireland Business On Line <noreply@businessonline.boi.com>\n"
       "Date: Thu, 10 Dec 2026 at 16:02\n"
       "Subject: Payment Confirmation - SEPA Credit Transfer\n"
       "To: <orla.kavanagh@harbourfinch.ie>\n\n\n"
       "Business On Line - Payment Confirmation\n\n"
       "Your payment has been submitted for processing.\n\n"
       "Debit account:       HARBOUR & FINCH LTD  ****4471\n"
       "Beneficiary name:    TOM BYRNE\n"
       "Beneficiary IBAN:    IE29AIBK9311********78\n"
       "Amount:              EUR 2,340.00\n"
       "Beneficiary ref:     INV-2026-081\n"
       "Execution date:      10/12/2026\n"
       "Payment ID:          BOL-5529018377\n\n"
       "Please do not reply to this email. If you did not make this payment, contact Business On Line "
       "Support on 1890 555 365.\n")
own = ("Hi Tom,\n\nHere you go - confirmation from the bank for INV-2026-081 below. Sorry it took so long, "
       "year-end chaos here.\n\nOrla")
text = own + "\n\n" + fwd
html = ('<div dir="ltr">%s<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded '
        'message ---------<br>From: <strong class="gmail_sendername" dir="auto">Bank of Ireland Business On Line'
        '</strong> <span dir="auto">&lt;<a href="mailto:noreply@businessonline.boi.com">noreply@businessonline.boi.com'
        '</a>&gt;</span><br>Date: Thu, 10 Dec 2026 at 16:02<br>Subject: Payment Confirmation - SEPA Credit Transfer'
        '<br>To: &lt;<a href="mailto:orla.kavanagh@harbourfinch.ie">orla.kavanagh@harbourfinch.ie</a>&gt;<br></div>'
        '<br><br><table cellpadding="4" style="font-family:Arial;font-size:13px"><tr><td colspan="2"><b>Business On '
        'Line - Payment Confirmation</b></td></tr><tr><td colspan="2">Your payment has been submitted for processing.'
        '</td></tr><tr><td>Debit account</td><td>HARBOUR &amp; FINCH LTD ****4471</td></tr><tr><td>Beneficiary name'
        '</td><td>TOM BYRNE</td></tr><tr><td>Beneficiary IBAN</td><td>IE29AIBK9311********78</td></tr><tr><td>Amount'
        '</td><td>EUR 2,340.00</td></tr><tr><td>Beneficiary ref</td><td>INV-2026-081</td></tr><tr><td>Execution date'
        '</td><td>10/12/2026</td></tr><tr><td>Payment ID</td><td>BOL-5529018377</td></tr></table></div></div>\n'
        % gm_html(own))
part = multi("alternative", [leaf("text/plain", text, charset="UTF-8"), leaf("text/html", html, charset="UTF-8")],
             b_gmail("m2"))
hs = base_headers(addr("Orla Kavanagh", "orla.kavanagh@harbourfinch.ie"), omail("tom"),
                  "Fwd: Payment Confirmation - SEPA Credit Transfer", when("2026-12-11 09:18", "Europe/Dublin"),
                  msgid("m2", "harbourfinch.ie"))
add("Harbour & Finch Ltd", "client-reply-paid", "en",
    "Client forwards her bank's payment confirmation as a new thread (Fwd:, no In-Reply-To); the bank text "
    "looks like a payment notification but it is the payer's side: a paid claim. Amount from the forwarded receipt.",
    message(hs, part), amount="2340.00", reference="INV-2026-081")

# 3 -- es, Gmail, bottom-posted under the quoted reminder; "Hecho" without a payment verb
q = rem("lucia", "reminder", "Bodegas Arrieta SL", "2026-047", "1.815,00 €", "2026-11-20")
p = rmid("lucia", "2026-047-reminder")
own = "Hecho esta mañana. Perdona el retraso, se me pasó con el cierre del trimestre y la vendimia tardía.\n\nIñaki"
part = gmail_reply(own, attr_gmail("es", "2026-11-25 10:02", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es"),
                   q, "m3", bottom=True)
hs = reply("lucia", addr("Iñaki Arrieta", "inaki@bodegasarrieta.com"), "Re: Recordatorio: factura n.º 2026-047",
           when("2026-11-26 13:41", "Europe/Madrid"), "m3", p)
add("Bodegas Arrieta SL", "client-reply-paid", "es",
    "Bottom-posted: the whole reminder is quoted first and the answer is at the very end; 'Hecho' (done) "
    "with no payment verb, in reply to a payment reminder.", message(hs, part))

# 4 -- it, long Apple thread; the quoted history holds a dispute ("non paghiamo", "contestazione") that is now over
r = rem("alessandra", "reminder", "Studio Dentistico Marchetti", "27/2026", "2.196,00 €", "2026-12-05")
m_a = ("Alessandra, non paghiamo finché il sito non mostra correttamente gli orari dello studio. "
       "Lo avevamo segnalato due volte e ancora oggi un paziente ha trovato la pagina vecchia. "
       "Consideri questa mail una contestazione a tutti gli effetti.\n\nP. Marchetti")
m_b = ("Buongiorno Dottore,\n\nha ragione, c'era una cache del vecchio tema: ho corretto gli orari stamattina e "
       "svuotato la cache. Può verificare da telefono e da computer? Se è tutto a posto le chiedo di procedere con "
       "la fattura.\n\nGrazie, buona giornata\nAlessandra")
thread = ("Verificato anche da mia moglie sul telefono, adesso è tutto a posto. Pagato oggi l'importo intero, "
          "e buon anno!\n\nPaolo Marchetti\n\nInviato da iPad\n\n"
          + attr_apple("it", "2026-12-11 15:20", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it") + "\n\n"
          + gt(m_b + "\n\n" + attr_apple("it", "2026-12-10 18:02", "Europe/Rome", "Paolo Marchetti",
                                        "direzione@studiomarchetti.it") + "\n\n" + gt(m_a + "\n\n" + attr_gmail(
              "it", "2026-12-10 09:00", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it") + "\n" + gt(r))))
p0, p1, p2 = rmid("alessandra", "27/2026-reminder"), msgid("m4a", "studiomarchetti.it"), rmid("alessandra", "27/2026-b")
hs = reply("alessandra", addr("Paolo Marchetti", "direzione@studiomarchetti.it"), "Re: Sollecito: fattura n. 27/2026",
           when("2027-01-08 12:26", "Europe/Rome"), "m4", p2, refs_extra=(p0, p1), extra=apple_extra(False))
add("Studio Dentistico Marchetti", "client-reply-paid", "it",
    "Three-level Apple '>' thread: the quoted older message is a dispute ('non paghiamo finché...', "
    "'contestazione'); the new top line says it is fixed and 'Pagato oggi l'importo intero'.",
    message(hs, plain(thread), mime_version="1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))

# 5 -- en, one-liner with emoji from an iPhone
q = rem("tom", "due", "Jake Dunne", "INV-2026-090", "€480.00", "2026-12-12")
p = rmid("tom", "INV-2026-090-due")
body = ("sorted 👍\n\nSent from my iPhone\n\n" + attr_apple("en", "2026-12-14 09:00", "Europe/Dublin", "Tom Byrne",
                                                          "tom@byrnedesign.ie") + "\n\n" + gt(q) + "\n")
hs = reply("tom", addr("Jake Dunne", "jakedunne78@icloud.com"), "Re: Reminder: invoice INV-2026-090",
           when("2026-12-15 22:14", "Europe/Dublin"), "m5", p, extra=apple_extra())
add("Jake Dunne", "client-reply-paid", "en",
    "Two-word iPhone reply: 'sorted' + thumbs-up emoji to a due-date reminder means it is paid.",
    message(hs, plain(body)))

# 6 -- es reply to an English reminder (Tom's client in Galicia); "la 87" = INV-2026-087
q = rem("tom", "reminder", "Surf Rías Baixas SL", "INV-2026-087", "€1,850.00", "2026-11-20")
p = rmid("tom", "INV-2026-087-reminder")
own = ("Hola Tom,\n\ntransferencia realizada el viernes, 1.850 €. Es la 87, la de la web nueva. Si no te llega "
       "dímelo y lo miro con el banco.\n\nUnha aperta,\nXoán\n\n--\nXoán Lorenzo\nSurf Rías Baixas\n+34 986 555 214")
part = gmail_reply(own, attr_gmail("en", "2026-11-27 08:30", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie"), q, "m6")
hs = reply("tom", addr("Xoán Lorenzo", "xoan@surfriasbaixas.gal"), "Re: Reminder: invoice INV-2026-087",
           when("2026-11-30 10:12", "Europe/Madrid"), "m6", p)
add("Surf Rías Baixas SL", "client-reply-paid", "es",
    "Spanish reply to an English reminder; 'transferencia realizada el viernes, 1.850 €'; invoice named "
    "'la 87' in a thread about INV-2026-087; phone number in signature.",
    message(hs, part), amount="1850.00", reference="INV-2026-087")

# 7 -- it, an accountant writes for the client; iso-8859-1 declared, Windows-1252 bytes (euro sign 0x80)
q = rem("alessandra", "reminder", "Ferramenta Colombo snc", "39/2026", "610,00 €", "2027-01-05")
p0 = rmid("alessandra", "39/2026-reminder")
fw = msgid("m7fw", "ferramentacolombo.it")
body = ("Spett.le Alessandra Rossi,\n\n"
        "per conto del ns. cliente Ferramenta Colombo snc, che ci ha girato il Suo sollecito, comunichiamo che la "
        "fattura n.39/26 risulta saldata in data 14/01/2027 mediante bonifico bancario di € 610,00 "
        "(CRO 0306909606512118).\n\n"
        "Distinti saluti\n\n"
        "Rag. Mauro Bianchi\n"
        "Studio Bianchi & Associati – Commercialisti\n"
        "Via Manzoni 7 – 20900 Monza (MB)\n"
        "Tel. 039 555 8812 – Fax 039 555 8813\n\n"
        "-----Messaggio originale-----\n"
        "Da: Ferramenta Colombo [mailto:info@ferramentacolombo.it]\n"
        "Inviato: martedì 12 gennaio 2027 17:40\n"
        "A: 'Studio Bianchi' <studio@bianchiassociati.it>\n"
        "Oggetto: I: Sollecito: fattura n. 39/2026\n\n"
        "Mauro mi guardi tu se l'abbiamo pagata? grazie Walter\n\n"
        "-----Messaggio originale-----\n"
        "Da: Alessandra Rossi [mailto:alessandra@example.it]\n"
        "Inviato: martedì 12 gennaio 2027 09:00\n"
        "A: info@ferramentacolombo.it\n"
        "Oggetto: Sollecito: fattura n. 39/2026\n\n" + q + "\n\n" + "_" * 60 + "\n" + DISCLAIMER_IT
        + "\nQuesto messaggio è stato inviato da uno studio professionale iscritto all'Ordine dei Dottori "
        "Commercialisti e degli Esperti Contabili di Monza e della Brianza. Ai sensi del D.Lgs. 231/2007 "
        "(antiriciclaggio) le comunicazioni possono essere conservate.\n")
body = body.replace("’", "'").replace("–", "-")
hs = reply("alessandra", addr("Studio Bianchi", "studio@bianchiassociati.it"), "R: I: Sollecito: fattura n. 39/2026",
           when("2027-01-15 10:48", "Europe/Rome"), "m7", fw, refs_extra=(p0,), cc="info@ferramentacolombo.it",
           extra=[("X-Mailer", "Microsoft Outlook 16.0")], order="outlook", subj_charset="iso-8859-1")
add("Studio Bianchi & Associati", "client-reply-paid", "it",
    "The client's accountant answers (Outlook, old '-----Messaggio originale-----' chain with the client's own "
    "'l'abbiamo pagata?' question inside); 'fattura n.39/26 risulta saldata ... bonifico di € 610,00'. Declared "
    "iso-8859-1 but the euro sign is the Windows-1252 byte 0x80. Disclaimer longer than the message.",
    message(hs, plain(body, charset="iso-8859-1", encode_as="cp1252")), amount="610.00", reference="39/2026")

# 8 -- en, accounts payable: "processed in yesterday's payment run"; signature full of dates that are not promises
q = rem("priya", "reminder", "Kestrel Logistics plc", "PS-112", "£960.00", "2026-12-04")
p = rmid("priya", "PS-112-reminder")
own = ("Hi Priya,\n\nThanks for the nudge. This was processed in yesterday's payment run, so it should be with you "
       "within 2-3 working days.\n\nKind regards,\n\nSandra Whitfield\nAccounts Payable | Kestrel Logistics plc\n"
       "Unit 4, Trafford Park Road, Manchester M17 1HG\nT: +44 (0)161 555 0192\n\n"
       "Please note: the AP team will be closed from Thursday 24 December to Monday 4 January. Payment runs take "
       "place every Tuesday and Thursday; invoices must be approved by 12:00 on the Monday before.")
quoted = outlook_block("en", "2026-12-14 09:00", "Europe/London", "Priya Shah", "priya@shahcopy.co.uk",
                       "Accounts Payable <ap@kestrel-logistics.co.uk>", "Reminder: invoice PS-112") + "\n\n" + q
text = own + "\n\n" + quoted + "\n"
html = ('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">%s</div><hr><div>%s</div>'
        '</body></html>\n' % (text_to_html(own), text_to_html(quoted)))
part = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], b_outlook("m8"))
hs = reply("priya", addr("Sandra Whitfield", "ap@kestrel-logistics.co.uk"), "RE: Reminder: invoice PS-112",
           when("2026-12-16 14:05", "Europe/London"), "m8", p,
           extra=outlook_extra("Reminder: invoice PS-112", "m8", lang="en-GB"), order="outlook")
add("Kestrel Logistics plc", "client-reply-paid", "en",
    "AP clerk: 'processed in yesterday's payment run' (paid, no 'paid' verb); the signature has closing dates "
    "(24 December - 4 January) and payment-run days that are not a promise.", message(hs, part))

# 9 -- it, one transfer for two invoices after a statement
inv = [("21/2026", "2026-10-20", "2026-11-19", 21, "1.098,00 €"), ("25/2026", "2026-11-02", "2026-12-02", 8, "1.647,00 €")]
q = rem("alessandra", "statement", "Agriturismo Il Poggio", "21/2026", None, None, deadline="2026-12-18",
        invoices=inv, total="2.745,00 €")
p = rmid("alessandra", "statement-poggio")
own = ("Ciao Alessandra,\n\nguarda che le abbiamo pagate tutte e due (la 21 e la 25) con un unico bonifico da "
       "2.745,00 il 9/12, causale \"saldo ft 21-25\". Forse ti è arrivato con la causale tagliata?\n\n"
       "Un saluto dalla Val d'Orcia,\nElena\n\n--\nAgriturismo Il Poggio\nLoc. Poggio Alto 3, 53027 San Quirico d'Orcia (SI)\n"
       "cell. 339 555 0471")
part = gmail_reply(own, attr_gmail("it", "2026-12-10 09:00", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it"),
                   q, "m9")
hs = reply("alessandra", addr("Agriturismo Il Poggio", "info@agriturismoilpoggio.it"),
           "Re: Fatture da saldare – Agriturismo Il Poggio", when("2026-12-11 19:22", "Europe/Rome"), "m9", p)
add("Agriturismo Il Poggio", "client-reply-paid", "it",
    "Reply to a two-invoice statement: both paid with one transfer of 2.745,00 on 9/12 (amount written without "
    "currency); asks if the reference was truncated. No single reference (two invoices).",
    message(hs, part), amount="2745.00")

# 10 -- es, Gmail HTML-only: answer in a <div>, reminder in <blockquote>, receipt PDF attached
q = rem("lucia", "due", "Clínica Dental Sonrisa", "2026-052", "726,00 €", "2026-11-30")
p = rmid("lucia", "2026-052-due")
own_html = ('<div dir="ltr"><div>Buenas tardes Lucía,</div><div><br></div><div>os adjunto el justificante. '
            'Disculpad, estábamos sin gerente unos días.</div><div><br></div><div>Un saludo,</div><div>Marta</div>'
            '<div><br></div><div style="color:#3d85c6"><b>Clínica Dental Sonrisa</b> · Av. del Puerto 118, 46023 '
            'València · 963 55 41 20</div></div>')
h = ('<div dir="ltr">' + own_html + '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
     'class="gmail_attr">' + esc(attr_gmail("es", "2026-12-02 09:00", "Europe/Madrid", "Lucía Martín",
                                             "lucia@martinestudio.es")) +
     '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
     'rgb(204,204,204);padding-left:1ex">' + text_to_html(q) + '</blockquote></div>\n')
part = with_att(html_only(h, charset="UTF-8"), [pdf_part("justificante_transferencia.pdf", "Justificante de transferencia")],
                b_gmail("m10"))
hs = reply("lucia", addr("Marta Ferrer", "administracion@clinicasonrisa.es"), "Re: Recordatorio: factura n.º 2026-052",
           when("2026-12-03 17:55", "Europe/Madrid"), "m10", p)
add("Clínica Dental Sonrisa", "client-reply-paid", "es",
    "HTML-only Gmail (no text/plain part): 'os adjunto el justificante' + a PDF; the payment word is only in "
    "the attachment's name.", message(hs, part))

# 11 -- en, paid + a question: "can you check it's arrived?"; Outlook plain text block quote without '>'
q = rem("tom", "reminder", "Greenway Architects", "INV-2026-095", "€1,230.00", "2027-01-08")
p = rmid("tom", "INV-2026-095-reminder")
body = ("Hi Tom,\n\nWe paid this last Tuesday - can you check it's arrived? Our bank says it has left the account, "
        "but we changed banks in December so I want to be sure it went to the right place.\n\n"
        "Thanks,\nFiona\n\nFiona Quinlan MRIAI\nGreenway Architects\n12 Pembroke Row, Dublin 2\n+353 1 555 7720\n\n"
        + outlook_block("en", "2027-01-13 09:00", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie",
                        "Fiona Quinlan <fiona@greenwayarchitects.ie>", "Reminder: invoice INV-2026-095")
        + "\n\n" + q + "\n")
hs = reply("tom", addr("Fiona Quinlan", "fiona@greenwayarchitects.ie"), "RE: Reminder: invoice INV-2026-095",
           when("2027-01-14 11:02", "Europe/Dublin"), "m11", p,
           extra=outlook_extra("Reminder: invoice INV-2026-095", "m11", lang="en-IE"), order="outlook")
add("Greenway Architects", "client-reply-paid", "en",
    "Paid claim with a question ('We paid this last Tuesday - can you check it's arrived?'); Outlook plain-text "
    "header block, no '>' quoting.", message(hs, plain(body, charset="windows-1252")))

# 12 -- it, "fatto! 😊" from an iPhone, to a courtesy note before the due date
q = rem("davide", "courtesy", "Chiara Gallo", "3/2027", "350,00 €", "2027-02-12", issue="2027-01-29")
p = rmid("davide", "3/2027-courtesy")
body = ("fatto! 😊 ti ho mandato con PayPal come l’altra volta\n\nChiara\n\nInviato da iPhone\n\n"
        + attr_apple("it", "2027-02-09 08:30", "Europe/Rome", "Davide Esposito", "davide@espositoweb.it") + "\n\n"
        + gt(q) + "\n")
hs = reply("davide", addr("Chiara Gallo", "chiara.gallo.foto@gmail.com"), "Re: Promemoria: fattura n. 3/2027",
           when("2027-02-09 13:16", "Europe/Rome"), "m12", p, extra=apple_extra())
add("Chiara Gallo", "client-reply-paid", "it",
    "'fatto!' with emoji from iPhone, paid by PayPal, in answer to a courtesy reminder sent before the due date.",
    message(hs, plain(body)))

# 13 -- es, the client forwards what his accounts department told him; three "-----Mensaje original-----" levels
q = rem("lucia", "reminder", "Grupo Editorial Nube SL", "2026-055", "2.057,00 €", "2027-01-04")
p0 = rmid("lucia", "2026-055-reminder")
body = ("Lucía, te reenvío lo que me contesta administración. Si no te aparece me dices y les vuelvo a dar la lata.\n\n"
        "Un abrazo,\nPablo\n\n"
        "-----Mensaje original-----\n"
        "De: Rosa Iglesias [mailto:administracion@editorialnube.es]\n"
        "Enviado el: miércoles, 13 de enero de 2027 12:51\n"
        "Para: Pablo Serrano <pablo.serrano@editorialnube.es>\n"
        "Asunto: RE: RV: Recordatorio: factura n.º 2026-055\n\n"
        "Pablo, esta factura se pagó el 12/01 por transferencia, la verá en su cuenta en un par de días.\n\n"
        "Saludos,\nRosa\n\n"
        "-----Mensaje original-----\n"
        "De: Pablo Serrano\n"
        "Enviado el: martes, 12 de enero de 2027 18:20\n"
        "Para: Administración <administracion@editorialnube.es>\n"
        "Asunto: RV: Recordatorio: factura n.º 2026-055\n\n"
        "Rosa, ¿esto está pagado? Es la diseñadora de la colección infantil.\n\n"
        + outlook_block("es", "2027-01-12 09:00", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es",
                        "pablo.serrano@editorialnube.es", "Recordatorio: factura n.º 2026-055", old=True)
        + "\n\n" + q + "\n\n" + DISCLAIMER_ES + "\n")
hs = reply("lucia", addr("Pablo Serrano", "pablo.serrano@editorialnube.es"),
           "RV: RE: RV: Recordatorio: factura n.º 2026-055", when("2027-01-13 13:05", "Europe/Madrid"), "m13",
           msgid("m13b", "editorialnube.es"), refs_extra=(p0, msgid("m13a", "editorialnube.es")),
           extra=outlook_extra("Recordatorio: factura n.º 2026-055", "m13", lang="es-ES"), order="outlook",
           subj_charset="windows-1252")
add("Grupo Editorial Nube SL", "client-reply-paid", "es",
    "Forward chain: the client's own line is short ('te reenvío lo que me contesta administración'); the paid "
    "statement ('se pagó el 12/01 por transferencia') sits in the forwarded accounts reply. windows-1252 QP.",
    message(hs, plain(body, charset="windows-1252")))

# 14 -- it, client forwards the bank's "esito disposizione" from Apple Mail ("Inizio messaggio inoltrato:")
body = ("Ecco la contabile, ciao\nMarco\n\n"
        "Inizio messaggio inoltrato:\n\n"
        "Da: Intesa Sanpaolo <noreply@intesasanpaolo.com>\n"
        "Oggetto: Esito disposizione: Bonifico SEPA eseguito\n"
        "Data: 17 dicembre 2026 alle ore 18:44:10 CET\n"
        "A: marco.fontana@casafontana-bnb.it\n\n"
        "Gentile Cliente,\n\nla informiamo che la disposizione da lei inserita tramite Internet Banking è stata "
        "eseguita.\n\n"
        "Tipo operazione: Bonifico SEPA\n"
        "Data esecuzione: 17/12/2026\n"
        "Importo: 732,00 EUR\n"
        "Beneficiario: ESPOSITO DAVIDE\n"
        "IBAN beneficiario: IT02L0306903496100000067891\n"
        "Causale: SALDO FATTURA 41/2026 SITO WEB B&B\n"
        "CRO/TRN: 0306912345678901234567890123IT\n\n"
        "Cordiali saluti\nIntesa Sanpaolo\n\n"
        "Questa è una comunicazione automatica, si prega di non rispondere.\n")
hs = base_headers(addr("Marco Fontana", "marco.fontana@casafontana-bnb.it"), omail("davide"),
                  "Fwd: Esito disposizione: Bonifico SEPA eseguito", when("2026-12-18 08:03", "Europe/Rome"),
                  msgid("m14", "casafontana-bnb.it"), extra=apple_extra())
add("Casa Fontana B&B", "client-reply-paid", "it",
    "Client forwards the bank's 'Bonifico SEPA eseguito' with three words of his own: paid claim, not a "
    "payment notification (it is the payer's bank). New thread, no In-Reply-To.",
    message(hs, plain(body)), amount="732.00")

# 15 -- en reply to an Italian reminder, paid via Wise
q = rem("alessandra", "reminder", "Lumen Labs GmbH", "44/2026", "1.830,00 €", "2026-12-15")
p = rmid("alessandra", "44/2026-reminder")
own = ("Hi Alessandra,\n\nsorry, my Italian is not good enough for this, but I think it is about invoice 44/2026? "
       "It was paid today via Wise, it should land in 1-2 days. Let me know if it does not.\n\n"
       "Best,\nHannah\n\n--\nHannah Kroll | Operations\nLumen Labs GmbH · Torstraße 109 · 10119 Berlin")
part = gmail_reply(own, attr_gmail("en", "2026-12-21 09:00", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it"),
                   q, "m15")
hs = reply("alessandra", addr("Hannah Kroll", "hannah@lumenlabs.de"), "Re: Sollecito: fattura n. 44/2026",
           when("2026-12-21 15:47", "Europe/Berlin"), "m15", p)
add("Lumen Labs GmbH", "client-reply-paid", "en",
    "English reply from Berlin to an Italian reminder (Gmail attribution in English over Italian text): "
    "'It was paid today via Wise'.", message(hs, part), reference="44/2026")

# 16 -- es, Outlook plain text, windows-1252 declared iso-8859-1, old "De: [mailto:]" block, LOPD footer
q = rem("nerea", "reminder", "Construcciones Ebro SA", "2026-058", "968,00 €", "2026-11-25")
p = rmid("nerea", "2026-058-reminder")
body = ("Buenos días Nerea:\n\nLe confirmo que la factura 2026-058 se abonó el pasado 28 de noviembre mediante "
        "transferencia a la cuenta que figura en la misma.\n\nAtentamente,\n\n"
        "Mª Pilar Lafuente\nDpto. Contabilidad\nCONSTRUCCIONES EBRO, S.A.\nPº Echegaray y Caballero 96 · 50003 Zaragoza\n"
        "Tel. 976 55 03 40 – Ext. 212\n\n" + DISCLAIMER_ES + "\n\n"
        + outlook_block("es", "2026-12-01 09:00", "Europe/Madrid", "Nerea Goikoetxea", "nerea@goikotranslations.eu",
                        "contabilidad@construccionesebro.es", "Recordatorio: factura n.º 2026-058", old=True)
        + "\n\n" + q + "\n")
hs = reply("nerea", addr("Contabilidad Construcciones Ebro", "contabilidad@construccionesebro.es"),
           "RE: Recordatorio: factura n.º 2026-058", when("2026-12-02 09:31", "Europe/Madrid"), "m16", p,
           extra=[("X-Mailer", "Microsoft Outlook 15.0")], order="outlook", subj_charset="iso-8859-1")
add("Construcciones Ebro SA", "client-reply-paid", "es",
    "Formal accounts reply: 'se abonó el pasado 28 de noviembre'; Outlook 2013 plain text, iso-8859-1 declared "
    "with Windows-1252 bytes (en dash), data-protection footer between answer and quote.",
    message(hs, plain(body, charset="iso-8859-1", encode_as="cp1252")), reference="2026-058")

# 17 -- en, long chatty mail about other work; one sentence says finance paid
q = rem("tom", "reminder", "Wildflower Events", "INV-2026-099", "€1,476.00", "2027-01-15")
p = rmid("tom", "INV-2026-099-reminder")
own = ("Hi Tom!\n\nHappy new year - hope you got some proper time off. We're already knee deep in the spring "
       "festival, which is partly why I'm writing: the committee loved the poster drafts you did for the autumn "
       "fair and they want to go bigger this time. Think a main poster, a run of bus-shelter ads in Galway and "
       "Limerick, and something that works as an Instagram carousel. Would you have room in late February? "
       "Budget is still being argued about, but it'll be more than last year.\n\n"
       "Also, Ciara is leaving us at the end of the month (going to Melbourne, lucky thing), so from February "
       "you'll deal with me directly on everything.\n\n"
       "Oh and Gemma in finance says your December invoice went out on Friday, so you should have it by now.\n\n"
       "Can we grab a coffee next week? Tuesday or Wednesday morning suit me best.\n\n"
       "Róisín\n\nRóisín Ní Bhriain\nWildflower Events · Galway\n091 555 882")
part = gmail_reply(own, attr_gmail("en", "2027-01-19 09:00", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie"), q, "m17")
hs = reply("tom", addr("Róisín Ní Bhriain", "roisin@wildflowerevents.ie"), "Re: Reminder: invoice INV-2026-099",
           when("2027-01-20 10:40", "Europe/Dublin"), "m17", p)
add("Wildflower Events", "client-reply-paid", "en",
    "Long chatty mail about new work and a colleague leaving; the only relevant sentence is buried: finance "
    "says 'your December invoice went out on Friday'. Weekdays for a coffee are not promises.", message(hs, part))

# 18 -- it, one line + PNG screenshot of the transfer
q = rem("davide", "due", "Moretti Arredamenti", "45/2026", "1.586,00 €", "2026-12-20")
p = rmid("davide", "45/2026-due")
own = "screenshot del bonifico 👇\n\nLuca"
part = gmail_reply(own, attr_gmail("it", "2026-12-21 09:00", "Europe/Rome", "Davide Esposito", "davide@espositoweb.it"),
                   q, "m18", attachments=[png_part("Screenshot_20261223-101544_Banca.png")])
hs = reply("davide", addr("Luca Moretti", "luca@morettiarredamenti.it"), "Re: Promemoria: fattura n. 45/2026",
           when("2026-12-23 10:16", "Europe/Rome"), "m18", p)
add("Moretti Arredamenti", "client-reply-paid", "it",
    "One line ('screenshot del bonifico' + pointing emoji) and a PNG attachment: the screenshot is the claim.",
    message(hs, part))

# 19 -- es, ALL CAPS, no accents, annoyed
q = rem("lucia", "late_fee", "Talleres Hermanos Ruiz", "2026-060", "540,00 €", "2026-12-15", deadline="2027-01-29",
        days_late=35)
p = rmid("lucia", "2026-060-late")
body = ("YA ESTA PAGADA DESDE EL MARTES, MIRA BIEN TU CUENTA QUE YA VA LA TERCERA VEZ QUE ME ESCRIBES POR LO MISMO\n\n"
        "PACO\n\n"
        + attr_gmail("es", "2027-01-19 09:00", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es") + "\n\n"
        + gt(q) + "\n")
hs = reply("lucia", addr("TALLERES HNOS RUIZ", "talleresruiz@telefonica.net"), "RE: Recordatorio: factura n.º 2026-060",
           when("2027-01-21 08:12", "Europe/Madrid"), "m19", p)
add("Talleres Hermanos Ruiz", "client-reply-paid", "es",
    "All caps, no accents, irritated: 'YA ESTA PAGADA DESDE EL MARTES'. Paid claim, not a dispute.",
    message(hs, plain(body, charset="iso-8859-1", encode_as="cp1252", cte="8bit")))

# 20 -- en, inline answer under the quoted sentence (Thunderbird, format=flowed)
q = rem("priya", "reminder", "Ellison Joinery", "PS-109", "£540.00", "2027-01-08")
p = rmid("priya", "PS-109-reminder")
paras = q.split("\n\n")
ask = [x for x in paras if x.startswith("If you have already paid")][0]
i = paras.index(ask)
first = "\n\n".join(paras[:i])
s1, s2 = ask.split(" If there is a problem")
body = ("Hi Priya,\n\n" + "On 18/01/2027 09:00, Priya Shah wrote:\n" + gt(first) + "\n>\n> " + s1 + "\n\n"
        "12th January, by BACS from our Lloyds account. Reference was just \"PRIYA SHAH\" I'm afraid, our system "
        "cuts it off.\n\n> If there is a problem" + s2 + "\n\nNo problem with it, the brochure copy was great.\n\n"
        "Mark\n\n-- \nMark Ellison\nEllison Joinery, Unit 7 Coldharbour Lane, Bristol\n07700 900412\n")
hs = reply("priya", addr("Mark Ellison", "mark@ellisonjoinery.co.uk"), "Re: Reminder: invoice PS-109",
           when("2027-01-19 20:31", "Europe/London"), "m20", p,
           extra=[("User-Agent", "Mozilla Thunderbird")])
add("Ellison Joinery", "client-reply-paid", "en",
    "Inline answers interleaved with the quoted reminder: under 'please let me know the payment date' he writes "
    "'12th January, by BACS'; under the problem sentence 'No problem with it'.",
    message(hs, plain(body, flowed=True, cte="8bit")))

# 21 -- it, Neapolitan dialect from an Android webmail
q = rem("davide", "reminder", "Caseificio Russo", "38/2026", "490,00 €", "2026-11-20")
p = rmid("davide", "38/2026-reminder")
body = ("Ué Davì, t'aggio fatto 'o bonifico stammatina, 490 euro tunni tunni. Quanno t'arriva famme sapé, "
        "ca 'a banca mia è 'na chiaveca.\nGennaro\n\nInviato da Libero Mail per Android\n\n"
        "-------- Messaggio originale --------\n"
        "Da: Davide Esposito <davide@espositoweb.it>\nData: 26/11/2026 09:00\n"
        "A: caseificiorusso@libero.it\nOggetto: Sollecito: fattura n. 38/2026\n\n" + q + "\n")
hs = reply("davide", addr("Caseificio Russo", "caseificiorusso@libero.it"), "Re: Sollecito: fattura n. 38/2026",
           when("2026-11-27 07:42", "Europe/Rome"), "m21", p)
add("Caseificio Russo", "client-reply-paid", "it",
    "Neapolitan dialect ('t'aggio fatto 'o bonifico stammatina, 490 euro'); Android webmail quote header.",
    message(hs, plain(body, cte="base64")), amount="490.00")

# 22 -- es, Canary Islands, Android, "lo que faltaba" paid by Bizum
q = rem("lucia", "promise_followup", "Yeray Santana", "2026-063", "300,00 €", "2026-12-10", promise="2026-12-31")
p = rmid("lucia", "2026-063-pf")
body = ("Lucia ya te lo ingrese ayer por bizum, 300€ q es lo q faltaba de la factura. Un saludo\n\n"
        "Enviado desde mi Android\n\n"
        + attr_gmail("es", "2027-01-07 10:00", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es") + "\n\n"
        + gt(q) + "\n")
hs = reply("lucia", addr("Yeray Santana", "yeraysurf@gmail.com"), "Re: Recordatorio: factura n.º 2026-063",
           when("2027-01-09 11:25", "Atlantic/Canary"), "m22", p)
add("Yeray Santana", "client-reply-paid", "es",
    "Answer to a promise follow-up: 'ya te lo ingrese ayer por bizum, 300€ q es lo q faltaba' (abbreviations, "
    "no accents, Canary time zone). Pays the remaining balance.", message(hs, plain(body)), amount="300.00")


# ==================================================================================================
# client replies: PROMISE
# ==================================================================================================

# 23 -- it, "Pago venerdì" from iPhone; Tue 17 Nov 2026 -> Fri 20 Nov
q = rem("alessandra", "due", "Valentina Greco", "29/2026", "305,00 €", "2026-11-15")
p = rmid("alessandra", "29/2026-due")
body = ("Ciao Ale, scusa scusa!! Me ne ero completamente dimenticata. Pago venerdì che mi arriva lo stipendio 🙏\n\n"
        "Vale\n\nInviato da iPhone\n\n"
        + attr_apple("it", "2026-11-16 09:00", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it") + "\n\n"
        + gt(q) + "\n")
hs = reply("alessandra", addr("Valentina Greco", "valentina.greco@libero.it"), "Re: Promemoria: fattura n. 29/2026",
           when("2026-11-17 21:48", "Europe/Rome"), "m23", p, extra=apple_extra())
add("Valentina Greco", "client-reply-promise", "it",
    "'Pago venerdì' sent on Tuesday 17 Nov 2026 -> Friday 20 Nov.", message(hs, plain(body)),
    promised_date="2026-11-20")

# 24 -- en, Outlook HTML-only, "next week's payment run" (no date); phone numbers in the signature
q = rem("tom", "reminder", "Brennan Civil Engineering Ltd", "INV-2026-092", "€4,305.00", "2026-11-27")
p = rmid("tom", "INV-2026-092-reminder")
own = ('<div>Hi Tom,</div><div><br></div><div>Apologies for the delay on this one. It has now been approved by '
       'the project director and will go out with next week\'s payment run.</div><div><br></div><div>Regards,</div>'
       '<div><br></div><table style="font-family:Arial;font-size:9pt;color:#1f3864"><tr><td style="border-right:2px '
       'solid #f2a900;padding-right:8px"><b>Declan Brennan</b><br>Financial Controller</td><td style="padding-left:'
       '8px">Brennan Civil Engineering Ltd<br>Unit 12, Kilkenny Business Park, R95 X2C4<br>Direct: +353 56 555 0147'
       ' | Mob: 087 555 2210<br><a href="https://www.brennancivil.ie">www.brennancivil.ie</a></td></tr></table>'
       '<div style="font-size:7.5pt;color:#808080"><br>' + esc(DISCLAIMER_EN) + '</div>')
h = outlook_html(own, "en", "2026-12-01 09:00", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie",
                 "Declan Brennan", "Reminder: invoice INV-2026-092", q)
hs = reply("tom", addr("Declan Brennan", "d.brennan@brennancivil.ie"), "RE: Reminder: invoice INV-2026-092",
           when("2026-12-02 16:20", "Europe/Dublin"), "m24", p,
           extra=outlook_extra("Reminder: invoice INV-2026-092", "m24", lang="en-IE"), order="outlook")
add("Brennan Civil Engineering Ltd", "client-reply-promise", "en",
    "Outlook HTML-only, answer in a div and signature in a table: 'approved ... will go out with next week's "
    "payment run' (promise, no date); disclaimer and phone numbers.", message(hs, html_only(h)))

# 25 -- es, "entra en la remesa del 25"; Tue 12 Jan 2027 -> 25 Jan
q = rem("lucia", "reminder", "Distribuciones Levante SL", "2026-066", "2.420,00 €", "2026-12-31")
p = rmid("lucia", "2026-066-reminder")
own = ("Buenos días Lucía,\n\nLa factura 2026-066 ya está contabilizada y entra en la remesa del 25. "
       "Disculpa el retraso, con las vacaciones se nos acumuló todo.\n\nSaludos,\n\nElena Soler\n"
       "Dpto. Contabilidad – Distribuciones Levante, S.L.\nPol. Ind. Fuente del Jarro, c/ Ciudad de Sevilla 22, Paterna\n"
       "Tel. 96 155 03 88")
quoted = outlook_block("es", "2027-01-11 09:00", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es",
                       "contabilidad@distlevante.es", "Recordatorio: factura n.º 2026-066") + "\n\n" + q
html = outlook_html(text_to_html(own), "es", "2027-01-11 09:00", "Europe/Madrid", "Lucía Martín",
                    "lucia@martinestudio.es", "contabilidad@distlevante.es", "Recordatorio: factura n.º 2026-066", q,
                    font="Calibri")
part = multi("alternative", [leaf("text/plain", own + "\n\n" + quoted + "\n"), leaf("text/html", html)], b_outlook("m25"))
hs = reply("lucia", addr("Elena Soler", "contabilidad@distlevante.es"), "RE: Recordatorio: factura n.º 2026-066",
           when("2027-01-12 10:14", "Europe/Madrid"), "m25", p,
           extra=outlook_extra("Recordatorio: factura n.º 2026-066", "m25", lang="es-ES"), order="outlook")
add("Distribuciones Levante SL", "client-reply-promise", "es",
    "'entra en la remesa del 25' on 12 Jan 2027 -> 25 Jan 2027 (Spanish payment-batch idiom).",
    message(hs, part), reference="2026-066", promised_date="2027-01-25")

# 26 -- it, two invoices: 31 paid yesterday, 34 by the end of the month -> promise (31 Jan 2027)
inv = [("31/2026", "2026-11-16", "2026-12-16", 34, "854,00 €"), ("34/2026", "2026-11-30", "2026-12-30", 20, "1.281,00 €")]
q = rem("alessandra", "statement", "Officina Creativa Bassi", "31/2026", None, None, deadline="2027-01-29",
        invoices=inv, total="2.135,00 €")
p = rmid("alessandra", "statement-bassi")
own = ("Buongiorno Alessandra,\n\nla 31 l'abbiamo pagata ieri, dovresti già vederla in conto. Per la 34 ci serve "
       "ancora qualche giorno, aspettiamo un incasso grosso: te la saldo entro fine mese.\n\nGrazie della "
       "pazienza,\nRoberto Bassi")
part = gmail_reply(own, attr_gmail("it", "2027-01-18 09:00", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it"),
                   q, "m26")
hs = reply("alessandra", addr("Roberto Bassi", "roberto@officinabassi.it"),
           "Re: Fatture da saldare – Officina Creativa Bassi", when("2027-01-19 12:02", "Europe/Rome"), "m26", p)
add("Officina Creativa Bassi", "client-reply-promise", "it",
    "Two invoices in a statement: 31/2026 'pagata ieri', 34/2026 'entro fine mese' -> promise (paid one, "
    "promise the other); end of January 2027. Reference is the promised one.",
    message(hs, part), reference="34/2026", promised_date="2027-01-31")

# 27 -- en, partial payment today + balance by the 15th (Thu 7 Jan 2027 -> 15 Jan)
q = rem("priya", "reminder", "Merrow Coffee Roasters", "PS-115", "£1,280.00", "2026-12-31")
p = rmid("priya", "PS-115-reminder")
body = ("Hi Priya,\n\nHappy new year! December was brutal for cash (everyone wants coffee for Christmas, nobody pays "
        "for it until January). We've paid £500 today and the balance will follow by the 15th - hope that's ok.\n\n"
        "Cheers,\nDan\n\n"
        + attr_gmail("en", "2027-01-06 09:00", "Europe/London", "Priya Shah", "priya@shahcopy.co.uk") + "\n\n"
        + gt(q) + "\n")
hs = reply("priya", addr("Dan Merrow", "dan@merrowcoffee.co.uk"), "Re: Reminder: invoice PS-115",
           when("2027-01-07 16:45", "Europe/London"), "m27", p)
add("Merrow Coffee Roasters", "client-reply-promise", "en",
    "Partial payment (£500 today) and 'the balance will follow by the 15th' on 7 Jan -> promise for 15 Jan. "
    "No amount: the promised balance is not stated.", message(hs, plain(body)), promised_date="2027-01-15")

# 28 -- es, "no será antes del 28" (Thu 19 Nov 2026 -> 28 Nov)
q = rem("nerea", "reminder", "Asociación Vecinal La Alameda", "2026-061", "412,00 €", "2026-11-15")
p = rmid("nerea", "2026-061-reminder")
own = ("Hola Nerea,\n\nte soy sincera: hasta que el Ayuntamiento no nos ingrese la subvención no tenemos caja, y "
       "nos han dicho que entra a finales de mes, así que no podemos pagarte antes del 28. Ese día te hago la "
       "transferencia, que eres la primera de la lista.\n\nUn abrazo y perdona,\nMaite (tesorera)")
part = gmail_reply(own, attr_gmail("es", "2026-11-18 09:00", "Europe/Madrid", "Nerea Goikoetxea",
                                   "nerea@goikotranslations.eu"), q, "m28")
hs = reply("nerea", addr("AV La Alameda", "avlaalameda@gmail.com"), "Re: Recordatorio: factura n.º 2026-061",
           when("2026-11-19 20:05", "Europe/Madrid"), "m28", p)
add("Asociación Vecinal La Alameda", "client-reply-promise", "es",
    "'no podemos pagarte antes del 28. Ese día te hago la transferencia' -> promise for the 28th (Nov 2026); "
    "'a finales de mes' is about the subsidy, not the payment.",
    message(hs, part), promised_date="2026-11-28")

# 29 -- it, "appena mi pagano ti pago", no accents, typos
q = rem("davide", "reminder", "Gianni Ferri", "40/2026", "610,00 €", "2026-11-30")
p = rmid("davide", "40/2026-reminder")
body = ("ciao davide lo so lo so hai ragione.. il cliente grosso (il condominio di via toledo) non mi ha ancora "
        "pagato i lavori di ottobre e sono scoperto, appena mi pagano ti pago promesso. scusa ma e un periodaccio\n"
        "gianni\n\n"
        + attr_gmail("it", "2026-12-04 09:00", "Europe/Rome", "Davide Esposito", "davide@espositoweb.it") + "\n\n"
        + gt(q) + "\n")
hs = reply("davide", addr("gianni ferri", "ferri.impianti@gmail.com"), "Re: Sollecito: fattura n. 40/2026",
           when("2026-12-05 07:12", "Europe/Rome"), "m29", p)
add("Gianni Ferri", "client-reply-promise", "it",
    "'appena mi pagano ti pago' in lowercase with no accents: a promise without a date.", message(hs, plain(body)))

# 30 -- en, "Will pay tomorrow" (Wed 9 Dec 2026 -> 10 Dec); signature full of timetable dates
q = rem("tom", "due", "Atlantic Yoga", "INV-2026-093", "€360.00", "2026-12-07")
p = rmid("tom", "INV-2026-093-due")
own = ("Hi Tom, so sorry, it's been manic with the winter retreat. Will pay tomorrow first thing.\n\nNamaste,\nSinéad\n\n"
       "--\nSinéad Walsh | Atlantic Yoga\n4 Quay Street, Galway · 091 555 308\n"
       "Christmas timetable: last class Saturday 19 December, reopening Monday 4 January.\n"
       "New Year intro course starts 11 January - book online!")
part = gmail_reply(own, attr_gmail("en", "2026-12-08 09:00", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie"), q, "m30")
hs = reply("tom", addr("Sinéad Walsh", "hello@atlanticyoga.ie"), "Re: Reminder: invoice INV-2026-093",
           when("2026-12-09 18:30", "Europe/Dublin"), "m30", p)
add("Atlantic Yoga", "client-reply-promise", "en",
    "'Will pay tomorrow' on 9 Dec 2026 -> 10 Dec; the signature lists studio dates (19 December, 4 January, "
    "11 January) that are not promise dates.", message(hs, part), promised_date="2026-12-10")

# 31 -- it, Gmail HTML-only, answer in <div>, reminder in <blockquote>: "entro il 15" (3 Dec -> 15 Dec)
q = rem("alessandra", "reminder", "Hotel Bellavista srl", "35/2026", "2.684,00 €", "2026-11-30")
p = rmid("alessandra", "35/2026-reminder")
own_html = ('<div dir="ltr"><div>Buongiorno,</div><div>provvediamo entro il 15. Grazie e scusi il ritardo.</div>'
            '<div><br></div><div><span style="color:rgb(102,102,102)">Amministrazione</span></div>'
            '<div><span style="color:rgb(102,102,102)">Hotel Bellavista *** – Lungolago Mazzini 31, Stresa (VB)'
            '</span></div><div><span style="color:rgb(102,102,102)">Tel. 0323 555 190 – chiusura stagionale dal '
            '10/01 al 15/03</span></div></div>')
h = gmail_html(own_html, attr_gmail("it", "2026-12-02 09:00", "Europe/Rome", "Alessandra Rossi",
                                    "alessandra@example.it"), q)
hs = reply("alessandra", addr("Hotel Bellavista", "amministrazione@hotelbellavista-stresa.it"),
           "Re: Sollecito: fattura n. 35/2026", when("2026-12-03 11:09", "Europe/Rome"), "m31", p)
add("Hotel Bellavista srl", "client-reply-promise", "it",
    "HTML-only Gmail: 'provvediamo entro il 15' on 3 Dec -> 15 Dec 2026; signature has seasonal closing dates "
    "(10/01 - 15/03) that are not promises.", message(hs, html_only(h, charset="UTF-8")), promised_date="2026-12-15")

# 32 -- es, accounts replies inside an internal forward chain: "la incluimos en la transferencia del viernes"
q = rem("lucia", "due", "Fundación Mar Abierto", "2026-068", "1.210,00 €", "2027-01-15")
p0 = rmid("lucia", "2026-068-due")
body = ("Lucía, buenos días:\n\nMe pasa Jorge tu correo. La incluimos en la transferencia del viernes, junto con el "
        "resto de proveedores de enero.\n\nUn saludo,\n\nBeatriz Ortega\nAdministración\nFundación Mar Abierto\n\n"
        "-----Mensaje original-----\n"
        "De: Jorge Vidal <jorge.vidal@fundacionmarabierto.org>\n"
        "Enviado el: lunes, 18 de enero de 2027 9:12\n"
        "Para: Beatriz Ortega <administracion@fundacionmarabierto.org>\n"
        "CC: Lucía Martín <lucia@martinestudio.es>\n"
        "Asunto: RV: Recordatorio: factura n.º 2026-068\n\n"
        "Bea, ¿puedes mirar esto? Es lo de la memoria anual. Gracias.\n\n"
        + outlook_block("es", "2027-01-16 09:00", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es",
                        "jorge.vidal@fundacionmarabierto.org", "Recordatorio: factura n.º 2026-068", old=True)
        + "\n\n" + q + "\n")
hs = reply("lucia", addr("Beatriz Ortega", "administracion@fundacionmarabierto.org"),
           "RE: RV: Recordatorio: factura n.º 2026-068", when("2027-01-18 11:40", "Europe/Madrid"), "m32",
           msgid("m32a", "fundacionmarabierto.org"), refs_extra=(p0,),
           cc="Jorge Vidal <jorge.vidal@fundacionmarabierto.org>",
           extra=outlook_extra("Recordatorio: factura n.º 2026-068", "m32", lang="es-ES"), order="outlook")
add("Fundación Mar Abierto", "client-reply-promise", "es",
    "Accounts answers on top of an internal forward ('Bea, ¿puedes mirar esto?'): 'La incluimos en la "
    "transferencia del viernes' on Monday 18 Jan 2027 -> Friday 22 Jan.", message(hs, plain(body, charset="windows-1252")),
    promised_date="2027-01-22")

# 33 -- en, "Can't do it today, Thursday at the latest" (Tue 9 Feb 2027 -> Thu 11 Feb)
q = rem("priya", "due", "Carter & Lowe Solicitors", "PS-122", "£1,140.00", "2027-02-08")
p = rmid("priya", "PS-122-due")
body = ("Can't do it today I'm afraid, in court all afternoon. Thursday at the latest.\nB\n\nSent from my iPhone\n\n"
        + attr_apple("en", "2027-02-09 09:00", "Europe/London", "Priya Shah", "priya@shahcopy.co.uk") + "\n\n"
        + gt(q) + "\n")
hs = reply("priya", addr("Ben Carter", "ben.carter@carterlowe.co.uk"), "Re: Reminder: invoice PS-122",
           when("2027-02-09 12:51", "Europe/London"), "m33", p, extra=apple_extra())
add("Carter & Lowe Solicitors", "client-reply-promise", "en",
    "'Can't do it today ... Thursday at the latest' on Tuesday 9 Feb 2027 -> Thursday 11 Feb.",
    message(hs, plain(body)), promised_date="2027-02-11")

# 34 -- it, long chatty mail about a new brochure; one line: "pagamenti di fine mese" (24 Nov -> 30 Nov)
q = rem("alessandra", "due", "Agenzia Viaggi Sole Mio", "32/2026", "976,00 €", "2026-11-20")
p = rmid("alessandra", "32/2026-due")
own = ("Ciao Alessandra!\n\nTi scrivo di corsa tra un cliente e l'altro. Allora: il catalogo primavera è "
       "approvato, al capo sono piaciute moltissimo le foto di Matera in copertina, però mi chiede se riusciamo a "
       "mettere il logo un filo più grande e a cambiare il verde dei box prezzi, che stampato sembrava grigio. "
       "Poi ci sarebbe da fare anche il volantino per la fiera di Rimini (BIT? no, TTG, non ricordo mai), formato "
       "A5 fronte-retro, ti giro i testi la settimana prossima.\n\n"
       "Per la fattura, l'amministrazione mi dice che parte con i pagamenti di fine mese, quindi ci siamo.\n\n"
       "Ah, il 3 dicembre siamo chiusi per inventario, se mi cerchi quel giorno non mi trovi!\n\n"
       "Un abbraccio,\nFrancesca\n\nAgenzia Viaggi Sole Mio · Corso Vittorio Emanuele 88, Bari · 080 555 3271")
part = gmail_reply(own, attr_gmail("it", "2026-11-23 09:00", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it"),
                   q, "m34")
hs = reply("alessandra", addr("Francesca De Santis", "francesca@viaggisolemio.it"), "Re: Promemoria: fattura n. 32/2026",
           when("2026-11-24 13:27", "Europe/Rome"), "m34", p)
add("Agenzia Viaggi Sole Mio", "client-reply-promise", "it",
    "Long mail about a brochure and a flyer; one sentence: payment goes with 'i pagamenti di fine mese' "
    "(24 Nov -> 30 Nov 2026). '3 dicembre' is an office closure, not a date for the payment.",
    message(hs, part), promised_date="2026-11-30")

# 35 -- es, Outlook HTML + text in windows-1252: "a primeros de mes" (vague)
q = rem("lucia", "reminder", "Inmobiliaria Costa Azahar SL", "2026-062", "847,00 €", "2026-12-10")
p = rmid("lucia", "2026-062-reminder")
own = ("Hola Lucía,\n\nlo siento, este mes vamos muy justos con las pagas extra. Te lo pagamos a primeros de mes "
       "sin falta.\n\nFelices fiestas,\nVicente Ferrando\nInmobiliaria Costa Azahar · Castelló · 964 55 12 09")
quoted = outlook_block("es", "2026-12-16 09:00", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es",
                       "Vicente Ferrando", "Recordatorio: factura n.º 2026-062") + "\n\n" + q
html = outlook_html(text_to_html(own), "es", "2026-12-16 09:00", "Europe/Madrid", "Lucía Martín",
                    "lucia@martinestudio.es", "Vicente Ferrando", "Recordatorio: factura n.º 2026-062", q, font="Calibri")
html = html.replace("charset=utf-8", "charset=Windows-1252")
part = multi("alternative", [leaf("text/plain", own + "\n\n" + quoted + "\n", charset="Windows-1252"),
                             leaf("text/html", html, charset="Windows-1252")], b_outlook("m35"))
hs = reply("lucia", addr("Vicente Ferrando", "vicente@costaazahar-inmo.es"), "RE: Recordatorio: factura n.º 2026-062",
           when("2026-12-17 18:22", "Europe/Madrid"), "m35", p,
           extra=outlook_extra("Recordatorio: factura n.º 2026-062", "m35", lang="es-ES"), order="outlook")
add("Inmobiliaria Costa Azahar SL", "client-reply-promise", "es",
    "'Te lo pagamos a primeros de mes sin falta': promise, vague date (no promised_date). Outlook windows-1252.",
    message(hs, part))

# 36 -- en reply to a Spanish reminder: "I'll transfer it on Monday" (Wed 3 Feb 2027 -> Mon 8 Feb)
q = rem("lucia", "reminder", "Northlight Films Ltd", "2027-004", "2.600,00 €", "2027-01-29")
p = rmid("lucia", "2027-004-reminder")
own = ("Hi Lucía,\n\nApologies for replying in English - my Spanish stops at \"una cerveza, por favor\". I'm "
       "travelling this week but I'll transfer it on Monday when I'm back at my desk.\n\nThanks for your patience,\n"
       "Ellen\n\nEllen Novak\nProducer, Northlight Films\nSent from Outlook for iOS")
body = own + "\n\n" + outlook_block("en", "2027-02-02 09:00", "Europe/Madrid", "Lucía Martín",
                                    "lucia@martinestudio.es", "Ellen Novak <ellen@northlightfilms.co.uk>",
                                    "Recordatorio: factura n.º 2027-004") + "\n\n" + q + "\n"
hs = reply("lucia", addr("Ellen Novak", "ellen@northlightfilms.co.uk"), "Re: Recordatorio: factura n.º 2027-004",
           when("2027-02-03 07:55", "Europe/London"), "m36", p)
add("Northlight Films Ltd", "client-reply-promise", "en",
    "English reply to a Spanish reminder, Outlook for iOS: 'I'll transfer it on Monday' sent Wednesday 3 Feb "
    "2027 -> Monday 8 Feb.", message(hs, plain(body)), promised_date="2027-02-08")

# 37 -- it, thread whose history says "già pagata"; now: transfer was rejected, will redo it tomorrow
r1 = rem("alessandra", "reminder", "Pasticceria Dolce Vita", "30/2026", "427,00 €", "2026-11-13")
s1 = "Ciao Alessandra, l'abbiamo già pagata la settimana scorsa! Controlla bene.\nSara"
r2 = rem("alessandra", "paid_claim_followup", "Pasticceria Dolce Vita", "30/2026", "427,00 €", "2026-11-13")
own = ("Hai ragione tu, scusa! La banca ce l'ha respinto perché avevamo ancora il tuo IBAN vecchio in anagrafica "
       "e nessuno se n'era accorto. Lo rifacciamo domani con quello giusto.\n\nSara")
quoted = (r2 + "\n\n" + attr_gmail("it", "2026-11-17 08:12", "Europe/Rome", "Pasticceria Dolce Vita",
                                   "info@pasticceriadolcevita.it") + "\n" + gt(s1 + "\n\n" + attr_gmail(
    "it", "2026-11-16 09:00", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it") + "\n" + gt(r1)))
part = gmail_reply(own, attr_gmail("it", "2026-11-27 09:00", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it"),
                   quoted, "m37")
hs = reply("alessandra", addr("Pasticceria Dolce Vita", "info@pasticceriadolcevita.it"),
           "Re: Sollecito: fattura n. 30/2026", when("2026-11-30 15:02", "Europe/Rome"), "m37",
           rmid("alessandra", "30/2026-pcf"),
           refs_extra=(rmid("alessandra", "30/2026-reminder"), msgid("m37a", "pasticceriadolcevita.it")))
add("Pasticceria Dolce Vita", "client-reply-promise", "it",
    "The quoted history holds the client's earlier 'l'abbiamo già pagata' and mailduns' paid-claim follow-up; "
    "the new text says the transfer bounced and 'Lo rifacciamo domani' (Mon 30 Nov 2026 -> 1 Dec).",
    message(hs, part), promised_date="2026-12-01")

# 38 -- en, Apple Mail bottom-post: "when our client pays us, hopefully early January" (vague)
q = rem("tom", "reminder", "Pixel & Grain Studio", "INV-2026-097", "€2,150.00", "2026-12-04")
p = rmid("tom", "INV-2026-097-reminder")
body = (attr_apple("en", "2026-12-11 09:00", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie") + "\n\n" + gt(q)
        + "\n\nHi Tom,\n\nHonest answer: we're waiting on the agency that hired us for that job. Will be paid when "
        "our client pays us, hopefully early January. I know it's not your problem, sorry.\n\nLewis\n")
hs = reply("tom", addr("Lewis Doyle", "lewis@pixelandgrain.ie"), "Re: Reminder: invoice INV-2026-097",
           when("2026-12-14 17:03", "Europe/Dublin"), "m38", p, extra=apple_extra(False))
add("Pixel & Grain Studio", "client-reply-promise", "en",
    "Bottom-posted under an Apple '>' quote: 'Will be paid when our client pays us, hopefully early January' "
    "-> promise without a date.", message(hs, plain(body)))

# 39 -- es, Canary Islands, late at night: "mañana sin falta" (Tue 15 Dec 23:48 +0000 -> 16 Dec, local)
q = rem("lucia", "reminder", "Academia de Inglés Teide", "2026-057", "360,00 €", "2026-12-05")
p = rmid("lucia", "2026-057-reminder")
body = ("Perdona Lucía, se me pasó totalmente con las evaluaciones. Mañana sin falta te la pago.\n\nCarmen\n\n"
        "Enviado desde mi Android\n\n"
        + attr_gmail("es", "2026-12-15 09:00", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es") + "\n\n"
        + gt(q) + "\n")
hs = reply("lucia", addr("Carmen Hernández", "carmen@academiateide.es"), "Re: Recordatorio: factura n.º 2026-057",
           when("2026-12-15 23:48", "Atlantic/Canary"), "m39", p)
add("Academia de Inglés Teide", "client-reply-promise", "es",
    "'Mañana sin falta' sent at 23:48 Canary time (+0000) on 15 Dec; in Madrid it is already the 16th, but "
    "the sender's tomorrow is 16 Dec 2026.", message(hs, plain(body)), promised_date="2026-12-16")

# 40 -- it, "entro il 20" written on 22 Dec -> 20 Jan 2027 (next month)
q = rem("davide", "reminder", "Cantina Sociale Colli Berici", "44/2026", "1.952,00 €", "2026-12-15")
p = rmid("davide", "44/2026-reminder")
body = ("Buongiorno sig. Esposito,\n\ncon le ferie di mezzo l'ufficio non riesce a chiudere i pagamenti prima: "
        "la mettiamo in pagamento entro il 20.\n\nCordiali saluti\n\nUfficio Amministrazione\n"
        "Cantina Sociale Colli Berici s.c.a.\nVia Roma 2 – 36040 Sossano (VI)\nTel. 0444 555 120 – "
        "orari: lun–ven 8–12 / 14–17\n\n"
        + outlook_block("it", "2026-12-21 09:00", "Europe/Rome", "Davide Esposito", "davide@espositoweb.it",
                        "amministrazione@cantinacolliberici.it", "Sollecito: fattura n. 44/2026")
        + "\n\n" + q + "\n")
hs = reply("davide", addr("Amministrazione Cantina Colli Berici", "amministrazione@cantinacolliberici.it"),
           "R: Sollecito: fattura n. 44/2026", when("2026-12-22 10:30", "Europe/Rome"), "m40", p,
           extra=outlook_extra("Sollecito: fattura n. 44/2026", "m40"), order="outlook")
add("Cantina Sociale Colli Berici", "client-reply-promise", "it",
    "'entro il 20' written on 22 Dec 2026: the 20th has passed this month -> 20 Jan 2027.",
    message(hs, plain(body, charset="iso-8859-1", encode_as="cp1252")), promised_date="2027-01-20")

# 41 -- en, AP clerk in an Outlook HTML table: scheduled for payment on 29 January 2027
q = rem("tom", "reminder", "Fennell Retail Group", "INV-2026-112", "€5,166.00", "2027-01-10")
p = rmid("tom", "INV-2026-112-reminder")
own = ('<p>Good morning Tom,</p><p>Thank you for your email. Please see the status of your invoice below:</p>'
       '<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-family:Calibri;'
       'font-size:11pt"><tr style="background:#d9e2f3"><th>Invoice</th><th>Amount</th><th>Status</th>'
       '<th>Payment date</th></tr><tr><td>INV-2026-112</td><td>EUR 5,166.00</td><td>Approved</td>'
       '<td>29/01/2027</td></tr></table><p>Your invoice INV-2026-112 has been approved and is scheduled for payment '
       'on 29 January 2027.</p><p>Kind regards,<br>Neil Hartigan<br>Accounts Payable<br>Fennell Retail Group<br>'
       'AP Helpline: 01 555 9090 (Mon–Fri, 9:30–16:00)</p>')
h = outlook_html(own, "en", "2027-01-15 09:00", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie",
                 "Accounts Payable", "Reminder: invoice INV-2026-112", q)
hs = reply("tom", addr("Accounts Payable - Fennell Retail Group", "ap@fennellretail.ie"),
           "RE: Reminder: invoice INV-2026-112", when("2027-01-18 09:47", "Europe/Dublin"), "m41", p,
           extra=outlook_extra("Reminder: invoice INV-2026-112", "m41", lang="en-IE"), order="outlook")
add("Fennell Retail Group", "client-reply-promise", "en",
    "HTML-only Outlook with a status table (Approved / 29/01/2027) and the sentence 'scheduled for payment on "
    "29 January 2027': a promise written by a person, not a remittance.",
    message(hs, html_only(h)), reference="INV-2026-112", amount="5166.00", promised_date="2027-01-29")

# 42 -- es, two invoices: 071 paid, 074 "el día 10" (Wed 27 Jan 2027 -> 10 Feb)
inv = [("2026-071", "2026-12-01", "2026-12-31", 27, "968,00 €"), ("2026-074", "2026-12-14", "2027-01-13", 14, "1.331,00 €")]
q = rem("lucia", "statement", "Cervecería Artesana Malta Norte SL", "2026-071", None, None, deadline="2027-02-05",
        invoices=inv, total="2.299,00 €")
p = rmid("lucia", "statement-maltanorte")
own = ("Hola Lucía:\n\nLa 2026-071 ya está pagada (salió el lunes). La 074 la pagamos el día 10, que es cuando "
       "cobramos de los distribuidores.\n\nSaludos,\nIker\n\nCervecería Artesana Malta Norte\nSantander")
part = gmail_reply(own, attr_gmail("es", "2027-01-27 09:00", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es"),
                   q, "m42")
hs = reply("lucia", addr("Iker Gutiérrez", "administracion@maltanorte.es"), "Re: Facturas pendientes",
           when("2027-01-27 17:20", "Europe/Madrid"), "m42", p)
add("Cervecería Artesana Malta Norte SL", "client-reply-promise", "es",
    "Statement with two invoices: 2026-071 'ya está pagada', 'La 074 la pagamos el día 10' written on 27 Jan "
    "-> 10 Feb 2027 (paid one + promise for the other = promise).",
    message(hs, part), reference="2026-074", promised_date="2027-02-10")

# 43 -- it, a school's formal letter: liquidation ordered, payment "entro 30 giorni" (vague); legal footer
q = rem("davide", "late_fee", "Istituto Comprensivo Manzoni", "47/2026", "1.500,00 €", "2026-12-20",
        deadline="2027-02-12", days_late=40)
p = rmid("davide", "47/2026-late")
body = ("Gentile sig. Esposito,\n\n"
        "in riscontro alla Sua comunicazione, si comunica che la liquidazione della fattura elettronica "
        "fatt. n. 47/2026 è stata disposta con determina dirigenziale n. 112 del 01/02/2027 e il relativo mandato "
        "di pagamento sarà trasmesso all'Istituto cassiere. Il pagamento avverrà entro 30 giorni, secondo le "
        "tempistiche della Tesoreria.\n\nSi rimane a disposizione per ogni chiarimento.\n\n"
        "Il Direttore dei Servizi Generali e Amministrativi\nDott.ssa Anna Maria Caputo\n"
        "Istituto Comprensivo \"A. Manzoni\" – Via Foria 210, 80137 Napoli\n"
        "C.F. 95123450638 – Codice Univoco Ufficio UF4R2T\n"
        "Tel. 081 555 4410 – PEO naic8ab00x@istruzione.it – PEC naic8ab00x@pec.istruzione.it\n\n"
        "Ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 si precisa che le informazioni contenute nel "
        "presente messaggio e negli eventuali allegati sono riservate e ad uso esclusivo del destinatario. "
        "Il presente messaggio non costituisce atto amministrativo; fanno fede gli atti pubblicati all'Albo on line "
        "dell'Istituto ai sensi della L. 69/2009 e del D.Lgs. 33/2013 (Amministrazione Trasparente).\n\n"
        "-----Messaggio originale-----\nDa: Davide Esposito <davide@espositoweb.it>\n"
        "Inviato: venerdì 29 gennaio 2027 09:00\nA: naic8ab00x@istruzione.it\n"
        "Oggetto: Sollecito: fattura n. 47/2026\n\n" + q + "\n")
hs = reply("davide", addr("IC Manzoni Napoli", "naic8ab00x@istruzione.it"),
           "R: Sollecito: fattura n. 47/2026", when("2027-02-02 12:15", "Europe/Rome"), "m43", p,
           extra=[("X-Mailer", "Zimbra 9.0.0_GA_4617 (ZimbraWebClient - GC121 (Win)/9.0.0_GA_4617)")])
add("Istituto Comprensivo Manzoni", "client-reply-promise", "it",
    "Bureaucratic school letter: liquidation ordered, 'Il pagamento avverrà entro 30 giorni' -> promise with a "
    "vague term (no promised_date); reference written 'fatt. n. 47/2026'; long legal footer.",
    message(hs, plain(body)), reference="47/2026")

# 44 -- en, "we can't pay before the 28th" (Thu 4 Feb 2027 -> 28 Feb)
q = rem("tom", "reminder", "Kinsale Sea Kayaking", "INV-2027-004", "€690.00", "2027-01-29")
p = rmid("tom", "INV-2027-004-reminder")
own = ("Tom,\n\nhonest answer: we're off-season and there's nothing coming in until the Fáilte Ireland grant "
       "tranche lands, so we can't pay before the 28th. I'll do it that day, promise.\n\nDónal")
part = gmail_reply(own, attr_gmail("en", "2027-02-03 09:00", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie"), q, "m44")
hs = reply("tom", addr("Dónal Ó Súilleabháin", "donal@kinsaleseakayaking.ie"), "Re: Reminder: invoice INV-2027-004",
           when("2027-02-04 19:40", "Europe/Dublin"), "m44", p)
add("Kinsale Sea Kayaking", "client-reply-promise", "en",
    "'we can't pay before the 28th. I'll do it that day' on 4 Feb 2027 -> 28 Feb 2027.",
    message(hs, part), promised_date="2027-02-28")


# ==================================================================================================
# client replies: DISPUTE
# ==================================================================================================

# 45 -- it, Outlook HTML + text: wrong amount (900 + IVA agreed, not 1.100)
q = rem("alessandra", "due", "Edilnord Costruzioni srl", "33/2026", "1.342,00 €", "2026-12-07")
p = rmid("alessandra", "33/2026-due")
own = ("Buongiorno Alessandra,\n\nho girato la fattura al titolare ma l'importo non torna: per il restyling del "
       "logo e dei cartelli cantiere avevamo concordato 900 + IVA, non 1.100 + IVA. C'è una mail del 3 settembre "
       "dove lo scrivi tu stessa.\n\nCi mandi una fattura corretta (o nota di credito per la differenza) e la "
       "paghiamo.\n\nSaluti\ngeom. Stefano Pirovano\nEdilnord Costruzioni S.r.l.\nVia Valassina 41 – 20851 Lissone (MB)\n"
       "cell. 335 555 7730")
quoted = outlook_block("it", "2026-12-08 09:00", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it",
                       "Stefano Pirovano <s.pirovano@edilnordcostruzioni.it>", "Promemoria: fattura n. 33/2026") + "\n\n" + q
html = outlook_html(text_to_html(own), "it", "2026-12-08 09:00", "Europe/Rome", "Alessandra Rossi",
                    "alessandra@example.it", "Stefano Pirovano <s.pirovano@edilnordcostruzioni.it>",
                    "Promemoria: fattura n. 33/2026", q)
part = multi("alternative", [leaf("text/plain", own + "\n\n" + quoted + "\n"), leaf("text/html", html)], b_outlook("m45"))
hs = reply("alessandra", addr("Stefano Pirovano", "s.pirovano@edilnordcostruzioni.it"),
           "R: Promemoria: fattura n. 33/2026", when("2026-12-09 08:40", "Europe/Rome"), "m45", p,
           extra=outlook_extra("Promemoria: fattura n. 33/2026", "m45"), order="outlook")
add("Edilnord Costruzioni srl", "client-reply-dispute", "it",
    "Wrong amount: 900 + IVA agreed, not 1.100; asks for a corrected invoice or credit note and will then pay "
    "(a condition, so dispute, not promise). '3 settembre' is evidence, not a date.", message(hs, part))

# 46 -- en, credit note needed for two cancelled days before they can process
q = rem("tom", "due", "Quayside Conference Centre Ltd", "INV-2026-101", "€3,200.00", "2026-11-23")
p = rmid("tom", "INV-2026-101-due")
own = ("Hi Tom,\n\nBefore we can process this we'll need a credit note for the two days that were cancelled "
       "(14 and 15 November - the exhibition stand days). The invoice still charges the full five days of "
       "on-site design support.\n\nOnce we have the credit note I can push the balance through straight away.\n\n"
       "Best,\nAmy Sheridan\nEvents Manager\nQuayside Conference Centre, Waterford")
part = gmail_reply(own, attr_gmail("en", "2026-11-24 09:00", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie"), q, "m46")
hs = reply("tom", addr("Amy Sheridan", "amy.sheridan@quaysidecc.ie"), "Re: Reminder: invoice INV-2026-101",
           when("2026-11-25 12:18", "Europe/Dublin"), "m46", p, cc="accounts@quaysidecc.ie")
add("Quayside Conference Centre Ltd", "client-reply-dispute", "en",
    "Asks for a credit note for two cancelled days before paying; the dates (14-15 November) are the cancelled "
    "days, 'straight away' is conditional. Cc to accounts.", message(hs, part))

# 47 -- es, duplicate invoice: "ya os pagamos en octubre" belongs to the other invoice
q = rem("lucia", "reminder", "Óptica Visión Clara SL", "2026-059", "605,00 €", "2026-12-01")
p = rmid("lucia", "2026-059-reminder")
own = ("Hola Lucía,\n\nRevisando con la gestoría hemos visto que esta factura está duplicada: es el mismo trabajo "
       "(los escaparates de otoño) que la 2026-033, que ya os pagamos en octubre. Por favor, anuladla o "
       "mandadnos un abono.\n\nGracias,\nMarisa\nÓptica Visión Clara – Logroño")
part = gmail_reply(own, attr_gmail("es", "2026-12-09 09:00", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es"),
                   q, "m47")
hs = reply("lucia", addr("Óptica Visión Clara", "info@opticavisionclara.es"), "Re: Recordatorio: factura n.º 2026-059",
           when("2026-12-10 13:10", "Europe/Madrid"), "m47", p)
add("Óptica Visión Clara SL", "client-reply-dispute", "es",
    "Duplicate billing: same work as 2026-033 'que ya os pagamos en octubre' -> the paid words are about the "
    "other invoice; they want this one cancelled or credited.", message(hs, part))

# 48 -- it, partial payment + the rest withheld until the site works on mobile
q = rem("davide", "reminder", "Palestra Fit&Go", "43/2026", "1.220,00 €", "2026-12-05")
p = rmid("davide", "43/2026-reminder")
body = ("Ciao Davide,\n\nabbiamo pagato 500 € venerdì come acconto. Il resto lo saldiamo quando sistemi il sito, "
        "che su mobile ancora non funziona: il form di prenotazione corsi non si apre su iPhone e i clienti "
        "continuano a chiamare in reception. Te l'avevo già scritto a novembre.\n\nMarco\nFit&Go – Pozzuoli\n\n"
        + attr_gmail("it", "2026-12-12 09:00", "Europe/Rome", "Davide Esposito", "davide@espositoweb.it") + "\n\n"
        + gt(q) + "\n")
hs = reply("davide", addr("Marco Palumbo", "marco@fitandgo.it"), "Re: Sollecito: fattura n. 43/2026",
           when("2026-12-14 09:55", "Europe/Rome"), "m48", p)
add("Palestra Fit&Go", "client-reply-dispute", "it",
    "Partial payment (500 € as deposit) and the rest withheld until a bug is fixed -> dispute (partial + "
    "contest). Amount is what they state as paid.", message(hs, plain(body)), amount="500.00")

# 49 -- en, long Apple thread; quoted history says a deposit was 'paid'; now: files never delivered
r = rem("tom", "reminder", "Hollow Tree Bakery", "INV-2026-104", "€1,107.00", "2027-01-08")
h1 = "Thanks Aoife, deposit received - I'll send the first logo routes next week.\n\nTom"
h0 = "Hi Tom, great to meet you yesterday. Paid the deposit invoice today, thanks!\n\nAoife"
own = ("Tom, I'm a bit surprised by this. The final logo files (the SVGs, the mono version and the brand sheet we "
       "agreed) were never delivered - I've only had the PNG previews from the December review. I'm not paying the "
       "balance until they are. Happy to settle the same day I get them.\n\nAoife")
quoted = (attr_apple("en", "2027-01-12 09:00", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie") + "\n\n" + gt(
    r + "\n\n" + attr_apple("en", "2026-11-21 10:02", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie") + "\n\n"
    + gt(h1 + "\n\n" + attr_apple("en", "2026-11-20 16:45", "Europe/Dublin", "Aoife Brennan",
                                  "aoife@hollowtreebakery.ie") + "\n\n" + gt(h0))))
body = own + "\n\nSent from my iPhone\n\n" + quoted + "\n"
hs = reply("tom", addr("Aoife Brennan", "aoife@hollowtreebakery.ie"), "Re: Reminder: invoice INV-2026-104",
           when("2027-01-13 07:58", "Europe/Dublin"), "m49", rmid("tom", "INV-2026-104-reminder"),
           refs_extra=(msgid("m49a", "hollowtreebakery.ie"), rmid("tom", "deposit-ack")), extra=apple_extra())
add("Hollow Tree Bakery", "client-reply-dispute", "en",
    "The quoted history says 'Paid the deposit invoice today' and 'deposit received' (older messages); the new "
    "text refuses the balance until the final files are delivered.", message(hs, plain(body)))

# 50 -- es, client forwards the management's refusal of the late-payment interest and the 40 euros
fees = ["principal: 1.694,00 €", "intereses de demora del 16/12/2026 al 25/01/2027 (40 días al 10,15 %): 18,84 €",
        "indemnización por costes de cobro (art. 8): 40,00 €", "total: 1.752,84 €"]
q = rem("lucia", "late_fee", "Grupo Hostelero Bahía SL", "2026-065", "1.694,00 €", "2026-12-15", deadline="2027-02-05",
        days_late=41, fees=fees)
p = rmid("lucia", "2026-065-late")
own = ("Lucía, te reenvío lo que dice Dirección. Yo lo siento, de verdad, a mí me parece que tienes razón.\n\nÁlvaro")
fwd = ("---------- Forwarded message ---------\n"
       "De: Ramón Bermúdez <rbermudez@grupobahia.es>\nDate: mar, 26 ene 2027 a las 9:40\n"
       "Subject: Re: Recordatorio: factura n.º 2026-065\nTo: Álvaro Pineda <apineda@grupobahia.es>\n\n\n"
       "Álvaro:\n\nEl principal se le paga cuando toque, pero los intereses y los 40 euros no los vamos a aceptar, "
       "que llevamos años trabajando con ella. Que mande la reclamación sin recargos o no se tramita.\n\n"
       "Ramón\n\n" + attr_gmail("es", "2027-01-25 09:00", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es")
       + "\n" + gt(q))
text = own + "\n\n" + fwd + "\n"
html = ('<div dir="ltr">%s<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded '
        'message ---------<br>De: <strong class="gmail_sendername" dir="auto">Ramón Bermúdez</strong> <span dir="auto">'
        '&lt;<a href="mailto:rbermudez@grupobahia.es">rbermudez@grupobahia.es</a>&gt;</span><br>Date: mar, 26 ene '
        '2027 a las 9:40<br>Subject: Re: Recordatorio: factura n.º 2026-065<br>To: Álvaro Pineda &lt;'
        '<a href="mailto:apineda@grupobahia.es">apineda@grupobahia.es</a>&gt;<br></div><br><br><div dir="ltr">'
        'Álvaro:<br><br>El principal se le paga cuando toque, pero los intereses y los 40 euros no los vamos a '
        'aceptar, que llevamos años trabajando con ella. Que mande la reclamación sin recargos o no se tramita.<br>'
        '<br>Ramón</div><br><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        'rgb(204,204,204);padding-left:1ex">%s</blockquote></div></div>\n' % (gm_html(own), text_to_html(q)))
part = multi("alternative", [leaf("text/plain", text, charset="UTF-8"), leaf("text/html", html, charset="UTF-8")],
             b_gmail("m50"))
hs = reply("lucia", addr("Álvaro Pineda", "apineda@grupobahia.es"), "Fwd: Re: Recordatorio: factura n.º 2026-065",
           when("2027-01-26 10:02", "Europe/Madrid"), "m50", msgid("m50a", "grupobahia.es"), refs_extra=(p,))
add("Grupo Hostelero Bahía SL", "client-reply-dispute", "es",
    "Forward: the client's own line is short and sympathetic; the forwarded management message refuses the "
    "statutory interest and the 40 € and will pay the principal 'cuando toque' -> dispute of the fees.",
    message(hs, part))

# 51 -- it, ALL CAPS, angry, from Android
q = rem("davide", "late_fee", "Autofficina Bruno", "42/2026", "854,00 €", "2026-11-30", deadline="2027-01-15",
        days_late=35)
p = rmid("davide", "42/2026-late")
body = ("NON PAGO UN LAVORO FATTO MALE. IL SITO È ANCORA PIENO DI ERRORI, IL NUMERO DI TELEFONO È SBAGLIATO E MI "
        "HAI FATTO PERDERE CLIENTI. PRIMA SISTEMI TUTTO E POI NE PARLIAMO\n\nBRUNO\n\nInviato da smartphone Samsung Galaxy.\n\n"
        "-------- Messaggio originale --------\nDa: Davide Esposito <davide@espositoweb.it>\nData: 04/01/27 09:00 (GMT+01:00)\n"
        "A: autofficinabruno@alice.it\nOggetto: Sollecito: fattura n. 42/2026\n\n" + q + "\n")
hs = reply("davide", addr("", "autofficinabruno@alice.it"), "R: Sollecito: fattura n. 42/2026",
           when("2027-01-05 18:33", "Europe/Rome"), "m51", p)
add("Autofficina Bruno", "client-reply-dispute", "it",
    "All caps, angry: 'NON PAGO UN LAVORO FATTO MALE' -> refuses to pay over the quality of the work.",
    message(hs, plain(body, cte="base64")))

# 52 -- en, Gmail HTML-only: wants 15% off before signing off
q = rem("priya", "due", "Larkspur Media Ltd", "PS-121", "£2,400.00", "2027-02-08")
p = rmid("priya", "PS-121-due")
own_html = ('<div dir="ltr">Hi Priya,<div><br></div><div>Thanks for this. Given the delays on your side on the '
            'website copy (we ended up launching a week late), we\'d like 15% off before we sign this off. If you can '
            'reissue at £2,040 I\'ll get it approved this week.</div><div><br></div><div>Cheers,</div><div>Josh</div>'
            '<div><br></div><div><font color="#888888" size="1">Josh Pemberton · Head of Content · Larkspur Media<br>'
            '20 Great Ancoats St, Manchester</font></div></div>')
h = gmail_html(own_html, attr_gmail("en", "2027-02-09 09:00", "Europe/London", "Priya Shah", "priya@shahcopy.co.uk"), q)
hs = reply("priya", addr("Josh Pemberton", "josh@larkspurmedia.co.uk"), "Re: Reminder: invoice PS-121",
           when("2027-02-10 11:21", "Europe/London"), "m52", p)
add("Larkspur Media Ltd", "client-reply-dispute", "en",
    "HTML-only Gmail: asks for 15% off (reissue at £2,040) before approving -> dispute; 'this week' is conditional. "
    "Amount = the figure they would accept.",
    message(hs, html_only(h, charset="UTF-8")), amount="2040.00")

# 53 -- es, Gmail HTML + text: IRPF withholding missing, asks to redo the invoice
q = rem("nerea", "due", "Editorial Faro SL", "2026-067", "1.452,00 €", "2026-11-30")
p = rmid("nerea", "2026-067-due")
own = ("Hola Nerea:\n\nLa factura tiene mal la retención: al ser profesional debería llevar IRPF del 15 % y no "
       "aparece, así que el total no es correcto. Así no la podemos contabilizar ni pagar; necesitamos que la "
       "rehagas (o una rectificativa).\n\nGracias,\nLaura Pérez\nAdministración · Editorial Faro\nVigo")
part = gmail_reply(own, attr_gmail("es", "2026-11-30 09:00", "Europe/Madrid", "Nerea Goikoetxea",
                                   "nerea@goikotranslations.eu"), q, "m53")
hs = reply("nerea", addr("Laura Pérez", "administracion@editorialfaro.es"), "Re: Recordatorio: factura n.º 2026-067",
           when("2026-12-01 10:27", "Europe/Madrid"), "m53", p)
add("Editorial Faro SL", "client-reply-dispute", "es",
    "The invoice is contested as wrong (missing 15% IRPF withholding, total incorrect); they cannot pay until "
    "it is redone.", message(hs, part))

# 54 -- it reply to an English reminder: 40 hours billed, 32 agreed; credit note then "paghiamo subito"
q = rem("tom", "reminder", "Studio Tessile Marelli", "INV-2026-094", "€3,200.00", "2026-11-30")
p = rmid("tom", "INV-2026-094-reminder")
own = ("Ciao Tom,\n\nscusa se rispondo in italiano, faccio prima. La fattura riporta 40 ore ma ne avevamo "
       "concordate 32 per il catalogo, le altre 8 erano per le modifiche che poi abbiamo annullato. Mandami una "
       "nota di credito per la differenza e paghiamo subito.\n\nGrazie,\nLorenzo Marelli\nStudio Tessile Marelli – Como")
part = gmail_reply(own, attr_gmail("it", "2026-12-04 09:00", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie"), q, "m54")
hs = reply("tom", addr("Lorenzo Marelli", "lorenzo@tessilemarelli.it"), "Re: Reminder: invoice INV-2026-094",
           when("2026-12-07 11:05", "Europe/Rome"), "m54", p)
add("Studio Tessile Marelli", "client-reply-dispute", "it",
    "Italian reply to an English reminder: hours billed (40) vs agreed (32); wants a credit note and then "
    "'paghiamo subito' -> dispute beats the conditional promise.", message(hs, part))

# 55 -- en, paid the agreed part, refuses the extra; Outlook plain text with Outlook block
q = rem("priya", "reminder", "Boxford Property Group", "PS-117", "£1,550.00", "2027-01-15")
p = rmid("priya", "PS-117-reminder")
body = ("Priya,\n\nWe've paid the agreed £1,200 today. The extra £350 for the revisions was never approved on our "
        "side - nobody signed off a change request - and we won't be paying it.\n\nRegards,\nHelen Whitcombe\n"
        "Marketing Director | Boxford Property Group\n+44 (0)118 555 0400\n\n"
        + outlook_block("en", "2027-01-21 09:00", "Europe/London", "Priya Shah", "priya@shahcopy.co.uk",
                        "Helen Whitcombe <h.whitcombe@boxfordpg.co.uk>", "Reminder: invoice PS-117")
        + "\n\n" + q + "\n")
hs = reply("priya", addr("Helen Whitcombe", "h.whitcombe@boxfordpg.co.uk"), "RE: Reminder: invoice PS-117",
           when("2027-01-22 16:10", "Europe/London"), "m55", p,
           extra=outlook_extra("Reminder: invoice PS-117", "m55", lang="en-GB"), order="outlook")
add("Boxford Property Group", "client-reply-dispute", "en",
    "Partial payment (£1,200 today) and a refusal of the extra £350 -> dispute; amount is the part they paid.",
    message(hs, plain(body, charset="windows-1252")), amount="1200.00")

# 56 -- es, formal refusal: no order on record; Outlook old-style, windows-1252
q = rem("nerea", "reminder", "Suministros Industriales Navarro SA", "2026-070", "726,00 €", "2027-01-08")
p = rmid("nerea", "2026-070-reminder")
body = ("Muy Sra. nuestra:\n\nEn relación con su correo, le comunicamos que no reconocemos esta factura. No consta "
        "en nuestro sistema ningún pedido ni albarán a su nombre, y la persona que menciona en el concepto no "
        "pertenece a esta empresa. Rogamos la anulen.\n\nAtentamente,\n\nDepartamento de Proveedores\n"
        "SUMINISTROS INDUSTRIALES NAVARRO, S.A.\nCtra. de Tudela km 4 · 31191 Cordovilla (Navarra)\n\n"
        + DISCLAIMER_ES + "\n\n"
        + outlook_block("es", "2027-01-13 09:00", "Europe/Madrid", "Nerea Goikoetxea", "nerea@goikotranslations.eu",
                        "proveedores@sinavarro.es", "Recordatorio: factura n.º 2026-070", old=True)
        + "\n\n" + q + "\n")
hs = reply("nerea", addr("Proveedores SINAVARRO", "proveedores@sinavarro.es"), "RE: Recordatorio: factura n.º 2026-070",
           when("2027-01-14 12:48", "Europe/Madrid"), "m56", p, extra=[("X-Mailer", "Microsoft Outlook 16.0")],
           order="outlook", subj_charset="windows-1252")
add("Suministros Industriales Navarro SA", "client-reply-dispute", "es",
    "Formal refusal: 'no reconocemos esta factura', no order on record, asks to cancel it.",
    message(hs, plain(body, charset="windows-1252")))

# 57 -- it, a lawyer contests the invoice in answer to the formal notice
q = rem("alessandra", "final", "Immobiliare Le Vele srl", "52/2026", "3.660,00 €", "2026-12-31", deadline="2027-02-22",
        issue="2026-12-01")
p = rmid("alessandra", "52/2026-final")
body = ("Gentile dott.ssa Rossi,\n\n"
        "scrivo in nome e per conto di Immobiliare Le Vele S.r.l., che mi ha conferito mandato, in riscontro alla Sua "
        "diffida del 12 febbraio u.s. relativa alla fattura n. 52/2026.\n\n"
        "La mia assistita contesta formalmente la fattura in oggetto, in quanto le prestazioni ivi indicate "
        "(servizio fotografico e impaginazione del catalogo immobiliare 2027) non sono state rese in conformità a "
        "quanto pattuito nel preventivo accettato il 15 ottobre 2026: in particolare, le fotografie degli immobili "
        "di Lerici e Tellaro non sono mai state consegnate e il catalogo è stato stampato a cura e spese della "
        "mia assistita con materiale di terzi.\n\n"
        "Pertanto nulla è dovuto per le voci sopra indicate, e si invita a emettere nota di credito per l'importo "
        "corrispondente. Resta ferma la disponibilità a un incontro per una definizione bonaria.\n\n"
        "Distinti saluti\n\nAvv. Giulia Sartori\nVia XX Settembre 12/4 – 16121 Genova\n"
        "Tel. 010 555 6620 – PEC giulia.sartori@ordineavvgenova.it\n\n"
        "Il presente messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate e possono "
        "contenere informazioni coperte dal segreto professionale ai sensi dell'art. 622 c.p. e dell'art. 200 c.p.p. "
        + DISCLAIMER_IT + "\n\n"
        + attr_gmail("it", "2027-02-12 09:00", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it") + "\n"
        + gt(q) + "\n")
hs = reply("alessandra", addr("Avv. Giulia Sartori", "studio@avvsartori.it"),
           "Re: diffida di pagamento e costituzione in mora – fattura n. 52/2026", when("2027-02-15 17:20", "Europe/Rome"),
           "m57", p, cc="amministrazione@immobiliarelevele.it")
add("Immobiliare Le Vele srl", "client-reply-dispute", "it",
    "The client's lawyer answers the formal notice: contests invoice 52/2026 (services not delivered), asks for "
    "a credit note. Dates (15 ottobre, 12 febbraio) are history, not promises.", message(hs, plain(body)),
    reference="52/2026")

# 58 -- en, bottom-posted: VAT charged but reverse charge applies
q = rem("tom", "courtesy", "Vanter BV", "INV-2026-085", "€2,460.00", "2026-11-20", issue="2026-10-21")
p = rmid("tom", "INV-2026-085-courtesy")
body = (attr_gmail("en", "2026-11-11 09:00", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie") + "\n" + gt(q)
        + "\n\nHello Tom,\n\nYou have charged Irish VAT at 23% on this invoice, but we are a Dutch company and gave "
        "you our VAT number (NL859123456B01) at the start - the reverse charge applies. We cannot pay an invoice "
        "with VAT on it. Please reissue it without VAT, for EUR 2,000.00.\n\nMet vriendelijke groet,\n"
        "Sanne de Vries\nFinance | Vanter BV | Utrecht\n")
hs = reply("tom", addr("Sanne de Vries", "finance@vanter.nl"), "Re: Invoice INV-2026-085 – payment due 20 November",
           when("2026-11-12 10:30", "Europe/Amsterdam"), "m58", p)
add("Vanter BV", "client-reply-dispute", "en",
    "Bottom-posted reply from a Dutch finance team: VAT wrongly charged (reverse charge), asks to reissue "
    "for EUR 2,000.00 -> dispute (wrong amount); amount = the figure they accept.", message(hs, plain(body)),
    amount="2000.00")

# 59 -- es, half now, half when the missing photos are delivered
q = rem("lucia", "reminder", "Restaurante Casa Pepa", "2026-064", "1.452,00 €", "2026-12-31")
p = rmid("lucia", "2026-064-reminder")
own = ("Lucía guapa,\n\nte pago la mitad ahora y la otra mitad cuando me entregues las fotos de la terraza que "
       "faltan, que la carta nueva ya está impresa y sin ellas la web se queda coja. Ya sé que llovió el día que "
       "quedamos, pero así lo hablamos.\n\nUn beso,\nPepa\n\nRestaurante Casa Pepa · Cádiz")
part = gmail_reply(own, attr_gmail("es", "2027-01-07 09:00", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es"),
                   q, "m59")
hs = reply("lucia", addr("Pepa Castro", "casapepacadiz@gmail.com"), "Re: Recordatorio: factura n.º 2026-064",
           when("2027-01-08 16:35", "Europe/Madrid"), "m59", p)
add("Restaurante Casa Pepa", "client-reply-dispute", "es",
    "Will pay half now and withhold the other half until missing photos are delivered -> dispute (partial "
    "until something is fixed). No figure stated.", message(hs, part))

# 60 -- it, two invoices: 12 is paid, 14 will not be paid (included in the quote)
inv = [("12/2026", "2026-09-10", "2026-10-10", 69, "915,00 €"), ("14/2026", "2026-09-25", "2026-10-25", 54, "488,00 €")]
q = rem("alessandra", "statement", "Frantoio Oleario Sanna", "12/2026", None, None, deadline="2026-12-28",
        invoices=inv, total="1.403,00 €")
p = rmid("alessandra", "statement-sanna")
body = ("Buonasera,\nla 12 è pagata da ottobre, vi mando la contabile se serve. La 14 invece non la paghiamo: le "
        "etichette per l'olio novello erano comprese nel preventivo di agosto, lo può verificare.\n"
        "Saluti\nGiovanna Sanna\nFrantoio Oleario Sanna – Dolianova (SU)\n\n"
        + attr_gmail("it", "2026-12-18 09:00", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it") + "\n\n"
        + gt(q) + "\n")
hs = reply("alessandra", addr("Frantoio Sanna", "info@frantoiosanna.it"), "Re: Fatture da saldare – Frantoio Oleario Sanna",
           when("2026-12-18 19:44", "Europe/Rome"), "m60", p)
add("Frantoio Oleario Sanna", "client-reply-dispute", "it",
    "Two invoices: 'la 12 è pagata', 'La 14 invece non la paghiamo' (included in the quote) -> dispute wins; "
    "reference is the disputed one.", message(hs, plain(body)), reference="14/2026")


# ==================================================================================================
# client replies: OTHER (questions, acknowledgements, forwards to accounts, other business)
# ==================================================================================================

# 61 -- it, "Ricevuto, giro all'amministrazione"
q = rem("alessandra", "courtesy", "Farmacia San Rocco", "28/2026", "366,00 €", "2026-11-16", issue="2026-10-17")
p = rmid("alessandra", "28/2026-courtesy")
body = ("Ricevuto, grazie. Giro all'amministrazione.\n\nDott.ssa Lina Ferretti\nFarmacia San Rocco – Parma\n\n"
        + attr_apple("it", "2026-11-10 09:00", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it") + "\n\n"
        + gt(q) + "\n")
hs = reply("alessandra", addr("Farmacia San Rocco", "info@farmaciasanrocco.pr.it"), "Re: Promemoria: fattura n. 28/2026",
           when("2026-11-10 12:03", "Europe/Rome"), "m61", p, extra=apple_extra(False))
add("Farmacia San Rocco", "client-reply-other", "it",
    "Acknowledgement only: 'Ricevuto, grazie. Giro all'amministrazione' -> no payment claim or promise.",
    message(hs, plain(body)))

# 62 -- en, Outlook HTML-only: needs the invoice reissued with a PO number
q = rem("tom", "reminder", "Halden Pharma Ltd", "INV-2026-108", "€1,845.00", "2026-11-27")
p = rmid("tom", "INV-2026-108-reminder")
own = ('<p>Hi Tom,</p><p>Our system has rejected the invoice because it does not quote a purchase order. '
       'Could you resend it with our PO number <b>4500123987</b> in the header? Once it has a PO it goes through '
       'the normal approval workflow.</p><p>Many thanks,<br>Gráinne Moloney<br>Procurement Assistant<br>'
       'Halden Pharma Ltd · Ringaskiddy, Co. Cork<br>T +353 21 555 4380</p>')
h = outlook_html(own, "en", "2026-11-30 09:00", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie",
                 "Moloney, Gráinne", "Reminder: invoice INV-2026-108", q)
hs = reply("tom", addr("Moloney, Gráinne", "grainne.moloney@haldenpharma.com"), "RE: Reminder: invoice INV-2026-108",
           when("2026-12-01 10:15", "Europe/Dublin"), "m62", p,
           extra=outlook_extra("Reminder: invoice INV-2026-108", "m62", lang="en-IE"), order="outlook")
add("Halden Pharma Ltd", "client-reply-other", "en",
    "Asks for the invoice to be resent with a PO number (administrative question, not a contest). HTML-only.",
    message(hs, html_only(h)))

# 63 -- es, suspicious: did you change your IBAN?
q = rem("lucia", "due", "Papelería Arcoíris", "2026-051", "242,00 €", "2026-11-16")
p = rmid("lucia", "2026-051-due")
body = ("Hola Lucía, una pregunta antes de pagarte: ¿has cambiado de cuenta? La semana pasada nos llegó un correo "
        "\"tuyo\" con otro IBAN (de un banco lituano) y no me fío un pelo. Confírmame por favor cuál es la buena.\n\n"
        "Loli\nPapelería Arcoíris\n\n"
        + attr_gmail("es", "2026-11-17 09:00", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es") + "\n\n"
        + gt(q) + "\n")
hs = reply("lucia", addr("Papelería Arcoíris", "papeleriaarcoiris@hotmail.es"), "RE: Recordatorio: factura n.º 2026-051",
           when("2026-11-18 10:48", "Europe/Madrid"), "m63", p, extra=[("X-Mailer", "Outlook.com")])
add("Papelería Arcoíris", "client-reply-other", "es",
    "Question about a possibly fraudulent change of IBAN before paying: no claim, no promise.", message(hs, plain(body)))

# 64 -- it, the client forwards the reminder to her accounts person, owner only in Cc
q = rem("alessandra", "reminder", "Vivai Piante Moretto", "37/2026", "1.159,00 €", "2026-12-01")
p = rmid("alessandra", "37/2026-reminder")
body = ("Franca, puoi verificare per favore se questa è stata pagata? Io non ne so niente. Grazie\n\nSilvia\n\n"
        "---------- Forwarded message ---------\n"
        "Da: Alessandra Rossi <alessandra@example.it>\nDate: lun 7 dic 2026 alle ore 09:00\n"
        "Subject: Sollecito: fattura n. 37/2026\nTo: <silvia@vivaimoretto.it>\n\n\n" + q + "\n")
hs = reply("alessandra", addr("Silvia Moretto", "silvia@vivaimoretto.it"), "Fwd: Sollecito: fattura n. 37/2026",
           when("2026-12-07 11:26", "Europe/Rome"), "m64", p, to=addr("Franca Zanetti", "contabilita@vivaimoretto.it"),
           cc=omail("alessandra"))
add("Vivai Piante Moretto", "client-reply-other", "it",
    "Forward to their accounts person (To: Franca, Cc: the owner): 'puoi verificare ... se questa è stata "
    "pagata? Io non ne so niente' -> a question, nothing claimed.", message(hs, plain(body)))

# 65 -- en, "which invoice? we have no INV-2026-106 on file"
q = rem("tom", "due", "Drumlin Dairy Co-op", "INV-2026-106", "€780.00", "2027-01-08")
p = rmid("tom", "INV-2026-106-due")
own = ("Hi Tom,\n\nWe have no INV-2026-106 on file - the last one I have from you is 098 for the label redesign. "
       "Could you send me a copy? It may have gone to Máire's old address.\n\nThanks,\nPádraig\nDrumlin Dairy Co-op, "
       "Cootehill")
part = gmail_reply(own, attr_gmail("en", "2027-01-11 09:00", "Europe/Dublin", "Tom Byrne", "tom@byrnedesign.ie"), q, "m65")
hs = reply("tom", addr("Pádraig Reilly", "accounts@drumlindairy.ie"), "Re: Reminder: invoice INV-2026-106",
           when("2027-01-11 14:50", "Europe/Dublin"), "m65", p)
add("Drumlin Dairy Co-op", "client-reply-other", "en",
    "Invoice not on file, asks for a copy: a question, not a refusal.", message(hs, part), reference="INV-2026-106")

# 66 -- es, "llámame cuando puedas" with phone numbers in the signature
q = rem("nerea", "reminder", "Bodega El Pinar", "2027-003", "1.089,00 €", "2027-01-25")
p = rmid("nerea", "2027-003-reminder")
own = ("Nerea, llámame cuando puedas y lo hablamos, que por escrito me lío.\n\nRamón\n\n--\nRamón Etxeberria\n"
       "Bodega El Pinar · Laguardia (Álava)\nMóvil 645 55 21 90 · Oficina 945 55 60 12 (L-V 8-15 h)")
part = gmail_reply(own, attr_gmail("es", "2027-02-01 09:00", "Europe/Madrid", "Nerea Goikoetxea",
                                   "nerea@goikotranslations.eu"), q, "m66")
hs = reply("nerea", addr("Ramón Etxeberria", "ramon@bodegaelpinar.com"), "Re: Recordatorio: factura n.º 2027-003",
           when("2027-02-01 13:12", "Europe/Madrid"), "m66", p)
add("Bodega El Pinar", "client-reply-other", "es",
    "Asks for a phone call; phone numbers and office hours in the signature. No claim.", message(hs, part))

# 67 -- it, answers the reminder with a request for new work only
q = rem("davide", "due", "Associazione Teatro dei Venti", "1/2027", "600,00 €", "2027-01-26")
p = rmid("davide", "1/2027-due")
own = ("Ciao Davide,\n\nho visto il tuo messaggio, lo giro a Rossella che segue la cassa.\n\nIntanto ti volevo "
       "chiedere: a febbraio riusciresti a farci anche il sito per il festival di primavera? Sarebbe una cosa "
       "semplice, tipo una pagina con programma, biglietti e mappa, ma deve essere online entro il 15 marzo. "
       "Se mi mandi un preventivo lo porto al direttivo di giovedì.\n\nA presto,\nTommaso\n"
       "Associazione Culturale Teatro dei Venti – Salerno")
part = gmail_reply(own, attr_gmail("it", "2027-01-27 09:00", "Europe/Rome", "Davide Esposito", "davide@espositoweb.it"),
                   q, "m67")
hs = reply("davide", addr("Tommaso Landi", "tommaso@teatrodeiventi.org"), "Re: Promemoria: fattura n. 1/2027",
           when("2027-01-28 10:08", "Europe/Rome"), "m67", p)
add("Associazione Teatro dei Venti", "client-reply-other", "it",
    "Passes the reminder to the treasurer and asks for a quote for new work; '15 marzo' and 'giovedì' are about "
    "the new job, not a payment.", message(hs, part))

# 68 -- en, a human "I've left the company" from a personal address
q = rem("priya", "due", "Tillman & Co", "PS-118", "£720.00", "2026-12-02")
p = rmid("priya", "PS-118-due")
body = ("Hi Priya,\n\nThis came through to my personal email as it's forwarded for a few weeks - I left Tillman & Co "
        "at the end of November, so please chase accounts@tillmanco.co.uk directly (Raj Mehta handles suppliers). "
        "Best of luck, and thanks for all the lovely copy this year!\n\nJess\n\n"
        + attr_gmail("en", "2026-12-03 09:00", "Europe/London", "Priya Shah", "priya@shahcopy.co.uk") + "\n\n"
        + gt(q) + "\n")
hs = reply("priya", addr("Jess Harding", "jessharding.writes@gmail.com"), "Re: Reminder: invoice PS-118",
           when("2026-12-04 21:10", "Europe/London"), "m68", p)
add("Tillman & Co", "client-reply-other", "en",
    "Written by a person (not an auto-reply): she has left the company and points to accounts.",
    message(hs, plain(body)))

# 69 -- es, a town hall asks for Facturae through FACe
q = rem("lucia", "reminder", "Ayuntamiento de Villanueva del Río", "2026-056", "3.025,00 €", "2026-11-15")
p = rmid("lucia", "2026-056-reminder")
body = ("Buenos días:\n\nLe informamos de que, al tratarse de una Administración Pública, no podemos tramitar "
        "facturas en PDF. ¿Nos la puede remitir en formato Facturae a través de FACe? Los códigos DIR3 son: "
        "Oficina contable L01410123, Órgano gestor L01410123, Unidad tramitadora L01410123.\n\n"
        "Un saludo,\n\nIntervención Municipal\nAyuntamiento de Villanueva del Río\nPlaza de España 1\n\n"
        + outlook_block("es", "2026-11-20 09:00", "Europe/Madrid", "Lucía Martín", "lucia@martinestudio.es",
                        "intervencion@villanuevadelrio.es", "Recordatorio: factura n.º 2026-056") + "\n\n" + q + "\n")
hs = reply("lucia", addr("Intervención", "intervencion@villanuevadelrio.es"), "RE: Recordatorio: factura n.º 2026-056",
           when("2026-11-23 09:02", "Europe/Madrid"), "m69", p, order="outlook")
add("Ayuntamiento de Villanueva del Río", "client-reply-other", "es",
    "Public body asks for the invoice in Facturae through FACe: a procedural request, not a dispute.",
    message(hs, plain(body, charset="windows-1252")))

# 70 -- it, "a chi intesto il bonifico? nella fattura non c'è l'IBAN" (reminder without payment details)
q = rem("alessandra", "due", "Rosa Lombardi", "26/2026", "180,00 €", "2026-11-10")
q = q.replace(pay_it("alessandra", "26/2026"), "Gli estremi per il pagamento sono riportati nella fattura, nel "
              "messaggio originale di questa conversazione.")
p = rmid("alessandra", "26/2026-due")
body = ("Gentile signora Alessandra\nmi scusi ma io nella fattura l'IBAN non lo trovo, forse mio nipote l'ha "
        "stampata male. A chi devo intestare il bonifico? Me lo riscriva per cortesia che vado in posta.\n"
        "Cordiali saluti\nRosa Lombardi\n\n"
        + outlook_block("it", "2026-11-11 09:00", "Europe/Rome", "Alessandra Rossi", "alessandra@example.it",
                        "rosa.lombardi47@virgilio.it", "Promemoria: fattura n. 26/2026") + "\n\n" + q + "\n")
hs = reply("alessandra", addr("rosa lombardi", "rosa.lombardi47@virgilio.it"), "R: Promemoria: fattura n. 26/2026",
           when("2026-11-12 10:40", "Europe/Rome"), "m70", p)
add("Rosa Lombardi", "client-reply-other", "it",
    "Elderly private client asks for the bank details ('A chi devo intestare il bonifico?'): a question before "
    "paying, no promise.", message(hs, plain(body, charset="iso-8859-1", encode_as="cp1252")))

# 71 -- en, "Thanks Tom, noted."
q = rem("tom", "courtesy", "Coastline Surveys Ltd", "INV-2026-091", "€940.00", "2026-12-01", issue="2026-11-01")
p = rmid("tom", "INV-2026-091-courtesy")
body = ("Thanks Tom, noted.\n\nGareth\n\n-----Original Message-----\nFrom: Tom Byrne <tom@byrnedesign.ie>\n"
        "Sent: 26 November 2026 09:00\nTo: Gareth Lynch <gareth@coastlinesurveys.ie>\n"
        "Subject: Invoice INV-2026-091 – payment due 1 December\n\n" + q + "\n")
hs = reply("tom", addr("Gareth Lynch", "gareth@coastlinesurveys.ie"), "RE: Invoice INV-2026-091 – payment due 1 December",
           when("2026-11-26 12:00", "Europe/Dublin"), "m71", p, order="outlook")
add("Coastline Surveys Ltd", "client-reply-other", "en",
    "'Thanks Tom, noted.' to a courtesy note: an acknowledgement, not a promise.", message(hs, plain(body)))

# 72 -- en to an Italian reminder: Swiss client asks for the BIC
q = rem("alessandra", "reminder", "Alpenglow AG", "40/2026", "2.440,00 €", "2026-12-08")
q = q.replace(pay_it("alessandra", "40/2026"), "Gli estremi per il pagamento sono riportati nella fattura, nel "
              "messaggio originale di questa conversazione.")
p = rmid("alessandra", "40/2026-reminder")
own = ("Dear Ms Rossi,\n\nThank you for your reminder. Our bank in Switzerland needs the BIC/SWIFT code and your full "
       "postal address for a transfer in EUR - neither is on the invoice. Could you send them?\n\n"
       "Kind regards,\nUrs Baumann\nFinance & Controlling\nAlpenglow AG · Bahnhofstrasse 52 · 8001 Zürich")
de_block = ("Von: Alessandra Rossi <alessandra@example.it>\nGesendet: Montag, 14. Dezember 2026 09:00\n"
            "An: Finance Alpenglow <finance@alpenglow.ch>\nBetreff: Sollecito: fattura n. 40/2026")
text = own + "\n\n" + de_block + "\n\n" + q + "\n"
html = outlook_html(text_to_html(own), "en", "2026-12-14 09:00", "Europe/Rome", "Alessandra Rossi",
                    "alessandra@example.it", "Finance Alpenglow <finance@alpenglow.ch>", "Sollecito: fattura n. 40/2026", q)
html = (html.replace("<b>From:</b>", "<b>Von:</b>").replace("<b>Sent:</b> Monday, December 14, 2026 9:00 AM",
        "<b>Gesendet:</b> Montag, 14. Dezember 2026 09:00").replace("<b>To:</b>", "<b>An:</b>")
        .replace("<b>Subject:</b>", "<b>Betreff:</b>"))
part = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], b_outlook("m72"))
hs = reply("alessandra", addr("Urs Baumann", "finance@alpenglow.ch"), "AW: Sollecito: fattura n. 40/2026",
           when("2026-12-15 08:22", "Europe/Zurich"), "m72", p,
           extra=outlook_extra("Sollecito: fattura n. 40/2026", "m72", lang="de-CH"), order="outlook")
add("Alpenglow AG", "client-reply-other", "en",
    "English question from a German-language Outlook in Zurich ('AW:', Von/Gesendet/An/Betreff block) to an "
    "Italian reminder: asks for the BIC and address to pay. No claim, no date.", message(hs, part))

# 73 -- es, Outlook HTML-only: received, passed to accounting
q = rem("nerea", "due", "Hotel Miramar Sitges", "2026-069", "1.573,00 €", "2026-12-10")
p = rmid("nerea", "2026-069-due")
own = ('<p>Recibido. Lo paso a contabilidad para que lo revisen.</p><p>Saludos,<br>Jordi Soler<br>Director · '
       'Hotel Miramar Sitges<br>T. 938 55 40 20</p>')
h = outlook_html(own, "es", "2026-12-11 09:00", "Europe/Madrid", "Nerea Goikoetxea", "nerea@goikotranslations.eu",
                 "Jordi Soler", "Recordatorio: factura n.º 2026-069", q)
hs = reply("nerea", addr("Jordi Soler", "direccion@hotelmiramarsitges.com"), "RE: Recordatorio: factura n.º 2026-069",
           when("2026-12-11 13:37", "Europe/Madrid"), "m73", p,
           extra=outlook_extra("Recordatorio: factura n.º 2026-069", "m73", lang="es-ES"), order="outlook")
add("Hotel Miramar Sitges", "client-reply-other", "es",
    "HTML-only Outlook: 'Recibido. Lo paso a contabilidad' -> forwarded to accounts, nothing claimed.",
    message(hs, html_only(h)))

# 74 -- en, wants a call tomorrow about the invoices
q = rem("priya", "reminder", "Redbrick Housing Association", "PS-120", "£1,860.00", "2027-02-05")
p = rmid("priya", "PS-120-reminder")
own = ("Hi Priya,\n\nCan we jump on a call tomorrow about the invoices? There's something I need to clarify with you "
       "before I put them to the finance committee. Any time after 11 works.\n\nThanks,\nNadia\n\n"
       "Nadia Okonkwo | Communications Lead | Redbrick Housing Association\n0121 555 0199")
part = gmail_reply(own, attr_gmail("en", "2027-02-15 09:00", "Europe/London", "Priya Shah", "priya@shahcopy.co.uk"),
                   q, "m74")
hs = reply("priya", addr("Nadia Okonkwo", "nadia.okonkwo@redbrickha.org.uk"), "Re: Reminder: invoice PS-120",
           when("2027-02-16 15:05", "Europe/London"), "m74", p)
add("Redbrick Housing Association", "client-reply-other", "en",
    "Asks for a call 'tomorrow' to clarify something: 'tomorrow' is the call, not a payment; no claim or contest yet.",
    message(hs, part))

# 75 -- it, e-invoice not received in the tax drawer: resend via SdI
q = rem("davide", "due", "Trattoria Da Nando snc", "4/2027", "427,00 €", "2027-02-15")
p = rmid("davide", "4/2027-due")
body = ("Buongiorno Davide,\nal commercialista non risulta arrivata la fattura elettronica nel cassetto fiscale, "
        "solo il pdf che ci hai mandato per mail. Ce la rimandi via SDI? Codice destinatario M5UXCR1.\n"
        "Grazie, Nando\n\n"
        + attr_gmail("it", "2027-02-18 09:00", "Europe/Rome", "Davide Esposito", "davide@espositoweb.it") + "\n\n"
        + gt(q) + "\n")
hs = reply("davide", addr("Trattoria Da Nando", "trattoriadanando@gmail.com"), "Re: Promemoria: fattura n. 4/2027",
           when("2027-02-19 15:21", "Europe/Rome"), "m75", p)
add("Trattoria Da Nando snc", "client-reply-other", "it",
    "Asks for the e-invoice to be resent through SdI (not in the tax drawer): procedural, no claim.",
    message(hs, plain(body)))


# ==================================================================================================
# machine mail: PAYMENT NOTIFICATIONS (money coming in to the freelancer)
# ==================================================================================================
def brand_html(title_color, title, rows, intro, footer, lang="en", amount_big=None):
    """A transactional HTML mail: a header bar, an intro, a two-column table (amount in its own cell)."""
    trs = "".join('<tr><td style="padding:8px 0;color:#6b7280;font-size:14px">%s</td>'
                  '<td align="right" style="padding:8px 0;font-size:14px;font-weight:600">%s</td></tr>' % (esc(k), esc(v))
                  for k, v in rows)
    big = ('<tr><td align="center" style="padding:24px 0 8px 0;font-size:34px;font-weight:700;color:#111827">%s</td>'
           '</tr>' % esc(amount_big)) if amount_big else ""
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><meta name="viewport" '
            'content="width=device-width"><title>%s</title></head><body style="margin:0;background:#f3f4f6">'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;'
            'font-family:Helvetica,Arial,sans-serif"><tr><td style="background:%s;padding:18px 24px;color:#fff;'
            'font-size:18px;font-weight:700">%s</td></tr><tr><td style="padding:24px"><table role="presentation" '
            'width="100%%">%s<tr><td style="font-size:15px;color:#111827;padding-bottom:16px">%s</td></tr></table>'
            '<table role="presentation" width="100%%" style="border-top:1px solid #e5e7eb">%s</table></td></tr>'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#9ca3af">%s</td></tr></table></td></tr></table>'
            '</body></html>\n' % (lang, esc(title), title_color, esc(title), big, intro, trs, footer))


# 76 -- es, SumUp: invoice paid by card through a payment link; amount in its own cell and big
rows = [("Importe", "250,00 €"), ("Cliente", "Estudio de Yoga Lumbre"), ("Referencia", "Factura 2026-053"),
        ("Método de pago", "Visa •••• 4821"), ("Fecha", "12/11/2026, 11:42"), ("Código de transacción", "TX7QK2M9RD")]
h = brand_html("#1a1a1a", "SumUp", rows, "¡Has recibido un pago! El importe se abonará en tu cuenta bancaria en "
               "el próximo pago programado.", "SumUp Limited · Te enviamos este correo porque tienes activadas las "
               "notificaciones de pagos. <a href=\"https://me.sumup.com\">Gestionar notificaciones</a>", "es",
               amount_big="250,00 €")
t = ("¡Has recibido un pago!\n\nImporte: 250,00 €\nCliente: Estudio de Yoga Lumbre\nReferencia: Factura 2026-053\n"
     "Método de pago: Visa **** 4821\nFecha: 12/11/2026, 11:42\nCódigo de transacción: TX7QK2M9RD\n\n"
     "El importe se abonará en tu cuenta bancaria en el próximo pago programado.\n\nSumUp Limited\n")
part = multi("alternative", [leaf("text/plain", t), leaf("text/html", h)], "sumup_" + hid("n76", n=20))
hs = base_headers(addr("SumUp", "no-reply@sumup.com"), omail("lucia"), "Has recibido un pago de 250,00 €",
                  when("2026-11-12 11:43", "Europe/Madrid"), msgid("n76", "mail.sumup.com"),
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Entity-Ref-ID", hid("n76e"))])
add("SumUp", "payment-notification", "es",
    "SumUp card payment through an invoice link; amount in a big line and in its own table cell.",
    message(hs, part), amount="250.00", reference="2026-053")

# 77 -- it, Satispay Business
rows = [("Importo", "80,00 €"), ("Da", "Marco B."), ("Messaggio", "acconto manutenzione sito gennaio"),
        ("Data", "20 dic 2026, 10:14"), ("ID transazione", "a81f0c2e-55d1")]
h = brand_html("#ef4e45", "Satispay Business", rows, "Hai ricevuto un nuovo pagamento.",
               "Satispay Europe S.A. · Ricevi questa email perché hai attivato le notifiche dei pagamenti.", "it",
               amount_big="80,00 €")
hs = base_headers(addr("Satispay", "noreply@satispay.com"), omail("davide"), "Hai ricevuto 80,00 € da Marco B.",
                  when("2026-12-20 10:15", "Europe/Rome"), msgid("n77", "satispay.com"))
add("Satispay", "payment-notification", "it",
    "Satispay Business, HTML-only: 'Hai ricevuto 80,00 €'; a deposit with a free-text message, no invoice number.",
    message(hs, html_only(h)), amount="80.00")

# 78 -- es, CaixaBank: Bizum received for the rest of an invoice (same event as message 22)
t = ("CaixaBank\n\nHas recibido un Bizum\n\nHola LUCIA,\n\nYERAY SANTANA te ha enviado un Bizum.\n\n"
     "Importe: 300,00 EUR\nConcepto: resto factura 2026-063\nFecha: 08/01/2027 18:02\n"
     "Cuenta de abono: ES91 **** **** **** **** 1332\n\n"
     "Puedes consultar el detalle en CaixaBankNow.\n\nEste es un mensaje automático, por favor no respondas.\n"
     "CaixaBank, S.A. - Calle Pintor Sorolla, 2-4, 46002 Valencia\n")
hs = base_headers(addr("CaixaBank", "notificaciones@caixabank.com"), omail("lucia"), "Has recibido un Bizum",
                  when("2027-01-08 18:02", "Europe/Madrid"), msgid("n78", "caixabank.com"),
                  extra=[("Auto-Submitted", "auto-generated")])
add("CaixaBank", "payment-notification", "es",
    "Bank notice of a Bizum received with 'Concepto: resto factura 2026-063' (the client's reply in message 22 "
    "says he paid it 'ayer' by Bizum).", message(hs, plain(t, charset="ISO-8859-1")), amount="300.00",
    reference="2026-063")

# 79 -- it, N26 push-style mail
rows = [("Importo", "+610,00 €"), ("Da", "FERRAMENTA COLOMBO SNC"), ("Causale", "SALDO FT 39/26"),
        ("Data valuta", "15.01.2027")]
h = brand_html("#36a18b", "N26", rows, "Ciao Alessandra, hai ricevuto un bonifico sul tuo conto principale.",
               "N26 Bank SE · Voltairestraße 8 · 10179 Berlino · Non rispondere a questa email.", "it")
t = ("Ciao Alessandra,\nhai ricevuto un bonifico sul tuo conto principale.\n\nImporto: +610,00 €\n"
     "Da: FERRAMENTA COLOMBO SNC\nCausale: SALDO FT 39/26\nData valuta: 15.01.2027\n\nN26 Bank SE\n")
part = multi("alternative", [leaf("text/plain", t), leaf("text/html", h)], "----=_Part_" + hid("n79", n=18))
hs = base_headers(addr("N26", "no-reply@n26.com"), omail("alessandra"), "Hai ricevuto 610,00 €",
                  when("2027-01-15 08:31", "Europe/Berlin"), msgid("n79", "n26.com"))
add("N26", "payment-notification", "it",
    "N26 incoming transfer; causale 'SALDO FT 39/26' (= 39/2026). Amount with a plus sign in its own cell.",
    message(hs, part), amount="610.00", reference="39/2026")

# 80 -- en, Revolut Business
rows = [("Amount", "€2,340.00"), ("From", "HARBOUR & FINCH LTD"), ("Reference", "INV-2026-081"),
        ("To", "Byrne Design · EUR account"), ("Date", "11 Dec 2026, 08:05")]
h = brand_html("#191c1f", "Revolut Business", rows, "You received money", "Revolut Bank UAB · This is a service "
               "email about your Revolut Business account.", "en", amount_big="+€2,340.00")
hs = base_headers(addr("Revolut Business", "no-reply@revolut.com"), omail("tom"),
                  "You received €2,340.00 from HARBOUR & FINCH LTD", when("2026-12-11 08:05", "Europe/Dublin"),
                  msgid("n80", "revolut.com"))
add("Revolut Business", "payment-notification", "en",
    "Revolut Business incoming transfer, HTML only, amount big and in a table cell.",
    message(hs, html_only(h)), amount="2340.00", reference="INV-2026-081")

# 81 -- en, Stripe invoice paid (the amount only in its own cell of an HTML table, text part terse)
rows = [("Amount paid", "£450.00"), ("Invoice", "PS-124"), ("Customer", "Oakfield Primary School PTA"),
        ("Payment method", "Bacs Direct Debit"), ("Date paid", "22 February 2027")]
h = brand_html("#635bff", "Stripe", rows, "Payment received for an invoice.",
               "You're receiving this email because you enabled notifications for successful payments. "
               "Stripe Payments Europe, Ltd. · 1 Grand Canal Street Lower, Dublin 2", "en")
t = ("Payment received for an invoice.\n\nInvoice PS-124 from Shah Copy was paid by Oakfield Primary School PTA.\n"
     "View payment: https://dashboard.stripe.com/payments/py_3QxR7pLkd82\n")
part = multi("alternative", [leaf("text/plain", t), leaf("text/html", h)], "--_stripe_" + hid("n81", n=16))
hs = base_headers(addr("Stripe", "notifications@stripe.com"), omail("priya"),
                  "Payment of £450.00 received from Oakfield Primary School PTA", when("2027-02-22 14:20", "Europe/London"),
                  msgid("n81", "stripe.com"))
add("Stripe", "payment-notification", "en",
    "Stripe invoice payment: the plain part has no amount; the amount is in its own HTML cell and the subject.",
    message(hs, part), amount="450.00", reference="PS-124")

# 82 -- it, PayPal (same event as message 12)
h = ('<html><body style="font-family:Arial"><table width="600" align="center" cellpadding="0" cellspacing="0">'
     '<tr><td><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/'
     'paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>'
     '<tr><td style="font-size:28px;padding:20px 0">Hai ricevuto 350,00 EUR</td></tr>'
     '<tr><td style="font-size:14px">Chiara Gallo ti ha inviato 350,00 EUR.</td></tr>'
     '<tr><td><table width="100%" style="margin-top:20px;font-size:14px"><tr><td><b>Nota di Chiara Gallo</b></td></tr>'
     '<tr><td>fattura 3/2027 sito portfolio</td></tr></table></td></tr>'
     '<tr><td><table width="100%" style="margin-top:20px;font-size:14px;border-top:1px solid #ddd">'
     '<tr><td>ID transazione</td><td align="right">7KX19203LM5528417</td></tr>'
     '<tr><td>Data transazione</td><td align="right">9 febbraio 2027</td></tr>'
     '<tr><td>Importo ricevuto</td><td align="right">350,00 €&nbsp;EUR</td></tr>'
     '<tr><td>Commissioni</td><td align="right">-12,25 €&nbsp;EUR</td></tr>'
     '<tr><td><b>Importo netto</b></td><td align="right"><b>337,75 €&nbsp;EUR</b></td></tr></table></td></tr>'
     '<tr><td style="font-size:11px;color:#666;padding-top:30px">PayPal (Europe) S.à r.l. et Cie, S.C.A., '
     '22-24 Boulevard Royal, L-2449 Luxembourg. Non rispondere a questa email.</td></tr></table></body></html>\n')
hs = base_headers(addr("service@paypal.it", "service@paypal.it"), addr("Davide Esposito", "davide@espositoweb.it"),
                  "Hai ricevuto un pagamento", when("2027-02-09 13:05", "Europe/Rome"), msgid("n82", "paypal.com"),
                  extra=[("X-Email-Type-Id", "PPX000689")])
add("PayPal", "payment-notification", "it",
    "PayPal 'Hai ricevuto 350,00 EUR' with fees and a net amount (337,75) in the table; the note names the invoice.",
    message(hs, html_only(h, charset="UTF-8", cte="base64")), amount="350.00", reference="3/2027")

# 83 -- en, accounts-payable platform remittance advice (same event as message 8)
rows_html = ('<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-family:Arial;'
             'font-size:12px"><tr style="background:#eeeeee"><th>Invoice No.</th><th>Invoice Date</th><th>Gross</th>'
             '<th>Discount</th><th>Paid</th></tr><tr><td>PS-112</td><td>04/11/2026</td><td>960.00</td><td>0.00</td>'
             '<td>960.00</td></tr><tr><td colspan="4" align="right"><b>Total paid (GBP)</b></td><td><b>960.00</b></td>'
             '</tr></table>')
h = ('<html><body style="font-family:Arial;font-size:13px"><p><b>REMITTANCE ADVICE</b></p><p>Payer: Kestrel '
     'Logistics plc<br>Supplier: Priya Shah (Supplier ID 100482)<br>Payment date: 15/12/2026<br>Payment method: '
     'BACS<br>Payment reference: KL-PR-2026-1215-0044</p>' + rows_html + '<p>This remittance is generated '
     'automatically by PayStream on behalf of Kestrel Logistics plc. Queries: ap@kestrel-logistics.co.uk. '
     'Please do not reply to this message.</p></body></html>\n')
hs = base_headers(addr("Kestrel Logistics plc via PayStream", "remittance@paystream-ap.co.uk"), omail("priya"),
                  "Remittance Advice - Kestrel Logistics plc - Payment KL-PR-2026-1215-0044",
                  when("2026-12-15 06:12", "Europe/London"), msgid("n83", "paystream-ap.co.uk"),
                  extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])
part = with_att(html_only(h), [pdf_part("Remittance_KL-PR-2026-1215-0044.pdf", "Remittance advice")],
                "=_PS_" + hid("n83", n=20))
add("PayStream (AP platform)", "payment-notification", "en",
    "AP platform remittance advice: payment of GBP 960.00 to the supplier for PS-112; the amount is in table "
    "cells (960.00, no currency sign in the cell); PDF attached.", message(hs, part), amount="960.00",
    reference="PS-112")

# 84 -- it, Intesa Sanpaolo incoming credit, plain text, iso-8859-1 QP (same event as message 14)
t = ("Intesa Sanpaolo - Avviso di accredito\n\nGentile cliente,\n\nti informiamo che sul conto "
     "IT02 L030 6903 4961 0000 0067 891 è stato accreditato un bonifico.\n\n"
     "Importo: 732,00 EUR\nOrdinante: FONTANA MARCO\nCausale: SALDO FATTURA 41/2026 SITO WEB B&B\n"
     "Data contabile: 18/12/2026\nData valuta: 18/12/2026\n\n"
     "Per maggiori dettagli accedi all'app Intesa Sanpaolo Mobile o al sito intesasanpaolo.com.\n\n"
     "Questo messaggio è generato automaticamente: ti preghiamo di non rispondere.\n"
     "Intesa Sanpaolo S.p.A. - Sede legale: Piazza San Carlo 156, 10121 Torino\n")
hs = base_headers(addr("Intesa Sanpaolo", "alert@intesasanpaolo.com"), omail("davide"),
                  "Avviso di accredito bonifico", when("2026-12-19 07:45", "Europe/Rome"), msgid("n84", "intesasanpaolo.com"))
add("Intesa Sanpaolo", "payment-notification", "it",
    "Italian bank's credit advice in plain text (iso-8859-1, quoted-printable): bonifico accreditato 732,00 EUR.",
    message(hs, plain(t, charset="iso-8859-1")), amount="732.00", reference="41/2026")

# 85 -- es, Kutxabank incoming transfer (same event as message 16), HTML + text
rows = [("Importe", "968,00 €"), ("Ordenante", "CONSTRUCCIONES EBRO SA"), ("Concepto", "FRA 2026-058 GOIKOETXEA"),
        ("Fecha valor", "28/11/2026"), ("Cuenta", "ES76 **** **** **** **** 6789")]
h = brand_html("#0b3b8c", "Kutxabank", rows, "Te informamos de que has recibido una transferencia en tu cuenta.",
               "Kutxabank, S.A. · Gran Vía 30-32, 48009 Bilbao · Este mensaje se ha generado automáticamente.", "es")
t = ("Te informamos de que has recibido una transferencia en tu cuenta.\n\nImporte: 968,00 EUR\nOrdenante: "
     "CONSTRUCCIONES EBRO SA\nConcepto: FRA 2026-058 GOIKOETXEA\nFecha valor: 28/11/2026\n")
part = multi("alternative", [leaf("text/plain", t, charset="iso-8859-1"), leaf("text/html", h)],
             "----=_NextPart_" + hid("n85", n=16))
hs = base_headers(addr("Kutxabank", "avisos@kutxabank.es"), omail("nerea"), "Aviso: transferencia recibida",
                  when("2026-11-28 09:03", "Europe/Madrid"), msgid("n85", "kutxabank.es"))
add("Kutxabank", "payment-notification", "es",
    "Spanish bank alert of an incoming transfer, amount in its own HTML cell; concept 'FRA 2026-058'.",
    message(hs, part), amount="968.00", reference="2026-058")

# 86 -- en, Wise to a recipient (same event as message 15)
t = ("Hannah Kroll sent you 1,830.00 EUR\n\nHi Alessandra Rossi,\n\nHannah Kroll has sent you money with Wise. "
     "It should arrive in your account ending 3456 by 23 December 2026.\n\n"
     "Amount: 1,830.00 EUR\nReference: Rechnung 44/2026\nTransfer #1283994471\n\n"
     "Banks can take a little longer to process payments, so if it's not there yet, it might just be on its way.\n\n"
     "The Wise team\nWise Europe SA, Rue du Trône 100, 1050 Brussels\n")
hs = base_headers(addr("Wise", "noreply@wise.com"), omail("alessandra"), "Hannah Kroll sent you 1,830.00 EUR",
                  when("2026-12-21 16:02", "Europe/Brussels"), msgid("n86", "wise.com"))
add("Wise", "payment-notification", "en",
    "Wise tells the recipient that money was sent to her and is on its way (reference 'Rechnung 44/2026').",
    message(hs, plain(t)), amount="1830.00", reference="44/2026")


# ==================================================================================================
# machine mail: AUTO-REPLIES
# ==================================================================================================

# 87 -- it, no RFC 3834 headers; "fino al 6 gennaio compreso" -> back 7 Jan 2027
body = ("Buongiorno,\n\nsono fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta. Per "
        "urgenze potete contattare la segreteria dello studio al numero 02 555 4471.\n\nBuone feste,\n"
        "Arch. Laura Conti\nStudio Conti Architetti Associati – Milano\n")
hs = base_headers(addr("Laura Conti", "l.conti@contiarchitetti.it"), omail("alessandra"),
                  "Re: Sollecito: fattura n. 36/2026", when("2026-12-23 09:00", "Europe/Rome"),
                  msgid("a87", "contiarchitetti.it"), in_reply_to=rmid("alessandra", "36/2026-reminder"),
                  refs=rmid("alessandra", "36/2026-reminder"))
add("Studio Conti Architetti Associati", "auto-reply", "it",
    "Vacation reply with no Auto-Submitted / X-Autoreply headers and a plain 'Re:' subject; 'fino al 6 gennaio "
    "compreso' -> back 7 Jan 2027.", message(hs, plain(body)), return_date="2027-01-07")

# 88 -- es, RFC 3834 headers; "hasta el lunes 11 de enero" -> 11 Jan 2027
body = ("Estaré fuera de la oficina hasta el lunes 11 de enero, sin acceso al correo. Para cualquier tema de "
        "pagos a proveedores, pueden escribir a contabilidad2@distlevante.es.\n\nElena Soler\n")
hs = base_headers(addr("Elena Soler", "contabilidad@distlevante.es"), omail("lucia"),
                  "Respuesta automática: Recordatorio: factura n.º 2026-066", when("2026-12-28 10:00", "Europe/Madrid"),
                  msgid("a88", "distlevante.es"), in_reply_to=rmid("lucia", "2026-066-due"),
                  refs=rmid("lucia", "2026-066-due"),
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "contabilidad@distlevante.es")], order="outlook")
add("Distribuciones Levante SL", "auto-reply", "es",
    "Exchange out-of-office with Auto-Submitted; 'hasta el lunes 11 de enero' -> that Monday, 11 Jan 2027.",
    message(hs, plain(body, charset="windows-1252")), return_date="2027-01-11")

# 89 -- en, weekday only: back on Thursday (Mon 15 Feb 2027 -> Thu 18 Feb)
h = ('<html><body><div style="font-family:Calibri;font-size:11pt"><p>Thank you for your email. I am out of the '
     'office and will be back on Thursday. For urgent supplier queries please contact ap@fennellretail.ie or call '
     '01 555 9090.</p><p>Neil Hartigan<br>Accounts Payable</p></div></body></html>\n')
hs = base_headers(addr("Neil Hartigan", "n.hartigan@fennellretail.ie"), omail("tom"),
                  "Automatic reply: Invoice INV-2027-009", when("2027-02-15 08:01", "Europe/Dublin"),
                  msgid("a89", "fennellretail.ie"), in_reply_to=rmid("tom", "INV-2027-009-invoice"),
                  refs=rmid("tom", "INV-2027-009-invoice"),
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")], order="outlook")
add("Fennell Retail Group", "auto-reply", "en",
    "Out of office 'back on Thursday' sent Monday 15 Feb 2027 -> 18 Feb; HTML only; points to the AP mailbox.",
    message(hs, html_only(h)), return_date="2027-02-18")

# 90 -- it, X-Autoreply header; "dopo le festività" (vague)
body = ("Gentile cliente,\nl'ufficio amministrazione dell'Hotel Bellavista è chiuso per la pausa invernale. "
        "Risponderemo alla Sua email dopo le festività.\nCordiali saluti\nHotel Bellavista – Stresa\n")
hs = base_headers(addr("Hotel Bellavista", "amministrazione@hotelbellavista-stresa.it"), omail("alessandra"),
                  "Risposta automatica", when("2026-12-24 11:30", "Europe/Rome"), msgid("a90", "hotelbellavista-stresa.it"),
                  in_reply_to=rmid("alessandra", "35/2026-pf"), refs=rmid("alessandra", "35/2026-pf"),
                  extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
add("Hotel Bellavista srl", "auto-reply", "it",
    "Office closed for the winter break, answer 'dopo le festività' -> no return date.", message(hs, plain(body)))

# 91 -- en, mailbox no longer monitored
body = ("This mailbox is no longer monitored.\n\nHalden Pharma has moved to a new accounts payable system. Please "
        "send all invoices, statements and payment queries to ap.ireland@haldenpharma.com, quoting your PO number.\n\n"
        "This is an automated message.\n")
hs = base_headers(addr("Accounts Payable", "accounts@haldenpharma.com"), omail("tom"),
                  "This mailbox is no longer in use [Re: Reminder: invoice INV-2026-108]", when("2027-01-05 09:00", "Europe/Dublin"),
                  msgid("a91", "haldenpharma.com"), in_reply_to=rmid("tom", "INV-2026-108-late"),
                  refs=rmid("tom", "INV-2026-108-late"), extra=[("Auto-Submitted", "auto-replied")])
add("Halden Pharma Ltd", "auto-reply", "en",
    "'This mailbox is no longer monitored' auto-reply pointing to a new address: the mail was delivered and "
    "answered by a rule, so not a bounce.", message(hs, plain(body, cte="7bit")))

# 92 -- es, help-desk ticket acknowledgement
body = ("Estimado/a proveedor/a:\n\nHemos recibido su consulta y se ha generado la incidencia número #48213. "
        "Nuestro equipo de Cuentas a Pagar la atenderá en un plazo máximo de 5 días hábiles.\n\n"
        "Para cualquier comunicación sobre este asunto, responda a este correo sin modificar el asunto.\n\n"
        "Atentamente,\nCentro de Servicios Compartidos – Clínicas Salud Norte\n\n"
        "Este es un mensaje generado automáticamente.\n")
hs = base_headers(addr("Proveedores Clínicas Salud Norte", "proveedores@saludnorte.es"), omail("nerea"),
                  "[#48213] Hemos recibido su solicitud: Recordatorio: factura n.º 2026-072",
                  when("2026-11-16 09:04", "Europe/Madrid"), msgid("a92", "saludnorte.es"),
                  in_reply_to=rmid("nerea", "2026-072-reminder"), refs=rmid("nerea", "2026-072-reminder"),
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Freshdesk")])
add("Clínicas Salud Norte", "auto-reply", "es",
    "Help-desk ticket acknowledgement (#48213), no return date.", message(hs, plain(body)))

# 93 -- en, Zendesk-style acknowledgement for the AP desk
h = ('<html><body><div style="font-family:Arial;font-size:14px;color:#2f3941"><p>##- Please type your reply above '
     'this line -##</p><p>Hi Tom,</p><p>Thanks for contacting Brennan Civil Engineering Accounts. Your request '
     '(<b>#22871</b>) has been received and is being reviewed by our team.</p><p>To add additional comments, reply '
     'to this email.</p><p style="color:#999;font-size:12px">This email is a service from Brennan Civil Engineering '
     'Accounts. Delivered by Zendesk.</p></div></body></html>\n')
hs = base_headers(addr("Brennan Civil Accounts", "support@brennancivil.zendesk.com"), omail("tom"),
                  "[Brennan Civil] Re: Reminder: invoice INV-2026-092", when("2027-01-21 10:12", "Europe/Dublin"),
                  msgid("a93", "brennancivil.zendesk.com"), in_reply_to=rmid("tom", "INV-2026-092-pf"),
                  refs=rmid("tom", "INV-2026-092-pf"), extra=[("Auto-Submitted", "auto-generated"),
                                                              ("X-Mailer", "Zendesk Mailer")])
add("Brennan Civil Engineering Ltd", "auto-reply", "en",
    "Zendesk acknowledgement ('Your request (#22871) has been received'), HTML only.", message(hs, html_only(h)))

# 94 -- it, maternity leave "fino a marzo" (vague), no headers
body = ("Gentile mittente,\n\nsono in congedo di maternità fino a marzo e non leggo la posta. Per questioni "
        "amministrative dello studio potete scrivere a segreteria@studiolegaleferraris.it; per le urgenze "
        "processuali contattare l'Avv. Paolo Rinaldi.\n\nAvv. Marta Ferraris\n")
hs = base_headers(addr("Avv. Marta Ferraris", "marta.ferraris@studiolegaleferraris.it"), omail("davide"),
                  "Re: Promemoria: fattura n. 2/2027", when("2027-02-03 14:20", "Europe/Rome"),
                  msgid("a94", "studiolegaleferraris.it"), in_reply_to=rmid("davide", "2/2027-courtesy"),
                  refs=rmid("davide", "2/2027-courtesy"))
add("Studio Legale Ferraris", "auto-reply", "it",
    "Maternity-leave auto-reply without RFC 3834 headers, 'Re:' subject; 'fino a marzo' is vague -> no return date.",
    message(hs, plain(body)))

# 95 -- en, no headers, return date in words: "back on Monday the eleventh of January" -> 11 Jan 2027
body = ("Hello,\n\nThanks for your message. I'm taking a proper break over Christmas and will be back on Monday the "
        "eleventh of January. I won't be checking email until then.\n\nIf it's about an invoice, our finance team "
        "(finance@larkspurmedia.co.uk) is around until the 23rd.\n\nJosh\n")
hs = base_headers(addr("Josh Pemberton", "josh@larkspurmedia.co.uk"), omail("priya"),
                  "Out of Office: Reminder: invoice PS-119", when("2026-12-21 18:00", "Europe/London"),
                  msgid("a95", "larkspurmedia.co.uk"), in_reply_to=rmid("priya", "PS-119-due"),
                  refs=rmid("priya", "PS-119-due"))
add("Larkspur Media Ltd", "auto-reply", "en",
    "No auto headers; return date in words ('back on Monday the eleventh of January' -> 11 Jan 2027); 'the 23rd' "
    "is about the finance team, not the return.", message(hs, plain(body, cte="7bit")), return_date="2027-01-11")

# 96 -- es, no headers: closed 23 Dec - 6 Jan both included -> back 7 Jan 2027
body = ("Estimado cliente:\n\nLe informamos de que nuestra oficina permanecerá cerrada por vacaciones de Navidad "
        "del 23 de diciembre al 6 de enero, ambos inclusive. Atenderemos su mensaje a nuestra vuelta.\n\n"
        "¡Felices fiestas!\nInmobiliaria Costa Azahar\n")
hs = base_headers(addr("Inmobiliaria Costa Azahar", "info@costaazahar-inmo.es"), omail("lucia"),
                  "Re: Recordatorio: factura n.º 2026-062", when("2026-12-23 08:10", "Europe/Madrid"),
                  msgid("a96", "costaazahar-inmo.es"), in_reply_to=rmid("lucia", "2026-062-pf"),
                  refs=rmid("lucia", "2026-062-pf"))
add("Inmobiliaria Costa Azahar SL", "auto-reply", "es",
    "Christmas closure notice with no auto headers and a 'Re:' subject; 'del 23 de diciembre al 6 de enero, "
    "ambos inclusive' -> back 7 Jan 2027.", message(hs, plain(body, charset="iso-8859-1")), return_date="2027-01-07")


# ==================================================================================================
# machine mail: BOUNCES
# ==================================================================================================
def orig_msg(owner, to, subject, date, mid, text):
    hs = base_headers(omail(owner), to, subject, date, mid)
    return message(hs, plain(text))


def orig_headers(owner, to, subject, date, mid):
    hs = base_headers(omail(owner), to, subject, date, mid)
    hs += [("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
           ("Content-Transfer-Encoding", "quoted-printable")]
    return _headers_bytes(hs).decode()


def dsn_part(text):
    return leaf("message/delivery-status", data=text.encode(), cte="7bit", charset="",
                extra=[("Content-Description", "Delivery report")])


def rfc822_part(raw, desc="Undelivered Message"):
    return Part([("Content-Type", "message/rfc822"), ("Content-Description", desc),
                 ("Content-Transfer-Encoding", "8bit")], raw)


def hdrs_part(txt, desc="Undelivered Message Headers"):
    return Part([("Content-Type", "text/rfc822-headers"), ("Content-Description", desc)], txt.encode())


# 97 -- Postfix DSN, permanent 5.1.1 (Alessandra's server)
rcpt = "m.rinaldi@rinaldiimpianti.it"
od = when("2026-11-05 09:00", "Europe/Rome")
omid = rmid("alessandra", "22/2026-reminder")
orig = orig_msg("alessandra", rcpt, "Sollecito: fattura n. 22/2026", od, omid,
                rem("alessandra", "reminder", "Rinaldi Impianti srl", "22/2026", "976,00 €", "2026-10-31"))
human = ("This is the mail system at host mail.example.it.\n\nI'm sorry to have to inform you that your message could "
         "not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail "
         "to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the "
         "attached returned message.\n\n                   The mail system\n\n<%s>: host mx.rinaldiimpianti.it"
         "[185.81.4.17] said: 550 5.1.1\n    <%s>: Recipient address rejected: User unknown in virtual\n"
         "    mailbox table (in reply to RCPT TO command)\n" % (rcpt, rcpt))
status = ("Reporting-MTA: dns; mail.example.it\nX-Postfix-Queue-ID: 4Q7mXk2Sd9z3Lp\nX-Postfix-Sender: rfc822; "
          "alessandra@example.it\nArrival-Date: Thu,  5 Nov 2026 09:00:01 +0100 (CET)\n\nFinal-Recipient: rfc822; %s\n"
          "Original-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.rinaldiimpianti.it\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User\n    unknown in virtual mailbox table\n"
          % (rcpt, rcpt, rcpt))
part = multi("report", [leaf("text/plain", human, charset="us-ascii", cte="7bit",
                             extra=[("Content-Description", "Notification")]), dsn_part(status), rfc822_part(orig)],
             "4Q7mXk2Sd9z3Lp.1762329602/mail.example.it", params=" report-type=delivery-status;",
             preamble="This is a MIME-encapsulated message.")
hs = base_headers(addr("Mail Delivery System", "MAILER-DAEMON@mail.example.it"), "alessandra@example.it",
                  "Undelivered Mail Returned to Sender", when("2026-11-05 09:00", "Europe/Rome"),
                  "<20261105080002.4Q7mXk2Sd9z3Lp@mail.example.it>", extra=[("Auto-Submitted", "auto-replied")])
add("rinaldiimpianti.it (Postfix)", "bounce", "en",
    "Standard Postfix DSN (multipart/report) for a mailduns reminder: 550 5.1.1 user unknown.",
    message(hs, part), failed_recipient=rcpt, permanent=True)

# 98 -- Exim, plain text only, permanent
rcpt = "sales@oldharbourcafe.ie"
od = when("2026-11-18 09:00", "Europe/Dublin")
omid = rmid("tom", "INV-2026-088-reminder")
orig = orig_msg("tom", rcpt, "Reminder: invoice INV-2026-088", od, omid,
                rem("tom", "reminder", "Old Harbour Café", "INV-2026-088", "€420.00", "2026-11-13"))
body = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
        "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
        "  %s\n    host mx1.oldharbourcafe.ie [80.93.17.40]\n    SMTP error from remote mail server after RCPT "
        "TO:<%s>:\n    550 No Such User Here\"\n\n------ This is a copy of the message, including all the headers. "
        "------\n\n" % (rcpt, rcpt)).encode() + orig
hs = base_headers(addr("Mail Delivery System", "Mailer-Daemon@server12.irishhosting.ie"), "tom@byrnedesign.ie",
                  "Mail delivery failed: returning message to sender", when("2026-11-18 09:00", "Europe/Dublin"),
                  "<E1vLq7c-0004Xy-2b@server12.irishhosting.ie>",
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", rcpt)])
add("oldharbourcafe.ie (Exim)", "bounce", "en",
    "Exim bounce in plain text (no multipart/report), original appended inline; 550 No Such User Here.",
    message(hs, Part([("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "8bit")], body)),
    failed_recipient=rcpt, permanent=True)

# 99 -- Exchange Online NDR (English), multipart/report with an HTML explanation
rcpt = "j.harding@tillmanco.co.uk"
od = when("2026-12-08 09:00", "Europe/London")
omid = rmid("priya", "PS-118-reminder")
hdrs = orig_headers("priya", rcpt, "Reminder: invoice PS-118", od, omid)
htxt = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at tillmanco.co.uk.\n\npriya   Office 365   "
        "jess.harding\nAction Required                 Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address "
        "may be misspelled or may not exist. Try one or more of the following:\n\n  *   Retype the recipient's "
        "address, then resend the message.\n  *   If the address is correct, contact the recipient by some other "
        "means.\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n\nOriginal Message Details\nCreated Date: "
        "12/8/2026 9:00:03 AM\nSender Address: priya@shahcopy.co.uk\nRecipient Address: %s\nSubject: Reminder: "
        "invoice PS-118\n\nError Details\nReported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
        "found by SMTP address lookup\nDSN generated by: LO2P265MB3921.GBRP265.PROD.OUTLOOK.COM\n" % (rcpt, rcpt, rcpt))
hhtml = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
         '<div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif"><p style="font-size:16pt;color:#000000">'
         'Your message to <a href="mailto:%s" style="color:#0072c6">%s</a> couldn\'t be delivered.</p>'
         '<p style="font-size:21pt"><span style="color:#000000">%s</span> wasn\'t found at '
         '<span style="color:#0072c6">tillmanco.co.uk</span>.</p><table><tr><td>priya</td><td>Office 365</td>'
         '<td>jess.harding</td></tr><tr><td style="color:#c00000"><b>Action Required</b></td><td></td><td>Recipient'
         '</td></tr></table><p><b>Unknown To address</b></p><p>Status code: 550 5.1.10</p><p>Reported error: 550 '
         '5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup</p></div></body></html>\n'
         % (rcpt, rcpt, "jess.harding"))
alt = multi("alternative", [leaf("text/plain", htxt, charset="us-ascii"), leaf("text/html", hhtml, charset="us-ascii")],
            "_000_" + hid("b99a", n=30) + "_")
status = ("Reporting-MTA: dns;LO2P265MB3921.GBRP265.PROD.OUTLOOK.COM\nReceived-From-MTA: "
          "dns;LO0P265MB6112.GBRP265.PROD.OUTLOOK.COM\nArrival-Date: Tue, 8 Dec 2026 09:00:03 +0000\n\n"
          "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 "
          "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n" % rcpt)
part = multi("report", [alt, dsn_part(status), hdrs_part(hdrs)], "_001_" + hid("b99", n=30) + "_",
             params=" report-type=delivery-status;")
hs = base_headers(addr("Microsoft Outlook", "postmaster@shahcopy.co.uk"), "priya@shahcopy.co.uk",
                  "Undeliverable: Reminder: invoice PS-118", when("2026-12-08 09:00", "Europe/London"),
                  "<%s@LO2P265MB3921.GBRP265.PROD.OUTLOOK.COM>" % hid("b99m", n=32),
                  in_reply_to=omid, refs=omid, extra=[("Auto-Submitted", "auto-replied"),
                                                      ("X-MS-Exchange-Message-Is-Ndr", "")], order="outlook")
add("tillmanco.co.uk (Exchange Online)", "bounce", "en",
    "Office 365 NDR: multipart/report whose human part is itself multipart/alternative (text + HTML), "
    "550 5.1.10 RecipientNotFound; original as text/rfc822-headers only.",
    message(hs, part), failed_recipient=rcpt, permanent=True)

# 100 -- Gmail "Delivery Status Notification (Delay)", temporary
rcpt = "pedidos@vinosdelsur-jerez.es"
od = when("2026-11-19 09:00", "Europe/Madrid")
omid = rmid("lucia", "2026-054-reminder")
orig = orig_msg("lucia", rcpt, "Recordatorio: factura n.º 2026-054", od, omid,
                rem("lucia", "reminder", "Vinos del Sur Jerez SL", "2026-054", "1.089,00 €", "2026-11-15"))
human = ("\n** Message not delivered yet **\n\nThere was a temporary problem delivering your message to %s. Gmail "
         "will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\nThe response from "
         "the remote server was:\n451 4.7.1 <%s>: Recipient address rejected: Greylisted, see "
         "http://postgrey.schweikert.ch/help/vinosdelsur-jerez.es.html\n" % (rcpt, rcpt))
hhtml = ('<html><head></head><body><table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;'
         'background-color:#ffffff"><tbody><tr><td><table cellpadding="0" cellspacing="0"><tbody><tr><td style="max-width:'
         '560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">'
         '<table style="min-width:272px;padding-top:8px"><tbody><tr><td style="font-size:24px;font-family:Google Sans,'
         'Roboto,Helvetica,Arial,sans-serif;line-height:32px">Message not delivered yet</td></tr><tr><td style="padding-'
         'top:20px;color:#757575;font-size:16px">There was a temporary problem delivering your message to <a style='
         '"color:#212121;text-decoration:none"><b>%s</b></a>. Gmail will retry for 46 more hours. You\'ll be notified '
         'if the delivery fails permanently.</td></tr></tbody></table></td></tr></tbody></table></td></tr></tbody>'
         '</table><p style="font-size:13px">The response was:</p><p style="font-family:monospace">451 4.7.1 &lt;%s&gt;:'
         ' Recipient address rejected: Greylisted</p></body></html>\n' % (rcpt, rcpt))
alt = multi("alternative", [leaf("text/plain", human, charset="UTF-8"), leaf("text/html", hhtml, charset="UTF-8")],
            b_gmail("b100a"))
status = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Thu, 19 Nov 2026 00:00:02 -0800 (PST)\n"
          "X-Original-Message-ID: %s\n\nFinal-Recipient: rfc822; %s\nAction: delayed\nStatus: 4.7.1\n"
          "Remote-MTA: dns; mail.vinosdelsur-jerez.es. (91.121.64.10, the server for the domain vinosdelsur-jerez.es.)\n"
          "Diagnostic-Code: smtp; 451 4.7.1 <%s>: Recipient address rejected: Greylisted\nLast-Attempt-Date: Fri, 20 "
          "Nov 2026 02:12:40 -0800 (PST)\nWill-Retry-Until: Sat, 21 Nov 2026 00:00:02 -0800 (PST)\n" % (omid, rcpt, rcpt))
part = multi("report", [alt, dsn_part(status), rfc822_part(orig, "Delayed Message")], b_gmail("b100"),
             params=" report-type=delivery-status;")
hs = base_headers(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "lucia@martinestudio.es",
                  "Delivery Status Notification (Delay)", when("2026-11-20 11:12", "Europe/Madrid"),
                  msgid("b100", "mx.google.com"), in_reply_to=omid, refs=omid,
                  extra=[("Auto-Submitted", "auto-replied")])
add("vinosdelsur-jerez.es (Gmail delay)", "bounce", "en",
    "Gmail delay DSN: Action: delayed, 451 4.7.1 greylisting, 'Gmail will retry for 46 more hours' -> temporary.",
    message(hs, part), failed_recipient=rcpt, permanent=False)

# 101 -- qmail "failure notice", plain text, permanent
rcpt = "admin@talleresgarcia.net"
od = when("2027-01-19 09:00", "Europe/Madrid")
omid = rmid("nerea", "2026-073-reminder")
orig = orig_msg("nerea", rcpt, "Recordatorio: factura n.º 2026-073", od, omid,
                rem("nerea", "reminder", "Talleres García CB", "2026-073", "242,00 €", "2027-01-15"))
body = ("Hi. This is the qmail-send program at mail.goikotranslations.eu.\nI'm afraid I wasn't able to deliver your "
        "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<%s>:\n217.116.0.228 does not like recipient.\nRemote host said: 550 5.1.1 <%s>... Sorry, no mailbox here "
        "by that name. (#5.1.1)\nGiving up on 217.116.0.228.\n\n--- Below this line is a copy of the message.\n\n"
        % (rcpt, rcpt)).encode() + orig
hs = base_headers("MAILER-DAEMON@mail.goikotranslations.eu", "nerea@goikotranslations.eu", "failure notice",
                  when("2027-01-19 09:00", "Europe/Madrid"), msgid("b101", "mail.goikotranslations.eu"))
add("talleresgarcia.net (qmail)", "bounce", "en",
    "qmail 'failure notice' in plain text, no DSN, no auto headers; 'permanent error; I've given up'.",
    message(hs, Part([("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "8bit")], body)),
    failed_recipient=rcpt, permanent=True)

# 102 -- Italian provider: "Messaggio non recapitato", permanent (mailbox does not exist)
rcpt = "info@pizzeriadagennaro.it"
od = when("2026-12-02 09:00", "Europe/Rome")
omid = rmid("davide", "39/2026-reminder")
orig = orig_msg("davide", rcpt, "Sollecito: fattura n. 39/2026", od, omid,
                rem("davide", "reminder", "Pizzeria Da Gennaro", "39/2026", "366,00 €", "2026-11-28"))
human = ("Messaggio non recapitato\n\nIl messaggio che hai inviato non è stato recapitato a uno o più destinatari.\n"
         "Si tratta di un errore permanente: il sistema non effettuerà altri tentativi.\n\n"
         "Destinatario: %s\nMotivo: la casella di posta del destinatario non esiste.\n"
         "Risposta del server remoto: 550 5.1.1 <%s>: casella inesistente / user unknown\n\n"
         "Controlla che l'indirizzo sia scritto correttamente. Il messaggio originale è allegato.\n\n"
         "-- \nServizio di posta elettronica\n" % (rcpt, rcpt))
status = ("Reporting-MTA: dns; smtpout03.mailprovider.it\nArrival-Date: Wed, 2 Dec 2026 09:00:01 +0100\n\n"
          "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.pizzeriadagennaro.it\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <%s>: casella inesistente / user unknown\n" % (rcpt, rcpt))
part = multi("report", [leaf("text/plain", human, charset="utf-8", cte="8bit"), dsn_part(status),
                        rfc822_part(orig, "Messaggio originale")], "=_ndr_" + hid("b102", n=20),
             params=" report-type=delivery-status;")
hs = base_headers(addr("Sistema di consegna posta", "MAILER-DAEMON@smtpout03.mailprovider.it"),
                  "davide@espositoweb.it", "Messaggio non recapitato: Sollecito: fattura n. 39/2026",
                  when("2026-12-02 09:00", "Europe/Rome"), msgid("b102", "smtpout03.mailprovider.it"),
                  extra=[("Auto-Submitted", "auto-replied")])
add("pizzeriadagennaro.it (Italian provider)", "bounce", "it",
    "Italian-language DSN 'Messaggio non recapitato', casella inesistente, 'errore permanente'.",
    message(hs, part), failed_recipient=rcpt, permanent=True)

# 103 -- Spanish Exchange NDR "No se puede entregar", sent by the recipient's server, permanent
rcpt = "contabilidad@hostalsolymar.es"
od = when("2027-02-05 09:00", "Europe/Madrid")
omid = rmid("lucia", "2027-006-due")
orig = orig_msg("lucia", rcpt, "Recordatorio: factura n.º 2027-006", od, omid,
                rem("lucia", "due", "Hostal Sol y Mar", "2027-006", "484,00 €", "2027-02-04"))
human = ("No se pudo entregar el mensaje a los siguientes destinatarios:\n\n%s\nEl buzón de correo del destinatario "
         "está deshabilitado.\n\nInformación de diagnóstico para administradores:\n\nServidor generador: "
         "EXCH01.hostalsolymar.local\n\n%s\n#550 5.2.1 mailbox disabled ##\n\nEncabezados del mensaje original:\n\n"
         % (rcpt, rcpt) + orig_headers("lucia", rcpt, "Recordatorio: factura n.º 2027-006", od, omid))
status = ("Reporting-MTA: dns;EXCH01.hostalsolymar.local\nReceived-From-MTA: dns;mx.hostalsolymar.es\n"
          "Arrival-Date: Fri, 5 Feb 2027 08:00:04 +0000\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.1\n"
          "Diagnostic-Code: smtp;550 5.2.1 mailbox disabled\n" % rcpt)
part = multi("report", [leaf("text/plain", human, charset="iso-8859-1"), dsn_part(status),
                        rfc822_part(orig, "Mensaje original")], "_000_" + hid("b103", n=28) + "_",
             params=" report-type=delivery-status;")
hs = base_headers(addr("Administrador del sistema", "postmaster@hostalsolymar.es"), "lucia@martinestudio.es",
                  "No se puede entregar: Recordatorio: factura n.º 2027-006", when("2027-02-05 09:00", "Europe/Madrid"),
                  msgid("b103", "hostalsolymar.es"), extra=[("Auto-Submitted", "auto-replied")], order="outlook")
add("hostalsolymar.es (Exchange, Spanish)", "bounce", "es",
    "Spanish on-premises Exchange NDR from the recipient's server: 'No se puede entregar', 550 5.2.1 mailbox "
    "disabled -> permanent.", message(hs, part), failed_recipient=rcpt, permanent=True)

# 104 -- Postfix "Delayed Mail (still being retried)", temporary
rcpt = "ufficio@serramentivalli.it"
od = when("2027-01-20 09:00", "Europe/Rome")
omid = rmid("alessandra", "1/2027-courtesy")
hdrs = orig_headers("alessandra", rcpt, "Promemoria: fattura n. 1/2027", od, omid)
human = ("This is the mail system at host mail.example.it.\n\n####################################################"
         "################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
         "####################################################################\n\nYour message could not be "
         "delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\nFor further "
         "assistance, please send mail to postmaster.\n\n                   The mail system\n\n<%s>: connect to "
         "mail.serramentivalli.it[81.17.244.3]:25: Connection timed out\n" % rcpt)
status = ("Reporting-MTA: dns; mail.example.it\nX-Postfix-Queue-ID: 4R2bNq0Tz1z9Hx\nX-Postfix-Sender: rfc822; "
          "alessandra@example.it\nArrival-Date: Wed, 20 Jan 2027 09:00:01 +0100 (CET)\n\nFinal-Recipient: rfc822; %s\n"
          "Original-Recipient: rfc822;%s\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to\n"
          "    mail.serramentivalli.it[81.17.244.3]:25: Connection timed out\nWill-Retry-Until: Mon, 25 Jan 2027 09:00:01 "
          "+0100 (CET)\n" % (rcpt, rcpt))
part = multi("report", [leaf("text/plain", human, charset="us-ascii", cte="7bit",
                             extra=[("Content-Description", "Notification")]), dsn_part(status),
                        hdrs_part(hdrs)], "4R2bNq0Tz1z9Hx.1768911601/mail.example.it",
             params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
hs = base_headers(addr("Mail Delivery System", "MAILER-DAEMON@mail.example.it"), "alessandra@example.it",
                  "Delayed Mail (still being retried)", when("2027-01-20 13:02", "Europe/Rome"),
                  "<20270120120201.4R2bNq0Tz1z9Hx@mail.example.it>", extra=[("Auto-Submitted", "auto-replied")])
add("serramentivalli.it (Postfix delay)", "bounce", "en",
    "Postfix delay warning: 'THIS IS A WARNING ONLY', Action: delayed, 4.4.1 connection timed out -> temporary.",
    message(hs, part), failed_recipient=rcpt, permanent=False)

# 105 -- Italian provider, mailbox full, still retrying (temporary), plain text only
rcpt = "valentina.greco@libero.it"
body = ("Gentile utente,\n\nil messaggio da te inviato non è stato ancora recapitato al destinatario indicato qui "
        "sotto. Il sistema continuerà a tentare la consegna per i prossimi 4 giorni: non è necessario inviarlo di "
        "nuovo.\n\nDestinatario: %s\nMotivo: casella del destinatario piena (452 4.2.2 Mailbox full)\n"
        "Oggetto: Sollecito: fattura n. 29/2026\nInviato il: 29/12/2026 09:00\n\n"
        "Se la consegna non sarà possibile entro tale termine riceverai un ulteriore avviso.\n\n"
        "Servizio di posta elettronica – messaggio generato automaticamente\n" % rcpt)
hs = base_headers(addr("Sistema di consegna posta", "MAILER-DAEMON@smtpout03.mailprovider.it"),
                  "alessandra@example.it", "Avviso: messaggio non ancora recapitato",
                  when("2026-12-29 13:05", "Europe/Rome"), msgid("b105", "smtpout03.mailprovider.it"),
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", rcpt)])
add("libero.it (mailbox full, delay)", "bounce", "it",
    "Italian delay notice in plain text, no DSN part: mailbox full (452 4.2.2), still retrying -> temporary.",
    message(hs, plain(body)), failed_recipient=rcpt, permanent=False)


# ==================================================================================================
# machine mail: OTHER (e-invoicing, viewed notices, newsletters, outgoing payments, a Bizum between friends)
# ==================================================================================================

# 106 -- it, SdI receipt via Aruba: invoice delivered (not a payment)
h = ('<html><body style="font-family:Arial;font-size:13px"><p><img src="https://fatturazioneelettronica.aruba.it/'
     'img/logo.png" alt="Aruba" height="28"></p><p>Gentile Cliente,</p><p>ti informiamo che per la fattura indicata '
     'di seguito è stata ricevuta dal Sistema di Interscambio (SdI) una <b>Ricevuta di consegna</b>.</p>'
     '<table cellpadding="5" style="border:1px solid #ccc;font-size:13px"><tr><td>Numero fattura</td><td>2/2027'
     '</td></tr><tr><td>Data fattura</td><td>12/01/2027</td></tr><tr><td>Destinatario</td><td>STUDIO LEGALE '
     'FERRARIS</td></tr><tr><td>Importo</td><td>1.830,00 €</td></tr><tr><td>Identificativo SdI</td><td>'
     '18273645509</td></tr><tr><td>Stato</td><td>Consegnata</td></tr></table><p>Puoi consultare il dettaglio '
     'accedendo al pannello di Fatturazione Elettronica.</p><p style="color:#888;font-size:11px">Aruba S.p.A. – '
     'Questa è una comunicazione automatica, ti preghiamo di non rispondere.</p></body></html>\n')
hs = base_headers(addr("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"), omail("davide"),
                  "Notifica SdI: ricevuta di consegna fattura 2/2027", when("2027-01-13 16:40", "Europe/Rome"),
                  msgid("x106", "aruba.it"))
add("Aruba Fatturazione Elettronica", "other", "it",
    "SdI delivery receipt for an e-invoice: 'Consegnata' with the invoice amount in a table; not a payment.",
    message(hs, html_only(h)), reference="2/2027")

# 107 -- es, FACe: invoice registered in the town hall's RCF (same town hall as message 69)
t = ("FACe - Punto General de Entrada de Facturas de la Administración General del Estado\n\n"
     "Le informamos de que la factura con los siguientes datos ha cambiado de estado:\n\n"
     "Número de registro: REGAGE26e00031187654\nNúmero de factura: 2026-056\nImporte: 3.025,00 EUR\n"
     "Destinatario: Ayuntamiento de Villanueva del Río (L01410123)\n"
     "Estado: 1300 - Registrada en el Registro Contable de Facturas (RCF)\nFecha del cambio: 02/12/2026 10:14\n\n"
     "Puede consultar el estado de sus facturas en https://face.gob.es\n\n"
     "Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo.\n")
hs = base_headers(addr("FACe", "noreply@face.gob.es"), omail("lucia"), "FACe: cambio de estado de la factura 2026-056",
                  when("2026-12-02 10:15", "Europe/Madrid"), msgid("x107", "face.gob.es"))
add("FACe", "other", "es",
    "Public e-invoicing hub: invoice 'Registrada en el RCF' with an Importe line; a status change, not a payment.",
    message(hs, plain(t, charset="ISO-8859-1")), reference="2026-056")

# 108 -- en, Peppol access point: invoice delivered
t = ("Your document has been delivered\n\nDocument type: Invoice (Peppol BIS Billing 3.0)\nInvoice number: "
     "INV-2026-108\nReceiver: Halden Pharma Ltd (0196:IE6388047V)\nAmount: EUR 1,845.00\nStatus: Delivered to "
     "receiver's access point (MLR: AP - accepted)\nTransmission ID: 7f0c2e1d-22a8-4c61-9b1e-0e5d5a4411c3\n\n"
     "No action is required.\n\nPeppolBridge - a certified Peppol Access Point\n")
hs = base_headers(addr("PeppolBridge", "notifications@peppolbridge.eu"), omail("tom"),
                  "Delivered: Invoice INV-2026-108 to Halden Pharma Ltd", when("2026-12-03 11:02", "Europe/Dublin"),
                  msgid("x108", "peppolbridge.eu"))
add("PeppolBridge", "other", "en",
    "Peppol access point delivery confirmation with 'accepted' and an amount: about sending the invoice, not a payment.",
    message(hs, plain(t, cte="7bit")), reference="INV-2026-108")

# 109 -- en, invoicing tool: "Boxford viewed invoice PS-117"
rows = [("Invoice", "PS-117"), ("Client", "Boxford Property Group"), ("Amount due", "£1,550.00"),
        ("Viewed", "20 Jan 2027, 09:47")]
h = brand_html("#0f766e", "Ledgerly", rows, "Good news - your client has opened your invoice.",
               "Ledgerly Ltd · You can turn off view notifications in Settings.", "en")
hs = base_headers(addr("Ledgerly", "hello@ledgerly.app"), omail("priya"), "Boxford Property Group viewed invoice PS-117",
                  when("2027-01-20 09:48", "Europe/London"), msgid("x109", "ledgerly.app"))
add("Ledgerly", "other", "en",
    "'Your invoice was viewed' notice with 'Amount due' in a cell: neither a payment nor a reply.",
    message(hs, html_only(h)), reference="PS-117")

# 110 -- it, accountant's newsletter full of "fattura" and "pagamento"
h = ('<html><body style="font-family:Georgia,serif;font-size:15px;max-width:640px;margin:auto"><h1 style="color:'
     '#14532d">ContaFacile – Newsletter di gennaio</h1><h2>Forfettari 2027: cosa cambia</h2><p>Dal 1° gennaio la '
     'soglia resta a 85.000 euro; attenzione però alle fatture incassate a cavallo d\'anno: conta la data di '
     'pagamento, non quella della fattura.</p><h2>Solleciti di pagamento: il modello gratuito</h2><p>Un cliente '
     'non ha pagato? Scarica il nostro modello di sollecito e scopri quando si applicano gli interessi di mora del '
     'D.Lgs. 231/2002.</p><h2>Scadenze</h2><table cellpadding="4"><tr><td>16/02/2027</td><td>Versamento IVA '
     'mensile</td></tr><tr><td>28/02/2027</td><td>Invio dati Certificazione Unica</td></tr></table><p style="font-size:'
     '11px;color:#777">Ricevi questa email perché sei iscritto alla newsletter di ContaFacile. <a href="https://'
     'contafacile.it/unsubscribe?u=8812">Annulla l\'iscrizione</a></p></body></html>\n')
hs = base_headers(addr("ContaFacile", "newsletter@contafacile.it"), omail("alessandra"),
                  "Newsletter di gennaio: forfettari, solleciti e scadenze di febbraio",
                  when("2027-01-13 07:30", "Europe/Rome"), msgid("x110", "mail.contafacile.it"),
                  extra=[("List-Unsubscribe", "<https://contafacile.it/unsubscribe?u=8812>"),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
add("ContaFacile", "other", "it",
    "Newsletter that talks about invoices, payments and reminders; bulk, with List-Unsubscribe.",
    message(hs, html_only(h)))

# 111 -- es, outgoing transfer the owner made ("Transferencia realizada")
rows = [("Importe", "-1.210,00 €"), ("Beneficiario", "GESTORIA MONTALBAN SL"), ("Concepto", "Cuota trimestral y "
        "modelo 303 4T"), ("Cuenta de cargo", "ES76 **** **** **** **** 6789"), ("Fecha", "30/01/2027")]
h = brand_html("#0b3b8c", "Kutxabank", rows, "Transferencia realizada. Has enviado una transferencia desde tu cuenta.",
               "Kutxabank, S.A. · Este mensaje se ha generado automáticamente.", "es")
hs = base_headers(addr("Kutxabank", "avisos@kutxabank.es"), omail("nerea"), "Transferencia realizada",
                  when("2027-01-30 12:10", "Europe/Madrid"), msgid("x111", "kutxabank.es"))
add("Kutxabank", "other", "es",
    "'Transferencia realizada' is the owner paying her own accountant (outgoing, negative amount) -> other; "
    "same bank brand as message 85.", message(hs, html_only(h)))

# 112 -- es, a Bizum from a friend for dinner
t = ("CaixaBank\n\nHas recibido un Bizum\n\nHola LUCIA,\n\nMARTA GIL te ha enviado un Bizum.\n\n"
     "Importe: 12,50 EUR\nConcepto: cena del sábado 🍕🍷\nFecha: 29/11/2026 00:41\n\n"
     "Este es un mensaje automático, por favor no respondas.\n")
hs = base_headers(addr("CaixaBank", "notificaciones@caixabank.com"), omail("lucia"), "Has recibido un Bizum",
                  when("2026-11-29 00:41", "Europe/Madrid"), msgid("x112", "caixabank.com"),
                  extra=[("Auto-Submitted", "auto-generated")])
add("CaixaBank", "other", "es",
    "A Bizum between friends (12,50 € for dinner): money in, but not a client paying an invoice -> other, as the "
    "brief says. Same brand and template as message 78.", message(hs, plain(t)))


# ==================================================================================================
if __name__ == "__main__":
    write_all()
    bad = check()
    from collections import Counter
    c = Counter((l["kind"]) for _, l in MESSAGES)
    print("messages:", len(MESSAGES), "problems:", bad)
    for k, n in sorted(c.items()):
        print("  %-22s %d" % (k, n))
    print("languages:", dict(Counter(l["language"] for _, l in MESSAGES)))
    print("splits:", dict(Counter(l["split"] for _, l in MESSAGES)))
    sys.exit(1 if bad else 0)
