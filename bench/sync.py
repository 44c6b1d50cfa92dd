"""Sync benchmark of issue 8: a big mailbox on a real Dovecot, each goal next to a baseline of the same run.

One command from a clean clone (after ./scripts/setup.sh; mbsync is apt-installed when missing and root):

    .venv/bin/python bench/sync.py             # 10,000 Sent + 10,000 INBOX, every goal (5-9 min, 2 cores)
    .venv/bin/python bench/sync.py --small     # a tenth of everything (~1-2 min)
    .venv/bin/python bench/sync.py --only p2,p4 --profile    # some goals, with profiles of those missed

It starts Dovecot + SMTP on loopback (mailduns.onboarding.devrig.MailRig), generates the mailbox (bench/mailgen.py),
loads it with MULTIAPPEND, then measures:

  P1 idle cycle   after a cold import, one `Engine.cycle()` with nothing new: IMAP commands per folder and
                  bytes of message bodies, counted on the wire (imapclient's connection is wrapped).
                  Baseline: `mbsync` re-syncing the same two folders with nothing new (counted by a
                  loopback proxy). Also the daemon (`mailduns run`) between events: CPU and commands.
  P2 cold import  first sync of Sent (connect, list, bodies of the candidates, reading, the store,
                  the flag check) vs a bare imapclient `FETCH 1:* (ENVELOPE BODYSTRUCTURE)` of the same
                  folder, and vs `mbsync` pulling the folder into a Maildir (FSync no: the sync work,
                  not this disk's 2-3 ms per fsync; --mbsync-fsync adds mbsync as shipped).
                  P2 runs twice: on loopback, and through a latency/bandwidth proxy (--rtt-ms, --mbit:
                  each direction delayed by RTT/2 and paced to the bandwidth, like a home line to a
                  provider's server), both ratios in the table, with the round trips each side needed.
  P3 latency      payment notice delivered (LMTP) → invoice `paid` in the state database, with the
                  daemon waiting in IDLE; baseline: when a bare imapclient IDLE on the same INBOX hears
                  EXISTS. Then notices delivered while the daemon is busy with a cycle.
  P4 memory       VmRSS of the daemon after it cold-imported a Sent folder of 10,000 invoices
                  (baseline: the same daemon on an empty mailbox).
  P5 scheduling   `Engine._decide` with 100,000 open invoices seeded into the store (baseline: one
                  SQL query for the invoices with a step due).

The table goes to stdout; progress to stderr. Timings alternate engine and baseline runs and report
medians, so a warm or cold page cache favours neither. The title shows the load average: on a shared
machine, read the ratios (both sides ran under the same load), not the absolute seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import functools
import io
import json
import logging
import os
import pstats
import random
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Coroutine, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient.response_parser import parse_fetch_response

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from bench import mailgen
from mailduns.cli.main import templates_for
from mailduns.core.clock import FixedClock
from mailduns.settings.config import Config, load_config
from mailduns.onboarding.devrig import MailRig
from mailduns.service.engine import CycleReport, Engine
from mailduns.mail.imap import Fetched, Mailbox
from mailduns.store.db import Store

T = TypeVar("T")
# Sunday 29 Nov 2026, 23:00 in Rome: outside the sending window, so no reminder leaves during the bench.
NOW = datetime(2026, 11, 29, 22, 0, tzinfo=UTC)
# Monday 30 Nov 2026, 10:00 in Rome: inside the window, for the decision cycle of P5.
DECIDE_AT = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
USERS = ("alice", "dave", "erin")
BODY_LITERAL = re.compile(
    rb"(?:BODY\[(?!HEADER)[^\]]*\]|RFC822(?:\.TEXT)?|BINARY\[[^\]]*\])(?:<\d+>)? \{(\d+)\}$"
)
HEADER_LITERAL = re.compile(rb"BODY\[HEADER[^\]]*\](?:<\d+>)? \{(\d+)\}$")
ANY_LITERAL = re.compile(rb"\{(\d+)\+?\}$")
COMMAND = re.compile(rb"^([A-Za-z0-9.]+) (UID [A-Za-z]+|[A-Za-z]+)(?: (.*))?$")


def log(msg: str) -> None:
    print(f"[{time.monotonic() - _T0:6.1f} s] {msg}", file=sys.stderr, flush=True)


_T0 = time.monotonic()


# -- the table --------------------------------------------------------------------------------------
@dataclass
class Row:
    goal: str
    target: str
    measured: str
    baseline: str = "—"
    ratio: float | None = None
    met: bool | None = None
    note: str = ""


def render(rows: list[Row], title: str) -> str:
    head = ("goal", "target", "measured", "baseline (same run)", "ratio", "met?")
    body = [
        (
            r.goal,
            r.target,
            r.measured,
            r.baseline,
            "—" if r.ratio is None else f"{r.ratio:.2f}×",
            "—" if r.met is None else ("yes" if r.met else "NO"),
        )
        for r in rows
    ]
    widths = [max(len(str(x[i])) for x in (head, *body)) for i in range(len(head))]
    line = "+-" + "-+-".join("-" * w for w in widths) + "-+"
    out = [title, line, "| " + " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " |", line]
    out += ["| " + " | ".join(str(c).ljust(w) for c, w in zip(b, widths, strict=True)) + " |" for b in body]
    out.append(line)
    notes = [f"  {r.goal.split()[0]}: {r.note}" for r in rows if r.note]
    return "\n".join(out + (["notes:", *notes] if notes else []))


# -- counting on the wire, inside the process ------------------------------------------------------
@dataclass
class Wire:
    """What crosses imapclient connections: commands (with the folder they touch) and body bytes.

    It wraps the connection's imaplib object: `send` sees each tagged command line, `readline`
    each response line, so a FETCH literal announced as `BODY[] {1234}` counts 1234 body bytes."""

    commands: list[tuple[str, str | None]] = field(default_factory=list)
    body_bytes: int = 0
    header_bytes: int = 0
    bytes_in: int = 0
    bodies: int = 0
    selected: str | None = None
    phases: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))  # wall s per phase

    def attach(self, client: IMAPClient) -> None:
        imap: Any = client._imap
        send, readline, read = imap.send, imap.readline, imap.read
        tagpre = imap.tagpre

        def counting_send(data: bytes) -> None:
            if data.startswith(tagpre):
                self._command(data.split(b"\r\n", 1)[0])
            send(data)

        def counting_readline() -> bytes:
            line: bytes = readline()
            self.bytes_in += len(line)
            stripped = line.rstrip(b"\r\n")
            m = BODY_LITERAL.search(stripped)
            if m:
                self.body_bytes += int(m.group(1))
                self.bodies += 1
            else:
                h = HEADER_LITERAL.search(stripped)
                if h:
                    self.header_bytes += int(h.group(1))
            return line

        def counting_read(size: int) -> bytes:
            data: bytes = read(size)
            self.bytes_in += len(data)
            return data

        imap.send, imap.readline, imap.read = counting_send, counting_readline, counting_read

    def _command(self, line: bytes) -> None:
        m = COMMAND.match(line)
        if not m:
            return
        name = m.group(2).decode().upper()
        args = (m.group(3) or b"").decode("utf-8", "replace")
        folder = self.selected
        if name in ("SELECT", "EXAMINE", "STATUS"):
            folder = _first_arg(args)
            if name != "STATUS":
                self.selected = folder
        elif name in ("LIST", "LSUB", "LOGIN", "LOGOUT", "CAPABILITY", "ID", "ENABLE", "NAMESPACE", "NOOP"):
            folder = None
        self.commands.append((name, folder))

    def per_folder(self) -> Counter[str]:
        return Counter(folder or "(session)" for _name, folder in self.commands)

    def names(self) -> Counter[str]:
        return Counter(f"{name} {folder}" if folder else name for name, folder in self.commands)

    def reset(self) -> None:
        self.commands.clear()
        self.phases.clear()
        self.body_bytes = self.header_bytes = self.bytes_in = self.bodies = 0


def _first_arg(args: str) -> str:
    if args.startswith('"'):
        end = args.find('"', 1)
        return args[1:end]
    return args.split(" ", 1)[0]


class CountingMailbox(Mailbox):
    """mailduns' own IMAP adapter with a Wire on each connection it opens."""

    def __init__(self, wire: Wire, **kw: Any) -> None:
        self.wire = wire
        self._client: IMAPClient | None = None
        super().__init__(**kw)

    @property
    def client(self) -> IMAPClient | None:
        return self._client

    @client.setter
    def client(self, value: IMAPClient | None) -> None:
        if value is not None and value is not self._client:
            self.wire.attach(value)
        self._client = value

    def candidates(
        self,
        folder: str,
        uids: Sequence[int],
        wanted: Callable[[str, list[str]], bool],
        progress: Callable[[int], None] | None = None,
    ) -> list[int]:
        t0 = time.perf_counter()
        try:
            return super().candidates(folder, uids, wanted, progress)
        finally:
            self.wire.phases["listing"] += time.perf_counter() - t0

    def fetch(self, folder: str, uids: Sequence[int]) -> Iterator[Fetched]:
        inner = super().fetch(folder, uids)
        while True:
            t0 = time.perf_counter()
            try:
                item = next(inner)
            except StopIteration:
                return
            finally:
                self.wire.phases["bodies"] += time.perf_counter() - t0
            yield item


