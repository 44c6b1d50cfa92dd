"""When a reminder may go out: inside the sending window, on a business day, in the right time zone.

Why this exists apart from the policy: a payment reminder that lands at 23:40 on a Saturday, or on
Christmas Day, or on Ferragosto, reads as rude or automated — the opposite of what a freelancer wants
from a *polite* reminder. The policy decides *that* a step is due; this module decides *when* it may
be sent. It is pure (no I/O, no clock): every answer depends only on its arguments, so tests and
`run --now` can ask about any instant.

Times are wall-clock times in `tz`. Across daylight-saving changes a wall time can happen twice
(autumn: the earlier instant is used) or not at all (spring: the first instant after the jump is
used), so "09:00" always means nine on the clock the client looks at.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo

from .config import SendingConfig

__all__ = ["SendingCalendar", "calendar_from", "public_holidays"]

_MIDNIGHT: Final = time(0, 0)
_ONE_DAY: Final = timedelta(days=1)
#: How far ahead `next_send_time` looks before deciding the calendar allows no day at all. Weekends
#: plus the longest run of holidays anywhere are far shorter; this only stops a broken calendar.
_SEARCH_DAYS: Final = 400


@lru_cache(maxsize=64)
def public_holidays(country: str, year: int) -> frozenset[date]:
    """The public holidays of `country` ("IT", or with a region "ES-MD") in `year`.

    Cached per (country, year): the `holidays` package builds a year's calendar from rules, which
    is far too slow to repeat for every day a policy asks about.
    """
    if not country:
        return frozenset()
    import holidays  # a large package: only imported once a calendar with holidays is used

    code, _, subdiv = country.partition("-")
    table = holidays.country_holidays(code, subdiv=subdiv or None, years=year)
    return frozenset(table.keys())


@dataclass(frozen=True)
class SendingCalendar:
    """The days and hours in which reminders may be sent.

    The window is `[window_start, window_end)` in local time (the end is excluded, so with
    "09:00-18:00" a reminder may go at 17:59 but not at 18:00). A `window_end` of 00:00 means
    midnight at the end of the day. `weekdays_only` excludes Saturdays and Sundays;
    `holiday_country` ("" for none) excludes that country's public holidays — independently, so a
    calendar may allow weekends but still skip holidays.
    """

    window_start: time
    window_end: time
    weekdays_only: bool
    holiday_country: str
    tz: ZoneInfo

    def __post_init__(self) -> None:
        if self.window_end != _MIDNIGHT and self.window_end <= self.window_start:
            raise ValueError(f"sending window must end after it starts: {self.window_start}-{self.window_end}")
        if self.window_start.tzinfo is not None or self.window_end.tzinfo is not None:
            raise ValueError("sending window times are wall-clock times and must be naive")

    def is_business_day(self, d: date) -> bool:
        """True when reminders may be sent on `d` (a local date)."""
        if self.weekdays_only and d.weekday() >= 5:
            return False
        return d not in public_holidays(self.holiday_country, d.year)

    def is_open(self, at: datetime) -> bool:
        """True when the instant `at` (aware) falls inside the window on an allowed day."""
        local = _in_tz(_aware(at, "at"), self.tz)
        if not self.is_business_day(local.date()):
            return False
        clock = local.time().replace(tzinfo=None)
        return self.window_start <= clock and (self.window_end == _MIDNIGHT or clock < self.window_end)

    def next_send_time(self, not_before: datetime) -> datetime:
        """The earliest instant at or after `not_before` inside the window on an allowed day.

        Returns an aware datetime in `tz` (the same instant as `not_before` when that is already
        allowed). Raises ValueError for a naive `not_before`, and if no day in the next
        `_SEARCH_DAYS` is allowed (a calendar that can never send is a bug, not a wait).
        """
        local = _in_tz(_aware(not_before, "not_before"), self.tz)
        if self.is_open(local):
            return local
        day = local.date()
        for _ in range(_SEARCH_DAYS):
            if self.is_business_day(day):
                start = _first_instant_at(day, self.window_start, self.tz)
                if start >= local and self.is_open(start):
                    return start
            day += _ONE_DAY
        raise ValueError(f"no day on which reminders may be sent in the {_SEARCH_DAYS} days after {local}")

    def business_days_between(self, a: date, b: date) -> int:
        """How many allowed days there are in `[a, b)` — like numpy's `busday_count`.

        `a` counts, `b` does not, so Friday to the next Monday is 1 (the Friday). When `b` is
        before `a` the count is negative: `business_days_between(b, a) == -business_days_between(a, b)`.
        """
        if b < a:
            return -self.business_days_between(b, a)
        count = 0
        day = a
        while day < b:
            if self.is_business_day(day):
                count += 1
            day += _ONE_DAY
        return count


def calendar_from(sending: SendingConfig, tz: ZoneInfo) -> SendingCalendar:
    """The calendar for `sending`, in `tz` (the client's zone, else the owner's)."""
    start, end = sending.window
    return SendingCalendar(window_start=start, window_end=end, weekdays_only=sending.weekdays_only,
                           holiday_country=sending.holidays, tz=tz)


def _aware(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, got {value!r}")
    return value


def _in_tz(instant: datetime, tz: ZoneInfo) -> datetime:
    """`instant` expressed in `tz`, normalised through UTC.

    Going through UTC matters: `astimezone` to the zone a datetime already has returns it
    unchanged, so a wall time that does not exist (inside a spring-forward gap) would survive.
    """
    return instant.astimezone(UTC).astimezone(tz)


def _wall(instant: datetime, tz: ZoneInfo) -> datetime:
    """The naive wall-clock reading of `instant` in `tz`."""
    return _in_tz(instant, tz).replace(tzinfo=None)


def _first_instant_at(day: date, clock: time, tz: ZoneInfo) -> datetime:
    """The first instant at which the wall clock in `tz` reads `clock` on `day`, or later.

    Normally that is simply `day clock`. In autumn, when the clock goes back and the time happens
    twice, fold=0 gives the earlier one. In spring, when the time does not exist at all, it is the
    instant of the jump, found by bisecting between the two readings PEP 495 offers (fold=1 lies
    before the jump, fold=0 after it); transitions fall on whole seconds, so this is exact.
    """
    naive = datetime.combine(day, clock)
    candidate = naive.replace(tzinfo=tz, fold=0)
    if _wall(candidate, tz) == naive:
        return _in_tz(candidate, tz)
    low = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    high = candidate.astimezone(UTC)
    if low >= high or _wall(low, tz) >= naive:  # not the gap shape we expect: take the later reading
        return _in_tz(candidate, tz)
    while high - low > timedelta(seconds=1):
        middle = low + timedelta(seconds=(high - low).total_seconds() // 2)
        if _wall(middle, tz) >= naive:
            high = middle
        else:
            low = middle
    return high.astimezone(tz)
