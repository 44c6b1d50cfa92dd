"""Paid claims and promises said without the usual verb (round 4 of the clause reader, reading/intent.py).

Paid claims: bureaucratic ("mandato di pagamento emesso", "liquidata", "orden de pago emitida"), elliptic
("ok fatto ieri sera", "ya está!!", "all done"), a proof shown ("ecco la ricevuta"), done as the client
writes ("sending it now").  Promises: a payment plan or queue with its day, money that "will go out".
And the near misses that must stay what they are.  Messages are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from mailduns.reading import intent, read_message

MON = date(2027, 1, 11)  # a Monday


def read(text: str, lang: str, ref: date = MON) -> intent.Reading:
    return intent.read(text, ref, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            (
                "In riferimento al Vostro sollecito, si comunica che in data 8/1/2027 è stato emesso il "
                "relativo mandato di pagamento n. 2211."
            ),
            "it",
        ),
        ("Roberta mi dice che la fattura è stata liquidata venerdì insieme alle altre.", "it"),
        ("Le informamos de que la orden de pago fue emitida ayer.", "es"),
        ("Remittance processed today for your invoice.", "en"),
        ("ok fatto ieri sera 👍 scusa il ritardo, ero in fiera a Milano", "it"),
        ("Ya está!! te paso captura", "es"),
        ("Happy new year! All done — finance confirmed it went this morning.", "en"),
        ("So sorry, it slipped. Sorted it there now, should be with you soon.", "en"),
        ("Payment is done today.", "en"),
        ("Money's gone out.", "en"),
        ("Sending it now as I type.", "en"),
        ("ecco la ricevuta 👇 scusa ancora", "it"),
        ("Please see the attached confirmation from our bank.", "en"),
        ("mio nipote ha fatto il bonifico ieri sera, mi ha detto che è andato tutto bene.", "it"),
    ],
)
def test_paid_claims_without_the_usual_verb(text: str, lang: str) -> None:
    assert read(text, lang).intent == "paid"


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        ("Approved by our CFO. It is in the bank queue for Friday.", "en", date(2027, 1, 15)),
        ("Corrected invoice approved. AP will include it in Friday's run.", "en", date(2027, 1, 15)),
        ("La fattura in oggetto è inclusa nel pagamento fornitori del 20 gennaio.", "it", date(2027, 1, 20)),
        ("The remaining €800 will go out at the end of the month.", "en", date(2027, 1, 31)),
        ("It is now booked for 25/1 together with our other suppliers.", "en", date(2027, 1, 25)),
        ("il bonifico non era partito, adesso lo rifà mercoledì", "it", date(2027, 1, 13)),
        ("Pagata? No 😅 la paghiamo venerdì insieme agli stipendi.", "it", date(2027, 1, 15)),
        ("Está previsto que se abone antes del día 26 del presente mes.", "es", date(2027, 1, 26)),
        (
            "The invoice is already released and scheduled with value date 14.01.2027.",
            "en",
            date(2027, 1, 14),
        ),
        ("We can't manage it before the 20th, sorry.", "en", date(2027, 1, 20)),
        ("Te hago la transferencia el jueves o el viernes como mucho.", "es", date(2027, 1, 15)),
        # a part now, the rest later: paid in full on the last day
        ("I'll send half today and the rest by the 20th, if that works for you?", "en", date(2027, 1, 20)),
        ("Te hago hoy una transferencia de 500 y el resto a final de mes.", "es", date(2027, 1, 31)),
        # "that day": the day the sentence before named
        (
            "Antes del 28 no voy a poder, que es cuando cobro. Ese día te lo pago seguro.",
            "es",
            date(2027, 1, 28),
        ),
        (
            "Under our Net 30 terms it's due 1/29. It's scheduled on the wire run that day.",
            "en",
            date(2027, 1, 29),
        ),
        # "no podemos antes del 28": the day after "antes", not the subsidy's end of month
        (
            "Hasta que no nos ingresen la subvención, que entra a finales de mes, no podemos pagarte antes del "
            "28.",
            "es",
            date(2027, 1, 28),
        ),
        ("Non riusciamo a pagare prima del 28, scusa.", "it", date(2027, 1, 28)),
        # a condition alone is read as the promise it makes
        ("Se mi confermi l'IBAN, faccio partire il bonifico domani mattina.", "it", date(2027, 1, 12)),
        # the order given, the money leaving on its value date
        ("Hoy se ha dado la orden de pago con fecha valor 20/01/2027.", "es", date(2027, 1, 20)),
        ("Voy a pagar mañana por la mañana, primera cosa.", "es", date(2027, 1, 12)),
        ("Mañana a primera hora te lo mando, palabrita.", "es", date(2027, 1, 12)),
        # "mi fa impazzire" is no payment made; Thursday is
        (
            "Oggi e domani non ce la faccio, il commercialista mi fa impazzire, giovedì ti faccio il bonifico.",
            "it",
            date(2027, 1, 14),
        ),
    ],
)
def test_promises_and_their_day(text: str, lang: str, when: date) -> None:
    got = read(text, lang)
    assert (got.intent, got.promised_date) == ("promise", when)


def test_a_public_bodys_approval_promises_no_day() -> None:
    got = read("Si comunica che la fattura verrà liquidata entro il 20 c.m.", "it")
    assert (got.intent, got.promised_date) == ("promise", None)


def test_a_dispute_promises_no_day_for_the_whole() -> None:
    # the part accepted has a day, the rest waits for the fix: no day all is paid (and a dispute holds anyway)
    got = read("Le pago l'80% entro il 20, il resto quando sistemate la versione mobile.", "it")
    assert (got.intent, got.promised_date) == ("dispute", None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gli ho girato la mail, ti faccio sapere.", "it"),  # forwarded the mail, not the money
        ("Se non la vedi fammi sapere che ti giro la contabile.", "it"),  # a proof offered if needed
        ("Can you send me the receipt?", "en"),
        ("Fatta la distinta ieri, valuta lunedì.", "it"),  # a plan carried out: paid, not a promise
    ],
)
def test_near_misses(text: str, lang: str) -> None:
    assert read(text, lang).intent in (None, "paid") and read(text, lang).intent != "promise"
    if "?" in text or text.startswith(("Gli", "Se")):
        assert read(text, lang).intent is None


def test_not_paid_yet_is_the_clients_own_words_not_our_reminder() -> None:
    raw = (
        "From: Liam <liam@example.ie>\nTo: alessandra@example.it\nSubject: Re: Payment reminder – invoice 8/2027\n"
        "Date: Mon, 08 Feb 2027 10:00:00 +0000\nMessage-ID: <l1@example.ie>\nIn-Reply-To: <r1@example.it>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Not paid yet sorry, I'm doing the accounts myself now. Give me till the 12th.\nLiam\n"
    ).encode()
    facts = read_message(raw)
    assert facts.kind == "client-reply-promise"
    assert facts.reply is not None and facts.reply.promised_date == date(2027, 2, 12)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a condition opening the sentence holds for all its clauses
        ("If it gets approved on Thursday, I can pay it Friday; otherwise it'll be February.", "en"),
        # a habit names days that are no promise
        ("Una volta approvata va in pagamento al primo ciclo utile, di solito il 15 o il 30 del mese.", "it"),
        # someone else's deadline to pay, not the client's promise
        ("I condomini hanno tempo fino al 28/02 per versare le rate.", "it"),
        # "pago" the noun: a payment gateway, not "I pay"
        ("A día de hoy la pasarela de pago sigue sin funcionar.", "es"),
    ],
)
def test_no_day_promised(text: str, lang: str) -> None:
    assert read(text, lang).promised_date is None


def _reply(
    body: str,
    date_header: str = "Thu, 07 Jan 2027 11:48:14 +0000",
    subject: str = "RE: Payment reminder - invoice 8/2027",
) -> bytes:
    return (
        f"From: Client <c@example.co.uk>\nTo: alessandra@example.it\nSubject: {subject}\n"
        f"Date: {date_header}\nMessage-ID: <c2@example.co.uk>\nIn-Reply-To: <r1@example.it>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body
    ).encode()


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # the day in a sentence without a word of paying, the invoice its object
        (
            "My apologies, December was chaos. She'll process INV-2026-058 this Friday with the rest.\n",
            date(2027, 1, 8),
        ),
        (
            "Sorry, my mistake. The bank rejected the payment because we had a wrong IBAN in our system. "
            "It is corrected now and I send it again tomorrow.\n",
            date(2027, 1, 8),
        ),
        # the day with a future, a run, a doing or a "not before" instead of a word of paying
        (
            "Non riesco prima del 15 gennaio, mi dispiace davvero. Il negozio è fermo. Intanto grazie ancora per il lavoro sul catalogo, ai clienti è piaciuto moltissimo e lo abbiamo già distribuito in negozio.\n",
            date(2027, 1, 15),
        ),
        (
            "Cheers Mia. I'll drop the cheque into your office on Tuesday when I'm passing.\n",
            date(2027, 1, 12),
        ),
        (
            "Sorry, mad week here. Sending it Monday morning first thing. We are all looking forward to working with you again on the spring campaign for the shop.\n",
            date(2027, 1, 11),
        ),
        (
            "Sam has signed it off and it goes in Friday's supplier run. We are all looking forward to working with you again on the spring campaign for the shop.\n",
            date(2027, 1, 8),
        ),
        (
            "Il pagamento era stato respinto. L'ho reinserito con data di esecuzione martedì 12. Intanto grazie ancora per il lavoro sul catalogo, ai clienti è piaciuto moltissimo e lo abbiamo già distribuito in negozio.\n",
            date(2027, 1, 12),
        ),
        # "i.e." does not end the sentence that holds the day
        (
            "The invoice is approved and will be paid in our next payment cycle i.e. on 25th Jan.\n",
            date(2027, 1, 25),
        ),
    ],
)
def test_a_promise_dated_in_a_sentence_without_a_word_of_paying(body: str, when: date) -> None:
    facts = read_message(_reply(body))
    assert facts.kind == "client-reply-promise"
    assert facts.reply is not None and facts.reply.promised_date == when


@pytest.mark.parametrize(
    "body",
    [
        # a day recalled, a meeting's day, a noun after "la": no promise's day is stated
        ("Sono mortificato. Avevo detto il 10 e non ho mantenuto. La settimana prossima sistemo tutto.\n"),
        ("La fattura è approvata, will go out with next week's run. Grazie per la demo di venerdì!\n"),
        (
            "Hay que aprobarla en el Pleno. Lo llevamos al Pleno ordinario del 28 de enero. Una vez aprobada, se paga.\n"
        ),
    ],
)
def test_a_day_said_of_something_else_is_no_promised_day(body: str) -> None:
    facts = read_message(_reply(body))
    assert facts.reply is None or facts.reply.promised_date is None


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # a writer correcting themselves to a later day
        (
            "Giovedì te la pago... anzi no scusa, giovedì sono a Milano. Venerdì, venerdì mattina appena torno.\n",
            date(2027, 1, 8),
        ),
        (
            "El martes te la pago... no, espera, el martes tenemos inspección. Mejor el miércoles, sin falta.\n",
            date(2027, 1, 6),
        ),
    ],
)
def test_a_corrected_day_is_the_later(body: str, when: date) -> None:
    facts = read_message(_reply(body, "Mon, 04 Jan 2027 13:15:03 +0100"))
    assert facts.kind == "client-reply-promise"
    assert facts.reply is not None and facts.reply.promised_date == when


@pytest.mark.parametrize(
    "body",
    [
        # the day the client's own money comes in, the payment tied to it only by "as soon as"
        "Siamo in attesa che il Comune ci paghi il SAL, ci hanno detto il 22. Appena entrano i soldi pago te.\n",
        "Estamos esperando el cobro (nos pagan el 15, en teoría). En cuanto entre te transfiero, palabra.\n",
        # after a day: vague
        "Sorry, can't this week. I'll sort it after the 20th when the grant comes in.\n",
        # away until a day, the payment tied to the return
        "Heads up, the studio's shut till the 11th of Jan, so I'll get it paid as soon as we're back!\n",
    ],
)
def test_the_day_something_else_happens_is_no_promised_day(body: str) -> None:
    facts = read_message(_reply(body, "Mon, 04 Jan 2027 13:15:03 +0100"))
    assert facts.reply is None or facts.reply.promised_date is None


@pytest.mark.parametrize(
    ("text", "lang", "intent_"),
    [
        # a greeting does not hide an elliptic paid claim
        ("Hi Tom, done now, sorry it took so long, mad month. F x", "en", "paid"),
        ("Hi Alessandra,\nIt's gone through today, €960. Sorry it dragged on over Christmas.", "en", "paid"),
        # a payment run gone by took the invoice
        (
            "la tua fattura è entrata nel pagamento fornitori di ieri, dovresti vederla entro 2 giorni.",
            "it",
            "paid",
        ),
        ("Entró en la remesa del viernes pasado, ya te llegará.", "es", "paid"),
        ("It was included in last Friday's payment run.", "en", "paid"),
        # the sum held too high is a dispute; our reminder held too much is not
        (
            "Mr. Kavanagh considers the invoice excessive given the scope agreed and wants to discuss it first.",
            "en",
            "dispute",
        ),
        ("L'importo della fattura ci sembra davvero eccessivo per due giornate.", "it", "dispute"),
    ],
)
def test_more_ways_of_saying_it(text: str, lang: str, intent_: str) -> None:
    assert read(text, lang).intent == intent_


def test_a_reminder_called_excessive_is_no_dispute() -> None:
    text = "il secondo sollecito in un mese mi sembra un po' eccessivo. Il 28 però il bonifico parte."
    assert read(text, "it").intent == "promise"


def test_a_payment_day_moved_off_a_weekend_is_the_later() -> None:
    body = (
        "La sua fattura è registrata e andrà nel pagamento del 10 gennaio: siccome il 10 cade di domenica, "
        "partirà lunedì 11.\n"
    )
    facts = read_message(_reply(body, "Sat, 26 Dec 2026 10:00:00 +0100"))
    assert facts.reply is not None and facts.reply.promised_date == date(2027, 1, 11)


def test_today_beside_a_planned_day_is_the_day_of_something_else() -> None:
    body = "Hoy ya se ha cerrado la remesa de la semana, así que lo dejo programado para el viernes.\n"
    facts = read_message(_reply(body, "Fri, 15 Jan 2027 21:10:45 +0100"))
    assert facts.reply is not None and facts.reply.promised_date == date(2027, 1, 22)


@pytest.mark.parametrize(
    "body",
    [
        # a paid claim in one word or with the proof named first
        "Eseguito stamattina.\n",
        "Effettuato ieri, controlla pure.\n",
        "Solucionado, ya lo tienes en la cuenta.\n",
        "Buongiorno,\nla ricevuta del bonifico è in allegato.\nCordiali saluti\n",
        "Receipt attached.\n",
    ],
)
def test_a_paid_claim_without_a_word_of_paying(body: str) -> None:
    assert read_message(_reply(body)).kind == "client-reply-paid"


@pytest.mark.parametrize(
    "body",
    [
        # a week, not a day (the line wrapped inside the phrase)
        "La factura está aprobada; la pagamos en la semana\ndel 15 de febrero con el resto de proveedores.\n",
        # the day the writer is away until, the payment only "as soon as I'm back" in another sentence
        "Sono in Spagna per lavoro fino a fine mese e da qui non riesco a fare bonifici. Appena rientro ti pago.\n",
    ],
)
def test_a_promise_whose_day_is_not_stated(body: str) -> None:
    facts = read_message(_reply(body))
    assert facts.kind == "client-reply-promise"
    assert facts.reply is not None and facts.reply.promised_date is None


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # a day right after a past tense is gone, not promised ("l'avevo fatto il 4")
        (
            "Avevamo finito l'inventario solo giovedì, per questo il ritardo. Appena la banca mi sblocca il fido ti "
            "pago, promesso.\n",
            None,
        ),
        # a day promised before and taken back; "non ce la facciamo" is not managing, not refusing
        (
            "Ti avevo scritto il 10 che avremmo pagato a fine mese, ma non ce la facciamo. Pagheremo appena "
            "incassiamo dal cliente.\n",
            None,
        ),
        ("Avevo detto il 10 ma slitta, ti pago il 20 sicuro.\n", date(2027, 1, 20)),
        # two instalments: the day all is paid
        ("We could do €500 on the 20th and the other €500 at the end of February.\n", date(2027, 2, 28)),
    ],
)
def test_the_promised_day_is_when_all_is_paid_and_never_a_day_gone(body: str, when: date | None) -> None:
    facts = read_message(_reply(body))
    assert facts.kind == "client-reply-promise"
    assert facts.reply is not None and facts.reply.promised_date == when


def _fresh(subject: str, body: str, frm: str = "Studio Greco <studio@greco.example>") -> bytes:
    return (
        f"From: {frm}\nTo: alessandra@example.it\nSubject: {subject}\nDate: Tue, 05 Jan 2027 10:00:00 +0100\n"
        "Message-ID: <f1@greco.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        + body
    ).encode()


def test_a_promise_under_an_invoice_subject_naming_the_reminder_is_a_promise_not_an_invoice() -> None:
    facts = read_message(
        _fresh(
            "Bar Centrale – fattura 71/2026",
            "Buongiorno,\nil sig. Bruni mi chiede di comunicarLe, in merito alla fattura 71/2026 da Lei sollecitata, "
            "che provvederà al pagamento il 12 gennaio.\nCordiali saluti\n",
        )
    )
    assert facts.kind != "invoice"
    assert facts.invoices == ()


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Auto: Fattura n. 51/2026 in scadenza", "Grazie per la mail. Saremo di nuovo in ufficio dal 7.\n"),
        (
            "[JIRA] (AP-881) Factura n.º 2026-061",
            "Hola,\nRecibimos su solicitud.\nEstado: Esperando soporte\n",
        ),
        ("Fattura 12/2026", "Buongiorno, potrebbe dirmi se è in regime forfettario?\n"),
    ],
)
def test_a_subjects_invoice_number_alone_from_someone_else_is_no_invoice(subject: str, body: str) -> None:
    assert read_message(_fresh(subject, body)).kind != "invoice"


def test_a_bank_saying_a_transfer_has_arrived_is_a_payment_notice() -> None:
    raw = (
        "From: HYPE <noreply@hype.it>\nTo: davide@example.it\nSubject: È arrivato un bonifico!\n"
        "Date: Wed, 16 Dec 2026 10:00:00 +0100\nMessage-ID: <n1@hype.it>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\nCiao Davide,\nè arrivato un bonifico sul tuo conto.\n"
        "Importo: + 480,00 €\nDa: MARIO ROSSI\nCausale: saldo fattura 14/2026\n"
    ).encode()
    facts = read_message(raw)
    assert facts.kind == "payment-notification"
    assert (
        facts.reply is not None
        and facts.reply.amount is not None
        and str(facts.reply.amount.amount) == "480.00"
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # dispute words that say something else where they stand
        ("Te contesto rápido desde el coche: la transferencia la hacemos el viernes.", "es"),
        ("Nothing wrong with the invoice as far as I can see, I'll pay it on Friday.", "en"),
        ("Se non ti è arrivato dimmelo, magari ho sbagliato qualche numero dell'IBAN.", "it"),
        ("I have tried twice now to pay it and both times the bank rejected the transfer.", "en"),
        ("El enlace del correo ya no funciona, ¿me la reenvías en PDF?", "es"),
        ("Procederemos al pago de la cantidad reclamada dentro del plazo indicado.", "es"),
    ],
)
def test_a_dispute_word_that_says_something_else_is_no_dispute(text: str, lang: str) -> None:
    assert read(text, lang).intent != "dispute"


def test_billed_it_double_is_a_dispute() -> None:
    assert (
        read("This work was already in INV-2026-105. I think you have billed it double.", "en").intent
        == "dispute"
    )


def test_cannot_pay_before_a_day_is_a_promise_for_that_day_not_a_refusal() -> None:
    facts = read_message(
        _reply(
            "Purtroppo non possiamo pagare prima del 20, il nostro cliente in Germania ci paga il 18 e prima non "
            "abbiamo liquidità. Il 20 senza problemi.\n"
        )
    )
    assert facts.kind == "client-reply-promise"
    assert facts.reply is not None and facts.reply.promised_date == date(2027, 1, 20)


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # a wrong IBAN is a payment that failed, not a contested invoice
        ("Ho usato l'IBAN sbagliato, lo rifaccio domani.", "it", "promise"),
        # English "I send", not the Italian article "i"
        (
            "It is corrected now and I send it again tomorrow. We all look forward to the spring campaign.",
            "en",
            "promise",
        ),
    ],
)
def test_a_failed_payment_redone_is_a_promise(text: str, lang: str, kind: str) -> None:
    assert read(text, lang).intent == kind


@pytest.mark.parametrize(
    ("text", "lang"), [("oggi no ma giovedì sicuro, scusa", "it"), ("Not today I'm afraid – Thursday.", "en")]
)
def test_not_today_but_thursday_is_a_promise_for_thursday(text: str, lang: str) -> None:
    reading = read(text, lang)
    assert (reading.intent, reading.promised_date) == ("promise", date(2027, 1, 14))


@pytest.mark.parametrize(
    "body",
    [
        # the owner's own transfer executed
        "Gentile Cliente,\nil bonifico da te disposto è stato eseguito.\nBeneficiario STUDIO ROSSI\nImporto € 300,00\n"
        "Causale Saldo fattura n. 9/2026\n",
        # only scheduled by the payer's bank
        "Officine Rizzo S.p.A. ha inserito nella distinta del 31/01/2027 un bonifico a Vostro favore.\n"
        "Importo: 1.200,00 EUR\nCausale: SALDO FT. 51/2026\nStato: IN ATTESA DI ESECUZIONE\n"
        "Il presente avviso non costituisce quietanza di pagamento.\n",
        # returned to the payer
        "Ciao,\nnon abbiamo potuto accreditare un bonifico in entrata sul tuo conto e l'abbiamo restituito alla banca "
        "del mittente.\nImporto: 640,00 €\nRiferimento: FATTURA 22/2026\n",
    ],
)
def test_a_bank_notice_of_no_money_in_is_not_a_payment(body: str) -> None:
    raw = (
        "From: Banca <noreply@banca.example>\nTo: owner@example.it\nSubject: Avviso bonifico\n"
        "Date: Fri, 08 Jan 2027 10:00:00 +0100\nMessage-ID: <b1@banca.example>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body
    ).encode()
    assert read_message(raw).kind not in ("payment-notification", "client-reply-paid")


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        # the day the writer cannot go before is the day promised, over the day their own money lands
        ("Our grant lands on the 20th. So, honestly, we can't before the 21st.", "en", date(2027, 1, 21)),
        # "del 25:" is a day, not a time
        (
            "Scusa, non possiamo prima del 25: stipendi e F24 escono il 16. Il 25 ti arriva tutto.",
            "it",
            date(2027, 1, 25),
        ),
    ],
)
def test_cannot_before_a_day_promises_that_day(text: str, lang: str, when: date) -> None:
    reading = read(text, lang)
    assert (reading.intent, reading.promised_date) == ("promise", when)


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # a promise for today, the day said first or in a gerund; "haven't disputed it" disputes nothing
        (
            "God, sorry. We haven't disputed it or anything, we just forgot, it fell between two people. "
            "Paying today. We are all looking forward to working with you again on the spring campaign.\n",
            date(2027, 1, 7),
        ),
        (
            "Soy el nuevo tesorero y me he encontrado con esto al heredar las cuentas. Hoy sin falta hago la "
            "transferencia, no hace falta parar nada de la web de inscripciones por favor.\n",
            date(2027, 1, 7),
        ),
    ],
)
def test_a_promise_for_today(body: str, when: date) -> None:
    facts = read_message(_reply(body))
    assert facts.kind == "client-reply-promise"
    assert facts.reply is not None and facts.reply.promised_date == when


@pytest.mark.parametrize(
    "body",
    [
        # a few words the rules read as a question or a remark and the model as a paid claim: the reading
        # that lets reminders go on is not acted on alone
        "Here you go – as promised.\nColm\n",
        "fattoooo 💇\u200d♀️💸 scusa il ritardo!!!\nbaci Sabri\n",
        "bonifico par tito ieri sera saluti Mauro\n",
    ],
)
def test_a_short_reply_the_readers_disagree_on_never_lets_reminders_go_on(body: str) -> None:
    from mailduns.reading.model import UNSURE

    facts = read_message(_reply(body))
    assert facts.kind in ("client-reply-paid", "client-reply-dispute") or facts.confidence < UNSURE


def _notice(sender: str, subject: str, body: str) -> bytes:
    return (
        f"From: {sender}\nTo: owner@example.it\nSubject: {subject}\nDate: Wed, 16 Dec 2026 10:00:00 +0100\n"
        "Message-ID: <n2@bank.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body
    ).encode()


@pytest.mark.parametrize(
    ("sender", "subject", "body", "amount"),
    [
        (
            "First Harbor Bank <alerts@firstharbor.example>",
            "Deposit posted",
            "We've deposited $1,875.50 into your account ending in 2210.\nDescription: KESTREL LABS ACH PMT\n",
            "1875.50",
        ),
        (
            "Ulster Mutual <noreply@ulstermutual.example>",
            "Account activity",
            "A lodgement has been made to your Business Account ~3391.\nAmount: €640.00\nDescription: SEAN MURPHY INV 88\n",
            "640.00",
        ),
        (
            "Tidewater Bank <alerts@tidewater.example>",
            "Account alert",
            "£95.00 has been paid in to your account ending 7781 from J PATEL. Ref: INV1077.\n",
            "95.00",
        ),
        (
            "Cobros Directos <avisos@cobros.example>",
            "Hemos cobrado 45,00 € de Taller Ruiz",
            "Hola Marta:\n\nHemos cobrado un pago en tu nombre.\nCliente: Taller Ruiz SL\nImporte: 45,00 €\n"
            "Lo recibirás en tu próxima transferencia.\n",
            "45.00",
        ),
        (
            "Banco Naranja <avisos@naranja.example>",
            "Te han enviado dinero",
            "¡Hola Marta!\n\nTe han enviado +210,00 € a tu cuenta.\nQuién: BAR EL PUERTO\nConcepto: fra 2026-031\n",
            "210.00",
        ),
        (
            "Incassi Facili <notifiche@incassi.example>",
            "Hai incassato 75,00 €",
            "Ciao Davide,\nabbiamo incassato un pagamento per te.\nImporto: 75,00 €\nCliente: Ottica Neri\n",
            "75.00",
        ),
        (
            "Banca Alert <alert@banca.example>",
            "Alert",
            "Banca Alert: Accr. bonif. 330,00 EUR ord. STUDIO VERDI caus. SALDO FATT 9 2026 - c/c ***1120\n",
            "330.00",
        ),
        (
            "Gigs Platform <team@gigs.example>",
            "$600.00 has been released",
            'Hi Tom,\nAnna Berg has released a payment for your contract "Logo refresh".\nAmount: $600.00\n',
            "600.00",
        ),
    ],
)
def test_more_banks_and_platforms_announcing_money_in(
    sender: str, subject: str, body: str, amount: str
) -> None:
    facts = read_message(_notice(sender, subject, body))
    assert facts.kind == "payment-notification"
    assert facts.reply is not None and facts.reply.amount is not None
    assert str(facts.reply.amount.amount) == amount


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        # "pasado mañana" is the day after tomorrow, not a past
        ("Pasado mañana te lo pago, hoy no llego al banco.", "es", date(2027, 1, 13)),
        ("Te hago la transferencia pasado mañana sin falta.", "es", date(2027, 1, 13)),
        # one invoice paid, the other planned in a clause of its own: a promise for the other's day
        (
            "La 2026-050 te la pagamos ayer, y la 2026-052 entra en el pago del día 15.",
            "es",
            date(2027, 1, 15),
        ),
        (
            "la 35 risulta pagata ieri, mentre la 38 la inseriamo nel pagamento fornitori dell'8 febbraio.",
            "it",
            date(2027, 2, 8),
        ),
        # a part sent, the rest promised without a day: not all is paid
        ("Ti ho mandato 300 stamattina, il resto te lo do a febbraio.", "it", None),
    ],
)
def test_a_part_paid_and_the_rest_promised_is_a_promise(text: str, lang: str, when: date | None) -> None:
    reading = read(text, lang)
    assert (reading.intent, reading.promised_date) == ("promise", when)


def test_a_paid_claim_beside_a_payment_run_timetable_stays_paid() -> None:
    text = (
        "This was processed in yesterday's payment run, so it should be with you within 2-3 working days. "
        "Payment runs take place every Tuesday and Thursday; invoices must be approved by noon on Monday."
    )
    assert read(text, "en").intent == "paid"


@pytest.mark.parametrize(
    ("text", "lang", "intent_"),
    [
        # a credit note already issued and taken off what is paid is no dispute
        (
            "Oggi abbiamo saldato la fattura al netto della nota di credito che ci hai emesso a novembre.",
            "it",
            "paid",
        ),
        ("Hemos pagado hoy la factura descontando el importe de tu factura rectificativa.", "es", "paid"),
        # one asked for, or still awaited, is
        ("Ci serve una nota di credito per le ore non fatte, poi paghiamo.", "it", "dispute"),
        (
            "Aspettiamo la nota di credito che ci avevi promesso, non l'abbiamo ancora ricevuta.",
            "it",
            "dispute",
        ),
        ("We haven't received the credit note you promised, so the invoice stays on hold.", "en", "dispute"),
    ],
)
def test_a_credit_note_already_issued_is_no_dispute(text: str, lang: str, intent_: str) -> None:
    assert read(text, lang).intent == intent_


@pytest.mark.parametrize(
    ("text", "lang", "intent_", "when"),
    [
        # "by bank transfer" is how it was paid, not a transfer still to make
        ("I've paid invoice 17 today by bank transfer, £395.00.", "en", "paid", None),
        ("Paying by bank transfer tomorrow.", "en", "promise", date(2027, 1, 12)),
        # a bare day of a run already gone, said in a past tense, is this month's (written on the 11th)
        ("Os confirmamos que la factura se pagó en la remesa del día 5.", "es", "paid", None),
        ("La factura entra en la remesa del día 5.", "es", "promise", date(2027, 2, 5)),
        # "ya" makes "pagamos" a past; Latin-American "depositar" pays, "te deposito" is a present
        ("Ya te la pagamos el viernes.", "es", "paid", None),
        ("Te la pagamos el viernes.", "es", "promise", date(2027, 1, 15)),
        ("Ya te deposité ahorita.", "es", "paid", None),
        ("Ahorita no puedo, pero el 15 sin falta te deposito.", "es", "promise", date(2027, 1, 15)),
    ],
)
def test_how_it_was_paid_and_when(text: str, lang: str, intent_: str, when: date | None) -> None:
    reading = read(text, lang)
    assert (reading.intent, reading.promised_date) == (intent_, when)


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        # a payment of another invoice than the one reminded: this one is not taken as paid, the owner is asked
        (
            "RE: Factura n.º 2026-056 pendiente de pago",
            "Hola Lucía,\n\nla factura 38 te la pagamos el lunes pasado, te adjunto el justificante.\n\nGabriel\n",
            "client-reply-other",
        ),
        (
            "R: Sollecito fattura n. 24/2026",
            "Ciao! Ti ho fatto il bonifico per la 13/2026 martedì, 280 euro.\n\nFra\n",
            "client-reply-other",
        ),
        # the reminded invoice named, or none: a paid claim
        (
            "RE: Factura n.º 2026-056 pendiente de pago",
            "Hola Lucía,\n\nla 2026-056 ya está pagada, salió ayer por transferencia.\n\nGabriel\n",
            "client-reply-paid",
        ),
        (
            "RE: Factura n.º 2026-056 pendiente de pago",
            "Se pagó el día 5 dentro de la relación de pagos 2027/02.\n",
            "client-reply-paid",
        ),
    ],
)
def test_a_payment_of_another_invoice_is_not_this_ones(subject: str, body: str, kind: str) -> None:
    from mailduns.reading.model import UNSURE

    facts = read_message(_reply(body, subject=subject))
    assert facts.kind == kind
    if kind == "client-reply-other":
        assert facts.confidence < UNSURE


@pytest.mark.parametrize(
    ("text", "lang", "intent_"),
    [
        # a transfer made that came back is no payment until it is sent again
        (
            "Il bonifico che avevamo fatto il 2 ci è tornato indietro: IBAN non valido. Ci rimanda le coordinate?",
            "it",
            None,
        ),
        (
            "Nos ha devuelto el banco la transferencia que hicimos el día 10. ¿Nos pasas otra cuenta?",
            "es",
            None,
        ),
        ("The transfer we made on the 10th bounced back. Can you confirm your IBAN?", "en", None),
        ("Il bonifico ci è tornato indietro, l'ho rifatto oggi sull'IBAN giusto.", "it", "paid"),
        ("Paid it on the 10th, it bounced, so I sent it again today.", "en", "paid"),
    ],
)
def test_a_transfer_returned_is_no_payment(text: str, lang: str, intent_: str | None) -> None:
    assert read(text, lang).intent == intent_


@pytest.mark.parametrize(
    ("text", "lang", "intent_", "when"),
    [
        # "transferimos" is a present as much as a past: with a day ahead and no "ya", a promise
        ("El saldo pendiente, 1.452 €, te lo transferimos el viernes.", "es", "promise", date(2027, 1, 15)),
        ("Se nos pasó con las fiestas, pero ya está: te la transferimos el sábado 9.", "es", "paid", None),
        ("Ya lo sé, te lo pagamos el viernes.", "es", "promise", date(2027, 1, 15)),
        # the rest cleared or following later: a promise
        (
            "We've paid £1,000 on account this morning, and the balance will follow by Friday.",
            "en",
            "promise",
            date(2027, 1, 15),
        ),
        ("I've sent £500 now and I'll clear the rest in February.", "en", "promise", None),
    ],
)
def test_the_rest_and_the_present_that_looks_past(
    text: str, lang: str, intent_: str, when: date | None
) -> None:
    reading = read(text, lang)
    assert (reading.intent, reading.promised_date) == (intent_, when)


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # the same day confirmed ("as I said"), a day proposed after one taken back
        (
            "Tom,\n\nYou'll have it on the 28th, as I said on the phone last week. There's really no need for "
            "the automated emails.\n\nRegards,\nPhilip\n",
            date(2027, 1, 28),
        ),
        (
            "Ciao, ti avevo detto entro il 15 ma purtroppo non ce la faccio, mi è slittato un incasso importante. "
            "Facciamo il 22, massimo. Scusami davvero.\nFabio\n",
            date(2027, 1, 22),
        ),
    ],
)
def test_a_day_confirmed_or_proposed_anew(body: str, when: date) -> None:
    facts = read_message(_reply(body))
    assert facts.kind == "client-reply-promise"
    assert facts.reply is not None and facts.reply.promised_date == when


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        # money going out, from the owner's own bank
        (
            "CaixaBank <avisos@caixabank.example>",
            "CaixaBank: transferencia realizada",
            "Has realizado una transferencia desde tu cuenta ES** 0193.\n\nBeneficiario: GRAFICAS SOL SL\n"
            "Importe: 1.210,00 EUR\nConcepto: FRA A-2026/118\n",
        ),
        # a change of state short of paid, from the public e-invoicing hub
        (
            "FACe <no-reply@face.gob.es>",
            "[FACe] Notificación de cambio de estado de factura",
            "Número de factura: 2026-062\nImporte: 1.016,40 €\nNuevo estado: 2400 - Contabilizada la obligación "
            "reconocida\n\nEl siguiente estado será 2500 - Pagada.\n",
        ),
        # a payment only scheduled
        (
            "Payments <payments@payables.example>",
            "Payment scheduled – Northgate Foods Ltd",
            "Hello,\n\nNorthgate Foods Ltd has scheduled a payment to you.\n\nPayment amount: EUR 4,100.00\n"
            "Scheduled payment date: 22-Jan-2027\n",
        ),
    ],
)
def test_no_money_in_from_these_notices(sender: str, subject: str, body: str) -> None:
    facts = read_message(_notice(sender, subject, body))
    assert facts.kind not in ("payment-notification", "client-reply-paid")


def test_a_face_notice_of_payment_is_money_in() -> None:
    body = (
        "Número de factura: 2026-036\nImporte: 3.025,00 €\nEstado anterior: 2400 - Reconocida la obligación\n"
        "Estado actual: 2500 - Pagada\n"
    )
    facts = read_message(
        _notice("FACe <no-reply@face.gob.es>", "FACe: cambio de estado de la factura 2026-036", body)
    )
    assert facts.kind == "payment-notification"


@pytest.mark.parametrize(
    ("text", "intent_"),
    [
        # Latin American Spanish: "se fue" is the payment gone ("ir", not "ser") ...
        ("ya se fue el pago", "paid"),
        ("Ya se fue la transferencia, avísame cuando te llegue.", "paid"),
        # ... and said of a weekday, the day is gone, not ahead
        ("el pago se fue el viernes", "paid"),
        # "ya mero", "ya merito" (Mexico): about to pay, not done
        ("ya mero te pago", "promise"),
        ("Ya merito sale el pago, ando esperando que me paguen a mí.", "promise"),
        # "ahorita" is in a little while
        ("ahorita te deposito", "promise"),
    ],
)
def test_latin_american_spanish_payments_gone_and_about_to_go(text: str, intent_: str) -> None:
    assert read(text, "es").intent == intent_


def test_a_weekday_beside_a_payment_gone_is_not_a_promised_day() -> None:
    assert read("el pago se fue el viernes", "es").promised_date is None


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        # "la pago", "lo saldo": after an object pronoun these are verbs (the nouns are "il/el pago", "il saldo")
        ("la pago appena posso", "it", None),
        ("te la saldo appena incasso dal cliente", "it", None),
        ("lo saldo domani", "it", date(2027, 1, 12)),
        ("la pago el viernes", "es", date(2027, 1, 15)),
    ],
)
def test_an_object_pronoun_before_pago_or_saldo_makes_it_the_verb(
    text: str, lang: str, when: date | None
) -> None:
    reading = read(text, lang)
    assert (reading.intent, reading.promised_date) == ("promise", when)


def test_il_saldo_stays_the_balance() -> None:
    assert read("il saldo l'ho fatto ieri", "it").intent == "paid"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "amount", "currency"),
    [
        # a Latin American bank's preterite, "Recibiste una transferencia"
        (
            "Bancolombia <alertasynotificaciones@bancolombia.example>",
            "Alertas y Notificaciones",
            "Bancolombia le informa:\n\nRecibiste una transferencia por $2.800.000,00 de LITOGRAFIA EL POBLADO "
            "S.A.S en tu cuenta de ahorros *8733.\n19/11/2026 15:01\n",
            "2800000.00",
            "COP",
        ),
        # a processor's "Payment of €2,460.00 from accounts@client"
        (
            "Stripe <notifications@stripe.example>",
            "Payment of €2,460.00 from accounts@harbourdistillery.ie",
            "Payment of €2,460.00 from accounts@harbourdistillery.ie\n\nAmount: €2,460.00\n"
            "Description: INV-2026-049 - packaging redesign\nPayment method: Mastercard 3390\n",
            "2460.00",
            "EUR",
        ),
    ],
)
def test_latin_american_banks_and_processors_announcing_money_in(
    sender: str, subject: str, body: str, amount: str, currency: str
) -> None:
    facts = read_message(_notice(sender, subject, body))
    assert facts.kind == "payment-notification"
    assert facts.reply is not None and facts.reply.amount is not None
    assert (str(facts.reply.amount.amount), facts.reply.amount.currency) == (amount, currency)


def test_a_payment_from_the_owners_own_account_is_not_money_in() -> None:
    body = "Payment of €250.00 from your account ending 4411 to Office Supplies Ltd was sent.\n"
    facts = read_message(_notice("Bank <alerts@bank.example>", "Payment sent", body))
    assert facts.kind != "payment-notification"


@pytest.mark.parametrize(
    ("text", "lang", "intent_", "when"),
    [
        # a look or an answer on that day is not a payment promised for it
        ("Vale, mañana lo miro y te digo.", "es", None, None),
        ("domani controllo e ti faccio sapere", "it", None, None),
        ("will check tomorrow and let you know", "en", None, None),
        # the client being paid is not the client paying; what they then promise is
        ("I get paid on the 25th so I'll sort it then if thats alright.", "en", "promise", date(2027, 1, 25)),
        (
            "I'll get 2026-056 paid on the 20th when our payables run goes through.",
            "en",
            "promise",
            date(2027, 1, 20),
        ),
        # "te los pago", "te consigno" (Colombia): the verb
        (
            "Hoy te he transferido 400 € y los 326 € restantes te los pago el viernes.",
            "es",
            "promise",
            date(2027, 1, 15),
        ),
        ("A más tardar el viernes te consigno, ¿listo?", "es", "promise", date(2027, 1, 15)),
        # a run gone by, "del pasado viernes"
        (
            "La factura H26-077 fue incluida en la remesa de pagos a proveedores del pasado viernes 8 de enero.",
            "es",
            "paid",
            None,
        ),
        # "te he hecho la transferencia": done; "la has hecho a nombre de..." is the invoice, not a payment
        ("Te he hecho hoy la transferencia.", "es", "paid", None),
        ("La has hecho a nombre de Núria y así no la podemos contabilizar.", "es", None, None),
        # "hay forma de pagarte?" asks how to pay; "we have to pay it by Friday" is an obligation ahead
        ("¿Hay forma de pagarte con tarjeta de crédito o PayPal?", "es", None, None),
        ("We have to pay it by Friday, don't worry.", "en", "promise", date(2027, 1, 15)),
    ],
)
def test_what_is_and_is_not_a_payment_verb(
    text: str, lang: str, intent_: str | None, when: date | None
) -> None:
    reading = read(text, lang)
    assert (reading.intent, reading.promised_date) == (intent_, when)


def test_an_sdi_rejection_from_a_service_address_is_no_dispute() -> None:
    body = (
        "Sistema di Interscambio - Notifica di scarto\n\nIdentificativo SdI: 15029837442\n"
        "Nome file: IT01234567890_00A7K.xml\nNumero fattura: 3/2027\n\n"
        "Il file è stato scartato per il seguente motivo:\nCodice errore: 00305\n"
        "Descrizione: IdFiscaleIVA del CessionarioCommittente non presente in anagrafe tributaria\n\n"
        "La fattura scartata si considera non emessa.\n"
    )
    sender = "Fatture e Corrispettivi <sdi-notifiche@fatturapa.example>"
    assert read_message(_notice(sender, "Notifica di scarto - fattura 3/2027", body)).kind == "other"


def test_a_marketplace_payout_of_sales_is_no_invoice_paid() -> None:
    body = (
        "Gentile venditore,\n\nabbiamo avviato un versamento sul conto bancario registrato.\n\n"
        "Importo del versamento: 1.093,12 EUR\nPeriodo di regolamento: 15/01/2027 - 29/01/2027\n"
    )
    sender = "Seller Central <seller-notification@marketplace.example>"
    assert read_message(_notice(sender, "Versamento avviato: 1.093,12 EUR", body)).kind == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Questa fattura l'avete già emessa a ottobre",
        "questo lavoro è già stato fatturato a settembre",
        "ci avete già addebitato queste ore",
    ],
)
def test_already_billed_in_italian_is_a_dispute(text: str) -> None:
    assert read(text, "it").intent == "dispute"


@pytest.mark.parametrize(
    ("text", "lang", "intent_"),
    [
        # a few words whose only news is a time ahead with no day: a promise, undated
        ("next week", "en", "promise"),
        ("early next month", "en", "promise"),
        ("la semana que viene sin falta", "es", "promise"),
        ("a primeros de mes", "es", "promise"),
        ("settimana prossima", "it", "promise"),
        ("ai primi del mese", "it", "promise"),
        # the writer away, or a talk planned, is no payment
        ("I'm away next week", "en", None),
        ("la semana que viene hablamos", "es", None),
        ("settimana prossima ti chiamo", "it", None),
    ],
)
def test_a_vague_time_ahead_alone_is_an_undated_promise(text: str, lang: str, intent_: str | None) -> None:
    reading = read(text, lang)
    assert (reading.intent, reading.promised_date) == (intent_, None)


def test_a_help_desk_acknowledgement_with_its_number_in_brackets_is_an_auto_reply() -> None:
    raw = (
        "From: Acme Support <support@acme.example>\nTo: tom@byrnedesign.example\n"
        "Subject: Re: Reminder: invoice INV-2026-041\nDate: Wed, 23 Dec 2026 10:00:00 +0000\n"
        "Message-ID: <t1@acme.example>\nIn-Reply-To: <r1@byrnedesign.example>\n"
        "Content-Type: text/plain; charset=utf-8\n\nThank you for contacting Acme Support. Your request (#48213) "
        "has been received and will be reviewed by our team.\n"
    ).encode()
    assert read_message(raw).kind == "auto-reply"


@pytest.mark.parametrize(
    ("text", "intent_", "when"),
    [
        # "put it through" is the payment itself ("put" alone is a step before paying)
        ("My apologies, this one was missed in last week's run. I'll put it through today.", "promise", MON),
        ("I'll put it through on Friday", "promise", date(2027, 1, 15)),
        ("I put it through yesterday", "paid", None),
        ("I'll put you through to accounts", None, None),
    ],
)
def test_putting_a_payment_through(text: str, intent_: str | None, when: date | None) -> None:
    reading = read(text, "en")
    assert (reading.intent, reading.promised_date) == (intent_, when)


def test_a_payers_note_under_a_label_of_its_own_names_the_invoice() -> None:
    from mailduns.reading.classify import notice_reference

    assert notice_reference("Note from Dana Whitfield:\nHC-1058 thank you! loved the copy\n") == "HC-1058"


@pytest.mark.parametrize(
    ("text", "lang", "intent_"),
    [
        # a participle the dictionary keeps as an adjective, after an auxiliary, is its verb's
        ("Te he enviado el pago.", "es", "paid"),
        ("Esta mañana te he mandado la transferencia.", "es", "paid"),
        ("Todavía no te he enviado el pago, perdona.", "es", None),
        # ... but handed on, or forgotten, is no payment
        ("Ya se lo he pasado a contabilidad, que son los que llevan eso.", "es", None),
        # an invoice sent is a document, not money; a receipt sent says it was paid
        ("Te he enviado la factura corregida.", "es", None),
        ("Ti ho mandato la fattura corretta.", "it", None),
        ("Ti ho mandato la contabile.", "it", "paid"),
    ],
)
def test_sent_money_and_sent_documents(text: str, lang: str, intent_: str | None) -> None:
    assert read(text, lang).intent == intent_


@pytest.mark.parametrize(
    ("text", "lang", "intent_"),
    [
        # short disputes in plain words
        ("Le ore fatturate sono troppe.", "it", "dispute"),
        ("Non eravamo d'accordo su questo prezzo.", "it", "dispute"),
        ("Il lavoro non è stato completato.", "it", "dispute"),
        ("Mancano le ore scontate che avevamo concordato.", "it", "dispute"),
        ("Nos has facturado más horas de las acordadas.", "es", "dispute"),
        ("El importe está mal.", "es", "dispute"),
        ("El precio no es el que pactamos.", "es", "dispute"),
        ("The work isn't finished.", "en", "dispute"),
        # asking for the invoice again, or a talk tomorrow, promises nothing
        ("Could you resend the invoice?", "en", None),
        ("Let's talk tomorrow about the new project.", "en", None),
        ("Mañana hablamos del proyecto nuevo.", "es", None),
    ],
)
def test_plain_short_disputes_and_non_promises(text: str, lang: str, intent_: str | None) -> None:
    assert read(text, lang).intent == intent_


@pytest.mark.parametrize(
    ("text", "lang", "intent_", "when"),
    [
        # (review of this session's rules) the payment of an invoice sent is money sent
        ("I sent the invoice payment on Friday.", "en", "paid", None),
        ("ho mandato il saldo fattura venerdì", "it", "paid", None),
        # going to the bank is no payment gone
        (
            "Mañana voy al banco a preguntar qué ha pasado con la transferencia, porque me aparece como enviada.",
            "es",
            None,
            None,
        ),
        # a message, a link or an address sent is no money sent
        ("Te he enviado un whatsapp esta mañana", "es", None, None),
        ("Te he enviado el enlace de la reunión del martes", "es", None, None),
        # part sent and the rest named with a time and no verb of its own: promised for that time
        ("Te he enviado la mitad, el resto a fin de mes", "es", "promise", date(2027, 1, 31)),
        ("Ti ho mandato 300 stamattina, il resto a gennaio.", "it", "promise", None),
        ("Ya te pagué el resto el viernes", "es", "paid", None),
        # "già addebitato" to us is paid; a payment not completed is no dispute
        ("L'importo ci è già stato addebitato, quindi per noi è pagata", "it", "paid", None),
        (
            "The transfer wasn't completed on Friday because of a bank holiday, I'll redo it tomorrow.",
            "en",
            "promise",
            date(2027, 1, 12),
        ),
        # a complaint let go beside a day promised
        (
            "No es lo que hablamos, pero bueno, te lo pago igual el viernes.",
            "es",
            "promise",
            date(2027, 1, 15),
        ),
        # "next week" beside other news is no promise; a day in a clause of its own stands beside "let you know"
        ("Our accountant returns next week.", "en", None, None),
        ("Il commercialista rientra la settimana prossima.", "it", None, None),
        ("Sorry!! Friday for sure, I'll let you know once it's done.", "en", "promise", date(2027, 1, 15)),
        ("Will go out with next week's run", "en", "promise", None),
    ],
)
def test_the_reviewed_rules_keep_their_neighbours(
    text: str, lang: str, intent_: str | None, when: date | None
) -> None:
    reading = read(text, lang)
    assert (reading.intent, reading.promised_date) == (intent_, when)


def test_money_out_from_a_named_account_is_not_money_in_and_a_footer_keeps_money_in() -> None:
    out = "Payment of €1,230.00 from Current Account ending 1234 to Acme Supplies Ltd has been sent. Ref: 42/2026"
    assert (
        read_message(_notice("Bank <alerts@bank.example>", "Payment sent", out)).kind
        != "payment-notification"
    )
    footer = (
        "Accredito di EUR 1.230,00 sul c/c 1234 causale fattura 42/2026. "
        "Puoi disattivare questi avvisi dal tuo conto online."
    )
    assert (
        read_message(_notice("Banca <avvisi@banca.example>", "Accredito", footer)).kind
        == "payment-notification"
    )


def test_here_you_go_above_the_clients_own_bank_confirmation_is_paid_with_its_facts() -> None:
    body = (
        "here you go\n\n---------- Forwarded message ---------\nFrom: AIB Notifications <notifications@aib.example>\n"
        "Date: Thu, 26 Nov 2026 at 17:40\nSubject: Payment confirmation\nTo: <pat@taxi.example>\n\n"
        "Your payment of €480.00 to TOM BYRNE DESIGN has been sent.\nReference: INV-2026-118\n"
    )
    raw = (
        "From: Pat <pat@taxi.example>\nTo: tom@byrnedesign.example\nSubject: Fwd: Payment confirmation\n"
        "Date: Thu, 26 Nov 2026 17:55:00 +0000\nMessage-ID: <f1@taxi.example>\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body
    ).encode()
    facts = read_message(raw)
    assert facts.kind == "client-reply-paid"
    assert facts.reply is not None and facts.reply.reference == "INV-2026-118"
    assert facts.reply.amount is not None and str(facts.reply.amount.amount) == "480.00"
    assert read("Payment confirmation\nhere you go", "en").intent is None


@pytest.mark.parametrize(
    ("body", "back"),
    [
        # away notes without RFC 3834 headers: the day is a return, never a promised payment
        ("Sarò assente dal 23 dicembre al 6 gennaio. Rientro il 7 gennaio.", date(2027, 1, 7)),
        ("Ufficio chiuso per ferie fino a martedì 5 gennaio.", date(2027, 1, 5)),
        ("Nuestras oficinas permanecerán cerradas del 24 de diciembre al 6 de enero.", date(2027, 1, 7)),
        ("Our office is closed for the holidays and reopens on January 4.", date(2027, 1, 4)),
    ],
)
def test_an_away_note_without_headers_gives_its_return(body: str, back: date) -> None:
    raw = (
        "From: X <x@client.example>\nTo: owner@example.it\nSubject: Re: Sollecito fattura 12/2026\n"
        "Date: Wed, 23 Dec 2026 10:00:00 +0100\nMessage-ID: <a1@client.example>\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n"
    ).encode()
    facts = read_message(raw)
    assert facts.kind == "auto-reply"
    assert facts.reply is not None and facts.reply.return_date == back


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # payment terms count from the invoice's date, which the text does not state: no day, unless written out
        ("Paghiamo a 60 giorni data fattura fine mese.", None),
        ("Our terms are 30 days EOM, so it will be paid then.", None),
        (
            "La 49/2026 la paghiamo a 60 gg data fattura fine mese come concordato, quindi il 28 febbraio.",
            date(2027, 2, 28),
        ),
        # a plain "end of the month" is this month's last day
        ("Ti pago a fine mese.", date(2027, 1, 31)),
    ],
)
def test_payment_terms_state_no_day_of_their_own(text: str, when: date | None) -> None:
    lang = "en" if text.startswith("Our") else "it"
    reading = read(text, lang)
    assert (reading.intent, reading.promised_date) == ("promise", when)


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # a part paid now and the rest promised for a day the text states: a promise for that day, whatever
        # weight the model gives the paid part
        ("Ti ho fatto un bonifico di 600 euro, il resto venerdì.", date(2026, 12, 11)),
        ("Hemos pagado 726 € hoy, el resto el viernes.", date(2026, 12, 11)),
    ],
)
def test_a_part_paid_and_the_rest_on_a_stated_day_is_a_promise_for_that_day(body: str, when: date) -> None:
    raw = (
        "From: C <c@client.example>\nTo: owner@example.it\nSubject: R: Sollecito fattura 12/2026\n"
        "Date: Tue, 08 Dec 2026 10:00:00 +0100\nMessage-ID: <p1@client.example>\nIn-Reply-To: <r@owner.example>\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n"
    ).encode()
    facts = read_message(raw)
    assert facts.kind == "client-reply-promise"
    assert facts.reply is not None and facts.reply.promised_date == when
