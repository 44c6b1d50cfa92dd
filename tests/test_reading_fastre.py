"""reading/fastre.py: an accelerated regex gives exactly the original regex's results.

Three layers: the assumption about case folding, checked over every code point; random regexes on
random text (every operator the checks reason about: classes, look-arounds, anchors, lazy repeats, empty
alternatives, back-references, flags); and every accelerated regex of the readers on the text of the
dev replies and the old cases, as written and mutated (upper case, title case, risky characters).
"""

from __future__ import annotations

import _sre
import importlib
import random
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from mailduns.reading import fastre
from mailduns.reading.dates import fold
from mailduns.reading.mime import parse

REPLIES = Path(__file__).parent / "data" / "replies"
MODULES = (
    "mailduns.reading",
    "mailduns.reading.answers",
    "mailduns.reading.classify",
    "mailduns.reading.corrections",
    "mailduns.reading.dates",
    "mailduns.reading.echo",
    "mailduns.reading.facts",
    "mailduns.reading.intent",
    "mailduns.reading.lang",
    "mailduns.reading.learned",
    "mailduns.reading.matching",
    "mailduns.reading.numbers",
    "mailduns.reading.pec",
    "mailduns.reading.textinvoice",
)


def results(regex: Any, text: str, *args: Any) -> list[Any]:
    out: list[Any] = []
    m = regex.search(text, *args)
    out.append(m and (m.span(), m.groups(), m.groupdict()))
    m = regex.match(text, *args)
    out.append(m and (m.span(), m.groups()))
    m = regex.fullmatch(text, *args)
    out.append(m and (m.span(), m.groups()))
    out.append([(m.span(), m.groups()) for m in regex.finditer(text, *args)])
    if not args:
        out.append(regex.findall(text))
        out.append(regex.sub("<>", text))
        out.append(regex.subn(lambda m: m.group(0).upper(), text))
        out.append(regex.subn(r"[\g<0>]\n", text, 2))
        out.append(regex.split(text))
    return out


def same(regex: re.Pattern[str], fast: Any, text: str, *args: Any) -> None:
    assert results(fast, text, *args) == results(regex, text, *args), (regex.pattern, text, args)


# --------------------------------------------------------------------------------------------------
# the assumption
# --------------------------------------------------------------------------------------------------


def test_lower_is_what_the_regex_engine_folds_except_for_the_risky_characters() -> None:
    """For every character outside RISKY, `re`'s case-insensitive matching (its simple lower case) is
    str.lower, lower-casing keeps one character, and \\w, \\d, \\s say the same of both cases (the
    characters `re` folds with an extra case, re._casefix, are RISKY by construction)."""
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        if c in fastre.RISKY:
            continue
        low = c.lower()
        assert len(low) == 1, hex(code)
        assert _sre.unicode_tolower(code) == ord(low), hex(code)
        assert (c.isalnum() or c == "_") == (low.isalnum() or low == "_"), hex(code)
        assert c.isdecimal() == low.isdecimal() and c.isspace() == low.isspace(), hex(code)
        if low != c:
            assert re.fullmatch(re.escape(low), c, re.IGNORECASE), hex(code)


# --------------------------------------------------------------------------------------------------
# random regexes on random text
# --------------------------------------------------------------------------------------------------

ALPHABET = "aabbAB 1.\nſıéSIsi"
WORDS = ["a", "b", "ab", "ba", "aab", "A", "B", "é", " ", "1", ".", "ſ", "s", "i", "S", "I", "ı", "sé"]


def random_regex(rng: random.Random, depth: int = 0) -> str:
    def atom() -> str:
        roll = rng.random()
        if depth < 3 and roll < 0.25:
            inner = random_regex(rng, depth + 1)
            wrapper = rng.choice(
                [
                    "(?:{})",
                    "(?:{})",
                    "({})",
                    "(?P<g" + str(rng.randrange(10**6)) + ">{})",
                    "(?={})",
                    "(?!{})",
                    "(?i:{})",
                    "(?-i:{})",
                ]
            )
            return wrapper.format(inner)
        if roll < 0.30:
            return rng.choice([r"(?<=a)", r"(?<!b)", r"(?<=\w)", r"(?<!\s)"])
        if roll < 0.36:
            return rng.choice([r"\b", r"\B", "^", "$", r"\A", r"\Z"])
        if roll < 0.46:
            return rng.choice(
                [r"[ab]", r"[^a]", r"[A-C]", r"\d", r"\w", r"\s", r"\S", ".", r"[a-cé]", r"[^\s]"]
            )
        if roll < 0.48 and depth:
            return r"\1" if rng.random() < 0.5 else "(?(1)a|b)"
        return re.escape(rng.choice(WORDS))

    def piece() -> str:
        a = atom()
        if rng.random() < 0.3 and not a.startswith(
            ("(?=", "(?!", "(?<", "\\b", "\\B", "^", "$", "\\A", "\\Z")
        ):
            # groups repeat a bounded number of times: nested unbounded repeats can take the engine
            # exponential time, on either side of the comparison
            bounded = a.startswith("(")
            a += rng.choice(
                ["?", "??", "{0,2}", "{1,2}"] if bounded else ["?", "*", "+", "{1,3}", "*?", "+?", "{2}"]
            )
        return a

    branches = []
    for _ in range(rng.choice([1, 2, 2, 3, 4, 6])):
        branches.append("".join(piece() for _ in range(rng.randrange(0, 4))))
    return "|".join(branches)


