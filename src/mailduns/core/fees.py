"""Late-payment fees: statutory interest, fixed compensation and contractual extras, all in Decimal.

Why this file is long: it is the one home of every figure a letter claims — the rate tables, the
computation under the Directive and under UK and Irish law, and the same computation in words
(`fee_lines`), which must stay beside the arithmetic it describes so the lines always add up.

Why this module exists: a reminder that claims money must claim the *right* money. Asking a client
for a wrong amount is worse than asking for nothing, so this is pure arithmetic with no float, and
every figure a letter shows is rounded to the cent exactly once.

The law (for business-to-business and business-to-public-authority transactions):

* EU Directive 2011/7/EU on combating late payment in commercial transactions, implemented in Italy
  by D.Lgs. 231/2002 (as amended by D.Lgs. 192/2012) and in Spain by Ley 3/2004 (as amended by
  Ley 11/2013 and others).
* Interest for late payment ("interessi moratori", "intereses de demora") accrues automatically,
  without any formal notice, from the day after the due date up to the day of payment: simple
  interest at the *reference rate* plus 8 percentage points a year. The reference rate is the ECB
  rate on its most recent main refinancing operations in force on 1 January (for the first half of
  a year) or 1 July (for the second half). Because the rate is fixed per half-year, a delay spanning
  30 June / 31 December is computed in pieces, each half-year at its own rate.
* A fixed compensation for recovery costs of EUR 40 is due once per invoice (IT art. 6 D.Lgs.
  231/2002, ES art. 8 Ley 3/2004), without notice.
* Consumers (B2C) are outside the directive: for them mailduns charges nothing at all, not even the
  contractual extras (in Italy and Spain penalties in consumer contracts are easily unfair terms;
  the freelancer can still ask by hand).

Two laws differ from that rule, and `law` (core/legal.py) selects them:

* "GB" — the Late Payment of Commercial Debts (Interest) Act 1998 (the whole UK). Statutory interest
  is 8% a year over the Bank of England's Bank Rate in force on 31 December (interest starting
  1 January–30 June) or 30 June (starting 1 July–31 December) before it starts to run, fixed for the
  whole delay (SI 2002/1675 art. 4): one rate, no half-year split (`boe_rates.toml`). The fixed sum
  of s. 5A(2) is £40 for a debt under £1,000, £70 under £10,000, £100 from £10,000 — in sterling,
  so only on a GBP invoice (never converted).
* "IE" — the European Communities (Late Payment in Commercial Transactions) Regulations 2012
  (S.I. No. 580 of 2012): the ECB rate + 8 points, one rate for the delay (the Department's
  guidance: "only one rate will apply to a late payment"), the rate in force for the half-year in
  which interest starts; compensation (reg. 9 and the Schedule) €40 for an amount not exceeding
  €1,000, €70 not exceeding €10,000, €100 above — note "not exceeding": €1,000.00 exactly is €40 in
  Ireland, £1,000.00 exactly is £70 in the UK.

The fixed sum is claimed only when `fixed_compensation` is above zero (the freelancer may waive it);
under GB and IE law the statutory band replaces the configured figure. The sum is measured on the
amount still owed when interest starts to run (the amount less payments made by the due date): with
the balance as `amount` it can only come out lower, never higher, than the law's.

The reference rates ship as data (`mailduns/data/ecb_rates.toml`, with their sources) that the
freelancer can extend without a new release: rows in `~/.config/mailduns/ecb_rates.toml` are added
to the shipped ones and win over them (see `load_rates`).

Choices the law leaves open, made here once:

* Day count: actual days / 365, also in leap years. The directive and both national laws give an
  annual rate and no day-count convention; dividing by 365 is what Italian and Spanish practice
  (and the common online calculators a client's accountant will use to check us) do. In a leap
  year this claims 1/366 more than actual/actual would — cents on a normal invoice.
* Rounding: each piece of the computation (one half-year at one principal) is rounded to the cent,
  half up, and the interest is the sum of the pieces. `fee_lines` prints exactly those pieces, so
  the lines of a letter always add up to its total.
* Partial payments: a payment received on day D stops interest on that part from D + 1 (interest
  runs "up to the day of payment"). Payments reduce the principal, never the interest already
  accrued: Italian art. 1194 c.c. would let the creditor impute them to interest first, but a
  reminder should claim the figure nobody can dispute, not the largest one.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeAlias

from mailduns.core.errors import ConfigError
from mailduns.core.money import Money
from mailduns.core.wording import fmt_date as _fmt_date
from mailduns.core.wording import fmt_money as _fmt_money
from mailduns.core.wording import fmt_rate as _fmt_rate
from mailduns.core.wording import italian_article as _italian_article
from mailduns.core.wording import locale_for

__all__ = [
    "ECB_MAIN_REFINANCING_RATES",
    "STATUTORY_MARGIN",
    "FeeQuote",
    "InterestPeriod",
    "RateTable",
    "fee_lines",
    "load_boe_rates",
    "load_rates",
    "quote_fees",
    "reference_rate",
    "shipped_boe_rates_path",
    "shipped_rates_path",
    "statutory_compensation",
    "user_boe_rates_path",
    "user_rates_path",
]

_CENT = Decimal("0.01")
#: The day-count denominator (see the module docstring for why it is 365 even in leap years).
DAYS_PER_YEAR = 365
_DAYS_PER_YEAR = Decimal(DAYS_PER_YEAR)
_HUNDRED = Decimal(100)
#: A sanity bound on a reference rate read from a file: a typo ("215" for "2.15") must not send
#: letters claiming 223% interest.
_MAX_RATE = Decimal(25)
_MIN_RATE = Decimal(-5)

#: Points added to the reference rate for statutory interest (directive art. 2(6)).
STATUTORY_MARGIN = Decimal(8)

#: (first day of a half-year, ECB reference rate in percent), sorted by date.
RateTable: TypeAlias = tuple[tuple[date, Decimal], ...]


# ---------------------------------------------------------------------------------------------
# Reference rates


def shipped_rates_path(name: str = "ecb_rates.toml") -> Path:
    """The rate table shipped with mailduns (package data)."""
    return Path(str(resources.files("mailduns") / "data" / name))


def user_rates_path(name: str = "ecb_rates.toml") -> Path:
    """`$XDG_CONFIG_HOME/mailduns/ecb_rates.toml`, else `~/.config/mailduns/ecb_rates.toml`.

    Next to the config file, so a freelancer who keeps their config under version control or in a
    backup keeps their rate updates with it.
    """
    xdg = os.environ.get("XDG_CONFIG_HOME", "").strip()
    base = Path(xdg) if xdg else Path.home() / ".config"
    return base / "mailduns" / name


def shipped_boe_rates_path() -> Path:
    """The Bank of England table (UK statutory interest) shipped with mailduns."""
    return shipped_rates_path("boe_rates.toml")


def user_boe_rates_path() -> Path:
    """`~/.config/mailduns/boe_rates.toml`: the freelancer's rows, added to the shipped ones."""
    return user_rates_path("boe_rates.toml")


