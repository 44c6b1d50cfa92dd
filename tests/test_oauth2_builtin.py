"""Built-in OAuth2: `mailduns auth` (RFC 8628 device flow, RFC 8252 loopback flow), the refresh token
stored like a password, access tokens refreshed and cached at run time, and real XOAUTH2 logins:
IMAP against Dovecot's oauth2 passdb (token introspection at a local stand-in provider) and SMTP
through the rig's aiosmtpd front."""

from __future__ import annotations

import stat
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from mailduns.cli.main import main
from mailduns.core.errors import ConfigError
from mailduns.onboarding.devrig import MailRig, dovecot_available
from mailduns.settings.config import load_config, parse_config
from mailduns.mail.connect import token_getter
from mailduns.mail.oauth2 import (
    Endpoints,
    OAuth2Error,
    TokenSource,
    authorize_device,
    authorize_loopback,
    endpoints,
    store_refresh_token,
)
from tests.oauth2_server import FakeProvider

SERVERS = """[owner]
name = "Anna"
email = "anna@example.test"

[imap]
host = "127.0.0.1"
username = "anna@example.test"
{imap}

[smtp]
host = "127.0.0.1"
username = "anna@example.test"
{smtp}
"""


def _config(imap: str, smtp: str = 'password = "x"') -> str:
    return SERVERS.format(imap=imap, smtp=smtp)


@pytest.fixture
def provider() -> Iterator[FakeProvider]:
    with FakeProvider() as p:
        yield p


def _ends(p: FakeProvider) -> Endpoints:
    return Endpoints(device=f"{p.url}/device", auth=f"{p.url}/authorize", token=f"{p.url}/token")


# -- the config ----------------------------------------------------------------------------------
def test_oauth2_keys_replace_the_password(tmp_path: Path) -> None:
    text = _config(
        'oauth2 = "google"\noauth2_client_id = "1-a.apps.googleusercontent.com"\n'
        'oauth2_client_secret = "GOCSPX-s"'
    )
    config = parse_config(text, "c.toml", base_dir=tmp_path)
    o = config.imap.oauth2
    assert o is not None and (o.provider, o.client_id, o.client_secret) == (
        "google",
        "1-a.apps.googleusercontent.com",
        "GOCSPX-s",
    )
    assert o.refresh_token_file == tmp_path / "oauth2-google.token"  # next to the config
    assert "GOCSPX" not in repr(config.imap)  # the secret is never shown
    ms = parse_config(
        _config(
            'oauth2 = "microsoft"\noauth2_client_id = "c"\noauth2_tenant = "consumers"\n'
            'oauth2_refresh_token_file = "/run/credentials/mailduns.service/t"'
        ),
        "c.toml",
    )
    assert ms.imap.oauth2 is not None and ms.imap.oauth2.tenant == "consumers"
    assert ms.imap.oauth2.refresh_token_file == Path("/run/credentials/mailduns.service/t")
    assert token_getter(ms.smtp) is None  # [smtp] still uses its password


