"""`mailduns init`: from nothing to a working, commented configuration in five minutes.

Why it is this careful: the first five minutes decide whether a freelancer trusts the tool. So init
guesses what it can (the mail servers of common providers, the time zone, the language), asks only
what it must, tests the login before writing anything, finds the Sent folder on the real server, and
writes a file the freelancer can read: every value with a comment saying what it means, the optional
keys present but commented out. It never overwrites a config without `--force` (and then keeps the
old one as `.bak`), writes the file readable only by its owner, and never prints a password.

Two ways in: an interview (`mailduns init`), and flags for scripts (`mailduns init --non-interactive
--email ... --password-command ...`). Both build the same `Answers`, rendered by `render_config`.

Why this file is long: the interactive questions, the non-interactive flags and the provider
table describe the same answers; they stay together so a new question is written once.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import getpass
import os
import re
import stat
import sys
import tempfile
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tomli_w

from mailduns.mail.folders import SENT_NAMES
from mailduns.settings.config import LANGUAGES, Config, OwnerConfig, ServerConfig, default_port, parse_config
from mailduns.core.errors import ConfigError, MaildunsError
from mailduns.onboarding.presets import (
    PROVIDERS,
    Provider,
    guess_from_mx,
    guess_provider,
    lookup_mx,
    provider_servers,
)

__all__ = [
    "PROVIDERS",
    "Answers",
    "Provider",
    "add_init_arguments",
    "guess_provider",
    "interactive_init",
    "render_config",
    "warn_if_readable",
]

# --------------------------------------------------------------------------------------------------
# Providers
# --------------------------------------------------------------------------------------------------


# The presets live in onboarding/presets.py; re-exported here, where init and its tests used to find them.
_BY_KEY: Final = {p.key: p for p in PROVIDERS}


# --------------------------------------------------------------------------------------------------
# Answers and the file they become
# --------------------------------------------------------------------------------------------------

SECRET_KINDS: Final = (
    "password_command",
    "password_file",
    "password_env",
    "password",
    "password_credential",
    "oauth2_token_command",
    "oauth2",
)


@dataclass
class Answers:
    """Everything init learned. `secret` is (kind, value) with kind one of SECRET_KINDS."""

    name: str
    email: str
    language: str = "en"
    timezone: str = "UTC"
    imap_host: str = ""
    imap_port: int = 993
    imap_security: str = "tls"
    imap_username: str = ""
    smtp_host: str = ""
    smtp_port: int = 465
    smtp_security: str = "tls"
    smtp_username: str = ""
    secret: tuple[str, str] = ("password_command", "")
    sent: str | None = None
    inbox: str | None = None
    terms_days: int = 30
    since: date | None = None
    holidays: str = ""
    payment_details: str | None = None
    state_path: str | None = None
    provider: str = "other"
    notes: list[str] = field(default_factory=list)
    saves_sent: bool | None = None  # the preset knows whether SMTP files a Sent copy itself
    oauth2_client_id: str = ""  # secret ("oauth2", "google"): the app the freelancer registered
    oauth2_client_secret: str | None = None
    token_dir: Path | None = None  # where `mailduns auth` put the refresh token (the config's folder)


def _fields(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def _key_known(section: str, key: str) -> bool:
    """Whether this version's config reader accepts `key` in `[section]` (for keys whose name in
    the file differs from the field they fill, like `server_saves_sent`)."""
    from mailduns.settings import config as reader

    return key in reader._SECTION_KEYS.get(section, ())


def _supports(section: str, key: str) -> bool:
    """Whether this version's config reader knows a key, so init writes it as a real setting (and
    otherwise as a comment). Lets init write `payment_details`, `password_credential`, `[digest]`
    and `[scoring]` as soon as the reader learns them, without a second release of init."""
    if section == "owner":
        return key in _fields(OwnerConfig)
    if section in ("imap", "smtp"):
        return key in _fields(ServerConfig)
    return key in _fields(Config)


_COMMENTS: Final[Mapping[str, Mapping[str, str]]] = {
    "owner": {
        "name": "how you sign your reminders",
        "email": "the address your invoices are sent from",
        "language": "language of your reminders when a client's is unknown: it | es | en",
        "timezone": "your time zone: sending hours and dates are yours",
        "payment_details": "printed in reminders so clients know where to pay",
    },
    "imap": {
        "host": "the server that holds your mailbox (reading)",
        "port": "993 with tls, 143 with starttls",
        "security": "tls | starttls (plain only for a server on this computer)",
        "username": "your login name, usually your address",
        "password": "stored here: keep this file private (chmod 600)",
        "password_command": "a program that prints your password",
        "password_file": "the password is the first line of this file",
        "password_env": "the password is in this environment variable",
        "password_credential": "a systemd credential (LoadCredential=) holds the password",
        "oauth2_token_command": "prints a fresh OAuth2 access token (XOAUTH2)",
        "oauth2": "OAuth2: `mailduns auth` stored the sign-in next to this file",
        "oauth2_client_id": "the app you registered for mailduns (docs/service.md)",
        "oauth2_client_secret": "Google: shown next to the client id",
        "sent": "your Sent folder, as found on the server",
        "inbox": "where your clients' replies arrive",
    },
    "smtp": {
        "host": "the server that sends your mail",
        "port": "465 with tls, 587 with starttls",
        "security": "tls | starttls",
        "username": "your login name, usually your address",
        "server_saves_sent": "the provider files a copy of what it sends in Sent",
    },
    "invoices": {
        "terms_days": "days to pay, when an invoice states no due date",
        "since": "invoices sent before this day are history: never reminded",
    },
    "sending": {
        "window": "reminders go out only between these hours (the client's local time)",
        "weekdays_only": "never on Saturday or Sunday",
        "holidays": 'never on public holidays of this country ("" for none)',
        "max_per_day": "safety cap: at most this many reminders a day, all clients together",
    },
    "state": {"path": "where mailduns remembers what it did"},
    "payment": {
        "beneficiary": "the account holder, as your bank knows you",
        "iban": "printed in reminders so clients know where to pay",
        "link": "a payment page; {number} is the invoice",
    },
}


def _section(
    name: str, data: Mapping[str, Any], comments: Mapping[str, str], *, extra: Sequence[str] = ()
) -> str:
    """One `[section]` dumped by tomli-w, with a comment after each key and `extra` commented-out
    lines (optional keys) at the end."""
    dumped = tomli_w.dumps({name: dict(data)}).rstrip("\n").split("\n")
    out = [dumped[0]]
    for line in dumped[1:]:
        key = line.split(" = ", 1)[0].strip()
        note = comments.get(key) or comments.get(key.strip('"'))
        out.append(f"{line.ljust(46)}  # {note}" if note else line)
    out.extend(extra)
    return "\n".join(out) + "\n"


def _c(setting: str, note: str = "") -> str:
    """A commented-out optional setting, its explanation aligned with the comments of real keys."""
    return f"# {setting}".ljust(46) + f"  # {note}" if note else f"# {setting}"


def _header(title: str) -> str:
    return f"\n# {'-' * 98}\n# {title}\n"


def payment_table(details: str | None, beneficiary: str) -> dict[str, Any] | None:
    """The `[payment]` table for what `--iban` / the question gave: an IBAN (its holder is you), or a
    payment link. None for anything else (the caller says so)."""
    text = (details or "").strip()
    if not text:
        return None
    if text.lower().startswith("https://"):
        return {"link": text}
    from mailduns.letters.qr import normalise_iban

    candidate = text[4:].strip() if text[:4].upper() == "IBAN" else text
    try:
        compact = normalise_iban(candidate)
    except ValueError:
        return None
    return {
        "beneficiary": beneficiary,
        "iban": " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)),
    }


def _secret_keys(a: Answers) -> dict[str, Any]:
    """The keys that say how to log in: one password key, or the built-in OAuth2 ones."""
    kind, value = a.secret
    if kind != "oauth2":
        return {kind: value}
    keys = {"oauth2": value, "oauth2_client_id": a.oauth2_client_id}
    if a.oauth2_client_secret:
        keys["oauth2_client_secret"] = a.oauth2_client_secret
    return keys


def config_document(a: Answers) -> dict[str, dict[str, Any]]:
    """The settings init writes as real keys (not comments), section by section."""
    owner: dict[str, Any] = {"name": a.name, "email": a.email, "language": a.language, "timezone": a.timezone}
    if a.payment_details and _supports("owner", "payment_details"):
        owner["payment_details"] = a.payment_details
    imap: dict[str, Any] = {
        "host": a.imap_host,
        "port": a.imap_port,
        "security": a.imap_security,
        "username": a.imap_username or a.email,
        **_secret_keys(a),
    }
    if a.inbox and a.inbox != "INBOX":
        imap["inbox"] = a.inbox
    if a.sent:
        imap["sent"] = a.sent
    smtp: dict[str, Any] = {
        "host": a.smtp_host,
        "port": a.smtp_port,
        "security": a.smtp_security,
        "username": a.smtp_username or a.email,
        **_secret_keys(a),
    }
    if a.saves_sent is not None and _key_known("smtp", "server_saves_sent"):
        smtp["server_saves_sent"] = a.saves_sent
    doc: dict[str, dict[str, Any]] = {"owner": owner, "imap": imap, "smtp": smtp}
    if a.state_path:
        doc["state"] = {"path": a.state_path}
    invoices: dict[str, Any] = {"terms_days": a.terms_days}
    if a.since is not None:
        invoices["since"] = a.since.isoformat()
    doc["invoices"] = invoices
    doc["sending"] = {
        "window": "09:00-18:00",
        "weekdays_only": True,
        "holidays": a.holidays,
        "max_per_day": 50,
    }
    payment = payment_table(a.payment_details, a.name)
    if payment is not None:
        doc["payment"] = payment
    return doc


def render_config(a: Answers, *, today: date | None = None) -> str:
    """The commented configuration file for `a`: tomli-w writes every value (so quoting is always
    right), comments explain them, and optional keys are shown commented out with their default."""
    doc = config_document(a)
    secret_kind = a.secret[0]
    secret_note = {"imap": _COMMENTS["imap"][secret_kind], "smtp": _COMMENTS["imap"][secret_kind]}
    parts = [
        "# mailduns configuration, written by `mailduns init`"
        + (f" on {today.isoformat()}" if today else "")
        + ".\n"
        "# Lines starting with # are comments. Check this file with `mailduns check`; every key is\n"
        "# explained in config.example.toml. Keep it private: `chmod 600` (init already did).\n",
        _header("You, the freelancer."),
    ]
    owner_extra = [_c("emails = []", "your other addresses, if you also send invoices from them")]
    if a.payment_details and "payment" not in doc:
        shown = tomli_w.dumps({"x": a.payment_details})[4:].strip()
        owner_extra.append(
            f"# Your payment details, {shown}, are neither an IBAN nor an https:// link: "
            "write them in [payment] below."
        )
    parts.append(_section("owner", doc["owner"], _COMMENTS["owner"], extra=owner_extra))

    parts.append(_header("Reading your mail: where the Sent folder and your inbox are."))
    imap_extra = []
    if "sent" not in doc["imap"]:
        imap_extra.append(_c('sent = "Sent"', "default: the folder your server marks as Sent"))
    if "inbox" not in doc["imap"]:
        imap_extra.append(_c('inbox = "INBOX"', "where your clients' replies arrive"))
    imap_extra.append(_c('paid = "Paid"', "drag an invoice email into this folder to mark it paid"))
    if secret_kind not in ("oauth2_token_command", "oauth2"):
        kinds = ["password", "password_file", "password_env", "password_command"]
        if _supports("imap", "password_credential"):
            kinds.append("password_credential")
        others = ", ".join(k for k in kinds if k != secret_kind)
        imap_extra.append(f"# Instead of {secret_kind}, [imap] and [smtp] may use one of: {others}.")
    parts.append(
        _section(
            "imap", doc["imap"], {**_COMMENTS["imap"], secret_kind: secret_note["imap"]}, extra=imap_extra
        )
    )

    parts.append(_header("Sending your mail: the same keys as [imap], without the folders."))
    smtp_extra = []
    if "server_saves_sent" not in doc["smtp"]:
        known = '"auto"' if a.saves_sent is None else ("true" if a.saves_sent else "false")
        smtp_extra.append(
            _c(
                f"server_saves_sent = {known}",
                "true: the provider files sent mail in Sent itself (Gmail, Microsoft); auto: find out",
            )
        )
    parts.append(
        _section(
            "smtp", doc["smtp"], {**_COMMENTS["smtp"], secret_kind: secret_note["smtp"]}, extra=smtp_extra
        )
    )

    parts.append(_header("Where mailduns remembers your invoices and what it already sent."))
    if "state" in doc:
        parts.append(_section("state", doc["state"], _COMMENTS["state"]))
    else:
        parts.append(
            "# [state]\n"
            + _c('path = "~/.local/state/mailduns/state.db"', "default: $XDG_STATE_HOME/mailduns/state.db")
            + "\n"
        )

    parts.append(_header("Recognising invoices."))
    parts.append(
        _section(
            "invoices",
            doc["invoices"],
            _COMMENTS["invoices"],
            extra=[_c("subject_patterns = []", "extra subject patterns with (?P<number>...)")],
        )
    )

    parts.append(_header("When reminders may go out."))
    parts.append(
        _section(
            "sending",
            doc["sending"],
            _COMMENTS["sending"],
            extra=[
                _c("max_per_client_per_day = 1", "at most one reminder a day to the same client"),
                _c("bcc_owner = false", "true: a Bcc of every reminder to yourself"),
                _c("dry_run = false", "true: decide and log, send nothing"),
            ],
        )
    )

    parts.append(
        _header(
            "How clients pay you: printed in every letter that asks for money (and, with qr = true,\n"
            "# as a scan-to-pay code for euro invoices)."
        )
    )
    if "payment" in doc:
        parts.append(
            _section(
                "payment",
                doc["payment"],
                _COMMENTS["payment"],
                extra=[
                    _c('bic = "BPPIITRRXXX"', "your bank's BIC (SWIFT), for transfers from abroad"),
                    _c('reference = "Fattura {number}"', "the payment reference; {number} is the invoice"),
                    _c('link = "https://pay.example/{number}"', "a payment page, if you have one"),
                    _c("qr = false", "true: an EPC scan-to-pay code under the bank details"),
                ],
            )
        )
    else:
        parts.append(
            "# [payment]\n"
            + "\n".join(
                (
                    _c('beneficiary = "Alessandra Rossi"', "the account holder"),
                    _c('iban = "IT60 X054 2811 1010 0000 0123 456"', "where clients pay"),
                    _c('link = "https://pay.example/{number}"', "or a payment page"),
                )
            )
            + "\n"
        )

    parts.append(_header("Late-payment fees (business clients only), added by steps with late_fee = true."))
    parts.append(
        "\n".join(
            (
                "# [fees]",
                _c("statutory_interest = true", "ECB rate + 8 points a year (EU 2011/7)"),
                _c('fixed_compensation = "40.00"', "EUR, once per invoice"),
            )
        )
        + "\n"
    )

    parts.append(
        _header(
            "The reminder ladder. Without [[steps]] the default six steps are used:\n"
            "# courtesy -3, due 0, reminder +5, late_fee +10, suspension +20, final +30 (days "
            "from the due date)."
        )
    )
    parts.append('# [[steps]]\n# name = "reminder"\n# days = 5\n# template = "reminder"\n')

    parts.append(_header("Clients with their own settings (a domain or a full address)."))
    parts.append('# [clients."acme.example"]\n# language = "en"\n# terms_days = 60\n# skip = true\n')

    optional: tuple[tuple[str, str, list[tuple[str, str]]], ...] = (
        (
            "digest",
            "Your weekly summary mail.",
            [
                ('day = "monday"', "the day of your weekly summary mail"),
                ("hour = 8", "at this hour, your time zone"),
                ("enabled = true", "false: no weekly summary"),
            ],
        ),
        (
            "scoring",
            "How clients are judged in `mailduns clients` and the weekly summary.",
            [
                ("slow_average_days = 7", "paying this late on average: slow payer"),
                ("deposit_average_days = 30", "... ask for a deposit"),
                ("end_average_days = 60", "... consider ending the relationship"),
                ("deposit_worst_days = 60", "once this late (or still unpaid): ask for a deposit"),
                ("end_worst_days = 120", "... consider ending the relationship"),
                ("deposit_disputes = 2", "disputes before asking for a deposit"),
                ("end_disputes = 3", "... before considering ending it"),
                ('slow_reminders = "1"', "reminders per invoice that make a slow payer"),
                ("min_invoices = 2", "fewer paid or overdue invoices: too early to say"),
            ],
        ),
    )
    for section, title, settings in optional:
        parts.append(_header(title))
        # Shown commented out with their defaults: the defaults apply until the freelancer opts in,
        # and a later change of a default reaches them.
        live = False
        lines = [(f"{k}".ljust(46) + f"  # {note}") if live else _c(k, note) for k, note in settings]
        parts.append((f"[{section}]\n" if live else f"# [{section}]\n") + "\n".join(lines) + "\n")
    return "".join(parts)


# --------------------------------------------------------------------------------------------------
# Secrets: warnings
# --------------------------------------------------------------------------------------------------


def warn_if_readable(path: Path) -> str | None:
    """A sentence when `path` holds a plain `password` that other users of this computer can read,
    else None. Called when the config is loaded (`check`, `run`), so the freelancer hears it where
    they look; it never says what the password is."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or not info.st_mode & (stat.S_IRGRP | stat.S_IROTH):
            return None
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    sections = [s for s in ("imap", "smtp") if isinstance(data.get(s), dict) and "password" in data[s]]
    if not sections:
        return None
    who = "anyone on this computer" if info.st_mode & stat.S_IROTH else "other members of its group"
    return (
        f"{path} contains your mail password and {who} can read it. Run `chmod 600 {path}`, or better, "
        'replace the password line with password_command (e.g. "pass show mail") or password_file.'
    )