def _half_year_key(key: str, file: str) -> date:
    year, sep, half = key.strip().upper().partition("-")
    if sep and year.isdigit() and len(year) == 4 and half in ("H1", "H2"):
        return date(int(year), 1 if half == "H1" else 7, 1)
    raise ConfigError(
        f'"{key}" is not a half-year; write "2026-H1" (from 1 January) or "2026-H2" (from 1 July)',
        file=file,
        key=f"rates.{key}",
    )


def _rate_value(key: str, value: object, file: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise ConfigError(
            f'the rate must be a percentage written as a string, e.g. "2.15", not {value!r}',
            file=file,
            key=f"rates.{key}",
        )
    try:
        rate = Decimal(str(value).strip().rstrip("%").strip())
    except InvalidOperation as exc:
        raise ConfigError(f"{value!r} is not a number", file=file, key=f"rates.{key}") from exc
    if not rate.is_finite() or not _MIN_RATE <= rate <= _MAX_RATE:
        raise ConfigError(
            f"{value!r} is not a plausible ECB rate (percent, without the 8 points)",
            file=file,
            key=f"rates.{key}",
        )
    return rate


def _read_rates(path: Path) -> dict[date, Decimal]:
    """The `[rates]` table of one file. Floats are read as Decimal, so 2.15 stays exactly 2.15."""
    file = str(path)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh, parse_float=Decimal)
    except FileNotFoundError as exc:
        raise ConfigError("the rates file does not exist", file=file) from exc
    except OSError as exc:
        raise ConfigError(f"cannot read the rates file: {exc.strerror or exc}", file=file) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", file=file) from exc
    table = data.get("rates")
    if not isinstance(table, dict):
        raise ConfigError('no [rates] table; write e.g. [rates] "2026-H1" = "2.15"', file=file, key="rates")
    return {_half_year_key(str(k), file): _rate_value(str(k), v, file) for k, v in table.items()}


