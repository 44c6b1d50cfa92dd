#!/usr/bin/env python3
"""round15-it: Italian institutional, family-business, parish, startup and consorzio clients.

Generates r15i-NNNN.eml and labels.toml. Python 3.11, stdlib only.
Every message body below is written by hand; only MIME plumbing, HTML skeletons and the quoted
originals (the invoice mails and the mailduns reminders the clients answer) are generated.
"""
import base64
import email
import email.policy
import hashlib
import quopri
import random
from datetime import date, datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "r15i"

# --------------------------------------------------------------------------------------------
# The world: owners and invoices
# --------------------------------------------------------------------------------------------
OWNERS = {
    "A": dict(name="Alessandra Rossi", addr="alessandra@example.it", dom="example.it",
              iban="IT60 X054 2811 1010 0000 0123 456", sig="Alessandra Rossi\nGrafica e illustrazione – Bologna\nP. IVA 03812450371"),
    "M": dict(name="Marco Ferri", addr="marco@ferriweb.it", dom="ferriweb.it",
              iban="IT12 A030 6962 6101 0000 0004 567", sig="Marco Ferri\nSviluppo web e sistemi – Padova\nwww.ferriweb.it"),
    "G": dict(name="Giulia Conti", addr="giulia@giuliaconti.it", dom="giuliaconti.it",
              iban="IT45 R076 0116 0000 0001 2345 678", sig="Dott.ssa Giulia Conti\nFormazione e consulenza – Lecce\ntel. 347 551 2290"),
    "D": dict(name="Davide Greco", addr="davide@grecovideo.it", dom="grecovideo.it",
              iban="IT88 N036 6901 6000 0000 0987 654", sig="Davide Greco\nFoto & video – Napoli\nwww.grecovideo.it"),
}

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]
MESI3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
GIORNI3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]


def d(y, m, dd):
    return date(y, m, dd)


# number: (owner, amount text, issued, due, client, client kind, what, codice univoco / None)
INV = {
    # Alessandra Rossi – N/2026
    "35/2026": ("A", "976,00 €", d(2026, 10, 5), d(2026, 11, 4), "Comune di Castelverde", "company", "brochure turistica Castelverde 2027", "UF8KQ2"),
    "36/2026": ("A", "1.342,00 €", d(2026, 10, 20), d(2026, 11, 19), "Comune di Castelverde", "company", "locandine stagione teatrale 2026/27", "UF8KQ2"),
    "38/2026": ("A", "1.464,00 €", d(2026, 10, 30), d(2026, 11, 29), "Comune di Castelverde", "company", "manifesti «Natale a Castelverde»", "UF8KQ2"),
    "41/2026": ("A", "2.440,00 €", d(2026, 10, 15), d(2026, 11, 14), "Bertolini Arredamenti snc", "company", "logo e immagine coordinata", None),
    "42/2026": ("A", "2.196,00 €", d(2026, 10, 31), d(2026, 12, 31), "Vezzani S.p.A.", "company", "grafiche stand fiera Marca 2027", None),
    "43/2026": ("A", "305,00 €", d(2026, 11, 10), d(2026, 12, 10), "Parrocchia di San Michele Arcangelo", "company", "volantini e locandine Avvento", None),
    "44/2026": ("A", "3.172,00 €", d(2026, 11, 5), d(2026, 12, 5), "Consorzio Tutela Formaggio Valmara DOP", "company", "progetto etichette", None),
    "45/2026": ("A", "610,00 €", d(2026, 11, 12), d(2026, 12, 12), "Parrocchia di San Michele Arcangelo", "company", "campagna raccolta fondi restauro campanile", None),
    "46/2026": ("A", "1.098,00 €", d(2026, 11, 20), d(2026, 12, 20), "Consorzio Tutela Formaggio Valmara DOP", "company", "adattamento etichette formato 250 g", None),
    "47/2026": ("A", "5.856,00 €", d(2026, 11, 30), d(2027, 1, 31), "Vezzani S.p.A.", "company", "packaging linea Natale", None),
    "48/2026": ("A", "5.124,00 €", d(2026, 12, 4), d(2027, 1, 3), "Vezzani S.p.A.", "company", "packaging linea Pasqua – revisioni", None),
    "49/2026": ("A", "1.830,00 €", d(2026, 11, 25), d(2026, 12, 25), "Nuvolab srl", "company", "illustrazioni onboarding app", None),
    "50/2026": ("A", "488,00 €", d(2026, 11, 28), d(2026, 12, 28), "Pro Loco Roccalba", "company", "manifesto Sagra della Castagna", None),
    "51/2026": ("A", "3.660,00 €", d(2026, 12, 10), d(2027, 1, 9), "Nuvolab srl", "company", "illustrazioni store e social kit", None),
    "2/2027": ("A", "732,00 €", d(2027, 1, 15), d(2027, 2, 14), "Pro Loco Roccalba", "company", "manifesto Carnevale 2027", None),
    # Marco Ferri – 2026/NN
    "2026/31": ("M", "4.270,00 €", d(2026, 10, 10), d(2026, 11, 9), "Università degli Studi di Montecalvo – Dipartimento di Scienze Storiche", "company", "sito web progetto PRIN – acconto", "8HY2TQ"),
    "2026/33": ("M", "2.440,00 €", d(2026, 11, 15), d(2026, 12, 15), "Università degli Studi di Montecalvo – Dipartimento di Scienze Storiche", "company", "sito web progetto PRIN – saldo", "8HY2TQ"),
    "2026/34": ("M", "6.100,00 €", d(2026, 11, 2), d(2026, 12, 2), "Nuvolab srl", "company", "sviluppo MVP – sprint 3", None),
    "2026/36": ("M", "2.928,00 €", d(2026, 9, 30), d(2026, 11, 30), "Vezzani S.p.A.", "company", "manutenzione intranet Q3", None),
    "2026/37": ("M", "6.100,00 €", d(2026, 11, 30), d(2026, 12, 30), "Nuvolab srl", "company", "sviluppo MVP – sprint 3 bis", None),
    "2026/38": ("M", "1.952,00 €", d(2026, 11, 20), d(2026, 12, 20), "Ordine degli Ingegneri della Provincia di Montecalvo", "company", "piattaforma iscrizioni corsi", "UFH3LM"),
    "2026/39": ("M", "3.050,00 €", d(2026, 11, 10), d(2026, 12, 10), "Bertolini Arredamenti snc", "company", "sito e-commerce", None),
    "2026/41": ("M", "3.416,00 €", d(2026, 12, 1), d(2027, 1, 31), "Vezzani S.p.A.", "company", "integrazione API magazzino", None),
    "2026/43": ("M", "4.392,00 €", d(2026, 12, 15), d(2027, 1, 14), "Vezzani S.p.A.", "company", "report di business intelligence vendite", None),
    "2027/05": ("M", "6.100,00 €", d(2027, 2, 1), d(2027, 2, 15), "Nuvolab srl", "company", "sviluppo MVP – sprint 5", None),
    "2027/02": ("M", "6.100,00 €", d(2027, 1, 3), d(2027, 2, 2), "Nuvolab srl", "company", "sviluppo MVP – sprint 4", None),
    # Giulia Conti – N/2026
    "19/2026": ("G", "2.800,00 €", d(2026, 10, 12), d(2026, 11, 11), "Azienda Sanitaria Locale di Montebruno", "company", "corso «Comunicazione efficace in reparto»", "UFQ7R1"),
    "20/2026": ("G", "1.500,00 €", d(2026, 10, 25), d(2026, 11, 24), "Istituto Comprensivo «Gianni Rodari»", "company", "formazione docenti – modulo 1", "UF5ZB9"),
    "21/2026": ("G", "1.500,00 €", d(2026, 11, 15), d(2026, 12, 15), "Istituto Comprensivo «Gianni Rodari»", "company", "formazione docenti – modulo 2", "UF5ZB9"),
    "22/2026": ("G", "1.220,00 €", d(2026, 11, 5), d(2026, 12, 5), "Ordine degli Ingegneri della Provincia di Montecalvo", "company", "corso CFP «Public speaking per tecnici»", "UFH3LM"),
    "23/2026": ("G", "1.830,00 €", d(2026, 12, 14), d(2027, 1, 13), "Consorzio di Bonifica Pianura Orientale", "company", "corso sicurezza preposti", "UFB44C"),
    "24/2026": ("G", "900,00 €", d(2026, 11, 15), d(2026, 12, 15), "Comune di Castelverde", "company", "formazione personale sportello", "UF8KQ2"),
    "25/2026": ("G", "640,00 €", d(2026, 11, 10), d(2026, 12, 10), "Università degli Studi di Montecalvo – Dipartimento di Scienze Storiche", "company", "traduzione abstract convegno", "8HY2TQ"),
    "26/2026": ("G", "1.220,00 €", d(2026, 12, 1), d(2026, 12, 31), "Ordine degli Ingegneri della Provincia di Montecalvo", "company", "corso CFP «Scrivere relazioni tecniche»", "UFH3LM"),
    "27/2026": ("G", "1.400,00 €", d(2026, 11, 30), d(2026, 12, 30), "Azienda Sanitaria Locale di Montebruno", "company", "corso «Gestione dei conflitti» – 4 incontri", "UFQ7R1"),
    "28/2026": ("G", "915,00 €", d(2026, 12, 2), d(2027, 1, 1), "Consorzio di Bonifica Pianura Orientale", "company", "aggiornamento RLS", "UFB44C"),
    "29/2026": ("G", "2.440,00 €", d(2026, 12, 10), d(2027, 1, 9), "Consorzio di Bonifica Pianura Orientale", "company", "corso addetti antincendio – 4 giornate", "UFB44C"),
    "30/2026": ("G", "950,00 €", d(2026, 12, 15), d(2027, 1, 14), "Azienda Sanitaria Locale di Montebruno", "company", "laboratorio di scrittura per l'URP", "UFQ7R1"),
    "31/2026": ("G", "1.200,00 €", d(2026, 12, 20), d(2027, 1, 19), "Azienda Sanitaria Locale di Montebruno", "company", "supervisione équipe consultorio", "UFQ7R1"),
    "1/2027": ("G", "2.800,00 €", d(2027, 1, 10), d(2027, 2, 9), "Azienda Sanitaria Locale di Montebruno", "company", "corso «Comunicazione efficace» – seconda edizione", "UFQ7R1"),
    # Davide Greco – N/26
    "14/26": ("D", "850,00 €", d(2026, 10, 28), d(2026, 11, 27), "Istituto Comprensivo «Gianni Rodari»", "company", "video open day", "UF5ZB9"),
    "16/26": ("D", "488,00 €", d(2026, 11, 8), d(2026, 12, 8), "Parrocchia di San Michele Arcangelo", "company", "video restauro dell'organo", None),
    "17/26": ("D", "1.586,00 €", d(2026, 11, 20), d(2026, 12, 20), "Bertolini Arredamenti snc", "company", "servizio fotografico catalogo", None),
    "18/26": ("D", "3.660,00 €", d(2026, 12, 1), d(2026, 12, 31), "Consorzio Tutela Formaggio Valmara DOP", "company", "video promozionale", None),
    "19/26": ("D", "610,00 €", d(2026, 11, 30), d(2026, 12, 30), "Comune di Roccalba", "company", "servizio fotografico Sagra della Castagna", "UFR0C8"),
    "20/26": ("D", "976,00 €", d(2026, 12, 20), d(2027, 1, 19), "Istituto di Istruzione Superiore «Enrico Fermi»", "company", "video orientamento", "UFF3RM"),
    "21/26": ("D", "1.220,00 €", d(2026, 12, 18), d(2027, 1, 17), "Bertolini Arredamenti snc", "company", "foto catalogo primavera", None),
    "22/26": ("D", "732,00 €", d(2026, 12, 5), d(2027, 1, 4), "Comune di Castelverde", "company", "documentazione fotografica cantiere piazza Garibaldi", "UF8KQ2"),
    "23/26": ("D", "1.098,00 €", d(2026, 12, 10), d(2027, 1, 9), "Nuvolab srl", "company", "video teaser lancio app", None),
    "24/26": ("D", "915,00 €", d(2027, 1, 5), d(2027, 2, 4), "Comune di Roccalba", "company", "riprese e streaming dei consigli comunali", "UFR0C8"),
    "25/26": ("D", "366,00 €", d(2026, 12, 12), d(2027, 1, 11), "Comune di Roccalba", "company", "servizio fotografico inaugurazione biblioteca", "UFR0C8"),
    "26/26": ("D", "488,00 €", d(2026, 12, 22), d(2027, 1, 21), "Comune di Castelverde", "company", "foto inaugurazione piazza Garibaldi", "UF8KQ2"),
    "2/27": ("D", "1.464,00 €", d(2027, 1, 20), d(2027, 2, 19), "Nuvolab srl", "company", "video demo per investitori", None),
}


def art(dt, a="il"):
    """Date with its article, as the templates print it: 'il 29 novembre 2026', 'l'8 dicembre 2026'."""
    s = f"{dt.day} {MESI[dt.month - 1]} {dt.year}"
    vowel = dt.day in (8, 11)
    if a == "il":
        return ("l'" if vowel else "il ") + s
    if a == "del":
        return ("dell'" if vowel else "del ") + s
    if a == "dal":
        return ("dall'" if vowel else "dal ") + s
    return s


def long_date(dt):
    return f"{dt.day} {MESI[dt.month - 1]} {dt.year}"


# --------------------------------------------------------------------------------------------
# The mails the clients answer: the owner's invoice mail and the mailduns reminders
# --------------------------------------------------------------------------------------------
def inv_subject(num):
    o, amt, iss, due, client, ck, what, cu = INV[num]
    return f"Fattura n. {num} – {what}"


def invoice_body(num):
    o, amt, iss, due, client, ck, what, cu = INV[num]
    ow = OWNERS[o]
    pa = ""
    if cu:
        pa = (f"La fattura elettronica è stata trasmessa tramite SdI al codice univoco ufficio {cu}; "
              "in allegato trovate la copia di cortesia in PDF.\n\n")
    return (f"Buongiorno,\n\nin allegato la fattura n. {num} del {iss.strftime('%d/%m/%Y')} relativa a {what}, "
            f"di {amt}, con scadenza {art(due)}.\n\n{pa}Resto a disposizione per qualsiasi chiarimento.\n\n"
            f"Un cordiale saluto,\n{ow['sig']}\n")


def salutation(num, override=None):
    if override:
        return override
    client = INV[num][4]
    return f"Spett.le {client},"


def payment_block(num):
    ow = OWNERS[INV[num][0]]
    return (f"Per il pagamento:\n- beneficiario: {ow['name']}\n- IBAN: {ow['iban']}\n"
            f"- causale: Fattura n. {num}\n")


def fee_lines(num, today):
    o, amt, iss, due, *_ = INV[num]
    cap = float(amt.replace(" €", "").replace(".", "").replace(",", "."))
    days = (today - due).days
    rate = 10.15
    interest = round(cap * rate / 100 * days / 365, 2)
    tot = cap + interest + 40

    def eur(x):
        s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return s + " €"
    return [f"importo della fattura: {amt}",
            f"interessi moratori {art(due + timedelta(days=1), 'dal')} al {long_date(today)} ({days} giorni al 10,15%): {eur(interest)}",
            "risarcimento forfettario dei costi di recupero: 40,00 €",
            f"totale: {eur(tot)}"]


def fees_par(num, today):
    lines = "\n".join("- " + x for x in fee_lines(num, today))
    return ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
            "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
            "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
            "percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di "
            "risarcimento dei costi di recupero (art. 6).\n\n"
            f"Ad oggi l'importo dovuto è il seguente:\n{lines}\n\n")


def reminder_body(num, step, sent, sal=None, deadline=None, promise=None, fees=False):
    o, amt, iss, due, client, ck, what, cu = INV[num]
    ow = OWNERS[o]
    today = sent.date()
    s = salutation(num, sal) + "\n\n"
    pay = payment_block(num)
    if step == "courtesy":
        s += (f"un breve promemoria: la fattura n. {num} di {amt}, emessa {art(iss)}, è in scadenza {art(due)}.\n\n"
              "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
              f"{pay}\nPer qualsiasi domanda basta rispondere a questa email.\n\n")
    elif step == "due":
        if today > due:
            s += (f"un promemoria: la fattura n. {num} di {amt} è scaduta {art(due)}. Se il pagamento non è ancora "
                  "stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n")
        else:
            s += f"un promemoria: la fattura n. {num} di {amt} è in scadenza oggi, {long_date(due)}.\n\n"
        s += ("Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
              f"{pay}\nPer qualsiasi domanda basta rispondere a questa email.\n\n")
    elif step == "reminder":
        s += (f"da un controllo la fattura n. {num} di {amt}, scaduta {art(due)}, risulta ancora da saldare. "
              "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n")
        if fees:
            s += fees_par(num, today)
        s += ("Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
              "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
              "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
              f"{pay}\n")
    elif step == "late_fee":
        days = (today - due).days
        s += f"la fattura n. {num} di {amt}, scaduta {art(due)}, risulta ancora da saldare: sono trascorsi {days} giorni dalla scadenza.\n\n"
        if fees:
            s += fees_par(num, today)
        s += (f"Chiedo cortesemente di provvedere al pagamento{' dell’importo totale' if fees else ''} entro {art(deadline)}. "
              "Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema "
              "con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a "
              f"questa email.\n\n{pay}\n")
    elif step == "final":
        s = (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {num} {art(iss, 'del')}\n\n" + s)
        s += f"la fattura n. {num} di {amt}, scaduta {art(due)}, risulta ancora da saldare nonostante i precedenti solleciti.\n\n"
        if fees:
            s += fees_par(num, today)
        s += (f"Con la presente chiedo formalmente il pagamento {'dell’importo totale sopra indicato' if fees else 'di ' + amt} "
              f"entro {art(deadline)}. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti "
              "dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). "
              "Resta salvo ogni altro diritto.\n\n"
              "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi "
              "competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del "
              "debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a "
              "parlarne; basta rispondere a questa email entro la stessa data.\n\n"
              "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la "
              f"data del bonifico, così da poterlo verificare.\n\n{pay}\n")
    elif step == "promise_followup":
        if promise:
            s += (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {num} di {amt} sarebbe "
                  f"stato effettuato entro {art(promise)}.\n\n")
        else:
            s += (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {num} di {amt}, scaduta {art(due)}.\n\n")
        s += ("Ad oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando la "
              "data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando posso "
              f"aspettarlo.\n\n{pay}\n")
    elif step == "suspension":
        s += (f"torno a scrivere in merito alla fattura n. {num} di {amt}, scaduta {art(due)}, che risulta ancora da saldare.\n\n"
              f"In mancanza del pagamento entro {art(deadline)}, {art(deadline + timedelta(days=1), 'dal')} potrebbe essere "
              "necessario sospendere le attività in corso e i servizi da me forniti fino alla regolarizzazione. "
              "Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, possiamo concordare "
              f"una soluzione; basta rispondere a questa email.\n\n{pay}\n")
    else:
        raise ValueError(step)
    s += f"Cordiali saluti,\n{ow['name']}\n"
    return s


def statement_body(nums, sent, sal, deadline):
    today = sent.date()
    ow = OWNERS[INV[nums[0]][0]]
    s = sal + "\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n"
    for n in nums:
        o, amt, iss, due, *_ = INV[n]
        late = (today - due).days
        if late > 0:
            s += f"- n. {n} {art(iss, 'del')}, scaduta {art(due)} ({late} giorni di ritardo): {amt}\n"
        else:
            s += f"- n. {n} {art(iss, 'del')}, in scadenza {art(due)}: {amt}\n"
    s += (f"\nChiedo cortesemente di provvedere al pagamento delle fatture scadute entro {art(deadline)}. Se alcune di "
          "queste fatture sono già state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno "
          "la mia contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta "
          "rispondere a questa email.\n\nGli estremi per il pagamento sono riportati nelle fatture, nei messaggi con "
          f"cui sono state inviate.\n\nCordiali saluti,\n{ow['name']}\n")
    return s


def mid(seed, dom):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:16]}.{h[16:24]}@{dom}>"


