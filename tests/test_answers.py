"""Issue 15 (4), the pure parts: the freelancer's answer words (it/es/en), the corrections the reader
applies to messages phrased like a corrected one, and the decision an answer makes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailduns.core import decide
from mailduns.core.errors import IllegalTransition
from mailduns.core.model import Invoice, InvoiceState, Note, NoteInvoice, SnoozeReason
from mailduns.reading import DEFAULT_RULES, read_message
from mailduns.reading.answers import read_answer
from mailduns.reading.corrections import THRESHOLD, Correction, find, lemmas, normalise, similarity
from mailduns.store import notes as owner_notes
from mailduns.store.db import Store

ROME = ZoneInfo("Europe/Rome")
DEC8 = date(2026, 12, 8)


# -- the words ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("pagato", "paid"),
        ("Pagato!", "paid"),
        ("PAGATO.", "paid"),
        ("pagado", "paid"),
        ("Paid", "paid"),
        ("contestazione", "dispute"),
        ("Disputa", "dispute"),
        ("dispute", "dispute"),
        ("riprendi", "resume"),
        ("Reanudar", "resume"),
        ("resume", "resume"),
        ("ignora", "ignore"),
        ("ignore", "ignore"),
        ("Ignorar", "ignore"),
        ("Pagató", "paid"),
        ("contestazióne", "dispute"),  # accents optional
    ],
)
def test_every_word_of_every_language(text: str, answer: str) -> None:
    got = read_answer(text, DEC8)
    assert got is not None and got.answer == answer and got.said == text


@pytest.mark.parametrize(
    "text",
    [
        "promessa 15/01",
        "promesa 15/1",
        "promise 15-01-2027",
        "Promessa 15.01.27",
        "promessa: 15 gennaio",
        "promesa 15 de enero",
        "promise 15 January",
        "promise January 15",
        "promise 15th of January",
        "promessa il 15/01",
        "promesa 15 de enero de 2027",
        "promise 2027-01-15",
    ],
)
def test_a_promise_and_its_day_however_written(text: str) -> None:
    got = read_answer(text, DEC8)
    assert got is not None and got.answer == "promise" and got.on == date(2027, 1, 15)


def test_a_day_without_year_is_the_next_one_unless_just_past() -> None:
    assert read_answer("promessa 20/12", DEC8).on == date(2026, 12, 20)  # type: ignore[union-attr]
    assert read_answer("promessa 1/12", DEC8).on == date(2026, 12, 1)  # type: ignore[union-attr]
    assert read_answer("promessa 15/10", DEC8).on == date(2027, 10, 15)  # type: ignore[union-attr]


def test_a_promise_without_a_real_day_has_none() -> None:
    for text in ("promessa", "promessa presto", "promessa 31/02", "promise 15/13"):
        got = read_answer(text, DEC8)
        assert got is not None and got.answer == "promise" and got.on is None


def test_the_first_line_only_with_a_signature_and_the_quoted_note_below() -> None:
    body = (
        "Pagato\n\n-- \nAlessandra Rossi\nInviato da iPhone\n\nIl giorno 8 dic 2026, alle ore 10:00, mailduns "
        "<a@b.it> ha scritto:\n> Ciao Alessandra,\n> contestazione\n"
    )
    assert read_answer(body, DEC8).answer == "paid"  # type: ignore[union-attr]
    below = "> Ciao Alessandra,\n> Bob ha risposto\n\nriprendi\n"  # written below the quote
    assert read_answer(below, DEC8).answer == "resume"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text", ["Pagato? Non mi risulta", "non pagato", "Ci penso io", "", "grazie\npagato"]
)
def test_what_is_not_an_answer(text: str) -> None:
    assert read_answer(text, DEC8) is None


# -- corrections ----------------------------------------------------------------------------------
def _msg(body: str, frm: str = "bob@example.test") -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, "alice@example.test", "Re: Fattura 12/2026"
    m["In-Reply-To"], m["Date"] = "<inv-12@example.test>", "Tue, 08 Dec 2026 09:00:00 +0100"
    m.set_content(body)
    return m.as_bytes()


GIRATA = "la fattura è stata girata al nostro ufficio amministrativo per le verifiche del caso."


def test_normalised_text_leaves_out_greeting_signature_names_digits_and_courtesy() -> None:
    a = normalise(f"Buongiorno Alessandra,\n{GIRATA}\nCordiali saluti\nMario Bianchi", "it")
    b = normalise(f"Salve,\n{GIRATA}\nGrazie\nCarla", "it")
    assert a == b and "mario" not in a and "saluto" not in a
    assert normalise("Pagheremo la fattura 12/2026 di 1.220,00 €", "it") == normalise(
        "Pagheremo la fattura 7 di 90", "it"
    )


def test_alike_means_identical_or_jaccard_at_least_the_threshold() -> None:
    assert THRESHOLD == 0.8
    c = Correction.of(normalise(GIRATA, "it"), "paid")
    assert find([c], GIRATA.upper(), "it") == c
    one_more = GIRATA.replace("del caso", "del caso interno")  # one lemma more of ~13
    assert similarity(lemmas(normalise(one_more, "it")), c.lemmas) >= THRESHOLD
    assert find([c], one_more, "it") == c
    negated = "la fattura non è stata girata al nostro ufficio amministrativo."
    assert find([c], negated, "it") is None
    assert find([c], f"{GIRATA} Però l'importo è sbagliato, lo contestiamo.", "it") is None
    assert find([c], "", "it") is None


def test_the_latest_answer_wins_on_a_tie() -> None:
    text = normalise(GIRATA, "it")
    first, later = Correction.of(text, "paid"), Correction.of(text, "ignore")
    assert find([first, later], GIRATA, "it") == later


def test_the_reader_applies_a_correction_from_its_rules_and_says_so() -> None:
    plain = read_message(_msg(f"Buongiorno,\n{GIRATA}\nMario"))
    assert plain.kind == "client-reply-other" and plain.correction is None
    for answer, kind in (
        ("paid", "client-reply-paid"),
        ("dispute", "client-reply-dispute"),
        ("promise", "client-reply-promise"),
        ("ignore", "other"),
        ("resume", "other"),
    ):
        rules = replace(DEFAULT_RULES, corrections=(Correction.of(normalise(GIRATA, "it"), answer),))
        got = read_message(_msg(f"Salve,\n{GIRATA}\nCarla Verdi", "carol@example.test"), rules)
        assert (got.kind, got.correction) == (kind, answer)
        assert got.confidence >= 0.9 and got.to_json("x")["correction"] == answer


def test_a_correction_never_touches_the_owners_mail_or_an_invoice() -> None:
    rules = replace(
        DEFAULT_RULES,
        owner_emails=("alice@example.test",),
        corrections=(Correction.of(normalise(GIRATA, "it"), "dispute"),),
    )
    assert read_message(_msg(GIRATA, "alice@example.test"), rules).correction is None


# -- the decision -----------------------------------------------------------------------------------
HELD = Invoice(
    id=7,
    key="k",
    number="12/2026",
    message_id=None,
    references=(),
    subject="",
    folder=None,
    uidvalidity=None,
    uid=None,
    sent_at=datetime(2026, 11, 2, tzinfo=ROME),
    issue_date=None,
    due_date=date(2026, 12, 2),
    amount=None,
    total=None,
    client_email="bob@x.it",
    client_name=None,
    recipients=(),
    cc=(),
    language=None,
    source="body",
    state=InvoiceState.HOLD,
    why="bob wrote something: reminders wait for you",
    snooze_until=None,
    last_step=None,
    held_by_flag=True,
)
BEFORE = NoteInvoice(7, InvoiceState.OPEN, "found in Sent", None, None, InvoiceState.HOLD, HELD.why)


def test_paid_dispute_resume_are_the_owners_word_and_name_the_answer() -> None:
    (paid,) = decide.answered(HELD, "paid", said="Pagato", message_id="<a>")
    assert (paid.to, paid.event, paid.held_by_flag, paid.why) == (  # type: ignore[union-attr]
        "paid",
        "manual-paid",
        False,
        'you answered "Pagato": paid',
    )
    (hold,) = decide.answered(HELD, "dispute", said="contestazione")
    assert hold.to == "hold" and hold.event == "client-reply-dispute"  # type: ignore[union-attr]
    (opened,) = decide.answered(HELD, "resume", said="riprendi")
    assert opened.to == "open" and '"riprendi"' in opened.why  # type: ignore[union-attr]


def test_a_promise_snoozes_until_the_day_plus_grace_and_remembers_the_day() -> None:
    until = datetime(2027, 1, 18, 9, tzinfo=ROME)
    state, remember = decide.answered(
        HELD, "promise", said="promessa 15/01", until=until, on=date(2027, 1, 15)
    )
    assert isinstance(state, decide.SetState) and state.to == "snoozed" and state.snooze_until == until
    assert state.snooze_reason == SnoozeReason.PROMISE and state.why.endswith("by 2027-01-15")
    assert remember == decide.RememberPromise(7, date(2027, 1, 15))
    with pytest.raises(ValueError):
        decide.answered(HELD, "promise", said="promessa")


def test_a_paid_invoice_promised_again_goes_by_way_of_open() -> None:
    paid = replace(HELD, state=InvoiceState.PAID)
    effects = decide.promised(
        paid, date(2027, 1, 15), datetime(2027, 1, 18, tzinfo=ROME), "promised by 2027-01-15"
    )
    assert [e.to for e in effects if isinstance(e, decide.SetState)] == ["open", "snoozed"]
    with pytest.raises(IllegalTransition):
        decide.answered(replace(HELD, state=InvoiceState.HISTORY), "dispute", said="disputa")


def test_ignore_puts_the_invoice_back_unless_something_moved_it_since() -> None:
    (back,) = decide.answered(HELD, "ignore", said="ignora", before=BEFORE)
    assert (
        isinstance(back, decide.SetState)
        and back.to == "open"
        and back.why.startswith('you answered "ignora"')
    )
    snoozed = replace(
        BEFORE,
        state=InvoiceState.SNOOZED,
        snooze_until=datetime(2026, 12, 20, tzinfo=ROME),
        snooze_reason="promise",
    )
    (again,) = decide.answered(HELD, "ignore", said="ignore", before=snoozed)
    assert again.to == "snoozed" and again.snooze_until == snoozed.snooze_until  # type: ignore[union-attr]
    moved = replace(HELD, state=InvoiceState.OPEN, why="resumed with `mailduns resume`")
    (nothing,) = decide.answered(moved, "ignore", said="ignora", before=BEFORE)
    assert isinstance(nothing, decide.AddEvent) and "nothing changed" in nothing.detail
    (nothing,) = decide.answered(HELD, "ignore", said="ignora", before=None)
    assert isinstance(nothing, decide.AddEvent)


# -- the store --------------------------------------------------------------------------------------
def test_notes_and_corrections_survive_a_restart(tmp_path: Path) -> None:
    at = datetime(2026, 12, 8, 10, tzinfo=ROME)
    snoozed = replace(BEFORE, snooze_until=datetime(2026, 12, 20, tzinfo=ROME))
    with Store(tmp_path / "s.db") as store:
        owner_notes.add_note(
            store, Note("<note-1@x>", "<reply-1@y>", "client-reply-other", "fattura girare", (snoozed,), at)
        )
        owner_notes.add_correction(
            store, "<reply-1@y>", "paid", "fattura girare", "client-reply-other", "pagato", at
        )
        owner_notes.add_correction(
            store, "<reply-1@y>", "ignore", "fattura girare", "client-reply-other", "ignora", at
        )
    with Store(tmp_path / "s.db") as store:
        note = owner_notes.note(store, ["<unknown@x>", "<note-1@x>"])
        assert note is not None and note.about == "<reply-1@y>" and note.invoices == (snoozed,)
        assert owner_notes.notes_about(store, "<reply-1@y>") == [note]
        assert owner_notes.corrections(store) == [
            ("fattura girare", "ignore")
        ]  # the later answer replaced it


# -- the note's closing words, from the catalogues ----------------------------------------------------
@pytest.mark.parametrize("lang", ["it", "es", "en"])
def test_every_catalogue_answer_word_is_read_back_as_its_answer(lang: str) -> None:
    from mailduns.core.catalog import t

    for answer in decide.ANSWERS:
        got = read_answer(t(lang, f"answers.word.{answer}"), DEC8)
        assert got is not None and got.answer == answer
        assert got.on == (date(2027, 1, 15) if answer == "promise" else None)


@pytest.mark.parametrize("lang", ["it", "es", "en"])
def test_a_note_about_a_message_ends_with_the_answers_in_the_owners_language(lang: str) -> None:
    from mailduns.core.catalog import t
    from mailduns.letters.compose import Templates, compose_owner_notice, default_templates_dir

    from .test_words import assert_clean, body, invoice

    common = {
        "language": lang,
        "owner_name": "Alessandra Rossi",
        "owner_email": "a@example.it",
        "event": "client-reply-other",
        "inv": invoice(),
        "excerpt": t(lang, "sample.excerpt"),
        "action_hint": t(lang, "hint.reply", number="12/2026"),
        "now": datetime(2026, 12, 8, 10, tzinfo=ROME),
    }
    templates = Templates(default_templates_dir())
    text = body(compose_owner_notice(templates, answer_ref="<reply-1@acme.example>", **common))  # type: ignore[arg-type]
    assert_clean(text, lang)
    tail = text[text.index(t(lang, "answers.intro")) :].rstrip()
    assert text.rstrip().endswith(tail) and tail.endswith(
        t(lang, "answers.ref", ref="<reply-1@acme.example>")
    )
    for answer in decide.ANSWERS:
        assert f"\n  {t(lang, f'answers.word.{answer}')} " in tail
    plain = body(compose_owner_notice(templates, **common))  # type: ignore[arg-type]
    assert t(lang, "answers.intro") not in plain  # other notes do not offer answers
