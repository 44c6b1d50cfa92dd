"""Reading benchmark: per-field accuracy over the labelled corpus, and messages per second.

    .venv/bin/python bench/reading.py [--corpus ../shared/corpus] [--seconds 3] [-v]

For every file of /work/shared/corpus/labels.toml it runs the same code `mailduns inspect` runs
(e-invoices through the attachment readers, mail through `read_message`, body-only fixtures through
`read_text`) and compares each labelled fact the reader can state with what it read:

- e-invoices: number, issue date, due date (the first of `due_dates`: the reader follows the first
  installment), total, amount payable (or the first installment amount), currency, buyer name, and
  whether it is a credit note;
- mail: kind, language (it/es/en only: the reader does not guess other languages on purpose, so
  those labels are listed as not attempted), failed recipient, and the invoice facts of a mail
  that carries one.

Labelled facts the reader has no field for (seller, VAT numbers, payment method...) are not
counted.  Facts the reader states where the label has none (a due date computed from "Payment within
30 days") are listed as "beyond the labels", not counted as errors.

Speed: the corpus .eml files (bounces, auto-replies, PEC messages, replies: up to 80 KB each), and
a set of short text-only freelancer messages, each read repeatedly for --seconds on one core,
reported as messages per second.  Goals: >= 95 % of labelled fields, >= 200 msg/s.
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mailduns.cli.inspect_cmd import inspect_bytes
from mailduns.reading import read_message, read_text
from mailduns.reading.model import InvoiceFacts, MessageFacts

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SUPPORTED_LANGUAGES = ("it", "es", "en")
FIELD_GOAL = 95.0
SPEED_GOAL = 200.0


def two_places(amount: str) -> str:
    whole, _, cents = amount.partition(".")
    return f"{whole}.{(cents + '00')[:2]}"


@dataclass
class Score:
    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    labelled: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: list[str] = field(default_factory=list)
    beyond: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def check(self, where: str, name: str, want: object, have: object) -> None:
        self.labelled[name] += 1
        if want == have:
            self.right[name] += 1
        else:
            self.misses.append(f"{where}: {name} labelled {want!r}, read {have!r}")


def invoice_expectations(label: dict[str, Any], prefix: str = "") -> dict[str, object]:
    """Labelled facts, keyed by the InvoiceFacts JSON field they correspond to."""

    def get(key: str) -> Any:
        return label.get(prefix + key)

    want: dict[str, object] = {}
    if get("invoice_number") is not None or prefix and get("number") is not None:
        want["number"] = get("invoice_number") if not prefix else get("number")
    if get("issue_date") is not None:
        want["issue_date"] = get("issue_date")
    if get("due_date") is not None:
        want["due_date"] = get("due_date")
    elif get("due_dates"):
        want["due_date"] = get("due_dates")[0]
    total = get("total_amount") if not prefix else get("total")
    if total is not None:
        want["total"] = two_places(total)
    if get("amount_payable") is not None:
        want["amount"] = two_places(get("amount_payable"))
    elif get("installment_amounts"):
        want["amount"] = two_places(get("installment_amounts")[0])
    if get("currency") is not None:
        want["currency"] = get("currency")
    if get("buyer") is not None:
        want["client_name"] = get("buyer")
    return want


def score_invoice(
    score: Score, where: str, want: dict[str, object], inv: InvoiceFacts | None, credit_label: bool | None
) -> None:
    have = inv.to_json() if inv is not None else {}
    for name, value in want.items():
        score.check(where, name, value, have.get(name))
    if credit_label is not None:
        score.check(where, "is_credit_note", credit_label, inv.is_credit_note if inv else None)
    for name in ("due_date", "client_email"):
        if name not in want and have.get(name) is not None:
            score.beyond.append(f"{where}: {name} = {have[name]!r}")


def read_file(corpus: Path, key: str, label: dict[str, Any]) -> MessageFacts:
    path = corpus / key
    data = path.read_bytes()
    if label.get("format") == "body-only":
        return read_text(data.decode("utf-8", errors="replace"))
    if key.startswith("mail/"):
        return read_message(data)
    return inspect_bytes(path.name, data)


def accuracy(corpus: Path) -> tuple[Score, float]:
    labels: dict[str, dict[str, Any]] = tomllib.loads((corpus / "labels.toml").read_text("utf-8"))["files"]
    score = Score()
    started = time.perf_counter()
    for key, label in sorted(labels.items()):
        if not (corpus / key).is_file():
            score.skipped.append(f"{key}: file missing")
            continue
        try:
            facts = read_file(corpus, key, label)
        except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not stop
            score.misses.append(f"{key}: could not be read ({exc})")
            for name in ("kind", "number"):
                score.labelled[name] += 1
            continue
        if key.startswith("einvoice/"):
            for i, inv_label in enumerate(label.get("invoices", [])):
                inv = facts.invoices[i] if i < len(facts.invoices) else None
                credit = "credit note" in inv_label.get("document_type", "")
                score_invoice(score, f"{key}#{i + 1}", invoice_expectations(inv_label), inv, credit)
            if len(facts.invoices) != len(label.get("invoices", [])):
                score.misses.append(
                    f"{key}: {len(facts.invoices)} invoices read, {len(label.get('invoices', []))} labelled"
                )
            continue
        if "kind" in label:
            score.check(key, "kind", label["kind"], facts.kind)
        lang = label.get("language")
        if lang in SUPPORTED_LANGUAGES:
            score.check(key, "language", lang, facts.language)
        elif lang is not None:
            score.skipped.append(f"{key}: language {lang!r} not attempted (read {facts.language!r})")
        if "failed_recipient" in label:
            have = facts.reply.failed_recipient if facts.reply else None
            score.check(key, "failed_recipient", label["failed_recipient"], have)
        if "invoice_number" in label:
            want = invoice_expectations(
                {
                    "number": label.get("invoice_number"),
                    "issue_date": label.get("invoice_issue_date"),
                    "due_date": label.get("invoice_due_date"),
                    "total": label.get("invoice_total"),
                    "currency": label.get("invoice_currency"),
                    "buyer": label.get("invoice_buyer"),
                },
                prefix="",
            )
            want["number"] = label["invoice_number"]
            score_invoice(score, key, want, facts.invoices[0] if facts.invoices else None, None)
    return score, time.perf_counter() - started


def typical_mail() -> list[bytes]:
    """Short text-only messages like a freelancer's Sent folder and inbox hold (it/es/en)."""
    head = (
        "From: Giulia Bianchi <giulia@studio.it>\nTo: ACME srl <amministrazione@acme.it>\n"
        "Date: Mon, 02 Nov 2026 10:00:00 +0100\nMessage-ID: <{n}@studio.it>\nSubject: {subject}\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    )
    bodies = [
        (
            "Fattura 12/2026",
            (
                "Buongiorno,\nin allegato la fattura 12/2026.\nTotale da pagare € 1.220,00, "
                "scadenza 02/12/2026.\nIBAN IT60X0542811101000000123456\nGrazie, Giulia"
            ),
        ),
        (
            "Factura F-2026-12",
            "Hola,\nadjunto la factura F-2026-12 por 1.210,00 €, vencimiento a 30 días.\nSaludos",
        ),
        (
            "Invoice INV-0042",
            (
                "Hi,\nplease find attached invoice INV-0042 for $1,100.00, due December 2, 2026.\n"
                "Thanks,\nGiulia"
            ),
        ),
        (
            "Re: Fattura 12/2026",
            ("Buongiorno, provvediamo al pagamento entro venerdì.\n\n> in allegato la fattura 12/2026."),
        ),
        (
            "Re: Invoice INV-0042",
            "Paid today, see the attached remittance.\n\nOn Mon, Giulia wrote:\n> invoice",
        ),
    ]
    return [(head.format(n=i, subject=s) + b).encode() for i, (s, b) in enumerate(bodies)]


def speed(mails: list[bytes], seconds: float) -> tuple[int, float, int]:
    if not mails:
        return 0, 0.0, 0
    read: Callable[[bytes], MessageFacts] = read_message
    for raw in mails:  # warm-up: compile the regexes once
        read(raw)
    count = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for raw in mails:
            read(raw)
        count += len(mails)
    return count, time.perf_counter() - started, len(mails)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--seconds", type=float, default=3.0, help="how long to time plain mail")
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="also list facts beyond the labels and skips"
    )
    args = ap.parse_args(argv)
    if not (args.corpus / "labels.toml").is_file():
        print(f"no labelled corpus at {args.corpus}", file=sys.stderr)
        return 2

    score, took = accuracy(args.corpus)
    print(f"labelled corpus: {args.corpus} (read in {took:.2f} s)\n")
    print(f"{'field':<18}{'right':>7}{'labelled':>10}{'%':>8}")
    total_right = total = 0
    for name in sorted(score.labelled):
        r, n = score.right[name], score.labelled[name]
        total_right, total = total_right + r, total + n
        print(f"{name:<18}{r:>7}{n:>10}{100 * r / n:>8.1f}")
    pct = 100 * total_right / total if total else 0.0
    verdict = "ok" if pct >= FIELD_GOAL else "BELOW GOAL"
    print(f"{'all fields':<18}{total_right:>7}{total:>10}{pct:>8.1f}   goal >= {FIELD_GOAL:.0f} %: {verdict}")
    if score.misses:
        print("\nmisses:")
        for m in score.misses:
            print(f"  {m}")
    if args.verbose:
        for title, items in (("beyond the labels", score.beyond), ("not counted", score.skipped)):
            if items:
                print(f"\n{title}:")
                for m in items:
                    print(f"  {m}")
    else:
        print(
            f"\n{len(score.beyond)} facts beyond the labels, {len(score.skipped)} labels not counted (-v lists them)"
        )

    print()
    corpus_mail = [p.read_bytes() for p in sorted((args.corpus / "mail").rglob("*.eml"))]
    for title, mails in (
        ("corpus mail (bounces, PEC, replies)", corpus_mail),
        ("typical text-only mail", typical_mail()),
    ):
        count, seconds, distinct = speed(mails, args.seconds)
        if count:
            rate = count / seconds
            verdict = "ok" if rate >= SPEED_GOAL else "BELOW GOAL"
            print(
                f"{title}: {count} reads of {distinct} messages in {seconds:.2f} s = {rate:.0f} msg/s "
                f"on one core   goal >= {SPEED_GOAL:.0f} msg/s: {verdict}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
