"""An e-invoice typed as an invoice whose payable amount is zero or negative is followed, never chased,
and `status` says why."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailduns.onboarding.devrig import MailRig

from .test_e2e import Freelancer, reminders
from .test_einvoice_fatturapa import body, fattura_xml

ROME = ZoneInfo("Europe/Rome")


def einvoice_mail(number: str, total: str) -> EmailMessage:
    xml = fattura_xml(body(number, total=total, summary=((total, "0.00"),)), buyer_email="bob@example.test")
    m = EmailMessage()
    m["From"] = "alice@example.test"
    m["To"] = "Bob Spa <bob@example.test>"
    m["Subject"] = f"Fattura {number}"
    m["Date"] = "Mon, 02 Nov 2026 15:00:00 +0100"
    m["Message-ID"] = f"<{number.replace('/', '-')}@example.test>"
    m.set_content(f"In allegato la fattura {number}.")
    m.add_attachment(
        xml.encode(), maintype="application", subtype="xml", filename=f"IT01234567890_{total}.xml"
    )
    return m


@pytest.mark.mailrig
@pytest.mark.parametrize("total", ["0.00", "-50.00"])
def test_nothing_to_pay_is_never_chased(rig: MailRig, tmp_path: Path, total: str) -> None:
    f = Freelancer(rig, tmp_path)
    rig.append("alice", "Sent", einvoice_mail("30/2026", total).as_bytes())
    for now in ("2026-11-10T10:00+01:00", "2026-12-07T10:00+01:00", "2027-01-20T10:00+01:00"):
        f.run(now)
    st = f.status("2027-01-20T10:00+01:00")
    assert reminders(rig, "bob") == []
    if total.startswith("-"):
        # the reader takes a negative total for a credit note (reading/einvoice/fatturapa.py): never followed
        assert "30/2026" not in st
        return
    row = st["30/2026"]
    assert row["state"] == "history" and "nothing to pay" in row["why"], row
