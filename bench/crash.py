"""Crash harness: SIGKILL the daemon at every point of the send path, restart, count the mail.

Each round starts a real Dovecot + SMTP server, seeds a freelancer's Sent folder with invoices to
two clients, and walks through the days of their reminder ladders with `mailduns run --once --now`
in a subprocess. Each run is told (MAILDUNS_FAULT) to kill itself at a random named point of the
send path (before SMTP, before DATA, after the 250 reply, before/after the APPEND to Sent), and is
restarted until a run completes. Mid-way one invoice is marked $Paid in the mail client.

With `--approvals` (and in every other round of the full run) carol's ladder asks for approval
(`approve = true` on three steps): her letters wait in Drafts, and after each day's run a "mail
client" acts on every draft as the freelancer would — sends it (a new Message-ID, an edited text, a
copy in Sent, the delivery), deletes it, or answers `mailduns approve` / `mailduns skip` — the same
choice for the same (invoice, step) in every round. The kills then also land before and after the
APPEND to Drafts and after a draft's removal.

Afterwards, for every (invoice, step) the client's INBOX must hold exactly the mails a fault-free
run delivers: 0 duplicates, 0 lost, 0 mails to a paid invoice.

    python bench/crash.py --kills 1000          # the full run (~15 minutes on 2 cores)
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from mailduns.onboarding.devrig import MailRig
from mailduns.service.faults import POINTS

ROME = ZoneInfo("Europe/Rome")
CLIENTS = ("bob", "carol")
EXTRA = (
    '[sending]\nweekdays_only = false\nholidays = ""\nbcc_owner = true\nevidence_wait_minutes = 0\n'
    "max_per_day = 1000\n"
)


STEPS = (
    ("courtesy", -3, False, False),
    ("due", 0, False, False),
    ("reminder", 5, False, True),
    ("late_fee", 10, True, True),
    ("suspension", 20, True, False),
    ("final", 30, True, True),
)
APPROVALS = (
    "\n[profiles.careful]\n"
    + "".join(
        f'\n[[profiles.careful.steps]]\nname = "{n}"\ndays = {d}\n'
        + ("late_fee = true\n" if fee else "")
        + ("approve = true\n" if approve else "")
        for n, d, fee, approve in STEPS
    )
    + '\n[clients."carol@example.test"]\nprofile = "careful"\n'
)
#: What the freelancer does with each new draft, in turn (drafts appear on the same days in every round,
#: so each (invoice, step) gets the same choice in every round).
CHOICES = ("send", "approve", "delete", "skip")


@dataclass
class Outcome:
    kills: int = 0
    runs: int = 0
    delivered: Counter[tuple[str, str]] = field(default_factory=Counter)
    after_paid: int = 0
    uncertain: int = 0
    transient: int = 0  # runs that could not reach the server (a loaded machine) and were re-run
    drafts: Counter[tuple[str, str]] = field(default_factory=Counter)  # drafts acted on, by (invoice, step)
    redrafted: int = 0  # a draft that came back after it was sent or approved: a duplicate risk
    waiting: int = 0  # letters still waiting for approval at the end
    refused: int = 0  # `mailduns approve/skip` that found nothing waiting
    acted: dict[tuple[str, str], str] = field(default_factory=dict)
    killed_at: list[str] = field(default_factory=list)  # "day fault:count" of every kill, to replay a round


def _login(rig: MailRig, user: str) -> Any:
    """The mail client's login; a loaded Dovecot may answer [UNAVAILABLE] for a moment."""
    for attempt in range(5):
        try:
            return rig.imap(user)
        except Exception as exc:  # noqa: BLE001 - imapclient's LoginError or a reset connection
            if "UNAVAILABLE" not in str(exc) or attempt == 4:
                raise
            time.sleep(0.5 * (attempt + 1))
    raise AssertionError("unreachable")


