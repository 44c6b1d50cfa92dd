"""UBL 2.x Invoice and CreditNote, as Peppol BIS Billing 3.0, XRechnung-UBL and EHF write them.

Number (`cbc:ID`), issue date, currency (`DocumentCurrencyCode`), the grand total
(`TaxInclusiveAmount`) and what the client must pay (`PayableAmount`, which is net of prepaid amounts
and rounding: the Peppol Allowance example pays 6125.00 of 7125).  The due date is `cbc:DueDate`
(UBL 2.1 invoices), else a `PaymentDueDate` under PaymentMeans or PaymentTerms (UBL 2.0 and credit
notes), else it is computed from the payment-terms note in words ("Payment within 30 days").

The client is the AccountingCustomerParty: its legal registration name (what a person reads as the
buyer; the trading name is the fallback) and its contact e-mail, or an endpoint of scheme "EM".
A CreditNote document, or an Invoice with a credit-note type code, is a credit note; its
BillingReference names the invoice it corrects.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from mailduns.reading.model import InvoiceFacts
from mailduns.reading.einvoice.terms import due_from_terms
from mailduns.reading.einvoice.xmlsafe import (
    amount_at,
    child,
    children,
    currency_code,
    iso_date,
    local,
    money,
    namespace,
    text,
)

UBL_NAMESPACE_PREFIX = "urn:oasis:names:specification:ubl:schema:xsd:"
# UNTDID 1001 codes that mean "credit note" (381 is the common one).
CREDIT_NOTE_CODES = frozenset({"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"})


def matches(root: Element) -> bool:
    """A UBL Invoice or CreditNote (the namespace tells it from other documents called Invoice)."""
    return local(root.tag) in ("Invoice", "CreditNote") and namespace(root).startswith(UBL_NAMESPACE_PREFIX)


def read(root: Element) -> list[InvoiceFacts]:
    """The one invoice (or credit note) a UBL document holds."""
    is_credit_doc = local(root.tag) == "CreditNote"
    code = text(root, "CreditNoteTypeCode") if is_credit_doc else text(root, "InvoiceTypeCode")
    credit = is_credit_doc or (code or "") in CREDIT_NOTE_CODES

    totals = child(root, "LegalMonetaryTotal")
    currency = currency_code(
        text(root, "DocumentCurrencyCode") or _currency_attr(child(totals, "PayableAmount"))
    )
    total = amount_at(totals, "TaxInclusiveAmount")
    payable = amount_at(totals, "PayableAmount")
    if payable is None and total is not None:
        prepaid = amount_at(totals, "PrepaidAmount")
        payable = total - prepaid if prepaid is not None else total

    issue = iso_date(text(root, "IssueDate"))
    due = iso_date(text(root, "DueDate"))
    for means in children(root, "PaymentMeans") + children(root, "PaymentTerms"):
        due = due or iso_date(text(means, "PaymentDueDate"))
    if due is None and not credit:
        notes = "\n".join(n for t in children(root, "PaymentTerms") for n in _texts(t, "Note"))
        due = due_from_terms(notes, issue)

    party = child(root, "AccountingCustomerParty", "Party")
    name = (
        text(party, "PartyLegalEntity", "RegistrationName")
        or text(party, "PartyName", "Name")
        or text(party, "Contact", "Name")
    )
    email = text(party, "Contact", "ElectronicMail")
    country = (text(party, "PostalAddress", "Country", "IdentificationCode") or "").strip().upper()
    endpoint = child(party, "EndpointID")
    if email is None and endpoint is not None and (endpoint.get("schemeID") or "").upper() == "EM":
        email = text(endpoint)

    return [
        InvoiceFacts(
            number=text(root, "ID"),
            issue_date=issue,
            due_date=due,
            amount=money(payable, currency),
            total=money(total, currency),
            client_email=email.lower() if email and "@" in email else None,
            client_name=name,
            client_country=country if len(country) == 2 and country.isalpha() else None,
            source="ubl",
            is_credit_note=credit,
            references_invoice=text(root, "BillingReference", "InvoiceDocumentReference", "ID"),
        )
    ]


def _texts(el: Element, name: str) -> list[str]:
    return [t for t in (text(c) for c in children(el, name)) if t]


def _currency_attr(el: Element | None) -> str | None:
    return el.get("currencyID") if el is not None else None
