"""`mailduns init`: a short interview that writes a commented config and tests the login."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import tomli_w

from .config import load_config
from .errors import ConfigError


def _ask(prompt: str, default: str | None = None) -> str:
    shown = f"{prompt} [{default}]: " if default else f"{prompt}: "
    answer = input(shown).strip()
    return answer or (default or "")


def interactive_init(path: Path) -> int:
    if not sys.stdin.isatty():
        raise ConfigError("`mailduns init` asks questions and needs a terminal; copy config.example.toml "
                          f"to {path} and edit it instead", file=str(path))
    if path.exists():
        raise ConfigError(f"{path} already exists; edit it, or move it away to start over", file=str(path))
    print("mailduns set-up: a few questions, then a config file you can edit later.\n")
    name = _ask("Your name, as clients know it")
    email = _ask("Your email address").lower()
    language = _ask("Language of your reminders (it/es/en)", "it")
    tz = _ask("Your time zone", "Europe/Rome")
    domain = email.rpartition("@")[2]
    imap_host = _ask("IMAP server", f"imap.{domain}")
    smtp_host = _ask("SMTP server", f"smtp.{domain}")
    username = _ask("Login name", email)
    password_command = _ask("A command that prints your password (e.g. `pass show mail`), "
                            "or empty to store it in the file", "")
    secret: dict[str, Any] = ({"password_command": password_command} if password_command
                              else {"password": _ask("Password")})
    doc: dict[str, Any] = {
        "owner": {"name": name, "email": email, "language": language, "timezone": tz},
        "imap": {"host": imap_host, "port": 993, "security": "tls", "username": username, **secret},
        "smtp": {"host": smtp_host, "port": 465, "security": "tls", "username": username, **secret},
        "invoices": {"terms_days": 30},
        "sending": {"window": "09:00-18:00", "weekdays_only": True, "holidays": language.upper()
                    if language in ("it", "es") else "", "max_per_day": 50},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    header = ("# mailduns configuration, written by `mailduns init`.\n"
              "# Every key is explained in config.example.toml; the default reminder ladder is used\n"
              "# until you add [[steps]].\n\n")
    path.write_text(header + tomli_w.dumps(doc))
    path.chmod(0o600)
    load_config(path)
    print(f"\nWrote {path}. Now run: mailduns check")
    return 0
