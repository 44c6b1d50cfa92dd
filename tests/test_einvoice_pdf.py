"""Invoice PDFs built here with pypdf: their text in it/es/en, and hostile PDFs that must not hurt."""

from __future__ import annotations

import io
import time
from datetime import date

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from mailduns.core.money import Money
from mailduns.reading.einvoice import UnreadableInvoice, read_attachment
from mailduns.reading.einvoice.pdf import read_text


def text_pdf(*pages: list[str], password: str | None = None) -> bytes:
    """A PDF whose pages show these lines in Helvetica (WinAnsi: € and accented letters work)."""
    w = PdfWriter()
    font = w._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    for lines in pages:
        page = w.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        ops = ["BT", "/F1 10 Tf", "13 TL", "40 800 Td"]
        for line in lines:
            raw = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(f"({raw.decode('latin-1')}) Tj T*")
        ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("latin-1"))
        page[NameObject("/Contents")] = w._add_object(stream)
    if password is not None:
        w.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


ITALIAN = [
    "Giulia Bianchi - Sviluppo web",
    "P.IVA 01234567890 - giulia@studio.it",
    "FATTURA n. 12/2026 del 02/11/2026",
    "Spett.le ACME S.r.l.",
    "Via Roma 1, 20100 Milano",
    "amministrazione@acme.it",
    "Descrizione Quantità Prezzo Importo",
    "Sviluppo sito 1 1.000,00 1.000,00",
    "Imponibile € 1.000,00",
    "IVA 22% € 220,00",
    "Totale documento € 1.220,00",
    "Ritenuta d'acconto 20% € 200,00",
    "Netto a pagare € 1.020,00",
    "Modalità di pagamento: bonifico, 30 gg d.f.",
    "IBAN IT60X0542811101000000123456",
]


def eur(v: str) -> Money:
    return Money.of(v, "EUR")


def test_italian_invoice_pdf() -> None:
    [inv] = read_attachment("Fattura_12-2026.pdf", "application/pdf", text_pdf(ITALIAN))
    assert (inv.number, inv.issue_date, inv.due_date) == ("12/2026", date(2026, 11, 2), date(2026, 12, 2))
    assert (inv.amount, inv.total) == (eur("1020.00"), eur("1220.00"))
    assert (inv.client_name, inv.client_email, inv.source) == (
        "ACME S.r.l.",
        "amministrazione@acme.it",
        "pdf",
    )
    assert not inv.is_credit_note


SPANISH = [
    "FACTURA",
    "Nº factura: F-2026-0012",
    "Fecha: 02/11/2026",
    "Vencimiento: 2 de diciembre de 2026",
    "Cliente: Cliente S.L.",
    "Base imponible 1.000,00 €",
    "IVA 21% 210,00 €",
    "Retención IRPF 15% -150,00 €",
    "Total factura 1.210,00 €",
    "Total a pagar 1.060,00 €",
]


def test_spanish_invoice_text() -> None:
    [inv] = read_text("\n".join(SPANISH))
    assert (inv.number, inv.issue_date, inv.due_date) == ("F-2026-0012", date(2026, 11, 2), date(2026, 12, 2))
    assert (inv.amount, inv.total, inv.client_name) == (eur("1060.00"), eur("1210.00"), "Cliente S.L.")


ENGLISH = [
    "Invoice",
    "Invoice number",
    "INV-0042",
    "Date of issue November 2, 2026",
    "Date due December 2, 2026",
    "Bill to",
    "Acme Ltd",
    "ap@acme.example",
    "Subtotal $1,000.00",
    "Total",
    "$1,100.00",
    "Amount due $1,100.00 USD",
]


def test_english_invoice_text_with_labels_above_values() -> None:
    [inv] = read_text("\n".join(ENGLISH))
    assert (inv.number, inv.issue_date, inv.due_date) == ("INV-0042", date(2026, 11, 2), date(2026, 12, 2))
    assert (inv.amount, inv.total) == (Money.of("1100.00", "USD"), Money.of("1100.00", "USD"))
    assert (inv.client_name, inv.client_email) == ("Acme Ltd", "ap@acme.example")


def test_table_layout_takes_the_last_cell() -> None:
    [inv] = read_text("Fattura n. 5\nImponibile IVA Totale documento\n1.000,00 220,00 1.220,00\n")
    assert inv.total == eur("1220.00")


