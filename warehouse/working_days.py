"""Working days under the FOI Act and FOISA: 20 working days, bank holidays excluded.

Section 10(1) FOIA (and s10(1) FOISA in Scotland) gives an authority 20 working days "following the date of
receipt", so day 1 is the first working day *after* the request arrived, whatever time it arrived. A working day
is any day other than a Saturday, a Sunday, Christmas Day, Good Friday or a bank holiday in the part of the UK
where the authority is — which is why the nation matters: Scotland has 2 January and St Andrew's Day, Northern
Ireland St Patrick's Day and the Twelfth, and substitute days move when a holiday falls at a weekend.

Bank holidays come from the `holidays` package (GB subdivisions ENG, WLS, SCT, NIR).
"""

from __future__ import annotations

import bisect
import functools
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays

STATUTORY_DAYS = 20
UK_TZ = ZoneInfo("Europe/London")

# The register's `nation` values (and a few spellings people type) → holidays' GB subdivision codes.
_SUBDIV = {
    "england": "ENG",
    "eng": "ENG",
    "wales": "WLS",
    "wls": "WLS",
    "scotland": "SCT",
    "sct": "SCT",
    "northern ireland": "NIR",
    "nir": "NIR",
}


def subdivision(nation: str | None) -> str:
    """The bank-holiday calendar for a nation; unknown or missing nations use England's (the commonest case)."""
    if not nation:
        return "ENG"
    return _SUBDIV.get(nation.strip().lower(), "ENG")


@functools.lru_cache(maxsize=64)
def _calendar(subdiv: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv=subdiv, years=[year]).keys())


def is_working_day(day: date, nation: str | None = None) -> bool:
    return day.weekday() < 5 and day not in _calendar(subdivision(nation), day.year)


def local_date(moment: datetime | date) -> date:
    """The UK calendar date of a timestamp (a reply sent at 00:30 BST is that day, not the UTC day before)."""
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            return moment.date()
        return moment.astimezone(UK_TZ).date()
    return moment


def working_days_between(received: datetime | date, answered: datetime | date, nation: str | None = None) -> int:
    """Working days used to answer: the working days after the day of receipt up to and including the answer day.

    An answer on the day of receipt, or on a weekend straight after it, has used 0 working days.
    """
    start, end = local_date(received), local_date(answered)
    if end <= start:
        return 0
    return _working_days_after(start, end, subdivision(nation))


def _weekdays_after(start: date, end: date) -> int:
    """Monday-to-Friday days in (start, end], counted by whole weeks rather than day by day."""
    n = (end - start).days
    weeks, rest = divmod(n, 7)
    first = start.weekday()
    return weeks * 5 + sum(1 for k in range(1, rest + 1) if (first + k) % 7 < 5)


@functools.lru_cache(maxsize=256)
def _weekday_holidays(subdiv: str, first: int, last: int) -> tuple[date, ...]:
    """The bank holidays that fall Monday to Friday in the years first..last, in order."""
    return tuple(sorted(d for year in range(first, last + 1) for d in _calendar(subdiv, year) if d.weekday() < 5))


def _working_days_after(start: date, end: date, subdiv: str) -> int:
    # a rebuild asks this of every request: arithmetic over weeks, not a walk over each day
    off = _weekday_holidays(subdiv, start.year, end.year)
    return _weekdays_after(start, end) - (bisect.bisect_right(off, end) - bisect.bisect_right(off, start))


def deadline(received: datetime | date, nation: str | None = None, days: int = STATUTORY_DAYS) -> date:
    """The last day on which an answer is in time: the `days`-th working day after the day of receipt."""
    if days < 1:
        raise ValueError(f"a deadline needs at least 1 working day, got {days}")
    start = local_date(received)
    subdiv = subdivision(nation)
    # jump to the `days`-th weekday, then on by as many weekdays as the bank holidays on the way took away; the
    # count never overshoots (each jump is at most the working days still missing), so this ends on the first
    # day that completes the count, which is a working day
    day, counted = start, 0
    while counted < days:
        day = _add_weekdays(day, days - counted)
        counted = _working_days_after(start, day, subdiv)
    return day


def _add_weekdays(day: date, n: int) -> date:
    """The n-th Monday-to-Friday day after `day` (n >= 1)."""
    weeks, rest = divmod(n - 1, 5)
    day += timedelta(days=7 * weeks)
    # now n - 5*weeks (1..5) weekdays remain after `day`: walk at most 7 days
    left = rest + 1
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day
