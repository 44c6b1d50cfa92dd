"""`mailduns init` and secrets: a config that `check` accepts, written safely, never leaking a password."""

from __future__ import annotations

import argparse
import stat
import sys
import tomllib
from datetime import date
from pathlib import Path

import pytest

from mailduns.cli.main import main
from mailduns.settings.config import load_config
from mailduns.onboarding.devrig import MailRig
from mailduns.core.errors import ConfigError, MaildunsError
from mailduns.mail.credentials import credential, oauth2_token, require_credential
from mailduns.onboarding.wizard import (
    Answers,
    add_init_arguments,
    config_document,
    guess_provider,
    interactive_init,
    pick_sent,
    provider_servers,
    render_config,
    warn_if_readable,
)


def run_init(path: Path, *argv: str) -> int:
    """`mailduns init ARGS` with the exit codes of `main()` (2 usage/config, 1 anything else)."""
    parser = argparse.ArgumentParser(prog="mailduns init")
    add_init_arguments(parser)
    args = parser.parse_args(list(argv))
    try:
        return interactive_init(path, args)
    except ConfigError as exc:
        print(f"mailduns: {exc}", file=sys.stderr)
        return 2
    except MaildunsError as exc:
        print(f"mailduns: {exc}", file=sys.stderr)
        return 1


BASIC = (
    "--non-interactive",
    "--email",
    "Alessandra@Example.it",
    "--name",
    "Alessandra Rossi",
    "--language",
    "it",
    "--timezone",
    "Europe/Rome",
    "--password-command",
    "pass show mail",
    "--since",
    "2026-11-01",
    "--iban",
    "IT60 X054 2811 1010 0000 0123 456",
)


# -- non-interactive, offline --------------------------------------------------------------------
def test_non_interactive_init_writes_a_private_config_that_check_accepts_and_round_trips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mailduns" / "config.toml"
    assert run_init(path, *BASIC, "--no-check") == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert main(["--config", str(path), "check", "--offline"]) == 0
    config = load_config(path)
    assert (config.owner.name, config.owner.email, config.owner.language, config.owner.timezone) == (
        "Alessandra Rossi",
        "alessandra@example.it",
        "it",
        "Europe/Rome",
    )
    assert (config.imap.host, config.imap.port, config.imap.security) == ("imap.example.it", 993, "tls")
    assert (config.smtp.host, config.smtp.port, config.smtp.security) == ("smtp.example.it", 465, "tls")
    assert config.imap.password_command == config.smtp.password_command == "pass show mail"
    assert config.invoices.since == date(2026, 11, 1) and config.invoices.terms_days == 30
    assert config.sending.holidays == "IT"
    # round trip: the file's values are exactly the answers; comments add nothing
    text = path.read_text()
    data = tomllib.loads(text)
    assert data["owner"] == {
        "name": "Alessandra Rossi",
        "email": "alessandra@example.it",
        "language": "it",
        "timezone": "Europe/Rome",
    } | ({"payment_details": data["owner"]["payment_details"]} if "payment_details" in data["owner"] else {})
    assert data["imap"]["password_command"] == "pass show mail"
    assert text.count("#") > 40  # commented, with optional keys shown
    assert '# paid = "Paid"' in text and "[scoring]" in text and "[digest]" in text
    # --iban goes to [payment], which every reminder that asks for money prints
    assert data["payment"] == {"beneficiary": "Alessandra Rossi", "iban": "IT60 X054 2811 1010 0000 0123 456"}
    assert config.payment is not None and config.payment.iban == "IT60X0542811101000000123456"
    out = capsys.readouterr().out
    assert "Wrote" in out and "mailduns check" in out
    assert "not print" not in out and "every reminder that asks for money prints them" in out


def test_init_refuses_to_overwrite_without_force_and_keeps_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text("# my hand-made config\n")
    assert run_init(path, *BASIC, "--no-check") == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err
    assert path.read_text() == "# my hand-made config\n"
    assert run_init(path, *BASIC, "--no-check", "--force") == 0
    assert (tmp_path / "config.toml.bak").read_text() == "# my hand-made config\n"
    assert stat.S_IMODE((tmp_path / "config.toml.bak").stat().st_mode) == 0o600
    assert load_config(path).owner.name == "Alessandra Rossi"


def test_missing_answers_are_usage_errors_in_plain_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    assert run_init(path, "--non-interactive", "--email", "a@example.it", "--name", "A") == 2
    err = capsys.readouterr().err
    assert "password" in err and "--password-command" in err
    assert (
        run_init(path, "--non-interactive", "--email", "not-an-address", "--name", "A", "--password-env", "X")
        == 2
    )
    assert "does not look like an email address" in capsys.readouterr().err
    assert not path.exists()


