"""Amounts and dates as written by Italian, Spanish and English people."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mailduns.core.money import Money
from mailduns.reading.numbers import (
    currency_in,
    find_amounts,
    find_dates,
    first_date,
    mask_dates,
    parse_amount,
    parse_date,
    to_decimal,
)

REF = date(2026, 11, 20)  # a Friday


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("1.220,00 €", "1220.00", "EUR"),
        ("€ 1.220,00", "1220.00", "EUR"),
        ("€1.220,00", "1220.00", "EUR"),
        ("€ 1,220.00", "1220.00", "EUR"),
        ("EUR 1220", "1220", "EUR"),
        ("1 220,00 EUR", "1220.00", "EUR"),
        ("1\u00a0220,00\u00a0€", "1220.00", "EUR"),
        ("1\u202f220,00 €", "1220.00", "EUR"),
        ("$500", "500", "USD"),
        ("US$ 99.90", "99.90", "USD"),
        ("£1,000.50", "1000.50", "GBP"),
        ("1.000,50 GBP", "1000.50", "GBP"),
        ("Euro 800,00", "800.00", "EUR"),
        ("800,00 euro", "800.00", "EUR"),
        ("1.210,00 euros", "1210.00", "EUR"),
        ("CHF 1'250.00", "1250.00", "CHF"),
        ("12,5 €", "12.5", "EUR"),
        ("1.234.567,89 €", "1234567.89", "EUR"),
        ("1,234,567.89 $", "1234567.89", "USD"),
    ],
)
def test_parse_amount_formats(text: str, amount: str, currency: str) -> None:
    money = parse_amount(text)
    assert money == Money(Decimal(amount), currency)
    assert isinstance(money.amount, Decimal)


def test_amount_without_any_currency_sign_is_eur() -> None:
    assert parse_amount("Totale 1220.50") == Money(Decimal("1220.50"), "EUR")


def test_amount_default_currency_comes_from_elsewhere_in_the_text() -> None:
    assert parse_amount("Total (USD): 1,500.00") == Money(Decimal("1500.00"), "USD")


@pytest.mark.parametrize(
    ("number", "value"),
    [
        ("1.220", "1220"),
        ("1,220", "1220"),
        ("12,50", "12.50"),
        ("12.5", "12.5"),
        ("0,500", "0.500"),
        ("1.220,5", "1220.5"),
        ("1,220.5", "1220.5"),
        ("1.220.000", "1220000"),
        ("1 220", "1220"),
    ],
)
def test_separator_is_decided_by_shape(number: str, value: str) -> None:
    assert to_decimal(number) == Decimal(value)


def test_dates_are_not_read_as_amounts() -> None:
    assert parse_amount("entro il 02/12/2026: 1.220,00") == Money(Decimal("1220.00"), "EUR")
    assert parse_amount("scadenza 2026-12-02") is None


def test_invoice_numbers_and_percentages_are_not_amounts() -> None:
    assert [a.value for a in find_amounts("fattura 12/2026, IVA 22%, INV-0042")] == []


def test_find_amounts_reports_positions_and_currency() -> None:
    found = find_amounts("Imponibile 1.000,00 e IVA € 220,00")
    assert [(a.value, a.currency) for a in found] == [(Decimal("1000.00"), None), (Decimal("220.00"), "EUR")]


def test_currency_in() -> None:
    assert currency_in("pagare in £ entro") == "GBP"
    assert currency_in("nessuna valuta") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("02/12/2026", date(2026, 12, 2)),
        ("2/12/2026", date(2026, 12, 2)),
        ("02.12.2026", date(2026, 12, 2)),
        ("02-12-2026", date(2026, 12, 2)),
        ("02/12/26", date(2026, 12, 2)),
        ("2026-12-02", date(2026, 12, 2)),
        ("2026/12/02", date(2026, 12, 2)),
        ("2 dicembre 2026", date(2026, 12, 2)),
        ("lunedì 2 dicembre 2026", date(2026, 12, 2)),
        ("2 de diciembre de 2026", date(2026, 12, 2)),
        ("2 diciembre 2026", date(2026, 12, 2)),
        ("December 2, 2026", date(2026, 12, 2)),
        ("Dec 2nd, 2026", date(2026, 12, 2)),
        ("2 December 2026", date(2026, 12, 2)),
        ("2nd of December 2026", date(2026, 12, 2)),
        ("2-dic-2026", date(2026, 12, 2)),
        ("2 dic. 2026", date(2026, 12, 2)),
        ("1º de marzo de 2027", date(2027, 3, 1)),
        ("15 settembre 2026", date(2026, 9, 15)),
        ("15 setiembre 2026", date(2026, 9, 15)),
        ("15 ago 2026", date(2026, 8, 15)),
    ],
)
def test_explicit_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected
    assert parse_date(text, REF) == expected


def test_numeric_dates_are_day_first_unless_only_month_first_is_possible() -> None:
    assert parse_date("03/04/2026") == date(2026, 4, 3)
    assert parse_date("12/25/2026") == date(2026, 12, 25)
    assert parse_date("13/14/2026") is None


def test_dates_without_year_need_the_message_date() -> None:
    assert parse_date("5 dicembre") is None
    assert parse_date("5 dicembre", REF) == date(2026, 12, 5)
    assert parse_date("5 de diciembre", REF) == date(2026, 12, 5)
    assert parse_date("December 5", REF) == date(2026, 12, 5)
    assert parse_date("entro il 5/12", REF) == date(2026, 12, 5)


def test_dates_without_year_pick_the_next_occurrence() -> None:
    assert parse_date("10 gennaio", REF) == date(2027, 1, 10)
    assert parse_date("20 novembre", REF) == date(2026, 11, 20)
    assert parse_date("19 novembre", REF) == date(2027, 11, 19)


def test_relative_words() -> None:
    assert parse_date("venerdì", REF) == date(2026, 11, 27)  # the next Friday, not today
    assert parse_date("el viernes", REF) == date(2026, 11, 27)
    assert parse_date("on Monday", REF) == date(2026, 11, 23)
    assert parse_date("domani", REF) == date(2026, 11, 21)
    assert parse_date("tomorrow", REF) == date(2026, 11, 21)
    assert parse_date("entro fine mese", REF) == date(2026, 11, 30)
    assert parse_date("a final de mes", REF) == date(2026, 11, 30)
    assert parse_date("venerdì") is None
    assert parse_date("2 days ago", REF) is None


def test_mañana_is_tomorrow_but_esta_mañana_is_not() -> None:
    assert parse_date("mañana", REF) == date(2026, 11, 21)
    assert parse_date("esta mañana", REF) is None


def test_explicit_date_wins_over_weekday() -> None:
    assert first_date("venerdì 4 dicembre", REF) == date(2026, 12, 4)
    assert first_date("venerdì 4 dicembre", REF, explicit_only=True) == date(2026, 12, 4)
    assert first_date("venerdì", REF, explicit_only=True) is None


def test_invalid_and_non_dates() -> None:
    assert parse_date("31/02/2026") is None
    assert parse_date("fattura 12/2026") is None
    assert parse_date("2 days ago", REF) is None
    assert parse_date("") is None


def test_find_dates_in_reading_order() -> None:
    found = find_dates("Data: 02/11/2026 - Scadenza: 2 dicembre 2026")
    assert [d.value for d in found] == [date(2026, 11, 2), date(2026, 12, 2)]


def test_mask_dates_keeps_length() -> None:
    text = "Totale 02/12/2026 1.220,00"
    masked = mask_dates(text)
    assert len(masked) == len(text)
    assert "02/12/2026" not in masked and "1.220,00" in masked


MONDAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pagherò venerdì", date(2026, 12, 4)),
        ("entro fine mese", date(2026, 11, 30)),
        ("a fine mese", date(2026, 11, 30)),
        # vague expressions: a fixed reading that errs late (see numbers._RELATIVE_RE)
        ("la semana que viene", date(2026, 12, 11)),  # Friday of next week
        ("next week", date(2026, 12, 11)),
        ("la prossima settimana", date(2026, 12, 11)),
        ("lunedì prossimo", date(2026, 12, 7)),
        ("venerdì prossimo", date(2026, 12, 11)),  # that weekday of next week, not this Friday
        ("next Friday", date(2026, 12, 11)),
        ("el viernes que viene", date(2026, 12, 11)),
        ("el próximo lunes", date(2026, 12, 7)),
        ("entro fine settimana", date(2026, 12, 4)),
        ("by the end of the week", date(2026, 12, 4)),
        ("esta semana", date(2026, 12, 4)),
        ("a primeros de mes", date(2026, 12, 5)),  # the 5th of next month
        ("ai primi del mese", date(2026, 12, 5)),
        ("early next month", date(2026, 12, 5)),
        ("il mese prossimo", date(2026, 12, 31)),  # last day of next month
        ("el mes que viene", date(2026, 12, 31)),
        ("end of next month", date(2026, 12, 31)),
        ("by the 15th", date(2026, 12, 15)),
        ("entro il 15", date(2026, 12, 15)),
        ("el día 15", date(2026, 12, 15)),
        ("il 31", date(2026, 12, 31)),  # November has no 31st
        ("the 30th", date(2026, 11, 30)),  # today counts
        ("tra 10 giorni", date(2026, 12, 10)),
        ("within 10 days", date(2026, 12, 10)),
        ("en 2 semanas", date(2026, 12, 14)),
        ("dopodomani", date(2026, 12, 2)),
        ("pasado mañana", date(2026, 12, 2)),
        ("il 15 dicembre", date(2026, 12, 15)),  # the explicit date, not "il 15"
        ("el 5/12", date(2026, 12, 5)),
    ],
)
def test_relative_promise_dates(text: str, expected: date) -> None:
    assert parse_date(text, MONDAY) == expected


def test_relative_dates_need_the_message_date() -> None:
    for text in ("next week", "a primeros de mes", "by the 15th", "tra 10 giorni", "venerdì prossimo"):
        assert parse_date(text) is None


@pytest.mark.parametrize("text", ["entro il 15%", "il 15 euro", "alle 15", "entro 15 giorni lavorativi di 3"])
def test_day_numbers_that_are_not_days(text: str) -> None:
    if text.startswith("entro 15"):
        assert parse_date(text, MONDAY) == date(2026, 12, 15)  # "within 15 days"
    else:
        assert parse_date(text, MONDAY) is None


def test_next_weekday_at_the_end_of_the_year() -> None:
    assert parse_date("next week", date(2026, 12, 28)) == date(2027, 1, 8)
    assert parse_date("a primeros de mes", date(2026, 12, 28)) == date(2027, 1, 5)
    assert parse_date("il mese prossimo", date(2026, 12, 28)) == date(2027, 1, 31)