class TimedStore(Store):
    """The real store, with the wall time spent inside its outermost transactions counted."""

    def __init__(self, path: Path, phases: defaultdict[str, float]) -> None:
        self.phases = phases
        self._outer = 0
        super().__init__(path)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self._outer += 1
        t0 = time.perf_counter()
        try:
            with super().transaction():
                yield
        finally:
            self._outer -= 1
            if self._outer == 0:
                self.phases["store"] += time.perf_counter() - t0


# -- a slower network: a latency and bandwidth proxy ------------------------------------------------
class LatencyProxy:
    """An asyncio TCP proxy on 127.0.0.1 in front of Dovecot that makes loopback look like a real line.

    Each direction is a link of its own: a chunk read at time t starts to go out when the link is
    free (pacing: len × 8 / bandwidth seconds per chunk, one after the other) and arrives RTT/2 after
    it went out. Order is kept. It also counts, per connection, the *turns*: how often the client
    spoke again after the server had answered — the round trips the client waited for, which is what
    latency multiplies."""

    CHUNK = 16 * 1024

    def __init__(self, target_port: int, *, rtt_ms: float, mbit: float) -> None:
        self.target_port = target_port
        self.half_rtt = rtt_ms / 2000.0
        self.byte_time = 8.0 / (mbit * 1e6) if mbit > 0 else 0.0
        self.turns = 0
        self.bytes_up = 0
        self.bytes_down = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._server: asyncio.base_events.Server | None = None
        self.port = 0
        self._thread = threading.Thread(target=self._run, name="latency-proxy", daemon=True)
        self._thread.start()
        self._ready.wait(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def serve() -> None:
            self._server = await asyncio.start_server(self._client, "127.0.0.1", 0)
            self.port = int(self._server.sockets[0].getsockname()[1])
            self._ready.set()

        self._loop.run_until_complete(serve())
        self._loop.run_forever()

    def reset(self) -> None:
        self.turns = self.bytes_up = self.bytes_down = 0

    async def _client(self, c_reader: asyncio.StreamReader, c_writer: asyncio.StreamWriter) -> None:
        s_reader, s_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        last = {"who": "server"}  # the greeting comes first

        def turn(who: str, n: int) -> None:
            if who == "client":
                self.bytes_up += n
                if last["who"] == "server":
                    self.turns += 1
            else:
                self.bytes_down += n
            last["who"] = who

        await asyncio.gather(
            self._link(c_reader, s_writer, "client", turn),
            self._link(s_reader, c_writer, "server", turn),
            return_exceptions=True,
        )

    async def _link(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        who: str,
        turn: Callable[[str, int], None],
    ) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        loop = asyncio.get_running_loop()
        free_at = 0.0

        async def deliver() -> None:
            while True:
                due, data = await queue.get()
                if not data:
                    break
                delay = due - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
                writer.write(data)
                await writer.drain()
            with contextlib.suppress(OSError):
                writer.close()

        sender = asyncio.create_task(deliver())
        try:
            while True:
                data = await reader.read(self.CHUNK)
                if not data:
                    break
                turn(who, len(data))
                now = loop.time()
                start = max(now, free_at)
                free_at = start + len(data) * self.byte_time
                await queue.put((free_at + self.half_rtt, data))
        finally:
            await queue.put((0.0, b""))
            await sender

    def close(self) -> None:
        """Stop listening, end the connections still open (their tasks finish here, not in the
        garbage collector after the loop is gone), then stop and close the loop."""

        async def stop() -> None:
            if self._server is not None:
                self._server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()


# -- counting on the wire, for other processes: a loopback proxy -----------------------------------
class _Stream:
    """Splits one direction of an IMAP conversation into lines, stepping over literals."""

    def __init__(self, on_line: Callable[[bytes], int]) -> None:
        self.buf = bytearray()
        self.literal = 0
        self.on_line = on_line

    def feed(self, data: bytes) -> None:
        self.buf += data
        while True:
            if self.literal:
                take = min(self.literal, len(self.buf))
                del self.buf[:take]
                self.literal -= take
                if self.literal:
                    return
            end = self.buf.find(b"\r\n")
            if end < 0:
                return
            line = bytes(self.buf[:end])
            del self.buf[: end + 2]
            self.literal = self.on_line(line)


class Tap:
    """A TCP proxy in front of Dovecot that counts what its clients send and receive.

    For processes we do not control (the daemon, mbsync): tagged commands by name and folder, bytes
    of message bodies in FETCH responses, and whether the client is waiting: its last commands are
    only the SELECT + IDLE of the daemon's wait loop."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.lock = threading.Lock()
        self.commands: list[tuple[float, str, str | None]] = []
        self.body_bytes = 0
        self.bytes_in = 0
        self.last_work = 0.0  # the last command that is not part of waiting (SELECT, IDLE)
        self.last_idle = 0.0
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = int(self.sock.getsockname()[1])
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self.closed = True
        with contextlib.suppress(OSError):
            self.sock.close()

    def _accept(self) -> None:
        while not self.closed:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            selected: list[str | None] = [None]
            up = _Stream(functools.partial(self._client_line, selected=selected))
            down = _Stream(self._server_line)
            threading.Thread(target=self._pump, args=(client, server, up), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, down), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, stream: _Stream) -> None:
        try:
            while data := src.recv(65536):
                stream.feed(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def _client_line(self, line: bytes, *, selected: list[str | None]) -> int:
        lit = ANY_LITERAL.search(line)
        if line.strip().upper() == b"DONE":
            return 0
        m = COMMAND.match(line)
        if m:
            name = m.group(2).decode().upper()
            args = (m.group(3) or b"").decode("utf-8", "replace")
            folder = selected[0]
            if name in ("SELECT", "EXAMINE", "STATUS"):
                folder = _first_arg(args)
                if name != "STATUS":
                    selected[0] = folder
            elif name in (
                "LIST",
                "LSUB",
                "LOGIN",
                "LOGOUT",
                "CAPABILITY",
                "ID",
                "ENABLE",
                "NAMESPACE",
                "NOOP",
                "AUTHENTICATE",
            ):
                folder = None
            now = time.monotonic()
            with self.lock:
                self.commands.append((now, name, folder))
                if name == "IDLE":
                    self.last_idle = now
                elif name not in ("SELECT", "EXAMINE"):
                    self.last_work = now
        return int(lit.group(1)) if lit else 0

    def _server_line(self, line: bytes) -> int:
        with self.lock:
            self.bytes_in += len(line) + 2
        lit = ANY_LITERAL.search(line)
        if not lit:
            return 0
        size = int(lit.group(1))
        with self.lock:
            self.bytes_in += size
            if BODY_LITERAL.search(line):
                self.body_bytes += size
        return size

    def count(self) -> int:
        with self.lock:
            return len(self.commands)

    def since(self, t: float) -> list[tuple[float, str, str | None]]:
        with self.lock:
            return [c for c in self.commands if c[0] >= t]

    def saw(self, name: str, after: float) -> bool:
        return any(n == name for _t, n, _f in self.since(after))

    def waiting_for(self) -> float:
        """Seconds since the client last did work, if it has been waiting in IDLE since; else 0."""
        with self.lock:
            if self.last_idle <= self.last_work:
                return 0.0
            return time.monotonic() - self.last_work


# -- helpers ----------------------------------------------------------------------------------------
def median(xs: list[float]) -> float:
    return float(statistics.median(xs)) if xs else float("nan")


def fmt_s(x: float) -> str:
    return f"{x:.2f} s" if x >= 1 else f"{x * 1000:.0f} ms"


def fmt_bytes(n: float) -> str:
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n:.0f} B"


def wait_until(cond: Callable[[], bool], timeout: float, step: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(step)
    return cond()


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


@contextlib.contextmanager
def inline_threads() -> Iterator[None]:
    """Run `asyncio.to_thread` work in the calling thread, so cProfile sees the IMAP parsing too."""
    original = asyncio.to_thread

    async def inline(func: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        return func(*args, **kwargs)

    asyncio.to_thread = inline
    try:
        yield
    finally:
        asyncio.to_thread = original


def profile_text(prof: cProfile.Profile, limit: int = 18) -> str:
    """The top functions by own time and the project's functions by cumulative time, as file:line."""
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    rows = []
    for (file, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append((tt, ct, nc, _short(file), line, func))
    lines = [f"    total {total:.2f} s (profiled: roughly 1.5-2x the real time)", "    by own time:"]
    for tt, ct, nc, file, line, func in sorted(rows, reverse=True)[:limit]:
        lines.append(f"      {tt:7.2f} s own {ct:7.2f} s cum {nc:8d}×  {file}:{line} {func}")
    lines.append("    mailduns functions by cumulative time:")
    own = [r for r in rows if r[3].startswith("src/mailduns")]
    for tt, ct, nc, file, line, func in sorted(own, key=lambda r: -r[1])[:limit]:
        lines.append(f"      {ct:7.2f} s cum {tt:7.2f} s own {nc:8d}×  {file}:{line} {func}")
    return "\n".join(lines)


def _short(file: str) -> str:
    for prefix, short in ((str(ROOT) + "/", ""), ("/root/.pyenv/versions/3.11.7/lib/python3.11/", "stdlib/")):
        if file.startswith(prefix):
            file = short + file[len(prefix) :]
    return re.sub(r"^.*site-packages/", "", file)


def proc_status(pid: int) -> dict[str, int]:
    """VmRSS/VmHWM in kB from /proc/<pid>/status."""
    out: dict[str, int] = {}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0])
    return out


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ro_db(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)


