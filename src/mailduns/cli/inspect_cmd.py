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
            except MaildunsError as exc:  # one unreadable file must not stop the others
                problems.append(str(exc))
        if found:
            return MessageFacts(
                kind="invoice", envelope=Envelope(), invoices=tuple(found), problems=tuple(problems)
            )
        return MessageFacts(
            kind="other",
            envelope=Envelope(),
            problems=tuple(problems) or ("no e-invoice reader recognised this file",),
        )
    if lower.endswith(".eml") or _looks_like_message(data):
        return read_message(data)
    return read_text(data.decode("utf-8", "replace"))


def inspect_file(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MaildunsError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return inspect_bytes(path.name, data).to_json(path.name)


_SOURCES = {
    "fatturapa": "FatturaPA e-invoice",
    "ubl": "UBL e-invoice",
    "cii": "CII e-invoice",
    "facturae": "Facturae e-invoice",
    "pdf": "PDF",
    "body": "message text",
    "subject": "subject line",
}
_KINDS = {
    "invoice": "invoice",
    "payment-notification": "payment notice",
    "client-reply-paid": "client says it is paid",
    "client-reply-promise": "client promises to pay",
    "client-reply-dispute": "client disputes the invoice",
    "client-reply-other": "client reply",
    "auto-reply": "automatic reply",
    "bounce": "delivery failure report",
    "other": "not about an invoice",
}
_LANGUAGES = {"it": "Italian", "es": "Spanish", "en": "English"}


def _document(inv: dict[str, Any]) -> list[str]:
    kind = "credit note" if inv.get("is_credit_note") else "invoice"
    head = f"{kind} {inv['number'] or '(no number found)'}"
    if inv.get("references_invoice"):
        head += f" for invoice {inv['references_invoice']}"
    facts = [f"from the {_SOURCES.get(inv['source'], inv['source'])}"]
    amount = inv.get("amount") or inv.get("total")
    if amount is not None:
        facts.append(f"amount {amount} {inv['currency']}")
    facts.append(f"issued {inv['issue_date']}" if inv.get("issue_date") else "no issue date found")
    facts.append(f"due {inv['due_date']}" if inv.get("due_date") else "no due date found")
    who = " ".join(
        x
        for x in (inv.get("client_name"), f"<{inv['client_email']}>" if inv.get("client_email") else None)
        if x
    )
    facts.append(f"to {who}" if who else "no client address found")
    lines = [f"  {head}: " + ", ".join(facts)]
    if not inv.get("is_credit_note") and amount is not None and not amount.lstrip("-").strip("0."):
        lines.append("    nothing to pay: mailduns never sends a reminder for it")
    elif not inv.get("is_credit_note") and amount is not None and amount.startswith("-"):
        lines.append("    a negative amount: mailduns never sends a reminder for it")
    return lines


def _reply(reply: dict[str, Any]) -> list[str]:
    words = []
    if reply.get("promised_date"):
        words.append(f"promises to pay by {reply['promised_date']}")
    if reply.get("return_date"):
        words.append(f"away until {reply['return_date']}")
    if reply.get("failed_recipient"):
        words.append(f"not delivered to {reply['failed_recipient']}")
    if reply.get("permanent") is True:
        words.append("a permanent failure")
    elif reply.get("permanent") is False:
        words.append("only delayed: the server keeps trying")
    if reply.get("amount"):
        words.append(f"amount {reply['amount']}")
    if reply.get("reference"):
        words.append(f"names invoice {reply['reference']}")
    return ["  " + "; ".join(words)] if words else []


def describe(result: dict[str, Any]) -> list[str]:
    """`mailduns inspect` without --json: sentences, never Python values ("None", "True")."""
    kind = _KINDS.get(result["kind"], result["kind"])
    if result["kind"] == "invoice" and all(i.get("is_credit_note") for i in result.get("invoices", [])):
        kind = "credit note"
    head = f"{result['file']}: {kind}"
    if result.get("language"):
        head += f" (in {_LANGUAGES.get(result['language'], result['language'])})"
    lines = [head]
    for inv in result.get("invoices", []):
        lines += _document(inv)
    if "reply" in result:
        lines += _reply(result["reply"])
    for problem in result.get("problems", []):
        lines.append(f"  note: {problem}")
    return lines