def test_random_regexes_give_the_same_results() -> None:
    rng = random.Random(15)
    checked = 0
    for _ in range(4000):
        pattern = random_regex(rng)
        flags = rng.choice([0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE, re.DOTALL, re.MULTILINE])
        try:
            regex = re.compile(pattern, flags)
        except re.error:
            continue
        fast = fastre.prefiltered(regex, min_branches=0, max_cost=1.0, always=True)
        if rng.random() < 0.5 and isinstance(fast, fastre.Prefiltered):
            fast.sketch = None  # the needles alone
        for _ in range(16):
            pieces = WORDS if rng.random() < 0.6 else ALPHABET  # words make matches likelier
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9)))
            same(regex, fast, text)
            if len(text) > 3:
                same(regex, fast, text, 1, len(text) - 1)
        checked += fast is not regex
    assert checked > 2000  # most random regexes get a check


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (
            r"^\s*(?:\[[^\]]{0,40}\]\s*)?(?P<word>re|r|aw)\s*:",
            re.IGNORECASE,
            "Re: Invoice 12",
        ),  # "re" beside "r"
        (r"(?<![\w.])(?:n|nr|no|dr)\.\s*$", re.IGNORECASE, "firmata dal Dr."),
        (r"(?:ato|ado|ados)$", 0, "enviados"),
        (r"\b(?:the\s+)?end\s+of\s+month", re.IGNORECASE, "By THE END OF MONTH"),
        (r"^(?:x\s+)?abc", 0, "x abc"),
        (r"\bfoo\b", re.IGNORECASE, "a FOO b"),
        (r"\bstra", re.IGNORECASE, "ſtrange"),  # long s: risky, the regex itself decides
        (r"k\d", re.IGNORECASE, "\u212a1"),  # Kelvin sign
        (r"pagat[oa]", re.IGNORECASE, "PAGATO"),
        (r"x(?:\d+a|c)", 0, "x12a"),  # a class inside a group is no leading part to drop
        (r"\S+@\S+|www\.\S+", 0, "write to a@b"),
        (r"\s*(?:\d{1,2}\s*/\s*)?ab", re.IGNORECASE, "12 / AB"),
    ],
)
def test_known_cases(pattern: str, flags: int, text: str) -> None:
    regex = re.compile(pattern, flags)
    same(regex, fastre.prefiltered(regex, min_branches=0, max_cost=1.0, always=True), text)
    assert regex.search(text) is not None


def test_a_text_without_the_needles_is_ruled_out_and_one_with_them_is_not() -> None:
    regex = fastre.compile(r"\b(?:contest\w*|sbagliat\w*|wrong)\b", re.IGNORECASE)
    assert isinstance(regex, fastre.Prefiltered)
    assert regex.needles == frozenset({"contest", "sbagliat", "wrong"})
    assert regex.absent("Pagato ieri, grazie")
    assert not regex.absent("It is WRONGLY billed")  # a needle: the regex decides (no \b match here)
    assert regex.search("It is WRONGLY billed") is None
    assert regex.search("That is Wrong.") is not None


# --------------------------------------------------------------------------------------------------
# the readers' regexes on real text
# --------------------------------------------------------------------------------------------------


def dev_texts() -> list[str]:
    texts: list[str] = []
    for labels_path in sorted(REPLIES.glob("*/labels.toml")):
        labels = tomllib.loads(labels_path.read_text(encoding="utf-8"))["files"]
        for name, label in sorted(labels.items()):
            path = labels_path.parent / name
            if str(label.get("split", "dev")) == "dev" and path.is_file():
                texts.append(parse(path.read_bytes()).text[:3000])
    return texts


