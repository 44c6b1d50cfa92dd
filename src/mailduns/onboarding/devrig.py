"""A throw-away local mail server (Dovecot IMAP/LMTP + an aiosmtpd SMTP front) for tests and the demo.

Why it lives in the package: the README demo and the test-suite must run against the same real
servers, and a freelancer can use `mailduns demo` to see the daemon work before pointing it at their
real mailbox. Adapted from the team's proven mailrig recipe: free loopback ports, Dovecot started as
an unprivileged user (imap-login refuses root), readiness = the IMAP greeting, stop by master pid.
"""

from __future__ import annotations

import asyncio
import grp
import logging
import os
import pwd
import shutil
import signal
import smtplib
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

DOVECOT = "/usr/sbin/dovecot"
# aiosmtpd warns about its own deprecated attribute on every AUTH; it is noise in tests and the demo.
logging.getLogger("mail.log").setLevel(logging.ERROR)

# How each profile lays out the mailbox, like the real providers do (see MailRig's docstring).
PROFILES: dict[str, dict[str, Any]] = {
    # Dovecot as shipped by most distributions: RFC 6154 special-use, CONDSTORE, IDLE, keywords.
    "dovecot": {
        "separator": "/",
        "prefix": "",
        "special_use": True,
        "folders": {"Sent": "\\Sent", "Drafts": "\\Drafts", "Trash": "\\Trash", "Archive": "\\Archive"},
    },
    # Courier-IMAP / cPanel: every folder under "INBOX." with "." as separator, no SPECIAL-USE, no CONDSTORE.
    "courier": {
        "separator": ".",
        "prefix": "INBOX.",
        "special_use": False,
        "folders": {"Sent": "", "Drafts": "", "Trash": ""},
        "capability": "IMAP4rev1 LITERAL+ SASL-IR ID ENABLE IDLE NAMESPACE UIDPLUS CHILDREN UNSELECT",
    },
    # An Italian host (Aruba, Libero, Register.it) as set up by an Italian mail client: localized names,
    # no special-use flags.
    "italian": {
        "separator": "/",
        "prefix": "",
        "special_use": False,
        "folders": {"Posta inviata": "", "Bozze": "", "Cestino": ""},
    },
    # Microsoft 365 / Outlook.com / Exchange: "Sent Items", no CONDSTORE (and, through tests' IMAP proxy,
    # BAD to HIGHESTMODSEQ and no custom keywords).
    "exchange": {
        "separator": "/",
        "prefix": "",
        "special_use": False,
        "folders": {"Sent Items": "", "Drafts": "", "Deleted Items": "", "Junk Email": ""},
        "capability": "IMAP4 IMAP4rev1 SASL-IR UIDPLUS MOVE ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+",
    },
    # Gmail: "[Gmail]/…" folders with special-use (X-GM-EXT-1 and the sent copy come from the tests' proxy
    # and from `smtp_files_sent`).
    "gmail": {
        "separator": "/",
        "prefix": "",
        "special_use": True,
        "folders": {
            "[Gmail]/Sent Mail": "\\Sent",
            "[Gmail]/Drafts": "\\Drafts",
            "[Gmail]/Trash": "\\Trash",
            "[Gmail]/All Mail": "\\All",
        },
    },
}


def _namespace(profile: dict[str, Any]) -> str:
    lines = ["namespace inbox {", "  inbox = yes", f"  separator = {profile['separator']}"]
    if profile["prefix"]:
        lines.append(f"  prefix = {profile['prefix']}")
    for name, use in profile["folders"].items():
        lines.append(f'  mailbox "{name}" {{')
        if use and profile["special_use"]:
            lines.append(f"    special_use = {use}")
        lines += ["    auto = subscribe", "  }"]
    lines.append("}")
    if profile.get("capability"):
        lines.append(f"imap_capability = {profile['capability']}")
    return "\n".join(lines).replace("{", "{{").replace("}", "}}") + "\n"


_CONF = """\
protocols = imap lmtp
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
instance_name = mailduns-rig-{tag}
log_path = {root}/log/dovecot.log
info_log_path = {root}/log/dovecot.log
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
mail_uid = {user}
mail_gid = {group}
first_valid_uid = 0
first_valid_gid = 0
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
  # high-performance mode: no process spawned per connection, so a loaded test machine never
  # drops a login before the greeting
  service_count = 0
  process_min_avail = 1
  client_limit = 1000
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {lmtp_port}
  }}
  unix_listener lmtp {{
    mode = 0666
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
ssl = no
auth_mechanisms = plain login
auth_username_format = %Ln
disable_plaintext_auth = no
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/etc/users
}}
userdb {{
  driver = static
  args = home={root}/mail/%u
}}
mail_location = maildir:~/Maildir
mail_fsync = never
{namespace}imap_idle_notify_interval = 2 mins
# Tests and the crash harness open many short connections (and kill some): no per-user cap.
mail_max_userip_connections = 1000
mailbox_idle_check_interval = 1 secs
lmtp_save_to_detail_mailbox = no
recipient_delimiter = +
protocol lmtp {{
  postmaster_address = postmaster@example.test
}}
"""


