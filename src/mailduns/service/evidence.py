"""The evidence pack of one invoice: what a lawyer or a court needs, in one folder or zip.

Why: a decreto ingiuntivo (IT) or a monitorio (ES) is won with documents — the invoice as sent, every
demand for payment as sent with proof of when it left and (for PEC) when it was delivered, what the
client answered, and the figures claimed. mailduns already holds most of it; this writes it out so a
person can read it (index.html, a timeline), a program can read it (index.json) and anyone can check
nothing was changed afterwards (MANIFEST.sha256, `sha256sum -c` format).

Layout:
    index.html  index.json  MANIFEST.sha256
    invoice/    the invoice mail (.eml) and each e-invoice / PDF attached to it
    letters/    every letter exactly as sent (.eml: Message-ID, Date, the SMTP server's acceptance time
                is in index.json) and each formal notice's PDF
    replies/    the client's replies and payment notices (.eml)
    pec/        each PEC receipt byte for byte (.eml, S/MIME signature intact) and its daticert.xml
    computation/interest.txt and interest.json: the statutory interest, line by line, as of the pack's date

Pure: takes the items, writes files. Fetching from the mailbox is the caller's job.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

__all__ = ["EvidenceItem", "TimelineEntry", "verify_manifest", "write_pack"]


@dataclass(frozen=True)
class EvidenceItem:
    """One file of the pack: `folder` (invoice, letters, replies, pec, computation), `name`, bytes."""

    folder: str
    name: str
    data: bytes
    title: str
    at: datetime | None = None
    facts: dict[str, str] = field(default_factory=dict)

    @property
    def path(self) -> str:
        return f"{self.folder}/{_safe(self.name)}"


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    what: str
    detail: str = ""
    file: str | None = None


def _safe(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.") or "file"
    return cleaned[:120]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _html(
    title: str,
    summary: dict[str, str],
    timeline: list[TimelineEntry],
    items: list[EvidenceItem],
    made_at: datetime,
) -> str:
    e = html.escape
    rows = "\n".join(
        f"<tr><td class=when>{e(t.at.isoformat(timespec='seconds'))}</td><td>{e(t.what)}</td>"
        f"<td>{e(t.detail)}</td><td>{f'<a href={chr(34)}{e(t.file)}{chr(34)}>{e(t.file)}</a>' if t.file else ''}</td></tr>"
        for t in timeline
    )
    files = "\n".join(
        f'<tr><td><a href="{e(i.path)}">{e(i.path)}</a></td><td>{e(i.title)}</td>'
        f"<td class=hash>{_sha(i.data)}</td></tr>"
        for i in items
    )
    facts = "\n".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in summary.items())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 70em; color: #222; }}
h1 {{ font-size: 1.5em; }} h2 {{ font-size: 1.15em; margin-top: 2em; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ text-align: left; vertical-align: top; padding: .35em .6em; border-bottom: 1px solid #ddd; }}
td.when {{ white-space: nowrap; font-variant-numeric: tabular-nums; }}
td.hash {{ font: 11px monospace; word-break: break-all; }}
.summary th {{ width: 14em; color: #555; font-weight: normal; }}
</style></head>
<body>
<h1>{e(title)}</h1>
<p>Evidence pack written by mailduns on {e(made_at.isoformat(timespec="seconds"))}. Every file is listed with its
SHA-256 in <a href="MANIFEST.sha256">MANIFEST.sha256</a> (check with <code>sha256sum -c MANIFEST.sha256</code>).
Mail files are byte for byte as sent or received; PEC receipts keep their provider's signature.</p>
<table class=summary>
{facts}
</table>
<h2 id=timeline>Timeline</h2>
<table><thead><tr><th>When</th><th>What</th><th>Detail</th><th>File</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<h2 id=files>Files</h2>
<table><thead><tr><th>File</th><th>What</th><th>SHA-256</th></tr></thead>
<tbody>
{files}
</tbody></table>
</body></html>
"""


def write_pack(
    out: Path,
    *,
    title: str,
    summary: dict[str, str],
    items: Sequence[EvidenceItem],
    timeline: Sequence[TimelineEntry],
    made_at: datetime,
) -> Path:
    """Write the pack into folder `out`, or into a zip when `out` ends with .zip. Returns `out`."""
    seen: set[str] = set()
    unique: list[EvidenceItem] = []
    for item in items:
        path, n = item.path, 1
        while path in seen:
            n += 1
            stem, dot, ext = item.path.rpartition(".")
            path = f"{stem}-{n}.{ext}" if dot else f"{item.path}-{n}"
        seen.add(path)
        unique.append(
            EvidenceItem(item.folder, path.split("/", 1)[1], item.data, item.title, item.at, item.facts)
        )
    ordered = sorted(timeline, key=lambda t: t.at)
    index = {
        "title": title,
        "made_at": made_at.isoformat(),
        "summary": summary,
        "timeline": [
            {"at": t.at.isoformat(), "what": t.what, "detail": t.detail, "file": t.file} for t in ordered
        ],
        "files": [
            {
                "path": i.path,
                "title": i.title,
                "sha256": _sha(i.data),
                "bytes": len(i.data),
                "at": i.at.isoformat() if i.at else None,
                **({"facts": i.facts} if i.facts else {}),
            }
            for i in unique
        ],
    }
    files: list[tuple[str, bytes]] = [(i.path, i.data) for i in unique]
    files.append(("index.json", (json.dumps(index, indent=2, ensure_ascii=False) + "\n").encode()))
    files.append(("index.html", _html(title, summary, ordered, unique, made_at).encode()))
    manifest = "".join(f"{_sha(data)}  {path}\n" for path, data in files).encode()
    files.append(("MANIFEST.sha256", manifest))
    if out.suffix.lower() == ".zip":
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for path, data in files:
                info = zipfile.ZipInfo(path, date_time=made_at.timetuple()[:6])
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data)
        return out
    out.mkdir(parents=True, exist_ok=True)
    for path, data in files:
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return out


def verify_manifest(pack: Path) -> list[str]:
    """Problems found checking MANIFEST.sha256 of a pack folder or zip; [] when every file matches."""
    if pack.suffix.lower() == ".zip":
        with zipfile.ZipFile(pack) as z:
            names = set(z.namelist())
            read = {n: z.read(n) for n in names}
    else:
        read = {str(p.relative_to(pack)): p.read_bytes() for p in pack.rglob("*") if p.is_file()}
    manifest = read.get("MANIFEST.sha256")
    if manifest is None:
        return ["no MANIFEST.sha256"]
    problems: list[str] = []
    listed: set[str] = set()
    for line in manifest.decode().splitlines():
        digest, _, path = line.partition("  ")
        listed.add(path)
        if path not in read:
            problems.append(f"{path}: missing")
        elif _sha(read[path]) != digest:
            problems.append(f"{path}: changed")
    for extra in sorted(set(read) - listed - {"MANIFEST.sha256"}):
        problems.append(f"{extra}: not in the manifest")
    return problems
