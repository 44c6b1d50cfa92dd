"""CII (Factur-X / ZUGFeRD / XRechnung) documents built here, bare and inside a PDF/A-3."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfWriter

from mailduns.core.money import Money
from mailduns.reading.einvoice import UnreadableInvoice, read_attachment

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"


def terms(description: str | None = None, due: str | None = None, discount: bool = False) -> str:
    desc = f"<ram:Description>{description}</ram:Description>" if description else ""
    due_xml = (
        f'<ram:DueDateDateTime><udt:DateTimeString format="102">{due}</udt:DateTimeString>'
        f"</ram:DueDateDateTime>"
        if due
        else ""
    )
    disc = (
        "<ram:ApplicableTradePaymentDiscountTerms><ram:CalculationPercent>2</ram:CalculationPercent>"
        "</ram:ApplicableTradePaymentDiscountTerms>"
        if discount
        else ""
    )
    return f"<ram:SpecifiedTradePaymentTerms>{desc}{due_xml}{disc}</ram:SpecifiedTradePaymentTerms>"


def cii(
    *payment_terms: str,
    type_code: str = "380",
    currency: str = "EUR",
    prepaid: str = "0.00",
    referenced: str | None = None,
) -> bytes:
    payable = str(Decimal("1190.00") - Decimal(prepaid))
    ref = (
        f"<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>{referenced}</ram:IssuerAssignedID>"
        f"</ram:InvoiceReferencedDocument>"
        if referenced
        else ""
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rsm:CrossIndustryInvoice xmlns:rsm="{RSM}" '
        f'xmlns:ram="{RAM}" xmlns:udt="{UDT}"><rsm:ExchangedDocumentContext>'
        f"<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID>"
        f"</ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>"
        f"<rsm:ExchangedDocument><ram:ID>RE-2026-7</ram:ID><ram:TypeCode>{type_code}</ram:TypeCode>"
        f'<ram:IssueDateTime><udt:DateTimeString format="102">20261102</udt:DateTimeString></ram:IssueDateTime>'
        f"</rsm:ExchangedDocument><rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement>"
        f"<ram:SellerTradeParty><ram:Name>Jane Dev</ram:Name></ram:SellerTradeParty><ram:BuyerTradeParty>"
        f'<ram:Name>Kunde GmbH</ram:Name><ram:URIUniversalCommunication><ram:URIID schemeID="EM">'
        f"buchhaltung@kunde.example</ram:URIID></ram:URIUniversalCommunication></ram:BuyerTradeParty>"
        f"</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery/>"
        f"<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>{currency}</ram:InvoiceCurrencyCode>"
        f"{ref}{''.join(payment_terms)}<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        f"<ram:TaxBasisTotalAmount>1000.00</ram:TaxBasisTotalAmount>"
        f'<ram:TaxTotalAmount currencyID="{currency}">190.00</ram:TaxTotalAmount>'
        f'<ram:TaxTotalAmount currencyID="SEK">2100.00</ram:TaxTotalAmount>'
        f"<ram:GrandTotalAmount>1190.00</ram:GrandTotalAmount><ram:TotalPrepaidAmount>{prepaid}"
        f"</ram:TotalPrepaidAmount><ram:DuePayableAmount>{payable}</ram:DuePayableAmount>"
        f"</ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement>"
        f"</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>"
    ).encode()


def test_bare_cii() -> None:
    [inv] = read_attachment(
        "factur-x.xml", "application/xml", cii(terms("Zahlbar bis", "20261202"), prepaid="190.00")
    )
    assert (inv.number, inv.issue_date, inv.due_date) == ("RE-2026-7", date(2026, 11, 2), date(2026, 12, 2))
    assert (inv.amount, inv.total) == (Money.of("1000.00", "EUR"), Money.of("1190.00", "EUR"))
    assert (inv.client_name, inv.client_email, inv.source) == (
        "Kunde GmbH",
        "buchhaltung@kunde.example",
        "cii",
    )


def test_discount_terms_do_not_set_the_due_date() -> None:
    [inv] = read_attachment(
        "x.xml",
        "",
        cii(terms("Zahlbar mit 2% Skonto bis", "20261112"), terms("Zahlbar ohne Abzug bis", "20261202")),
    )
    assert inv.due_date == date(2026, 12, 2)
    [inv] = read_attachment("x.xml", "", cii(terms(None, "20261112", discount=True), terms(None, "20261202")))
    assert inv.due_date == date(2026, 12, 2)


def test_due_date_from_terms_text_when_no_date_element() -> None:
    text = "Zahlbar innerhalb 30 Tagen netto bis 02.12.2026, 3% Skonto innerhalb 10 Tagen bis 12.11.2026"
    [inv] = read_attachment("x.xml", "", cii(terms(text)))
    assert inv.due_date == date(2026, 12, 2)
    [inv] = read_attachment("x.xml", "", cii(terms("Payment within 30 days")))
    assert inv.due_date == date(2026, 12, 2)


def test_date_element_wins_over_the_terms_text() -> None:
    [inv] = read_attachment("x.xml", "", cii(terms("netto bis 25.12.2026", "20261215")))
    assert inv.due_date == date(2026, 12, 15)


def test_credit_note_type_code() -> None:
    [cn] = read_attachment("x.xml", "", cii(terms(None, "20261202"), type_code="381", referenced="RE-2026-6"))
    assert cn.is_credit_note and cn.references_invoice == "RE-2026-6" and cn.due_date is None


def test_amount_in_invoice_currency_when_tax_repeated_in_another() -> None:
    [inv] = read_attachment("x.xml", "", cii(currency="GBP"))
    assert inv.total == Money.of("1190.00", "GBP")


def facturx_pdf(xml: bytes, name: str = "factur-x.xml") -> bytes:
    w = PdfWriter()
    w.add_blank_page(595, 842)
    w.add_attachment(name, xml)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def test_factur_x_pdf_reads_its_embedded_xml() -> None:
    [inv] = read_attachment("RE-2026-7.pdf", "application/pdf", facturx_pdf(cii(terms(None, "20261202"))))
    assert (inv.number, inv.due_date, inv.source) == ("RE-2026-7", date(2026, 12, 2), "cii")


def test_zugferd_name_and_non_invoice_attachments() -> None:
    [inv] = read_attachment("r.pdf", "", facturx_pdf(cii(), "zugferd-invoice.xml"))
    assert inv.number == "RE-2026-7"
    # a PDF with some other XML attached and no invoice text is not an invoice
    assert read_attachment("r.pdf", "", facturx_pdf(b"<config/>", "settings.xml")) == []


def test_broken_embedded_xml_is_named_in_the_problem() -> None:
    with pytest.raises(
        UnreadableInvoice, match=r"^could not read r.pdf: its embedded factur-x.xml: not well-formed"
    ):
        read_attachment("r.pdf", "application/pdf", facturx_pdf(b"<rsm:CrossIndustryInvoice><oops>"))
