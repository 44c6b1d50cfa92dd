"""`mailduns` command line: thin wrappers over the library, one function per command.

Exit codes (the contract): 0 ok, 2 configuration or usage error (file:line:key), 1 anything else.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from mailduns.cli.common import load as _load
from mailduns.cli.common import parse_now as _parse_now
from mailduns.cli.common import templates_for
from mailduns.core import decide, planner
from mailduns.core.clock import Clock, FixedClock, SystemClock
from mailduns.settings.config import Config, default_config_path
from mailduns.core.errors import ConfigError, MaildunsError, UnknownInvoice
from mailduns.store.db import Invoice, Store, open_store

log = logging.getLogger("mailduns")


# -- helpers -------------------------------------------------------------------------------------
# `_load`, `_parse_now` and `templates_for` live in cli.common so cli.more can use them without
# importing this module (which imports cli.more): the import graph has no cycle.
def _find_invoice(store: Store, number: str) -> Invoice:
    found = store.invoices_by_number(number)
    if not found:
        raise UnknownInvoice(f'no invoice numbered "{number}" is being followed (see `mailduns status`)')
    live = [i for i in found if i.state != "history"] or found
    return live[-1]


def _engine(config: Config, store: Store, clock: Clock, dry_run: bool = False) -> Any:
    from mailduns.service.engine import Engine
    from mailduns.service.progress import TerminalProgress

    engine = Engine(config, store, clock, templates_for(config), dry_run=dry_run)
    engine.progress = TerminalProgress()  # draws only on a terminal, only for a big sync
    return engine


# -- commands ------------------------------------------------------------------------------------
def terminal_line(report: Any, engine: Any) -> str:
    """`run` on a terminal: what this cycle read and sent, and what comes next."""
    from mailduns.service.daemon import _status_line
    from mailduns.service.sdnotify import cycle_line

    at = report.at.astimezone(engine.config.owner.tz)
    return cycle_line(at, report.fetched, report.sent, _status_line(engine))


def cmd_run(args: argparse.Namespace) -> int:
    from mailduns.service.daemon import OffsetClock, run_forever

    config = _load(args)
    start = _parse_now(args.now) if args.now else None
    dry = args.dry_run or config.sending.dry_run
    tmp = tempfile.TemporaryDirectory(prefix="mailduns-dry-") if dry else None

    def state_for(cfg: Config) -> Store:
        if tmp is not None:
            return Store.scratch_copy(cfg.state.path, Path(tmp.name))
        return Store(cfg.state.path)

    engines: list[Any] = []
    on_terminal = sys.stdout.isatty() and not args.once

    def print_report(report: Any) -> None:
        for line in report.lines:
            print(f"{report.at.isoformat(timespec='minutes')}  {line}", flush=True)
        if on_terminal and engines:  # one line per cycle, so a person sees it is alive
            print(terminal_line(report, engines[-1]), flush=True)

    try:
        if args.once:
            clock: Clock = FixedClock(start) if start else SystemClock()
            with state_for(config) as store:
                report = asyncio.run(_one_cycle(_engine(config, store, clock, dry)))
            print_report(report)
            if not report.lines:
                print("nothing to do", flush=True)
            return 0
        clock = OffsetClock(start) if start else SystemClock()
        config_arg = args

        def make_engine() -> Any:
            cfg = _load(config_arg)
            engines.append(_engine(cfg, state_for(cfg), clock, dry))
            del engines[:-1]
            return engines[-1]

        def first_sync() -> list[str]:
            argv = [sys.executable, "-m", "mailduns.cli.main"]
            if config_arg.config:
                argv += ["--config", config_arg.config]
            if config_arg.verbose:
                argv.append("--verbose")
            argv += ["run", "--once"]
            if start is not None:
                argv += ["--now", clock.now().isoformat()]
            return argv

        # A dry run works on a scratch copy of the state that a child could not see.
        return asyncio.run(run_forever(make_engine, clock, print_report, None if dry else first_sync))
    finally:
        if tmp is not None:
            tmp.cleanup()


async def _one_cycle(engine: Any) -> Any:
    try:
        return await engine.cycle()
    finally:
        await engine.disconnect()


def status_rows(config: Config, store: Store, now: datetime) -> list[dict[str, Any]]:
    """One row per invoice; `next_step`/`next_at` are the one planner's announcement, the same the
    daemon acts on and the digest lists."""
    from mailduns.service.formal import status_of as formal_status
    from mailduns.store.notices import all_formal_facts

    rows = []
    waiting = {item.invoice_id: item for item in store.waiting_approval()}
    notices = all_formal_facts(store)
    for inv in store.invoices():
        next_step, next_at = planner.announced(
            planner.plan_for(config, inv, store.steps_sent(inv.id), now, notices.get(inv.id)), now
        )
        draft = waiting.get(inv.id)
        if draft is not None:  # nothing goes to the client until the draft is sent or dropped
            next_step, next_at = draft.step, None
        rows.append(
            {
                "number": inv.number,
                "client_email": inv.client_email,
                "client_name": inv.client_name,
                "amount": inv.amount.plain() if inv.amount else None,
                "currency": inv.amount.currency if inv.amount else None,
                "issue_date": inv.issue_date.isoformat() if inv.issue_date else None,
                "due_date": inv.due_date.isoformat(),
                "state": inv.state.value,
                "last_step": inv.last_step,
                "next_step": next_step,
                "next_at": next_at.isoformat() if next_at else None,
                "why": inv.why,
                "formal": formal_status(store, inv.id),
                "awaiting_approval": None
                if draft is None
                else {
                    "step": draft.step,
                    "since": draft.created_at.isoformat(),
                    "message_id": draft.message_id,
                },
            }
        )
    return rows


def cmd_status(args: argparse.Namespace) -> int:
    config = _load(args)
    now = _parse_now(args.now) if args.now else SystemClock().now()
    with open_store(config.state.path) as store:
        rows = status_rows(config, store, now)
        paused = store.get_meta("paused") or store.get_meta("stop_keyword")
        server = json.loads(store.get_meta("server_features") or "{}")
    if paused:
        print(f"SENDING IS PAUSED: {paused}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    from mailduns.cli.table import render_status_table

    print(render_status_table(rows) if rows else "No invoices followed yet.")
    from mailduns.service.formal import describe_status

    for r in rows:
        if r.get("formal"):
            print(describe_status(r["number"], r["formal"]))
    if server.get("keywords") is False:
        print(NO_KEYWORDS.format(paid=_paid_name(config, server)))
    waiting = [r for r in rows if r["awaiting_approval"]]
    if waiting:
        print(
            "\nWaiting for your approval (a letter in Drafts: send it from your mail client; a PEC notice: "
            "answer its note; or `mailduns approve` / `mailduns skip`):"
        )
        for r in waiting:
            a = r["awaiting_approval"]
            print(
                f"  {r['number']}  {a['step']}  to {r['client_name'] or r['client_email'] or '?'}  since "
                f"{a['since'][:16]}"
            )
    return 0


# Said by `check` and `status` when the server refuses custom keywords (Exchange, some hosting servers).
NO_KEYWORDS = (
    "Note: your mail server does not keep the $Paid and $Hold keywords, so marking an invoice email "
    "with them in your mail client does nothing there. Instead, move a paid invoice email into the "
    '"{paid}" folder, or run `mailduns paid|hold|resume INVOICE`, or answer mailduns\' note.'
)


def _paid_name(config: Config, server: dict[str, Any]) -> str:
    from mailduns.mail.folders import paid_path

    return paid_path(config.imap.paid, str(server.get("namespace_prefix") or ""), server.get("separator"))


def format_status(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "No invoices followed yet."
    head = ("number", "client", "amount", "due", "state", "last step", "next step", "next at")
    table = [head]
    for r in rows:
        amount = f"{r['amount']} {r['currency']}" if r["amount"] else "?"
        table.append(
            (
                r["number"],
                r["client_name"] or r["client_email"] or "?",
                amount,
                r["due_date"],
                r["state"],
                r["last_step"] or "-",
                r["next_step"] or "-",
                (r["next_at"] or "-")[:16],
            )
        )
    widths = [max(len(str(row[i])) for row in table) for i in range(len(head))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def cmd_inspect(args: argparse.Namespace) -> int:
    from mailduns.cli.inspect_cmd import describe, inspect_file

    results = [inspect_file(Path(f)) for f in args.files]
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        for r in results:
            print("\n".join(describe(r)))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    config = _load(args)
    print(f"configuration {config.source}: ok")
    templates = templates_for(config)
    languages = {config.owner.language, *(c.language for c in config.clients.values() if c.language)}
    names = {s.template for s in config.steps} | {
        s.template for ladder in config.profiles.values() for s in ladder
    }
    extra = {"owner_notice", "statement"} | ({"thank_you"} if config.sending.thank_you else set())
    every_step = [*config.steps, *(s for ladder in config.profiles.values() for s in ladder)]
    if any(
        s.channel != "email" for s in every_step
    ):  # formal notices: the PEC cover and the owner's note too
        extra |= {"formal_notice_cover", "formal_notice_letter"}
    problems = templates.check(sorted(languages), sorted(names | extra))
    if problems:
        for p in problems:
            print(f"template problem: {p}", file=sys.stderr)
        return 2
    print(f"templates ({', '.join(sorted(languages))}): ok")
    from mailduns.mail.credentials import check_password_source

    for server in (config.imap, config.smtp):
        kind = check_password_source(server)  # an unset password_env or a missing file fails here
        if kind is not None:
            print(f"{server.section} {kind}: ok")
    if args.offline:
        return 0
    from mailduns.mail.connect import check_smtp_login
    from mailduns.service.engine import Engine

    with Store.scratch_copy(config.state.path, Path(tempfile.mkdtemp())) as scratch:
        engine: Engine = _engine(config, scratch, SystemClock())
        asyncio.run(engine.connect())
        assert engine.folders is not None
        f = engine.folders
        mb = engine.mailbox
        assert mb is not None
        feats = mb.features
        drafts = f'"{f.drafts}"' if f.drafts else "(none found)"
        paid = f'"{f.paid}"' if f.paid else f'"{f.paid_to_create}" (not created yet)'
        print(
            f'IMAP {config.imap.host}: logged in; inbox "{f.inbox}", sent "{f.sent}", drafts {drafts}, '
            f"paid {paid}"
        )
        yes = {True: "yes", False: "no"}
        print(
            f"IMAP server: CONDSTORE: {yes[feats.condstore]}, IDLE: {yes[feats.idle]}, keywords ($Paid, $Hold): "
            + ("kept" if feats.keywords else "not kept by this server")
        )
        if not feats.keywords:
            print(NO_KEYWORDS.format(paid=f.paid or f.paid_to_create))
        if not feats.idle:
            print(
                f"This server cannot tell mailduns about new mail as it arrives (no IDLE): it looks every "
                f"{config.daemon.poll_seconds} seconds instead."
            )
        asyncio.run(engine.disconnect())
    asyncio.run(check_smtp_login(config.smtp))
    print(f"SMTP {config.smtp.host}: logged in")
    return 0


def cmd_preview(args: argparse.Namespace) -> int:
    config = _load(args)
    now = _parse_now(args.now) if args.now else SystemClock().now()
    with open_store(config.state.path) as store:
        inv = _find_invoice(store, args.invoice)
        engine = _engine(config, store, FixedClock(now))
        ladder = engine.ladder_for(inv)
        when = now
        if args.step:
            step = next((s for s in ladder if s.name == args.step), None)
            if step is None:
                raise ConfigError(
                    f'there is no step "{args.step}"; steps: {", ".join(s.name for s in ladder)}',
                    key="--step",
                )
        else:
            # The letter the daemon will send, as it will be written then (the planner's step and
            # instant). A held or stopped invoice shows what `mailduns resume` would lead to.
            p = engine.plan_for(inv, now)
            name, at = planner.announced(p, now)
            if name is None:
                p = engine.plan_for(decide.as_resumed(inv), now)
                name, at = planner.announced(p, now)
            step = next((s for s in ladder if s.name == name), None)
            if step is None:
                # after a formal notice the planner says why nothing more goes (its term, or that it passed)
                print(f"invoice {inv.number} has no step left to send" + (f": {p.why}" if p.why else ""))
                return 0
            when = max(at or now, now)
            print(f"step {step.name}, going out {when.isoformat(timespec='minutes')}", file=sys.stderr)
        settled = inv.state in ("paid", "history") or (inv.balance is not None and inv.balance.amount <= 0)
        if settled:
            print(
                f"Invoice {inv.number} is {'paid' if inv.state == 'paid' else 'not chased'} ({inv.why}): "
                "mailduns will not send this letter. Shown as it would have read with the invoice unpaid.\n"
            )
            inv = replace(inv, paid=None)
        _mid, raw = engine.compose_step(inv, step, when)
        from email import message_from_bytes
        from email.policy import default as default_policy

        msg = message_from_bytes(raw, policy=default_policy)
        for name in ("From", "To", "Cc", "Subject", "In-Reply-To", "References", "Message-ID", "X-Mailduns"):
            if msg[name]:
                print(f"{name}: {msg[name]}")
        body = msg.get_body(("plain",))
        print()
        print(body.get_content() if body is not None else "")
        fee = engine.fee_for(inv, step, when)
        if fee is not None:
            from mailduns.core.fees import fee_lines

            print("\n--- how the amount is computed ---")
            for line in fee_lines(fee, engine._language(inv), number=inv.number):
                print(line)
    return 0


def _manual(args: argparse.Namespace, command: decide.Command) -> int:
    """`paid`, `hold`, `resume`: the decision of `core.decide`, carried out by the engine, exactly
    as the daemon carries out its own (so a resume ends a snooze and its reason, too)."""
    from mailduns.service.engine import CycleReport

    config = _load(args)
    now = SystemClock().now()
    with open_store(config.state.path) as store:
        inv = _find_invoice(store, args.invoice)
        engine = _engine(config, store, FixedClock(now))
        engine.apply(decide.manual(inv, command), now, CycleReport(now))
        print(f"invoice {inv.number}: {inv.state} → {store.invoice(inv.id).state}")
    return 0


def _approval(args: argparse.Namespace, command: decide.ApprovalCommand) -> int:
    """`approve` / `skip`: the letter waiting in Drafts is sent as it is by the daemon's next cycle
    (or `mailduns run --once`), or dropped; its draft is removed from Drafts either way."""
    from mailduns.service.engine import CycleReport

    config = _load(args)
    now = SystemClock().now()
    with open_store(config.state.path) as store:
        inv = _find_invoice(store, args.invoice)
        waiting = store.waiting_approval(inv.id)
        engine = _engine(config, store, FixedClock(now))
        engine.apply(decide.approval_command(inv, waiting, command), now, CycleReport(now))
    step = waiting[0].step
    if command == "approve":
        print(
            f"invoice {inv.number}: step {step} approved; it goes out with the next cycle of the daemon "
            "(or now with `mailduns run --once`)"
        )
    else:
        where = "its draft will be removed from Drafts" if waiting[0].raw else "the notice will not be sent"
        print(f"invoice {inv.number}: step {step} skipped; {where}")
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    return _approval(args, "approve")


def cmd_skip(args: argparse.Namespace) -> int:
    return _approval(args, "skip")


def cmd_paid(args: argparse.Namespace) -> int:
    return _manual(args, "paid")


def cmd_hold(args: argparse.Namespace) -> int:
    return _manual(args, "hold")


def cmd_resume(args: argparse.Namespace) -> int:
    if args.all:
        config = _load(args)
        with open_store(config.state.path) as store:
            store.set_meta("paused", "")
        print("sending resumed (a $MailDunsStop keyword in INBOX, if any, still stops it)")
        return 0
    if not args.invoice:
        raise ConfigError(
            "name an invoice (`mailduns resume 12/2026`) or use --all to lift `pause --all`", key="resume"
        )
    return _manual(args, "resume")


def cmd_pause(args: argparse.Namespace) -> int:
    config = _load(args)
    with open_store(config.state.path) as store:
        store.set_meta("paused", "`mailduns pause --all` (undo with `mailduns resume --all`)")
    print("sending paused for every invoice; reading the mailbox goes on. `mailduns resume --all` to undo.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    config = _load(args)
    with open_store(config.state.path) as store:
        store.backup_to(Path(args.path).expanduser())
    print(f"state saved to {args.path}")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from mailduns.onboarding.wizard import interactive_init

    path = Path(args.config).expanduser() if args.config else default_config_path()
    return interactive_init(path, args)


def cmd_demo(args: argparse.Namespace) -> int:
    from mailduns.onboarding.demo import run_demo

    return run_demo(main, format_status, days=args.days, keep=args.keep)


# -- parser --------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="mailduns",
        description="Follows the invoices in your Sent folder and reminds clients politely until they pay.",
    )
    p.add_argument(
        "--config", help="the config file (default: $MAILDUNS_CONFIG, else ~/.config/mailduns/config.toml)"
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    r = sub.add_parser("run", help="the daemon: sync, decide, send, wait for mail")
    r.add_argument("--once", action="store_true", help="one full cycle, then exit")
    r.add_argument("--now", help="act as if it were this instant, e.g. 2026-12-10T10:00+01:00")
    r.add_argument(
        "--dry-run", action="store_true", help="print what would be sent; send nothing, change nothing"
    )
    r.set_defaults(func=cmd_run)

    s = sub.add_parser("status", help="every followed invoice and what happens next")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.add_argument("--now", help="compute next steps as of this instant")
    s.set_defaults(func=cmd_status)

    i = sub.add_parser("inspect", help="what mailduns reads in messages or e-invoice files")
    i.add_argument("files", nargs="+", metavar="FILE")
    i.add_argument("--json", action="store_true", help="machine-readable output")
    i.set_defaults(func=cmd_inspect)

    c = sub.add_parser("check", help="validate config and templates, and log in to IMAP and SMTP")
    c.add_argument("--offline", action="store_true", help="do not connect to the servers")
    c.set_defaults(func=cmd_check)

    from mailduns.onboarding.wizard import add_init_arguments

    i = sub.add_parser(
        "init",
        help="set-up that writes a commented config and tests the login "
        "(interactive, or --non-interactive with flags)",
    )
    add_init_arguments(i)
    i.set_defaults(func=cmd_init)

    v = sub.add_parser("preview", help="show the exact email a step would send")
    v.add_argument("invoice", metavar="INVOICE", help="the invoice number")
    v.add_argument("--step", help="the step name (default: the next one)")
    v.add_argument("--now", help="render as of this instant")
    v.set_defaults(func=cmd_preview)

    for name, func, text in (
        ("paid", cmd_paid, "mark an invoice paid: no more reminders"),
        ("hold", cmd_hold, "hold an invoice's reminders until `resume`"),
    ):
        m = sub.add_parser(name, help=text)
        m.add_argument("invoice", metavar="INVOICE", help="the invoice number")
        m.set_defaults(func=func)
    for name, func, text in (
        ("approve", cmd_approve, "send the letter waiting in Drafts as it is"),
        ("skip", cmd_skip, "drop the letter waiting in Drafts (the step is skipped)"),
    ):
        m = sub.add_parser(name, help=text)
        m.add_argument("invoice", metavar="INVOICE", help="the invoice number")
        m.set_defaults(func=func)
    m = sub.add_parser(
        "resume", help="resume reminders of a held or snoozed invoice (--all: undo `pause --all`)"
    )
    m.add_argument("invoice", metavar="INVOICE", nargs="?", help="the invoice number")
    m.add_argument("--all", action="store_true", help="lift the `pause --all` kill switch")
    m.set_defaults(func=cmd_resume)
    m = sub.add_parser("pause", help="kill switch: stop all sending at once (reading goes on)")
    m.add_argument(
        "--all", action="store_true", required=True, help="every invoice (required, to be explicit)"
    )
    m.set_defaults(func=cmd_pause)
    m = sub.add_parser("backup", help="save a consistent copy of the state database")
    m.add_argument("path", metavar="PATH", help="where to write the copy")
    m.set_defaults(func=cmd_backup)

    from mailduns.cli.more import register

    register(sub)
    from mailduns.cli.formal import register as register_formal  # evidence, posted (formal notices)

    register_formal(sub)
    from mailduns.cli.auth_cmd import register as register_auth

    register_auth(sub)
    from mailduns.cli import answer_cmd

    answer_cmd.register(sub)

    d = sub.add_parser("demo", help="run the daemon over ~40 simulated days on a local throw-away mailbox")
    d.add_argument("--days", type=int, default=40, help="how many days to simulate")
    d.add_argument("--keep", action="store_true", help="keep the demo mail server's files")
    d.set_defaults(func=cmd_demo)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(message)s",
        stream=sys.stderr,
    )
    try:
        return int(args.func(args))
    except ConfigError as exc:
        print(f"mailduns: {exc}", file=sys.stderr)
        return 2
    except MaildunsError as exc:
        print(f"mailduns: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