def accelerated() -> list[tuple[str, Any]]:
    """Every regex of the readers that has checks (worked out now if not used yet)."""

    def checked(value: Any) -> Any:
        value = value.resolve() if isinstance(value, fastre.Lazy) else value
        return value if isinstance(value, fastre.Prefiltered) else None

    out = []
    for name in MODULES:
        module = importlib.import_module(name)
        for key, value in list(vars(module).items()):
            if isinstance(value, (list, tuple)):
                out += [(f"{name}.{key}[{i}]", checked(v)) for i, v in enumerate(value)]
            else:
                out.append((f"{name}.{key}", checked(value)))
    from mailduns.reading import classify

    for key in ("_PAID", "_PROMISE", "_DISPUTE", "_PRESENT_PAY", "_INCOMING"):
        out.append((f"classify._any_of({key})", checked(classify._any_of(getattr(classify, key)))))
    return [(n, v) for n, v in out if v is not None]


def test_the_readers_regexes_are_accelerated() -> None:
    names = {n for n, _ in accelerated()}
    assert "mailduns.reading.intent._DISPUTE_RE" in names
    assert "mailduns.reading.numbers._RELATIVE_RE" in names
    assert "classify._any_of(_PAID)" in names
    assert len(names) > 100


def test_the_readers_regexes_read_real_text_as_before() -> None:
    rng = random.Random(4)
    texts = dev_texts()
    assert len(texts) > 300
    samples: list[str] = []
    for n, text in enumerate(rng.sample(texts, 150)):
        lines = [x for x in text.splitlines() if x.strip()]
        if n < 15:
            samples += [text, fold(text).upper()]
        picked = rng.sample(lines, min(5, len(lines)))
        samples += picked + [fold(x) for x in picked[:2]] + [x.upper() for x in picked[2:3]]
        if lines:
            line = rng.choice(lines)
            i = rng.randrange(len(line) + 1)
            samples.append(line[:i] + rng.choice(sorted(fastre.RISKY)) + line[i:])

    def found(regex: Any, text: str) -> list[Any]:
        return [(m.span(), m.groups()) for m in regex.finditer(text)] + [regex.sub("<>", text)]

    for name, fast in accelerated():
        for text in samples:
            assert found(fast, text) == found(fast.regex, text), (name, text[:200])


def test_accelerate_works_the_checks_out_on_first_use_and_puts_them_in_place() -> None:
    dispute = re.compile(r"\b(?:contest\w*|sbagliat\w*|wrong|disput\w*)\b", re.IGNORECASE)
    anchored = re.compile(r"^\s*(?:re|fwd?)\s*:", re.IGNORECASE)
    rules = [re.compile(r"\bpagat[oa]\b"), re.compile(r"\bsaldat[oa]\b")]
    namespace: dict[str, Any] = {"_DISPUTE_RE": dispute, "_RE_RE": anchored, "_RULES": rules, "other": 1}
    fastre.accelerate(namespace)
    assert isinstance(namespace["_DISPUTE_RE"], fastre.Lazy) and namespace["_RULES"] is rules
    assert namespace["_DISPUTE_RE"].search("Importo SBAGLIATO").span() == (8, 17)
    assert isinstance(namespace["_DISPUTE_RE"], fastre.Prefiltered)  # replaced in the module
    assert namespace["_RE_RE"].match("Re: x") is not None
    assert namespace["_RE_RE"] is anchored  # no checks pay for an anchored regex: the regex itself
    assert [p.search("già saldata ieri") is not None for p in rules] == [False, True]
    assert all(not isinstance(p, fastre.Lazy) for p in rules) and namespace["other"] == 1


def test_keyword_arguments_are_the_regex_s_own() -> None:
    """Callers write regex.sub(repl, text, count=1), search(text, pos=2): the checks take them as `re` does."""
    namespace: dict[str, Any] = {"_LEAD_RE": re.compile(r"^\s*(?:re|fwd?|promessa)\s*:?\s*", re.IGNORECASE)}
    namespace["_WORDS_RE"] = re.compile(
        r"\b(?:pagato|saldato|bonifico|contestato|sbagliato)\b", re.IGNORECASE
    )
    fastre.accelerate(namespace)
    for _ in range(2):  # first through the Lazy, then through what replaced it
        assert namespace["_LEAD_RE"].sub("", "Re: promessa 15/01", count=1) == "promessa 15/01"
        words = namespace["_WORDS_RE"]
        assert words.sub(repl="x", string="pagato, saldato", count=1) == "x, saldato"
        assert words.subn("x", "pagato saldato", count=0) == ("x x", 2)
        assert words.search("il bonifico", pos=2, endpos=11).span() == (3, 11)
        assert words.search(string="il bonifico", pos=4) is None
        assert words.split("a pagato b", maxsplit=1) == ["a ", " b"]
        assert [m.span() for m in words.finditer("pagato e saldato", pos=1)] == [(9, 16)]
        assert words.findall("Pagato!", endpos=6) == ["Pagato"]
        assert words.match("saldato ieri", pos=0) is not None and words.fullmatch("bonifico", endpos=8)
