"""The IMAP adapter: the one place that talks to the mail server for reading (imapclient, blocking).

The daemon calls it through `asyncio.to_thread`. Every server or network failure becomes a
`MailboxError` so the caller can retry the whole cycle; reading is incremental (UIDVALIDITY + the
last UID seen per folder), so a retry never re-reads a folder from the start.

Why this file is long: it is the whole IMAP adapter (connect, folders, sync, flags, drafts, parts, IDLE),
kept in one place on purpose so that no other module talks to the server.
"""

from __future__ import annotations

import socket
import ssl
import time as _time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.header import decode_header, make_header
from typing import Any
from urllib.parse import unquote

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from tenacity import retry, retry_if_exception, stop_after_attempt, wait_exponential

from mailduns.core.errors import MailboxError
from mailduns.mail.folders import Listed, paid_path, resolve

NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    socket.timeout,
    ssl.SSLError,
    IMAPClientError,
    EOFError,
)
FETCH_BATCH = 100
IDLE_MAX_SECONDS = 25 * 60  # RFC 2177: re-issue IDLE before a server's 30-minute timeout


@dataclass(frozen=True)
class FolderNames:
    inbox: str
    sent: str
    paid: str | None  # None while the folder does not exist
    drafts: str | None = None
    paid_to_create: str = "Paid"  # the full name the owner should create (with the namespace prefix)


@dataclass(frozen=True)
class ServerFeatures:
    """What this server can do, as learned at login and from the Sent folder's SELECT.

    Microsoft 365/Outlook.com, Yahoo and Courier have no CONDSTORE and answer BAD to a STATUS that asks
    for HIGHESTMODSEQ; Exchange and some hosting servers refuse custom keywords ($Paid, $Hold); Gmail
    files a copy of what is sent by SMTP in Sent itself (X-GM-EXT-1)."""

    condstore: bool = False
    idle: bool = False
    keywords: bool = True  # PERMANENTFLAGS has \\* (or was not announced: assume yes)
    gmail: bool = False
    namespace_prefix: str = ""
    separator: str | None = "/"

    def to_json(self) -> dict[str, object]:
        return {
            "condstore": self.condstore,
            "idle": self.idle,
            "keywords": self.keywords,
            "gmail": self.gmail,
            "namespace_prefix": self.namespace_prefix,
            "separator": self.separator,
        }