@lru_cache(maxsize=8)
def _cached_table(shipped: str, extra: str | None, stamp: tuple[int, int] | None) -> RateTable:
    """`stamp` (mtime, size) is part of the key so an edited user file is read again (SIGHUP)."""
    del stamp
    rows = _read_rates(Path(shipped))
    if extra is not None:
        rows.update(_read_rates(Path(extra)))
    return tuple(sorted(rows.items()))


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def load_rates(path: Path | None = None) -> RateTable:
    """The reference-rate table: the shipped rows, overlaid with the rows of `path`.

    Without `path`, the user file (`user_rates_path()`) is used when it exists: the freelancer
    writes only the half-years mailduns does not know yet, or corrects one, and those rows win.
    An explicit `path` that does not exist is an error (ConfigError naming the file), because a
    configured file silently ignored would quote the wrong interest.
    """
    return _load(shipped_rates_path(), user_rates_path(), path)


def load_boe_rates(path: Path | None = None) -> RateTable:
    """The Bank of England table for UK statutory interest, overlaid like `load_rates`: each row is
    the Bank Rate in force on 31 December / 30 June before the half-year in which interest starts."""
    return _load(shipped_boe_rates_path(), user_boe_rates_path(), path)


def _load(shipped: Path, user: Path, path: Path | None) -> RateTable:
    if path is None:
        stamp = _stamp(user)
        extra = str(user) if stamp is not None else None
    else:
        path = Path(path).expanduser()
        stamp = _stamp(path)
        if stamp is None:
            raise ConfigError("the rates file does not exist", file=str(path))
        extra = str(path)
    return _cached_table(str(shipped), extra, stamp)


#: The rows shipped with mailduns, sorted by date (the user's file is not included here; use
#: `load_rates()` for the table actually in use).
ECB_MAIN_REFINANCING_RATES: RateTable = _cached_table(str(shipped_rates_path()), None, None)


def _half_year_start(on: date) -> date:
    return date(on.year, 1 if on.month <= 6 else 7, 1)


def _next_half_year_start(on: date) -> date:
    return date(on.year, 7, 1) if on.month <= 6 else date(on.year + 1, 1, 1)


def reference_rate(on: date, rates: RateTable | None = None) -> Decimal:
    """The ECB reference rate (percent) applicable on `on`: the MRO rate in force on 1 Jan / 1 Jul.

    `rates` defaults to `load_rates()` (shipped rows plus the user's file). For a date after the
    last row this returns the last known value: the rate changes rarely and a slightly stale rate
    is better than refusing to quote, but the table must be kept up to date (or `[fees] ecb_rate`
    set) for the figures to be exact. For a date before the first row it returns the first row —
    the +8 points regime only began in 2013, so older delays are out of scope anyway.
    """
    table = rates if rates is not None else load_rates()
    if not table:
        raise ValueError("the reference-rate table is empty")
    start = _half_year_start(on)
    rate = table[0][1]
    for since, value in table:
        if since <= start:
            rate = value
        else:
            break
    return rate


# ---------------------------------------------------------------------------------------------
# Quotes


@dataclass(frozen=True)
class InterestPeriod:
    """One line of the interest computation: `principal` × `annual_rate`% × `days`/365 = `interest`.

    A new period starts at each half-year (new reference rate) and after each partial payment
    (new principal). `interest` is already rounded to the cent; the quote's interest is their sum.
    """

    start: date
    end: date
    days: int
    principal: Money
    annual_rate: Decimal
    interest: Money


