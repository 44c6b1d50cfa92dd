"""When a reminder may go out: inside the sending window, on a business day, in the right time zone.

Why this exists apart from the policy: a payment reminder that lands at 23:40 on a Saturday, or on
Christmas Day, or on Ferragosto, reads as rude or automated — the opposite of what a freelancer wants
from a *polite* reminder. The policy decides *that* a step is due; this module decides *when* it may
be sent. It is pure (no I/O, no clock): every answer depends only on its arguments, so tests and
`run --now` can ask about any instant.

Times are wall-clock times in `tz` — the client's zone when the config names one (`with_tz`), else
the owner's: "09:00-18:00" means office hours where the letter is *read*. Across daylight-saving
changes a wall time can happen twice (autumn: the earlier instant is used) or not at all (spring:
the first instant after the jump is used), so "09:00" always means nine on the clock the client
looks at.

Quiet periods ("08-10..08-25" for mid-August, "12-24..01-06" for Christmas) are days on which no
reminder goes out although banks are open: an Italian client's accounts office is empty in the
week of Ferragosto, and a reminder that waits there unread until September only looks automated.
They are *sending* days only — `is_business_day` (bank days, used to count grace periods in which
money moves) does not see them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Final, Protocol, TypeAlias
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "MonthDay",
    "QuietPeriod",
    "SendingCalendar",
    "calendar_from",
    "parse_quiet",
    "public_holidays",
    "zone",
]

#: (month, day) — a day of every year.
MonthDay: TypeAlias = tuple[int, int]
#: First and last day of a quiet period, both included; the last may come before the first in the
#: calendar year, for a period across the new year ((12, 24), (1, 6)).
QuietPeriod: TypeAlias = tuple[MonthDay, MonthDay]

_QUIET_RE = re.compile(r"^\s*(\d{1,2})-(\d{1,2})\s*\.\.\s*(\d{1,2})-(\d{1,2})\s*$")

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


def _month_day(month: int, day: int, text: str) -> MonthDay:
    try:
        date(2024, month, day)  # a leap year, so "02-29" is a valid boundary
    except ValueError as exc:
        raise ValueError(f"{text!r}: {month:02d}-{day:02d} is not a day of the year (MM-DD)") from exc
    return (month, day)


def parse_quiet(text: str) -> QuietPeriod:
    """`"08-10..08-25"` → ((8, 10), (8, 25)): month-day to month-day, both included.

    The end may be before the start ("12-24..01-06"): the period then runs across the new year.
    Raises ValueError with the text when it is not of that form, so the config loader can point
    at the key.
    """
    match = _QUIET_RE.match(text)
    if not match:
        raise ValueError(f'{text!r} is not a quiet period; write it as MM-DD..MM-DD, e.g. "08-10..08-25"')
    m1, d1, m2, d2 = (int(g) for g in match.groups())
    return (_month_day(m1, d1, text), _month_day(m2, d2, text))


def _in_period(d: date, period: QuietPeriod) -> bool:
    start, end = period
    key = (d.month, d.day)
    return start <= key <= end if start <= end else key >= start or key <= end


def zone(name: str) -> ZoneInfo:
    """The IANA zone `name` ("Europe/Rome"), or ValueError naming it."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{name!r} is not a time zone name (e.g. Europe/Rome, America/New_York)") from exc


@dataclass(frozen=True)
class SendingCalendar:
    """The days and hours in which reminders may be sent.

    The window is `[window_start, window_end)` in local time (the end is excluded, so with
    "09:00-18:00" a reminder may go at 17:59 but not at 18:00). A `window_end` of 00:00 means
    midnight at the end of the day. `weekdays_only` excludes Saturdays and Sundays;
    `holiday_country` ("" for none) excludes that country's public holidays — independently, so a
    calendar may allow weekends but still skip holidays. `quiet` lists periods of the year in
    which nothing is sent (see `parse_quiet`); they are local dates in `tz`.
    """

    window_start: time
    window_end: time
    weekdays_only: bool
    holiday_country: str
    tz: ZoneInfo
    quiet: tuple[QuietPeriod, ...] = ()

    def __post_init__(self) -> None:
        if self.window_end != _MIDNIGHT and self.window_end <= self.window_start:
            raise ValueError(
                f"sending window must end after it starts: {self.window_start}-{self.window_end}"
            )
        if self.window_start.tzinfo is not None or self.window_end.tzinfo is not None:
            raise ValueError("sending window times are wall-clock times and must be naive")
        periods = tuple(self.quiet)
        for start, end in periods:
            _month_day(*start, text=f"{start}")
            _month_day(*end, text=f"{end}")
        object.__setattr__(self, "quiet", periods)

    def with_tz(self, tz: ZoneInfo | str) -> SendingCalendar:
        """The same calendar read on another clock: the client's, so the window is their hours.

        Holidays and quiet periods stay those configured (the freelancer's country); they are
        looked up on the client's local date.
        """
        return replace(self, tz=zone(tz) if isinstance(tz, str) else tz)

    def is_business_day(self, d: date) -> bool:
        """True on a bank day: not a weekend (with `weekdays_only`), not a public holiday.

        Quiet periods do not count here — money moves in August; see `is_sending_day`.
        """
        if self.weekdays_only and d.weekday() >= 5:
            return False
        return d not in public_holidays(self.holiday_country, d.year)

    def is_quiet(self, d: date) -> bool:
        """True when `d` (a local date) falls in one of the quiet periods."""
        return any(_in_period(d, p) for p in self.quiet)

    def is_sending_day(self, d: date) -> bool:
        """True when reminders may be sent on `d` (a local date): a business day, not a quiet one."""
        return self.is_business_day(d) and not self.is_quiet(d)

    def is_open(self, at: datetime) -> bool:
        """True when the instant `at` (aware) falls inside the window on a sending day."""
        local = _in_tz(_aware(at, "at"), self.tz)
        if not self.is_sending_day(local.date()):
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
            if self.is_sending_day(day):
                start = _first_instant_at(day, self.window_start, self.tz)
                if start >= local and self.is_open(start):
                    return start
            day += _ONE_DAY
        raise ValueError(f"no day on which reminders may be sent in the {_SEARCH_DAYS} days after {local}")

    def business_days_between(self, a: date, b: date) -> int:
        """How many business (bank) days there are in `[a, b)` — like numpy's `busday_count`.

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


class SendingTerms(Protocol):
    """What a calendar is built from: `[sending]` as the settings describe it. A protocol, so the
    core never imports the settings (which import this module to check `quiet`)."""

    @property
    def window(self) -> tuple[time, time]: ...
    @property
    def weekdays_only(self) -> bool: ...
    @property
    def holidays(self) -> str: ...


def calendar_from(
    sending: SendingTerms, tz: ZoneInfo, quiet: Iterable[QuietPeriod | str] | None = None
) -> SendingCalendar:
    """The calendar for `sending`, in `tz` (the client's zone, else the owner's).

    `quiet` defaults to `sending.quiet` when the config has that field (strings "MM-DD..MM-DD" or
    parsed periods); strings are parsed with `parse_quiet` (ValueError on a bad one).
    """
    start, end = sending.window
    raw: Iterable[QuietPeriod | str] = quiet if quiet is not None else getattr(sending, "quiet", ())
    periods = tuple(parse_quiet(p) if isinstance(p, str) else p for p in raw)
    return SendingCalendar(
        window_start=start,
        window_end=end,
        weekdays_only=sending.weekdays_only,
        holiday_country=sending.holidays,
        tz=tz,
        quiet=periods,
    )


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
