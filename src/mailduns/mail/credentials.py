"""Secrets from outside the config file: systemd credentials and OAuth2 access tokens.

Why: a password in a config file is one `cat` or one careless backup away from leaking. systemd can
hand a service its password as a credential (`LoadCredential=` / `SetCredential=`): a file under
`$CREDENTIALS_DIRECTORY` that only this service can read, never in the environment, never on disk
in the state directory. Gmail and Microsoft 365 refuse plain passwords for IMAP/SMTP unless app
passwords are allowed, and want OAuth2 (SASL XOAUTH2) instead: an external helper (oama,
mutt_oauth2.py, ...) keeps the refresh token and prints a fresh access token on demand, and
`oauth2_token()` runs it right before each login.

Nothing here ever puts a secret into an error message: the messages say which command or
credential failed and how to fix it, not what it printed.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Final, NoReturn, Protocol

from mailduns.core.errors import ConfigError

__all__ = [
    "PASSWORD_KEYS",
    "ServerSecret",
    "check_password_source",
    "credential",
    "oauth2_token",
    "require_credential",
    "resolve_password",
]

TOKEN_COMMAND_TIMEOUT: Final = 30.0  # a helper may have to refresh the token over the network
_PASSWORD_COMMAND_TIMEOUT: Final = 10.0
#: The five ways a config gives a password; exactly one is set (the settings check it at load time).
PASSWORD_KEYS: Final = (
    "password",
    "password_file",
    "password_env",
    "password_command",
    "password_credential",
)


class ServerSecret(Protocol):
    """Where a server's password comes from, as `[imap]`/`[smtp]` say (a settings `ServerConfig`).
    A protocol: the adapters never import the settings; the settings only describe."""

    @property
    def password(self) -> str | None: ...
    @property
    def password_file(self) -> str | None: ...
    @property
    def password_env(self) -> str | None: ...
    @property
    def password_command(self) -> str | None: ...
    @property
    def password_credential(self) -> str | None: ...
    @property
    def section(self) -> str: ...
    @property
    def source(self) -> str | None: ...
    @property
    def password_line(self) -> int | None: ...


def _valid_name(name: str) -> bool:
    return bool(name) and "/" not in name and name not in (".", "..") and "\0" not in name


def credential(name: str) -> str | None:
    """The systemd credential `name` (its first line, without the line ending), or None when
    mailduns does not run with credentials or this one was not passed.

    systemd puts each credential in a file named after it in `$CREDENTIALS_DIRECTORY`
    (`LoadCredential=imap-password:/etc/mailduns/imap-password` gives the file `imap-password`).
    """
    directory = os.environ.get("CREDENTIALS_DIRECTORY", "").strip()
    if not directory or not _valid_name(name):
        return None
    path = Path(directory) / name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(
            f"the systemd credential {name!r} exists but cannot be read "
            f"({exc.strerror or exc}); check LoadCredential= in the service unit."
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(
            f"the systemd credential {name!r} is not UTF-8 text; store the password as plain "
            "text in the file given to LoadCredential=."
        ) from None
    first = text.split("\n", 1)[0].rstrip("\r")
    return first or None


def require_credential(name: str, key: str | None = None) -> str:
    """Like `credential()`, but a missing credential is a ConfigError that says how to pass it.
    `key` is the config key that asked for it (e.g. "imap.password_credential"), for the message."""
    value = credential(name)
    if value is not None:
        return value
    if not os.environ.get("CREDENTIALS_DIRECTORY", "").strip():
        raise ConfigError(
            f"the password should come from the systemd credential {name!r}, but mailduns is not "
            "running as a systemd service with credentials. Add "
            f"'LoadCredential={name}:/etc/mailduns/{name}' to the unit, or use password_file "
            "or password_command when running by hand.",
            key=key,
        )
    raise ConfigError(
        f"the systemd credential {name!r} was not passed to the service (or is empty). Add "
        f"'LoadCredential={name}:/path/to/the/password-file' to the [Service] section and "
        "restart it.",
        key=key,
    )


def oauth2_token(command: str) -> str:
    """Run `oauth2_token_command` and return the access token it prints on its first line.

    The command is split like a shell would (`oama access anna@gmail.com`), run without a shell
    and without input, and given `TOKEN_COMMAND_TIMEOUT` seconds. The token goes straight to the
    XOAUTH2 login (`IMAPClient.oauth2_login`, `aiosmtplib.SMTP.auth_xoauth2`); it is never logged.
    """
    key = "oauth2_token_command"
    try:
        args = shlex.split(command)
    except ValueError:
        raise ConfigError(
            "the oauth2_token_command cannot be split into words; check its quotes.", key=key
        ) from None
    if not args:
        raise ConfigError(
            "the oauth2_token_command is empty; write the command that prints a fresh access "
            'token, e.g. "oama access anna@gmail.com".',
            key=key,
        )
    try:
        done = subprocess.run(
            args,
            capture_output=True,
            text=True,
            timeout=TOKEN_COMMAND_TIMEOUT,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except FileNotFoundError:
        raise ConfigError(
            f"the program {args[0]!r} of oauth2_token_command was not found; install it or write "
            "its full path.",
            key=key,
        ) from None
    except PermissionError:
        raise ConfigError(
            f"the program {args[0]!r} of oauth2_token_command cannot be run (permission denied).", key=key
        ) from None
    except subprocess.TimeoutExpired:
        raise ConfigError(
            f"the oauth2_token_command did not print a token within {TOKEN_COMMAND_TIMEOUT:.0f} "
            "seconds; run it by hand to see whether it waits for a browser login.",
            key=key,
        ) from None
    except OSError as exc:
        raise ConfigError(
            f"the oauth2_token_command could not be started: {exc.strerror or exc}.", key=key
        ) from None
    if done.returncode != 0:
        # stderr may hold a refresh token in a debug line: say only that it failed and how to look.
        raise ConfigError(
            f"the oauth2_token_command failed (exit status {done.returncode}). Run it by hand to "
            "see why; usually the authorisation expired and must be renewed once in a browser.",
            key=key,
        )
    token = done.stdout.split("\n", 1)[0].strip() if done.stdout else ""
    if not token:
        raise ConfigError(
            "the oauth2_token_command printed nothing; it must print the access token on its first line.",
            key=key,
        )
    if any(c.isspace() for c in token) or not token.isprintable():
        raise ConfigError(
            "the oauth2_token_command printed something that is not an access token (it has "
            "spaces or control characters on its first line); it must print only the token.",
            key=key,
        )
    return token


# --------------------------------------------------------------------------------------------------
# Passwords, resolved only when connecting (moved here from the settings: reading files, the
# environment and running commands is the adapters' business, not the config parser's)
# --------------------------------------------------------------------------------------------------


def resolve_password(server: ServerSecret) -> str:
    """The password of `server`, from whichever of the four forms the config uses.

    Lazy on purpose: a password command may prompt, be slow, or have side effects, and `check
    --offline` must not run it. The password itself never appears in an error message.
    """
    given = [k for k in PASSWORD_KEYS if getattr(server, k) is not None]

    def fail(key: str, message: str) -> NoReturn:
        raise ConfigError(
            message, file=server.source, line=server.password_line, key=f"{server.section}.{key}"
        )

    if len(given) != 1:
        found = ", ".join(given) if given else "none"
        fail(
            given[1] if given else "password",
            "exactly one of password, password_file, password_env, "
            f"password_command or password_credential must be set (found: {found}).",
        )
    kind = given[0]
    value = getattr(server, kind)
    if kind == "password":
        return str(value)
    if kind == "password_credential":
        return require_credential(str(value), f"{server.section}.password_credential")
    if kind == "password_file":
        target = Path(str(value)).expanduser()
        try:
            with target.open(encoding="utf-8") as fh:
                first = fh.readline().strip()
        except OSError as exc:
            fail(kind, f"cannot read the password file {target}: {exc.strerror or exc}.")
        except UnicodeDecodeError:
            fail(kind, f"the password file {target} is not UTF-8 text.")
        if not first:
            fail(kind, f"the password file {target} is empty (the password must be on its first line).")
        return first
    if kind == "password_env":
        env = os.environ.get(str(value))
        if not env:
            fail(kind, f"the environment variable {value} is not set (or is empty), so there is no password.")
        return env
    return _run_password_command(str(value), fail)


def check_password_source(server: ServerSecret) -> str | None:
    """For `check --offline`: that the password can be had without a server, where that is safe.

    A `password_env` variable must be set, a `password_file` readable and not empty, a
    `password_credential` present (ConfigError otherwise, as at connection time); a
    `password_command` is never run here (it may prompt) and OAuth2 has no password. Returns the
    kind of source checked, or None when there was nothing to check offline."""
    given = [k for k in PASSWORD_KEYS if getattr(server, k) is not None]
    builtin = getattr(server, "oauth2", None)
    if builtin is not None:  # `mailduns auth` must have stored the refresh token
        from mailduns.mail.oauth2 import read_refresh_token

        read_refresh_token(builtin)
        return "oauth2"
    if getattr(server, "oauth2_token_command", None) is not None or given in (
        ["password"],
        ["password_command"],
    ):
        return None
    resolve_password(server)
    return given[0] if given else None


def _run_password_command(command: str, fail: Callable[[str, str], NoReturn]) -> str:
    try:
        args = shlex.split(command)
    except ValueError:
        fail("password_command", f"cannot split the command into words (check the quotes): {command}")
    if not args:
        fail("password_command", "is empty.")
    try:
        done = subprocess.run(
            args,
            capture_output=True,
            text=True,
            timeout=_PASSWORD_COMMAND_TIMEOUT,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except FileNotFoundError:
        fail("password_command", f"the program {args[0]!r} was not found.")
    except PermissionError:
        fail("password_command", f"the program {args[0]!r} cannot be run (permission denied).")
    except subprocess.TimeoutExpired:
        fail(
            "password_command", f"the command did not finish within {_PASSWORD_COMMAND_TIMEOUT:.0f} seconds."
        )
    except OSError as exc:
        fail("password_command", f"the command could not be started: {exc.strerror or exc}.")
    if done.returncode != 0:
        said = done.stderr.strip().splitlines()[-1:] if done.stderr else []
        detail = f": {said[0][:200]}" if said else ""
        fail("password_command", f"the command failed (exit status {done.returncode}){detail}.")
    first = done.stdout.split("\n", 1)[0].strip() if done.stdout else ""
    if not first:
        fail("password_command", "the command printed nothing; it must print the password on its first line.")
    return first
