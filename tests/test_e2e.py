"""End to end against a real Dovecot and SMTP server: the core loop of issue 2.

alice is the freelancer, bob and carol are clients. Each test runs the real CLI (`run --once --now`)
and looks at what really arrived in the clients' INBOX and in alice's Sent folder.
"""

from __future__ import annotations

import contextlib
import io
import json
from datetime import datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from mailduns.cli.main import main
from mailduns.onboarding.devrig import MailRig

from .conftest import mail

ROME = ZoneInfo("Europe/Rome")
SENDING = '[sending]\nwindow = "09:00-18:00"\nweekdays_only = false\nholidays = ""\n'


class Freelancer:
    """alice's mailduns set-up on the rig, driven through the real command line."""

    def __init__(
        self, rig: MailRig, tmp: Path, *, since: str | None = "2026-10-01", extra: str = SENDING
    ) -> None:
        self.rig = rig
        self.config = tmp / "config.toml"
        self.state = tmp / "state.db"
        self.config.write_text(rig.config_toml("alice", self.state, since=since, extra=extra))
        self.config.chmod(0o600)
        self.owner = rig.address("alice")

    def cli(self, *args: str) -> tuple[int, str]:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["--config", str(self.config), *args])
        return code, out.getvalue()

    def run(self, now: str) -> str:
        code, out = self.cli("run", "--once", "--now", now)
        assert code == 0, out
        return out

    def status(self, now: str = "2027-02-01T10:00+01:00") -> dict[str, dict[str, Any]]:
        code, out = self.cli("status", "--json", "--now", now)
        assert code == 0
        return {row["number"]: row for row in json.loads(out)}

    def send_invoice(self, subject: str, body: str, when: datetime, to: str = "bob") -> EmailMessage:
        m = mail(f"Alessandra Rossi <{self.owner}>", f"Bob Spa <{self.rig.address(to)}>", subject, body, when)
        self.rig.append("alice", "Sent", m.as_bytes(), when=when)
        return m


def messages(rig: MailRig, user: str, folder: str) -> list[EmailMessage]:
    return [message_from_bytes(r, policy=default) for r in rig.fetch_all(user, folder)]  # type: ignore[misc]


def reminders(rig: MailRig, user: str, folder: str = "INBOX") -> list[EmailMessage]:
    return [m for m in messages(rig, user, folder) if (m["X-Mailduns"] or "").startswith("reminder")]


INVOICE_BODY = "Buongiorno,\nin allegato la fattura.\nTotale: 1.220,00 €\nScadenza: 02/12/2026\n\nAlessandra"


