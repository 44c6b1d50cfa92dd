"""Issue 4 end to end: each class of message arriving in the INBOX has its effect on the next cycle."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from mailduns.onboarding.devrig import MailRig

from .conftest import mail
from .test_e2e import INVOICE_BODY, Freelancer, messages, reminders

ROME = ZoneInfo("Europe/Rome")


def notices(rig: MailRig) -> list[EmailMessage]:
    return [m for m in messages(rig, "alice", "INBOX") if str(m["X-Mailduns"] or "").startswith("notice")]


def setup(rig: MailRig, tmp: Path) -> tuple[Freelancer, EmailMessage]:
    f = Freelancer(rig, tmp)
    inv = f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.run("2026-12-07T10:00+01:00")  # the +5 reminder goes out
    assert len(reminders(rig, "bob")) == 1
    return f, inv


def reply(f: Freelancer, inv: EmailMessage, body: str, when: datetime, frm: str = "bob@example.test") -> None:
    m = mail(f"Bob Spa <{frm}>", f.owner, "Re: Fattura 12/2026", body, when, reply_to=str(inv["Message-ID"]))
    f.rig.deliver(m.as_bytes(), f.owner)


def test_paid_claim_waits_then_asks_the_owner_never_resumes_alone(rig: MailRig, tmp_path: Path) -> None:
    f, inv = setup(rig, tmp_path)
    reply(
        f,
        inv,
        "Buongiorno, ho fatto il bonifico stamattina.\nCordiali saluti",
        datetime(2026, 12, 8, 9, tzinfo=ROME),
    )
    f.run("2026-12-08T10:00+01:00")
    row = f.status("2026-12-08T10:00+01:00")["12/2026"]
    assert row["state"] == "snoozed" and "says it is paid" in row["why"]
    f.run("2026-12-14T10:00+01:00")  # 4 business days later: still waiting
    assert f.status("2026-12-14T10:00+01:00")["12/2026"]["state"] == "snoozed"
    f.run("2026-12-16T10:00+01:00")  # 5 business days passed, no payment notice
    row = f.status("2026-12-16T10:00+01:00")["12/2026"]
    assert row["state"] == "hold" and "no payment notice" in row["why"]
    f.run("2026-12-23T10:00+01:00")
    assert len(reminders(rig, "bob")) == 1  # never reminded after saying they paid
    kinds = [str(m["X-Mailduns"]) for m in notices(rig)]
    assert any("event=says-paid" in k for k in kinds) and any("event=paid-claim-expired" in k for k in kinds)


def test_promise_snoozes_until_the_date_then_resumes_and_tells_the_owner(
    rig: MailRig, tmp_path: Path
) -> None:
    f, inv = setup(rig, tmp_path)
    reply(
        f,
        inv,
        "Ciao Alessandra, pagheremo entro il 18 dicembre 2026. Scusa il ritardo.",
        datetime(2026, 12, 8, 9, tzinfo=ROME),
    )
    f.run("2026-12-08T10:00+01:00")
    row = f.status("2026-12-08T10:00+01:00")["12/2026"]
    assert row["state"] == "snoozed" and "2026-12-18" in row["why"]
    f.run("2026-12-12T10:00+01:00")  # late_fee day: the promise holds it back
    assert len(reminders(rig, "bob")) == 1
    f.run("2026-12-22T10:00+01:00")  # the 18th + 1 business day passed, no payment
    got = reminders(rig, "bob")
    assert len(got) == 2 and "step=suspension" in str(got[-1]["X-Mailduns"])
    assert any("promise-expired" in str(m["X-Mailduns"]) for m in notices(rig))


def test_dispute_holds_and_tells_the_owner(rig: MailRig, tmp_path: Path) -> None:
    f, inv = setup(rig, tmp_path)
    reply(
        f,
        inv,
        "Buongiorno, contestiamo la fattura: l'importo non è corretto, avevamo concordato 1.000 €.",
        datetime(2026, 12, 8, 9, tzinfo=ROME),
    )
    f.run("2026-12-08T10:00+01:00")
    assert f.status()["12/2026"]["state"] == "hold"
    n = notices(rig)
    assert len(n) == 1 and "1.000" in n[0].get_content()
    f.run("2026-12-22T10:00+01:00")
    assert len(reminders(rig, "bob")) == 1


def test_auto_reply_postpones_to_the_return_date_and_is_never_answered(rig: MailRig, tmp_path: Path) -> None:
    f, inv = setup(rig, tmp_path)
    m = mail(
        "bob@example.test",
        f.owner,
        "Risposta automatica: Re: Fattura 12/2026",
        "Sono fuori ufficio, rientro il 21 dicembre 2026. Per urgenze scrivere a info@example.test",
        datetime(2026, 12, 7, 10, 5, tzinfo=ROME),
        reply_to=str(inv["Message-ID"]),
    )
    m["Auto-Submitted"] = "auto-replied"
    rig.deliver(m.as_bytes(), f.owner)
    f.run("2026-12-07T11:00+01:00")
    row = f.status("2026-12-07T11:00+01:00")["12/2026"]
    assert row["state"] == "snoozed" and "2026-12-21" in row["why"]
    assert notices(rig) == []  # nothing for a human to do
    f.run("2026-12-12T10:00+01:00")
    assert len(reminders(rig, "bob")) == 1
    f.run("2026-12-21T10:00+01:00")
    got = reminders(rig, "bob")
    assert len(got) == 2 and "step=late_fee" in str(got[-1]["X-Mailduns"])
    assert len(messages(rig, "bob", "INBOX")) == 2  # no answer to the auto-reply, ever


def _dsn(failed: str, original: EmailMessage, when: datetime) -> bytes:
    dsn = EmailMessage()
    dsn["From"] = "Mail Delivery System <MAILER-DAEMON@example.test>"
    dsn["To"] = "alice@example.test"
    dsn["Subject"] = "Undelivered Mail Returned to Sender"
    dsn["Date"] = format_datetime(when)
    dsn["Message-ID"] = "<dsn-1@example.test>"
    dsn.set_content(
        f"This is the mail system.\n\nI'm sorry to have to inform you that your message could not be "
        f"delivered to one or more recipients.\n\n<{failed}>: host mx.example.test said: 550 5.1.1 "
        "User unknown\n"
    )
    status = EmailMessage()
    status.set_content(
        f"Reporting-MTA: dns; mx.example.test\n\nFinal-Recipient: rfc822; {failed}\n"
        "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n"
    )
    dsn.make_mixed()
    dsn.attach(status)
    dsn.attach(original)
    raw = dsn.as_bytes()
    return raw.replace(b"multipart/mixed;", b"multipart/report; report-type=delivery-status;", 1)


def test_bounce_holds_and_names_the_address(rig: MailRig, tmp_path: Path) -> None:
    f, _inv = setup(rig, tmp_path)
    sent = reminders(rig, "alice", "Sent")[0]
    rig.deliver(_dsn("bob@example.test", sent, datetime(2026, 12, 7, 10, 30, tzinfo=ROME)), f.owner)
    f.run("2026-12-07T11:00+01:00")
    row = f.status()["12/2026"]
    assert row["state"] == "hold" and "bob@example.test" in row["why"]
    n = notices(rig)
    assert len(n) == 1 and "bob@example.test" in n[0].get_content()


def test_partial_payment_keeps_the_balance_open_then_full_payment_closes(
    rig: MailRig, tmp_path: Path
) -> None:
    f, _inv = setup(rig, tmp_path)
    bank = mail(
        "notifiche@banca.example",
        f.owner,
        "Bonifico in entrata",
        "Hai ricevuto un bonifico di 500,00 EUR.\nOrdinante: Bob Spa\nCausale: acconto fattura 12/2026\n",
        datetime(2026, 12, 9, 8, tzinfo=ROME),
    )
    rig.deliver(bank.as_bytes(), f.owner)
    f.run("2026-12-09T10:00+01:00")
    row = f.status("2026-12-09T10:00+01:00")["12/2026"]
    assert row["state"] == "open" and "720.00 EUR still open" in row["why"]
    f.run("2026-12-12T10:00+01:00")
    late = reminders(rig, "bob")[-1].get_content()
    assert "720,00 €" in late  # the letter asks for the balance
    rest = mail(
        "notifiche@banca.example",
        f.owner,
        "Bonifico in entrata",
        "Hai ricevuto un bonifico di 720,00 EUR.\nOrdinante: Bob Spa\nCausale: saldo fattura 12/2026\n",
        datetime(2026, 12, 14, 8, tzinfo=ROME),
    )
    rig.deliver(rest.as_bytes(), f.owner)
    f.run("2026-12-14T10:00+01:00")
    assert f.status()["12/2026"]["state"] == "paid"
    f.run("2026-12-22T10:00+01:00")
    assert len(reminders(rig, "bob")) == 2


def test_paypal_notice_marks_paid(rig: MailRig, tmp_path: Path) -> None:
    f, _inv = setup(rig, tmp_path)
    pp = mail(
        "service@paypal.it",
        f.owner,
        "Hai ricevuto un pagamento",
        "Bob Spa ti ha inviato 1.220,00 € EUR.\nNota: Fattura 12/2026\nID transazione: 9XK12345AB\n",
        datetime(2026, 12, 10, 8, tzinfo=ROME),
    )
    rig.deliver(pp.as_bytes(), f.owner)
    f.run("2026-12-10T10:00+01:00")
    assert f.status()["12/2026"]["state"] == "paid"
    f.run("2026-12-22T10:00+01:00")
    assert len(reminders(rig, "bob")) == 1


def test_a_client_writing_about_several_invoices_without_naming_one_is_a_question(
    rig: MailRig, tmp_path: Path
) -> None:
    f = Freelancer(rig, tmp_path)
    f.send_invoice("Fattura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, 0, tzinfo=ROME))
    f.send_invoice(
        "Fattura 13/2026", "Totale: 300,00 €\nScadenza: 04/12/2026", datetime(2026, 11, 4, tzinfo=ROME)
    )
    f.run("2026-12-07T10:00+01:00")
    m = mail(
        "bob@example.test",
        f.owner,
        "pagamenti",
        "Ciao, abbiamo pagato tutto ieri. Bob",
        datetime(2026, 12, 8, 9, tzinfo=ROME),
    )
    rig.deliver(m.as_bytes(), f.owner)
    f.run("2026-12-08T10:00+01:00")
    st = f.status()
    assert st["12/2026"]["state"] == "hold" and st["13/2026"]["state"] == "hold"
    assert len(notices(rig)) == 1


def test_a_twenty_megabyte_attachment_in_the_inbox_is_read_without_trouble(
    rig: MailRig, tmp_path: Path
) -> None:
    f, inv = setup(rig, tmp_path)
    big = mail(
        "bob@example.test",
        f.owner,
        "Re: Fattura 12/2026",
        "In allegato la contabile del bonifico.",
        datetime(2026, 12, 8, 9, tzinfo=ROME),
        reply_to=str(inv["Message-ID"]),
    )
    big.add_attachment(
        b"%PDF-1.4\n" + b"0" * (20 * 1024 * 1024),
        maintype="application",
        subtype="pdf",
        filename="contabile.pdf",
    )
    rig.deliver(big.as_bytes(), f.owner)
    f.run("2026-12-08T10:00+01:00")
    assert f.status()["12/2026"]["state"] in ("snoozed", "hold")


def test_project_mail_from_a_client_outside_the_thread_does_not_stop_reminders(
    rig: MailRig, tmp_path: Path
) -> None:
    """Clients write about the work all the time; only mail about the invoice or money holds it."""
    f, _inv = setup(rig, tmp_path)
    for subject, body in (
        ("foto per il sito", "Ciao, ecco le foto nuove per la home. Fammi sapere!"),
        ("textos web", "Hola, te envío los textos para la página de contacto."),
        ("meeting", "Can we move Thursday's call to 3pm?"),
    ):
        rig.deliver(
            mail(
                "bob@example.test", f.owner, subject, body, datetime(2026, 12, 8, 9, tzinfo=ROME)
            ).as_bytes(),
            f.owner,
        )
    f.run("2026-12-08T10:00+01:00")
    assert f.status()["12/2026"]["state"] == "open"
    assert notices(rig) == []
    f.run("2026-12-12T10:00+01:00")  # the +10 step still goes out
    assert len(reminders(rig, "bob")) == 2

    rig.deliver(
        mail(
            "bob@example.test",
            f.owner,
            "domanda",
            "Scusa, la fattura di novembre a quanto ammonta?",
            datetime(2026, 12, 13, 9, tzinfo=ROME),
        ).as_bytes(),
        f.owner,
    )
    f.run("2026-12-13T10:00+01:00")
    assert f.status()["12/2026"]["state"] == "hold"  # a question about the invoice: the owner answers
    assert len(notices(rig)) == 1
