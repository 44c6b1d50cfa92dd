"""Dovecot under load answers a login with "NO [UNAVAILABLE] Temporary authentication failure" (RFC 5530):
that says nothing about the password, so `connect` tries again; a real refusal is not retried."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from imapclient.exceptions import LoginError

from mailduns.core.errors import MailboxError
from mailduns.mail import imap


class FakeClient:
    logins: ClassVar[list[str]] = []
    answers: ClassVar[list[str | None]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def login(self, user: str, password: str) -> None:
        FakeClient.logins.append(user)
        answer = FakeClient.answers.pop(0)
        if answer is not None:
            raise LoginError(answer)

    def capabilities(self) -> tuple[bytes, ...]:
        return (b"IMAP4REV1", b"IDLE")

    def shutdown(self) -> None:
        pass


def _mailbox(monkeypatch: pytest.MonkeyPatch, answers: list[str | None]) -> imap.Mailbox:
    monkeypatch.setattr(imap, "IMAPClient", FakeClient)
    FakeClient.logins, FakeClient.answers = [], answers
    return imap.Mailbox(host="127.0.0.1", port=1143, security="plain", username="alice", password="alice-pw")


def test_a_temporary_authentication_failure_is_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imap.Mailbox.connect.retry, "sleep", lambda _s: None)  # type: ignore[attr-defined]
    mb = _mailbox(
        monkeypatch,
        [
            "[UNAVAILABLE] Temporary authentication failure. [host:2026-12-07 00:00:00]",
            "[UNAVAILABLE] Temporary authentication failure.",
            None,
        ],
    )
    mb.connect()
    assert FakeClient.logins == ["alice"] * 3 and mb.has("IDLE")


def test_a_wrong_password_is_not_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    mb = _mailbox(monkeypatch, ["[AUTHENTICATIONFAILED] Authentication failed.", None])
    with pytest.raises(MailboxError, match="refused the login"):
        mb.connect()
    assert FakeClient.logins == ["alice"]
