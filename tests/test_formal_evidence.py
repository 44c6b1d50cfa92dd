"""Formal notice by PEC through the test provider, receipts matched and kept, `posted`, and `evidence`
(the pack verifies; index.html renders in headless Chromium when it is installed)."""

from __future__ import annotations

import json
import shutil
import smtplib
import subprocess
import zipfile
from datetime import date, datetime
from email.policy import SMTP
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailduns.cli.main import main
from mailduns.core.money import Money
from mailduns.letters.compose import InvoiceRef, Templates, default_templates_dir
from mailduns.letters.notice import FormalNotice, NoticeInvoice, Party, compose_pec_notice, render_notice
from mailduns.letters.notice_pdf import notice_pdf
from mailduns.onboarding.devrig import MailRig, dovecot_available
from mailduns.reading.pec import read_pec
from mailduns.service.evidence import verify_manifest
from mailduns.store.db import NewInvoice, Store
from mailduns.store.notices import add_notice, mark_sent, notice, notices_for, record_receipt

from .pecprovider import PecProvider

ROME = ZoneInfo("Europe/Rome")
NOW = datetime(2026, 12, 10, 10, 0, tzinfo=ROME)


@pytest.fixture
def pecrig() -> MailRig:
    if not dovecot_available():
        pytest.skip("Dovecot is not installed: run ./scripts/test.sh, which installs it")
    r = MailRig(users=("alice", "bob", "alicepec", "acmepec"))
    r.start()
    try:
        yield r  # type: ignore[misc]
    finally:
        r.stop()


def _invoice(store: Store) -> int:
    inv = store.add_invoice(
        NewInvoice(
            key="k12",
            number="12/2026",
            message_id="<inv-12@example.test>",
            references=(),
            subject="Fattura 12/2026",
            folder="Sent",
            uidvalidity=1,
            uid=1,
            sent_at=datetime(2026, 9, 2, 9, 0, tzinfo=ROME),
            issue_date=date(2026, 9, 2),
            due_date=date(2026, 10, 2),
            amount=Money.of("1220.00"),
            total=None,
            client_email="bob@example.test",
            client_name="ACME srl",
            recipients=("bob@example.test",),
            cc=(),
            language="it",
            source="fatturapa",
            state="open",
            why="",
        ),
        NOW,
    )
    assert inv is not None
    return inv.id


def _notice(channel: str = "pec", language: str = "it") -> FormalNotice:
    ref = InvoiceRef(
        number="12/2026",
        subject="Fattura 12/2026",
        message_id="<inv-12@example.test>",
        references=(),
        amount=Money.of("1220.00"),
        issue_date=date(2026, 9, 2),
        due_date=date(2026, 10, 2),
        client_name="ACME srl",
        to=("bob@example.test",),
        cc=(),
    )
    return FormalNotice(
        language,
        channel,
        Party("Alessandra Rossi", pec="alicepec@pec.example.test"),
        Party("ACME srl", pec="acme@pec.acme.test"),
        (NoticeInvoice(ref, None),),
        NOW,
    )


def _config(rig: MailRig, pec: PecProvider, tmp: Path) -> Path:
    path = tmp / "config.toml"
    path.write_text(
        rig.config_toml("alice", tmp / "state.db", since="2026-01-01") + pec.config_toml("alicepec")
    )
    return path


