"""Regexes that skip, in fast passes, the texts they cannot match: the same matches, less time.

Why: most of the reading time went into big alternations (a hundred wordings of a dispute, every phrase
of a paid claim) tried at every position of every sentence.  Python's regex engine has no literal
prefilter, and a case-insensitive alternative that begins with ``\\b`` costs a backtracking step at
every position even when its first letter is wrong.  `accelerate(globals())`, at the end of a reader
module, gives each of its regexes (worked out on first use) two cheap checks:

1. its *needles*: literal strings one of which every match contains ("contest", "sbagliat", "wrong"...,
   or a digit), found with one trie-shaped regex: a text without any cannot match;
2. its *sketch*: a looser, case-sensitive copy of the regex, run on the lower-cased text, that matches
   wherever the regex may start a match: word boundaries and look-arounds dropped (they only ever
   reject), capture groups opened, alternatives spread and grouped by first letter, so the engine skips
   a wrong letter in C.  No sketch, no match; otherwise the regex itself is tried only where the sketch
   says a match may start (search, finditer, sub).

Both are derived from the regex's own parse tree, so they follow every change of the rules without a
list to keep, and every result (match, groups, spans, substitutions) is the original regex's result
(only a match's `pos` attribute may differ: where the regex was asked to match).

Why it is exact: each check accepts a superset of what the regex accepts.  A concatenation needs each of
its parts, so any one part's needles will do; an alternation needs one of its branches (the union of
their needles, nothing when a branch needs nothing); a repeat needs its body only when it repeats at
least once; classes, look-arounds, anchors and back-references need nothing.  The sketch only drops
constraints or widens them, and rewrites that change where matches start are not made.
Case-insensitive regexes are checked on the lower-cased text, except when the text holds one of the few
characters whose case-insensitive match in `re` is not equality after `str.lower` (dotless i, long s,
micro sign, Greek and old Cyrillic variants, U+0130): then the regex runs as it would have.
tests/test_reading_fastre.py checks that assumption over every code point, compares random regexes on
random text, and every accelerated regex of the readers with the original on real and mutated text.

Why this file is long: the needles, the sketch and the accelerated regex are three readings of one parse
tree that must agree on what "cannot match" means; split apart, their rules would drift.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, MutableMapping
from functools import lru_cache
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

# Characters whose case-insensitive match in `re` is not equality after `str.lower()`: the extra cases
# of re._casefix (s/ſ, i/ı, µ/μ, Greek and old Cyrillic variants) with their upper and title cases, and
# U+0130 (its lower case is two characters).  A text holding one is not prefiltered.
# (ASCII letters are never risky: "S" and "I", the upper cases of long s and dotless i, fold to "s"
# and "i" with str.lower as in `re`; the needles and sketches never hold a risky character themselves.)
_EXTRA = [chr(c) for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v) if c >= 128]
RISKY = frozenset(
    c
    for c in {"\u0130", *_EXTRA, *(x.upper() for x in _EXTRA), *(x.title() for x in _EXTRA)}
    if len(c) == 1 and not c.isascii()
)

DIGIT = "\x00digit"  # the needle "any decimal digit" (what \d matches), beside literal strings

# How often a character occurs in it/es/en mail, roughly: only to choose the rarest needles (speed),
# never what matches.
_FREQ = {
    **dict.fromkeys("eaoi", 0.08),
    **dict.fromkeys("nrts", 0.06),
    **dict.fromkeys("lcdu", 0.035),
    **dict.fromkeys("mp", 0.025),
    **dict.fromkeys("hgbvfy", 0.013),
    **dict.fromkeys("wzkqjx", 0.004),
    " ": 0.15,
    "\n": 0.02,
    ".": 0.01,
    ",": 0.01,
}
_RARE = 0.002  # any other character (digits, accented letters, punctuation)
_DIGITS_FREQ = 0.04
MAX_COST = 0.02  # needles expected at more than this share of positions filter too little
MAX_NEEDLES = 400


def _cost(needle: str) -> float:
    if needle == DIGIT:
        return _DIGITS_FREQ
    p = 1.0
    for ch in needle:
        p *= _FREQ.get(ch, _RARE)
    return p


Needles = frozenset[str]


def _set_cost(needles: Needles) -> float:
    return sum(map(_cost, needles))


def _minimal(needles: Needles) -> Needles:
    """Drop needles that contain another one ("pagher" once "pag" is there; "2026" once any digit is)."""
    kept: list[str] = []
    digit = DIGIT in needles
    for s in sorted(needles, key=len):
        if s == DIGIT:
            continue
        if digit and any(ch.isdecimal() for ch in s):
            continue
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept + ([DIGIT] if digit else []))


def _digit_class(items: Any) -> bool:
    """An IN whose every member is a decimal digit (\\d, 0-9, [0-5]...)."""
    for op, av in items:
        if op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            continue
        if op is sre.LITERAL and chr(av).isdecimal():
            continue
        if op is sre.RANGE and 48 <= av[0] <= av[1] <= 57:
            continue
        return False
    return bool(items)


def _required(items: Any, fold: bool) -> Needles | None:
    """The needles one of which every match of the sequence `items` (an sre parse list) contains;
    None when a match may contain none of them."""
    candidates: list[Needles] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            ch = chr(av)
            low = ch.lower() if fold else ch
            if fold and (len(low) != 1 or ch in RISKY or low in RISKY):
                flush()  # its case-insensitive matches are not found by str.lower
                continue
            run.append(low)
            continue
        flush()
        need: Needles | None = None
        if op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            if not (add | remove) & re.IGNORECASE:  # a scoped (?i:...): nothing required (rare)
                need = _required(sub, fold)
        elif op is sre.ATOMIC_GROUP:
            need = _required(av, fold)
        elif op is sre.BRANCH:
            branches = [_required(b, fold) for b in av[1]]
            if all(b is not None for b in branches):
                need = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low_count, _high, sub = av
            if low_count >= 1:
                need = _required(sub, fold)
        elif op is sre.IN and _digit_class(av):
            need = frozenset({DIGIT})
        # other classes, ANY, AT, NOT_LITERAL, look-arounds, back-references: nothing required
        if need and all(need):
            candidates.append(need)
    flush()
    if not candidates:
        return None
    return min(candidates, key=_set_cost)


@lru_cache(maxsize=8)
def _parse(pattern: str, flags: int) -> Any:
    """A regex's sre parse tree, read once for its needles, its sketch and the checks around them (five
    readings of the same regex on its first use; nothing here changes a tree)."""
    return _parser.parse(pattern, flags)


def needles(pattern: str, flags: int = 0, max_cost: float = MAX_COST) -> Needles | None:
    """The needles (lower-cased for a case-insensitive regex) one of which every match holds; None
    when there are none worth checking."""
    try:
        tree = _parse(pattern, flags)
    except Exception:  # noqa: BLE001 - not ours to judge: the regex is used as it is
        return None
    if tree.state.flags & (re.LOCALE | re.ASCII):
        return None
    found = _required(tree.data, bool(tree.state.flags & re.IGNORECASE))
    if not found:
        return None
    found = _minimal(found)
    if len(found) > MAX_NEEDLES or _set_cost(found) > max_cost:
        return None
    return found


# --------------------------------------------------------------------------------------------------
# the sketch: a looser case-sensitive regex
# --------------------------------------------------------------------------------------------------


class _NoSketch(Exception):
    """The regex uses something the sketch does not reproduce: it gets no sketch."""


_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ANCHORS = {sre.AT_BEGINNING: "^", sre.AT_BEGINNING_STRING: r"\A", sre.AT_END: "$", sre.AT_END_STRING: r"\Z"}
_ANYTHING = "(?s:.*?)"  # stands for a part the sketch cannot copy: it may match any text


def _char(ch: str) -> str:
    return re.escape(ch) if ch not in "]\\^-" else "\\" + ch


def _low(code: int, fold: bool) -> str:
    ch = chr(code)
    if not fold:
        return ch
    if ch in RISKY or ch.lower() in RISKY or len(ch.lower()) != 1:
        raise _NoSketch
    return ch.lower()


def _class(items: Any, fold: bool) -> str:
    negate = False
    parts: list[str] = []
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            parts.append(_char(_low(av, fold)))
        elif op is sre.RANGE:
            lo, hi = av
            parts.append(f"{_char(chr(lo))}-{_char(chr(hi))}")
            if fold:
                if hi - lo > 2000:
                    raise _NoSketch
                lowered = {_low(c, fold) for c in range(lo, hi + 1)} - {chr(c) for c in range(lo, hi + 1)}
                parts.extend(_char(c) for c in sorted(lowered))
        elif op is sre.CATEGORY:
            parts.append(_CATEGORIES[av])
        else:
            raise _NoSketch
    if negate:
        # a negated class under case folding excludes case variants too: the sketch takes any character
        return "(?s:.)" if fold else "[^" + "".join(parts) + "]"
    return "[" + "".join(parts) + "]"


_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)
SPREADS = (400, 60, 8, 0)  # how far alternations are spread, tried in turn until the sketch is small
MAX_SKETCH = 12000  # characters of a sketch: a bigger one costs more to compile than it saves


def _drop_front(items: list[Any]) -> list[Any]:
    """The sequence without the word boundaries and look-arounds it starts with (they only reject)."""
    i = 0
    while i < len(items):
        op, av = items[i]
        if (op is sre.AT and av in (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY)) or op in _ZERO_WIDTH:
            i += 1
        else:
            break
    return list(items[i:])


def _flatten(alts: list[list[Any]], spread: int) -> list[list[Any]]:
    """The same alternatives, rewritten so that as many as possible start with a letter: the groups
    they start with opened up (capture does not matter here), a leading alternation spread over the
    alternative, a leading repeat unrolled once ("(?:the\\s+)?end" is "the\\s+end|end").  Each rewrite
    matches at exactly the same positions, so the sketch still says where a match may start."""
    out: list[list[Any]] = []
    todo = [_drop_front(a) for a in alts]
    budget = spread
    while todo:
        alt = todo.pop(0)
        head = alt[0] if alt else None
        if head is None:
            out.append(alt)
            continue
        op, av = head
        rest = alt[1:]
        if op is sre.SUBPATTERN and not (av[1] | av[2]):
            todo.insert(0, _drop_front(list(av[3]) + rest))
            continue
        if op is sre.BRANCH and len(av[1]) * (len(rest) + 1) <= budget:
            budget -= len(av[1])
            todo[:0] = [_drop_front(list(b) + rest) for b in av[1]]
            continue
        if op in _REPEATS and budget >= 2:
            low, high, body = av
            if high == 0:
                todo.insert(0, _drop_front(rest))
                continue
            budget -= 2
            again = (
                []
                if high == 1
                else [(op, (max(low - 1, 0), high if high is sre.MAXREPEAT else high - 1, body))]
            )
            once = _drop_front(list(body) + again + rest)
            todo[:0] = [once, _drop_front(rest)] if low == 0 else [once]
            continue
        out.append(alt)
    return out


def _alternatives(alts: list[list[Any]], fold: bool, spread: int) -> str:
    """An alternation laid out as a trie on leading literals: order does not matter for "is there a
    match here", and the engine rejects a wrong first letter without entering the branch."""
    groups: dict[str, list[list[Any]]] = {}
    others: list[str] = []
    for alt in _flatten(alts, spread):
        if alt and alt[0][0] is sre.LITERAL:
            groups.setdefault(_low(alt[0][1], fold), []).append(alt[1:])
        else:
            others.append(_seq(alt, fold, spread))
    parts = []
    for first, rests in groups.items():
        tail = _alternatives(rests, fold, spread) if len(rests) > 1 else _seq(rests[0], fold, spread)
        parts.append(re.escape(first) + tail)
    parts.extend(others)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"  # (an empty part stays)


