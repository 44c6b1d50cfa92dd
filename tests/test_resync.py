"""Issue 8's sync guarantees against a real Dovecot: a folder rebuilt on the server (new UIDVALIDITY) is
re-read without duplicating invoices or undoing their state, and a keyword set in the mail client is seen
from the flags alone, without reading any message body again."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.cli.main import templates_for
from mailduns.core.clock import FixedClock
from mailduns.settings.config import load_config
from mailduns.onboarding.devrig import MailRig
from mailduns.service.engine import CycleReport, Engine
from mailduns.store.db import Store

from .test_e2e import INVOICE_BODY, Freelancer, reminders

ROME = ZoneInfo("Europe/Rome")


def test_a_rebuilt_sent_folder_is_reread_without_duplicates(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.send_invoice(
        "Fattura 13/2026", "Totale: 300,00 €\nScadenza: 04/12/2026", datetime(2026, 11, 4, tzinfo=ROME)
    )
    f.run("2026-11-25T10:00+01:00")
    code, _ = f.cli("paid", "13/2026")
    assert code == 0
    before = f.status()

    # The provider rebuilds Sent (a migration, a restore): same messages, new UIDVALIDITY, new UIDs.
    c = rig.imap("alice")
    old_validity = c.folder_status("Sent", [b"UIDVALIDITY"])[b"UIDVALIDITY"]
    c.select_folder("Sent")
    raws = [d[b"BODY[]"] for d in c.fetch(c.search(["ALL"]), [b"BODY.PEEK[]"]).values()]
    c.close_folder()
    c.delete_folder("Sent")
    c.create_folder("Sent")
    for raw in raws:
        c.append("Sent", raw, flags=(b"\\Seen",))
    assert c.folder_status("Sent", [b"UIDVALIDITY"])[b"UIDVALIDITY"] != old_validity
    c.logout()

    out = f.run("2026-11-26T10:00+01:00")
    assert "UIDVALIDITY changed" in out
    after = f.status()
    assert sorted(after) == sorted(before) == ["12/2026", "13/2026"]  # no invoice twice
    assert after["13/2026"]["state"] == "paid"  # what the owner said still holds
    assert after["12/2026"]["state"] == "open"

    f.run("2026-12-07T10:00+01:00")  # and the ladder goes on, once
    f.run("2026-12-07T11:00+01:00")
    assert len(reminders(rig, "bob")) == 1


def test_a_keyword_set_in_the_mail_client_is_seen_without_reading_bodies(
    rig: MailRig, tmp_path: Path
) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    config = load_config(f.config)
    now = datetime(2026, 11, 25, 10, tzinfo=ROME)

    def cycle() -> CycleReport:
        engine = Engine(config, Store(f.state), FixedClock(now), templates_for(config), dry_run=False)
        try:
            return asyncio.run(engine.cycle())
        finally:
            asyncio.run(engine.disconnect())
            engine.store.close()

    assert cycle().fetched == 1  # the first cycle reads the invoice
    assert cycle().fetched == 0  # nothing new: nothing read
    c = rig.imap("alice")
    c.select_folder("Sent")
    c.add_flags(c.search(["SUBJECT", "Fattura 12/2026"]), [b"$Paid"])
    c.logout()
    report = cycle()
    assert report.fetched == 0  # the flag came from FETCH FLAGS (MODSEQ moved), no body
    assert f.status()["12/2026"]["state"] == "paid"
