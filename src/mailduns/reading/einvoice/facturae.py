"""Facturae 3.2.x, the Spanish e-invoice (FACe and B2B), one InvoiceFacts per `Invoice` element.

Number (`InvoiceSeriesCode` + `InvoiceNumber`), issue date, currency, the grand total
(`InvoiceTotal`) and what the client must pay: the first installment's `InstallmentAmount` when
`PaymentDetails` lists installments (with its `InstallmentDueDate` as the due date; the earliest
when several), else `TotalExecutableAmount`, i.e. the total minus the IRPF the client withholds
(5080.92 - 600.30 = 4480.62 in the gobl example), else `TotalOutstandingAmount`.

The client is the BuyerParty: a company's `CorporateName` (or trade name) or a person's name and
surnames, with the e-mail of its contact details.  Facturae has no credit-note type: an "abono" is a
corrective invoice (`Corrective`) with a negative total, so a negative total marks a credit note (a
corrective invoice that adds to the bill is one to chase); `Corrective/InvoiceNumber` names the
invoice it corrects.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from xml.etree.ElementTree import Element

from mailduns.reading.model import InvoiceFacts
from mailduns.reading.einvoice.xmlsafe import (
    amount_at,
    child,
    children,
    currency_code,
    first_descendant,
    iso_date,
    local,
    money,
    text,
)


def matches(root: Element) -> bool:
    return local(root.tag) == "Facturae"


def _buyer(root: Element) -> tuple[str | None, str | None]:
    buyer = child(root, "Parties", "BuyerParty")
    entity = child(buyer, "LegalEntity")
    if entity is not None:
        name = text(entity, "CorporateName") or text(entity, "TradeName")
    else:
        person = child(buyer, "Individual")
        parts = (text(person, "Name"), text(person, "FirstSurname"), text(person, "SecondSurname"))
        name = " ".join(p for p in parts if p) or None
    email = text(first_descendant(buyer, "ElectronicMail"))
    return name, (email.lower() if email and "@" in email else None)


#: Facturae writes countries in ISO 3166 alpha-3; the ones whose late-payment law mailduns knows.
_ALPHA3: dict[str, str] = {"ESP": "ES", "ITA": "IT", "GBR": "GB", "IRL": "IE"}


def _buyer_kind_and_country(root: Element) -> tuple[str | None, str | None]:
    """A LegalEntity is a company, an Individual a person (an autónomo too); an AddressInSpain is
    in Spain, an OverseasAddress in its CountryCode."""
    buyer = child(root, "Parties", "BuyerParty")
    kind = "company" if child(buyer, "LegalEntity") is not None else None
    if kind is None and child(buyer, "Individual") is not None:
        kind = "person"
    if first_descendant(buyer, "AddressInSpain") is not None:
        return kind, "ES"
    code = (text(first_descendant(buyer, "CountryCode")) or "").strip().upper()
    return kind, _ALPHA3.get(code)


def read(root: Element) -> list[InvoiceFacts]:
    """One InvoiceFacts per invoice in the file (a Facturae batch may hold several)."""
    name, email = _buyer(root)
    kind, country = _buyer_kind_and_country(root)
    batch_currency = text(root, "FileHeader", "Batch", "InvoiceCurrencyCode")
    return [
        replace(_invoice(inv, name, email, batch_currency), client_kind=kind, client_country=country)
        for inv in children(child(root, "Invoices"), "Invoice")
    ]


def _invoice(
    inv: Element, client_name: str | None, client_email: str | None, batch_currency: str | None
) -> InvoiceFacts:
    header = child(inv, "InvoiceHeader")
    issue_data = child(inv, "InvoiceIssueData")
    totals = child(inv, "InvoiceTotals")
    currency = currency_code(text(issue_data, "InvoiceCurrencyCode") or batch_currency)

    series, number = text(header, "InvoiceSeriesCode"), text(header, "InvoiceNumber")
    if series and number and not number.startswith(series):
        number = f"{series}{number}"

    total = amount_at(totals, "InvoiceTotal")
    payable = amount_at(totals, "TotalExecutableAmount")
    if payable is None:
        payable = amount_at(totals, "TotalOutstandingAmount")

    installments: list[tuple[date | None, Decimal | None]] = [
        (iso_date(text(i, "InstallmentDueDate")), amount_at(i, "InstallmentAmount"))
        for i in children(child(inv, "PaymentDetails"), "Installment")
    ]
    dated = [i for i in installments if i[0] is not None]
    follow = (
        min(dated, key=lambda i: i[0] or date.max) if dated else (installments[0] if installments else None)
    )
    due = follow[0] if follow else None
    if follow is not None and follow[1] is not None:
        payable = follow[1]
    if payable is None:
        payable = total

    corrective = child(header, "Corrective")
    return InvoiceFacts(
        number=number,
        issue_date=iso_date(text(issue_data, "IssueDate")),
        due_date=due,
        amount=money(payable, currency),
        total=money(total, currency),
        client_email=client_email,
        client_name=client_name,
        source="facturae",
        is_credit_note=total is not None and total < 0,
        references_invoice=text(corrective, "InvoiceNumber"),
    )