def _act_on_drafts(
    rig: MailRig, config: Path, env: dict[str, str], acted: dict[tuple[str, str], str], out: Outcome
) -> None:
    """The freelancer's mail client, after a day's run: each mailduns draft is sent, deleted,
    approved or skipped."""
    c = _login(rig, "alice")
    try:
        c.select_folder("Drafts")
        uids = c.search(["ALL"])
        data = c.fetch(uids, [b"BODY.PEEK[]"]) if uids else {}
    finally:
        c.logout()
    for uid in sorted(data):
        draft = message_from_bytes(data[uid][b"BODY[]"], policy=default)
        tag = str(draft["X-Mailduns"] or "")
        if not tag.startswith("reminder"):
            continue
        parts = dict(p.strip().split("=", 1) for p in tag.split(";")[1:] if "=" in p)
        number = (parts.get("invoice") or parts.get("invoices", "?").split(",")[0]).strip()
        step = (parts.get("step") or parts.get("steps", "?").split(",")[0]).strip()
        key = (number, step)
        what = (
            acted.get(key) or CHOICES[len(acted) % len(CHOICES)]
        )  # each choice in turn, in order of appearance
        if acted.get(key) in ("send", "approve"):
            out.redrafted += 1  # it went out already: never act on it twice
            continue
        acted[key] = what
        out.drafts[key] += 1
        if what in ("send", "delete"):
            if what == "send":
                sent = EmailMessage()
                for name in (
                    "From",
                    "To",
                    "Cc",
                    "Subject",
                    "In-Reply-To",
                    "References",
                    "X-Mailduns",
                    "Date",
                ):
                    if draft[name]:
                        sent[name] = str(draft[name])
                sent["Message-ID"] = make_msgid(domain="mailclient.example")
                body = draft.get_body(("plain",))
                sent.set_content("Edited by hand.\n\n" + (body.get_content() if body is not None else ""))
                rig.append("alice", "Sent", sent.as_bytes())
                for _name, addr in getaddresses(sent.get_all("To", []) + sent.get_all("Cc", [])):
                    rig.deliver(sent.as_bytes(), addr)
            c = _login(rig, "alice")
            try:
                c.select_folder("Drafts")
                c.delete_messages([uid])
                c.expunge()
            finally:
                c.logout()
        else:
            clean = {k: v for k, v in env.items() if k != "MAILDUNS_FAULT"}
            proc = subprocess.run(
                [sys.executable, "-m", "mailduns.cli.main", "--config", str(config), what, number],
                env=clean,
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode != 0:
                out.refused += 1


def _invoice(n: int, client: str, sent: datetime) -> EmailMessage:
    m = EmailMessage()
    m["From"] = "Alessandra Rossi <alice@example.test>"
    m["To"] = f"{client.title()} <{client}@example.test>"
    m["Subject"] = f"Fattura {n}/2026"
    m["Date"] = format_datetime(sent)
    m["Message-ID"] = f"<invoice-{n}@example.test>"
    m.set_content(f"Totale: {100 * n},00 €\nScadenza: {(sent + timedelta(days=30)):%d/%m/%Y}\n")
    return m


def _days(start: datetime, n: int) -> list[datetime]:
    return [start + timedelta(days=d) for d in range(0, n, 2)]


def run_round(
    workdir: Path,
    *,
    faults: bool,
    rng: random.Random,
    invoices: int = 4,
    days: int = 44,
    max_kills: int | None = None,
    approvals: bool = False,
) -> Outcome:
    out = Outcome()
    rig = MailRig(users=("alice", *CLIENTS), root=workdir / "rig")
    rig.start()
    try:
        config = workdir / "config.toml"
        config.write_text(
            rig.config_toml(
                "alice",
                workdir / "state.db",
                since="2026-10-01",
                extra=EXTRA + (APPROVALS if approvals else ""),
            )
        )
        config.chmod(0o600)
        base = datetime(2026, 11, 2, 12, tzinfo=ROME)
        for n in range(1, invoices + 1):
            rig.append("alice", "Sent", _invoice(n, CLIENTS[n % 2], base + timedelta(days=n)).as_bytes())
        paid_at = len(_days(base, days)) // 2
        env = dict(os.environ)
        acted = out.acted
        for i, day in enumerate(_days(base + timedelta(days=24), days)):
            if i == paid_at:  # the freelancer marks invoice 1 paid in Thunderbird
                c = rig.imap("alice")
                c.select_folder("Sent")
                c.add_flags(c.search(["HEADER", "Message-ID", "<invoice-1@example.test>"]), [b"$Paid"])
                c.logout()
            now = day.replace(hour=10).isoformat()
            while True:
                env.pop("MAILDUNS_FAULT", None)
                if faults and (max_kills is None or out.kills < max_kills):
                    env["MAILDUNS_FAULT"] = f"{rng.choice(POINTS)}:{rng.randint(1, 3)}"
                proc = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "mailduns.cli.main",
                        "--config",
                        str(config),
                        "run",
                        "--once",
                        "--now",
                        now,
                    ],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                out.runs += 1
                if proc.returncode == -9:
                    out.kills += 1
                    out.killed_at.append(f"{now} {env['MAILDUNS_FAULT']}")
                    continue
                # A server that cannot be reached, or whose authentication is busy ("[UNAVAILABLE]": Dovecot's
                # auth under hundreds of killed logins on two cores), is a failed cycle the daemon repeats.
                if (
                    proc.returncode == 1
                    and out.transient < 20
                    and (
                        "cannot reach the IMAP server" in proc.stderr
                        or "cannot log anyone in right now" in proc.stderr
                    )
                ):
                    out.transient += 1  # the next cycle would simply try again; so do we
                    continue
                if proc.returncode != 0:
                    raise RuntimeError(f"mailduns failed: {proc.stderr}")
                break
            if approvals:
                _act_on_drafts(rig, config, env, acted, out)
        for client in CLIENTS:
            for raw in rig.fetch_all(client, "INBOX"):
                msg = message_from_bytes(raw, policy=default)
                tag = str(msg["X-Mailduns"] or "")
                if not tag.startswith("reminder"):
                    continue
                parts = dict(p.strip().split("=", 1) for p in tag.split(";")[1:] if "=" in p)
                # a statement covers several invoices in one mail: count it once for each of them
                numbers = parts["invoices"].split(",") if "invoices" in parts else [parts["invoice"]]
                steps = parts["steps"].split(",") if "steps" in parts else [parts["step"]] * len(numbers)
                for number, step in zip((n.strip() for n in numbers), steps, strict=True):
                    out.delivered[(number, step)] += 1
                    if number == "1/2026" and step in ("suspension", "final"):
                        out.after_paid += 1
        import sqlite3

        db = sqlite3.connect(workdir / "state.db")
        out.uncertain = db.execute("SELECT COUNT(*) FROM outbox WHERE status = 'uncertain'").fetchone()[0]
        out.waiting = db.execute(
            "SELECT COUNT(*) FROM outbox WHERE status IN ('drafting', 'awaiting')"
        ).fetchone()[0]
        db.close()
    finally:
        rig.stop()
    return out


