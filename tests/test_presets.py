"""Provider presets: every one gives a config `check --offline` accepts, and addresses find theirs."""

from __future__ import annotations

import argparse
import tomllib
from pathlib import Path

import pytest

from mailduns.cli.main import main
from mailduns.onboarding import presets
from mailduns.onboarding.presets import PROVIDERS, by_key, guess_from_mx, guess_provider, provider_servers
from mailduns.onboarding.wizard import add_init_arguments, interactive_init, pick_sent
from mailduns.settings import config as reader
from mailduns.settings.config import load_config


def _has_dnspython() -> bool:
    import importlib.util

    return importlib.util.find_spec("dns") is not None


SAVES_SENT_KNOWN = "server_saves_sent" in reader._SECTION_KEYS["smtp"]


def _init(path: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    add_init_arguments(parser)
    return interactive_init(path, parser.parse_args(list(argv)))


@pytest.mark.parametrize("provider", [p.key for p in PROVIDERS])
def test_each_preset_yields_a_config_that_check_accepts(
    provider: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = by_key(provider)
    email = f"anna@{p.domains[0]}" if p.domains else "anna@studio-rossi.it"
    path = tmp_path / "config.toml"
    assert (
        _init(
            path,
            "--non-interactive",
            "--email",
            email,
            "--name",
            "Anna",
            "--provider",
            provider,
            "--password-command",
            "pass show mail",
            "--no-check",
            "--timezone",
            "Europe/Rome",
        )
        == 0
    )
    assert main(["--config", str(path), "check", "--offline"]) == 0
    config = load_config(path)
    (ih, ip, isec), (sh, sp, ssec) = provider_servers(p, email)
    assert (config.imap.host, config.imap.port, config.imap.security) == (ih, ip, isec)
    assert (config.smtp.host, config.smtp.port, config.smtp.security) == (sh, sp, ssec)
    assert "{" not in ih + sh  # every placeholder filled
    text = path.read_text()
    smtp = tomllib.loads(text)["smtp"]
    if p.saves_sent is None or not SAVES_SENT_KNOWN:
        assert "server_saves_sent" not in smtp  # auto: left to the daemon
        assert "# server_saves_sent = " in text  # but shown, with what is known
    else:
        assert smtp["server_saves_sent"] is p.saves_sent


def test_every_preset_is_complete() -> None:
    keys = [p.key for p in PROVIDERS]
    assert len(keys) == len(set(keys))
    wanted = {
        "gmail",
        "outlook",
        "microsoft365",
        "yahoo",
        "icloud",
        "fastmail",
        "aruba",
        "libero",
        "register",
        "tim",
        "tiscali",
        "virgilio",
        "ionos",
        "ovh",
        "zoho",
        "movistar",
        "gmx",
    }
    assert wanted <= set(keys)
    for p in PROVIDERS:
        assert p.sent and p.drafts, p.key
        assert p.auth in ("password", "app-password", "oauth2"), p.key
        assert p.oauth2 in (None, "google", "microsoft"), p.key
        if p.auth != "password":
            assert p.note, f"{p.key}: a provider that needs more than the password must say how"
    assert by_key("gmail").saves_sent is True and by_key("microsoft365").saves_sent is True
    assert by_key("outlook").saves_sent is True and by_key("aruba").saves_sent is False
    assert "[Gmail]/Posta inviata" in by_key("gmail").sent and "Sent Items" in by_key("microsoft365").sent
    assert "Elementos enviados" in by_key("microsoft365").sent and "Enviados" in by_key("movistar").sent


@pytest.mark.parametrize(
    ("email", "key", "imap_host", "smtp_host"),
    [
        ("anna@gmail.com", "gmail", "imap.gmail.com", "smtp.gmail.com"),
        ("anna@googlemail.com", "gmail", "imap.gmail.com", "smtp.gmail.com"),
        ("anna@outlook.it", "outlook", "outlook.office365.com", "smtp-mail.outlook.com"),
        ("anna@hotmail.es", "outlook", "outlook.office365.com", "smtp-mail.outlook.com"),
        ("anna@yahoo.it", "yahoo", "imap.mail.yahoo.com", "smtp.mail.yahoo.com"),
        ("anna@ymail.com", "yahoo", "imap.mail.yahoo.com", "smtp.mail.yahoo.com"),
        ("anna@me.com", "icloud", "imap.mail.me.com", "smtp.mail.me.com"),
        ("anna@fastmail.fm", "fastmail", "imap.fastmail.com", "smtp.fastmail.com"),
        ("anna@aruba.it", "aruba", "imaps.aruba.it", "smtps.aruba.it"),
        ("anna@libero.it", "libero", "imapmail.libero.it", "smtp.libero.it"),
        ("anna@inwind.it", "libero", "imapmail.libero.it", "smtp.libero.it"),
        ("anna@virgilio.it", "virgilio", "imap.virgilio.it", "out.virgilio.it"),
        ("anna@alice.it", "tim", "imap.tim.it", "smtp.tim.it"),
        ("anna@tim.it", "tim", "imap.tim.it", "smtp.tim.it"),
        ("anna@tiscali.it", "tiscali", "imap.tiscali.it", "smtp.tiscali.it"),
        ("anna@zoho.eu", "zoho", "imap.zoho.eu", "smtp.zoho.eu"),
        ("anna@zohomail.com", "zoho", "imap.zoho.com", "smtp.zoho.com"),
        ("ana@movistar.es", "movistar", "imap.movistar.es", "smtp.movistar.es"),
        ("ana@telefonica.net", "movistar", "imap.movistar.es", "smtp.movistar.es"),
        ("ana@gmx.es", "gmx", "imap.gmx.com", "mail.gmx.com"),
        ("anna@gmx.de", "gmx", "imap.gmx.net", "mail.gmx.net"),
    ],
)
def test_guessing_from_the_address(email: str, key: str, imap_host: str, smtp_host: str) -> None:
    p = guess_provider(email)
    assert p is not None and p.key == key
    (ih, _, _), (sh, _, _) = provider_servers(p, email)
    assert (ih, sh) == (imap_host, smtp_host)


@pytest.mark.parametrize(
    ("mx", "key", "imap_host"),
    [
        (["aspmx.l.google.com.", "alt1.aspmx.l.google.com"], "gmail", "imap.gmail.com"),
        (["studio-rossi-it.mail.protection.outlook.com"], "microsoft365", "outlook.office365.com"),
        (["mx.aruba.it"], "aruba", "imaps.aruba.it"),
        (["mx.register.it"], "register", "imap.register.it"),
        (["mx1.mail.ovh.net", "mx2.mail.ovh.net"], "ovh", "ssl0.ovh.net"),
        (["mx00.ionos.it", "mx01.ionos.it"], "ionos", "imap.ionos.it"),
        (["mx00.ionos.es"], "ionos", "imap.ionos.es"),
        (["mx00.kundenserver.de"], "ionos", "imap.ionos.de"),
        (["mx.zoho.eu"], "zoho", "imap.zoho.eu"),
        (["in1-smtp.messagingengine.com"], "fastmail", "imap.fastmail.com"),
        (["mx01.mail.icloud.com"], "icloud", "imap.mail.me.com"),
    ],
)
def test_own_domains_are_recognised_from_their_mx(mx: list[str], key: str, imap_host: str) -> None:
    p = guess_from_mx(mx)
    assert p is not None and p.key == key
    (ih, _, _), _smtp = provider_servers(p, "anna@studio-rossi.it", mx_hint=mx[0].rstrip("."))
    assert ih == imap_host


def test_unknown_domains_and_mx_are_not_guessed() -> None:
    assert guess_provider("anna@studio-rossi.it") is None
    assert guess_from_mx(["mail.studio-rossi.it"]) is None and guess_from_mx([]) is None
    assert guess_from_mx(["notgoogle.com"]) is None  # a suffix, not a substring


def test_init_uses_the_mx_of_an_own_domain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mailduns.onboarding.wizard.lookup_mx", lambda domain: ("mx00.ionos.it",))
    path = tmp_path / "config.toml"
    assert (
        _init(
            path,
            "--non-interactive",
            "--email",
            "anna@studio-rossi.it",
            "--name",
            "Anna",
            "--password-command",
            "pass show mail",
            "--no-check",
        )
        == 0
    )
    config = load_config(path)
    assert (config.imap.host, config.smtp.host) == ("imap.ionos.it", "smtp.ionos.it")


def test_the_providers_own_sent_names_come_first() -> None:
    listing = [([], "INBOX"), ([], "Sent"), ([], "[Gmail]/Posta inviata")]
    assert pick_sent(listing, by_key("gmail").sent) == ("[Gmail]/Posta inviata", False)
    assert pick_sent(listing) == ("Sent", False)
    assert pick_sent([(["\\Sent"], "Inviata"), ([], "Sent")], by_key("libero").sent) == ("Inviata", True)


def test_lookup_mx_never_raises_without_dnspython() -> None:
    if _has_dnspython():
        pytest.skip("dnspython is installed: this would ask a real DNS server")
    assert isinstance(presets.lookup_mx("example.invalid"), tuple)
