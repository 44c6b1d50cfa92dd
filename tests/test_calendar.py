"""The sending calendar: business days, the window, holidays and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from mailduns.calendar import SendingCalendar, calendar_from, public_holidays
from mailduns.config import SendingConfig

ROME = ZoneInfo("Europe/Rome")
MADRID = ZoneInfo("Europe/Madrid")


def office(country: str = "IT", tz: ZoneInfo = ROME, *, start: time = time(9), end: time = time(18),
           weekdays_only: bool = True) -> SendingCalendar:
    return SendingCalendar(window_start=start, window_end=end, weekdays_only=weekdays_only,
                           holiday_country=country, tz=tz)


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0,
       *, tz: ZoneInfo = ROME) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=tz)


# -- business days ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("day", "expected"), [
    (date(2025, 12, 24), True),    # Christmas Eve is a working day
    (date(2025, 12, 25), False),   # Natale
    (date(2025, 12, 26), False),   # Santo Stefano (a Friday in 2025)
    (date(2026, 1, 6), False),     # Epifania (a Tuesday)
    (date(2026, 1, 7), True),
    (date(2025, 8, 15), False),    # Ferragosto (a Friday)
    (date(2026, 4, 6), False),     # Pasquetta
    (date(2026, 4, 25), False),    # Liberazione (a Saturday anyway)
    (date(2026, 11, 14), False),   # Saturday
    (date(2026, 11, 15), False),   # Sunday
    (date(2026, 11, 16), True),    # Monday
])
def test_italian_business_days(day: date, expected: bool) -> None:
    assert office().is_business_day(day) is expected


def test_spanish_calendar_differs() -> None:
    spain = office("ES", MADRID)
    assert spain.is_business_day(date(2025, 12, 26))      # no Santo Stefano in Spain
    assert not spain.is_business_day(date(2026, 10, 12))  # Fiesta Nacional de España (a Monday)
    assert office().is_business_day(date(2026, 10, 12))
    madrid = office("ES-MD", MADRID)
    assert not madrid.is_business_day(date(2025, 5, 2))   # Fiesta de la Comunidad de Madrid (a Friday)
    assert spain.is_business_day(date(2025, 5, 2))


def test_boxing_day_in_great_britain() -> None:
    assert not office("GB", ZoneInfo("Europe/London")).is_business_day(date(2025, 12, 26))


def test_no_holidays_and_weekends_allowed() -> None:
    anyday = office("", weekdays_only=False)
    assert anyday.is_business_day(date(2025, 12, 25))
    assert anyday.is_business_day(date(2026, 11, 14))
    weekends_but_holidays = office("IT", weekdays_only=False)
    assert weekends_but_holidays.is_business_day(date(2026, 11, 14))
    assert not weekends_but_holidays.is_business_day(date(2025, 12, 25))


def test_holidays_are_cached_per_country_and_year() -> None:
    first = public_holidays("IT", 2031)
    assert public_holidays("IT", 2031) is first
    assert date(2031, 8, 15) in first
    assert public_holidays("", 2031) == frozenset()


# -- the sending window ----------------------------------------------------------------------------


def test_friday_1759_is_inside_and_1800_is_not() -> None:
    cal = office()
    friday = at(2026, 11, 13, 17, 59)
    assert cal.next_send_time(friday) == friday
    assert cal.next_send_time(at(2026, 11, 13, 18, 0)) == at(2026, 11, 16, 9, 0)
    assert cal.next_send_time(at(2026, 11, 13, 17, 59, 59)) == at(2026, 11, 13, 17, 59, 59)


def test_before_the_window_waits_for_it() -> None:
    assert office().next_send_time(at(2026, 11, 16, 6, 30)) == at(2026, 11, 16, 9, 0)


def test_result_is_aware_in_the_calendar_zone() -> None:
    result = office().next_send_time(datetime(2026, 11, 16, 7, 0, tzinfo=UTC))  # 08:00 in Rome
    assert result == at(2026, 11, 16, 9, 0)
    assert result.tzinfo == ROME and result.utcoffset() == timedelta(hours=1)


def test_christmas_week_in_italy() -> None:
    # Wednesday 24 Dec 2025 after hours -> Thu 25 and Fri 26 are holidays, then the weekend.
    assert office().next_send_time(at(2025, 12, 24, 18, 30)) == at(2025, 12, 29, 9, 0)
    # In Spain Friday 26 December is a working day.
    spain = office("ES", MADRID)
    assert spain.next_send_time(at(2025, 12, 24, 18, 30, tz=MADRID)) == at(2025, 12, 26, 9, 0, tz=MADRID)


def test_epiphany_and_ferragosto() -> None:
    assert office().next_send_time(at(2026, 1, 5, 20, 0)) == at(2026, 1, 7, 9, 0)
    assert office().next_send_time(at(2025, 8, 14, 18, 0)) == at(2025, 8, 18, 9, 0)


def test_spring_forward_week_in_rome() -> None:
    cal = office()
    # Friday 27 March 2026 after hours; clocks go forward on Sunday 29 March.
    result = cal.next_send_time(at(2026, 3, 27, 18, 0))
    assert result == at(2026, 3, 30, 9, 0)
    assert result.utcoffset() == timedelta(hours=2)
    assert result.astimezone(UTC) == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)


def test_fall_back_week_in_rome() -> None:
    cal = office()
    result = cal.next_send_time(at(2026, 10, 23, 18, 0))   # Friday, clocks go back on Sunday 25
    assert result == at(2026, 10, 26, 9, 0)
    assert result.utcoffset() == timedelta(hours=1)
    # An instant given in UTC on the Monday: 07:30 UTC is 08:30 in Rome (not yet open).
    assert cal.next_send_time(datetime(2026, 10, 26, 7, 30, tzinfo=UTC)) == at(2026, 10, 26, 9, 0)


def test_window_start_that_does_not_exist_on_spring_forward_day() -> None:
    night = office("", start=time(2, 30), end=time(5, 0), weekdays_only=False)
    result = night.next_send_time(at(2026, 3, 29, 0, 0))
    assert result.astimezone(UTC) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # the jump, 03:00 CEST
    assert (result.hour, result.minute) == (3, 0)


def test_window_start_that_happens_twice_on_fall_back_day() -> None:
    night = office("", start=time(2, 30), end=time(5, 0), weekdays_only=False)
    result = night.next_send_time(at(2026, 10, 25, 0, 0))
    assert result.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # the first 02:30 (CEST)


def test_window_that_ends_at_midnight() -> None:
    late = office(end=time(0, 0))
    assert late.next_send_time(at(2026, 11, 16, 23, 59)) == at(2026, 11, 16, 23, 59)
    assert late.next_send_time(at(2026, 11, 17, 0, 0)) == at(2026, 11, 17, 9, 0)
    assert late.next_send_time(at(2026, 11, 13, 23, 59, 59)) == at(2026, 11, 13, 23, 59, 59)
    assert late.next_send_time(at(2026, 11, 14, 0, 0)) == at(2026, 11, 16, 9, 0)   # Saturday


def test_whole_day_window() -> None:
    always = office("", start=time(0, 0), end=time(0, 0), weekdays_only=False)
    moment = at(2026, 12, 25, 3, 17)
    assert always.next_send_time(moment) == moment
    assert always.is_open(moment)


def test_is_open() -> None:
    cal = office()
    assert cal.is_open(at(2026, 11, 16, 9, 0))
    assert not cal.is_open(at(2026, 11, 16, 8, 59))
    assert not cal.is_open(at(2025, 12, 25, 11, 0))


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        office().next_send_time(datetime(2026, 11, 16, 10, 0))


def test_window_must_not_be_backwards() -> None:
    with pytest.raises(ValueError):
        office(start=time(18), end=time(9))


def test_a_calendar_that_never_opens_says_so() -> None:
    class Never(SendingCalendar):
        def is_business_day(self, d: date) -> bool:
            return False

    never = Never(time(9), time(18), True, "", ROME)
    with pytest.raises(ValueError, match="no day"):
        never.next_send_time(at(2026, 1, 1, 0, 0))


# -- counting business days ------------------------------------------------------------------------


def test_business_days_between() -> None:
    cal = office()
    assert cal.business_days_between(date(2026, 11, 16), date(2026, 11, 23)) == 5   # Mon to Mon
    assert cal.business_days_between(date(2026, 11, 13), date(2026, 11, 16)) == 1   # Fri to Mon
    assert cal.business_days_between(date(2026, 11, 16), date(2026, 11, 16)) == 0
    assert cal.business_days_between(date(2025, 12, 22), date(2025, 12, 29)) == 3   # Christmas week
    assert cal.business_days_between(date(2025, 12, 29), date(2025, 12, 22)) == -3
    assert cal.business_days_between(date(2025, 12, 29), date(2026, 1, 12)) == 8    # New Year, Epiphany


def test_calendar_from_config() -> None:
    sending = SendingConfig(window=(time(8, 30), time(0, 0)), weekdays_only=False, holidays="ES")
    cal = calendar_from(sending, MADRID)
    assert (cal.window_start, cal.window_end, cal.weekdays_only, cal.holiday_country, cal.tz) == (
        time(8, 30), time(0, 0), False, "ES", MADRID)
    default = calendar_from(SendingConfig(), ROME)
    assert default.next_send_time(at(2025, 12, 24, 18, 0)) == at(2025, 12, 29, 9, 0)
