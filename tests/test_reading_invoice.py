"""Invoices read from subjects, bodies and file names (it/es/en), attachment readers, number lookup."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from mailduns.core.money import Money
from mailduns.reading import (
    ATTACHMENT_READERS,
    DEFAULT_RULES,
    ReadingRules,
    find_invoice_numbers,
    merge_invoice_facts,
    read_message,
    read_text,
)
from mailduns.reading.model import InvoiceFacts
from mailduns.reading.textinvoice import number_from_filename, read_body, split_subject, subject_number

OWNER = "alessandra@example.it"
OWNER_RULES = ReadingRules(DEFAULT_RULES.subject_patterns, DEFAULT_RULES.attachment_pattern, (OWNER,))


def mk(
    subject: str,
    body: str,
    *,
    frm: str = f"Alessandra Rossi <{OWNER}>",
    to: str = "ACME srl <Amministrazione@acme.it>",
    date_: str = "Mon, 02 Nov 2026 10:00:00 +0100",
    headers: str = "",
    attachments: tuple[str, ...] = (),
) -> bytes:
    head = (
        f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date_}\nMessage-ID: <m1@example.it>\n"
        f"{headers}MIME-Version: 1.0\n"
    )
    if not attachments:
        return (
            head + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body
        ).encode()
    parts = [f"--XX\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n"]
    for name in attachments:
        parts.append(
            f"--XX\nContent-Type: application/octet-stream\nContent-Disposition: attachment; "
            f'filename="{name}"\nContent-Transfer-Encoding: base64\n\n'
            f"{base64.b64encode(b'%PDF-1.4 ' + name.encode()).decode()}\n"
        )
    return (head + 'Content-Type: multipart/mixed; boundary="XX"\n\n' + "".join(parts) + "--XX--\n").encode()


def eur(value: str) -> Money:
    return Money(Decimal(value), "EUR")


# ---- subjects -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "number"),
    [
        ("Fattura 12/2026", "12/2026"),
        ("Fattura n. 12", "12"),
        ("Fattura n.12 del 02/11/2026", "12"),
        ("Fattura nr. 2026-012", "2026-012"),
        ("Fattura N° 15/2026 - ACME srl", "15/2026"),
        ("Invio fattura n. 12/2026", "12/2026"),
        ("ACME srl – Fattura elettronica 7/2026", "7/2026"),
        ("Parcella n. 4/2026", "4/2026"),
        ("Invoice #INV-0042", "INV-0042"),
        ("Invoice 42", "42"),
        ("Invoice No. 42 from Alessandra Rossi", "42"),
        ("Your invoice: INV-2026-0042.", "INV-2026-0042"),
        ("Factura 2026/7", "2026/7"),
        ("Factura nº 7", "7"),
        ("Factura n.º A-12", "A-12"),
        ("Factura número F2026-31", "F2026-31"),
        ("Factura electrónica 2026/8", "2026/8"),
    ],
)
def test_subject_patterns(subject: str, number: str) -> None:
    assert subject_number(subject, DEFAULT_RULES.subject_patterns) == number
    facts = read_message(mk(subject, "In allegato."))
    assert facts.kind == "invoice"
    assert facts.invoices[0].number == number
    assert facts.invoices[0].source == "subject"


@pytest.mark.parametrize(
    "subject",
    [
        "Fattura di ottobre",
        "Fatturato 2026",
        "Invoice for November",
        "Factura del mes",
        "Fattura del 02/11/2026",
        "Invoices",
    ],
)
def test_subjects_without_a_number_are_not_invoices(subject: str) -> None:
    assert subject_number(subject, DEFAULT_RULES.subject_patterns) is None


@pytest.mark.parametrize(
    "subject",
    [
        "Proforma 12",
        "Fattura proforma n. 3",
        "Pro-forma invoice 5",
        "Factura proforma 9",
        "Nota di credito su fattura 12/2026",
        "Credit note for invoice 42",
        "Sollecito fattura 12/2026",
        "Promemoria: fattura 12/2026",
        "Reminder: Invoice 42",
        "Recordatorio factura 2026/7",
        "Receipt for invoice 42",
        "Fattura 12/2026 scaduta",
        "Invoice 42 overdue",
        "Factura 2026/7 vencida",
        "Preventivo 12/2026",
    ],
)
def test_invoice_lookalikes_are_not_invoices(subject: str) -> None:
    assert read_message(mk(subject, "Totale: 100,00 €")).kind != "invoice"


@pytest.mark.parametrize(
    ("subject", "reply", "forward", "clean"),
    [
        ("Re: Fattura 12/2026", True, False, "Fattura 12/2026"),
        ("R: I: Fattura 12/2026", True, True, "Fattura 12/2026"),
        ("RE: RV: Factura 2026/7", True, True, "Factura 2026/7"),
        ("AW: Invoice 42", True, False, "Invoice 42"),
        ("Fwd: Invoice 42", False, True, "Invoice 42"),
        ("[EXT] Re: Fattura 1", True, False, "Fattura 1"),
        ("Re[2]: Fattura 1", True, False, "Fattura 1"),
        ("Fattura 1", False, False, "Fattura 1"),
        ("Revisione fattura 1", False, False, "Revisione fattura 1"),
    ],
)
def test_split_subject(subject: str, reply: bool, forward: bool, clean: str) -> None:
    s = split_subject(subject)
    assert (s.clean, s.reply, s.forward) == (clean, reply, forward)


@pytest.mark.parametrize("prefix", ["Re:", "R:", "RE:", "Fwd:", "I:", "AW:", "RV:"])
def test_prefixed_subjects_are_not_invoices(prefix: str) -> None:
    facts = read_message(
        mk(
            f"{prefix} Fattura 12/2026",
            "Ok grazie",
            frm="Mario <mario@acme.it>",
            to=OWNER,
            headers="In-Reply-To: <m0@example.it>\n",
        )
    )
    assert facts.kind != "invoice"


# ---- bodies ---------------------------------------------------------------------------------------


def test_italian_invoice_email() -> None:
    body = (
        "Buongiorno,\nin allegato la fattura n. 12/2026 del 02/11/2026.\n\nTotale: 1.220,00 €\n"
        "Scadenza: 02/12/2026\n\nCordiali saluti\nAlessandra"
    )
    facts = read_message(mk("Fattura 12/2026", body))
    assert facts.kind == "invoice"
    assert facts.language == "it"
    inv = facts.invoices[0]
    assert inv == InvoiceFacts(
        number="12/2026",
        issue_date=date(2026, 11, 2),
        due_date=date(2026, 12, 2),
        amount=eur("1220.00"),
        total=eur("1220.00"),
        client_email="amministrazione@acme.it",
        client_name="ACME srl",
        source="body",
    )
    assert facts.to_json("x.eml")["invoices"][0] == {
        "number": "12/2026",
        "issue_date": "2026-11-02",
        "due_date": "2026-12-02",
        "amount": "1220.00",
        "total": "1220.00",
        "currency": "EUR",
        "client_email": "amministrazione@acme.it",
        "client_name": "ACME srl",
        "source": "body",
        "is_credit_note": False,
        "references_invoice": None,
    }


def test_withholding_tax_to_pay_wins_over_total() -> None:
    body = (
        "Gentile cliente,\nImponibile € 1.000,00\nCassa previdenza 4% € 40,00\nIVA 22% € 228,80\n"
        "Totale fattura € 1.268,80\nRitenuta d'acconto 20% € 200,00\nNetto a pagare € 1.068,80\n"
        "Scadenza pagamento: 2 dicembre 2026\n"
    )
    inv = read_message(mk("Fattura n. 12", body)).invoices[0]
    assert inv.amount == eur("1068.80")
    assert inv.total == eur("1268.80")
    assert inv.due_date == date(2026, 12, 2)


def test_to_pay_with_due_date_on_the_same_line() -> None:
    inv = read_message(mk("Fattura nr. 2026-012", "Totale da pagare entro il 02/12/2026: 1.220,00")).invoices[
        0
    ]
    assert inv.amount == eur("1220.00")
    assert inv.due_date == date(2026, 12, 2)
    assert inv.total is None  # no grand total is stated


def test_totale_da_pagare_with_euro_sign_first() -> None:
    inv = read_message(
        mk("Fattura 3/2026", "Totale da pagare € 1.220,00\nda pagare entro il 02/12/2026")
    ).invoices[0]
    assert (inv.amount, inv.due_date) == (eur("1220.00"), date(2026, 12, 2))


def test_iva_inclusa_total_and_relative_terms() -> None:
    body = (
        "Imponibile: 1.000,00 €\nIVA 22%: 220,00 €\nTotale IVA inclusa: 1.220,00 €\n"
        "Pagamento a 30 giorni data fattura fine mese"
    )
    inv = read_message(mk("Fattura 14/2026", body, date_="Fri, 02 Oct 2026 10:00:00 +0200")).invoices[0]
    assert inv.amount == eur("1220.00")
    assert inv.issue_date is None  # "data fattura fine mese" is terms, not a date
    assert inv.due_date == date(2026, 11, 30)


def test_spanish_invoice_email() -> None:
    body = "Hola,\nadjunto la factura.\nImporte total: 1.210,00 €\nFecha: 02/11/2026\nVencimiento: 02/12/2026\nSaludos"
    facts = read_message(mk("Factura 2026/7", body))
    inv = facts.invoices[0]
    assert facts.language == "es"
    assert (inv.number, inv.amount, inv.total, inv.issue_date, inv.due_date) == (
        "2026/7",
        eur("1210.00"),
        eur("1210.00"),
        date(2026, 11, 2),
        date(2026, 12, 2),
    )


def test_spanish_irpf_invoice() -> None:
    body = (
        "Base imponible: 1.000,00 €\nIVA (21%): 210,00 €\nIRPF (15%): -150,00 €\nTotal factura: 1.210,00 €\n"
        "Total a pagar: 1.060,00 €\nFecha de vencimiento: 2-dic-2026"
    )
    inv = read_message(mk("Factura n.º A-12", body)).invoices[0]
    assert (inv.amount, inv.total, inv.due_date) == (eur("1060.00"), eur("1210.00"), date(2026, 12, 2))


def test_spanish_long_dates() -> None:
    inv = read_message(
        mk(
            "Factura nº 7",
            "Total: 1.210,00 EUR\nFecha de vencimiento: 2 de diciembre de 2026\n"
            "Fecha de emisión: 2 de noviembre de 2026",
        )
    ).invoices[0]
    assert (inv.amount, inv.due_date, inv.issue_date) == (
        eur("1210.00"),
        date(2026, 12, 2),
        date(2026, 11, 2),
    )


def test_english_invoice_in_dollars() -> None:
    body = (
        "Hi Bob,\nplease find attached invoice INV-0042.\nAmount due: $1,500.00\nDue date: December 2, 2026\n"
        "Date: November 2, 2026\nThanks!"
    )
    facts = read_message(mk("Invoice #INV-0042", body, to="Bob Smith <bob@globex.com>"))
    inv = facts.invoices[0]
    assert facts.language == "en"
    assert inv.amount == Money(Decimal("1500.00"), "USD")
    assert inv.total is None
    assert (inv.due_date, inv.issue_date) == (date(2026, 12, 2), date(2026, 11, 2))
    assert (inv.client_email, inv.client_name) == ("bob@globex.com", "Bob Smith")


def test_english_total_due_in_euro_and_payment_due_by() -> None:
    inv = read_message(mk("Invoice 42", "Total due: €500\nPayment due by 2 December 2026")).invoices[0]
    assert (inv.amount, inv.due_date) == (eur("500"), date(2026, 12, 2))


def test_english_pounds_and_iso_due() -> None:
    inv = read_message(mk("Invoice 43", "Invoice total: £1,000.50\nDue: 2026-12-02")).invoices[0]
    assert inv.amount == Money(Decimal("1000.50"), "GBP")
    assert inv.due_date == date(2026, 12, 2)


def test_net_terms_compute_a_due_date_from_the_sent_date() -> None:
    inv = read_message(mk("Invoice 44", "Total: 1,234.56\nPayment terms: net 30")).invoices[0]
    assert inv.amount == eur("1234.56")
    assert inv.due_date == date(2026, 12, 2)


def test_due_date_without_year_uses_the_sent_date() -> None:
    inv = read_message(mk("Fattura 5/2026", "Totale: 100 €\nScadenza: 5 dicembre")).invoices[0]
    assert inv.due_date == date(2026, 12, 5)


def test_issue_date_stated_in_subject() -> None:
    inv = read_message(mk("Fattura n. 12 del 30/10/2026", "In allegato.")).invoices[0]
    assert inv.issue_date == date(2026, 10, 30)


def test_no_facts_in_body_gives_subject_source() -> None:
    inv = read_message(mk("Fattura 1/2026", "Ciao, ecco la fattura.")).invoices[0]
    assert inv.source == "subject"
    assert (inv.amount, inv.total, inv.due_date, inv.issue_date) == (None, None, None, None)


def test_quoted_history_does_not_leak_amounts() -> None:
    body = (
        "Ecco la fattura.\n\nIl giorno 1 nov 2026 Mario <m@acme.it> ha scritto:\n"
        "> Il preventivo era Totale: 900,00 €\n"
    )
    inv = read_message(mk("Fattura 6/2026", body)).invoices[0]
    assert inv.amount is None


def test_read_body_directly() -> None:
    facts = read_body("Importo: 250,00\nSubtotal: 200,00\nTotale ore: 12\n")
    assert facts.amount == eur("250.00")
    assert facts.total == eur("250.00")


def test_client_skips_owner_addresses() -> None:
    raw = mk("Fattura 8/2026", "Totale 10 €", to=f"{OWNER}, Beta SpA <pagamenti@beta.it>")
    inv = read_message(raw, OWNER_RULES).invoices[0]
    assert (inv.client_email, inv.client_name) == ("pagamenti@beta.it", "Beta SpA")


# ---- attachments ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Fattura_12-2026.pdf", "12/2026"),
        ("fattura 12_2026.pdf", "12/2026"),
        ("Fattura_n_15-2026_ACME.pdf", "15/2026"),
        ("Invoice_INV-0042.pdf", "INV-0042"),
        ("Factura_2026-007.pdf", "2026-007"),
        ("IT01234567890_00001.xml", None),
        ("IT01234567890_00001.xml.p7m", None),
        ("fattura.pdf", None),
    ],
)
def test_number_from_filename(name: str, number: str | None) -> None:
    assert number_from_filename(name) == number


def test_invoice_by_attachment_name() -> None:
    facts = read_message(
        mk(
            "Documenti di ottobre",
            "Ciao, ti mando i documenti.\nTotale: 500,00 €",
            attachments=("Fattura_12-2026.pdf", "foto.jpg"),
        )
    )
    assert facts.kind == "invoice"
    inv = facts.invoices[0]
    assert (inv.number, inv.amount, inv.source) == ("12/2026", eur("500.00"), "body")


def test_sdi_file_name_is_an_invoice_without_number() -> None:
    facts = read_message(mk("IT01234567890_00001.xml", "", attachments=("IT01234567890_00001.xml",)))
    assert facts.kind == "invoice"
    assert facts.invoices[0].number is None


def test_sdi_receipts_and_metadata_are_not_invoices() -> None:
    facts = read_message(mk("Notifica", "ricevuta", attachments=("IT01234567890_00001_MT_001.xml",)))
    assert facts.kind == "other"


def test_other_attachments_are_not_invoices() -> None:
    for name in ("Proforma_12.pdf", "fattura.docx", "contratto.pdf", "Nota_di_credito_3.pdf"):
        assert read_message(mk("Documenti", "ciao", attachments=(name,))).kind != "invoice", name


def test_two_invoice_files_give_two_invoices() -> None:
    facts = read_message(
        mk(
            "Fatture di ottobre",
            "Totale: 200,00 €",
            attachments=("Fattura_12-2026.pdf", "Fattura_13-2026.pdf"),
        )
    )
    assert [i.number for i in facts.invoices] == ["12/2026", "13/2026"]
    assert all(i.amount is None for i in facts.invoices)  # which one costs 200 is unknown


def test_subject_number_wins_over_file_name() -> None:
    facts = read_message(mk("Fattura 12/2026", "", attachments=("scan_0001_fattura_99.pdf",)))
    assert [i.number for i in facts.invoices] == ["12/2026"]


def test_owner_may_send_an_invoice_inside_a_thread() -> None:
    raw = mk(
        "Re: ordine 55",
        "Ecco la fattura.\nTotale: 300,00 €",
        headers="In-Reply-To: <o55@acme.it>\n",
        attachments=("Fattura_20-2026.pdf",),
    )
    assert read_message(raw).kind != "invoice"  # without knowing the owner, a reply is a reply
    facts = read_message(raw, OWNER_RULES)
    assert facts.kind == "invoice"
    assert (facts.invoices[0].number, facts.invoices[0].amount) == ("20/2026", eur("300.00"))


def test_client_returning_our_invoice_in_a_reply_is_not_an_invoice() -> None:
    raw = mk(
        "Re: Fattura 12/2026",
        "L'importo non è corretto, vedi allegato.",
        frm="Mario <mario@acme.it>",
        to=OWNER,
        headers="In-Reply-To: <m0@example.it>\n",
        attachments=("Fattura_12-2026.pdf",),
    )
    assert read_message(raw, OWNER_RULES).kind == "client-reply-dispute"


def test_our_own_reminders_are_not_invoices() -> None:
    raw = mk(
        "Fattura 12/2026", "Gentile cliente, la fattura risulta non pagata.", headers="X-Mailduns: reminder\n"
    )
    assert read_message(raw).kind == "other"


def test_client_message_with_invoice_subject_saying_paid() -> None:
    raw = mk(
        "Fattura 12/2026",
        "Buongiorno, vi confermo che abbiamo pagato ieri.",
        frm="Mario <mario@acme.it>",
        to=OWNER,
    )
    assert read_message(raw, OWNER_RULES).kind == "client-reply-paid"


def test_bounce_of_an_invoice_is_a_bounce() -> None:
    raw = mk(
        "Undeliverable: Fattura 12/2026",
        "Delivery has failed to these recipients:\n\nbad@acme.it\n",
        frm="Microsoft Outlook <postmaster@acme.it>",
        to=OWNER,
    )
    facts = read_message(raw)
    assert facts.kind == "bounce"
    assert facts.reply is not None and facts.reply.failed_recipient == "bad@acme.it"


def test_auto_reply_to_an_invoice_is_an_auto_reply() -> None:
    raw = mk(
        "Risposta automatica: Fattura 12/2026",
        "Sono fuori ufficio fino al 7 dicembre.",
        frm="Mario <mario@acme.it>",
        to=OWNER,
    )
    facts = read_message(raw)
    assert facts.kind == "auto-reply"
    assert facts.reply is not None and facts.reply.return_date == date(2026, 12, 7)


# ---- structured attachment readers ----------------------------------------------------------------


@pytest.fixture()
def fake_reader() -> Iterator[list[tuple[str, str, bytes]]]:
    calls: list[tuple[str, str, bytes]] = []

    def reader(filename: str, content_type: str, payload: bytes) -> list[InvoiceFacts]:
        calls.append((filename, content_type, payload))
        if filename.endswith(".xml"):
            return [
                InvoiceFacts(
                    number="12/2026",
                    amount=eur("1220.00"),
                    total=eur("1220.00"),
                    issue_date=date(2026, 11, 2),
                    source="fatturapa",
                )
            ]
        return []

    ATTACHMENT_READERS.append(reader)
    try:
        yield calls
    finally:
        ATTACHMENT_READERS.remove(reader)


def test_attachment_facts_win_field_by_field(fake_reader: list[tuple[str, str, bytes]]) -> None:
    raw = mk("Documenti", "Totale: 999,00 €\nScadenza: 02/12/2026", attachments=("dati.xml",))
    facts = read_message(raw)
    assert fake_reader[0][0] == "dati.xml"
    assert fake_reader[0][2].startswith(b"%PDF-1.4")
    inv = facts.invoices[0]
    assert facts.kind == "invoice"
    assert inv.source == "fatturapa"
    assert inv.amount == eur("1220.00")  # the XML wins over the body's 999
    assert inv.due_date == date(2026, 12, 2)  # only the body knew it
    assert inv.client_email == "amministrazione@acme.it"


def test_failing_reader_is_a_problem(fake_reader: list[tuple[str, str, bytes]]) -> None:
    def broken(filename: str, content_type: str, payload: bytes) -> list[InvoiceFacts]:
        raise ValueError("bad xml")

    ATTACHMENT_READERS.insert(0, broken)
    try:
        facts = read_message(mk("Fattura 12/2026", "Totale 10 €", attachments=("x.xml",)))
    finally:
        ATTACHMENT_READERS.remove(broken)
    assert facts.kind == "invoice"
    assert "cannot read attachment x.xml (ValueError)" in facts.problems
    assert facts.invoices[0].source == "fatturapa"


def test_the_einvoice_reader_is_registered() -> None:
    from mailduns.reading.einvoice import read_attachment

    assert read_attachment in ATTACHMENT_READERS


def test_merge_invoice_facts() -> None:
    a = InvoiceFacts(number="1", amount=eur("10"), source="ubl")
    b = InvoiceFacts(
        number="2", amount=eur("20"), due_date=date(2026, 1, 1), client_email="x@y.it", source="body"
    )
    merged = merge_invoice_facts(a, b)
    assert merged == InvoiceFacts(
        number="1", amount=eur("10"), due_date=date(2026, 1, 1), client_email="x@y.it", source="ubl"
    )


# ---- body-only texts ------------------------------------------------------------------------------


def test_read_text_of_an_invoice_body() -> None:
    facts = read_text("Fattura 12/2026\n\nTotale: 1.220,00 €\nScadenza: 02/12/2026\n")
    assert facts.kind == "invoice"
    inv = facts.invoices[0]
    assert (inv.number, inv.amount, inv.due_date, inv.client_email) == (
        "12/2026",
        eur("1220.00"),
        date(2026, 12, 2),
        None,
    )


# ---- known numbers in text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abbiamo pagato la fattura 12/2026.", ["12/2026"]),
        ("fattura n.12/2026, grazie", ["12/2026"]),
        ("(12/2026)", ["12/2026"]),
        ("fattura 112/2026", []),
        ("fattura 12/20267", []),
        ("fattura 2026/12/2026", []),
        ("fattura 12/2026/1", []),
        ("importo 3.12/2026", []),
        ("Invoice inv-0042 paid", ["INV-0042"]),
        ("INV-00421", []),
        ("XINV-0042", []),
        ("fatture 12/2026 e 13/2026", ["12/2026", "13/2026"]),
    ],
)
def test_find_invoice_numbers(text: str, expected: list[str]) -> None:
    assert find_invoice_numbers(text, ["12/2026", "13/2026", "INV-0042", "7"]) == expected


def test_find_invoice_numbers_keeps_given_order_and_dedupes() -> None:
    assert find_invoice_numbers("fatture 7 e 42", iter(["42", "7", "42", ""])) == ["42", "7"]


def test_find_invoice_numbers_ignores_unknown_numbers() -> None:
    numbers: list[str | None] = [None, "7"]
    assert find_invoice_numbers("None #7", numbers) == ["7"]


# ---- whole realistic templates --------------------------------------------------------------------

IT_TEMPLATE = """Gentile ACME srl,

