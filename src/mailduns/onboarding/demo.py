"""`mailduns demo`: the whole product on a throw-away local mailbox, ~40 simulated days in seconds.

A real Dovecot and SMTP server are started on loopback; the freelancer's Sent folder is seeded with
invoices in Italian, Spanish and English (and one old one), clients answer on some days, and the
daemon runs one cycle per simulated morning with `run --once --now`. What it prints is the timeline
of what was sent and why, then `status`.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from mailduns.onboarding.devrig import MailRig, dovecot_available

ROME = ZoneInfo("Europe/Rome")
OWNER = "alessandra"
CLIENTS = {"acme": "Acme Srl", "iberia": "Ibérica Diseño SL", "globex": "Globex Ltd"}


def _mail(
    frm: str,
    to: str,
    subject: str,
    body: str,
    when: datetime,
    *,
    reply_to_id: str | None = None,
    message_id: str | None = None,
    from_name: str = "",
) -> EmailMessage:
    m = EmailMessage()
    m["From"] = f"{from_name} <{frm}>" if from_name else frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = message_id or make_msgid(domain="example.test")
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    m.set_content(body)
    return m


def seed_invoices(rig: MailRig) -> dict[str, str]:
    """Invoices as a freelancer sends them from Thunderbird; returns their Message-IDs."""
    owner = rig.address(OWNER)
    ids: dict[str, str] = {}
    invoices = [
        (
            "old",
            "acme",
            "Fattura 3/2026",
            (
                "Buongiorno,\nin allegato la fattura 3/2026.\nTotale: 610,00 €\n"
                "Scadenza: 31/03/2026\n\nAlessandra"
            ),
            datetime(2026, 3, 1, 11, 0, tzinfo=ROME),
        ),
        (
            "acme",
            "acme",
            "Fattura 12/2026",
            (
                "Buongiorno,\nvi invio la fattura 12/2026 per lo sviluppo del sito.\n"
                "Totale: 1.220,00 €\nScadenza: 02/12/2026\nIBAN IT60 X054 2811 1010 0000 0123 456\n\nCordiali saluti,\n"
                "Alessandra Rossi"
            ),
            datetime(2026, 11, 2, 15, 30, tzinfo=ROME),
        ),
        (
            "iberia",
            "iberia",
            "Factura 2026/7",
            (
                "Hola,\nadjunto la factura 2026/7 por la traducción.\n"
                "Importe total: 850,00 €\nVencimiento: 05/12/2026\n\nUn saludo,\nAlessandra Rossi"
            ),
            datetime(2026, 11, 5, 10, 0, tzinfo=ROME),
        ),
        (
            "globex",
            "globex",
            "Invoice INV-0042",
            (
                "Hello,\nplease find invoice INV-0042 for the October work.\n"
                "Amount due: €2,400.00\n\nKind regards,\nAlessandra Rossi"
            ),
            datetime(2026, 11, 10, 9, 15, tzinfo=ROME),
        ),
    ]
    for key, client, subject, body, when in invoices:
        m = _mail(
            owner,
            f"{CLIENTS[client]} <{rig.address(client)}>",
            subject,
            body,
            when,
            from_name="Alessandra Rossi",
        )
        ids[key] = str(m["Message-ID"])
        rig.append(OWNER, "Sent", m.as_bytes(), when=when)
    return ids


def run_demo(
    main: Callable[[list[str]], int],
    format_status: Callable[[list[dict[str, Any]]], str],
    *,
    days: int = 40,
    keep: bool = False,
) -> int:
    """`main` and `format_status` are the command line's, passed in by `mailduns demo`: the demo
    drives the real CLI without the onboarding layer importing the CLI that imports it."""
    if not dovecot_available():
        print("The demo needs Dovecot: sudo apt-get install dovecot-imapd dovecot-lmtpd")
        return 1
    work = Path(tempfile.mkdtemp(prefix="mailduns-demo-"))
    rig = MailRig(users=(OWNER, *CLIENTS), root=work / "rig")
    rig.start()
    try:
        config = work / "config.toml"
        config.write_text(rig.config_toml(OWNER, work / "state.db", since="2026-10-01"))
        config.chmod(0o600)  # it holds a (demo) password
        ids = seed_invoices(rig)
        start = datetime(2026, 11, 25, 10, 0, tzinfo=ROME)
        owner = rig.address(OWNER)
        # What the clients do, by day number.
        events: dict[int, tuple[str, Callable[[datetime], EmailMessage]]] = {
            12: (
                "iberia",
                lambda when: _mail(
                    rig.address("iberia"),
                    owner,
                    "Re: Factura 2026/7",
                    "Hola Alessandra,\nhemos realizado la transferencia esta mañana.\nSaludos,\nMarta\n\n"
                    "El 5 nov 2026, Alessandra Rossi escribió:\n> adjunto la factura",
                    when,
                    reply_to_id=ids["iberia"],
                ),
            ),
            14: (
                "bank",
                lambda when: _mail(
                    "avisos@banco.example",
                    owner,
                    "Transferencia recibida",
                    "Has recibido una transferencia de 850,00 EUR.\nOrdenante: Ibérica "
                    "Diseño SL\nConcepto: Factura 2026/7\n",
                    when,
                ),
            ),
            16: (
                "globex",
                lambda when: _mail(
                    rig.address("globex"),
                    owner,
                    "Re: Invoice INV-0042",
                    "Hi Alessandra,\nsorry for the delay, we will pay by January 8, 2027.\nBest,\nJohn",
                    when,
                    reply_to_id=ids["globex"],
                ),
            ),
        }
        print(
            f"mailduns demo — mailbox {owner} on a local Dovecot (port {rig.imap_port}); "
            f"simulating {days} days from {start.date()}\n"
        )
        for day in range(days):
            now = start + timedelta(days=day)
            if day in events:
                who, make = events[day]
                msg = make(now - timedelta(hours=2))
                rig.deliver(msg.as_bytes(), owner)
                print(f'{now:%Y-%m-%d}  ✉ {who} writes: "{msg["Subject"]}"')
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                code = main(["--config", str(config), "run", "--once", "--now", now.isoformat()])
            if code != 0:
                print(out.getvalue())
                return code
            for line in out.getvalue().splitlines():
                if line.strip() and "nothing to do" not in line:
                    print(f"{now:%Y-%m-%d}  {line.split('  ', 1)[-1]}")
        print("\nWhat the clients received (the first lines of each letter):")
        for client, client_name in CLIENTS.items():
            raws = rig.fetch_all(client, "INBOX")
            print(f"\n  {client_name}: {len(raws)} message(s)")
            for raw in raws:
                print(_letter(raw))
        notes = [r for r in rig.fetch_all(OWNER, "INBOX") if _tag(r).startswith(("notice", "digest"))]
        print(f"\nWhat mailduns told you, {len(notes)} note(s) in your inbox (never seen by clients):")
        for raw in notes:
            print(_letter(raw, lines=30 if _tag(raw).startswith("notice") else 8))
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            main(
                [
                    "--config",
                    str(config),
                    "status",
                    "--json",
                    "--now",
                    (start + timedelta(days=days)).isoformat(),
                ]
            )
        print("\nmailduns status:\n" + format_status(json.loads(out.getvalue())))
        print(
            f"\nCopies of every reminder are in {OWNER}'s Sent folder "
            f"({len(rig.fetch_all(OWNER, 'Sent'))} messages there now)."
        )
        end = (start + timedelta(days=days)).isoformat()
        if keep:
            print(
                f"\nThe demo's state is kept in {work}. Look at it with the usual commands:\n"
                f"  mailduns --config {config} status --now {end}\n"
                f"  mailduns --config {config} log\n"
                f"  mailduns --config {config} preview 12/2026 --now {end}\n"
                f"  mailduns --config {config} clients"
            )
        else:
            print(
                "\nRun `mailduns demo --keep` to keep the demo's state and look at it with "
                "`mailduns status`, `log` and `preview` afterwards."
            )
        return 0
    finally:
        rig.stop()
        if keep:
            print(f"demo files kept in {work}")
        else:
            import shutil

            shutil.rmtree(work, ignore_errors=True)


def _parse(raw: bytes) -> EmailMessage:
    from email import message_from_bytes
    from email.policy import default

    m = message_from_bytes(raw, policy=default)
    assert isinstance(m, EmailMessage)
    return m


def _tag(raw: bytes) -> str:
    return str(_parse(raw)["X-Mailduns"] or "")


def _letter(raw: bytes, lines: int = 8) -> str:
    """A letter as the demo shows it: its subject, then its first lines of text, indented."""
    m = _parse(raw)
    part = m.get_body(("plain",))
    text = str(part.get_content()) if part is not None else ""
    shown = [line for line in text.replace("\r\n", "\n").split("\n")]
    while shown and not shown[-1].strip():
        shown.pop()
    more = len(shown) > lines
    body = "\n".join(f"      | {line}".rstrip() for line in shown[:lines]) + ("\n      | …" if more else "")
    return f"    - {m['Subject']}  ({m['X-Mailduns'] or 'not from mailduns'})\n{body}"
