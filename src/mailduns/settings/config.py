"""The configuration file: read it, check every value, and explain every mistake in plain words.

Why this module is fussy: the people who edit this file are freelancers, not programmers, and they
edit it by hand. A daemon that starts with a wrong port, an unknown key (a typo that silently does
nothing) or a fee written as a float would misbehave quietly for weeks — or worse, send a client a
wrong amount. So everything is checked once, at load time, and every problem becomes a
`ConfigError` whose text is a sentence they can act on, naming the file, the line and the key
("config.toml:12:imap.port: must be a whole number (like 993), not "abc".").

`tomllib` gives no positions for values, so `_Locator` re-reads the raw text with a small, tolerant
scanner that remembers on which line every table and key appears. It is only used to point at
lines; `tomllib` stays the one and only TOML parser that decides what the values are.

Passwords are *not* resolved here: `mailduns.mail.credentials.resolve_password` is called lazily
when connecting (by `mailduns.mail.connect`), so `mailduns check --offline` never runs a
`password_command` or reads a password file.

Why this file is long: every section's checks and their plain-language messages, plus the
line locator, are one loader, so every mistake in the file is found and worded the same way.
"""

from __future__ import annotations

import difflib
import ipaddress
import os
import re
import shlex
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, NoReturn, TypeAlias, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from mailduns.core.errors import ConfigError
from mailduns.core.legal import KINDS
from mailduns.core.planner import StepConfig
from mailduns.core.scoring import ScoringConfig, scoring_config_from
from mailduns.core.sending_calendar import parse_quiet
from mailduns.letters.compose import PaymentDetails
from mailduns.settings.digest_schedule import DigestConfig, digest_config_from

__all__ = [
    "DEFAULT_STEPS",
    "LANGUAGES",
    "ClientConfig",
    "Config",
    "DaemonConfig",
    "OAuth2Config",
    "FeesConfig",
    "InvoicesConfig",
    "OwnerConfig",
    "PecConfig",
    "SendingConfig",
    "ServerConfig",
    "StateConfig",
    "StepConfig",
    "default_config_path",
    "default_port",
    "default_state_path",
    "load_config",
    "parse_config",
]

#: Template languages mailduns ships; a client or owner language must be one of these.
LANGUAGES: Final = ("it", "es", "en")
SECURITY_MODES: Final = ("tls", "starttls", "plain")
_PASSWORD_KEYS: Final = (
    "password",
    "password_file",
    "password_env",
    "password_command",
    "password_credential",
)
# Built-in OAuth2 (`oauth2 = "google"`): these keys replace the password in [imap] and [smtp].
_OAUTH2_KEYS: Final = (
    "oauth2",
    "oauth2_client_id",
    "oauth2_client_secret",
    "oauth2_refresh_token_file",
    "oauth2_tenant",
    "oauth2_token_url",
)
OAUTH2_PROVIDERS: Final = ("google", "microsoft")

# --------------------------------------------------------------------------------------------------
# The configuration, as the rest of mailduns sees it
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OwnerConfig:
    """The freelancer: who the reminders come from, and who is told when a client needs a call.

    `email` is lower-cased so comparisons with the addresses in messages are simple; `emails` are
    the owner's other addresses (aliases, an old address) so their own mail is never mistaken for a
    client's. `language` is the template language used when a client's language is unknown.
    """

    name: str
    email: str
    language: str = "en"
    timezone: str = "UTC"
    emails: tuple[str, ...] = ()

    @property
    def tz(self) -> ZoneInfo:
        """The owner's time zone; the sending window falls back to it when a client's is unknown."""
        return ZoneInfo(self.timezone)

    @property
    def addresses(self) -> frozenset[str]:
        """Every address of the owner, lower-cased."""
        return frozenset((self.email, *self.emails))


def default_port(section: str, security: str) -> int:
    """The usual port for a protocol and security mode, so most users never have to write one."""
    if section == "imap":
        return 993 if security == "tls" else 143
    return {"tls": 465, "starttls": 587}.get(security, 25)


@dataclass(frozen=True)
class OAuth2Config:
    """Built-in OAuth2 login (SASL XOAUTH2): `mailduns auth google|microsoft` stored a refresh
    token in `refresh_token_file`; at each login an access token is made from it (and cached until
    it expires). `token_url` overrides the provider's token endpoint (tests, national clouds);
    `tenant` is Microsoft's directory ("common", "consumers", "organizations" or a tenant id)."""

    provider: str
    client_id: str
    refresh_token_file: Path
    client_secret: str | None = field(default=None, repr=False)
    tenant: str = "common"
    token_url: str | None = None


@dataclass(frozen=True)
class ServerConfig:
    """How to reach the IMAP or the SMTP server; one class, `section` tells which.

    Exactly one of the four password fields is set (checked at load time and again by
    `resolve_password`). `inbox`, `sent` and `paid` only mean something for IMAP: `sent` is None
    when the Sent folder should be found by its RFC 6154 special-use flag; `paid` is the folder the
    freelancer drags paid invoices into. `source` and `password_line` are only there so a password
    problem found later (when connecting) can still point at the right line of the file.
    """

    host: str
    port: int
    security: str
    username: str
    password: str | None = field(default=None, repr=False)
    password_file: str | None = None
    password_env: str | None = None
    password_command: str | None = None
    password_credential: str | None = None  # a systemd credential name (LoadCredential=)
    oauth2_token_command: str | None = None  # Gmail / Microsoft 365: prints a fresh XOAUTH2 access token
    oauth2: OAuth2Config | None = None  # built-in OAuth2 (`mailduns auth`), instead of a password
    inbox: str = "INBOX"
    sent: str | None = None
    paid: str = "Paid"
    drafts: str | None = None  # None: the folder flagged \\Drafts, else the usual names
    saves_sent: str = "auto"  # [smtp] server_saves_sent: "auto" | "yes" | "no"
    section: str = "imap"
    source: str | None = field(default=None, compare=False, repr=False)
    password_line: int | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class StateConfig:
    """Where the SQLite state lives (already expanded and absolute)."""

    path: Path


@dataclass(frozen=True)
class InvoicesConfig:
    """How invoices are recognised and when they fall due.

    `since` None means "the date of the first run", decided by whoever keeps the state — so a first
    start never mails clients about old invoices. `subject_patterns` empty means the reader's
    built-in patterns; each given pattern has a `(?P<number>...)` group. `attachment_pattern` is a
    regular expression searched (case-insensitively, by the reader) in attachment file names.
    """

    terms_days: int = 30
    since: date | None = None
    subject_patterns: tuple[str, ...] = ()
    attachment_pattern: str | None = None
    min_amount: Decimal = Decimal(0)  # invoices owing less than this are never chased
    repeat_every_days: int = 0  # after the last step, remind again every N days (0: never)
    repeat_max: int = 0  # ... at most this many times


@dataclass(frozen=True)
class SendingConfig:
    """When reminders may go out. `window` is (start, end) in local time, end excluded;
    an end of `time(0)` means midnight at the end of the day ("09:00-24:00" or "09:00-00:00").
    `holidays` is a country code known to the `holidays` package, optionally with a region
    ("ES-MD"), or "" for none.
    """

    window: tuple[time, time] = (time(9, 0), time(18, 0))
    weekdays_only: bool = True
    holidays: str = "IT"
    max_per_day: int = 50
    dry_run: bool = False
    max_per_client_per_day: int = 1  # never more than this many reminders to one client in a day
    bcc_owner: bool = False  # a copy of each reminder to yourself: proof it left, after a crash
    evidence_wait_minutes: int = 15  # how long a copy may take to arrive before "no copy" counts as proof
    quiet: tuple[str, ...] = ()  # "08-10..08-25": periods when nothing is sent (clients are away)
    thank_you: bool = False  # a short thank-you when a payment notice settles an invoice
    approve: bool = False  # default of [[steps]] approve (pec and letter steps: true)
    attach_invoice: bool = False  # default of [[steps]] attach_invoice
    after_own_message_days: int = 3  # a message the freelancer writes in the thread delays the next step


@dataclass(frozen=True)
class NudgesConfig:
    """What a careful assistant would point out, each once.

    `unsent_invoice_hours`: an invoice left in Drafts this long gets one note (0: never).
    `risky_quote`: a quote sent to a client scored "ask for a deposit" or "consider ending" gets one
    note the same day, with the client's record and `deposit_percent`. `quote_patterns` (regular
    expressions searched in the subject and the attachment names) replace the built-in words.
    """

    unsent_invoice_hours: int = 24
    risky_quote: bool = True
    deposit_percent: int = 30
    quote_patterns: tuple[str, ...] = ()