def test_terms_give_the_due_date_when_no_date_is_written() -> None:
    [inv] = read_text(
        "Factura 7/2026\nFecha: 02/11/2026\nForma de pago: transferencia a 30 días\nTotal 100,00 €"
    )
    assert inv.due_date == date(2026, 12, 2)


def test_credit_note_pdf() -> None:
    [cn] = read_text("NOTA DI CREDITO n. 3/2026 del 05/11/2026\nTotale documento € 122,00")
    assert cn.is_credit_note and cn.number == "3/2026"


@pytest.mark.parametrize(
    "text",
    [
        "PRO FORMA\nFattura pro forma n. 12\nTotale € 1.220,00",
        "Preventivo n. 4 del 02/11/2026\nVale come fattura solo dopo accettazione\nTotale € 500,00",
        "Receipt from Acme\nReceipt #1234\nInvoice #0042\nAmount paid $100.00",
        "Contratto di collaborazione\nCompenso annuo € 12.000,00",  # no invoice word at all
        "Fattura\nGrazie per averci scelto",  # no number, no amount
    ],
)
def test_documents_that_are_not_invoices(text: str) -> None:
    assert read_text(text) == []


def test_a_pdf_brochure_is_not_an_invoice() -> None:
    assert read_attachment("brochure.pdf", "application/pdf", text_pdf(["Our services", "Web design"])) == []


def test_empty_password_encryption_is_read_but_a_real_password_is_a_problem() -> None:
    [inv] = read_attachment("f.pdf", "", text_pdf(ITALIAN, password=""))
    assert inv.number == "12/2026"
    with pytest.raises(UnreadableInvoice, match="encrypted"):
        read_attachment("f.pdf", "", text_pdf(ITALIAN, password="secret"))


# ---- hostile and broken PDFs --------------------------------------------------------------------


def test_truncated_pdf_is_a_clear_problem() -> None:
    data = text_pdf(ITALIAN)
    with pytest.raises(UnreadableInvoice, match=r"could not read f.pdf: damaged or truncated PDF"):
        read_attachment("f.pdf", "application/pdf", data[: len(data) // 2])


def test_garbage_after_a_pdf_header_is_a_clear_problem() -> None:
    with pytest.raises(UnreadableInvoice, match=r"could not read x.pdf: damaged or truncated PDF"):
        read_attachment("x.pdf", "", b"%PDF-1.7\n" + bytes(range(256)) * 40)


def test_a_pdf_name_without_a_pdf_inside() -> None:
    with pytest.raises(UnreadableInvoice, match=r"could not read fattura.pdf: not a PDF"):
        read_attachment("fattura.pdf", "application/pdf", b"<html>nope</html>")


def test_500_pages_are_refused_quickly() -> None:
    w = PdfWriter()
    for _ in range(500):
        w.add_blank_page(595, 842)
    out = io.BytesIO()
    w.write(out)
    start = time.monotonic()
    with pytest.raises(
        UnreadableInvoice, match=r"could not read big.pdf: it has 500 pages, more than the 100"
    ):
        read_attachment("big.pdf", "application/pdf", out.getvalue())
    assert time.monotonic() - start < 2.0


def test_long_invoice_reads_first_and_last_pages() -> None:
    pages = [ITALIAN[:6]] + [[f"Riga {i}"] for i in range(30)] + [ITALIAN[8:]]
    [inv] = read_attachment("f.pdf", "", text_pdf(*pages))
    assert (inv.number, inv.total, inv.amount) == ("12/2026", eur("1220.00"), eur("1020.00"))


@pytest.mark.parametrize(
    "text",
    [
        "Totale data 01/01/2026 Fattura n. 1 " * 6000,  # one endless line of labels
        "Fattura n. 1\n" + "Totale 1.000,00 scadenza 02/12/2026 data 01/01/2026\n" * 4000,
        "Fattura " + "1" * 200_000,
    ],
)
def test_hostile_text_costs_bounded_time(text: str) -> None:
    start = time.monotonic()
    found = read_text(text)
    assert time.monotonic() - start < 2.0
    assert all(len(f.number or "") <= 40 for f in found)
