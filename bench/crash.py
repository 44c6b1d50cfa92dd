"""Crash harness: SIGKILL the daemon at every point of the send path, restart, count the mail.

Each round starts a real Dovecot + SMTP server, seeds a freelancer's Sent folder with invoices to
two clients, and walks through the days of their reminder ladders with `mailduns run --once --now`
in a subprocess. Each run is told (MAILDUNS_FAULT) to kill itself at a random named point of the
send path (before SMTP, before DATA, after the 250 reply, before/after the APPEND to Sent), and is
restarted until a run completes. Mid-way one invoice is marked $Paid in the mail client.

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
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.onboarding.devrig import MailRig
from mailduns.service.faults import POINTS

ROME = ZoneInfo("Europe/Rome")
CLIENTS = ("bob", "carol")
EXTRA = ('[sending]\nweekdays_only = false\nholidays = ""\nbcc_owner = true\nevidence_wait_minutes = 0\n'
         'max_per_day = 1000\n')


@dataclass
class Outcome:
    kills: int = 0
    runs: int = 0
    delivered: Counter[tuple[str, str]] = field(default_factory=Counter)
    after_paid: int = 0
    uncertain: int = 0
    transient: int = 0          # runs that could not reach the server (a loaded machine) and were re-run


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


def run_round(workdir: Path, *, faults: bool, rng: random.Random, invoices: int = 4, days: int = 44,
              max_kills: int | None = None) -> Outcome:
    out = Outcome()
    rig = MailRig(users=("alice", *CLIENTS), root=workdir / "rig")
    rig.start()
    try:
        config = workdir / "config.toml"
        config.write_text(rig.config_toml("alice", workdir / "state.db", since="2026-10-01", extra=EXTRA))
        config.chmod(0o600)
        base = datetime(2026, 11, 2, 12, tzinfo=ROME)
        for n in range(1, invoices + 1):
            rig.append("alice", "Sent", _invoice(n, CLIENTS[n % 2], base + timedelta(days=n)).as_bytes())
        paid_at = len(_days(base, days)) // 2
        env = dict(os.environ)
        for i, day in enumerate(_days(base + timedelta(days=24), days)):
            if i == paid_at:                      # the freelancer marks invoice 1 paid in Thunderbird
                c = rig.imap("alice")
                c.select_folder("Sent")
                c.add_flags(c.search(["HEADER", "Message-ID", "<invoice-1@example.test>"]), [b"$Paid"])
                c.logout()
            now = day.replace(hour=10).isoformat()
            while True:
                env.pop("MAILDUNS_FAULT", None)
                if faults and (max_kills is None or out.kills < max_kills):
                    env["MAILDUNS_FAULT"] = f"{rng.choice(POINTS)}:{rng.randint(1, 3)}"
                proc = subprocess.run([sys.executable, "-m", "mailduns.cli.main", "--config", str(config), "run",
                                       "--once", "--now", now], env=env, capture_output=True, text=True,
                                      check=False)
                out.runs += 1
                if proc.returncode == -9:
                    out.kills += 1
                    continue
                # A server that cannot be reached, or whose authentication is busy ("[UNAVAILABLE]": Dovecot's
                # auth under hundreds of killed logins on two cores), is a failed cycle the daemon repeats.
                if proc.returncode == 1 and out.transient < 20 and (
                        "cannot reach the IMAP server" in proc.stderr or "cannot log anyone in right now" in proc.stderr):
                    out.transient += 1            # the next cycle would simply try again; so do we
                    continue
                if proc.returncode != 0:
                    raise RuntimeError(f"mailduns failed: {proc.stderr}")
                break
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
    args = ap.parse_args()
    rng = random.Random(args.seed)
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        reference = run_round(Path(tmp) / "ref", faults=False, rng=rng)
    print(f"reference run: {sum(reference.delivered.values())} reminders delivered "
          f"for {len(reference.delivered)} (invoice, step) pairs")
    totals = Counter[str]()
    rounds = 0
    while totals["kills"] < args.kills:
        with tempfile.TemporaryDirectory() as tmp:
            o = run_round(Path(tmp) / "r", faults=True, rng=rng)
        dup, lost, extra = compare(reference, o)
        rounds += 1
        totals.update(kills=o.kills, runs=o.runs, duplicates=dup, lost=lost, extra=extra,
                      after_paid=o.after_paid, uncertain=o.uncertain)
        print(f"round {rounds}: {o.kills} kills, {o.runs} runs, duplicates {dup}, lost {lost}, extra {extra}, "
              f"after paid {o.after_paid}", flush=True)
    print(f"\nTOTAL: {rounds} rounds, {totals['kills']} kills in {totals['runs']} runs, "
          f"{time.monotonic() - t0:.0f} s")
    print(f"duplicates {totals['duplicates']}, lost {totals['lost']}, extra {totals['extra']}, "
          f"to paid invoices {totals['after_paid']}, left uncertain {totals['uncertain']}")
    return 0 if not (totals["duplicates"] or totals["lost"] or totals["extra"] or totals["after_paid"]) else 1


if __name__ == "__main__":
    sys.exit(main())