# --------------------------------------------------------------------------------------------------
# Arguments
# --------------------------------------------------------------------------------------------------


def add_init_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of `mailduns init`; every question of the interview has one, for scripts."""
    g = parser.add_argument_group("answers (for scripts; in the interview they become the defaults)")
    g.add_argument("--email", help="your address, the one invoices are sent from")
    g.add_argument("--name", help="your name, as clients know it")
    g.add_argument(
        "--provider",
        choices=[p.key for p in PROVIDERS],
        help="who hosts your mail (guessed from the address when possible)",
    )
    g.add_argument("--language", choices=list(LANGUAGES), help="language of your reminders")
    g.add_argument("--timezone", help='your time zone, e.g. "Europe/Rome" (default: this computer\'s)')
    for proto, port_help in (
        ("imap", "993 with tls, 143 with starttls"),
        ("smtp", "465 with tls, 587 with starttls"),
    ):
        g.add_argument(f"--{proto}-host", help=f"the {proto.upper()} server")
        g.add_argument(f"--{proto}-port", type=int, help=f"the {proto.upper()} port ({port_help})")
        g.add_argument(
            f"--{proto}-security",
            choices=["tls", "starttls", "plain"],
            help=f"how to protect the {proto.upper()} connection (plain only to this computer)",
        )
    g.add_argument("--username", help="the login name for both servers (default: your address)")
    s = g.add_mutually_exclusive_group()
    s.add_argument("--password-command", help='a command that prints your password, e.g. "pass show mail"')
    s.add_argument("--password-file", help="a file whose first line is your password")
    s.add_argument("--password-env", help="an environment variable that holds your password")
    s.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input and store it in the config (mode 600)",
    )
    s.add_argument("--password-credential", help="the name of a systemd credential holding the password")
    s.add_argument(
        "--oauth2-token-command",
        help="a command that prints a fresh OAuth2 access token (Gmail, Microsoft 365)",
    )
    s.add_argument(
        "--oauth2",
        choices=["google", "microsoft"],
        help="log in with OAuth2, signed in once with "
        "`mailduns auth google|microsoft` (needs --oauth2-client-id)",
    )
    g.add_argument("--oauth2-client-id", help="with --oauth2: the client id of the app you registered")
    g.add_argument("--oauth2-client-secret", help="with --oauth2 google: the client secret")
    g.add_argument("--sent", help="your Sent folder (default: found on the server)")
    g.add_argument("--inbox", help="the folder where clients' replies arrive (default INBOX)")
    g.add_argument(
        "--terms-days", type=int, help="days to pay when an invoice states no due date (default 30)"
    )
    g.add_argument(
        "--since", help="remind only about invoices sent from this day, YYYY-MM-DD (default: today)"
    )
    g.add_argument(
        "--holidays", help='country code of the public holidays to skip, e.g. "IT", or "" for none'
    )
    g.add_argument(
        "--iban",
        "--payment-details",
        dest="payment_details",
        help="where clients pay (IBAN or other details), printed in reminders",
    )
    g.add_argument("--state-path", help="where to keep the state database (default: ~/.local/state/mailduns)")
    b = parser.add_argument_group("behaviour")
    b.add_argument(
        "--non-interactive",
        action="store_true",
        help="ask nothing: use the flags, fail if one is missing (for scripts)",
    )
    b.add_argument("--force", action="store_true", help="replace an existing config (kept as .bak)")
    b.add_argument("--no-check", action="store_true", help="do not log in to test the servers")


# --------------------------------------------------------------------------------------------------
# Guesses
# --------------------------------------------------------------------------------------------------

_LANGUAGE_TZ: Final = {"it": "Europe/Rome", "es": "Europe/Madrid", "en": "Europe/London"}
_HOLIDAYS: Final = {"it": "IT", "es": "ES"}


def local_timezone() -> str | None:
    """This computer's IANA time zone name ($TZ, /etc/localtime, /etc/timezone), if it has one."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    for name in candidates:
        if name and "/" in name:
            try:
                ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
            return name
    return None