def copy_db(src: Path, dst: Path) -> None:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    with b:
        a.backup(b)
    a.close()
    b.close()


# -- the bench --------------------------------------------------------------------------------------
@dataclass
class Options:
    sent: int = 10_000
    inbox: int = 10_000
    trials: int = 50
    p4_invoices: int = 10_000
    p5_invoices: int = 100_000
    repeats: int = 3
    idle_window: float = 10.0
    busy_pairs: int = 2
    busy_wait: float = 5.0
    miss_after: float = 3.0
    only: frozenset[str] = frozenset({"p1", "p2", "p3", "p4", "p5"})
    profile: bool = False
    mbsync: bool = True
    mbsync_fsync: bool = False
    install: bool = True
    seed: int = 1
    rtt_ms: float = 50.0
    mbit: float = 20.0

    @classmethod
    def small(cls) -> Options:
        return cls(
            sent=1000,
            inbox=1000,
            trials=10,
            p4_invoices=1000,
            p5_invoices=10_000,
            repeats=2,
            idle_window=4.0,
            busy_pairs=1,
        )


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    profiles: dict[str, str] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)

    def row(self, goal: str) -> Row:
        return next(r for r in self.rows if r.goal.startswith(goal))


class Bench:
    def __init__(self, opts: Options, work: Path) -> None:
        self.opts = opts
        self.work = work
        self.res = Results()
        self.rig = MailRig(users=USERS, root=work / "rig")
        self.box: mailgen.Mailbox | None = None
        self.since = NOW.date()
        self.imported_state: Path | None = None
        self.procs: list[subprocess.Popen[bytes]] = []
        self.taps: list[Tap] = []

    # -- set-up ------------------------------------------------------------------------------------
    def start(self) -> None:
        self.rig.start()
        o = self.opts
        years = 10.0
        n_inv = round(o.sent * 0.10)
        # The newest invoices (enough for the P3 trials, and some) get no reply and no payment: open.
        quiet_days = int(365.25 * years * (o.trials + 20) / max(n_inv, 1)) + 1
        self.since = (NOW - timedelta(days=quiet_days)).date()
        t0 = time.perf_counter()
        self.box = mailgen.generate(o.sent, o.inbox, seed=o.seed, end=NOW, years=years, quiet_days=quiet_days)
        log(
            f"generated {o.sent} Sent ({fmt_bytes(self.box.size('Sent'))}, {len(self.box.invoices)} invoices) and "
            f"{o.inbox} INBOX ({fmt_bytes(self.box.size('INBOX'))}) in {time.perf_counter() - t0:.1f} s"
        )
        c = self.rig.imap("alice")
        try:
            ts = mailgen.load(c, "Sent", self.box.sent)
            ti = mailgen.load(c, "INBOX", self.box.inbox)
        finally:
            c.logout()
        self.res.facts["load"] = (ts, ti)
        log(f"loaded with MULTIAPPEND: Sent {ts:.1f} s, INBOX {ti:.1f} s")

    def stop(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
        for t in self.taps:
            t.close()
        self.rig.stop()

    def config(
        self,
        user: str,
        state: Path,
        *,
        since: str | None = None,
        port: int | None = None,
        name: str = "config",
    ) -> Path:
        text = self.rig.config_toml(user, state, since=since or self.since.isoformat())
        if port is not None:
            text = text.replace(f"port = {self.rig.imap_port}\n", f"port = {port}\n", 1)
        text += "\n[daemon]\npoll_seconds = 300\n"
        path = self.work / f"{name}.toml"
        path.write_text(text)
        return path

    def engine(
        self,
        config: Config,
        state: Path,
        wire: Wire | None = None,
        *,
        now: datetime = NOW,
        dry_run: bool = False,
    ) -> Engine:
        factory: Callable[[], Mailbox] | None = None
        if wire is not None:
            s = config.imap
            password = f"{s.username}-pw"

            def factory() -> Mailbox:
                return CountingMailbox(
                    wire,
                    host=s.host,
                    port=s.port,
                    security=s.security,
                    username=s.username,
                    password=password,
                )

        store = Store(state) if wire is None else TimedStore(state, wire.phases)
        return Engine(
            config, store, FixedClock(now), templates_for(config), dry_run=dry_run, mailbox_factory=factory
        )

    # -- P2 ----------------------------------------------------------------------------------------
    def bare_fetch(self, port: int | None = None) -> float:
        """The baseline: login, EXAMINE Sent, `FETCH 1:* (ENVELOPE BODYSTRUCTURE)` parsed by imapclient."""
        t0 = time.perf_counter()
        c = IMAPClient("127.0.0.1", port=port or self.rig.imap_port, ssl=False, timeout=120)
        c.login("alice", "alice-pw")
        c.select_folder("Sent", readonly=True)
        imap: Any = c._imap
        tag = imap._command("FETCH", "1:*", "(ENVELOPE BODYSTRUCTURE)")
        typ, data = imap._command_complete("FETCH", tag)
        typ, data = imap._untagged_response(typ, data, "FETCH")
        parsed = parse_fetch_response(data, c.normalise_times, False)
        took = time.perf_counter() - t0
        assert len(parsed) == self.opts.sent, len(parsed)
        c.logout()
        return took

    async def _import_sent(self, engine: Engine) -> None:
        """What `Engine.cycle` does for Sent on a first run: connect, sync (list, bodies of the
        candidates, reading, the store), then the flag check."""
        now = engine.clock.now()
        report = CycleReport(now)
        mb = await engine.connect()
        assert engine.folders is not None
        status = await engine._sync(
            mb, engine.folders.sent, engine._on_sent, now, report, prefilter=engine._could_be_invoice
        )
        await engine._check_sent_flags(mb, engine.folders.sent, status, now, report)
        await engine.disconnect()

    def engine_import(self, state: Path, wire: Wire | None = None, port: int | None = None) -> float:
        config = load_config(self.config("alice", state, name=f"p2-{state.stem}", port=port))
        engine = self.engine(config, state, wire)
        try:
            t0 = time.perf_counter()
            run_async(self._import_sent(engine))
            return time.perf_counter() - t0
        finally:
            engine.store.close()

    def mbsync_rc(self, root: Path, port: int, *, fsync: bool = False) -> Path:
        (root / "mail").mkdir(parents=True, exist_ok=True)
        rc = root / "mbsyncrc"
        rc.write_text(
            f"FSync {'yes' if fsync else 'no'}\n\nIMAPAccount bench\nHost 127.0.0.1\nPort {port}\nUser alice\nPass alice-pw\n"
            f"SSLType None\nAuthMechs LOGIN\n\nIMAPStore far\nAccount bench\n\n"
            f"MaildirStore near\nPath {root}/mail/\nInbox {root}/mail/INBOX\nSubFolders Verbatim\n\n"
            "Channel sent\nFar :far:\nNear :near:\nPatterns Sent\nCreate Near\nSync Pull\nSyncState *\n\n"
            "Channel inbox\nFar :far:\nNear :near:\nPatterns INBOX\nCreate Near\nSync Pull\nSyncState *\n"
        )
        return rc

    def mbsync(self, rc: Path, *channels: str) -> float:
        t0 = time.perf_counter()
        proc = subprocess.run(
            ["mbsync", "-c", str(rc), "-q", *channels], capture_output=True, text=True, check=False
        )
        took = time.perf_counter() - t0
        if proc.returncode != 0:
            raise RuntimeError(f"mbsync failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")
        return took

    def have_mbsync(self) -> bool:
        if not self.opts.mbsync:
            return False
        if shutil.which("mbsync"):
            return True
        if self.opts.install and os.geteuid() == 0 and shutil.which("apt-get"):
            log("mbsync is missing: installing the Debian package isync")
            env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
            subprocess.run(
                ["apt-get", "install", "-y", "-qq", "isync"], env=env, capture_output=True, check=False
            )
        return shutil.which("mbsync") is not None

    def p2(self) -> None:
        o = self.opts
        log("P2: warming Dovecot's cache with one bare FETCH (not counted)")
        self.bare_fetch()
        engine_t: list[float] = []
        bare_t: list[float] = []
        wire = Wire()
        for i in range(o.repeats):
            state = self.work / f"import-{i}.db"
            wire.reset()
            engine_t.append(self.engine_import(state, wire))
            bare_t.append(self.bare_fetch())
            log(f"P2 run {i + 1}/{o.repeats}: engine {engine_t[-1]:.2f} s, bare FETCH {bare_t[-1]:.2f} s")
            self.imported_state = state
        with contextlib.closing(sqlite3.connect(self.imported_state)) as db:  # type: ignore[arg-type]
            invoices = db.execute("SELECT COUNT(*) FROM invoices").fetchone()[0]
        per = wire.per_folder()
        e, b = median(engine_t), median(bare_t)
        last = engine_t[-1]
        ph = wire.phases
        rest = last - ph["listing"] - ph["bodies"] - ph["store"]
        self.res.facts["p2"] = {"engine": engine_t, "bare": bare_t, "phases": dict(ph)}
        self.res.rows.append(
            Row(
                "P2 cold import vs bare FETCH",
                "≤ 1.30×",
                f"{fmt_s(e)}",
                f"{fmt_s(b)}",
                e / b,
                e / b <= 1.3,
                f"median of {o.repeats}; {o.sent} Sent messages, {invoices} invoices found; bodies fetched for "
                f"{wire.bodies} candidates ({fmt_bytes(wire.body_bytes)}) in {per.get('Sent', 0)} commands; last run "
                f"{fmt_s(last)} = listing (ENVELOPE+BODYSTRUCTURE, the baseline's work) {fmt_s(ph['listing'])} + "
                f"fetching bodies {fmt_s(ph['bodies'])} + store transactions {fmt_s(ph['store'])} + reading and the "
                f"rest {fmt_s(rest)}",
            )
        )
        if o.rtt_ms > 0 or o.mbit > 0:
            self.p2_slow_line()
        if self.have_mbsync():
            rc_times = []
            for i in range(min(2, o.repeats)):
                root = self.work / f"mbsync-{i}"
                rc = self.mbsync_rc(root, self.rig.imap_port)
                rc_times.append(self.mbsync(rc, "sent"))
                log(f"P2 mbsync run {i + 1}: {rc_times[-1]:.2f} s")
                if i > 0:
                    shutil.rmtree(root)
            m = median(rc_times)
            self.res.facts["mbsync"] = rc_times
            self.res.rows.append(
                Row(
                    "P2 cold import vs mbsync",
                    "≤ 0.50×",
                    f"{fmt_s(e)}",
                    f"{fmt_s(m)}",
                    e / m,
                    e / m <= 0.5,
                    "mbsync 1.4 pulling Sent into a Maildir with FSync no: the "
                    "sync work, not this disk's fsync per message"
                    + ("" if o.mbsync_fsync else " (--mbsync-fsync adds mbsync as shipped)"),
                )
            )
            if o.mbsync_fsync:
                root = self.work / "mbsync-fsync"
                rc = self.mbsync_rc(root, self.rig.imap_port, fsync=True)
                shipped = self.mbsync(rc, "sent")
                shutil.rmtree(root)
                log(f"P2 mbsync as shipped (FSync yes): {shipped:.2f} s")
                self.res.rows.append(
                    Row(
                        "P2 cold import vs mbsync (FSync yes)",
                        "≤ 0.50×",
                        f"{fmt_s(e)}",
                        f"{fmt_s(shipped)}",
                        e / shipped,
                        e / shipped <= 0.5,
                        "mbsync as shipped: an fsync per message file (one run)",
                    )
                )
        else:
            why = "skipped (--no-mbsync)" if not o.mbsync else "not installed"
            self.res.rows.append(
                Row(
                    "P2 cold import vs mbsync",
                    "≤ 0.50×",
                    f"{fmt_s(e)}",
                    why,
                    note=""
                    if not o.mbsync
                    else "mbsync (Debian isync) could not be installed: no comparison",
                )
            )
        if o.profile and e / b > 1.3:
            log("P2: profiling one more import (inline threads, so the IMAP parsing shows)")
            prof = cProfile.Profile()
            with inline_threads():
                prof.enable()
                self.engine_import(self.work / "import-profile.db")
                prof.disable()
            self.res.profiles["P2"] = profile_text(prof)

    def p2_slow_line(self) -> None:
        """P2 again through the latency/bandwidth proxy: the same import and the same bare FETCH."""
        o = self.opts
        line = f"RTT {o.rtt_ms:g} ms, {o.mbit:g} Mbit/s"
        proxy = LatencyProxy(self.rig.imap_port, rtt_ms=o.rtt_ms, mbit=o.mbit)
        try:
            engine_t: list[float] = []
            bare_t: list[float] = []
            turns: dict[str, list[int]] = {"engine": [], "bare": []}
            moved: dict[str, tuple[int, int]] = {}
            wire = Wire()
            for i in range(o.repeats):
                state = self.work / f"import-slow-{i}.db"
                wire.reset()
                proxy.reset()
                engine_t.append(self.engine_import(state, wire, port=proxy.port))
                turns["engine"].append(proxy.turns)
                moved["engine"] = (proxy.bytes_up, proxy.bytes_down)
                proxy.reset()
                bare_t.append(self.bare_fetch(port=proxy.port))
                turns["bare"].append(proxy.turns)
                moved["bare"] = (proxy.bytes_up, proxy.bytes_down)
                log(
                    f"P2 through {line}, run {i + 1}/{o.repeats}: engine {engine_t[-1]:.2f} s "
                    f"({turns['engine'][-1]} round trips), bare FETCH {bare_t[-1]:.2f} s ({turns['bare'][-1]})"
                )
        finally:
            proxy.close()
        e, b = median(engine_t), median(bare_t)
        ph = wire.phases
        per = wire.per_folder()
        names = wire.names()
        rtt = o.rtt_ms / 1000.0
        te, tb = turns["engine"][-1], turns["bare"][-1]
        floor_e = moved["engine"][1] * 8 / (o.mbit * 1e6) if o.mbit > 0 else 0.0
        floor_b = moved["bare"][1] * 8 / (o.mbit * 1e6) if o.mbit > 0 else 0.0
        self.res.facts["p2_slow"] = {
            "engine": engine_t,
            "bare": bare_t,
            "turns": turns,
            "bytes": moved,
            "phases": dict(ph),
            "commands": dict(names),
        }
        self.res.rows.append(
            Row(
                f"P2 cold import vs bare FETCH ({line})",
                "≤ 1.30×",
                fmt_s(e),
                fmt_s(b),
                e / b,
                e / b <= 1.3,
                f"median of {o.repeats} through the latency proxy; round trips: import {te} (× RTT = {fmt_s(te * rtt)}), "
                f"bare FETCH {tb} ({fmt_s(tb * rtt)}); bytes down: import {fmt_bytes(moved['engine'][1])} "
                f"(≥ {fmt_s(floor_e)} at {o.mbit:g} Mbit/s), bare {fmt_bytes(moved['bare'][1])} (≥ {fmt_s(floor_b)}); "
                f"import commands {sum(names.values())} ({', '.join(f'{k} {v}' for k, v in names.most_common(6))}), "
                f"{per.get('Sent', 0)} on Sent; last run: listing {fmt_s(ph['listing'])}, bodies {fmt_s(ph['bodies'])}, "
                f"store {fmt_s(ph['store'])}",
            )
        )

    # -- P1 ----------------------------------------------------------------------------------------
    def p1(self) -> None:
        state = self.imported_state
        if state is None:
            state = self.work / "import-p1.db"
            self.engine_import(state)
            self.imported_state = state
        config = load_config(self.config("alice", state, name="p1"))
        wire = Wire()
        engine = self.engine(config, state, wire)
        try:
            t0 = time.perf_counter()
            first = run_async(engine.cycle())
            log(
                f"P1: first full cycle (INBOX since {self.since - timedelta(days=31)}, decisions, notices): "
                f"{time.perf_counter() - t0:.1f} s, {len(first.lines)} report lines"
            )
            settle = 0
            while settle < 3:  # the notices of the first cycle arrive in INBOX: read them
                wire.reset()
                run_async(engine.cycle())
                settle += 1
                if not any(name == "FETCH" or name == "UID FETCH" for name, _f in wire.commands):
                    break
            wire.reset()
            t0 = time.perf_counter()
            run_async(engine.cycle())
            took = time.perf_counter() - t0
            run_async(engine.disconnect())
        finally:
            engine.store.close()
        per = wire.per_folder()
        names = wire.names()
        self.res.facts["p1"] = {
            "commands": names,
            "per_folder": dict(per),
            "body": wire.body_bytes,
            "bytes_in": wire.bytes_in,
        }
        base_cmds: Counter[str] | None = None
        base_bytes = 0
        if self.have_mbsync():
            root = self.work / "mbsync-idle"
            tap = Tap(self.rig.imap_port)
            self.taps.append(tap)
            rc = self.mbsync_rc(root, self.rig.imap_port)
            self.mbsync(rc, "sent", "inbox")
            rc = self.mbsync_rc(root, tap.port)
            t_mark = time.monotonic()
            self.mbsync(rc, "sent", "inbox")
            base_cmds = Counter(f or "(session)" for _t, _n, f in tap.since(t_mark))
            base_bytes = tap.bytes_in
        for folder in ("Sent", "INBOX"):
            n = per.get(folder, 0)
            cmds = ", ".join(
                f"{k.split()[0]}" for k, v in names.items() for _ in range(v) if k.endswith(folder)
            )
            base = f"{base_cmds.get(folder, 0)} commands" if base_cmds is not None else "—"
            ratio = (n / base_cmds[folder]) if base_cmds and base_cmds.get(folder) else None
            self.res.rows.append(
                Row(
                    f"P1 idle cycle: {folder}",
                    "≤ 2 commands, 0 body bytes",
                    f"{n} ({cmds or 'none'}), {wire.body_bytes} B bodies",
                    base,
                    ratio,
                    n <= 2 and wire.body_bytes == 0,
                    ""
                    if folder == "Sent"
                    else f"whole cycle {fmt_s(took)}, {fmt_bytes(wire.bytes_in)} received, session commands "
                    f"{per.get('(session)', 0)}; baseline = mbsync re-sync with nothing new "
                    f"({sum(base_cmds.values()) if base_cmds else 0} commands in all, {fmt_bytes(base_bytes)} received)",
                )
            )

    # -- the daemon: P1b and P3 --------------------------------------------------------------------
    def start_daemon(
        self, config: Path, logname: str, env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        out = (self.work / f"{logname}.log").open("wb")
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mailduns.cli.main",
                "--config",
                str(config),
                "run",
                "--now",
                NOW.isoformat(),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=self.work,
            env={**os.environ, **(env or {})},
        )
        out.close()
        self.procs.append(proc)
        return proc

    def daemon_log(self, logname: str) -> str:
        try:
            return "\n".join((self.work / f"{logname}.log").read_text(errors="replace").splitlines()[-15:])
        except OSError:
            return ""

    def daemon(self, *, trials: bool) -> None:
        """The real daemon (`mailduns run`) on the imported state, through a Tap: P1 between events, P3."""
        o = self.opts
        assert self.box is not None
        if self.imported_state is None:
            self.p1_state_only()
        assert self.imported_state is not None
        state = self.work / "daemon.db"
        copy_db(self.imported_state, state)
        tap = Tap(self.rig.imap_port)
        self.taps.append(tap)
        config = self.config("alice", state, port=tap.port, name="daemon")
        proc = self.start_daemon(config, "daemon")
        if not wait_until(functools.partial(_idle_or_gone, tap, proc, 1.0), 300, 0.1) or proc.poll():
            raise RuntimeError(f"the daemon did not reach IDLE:\n{self.daemon_log('daemon')}")
        log("daemon: first cycle done, in IDLE")
        # P1b: between events
        time.sleep(1.0)
        c0, n0, t0 = cpu_seconds(proc.pid), tap.count(), time.monotonic()
        time.sleep(o.idle_window)
        c1, n1, t1 = cpu_seconds(proc.pid), tap.count(), time.monotonic()
        cpu = (c1 - c0) / (t1 - t0) * 100
        per_min = (n1 - n0) / (t1 - t0) * 60
        kinds = Counter(n for _t, n, _f in tap.since(t0) if _t <= t1)
        self.res.rows.append(
            Row("P1 daemon between events: CPU", "≈0 (≤ 1% of a core)", f"{cpu:.1f}%", met=cpu <= 1.0)
        )
        self.res.rows.append(
            Row(
                "P1 daemon between events: IMAP",
                "sits in IDLE (≤ 1 command/min)",
                f"{per_min:.0f} commands/min",
                met=per_min <= 1.0,
                note=f"{o.idle_window:.0f} s with nothing new: "
                + (", ".join(f"{k} ×{v}" for k, v in kinds.most_common()) or "no command")
                + " (counted by a proxy in front of Dovecot)",
            )
        )
        log(f"P1b: {cpu:.1f}% CPU, {per_min:.0f} commands/min while idle")
        if trials:
            self.p3(proc, tap, state)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)

    def p3(self, proc: subprocess.Popen[bytes], tap: Tap, state: Path) -> None:
        """Payment notices for followed invoices, one at a time with the daemon waiting in IDLE; then a
        few delivered while the daemon is busy with a cycle (the case a wait loop can miss)."""
        o = self.opts
        assert self.box is not None
        # Followed invoices: open, or held because the client wrote (a payment notice settles those too).
        with contextlib.closing(ro_db(state)) as db:
            followed = dict(
                db.execute("SELECT number, state FROM invoices WHERE state NOT IN ('paid', 'history')")
            )
        pool = [m for m in reversed(self.box.invoices) if m.number in followed]
        targets, pairs = pool[: o.trials], pool[o.trials : o.trials + 2 * o.busy_pairs]
        if len(targets) < o.trials:
            log(f"P3: only {len(targets)} followed invoices to pay (wanted {o.trials})")
        states = Counter(followed[m.number or ""] for m in targets)
        rng = random.Random(o.seed)
        watcher = IdleWatcher(self.rig)
        lat: list[float] = []
        base: list[float] = []
        misses: list[list[tuple[float, str]]] = []
        missed = 0
        try:
            for inv in targets:
                self.settle(tap, state)
                time.sleep(rng.uniform(0.0, 1.0))  # mail arrives at any moment, not in step with the daemon
                t0 = time.monotonic()
                self.rig.deliver(self.notice(inv), self.rig.address("alice"))
                paid = self.wait_paid(state, inv, o.miss_after)
                lat.append(time.monotonic() - t0 if paid else float("inf"))
                heard = watcher.first_after(t0)
                if heard is not None:
                    base.append(heard - t0)
                if not paid:
                    missed += 1
                    # where the daemon was when the notice landed: its last commands before delivery
                    misses.append(
                        [(round(t - t0, 3), n) for t, n, _f in tap.since(t0 - 1.5) if t <= t0 + 0.05][-3:]
                    )
        finally:
            watcher.stop()
        # A notice not acted on within `miss_after` counts as infinitely late: the median is over every
        # trial. (The daemon would act on it at the next event or poll, minutes later.)
        med, b = median(lat), median(base)
        inf = float("inf")
        p90 = sorted(lat)[max(0, int(len(lat) * 0.9) - 1)] if lat else float("nan")
        done = [x for x in lat if x != inf]
        self.res.facts["p3"] = {"latency": lat, "idle": base, "misses": misses}
        miss_note = ""
        if misses:
            shown = misses[:6]
            miss_note = (
                f"; {missed} of {len(targets)} not acted on within {o.miss_after:.0f} s; the daemon's last "
                "commands before " + ("the first 6 of " if len(misses) > 6 else "") + "those deliveries "
                "(s from delivery): " + " | ".join(", ".join(f"{n} {t:+.3f}" for t, n in m) for m in shown)
            )
        self.res.rows.append(
            Row(
                f"P3 payment → paid (median of {len(targets)})",
                "≤ 2 s",
                fmt_s(med) if med != inf else f"> {o.miss_after:.0f} s ({missed} of {len(targets)} missed)",
                fmt_s(b),
                med / b if b and med != inf else None,
                bool(lat) and med <= 2.0,
                f"delivered at random moments; p90 {fmt_s(p90) if p90 != inf else 'missed'}, slowest acted on "
                f"{fmt_s(max(done)) if done else '—'}"
                + miss_note
                + "; the invoices were "
                + ", ".join(f"{k} {v}" for k, v in states.items())
                + " before their notice; baseline = a bare imapclient IDLE on the same INBOX hearing EXISTS",
            )
        )
        log(f"P3: median {fmt_s(med)} (IDLE hears it after {fmt_s(b)})")
        if not pairs:
            return
        busy: list[float | None] = []
        for first, second in zip(pairs[::2], pairs[1::2], strict=False):
            self.settle(tap, state)
            t0 = time.monotonic()
            self.rig.deliver(self.notice(first), self.rig.address("alice"))
            # deliver the second once the daemon's cycle for the first has begun (its STATUS is on the wire)
            wait_until(functools.partial(tap.saw, "STATUS", t0), 10.0, 0.002)
            t1 = time.monotonic()
            self.rig.deliver(self.notice(second), self.rig.address("alice"))
            self.wait_paid(state, first, 20.0)
            paid = self.wait_paid(state, second, o.busy_wait)
            busy.append(time.monotonic() - t1 if paid else None)
            log(
                f"P3 during a cycle: {fmt_s(time.monotonic() - t1) if paid else f'not paid in {o.busy_wait:.0f} s'}"
            )
        got = [x for x in busy if x is not None]
        self.res.rows.append(
            Row(
                "P3 notice arriving during a cycle",
                "≤ 2 s",
                f"{len(got)} of {len(busy)} paid within {o.busy_wait:.0f} s"
                + (f", worst {fmt_s(max(got))}" if got else ""),
                met=len(got) == len(busy) and all(x <= 2.0 for x in got),
                note="a second notice delivered while the daemon works on the first (after its STATUS); a miss "
                "waits for the next event or the poll ([daemon] poll_seconds = 300 here)",
            )
        )

    def notice(self, inv: mailgen.Msg) -> bytes:
        assert inv.number is not None and inv.amount is not None
        clients = {c.email: c.name for c in mailgen.CLIENTS}
        to = re.search(rb"^To: .*<([^>]+)>", inv.raw, re.MULTILINE)
        name = clients.get(to.group(1).decode() if to else "", "Client")
        return mailgen.payment_notice(
            inv.number,
            inv.amount,
            inv.lang,
            name,
            NOW,
            f"<p3-{inv.number}-{os.getpid()}@bank.example>".replace("/", "."),
        )

    def wait_paid(self, state: Path, inv: mailgen.Msg, timeout: float) -> bool:
        with contextlib.closing(ro_db(state)) as db:
            return wait_until(functools.partial(_is_paid, db, inv.number or ""), timeout, 0.005)

    def p1_state_only(self) -> None:
        state = self.work / "import-p3.db"
        self.engine_import(state)
        self.imported_state = state

    def settle(self, tap: Tap, state: Path) -> None:
        """Wait until the daemon has nothing left to do: no notice waiting to be sent, and back in its
        wait loop (SELECT + IDLE only) for a moment. Not "INBOX read to its end": the daemon's own notice
        lands in INBOX during its cycle and may only be read at the next event."""
        seen: dict[str, object] = {}

        def quiet() -> bool:
            with contextlib.closing(ro_db(state)) as db:
                pending = db.execute(
                    "SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')"
                ).fetchone()[0]
            seen.update(pending=pending, waiting=round(tap.waiting_for(), 2))
            return pending == 0 and tap.waiting_for() > 0.2

        if not wait_until(quiet, 30, 0.02):
            log(f"the daemon did not settle within 30 s: {seen}")

    # -- P4 ----------------------------------------------------------------------------------------
    def p4(self) -> None:
        o = self.opts
        t0 = time.perf_counter()
        box = mailgen.generate(
            o.p4_invoices,
            0,
            seed=o.seed + 1,
            invoice_share=1.0,
            end=NOW,
            years=10.0,
            owner="dave@example.test",
            owner_name="Davide Conti",
        )
        c = self.rig.imap("dave")
        try:
            mailgen.load(c, "Sent", box.sent)
        finally:
            c.logout()
        log(
            f"P4: {o.p4_invoices} invoices ({fmt_bytes(box.size('Sent'))}) generated and loaded in "
            f"{time.perf_counter() - t0:.1f} s; the daemon imports them"
        )
        shm = Path("/dev/shm") if Path("/dev/shm").is_dir() else self.work
        state_dir = Path(tempfile.mkdtemp(prefix="mailduns-p4-", dir=shm))
        try:
            since = (NOW - timedelta(days=365 * 11)).date().isoformat()
            rss: dict[str, dict[str, int]] = {}
            took: dict[str, float] = {}
            for user in ("erin", "dave"):
                tap = Tap(self.rig.imap_port)
                self.taps.append(tap)
                state = state_dir / f"{user}.db"
                config = self.config(user, state, since=since, port=tap.port, name=f"p4-{user}")
                t_start = time.monotonic()
                proc = self.start_daemon(config, f"p4-{user}")
                ok = wait_until(functools.partial(_idle_or_gone, tap, proc, 1.5), 900, 0.1)
                if not ok or proc.poll() is not None:
                    raise RuntimeError(
                        f"the {user} daemon did not reach IDLE:\n{self.daemon_log(f'p4-{user}')}"
                    )
                took[user] = time.monotonic() - t_start - 1.5
                rss[user] = proc_status(proc.pid)
                with contextlib.closing(ro_db(state)) as db:
                    tracked = db.execute(
                        "SELECT COUNT(*) FROM invoices WHERE state NOT IN ('paid', 'history')"
                    ).fetchone()[0]
                rss[user]["tracked"] = tracked
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=30)
                tap.close()
                log(
                    f"P4: {user}: VmRSS {rss[user].get('VmRSS', 0) / 1024:.1f} MB, peak "
                    f"{rss[user].get('VmHWM', 0) / 1024:.1f} MB, {tracked} invoices tracked, ready after {took[user]:.0f} s"
                )
        finally:
            shutil.rmtree(state_dir, ignore_errors=True)
        d, e = rss["dave"], rss["erin"]
        mb = d.get("VmRSS", 0) / 1024
        base = e.get("VmRSS", 0) / 1024
        self.res.facts["p4"] = {"rss": rss, "import_s": took}
        self.res.rows.append(
            Row(
                f"P4 daemon RSS, {d['tracked']} invoices",
                "≤ 60 MB",
                f"{mb:.1f} MB",
                f"{base:.1f} MB",
                mb / base if base else None,
                mb <= 60 and d["tracked"] >= o.p4_invoices,
                f"peak (VmHWM) {d.get('VmHWM', 0) / 1024:.1f} MB; cold import took {took['dave']:.0f} s, done by a child `run --once` the daemon starts for a new state "
                f"(state on tmpfs); baseline = the same daemon on an empty mailbox",
            )
        )
        if o.profile and mb > 60:
            log(
                "P4: where the memory goes (imports one by one, then one more cold import in a probe process)"
            )
            probe_dir = Path(tempfile.mkdtemp(prefix="mailduns-p4-probe-", dir=shm))
            try:
                config = self.config("dave", probe_dir / "probe.db", since=since, name="p4-probe")
                self.res.profiles["P4"] = memory_probe(config)
            finally:
                shutil.rmtree(probe_dir, ignore_errors=True)

    # -- P5 ----------------------------------------------------------------------------------------
    def p5(self) -> None:
        """`Engine._decide` over a big store. The first pass after a bulk insert plans every invoice
        (their next due time is not known yet); the goal is the steady cycle after it."""
        o = self.opts
        state = self.work / "p5.db"
        config = load_config(self.config("alice", state, since="2020-01-01", name="p5"))
        seed_invoices(state, o.p5_invoices, DECIDE_AT)
        with contextlib.closing(sqlite3.connect(state)) as db:
            t0 = time.perf_counter()
            due = db.execute(
                "SELECT COUNT(*) FROM invoices WHERE state IN ('open', 'snoozed') AND due_date <= ?",
                ((DECIDE_AT + timedelta(days=3)).date().isoformat(),),
            ).fetchone()[0]
            base = time.perf_counter() - t0
        times: list[float] = []
        queued: list[int] = []

        def decide() -> None:
            engine = self.engine(config, state, now=DECIDE_AT, dry_run=True)
            try:
                report = CycleReport(DECIDE_AT)
                t0 = time.perf_counter()
                engine._decide(DECIDE_AT, report)
                times.append(time.perf_counter() - t0)
                queued.append(report.queued)
            finally:
                engine.store.close()
            log(f"P5 decision cycle {len(times)}: {fmt_s(times[-1])}, {report.queued} queued")

        decide()  # the first pass after seeding
        for _ in range(o.repeats):
            decide()
            if times[-1] > 5:
                break  # slow enough: more runs would only cost minutes
        first, steady = times[0], times[1:]
        m = median(steady)
        self.res.facts["p5"] = times
        self.res.rows.append(
            Row(
                f"P5 decide, {o.p5_invoices:,} open",
                "≤ 200 ms",
                fmt_s(m),
                fmt_s(base),
                m / base if base else None,
                m <= 0.2,
                f"median of {len(steady)} cycles; the first pass after seeding (every invoice planned once, "
                f"{queued[0]} of the {due} due reminders queued) took {fmt_s(first)}; baseline = one SQL query "
                f"counting the invoices with a step due",
            )
        )
        if o.profile and (m > 0.2 or first > 1.0):
            self.res.profiles["P5 (steady cycle)" if m > 0.2 else "P5 (first pass after seeding)"] = (
                self._profile_decide(config, fresh=m <= 0.2)
            )

    def _profile_decide(self, config: Config, *, fresh: bool) -> str:
        state = self.work / ("p5-profile.db" if fresh else "p5.db")
        if fresh:
            seed_invoices(state, self.opts.p5_invoices, DECIDE_AT)
        engine = self.engine(config, state, now=DECIDE_AT, dry_run=True)
        prof = cProfile.Profile()
        try:
            prof.enable()
            engine._decide(DECIDE_AT, CycleReport(DECIDE_AT))
            prof.disable()
        finally:
            engine.store.close()
        return profile_text(prof)

    # -- all ---------------------------------------------------------------------------------------
    def run(self) -> Results:
        only = self.opts.only
        if "p2" in only:
            self.p2()
        if "p1" in only:
            self.p1()
        if "p1" in only or "p3" in only:
            self.daemon(trials="p3" in only)
        if "p4" in only:
            self.p4()
        if "p5" in only:
            self.p5()
        return self.res


