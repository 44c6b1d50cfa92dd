"""reading/quickparse.py builds the stdlib parser's very tree, or steps aside.

Compared on the labelled replies and old cases, a generated mailbox, fuzzed corpus mail and hand-made
edge cases (preambles, epilogues, nested multiparts, repeated boundaries, CRLF, missing pieces): every
message quickparse reads must give a tree equal to BytesParser(policy=compat32)'s in every attribute
the readers or the stdlib look at.
"""

from __future__ import annotations

import random
import sys
import tomllib
from email import policy
from email.message import Message
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest

from mailduns.reading import quickparse

ROOT = Path(__file__).resolve().parents[1]


def tree(msg: Message) -> Any:
    payload = msg._payload  # (the raw state the parser left)
    return {
        "headers": list(msg._headers),
        "payload": [tree(p) for p in payload] if isinstance(payload, list) else payload,
        "preamble": msg.preamble,
        "epilogue": msg.epilogue,
        "defects": [type(d).__name__ for d in msg.defects],
        "unixfrom": msg.get_unixfrom(),
        "default_type": msg.get_default_type(),
        "charset": msg.get_charset(),
    }


def check(raw: bytes) -> bool:
    """True when quickparse read the message (and its tree is the stdlib's)."""
    quick = quickparse.parse(raw)
    if quick is None:
        return False
    assert tree(quick) == tree(BytesParser(policy=policy.compat32).parsebytes(raw)), raw[:300]
    return True


def labelled() -> list[bytes]:
    sys.path.insert(0, str(ROOT))
    from tests.inbox_cases import CASES, HOLDOUT

    raws = []
    for labels_path in sorted((ROOT / "tests" / "data" / "replies").glob("*/labels.toml")):
        labels = tomllib.loads(labels_path.read_text(encoding="utf-8"))["files"]
        for name, label in sorted(labels.items()):  # the dev split only: the first reads stay unseen
            if str(label.get("split", "dev")) == "dev" and (labels_path.parent / name).is_file():
                raws.append((labels_path.parent / name).read_bytes())
    return raws + [c.raw for c in (*CASES, *HOLDOUT)]


def test_real_replies_and_cases() -> None:
    raws = labelled()
    read = sum(check(raw) for raw in raws)
    assert read > 0.9 * len(raws)  # nearly all real mail is read without the feed parser


def test_generated_mailbox() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.mailgen import generate

    box = generate(150, 150, seed=3)
    read = sum(check(m.raw) for m in [*box.sent, *box.inbox])
    assert read > 250


def test_fuzzed_mail() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.fuzz import MESSAGE, corpus_mail, make_sample

    read = 0
    for i in range(1500):
        s = make_sample(77, i, huge_rate=0.0)
        if s.name == MESSAGE:
            read += check(s.data)
    if corpus_mail():  # (the shared corpus beside the checkout; without it every input is one message)
        assert read > 500  # about half the damage leaves mail the feed parser reads without a defect


def test_mutated_structure() -> None:
    """Random damage to the structure itself: boundaries moved, doubled, cut, line endings mixed."""
    rng = random.Random(5)
    raws = [r for r in labelled() if b"boundary" in r.lower()][:150]
    for raw in raws:
        for _ in range(8):
            lines = raw.split(b"\n")
            op = rng.randrange(6)
            i = rng.randrange(len(lines))
            if op == 0:
                lines.insert(i, rng.choice([x for x in lines if x.startswith(b"--")] or [b"--x"]))
            elif op == 1:
                del lines[i]
            elif op == 2:
                lines[i] = lines[i] + b"\r"
            elif op == 3:
                lines = lines[:i]
            elif op == 4:
                lines.insert(i, b"")
            else:
                lines[i] = b" " + lines[i]
            check(b"\n".join(lines))


READ = [  # well-formed: quickparse reads them
    b'Content-Type: multipart/mixed; boundary="a"\n\n--a\nContent-Type: text/plain\n--a\n\nx\n--a--\n',  # no body
    b"Subject: x\n\nbody\n",
    b"Subject: x\n\nbody",
    b"Subject: x\r\nTo: a@b\r\n\r\nbody\r\nmore\r\n",
    b"Subject: x\n folded\n\tagain\nTo: a@b\n\n",
    b"Subject: x",
    b"Subject: x\n",
    (
        b'Content-Type: multipart/alternative; boundary="b"\n\npre\n--b\nContent-Type: text/plain\n\nhi\n--b\n'
        b"Content-Type: text/html\n\n<p>hi</p>\n--b--\nepi\n"
    ),
    (
        b'Content-Type: multipart/mixed; boundary="a"\n\n--a\nContent-Type: multipart/alternative; boundary="b"\n\n'
        b"--b\n\nx\n--b--\n\n--a\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nAAAA\n--a--\n"
    ),
    b'Content-Type: multipart/mixed; boundary="a"\n\n--a\n--a\n\nx\n--a--',  # a doubled boundary
    b'Content-Type: multipart/mixed; boundary="a"\n\n--a  \r\n\r\nx\r\n--a--  \r\n\r\nafter\r\n',
    b"Subject: caf\xe8\n\nbody \xff\n",  # 8-bit bytes in a value and in the body
    b'Content-Type: multipart/mixed; boundary="a"\n\n--a \t\nContent-Type: multipart/alternative; boundary="b"\n\n'
    b"--b\t\n\nx\n--b--\n--a--\t\n",  # tabs after boundaries; an inner closing line right before the outer
]
LEFT = [  # the feed parser's defects and special cases: left to it
    b'Content-Type: multipart/digest; boundary="d"\n\n--d\n\nSubject: a\n\nx\n--d--\n',  # parts are messages
    b'Content-Type: multipart/mixed; boundary="a"\n\n--a\n\nx\n',  # no closing boundary
    b'Content-Type: multipart/mixed; boundary="a"\n\nno parts at all\n',
    b"Content-Type: multipart/mixed\n\n--a\n\nx\n--a--\n",  # no boundary parameter
    b"From someone Mon Jan 1\nSubject: x\n\nbody\n",
    b" leading continuation\nSubject: x\n\nbody\n",
    b"Subject: x\nnot a header line\n\nbody\n",
    b"Subject: x\r\n\rbody\n",
    b"Content-Type: message/rfc822\n\nSubject: inner\n\nbody\n",
    b"Subj\xe8ct: x\n\nbody\n",
]


@pytest.mark.parametrize(("raw", "read"), [(r, True) for r in READ] + [(r, False) for r in LEFT])
def test_edge_cases(raw: bytes, read: bool) -> None:
    assert check(raw) is read