def guess_language(email: str) -> str:
    """it/es from the address's country domain or the computer's locale, else en."""
    tld = email.rpartition(".")[2].lower()
    if tld in ("it", "es"):
        return tld
    env = (os.environ.get("LC_ALL") or os.environ.get("LANG") or "")[:2].lower()
    return env if env in LANGUAGES else "en"


# --------------------------------------------------------------------------------------------------
# Testing the login
# --------------------------------------------------------------------------------------------------

_SENT_NAMES: Final = SENT_NAMES  # one list, shared with the daemon (mail/folders.py)


@dataclass(frozen=True)
class Probe:
    """What the IMAP server showed: its folders and which one is Sent (None when it cannot tell)."""

    folders: tuple[str, ...]
    sent: str | None
    flagged: bool  # True when the server marks the folder as \\Sent (RFC 6154)
    keywords: bool | None = None  # False: the server refuses $Paid/$Hold (Exchange, some hosts)


def pick_sent(
    listing: Sequence[tuple[Sequence[str], str]], preferred: Sequence[str] = ()
) -> tuple[str | None, bool]:
    """The Sent folder from a LIST answer ((flags, name), ...): the one flagged \\Sent, else one
    with the provider's usual name (`preferred`), else one with a usual name in English, Italian or
    Spanish."""
    for flags, name in listing:
        if any(f.lower() == "\\sent" for f in flags):
            return name, True
    names = {n.lower(): n for _, n in listing}
    for usual in (*preferred, *_SENT_NAMES):
        if usual.lower() in names:
            return names[usual.lower()], False
    return None, False