class Orig:
    """A mail the client is answering (invoice or reminder), with enough to quote it."""

    def __init__(self, num, step, sent, to_name, to_addr, sal=None, deadline=None, promise=None, fees=False,
                 nums=None):
        self.num = num
        self.owner = OWNERS[INV[num][0]]
        self.sent = sent
        self.to_name, self.to_addr = to_name, to_addr
        self.subject = inv_subject(num)
        due, iss = INV[num][3], INV[num][2]
        assert sent.date() >= iss, (num, step, "sent before issue")
        if step in ("reminder", "late_fee", "final", "promise_followup", "suspension"):
            assert sent.date() > due, (num, step, "reminder before due date")
        if step == "due":
            assert sent.date() >= due, (num, step)
        if step == "courtesy":
            assert sent.date() < due, (num, step)
        if step == "promise_followup":
            assert promise and sent.date() > promise, (num, step)
        if step == "statement":
            for n_ in nums:
                assert sent.date() >= INV[n_][2], (n_, "statement before issue")
        if step == "invoice":
            self.body = invoice_body(num)
            self.msgid = mid("inv" + num, self.owner["dom"])
            self.refs = [self.msgid]
        else:
            if step == "statement":
                self.body = statement_body(nums, sent, sal or salutation(num), deadline)
                self.subject = f"Fatture in sospeso – {INV[num][4]}"
                self.msgid = mid("st" + num + str(sent), self.owner["dom"])
                self.refs = [self.msgid]
            else:
                self.body = reminder_body(num, step, sent, sal, deadline, promise, fees)
                self.subject = "Re: " + self.subject
                inv_id = mid("inv" + num, self.owner["dom"])
                self.msgid = "<mailduns." + hashlib.sha1((num + step + str(sent)).encode()).hexdigest()[:20] + "@" + self.owner["dom"] + ">"
                self.refs = [inv_id, self.msgid]


# --------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------
def gt(s):
    return "\n".join(("> " + l) if l else ">" for l in s.rstrip("\n").split("\n"))


def q_gmail(o):
    t = o.sent
    return (f"Il giorno {GIORNI3[t.weekday()]} {t.day} {MESI3[t.month - 1]} {t.year} alle ore {t:%H:%M} "
            f"{o.owner['name']} <{o.owner['addr']}> ha scritto:\n\n{gt(o.body)}\n")


def q_apple(o):
    t = o.sent
    return (f"> Il giorno {t.day} {MESI3[t.month - 1]} {t.year}, alle ore {t:%H:%M}, {o.owner['name']} "
            f"<{o.owner['addr']}> ha scritto:\n>\n{gt(o.body)}\n")


def q_iphone(o):
    t = o.sent
    return (f"Il giorno {t.day} {MESI3[t.month - 1]} {t.year}, alle ore {t:%H:%M}, {o.owner['name']} "
            f"<{o.owner['addr']}> ha scritto:\n\n{gt(o.body)}\n")


def q_tbird(o):
    t = o.sent
    return f"Il {t:%d/%m/%Y %H:%M}, {o.owner['name']} ha scritto:\n{gt(o.body)}\n"


def q_outlook(o, cc=None):
    t = o.sent
    ccl = f"Cc: {cc}\n" if cc else ""
    return ("________________________________\n"
            f"Da: {o.owner['name']} <{o.owner['addr']}>\n"
            f"Inviato: {GIORNI[t.weekday()]} {t.day} {MESI[t.month - 1]} {t.year} {t:%H:%M}\n"
            f"A: {o.to_name} <{o.to_addr}>\n{ccl}"
            f"Oggetto: {o.subject}\n\n{o.body}")


def q_outlook_old(o):
    t = o.sent
    return ("-----Messaggio originale-----\n"
            f"Da: {o.owner['name']} [mailto:{o.owner['addr']}]\n"
            f"Inviato: {GIORNI[t.weekday()]} {t.day} {MESI[t.month - 1]} {t.year} {t:%H.%M}\n"
            f"A: {o.to_addr}\n"
            f"Oggetto: {o.subject}\n\n{o.body}")


def q_zimbra(o):
    t = o.sent
    return ("\n----- Messaggio originale -----\n"
            f"Da: \"{o.owner['name']}\" <{o.owner['addr']}>\n"
            f"A: \"{o.to_name}\" <{o.to_addr}>\n"
            f"Inviato: {GIORNI[t.weekday()].capitalize()}, {t.day} {MESI[t.month - 1]} {t.year} {t:%H:%M:%S}\n"
            f"Oggetto: {o.subject}\n\n{o.body}")


def q_libero(o):
    t = o.sent
    return ("\n----Messaggio originale----\n"
            f"Da: {o.owner['addr']}\n"
            f"Data: {t:%d/%m/%Y %H.%M}\n"
            f"A: <{o.to_addr}>\n"
            f"Ogg: {o.subject}\n\n{o.body}")


def q_roundcube(o):
    t = o.sent
    return f"Il {t:%d.%m.%Y %H:%M} {o.owner['name']} ha scritto:\n{gt(o.body)}\n"


QUOTERS = dict(gmail=q_gmail, apple=q_apple, iphone=q_iphone, tbird=q_tbird, outlook=q_outlook,
               outlook_old=q_outlook_old, zimbra=q_zimbra, libero=q_libero, roundcube=q_roundcube)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(text, tag="div", br_empty=True):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(f"<{tag}>{esc(line) if line else '<br>'}</{tag}>")
    return "\n".join(out)


def html_gmail(body, o=None):
    h = f'<div dir="ltr">{html_paras(body)}</div>'
    if o:
        t = o.sent
        attr = (f"Il giorno {GIORNI3[t.weekday()]} {t.day} {MESI3[t.month - 1]} {t.year} alle ore {t:%H:%M} "
                f"{esc(o.owner['name'])} &lt;<a href=\"mailto:{o.owner['addr']}\">{o.owner['addr']}</a>&gt; ha scritto:<br>")
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + attr + '</div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              + html_paras(o.body) + '</blockquote></div>')
    return f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>{h}</body></html>\n"


def html_outlook(body, o=None, charset="utf-8", extra=""):
    ps = "\n".join(f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}<o:p></o:p></p>' for l in body.rstrip("\n").split("\n"))
    q = ""
    if o:
        t = o.sent
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
             f'<b>Da:</b> {esc(o.owner["name"])} &lt;{o.owner["addr"]}&gt; <br><b>Inviato:</b> {GIORNI[t.weekday()]} '
             f'{t.day} {MESI[t.month - 1]} {t.year} {t:%H:%M}<br><b>A:</b> {esc(o.to_name)} &lt;{o.to_addr}&gt;<br>'
             f'<b>Oggetto:</b> {esc(o.subject)}<o:p></o:p></p></div>\n<p class="MsoNormal">&nbsp;</p>\n'
             + "\n".join(f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}<o:p></o:p></p>' for l in o.body.rstrip("\n").split("\n")))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '@font-face {font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style></head><body lang="IT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            f'<div class="WordSection1">\n{ps}\n{extra}\n{q}\n</div></body></html>\n')


# --------------------------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------------------------
def enc_text(text, charset, cte):
    codec = {"utf-8": "utf-8", "iso-8859-1": "windows-1252", "windows-1252": "windows-1252",
             "us-ascii": "ascii"}[charset]
    raw = text.replace("\r\n", "\n").encode(codec)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        body = raw.decode(codec)  # 7bit / 8bit: written raw (re-encoded at the end)
    return body, codec


class Leaf:
    def __init__(self, ctype, text=None, data=None, charset="utf-8", cte="quoted-printable", filename=None,
                 disposition=None, headers=None, params=""):
        self.ctype, self.text, self.data = ctype, text, data
        self.charset, self.cte, self.filename = charset, cte, filename
        self.disposition, self.headers, self.params = disposition, headers or [], params

    def render(self):
        h = []
        if self.text is not None:
            h.append(f"Content-Type: {self.ctype}; charset=\"{self.charset}\"{self.params}")
            h.append(f"Content-Transfer-Encoding: {self.cte}")
            body, _ = enc_text(self.text, self.charset, self.cte)
        else:
            nm = f'; name="{self.filename}"' if self.filename else ""
            h.append(f"Content-Type: {self.ctype}{nm}{self.params}")
            if self.cte == "base64":
                h.append("Content-Transfer-Encoding: base64")
                body = base64.encodebytes(self.data).decode("ascii")
            else:
                h.append(f"Content-Transfer-Encoding: {self.cte}")
                body = self.data.decode("utf-8")
        if self.filename:
            h.append(f'Content-Disposition: {self.disposition or "attachment"}; filename="{self.filename}"')
        elif self.disposition:
            h.append(f"Content-Disposition: {self.disposition}")
        h += self.headers
        return "\n".join(h) + "\n\n" + body


class Multi:
    def __init__(self, sub, parts, params=""):
        self.sub, self.parts, self.params = sub, parts, params
        self.boundary = None

    def render(self, seed="x"):
        b = "----=_Part_" + hashlib.md5((seed + self.sub + str(len(self.parts))).encode()).hexdigest()[:18]
        out = [f"Content-Type: multipart/{self.sub};{self.params}\n\tboundary=\"{b}\"", "", "This is a multi-part message in MIME format.", ""]
        for i, p in enumerate(self.parts):
            out.append(f"--{b}")
            out.append(p.render(seed + str(i)) if isinstance(p, Multi) else p.render())
            out.append("")
        out.append(f"--{b}--")
        return "\n".join(out)


def hdr_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8" if charset == "utf-8" else "iso-8859-1")


def hdr_text(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        cs = "iso-8859-1" if charset != "utf-8" else "utf-8"
        try:
            s.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return Header(s, cs).encode(maxlinelen=76)


def tz(y, mo, dd, h, mi, zone="Europe/Rome", s=None):
    sec = s if s is not None else (h * 7 + mi * 3 + dd) % 60
    return datetime(y, mo, dd, h, mi, sec, tzinfo=ZoneInfo(zone))


# --------------------------------------------------------------------------------------------
# Fake attachment bytes
# --------------------------------------------------------------------------------------------
def fake_pdf(text):
    t = text.replace("(", "[").replace(")", "]")
    stream = f"BT /F1 10 Tf 50 780 Td ({t}) Tj ET".encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length " + str(len(stream)).encode() + b">>stream\n" + stream + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png(seed):
    import struct
    import zlib
    w, hgt = 4, 3
    raw = b"".join(b"\x00" + bytes([(seed * 37 + i * 11) % 256 for i in range(w * 3)]) for _ in range(hgt))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------------------------
MESSAGES = []


def reply(key, labels, frm, to, date_, body, orig=None, quote=None, subject=None, cc=None, fmt="plain",
          charset="utf-8", cte="quoted-printable", html=None, attach=None, headers=None, re="Re: ",
          to_owner=True, html_style="gmail", msgid_dom=None):
    """A human reply. frm/to are (name, addr). quote: a QUOTERS key, or None (no quote)."""
    text = body
    if orig is not None:
        assert date_ > orig.sent, (key, "reply before the mail it answers")
    text = body
    if orig is not None and quote:
        q = QUOTERS[quote](orig)
        sep = "\n\n" if not text.endswith("\n\n") else ""
        text = text + sep + q if quote not in ("apple",) else text + "\n\n" + q
    if subject is None and orig is not None:
        s = orig.subject
        subject = re + s if not s.startswith(re) else s
        if re != "Re: " and s.startswith("Re: "):
            subject = re + s
    if charset == "us-ascii":
        try:
            text.encode("ascii")
        except UnicodeEncodeError:  # the quoted reminder has accents and euro signs: the phone sends utf-8
            charset, cte = "utf-8", "quoted-printable"
    hh = []
    if orig is not None:
        hh.append(("In-Reply-To", orig.msgid))
        hh.append(("References", " ".join(orig.refs)))
    for k, v in (headers or []):
        hh.append((k, v))
    if fmt == "plain":
        part = Leaf("text/plain", text=text, charset=charset, cte=cte,
                    params="; format=flowed" if quote in ("apple", "iphone") else "")
    else:
        if html is None:
            if html_style == "outlook":
                html = html_outlook(body, orig if quote else None, charset)
            else:
                html = html_gmail(body, orig if quote else None)
        hpart = Leaf("text/html", text=html, charset=charset, cte=cte)
        if fmt == "html":
            part = hpart
        else:
            part = Multi("alternative", [Leaf("text/plain", text=text, charset=charset, cte=cte), hpart])
    if attach:
        part = Multi("mixed", [part] + attach)
    MESSAGES.append(dict(key=key, labels=labels, frm=frm, to=to, cc=cc, date=date_, subject=subject,
                         part=part, headers=hh, charset=charset, msgid_dom=msgid_dom or frm[1].split("@")[1]))


def machine(key, labels, frm, to, date_, subject, part, headers=None, msgid=None):
    MESSAGES.append(dict(key=key, labels=labels, frm=frm, to=to, cc=None, date=date_, subject=subject,
                         part=part, headers=headers or [], charset="utf-8",
                         msgid_dom=frm[1].split("@")[1], msgid=msgid))


def render_message(m, n):
    cs = m["charset"]
    lines = []
    # Received line for realism
    dom = m["msgid_dom"]
    lines.append(f"Return-Path: <{m['frm'][1]}>")
    lines.append(f"Received: from mail.{dom} (mail.{dom} [185.{n % 200}.{(n * 7) % 250}.{(n * 13) % 250}])\n"
                 f"\tby mx.{m['to'][1].split('@')[1]} with ESMTPS id {hashlib.md5(m['key'].encode()).hexdigest()[:12]};\n"
                 f"\t{format_datetime(m['date'].astimezone(ZoneInfo('UTC')))}")
    lines.append(f"Date: {format_datetime(m['date'])}")
    lines.append(f"From: {hdr_addr(m['frm'][0], m['frm'][1], cs)}")
    lines.append(f"To: {hdr_addr(m['to'][0], m['to'][1], cs)}")
    if m["cc"]:
        lines.append("Cc: " + ", ".join(hdr_addr(a, b, cs) for a, b in m["cc"]))
    lines.append(f"Subject: {hdr_text(m['subject'], cs)}")
    lines.append(f"Message-ID: {m.get('msgid') or mid(m['key'] + 'msg', dom)}")
    for k, v in m["headers"]:
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    p = m["part"]
    body = p.render(m["key"]) if isinstance(p, Multi) else p.render()
    txt = "\n".join(lines) + "\n" + body
    if not txt.endswith("\n"):
        txt += "\n"
    # 8bit bodies may hold non-ascii; encode with the declared charset's codec
    codec = {"utf-8": "utf-8", "iso-8859-1": "windows-1252", "windows-1252": "windows-1252"}.get(cs, "utf-8")
    return txt.encode(codec)


# The messages themselves are in the sections below.

# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------
A, M, G, Dv = (("Alessandra Rossi", "alessandra@example.it"), ("Marco Ferri", "marco@ferriweb.it"),
               ("Giulia Conti", "giulia@giuliaconti.it"), ("Davide Greco", "davide@grecovideo.it"))

ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC120 (Win)/9.0.0_GA_4546)"),
          ("Thread-Index", "AQHbR2x0mK1")]
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQJ4v2Zk3pXyA1bc"), ("Content-Language", "it")]
OUTLOOK365 = [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("x-ms-exchange-organization-authas", "Internal"),
              ("Content-Language", "it-IT")]
IPHONE = [("X-Mailer", "iPhone Mail (21B101)")]
APPLE = [("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")]
TBIRD = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
LIBERO = [("X-Mailer", "Libero Mail")]
GMAILMOB = [("X-Mailer", "")]  # placeholder, removed below
GMAILMOB = []

DISCL_PA = ("\n\n--\nAi sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003 si precisa che le informazioni "
            "contenute in questo messaggio e negli eventuali allegati sono riservate e per uso esclusivo del destinatario. "
            "Qualora il messaggio Le fosse pervenuto per errore, La invitiamo ad eliminarlo senza copiarlo e a darne "
            "comunicazione al mittente. Il Comune di Castelverde non assume alcuna responsabilità per eventuali errori "
            "di trasmissione.\nPrima di stampare pensa all'ambiente.\n")
DISCL_ASL = ("\n\n*** Il presente messaggio e gli eventuali allegati sono di natura aziendale e contengono informazioni "
             "riservate, destinate esclusivamente ai destinatari indicati. Ne è vietata la diffusione ai sensi del "
             "Regolamento (UE) 2016/679. Le risposte a questo indirizzo potranno essere lette da altri operatori "
             "dell'Ufficio. ***\n")
DISCL_VEZ = ("\n\nQuesto messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate e possono "
             "contenere informazioni riservate. La diffusione, distribuzione e/o copiatura del documento trasmesso da "
             "parte di qualsiasi soggetto diverso dal destinatario è proibita (Reg. UE 2016/679).\n"
             "This e-mail and any attachments are confidential and may be privileged. If you are not the intended "
             "recipient, please notify the sender immediately and delete it.\n")

COM_RAG = ("Loredana Pozzi", "l.pozzi@comune.castelverde.it")
ASL_LIQ = ("UOC Gestione Economico-Finanziaria - Liquidazione fatture", "liquidazione.fatture@aslmontebruno.it")
UNI_RIN = ("Fabio Rinaldi", "fabio.rinaldi@unimontecalvo.it")
UNI_BAS = ("Elena Bassi", "elena.bassi@unimontecalvo.it")
DSGA = ("DSGA - IC Rodari", "dsga@icrodari-santilario.edu.it")
VEZ_AP = ("Accounts Payable Vezzani", "ap.fornitori@vezzanigroup.com")
GIUS = ("Giuseppe Bertolini", "giuseppe@bertoliniarredamenti.it")
CHIARA = ("Chiara Bertolini", "chiara.bertolini94@gmail.com")
VENTURI = ("Studio Rag. Paolo Venturi", "studio@venturipaolo.it")
PARR = ("Parrocchia San Michele Arcangelo", "parrocchia.sanmichele@libero.it")
DONF = ("don Franco Melis", "donfranco.melis@gmail.com")
LUCA = ("Luca Marini", "luca@nuvolab.io")
SARA = ("Sara Gentile", "sara@nuvolab.io")
VALM = ("Consorzio Valmara - Amministrazione", "amministrazione@formaggiovalmara.it")
BONIF = ("Ufficio Ragioneria - Consorzio di Bonifica Pianura Orientale", "ragioneria@bonificapianuraorientale.it")
ORD_SEG = ("Segreteria Ordine Ingegneri Montecalvo", "segreteria@ordineingegneri.montecalvo.it")
ORD_TES = ("Roberto Salvi", "tesoriere@ordineingegneri.montecalvo.it")
ROCC_RAG = ("Donatella Ferro", "ragioneria@comune.roccalba.it")
ROCC_SIN = ("Walter Pini", "walterpini.roccalba@gmail.com")
PROLOCO = ("Pro Loco Roccalba", "prolocoroccalba@gmail.com")
FERMI = ("Segreteria Amministrativa IIS Fermi", "amministrazione@iisfermi-montecalvo.edu.it")
ASSESS = ("Monica Ferraresi", "m.ferraresi@comune.castelverde.it")


def L(kind, note, **kw):
    d_ = dict(kind=kind, language="it", split="dev")
    d_.update(kw)
    d_["note"] = note
    return d_