@dataclass(frozen=True)
class FeesConfig:
    """Late-payment fees, all Decimal (written as strings in the file, never floats).

    `ecb_rate` (percent) replaces the built-in table of ECB reference rates when set.
    """

    statutory_interest: bool = True
    fixed_compensation: Decimal = Decimal("40.00")
    flat: Decimal = Decimal(0)
    percent: Decimal = Decimal(0)
    ecb_rate: Decimal | None = None


#: The ladder used when the file has no [[steps]] at all.
DEFAULT_STEPS: Final[tuple[StepConfig, ...]] = (
    StepConfig("courtesy", -3),
    StepConfig("due", 0),
    StepConfig("reminder", 5),
    StepConfig("late_fee", 10, late_fee=True),
    StepConfig("suspension", 20, late_fee=True, notify_owner=True),
    StepConfig("final", 30, late_fee=True, notify_owner=True),
)


@dataclass(frozen=True)
class ClientConfig:
    """Per-client overrides; None means "use the general setting"."""

    language: str | None = None
    terms_days: int | None = None
    skip: bool = False
    business: bool = True
    name: str | None = None
    profile: str | None = None  # a [profiles.<name>] ladder instead of the main [[steps]]
    cc: tuple[str, ...] = ()  # always copied on this client's reminders
    timezone: str | None = None  # the sending window applies in the client's local time
    pec: str | None = None  # the client's PEC address, for channel = "pec" steps
    kind: str | None = None  # "company" | "person": how letters greet them (else from the invoice)
    salutation: str | None = None  # the exact greeting line ("Gentile Sig.ra Bianchi,"), wins over kind
    country: str | None = None  # ISO 3166 alpha-2 ("GB"): the late-payment law follows it (core/legal.py)
    law: str | None = None  # the law the contract chose ("IT"), when it is not the client's country


_NO_CLIENT: Final = ClientConfig()


@dataclass(frozen=True)
class PecConfig:
    """The owner's certified-mail (PEC) mailbox: its address, and its own IMAP and SMTP servers.

    Receipts (accettazione, avvenuta consegna, mancata consegna) land in `imap.inbox`; formal
    notices go out through `smtp`, From `address` (a PEC provider refuses any other sender).
    """

    address: str
    imap: ServerConfig
    smtp: ServerConfig


@dataclass(frozen=True)
class DaemonConfig:
    """How `run` waits: IMAP IDLE when the server offers it, else a poll every `poll_seconds`."""

    poll_seconds: int = 300
    idle: bool = True


@dataclass(frozen=True)
class RepliesConfig:
    """How long to wait when a client writes back.

    A client who says they paid gets `paid_grace_days` business days for the money to arrive; if no
    payment notice confirms it by then, the invoice is held and the freelancer asked — reminders
    never resume on their own after a client said they paid. A promise is trusted until its date
    plus `promise_grace_days` business days; then reminders resume and the freelancer is told.
    """

    paid_grace_days: int = 5
    promise_grace_days: int = 1


def default_config_path() -> Path:
    """`$MAILDUNS_CONFIG`, else `$XDG_CONFIG_HOME/mailduns/config.toml`, else the platform default
    (`~/.config/mailduns/config.toml` on Linux), as the interface contract promises."""
    explicit = os.environ.get("MAILDUNS_CONFIG", "").strip()
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CONFIG_HOME", "").strip()
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "mailduns" / "config.toml"
    return platformdirs.user_config_path("mailduns", appauthor=False) / "config.toml"


def default_state_path() -> Path:
    """`$XDG_STATE_HOME/mailduns/state.db`, else the platform default (`~/.local/state/...`)."""
    xdg = os.environ.get("XDG_STATE_HOME", "").strip()
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "mailduns" / "state.db"
    return platformdirs.user_state_path("mailduns", appauthor=False) / "state.db"


def _default_state() -> StateConfig:
    return StateConfig(default_state_path())


def _no_clients() -> Mapping[str, ClientConfig]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Config:
    """Everything mailduns was told in its configuration file, checked and with defaults filled in."""

    owner: OwnerConfig
    imap: ServerConfig
    smtp: ServerConfig
    state: StateConfig = field(default_factory=_default_state)
    invoices: InvoicesConfig = field(default_factory=InvoicesConfig)
    sending: SendingConfig = field(default_factory=SendingConfig)
    fees: FeesConfig = field(default_factory=FeesConfig)
    steps: tuple[StepConfig, ...] = DEFAULT_STEPS
    clients: Mapping[str, ClientConfig] = field(default_factory=_no_clients)
    profiles: Mapping[str, tuple[StepConfig, ...]] = field(default_factory=lambda: MappingProxyType({}))
    source: Path | None = None
    daemon: DaemonConfig = field(default_factory=DaemonConfig)
    replies: RepliesConfig = field(default_factory=RepliesConfig)
    scoring: ScoringConfig = field(default_factory=ScoringConfig)
    payment: PaymentDetails | None = None  # how clients pay: IBAN, link, EPC QR code in the letters
    digest: DigestConfig = field(default_factory=DigestConfig)
    pec: PecConfig | None = None  # the owner's PEC mailbox, for formal notices
    nudges: NudgesConfig = field(default_factory=NudgesConfig)

    def client_for(self, email: str) -> ClientConfig:
        """The settings for a client address: the exact address first, then its domain, then each
        parent domain ("fatture.acme.it" falls back to "acme.it"), else the defaults."""
        address = email.strip().lower()
        found = self.clients.get(address)
        if found is not None:
            return found
        domain = address.rpartition("@")[2]
        while domain:
            found = self.clients.get(domain)
            if found is not None:
                return found
            _, dot, rest = domain.partition(".")
            domain = rest if dot and "." in rest else ""
        return _NO_CLIENT

    def steps_for(self, email: str) -> tuple[StepConfig, ...]:
        """The ladder for a client: their profile's, else the main [[steps]]."""
        profile = self.client_for(email).profile
        return self.profiles.get(profile, self.steps) if profile else self.steps

    def step(self, name: str) -> StepConfig | None:
        """The step called `name`, or None."""
        for step in self.steps:
            if step.name == name:
                return step
        return None


# --------------------------------------------------------------------------------------------------
# Finding lines: a tolerant scanner over the raw text
# --------------------------------------------------------------------------------------------------

KeyPart: TypeAlias = "str | int"
KeyPath: TypeAlias = "tuple[str | int, ...]"

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


