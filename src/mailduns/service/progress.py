"""A progress bar for the first sync of a big mailbox, on a terminal only.

A cold import of ten years of Sent takes from seconds to minutes; someone who just ran `mailduns run`
should see that it works and how far it is. Under systemd, in a pipe or in CI nothing is drawn: the
journal gets its one line per decision, not bars. Small cycles (a few new messages) draw nothing either.
"""

from __future__ import annotations

import sys
import threading
from typing import IO, Any

MIN_TOTAL = 200  # fewer messages than this: done before a bar would be worth drawing


class TerminalProgress:
    """Called by the engine as `progress(what, done, total)`, from any thread."""

    def __init__(self, stream: IO[str] | None = None, *, force: bool = False) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = force or (hasattr(self.stream, "isatty") and self.stream.isatty())
        self._bar: Any = None
        self._tasks: dict[str, Any] = {}
        self._lock = threading.Lock()

    def __call__(self, what: str, done: int, total: int) -> None:
        if not self.enabled or total < MIN_TOTAL:
            return
        with self._lock:
            if self._bar is None:
                from rich.console import Console  # only a terminal that shows a bar needs rich
                from rich.progress import (
                    BarColumn,
                    MofNCompleteColumn,
                    Progress,
                    TextColumn,
                    TimeRemainingColumn,
                )

                console = Console(file=self.stream, force_terminal=True if self.enabled else None)
                self._bar = Progress(
                    TextColumn("{task.description}"),
                    BarColumn(),
                    MofNCompleteColumn(),
                    TimeRemainingColumn(),
                    console=console,
                    transient=False,
                )
                self._bar.start()
            task = self._tasks.get(what)
            if task is None:
                task = self._tasks[what] = self._bar.add_task(what, total=total)
            self._bar.update(task, completed=done, total=total)
            if all(t.finished for t in self._bar.tasks):  # the sync is through: leave the bar drawn, stop
                self._bar.stop()
                self._bar = None
                self._tasks.clear()

    def close(self) -> None:
        with self._lock:
            if self._bar is not None:
                self._bar.stop()
                self._bar = None
                self._tasks.clear()
