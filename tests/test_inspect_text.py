"""`mailduns inspect` without --json speaks in sentences: no Python values, a credit note is called one,
no "language: ?" for every e-invoice, and an invoice with nothing to pay says it is never chased."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailduns.cli.main import main
from tests.test_einvoice_fatturapa import body, fattura_xml


def _inspect(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str) -> str:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert main(["inspect", str(path)]) == 0
    return capsys.readouterr().out


def _clean(out: str) -> None:
    for bad in ("None", "True", "False", "language: ?", "{'"):
        assert bad not in out, out


def test_an_einvoice_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _inspect(tmp_path, capsys, "IT01234567890_00001.xml", fattura_xml(body()))
    _clean(out)
    assert "invoice 12/2026: from the FatturaPA e-invoice, amount 1220.00 EUR, issued 2026-11-02" in out
    assert "no due date found" in out and "to ACME S.r.l." in out


def test_a_credit_note_is_not_called_an_invoice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    linked = "<DatiFattureCollegate><IdDocumento>12/2026</IdDocumento></DatiFattureCollegate>"
    out = _inspect(
        tmp_path,
        capsys,
        "IT01234567890_00002.xml",
        fattura_xml(body("NC1/2026", kind="TD04", linked=linked, total="122.00")),
    )
    _clean(out)
    assert ": credit note" in out.splitlines()[0]
    assert "credit note NC1/2026 for invoice 12/2026" in out and "  invoice" not in out


def test_nothing_to_pay_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _inspect(
        tmp_path,
        capsys,
        "IT01234567890_00003.xml",
        fattura_xml(body("7/2026", total="0.00", summary=(("0.00", "0.00"),))),
    )
    _clean(out)
    assert "nothing to pay: mailduns never sends a reminder for it" in out


def test_a_bounce_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dsn = (
        "From: MAILER-DAEMON@mx.example\r\nTo: alessandra@example.it\r\nSubject: Undelivered Mail Returned "
        "to Sender\r\nAuto-Submitted: auto-replied\r\nContent-Type: text/plain\r\n\r\nThis is the mail system."
        "\r\n\r\n<amm@acme.example>: host mx.acme.example said: 550 5.1.1 User unknown\r\n"
    )
    out = _inspect(tmp_path, capsys, "bounce.eml", dsn)
    _clean(out)
    assert out.splitlines()[0] == "bounce.eml: delivery failure report (in English)"
    assert "not delivered to amm@acme.example; a permanent failure" in out