def test_password_from_stdin_is_stored_private_and_never_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret-Pa55\n"))
    path = tmp_path / "config.toml"
    args = [a for a in BASIC if a not in ("--password-command", "pass show mail")]
    assert run_init(path, *args, "--password-stdin", "--no-check") == 0
    assert load_config(path).imap.password == "s3cret-Pa55"
    out = capsys.readouterr()
    assert "s3cret-Pa55" not in out.out + out.err
    assert warn_if_readable(path) is None  # mode 600: nothing to say
    path.chmod(0o644)
    warning = warn_if_readable(path)
    assert warning is not None and "chmod 600" in warning and "s3cret" not in warning


def test_warn_if_readable_only_for_plain_passwords(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[imap]\npassword_command = "pass show mail"\n')
    path.chmod(0o644)
    assert warn_if_readable(path) is None
    path.write_text('[smtp]\npassword = "x"\n')
    path.chmod(0o640)
    warning = warn_if_readable(path)
    assert warning is not None and "group" in warning
    assert warn_if_readable(tmp_path / "missing.toml") is None


# -- provider guesses ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("email", "key", "imap", "smtp"),
    [
        ("anna@gmail.com", "gmail", ("imap.gmail.com", 993, "tls"), ("smtp.gmail.com", 465, "tls")),
        (
            "anna@hotmail.it",
            "outlook",
            ("outlook.office365.com", 993, "tls"),
            ("smtp-mail.outlook.com", 587, "starttls"),
        ),
        (
            "anna@icloud.com",
            "icloud",
            ("imap.mail.me.com", 993, "tls"),
            ("smtp.mail.me.com", 587, "starttls"),
        ),
        ("anna@libero.it", "libero", ("imapmail.libero.it", 993, "tls"), ("smtp.libero.it", 465, "tls")),
        (
            "anna@fastmail.com",
            "fastmail",
            ("imap.fastmail.com", 993, "tls"),
            ("smtp.fastmail.com", 465, "tls"),
        ),
    ],
)
def test_provider_guesses(
    email: str, key: str, imap: tuple[str, int, str], smtp: tuple[str, int, str]
) -> None:
    provider = guess_provider(email)
    assert provider is not None and provider.key == key
    assert provider_servers(provider, email) == (imap, smtp)


def test_own_domains_are_asked_or_given_with_provider(tmp_path: Path) -> None:
    assert guess_provider("anna@studio-rossi.it") is None
    path = tmp_path / "config.toml"
    assert run_init(path, *BASIC, "--no-check") == 0  # generic guess from the domain
    assert load_config(path).imap.host == "imap.example.it"
    assert run_init(path, *BASIC, "--no-check", "--force", "--provider", "ovh") == 0
    assert (load_config(path).imap.host, load_config(path).smtp.host) == ("ssl0.ovh.net", "ssl0.ovh.net")
    assert (
        run_init(
            path, *BASIC, "--no-check", "--force", "--provider", "microsoft365", "--smtp-security", "tls"
        )
        == 0
    )
    config = load_config(path)
    assert (config.smtp.host, config.smtp.port, config.smtp.security) == ("smtp.office365.com", 465, "tls")
    path2 = tmp_path / "icloud.toml"
    assert (
        run_init(
            path2,
            "--non-interactive",
            "--email",
            "anna@me.com",
            "--name",
            "Anna",
            "--password-env",
            "ICLOUD_PW",
            "--no-check",
        )
        == 0
    )
    config = load_config(path2)
    assert config.imap.username == "anna" and config.smtp.username == "anna@me.com"
    assert config.owner.language in ("it", "es", "en")


def test_sent_folder_is_found_by_flag_or_by_name() -> None:
    assert pick_sent([(["\\HasNoChildren"], "INBOX"), (["\\Sent"], "Posta inviata")]) == (
        "Posta inviata",
        True,
    )
    assert pick_sent([([], "INBOX"), ([], "INBOX.Sent")]) == ("INBOX.Sent", False)
    assert pick_sent([([], "INBOX"), ([], "Elementi inviati")]) == ("Elementi inviati", False)
    assert pick_sent([([], "INBOX"), ([], "Archive")]) == (None, False)


def test_rendered_config_round_trips_exactly() -> None:
    a = Answers(
        name='Anna "the" Rossi',
        email="anna@example.it",
        language="es",
        timezone="Europe/Madrid",
        imap_host="imap.example.it",
        imap_username="anna@example.it",
        smtp_host="smtp.example.it",
        smtp_port=587,
        smtp_security="starttls",
        smtp_username="anna@example.it",
        secret=("password_file", "~/.config/mailduns/pw"),
        sent="Enviados",
        since=date(2027, 1, 1),
        holidays="ES-MD",
    )
    text = render_config(a)
    assert tomllib.loads(text) == config_document(a)
    from mailduns.settings.config import parse_config

    config = parse_config(text)
    assert config.owner.name == 'Anna "the" Rossi' and config.imap.sent == "Enviados"
    assert config.smtp.port == 587 and config.sending.holidays == "ES-MD"


