"""Late-payment fees: worked examples checked by hand, so a change in the arithmetic shows up here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mailduns.fees import ECB_MAIN_REFINANCING_RATES, FeeQuote, quote_fees, reference_rate
from mailduns.money import Money

D = Decimal


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
    q = quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1), business=False,
              flat=D("10"), percent=D("2"))
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
    q = quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1), statutory_interest=False,
              flat=D("5.00"), percent=D("1.5"), late_fee_steps=3)
    # extra = 3 × 5.00 + 3 × 1.5% × 1000 = 15 + 45 = 60 ; compensation still once
    assert q.interest == Money.of("0.00")
    assert q.extra == Money.of("60.00")
    assert q.compensation == Money.of("40.00")
    assert q.total_due == Money.of("1100.00")


def test_no_statutory_interest_and_no_compensation_configured() -> None:
    q = quote(Money.of("1000.00"), date(2025, 9, 1), date(2025, 10, 1), statutory_interest=False,
              fixed_compensation=D("0"))
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