# ============================================================================================
# PAID (25)
# ============================================================================================
o = Orig("38/2026", "reminder", tz(2026, 12, 9, 9, 0), "Loredana Pozzi", COM_RAG[1])
reply("P01", L("client-reply-paid", "Comune's ragioneria: 'mandato di pagamento emesso'; pays only the imponibile because of split payment (IVA to the Erario): amount 1200.00 not 1464.00.",
               amount="1200.00", reference="38/2026"),
      COM_RAG, A, tz(2026, 12, 15, 11, 2),
      "Buongiorno,\n\nin riscontro alla Sua comunicazione, si comunica che in data 14/12/2026 è stato emesso il "
      "mandato di pagamento n. 3127 a saldo della fattura n. 38/2026 del 30/10/2026, per l'importo di € 1.200,00.\n\n"
      "Si precisa che l'IVA, pari a € 264,00, è trattenuta dall'Ente e versata direttamente all'Erario ai sensi "
      "dell'art. 17-ter del D.P.R. 633/1972 (scissione dei pagamenti).\nI tempi di accredito dipendono dal Tesoriere "
      "comunale (normalmente 2-3 giorni lavorativi).\n\nDistinti saluti\n\nLoredana Pozzi\nIstruttore contabile – "
      "Servizio Finanziario\nComune di Castelverde\nPiazza della Repubblica, 1 – 44042 Castelverde (FE)\n"
      "tel. 0532 418 227" + DISCL_PA,
      orig=o, quote="zimbra", headers=ZIMBRA, re="R: ")

o = Orig("19/2026", "reminder", tz(2026, 12, 1, 9, 30), "Ufficio Liquidazione Fatture", ASL_LIQ[1])
p02_intro = ("Gentile Dott.ssa Conti,\n\nin riferimento alla Sua richiesta, Le comunichiamo che la fattura in oggetto "
             "risulta pagata come da prospetto seguente:\n")
p02_table_txt = ("\nFattura   Data        Importo    Atto di liquidazione   Ordinativo   Data pagamento\n"
                 "19/2026   12/10/2026  2.800,00   n. 1543 del 02/12/2026  8812         09/12/2026\n\n")
p02_outro = ("Lo stato del pagamento è consultabile anche sulla Piattaforma dei Crediti Commerciali (PCC) del MEF.\n\n"
             "Cordiali saluti\n\nRag. Antonella De Santis\nUOC Gestione Economico-Finanziaria – Ufficio Liquidazione Fatture\n"
             "Azienda Sanitaria Locale di Montebruno\nVia Ospedale 12 – tel. 0823 554 410")
p02_table_html = ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
                  '<tr style="background:#DDEBF7"><td><b>Fattura</b></td><td><b>Data</b></td><td><b>Importo €</b></td>'
                  '<td><b>Atto di liquidazione</b></td><td><b>Ordinativo</b></td><td><b>Data pagamento</b></td></tr>'
                  '<tr><td>19/2026</td><td>12/10/2026</td><td align="right">2.800,00</td><td>n. 1543 del 02/12/2026</td>'
                  '<td>8812</td><td>09/12/2026</td></tr></table><p class="MsoNormal">&nbsp;</p>'
                  + "".join(f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}</p>' for l in (p02_outro + DISCL_ASL).split("\n")))
reply("P02", L("client-reply-paid", "ASL liquidation office: Outlook HTML table with liquidation act, ordinativo and payment date; paid 2800.00.",
               amount="2800.00", reference="19/2026"),
      ASL_LIQ, G, tz(2026, 12, 10, 9, 47),
      p02_intro + p02_table_txt + p02_outro + DISCL_ASL, orig=o, quote="outlook", fmt="alt", charset="utf-8",
      html=html_outlook(p02_intro, o, "utf-8", extra=p02_table_html), headers=OUTLOOK, re="R: ")

o = Orig("17/26", "reminder", tz(2027, 1, 8, 9, 15), "Bertolini Arredamenti", "giuseppe@bertoliniarredamenti.it",
         sal="Spett.le Bertolini Arredamenti snc,")
reply("P03", L("client-reply-paid", "Father of the family business, all caps from iPhone: 'FATTO IERI' (no payment verb)."),
      GIUS, Dv, tz(2027, 1, 13, 7, 12),
      "FATTO IERI\nGIUSEPPE BERTOLINI\n\nInviato da iPhone", orig=o, quote="iphone", charset="us-ascii",
      cte="7bit", headers=IPHONE)

p04 = ("Ciao Ale!!\nscusa scusa scusa per il ritardo, il rag. Venturi ha fatto partire ieri il bonifico e ti giro la "
       "conferma della banca, dimmi se ti arriva tutto.\nIl logo nuovo è già sul furgone, lo vedessi, è una figata!! 🚚\n\n"
       "Un abbraccio\nChiara\n\n"
       "---------- Forwarded message ---------\n"
       "Da: Banca Emiliana <noreply@bancaemiliana.it>\n"
       "Date: ven 4 dic 2026 alle ore 17:22\n"
       "Subject: Esito disposizione bonifico SEPA\n"
       "To: <amministrazione@bertoliniarredamenti.it>\n\n\n"
       "Gentile Cliente,\nla disposizione di bonifico da Lei inserita è stata eseguita.\n\n"
       "Ordinante: BERTOLINI ARREDAMENTI SNC DI BERTOLINI GIUSEPPE & C.\n"
       "Beneficiario: ROSSI ALESSANDRA\nIBAN beneficiario: IT60X0542811101000000123456\n"
       "Importo: 2.440,00 EUR\nData esecuzione: 04/12/2026\nCausale: SALDO FATTURA 41/2026 LOGO\n"
       "CRO/TRN: 0306912843165002480001480IT\n\n"
       "Cordiali saluti\nBanca Emiliana – Servizio Clienti\n"
       "Questa è una comunicazione automatica, si prega di non rispondere.\n")
reply("P04", L("client-reply-paid", "The daughter forwards the bank's execution notice (inline) as a new Gmail thread; amount and invoice number are in the forwarded receipt written by the client side (causale).",
               amount="2440.00", reference="41/2026"),
      CHIARA, A, tz(2026, 12, 5, 10, 31), p04, subject="Fwd: Esito disposizione bonifico SEPA", fmt="alt")

o = Orig("45/2026", "late_fee", tz(2027, 1, 8, 10, 0), "Parrocchia San Michele Arcangelo", PARR[1],
         deadline=date(2027, 1, 18))
reply("P05", L("client-reply-paid", "Parish secretary on behalf of the priest: 'siamo passati in banca e abbiamo fatto il bonifico di 610 euro'. Libero webmail, 8bit.",
               amount="610.00"),
      PARR, A, tz(2027, 1, 12, 10, 15),
      "Gentile Alessandra,\ndon Franco mi ha chiesto di avvisarla che stamattina siamo passati in banca (Credito "
      "Cooperativo di Borgo San Michele) e abbiamo fatto il bonifico di 610 euro per la campagna del campanile.\n"
      "Ci scusi tanto per il ritardo, con le feste e la befana dei bambini non ci siamo stati più dietro.\n"
      "Il Signore la benedica e grazie ancora per i manifesti, sono piaciuti a tutti!\n\nAnnamaria\n"
      "Segreteria parrocchiale – Parrocchia di San Michele Arcangelo\n(apertura: martedì e giovedì 9-12)",
      orig=o, quote="libero", cte="8bit", headers=LIBERO)

o = Orig("49/2026", "due", tz(2026, 12, 28, 9, 0), "Sara Gentile", SARA[1])
reply("P06", L("client-reply-paid", "Startup ops, casual, emoji, base64: 'fatto ✅ pagata stamattina' plus a question about new work (does not change the kind)."),
      SARA, A, tz(2026, 12, 30, 18, 4),
      "fatto ✅ pagata stamattina da Qonto, scusa il ritardo ma tra chiusura anno e il trasloco in via Tortona siamo "
      "nel caos totale\n\nps ci sentiamo a gennaio per le illustrazioni della parte 2? Luca ha già 1000 idee 😅\n\n"
      "Sara\n—\nSara Gentile | Operations @ Nuvolab\nnuvolab.io",
      orig=o, quote="gmail", fmt="alt", cte="base64")

o = Orig("44/2026", "due", tz(2026, 12, 7, 9, 0), "Consorzio Valmara - Amministrazione", VALM[1])
reply("P07", L("client-reply-paid", "Consorzio, formal: payment made after board approval, 'bonifico con valuta 22/12'. Outlook, iso-8859-1 label with Windows-1252 curly apostrophes.",
               reference="44/2026"),
      ("Patrizia Leone", "amministrazione@formaggiovalmara.it"), A, tz(2026, 12, 22, 12, 30),
      "Gentile dott.ssa Rossi,\n\na seguito dell’approvazione da parte del Consiglio di Amministrazione nella seduta "
      "del 18 u.s., si è provveduto al pagamento della Vs. fattura n. 44/2026 mediante bonifico bancario con valuta "
      "beneficiario 22/12/2026.\n\nNel ringraziarLa per la collaborazione, porgiamo i migliori auguri di buone feste.\n\n"
      "Cordiali saluti\n\nPatrizia Leone\nUfficio Amministrazione\nConsorzio Tutela Formaggio Valmara DOP\n"
      "Via dei Caseifici, 4 – 42035 Valmara (RE)\nTel. 0522 871 020 – www.formaggiovalmara.it",
      orig=o, quote="outlook_old", charset="iso-8859-1", headers=OUTLOOK, re="R: ")

o = Orig("2026/38", "reminder", tz(2027, 1, 12, 9, 0), "Segreteria Ordine Ingegneri", ORD_SEG[1])
reply("P08", L("client-reply-paid", "Ordine professionale: the Tesoriere 'ha firmato il mandato ieri sera' = payment ordered; 'dovrebbe arrivarle in un paio di giorni' is arrival, not a promise."),
      ORD_SEG, M, tz(2027, 1, 28, 9, 20),
      "Buongiorno Marco,\nle confermo che ieri sera il Tesoriere ha firmato il mandato per la sua fattura, quindi il "
      "bonifico dovrebbe arrivarle in un paio di giorni lavorativi.\n\nCordialità,\nSilvana Orlando\nSegreteria – "
      "Ordine degli Ingegneri della Provincia di Montecalvo\nOrari di apertura al pubblico: lun-mer-ven 9.30-12.30",
      orig=o, quote="gmail", fmt="alt")

o = Orig("2026/31", "late_fee", tz(2026, 11, 30, 9, 0), "Fabio Rinaldi", UNI_RIN[1], deadline=date(2026, 12, 10), fees=True)
reply("P09", L("client-reply-paid", "University department: ordinativo transmitted via SIOPE+ today; split payment so the amount credited is the imponibile 3500.00. Long quoted late-fee reminder with interest lines.",
               amount="3500.00", reference="2026/31"),
      UNI_RIN, M, tz(2026, 12, 3, 16, 44),
      "Gentile dott. Ferri,\n\nla informo che in data odierna l'ordinativo di pagamento relativo alla fattura "
      "elettronica n. 2026/31 è stato trasmesso all'Istituto cassiere tramite SIOPE+.\n\nTrattandosi di fattura "
      "soggetta a scissione dei pagamenti (art. 17-ter DPR 633/72), l'importo che le verrà accreditato è pari "
      "all'imponibile, € 3.500,00; l'IVA viene versata dall'Ateneo direttamente all'Erario.\n\nMi scuso per il "
      "ritardo, dovuto alla migrazione del sistema contabile di Ateneo che ha bloccato i pagamenti per tutto il mese "
      "di novembre. Lo stato della fattura è comunque consultabile sulla PCC.\n\nCordiali saluti\n\nFabio Rinaldi\n"
      "Responsabile amministrativo\nDipartimento di Scienze Storiche\nUniversità degli Studi di Montecalvo\n"
      "Via dell'Università 21 – tel. 0874 404 118",
      orig=o, quote="tbird", headers=TBIRD)

o = Orig("2026/36", "due", tz(2026, 12, 1, 9, 0), "Accounts Payable Vezzani", VEZ_AP[1])
reply("P10", L("client-reply-paid", "Large company AP: 'pagata nel run di pagamento del 30/11', remittance on the supplier portal; bilingual disclaimer.",
               reference="2026/36"),
      VEZ_AP, M, tz(2026, 12, 2, 14, 15),
      "Gentile Fornitore,\n\nla fattura 2026/36 è stata pagata nel run di pagamento del 30/11/2026.\nLa remittance "
      "advice è disponibile sul Portale Fornitori, sezione Pagamenti > Avvisi di pagamento.\n\nCordiali saluti / "
      "Best regards\n\nTeam Accounts Payable\nVezzani S.p.A. – Gruppo Alimentare Vezzani\nVia Emilia Ovest 1120, "
      "43126 Parma" + DISCL_VEZ,
      orig=o, quote="outlook", fmt="alt", html_style="outlook", headers=OUTLOOK365, re="RE: ",
      cc=[("Martina Gallo", "martina.gallo@vezzanigroup.com")])

o = Orig("14/26", "promise_followup", tz(2026, 12, 19, 9, 0), "DSGA - IC Rodari", DSGA[1], promise=date(2026, 12, 18))
reply("P11", L("client-reply-paid", "School DSGA answering a promise follow-up: mandato signed by the Dirigente and sent via OIL; long bureaucratic/chatty mail, most of it about other work."),
      DSGA, Dv, tz(2026, 12, 21, 13, 5),
      "Buongiorno sig. Greco,\nmi scusi per il ritardo nella risposta ma tra chiusura dell'esercizio finanziario, "
      "rendicontazione PNRR e scrutini siamo letteralmente sommersi.\nLe comunico che il mandato di pagamento n. 412 "
      "relativo alla sua fattura è stato firmato dal Dirigente venerdì 18 e trasmesso all'Istituto cassiere tramite "
      "OIL (ordinativo informatico locale). L'accredito dovrebbe avvenire entro pochi giorni.\n\nColgo l'occasione per "
      "dirle che il video è piaciuto moltissimo alle famiglie: il Dirigente vorrebbe realizzarne uno anche per la "
      "scuola dell'infanzia in vista delle iscrizioni di gennaio. Se è disponibile, ne parliamo dopo le vacanze.\n\n"
      "Cordiali saluti e buone feste\n\nIl DSGA\nRosaria Caputo\nIstituto Comprensivo «Gianni Rodari» – Sant'Ilario\n"
      "Codice univoco ufficio: UF5ZB9 – C.F. 91145230354",
      orig=o, quote="roundcube", cte="8bit", headers=ROUNDCUBE)

o = Orig("19/26", "reminder", tz(2027, 1, 11, 9, 0), "Comune di Roccalba", ROCC_RAG[1])
reply("P12", L("client-reply-paid", "Small-town mayor writes from his own Gmail on Android: ragioneria says it is all paid since the 5th; 'guarda bene sul conto' is not a doubt."),
      ROCC_SIN, Dv, tz(2027, 1, 14, 21, 47),
      "Ciao Davide sono Walter. Ho chiamato la Donatella in ragioneria e mi dice che è tutto pagato dal 5, il mandato "
      "è partito prima dell'Epifania. Guarda bene sul conto che magari è arrivato con la causale del Comune e non "
      "l'hai riconosciuto. Se non c'è chiamami che passo io di persona in banca.\nCiao e grazie ancora per le foto, "
      "la gente le ha condivise tantissimo\n\nWalter\n\nInviato da smartphone Android",
      orig=o, quote="gmail", fmt="alt")

o = Orig("2026/39", "late_fee", tz(2027, 1, 5, 9, 0), "Bertolini Arredamenti", "giuseppe@bertoliniarredamenti.it",
         deadline=date(2027, 1, 15), fees=True)
reply("P13", L("client-reply-paid", "The family business's accountant sends the bank receipt (PDF) 'a saldo della Vs. fattura'. Outlook, iso-8859-1.",
               amount="3050.00", reference="2026/39"),
      ("Elisa Mantovani - Studio Venturi", "studio@venturipaolo.it"), M, tz(2027, 1, 12, 11, 40),
      "Spett.le Ferri,\n\nper conto del ns. cliente Bertolini Arredamenti snc, si trasmette in allegato copia della "
      "contabile del bonifico di € 3.050,00 disposto in data 11/01/2027 a saldo della Vs. fattura n. 2026/39.\n\n"
      "Distinti saluti\n\nElisa Mantovani\nStudio Rag. Paolo Venturi\nConsulenza fiscale e del lavoro\n"
      "Via Roma 18 – 41049 Sassuolo (MO)\nTel. 0536 880 412\n\nAVVISO DI RISERVATEZZA: il contenuto di questa e-mail "
      "e degli allegati è riservato e destinato esclusivamente al destinatario (Reg. UE 2016/679).",
      orig=o, quote="outlook_old", charset="iso-8859-1", headers=OUTLOOK, re="R: ",
      cc=[("Giuseppe Bertolini", "giuseppe@bertoliniarredamenti.it")],
      attach=[Leaf("application/pdf", data=fake_pdf("Contabile bonifico SEPA 11/01/2027 EUR 3.050,00 a favore di FERRI MARCO - causale SALDO FT 2026/39"),
                   filename="Contabile_bonifico_11012027.pdf", cte="base64")])

o = Orig("2026/34", "due", tz(2026, 12, 3, 9, 0), "Luca Marini", LUCA[1])
reply("P14", L("client-reply-paid", "Startup CEO writing after midnight from Lisbon (Europe/Lisbon): 'fatto adesso dall'app, 6.100', with a screenshot PNG.",
               amount="6100.00"),
      LUCA, M, tz(2026, 12, 11, 0, 38, "Europe/Lisbon"),
      "sorry!! fatto adesso dall'app, 6.100 sull'IBAN che finisce per 4567. Sono a Lisbona e mi era completamente "
      "sfuggito, scusa davvero. Ti allego lo screen\n\nL.",
      orig=o, quote="gmail", fmt="alt",
      attach=[Leaf("image/png", data=fake_png(14), filename="IMG_4471.PNG", cte="base64")])

o = Orig("1/2027", "promise_followup", tz(2027, 2, 23, 9, 0), "Ufficio Liquidazione Fatture", ASL_LIQ[1],
         promise=date(2027, 2, 20))
reply("P15", L("client-reply-paid", "ASL sends the quietanza (PDF) for the ordinativo of 25/02 after a promise follow-up; mentions the 48-bis check that delayed it.",
               amount="2800.00", reference="1/2027"),
      ASL_LIQ, G, tz(2027, 2, 26, 10, 12),
      "Gentile dott.ssa Conti,\n\nin riferimento al sollecito in oggetto, si trasmette in allegato la quietanza "
      "relativa al pagamento della fattura n. 1/2027 (ordinativo n. 412 del 25/02/2027, importo € 2.800,00).\n\n"
      "Il ritardo rispetto a quanto comunicato è dovuto al blocco dei pagamenti per la verifica inadempimenti presso "
      "Agenzia Entrate-Riscossione (art. 48-bis DPR 602/73), regolarmente conclusa.\n\nDistinti saluti\n\n"
      "UOC Gestione Economico-Finanziaria\nUfficio Liquidazione Fatture\nASL di Montebruno" + DISCL_ASL,
      orig=o, quote="outlook", fmt="alt", html_style="outlook", headers=OUTLOOK, re="R: ",
      attach=[Leaf("application/pdf", data=fake_pdf("Quietanza ordinativo n. 412 del 25/02/2027 - beneficiario CONTI GIULIA - EUR 2.800,00"),
                   filename="quietanza_ord_412_2027.pdf", cte="base64")])

o = Orig("16/26", "reminder", tz(2027, 1, 18, 9, 0), "Parrocchia San Michele Arcangelo", PARR[1])
reply("P16", L("client-reply-paid", "Elderly parish priest on Android, no accents, no capitals: 'ho fatto il bonifico ieri sera', 488 euro; worried about the IBAN (not a question that changes the kind).",
               amount="488.00"),
      DONF, Dv, tz(2027, 1, 20, 22, 14),
      "caro davide\nho fatto il bonifico ieri sera dall home banking della parrocchia, 488 euro come mi hai detto al "
      "telefono, alla fine il consiglio ha deciso che va bene cosi e l iva la paghiamo noi.\nspero di aver messo giusto "
      "l iban perche quella app non la capisco tanto, se non ti arriva dimmelo che vado in banca\nun saluto e grazie "
      "per la pazienza\ndon franco\n\nInviato da smartphone Android",
      orig=o, quote="gmail", charset="us-ascii", cte="7bit")