def _server(a: Answers, section: str) -> ServerConfig:
    kind, value = a.secret
    secret: dict[str, Any] = {kind: value}
    if kind == "oauth2":
        from mailduns.settings.config import OAuth2Config

        folder = a.token_dir or Path.cwd()
        secret = {
            "oauth2": OAuth2Config(
                provider=value,
                client_id=a.oauth2_client_id,
                client_secret=a.oauth2_client_secret,
                refresh_token_file=folder / f"oauth2-{value}.token",
            )
        }
    if section == "imap":
        return ServerConfig(
            host=a.imap_host,
            port=a.imap_port,
            security=a.imap_security,
            username=a.imap_username or a.email,
            section="imap",
            **secret,
        )
    return ServerConfig(
        host=a.smtp_host,
        port=a.smtp_port,
        security=a.smtp_security,
        username=a.smtp_username or a.email,
        section="smtp",
        **secret,
    )


def probe_imap(a: Answers) -> Probe:
    """Log in to IMAP and list the folders. Raises MailboxError with a sentence on failure.
    The Mailbox is the daemon's own, built by `mail.connect` from the answers as a config would be."""
    from mailduns.core.errors import MailboxError
    from mailduns.mail.connect import check_imap_login

    oauth2 = a.secret[0] in ("oauth2_token_command", "oauth2")
    try:
        mb = check_imap_login(_server(a, "imap"))
    except MailboxError as exc:
        if oauth2 and not exc.retryable:
            raise MailboxError(
                f"the IMAP server {a.imap_host} refused the OAuth2 login for "
                f"{a.imap_username or a.email}: the token helper may be authorised for another "
                f"account or without mail access ({exc})",
                retryable=False,
            ) from exc
        raise
    keywords: bool | None = None
    try:
        assert mb.client is not None
        raw = mb.client.list_folders()
        try:
            mb.folders(inbox="INBOX", sent=None, paid="Paid")
            keywords = mb.features.keywords
        except MailboxError:
            keywords = None  # no Sent folder yet: the config step asks for it
    except MailboxError:
        raise
    except Exception as exc:  # imapclient raises several types; all mean "could not list"
        raise MailboxError(f"logged in to {a.imap_host}, but could not list the folders ({exc})") from exc
    finally:
        mb.close()
    listing = [
        (
            [f.decode() if isinstance(f, bytes) else str(f) for f in flags],
            name.decode() if isinstance(name, bytes) else str(name),
        )
        for flags, _d, name in raw
    ]
    preset = _BY_KEY.get(a.provider)
    sent, flagged = pick_sent(listing, preset.sent if preset is not None else ())
    return Probe(tuple(n for _, n in listing), sent, flagged, keywords)


