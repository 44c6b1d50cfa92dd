"""Built-in OAuth2 for Gmail and Microsoft 365 / Outlook.com: `mailduns auth`, and tokens at run time.

Why: Gmail and Microsoft refuse (or are phasing out) plain passwords for IMAP and SMTP, and want
OAuth2 with SASL XOAUTH2. Until now a freelancer needed an external token helper (oama,
mutt_oauth2.py) and `oauth2_token_command`; that still works, but most people should not have to
write a token command. So:

* `mailduns auth google|microsoft` asks the provider for consent once and stores the refresh token
  it gets, like a password: a file with mode 600 next to the config (or wherever
  `oauth2_refresh_token_file` says; a systemd credential works too, read-only).
  - Microsoft: the device authorization grant (RFC 8628). mailduns prints a short code and a URL,
    the freelancer opens the URL on any device (a phone will do), types the code and consents, while
    mailduns polls the token endpoint (`authorization_pending` → wait, `slow_down` → wait 5 s
    longer, then the tokens).
  - Google: Google's device flow does not allow the Gmail scope (`https://mail.google.com/` is not
    among the scopes its "TV and Limited Input" clients may ask for), so for Google the default is
    the flow for installed apps (RFC 8252): a "Desktop app" client, a browser on
    `http://127.0.0.1:PORT/` as the redirect, PKCE (RFC 7636). On a headless server, forward the
    port over ssh (docs/service.md says how). `--device` forces the device flow for either.
* At run time `token_source(settings)` (called by mail/connect.py) gives a function that returns a
  valid access token: made from
  the refresh token at the first login (RFC 6749 §6), kept in memory until a minute before it
  expires, shared by IMAP and SMTP. When the provider hands out a new refresh token (Microsoft
  rotates them), it replaces the stored one, atomically and again with mode 600; a read-only file
  (a systemd credential) keeps the new one in memory only, and the old one stays valid for months.

HTTP is the standard library's urllib: two POSTs of form data and JSON answers need nothing more.
Every endpoint can be pointed elsewhere (the tests use a local HTTP server): per call, with
`oauth2_token_url` in the config, or with MAILDUNS_OAUTH2_{DEVICE,AUTH,TOKEN}_URL in the environment.

No token, code verifier or client secret ever appears in a message or a log line.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import os
import secrets
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Protocol

from mailduns.core.errors import ConfigError, MaildunsError

__all__ = [
    "Endpoints",
    "OAuth2Error",
    "TokenSource",
    "authorize_device",
    "authorize_loopback",
    "OAuth2Settings",
    "endpoints",
    "read_refresh_token",
    "store_refresh_token",
    "token_source",
]

HTTP_TIMEOUT: Final = 30.0
EXPIRY_MARGIN: Final = 60.0  # renew an access token this many seconds before it expires

SCOPES: Final[Mapping[str, str]] = {
    "google": "https://mail.google.com/",
    "microsoft": "offline_access https://outlook.office.com/IMAP.AccessAsUser.All "
    "https://outlook.office.com/SMTP.Send",
}


class OAuth2Settings(Protocol):
    """`oauth2 = "google"` and its companions as the settings describe them (`OAuth2Config` fits)."""

    @property
    def provider(self) -> str: ...
    @property
    def client_id(self) -> str: ...
    @property
    def client_secret(self) -> str | None: ...
    @property
    def refresh_token_file(self) -> Path: ...
    @property
    def tenant(self) -> str: ...
    @property
    def token_url(self) -> str | None: ...


class OAuth2Error(MaildunsError):
    """The OAuth2 provider refused or could not be reached. `retryable` is False when only the
    freelancer can fix it (consent revoked, refresh token expired, wrong client id)."""

    def __init__(self, message: str, *, retryable: bool = True) -> None:
        self.retryable = retryable
        super().__init__(message)


@dataclass(frozen=True)
class Endpoints:
    device: str  # RFC 8628 device authorization endpoint
    auth: str  # RFC 6749 authorization endpoint (the browser flow)
    token: str  # RFC 6749 token endpoint


def endpoints(provider: str, tenant: str = "common", *, token_url: str | None = None) -> Endpoints:
    """The provider's endpoints; MAILDUNS_OAUTH2_*_URL and `token_url` win over the defaults."""
    if provider == "google":
        default = Endpoints(
            "https://oauth2.googleapis.com/device/code",
            "https://accounts.google.com/o/oauth2/v2/auth",
            "https://oauth2.googleapis.com/token",
        )
    elif provider == "microsoft":
        base = f"https://login.microsoftonline.com/{urllib.parse.quote(tenant, safe='')}/oauth2/v2.0"
        default = Endpoints(f"{base}/devicecode", f"{base}/authorize", f"{base}/token")
    else:
        raise ConfigError(f'unknown OAuth2 provider {provider!r}: use "google" or "microsoft".', key="oauth2")
    env = os.environ
    return Endpoints(
        device=env.get("MAILDUNS_OAUTH2_DEVICE_URL") or default.device,
        auth=env.get("MAILDUNS_OAUTH2_AUTH_URL") or default.auth,
        token=token_url or env.get("MAILDUNS_OAUTH2_TOKEN_URL") or default.token,
    )


