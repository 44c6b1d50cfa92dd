#!/usr/bin/env python3
"""Generate the Italian reply corpus for mailduns (tests/data/replies/it/).

Stdlib only (Python 3.11).  Run with ``python3 make.py``: it (re)writes
it-0001.eml ... it-NNNN.eml and labels.toml next to this script.

Every message text below is written by hand, one per dict, in the voice of
its writer.  The only generated parts are the *mechanics* a real mail client
adds: headers, the quoted original (Alessandra's own reminder / invoice
e-mail, which really is a fixed template on her side), the attribution line
of each client, MIME structure, charsets and transfer encodings.

Label conventions (see also the `note` of each entry in labels.toml):

* promised_date is resolved against the Date header of the message itself.
  A bare weekday ("lunedì", "giovedì lo mando") or "<weekday> prossimo" means
  the next such weekday strictly after the day of the message; only
  "<weekday> della settimana prossima" pushes it to the week after.
  "entro fine mese" / "a fine mese" = last day of the month of the message.
  "il 15" / "entro il quindici" = that day of the current month if still
  ahead, otherwise of the next month.  "non riusciamo prima del 28" = the 28th.
  A date that falls on a weekend or bank holiday is kept as stated.
  Vague expressions ("la prossima settimana", "dopo le feste", "a inizio
  mese prossimo", "appena arrivano i fondi", "dopo il 10") -> no date.
* amount only when the client's own text states an amount paid / promised.
* reference only when the client's own text (body, or a subject the client
  wrote) names the invoice number; "la 74" is resolved to 74/2026 when the
  thread makes the year obvious.  The "Re: ..." subject and the quoted
  original do not count.
* A promise or a payment that comes with a contestation of part of the
  invoice is a dispute.  A paid claim that also asks a question stays paid.
  "Non abbiamo ancora pagato, provvediamo" is a promise (not paid).
* Requests for a credit note / storno, refusals, wrong amount, "already
  invoiced", work not finished or not conforming -> dispute.  A formal
  rejection ("rifiuto") of the invoice by the client itself counts as a
  dispute too.  Requests to resend, re-address or technically re-transmit an
  invoice (SdI discard, PDF copy, wrong company name "can you check?")
  without contesting it -> other.
* Out-of-office replies are auto-reply; their return dates are never a
  promised_date.  A tax certificate sent as a new thread is "other".
"""

import hashlib
import html
import os
import struct
import zlib
import datetime as dt
import email.charset
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from email import generator
import io

email.charset.add_charset("windows-1252", QP, QP, None)

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = dt.timezone(dt.timedelta(hours=1))
ME_NAME = "Alessandra Rossi"
ME_ADDR = "alessandra@example.it"

WD_ABBR = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
WD_FULL = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
MON_ABBR = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
MON_FULL = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]

KINDS = {
    "P": "client-reply-paid",
    "R": "client-reply-promise",
    "D": "client-reply-dispute",
    "O": "client-reply-other",
    "A": "auto-reply",
    "X": "other",
}

# ---------------------------------------------------------------------------
# Alessandra's side: her invoices and the e-mails she sent (the quoted part)
# ---------------------------------------------------------------------------

IBAN = "IT60 X054 2811 1010 0000 0123 456"
ME_SIG = "Alessandra Rossi\nGrafica · Traduzioni · Sviluppo web\nP.IVA 01234567890 – tel. 347 123 4567"

# number: (total, invoice date, due date, description)
INV = {
    "12/2026": ("1.220,00", "2026-03-16", "2026-04-15", "logo e immagine coordinata"),
    "29/2026": ("1.952,00", "2026-06-15", "2026-07-15", "il nuovo sito web multilingua"),
    "31/2026": ("3.172,00", "2026-07-02", "2026-08-01", "la traduzione giurata della sentenza (DE>IT)"),
    "34/2026": ("610,00", "2026-07-20", "2026-08-19", "l'impaginazione del libro di memorie"),
    "40/2026": ("7.320,00", "2026-09-03", "2026-10-03", "la traduzione tecnica dei manuali macchine (IT>DE)"),
    "41/2026": (
        "6.100,00",
        "2026-09-05",
        "2026-11-30",
        "la traduzione del manuale tecnico EN/DE (ordine PO 4500123456)",
    ),
    "42/2026": ("915,00", "2026-09-10", "2026-10-10", "il catalogo serramenti 2027"),
    "44/2026": ("2.196,00", "2026-09-15", "2026-10-15", "la traduzione asseverata degli atti (EN>IT)"),
    "45/2026": (
        "1.708,00",
        "2026-09-18",
        "2026-10-18",
        "la post-produzione del lookbook e le schede prodotto EN",
    ),
    "46/2026": ("366,00", "2026-09-20", "2026-10-20", "le locandine della rassegna autunnale"),
    "47/2026": ("2.440,00", "2026-09-21", "2026-10-21", "la traduzione degli atti del convegno"),
    "48/2026": ("3.660,00", "2026-09-24", "2026-10-24", "la UI dell'app di prenotazione"),
    "49/2026": ("2.928,00", "2026-09-25", "2026-10-25", "il progetto grafico della brochure turistica"),
    "50/2026": ("1.586,00", "2026-09-25", "2026-10-25", "i visual per il lancio autunnale"),
    "51/2026": ("1.342,00", "2026-09-28", "2026-10-28", "il restyling del sito aziendale"),
    "52/2026": ("1.098,00", "2026-09-29", "2026-10-29", "le grafiche del matrimonio Bianchi-Ferrero"),
    "53/2026": ("1.830,00", "2026-09-30", "2026-10-30", "i rendering e le tavole di presentazione"),
    "54/2026": ("1.586,00", "2026-09-30", "2026-10-30", "la traduzione del manuale del dipendente"),
    "55/2026": ("3.050,00", "2026-10-01", "2026-10-31", "le illustrazioni della campagna"),
    "56/2026": ("2.318,00", "2026-10-01", "2026-10-31", "la traduzione del romanzo (prima tranche)"),
    "57/2026": ("1.525,00", "2026-10-02", "2026-11-01", "le tavole del concorso"),
    "58/2026": ("2.684,00", "2026-10-02", "2026-11-01", "il nuovo sito dello studio"),
    "59/2026": ("2.440,00", "2026-10-05", "2026-11-04", "il catalogo arredamenti 2027"),
    "60/2026": ("4.880,00", "2026-10-05", "2026-11-04", "le etichette della linea Riserva"),
    "61/2026": ("732,00", "2026-10-06", "2026-11-05", "la grafica dell'open day"),
    "62/2026": ("976,00", "2026-10-06", "2026-11-05", "la brochure aziendale"),
    "63/2026": ("427,00", "2026-10-07", "2026-11-06", "il sito vetrina della libreria"),
    "64/2026": ("305,00", "2026-10-07", "2026-11-06", "il nuovo menù"),
    "65/2026": ("793,00", "2026-10-08", "2026-11-07", "il logo e le etichette dell'erboristeria"),
    "66/2026": ("488,00", "2026-10-09", "2026-11-08", "l'impaginazione del catalogo"),
    "67/2026": ("4.270,00", "2026-10-10", "2026-11-09", "lo sviluppo della landing page"),
    "68/2026": ("350,00", "2026-10-12", "2026-11-11", "le partecipazioni di nozze"),
    "69/2026": ("1.403,00", "2026-10-13", "2026-11-12", "l'allestimento grafico dell'evento"),
    "70/2026": ("305,00", "2026-10-14", "2026-11-13", "le foto e planimetrie degli annunci"),
    "71/2026": ("427,00", "2026-10-15", "2026-11-14", "il logo e l'insegna"),
    "72/2026": ("244,00", "2026-10-19", "2026-11-18", "la brochure del B&B"),
    "73/2026": ("244,00", "2026-10-20", "2026-11-19", "la traduzione dei documenti per la pensione (DE>IT)"),
    "74/2026": ("1.220,00", "2026-10-23", "2026-11-22", "i tre loghi per il cliente Ortofrutta Sole"),
    "76/2026": ("732,00", "2026-10-28", "2026-11-27", "le tavole integrative"),
    "78/2026": ("549,00", "2026-11-02", "2026-12-02", "il menù e il sito vetrina"),
    "79/2026": ("915,00", "2026-11-05", "2026-12-05", "la traduzione del contratto di fornitura (EN>IT)"),
    "81/2026": ("610,00", "2026-11-10", "2026-12-10", "la manutenzione del sito (6 mesi)"),
    "82/2026": ("1.830,00", "2026-11-13", "2026-12-13", "il set di icone e le schermate aggiuntive"),
    "83/2026": ("1.464,00", "2026-11-16", "2026-12-16", "l'adattamento del key visual"),
    "84/2026": ("732,00", "2026-11-18", "2026-12-18", "la grafica dell'open day (riemissione)"),
    "85/2026": ("2.074,00", "2026-11-19", "2026-12-19", "la cartellonistica di cantiere"),
    "86/2026": ("610,00", "2026-11-20", "2026-12-20", "i volantini della promozione di Natale"),
    "87/2026": ("854,00", "2026-11-20", "2026-12-20", "la traduzione del menù e della brochure"),
    "88/2026": ("183,00", "2026-11-20", "2026-12-20", "i volantini per le consegne a domicilio"),
    "89/2026": ("549,00", "2026-11-23", "2026-12-23", "il logo e il kit social"),
    "90/2026": ("305,00", "2026-11-25", "2026-12-25", "le nuove etichette"),
    "91/2026": ("1.464,00", "2026-11-26", "2026-12-26", "l'aggiornamento della brochure turistica"),
    "92/2026": ("671,00", "2026-11-27", "2026-12-27", "le grafiche del matrimonio Greco-Sala"),
    "93/2026": ("2.196,00", "2026-11-30", "2026-12-30", "la traduzione del manuale KX-400"),
    "94/2026": ("854,00", "2026-11-30", "2026-12-30", "i pass e la segnaletica dell'evento"),
    "95/2026": ("180,00", "2026-12-01", "2026-12-31", "i menù e i segnaposto"),
    "96/2026": ("854,00", "2026-12-02", "2027-01-01", "la revisione del materiale formativo"),
    "97/2026": (
        "1.464,00",
        "2026-12-03",
        "2027-01-02",
        "l'aggiornamento della brochure turistica (CIG Z1A3B4C5D6)",
    ),
    "98/2026": ("366,00", "2026-12-04", "2027-01-03", "l'impaginazione del calendario 2027"),
    "99/2026": ("671,00", "2026-12-04", "2027-01-03", "le tavole integrative"),
    "100/2026": ("1.220,00", "2026-12-07", "2027-01-06", "le modifiche alla landing page"),
    "101/2026": ("1.464,00", "2026-12-07", "2027-01-06", "la traduzione dei documenti doganali"),
    "102/2026": ("1.281,00", "2026-12-09", "2027-01-08", "la traduzione della perizia (DE>IT)"),
    "103/2026": ("122,00", "2026-12-10", "2027-01-09", "la traduzione della lettera dell'ente pensionistico"),
    "104/2026": ("183,00", "2026-12-10", "2027-01-09", "i volantini natalizi"),
    "105/2026": ("427,00", "2026-12-11", "2027-01-10", "le foto degli annunci di dicembre"),
    "106/2026": ("97,60", "2026-12-11", "2026-12-26", "la preparazione dei file per la ristampa"),
    "107/2026": ("244,00", "2026-12-11", "2027-01-10", "i segnalibri natalizi"),
    "108/2026": ("2.562,00", "2026-12-14", "2027-01-13", "la traduzione del catalogo EN/DE"),
    "109/2026": ("366,00", "2026-12-14", "2026-12-29", "il template della newsletter"),
    "110/2026": ("488,00", "2026-12-15", "2027-01-14", "le modifiche al catalogo (porte blindate)"),
    "111/2026": ("3.660,00", "2026-12-16", "2027-02-28", "la traduzione delle istruzioni di montaggio"),
    "112/2026": ("122,00", "2026-12-18", "2027-01-17", "la locandina del concerto di Natale"),
    "113/2026": ("2.806,00", "2026-12-18", "2027-01-17", "i visual della campagna invernale"),
    "114/2026": ("1.098,00", "2026-12-21", "2027-01-20", "la copertina de «Il mare d'inverno»"),
    "115/2026": ("1.220,00", "2026-12-22", "2027-01-21", "l'impaginazione del volume degli atti"),
    "117/2026": ("610,00", "2026-12-30", "2027-01-29", "le varianti colore dei loghi"),
    "75/2026": ("1.098,00", "2026-10-26", "2026-11-25", "le vetrofanie e i materiali per la vetrina"),
    "77/2026": ("244,00", "2026-10-30", "2026-11-29", "il volantino della campagna antinfluenzale"),
    "80/2026": ("2.074,00", "2026-11-04", "2026-12-04", "il packaging della linea monorigine"),
    "116/2026": ("915,00", "2026-12-23", "2027-01-22", "le brochure degli immobili di pregio"),
    "118/2026": ("1.586,00", "2026-12-31", "2027-01-30", "l'impaginazione del bilancio sociale 2026"),
    "1/2027": ("244,00", "2027-01-05", "2027-02-04", "il menù invernale"),
    "2/2027": ("976,00", "2027-01-08", "2027-02-07", "i banner social di gennaio"),
    "4/2027": ("1.220,00", "2027-01-12", "2027-02-11", "le tavole del progetto Moncalieri"),
    "5/2027": ("2.135,00", "2027-01-14", "2027-02-13", "l'integrazione dei pagamenti"),
    "6/2027": ("1.220,00", "2027-01-15", "2027-02-14", "le tavole del progetto Moncalieri (riemissione)"),
    "7/2027": ("305,00", "2027-01-15", "2027-02-14", "l'impaginazione del calendario 2027 (riemissione)"),
    "8/2027": ("1.830,00", "2027-01-18", "2027-02-17", "l'immagine coordinata per il cliente Vivai Neri"),
    "10/2027": ("244,00", "2027-01-20", "2027-02-19", "il programma della rassegna di primavera"),
    "11/2027": ("366,00", "2027-01-20", "2027-02-19", "la traduzione delle schede camere"),
    "13/2027": ("183,00", "2027-01-26", "2027-02-25", "l'aggiornamento della traduzione del sito"),
    "14/2027": ("732,00", "2027-01-26", "2027-02-10", "le etichette del rosato"),
    "15/2027": ("610,00", "2027-01-29", "2027-02-28", "la mappa turistica"),
    "16/2027": ("1.342,00", "2027-01-29", "2027-02-28", "la traduzione della scheda di sicurezza"),
    "17/2027": ("915,00", "2027-02-01", "2027-03-03", "i visual di San Valentino"),
    "18/2027": ("122,00", "2027-02-02", "2027-03-04", "il volantino del workshop"),
    "20/2027": ("488,00", "2027-02-08", "2027-03-10", "i manifesti delle iscrizioni"),
    "21/2027": ("610,00", "2027-02-08", "2027-03-10", "le icone della nuova release"),
    "22/2027": ("427,00", "2027-02-09", "2027-03-11", "i segnaposto del matrimonio Conti"),
    "23/2027": (
        "3.660,00",
        "2027-02-12",
        "2027-04-30",
        "la traduzione delle istruzioni di montaggio (riemissione, PO 4500128871)",
    ),
}


def ddmmyyyy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def original(kind, inv, p):
    """Return (subject, text) of the e-mail Alessandra had sent."""
    amt, idate, due, desc = INV[inv]
    greet, name = p["greet"], p["first"]
    idate_s, due_s = ddmmyyyy(idate), ddmmyyyy(due)
    if kind == "rem":
        return (
            f"Sollecito di pagamento – fattura {inv}",
            f"{greet},\n\n"
            f"le scrivo in merito alla fattura n. {inv} del {idate_s}, di importo pari a {amt} €, "
            f"con scadenza {due_s}.\n"
            "Dai miei controlli il pagamento non risulta ancora pervenuto: se nel frattempo ha già "
            "provveduto, la prego di non considerare questo messaggio.\n"
            "In caso contrario, le sarei grata se potesse disporre il bonifico sulle coordinate "
            f"indicate in fattura:\nIBAN {IBAN} (intestato ad Alessandra Rossi).\n\n"
            "Resto a disposizione per qualsiasi chiarimento.\n\n"
            f"Cordiali saluti,\n{ME_SIG}\n",
        )
    if kind == "rem_tu":
        return (
            f"Sollecito di pagamento – fattura {inv}",
            f"Ciao {name},\n\n"
            f"ti scrivo solo per ricordarti la fattura n. {inv} del {idate_s} ({amt} €), "
            f"scaduta il {due_s}.\n"
            "Se l'hai già pagata ignora pure questo messaggio, altrimenti ti ringrazio se riesci "
            f"a fare il bonifico nei prossimi giorni (IBAN {IBAN}).\n\n"
            "Grazie mille e a presto,\nAlessandra\n\n--\n"
            "Alessandra Rossi\nGrafica · Traduzioni · Sviluppo web\ntel. 347 123 4567\n",
        )
    if kind == "rem2":
        return (
            f"Secondo sollecito – fattura {inv}",
            f"{greet},\n\n"
            f"faccio seguito al mio precedente messaggio relativo alla fattura n. {inv} del "
            f"{idate_s} ({amt} €), scaduta il {due_s} e ad oggi non ancora saldata.\n"
            "Le chiedo cortesemente di provvedere al pagamento entro i prossimi 7 giorni oppure, "
            "se ci sono problemi o contestazioni, di farmelo sapere, così da poterne parlare.\n\n"
            f"Cordiali saluti,\n{ME_SIG}\n",
        )
    if kind == "rem2_tu":
        return (
            f"Secondo sollecito – fattura {inv}",
            f"Ciao {name},\n\n"
            f"ti riscrivo per la fattura n. {inv} ({amt} €), scaduta il {due_s}: da me "
            "risulta ancora aperta.\n"
            "Mi fai sapere quando pensi di riuscire a saldarla? Se c'è qualche problema dimmelo "
            "pure, ne parliamo.\n\nGrazie,\nAlessandra\n",
        )
    if kind == "inv":
        return (
            f"Fattura {inv}",
            f"{greet},\n\n"
            f"in allegato trova la fattura n. {inv} del {idate_s} relativa a {desc}, per un "
            f"importo totale di {amt} €.\n"
            f"Il pagamento è previsto tramite bonifico bancario entro il {due_s} sulle seguenti "
            f"coordinate:\nIBAN {IBAN} – intestato ad Alessandra Rossi.\n\n"
            "La fattura elettronica è stata trasmessa anche tramite SdI; il PDF allegato è una "
            "copia di cortesia.\n\n"
            f"Grazie e buona giornata,\n{ME_SIG}\n",
        )
    if kind == "inv_tu":
        return (
            f"Fattura {inv}",
            f"Ciao {name},\n\n"
            f"ti mando in allegato la fattura n. {inv} per {desc} ({amt} €), con pagamento "
            f"entro il {due_s}.\nLe coordinate sono le solite: IBAN {IBAN}.\n\n"
            "Grazie ancora e a presto!\nAlessandra\n",
        )
    raise ValueError(kind)


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def prev_workday(d, days=1):
    x = d - dt.timedelta(days=days)
    while x.weekday() >= 5:
        x -= dt.timedelta(days=1)
    return x


REPL = {
    "€": "EUR",
    "–": "-",
    "—": "-",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "·": "-",
    "«": '"',
    "»": '"',
}


def fit(text, cs):
    """Make text encodable in cs the way a real client would degrade it."""
    if cs.lower() == "utf-8":
        return text
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch not in REPL:
                raise ValueError(f"{ch!r} not encodable in {cs}")
            out.append(REPL[ch])
    return "".join(out)


def text_part(text, subtype, cs, cte):
    c = Charset(cs)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    part = MIMEText(fit(text, cs), subtype, c)
    return part


def h(s):
    return html.escape(s, quote=False)


def png_bytes(w=60, hgt=110, seed="x"):
    """A real (tiny, grey-ish) PNG, standing in for a phone screenshot."""
    shade = int(hx(seed, 2), 16)
    raw = b"".join(b"\x00" + bytes([shade, 230, 240]) * w for _ in range(hgt))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def pdf_bytes(lines):
    """A minimal valid one-page PDF (a bank receipt / a form)."""
    text = (
        "BT /F1 11 Tf 50 780 Td 14 TL "
        + " ".join(
            "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for l in lines
        )
        + " ET"
    )
    text = text.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(text)).encode() + b" >>\nstream\n" + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


# ---------------------------------------------------------------------------
# mail-client mechanics: attribution lines, quoting, HTML, headers
# ---------------------------------------------------------------------------


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def attr_gmail(d):
    return (
        f"Il giorno {WD_ABBR[d.weekday()]} {d.day} {MON_ABBR[d.month - 1]} {d.year} alle ore "
        f"{d:%H:%M} {ME_NAME} <{ME_ADDR}> ha scritto:"
    )


def attr_apple(d):
    return f"Il giorno {d.day} {MON_ABBR[d.month - 1]} {d.year}, alle ore {d:%H:%M}, {ME_NAME} <{ME_ADDR}> ha scritto:"


def attr_tb(d):
    return f"Il {d:%d/%m/%Y} {d:%H:%M}, {ME_NAME} ha scritto:"


def it_long(d):
    return f"{WD_FULL[d.weekday()]} {d.day} {MON_FULL[d.month - 1]} {d.year} {d:%H:%M}"


