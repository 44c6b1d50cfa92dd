"""Inbox reading benchmark: per-class precision and recall, overall accuracy and speed.

Reads every labelled message of the shared corpus (../shared/corpus/mail with labels.toml, real mail
kept outside the repository) and every case of tests/inbox_cases.py, and compares the kind mailduns
reads with the label.  The held-out cases (written after the rules were tuned) are reported on their
own, so a rule tuned to the cases it was written for shows up as a gap between the two tables.

The goals are those of issue 4: every bounce and auto-reply recognised; at least 95% precision on the
classes that stop or snooze reminders (a wrong "paid" silences a debtor); at least 90% overall.  Reading a
dispute as "other" is harmless (both hold), so the report also counts the *harmful* confusions: a
message read into a stopping/snoozing class it does not belong to.

    python bench/inbox.py              # the tables
    python bench/inbox.py --errors     # also list every misread message
    python bench/inbox.py --check      # exit 1 when a goal is missed (for CI)
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.inbox_cases import CASES, HOLDOUT, Case

from mailduns.reading import read_message, read_text
from mailduns.reading.model import MessageFacts

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
KINDS = ("invoice", "payment-notification", "client-reply-paid", "client-reply-promise", "client-reply-dispute",
         "client-reply-other", "auto-reply", "bounce", "other")
# classes whose reading stops or postpones reminders: a false positive here is the harmful mistake
STOPPING = ("payment-notification", "client-reply-paid", "client-reply-promise", "auto-reply", "bounce")
FACT_KEYS = ("amount", "reference", "promised_date", "return_date", "failed_recipient", "permanent")


@dataclass(frozen=True)
class Item:
    source: str            # "corpus" | "cases" | "holdout"
    name: str
    raw: bytes
    body_only: bool
    kind: str
    facts: dict[str, object]


def corpus_items() -> tuple[list[Item], str | None]:
    labels_path = CORPUS / "labels.toml"
    if not labels_path.is_file():
        return [], f"shared corpus not found at {CORPUS} (it lives outside the repository): corpus skipped"
    labels = tomllib.loads(labels_path.read_text(encoding="utf-8"))["files"]
    items: list[Item] = []
    for key, label in sorted(labels.items()):
        path = CORPUS / key
        if not key.startswith("mail/") or "kind" not in label or not path.is_file():
            continue
        facts: dict[str, object] = {}
        if label.get("failed_recipient"):
            facts["failed_recipient"] = label["failed_recipient"]
        items.append(Item("corpus", key, path.read_bytes(), label.get("format") == "body-only",
                          label["kind"], facts))
    return items, None


def case_items(cases: Iterable[Case], source: str) -> list[Item]:
    return [Item(source, c.name, c.raw, False, c.kind, dict(c.facts)) for c in cases]


def read(item: Item) -> MessageFacts:
    if item.body_only:
        return read_text(item.raw.decode("utf-8", errors="replace"))
    return read_message(item.raw)


def facts_ok(item: Item, facts: MessageFacts) -> bool:
    reply = facts.reply
    for key, want in item.facts.items():
        got = getattr(reply, key, None) if reply is not None else None
        if got != want:
            return False
    return True


def table(title: str, results: list[tuple[Item, MessageFacts]]) -> dict[str, float]:
    """Print per-class precision/recall and return the figures the goals need."""
    predicted = Counter[str](str(f.kind) for _, f in results)
    actual = Counter(i.kind for i, _ in results)
    hits = Counter[str](i.kind for i, f in results if i.kind == f.kind)
    print(f"\n{title}  ({len(results)} messages)")
    print(f"  {'class':<22} {'support':>7} {'precision':>10} {'recall':>8}")
    figures: dict[str, float] = {}
    for kind in KINDS:
        if not actual[kind] and not predicted[kind]:
            continue
        precision = hits[kind] / predicted[kind] if predicted[kind] else float("nan")
        recall = hits[kind] / actual[kind] if actual[kind] else float("nan")
        figures[f"p:{kind}"], figures[f"r:{kind}"] = precision, recall
        print(f"  {kind:<22} {actual[kind]:>7} {_pct(precision):>10} {_pct(recall):>8}")
    accuracy = sum(hits.values()) / len(results) if results else float("nan")
    harmful = [(i, f) for i, f in results if f.kind in STOPPING and f.kind != i.kind]
    with_facts = [(i, f) for i, f in results if i.facts and i.kind == f.kind]
    facts_right = sum(facts_ok(i, f) for i, f in with_facts)
    figures["accuracy"], figures["harmful"] = accuracy, float(len(harmful))
    print(f"  overall accuracy {_pct(accuracy)}; harmful confusions (read into a stopping class) "
          f"{len(harmful)}; facts right {facts_right}/{len(with_facts)}")
    return figures


def _pct(x: float) -> str:
    return "   -" if math.isnan(x) else f"{100 * x:.1f}%"  # NaN: no message predicted or labelled


def goals(figures: dict[str, float]) -> list[tuple[str, bool]]:
    out = [
        ("100% of bounces recognised", figures.get("r:bounce", 1.0) == 1.0),
        ("100% of auto-replies recognised", figures.get("r:auto-reply", 1.0) == 1.0),
        ("overall accuracy >= 90%", figures["accuracy"] >= 0.90),
    ]
    for kind in STOPPING:
        p = figures.get(f"p:{kind}", 1.0)
        out.append((f"precision >= 95% on {kind}", math.isnan(p) or p >= 0.95))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every misread message")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    parser.add_argument("--repeat", type=int, default=3, help="timing rounds (the best is reported)")
    args = parser.parse_args(argv)

    corpus, note = corpus_items()
    if note:
        print(note)
    tuned = corpus + case_items(CASES, "cases")
    held = case_items(HOLDOUT, "holdout")
    everything = tuned + held

    best = float("inf")
    results: list[tuple[Item, MessageFacts]] = []
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        results = [(item, read(item)) for item in everything]
        best = min(best, time.perf_counter() - start)
    size = sum(len(i.raw) for i in everything)

    by_source = Counter(i.source for i in everything)
    print(f"mailduns inbox benchmark: {by_source['corpus']} corpus messages, {by_source['cases']} cases, "
          f"{by_source['holdout']} held-out cases")
    main_figures = table("corpus + cases", [r for r in results if r[0].source != "holdout"])
    if held:
        table("held-out cases (written after tuning)", [r for r in results if r[0].source == "holdout"])
    all_figures = table("everything", results)
    print(f"\nspeed: {len(everything) / best:.0f} messages/s ({size / best / 1e6:.1f} MB/s, "
          f"best of {max(1, args.repeat)})")

    print("\ngoals (corpus + cases, and everything):")
    ok = True
    for (name, met), (_, met_all) in zip(goals(main_figures), goals(all_figures), strict=True):
        ok = ok and met and met_all
        print(f"  [{'x' if met and met_all else ' '}] {name}" + ("" if met == met_all else
                                                                  f"  (tuned {met}, with held-out {met_all})"))

    if args.errors:
        print("\nmisread:")
        for item, facts in results:
            if item.kind != facts.kind or not facts_ok(item, facts):
                got = {k: getattr(facts.reply, k, None) for k in item.facts} if facts.reply else {}
                print(f"  [{item.source}] {item.name}: expected {item.kind} {item.facts or ''} "
                      f"-> read {facts.kind} {got or ''}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
