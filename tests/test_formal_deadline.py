"""After the formal notice: its term, and what the freelancer is told when it passes unpaid.

End to end against Dovecot and the stand-in PEC provider (tests/pecprovider.py), through the real
command line. A diffida by PEC delivered on 23 December 2026 gives until 7 January 2027: nothing
else goes to the client meanwhile (not even a step configured after it), `status`, the digest and
`preview` say so, and on the morning of 8 January the invoice is held and the owner gets one note
in Italian saying what the notice achieved, that mailduns sends nothing more, and what usually
comes next (a lawyer, the decreto ingiuntivo, `mailduns evidence`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from mailduns.onboarding.devrig import MailRig
from mailduns.store.db import Store

from .pecprovider import PecProvider
from .test_e2e import INVOICE_BODY, SENDING, Freelancer, reminders
from .test_formal_e2e import CLIENT_PEC, ROME, fattura_mail, notes, pecrig, provider, text_of  # noqa: F401

LADDER = """[[steps]]
name = "reminder"
days = 5
[[steps]]
name = "diffida"
days = 21
template = "formal_notice"
channel = "{channel}"
approve = false
[[steps]]
name = "final"
days = 30
"""


def freelancer(
    rig: MailRig, tmp: Path, pec: PecProvider | None, channel: str = "pec", extra: str = ""
) -> Freelancer:
    return Freelancer(
        rig,
        tmp,
        extra=SENDING
        + "\n"
        + (pec.config_toml("alicepec") if pec else "")
        + LADDER.format(channel=channel)
        + extra,
    )


def deadline_notes(rig: MailRig) -> list[str]:
    return [text_of(n) for n in notes(rig) if "formal-deadline" in str(n["X-Mailduns"])]


def test_nothing_goes_during_the_term_and_the_owner_is_told_once_when_it_passes(
    pecrig: MailRig, provider: PecProvider, tmp_path: Path
) -> None:
    provider.clock = lambda: datetime(2026, 12, 23, 10, 0, 5, tzinfo=ROME)
    f = freelancer(pecrig, tmp_path, provider)
    fattura_mail(f, pec=CLIENT_PEC)
    f.run("2026-12-07T10:00+01:00")  # the e-mail reminder
    assert len(reminders(pecrig, "bob")) == 1
    f.run("2026-12-23T10:00+01:00")  # the diffida by PEC, delivered at once
    row = f.status("2026-12-23T11:00+01:00")["12/2026"]
    assert row["formal"]["status"] == "delivered" and row["formal"]["deadline"] == "2027-01-07"

    # The term runs: the "final" step (+30, 1 January) never goes, and every view agrees.
    for day in ("2027-01-01T10:00+01:00", "2027-01-04T10:00+01:00", "2027-01-07T17:00+01:00"):
        f.run(day)
    assert len(reminders(pecrig, "bob")) == 1 and len(provider.submitted) == 1
    row = f.status("2027-01-07T17:30+01:00")["12/2026"]
    assert (row["state"], row["next_step"], row["next_at"]) == ("open", None, "2027-01-08T09:00:00+01:00"), (
        row
    )
    code, shown = f.cli("preview", "12/2026", "--now", "2027-01-07T17:30+01:00")
    assert code == 0 and "no step left to send" in shown and "until 2027-01-07" in shown, shown
    code, digest = f.cli("digest", "--now", "2027-01-04T08:00+01:00")
    assert code == 0 and "la diffida dà tempo fino al 7 gen 2027" in digest, digest
    assert "Diffide e termini" in digest
    assert deadline_notes(pecrig) == []

    # The morning after: held, and one note in the owner's language.
    out = f.run("2027-01-08T10:00+01:00")
    row = f.status("2027-01-08T11:00+01:00")["12/2026"]
    assert row["state"] == "hold" and "ended on 2027-01-07 unpaid" in row["why"], row
    assert (row["next_step"], row["next_at"]) == (None, None)
    assert "12/2026" in out
    [note] = deadline_notes(pecrig)
    assert "consegnata il 23 dicembre 2026" in note, note
    assert "Il termine di 15 giorni per pagare è scaduto il 7 gennaio 2027" in note
    assert "mailduns non invierà altro a questo cliente per questa fattura" in note
    assert "decreto ingiuntivo" in note and "mailduns evidence 12/2026 --out evidence-12-2026.zip" in note
    [subject] = [
        " ".join(str(n["Subject"]).split())
        for n in notes(pecrig)
        if "formal-deadline" in str(n["X-Mailduns"])
    ]
    assert (
        subject
        == "[mailduns] Fattura 12/2026: il termine della diffida a ACME S.r.l. è scaduto senza pagamento"
    )
    with Store(f.state) as store:
        assert [e.kind for e in store.events() if e.kind == "formal-deadline-passed"] == [
            "formal-deadline-passed"
        ]

    # Once: later cycles, and a `resume` that finds the term still passed, tell nothing again.
    f.run("2027-01-09T10:00+01:00")
    assert f.cli("resume", "12/2026")[0] == 0
    f.run("2027-01-11T10:00+01:00")
    assert len(deadline_notes(pecrig)) == 1
    assert f.status("2027-01-11T11:00+01:00")["12/2026"]["state"] == "hold"
    assert len(reminders(pecrig, "bob")) == 1 and len(provider.submitted) == 1
    code, shown = f.cli("preview", "12/2026", "--now", "2027-01-11T11:00+01:00")
    assert "no step left to send" in shown and "sends nothing more" in shown, shown
    code, digest = f.cli("digest", "--now", "2027-01-11T08:00+01:00")
    assert "il termine è scaduto il 7 gen 2027 senza pagamento" in digest, digest


def test_before_delivery_the_invoice_waits_and_a_payment_ends_it(
    pecrig: MailRig, provider: PecProvider, tmp_path: Path
) -> None:
    """No receipt yet: no term, nothing sent, no hold; paid during the term: never held or told."""
    provider.clock = lambda: datetime(2026, 12, 23, 10, 0, 5, tzinfo=ROME)
    f = freelancer(pecrig, tmp_path, provider)
    fattura_mail(f, pec=CLIENT_PEC)
    f.run("2026-12-07T10:00+01:00")
    f.run("2026-12-23T10:00+01:00")
    assert f.cli("paid", "12/2026")[0] == 0
    f.run("2027-01-08T10:00+01:00")
    f.run("2027-01-09T10:00+01:00")
    assert f.status("2027-01-09T11:00+01:00")["12/2026"]["state"] == "paid"
    assert deadline_notes(pecrig) == []


def test_a_spanish_letter_waits_for_the_30_days_of_negotiation(pecrig: MailRig, tmp_path: Path) -> None:
    """LO 1/2025: a claim needs the negotiation attempt, so the owner is told when the 30 days end,
    not when the 15 days to pay do; in their own language (Italian), about the Spanish monitorio."""
    bob = pecrig.address("bob")
    f = freelancer(pecrig, tmp_path, None, channel="letter", extra=f'\n[clients."{bob}"]\nlanguage = "es"\n')
    f.send_invoice("Factura 12/2026", INVOICE_BODY, datetime(2026, 11, 2, 15, tzinfo=ROME))
    f.run("2026-12-23T10:00+01:00")  # the letter to post: mailed to the owner
    row = f.status("2026-12-23T11:00+01:00")["12/2026"]
    assert row["state"] == "open" and row["next_at"] is None  # no term until it is posted
    assert f.cli("posted", "12/2026", "2026-12-23", "--now", "2026-12-23T18:00+01:00")[0] == 0
    formal = f.status("2026-12-23T20:00+01:00")["12/2026"]["formal"]
    assert (formal["deadline"], formal["negotiation_until"]) == ("2027-01-07", "2027-01-22")
    f.run("2026-12-24T10:00+01:00")
    assert f.status("2026-12-24T11:00+01:00")["12/2026"]["next_at"] == "2027-01-23T09:00:00+01:00"
    f.run("2027-01-08T10:00+01:00")
    assert f.status("2027-01-08T11:00+01:00")["12/2026"]["state"] == "open"
    assert deadline_notes(pecrig) == []
    f.run("2027-01-23T10:00+01:00")
    assert f.status("2027-01-23T11:00+01:00")["12/2026"]["state"] == "hold"
    [note] = deadline_notes(pecrig)
    assert "spedita il 23 dicembre 2026" in note, note
    assert "contato dalla spedizione" in note and "avviso di ricevimento" in note  # the law counts from receipt
    assert "30 giorni di negoziazione previsti dalla LO 1/2025" in note
    assert "procedimiento monitorio" in note and "mailduns evidence 12/2026" in note
    assert reminders(pecrig, "bob") == []


# -- the planner and the decision, without a mailbox --------------------------------------------------
from dataclasses import replace as _replace  # noqa: E402
from datetime import date, time  # noqa: E402

import pytest  # noqa: E402

from mailduns.core import decide  # noqa: E402
from mailduns.core.catalog import written  # noqa: E402
from mailduns.core.model import FormalFacts, InvoiceState, SnoozeReason  # noqa: E402
from mailduns.core.planner import StepConfig, ladder_for, plan_for  # noqa: E402

from .test_planner import CLIENT, make_config  # noqa: E402


def _config(repeat_max: int = 0):  # type: ignore[no-untyped-def]
    steps = (StepConfig("reminder", 5), StepConfig("diffida", 21, channel="pec"), StepConfig("final", 30))
    return make_config(
        steps,
        profile=None,
        tz=None,
        every=7 if repeat_max else 0,
        repeat_max=repeat_max,
        window=(time(9), time(18)),
        weekdays_only=False,
        holidays="",
        quiet=(),
    )


def _invoice(state: InvoiceState = InvoiceState.OPEN):  # type: ignore[no-untyped-def]
    from mailduns.core.model import Invoice

    return Invoice(
        id=1,
        key="k",
        number="12/2026",
        message_id="<m@x>",
        references=(),
        subject="Fattura 12/2026",
        folder="Sent",
        uidvalidity=1,
        uid=1,
        sent_at=datetime(2026, 11, 2, 15, tzinfo=ROME),
        issue_date=date(2026, 11, 2),
        due_date=date(2026, 12, 2),
        amount=None,
        total=None,
        client_email=CLIENT,
        client_name="ACME srl",
        recipients=(CLIENT,),
        cc=(),
        language="it",
        source="body",
        state=state,
        why="",
        snooze_until=None,
        last_step="diffida",
    )


DELIVERED = FormalFacts(
    step="diffida",
    channel="pec",
    language="it",
    status="delivered",
    to=("acme@pec.acme.test",),
    law="IT",
    sent_at=datetime(2026, 12, 23, 10, 0, tzinfo=ROME),
    accepted_at=datetime(2026, 12, 23, 10, 0, 5, tzinfo=ROME),
    delivered_at=datetime(2026, 12, 23, 10, 0, 6, tzinfo=ROME),
    deadline=date(2027, 1, 7),
)
SENT = ["reminder", "diffida"]


@pytest.mark.parametrize("repeats", [0, 3])
def test_a_formal_notice_ends_the_ladder(repeats: int) -> None:
    """Steps after a formal notice, and repeats of it, are never planned: a reminder inside the
    notice's term would read as a new term, and a second diffida is not a reminder."""
    assert [s.name for s in ladder_for(_config(repeats), _invoice())] == ["reminder", "diffida"]


