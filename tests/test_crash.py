"""Exactly-once sending through SIGKILL at every point of the send path (short variant of
bench/crash.py, which runs 1,000+ kills)."""

from __future__ import annotations

import importlib.util
import os
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.onboarding.devrig import MailRig

from .conftest import mail

ROME = ZoneInfo("Europe/Rome")
_spec = importlib.util.spec_from_file_location("crash", Path(__file__).parents[1] / "bench" / "crash.py")
assert _spec is not None and _spec.loader is not None
crash = importlib.util.module_from_spec(_spec)
sys.modules["crash"] = crash  # dataclasses look their module up while loading
_spec.loader.exec_module(crash)


def test_random_kills_on_the_send_path_never_duplicate_or_lose(rig: MailRig) -> None:
    rig.stop()  # the harness starts its own rigs
    rng = random.Random(7)
    # Its rigs in a directory of its own, not under tmp_path: pytest takes o+x off /tmp/pytest-of-<user>
    # whenever any pytest session starts, and Dovecot's auth, running as nobody, then cannot read the
    # rig's users ("Temporary authentication failure").
    work = Path(tempfile.mkdtemp(prefix="mailduns-crash-test-"))
    try:
        reference = crash.run_round(work / "ref", faults=False, rng=rng, invoices=2, days=34)
        faulty = crash.run_round(work / "faulty", faults=True, rng=rng, invoices=2, days=34)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    assert faulty.kills >= 5
    assert len(reference.delivered) >= 6
    assert crash.compare(reference, faulty) == (0, 0, 0)
    assert faulty.after_paid == 0


def _run(config: Path, now: str, fault: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("MAILDUNS_FAULT", None)
    if fault:
        env["MAILDUNS_FAULT"] = fault
    return subprocess.run(
        [sys.executable, "-m", "mailduns.cli.main", "--config", str(config), "run", "--once", "--now", now],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_without_evidence_an_interrupted_send_is_never_repeated_and_the_owner_is_told(
    rig: MailRig, tmp_path: Path
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        rig.config_toml(
            "alice",
            tmp_path / "state.db",
            since="2026-10-01",
            extra='[sending]\nweekdays_only = false\nholidays = ""\n',
        )
    )
    inv = mail(
        "alice@example.test",
        "bob@example.test",
        "Fattura 5/2026",
        "Totale: 300,00 €\nScadenza: 02/12/2026",
        datetime(2026, 11, 2, 12, tzinfo=ROME),
    )
    rig.append("alice", "Sent", inv.as_bytes())
    assert _run(config, "2026-12-07T10:00+01:00", fault="after-250:1").returncode == -9
    assert _run(config, "2026-12-07T10:05+01:00").returncode == 0
    assert _run(config, "2026-12-07T10:10+01:00").returncode == 0
    got = [message_from_bytes(r, policy=default) for r in rig.fetch_all("bob", "INBOX")]
    assert len(got) == 1  # delivered once before the kill, never again
    notices = [message_from_bytes(r, policy=default) for r in rig.fetch_all("alice", "INBOX")]
    assert any("notice" in str(m["X-Mailduns"]) and "uncertain" in str(m["X-Mailduns"]) for m in notices), [
        str(m["X-Mailduns"]) for m in notices
    ]


def test_random_kills_while_letters_wait_for_approval_never_duplicate_or_lose(rig: MailRig) -> None:
    """carol's letters wait in Drafts; after each day the "mail client" sends, deletes, approves or
    skips each draft (the same choice in both rounds), while the daemon is killed around the APPEND
    to Drafts, the removal of a draft and the send path."""
    rig.stop()
    rng = random.Random(11)
    work = Path(tempfile.mkdtemp(prefix="mailduns-crash-test-"))  # not under tmp_path: see above
    try:
        reference = crash.run_round(work / "ref", faults=False, rng=rng, invoices=4, days=30, approvals=True)
        faulty = crash.run_round(work / "faulty", faults=True, rng=rng, invoices=4, days=30, approvals=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"approval round: {faulty.kills} kills in {faulty.runs} runs, drafts acted on {dict(faulty.acted)}")
    assert len(reference.drafts) >= 2 and faulty.kills >= 5
    assert crash.compare(reference, faulty) == (0, 0, 0)
    assert faulty.redrafted == 0 and faulty.after_paid == 0 and faulty.refused == reference.refused
