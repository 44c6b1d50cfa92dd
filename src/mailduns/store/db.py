"""The single source of truth: SQLite in WAL mode, schema changes as named migrations.

Everything the daemon knows survives a restart here: where each folder was read up to, every
invoice and its state, every event that changed it, and the outbox through which each reminder is
sent exactly once (a UNIQUE (invoice, step) row is written before the SMTP conversation starts).
Only this module speaks SQL.

Why this file is long: one `Store` owns the connection and its transactions, and every query of the
invoices, events and outbox (letters that wait for approval included) is a method of it, so no other
module writes SQL; the formal notices' tables have their own module (store/notices.py).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Self

from mailduns.core.errors import StateError
from mailduns.core.model import (
    WAITING_APPROVAL,
    Event,
    FolderMark,
    Invoice,
    InvoiceState,
    NewInvoice,
    OutboxItem,
    OutboxStatus,
    outbox_transition,
)
from mailduns.core.money import Money

__all__ = ["STATES", "Event", "FolderMark", "Invoice", "NewInvoice", "OutboxItem", "Store", "open_store"]

STATES = tuple(s.value for s in InvoiceState)

# Named migrations, applied in order, each in its own transaction. Never edit one that shipped:
# add a new one.
MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE folders (
            name TEXT PRIMARY KEY,
            uidvalidity INTEGER NOT NULL,
            last_uid INTEGER NOT NULL DEFAULT 0,
            highest_modseq INTEGER
        );
        CREATE TABLE invoices (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            number TEXT NOT NULL,
            message_id TEXT,
            refs TEXT NOT NULL DEFAULT '[]',
            subject TEXT NOT NULL DEFAULT '',
            folder TEXT,
            uidvalidity INTEGER,
            uid INTEGER,
            sent_at TEXT NOT NULL,
            issue_date TEXT,
            due_date TEXT NOT NULL,
            amount TEXT,
            total TEXT,
            currency TEXT,
            client_email TEXT,
            client_name TEXT,
            recipients TEXT NOT NULL DEFAULT '[]',
            cc TEXT NOT NULL DEFAULT '[]',
            language TEXT,
            source TEXT NOT NULL DEFAULT 'subject',
            state TEXT NOT NULL,
            why TEXT NOT NULL DEFAULT '',
            snooze_until TEXT,
            last_step TEXT,
            held_by_flag INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX invoices_message_id ON invoices(message_id);
        CREATE INDEX invoices_state ON invoices(state);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER REFERENCES invoices(id),
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            message_id TEXT
        );
        CREATE INDEX events_invoice ON events(invoice_id);
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER REFERENCES invoices(id),
            kind TEXT NOT NULL,
            step TEXT,
            message_id TEXT NOT NULL UNIQUE,
            recipients TEXT NOT NULL,
            raw BLOB NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            copied INTEGER NOT NULL DEFAULT 0
        );
        CREATE UNIQUE INDEX outbox_one_reminder_per_step ON outbox(invoice_id, step)
            WHERE kind = 'reminder';
        CREATE TABLE seen (
            folder TEXT NOT NULL,
            message_id TEXT NOT NULL,
            PRIMARY KEY (folder, message_id)
        );
        CREATE TABLE bad_messages (
            folder TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            uid INTEGER NOT NULL,
            error TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (folder, uidvalidity, uid)
        );
    """,
    ),
    (
        "0002_outbox_data_at",
        """
        ALTER TABLE outbox ADD COLUMN data_at TEXT
    """,
    ),
    (
        "0003_snooze_reason_and_payments",
        """
        ALTER TABLE invoices ADD COLUMN snooze_reason TEXT;
        ALTER TABLE invoices ADD COLUMN paid_amount TEXT
    """,
    ),
    (
        "0004_next_at",
        """
        ALTER TABLE invoices ADD COLUMN next_at TEXT;
        CREATE INDEX invoices_due ON invoices(state, next_at)
    """,
    ),
    # Formal notices (issue 18, store/notices.py): each notice as sent (eml + PDF), its certified
    # instants, the date a letter was posted; every PEC receipt kept byte for byte as evidence.
    (
        "0005_formal_notices",
        """
        CREATE TABLE formal_notices (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id),
            step TEXT NOT NULL,
            channel TEXT NOT NULL,
            language TEXT NOT NULL,
            message_id TEXT NOT NULL UNIQUE,
            recipients TEXT NOT NULL DEFAULT '[]',
            eml BLOB,
            pdf BLOB NOT NULL,
            deadline_days INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            accepted_at TEXT,
            delivered_at TEXT,
            failed_at TEXT,
            failure TEXT,
            posted_on TEXT,
            deadline TEXT,
            negotiation_until TEXT
        );
        CREATE INDEX formal_notices_invoice ON formal_notices(invoice_id);
        CREATE TABLE pec_receipts (
            id INTEGER PRIMARY KEY,
            notice_id INTEGER REFERENCES formal_notices(id),
            sha256 TEXT NOT NULL UNIQUE,
            tipo TEXT NOT NULL,
            refers_to TEXT,
            recipient TEXT,
            certified_at TEXT,
            reason TEXT,
            raw BLOB NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE INDEX pec_receipts_refers ON pec_receipts(refers_to)
    """,
    ),
    # The notes sent to the freelancer about a message mailduns read, so that an answer to one (its
    # In-Reply-To) finds the message and its invoices; and the corrections those answers taught.
    (
        "0006_owner_notes_and_corrections",
        """
        CREATE TABLE owner_notes (
            message_id TEXT PRIMARY KEY,
            about TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            invoices TEXT NOT NULL DEFAULT '[]',
            at TEXT NOT NULL
        );
        CREATE INDEX owner_notes_about ON owner_notes(about);
        CREATE TABLE corrections (
            about TEXT PRIMARY KEY,
            answer TEXT NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            said TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        )
    """,
    ),
    (
        "0007_approvals_and_own_messages",
        """
        ALTER TABLE outbox ADD COLUMN evidence_id TEXT;
        ALTER TABLE outbox ADD COLUMN draft_gone_at TEXT;
        ALTER TABLE outbox ADD COLUMN draft_cleanup INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE invoices ADD COLUMN own_message_at TEXT
    """,
    ),
    # The client's PEC address as its FatturaPA names it (PECDestinatario), for a formal notice by PEC
    # when [clients."..."] pec is not set (issue 18, store/notices.py).
    (
        "0008_invoice_pec",
        """
        CREATE TABLE invoice_pec (
            invoice_id INTEGER PRIMARY KEY REFERENCES invoices(id),
            address TEXT NOT NULL
        )
    """,
    ),
    # The legal system a formal notice was written under (IT, ES, GB, IE or NULL): its term and what
    # the freelancer is told when the term passes depend on it (store/notices.py, core/legal.py).
    (
        "0009_notice_law",
        """
        ALTER TABLE formal_notices ADD COLUMN law TEXT
    """,
    ),
    # Whether the e-invoice's buyer is a company or a person, and its country (store/parties.py): the
    # letters greet by it, and the late-payment law is chosen by it.
    (
        "0010_invoice_party",
        """
        CREATE TABLE invoice_party (
            invoice_id INTEGER PRIMARY KEY REFERENCES invoices(id),
            kind TEXT,
            country TEXT
        )
    """,
    ),
]