def test_pec_notice_receipts_and_evidence(pecrig: MailRig, tmp_path: Path) -> None:
    templates = Templates(default_templates_dir())
    pec = PecProvider(
        pecrig, {"alicepec@pec.example.test": "alicepec", "acme@pec.acme.test": "acmepec"}
    ).start()
    try:
        cfg = _config(pecrig, pec, tmp_path)
        store = Store(tmp_path / "state.db")
        invoice_id = _invoice(store)
        n = _notice()
        pdf = notice_pdf(
            render_notice(templates, n),
            title="Diffida",
            author="Alessandra Rossi",
            language="it",
            created=NOW,
        )
        msg = compose_pec_notice(
            templates, n, pec_from="alicepec@pec.example.test", pec_to=["acme@pec.acme.test"], pdf=pdf
        )
        mid = str(msg["Message-ID"])
        add_notice(
            store,
            invoice_id=invoice_id,
            step="diffida",
            channel="pec",
            language="it",
            message_id=mid,
            recipients=("acme@pec.acme.test",),
            pdf=pdf,
            eml=None,
            deadline_days=15,
            at=NOW,
        )
        raw = msg.as_bytes(policy=SMTP)  # CRLF, as it goes on the wire and is kept
        with smtplib.SMTP("127.0.0.1", pec.port) as s:
            s.login("alicepec", "alicepec-pw")
            s.sendmail("alicepec@pec.example.test", ["acme@pec.acme.test"], raw)
        mark_sent(store, mid, eml=raw, at=NOW)
        # the client's PEC mailbox holds the notice with its PDF, inside the transport envelope
        (envelope,) = pecrig.fetch_all("acmepec", "INBOX")
        env = read_pec(envelope)
        assert env is not None and env.original is not None and b"diffida-12-2026.pdf" in env.original
        # the owner's PEC inbox holds both receipts: read, matched, kept byte for byte
        receipts = pecrig.fetch_all("alicepec", "INBOX")
        for r in receipts:
            parsed = read_pec(r)
            assert parsed is not None
            kept, matched, new = record_receipt(store, r, parsed, at=NOW)
            assert new and matched is not None and kept.raw == r
            assert record_receipt(store, r, parsed, at=NOW)[2] is False  # a second read keeps one copy
        done = notice(store, mid)
        assert done is not None and done.status == "delivered"
        assert done.accepted_at is not None and done.delivered_at is not None
        assert done.deadline == done.delivered_at.date().fromordinal(
            done.delivered_at.date().toordinal() + 15
        )
        store.close()

        out = tmp_path / "pack"
        assert (
            main(
                [
                    "--config",
                    str(cfg),
                    "evidence",
                    "12/2026",
                    "--out",
                    str(out),
                    "--offline",
                    "--now",
                    "2026-12-10T10:00+01:00",
                ]
            )
            == 0
        )
        assert verify_manifest(out) == []
        index = json.loads((out / "index.json").read_text())
        paths = {f["path"] for f in index["files"]}
        assert "letters/diffida-pec.eml" in paths and "letters/diffida-pec.pdf" in paths
        assert any(p.startswith("pec/") and p.endswith("-accettazione.eml") for p in paths)
        assert any(p.endswith("-avvenuta-consegna-daticert.xml") for p in paths)
        assert "computation/interest.txt" in paths
        assert (out / "letters" / "diffida-pec.eml").read_bytes() == raw
        whats = [t["what"] for t in index["timeline"]]
        assert "PEC: accettazione" in whats and "PEC: avvenuta-consegna" in whats
        # tampering is seen
        (out / "computation" / "interest.txt").write_text("changed")
        assert verify_manifest(out) == ["computation/interest.txt: changed"]

        # the same as a zip, fetching the invoice mail from IMAP (not there: the pack says so and goes on)
        z = tmp_path / "pack.zip"
        assert main(["--config", str(cfg), "evidence", "12/2026", "--out", str(z)]) == 0
        assert verify_manifest(z) == []
        with zipfile.ZipFile(z) as zf:
            assert "index.html" in zf.namelist()

        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium:
            fresh = tmp_path / "pack2"
            assert main(["--config", str(cfg), "evidence", "12/2026", "--out", str(fresh), "--offline"]) == 0
            dom = subprocess.run(
                [
                    chromium,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--dump-dom",
                    (fresh / "index.html").as_uri(),
                ],
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            assert dom.returncode == 0, dom.stderr[-2000:]
            assert "Evidence: invoice 12/2026" in dom.stdout and "PEC: avvenuta-consegna" in dom.stdout
            shot = tmp_path / "index.png"
            subprocess.run(
                [
                    chromium,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    f"--screenshot={shot}",
                    "--window-size=1200,900",
                    (fresh / "index.html").as_uri(),
                ],
                capture_output=True,
                timeout=120,
                check=False,
            )
            assert shot.is_file() and shot.stat().st_size > 10_000
    finally:
        pec.stop()


def test_mancata_consegna_is_recorded(pecrig: MailRig, tmp_path: Path) -> None:
    templates = Templates(default_templates_dir())
    with PecProvider(
        pecrig, {"alicepec@pec.example.test": "alicepec", "acme@pec.acme.test": "acmepec"}
    ) as pec:
        pec.fail["acme@pec.acme.test"] = "5.2.2 - casella piena"
        store = Store(tmp_path / "state.db")
        invoice_id = _invoice(store)
        n = _notice()
        pdf = notice_pdf(render_notice(templates, n), title="D", author="A", language="it", created=NOW)
        msg = compose_pec_notice(
            templates, n, pec_from="alicepec@pec.example.test", pec_to=["acme@pec.acme.test"], pdf=pdf
        )
        add_notice(
            store,
            invoice_id=invoice_id,
            step="diffida",
            channel="pec",
            language="it",
            message_id=str(msg["Message-ID"]),
            recipients=("acme@pec.acme.test",),
            pdf=pdf,
            eml=None,
            deadline_days=15,
            at=NOW,
        )
        with smtplib.SMTP("127.0.0.1", pec.port) as s:
            s.login("alicepec", "alicepec-pw")
            s.send_message(msg)
    for r in pecrig.fetch_all("alicepec", "INBOX"):
        parsed = read_pec(r)
        assert parsed is not None
        record_receipt(store, r, parsed, at=NOW)
    (done,) = notices_for(store, invoice_id)
    assert done.status == "failed" and done.failure == "5.2.2 - casella piena"
    assert done.accepted_at is not None and done.delivered_at is None


def test_posted_letter_starts_the_deadline_and_the_spanish_clock(pecrig: MailRig, tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(pecrig.config_toml("alice", tmp_path / "state.db", since="2026-01-01"))
    store = Store(tmp_path / "state.db")
    invoice_id = _invoice(store)
    add_notice(
        store,
        invoice_id=invoice_id,
        step="requerimiento",
        channel="letter",
        language="es",
        message_id="<letter-1@example.test>",
        recipients=(),
        pdf=b"%PDF",
        eml=None,
        deadline_days=15,
        at=NOW,
    )
    store.close()
    now = ["--now", "2026-12-12T09:00+01:00"]
    assert main(["--config", str(cfg), "posted", "12/2026", "2026-12-11", *now]) == 0
    store = Store(tmp_path / "state.db")
    (n,) = notices_for(store, invoice_id)
    assert n.status == "posted" and n.posted_on == date(2026, 12, 11)
    assert n.deadline == date(2026, 12, 26) and n.negotiation_until == date(2027, 1, 10)
    assert any(e.kind == "notice-posted" for e in store.events(invoice_id))
    assert main(["--config", str(cfg), "posted", "12/2026", "2026-12-13", *now]) == 1  # not in the future
    assert main(["--config", str(cfg), "posted", "99/2026"]) != 0