# Added to the configuration when the rig is asked to accept OAuth2 (XOAUTH2 / OAUTHBEARER): Dovecot's
# oauth2 passdb asks an RFC 7662 introspection endpoint whether a bearer token is active and whose it is.
_OAUTH2_CONF = """
auth_mechanisms = plain login xoauth2 oauthbearer
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/etc/dovecot-oauth2.conf.ext
}}
"""
_OAUTH2_EXT = """\
introspection_mode = post
introspection_url = {url}
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
"""


def free_port() -> int:
    return free_ports(1)[0]


def free_ports(n: int) -> list[int]:
    """`n` distinct free loopback ports.  All are held open until every one is chosen: asked one after
    another, the kernel may hand the same just-released port out twice, and Dovecot then refuses to start
    ("duplicate listener") — a flaky test, seen once in CI."""
    sockets = [socket.socket() for _ in range(n)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [int(s.getsockname()[1]) for s in sockets]
    finally:
        for s in sockets:
            s.close()


def dovecot_available() -> bool:
    return Path(DOVECOT).exists()


class _LmtpDelivery:
    """Delivers each accepted recipient into Dovecot over LMTP, one transaction per recipient
    (smtplib.LMTP reads a single reply after DATA, LMTP sends one per recipient)."""

    def __init__(self, rig: MailRig) -> None:
        self.rig = rig

    def _file_sent_copy(self, user: str, raw: bytes) -> None:
        """What Gmail and Microsoft 365 do with mail sent through their SMTP: a copy lands in Sent."""
        delay = self.rig.smtp_files_sent or 0.0

        def file() -> None:
            time.sleep(delay)
            try:
                self.rig.append(user, self.rig.sent_folder, raw)
            except Exception:  # noqa: BLE001,S110 - the rig may be stopping; a lost copy is what the test sees
                pass

        threading.Thread(target=file, daemon=True).start()

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        refused = self.rig.smtp_rcpt_reject.get(address.lower())
        if refused:
            return f"{refused[0]} {refused[1]}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.rig.smtp_delay:
            await asyncio.sleep(self.rig.smtp_delay)
        if self.rig.smtp_reject_code:
            code, text = self.rig.smtp_reject_code
            return f"{code} {text}"

        def deliver() -> dict[str, Any]:
            failed: dict[str, Any] = {}
            for rcpt in envelope.rcpt_tos:
                try:
                    with smtplib.LMTP("127.0.0.1", self.rig.lmtp_port) as lmtp:
                        lmtp.sendmail(envelope.mail_from, [rcpt], envelope.original_content)
                except smtplib.SMTPRecipientsRefused as exc:
                    failed[rcpt] = exc.recipients[rcpt]
            return failed

        failed = await asyncio.to_thread(deliver)
        if self.rig.smtp_files_sent is not None and session.auth_data:
            self._file_sent_copy(
                str(session.auth_data).split("@")[0].lower(), bytes(envelope.original_content)
            )
        self.rig.smtp_log.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        if self.rig.smtp_drop_after_data:
            server.transport.abort()  # delivered, but the client never hears the 250
        if failed and len(failed) == len(envelope.rcpt_tos):
            code, msg = next(iter(failed.values()))
            return f"{code} {msg.decode(errors='replace')}"
        return "250 OK delivered"


class _OAuth2LmtpDelivery(_LmtpDelivery):
    """The SMTP front of a rig that accepts OAuth2: also SMTP AUTH XOAUTH2."""

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        """SMTP AUTH XOAUTH2 (aiosmtpd calls `auth_<MECHANISM>` of the handler): the initial response
        "user=U^Aauth=Bearer T^A^A", approved by `smtp_oauth2_check(U, T)` when the rig has one."""
        import base64
        import binascii

        blob = args[1] if len(args) > 1 else ""
        try:
            fields = dict(
                part.split("=", 1) for part in base64.b64decode(blob).decode().split("\x01") if "=" in part
            )
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return AuthResult(success=False, handled=False)
        user, auth = fields.get("user", ""), fields.get("auth", "")
        check = self.rig.smtp_oauth2_check
        ok = check is not None and auth.startswith("Bearer ") and bool(check(user, auth[len("Bearer ") :]))
        return AuthResult(success=ok, handled=False, auth_data=user if ok else None)


class MailRig:
    """Dovecot + SMTP on free loopback ports under a private directory; users get password "<user>-pw".

    Addresses are user@example.test (any domain works: Dovecot keeps the local part)."""

    def __init__(
        self,
        users: tuple[str, ...] = ("alice", "bob", "carol"),
        root: Path | None = None,
        profile: str = "dovecot",
        *,
        oauth2_introspection_url: str | None = None,
    ) -> None:
        self.users = users
        self.profile = profile
        # Like Gmail (0 s) or a provider that files it seconds later: after delivering, the SMTP
        # server appends the sent message to the sender's Sent folder this many seconds later.
        self.smtp_files_sent: float | None = None
        # When set, IMAP also accepts XOAUTH2/OAUTHBEARER, checking each bearer token at this RFC 7662
        # introspection URL (Dovecot's oauth2 passdb), and SMTP accepts XOAUTH2 tokens that
        # `smtp_oauth2_check(user, token)` approves.
        self.oauth2_introspection_url = oauth2_introspection_url
        self.smtp_oauth2_check: Any = None
        self._own_root = root is None
        self.root = root or Path(tempfile.mkdtemp(prefix="mailduns-rig-"))
        self.imap_port, self.lmtp_port, self.smtp_port = free_ports(3)
        self._controller: Controller | None = None
        self.smtp_log: list[tuple[str, list[str], bytes]] = []
        # Fault knobs for tests: a reply to DATA, refused recipients, a connection dropped after the
        # message was delivered, a slow server.
        self.smtp_reject_code: tuple[int, str] | None = None
        self.smtp_rcpt_reject: dict[str, tuple[int, str]] = {}
        self.smtp_drop_after_data = False
        self.smtp_delay = 0.0

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> Self:
        if not dovecot_available():
            raise RuntimeError("Dovecot is not installed (apt-get install dovecot-imapd dovecot-lmtpd)")
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o755)
        # Dovecot runs as nobody: it must be able to walk down to the rig from the temp root.
        tmp_root = Path(tempfile.gettempdir()).resolve()
        for parent in self.root.resolve().parents:
            if parent == tmp_root or tmp_root not in parent.parents:
                break
            mode = parent.stat().st_mode
            if not mode & 0o001:
                os.chmod(parent, mode | 0o001)
        for sub in ("etc", "run", "state", "log", "mail"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            user = "nobody"
            group = grp.getgrgid(pwd.getpwnam(user).pw_gid).gr_name
        else:
            user = pwd.getpwuid(os.geteuid()).pw_name
            group = grp.getgrgid(os.getegid()).gr_name
        self._run_as = (user, group)
        (self.root / "etc" / "users").write_text("".join(f"{u}:{{PLAIN}}{u}-pw::::::\n" for u in self.users))
        (self.root / "etc" / "dovecot.conf").write_text(
            _CONF.format(
                root=self.root,
                user=user,
                group=group,
                imap_port=self.imap_port,
                lmtp_port=self.lmtp_port,
                tag=self.root.name,
                namespace=_namespace(PROFILES[self.profile]).replace("{{", "{").replace("}}", "}"),
            )
        )
        if self.oauth2_introspection_url:
            with open(self.root / "etc" / "dovecot.conf", "a") as conf:
                conf.write(_OAUTH2_CONF.format(root=self.root))
            (self.root / "etc" / "dovecot-oauth2.conf.ext").write_text(
                _OAUTH2_EXT.format(url=self.oauth2_introspection_url)
            )
        if os.geteuid() == 0:
            for sub in ("run", "state", "log", "mail"):
                subprocess.run(["chown", "-R", f"{user}:{group}", str(self.root / sub)], check=True)
        self.start_dovecot()
        handler = _OAuth2LmtpDelivery(self) if self.oauth2_introspection_url else _LmtpDelivery(self)
        self._controller = Controller(
            handler,
            hostname="127.0.0.1",
            port=self.smtp_port,
            authenticator=self._authenticate,
            auth_require_tls=False,
        )
        self._controller.start()
        return self

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            user, pw = auth_data.login.decode(), auth_data.password.decode()
            if user.split("@")[0].lower() in self.users and pw == f"{user.split('@')[0].lower()}-pw":
                return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)

    def _dovecot_cmd(self) -> list[str]:
        cmd = [DOVECOT, "-c", str(self.root / "etc" / "dovecot.conf")]
        if os.geteuid() == 0:
            user, group = self._run_as
            cmd = ["setpriv", f"--reuid={user}", f"--regid={group}", "--clear-groups", *cmd]
        return cmd

    def start_dovecot(self) -> None:
        # Dovecot daemonizes and its child keeps our stdio: never capture into a pipe (it never closes).
        with open(self.root / "log" / "start.log", "ab") as out:
            proc = subprocess.run(
                self._dovecot_cmd(), stdin=subprocess.DEVNULL, stdout=out, stderr=out, check=False
            )
        if proc.returncode != 0:
            raise RuntimeError(f"dovecot failed to start (exit {proc.returncode})\n{self.log_tail()}")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.imap_port), timeout=2) as s:
                    s.settimeout(2)
                    if s.recv(64).startswith(b"* OK"):
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not greet on port {self.imap_port}\n{self.log_tail()}")

    def _master_pid(self) -> int | None:
        pidf = self.root / "run" / "master.pid"
        try:
            return int(pidf.read_text().strip())
        except (OSError, ValueError):
            return None

    def stop_dovecot(self) -> None:
        pid = self._master_pid()
        if pid is None:
            return
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().split()[2]
            except OSError:
                return
            if state == "Z":
                return
            time.sleep(0.05)
        os.kill(pid, signal.SIGKILL)

    def restart_dovecot(self) -> None:
        self.stop_dovecot()
        self.start_dovecot()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
        self.stop_dovecot()
        if self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join((self.root / "log" / "dovecot.log").read_text().splitlines()[-lines:])
        except OSError:
            return ""

    # -- helpers for tests and the demo ----------------------------------------------------
    @property
    def sent_folder(self) -> str:
        """The full name of this profile's Sent folder ("INBOX.Sent" on Courier)."""
        profile = PROFILES[self.profile]
        return str(profile["prefix"]) + str(next(iter(profile["folders"])))

    def folder(self, name: str) -> str:
        """A folder's full name in this profile (with the namespace prefix)."""
        return str(PROFILES[self.profile]["prefix"]) + name

    def _saves_sent_line(self) -> str:
        return "server_saves_sent = false\n" if self.smtp_files_sent is None else ""

    @staticmethod
    def address(user: str) -> str:
        return f"{user}@example.test"

    def imap(self, user: str) -> IMAPClient:
        # A loaded machine (two cores, several rigs) can make Dovecot's auth answer "[UNAVAILABLE]
        # Temporary authentication failure": like a mail client, try again.
        for attempt in range(20):
            client = IMAPClient("127.0.0.1", port=self.imap_port, ssl=False, timeout=10)
            try:
                client.login(user, f"{user}-pw")
                return client
            except LoginError as exc:
                client.shutdown()
                if "UNAVAILABLE" not in str(exc) or attempt == 19:
                    raise
                time.sleep(0.2 * (attempt + 1))
        raise AssertionError("unreachable")

    def append(
        self, user: str, folder: str, raw: bytes, flags: tuple[bytes, ...] = (b"\\Seen",), when: Any = None
    ) -> None:
        client = self.imap(user)
        try:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            client.append(folder, raw, flags=flags, msg_time=when)
        finally:
            client.logout()

    def fetch_all(self, user: str, folder: str) -> list[bytes]:
        client = self.imap(user)
        try:
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            data = client.fetch(uids, [b"BODY.PEEK[]"]) if uids else {}
            return [data[u][b"BODY[]"] for u in sorted(data)]
        finally:
            client.logout()

    def deliver(self, raw: bytes, to: str) -> None:
        """Put a message in someone's INBOX the way a real server would (via LMTP)."""
        with smtplib.LMTP("127.0.0.1", self.lmtp_port) as lmtp:
            lmtp.sendmail("sender@example.test", [to], raw)

    def config_toml(
        self,
        user: str,
        state_path: Path,
        *,
        since: str | None = None,
        extra: str = "",
        name: str = "Alessandra Rossi",
        language: str = "it",
    ) -> str:
        """A mailduns config pointing at this rig for `user` (plain IMAP/SMTP on loopback)."""
        since_line = f'since = "{since}"\n' if since else ""
        return (
            f'[owner]\nname = "{name}"\nemail = "{self.address(user)}"\nlanguage = "{language}"\n'
            f'timezone = "Europe/Rome"\n\n'
            f'[imap]\nhost = "127.0.0.1"\nport = {self.imap_port}\nsecurity = "plain"\n'
            f'username = "{user}"\npassword = "{user}-pw"\n\n'
            f'[smtp]\nhost = "127.0.0.1"\nport = {self.smtp_port}\nsecurity = "plain"\n'
            f'username = "{user}"\npassword = "{user}-pw"\n{self._saves_sent_line()}\n'
            f'[state]\npath = "{state_path}"\n\n'
            f"[invoices]\nterms_days = 30\n{since_line}\n"
            f"{extra}"
        )
