"""Waiting for mail (IMAP IDLE) against a real Dovecot: one IDLE for the whole wait, news reported at
once, and mail that arrived while the daemon was busy (before it started to IDLE) not left waiting."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.cli.main import templates_for
from mailduns.core.clock import FixedClock
from mailduns.settings.config import load_config
from mailduns.service.daemon import _wait_for_mail
from mailduns.onboarding.devrig import MailRig
from mailduns.service.engine import Engine
from mailduns.mail.imap import Mailbox
from mailduns.store.db import Store

from .conftest import mail

ROME = ZoneInfo("Europe/Rome")


def _mailbox(rig: MailRig) -> Mailbox:
    mb = Mailbox(
        host="127.0.0.1",
        port=rig.imap_port,
        security="plain",
        username="alice",
        password="alice-pw",
        timeout=10,
    )
    mb.connect()
    return mb


def _count_commands(mb: Mailbox) -> list[bytes]:
    """Wrap imaplib's send so the test sees every command line the client writes."""
    sent: list[bytes] = []
    assert mb.client is not None
    imap = mb.client._imap
    real = imap.send

    def send(data: bytes) -> None:
        sent.append(data)
        real(data)

    imap.send = send  # type: ignore[method-assign]
    return sent


def _note(n: int) -> bytes:
    return mail(
        "bob@example.test",
        "alice@example.test",
        f"Bonifico {n}",
        "Bonifico in entrata di 10,00 EUR",
        datetime(2026, 11, 25, 10, tzinfo=ROME),
    ).as_bytes()


def test_a_quiet_wait_is_one_examine_and_one_idle(rig: MailRig) -> None:
    rig.deliver(_note(1), "alice@example.test")
    mb = _mailbox(rig)
    try:
        uidnext = mb.status("INBOX").uidnext
        sent = _count_commands(mb)
        t0 = time.monotonic()
        news = mb.idle("INBOX", 3.0, after_uid=uidnext - 1)
        took = time.monotonic() - t0
        verbs = [line.split()[1].upper() for line in sent if len(line.split()) > 1]
    finally:
        mb.close()
    assert news is False
    assert 2.5 < took < 5, took
    assert verbs == [b"EXAMINE", b"IDLE"], sent


def test_mail_during_the_wait_ends_it_at_once(rig: MailRig) -> None:
    mb = _mailbox(rig)
    try:
        uidnext = mb.status("INBOX").uidnext
        threading.Timer(1.0, lambda: rig.deliver(_note(2), "alice@example.test")).start()
        t0 = time.monotonic()
        news = mb.idle("INBOX", 20.0, after_uid=uidnext - 1)
        took = time.monotonic() - t0
    finally:
        mb.close()
    assert news is True
    assert took < 4, took


def test_mail_that_arrived_before_the_wait_is_not_left_for_the_next_poll(rig: MailRig) -> None:
    mb = _mailbox(rig)
    try:
        uidnext = mb.status("INBOX").uidnext  # what the cycle read
        rig.deliver(_note(3), "alice@example.test")  # arrives while the cycle is still busy
        t0 = time.monotonic()
        news = mb.idle("INBOX", 20.0, after_uid=uidnext - 1)
        took = time.monotonic() - t0
    finally:
        mb.close()
    assert news is True
    assert took < 1, took


def test_a_stop_request_ends_the_wait_within_a_second(rig: MailRig) -> None:
    mb = _mailbox(rig)
    stop = threading.Event()
    try:
        uidnext = mb.status("INBOX").uidnext
        threading.Timer(0.5, stop.set).start()
        t0 = time.monotonic()
        news = mb.idle("INBOX", 30.0, after_uid=uidnext - 1, stop=stop.is_set)
        took = time.monotonic() - t0
        assert mb.status("INBOX").uidnext == uidnext  # the connection is still usable after DONE
    finally:
        mb.close()
    assert news is False
    assert took < 2, took


def test_a_server_without_idle_is_polled_not_hammered(rig: MailRig, tmp_path: Path) -> None:
    """Without IDLE the daemon waits the whole poll interval; it must not loop straight into a new cycle."""
    cfg = tmp_path / "config.toml"
    cfg.write_text(rig.config_toml("alice", tmp_path / "state.db", since="2026-10-01"))
    config = load_config(cfg)
    engine = Engine(
        config,
        Store(tmp_path / "state.db"),
        FixedClock(datetime(2026, 11, 25, 10, tzinfo=ROME)),
        templates_for(config),
    )

    async def scenario() -> float:
        await engine.cycle()
        assert engine.mailbox is not None
        engine.mailbox.can_idle = lambda: False  # type: ignore[method-assign]   # as a server without IDLE
        t0 = time.monotonic()
        await _wait_for_mail(engine, 1.5, asyncio.Event(), threading.Event())
        took = time.monotonic() - t0
        await engine.disconnect()
        return took

    try:
        took = asyncio.run(scenario())
    finally:
        engine.store.close()
    assert took >= 1.4, took