def test_ladder_due_plus_5_10_20_exactly_once_each_threaded_and_copied(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    inv = f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-11-25T10:00+01:00")
    row = f.status("2026-11-25T10:00+01:00")["12/2026"]
    assert (row["amount"], row["currency"], row["due_date"], row["state"]) == (
        "1220.00",
        "EUR",
        "2026-12-02",
        "open",
    )
    assert row["client_email"] == "bob@example.test"
    assert row["next_step"] == "courtesy"  # -3 days: 29 Nov

    for day, step in (("2026-12-07", "reminder"), ("2026-12-12", "late_fee"), ("2026-12-22", "suspension")):
        f.run(f"{day}T10:00+01:00")
        f.run(f"{day}T11:00+01:00")  # a second cycle the same day sends nothing
        got = reminders(rig, "bob")
        assert [m["X-Mailduns"].split("step=")[1] for m in got][-1] == step
    got = reminders(rig, "bob")
    # only the latest due step each time: courtesy and due were missed while "down" before 7 Dec
    assert [m["X-Mailduns"].split("step=")[1] for m in got] == ["reminder", "late_fee", "suspension"]
    for m in got:
        assert m["In-Reply-To"] == inv["Message-ID"]
        assert inv["Message-ID"] in m["References"]
        assert m["Subject"] == "Re: Fattura 12/2026"
        assert m["From"].addresses[0].addr_spec == "alice@example.test"
        assert "12/2026" in m.get_content()
    late = got[1].get_content()
    assert "1.220,00 €" in late and "40,00 €" in late  # fixed compensation (B2B default)
    sent_copies = reminders(rig, "alice", "Sent")
    assert sorted(m["Message-ID"] for m in sent_copies) == sorted(m["Message-ID"] for m in got)
    # suspension has notify_owner: alice was told
    notices = [m for m in messages(rig, "alice", "INBOX") if (m["X-Mailduns"] or "").startswith("notice")]
    assert len(notices) == 1 and "12/2026" in str(notices[0]["Subject"])
    assert f.status("2026-12-22T12:00+01:00")["12/2026"]["last_step"] == "suspension"


def test_restart_between_cycles_changes_nothing(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-12-07T10:00+01:00")
    before = f.status("2026-12-07T10:30+01:00")
    # a "restart": a fresh process would build everything again from the state file; so does this
    rig.restart_dovecot()
    f.run("2026-12-07T10:30+01:00")
    f.run("2026-12-07T10:45+01:00")
    assert f.status("2026-12-07T10:30+01:00") == before
    assert len(reminders(rig, "bob")) == 1
    assert len(reminders(rig, "alice", "Sent")) == 1


def test_client_says_paid_stops_the_ladder_and_tells_the_owner(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    inv = f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-12-07T10:00+01:00")
    assert len(reminders(rig, "bob")) == 1
    reply = mail(
        "Bob Spa <bob@example.test>",
        f.owner,
        "Re: Fattura 12/2026",
        "Buongiorno, abbiamo pagato ieri con bonifico.\nSaluti\n\n> Totale: 1.220,00 €",
        datetime(2026, 12, 8, 9, 0, tzinfo=ROME),
        reply_to=inv["Message-ID"],
    )
    rig.deliver(reply.as_bytes(), f.owner)
    f.run("2026-12-08T10:00+01:00")
    row = f.status("2026-12-08T10:00+01:00")["12/2026"]
    assert row["state"] == "snoozed"
    assert "bob@example.test" in row["why"]
    f.run("2026-12-12T10:00+01:00")  # late_fee day: snoozed, nothing sent
    assert len(reminders(rig, "bob")) == 1
    notices = [m for m in messages(rig, "alice", "INBOX") if (m["X-Mailduns"] or "").startswith("notice")]
    assert len(notices) == 1
    # then the bank confirms: paid for good, never another reminder
    bank = mail(
        "notifiche@banca.example",
        f.owner,
        "Bonifico ricevuto",
        "Hai ricevuto un bonifico di 1.220,00 EUR da Bob Spa.\nCausale: saldo fattura 12/2026\n",
        datetime(2026, 12, 13, 8, 0, tzinfo=ROME),
    )
    rig.deliver(bank.as_bytes(), f.owner)
    f.run("2026-12-13T10:00+01:00")
    assert f.status()["12/2026"]["state"] == "paid"
    for day in ("2026-12-22", "2027-01-05"):
        f.run(f"{day}T10:00+01:00")
    assert len(reminders(rig, "bob")) == 1


def test_hold_keyword_holds_and_removing_it_resumes(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-11-25T10:00+01:00")
    c = rig.imap("alice")
    c.select_folder("Sent")
    uid = c.search(["SUBJECT", "Fattura 12/2026"])[0]
    c.add_flags([uid], [b"$Hold"])
    f.run("2026-12-07T10:00+01:00")
    assert f.status()["12/2026"]["state"] == "hold"
    assert reminders(rig, "bob") == []
    c.remove_flags([uid], [b"$Hold"])
    f.run("2026-12-08T10:00+01:00")
    assert f.status("2026-12-08T10:00+01:00")["12/2026"]["state"] == "open"
    assert len(reminders(rig, "bob")) == 1
    c.add_flags([uid], [b"$Paid"])
    c.logout()
    f.run("2026-12-12T10:00+01:00")
    assert f.status()["12/2026"]["state"] == "paid"
    assert len(reminders(rig, "bob")) == 1


def test_moving_the_invoice_to_paid_folder_marks_it_paid(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-11-25T10:00+01:00")
    c = rig.imap("alice")
    c.create_folder("Paid")
    c.select_folder("Sent")
    c.move(c.search(["SUBJECT", "Fattura 12/2026"]), "Paid")
    c.logout()
    f.run("2026-12-07T10:00+01:00")
    row = f.status()["12/2026"]
    assert row["state"] == "paid" and "Paid" in row["why"]
    assert reminders(rig, "bob") == []


def test_old_invoice_is_history_and_never_mailed(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path, since=None)  # since defaults to the first run's day
    f.send_invoice(
        "Fattura 3/2026", "Totale: 610,00 €\nScadenza: 31/03/2026", datetime(2026, 3, 1, tzinfo=ROME)
    )
    f.run("2026-11-25T10:00+01:00")
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 26, 15, 0, tzinfo=ROME))
    for day in ("2026-12-07", "2026-12-30", "2027-01-30"):
        f.run(f"{day}T10:00+01:00")
    st = f.status()
    assert st["3/2026"]["state"] == "history" and st["3/2026"]["next_step"] is None
    got = reminders(rig, "bob")
    assert got and all("12/2026" in m["Subject"] for m in got)


def test_unreadable_messages_are_logged_once_and_skipped(
    rig: MailRig, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    f = Freelancer(rig, tmp_path)
    garbage = b"\xff\xfe\x00garbage\r\nSubject: =?utf-8?B?!!!?=\r\nContent-Type: multipart/mixed; boundary=\r\n\r\n--\r\n"
    # In Sent only invoice candidates are read at all: a broken one, truncated, bad charset, bad PDF
    broken_invoice = (
        b"Subject: Fattura 99/2026\r\nFrom: alice@example.test\r\nTo: bob@example.test\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; '
        b"charset=klingon\r\nContent-Transfer-Encoding: base64\r\n\r\n\xff\xfe!!!\r\n--b\r\n"
        b"Content-Type: application/pdf; name=Fattura_99.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n%%%notbase64\r\n"
    )
    rig.append("alice", "Sent", broken_invoice)
    rig.append("alice", "Sent", garbage)
    rig.deliver(garbage, f.owner)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    with caplog.at_level("WARNING", logger="mailduns"):
        f.run("2026-12-07T10:00+01:00")
        f.run("2026-12-08T10:00+01:00")
        rig.restart_dovecot()
        f.run("2026-12-09T10:00+01:00")
    assert f.status()["12/2026"]["state"] == "open"
    assert len(reminders(rig, "bob")) == 1
    logged = [r.getMessage() for r in caplog.records if "could not be fully read" in r.getMessage()]
    assert len([m for m in logged if '"Sent"' in m]) == 1, logged
    assert len([m for m in logged if '"INBOX"' in m]) == 1, logged


def test_config_errors_exit_2_with_file_line_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[owner]\nname = "A"\nemail = "a@example.it"\n\n[imap]\nhost = "h"\nport = "abc"\n'
        'username = "u"\npassword = "p"\n\n[smtp]\nhost = "h"\nusername = "u"\npassword = "p"\n'
    )
    assert main(["--config", str(cfg), "check", "--offline"]) == 2
    err = capsys.readouterr().err
    assert f"{cfg}:7:imap.port" in err
    cfg.write_text(cfg.read_text().replace('port = "abc"', "prt = 993"))
    assert main(["--config", str(cfg), "run", "--once"]) == 2
    err = capsys.readouterr().err
    assert f"{cfg}:7:imap.prt" in err and "port" in err


def test_dry_run_sends_nothing_and_changes_nothing(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    code, out = f.cli("run", "--once", "--dry-run", "--now", "2026-12-07T10:00+01:00")
    assert code == 0 and "would send reminder reminder to bob@example.test" in out
    assert reminders(rig, "bob") == []
    assert not f.state.exists() or f.status() == {}