# --------------------------------------------------------------------------------------------------
# HTTP
# --------------------------------------------------------------------------------------------------


def _post(url: str, form: Mapping[str, str]) -> tuple[int, dict[str, Any]]:
    """POST a form, return (status, JSON body). OAuth2 errors come as 400 with a JSON body, so an
    HTTP error with JSON is an answer, not a failure; anything else raises OAuth2Error."""
    data = urllib.parse.urlencode(form).encode()
    request = urllib.request.Request(
        url,
        data=data,
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as exc:
        status, body = exc.code, exc.read()
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise OAuth2Error(f"cannot reach the OAuth2 server {_host(url)} ({reason})") from None
    try:
        parsed = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise OAuth2Error(f"the OAuth2 server {_host(url)} answered {status} without JSON") from None
    if not isinstance(parsed, dict):
        raise OAuth2Error(
            f"the OAuth2 server {_host(url)} answered {status} with something that is not an object"
        )
    return status, parsed


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc or url


def _error_text(body: Mapping[str, Any]) -> str:
    code = str(body.get("error", "unknown_error"))
    description = str(body.get("error_description", "")).split("\n", 1)[0][:200]
    return f"{code}: {description}" if description else code


# --------------------------------------------------------------------------------------------------
# Getting consent: the device flow (RFC 8628) and the loopback browser flow (RFC 8252 + PKCE)
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tokens:
    refresh_token: str
    access_token: str
    expires_in: float


def _client_form(client_id: str, client_secret: str | None) -> dict[str, str]:
    form = {"client_id": client_id}
    if client_secret:
        form["client_secret"] = client_secret
    return form


def _tokens(body: Mapping[str, Any], where: str) -> Tokens:
    refresh, access = body.get("refresh_token"), body.get("access_token")
    if not isinstance(refresh, str) or not refresh:
        raise OAuth2Error(
            f"{where} gave no refresh token: the app registration must allow offline access "
            "(Microsoft: the offline_access scope; Google: a Desktop app client)",
            retryable=False,
        )
    if not isinstance(access, str) or not access:
        raise OAuth2Error(f"{where} gave no access token", retryable=False)
    return Tokens(refresh, access, float(body.get("expires_in", 3600) or 3600))


def authorize_device(
    provider: str,
    client_id: str,
    client_secret: str | None = None,
    *,
    tenant: str = "common",
    ends: Endpoints | None = None,
    say: Callable[[str], None] = print,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Tokens:
    """RFC 8628: get a user code, tell the freelancer where to enter it, poll until they consented."""
    ends = ends or endpoints(provider, tenant)
    status, body = _post(ends.device, {**_client_form(client_id, None), "scope": SCOPES[provider]})
    if status != 200 or "device_code" not in body:
        raise OAuth2Error(
            f"the provider refused to start the sign-in ({_error_text(body)}); check the client id "
            "and that the app registration allows this flow (docs/service.md)",
            retryable=False,
        )
    device_code = str(body["device_code"])
    uri = str(body.get("verification_uri") or body.get("verification_url") or "")
    complete = body.get("verification_uri_complete")
    interval = float(body.get("interval", 5) or 5)
    deadline = clock() + float(body.get("expires_in", 900) or 900)
    say(
        f"Open {uri} in a browser (on any device) and enter the code {body.get('user_code', '?')}"
        + (f"\n  (or open {complete} directly)" if complete else "")
        + "\nthen sign in with your mail account and allow mailduns to read and send your mail."
    )
    say("Waiting for you to sign in ...")
    form = {
        **_client_form(client_id, client_secret),
        "device_code": device_code,
        "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
    }
    while True:
        sleep(interval)
        if clock() > deadline:
            raise OAuth2Error(
                "the code expired before the sign-in was finished; run `mailduns auth` again", retryable=False
            )
        status, body = _post(ends.token, form)
        if status == 200:
            return _tokens(body, "the provider")
        error = body.get("error")
        if error == "authorization_pending":
            continue
        if error == "slow_down":  # RFC 8628 §3.5: the interval grows by 5 seconds
            interval += 5
            continue
        if error == "access_denied":
            raise OAuth2Error(
                "the sign-in was refused (access denied); run `mailduns auth` again and allow access",
                retryable=False,
            )
        if error == "expired_token":
            raise OAuth2Error(
                "the code expired before the sign-in was finished; run `mailduns auth` again", retryable=False
            )
        raise OAuth2Error(f"the provider refused the sign-in ({_error_text(body)})", retryable=False)


def authorize_loopback(
    provider: str,
    client_id: str,
    client_secret: str | None = None,
    *,
    tenant: str = "common",
    ends: Endpoints | None = None,
    port: int = 0,
    login_hint: str | None = None,
    say: Callable[[str], None] = print,
    open_url: Callable[[str], object] | None = None,
    timeout: float = 600.0,
) -> Tokens:
    """RFC 8252 for installed apps: a browser signs in and is sent back to a one-shot HTTP server on
    127.0.0.1 with the authorization code, exchanged with the PKCE verifier (RFC 7636)."""
    ends = ends or endpoints(provider, tenant)
    verifier = secrets.token_urlsafe(64)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(24)
    got: dict[str, str] = {}
    done = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
            if "code" not in query and "error" not in query:
                self.send_response(404)
                self.end_headers()
                return
            got.update(query)
            ok = query.get("state") == state and "code" in query
            page = (
                "mailduns is signed in: you can close this page."
                if ok
                else "mailduns could not sign in; look at the terminal."
            )
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write(page.encode())
            done.set()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", port), Handler)
    redirect = f"http://127.0.0.1:{server.server_address[1]}/"
    params = {
        "client_id": client_id,
        "response_type": "code",
        "redirect_uri": redirect,
        "scope": SCOPES[provider],
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    if provider == "google":
        params |= {"access_type": "offline", "prompt": "consent"}  # or Google gives no refresh token
    if login_hint:
        params["login_hint"] = login_hint
    url = f"{ends.auth}?{urllib.parse.urlencode(params)}"
    thread = threading.Thread(target=server.serve_forever, name="oauth2-redirect", daemon=True)
    thread.start()
    try:
        say(
            f"Open this address in a browser on this computer and sign in with your mail account:\n\n  {url}\n"
        )
        say(
            f"(On a server without a browser: from your own computer run `ssh -L {server.server_address[1]}:"
            f"127.0.0.1:{server.server_address[1]} this-server`, then open the address there.)"
        )
        if open_url is not None:
            open_url(url)
        if not done.wait(timeout):
            raise OAuth2Error(
                f"nobody signed in within {timeout / 60:.0f} minutes; run `mailduns auth` again",
                retryable=False,
            )
    finally:
        server.shutdown()
        server.server_close()
    if got.get("state") != state:
        raise OAuth2Error(
            "the browser came back with a wrong state (another sign-in interfered); run `mailduns "
            "auth` again",
            retryable=False,
        )
    if "code" not in got:
        raise OAuth2Error(f"the sign-in was refused ({_error_text(got)})", retryable=False)
    status, body = _post(
        ends.token,
        {
            **_client_form(client_id, client_secret),
            "grant_type": "authorization_code",
            "code": got["code"],
            "redirect_uri": redirect,
            "code_verifier": verifier,
        },
    )
    if status != 200:
        raise OAuth2Error(
            f"the provider refused the authorization code ({_error_text(body)})", retryable=False
        )
    return _tokens(body, "the provider")


# --------------------------------------------------------------------------------------------------
# Storing the refresh token like a password
# --------------------------------------------------------------------------------------------------


def store_refresh_token(path: Path, token: str) -> None:
    """Write the refresh token atomically, mode 600 from the first byte (mkstemp), to `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".oauth2-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(token + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_refresh_token(cfg: OAuth2Settings) -> str:
    path = cfg.refresh_token_file
    try:
        first = path.read_text(encoding="utf-8").split("\n", 1)[0].strip()
    except FileNotFoundError:
        raise ConfigError(
            f"there is no OAuth2 refresh token in {path} yet: run `mailduns auth {cfg.provider}` "
            "once to sign in.",
            key="oauth2_refresh_token_file",
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"cannot read the OAuth2 refresh token file {path} ({exc}).", key="oauth2_refresh_token_file"
        ) from None
    if not first:
        raise ConfigError(
            f"the OAuth2 refresh token file {path} is empty: run `mailduns auth {cfg.provider}` again.",
            key="oauth2_refresh_token_file",
        )
    return first


# --------------------------------------------------------------------------------------------------
# At run time: access tokens from the refresh token, cached in memory
# --------------------------------------------------------------------------------------------------


class TokenSource:
    """A valid access token on each call, refreshed (RFC 6749 §6) when missing or about to expire.
    Thread-safe: IMAP logs in from a worker thread while SMTP sends from the event loop."""

    def __init__(self, cfg: OAuth2Settings, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.cfg = cfg
        self._clock = clock
        self._lock = threading.Lock()
        self._access: str | None = None
        self._expires = 0.0
        self._refresh: str | None = None  # a rotated refresh token that could not be written back
        self.refreshes = 0

    def __call__(self) -> str:
        with self._lock:
            if self._access is not None and self._clock() < self._expires - EXPIRY_MARGIN:
                return self._access
            return self._renew()

    def _renew(self) -> str:
        cfg = self.cfg
        refresh = self._refresh or read_refresh_token(cfg)
        form = {
            **_client_form(cfg.client_id, cfg.client_secret),
            "grant_type": "refresh_token",
            "refresh_token": refresh,
        }
        if cfg.provider == "microsoft":
            form["scope"] = SCOPES["microsoft"]  # v2.0 endpoint: the scopes are asked again
        url = endpoints(cfg.provider, cfg.tenant, token_url=cfg.token_url).token
        status, body = _post(url, form)
        if status != 200:
            error = str(body.get("error", ""))
            if error in ("invalid_grant", "invalid_client", "unauthorized_client", "invalid_scope"):
                raise OAuth2Error(
                    f"{cfg.provider} no longer accepts the stored sign-in ({_error_text(body)}): run "
                    f"`mailduns auth {cfg.provider}` again",
                    retryable=False,
                )
            raise OAuth2Error(f"{cfg.provider}'s token server answered {status} ({_error_text(body)})")
        access = body.get("access_token")
        if not isinstance(access, str) or not access or any(c.isspace() for c in access):
            raise OAuth2Error(f"{cfg.provider}'s token server gave no usable access token")
        self.refreshes += 1
        self._access = access
        self._expires = self._clock() + float(body.get("expires_in", 3600) or 3600)
        rotated = body.get("refresh_token")
        if isinstance(rotated, str) and rotated and rotated != refresh:
            try:
                store_refresh_token(cfg.refresh_token_file, rotated)
                self._refresh = None
            except OSError:
                self._refresh = rotated  # read-only (a systemd credential): keep it for this run
        return access


_SOURCES: dict[tuple[str, str, str, str], TokenSource] = {}
_SOURCES_LOCK = threading.Lock()


def _source(cfg: OAuth2Settings) -> TokenSource:
    """One TokenSource per account: IMAP and SMTP share the cached access token."""
    key = (cfg.provider, cfg.client_id, str(cfg.refresh_token_file), cfg.token_url or "")
    with _SOURCES_LOCK:
        source = _SOURCES.get(key)
        if source is None or _settings(source.cfg) != _settings(cfg):
            source = _SOURCES[key] = TokenSource(cfg)
        return source


def _settings(cfg: OAuth2Settings) -> tuple[str, str, str | None, Path, str, str | None]:
    return (cfg.provider, cfg.client_id, cfg.client_secret, cfg.refresh_token_file, cfg.tenant, cfg.token_url)


def token_source(cfg: OAuth2Settings) -> Callable[[], str]:
    """What `Mailbox`/`Sender` call for an XOAUTH2 access token at each login (mail/connect.py)."""
    return _source(cfg)
