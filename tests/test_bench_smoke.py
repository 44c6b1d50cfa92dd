"""The sync benchmark (bench/sync.py) runs end to end on a tiny mailbox, and an idle cycle stays within
the budget of issue 8: at most 2 IMAP commands per folder and no message bodies."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import pytest
from bench import sync

from mailduns.onboarding.devrig import dovecot_available

pytestmark = pytest.mark.mailrig


def test_tiny_bench_runs_and_an_idle_cycle_costs_at_most_two_commands_per_folder() -> None:
    if not dovecot_available():
        pytest.skip("Dovecot is not installed: run ./scripts/test.sh, which installs it")
    opts = sync.Options(
        sent=200,
        inbox=200,
        trials=2,
        p4_invoices=0,
        p5_invoices=2000,
        repeats=1,
        idle_window=1.0,
        busy_pairs=0,
        only=frozenset({"p1", "p2", "p3", "p5"}),
        install=False,
    )
    # Not under tmp_path: pytest takes o+x off /tmp/pytest-of-<user> whenever a pytest session starts
    # (another one on a shared machine, too), and Dovecot, running as nobody, then loses its way to the
    # rig's mail mid-run ("[SERVERBUG] Internal error" on SELECT). A directory of its own in /tmp keeps it.
    work = Path(tempfile.mkdtemp(prefix="mailduns-bench-smoke-"))
    bench = sync.Bench(opts, work)
    t0 = time.monotonic()
    try:
        bench.start()
        res = bench.run()
    finally:
        bench.stop()
        shutil.rmtree(work, ignore_errors=True)
    took = time.monotonic() - t0

    per_folder = res.facts["p1"]["per_folder"]
    assert per_folder.get("Sent", 0) <= 2, res.facts["p1"]["commands"]
    assert per_folder.get("INBOX", 0) <= 2, res.facts["p1"]["commands"]
    assert res.facts["p1"]["body"] == 0
    assert res.row("P1 idle cycle: Sent").met and res.row("P1 idle cycle: INBOX").met

    assert res.facts["p2"]["engine"] and res.facts["p2"]["bare"]  # both sides were timed
    assert all(x > 0 for x in res.facts["p2"]["engine"] + res.facts["p2"]["bare"])
    slow = res.facts["p2_slow"]  # P2 again through the latency proxy
    assert slow["engine"] and slow["bare"] and min(slow["turns"]["bare"]) >= 3
    assert min(slow["engine"]) > 2 * 0.05  # a login alone waits for round trips
    assert len(res.facts["p3"]["latency"]) == 2  # the daemon ran and was measured
    assert res.facts["p5"]  # the decision cycle was timed

    table = sync.render(res.rows, "tiny")
    for goal in (
        "P1 idle cycle: Sent",
        "P1 idle cycle: INBOX",
        "P1 daemon between events",
        "P2 cold import vs bare",
        "(RTT 50 ms, 20 Mbit/s)",
        "P3 payment",
        "P5 decide",
    ):
        assert goal in table
    assert took < 60, f"the tiny bench took {took:.0f} s"