# Run in a fresh interpreter: RSS after each import the daemon makes, then after a real first cycle.
_PROBE = r"""
import asyncio, collections, ctypes, gc, importlib, json, sys
from pathlib import Path
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
out = {"imports": []}
last = rss()
out["interpreter"] = last
for name in ("asyncio", "sqlite3", "imapclient", "aiosmtplib", "jinja2", "babel.numbers", "babel.dates",
             "holidays", "pypdf", "asn1crypto.cms", "defusedxml.ElementTree", "rich.table", "tenacity",
             "mailduns.settings.config", "mailduns.reading", "mailduns.letters.compose", "mailduns.service.engine", "mailduns.cli.main"):
    importlib.import_module(name)
    now = rss()
    out["imports"].append((name, now - last))
    last = now
from mailduns.cli.main import templates_for
from mailduns.core.clock import FixedClock
from mailduns.settings.config import load_config
from mailduns.service.engine import Engine
from mailduns.store.db import Store
from datetime import datetime
cfg = load_config(Path(sys.argv[1]))
engine = Engine(cfg, Store(cfg.state.path), FixedClock(datetime.fromisoformat(sys.argv[2])), templates_for(cfg))
async def first():
    try:
        await engine.cycle()
    finally:
        await engine.disconnect()
import tracemalloc
before = rss()
modules = set(sys.modules)
tracemalloc.start()
asyncio.run(first())
gc.collect()
out["before_cycle"] = before
out["after_cycle"] = rss()
snap = tracemalloc.take_snapshot()
out["traced"] = sum(s.size for s in snap.statistics("filename")) / 2**20
out["peak_traced"] = tracemalloc.get_traced_memory()[1] / 2**20
tracemalloc.stop()
out["top"] = [(str(s.traceback[0]), s.size / 2**20, s.count) for s in snap.statistics("lineno")[:8]]
out["loaded"] = collections.Counter(m.split(".")[0] for m in set(sys.modules) - modules).most_common(8)
kinds = collections.Counter(type(o).__name__ for o in gc.get_objects())
out["objects"] = kinds.most_common(8)
out["invoices_held"] = kinds.get("Invoice", 0)
try:
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    out["after_malloc_trim"] = rss()
except OSError:
    pass
print(json.dumps(out))
"""


