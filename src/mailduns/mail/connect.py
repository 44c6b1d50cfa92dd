"""The adapters, built once: a Mailbox, a Sender and the login checks, from `[imap]`/`[smtp]`.

Why: the SMTP sender used to be built in four places (the engine, `check`, `digest --send`, the
set-up wizard), and one of them had no OAuth2 path — `digest --send` failed for every Gmail user
with "exactly one of password… must be set". Every way of giving a secret (password, file,
environment, command, systemd credential, OAuth2 token command) is turned into a login here and
nowhere else; callers pass the server settings and get a working adapter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from mailduns.mail.credentials import ServerSecret, oauth2_token, resolve_password
from mailduns.mail.imap import Mailbox
from mailduns.mail.smtp import Sender

__all__ = [
    "ServerSettings",
    "check_imap_login",
    "check_smtp_login",
    "mailbox_from",
    "sender_from",
    "token_getter",
]


class ServerSettings(ServerSecret, Protocol):
    """`[imap]` or `[smtp]` as the settings describe them (`ServerConfig` fits)."""

    @property
    def host(self) -> str: ...
    @property
    def port(self) -> int: ...
    @property
    def security(self) -> str: ...
    @property
    def username(self) -> str: ...
    @property
    def oauth2_token_command(self) -> str | None: ...


def token_getter(server: ServerSettings) -> Callable[[], str] | None:
    """A fresh OAuth2 access token per login (they expire within the hour), or None without OAuth2.
    Built-in OAuth2 (`oauth2 = "google"`, `mailduns auth`) makes it from the stored refresh token
    and caches it (mail/oauth2.py); `oauth2_token_command` asks the freelancer's helper each time."""
    builtin = getattr(server, "oauth2", None)
    if builtin is not None:
        from mailduns.mail.oauth2 import token_source

        return token_source(builtin)
    command = server.oauth2_token_command
    if not command:
        return None
    return lambda: oauth2_token(command)


def _password(server: ServerSettings) -> str:
    # With OAuth2 there is no password at all: resolving one would fail ("exactly one of ...").
    oauth2 = server.oauth2_token_command or getattr(server, "oauth2", None) is not None
    return "" if oauth2 else resolve_password(server)


def mailbox_from(server: ServerSettings, *, timeout: float = 60.0) -> Mailbox:
    return Mailbox(
        host=server.host,
        port=server.port,
        security=server.security,
        username=server.username,
        password=_password(server),
        oauth2_token=token_getter(server),
        timeout=timeout,
    )


def sender_from(server: ServerSettings, *, timeout: float = 60.0) -> Sender:
    return Sender(
        host=server.host,
        port=server.port,
        security=server.security,
        username=server.username,
        password=_password(server),
        oauth2_token=token_getter(server),
        timeout=timeout,
    )


def check_imap_login(server: ServerSettings, *, timeout: float = 30.0) -> Mailbox:
    """Log in to IMAP (MailboxError with a sentence if refused); the caller closes the Mailbox."""
    mailbox = mailbox_from(server, timeout=timeout)
    mailbox.connect()
    return mailbox


async def check_smtp_login(server: ServerSettings, *, timeout: float = 30.0) -> None:
    """Log in to SMTP and leave (SendError with a sentence if refused)."""
    await sender_from(server, timeout=timeout).check_login()
