"""Named points on the send path where the crash harness (bench/crash.py, tests/test_crash.py) kills us.

`MAILDUNS_FAULT="after-250:2"` makes the process SIGKILL itself the 2nd time it reaches the point
"after-250". Unset (always, outside the harness) it costs one dictionary lookup. Killing ourselves
at exact points is what lets a test prove exactly-once sending for every interleaving that
matters, instead of hoping a random timer lands in the right microsecond.
"""

from __future__ import annotations

import os
import signal

POINTS = (
    "before-smtp",
    "before-data",
    "after-250",
    "before-append",
    "after-append",
    # letters that wait for approval: before and after the APPEND to Drafts, after a draft's removal
    "before-draft",
    "after-draft",
    "after-remove-draft",
)

_spec = os.environ.get("MAILDUNS_FAULT", "")
_point, _, _count = _spec.partition(":")
_left = int(_count or "1") if _point else 0


def fault(point: str) -> None:
    global _left
    if not _point or point != _point:
        return
    _left -= 1
    if _left == 0:
        os.kill(os.getpid(), signal.SIGKILL)
