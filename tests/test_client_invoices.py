"""Invoices as real mail clients send them (issue 13): Thunderbird, Apple Mail, Outlook.

Each fixture is built byte for byte in the structure that client writes (observed headers and MIME
layout): Thunderbird's format=flowed text and RFC 2231 file names that Dovecot joins from their
continuations; Apple Mail's inline PDF inside multipart/mixed next to a multipart/alternative; Outlook's
windows-1252 text labelled iso-8859-1 with quoted-printable. The subjects do not always say "Fattura":
the invoice must be found from the attachment's name, read from BODYSTRUCTURE before any body is
fetched, and its facts from the PDF itself.
"""

from __future__ import annotations

import base64
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.mail.imap import _attachment_names
from mailduns.onboarding.devrig import MailRig

from .test_e2e import Freelancer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.mailgen import invoice_pdf

ROME = ZoneInfo("Europe/Rome")


def pdf(number: str) -> bytes:
    return invoice_pdf(
        [
            "Alessandra Rossi - Traduzioni",
            f"Fattura n. {number} del 02/11/2026",
            "Cliente: Bob Spa",
            "Totale documento: 1.220,00 EUR",
            "Scadenza pagamento: 02/12/2026",
        ],
        b"\xff\xd8\xff\xd9",
    )


def _b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def thunderbird(owner: str, client: str) -> bytes:
    name = (
        "Fattura%20n.%C2%BA%2012%20del%202%20novembre%202026%20%E2%80%93%20traduzioni%20per%20Bob%20Spa.pdf"
    )
    return (
        (
            f"Message-ID: <2f6c1e0a-tb@example.test>\r\nDate: Mon, 2 Nov 2026 15:00:00 +0100\r\nMIME-Version: 1.0\r\n"
            f"User-Agent: Mozilla Thunderbird\r\nContent-Language: it\r\nTo: Bob Spa <{client}>\r\n"
            f"From: Alessandra Rossi <{owner}>\r\nSubject: Documenti di novembre\r\n"
            'Content-Type: multipart/mixed;\r\n boundary="------------0Hq2r8u1fJw3sHcD9ZKpLQ"\r\n\r\n'
            "This is a multi-part message in MIME format.\r\n--------------0Hq2r8u1fJw3sHcD9ZKpLQ\r\n"
            "Content-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            "Buongiorno,\r\n\r\nvi invio i documenti di novembre, come d'accordo. Per qualsiasi \r\n"
            "domanda sono a disposizione.\r\n\r\nAlessandra\r\n\r\n--------------0Hq2r8u1fJw3sHcD9ZKpLQ\r\n"
            f"Content-Type: application/pdf;\r\n name*0*=UTF-8''{name[:60]};\r\n name*1*={name[60:]}\r\n"
            f"Content-Disposition: attachment;\r\n filename*0*=UTF-8''{name[:60]};\r\n filename*1*={name[60:]}\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n"
        ).encode()
        + _b64(pdf("12/2026"))
        + b"\r\n--------------0Hq2r8u1fJw3sHcD9ZKpLQ--\r\n"
    )


def apple_mail(owner: str, client: str) -> bytes:
    return (
        (
            f"From: Alessandra Rossi <{owner}>\r\nContent-Type: multipart/mixed;\r\n"
            '\tboundary="Apple-Mail=_5B1A2C3D-0E4F-4A5B-8C6D-7E8F9A0B1C2D"\r\nMime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))\r\n'
            f"Subject: Fattura novembre\r\nMessage-Id: <AB12CD34-apple@example.test>\r\nDate: Mon, 2 Nov 2026 15:05:00 +0100\r\n"
            f"To: Bob Spa <{client}>\r\nX-Mailer: Apple Mail (2.3774.600.62)\r\n\r\n\r\n"
            "--Apple-Mail=_5B1A2C3D-0E4F-4A5B-8C6D-7E8F9A0B1C2D\r\nContent-Transfer-Encoding: 7bit\r\n"
            "Content-Type: text/plain;\r\n\tcharset=us-ascii\r\n\r\nBuongiorno, ecco la fattura di novembre.\r\n\r\n\r\n"
            "--Apple-Mail=_5B1A2C3D-0E4F-4A5B-8C6D-7E8F9A0B1C2D\r\nContent-Disposition: inline;\r\n"
            "\tfilename=Fattura_13_2026.pdf\r\nContent-Type: application/pdf;\r\n\tx-unix-mode=0644;\r\n"
            '\tname="Fattura_13_2026.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        ).encode()
        + _b64(pdf("13/2026"))
        + (
            b"\r\n--Apple-Mail=_5B1A2C3D-0E4F-4A5B-8C6D-7E8F9A0B1C2D\r\nContent-Transfer-Encoding: 7bit\r\n"
            b"Content-Type: text/plain;\r\n\tcharset=us-ascii\r\n\r\n\r\nAlessandra\r\n\r\n"
            b"--Apple-Mail=_5B1A2C3D-0E4F-4A5B-8C6D-7E8F9A0B1C2D--\r\n"
        )
    )


def outlook(owner: str, client: str) -> bytes:
    return (
        f"From: Alessandra Rossi <{owner}>\r\nTo: Bob Spa <{client}>\r\nSubject: Fattura 14/2026\r\n"
        "Date: Mon, 2 Nov 2026 15:10:00 +0100\r\nMessage-ID: <VI1PR0701MB2686outlook@example.test>\r\n"
        "Content-Language: it-IT\r\nX-MS-Has-Attach: \r\nMIME-Version: 1.0\r\n"
        'Content-Type: text/plain; charset="iso-8859-1"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
        "Buongiorno,=0D\r\n=0D\r\nin allegato la fattura n. 14/2026 per le attivit=E0 di novembre.=0D\r\n"
        "Importo: =80 1.220,00 - scadenza 02/12/2026=0D\r\n=0D\r\nCordiali saluti=0D\r\nAlessandra Rossi\r\n"
    ).encode()


def test_rfc2231_names_from_bodystructure_are_decoded() -> None:
    structure = (
        (b"text", b"plain", (b"charset", b"UTF-8"), None, None, b"7bit", 21, 2, None, None, None, None),
        (
            b"application",
            b"pdf",
            (b"name*", b"UTF-8''Factura%20n.%C2%BA%207.pdf"),
            None,
            None,
            b"base64",
            12,
            None,
            (b"attachment", (b"filename*", b"ISO-8859-1''Fattura%20attivit%E0.pdf")),
            None,
            None,
        ),
        b"mixed",
        (b"boundary", b"x"),
        None,
        None,
        None,
    )
    assert _attachment_names(structure) == ["Factura n.º 7.pdf", "Fattura attività.pdf"]


def test_invoices_from_thunderbird_apple_mail_and_outlook_are_followed(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    owner, client = f.owner, rig.address("bob")
    for maker in (thunderbird, apple_mail, outlook):
        rig.append("alice", "Sent", maker(owner, client), when=datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-11-25T10:00+01:00")
    rows = f.status()
    assert sorted(rows) == ["12/2026", "13/2026", "14/2026"], rows
    for row in rows.values():
        assert (row["amount"], row["due_date"], row["client_email"]) == ("1220.00", "2026-12-02", client), row
