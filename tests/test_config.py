"""The configuration: defaults, checks, and above all errors that point at the right FILE:LINE:KEY."""

from __future__ import annotations

import sys
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest

from mailduns.settings.config import (
    DEFAULT_STEPS,
    ClientConfig,
    Config,
    OwnerConfig,
    ServerConfig,
    StepConfig,
    default_config_path,
    default_state_path,
    load_config,
    parse_config,
)
from mailduns.core.errors import ConfigError
from mailduns.mail.credentials import resolve_password

REPO = Path(__file__).resolve().parents[1]

# Line numbers below matter: the tests check them exactly.
MINIMAL = """\
[owner]
name = "Alessandra Rossi"
email = "Alessandra@Example.it"

[imap]
host = "imap.example.it"
username = "alessandra@example.it"
password = "secret"

[smtp]
host = "smtp.example.it"
username = "alessandra@example.it"
password = "secret"
"""


def error(text: str, file: str = "config.toml") -> ConfigError:
    with pytest.raises(ConfigError) as info:
        parse_config(text, file)
    return info.value


def with_lines(text: str, after: str, *lines: str) -> str:
    """Insert `lines` right after the (unique) line `after`."""
    out: list[str] = []
    for line in text.splitlines():
        out.append(line)
        if line == after:
            out.extend(lines)
    return "\n".join(out) + "\n"


# -- the happy path and the defaults --------------------------------------------------------------


def test_minimal_config_gets_every_default() -> None:
    config = parse_config(MINIMAL)
    assert config.owner == OwnerConfig("Alessandra Rossi", "alessandra@example.it", "en", "UTC", ())
    assert config.imap.port == 993 and config.imap.security == "tls"
    assert (config.imap.inbox, config.imap.sent, config.imap.paid) == ("INBOX", None, "Paid")
    assert config.smtp.port == 465 and config.smtp.section == "smtp"
    assert config.invoices.terms_days == 30 and config.invoices.since is None
    assert config.invoices.subject_patterns == ()
    assert config.sending.window == (time(9), time(18))
    assert config.sending.weekdays_only and config.sending.holidays == "IT"
    assert config.sending.max_per_day == 50 and not config.sending.dry_run
    assert config.fees.fixed_compensation == Decimal("40.00") and config.fees.statutory_interest
    assert config.fees.flat == 0 and config.fees.percent == 0 and config.fees.ecb_rate is None
    assert config.steps == DEFAULT_STEPS
    assert [(s.name, s.days, s.late_fee, s.notify_owner) for s in config.steps] == [
        ("courtesy", -3, False, False),
        ("due", 0, False, False),
        ("reminder", 5, False, False),
        ("late_fee", 10, True, False),
        ("suspension", 20, True, True),
        ("final", 30, True, True),
    ]
    assert all(s.template == s.name for s in config.steps)
    assert dict(config.clients) == {}
    assert config.daemon.poll_seconds == 300 and config.daemon.idle
    assert config.source is None


def test_example_file_loads_with_its_values() -> None:
    config = load_config(REPO / "config.example.toml")
    assert config.owner.language == "it" and config.owner.timezone == "Europe/Rome"
    assert str(config.owner.tz) == "Europe/Rome"
    assert config.imap.host == "imap.example.it" and config.imap.port == 993
    assert config.smtp.port == 465 and config.smtp.security == "tls"
    assert config.invoices.since == date(2026, 11, 1)
    assert config.sending.holidays == "IT"
    assert config.fees.fixed_compensation == Decimal("40.00")
    assert [s.name for s in config.steps] == [s.name for s in DEFAULT_STEPS]
    assert [(s.days, s.late_fee, s.notify_owner) for s in config.steps] == [
        (s.days, s.late_fee, s.notify_owner) for s in DEFAULT_STEPS
    ]
    assert config.client_for("bob@acme.example").language == "en"
    assert config.source == (REPO / "config.example.toml").resolve()


def test_ports_follow_security() -> None:
    text = MINIMAL.replace("[imap]\n", '[imap]\nsecurity = "starttls"\n').replace(
        "[smtp]\n", '[smtp]\nsecurity = "starttls"\n'
    )
    config = parse_config(text)
    assert (config.imap.port, config.smtp.port) == (143, 587)
    text = MINIMAL.replace('host = "imap.example.it"', 'host = "127.0.0.1"\nsecurity = "plain"').replace(
        'host = "smtp.example.it"', 'host = "localhost"\nsecurity = "plain"'
    )
    config = parse_config(text)
    assert (config.imap.port, config.smtp.port) == (143, 25)


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.5.0.9", "::1", "[::1]"])
def test_plain_is_allowed_on_loopback(host: str) -> None:
    text = MINIMAL.replace('host = "imap.example.it"', f'host = "{host}"\nsecurity = "plain"\nport = 1143')
    assert parse_config(text).imap.security == "plain"


