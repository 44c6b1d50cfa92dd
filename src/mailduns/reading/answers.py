"""The freelancer's answer to a note: the first line of their reply, one word (and a date).

Every note mailduns sends about a message it read ends with the answers it understands; the
freelancer replies from any mail client, often a phone, so the reading forgives what people type:
any case, accents or not, a full stop or an exclamation mark, a signature or the quoted note below,
and the words of any of the three languages whatever the owner's language is:

=========  ==============  ==============  ==============
answer     it              es              en
=========  ==============  ==============  ==============
paid       pagato          pagado          paid
promise    promessa DATE   promesa DATE    promise DATE
dispute    contestazione   disputa         dispute
resume     riprendi        reanudar        resume
ignore     ignora          ignorar         ignore
posted     spedita [DATE]  enviada [DATE]  posted [DATE]   (only to the note with a letter to post)
approve    approva         aprobar         approve         (to the note about a notice awaiting approval)
skip       salta           omitir          skip            (same)
=========  ==============  ==============  ==============

DATE is day first: 15/01, 15/1, 15-01-2027, 15.01.27, 15 gennaio, 15 de enero, 15 January, January 15
(and 2027-01-15). Without a year it is the next such day: this year's, unless that was more than a
month before the answer (then next year's — "promessa 15/01" written in December is January's).

Only the first line counts, and only when it starts with one of the words: "Pagato? Non mi risulta"
(a question) and "non pagato" are not answers. Pure: no I/O, the caller gives the date the answer
was written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from mailduns.core.decide import Answer
from mailduns.reading import fastre
from mailduns.reading.classify import split_reply
from mailduns.reading.dates import fold

__all__ = ["WORDS", "OwnerAnswer", "parse_date", "read_answer"]

#: Each word (folded: lower case, no accents) and the answer it gives.
WORDS: dict[str, Answer] = {
    "pagato": "paid",
    "pagata": "paid",
    "pagati": "paid",
    "pagado": "paid",
    "pagada": "paid",
    "paid": "paid",
    "promessa": "promise",
    "promesa": "promise",
    "promise": "promise",
    "contestazione": "dispute",
    "contestata": "dispute",
    "disputa": "dispute",
    "dispute": "dispute",
    "riprendi": "resume",
    "reanudar": "resume",
    "reanuda": "resume",
    "resume": "resume",
    "ignora": "ignore",
    "ignorare": "ignore",
    "ignorar": "ignore",
    "ignore": "ignore",
    # only to the note bringing a formal notice to post: the letter went out (on DATE, else that day)
    "spedita": "posted",
    "spedito": "posted",
    "enviada": "posted",
    "enviado": "posted",
    "posted": "posted",
    # to the note about a formal notice (PEC) that waits for approval: send it, or drop it
    "approva": "approve",
    "approvo": "approve",
    "approvata": "approve",
    "aprobar": "approve",
    "apruebo": "approve",
    "aprobada": "approve",
    "approve": "approve",
    "approved": "approve",
    "salta": "skip",
    "omitir": "skip",
    "omite": "skip",
    "skip": "skip",
}

_MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    (
        ("gennaio", "gen", "enero", "ene", "january", "jan"),
        ("febbraio", "febrero", "february", "feb"),
        ("marzo", "march", "mar"),
        ("aprile", "abril", "april", "apr", "abr"),
        ("maggio", "mag", "mayo", "may"),
        ("giugno", "giu", "junio", "june", "jun"),
        ("luglio", "lug", "julio", "july", "jul"),
        ("agosto", "ago", "august", "aug"),
        ("settembre", "set", "septiembre", "setiembre", "september", "sept", "sep"),
        ("ottobre", "ott", "octubre", "october", "oct"),
        ("novembre", "noviembre", "november", "nov"),
        ("dicembre", "dic", "diciembre", "december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _n
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

_FIRST_WORD_RE = re.compile(r"^\s*(?P<word>[a-z]+)\b\s*(?P<rest>.*)$")
_NUMERIC_RE = re.compile(
    r"^(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})(?:\s*[/\-.]\s*(?P<y>\d{4}|\d{2}))?(?!\d)"
)
_ISO_RE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
_DAY_MONTH_RE = re.compile(
    rf"^(?P<d>\d{{1,2}})(?:st|nd|rd|th|°|º)?\s+(?:de\s+|of\s+)?(?P<mon>{_MONTH})\.?\b"
    r"(?:,?\s+(?:de(?:l)?\s+)?(?P<y>\d{4}))?"
)
_MONTH_DAY_RE = re.compile(
    rf"^(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?"
)
# what may stand between the word and the date: "promessa: 15/01", "promise - January 15", "promesa el 15/01"
_LEAD_RE = re.compile(r"^(?:[:\-–—,]\s*)?(?:(?:per|il|entro|al|el|para|for|on|by|the|de)\s+)*")


@dataclass(frozen=True)
class OwnerAnswer:
    """What the freelancer answered: the answer, the promised day (a promise only; None when the
    date is missing or impossible) and the line as they wrote it (for `status`)."""

    answer: Answer
    on: date | None
    said: str


def _first_line(text: str) -> str:
    new = split_reply(text).new_text
    return next((line.strip() for line in new.splitlines() if line.strip()), "")


def parse_date(text: str, ref: date) -> date | None:
    """The day a promise names, at the start of `text` (already folded), read against `ref`."""
    text = _LEAD_RE.sub("", text.strip(), count=1)
    y: int | None
    m = _ISO_RE.match(text)
    if m:
        y, mon, d = int(m["y"]), int(m["m"]), int(m["d"])
    elif (m := _NUMERIC_RE.match(text)) is not None:
        d, mon = int(m["d"]), int(m["m"])
        y = int(m["y"]) if m["y"] else None
    elif (m := _DAY_MONTH_RE.match(text) or _MONTH_DAY_RE.match(text)) is not None:
        d, mon = int(m["d"]), _MONTHS[m["mon"]]
        y = int(m["y"]) if m["y"] else None
    else:
        return None
    if y is not None and y < 100:
        y += 2000
    try:
        if y is not None:
            return date(y, mon, d)
        found = date(ref.year, mon, d)
        return found if found >= ref - timedelta(days=31) else date(ref.year + 1, mon, d)
    except ValueError:
        return None  # 31/02, 15/13: not a day


def read_answer(body: str, ref: date) -> OwnerAnswer | None:
    """The answer in a reply to a note (its whole text: the quoted note and a signature are
    dropped), or None when its first line is not one. `ref` is the day the reply was written."""
    line = _first_line(body)
    m = _FIRST_WORD_RE.match(fold(line))
    if m is None or m["word"] not in WORDS:
        return None
    rest = m["rest"].strip()
    if rest.startswith("?"):
        return None  # "Pagato?": a question, not an answer
    answer = WORDS[m["word"]]
    said = " ".join(line.split())[:60]
    if answer == "posted":  # "spedita" alone: posted the day the answer was written
        return OwnerAnswer(answer, parse_date(rest, ref) or ref, said)
    return OwnerAnswer(answer, parse_date(rest, ref) if answer == "promise" else None, said)


fastre.accelerate(globals())  # each regex above first rules out what it cannot match (reading/fastre.py)
