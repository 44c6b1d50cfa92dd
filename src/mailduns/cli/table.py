"""Readable tables for the terminal (rich), rendered to a string so commands stay easy to test.

Why strings and no colour: the output is read in a terminal, but also piped into `less`, mailed
from cron or pasted into a support request; plain text with aligned columns survives all of them.
Columns that must stay whole (numbers, amounts, dates) never wrap; the explanation column folds.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["render_log_table", "render_status_table", "render_table", "terminal_width"]


def terminal_width(default: int = 120) -> int:
    """The terminal's width, never narrower than 80 columns (a pipe gets `default`)."""
    return max(80, shutil.get_terminal_size((default, 24)).columns)


def render_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    title: str | None = None,
    wrap: Sequence[str] = (),
    right: Sequence[str] = (),
    width: int | None = None,
) -> str:
    """A plain-text table: `wrap` names the columns allowed to fold, `right` the right-aligned ones."""
    from rich import box  # imported by the commands that print, not by the daemon
    from rich.console import Console
    from rich.table import Table

    table = Table(
        box=box.SIMPLE_HEAD,
        title=title,
        title_justify="left",
        show_edge=False,
        pad_edge=False,
        header_style="bold",
    )
    for name in headers:
        table.add_column(
            name,
            no_wrap=name not in wrap,
            overflow="fold" if name in wrap else "ellipsis",
            justify="right" if name in right else "left",
        )
    for row in rows:
        table.add_row(*row)
    # Whole columns never shrink into "…": when the terminal is too narrow for them, the table is
    # drawn wider and the terminal wraps it, which keeps every number readable.
    needed = sum(
        max([len(h), *(len(r[i]) for r in rows)]) + 3
        if h not in wrap
        else min(24, max([len(h), *(len(r[i]) for r in rows)]) + 3)
        for i, h in enumerate(headers)
    )
    out = io.StringIO()
    console = Console(
        file=out,
        width=max(width or terminal_width(), needed),
        color_system=None,
        force_terminal=False,
        no_color=True,
        highlight=False,
        emoji=False,
        legacy_windows=False,
        soft_wrap=False,
    )
    console.print(table)
    return "\n".join(line.rstrip() for line in out.getvalue().rstrip("\n").splitlines())


def _s(value: Any, empty: str = "-") -> str:
    return empty if value is None or value == "" else str(value)


def render_status_table(rows: Sequence[Mapping[str, Any]], *, width: int | None = None) -> str:
    """`mailduns status` for people: one line per invoice, what happens next and why.

    `rows` are the dictionaries of `status --json` (the contract's keys), so both views always say
    the same thing.
    """
    if not rows:
        return "No invoices are being followed yet. They appear here after the first `mailduns run`."
    body = []
    for r in rows:
        amount = f"{r['amount']} {r['currency']}" if r.get("amount") else "?"
        nxt = _s(r.get("next_step"))
        if r.get("next_at"):
            nxt = f"{nxt} {str(r['next_at'])[:16].replace('T', ' ')}"
        body.append(
            (
                _s(r.get("number")),
                _s(r.get("client_name") or r.get("client_email"), "?"),
                amount,
                _s(r.get("due_date")),
                _s(r.get("state")),
                _s(r.get("last_step")),
                nxt,
                _s(r.get("why"), ""),
            )
        )
    open_count = sum(1 for r in rows if r.get("state") in ("open", "snoozed", "hold"))
    title = f"{len(rows)} invoice{'s' if len(rows) != 1 else ''}, {open_count} still to be paid"
    return render_table(
        ("invoice", "client", "amount", "due", "state", "last step", "next step", "why"),
        body,
        title=title,
        wrap=("why", "client"),
        right=("amount",),
        width=width,
    )


def render_log_table(entries: Sequence[Mapping[str, Any]], *, width: int | None = None) -> str:
    """`mailduns log INVOICE`: one line per event or mail, oldest first (keys: at, what, detail)."""
    if not entries:
        return "Nothing has happened to this invoice yet."
    body = [(_s(e.get("at")), _s(e.get("what")), _s(e.get("detail"), "")) for e in entries]
    return render_table(("when", "what", "detail"), body, wrap=("detail",), width=width)