in allegato trovate la fattura n. 12/2026 del 2 novembre 2026 relativa alla consulenza di ottobre.

Riepilogo:
- Imponibile: € 1.000,00
- Contributo INPS 4%: € 40,00
- IVA 22%: € 228,80
- Totale documento: € 1.268,80
- Ritenuta d'acconto 20%: € 200,00
- Netto a pagare: € 1.068,80

Modalità di pagamento: bonifico bancario a 30 gg d.f.f.m.
IBAN: IT60 X054 2811 1010 0000 0123 456

Cordiali saluti,
Alessandra Rossi
P.IVA 01234567890 - Tel. +39 333 123 4567
"""

EN_TEMPLATE = """Hi Bob,

Thanks for your business! Your invoice INV-0042 for $1,100.00 is attached.

Subtotal: $1,000.00
Tax (10%): $100.00
Total: $1,100.00
Amount paid: $100.00
Balance due: $1,000.00

Payment terms: Net 15
"""

ES_TEMPLATE = """Hola Juan,

Te adjunto la factura 2026/7.

Importe: 1.000,00 €
IVA 21%: 210,00 €
Retención IRPF 15%: -150,00 €
Total: 1.060,00 €

Forma de pago: transferencia a 30 días fecha factura.
Un saludo,
Alessandra
"""


def test_italian_professional_template() -> None:
    facts = read_message(mk("Fattura n. 12/2026 - Alessandra Rossi", IT_TEMPLATE))
    inv = facts.invoices[0]
    assert (facts.kind, facts.language) == ("invoice", "it")
    assert (inv.number, inv.issue_date, inv.amount, inv.total) == (
        "12/2026",
        date(2026, 11, 2),
        eur("1068.80"),
        eur("1268.80"),
    )
    assert inv.due_date == date(2026, 12, 31)  # 30 days from the issue date, then end of month


def test_english_template_with_deposit() -> None:
    facts = read_message(mk("Invoice INV-0042 from Alessandra Rossi Design", EN_TEMPLATE))
    inv = facts.invoices[0]
    assert facts.language == "en"
    assert inv.amount == Money(Decimal("1000.00"), "USD")
    assert inv.total == Money(Decimal("1100.00"), "USD")  # "Amount paid" is not a total
    assert inv.due_date == date(2026, 11, 17)  # sent 2 Nov, net 15


def test_spanish_template_with_terms() -> None:
    facts = read_message(mk("Factura 2026/7 - Diseño web", ES_TEMPLATE))
    inv = facts.invoices[0]
    assert facts.language == "es"
    assert (inv.amount, inv.total, inv.due_date) == (eur("1060.00"), eur("1060.00"), date(2026, 12, 2))


def test_informal_italian_invoice() -> None:
    inv = read_message(
        mk(
            "Fattura 13/2026",
            "Ciao Marco,\nti invio la fattura 13/2026 di 500 euro, da saldare entro fine mese.\nGrazie!",
        )
    ).invoices[0]
    assert (inv.amount, inv.due_date) == (eur("500"), date(2026, 11, 30))


def test_net_amount_plus_vat_is_not_the_amount() -> None:
    inv = read_message(
        mk("Fattura 14/2026", "L'importo è di € 750,00 + IVA.\nScadenza: 30 gg data fattura\n")
    ).invoices[0]
    assert inv.amount is None
    assert inv.due_date == date(2026, 12, 2)
