"""The long-running loop: a cycle, then wait for new mail (IMAP IDLE) or the next due time.

SIGTERM/SIGINT stop cleanly between two steps of work; SIGHUP reloads the configuration and the
templates. A lost connection (server restart, network) is retried with a growing pause, so the
daemon outlives its mail server. systemd is told READY/STOPPING/STATUS when it runs under it.
"""

from __future__ import annotations

import asyncio
import ctypes
import functools
import gc
import logging
import os
import signal
import socket
import threading
import time as _time
from collections.abc import Callable
from datetime import datetime, timedelta

from mailduns.core import planner
from mailduns.core.clock import Clock
from mailduns.core.model import Invoice
from mailduns.service.engine import CycleReport, Engine
from mailduns.core.errors import ConfigError, MaildunsError
from mailduns.service.sdnotify import describe_status, keep_alive, watchdog_interval

log = logging.getLogger("mailduns")
MAX_BACKOFF = 300.0


def sd_notify(state: str) -> None:
    """Tell systemd (Type=notify) how we are; a no-op outside systemd."""
    addr = os.environ.get("NOTIFY_SOCKET")
    if not addr:
        return
    if addr.startswith("@"):
        addr = "\0" + addr[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
            s.connect(addr)
            s.sendall(state.encode())
    except OSError:
        pass


class OffsetClock:
    """`run --now X` as a daemon: time starts at X and moves on at the real pace."""

    def __init__(self, start: datetime) -> None:
        self.start = start
        self.t0 = _time.monotonic()

    def now(self) -> datetime:
        return self.start + timedelta(seconds=_time.monotonic() - self.t0)


def next_wake(engine: Engine, now: datetime, poll_seconds: float) -> float:
    """Seconds until the earliest next step of any followed invoice, capped by the poll interval."""
    nxt = engine.store.earliest_next_at()  # indexed: no planning of every invoice here
    copy_at = engine.next_copy_at()  # a sent letter whose copy the provider may still file
    if copy_at is not None and (nxt is None or copy_at < nxt):
        nxt = copy_at
    if nxt is None:
        return poll_seconds
    return min(poll_seconds, max(1.0, (nxt - now).total_seconds()))


async def run_forever(
    make_engine: Callable[[], Engine],
    clock: Clock,
    on_report: Callable[[CycleReport], None],
    first_sync: Callable[[], list[str]] | None = None,
) -> int:
    """`first_sync` gives the command line of a one-cycle run (`run --once`) that does a cold import
    in a child process: see `_first_sync_in_child`."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    stop_thread = threading.Event()
    reload_wanted = threading.Event()

    def request_stop() -> None:
        stop.set()
        stop_thread.set()

    def request_reload() -> None:
        reload_wanted.set()
        stop_thread.set()  # end a running IDLE now; the loop reloads and goes on

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, request_stop)
    loop.add_signal_handler(signal.SIGHUP, request_reload)

    engine = make_engine()
    failures = 0
    ready = False
    interval = watchdog_interval()
    watchdog = asyncio.create_task(keep_alive(interval, stop)) if interval else None
    try:
        if first_sync is not None and not engine.store.has_synced():
            await _first_sync_in_child(first_sync(), stop)
        while not stop.is_set():
            if reload_wanted.is_set():
                reload_wanted.clear()
                try:
                    new = make_engine()
                except ConfigError as exc:
                    log.error("the new configuration has a problem, keeping the old one: %s", exc)
                else:
                    await engine.disconnect()
                    engine.store.close()
                    engine = new
                    log.info("configuration and templates reloaded")
            stop_thread.clear()
            try:
                report = await engine.cycle()
                on_report(report)
                if report.fetched or not ready:  # after reading mail, and after the first planning
                    release_memory()
                failures = 0
                if not ready:  # READY after the first full sync (systemd waits for it)
                    sd_notify("READY=1")
                    ready = True
                sd_notify("STATUS=" + _status_line(engine))
            except MaildunsError as exc:
                if not ready:  # a server that is down must not fail the start: we retry
                    sd_notify("READY=1")
                    ready = True
                failures += 1
                pause = min(MAX_BACKOFF, 2.0**failures)
                log.warning("%s — trying again in %.0f s", exc, pause)
                sd_notify(f"STATUS=waiting for the mail server: {exc}")
                await _sleep(stop, pause)
                continue
            wait = next_wake(engine, clock.now(), float(engine.config.daemon.poll_seconds))
            if stop.is_set():
                break
            await _wait_for_mail(engine, wait, stop, stop_thread)
    finally:
        if watchdog is not None:
            watchdog.cancel()
        sd_notify("STOPPING=1")
        await engine.disconnect()
        engine.store.close()
    log.info("stopped")
    return 0


async def _first_sync_in_child(argv: list[str], stop: asyncio.Event) -> None:
    """Do the first sync of a new state (a cold import of years of Sent) in a child process.

    Reading a thousand invoices leaves the allocator fragmented: a daemon that did it itself keeps
    some 20-30 MB it no longer uses for as long as it runs. A child that does the import, stores every
    fact and exits gives all of it back; the daemon then starts from a store that is up to date and its
    own first cycle finds nothing new. The child is an ordinary `run --once`: the outbox makes any
    sending in it exactly-once like any other cycle. If it fails (server down, killed), the daemon's
    own cycle does the work as it always did. The watchdog keeps being fed meanwhile."""
    env = {k: v for k, v in os.environ.items() if k != "NOTIFY_SOCKET"}  # systemd hears the daemon only
    sd_notify("STATUS=first sync of the mailbox (reading the Sent folder)")
    try:
        proc = await asyncio.create_subprocess_exec(*argv, stdin=asyncio.subprocess.DEVNULL, env=env)
    except OSError as exc:
        log.info("could not start the first sync in a child process (%s); doing it here", exc)
        return
    waiting = asyncio.ensure_future(proc.wait())
    stopping = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({waiting, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if not waiting.done():
            proc.terminate()
            await proc.wait()
        elif proc.returncode != 0:
            log.info(
                "the first sync in a child process ended with code %s; the daemon does it itself",
                proc.returncode,
            )
    finally:
        stopping.cancel()
        waiting.cancel()


def release_memory() -> None:
    """Give the memory of a big read back to the system before sitting idle for hours.

    Reading mail (bodies, PDFs, XML) in worker threads leaves freed blocks spread over glibc's
    per-thread arenas; without a trim a daemon that cold-imported ten years of Sent keeps that
    peak for its whole life. A no-op where the C library has no malloc_trim (musl, macOS)."""
    gc.collect()
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


@functools.cache
def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL("libc.so.6")  # by name: find_library would run ldconfig each time
    except OSError:
        return None


def _status_line(engine: Engine) -> str:
    """ "3 invoices open, next reminder Mon 09:00 to ACME srl" for `systemctl status`.

    The letter and its instant are the planner's announcement, as `status` shows it. A wake-up is
    never later than the invoice's next letter (a snooze wakes the daemon at its end, which is not a
    letter), so walking the invoices by wake-up can stop at the first one later than the best letter."""
    store = engine.store
    now = engine.clock.now()
    open_count = store.count_invoices(["open", "snoozed"])
    best: tuple[datetime, str, Invoice] | None = None
    for wake, inv in store.upcoming(50):
        if best is not None and wake >= best[0]:
            break
        step, at = planner.announced(engine.plan_for(inv, now), now)
        if step is not None and at is not None and (best is None or at < best[0]):
            best = (at, step, inv)
    if best is None:
        return describe_status(open_count)
    at, step, inv = best
    return describe_status(
        open_count, at.astimezone(engine.config.owner.tz), inv.client_name or inv.client_email, step
    )


async def _sleep(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        pass


async def _wait_for_mail(
    engine: Engine, seconds: float, stop: asyncio.Event, stop_thread: threading.Event
) -> None:
    mb = engine.mailbox
    if not engine.config.daemon.idle or mb is None or mb.client is None or engine.folders is None:
        await _sleep(stop, seconds)
        return
    inbox = engine.folders.inbox
    mark = engine.store.folder_mark(inbox)
    try:
        can_idle = await asyncio.to_thread(mb.can_idle)
    except MaildunsError:
        can_idle = False
    if not can_idle:  # a server without IDLE is polled, never hammered
        await _sleep(stop, seconds)
        return

    def idle() -> None:
        mb.idle(
            inbox, seconds, after_uid=mark.last_uid if mark is not None else None, stop=stop_thread.is_set
        )

    try:
        await asyncio.to_thread(idle)
    except MaildunsError as exc:
        log.info("lost the IMAP connection while waiting (%s); reconnecting", exc)
        await engine.disconnect()