def memory_probe(config: Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(config), NOW.isoformat()],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        return f"    the memory probe failed: {proc.stderr.strip()[-500:]}"
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    lines = [f"    interpreter alone: {data['interpreter']:.1f} MB; what each import adds (MB):"]
    lines += [
        f"      +{mb:5.1f}  {name}" for name, mb in sorted(data["imports"], key=lambda x: -x[1]) if mb >= 0.3
    ]
    floor = data["interpreter"] + sum(mb for _n, mb in data["imports"])
    lines.append(f"    after all imports: {floor:.1f} MB")
    lines.append(
        f"    before the first cycle: {data['before_cycle']:.1f} MB; after it (the cold import), gc'd: "
        f"{data['after_cycle']:.1f} MB"
    )
    lines.append(
        f"    Python objects allocated during the cycle and still alive: {data['traced']:.1f} MB (peak while "
        f"importing {data['peak_traced']:.1f} MB); Invoice objects alive: {data['invoices_held']}"
    )
    lines.append(
        "    modules first imported during the cycle: "
        + ", ".join(f"{name} ({n})" for name, n in data["loaded"])
    )
    lines.append("    largest of those, by line:")
    lines += [f"      {mb:6.2f} MB {count:7d} blocks  {_short(where)}" for where, mb, count in data["top"]]
    if "after_malloc_trim" in data:
        lines.append(
            f"    after malloc_trim(0): {data['after_malloc_trim']:.1f} MB (the difference: freed memory glibc "
            "kept; the rest above the floor is allocator fragmentation and lazily loaded code)"
        )
    return "\n".join(lines)