# -- against the real rig ------------------------------------------------------------------------
def _rig_args(rig: MailRig) -> tuple[str, ...]:
    return (
        "--non-interactive",
        "--email",
        "alice@example.test",
        "--name",
        "Alessandra Rossi",
        "--language",
        "it",
        "--timezone",
        "Europe/Rome",
        "--imap-host",
        "127.0.0.1",
        "--imap-port",
        str(rig.imap_port),
        "--imap-security",
        "plain",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(rig.smtp_port),
        "--smtp-security",
        "plain",
        "--username",
        "alice",
        "--password-env",
        "ALICE_PW",
    )


@pytest.mark.mailrig
def test_init_tests_the_login_finds_sent_and_check_agrees(
    rig: MailRig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ALICE_PW", "alice-pw")
    path = tmp_path / "config.toml"
    assert run_init(path, *_rig_args(rig)) == 0
    out = capsys.readouterr().out
    assert 'Sent is "Sent"' in out and out.count("ok") >= 2
    assert "alice-pw" not in out + path.read_text()
    assert main(["--config", str(path), "check"]) == 0
    assert 'sent "Sent"' in capsys.readouterr().out


@pytest.mark.mailrig
def test_a_wrong_password_writes_nothing_and_says_why(
    rig: MailRig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ALICE_PW", "wrong-horse")
    path = tmp_path / "config.toml"
    assert run_init(path, *_rig_args(rig)) == 1
    err = capsys.readouterr().err
    assert "refused the login" in err and "Nothing was written" in err and "--no-check" in err
    assert "wrong-horse" not in err
    assert not path.exists()


@pytest.mark.mailrig
def test_interactive_interview_against_the_rig(
    rig: MailRig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(
        [
            "alice@example.test",
            "Alessandra Rossi",  # address, name
            "other",  # who hosts your mail (own domain: asked)
            "n",  # the guessed servers are not right:
            "127.0.0.1",
            "plain",
            str(rig.imap_port),
            "alice",
            "127.0.0.1",
            "plain",
            str(rig.smtp_port),
            "alice",
            "4",  # store the password in the file
            "it",
            "Europe/Rome",  # language, time zone
            "45",
            "2026-11-01",
            "IT",
            "IT60 X054 2811 1010 0000 0123 456",
        ]
    )
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "alice-pw")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    path = tmp_path / "config.toml"
    assert interactive_init(path) == 0
    config = load_config(path)
    assert config.imap.password == "alice-pw" and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert config.invoices.terms_days == 45 and config.imap.port == rig.imap_port
    assert "alice-pw" not in capsys.readouterr().out
    assert main(["--config", str(path), "check"]) == 0


# -- secrets -------------------------------------------------------------------------------------
def test_systemd_credentials(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    assert credential("mail-password") is None
    with pytest.raises(ConfigError, match="not running as a systemd service"):
        require_credential("mail-password")
    (tmp_path / "mail-password").write_text("hunter2\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    assert credential("mail-password") == "hunter2"
    assert credential("../etc/passwd") is None and credential("other") is None
    with pytest.raises(ConfigError, match="LoadCredential=other:") as exc:
        require_credential("other", "imap.password_credential")
    assert exc.value.key == "imap.password_credential"


def test_oauth2_token_command(tmp_path: Path) -> None:
    helper = tmp_path / "token-helper"
    helper.write_text("#!/bin/sh\necho ya29.a0AfH6SMB-token\necho second line ignored\n")
    helper.chmod(0o755)
    assert oauth2_token(str(helper)) == "ya29.a0AfH6SMB-token"
    failing = tmp_path / "failing"
    failing.write_text("#!/bin/sh\necho 'refresh_token=1//secret-refresh' >&2\nexit 3\n")
    failing.chmod(0o755)
    with pytest.raises(ConfigError) as exc:
        oauth2_token(str(failing))
    assert "exit status 3" in str(exc.value) and "secret-refresh" not in str(exc.value)
    with pytest.raises(ConfigError, match="was not found"):
        oauth2_token("/nonexistent/oama access anna@gmail.com")
    silent = tmp_path / "silent"
    silent.write_text("#!/bin/sh\nexit 0\n")
    silent.chmod(0o755)
    with pytest.raises(ConfigError, match="printed nothing"):
        oauth2_token(str(silent))


def test_ways_this_version_cannot_read_yet_are_refused_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mailduns.settings.config import ServerConfig

    fields = set(ServerConfig.__dataclass_fields__)
    path = tmp_path / "config.toml"
    base = [a for a in BASIC if a not in ("--password-command", "pass show mail")]
    if "oauth2_token_command" not in fields:
        assert run_init(path, *base, "--oauth2-token-command", "oama access a@gmail.com", "--no-check") == 2
        assert "app password" in capsys.readouterr().err
    if "password_credential" not in fields:
        assert run_init(path, *base, "--password-credential", "mail-password", "--no-check") == 2
        assert "/run/credentials/mailduns.service/mail-password" in capsys.readouterr().err
    assert not path.exists() or "oauth2_token_command" in fields or "password_credential" in fields
