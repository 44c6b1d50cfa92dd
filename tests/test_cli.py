"""Every command of the contract, through `main()`, against the real rig where it needs a server."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailduns.cli.main import main
from mailduns.onboarding.devrig import MailRig

from .conftest import mail
from .test_e2e import INVOICE_BODY, Freelancer, reminders

ROME = ZoneInfo("Europe/Rome")
CONTRACT_KEYS = {
    "number",
    "client_email",
    "client_name",
    "amount",
    "currency",
    "issue_date",
    "due_date",
    "state",
    "last_step",
    "next_step",
    "next_at",
    "why",
}


def test_check_logs_in_and_finds_folders(
    rig: MailRig, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = Freelancer(rig, tmp_path)
    assert main(["--config", str(f.config), "check"]) == 0
    out = capsys.readouterr().out
    assert 'sent "Sent"' in out and "SMTP 127.0.0.1: logged in" in out


def test_check_with_a_wrong_password_says_so(
    rig: MailRig, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = Freelancer(rig, tmp_path)
    f.config.write_text(f.config.read_text().replace('password = "alice-pw"', 'password = "nope"', 1))
    assert main(["--config", str(f.config), "check"]) == 1
    err = capsys.readouterr().err
    assert "refused the login for alice" in err and "password" in err
    assert "nope" not in err


def test_status_json_has_the_contract_keys_and_table_reads(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-12-07T10:00+01:00")
    code, out = f.cli("status", "--json", "--now", "2026-12-07T11:00+01:00")
    rows = json.loads(out)
    # added: the formal notice (issue 18) and the letter waiting for approval (issue 17)
    assert code == 0 and len(rows) == 1 and set(rows[0]) == CONTRACT_KEYS | {"formal", "awaiting_approval"}
    assert rows[0]["formal"] is None and rows[0]["awaiting_approval"] is None
    assert rows[0]["last_step"] == "reminder" and rows[0]["next_step"] == "late_fee"
    assert rows[0]["next_at"].startswith("2026-12-12T09:00")
    code, out = f.cli("status", "--now", "2026-12-07T11:00+01:00")
    assert "12/2026" in out and "1220.00 EUR" in out and "late_fee" in out


def test_preview_renders_the_exact_next_mail(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-11-25T10:00+01:00")
    code, out = f.cli("preview", "12/2026", "--step", "late_fee", "--now", "2026-12-12T10:00+01:00")
    assert code == 0
    assert "Subject: Re: Fattura 12/2026" in out and "1.220,00" in out and "bob@example.test" in out
    code, out = f.cli("preview", "12/2026", "--step", "nope")
    assert code == 2
    assert reminders(rig, "bob") == []  # preview never sends


def test_manual_paid_hold_resume(rig: MailRig, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-11-25T10:00+01:00")
    assert f.cli("hold", "12/2026")[0] == 0
    f.run("2026-12-07T10:00+01:00")
    assert reminders(rig, "bob") == [] and f.status()["12/2026"]["state"] == "hold"
    assert f.cli("resume", "12/2026")[0] == 0
    f.run("2026-12-07T10:30+01:00")
    assert len(reminders(rig, "bob")) == 1
    assert f.cli("paid", "12/2026")[0] == 0
    f.run("2026-12-14T10:00+01:00")
    assert len(reminders(rig, "bob")) == 1 and f.status()["12/2026"]["state"] == "paid"
    capsys.readouterr()
    assert main(["--config", str(f.config), "paid", "99/2026"]) == 1
    assert 'no invoice numbered "99/2026"' in capsys.readouterr().err


def test_inspect_json_follows_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inv = mail(
        "Alessandra <a@example.it>",
        "ACME srl <conti@acme.it>",
        "Fattura 12/2026",
        INVOICE_BODY,
        datetime(2026, 11, 2, 15, tzinfo=ROME),
    )
    reply = mail(
        "conti@acme.it",
        "a@example.it",
        "Re: Fattura 12/2026",
        "Buongiorno, pagheremo entro il 5 dicembre 2026.\nGrazie",
        datetime(2026, 11, 20, tzinfo=ROME),
        reply_to=str(inv["Message-ID"]),
    )
    (tmp_path / "inv.eml").write_bytes(inv.as_bytes())
    (tmp_path / "reply.eml").write_bytes(reply.as_bytes())
    assert main(["inspect", str(tmp_path / "inv.eml"), str(tmp_path / "reply.eml"), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got[0]["kind"] == "invoice" and got[0]["language"] == "it"
    contract = {
        "number",
        "issue_date",
        "due_date",
        "amount",
        "total",
        "currency",
        "client_email",
        "client_name",
        "source",
    }
    assert {k: v for k, v in got[0]["invoices"][0].items() if k in contract} | {"source": None} == {
        "number": "12/2026",
        "issue_date": None,
        "due_date": "2026-12-02",
        "amount": "1220.00",
        "total": "1220.00",
        "currency": "EUR",
        "client_email": "conti@acme.it",
        "client_name": "ACME srl",
        "source": None,
    }
    assert got[1]["kind"] == "client-reply-promise"
    assert got[1]["reply"]["promised_date"] == "2026-12-05"
    assert main(["inspect", str(tmp_path / "missing.eml")]) == 1


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    assert main(["run", "--now", "tomorrow", "--config", "/nonexistent"]) == 2
