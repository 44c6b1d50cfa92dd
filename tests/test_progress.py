"""The first sync of a big folder draws a progress bar on a terminal, and nothing anywhere else."""

from __future__ import annotations

import asyncio
import io
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.cli.main import templates_for
from mailduns.core.clock import FixedClock
from mailduns.settings.config import load_config
from mailduns.onboarding.devrig import MailRig
from mailduns.service.engine import Engine
from mailduns.service.progress import MIN_TOTAL, TerminalProgress
from mailduns.store.db import Store

from .conftest import mail

ROME = ZoneInfo("Europe/Rome")


def test_no_bar_in_a_pipe_or_for_a_small_sync() -> None:
    pipe = io.StringIO()
    TerminalProgress(pipe)('Reading "Sent"', 500, 1000)
    assert pipe.getvalue() == ""  # a StringIO is not a terminal
    term = io.StringIO()
    TerminalProgress(term, force=True)('Reading "Sent"', 3, MIN_TOTAL - 1)
    assert term.getvalue() == ""


def test_a_cold_import_reports_its_progress_to_the_end(rig: MailRig, tmp_path: Path) -> None:
    client = rig.imap("alice")
    try:
        for i in range(260):
            subject = f"Fattura {i + 1}/2026" if i % 2 == 0 else f"Re: lavori sito, parte {i}"
            body = "Totale: 100,00 €\nScadenza: 15/12/2026" if i % 2 == 0 else "Ecco le modifiche."
            m = mail(
                "Alessandra Rossi <alice@example.test>",
                "Bob <bob@example.test>",
                subject,
                body,
                datetime(2026, 11, 2, 10, tzinfo=ROME),
            )
            client.append("Sent", m.as_bytes(), flags=(b"\\Seen",))
    finally:
        client.logout()
    cfg = tmp_path / "config.toml"
    cfg.write_text(rig.config_toml("alice", tmp_path / "state.db", since="2026-10-01"))
    config = load_config(cfg)
    out = io.StringIO()
    seen: list[tuple[str, int, int]] = []
    bar = TerminalProgress(out, force=True)

    def progress(what: str, done: int, total: int) -> None:
        seen.append((what, done, total))
        bar(what, done, total)

    engine = Engine(
        config,
        Store(tmp_path / "state.db"),
        FixedClock(datetime(2026, 11, 3, 10, tzinfo=ROME)),
        templates_for(config),
        dry_run=True,
    )
    engine.progress = progress
    try:
        asyncio.run(engine.cycle())
    finally:
        engine.store.close()
    listing = [s for s in seen if s[0] == 'Listing "Sent"']
    reading = [s for s in seen if s[0] == 'Reading "Sent"']
    assert listing and listing[-1][1:] == (260, 260)
    assert reading and reading[-1][1] == reading[-1][2] == 130  # the invoices only, not the project mail
    assert [d for _w, d, _t in reading] == sorted(d for _w, d, _t in reading)
    drawn = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out.getvalue())
    assert 'Listing "Sent"' in drawn and "260/260" in drawn
    assert bar._bar is None  # stopped at the end: no refresh thread left
