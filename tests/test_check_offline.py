"""`check --offline` fails when the password cannot be had (an unset password_env, a missing
password_file): the systemd unit's ExecStartPre relies on it. A password_command is never run."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailduns.cli.main import main

CONFIG = """
[owner]
name = "Alessandra Rossi"
email = "alessandra@example.it"
language = "it"

[imap]
host = "imap.example.it"
username = "alessandra@example.it"
{imap_secret}

[smtp]
host = "smtp.example.it"
username = "alessandra@example.it"
password_command = "false"

[state]
path = "{state}"
"""


def _check(tmp_path: Path, secret: str) -> int:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG.format(imap_secret=secret, state=tmp_path / "state.db"))
    return main(["--config", str(path), "check", "--offline"])


def test_unset_password_env_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("MAILDUNS_TEST_PW", raising=False)
    assert _check(tmp_path, 'password_env = "MAILDUNS_TEST_PW"') == 2
    assert "MAILDUNS_TEST_PW is not set" in capsys.readouterr().err
    monkeypatch.setenv("MAILDUNS_TEST_PW", "secret")
    assert _check(tmp_path, 'password_env = "MAILDUNS_TEST_PW"') == 0
    out = capsys.readouterr().out
    assert "imap password_env: ok" in out and "secret" not in out


def test_missing_password_file_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope"
    assert _check(tmp_path, f'password_file = "{missing}"') == 2
    assert "cannot read the password file" in capsys.readouterr().err
    missing.write_text("secret\n")
    assert _check(tmp_path, f'password_file = "{missing}"') == 0


def test_a_password_command_is_not_run_offline(tmp_path: Path) -> None:
    # smtp's password_command is `false`, which would fail if it were run
    assert _check(tmp_path, 'password = "x"') == 0
