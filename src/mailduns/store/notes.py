"""Owner notes and corrections in the state database (tables of migration 0006_owner_notes_and_corrections).

A note mailduns sends the freelancer about a message it read is remembered with that message (its
Message-ID, how it was read, its words normalised) and its invoices as they stood before and after
it, so that the freelancer's answer to the note — a reply whose In-Reply-To names it, or `mailduns
answer` — acts on them; the answer is then kept as a correction the reader applies to messages
phrased alike.

Why apart from db.py: like store/notices.py, these functions only take a Store and touch their own
two tables, so db.py stays the home of the invoices, events and outbox, and merges stay small.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime

from mailduns.core.model import InvoiceState, Note, NoteInvoice
from mailduns.store.db import Store

__all__ = ["add_correction", "add_note", "corrections", "invoice_ids_with_message", "note", "notes_about"]


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat()


def _dt(s: str | None) -> datetime | None:
    return datetime.fromisoformat(s) if s else None


def add_note(store: Store, n: Note) -> None:
    """Remember a note about a message (a second note with the same Message-ID is the same note)."""
    rows = [
        {
            "id": i.invoice_id,
            "state": i.state.value,
            "why": i.why,
            "snooze_until": _iso(i.snooze_until) if i.snooze_until else None,
            "snooze_reason": i.snooze_reason,
            "after_state": i.after_state.value,
            "after_why": i.after_why,
        }
        for i in n.invoices
    ]
    with store.transaction():
        store.db.execute(
            "INSERT OR IGNORE INTO owner_notes VALUES (?, ?, ?, ?, ?, ?)",
            (n.message_id, n.about, n.kind, n.text, json.dumps(rows), _iso(n.at)),
        )


def _note(r: sqlite3.Row) -> Note:
    invoices = tuple(
        NoteInvoice(
            d["id"],
            InvoiceState(d["state"]),
            d["why"],
            _dt(d["snooze_until"]),
            d["snooze_reason"],
            InvoiceState(d["after_state"]),
            d["after_why"],
        )
        for d in json.loads(r["invoices"])
    )
    return Note(r["message_id"], r["about"], r["kind"], r["text"], invoices, datetime.fromisoformat(r["at"]))


def note(store: Store, message_ids: Sequence[str]) -> Note | None:
    """The note one of `message_ids` names (an answer's In-Reply-To first, then its References)."""
    for mid in message_ids:
        row = store.db.execute("SELECT * FROM owner_notes WHERE message_id = ?", (mid,)).fetchone()
        if row is not None:
            return _note(row)
    return None


def notes_about(store: Store, about: str) -> list[Note]:
    """Every note about one message, oldest first (one per invoice it changed, usually one)."""
    rows = store.db.execute("SELECT * FROM owner_notes WHERE about = ? ORDER BY at, rowid", (about,))
    return [_note(r) for r in rows]


def invoice_ids_with_message(store: Store, message_id: str) -> list[int]:
    """The invoices an event names this message for (a message read without a note)."""
    rows = store.db.execute(
        "SELECT DISTINCT invoice_id FROM events WHERE message_id = ? AND invoice_id IS NOT NULL"
        " ORDER BY invoice_id",
        (message_id,),
    )
    return [int(r[0]) for r in rows]


def add_correction(
    store: Store, about: str, answer: str, text: str, kind: str, said: str, at: datetime
) -> None:
    """How the message `about` should have been read; a later answer about it replaces this one."""
    with store.transaction():
        store.db.execute(
            "INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(about) DO UPDATE SET "
            "answer = excluded.answer, text = excluded.text, kind = excluded.kind, said = excluded.said, "
            "at = excluded.at",
            (about, answer, text, kind, said, _iso(at)),
        )


def corrections(store: Store) -> list[tuple[str, str]]:
    """(normalised text, answer) of every correction, oldest first."""
    rows = store.db.execute("SELECT text, answer FROM corrections WHERE text != '' ORDER BY at, rowid")
    return [(str(r[0]), str(r[1])) for r in rows]
