"""Fixtures: a real Dovecot + SMTP server per test (≈50 ms to start), and helpers to write mail."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from mailduns.onboarding.devrig import MailRig, dovecot_available

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS} (it lives beside the project checkout)")
    return CORPUS


@pytest.fixture
def rig() -> Iterator[MailRig]:
    if not dovecot_available():
        pytest.skip("Dovecot is not installed: run ./scripts/test.sh, which installs it")
    r = MailRig(users=("alice", "bob", "carol"))
    r.start()
    try:
        yield r
    finally:
        r.stop()


def mail(
    frm: str,
    to: str,
    subject: str,
    body: str,
    when: datetime,
    *,
    reply_to: str | None = None,
    message_id: str | None = None,
    cc: str | None = None,
) -> EmailMessage:
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = message_id or make_msgid(domain="example.test")
    if reply_to:
        m["In-Reply-To"] = reply_to
        m["References"] = reply_to
    m.set_content(body)
    return m
