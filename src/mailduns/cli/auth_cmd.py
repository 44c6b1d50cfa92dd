"""`mailduns auth google|microsoft`: sign in once with OAuth2 and store the refresh token like a password.

The client id (and, for Google, the client secret) come from the app the freelancer registered
(docs/service.md, step by step), given as flags or read from a config that already says
`oauth2 = "google"`. The refresh token is written with mode 600 next to the config (or where
`--token-file` / `oauth2_refresh_token_file` says), and the lines to put in the config are printed,
with how to hand the file to a system service as a systemd credential instead.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mailduns.core.errors import ConfigError
from mailduns.settings.config import OAUTH2_PROVIDERS, OAuth2Config, default_config_path, load_config
from mailduns.mail.oauth2 import (
    Endpoints,
    authorize_device,
    authorize_loopback,
    endpoints,
    store_refresh_token,
)

__all__ = ["cmd_auth", "register"]


def register(sub: Any) -> None:
    """Add `auth` to the subcommands of `mailduns`."""
    a = sub.add_parser(
        "auth",
        help="sign in with OAuth2 (Gmail, Microsoft 365 / Outlook.com) and store the "
        "refresh token, instead of a password",
    )
    a.add_argument("provider", choices=list(OAUTH2_PROVIDERS), help="who hosts your mail")
    a.add_argument(
        "--client-id",
        help="the client (application) id of the app you registered (default: from "
        "the config's oauth2_client_id)",
    )
    a.add_argument("--client-secret", help="Google: the client secret shown next to the client id")
    a.add_argument(
        "--tenant",
        help='Microsoft: "common" (default), "consumers" (personal accounts only), '
        '"organizations", or your tenant id or domain',
    )
    a.add_argument(
        "--token-file",
        help="where to store the refresh token (default: oauth2-PROVIDER.token next to the config)",
    )
    a.add_argument("--email", help="your address, suggested to the sign-in page (browser flow)")
    flow = a.add_mutually_exclusive_group()
    flow.add_argument(
        "--device",
        action="store_true",
        help="sign in with a code on any device (the default for "
        "Microsoft; Google allows it only for some clients)",
    )
    flow.add_argument(
        "--browser",
        action="store_true",
        help="sign in in a browser that comes back to this computer (the default for Google)",
    )
    a.add_argument(
        "--port",
        type=int,
        default=0,
        help="browser flow: the local port the browser returns to "
        "(default: any free one; fix it to forward it over ssh)",
    )
    a.add_argument(
        "--open", action="store_true", help="browser flow: open the address in this computer's browser"
    )
    for name in ("device", "auth", "token"):
        a.add_argument(f"--{name}-url", help=argparse.SUPPRESS)  # tests, national clouds
    a.set_defaults(func=cmd_auth)


def _from_config(args: argparse.Namespace) -> tuple[OAuth2Config | None, Path]:
    """The OAuth2 settings of the config, when it exists and uses this provider; and its path."""
    path = Path(args.config).expanduser() if getattr(args, "config", None) else default_config_path()
    if not path.is_file():
        return None, path
    try:
        config = load_config(path)
    except ConfigError:
        return None, path  # a config being written: the flags say everything
    for server in (config.imap, config.smtp):
        if server.oauth2 is not None and server.oauth2.provider == args.provider:
            return server.oauth2, path
    return None, path


def cmd_auth(args: argparse.Namespace) -> int:
    provider: str = args.provider
    known, config_path = _from_config(args)
    client_id = args.client_id or (known.client_id if known else None)
    if not client_id:
        raise ConfigError(
            f"give the client id of the app you registered: mailduns auth {provider} --client-id ... "
            "(docs/service.md shows how to register one in a few minutes).",
            key="--client-id",
        )
    secret = args.client_secret or (known.client_secret if known else None)
    if provider == "google" and not secret:
        raise ConfigError(
            "Google also wants the client secret of your OAuth client: add --client-secret "
            "(shown in the Google Cloud console next to the client id).",
            key="--client-secret",
        )
    tenant = args.tenant or (known.tenant if known else "common")
    if provider != "microsoft" and args.tenant:
        raise ConfigError("--tenant is a Microsoft setting.", key="--tenant")
    if args.token_file:
        token_file = Path(args.token_file).expanduser().absolute()
    elif known is not None:
        token_file = known.refresh_token_file
    else:
        token_file = config_path.parent / f"oauth2-{provider}.token"
    base = endpoints(provider, tenant, token_url=known.token_url if known else None)
    ends = Endpoints(
        device=args.device_url or base.device,
        auth=args.auth_url or base.auth,
        token=args.token_url or base.token,
    )

    def say(text: str) -> None:
        print(text, flush=True)

    use_device = args.device or (provider == "microsoft" and not args.browser)
    if use_device:
        tokens = authorize_device(provider, client_id, secret, tenant=tenant, ends=ends, say=say)
    else:
        opener = None
        if args.open:
            import webbrowser

            opener = webbrowser.open
        tokens = authorize_loopback(
            provider,
            client_id,
            secret,
            tenant=tenant,
            ends=ends,
            port=args.port,
            login_hint=args.email,
            say=say,
            open_url=opener,
        )
    store_refresh_token(token_file, tokens.refresh_token)
    say(f"\nSigned in. The refresh token is in {token_file} (readable only by you); keep it like a password.")
    _print_config(provider, client_id, secret, tenant, token_file, config_path, already=known is not None)
    return 0


def _print_config(
    provider: str,
    client_id: str,
    secret: str | None,
    tenant: str,
    token_file: Path,
    config_path: Path,
    *,
    already: bool,
) -> None:
    if already:
        print(f"{config_path} already logs in with it: `mailduns check` tests both logins now.")
        return
    lines = [f'oauth2 = "{provider}"', f'oauth2_client_id = "{client_id}"']
    if secret:
        lines.append(f'oauth2_client_secret = "{secret}"')
    if provider == "microsoft" and tenant != "common":
        lines.append(f'oauth2_tenant = "{tenant}"')
    default = config_path.parent / f"oauth2-{provider}.token"
    if token_file != default:
        lines.append(f'oauth2_refresh_token_file = "{token_file}"')
    block = "\n".join(lines)
    print(
        f"\nIn {config_path}, replace the password line (password, password_command, ...) of both [imap] and "
        f"[smtp] with:\n\n{block}\n"
    )
    print(
        "As a system service, hand the token over as a systemd credential instead of a file in /etc:\n"
        f"  install -m 600 {token_file} /etc/mailduns/oauth2-{provider}.token\n"
        f"  # in the unit:   LoadCredential=oauth2-{provider}.token:/etc/mailduns/oauth2-{provider}.token\n"
        f'  # in the config: oauth2_refresh_token_file = "/run/credentials/mailduns.service/oauth2-{provider}.token"'
        + (
            "\n  (Microsoft renews refresh tokens; a credential is read-only, so the renewed one lives in memory "
            "until the next restart and the stored one stays valid for about 90 days of use.)"
            if provider == "microsoft"
            else ""
        )
    )