def test_full_featured_config() -> None:
    text = (
        MINIMAL
        + """
[invoices]
since = 2026-11-01
subject_patterns = ['''Fattura (?P<number>\\S+)''']
attachment_pattern = '''\\.pdf$'''

[sending]
window = "8:30-24:00"
holidays = "es-md"
weekdays_only = false

[fees]
percent = "2.5"
flat = "10"
ecb_rate = "2.15"

[[steps]]
name = "gentle"
days = 3
cc = ["Studio@Example.it"]

[[steps]]
name = "firm"
days = 15
template = "reminder"
late_fee = true

[clients."ACME.example"]
terms_days = 60

[clients."anna@acme.example"]
business = false
language = "IT"
"""
    )
    config = parse_config(text)
    assert config.invoices.since == date(2026, 11, 1)
    assert config.invoices.subject_patterns == ("Fattura (?P<number>\\S+)",)
    assert config.sending.window == (time(8, 30), time(0))
    assert config.sending.holidays == "ES-MD"
    assert config.fees.percent == Decimal("2.5") and config.fees.flat == Decimal(10)
    assert config.fees.ecb_rate == Decimal("2.15")
    assert config.steps == (
        StepConfig("gentle", 3, "gentle", cc=("Studio@Example.it",)),
        StepConfig("firm", 15, "reminder", late_fee=True),
    )
    assert config.client_for("anna@acme.example") == ClientConfig(language="it", business=False)
    assert config.client_for("Bob@ACME.example").terms_days == 60
    assert config.client_for("bob@fatture.acme.example").terms_days == 60
    assert config.client_for("bob@other.example") == ClientConfig()


# -- errors that point at the right line ----------------------------------------------------------


def test_wrong_type_names_line_and_key() -> None:
    text = with_lines(MINIMAL, 'host = "imap.example.it"', 'port = "abc"')
    err = error(text)
    assert (err.file, err.line, err.key) == ("config.toml", 7, "imap.port")
    assert str(err) == 'config.toml:7:imap.port: must be a whole number (like 993), not "abc".'


def test_quoted_number_gets_told_to_drop_the_quotes() -> None:
    err = error(with_lines(MINIMAL, 'host = "smtp.example.it"', 'port = "465"'))
    assert (err.line, err.key) == (12, "smtp.port")
    assert "without quotes" in err.message


def test_unknown_key_suggests_the_right_one() -> None:
    text = with_lines(MINIMAL, 'host = "imap.example.it"', "prt = 993")
    err = error(text)
    assert (err.line, err.key) == (7, "imap.prt")
    assert err.message == "unknown key imap.prt — did you mean 'port'?"


def test_unknown_key_without_a_close_match_lists_the_allowed_ones() -> None:
    err = error(with_lines(MINIMAL, 'password = "secret"', 'colour = "blue"'))
    assert (err.line, err.key) == (9, "imap.colour")
    assert "host, port, security" in err.message


def test_key_in_the_wrong_section_says_where_it_belongs() -> None:
    err = error(with_lines(MINIMAL, 'host = "smtp.example.it"', 'timezone = "Europe/Rome"'))
    assert (err.line, err.key) == (12, "smtp.timezone")
    assert "[owner]" in err.message


def test_folder_keys_are_imap_only() -> None:
    err = error(with_lines(MINIMAL, 'host = "smtp.example.it"', 'paid = "Pagate"'))
    assert (err.line, err.key) == (12, "smtp.paid")
    assert "[imap]" in err.message


def test_unknown_section_is_reported_with_suggestion() -> None:
    err = error(MINIMAL + '\n[sendng]\nwindow = "09:00-18:00"\n')
    assert (err.line, err.key) == (15, "sendng")
    assert "[sending]" in err.message


def test_missing_required_key_points_at_the_table_header() -> None:
    text = MINIMAL.replace(
        'username = "alessandra@example.it"\npassword = "secret"\n\n[smtp]', 'password = "secret"\n\n[smtp]'
    )
    err = error(text)
    assert (err.line, err.key) == (5, "imap.username")
    assert "username" in err.message


def test_missing_required_table_points_at_line_one() -> None:
    text = MINIMAL.split("[smtp]")[0]
    err = error(text)
    assert (err.line, err.key) == (1, "smtp")
    assert "[smtp] section is missing" in err.message


def test_bad_value_in_third_step() -> None:
    text = (
        MINIMAL
        + """
[[steps]]
name = "one"
days = 1

[[steps]]
name = "two"
days = 2

[[steps]]
name = "three"
days = "tre"
"""
    )
    err = error(text)
    assert (err.line, err.key) == (25, "steps[3].days")
    assert err.message == 'must be a whole number (like 5), not "tre".'


def test_steps_out_of_order_name_the_line() -> None:
    text = (
        MINIMAL
        + """
[[steps]]
name = "one"
days = 10

[[steps]]
name = "two"
days = 5
"""
    )
    err = error(text)
    assert (err.line, err.key) == (21, "steps[2].days")
    assert "in order" in err.message


def test_duplicate_step_names_are_refused() -> None:
    text = MINIMAL + '\n[[steps]]\nname = "x"\ndays = 1\n\n[[steps]]\nname = "X"\ndays = 2\n'
    err = error(text)
    assert (err.line, err.key) == (20, "steps[2].name")


@pytest.mark.parametrize("template", ["../secret", "it/reminder.txt.j2", ""])
def test_step_template_must_be_a_plain_name(template: str) -> None:
    err = error(MINIMAL + f'\n[[steps]]\nname = "x"\ndays = 1\ntemplate = "{template}"\n')
    assert (err.line, err.key) == (18, "steps[1].template")


def test_bad_client_key_is_located() -> None:
    text = (
        MINIMAL
        + """
[clients."acme.example"]
language = "en"

[clients."bob@beta.example"]
skip = "yes"
"""
    )
    err = error(text)
    assert (err.line, err.key) == (19, 'clients."bob@beta.example".skip')
    assert "true or false" in err.message


def test_unknown_client_key_is_located() -> None:
    err = error(MINIMAL + '\n[clients."acme.example"]\nbusines = false\n')
    assert (err.line, err.key) == (16, 'clients."acme.example".busines')
    assert "did you mean 'business'?" in err.message


def test_client_domain_without_quotes_is_explained() -> None:
    err = error(MINIMAL + "\n[clients.acme.example]\nskip = true\n")
    assert err.line == 15
    assert '[clients."acme.example"]' in err.message


def test_inline_table_client_is_located() -> None:
    err = error(
        MINIMAL + '\n[clients]\n"acme.example" = { skip = true }\n"b.example" = { terms_days = -1 }\n'
    )
    assert (err.line, err.key) == (17, 'clients."b.example".terms_days')


@pytest.mark.parametrize(
    ("snippet", "line", "key", "words"),
    [
        ('name = "A"\nport = \n', 15, "port", "cannot read the value"),
        ("password = secret\n", 14, "password", "double quotes"),
        ('window = "09:00-18:00\n', 14, "window", "quote"),
        ("[fees\n", 14, None, "closed with ']'"),
    ],
)
def test_toml_syntax_errors_are_located(snippet: str, line: int, key: str | None, words: str) -> None:
    err = error(MINIMAL + snippet)
    assert err.line == line
    assert words in err.message
    assert err.key is None or key is None or err.key.endswith(key)
    assert "The TOML reader says" in err.message


def test_duplicate_key_is_located_although_tomllib_says_end_of_document() -> None:
    err = error(
        MINIMAL.replace('password = "secret"\n\n[smtp]', 'password = "secret"\npassword = "x"\n\n[smtp]')
    )
    assert (err.line, err.key) == (9, "imap.password")
    assert "twice" in err.message


def test_unclosed_list_mentions_where_it_was_opened() -> None:
    err = error(
        MINIMAL.replace(
            'email = "Alessandra@Example.it"', 'email = "Alessandra@Example.it"\nemails = ["a@example.it",'
        )
    )
    assert err.line == 6  # where tomllib noticed: the [imap] header read as a list item
    assert "line 4" in err.message


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("fixed_compensation", "40", 'write fixed_compensation = "40.00" instead'),
        ("fixed_compensation", "40.5", 'fixed_compensation = "40.50"'),
        ("flat", '"12,50"', "use a dot"),
        ("flat", '"1.234"', "two decimals"),
        ("percent", '"5%"', 'without "%"'),
        ("percent", "5", 'percent = "5"'),
        ("percent", '"150"', "more than 100"),
        ("flat", '"-1"', "negative"),
        ("statutory_interest", '"true"', "without quotes"),
    ],
)
def test_fees_must_be_quoted_decimal_strings(key: str, value: str, words: str) -> None:
    err = error(MINIMAL + f"\n[fees]\n{key} = {value}\n")
    assert (err.line, err.key) == (16, f"fees.{key}")
    assert words in err.message


