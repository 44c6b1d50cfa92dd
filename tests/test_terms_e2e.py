"""Issue 5 policy end to end: profiles per client, repeats, a minimum amount, per-client cc."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.onboarding.devrig import MailRig

from .test_e2e import INVOICE_BODY, SENDING, Freelancer, messages, reminders

ROME = ZoneInfo("Europe/Rome")


def steps_of(rig: MailRig, user: str) -> list[str]:
    return [str(m["X-Mailduns"]).split("step=")[1] for m in reminders(rig, user)]


def test_profiles_repeat_minimum_and_client_cc(rig: MailRig, tmp_path: Path) -> None:
    extra = (
        SENDING
        + """
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
"""
    )
    f = Freelancer(rig, tmp_path, extra=extra)
    f.config.write_text(
        f.config.read_text().replace(
            "[invoices]\nterms_days = 30\n",
            '[invoices]\nterms_days = 30\nmin_amount = "50.00"\nrepeat_every_days = 7\nrepeat_max = 2\n',
        )
    )
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, tzinfo=ROME))  # bob
    f.send_invoice(
        "Fattura 13/2026",
        "Totale: 900,00 €\nScadenza: 02/12/2026",
        datetime(2026, 11, 2, 16, tzinfo=ROME),
        to="carol",
    )
    f.send_invoice(
        "Fattura 14/2026",
        "Totale: 30,00 €\nScadenza: 02/12/2026",
        datetime(2026, 11, 3, 16, tzinfo=ROME),
        to="carol",
    )  # too small
    start = datetime(2026, 12, 1, 10, tzinfo=ROME)
    for day in range(62):  # every morning for two months
        f.run((start + timedelta(days=day)).isoformat())
    assert steps_of(rig, "bob") == [
        "courtesy",
        "due",
        "reminder",
        "late_fee",
        "suspension",
        "final",
        "final_repeat1",
        "final_repeat2",
    ]
    assert steps_of(rig, "carol") == ["reminder", "final", "final_repeat1", "final_repeat2"]
    assert all("14/2026" not in str(m["Subject"]) for m in reminders(rig, "carol"))
    assert all("alice-accounts@example.test" in str(m["Cc"]) for m in reminders(rig, "carol"))
    st = f.status("2027-02-01T10:00+01:00")
    assert st["12/2026"]["state"] == "closed" and st["14/2026"]["next_step"] is None


def test_two_overdue_invoices_make_one_statement(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    a = f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, tzinfo=ROME))
    b = f.send_invoice(
        "Fattura 13/2026", "Totale: 300,00 €\nScadenza: 02/12/2026", datetime(2026, 11, 3, tzinfo=ROME)
    )
    f.run("2026-12-07T10:00+01:00")
    f.run("2026-12-07T11:00+01:00")
    got = reminders(rig, "bob")
    assert len(got) == 1  # one letter, not two
    body = got[0].get_content()
    assert "12/2026" in body and "13/2026" in body and "1.520,00 €" in body
    refs = str(got[0]["References"])
    assert str(a["Message-ID"]) in refs and str(b["Message-ID"]) in refs
    st = f.status("2026-12-07T11:00+01:00")
    assert st["12/2026"]["last_step"] == st["13/2026"]["last_step"] == "reminder"
    f.run("2026-12-12T10:00+01:00")  # the next step is one statement again
    assert len(reminders(rig, "bob")) == 2
    assert len(reminders(rig, "alice", "Sent")) == 2


def test_thank_you_payment_details_and_quiet_period(rig: MailRig, tmp_path: Path) -> None:
    extra = (
        SENDING.replace('holidays = ""\n', 'holidays = ""\nquiet = ["12-06..12-09"]\nthank_you = true\n')
        + """