@dataclass(frozen=True)
class FeeQuote:
    """What may be added to an overdue invoice on a given day. All amounts are rounded to cents.

    `interest` is statutory interest; `compensation` the fixed recovery-costs compensation (EUR 40,
    once per invoice); `extra` the contractual flat and percentage fees; `total_due` the balance
    still owed plus all of these (exactly the sum of the rounded figures, so a letter always adds
    up). `annual_rate` is the statutory rate (reference rate + 8) for the half-year containing the
    quote date — when a delay spans two half-years the interest uses each half-year's own rate, and
    this is the current one. `applies` is False when nothing may be charged (a consumer, not late
    yet, nothing configured): then every fee is zero and `total_due` equals the balance.

    `periods` (the interest computation line by line) and `payments` (partial payments taken into
    account) exist for `fee_lines`; a quote built by hand may leave them empty.
    """

    interest: Money
    compensation: Money
    extra: Money
    total_due: Money
    days_late: int
    annual_rate: Decimal
    applies: bool
    periods: tuple[InterestPeriod, ...] = ()
    payments: tuple[tuple[date, Money], ...] = ()
    law: str | None = None  # "GB", "IE": their rules applied; else the Directive's (IT, ES and the rest)

    @property
    def fees(self) -> Money:
        """Interest + compensation + extra: everything beyond the invoice amount."""
        return self.interest + self.compensation + self.extra

    @property
    def balance(self) -> Money:
        """What is owed without fees: the amount less the partial payments."""
        return self.total_due - self.fees