async def _smtp_login(a: Answers) -> None:
    from mailduns.core.errors import SendError
    from mailduns.mail.connect import check_smtp_login

    try:
        await check_smtp_login(_server(a, "smtp"))
    except SendError as exc:
        cause = exc.__cause__
        raise SendError(f"{exc}{_tls_hint(cause) if cause is not None else ''}", code=exc.code) from cause


def _tls_hint(exc: BaseException) -> str:
    text = str(exc).lower()
    if "certificate" in text:
        return (
            "; the server's TLS certificate could not be verified: check the server name (it must be the "
            "one on the certificate) and that this computer's clock is right"
        )
    if "wrong version number" in text or "unexpected eof" in text:
        return "; the port and the security mode do not match (465 = tls, 587 = starttls)"
    return ""


def check_login(a: Answers, say: Callable[[str], None]) -> Probe | None:
    """Test both logins; None when they cannot be tested (OAuth2 not supported by this version).
    Raises MaildunsError (with a sentence and a provider hint) when a login fails."""
    if a.secret[0] == "oauth2_token_command" and not _supports("imap", "oauth2_token_command"):
        say("The OAuth2 login cannot be tested by this version of mailduns; skipping the test.")
        return None
    provider = _BY_KEY.get(a.provider)
    say(f"Logging in to {a.imap_host} (IMAP) ...")
    try:
        probe = probe_imap(a)
    except MaildunsError as exc:
        raise MaildunsError(f"{exc}{_tls_hint(exc)}{_provider_hint(provider)}") from exc
    say(
        f"  ok: {len(probe.folders)} folders; Sent is "
        + (
            f'"{probe.sent}"' + ("" if probe.flagged else " (found by its name)")
            if probe.sent
            else "not found yet"
        )
    )
    if probe.keywords is False:
        say(
            "  Note: this server does not keep the $Paid and $Hold keywords. To tell mailduns an invoice is paid, "
            'move its email into a folder named "Paid", or run `mailduns paid INVOICE`, or answer mailduns\' note.'
        )
    say(f"Logging in to {a.smtp_host} (SMTP) ...")
    try:
        asyncio.run(_smtp_login(a))
    except MaildunsError as exc:
        raise MaildunsError(f"{exc}{_provider_hint(provider)}") from exc
    say("  ok")
    return probe


def _provider_hint(provider: Provider | None) -> str:
    return f". {provider.note}" if provider is not None and provider.note else ""


# --------------------------------------------------------------------------------------------------
# The two ways in
# --------------------------------------------------------------------------------------------------

_EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _ask(prompt: str, default: str | None = None, *, check: Callable[[str], str | None] | None = None) -> str:
    """Ask until the answer passes `check` (which returns a sentence saying what is wrong, or None)."""
    while True:
        shown = f"{prompt} [{default}]: " if default else f"{prompt}: "
        answer = input(shown).strip() or (default or "")
        problem = check(answer) if check else None
        if problem is None:
            return answer
        print(f"  {problem}")