def _seq(items: Any, fold: bool, spread: int) -> str:
    out: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(re.escape(_low(av, fold)))
        elif op is sre.NOT_LITERAL:
            out.append("[^" + _char(_low(av, fold)) + "]")
        elif op is sre.ANY:
            out.append(".")
        elif op is sre.IN:
            out.append(_class(av, fold))
        elif op is sre.BRANCH:
            out.append(_alternatives(av[1], fold, spread))
        elif op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            if (add | remove) & (re.IGNORECASE | re.VERBOSE):
                raise _NoSketch
            flags = "".join(f for f, v in (("m", re.MULTILINE), ("s", re.DOTALL)) if add & v)
            unflags = "".join(f for f, v in (("m", re.MULTILINE), ("s", re.DOTALL)) if remove & v)
            scoped = f"{flags}-{unflags}" if unflags else flags
            out.append(
                f"(?{scoped}:{_seq(sub, fold, spread)})" if scoped else f"(?:{_seq(sub, fold, spread)})"
            )
        elif op is sre.ATOMIC_GROUP or op is sre.POSSESSIVE_REPEAT:
            raise _NoSketch  # (a looser atomic part may commit to another match: not a superset)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low_count, high, sub = av
            body = f"(?:{_seq(sub, fold, spread)})"
            if high is sre.MAXREPEAT:
                out.append(body + ("*" if low_count == 0 else "+" if low_count == 1 else f"{{{low_count},}}"))
            else:
                out.append(body + f"{{{low_count},{high}}}")
        elif op is sre.AT:
            if av in _ANCHORS:
                out.append(_ANCHORS[av])
            # \b and \B only reject: dropped
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            pass  # look-arounds only reject: dropped
        elif op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            out.append(_ANYTHING)
        else:
            raise _NoSketch
    return "".join(out)


