"""The facts of a client's reply (reading/facts.py): the amount paid or promised and the invoice named.

The amount is the one next to the words of paying, not the invoice's total the client quotes nor a figure
in another sentence; the reference is the client's own mention, in the thread's spelling.  Messages are
written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mailduns.core.money import Money
from mailduns.reading import read_message
from mailduns.reading.classify import split_reply
from mailduns.reading.facts import named_reference, paid_amount

THREAD_IT = "Re: Sollecito – fattura 39/2026\n> la fattura 39/2026 di 244,00 € risulta ancora da saldare"


def eur(value: str) -> Money:
    return Money(Decimal(value), "EUR")


# ---- amounts --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Bonifico fatto, 1.073,60 euro. Il resto quando sistemate il sito.", eur("1073.60")),
        ("Te he hecho un bizum ahora mismo de 181,50, mira si te ha llegado.", eur("181.50")),
        ("Fatto! 1.220 partiti adesso.", eur("1220")),  # thousands: shaped like money
        ("Ti pago lunedì i 244, tranquilla.", eur("244")),  # the thread's own sum, written bare
        ("Money's gone out. €2,750.", eur("2750")),  # a sum on its own right after the payment
        ("Payment of £3,480.00 was made on 23/12/2026.", Money(Decimal("3480.00"), "GBP")),
        ("The transfer left on 19.02. with 1.440,00 EUR.", eur("1440.00")),
        (
            "Abbiamo disposto il bonifico di € 600,00. L'IVA di € 132,00 è versata dall'ente all'Erario.",
            eur("600.00"),  # the first sentence of paying says it
        ),
        ("Abbiamo pagato 500 € dei 1.220 € della fattura.", eur("500")),  # the one next to the verb
        ("Transferencia realizada: el monto en euros es 800.", eur("800")),
        # the tax kept back is not the sum paid
        (
            "L'importo bonificato è di € 488,00, al netto della ritenuta d'acconto del 20% (€ 122,00) che verrà "
            "versata con F24.",
            eur("488.00"),
        ),
    ],
)
def test_the_amount_next_to_the_paying(text: str, amount: Money) -> None:
    assert paid_amount(text, THREAD_IT) == amount


@pytest.mark.parametrize(
    "text",
    [
        "Abbiamo 80 euro sul conto. Riusciamo a saldarti entro il 15 marzo?",  # not what is paid
        "Pagato ieri, fattura 39.",  # an invoice number, not a sum
        "The transfer was ordered yesterday 30.11 as I wrote.",  # a day, not 30.11 euros
        "Bonifico fatto ieri per le 14 ore di consulenza.",  # hours
        "Non abbiamo ancora pagato i 1.220 €.",  # not paid
        "The board must approve any spend over $1,000, then we pay.",  # a limit
        "Sopra i 1.500 euro serve la delibera, poi l'ufficio paga.",
    ],
)
def test_no_amount_paid_or_promised(text: str) -> None:
    assert paid_amount(text, THREAD_IT) is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("We're happy to pay for those hours (€2,250) straight away, not the other 16.", eur("2250")),
        ("Le pago a fine mese, però solo 500 euro: il resto non è dovuto.", eur("500")),
        ("The rest, €2.592,50, we can pay directly when the credit note is here.", eur("2592.50")),
        ("The invoice says €1,900.00 but the approved PO value is £1,500.00. Please re-invoice.", None),
        ("We already paid the €1,200 deposit in November, why this invoice?", None),
        ("Il preventivo era di 750 € + IVA, in fattura vedo 900 €.", None),
        ("El precio por página (15 €) no es el pactado (12 € por página).", None),
    ],
)
def test_in_a_dispute_only_the_sum_paid(text: str, amount: Money | None) -> None:
    assert paid_amount(text, "", dispute=True) == amount


# ---- references -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("own", "context", "ref"),
    [
        ("pagata la 39, scusa", THREAD_IT, "39/2026"),
        ("saldato FT 39 2026", THREAD_IT, "39/2026"),
        ("la n.39/26 è partita", THREAD_IT, "39/2026"),
        ("Fatt. 39 pagata ieri", THREAD_IT, "39/2026"),
        ("paid 2026-042 today", "Re: Payment reminder – invoice INV-2026-042", "INV-2026-042"),
        ("ya te pagué la 2026/10", "RE: Recordatorio – factura 2026/10", "2026/10"),
        ("la fattura n. FPA 3/2026 è stata liquidata", "R: Sollecito – fattura FPA 3/2026", "FPA 3/2026"),
        ("pagata la 41/2026", THREAD_IT, "41/2026"),  # another invoice, named in full
        # numbers with letters, as the thread writes them
        ("I can confirm that FMP-1063 was paid on 27/11.", "RE: Reminder: invoice FMP-1063", "FMP-1063"),
        ("La factura DAV-26-019 se abonó el 30/11.", "Re: Factura DAV-26-019", "DAV-26-019"),
        ("la FT26-044 è uscita nel run di venerdì", "Re: Sollecito – fattura n. FT26-044", "FT26-044"),
        # one of the thread's, one that is not: the thread's
        ("llegó el recordatorio de la 2026/10, igual que la 2026/9", "RE: Factura 2026/10", "2026/10"),
    ],
)
def test_the_invoice_the_client_names_in_the_threads_spelling(own: str, context: str, ref: str) -> None:
    assert named_reference(own, context) == ref


@pytest.mark.parametrize(
    "own",
    [
        "pagato con valuta 30/10/2026",  # a date
        "payment issued on 12/30/2026",
        "indicate il nostro ordine PO-2027-031",  # an order, not an invoice
        "ai sensi del Regolamento UE 2016/679",
        "grazie, a presto",
    ],
)
def test_no_invoice_named(own: str) -> None:
    assert named_reference(own, THREAD_IT) is None


def test_two_of_the_threads_invoices_named_is_no_single_reference() -> None:
    statement = "RE: Riepilogo fatture\n> fattura 41/2026 ... fattura 44/2026"
    assert named_reference("la 41 è stata pagata ieri, la 44 la paghiamo a fine mese", statement) is None


def test_a_bare_number_after_hash_or_n_is_no_invoice() -> None:
    context = "RE: Invoice INV-2026-042"
    assert named_reference("Vanguard Infotech, #42, 3rd Floor, Outer Ring Road", context) is None
    assert named_reference("Via Roma n. 42, Milano", context) is None
    assert named_reference("invoice 42 is paid", context) == "INV-2026-042"


def test_a_clients_formula_is_not_our_letter_pasted_back() -> None:
    # "la factura n.º ... se abonará el próximo 15 de enero de 2027" shares 5-grams with our letters (numbers
    # and months folded) but says nothing of ours: its reference and day must survive
    from mailduns.reading.echo import strip_our_letters

    text = (
        "Le recordamos que el plazo de pago es de 60 días desde la fecha de factura. Por tanto, la factura "
        "n.º 2026-058 se abonará el próximo 15 de enero de 2027, en la remesa correspondiente."
    )
    assert strip_our_letters(text) == text


def test_a_nordic_quote_header_is_not_the_clients_text() -> None:
    text = (
        "The invoice was paid on 25 January.\nMette\n\nFra: Alessandra Rossi <alessandra@example.it>\n"
        "Sendt: 28. januar 2027 09:00\nTil: Mette <mette@example.dk>\nEmne: Payment reminder – invoice 30/2027\n\n"
        "Dear Mette, invoice 30/2027 is still unpaid."
    )
    assert split_reply(text).new_text == "The invoice was paid on 25 January.\nMette"


def test_a_reply_reads_amount_reference_and_the_day_together() -> None:
    raw = (
        "From: Paolo <paolo@trattoria.example>\nTo: alessandra@example.it\n"
        "Subject: Re: Sollecito di pagamento – fattura 39/2026\nDate: Sat, 13 Feb 2027 10:05:00 +0100\n"
        "Message-ID: <p1@trattoria.example>\nIn-Reply-To: <s1@example.it>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Ciao Alessandra, la 39 te la pago lunedì, i 244 tutti.\nPaolo\n\n"
        "Il giorno lun 8 feb 2027 alle 09:00 Alessandra Rossi <alessandra@example.it> ha scritto:\n"
        "> la fattura 39/2026 di 244,00 € risulta ancora da saldare.\n"
    ).encode()
    facts = read_message(raw)
    assert facts.kind == "client-reply-promise"
    assert facts.reply is not None
    assert (facts.reply.promised_date, facts.reply.amount, facts.reply.reference) == (
        date(2027, 2, 15),
        eur("244"),
        "39/2026",
    )


@pytest.mark.parametrize("prefix", ["回复：", "ΑΠ: ", "SV: ", "Odp: "])
def test_reply_prefixes_of_other_mail_programs(prefix: str) -> None:
    from mailduns.reading.textinvoice import split_subject

    subject = split_subject(f"{prefix}Reminder: invoice 2026-058")
    assert subject.reply and subject.clean == "Reminder: invoice 2026-058"


def test_a_paid_claim_takes_amount_and_invoice_from_the_receipt_it_forwards() -> None:
    raw = (
        "From: Giovanni <giovanni@tenuta.example>\nTo: alessandra@example.it\n"
        "Subject: I: Esito disposizione bonifico SEPA\nDate: Tue, 15 Dec 2026 11:20:00 +0100\n"
        "Message-ID: <g1@tenuta.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Ecco fatto, scusa il ritardo!\nGiovanni\n\n________________________________\n"
        "Da: Banca <comunicazioni@banca.example>\nInviato: martedì 15 dicembre 2026 11:02\n"
        "Oggetto: Esito disposizione bonifico SEPA\n\nGentile Cliente,\nla disposizione di bonifico SEPA è stata "
        "eseguita.\nBeneficiario: ALESSANDRA ROSSI\nImporto: 2.318,00 EUR\nCausale: SALDO FATT. 49/2026\n"
    ).encode()
    facts = read_message(raw)
    assert facts.kind == "client-reply-paid"
    assert facts.reply is not None
    assert (facts.reply.amount, facts.reply.reference) == (eur("2318.00"), "49/2026")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a remittance's sum line under its rows
        (
            "Payment made today. Remittance below.\nInvoice No Invoice Date Amount Paid\n"
            "INV-2026-093 03/12/2026 €1,845.00 €1,845.00\nTotal €1,845.00",
            Money(Decimal("1845.00"), "EUR"),
        ),
        # a bare figure after the words that make it a sum; a cheque, work processed
        ("Fatto bonifico di 610 come d'accordo al telefono.", Money(Decimal("610"), "EUR")),
        ("Le abbiamo spedito ieri un assegno circolare di € 915,00.", Money(Decimal("915.00"), "EUR")),
        ("HC-1062 for £1,340.00 was processed in yesterday's run.", Money(Decimal("1340.00"), "GBP")),
        # money sent or handed over, and the part still owed named as a sum
        ("Ti ho mandato 450 € con Satispay, controlla pure.", Money(Decimal("450"), "EUR")),
        ("Le dejé los 90 € en mano a tu socia el viernes.", Money(Decimal("90"), "EUR")),
        (
            "I 620 li ho lasciati in segreteria in una busta.",
            None,
        ),  # (no currency, no word that makes it a sum)
        ("Sent the remaining 640 this morning, sorry again.", Money(Decimal("640"), "EUR")),
        ("Gli altri 300 te li mando lunedì.", Money(Decimal("300"), "EUR")),
        # a payment run that took it; "it was £420" after the sentence about paying; Colombian "consigné"
        ("INV-2026-131 (€1,230.00) was included in Tuesday's EFT run.", Money(Decimal("1230.00"), "EUR")),
        (
            "I paid this on the 2nd but I might have put the wrong reference on it. It was £420 from Patel's.",
            Money(Decimal("420"), "GBP"),
        ),
        (
            "Ya le consigné lo de la cuenta de cobro CC-2026-031, $2.800.000.",
            Money(Decimal("2800000"), "USD"),
        ),
        # (a figure the invoice included, a consignment, a comparison are no sums paid)
        ("The invoice included 3 extra hours (€300).", None),
        (
            "We received the consignment of 40 units (€3,400) last week. I paid €1,000 today.",
            Money(Decimal("1000"), "EUR"),
        ),
        ("I paid the March invoice this morning. It was €420 less than April's.", None),
        # a payment "over" a sum, as German writers put "über"; a limit stays a limit
        (
            "The payment of your invoice 38/2026 over 2.440,00 EUR we have made today.",
            Money(Decimal("2440.00"), "EUR"),
        ),
        ("Any payment over $1,000 needs approval, we paid $800 today.", Money(Decimal("800"), "USD")),
    ],
)
def test_more_sums_paid(text: str, amount: Money | None) -> None:
    assert paid_amount(text, "") == amount


def test_a_count_after_paid_is_no_sum() -> None:
    assert paid_amount("Il cliente non mi ha ancora pagato 3 SAL, appena paga pago lei.", "") is None


def test_a_data_protection_law_in_a_footer_names_no_invoice() -> None:
    own = (
        "No estamos de acuerdo con el importe.\n"
        "En cumplimiento del Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos..."
    )
    from mailduns.reading.classify import _LAW_RE

    assert "3/2018" not in _LAW_RE.sub(" ", own)  # (laws are taken out before the reference is read)
    assert named_reference(_LAW_RE.sub(" ", own), "Re: Factura 2026-041") is None


@pytest.mark.parametrize(
    ("own", "ref"),
    [
        # a number with three letters: its first letter is not "n." ("invoice NLS-26-138", "factura NOV-0042")
        ("I can see invoice NLS-26-138 was paid on 12/1 in our system.", "NLS-26-138"),
        ("La factura NOV-0042 se pagó ayer.", "NOV-0042"),
        ("fattura n. FT26-044 pagata stamattina", "FT26-044"),
    ],
)
def test_a_number_starting_with_n_keeps_its_letter(own: str, ref: str) -> None:
    assert named_reference(own, own) == ref


def _thread_reply(subject: str, body: str) -> bytes:
    return (
        f"From: Client <c@client.example>\nTo: tom@byrnedesign.ie\nSubject: {subject}\n"
        "Date: Thu, 07 Jan 2027 10:12:00 +0000\nMessage-ID: <c9@client.example>\nIn-Reply-To: <r9@byrnedesign.ie>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body
    ).encode()


def test_of_two_invoices_named_the_reference_is_the_one_the_thread_is_about() -> None:
    raw = _thread_reply(
        "RE: Payment reminder - invoice INV-2026-088",
        "Hi Tom,\nINV-2026-088 covers the same two days as INV-2026-079, which we paid in November. "
        "We won't pay it twice, please cancel it.\nMaeve\n",
    )
    facts = read_message(raw)
    assert facts.kind == "client-reply-dispute"
    assert facts.reply is not None and facts.reply.reference == "INV-2026-088"


def test_a_promise_among_several_invoices_is_for_the_one_its_day_is_said_of() -> None:
    raw = _thread_reply(
        "Re: Statement of outstanding invoices",
        "Hi Tom,\nINV-2026-090 went out on Monday. INV-2026-094 I'll pay on the 20th when our grant comes in.\n",
    )
    facts = read_message(raw)
    assert facts.kind == "client-reply-promise"
    assert facts.reply is not None
    assert (facts.reply.promised_date, facts.reply.reference) == (date(2027, 1, 20), "INV-2026-094")


@pytest.mark.parametrize(
    ("notice", "ref"),
    [
        # of the tokens in a payment's description, the invoice's number, not the batch's or the payer's
        ("Importe 2.541,00 €\nConcepto PAGO PROV REMESA 281226 MV-26-071\n", "MV-26-071"),
        ("A credit of EUR 980.00 has been received.\nNarrative: PO-2026-17 INV2026131\n", "INV2026131"),
        # the year standing apart after a space
        ("Has recibido 1.500,00 EUR\nReferencia: INVOICE KD 2026 44\n", "KD 2026 44"),
        # a remittance's column of invoice numbers, whatever column it is
        (
            "PAYMENT ADVICE\nDocument      Reference        Doc. date     Net amount\n"
            "5100007781    AB-26-311        02.12.2026        1,120.00\n",
            "AB-26-311",
        ),
        # a payment's own identifier in a field gives way to the table of the invoices paid
        (
            "Payment reference: ZZ-PR-2026-1215-0071\nInvoice No. Invoice Date Gross Paid\n"
            "QB-208 04/11/2026 960.00 960.00\n",
            "QB-208",
        ),
    ],
)
def test_a_notice_names_its_invoice(notice: str, ref: str) -> None:
    from mailduns.reading.classify import notice_reference

    assert notice_reference(notice) == ref


def test_a_remittance_of_two_invoices_names_no_single_one() -> None:
    from mailduns.reading.classify import notice_reference

    notice = (
        "AVISO DE PAGO\nSu factura   Fecha factura   Importe pagado\n"
        "2026-081     22.12.2026        968,00 €\n2027-004     08.01.2027      1.210,00 €\n"
    )
    assert notice_reference(notice) is None


@pytest.mark.parametrize(
    ("notice", "amount"),
    [
        # a remittance's sum line whose figure stands without its currency
        (
            "Supplier: ANNA RIVA\nAR 031   INV0091   15/12/2026   1,275.00\nTOTAL PAID (GBP)        1,275.00\n",
            "1275.00 GBP",
        ),
        (
            "Avviso di pagamento\nFattura 12/2026  1.220,00\nTotale / Total     1.220,00\nValuta: EUR\n",
            "1220.00 EUR",
        ),
    ],
)
def test_a_remittance_total_without_its_currency(notice: str, amount: str) -> None:
    from mailduns.reading.classify import find_amount

    value, currency = amount.split()
    assert find_amount(notice) == Money(Decimal(value), currency)


def test_the_part_paid_in_a_dispute_said_with_the_money_sent() -> None:
    text = (
        "Le abbiamo bonificato stamattina 820,00 € (due giornate + IVA), che corrispondono alle giornate fatte: "
        "le altre due sono saltate per il maltempo."
    )
    assert paid_amount(text, "", dispute=True) == Money(Decimal("820.00"), "EUR")


def test_a_sum_in_thousands_written_in_words_is_not_restated() -> None:
    assert paid_amount("Il Comune ci deve ancora 38 mila euro, ti pago appena arrivano.", "") is None


def test_a_lawyers_letter_saying_the_client_paid_is_not_an_invoice() -> None:
    raw = (
        "From: Hale Vickers LLP <ps@halevickers.example>\nTo: priya@example.co.uk\nSubject: Invoice PS-079\n"
        "Date: Mon, 25 Jan 2027 10:00:00 +0000\nMessage-ID: <l1@halevickers.example>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\nDear Ms Shah,\nWe act for Ashcombe Retail Limited concerning "
        "invoice PS-079. Our client has today paid the principal sum of £2,400.00, together with statutory interest "
        "of £61.04 and fixed compensation of £70.00 - a total of £2,531.04 - by Faster Payment.\nYours sincerely\n"
    ).encode()
    assert read_message(raw).kind != "invoice"


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        # a payment's own identifier is no invoice number
        (
            "We've deposited $2,400.00 into your account.\nDescription: ACME ACH PMT PPD ID: 9876543210\n",
            None,
        ),
        ("Hemos cobrado un pago en tu nombre.\nImporte: 60,00 €\nReferencia: PM01J2C8X4R5N\n", None),
        ("Importo: 120,00 €\nDescrizione: Canone manutenzione sito – gennaio 2027\n", None),
        # an invoice number with its prefix, wherever it stands
        ('Jo sent you £420.00 GBP\nNote from Jo:\n"INV-2026-019 thanks! great work"\n', "INV-2026-019"),
        ("365 ONLINE CREDIT BRIGIDS BAKERY INV-2026-025 +€450.00\n", "INV-2026-025"),
        # a year and a number run together
        ("Has recibido 180,00 € por Bizum.\nConcepto: 2026045\n", "2026045"),
    ],
)
def test_a_notices_invoice_number_and_not_its_own_identifier(text: str, reference: str | None) -> None:
    from mailduns.reading.classify import notice_reference

    assert notice_reference(text) == reference


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        # what came in now, not the invoice's total
        (
            "Se ha registrado un cobro parcial.\n\nCobrado ahora: 400,00 €\nTotal factura: 1.200,00 €\n",
            "400.00",
            "EUR",
        ),
        ("Invoice total: €2,460.00\nAmount paid: €1,000.00\nBalance due: €1,460.00\n", "1000.00", "EUR"),
        # a labelled figure with cents and the currency said elsewhere, or not at all
        ("Tipo: BONIFICO SEPA IN ENTRATA\nImporto: 2.440,00\nDivisa: EUR\n", "2440.00", "EUR"),
        ("Concepto: TRANSF. DE: INMOBILIARIA SL\nImporte: 423,50\n", "423.50", "EUR"),
        # a bare "$" in a Mexican text is the peso
        ("Ya quedó el depósito por SPEI de la factura F-0145 por $18,560.00.\n", "18560.00", "MXN"),
        ("Payment of $1,200.00 received.\n", "1200.00", "USD"),
        # ... and the Colombian, Chilean or Argentinian one where the text says so
        ("Bancolombia le informa: Recibiste una transferencia por $2.800.000,00\n", "2800000.00", "COP"),
        ("Nequi: te enviaron $350.000\n", "350000", "COP"),
        ("Transferencia recibida a tu CBU 0170...: $ 45.000,00\n", "45000.00", "ARS"),
        ("BancoEstado: recibiste un abono de $120.000\n", "120000", "CLP"),
        # a code after the sign says which; a "cop" in prose is no peso
        ("Te envié $500 USD por Bancolombia.\n", "500", "USD"),
        ("Depósito recibido: $9,280.00 MXN\n", "9280.00", "MXN"),
        ("Paid $500 by Zelle. (I'm no cop!)\n", "500", "USD"),
    ],
)
def test_a_notices_amount_received(text: str, amount: str, currency: str) -> None:
    from mailduns.reading.classify import find_amount

    money = find_amount(text)
    assert money is not None and (str(money.amount), money.currency) == (amount, currency)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("ho fatto il bonifico di milleduecento euro", "ho fatto il bonifico di 1200 euro"),
        ("trecento euro tunne tunne", "300 euro tunne tunne"),
        ("le hice una transferencia de mil doscientos diez euros", "le hice una transferencia de 1210 euros"),
        ("a cheque for one thousand eight hundred and fifty pounds", "a cheque for 1850 pounds"),
        ("twenty-five pounds", "25 pounds"),
        # no sum to restate
        ("in cassa non c'è un euro", "in cassa non c'è un euro"),
        ("ci deve 38 mila euro", "ci deve 38 mila euro"),
    ],
)
def test_sums_written_in_words(text: str, written: str) -> None:
    from mailduns.reading.numbers import spelled_sums

    assert spelled_sums(text) == written


def test_a_paid_sum_written_in_words_is_the_amount() -> None:
    text = "stamattina sono andata alla posta e ho fatto il bonifico di milleduecento euro, grazie"
    assert paid_amount(text, text) == Money(Decimal("1200"), "EUR")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the part sent, said with the past of sending, is the dispute's amount
        (
            "We transferred 1.500 EUR today. The remaining 300 EUR we will pay when chapter 4 is corrected.",
            "1500",
        ),
        (
            "We've released $2,000 today for the parts delivered. The remaining $1,200 once the fixes are in.",
            "2000",
        ),
        # a copy of an invoice already billed: its figures are the other invoice's
        (
            "La vostra fattura è un doppione della 26/2026: stesso importo di 488,00 €, e quella l'abbiamo pagata.",
            None,
        ),
        (
            "INV-032 looks like a duplicate of INV-022, which we paid in October (€950, 14/10). Please cancel it.",
            None,
        ),
    ],
)
def test_a_disputes_amount(text: str, amount: str | None) -> None:
    money = paid_amount(text, text, dispute=True)
    assert (money.amount if money else None) == (Decimal(amount) if amount else None)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        # a part paid and the balance promised: the promise's amount is the balance
        (
            "Ya te abonamos 688 € la semana pasada. El saldo pendiente, 1.452 €, te lo transferimos el lunes.",
            "1452",
            "EUR",
        ),
        (
            "We've paid £1,000 on account this morning, and the balance of £1,500 will follow by the end of the month.",
            "1500",
            "GBP",
        ),
        # no balance named: the sum promised
        ("Ti mando 300 € venerdì.", "300", "EUR"),
    ],
)
def test_a_promises_amount_is_the_balance(text: str, amount: str, currency: str) -> None:
    assert paid_amount(text, text, promise=True) == Money(Decimal(amount), currency)


@pytest.mark.parametrize(
    ("own", "context", "named"),
    [
        # the year first and the number after a space, as bank references write it: the thread's own number
        ("INV 2026 031 paid this morning.", "Re: Reminder: invoice INV-2026-031", ["INV-2026-031"]),
        ("Pagada la FRA 2026 041 hoy.", "RE: Recordatorio factura 2026-041", ["2026-041"]),
    ],
)
def test_a_reference_written_year_first_with_spaces(own: str, context: str, named: list[str]) -> None:
    from mailduns.reading.facts import named_references

    assert named_references(own, context)[:1] == named