o = Orig("18/26", "reminder", tz(2027, 1, 14, 9, 0), "Consorzio Valmara - Amministrazione", VALM[1])
reply("P17", L("client-reply-paid", "Consorzio director confirms 'l’amministrazione ha disposto ieri il bonifico di € 3.660,00', cc accounts; mostly praise about the video. Outlook iso-8859-1 with cp1252 quotes, QP.",
               amount="3660.00"),
      ("Stefano Righi", "direttore@formaggiovalmara.it"), Dv, tz(2027, 1, 19, 17, 55),
      "Buongiorno Davide,\n\nle confermo che l’amministrazione ha disposto ieri il bonifico di € 3.660,00 a saldo "
      "della sua fattura: scusi ancora per il disguido, la pratica era rimasta ferma sulla scrivania della collega "
      "in ferie.\n\nIl video è già online sul sito e sui canali social del Consorzio e sta andando benissimo: 12.000 "
      "visualizzazioni in una settimana! Ci risentiamo in primavera per le riprese in caseificio.\n\nUn cordiale "
      "saluto\n\nStefano Righi\nDirettore – Consorzio Tutela Formaggio Valmara DOP",
      orig=o, quote="outlook", fmt="alt", html_style="outlook", charset="iso-8859-1", headers=OUTLOOK, re="R: ",
      cc=[VALM])

o = Orig("42/2026", "reminder", tz(2027, 1, 11, 9, 0), "Accounts Payable Vezzani", VEZ_AP[1])
reply("P18", L("client-reply-paid", "AP clerk: 'il pagamento risulta eseguito in data 15/01' with CRO, asks to check with the bank; 'entro domani' is about opening a ticket, not a promise."),
      ("Martina Gallo", "martina.gallo@vezzanigroup.com"), A, tz(2027, 1, 18, 15, 3),
      "Buongiorno Alessandra,\n\nil pagamento risulta eseguito in data 15/01/2027 con valuta beneficiario 18/01, "
      "CRO 0306909876543210. Trova il dettaglio anche sul portale fornitori.\nPuò verificare con la sua banca? Se non "
      "lo vede entro domani mi faccia sapere che apro una segnalazione alla tesoreria.\n\nSaluti\n\nMartina Gallo\n"
      "Contabilità Fornitori – Vezzani S.p.A." + DISCL_VEZ,
      orig=o, quote="outlook", fmt="alt", html_style="outlook", headers=OUTLOOK365, re="RE: ")

o = Orig("22/2026", "reminder", tz(2026, 12, 11, 9, 0), "Segreteria Ordine Ingegneri", ORD_SEG[1])
reply("P19", L("client-reply-paid", "Treasurer of the Ordine: 'il pagamento ... è stato eseguito oggi con mandato n. 87' plus a request for a new course edition.",
               reference="22/2026"),
      ORD_TES, G, tz(2026, 12, 17, 18, 20),
      "Gentile dott.ssa Conti,\nmi scuso per il ritardo: il pagamento della fattura 22/2026 è stato eseguito oggi con "
      "mandato n. 87, lo vedrà in conto nei prossimi giorni.\n\nColgo l'occasione per chiederle la disponibilità per una "
      "nuova edizione del corso ad aprile: il Consiglio ha apprezzato molto i riscontri dei colleghi. Mi faccia sapere "
      "qualche data possibile.\n\nCordiali saluti\ning. Roberto Salvi\nConsigliere Tesoriere\nOrdine degli Ingegneri "
      "della Provincia di Montecalvo",
      orig=o, quote="roundcube", headers=ROUNDCUBE, cc=[ORD_SEG])

o = Orig("24/2026", "reminder", tz(2026, 12, 28, 9, 0), "Ufficio Personale", "personale@comune.castelverde.it")
p20 = ("Gentile dott.ssa Conti,\nle inoltro qui sotto la risposta della Ragioneria.\nBuon anno!\n\nDaniela Ricci\n"
       "Ufficio Personale – Comune di Castelverde\n\n"
       "----- Messaggio inoltrato -----\n"
       "Da: \"Ufficio Ragioneria\" <ragioneria@comune.castelverde.it>\n"
       "A: \"Ufficio Personale\" <personale@comune.castelverde.it>\n"
       "Inviato: Martedì, 29 dicembre 2026 16:41:10\n"
       "Oggetto: R: pagamento fattura dott.ssa Conti\n\n"
       "La fattura n. 24/2026 della dott.ssa Conti risulta pagata con mandato n. 3301 del 28/12/2026, importo "
       "€ 900,00 (prestazione esente IVA).\nSaluti\nRagioneria\n\n"
       "----- Messaggio originale -----\n"
       "Da: \"Ufficio Personale\" <personale@comune.castelverde.it>\n"
       "A: \"Ufficio Ragioneria\" <ragioneria@comune.castelverde.it>\n"
       "Inviato: Martedì, 29 dicembre 2026 9:12:44\n"
       "Oggetto: pagamento fattura dott.ssa Conti\n\n"
       "Ciao, la dott.ssa Conti ci sollecita il pagamento del corso di novembre, mi dite a che punto è? Grazie, Daniela\n")
reply("P20", L("client-reply-paid", "The office that commissioned the course forwards the ragioneria's internal answer ('risulta pagata con mandato n. 3301'); the reminder sits at the bottom.",
               amount="900.00", reference="24/2026"),
      ("Daniela Ricci", "personale@comune.castelverde.it"), G, tz(2026, 12, 30, 10, 5),
      p20, orig=o, quote="zimbra", headers=ZIMBRA, subject="I: R: Re: Fattura n. 24/2026 – formazione personale sportello")

o = Orig("20/26", "reminder", tz(2027, 2, 8, 9, 0), "Segreteria Amministrativa IIS Fermi", FERMI[1])
reply("P21", L("client-reply-paid", "School administrative assistant replying for the absent DSGA, attaches the 'mandato quietanzato'."),
      ("Carmela Esposito", "amministrazione@iisfermi-montecalvo.edu.it"), Dv, tz(2027, 2, 11, 12, 22),
      "Buongiorno,\nla DSGA è in malattia, rispondo io per l'ufficio. Il pagamento della sua fattura è stato fatto il "
      "10/02 con mandato n. 58, le allego la copia del mandato quietanzato dalla banca.\n\nDistinti saluti\n"
      "Carmela Esposito\nAssistente amministrativa – Area contabilità\nIIS «Enrico Fermi» – Montecalvo",
      orig=o, quote="roundcube", headers=ROUNDCUBE,
      attach=[Leaf("application/pdf", data=fake_pdf("Mandato n. 58 del 10/02/2027 quietanzato - GRECO DAVIDE - EUR 976,00"),
                   filename="mandato_58_quietanzato.pdf", cte="base64")])

o = Orig("23/26", "reminder", tz(2027, 1, 20, 9, 0), "Sara Gentile", SARA[1])
reply("P22", L("client-reply-paid", "Startup: 'pagata!' — it had been stuck in their AP tool; 'dovresti vederla lunedì' is about arrival, not a payment promise."),
      SARA, Dv, tz(2027, 1, 22, 9, 41),
      "pagata! scusa, era finita nella cartella sbagliata del nostro tool di AP e nessuno l'aveva approvata 🙃 "
      "dovresti vederla lunedì\n\nS.",
      orig=o, quote="gmail", fmt="alt")

o = Orig("2/2027", "due", tz(2027, 2, 15, 9, 0), "Pro Loco Roccalba", PROLOCO[1])
reply("P23", L("client-reply-paid", "Pro Loco president: a long chatty mail about the carnival parade, one sentence that matters ('il bonifico l'ha fatto Ivana (la tesoriera) lunedì'), then a request for a new logo."),
      ("Bruno Castagnoli", "prolocoroccalba@gmail.com"), A, tz(2027, 2, 17, 20, 30),
      "Ciao Alessandra,\nscusa se ti rispondo solo adesso ma qui è un delirio, sabato abbiamo la sfilata dei carri e "
      "ancora due carri non hanno finito le maschere, il Comune non ci ha ancora dato il permesso per chiudere via Roma "
      "e il DJ ci ha dato buca. Il manifesto comunque è piaciuto a tutti, l'abbiamo attaccato pure al bar della "
      "stazione e il parroco l'ha voluto in bacheca in chiesa!\n\nPer la fattura tranquilla, il bonifico l'ha fatto "
      "Ivana (la tesoriera) lunedì, mi ha mandato la foto della ricevuta su WhatsApp.\n\nVolevo chiederti: per la "
      "Sagra di settembre ci fai anche il logo nuovo della Pro Loco? Quello che abbiamo adesso l'ha fatto il nipote "
      "del vecchio presidente nel 2003 e si vede 😂 Fammi sapere quanto verrebbe.\n\nCiao e grazie!\nBruno\n"
      "Presidente Pro Loco Roccalba",
      orig=o, quote="gmail", fmt="alt")

o = Orig("25/2026", "reminder", tz(2027, 1, 7, 9, 0), "Elena Bassi", UNI_BAS[1])
reply("P24", L("client-reply-paid", "Professor (not the admin office): 'mi dicono che la tua fattura è stata pagata prima di Natale', cc the accounts officer; second-hand but a clear paid claim."),
      UNI_BAS, G, tz(2027, 1, 8, 11, 15),
      "Cara Giulia,\n\nho chiesto in segreteria: mi dicono che la tua fattura è stata pagata prima di Natale, insieme "
      "a quelle del convegno. Se non ti risulta, scrivi pure direttamente alla dott.ssa Neri (in copia), che segue i "
      "pagamenti del Dipartimento.\n\nGrazie ancora per la traduzione, gli abstract sono stati molto apprezzati.\n\n"
      "Un caro saluto\nElena\n\n--\nProf.ssa Elena Bassi\nDipartimento di Scienze Storiche\nUniversità degli Studi di "
      "Montecalvo",
      orig=o, quote="apple", headers=APPLE, cc=[("Valeria Neri", "valeria.neri@unimontecalvo.it")])

o = Orig("28/2026", "due", tz(2027, 1, 4, 9, 0), "Ufficio Ragioneria", BONIF[1])
p25 = ("Spett.le Ditta,\n\nVi informiamo che il pagamento della fattura in oggetto è stato disposto in data odierna "
       "con bonifico SEPA sul c/c indicato in fattura.\n\nDistinti saluti.\n\nUfficio Ragioneria\nConsorzio di Bonifica "
       "Pianura Orientale\nVia Argine Destro, 55 – 45011 Adria (RO)\nP.I. 01234560299 – C.F. 91002230298")
reply("P25", L("client-reply-paid", "Consorzio di bonifica, curt boilerplate, HTML-only Outlook with quoted reminder: 'pagamento ... disposto in data odierna'."),
      BONIF, G, tz(2027, 1, 7, 12, 1), p25, orig=o, quote="outlook", fmt="html", html_style="outlook",
      charset="windows-1252", headers=OUTLOOK, re="R: ")

# ============================================================================================
# PROMISE (28)
# ============================================================================================
o = Orig("35/2026", "late_fee", tz(2026, 11, 30, 9, 0), "Loredana Pozzi", COM_RAG[1], deadline=date(2026, 12, 10), fees=True)
reply("R01", L("client-reply-promise", "Comune: determina di liquidazione signed, 'il pagamento avverrà entro il 20 dicembre p.v., compatibilmente con la disponibilità di cassa' — hedged but dated.",
               promised_date="2026-12-20"),
      COM_RAG, A, tz(2026, 12, 3, 12, 20),
      "Buongiorno,\n\nsi comunica che la determina di liquidazione relativa alla fattura in oggetto è stata firmata "
      "dal Responsabile del Servizio in data 01/12/2026. Il pagamento avverrà entro il 20 dicembre p.v., "
      "compatibilmente con la disponibilità di cassa.\n\nDistinti saluti\n\nLoredana Pozzi\nServizio Finanziario – "
      "Comune di Castelverde" + DISCL_PA,
      orig=o, quote="zimbra", headers=ZIMBRA, re="R: ")

o = Orig("19/2026", "reminder", tz(2026, 11, 18, 9, 0), "Ufficio Liquidazione Fatture", ASL_LIQ[1])
reply("R02", L("client-reply-promise", "ASL: registered and liquidated, 'il pagamento verrà effettuato con il prossimo mandato' — promise without a date."),
      ASL_LIQ, G, tz(2026, 11, 20, 10, 33),
      "Gentile Dottoressa,\n\nla fattura in oggetto risulta regolarmente registrata e liquidata dal servizio "
      "competente. Il pagamento verrà effettuato con il prossimo mandato, secondo il calendario dei flussi di "
      "pagamento dell'Azienda.\n\nCordiali saluti\n\nUfficio Liquidazione Fatture – UOC Gestione Economico-Finanziaria\n"
      "ASL di Montebruno\nQuesta casella è presidiata dal lunedì al venerdì, ore 9-13." + DISCL_ASL,
      orig=o, quote="outlook", fmt="alt", html_style="outlook", headers=OUTLOOK, re="R: ")

o = Orig("21/2026", "due", tz(2026, 12, 16, 9, 0), "DSGA - IC Rodari", DSGA[1])
reply("R03", L("client-reply-promise", "School DSGA: PNRR funds; 'in ogni caso non prima del 10 gennaio' → the 10th per the rules, even though the ministry tranche is vague.",
               promised_date="2027-01-10"),
      DSGA, G, tz(2026, 12, 17, 10, 40),
      "Gentile dott.ssa Conti,\nla ringrazio per il promemoria. Il modulo 2 è finanziato con i fondi del PNRR "
      "(Missione 4 – Investimento 2.1, CUP D84D22004520006) e il pagamento potrà avvenire solo dopo l'accredito della "
      "relativa tranche da parte del Ministero, che ci è stato comunicato per i primi giorni di gennaio. In ogni caso "
      "non prima del 10 gennaio, perché fino ad allora non avremo la disponibilità sul nuovo esercizio.\n\n"
      "Cordiali saluti\nRosaria Caputo\nDSGA – IC «Gianni Rodari»",
      orig=o, quote="roundcube", cte="8bit", headers=ROUNDCUBE)

o = Orig("2026/39", "late_fee", tz(2027, 1, 5, 9, 0), "Bertolini Arredamenti", "giuseppe@bertoliniarredamenti.it",
         deadline=date(2027, 1, 15), fees=True)
reply("R04", L("client-reply-promise", "Father, all caps from iPhone, Thursday 7 January: 'PAGO LUNEDI' → Monday 11 January. Earlier he disputed; now the cart works.",
               promised_date="2027-01-11"),
      GIUS, M, tz(2027, 1, 7, 19, 2),
      "MARCO HO VISTO ADESSO. IL CARRELLO ORA FUNZIONA, GRAZIE. PAGO LUNEDI.\nGIUSEPPE\n\nInviato da iPhone",
      orig=o, quote="iphone", charset="us-ascii", cte="7bit", headers=IPHONE)

o = Orig("23/26", "due", tz(2027, 1, 11, 9, 0), "Luca Marini", LUCA[1])
reply("R05", L("client-reply-promise", "Startup CEO: 'settimana prossima chiudiamo il bridge ... e saldo tutto, promesso' — vague, no date."),
      LUCA, Dv, tz(2027, 1, 12, 8, 55),
      "Ciao Davide!\nil teaser è stato un successo, abbiamo preso 400 iscritti in lista d'attesa in 3 giorni 🚀\n\n"
      "Sulla fattura: settimana prossima chiudiamo il bridge con due business angel e saldo tutto, promesso. Ti "
      "aggiorno appena firmiamo.\n\nL.",
      orig=o, quote="gmail", fmt="alt")

o = Orig("2026/34", "due", tz(2026, 12, 3, 9, 0), "Sara Gentile", SARA[1])
reply("R06", L("client-reply-promise", "Startup ops on 3 December: 'L'ho messa in pagamento per il 15' (their supplier cycle is the 15th and 30th).",
               promised_date="2026-12-15"),
      SARA, M, tz(2026, 12, 3, 11, 12),
      "Ciao Marco, ricevuto! L'ho messa in pagamento per il 15: il nostro ciclo fornitori gira il 15 e il 30 di ogni "
      "mese, è una regola del nostro CFO part-time 🙄\n\nSara",
      orig=o, quote="gmail", fmt="alt")

o = Orig("45/2026", "due", tz(2026, 12, 14, 9, 0), "don Franco Melis", DONF[1])
reply("R07", L("client-reply-promise", "Parish priest on a Sunday: the till is empty, waiting for Christmas offerings, 'Dopo l'Epifania ti pago tutto' — 'after X' is vague, no date."),
      DONF, A, tz(2026, 12, 20, 14, 30),
      "Cara Alessandra, grazie per il lavoro bellissimo, i manifesti del campanile sono in tutte le vetrine del paese. "
      "Purtroppo la cassa della parrocchia adesso è vuota: aspettiamo le offerte della novena e della messa di "
      "mezzanotte. Dopo l'Epifania ti pago tutto, stai tranquilla.\nBuon Natale a te e alla tua famiglia\n"
      "don Franco",
      orig=o, quote="gmail", fmt="alt")

o = Orig("44/2026", "due", tz(2026, 12, 7, 9, 0), "Consorzio Valmara - Amministrazione", VALM[1])
reply("R08", L("client-reply-promise", "Consorzio: payments over 3.000 need the board; 'il pagamento verrà disposto nei giorni immediatamente successivi' to the 18 December meeting — after a date = vague."),
      ("Patrizia Leone", "amministrazione@formaggiovalmara.it"), A, tz(2026, 12, 9, 15, 48),
      "Gentile dott.ssa Rossi,\n\nla informiamo che, come previsto dal regolamento interno del Consorzio, i pagamenti "
      "superiori a € 3.000,00 devono essere autorizzati dal Consiglio di Amministrazione. La Sua fattura sarà "
      "sottoposta al CdA nella seduta del 18 dicembre; il pagamento verrà disposto nei giorni immediatamente "
      "successivi.\n\nCordiali saluti\n\nPatrizia Leone – Ufficio Amministrazione\nConsorzio Tutela Formaggio "
      "Valmara DOP",
      orig=o, quote="outlook_old", charset="iso-8859-1", headers=OUTLOOK, re="R: ")

o = Orig("2026/38", "reminder", tz(2027, 1, 12, 9, 0), "Segreteria Ordine Ingegneri", ORD_SEG[1])
reply("R09", L("client-reply-promise", "Ordine: 'rientra nei pagamenti di fine gennaio' → 31 January.",
               promised_date="2027-01-31"),
      ORD_SEG, M, tz(2027, 1, 14, 10, 6),
      "Buongiorno,\nle scadenze di pagamento dell'Ordine sono a fine mese: la sua fattura, protocollata il 23/11, "
      "rientra nei pagamenti di fine gennaio che il Tesoriere autorizza nell'ultima settimana del mese.\n\n"
      "Cordialità\nSilvana Orlando – Segreteria\nOrdine degli Ingegneri della Provincia di Montecalvo",
      orig=o, quote="gmail", fmt="alt")

o = Orig("2026/31", "reminder", tz(2026, 11, 17, 9, 0), "Fabio Rinaldi", UNI_RIN[1])
reply("R10", L("client-reply-promise", "University: payments suspended for the accounting migration, 'la procedura di liquidazione si concluderà comunque entro il 15 del mese prossimo' (24 Nov → 15 Dec).",
               promised_date="2026-12-15"),
      UNI_RIN, M, tz(2026, 11, 24, 12, 51),
      "Gentile dott. Ferri,\n\nla sua fattura è stata correttamente acquisita e associata al buono d'ordine "
      "n. 218/2026. A causa del passaggio al nuovo sistema contabile di Ateneo, i pagamenti del Dipartimento sono "
      "temporaneamente sospesi; la procedura di liquidazione si concluderà comunque entro il 15 del mese prossimo.\n\n"
      "Cordiali saluti\n\nFabio Rinaldi\nResponsabile amministrativo – Dipartimento di Scienze Storiche",
      orig=o, quote="tbird", headers=TBIRD)