def sketch(pattern: str, flags: int = 0, pointed: bool = True) -> re.Pattern[str] | None:
    """The looser case-sensitive regex (for the lower-cased text when `flags` folds case) that matches
    wherever `pattern` does; None when the regex uses something it does not reproduce, or (unless
    `pointed` is False) when it would not pay (`_pointed`)."""
    try:
        tree = _parse(pattern, flags)
        all_flags = tree.state.flags
        if all_flags & (re.LOCALE | re.ASCII):
            return None
        fold = bool(all_flags & re.IGNORECASE)
        for spread in SPREADS:
            body = _alternatives([list(tree.data)], fold, spread)
            if len(body) <= MAX_SKETCH:
                if pointed and not all(_pointed(alt) for alt in _flatten([list(tree.data)], spread)):
                    return None
                return re.compile(body, all_flags & (re.MULTILINE | re.DOTALL))
        return None
    except (_NoSketch, re.error, RecursionError, KeyError):
        return None


def _pointed(alt: list[Any]) -> bool:
    """The alternative starts with a letter or a narrow class (a digit...), itself or in each branch of
    the group it starts with: the engine skips the positions it cannot start at without backtracking.
    One starting with a broad class ("\\S+@") or an optional part makes every position a candidate:
    the sketch would cost more than the regex, so there is none."""
    alt = _drop_front(alt)
    if not alt:
        return False
    op, av = alt[0]
    if op is sre.LITERAL or op is sre.AT:
        return True
    if op is sre.SUBPATTERN:
        return _pointed(list(av[3]))
    if op is sre.BRANCH:
        return all(_pointed(list(b)) for b in av[1])
    if op in _REPEATS:  # (an optional part: itself and what follows must be pointed)
        return _pointed(list(av[2])) and (av[0] >= 1 or _pointed(alt[1:]))
    if op is not sre.IN:
        return False
    width = 0
    for item, value in av:
        if item is sre.LITERAL:
            width += 1
        elif item is sre.RANGE:
            width += value[1] - value[0] + 1
        elif not (item is sre.CATEGORY and value is sre.CATEGORY_DIGIT):
            return False  # \\w, \\s, negated classes...
    return width <= 32