def _yes(prompt: str, default: bool = True) -> bool:
    answer = input(f"{prompt} [{'Y/n' if default else 'y/N'}]: ").strip().lower()
    return default if not answer else answer[0] in ("y", "s")  # s: sì / sí


def _check_email(value: str) -> str | None:
    return None if _EMAIL.match(value) else "That does not look like an email address (name@example.it)."


def _check_tz(value: str) -> str | None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return 'That is not a time zone I know; write it like "Europe/Rome" or "Europe/Madrid".'
    return None


def _check_int(low: int, high: int) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        return (
            None
            if value.isdigit() and low <= int(value) <= high
            else f"Write a whole number from {low} to {high}."
        )

    return check


def _check_date(value: str) -> str | None:
    try:
        date.fromisoformat(value)
    except ValueError:
        return "Write the date as year-month-day, like 2026-11-01."
    return None


def _arg(args: argparse.Namespace | None, name: str) -> Any:
    return getattr(args, name, None) if args is not None else None


def _secret_from_args(args: argparse.Namespace | None) -> tuple[str, str] | None:
    for kind in (
        "password_command",
        "password_file",
        "password_env",
        "password_credential",
        "oauth2_token_command",
    ):
        value = _arg(args, kind)
        if value:
            _require_support(kind, str(value))
            return kind, str(value)
    if _arg(args, "oauth2"):
        if not _arg(args, "oauth2_client_id"):
            raise ConfigError(
                "--oauth2 needs --oauth2-client-id: the client id of the app you registered "
                "(docs/service.md).",
                key="--oauth2-client-id",
            )
        if _arg(args, "oauth2") == "google" and not _arg(args, "oauth2_client_secret"):
            raise ConfigError(
                "--oauth2 google needs --oauth2-client-secret too (shown in the Google Cloud console "
                "next to the client id).",
                key="--oauth2-client-secret",
            )
        return "oauth2", str(_arg(args, "oauth2"))
    if _arg(args, "password_stdin"):
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise ConfigError(
                "--password-stdin was given, but standard input held no password.", key="--password-stdin"
            )
        return "password", line
    return None


def _require_support(kind: str, value: str) -> None:
    """Refuse, in words, a way of logging in that this version's config reader cannot read yet."""
    if kind not in ("password_credential", "oauth2_token_command") or _supports("imap", kind):
        return
    flag = "--" + kind.replace("_", "-")
    if kind == "password_credential":
        raise ConfigError(
            f"this version of mailduns cannot read password_credential yet. Under systemd, use "
            f"--password-file /run/credentials/mailduns.service/{value} --no-check instead: it is "
            "the same credential, read as a file.",
            key=flag,
        )
    raise ConfigError(
        "this version of mailduns cannot log in with OAuth2 yet. Use an app password for now "
        "(Gmail: https://myaccount.google.com/apppasswords), e.g. with --password-command.",
        key=flag,
    )


def _apply_servers(
    a: Answers, provider: Provider, args: argparse.Namespace | None, mx_hint: str | None = None
) -> None:
    (ih, ip, isec), (sh, sp, ssec) = provider_servers(provider, a.email, mx_hint=mx_hint)
    a.provider = provider.key
    a.saves_sent = provider.saves_sent
    a.imap_security = _arg(args, "imap_security") or isec
    a.imap_host = _arg(args, "imap_host") or ih
    a.imap_port = _arg(args, "imap_port") or (
        ip if not _arg(args, "imap_security") else default_port("imap", a.imap_security)
    )
    a.smtp_security = _arg(args, "smtp_security") or ssec
    a.smtp_host = _arg(args, "smtp_host") or sh
    a.smtp_port = _arg(args, "smtp_port") or (
        sp if not _arg(args, "smtp_security") else default_port("smtp", a.smtp_security)
    )
    user = _arg(args, "username")
    a.smtp_username = user or a.email
    a.imap_username = user or (a.email.partition("@")[0] if provider.imap_user == "local" else a.email)


def answers_from_args(args: argparse.Namespace) -> Answers:
    """`--non-interactive`: every answer from a flag or a guess; a missing one is a usage error."""
    email = (_arg(args, "email") or "").strip().lower()
    if not email:
        raise ConfigError(
            "--non-interactive needs at least --email, --name and one way to give the password "
            "(--password-command, --password-file, --password-env, --password-stdin, ...).",
            key="--email",
        )
    if _check_email(email):
        raise ConfigError(f"{email!r} does not look like an email address.", key="--email")
    name = (_arg(args, "name") or "").strip()
    if not name:
        raise ConfigError(
            "--name is needed: your name, as your clients know it (it signs the reminders).", key="--name"
        )
    secret = _secret_from_args(args)
    if secret is None:
        raise ConfigError(
            'say how mailduns gets your password: --password-command "pass show mail", '
            "--password-file, --password-env, --password-stdin, --password-credential or "
            "--oauth2-token-command.",
            key="--password-command",
        )
    language = _arg(args, "language") or guess_language(email)
    a = Answers(
        name=name,
        email=email,
        language=language,
        secret=secret,
        oauth2_client_id=_arg(args, "oauth2_client_id") or "",
        oauth2_client_secret=_arg(args, "oauth2_client_secret") or None,
    )
    mx: Sequence[str] = ()
    if _arg(args, "provider"):
        provider = _BY_KEY[_arg(args, "provider")]
    else:
        found = guess_provider(email)
        if found is None and not _arg(args, "imap_host"):
            mx = lookup_mx(email.rpartition("@")[2])  # an own domain: who hosts it?
            found = guess_from_mx(mx)
        provider = found or _BY_KEY["other"]
    _apply_servers(a, provider, args, mx[0] if mx else None)
    a.timezone = _arg(args, "timezone") or local_timezone() or _LANGUAGE_TZ.get(language, "UTC")
    if _check_tz(a.timezone):
        raise ConfigError(
            f'{a.timezone!r} is not a time zone I know; use a name like "Europe/Rome".', key="--timezone"
        )
    _fill_common(a, args)
    return a


