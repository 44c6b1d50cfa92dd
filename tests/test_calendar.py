"""The sending calendar: business days, the window, holidays and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from mailduns.core.sending_calendar import SendingCalendar, calendar_from, parse_quiet, public_holidays, zone
from mailduns.settings.config import SendingConfig

ROME = ZoneInfo("Europe/Rome")
MADRID = ZoneInfo("Europe/Madrid")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
AUGUST = parse_quiet("08-10..08-25")
CHRISTMAS = parse_quiet("12-24..01-06")


def office(
    country: str = "IT",
    tz: ZoneInfo = ROME,
    *,
    start: time = time(9),
    end: time = time(18),
    weekdays_only: bool = True,
) -> SendingCalendar:
    return SendingCalendar(
        window_start=start, window_end=end, weekdays_only=weekdays_only, holiday_country=country, tz=tz
    )


def at(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, *, tz: ZoneInfo = ROME
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=tz)


# -- business days ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 12, 24), True),  # Christmas Eve is a working day
        (date(2025, 12, 25), False),  # Natale
        (date(2025, 12, 26), False),  # Santo Stefano (a Friday in 2025)
        (date(2026, 1, 6), False),  # Epifania (a Tuesday)
        (date(2026, 1, 7), True),
        (date(2025, 8, 15), False),  # Ferragosto (a Friday)
        (date(2026, 4, 6), False),  # Pasquetta
        (date(2026, 4, 25), False),  # Liberazione (a Saturday anyway)
        (date(2026, 11, 14), False),  # Saturday
        (date(2026, 11, 15), False),  # Sunday
        (date(2026, 11, 16), True),  # Monday
    ],
)
def test_italian_business_days(day: date, expected: bool) -> None:
    assert office().is_business_day(day) is expected


def test_spanish_calendar_differs() -> None:
    spain = office("ES", MADRID)
    assert spain.is_business_day(date(2025, 12, 26))  # no Santo Stefano in Spain
    assert not spain.is_business_day(date(2026, 10, 12))  # Fiesta Nacional de España (a Monday)
    assert office().is_business_day(date(2026, 10, 12))
    madrid = office("ES-MD", MADRID)
    assert not madrid.is_business_day(date(2025, 5, 2))  # Fiesta de la Comunidad de Madrid (a Friday)
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
    result = cal.next_send_time(at(2026, 10, 23, 18, 0))  # Friday, clocks go back on Sunday 25
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
    assert late.next_send_time(at(2026, 11, 14, 0, 0)) == at(2026, 11, 16, 9, 0)  # Saturday


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
    assert cal.business_days_between(date(2026, 11, 16), date(2026, 11, 23)) == 5  # Mon to Mon
    assert cal.business_days_between(date(2026, 11, 13), date(2026, 11, 16)) == 1  # Fri to Mon
    assert cal.business_days_between(date(2026, 11, 16), date(2026, 11, 16)) == 0
    assert cal.business_days_between(date(2025, 12, 22), date(2025, 12, 29)) == 3  # Christmas week
    assert cal.business_days_between(date(2025, 12, 29), date(2025, 12, 22)) == -3
    assert cal.business_days_between(date(2025, 12, 29), date(2026, 1, 12)) == 8  # New Year, Epiphany


def test_calendar_from_config() -> None:
    sending = SendingConfig(window=(time(8, 30), time(0, 0)), weekdays_only=False, holidays="ES")
    cal = calendar_from(sending, MADRID)
    assert (cal.window_start, cal.window_end, cal.weekdays_only, cal.holiday_country, cal.tz) == (
        time(8, 30),
        time(0, 0),
        False,
        "ES",
        MADRID,
    )
    default = calendar_from(SendingConfig(), ROME)
    assert default.next_send_time(at(2025, 12, 24, 18, 0)) == at(2025, 12, 29, 9, 0)


# -- quiet periods ---------------------------------------------------------------------------------


def test_parse_quiet() -> None:
    assert AUGUST == ((8, 10), (8, 25))
    assert CHRISTMAS == ((12, 24), (1, 6))
    assert parse_quiet(" 2-29 .. 3-01 ") == ((2, 29), (3, 1))
    for bad in ("08-10", "08-10..08-32", "13-01..13-05", "10/08..25/08", "", "08-10...08-25"):
        with pytest.raises(ValueError, match="quiet period|MM-DD"):
            parse_quiet(bad)


def test_a_step_in_mid_august_waits_for_the_end_of_the_quiet_period() -> None:
    cal = SendingCalendar(time(9), time(18), True, "IT", ROME, quiet=(AUGUST,))
    # Thursday 7 August 2025 is open; from Monday 11 (quiet) the next moment is Tuesday 26 August.
    assert cal.next_send_time(at(2025, 8, 7, 10)) == at(2025, 8, 7, 10)
    assert cal.next_send_time(at(2025, 8, 8, 18, 0)) == at(2025, 8, 26, 9, 0)  # Fri after hours
    assert cal.is_quiet(date(2025, 8, 10)) and cal.is_quiet(date(2025, 8, 25))
    assert not cal.is_quiet(date(2025, 8, 26))
    # A quiet day is still a bank day: grace periods in which money moves keep counting.
    assert cal.is_business_day(date(2025, 8, 12)) and not cal.is_sending_day(date(2025, 8, 12))
    assert not cal.is_open(at(2025, 8, 12, 10))


def test_quiet_period_across_the_new_year() -> None:
    cal = SendingCalendar(time(9), time(18), True, "IT", ROME, quiet=(AUGUST, CHRISTMAS))
    # Tue 23 Dec 2025 after hours: 24 Dec – 6 Jan quiet, so Wednesday 7 January 2026 at nine.
    assert cal.next_send_time(at(2025, 12, 23, 18, 30)) == at(2026, 1, 7, 9, 0)
    assert (
        cal.is_quiet(date(2025, 12, 31)) and cal.is_quiet(date(2026, 1, 1)) and cal.is_quiet(date(2026, 1, 6))
    )
    assert not cal.is_quiet(date(2025, 12, 23)) and not cal.is_quiet(date(2026, 1, 7))
    # ... and in 2026, when 7 January is a Thursday, still the 7th.
    assert cal.next_send_time(at(2026, 12, 28, 10)) == at(2027, 1, 7, 9, 0)


def test_calendar_from_config_with_quiet_periods() -> None:
    cal = calendar_from(SendingConfig(), ROME, quiet=["08-10..08-25", "12-24..01-06"])
    assert cal.quiet == (AUGUST, CHRISTMAS)
    assert calendar_from(SendingConfig(), ROME, quiet=[CHRISTMAS]).quiet == (CHRISTMAS,)
    assert calendar_from(SendingConfig(), ROME).quiet in (
        (),
        tuple(parse_quiet(q) for q in getattr(SendingConfig(), "quiet", ())),
    )
    with pytest.raises(ValueError, match="MM-DD"):
        calendar_from(SendingConfig(), ROME, quiet=["August"])


def test_quiet_periods_must_be_days_of_the_year() -> None:
    with pytest.raises(ValueError):
        SendingCalendar(time(9), time(18), True, "IT", ROME, quiet=(((2, 30), (3, 1)),))


# -- the client's time zone ------------------------------------------------------------------------


def test_with_tz_is_a_copy_on_the_clients_clock() -> None:
    cal = SendingCalendar(time(9), time(18), True, "IT", ROME, quiet=(AUGUST,))
    ny = cal.with_tz("America/New_York")
    assert ny.tz == NEW_YORK and cal.tz == ROME
    assert (ny.window_start, ny.window_end, ny.holiday_country, ny.quiet) == (
        time(9),
        time(18),
        "IT",
        (AUGUST,),
    )
    assert cal.with_tz(TOKYO).tz == TOKYO
    with pytest.raises(ValueError, match="time zone"):
        cal.with_tz("Europe/Atlantis")
    assert zone(" Europe/Rome ") == ROME


def test_window_closed_in_the_clients_time_zone() -> None:
    ny = office().with_tz(NEW_YORK)
    # Monday 16 November 2026, 10:00 in Rome is 04:00 in New York: wait for 09:00 there (15:00 in Rome).
    result = ny.next_send_time(at(2026, 11, 16, 10, 0))
    assert result == datetime(2026, 11, 16, 9, 0, tzinfo=NEW_YORK)
    assert result.astimezone(ROME) == at(2026, 11, 16, 15, 0)
    assert office().is_open(at(2026, 11, 16, 10, 0)) and not ny.is_open(at(2026, 11, 16, 10, 0))
    # 19:00 in Rome is 13:00 in New York: open for the client although the owner's office is closed.
    assert ny.is_open(at(2026, 11, 16, 19, 0)) and not office().is_open(at(2026, 11, 16, 19, 0))


def test_client_ahead_of_the_owner_gets_the_next_local_morning() -> None:
    tokyo = office("", TOKYO)
    # Friday 13 November 2026, 11:00 in Rome is 19:00 in Tokyo: closed; Saturday and Sunday are
    # weekend there too, so Monday 16 at 09:00 Tokyo time — Monday 01:00 in Rome.
    result = tokyo.next_send_time(at(2026, 11, 13, 11, 0))
    assert result == datetime(2026, 11, 16, 9, 0, tzinfo=TOKYO)
    assert result.astimezone(ROME) == at(2026, 11, 16, 1, 0)


def test_dst_change_on_the_clients_side_only() -> None:
    # The US springs forward on 8 March 2026, Europe on 29 March: for three weeks New York is five
    # hours behind Rome instead of six. The window follows the client's clock, not a fixed offset.
    ny = office("", NEW_YORK)
    before = ny.next_send_time(at(2026, 3, 6, 12, 0))  # Friday: 06:00 NY → 09:00 NY = 15:00 Rome
    assert before.astimezone(ROME) == at(2026, 3, 6, 15, 0)
    after = ny.next_send_time(at(2026, 3, 9, 12, 0))  # Monday: 07:00 NY (EDT) → 09:00 NY = 14:00 Rome
    assert after == datetime(2026, 3, 9, 9, 0, tzinfo=NEW_YORK)
    assert after.astimezone(ROME) == at(2026, 3, 9, 14, 0)
    assert after.utcoffset() == timedelta(hours=-4)


def test_holiday_on_a_friday_moves_to_monday_in_the_window() -> None:
    # Friday 1 May 2026 (Festa dei lavoratori): a step due that day goes out on Monday 4 May at nine.
    assert not office().is_business_day(date(2026, 5, 1))
    assert office().next_send_time(at(2026, 5, 1, 0, 0)) == at(2026, 5, 4, 9, 0)
    assert office().next_send_time(at(2026, 4, 30, 17, 0)) == at(2026, 4, 30, 17, 0)


def test_a_step_due_on_saturday_is_delivered_monday_in_the_window() -> None:
    assert office().next_send_time(at(2026, 11, 14, 10, 0)) == at(2026, 11, 16, 9, 0)
    madrid = office("ES", MADRID)
    assert madrid.next_send_time(at(2026, 11, 14, 10, 0, tz=MADRID)) == at(2026, 11, 16, 9, 0, tz=MADRID)