o = Orig("47/2026", "courtesy", tz(2027, 1, 26, 9, 0), "Accounts Payable Vezzani", VEZ_AP[1])
reply("R11", L("client-reply-promise", "Large company AP: approved, 'sarà inclusa nel run di pagamento del 28 febbraio' (their 60 gg d.f.f.m. terms).",
               promised_date="2027-02-28", reference="47/2026"),
      VEZ_AP, A, tz(2027, 1, 29, 9, 8),
      "Gentile fornitore,\n\nla fattura 47/2026 risulta approvata. In base ai termini contrattuali (60 gg d.f.f.m.) "
      "sarà inclusa nel run di pagamento del 28 febbraio.\n\nCordiali saluti / Best regards\n\nAccounts Payable Team – "
      "Vezzani S.p.A." + DISCL_VEZ,
      orig=o, quote="outlook", fmt="html", html_style="outlook", headers=OUTLOOK365, re="RE: ")

o = Orig("24/26", "due", tz(2027, 2, 5, 9, 0), "Comune di Roccalba", ROCC_RAG[1])
reply("R12", L("client-reply-promise", "Small Comune in esercizio provvisorio: 'La fattura non potrà essere pagata prima di fine mese' → not before end of February = 28 Feb.",
               promised_date="2027-02-28"),
      ROCC_RAG, Dv, tz(2027, 2, 8, 11, 27),
      "Buongiorno,\nin riferimento alla fattura in oggetto le comunico che l'Ente è in esercizio provvisorio fino "
      "all'approvazione del bilancio di previsione 2027-2029: possiamo pagare solo nei limiti dei dodicesimi e il "
      "capitolo delle spese per i consigli comunali è già oltre. La fattura non potrà essere pagata prima di fine "
      "mese.\n\nCordiali saluti\nrag. Donatella Ferro\nServizio Finanziario – Comune di Roccalba",
      orig=o, quote="zimbra", headers=ZIMBRA, re="R: ")

o = Orig("1/2027", "due", tz(2027, 2, 10, 9, 0), "Antonella De Santis", "antonella.desantis@aslmontebruno.it")
reply("R13", L("client-reply-promise", "ASL, two lines on Friday 12 Feb: 'l'ordinativo sarà emesso entro il 20 del corrente mese' → 20 Feb.",
               promised_date="2027-02-20"),
      ("Antonella De Santis", "antonella.desantis@aslmontebruno.it"), G, tz(2027, 2, 12, 13, 2),
      "Gentile dott.ssa Conti,\nla fattura risulta liquidata; il relativo ordinativo sarà emesso entro il 20 del "
      "corrente mese.\nDistinti saluti\nAntonella De Santis" + DISCL_ASL,
      orig=o, quote="outlook", fmt="alt", html_style="outlook", headers=OUTLOOK, re="Rif: ")

o = Orig("17/26", "reminder", tz(2027, 1, 8, 9, 15), "Bertolini Arredamenti", "giuseppe@bertoliniarredamenti.it",
         sal="Spett.le Bertolini Arredamenti snc,")
reply("R14", L("client-reply-promise", "Daughter writes from Tenerife (Atlantic/Canary, 23:30 on Mon 11 Jan = 00:30 on the 12th in Rome): dad will pay 'domani mattina' → 12 January in the sender's zone.",
               promised_date="2027-01-12"),
      CHIARA, Dv, tz(2027, 1, 11, 23, 30, "Atlantic/Canary"),
      "Ciao Davide! Ti scrivo da Tenerife (sì, una settimana di ferie finalmente ☀️). Papà mi ha appena chiamato: "
      "oggi è andato in banca per farti il bonifico ma c'era lo sciopero e hanno chiuso alle 11. Mi ha detto di dirti "
      "che lo fa domani mattina appena aprono, giura 😂\nLe foto del catalogo sono stupende, i clienti in showroom "
      "chiedono chi le ha fatte!\n\nUn abbraccio\nChiara",
      orig=o, quote="gmail", fmt="alt", cte="base64")

o = Orig("41/2026", "reminder", tz(2026, 11, 24, 9, 0), "Bertolini Arredamenti", "chiara@bertoliniarredamenti.it")
reply("R15", L("client-reply-promise", "The family business's accountant, Tuesday 1 Dec: 'sarà inserita nella distinta bonifici di venerdì' → Friday 4 Dec.",
               promised_date="2026-12-04"),
      ("Elisa Mantovani - Studio Venturi", "studio@venturipaolo.it"), A, tz(2026, 12, 1, 16, 10),
      "Buongiorno,\n\nscriviamo per conto della ditta Bertolini Arredamenti snc, di cui curiamo la contabilità. Il "
      "cliente ci ha autorizzato al pagamento della Vs. fattura, che sarà inserita nella distinta bonifici di "
      "venerdì.\n\nDistinti saluti\n\nElisa Mantovani\nStudio Rag. Paolo Venturi\nVia Roma 18 – 41049 Sassuolo (MO)",
      orig=o, quote="outlook_old", charset="iso-8859-1", headers=OUTLOOK, re="R: ",
      cc=[("Chiara Bertolini", "chiara@bertoliniarredamenti.it")])

o = Orig("20/26", "reminder", tz(2027, 1, 26, 9, 0), "Segreteria Amministrativa IIS Fermi", FERMI[1])
reply("R16", L("client-reply-promise", "School DSGA: mandato ready, waits for the head's digital signature ('rientra lunedì' is the head's return, not a payment date); 'presumibilmente entro la settimana prossima' = vague."),
      ("Ornella Fusco", "dsga@iisfermi-montecalvo.edu.it"), Dv, tz(2027, 1, 27, 12, 35),
      "Buongiorno,\nla sua fattura è stata accettata e il mandato è già predisposto, manca solo la firma digitale del "
      "Dirigente Scolastico che rientra lunedì dal corso di formazione a Roma. Il pagamento partirà presumibilmente "
      "entro la settimana prossima.\n\nCordiali saluti\nLa DSGA\ndott.ssa Ornella Fusco\nIIS «Enrico Fermi» – Montecalvo",
      orig=o, quote="roundcube", headers=ROUNDCUBE)

o = Orig("51/2026", "reminder", tz(2027, 1, 11, 9, 0), "Sara Gentile", SARA[1])
reply("R17", L("client-reply-promise", "Startup pays 1.500 today and promises the rest (2.160) 'entro fine mese' → 31 Jan; amount = the promised remainder.",
               promised_date="2027-01-31", amount="2160.00"),
      SARA, A, tz(2027, 1, 12, 17, 20),
      "Ciao Ale,\nti confesso che gennaio è un mese tosto per la cassa (aspettiamo il credito d'imposta R&S 🙏). "
      "Intanto ti ho girato oggi 1.500 €, il resto (2.160 €) te lo saldo entro fine mese, ok per te?\nScusa davvero, "
      "le illustrazioni sono top e ce le chiedono tutti.\n\nSara",
      orig=o, quote="gmail", fmt="alt", cte="base64")

o = Orig("23/2026", "reminder", tz(2027, 1, 19, 9, 0), "Ufficio Ragioneria", BONIF[1])
reply("R18", L("client-reply-promise", "Consorzio di bonifica corrects the terms (60 days from invoice date per the engagement letter) and states it 'sarà pagata alla scadenza contrattuale del 12 febbraio 2027'; no amount contested.",
               promised_date="2027-02-12"),
      ("Claudio Borin", "ragioneria@bonificapianuraorientale.it"), G, tz(2027, 1, 20, 9, 44),
      "Buongiorno,\n\nin riferimento al Vs. sollecito si fa presente che, come previsto dall'art. 5 della lettera "
      "d'incarico prot. n. 4471 del 20/11/2026, il pagamento delle prestazioni avviene a 60 giorni data fattura. La "
      "fattura del 14/12/2026 sarà pertanto pagata alla scadenza contrattuale del 12 febbraio 2027.\n\nDistinti "
      "saluti\n\nrag. Claudio Borin\nUfficio Ragioneria – Consorzio di Bonifica Pianura Orientale",
      orig=o, quote="outlook", fmt="alt", html_style="outlook", charset="windows-1252", headers=OUTLOOK, re="R: ")

o = Orig("22/26", "due", tz(2027, 1, 5, 9, 0), "Ufficio Ragioneria", "ragioneria@comune.castelverde.it")
reply("R19", L("client-reply-promise", "Comune: payment subject to the DURC check; 'ad esito positivo si procederà al pagamento nel più breve tempo possibile' — conditional, undated promise."),
      ("Ufficio Ragioneria", "ragioneria@comune.castelverde.it"), Dv, tz(2027, 1, 12, 9, 3),
      "Buongiorno,\n\nsi comunica che la liquidazione della fattura in oggetto è subordinata all'esito della verifica "
      "di regolarità contributiva (DURC) richiesta d'ufficio in data 08/01/2027. Ad esito positivo si procederà al "
      "pagamento nel più breve tempo possibile.\n\nDistinti saluti\n\nServizio Finanziario – Comune di Castelverde"
      + DISCL_PA,
      orig=o, quote="zimbra", headers=ZIMBRA, re="R: ")

o = Orig("22/2026", "reminder", tz(2026, 12, 11, 9, 0), "Segreteria Ordine Ingegneri", ORD_SEG[1])
reply("R20", L("client-reply-promise", "Ordine secretary on Monday 14 Dec: the treasurer signs on Thursdays, 'sarà pagata giovedì' → 17 Dec.",
               promised_date="2026-12-17"),
      ORD_SEG, G, tz(2026, 12, 14, 10, 18),
      "Buongiorno dott.ssa Conti,\nil Tesoriere viene in sede a firmare i mandati il giovedì pomeriggio, quindi la "
      "sua fattura sarà pagata giovedì.\n\nCordiali saluti\nSilvana – Segreteria Ordine Ingegneri",
      orig=o, quote="gmail", fmt="alt")

o = Orig("2026/33", "due", tz(2026, 12, 16, 9, 0), "Elena Bassi", UNI_BAS[1])
reply("R21", L("client-reply-promise", "Professor: now the work is complete she signed the attestation; the office is closed for year-end until after Epiphany, 'appena riaprono è la prima cosa' — vague."),
      UNI_BAS, M, tz(2026, 12, 23, 17, 2),
      "Caro Marco,\nho visto che la versione inglese e l'area riservata sono online, grazie! Ho firmato oggi "
      "l'attestazione di regolare esecuzione e l'ho mandata in segreteria.\nTi avviso però che la segreteria è in "
      "chiusura di bilancio e fino alla riapertura dopo l'Epifania non si paga nulla: appena riaprono la tua è la "
      "prima cosa che fanno, me l'hanno promesso.\n\nBuone feste!\nElena",
      orig=o, quote="apple", headers=APPLE)

o = Orig("2026/41", "due", tz(2027, 2, 1, 9, 0), "Accounts Payable Vezzani", VEZ_AP[1])
reply("R22", L("client-reply-promise", "AP clerk: approved, runs on the 10th and 25th, 'rientrerà nel primo run utile, compatibilmente con il cut-off' — which run is not stated, so no date.",
               reference="2026/41"),
      ("Martina Gallo", "martina.gallo@vezzanigroup.com"), M, tz(2027, 2, 3, 10, 26),
      "Buongiorno,\n\nla fattura 2026/41 è in stato \"Approvata – in attesa di pagamento\". I pagamenti fornitori "
      "vengono eseguiti il 10 e il 25 di ogni mese: la sua rientrerà nel primo run utile, compatibilmente con il "
      "cut-off interno della tesoreria.\n\nCordiali saluti\n\nMartina Gallo\nContabilità Fornitori – Vezzani S.p.A."
      + DISCL_VEZ,
      orig=o, quote="outlook", fmt="alt", html_style="outlook", headers=OUTLOOK365, re="RE: ")

o = Orig("16/26", "reminder", tz(2027, 1, 7, 9, 0), "Gino Tassi", "gino.tassi@alice.it")
reply("R23", L("client-reply-promise", "Parish council member, Friday 8 Jan: council meets Tuesday 12 to authorise; 'Conti di ricevere il bonifico entro venerdì 15' → 15 Jan (the Tuesday is the meeting, not the payment).",
               promised_date="2027-01-15"),
      ("Gino Tassi", "gino.tassi@alice.it"), Dv, tz(2027, 1, 8, 18, 40),
      "Gentile signor Greco,\nle scrivo come membro del Consiglio per gli affari economici della parrocchia. Dopo il "
      "nostro scambio di dicembre abbiamo chiarito la questione dell'IVA con il parroco: il consiglio si riunisce "
      "martedì 12 e in quella sede autorizzeremo il pagamento dell'intero importo. Conti di ricevere il bonifico "
      "entro venerdì 15.\n\nCordiali saluti\nGino Tassi",
      orig=o, quote="libero", headers=LIBERO, cte="8bit")

o = Orig("14/26", "due", tz(2026, 11, 30, 9, 0), "Segreteria IC Rodari", "segreteria@icrodari-santilario.edu.it")
reply("R24", L("client-reply-promise", "School office, 2 Dec: 'Il pagamento sarà effettuato entro il 18 dicembre' after a budget variation.",
               promised_date="2026-12-18"),
      ("Segreteria IC Rodari", "segreteria@icrodari-santilario.edu.it"), Dv, tz(2026, 12, 2, 11, 55),
      "Buongiorno,\nla fattura è stata accettata sulla piattaforma e registrata a protocollo (prot. n. 6612/VI.2). Il "
      "pagamento sarà effettuato entro il 18 dicembre, dopo la variazione di bilancio che il Consiglio d'Istituto "
      "approverà nella seduta del 15.\nSaluti\nSegreteria amministrativa – IC «Gianni Rodari»",
      orig=o, quote="roundcube", headers=ROUNDCUBE)

o = Orig("2027/02", "due", tz(2027, 2, 3, 9, 0), "Luca Marini", LUCA[1])
reply("R25", L("client-reply-promise", "CEO in New York near midnight (Thu 4 Feb 23:50 EST = Fri 5 Feb in Italy): 'Domani mattina ti faccio il bonifico' → 5 Feb in the sender's zone.",
               promised_date="2027-02-05"),
      LUCA, M, tz(2027, 2, 4, 23, 50, "America/New_York"),
      "Marco scusa, sono a NY per il roadshow e non ho accesso al token della banca fino a domani mattina (qui è quasi "
      "mezzanotte). Domani mattina ti faccio il bonifico, giuro.\nL.\n\nSent from my iPhone",
      orig=o, quote="iphone", headers=IPHONE)

o = Orig("18/26", "reminder", tz(2027, 1, 14, 9, 0), "Consorzio Valmara - Amministrazione", VALM[1])
reply("R26", L("client-reply-promise", "Consorzio accounts, Friday 15 Jan: 'il bonifico lo disponiamo oggi stesso' → today.",
               promised_date="2027-01-15"),
      ("Patrizia Leone", "amministrazione@formaggiovalmara.it"), Dv, tz(2027, 1, 15, 11, 20),
      "Buongiorno sig. Greco,\nmi scuso, la fattura era rimasta in attesa del visto del Direttore che era in ferie. "
      "Il visto adesso c’è, il bonifico lo disponiamo oggi stesso.\n\nCordiali saluti\nPatrizia Leone\n"
      "Ufficio Amministrazione – Consorzio Tutela Formaggio Valmara DOP",
      orig=o, quote="outlook_old", charset="iso-8859-1", headers=OUTLOOK, re="R: ")

o = Orig("30/2026", "statement", tz(2027, 2, 3, 9, 0), "Ufficio Liquidazione Fatture", ASL_LIQ[1],
         sal="Spett.le Azienda Sanitaria Locale di Montebruno,", deadline=date(2027, 2, 13), nums=["30/2026", "1/2027"])
reply("R27", L("client-reply-promise", "Two invoices in a statement: 30/2026 paid (ordinativo 133), 1/2027 'verrà pagata entro fine febbraio' → promise (paid one + promise the other = promise); reference is the promised one.",
               promised_date="2027-02-28", reference="1/2027"),
      ASL_LIQ, G, tz(2027, 2, 4, 12, 14),
      "Gentile dott.ssa Conti,\n\nin riscontro alla Sua del 03/02 si comunica quanto segue:\n"
      "- fattura n. 30/2026: pagata con ordinativo n. 133 del 29/01/2027;\n"
      "- fattura n. 1/2027: in corso di liquidazione, verrà pagata entro fine febbraio.\n\nCordiali saluti\n\n"
      "Ufficio Liquidazione Fatture – ASL di Montebruno" + DISCL_ASL,
      orig=o, quote="outlook", fmt="alt", html_style="outlook", headers=OUTLOOK, re="R: ")

o = Orig("38/2026", "reminder", tz(2026, 12, 9, 9, 0), "Monica Ferraresi", ASSESS[1])
reply("R28", L("client-reply-promise", "Councillor for culture (informal, first name): she unblocked the determina, 'ti pagano entro Natale, promesso!' → 25 Dec.",
               promised_date="2026-12-25"),
      ASSESS, A, tz(2026, 12, 10, 8, 47),
      "Alessandra cara,\nho visto la tua mail e mi vergogno un po'... ho parlato stamattina con la ragioneria: la "
      "determina era ferma perché mancava il mio visto (colpa mia, ero presa con il mercatino). L'ho sbloccata "
      "adesso, ti pagano entro Natale, promesso!\nI manifesti sono bellissimi, il sindaco li ha voluti anche in "
      "formato cartolina.\n\nMonica\n--\nMonica Ferraresi\nAssessora alla Cultura e al Turismo – Comune di Castelverde"
      + DISCL_PA,
      orig=o, quote="zimbra", headers=ZIMBRA)

# ============================================================================================
# DISPUTE (20)
# ============================================================================================
o = Orig("2026/39", "due", tz(2026, 12, 11, 9, 0), "Bertolini Arredamenti", "giuseppe@bertoliniarredamenti.it")
reply("D01", L("client-reply-dispute", "Father, all caps: contests the hours ('40 ORE') and refuses to pay until the cart works."),
      GIUS, M, tz(2026, 12, 14, 7, 41),
      "MARCO 40 ORE PER UN SITO DOVE IL CARRELLO NON FUNZIONA?? I CLIENTI MI CHIAMANO CHE NON RIESCONO A PAGARE. "
      "FINCHE NON SISTEMI NON PAGO NIENTE. E LE ORE LE VOGLIO VEDERE UNA PER UNA.\nGIUSEPPE BERTOLINI\n\n"
      "Inviato da iPhone",
      orig=o, quote="iphone", charset="us-ascii", cte="7bit", headers=IPHONE)

o = Orig("36/2026", "reminder", tz(2026, 11, 24, 9, 0), "Loredana Pozzi", COM_RAG[1])
reply("D02", L("client-reply-dispute", "Comune: amount does not match the spending commitment (1.000 + IVA vs 1.100 + IVA); asks for a full credit note and a new e-invoice with the CIG.",
               reference="36/2026"),
      COM_RAG, A, tz(2026, 11, 26, 10, 12),
      "Buongiorno,\n\nin riscontro al Suo sollecito si comunica che la fattura n. 36/2026 non può essere liquidata in "
      "quanto l'importo fatturato (€ 1.100,00 + IVA) non corrisponde all'impegno di spesa assunto con determinazione "
      "n. 412 del 15/09/2026 (€ 1.000,00 + IVA), come da Suo preventivo del 10/09/2026 agli atti.\n\nSi chiede "
      "pertanto di emettere nota di credito totale e nuova fattura elettronica di importo corretto, riportando il CIG "
      "B2C4F81A07.\n\nDistinti saluti\n\nLoredana Pozzi\nIstruttore contabile – Servizio Finanziario\nComune di "
      "Castelverde" + DISCL_PA,
      orig=o, quote="zimbra", headers=ZIMBRA, re="R: ")