def test_the_plan_after_a_notice() -> None:
    config, inv = _config(), _invoice()
    # not delivered yet: no term, nothing to send, nothing to wake up for
    waiting = _replace(DELIVERED, status="accepted", delivered_at=None, deadline=None)
    p = plan_for(config, inv, SENT, datetime(2027, 1, 20, 10, tzinfo=ROME), waiting)
    assert (p.send, p.next_step, p.next_at, p.new_state) == (None, None, None, None)
    assert "not delivered yet" in p.why
    # the term runs: wake the morning after it ends
    p = plan_for(config, inv, SENT, datetime(2027, 1, 7, 17, tzinfo=ROME), DELIVERED)
    assert (p.send, p.next_step, p.new_state) == (None, None, None)
    assert p.next_at == datetime(2027, 1, 8, 9, tzinfo=ROME)
    # the term passed: held, the notice handed to the decision
    p = plan_for(config, inv, SENT, datetime(2027, 1, 8, 9, tzinfo=ROME), DELIVERED)
    assert p.new_state == InvoiceState.HOLD and p.formal_over == DELIVERED and p.send is None
    # a client who promised a later date is given until then
    promised = _replace(
        inv,
        state=InvoiceState.SNOOZED,
        snooze_until=datetime(2027, 1, 15, 9, tzinfo=ROME),
        snooze_reason=SnoozeReason.PROMISE,
    )
    p = plan_for(config, promised, SENT, datetime(2027, 1, 9, 9, tzinfo=ROME), DELIVERED)
    assert p.new_state is None and p.next_at == promised.snooze_until
    # paid or held: nothing
    for state in (InvoiceState.PAID, InvoiceState.HOLD):
        assert (
            plan_for(config, _invoice(state), SENT, datetime(2027, 2, 1, tzinfo=ROME), DELIVERED).formal_over
            is None
        )
    # a notice the owner dropped ("salta") is no notice: the ladder ends as before
    skipped = _replace(DELIVERED, status="skipped", delivered_at=None, deadline=None)
    p = plan_for(config, inv, SENT, datetime(2027, 1, 20, 10, tzinfo=ROME), skipped)
    assert p.new_state == InvoiceState.CLOSED


