"""Reading a big batch of messages in worker processes.

A first sync of ten years of Sent reads about a thousand invoices: PDFs, XML, MIME trees. Done in the
daemon's own process that work costs twice: it uses one core of two, and it leaves the allocator
fragmented, so a daemon that will then sit in IDLE for months keeps the peak of its first hour
(about 20 MB more than it needs). Worker processes read in parallel and give every byte back when
they exit at the end of the sync.

The reader is a pure function (bytes → facts), so moving it to another process changes nothing in
what is read. Small batches (every normal cycle) are read in-process: starting a worker costs more
than reading a few messages. A worker that dies (out of memory, killed) is not a failure: the rest
is read in-process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from mailduns.reading import ReadingRules, read_message
from mailduns.reading.model import MessageFacts

log = logging.getLogger("mailduns")

PARALLEL_MIN = 40  # a batch with fewer messages to read is read in-process
MAX_WORKERS = 4

_rules: ReadingRules | None = None


def _init(rules: ReadingRules) -> None:
    global _rules
    _rules = rules


def _noop() -> None:
    return None


def _read_one(raw: bytes) -> MessageFacts | None:
    """None when the reader raised: the daemon reads that one again in-process, where a failure is
    logged once and the message skipped, exactly as without workers."""
    if _rules is None:
        return None
    try:
        return read_message(raw, _rules)
    except Exception:  # noqa: BLE001 - a reader bug: reported by the in-process read that follows
        return None


class ReadPool:
    """Worker processes for one sync of one folder; started at the first big batch, closed after."""

    def __init__(self, rules: ReadingRules, workers: int | None = None) -> None:
        self.rules = rules
        self.workers = workers or max(1, min(MAX_WORKERS, os.cpu_count() or 1))
        self._pool: ProcessPoolExecutor | None = None
        self.broken = False

    def warm(self, expected: int) -> None:
        """Start the workers now when a big read is coming, so their start-up (importing the reader,
        about half a second) overlaps the listing of the folder instead of adding to it."""
        if self.broken or expected < PARALLEL_MIN or self.workers < 2 or self._pool is not None:
            return
        try:
            self._start().submit(_noop)
        except (BrokenProcessPool, OSError) as exc:
            log.info("could not start worker processes to read mail (%s); reading in the daemon itself", exc)
            self.broken = True

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the daemon has threads (asyncio.to_thread), and a forked copy of a
            # threaded process can deadlock on a lock some thread held at the fork.
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init,
                initargs=(self.rules,),
            )
        return self._pool

    def read(self, raws: Sequence[bytes]) -> list[MessageFacts | None]:
        """Facts for each message, in order; None for any the workers could not give (read them in-process)."""
        if self.broken or len(raws) < PARALLEL_MIN or self.workers < 2:
            return [None] * len(raws)
        try:
            chunk = max(1, len(raws) // (self.workers * 4))
            return list(self._start().map(_read_one, raws, chunksize=chunk))
        except Exception as exc:  # noqa: BLE001 - a dead worker, a result that would not pickle: read here
            log.info("reading in worker processes failed (%s); reading in the daemon itself", exc)
            self.broken = True
            self.close()
            return [None] * len(raws)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
