"""`mailduns evidence INVOICE --out PATH` and `mailduns posted INVOICE [DATE]` (formal notices, issue 18).

Thin wrappers: the pack is written by service/evidence.py from what the state keeps (every letter as
sent, formal notices and their PDFs, PEC receipts byte for byte, the events) plus, unless `--offline`,
the invoice mail and the client's messages fetched from the mailbox by Message-ID.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from mailduns.cli.common import load as _load
from mailduns.cli.common import parse_now as _parse_now
from mailduns.cli.main import _find_invoice
from mailduns.core.clock import SystemClock
from mailduns.core.errors import MaildunsError, UnknownInvoice
from mailduns.core.fees import fee_lines, quote_fees
from mailduns.core.legal import governing_law
from mailduns.mail.credentials import resolve_password
from mailduns.reading.pec import read_pec
from mailduns.settings.config import Config, ServerConfig
from mailduns.store.db import Invoice, Store
from mailduns.store.notices import notices_for, receipts_for
from mailduns.store.parties import party

__all__ = ["cmd_evidence", "cmd_posted", "register"]


def register(sub: Any) -> None:
    e = sub.add_parser(
        "evidence",
        help="write the evidence pack of an invoice (folder or .zip): timeline, "
        "letters as sent, PEC receipts, interest, SHA-256 manifest",
    )
    e.add_argument("invoice", metavar="INVOICE", help="the invoice number")
    e.add_argument("--out", required=True, help="a folder, or a file ending in .zip")
    e.add_argument(
        "--offline", action="store_true", help="do not fetch the invoice mail and replies from IMAP"
    )
    e.add_argument("--now", help="compute the interest as of this instant")
    e.set_defaults(func=cmd_evidence)
    p = sub.add_parser(
        "posted",
        help="the formal notice letter was posted (registered letter, burofax): "
        "its deadline runs from DATE (default today)",
    )
    p.add_argument("invoice", metavar="INVOICE", help="the invoice number")
    p.add_argument("date", metavar="DATE", nargs="?", help="YYYY-MM-DD or DD/MM (default: today)")
    p.add_argument("--now", help="act as if it were this instant (tests, catching up)")
    p.set_defaults(func=cmd_posted)


def _date(text: str | None, today: date) -> date:
    if not text:
        return today
    text = text.strip()
    try:
        if "/" in text:
            parts = [int(p) for p in text.split("/")]
            year = parts[2] if len(parts) > 2 else today.year
            return date(year + 2000 if year < 100 else year, parts[1], parts[0])
        return date.fromisoformat(text)
    except (ValueError, IndexError):
        raise MaildunsError(f'"{text}" is not a date: write it as 2026-12-15 or 15/12') from None


def cmd_posted(args: argparse.Namespace) -> int:
    config = _load(args)
    store = Store(config.state.path)
    inv = _find_invoice(store, args.invoice)
    now = (_parse_now(args.now) if args.now else SystemClock().now()).astimezone(config.owner.tz)
    letters = [n for n in notices_for(store, inv.id) if n.channel == "letter"]
    if not letters:
        raise UnknownInvoice(
            f'invoice {inv.number} has no formal notice to post (a step with channel = "letter" makes one)'
        )
    posted_on = _date(args.date, now.date())
    if posted_on > now.date():
        raise MaildunsError(f"{posted_on.isoformat()} is in the future: give the day the letter was posted")
    from mailduns.service.formal import record_posted  # one home with the answer "spedita"

    n = record_posted(store, inv, posted_on, now, holidays=config.sending.holidays)
    assert n is not None  # the invoice has a letter (checked above)
    detail = f"deadline {n.deadline.isoformat() if n.deadline else '?'}"
    if n.negotiation_until:
        detail += f"; negotiation (LO 1/2025) until {n.negotiation_until.isoformat()}"
    print(f"invoice {inv.number}: notice posted on {posted_on.isoformat()}; {detail}")
    return 0


def _eml_facts(raw: bytes) -> dict[str, str]:
    m = message_from_bytes(raw, policy=policy.compat32)
    return {k: " ".join(str(m[k]).split()) for k in ("Message-ID", "Date", "From", "To", "Subject") if m[k]}


def _fetch_by_message_id(server: ServerConfig, folders: list[str], ids: list[str]) -> dict[str, bytes]:
    """Messages found by Message-ID in these folders (best effort: a folder that is gone is skipped)."""
    from imapclient import IMAPClient

    found: dict[str, bytes] = {}
    client = IMAPClient(server.host, port=server.port, ssl=server.security == "tls", timeout=30)
    try:
        if server.security == "starttls":
            client.starttls()
        client.login(server.username, resolve_password(server))
        for folder in folders:
            try:
                client.select_folder(folder, readonly=True)
            except Exception:  # noqa: BLE001,S112 - a missing folder only means fewer documents
                continue
            for mid in ids:
                if mid in found:
                    continue
                uids = client.search(["HEADER", "Message-ID", mid])
                if uids:
                    data = client.fetch(uids[:1], [b"BODY.PEEK[]"])
                    found[mid] = bytes(data[uids[0]][b"BODY[]"])
    finally:
        try:
            client.logout()
        except Exception:  # noqa: BLE001,S110
            pass
    return found


def _attachments(raw: bytes) -> list[tuple[str, bytes]]:
    m = message_from_bytes(raw, policy=policy.default)
    out: list[tuple[str, bytes]] = []
    if isinstance(m, EmailMessage):
        for part in m.iter_attachments():
            data = part.get_payload(decode=True)
            if isinstance(data, bytes):
                out.append((part.get_filename() or "attachment", data))
    return out


def _interest(
    config: Config, store: Store, inv: Invoice, on: date, language: str
) -> tuple[str, dict[str, Any]] | None:
    """The computation the evidence pack keeps, under the same law the letters applied (the notice's
    own, else the one found for the client now)."""
    if inv.amount is None:
        return None
    fees = config.fees
    client = config.client_for(inv.client_email or "")
    written = [n.law for n in notices_for(store, inv.id) if n.law]
    law = (
        written[-1]
        if written
        else governing_law(
            client.law, client.country or party(store, inv.id).country, config.sending.holidays
        )
    )
    q = quote_fees(
        inv.balance or inv.amount,
        inv.due_date,
        on,
        business=client.business,
        statutory_interest=fees.statutory_interest,
        fixed_compensation=fees.fixed_compensation,
        flat=fees.flat,
        percent=fees.percent,
        late_fee_steps=1,
        ecb_rate=fees.ecb_rate,
        law=law,
    )
    lines = fee_lines(q, language, number=inv.number)
    data = {
        "as_of": on.isoformat(),
        "days_late": q.days_late,
        "interest": q.interest.plain(),
        "compensation": q.compensation.plain(),
        "total_due": q.total_due.plain(),
        "periods": [
            {
                "from": p.start.isoformat(),
                "to": p.end.isoformat(),
                "days": p.days,
                "principal": p.principal.plain(),
                "annual_rate": str(p.annual_rate),
                "interest": p.interest.plain(),
            }
            for p in q.periods
        ],
        "lines": lines,
    }
    return "\n".join(lines or ["(no statutory interest applies)"]) + "\n", data


def cmd_evidence(args: argparse.Namespace) -> int:
    import json

    from mailduns.service.evidence import EvidenceItem, TimelineEntry, verify_manifest, write_pack

    config = _load(args)
    store = Store(config.state.path)
    inv = _find_invoice(store, args.invoice)
    now = _parse_now(args.now) if args.now else SystemClock().now()
    language = inv.language or config.owner.language
    items: list[EvidenceItem] = []
    timeline: list[TimelineEntry] = [TimelineEntry(inv.sent_at, "invoice sent", inv.subject)]
    events = store.events(inv.id)
    for ev in events:
        timeline.append(TimelineEntry(ev.at, ev.kind, ev.detail))
    for item in store.outbox():
        if item.invoice_id != inv.id or item.status != "sent":
            continue
        name = f"{(item.sent_at or item.created_at):%Y%m%d-%H%M%S}-{item.step or item.kind}.eml"
        ev_item = EvidenceItem(
            "letters",
            name,
            item.raw,
            f"letter as sent ({item.step or item.kind})",
            item.sent_at,
            {
                **_eml_facts(item.raw),
                "accepted by SMTP server at": (item.sent_at.isoformat() if item.sent_at else ""),
            },
        )
        items.append(ev_item)
        timeline.append(
            TimelineEntry(
                item.sent_at or item.created_at,
                f"letter sent ({item.step or item.kind})",
                item.message_id,
                ev_item.path,
            )
        )
    for n in notices_for(store, inv.id):
        pdf = EvidenceItem(
            "letters",
            f"{n.step}-{n.channel}.pdf",
            n.pdf,
            f"formal notice ({n.channel}) PDF",
            n.sent_at or n.created_at,
        )
        items.append(pdf)
        if n.eml is not None:
            eml = EvidenceItem(
                "letters",
                f"{n.step}-{n.channel}.eml",
                n.eml,
                f"formal notice as sent ({n.channel})",
                n.sent_at,
                {
                    **_eml_facts(n.eml),
                    "accepted by SMTP server at": n.sent_at.isoformat() if n.sent_at else "",
                },
            )
            items.append(eml)
            timeline.append(
                TimelineEntry(
                    n.sent_at or n.created_at,
                    f"formal notice sent by {n.channel.upper()}",
                    n.message_id,
                    eml.path,
                )
            )
        if n.posted_on is not None:
            timeline.append(
                TimelineEntry(
                    datetime.combine(n.posted_on, datetime.min.time(), tzinfo=config.owner.tz),
                    "formal notice posted",
                    f"deadline {n.deadline}",
                    pdf.path,
                )
            )
        if n.negotiation_until is not None:
            timeline.append(
                TimelineEntry(
                    datetime.combine(n.negotiation_until, datetime.min.time(), tzinfo=config.owner.tz),
                    "negotiation period ends (LO 1/2025, 30 days)",
                    "",
                )
            )
        for r in receipts_for(store, n.id):
            item_r = EvidenceItem(
                "pec",
                f"{r.certified_at or r.received_at:%Y%m%d-%H%M%S}-{r.tipo}.eml",
                r.raw,
                f"PEC receipt: {r.tipo}",
                r.certified_at,
                {
                    "refers to": r.refers_to or "",
                    "recipient": r.recipient or "",
                    "certified at": r.certified_at.isoformat() if r.certified_at else "",
                    **({"reason": r.reason} if r.reason else {}),
                },
            )
            items.append(item_r)
            parsed = read_pec(r.raw)
            if parsed is not None and parsed.daticert_xml is not None:
                items.append(
                    EvidenceItem(
                        "pec",
                        f"{r.certified_at or r.received_at:%Y%m%d-%H%M%S}-{r.tipo}-daticert.xml",
                        parsed.daticert_xml,
                        f"daticert.xml of {r.tipo}",
                    )
                )
            timeline.append(
                TimelineEntry(
                    r.certified_at or r.received_at,
                    f"PEC: {r.tipo}",
                    r.reason or (r.recipient or ""),
                    item_r.path,
                )
            )
    if not args.offline:
        wanted = [m for m in ([inv.message_id] + [ev.message_id for ev in events]) if m]
        try:
            found = _fetch_by_message_id(
                config.imap, [inv.folder or "Sent", config.imap.inbox, config.imap.paid], wanted
            )
        except Exception as exc:  # noqa: BLE001 - the pack is still useful without the mailbox
            print(
                f"note: could not fetch from the mailbox ({exc}); the pack has what the state keeps",
                file=sys.stderr,
            )
            found = {}
        if inv.message_id and inv.message_id in found:
            raw = found.pop(inv.message_id)
            items.append(
                EvidenceItem(
                    "invoice", "invoice.eml", raw, "the invoice mail as sent", inv.sent_at, _eml_facts(raw)
                )
            )
            for name, data in _attachments(raw):
                items.append(
                    EvidenceItem("invoice", name, data, "attached to the invoice mail (e-invoice / PDF)")
                )
        for mid, raw in found.items():
            kind = next((ev.kind for ev in events if ev.message_id == mid), "message")
            items.append(
                EvidenceItem(
                    "replies",
                    f"{kind}-{len(items)}.eml",
                    raw,
                    f"client message ({kind})",
                    None,
                    _eml_facts(raw),
                )
            )
    interest = _interest(config, store, inv, now.astimezone(config.owner.tz).date(), language)
    if interest is not None:
        text, computed = interest
        items.append(
            EvidenceItem("computation", "interest.txt", text.encode(), "statutory interest, line by line")
        )
        items.append(
            EvidenceItem(
                "computation",
                "interest.json",
                (json.dumps(computed, indent=2, ensure_ascii=False) + "\n").encode(),
                "statutory interest, as data",
            )
        )
    summary = {
        "invoice": inv.number,
        "client": f"{inv.client_name or ''} <{inv.client_email or ''}>".strip(),
        "amount": inv.amount.plain() + " " + inv.amount.currency if inv.amount else "unknown",
        "issued": inv.issue_date.isoformat() if inv.issue_date else "unknown",
        "due": inv.due_date.isoformat(),
        "state": inv.state,
        "why": inv.why,
        "creditor": f"{config.owner.name} <{config.owner.email}>",
    }
    out = write_pack(
        Path(args.out).expanduser(),
        title=f"Evidence: invoice {inv.number}",
        summary=summary,
        items=items,
        timeline=timeline,
        made_at=now,
    )
    problems = verify_manifest(out)
    if problems:
        print("the pack does not verify: " + "; ".join(problems), file=sys.stderr)
        return 1
    print(f"{out}: {len(items)} files, timeline of {len(timeline)} entries, manifest verified")
    return 0