o = Orig("31/2026", "due", tz(2027, 1, 20, 9, 0), "Ufficio Liquidazione Fatture", ASL_LIQ[1])
reply("D03", L("client-reply-dispute", "ASL rejected the e-invoice on SdI (no CIG, no NSO order reference) and wants a new one: the invoice has to be redone (angle: 'fattura da rifare' = dispute).",
               reference="31/2026"),
      ASL_LIQ, G, tz(2027, 1, 21, 11, 36),
      "Gentile dott.ssa Conti,\n\nsi comunica che la fattura n. 31/2026 è stata rifiutata tramite il Sistema di "
      "Interscambio in data 18/01/2027 (esito committente EC02) in quanto priva del codice CIG e del riferimento "
      "all'ordine elettronico NSO, obbligatori per le forniture agli enti del Servizio Sanitario Nazionale.\n\n"
      "Non essendo la fattura registrabile, non è possibile procedere al pagamento: si invita a emettere un nuovo "
      "documento completo dei dati mancanti (CIG B3A19E02C4 – ordine NSO #ORD#2026-11873#2026-12-18#UFQ7R1#).\n\n"
      "Cordiali saluti\n\nUfficio Liquidazione Fatture\nUOC Gestione Economico-Finanziaria" + DISCL_ASL,
      orig=o, quote="outlook", fmt="alt", html_style="outlook", headers=OUTLOOK, re="R: ")

o = Orig("2027/05", "due", tz(2027, 2, 16, 9, 0), "Luca Marini", LUCA[1])
reply("D04", L("client-reply-dispute", "Startup CEO contests the amount (agreed 5k flat per sprint) and offers 5.000; 'ti faccio il bonifico anche domani' is conditional on acceptance — dispute wins, no promised date.",
               amount="5000.00"),
      LUCA, M, tz(2027, 2, 17, 19, 6),
      "Ciao Marco,\nti scrivo in modo diretto perché ci tengo al rapporto: 6.100 per lo sprint 5 non mi torna. "
      "Quando ne abbiamo parlato a gennaio avevamo detto 5k flat a sprint, e le ore extra della migrazione del "
      "database non le avevamo concordate (ok, il bug era nostro, ma lo schema l'avevi scelto tu).\nIo ti pagherei "
      "5.000 e chiudiamo così: se ti va bene ti faccio il bonifico anche domani.\nFammi sapere, magari ci sentiamo 10 "
      "minuti al telefono.\n\nLuca",
      orig=o, quote="gmail", fmt="alt")

o = Orig("43/2026", "due", tz(2026, 12, 11, 9, 0), "don Franco Melis", DONF[1])
reply("D05", L("client-reply-dispute", "Parish priest, warm but firm: the agreed price was about 200 (said in the sacristy), asks to revise the invoice from 305 to 200.",
               amount="200.00"),
      DONF, A, tz(2026, 12, 12, 16, 5),
      "Cara Alessandra,\nho ricevuto il promemoria e mi sono accorto solo adesso della cifra: 305 euro? Quando ne "
      "avevamo parlato in sagrestia dopo la messa mi avevi detto «sui 200, per la parrocchia faccio un prezzo "
      "speciale». Io avevo riferito al consiglio 200 euro e così è stato messo a bilancio. Non vorrei sembrare "
      "taccagno, ma ti chiedo di rivedere la fattura a 200 come d'accordo.\nUn abbraccio e buon Avvento\ndon Franco",
      orig=o, quote="gmail", fmt="alt")

o = Orig("20/2026", "reminder", tz(2026, 11, 30, 9, 0), "DSGA - IC Rodari", DSGA[1])
reply("D06", L("client-reply-dispute", "School DSGA compares the invoice with the attendance register: 16 hours done, not 20; credit note and new invoice for 16 × 75 = 1.200.",
               amount="1200.00", reference="20/2026"),
      DSGA, G, tz(2026, 12, 1, 13, 10),
      "Gentile dott.ssa Conti,\nnel predisporre il mandato abbiamo confrontato la fattura n. 20/2026 con il registro "
      "firme del corso: a fronte delle 20 ore fatturate risultano svolte 16 ore (gli incontri del 4 e del 18 novembre "
      "sono stati ridotti a 2 ore ciascuno per l'assemblea sindacale e per l'allerta meteo).\nSi chiede pertanto di "
      "emettere nota di credito e nuova fattura per 16 ore × € 75,00 = € 1.200,00, in modo da poter procedere al "
      "pagamento.\n\nDistinti saluti\nIl DSGA\nRosaria Caputo",
      orig=o, quote="roundcube", cte="8bit", headers=ROUNDCUBE)

o = Orig("2026/43", "due", tz(2027, 1, 15, 9, 0), "Accounts Payable Vezzani", VEZ_AP[1])
d07 = ("Gentile fornitore,\n\nla fattura 2026/43 è stata posta in stato \"Bloccata – discrepanza importo\": "
       "l'importo fatturato (€ 3.600,00 imponibile) eccede l'ordine di acquisto n. 4500182247 (€ 3.200,00).\n"
       "La fattura non potrà essere pagata fino a ricezione di nota di credito per la differenza (€ 400,00 + IVA) "
       "oppure di un'integrazione dell'ordine da parte del richiedente interno.\n\nCordiali saluti / Best regards\n\n"
       "Accounts Payable Team\nVezzani S.p.A.")
reply("D07", L("client-reply-dispute", "Large company AP blocks the invoice: amount exceeds the purchase order by 400 + IVA; credit note or PO change. HTML-only.",
               reference="2026/43"),
      VEZ_AP, M, tz(2027, 1, 19, 16, 2), d07 + DISCL_VEZ, orig=o, quote="outlook", fmt="html", html_style="outlook",
      headers=OUTLOOK365, re="RE: ")

o = Orig("46/2026", "due", tz(2026, 12, 21, 9, 0), "Consorzio Valmara - Amministrazione", VALM[1])
reply("D08", L("client-reply-dispute", "Consorzio: wrong Pantone on the DOP mark forced a reprint; the director wants to withhold 640 + IVA and pay the difference. Includes a photo (PNG).",),
      ("Patrizia Leone", "amministrazione@formaggiovalmara.it"), A, tz(2026, 12, 23, 10, 37),
      "Gentile Alessandra,\n\ndevo purtroppo segnalarle che nelle etichette del formato 250 g il contrassegno DOP è "
      "stato riprodotto con un verde diverso dal Pantone 356 C previsto dal disciplinare grafico: l’ente di "
      "certificazione ce l’ha contestato e abbiamo dovuto ristampare 8.000 etichette a nostre spese (€ 640,00 + IVA, "
      "fattura della tipografia che le posso girare). Le allego la foto del confronto.\n\nIl Direttore propone di "
      "trattenere tale importo dalla sua fattura e di pagare la differenza. Mi faccia sapere se è d’accordo, così "
      "procediamo.\n\nCordiali saluti\n\nPatrizia Leone\nUfficio Amministrazione",
      orig=o, quote="outlook", fmt="alt", html_style="outlook", charset="iso-8859-1", headers=OUTLOOK, re="R: ",
      attach=[Leaf("image/png", data=fake_png(46), filename="confronto_pantone.png", cte="base64")])

o = Orig("2026/33", "due", tz(2026, 12, 16, 9, 0), "Elena Bassi", UNI_BAS[1])
reply("D09", L("client-reply-dispute", "Professor: the site is not complete (English version, partner area); she cannot sign the attestation of regular execution, so the balance cannot be paid — work incomplete."),
      UNI_BAS, M, tz(2026, 12, 17, 9, 14),
      "Caro Marco,\n\nla segreteria mi ha girato il tuo sollecito. Devo però dirti che il sito non è ancora completo "
      "rispetto al preventivo: manca la versione inglese delle pagine del progetto e l'area riservata per i partner "
      "non permette ancora il caricamento dei documenti. Per liquidare il saldo la segreteria ha bisogno della mia "
      "attestazione di regolare esecuzione, e non posso firmarla finché queste due parti non sono online.\n\nSono "
      "sicura che si tratta di pochi giorni di lavoro: appena finisci firmo subito.\n\nUn saluto\nElena Bassi",
      orig=o, quote="apple", headers=APPLE)

o = Orig("26/2026", "due", tz(2027, 1, 4, 9, 0), "Segreteria Ordine Ingegneri", ORD_SEG[1])
reply("D10", L("client-reply-dispute", "Ordine treasurer: VAT wrongly applied (accredited training, exempt) and amount should be 1.000; credit note and new invoice, 'non appena la riceviamo provvediamo al pagamento' is conditional; amount = the 1.000 they accept.",
               reference="26/2026", amount="1000.00"),
      ORD_TES, G, tz(2027, 1, 8, 17, 30),
      "Gentile dott.ssa Conti,\nesaminando la fattura n. 26/2026 rilevo che è stata applicata l'IVA al 22%. Il corso è "
      "accreditato dal CNI come attività di formazione professionale continua organizzata dall'Ordine, e per le "
      "edizioni precedenti lei ci aveva fatturato in esenzione (art. 10, c. 1, n. 20 DPR 633/72). L'importo dovrebbe "
      "quindi essere di € 1.000,00 come da incarico, non € 1.220,00.\nLa prego pertanto di emettere nota di credito e "
      "una nuova fattura corretta; non appena la riceviamo provvediamo al pagamento.\n\nCordiali saluti\n"
      "ing. Roberto Salvi – Consigliere Tesoriere",
      orig=o, quote="roundcube", headers=ROUNDCUBE)

o = Orig("21/26", "due", tz(2027, 1, 18, 9, 0), "Chiara Bertolini", "chiara@bertoliniarredamenti.it")
reply("D11", L("client-reply-dispute", "Daughter: 45 of 60 photos delivered, some blurred; pays half (610) today and the rest only after the missing photos — partial payment + dispute = dispute.",
               amount="610.00"),
      ("Chiara Bertolini", "chiara@bertoliniarredamenti.it"), Dv, tz(2027, 1, 19, 12, 48),
      "Ciao Davide,\nti scrivo io perché papà è furioso e preferisco evitare che ti chiami lui 😅\nDelle 60 foto "
      "pattuite per il catalogo primavera ne abbiamo ricevute 45, e 6 della cucina Lucia sono mosse (si vede proprio "
      "sul bordo del piano). La tipografia aspetta i file entro fine mese.\nQuindi facciamo così: oggi ti facciamo un "
      "bonifico di 610 euro, cioè metà, e il resto te lo paghiamo quando ci mandi le 15 che mancano e rifai quelle "
      "della cucina. Spero tu capisca.\n\nChiara\n\nBertolini Arredamenti snc – dal 1968\nshowroom: via Radici in "
      "Piano 210, Sassuolo",
      orig=o, quote="gmail", fmt="alt", cte="base64")

o = Orig("2026/37", "due", tz(2026, 12, 31, 9, 0), "Sara Gentile", SARA[1])
reply("D12", L("client-reply-dispute", "Startup: two invoices of 6.100 for the same sprint; 2026/37 looks like a duplicate of the paid 2026/34, asks for a credit note (already billed).",
               reference="2026/37"),
      SARA, M, tz(2027, 1, 4, 10, 22),
      "Ciao Marco, buon anno!\nFacendo la riconciliazione di fine anno ho visto che abbiamo due tue fatture da "
      "6.100 € per lo sprint 3: la 2026/34 (già pagata l'11 dicembre) e la 2026/37 \"sprint 3 bis\". Per noi lo "
      "sprint 3 è uno solo, credo sia un doppione. Puoi annullarla con una nota di credito? Se invece si riferisce a "
      "qualcos'altro spiegami pure, magari mi sfugge qualcosa.\nGrazie!\n\nSara",
      orig=o, quote="gmail", fmt="alt")

o = Orig("25/26", "due", tz(2027, 1, 12, 9, 0), "Comune di Roccalba", ROCC_RAG[1])
reply("D13", L("client-reply-dispute", "Small Comune: amount above the direct award (250 + IVA vs 300 + IVA), CIG missing, invoice rejected on SdI; credit note and new invoice."),
      ROCC_RAG, Dv, tz(2027, 1, 13, 12, 5),
      "Buongiorno,\nla fattura in oggetto non può essere accettata per i seguenti motivi:\n1) il servizio è stato "
      "affidato con determina n. 211/2026 per un importo di € 250,00 + IVA, mentre la fattura riporta € 300,00 + IVA;\n"
      "2) manca il CIG.\nSi invita a emettere nota di credito e nuova fattura conforme. La fattura è stata comunque "
      "rifiutata sul Sistema di Interscambio.\n\nCordiali saluti\nrag. Donatella Ferro\nServizio Finanziario – "
      "Comune di Roccalba",
      orig=o, quote="zimbra", headers=ZIMBRA, re="R: ")

o = Orig("29/2026", "due", tz(2027, 1, 11, 9, 0), "Ufficio Ragioneria", BONIF[1])
reply("D14", L("client-reply-dispute", "The consorzio's RSPP will not approve the full amount: 3 of 4 training days held; recognises 1.500 + IVA, offers to recover the practical day."),
      ("Marta Zanella", "m.zanella@bonificapianuraorientale.it"), G, tz(2027, 1, 14, 15, 50),
      "Gentile dott.ssa Conti,\nla ragioneria mi chiede il visto sulla sua fattura ma devo segnalare che il corso "
      "antincendio si è svolto in tre giornate anziché le quattro previste dall'offerta (la quarta, la prova pratica "
      "con gli estintori, è saltata per la pioggia e non è stata più recuperata). Non posso quindi vistare l'importo "
      "pieno: riconosciamo tre giornate su quattro, cioè € 1.500,00 + IVA. Se vuole recuperare la giornata pratica "
      "entro febbraio, ne parliamo volentieri.\n\nCordiali saluti\ning. Marta Zanella\nRSPP – Consorzio di Bonifica "
      "Pianura Orientale",
      orig=o, quote="outlook", fmt="alt", html_style="outlook", charset="windows-1252", headers=OUTLOOK, re="R: ",
      cc=[BONIF])

o = Orig("50/2026", "due", tz(2026, 12, 29, 9, 0), "Pro Loco Roccalba", PROLOCO[1])
reply("D15", L("client-reply-dispute", "Pro Loco president: the agreed 20% discount is missing, wants the invoice redone; payment only afterwards."),
      ("Bruno Castagnoli", "prolocoroccalba@gmail.com"), A, tz(2027, 1, 2, 11, 40),
      "Ciao Alessandra,\nbuon anno! Ho visto adesso la fattura: avevamo detto che per la Pro Loco facevi lo sconto del "
      "20% come l'anno scorso (lo scrivevi anche nel messaggio WhatsApp del 3 novembre), ma in fattura non c'è. Me la "
      "rifai con lo sconto? Appena ce l'ho la giro alla Ivana e la paghiamo.\nCiao e grazie\nBruno",
      orig=o, quote="gmail", fmt="alt")

o = Orig("48/2026", "due", tz(2027, 1, 4, 9, 0), "Accounts Payable Vezzani", VEZ_AP[1])
reply("D16", L("client-reply-dispute", "Brand manager (not AP): three extra revisions were not agreed in writing; the PO covers 3.000 + IVA only; asks for a credit note and a PO-conform invoice. Outlook HTML, iso-8859-1, cc AP."),
      ("Federico Rota", "federico.rota@vezzanigroup.com"), A, tz(2027, 1, 8, 12, 3),
      "Ciao Alessandra,\n\nmi è arrivato in copia il tuo sollecito e approfitto per chiarire. Il packaging Pasqua va "
      "benissimo e lo stiamo già mandando in stampa, ma le tre revisioni extra in fattura (€ 1.200,00 + IVA) non "
      "erano state concordate per iscritto: l’ordine di acquisto copre solo il preventivo originale di € 3.000,00 + "
      "IVA. L’ufficio acquisti quindi non può pagare la fattura così com’è.\n\nTi propongo di emettere una nota di "
      "credito per la parte delle revisioni e una nuova fattura conforme al PO; sulle revisioni ne parliamo a parte "
      "con il mio responsabile.\n\nCiao\nFederico Rota\nBrand Manager – Vezzani S.p.A." + DISCL_VEZ,
      orig=o, quote="outlook", fmt="alt", html_style="outlook", charset="iso-8859-1", headers=OUTLOOK365, re="RE: ",
      cc=[VEZ_AP])

o = Orig("27/2026", "due", tz(2026, 12, 31, 9, 0), "Piero Caldarola", "formazione@aslmontebruno.it")
reply("D17", L("client-reply-dispute", "ASL training office: one of four meetings cancelled and never recovered; credit note of 350 required before liquidation."),
      ("Piero Caldarola", "formazione@aslmontebruno.it"), G, tz(2027, 1, 5, 10, 50),
      "Gentile dott.ssa Conti,\n\nai fini dell'attestazione di regolare esecuzione si fa presente che dei quattro "
      "incontri del corso «Gestione dei conflitti» previsti dall'incarico, quello del 14/11/2026 è stato annullato "
      "per allerta meteo e non è stato recuperato. Si chiede pertanto di emettere nota di credito per l'importo "
      "corrispondente (€ 350,00), in assenza della quale la fattura non potrà essere liquidata.\n\nCordiali saluti\n\n"
      "dott. Piero Caldarola\nUOS Formazione e Aggiornamento – ASL di Montebruno" + DISCL_ASL,
      orig=o, quote="outlook", fmt="alt", html_style="outlook", headers=OUTLOOK, re="R: ")

o = Orig("26/26", "due", tz(2027, 1, 22, 9, 0), "Servizio Lavori Pubblici", "lavoripubblici@comune.castelverde.it")
reply("D18", L("client-reply-dispute", "Comune technical office: photos delivered only in low resolution and without the release; the RUP cannot certify, invoice suspended — work incomplete."),
      ("Luca Dall'Olio", "lavoripubblici@comune.castelverde.it"), Dv, tz(2027, 1, 25, 9, 32),
      "Buongiorno,\nle foto dell'inaugurazione sono state consegnate solo in bassa risoluzione (1600 px) tramite "
      "WeTransfer, mentre il disciplinare d'incarico prevedeva i file in alta risoluzione e la liberatoria per l'uso "
      "istituzionale. Fino alla consegna di quanto previsto il RUP non può attestare la regolare esecuzione e la "
      "fattura resta sospesa.\n\nCordiali saluti\ngeom. Luca Dall'Olio\nServizio Lavori Pubblici – Comune di "
      "Castelverde" + DISCL_PA,
      orig=o, quote="zimbra", headers=ZIMBRA, re="R: ")

o = Orig("16/26", "due", tz(2026, 12, 9, 9, 0), "Parrocchia San Michele Arcangelo", PARR[1])
reply("D19", L("client-reply-dispute", "Parish council member: quote was 400 'tutto compreso', invoice says 488 (VAT the parish cannot deduct); wants to clarify before paying."),
      ("Gino Tassi", "gino.tassi@alice.it"), Dv, tz(2026, 12, 10, 20, 15),
      "Gentile sig. Greco,\nsono Gino Tassi, del consiglio per gli affari economici della parrocchia. Il preventivo "
      "che aveva mandato a don Franco era di 400 euro, invece in fattura ci sono 488 euro. Immagino sia l'IVA, ma la "
      "parrocchia non la può scaricare e ci aspettavamo che i 400 fossero tutto compreso, come ci era stato detto a "
      "voce. Prima di pagare vorremmo chiarire questa differenza.\n\nDistinti saluti\nGino Tassi",
      orig=o, quote="libero", headers=LIBERO, cte="8bit")