class _Locator:
    """Remembers the line of every table header, key and array item in a TOML text.

    It follows TOML closely enough for hand-written files — `[table]`, `[[array]]` (counted, so
    `("steps", 2)` is the third `[[steps]]`), quoted and dotted keys, inline tables, arrays spanning
    lines, all four kinds of strings, comments — but never rejects anything: on text it does not
    understand it skips to the next line. It also notes problems that `tomllib` reports only "at
    end of document" (an unclosed string or bracket, a key written twice) so those errors can point
    at a real line.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1
        self.lines: dict[KeyPath, int] = {}
        self.assigned: dict[KeyPath, int] = {}
        self.statements: list[tuple[int, KeyPath]] = []
        self.problems: list[tuple[int, str]] = []
        self._aot: dict[KeyPath, int] = {}
        self.last_line = text.count("\n") + 1 if text else 1
        try:
            self._document()
        except RecursionError:  # absurdly nested inline tables: keep what we found
            pass

    # -- queries -----------------------------------------------------------------------------------

    def line_of(self, path: KeyPath) -> int:
        """The line of `path`, else of its closest parent that appears in the text, else 1."""
        for n in range(len(path), 0, -1):
            found = self.lines.get(path[:n])
            if found is not None:
                return found
        return 1

    def key_at(self, line: int) -> KeyPath | None:
        """The key or table written on `line` (or the table the line belongs to), if any."""
        best: KeyPath | None = None
        for start, path in self.statements:
            if start > line:
                break
            best = path
        return best

    def problem_line(self) -> int | None:
        return self.problems[0][0] if self.problems else None

    # -- scanning ----------------------------------------------------------------------------------

    def _peek(self, n: int = 0) -> str:
        i = self.pos + n
        return self.text[i] if i < len(self.text) else ""

    def _advance(self, n: int = 1) -> None:
        chunk = self.text[self.pos : self.pos + n]
        self.line += chunk.count("\n")
        self.pos += len(chunk)

    def _skip_spaces(self) -> None:
        while self._peek() in (" ", "\t"):
            self.pos += 1

    def _skip_comment(self) -> None:
        if self._peek() == "#":
            end = self.text.find("\n", self.pos)
            self.pos = len(self.text) if end < 0 else end

    def _skip_line(self) -> None:
        end = self.text.find("\n", self.pos)
        self.pos = len(self.text) if end < 0 else end

    def _skip_blank(self) -> None:
        """Spaces, comments and newlines (inside arrays)."""
        while True:
            self._skip_spaces()
            self._skip_comment()
            if self._peek() in ("\n", "\r"):
                self._advance()
            else:
                return

    def _record(self, path: KeyPath, line: int, *, statement: bool = False) -> None:
        for n in range(1, len(path)):
            self.lines.setdefault(path[:n], line)
        self.lines.setdefault(path, line)
        if statement:
            self.statements.append((line, path))

    def _document(self) -> None:
        table: KeyPath = ()
        while self.pos < len(self.text):
            self._skip_spaces()
            self._skip_comment()
            ch = self._peek()
            if ch in ("\n", "\r"):
                self._advance()
                continue
            if ch == "":
                break
            if ch == "[":
                table = self._header()
            else:
                self._key_value(table)
            self._skip_line()

    def _header(self) -> KeyPath:
        line = self.line
        array = self._peek(1) == "["
        self._advance(2 if array else 1)
        parts = self._key()
        if parts is None:
            return ()
        resolved: list[KeyPart] = []
        for i, part in enumerate(parts):
            resolved.append(part)
            last = i == len(parts) - 1
            count = self._aot.get(tuple(resolved))
            if count is not None and not (last and array):
                resolved.append(count - 1)
        if array:
            base = tuple(resolved)
            count = self._aot.get(base, 0)
            self._aot[base] = count + 1
            resolved.append(count)
        path = tuple(resolved)
        self._record(path, line, statement=True)
        self.lines[path] = line  # an explicit header wins over an earlier implicit mention
        return path

    def _key(self) -> list[str] | None:
        """A (possibly dotted, possibly quoted) key; None when there is none here."""
        parts: list[str] = []
        while True:
            self._skip_spaces()
            ch = self._peek()
            if ch in ('"', "'"):
                part = self._string(for_key=True)
                if part is None:
                    return None
            else:
                match = _BARE_KEY.match(self.text, self.pos)
                if not match:
                    return None
                part = match.group()
                self.pos = match.end()
            parts.append(part)
            self._skip_spaces()
            if self._peek() != ".":
                return parts
            self.pos += 1

    def _key_value(self, table: KeyPath) -> None:
        line = self.line
        parts = self._key()
        if parts is None:
            self.statements.append((line, table))
            return
        path = table + tuple(parts)
        if path in self.assigned:
            self.problems.append(
                (line, f"key {_display(path)} is set twice (also on line {self.assigned[path]})")
            )
        else:
            self.assigned[path] = line
        self._record(path, line, statement=True)
        self._skip_spaces()
        if self._peek() != "=":
            return
        self.pos += 1
        self._skip_spaces()
        self._value(path)

    def _value(self, path: KeyPath) -> None:
        ch = self._peek()
        if ch in ('"', "'"):
            self._string(for_key=False)
        elif ch == "[":
            self._array(path)
        elif ch == "{":
            self._inline_table(path)
        else:
            while self._peek() not in ("", ",", "]", "}", "#", "\n", "\r"):
                self.pos += 1

    def _array(self, path: KeyPath) -> None:
        opened = self.line
        self.pos += 1
        index = 0
        while True:
            self._skip_blank()
            ch = self._peek()
            if ch == "":
                self.problems.append((opened, "a list opened with '[' is never closed with ']'"))
                return
            if ch == "]":
                self.pos += 1
                return
            if ch == ",":
                self.pos += 1
                continue
            start = self.pos
            self._record(path + (index,), self.line)
            self._value(path + (index,))
            index += 1
            if self.pos == start:  # something we do not understand: give up on this value
                self.problems.append((self.line, "unexpected character in a list"))
                return

    def _inline_table(self, path: KeyPath) -> None:
        opened = self.line
        self.pos += 1
        while True:
            self._skip_spaces()
            ch = self._peek()
            if ch == "}":
                self.pos += 1
                return
            if ch in ("", "\n", "\r"):
                self.problems.append(
                    (opened, "a table opened with '{' is not closed with '}' on the same line")
                )
                return
            if ch == ",":
                self.pos += 1
                continue
            line = self.line
            parts = self._key()
            if parts is None:
                return
            self._record(path + tuple(parts), line)
            self._skip_spaces()
            if self._peek() != "=":
                return
            self.pos += 1
            self._skip_spaces()
            self._value(path + tuple(parts))

    def _string(self, *, for_key: bool) -> str | None:
        """Read a string; returns its (roughly unescaped) text, or None when it is not closed."""
        opened = self.line
        quote = self._peek()
        triple = quote * 3
        if not for_key and self.text.startswith(triple, self.pos):
            end = self.text.find(triple, self.pos + 3)
            if end < 0:
                self.problems.append((opened, "a text started with " + triple + " is never closed"))
                self._advance(len(self.text) - self.pos)
                return None
            while self.text.startswith(quote, end + 3):  # up to two quotes may end the content
                end += 1
            content = self.text[self.pos + 3 : end]
            self._advance(end + 3 - self.pos)
            return content
        self.pos += 1
        out: list[str] = []
        while True:
            ch = self._peek()
            if ch in ("", "\n", "\r"):
                self.problems.append((opened, "a quote is opened but not closed on the same line"))
                return None
            self.pos += 1
            if ch == quote:
                return "".join(out)
            if ch == "\\" and quote == '"':
                nxt = self._peek()
                self.pos += 1
                out.append(_ESCAPES.get(nxt, nxt))
            else:
                out.append(ch)


def _display(path: KeyPath) -> str:
    """A key path the way a person reads it: `imap.port`, `steps[3].days` (counted from 1),
    `clients."acme.example".skip`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
            continue
        text = (
            part if _BARE_KEY.fullmatch(part) else '"' + part.replace("\\", "\\\\").replace('"', '\\"') + '"'
        )
        out += ("." if out else "") + text
    return out


# --------------------------------------------------------------------------------------------------
# Reading and checking values
# --------------------------------------------------------------------------------------------------

_MISSING: Final = object()


def _shown(value: object) -> str:
    """A value the way the user wrote it in TOML, for "not X" in messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    if isinstance(value, (int, float, date, time)):
        return str(value)
    if isinstance(value, list):
        return "a list [...]"
    if isinstance(value, dict):
        return "a table {...}"
    return repr(value)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class _Context:
    """What every check needs to build a good error: the file name, the locator, the base dir."""

    def __init__(self, text: str, file: str, base_dir: Path | None) -> None:
        self.file = file
        self.locator = _Locator(text)
        self.base_dir = base_dir

    def fail(self, path: KeyPath, message: str) -> NoReturn:
        raise ConfigError(
            message, file=self.file, line=self.locator.line_of(path), key=_display(path) or None
        )

    def path_value(self, path: KeyPath, raw: str) -> Path:
        """A file path from the config: `~` expanded, relative paths taken from the config's folder."""
        if "\x00" in raw or not raw.strip():
            self.fail(path, 'must be the path of a file, like "~/mailduns/state.db".')
        result = Path(raw.strip()).expanduser()
        if not result.is_absolute():
            result = (self.base_dir or Path.cwd()) / result
        return result


