"""OAuth2 (XOAUTH2) for Gmail / Microsoft 365: config, token helper, and a real SMTP exchange."""

from __future__ import annotations

import base64
import sys
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from mailduns.settings.config import parse_config
from mailduns.onboarding.devrig import free_port
from mailduns.core.errors import ConfigError
from mailduns.mail.credentials import oauth2_token
from mailduns.mail.smtp import Sender

BASE = """[owner]
name = "Anna"
email = "anna@gmail.com"

[imap]
host = "imap.gmail.com"
username = "anna@gmail.com"
oauth2_token_command = "{cmd}"

[smtp]
host = "smtp.gmail.com"
username = "anna@gmail.com"
oauth2_token_command = "{cmd}"
"""


def test_oauth2_replaces_the_password_in_the_config(tmp_path: Path) -> None:
    config = parse_config(BASE.format(cmd="oama access anna@gmail.com"), "c.toml")
    assert config.imap.oauth2_token_command == "oama access anna@gmail.com"
    assert config.imap.password is None and config.smtp.oauth2_token_command
    both = BASE.format(cmd="x").replace(
        'oauth2_token_command = "x"\n', 'oauth2_token_command = "x"\npassword = "p"\n', 1
    )
    with pytest.raises(ConfigError, match="imap.password"):
        parse_config(both, "c.toml")


def test_the_token_helper_is_run_without_a_shell(tmp_path: Path) -> None:
    helper = tmp_path / "token.py"
    helper.write_text("print('ya29.fresh-token')\nprint('ignored second line')\n")
    assert oauth2_token(f"{sys.executable} {helper}") == "ya29.fresh-token"


class _XOAuth2Server:
    def __init__(self) -> None:
        self.auth: list[str] = []
        self.got: list[bytes] = []

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        blob = args[1] if len(args) > 1 else ""
        decoded = base64.b64decode(blob).decode()
        self.auth.append(decoded)
        ok = decoded == "user=anna@gmail.com\x01auth=Bearer ya29.fresh-token\x01\x01"
        return AuthResult(success=ok, handled=False, auth_data="anna@gmail.com" if ok else None)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.got.append(envelope.original_content)
        return "250 OK"


async def test_xoauth2_login_against_a_real_smtp_server() -> None:
    handler = _XOAuth2Server()
    port = free_port()
    ctl = Controller(handler, hostname="127.0.0.1", port=port, auth_require_tls=False, auth_required=True)
    ctl.start()
    try:
        sender = Sender(
            host="127.0.0.1",
            port=port,
            security="plain",
            username="anna@gmail.com",
            password="",
            oauth2_token=lambda: "ya29.fresh-token",
        )
        refused = await sender.send(
            b"Subject: t\r\n\r\nhi\r\n", sender="anna@gmail.com", recipients=["bob@example.test"]
        )
    finally:
        ctl.stop()
    assert refused == [] and len(handler.got) == 1
    assert handler.auth == ["user=anna@gmail.com\x01auth=Bearer ya29.fresh-token\x01\x01"]


def test_digest_send_logs_in_with_xoauth2(tmp_path: Path, capsys: Any) -> None:
    """Issue 14: `digest --send` built its own sender without an OAuth2 path and failed with
    "exactly one of password… must be set" for every Gmail user. It now uses the daemon's."""
    from mailduns.cli.main import main

    handler = _XOAuth2Server()
    port = free_port()
    helper = tmp_path / "token.py"
    helper.write_text("print('ya29.fresh-token')\n")
    cmd = f"{sys.executable} {helper}"
    config = tmp_path / "config.toml"
    config.write_text(
        f'[owner]\nname = "Anna"\nemail = "anna@gmail.com"\ntimezone = "Europe/Rome"\n\n'
        f'[imap]\nhost = "127.0.0.1"\nport = {free_port()}\nsecurity = "plain"\nusername = "anna@gmail.com"\n'
        f'oauth2_token_command = "{cmd}"\n\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "plain"\nusername = "anna@gmail.com"\n'
        f'oauth2_token_command = "{cmd}"\n\n'
        f'[state]\npath = "{tmp_path / "state.db"}"\n'
    )
    config.chmod(0o600)
    ctl = Controller(handler, hostname="127.0.0.1", port=port, auth_require_tls=False, auth_required=True)
    ctl.start()
    try:
        code = main(["--config", str(config), "digest", "--send", "--now", "2026-12-14T08:00+01:00"])
    finally:
        ctl.stop()
    assert code == 0, capsys.readouterr().err
    assert handler.auth == ["user=anna@gmail.com\x01auth=Bearer ya29.fresh-token\x01\x01"]
    assert len(handler.got) == 1 and b"X-Mailduns: digest" in handler.got[0]