def compare(reference: Outcome, faulty: Outcome) -> tuple[int, int, int]:
    """(duplicates, lost, extra) of a faulty round against the fault-free reference."""
    dup = sum(c - 1 for c in faulty.delivered.values() if c > 1)
    lost = sum(1 for k in reference.delivered if faulty.delivered[k] == 0)
    extra = sum(1 for k in faulty.delivered if reference.delivered[k] == 0)
    return dup, lost, extra


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=1000, help="stop after at least this many kills")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--approvals",
        choices=("alternate", "only", "none"),
        default="alternate",
        help="rounds where carol's letters wait for approval in Drafts (default: every other round)",
    )
    args = ap.parse_args()
    rng = random.Random(args.seed)
    t0 = time.monotonic()
    modes = {"alternate": (False, True), "only": (True,), "none": (False,)}[args.approvals]
    references: dict[bool, Outcome] = {}
    for mode in modes:
        with tempfile.TemporaryDirectory() as tmp:
            references[mode] = run_round(Path(tmp) / "ref", faults=False, rng=rng, approvals=mode)
        ref = references[mode]
        print(
            f"reference run{' with approvals' if mode else ''}: {sum(ref.delivered.values())} reminders "
            f"delivered for {len(ref.delivered)} (invoice, step) pairs"
            + (f"; drafts acted on: {dict(Counter(ref.acted.values()))}" if mode else "")
        )
    totals = Counter[str]()
    rounds = 0
    while totals["kills"] < args.kills:
        mode = modes[rounds % len(modes)]
        with tempfile.TemporaryDirectory() as tmp:
            o = run_round(Path(tmp) / "r", faults=True, rng=rng, approvals=mode)
        dup, lost, extra = compare(references[mode], o)
        rounds += 1
        totals.update(
            kills=o.kills,
            runs=o.runs,
            duplicates=dup,
            lost=lost,
            extra=extra,
            after_paid=o.after_paid,
            uncertain=o.uncertain,
            redrafted=o.redrafted,
            approval_rounds=int(mode),
            approval_kills=o.kills if mode else 0,
        )
        print(
            f"round {rounds}{' (approvals)' if mode else ''}: {o.kills} kills, {o.runs} runs, duplicates {dup}, "
            f"lost {lost}, extra {extra}, after paid {o.after_paid}"
            + (f", redrafted {o.redrafted}, still waiting {o.waiting}" if mode else ""),
            flush=True,
        )
    print(
        f"\nTOTAL: {rounds} rounds, {totals['kills']} kills in {totals['runs']} runs, "
        f"{time.monotonic() - t0:.0f} s"
    )
    print(
        f"duplicates {totals['duplicates']}, lost {totals['lost']}, extra {totals['extra']}, "
        f"to paid invoices {totals['after_paid']}, left uncertain {totals['uncertain']}"
    )
    print(
        f"approval rounds {totals['approval_rounds']} ({totals['approval_kills']} kills), drafts that came back "
        f"after they went out {totals['redrafted']}"
    )
    return (
        0
        if not (
            totals["duplicates"]
            or totals["lost"]
            or totals["extra"]
            or totals["after_paid"]
            or totals["redrafted"]
        )
        else 1
    )


if __name__ == "__main__":
    sys.exit(main())
