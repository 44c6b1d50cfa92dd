"""UK and Irish clients: the right statute, the right rate, the right fixed sum.

UK (Late Payment of Commercial Debts (Interest) Act 1998): statutory interest at 8% over the Bank of
England base rate in force on 31 December / 30 June before interest starts, fixed for the whole
delay (SI 2002/1675); the s. 5A(2) fixed sum £40 for a debt under £1,000, £70 under £10,000, £100
from £10,000. Ireland (S.I. 580/2012): the ECB rate + 8, one rate for the delay; compensation (reg. 9,
Schedule) €40 not exceeding €1,000, €70 not exceeding €10,000, €100 above. The law is the contract's
(the client's `law`), else the owner's country (Rome I art. 4(1)(b)), else the client's country.
Money stays Decimal in the immutable Money type; a sum in one currency is never converted.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from mailduns.core.errors import ConfigError
from mailduns.core.fees import (
    FeeQuote,
    fee_lines,
    load_boe_rates,
    quote_fees,
    reference_rate,
    shipped_boe_rates_path,
    statutory_compensation,
)
from mailduns.core.legal import governing_law
from mailduns.core.money import Money
from mailduns.letters.compose import Templates, default_templates_dir
from mailduns.letters.notice import FormalNotice, NoticeInvoice, render_notice, sample_notices
from mailduns.onboarding.devrig import MailRig
from mailduns.settings.config import parse_config

from .test_compose import body, invoice, reminder
from .test_e2e import SENDING, Freelancer, reminders
from .test_formal_e2e import ROME
from .test_parties import BASE

D = Decimal


@pytest.fixture(autouse=True)
def no_user_rates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the shipped tables."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


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


# -- the fixed sums -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("law", "debt", "fixed"),
    [
        ("GB", "999.99", "40.00"),
        ("GB", "1000.00", "70.00"),  # s. 5A(2)(b): "£1,000 or more"
        ("GB", "9999.99", "70.00"),
        ("GB", "10000.00", "100.00"),
        ("IE", "1000.00", "40.00"),  # the Schedule: "not exceeding €1,000"
        ("IE", "1000.01", "70.00"),
        ("IE", "10000.00", "70.00"),
        ("IE", "10000.01", "100.00"),
        (None, "50000.00", "40.00"),  # the Directive, Italy, Spain: the configured €40
        ("IT", "50000.00", "40.00"),
    ],
)
def test_fixed_sum_bands(law: str | None, debt: str, fixed: str) -> None:
    currency = "GBP" if law == "GB" else "EUR"
    assert statutory_compensation(law, Money.of(debt, currency), D("40.00")) == Money.of(fixed, currency)
    q = quote(Money.of(debt, currency), date(2026, 3, 2), date(2026, 4, 1), law=law)
    assert q.compensation == Money.of(fixed, currency)
    assert q.total_due == q.balance + q.interest + q.compensation


def test_no_conversion_and_a_waived_sum_stays_waived() -> None:
    # a UK-law client invoiced in euro: no sterling sum turned into euro (and the reverse)
    assert quote(Money.of("5000", "EUR"), date(2026, 3, 2), date(2026, 4, 1), law="GB").compensation == (
        Money.of("0.00", "EUR")
    )
    assert quote(Money.of("5000", "GBP"), date(2026, 3, 2), date(2026, 4, 1), law="IE").compensation == (
        Money.of("0.00", "GBP")
    )
    waived = quote(
        Money.of("5000", "GBP"), date(2026, 3, 2), date(2026, 4, 1), law="GB", fixed_compensation=D(0)
    )
    assert waived.compensation == Money.of("0.00", "GBP")


def test_the_sum_is_measured_on_the_debt_when_interest_starts() -> None:
    """A part payment after the due date does not lower the band (it was £1,200 when it fell due);
    one before it does."""
    paid_late = quote(
        Money.of("1200", "GBP"),
        date(2026, 3, 2),
        date(2026, 4, 1),
        law="GB",
        payments=[(date(2026, 3, 10), Money.of("500", "GBP"))],
    )
    assert paid_late.compensation == Money.of("70.00", "GBP")
    paid_early = replace(paid_late)  # frozen: replace is the only way to change a quote
    with pytest.raises(FrozenInstanceError):
        paid_early.compensation = Money.of("1", "GBP")  # type: ignore[misc]
    paid_early = quote(
        Money.of("1200", "GBP"),
        date(2026, 3, 2),
        date(2026, 4, 1),
        law="GB",
        payments=[(date(2026, 3, 1), Money.of("500", "GBP"))],
    )
    assert paid_early.compensation == Money.of("40.00", "GBP")


# -- the rates ----------------------------------------------------------------------------------------


def test_bank_of_england_table() -> None:
    table = load_boe_rates()
    assert shipped_boe_rates_path().name == "boe_rates.toml"
    # the Bank Rate of 31 December 2025 (3.75) for interest starting in the first half of 2026
    assert reference_rate(date(2026, 1, 1), table) == D("3.75")
    assert reference_rate(date(2025, 7, 1), table) == D("4.25")  # 30 June 2025
    assert reference_rate(date(2023, 6, 30), table) == D("3.50")  # 31 December 2022
    assert all(isinstance(v, Decimal) for _, v in table)


def test_uk_interest_one_rate_for_the_whole_delay() -> None:
    """Due 20 June 2025: interest starts 21 June, so the Bank Rate of 31 December 2024 (4.75) + 8 =
    12.75% for every day until payment, across 30 June and the new year (the EU rule would change
    the rate on 1 July and 1 January)."""
    q = quote(Money.of("1000", "GBP"), date(2025, 6, 20), date(2026, 1, 20), law="GB")
    assert q.annual_rate == D("12.75") and len(q.periods) == 1
    days = (date(2026, 1, 20) - date(2025, 6, 20)).days
    assert q.periods[0].days == days == 214
    assert q.interest == Money.of("74.75", "GBP")  # 1000 × 12.75% × 214 / 365 = 74.753…
    eu = quote(Money.of("1000", "EUR"), date(2025, 6, 20), date(2026, 1, 20))
    assert len(eu.periods) == 3  # June, July–December, January: each half-year its own ECB rate


def test_irish_interest_one_ecb_rate_for_the_delay() -> None:
    q = quote(Money.of("1000", "EUR"), date(2024, 12, 20), date(2025, 8, 20), law="IE")
    assert q.annual_rate == D("12.25") and len(q.periods) == 1  # ECB 4.25 in force from 1 July 2024
    assert q.periods[0].annual_rate == D("12.25")
    override = quote(
        Money.of("1000", "EUR"), date(2024, 12, 20), date(2025, 8, 20), law="IE", ecb_rate=D("2")
    )
    assert override.annual_rate == D("10")


def test_the_computation_names_the_uk_figures() -> None:
    q = quote(Money.of("1200", "GBP"), date(2026, 3, 2), date(2026, 4, 1), law="GB")
    assert fee_lines(q, "en", number="INV-7") == [
        "Invoice INV-7: £1,200.00",
        "Statutory interest: £1,200.00 × 11.75% × 30/365 = £11.59",
        "Fixed sum for the costs of recovering the debt: £70.00",
        "Total due: £1,281.59",
    ]
    ie = quote(Money.of("1200", "EUR"), date(2026, 3, 2), date(2026, 4, 1), law="IE")
    assert "Late payment interest: €1,200.00 × 10.15% × 30/365 = €10.01" in fee_lines(ie, "en")
    assert "Compensation for recovery costs: €70.00" in fee_lines(ie, "en")


# -- which law ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("law", "country", "holidays", "found"),
    [
        ("GB", "IT", "IT", "GB"),  # the contract's chosen law first
        (None, "GB", "IT", "IT"),  # then the owner's (Rome I art. 4(1)(b)), not the client's country
        (None, "IE", "ES-MD", "ES"),
        (None, None, "IT-MI", "IT"),
        (None, None, "GB-ENG", "GB"),
        (None, "UK", "", "GB"),  # the client's country only when the owner's is unknown
        (None, "DE", "", None),  # a country whose rules mailduns does not know: the Directive's
        (None, None, "", None),
        ("IT", "GB", "", "IT"),  # a contract under the freelancer's law
    ],
)
def test_governing_law(law: str | None, country: str | None, holidays: str, found: str | None) -> None:
    assert governing_law(law, country, holidays) == found


def test_config_country_and_law() -> None:
    c = parse_config(
        BASE + '[clients."acme.co.uk"]\ncountry = "uk"\n[clients."b.example"]\nlaw = "IT"\n', "c.toml"
    )
    assert c.client_for("x@acme.co.uk").country == "GB" and c.client_for("y@b.example").law == "IT"
    with pytest.raises(ConfigError) as err:
        parse_config(BASE + '[clients."acme.co.uk"]\ncountry = "England"\n', "c.toml")
    assert 'clients."acme.co.uk".country' in str(err.value)


# -- the letters --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def templates() -> Templates:
    return Templates(default_templates_dir())


def gbp_fee(law: str) -> FeeQuote:
    currency = "GBP" if law == "GB" else "EUR"
    return quote(Money.of("1220.00", currency), date(2026, 12, 2), date(2026, 12, 12), law=law)


@pytest.mark.parametrize(
    ("lang", "law", "said"),
    [
        ("en", "GB", "the Late Payment of Commercial Debts (Interest) Act 1998 applies"),
        ("en", "GB", "a fixed sum of £70.00 is due for the costs of recovering the debt (section 5A)"),
        (
            "en",
            "IE",
            "the European Communities (Late Payment in Commercial Transactions) Regulations 2012 apply",
        ),
        ("en", "IE", "€70.00 is due as compensation for recovery costs (Regulation 9)"),
        ("it", "GB", "si applica il Late Payment of Commercial Debts (Interest) Act 1998"),
        ("es", "IE", "son de aplicación las European Communities (Late Payment in Commercial Transactions)"),
    ],
)
def test_late_fee_letters_name_the_right_act(templates: Templates, lang: str, law: str, said: str) -> None:
    fee = gbp_fee(law)
    inv = invoice(amount=fee.balance)
    text = " ".join(body(reminder(templates, lang, "late_fee", inv, fee=fee)).split())
    assert said in text, text
    assert "2011/7" not in text and "231/2002" not in text and "3/2004" not in text


def test_other_clients_keep_the_directive(templates: Templates) -> None:
    fee = quote(Money.of("1220.00"), date(2026, 12, 2), date(2026, 12, 12), law="IT")
    text = " ".join(body(reminder(templates, "en", "late_fee", invoice(), fee=fee)).split())
    assert "Directive 2011/7/EU" in text and "1998" not in text


@pytest.mark.parametrize(
    ("lang", "said"), [("en", "Late Payment of Commercial Debts (Interest) Act 1998"), ("it", "section 5A")]
)
def test_the_formal_notice_under_uk_law(templates: Templates, lang: str, said: str) -> None:
    now = datetime(2026, 12, 10, 10, 0, tzinfo=UTC)
    base = sample_notices(lang, now)[0]
    ref = replace(base.invoices[0].ref, amount=Money.of("1220.00", "GBP"))
    fee = quote(Money.of("1220.00", "GBP"), ref.due_date, now.date(), law="GB")
    notice = FormalNotice(**{**base.__dict__, "invoices": (NoticeInvoice(ref, fee),), "law": "GB"})
    text = " ".join(render_notice(templates, notice).split())
    assert said in text and ("£1,317.10" in text or "1.317,10 £" in text), text
    assert "al 11,75%" not in text  # "all'11,75%": the rate takes the elided article
    assert "231/2002" not in text and "2011/7" not in text
    assert notice.deadline == now.date() + timedelta(days=15)  # a UK term does not move off holidays


# -- end to end ---------------------------------------------------------------------------------------


def test_a_uk_client_gets_the_uk_figures(rig: MailRig, tmp_path: Path) -> None:
    bob = rig.address("bob")
    f = Freelancer(rig, tmp_path, extra=SENDING + f'\n[clients."{bob}"]\nlanguage = "en"\nlaw = "GB"\n')
    f.send_invoice(
        "Invoice INV-7",
        "Hello,\nplease find attached invoice INV-7.\nAmount due: £1,500.00\nDue date: 02/12/2026\n\nAlessandra",
        datetime(2026, 11, 2, 15, tzinfo=ROME),
    )
    f.run("2026-12-12T10:00+01:00")  # +10: the late_fee step of the default ladder
    letters = reminders(rig, "bob")
    assert letters, "no reminder went out"
    part = letters[-1].get_body(("plain",))
    assert part is not None
    text = " ".join(part.get_content().split())
    assert "Late Payment of Commercial Debts (Interest) Act 1998" in text, text
    assert "£70.00" in text and "Statutory interest: £1,500.00 × 11.75%" in text, text
    code, shown = f.cli("preview", "INV-7", "--now", "2026-12-12T11:00+01:00")
    assert code == 0 and "Fixed sum for the costs of recovering the debt: £70.00" in shown, shown
