"""More commands (`clients`, `log`, `digest`) registered into the main parser.

Kept apart from cli.py so each command stays a thin wrapper over its library module; cli.py calls
`register(sub)` once, after the core commands of the contract. Errors are raised as the library's
own exceptions, so `main()` turns them into the contract's exit codes (2 for configuration, 1 else).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from typing import Any

from mailduns.cli.common import load as _load
from mailduns.cli.common import parse_now as _parse_now
from mailduns.core.clock import SystemClock
from mailduns.core.errors import UnknownInvoice
from mailduns.settings.config import Config
from mailduns.store import notes as owner_notes
from mailduns.store.db import Invoice, Store, open_store


def register(sub: Any) -> None:
    """Add sub-commands to the `mailduns` parser (`sub` is argparse's subparsers action)."""
    c = sub.add_parser("clients", help="how each client pays: lateness, reminders, disputes, and advice")
    c.add_argument("--json", action="store_true", help="machine-readable output")
    c.add_argument("--now", help="count days late as of this instant")
    c.set_defaults(func=cmd_clients)

    lg = sub.add_parser("log", help="every event and every mail of one invoice, oldest first")
    lg.add_argument("invoice", metavar="INVOICE", help="the invoice number")
    lg.add_argument("--json", action="store_true", help="machine-readable output")
    lg.set_defaults(func=cmd_log)

    d = sub.add_parser("digest", help="show this week's summary mail (--send: mail it to yourself now)")
    d.add_argument("--send", action="store_true", help="send it to your own address through your SMTP server")
    d.add_argument("--html", action="store_true", help="print the HTML part instead of the plain text")
    d.add_argument("--now", help="build it as of this instant, e.g. 2026-12-14T08:00+01:00")
    d.set_defaults(func=cmd_digest)


# -- helpers -------------------------------------------------------------------------------------
def _now(args: argparse.Namespace) -> datetime:
    text = getattr(args, "now", None)
    return _parse_now(text) if text else SystemClock().now()


def _open_store(config: Config) -> Store:
    """The state, read-only in spirit: a missing database means nothing has run yet. A context
    manager: `with _open_store(config) as store:`."""
    return open_store(config.state.path)


# -- clients -------------------------------------------------------------------------------------
def cmd_clients(args: argparse.Namespace) -> int:
    from mailduns.core.scoring import score_clients
    from mailduns.cli.table import render_table

    config = _load(args)
    now = _now(args)
    with _open_store(config) as store:
        names = {k: c.name for k, c in config.clients.items() if c.name}
        scores = score_clients(
            store.invoices(),
            store.events(),
            store.outbox(),
            now,
            tz=config.owner.tz,
            config=config.scoring,
            names=names,
        )
    if args.json:
        print(json.dumps([s.to_json() for s in scores], indent=2, ensure_ascii=False))
        return 0
    if not scores:
        print("No clients yet: they appear here once mailduns has found invoices in your Sent folder.")
        return 0
    rows = []
    for s in scores:
        billed = " + ".join(f"{v:.2f} {c}" for c, v in sorted(s.billed.items())) or "-"
        owed = " + ".join(f"{v:.2f} {c}" for c, v in sorted(s.owed.items())) or "-"
        rows.append(
            (
                s.display_name,
                str(s.invoices),
                billed,
                owed,
                "-" if s.average_days_late is None else str(s.average_days_late),
                "-" if s.worst_days_late is None else str(s.worst_days_late),
                str(s.reminders),
                str(s.disputes),
                s.label_text("en"),
                "; ".join(s.reasons),
            )
        )
    print(
        render_table(
            (
                "client",
                "invoices",
                "billed",
                "owed",
                "avg days late",
                "worst",
                "reminders",
                "disputes",
                "advice",
                "why",
            ),
            rows,
            wrap=("why", "client"),
            right=("invoices", "billed", "owed", "avg days late", "worst", "reminders", "disputes"),
        )
    )
    return 0


# -- log -----------------------------------------------------------------------------------------
def log_entries(store: Store, inv: Invoice, config: Config) -> list[dict[str, Any]]:
    """Events and mails of one invoice, oldest first. Mail bodies are never included (a reminder's
    text is `mailduns preview`'s job), only what happened, when, to whom and with which Message-ID."""
    tz = config.owner.tz
    entries: list[tuple[datetime, int, dict[str, Any]]] = []
    for n, ev in enumerate(store.events(inv.id)):
        entries.append(
            (
                ev.at,
                n,
                {
                    "at": ev.at.astimezone(tz).isoformat(timespec="seconds"),
                    "source": "event",
                    "what": ev.kind,
                    "detail": ev.detail,
                    "message_id": ev.message_id,
                },
            )
        )
    for item in store.outbox():
        if item.invoice_id != inv.id:
            continue
        what = f"step {item.step}" if item.kind == "reminder" and item.step else item.kind
        to = ", ".join(item.recipients)
        entries.append(
            (
                item.created_at,
                10_000 + item.id,
                {
                    "at": item.created_at.astimezone(tz).isoformat(timespec="seconds"),
                    "source": "mail",
                    "what": f"{what} queued",
                    "detail": f"to {to}",
                    "message_id": item.message_id,
                    "status": item.status,
                },
            )
        )
        if item.sent_at is not None:
            entries.append(
                (
                    item.sent_at,
                    20_000 + item.id,
                    {
                        "at": item.sent_at.astimezone(tz).isoformat(timespec="seconds"),
                        "source": "mail",
                        "what": f"{what} sent",
                        "detail": f"to {to}" + (" (copied to Sent)" if item.copied else ""),
                        "message_id": item.message_id,
                        "status": item.status,
                    },
                )
            )
        elif item.status not in ("pending", "sending", "data"):
            entries.append(
                (
                    item.created_at,
                    30_000 + item.id,
                    {
                        "at": item.created_at.astimezone(tz).isoformat(timespec="seconds"),
                        "source": "mail",
                        "what": f"{what} {item.status}",
                        "detail": item.error or "",
                        "message_id": item.message_id,
                        "status": item.status,
                    },
                )
            )
    entries.sort(key=lambda e: (e[0], e[1]))
    return [e[2] for e in entries]


def cmd_log(args: argparse.Namespace) -> int:
    from mailduns.cli.table import render_log_table

    config = _load(args)
    with _open_store(config) as store:
        found = store.invoices_by_number(args.invoice)
        if not found:
            raise UnknownInvoice(
                f'no invoice numbered "{args.invoice}" is being followed (see `mailduns status`)'
            )
        logs = [(inv, log_entries(store, inv, config)) for inv in found]
        # a message mailduns sent a note about can be answered (`mailduns answer REF WORD`): its reference
        answerable = {
            e["message_id"]
            for _inv, entries in logs
            for e in entries
            if e["source"] == "event" and e["message_id"] and owner_notes.notes_about(store, e["message_id"])
        }
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "number": inv.number,
                        "client_email": inv.client_email,
                        "state": inv.state,
                        "sent_at": inv.sent_at.isoformat(),
                        "entries": entries,
                    }
                    for inv, entries in logs
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    for n, (inv, entries) in enumerate(logs):
        if n:
            print()
        who = inv.client_name or inv.client_email or "an unknown client"
        amount = f", {inv.amount}" if inv.amount else ""
        print(
            f"Invoice {inv.number} to {who}{amount}, due {inv.due_date.isoformat()}: now {inv.state}"
            + (f" ({inv.why})" if inv.why else "")
        )
        shown = [
            {
                **e,
                "at": e["at"][:16].replace("T", " "),
                "detail": f"{e['detail']} (ref {e['message_id']})"
                if e["message_id"] in answerable and e["source"] == "event"
                else e["detail"],
            }
            for e in entries
        ]
        print(render_log_table(shown))
    return 0


