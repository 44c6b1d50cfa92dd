"""A local stand-in for an OAuth2 provider (Google's or Microsoft's endpoints), for the tests.

`http.server` in a thread on 127.0.0.1, imitating just what mailduns and Dovecot talk to:

* POST /device — RFC 8628 §3.1-3.2 device authorization: `device_code`, `user_code`,
  `verification_uri` (Microsoft's name; `verification_url` with `google_style=True`),
  `expires_in`, `interval`.
* POST /token with grant_type=urn:ietf:params:oauth:grant-type:device_code — RFC 8628 §3.4-3.5:
  answers 400 `authorization_pending` while the user has not consented (`pending` polls), then
  400 `slow_down` once if `slow_down` is set, then 200 with access and refresh tokens;
  `access_denied` / `expired_token` on demand.
* POST /token with grant_type=authorization_code — RFC 6749 §4.1.3 with PKCE (RFC 7636): checks
  the code, the redirect_uri and that SHA-256(code_verifier) is the challenge of /authorize.
* GET /authorize — RFC 6749 §4.1.1: remembers the PKCE challenge and answers 302 to the
  redirect_uri with a code and the state (what the provider does after the user consented).
* POST /token with grant_type=refresh_token — RFC 6749 §6: a new access token (expires_in
  `access_lifetime`), optionally a rotated refresh token (`rotate`, as Microsoft does);
  400 `invalid_grant` for an unknown or revoked refresh token.
* POST /introspect — RFC 7662 token introspection, what Dovecot's oauth2 passdb asks with
  `introspection_mode = post`: {"active": true, "username": ...} for an access token it issued
  and that has not expired, {"active": false} otherwise.

Everything it saw is kept in `requests` (path, form) for the assertions.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FakeProvider:
    def __init__(
        self,
        *,
        username: str = "alice",
        client_id: str = "client-1",
        client_secret: str | None = None,
        pending: int = 1,
        slow_down: bool = False,
        deny: str | None = None,
        access_lifetime: int = 3600,
        rotate: bool = False,
        google_style: bool = False,
    ) -> None:
        self.username = username
        self.client_id = client_id
        self.client_secret = client_secret
        self.pending = pending
        self.slow_down = slow_down
        self.deny = deny
        self.access_lifetime = access_lifetime
        self.rotate = rotate
        self.google_style = google_style
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.refresh_tokens: set[str] = set()
        self.access_tokens: dict[str, float] = {}  # token -> expiry (time.time)
        self.device_code = "dev-" + secrets.token_hex(8)
        self.codes: dict[str, tuple[str, str]] = {}  # code -> (challenge, redirect_uri)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FakeProvider:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- what it hands out -------------------------------------------------------------------
    def _issue(self, refresh: str | None = None) -> dict[str, Any]:
        access = "ya29." + secrets.token_urlsafe(16)
        self.access_tokens[access] = time.time() + self.access_lifetime
        body: dict[str, Any] = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": self.access_lifetime,
        }
        if refresh is None or self.rotate:
            if refresh is not None:
                self.refresh_tokens.discard(refresh)
            refresh = "1//rt-" + secrets.token_urlsafe(16)
            self.refresh_tokens.add(refresh)
            body["refresh_token"] = refresh
        return body

    def revoke(self) -> None:
        self.refresh_tokens.clear()

    def _client_ok(self, form: dict[str, str]) -> bool:
        if form.get("client_id") != self.client_id:
            return False
        return self.client_secret is None or form.get("client_secret") == self.client_secret

    def handle(
        self, method: str, path: str, form: dict[str, str]
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        with self._lock:
            self.requests.append((path, form))
            if method == "GET" and path == "/authorize":
                code = "code-" + secrets.token_hex(6)
                self.codes[code] = (form.get("code_challenge", ""), form.get("redirect_uri", ""))
                target = (
                    form["redirect_uri"]
                    + "?"
                    + urllib.parse.urlencode({"code": code, "state": form["state"]})
                )
                return 302, {}, {"Location": target}
            if path == "/device":
                if form.get("client_id") != self.client_id:
                    return 400, {"error": "invalid_client"}, {}
                key = "verification_url" if self.google_style else "verification_uri"
                return (
                    200,
                    {
                        "device_code": self.device_code,
                        "user_code": "WDJB-MJHT",
                        key: f"{self.url}/device-page",
                        "expires_in": 900,
                        "interval": 1,
                    },
                    {},
                )
            if path == "/introspect":
                expiry = self.access_tokens.get(form.get("token", ""))
                if expiry is None or expiry < time.time():
                    return 200, {"active": False}, {}
                return 200, {"active": True, "username": self.username, "scope": "mail"}, {}
            if path != "/token":
                return 404, {"error": "not_found"}, {}
            if not self._client_ok(form):
                return 401, {"error": "invalid_client"}, {}
            grant = form.get("grant_type")
            if grant == "urn:ietf:params:oauth:grant-type:device_code":
                if form.get("device_code") != self.device_code:
                    return 400, {"error": "invalid_grant"}, {}
                if self.deny:
                    return 400, {"error": self.deny}, {}
                if self.pending > 0:
                    self.pending -= 1
                    return 400, {"error": "authorization_pending"}, {}
                if self.slow_down:
                    self.slow_down = False
                    return 400, {"error": "slow_down"}, {}
                return 200, self._issue(), {}
            if grant == "authorization_code":
                challenge, redirect = self.codes.pop(form.get("code", ""), ("", ""))
                verifier = form.get("code_verifier", "")
                computed = (
                    base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
                )
                if not challenge or computed != challenge or redirect != form.get("redirect_uri"):
                    return 400, {"error": "invalid_grant"}, {}
                return 200, self._issue(), {}
            if grant == "refresh_token":
                refresh = form.get("refresh_token", "")
                if refresh not in self.refresh_tokens:
                    return (
                        400,
                        {"error": "invalid_grant", "error_description": "Token has been expired or revoked."},
                        {},
                    )
                return 200, self._issue(refresh), {}
            return 400, {"error": "unsupported_grant_type"}, {}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, method: str, form: dict[str, str]) -> None:
                path = urllib.parse.urlsplit(self.path).path
                status, body, headers = provider.handle(method, path, form)
                data = json.dumps(body).encode()
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                self._answer("POST", dict(urllib.parse.parse_qsl(raw)))

            def do_GET(self) -> None:
                self._answer("GET", dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query)))

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler
