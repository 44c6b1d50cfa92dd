"""UBL 2.1 / Peppol BIS 3.0 invoices and credit notes built here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from mailduns.core.money import Money
from mailduns.reading.einvoice import read_attachment
from mailduns.reading.model import InvoiceFacts

CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"


def ubl(
    *,
    root: str = "Invoice",
    due: str | None = "2026-12-02",
    terms: str | None = None,
    type_code: str = "380",
    prepaid: str | None = None,
    currency: str = "EUR",
    buyer_email: str | None = "ap@acme.example",
    billing_ref: str | None = None,
) -> bytes:
    due_xml = f"<cbc:DueDate>{due}</cbc:DueDate>" if due else ""
    code = (
        f"<cbc:InvoiceTypeCode>{type_code}</cbc:InvoiceTypeCode>"
        if root == "Invoice"
        else f"<cbc:CreditNoteTypeCode>{type_code}</cbc:CreditNoteTypeCode>"
    )
    terms_xml = f"<cac:PaymentTerms><cbc:Note>{terms}</cbc:Note></cac:PaymentTerms>" if terms else ""
    ref = (
        f"<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>{billing_ref}</cbc:ID>"
        f"</cac:InvoiceDocumentReference></cac:BillingReference>"
        if billing_ref
        else ""
    )
    contact = (
        f"<cac:Contact><cbc:Name>Accounts</cbc:Name><cbc:ElectronicMail>{buyer_email}</cbc:ElectronicMail>"
        f"</cac:Contact>"
        if buyer_email
        else ""
    )
    payable = str(Decimal("1220.00") - Decimal(prepaid or "0"))
    prepaid_xml = (
        f'<cbc:PrepaidAmount currencyID="{currency}">{prepaid}</cbc:PrepaidAmount>' if prepaid else ""
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><{root} xmlns="urn:oasis:names:specification:ubl:schema:'
        f'xsd:{root}-2" xmlns:cbc="{CBC}" xmlns:cac="{CAC}"><cbc:ID>INV-0042</cbc:ID>'
        f"<cbc:IssueDate>2026-11-02</cbc:IssueDate>{due_xml}{code}"
        f"<cbc:DocumentCurrencyCode>{currency}</cbc:DocumentCurrencyCode>{ref}"
        f"<cac:AccountingSupplierParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Jane Dev"
        f"</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>"
        f'<cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="0088">123</cbc:EndpointID>'
        f"<cac:PartyName><cbc:Name>Acme Trading</cbc:Name></cac:PartyName><cac:PartyLegalEntity>"
        f"<cbc:RegistrationName>Acme Ltd</cbc:RegistrationName></cac:PartyLegalEntity>{contact}"
        f"</cac:Party></cac:AccountingCustomerParty>{terms_xml}"
        f'<cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID="{currency}">1000.00</cbc:TaxExclusiveAmount>'
        f'<cbc:TaxInclusiveAmount currencyID="{currency}">1220.00</cbc:TaxInclusiveAmount>{prepaid_xml}'
        f'<cbc:PayableAmount currencyID="{currency}">{payable}</cbc:PayableAmount></cac:LegalMonetaryTotal>'
        f"</{root}>"
    ).encode()


def test_ubl_invoice() -> None:
    [inv] = read_attachment("INV-0042.xml", "text/xml", ubl())
    assert inv == InvoiceFacts(
        number="INV-0042",
        issue_date=date(2026, 11, 2),
        due_date=date(2026, 12, 2),
        amount=Money.of("1220.00", "EUR"),
        total=Money.of("1220.00", "EUR"),
        client_email="ap@acme.example",
        client_name="Acme Ltd",
        source="ubl",
    )


def test_prepaid_amount_is_not_owed() -> None:
    [inv] = read_attachment("i.xml", "", ubl(prepaid="220", currency="GBP"))
    assert (inv.amount, inv.total) == (Money.of("1000.00", "GBP"), Money.of("1220.00", "GBP"))


def test_due_date_from_payment_terms_note() -> None:
    [inv] = read_attachment("i.xml", "", ubl(due=None, terms="Net 30"))
    assert inv.due_date == date(2026, 12, 2)
    [inv] = read_attachment("i.xml", "", ubl(due=None, terms="Payment on account"))
    assert inv.due_date is None


def test_credit_note_document() -> None:
    [cn] = read_attachment(
        "cn.xml",
        "",
        ubl(root="CreditNote", type_code="381", due=None, terms="Net 30", billing_ref="INV-0041"),
    )
    assert cn.is_credit_note and cn.references_invoice == "INV-0041"
    assert cn.due_date is None  # nothing is due from the client on a credit note


def test_invoice_with_credit_note_type_code() -> None:
    [cn] = read_attachment("i.xml", "", ubl(type_code="381"))
    assert cn.is_credit_note


def test_email_endpoint_when_no_contact() -> None:
    xml = ubl(buyer_email=None).replace(
        b'<cbc:EndpointID schemeID="0088">123</cbc:EndpointID>',
        b'<cbc:EndpointID schemeID="EM">AP@Acme.example</cbc:EndpointID>',
    )
    [inv] = read_attachment("i.xml", "", xml)
    assert inv.client_email == "ap@acme.example"


def test_invoice_named_root_outside_ubl_is_not_read() -> None:
    assert read_attachment("i.xml", "", b"<Invoice xmlns='urn:example:other'><ID>1</ID></Invoice>") == []
