"""Issue 15 (4) end to end against Dovecot: answering mailduns from the mail client.

A client's reply the reader cannot place holds the invoice and sends the owner a note that ends with
the answers in Italian; the owner replies to the note from a mail client (From the owner, In-Reply-To
the note, delivered to the owner's INBOX) and the next cycle carries the answer out — and reads the
next message phrased like that one (from another client) the same way. `mailduns answer` and
`mailduns promise` do the same from the command line.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.onboarding.devrig import MailRig

from .conftest import mail
from .test_e2e import INVOICE_BODY, Freelancer, messages, reminders

ROME = ZoneInfo("Europe/Rome")
UNPLACED = (
    "Buongiorno Alessandra,\nla fattura è stata girata al nostro ufficio amministrativo per le verifiche "
    "del caso.\nCordiali saluti\nMario Bianchi"
)


def notes(rig: MailRig) -> list[EmailMessage]:
    return [m for m in messages(rig, "alice", "INBOX") if str(m["X-Mailduns"] or "").startswith("notice")]


def body(m: EmailMessage) -> str:
    part = m.get_body(preferencelist=("plain",))
    assert isinstance(part, EmailMessage)
    return str(part.get_content())


def setup(rig: MailRig, tmp: Path) -> tuple[Freelancer, EmailMessage, EmailMessage]:
    """Invoice 12/2026 to bob, its +5 reminder, bob's reply the reader cannot place: held, one note."""
    f = Freelancer(rig, tmp)
    inv = f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-12-07T10:00+01:00")
    assert len(reminders(rig, "bob")) == 1
    reply = mail(
        "Mario Bianchi <bob@example.test>",
        f.owner,
        "Re: Fattura 12/2026",
        UNPLACED,
        datetime(2026, 12, 8, 9, tzinfo=ROME),
        reply_to=str(inv["Message-ID"]),
        message_id="<reply-bob-1@example.test>",
    )
    rig.deliver(reply.as_bytes(), f.owner)
    f.run("2026-12-08T10:00+01:00")
    assert f.status("2026-12-08T10:00+01:00")["12/2026"]["state"] == "hold"
    got = notes(rig)
    assert len(got) == 1
    return f, inv, got[0]


def answer(f: Freelancer, note: EmailMessage, text: str, when: datetime) -> None:
    """The owner replies to the note from a phone: the word, a signature, the note quoted below."""
    quoted = "\n".join(f"> {line}" for line in body(note).splitlines())
    m = mail(
        f"Alessandra Rossi <{f.owner}>",
        f.owner,
        f"Re: {note['Subject']}",
        f"{text}\n\n-- \nAlessandra Rossi\nInviato da iPhone\n\nIl giorno 8 dic 2026, alle ore 10:00, "
        f"mailduns <{f.owner}> ha scritto:\n{quoted}\n",
        when,
        reply_to=str(note["Message-ID"]),
    )
    f.rig.deliver(m.as_bytes(), f.owner)


def test_the_note_ends_with_the_answers_and_pagato_pays_and_teaches(rig: MailRig, tmp_path: Path) -> None:
    f, _inv, note = setup(rig, tmp_path)
    text = body(note).rstrip()
    tail = text[text.index("Puoi rispondere a questa email") :]
    assert text.endswith(tail)  # the answers close the note
    for word in ("pagato", "promessa 15/01", "contestazione", "riprendi", "ignora"):
        assert f"\n  {word} " in tail, word
    assert "Riferimento del messaggio: <reply-bob-1@example.test>" in tail

    answer(f, note, "Pagato", datetime(2026, 12, 8, 12, tzinfo=ROME))
    f.run("2026-12-08T13:00+01:00")
    row = f.status("2026-12-08T13:00+01:00")["12/2026"]
    assert row["state"] == "paid" and '"Pagato"' in row["why"], row
    assert len(notes(rig)) == 1  # the answer itself needs no note

    # another client writes the same thing in other words around it: read as "paid" (a claim: it waits
    # for the payment notice, as any client's "we paid" does), not as a question for the owner
    carol = f.send_invoice(
        "Fattura 13/2026", INVOICE_BODY, datetime(2026, 11, 2, 16, 0, tzinfo=ROME), to="carol"
    )
    f.run("2026-12-09T10:00+01:00")
    m = mail(
        "Carla Verdi <carol@example.test>",
        f.owner,
        "Re: Fattura 13/2026",
        "Salve,\nla fattura è stata girata al nostro ufficio amministrativo per le verifiche del caso.\n"
        "Un saluto\nCarla Verdi",
        datetime(2026, 12, 9, 11, tzinfo=ROME),
        reply_to=str(carol["Message-ID"]),
    )
    rig.deliver(m.as_bytes(), f.owner)
    f.run("2026-12-09T12:00+01:00")
    row = f.status("2026-12-09T12:00+01:00")["13/2026"]
    assert row["state"] == "snoozed" and "says it is paid" in row["why"] and "answered" in row["why"], row
    assert len(reminders(rig, "bob")) == 1  # and bob, paid, hears nothing more
    f.run("2026-12-22T10:00+01:00")
    assert len(reminders(rig, "bob")) == 1