@pytest.mark.parametrize(
    ("section", "snippet", "key", "words"),
    [
        ("owner", 'language = "italiano"', "owner.language", 'Did you mean "it"?'),
        ("owner", 'language = "fr"', "owner.language", '"it", "es" or "en"'),
        ("owner", 'timezone = "Rome"', "owner.timezone", "Europe/Rome"),
        ("owner", 'emails = ["nope"]', "owner.emails[1]", "email address"),
        ("imap", 'security = "ssl"', "imap.security", 'Did you mean "tls"?'),
        ("imap", "port = 70000", "imap.port", "at most 65535"),
        ("imap", 'sent = ""', "imap.sent", "must not be empty"),
        ("invoices", "terms_days = -5", "invoices.terms_days", "at least 0"),
        ("invoices", 'since = "01/11/2026"', "invoices.since", "year-month-day"),
        ("invoices", 'since = "2026-02-30"', "invoices.since", "not a real date"),
        ("invoices", "subject_patterns = ['Fattura (\\S+)']", "invoices.subject_patterns[1]", "(?P<number>"),
        (
            "invoices",
            "subject_patterns = ['Fattura (?P<number>']",
            "invoices.subject_patterns[1]",
            "regular expression",
        ),
        ("sending", 'window = "18:00-09:00"', "sending.window", "end after it starts"),
        ("sending", 'window = "9-18"', "sending.window", '"09:00-18:00"'),
        ("sending", 'window = "09:00-25:00"', "sending.window", "does not exist"),
        ("sending", 'holidays = "Italy"', "sending.holidays", 'write "IT"'),
        ("sending", 'holidays = "XX"', "sending.holidays", "country code"),
        ("sending", 'holidays = "ES-ZZ"', "sending.holidays", "region"),
        ("sending", "max_per_day = 0", "sending.max_per_day", "at least 1"),
        ("daemon", "poll_seconds = 1", "daemon.poll_seconds", "at least 10"),
    ],
)
def test_bad_values_have_helpful_messages(section: str, snippet: str, key: str, words: str) -> None:
    if section in ("owner", "imap"):
        header = f"[{section}]"
        text = with_lines(MINIMAL, header, snippet)
        line = MINIMAL.splitlines().index(header) + 2
    else:
        text = MINIMAL + f"\n[{section}]\n{snippet}\n"
        line = 16
    err = error(text)
    assert (err.line, err.key) == (line, key)
    assert words in err.message


def test_plain_to_a_remote_host_explains_why_not() -> None:
    err = error(with_lines(MINIMAL, 'host = "imap.example.it"', 'security = "plain"'))
    assert (err.line, err.key) == (7, "imap.security")
    assert "unencrypted" in err.message and "localhost" in err.message


def test_host_with_a_url_scheme_is_refused() -> None:
    err = error(MINIMAL.replace('host = "imap.example.it"', 'host = "imaps://imap.example.it/"'))
    assert (err.line, err.key) == (6, "imap.host")
    assert '"imap.example.it"' in err.message


def test_bad_owner_email() -> None:
    err = error(MINIMAL.replace('email = "Alessandra@Example.it"', 'email = "alessandra"'))
    assert (err.line, err.key) == (3, "owner.email")


def test_exactly_one_password_form() -> None:
    err = error(with_lines(MINIMAL, 'host = "imap.example.it"', 'password_env = "PW"'))
    assert (err.line, err.key) == (7, "imap.password_env")
    assert "exactly one" in err.message
    err = error(MINIMAL.replace('password = "secret"\n\n[smtp]', "\n[smtp]"))
    assert (err.line, err.key) == (5, "imap.password")


def test_load_config_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "nope.toml")
    assert info.value.file == str(tmp_path / "nope.toml")
    assert "mailduns init" in info.value.message


def test_load_config_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(MINIMAL.replace("Rossi", "Ross\xec").encode("latin-1"))
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.line == 2 and "UTF-8" in info.value.message


def test_load_config_accepts_bom_and_crlf_and_resolves_relative_paths(tmp_path: Path) -> None:
    text = (MINIMAL + '\n[state]\npath = "data/state.db"\n').replace(
        'password = "secret"\n\n[smtp]', 'password_file = "pw.txt"\n\n[smtp]'
    )
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    config = load_config(path)
    assert config.state.path == tmp_path.resolve() / "data" / "state.db"
    assert config.imap.password_file == str(tmp_path.resolve() / "pw.txt")


