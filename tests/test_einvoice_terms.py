"""Payment terms in words become a due date (reading/einvoice/terms.py)."""

from __future__ import annotations

from datetime import date

import pytest

from mailduns.reading.einvoice.terms import due_from_terms, end_of_month, is_discount_clause

ISSUE = date(2026, 11, 2)


@pytest.mark.parametrize(
    ("terms", "due"),
    [
        # Italian
        ("30 gg d.f.", date(2026, 12, 2)),
        ("Pagamento: bonifico bancario 30 gg df", date(2026, 12, 2)),
        ("60 giorni data fattura fine mese", date(2027, 1, 31)),
        ("Bonifico 30/60/90 gg d.f.f.m.", date(2026, 12, 31)),
        ("30 gg dffm + 10 gg", date(2027, 1, 10)),
        ("d.f.f.m. + 10", date(2026, 12, 10)),
        ("pagamento fine mese", date(2026, 11, 30)),
        ("vista fattura", ISSUE),
        ("Rimessa diretta", ISSUE),
        ("entro il 10 del mese successivo", date(2026, 12, 10)),
        ("a 3 mesi", date(2027, 2, 2)),
        ("entro il 30/01/2027", date(2027, 1, 30)),
        # Spanish
        ("a 30 días", date(2026, 12, 2)),
        ("Pago a 30 días fecha factura fin de mes", date(2026, 12, 31)),
        ("a la vista", ISSUE),
        ("el día 10 del mes siguiente", date(2026, 12, 10)),
        # English
        ("Net 30", date(2026, 12, 2)),
        ("net 45 days", date(2026, 12, 17)),
        ("Payment within 30 days", date(2026, 12, 2)),
        ("Due on receipt", ISSUE),
        ("10th of the following month", date(2026, 12, 10)),
        ("30 days end of month", date(2026, 12, 31)),
        # German and French (Factur-X examples)
        (
            "Zahlbar innerhalb 30 Tagen netto bis 15.12.2026, 3% Skonto innerhalb 10 Tagen bis 25.11.2026",
            date(2026, 12, 15),
        ),
        ("Zahlbar ohne Abzug bis 12.12.2026", date(2026, 12, 12)),
        ("paiement à 45 jours", date(2026, 12, 17)),
    ],
)
def test_terms_give_a_due_date(terms: str, due: date) -> None:
    assert due_from_terms(terms, ISSUE) == due


@pytest.mark.parametrize(
    "terms",
    [
        "bonifico bancario",
        "3% Skonto innerhalb 10 Tagen bis 25.11.2026",  # only a discount: no due date in it
        "2% sconto pagamento a 10 gg",
        "",
        "Pagamento a 999 giorni",  # not plausible terms
    ],
)
def test_terms_without_a_due_date(terms: str) -> None:
    assert due_from_terms(terms, ISSUE) is None


def test_discount_clause_is_skipped_for_the_net_term() -> None:
    # the discount clause comes first here; the net term still wins
    assert due_from_terms("2% discount if paid within 10 days; net 30", ISSUE) == date(2026, 12, 2)


def test_relative_terms_need_an_issue_date_but_explicit_dates_do_not() -> None:
    assert due_from_terms("30 gg d.f.", None) is None
    assert due_from_terms("netto bis 15.12.2026", None) == date(2026, 12, 15)


def test_explicit_dates_before_the_issue_are_not_due_dates() -> None:
    assert due_from_terms("condizioni del contratto 01/01/2020, 30 gg d.f.", ISSUE) == date(2026, 12, 2)


def test_explicit_dates_can_be_ignored_for_free_text() -> None:
    assert due_from_terms("pagamento entro il 30/01/2027", ISSUE, explicit_dates=False) is None
    assert due_from_terms("pagamento a 30 gg d.f.", ISSUE, explicit_dates=False) == date(2026, 12, 2)


def test_end_of_month_and_next_month_day_handle_short_months() -> None:
    assert end_of_month(date(2028, 2, 3)) == date(2028, 2, 29)
    assert due_from_terms("entro il 31 del mese successivo", date(2027, 1, 15)) == date(2027, 2, 28)
    assert due_from_terms("30 gg d.f.f.m.", date(2027, 1, 31)) == date(2027, 3, 31)


def test_is_discount_clause() -> None:
    assert is_discount_clause("Zahlbar mit 2% Skonto bis")
    assert not is_discount_clause("Zahlbar ohne Abschlag bis")
    assert not is_discount_clause(None)