@pytest.mark.parametrize(
    ("law", "language", "words"),
    [
        ("IT", "it", ("decreto ingiuntivo", "art. 634")),
        ("ES", "it", ("procedimiento monitorio", "LO 1/2025")),
        ("GB", "en", ("small claims track", "Pre-Action Protocol for Debt Claims")),
        ("IE", "en", ("District Court",)),
        (None, "es", ("proceso monitorio europeo", "861/2007")),
    ],
)
def test_the_note_names_the_next_step_of_the_notices_legal_system(
    law: str | None, language: str, words: tuple[str, ...]
) -> None:
    f = _replace(DELIVERED, law=law)
    effects = decide.on_plan(
        _invoice(), _replace(plan_for(_config(), _invoice(), SENT, datetime(2027, 1, 8, 9, tzinfo=ROME), f))
    )
    held, note = effects
    assert isinstance(held, decide.SetState) and held.to == InvoiceState.HOLD
    assert held.event == "formal-deadline-passed"
    assert isinstance(note, decide.Notify) and note.event == "formal-deadline"
    hint = written(note.hint, language)
    assert all(w in hint for w in words), hint
    assert "mailduns evidence 12/2026 --out evidence-12-2026.zip" in hint
    record = written(note.excerpt, language)
    assert "acme@pec.acme.test" in record and "2027" in record, record


@pytest.mark.parametrize("lang", ["it", "es", "en"])
def test_the_digest_lines_in_every_language(lang: str) -> None:
    from mailduns.core.catalog import t

    from .test_words import assert_clean

    for key in ("note.formal", "note.formal-running", "note.formal-over"):
        assert_clean(t(lang, key, number="12/2026", client="ACME srl", date="8 gen 2027"), lang)