def test_load_config_error_names_the_real_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(with_lines(MINIMAL, 'host = "imap.example.it"', 'port = "abc"'))
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(f"{path}:7:imap.port: ")


# -- default paths ---------------------------------------------------------------------------------


def test_default_config_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MAILDUNS_CONFIG", str(tmp_path / "x.toml"))
    assert default_config_path() == tmp_path / "x.toml"
    monkeypatch.delenv("MAILDUNS_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert default_config_path() == tmp_path / "mailduns" / "config.toml"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert default_config_path() == tmp_path / ".config" / "mailduns" / "config.toml"


def test_default_state_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert default_state_path() == tmp_path / "mailduns" / "state.db"
    assert parse_config(MINIMAL).state.path == tmp_path / "mailduns" / "state.db"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert default_state_path() == tmp_path / ".local" / "state" / "mailduns" / "state.db"


def test_state_path_expands_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    config = parse_config(MINIMAL + '\n[state]\npath = "~/s.db"\n')
    assert config.state.path == tmp_path / "s.db"


# -- passwords ------------------------------------------------------------------------------------


def server(**password: str) -> ServerConfig:
    return ServerConfig(
        "imap.example.it", 993, "tls", "me", section="imap", source="config.toml", password_line=8, **password
    )


def test_password_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_password(server(password=" spaced ")) == " spaced "
    (tmp_path / "pw").write_text("  from-file  \nsecond line\n")
    assert resolve_password(server(password_file=str(tmp_path / "pw"))) == "from-file"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_password(server(password_file="~/pw")) == "from-file"
    monkeypatch.setenv("MY_PW", "from-env")
    assert resolve_password(server(password_env="MY_PW")) == "from-env"
    command = f"{sys.executable} -c \"print('from command')\""
    assert resolve_password(server(password_command=command)) == "from command"


def test_password_command_not_run_at_load_time(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    command = f"touch {marker}"
    config = parse_config(
        MINIMAL.replace('password = "secret"\n\n[smtp]', f'password_command = "{command}"\n\n[smtp]')
    )
    assert not marker.exists()
    assert config.imap.password_command == command


def test_password_command_failure_names_the_key() -> None:
    command = f"{sys.executable} -c \"import sys; print('secret-out'); sys.exit('vault locked')\""
    with pytest.raises(ConfigError) as info:
        resolve_password(server(password_command=command))
    err = info.value
    assert (err.file, err.line, err.key) == ("config.toml", 8, "imap.password_command")
    assert "exit status 1" in err.message and "vault locked" in err.message
    assert "secret-out" not in str(err)


@pytest.mark.parametrize(
    ("form", "words"),
    [
        ({"password_command": "/nonexistent/program"}, "not found"),
        ({"password_env": "MAILDUNS_SURELY_UNSET"}, "not set"),
        ({"password_file": "/nonexistent/pw"}, "cannot read"),
        ({}, "exactly one"),
        ({"password": "a", "password_env": "B"}, "exactly one"),
    ],
)
def test_password_problems(form: dict[str, str], words: str) -> None:
    with pytest.raises(ConfigError) as info:
        resolve_password(server(**form))
    assert words in info.value.message
    assert info.value.key is not None and info.value.key.startswith("imap.")


def test_config_can_be_built_in_code() -> None:
    """Other modules' tests build Config directly; the defaults must make that easy."""
    imap = ServerConfig("localhost", 1143, "plain", "me", password="pw")
    config = Config(
        owner=OwnerConfig("A", "a@example.it"),
        imap=imap,
        smtp=ServerConfig("localhost", 1025, "plain", "me", password="pw", section="smtp"),
    )
    assert config.steps == DEFAULT_STEPS and config.client_for("x@y.example") == ClientConfig()
    assert config.step("final") is not None and config.step("nope") is None
    assert StepConfig("x", 1).template == "x"


def test_password_from_a_systemd_credential(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        (REPO / "config.example.toml")
        .read_text()
        .replace('password = "..."', 'password_credential = "mail-password"', 1)
    )
    config = parse_config(text, "c.toml")
    (tmp_path / "mail-password").write_text("s3cret\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    assert resolve_password(config.imap) == "s3cret"
    monkeypatch.delenv("CREDENTIALS_DIRECTORY")
    with pytest.raises(ConfigError, match="imap.password_credential"):
        resolve_password(config.imap)