class _Table:
    """One TOML table being checked; typed getters that explain what was expected."""

    def __init__(self, ctx: _Context, path: KeyPath, data: Mapping[str, object]) -> None:
        self.ctx = ctx
        self.path = path
        self.data = data

    @property
    def title(self) -> str:
        if self.path and isinstance(self.path[-1], int):
            return f"the {_ordinal(self.path[-1] + 1)} [[{_display(self.path[:-1])}]]"
        return f"[{_display(self.path)}]"

    def fail(self, key: str, message: str) -> NoReturn:
        self.ctx.fail(self.path + (key,), message)

    def check_keys(self, allowed: Iterable[str], *, hint: Mapping[str, str] | None = None) -> None:
        """Reject unknown keys: a typo would otherwise be silently ignored for ever."""
        allowed = tuple(allowed)
        for key in self.data:
            if key in allowed:
                continue
            full = _display(self.path + (key,))
            value = self.data[key]
            if hint and key in hint:
                self.fail(key, f"unknown key {full} — {hint[key]}")
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            if close:
                self.fail(key, f"unknown key {full} — did you mean '{close[0]}'?")
            if key in _TOP_LEVEL:
                header = f"[[{key}]]" if key == "steps" else f"[{key}]"
                self.fail(
                    key,
                    f"unknown key {full} — {key} is a section of its own: start it with a {header} "
                    f"line instead of writing it inside {self.title}.",
                )
            elsewhere = _SECTION_OF_KEY.get(key)
            if elsewhere and elsewhere != _display(self.path[:1]):
                self.fail(key, f"unknown key {full} — '{key}' belongs in the [{elsewhere}] section.")
            extra = (
                " (it holds a table: is a '=' or a pair of quotes missing?)"
                if isinstance(value, dict)
                else ""
            )
            self.fail(
                key,
                f"unknown key {full}{extra}. The keys allowed in {self.title} are: "
                + ", ".join(allowed)
                + ".",
            )

    def has(self, key: str) -> bool:
        return key in self.data

    def _get(self, key: str, default: object) -> object:
        if key in self.data:
            return self.data[key]
        if default is _MISSING:
            self.fail(
                key, f"{self.title} must have a '{key}' line, like {key} = {_EXAMPLES.get(key, '...')}."
            )
        return default

    def string(self, key: str, default: object = _MISSING, *, example: str | None = None) -> str:
        value = self._get(key, default)
        if not isinstance(value, str):
            like = example or _EXAMPLES.get(key, '"..."')
            self.fail(key, f"must be text in double quotes (like {like}), not {_shown(value)}.")
        if not value.strip():
            self.fail(
                key,
                "must not be empty; remove the line to use the default."
                if default is not _MISSING
                else "must not be empty.",
            )
        return value.strip()

    def optional_string(self, key: str) -> str | None:
        if key not in self.data:
            return None
        return self.string(key)

    def integer(
        self,
        key: str,
        default: object = _MISSING,
        *,
        low: int | None = None,
        high: int | None = None,
        example: str | None = None,
    ) -> int:
        value = self._get(key, default)
        like = example or _EXAMPLES.get(key, "30")
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):
                self.fail(key, f"must be a whole number without quotes (like {like}), not {_shown(value)}.")
            self.fail(key, f"must be a whole number (like {like}), not {_shown(value)}.")
        if low is not None and value < low:
            self.fail(key, f"must be at least {low}, not {value}.")
        if high is not None and value > high:
            self.fail(key, f"must be at most {high}, not {value}.")
        return value

    def boolean(self, key: str, default: object = _MISSING) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            if isinstance(value, str) and value.strip().lower() in (
                "true",
                "false",
                "yes",
                "no",
                "si",
                "sí",
                "sì",
            ):
                self.fail(key, f"must be true or false, without quotes, not {_shown(value)}.")
            self.fail(key, f"must be true or false, not {_shown(value)}.")
        return value

    def choice(
        self,
        key: str,
        choices: tuple[str, ...],
        default: object = _MISSING,
        *,
        aliases: Mapping[str, str] | None = None,
    ) -> str:
        value = self._get(key, default)
        options = ", ".join(f'"{c}"' for c in choices[:-1]) + f' or "{choices[-1]}"'
        if not isinstance(value, str):
            self.fail(key, f"must be one of {options} (in double quotes), not {_shown(value)}.")
        lowered = value.strip().lower()
        if lowered in choices:
            return lowered
        hint = ""
        if aliases and lowered in aliases:
            hint = f' Did you mean "{aliases[lowered]}"?'
        else:
            close = difflib.get_close_matches(lowered, choices, n=1, cutoff=0.6)
            if close:
                hint = f' Did you mean "{close[0]}"?'
        self.fail(key, f"must be one of {options}, not {_shown(value)}.{hint}")

    def money(
        self, key: str, default: Decimal, *, cents: bool = True, allow_negative: bool = False
    ) -> Decimal:
        """A Decimal written as a string: a float in the file would already have lost precision."""
        value = self._get(key, default)
        if isinstance(value, Decimal):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            self.fail(
                key,
                "must be written in quotes, so no rounding can creep into an amount: write "
                f'{key} = "{_plain_number(value, cents)}" instead of {key} = {value}.',
            )
        if not isinstance(value, str):
            self.fail(key, f'must be an amount in quotes, like "40.00", not {_shown(value)}.')
        text = value.strip()
        if re.fullmatch(r"[+-]?\d+,\d+", text):
            self.fail(
                key, f'must use a dot for decimals, like "{text.replace(",", ".")}", not {_shown(value)}.'
            )
        if text.endswith("%"):
            self.fail(key, f'must be just the number, without "%", like "{text[:-1].strip()}".')
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            self.fail(key, f'must be a number in quotes, like "40.00", not {_shown(value)}.')
        try:
            amount = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the regex above already rules this out
            self.fail(key, f'must be a number in quotes, like "40.00", not {_shown(value)}.')
        if amount < 0 and not allow_negative:
            self.fail(key, f"cannot be negative ({text}).")
        if cents and amount != amount.quantize(Decimal("0.01")):
            self.fail(key, f"can have at most two decimals (cents), not {_shown(value)}.")
        return amount

    def table(self, key: str, *, required: bool = False) -> _Table:
        if required and key not in self.data:
            self.fail(
                key,
                f"the [{_display(self.path + (key,))}] section is missing; add it (see "
                "config.example.toml for one with every key explained).",
            )
        value = self.data.get(key, {})
        if not isinstance(value, dict):
            self.fail(
                key, f"must be a section written as [{_display(self.path + (key,))}], not {_shown(value)}."
            )
        return _Table(self.ctx, self.path + (key,), value)


def _plain_number(value: float, cents: bool) -> str:
    """How a number the user wrote bare should look in quotes (40 -> "40.00" for money)."""
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return (
        format(exact.quantize(Decimal("0.01")), "f")
        if cents and exact == exact.quantize(Decimal("0.01"))
        else format(exact, "f")
    )


_EXAMPLES: Final[Mapping[str, str]] = {
    "name": '"Alessandra Rossi"',
    "email": '"alessandra@example.it"',
    "host": '"imap.example.it"',
    "username": '"alessandra@example.it"',
    "port": "993",
    "days": "5",
    "terms_days": "30",
    "max_per_day": "50",
    "poll_seconds": "300",
    "timezone": '"Europe/Rome"',
    "language": '"it"',
}

_SECTION_KEYS: Final[Mapping[str, tuple[str, ...]]] = {
    "owner": ("name", "email", "language", "timezone", "emails"),
    "imap": (
        "host",
        "port",
        "security",
        "username",
        *_PASSWORD_KEYS,
        "oauth2_token_command",
        "inbox",
        "sent",
        "paid",
        "drafts",
        *_OAUTH2_KEYS,
    ),
    "smtp": (
        "host",
        "port",
        "security",
        "username",
        *_PASSWORD_KEYS,
        "oauth2_token_command",
        "server_saves_sent",
        *_OAUTH2_KEYS,
    ),
    "state": ("path",),
    "invoices": (
        "terms_days",
        "since",
        "subject_patterns",
        "attachment_pattern",
        "min_amount",
        "repeat_every_days",
        "repeat_max",
    ),
    "sending": (
        "window",
        "weekdays_only",
        "holidays",
        "max_per_day",
        "max_per_client_per_day",
        "dry_run",
        "bcc_owner",
        "quiet",
        "thank_you",
        "evidence_wait_minutes",
        "approve",
        "attach_invoice",
        "after_own_message_days",
    ),
    "fees": ("statutory_interest", "fixed_compensation", "flat", "percent", "ecb_rate"),
    "steps": (
        "name",
        "days",
        "template",
        "late_fee",
        "notify_owner",
        "cc",
        "channel",
        "approve",
        "attach_invoice",
        "deadline_days",
        "resolve_contract",
    ),
    "nudges": ("unsent_invoice_hours", "risky_quote", "deposit_percent", "quote_patterns"),
    "daemon": ("poll_seconds", "idle"),
    "replies": ("paid_grace_days", "promise_grace_days"),
    "payment": ("beneficiary", "iban", "bic", "reference", "link", "qr"),
    "pec": ("address", "imap", "smtp"),
}
_CLIENT_KEYS: Final = (
    "language",
    "terms_days",
    "skip",
    "business",
    "name",
    "profile",
    "cc",
    "timezone",
    "pec",
    "kind",
    "salutation",
    "country",
    "law",
)
_TOP_LEVEL: Final = (
    "owner",
    "imap",
    "smtp",
    "state",
    "invoices",
    "sending",
    "fees",
    "steps",
    "clients",
    "daemon",
    "replies",
    "profiles",
    "scoring",
    "digest",
    "payment",
    "pec",
    "nudges",
)

# For "this key belongs in [x]": only keys that live in exactly one section.
_SECTION_OF_KEY: Final[Mapping[str, str]] = {
    key: section
    for section, keys in _SECTION_KEYS.items()
    for key in keys
    if sum(key in other for other in _SECTION_KEYS.values()) == 1 and key not in _CLIENT_KEYS
} | {"timezone": "owner"}  # also a client key, but a stray one in [imap]/[smtp] means the owner's

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_ADDRESS = re.compile(rf"[^@\s<>\"',;]+@{_LABEL}(?:\.{_LABEL})+")
_DOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")
_SIMPLE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_LANGUAGE_ALIASES: Final = {
    "italian": "it",
    "italiano": "it",
    "ita": "it",
    "it_it": "it",
    "it-it": "it",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "spagnolo": "es",
    "esp": "es",
    "es_es": "es",
    "es-es": "es",
    "english": "en",
    "inglese": "en",
    "inglés": "en",
    "ingles": "en",
    "eng": "en",
    "en_gb": "en",
    "en-gb": "en",
    "en_us": "en",
    "en-us": "en",
}