def _fill_common(a: Answers, args: argparse.Namespace | None) -> None:
    terms = _arg(args, "terms_days")
    a.terms_days = 30 if terms is None else int(terms)
    if not 0 <= a.terms_days <= 365:
        raise ConfigError("--terms-days must be a number of days from 0 to 365.", key="--terms-days")
    since = _arg(args, "since")
    try:
        a.since = date.fromisoformat(since) if since else date.today()
    except ValueError:
        raise ConfigError(f"--since must be a date like 2026-11-01, not {since!r}.", key="--since") from None
    holidays = _arg(args, "holidays")
    a.holidays = holidays.strip().upper() if holidays is not None else _HOLIDAYS.get(a.language, "")
    a.payment_details = _arg(args, "payment_details") or None
    a.sent = _arg(args, "sent") or None
    a.inbox = _arg(args, "inbox") or None
    a.state_path = _arg(args, "state_path") or None


def interview(args: argparse.Namespace | None, say: Callable[[str], None]) -> Answers:
    """The questions, in the order a person thinks of them; flags given become the defaults."""
    say(
        "mailduns set-up: a few questions, then a config file you can edit later. Press Enter to keep the "
        "answer in [brackets].\n"
    )
    email = _ask(
        "Your email address (the one your invoices go out from)", _arg(args, "email"), check=_check_email
    ).lower()
    name = _ask(
        "Your name, as clients know it",
        _arg(args, "name"),
        check=lambda v: None if v.strip() else "Your name signs the reminders; please write it.",
    )
    provider = _BY_KEY.get(_arg(args, "provider") or "") or guess_provider(email)
    mx: Sequence[str] = ()
    if provider is None:
        mx = lookup_mx(email.rpartition("@")[2])
        provider = guess_from_mx(mx)
        if provider is not None:
            say(f"Your domain's mail is hosted by {provider.name} (from its MX record {mx[0]}).")
    if provider is None:
        keys = ", ".join(p.key for p in PROVIDERS)
        chosen = _ask(
            f"Who hosts your mail? ({keys})",
            "other",
            check=lambda v: None if v in _BY_KEY else f"Choose one of: {keys}.",
        )
        provider = _BY_KEY[chosen]
    a = Answers(name=name, email=email, secret=("password", ""))
    _apply_servers(a, provider, args, mx[0] if mx else None)
    say(
        f"\nMail servers for {provider.name}:\n  IMAP {a.imap_host}:{a.imap_port} ({a.imap_security}), login "
        f"{a.imap_username}\n  SMTP {a.smtp_host}:{a.smtp_port} ({a.smtp_security}), login {a.smtp_username}"
    )
    if provider.note:
        say(f"  Note: {provider.note}")
    if not _yes("Are these right?"):
        a.imap_host = _ask("IMAP server", a.imap_host)
        a.imap_security = _ask(
            "IMAP security (tls, starttls)",
            a.imap_security,
            check=lambda v: None if v in ("tls", "starttls", "plain") else "Write tls or starttls.",
        )
        a.imap_port = int(
            _ask("IMAP port", str(default_port("imap", a.imap_security)), check=_check_int(1, 65535))
        )
        a.imap_username = _ask("IMAP login", a.imap_username)
        a.smtp_host = _ask("SMTP server", a.smtp_host)
        a.smtp_security = _ask(
            "SMTP security (tls, starttls)",
            a.smtp_security,
            check=lambda v: None if v in ("tls", "starttls", "plain") else "Write tls or starttls.",
        )
        a.smtp_port = int(
            _ask("SMTP port", str(default_port("smtp", a.smtp_security)), check=_check_int(1, 65535))
        )
        a.smtp_username = _ask("SMTP login", a.smtp_username)
    a.secret = _secret_from_args(args) or _ask_secret(provider, say, a)
    if a.secret[0] == "oauth2" and not a.oauth2_client_id:
        a.oauth2_client_id = _arg(args, "oauth2_client_id") or ""
        a.oauth2_client_secret = _arg(args, "oauth2_client_secret") or None
    a.language = _ask(
        "Language of your reminders (it, es, en)",
        _arg(args, "language") or guess_language(email),
        check=lambda v: None if v in LANGUAGES else "Write it, es or en.",
    )
    a.timezone = _ask(
        "Your time zone",
        _arg(args, "timezone") or local_timezone() or _LANGUAGE_TZ.get(a.language, "UTC"),
        check=_check_tz,
    )
    return a


def _ask_secret(provider: Provider, say: Callable[[str], None], a: Answers | None = None) -> tuple[str, str]:
    oauth2 = bool(provider.oauth2) and _supports("imap", "oauth2_token_command")
    say(
        "\nHow should mailduns get your password? It is never printed or logged.\n"
        "  1  a command that prints it, e.g. pass show mail  (safest)\n"
        "  2  a file whose first line is the password\n"
        "  3  an environment variable\n"
        "  4  store it in the config file (readable only by you)"
        + ("\n  5  OAuth2: a command that prints a fresh access token" if oauth2 else "")
        + (
            f"\n  6  OAuth2, built in: you signed in with `mailduns auth {provider.oauth2}`"
            if oauth2 and a
            else ""
        )
    )
    choices = (("1", "2", "3", "4", "5") + (("6",) if a else ())) if oauth2 else ("1", "2", "3", "4")
    choice = _ask(
        "Your choice", "1", check=lambda v: None if v in choices else f"Choose {', '.join(choices)}."
    )
    if choice == "1":
        return "password_command", _ask(
            "The command", check=lambda v: None if v.strip() else "Write the command."
        )
    if choice == "2":
        return "password_file", _ask(
            "The file", check=lambda v: None if Path(v).expanduser().is_file() else "There is no file there."
        )
    if choice == "3":
        return "password_env", _ask("The variable's name", "MAILDUNS_PASSWORD")
    if choice == "6" and a is not None and provider.oauth2:
        a.oauth2_client_id = _ask(
            "The client id of the app you registered (docs/service.md)",
            check=lambda v: None if v.strip() else "Write the client id.",
        )
        if provider.oauth2 == "google":
            a.oauth2_client_secret = _ask(
                "Its client secret",
                check=lambda v: None if v.strip() else "Google needs the client secret too.",
            )
        return "oauth2", provider.oauth2
    if choice == "5":
        return "oauth2_token_command", _ask(
            "The command",
            check=lambda v: (
                None if v.strip() else "Write the command (see docs/service.md for token helpers)."
            ),
        )
    while True:
        first = getpass.getpass("Password (not shown): ")
        if first and getpass.getpass("Once more: ") == first:
            return "password", first
        say("  The two did not match (or were empty); try again.")


