"""A cold import reads its big batches in worker processes: the facts are the same as read in the daemon
itself, and the whole import lands in the store the same way."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailduns.service import readpool
from mailduns.onboarding.devrig import MailRig
from mailduns.reading import DEFAULT_RULES, read_message
from mailduns.service.readpool import ReadPool

from .conftest import mail
from .test_e2e import Freelancer

ROME = ZoneInfo("Europe/Rome")


def _invoices(n: int) -> list[bytes]:
    out = []
    for i in range(n):
        lang = (
            ("Fattura {i}/2026", "Totale: {a},00 €\nScadenza: 15/12/2026"),
            ("Factura 2026-{i}", "Total a pagar: {a},00 €\nVencimiento: 15/12/2026"),
            ("Invoice INV-{i}", "Amount due: €{a}.00\nDue date: December 15, 2026"),
        )
        subject, body = lang[i % 3]
        out.append(
            mail(
                "Alessandra Rossi <alice@example.test>",
                f"Client {i} <c{i}@example.test>",
                subject.format(i=i + 1),
                body.format(a=100 + i),
                datetime(2026, 11, 2, 10, tzinfo=ROME) + timedelta(minutes=i),
            ).as_bytes()
        )
    return out


def test_workers_read_exactly_what_the_daemon_reads(corpus: Path) -> None:
    raws = _invoices(30) + [p.read_bytes() for p in sorted((corpus / "mail").rglob("*.eml"))][:30]
    raws.append(b"\x00\xff not a message at all \r\n\r\n\x80")
    pool = ReadPool(DEFAULT_RULES, workers=2)
    try:
        got = pool.read(raws)
    finally:
        pool.close()
    assert len(got) == len(raws) and all(f is not None for f in got)
    assert got == [read_message(r, DEFAULT_RULES) for r in raws]


def test_a_small_batch_is_read_in_process() -> None:
    pool = ReadPool(DEFAULT_RULES, workers=2)
    assert pool.read(_invoices(3)) == [None, None, None]
    assert pool._pool is None  # no worker was started for three messages


def test_a_worker_that_dies_leaves_the_reading_to_the_daemon(monkeypatch: pytest.MonkeyPatch) -> None:
    pool = ReadPool(DEFAULT_RULES, workers=2)
    try:
        pool.read(_invoices(readpool.PARALLEL_MIN))  # workers up
        assert pool._pool is not None
        for proc in list(pool._pool._processes.values()):  # the kernel's OOM killer, say
            proc.kill()
        got = pool.read(_invoices(readpool.PARALLEL_MIN))
    finally:
        pool.close()
    assert pool.broken and got == [None] * readpool.PARALLEL_MIN


def test_a_cold_import_through_workers_tracks_every_invoice(
    rig: MailRig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raws = _invoices(90)
    client = rig.imap("alice")
    try:
        for raw in raws:
            client.append("Sent", raw, flags=(b"\\Seen",))
    finally:
        client.logout()
    used: list[int] = []
    real = ReadPool.read

    def spy(self: ReadPool, batch: list[bytes]) -> list[object]:
        got = real(self, batch)
        used.append(sum(f is not None for f in got))
        return got

    monkeypatch.setattr(ReadPool, "read", spy)
    alice = Freelancer(rig, tmp_path)
    alice.run("2026-11-03T10:00+01:00")
    rows = alice.status()
    assert sum(used) == 90  # every message was read by a worker
    assert len(rows) == 90
    assert rows["1/2026"]["amount"] == "100.00"
    assert rows["INV-90"]["amount"] == "189.00"
    assert {r["due_date"] for r in rows.values()} == {"2026-12-15"}