def _check_address(table: _Table, key: str, value: str, *, index: int | None = None) -> str:
    if not _ADDRESS.fullmatch(value):
        path = table.path + ((key, index) if index is not None else (key,))
        table.ctx.fail(path, f'must be an email address like "alessandra@example.it", not {_shown(value)}.')
    return value


def _address_list(table: _Table, key: str) -> tuple[str, ...]:
    value = table.data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        table.fail(key, f'must be a list of addresses, like ["studio@example.it"], not {_shown(value)}.')
    out: list[str] = []
    for i, item in enumerate(value):
        if not isinstance(item, str):
            table.ctx.fail(
                table.path + (key, i), f"must be an email address in double quotes, not {_shown(item)}."
            )
        out.append(_check_address(table, key, item.strip(), index=i))
    return tuple(out)


def _language(table: _Table, key: str, default: object = _MISSING) -> str:
    return table.choice(key, LANGUAGES, default, aliases=_LANGUAGE_ALIASES)


# --------------------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------------------


def _owner(root: _Table) -> OwnerConfig:
    t = root.table("owner", required=True)
    t.check_keys(_SECTION_KEYS["owner"])
    name = t.string("name")
    email = _check_address(t, "email", t.string("email")).lower()
    language = _language(t, "language", "en")
    timezone = t.string("timezone", "UTC")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        t.fail(
            "timezone",
            f'is not a time zone I know: {_shown(timezone)}. Use a name like "Europe/Rome", '
            '"Europe/Madrid" or "UTC".',
        )
    emails = tuple(a.lower() for a in _address_list(t, "emails"))
    return OwnerConfig(name=name, email=email, language=language, timezone=timezone, emails=emails)


def _is_loopback(host: str) -> bool:
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _server(root: _Table, section: str) -> ServerConfig:
    t = root.table(section, required=True)
    hint = None
    if section == "smtp":
        hint = {
            k: f"'{k}' is a folder setting and belongs in [imap] only."
            for k in ("inbox", "sent", "paid", "drafts")
        }
    t.check_keys(_SECTION_KEYS[section], hint=hint)
    host = t.string("host", example=f'"{section}.example.it"')
    if "://" in host or "/" in host or " " in host:
        bare = host.split("://", 1)[-1].split("/", 1)[0].strip()
        t.fail(
            "host",
            f'must be just the server name, like "{bare or section + ".example.it"}", not {_shown(host)}.',
        )
    security = t.choice(
        "security",
        SECURITY_MODES,
        "tls",
        aliases={"ssl": "tls", "ssl/tls": "tls", "none": "plain", "starttls/tls": "starttls"},
    )
    if security == "plain" and not _is_loopback(host):
        t.fail(
            "security",
            'is "plain", which would send your password and your clients\' invoices unencrypted '
            f"across the network, so mailduns allows it only for a server on this computer (localhost, 127.0.0.1, "
            f'::1), not for {_shown(host)}. Use "tls" (port {default_port(section, "tls")}) or "starttls" '
            f"(port {default_port(section, 'starttls')}).",
        )
    port = t.integer(
        "port",
        default_port(section, security),
        low=1,
        high=65535,
        example=str(default_port(section, security)),
    )
    username = t.string("username")
    folders: dict[str, Any] = {
        "inbox": t.string("inbox", "INBOX"),
        "sent": t.optional_string("sent"),
        "paid": t.string("paid", "Paid"),
        "drafts": t.optional_string("drafts"),
        "saves_sent": _saves_sent(t) if section == "smtp" else "auto",
    }
    builtin = _oauth2_config(t)
    if builtin is not None:
        return ServerConfig(
            host=host,
            port=port,
            security=security,
            username=username,
            oauth2=builtin,
            **folders,
            section=section,
            source=t.ctx.file,
            password_line=t.ctx.locator.line_of(t.path + ("oauth2",)),
        )
    oauth2 = t.optional_string("oauth2_token_command") or None
    given = [k for k in _PASSWORD_KEYS if t.has(k)]
    if oauth2 is not None:
        if given:
            t.fail(
                given[0],
                f"{t.title} has oauth2_token_command, which replaces the password: remove {given[0]}.",
            )
        if not shlex.split(oauth2):
            t.fail("oauth2_token_command", "is empty: give the command that prints a fresh access token.")
        return ServerConfig(
            host=host,
            port=port,
            security=security,
            username=username,
            oauth2_token_command=oauth2,
            **folders,
            section=section,
            source=t.ctx.file,
            password_line=t.ctx.locator.line_of(t.path + ("oauth2_token_command",)),
        )
    if not given:
        t.fail(
            "password",
            f"{t.title} needs a password: add exactly one of password, password_file, "
            "password_env, password_command or password_credential.",
        )
    if len(given) > 1:
        t.fail(
            given[1],
            f"{t.title} has both {given[0]} and {given[1]}; keep exactly one way to give the password.",
        )
    values: dict[str, str | None] = dict.fromkeys(_PASSWORD_KEYS)
    kind = given[0]
    raw = t.data[kind]
    if not isinstance(raw, str):
        t.fail(kind, f"must be text in double quotes, not {_shown(raw)}.")
    if kind == "password":
        values[kind] = raw  # a password is taken exactly as written, spaces included
    elif not raw.strip():
        t.fail(kind, "must not be empty.")
    elif kind == "password_file":
        values[kind] = str(t.ctx.path_value(t.path + (kind,), raw))
    elif kind == "password_env":
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", raw.strip()):
            t.fail(
                kind,
                f'must be the name of an environment variable, like "MAILDUNS_PASSWORD", not {_shown(raw)}.',
            )
        values[kind] = raw.strip()
    elif kind == "password_credential":
        if not re.fullmatch(r"[A-Za-z0-9_.@-]+", raw.strip()):
            t.fail(
                kind, f'must be the name given in LoadCredential= (like "mail-password"), not {_shown(raw)}.'
            )
        values[kind] = raw.strip()
    else:
        try:
            if not shlex.split(raw):
                raise ValueError("empty")
        except ValueError:
            t.fail(
                kind,
                f'is not a command I can run: {_shown(raw)} (check the quotes), e.g. "pass show mail/imap".',
            )
        values[kind] = raw.strip()
    return ServerConfig(
        host=host,
        port=port,
        security=security,
        username=username,
        password=values["password"],
        password_file=values["password_file"],
        password_env=values["password_env"],
        password_command=values["password_command"],
        password_credential=values["password_credential"],
        **folders,
        section=section,
        source=t.ctx.file,
        password_line=t.ctx.locator.line_of(t.path + (kind,)),
    )


def _saves_sent(t: _Table) -> str:
    """Whether the provider files a copy of what is sent by SMTP in Sent itself (Gmail, Microsoft 365).

    true/false in the file; "auto" (the default) lets the daemon find out from the server and from
    what it sees in Sent, so a reminder is never filed twice."""
    value = t.data.get("server_saves_sent", "auto")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value.strip().lower() == "auto":
        return "auto"
    t.fail("server_saves_sent", f'must be true, false or "auto", not {_shown(value)}.')


def _oauth2_config(t: _Table) -> OAuth2Config | None:
    """`oauth2 = "google"` and its companions, or None when the section logs in another way."""
    if not t.has("oauth2"):
        stray = [k for k in _OAUTH2_KEYS if t.has(k)]
        if stray:
            t.fail(
                stray[0],
                f'is only used with built-in OAuth2: add oauth2 = "google" (or "microsoft") to '
                f"{t.title}, or remove {stray[0]}.",
            )
        return None
    provider = t.choice("oauth2", OAUTH2_PROVIDERS)
    for other in (*_PASSWORD_KEYS, "oauth2_token_command"):
        if t.has(other):
            t.fail(
                other, f'{t.title} has oauth2 = "{provider}", which replaces the password: remove {other}.'
            )
    client_id = t.string(
        "oauth2_client_id",
        example='"1234-abc.apps.googleusercontent.com"'
        if provider == "google"
        else '"00000000-0000-0000-0000-000000000000"',
    )
    secret = t.optional_string("oauth2_client_secret")
    if provider == "google" and secret is None:
        t.fail(
            "oauth2_client_id",
            "Google also wants the client secret of your OAuth client: add "
            'oauth2_client_secret = "GOCSPX-..." (shown in the Google Cloud console next to the client ID).',
        )
    if t.has("oauth2_tenant") and provider != "microsoft":
        t.fail("oauth2_tenant", "is a Microsoft setting; remove it for Google.")
    tenant = t.string("oauth2_tenant", "common")
    if not re.fullmatch(r"[A-Za-z0-9.-]+", tenant):
        t.fail(
            "oauth2_tenant",
            f'must be "common", "consumers", "organizations", your tenant id or domain, '
            f"not {_shown(tenant)}.",
        )
    token_url = t.optional_string("oauth2_token_url")
    if token_url is not None and not re.match(
        r"https://|http://(127\.0\.0\.1|localhost|\[::1\])[:/]", token_url
    ):
        t.fail(
            "oauth2_token_url",
            f"must be an https:// address (plain http only to this computer), not {_shown(token_url)}.",
        )
    raw_file = t.string("oauth2_refresh_token_file", f"oauth2-{provider}.token")
    token_file = t.ctx.path_value(t.path + ("oauth2_refresh_token_file",), raw_file)
    return OAuth2Config(
        provider=provider,
        client_id=client_id,
        client_secret=secret,
        refresh_token_file=token_file,
        tenant=tenant,
        token_url=token_url,
    )


