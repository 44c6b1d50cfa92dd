"""Bounces: whether the failure is final (`permanent`) and why (`reason`), for DSNs, the common
non-standard bounces and PEC delivery errors; the corpus's real bounces are checked against their labels."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from mailduns.reading import read_message

OWNER = "alessandra@example.it"


def dsn(
    action: str,
    status: str,
    diagnostic: str = "",
    text: str = "Delivery report.",
    subject: str = "Delivery Status Notification",
) -> bytes:
    diag = f"Diagnostic-Code: {diagnostic}\n" if diagnostic else ""
    return (
        f"From: Mail Delivery System <MAILER-DAEMON@mx.example.it>\nTo: {OWNER}\nSubject: {subject}\n"
        "Date: Mon, 30 Nov 2026 09:00:05 +0100\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="R"\n\n'
        f"--R\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
        "--R\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.it\n\n"
        f"Final-Recipient: rfc822; mario@acme.it\nAction: {action}\nStatus: {status}\n{diag}"
        "--R\nContent-Type: text/rfc822-headers\n\nSubject: Fattura 12/2026\nTo: mario@acme.it\n--R--\n"
    ).encode()


def plain(frm: str, subject: str, body: str, headers: str = "") -> bytes:
    return (
        f"From: {frm}\nTo: {OWNER}\nSubject: {subject}\nDate: Mon, 30 Nov 2026 09:00:05 +0100\n"
        f"{headers}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{body}"
    ).encode()


@pytest.mark.parametrize(
    ("raw", "permanent", "reason"),
    [
        (
            dsn(
                "failed", "5.1.1", "smtp; 550 5.1.1 <mario@acme.it>: Recipient address rejected: User unknown"
            ),
            True,
            "550 5.1.1 <mario@acme.it>: Recipient address rejected: User unknown",
        ),
        (
            dsn("delayed", "4.4.1", "smtp; 451 4.4.1 Connection timed out", "Delivery delayed."),
            False,
            "451 4.4.1 Connection timed out",
        ),
        (dsn("failed", "5.2.2"), True, "5.2.2 mailbox full"),
        # a DSN without Action: the Status class decides
        (dsn("", "4.2.0"), False, "4.2.0 mailbox problem"),
        # a long diagnostic folded over lines is one short line
        (
            dsn(
                "failed",
                "5.7.1",
                "smtp; 550 5.7.1 Message rejected by policy because the sending domain\n "
                "has no valid SPF record and " + "the organisation's filtering rules " * 8,
            ),
            True,
            None,
        ),
    ],
)
def test_dsn(raw: bytes, permanent: bool, reason: str | None) -> None:
    facts = read_message(raw)
    assert facts.kind == "bounce"
    assert facts.reply is not None
    assert facts.reply.permanent is permanent
    assert facts.reply.reason is not None and "\n" not in facts.reply.reason
    assert len(facts.reply.reason) <= 160
    if reason is not None:
        assert facts.reply.reason == reason


NON_STANDARD = [
    # Gmail, delay
    (
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        (
            "This is an automatically generated Delivery Status Notification\n\nTHIS IS A WARNING MESSAGE ONLY.\n\n"
            "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n"
            "     mario@acme.it\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary "
            "failure:\nThe recipient server did not accept our requests to connect.\n"
        ),
        False,
        "mario@acme.it",
    ),
    # Exim, delay
    (
        "Mail Delivery System <Mailer-Daemon@mail.aruba.it>",
        "Warning: message 1kT5-0003 delayed 24 hours",
        (
            "This message was created automatically by mail delivery software.\nA message that you sent has not yet "
            "been delivered to one or more of its recipients after more than 24 hours on the queue on mail.aruba.it.\n\n"
            "  conta@studio-verdi.it\n    Delay reason: SMTP error from remote mail server after RCPT TO:"
            "<conta@studio-verdi.it>:\n    451 4.3.0 Temporary lookup failure\n\nNo action is required on your part. "
            "Delivery attempts will continue for some time.\n"
        ),
        False,
        "conta@studio-verdi.it",
    ),
    # Italian provider, final
    (
        "postmaster@libero.it",
        "Messaggio non recapitabile: Fattura 12/2026",
        "Il messaggio non è stato consegnato ai seguenti destinatari:\n<conta@acme.it>: utente sconosciuto\n",
        True,
        "conta@acme.it",
    ),
    # Spanish provider, final with an SMTP code
    (
        "MAILER-DAEMON@correo.es",
        "Mensaje no entregado: Factura 2026/7",
        (
            "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\n  pagos@empresa.es\n"
            "  Motivo: 550 5.1.1 El buzón no existe\n"
        ),
        True,
        "pagos@empresa.es",
    ),
    # Exchange, final, no code at all
    (
        "Microsoft Outlook <postmaster@globex.com>",
        "Undeliverable: Invoice INV-0042",
        (
            "Delivery has failed to these recipients or groups:\n\nbob@globex.com<mailto:bob@globex.com>\n"
            "The email address you entered couldn't be found.\n"
        ),
        True,
        "bob@globex.com",
    ),
    # mailbox full reported as a 4xx: the mail may still arrive
    (
        "MAILER-DAEMON@mx.tiscali.it",
        "Undelivered Mail Returned to Sender",
        (
            "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
            "<anna@tiscali.it>: host mx.tiscali.it said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)\n"
        ),
        False,
        "anna@tiscali.it",
    ),
]


@pytest.mark.parametrize(("frm", "subject", "body", "permanent", "failed"), NON_STANDARD)
def test_non_standard_bounces(frm: str, subject: str, body: str, permanent: bool, failed: str) -> None:
    facts = read_message(plain(frm, subject, body))
    assert facts.kind == "bounce"
    assert facts.reply is not None
    assert (facts.reply.failed_recipient, facts.reply.permanent) == (failed, permanent)
    assert facts.reply.reason and "\n" not in facts.reply.reason


def test_reasons_are_the_servers_words() -> None:
    reasons = [read_message(plain(*case[:3])).reply for case in NON_STANDARD]
    assert [r.reason if r else None for r in reasons] == [
        "The recipient server did not accept our requests to connect.",
        "451 4.3.0 Temporary lookup failure",
        "conta@acme.it>: utente sconosciuto",
        "550 5.1.1 El buzón no existe",
        "The email address you entered couldn't be found.",
        "452 4.2.2 Mailbox full (in reply to RCPT TO command)",
    ]


def test_x_failed_recipients_alone_is_permanent_when_the_text_says_nothing() -> None:
    facts = read_message(
        plain(
            "mailer-daemon@x.it",
            "Mail delivery failed",
            "could not deliver",
            headers="X-Failed-Recipients: mario@acme.it\n",
        )
    )
    assert facts.reply is not None and facts.reply.permanent is True


def _pec(receipt: str, error: str) -> bytes:
    daticert = (
        f'<postacert tipo="{receipt}" errore="no-dest"><intestazione><destinatari tipo="esterno">'
        f"pec@pec.acme.it</destinatari></intestazione><dati><consegna>pec@pec.acme.it</consegna>"
        f"<errore-esteso>{error}</errore-esteso></dati></postacert>"
    )
    return (
        f"From: posta-certificata@pec.aruba.it\nTo: {OWNER}\nSubject: AVVISO DI MANCATA CONSEGNA: Fattura 12\n"
        f'X-Ricevuta: {receipt}\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="P"\n\n'
        "--P\nContent-Type: text/plain; charset=utf-8\n\nIl messaggio non è stato consegnato.\n"
        '--P\nContent-Type: application/xml; name="daticert.xml"\nContent-Disposition: attachment; '
        f'filename="daticert.xml"\n\n{daticert}\n--P--\n'
    ).encode()


def test_pec_errors() -> None:
    final = read_message(_pec("errore-consegna", "5.1.1 - Casella inesistente"))
    early = read_message(_pec("preavviso-errore-consegna", "Consegna non avvenuta entro 12 ore"))
    assert (final.kind, early.kind) == ("bounce", "bounce")
    assert final.reply is not None and early.reply is not None
    assert (final.reply.permanent, final.reply.reason) == (True, "5.1.1 - Casella inesistente")
    assert (early.reply.permanent, early.reply.reason) == (False, "Consegna non avvenuta entro 12 ore")
    assert final.reply.failed_recipient == "pec@pec.acme.it"


def test_json_has_permanent_but_not_reason() -> None:
    out = read_message(dsn("delayed", "4.4.1")).to_json("b.eml")
    assert out["reply"]["permanent"] is False
    assert "reason" not in out["reply"]


def test_non_bounces_say_nothing_about_permanence() -> None:
    facts = read_message(
        plain(
            "Mario <mario@acme.it>",
            "Re: Fattura 12/2026",
            "Abbiamo pagato ieri.",
            headers="In-Reply-To: <x@example.it>\n",
        )
    )
    assert facts.reply is not None and (facts.reply.permanent, facts.reply.reason) == (None, None)


# ---- the shared corpus: every labelled bounce ------------------------------------------------------

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_LABELS: dict[str, dict[str, Any]] = (
    tomllib.loads((CORPUS / "labels.toml").read_text(encoding="utf-8"))["files"]
    if (CORPUS / "labels.toml").is_file()
    else {}
)
_BOUNCES = sorted(k for k, v in _LABELS.items() if v.get("kind") == "bounce" and (CORPUS / k).is_file())


def _expected_permanent(label: dict[str, Any]) -> bool | None:
    if label.get("dsn_action") in ("failed", "delayed"):
        return bool(label["dsn_action"] == "failed")
    code = str(label.get("smtp_code") or label.get("dsn_status") or "")
    digit = next((c for c in code if c in "45"), None)
    return None if digit is None else digit == "5"


@pytest.mark.skipif(not _BOUNCES, reason=f"shared mail corpus not found at {CORPUS} (outside the repository)")
@pytest.mark.parametrize("key", _BOUNCES or ["(none)"])
def test_corpus_bounce_permanence_and_reason(key: str) -> None:
    label = _LABELS[key]
    facts = read_message((CORPUS / key).read_bytes())
    assert facts.kind == "bounce" and facts.reply is not None
    expected = _expected_permanent(label)
    if expected is not None:
        assert facts.reply.permanent is expected
    assert facts.reply.permanent is not None  # every real bounce here says whether it is final
    assert facts.reply.reason and "\n" not in facts.reply.reason and len(facts.reply.reason) <= 160