o = Orig("2/27", "due", tz(2027, 2, 20, 9, 0), "Luca Marini", LUCA[1])
reply("D20", L("client-reply-dispute", "Startup CEO: the demo video is not what the brief asked for; will not pay until it is re-edited."),
      LUCA, Dv, tz(2027, 2, 22, 8, 12),
      "Davide ciao,\nparlo chiaro: il video demo non è quello che avevamo chiesto. Nel brief c'era scritto 90 secondi "
      "con il flusso completo dell'app, noi abbiamo 2 minuti e mezzo di interviste ai founder e il prodotto si vede "
      "per 20 secondi. Gli investitori ce l'hanno fatto notare pure in call.\nFinché non lo rimontiamo come da brief "
      "la fattura non la paghiamo. Dimmi quando riesci, abbiamo il demo day il 18 marzo.\n\nL.",
      orig=o, quote="gmail", fmt="alt")

# ============================================================================================
# CLIENT-REPLY-OTHER (17)
# ============================================================================================
o = Orig("22/26", "invoice", tz(2026, 12, 5, 17, 30), "Servizio Lavori Pubblici", "lavoripubblici@comune.castelverde.it")
reply("O01", L("client-reply-other", "Comune ragioneria: no e-invoice received on SdI, a PDF has no value for a PA; asks to transmit it to the codice univoco with CIG — a resend request, no claim."),
      ("Ufficio Ragioneria", "ragioneria@comune.castelverde.it"), Dv, tz(2026, 12, 9, 12, 40),
      "Buongiorno,\n\nnon risulta pervenuta alcuna fattura elettronica tramite SdI a Suo nome. Le ricordiamo che le "
      "Pubbliche Amministrazioni non possono accettare né pagare fatture in formato cartaceo o PDF (art. 1, c. 209-214, "
      "L. 244/2007). Si prega di trasmettere la fattura elettronica al codice univoco ufficio UF8KQ2, indicando il "
      "CIG e il numero di impegno comunicati dall'Ufficio Tecnico.\n\nDistinti saluti\n\nUfficio Ragioneria – "
      "Comune di Castelverde" + DISCL_PA,
      orig=o, quote="zimbra", headers=ZIMBRA, re="R: ", cc=[("Servizio Lavori Pubblici", "lavoripubblici@comune.castelverde.it")])

o = Orig("1/2027", "invoice", tz(2027, 1, 10, 18, 5), "Ufficio Liquidazione Fatture", ASL_LIQ[1])
reply("O02", L("client-reply-other", "ASL asks for the contribution-regularity self-declaration and the dedicated account form (L. 136/2010) before liquidating; attaches the blank form."),
      ("Antonella De Santis", "antonella.desantis@aslmontebruno.it"), G, tz(2027, 1, 20, 9, 58),
      "Gentile dott.ssa Conti,\n\nper procedere alla liquidazione della fattura in oggetto ci occorrono:\n"
      "1) la dichiarazione sostitutiva di regolarità contributiva (per i professionisti iscritti alla Gestione "
      "Separata INPS, in luogo del DURC);\n2) la comunicazione del conto corrente dedicato ai sensi dell'art. 3 della "
      "L. 136/2010.\n\nLe alleghiamo il modulo da restituire compilato e firmato, anche digitalmente.\n\nCordiali "
      "saluti\nAntonella De Santis\nUfficio Liquidazione Fatture" + DISCL_ASL,
      orig=o, quote="outlook", fmt="alt", html_style="outlook", headers=OUTLOOK, re="R: ",
      attach=[Leaf("application/pdf", data=fake_pdf("Modulo dichiarazione tracciabilita flussi finanziari L. 136/2010 e regolarita contributiva"),
                   filename="Modulo_tracciabilita_DURC.pdf", cte="base64")])

o = Orig("2026/33", "reminder", tz(2027, 1, 7, 9, 0), "Fabio Rinaldi", UNI_RIN[1])
reply("O03", L("client-reply-other", "University: the traceability declaration on file shows a different IBAN from the invoice; asks for an updated signed declaration — a question, no claim.",
               reference="2026/33"),
      UNI_RIN, M, tz(2027, 1, 8, 10, 4),
      "Gentile dott. Ferri,\n\nper l'emissione dell'ordinativo relativo alla fattura 2026/33 ci occorre la "
      "dichiarazione di tracciabilità dei flussi finanziari aggiornata: quella agli atti (del 2025) riporta un IBAN "
      "diverso da quello indicato in fattura. Può inviarcela firmata digitalmente?\n\nCordiali saluti\n\nFabio "
      "Rinaldi\nResponsabile amministrativo – Dipartimento di Scienze Storiche",
      orig=o, quote="tbird", headers=TBIRD)

o = Orig("14/26", "due", tz(2026, 11, 30, 9, 0), "DSGA - IC Rodari", DSGA[1])
reply("O04", L("client-reply-other", "School DSGA asks whether he is in the flat-rate regime (no VAT, no split payment wording, stamp duty) — pure question."),
      DSGA, Dv, tz(2026, 12, 1, 8, 22),
      "Buongiorno sig. Greco,\nprima di procedere avrei bisogno di un chiarimento: la sua fattura non riporta l'IVA né "
      "la dicitura «scissione dei pagamenti». Lei è in regime forfettario? In tal caso la fattura deve riportare il "
      "riferimento normativo (art. 1, commi 54-89, L. 190/2014) e l'imposta di bollo virtuale da 2 euro. Mi "
      "conferma?\nGrazie, cordiali saluti\nRosaria Caputo – DSGA",
      orig=o, quote="roundcube", cte="8bit", headers=ROUNDCUBE)

o = Orig("47/2026", "invoice", tz(2026, 11, 30, 16, 20), "Accounts Payable Vezzani", VEZ_AP[1])
reply("O05", L("client-reply-other", "Large company AP: invoices only via the supplier portal; the e-invoice lacks the PO number and must be matched on the portal — procedural, no claim.",
               reference="47/2026"),
      VEZ_AP, A, tz(2026, 12, 2, 9, 17),
      "Gentile fornitore,\n\nle fatture passive vengono lavorate esclusivamente tramite il Portale Fornitori Vezzani "
      "(fornitori.vezzanigroup.com). La fattura 47/2026, ricevuta via SdI, non riporta il numero di ordine d'acquisto "
      "(OdA 45xxxxxxxx) e non può quindi essere abbinata automaticamente. La preghiamo di accedere al portale e di "
      "associare l'OdA alla fattura nella sezione «Fatture in attesa di riferimento».\n\nPer assistenza: "
      "helpdesk.fornitori@vezzanigroup.com\n\nCordiali saluti / Best regards\nAccounts Payable Team" + DISCL_VEZ,
      orig=o, quote="outlook", fmt="alt", html_style="outlook", headers=OUTLOOK365, re="RE: ")

o = Orig("17/26", "due", tz(2026, 12, 21, 9, 0), "Bertolini Arredamenti", "giuseppe@bertoliniarredamenti.it",
         sal="Spett.le Bertolini Arredamenti snc,")
reply("O06", L("client-reply-other", "Father, three words: asks for a call after 6pm ('DOPO LE 18' is a time, not a payment)."),
      GIUS, Dv, tz(2026, 12, 22, 8, 3),
      "CHIAMAMI DOPO LE 18. 335 6120988\nG.\n\nInviato da iPhone",
      orig=o, quote="iphone", charset="us-ascii", cte="7bit", headers=IPHONE)

o = Orig("41/2026", "reminder", tz(2026, 11, 24, 9, 0), "Chiara Bertolini", "chiara@bertoliniarredamenti.it")
reply("O07", L("client-reply-other", "Daughter forwards the reminder to the family's accountant (in cc), who handles supplier payments now."),
      ("Chiara Bertolini", "chiara@bertoliniarredamenti.it"), A, tz(2026, 11, 24, 11, 6),
      "Ciao Alessandra!\ngiro la tua mail al rag. Venturi (in copia), che da quest'anno si occupa lui di tutti i "
      "pagamenti dei fornitori, così papà non si dimentica più niente 😅\nCiao ciao\nChiara",
      orig=o, quote="gmail", fmt="alt", cc=[VENTURI])

o = Orig("43/2026", "late_fee", tz(2027, 2, 10, 9, 0), "Parrocchia San Michele Arcangelo", PARR[1], deadline=date(2027, 2, 20))
reply("O08", L("client-reply-other", "Parish secretary (a human, not an auto-reply): the priest is on pilgrimage in Lourdes until the 18th, she'll show him — no claim, no promise, no return_date (not an auto-reply)."),
      PARR, A, tz(2027, 2, 11, 9, 50),
      "Buongiorno Alessandra,\ndon Franco è in pellegrinaggio a Lourdes con l'Unitalsi fino al 18 febbraio, glielo "
      "faccio vedere appena rientra perché io della fattura non so niente.\nCordiali saluti\nAnnamaria\nSegreteria "
      "parrocchiale",
      orig=o, quote="libero", headers=LIBERO, cte="8bit")

o = Orig("2/27", "invoice", tz(2027, 1, 20, 15, 0), "Luca Marini", LUCA[1])
reply("O09", L("client-reply-other", "Startup CEO: 'hai cambiato IBAN?' before paying, after a phishing attempt; asks to confirm by phone — question only."),
      LUCA, Dv, tz(2027, 2, 1, 14, 27),
      "Ciao Davide, una domanda veloce prima di pagare: nella fattura c'è un IBAN diverso da quello delle fatture di "
      "dicembre. Lo hai cambiato davvero? Te lo chiedo perché la settimana scorsa ci è arrivata una mail di phishing "
      "di un \"fornitore\" che chiedeva di aggiornare le coordinate e siamo diventati paranoici. Mi confermi al "
      "telefono?\n\nLuca",
      orig=o, quote="gmail", fmt="alt")

o = Orig("18/26", "invoice", tz(2026, 12, 1, 18, 12), "Consorzio Valmara - Amministrazione", VALM[1])
reply("O10", L("client-reply-other", "Consorzio: 'ricevuta, grazie. La inoltro al Direttore per il visto' — acknowledgement."),
      ("Patrizia Leone", "amministrazione@formaggiovalmara.it"), Dv, tz(2026, 12, 2, 8, 51),
      "Buongiorno, ricevuta, grazie.\nLa inoltro al Direttore per il visto.\n\nCordiali saluti\nPatrizia Leone – "
      "Ufficio Amministrazione",
      orig=o, quote="outlook_old", charset="iso-8859-1", headers=OUTLOOK, re="R: ")

o = Orig("2026/38", "due", tz(2026, 12, 21, 9, 0), "Segreteria Ordine Ingegneri", ORD_SEG[1])
reply("O11", L("client-reply-other", "Ordine secretary cannot find the invoice; asks to check it went to the right codice univoco (not the Foundation's) or to resend the XML.",
               reference="2026/38"),
      ORD_SEG, M, tz(2026, 12, 22, 11, 30),
      "Buongiorno,\nnon riesco a trovare la fattura n. 2026/38 nel nostro gestionale. Potrebbe verificare che sia stata "
      "trasmessa al codice univoco corretto dell'Ordine (UFH3LM)? Alcuni fornitori la mandano al codice della "
      "Fondazione, che è un ente diverso. In alternativa me la rimandi in XML e la inoltro io alla contabilità.\n"
      "Grazie\nSilvana Orlando – Segreteria",
      orig=o, quote="gmail", fmt="alt")

o = Orig("19/26", "due", tz(2026, 12, 31, 9, 0), "Walter Pini", ROCC_SIN[1])
reply("O12", L("client-reply-other", "Mayor answers the reminder about something else (a quote for the carnival on Sunday 7 Feb) and sends him to the ragioneria for 'the other things' — no claim, no promise."),
      ROCC_SIN, Dv, tz(2027, 1, 2, 12, 16),
      "Caro Davide,\nbuon anno! Ti rispondo al volo dal telefono: volevo chiederti se sei libero domenica 7 febbraio "
      "per il Carnevale dei bambini, vorremmo foto e un piccolo video da mettere sulla pagina del Comune. Mandami un "
      "preventivo (ricordati che dobbiamo fare l'affidamento diretto, quindi mettici tutto: IVA, spostamenti ecc.). "
      "Per le altre cose senti la ragioneria che io di numeri non ci capisco niente.\n\nWalter\n\nInviato da "
      "smartphone Android",
      orig=o, quote="gmail", fmt="alt")

o = Orig("2026/33", "reminder", tz(2027, 1, 7, 9, 0), "Elena Bassi", UNI_BAS[1])
reply("O13", L("client-reply-other", "Professor from Boston (America/New_York) asks for a phone call 'domani alle 11 (ora italiana)'; 'fino a venerdì' is her trip — a call request, not a promise."),
      UNI_BAS, M, tz(2027, 1, 12, 18, 30, "America/New_York"),
      "Marco ciao,\npossiamo sentirci per telefono domani alle 11 (ora italiana)? Devo capire la questione del conto "
      "dedicato che mi ha segnalato Rinaldi. Sono a Boston fino a venerdì ma ci sono, chiamami pure su WhatsApp.\n"
      "Elena\n\nInviato da iPhone",
      orig=o, quote="iphone", headers=IPHONE)

o = Orig("23/2026", "due", tz(2027, 1, 13, 9, 0), "Franca Morandi", "f.morandi@bonificapianuraorientale.it")
reply("O14", L("client-reply-other", "Retired employee's old mailbox: she forwards the reminder to the colleague now in charge (in cc) — a human redirect, not an auto-reply."),
      ("Franca Morandi", "f.morandi@bonificapianuraorientale.it"), G, tz(2027, 1, 14, 19, 2),
      "Gentile dottoressa,\nil suo messaggio è arrivato a me ma dal 1° dicembre sono in pensione e questa casella la "
      "controllo solo ogni tanto per passare le consegne. Lo inoltro alla collega rag. Sonia Bellini (in copia), che "
      "ora segue i fornitori. Per il futuro scriva direttamente a lei o all'indirizzo "
      "ragioneria@bonificapianuraorientale.it.\nCordiali saluti e buon lavoro\nFranca Morandi",
      orig=o, quote="outlook", fmt="alt", html_style="outlook", charset="windows-1252", headers=OUTLOOK, re="R: ",
      cc=[("Sonia Bellini", "s.bellini@bonificapianuraorientale.it")])

o = Orig("30/2026", "due", tz(2027, 1, 15, 9, 0), "Ufficio Liquidazione Fatture", ASL_LIQ[1])
reply("O15", L("client-reply-other", "ASL asks for the NSO order number to link the invoice (they may ask the training office themselves) — question, no claim.",
               reference="30/2026"),
      ASL_LIQ, G, tz(2027, 1, 16, 9, 5),
      "Gentile dott.ssa Conti,\n\nla fattura n. 30/2026 riporta come riferimento la delibera n. 1234 ma non risulta "
      "associata ad alcun ordine elettronico NSO. Può indicarci il numero d'ordine che le è stato trasmesso dalla UOS "
      "Formazione? In alternativa ci rivolgiamo noi direttamente a loro.\n\nCordiali saluti\n\nUfficio Liquidazione "
      "Fatture" + DISCL_ASL,
      orig=o, quote="outlook", fmt="alt", html_style="outlook", headers=OUTLOOK, re="R: ")

o = Orig("20/26", "due", tz(2027, 1, 20, 9, 0), "Segreteria Amministrativa IIS Fermi", FERMI[1])
reply("O16", L("client-reply-other", "School office: 'ricevuto', the DSGA is back on Monday and will answer — 'lunedì' is her return, not a payment."),
      ("Carmela Esposito", "amministrazione@iisfermi-montecalvo.edu.it"), Dv, tz(2027, 1, 21, 10, 12),
      "Buongiorno,\nricevuto, grazie. La DSGA è fuori sede per un corso e rientra lunedì: le giro la sua mail e le "
      "farà sapere lei.\n\nCordiali saluti\nCarmela Esposito – Ufficio contabilità\nIIS «Enrico Fermi»",
      orig=o, quote="roundcube", headers=ROUNDCUBE)

o = Orig("38/2026", "invoice", tz(2026, 10, 30, 17, 45), "Monica Ferraresi", ASSESS[1])
reply("O17", L("client-reply-other", "Councillor, from iPhone: 'Ricevuto, grazie mille! Li giro subito alla ragioneria' — acknowledgement of the invoice mail."),
      ASSESS, A, tz(2026, 11, 2, 8, 14),
      "Ricevuto, grazie mille! Li giro subito alla ragioneria.\nBellissimi i manifesti, il sindaco è entusiasta 😍\n\n"
      "Monica\n\nInviato da iPhone",
      orig=o, quote="iphone", headers=IPHONE)

# ============================================================================================
# MACHINE MAIL (10)
# ============================================================================================
n01_txt = ("Banca Emiliana – Avviso movimenti\n\nGentile ALESSANDRA ROSSI,\n\nti informiamo che sul tuo conto "
           "corrente n. 000000123456 è stato accreditato un bonifico.\n\n"
           "Tipo operazione:   BONIFICO SEPA IN ENTRATA\n"
           "Data contabile:    17/12/2026\nData valuta:       17/12/2026\nImporto:           + 1.200,00 EUR\n"
           "Ordinante:         COMUNE DI CASTELVERDE - SERVIZIO TESORERIA\n"
           "Banca ordinante:   TESORERIA PROV. FERRARA\n"
           "Causale:           MANDATO N. 3127 DEL 14/12/2026 - SALDO FT. 38/2026 - SCISSIONE PAGAMENTI ART.17TER\n"
           "TRN:               0306942187654300480001480IT\n\n"
           "Puoi consultare il dettaglio dell'operazione nell'area riservata dell'Internet Banking o nell'app.\n\n"
           "Questo messaggio è generato automaticamente, ti preghiamo di non rispondere.\n"
           "Banca Emiliana S.p.A. – Gruppo Bancario Emiliano – Iscritta all'Albo delle Banche\n"
           "Per la tua sicurezza: non ti chiederemo mai codici o password via email.\n")
n01_html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px;color:#222\">"
            "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#0a4d8c;color:#fff;padding:12px\">"
            "<b>Banca Emiliana</b> – Avviso movimenti</td></tr><tr><td style=\"padding:16px\">"
            "<p>Gentile ALESSANDRA ROSSI,</p><p>ti informiamo che sul tuo conto corrente n. 000000123456 è stato accreditato un bonifico.</p>"
            "<table cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr><td>Tipo operazione</td><td><b>BONIFICO SEPA IN ENTRATA</b></td></tr>"
            "<tr><td>Data contabile</td><td>17/12/2026</td></tr><tr><td>Data valuta</td><td>17/12/2026</td></tr>"
            "<tr><td>Importo</td><td style=\"color:#0a7d28\"><b>+ 1.200,00 EUR</b></td></tr>"
            "<tr><td>Ordinante</td><td>COMUNE DI CASTELVERDE - SERVIZIO TESORERIA</td></tr>"
            "<tr><td>Banca ordinante</td><td>TESORERIA PROV. FERRARA</td></tr>"
            "<tr><td>Causale</td><td>MANDATO N. 3127 DEL 14/12/2026 - SALDO FT. 38/2026 - SCISSIONE PAGAMENTI ART.17TER</td></tr>"
            "<tr><td>TRN</td><td>0306942187654300480001480IT</td></tr></table>"
            "<p style=\"font-size:11px;color:#777\">Questo messaggio è generato automaticamente, ti preghiamo di non rispondere.<br>"
            "Banca Emiliana S.p.A. – Per la tua sicurezza: non ti chiederemo mai codici o password via email.</p>"
            "</td></tr></table></body></html>\n")