def _state(root: _Table) -> StateConfig:
    t = root.table("state")
    t.check_keys(_SECTION_KEYS["state"])
    if not t.has("path"):
        return StateConfig(default_state_path())
    return StateConfig(
        t.ctx.path_value(t.path + ("path",), t.string("path", example='"~/mailduns/state.db"'))
    )


def _date(t: _Table, key: str) -> date | None:
    value = t.data.get(key)
    if value is None:
        return None
    if isinstance(value, datetime):
        t.fail(key, f'must be just a date, like "2026-11-01", not a date and time ({value}).')
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
                return date.fromisoformat(value.strip())
        except ValueError:
            t.fail(key, f"is not a real date: {_shown(value)}.")
    t.fail(key, f'must be a date written year-month-day, like "2026-11-01", not {_shown(value)}.')


def _invoices(root: _Table) -> InvoicesConfig:
    t = root.table("invoices")
    t.check_keys(_SECTION_KEYS["invoices"])
    terms = t.integer("terms_days", 30, low=0, high=365)
    since = _date(t, "since")
    raw_patterns = t.data.get("subject_patterns", [])
    if isinstance(raw_patterns, str):
        raw_patterns = [raw_patterns]
    if not isinstance(raw_patterns, list):
        t.fail(
            "subject_patterns",
            "must be a list of patterns in quotes, like "
            "['''Fattura n\\. (?P<number>\\S+)'''], not " + _shown(raw_patterns) + ".",
        )
    patterns: list[str] = []
    for i, pattern in enumerate(raw_patterns):
        where = t.path + ("subject_patterns", i)
        if not isinstance(pattern, str):
            t.ctx.fail(where, f"must be a pattern in quotes, not {_shown(pattern)}.")
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            t.ctx.fail(
                where,
                f"is not a valid regular expression ({exc}): {_shown(pattern)}. Tip: write patterns "
                "between triple single quotes '''like this''' so backslashes need no doubling.",
            )
        if "number" not in compiled.groupindex:
            t.ctx.fail(
                where,
                "must mark where the invoice number is with (?P<number>...), for example "
                "'''Fattura (?:n\\.\\s*)?(?P<number>\\S+)'''.",
            )
        patterns.append(pattern)
    attachment = t.optional_string("attachment_pattern")
    if attachment is not None:
        try:
            re.compile(attachment)
        except re.error as exc:
            t.fail("attachment_pattern", f"is not a valid regular expression ({exc}): {_shown(attachment)}.")
    return InvoicesConfig(
        terms_days=terms,
        since=since,
        subject_patterns=tuple(patterns),
        attachment_pattern=attachment or None,
        min_amount=t.money("min_amount", Decimal(0)),
        repeat_every_days=t.integer("repeat_every_days", 0, low=0, high=365),
        repeat_max=t.integer("repeat_max", 0, low=0, high=100),
    )


_WINDOW = re.compile(r"\s*(\d{1,2})[:.](\d{2})\s*-\s*(\d{1,2})[:.](\d{2})\s*")


def _window(t: _Table) -> tuple[time, time]:
    value = t.data.get("window", "09:00-18:00")
    example = 'like "09:00-18:00"'
    if not isinstance(value, str):
        t.fail("window", f"must be two times in quotes, {example}, not {_shown(value)}.")
    match = _WINDOW.fullmatch(value)
    if not match:
        t.fail("window", f"must be a start and an end time (24-hour clock), {example}, not {_shown(value)}.")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2 != 0):
        t.fail("window", f"has a time that does not exist: {_shown(value)}. Use 00:00 to 23:59 ({example}).")
    start, end = time(h1, m1), time(0, 0) if h2 == 24 else time(h2, m2)
    if end != time(0, 0) and end <= start:
        t.fail("window", f"must end after it starts (on the same day), {example}, not {_shown(value)}.")
    return start, end


@lru_cache(maxsize=1)
def _holiday_countries() -> Mapping[str, tuple[str, ...]]:
    import holidays  # imported here: it is large, and only needed when a country is checked

    return {code: tuple(subdivs) for code, subdivs in holidays.list_supported_countries().items()}


@lru_cache(maxsize=1)
def _holiday_country_names() -> Mapping[str, str]:
    """English country names ("italy", "spain") to codes, for a friendly "did you mean"."""
    try:
        from holidays import registry

        return {entry[0].lower(): entry[1] for entry in registry.COUNTRIES.values()}
    except Exception:  # noqa: BLE001 - the registry layout is internal to `holidays`; hints are optional
        return {}


def _holidays(t: _Table) -> str:
    value = t.data.get("holidays", "IT")
    if value is False:
        return ""
    if not isinstance(value, str):
        t.fail(
            "holidays",
            f'must be a country code in quotes, like "IT" or "ES", or "" for none, not {_shown(value)}.',
        )
    text = value.strip()
    if not text:
        return ""
    code, _, subdiv = text.replace("/", "-").partition("-")
    code = code.upper()
    countries = _holiday_countries()
    if code not in countries:
        named = _holiday_country_names().get(text.lower().replace(" ", ""))
        if named:
            t.fail(
                "holidays", f'must be a two-letter country code: write "{named}" instead of {_shown(value)}.'
            )
        close = difflib.get_close_matches(code, list(countries), n=1, cutoff=0.5)
        hint = f' Did you mean "{close[0]}"?' if close else ""
        t.fail(
            "holidays",
            f'is not a country code I know holidays for: {_shown(value)}. Use a code like "IT", '
            f'"ES" or "GB", or "" for no public holidays.{hint}',
        )
    if not subdiv:
        return code
    known = {s.upper(): s for s in countries[code]}
    if subdiv.upper() not in known:
        t.fail(
            "holidays",
            f"{_shown(subdiv)} is not a region of {code} I know holidays for. Known regions: "
            + ", ".join(countries[code])
            + ".",
        )
    return f"{code}-{known[subdiv.upper()]}"


def _sending(root: _Table) -> SendingConfig:
    t = root.table("sending")
    t.check_keys(_SECTION_KEYS["sending"])
    return SendingConfig(
        window=_window(t),
        weekdays_only=t.boolean("weekdays_only", True),
        holidays=_holidays(t),
        max_per_day=t.integer("max_per_day", 50, low=1, high=100_000),
        dry_run=t.boolean("dry_run", False),
        max_per_client_per_day=t.integer("max_per_client_per_day", 1, low=1, high=1000),
        bcc_owner=t.boolean("bcc_owner", False),
        evidence_wait_minutes=t.integer("evidence_wait_minutes", 15, low=0, high=24 * 60),
        quiet=_quiet(t),
        thank_you=t.boolean("thank_you", False),
        approve=t.boolean("approve", False),
        attach_invoice=t.boolean("attach_invoice", False),
        after_own_message_days=t.integer("after_own_message_days", 3, low=0, high=365),
    )


def _nudges(root: _Table) -> NudgesConfig:
    t = root.table("nudges")
    t.check_keys(_SECTION_KEYS["nudges"])
    raw = t.data.get("quote_patterns", [])
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(p, str) for p in raw):
        t.fail(
            "quote_patterns", 'must be a list of regular expressions, like ["(?i)preventivo", "(?i)quote"].'
        )
    for i, pattern in enumerate(raw):
        try:
            re.compile(pattern)
        except re.error as exc:
            t.ctx.fail(t.path + ("quote_patterns", i), f"is not a valid regular expression: {exc}.")
    return NudgesConfig(
        unsent_invoice_hours=t.integer("unsent_invoice_hours", 24, low=0, high=24 * 365),
        risky_quote=t.boolean("risky_quote", True),
        deposit_percent=t.integer("deposit_percent", 30, low=0, high=100),
        quote_patterns=tuple(raw),
    )


def _quiet(t: _Table) -> tuple[str, ...]:
    raw = t.data.get("quiet", [])
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        t.fail(
            "quiet", 'must be a list of periods like ["08-10..08-25", "12-24..01-06"] (month-day..month-day).'
        )
    out: list[str] = []
    for i, item in enumerate(raw):
        try:
            parse_quiet(str(item))
        except ValueError as exc:
            t.ctx.fail(t.path + ("quiet", i), f'{exc} Write it like "08-10..08-25".')
        out.append(str(item))
    return tuple(out)


