"""Inbox reading benchmark: per-kind precision/recall, confusion matrix, fact accuracy, critical errors, speed.

Four sets are scored, each on its own:

* ``dev``       tests/data/replies/*/labels.toml with ``split = "dev"``: written blind by independent writers;
                the set the reader is developed against (its errors may be looked at).
* ``firstread`` the same files with ``split = "firstread"``: kept unseen while the reader is developed and
                scored once at the end.  Its errors are never printed unless asked for by name
                (``--split firstread --errors``): looking at them turns it into a second dev set.
* ``firstread2`` the same for tests/data/replies/round2-* (a second round of independent writers): unseen
                until the end, scored once.
* ``firstread3`` the same for tests/data/replies/round4-* (round 4 of independent writers).  A new round is
                first scored whole (``--dirs 'round4-*'``, dev and firstread3 alike) before anything is
                tuned on it: that is its honest first read.
* ``firstread4`` the same for tests/data/replies/round6-* (round 6, written 2026-12-07).
* ``firstread5`` round 9's writers es, outlook and voices (tests/data/replies/round9-*, written later on
                2026-12-07), held out by directory (`HELD_DIRS`); round 9 was first scored whole, before
                anything was tuned on it (docs/reading-firstread9.txt).
* ``firstread6`` round 10's writers en and threads (tests/data/replies/round10-*, written 2026-12-07 in the third
                session), held out by directory; round 10 was scored whole before anything was tuned on it
                (docs/reading-firstread10.txt).
* ``firstread7`` round 11's writers proxy, dates and short (tests/data/replies/round11-*, written 2026-12-07 in the
                third session), held out by directory; round 11 was scored whole once before tuning
                (docs/reading-firstread11.txt).

Retired first reads: ``firstread`` and ``firstread2`` were scored once and reported (docs/reading-firstread.txt,
docs/reading-firstread2.txt, docs/reading-round4-final.txt).  Since 2026-12-07 they are read as dev: 504 more
messages from other writers teach the reply model more than a third unseen figure would tell (firstread3 and
firstread4 stay unseen).  Their labels keep the split they were written with.
* ``firstread8`` round 12's writers it and threads (tests/data/replies/round12-*, written 2026-12-07 in the
                fourth session), held out by directory; round 12 was scored whole once before tuning
                (docs/reading-firstread12.txt).
* ``firstread9`` round 13's five writers (tests/data/replies/round13-*, written 2026-12-07 in the fourth
                session while its rules were made), held out whole; scored once on the session's final reader.
* ``firstread10`` round 14's writers it, facts and mobile (tests/data/replies/round14-*, written 2026-12-07 in the
                fifth session), held out by directory; round 14 was scored whole once before tuning
                (docs/reading-firstread14.txt).
* ``firstread11`` round 15's writers (tests/data/replies/round15-*, written 2026-12-07 in the fifth session while
                its rules were made), held out whole; scored once on the session's final reader.
* ``firstread12`` round 16's writers (tests/data/replies/round16-*, written at the end of the fifth session of
                2026-12-07), held out whole; scored once on the session's final reader.
* ``firstread13`` round 17's writers (tests/data/replies/round17-*, written in the sixth session of 2026-12-07
                from the brief in docs/reading-writer-prompt.md), held out whole; scored once on the session's
                final reader.
* ``firstread14`` round 18's writers (tests/data/replies/round18-*, written 2026-12-08 from the brief in
                docs/reading-writer-prompt.md), held out by directory; scored whole once before tuning
                (docs/reading-firstread18.txt); then days, money and other join dev, it, es and en stay held out.
* ``firstread15`` round 19's writers (tests/data/replies/round19-*, written 2026-12-08 while that session's rules
                were made), held out whole; scored once on the session's final reader.
* ``firstread16`` round 20's writers it, es and en (tests/data/replies/round20-*, written 2026-12-08 in the
                twelfth session), held out by directory; round 20 was scored whole once before tuning
                (docs/reading-firstread20.txt); then facts, mixed and machine join dev.
* ``firstread17`` round 21's writers (tests/data/replies/round21-*, written 2026-12-08 in the twelfth session while
                its rules were made), held out whole; scored once on the session's final reader.
* ``corpus``    the shared corpus of real mail (../shared/corpus, outside the repository), when present.
* ``cases``     the old hand-written cases of tests/inbox_cases.py (CASES and HOLDOUT).

Facts (promised_date, return_date, amount, reference, failed_recipient, permanent) are compared one by
one, only where the label states one or the reader produced one: a fact the reader invents where the label
has none is wrong, a fact both leave empty is not counted.  An amount's currency is compared only where the
label states one (most client-reply labels give the figure alone).  The corpus labels only failed_recipient
and each old case names the facts it checks; facts a set never labels are not scored there.

Critical errors, the mistakes that let reminders go on to someone who paid or disputes (see
service/engine.py `_on_inbox`):

* a payment-notification read as anything but payment-notification or client-reply-paid (money in and
  the invoice left open);
* a client-reply-paid, client-reply-dispute or payment-notification read as a kind after which the engine lets
  reminders continue: other and client-reply-other (outside the invoice's thread and without money words
  the engine goes on), auto-reply (snoozes at most until the return date), bounce, invoice, or
  client-reply-promise (reminders resume after the promised date);
* a promised_date or return_date earlier than the label (reminders resume too early), or stated where the
  label has none (a date the text does not state).  A date later than the label is a fact error and is
  counted on its own line.

"Money in read where none came" counts the opposite mistake, a message that is not a payment (an outgoing
transfer, an advertisement, an invoice only viewed) read as a payment notice: the engine then settles an
invoice whose amount or number it names (service/engine.py `_on_payment`), so reminders stop for an
invoice still unpaid.

A paid claim, dispute or payment notice read as other, client-reply-other or auto-reply *below UNSURE* is
not a critical error: the engine holds the invoice and asks the owner (``_on_inbox``).  Such readings are
counted apart ("held for the owner"): safe, but a question the owner has to answer.

    python bench/inbox.py                          # every split's tables (no error list)
    python bench/inbox.py --split dev --errors     # dev tables and every dev misreading
    python bench/inbox.py --check                  # exit 1 when a goal is missed on dev (for CI)
    python bench/inbox.py --big                    # also time 20 MB and pathological messages (goal < 1 s)
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.inbox_cases import CASES, HOLDOUT, Case

from mailduns.core.money import Money
from mailduns.reading import read_message, read_text
from mailduns.reading.matching import match_invoice_numbers
from mailduns.reading.model import UNSURE, MessageFacts

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
REPLIES = ROOT / "tests" / "data" / "replies"
KINDS = (
    "invoice",
    "payment-notification",
    "client-reply-paid",
    "client-reply-promise",
    "client-reply-dispute",
    "client-reply-other",
    "auto-reply",
    "bounce",
    "other",
)
SHORT = {
    "invoice": "inv",
    "payment-notification": "pay",
    "client-reply-paid": "paid",
    "client-reply-promise": "prom",
    "client-reply-dispute": "disp",
    "client-reply-other": "c-oth",
    "auto-reply": "auto",
    "bounce": "bnc",
    "other": "oth",
}
FACT_KEYS = ("promised_date", "return_date", "amount", "reference", "failed_recipient", "permanent")
SPLITS = (
    "dev",
    "firstread3",
    "firstread4",
    "firstread5",
    "firstread6",
    "firstread7",
    "firstread8",
    "firstread9",
    "firstread10",
    "firstread11",
    "firstread12",
    "firstread13",
    "firstread14",
    "firstread15",
    "firstread16",
    "firstread17",
    "corpus",
    "cases",
)
BLIND = (
    "firstread3",
    "firstread4",
    "firstread5",
    "firstread6",
    "firstread7",
    "firstread8",
    "firstread9",
    "firstread10",
    "firstread11",
    "firstread12",
    "firstread13",
    "firstread14",
    "firstread15",
    "firstread16",
    "firstread17",
)  # their errors are listed only when asked for by name
# round 9 (written 2026-12-07 in the second session of the day): its writers label every message "dev"; the
# coordinator holds whole writers out here, by directory, so no label file is edited for it.  All of round 9
# was first scored whole (docs/reading-firstread9.txt); then three of its seven writers stayed held out and
# the other four (it, en, dates, notices) joined dev.
HELD_DIRS = {
    "round9-es": "firstread5",
    "round9-outlook": "firstread5",
    "round9-voices": "firstread5",
    # round 10 (2026-12-07, third session) was scored whole once before tuning (docs/reading-firstread10.txt);
    # then es, it, border and machine joined dev, en and threads stay held out
    "round10-en": "firstread6",
    "round10-threads": "firstread6",
    # round 11 (2026-12-07, third session) was scored whole once before tuning (docs/reading-firstread11.txt);
    # then escalation, long and nonnative joined dev, proxy, dates and short stay held out
    "round11-proxy": "firstread7",
    "round11-dates": "firstread7",
    "round11-short": "firstread7",
    # round 12 (2026-12-07, fourth session) was scored whole once before tuning (docs/reading-firstread12.txt);
    # then es, en, notices, money and hedged joined dev, it and threads stay held out
    "round12-it": "firstread8",
    "round12-threads": "firstread8",
    # round 13 (2026-12-07, fourth session), written while this session's rules were made: scored whole once,
    # on the session's final reader, and held out whole
    "round13-": "firstread9",
    # round 14 (2026-12-07, fifth session) is scored whole once before anything is tuned on it
    # (docs/reading-firstread14.txt, `--dirs 'round14-*'`); decided before that first read: it, facts and mobile
    # stay held out, es, en and notices then join dev
    "round14-it": "firstread10",
    "round14-facts": "firstread10",
    "round14-mobile": "firstread10",
    # round 15 (2026-12-07, fifth session): written while this session's rules were made, scored whole once on
    # the session's final reader, and held out whole
    "round15-": "firstread11",
    # round 16 (2026-12-07, fifth session): written at the session's end, scored once on its final reader, held
    # out whole
    "round16-": "firstread12",
    # round 17 (2026-12-07, sixth session): registered before its five writers started; scored whole once on the
    # session's final reader, held out whole
    "round17-": "firstread13",
    # round 18 (2026-12-08): registered before its six writers started; scored whole once before anything is
    # tuned on it (docs/reading-firstread18.txt); decided before that first read: it, es and en stay held out,
    # days, money and other then join dev
    "round18-it": "firstread14",
    "round18-es": "firstread14",
    "round18-en": "firstread14",
    # round 19 (2026-12-08): registered before its six writers started; scored whole once on the session's final
    # reader, held out whole
    "round19-": "firstread15",
    # round 20 (2026-12-08, twelfth session): registered before its six writers started; scored whole once before
    # anything is tuned on it (docs/reading-firstread20.txt, `--dirs 'round20-*'`); decided before that first
    # read: it, es and en stay held out, facts, mixed and machine then join dev
    "round20-it": "firstread16",
    "round20-es": "firstread16",
    "round20-en": "firstread16",
    # round 21 (2026-12-08, twelfth session): registered before its six writers started; scored whole once on the
    # session's final reader, held out whole
    "round21-": "firstread17",
}
RETIRED = {"firstread": "dev", "firstread2": "dev"}  # first reads already reported, now developed on
STOPS = ("payment-notification", "client-reply-paid", "client-reply-dispute")


@dataclass(frozen=True)
class Item:
    source: str  # "dev" | "firstread3" … "firstread6" | "corpus" | "cases"
    name: str
    raw: bytes
    body_only: bool
    kind: str
    facts: Mapping[str, object]
    checked: tuple[str, ...] = FACT_KEYS  # the facts this set labels at all (the others are not scored)


def reply_items(dirs: str = "*") -> list[Item]:
    items: list[Item] = []
    for labels_path in sorted(REPLIES.glob(f"{dirs}/labels.toml")):
        labels = tomllib.loads(labels_path.read_text(encoding="utf-8"))["files"]
        for name, label in sorted(labels.items()):
            path = labels_path.parent / name
            if not path.is_file():
                continue
            facts: dict[str, object] = {}
            for key in ("promised_date", "return_date"):
                if label.get(key):
                    facts[key] = date.fromisoformat(str(label[key]))
            if label.get("amount"):
                # a label without a currency states the figure only ("amount normalised to 1234.56, no
                # currency": en/labels.toml); the currency is compared where a label states it
                amount = Decimal(str(label["amount"]))
                facts["amount"] = Money(amount, str(label["currency"])) if label.get("currency") else amount
            for key in ("reference", "failed_recipient"):
                if label.get(key):
                    facts[key] = str(label[key])
            if "permanent" in label:
                facts["permanent"] = bool(label["permanent"])
            split = str(label.get("split", "dev"))
            split = RETIRED.get(split, split)
            for prefix, held_split in HELD_DIRS.items():
                if labels_path.parent.name.startswith(prefix):
                    split = held_split
            items.append(
                Item(
                    split,
                    f"{labels_path.parent.name}/{name}",
                    path.read_bytes(),
                    False,
                    str(label["kind"]),
                    facts,
                )
            )
    return items


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
        items.append(
            Item(
                "corpus",
                key,
                path.read_bytes(),
                label.get("format") == "body-only",
                label["kind"],
                facts,
                ("failed_recipient",),
            )
        )
    if not items:
        return [], f"shared corpus at {CORPUS} holds no labelled mail: corpus skipped"
    return items, None


def case_items(cases: Iterable[Case]) -> list[Item]:
    # each case names the facts it checks; the others were never labelled
    return [Item("cases", c.name, c.raw, False, c.kind, dict(c.facts), tuple(c.facts)) for c in cases]


def read(item: Item) -> MessageFacts:
    if item.body_only:
        return read_text(item.raw.decode("utf-8", errors="replace"))
    return read_message(item.raw)


def _norm(key: str, value: object) -> object:
    if value is None:
        return None
    if isinstance(value, Money):
        return (value.amount.normalize(), value.currency)
    if isinstance(value, Decimal):
        return value.normalize()
    if key in ("reference", "failed_recipient"):
        return str(value).strip().lower()
    return value


def got_facts(facts: MessageFacts) -> dict[str, object]:
    reply = facts.reply
    return {k: getattr(reply, k, None) if reply is not None else None for k in FACT_KEYS}


def same_invoice(want: object, have: object) -> bool:
    """Whether the reference read names the labelled invoice the way the engine would find it.

    Writers label a reference in their own house style ("FRA 2026/26" labelled "2026-26" by one writer,
    "FRA 2026/26" by another), and the engine never compares the reader's string with an invoice number:
    it looks the known numbers up with `match_invoice_numbers`.  So a reference is right when that lookup,
    given the label as the only known number, finds it in the reading at the exact, normalised or
    short-year level ("2026/26" for 2026-26, "INV-2026-042" for 2026-042, "32/26" for 32/2026).  A bare
    running number ("25" for 25/2026) is not enough: among a client's open invoices it names nothing
    for sure.  The strict, as-labelled figure is printed beside it.
    """
    if want is None or have is None:
        return want is None and have is None
    if _norm("reference", want) == _norm("reference", have):
        return True
    for text, known in (
        (str(have), str(want)),
        (str(want), str(have)),
    ):  # "44/2026" for 44/26 and the reverse
        found = match_invoice_numbers(text, [known])
        if found and found[0][1] in ("exact", "normalised", "short-year"):
            return True
    return False


def fact_results(item: Item, facts: MessageFacts, strict: bool = False) -> list[tuple[str, bool]]:
    """(fact, right) for each fact the label states or the reader produced (`strict`: references
    compared as labelled, character for character, instead of by `same_invoice`)."""
    got = got_facts(facts)
    out = []
    for key in item.checked:
        want, have = item.facts.get(key), got[key]
        if want is None and have is None:
            continue
        if isinstance(want, Decimal) and isinstance(have, Money):
            have = have.amount  # the label states the figure, not its currency
        if key == "reference" and not strict:
            out.append((key, same_invoice(want, have)))
        else:
            out.append((key, _norm(key, want) == _norm(key, have)))
    return out


HELD_WHEN_UNSURE = ("other", "client-reply-other", "auto-reply")


def held(item: Item, facts: MessageFacts) -> bool:
    """A stopping message read as a continuing kind below UNSURE: the engine holds the invoice and asks
    the owner (service/engine.py), so reminders do not go on; counted apart from the critical errors."""
    return (
        item.kind in STOPS
        and facts.kind not in STOPS
        and facts.kind in HELD_WHEN_UNSURE
        and facts.confidence < UNSURE
    )


def critical(item: Item, facts: MessageFacts) -> list[str]:
    out = []
    if held(item, facts):
        pass
    elif item.kind == "payment-notification" and facts.kind not in (
        "payment-notification",
        "client-reply-paid",
    ):
        out.append(f"payment notice read as {facts.kind}")
    elif item.kind in STOPS and facts.kind not in STOPS:
        out.append(f"{item.kind} read as {facts.kind}")
    got = got_facts(facts)
    for key in ("promised_date", "return_date"):
        if key not in item.checked:
            continue
        want, have = item.facts.get(key), got[key]
        if isinstance(have, date) and want is None:
            out.append(f"{key} {have} stated nowhere")
        elif isinstance(have, date) and isinstance(want, date) and have < want:
            out.append(f"{key} {have} earlier than {want}")
    return out


def later_dates(item: Item, facts: MessageFacts) -> int:
    got = got_facts(facts)
    return sum(
        1
        for k in ("promised_date", "return_date")
        if isinstance(got[k], date) and isinstance(item.facts.get(k), date) and got[k] > item.facts[k]
    )  # type: ignore[operator]


def report(title: str, results: list[tuple[Item, MessageFacts]]) -> dict[str, float]:
    """Print the tables for one split and return its headline figures."""
    predicted = Counter[str](str(f.kind) for _, f in results)
    actual = Counter(i.kind for i, _ in results)
    hits = Counter[str](i.kind for i, f in results if i.kind == f.kind)
    print(f"\n== {title}  ({len(results)} messages)")
    print(f"  {'kind':<22} {'support':>7} {'precision':>10} {'recall':>8}")
    kinds = [k for k in KINDS if actual[k] or predicted[k]]
    for kind in kinds:
        precision = hits[kind] / predicted[kind] if predicted[kind] else float("nan")
        recall = hits[kind] / actual[kind] if actual[kind] else float("nan")
        print(f"  {kind:<22} {actual[kind]:>7} {_pct(precision):>10} {_pct(recall):>8}")
    accuracy = sum(hits.values()) / len(results) if results else float("nan")

    print("\n  confusion (rows: label, columns: read)")
    print("  " + " " * 7 + "".join(f"{SHORT[k]:>6}" for k in kinds))
    pairs = Counter((i.kind, str(f.kind)) for i, f in results)
    for a in kinds:
        if actual[a]:
            print(f"  {SHORT[a]:<7}" + "".join(f"{pairs[(a, p)] or '.':>6}" for p in kinds))

    per_fact: dict[str, list[bool]] = {k: [] for k in FACT_KEYS}
    for i, f in results:
        for key, right in fact_results(i, f):
            per_fact[key].append(right)
    all_facts = [r for v in per_fact.values() for r in v]
    facts_acc = sum(all_facts) / len(all_facts) if all_facts else float("nan")
    print("\n  facts (compared where labelled or produced)")
    for key, rs in per_fact.items():
        if rs:
            print(f"  {key:<18} {sum(rs):>4}/{len(rs):<4} {_pct(sum(rs) / len(rs)):>7}")
        if key == "reference" and rs:
            strict = [r for i, f in results for k, r in fact_results(i, f, strict=True) if k == key]
            print(
                f"    as labelled      {sum(strict):>4}/{len(strict):<4} {_pct(sum(strict) / len(strict)):>7}"
            )
    crit = [(i, c) for i, f in results for c in critical(i, f)]
    late = sum(later_dates(i, f) for i, f in results)
    asked = sum(held(i, f) for i, f in results)
    false_money = sum(
        i.kind not in ("payment-notification", "client-reply-paid") and f.kind == "payment-notification"
        for i, f in results
    )
    print(
        f"\n  kinds right {sum(hits.values())}/{len(results)} = {_pct(accuracy)}; "
        f"facts right {sum(all_facts)}/{len(all_facts)} = {_pct(facts_acc)}; "
        f"critical errors {len(crit)} (+{asked} held for the owner); dates later than stated {late}; "
        f"money in read where none came {false_money}"
    )
    return {"accuracy": accuracy, "facts": facts_acc, "critical": float(len(crit))}


def _pct(x: float) -> str:
    return "   -" if math.isnan(x) else f"{100 * x:.1f}%"  # NaN: no message predicted or labelled


def errors(results: list[tuple[Item, MessageFacts]]) -> None:
    print("\n  misread:")
    for item, facts in results:
        wrong = [k for k, right in fact_results(item, facts) if not right]
        crit = critical(item, facts)
        if item.kind == facts.kind and not wrong and not crit:
            continue
        got = got_facts(facts)
        detail = "; ".join(f"{k}: want {item.facts.get(k)} got {got[k]}" for k in wrong)
        flag = (
            " CRITICAL(" + ", ".join(crit) + ")"
            if crit
            else " (held: owner asked)"
            if held(item, facts)
            else ""
        )
        print(
            f"  [{item.source}] {item.name}: {item.kind} -> {facts.kind}"
            f"{'  ' + detail if detail else ''}{flag}"
        )


def big_messages() -> list[tuple[str, bytes]]:
    """The messages of tests/test_reading_robust.py whose reading time has a goal (issue 4: a 20 MB
    message in under a second); the test only checks that reading stays bounded."""
    import base64
    import random

    head = (
        b"From: Mario Bianchi <mario@acme.it>\nTo: alessandra@example.it\nSubject: Re: Fattura 12/2026\n"
        b"In-Reply-To: <reminder@example.it>\nDate: Mon, 14 Dec 2026 10:00:00 +0100\nMIME-Version: 1.0\n"
    )
    blob64 = base64.encodebytes(random.Random(4).randbytes(20 * 1024 * 1024))
    photo = (
        head + b'Content-Type: multipart/mixed; boundary="B"\n\n--B\nContent-Type: text/plain\n\n'
        b'Abbiamo pagato ieri, in allegato la ricevuta.\n--B\nContent-Type: image/jpeg; name="a.jpg"\n'
        b"Content-Transfer-Encoding: base64\n\n" + blob64 + b"--B--\n"
    )
    text = head + b"Content-Type: text/plain\n\n" + b"riga di log senza punto\n" * 900_000
    return [
        ("20 MB photo attachment", photo),
        ("20 MB of text", text),
        ("digit run after a keyword", head + b"\nfattura " + b"1" * 30_000 + b"x"),
        ("54 KB sentence of matches", head + b"\n" + b"disputed " * 6000),
    ]


def time_big() -> None:
    print("\nbig and pathological messages (CPU seconds, best of 2; goal < 1 s)")
    for name, raw in big_messages():
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            read_message(raw)
            best = min(best, time.process_time() - start)
        print(f"  {name:<28} {len(raw) / 1e6:>6.1f} MB {best:>7.2f} s{'' if best < 1 else '  (goal missed)'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "all"),
        default="all",
        help="score one split only (default: all; firstread* errors are never listed under all)",
    )
    parser.add_argument("--errors", action="store_true", help="list every misread message of the split(s)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed on dev")
    parser.add_argument("--big", action="store_true", help="also time 20 MB and pathological messages")
    parser.add_argument("--repeat", type=int, default=3, help="timing rounds (the best is reported)")
    parser.add_argument(
        "--dirs",
        default="*",
        help="only the reply directories matching this glob (e.g. 'round4-*' to score a new round of "
        "writers, every split, before anything is tuned on it)",
    )
    args = parser.parse_args(argv)

    corpus, note = corpus_items()
    if note:
        print(note)
    everything = reply_items(args.dirs)
    if args.dirs == "*":
        everything += corpus + case_items([*CASES, *HOLDOUT])
    chosen = SPLITS if args.split == "all" else (args.split,)
    everything = [i for i in everything if i.source in chosen]

    best = float("inf")
    results: list[tuple[Item, MessageFacts]] = []
    for _ in range(max(1, args.repeat)):
        start = time.process_time()  # CPU time of this one process: messages per second on one core
        results = [(item, read(item)) for item in everything]
        best = min(best, time.process_time() - start)

    by_source = Counter(i.source for i in everything)
    print("mailduns inbox benchmark: " + ", ".join(f"{by_source[s]} {s}" for s in chosen))
    figures: dict[str, dict[str, float]] = {}
    titles = {
        "dev": "dev (tests/data/replies, split dev)",
        "firstread3": "first read 3 (tests/data/replies/round4-*, split firstread3)",
        "firstread4": "first read 4 (tests/data/replies/round6-*, split firstread4)",
        "firstread5": "first read 5 (tests/data/replies/round9-{es,outlook,voices}, held out by directory)",
        "firstread6": "first read 6 (tests/data/replies/round10-{en,threads}, held out by directory)",
        "firstread7": "first read 7 (tests/data/replies/round11-{proxy,dates,short}, held out by directory)",
        "firstread8": "first read 8 (tests/data/replies/round12-{it,threads}, held out by directory)",
        "firstread9": "first read 9 (tests/data/replies/round13-*, held out by directory)",
        "firstread10": "first read 10 (tests/data/replies/round14-{it,facts,mobile}, held out by directory)",
        "firstread11": "first read 11 (tests/data/replies/round15-*, held out by directory)",
        "firstread12": "first read 12 (tests/data/replies/round16-*, held out by directory)",
        "firstread13": "first read 13 (tests/data/replies/round17-*, held out by directory)",
        "firstread14": "first read 14 (tests/data/replies/round18-{it,es,en}, held out by directory)",
        "firstread15": "first read 15 (tests/data/replies/round19-*, held out by directory)",
        "firstread16": "first read 16 (tests/data/replies/round20-{it,es,en}, held out by directory)",
        "firstread17": "first read 17 (tests/data/replies/round21-*, held out by directory)",
        "corpus": "shared corpus (real mail)",
        "cases": "old hand-written cases (tests/inbox_cases.py)",
    }
    for split in chosen:
        part = [r for r in results if r[0].source == split]
        if not part:
            continue
        figures[split] = report(titles[split], part)
        if args.errors and (split not in BLIND or args.split == split):
            errors(part)
    size = sum(len(i.raw) for i in everything)
    print(
        f"\nspeed: {len(everything) / best:.0f} messages/s on one core ({size / best / 1e6:.2f} MB/s, "
        f"CPU time, best of {max(1, args.repeat)} rounds over {len(everything)} messages)"
    )

    if args.big:
        time_big()

    if args.check and "dev" in figures:
        dev = figures["dev"]
        ok = (
            dev["accuracy"] >= 0.90
            and dev["facts"] >= 0.90
            and dev["critical"] == 0
            and len(everything) / best >= 500
        )
        return 0 if ok else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
