#!/usr/bin/env python3
"""round9-es: Spanish-language replies and machine mail for mailduns' blind test set.

Run: python3 make.py   (writes r9s-NNNN.eml and labels.toml next to this file, then re-parses every file)
Stdlib only. Bodies are hand-written in paid.py, promise.py, dispute.py, other.py, machine.py;
mimelib.py / builder.py hold only the MIME plumbing and the reminder texts copied from templates/es.
"""
import collections
import email
import email.policy
import glob
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import builder  # noqa: E402
import paid, promise, dispute, other, machine  # noqa: E402,E401

PREFIX = "r9s"


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main():
    for mod in (paid, promise, dispute, other, machine):
        mod.build()
    msgs = list(builder.MESSAGES)
    random.Random(909).shuffle(msgs)

    for f in glob.glob(os.path.join(HERE, f"{PREFIX}-*.eml")):
        os.remove(f)
    lines = ["# round9-es labels: Spanish-speaking clients of Spanish freelancers, plus Spanish machine mail.", ""]
    for n, (raw, lab) in enumerate(msgs, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        head = raw.split("\n\n", 1)[0]
        head.encode("ascii")  # headers must be pure ASCII (RFC 2047 encoded)
        data = raw.encode("latin-1")  # 8bit bodies were stored byte-transparently
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        lines.append(f'[files."{name}"]')
        for k in ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
                  "failed_recipient", "permanent", "note"]:
            if k in lab:
                v = lab[k]
                lines.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(v)}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))

    # sanity check
    kinds = collections.Counter()
    for n, (raw, lab) in enumerate(msgs, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (name, h)
        assert m["Date"].datetime is not None, name
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        if m.defects:
            print("defects", name, m.defects)
        kinds[lab["kind"]] += 1
    try:
        import tomllib
        with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
            t = tomllib.load(fh)
        assert len(t["files"]) == len(msgs)
    except ImportError:
        pass
    print(len(msgs), "messages")
    for k, v in sorted(kinds.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