@dataclass(frozen=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int
    highest_modseq: int | None
    messages: int | None = None


@dataclass(frozen=True)
class Described:
    """A message described without its body: what a look at the Drafts folder needs."""

    uid: int
    message_id: str | None
    subject: str
    date: datetime | None
    internaldate: datetime | None
    attachments: tuple[str, ...]
    mailduns: str  # our X-Mailduns header ("" for a message we did not write)


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Fetched:
    uid: int
    flags: tuple[str, ...]
    raw: bytes
    internaldate: datetime | None


def _decode_header(value: bytes | str) -> str:
    raw = _s(value)
    try:
        return str(make_header(decode_header(raw)))
    except (ValueError, LookupError, UnicodeError):
        return raw


def _param_value(key: bytes, value: bytes | str) -> str:
    """A BODYSTRUCTURE parameter as the file name a person sees: RFC 2231 "name*" values
    (UTF-8''Fattura%20n.%C2%BA%2012.pdf, as Thunderbird and Apple Mail write non-ASCII names; Dovecot
    joins the continuations) are percent-decoded, RFC 2047 words decoded."""
    text = _s(value)
    if key.endswith(b"*") and text.count("'") >= 2:
        charset, _lang, encoded = text.split("'", 2)
        try:
            return unquote(encoded, encoding=charset or "utf-8", errors="replace")
        except LookupError:
            return unquote(encoded, encoding="utf-8", errors="replace")
    return _decode_header(value)


def _attachment_names(structure: Any) -> list[str]:
    """File names anywhere in a BODYSTRUCTURE (disposition filename or Content-Type name)."""
    names: list[str] = []

    def walk(node: Any) -> None:
        if not isinstance(node, (tuple, list)) or not node:
            return
        if isinstance(node[0], (tuple, list)):  # multipart: children first, then the subtype
            for child in node:
                if isinstance(child, (tuple, list)):
                    walk(child)
            return
        for item in node:
            if isinstance(item, (tuple, list)):
                flat = list(item)
                for i, v in enumerate(flat):
                    if (
                        isinstance(v, bytes)
                        and v.lower() in (b"filename", b"name", b"filename*", b"name*")
                        and i + 1 < len(flat)
                        and isinstance(flat[i + 1], (bytes, str))
                    ):
                        names.append(_param_value(v.lower(), flat[i + 1]))
                    elif isinstance(v, (tuple, list)):
                        walk_params(v)

    def walk_params(params: Any) -> None:
        flat = list(params)
        for i, v in enumerate(flat):
            if (
                isinstance(v, bytes)
                and v.lower() in (b"filename", b"name", b"filename*", b"name*")
                and i + 1 < len(flat)
                and isinstance(flat[i + 1], (bytes, str))
            ):
                names.append(_param_value(v.lower(), flat[i + 1]))

    walk(structure)
    return names


def _leaf_parts(structure: Any, prefix: str = "") -> list[tuple[str, str, str, str]]:
    """(part number, file name, content type, transfer encoding) of every leaf of a BODYSTRUCTURE."""
    out: list[tuple[str, str, str, str]] = []
    if not isinstance(structure, (tuple, list)) or not structure:
        return out
    if isinstance(structure[0], (tuple, list)):  # multipart: (children, subtype, parameters…)
        children = (
            structure[0]
            if isinstance(structure[0], list)
            else [c for c in structure if isinstance(c, (tuple, list))]
        )
        for n, child in enumerate(children, start=1):
            out += _leaf_parts(child, f"{prefix}.{n}" if prefix else str(n))
        return out
    number = prefix or "1"
    ctype = f"{_s(structure[0]).lower()}/{_s(structure[1]).lower()}" if len(structure) > 1 else ""
    encoding = _s(structure[5]).lower() if len(structure) > 5 and structure[5] is not None else "7bit"
    names: list[str] = []

    def grab(params: Any) -> None:
        flat = list(params) if isinstance(params, (tuple, list)) else []
        for i, v in enumerate(flat):
            if (
                isinstance(v, bytes)
                and v.lower() in (b"filename", b"name", b"filename*", b"name*")
                and i + 1 < len(flat)
                and isinstance(flat[i + 1], (bytes, str))
            ):
                names.append(_decode_header(flat[i + 1]))
            elif isinstance(v, (tuple, list)):
                grab(v)

    for item in structure[2:]:
        if isinstance(item, (tuple, list)):
            grab(item)
    if ctype.startswith("message/"):
        return out
    out.append((number, names[0] if names else "", ctype, encoding))
    return out


def _aware(value: Any) -> datetime | None:
    """imapclient gives dates as naive local times: the same instant, with its offset."""
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo is not None else value.astimezone()


def _decode_part(raw: bytes, encoding: str) -> bytes:
    import base64
    import quopri

    if encoding == "base64":
        data = b"".join(raw.split())
        return base64.b64decode(data + b"=" * (-len(data) % 4))
    if encoding == "quoted-printable":
        return quopri.decodestring(raw)
    return raw


def _s(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class Mailbox:
    def __init__(
        self,
        *,
        host: str,
        port: int,
        security: str,
        username: str,
        password: str,
        timeout: float = 60.0,
        oauth2_token: Callable[[], str] | None = None,
    ) -> None:
        self.host, self.port, self.security = host, port, security
        self.username, self._password = username, password
        self._oauth2_token = oauth2_token  # called at each login: access tokens expire within the hour
        self.timeout = timeout
        self.client: IMAPClient | None = None
        self.selected: str | None = None
        self.capabilities: frozenset[str] = frozenset()
        self.features = ServerFeatures()

    # -- connection ---------------------------------------------------------------------------
    @retry(
        retry=retry_if_exception(lambda e: isinstance(e, MailboxError) and e.retryable),
        stop=stop_after_attempt(5),
        wait=wait_exponential(multiplier=0.5, max=5),
        reraise=True,
    )
    def connect(self) -> None:
        try:
            context = ssl.create_default_context()
            client = IMAPClient(
                self.host,
                port=self.port,
                ssl=self.security == "tls",
                ssl_context=context if self.security == "tls" else None,
                timeout=self.timeout,
            )
            if self.security == "starttls":
                client.starttls(context)
        except NETWORK_ERRORS as exc:
            raise MailboxError(f"cannot reach the IMAP server {self.host}:{self.port} ({exc})") from exc
        try:
            if self._oauth2_token is not None:
                client.oauth2_login(self.username, self._oauth2_token())
            else:
                client.login(self.username, self._password)
        except IMAPClientError as exc:
            try:
                client.shutdown()
            except NETWORK_ERRORS:
                pass
            if "[UNAVAILABLE]" in _s(exc).upper():
                # RFC 5530: the server cannot check the password right now (busy, restarting): try again,
                # it says nothing about the password.
                raise MailboxError(
                    f"the IMAP server {self.host} cannot log anyone in right now ({_s(exc)}); trying again"
                ) from exc
            raise MailboxError(
                f"the IMAP server {self.host} refused the login for {self.username}: "
                f"check the username and password ({_s(exc)})",
                retryable=False,
            ) from exc
        except NETWORK_ERRORS as exc:
            raise MailboxError(
                f"the IMAP server {self.host}:{self.port} dropped the connection ({exc})"
            ) from exc
        self.client = client
        self.selected = None
        try:
            # The capabilities after login (a server may announce more once authenticated).
            self.capabilities = frozenset(_s(c).upper() for c in client.capabilities())
        except NETWORK_ERRORS as exc:
            raise MailboxError(
                f"the IMAP server {self.host}:{self.port} dropped the connection ({exc})"
            ) from exc
        self.features = ServerFeatures(
            condstore="CONDSTORE" in self.capabilities or "QRESYNC" in self.capabilities,
            idle="IDLE" in self.capabilities,
            gmail="X-GM-EXT-1" in self.capabilities,
        )

    def has(self, capability: str) -> bool:
        return capability.upper() in self.capabilities

    def close(self) -> None:
        if self.client is None:
            return
        try:
            self.client.logout()
        except NETWORK_ERRORS:
            try:
                self.client.shutdown()
            except NETWORK_ERRORS:
                pass
        self.client = None

    def _c(self) -> IMAPClient:
        if self.client is None:
            raise MailboxError("not connected to the IMAP server")
        return self.client

    def _guard(self, what: str, folder: str | None = None) -> Any:
        """Context for a call: map imapclient/network errors to MailboxError."""
        return _Guard(self, what, folder)

    # -- folders ------------------------------------------------------------------------------
    def folders(self, *, inbox: str, sent: str | None, paid: str, drafts: str | None = None) -> FolderNames:
        """Find Sent, Drafts and Paid on this server (see mail/folders.py), and learn whether it keeps
        custom keywords: PERMANENTFLAGS is only announced on a read-write SELECT, so Sent is selected
        once that way (never CLOSEd, which would expunge) and examined read-only again."""
        c = self._c()
        with self._guard("list folders"):
            listing = c.list_folders()
            prefix, sep = "", None
            if self.has("NAMESPACE"):
                personal = c.namespace().personal or ()
                if personal:
                    prefix, sep = _s(personal[0][0]), (_s(personal[0][1]) if personal[0][1] else None)
        items = [
            Listed(_s(name), tuple(_s(f) for f in flags), _s(delim) if delim else None)
            for flags, delim, name in listing
        ]
        if sep is None and items:
            sep = items[0].separator
        found = resolve(items, prefix=prefix, inbox=inbox, sent=sent, drafts=drafts, paid=paid)
        if found.sent is None:
            names = ", ".join(sorted(i.name for i in items))
            wanted = f'"{sent}"' if sent else "a Sent folder (none is flagged \\Sent or has a usual name)"
            raise MailboxError(
                f"there is no folder {wanted} on the IMAP server; set [imap] sent to the name of "
                f"your Sent folder (folders found: {names})"
            )
        with self._guard("open the folder", found.sent):
            info = c.select_folder(found.sent, readonly=False)
            c.select_folder(found.sent, readonly=True)
        self.selected = found.sent
        permanent = info.get(b"PERMANENTFLAGS")
        keywords = True if permanent is None else any(_s(f) == "\\*" for f in permanent)
        self.features = ServerFeatures(
            condstore=self.features.condstore,
            idle=self.features.idle,
            keywords=keywords,
            gmail=self.features.gmail,
            namespace_prefix=prefix,
            separator=sep,
        )
        return FolderNames(
            inbox=found.inbox,
            sent=found.sent,
            paid=found.paid,
            drafts=found.drafts,
            paid_to_create=paid_path(paid, prefix, sep),
        )

    def select(self, folder: str, readonly: bool = True) -> FolderStatus:
        with self._guard("open the folder", folder):
            info = self._c().select_folder(folder, readonly=readonly)
        self.selected = folder
        modseq = info.get(b"HIGHESTMODSEQ")
        return FolderStatus(
            int(info.get(b"UIDVALIDITY", 0)),
            int(info.get(b"UIDNEXT", 0) or 0),
            int(modseq) if modseq is not None else None,
        )

    def status(self, folder: str) -> FolderStatus:
        """One STATUS command, no SELECT: how an idle cycle learns that nothing changed."""
        # HIGHESTMODSEQ only where CONDSTORE is announced: Exchange, Yahoo and Courier answer BAD to it.
        items = [b"UIDNEXT", b"UIDVALIDITY", b"MESSAGES"] + (
            [b"HIGHESTMODSEQ"] if self.features.condstore else []
        )
        with self._guard("check the folder", folder):
            info = self._c().folder_status(folder, items)
        modseq = info.get(b"HIGHESTMODSEQ")
        messages = info.get(b"MESSAGES")
        return FolderStatus(
            int(info.get(b"UIDVALIDITY", 0)),
            int(info.get(b"UIDNEXT", 0) or 0),
            int(modseq) if modseq is not None else None,
            int(messages) if messages is not None else None,
        )

    # -- reading ------------------------------------------------------------------------------
    def new_uids(self, folder: str, after_uid: int, since: date | None = None) -> list[int]:
        criteria: list[Any] = ["UID", f"{after_uid + 1}:*"]
        if since is not None:
            criteria += ["SINCE", since]
        with self._guard("search", folder):
            uids = self._c().search(criteria)
        return sorted(int(u) for u in uids if int(u) > after_uid)  # "N:*" always matches the last message

    def candidates(
        self,
        folder: str,
        uids: Sequence[int],
        wanted: Callable[[str, list[str]], bool],
        progress: Callable[[int], None] | None = None,
    ) -> list[int]:
        """Which messages could be invoices, from ENVELOPE and BODYSTRUCTURE only — no bodies.

        A ten-year Sent folder is mostly not invoices: reading the subject and the attachment names
        first means only the candidates' bodies ever cross the network."""
        out: list[int] = []
        for start in range(0, len(uids), 500):
            batch = list(uids[start : start + 500])
            with self._guard("list messages", folder):
                data = self._c().fetch(batch, [b"ENVELOPE", b"BODYSTRUCTURE"])
            for uid in batch:
                item = data.get(uid)
                if item is None:
                    continue
                env = item.get(b"ENVELOPE")
                subj = _decode_header(env.subject) if env is not None and env.subject else ""
                names = _attachment_names(item.get(b"BODYSTRUCTURE"))
                if wanted(subj, names):
                    out.append(uid)
            if progress is not None:
                progress(start + len(batch))
        return out

    def fetch(self, folder: str, uids: Sequence[int]) -> Iterator[Fetched]:
        for start in range(0, len(uids), FETCH_BATCH):
            batch = list(uids[start : start + FETCH_BATCH])
            with self._guard("fetch messages", folder):
                data = self._c().fetch(batch, [b"BODY.PEEK[]", b"FLAGS", b"INTERNALDATE"])
            for uid in batch:
                item = data.get(uid)
                if item is None:
                    continue  # expunged meanwhile
                raw = item.get(b"BODY[]") or b""
                flags = tuple(_s(f) for f in item.get(b"FLAGS", ()))
                when = item.get(b"INTERNALDATE")
                yield Fetched(uid, flags, bytes(raw), when if isinstance(when, datetime) else None)

    def flags(
        self, folder: str, uids: Sequence[int], changed_since: int | None = None
    ) -> dict[int, tuple[str, ...]]:
        """Current keywords of the given messages; messages that are gone are missing from the result.

        With `changed_since` (CONDSTORE, RFC 7162) only the messages whose flags changed after that
        MODSEQ are returned: a missing one is then unchanged *or* gone (ask `existing`)."""
        out: dict[int, tuple[str, ...]] = {}
        modifiers = [f"CHANGEDSINCE {changed_since}"] if changed_since is not None else None
        for start in range(0, len(uids), 500):
            batch = list(uids[start : start + 500])
            with self._guard("read flags", folder):
                data = self._c().fetch(batch, [b"FLAGS"], modifiers=modifiers)
            out.update({int(uid): tuple(_s(f) for f in item.get(b"FLAGS", ())) for uid, item in data.items()})
        return out

    def existing(self, folder: str, uids: Sequence[int]) -> set[int]:
        """Which of these UIDs are still in the (selected) folder: one UID SEARCH, no message data."""
        out: set[int] = set()
        for start in range(0, len(uids), 500):
            batch = list(uids[start : start + 500])
            with self._guard("search", folder):
                found = self._c().search(["UID", ",".join(str(u) for u in batch)])
            out.update(int(u) for u in found)
        return out

    def has_message_id(self, folder: str, message_id: str) -> bool:
        """Is a message with this Message-ID in the folder? (Evidence that a mail left.)"""
        self.select(folder)
        with self._guard("search", folder):
            return bool(self._c().search(["HEADER", "Message-ID", message_id]))

    def has_keyword(self, folder: str, keyword: str) -> bool:
        self.select(folder)
        with self._guard("search", folder):
            return bool(self._c().search(["KEYWORD", keyword]))

    def find(self, folder: str, message_id: str) -> list[int]:
        """The UIDs of the messages in `folder` with this Message-ID (a draft, a copy)."""
        self.select(folder)
        with self._guard("search", folder):
            return sorted(int(u) for u in self._c().search(["HEADER", "Message-ID", message_id]))

    def list_messages(self, folder: str) -> list[Described]:
        """Every message of a (small) folder by its envelope, attachment names and our header, no body."""
        self.select(folder)
        with self._guard("list messages", folder):
            uids = self._c().search(["ALL"])
            data = (
                self._c().fetch(
                    uids,
                    [
                        b"ENVELOPE",
                        b"BODYSTRUCTURE",
                        b"INTERNALDATE",
                        b"BODY.PEEK[HEADER.FIELDS (X-MAILDUNS)]",
                    ],
                )
                if uids
                else {}
            )
        out: list[Described] = []
        for uid in sorted(data):
            item = data[uid]
            env = item.get(b"ENVELOPE")
            header = b""
            for key, value in item.items():
                if (
                    isinstance(key, bytes)
                    and key.startswith(b"BODY[HEADER.FIELDS")
                    and isinstance(value, bytes)
                ):
                    header = value
            tag = _s(header).partition(":")[2].strip() if header.strip() else ""
            when = _aware(item.get(b"INTERNALDATE"))
            date_ = _aware(env.date if env is not None else None)
            out.append(
                Described(
                    int(uid),
                    _s(env.message_id) if env is not None and env.message_id else None,
                    _decode_header(env.subject) if env is not None and env.subject else "",
                    date_,
                    when,
                    tuple(_attachment_names(item.get(b"BODYSTRUCTURE"))),
                    tag,
                )
            )
        return out

    def fetch_one(self, folder: str, uid: int) -> bytes | None:
        self.select(folder)
        with self._guard("fetch messages", folder):
            data = self._c().fetch([uid], [b"BODY.PEEK[]"])
        item = data.get(uid)
        return bytes(item.get(b"BODY[]") or b"") if item is not None else None

    def attachments(self, folder: str, uid: int, wanted: Callable[[str, str], bool]) -> list[Attachment]:
        """The attachments of one message that `wanted(filename, content type)` accepts, each fetched by
        its part number (BODY.PEEK[n]) and decoded — never the whole message."""
        self.select(folder)
        with self._guard("list the attachments", folder):
            data = self._c().fetch([uid], [b"BODYSTRUCTURE"])
        item = data.get(uid)
        if item is None:
            return []
        parts = [p for p in _leaf_parts(item.get(b"BODYSTRUCTURE")) if p[1] and wanted(p[1], p[2])]
        out: list[Attachment] = []
        for number, filename, ctype, encoding in parts:
            key = f"BODY.PEEK[{number}]".encode()
            with self._guard("fetch an attachment", folder):
                got = self._c().fetch([uid], [key]).get(uid, {})
            raw = next((v for k, v in got.items() if isinstance(k, bytes) and k.startswith(b"BODY[")), b"")
            out.append(Attachment(filename, ctype, _decode_part(bytes(raw or b""), encoding)))
        return out

    def delete(self, folder: str, uids: Sequence[int]) -> None:
        """Remove these messages for good (\\Deleted, then UID EXPUNGE of them alone where the server can)."""
        if not uids:
            return
        self.select(folder, readonly=False)
        with self._guard("delete a message", folder):
            c = self._c()
            c.add_flags(list(uids), [b"\\Deleted"], silent=True)
            if c.has_capability("UIDPLUS"):
                c.uid_expunge(list(uids))
            else:
                c.expunge()
        self.select(folder)

    # -- writing ------------------------------------------------------------------------------
    def append(
        self, folder: str, raw: bytes, flags: Sequence[str] = ("\\Seen",), when: datetime | None = None
    ) -> None:
        with self._guard("save a copy", folder):
            self._c().append(folder, raw, flags=tuple(flags), msg_time=when)

    # -- waiting ------------------------------------------------------------------------------
    def can_idle(self) -> bool:
        """Whether the server has IDLE (RFC 2177); imapclient keeps the capabilities of the login."""
        self._c()
        return self.has("IDLE")

    def idle(
        self,
        folder: str,
        timeout: float,
        *,
        after_uid: int | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> bool:
        """Wait up to `timeout` seconds for news in `folder`; True if there is some.

        One EXAMINE and one IDLE for the whole wait: between events the server sends nothing and we
        send nothing. Mail that arrived while the caller was busy (after its STATUS, before this
        EXAMINE) is caught by comparing UIDNEXT with the last UID the caller has read, since
        IDLE only reports what happens after it starts. `stop` is polled every second so a signal is
        honoured at once without ending the IDLE command early."""
        c = self._c()
        if not self.can_idle():
            return False
        now = self.select(folder)
        if after_uid is not None and now.uidnext > after_uid + 1:
            return True
        deadline = _time.monotonic() + min(timeout, IDLE_MAX_SECONDS)
        news = False
        with self._guard("wait for new mail (IDLE)", folder):
            c.idle()
            try:
                while not news and _time.monotonic() < deadline and not (stop is not None and stop()):
                    responses = c.idle_check(timeout=max(0.05, min(1.0, deadline - _time.monotonic())))
                    news = any(
                        len(r) > 1 and r[1] in (b"EXISTS", b"RECENT", b"FETCH", b"EXPUNGE") for r in responses
                    )
            finally:
                c.idle_done()
        return news


class _Guard:
    def __init__(self, mb: Mailbox, what: str, folder: str | None) -> None:
        self.mb, self.what, self.folder = mb, what, folder

    def __enter__(self) -> None:
        return None

    def __exit__(self, t: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc is None or isinstance(exc, MailboxError):
            return
        if isinstance(exc, NETWORK_ERRORS):
            where = f' in "{self.folder}"' if self.folder else ""
            self.mb.client = None if isinstance(exc, (OSError, EOFError)) else self.mb.client
            raise MailboxError(
                f"the IMAP server failed to {self.what}{where}: {_s(exc)}", folder=self.folder
            ) from exc