def test_promessa_snoozes_until_that_date_then_reminders_resume(rig: MailRig, tmp_path: Path) -> None:
    f, _inv, note = setup(rig, tmp_path)
    answer(f, note, "promessa 15/01", datetime(2026, 12, 8, 12, tzinfo=ROME))
    f.run("2026-12-08T13:00+01:00")
    row = f.status("2026-12-08T13:00+01:00")["12/2026"]
    assert row["state"] == "snoozed" and '"promessa 15/01"' in row["why"] and "2027-01-15" in row["why"], row
    f.run("2026-12-22T10:00+01:00")  # the suspension step's day: still waiting
    assert len(reminders(rig, "bob")) == 1
    f.run("2027-01-19T10:00+01:00")  # 15 Jan + grace passed without payment
    assert f.status("2027-01-19T10:00+01:00")["12/2026"]["state"] != "snoozed"
    assert len(reminders(rig, "bob")) == 2


def test_ignora_changes_nothing_the_ladder_goes_on(rig: MailRig, tmp_path: Path) -> None:
    f, _inv, note = setup(rig, tmp_path)
    answer(f, note, "ignora", datetime(2026, 12, 8, 12, tzinfo=ROME))
    f.run("2026-12-08T13:00+01:00")
    row = f.status("2026-12-08T13:00+01:00")["12/2026"]
    assert row["state"] == "open" and '"ignora"' in row["why"], row  # as before bob's message
    f.run("2026-12-12T10:00+01:00")
    got = reminders(rig, "bob")
    assert len(got) == 2 and "step=late_fee" in str(got[-1]["X-Mailduns"])


def test_an_answer_not_understood_is_a_new_note_that_can_be_answered(rig: MailRig, tmp_path: Path) -> None:
    f, _inv, note = setup(rig, tmp_path)
    answer(f, note, "Ci penso io, grazie", datetime(2026, 12, 8, 12, tzinfo=ROME))
    f.run("2026-12-08T13:00+01:00")
    assert f.status("2026-12-08T13:00+01:00")["12/2026"]["state"] == "hold"  # nothing changed
    got = notes(rig)
    assert len(got) == 2 and "«Ci penso io, grazie»" in body(got[-1]) and "Puoi rispondere" in body(got[-1])
    answer(f, got[-1], "contestazione", datetime(2026, 12, 8, 14, tzinfo=ROME))
    f.run("2026-12-08T15:00+01:00")
    row = f.status("2026-12-08T15:00+01:00")["12/2026"]
    assert row["state"] == "hold" and '"contestazione"' in row["why"], row


def test_the_command_line_answers_the_same(rig: MailRig, tmp_path: Path) -> None:
    f, _inv, _note = setup(rig, tmp_path)
    code, out = f.cli("log", "12/2026")
    assert code == 0 and "<reply-bob-1@example.test>" in out  # the reference, as `log` prints it
    code, out = f.cli("answer", "<reply-bob-1@example.test>", "riprendi")
    assert code == 0 and "hold → open" in out, out
    assert '"riprendi"' in f.status()["12/2026"]["why"]
    code, out = f.cli("promise", "12/2026", "2027-01-15")
    assert code == 0, out
    row = f.status("2026-12-09T10:00+01:00")["12/2026"]
    assert row["state"] == "snoozed" and "2027-01-15" in row["why"]
    code, _out = f.cli("answer", "reply-bob-1@example.test", "pagato")
    assert code == 0 and f.status()["12/2026"]["state"] == "paid"
    code, _out = f.cli("answer", "<nobody@example.test>", "pagato")
    assert code == 1
    code, _out = f.cli("answer", "<reply-bob-1@example.test>", "forse")
    assert code == 2


def test_an_answer_only_filed_in_sent_counts_once(rig: MailRig, tmp_path: Path) -> None:
    """A provider that does not deliver mail to oneself: the answer is only in Sent (and, where it is
    delivered too, the INBOX copy is the same answer: carried out once)."""
    f, _inv, note = setup(rig, tmp_path)
    when = datetime(2026, 12, 8, 12, tzinfo=ROME)
    m = mail(
        f"Alessandra Rossi <{f.owner}>",
        f.owner,
        f"Re: {note['Subject']}",
        "contestazione\n",
        when,
        reply_to=str(note["Message-ID"]),
        message_id="<answer-1@example.test>",
    )
    rig.append("alice", "Sent", m.as_bytes(), when=when)
    f.run("2026-12-08T13:00+01:00")
    row = f.status("2026-12-08T13:00+01:00")["12/2026"]
    assert row["state"] == "hold" and '"contestazione"' in row["why"], row
    f.cli("resume", "12/2026")
    rig.deliver(m.as_bytes(), f.owner)  # the same answer arrives in INBOX later
    f.run("2026-12-08T14:00+01:00")
    assert f.status("2026-12-08T14:00+01:00")["12/2026"]["state"] == "open"
