"""`preview` of a paid invoice says it is paid, and never renders "0,00 € … still unpaid"."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailduns.onboarding.devrig import MailRig

from .test_e2e import INVOICE_BODY, Freelancer

ROME = ZoneInfo("Europe/Rome")


@pytest.mark.mailrig
def test_preview_of_a_paid_invoice_says_it_is_paid(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-11-25T10:00+01:00")
    assert f.cli("paid", "12/2026")[0] == 0
    code, out = f.cli("preview", "12/2026", "--step", "reminder", "--now", "2026-12-07T10:00+01:00")
    assert code == 0
    assert out.startswith("Invoice 12/2026 is paid") and "will not send this letter" in out
    assert not re.search(r"(?<![\d.])0,00 €", out) and "1.220,00 €" in out
