"""Probe sentences: short client replies written by native-speaker helpers to find where the reader misreads people.

Why: the labelled rounds are whole messages; these are one to three sentences each, written on the fine lines (tense,
"already", attempts, beliefs, polite refusals, day words and typos) by writers who never saw the reader's rules, and
read the same way the engine reads a reply (a "Re:" subject, our reminder quoted below, the message's own Date).
They were tuned on in the twelfth session of 2026-12-08 (docs/reading.md): they are development data, not a first
read.  Usage: python bench/probes.py [--errors] [tests/data/probes/it.json ...]"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from mailduns.reading import read_message
from mailduns.reading.model import UNSURE

KINDS = {
    "paid": "client-reply-paid",
    "promise": "client-reply-promise",
    "dispute": "client-reply-dispute",
    "other": "client-reply-other",
}
SUBJECT = {
    "it": "R: Sollecito di pagamento fattura 12/2026",
    "es": "RE: Recordatorio de pago factura 2026-041",
    "en": "Re: Payment reminder: invoice INV-2026-041",
}
QUOTE = {
    "it": "\n\nIl giorno {d} alle 09:00 Alessandra Rossi <alessandra@example.it> ha scritto:\n"
    "> Gentile cliente, la fattura 12/2026 di 1.220,00 € risulta scaduta.\n",
    "es": "\n\nEl {d} a las 9:00, Lucía Martín <lucia@martinestudio.es> escribió:\n"
    "> Hola, la factura 2026-041 de 1.452,00 € sigue pendiente.\n",
    "en": "\n\nOn {d} at 09:00, Tom Byrne <tom@byrnedesign.ie> wrote:\n"
    "> Hi, invoice INV-2026-041 for €980.00 is now overdue.\n",
}
STOPS = ("client-reply-paid", "client-reply-dispute")


def as_reply(n: int, item: dict[str, str]) -> bytes:
    day = date.fromisoformat(item["date"])
    return (
        f"From: Client <c@client.example>\r\nTo: owner@example.it\r\nSubject: {SUBJECT[item['lang']]}\r\n"
        f"Date: {day.strftime('%a, %d %b %Y')} 10:00:00 +0100\r\nMessage-ID: <p{n}@client.example>\r\n"
        "In-Reply-To: <r@owner>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + item["text"]
        + QUOTE[item["lang"]].format(d=day.isoformat())
    ).encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every sentence read differently")
    args = parser.parse_args(argv)
    files = args.files or sorted((Path(__file__).resolve().parents[1] / "tests/data/probes").glob("*.json"))
    for path in files:
        items = json.loads(path.read_text(encoding="utf-8"))
        kinds = dates = critical = 0
        wrong = Counter[str]()
        for n, item in enumerate(items):
            facts = read_message(as_reply(n, item))
            want, got = KINDS[item["kind"]], str(facts.kind)
            promised = facts.reply.promised_date if facts.reply else None
            want_day = item.get("promised_date")
            kinds += want == got
            day_ok = (promised.isoformat() if promised else None) == want_day if want == got else True
            dates += day_ok
            # (below UNSURE the engine holds the invoice and asks the owner: not one that lets reminders go on)
            lets_go_on = want in STOPS and got not in STOPS and facts.confidence >= UNSURE
            early = promised is not None and (want_day is None or promised.isoformat() < want_day)
            critical += lets_go_on or (got == "client-reply-promise" and early)
            if want != got or not day_ok:
                wrong[f"{item['kind']} -> {got.removeprefix('client-reply-')}"] += 1
                if args.errors:
                    print(
                        f"  #{n} [{item['date']}] want {item['kind']} {want_day} | got {got} {promised}: {item['text']}"
                    )
        print(
            f"{path.name}: {len(items)} sentences, kinds {100 * kinds / len(items):.1f} %, "
            f"days right where the kind is {100 * dates / len(items):.1f} %, critical {critical}"
        )
        print("  " + ", ".join(f"{k} {n}" for k, n in wrong.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