def _cents(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def _interest_periods(
    principal: Decimal,
    currency: str,
    due: date,
    on: date,
    payments: Sequence[tuple[date, Decimal]],
    ecb_rate: Decimal | None,
    rates: RateTable | None,
    fixed: Decimal | None = None,
) -> list[InterestPeriod]:
    """Simple interest from the day after `due` to `on` inclusive, split per half-year and payment;
    with a `fixed` annual rate (UK and Irish law: one rate for the whole delay), per payment only."""
    # A payment on day D counts from D + 1; payments on or before the due date just lower the start.
    cuts: dict[date, Decimal] = {}
    for day, paid in payments:
        cuts[max(day, due)] = cuts.get(max(day, due), Decimal(0)) + paid
    owed = principal - sum((v for d, v in cuts.items() if d <= due), Decimal(0))
    periods: list[InterestPeriod] = []
    start = due + timedelta(days=1)
    while start <= on and owed > 0:
        end = on if fixed is not None else min(on, _next_half_year_start(start) - timedelta(days=1))
        later = sorted(d for d in cuts if start <= d < end)
        if later:
            end = later[0]
        if fixed is not None:
            annual = fixed
        else:
            base = ecb_rate if ecb_rate is not None else reference_rate(start, rates)
            annual = base + STATUTORY_MARGIN
        days = (end - start).days + 1
        interest = _cents(owed * annual / _HUNDRED * Decimal(days) / _DAYS_PER_YEAR)
        periods.append(
            InterestPeriod(start, end, days, Money(_cents(owed), currency), annual, Money(interest, currency))
        )
        owed -= cuts.get(end, Decimal(0))
        start = end + timedelta(days=1)
    return periods


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
    payments: Sequence[tuple[date, Money]] = (),
    rates: RateTable | None = None,
    law: str | None = None,
    boe_rates: RateTable | None = None,
) -> FeeQuote:
    """Quote the fees on `amount`, due on `due`, as of `on`.

    * `law`: "GB" or "IE" apply those countries' rules (module docstring: one rate for the whole
      delay, the Bank of England's for GB from `boe_rates` (default `load_boe_rates()`), and the
      £40/£70/£100 or €40/€70/€100 bands); anything else the Directive's (IT, ES, other EU laws).

    * statutory interest (if `statutory_interest`): see the module docstring; `ecb_rate`, when given,
      replaces the table for the whole period (the config's override); `rates` replaces the default
      table (`load_rates()`).
    * `payments`: partial payments (date received, amount). Give them with the *invoice* amount as
      `amount`: interest then runs on the full amount until each payment and on the rest after it,
      and `total_due` is the balance plus fees. Passing the balance as `amount` with no payments
      is also accepted — it charges interest on the balance only, a slightly smaller figure.
    * `fixed_compensation` (EUR) once per invoice, as soon as at least one late-fee step was sent.
    * `flat` (EUR) and `percent` (of the balance) once per late-fee step: `late_fee_steps` is how
      many late-fee steps have been sent, including the one being composed — the fee is applied per
      step, never per daemon cycle.

    Currency: the compensation and the flat fee are amounts in EUR. If the invoice is in another
    currency they are zero — never converted, because an exchange rate picked by a daemon is not
    something a client can be asked to pay. Interest and percentage fees are proportional, so they
    are computed in the invoice's own currency. Payments in another currency are refused.

    Nothing is charged (`applies` False, all zero) to consumers (`business=False`), before the due
    date, when `late_fee_steps` is zero, or when the balance is not positive (a credit note, paid).
    """
    for name, value in (
        ("fixed_compensation", fixed_compensation),
        ("flat", flat),
        ("percent", percent),
        ("ecb_rate", ecb_rate),
    ):
        if value is not None and not isinstance(value, Decimal):
            raise TypeError(f"{name} must be a Decimal, not {type(value).__name__}")
        if name != "ecb_rate" and value is not None and value < 0:
            raise ValueError(f"{name} cannot be negative: {value}")
    currency = amount.currency
    paid_list: list[tuple[date, Money]] = []
    for day, paid in payments:
        if paid.currency != currency:
            raise ValueError(f"a payment in {paid.currency} cannot settle an invoice in {currency}")
        if paid.amount <= 0:
            raise ValueError(f"a payment must be positive: {paid}")
        paid_list.append((day, paid))
    paid_list.sort(key=lambda p: p[0])
    # Only what had arrived by `on` counts: a quote for an earlier day must not see later money.
    counted = tuple(p for p in paid_list if p[0] <= on)
    balance = amount.amount - sum((p.amount for _, p in counted), Decimal(0))
    balance_m = Money(_cents(balance), currency)
    zero = Money(Decimal("0.00"), currency)
    days_late = max(0, (on - due).days)
    fixed = _fixed_rate(law, due, ecb_rate, rates, boe_rates)
    annual_rate = (
        fixed
        if fixed is not None
        else (ecb_rate if ecb_rate is not None else reference_rate(on, rates)) + STATUTORY_MARGIN
    )
    if not business or days_late == 0 or late_fee_steps <= 0 or balance <= 0:
        return FeeQuote(zero, zero, zero, balance_m, days_late, annual_rate, False, (), counted, law)

    periods = (
        _interest_periods(
            amount.amount, currency, due, on, [(d, p.amount) for d, p in counted], ecb_rate, rates, fixed
        )
        if statutory_interest
        else []
    )
    interest = sum((p.interest.amount for p in periods), Decimal(0))
    in_euro = currency == "EUR"
    debt = amount.amount - sum((p.amount for d, p in counted if d <= due), Decimal(0))
    compensation = statutory_compensation(law, Money(debt, currency), fixed_compensation).amount
    steps = Decimal(late_fee_steps)
    extra = balance * percent / _HUNDRED * steps
    if in_euro:
        extra += flat * steps

    interest_m = Money(_cents(interest), currency)
    compensation_m = Money(_cents(compensation), currency)
    extra_m = Money(_cents(extra), currency)
    total = balance_m + interest_m + compensation_m + extra_m
    applies = any(m.amount > 0 for m in (interest_m, compensation_m, extra_m))
    if not applies:
        return FeeQuote(zero, zero, zero, balance_m, days_late, annual_rate, False, (), counted, law)
    return FeeQuote(
        interest_m,
        compensation_m,
        extra_m,
        total,
        days_late,
        annual_rate,
        True,
        tuple(p for p in periods if p.interest.amount != 0 or len(periods) == 1),
        counted,
        law,
    )


def _fixed_rate(
    law: str | None, due: date, ecb_rate: Decimal | None, rates: RateTable | None, boe_rates: RateTable | None
) -> Decimal | None:
    """The one annual rate of the whole delay under UK or Irish law (None: the EU half-year rule).
    UK: the Bank Rate of the 31 December / 30 June before interest starts (the day after the due
    date) + 8. Ireland: the ECB reference rate for the half-year in which interest starts + 8."""
    start = due + timedelta(days=1)
    if law == "GB":
        table = boe_rates if boe_rates is not None else load_boe_rates()
        return reference_rate(start, table) + STATUTORY_MARGIN
    if law == "IE":
        return (ecb_rate if ecb_rate is not None else reference_rate(start, rates)) + STATUTORY_MARGIN
    return None