[payment]
beneficiary = "Alessandra Rossi"
iban = "IT60 X054 2811 1010 0000 0123 456"
"""
    )
    f = Freelancer(rig, tmp_path, extra=extra)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, tzinfo=ROME))
    f.run("2026-12-07T10:00+01:00")  # +5, but the 6th-9th are quiet
    assert reminders(rig, "bob") == []
    assert f.status("2026-12-07T10:00+01:00")["12/2026"]["next_at"].startswith("2026-12-10T09:00")
    f.run("2026-12-10T10:00+01:00")
    got = reminders(rig, "bob")
    assert len(got) == 1 and "IT60X0542811101000000123456" in got[0].get_content().replace(" ", "")
    from .conftest import mail

    pay = mail(
        "notifiche@banca.example",
        f.owner,
        "Bonifico in entrata",
        "Hai ricevuto un bonifico di 1.220,00 EUR.\nCausale: fattura 12/2026\n",
        datetime(2026, 12, 11, 8, tzinfo=ROME),
    )
    rig.deliver(pay.as_bytes(), f.owner)
    f.run("2026-12-11T10:00+01:00")
    thanks = [
        m
        for m in messages(rig, "bob", "INBOX")
        if str(m["X-Mailduns"] or "").startswith("thank") or "thank" in str(m["X-Mailduns"] or "")
    ]
    assert f.status()["12/2026"]["state"] == "paid"
    assert len(thanks) == 1 and thanks[0]["In-Reply-To"] is not None


def test_the_window_applies_in_the_clients_time_zone(rig: MailRig, tmp_path: Path) -> None:
    extra = SENDING + '\n[clients."bob@example.test"]\ntimezone = "America/New_York"\n'
    f = Freelancer(rig, tmp_path, extra=extra)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, tzinfo=ROME))
    f.run("2026-12-07T10:00+01:00")  # 04:00 in New York: too early
    assert reminders(rig, "bob") == []
    f.run("2026-12-07T15:30+01:00")  # 09:30 in New York
    assert len(reminders(rig, "bob")) == 1


def test_one_unwritable_letter_holds_that_client_and_the_rest_go_out(rig: MailRig, tmp_path: Path) -> None:
    extra = (
        SENDING
        + """
[clients."carol@example.test"]
profile = "broken"

[[profiles.broken.steps]]
name = "reminder"
days = 5
template = "no_such_letter"
"""
    )
    f = Freelancer(rig, tmp_path, extra=extra)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, tzinfo=ROME))
    f.send_invoice(
        "Fattura 13/2026",
        "Totale: 300,00 €\nScadenza: 02/12/2026",
        datetime(2026, 11, 3, tzinfo=ROME),
        to="carol",
    )
    f.run("2026-12-07T10:00+01:00")
    assert len(reminders(rig, "bob")) == 1  # bob is served
    st = f.status("2026-12-07T10:00+01:00")
    assert st["13/2026"]["state"] == "hold" and "could not be written" in st["13/2026"]["why"]
    notices = [m for m in messages(rig, "alice", "INBOX") if str(m["X-Mailduns"] or "").startswith("notice")]
    assert len(notices) == 1 and "13/2026" in str(notices[0]["Subject"])


def test_a_step_due_on_saturday_goes_out_monday_in_the_window(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path, extra="")  # the defaults: weekdays only, Italian holidays
    # due Monday 7 Dec 2026: +5 is Saturday 12 Dec
    f.send_invoice(
        "Fattura 12/2026", "Totale: 1.220,00 €\nScadenza: 07/12/2026", datetime(2026, 11, 6, tzinfo=ROME)
    )
    f.cli("run", "--once", "--now", "2026-12-01T10:00+01:00")  # first sight, nothing due yet
    n = len(reminders(rig, "bob"))
    f.run("2026-12-12T10:00+01:00")  # Saturday
    f.run("2026-12-13T10:00+01:00")  # Sunday
    assert len(reminders(rig, "bob")) == n
    assert f.status("2026-12-13T10:00+01:00")["12/2026"]["next_at"].startswith("2026-12-14T09:00")
    f.run("2026-12-14T08:30+01:00")  # Monday, before the window opens
    assert len(reminders(rig, "bob")) == n
    f.run("2026-12-14T09:05+01:00")
    got = reminders(rig, "bob")
    assert len(got) == n + 1 and "step=reminder" in str(got[-1]["X-Mailduns"])


def test_preview_shows_the_fee_computation_line_by_line(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path, extra=SENDING)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, tzinfo=ROME))
    f.run("2026-11-25T10:00+01:00")
    code, out = f.cli("preview", "12/2026", "--step", "late_fee", "--now", "2026-12-12T10:00+01:00")
    assert code == 0 and "how the amount is computed" in out
    assert "1.220,00 € ×" in out and "40,00 €" in out
