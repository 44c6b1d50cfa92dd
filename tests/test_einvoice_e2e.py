"""Issue 3 end to end: e-invoices in Sent are followed; a credit note lowers what its invoice owes."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.onboarding.devrig import MailRig

from .test_e2e import INVOICE_BODY, Freelancer, reminders

ROME = ZoneInfo("Europe/Rome")

UBL = b"""<?xml version="1.0" encoding="UTF-8"?>
<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
 <cbc:ID>NC-1</cbc:ID><cbc:IssueDate>2026-11-20</cbc:IssueDate>
 <cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 <cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>12/2026</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>
 <cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Bob Spa</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
 <cac:LegalMonetaryTotal><cbc:TaxInclusiveAmount currencyID="EUR">220.00</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">220.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
</CreditNote>"""


def credit_note_mail():
    m = EmailMessage()
    m["From"] = "alice@example.test"
    m["To"] = "Bob Spa <bob@example.test>"
    m["Subject"] = "Nota di credito NC-1 (rettifica fattura 12/2026)"
    m["Date"] = "Fri, 20 Nov 2026 10:00:00 +0100"
    m["Message-ID"] = "<cn-1@example.test>"
    m.set_content("In allegato la nota di credito NC-1 a rettifica della fattura 12/2026.")
    m.add_attachment(UBL, maintype="application", subtype="xml", filename="IT01234567890_NC001.xml")
    return m


def test_credit_note_lowers_the_balance_and_is_never_chased(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, tzinfo=ROME))
    rig.append("alice", "Sent", credit_note_mail().as_bytes())
    f.run("2026-12-07T10:00+01:00")
    st = f.status("2026-12-07T10:00+01:00")
    assert "NC-1" not in st  # never followed as an invoice
    assert "1000.00 EUR still open" in st["12/2026"]["why"]
    got = reminders(rig, "bob")
    assert len(got) == 1 and "1.000,00 €" in got[0].get_content()
