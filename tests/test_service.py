"""`mailduns run` under a stand-in for systemd: the datagrams it sends to $NOTIFY_SOCKET, SIGHUP
reloading a changed template, and logs that never hold the password.

The test owns the notify socket (an abstract AF_UNIX datagram socket, as systemd uses), starts the
real daemon as a subprocess against the real Dovecot rig, and reads what arrives.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailduns.onboarding.devrig import MailRig
from mailduns.service.sdnotify import describe_status, notify, watchdog_interval

from .conftest import mail
from .test_e2e import INVOICE_BODY, reminders

ROME = ZoneInfo("Europe/Rome")
SENDING = '[sending]\nweekdays_only = false\nholidays = ""\n\n[daemon]\npoll_seconds = 10\n'


class NotifySocket:
    """What systemd would receive from the service: one string per datagram."""

    def __init__(self) -> None:
        self.name = f"@mailduns-test-{secrets.token_hex(6)}"
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind("\0" + self.name[1:])
        self.sock.settimeout(0.2)
        self.got: list[str] = []

    def drain(self) -> list[str]:
        while True:
            try:
                self.got.append(self.sock.recv(4096).decode())
            except TimeoutError:
                return self.got

    def wait_for(self, test: Callable[[str], bool], timeout: float = 20.0) -> str | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.drain():
                if test(message):
                    return message
        return None

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def notify_socket() -> Iterator[NotifySocket]:
    s = NotifySocket()
    yield s
    s.close()


def start_daemon(config: Path, log: Path, now: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "mailduns.cli.main", "-v", "--config", str(config), "run", "--now", now],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env={**os.environ, **env},
        )


def stop(proc: subprocess.Popen[bytes]) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        return -9


def one_invoice(rig: MailRig, tmp: Path) -> Path:
    config = tmp / "config.toml"
    config.write_text(rig.config_toml("alice", tmp / "state.db", since="2026-10-01", extra=SENDING))
    invoice = mail(
        f"Alessandra Rossi <{rig.address('alice')}>",
        "Bob Spa <bob@example.test>",
        "Fattura 12/2026",
        INVOICE_BODY,
        datetime(2026, 11, 2, 15, tzinfo=ROME),
    )
    rig.append("alice", "Sent", invoice.as_bytes())
    return config


@pytest.mark.mailrig
def test_ready_and_status_reach_the_notify_socket_and_stopping_on_sigterm(
    rig: MailRig, tmp_path: Path, notify_socket: NotifySocket
) -> None:
    config = one_invoice(rig, tmp_path)
    log = tmp_path / "daemon.log"
    proc = start_daemon(config, log, "2026-11-25T10:00+01:00", {"NOTIFY_SOCKET": notify_socket.name})
    try:
        assert notify_socket.wait_for(lambda m: "READY=1" in m), log.read_text()
        status = notify_socket.wait_for(lambda m: m.startswith("STATUS="))
        assert status is not None, (notify_socket.got, log.read_text())
        assert len(status) > len("STATUS=") and "\n" not in status
        assert proc.poll() is None
    finally:
        code = stop(proc)
    assert code == 0, log.read_text()
    assert notify_socket.wait_for(lambda m: "STOPPING=1" in m, timeout=3)
    assert notify_socket.got.index(
        next(m for m in notify_socket.got if "READY=1" in m)
    ) < notify_socket.got.index(next(m for m in notify_socket.got if "STOPPING=1" in m))


@pytest.mark.mailrig
def test_watchdog_pings_arrive_while_idle(rig: MailRig, tmp_path: Path, notify_socket: NotifySocket) -> None:
    config = one_invoice(rig, tmp_path)
    log = tmp_path / "daemon.log"
    proc = start_daemon(
        config,
        log,
        "2026-11-25T10:00+01:00",
        {"NOTIFY_SOCKET": notify_socket.name, "WATCHDOG_USEC": "1000000"},
    )
    try:
        assert notify_socket.wait_for(lambda m: "READY=1" in m), log.read_text()
        first = notify_socket.wait_for(lambda m: "WATCHDOG=1" in m, timeout=5)
        assert first is not None, notify_socket.got
        count = sum("WATCHDOG=1" in m for m in notify_socket.got)
        time.sleep(2.5)  # waiting for mail (IDLE) must not stop the pings
        notify_socket.drain()
        assert sum("WATCHDOG=1" in m for m in notify_socket.got) >= count + 3
    finally:
        assert stop(proc) == 0, log.read_text()


@pytest.mark.mailrig
def test_sighup_reloads_a_changed_template_and_logs_hold_no_password(
    rig: MailRig, tmp_path: Path, notify_socket: NotifySocket
) -> None:
    config = one_invoice(rig, tmp_path)
    own = tmp_path / "templates" / "it"
    own.mkdir(parents=True)
    shipped = Path(__file__).resolve().parents[1] / "templates" / "it" / "reminder.txt.j2"
    (own / "reminder.txt.j2").write_text(shipped.read_text())
    subprocess.run(
        [sys.executable, "-m", "mailduns.cli.main", "--config", str(config), "pause", "--all"],
        check=True,
        capture_output=True,
    )
    log = tmp_path / "daemon.log"
    # 7 December: the +5 "reminder" step is due, but sending is paused.
    proc = start_daemon(config, log, "2026-12-07T10:00+01:00", {"NOTIFY_SOCKET": notify_socket.name})
    try:
        assert notify_socket.wait_for(lambda m: m.startswith("STATUS=")), log.read_text()
        assert reminders(rig, "bob") == []
        (own / "reminder.txt.j2").write_text(
            "Gentile cliente,\nTEMPLATE RICARICATO per la fattura {{ invoice_number }}.\n\n{{ owner_name }}\n"
        )
        subprocess.run(
            [sys.executable, "-m", "mailduns.cli.main", "--config", str(config), "resume", "--all"],
            check=True,
            capture_output=True,
        )
        proc.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 30
        # The resume alone may wake a cycle that sends before the signal is handled; the reload
        # then happens once that cycle ends. Wait for both, as a user tailing the log would.
        while time.monotonic() < deadline and not (
            reminders(rig, "bob") and "reloaded" in log.read_text()
        ):
            time.sleep(0.3)
        got = reminders(rig, "bob")
        assert len(got) == 1, log.read_text()
        assert "TEMPLATE RICARICATO per la fattura 12/2026" in got[0].get_content()
        assert proc.poll() is None
    finally:
        assert stop(proc) == 0, log.read_text()
    text = log.read_text()
    assert "reloaded" in text
    assert "alice-pw" not in text and "Traceback" not in text


# -- the pure parts ------------------------------------------------------------------------------
def test_watchdog_interval_reads_systemds_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    assert watchdog_interval() is None
    monkeypatch.setenv("WATCHDOG_USEC", "120000000")
    assert watchdog_interval() == 60.0  # half the timeout
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    assert watchdog_interval() == 60.0
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid() + 1))  # systemd watches another process
    assert watchdog_interval() is None
    monkeypatch.delenv("WATCHDOG_PID")
    for bad in ("0", "-5", "soon"):
        monkeypatch.setenv("WATCHDOG_USEC", bad)
        assert watchdog_interval() is None


def test_notify_is_silent_without_systemd_and_reaches_a_socket(
    monkeypatch: pytest.MonkeyPatch, notify_socket: NotifySocket
) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert notify("READY=1") is False
    monkeypatch.setenv("NOTIFY_SOCKET", "@mailduns-nobody-listens")
    assert notify("READY=1") is False
    monkeypatch.setenv("NOTIFY_SOCKET", notify_socket.name)
    assert notify("WATCHDOG=1") is True
    assert notify_socket.wait_for(lambda m: m == "WATCHDOG=1", timeout=2)


async def test_keep_alive_pings_until_stopped(
    monkeypatch: pytest.MonkeyPatch, notify_socket: NotifySocket
) -> None:
    import asyncio

    from mailduns.service.sdnotify import keep_alive

    monkeypatch.setenv("NOTIFY_SOCKET", notify_socket.name)
    stop_event = asyncio.Event()
    task = asyncio.create_task(keep_alive(0.05, stop_event))
    await asyncio.sleep(0.3)
    stop_event.set()
    await asyncio.wait_for(task, timeout=1)
    assert sum(m == "WATCHDOG=1" for m in notify_socket.drain()) >= 4


def test_status_line_reads_like_a_sentence() -> None:
    assert describe_status(0) == "0 invoices open, no reminder planned"
    line = describe_status(3, datetime(2026, 12, 14, 9, 0, tzinfo=ROME), "ACME srl", "late_fee")
    assert line == "3 invoices open, next late fee Mon 14 Dec 09:00 to ACME srl"


@pytest.mark.mailrig
def test_a_new_state_is_imported_by_a_child_before_ready(
    rig: MailRig, tmp_path: Path, notify_socket: NotifySocket
) -> None:
    """The cold import runs in a short-lived child (its memory goes back to the system when it exits);
    the daemon starts from the store it filled, reads nothing twice, and says READY after it."""
    config = one_invoice(rig, tmp_path)
    log = tmp_path / "daemon.log"
    proc = start_daemon(config, log, "2026-11-25T10:00+01:00", {"NOTIFY_SOCKET": notify_socket.name})
    try:
        assert notify_socket.wait_for(lambda m: "READY=1" in m), log.read_text()
    finally:
        code = stop(proc)
    assert code == 0, log.read_text()
    got = notify_socket.got
    first = next(i for i, m in enumerate(got) if m.startswith("STATUS=first sync"))
    assert first < next(i for i, m in enumerate(got) if "READY=1" in m)
    text = log.read_text()
    assert text.count("INFO invoice 12/2026") == 1, text  # read by the child, not again by the daemon
    assert "Traceback" not in text


@pytest.mark.mailrig
def test_a_state_that_has_synced_is_not_handed_to_a_child(
    rig: MailRig, tmp_path: Path, notify_socket: NotifySocket
) -> None:
    config = one_invoice(rig, tmp_path)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mailduns.cli.main",
            "--config",
            str(config),
            "run",
            "--once",
            "--now",
            "2026-11-25T10:00+01:00",
        ],
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )
    log = tmp_path / "daemon.log"
    proc = start_daemon(config, log, "2026-11-25T10:05+01:00", {"NOTIFY_SOCKET": notify_socket.name})
    try:
        assert notify_socket.wait_for(lambda m: "READY=1" in m), log.read_text()
    finally:
        stop(proc)
    assert not any(m.startswith("STATUS=first sync") for m in notify_socket.got)