machine("N01", L("payment-notification", "Bank alert: incoming SEPA transfer from the Comune's treasury, mandato + invoice number in the causale; split-payment amount 1200.00.",
                 amount="1200.00", reference="38/2026"),
        ("Banca Emiliana", "avvisi@bancaemiliana.it"), A, tz(2026, 12, 17, 8, 2), "Avviso: bonifico in entrata sul tuo conto",
        Multi("alternative", [Leaf("text/plain", text=n01_txt), Leaf("text/html", text=n01_html)]),
        headers=[("X-Mailer", "BE-Notify 3.2"), ("Auto-Submitted", "auto-generated")])

n02_html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Accredito</title></head>"
            "<body style=\"margin:0;background:#f2f2f2\"><div style=\"max-width:560px;margin:0 auto;background:#fff;"
            "font-family:Helvetica,Arial,sans-serif\"><div style=\"background:#ffcc00;padding:14px 20px;font-size:18px\">"
            "<b>Banca del Salento</b> Digital</div><div style=\"padding:20px\"><h2 style=\"font-size:20px\">Hai ricevuto un bonifico</h2>"
            "<p>Gentile Cliente,<br>sul conto intestato a CONTI GIULIA è stato accreditato il seguente bonifico:</p>"
            "<table style=\"width:100%;font-size:14px\"><tr><td>Importo</td><td align=\"right\"><b>2.800,00 €</b></td></tr>"
            "<tr><td>Ordinante</td><td align=\"right\">AZIENDA SANITARIA LOCALE DI MONTEBRUNO</td></tr>"
            "<tr><td>Data valuta</td><td align=\"right\">10/12/2026</td></tr>"
            "<tr><td>Causale</td><td align=\"right\">ORD. 8812 PAG. FT 19/2026 DEL 12/10/2026 CIG ESENTE</td></tr>"
            "<tr><td>Conto di accredito</td><td align=\"right\">IT45 R076 **** **** **** 5678</td></tr></table>"
            "<p style=\"font-size:12px;color:#888\">Ricevi questa email perché hai attivato gli avvisi sui movimenti. "
            "Per modificare le preferenze accedi all'app. Non rispondere a questo messaggio.</p></div></div></body></html>\n")
machine("N02", L("payment-notification", "HTML-only bank notice: transfer received from the ASL, ordinativo and invoice in the causale.",
                 amount="2800.00", reference="19/2026"),
        ("Banca del Salento Digital", "noreply@bancadelsalento.it"), G, tz(2026, 12, 11, 7, 45), "Hai ricevuto un bonifico di 2.800,00 €",
        Leaf("text/html", text=n02_html), headers=[("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", "<https://www.bancadelsalento.it/avvisi/disattiva>")])

n03_txt = ("Hai ricevuto 488,00 €\n\nPARROCCHIA DI S. MICHELE ARCANGELO ti ha inviato un bonifico istantaneo.\n\n"
           "Importo: 488,00 €\nDa: PARROCCHIA DI S. MICHELE ARCANGELO\nIBAN ordinante: IT22 K08 **** **** 0451\n"
           "Causale: VIDEO ORGANO FATT 16/26 GRECO\nData: 19 gen 2027, 21:40\n\n"
           "Il denaro è già disponibile sul tuo conto principale.\n\nApri l'app per vedere i dettagli.\n\n—\n"
           "Nexa Bank SE – Succursale italiana. Non rispondere a questa email.\n")
n03_html = ("<html><body style=\"font-family:-apple-system,Segoe UI,Roboto,sans-serif;background:#fafafa\">"
            "<div style=\"max-width:480px;margin:24px auto;background:#fff;border-radius:12px;padding:24px\">"
            "<p style=\"font-size:13px;color:#36a18b;letter-spacing:1px\">NEXA</p>"
            "<h1 style=\"font-size:26px;margin:0\">Hai ricevuto 488,00 €</h1>"
            "<p>PARROCCHIA DI S. MICHELE ARCANGELO ti ha inviato un bonifico istantaneo.</p>"
            "<p style=\"color:#555\">Causale: VIDEO ORGANO FATT 16/26 GRECO<br>Data: 19 gen 2027, 21:40</p>"
            "<p>Il denaro è già disponibile sul tuo conto principale. 💸</p>"
            "<p style=\"font-size:11px;color:#999\">Nexa Bank SE – Succursale italiana. Non rispondere a questa email.</p>"
            "</div></body></html>\n")
machine("N03", L("payment-notification", "Neo-bank push-style email: instant transfer received from the parish, 488,00 €, invoice in the causale (16/26).",
                 amount="488.00", reference="16/26"),
        ("Nexa", "no-reply@mail.nexabank.eu"), Dv, tz(2027, 1, 19, 21, 41), "Hai ricevuto 488,00 € 💸",
        Multi("alternative", [Leaf("text/plain", text=n03_txt, cte="base64"), Leaf("text/html", text=n03_html, cte="base64")]),
        headers=[("Auto-Submitted", "auto-generated")])

n04_txt = ("PORTALE FORNITORI VEZZANI – AVVISO DI PAGAMENTO\n\nFornitore: FERRI MARCO (cod. fornitore 300418)\n"
           "Avviso di pagamento n. 2000457812 del 30/11/2026\nData valuta beneficiario: 01/12/2026\n"
           "Modalità: bonifico SEPA su IBAN IT12A0306962610100000004567\n\n"
           "Documento        Data doc.    Importo lordo   Ritenute   Importo pagato\n"
           "2026/36          30/09/2026   2.928,00        0,00       2.928,00\n\n"
           "Totale pagato: EUR 2.928,00\n\nL'avviso in formato PDF è allegato e disponibile nella sezione Pagamenti del "
           "portale.\nQuesta è una comunicazione automatica generata dal Portale Fornitori: per assistenza "
           "helpdesk.fornitori@vezzanigroup.com.\n")
machine("N04", L("payment-notification", "Accounts-payable portal remittance advice: money coming in to the freelancer for 2026/36.",
                 amount="2928.00", reference="2026/36"),
        ("Portale Fornitori Vezzani", "no-reply@fornitori.vezzanigroup.com"), M, tz(2026, 11, 30, 19, 30),
        "Avviso di pagamento n. 2000457812 - Vezzani S.p.A.",
        Multi("mixed", [Leaf("text/plain", text=n04_txt),
                        Leaf("application/pdf", data=fake_pdf("Remittance advice 2000457812 - Vezzani S.p.A. - FERRI MARCO - 2026/36 EUR 2.928,00"),
                             filename="Avviso_pagamento_2000457812.pdf", cte="base64")]),
        headers=[("Auto-Submitted", "auto-generated"), ("X-SAP-Notification", "REMADV")])

o = Orig("20/2026", "late_fee", tz(2026, 12, 23, 8, 0), "DSGA - IC Rodari", DSGA[1], deadline=date(2027, 1, 8))
machine("A01", L("auto-reply", "School DSGA out of office 'dal 23 dicembre 2026 al 6 gennaio 2027 compreso' → back 7 January; RFC 3834 headers.",
                 return_date="2027-01-07"),
        DSGA, G, tz(2026, 12, 23, 8, 0, s=52), "Risposta automatica: " + o.subject,
        Leaf("text/plain", text="Gentile utente,\nsarò assente dall'ufficio dal 23 dicembre 2026 al 6 gennaio 2027 "
             "compreso, con accesso limitato alla posta elettronica.\nPer questioni urgenti può rivolgersi alla "
             "segreteria amministrativa (segreteria@icrodari-santilario.edu.it, tel. 0522 901 334).\n\nCordiali saluti\n"
             "Rosaria Caputo\nDSGA – IC «Gianni Rodari»\n", cte="8bit"),
        headers=[("In-Reply-To", o.msgid), ("References", " ".join(o.refs)), ("Auto-Submitted", "auto-replied"),
                 ("X-Autoreply", "yes"), ("User-Agent", "Roundcube Webmail/1.6.9 (managesieve vacation)")])

o = Orig("35/2026", "reminder", tz(2026, 11, 12, 9, 0), "Mauro Gatti", "m.gatti@comune.castelverde.it")
machine("A02", L("auto-reply", "Mailbox no longer active, points to the ragioneria and the PEC; no RFC 3834 headers, only the 'Risposta automatica' subject. No return date."),
        ("Mauro Gatti", "m.gatti@comune.castelverde.it"), A, tz(2026, 11, 12, 9, 0, s=37),
        "Risposta automatica: " + o.subject,
        Leaf("text/plain", text="Si informa che questa casella di posta elettronica non è più attiva.\n\nPer comunicazioni "
             "relative a fatture e pagamenti si prega di scrivere a ragioneria@comune.castelverde.it o, per comunicazioni "
             "con valore legale, alla PEC protocollo@pec.comune.castelverde.it.\nIl messaggio non verrà inoltrato.\n\n"
             "Comune di Castelverde – Servizio Finanziario\n"),
        headers=[("In-Reply-To", o.msgid), ("References", " ".join(o.refs)), ("X-Mailer", "Zimbra 9.0.0_GA_4546")])

o = Orig("48/2026", "due", tz(2027, 1, 4, 9, 0), "Accounts Payable Vezzani", VEZ_AP[1])
a03 = ("Gentile fornitore,\n\nabbiamo ricevuto la sua richiesta, che è stata registrata con il numero "
       "AP-2027-004512.\nUn operatore del team Accounts Payable la prenderà in carico entro 5 giorni lavorativi.\n\n"
       "Le ricordiamo che lo stato delle fatture e dei pagamenti è consultabile in tempo reale sul Portale Fornitori "
       "(fornitori.vezzanigroup.com).\n\nPer aggiungere informazioni risponda a questa email mantenendo il numero di "
       "ticket nell'oggetto.\n\nQuesta è una risposta automatica.\nHelpdesk Fornitori – Vezzani S.p.A.\n")
machine("A03", L("auto-reply", "Help-desk ticket acknowledgement from the big company's AP mailbox (Auto-Submitted, ticket number in the subject); says nothing about payment."),
        ("Helpdesk Fornitori Vezzani", "helpdesk.fornitori@vezzanigroup.com"), A, tz(2027, 1, 4, 9, 0, s=41),
        "[Ticket#AP-2027-004512] " + o.subject,
        Multi("alternative", [Leaf("text/plain", text=a03), Leaf("text/html", text="<html><body>" + html_paras(a03, "p") + "</body></html>\n")]),
        headers=[("In-Reply-To", o.msgid), ("References", " ".join(o.refs)), ("Auto-Submitted", "auto-replied"),
                 ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply"), ("X-Mailer", "ServiceDesk Plus Cloud")])

# ---- bounces
o = Orig("19/26", "due", tz(2026, 12, 31, 9, 0), "Donatella Ferro", "d.ferro@comune.roccalba.it")
b01_txt = ("Questo è il sistema di posta del server smtp.securemail.it.\n\n"
           "Siamo spiacenti di informarla che il suo messaggio non è stato recapitato\n"
           "a uno o più destinatari. In allegato trova le intestazioni del messaggio originale.\n\n"
           "Per ulteriore assistenza contatti il postmaster. Se lo contatta, includa\n"
           "questo rapporto di errore.\n\n"
           "                   Il sistema di posta\n\n"
           "<d.ferro@comune.roccalba.it>: host mx.comune.roccalba.it[93.62.140.21] said: 550\n"
           "    5.1.1 <d.ferro@comune.roccalba.it>: Recipient address rejected: User\n"
           "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
b01_dsn = ("Reporting-MTA: dns; smtp.securemail.it\nX-Postfix-Queue-ID: 4RkT2m1xQvz1qB7\n"
           "X-Postfix-Sender: rfc822; davide@grecovideo.it\nArrival-Date: Thu, 31 Dec 2026 09:00:35 +0100 (CET)\n\n"
           "Final-Recipient: rfc822; d.ferro@comune.roccalba.it\nOriginal-Recipient: rfc822;d.ferro@comune.roccalba.it\n"
           "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.comune.roccalba.it\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <d.ferro@comune.roccalba.it>: Recipient address\n"
           "    rejected: User unknown in virtual mailbox table\n")
b01_hdrs = (f"Return-Path: <davide@grecovideo.it>\nDate: {format_datetime(o.sent)}\nFrom: Davide Greco <davide@grecovideo.it>\n"
            f"To: Donatella Ferro <d.ferro@comune.roccalba.it>\nSubject: {hdr_text(o.subject)}\nMessage-ID: {o.msgid}\n"
            f"In-Reply-To: {o.refs[0]}\nReferences: {' '.join(o.refs)}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n")
machine("B01", L("bounce", "Postfix DSN, Italian-localised notice: 550 5.1.1 user unknown at the small Comune — permanent.",
                 failed_recipient="d.ferro@comune.roccalba.it", permanent=True),
        ("Mail Delivery System", "MAILER-DAEMON@smtp.securemail.it"), Dv, tz(2026, 12, 31, 9, 0, s=38),
        "Undelivered Mail Returned to Sender",
        Multi("report", [Leaf("text/plain", text=b01_txt, disposition="inline", headers=["Content-Description: Notification"]),
                         Leaf("message/delivery-status", data=b01_dsn.encode(), cte="7bit", headers=["Content-Description: Delivery report"]),
                         Leaf("text/rfc822-headers", data=b01_hdrs.encode(), cte="7bit", headers=["Content-Description: Undelivered Message Headers"])],
              params=" report-type=delivery-status;"),
        headers=[("Auto-Submitted", "auto-replied")])

o = Orig("1/2027", "due", tz(2027, 2, 10, 9, 0), "Antonella De Santis", "antonella.desantis@aslmontebruno.it")
b02_txt = ("Il recapito non è ancora stato completato.\n\nIl recapito ai destinatari o ai gruppi seguenti è stato ritardato:\n\n"
           "antonella.desantis@aslmontebruno.it\n\nOggetto: " + o.subject + "\n\n"
           "Questo messaggio non è ancora stato recapitato. Verrà effettuato un nuovo tentativo. Il server continuerà a "
           "tentare di recapitare il messaggio per 1 giorno, 19 ore e 52 minuti. Se non sarà possibile recapitarlo entro "
           "questo periodo, si riceverà un avviso.\n\n"
           "Informazioni di diagnostica per gli amministratori:\n\nServer di generazione: PA4PR09MB5822.eurprd09.prod.outlook.com\n"
           "Destinatario: antonella.desantis@aslmontebruno.it\n"
           "Errore remoto: 451 4.4.0 Primary target IP address responded with: \"421 4.3.2 Service not available, closing "
           "transmission channel.\" Attempted failover to alternate host, but that did not succeed.\n")
b02_dsn = ("Reporting-MTA: dns;PA4PR09MB5822.eurprd09.prod.outlook.com\nReceived-From-MTA: dns;PA4PR09MB5822.eurprd09.prod.outlook.com\n"
           "Arrival-Date: Wed, 10 Feb 2027 08:00:14 +0000\n\n"
           "Final-Recipient: rfc822;antonella.desantis@aslmontebruno.it\nAction: delayed\nStatus: 4.4.7\n"
           "Diagnostic-Code: smtp;451 4.4.0 Primary target IP address responded with: \"421 4.3.2 Service not available\"\n"
           "Remote-MTA: dns;mail.aslmontebruno.it\nWill-Retry-Until: Fri, 12 Feb 2027 08:00:14 +0000\n"
           "X-Display-Name: Antonella De Santis\n")
b02_hdrs = (f"From: Giulia Conti <giulia@giuliaconti.it>\nTo: Antonella De Santis <antonella.desantis@aslmontebruno.it>\n"
            f"Subject: {hdr_text(o.subject)}\nDate: {format_datetime(o.sent)}\nMessage-ID: {o.msgid}\n"
            f"In-Reply-To: {o.refs[0]}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n")
machine("B02", L("bounce", "Exchange Online 'Recapito ritardato' (Action: delayed, 4.4.7): still retrying — temporary.",
                 failed_recipient="antonella.desantis@aslmontebruno.it", permanent=False),
        ("Microsoft Outlook", "postmaster@giuliaconti.it"), G, tz(2027, 2, 10, 13, 4, s=12),
        "Recapito ritardato: " + o.subject,
        Multi("report", [Multi("alternative", [Leaf("text/plain", text=b02_txt),
                                               Leaf("text/html", text="<html><body>" + html_paras(b02_txt, "p") + "</body></html>\n")]),
                         Leaf("message/delivery-status", data=b02_dsn.encode(), cte="7bit"),
                         Leaf("text/rfc822-headers", data=b02_hdrs.encode(), cte="7bit")],
              params=" report-type=delivery-status;"),
        headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "it-IT")])

x01 = ("Gentile Alessandra Rossi,\n\nti informiamo che la fattura elettronica indicata di seguito è stata SCARTATA dal "
       "Sistema di Interscambio (SdI) dell'Agenzia delle Entrate.\n\n"
       "Numero fattura: 3/2027\nData fattura: 08/02/2027\nCliente: COMUNE DI CASTELVERDE (codice univoco ufficio UF8KQ2)\n"
       "Importo: 1.220,00 €\nIdentificativo SdI: 11873340221\nData notifica: 09/02/2027 14:22\n\n"
       "Motivo dello scarto:\n00423 – 2.2.1.11 <PrezzoTotale> non calcolato secondo le regole definite nelle specifiche "
       "tecniche\n\nCosa fare: correggi la fattura dalla sezione «Documenti scartati» e inviala di nuovo entro 5 giorni "
       "dalla data della notifica, mantenendo lo stesso numero e la stessa data.\n\nIl team di FatturaSmart\n"
       "Hai ricevuto questa email perché hai attivato le notifiche SdI. Gestisci le preferenze dal tuo profilo.\n")
machine("X01", L("other", "E-invoicing service: SdI 'notifica di scarto' for a re-issued invoice to the Comune — about an invoice, not a payment and not a client reply.",
                 reference="3/2027"),
        ("FatturaSmart Notifiche", "notifiche@fatturasmart.it"), A, tz(2027, 2, 9, 14, 25),
        "Fattura 3/2027 scartata dal Sistema di Interscambio",
        Multi("alternative", [Leaf("text/plain", text=x01), Leaf("text/html", text="<html><body style=\"font-family:Arial\">" + html_paras(x01, "p") + "</body></html>\n")]),
        headers=[("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", "<mailto:unsubscribe@fatturasmart.it>")])


# ============================================================================================
# Output
# ============================================================================================
ORDER = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
         "failed_recipient", "permanent", "note"]


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    for f in HERE.glob(PREFIX + "-*.eml"):
        f.unlink()
    msgs = list(MESSAGES)
    random.Random(1507).shuffle(msgs)
    out = ["# round15-it — Italian public bodies, big-company AP, family business, parish, startup, consorzi, ordine.",
           "# Generated by make.py; every body hand-written. Keys in [files.\"...\"] are the .eml names.", ""]
    for i, m in enumerate(msgs, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        (HERE / name).write_bytes(render_message(m, i))
        out.append(f'[files."{name}"]')
        lab = m["labels"]
        for k in ORDER:
            if k in lab:
                out.append(f"{k} = {toml_val(lab[k])}")
        out.append(f"# source id: {m['key']}")
        out.append("")
    (HERE / "labels.toml").write_text("\n".join(out), encoding="utf-8")
    check(len(msgs))


def check(n):
    import tomllib
    from collections import Counter
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    assert len(labels) == n, (len(labels), n)
    kinds = Counter()
    for name, lab in labels.items():
        raw = (HERE / name).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (name, h)
        dt = msg["Date"].datetime
        assert datetime(2026, 11, 1, tzinfo=ZoneInfo("UTC")) <= dt <= datetime(2027, 3, 1, tzinfo=ZoneInfo("UTC")), (name, dt)
        # every text part must decode
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        kinds[lab["kind"]] += 1
        if lab["kind"] == "bounce":
            assert "failed_recipient" in lab and "permanent" in lab, name
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", name
        if "return_date" in lab:
            assert lab["kind"] == "auto-reply", name
        assert lab["split"] == "dev" and lab["language"] == "it"
    print(f"{n} messages OK")
    for k, v in sorted(kinds.items()):
        print(f"  {k:24s} {v}")


if __name__ == "__main__":
    main()
