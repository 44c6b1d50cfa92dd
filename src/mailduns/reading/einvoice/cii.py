"""UN/CEFACT Cross Industry Invoice: Factur-X, ZUGFeRD 2.x, XRechnung-CII (and ZUGFeRD 1.0).

Bare XML or the XML a Factur-X PDF embeds (pdf.py hands it here).  Number (`ExchangedDocument/ID`),
issue date, `InvoiceCurrencyCode`, the grand total (`GrandTotalAmount`) and what the client must pay
(`DuePayableAmount`, net of prepayments: the FeRD EXTENDED example pays 521.91 of 1021.91).
When an amount is given in two currencies (tax totals in EUR for a GBP invoice), the invoice
currency's is used.

Due date: the payment terms (`SpecifiedTradePaymentTerms`) may be several, e.g. "net until 31.12" and
"2% Skonto until 14.12"; the discount terms are an option, so the first non-discount term's
`DueDateDateTime` wins (the latest date when all are discounts).  Without any date element the terms
text is read ("Zahlbar innerhalb 30 Tagen netto bis 15.12.2024" gives 2024-12-15).  When the date
element and the text disagree, the element wins: it is the structured fact the buyer's system reads.

The client is the BuyerTradeParty (name; e-mail from its URI communication or contact).  Type codes
381 etc. are credit notes; `InvoiceReferencedDocument` names the corrected invoice.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from xml.etree.ElementTree import Element

from mailduns.reading.model import InvoiceFacts
from mailduns.reading.einvoice.terms import due_from_terms, is_discount_clause
from mailduns.reading.einvoice.xmlsafe import child, children, currency_code, local, money, text, to_decimal

ROOTS = frozenset({"CrossIndustryInvoice", "CrossIndustryDocument"})
CREDIT_NOTE_CODES = frozenset({"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"})


def matches(root: Element) -> bool:
    return local(root.tag) in ROOTS


def _first(el: Element | None, *names: str) -> Element | None:
    """The first child of `el` with any of these local names (CII 2.x and ZUGFeRD 1.0 spellings)."""
    for name in names:
        found = child(el, name)
        if found is not None:
            return found
    return None


def cii_date(el: Element | None) -> date | None:
    """A udt:DateTimeString: format 102 is YYYYMMDD (the only one invoices use for days)."""
    node = child(el, "DateTimeString")
    digits = text(node) or ""
    if node is not None and node.get("format") in (None, "102") and len(digits) == 8 and digits.isdigit():
        try:
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        except ValueError:
            return None
    return None


def _amount(summary: Element | None, name: str, currency: str) -> Decimal | None:
    """The amount in the invoice currency when the element is repeated in several currencies."""
    candidates = children(summary, name)
    for el in candidates:
        if (el.get("currencyID") or currency).upper() == currency:
            return to_decimal(el.text)
    return to_decimal(candidates[0].text) if candidates else None


def _due(settlement: Element | None, issue: date | None) -> date | None:
    plain: list[date] = []
    discounts: list[date] = []
    texts: list[str] = []
    for terms in children(settlement, "SpecifiedTradePaymentTerms"):
        description = text(terms, "Description")
        discount = child(terms, "ApplicableTradePaymentDiscountTerms") is not None or is_discount_clause(
            description
        )
        due = cii_date(child(terms, "DueDateDateTime"))
        if due is not None:
            (discounts if discount else plain).append(due)
        if description:
            texts.append(description)  # due_from_terms skips the discount clauses inside it
    if plain:
        return plain[0]
    if discounts:
        return max(discounts)
    return due_from_terms("\n".join(texts), issue)


def read(root: Element) -> list[InvoiceFacts]:
    """The one invoice (or credit note) a CII document holds."""
    doc = _first(root, "ExchangedDocument", "HeaderExchangedDocument")
    tx = _first(root, "SupplyChainTradeTransaction", "SpecifiedSupplyChainTradeTransaction")
    agreement = _first(tx, "ApplicableHeaderTradeAgreement", "ApplicableSupplyChainTradeAgreement")
    settlement = _first(tx, "ApplicableHeaderTradeSettlement", "ApplicableSupplyChainTradeSettlement")
    summary = _first(
        settlement,
        "SpecifiedTradeSettlementHeaderMonetarySummation",
        "SpecifiedTradeSettlementMonetarySummation",
    )

    currency = currency_code(text(settlement, "InvoiceCurrencyCode"))
    total = _amount(summary, "GrandTotalAmount", currency)
    payable = _amount(summary, "DuePayableAmount", currency)
    if payable is None and total is not None:
        prepaid = _amount(summary, "TotalPrepaidAmount", currency)
        payable = total - prepaid if prepaid is not None else total

    issue = cii_date(child(doc, "IssueDateTime"))
    code = text(doc, "TypeCode") or ""
    credit = code in CREDIT_NOTE_CODES

    buyer = child(agreement, "BuyerTradeParty")
    email = text(buyer, "URIUniversalCommunication", "URIID") or text(
        buyer, "DefinedTradeContact", "EmailURIUniversalCommunication", "URIID"
    )
    country = (text(buyer, "PostalTradeAddress", "CountryID") or "").strip().upper()

    return [
        InvoiceFacts(
            number=text(doc, "ID"),
            issue_date=issue,
            due_date=None if credit else _due(settlement, issue),
            amount=money(payable, currency),
            total=money(total, currency),
            client_email=email.lower() if email and "@" in email else None,
            client_name=text(buyer, "Name"),
            client_country=country if len(country) == 2 and country.isalpha() else None,
            source="cii",
            is_credit_note=credit,
            references_invoice=text(settlement, "InvoiceReferencedDocument", "IssuerAssignedID"),
        )
    ]