#: UK, s. 5A(2) of the 1998 Act: (debt LESS THAN, fixed sum), in sterling.
_GB_FIXED_SUMS: tuple[tuple[Decimal | None, Decimal], ...] = (
    (Decimal("1000"), Decimal("40.00")),
    (Decimal("10000"), Decimal("70.00")),
    (None, Decimal("100.00")),
)
#: Ireland, reg. 9 and the Schedule of S.I. 580/2012: (amount NOT EXCEEDING, compensation), in euro.
_IE_COMPENSATION: tuple[tuple[Decimal | None, Decimal], ...] = (
    (Decimal("1000"), Decimal("40.00")),
    (Decimal("10000"), Decimal("70.00")),
    (None, Decimal("100.00")),
)


def statutory_compensation(law: str | None, debt: Money, configured: Decimal) -> Money:
    """The fixed sum for recovery costs on one invoice whose unpaid `debt` is `debt`.

    Nothing when `configured` (`[fees] fixed_compensation`) is zero: the freelancer waives it. UK
    law: £40 / £70 / £100 by the debt (under £1,000, under £10,000, more), on a GBP debt only. Irish
    law: €40 / €70 / €100 (not exceeding €1,000, not exceeding €10,000, more), on a euro debt only.
    Otherwise (the Directive, Italy, Spain): the configured sum, on a euro debt only. A sum fixed in
    one currency is never converted to another: an exchange rate picked by a daemon is not something
    a client can be asked to pay."""
    zero = Money(Decimal("0.00"), debt.currency)
    if configured <= 0:
        return zero
    if law == "GB":
        if debt.currency != "GBP":
            return zero
        return Money(next(v for limit, v in _GB_FIXED_SUMS if limit is None or debt.amount < limit), "GBP")
    if law == "IE":
        if debt.currency != "EUR":
            return zero
        return Money(next(v for limit, v in _IE_COMPENSATION if limit is None or debt.amount <= limit), "EUR")
    return Money(_cents(configured), "EUR") if debt.currency == "EUR" else zero


# ---------------------------------------------------------------------------------------------
# The computation in words


_LINES: dict[str, dict[str, str]] = {
    "it": {
        "amount_number": "Fattura n. {number}: {amount}",
        "amount": "Importo della fattura: {amount}",
        "payment": "Acconto ricevuto {date}: -{amount}",
        "balance": "Residuo da pagare: {amount}",
        "interest_days": "Interessi moratori ({days} {unit}): {interest}",
        "interest": "Interessi moratori: {principal} × {rate} × {days}/{year} = {interest}",
        "interest_range": "Interessi moratori {start} {end}: {principal} × {rate} × {days}/{year} = {interest}",
        "compensation": "Risarcimento forfettario dei costi di recupero: {amount}",
        "extra": "Maggiorazione per ritardato pagamento, come da condizioni concordate: {amount}",
        "total": "Totale dovuto: {amount}",
    },
    "es": {
        "amount_number": "Factura n.º {number}: {amount}",
        "amount": "Importe de la factura: {amount}",
        "payment": "Pago parcial recibido el {date}: -{amount}",
        "balance": "Pendiente de pago: {amount}",
        "interest_days": "Intereses de demora ({days} {unit}): {interest}",
        "interest": "Intereses de demora: {principal} × {rate} × {days}/{year} = {interest}",
        "interest_range": "Intereses de demora del {start} al {end}: {principal} × {rate} × {days}/{year} = {interest}",
        "compensation": "Indemnización por costes de cobro: {amount}",
        "extra": "Recargo por demora según las condiciones pactadas: {amount}",
        "total": "Total adeudado: {amount}",
    },
    "en": {
        "amount_number": "Invoice {number}: {amount}",
        "amount": "Invoice amount: {amount}",
        "payment": "Part payment received on {date}: -{amount}",
        "balance": "Balance: {amount}",
        "interest_days": "Late-payment interest ({days} {unit}): {interest}",
        "interest": "Late-payment interest: {principal} × {rate} × {days}/{year} = {interest}",
        "interest_range": "Late-payment interest from {start} to {end}: {principal} × {rate} × {days}/{year}"
        " = {interest}",
        "compensation": "Fixed compensation for recovery costs: {amount}",
        "extra": "Late-payment fee, as agreed: {amount}",
        "total": "Total due: {amount}",
    },
}


