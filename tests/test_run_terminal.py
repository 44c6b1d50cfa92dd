"""`mailduns run` on a terminal prints one short line per cycle (what was read and sent, what comes
next), so a person sees it did not hang; under systemd (no terminal) it prints nothing extra."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailduns.onboarding.devrig import MailRig
from mailduns.service.sdnotify import cycle_line

from .test_e2e import INVOICE_BODY, Freelancer

ROME = ZoneInfo("Europe/Rome")
SRC = str(Path(__file__).resolve().parents[1] / "src")


def test_cycle_line_words() -> None:
    at = datetime(2026, 12, 7, 10, 2, tzinfo=ROME)
    assert (
        cycle_line(at, 3, 1, "3 invoices open, no reminder planned")
        == "10:02  read 3 messages, sent 1 message; 3 invoices open, no reminder planned"
    )
    assert cycle_line(at, 0, 0, "0 invoices open, no reminder planned").startswith("10:02  no new mail; ")


def _run(f: Freelancer, *, tty: bool, seconds: float = 12.0) -> str:
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("NOTIFY_SOCKET", None)
    argv = [
        sys.executable,
        "-m",
        "mailduns.cli.main",
        "--config",
        str(f.config),
        "run",
        "--now",
        "2026-12-07T10:00+01:00",
    ]
    if tty:
        master, slave = pty.openpty()
        proc = subprocess.Popen(
            argv, stdout=slave, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env
        )
        os.close(slave)
        out = b""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and b"open," not in out:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    out += os.read(master, 4096)
                except OSError:
                    break
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        os.close(master)
        return out.decode("utf-8", "replace")
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env
    )
    time.sleep(seconds / 2)
    proc.send_signal(signal.SIGTERM)
    out_b, _ = proc.communicate(timeout=30)
    return out_b.decode("utf-8", "replace")


@pytest.mark.mailrig
def test_run_on_a_terminal_says_it_is_alive(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-11-20T10:00+01:00")  # the first sync, so `run` does not start a child for it
    out = _run(f, tty=True)
    assert "invoice open" in out or "invoices open" in out, out
    assert "no new mail" in out or "read " in out, out
    quiet = _run(f, tty=False)
    assert "invoices open" not in quiet and "invoice open" not in quiet, quiet
