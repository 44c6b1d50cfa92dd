"""Dump everything the reader returns for every labelled message, to prove a speed change reads the same.

Why: a change made only for speed (a MIME fast path, caches, shared tokenisation) must not change a
single reading.  The benchmark's figures are too coarse to show that (a fact can move from one wrong
value to another), so this writes one JSON line per message with all of `MessageFacts` (kind,
language, confidence to 6 places, correction, problems, the envelope, every reply fact with its reason,
every invoice field, the text) and, for raw messages, all of what `mime.parse` hands the readers
(headers, content type, report type, text, attachments with a digest of their bytes, delivery-status
blocks, nested texts, problems).  Dump before the change, dump after, compare.

    python bench/readings_dump.py /tmp/before.jsonl              # tests/data/replies, cases, corpus
    python bench/readings_dump.py /tmp/before.jsonl --fuzz 3000 --mailgen 500   # and generated mail
    python bench/readings_dump.py --compare /tmp/before.jsonl /tmp/after.jsonl

Messages: every labelled file of tests/data/replies (every split),
tests/inbox_cases.py (CASES and HOLDOUT) and the shared corpus (../shared/corpus) when present; optionally fuzzed corpus mail
(bench/fuzz.py's mutators, a pure function of the seed) and a generated mailbox (bench/mailgen.py).

The blind splits (bench/inbox.BLIND) stay blind: `--compare` names a differing message of theirs and the
fields that differ, never their values (the dump file holds them; do not open it).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.inbox_cases import CASES, HOLDOUT

from bench.inbox import BLIND, Item, case_items, corpus_items, reply_items
from mailduns.core.money import Money
from mailduns.reading import read_message, read_text
from mailduns.reading.mime import ParsedMail, from_text, parse
from mailduns.reading.model import MessageFacts


def plain(value: Any) -> Any:
    """A JSON-able form that keeps every distinction (a float to 6 places, bytes as a digest)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Money):
        return [str(value.amount), value.currency]
    if isinstance(value, bytes):
        return {"len": len(value), "sha256": hashlib.sha256(value).hexdigest()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return repr(value)


def reading(facts: MessageFacts) -> dict[str, Any]:
    return plain(facts)  # type: ignore[no-any-return]  # confidences rounded to 6 places


def parsed(p: ParsedMail) -> dict[str, Any]:
    return plain(p)  # type: ignore[no-any-return]


def labelled() -> Iterator[Item]:
    corpus, _ = corpus_items()
    yield from reply_items()
    yield from corpus
    yield from case_items([*CASES, *HOLDOUT])


def generated(n_fuzz: int, n_mailgen: int) -> Iterator[Item]:
    if n_fuzz:
        from bench.fuzz import MESSAGE, make_sample

        for i in range(n_fuzz):
            s = make_sample(20261206, i, huge_rate=0.0)
            if s.name == MESSAGE and "bomb" not in s.label:  # zip bombs carry the time they were made
                yield Item("fuzz", f"fuzz#{i} {s.label}", s.data, False, "", {})
    if n_mailgen:
        from bench.mailgen import generate

        box = generate(n_mailgen // 2, n_mailgen - n_mailgen // 2, seed=7)
        for j, m in enumerate([*box.sent, *box.inbox]):
            yield Item("mailgen", f"mailgen#{j} {m.kind}", m.raw, False, "", {})


def dump_one(item: Item) -> dict[str, Any]:
    if item.body_only:
        text = item.raw.decode("utf-8", errors="replace")
        facts, p = read_text(text), from_text(text)
    else:
        facts, p = read_message(item.raw), parse(item.raw)
    return {"split": item.source, "name": item.name, "reading": reading(facts), "parsed": parsed(p)}


def write(path: Path, n_fuzz: int, n_mailgen: int) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for item in [*labelled(), *generated(n_fuzz, n_mailgen)]:
            out.write(json.dumps(dump_one(item), ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    return n


def _diff(a: Any, b: Any, where: str = "") -> Iterator[tuple[str, Any, Any]]:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            yield from _diff(a.get(k), b.get(k), f"{where}.{k}" if where else k)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            yield from _diff(x, y, f"{where}[{i}]")
    elif a != b:
        yield where, a, b


def compare(before: Path, after: Path) -> int:
    """Print what differs; values of the blind splits are never shown.  Returns the number of messages
    whose reading or parse differs."""

    def load(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
        with path.open(encoding="utf-8") as f:
            return {(r["split"], r["name"]): r for r in map(json.loads, f)}

    a, b = load(before), load(after)
    bad = 0
    for key in sorted(set(a) | set(b)):
        if key not in a or key not in b:
            print(f"{key[0]} {key[1]}: only in {'after' if key not in a else 'before'}")
            bad += 1
            continue
        diffs = list(_diff(a[key], b[key]))
        if not diffs:
            continue
        bad += 1
        blind = key[0] in BLIND
        print(f"{key[0]} {key[1]}:")
        for where, x, y in diffs[:12]:
            print(f"    {where}" if blind else f"    {where}: {str(x)[:200]!r} -> {str(y)[:200]!r}")
    print(f"{len(a)} before, {len(b)} after, {bad} differ")
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path, help="OUT, or BEFORE AFTER with --compare")
    ap.add_argument("--compare", action="store_true", help="compare two dumps (blind splits: names only)")
    ap.add_argument("--fuzz", type=int, default=0, help="also N fuzzed corpus messages (bench/fuzz.py)")
    ap.add_argument("--mailgen", type=int, default=0, help="also N generated messages (bench/mailgen.py)")
    args = ap.parse_args(argv)
    if args.compare:
        if len(args.paths) != 2:
            ap.error("--compare needs BEFORE and AFTER")
        return 1 if compare(*args.paths) else 0
    n = write(args.paths[0], args.fuzz, args.mailgen)
    print(f"{n} messages written to {args.paths[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
