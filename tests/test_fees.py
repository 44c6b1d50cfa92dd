"""Late-payment fees: worked examples checked by hand, so a change in the arithmetic shows up here."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from mailduns.core.errors import ConfigError
from mailduns.core.fees import (
    ECB_MAIN_REFINANCING_RATES,
    FeeQuote,
    fee_lines,
    load_rates,
    quote_fees,
    reference_rate,
    shipped_rates_path,
    user_rates_path,
)
from mailduns.core.money import Money

D = Decimal


@pytest.fixture(autouse=True)
def no_user_rates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test sees only the shipped table unless it writes a user file itself."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config" / "mailduns" / "ecb_rates.toml"


def quote(amount: Money, due: date, on: date, **overrides: object) -> FeeQuote:
    kwargs: dict[str, object] = {
        "business": True,
        "statutory_interest": True,
        "fixed_compensation": D("40.00"),
        "flat": D("0"),
        "percent": D("0"),
        "late_fee_steps": 1,
    }
    kwargs.update(overrides)
    return quote_fees(amount, due, on, **kwargs)  # type: ignore[arg-type]


def test_reference_rate_table_by_half_year() -> None:
    assert reference_rate(date(2023, 7, 1)) == D("4.00")
    assert reference_rate(date(2023, 12, 31)) == D("4.00")
    assert reference_rate(date(2024, 1, 1)) == D("4.50")
    assert reference_rate(date(2024, 6, 30)) == D("4.50")
    assert reference_rate(date(2024, 7, 1)) == D("4.25")
    assert reference_rate(date(2025, 1, 15)) == D("3.15")
    assert reference_rate(date(2025, 7, 1)) == D("2.15")


def test_reference_rate_beyond_table_uses_last_known_value() -> None:
    last_value = ECB_MAIN_REFINANCING_RATES[-1][1]
    assert reference_rate(date(2099, 3, 1)) == last_value


def test_table_is_sorted_half_year_starts() -> None:
    starts = [d for d, _ in ECB_MAIN_REFINANCING_RATES]
    assert starts == sorted(starts)
    assert all(d.day == 1 and d.month in (1, 7) for d in starts)
    assert all(isinstance(v, Decimal) for _, v in ECB_MAIN_REFINANCING_RATES)


def test_worked_example_30_days_at_10_15() -> None:
    # 1000.00 × 10.15% × 30 / 365 = 8.3424… → 8.34 ; + 40.00 compensation
    q = quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1))
    assert q.days_late == 30
    assert q.annual_rate == D("10.15")
    assert q.interest == Money.of("8.34")
    assert q.compensation == Money.of("40.00")
    assert q.extra == Money.of("0.00")
    assert q.total_due == Money.of("1048.34")
    assert q.fees == Money.of("48.34")
    assert q.applies


def test_explicit_ecb_rate_overrides_table() -> None:
    # 1220.00 × (4.00 + 8)% × 10 / 365 = 4.0109… → 4.01
    q = quote(Money.of("1220.00"), date(2026, 12, 2), date(2026, 12, 12), ecb_rate=D("4.00"))
    assert q.annual_rate == D("12.00")
    assert q.interest == Money.of("4.01")


def test_interest_starts_the_day_after_due_date() -> None:
    q = quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 9, 2))
    # one day: 1000 × 0.1015 / 365 = 0.278… → 0.28
    assert q.days_late == 1
    assert q.interest == Money.of("0.28")


def test_delay_spanning_two_half_years_uses_each_rate() -> None:
    # 16–30 June 2025: 15 days at 11.15% = 4.5822 ; 1–15 July: 15 days at 10.15% = 4.1712 → 8.7534
    q = quote(Money.of("1000.00"), date(2025, 6, 15), date(2025, 7, 15))
    assert q.interest == Money.of("8.75")
    assert q.annual_rate == D("10.15")  # the current half-year's rate


def test_rounding_only_at_the_end() -> None:
    # per-day rounding would give 30 × 0.28 = 8.40; the exact sum is 8.3424 → 8.34
    q = quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1))
    assert q.interest.amount == D("8.34")


def test_half_up_rounding() -> None:
    # 73.00 × 10% × 1 / 365 = 0.02 exactly; 91.25 × 10% × 1/365 = 0.025 → 0.03 (half up)
    q = quote(Money.of("91.25"), date(2025, 9, 1), date(2025, 9, 2), ecb_rate=D("2"), fixed_compensation=D(0))
    assert q.interest == Money.of("0.03")


def test_consumers_pay_nothing() -> None:
    q = quote(
        Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1), business=False, flat=D("10"), percent=D("2")
    )
    assert not q.applies
    assert q.interest == q.compensation == q.extra == Money.of("0.00")
    assert q.total_due == Money.of("1000.00")


def test_not_late_yet_nothing_applies() -> None:
    q = quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 9, 1))
    assert not q.applies and q.days_late == 0 and q.total_due == Money.of("1000.00")
    q = quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 8, 20))
    assert not q.applies and q.days_late == 0


def test_no_late_fee_step_yet_nothing_applies() -> None:
    q = quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1), late_fee_steps=0)
    assert not q.applies and q.fees == Money.of("0.00")


def test_flat_and_percent_per_late_fee_step_compensation_once() -> None:
    q = quote(
        Money.of("1000.00"),
        date(2025, 9, 1),
        date(2025, 10, 1),
        statutory_interest=False,
        flat=D("5.00"),
        percent=D("1.5"),
        late_fee_steps=3,
    )
    # extra = 3 × 5.00 + 3 × 1.5% × 1000 = 15 + 45 = 60 ; compensation still once
    assert q.interest == Money.of("0.00")
    assert q.extra == Money.of("60.00")
    assert q.compensation == Money.of("40.00")
    assert q.total_due == Money.of("1100.00")


def test_no_statutory_interest_and_no_compensation_configured() -> None:
    q = quote(
        Money.of("1000.00"),
        date(2025, 9, 1),
        date(2025, 10, 1),
        statutory_interest=False,
        fixed_compensation=D("0"),
    )
    assert not q.applies
    assert q.total_due == Money.of("1000.00")


def test_foreign_currency_is_never_converted() -> None:
    q = quote(Money.of("1000.00", "USD"), date(2025, 9, 1), date(2025, 10, 1), flat=D("5"), percent=D("1"))
    # interest and percent are proportional: computed in USD; the EUR 40 and the EUR flat fee are dropped
    assert q.interest == Money.of("8.34", "USD")
    assert q.compensation == Money.of("0.00", "USD")
    assert q.extra == Money.of("10.00", "USD")
    assert q.total_due == Money.of("1018.34", "USD")
    assert {m.currency for m in (q.interest, q.compensation, q.extra, q.total_due)} == {"USD"}


def test_credit_note_gets_no_fees() -> None:
    q = quote(Money.of("-100.00"), date(2025, 9, 1), date(2025, 10, 1))
    assert not q.applies


def test_rejects_float_and_negative_settings() -> None:
    with pytest.raises(TypeError):
        quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1), flat=5.0)
    with pytest.raises(ValueError):
        quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1), percent=D("-1"))


def test_total_is_sum_of_rounded_parts() -> None:
    q = quote(Money.of("333.33"), date(2025, 9, 1), date(2025, 11, 17), percent=D("0.333"))
    assert q.total_due == Money.of("333.33") + q.interest + q.compensation + q.extra


# --- the rate table as data -----------------------------------------------------------------------


def test_shipped_table_is_package_data_with_its_source() -> None:
    path = shipped_rates_path()
    assert path.name == "ecb_rates.toml" and path.is_file()
    text = path.read_text(encoding="utf-8")
    assert "ecb.europa.eu" in text and "Gazzetta Ufficiale" in text and "BOE" in text
    assert ECB_MAIN_REFINANCING_RATES[0] == (date(2013, 1, 1), D("0.75"))
    assert (date(2026, 1, 1), D("2.15")) in ECB_MAIN_REFINANCING_RATES  # GU n. 15, 20 January 2026
    assert reference_rate(date(2014, 9, 1)) == D("0.15")


def write_rates(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_adds_rows_and_wins(no_user_rates: Path) -> None:
    assert user_rates_path() == no_user_rates
    assert load_rates() == ECB_MAIN_REFINANCING_RATES
    write_rates(no_user_rates, '[rates]\n"2026-H2" = "1.90"\n"2025-H2" = "2.00"\n')
    table = load_rates()
    assert (date(2026, 7, 1), D("1.90")) in table and (date(2025, 7, 1), D("2.00")) in table
    assert (date(2025, 7, 1), D("2.15")) not in table
    assert reference_rate(date(2026, 8, 1)) == D("1.90")  # the default table includes the user's
    assert reference_rate(date(2026, 8, 1), ECB_MAIN_REFINANCING_RATES) == D("2.15")


def test_edited_user_file_is_read_again(no_user_rates: Path) -> None:
    write_rates(no_user_rates, '[rates]\n"2026-H2" = "1.90"\n')
    assert reference_rate(date(2026, 8, 1)) == D("1.90")
    write_rates(no_user_rates, '[rates]\n"2026-H2" = "1.65"   # corrected\n')
    os.utime(no_user_rates, ns=(1, 1))  # a different stamp even on a coarse-grained file system
    assert reference_rate(date(2026, 8, 1)) == D("1.65")


def test_explicit_rates_file(tmp_path: Path) -> None:
    path = write_rates(tmp_path / "rates.toml", '[rates]\n"2027-h1" = 1.40\n')  # a bare float, read exactly
    table = load_rates(path)
    assert table[-1] == (date(2027, 1, 1), D("1.40"))
    q = quote(Money.of("1000.00"), date(2027, 1, 1), date(2027, 1, 31), rates=table)
    # 1000.00 × 9.40% × 30/365 = 7.7260… → 7.73
    assert q.annual_rate == D("9.40") and q.interest == Money.of("7.73")
    with pytest.raises(ConfigError, match="does not exist"):
        load_rates(tmp_path / "missing.toml")


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ('[rates]\n"2026-H3" = "2.15"\n', "not a half-year"),
        ('[rates]\n"2026-H2" = "215"\n', "not a plausible"),
        ('[rates]\n"2026-H2" = "abc"\n', "not a number"),
        ('[rates]\n"2026-H2" = true\n', "percentage"),
        ('"2026-H2" = "2.15"\n', r"\[rates\]"),
        ("[rates\n", "not valid TOML"),
    ],
)
def test_bad_rates_file_is_a_located_config_error(tmp_path: Path, text: str, match: str) -> None:
    path = write_rates(tmp_path / "rates.toml", text)
    with pytest.raises(ConfigError, match=match) as err:
        load_rates(path)
    assert err.value.file == str(path)


# --- worked examples, derived by hand ---------------------------------------------------------------


def test_worked_example_across_the_new_year() -> None:
    # 22–31 Dec 2023: 10 days at 4.00 + 8 = 12%:   1000 × 0.12  × 10/365 = 3.2876… → 3.29
    #  1–10 Jan 2024: 10 days at 4.50 + 8 = 12.5%: 1000 × 0.125 × 10/365 = 3.4246… → 3.42
    q = quote(Money.of("1000.00"), date(2023, 12, 21), date(2024, 1, 10))
    assert [(p.start, p.end, p.days, p.annual_rate, p.interest) for p in q.periods] == [
        (date(2023, 12, 22), date(2023, 12, 31), 10, D("12.00"), Money.of("3.29")),
        (date(2024, 1, 1), date(2024, 1, 10), 10, D("12.50"), Money.of("3.42")),
    ]
    assert q.interest == Money.of("6.71")
    assert q.total_due == Money.of("1046.71")
    assert fee_lines(q, "it", number="7/2023") == [
        "Fattura n. 7/2023: 1.000,00 €",
        "Interessi moratori dal 22 dicembre 2023 al 31 dicembre 2023: 1.000,00 € × 12% × 10/365 = 3,29 €",
        "Interessi moratori dal 1° gennaio 2024 al 10 gennaio 2024: 1.000,00 € × 12,5% × 10/365 = 3,42 €",
        "Risarcimento forfettario dei costi di recupero: 40,00 €",
        "Totale dovuto: 1.046,71 €",
    ]


def test_worked_example_partial_payment_interest_on_the_balance() -> None:
    # 1000.00 due 1 Sep 2025 (10.15%), 400.00 received 11 Sep, quoted 1 Oct:
    #  2–11 Sep: 10 days on 1000.00: 1000 × 0.1015 × 10/365 = 2.7808… → 2.78
    # 12 Sep–1 Oct: 20 days on 600.00: 600 × 0.1015 × 20/365 = 3.3369… → 3.34
    # total due: 600.00 + 6.12 + 40.00 = 646.12
    paid = [(date(2025, 9, 11), Money.of("400.00"))]
    q = quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1), payments=paid)
    assert q.interest == Money.of("6.12")
    assert q.balance == Money.of("600.00")
    assert q.total_due == Money.of("646.12")
    assert fee_lines(q, "en") == [
        "Invoice amount: €1,000.00",
        "Part payment received on 11 September 2025: -€400.00",
        "Balance: €600.00",
        "Late-payment interest from 2 September 2025 to 11 September 2025: €1,000.00 × 10.15% × 10/365 = €2.78",
        "Late-payment interest from 12 September 2025 to 1 October 2025: €600.00 × 10.15% × 20/365 = €3.34",
        "Fixed compensation for recovery costs: €40.00",
        "Total due: €646.12",
    ]


def test_payment_before_the_due_date_lowers_the_principal_from_the_start() -> None:
    # 600.00 outstanding for 30 days at 10.15%: 600 × 0.1015 × 30/365 = 5.0054… → 5.01
    paid = [(date(2025, 8, 20), Money.of("400.00"))]
    q = quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1), payments=paid)
    assert q.interest == Money.of("5.01") and q.total_due == Money.of("645.01")
    assert len(q.periods) == 1


def test_payment_after_the_quote_date_is_not_seen_and_full_payment_ends_fees() -> None:
    later = [(date(2025, 10, 5), Money.of("400.00"))]
    assert quote(
        Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1), payments=later
    ).interest == Money.of("8.34")
    settled = [(date(2025, 9, 5), Money.of("600.00")), (date(2025, 9, 20), Money.of("400.00"))]
    q = quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1), payments=settled)
    assert not q.applies and q.total_due == Money.of("0.00") and fee_lines(q, "it") == []
    with pytest.raises(ValueError, match="USD"):
        quote(
            Money.of("1000.00"),
            date(2025, 9, 1),
            date(2025, 10, 1),
            payments=[(date(2025, 9, 5), Money.of("1.00", "USD"))],
        )


def test_worked_example_leap_year_counts_365() -> None:
    # 16 Feb–15 Mar 2024 = 29 days (29 February included) at 4.50 + 8 = 12.5%:
    # 1000 × 0.125 × 29/365 = 9.9315… → 9.93   (with 366 it would be 9.90)
    q = quote(Money.of("1000.00"), date(2024, 2, 15), date(2024, 3, 15))
    assert q.days_late == 29
    assert q.interest == Money.of("9.93")
    assert fee_lines(q, "es")[1] == "Intereses de demora: 1.000,00 € × 12,5 % × 29/365 = 9,93 €"


def test_fee_lines_for_the_letter_example_in_each_language() -> None:
    q = quote(Money.of("1220.00"), date(2026, 12, 2), date(2026, 12, 12), ecb_rate=D("2.15"))
    assert fee_lines(q, "it", number="12/2026") == [
        "Fattura n. 12/2026: 1.220,00 €",
        "Interessi moratori: 1.220,00 € × 10,15% × 10/365 = 3,39 €",
        "Risarcimento forfettario dei costi di recupero: 40,00 €",
        "Totale dovuto: 1.263,39 €",
    ]
    assert fee_lines(q, "es")[0] == "Importe de la factura: 1.220,00 €"
    assert fee_lines(q, "es")[-1] == "Total adeudado: 1.263,39 €"
    assert (
        fee_lines(q, "en", number="12/2026")[1]
        == "Late-payment interest: €1,220.00 × 10.15% × 10/365 = €3.39"
    )


def test_fee_lines_show_the_contractual_extra_and_nothing_for_consumers() -> None:
    q = quote(
        Money.of("1000.00"),
        date(2025, 9, 1),
        date(2025, 10, 1),
        statutory_interest=False,
        fixed_compensation=D(0),
        flat=D("25.00"),
    )
    assert fee_lines(q, "it") == [
        "Importo della fattura: 1.000,00 €",
        "Maggiorazione per ritardato pagamento, come da condizioni concordate: 25,00 €",
        "Totale dovuto: 1.025,00 €",
    ]
    assert (
        fee_lines(quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1), business=False), "it") == []
    )


def test_fee_lines_of_a_quote_built_by_hand() -> None:
    eur = Money.of
    q = FeeQuote(
        interest=eur("3.40"),
        compensation=eur("0.00"),
        extra=eur("0.00"),
        total_due=eur("1223.40"),
        days_late=10,
        annual_rate=D("10.15"),
        applies=True,
    )
    assert fee_lines(q, "it") == [
        "Importo della fattura: 1.220,00 €",
        "Interessi moratori (10 giorni): 3,40 €",
        "Totale dovuto: 1.223,40 €",
    ]


def test_percent_fee_is_on_the_balance() -> None:
    # 2% of the 600.00 still owed, not of the 1000.00 invoiced
    q = quote(
        Money.of("1000.00"),
        date(2025, 9, 1),
        date(2025, 10, 1),
        statutory_interest=False,
        fixed_compensation=D(0),
        percent=D("2"),
        payments=[(date(2025, 9, 10), Money.of("400.00"))],
    )
    assert q.extra == Money.of("12.00") and q.total_due == Money.of("612.00")