#: The words a law uses for its own figures, where they differ from the Directive's (en review, Part 6).
_LAW_LINES: dict[tuple[str, str], dict[str, str]] = {
    ("en", "GB"): {
        "interest_days": "Statutory interest ({days} {unit}): {interest}",
        "interest": "Statutory interest: {principal} × {rate} × {days}/{year} = {interest}",
        "interest_range": "Statutory interest from {start} to {end}: {principal} × {rate} × {days}/{year}"
        " = {interest}",
        "compensation": "Fixed sum for the costs of recovering the debt: {amount}",
    },
    ("en", "IE"): {
        "interest_days": "Late payment interest ({days} {unit}): {interest}",
        "interest": "Late payment interest: {principal} × {rate} × {days}/{year} = {interest}",
        "interest_range": "Late payment interest from {start} to {end}: {principal} × {rate} × {days}/{year}"
        " = {interest}",
        "compensation": "Compensation for recovery costs: {amount}",
    },
}


_DAY_WORDS: dict[str, tuple[str, str]] = {
    "it": ("giorno", "giorni"),
    "es": ("día", "días"),
    "en": ("day", "days"),
}


def fee_lines(quote: FeeQuote, language: str, *, number: str | None = None) -> list[str]:
    """The computation behind `quote`, one line per figure, in `language` (it, es, en; else en).

    E.g. (it) "Fattura n. 12/2026: 1.220,00 €", "Interessi moratori: 1.220,00 € × 10,15% ×
    10/365 = 3,39 €", "Risarcimento forfettario dei costi di recupero: 40,00 €", "Totale dovuto:
    1.263,39 €". Used by `mailduns preview` and by the letters (`fee_lines` in the template
    context), so the freelancer previews exactly the lines the client will read. Empty when
    nothing is claimed beyond the amount. Every number shown is one the total is the sum of.
    """
    if not quote.applies:
        return []
    loc = locale_for(language)
    words = _LINES.get(loc.language, _LINES["en"])
    if quote.law is not None:
        words = {**words, **_LAW_LINES.get((loc.language, quote.law), {})}
    italian = loc.language == "it"

    def money(m: Money) -> str:
        return _fmt_money(m.rounded(), loc)

    def day(d: date, preposition: str = "il") -> str:
        text = _fmt_date(d, loc)
        return _italian_article(text, preposition) if italian else text

    lines: list[str] = []
    paid_total = sum((p.amount for _, p in quote.payments), Decimal(0))
    balance = quote.balance
    original = Money(balance.amount + paid_total, balance.currency)
    if number is not None:
        lines.append(words["amount_number"].format(number=" ".join(number.split()), amount=money(original)))
    else:
        lines.append(words["amount"].format(amount=money(original)))
    for when, paid in quote.payments:
        lines.append(words["payment"].format(date=day(when), amount=money(paid)))
    if quote.payments:
        lines.append(words["balance"].format(amount=money(balance)))
    if not quote.periods and quote.interest.amount:
        # A quote built without its computation (by hand, or by an older caller): the figure only.
        unit = _DAY_WORDS.get(loc.language, _DAY_WORDS["en"])[0 if quote.days_late == 1 else 1]
        lines.append(
            words["interest_days"].format(days=quote.days_late, unit=unit, interest=money(quote.interest))
        )
    several = len(quote.periods) > 1
    for p in quote.periods:
        values = {
            "principal": money(p.principal),
            "rate": _fmt_rate(p.annual_rate, loc),
            "days": p.days,
            "year": DAYS_PER_YEAR,
            "interest": money(p.interest),
        }
        if several:
            lines.append(
                words["interest_range"].format(start=day(p.start, "dal"), end=day(p.end, "al"), **values)
            )
        else:
            lines.append(words["interest"].format(**values))
    if quote.compensation.amount:
        lines.append(words["compensation"].format(amount=money(quote.compensation)))
    if quote.extra.amount:
        lines.append(words["extra"].format(amount=money(quote.extra)))
    lines.append(words["total"].format(amount=money(quote.total_due)))
    return lines
