"""Real mailboxes (issue 13): the daemon against Dovecot laid out like other providers' servers.

Each profile of `MailRig` (onboarding/devrig.py) sets Dovecot's namespace, folder names, special-use
flags and announced capabilities like a provider's; what Dovecot cannot be made to do (BAD to an
unknown STATUS item, refused keywords, Gmail's X-GM-EXT-1) is done by tests/imapproxy.py on the wire.
Every test drives the real command line, as the freelancer would.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from mailduns.cli.main import main
from mailduns.onboarding.devrig import MailRig, dovecot_available

from .conftest import mail
from .imapproxy import Behaviour, ImapProxy

ROME = ZoneInfo("Europe/Rome")
SENDING = '[sending]\nwindow = "09:00-18:00"\nweekdays_only = false\nholidays = ""\n'
INVOICE_BODY = "Buongiorno,\nin allegato la fattura.\nTotale: 1.220,00 €\nScadenza: 02/12/2026\n\nAlessandra"


@contextlib.contextmanager
def provider(profile: str, behaviour: Behaviour | None = None) -> Iterator[tuple[MailRig, ImapProxy | None]]:
    if not dovecot_available():
        pytest.skip("Dovecot is not installed: run ./scripts/test.sh, which installs it")
    rig = MailRig(profile=profile)
    rig.start()
    proxy = ImapProxy(rig.imap_port, behaviour) if behaviour is not None else None
    try:
        yield rig, proxy
    finally:
        if proxy is not None:
            proxy.stop()
        rig.stop()


class Owner:
    def __init__(
        self, rig: MailRig, tmp: Path, proxy: ImapProxy | None = None, *, smtp_extra: str = ""
    ) -> None:
        self.rig = rig
        self.config = tmp / "config.toml"
        text = rig.config_toml("alice", tmp / "state.db", since="2026-10-01", extra=SENDING)
        if proxy is not None:
            text = text.replace(f"port = {rig.imap_port}\n", f"port = {proxy.port}\n", 1)
        if smtp_extra:
            text = text.replace("server_saves_sent = false\n", "").replace(
                f'port = {rig.smtp_port}\nsecurity = "plain"\n',
                f'port = {rig.smtp_port}\nsecurity = "plain"\n{smtp_extra}\n',
                1,
            )
        self.config.write_text(text)
        self.config.chmod(0o600)
        self.state = tmp / "state.db"

    def cli(self, *args: str) -> tuple[int, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--config", str(self.config), *args])
        return code, out.getvalue() + err.getvalue()

    def run(self, now: str) -> str:
        code, out = self.cli("run", "--once", "--now", now)
        assert code == 0, out
        return out

    def status(self, now: str = "2027-02-01T10:00+01:00") -> dict[str, dict[str, Any]]:
        code, out = self.cli("status", "--json", "--now", now)
        assert code == 0, out
        return {row["number"]: row for row in json.loads(out)}

    def send_invoice(self, number: str = "12/2026", to: str = "bob") -> bytes:
        when = datetime(2026, 11, 2, 15, 0, tzinfo=ROME)
        m = mail(
            f"Alessandra Rossi <{self.rig.address('alice')}>",
            f"Bob Spa <{self.rig.address(to)}>",
            f"Fattura {number}",
            INVOICE_BODY,
            when,
        )
        raw = m.as_bytes()
        self.rig.append("alice", self.rig.sent_folder, raw, when=when)
        return raw


def reminders_in(rig: MailRig, user: str, folder: str) -> list[bytes]:
    return [r for r in rig.fetch_all(user, folder) if b"X-Mailduns: reminder" in r]


def test_exchange_without_condstore_or_keywords_works_and_says_so(tmp_path: Path) -> None:
    """Outlook.com / Microsoft 365: BAD to HIGHESTMODSEQ used to fail every cycle; now the daemon never
    asks for it, finds "Sent Items" without special-use, and `check`/`status` say keywords are refused."""
    with provider("exchange", Behaviour(no_condstore=True, no_keywords=True)) as (rig, proxy):
        assert proxy is not None
        o = Owner(rig, tmp_path, proxy)
        o.send_invoice()
        o.run("2026-11-25T10:00+01:00")
        assert o.status()["12/2026"]["state"] == "open"
        o.run("2026-12-07T10:00+01:00")  # due 2 Dec + 5 days: the first reminder
        assert len(reminders_in(rig, "bob", "INBOX")) == 1
        assert len(reminders_in(rig, "alice", "Sent Items")) == 1
        assert not any(b"HIGHESTMODSEQ" in c.upper() for c in proxy.commands)
        code, out = o.cli("check")
        assert code == 0, out
        assert 'sent "Sent Items"' in out and 'drafts "Drafts"' in out
        assert "CONDSTORE: no" in out and "IDLE: yes" in out
        assert "keywords ($Paid, $Hold): not kept by this server" in out
        assert "Paid" in out
        code, out = o.cli("status", "--now", "2026-12-07T11:00+01:00")
        assert code == 0
        assert "does not keep the $Paid and $Hold keywords" in out


def test_exchange_flags_scan_sees_a_moved_invoice_without_condstore(tmp_path: Path) -> None:
    with provider("exchange", Behaviour(no_condstore=True)) as (rig, proxy):
        o = Owner(rig, tmp_path, proxy)
        o.send_invoice()
        o.run("2026-11-25T10:00+01:00")
        c = rig.imap("alice")
        c.select_folder("Sent Items")
        c.create_folder("Paid")
        c.move(c.search(["ALL"]), "Paid")
        c.logout()
        o.run("2026-11-26T10:00+01:00")
        assert o.status()["12/2026"]["state"] == "paid"


def test_courier_namespace_finds_inbox_sent_and_moving_to_inbox_paid_marks_paid(tmp_path: Path) -> None:
    """Courier/cPanel: "INBOX.Sent" with a "." separator and no special-use; the Paid folder is
    "INBOX.Paid", created after the invoice was first seen (as a freelancer would)."""
    with provider("courier", Behaviour(no_condstore=True)) as (rig, proxy):
        o = Owner(rig, tmp_path, proxy)
        o.send_invoice()
        o.run("2026-11-25T10:00+01:00")
        assert o.status()["12/2026"]["state"] == "open"
        code, out = o.cli("check")
        assert code == 0, out
        assert 'sent "INBOX.Sent"' in out and 'drafts "INBOX.Drafts"' in out
        assert '"INBOX.Paid" (not created yet)' in out
        c = rig.imap("alice")
        c.create_folder("INBOX.Paid")
        c.select_folder("INBOX.Sent")
        uids = c.search(["ALL"])
        c.copy(uids, "INBOX.Paid")  # Courier has no MOVE: a mail client copies and expunges
        c.delete_messages(uids)
        c.expunge()
        c.logout()
        o.run("2026-11-26T10:00+01:00")
        row = o.status()["12/2026"]
        assert row["state"] == "paid", row
        assert "INBOX.Paid" in row["why"]
        o.run("2026-12-07T10:00+01:00")
        assert reminders_in(rig, "bob", "INBOX") == []


def test_italian_host_localized_folders_without_special_use(tmp_path: Path) -> None:
    with provider("italian") as (rig, _):
        o = Owner(rig, tmp_path)
        o.send_invoice()
        o.run("2026-11-25T10:00+01:00")
        o.run("2026-12-07T10:00+01:00")
        assert len(reminders_in(rig, "alice", "Posta inviata")) == 1
        _, out = o.cli("check")
        assert 'sent "Posta inviata"' in out and 'drafts "Bozze"' in out


def test_condstore_reads_only_changed_flags(tmp_path: Path) -> None:
    """With CONDSTORE a $Paid set in the mail client is read with FETCH … CHANGEDSINCE: only changed
    messages come back, however many invoices are followed."""
    with provider("dovecot", Behaviour()) as (rig, proxy):
        assert proxy is not None
        o = Owner(rig, tmp_path, proxy)
        for n in range(1, 6):
            o.send_invoice(f"{n}/2026")
        o.run("2026-11-25T10:00+01:00")
        c = rig.imap("alice")
        c.select_folder("Sent")
        first = min(c.search(["ALL"]))
        c.add_flags([first], [b"$Paid"])
        c.logout()
        proxy.commands.clear()
        o.run("2026-11-26T10:00+01:00")
        assert any(b"CHANGEDSINCE" in cmd.upper() for cmd in proxy.commands), proxy.commands
        states = {k: v["state"] for k, v in o.status().items()}
        assert sorted(states.values()) == ["open"] * 4 + ["paid"]


def _sent_copies(rig: MailRig) -> int:
    return len(reminders_in(rig, "alice", rig.sent_folder))


def test_gmail_files_the_sent_copy_itself_so_we_never_add_a_second(tmp_path: Path) -> None:
    with provider("gmail", Behaviour(gmail=True)) as (rig, proxy):
        rig.smtp_files_sent = 0.0
        o = Owner(rig, tmp_path, proxy, smtp_extra="")
        o.send_invoice()
        o.run("2026-11-25T10:00+01:00")
        o.run("2026-12-07T10:00+01:00")
        time.sleep(0.5)
        o.run("2026-12-07T10:30+01:00")
        o.run("2026-12-08T10:30+01:00")
        assert len(reminders_in(rig, "bob", "INBOX")) == 1
        assert _sent_copies(rig) == 1


def test_a_provider_that_files_the_copy_seconds_later_gets_one_copy(tmp_path: Path) -> None:
    """`server_saves_sent = "auto"` on a server that gives no sign: the copy is looked for again before
    ours is filed, and what was seen is remembered."""
    with provider("dovecot") as (rig, _):
        rig.smtp_files_sent = 1.0
        o = Owner(rig, tmp_path, smtp_extra='server_saves_sent = "auto"')
        o.send_invoice()
        o.run("2026-11-25T10:00+01:00")
        o.run("2026-12-07T10:00+01:00")
        assert _sent_copies(rig) <= 1  # never ours this early
        time.sleep(1.5)
        o.run("2026-12-07T10:05+01:00")
        time.sleep(0.5)
        assert _sent_copies(rig) == 1
        with sqlite3.connect(o.state) as db:
            learned = db.execute("SELECT value FROM meta WHERE key='server_saves_sent'").fetchone()
        assert learned == ("yes",)


def test_auto_on_a_server_that_never_files_the_copy_files_ours_once(tmp_path: Path) -> None:
    with provider("dovecot") as (rig, _):
        o = Owner(rig, tmp_path, smtp_extra='server_saves_sent = "auto"')
        o.send_invoice()
        o.send_invoice("13/2026", to="carol")
        o.run("2026-11-25T10:00+01:00")
        o.run("2026-12-07T10:00+01:00")
        o.run("2026-12-07T10:05+01:00")
        o.run("2026-12-08T10:05+01:00")
        assert _sent_copies(rig) == 2
        assert len(reminders_in(rig, "bob", "INBOX")) == 1


def test_a_server_saves_sent_setting_that_is_not_a_boolean_names_the_key(tmp_path: Path) -> None:
    with provider("dovecot") as (rig, _):
        o = Owner(rig, tmp_path, smtp_extra='server_saves_sent = "sometimes"')
        code, out = o.cli("check", "--offline")
        assert code == 2
        assert "server_saves_sent" in out and "config.toml" in out
