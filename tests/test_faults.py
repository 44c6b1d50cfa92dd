"""Issue 7: network faults against the real rig, safety valves, and the state store under stress."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailduns.cli.main import main
from mailduns.onboarding.devrig import MailRig
from mailduns.core.errors import StateError
from mailduns.store.db import Store

from .conftest import mail
from .test_e2e import INVOICE_BODY, SENDING, Freelancer, messages, reminders

ROME = ZoneInfo("Europe/Rome")
BCC = SENDING + "bcc_owner = true\nevidence_wait_minutes = 0\n"


def notices(rig: MailRig) -> list[str]:
    return [
        str(m["X-Mailduns"])
        for m in messages(rig, "alice", "INBOX")
        if str(m["X-Mailduns"] or "").startswith("notice")
    ]


def one_invoice(rig: MailRig, tmp: Path, extra: str = SENDING, cc: str | None = None) -> Freelancer:
    f = Freelancer(rig, tmp, extra=extra)
    m = mail(
        f"Alessandra Rossi <{f.owner}>",
        "Bob Spa <bob@example.test>",
        "Fattura 12/2026",
        INVOICE_BODY,
        datetime(2026, 11, 2, 15, tzinfo=ROME),
        cc=cc,
    )
    rig.append("alice", "Sent", m.as_bytes())
    return f


def test_a_451_is_retried_later_and_delivered_once(rig: MailRig, tmp_path: Path) -> None:
    f = one_invoice(rig, tmp_path)
    rig.smtp_reject_code = (451, "4.3.0 try again later")
    out = f.run("2026-12-07T10:00+01:00")
    assert "will retry" in out and reminders(rig, "bob") == []
    f.run("2026-12-07T10:10+01:00")
    assert reminders(rig, "bob") == []
    rig.smtp_reject_code = None
    f.run("2026-12-07T10:20+01:00")
    f.run("2026-12-07T10:30+01:00")
    assert len(reminders(rig, "bob")) == 1


def test_connection_dropped_after_data_is_settled_by_the_bcc_copy(rig: MailRig, tmp_path: Path) -> None:
    f = one_invoice(rig, tmp_path, extra=BCC)
    rig.smtp_drop_after_data = True
    out = f.run("2026-12-07T10:00+01:00")
    assert "connection dropped" in out
    rig.smtp_drop_after_data = False
    out = f.run("2026-12-07T10:05+01:00")
    assert "did go out" in out
    f.run("2026-12-07T10:10+01:00")
    assert len(reminders(rig, "bob")) == 1  # delivered once, never resent
    assert len(reminders(rig, "alice", "Sent")) == 1  # and filed once
    assert notices(rig) == []  # settled without bothering anyone


def test_connection_dropped_without_evidence_is_not_resent_and_the_owner_is_told(
    rig: MailRig, tmp_path: Path
) -> None:
    f = one_invoice(rig, tmp_path)
    rig.smtp_drop_after_data = True
    f.run("2026-12-07T10:00+01:00")
    rig.smtp_drop_after_data = False
    f.run("2026-12-07T10:05+01:00")
    f.run("2026-12-12T10:05+01:00")
    got = reminders(rig, "bob")
    assert [str(m["X-Mailduns"]).split("step=")[1] for m in got] == ["reminder", "late_fee"]
    assert any("uncertain-send" in n for n in notices(rig))


def test_a_slow_server_is_waited_for(rig: MailRig, tmp_path: Path) -> None:
    f = one_invoice(rig, tmp_path)
    rig.smtp_delay = 1.5
    f.run("2026-12-07T10:00+01:00")
    assert len(reminders(rig, "bob")) == 1


def test_a_refused_recipient_holds_the_invoice_and_tells_the_owner(rig: MailRig, tmp_path: Path) -> None:
    f = one_invoice(rig, tmp_path, cc="Amministrazione <carol@example.test>")
    rig.smtp_rcpt_reject["carol@example.test"] = (550, "5.1.1 mailbox unknown")
    f.run("2026-12-07T10:00+01:00")
    assert len(reminders(rig, "bob")) == 1  # the others still get it
    row = f.status()["12/2026"]
    assert row["state"] == "hold" and "carol@example.test" in row["why"]
    assert any("send-failed" in n for n in notices(rig))


def test_every_recipient_refused_fails_and_holds(rig: MailRig, tmp_path: Path) -> None:
    f = one_invoice(rig, tmp_path)
    rig.smtp_rcpt_reject["bob@example.test"] = (550, "5.1.1 mailbox unknown")
    f.run("2026-12-07T10:00+01:00")
    f.run("2026-12-12T10:00+01:00")
    assert reminders(rig, "bob") == []
    assert f.status()["12/2026"]["state"] == "hold"


def test_kill_switch_keyword_and_pause_all(rig: MailRig, tmp_path: Path) -> None:
    f = one_invoice(rig, tmp_path)
    rig.deliver(
        mail("x@example.test", f.owner, "whatever", "hello", datetime(2026, 12, 1, tzinfo=ROME)).as_bytes(),
        f.owner,
    )
    c = rig.imap("alice")
    c.select_folder("INBOX")
    uid = c.search(["ALL"])[0]
    c.add_flags([uid], [b"$MailDunsStop"])
    out = f.run("2026-12-07T10:00+01:00")
    assert "sending is paused" in out and reminders(rig, "bob") == []
    assert "$MailDunsStop" in f.cli("status", "--now", "2026-12-07T10:00+01:00")[1]
    c.remove_flags([uid], [b"$MailDunsStop"])
    c.logout()
    assert f.cli("pause", "--all")[0] == 0
    f.run("2026-12-07T10:10+01:00")
    assert reminders(rig, "bob") == []
    code, out = f.cli("status", "--now", "2026-12-07T10:10+01:00")
    assert "SENDING IS PAUSED" in out
    assert f.cli("resume", "--all")[0] == 0
    f.run("2026-12-07T10:20+01:00")
    assert len(reminders(rig, "bob")) == 1


def test_one_reminder_per_client_per_day(rig: MailRig, tmp_path: Path) -> None:
    f = one_invoice(rig, tmp_path)
    f.run("2026-12-07T10:00+01:00")  # the reminder for 12/2026 goes out
    # later that morning the freelancer sends an invoice that was due last week (a late invoice)
    f.send_invoice(
        "Fattura 13/2026", "Totale: 300,00 €\nScadenza: 01/12/2026", datetime(2026, 11, 1, tzinfo=ROME)
    )
    f.run("2026-12-07T11:00+01:00")
    assert len(reminders(rig, "bob")) == 1  # not a second mail the same day
    f.run("2026-12-08T10:00+01:00")
    got = reminders(rig, "bob")
    assert len(got) == 2 and "13/2026" in str(got[-1]["X-Mailduns"])


def test_no_secret_ever_reaches_the_logs(
    rig: MailRig, tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    f = one_invoice(rig, tmp_path)
    with caplog.at_level(logging.DEBUG):
        assert (
            main(["-v", "--config", str(f.config), "run", "--once", "--now", "2026-12-07T10:00+01:00"]) == 0
        )
        bad = f.config.read_text().replace('password = "alice-pw"', 'password = "s3cret-Typo"', 1)
        f.config.write_text(bad)
        assert main(["-v", "--config", str(f.config), "check"]) == 1
    seen = capsys.readouterr()
    text = seen.out + seen.err + "\n".join(r.getMessage() for r in caplog.records)
    assert "alice-pw" not in text and "s3cret-Typo" not in text
    assert "LOGIN" in text or len(caplog.records) > 5  # debug logging really was on


def test_a_full_disk_is_a_clear_error_and_loses_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.db")
    store.set_meta("kept", "yes")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StateError, match="disk full"):
        store.set_meta("big", "x" * 1_000_000)
    assert store.get_meta("kept") == "yes" and store.get_meta("big") is None
    store.close()
    assert Store(tmp_path / "state.db").get_meta("kept") == "yes"


def test_a_damaged_database_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    Store(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(StateError, match="damaged|not a mailduns database"):
        Store(path)


def test_backup_is_a_consistent_copy(rig: MailRig, tmp_path: Path) -> None:
    f = one_invoice(rig, tmp_path)
    f.run("2026-12-07T10:00+01:00")
    target = tmp_path / "backup" / "state-copy.db"
    assert f.cli("backup", str(target))[0] == 0
    db = sqlite3.connect(target)
    assert db.execute("SELECT number, last_step FROM invoices").fetchall() == [("12/2026", "reminder")]
