"""The real daemon process (`mailduns run`): reacts to new mail, outlives a Dovecot restart,
reloads on SIGHUP and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.onboarding.devrig import MailRig

from .conftest import mail

ROME = ZoneInfo("Europe/Rome")


def wait_for(cond: Callable[[], bool], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.2)
    return False


def status(config: Path) -> dict[str, dict[str, object]]:
    out = subprocess.run(
        [sys.executable, "-m", "mailduns.cli.main", "--config", str(config), "status", "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {r["number"]: r for r in json.loads(out)}


def test_daemon_follows_new_mail_survives_dovecot_restart_and_stops_on_sigterm(
    rig: MailRig, tmp_path: Path
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        rig.config_toml(
            "alice",
            tmp_path / "state.db",
            since="2026-10-01",
            extra='[sending]\nweekdays_only = false\nholidays = ""\n\n[daemon]\npoll_seconds = 10\n',
        )
    )
    owner = rig.address("alice")
    invoice = mail(
        owner,
        "bob@example.test",
        "Fattura 7/2026",
        "Totale: 500,00 €\nScadenza: 30/11/2026",
        datetime(2026, 11, 2, 10, tzinfo=ROME),
    )
    rig.append("alice", "Sent", invoice.as_bytes())
    log = (tmp_path / "daemon.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mailduns.cli.main",
            "--config",
            str(config),
            "run",
            "--now",
            "2026-11-25T10:00+01:00",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    try:
        assert wait_for(lambda: config.parent.joinpath("state.db").exists() and "7/2026" in status(config))
        assert status(config)["7/2026"]["state"] == "open"

        rig.restart_dovecot()  # the server goes away under the daemon's IDLE
        reply = mail(
            "bob@example.test",
            owner,
            "Re: Fattura 7/2026",
            "Ci sono degli errori nella fattura, l'importo non è corretto.",
            datetime(2026, 11, 25, 11, tzinfo=ROME),
            reply_to=invoice["Message-ID"],
        )
        rig.deliver(reply.as_bytes(), owner)
        assert wait_for(lambda: status(config)["7/2026"]["state"] == "hold", timeout=30), (
            tmp_path / "daemon.log"
        ).read_text()

        # SIGHUP with a broken config: the daemon keeps the old one and keeps running
        good = config.read_text()
        config.write_text(good + "\n[daemon]\npoll_secs = 3\n")
        proc.send_signal(signal.SIGHUP)
        time.sleep(1.5)
        assert proc.poll() is None
        config.write_text(good)

        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        log.close()
    text = (tmp_path / "daemon.log").read_text()
    assert "keeping the old one" in text
    assert "Traceback" not in text