def _idle_or_gone(tap: Tap, proc: subprocess.Popen[bytes], seconds: float) -> bool:
    return tap.waiting_for() > seconds or proc.poll() is not None


def _is_paid(db: sqlite3.Connection, number: str) -> bool:
    return _state(db, number) == "paid"


def _state(db: sqlite3.Connection, number: str) -> str | None:
    try:
        row = db.execute(
            "SELECT state FROM invoices WHERE number = ? ORDER BY id DESC LIMIT 1", (number,)
        ).fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


class IdleWatcher:
    """A bare imapclient in IDLE on alice's INBOX: when does Dovecot tell an IDLE client of new mail?"""

    def __init__(self, rig: MailRig) -> None:
        self.client = rig.imap("alice")
        self.client.select_folder("INBOX", readonly=True)
        self.heard: list[float] = []
        self.stopping = False
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        c = self.client
        c.idle()
        while not self.stopping:
            for r in c.idle_check(timeout=0.2):
                if len(r) > 1 and r[1] == b"EXISTS":
                    with self.lock:
                        self.heard.append(time.monotonic())
        c.idle_done()
        c.logout()

    def first_after(self, t: float) -> float | None:
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            with self.lock:
                after = [h for h in self.heard if h >= t]
            if after:
                return after[0]
            time.sleep(0.01)
        return None

    def stop(self) -> None:
        self.stopping = True
        self.thread.join(timeout=5)