@dataclass
class _Cache:
    by_id: dict[int, Invoice] = field(default_factory=dict)


def _iso(dt: datetime) -> str:
    """UTC ISO strings, so that SQL string comparison is time comparison."""
    return dt.astimezone(UTC).isoformat()


def _dt(s: str | None) -> datetime | None:
    return datetime.fromisoformat(s) if s else None


def _d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _money(amount: str | None, currency: str | None) -> Money | None:
    if amount is None or currency is None:
        return None
    return Money(Decimal(amount), currency)


class Store:
    """Owns the SQLite connection. Methods commit their own work unless run inside `transaction()`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path), isolation_level=None, timeout=30)
        except (OSError, sqlite3.Error) as exc:
            raise StateError(f"cannot open the state database {path}: {exc}") from exc
        self.db.row_factory = sqlite3.Row
        self._depth = 0
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA foreign_keys=ON")
            check = self.db.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise StateError(
                    f"the state database {path} is damaged ({check[0] if check else '?'}); "
                    "restore your last `mailduns backup`, or move the file away to start afresh "
                    "(old invoices then count as history)"
                )
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StateError(
                f"the state database {path} is damaged or not a mailduns database: {exc}"
            ) from exc

    @classmethod
    def scratch_copy(cls, path: Path, into: Path) -> Store:
        """A throw-away copy for `--dry-run`, so deciding can run the real code and change nothing."""
        target = into / "dry-run.db"
        if path.exists():
            src = sqlite3.connect(str(path))
            dst = sqlite3.connect(str(target))
            with dst:
                src.backup(dst)
            src.close()
            dst.close()
        return cls(target)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ----------------------------------------------------------------------------
    def _migrate(self) -> None:
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
        )
        done = {r[0] for r in self.db.execute("SELECT name FROM schema_migrations")}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for stmt in sql.split(";"):
                    if stmt.strip():
                        self.db.execute(stmt)
                self.db.execute("INSERT INTO schema_migrations VALUES (?, datetime('now'))", (name,))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def schema_version(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT name FROM schema_migrations ORDER BY name")]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing. Nested calls are SAVEPOINTs, so an inner failure undoes only the inner
        work. A full disk or a locked file becomes a StateError with a sentence; the database is
        never left half-written."""
        depth = self._depth
        name = f"sp{depth}"
        try:
            self.db.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {name}")
        except sqlite3.OperationalError as exc:
            raise StateError(f"cannot write the state database {self.path}: {exc}") from exc
        self._depth += 1
        try:
            yield
            self.db.execute("COMMIT" if depth == 0 else f"RELEASE {name}")
        except BaseException as exc:
            if depth == 0:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
            else:
                self.db.execute(f"ROLLBACK TO {name}")
                self.db.execute(f"RELEASE {name}")
            if isinstance(exc, sqlite3.OperationalError):
                raise StateError(
                    f"cannot write the state database {self.path} (is the disk full?): {exc}"
                ) from exc
            raise
        finally:
            self._depth = depth

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        with self.transaction():
            return self.db.execute(sql, params)

    # -- meta --------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self._exec(
            "INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- folders -----------------------------------------------------------------------------
    def folder_mark(self, name: str) -> FolderMark | None:
        row = self.db.execute("SELECT * FROM folders WHERE name = ?", (name,)).fetchone()
        if row is None:
            return None
        return FolderMark(row["uidvalidity"], row["last_uid"], row["highest_modseq"])

    def has_synced(self) -> bool:
        """False for a state that has never read a folder: the next sync is a cold import."""
        return self.db.execute("SELECT 1 FROM folders LIMIT 1").fetchone() is not None

    def set_folder_mark(self, name: str, mark: FolderMark) -> None:
        self._exec(
            "INSERT INTO folders VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
            "uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid, "
            "highest_modseq = excluded.highest_modseq",
            (name, mark.uidvalidity, mark.last_uid, mark.highest_modseq),
        )

    def mark_seen(self, folder: str, message_id: str) -> bool:
        """True the first time a Message-ID is processed in a folder (UIDVALIDITY resets re-read it)."""
        cur = self._exec("INSERT OR IGNORE INTO seen VALUES (?, ?)", (folder, message_id))
        return cur.rowcount == 1

    def record_bad_message(self, folder: str, uidvalidity: int, uid: int, error: str, at: datetime) -> bool:
        """True if this is the first time we see this message fail: the caller logs it once."""
        cur = self._exec(
            "INSERT OR IGNORE INTO bad_messages VALUES (?, ?, ?, ?, ?)",
            (folder, uidvalidity, uid, error, _iso(at)),
        )
        return cur.rowcount == 1

    def bad_messages(self) -> list[tuple[str, int, str]]:
        return [(r[0], r[1], r[2]) for r in self.db.execute("SELECT folder, uid, error FROM bad_messages")]

    # -- invoices ----------------------------------------------------------------------------
    def _invoice(self, row: sqlite3.Row) -> Invoice:
        cur = row["currency"]
        return Invoice(
            id=row["id"],
            key=row["key"],
            number=row["number"],
            message_id=row["message_id"],
            references=tuple(json.loads(row["refs"])),
            subject=row["subject"],
            folder=row["folder"],
            uidvalidity=row["uidvalidity"],
            uid=row["uid"],
            sent_at=datetime.fromisoformat(row["sent_at"]),
            issue_date=_d(row["issue_date"]),
            due_date=date.fromisoformat(row["due_date"]),
            amount=_money(row["amount"], cur),
            total=_money(row["total"], cur),
            client_email=row["client_email"],
            client_name=row["client_name"],
            recipients=tuple(json.loads(row["recipients"])),
            cc=tuple(json.loads(row["cc"])),
            language=row["language"],
            source=row["source"],
            state=InvoiceState(row["state"]),
            why=row["why"],
            snooze_until=_dt(row["snooze_until"]),
            last_step=row["last_step"],
            held_by_flag=bool(row["held_by_flag"]),
            created_at=_dt(row["created_at"]),
            snooze_reason=row["snooze_reason"],
            paid=_money(row["paid_amount"], cur),
            own_message_at=_dt(row["own_message_at"]),
        )

    def add_invoice(self, inv: NewInvoice, at: datetime) -> Invoice | None:
        """Insert unless an invoice with the same key exists (re-reading a folder is harmless)."""
        priced = inv.amount or inv.total
        currency = priced.currency if priced is not None else None
        with self.transaction():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO invoices (key, number, message_id, refs, subject, folder, uidvalidity,"
                " uid, sent_at, issue_date, due_date, amount, total, currency, client_email, client_name,"
                " recipients, cc, language, source, state, why, created_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    inv.key,
                    inv.number,
                    inv.message_id,
                    json.dumps(list(inv.references)),
                    inv.subject,
                    inv.folder,
                    inv.uidvalidity,
                    inv.uid,
                    _iso(inv.sent_at),
                    inv.issue_date.isoformat() if inv.issue_date else None,
                    inv.due_date.isoformat(),
                    str(inv.amount.amount) if inv.amount else None,
                    str(inv.total.amount) if inv.total else None,
                    currency,
                    inv.client_email,
                    inv.client_name,
                    json.dumps(list(inv.recipients)),
                    json.dumps(list(inv.cc)),
                    inv.language,
                    inv.source,
                    inv.state,
                    inv.why,
                    _iso(at),
                ),
            )
            if cur.rowcount != 1:
                return None
            new_id = int(cur.lastrowid or 0)
            self.db.execute(
                "INSERT INTO events (invoice_id, at, kind, detail, message_id) VALUES (?,?,?,?,?)",
                (new_id, _iso(at), "found", inv.why, inv.message_id),
            )
        return self.invoice(new_id)

    def invoice(self, invoice_id: int) -> Invoice:
        row = self.db.execute("SELECT * FROM invoices WHERE id = ?", (invoice_id,)).fetchone()
        if row is None:
            raise KeyError(invoice_id)
        return self._invoice(row)

    def count_invoices(self, states: Sequence[str]) -> int:
        """How many, without loading them: the daemon's STATUS line counts after every cycle."""
        marks = ",".join("?" * len(states))
        row = self.db.execute(
            f"SELECT COUNT(*) FROM invoices WHERE state IN ({marks})", tuple(states)
        ).fetchone()
        return int(row[0])

    def invoices(self, states: Sequence[str] | None = None) -> list[Invoice]:
        if states:
            marks = ",".join("?" * len(states))
            rows = self.db.execute(
                f"SELECT * FROM invoices WHERE state IN ({marks}) ORDER BY due_date, id", tuple(states)
            )
        else:
            rows = self.db.execute("SELECT * FROM invoices ORDER BY due_date, id")
        return [self._invoice(r) for r in rows]

    def invoice_numbers(self, states: Sequence[str]) -> list[str]:
        """The numbers alone: matching a payment notice against 10,000 invoices must not load them all."""
        marks = ",".join("?" * len(states))
        rows = self.db.execute(
            f"SELECT DISTINCT number FROM invoices WHERE state IN ({marks}) AND number IS NOT NULL",
            tuple(states),
        )
        return [str(r[0]) for r in rows]

    def invoice_subjects(self, states: Sequence[str]) -> list[str]:
        marks = ",".join("?" * len(states))
        rows = self.db.execute(
            f"SELECT DISTINCT subject FROM invoices WHERE state IN ({marks})", tuple(states)
        )
        return [str(r[0]) for r in rows]

    def is_outbox_message(self, message_id: str) -> bool:
        """Did mailduns write and queue a message with this Message-ID?"""
        return (
            self.db.execute("SELECT 1 FROM outbox WHERE message_id = ?", (message_id,)).fetchone() is not None
        )

    def invoices_with_address(self, address: str, states: Sequence[str]) -> list[Invoice]:
        """Invoices sent to `address` (To, Cc or the client's address), found by SQL and not by loading
        every invoice for each message of the inbox (with 10,000 invoices that took 230 ms a message)."""
        marks = ",".join("?" * len(states))
        stored = json.dumps(address)[1:-1]  # as it is written inside the JSON lists
        rows = self.db.execute(
            f"SELECT * FROM invoices WHERE state IN ({marks}) AND (client_email = ? OR recipients LIKE ? "
            f"OR cc LIKE ?) ORDER BY due_date, id",
            (*states, address, f"%{stored}%", f"%{stored}%"),
        )
        found = (self._invoice(r) for r in rows)  # LIKE finds a superset ('_' is a wildcard): compare exactly
        return [i for i in found if address == i.client_email or address in i.recipients or address in i.cc]

    def invoices_by_number(self, number: str) -> list[Invoice]:
        rows = self.db.execute("SELECT * FROM invoices WHERE number = ? ORDER BY id", (number,))
        return [self._invoice(r) for r in rows]

    def invoices_by_message_id(self, message_ids: Sequence[str]) -> list[Invoice]:
        if not message_ids:
            return []
        marks = ",".join("?" * len(message_ids))
        rows = self.db.execute(f"SELECT * FROM invoices WHERE message_id IN ({marks})", tuple(message_ids))
        found = [self._invoice(r) for r in rows]
        rows = self.db.execute(
            f"SELECT DISTINCT invoice_id FROM outbox WHERE message_id IN ({marks}) AND invoice_id IS NOT NULL",
            tuple(message_ids),
        )
        ids = {inv.id for inv in found}
        for r in rows:
            if r[0] not in ids:
                found.append(self.invoice(r[0]))
        return found

    def invoices_in_folder(self, folder: str) -> list[Invoice]:
        rows = self.db.execute("SELECT * FROM invoices WHERE folder = ? AND uid IS NOT NULL", (folder,))
        return [self._invoice(r) for r in rows]

    def save_invoice(self, inv: Invoice, event: Event | None = None) -> Invoice:
        """Persist a changed invoice (built with `replace`) and the event that explains the change."""
        with self.transaction():
            self.db.execute(
                "UPDATE invoices SET state=?, why=?, snooze_until=?, last_step=?, held_by_flag=?, folder=?,"
                " uidvalidity=?, uid=?, snooze_reason=?, paid_amount=?, own_message_at=?, next_at=NULL WHERE id=?",
                (
                    inv.state,
                    inv.why,
                    _iso(inv.snooze_until) if inv.snooze_until else None,
                    inv.last_step,
                    int(inv.held_by_flag),
                    inv.folder,
                    inv.uidvalidity,
                    inv.uid,
                    inv.snooze_reason if inv.state == "snoozed" else None,
                    str(inv.paid.amount) if inv.paid else None,
                    _iso(inv.own_message_at) if inv.own_message_at else None,
                    inv.id,
                ),
            )
            if event is not None:
                self.add_event(replace(event, invoice_id=inv.id))
        return inv

    def due_invoices(self, now: datetime) -> list[Invoice]:
        """Followed invoices whose next decision is due: never planned (NULL) or planned for <= now.
        Indexed, so a cycle over 100,000 open invoices only touches the few that are due."""
        rows = self.db.execute(
            "SELECT * FROM invoices WHERE state IN ('open', 'snoozed') AND (next_at IS NULL OR next_at <= ?)"
            " ORDER BY due_date, id",
            (_iso(now),),
        )
        return [self._invoice(r) for r in rows]

    def set_next_at(self, invoice_id: int, at: datetime | None, never: bool = False) -> None:
        """Remember when to look at this invoice again; `never` parks it until something changes it."""
        value = "9999-12-31T00:00:00+00:00" if never or at is None else _iso(at)
        self._exec("UPDATE invoices SET next_at = ? WHERE id = ?", (value, invoice_id))

    def next_due_invoice(self) -> Invoice | None:
        row = self.db.execute(
            "SELECT * FROM invoices WHERE state IN ('open', 'snoozed') AND next_at IS NOT NULL"
            " ORDER BY next_at LIMIT 1"
        ).fetchone()
        return self._invoice(row) if row is not None else None

    def upcoming(self, limit: int) -> list[tuple[datetime, Invoice]]:
        """(wake-up instant, invoice) for the followed invoices to be looked at soonest, soonest first."""
        rows = self.db.execute(
            "SELECT * FROM invoices WHERE state IN ('open', 'snoozed') AND next_at IS NOT NULL"
            " AND next_at < '9999' ORDER BY next_at LIMIT ?",
            (limit,),
        )
        return [(datetime.fromisoformat(r["next_at"]), self._invoice(r)) for r in rows]

    def earliest_next_at(self) -> datetime | None:
        row = self.db.execute(
            "SELECT MIN(next_at) FROM invoices WHERE state IN ('open', 'snoozed') AND next_at IS NOT NULL"
        ).fetchone()
        return _dt(row[0]) if row and row[0] else None

    def replan_all(self) -> None:
        self._exec("UPDATE invoices SET next_at = NULL")

    def replan(self, invoice_id: int) -> None:
        """Look at this invoice again on the next cycle (a fact its plan depends on changed)."""
        self._exec("UPDATE invoices SET next_at = NULL WHERE id = ?", (invoice_id,))

    # -- events ------------------------------------------------------------------------------
    def add_event(self, ev: Event) -> None:
        self._exec(
            "INSERT INTO events (invoice_id, at, kind, detail, message_id) VALUES (?,?,?,?,?)",
            (ev.invoice_id, _iso(ev.at), ev.kind, ev.detail, ev.message_id),
        )

    def events(self, invoice_id: int | None = None) -> list[Event]:
        if invoice_id is None:
            rows = self.db.execute("SELECT * FROM events ORDER BY id")
        else:
            rows = self.db.execute("SELECT * FROM events WHERE invoice_id = ? ORDER BY id", (invoice_id,))
        return [
            Event(r["invoice_id"], datetime.fromisoformat(r["at"]), r["kind"], r["detail"], r["message_id"])
            for r in rows
        ]

    # -- outbox ------------------------------------------------------------------------------
    def _outbox(self, r: sqlite3.Row) -> OutboxItem:
        return OutboxItem(
            r["id"],
            r["invoice_id"],
            r["kind"],
            r["step"],
            r["message_id"],
            tuple(json.loads(r["recipients"])),
            bytes(r["raw"]),
            OutboxStatus(r["status"]),
            r["attempts"],
            r["error"],
            datetime.fromisoformat(r["created_at"]),
            _dt(r["sent_at"]),
            bool(r["copied"]),
            _dt(r["data_at"]),
            r["evidence_id"],
            _dt(r["draft_gone_at"]),
            bool(r["draft_cleanup"]),
        )

    def enqueue(
        self,
        *,
        invoice_id: int | None,
        kind: str,
        step: str | None,
        message_id: str,
        recipients: Sequence[str],
        raw: bytes,
        at: datetime,
        status: str = "pending",
    ) -> bool:
        """Queue a message; False if this reminder step (or this Message-ID) is already queued or sent.

        The UNIQUE index on (invoice, step) is what makes "never twice for the same step" hold even
        when two cycles race or a crash replays a decision."""
        try:
            with self.transaction():
                self.db.execute(
                    "INSERT INTO outbox (invoice_id, kind, step, message_id, recipients, raw, created_at, status)"
                    " VALUES (?,?,?,?,?,?,?,?)",
                    (invoice_id, kind, step, message_id, json.dumps(list(recipients)), raw, _iso(at), status),
                )
        except sqlite3.IntegrityError:
            return False
        return True

    def outbox(self, statuses: Sequence[str] | None = None) -> list[OutboxItem]:
        if statuses:
            marks = ",".join("?" * len(statuses))
            rows = self.db.execute(
                f"SELECT * FROM outbox WHERE status IN ({marks}) ORDER BY id", tuple(statuses)
            )
        else:
            rows = self.db.execute("SELECT * FROM outbox ORDER BY id")
        return [self._outbox(r) for r in rows]

    def outbox_for_invoices(self, invoice_ids: Sequence[int]) -> list[OutboxItem]:
        if not invoice_ids:
            return []
        marks = ",".join("?" * len(invoice_ids))
        rows = self.db.execute(
            f"SELECT * FROM outbox WHERE invoice_id IN ({marks}) ORDER BY id", tuple(invoice_ids)
        )
        return [self._outbox(r) for r in rows]

    def outbox_uncopied(self) -> list[OutboxItem]:
        rows = self.db.execute(
            "SELECT * FROM outbox WHERE status = 'sent' AND copied = 0"
            " AND kind IN ('reminder', 'thanks')"
            " ORDER BY id"
        )
        return [self._outbox(r) for r in rows]

    def set_outbox_status(
        self,
        item_id: int,
        status: str,
        *,
        at: datetime | None = None,
        error: str | None = None,
        evidence_id: str | None = None,
    ) -> None:
        """Move an outbox row, checked against `core.model.OUTBOX_TRANSITIONS` (a sent letter can
        never become pending again). `evidence_id` names the message that proved an approved
        draft went out."""
        with self.transaction():
            row = self.db.execute("SELECT status FROM outbox WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                raise KeyError(item_id)
            outbox_transition(item_id, row[0], status)
            if status == "sending":
                self.db.execute(
                    "UPDATE outbox SET status='sending', attempts = attempts + 1 WHERE id=?", (item_id,)
                )
            elif status == "data":
                self.db.execute(
                    "UPDATE outbox SET status='data', data_at=? WHERE id=?",
                    (_iso(at) if at else None, item_id),
                )
            elif status == "sent":
                self.db.execute(
                    "UPDATE outbox SET status='sent', sent_at=?, error=NULL,"
                    " evidence_id=COALESCE(?, evidence_id) WHERE id=?",
                    (_iso(at) if at else None, evidence_id, item_id),
                )
            else:
                self.db.execute("UPDATE outbox SET status=?, error=? WHERE id=?", (status, error, item_id))

    def outbox_item(self, item_id: int) -> OutboxItem:
        row = self.db.execute("SELECT * FROM outbox WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise KeyError(item_id)
        return self._outbox(row)

    def waiting_approval(self, invoice_id: int | None = None) -> list[OutboxItem]:
        """Letters written for a step with `approve = true` that wait in Drafts (or are on their way there)."""
        marks = ",".join("?" * len(WAITING_APPROVAL))
        sql = f"SELECT * FROM outbox WHERE status IN ({marks}) AND kind = 'reminder'"
        params: list[Any] = [str(s) for s in sorted(WAITING_APPROVAL)]
        if invoice_id is not None:
            sql += " AND invoice_id = ?"
            params.append(invoice_id)
        return [self._outbox(r) for r in self.db.execute(sql + " ORDER BY id", params)]

    def clients_awaiting_approval(self) -> set[str]:
        """The clients (address, else '#invoice id') a draft waits for: nothing else goes to them meanwhile."""
        marks = ",".join("?" * len(WAITING_APPROVAL))
        rows = self.db.execute(
            f"SELECT i.client_email, i.id FROM outbox o JOIN invoices i ON i.id = o.invoice_id WHERE o.kind = "
            f"'reminder' AND o.status IN ({marks})",
            [str(s) for s in sorted(WAITING_APPROVAL)],
        )
        return {str(r[0]) if r[0] else f"#{r[1]}" for r in rows}

    def covered_by(self, message_id: str) -> list[OutboxItem]:
        """The 'covered' rows of the other invoices of a statement (their Message-IDs extend its own)."""
        head = message_id[:-1] + "."
        rows = self.db.execute(
            "SELECT * FROM outbox WHERE status = 'covered' AND substr(message_id, 1, ?) = ?",
            (len(head), head),
        )
        return [self._outbox(r) for r in rows]

    def set_draft_gone(self, item_id: int, at: datetime | None) -> None:
        self._exec("UPDATE outbox SET draft_gone_at = ? WHERE id = ?", (_iso(at) if at else None, item_id))

    def set_draft_cleanup(self, item_id: int, needed: bool) -> None:
        """Whether a copy of this letter is left in Drafts to remove (after it was sent or dropped)."""
        self._exec("UPDATE outbox SET draft_cleanup = ? WHERE id = ?", (int(needed), item_id))

    def drafts_to_remove(self) -> list[OutboxItem]:
        return [
            self._outbox(r)
            for r in self.db.execute("SELECT * FROM outbox WHERE draft_cleanup = 1 ORDER BY id")
        ]

    def mark_copied(self, message_id: str) -> None:
        self._exec("UPDATE outbox SET copied = 1 WHERE message_id = ?", (message_id,))

    def reminders_sent_between(self, start: datetime, end: datetime) -> int:
        row = self.db.execute(
            "SELECT COUNT(*) FROM outbox WHERE kind='reminder' AND status IN ('sending','data','sent','uncertain')"
            " AND created_at >= ? AND created_at < ?",
            (_iso(start), _iso(end)),
        ).fetchone()
        return int(row[0])

    def set_own_message(self, invoice_id: int, at: datetime) -> None:
        """The freelancer wrote in the invoice's thread (not mailduns): the next step waits after it."""
        self._exec(
            "UPDATE invoices SET own_message_at = ?, next_at = NULL WHERE id = ? AND"
            " (own_message_at IS NULL OR own_message_at < ?)",
            (_iso(at), invoice_id, _iso(at)),
        )

    def steps_sent(self, invoice_id: int) -> list[str]:
        rows = self.db.execute(
            "SELECT step FROM outbox WHERE invoice_id = ? AND kind = 'reminder' ORDER BY id", (invoice_id,)
        )
        return [str(r[0]) for r in rows]

    def backup_to(self, target: Path) -> None:
        """A consistent copy even while the daemon writes (SQLite's online backup, WAL-safe)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        dst = sqlite3.connect(str(target))
        try:
            with dst:
                self.db.backup(dst)
        finally:
            dst.close()

    def reminders_to_client_between(self, client_email: str, start: datetime, end: datetime) -> int:
        row = self.db.execute(
            "SELECT COUNT(*) FROM outbox o JOIN invoices i ON i.id = o.invoice_id WHERE o.kind = 'reminder'"
            " AND o.status NOT IN ('cancelled', 'failed') AND i.client_email = ?"
            " AND o.created_at >= ? AND o.created_at < ?",
            (client_email, _iso(start), _iso(end)),
        ).fetchone()
        return int(row[0])


def open_store(path: Path) -> Store:
    """The state at `path`, for `with open_store(path) as store:` — closed however the block ends,
    so no command has to remember its own try/finally."""
    return Store(path)
