"""Talking to systemd (Type=notify) without a library: READY, STATUS, WATCHDOG over a datagram socket.

Why by hand: the protocol is one datagram per message on the socket named in `$NOTIFY_SOCKET`
(sd_notify(3)), so a dependency would add more risk than it removes. Everything here is a no-op
outside systemd, so the same daemon runs in a terminal, under a test harness or as a service.

The watchdog (`WatchdogSec=` in the unit) restarts the daemon when it stops pinging. systemd tells
the process the timeout in `$WATCHDOG_USEC` (and, for forked helpers, which PID it means in
`$WATCHDOG_PID`); `watchdog_interval()` turns that into how often to ping, and `keep_alive()` is
the asyncio task that does the pinging from the event loop — so a wedged loop stops the pings and
systemd restarts us, which is the point.
"""

from __future__ import annotations

import asyncio
import os
import socket
from datetime import datetime

__all__ = ["describe_status", "keep_alive", "notify", "watchdog_interval"]


def notify(state: str) -> bool:
    """Send one sd_notify message ("READY=1", "STATUS=...", "WATCHDOG=1"); False when there is no
    systemd to tell or the socket refused it (never an exception: a status line is not worth a crash)."""
    addr = os.environ.get("NOTIFY_SOCKET", "")
    if not addr:
        return False
    if addr.startswith("@"):  # an abstract socket name
        addr = "\0" + addr[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as s:
            s.connect(addr)
            s.sendall(state.encode("utf-8", "replace"))
    except OSError:
        return False
    return True


def watchdog_interval() -> float | None:
    """Seconds between two WATCHDOG=1 pings, or None when systemd is not watching this process.

    Half the timeout, as sd_watchdog_enabled(3) advises, so one slow ping never costs a restart.
    `$WATCHDOG_PID` names the process systemd watches; when it is someone else (we are a child the
    daemon started), we must not ping on its behalf.
    """
    usec = os.environ.get("WATCHDOG_USEC", "").strip()
    if not usec:
        return None
    pid = os.environ.get("WATCHDOG_PID", "").strip()
    if pid:
        try:
            if int(pid) != os.getpid():
                return None
        except ValueError:
            return None
    try:
        micro = int(usec)
    except ValueError:
        return None
    if micro <= 0:
        return None
    return micro / 2 / 1_000_000


async def keep_alive(interval: float, stop: asyncio.Event) -> None:
    """Ping the watchdog every `interval` seconds until `stop` is set.

    Runs as a task on the daemon's event loop: IMAP work runs in threads, so the loop stays free
    unless something is truly stuck — exactly when systemd should step in.
    """
    while not stop.is_set():
        notify("WATCHDOG=1")
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
        except TimeoutError:
            pass


def describe_status(
    open_invoices: int,
    next_at: datetime | None = None,
    next_client: str | None = None,
    next_step: str | None = None,
) -> str:
    """The one-line `STATUS=` systemd shows in `systemctl status`, e.g.
    "3 invoices open, next reminder Mon 09:00 to ACME srl". `next_at` should already be in the
    owner's time zone. English on purpose: it is read by whoever administers the machine."""
    count = f"{open_invoices} invoice{'s' if open_invoices != 1 else ''} open"
    if next_at is None:
        return f"{count}, no reminder planned"
    what = f"next {next_step or 'reminder'}".replace("_", " ")
    when = next_at.strftime("%a %d %b %H:%M")
    return f"{count}, {what} {when}" + (f" to {next_client}" if next_client else "")


def cycle_line(at: datetime, read: int, sent: int, status: str) -> str:
    """The one line `mailduns run` prints per cycle on a terminal, so a person sees it is alive:
    "10:02  read 3 messages, sent 1 reminder; 3 invoices open, next reminder Mon 09:00 to ACME srl".
    Not printed under systemd, where `STATUS=` and the journal say the same."""
    did = (f"read {read} message{'s' if read != 1 else ''}" if read else "no new mail") + (
        f", sent {sent} message{'s' if sent != 1 else ''}" if sent else ""
    )
    return f"{at.strftime('%H:%M')}  {did}; {status}"
