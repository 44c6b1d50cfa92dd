"""Facturae 3.2.2 (Spain) invoices built here."""

from __future__ import annotations

from datetime import date

from mailduns.core.money import Money
from mailduns.reading.einvoice import read_attachment

NS = "http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml"


def invoice(
    number: str = "0012",
    *,
    series: str | None = "F2026-",
    total: str = "1210.00",
    executable: str | None = "1060.00",
    installments: tuple[tuple[str, str], ...] = (),
    corrective: str | None = None,
) -> str:
    series_xml = f"<InvoiceSeriesCode>{series}</InvoiceSeriesCode>" if series else ""
    corr = (
        f"<Corrective><InvoiceNumber>{corrective}</InvoiceNumber><ReasonCode>01</ReasonCode></Corrective>"
        if corrective
        else ""
    )
    exe = f"<TotalExecutableAmount>{executable}</TotalExecutableAmount>" if executable else ""
    inst = "".join(
        f"<Installment><InstallmentDueDate>{d}</InstallmentDueDate><InstallmentAmount>{a}"
        f"</InstallmentAmount><PaymentMeans>04</PaymentMeans></Installment>"
        for d, a in installments
    )
    pay = f"<PaymentDetails>{inst}</PaymentDetails>" if installments else ""
    return (
        f"<Invoice><InvoiceHeader><InvoiceNumber>{number}</InvoiceNumber>{series_xml}"
        f"<InvoiceDocumentType>FC</InvoiceDocumentType><InvoiceClass>{'OR' if corrective else 'OO'}"
        f"</InvoiceClass>{corr}</InvoiceHeader><InvoiceIssueData><IssueDate>2026-11-02</IssueDate>"
        f"<InvoiceCurrencyCode>EUR</InvoiceCurrencyCode><TaxCurrencyCode>EUR</TaxCurrencyCode>"
        f"<LanguageName>es</LanguageName></InvoiceIssueData><InvoiceTotals>"
        f"<TotalGrossAmountBeforeTaxes>1000.00</TotalGrossAmountBeforeTaxes><TotalTaxOutputs>210.00"
        f"</TotalTaxOutputs><TotalTaxesWithheld>150.00</TotalTaxesWithheld><InvoiceTotal>{total}</InvoiceTotal>"
        f"<TotalOutstandingAmount>{executable or total}</TotalOutstandingAmount>{exe}</InvoiceTotals>"
        f"{pay}</Invoice>"
    )


def facturae(*invoices: str, buyer: str | None = None) -> bytes:
    buyer = buyer or (
        "<LegalEntity><CorporateName>Cliente S.L.</CorporateName><ContactDetails>"
        "<ElectronicMail>Pagos@Cliente.es</ElectronicMail></ContactDetails></LegalEntity>"
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><fe:Facturae xmlns:fe="{NS}"><FileHeader>'
        f"<SchemaVersion>3.2.2</SchemaVersion><Modality>I</Modality><InvoiceIssuerType>EM</InvoiceIssuerType>"
        f"<Batch><InvoicesCount>{len(invoices)}</InvoicesCount><InvoiceCurrencyCode>EUR</InvoiceCurrencyCode>"
        f"</Batch></FileHeader><Parties><SellerParty><Individual><Name>Lucía</Name><FirstSurname>García"
        f"</FirstSurname></Individual></SellerParty><BuyerParty>{buyer}</BuyerParty></Parties>"
        f"<Invoices>{''.join(invoices)}</Invoices></fe:Facturae>"
    ).encode()


def eur(v: str) -> Money:
    return Money.of(v, "EUR")


def test_irpf_is_withheld_from_what_the_client_pays() -> None:
    [inv] = read_attachment("factura.xml", "text/xml", facturae(invoice()))
    assert (inv.number, inv.issue_date, inv.due_date) == ("F2026-0012", date(2026, 11, 2), None)
    assert (inv.amount, inv.total) == (eur("1060.00"), eur("1210.00"))
    assert (inv.client_name, inv.client_email, inv.source) == ("Cliente S.L.", "pagos@cliente.es", "facturae")
    assert not inv.is_credit_note


def test_installments_give_the_due_date_and_amount() -> None:
    [inv] = read_attachment(
        "f.xml", "", facturae(invoice(installments=(("2027-01-02", "530.00"), ("2026-12-02", "530.00"))))
    )
    assert (inv.due_date, inv.amount) == (date(2026, 12, 2), eur("530.00"))


def test_person_buyer_and_batch() -> None:
    person = (
        "<Individual><Name>Ana</Name><FirstSurname>Pérez</FirstSurname><SecondSurname>Ruiz</SecondSurname>"
        "</Individual>"
    )
    facts = read_attachment(
        "f.xml", "", facturae(invoice("1", series=None), invoice("2", series=None), buyer=person)
    )
    assert [(f.number, f.client_name) for f in facts] == [("1", "Ana Pérez Ruiz"), ("2", "Ana Pérez Ruiz")]


def test_negative_corrective_invoice_is_a_credit_note() -> None:
    [cn] = read_attachment(
        "f.xml",
        "",
        facturae(invoice("R1", series=None, total="-121.00", executable=None, corrective="F2026-0012")),
    )
    assert cn.is_credit_note and cn.references_invoice == "F2026-0012"
    assert cn.amount == eur("-121.00")
