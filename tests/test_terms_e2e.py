"""Issue 5 policy end to end: profiles per client, repeats, a minimum amount, per-client cc."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.devrig import MailRig

from .test_e2e import INVOICE_BODY, SENDING, Freelancer, reminders

ROME = ZoneInfo("Europe/Rome")


def steps_of(rig: MailRig, user: str) -> list[str]:
    return [str(m["X-Mailduns"]).split("step=")[1] for m in reminders(rig, user)]


def test_profiles_repeat_minimum_and_client_cc(rig: MailRig, tmp_path: Path) -> None:
    extra = SENDING + '''
[clients."carol@example.test"]
profile = "firm"
cc = ["alice-accounts@example.test"]

[[profiles.firm.steps]]
name = "reminder"
days = 2

[[profiles.firm.steps]]
name = "final"
days = 7
late_fee = true
'''
    f = Freelancer(rig, tmp_path, extra=extra)
    f.config.write_text(f.config.read_text().replace(
        "[invoices]\nterms_days = 30\n",
        '[invoices]\nterms_days = 30\nmin_amount = "50.00"\nrepeat_every_days = 7\nrepeat_max = 2\n'))
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, tzinfo=ROME))           # bob
    f.send_invoice("Fattura 13/2026", "Totale: 900,00 €\nScadenza: 02/12/2026",
                   datetime(2026, 11, 2, 16, tzinfo=ROME), to="carol")
    f.send_invoice("Fattura 14/2026", "Totale: 30,00 €\nScadenza: 02/12/2026",
                   datetime(2026, 11, 3, 16, tzinfo=ROME), to="carol")                            # too small
    start = datetime(2026, 12, 1, 10, tzinfo=ROME)
    for day in range(62):                                  # every morning for two months
        f.run((start + timedelta(days=day)).isoformat())
    assert steps_of(rig, "bob") == ["courtesy", "due", "reminder", "late_fee", "suspension", "final",
                                    "final_repeat1", "final_repeat2"]
    assert steps_of(rig, "carol") == ["reminder", "final", "final_repeat1", "final_repeat2"]
    assert all("14/2026" not in str(m["Subject"]) for m in reminders(rig, "carol"))
    assert all("alice-accounts@example.test" in str(m["Cc"]) for m in reminders(rig, "carol"))
    st = f.status("2027-02-01T10:00+01:00")
    assert st["12/2026"]["state"] == "closed" and st["14/2026"]["next_step"] is None