def _trie_regex(strings: Needles) -> re.Pattern[str]:
    """One case-sensitive regex for "any of these needles", laid out as a trie."""
    trie: dict[str, Any] = {}
    for s in strings:
        if s == DIGIT:
            continue
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        parts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    body = emit(trie) if trie else ""
    if DIGIT in strings:
        body = f"{body}|\\d" if body else "\\d"
    return re.compile(body)


# --------------------------------------------------------------------------------------------------
# the accelerated regex
# --------------------------------------------------------------------------------------------------

# The texts lately lower-cased (None: one holding a character str.lower misjudges): a message's
# sentences are checked against many regexes, by several readers in turn.
_MISSING: Any = object()
_lowered: dict[str, str | None] = {}
_LOWERED = 256  # texts kept (a message's sentences and texts); then the memory starts again
_LOWERED_CHARS = 4000  # longer texts are lower-cased each time (it costs less than searching them)


def _lower(text: str) -> str | None:
    """`text` lower-cased for the checks, or None when it holds a character `str.lower` misjudges."""
    low = _lowered.get(text, _MISSING)
    if low is _MISSING:
        low = text.lower() if text.isascii() or RISKY.isdisjoint(text) else None
        if len(text) <= _LOWERED_CHARS:
            if len(_lowered) >= _LOWERED:
                _lowered.clear()
            _lowered[text] = low
    return low  # type: ignore[no-any-return]