def _folders(a: Answers, probe: Probe | None, interactive: bool, say: Callable[[str], None]) -> None:
    """Settle the Sent folder from what the server showed."""
    if probe is None:
        return
    if a.sent:
        if a.sent not in probe.folders:
            raise ConfigError(
                f'there is no folder "{a.sent}" on the server; folders found: {", ".join(probe.folders)}.',
                key="--sent",
            )
        return
    if probe.sent is not None:
        if not probe.flagged or probe.sent != "Sent":
            a.sent = probe.sent  # write it down: the default would not find it
        return
    if not interactive:
        raise ConfigError(
            "the server does not say which folder is Sent and none has a usual name; give it with "
            f"--sent. Folders found: {', '.join(probe.folders)}.",
            key="--sent",
        )
    say("The server does not say which folder holds your sent mail. Folders found:")
    for n, name in enumerate(probe.folders, 1):
        say(f"  {n:>2}  {name}")
    pick = _ask("The number of your Sent folder", check=_check_int(1, len(probe.folders)))
    a.sent = probe.folders[int(pick) - 1]


def interactive_init(path: Path, args: argparse.Namespace | None = None) -> int:
    """`mailduns init`: interview (or `--non-interactive` flags), login test, commented config.

    Returns the exit code. Usage mistakes are ConfigErrors (exit 2); a failed login is a
    MaildunsError (exit 1) and nothing is written, unless the freelancer asks to save anyway.
    """
    force = bool(_arg(args, "force"))
    non_interactive = bool(_arg(args, "non_interactive"))
    if path.exists() and not force:
        raise ConfigError(
            f"{path} already exists. Edit it, or run `mailduns init --force` to replace it "
            "(the old one is kept as .bak).",
            file=str(path),
        )
    if not non_interactive and not sys.stdin.isatty():
        raise ConfigError(
            "`mailduns init` asks questions and needs a terminal; in a script use "
            "`mailduns init --non-interactive --email ... --name ... --password-command ...`.",
            file=str(path),
        )

    def say(text: str) -> None:
        print(text, flush=True)

    if non_interactive:
        assert args is not None
        a = answers_from_args(args)
    else:
        a = interview(args, say)
    interactive = not non_interactive
    a.token_dir = path.parent
    probe: Probe | None = None
    if not _arg(args, "no_check"):
        try:
            probe = check_login(a, say)
        except MaildunsError as exc:
            if not interactive:
                raise MaildunsError(
                    f"{exc}. Nothing was written; fix the answer, or add --no-check to write the "
                    "config anyway."
                ) from exc
            say(f"\n{exc}")
            if not _yes("Save the configuration anyway, to fix it by hand?", default=False):
                say("Nothing was written.")
                return 1
    _folders(a, probe, interactive, say)
    if interactive:
        a.terms_days = int(
            _ask(
                "Days your clients have to pay, when an invoice does not say",
                str(_arg(args, "terms_days") or 30),
                check=_check_int(0, 365),
            )
        )
        a.since = date.fromisoformat(
            _ask(
                "Remind clients only about invoices sent from (older ones are never mailed)",
                _arg(args, "since") or date.today().isoformat(),
                check=_check_date,
            )
        )
        holidays = (
            _ask(
                'Skip the public holidays of (a country code like IT, ES or ES-MD; "-" for none)',
                _arg(args, "holidays") or _HOLIDAYS.get(a.language, "-"),
            )
            .strip()
            .upper()
        )
        a.holidays = "" if holidays == "-" else holidays
        a.payment_details = (
            _ask(
                "Your IBAN or other payment details for reminders (Enter to skip)",
                _arg(args, "payment_details") or "",
            )
            or None
        )
        a.inbox = _arg(args, "inbox") or None
        a.state_path = _arg(args, "state_path") or None
    text = render_config(a, today=date.today())
    parse_config(text, str(path), base_dir=path.parent)  # never write a file `check` would refuse
    _write_private(path, text, force)
    say(f"\nWrote {path} (readable only by you).")
    if a.payment_details and payment_table(a.payment_details, a.name) is None:
        say(
            "Your payment details are neither an IBAN nor an https:// link: write them in [payment] "
            "(config.example.toml shows how)."
        )
    elif a.payment_details:
        say("Your payment details are in [payment]: every reminder that asks for money prints them.")
    say(
        "Next:\n  mailduns check                    # tests config, templates and both logins\n"
        "  mailduns run --once --dry-run     # what it would send today, sending nothing\n"
        "  mailduns run                      # the daemon; docs/service.md runs it as a service"
    )
    return 0


def _write_private(path: Path, text: str, force: bool) -> None:
    """Write atomically with mode 600 from the first byte; with --force keep the old file as .bak."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)  # mkstemp: mode 600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            if not force:
                raise ConfigError(
                    f"{path} appeared while init was running; nothing was replaced.", file=str(path)
                )
            backup = path.with_name(path.name + ".bak")
            os.replace(path, backup)
            os.chmod(backup, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