def _fees(root: _Table) -> FeesConfig:
    t = root.table("fees")
    t.check_keys(_SECTION_KEYS["fees"])
    percent = t.money("percent", Decimal(0), cents=False)
    if percent > 100:
        t.fail("percent", f'is a percentage and cannot be more than 100, not "{percent}".')
    ecb_rate: Decimal | None = None
    if t.has("ecb_rate"):
        ecb_rate = t.money("ecb_rate", Decimal(0), cents=False, allow_negative=True)
        if abs(ecb_rate) > 100:
            t.fail("ecb_rate", f'is a yearly rate in percent (like "2.15"), not "{ecb_rate}".')
    return FeesConfig(
        statutory_interest=t.boolean("statutory_interest", True),
        fixed_compensation=t.money("fixed_compensation", Decimal("40.00")),
        flat=t.money("flat", Decimal(0)),
        percent=percent,
        ecb_rate=ecb_rate,
    )


def _steps(ctx: _Context, data: Mapping[str, object], where: KeyPath = ()) -> tuple[StepConfig, ...]:
    if "steps" not in data:
        return DEFAULT_STEPS
    raw = data["steps"]
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        ctx.fail(
            where + ("steps",),
            f"must be written as one [[steps]] section per step (with name and days), not {_shown(raw)}.",
        )
    if not raw:
        ctx.fail(
            where + ("steps",),
            "is empty: write at least one [[steps]] section, or remove 'steps' to use the default ladder.",
        )
    steps: list[StepConfig] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(raw):
        t = _Table(ctx, where + ("steps", i), item)
        t.check_keys(_SECTION_KEYS["steps"])
        name = t.string("name", example='"reminder"')
        if not _SIMPLE_NAME.fullmatch(name):
            t.fail(
                "name",
                f"must be a simple name made of letters, digits, '_' or '-' (like \"late_fee\"), "
                f"not {_shown(name)}.",
            )
        if name.lower() in seen:
            t.fail(
                "name",
                f"{_shown(name)} is already the name of the {_ordinal(seen[name.lower()] + 1)} step; "
                "every step needs its own name.",
            )
        seen[name.lower()] = i
        days = t.integer("days", low=-365, high=3650)
        if steps and days <= steps[-1].days:
            t.fail(
                "days",
                f"is {days}, but the step before it ({steps[-1].name!r}) is at {steps[-1].days}: "
                "write the [[steps]] in order, each one more days after the due date than the previous one.",
            )
        template = t.string("template", name) or name
        if not _SIMPLE_NAME.fullmatch(template):
            t.fail(
                "template",
                "must be the name of a template file without folder or extension, like "
                f'"reminder" for templates/it/reminder.txt.j2, not {_shown(template)}.',
            )
        channel = t.choice(
            "channel",
            ("email", "pec", "letter"),
            "email",
            aliases={
                "mail": "email",
                "e-mail": "email",
                "posta": "letter",
                "lettera": "letter",
                "raccomandata": "letter",
                "burofax": "letter",
                "carta": "letter",
            },
        )
        deadline: int | None = None
        if t.has("deadline_days"):
            deadline = t.integer("deadline_days", low=15, high=180, example="15")
        steps.append(
            StepConfig(
                name=name,
                days=days,
                template=template,
                late_fee=t.boolean("late_fee", False),
                notify_owner=t.boolean("notify_owner", False),
                cc=_address_list(t, "cc"),
                channel=channel,
                approve=t.boolean("approve") if t.has("approve") else None,
                attach_invoice=t.boolean("attach_invoice") if t.has("attach_invoice") else None,
                deadline_days=deadline,
                resolve_contract=t.boolean("resolve_contract", False),
            )
        )
    return tuple(steps)


def _profiles(ctx: _Context, root: _Table) -> Mapping[str, tuple[StepConfig, ...]]:
    """[profiles.<name>] sections, each with its own [[profiles.<name>.steps]] ladder."""
    t = root.table("profiles")
    out: dict[str, tuple[StepConfig, ...]] = {}
    for name, value in t.data.items():
        if not isinstance(value, dict) or "steps" not in value:
            t.ctx.fail(
                t.path + (name,),
                f"must hold a ladder: [[profiles.{name}.steps]] sections with name and days.",
            )
        if not _SIMPLE_NAME.fullmatch(name):
            t.ctx.fail(t.path + (name,), "a profile name is made of letters, digits, '_' or '-'.")
        extra = [k for k in value if k != "steps"]
        if extra:
            t.ctx.fail(
                t.path + (name, extra[0]),
                'a profile only holds [[steps]]; other settings go in [clients."..."].',
            )
        out[name] = _steps(ctx, value, t.path + (name,))
    return MappingProxyType(out)


def _clients(root: _Table, profiles: Mapping[str, tuple[StepConfig, ...]]) -> Mapping[str, ClientConfig]:
    t = root.table("clients")
    clients: dict[str, ClientConfig] = {}
    first_key: dict[str, str] = {}
    for key, value in t.data.items():
        path = t.path + (key,)
        normal = key.strip().lower()
        if not isinstance(value, dict):
            t.ctx.fail(
                path,
                f'must be a section like [clients."{key}"] with the client\'s settings, not a '
                f"single value ({_shown(value)}).",
            )
        if not (_DOMAIN.fullmatch(normal) or _ADDRESS.fullmatch(normal)):
            dotted = _unquoted_domain(key, value)
            if dotted:
                t.ctx.fail(
                    path,
                    f'a domain must be written in quotes: [clients."{dotted}"], not '
                    f"[clients.{dotted}] — without quotes TOML reads each dot as a new sub-section.",
                )
            t.ctx.fail(
                path,
                f'must be a domain like "acme.example" or an address like "anna@acme.example", '
                f"not {_shown(key)}.",
            )
        if normal in clients:
            t.ctx.fail(
                path,
                f"{_shown(key)} is the same client as {_shown(first_key[normal])} (upper/lower case "
                "does not matter); keep only one section.",
            )
        c = _Table(t.ctx, path, value)
        nested = [k for k, v in value.items() if isinstance(v, dict) and k not in _CLIENT_KEYS]
        if nested:
            t.ctx.fail(
                path + (nested[0],),
                f'a domain must be written in quotes: [clients."{key}.{nested[0]}"] '
                "— without quotes TOML reads each dot as a new sub-section.",
            )
        c.check_keys(_CLIENT_KEYS)
        language = _language(c, "language") if c.has("language") else None
        terms = c.integer("terms_days", low=0, high=365) if c.has("terms_days") else None
        tz = c.optional_string("timezone") or None
        if tz is not None:
            try:
                ZoneInfo(tz)
            except (ZoneInfoNotFoundError, ValueError):
                c.fail("timezone", f'{_shown(tz)} is not a time zone I know; write it like "Europe/Madrid".')
        profile = c.optional_string("profile") or None
        if profile is not None and profile not in profiles:
            known = ", ".join(sorted(profiles)) or "none is defined"
            c.fail("profile", f"there is no [profiles.{profile}] section ({known}).")
        clients[normal] = ClientConfig(
            language=language,
            terms_days=terms,
            skip=c.boolean("skip", False),
            business=c.boolean("business", True),
            name=c.optional_string("name") or None,
            profile=profile,
            cc=_address_list(c, "cc"),
            timezone=tz,
            pec=_check_address(c, "pec", c.string("pec")).lower() if c.has("pec") else None,
            kind=c.choice("kind", KINDS) if c.has("kind") else None,
            salutation=_one_line_text(c, "salutation") if c.has("salutation") else None,
            country=_country_code(c, "country") if c.has("country") else None,
            law=_country_code(c, "law") if c.has("law") else None,
        )
        first_key[normal] = key
    return MappingProxyType(clients)


def _country_code(t: _Table, key: str) -> str:
    """An ISO 3166 alpha-2 country code ("GB", "IE", "IT"); "UK" is read as "GB"."""
    value = t.string(key).upper()
    value = {"UK": "GB"}.get(value, value)
    if not (len(value) == 2 and value.isalpha()):
        t.fail(key, f'must be a two-letter country code like "GB", "IE", "IT" or "ES", not {_shown(value)}.')
    return value


def _one_line_text(t: _Table, key: str) -> str:
    """A greeting written as it is: one line (a letter must not get a header or a paragraph from it)."""
    value = t.string(key)
    if "\n" in value or "\r" in value:
        t.fail(key, 'must be one line, like "Gentile Sig.ra Bianchi,".')
    return value


def _unquoted_domain(key: str, value: Mapping[str, object]) -> str | None:
    """ "acme.example" when the user wrote [clients.acme.example] (TOML nests it as acme -> example)."""
    parts = [key]
    while len(value) == 1:
        ((name, inner),) = value.items()
        if not isinstance(inner, dict) or name in _CLIENT_KEYS:
            break
        parts.append(name)
        value = inner
    return ".".join(parts) if len(parts) > 1 else None


