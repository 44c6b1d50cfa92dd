"""Mail as Outlook writes it (issue 13, findings 5 and 6).

Outlook labels Windows-1252 text "iso-8859-1": the euro sign is byte 0x80, which ISO-8859-1 maps to an
invisible control character. Mail clients and browsers follow the WHATWG Encoding Standard and decode
that label (and "us-ascii") as windows-1252; so do we. Outlook also quotes without ">": a
"Da:/Inviato:/A:/Oggetto:" block, which must not reach the freelancer's note.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.core.money import Money
from mailduns.onboarding.devrig import MailRig
from mailduns.reading import read_message
from mailduns.reading.mime import decode_bytes

from .test_e2e import Freelancer, messages

ROME = ZoneInfo("Europe/Rome")

OUTLOOK_INVOICE = (
    b"From: Alessandra Rossi <alessandra@example.it>\r\n"
    b"To: Bob Spa <bob@example.test>\r\n"
    b"Subject: Fattura 12/2026\r\n"
    b"Date: Mon, 2 Nov 2026 15:00:00 +0100\r\n"
    b"Message-ID: <outlook-1@example.it>\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: text/plain; charset="iso-8859-1"\r\n'
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"Buongiorno,\r\nin allegato la fattura n. 12/2026 per le attivit=E0 di novembre.\r\n"
    b"Totale: =80 1.220,00\r\nScadenza: 02/12/2026\r\n\r\nCordiali saluti\r\nAlessandra\r\n"
)


def test_iso_8859_1_label_is_read_as_windows_1252() -> None:
    facts = read_message(OUTLOOK_INVOICE)
    assert facts.kind == "invoice"
    (inv,) = facts.invoices
    assert inv.amount == Money.of("1220.00", "EUR")


def test_labels_follow_the_whatwg_encoding_standard() -> None:
    problems: list[str] = []
    assert decode_bytes(b"\x80 10 \x93ok\x94", "iso-8859-1", problems, "body") == "€ 10 “ok”"
    assert decode_bytes(b"\x80 10", "us-ascii", problems, "body") == "€ 10"
    assert decode_bytes(b"caff\xe8", "latin1", problems, "body") == "caffè"
    assert decode_bytes("perché".encode(), "iso-8859-1", problems, "body") == "perché"  # UTF-8 mislabelled
    assert decode_bytes(b"\x81", "windows-1252", problems, "body") == "\x81"  # undefined byte kept


def test_outlook_quote_block_is_not_copied_into_the_owner_note(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    inv = f.send_invoice(
        "Fattura 12/2026",
        "Totale: 1.220,00 €\nScadenza: 02/12/2026",
        datetime(2026, 11, 2, 15, 0, tzinfo=ROME),
    )
    f.run("2026-11-25T10:00+01:00")
    reply = (
        f"From: Bob <{rig.address('bob')}>\r\nTo: {f.owner}\r\nSubject: R: Fattura 12/2026\r\n"
        f"Date: Thu, 26 Nov 2026 09:00:00 +0100\r\nMessage-ID: <r1@example.test>\r\n"
        f"In-Reply-To: {inv['Message-ID']}\r\nReferences: {inv['Message-ID']}\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=windows-1252\r\n\r\n"
        "Buongiorno, potrebbe inviarmi i dati per il bonifico? Grazie\r\n\r\n"
        "Da: Alessandra Rossi <alessandra@example.it>\r\nInviato: luned\xec 2 novembre 2026 15:00\r\n"
        "A: Bob <bob@example.test>\r\nOggetto: Fattura 12/2026\r\n\r\n"
        "Buongiorno,\r\nin allegato la fattura. RIGA-DEL-MESSAGGIO-ORIGINALE\r\nTotale: 1.220,00 €\r\n"
    ).encode("cp1252")
    rig.deliver(reply, f.owner)
    f.run("2026-11-26T10:00+01:00")
    notes = [m for m in messages(rig, "alice", "INBOX") if (m["X-Mailduns"] or "").startswith("notice")]
    assert notes, "the owner was told about the reply"
    text = notes[-1].get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "potrebbe inviarmi i dati per il bonifico" in text
    assert "RIGA-DEL-MESSAGGIO-ORIGINALE" not in text and "Inviato:" not in text