# -- digest --------------------------------------------------------------------------------------
def _digest_message(config: Config, now: datetime) -> EmailMessage:
    from mailduns.service.digest import build_digest
    from mailduns.store.notices import all_formal_facts

    with _open_store(config) as store:
        return build_digest(
            store.invoices(),
            store.events(),
            store.outbox(),
            now,
            config,
            scoring=config.scoring,
            formal=all_formal_facts(store),
        )


def cmd_digest(args: argparse.Namespace) -> int:
    config = _load(args)
    msg = _digest_message(config, _now(args))
    if args.send:
        from mailduns.mail.connect import sender_from

        sender = sender_from(config.smtp)  # the daemon's own sender: OAuth2 included
        asyncio.run(
            sender.send(
                msg.as_bytes(policy=SMTP_POLICY), sender=config.owner.email, recipients=[config.owner.email]
            )
        )
        print(f"The weekly summary was sent to {config.owner.email}.")
        return 0
    part = msg.get_body(preferencelist=("html",) if args.html else ("plain",))
    assert part is not None and isinstance(part, EmailMessage)
    if not args.html:
        print(f"Subject: {msg['Subject']}\n")
    sys.stdout.write(part.get_content())
    return 0


__all__ = ["cmd_clients", "cmd_digest", "cmd_log", "log_entries", "register"]
