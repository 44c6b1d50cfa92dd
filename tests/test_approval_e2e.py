"""Issue 17 end to end against Dovecot, acting as a mail client would: letters that wait for approval
in Drafts, the invoice's own files attached, the freelancer's own follow-ups, and the nudges.

alice is the freelancer, bob and carol are clients. The "mail client" below does what Thunderbird or
a phone does: it sends a draft with a new Message-ID (and perhaps edited text), files it in Sent,
delivers it, and deletes the draft.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from email.utils import make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.onboarding.devrig import MailRig

from .conftest import mail
from .test_e2e import INVOICE_BODY, SENDING, Freelancer, messages, reminders

ROME = ZoneInfo("Europe/Rome")
APPROVE = SENDING + (
    '\n[[steps]]\nname = "reminder"\ndays = 5\napprove = true\n'
    '\n[[steps]]\nname = "late_fee"\ndays = 10\nlate_fee = true\n'
)


def drafts(rig: MailRig, user: str = "alice") -> list[tuple[int, EmailMessage, tuple[bytes, ...]]]:
    c = rig.imap(user)
    try:
        c.select_folder("Drafts", readonly=True)
        uids = c.search(["ALL"])
        data = c.fetch(uids, [b"BODY.PEEK[]", b"FLAGS"]) if uids else {}
        return [
            (u, message_from_bytes(data[u][b"BODY[]"], policy=default), tuple(data[u][b"FLAGS"]))  # type: ignore[misc]
            for u in sorted(data)
        ]
    finally:
        c.logout()


def client_sends_draft(
    rig: MailRig,
    uid: int,
    draft: EmailMessage,
    *,
    keep_header: bool = False,
    edit: str = "Aggiungo: grazie per la pazienza.",
) -> EmailMessage:
    """What a mail client does with a draft: a new Message-ID, the edited text, a copy in Sent, the
    delivery, and the draft deleted."""
    sent = EmailMessage()
    for name in ("From", "To", "Cc", "Subject", "In-Reply-To", "References"):
        if draft[name]:
            sent[name] = str(draft[name])
    if keep_header:
        sent["X-Mailduns"] = str(draft["X-Mailduns"])
    sent["Date"] = str(draft["Date"])
    sent["Message-ID"] = make_msgid(domain="thunderbird.example")
    body = draft.get_body(("plain",))
    assert body is not None
    sent.set_content(f"{edit}\n\n{body.get_content()}")
    rig.append("alice", "Sent", sent.as_bytes())
    for rcpt in sent.get_all("To", []) + sent.get_all("Cc", []):
        for addr in str(rcpt).split(","):
            rig.deliver(sent.as_bytes(), addr.strip().split("<")[-1].rstrip(">"))
    delete_draft(rig, uid)
    return sent


def delete_draft(rig: MailRig, uid: int) -> None:
    c = rig.imap("alice")
    try:
        c.select_folder("Drafts")
        c.delete_messages([uid])
        c.expunge()
    finally:
        c.logout()


def events(f: Freelancer) -> list[tuple[str, str]]:
    db = sqlite3.connect(f.state)
    try:
        return [(r[0], r[1]) for r in db.execute("SELECT kind, detail FROM events ORDER BY id")]
    finally:
        db.close()


def test_an_approve_step_waits_in_drafts_and_counts_once_the_mail_client_sends_it(
    rig: MailRig, tmp_path: Path
) -> None:
    f = Freelancer(rig, tmp_path, extra=APPROVE)
    inv = f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-12-07T10:00+01:00")
    f.run("2026-12-07T10:20+01:00")  # a second cycle files nothing twice
    got = drafts(rig)
    assert len(got) == 1
    uid, draft, flags = got[0]
    assert b"\\Draft" in flags
    assert draft["In-Reply-To"] == inv["Message-ID"] and inv["Message-ID"] in draft["References"]
    assert draft["From"].addresses[0].addr_spec == "alice@example.test"
    assert draft["To"].addresses[0].addr_spec == "bob@example.test"
    assert str(draft["X-Mailduns"]).startswith("reminder; invoice=12/2026; step=reminder")
    assert messages(rig, "bob", "INBOX") == [] and rig.smtp_log == []  # nothing to the client
    row = f.status("2026-12-07T10:30+01:00")["12/2026"]
    assert row["awaiting_approval"]["step"] == "reminder" and row["next_step"] == "reminder"
    assert row["next_at"] is None
    code, out = f.cli("status", "--now", "2026-12-07T10:30+01:00")
    assert code == 0 and "Waiting for your approval" in out and "12/2026" in out

    sent = client_sends_draft(rig, uid, draft)
    f.run("2026-12-07T11:00+01:00")
    f.run("2026-12-07T11:30+01:00")
    row = f.status("2026-12-07T12:00+01:00")["12/2026"]
    assert row["awaiting_approval"] is None and row["last_step"] == "reminder"
    assert row["next_step"] == "late_fee" and row["next_at"].startswith("2026-12-12T09:00")
    assert ("approved", "step reminder sent from your mail client") in events(f)
    assert not any(k == "owner-wrote" for k, _d in events(f))  # the approval is no own follow-up
    got_bob = messages(rig, "bob", "INBOX")
    assert [m["Message-ID"] for m in got_bob] == [sent["Message-ID"]]  # only what the mail client sent
    assert rig.smtp_log == [] and drafts(rig) == []
    db = sqlite3.connect(f.state)
    assert db.execute("SELECT status, evidence_id FROM outbox WHERE step = 'reminder'").fetchall() == [
        ("sent", sent["Message-ID"])
    ]
    db.close()
    f.run("2026-12-12T10:00+01:00")  # the next step goes as usual, by SMTP
    assert [m["X-Mailduns"].split("step=")[1] for m in reminders(rig, "bob")] == ["late_fee"]


def test_a_draft_sent_with_our_header_kept_is_still_the_approval(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path, extra=APPROVE)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-12-07T10:00+01:00")
    uid, draft, _ = drafts(rig)[0]
    client_sends_draft(rig, uid, draft, keep_header=True)
    f.run("2026-12-07T11:00+01:00")
    assert f.status("2026-12-07T12:00+01:00")["12/2026"]["awaiting_approval"] is None
    assert len(messages(rig, "bob", "INBOX")) == 1 and rig.smtp_log == []


def test_a_deleted_draft_skips_the_step_and_the_ladder_goes_on(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path, extra=APPROVE)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-12-07T10:00+01:00")
    uid, _draft, _ = drafts(rig)[0]
    delete_draft(rig, uid)
    f.run("2026-12-07T10:05+01:00")  # gone: the Sent copy may still be on its way
    assert f.status("2026-12-07T10:06+01:00")["12/2026"]["awaiting_approval"] is not None
    f.run("2026-12-07T10:30+01:00")  # [sending] evidence_wait_minutes (15) later: skipped
    row = f.status("2026-12-07T10:31+01:00")["12/2026"]
    assert row["awaiting_approval"] is None and row["next_step"] == "late_fee"
    assert ("skipped", "step reminder skipped: its draft was deleted, nothing was sent") in events(f)
    f.run("2026-12-12T10:00+01:00")
    assert [m["X-Mailduns"].split("step=")[1] for m in reminders(rig, "bob")] == ["late_fee"]
    assert drafts(rig) == []


def test_approve_sends_the_draft_as_it_is_and_skip_drops_it(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path, extra=APPROVE)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.send_invoice(
        "Fattura 13/2026",
        INVOICE_BODY.replace("1.220,00", "500,00"),
        datetime(2026, 11, 2, 16, 0, tzinfo=ROME),
        to="carol",
    )
    f.run("2026-12-07T10:00+01:00")
    by_number = {str(d["X-Mailduns"]).split("invoice=")[1].split(";")[0]: d for _u, d, _f in drafts(rig)}
    assert set(by_number) == {"12/2026", "13/2026"}
    code, out = f.cli("approve", "12/2026")
    assert code == 0 and "approved" in out
    code, out = f.cli("skip", "13/2026")
    assert code == 0 and "skipped" in out
    assert f.cli("skip", "13/2026")[0] == 1  # nothing waits any more
    f.run("2026-12-07T10:30+01:00")
    got = reminders(rig, "bob")
    assert [m["Message-ID"] for m in got] == [by_number["12/2026"]["Message-ID"]]
    assert (
        got[0].get_body(("plain",)).get_content() == by_number["12/2026"].get_body(("plain",)).get_content()
    )
    assert messages(rig, "carol", "INBOX") == []
    assert drafts(rig) == []  # both drafts removed
    assert [m["Message-ID"] for m in reminders(rig, "alice", "Sent")] == [by_number["12/2026"]["Message-ID"]]
    rows = f.status("2026-12-07T11:00+01:00")
    assert rows["12/2026"]["awaiting_approval"] is None and rows["13/2026"]["awaiting_approval"] is None
    f.run("2026-12-07T11:00+01:00")
    assert len(reminders(rig, "bob")) == 1 and messages(rig, "carol", "INBOX") == []


def test_a_paid_invoice_takes_its_draft_back(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path, extra=APPROVE)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-12-07T10:00+01:00")
    assert len(drafts(rig)) == 1
    assert f.cli("paid", "12/2026")[0] == 0
    f.run("2026-12-07T10:30+01:00")
    assert drafts(rig) == [] and messages(rig, "bob", "INBOX") == []


def test_your_own_follow_up_in_the_thread_delays_the_next_step(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    inv = f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-12-03T10:00+01:00")  # the "due" step goes out
    assert f.status("2026-12-03T10:00+01:00")["12/2026"]["next_at"].startswith("2026-12-07T09:00")
    own = mail(
        f"Alessandra Rossi <{f.owner}>",
        "Bob Spa <bob@example.test>",
        "Re: Fattura 12/2026",
        "Ciao Bob, ti ricordo la fattura di novembre. Grazie!",
        datetime(2026, 12, 4, 11, 0, tzinfo=ROME),
        reply_to=inv["Message-ID"],
    )
    rig.append("alice", "Sent", own.as_bytes())
    f.run("2026-12-04T12:00+01:00")
    row = f.status("2026-12-04T12:00+01:00")["12/2026"]
    # Friday 4 December + 3 business days = Wednesday 9 December, when the window opens
    assert row["state"] == "open" and row["next_at"].startswith("2026-12-09T09:00")
    assert ("owner-wrote", "Re: Fattura 12/2026") in events(f)
    f.run("2026-12-07T10:00+01:00")
    assert [m["X-Mailduns"].split("step=")[1] for m in reminders(rig, "bob")] == ["due"]
    f.run("2026-12-09T10:00+01:00")
    assert [m["X-Mailduns"].split("step=")[1] for m in reminders(rig, "bob")] == ["due", "reminder"]
    notices = [m for m in messages(rig, "alice", "INBOX") if str(m["X-Mailduns"] or "").startswith("notice")]
    assert notices == []  # never taken for a client's reply


def test_attach_invoice_sends_the_invoices_own_files_byte_for_byte(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(
        rig, tmp_path, extra=SENDING + '\n[[steps]]\nname = "reminder"\ndays = 5\nattach_invoice = true\n'
    )
    inv = mail(
        f"Alessandra Rossi <{f.owner}>",
        "Bob Spa <bob@example.test>",
        "Fattura 12/2026",
        INVOICE_BODY,
        datetime(2026, 11, 2, 15, 0, tzinfo=ROME),
    )
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
    xml = b'<?xml version="1.0"?>\r\n<FatturaElettronica>\xc3\xa8</FatturaElettronica>\r\n'
    inv.add_attachment(pdf, maintype="application", subtype="pdf", filename="fattura-12-2026.pdf")
    inv.add_attachment(xml, maintype="application", subtype="xml", filename="IT01234567890_00012.xml")
    rig.append("alice", "Sent", inv.as_bytes())
    f.run("2026-12-07T10:00+01:00")
    got = reminders(rig, "bob")
    assert len(got) == 1
    files = {p.get_filename(): p.get_content() for p in got[0].iter_attachments()}
    assert files == {"fattura-12-2026.pdf": pdf, "IT01234567890_00012.xml": xml}
    db = sqlite3.connect(f.state)
    raw = db.execute("SELECT raw FROM outbox WHERE step = 'reminder'").fetchone()[0]
    db.close()
    stored = message_from_bytes(raw, policy=default)
    assert {p.get_filename(): p.get_content() for p in stored.iter_attachments()} == files  # type: ignore[attr-defined]


def test_an_invoice_left_in_drafts_is_nudged_once(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    left = mail(
        f"Alessandra Rossi <{f.owner}>",
        "Acme srl <carol@example.test>",
        "Fattura 13/2026",
        "Buongiorno,\nin allegato la fattura 13/2026.\nTotale: 800,00 €\nScadenza: 31/12/2026\n",
        datetime(2026, 12, 7, 9, 0, tzinfo=ROME),
    )
    rig.append("alice", "Drafts", left.as_bytes(), flags=(b"\\Draft",))
    idea = mail(
        f"Alessandra Rossi <{f.owner}>",
        "Bob Spa <bob@example.test>",
        "Idee per il sito",
        "Ciao Bob, ecco qualche idea.",
        datetime(2026, 12, 1, 9, 0, tzinfo=ROME),
    )
    rig.append("alice", "Drafts", idea.as_bytes(), flags=(b"\\Draft",))

    def nudges() -> list[EmailMessage]:
        return [m for m in messages(rig, "alice", "INBOX") if "unsent-invoice" in str(m["X-Mailduns"] or "")]

    f.run("2026-12-07T15:00+01:00")
    assert nudges() == []  # 6 hours: not yet
    f.run("2026-12-08T10:00+01:00")
    got = nudges()
    assert len(got) == 1
    subject = str(got[0]["Subject"])
    assert "13/2026" in subject and "Acme srl" in subject and "Bozze" in subject and "lunedì" in subject
    f.run("2026-12-09T10:00+01:00")
    f.run("2026-12-10T10:00+01:00")
    assert len(nudges()) == 1  # once, never again for the same draft
    assert messages(rig, "carol", "INBOX") == []


def test_a_quote_to_a_risky_client_gets_one_note_the_same_day(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice(
        "Fattura 3/2026",
        INVOICE_BODY.replace("02/12/2026", "04/11/2026"),
        datetime(2026, 10, 5, 10, 0, tzinfo=ROME),
    )
    f.run("2026-10-06T10:00+01:00")
    assert f.cli("hold", "3/2026")[0] == 0  # no reminders in this test, the lateness stays
    quote = mail(
        f"Alessandra Rossi <{f.owner}>",
        "Bob Spa <bob@example.test>",
        "Preventivo sito web 2027",
        "Ciao Bob, ecco il preventivo.\nTotale: 2.000,00 €\n",
        datetime(2027, 1, 12, 9, 0, tzinfo=ROME),
    )
    rig.append("alice", "Sent", quote.as_bytes())
    other = mail(
        f"Alessandra Rossi <{f.owner}>",
        "Carol <carol@example.test>",
        "Preventivo logo",
        "Ecco il preventivo.",
        datetime(2027, 1, 12, 9, 5, tzinfo=ROME),
    )
    rig.append("alice", "Sent", other.as_bytes())  # carol has no record: nothing to say
    f.run("2027-01-12T10:00+01:00")
    f.run("2027-01-12T11:00+01:00")

    def notes_() -> list[EmailMessage]:
        return [m for m in messages(rig, "alice", "INBOX") if "risky-quote" in str(m["X-Mailduns"] or "")]

    got = notes_()
    assert len(got) == 1
    text = got[0].get_body(("plain",)).get_content()
    assert "Bob Spa" in str(got[0]["Subject"]) and "preventivo" in str(got[0]["Subject"]).lower()
    assert "ritardo peggiore: 69 giorni" in text and "contestazioni: 0" in text
    assert "acconto del 30%" in text
    json.dumps(text)


def test_the_digest_and_status_list_what_waits_for_approval(rig: MailRig, tmp_path: Path) -> None:
    f = Freelancer(rig, tmp_path, extra=APPROVE)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-12-07T10:00+01:00")
    code, out = f.cli("digest", "--now", "2026-12-07T11:00+01:00")
    assert code == 0
    assert "In attesa della tua approvazione" in out and "12/2026" in out