def _pec(
    ctx: _Context, root: _Table, steps: Iterable[StepConfig], profiles: Mapping[str, tuple[StepConfig, ...]]
) -> PecConfig | None:
    """[pec] with [pec.imap] and [pec.smtp] (the keys of [imap] and [smtp], every password form).

    Required as soon as a step (of the main ladder or a profile) has channel = "pec"."""
    data = root.data.get("pec")
    if data is None:
        for where, ladder in (((), tuple(steps)), *(((("profiles", n)), p) for n, p in profiles.items())):
            for i, step in enumerate(ladder):
                if step.channel == "pec":
                    ctx.fail(
                        where + ("steps", i, "channel"),
                        f"step {step.name!r} sends by PEC, so the file needs "
                        "a [pec] section with your PEC address and its [pec.imap] and [pec.smtp] servers "
                        "(see config.example.toml).",
                    )
        return None
    t = root.table("pec")
    t.check_keys(_SECTION_KEYS["pec"])
    address = _check_address(
        t, "address", t.string("address", example='"alessandra.rossi@pec.example.it"')
    ).lower()
    imap = replace(_server(t, "imap"), section="pec.imap")
    smtp = replace(_server(t, "smtp"), section="pec.smtp")
    return PecConfig(address=address, imap=imap, smtp=smtp)


def _daemon(root: _Table) -> DaemonConfig:
    t = root.table("daemon")
    t.check_keys(_SECTION_KEYS["daemon"])
    return DaemonConfig(
        poll_seconds=t.integer("poll_seconds", 300, low=10, high=86_400), idle=t.boolean("idle", True)
    )


T = TypeVar("T")


def _mapping(value: object) -> Mapping[str, Any] | None:
    return value if isinstance(value, dict) else None


def _located(ctx: _Context, section: str, build: Callable[[], T]) -> T:
    """Sections parsed by their own modules raise ConfigError with a key only: add file and line."""
    try:
        return build()
    except ConfigError as exc:
        if exc.line is not None:
            raise
        key = exc.key or section
        parts: list[str | int] = [p for p in key.split(".") if p]
        ctx.fail(tuple(parts), exc.message)


def _payment(root: _Table) -> PaymentDetails | None:
    t = root.table("payment")
    if not t.data:
        return None
    t.check_keys(_SECTION_KEYS["payment"])
    try:
        return PaymentDetails(
            beneficiary=t.optional_string("beneficiary") or None,
            iban=t.optional_string("iban") or None,
            bic=t.optional_string("bic") or None,
            reference_template=t.optional_string("reference") or None,
            payment_link=t.optional_string("link") or None,
            qr=t.boolean("qr", False),
        )
    except ValueError as exc:
        message = str(exc)
        key = next(
            (k for k in ("iban", "bic", "link", "qr", "beneficiary", "reference") if k in message.lower()),
            "iban",
        )
        t.fail(key, message)


def _replies(root: _Table) -> RepliesConfig:
    t = root.table("replies")
    t.check_keys(_SECTION_KEYS["replies"])
    return RepliesConfig(
        paid_grace_days=t.integer("paid_grace_days", 5, low=0, high=90),
        promise_grace_days=t.integer("promise_grace_days", 1, low=0, high=30),
    )


# --------------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------------

_TOML_HINTS: Final[tuple[tuple[str, str], ...]] = (
    (
        "Invalid value",
        (
            "I cannot read the value after '='. Text must be in double quotes (name = \"Anna\"), "
            "numbers and true/false are written without quotes, lists go in [ ]"
        ),
    ),
    (
        "Expected '=' after a key",
        (
            "I expected a line like key = value here. A section name goes in square "
            "brackets, like [imap]; a key with spaces or dots needs double quotes"
        ),
    ),
    ("Cannot overwrite a value", "a key is written twice; keep only one of them"),
    ("Cannot declare", "this section is written twice; keep only one of them (or merge them)"),
    ("Cannot mutate", "this section or key is written twice; keep only one of them"),
    ("Unterminated string", "a text is opened with a quote that is never closed"),
    ("Unclosed array", "a list opened with '[' is never closed with ']'"),
    ("Unclosed inline table", "a table opened with '{' is never closed with '}'"),
    ("Expected ']' at the end of a table", "a section name must be closed with ']', like [imap]"),
    (
        "Expected newline or end of document",
        (
            "there is something extra after the value; put one setting per "
            "line, use a dot for decimals and quotes around text"
        ),
    ),
    ("Invalid initial character for a key", "a key must start with a letter or digit; quote unusual keys"),
    ("Illegal character '\\n'", "a text is opened with a quote that is not closed on the same line"),
    ("Illegal character", "there is a character TOML does not allow here (a tab or control character?)"),
)


def _syntax_error(exc: tomllib.TOMLDecodeError, text: str, file: str) -> ConfigError:
    message = str(exc)
    detail = message.split(" (at ", 1)[0]
    locator = _Locator(text)
    match = re.search(r"at line (\d+), column (\d+)", message)
    line = int(match.group(1)) if match else (locator.problem_line() or locator.last_line)
    hint = next((h for prefix, h in _TOML_HINTS if detail.startswith(prefix)), "")
    if not match and locator.problems:
        hint = locator.problems[0][1]
    path = locator.key_at(line)
    sentence = hint + "." if hint else "this is not valid TOML."
    earlier = [(n, what) for n, what in locator.problems if n < line]
    if match and earlier:  # e.g. a list left open above makes the next section header look wrong
        sentence += f" The cause may be on line {earlier[0][0]}: {earlier[0][1]}."
    sentence += f" (The TOML reader says: {detail}.)"
    return ConfigError(sentence, file=file, line=line, key=_display(path) if path else None)


def parse_config(text: str, file: str = "<config>", *, base_dir: Path | None = None) -> Config:
    """Check a configuration given as text. `file` is only used in error messages; relative paths
    (state.path, password_file) are taken from `base_dir` (the current directory when None)."""
    return _parse(text, file, base_dir, None)


def _parse(text: str, file: str, base_dir: Path | None, source: Path | None) -> Config:
    text = text.removeprefix("\ufeff")  # a byte-order mark, as some Windows editors write
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(exc, text, file) from None
    ctx = _Context(text, file, base_dir)
    root = _Table(ctx, (), data)
    for key, value in data.items():
        if key not in _TOP_LEVEL and not isinstance(value, dict):
            home = _SECTION_OF_KEY.get(key)
            where = f"the [{home}] section" if home else "the right section, like [owner] or [imap]"
            ctx.fail((key,), f"'{key}' is written before any section header; move it into {where}.")
        if key not in _TOP_LEVEL:
            close = difflib.get_close_matches(key, _TOP_LEVEL, n=1, cutoff=0.6)
            hint = (
                f" — did you mean [{close[0]}]?"
                if close
                else (". The sections are: " + ", ".join(f"[{k}]" for k in _TOP_LEVEL) + ".")
            )
            if key in _SECTION_OF_KEY:
                hint = f" — '{key}' belongs in the [{_SECTION_OF_KEY[key]}] section."
            ctx.fail((key,), f"unknown section or key {_display((key,))}{hint}")
    profiles = _profiles(ctx, root)
    steps = _steps(ctx, data)
    return Config(
        owner=_owner(root),
        imap=_server(root, "imap"),
        smtp=_server(root, "smtp"),
        state=_state(root),
        invoices=_invoices(root),
        sending=_sending(root),
        fees=_fees(root),
        steps=steps,
        clients=_clients(root, profiles),
        profiles=profiles,
        source=source,
        daemon=_daemon(root),
        replies=_replies(root),
        payment=_payment(root),
        scoring=_located(ctx, "scoring", lambda: scoring_config_from(_mapping(data.get("scoring")))),
        digest=_located(ctx, "digest", lambda: digest_config_from(_mapping(data.get("digest")))),
        pec=_pec(ctx, root, steps, profiles),
        nudges=_nudges(root),
    )


def load_config(path: Path) -> Config:
    """Read and check the configuration file at `path`; every problem is a located ConfigError."""
    file = str(path)
    try:
        raw = Path(path).expanduser().read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            "there is no configuration file here. Create one with `mailduns init`, or copy "
            "config.example.toml and edit it.",
            file=file,
        ) from None
    except IsADirectoryError:
        raise ConfigError("this is a folder, not a configuration file.", file=file) from None
    except OSError as exc:
        raise ConfigError(f"cannot read the configuration file: {exc.strerror or exc}.", file=file) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(
            "the file is not saved as UTF-8 text; save it again choosing the UTF-8 encoding in your editor.",
            file=file,
            line=line,
        ) from None
    absolute = Path(path).expanduser().resolve()
    return _parse(text, file, absolute.parent, absolute)