def seed_invoices(path: Path, n: int, now: datetime, due_today: int = 5) -> None:
    """`n` open invoices straight into a fresh store: due dates spread over the next year, except
    `due_today` whose courtesy step (3 days before the due date) falls due now."""
    Store(path).close()
    rows = []
    today = now.date()
    for i in range(n):
        client = mailgen.CLIENTS[i % len(mailgen.CLIENTS)]
        email = f"c{i % 500}.{client.email}"
        due = today + timedelta(days=3) if i < due_today else today + timedelta(days=4 + i % 361)
        sent = datetime.combine(due - timedelta(days=30), now.timetz())
        amount = Decimal(150 + (i * 37) % 8000) * Decimal("1.22")
        rows.append(
            (
                f"<seed-{i}@example.test>#S{i}",
                f"S{i}/2026",
                f"<seed-{i}@example.test>",
                "[]",
                f"Fattura S{i}/2026",
                "Sent",
                1,
                i + 1,
                sent.isoformat(),
                sent.date().isoformat(),
                due.isoformat(),
                f"{amount:.2f}",
                f"{amount:.2f}",
                "EUR",
                email,
                client.name,
                json.dumps([email]),
                "[]",
                client.lang,
                "body",
                "open",
                "seeded",
                now.isoformat(),
            )
        )
    db = sqlite3.connect(path)
    with db:
        db.executemany(
            "INSERT INTO invoices (key, number, message_id, refs, subject, folder, uidvalidity, uid, sent_at,"
            " issue_date, due_date, amount, total, currency, client_email, client_name, recipients, cc, language,"
            " source, state, why, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    db.close()


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", action="store_true", help="a tenth of every size, 10 latency trials (~1 min)")
    ap.add_argument("--only", default="p1,p2,p3,p4,p5", help="comma-separated goals to measure (p1..p5)")
    ap.add_argument("--profile", action="store_true", help="profile the goals that are missed (adds time)")
    ap.add_argument("--no-mbsync", action="store_true", help="skip the mbsync comparisons")
    ap.add_argument(
        "--mbsync-fsync",
        action="store_true",
        help="also time mbsync as shipped (FSync yes: ~1 min here, an fsync per message)",
    )
    ap.add_argument("--no-install", action="store_true", help="never apt-get install isync")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--rtt-ms",
        type=float,
        default=50.0,
        help="P2 also through a proxy with this round-trip time (default 50; 0 and --mbit 0: skip)",
    )
    ap.add_argument(
        "--mbit", type=float, default=20.0, help="... and this bandwidth each way, Mbit/s (default 20)"
    )
    args = ap.parse_args(argv)
    opts = Options.small() if args.small else Options()
    opts.only = frozenset(x.strip().lower() for x in args.only.split(",") if x.strip())
    opts.profile, opts.mbsync, opts.install, opts.seed = (
        args.profile,
        not args.no_mbsync,
        not args.no_install,
        args.seed,
    )
    opts.mbsync_fsync = args.mbsync_fsync
    opts.rtt_ms, opts.mbit = args.rtt_ms, args.mbit
    t0 = time.monotonic()
    # The in-process engine logs each message it reads only in part; the figures are what matter here.
    logging.getLogger("mailduns").setLevel(logging.ERROR)
    signal.signal(signal.SIGTERM, _terminate)  # so that `finally` stops Dovecot and the daemons
    work = Path(tempfile.mkdtemp(prefix="mailduns-bench-"))
    bench = Bench(opts, work)
    try:
        bench.start()
        res = bench.run()
    finally:
        bench.stop()
        shutil.rmtree(work, ignore_errors=True)
    took = time.monotonic() - t0
    load = os.getloadavg()[1]
    title = (
        f"mailduns sync benchmark — {opts.sent:,} Sent + {opts.inbox:,} INBOX on loopback Dovecot, "
        f"{os.cpu_count()} cores (load average over the run ≈ {load:.1f}), {took / 60:.1f} min"
        f"{' (--small)' if args.small else ''}"
    )
    print(render(res.rows, title))
    for goal, text in res.profiles.items():
        print(f"\nprofile of {goal}:\n{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
