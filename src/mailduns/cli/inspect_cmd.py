"""`mailduns inspect`: what the readers see in a file, without a mailbox or a config."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mailduns.core.errors import MaildunsError
from mailduns.reading import ATTACHMENT_READERS, read_message, read_text
from mailduns.reading.model import Envelope, InvoiceFacts, MessageFacts

_E_INVOICE_SUFFIXES = (".xml", ".p7m", ".pdf")


def _looks_like_message(data: bytes) -> bool:
    head = data[:2000].lstrip()
    first = head.split(b"\n", 1)[0]
    return b":" in first and not first.startswith(b"<") and b" " not in first.split(b":", 1)[0]


def inspect_bytes(name: str, data: bytes) -> MessageFacts:
    lower = name.lower()
    if lower.endswith(_E_INVOICE_SUFFIXES):
        content_type = "application/pdf" if lower.endswith(".pdf") else "application/xml"
        found: list[InvoiceFacts] = []
        problems: list[str] = []
        for reader in ATTACHMENT_READERS:
            try:
                found.extend(reader(Path(name).name, content_type, data))
            except MaildunsError as exc:       # one unreadable file must not stop the others
                problems.append(str(exc))
        if found:
            return MessageFacts(kind="invoice", envelope=Envelope(), invoices=tuple(found),
                                problems=tuple(problems))
        return MessageFacts(kind="other", envelope=Envelope(),
                            problems=tuple(problems) or ("no e-invoice reader recognised this file",))
    if lower.endswith(".eml") or _looks_like_message(data):
        return read_message(data)
    return read_text(data.decode("utf-8", "replace"))


def inspect_file(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MaildunsError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return inspect_bytes(path.name, data).to_json(path.name)