_MAX = sys.maxsize
WALK = 8  # candidates tried one by one before the regex is left to search the rest itself


class Prefiltered:
    """A compiled regex with the same methods and results, which first rules out what it can and then
    runs the regex only where the sketch says a match may start.

    Results are the regex's own (spans, groups, substitutions); the one difference is a match's `pos`
    attribute, which is the position the regex was asked to match at rather than the caller's `pos`.
    """

    __slots__ = (
        "_fold",
        "_has",
        "_later",
        "_nullable",
        "_sketch",
        "_starts",
        "flags",
        "groupindex",
        "groups",
        "needles",
        "pattern",
        "regex",
    )

    def __init__(
        self,
        regex: re.Pattern[str],
        found: Needles | None,
        loose: re.Pattern[str] | None,
        nullable: bool,
        later: Callable[[], re.Pattern[str] | None] | None = None,
    ) -> None:
        self.regex = regex
        self.needles = found
        self._sketch = loose
        # Why `later`: compiling a sketch is most of what a regex's first use costs (a daemon start, a
        # CLI preview), and a regex whose needles a text lacks never needs one: it is made on the first
        # text that holds a needle.
        self._later = later
        self._fold = bool(regex.flags & re.IGNORECASE)
        self._nullable = nullable  # may match the empty string: finditer and sub keep the regex's own loop
        self.pattern = regex.pattern
        self.flags = regex.flags
        self.groups = regex.groups
        self.groupindex = regex.groupindex
        self._has = _trie_regex(found).search if found is not None else None
        self._starts = loose.search if loose is not None else None

    @property
    def sketch(self) -> re.Pattern[str] | None:
        if self._later is not None:
            self._make_sketch()
        return self._sketch

    @sketch.setter
    def sketch(self, loose: re.Pattern[str] | None) -> None:
        self._later = None
        self._sketch = loose
        self._starts = loose.search if loose is not None else None

    def _make_sketch(self) -> None:
        later, self._later = self._later, None
        if later is not None:
            self.sketch = later()

    def _view(self, text: Any) -> str | None:
        """The text the checks read (lower-cased when the regex folds case); None: no checks, the
        regex decides alone."""
        if type(text) is not str:
            return None
        return _lower(text) if self._fold else text

    def absent(self, text: Any, pos: int = 0, endpos: int = _MAX) -> bool:
        """True when `text` (from `pos` to `endpos`) cannot hold a match; False promises nothing."""
        view = self._view(text)
        if view is None:
            return False
        has = self._has
        if has is not None and has(view) is None:
            return True
        if self._later is not None:
            self._make_sketch()
        starts = self._starts
        return starts is not None and starts(view, pos, endpos) is None

    def _find(self, string: str, view: str, pos: int, endpos: int) -> re.Match[str] | None:
        """regex.search(string, pos, endpos), trying the regex only where the sketch matches."""
        if self._later is not None:
            self._make_sketch()
        starts = self._starts
        if starts is None:
            return self.regex.search(string, pos, endpos)
        match = self.regex.match
        for _ in range(WALK):
            c = starts(view, pos, endpos)
            if c is None:
                return None
            pos = c.start()
            m = match(string, pos, endpos)
            if m is not None:
                return m
            pos += 1
            if pos > len(string):
                return None
        return self.regex.search(string, pos, endpos)

    def _iter(self, string: str, view: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        while True:
            m = self._find(string, view, pos, endpos)
            if m is None:
                return
            yield m
            pos = m.end()  # (never empty: nullable regexes do not come here)

    def search(self, string: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        # (_view, inline: the readers call search most)
        view = (_lowered.get(string, _MISSING) if self._fold else string) if type(string) is str else None
        if view is _MISSING:
            view = _lower(string)
        if view is None:
            return self.regex.search(string, pos, endpos)
        has = self._has
        if has is not None and has(view) is None:
            return None
        return self._find(string, view, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        return None if self._no_start(string, pos, endpos) else self.regex.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        return None if self._no_start(string, pos, endpos) else self.regex.fullmatch(string, pos, endpos)

    def _no_start(self, string: str, pos: int, endpos: int) -> bool:
        """No match can start at `pos`."""
        view = self._view(string)
        if view is None:
            return False
        has = self._has
        if has is not None and has(view) is None:
            return True
        sketch = self.sketch
        return sketch is not None and sketch.match(view, pos, endpos) is None

    def finditer(self, string: str, pos: int = 0, endpos: int = _MAX) -> Iterator[re.Match[str]]:
        view = self._view(string)
        if view is None or self._nullable:
            return iter(()) if self.absent(string, pos, endpos) else self.regex.finditer(string, pos, endpos)
        has = self._has
        if has is not None and has(view) is None:
            return iter(())
        return self._iter(string, view, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = _MAX) -> list[Any]:
        return [] if self.absent(string, pos, endpos) else self.regex.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.subn(repl, string, count)[0]

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        view = self._view(string)
        if view is None or self._nullable:
            return (string, 0) if self.absent(string) else self.regex.subn(repl, string, count)
        has = self._has
        if has is not None and has(view) is None:
            return string, 0
        if not callable(repl) and "\\" in repl:  # a template: the regex expands it as it always does
            template = repl
            repl = lambda m: m.expand(template)
        parts: list[str] = []
        last = n = 0
        for m in self._iter(string, view, 0, _MAX):
            parts.append(string[last : m.start()])
            parts.append(repl(m) if callable(repl) else repl)
            last = m.end()
            n += 1
            if n == count:
                break
        if not n:
            return string, 0
        parts.append(string[last:])
        return "".join(parts), n

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return [string] if self.absent(string) else self.regex.split(string, maxsplit)

    def __getattr__(self, name: str) -> Any:  # scanner() and anything else: the regex itself
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r})"


def _worth_a_sketch(tree: Any, min_branches: int) -> bool:
    """A sketch pays when the regex folds case or branches much: it costs one more search otherwise."""
    count = 0

    def walk(items: Any) -> None:
        nonlocal count
        for op, av in items:
            if op is sre.BRANCH:
                count += len(av[1])
                for b in av[1]:
                    walk(b)
            elif op is sre.SUBPATTERN:
                walk(av[3])
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op is sre.ATOMIC_GROUP:
                walk(av)

    walk(tree.data)
    return count >= min_branches


def _anchored(regex: re.Pattern[str]) -> bool:
    """Every alternative starts at ^ or \\A: the engine tries a few positions only, checks would cost more."""
    try:
        alts = _flatten([list(_parse(regex.pattern, regex.flags).data)], SPREADS[-1])
    except Exception:  # noqa: BLE001
        return False
    starts = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
    return bool(alts) and all(a and a[0][0] is sre.AT and a[0][1] in starts for a in alts)


SKETCH_BRANCHES = 4  # alternatives from which a sketch pays for the search it adds


def prefiltered(
    regex: re.Pattern[str],
    min_branches: int = SKETCH_BRANCHES,
    max_cost: float = MAX_COST,
    always: bool = False,
) -> re.Pattern[str]:
    """`regex` with its checks, or `regex` itself when nothing can be ruled out cheaply (the tests pass
    `min_branches=0`, `max_cost=1` and `always` to give every regex every check it can have)."""
    if not isinstance(regex, re.Pattern) or not isinstance(regex.pattern, str):
        return regex
    found = needles(regex.pattern, regex.flags, max_cost)
    loose = None
    try:
        worth = _worth_a_sketch(_parse(regex.pattern, regex.flags), min_branches)
    except Exception:  # noqa: BLE001 - no sketch then
        worth = False

    def later() -> re.Pattern[str] | None:
        try:
            return sketch(regex.pattern, regex.flags, pointed=not always)
        except Exception:  # noqa: BLE001 - no sketch then
            return None

    if worth and found is None:
        loose = later()  # (without needles, whether there is a sketch decides whether to check at all)
    if (found is None and loose is None) or (_anchored(regex) and not always):
        return regex
    nullable = _parse(regex.pattern, regex.flags).getwidth()[0] == 0
    deferred = later if worth and found is not None else None
    return Prefiltered(regex, found, loose, nullable, deferred)  # type: ignore[return-value]  # same methods, same results


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile` with the checks."""
    return prefiltered(re.compile(pattern, flags))


class Lazy:
    """A module's regex until its first use, which works out its checks (`prefiltered`) and puts the
    result in the regex's place in the module (so importing the readers costs nothing extra)."""

    __slots__ = ("_home", "_target", "flags", "groupindex", "groups", "pattern", "regex")

    def __init__(self, regex: re.Pattern[str], home: Callable[[Any, Any], None] | None = None) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.flags = regex.flags
        self.groups = regex.groups
        self.groupindex = regex.groupindex
        self._target: Any = None
        self._home = home

    def resolve(self) -> Any:
        """The regex with its checks (a `Prefiltered`), or the regex itself when none pays."""
        target = self._target
        if target is None:
            target = self._target = prefiltered(self.regex)
            if self._home is not None:
                self._home(self, target)
        return target

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve().split(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.resolve(), name)

    def __repr__(self) -> str:
        return f"Lazy({self.regex!r})"


def accelerate(namespace: MutableMapping[str, Any]) -> None:
    """Give every compiled regex of a module (``accelerate(globals())`` at its end), alone or in a
    list or tuple of rules, its checks, worked out on first use.  Nothing else of the module changes."""

    def in_module(name: str) -> Callable[[Any, Any], None]:
        def home(lazy: Any, target: Any) -> None:
            if namespace.get(name) is lazy:
                namespace[name] = target

        return home

    def in_list(items: list[Any]) -> Callable[[Any, Any], None]:
        def home(lazy: Any, target: Any) -> None:
            for i, item in enumerate(items):
                if item is lazy:
                    items[i] = target

        return home

    def in_tuple(name: str) -> Callable[[Any, Any], None]:
        def home(lazy: Any, target: Any) -> None:
            value = namespace.get(name)
            if isinstance(value, tuple) and any(v is lazy for v in value):
                namespace[name] = tuple(target if v is lazy else v for v in value)

        return home

    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            namespace[name] = Lazy(value, in_module(name))
        elif isinstance(value, list) and value and all(isinstance(v, re.Pattern) for v in value):
            value[:] = [Lazy(v, in_list(value)) for v in value]  # in place: other modules may hold the list
        elif isinstance(value, tuple) and value and all(isinstance(v, re.Pattern) for v in value):
            namespace[name] = tuple(Lazy(v, in_tuple(name)) for v in value)
