"""Money is Decimal end to end, built from strings; mixing currencies raises."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mailduns.core.errors import CurrencyMismatch
from mailduns.core.money import Money


def test_built_from_strings_never_floats() -> None:
    assert Money.of("1220.00").amount == Decimal("1220.00")
    with pytest.raises(TypeError):
        Money.of(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(0.1, "EUR")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Money.of("12,00")


def test_arithmetic_keeps_the_currency_and_mixing_raises() -> None:
    assert Money.of("0.10") + Money.of("0.20") == Money.of("0.30")
    assert (Money.of("100") - Money.of("40")).amount == Decimal("60")
    with pytest.raises(CurrencyMismatch):
        Money.of("1", "EUR") + Money.of("1", "USD")
    with pytest.raises(CurrencyMismatch):
        _ = Money.of("1", "EUR") < Money.of("2", "GBP")


def test_plain_is_two_decimals_half_up_and_never_exponent() -> None:
    assert Money.of("2.005").plain() == "2.01"
    assert Money.of("-3.005").plain() == "-3.01"
    assert Money(Decimal("1E+40"), "EUR").plain() == "1" + "0" * 40 + ".00"
    assert str(Money.of("1220")) == "1220.00 EUR"


def test_immutable() -> None:
    m = Money.of("5")
    with pytest.raises(AttributeError):
        m.amount = Decimal("6")  # type: ignore[misc]
