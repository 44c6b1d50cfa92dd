"""`mailduns answer MESSAGE-REF WORD [DATE]` and `mailduns promise INVOICE DATE`: the answers to
mailduns' notes, from the command line.

Thin: the words are read by `reading.answers` (the same reading as a reply from the mail client), the
decision is `core.decide.answered` / `promised`, and the engine carries it out (`Engine.answer`,
`Engine.promise`) exactly as it does for an answer by mail — including the correction it teaches.
"""

from __future__ import annotations

import argparse
from typing import Any

from mailduns.cli.common import load as _load
from mailduns.cli.common import templates_for
from mailduns.core.clock import FixedClock, SystemClock
from mailduns.core.errors import ConfigError, UnknownInvoice
from mailduns.core.model import Note, NoteInvoice
from mailduns.settings.config import Config
from mailduns.store import notes as owner_notes
from mailduns.store.db import Invoice, Store, open_store

__all__ = ["cmd_answer", "cmd_promise", "register"]

_WORDS = (
    "paid | promise DATE | dispute | resume | ignore (or pagato, promessa, contestazione, riprendi, ignora; "
    "pagado, promesa, disputa, reanudar, ignorar)"
)


def register(sub: Any) -> None:
    """Add `answer` and `promise` to the `mailduns` parser (`sub` is argparse's subparsers action)."""
    a = sub.add_parser(
        "answer",
        help="answer a note about a message, as a reply from the mail client would",
        description="Answer mailduns' note about a message it read: the same as replying to the "
        "note with WORD on the first line. The answer acts on the message's invoices and "
        "teaches mailduns to read messages phrased like it the same way. "
        f"WORD: {_WORDS}.",
    )
    a.add_argument(
        "ref",
        metavar="MESSAGE-REF",
        help="the message's reference, as printed in the note and in `mailduns log` (its Message-ID)",
    )
    a.add_argument("word", metavar="WORD", help="paid, promise, dispute, resume or ignore (in it/es/en)")
    a.add_argument("date", metavar="DATE", nargs="?", help="for a promise: the day, e.g. 15/01 or 2027-01-15")
    a.set_defaults(func=cmd_answer)

    p = sub.add_parser(
        "promise",
        help="the client promised to pay by DATE: reminders wait until then (+ grace)",
        description="Snooze an invoice's reminders until the promised DATE plus the promise grace "
        "([replies] promise_grace_days business days); then they resume.",
    )
    p.add_argument("invoice", metavar="INVOICE", help="the invoice number")
    p.add_argument("date", metavar="DATE", help="the promised day, e.g. 15/01, 15/01/2027 or 2027-01-15")
    p.set_defaults(func=cmd_promise)


def _engine(config: Config, store: Store, now: Any) -> Any:
    # cli.main's commands build theirs the same way; imported here, not from cli.main (no cycle)
    from mailduns.service.engine import Engine

    return Engine(config, store, FixedClock(now), templates_for(config))


def _invoice(store: Store, number: str) -> Invoice:
    found = [i for i in store.invoices_by_number(number) if i.state != "history"] or store.invoices_by_number(
        number
    )
    if not found:
        raise UnknownInvoice(f'no invoice numbered "{number}" is being followed (see `mailduns status`)')
    return found[-1]


def _note_for(store: Store, ref: str) -> Note:
    """The note(s) about the message `ref` names (or the note `ref` is), as one note over all their
    invoices; a message that had no note still names its invoices through the events it caused."""
    refs = [ref] if ref.startswith("<") else [ref, f"<{ref}>"]
    for r in refs:
        notes = owner_notes.notes_about(store, r)
        if notes:
            seen: dict[int, NoteInvoice] = {}
            for n in notes:
                for i in n.invoices:
                    seen.setdefault(i.invoice_id, i)
            last = notes[-1]
            return Note(last.message_id, last.about, last.kind, last.text, tuple(seen.values()), last.at)
        note = owner_notes.note(store, [r])
        if note is not None:
            return note
    for r in refs:
        ids = owner_notes.invoice_ids_with_message(store, r)
        if ids:
            now = [store.invoice(i) for i in ids]
            rows = tuple(
                NoteInvoice(i.id, i.state, i.why, i.snooze_until, i.snooze_reason, i.state, i.why)
                for i in now
            )
            return Note(r, r, "", "", rows, SystemClock().now())
    raise UnknownInvoice(
        f'no message "{ref}" is known: use the reference printed in the note or in `mailduns log`'
    )


def cmd_answer(args: argparse.Namespace) -> int:
    from mailduns.reading.answers import read_answer
    from mailduns.service.engine import CycleReport

    config = _load(args)
    now = SystemClock().now()
    said = read_answer(
        " ".join(w for w in (args.word, args.date) if w), now.astimezone(config.owner.tz).date()
    )
    if said is None:
        raise ConfigError(f'"{args.word}" is not an answer mailduns knows; use {_WORDS}', key="WORD")
    if said.answer == "promise" and said.on is None:
        raise ConfigError("a promise needs its day: `mailduns answer REF promise 15/01`", key="DATE")
    with open_store(config.state.path) as store:
        note = _note_for(store, args.ref.strip())
        before = {i.invoice_id: store.invoice(i.invoice_id) for i in note.invoices}
        engine = _engine(config, store, now)
        after = engine.answer(note, said, "", now, CycleReport(now))
        for inv in after:
            print(f"invoice {inv.number}: {before[inv.id].state} → {inv.state} ({inv.why})")
    return 0


def cmd_promise(args: argparse.Namespace) -> int:
    from mailduns.reading.answers import parse_date
    from mailduns.reading.dates import fold
    from mailduns.service.engine import CycleReport

    config = _load(args)
    now = SystemClock().now()
    on = parse_date(fold(args.date), now.astimezone(config.owner.tz).date())
    if on is None:
        raise ConfigError(
            f'"{args.date}" is not a day: write it like 15/01, 15/01/2027 or 2027-01-15', key="DATE"
        )
    with open_store(config.state.path) as store:
        inv = _invoice(store, args.invoice)
        engine = _engine(config, store, now)
        done = engine.promise(inv, on, now, CycleReport(now))
        print(
            f"invoice {inv.number}: {inv.state} → {done.state} ({done.why}); reminders resume after "
            f"{done.snooze_until.date().isoformat() if done.snooze_until else on.isoformat()}"
        )
    return 0
