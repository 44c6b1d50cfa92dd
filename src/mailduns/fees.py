"""Late-payment fees: statutory interest, fixed compensation and contractual extras, all in Decimal.

Why this module exists: a reminder that claims money must claim the *right* money. Asking a client
for a wrong amount is worse than asking for nothing, so this is pure arithmetic with no I/O, no float,
and rounding to cents only once, at the end of each figure.

The law (for business-to-business and business-to-public-authority transactions):

* EU Directive 2011/7/EU on combating late payment in commercial transactions, implemented in Italy
  by D.Lgs. 231/2002 (as amended by D.Lgs. 192/2012) and in Spain by Ley 3/2004 (as amended by
  Ley 11/2013 and others).
* Interest for late payment ("interessi moratori", "intereses de demora") accrues automatically,
  without any formal notice, from the day after the due date: simple interest at the *reference
  rate* plus 8 percentage points a year. The reference rate is the ECB rate on its most recent main
  refinancing operations in force on 1 January (for the first half of a year) or 1 July (for the
  second half). Because the rate is fixed per half-year, a delay spanning 30 June / 31 December
  is computed in pieces, each half-year at its own rate.
* A fixed compensation for recovery costs of EUR 40 is due once per invoice (IT art. 6 D.Lgs.
  231/2002, ES art. 8 Ley 3/2004), without notice.
* Consumers (B2C) are outside the directive: for them mailduns charges nothing at all, not even the
  contractual extras (in Italy and Spain penalties in consumer contracts are easily unfair terms;
  the freelancer can still ask by hand).

Day count: days/365, also in leap years, which is how Italian and Spanish practice and most
online calculators count statutory interest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from .money import Money

__all__ = ["ECB_MAIN_REFINANCING_RATES", "STATUTORY_MARGIN", "FeeQuote", "quote_fees", "reference_rate"]

_CENT = Decimal("0.01")
_DAYS_PER_YEAR = Decimal(365)
_HUNDRED = Decimal(100)

#: Points added to the reference rate for statutory interest (directive art. 2(6)).
STATUTORY_MARGIN = Decimal(8)

#: ECB main refinancing operations (MRO) rate, in percent, in force on the first day of each
#: half-year, i.e. the "reference rate" of directive 2011/7/EU art. 2(7).
#:
#: Source: ECB, "Key ECB interest rates"
#: (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html);
#: the same values are published every half-year by the Italian Ministry of Economy and Finance in the
#: Gazzetta Ufficiale (D.Lgs. 231/2002 art. 5) and by the Spanish Ministerio de Hacienda in the BOE
#: (Ley 3/2004 art. 7). Rate changes during a half-year do not matter: only the value on 1 January /
#: 1 July counts (e.g. the ECB cut to 2.15 on 11 June 2025 applies from 1 July 2025).
#:
#: Keys are the first day of the half-year. Add a row every January and July; until then dates after
#: the last row use the last known value (see `reference_rate`), and `[fees] ecb_rate` in the config
#: can override the table entirely.
ECB_MAIN_REFINANCING_RATES: tuple[tuple[date, Decimal], ...] = (
    (date(2016, 7, 1), Decimal("0.00")),   # 0.00 since 16 March 2016
    (date(2017, 1, 1), Decimal("0.00")),
    (date(2017, 7, 1), Decimal("0.00")),
    (date(2018, 1, 1), Decimal("0.00")),
    (date(2018, 7, 1), Decimal("0.00")),
    (date(2019, 1, 1), Decimal("0.00")),
    (date(2019, 7, 1), Decimal("0.00")),
    (date(2020, 1, 1), Decimal("0.00")),
    (date(2020, 7, 1), Decimal("0.00")),
    (date(2021, 1, 1), Decimal("0.00")),
    (date(2021, 7, 1), Decimal("0.00")),
    (date(2022, 1, 1), Decimal("0.00")),
    (date(2022, 7, 1), Decimal("0.00")),   # first hike (0.50) came on 27 July 2022
    (date(2023, 1, 1), Decimal("2.50")),   # set 21 December 2022
    (date(2023, 7, 1), Decimal("4.00")),   # set 21 June 2023
    (date(2024, 1, 1), Decimal("4.50")),   # set 20 September 2023
    (date(2024, 7, 1), Decimal("4.25")),   # set 12 June 2024
    (date(2025, 1, 1), Decimal("3.15")),   # set 18 December 2024
    (date(2025, 7, 1), Decimal("2.15")),   # set 11 June 2025
)


def _half_year_start(on: date) -> date:
    return date(on.year, 1 if on.month <= 6 else 7, 1)


def _next_half_year_start(on: date) -> date:
    return date(on.year, 7, 1) if on.month <= 6 else date(on.year + 1, 1, 1)


def reference_rate(on: date) -> Decimal:
    """The ECB reference rate (percent) applicable on `on`: the MRO rate in force on 1 Jan / 1 Jul.

    For a date after the last row of `ECB_MAIN_REFINANCING_RATES` this returns the last known value:
    the rate changes rarely and a slightly stale rate is better than refusing to quote, but the table
    must be kept up to date (or `[fees] ecb_rate` set) for the figures to be exact. For a date before
    the first row it returns the first row (0.00, in force since 2016) — old enough not to matter.
    """
    start = _half_year_start(on)
    rate = ECB_MAIN_REFINANCING_RATES[0][1]
    for since, value in ECB_MAIN_REFINANCING_RATES:
        if since <= start:
            rate = value
        else:
            break
    return rate


@dataclass(frozen=True)
class FeeQuote:
    """What may be added to an overdue invoice on a given day. All amounts are rounded to cents.

    `interest` is statutory interest; `compensation` the fixed recovery-costs compensation (EUR 40,
    once per invoice); `extra` the contractual flat and percentage fees; `total_due` the invoice
    amount plus all of these (exactly the sum of the rounded figures, so a letter always adds up).
    `annual_rate` is the statutory rate (reference rate + 8) for the half-year containing the quote
    date — when a delay spans two half-years the interest uses each half-year's own rate, and this
    is the current one. `applies` is False when nothing may be charged (a consumer, not late yet,
    nothing configured): then every fee is zero and `total_due` equals the amount.
    """

    interest: Money
    compensation: Money
    extra: Money
    total_due: Money
    days_late: int
    annual_rate: Decimal
    applies: bool

    @property
    def fees(self) -> Money:
        """Interest + compensation + extra: everything beyond the invoice amount."""
        return self.interest + self.compensation + self.extra


def _statutory_interest(principal: Decimal, due: date, on: date, ecb_rate: Decimal | None) -> Decimal:
    """Unrounded simple interest from the day after `due` to `on` inclusive, per half-year rate."""
    total = Decimal(0)
    start = due + timedelta(days=1)
    while start <= on:
        end = min(on, _next_half_year_start(start) - timedelta(days=1))
        days = (end - start).days + 1
        base = ecb_rate if ecb_rate is not None else reference_rate(start)
        rate = (base + STATUTORY_MARGIN) / _HUNDRED
        total += principal * rate * Decimal(days) / _DAYS_PER_YEAR
        start = end + timedelta(days=1)
    return total


def _cents(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def quote_fees(
    amount: Money,
    due: date,
    on: date,
    *,
    business: bool,
    statutory_interest: bool,
    fixed_compensation: Decimal,
    flat: Decimal,
    percent: Decimal,
    late_fee_steps: int,
    ecb_rate: Decimal | None = None,
) -> FeeQuote:
    """Quote the fees on `amount`, due on `due`, as of `on`.

    * statutory interest (if `statutory_interest`): see the module docstring; `ecb_rate`, when given,
      replaces the table for the whole period (the config's override).
    * `fixed_compensation` (EUR) once per invoice, as soon as at least one late-fee step was sent.
    * `flat` (EUR) and `percent` (of the amount) once per late-fee step: `late_fee_steps` is how many
      late-fee steps have been sent, including the one being composed — the fee is applied per step,
      never per daemon cycle.

    Currency: the compensation and the flat fee are amounts in EUR. If the invoice is in another
    currency they are zero — never converted, because an exchange rate picked by a daemon is not
    something a client can be asked to pay. Interest and percentage fees are proportional, so they
    are computed in the invoice's own currency.

    Nothing is charged (`applies` False, all zero) to consumers (`business=False`), before the due
    date, when `late_fee_steps` is zero, or when the amount is not positive (a credit note).
    """
    for name, value in (("fixed_compensation", fixed_compensation), ("flat", flat), ("percent", percent),
                        ("ecb_rate", ecb_rate)):
        if value is not None and not isinstance(value, Decimal):
            raise TypeError(f"{name} must be a Decimal, not {type(value).__name__}")
        if name != "ecb_rate" and value is not None and value < 0:
            raise ValueError(f"{name} cannot be negative: {value}")
    currency = amount.currency
    zero = Money(Decimal("0.00"), currency)
    days_late = max(0, (on - due).days)
    annual_rate = (ecb_rate if ecb_rate is not None else reference_rate(on)) + STATUTORY_MARGIN
    principal = amount.amount
    if not business or days_late == 0 or late_fee_steps <= 0 or principal <= 0:
        return FeeQuote(zero, zero, zero, amount.rounded(), days_late, annual_rate, False)

    interest = _statutory_interest(principal, due, on, ecb_rate) if statutory_interest else Decimal(0)
    in_euro = currency == "EUR"
    compensation = fixed_compensation if in_euro else Decimal(0)
    steps = Decimal(late_fee_steps)
    extra = principal * percent / _HUNDRED * steps
    if in_euro:
        extra += flat * steps

    interest_m = Money(_cents(interest), currency)
    compensation_m = Money(_cents(compensation), currency)
    extra_m = Money(_cents(extra), currency)
    total = amount.rounded() + interest_m + compensation_m + extra_m
    applies = any(m.amount > 0 for m in (interest_m, compensation_m, extra_m))
    return FeeQuote(interest_m, compensation_m, extra_m, total, days_late, annual_rate, applies)
