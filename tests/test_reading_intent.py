"""Client intent on single sentences: promises in the many ways people make them, and the near misses
that must stay "nothing" (a wrong paid or promise silences reminders)."""

from __future__ import annotations

from datetime import date

import pytest

from mailduns.reading.classify import read_intent

MONDAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Pagherò venerdì, scusa il ritardo.", date(2026, 12, 4)),
        ("Provvederemo entro fine mese.", date(2026, 11, 30)),
        ("Os hacemos la transferencia la semana que viene.", date(2026, 12, 11)),
        ("We'll pay by the 15th.", date(2026, 12, 15)),
        ("I will pay next week.", date(2026, 12, 11)),
        ("Faccio il bonifico lunedì prossimo.", date(2026, 12, 7)),
        ("Vi paghiamo a fine mese.", date(2026, 11, 30)),
        ("Le pagaremos a primeros de mes.", date(2026, 12, 5)),
        ("Lo pago a primeros de mes", date(2026, 12, 5)),
        ("Te lo pago la semana que viene", date(2026, 12, 11)),
        ("Pago el viernes", date(2026, 12, 4)),
        ("Will settle it next week", date(2026, 12, 11)),
        ("Il bonifico lo faccio a inizio mese", date(2026, 12, 5)),
        ("Contiamo di pagare entro il 15", date(2026, 12, 15)),
        ("Pensamos pagar a primeros de mes", date(2026, 12, 5)),
        ("Paying next week", date(2026, 12, 11)),
        ("Payment next Friday", date(2026, 12, 11)),
        ("Ve lo saldo entro venerdì", date(2026, 12, 4)),
        ("A fine mese saldiamo tutto.", date(2026, 11, 30)),
        ("We hope to pay before Christmas, on 23 December.", date(2026, 12, 23)),
    ],
)
def test_promises_and_their_dates(text: str, when: date) -> None:
    facts = read_intent(text, MONDAY)
    assert (facts.intent, facts.promised_date) == ("promise", when)


@pytest.mark.parametrize(
    "text",
    [
        "We'll pay attention to the terms next time.",
        "I will pay you a visit next week to discuss.",
        "Payment sent? Let me know.",
        "Posso pagare lunedì?",
        "¿Puedo pagar el viernes?",
        "Can I pay on Friday?",
        "Ci avete già pagato la fattura di novembre?",
        "Did the payment arrive?",
        "Il pagamento è arrivato?",
        "Pago sempre a 60 giorni data fattura.",
        "Pagamos siempre a 60 días.",
        "Payment is made within 60 days of receipt, as per our policy.",
        "Il bonifico lo faccio io o il commercialista?",
        "Il bonifico è stato rifiutato dalla banca.",
        "Paid? No, not yet.",
        "Saldato? Non ancora.",
        "Non abbiamo ancora pagato.",
        "Todavía no hemos pagado.",
        "We haven't paid yet.",
    ],
)
def test_near_misses_say_nothing(text: str) -> None:
    assert read_intent(text, MONDAY).intent is None


def test_a_question_after_a_statement_does_not_undo_it() -> None:
    assert read_intent("Paid yesterday, ok?", MONDAY).intent == "paid"
    assert read_intent("Pagato ieri. Vi è arrivato?", MONDAY).intent == "paid"


def test_a_present_tense_in_the_past_is_not_a_promise() -> None:
    assert read_intent("Pago il 3/11/2026, come sempre.", MONDAY).intent is None


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for letting me know that invoice INV-0042 has been paid (transfer made on 8 December).",
        "Grazie per avermi comunicato che la fattura n. 12/2026 è stata pagata.",
        "Muchas gracias por comunicarme que la factura 2026/7 ya está pagada.",
        "You told me on Monday that the invoice was paid.",
    ],
)
def test_reported_payment_is_not_a_new_claim(text: str) -> None:
    assert read_intent(text, MONDAY).intent is None


def test_a_client_repeating_themselves_still_says_paid() -> None:
    assert read_intent("As I told you, we paid on Friday.", MONDAY).intent == "paid"
    assert read_intent("Come le ho detto, abbiamo pagato venerdì.", MONDAY).intent == "paid"


def test_a_sentence_wrapped_after_an_abbreviation_or_before_a_number_keeps_its_beginning() -> None:
    assert (
        read_intent("grazie per avermi comunicato che la fattura n.\n12/2026 è stata pagata.", MONDAY).intent
        is None
    )
    assert (
        read_intent(
            "Thank you for letting me know on 9 December 2026 that invoice\nINV-0042 has been paid.", MONDAY
        ).intent
        is None
    )


# round 3: a payment plan with a day ahead, pronouns before a verb, a weekday gone
from mailduns.reading import dates as _dates  # noqa: E402
from mailduns.reading import intent as _clauses  # noqa: E402

_WED = date(2026, 11, 11)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("La sua fattura è già in lista per il 10 dicembre.", date(2026, 12, 10)),
        ("Entra en la remesa del 25.", date(2026, 11, 25)),
        ("It's in the 20 Nov payment run.", date(2026, 11, 20)),
        ("Deb says it's scheduled for the 15th.", date(2026, 11, 15)),
        ("Te lo mando entro venerdì, promesso!!", date(2026, 11, 13)),
        ("La approvo oggi e parte con i pagamenti del 20.", date(2026, 11, 20)),
        ("Lo Studio provvederà al saldo della fattura entro il 30 novembre.", date(2026, 11, 30)),
    ],
)
def test_plans_and_pronouns_are_dated_promises(text: str, when: date) -> None:
    got = _clauses.read(text, _WED, None)
    assert (got.intent, got.promised_date) == ("promise", when)


@pytest.mark.parametrize(
    "text",
    [
        "Fatta la distinta ieri, valuta lunedì.",  # a plan carried out: not a promise
        "Abbiamo una call programmata per lunedì 16.",  # a meeting, not a payment
        "Non è in lista per il 10.",  # a plan denied
    ],
)
def test_plans_that_promise_nothing(text: str) -> None:
    assert _clauses.read(text, _WED, None).intent != "promise"


def test_a_weekday_gone_is_not_a_day_ahead_and_a_day_is_not_cut() -> None:
    assert [f.value for f in _dates.find("aprobado en la reunión del pasado jueves", _WED)] == []
    assert [f.value for f in _dates.find("il 10 di ogni mese", _WED)] == []