def header_block(client, o, p):
    """Outlook-like 'Da/Inviato/A/Oggetto' block for the quoted original."""
    d = o["date"]
    to = f"{p['name']} <{p['addr']}>"
    if client == "outlook_new":
        return (
            "________________________________\n"
            f"Da: {ME_NAME} <{ME_ADDR}>\nInviato: {it_long(d)}\nA: {to}\nOggetto: {o['subject']}\n"
        )
    if client == "outlook_classic":
        return (
            f"Da: {ME_NAME} [mailto:{ME_ADDR}] \nInviato: {it_long(d)}\nA: '{p['name']}' <{p['addr']}>\n"
            f"Oggetto: {o['subject']}\n"
        )
    if client == "outlook_old":
        return (
            "-----Messaggio originale-----\n"
            f"Da: {ME_NAME} [mailto:{ME_ADDR}] \nInviato: {it_long(d)}\nA: {p['addr']}\n"
            f"Oggetto: {o['subject']}\n"
        )
    if client == "android":
        return (
            "-------- Messaggio originale --------\n"
            f"Da: {ME_NAME} <{ME_ADDR}> \nData: {d:%d/%m/%y}  {d:%H:%M}  (GMT+01:00) \n"
            f"A: {p['addr']} \nOggetto: {o['subject']} \n"
        )
    if client == "libero":
        return (
            "----Messaggio originale----\n"
            f"Da: {ME_ADDR}\nData: {d.day}-{MON_ABBR[d.month - 1]}-{d.year} {d:%H.%M}\n"
            f"A: <{p['addr']}>\nOgg: {o['subject']}\n"
        )
    if client == "zimbra":
        return (
            "----- Messaggio originale -----\n"
            f'Da: "{ME_NAME}" <{ME_ADDR}>\nA: "{p["name"]}" <{p["addr"]}>\n'
            f"Inviato: {WD_FULL[d.weekday()].capitalize()}, {d.day} {MON_FULL[d.month - 1]} {d.year} "
            f"{d:%H:%M:%S}\nOggetto: {o['subject']}\n"
        )
    raise ValueError(client)


GT_CLIENTS = {"gmail", "gmail_plain", "iphone", "apple", "thunderbird"}
BLOCK_CLIENTS = {"outlook_new", "outlook_classic", "outlook_old", "android", "libero", "zimbra"}


def plain_quote(client, o, p):
    if client in ("gmail", "gmail_plain"):
        return attr_gmail(o["date"]) + "\n\n" + quote_gt(o["text"])
    if client in ("iphone", "apple"):
        return quote_gt(attr_apple(o["date"]) + "\n\n" + o["text"])
    if client == "thunderbird":
        return attr_tb(o["date"]) + "\n" + quote_gt(o["text"])
    return header_block(client, o, p) + "\n" + o["text"]


def compose_plain(client, m, p, reply, o):
    if m.get("raw"):
        return m["raw"].rstrip("\n") + "\n"
    parts = [reply.rstrip("\n")]
    if client == "iphone":
        parts.append(p.get("mobile_sig", "Inviato da iPhone"))
    if client == "android":
        parts.append("\n\n" + p.get("mobile_sig", "Inviato dal mio Galaxy"))
    if p.get("disclaimer") and p.get("disc_pos", "sig") == "sig":
        parts.append(p["disclaimer"])
    if o is not None:
        q = plain_quote(client, o, p)
        if m.get("pos") == "bottom":
            parts.insert(0, q)
        else:
            parts.append(("\n" if client in BLOCK_CLIENTS else "") + q)
    if p.get("disclaimer") and p.get("disc_pos") == "end":
        parts.append("\n" + p["disclaimer"])
    return "\n\n".join(parts) + "\n"


def lines_div(text):
    return "".join(
        f"<div>{h(l)}</div>" if l.strip() else "<div><br></div>" for l in text.rstrip("\n").split("\n")
    )


def lines_mso(text):
    return "\n".join(
        f'<p class="MsoNormal">{h(l)}<o:p></o:p></p>'
        if l.strip()
        else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        for l in text.rstrip("\n").split("\n")
    )


def lines_br(text):
    return "<br>\n".join(h(l) for l in text.rstrip("\n").split("\n"))


def compose_html(client, m, p, body, sig, o, cs):
    """HTML rendering of the reply, as the given client would produce it."""
    sig_html = p.get("sig_html")
    disc = p.get("disclaimer")
    disc_html = f'<p style="font-size:8pt;color:#808080">{lines_br(disc)}</p>' if disc else ""
    if client in ("outlook_new", "outlook_classic", "outlook_html"):
        s = sig_html or (lines_mso(sig) if sig else "")
        quote = ""
        if o is not None:
            d = o["date"]
            quote = (
                '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal"><b>Da:</b> {h(ME_NAME)} &lt;{ME_ADDR}&gt; <br>'
                f"<b>Inviato:</b> {h(it_long(d))}<br><b>A:</b> {h(p['name'])} &lt;{p['addr']}&gt;<br>"
                f"<b>Oggetto:</b> {h(o['subject'])}<o:p></o:p></p></div></div>\n"
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + lines_mso(o["text"])
            )
        dsig = disc_html if p.get("disc_pos", "sig") == "sig" else ""
        dend = disc_html if p.get("disc_pos") == "end" else ""
        return (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset={cs}">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            "<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
            'font-family:"Calibri",sans-serif;} span.StileMessaggioDiPostaElettronica17 '
            '{font-family:"Calibri",sans-serif;color:windowtext;} --></style></head>\n'
            '<body lang="IT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            '<div class="WordSection1">\n' + lines_mso(body) + "\n"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + s
            + "\n"
            + dsig
            + "\n"
            + quote
            + "\n</div>"
            + dend
            + "</body></html>\n"
        )
    if client == "outlook_ios":
        quote = ""
        if o is not None:
            d = o["date"]
            quote = (
                '<hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                f'color="#000000"><b>Da:</b> {h(ME_NAME)} &lt;{ME_ADDR}&gt;<br><b>Inviato:</b> '
                f"{WD_FULL[d.weekday()]}, {MON_FULL[d.month - 1]} {d.day}, {d.year} "
                f"{d.strftime('%I:%M:%S %p').lstrip('0')}<br><b>A:</b> {p['addr']} &lt;{p['addr']}&gt;<br>"
                f"<b>Oggetto:</b> {h(o['subject'])}</font><div>&nbsp;</div></div>"
                f'<div dir="ltr">{lines_br(o["text"])}</div>'
            )
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div dir="ltr">{lines_div(body)}</div><div dir="ltr"><br></div>'
            '<div id="ms-outlook-mobile-signature"><div dir="ltr">Ottieni '
            '<a href="https://aka.ms/o0ukef">Outlook per iOS</a></div></div>' + quote + "</body></html>\n"
        )
    if client == "gmail":
        s = ""
        if sig_html:
            s = (
                f'<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                f'<div dir="ltr" class="gmail_signature">{sig_html}</div>'
            )
        elif sig:
            s = (
                f'<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                f'<div dir="ltr" class="gmail_signature"><div dir="ltr">{lines_div(sig)}</div></div>'
            )
        quote = ""
        if o is not None:
            quote = (
                '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                + h(attr_gmail(o["date"])).replace(ME_ADDR, f'<a href="mailto:{ME_ADDR}">{ME_ADDR}</a>')
                + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f'<div dir="ltr">{lines_div(o["text"])}</div></blockquote></div>'
            )
        return f'<div dir="ltr">{lines_div(body)}{s}</div>{quote}\n'
    if client == "apple":
        s = lines_div(sig) if sig else ""
        quote = ""
        if o is not None:
            quote = (
                '<div><br><blockquote type="cite"><div>'
                + h(attr_apple(o["date"]))
                + '</div><br class="Apple-interchange-newline"><div><div>'
                + lines_div(o["text"])
                + "</div></div></blockquote></div><br>"
            )
        return (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + lines_div(body)
            + "<div><br></div>"
            + s
            + '<br id="lineBreakAtBeginningOfMessage">'
            + quote
            + "</body></html>\n"
        )
    if client == "zimbra":
        quote = ""
        if o is not None:
            d = o["date"]
            quote = (
                '<br><hr id="zwchr"><div style="color:#000;font-weight:normal;font-style:normal;'
                'text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">'
                f'<b>Da: </b>"{h(ME_NAME)}" &lt;{ME_ADDR}&gt;<br><b>A: </b>"{h(p["name"])}" '
                f"&lt;{p['addr']}&gt;<br><b>Inviato: </b>{WD_FULL[d.weekday()].capitalize()}, "
                f"{d.day} {MON_FULL[d.month - 1]} {d.year} {d:%H:%M:%S}<br><b>Oggetto: </b>"
                f"{h(o['subject'])}<br><div><br></div>{lines_br(o['text'])}</div>"
            )
        s = lines_div(sig) if sig else ""
        return (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
            f'color: #000000">{lines_div(body)}<div><br></div>{s}{quote}</div></body></html>\n'
        )
    raise ValueError(client)


HTML_ALT = {"gmail", "outlook_new", "outlook_classic", "apple", "zimbra"}
HTML_ONLY = {"outlook_html", "outlook_ios"}

MAILER = {
    "gmail": None,
    "gmail_plain": None,
    "outlook_new": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_classic": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_old": ("X-Mailer", "Microsoft Office Outlook 12.0"),
    "outlook_html": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_ios": None,
    "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
    "apple": ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    "android": None,
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "libero": ("X-Mailer", "Libero Mail"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF120 (Win)/9.0.0_GA_4583)"),
}

PREFIX = {
    "gmail": "Re: ",
    "gmail_plain": "Re: ",
    "outlook_new": "R: ",
    "outlook_classic": "R: ",
    "outlook_old": "R: ",
    "outlook_html": "R: ",
    "outlook_ios": "Re: ",
    "iphone": "Re: ",
    "apple": "Re: ",
    "android": "R: ",
    "thunderbird": "Re: ",
    "libero": "Re: ",
    "zimbra": "R: ",
}