@pytest.mark.parametrize(
    ("imap", "where", "words"),
    [
        ('oauth2 = "google"\noauth2_client_id = "c"', "imap.oauth2_client_id", "client secret"),
        (
            'oauth2 = "microsoft"\noauth2_client_id = "c"\npassword = "p"',
            "imap.password",
            "replaces the password",
        ),
        (
            'oauth2 = "microsoft"\noauth2_client_id = "c"\noauth2_token_command = "x"',
            "imap.oauth2_token_command",
            "replaces the password",
        ),
        ('oauth2 = "yahoo"\noauth2_client_id = "c"', "imap.oauth2", '"google" or "microsoft"'),
        ('oauth2 = "microsoft"', "imap.oauth2_client_id", "oauth2_client_id"),
        ('password = "p"\noauth2_client_id = "c"', "imap.oauth2_client_id", 'add oauth2 = "google"'),
        (
            'oauth2 = "google"\noauth2_client_id = "c"\noauth2_client_secret = "s"\noauth2_tenant = "common"',
            "imap.oauth2_tenant",
            "Microsoft setting",
        ),
        (
            'oauth2 = "microsoft"\noauth2_client_id = "c"\noauth2_token_url = "http://evil.example/token"',
            "imap.oauth2_token_url",
            "https://",
        ),
    ],
)
def test_oauth2_mistakes_name_file_line_and_key(imap: str, where: str, words: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_config(_config(imap), "c.toml")
    assert err.value.key == where and err.value.line is not None and words in str(err.value)


def test_endpoints_can_be_pointed_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    assert (
        endpoints("microsoft", "consumers").token
        == "https://login.microsoftonline.com/consumers/oauth2/v2.0/token"
    )
    assert endpoints("google").device == "https://oauth2.googleapis.com/device/code"
    monkeypatch.setenv("MAILDUNS_OAUTH2_TOKEN_URL", "http://127.0.0.1:9/token")
    monkeypatch.setenv("MAILDUNS_OAUTH2_DEVICE_URL", "http://127.0.0.1:9/device")
    assert endpoints("google").token == "http://127.0.0.1:9/token"
    assert endpoints("google").device == "http://127.0.0.1:9/device"
    assert endpoints("google", token_url="https://t.example/token").token == "https://t.example/token"


# -- getting consent -----------------------------------------------------------------------------
def test_device_flow_waits_while_pending_and_slows_down_when_told(provider: FakeProvider) -> None:
    provider.pending, provider.slow_down = 2, True
    slept: list[float] = []
    said: list[str] = []
    tokens = authorize_device(
        "microsoft", "client-1", ends=_ends(provider), say=said.append, sleep=slept.append
    )
    assert tokens.refresh_token in provider.refresh_tokens
    assert slept == [1, 1, 1, 6]  # interval 1 s; slow_down adds 5 s (RFC 8628 §3.5)
    assert "WDJB-MJHT" in said[0] and f"{provider.url}/device-page" in said[0]
    device = provider.requests[0][1]
    assert device["scope"] == (
        "offline_access https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send"
    )
    grants = [form for path, form in provider.requests if path == "/token"]
    assert {g["grant_type"] for g in grants} == {"urn:ietf:params:oauth:grant-type:device_code"}


@pytest.mark.parametrize(("deny", "words"), [("access_denied", "refused"), ("expired_token", "expired")])
def test_device_flow_stops_when_refused_or_expired(provider: FakeProvider, deny: str, words: str) -> None:
    provider.deny = deny
    with pytest.raises(OAuth2Error, match=words) as err:
        authorize_device(
            "microsoft", "client-1", ends=_ends(provider), say=lambda s: None, sleep=lambda s: None
        )
    assert not err.value.retryable


def test_device_flow_google_style_answer_with_client_secret() -> None:
    with FakeProvider(client_secret="GOCSPX-s", google_style=True, pending=0) as p:
        said: list[str] = []
        tokens = authorize_device(
            "google", "client-1", "GOCSPX-s", ends=_ends(p), say=said.append, sleep=lambda s: None
        )
        assert tokens.access_token in p.access_tokens and f"{p.url}/device-page" in said[0]
        assert p.requests[0][1]["scope"] == "https://mail.google.com/"


def test_loopback_browser_flow_with_pkce() -> None:
    with FakeProvider(client_secret="GOCSPX-s") as p:
        visited: list[str] = []

        def browser(url: str) -> None:  # the provider answers 302 to the local redirect: follow it
            visited.append(url)
            urllib.request.urlopen(url, timeout=10).read()

        tokens = authorize_loopback(
            "google",
            "client-1",
            "GOCSPX-s",
            ends=_ends(p),
            say=lambda s: None,
            open_url=browser,
            login_hint="anna@gmail.com",
            timeout=10,
        )
        assert tokens.refresh_token in p.refresh_tokens
        auth = next(form for path, form in p.requests if path == "/authorize")
        assert auth["code_challenge_method"] == "S256" and auth["access_type"] == "offline"
        assert auth["redirect_uri"].startswith("http://127.0.0.1:") and auth["login_hint"] == "anna@gmail.com"
        exchange = next(form for path, form in p.requests if form.get("grant_type") == "authorization_code")
        assert exchange["client_secret"] == "GOCSPX-s" and exchange["code_verifier"]


def test_auth_command_stores_the_refresh_token_0600_and_prints_the_config(
    provider: FakeProvider, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "mailduns" / "config.toml"
    assert (
        main(
            [
                "--config",
                str(config),
                "auth",
                "microsoft",
                "--client-id",
                "client-1",
                "--device-url",
                f"{provider.url}/device",
                "--token-url",
                f"{provider.url}/token",
            ]
        )
        == 0
    )
    token_file = tmp_path / "mailduns" / "oauth2-microsoft.token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert token_file.read_text().strip() in provider.refresh_tokens
    out = capsys.readouterr().out
    assert 'oauth2 = "microsoft"' in out and 'oauth2_client_id = "client-1"' in out
    assert "LoadCredential=oauth2-microsoft.token" in out
    assert token_file.read_text().strip() not in out  # the token itself is never printed


def test_auth_command_needs_a_client_id_and_googles_secret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(tmp_path / "config.toml")
    assert main(["--config", config, "auth", "microsoft"]) == 2
    assert "--client-id" in capsys.readouterr().err
    assert main(["--config", config, "auth", "google", "--client-id", "c"]) == 2
    assert "--client-secret" in capsys.readouterr().err


# -- at run time ---------------------------------------------------------------------------------
def _oauth2_config(p: FakeProvider, tmp_path: Path, extra: str = "") -> str:
    lines = (
        f'oauth2 = "microsoft"\noauth2_client_id = "client-1"\noauth2_token_url = "{p.url}/token"\n'
        f'oauth2_refresh_token_file = "{tmp_path / "rt"}"{extra}'
    )
    return _config(lines, lines)


def test_access_tokens_are_cached_shared_and_refreshed_when_they_expire(
    provider: FakeProvider, tmp_path: Path
) -> None:
    store_refresh_token(tmp_path / "rt", provider._issue()["refresh_token"])
    config = parse_config(_oauth2_config(provider, tmp_path), "c.toml")
    imap, smtp = token_getter(config.imap), token_getter(config.smtp)
    assert imap is not None and imap is smtp  # one cache for both servers
    first = imap()
    assert first in provider.access_tokens and imap() == first and smtp() == first
    assert sum(form.get("grant_type") == "refresh_token" for _, form in provider.requests) == 1
    assert provider.requests[-1][1]["scope"].startswith("offline_access")  # Microsoft v2: scopes again
    now = [0.0]
    source = TokenSource(config.imap.oauth2, clock=lambda: now[0])  # type: ignore[arg-type]
    a = source()
    now[0] = 3600 - 30  # within a minute of expiry
    b = source()
    assert a != b and source.refreshes == 2


def test_a_rotated_refresh_token_replaces_the_stored_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeProvider(rotate=True) as p:
        store_refresh_token(tmp_path / "rt", p._issue()["refresh_token"])
        config = parse_config(_oauth2_config(p, tmp_path), "c.toml")
        source = TokenSource(config.imap.oauth2)  # type: ignore[arg-type]
        source()
        stored = (tmp_path / "rt").read_text().strip()
        assert stored in p.refresh_tokens and len(p.refresh_tokens) == 1
        assert stat.S_IMODE((tmp_path / "rt").stat().st_mode) == 0o600

        # read-only (a systemd credential; simulated, as root can write anywhere): the new one is kept in
        # memory and used next time
        def refuse(path: Path, token: str) -> None:
            raise PermissionError(13, "Read-only file system")

        monkeypatch.setattr("mailduns.mail.oauth2.store_refresh_token", refuse)
        source._access = None
        source()
        assert (tmp_path / "rt").read_text().strip() == stored
        assert source._refresh in p.refresh_tokens and source._refresh != stored
        source._access = None
        source()  # works with the in-memory one
        assert source.refreshes == 3


def test_a_revoked_sign_in_says_to_run_auth_again(provider: FakeProvider, tmp_path: Path) -> None:
    store_refresh_token(tmp_path / "rt", provider._issue()["refresh_token"])
    provider.revoke()
    config = parse_config(_oauth2_config(provider, tmp_path), "c.toml")
    with pytest.raises(OAuth2Error, match="mailduns auth microsoft") as err:
        TokenSource(config.imap.oauth2)()  # type: ignore[arg-type]
    assert not err.value.retryable
    (tmp_path / "rt").unlink()
    with pytest.raises(ConfigError, match="run `mailduns auth microsoft` once"):
        TokenSource(config.imap.oauth2)()  # type: ignore[arg-type]


# -- real logins: IMAP XOAUTH2 against Dovecot's oauth2 passdb, SMTP XOAUTH2 through the rig -------
@pytest.fixture
def oauth_rig(provider: FakeProvider) -> Iterator[MailRig]:
    if not dovecot_available():
        pytest.skip("Dovecot is not installed")
    rig = MailRig(users=("alice",), oauth2_introspection_url=f"{provider.url}/introspect")
    rig.smtp_oauth2_check = lambda user, token: user == "alice" and token in provider.access_tokens
    rig.start()
    try:
        yield rig
    finally:
        rig.stop()


def test_dovecot_checks_bearer_tokens_at_the_introspection_endpoint(
    oauth_rig: MailRig, provider: FakeProvider
) -> None:
    token = provider._issue()["access_token"]
    client = IMAPClient("127.0.0.1", port=oauth_rig.imap_port, ssl=False, timeout=10)
    assert b"AUTH=XOAUTH2" in client.capabilities()
    client.oauth2_login("alice", token)
    assert client.folder_exists("Sent")
    client.logout()
    assert ("/introspect", {"token": token}) in provider.requests
    stranger = IMAPClient("127.0.0.1", port=oauth_rig.imap_port, ssl=False, timeout=10)
    with pytest.raises(LoginError):
        stranger.oauth2_login("alice", "ya29.not-issued")
    oauth_rig.imap("alice").logout()  # passwords still work


def test_auth_then_check_logs_in_to_imap_and_smtp_with_xoauth2(
    oauth_rig: MailRig, provider: FakeProvider, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    assert (
        main(
            [
                "--config",
                str(config),
                "auth",
                "microsoft",
                "--client-id",
                "client-1",
                "--device-url",
                f"{provider.url}/device",
                "--token-url",
                f"{provider.url}/token",
            ]
        )
        == 0
    )
    server = (
        f'oauth2 = "microsoft"\noauth2_client_id = "client-1"\noauth2_token_url = "{provider.url}/token"\n'
    )
    text = oauth_rig.config_toml("alice", tmp_path / "state.db")
    text = text.replace('password = "alice-pw"\n', server)
    config.write_text(text)
    loaded = load_config(config)
    assert loaded.imap.oauth2 is not None and loaded.smtp.oauth2 is not None
    capsys.readouterr()
    assert main(["--config", str(config), "check"]) == 0
    out = capsys.readouterr().out
    assert "IMAP 127.0.0.1: logged in" in out and "SMTP 127.0.0.1: logged in" in out
    assert any(path == "/introspect" for path, _ in provider.requests)  # Dovecot asked the provider
    refreshes = [f for _, f in provider.requests if f.get("grant_type") == "refresh_token"]
    assert len(refreshes) == 1  # IMAP and SMTP shared one token
    assert "Login: user=<alice>, method=XOAUTH2" in oauth_rig.log_tail(50)


# -- init ----------------------------------------------------------------------------------------
def _init(path: Path, *argv: str) -> int:
    import argparse

    from mailduns.onboarding.wizard import add_init_arguments, interactive_init

    parser = argparse.ArgumentParser()
    add_init_arguments(parser)
    return interactive_init(path, parser.parse_args(list(argv)))


def test_init_writes_the_builtin_oauth2_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    assert (
        _init(
            path,
            "--non-interactive",
            "--email",
            "anna@gmail.com",
            "--name",
            "Anna",
            "--oauth2",
            "google",
            "--oauth2-client-id",
            "1-a.apps.googleusercontent.com",
            "--oauth2-client-secret",
            "GOCSPX-s",
            "--no-check",
        )
        == 0
    )
    assert main(["--config", str(path), "check", "--offline"]) == 2  # no sign-in stored yet: says so
    store_refresh_token(tmp_path / "oauth2-google.token", "1//rt-stored")
    assert main(["--config", str(path), "check", "--offline"]) == 0
    config = load_config(path)
    for server in (config.imap, config.smtp):
        assert server.oauth2 is not None and server.oauth2.provider == "google"
        assert server.oauth2.refresh_token_file == tmp_path / "oauth2-google.token"
    assert "run `mailduns auth google` once" in capsys.readouterr().err
    with pytest.raises(ConfigError, match="--oauth2-client-secret"):
        _init(
            tmp_path / "c2.toml",
            "--non-interactive",
            "--email",
            "anna@gmail.com",
            "--name",
            "Anna",
            "--oauth2",
            "google",
            "--oauth2-client-id",
            "x",
            "--no-check",
        )


def test_auth_then_init_tests_both_oauth2_logins(
    oauth_rig: MailRig, provider: FakeProvider, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    assert (
        main(
            [
                "--config",
                str(path),
                "auth",
                "microsoft",
                "--client-id",
                "client-1",
                "--device-url",
                f"{provider.url}/device",
                "--token-url",
                f"{provider.url}/token",
            ]
        )
        == 0
    )
    monkeypatch.setenv("MAILDUNS_OAUTH2_TOKEN_URL", f"{provider.url}/token")
    assert (
        _init(
            path,
            "--non-interactive",
            "--email",
            "alice@example.test",
            "--name",
            "Alice",
            "--username",
            "alice",
            "--oauth2",
            "microsoft",
            "--oauth2-client-id",
            "client-1",
            "--imap-host",
            "127.0.0.1",
            "--imap-port",
            str(oauth_rig.imap_port),
            "--imap-security",
            "plain",
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            str(oauth_rig.smtp_port),
            "--smtp-security",
            "plain",
            "--state-path",
            str(tmp_path / "state.db"),
        )
        == 0
    )
    assert load_config(path).imap.sent == "Sent" or load_config(path).imap.sent is None
    assert "method=XOAUTH2" in oauth_rig.log_tail(50)