def message_id(client, p, seed):
    dom = p["addr"].split("@")[1]
    k = hx(seed, 40)
    if client in ("gmail", "gmail_plain"):
        return f"<CA+{k[:6].upper()}{k[6:30]}@mail.gmail.com>"
    if client.startswith("outlook"):
        if p.get("m365"):
            return f"<AM9PR07MB{k[:4].upper()}{k[4:20].upper()}@AM9PR07MB{k[20:24].upper()}.eurprd07.prod.outlook.com>"
        return f"<{k[:8]}{k[8:12]}$${k[12:20]}$@{dom}>"
    if client in ("iphone", "apple"):
        u = k[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    if client == "android":
        return f"<{k[:24]}@email.android.com>"
    if client == "thunderbird":
        return f"<{k[:8]}-{k[8:12]}-{k[12:16]}-{k[16:20]}-{k[20:32]}@{dom}>"
    if client == "libero":
        return f"<{int(k[:8], 16)}.{int(k[8:12], 16)}.{int(k[12:22], 16)}.JavaMail.defaultUser@defaultHost>"
    return f"<{k[:24]}@{dom}>"


def hdr(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    try:
        s.encode(cs)
        return Header(s, cs)
    except (UnicodeEncodeError, LookupError):
        return Header(s, "utf-8")


def attachment(spec, seed):
    kind, fname = spec[0], spec[1]
    if kind == "png":
        part = MIMEImage(png_bytes(seed=seed + fname), "png")
    elif kind == "pdf":
        part = MIMEApplication(pdf_bytes(spec[2]), "pdf")
    else:
        raise ValueError(kind)
    part.add_header("Content-Disposition", "attachment", filename=fname)
    part.set_param("name", fname)
    return part


def build(m):
    p = P[m["p"]]
    client = m.get("client", p["client"])
    cs = m.get("cs", p.get("cs", "utf-8"))
    cte = m.get("cte", p.get("cte", "qp"))
    d = parse_date(m["d"])
    seed = m["p"] + m["d"]

    o = None
    q = m.get("q")
    if q:
        tu = m.get("tu", p.get("tu", False))
        okind = {
            "rem": "rem_tu" if tu else "rem",
            "rem2": "rem2_tu" if tu else "rem2",
            "inv": "inv_tu" if tu else "inv",
        }[q]
        subj, text = original(okind, m["inv"], p)
        minute = int(hx(seed + "o", 2), 16) % 50 + 3
        if "odate" in m:
            od = parse_date(m["odate"])
        elif q == "inv":
            od = parse_date(f"{INV[m['inv']][1]} 10:{minute:02d}")
        else:
            od = prev_workday(d).replace(hour=9, minute=minute)
        assert od < d, (m["p"], m["d"], od)
        num = int(hx(m["inv"] + okind + str(od), 6), 16) % 9000 + 1000
        omid = f"<{'invoice' if q == 'inv' else 'reminder'}-{num}@example.it>"
        refs = omid
        if q == "rem2":
            first = int(hx(m["inv"] + "first", 6), 16) % 9000 + 1000
            refs = f"<reminder-{first}@example.it> {omid}"
        o = dict(subject=subj, text=text, date=od, msgid=omid, refs=refs)

    subject = m.get("subj") or (m.get("prefix", p.get("prefix", PREFIX[client])) + o["subject"])

    body = m.get("body", "").strip("\n")
    sig = None if m.get("nosig") else m.get("sig", p.get("sig"))
    reply = body
    if sig:
        reply += "\n\n" + ("-- \n" if client in ("thunderbird", "gmail", "gmail_plain") else "") + sig
    qo = None if m.get("noquote") else o
    plain = None if client in HTML_ONLY else compose_plain(client, m, p, reply, qo)

    if client in HTML_ONLY or client in HTML_ALT:
        html_text = m.get("html") or compose_html(client, m, p, body, sig, qo, cs)
    if client in HTML_ONLY:
        main = text_part(html_text, "html", cs, cte)
    elif client in HTML_ALT:
        main = MIMEMultipart("alternative", boundary="=_alt_" + hx(seed + "alt", 24))
        main.attach(text_part(plain, "plain", cs, cte))
        main.attach(text_part(html_text, "html", cs, cte))
    else:
        main = text_part(plain, "plain", cs, cte)
        if client == "thunderbird":
            main.set_param("format", "flowed")

    msg = main
    if m.get("att"):
        msg = MIMEMultipart("mixed", boundary="=_mix_" + hx(seed + "mix", 24))
        msg.attach(main)
        for a in m["att"]:
            msg.attach(attachment(a, seed))

    mime_headers = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    msg["From"] = formataddr((p["name"], p["addr"]), charset="utf-8")
    msg["To"] = m.get("to", formataddr((ME_NAME, ME_ADDR)))
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = hdr(subject, cs)
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = message_id(client, p, seed)
    if o is not None and not m.get("fwd"):
        msg["In-Reply-To"] = o["msgid"]
        msg["References"] = o["refs"]
    elif o is not None:
        msg["References"] = o["msgid"]
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m["irt"]
    if client.startswith("outlook") and o is not None:
        msg["Thread-Topic"] = hdr(o["subject"], cs)
        msg["Thread-Index"] = "AQH" + hx(seed + "ti", 30).upper()[:25] + "=="
    mailer = MAILER.get(client)
    if mailer:
        msg[mailer[0]] = mailer[1]
    if client.startswith("outlook"):
        msg["Content-Language"] = "it-IT"
    for k, v in m.get("headers", []):
        msg[k] = v
    for k, v in mime_headers:
        msg[k] = v
    return msg.as_bytes()


def toml_str(s):
    import json

    return json.dumps(s, ensure_ascii=False)


# ---------------------------------------------------------------------------
# Writers.  split: the persona decides the split, so that no writer of the
# "firstread" part ever appears in the "dev" part.
# ---------------------------------------------------------------------------

DISC_FERRARIS = (
    "Le informazioni contenute in questa comunicazione e negli eventuali allegati sono riservate e "
    "destinate esclusivamente alla persona o all'ente sopra indicati. Qualora abbiate ricevuto questo "
    "messaggio per errore, vi preghiamo di darne immediata comunicazione al mittente e di cancellarlo "
    "dal vostro sistema. Ogni utilizzo, diffusione, distribuzione o copia non autorizzati sono vietati "
    "ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003 e s.m.i."
)

DISC_ESPOSITO = (
    "AVVERTENZA: Il presente messaggio di posta elettronica e i relativi allegati contengono informazioni "
    "riservate e/o coperte da segreto professionale ai sensi dell'art. 622 c.p. e dell'art. 200 c.p.p., "
    "destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, siete pregati "
    "di informarne immediatamente il mittente e di distruggerne ogni copia. È vietata qualsiasi forma di "
    "utilizzo, riproduzione o diffusione non autorizzata.\n"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally "
    "privileged. If you are not the intended recipient, please notify the sender and delete it."
)

DISC_COLOMBO = (
    "Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. "
    "La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni "
    "sono rigorosamente vietate.\n"
    "P Prima di stampare questa e-mail pensa all'ambiente."
)

DISC_BELLAVISTA = (
    "Le informazioni contenute nella presente comunicazione e i relativi allegati possono essere "
    "riservate e sono, comunque, destinate esclusivamente alle persone o alla Società sopraindicati. "
    "La diffusione, distribuzione e/o copiatura del documento trasmesso da parte di qualsiasi soggetto "
    "diverso dal destinatario è proibita, sia ai sensi dell'art. 616 c.p., sia ai sensi del Reg. UE "
    "2016/679. Se avete ricevuto questo messaggio per errore, vi preghiamo di distruggerlo e di "
    "informarci immediatamente inviando un messaggio all'indirizzo privacy@hotelbellavista.it.\n\n"
    "This e-mail and any attachments are confidential and may contain privileged information intended "
    "for the addressee(s) only. Dissemination, copying, printing or use by anybody else is unauthorised. "
    "If you are not the intended recipient, please delete this message and any attachments and advise "
    "the sender by return e-mail. Thank you."
)

DISC_VILLA = (
    "Studio Legale Villa – Via Manzoni 21, 20121 Milano – Tel. 02 76001122 – PEC: cristina.villa@milano.pecavvocati.it\n"
    "Il contenuto di questa e-mail e dei suoi allegati è riservato e soggetto a segreto professionale. "
    "Qualora non siate i destinatari, vi preghiamo di avvisarci e di eliminare il messaggio; ogni uso "
    "non autorizzato è vietato ai sensi di legge."
)

DISC_DANGELO = (
    "Ai sensi del Regolamento UE 2016/679 si precisa che le informazioni contenute nel messaggio e negli "
    "eventuali allegati sono riservate e ad uso esclusivo del destinatario. Qualora il messaggio Vi fosse "
    "pervenuto per errore, Vi invitiamo ad eliminarlo senza copiarlo e a non inoltrarlo a terzi, "
    "dandocene gentilmente comunicazione. Grazie."
)

DISC_UNI = (
    "Ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679, il presente messaggio è destinato "
    "unicamente alla persona o all'ente al quale è indirizzato e può contenere informazioni riservate. "
    "Se ricevuto per errore, si prega di darne notizia al mittente e di cancellarlo."
)

DISC_TECNOPLAST = (
    "Tecnoplast S.p.A. – Società soggetta a direzione e coordinamento di Tecnoplast Holding GmbH – "
    "Capitale sociale € 2.500.000 i.v. – Registro Imprese di Vicenza n. 01987650243\n"
    "This message (including any attachments) is confidential and intended solely for the addressee. "
    "If you have received it in error please notify the sender and delete it. Il presente messaggio è "
    "riservato: se lo avete ricevuto per errore siete pregati di cancellarlo e di informare il mittente."
)

SIG_ESPOSITO_HTML = (
    '<table cellpadding="0" cellspacing="0" border="0" style="font-family:Georgia,serif;font-size:10pt;color:#1F3864">'
    '<tr><td style="padding-right:12px;border-right:2px solid #1F3864"><b>STUDIO LEGALE<br>ESPOSITO &amp; ASSOCIATI</b></td>'
    '<td style="padding-left:12px">Avv. Roberto Esposito<br>Via Toledo 256 – 80134 Napoli<br>'
    "Tel. +39 081 5512233 – Fax +39 081 5512234<br>"
    '<a href="mailto:r.esposito@studiolegaleesposito.it">r.esposito@studiolegaleesposito.it</a></td></tr></table>'
)

SIG_BASSI_HTML = (
    '<table style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:9pt;color:#333333">'
    '<tr><td colspan="2" style="font-size:11pt;color:#00529B"><b>Ing. Tommaso Bassi</b></td></tr>'
    '<tr><td colspan="2">Amministratore Unico</td></tr>'
    '<tr><td style="padding-top:6px"><b>BASSI ENGINEERING S.r.l.</b></td><td></td></tr>'
    "<tr><td>Via dell'Artigianato 14 – 41012 Carpi (MO)</td><td></td></tr>"
    "<tr><td>T +39 059 698877 – F +39 059 698878</td><td></td></tr>"
    "<tr><td>C.F./P.IVA 02811230366 – REA MO-334455</td><td></td></tr>"
    '<tr><td><a href="https://www.bassiengineering.it">www.bassiengineering.it</a></td><td></td></tr></table>'
)

SIG_UNI_HTML = (
    '<table style="font-family:Verdana,sans-serif;font-size:8.5pt;color:#7A1E2C"><tr><td>'
    "<b>Dott.ssa Laura Marchetti</b><br>Unità Contabilità e Acquisti<br>"
    "Dipartimento di Lettere e Filosofia<br>Università degli Studi di Pontevecchio<br>"
    "Piazza dei Cavalieri 7 – 56100 Pontevecchio<br>Tel. 0586 221140<br>"
    "PEC: dipartimento.lettere@pec.unipontevecchio.it</td></tr></table>"
)

P = {
    # ----------------------------- dev ---------------------------------
    "bellini": dict(
        split="dev",
        name="Marco Bellini",
        addr="marco.bellini@bellini-arredamenti.it",
        client="gmail",
        greet="Gentile Sig. Bellini",
        first="Marco",
        sig="Marco Bellini\nBellini Arredamenti srl\nVia Roma 112 – 36100 Vicenza\n"
        "Tel. 0444 123456 – P.IVA 03456780241",
    ),
    "ferraris": dict(
        split="dev",
        name="Amministrazione Studio Ferraris",
        addr="amministrazione@studioferraris.it",
        client="outlook_classic",
        cs="windows-1252",
        greet="Gentile Sig.ra Gatti",
        first="Lucia",
        sig="Lucia Gatti\nUfficio Amministrazione\nStudio Tecnico Associato Ferraris\n"
        "Corso Francia 45 – 10138 Torino\nTel. 011 4455667 – Fax 011 4455668\nwww.studioferraris.it",
        disclaimer=DISC_FERRARIS,
        disc_pos="end",
    ),
    "giulia": dict(
        split="dev",
        name="Giulia Conti",
        addr="giuliaconti88@gmail.com",
        client="iphone",
        greet="Gentile Giulia",
        first="Giulia",
        tu=True,
    ),
    "esposito": dict(
        split="dev",
        name="Avv. Roberto Esposito",
        addr="r.esposito@studiolegaleesposito.it",
        client="outlook_html",
        m365=True,
        greet="Gentile Avv. Esposito",
        first="Roberto",
        sig="Avv. Roberto Esposito\nStudio Legale Esposito & Associati\nVia Toledo 256 – 80134 Napoli",
        sig_html=SIG_ESPOSITO_HTML,
        disclaimer=DISC_ESPOSITO,
    ),
    "esposito_segr": dict(
        split="dev",
        name="Segreteria Studio Legale Esposito",
        addr="segreteria@studiolegaleesposito.it",
        client="outlook_new",
        m365=True,
        greet="Gentile Avv. Esposito",
        first="Roberto",
        sig="Segreteria\nStudio Legale Esposito & Associati\nTel. +39 081 5512233",
        disclaimer=DISC_ESPOSITO,
        disc_pos="end",
    ),
    "galli": dict(
        split="dev",
        name="franco galli",
        addr="franco.galli1949@libero.it",
        client="libero",
        cs="iso-8859-1",
        greet="Gentile Sig. Galli",
        first="Franco",
    ),
    "chiara": dict(
        split="dev",
        name="Chiara Moretti",
        addr="chiara.moretti@pixelandco.it",
        client="gmail",
        greet="Gentile Chiara",
        first="Chiara",
        tu=True,
        sig="Chiara Moretti\nAccount Manager | Pixel & Co. Comunicazione\n"
        "Via Tortona 27, 20144 Milano\nM +39 333 9876543\npixelandco.it",
    ),
    "pixel_admin": dict(
        split="dev",
        name="Amministrazione Pixel & Co.",
        addr="amministrazione@pixelandco.it",
        client="outlook_new",
        m365=True,
        greet="Gentile Chiara",
        first="Chiara",
        tu=True,
    ),
    "valdalpe": dict(
        split="dev",
        name="Ragioneria Comune di Valdalpe",
        addr="ragioneria@comune.valdalpe.bg.it",
        client="outlook_old",
        cs="iso-8859-1",
        greet="Spett.le Ufficio Ragioneria",
        first="Sergio",
        sig="Dott. Sergio Rizzo\nIstruttore Amministrativo – Servizio Finanziario\n"
        "Comune di Valdalpe (BG)\nPiazza Municipio 1 – 24020 Valdalpe\n"
        "tel. 035 700123 int. 4\nPEC: protocollo@pec.comune.valdalpe.bg.it",
    ),
    "luca": dict(
        split="dev",
        name="Luca Ferri",
        addr="luca@nuvolalabs.io",
        client="gmail_plain",
        greet="Gentile Luca",
        first="Luca",
        tu=True,
        cte="8bit",
    ),
    "colombo": dict(
        split="dev",
        name="Colombo Anna",
        addr="a.colombo@colombomeccanica.it",
        client="outlook_old",
        cs="windows-1252",
        greet="Gentile dott.ssa Colombo",
        first="Anna",
        sig="Anna Colombo\nHR Manager\nColombo Meccanica S.p.A.\n"
        "Via dell'Industria 8 – 25030 Coccaglio (BS)\nTel. +39 030 7722110",
        disclaimer=DISC_COLOMBO,
    ),
    "colombo_amm": dict(
        split="dev",
        name="Sala Mirko",
        addr="m.sala@colombomeccanica.it",
        client="outlook_html",
        cs="windows-1252",
        greet="Gentile dott.ssa Colombo",
        first="Anna",
        sig="Mirko Sala\nContabilità Fornitori\nColombo Meccanica S.p.A.\nTel. +39 030 7722135",
        disclaimer=DISC_COLOMBO,
    ),
    "sara": dict(
        split="dev",
        name="Forno Ricci",
        addr="fornoricci@gmail.com",
        client="android",
        greet="Gentile Sara",
        first="Sara",
        tu=True,
    ),
    "marino": dict(
        split="dev",
        name="Davide Marino",
        addr="davide.marino@marinoimpianti.it",
        client="outlook_new",
        cs="windows-1252",
        prefix="RE: ",
        greet="Gentile Ing. Marino",
        first="Davide",
        sig="Ing. Davide Marino\nMarino Impianti srl\nStrada Baganzola 40 – 43122 Parma\nTel. 0521 998877",
    ),
    "greco": dict(
        split="dev",
        name="Dott.ssa Elena Greco",
        addr="elena.greco@studiogreco.it",
        client="outlook_classic",
        greet="Gentile Sig.ra Neri",
        first="Lisa",
        sig="Dott.ssa Elena Greco\nDottore Commercialista – Revisore Legale\nStudio Greco Commercialisti\n"
        "Via Garibaldi 9 – 37121 Verona\nTel. 045 8001234",
    ),
    "paolo": dict(
        split="dev",
        name="Trattoria da Paolo",
        addr="trattoriadapaolo@libero.it",
        client="libero",
        greet="Gentile Sig. De Luca",
        first="Paolo",
        tu=True,
    ),
    "faro": dict(
        split="dev",
        name="Associazione Il Faro - Segreteria",
        addr="segreteria@associazioneilfaro.org",
        client="thunderbird",
        greet="Cara Federica",
        first="Federica",
        tu=True,
        cte="8bit",
        sig='Federica Lombardi\nSegreteria – Associazione di Promozione Sociale "Il Faro"\n'
        "Via del Porto 3 – 57123 Livorno\nwww.associazioneilfaro.org",
    ),
    "faro_tes": dict(
        split="dev",
        name="Gianni Ferro",
        addr="tesoriere@associazioneilfaro.org",
        client="gmail",
        greet="Gentile Sig. Ferro",
        first="Gianni",
    ),
    "matteo": dict(
        split="dev",
        name="Matteo Barbieri",
        addr="matteo@modabarbieri.com",
        client="gmail",
        greet="Gentile Matteo",
        first="Matteo",
        tu=True,
        sig="Matteo Barbieri\nFounder & CEO – ModaBarbieri\nmodabarbieri.com | @modabarbieri",
    ),
    "valentina": dict(
        split="dev",
        name="Valentina Rinaldi",
        addr="v.rinaldi@edizionirinaldi.it",
        client="apple",
        greet="Gentile Valentina",
        first="Valentina",
        sig="Valentina Rinaldi\nRedazione – Edizioni Rinaldi\nVia San Vitale 14, 40125 Bologna\n"
        "www.edizionirinaldi.it",
    ),
    "fontana": dict(
        split="dev",
        name="Fontana Serramenti snc",
        addr="info@fontanaserramenti.it",
        client="outlook_old",
        cs="iso-8859-1",
        greet="Gentile Sig. Fontana",
        first="Giuseppe",
        sig="FONTANA SERRAMENTI snc di Fontana Giuseppe & C.\nVia Provinciale 88 – 31044 Montebelluna (TV)\n"
        "tel. 0423 601234 – fax 0423 601235",
    ),
    "tecnoplast": dict(
        split="dev",
        name="Caruso Roberta",
        addr="r.caruso@tecnoplast.it",
        client="outlook_new",
        m365=True,
        greet="Gentile dott.ssa Caruso",
        first="Roberta",
        sig="Roberta Caruso\nPurchasing Department\nTecnoplast S.p.A.\n"
        "Via dell'Elettronica 12 – 36015 Schio (VI)\nPhone +39 0445 678900",
        disclaimer=DISC_TECNOPLAST,
        disc_pos="end",
    ),
    "simone": dict(
        split="dev",
        name="Simone Mancini",
        addr="simone@mancinidesign.it",
        client="gmail",
        greet="Gentile Simone",
        first="Simone",
        tu=True,
        sig="Simone Mancini | Mancini Design\nbranding & web – Pescara\n+39 349 1122334",
    ),
    "ornella": dict(
        split="dev",
        name="Ornella Bianchi",
        addr="ornella@tipografiabianchi.it",
        client="outlook_classic",
        cs="windows-1252",
        greet="Gentile Sig.ra Bianchi",
        first="Ornella",
        sig="Tipografia Bianchi & Figli snc\nVia Cavour 17 – 26100 Cremona\ntel. 0372 412345",
    ),
    "serafini": dict(
        split="dev",
        name="Riccardo Serafini",
        addr="r.serafini@serafiniarchitetti.it",
        client="iphone",
        greet="Gentile Arch. Serafini",
        first="Riccardo",
        mobile_sig="Inviato da iPhone",
    ),
    "debora": dict(
        split="dev",
        name="Debora Fumagalli",
        addr="debora.fumagalli@casasi-immobiliare.it",
        client="android",
        greet="Gentile Debora",
        first="Debora",
        tu=True,
    ),
    "scuola": dict(
        split="dev",
        name="DSGA I.C. Leonardo da Vinci",
        addr="dsga@iccasalfiume.edu.it",
        client="outlook_html",
        cs="windows-1252",
        greet='Spett.le Istituto Comprensivo "Leonardo da Vinci"',
        first="Antonella",
        sig="Il Direttore dei Servizi Generali e Amministrativi\nDott.ssa Antonella Ruggiero\n"
        'Istituto Comprensivo "Leonardo da Vinci" – Casalfiume\nC.F. 90012340123 – Codice Univoco UFB7Z3',
    ),
    "rosa": dict(
        split="dev",
        name="Rosa Lanza",
        addr="bb.ilglicine@gmail.com",
        client="gmail_plain",
        greet="Gentile Sig.ra Lanza",
        first="Rosa",
        sig="B&B Il Glicine – di Rosa Lanza\nVia delle Vigne 4, Montalcino (SI)\ncell. 338 7654321",
    ),
    "bortolotti": dict(
        split="dev",
        name="Laura Bortolotti",
        addr="laura@caffebortolotti.it",
        client="zimbra",
        greet="Gentile Sig.ra Bortolotti",
        first="Laura",
        sig="Caffè Bortolotti – Torrefazione dal 1958\nVia Saragozza 91, 40135 Bologna\ntel. 051 6441122",
    ),
    "arcobaleno": dict(
        split="dev",
        name="Ufficio Amministrativo Coop. Arcobaleno",
        addr="amministrazione@cooparcobaleno.it",
        client="outlook_new",
        cs="windows-1252",
        greet="Spett.le Cooperativa Sociale Arcobaleno",
        first="Giovanna",
        sig="Ufficio Amministrativo\nArcobaleno Società Cooperativa Sociale ONLUS\n"
        "Via Bixio 7 – 35131 Padova\nTel. 049 8751234",
    ),
    # --------------------------- firstread ------------------------------
    "testa": dict(
        split="firstread",
        name="Alberto Testa",
        addr="alberto.testa@testacostruzioni.it",
        client="outlook_classic",
        cs="windows-1252",
        greet="Gentile Sig. Testa",
        first="Alberto",
        sig="Testa Costruzioni S.r.l.\nVia Emilia Est 301 – 41126 Modena\nTel. 059 371122 – P.IVA 02233440365",
    ),
    "bellavista": dict(
        split="firstread",
        name="Amministrazione Hotel Bellavista",
        addr="amministrazione@hotelbellavista.it",
        client="outlook_old",
        cs="windows-1252",
        greet="Gentile Ufficio Amministrazione",
        first="Monica",
        sig="Monica Serra\nUfficio Amministrazione\nHotel Bellavista **** – Bellavista Hotels S.r.l.\n"
        "Lungolago Mazzini 12 – 28838 Stresa (VB)\nTel. +39 0323 30111",
        disclaimer=DISC_BELLAVISTA,
        disc_pos="end",
    ),
    "martina": dict(
        split="firstread",
        name="Martina Pellegrini",
        addr="martina.pellegrini@icloud.com",
        client="iphone",
        greet="Gentile Martina",
        first="Martina",
        tu=True,
    ),
    "villa": dict(
        split="firstread",
        name="Segreteria Avv. Villa",
        addr="segreteria@studiolegalevilla.it",
        client="outlook_html",
        m365=True,
        greet="Gentile Avv. Villa",
        first="Cristina",
        sig="Daniela Orlando\nSegreteria – Studio Legale Villa",
        disclaimer=DISC_VILLA,
    ),
    "sartori": dict(
        split="firstread",
        name="GIORGIO SARTORI",
        addr="giorgiosartori@tiscali.it",
        client="zimbra",
        cs="iso-8859-1",
        greet="Gentile Sig. Sartori",
        first="Giorgio",
    ),
    "francesca": dict(
        split="firstread",
        name="Francesca Gentile",
        addr="francesca@brioagency.it",
        client="gmail",
        greet="Gentile Francesca",
        first="Francesca",
        tu=True,
        sig="Francesca Gentile\nSocial Media Manager @ Brio Agency\nbrioagency.it – IG @brio.agency",
    ),
    "brio_admin": dict(
        split="firstread",
        name="Brio Agency - Amministrazione",
        addr="amministrazione@brioagency.it",
        client="outlook_new",
        m365=True,
        greet="Gentile Francesca",
        first="Francesca",
        tu=True,
        sig="Luca Sanna\nAmministrazione – Brio Agency S.r.l.\nTel. 06 45678901",
    ),
    "uni": dict(
        split="firstread",
        name="Contabilità Dip. Lettere",
        addr="contabilita.lettere@unipontevecchio.it",
        client="outlook_html",
        greet="Spett.le Ufficio Contabilità",
        first="Laura",
        sig="Dott.ssa Laura Marchetti\nUnità Contabilità e Acquisti",
        sig_html=SIG_UNI_HTML,
        disclaimer=DISC_UNI,
    ),
    "stefano": dict(
        split="firstread",
        name="Stefano Longo",
        addr="stefano@longosoftware.it",
        client="thunderbird",
        greet="Gentile Stefano",
        first="Stefano",
        tu=True,
        cte="8bit",
        sig="Stefano Longo\nLongo Software srl – Trento",
    ),
    "ilaria": dict(
        split="firstread",
        name="Ilaria Vitale",
        addr="ilaria.vitale@vitalelogistica.it",
        client="android",
        greet="Gentile Ilaria",
        first="Ilaria",
        sig="Ilaria Vitale\nOffice Manager – Vitale Logistica srl\nInterporto Sud Europa, Marcianise (CE)",
    ),
    "nicola": dict(
        split="firstread",
        name="Pizzeria Vesuvio",
        addr="pizzeriavesuvio@hotmail.it",
        client="android",
        greet="Gentile Nicola",
        first="Nicola",
        tu=True,
        mobile_sig="Inviato dal mio smartphone Samsung Galaxy.",
    ),
    "dangelo": dict(
        split="firstread",
        name="Silvia D'Angelo",
        addr="s.dangelo@studiodangelo.it",
        client="outlook_new",
        cs="windows-1252",
        greet="Gentile Rag. D'Angelo",
        first="Silvia",
        sig="Rag. Silvia D'Angelo\nStudio D'Angelo – Consulenza del Lavoro\n"
        "Viale Regina Margherita 60 – 90138 Palermo\nTel. 091 6251234",
        disclaimer=DISC_DANGELO,
    ),
    "riva": dict(
        split="firstread",
        name="Emanuele Riva",
        addr="emanuele@cantinariva.it",
        client="apple",
        greet="Gentile Emanuele",
        first="Emanuele",
        sig="Emanuele Riva\nCantina Riva – Azienda Agricola\nLocalità Bricco 5, 12050 Neive (CN)",
    ),
    "beatrice": dict(
        split="firstread",
        name="Beatrice Fabbri",
        addr="beatrice@fabbriweddings.it",
        client="outlook_ios",
        greet="Gentile Beatrice",
        first="Beatrice",
        tu=True,
    ),
    "bassi": dict(
        split="firstread",
        name="Ing. Tommaso Bassi",
        addr="t.bassi@bassiengineering.it",
        client="outlook_html",
        cs="windows-1252",
        greet="Gentile Ing. Bassi",
        first="Tommaso",
        sig="Ing. Tommaso Bassi\nBassi Engineering S.r.l.",
        sig_html=SIG_BASSI_HTML,
    ),
    "monti": dict(
        split="firstread",
        name="Libreria Monti",
        addr="libreria.monti@tin.it",
        client="thunderbird",
        cs="iso-8859-1",
        greet="Gentile Sig.ra Monti",
        first="Carla",
        sig="Libreria Monti – dal 1962\nVia Mazzini 40 – 06034 Foligno (PG)\ntel. 0742 350011",
    ),
    "ferrante": dict(
        split="firstread",
        name="Geom. Luigi Ferrante",
        addr="ferrante.immobili@alice.it",
        client="outlook_old",
        cs="iso-8859-1",
        greet="Gentile Geom. Ferrante",
        first="Luigi",
        sig="FERRANTE IMMOBILI di Geom. Luigi Ferrante\nCorso Vittorio Emanuele 140 – 00186 Roma\n"
        "Tel. e fax 06 6832211",
    ),
    "landi": dict(
        split="firstread",
        name="Paola Landi",
        addr="p.landi@farmacialandi.it",
        client="gmail",
        greet="Gentile dott.ssa Landi",
        first="Paola",
        sig="Dott.ssa Paola Landi\nFarmacia Landi – Piazza Garibaldi 2, 43121 Parma\ntel. 0521 233445",
    ),
    "marta": dict(
        split="firstread",
        name="Marta Cattaneo",
        addr="marta@cattaneoeventi.it",
        client="gmail_plain",
        greet="Gentile Marta",
        first="Marta",
        tu=True,
        sig="Marta Cattaneo\nCattaneo Eventi – Bergamo\n+39 335 6677889",
    ),
}


# ---------------------------------------------------------------------------
# The messages.  k: P paid, R promise, D dispute, O other (client reply),
# A auto-reply, X other.  pd = promised_date, amt = amount, ref = reference.
# hard=True marks the "mixed / hard" cases.
# ---------------------------------------------------------------------------

AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

RICEVUTA_BELLINI = [
    "BANCA DELLE DOLOMITI S.p.A. - Contabile bonifico SEPA",
    "Data esecuzione: 03/02/2027",
    "Ordinante: BELLINI ARREDAMENTI SRL",
    "Beneficiario: ROSSI ALESSANDRA",
    "IBAN: IT60X0542811101000000123456",
    "Importo: EUR 560,00",
    "Causale: SALDO FT 86/2026",
]

M = []

# ============================ DEV ==========================================
M += [
    # --- Marco Bellini, Bellini Arredamenti (Gmail) ---
    dict(
        p="bellini",
        d="2026-11-10 09:47",
        q="rem",
        inv="59/2026",
        k="P",
        note="'il bonifico è partito stamattina'",
        body="""\
Buongiorno Alessandra,

mi scusi il ritardo, la fattura era rimasta ferma in amministrazione perché la mia collaboratrice era in ferie.
Il bonifico è partito stamattina, dovrebbe vederlo accreditato entro domani.

Saluti
Marco""",
    ),
    dict(
        p="bellini",
        d="2026-11-23 08:15",
        q="inv",
        inv="86/2026",
        k="O",
        note="question about SdI delivery of the e-invoice, no payment claim",
        body="""\
Buongiorno,
ricevuta, grazie.
Una domanda: la fattura elettronica l'ha mandata al codice destinatario o alla PEC? Il nostro commercialista dice che nel cassetto fiscale non la vede ancora e mi chiede di verificare.

Marco""",
    ),
    dict(
        p="bellini",
        d="2027-01-08 17:32",
        q="rem",
        inv="86/2026",
        k="R",
        pd="2027-01-13",
        note="'mercoledì 13' stated explicitly (Wed 13 Jan 2027)",
        body="""\
Buonasera,

ricevuto, ha ragione. Questa settimana siamo ancora in chiusura inventario e la banca ci ha chiesto di non movimentare il conto fino a lunedì. Il bonifico lo facciamo mercoledì 13, così chiudiamo.

Grazie della pazienza,
Marco Bellini""",
    ),
    dict(
        p="bellini",
        d="2027-01-20 11:02",
        q="rem2",
        inv="86/2026",
        k="D",
        pd="2027-01-31",
        amt="500.00",
        hard=True,
        odate="2027-01-19 09:12",
        note="promise to pay only 500 at month end (2027-01-31) while contesting the rest: dispute wins",
        body="""\
Alessandra buongiorno,

le confermo che a fine mese paghiamo, però solo 500 euro. I volantini sono arrivati con il numero di telefono sbagliato sul retro (0444 123465 invece di 123456) e ne abbiamo dovuti ristampare 2000 a spese nostre, in piena settimana di Natale.
La differenza secondo noi non è dovuta. Mi dica lei, se vuole ci sentiamo al telefono.

Marco""",
    ),
    dict(
        p="bellini",
        d="2027-02-03 18:40",
        q="rem2",
        inv="86/2026",
        k="P",
        amt="560.00",
        ref="86/2026",
        odate="2027-01-19 09:12",
        att=[("pdf", "Contabile_bonifico_03022027.pdf", RICEVUTA_BELLINI)],
        note="settled after a phone call: paid 560 (amount stated), receipt attached",
        body="""\
Alessandra,

come d'accordo al telefono abbiamo saldato la fattura 86/2026 con 560,00 € (610 meno i 50 della ristampa, che ci siamo divisi). In allegato la contabile.
Grazie ancora e scusi per il disguido, per noi la cosa è chiusa.

Marco""",
    ),
    # --- Studio Tecnico Ferraris, ufficio amministrazione (Outlook, cp1252) ---
    dict(
        p="ferraris",
        d="2026-11-04 10:30",
        q="rem",
        inv="53/2026",
        k="P",
        amt="1530.00",
        ref="53/2026",
        note="paid on 02/11 before the reminder; amount net of ritenuta d'acconto",
        body="""\
Gentile dott.ssa Rossi,

con la presente le comunichiamo che in data 02/11/2026 abbiamo disposto il bonifico a saldo della fattura n. 53/2026, per un importo di € 1.530,00.
L'importo corrisponde al totale fattura al netto della ritenuta d'acconto (€ 300,00), che verrà versata nei termini di legge; riceverà la relativa certificazione.

CRO: 0306912345678901

Cordiali saluti""",
    ),
    dict(
        p="ferraris",
        d="2026-11-30 09:05",
        q="rem",
        inv="76/2026",
        k="O",
        odate="2026-11-30 08:41",
        note="asks for the PDF / checks the SdI code; no payment claim, no contestation",
        body="""\
Buongiorno,

la fattura in oggetto non ci risulta pervenuta tramite SdI. Può cortesemente inviarcene copia in formato PDF e verificare che sia stato indicato il nostro codice destinatario (M5UXCR1)?
Senza la fattura elettronica non possiamo procedere alla registrazione e al pagamento.

Grazie, cordiali saluti""",
    ),
    dict(
        p="ferraris",
        d="2026-12-03 14:20",
        q="rem",
        inv="76/2026",
        k="R",
        pd="2026-12-15",
        ref="76/2026",
        odate="2026-11-30 08:41",
        note="'distinta di pagamento del 15 dicembre'",
        body="""\
Gentile dott.ssa Rossi,

ricevuta la fattura elettronica, grazie. La fattura n. 76/2026 è stata registrata e inserita nella distinta di pagamento del 15 dicembre p.v.

Cordiali saluti""",
    ),
    dict(
        p="ferraris",
        d="2027-01-14 11:40",
        q="inv",
        inv="4/2027",
        k="D",
        ref="4/2027",
        note="asks a nota di credito (storno) and re-issue for wrong intestazione / missing order ref -> dispute by convention",
        body="""\
Buongiorno,

verificando la fattura n. 4/2027 notiamo che è intestata a "Studio Ferraris" anziché a "Studio Tecnico Associato Ferraris" e che manca il riferimento al nostro ordine n. 2026/118, obbligatorio per la registrazione.
La preghiamo pertanto di emettere nota di credito a storno totale e di riemettere il documento con i dati corretti.

Cordiali saluti""",
    ),
    dict(
        p="ferraris",
        d="2027-02-12 12:10",
        q="inv",
        inv="6/2027",
        k="P",
        amt="1020.00",
        ref="6/2027",
        note="paid today, net of ritenuta; names both the new and the cancelled invoice, reference = the one paid",
        body="""\
Buongiorno,

le confermiamo che il bonifico relativo alla fattura n. 6/2027 (che sostituisce la n. 4/2027, stornata con nota di credito n. 1/2027) è stato eseguito in data odierna per € 1.020,00, al netto della ritenuta d'acconto.

Distinti saluti""",
    ),
    # --- Giulia Conti, privata (iPhone) ---
    dict(
        p="giulia",
        d="2026-11-13 21:14",
        q="rem",
        inv="68/2026",
        k="P",
        note="'fatto adesso il bonifico istantaneo', emoji",
        body="""\
Ciao Ale!! Scusa scusa scusa 🙈 me ne ero completamente dimenticata con tutto il delirio del matrimonio.
Fatto adesso il bonifico istantaneo, dovresti già vederlo 💸
Grazie ancora per le partecipazioni, sono piaciute a tuttiii ❤️""",
    ),
    dict(
        p="giulia",
        d="2026-12-02 08:31",
        q="inv",
        inv="95/2026",
        k="O",
        note="tax question, no payment claim",
        body="""\
Ricevuta grazie!
Ma per curiosità la posso scaricare nel 730? 😅 scusa la domanda scema""",
    ),
    dict(
        p="giulia",
        d="2027-01-11 13:05",
        q="rem",
        inv="95/2026",
        k="R",
        pd="2027-01-15",
        odate="2027-01-11 09:08",
        note="'entro venerdì' written on Mon 11 Jan -> Fri 15 Jan",
        body="""\
Ciao! Hai ragione scusami 😅 siamo appena tornati dal viaggio di nozze 🌴 e devo ancora rimettere in ordine tutto.
Te lo mando entro venerdì, promesso!! 🤞""",
    ),
    dict(
        p="giulia",
        d="2027-01-19 20:02",
        q="rem2",
        inv="95/2026",
        k="P",
        hard=True,
        att=[("png", "IMG_2231.PNG")],
        note="paid claim ('l'ho fatto venerdì sera') + screenshot + question about the IBAN: stays paid",
        body="""\
Ma come?? Io l'ho fatto venerdì sera dall'app 😳
Ti mando lo screen. Puoi controllare se magari è finito sull'IBAN vecchio? Quello che mi avevi dato per le partecipazioni""",
    ),
    # --- Studio Legale Esposito (Outlook HTML only, M365) ---
    dict(
        p="esposito",
        d="2026-11-05 16:45",
        q="rem",
        inv="44/2026",
        k="D",
        odate="2026-11-03 09:20",
        note="work contested (typos), asks a 30% reduction",
        body="""\
Gentile dott.ssa Rossi,

in riscontro alla Sua del 3 novembre u.s., Le rappresento che la traduzione asseverata consegnata in data 10 settembre presentava numerosi refusi nella parte relativa agli allegati (in particolare nei riferimenti normativi e nelle date), circostanza che ha costretto lo Studio a richiederne la revisione a un altro professionista, con aggravio di costi e di tempi.

Per tale ragione non riteniamo dovuto l'importo fatturato nella sua interezza e Le proponiamo una riduzione del 30%.

Resto in attesa di un Suo cortese riscontro.

Distinti saluti""",
    ),
    dict(
        p="esposito",
        d="2026-11-19 12:30",
        q="rem",
        inv="44/2026",
        k="R",
        pd="2026-11-30",
        amt="1800.00",
        ref="44/2026",
        odate="2026-11-03 09:20",
        note="dispute settled by phone; promise of the agreed amount 'entro e non oltre il 30 novembre'",
        body="""\
Gentile dott.ssa Rossi,

a seguito della nostra conversazione telefonica di ieri, Le confermo che lo Studio provvederà al saldo della fattura n. 44/2026 nell'importo concordato di € 1.800,00, entro e non oltre il 30 novembre p.v.

Con i migliori saluti""",
    ),
    dict(
        p="esposito_segr",
        d="2026-12-04 10:10",
        q="inv",
        inv="79/2026",
        k="P",
        ref="79/2026",
        note="secretary confirms payment today",
        body="""\
Gentile dott.ssa Rossi,

su incarico dell'Avv. Esposito Le confermo che la fattura n. 79/2026 è stata saldata in data odierna a mezzo bonifico bancario.

Cordiali saluti
Carmela Ruocco""",
    ),
    dict(
        p="esposito",
        d="2026-12-15 09:50",
        q="inv",
        inv="79/2026",
        k="O",
        ref="79/2026",
        note="question about which IBAN to use for future payments; no payment claim in this message",
        body="""\
Gentile dott.ssa Rossi,

La prego di indicarmi se, per il pagamento delle prossime prestazioni, dobbiamo utilizzare l'IBAN riportato nella Sua fattura n. 79/2026 oppure quello comunicatoci in precedenza, che risulta diverso. Non vorrei che la segreteria incorresse in errori.

Ringraziando, porgo cordiali saluti""",
    ),
    # --- Franco Galli, pensionato (Libero webmail, ISO-8859-1) ---
    dict(
        p="galli",
        d="2026-11-24 08:02",
        q="rem",
        inv="73/2026",
        k="P",
        note="all caps; paid yesterday at the post office",
        body="""\
GENTILE SIGNORA ROSSI
HO FATTO IL BONIFICO IERI MATTINA ALLA POSTA. MI HANNO DATO LA RICEVUTA SE SERVE GLIELA FOTOGRAFO.
DISTINTI SALUTI
FRANCO GALLI""",
    ),
    dict(
        p="galli",
        d="2026-12-11 17:20",
        q="inv",
        inv="103/2026",
        k="O",
        note="cannot open the attachment, asks another way / by post; no accents",
        body="""\
Buongiorno signora,
ho ricevuto la fattura ma non riesco ad aprire l'allegato, il computer mi dice che serve un programma che non ho. Me la puo mandare in un altro modo? Oppure per posta se non e un disturbo, l'indirizzo lo sa.
Grazie
Franco Galli""",
    ),
    dict(
        p="galli",
        d="2027-01-12 10:40",
        q="rem",
        inv="103/2026",
        k="R",
        pd="2027-01-18",
        odate="2027-01-11 09:10",
        note="'lunedi' (no accent) written on Tue 12 Jan -> Mon 18 Jan",
        body="""\
Buongiorno signora Rossi,
mi scusi ma sono stato in ospedale per un intervento all'anca e non ho potuto andare in banca. Mio figlio mi accompagna lunedi e faccio il bonifico.
Mi scusi ancora
Franco Galli""",
    ),
    dict(
        p="galli",
        d="2027-01-19 11:15",
        q="rem",
        inv="103/2026",
        k="P",
        amt="122.00",
        odate="2027-01-11 09:10",
        note="all caps one-liner, amount stated",
        body="""\
SIGNORA ROSSI FATTO OGGI IL BONIFICO DI 122 EURO. SALUTI FRANCO GALLI""",
    ),
    # --- Chiara Moretti, Pixel & Co. (Gmail, anglicismi) ---
    dict(
        p="chiara",
        d="2026-11-06 10:15",
        q="rem",
        inv="55/2026",
        k="R",
        pd="2026-11-20",
        note="'il pagamento esce con il run del 20' -> 2026-11-20",
        body="""\
Ciao Alessandra,

sorry, hai ragione! Il cliente finale ci ha pagato solo ieri e siamo un po' in ritardo con tutti i fornitori.
Ho già fatto la richiesta all'amministrazione, mi dicono che il pagamento esce con il run del 20. Ti aggiorno io se cambia qualcosa!

Un abbraccio,
Chiara""",
    ),
    dict(
        p="chiara",
        d="2026-11-17 09:05",
        q="inv",
        inv="83/2026",
        k="O",
        cc="Amministrazione Pixel & Co. <amministrazione@pixelandco.it>",
        note="'chi è il referente': hands over to accounting (in Cc)",
        body="""\
Ciao Ale, grazie!

Ti metto in cc Federica dell'amministrazione, che da questo mese gestisce lei i pagamenti fornitori: per solleciti e fatture da ora in poi puoi scrivere direttamente a lei (amministrazione@pixelandco.it).

Have a nice day!
C.""",
    ),
    dict(
        p="pixel_admin",
        d="2026-12-18 09:31",
        q="rem",
        inv="83/2026",
        k="A",
        odate="2026-12-18 09:25",
        noquote=True,
        nosig=True,
        headers=AUTO,
        subj="Risposta automatica: Sollecito di pagamento – fattura 83/2026",
        note="out-of-office; the reopening date is not a payment promise",
        body="""\
Gentile mittente,

l'ufficio amministrazione di Pixel & Co. resterà chiuso per le festività da venerdì 18 dicembre a mercoledì 6 gennaio compreso.
Le email ricevute in questo periodo verranno gestite a partire da giovedì 7 gennaio 2027.

Per urgenze relative a progetti in corso può contattare il proprio account di riferimento.

Grazie e buone feste,
Amministrazione Pixel & Co.""",
    ),
    dict(
        p="chiara",
        d="2026-12-18 15:42",
        q="rem",
        inv="83/2026",
        k="D",
        odate="2026-12-18 09:25",
        cc="Amministrazione Pixel & Co. <amministrazione@pixelandco.it>",
        note="contests two revision rounds billed as extras; payment blocked until clarified",
        body="""\
Ciao Alessandra,

ti scrivo un po' informalmente prima che se ne occupi l'amministrazione (che comunque riapre solo a gennaio).
Sul key visual il cliente ci ha chiesto due round di revisioni che secondo noi rientravano nel preventivo, mentre in fattura li vedo come extra (2 x 200 € + IVA). Io avevo capito che le revisioni incluse fossero tre, non una.

Possiamo sentirci per una call veloce? Finché non chiariamo questo punto non riesco a far partire il pagamento.

Un abbraccio,
Chiara""",
    ),
    dict(
        p="chiara",
        d="2027-01-08 11:20",
        q="rem",
        inv="83/2026",
        k="R",
        pd="2027-01-31",
        ref="83/2026",
        odate="2026-12-18 09:25",
        note="dispute withdrawn; 'nel run di fine gennaio' read like 'fine mese' -> 2027-01-31; 'la 83' = 83/2026",
        body="""\
Ciao Ale,

dopo la call con il cliente ok per la fattura così com'è: avevi ragione tu, le revisioni extra le avevano chieste loro fuori brief. Sorry per il casino!
La 83 la inseriamo nel run di fine gennaio.

Buon anno!
Chiara""",
    ),
    dict(
        p="chiara",
        d="2027-02-05 16:05",
        q="inv",
        inv="2/2027",
        k="P",
        ref="2/2027",
        note="paid today (also the late 83); reference = the invoice of this thread",
        body="""\
Ciao Ale,

fyi il pagamento della 2/2027 è stato disposto oggi, insieme alla 83 che purtroppo era slittata dal run di gennaio (l'amministrazione si scusa 🙏).

Thanks again per la pazienza!
Chiara""",
    ),
    # --- Comune di Valdalpe, Ragioneria (Outlook 2007, ISO-8859-1) ---
    dict(
        p="valdalpe",
        d="2026-11-09 12:05",
        q="rem",
        inv="49/2026",
        k="P",
        amt="2400.00",
        ref="49/2026",
        note="mandato issued 06/11; split payment: amount paid to her = imponibile",
        body="""\
Buongiorno,

si comunica che con mandato n. 1843 del 06/11/2026 è stato disposto il pagamento della fattura n. 49/2026 per l'importo di € 2.400,00 (imponibile), in quanto l'IVA, pari a € 528,00, è versata direttamente all'Erario ai sensi dell'art. 17-ter del DPR 633/72 (scissione dei pagamenti).
I tempi di accredito sono quelli del Tesoriere comunale (2-3 giorni lavorativi).

Distinti saluti""",
    ),
    dict(
        p="valdalpe",
        d="2026-12-01 10:20",
        q="inv",
        inv="91/2026",
        k="D",
        ref="91/2026",
        note="the client formally rejects the invoice (rifiuto SdI, missing CIG): payment refused as issued -> dispute",
        body="""\
Buongiorno,

si comunica che la fattura elettronica n. 91/2026 è stata rifiutata tramite SdI in quanto priva del codice CIG e dell'annotazione "scissione dei pagamenti", obbligatori per le fatture emesse nei confronti della Pubblica Amministrazione.
Si invita a emettere nuovo documento verso il codice univoco ufficio UF4K2Q, riportando il CIG Z1A3B4C5D6.

La presente comunicazione non costituisce accettazione della fattura.

Distinti saluti""",
    ),
    dict(
        p="valdalpe",
        d="2027-01-15 09:40",
        q="rem",
        inv="97/2026",
        k="R",
        pd="2027-01-31",
        ref="97/2026",
        note="mandato 'presumibilmente entro il 31 gennaio'",
        body="""\
Buongiorno,

in riferimento al sollecito, si comunica che la determina di liquidazione relativa alla fattura n. 97/2026 è stata adottata in data 13/01/2027. Il mandato di pagamento sarà emesso presumibilmente entro il 31 gennaio p.v., compatibilmente con i tempi del servizio di tesoreria.

Distinti saluti""",
    ),
    dict(
        p="valdalpe",
        d="2027-02-03 11:30",
        q="inv",
        inv="15/2027",
        k="O",
        ref="15/2027",
        att=[
            (
                "pdf",
                "Modulo_tracciabilita_L136-2010.pdf",
                [
                    "COMUNE DI VALDALPE - Servizio Finanziario",
                    "DICHIARAZIONE DI TRACCIABILITA' DEI FLUSSI FINANZIARI",
                    "(art. 3 Legge 13 agosto 2010, n. 136)",
                    "Il/La sottoscritto/a ______________________",
                    "comunica gli estremi del conto corrente dedicato ...",
                ],
            )
        ],
        note="asks a document before paying; no claim, no date",
        body="""\
Buongiorno,

si prende atto della fattura n. 15/2027.
Ai fini della liquidazione si chiede di trasmettere la dichiarazione sostitutiva relativa alla tracciabilità dei flussi finanziari (art. 3 L. 136/2010), debitamente compilata e sottoscritta, secondo il modulo allegato. In assenza della stessa non sarà possibile procedere al pagamento.

Distinti saluti""",
    ),
    # --- Luca Ferri, Nuvola Labs (Gmail plain, terse) ---
    dict(
        p="luca",
        d="2026-11-12 23:51",
        q="rem",
        inv="67/2026",
        k="P",
        nosig=True,
        note="one-word reply 'fatto!'",
        body="fatto!",
    ),
    dict(
        p="luca",
        d="2027-01-08 08:30",
        q="rem",
        inv="100/2026",
        k="R",
        note="'settimana prox' is vague -> no promised_date",
        body="ciao, settimana prox. siamo in attesa del closing del round, sorry",
    ),
    dict(
        p="luca",
        d="2027-01-18 22:15",
        q="rem2",
        inv="100/2026",
        k="R",
        hard=True,
        odate="2027-01-15 09:30",
        note="'non abbiamo ancora pagato' + 'appena arrivano i fondi ti saldo': promise (not paid), no date",
        body="non abbiamo ancora pagato, lo so. il closing è slittato di due settimane. appena arrivano i fondi ti saldo, promesso",
    ),
    dict(
        p="luca",
        d="2027-01-27 13:02",
        q="rem2",
        inv="100/2026",
        k="P",
        ref="100/2026",
        odate="2027-01-15 09:30",
        note="'saldato (100)' = invoice 100/2026",
        body="saldato (100). scusa ancora per l'attesa, round chiuso 🎉",
    ),
    dict(
        p="luca",
        d="2027-02-16 19:10",
        q="rem",
        inv="5/2027",
        k="D",
        note="blunt: integration not working in production, won't pay until fixed",
        body="""\
Ale, onestamente l'integrazione con Stripe non funziona ancora in produzione, i webhook vanno in timeout e abbiamo dovuto far intervenire il nostro CTO nel weekend.
Finché non è a posto non la pago. Sentiamoci domani.""",
    ),
    # --- Colombo Meccanica: Anna Colombo (HR) and Mirko Sala (contabilità) ---
    dict(
        p="colombo",
        d="2026-11-03 09:12",
        q="rem",
        inv="54/2026",
        k="O",
        fwd=True,
        odate="2026-11-02 09:40",
        subj="I: Sollecito di pagamento – fattura 54/2026",
        to="Amministrazione Colombo Meccanica <amministrazione@colombomeccanica.it>",
        cc="'Alessandra Rossi' <alessandra@example.it>",
        note="forwarded to accounting with Alessandra in Cc ('ho girato all'amministrazione'); no payment claim",
        body="""\
Ciao Mirko,

ti inoltro il sollecito della dott.ssa Rossi (che metto in copia) per la traduzione del manuale del dipendente. Puoi verificare lo stato del pagamento e risponderle direttamente?
Io i pagamenti fornitori non li vedo.

Grazie,
Anna""",
    ),
    dict(
        p="colombo_amm",
        d="2026-11-04 15:20",
        q="rem",
        inv="54/2026",
        k="P",
        odate="2026-11-02 09:40",
        subj="R: I: Sollecito di pagamento – fattura 54/2026",
        att=[
            (
                "pdf",
                "Disposizione_SEPA_30102026.pdf",
                [
                    "COLOMBO MECCANICA S.P.A. - Distinta bonifici SEPA",
                    "Data valuta: 30/10/2026",
                    "Beneficiario: ROSSI ALESSANDRA",
                    "Riferimento: FT 54/2026",
                    "Importo: EUR 1.326,00 (al netto rit. acconto EUR 260,00)",
                ],
            )
        ],
        note="payment executed before the reminder (valuta 30/10), copy attached",
        body="""\
Gentile dott.ssa Rossi,

il pagamento della fattura in oggetto risulta eseguito con valuta 30/10/2026 tramite bonifico SEPA. Le allego copia della disposizione.
Se non dovesse risultarle l'accredito, la prego di verificare con la sua banca e di farci sapere.

Cordiali saluti""",
    ),
    dict(
        p="colombo",
        d="2027-01-07 10:05",
        q="rem",
        inv="96/2026",
        k="D",
        ref="96/2026",
        odate="2027-01-05 09:15",
        note="wrong amount vs agreed flat fee; asks re-issue or credit note",
        body="""\
Gentile dott.ssa Rossi,

prima di autorizzare il pagamento devo segnalarle che nella fattura n. 96/2026 sono indicate 14 ore di revisione a 50 €/h, mentre da accordi (sua mail del 12/11) il forfait per la revisione del materiale formativo era di 600 € + IVA tutto compreso.
Le chiedo quindi di riemettere la fattura con l'importo corretto oppure di inviarci una nota di credito per la differenza.

Cordiali saluti""",
    ),
    dict(
        p="colombo_amm",
        d="2027-01-26 14:45",
        q="rem",
        inv="96/2026",
        k="P",
        amt="612.00",
        ref="96/2026",
        odate="2027-01-05 09:15",
        note="paid net of the credit note and of the ritenuta; amount = the sum actually transferred",
        body="""\
Buongiorno,

vi informiamo che abbiamo pagato la fattura 96/2026 al netto della vostra nota di credito n. 3/2027 e della ritenuta d'acconto: importo bonificato € 612,00, data valuta 26/01/2027.

Cordiali saluti""",
    ),
    # --- Sara Ricci, Forno Ricci (Samsung, typos) ---
    dict(
        p="sara",
        d="2026-11-18 19:50",
        q="rem",
        inv="71/2026",
        k="R",
        pd="2026-11-30",
        odate="2026-11-17 09:20",
        note="'a fine mese' -> last day of November",
        body="""\
Ciao Alessandra scusami tanto ma questo mese e un disastro, si e rotto il forno grande e abbiamo dovuto pagare il tecnico. Ti faccio il bonifico a fine mese quando incasso, va bene? Scusa ancora""",
    ),
    dict(
        p="sara",
        d="2026-11-30 21:10",
        q="rem",
        inv="71/2026",
        k="P",
        odate="2026-11-17 09:20",
        note="'fatto ora il bonifico' with typos",
        body="fatto ora il bonifico!! controlla e fammi sapre. grazie della pazienza 😊",
    ),
    dict(
        p="sara",
        d="2026-12-11 14:30",
        q="inv",
        inv="104/2026",
        k="O",
        note="'a chi devo intestare': asks how the invoice must be addressed",
        body="""\
Ciao grz! ma la fattura la devi intestare a me o al forno? perché il commercialista mi ha detto che devono essere tutte a nome della ditta individuale con la partita iva, non a Sara Ricci persona""",
    ),
    dict(
        p="sara",
        d="2027-01-13 07:40",
        q="rem",
        inv="104/2026",
        k="D",
        hard=True,
        note="'ho pagato quella di novembre, questa no' - paid claim is about the other invoice; this one is questioned as included in the logo price -> dispute",
        body="""\
ciao ale! io ho pagato quella di novembre, questa di dicembre no perché pensavo fosse compresa nel prezzo del logo… me lo spieghi? 😅 non ricordo che mi avevi detto che i volantini erano a parte""",
    ),
    # --- Ing. Davide Marino, Marino Impianti (Outlook, cp1252, blunt) ---
    dict(
        p="marino",
        d="2026-11-02 08:20",
        q="rem",
        inv="51/2026",
        k="D",
        odate="2026-10-30 09:10",
        note="blunt refusal until the site works",
        body="""\
Il sito va ancora giù un giorno sì e uno no e il modulo contatti non manda le mail, ho perso almeno due richieste di preventivo questa settimana.
Non pago niente finché non funziona tutto.

Marino""",
    ),
    dict(
        p="marino",
        d="2026-11-20 12:15",
        q="rem2",
        inv="51/2026",
        k="D",
        pd="2026-11-30",
        hard=True,
        odate="2026-11-19 09:05",
        note="promise of 80% 'entro il 30' (2026-11-30) while withholding the rest for unfinished work -> dispute",
        body="""\
Ho visto che il modulo adesso funziona, finalmente.
Le pago l'80% entro il 30, il resto quando mi sistema anche la versione mobile che sul mio telefono si vede ancora storta.

Marino""",
    ),
    dict(
        p="marino",
        d="2026-12-01 09:00",
        q="rem2",
        inv="51/2026",
        k="D",
        amt="1073.60",
        hard=True,
        odate="2026-11-19 09:05",
        note="partial payment (80%) with remainder still withheld: dispute-on-part convention; amount = what was paid",
        body="""\
Bonifico fatto, 1.073,60 euro. Il resto quando sistemate la versione mobile, come le ho già scritto.

Marino""",
    ),
    dict(
        p="marino",
        d="2026-12-14 18:05",
        q="rem",
        inv="81/2026",
        k="D",
        ref="81/2026",
        note="outright refusal: service never ordered; 'la fattura 81' = 81/2026",
        body="""\
La fattura 81 io non l'ho mai chiesta. La manutenzione non era nel preventivo firmato, quindi non la pago.
D. Marino""",
    ),
    dict(
        p="marino",
        d="2027-01-04 08:00",
        q="rem2",
        inv="51/2026",
        k="A",
        odate="2027-01-04 07:55",
        noquote=True,
        nosig=True,
        headers=AUTO,
        subj="Risposta automatica: Secondo sollecito – fattura 51/2026",
        note="out-of-office; return date is not a promise",
        body="""\
Sono fuori ufficio fino a lunedì 11 gennaio con accesso limitato alla posta.
Per questioni urgenti contattare l'ufficio al numero 0521 998877 o scrivere a info@marinoimpianti.it.

Davide Marino""",
    ),
    # --- Dott.ssa Elena Greco, commercialista della cliente (new threads, no quote) ---
    dict(
        p="greco",
        d="2026-11-12 16:00",
        k="O",
        ref="65/2026",
        subj="Fattura 65/2026 – Erboristeria Neri",
        note="accountant of the client asks the XML file; number in the subject and body written by her",
        body="""\
Buongiorno dott.ssa Rossi,

sono la commercialista della sig.ra Lisa Neri (Erboristeria Neri), che mi ha inoltrato il Suo sollecito di pagamento.
Le chiederei cortesemente di inviarmi il file XML della fattura 65/2026, in quanto non la troviamo nel cassetto fiscale della cliente: verosimilmente il codice destinatario indicato non è corretto (quello giusto è KRRH6B9).

Cordiali saluti""",
    ),
    dict(
        p="greco",
        d="2026-11-19 10:30",
        k="P",
        amt="793.00",
        ref="65/2026",
        subj="R: Fattura 65/2026 – Erboristeria Neri",
        irt="<reply-4410@example.it>",
        note="accountant reports the client paid yesterday, amount stated",
        body="""\
Gentile dott.ssa Rossi,

grazie per l'invio del file. Le comunico che ieri la sig.ra Neri ha saldato la fattura 65/2026 con bonifico di € 793,00.

Cordiali saluti""",
    ),
    dict(
        p="greco",
        d="2027-01-05 11:00",
        k="R",
        pd="2027-01-10",
        ref="90/2026",
        subj="Erboristeria Neri – fattura 90/2026",
        note="'il 10 gennaio' = 2027-01-10 (a Sunday, kept as stated)",
        body="""\
Buongiorno dott.ssa Rossi,

la sig.ra Neri mi chiede di informarLa, in merito alla fattura 90/2026 da Lei sollecitata, che provvederà al pagamento il 10 gennaio, al rientro dalle ferie.

Cordiali saluti e buon anno""",
    ),
    dict(
        p="greco",
        d="2027-02-08 09:45",
        k="O",
        subj="Richiesta informazioni – fatture 2026",
        note="accountant question about the tax regime; names two invoices, no payment matter -> no reference",
        body="""\
Gentile dott.ssa Rossi,

per la corretta registrazione delle Sue fatture nella contabilità della sig.ra Neri avrei bisogno di sapere se nel 2026 ha applicato il regime forfettario oppure il regime ordinario, dato che sulle fatture 65/2026 e 90/2026 l'IVA è indicata ma non compare la dicitura relativa alla ritenuta.

La ringrazio e Le porgo cordiali saluti""",
    ),
    # --- Paolo De Luca, Trattoria da Paolo (Libero webmail, apostrofi al posto degli accenti) ---
    dict(
        p="paolo",
        d="2026-12-05 23:40",
        q="rem",
        inv="78/2026",
        k="R",
        pd="2026-12-08",
        odate="2026-12-04 09:20",
        note="'oggi no, ma martedi'' written Sat 5 Dec -> Tue 8 Dec (Immacolata, bank holiday: kept as stated)",
        body="""\
Ciao Alessandra, scusa ma e' periodo di cene aziendali e non ho avuto un attimo, sto chiudendo adesso la cucina.
Oggi no, ma martedi' passo in banca e te lo faccio.
Paolo""",
    ),
    dict(
        p="paolo",
        d="2026-12-10 15:30",
        q="rem",
        inv="78/2026",
        k="P",
        odate="2026-12-04 09:20",
        note="'fatto il bonifico ieri'",
        body="""\
Fatto il bonifico ieri, scusa se e' arrivato tardi ma martedi' era l'Immacolata e la banca era chiusa, non ci avevo pensato!
Paolo""",
    ),
    dict(
        p="paolo",
        d="2027-02-09 16:10",
        q="rem",
        inv="1/2027",
        k="D",
        odate="2027-02-08 09:25",
        note="errors in the menu, asks for a lower price ('fammi tu un prezzo')",
        body="""\
Ciao, ti dico la verita' ci sono rimasto male: sul menu invernale ci sono due prezzi sbagliati (la grigliata e il vino della casa) e hai scritto "tagliatelle al ragu" senza accento, le abbiamo dovute correggere a penna su 40 menu.
244 euro mi sembrano tanti per un lavoro fatto cosi'. Fammi tu un prezzo.
Paolo""",
    ),
    dict(
        p="paolo",
        d="2027-02-13 10:05",
        q="rem",
        inv="1/2027",
        k="R",
        pd="2027-02-15",
        amt="244.00",
        odate="2027-02-08 09:25",
        note="dispute resolved; 'ti pago lunedi'' written Sat 13 Feb -> Mon 15 Feb, full amount",
        body="""\
Grazie per avermi rimandato i file corretti senza chiedere niente, gentilissima, li ho gia' dati alla tipografia.
Ti pago lunedi' i 244, tranquilla.
Paolo""",
    ),
    # --- Associazione Il Faro: Federica (Thunderbird) and the treasurer ---
    dict(
        p="faro",
        d="2026-11-03 10:12",
        q="rem",
        inv="46/2026",
        k="O",
        odate="2026-11-02 09:35",
        cc="Gianni Ferro <tesoriere@associazioneilfaro.org>",
        note="new treasurer is the contact (in Cc); no payment claim",
        body="""\
Cara Alessandra,

grazie per il promemoria e scusa per il ritardo. Ti chiedo una cortesia: il nostro tesoriere è cambiato a settembre e ora se ne occupa Gianni Ferro (tesoriere@associazioneilfaro.org), che metto in copia. Puoi mandare a lui la fattura e le coordinate? Io non ho accesso al conto.

Un caro saluto,
Federica""",
    ),
    dict(
        p="faro_tes",
        d="2026-11-10 18:30",
        q="rem",
        inv="46/2026",
        k="P",
        amt="366.00",
        ref="46/2026",
        odate="2026-11-02 09:35",
        note="treasurer paid today, amount stated",
        body="""\
Buonasera,

sono il nuovo tesoriere de Il Faro. Ho provveduto oggi al pagamento della fattura 46/2026 (€ 366,00) tramite bonifico dal conto dell'associazione.
Chiedo scusa a nome di tutti per il ritardo, dovuto al passaggio di consegne.

Cordiali saluti,
Gianni Ferro
Tesoriere APS Il Faro""",
    ),
    dict(
        p="faro",
        d="2026-12-21 12:00",
        q="inv",
        inv="112/2026",
        k="O",
        note="thanks only",
        body="""\
Ricevuta, grazie!
E grazie ancora per la locandina del concerto, è piaciuta tantissimo a tutti, qualcuno l'ha pure staccata dal muro per portarsela a casa :)

Buone feste!
Federica""",
    ),
    dict(
        p="faro",
        d="2027-02-22 10:30",
        q="rem",
        inv="10/2027",
        k="R",
        pd="2027-03-15",
        odate="2027-02-20 09:00",
        note="proposes to pay 'entro il 15 marzo' (asked as a question, but it is the date they commit to)",
        body="""\
Cara Alessandra,

hai ragione, scusaci. Il contributo del Comune per la rassegna arriva a marzo e fino ad allora la cassa è praticamente vuota (Gianni mi dice che abbiamo 80 euro sul conto...).
Riusciamo a saldarti entro il 15 marzo? Se per te è un problema dimmelo e vediamo di fare almeno un acconto.

Un abbraccio,
Federica""",
    ),
    # --- Matteo Barbieri, ModaBarbieri (Gmail, English mix) ---
    dict(
        p="matteo",
        d="2026-11-02 09:05",
        q="rem",
        inv="45/2026",
        k="P",
        odate="2026-10-30 09:20",
        note="'pagato venerdì'",
        body="""\
Hi Ale!
Pagato venerdì, check pure. Era nel batch dei pagamenti di fine ottobre, magari ci mette un paio di giorni ad arrivare.

Cheers,
Matteo""",
    ),
    dict(
        p="matteo",
        d="2026-12-15 11:10",
        q="inv",
        inv="108/2026",
        k="O",
        note="asks a different description on the invoice, not a contestation",
        body="""\
Thanks!
Quick question: possiamo avere la fattura con la descrizione divisa tra traduzione EN e traduzione DE? Ci serve per il budget report del Q4, il CFO vuole vedere i costi per mercato. No rush 🙏

M.""",
    ),
    dict(
        p="matteo",
        d="2027-01-14 18:20",
        q="rem",
        inv="108/2026",
        k="R",
        pd="2027-01-20",
        odate="2027-01-14 09:05",
        note="'parte con i pagamenti del 20' -> 2027-01-20",
        body="""\
Ciao Ale, my bad, è rimasta in draft nel gestionale da prima di Natale 🤦‍♂️
La approvo oggi e parte con i pagamenti del 20. Ok?

Matteo""",
    ),
    dict(
        p="matteo",
        d="2027-01-22 09:40",
        q="rem",
        inv="108/2026",
        k="P",
        hard=True,
        odate="2027-01-14 09:05",
        note="'abbiamo pagato mercoledì, puoi verificare?' - paid claim + question stays paid",
        body="""\
Ciao Ale, abbiamo pagato mercoledì, puoi verificare? Se non ti arriva entro lunedì fammi sapere che apro un ticket con la banca.

Matteo""",
    ),
    # --- Valentina Rinaldi, Edizioni Rinaldi (Apple Mail) ---
    dict(
        p="valentina",
        d="2026-11-11 10:25",
        q="rem",
        inv="56/2026",
        k="R",
        pd="2026-12-10",
        odate="2026-11-10 09:40",
        note="'è già in lista per il 10 dicembre'",
        body="""\
Gentile Alessandra,

ha perfettamente ragione e mi scuso per il ritardo. La nostra amministrazione paga i fornitori il 10 di ogni mese e la sua fattura è arrivata in contabilità dopo la chiusura di novembre: è già in lista per il 10 dicembre.
Se per lei è un problema me lo dica, provo a chiedere un'eccezione.

Un caro saluto""",
    ),
    dict(
        p="valentina",
        d="2026-12-11 09:15",
        q="rem",
        inv="56/2026",
        k="P",
        odate="2026-11-10 09:40",
        client="iphone",
        pos="bottom",
        nosig=True,
        note="bottom-posted from iPhone: 'ieri è stato eseguito il bonifico'",
        body="""\
Gentile Alessandra,

le confermo che ieri è stato eseguito il bonifico, come previsto. Buon lavoro con la seconda parte del romanzo!

Valentina""",
    ),
    dict(
        p="valentina",
        d="2026-12-22 16:40",
        q="inv",
        inv="114/2026",
        k="D",
        note="wrong amount vs quote; asks a credit note for the difference",
        body="""\
Gentile Alessandra,

ricevo la fattura per la copertina, grazie, ma credo ci sia un errore: nel preventivo dell'8 ottobre l'importo concordato era di 750 € + IVA, mentre in fattura vedo 900 € + IVA.
Può verificare? Se si tratta di una svista le chiederei di emettere una nota di credito per la differenza, così la passo subito in amministrazione.

Grazie e buone feste""",
    ),
    dict(
        p="valentina",
        d="2027-01-25 12:00",
        q="inv",
        inv="114/2026",
        k="O",
        note="IBAN question before paying; no promise, no claim",
        body="""\
Gentile Alessandra,

la ringrazio per la nota di credito. Prima di passare tutto all'amministrazione, mi conferma le coordinate bancarie? Nella fattura vedo un IBAN che finisce con 3456, mentre nella nostra anagrafica fornitori ne abbiamo uno che finisce con 7788. Non vorrei fare pasticci.

Grazie!""",
    ),
    # --- Giuseppe Fontana, Fontana Serramenti (old Outlook, ISO-8859-1, elderly) ---
    dict(
        p="fontana",
        d="2026-11-05 11:30",
        q="rem",
        inv="42/2026",
        k="R",
        pd="2026-11-12",
        odate="2026-11-04 09:10",
        note="'giovedì prossimo' written on Thursday 5 Nov -> next Thursday after today = 2026-11-12",
        body="""\
Gentile Signora,
ho ricevuto la Sua lettera. Il pagamento lo faccio fare dalla mia ragioniera che viene in ufficio solo il giovedì, quindi giovedì prossimo lo sistemiamo.
Distinti saluti
Giuseppe Fontana""",
    ),
    dict(
        p="fontana",
        d="2026-11-13 08:50",
        q="rem",
        inv="42/2026",
        k="P",
        odate="2026-11-04 09:10",
        note="'la ragioniera mi dice che ieri ha fatto il pagamento'",
        body="""\
Gentile Signora Rossi,
la ragioniera mi dice che ieri ha fatto il pagamento. Se non lo riceve mi telefoni al numero del negozio.
Cordiali saluti
G. Fontana""",
    ),
    dict(
        p="fontana",
        d="2027-01-20 10:00",
        q="rem",
        inv="110/2026",
        k="D",
        odate="2027-01-19 09:20",
        note="'ci avete fatturato due volte' -> dispute",
        body="""\
Gentile Signora,
mi scusi ma questa fattura non la capisco, il lavoro del catalogo lo avevamo già pagato a novembre, la ragioniera ha la ricevuta. Mi sembra che ci avete fatturato due volte la stessa cosa.
Mi faccia sapere.
Fontana""",
    ),
    dict(
        p="fontana",
        d="2027-01-26 11:20",
        q="rem",
        inv="110/2026",
        k="O",
        odate="2027-01-19 09:20",
        note="dispute withdrawn ('va bene'), asks who is the payee; no promise or date",
        body="""\
Gentile Signora,
adesso ho capito, sono le modifiche per le porte blindate che mi aveva chiesto mio figlio. Va bene.
Mi dice però a chi devo intestare il bonifico, a Lei o alla ditta? La ragioniera vuole saperlo, perché nella fattura c'è scritto solo il Suo nome.
Distinti saluti
Giuseppe Fontana""",
    ),
    # --- Roberta Caruso, ufficio acquisti Tecnoplast (Outlook M365) ---
    dict(
        p="tecnoplast",
        d="2026-12-03 09:30",
        q="rem",
        inv="41/2026",
        k="R",
        pd="2026-12-10",
        ref="41/2026",
        odate="2026-12-02 09:15",
        note="payment terms: 'sarà pagata con valuta 10/12/2026'",
        body="""\
Gentile dott.ssa Rossi,

le ricordo che, come da nostre condizioni generali di acquisto (art. 7), i pagamenti vengono effettuati a 60 giorni data fattura fine mese, con valuta il giorno 10 del mese successivo.
La fattura n. 41/2026 sarà quindi pagata con valuta 10/12/2026.

Cordiali saluti""",
    ),
    dict(
        p="tecnoplast",
        d="2026-12-11 10:40",
        q="rem",
        inv="41/2026",
        k="P",
        ref="41/2026",
        odate="2026-12-02 09:15",
        note="confirms payment with valuta 10/12",
        body="""\
Buongiorno,

confermo l'avvenuto pagamento della fattura 41/2026 con valuta 10/12 (distinta SEPA n. 2026-12-A).

Cordiali saluti""",
    ),
    dict(
        p="tecnoplast",
        d="2026-12-17 15:15",
        q="inv",
        inv="111/2026",
        k="D",
        ref="111/2026",
        note="asks storno with credit note and re-issue (missing PO) -> dispute by convention",
        body="""\
Gentile dott.ssa Rossi,

la fattura in oggetto non riporta il numero d'ordine d'acquisto (PO 4500128871) ed è stata pertanto bloccata dal nostro sistema di verifica three-way match.
Le chiediamo di stornarla con nota di credito e di riemetterla indicando il PO nel campo 2.1.2 (DatiOrdineAcquisto) del tracciato XML. Fino alla ricezione del documento corretto la fattura n. 111/2026 non potrà essere messa in pagamento.

Cordiali saluti""",
    ),
    dict(
        p="tecnoplast",
        d="2027-02-15 10:10",
        q="inv",
        inv="23/2027",
        k="O",
        ref="23/2027",
        note="acknowledges the invoice and announces a new accounts-payable contact",
        body="""\
Buongiorno,

ricevuta, grazie: la fattura n. 23/2027 è stata correttamente abbinata al PO.
Le segnalo inoltre che dal 1° marzo la gestione dei pagamenti fornitori passerà al nostro Shared Service Center di Padova: per solleciti e informazioni potrà scrivere a ap.italy@tecnoplast.it, indicando sempre numero fattura e PO.

Cordiali saluti""",
    ),
    # --- Simone Mancini, Mancini Design (Gmail, 'Ciao Ale') ---
    dict(
        p="simone",
        d="2026-11-25 09:20",
        q="rem",
        inv="74/2026",
        k="R",
        pd="2026-12-16",
        odate="2026-11-24 09:05",
        note="'tipo il 16' of next month (his client pays 'il quindici del mese prossimo') -> 2026-12-16",
        body="""\
Ciao Ale!

hai ragione, scusa. Io pago appena mi paga il cliente (sai com'è la catena...) e Ortofrutta Sole mi ha detto che salda il quindici del mese prossimo. Quindi io ti pago subito dopo, tipo il 16.

Ti aggiorno!
S.""",
    ),
    dict(
        p="simone",
        d="2026-12-16 17:45",
        q="rem",
        inv="74/2026",
        k="P",
        amt="1220.00",
        odate="2026-11-24 09:05",
        note="'1.220 partiti adesso'",
        body="""\
Fatto! 💪 1.220 partiti adesso.
Grazie per la pazienza Ale, ti devo una birra""",
    ),
    dict(
        p="simone",
        d="2027-01-04 10:00",
        q="inv",
        inv="117/2026",
        k="O",
        note="asks the courtesy PDF",
        body="""\
Ciao Ale buon anno!!
Mi mandi anche il pdf di cortesia? L'xml dallo SDI non riesco ad aprirlo e il commercialista è in ferie fino al 10 🙄""",
    ),
    dict(
        p="simone",
        d="2027-02-19 09:50",
        q="rem",
        inv="8/2027",
        k="R",
        pd="2027-02-28",
        hard=True,
        odate="2027-02-18 09:10",
        note="'la 117 te l'ho pagata, questa nuova invece no' + 'entro fine mese' -> promise 2027-02-28; no number given for this invoice",
        body="""\
Ciao Ale,

la 117 te l'ho pagata a gennaio (dovresti averla vista), questa nuova invece no, Vivai Neri non mi ha ancora pagato.
Te la faccio entro fine mese, giuro 🙏

S.""",
    ),
    # --- Ornella Bianchi, Tipografia Bianchi (Outlook, all lowercase) ---
    dict(
        p="ornella",
        d="2026-11-16 11:10",
        q="rem",
        inv="66/2026",
        k="P",
        odate="2026-11-13 09:10",
        att=[
            (
                "pdf",
                "contabile 6 nov.pdf",
                [
                    "CREDITO PADANO - Ricevuta di bonifico",
                    "Data: 06/11/2026",
                    "Ordinante: TIPOGRAFIA BIANCHI & FIGLI SNC",
                    "Beneficiario: ROSSI ALESSANDRA",
                    "Importo: EUR 488,00",
                    "Causale: fattura 66/2026",
                ],
            )
        ],
        note="paid on 6 Nov (before the reminder), receipt attached, lowercase",
        body="""\
buongiorno, il bonifico lo abbiamo fatto il 6 novembre, le allego la contabile. forse non ha controllato bene.
saluti
ornella bianchi""",
    ),
    dict(
        p="ornella",
        d="2026-12-01 16:20",
        q="rem",
        inv="66/2026",
        k="O",
        odate="2026-11-13 09:10",
        note="old reminder thread reused for a new quote request",
        body="""\
buongiorno, approfitto di questa mail. ci servirebbe un preventivo per rifare i biglietti da visita per 4 persone, stesso stile del catalogo. quando può mi fa sapere.
grazie
ornella""",
    ),
    dict(
        p="ornella",
        d="2027-01-12 09:35",
        q="rem",
        inv="98/2026",
        k="D",
        ref="98/2026",
        odate="2027-01-11 09:00",
        note="wrong amount (agreed 250 not 300); 'la fattura 98' = 98/2026",
        body="""\
buongiorno, la fattura 98 non è corretta: l'impaginazione del calendario l'avevamo concordata a 250 euro non 300, c'è la sua mail. ci mandi una fattura giusta e la paghiamo subito.
saluti
o. bianchi""",
    ),
    dict(
        p="ornella",
        d="2027-01-18 14:00",
        q="inv",
        inv="7/2027",
        k="R",
        pd="2027-01-28",
        note="'giovedì della settimana prossima' written Mon 18 Jan -> Thursday of next week = 2027-01-28",
        body="""\
ok ricevuta la nuova, grazie. la paghiamo giovedì della settimana prossima con il giro dei fornitori.
saluti
o.b.""",
    ),
    # --- Arch. Riccardo Serafini (iPhone, terse) ---
    dict(
        p="serafini",
        d="2026-11-09 07:55",
        q="rem",
        inv="57/2026",
        k="P",
        odate="2026-11-06 09:15",
        note="one word 'Pagata.'",
        body="Pagata.\nRS",
    ),
    dict(
        p="serafini",
        d="2027-01-11 18:30",
        q="rem",
        inv="99/2026",
        k="R",
        note="'settimana prossima' is vague -> no promised_date",
        body="Settimana prossima senz’altro. Saluti",
    ),
    dict(
        p="serafini",
        d="2027-01-25 08:10",
        q="rem2",
        inv="99/2026",
        k="R",
        hard=True,
        odate="2027-01-22 09:10",
        note="'non l'abbiamo ancora fatto. Provvedo.' -> not paid, promise without date",
        body="""\
Mi scusi, ero convinto di averla pagata, invece controllando non l’abbiamo ancora fatto. Provvedo.
R. Serafini""",
    ),
    dict(
        p="serafini",
        d="2027-01-27 12:40",
        q="rem2",
        inv="99/2026",
        k="P",
        odate="2027-01-22 09:10",
        note="'Fatto ora'",
        body="""\
Fatto ora, mi scusi ancora.
Riccardo Serafini""",
    ),
    # --- Debora Fumagalli, agenzia immobiliare (Samsung) ---
    dict(
        p="debora",
        d="2026-11-20 11:15",
        q="rem",
        inv="70/2026",
        k="O",
        odate="2026-11-19 09:30",
        note="'chi è il referente': redirects to head office accounting",
        body="""\
Ciao Alessandra! Guarda che io le fatture le passo alla sede di Monza, i pagamenti li fanno tutti loro. Ti do il riferimento: dott. Brambilla, contabilita@casasi-immobiliare.it. Scrivi a lui che fa tutto lui!
Ciao 😊""",
    ),
    dict(
        p="debora",
        d="2026-11-27 17:30",
        q="rem",
        inv="70/2026",
        k="P",
        odate="2026-11-19 09:30",
        note="head office confirms paid yesterday; question 'tutto ok?' does not change it",
        body="Ciao Ale mi conferma la sede che hanno pagato ieri!! Tutto ok? 😊",
    ),
    dict(
        p="debora",
        d="2027-01-22 12:20",
        q="rem",
        inv="105/2026",
        k="R",
        note="'dopo il 10 febbraio' is a lower bound, not a date -> no promised_date",
        body="ciao, mi hanno detto dalla sede che la pagano dopo il 10 febbraio perché prima devono chiudere il bilancio. scusa!",
    ),
    # --- DSGA Istituto Comprensivo (Outlook HTML, cp1252) ---
    dict(
        p="scuola",
        d="2026-11-17 12:00",
        q="rem",
        inv="61/2026",
        k="O",
        odate="2026-11-13 09:15",
        note="SdI discard: invoice never received, asks re-transmission; no contestation -> other",
        body="""\
Gentile dott.ssa Rossi,

con riferimento alla Sua del 13 u.s., si comunica che la fattura elettronica n. 61/2026 non è mai pervenuta a questa Istituzione scolastica: dalle verifiche effettuate risulta scartata dal Sistema di Interscambio in quanto indirizzata a un codice univoco errato.
Il codice univoco ufficio di questo Istituto è UFB7Z3. Si prega di trasmettere nuovamente la fattura, indicando anche l'annotazione "scissione dei pagamenti".

Distinti saluti""",
    ),
    dict(
        p="scuola",
        d="2026-12-14 13:10",
        q="inv",
        inv="84/2026",
        k="P",
        amt="600.00",
        ref="84/2026",
        note="mandato issued 11/12; split payment: imponibile paid",
        body="""\
Gentile dott.ssa Rossi,

si comunica che in data 11/12/2026 è stato emesso il mandato di pagamento n. 412 relativo alla fattura n. 84/2026 (riemissione della n. 61/2026), per l'importo imponibile di € 600,00. L'IVA, pari a € 132,00, è versata direttamente dall'Istituto all'Erario ai sensi dell'art. 17-ter DPR 633/72.

Distinti saluti""",
    ),
    dict(
        p="scuola",
        d="2027-02-10 10:30",
        q="inv",
        inv="20/2027",
        k="R",
        ref="20/2027",
        note="will pay within the legal 30 days from SdI receipt; receipt date not stated -> no promised_date",
        body="""\
Gentile dott.ssa Rossi,

si accusa ricevuta della fattura n. 20/2027. Si comunica che il pagamento sarà disposto entro i termini di legge (30 giorni dal ricevimento della fattura tramite SdI), previa verifica della regolarità contributiva.

Distinti saluti""",
    ),
    # --- Rosa Lanza, B&B Il Glicine (Gmail plain, elderly) ---
    dict(
        p="rosa",
        d="2026-11-26 20:10",
        q="rem",
        inv="72/2026",
        k="R",
        odate="2026-11-25 09:40",
        note="'per il ponte dell'Immacolata' is a period -> no promised_date",
        body="""\
Cara Alessandra,
che vergogna, me ne ero proprio dimenticata! Il bonifico me lo fa mio nipote Filippo con la banca sul telefono, perché io con queste cose non sono capace. Viene a trovarmi per il ponte dell'Immacolata e glielo faccio fare allora.
Un abbraccio
Rosa""",
    ),
    dict(
        p="rosa",
        d="2026-12-09 19:30",
        q="rem",
        inv="72/2026",
        k="P",
        odate="2026-11-25 09:40",
        note="nephew paid last night; asks confirmation -> stays paid",
        body="""\
Cara Alessandra,
mio nipote ha fatto il bonifico ieri sera, mi ha detto che è andato tutto bene. Mi fai sapere se ti è arrivato? Non vorrei aver combinato qualche pasticcio.
Grazie di tutto e tanti auguri di buone feste,
Rosa""",
    ),
    dict(
        p="rosa",
        d="2027-01-28 09:10",
        q="inv",
        inv="13/2027",
        k="O",
        note="address on the invoice is outdated: asks who corrects it; no contestation of the amount",
        body="""\
Cara Alessandra,
ho ricevuto la fattura, grazie. Mi sono accorta però che c'è ancora il vecchio indirizzo, adesso la sede legale del B&B è in via dei Mille 3. Lo devo dire io al commercialista o la correggi tu?
Un saluto
Rosa""",
    ),
]

# ========================= FIRSTREAD ======================================
M += [
    # --- Alberto Testa, Testa Costruzioni (Outlook, cp1252, brusque) ---
    dict(
        p="testa",
        d="2026-11-09 08:40",
        q="rem",
        inv="12/2026",
        k="D",
        odate="2026-11-06 09:30",
        note="outright refusal, already contested in May",
        body="""\
Signora Rossi,

quella fattura lì l'abbiamo già contestata a maggio, ne avevamo parlato al telefono. Il logo alla fine ce l'ha rifatto mio figlio perché il suo non ci piaceva.
Non paghiamo.

A. Testa""",
    ),
    dict(
        p="testa",
        d="2026-11-23 17:55",
        q="rem2",
        inv="12/2026",
        k="D",
        pd="2026-11-30",
        amt="610.00",
        hard=True,
        odate="2026-11-20 09:10",
        note="promises half (610) by month end 2026-11-30 while refusing the other half -> dispute",
        body="""\
Va bene, ci ho ripensato. Le riconosco la metà, 610 euro, per il lavoro fatto fino alle prime bozze, e li pago entro fine mese. Più di così no.

Testa""",
    ),
    dict(
        p="testa",
        d="2026-12-01 10:15",
        q="rem2",
        inv="12/2026",
        k="P",
        amt="610.00",
        odate="2026-11-20 09:10",
        note="paid the agreed 610",
        body="""\
Fatto bonifico di 610 come d'accordo al telefono. Per noi è chiusa lì.

Testa""",
    ),
    dict(
        p="testa",
        d="2027-01-04 09:00",
        q="rem",
        inv="85/2026",
        k="R",
        pd="2027-01-15",
        ref="85/2026",
        odate="2026-12-28 09:10",
        note="'la 85 la paghiamo il 15' written on 4 Jan -> 2027-01-15; 'la 85' = 85/2026",
        body="""\
Buongiorno, siamo appena rientrati dalla chiusura di fine anno.
La 85 la paghiamo il 15 insieme agli altri fornitori.

Testa""",
    ),
    dict(
        p="testa",
        d="2027-01-19 12:30",
        q="rem2",
        inv="85/2026",
        k="R",
        hard=True,
        odate="2027-01-18 09:10",
        note="'non l'abbiamo ancora pagata ... appena si sblocca parte' -> not paid, promise without date",
        body="""\
Non l'abbiamo ancora pagata perché la banca ci ha bloccato l'home banking per un problema con la firma digitale del nuovo amministratore. Appena si sblocca parte, non si preoccupi.

A. Testa""",
    ),
    # --- Hotel Bellavista, ufficio amministrazione (Outlook "Messaggio originale", cp1252, disclaimer) ---
    dict(
        p="bellavista",
        d="2026-11-02 11:20",
        q="rem",
        inv="29/2026",
        k="P",
        ref="29/2026",
        odate="2026-10-30 09:15",
        att=[
            (
                "pdf",
                "CONTABILE_29_2026.pdf",
                [
                    "BANCA DEL LAGO - CONTABILE BONIFICO",
                    "DATA ESECUZIONE 28/10/2026",
                    "ORDINANTE BELLAVISTA HOTELS SRL",
                    "BENEFICIARIO ROSSI ALESSANDRA",
                    "IMPORTO EUR 1.952,00",
                    "CRO 1101263012345678",
                    "CAUSALE SALDO FATTURA 29/2026",
                ],
            )
        ],
        note="paid on 28/10 before the reminder; receipt attached",
        body="""\
Gentile dott.ssa Rossi,

con riferimento al Suo sollecito, Le comunichiamo che il pagamento della fattura n. 29/2026 è stato effettuato in data 28/10/2026 mediante bonifico bancario (CRO 1101263012345678). Alleghiamo copia della contabile.
Il ritardo è dovuto alla chiusura stagionale della struttura; restiamo a disposizione per eventuali verifiche.

Cordiali saluti""",
    ),
    dict(
        p="bellavista",
        d="2026-11-23 10:05",
        q="inv",
        inv="87/2026",
        k="O",
        note="invoice addressed to the brand instead of the company: asks whether it must be re-issued; not contesting",
        body="""\
Buongiorno,

la fattura dovrebbe essere intestata a "Bellavista Hotels S.r.l." e non a "Hotel Bellavista", che è solo l'insegna commerciale; la partita IVA invece è corretta.
Può verificare con il Suo commercialista se è necessario riemetterla? Ci serve solo per la corretta registrazione.

Grazie e buona giornata""",
    ),
    dict(
        p="bellavista",
        d="2026-12-24 09:20",
        q="rem",
        inv="87/2026",
        k="A",
        odate="2026-12-24 09:12",
        noquote=True,
        nosig=True,
        headers=AUTO,
        subj="Risposta automatica: Sollecito di pagamento – fattura 87/2026",
        note="out-of-office (bilingual); 'lunedì 28 dicembre' is the return date, not a promise",
        body="""\
Gentile Cliente,
l'Ufficio Amministrazione sarà chiuso dal 24 al 27 dicembre compresi. Risponderemo alla Sua e-mail al nostro rientro, lunedì 28 dicembre.
Per prenotazioni e informazioni sul soggiorno: reception@hotelbellavista.it – tel. +39 0323 30111.

Dear Guest,
our Accounting Office will be closed from 24 to 27 December. We will reply to your e-mail on Monday 28 December.

Cordiali saluti / Best regards
Hotel Bellavista""",
    ),
    dict(
        p="bellavista",
        d="2026-12-28 10:40",
        q="rem",
        inv="87/2026",
        k="R",
        pd="2027-01-08",
        odate="2026-12-24 09:12",
        note="'prima distinta del nuovo anno, prevista per venerdì 8 gennaio'",
        body="""\
Gentile dott.ssa Rossi,

ci scusiamo per il ritardo nella risposta, dovuto alla chiusura natalizia dell'ufficio.
La fattura è stata approvata dalla direzione e sarà pagata con la prima distinta del nuovo anno, prevista per venerdì 8 gennaio.

Cordiali saluti""",
    ),
    dict(
        p="bellavista",
        d="2027-01-21 09:30",
        q="inv",
        inv="11/2027",
        k="O",
        note="acknowledgement, forwarded for approval",
        body="""\
Buongiorno,

ricevuta, grazie. La inoltriamo alla direzione per l'approvazione, come di consueto.

Cordiali saluti""",
    ),
    dict(
        p="bellavista",
        d="2027-02-22 15:10",
        q="rem",
        inv="11/2027",
        k="D",
        pd="2027-02-26",
        amt="244.00",
        hard=True,
        odate="2027-02-22 09:05",
        note="will pay 244 'entro venerdì' (Mon 22 Feb -> Fri 26 Feb) and asks a credit note for the rest -> dispute",
        body="""\
Gentile dott.ssa Rossi,

la direzione ha approvato il pagamento della traduzione delle schede camere, ma non delle 2 ore di "coordinamento" indicate in fattura, che non risultano concordate nel preventivo.
Procederemo pertanto a pagare € 244,00 entro venerdì, restando in attesa di una nota di credito per la differenza.

Cordiali saluti""",
    ),
    # --- Martina Pellegrini, studio yoga (iPhone, emoji) ---
    dict(
        p="martina",
        d="2026-11-24 22:10",
        q="inv",
        inv="89/2026",
        k="O",
        note="asks whether she may pay in installments: a question, no commitment yet",
        body="""\
Ciao Ale!! Grazie mille 🙏✨ il logo è stupendo, l'ho già messo ovunque
Domandina: posso pagarti a rate? Tipo metà ora e metà a gennaio? Se no nessun problema eh!""",
    ),
    dict(
        p="martina",
        d="2026-11-26 13:15",
        q="inv",
        inv="89/2026",
        k="P",
        amt="274.50",
        hard=True,
        note="first installment paid (274,50); the rest 'a gennaio' is vague -> paid",
        body="""\
Fatto il primo bonifico da 274,50 🙌 il resto a gennaio come d'accordo!
Grazie ancora 💛""",
    ),
    dict(
        p="martina",
        d="2027-01-12 08:45",
        q="rem",
        inv="89/2026",
        k="R",
        pd="2027-01-14",
        odate="2027-01-11 09:10",
        note="'oggi no ma giovedì lo mando' written Tue 12 Jan -> Thu 14 Jan",
        body="""\
Ciao!! Sì sì me lo ricordo 😅 oggi no ma giovedì lo mando, promesso!
Sto aspettando che mi paghino le iscrizioni del corso di gennaio""",
    ),
    dict(
        p="martina",
        d="2027-01-14 19:20",
        q="rem",
        inv="89/2026",
        k="P",
        odate="2027-01-11 09:10",
        att=[("png", "IMG_5120.PNG")],
        note="second installment paid, screenshot attached",
        body="""\
Eccola!! 📸 Seconda rata fatta, ti allego lo screen dell'app così sei tranquilla
Siamo pari 🥳""",
    ),
    dict(
        p="martina",
        d="2027-02-03 07:55",
        q="inv",
        inv="18/2027",
        k="O",
        note="thanks only",
        body="Ricevuta grazie!! ❤️",
    ),
    # --- Segreteria Studio Legale Villa (Outlook HTML, M365) ---
    dict(
        p="villa",
        d="2026-11-11 12:20",
        q="rem",
        inv="31/2026",
        k="R",
        pd="2026-11-15",
        odate="2026-11-10 09:05",
        note="number in words: 'entro il quindici del corrente mese' -> 2026-11-15 (a Sunday)",
        body="""\
Gentile dott.ssa Rossi,

su indicazione dell'Avv. Villa Le comunico che la fattura in oggetto verrà saldata entro il quindici del corrente mese.
Ci scusiamo per il ritardo, dovuto a un disguido interno nella registrazione della fattura.

Cordiali saluti""",
    ),
    dict(
        p="villa",
        d="2026-11-16 09:25",
        q="rem",
        inv="31/2026",
        k="P",
        ref="31/2026",
        odate="2026-11-10 09:05",
        att=[
            (
                "pdf",
                "Contabile bonifico 13.11.2026.pdf",
                [
                    "BANCA DI MILANO - Esito disposizione di bonifico",
                    "Data: 13/11/2026",
                    "Ordinante: VILLA CRISTINA - STUDIO LEGALE",
                    "Beneficiario: Alessandra Rossi",
                    "Importo: EUR 3.172,00",
                    "Causale: saldo fatt. 31/2026",
                ],
            )
        ],
        note="receipt of the transfer made 'venerdì 13 u.s.'",
        body="""\
Gentile dott.ssa Rossi,

Le trasmetto in allegato la contabile del bonifico disposto venerdì 13 u.s. a saldo della fattura n. 31/2026.

Cordiali saluti""",
    ),
    dict(
        p="villa",
        d="2026-12-10 16:00",
        q="inv",
        inv="102/2026",
        k="D",
        ref="102/2026",
        note="contests the page count, asks a credit note",
        body="""\
Gentile dott.ssa Rossi,

l'Avv. Villa mi chiede di segnalarLe che la fattura n. 102/2026 riporta 42 cartelle, mentre la perizia tradotta consta di 35 cartelle secondo il conteggio standard (1.500 battute spazi inclusi) effettuato dal nostro ufficio.
La preghiamo di voler verificare e, se del caso, emettere nota di credito per la differenza.

Cordiali saluti""",
    ),
    dict(
        p="villa",
        d="2027-01-13 11:30",
        q="rem2",
        inv="102/2026",
        k="R",
        pd="2027-01-18",
        ref="102/2026",
        odate="2027-01-12 09:10",
        note="dispute withdrawn; 'lunedì 18 p.v.'",
        body="""\
Gentile dott.ssa Rossi,

La ringrazio per il dettaglio del conteggio (comprensivo degli allegati tecnici, che non avevamo considerato), che l'Avvocato ha ritenuto corretto.
Il pagamento della fattura n. 102/2026 verrà disposto lunedì 18 p.v.

Cordiali saluti""",
    ),
    dict(
        p="villa",
        d="2027-02-16 10:45",
        q="rem2",
        inv="102/2026",
        k="O",
        odate="2027-01-12 09:10",
        note="old reminder thread reused for a new job request; 'entro fine mese' is a delivery deadline, not a payment date",
        body="""\
Gentile dott.ssa Rossi,

riprendo questa conversazione perché l'Avv. Villa avrebbe bisogno di una nuova traduzione asseverata (tedesco > italiano, circa 20 cartelle, atto di citazione con allegati), con consegna entro fine mese.
Potrebbe cortesemente inviarci un preventivo e la Sua disponibilità?

Cordiali saluti""",
    ),
    # --- Giorgio Sartori, pensionato (Tiscali/Zimbra webmail, ALL CAPS, ISO-8859-1) ---
    dict(
        p="sartori",
        d="2026-11-06 10:05",
        q="rem",
        inv="34/2026",
        k="P",
        odate="2026-11-05 09:20",
        note="all caps, no accents ('GIA PAGATO'); paid claim with a question stays paid",
        body="""\
GENTILE SIGNORA
IO HO GIA PAGATO ALLA POSTA IL 2 SETTEMBRE, HO LA RICEVUTA. COSA DEVO FARE?
SARTORI GIORGIO""",
    ),
    dict(
        p="sartori",
        d="2026-11-10 18:20",
        q="rem",
        inv="34/2026",
        k="P",
        odate="2026-11-05 09:20",
        att=[("png", "ricevuta posta.png")],
        note="sends the photo of the payment receipt",
        body="""\
SIGNORA MIO NIPOTE HA FATTO LA FOTO DELLA RICEVUTA DELLA POSTA E GLIELA MANDO QUI. MI DICA SE VA BENE
SALUTI
SARTORI""",
    ),
    dict(
        p="sartori",
        d="2026-12-14 11:00",
        q="inv",
        inv="106/2026",
        k="O",
        note="question about the reprint; 97,60 is the invoice total, not an amount paid/promised",
        body="""\
GENTILE SIGNORA HO RICEVUTO LA FATTURA DI 97,60 EURO. MA LE COPIE IN PIU DEL LIBRO LE STAMPA LEI O DEVO ANDARE IO IN TIPOGRAFIA CON LA CHIAVETTA? GRAZIE
SARTORI""",
    ),
    dict(
        p="sartori",
        d="2027-01-08 09:30",
        q="rem",
        inv="106/2026",
        k="R",
        pd="2027-01-11",
        odate="2027-01-07 09:20",
        note="'LUNEDI MATTINA' written Fri 8 Jan -> Mon 11 Jan",
        body="""\
SIGNORA MI SCUSI CON LE FESTE MI SONO DIMENTICATO. VADO ALLA POSTA LUNEDI MATTINA.
SARTORI""",
    ),
    dict(
        p="sartori",
        d="2027-01-19 17:00",
        q="rem2",
        inv="106/2026",
        k="R",
        hard=True,
        odate="2027-01-18 09:15",
        note="'NON HO ANCORA PAGATO. CI TORNO APPENA POSSO' -> not paid, promise without date",
        body="""\
SIGNORA SONO ANDATO ALLA POSTA LUNEDI MA C'ERA SCIOPERO E ERA CHIUSO. NON HO ANCORA PAGATO. CI TORNO APPENA POSSO, MI SCUSI.
SARTORI""",
    ),
    # --- Francesca Gentile, Brio Agency (Gmail, English mix) + their accounting ---
    dict(
        p="francesca",
        d="2026-11-03 12:30",
        q="rem",
        inv="50/2026",
        k="P",
        odate="2026-11-02 09:20",
        note="accounting confirms 'il bonifico è partito ieri'",
        body="""\
Ciao Ale!

Super sorry, me l'ero persa nel caos del lancio. Ho chiesto all'amministrazione e mi confermano che il bonifico è partito ieri, dovresti vederlo entro domani.
Let me know se non arriva!

xx
Fra""",
    ),
    dict(
        p="francesca",
        d="2026-12-21 10:10",
        q="inv",
        inv="113/2026",
        k="D",
        note="wrong amount vs approved budget, asks a credit note",
        body="""\
Ciao Ale,

ho visto la fattura, grazie. Però ci sono 2.806 € e il budget approvato dal cliente era 2.000 + IVA, cioè 2.440. Mi sa che hai contato anche le stories animate che alla fine non sono state usate.
Possiamo allinearci? Ti chiederei una nota di credito per la differenza 🙏

Fra""",
    ),
    dict(
        p="francesca",
        d="2027-01-19 15:25",
        q="rem",
        inv="113/2026",
        k="R",
        ref="113/2026",
        odate="2027-01-19 09:10",
        note="'a inizio del mese prossimo' / 'primo run di febbraio' is vague -> no promised_date; 'la 113' = 113/2026",
        body="""\
Ciao Ale, thanks per la NC! Ora è tutto allineato.
Il pagamento della 113 (al netto della nota) lo facciamo partire a inizio del mese prossimo, con il primo run di febbraio 👍

Fra""",
    ),
    dict(
        p="francesca",
        d="2027-02-02 09:50",
        q="inv",
        inv="17/2027",
        k="O",
        cc="Brio Agency - Amministrazione <amministrazione@brioagency.it>",
        note="hands over to accounting (in Cc)",
        body="""\
Ciao! Ricevuta, grazie.
Ti giro Luca dell'amministrazione in cc perché da febbraio i pagamenti fornitori li segue lui, quindi per qualsiasi cosa scrivi pure direttamente a lui.

Have a great day!
Fra""",
    ),
    dict(
        p="brio_admin",
        d="2027-02-24 11:45",
        q="inv",
        inv="17/2027",
        k="P",
        amt="915.00",
        ref="17/2027",
        note="paid today, amount stated (also mentions the earlier 113 as paid)",
        body="""\
Buongiorno Alessandra,

le confermo che abbiamo saldato oggi la fattura 17/2027 (€ 915,00). Con l'occasione le segnalo che la 113/2026 risulta pagata il 3 febbraio.

Cordiali saluti""",
    ),
    # --- Università di Pontevecchio, contabilità di dipartimento (Outlook HTML) ---
    dict(
        p="uni",
        d="2026-11-05 10:15",
        q="rem",
        inv="47/2026",
        k="O",
        odate="2026-11-04 09:25",
        att=[
            (
                "pdf",
                "Dichiarazione_tracciabilita.pdf",
                [
                    "UNIVERSITA' DEGLI STUDI DI PONTEVECCHIO",
                    "Dichiarazione di tracciabilita' dei flussi finanziari",
                    "ai sensi dell'art. 3 della Legge 136/2010",
                    "Il/la sottoscritto/a ...",
                ],
            ),
            (
                "pdf",
                "Autocertificazione_regolarita_contributiva.pdf",
                [
                    "Dichiarazione sostitutiva di atto di notorieta'",
                    "(artt. 46-47 DPR 445/2000)",
                    "Regolarita' contributiva lavoratori autonomi senza dipendenti",
                ],
            ),
        ],
        note="documents required before paying; no claim, no date",
        body="""\
Gentile dott.ssa Rossi,

in riscontro alla Sua comunicazione si rappresenta che, per procedere alla liquidazione della fattura in oggetto, è necessaria l'acquisizione della dichiarazione sostitutiva di regolarità contributiva (per i lavoratori autonomi senza dipendenti) e della dichiarazione di tracciabilità dei flussi finanziari ai sensi della L. 136/2010.
Si allegano i moduli, da restituire compilati e sottoscritti anche con firma digitale.

Cordiali saluti""",
    ),
    dict(
        p="uni",
        d="2026-11-20 14:30",
        q="rem",
        inv="47/2026",
        k="R",
        pd="2026-11-30",
        ref="47/2026",
        odate="2026-11-04 09:25",
        note="payment order to be sent to the bank 'entro il 30 novembre' -> 2026-11-30",
        body="""\
Gentile dott.ssa Rossi,

si comunica che, acquisita la documentazione richiesta, la fattura n. 47/2026 è stata liquidata con provvedimento del 19/11/2026. Il relativo ordinativo di pagamento sarà trasmesso all'Istituto cassiere entro il 30 novembre p.v.

Cordiali saluti""",
    ),
    dict(
        p="uni",
        d="2026-12-03 12:45",
        q="rem",
        inv="47/2026",
        k="P",
        amt="2000.00",
        ref="47/2026",
        odate="2026-11-04 09:25",
        note="ordinativo quietanzato; split payment: imponibile paid",
        body="""\
Gentile dott.ssa Rossi,

si comunica che l'ordinativo di pagamento n. 5521 del 01/12/2026, relativo alla fattura n. 47/2026, è stato regolarmente quietanzato dall'Istituto cassiere.
Importo liquidato: € 2.000,00 (imponibile); IVA di € 440,00 versata all'Erario in regime di scissione dei pagamenti.

Cordiali saluti""",
    ),
    dict(
        p="uni",
        d="2027-01-18 11:00",
        q="inv",
        inv="115/2026",
        k="D",
        ref="115/2026",
        note="work not completed; the invoice will be rejected -> dispute",
        body="""\
Gentile dott.ssa Rossi,

si segnala che la fattura n. 115/2026 non può essere accettata, in quanto la prestazione di impaginazione non risulta ancora completata: alla data odierna il volume degli atti non è stato consegnato in versione definitiva (mancano gli indici dei nomi e la bibliografia generale, come da nota del prof. Gherardi del 9 gennaio).
Si procederà pertanto al rifiuto della fattura tramite SdI. La fattura potrà essere riemessa a consegna avvenuta.

Cordiali saluti""",
    ),
    dict(
        p="uni",
        d="2027-02-11 13:20",
        q="inv",
        inv="115/2026",
        k="O",
        note="new contact person while she is on leave",
        body="""\
Gentile dott.ssa Rossi,

le segnalo che dal 15 febbraio la sottoscritta sarà in congedo. Per le pratiche in corso, compresa la nuova fattura relativa al volume degli atti, potrà fare riferimento al dott. Enrico Tosi (enrico.tosi@unipontevecchio.it, tel. 0586 221144).

Cordiali saluti""",
    ),
    # --- Stefano Longo, Longo Software (Thunderbird, terse, bottom/inline posting) ---
    dict(
        p="stefano",
        d="2026-11-04 22:30",
        q="rem",
        inv="48/2026",
        k="P",
        pos="bottom",
        odate="2026-11-03 09:05",
        note="bottom-posted 'Pagata lunedì'",
        body="Pagata lunedì. Controlla.",
    ),
    dict(
        p="stefano",
        d="2026-12-15 18:50",
        q="rem",
        inv="82/2026",
        k="D",
        odate="2026-12-15 09:10",
        note="inline reply between quoted lines: extra icons were in the initial package, refuses to pay as is",
        raw="""\
Il 15/12/2026 09:10, Alessandra Rossi ha scritto:
> Ciao Stefano,
>
> ti scrivo solo per ricordarti la fattura n. 82/2026 del 13/11/2026 (1.830,00 €), scaduta il 13/12/2026.

Questa non torna. Le 24 icone extra erano nel pacchetto iniziale, non
dovevano essere fatturate a parte. Rileggi il preventivo di settembre.

> Se l'hai già pagata ignora pure questo messaggio, altrimenti ti ringrazio se riesci a fare il bonifico nei prossimi giorni (IBAN IT60 X054 2811 1010 0000 0123 456).

No, non l'ho pagata e così com'è non la pago. Sentiamoci.

> Grazie mille e a presto,
> Alessandra

-- 
Stefano Longo
Longo Software srl – Trento""",
    ),
    dict(
        p="stefano",
        d="2027-01-05 09:40",
        q="rem",
        inv="82/2026",
        k="R",
        pd="2027-01-10",
        amt="1500.00",
        ref="82/2026",
        odate="2026-12-15 09:10",
        note="settled at 1.500 all inclusive; 'pago il 10' -> 2027-01-10 (a Sunday); 'la 82' = 82/2026",
        body="ok, dopo la call: concordato 1.500 tutto compreso per la 82. pago il 10.",
    ),
    dict(
        p="stefano",
        d="2027-01-11 08:15",
        q="rem",
        inv="82/2026",
        k="P",
        amt="1500.00",
        pos="bottom",
        odate="2026-12-15 09:10",
        note="bottom-posted 'fatto. 1500 come d'accordo.'",
        body="fatto. 1500 come d'accordo.",
    ),
    dict(
        p="stefano",
        d="2027-02-09 10:20",
        q="inv",
        inv="21/2027",
        k="O",
        note="IBAN change question, no claim",
        body="ricevuta. l'IBAN è sempre quello? in fattura vedo Banca Sella, prima mi pare fosse Intesa. non vorrei mandarli nel posto sbagliato.",
    ),
    # --- Ilaria Vitale, Vitale Logistica (Samsung) ---
    dict(
        p="ilaria",
        d="2026-11-13 12:10",
        q="rem",
        inv="62/2026",
        k="R",
        pd="2026-11-18",
        odate="2026-11-12 09:25",
        note="'entro mercoledì 18'",
        body="""\
Buongiorno Alessandra,

purtroppo il titolare è all'estero per una fiera e i bonifici li firma solo lui. Rientra martedì: gli faccio trovare la pratica sulla scrivania e il pagamento dovrebbe partire entro mercoledì 18.
Mi scusi per l'attesa.

Ilaria""",
    ),
    dict(
        p="ilaria",
        d="2026-11-18 18:40",
        q="rem",
        inv="62/2026",
        k="P",
        odate="2026-11-12 09:25",
        note="'ok bonifico partito'",
        body="""\
ok bonifico partito, firmato stamattina. Buona serata!
Ilaria""",
    ),
    dict(
        p="ilaria",
        d="2026-12-09 09:05",
        q="inv",
        inv="101/2026",
        k="O",
        note="'ho girato all'amministrazione' + new contact",
        body="""\
Buongiorno, ricevuta.
Ho girato la fattura alla nostra amministrazione: per qualsiasi cosa da adesso può fare riferimento direttamente a loro (amministrazione@vitalelogistica.it, chiedere di Pasquale).
Grazie!""",
    ),
    dict(
        p="ilaria",
        d="2027-01-14 10:30",
        q="rem",
        inv="101/2026",
        k="D",
        odate="2027-01-13 09:05",
        note="translation rejected by customs: work not conforming, payment withheld until corrected",
        body="""\
Buongiorno Alessandra,

l'amministrazione mi dice che non può pagare la fattura perché la traduzione del certificato d'origine è stata respinta dalla dogana di Rotterdam per un errore nella denominazione delle merci (codice doganale non corrispondente). Il titolare chiede che venga corretta prima di procedere con il pagamento.

Mi faccia sapere, grazie
Ilaria""",
    ),
    dict(
        p="ilaria",
        d="2027-01-26 16:00",
        q="rem",
        inv="101/2026",
        k="R",
        pd="2027-01-29",
        odate="2027-01-13 09:05",
        note="'parte con la distinta del 29'",
        body="""\
Buongiorno, la dogana ha accettato la versione corretta, grazie mille per la rapidità!
Il pagamento è stato autorizzato e parte con la distinta del 29.

Ilaria""",
    ),
    # --- Nicola Palumbo, Pizzeria Vesuvio (Samsung/Hotmail, typos) ---
    dict(
        p="nicola",
        d="2026-11-17 23:05",
        q="rem",
        inv="64/2026",
        k="P",
        odate="2026-11-16 09:20",
        note="no accents, no punctuation: 'gia pagato settimana scorsa'",
        body="ciao si scusa gia pagato settimana scorsa controlla bene",
    ),
    dict(
        p="nicola",
        d="2026-11-19 15:10",
        q="rem",
        inv="64/2026",
        k="P",
        odate="2026-11-16 09:20",
        att=[("png", "Screenshot_20261119-150622_PostePay.png")],
        note="insists it was paid, screenshot attached; typos",
        body="ma comme non ti e arrivato?? io lo fatto con postepay giovedi ti mando foto della ricevuta",
    ),
    dict(
        p="nicola",
        d="2026-12-22 23:30",
        q="rem",
        inv="88/2026",
        k="R",
        odate="2026-12-21 09:30",
        note="'dopo le feste' -> no promised_date",
        body="ok ok lo so. dopo le feste ti pago tutto tranquilla. buon natale 🎄🍕",
    ),
    dict(
        p="nicola",
        d="2027-01-09 18:45",
        q="rem",
        inv="88/2026",
        k="O",
        odate="2026-12-21 09:30",
        note="asks the file again; nothing about payment",
        body="ciao ma il file dei volantini me lo rimandi che la tipografia dice che lo ha perso??",
    ),
    dict(
        p="nicola",
        d="2027-01-16 16:20",
        q="rem",
        inv="88/2026",
        k="P",
        amt="183.00",
        odate="2026-12-21 09:30",
        note="caps 'FATTO!!! 183 euro'",
        body="FATTO!!! 183 euro. ora siamo pari 😂",
    ),
    # --- Rag. Silvia D'Angelo, studio di consulenza del lavoro (Outlook, cp1252) ---
    dict(
        p="dangelo",
        d="2026-11-10 11:50",
        q="rem",
        inv="58/2026",
        k="P",
        amt="2244.00",
        odate="2026-11-09 09:30",
        note="paid today, net of ritenuta d'acconto",
        body="""\
Gentile dott.ssa Rossi,

Le confermo che il bonifico di € 2.244,00 è stato disposto in data odierna.
L'importo è al netto della ritenuta d'acconto di € 440,00, che verseremo con F24 entro il 16 del mese successivo; Le invieremo la Certificazione Unica nei termini di legge.

Cordiali saluti""",
    ),
    dict(
        p="dangelo",
        d="2026-12-16 09:35",
        q="inv",
        inv="109/2026",
        k="O",
        ref="109/2026",
        note="question about the tax regime / missing ritenuta; not a contestation",
        body="""\
Gentile dott.ssa Rossi,

nella fattura n. 109/2026 non è esposta la ritenuta d'acconto. Mi conferma che dal 2026 è passata al regime forfettario? In tal caso le chiederei di indicare in fattura la dicitura di esonero dalla ritenuta, altrimenti non possiamo registrarla correttamente.

Cordiali saluti""",
    ),
    dict(
        p="dangelo",
        d="2027-01-12 10:05",
        q="rem",
        inv="109/2026",
        k="R",
        pd="2027-01-14",
        odate="2027-01-11 09:15",
        note="'giovedì prossimo' written Tue 12 Jan -> next Thursday after today = 2027-01-14 (convention; not 'della settimana prossima')",
        body="""\
Gentile dott.ssa Rossi,

grazie per la fattura corretta, che abbiamo registrato. Il pagamento verrà eseguito giovedì prossimo, insieme agli altri fornitori dello studio.

Cordiali saluti""",
    ),
    dict(
        p="dangelo",
        d="2027-01-20 15:30",
        q="rem2",
        inv="109/2026",
        k="R",
        pd="2027-01-22",
        hard=True,
        odate="2027-01-19 09:15",
        note="not executed; re-entered today with execution date 'venerdì 22' -> promise 2027-01-22, not paid",
        body="""\
Gentile dott.ssa Rossi,

mi scuso: verificando, la disposizione di giovedì scorso non è stata eseguita dalla banca per un errore nel codice IBAN (una cifra invertita).
L'ho reinserita oggi con data di esecuzione venerdì 22. Le confermo appena risulta addebitata.

Cordiali saluti""",
    ),
    dict(
        p="dangelo",
        d="2027-02-17 12:00",
        k="X",
        subj="Certificazione Unica 2027 – compensi 2026",
        att=[
            (
                "pdf",
                "CU2027_Rossi_Alessandra.pdf",
                [
                    "CERTIFICAZIONE UNICA 2027",
                    "Periodo d'imposta 2026",
                    "Sostituto d'imposta: STUDIO D'ANGELO",
                    "Percipiente: ROSSI ALESSANDRA",
                    "Ammontare lordo corrisposto: 2.500,00",
                    "Ritenute a titolo di acconto: 500,00",
                ],
            )
        ],
        note="tax certificate sent as a new message; not about an open invoice",
        body="""\
Gentile dott.ssa Rossi,

in allegato trasmettiamo la Certificazione Unica 2027 relativa ai compensi corrisposti nel 2026 e alle ritenute d'acconto operate e versate.

Cordiali saluti""",
    ),
    # --- Emanuele Riva, Cantina Riva (Apple Mail) ---
    dict(
        p="riva",
        d="2026-11-12 17:40",
        q="rem",
        inv="60/2026",
        k="D",
        odate="2026-11-11 09:40",
        note="work not conforming (wrong colour files), wants a concession before paying",
        body="""\
Gentile Alessandra,

mi spiace doverle scrivere questo, ma le etichette della linea Riserva sono arrivate in tipografia con i colori sbagliati (il bordeaux è venuto marrone) e abbiamo dovuto buttare la prima tiratura, circa 6.000 etichette.
Capisco che l'errore possa essere anche della tipografia, ma i file esecutivi erano in quadricromia e non in Pantone come avevamo chiesto.
Prima di saldare vorrei capire come intende venirci incontro.

Cordialmente,
Emanuele""",
    ),
    dict(
        p="riva",
        d="2026-11-27 11:05",
        q="rem",
        inv="60/2026",
        k="R",
        pd="2026-12-10",
        amt="4392.00",
        odate="2026-11-11 09:40",
        note="accepts the 10% discount, promises 4.392 'entro il 10 dicembre'",
        body="""\
Gentile Alessandra,

grazie per la disponibilità e per i nuovi file, la ristampa è venuta perfetta.
Accetto volentieri lo sconto del 10% che mi ha proposto: provvederò a saldare 4.392 € entro il 10 dicembre.

Un cordiale saluto,
Emanuele""",
    ),
    dict(
        p="riva",
        d="2026-12-09 08:30",
        q="rem",
        inv="60/2026",
        k="P",
        odate="2026-11-11 09:40",
        note="'il bonifico è partito stamattina' + unrelated question (shipping address for a gift)",
        body="""\
Gentile Alessandra,

le scrivo solo per dirle che il bonifico è partito stamattina.
Vorrei mandarle due bottiglie di Riserva per Natale: a che indirizzo posso spedirle?

Emanuele""",
    ),
    dict(
        p="riva",
        d="2027-01-27 09:20",
        q="inv",
        inv="14/2027",
        k="O",
        note="request for future invoices; accepts this one as is",
        body="""\
Gentile Alessandra,

grazie. Per le prossime fatture le chiederei di indicare anche il nostro numero d'ordine interno (lo trova in fondo alla mail d'incarico), ci semplifica molto la vita in contabilità. Per questa va bene così.

Buona giornata,
Emanuele""",
    ),
    dict(
        p="riva",
        d="2027-02-15 12:15",
        q="rem",
        inv="14/2027",
        k="R",
        pd="2027-02-28",
        hard=True,
        odate="2027-02-12 09:20",
        note="'pagheremo ... a fine mese' = promise (future tense, not paid) -> 2027-02-28",
        body="""\
Gentile Alessandra,

nessun problema: pagheremo la fattura a fine mese insieme agli altri fornitori, come facciamo sempre.

Un saluto,
Emanuele""",
    ),
    # --- Beatrice Fabbri, wedding planner (Outlook for iOS, HTML only) ---
    dict(
        p="beatrice",
        d="2026-11-02 10:40",
        q="rem",
        inv="52/2026",
        k="P",
        odate="2026-10-30 09:00",
        att=[("png", "IMG_8841.PNG")],
        note="'pagato adesso adesso', screenshot",
        body="""\
Ciaooo Ale!!! 😍
Scusami tantissimo, hai ragionissima! Pagato adesso adesso, ti giro lo screen 👇
Un bacione e grazie ancora per le grafiche del matrimonio Bianchi-Ferrero, la sposa le ha adorate 💕""",
    ),
    dict(
        p="beatrice",
        d="2026-12-29 19:05",
        q="rem",
        inv="92/2026",
        k="R",
        pd="2027-01-07",
        odate="2026-12-28 09:10",
        note="'ti pago tutto il 7 gennaio'",
        body="""\
Ale amore sono sommersa dai matrimoni di capodanno 🥂🥂
Ti pago tutto il 7 gennaio quando riapre tutto, ok? Buon anno!!! 🎉""",
    ),
    dict(
        p="beatrice",
        d="2027-01-08 13:30",
        q="rem",
        inv="92/2026",
        k="O",
        odate="2026-12-28 09:10",
        note="'mi rimandi la fattura in PDF?' - no payment claim (promised date has passed)",
        body="Tesoro mi rimandi la fattura di dicembre in PDF? Non la trovo più da nessuna parte e la commercialista me la chiede 🙈",
    ),
    dict(
        p="beatrice",
        d="2027-01-12 21:50",
        q="rem",
        inv="92/2026",
        k="P",
        ref="92/2026",
        odate="2026-12-28 09:10",
        note="'la 92 è saldata' = 92/2026",
        body="Fatto!!! 💸💸 Scusa il ritardo, la 92 è saldata! Baci baci",
    ),
    dict(
        p="beatrice",
        d="2027-02-10 11:25",
        q="inv",
        inv="22/2027",
        k="D",
        note="says the items were agreed as free, asks to cancel the invoice",
        body="""\
Ale scusa ma questa non me l'aspettavo 😬
I segnaposto per il matrimonio Conti li avevamo detti in omaggio perché nel primo giro c'era il nome della sposa sbagliato… ricordi? Me la puoi annullare? 🙏""",
    ),
    # --- Ing. Tommaso Bassi, Bassi Engineering (Outlook HTML, cp1252, very formal) ---
    dict(
        p="bassi",
        d="2026-11-04 09:15",
        q="rem",
        inv="40/2026",
        k="R",
        pd="2026-11-30",
        odate="2026-11-03 09:15",
        note="'data valuta 30 novembre 2026'",
        body="""\
Spett.le dott.ssa Rossi,

in riscontro alla Sua cortese comunicazione, Le confermiamo che la fattura in oggetto sarà saldata con bonifico bancario avente data valuta 30 novembre 2026, in coerenza con il nostro calendario pagamenti fornitori.

Distinti saluti""",
    ),
    dict(
        p="bassi",
        d="2026-12-01 10:00",
        q="rem",
        inv="40/2026",
        k="P",
        amt="6120.00",
        ref="40/2026",
        odate="2026-11-03 09:15",
        note="paid, amount stated net of ritenuta",
        body="""\
Spett.le dott.ssa Rossi,

con la presente Le comunichiamo l'avvenuto pagamento della fattura n. 40/2026, per l'importo di € 6.120,00 al netto della ritenuta d'acconto, con valuta 30/11/2026.

Distinti saluti""",
    ),
    dict(
        p="bassi",
        d="2027-01-07 16:20",
        q="rem",
        inv="93/2026",
        k="D",
        odate="2027-01-05 09:20",
        att=[
            (
                "pdf",
                "KX-400_Terminologie_Anmerkungen.pdf",
                [
                    "KX-400 Betriebsanleitung - Anmerkungen des Kunden",
                    "S. 12: Schutzleiter -> conduttore di protezione",
                    "S. 18: Nm non convertiti",
                    "S. 33: Notausschalter -> arresto di emergenza",
                ],
            )
        ],
        note="terminology errors reported by their customer; will not pay until revised",
        body="""\
Spett.le dott.ssa Rossi,

non possiamo procedere al pagamento della fattura in oggetto, poiché la traduzione del manuale della linea KX-400 contiene errori terminologici rilevanti, segnalati dal nostro cliente tedesco (v. elenco allegato): in particolare "Schutzleiter" reso con "conduttore di sicurezza" e diverse unità di misura non convertite.
Restiamo in attesa della revisione del testo, a seguito della quale valuteremo il pagamento.

Distinti saluti""",
    ),
    dict(
        p="bassi",
        d="2027-02-01 09:40",
        q="inv",
        inv="16/2027",
        k="O",
        ref="16/2027",
        note="formal acknowledgement, forwarded to their accounting",
        body="""\
Spett.le dott.ssa Rossi,

si accusa ricevuta della fattura n. 16/2027, che è stata inoltrata al nostro ufficio amministrativo per il seguito di competenza.

Distinti saluti""",
    ),
    dict(
        p="bassi",
        d="2027-02-18 17:10",
        q="rem",
        inv="93/2026",
        k="D",
        pd="2027-02-26",
        amt="1756.80",
        hard=True,
        odate="2027-02-17 09:10",
        note="will pay 80% (1.756,80) by 26 Feb, balance withheld pending their customer's check -> dispute",
        body="""\
Spett.le dott.ssa Rossi,

preso atto della revisione consegnata in data 12/02, Le comunichiamo che provvederemo entro il 26 febbraio al pagamento dell'80% dell'importo fatturato (€ 1.756,80).
Il saldo resta sospeso fino all'esito della verifica da parte del nostro cliente finale, che ci è stata promessa entro marzo.

Distinti saluti""",
    ),
    # --- Carla Monti, Libreria Monti (Thunderbird, ISO-8859-1) ---
    dict(
        p="monti",
        d="2026-11-16 10:50",
        q="rem",
        inv="63/2026",
        k="R",
        pd="2026-11-30",
        odate="2026-11-13 09:05",
        note="'entro fine mese' -> 2026-11-30",
        body="""\
Gentile Alessandra,

ha ragione, mi scusi tanto. In questo periodo il negozio va a rilento e sto aspettando il rimborso delle cedole librarie dal Comune.
Conto di pagarla entro fine mese.

Cordiali saluti
Carla Monti""",
    ),
    dict(
        p="monti",
        d="2026-11-30 18:10",
        q="rem",
        inv="63/2026",
        k="R",
        pd="2026-12-10",
        hard=True,
        odate="2026-11-13 09:05",
        note="'non riesco prima del 10 dicembre' = new promise for 2026-12-10 (the end-of-month one is missed)",
        body="""\
Gentile Alessandra,

le scrivo con un po' di imbarazzo: il rimborso delle cedole non è ancora arrivato e non riesco prima del 10 dicembre. Le chiedo ancora un po' di pazienza, non è mia abitudine pagare in ritardo.

Cordiali saluti
Carla Monti""",
    ),
    dict(
        p="monti",
        d="2026-12-10 12:30",
        q="rem",
        inv="63/2026",
        k="P",
        odate="2026-11-13 09:05",
        note="'stamattina ho fatto il bonifico'",
        body="""\
Gentile Alessandra,

stamattina ho fatto il bonifico. Grazie della pazienza e buone feste.

Carla Monti""",
    ),
    dict(
        p="monti",
        d="2026-12-12 09:20",
        q="inv",
        inv="107/2026",
        k="R",
        hard=True,
        note="asks to pay in January: intends to pay later, month only -> promise without date",
        body="""\
Gentile Alessandra,

grazie, i segnalibri sono bellissimi e i clienti li apprezzano molto, li prendono anche senza comprare niente!
Per questa fattura, posso pagarla a gennaio? Dicembre è sempre il mese più pesante con gli ordini agli editori.

Cordiali saluti
Carla Monti""",
    ),
    dict(
        p="monti",
        d="2027-01-21 15:40",
        q="rem",
        inv="107/2026",
        k="P",
        odate="2027-01-20 09:05",
        note="'io ho pagato il 14 gennaio ... può controllare meglio?' - paid claim with a question",
        body="""\
Gentile Alessandra,

guardi che io ho pagato il 14 gennaio, ho la ricevuta della banca. Può controllare meglio? Magari è arrivato con la causale sbagliata, l'ho fatto dall'ufficio postale.

Grazie
Carla Monti""",
    ),
    # --- Marta Cattaneo, Cattaneo Eventi (Gmail plain, bottom posting) ---
    dict(
        p="marta",
        d="2026-11-18 09:30",
        q="rem",
        inv="69/2026",
        k="R",
        pd="2026-11-28",
        odate="2026-11-17 09:40",
        note="'non riusciamo prima del 28 ... il 28 è sicuro' -> 2026-11-28 (a Saturday)",
        body="""\
Ciao Alessandra,

hai ragione. Non riusciamo prima del 28 perché stiamo aspettando il saldo di un cliente (il solito congresso...), ma il 28 è sicuro.

Marta""",
    ),
    dict(
        p="marta",
        d="2026-11-30 08:55",
        q="rem",
        inv="69/2026",
        k="P",
        pos="bottom",
        odate="2026-11-17 09:40",
        note="bottom-posted: 'bonifico fatto venerdì 27'",
        body="""\
Alessandra ciao, ti confermo il bonifico fatto venerdì 27, in anticipo rispetto al previsto ;)

Marta""",
    ),
    dict(
        p="marta",
        d="2027-01-11 12:05",
        q="rem",
        inv="94/2026",
        k="D",
        odate="2027-01-08 09:30",
        note="asks a 150 discount for faulty work; 150 is a discount, not an amount paid/promised",
        body="""\
Ciao Alessandra,

su questa ti devo dire una cosa: il cliente ci ha contestato i pass per l'evento perché il QR code stampato non funzionava (rimandava a una pagina di prova), e abbiamo dovuto ristamparli in fretta e furia la sera prima.
Io la fattura la pago, ma ti chiedo uno sconto per coprire i costi di ristampa, diciamo 150 €. Fammi sapere.

Marta""",
    ),
    dict(
        p="marta",
        d="2027-01-25 10:10",
        q="rem",
        inv="94/2026",
        k="P",
        amt="704.00",
        pos="bottom",
        odate="2027-01-08 09:30",
        note="bottom-posted: paid 704 as agreed",
        body="""\
Fatto, 704 € come concordato (854 - 150). Grazie per la comprensione, alla prossima!

Marta""",
    ),
]

# ===================== more writers (added for balance) ======================
M += [
    # --- dev: Laura Bortolotti, Caffè Bortolotti (webmail) ---
    dict(
        p="bortolotti",
        d="2026-12-09 11:45",
        q="rem",
        inv="80/2026",
        k="D",
        odate="2026-12-07 09:20",
        note="asks to deduct the printer's extra cost (380) from the invoice -> dispute",
        body="""\
Buongiorno Alessandra,

sul packaging ci sono stati dei problemi che forse non le sono arrivati: la fustella del sacchetto da 250 g non corrispondeva a quella del fornitore e il tipografo ha dovuto rifare l'esecutivo, che ci ha fatturato 380 euro.
Le chiedo quindi di scalare questa cifra dalla sua fattura, mi sembra il minimo.

Mi faccia sapere
Laura Bortolotti""",
    ),
    dict(
        p="bortolotti",
        d="2026-12-17 16:30",
        q="rem",
        inv="80/2026",
        k="R",
        pd="2026-12-31",
        amt="1884.00",
        odate="2026-12-07 09:20",
        note="settled (cost split in half): promises 1.884 'entro il 31 dicembre'",
        body="""\
Buongiorno Alessandra,

va bene, accetto la sua proposta di dividere a metà la spesa del tipografo. Le pago quindi 1.884 € entro il 31 dicembre, così chiudiamo l'anno in pari.

Grazie per la disponibilità,
Laura""",
    ),
    # --- dev: Cooperativa Sociale Arcobaleno, ufficio amministrativo (Outlook, cp1252) ---
    dict(
        p="arcobaleno",
        d="2027-02-02 10:50",
        q="rem",
        inv="118/2026",
        k="D",
        ref="118/2026",
        odate="2027-02-01 09:10",
        note="amount above the authorised budget, asks a credit note for the excess",
        body="""\
Buongiorno,

la fattura n. 118/2026 riporta un importo di € 1.586,00, mentre la delibera del CdA approvava una spesa massima di € 1.200,00 IVA compresa, come indicato nella nostra lettera d'incarico. Non siamo quindi autorizzati a pagare l'eccedenza.
Vi chiediamo di emettere nota di credito per € 386,00; la parte restante sarà pagata al ricevimento della nota.

Cordiali saluti""",
    ),
    dict(
        p="arcobaleno",
        d="2027-02-16 14:20",
        q="rem",
        inv="118/2026",
        k="O",
        odate="2027-02-01 09:10",
        note="asks a signed IBAN letter (anti-fraud procedure) before paying; no date",
        body="""\
Buongiorno,

ricevuta la nota di credito, grazie.
Per procedere al pagamento la nostra procedura antifrode richiede che il codice IBAN ci venga comunicato su carta intestata, datato e firmato (va bene anche una scansione in PDF). Può inviarcelo?

Cordiali saluti""",
    ),
    # --- dev: Debora again ---
    dict(
        p="debora",
        d="2027-02-15 09:40",
        q="rem2",
        inv="105/2026",
        k="D",
        odate="2027-02-12 09:30",
        note="head office says 4 of the 14 services were already invoiced/paid in November -> dispute",
        body="""\
ciao Ale, scusa ma adesso la sede mi dice che in fattura ci sono 14 servizi foto ma a dicembre ne hai fatti 10, gli altri 4 erano di novembre e te li avevamo già pagati con l'altra fattura. ti chiedono di correggerla, io non so cosa dirti 😕""",
    ),
    # --- firstread: Geom. Luigi Ferrante, agenzia immobiliare (old Outlook, ISO-8859-1) ---
    dict(
        p="ferrante",
        d="2027-01-26 10:20",
        q="rem",
        inv="116/2026",
        k="D",
        odate="2027-01-25 09:05",
        note="work not finished (4 of 6 brochures); the quoted 'dopo le feste' are her words, not a promise",
        body="""\
Gentile signora,
in riferimento al sollecito, le faccio presente che le brochure erano state commissionate per 6 immobili e ne ho ricevute solo 4. Le altre due, mi disse a dicembre, sarebbero arrivate "dopo le feste" e non le ho ancora viste.
Pagherò l'importo quando il lavoro sarà completato, come è giusto che sia.
Distinti saluti
Geom. Luigi Ferrante""",
    ),
    dict(
        p="ferrante",
        d="2027-02-09 17:05",
        q="rem2",
        inv="116/2026",
        k="D",
        pd="2027-02-12",
        amt="610.00",
        hard=True,
        odate="2027-02-08 09:15",
        note="pays 4/6 (610) 'entro venerdì' (Tue 9 Feb -> Fri 12 Feb), rest withheld for a wrong figure -> dispute",
        body="""\
Gentile signora,
ricevute finalmente le ultime due brochure, ma in quella della villa di Castelnuovo la metratura è sbagliata (140 mq invece di 240), e per un immobile in vendita non è un dettaglio.
Le pago intanto i 4/6 del lavoro, cioè 610 euro, entro venerdì; il resto quando mi manda il file corretto.
Distinti saluti
L. Ferrante""",
    ),
    # --- firstread: Dott.ssa Paola Landi, Farmacia Landi (Gmail) ---
    dict(
        p="landi",
        d="2026-11-27 13:10",
        q="rem",
        inv="75/2026",
        k="D",
        odate="2026-11-26 09:30",
        note="material defective / wrong colour; wants an inspection or a solution before paying",
        body="""\
Gentile Alessandra,

non le nascondo un certo disappunto: le vetrofanie sono state installate ma dopo tre settimane si stanno già staccando sugli angoli, e il verde della croce non è quello del nostro marchio. Il materiale l'ha scelto lei con il suo fornitore.
Prima di pagare vorrei che venisse qualcuno a vedere, oppure che mi proponga una soluzione.

Cordiali saluti
Paola Landi""",
    ),
    dict(
        p="landi",
        d="2026-12-02 18:25",
        q="rem",
        inv="77/2026",
        k="D",
        odate="2026-12-01 09:20",
        note="says the flyer was included in the package ('fatturarlo a parte') -> dispute",
        body="""\
Gentile Alessandra,

credo ci sia un errore: il volantino della campagna antinfluenzale era compreso nel pacchetto vetrina, come da sua offerta del 5 ottobre ("inclusi materiali promozionali di stagione"). Non mi sembra corretto fatturarlo a parte.
Mi fa sapere?

Paola Landi""",
    ),
    dict(
        p="landi",
        d="2026-12-18 12:40",
        q="rem",
        inv="75/2026",
        k="R",
        pd="2026-12-21",
        odate="2026-11-26 09:30",
        note="both disputes withdrawn; 'lunedì 21' (Mon 21 Dec) for both invoices, no numbers named",
        body="""\
Gentile Alessandra,

grazie per aver fatto sostituire le vetrofanie, ora sono perfette. Per il volantino ha ragione lei, avevo letto male l'offerta: i materiali inclusi erano solo quelli per la vetrina.
Pago entrambe le fatture lunedì 21.

Buone feste
Paola Landi""",
    ),
]


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def validate(m):
    import re

    assert m["p"] in P, m["p"]
    assert m["k"] in KINDS, m
    d = parse_date(m["d"])
    assert dt.datetime(2026, 11, 1, tzinfo=TZ) <= d < dt.datetime(2027, 3, 1, tzinfo=TZ), m["d"]
    if m.get("q"):
        assert m["inv"] in INV, m["inv"]
    else:
        assert m.get("subj"), m
    if "pd" in m:
        pd = dt.date.fromisoformat(m["pd"])
        assert pd >= d.date(), (m["d"], m["pd"])
    if "amt" in m:
        assert re.fullmatch(r"\d+\.\d\d", m["amt"]), m["amt"]
    if "ref" in m:
        assert re.fullmatch(r"\d+/20\d\d", m["ref"]), m["ref"]
    assert m.get("note"), m


def main():
    for m in M:
        validate(m)
    # a writer belongs to exactly one split
    addrs = {}
    for k, p in P.items():
        addrs.setdefault(p["addr"], set()).add(p["split"])
    assert all(len(v) == 1 for v in addrs.values())

    order = sorted(M, key=lambda m: (m["d"], m["p"]))
    for f in os.listdir(HERE):
        if f.startswith("it-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))

    out = [
        "# Labels for tests/data/replies/it/*.eml - generated by make.py, do not edit by hand.",
        "# Conventions: see the docstring of make.py.",
        "",
    ]
    stats = {}
    for i, m in enumerate(order, 1):
        fn = f"it-{i:04d}.eml"
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(build(m))
        p = P[m["p"]]
        kind = KINDS[m["k"]]
        out.append(f'[files."{fn}"]')
        out.append(f"kind = {toml_str(kind)}")
        out.append('language = "it"')
        out.append(f"split = {toml_str(p['split'])}")
        if "pd" in m:
            out.append(f"promised_date = {toml_str(m['pd'])}")
        if "amt" in m:
            out.append(f"amount = {toml_str(m['amt'])}")
        if "ref" in m:
            out.append(f"reference = {toml_str(m['ref'])}")
        out.append(f"note = {toml_str(('[hard] ' if m.get('hard') else '') + m['note'])}")
        out.append("")
        key = (kind, p["split"])
        stats[key] = stats.get(key, 0) + 1
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))

    print(f"wrote {len(order)} messages")
    for split in ("dev", "firstread"):
        n = sum(v for (k, s), v in stats.items() if s == split)
        print(f"  {split}: {n}")
        for (k, s), v in sorted(stats.items()):
            if s == split:
                print(f"    {k:24s} {v}")
    print(f"  hard cases: {sum(1 for m in M if m.get('hard'))}")
    print(
        f"  writers: dev {len({m['p'] for m in M if P[m['p']]['split'] == 'dev'})}, "
        f"firstread {len({m['p'] for m in M if P[m['p']]['split'] == 'firstread'})}"
    )


if __name__ == "__main__":
    main()
