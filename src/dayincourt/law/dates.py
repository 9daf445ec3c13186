"""Calendar arithmetic for screening: periods, tolling and ranges for partial dates.

Conventions (CONTRACTS.md section 3):

* A period of years ends on the anniversary of the trigger day (a period that starts on
  29 February ends on 28 February in a common year, the earlier and safer reading).
* A period of days does not count the trigger day and counts the last day, as in
  Fed. R. Civ. P. 6(a)(1): 14 days after 3 March is 17 March, and 17 March is still timely.
* Weekends and legal holidays are not modelled; reasons say so where a deadline is shown.
* A date known only to the month or the year becomes a :class:`DateRange` from the
  earliest to the latest day it can stand for; everything computed from it is a range too.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterable, Literal

from ..casefile import PartialDate

WEEKENDS_NOTE = "weekends and legal holidays are not modelled"

Status = Literal["met", "unmet", "unknown"]


def add_years(day: dt.date, years: int) -> dt.date:
    """The anniversary of ``day`` ``years`` later (29 February falls back to 28 February)."""
    year = day.year + years
    last = calendar.monthrange(year, day.month)[1]
    return dt.date(year, day.month, min(day.day, last))


def add_days(day: dt.date, days: int) -> dt.date:
    """``days`` days after ``day``, the trigger day not counted (Fed. R. Civ. P. 6(a)(1))."""
    return day + dt.timedelta(days=days)


@dataclass(frozen=True, slots=True)
class DateRange:
    """The days a fact can fall on: ``earliest`` to ``latest`` inclusive (equal when exact)."""

    earliest: dt.date
    latest: dt.date

    def __post_init__(self) -> None:
        if self.earliest > self.latest:
            raise ValueError(f"range starts {self.earliest} after it ends {self.latest}")

    @classmethod
    def exact(cls, day: dt.date) -> DateRange:
        return cls(day, day)

    @classmethod
    def of(cls, value: PartialDate | dt.date | str) -> DateRange:
        """The range a partial date stands for: ``2009-08`` is 2009-08-01..2009-08-31."""
        if isinstance(value, dt.date):
            return cls(value, value)
        pd = PartialDate.parse(value)
        return cls(pd.earliest(), pd.latest())

    @property
    def is_exact(self) -> bool:
        return self.earliest == self.latest

    def map(self, fn: Callable[[dt.date], dt.date]) -> DateRange:
        """Apply a monotonic date function to both ends."""
        return DateRange(fn(self.earliest), fn(self.latest))

    def plus_years(self, years: int) -> DateRange:
        return self.map(lambda d: add_years(d, years))

    def plus_days(self, days: int) -> DateRange:
        return self.map(lambda d: add_days(d, days))

    def is_before(self, day: dt.date) -> bool | None:
        """True when every possible day is before ``day``, False when none is, None otherwise."""
        if self.latest < day:
            return True
        if self.earliest >= day:
            return False
        return None

    def __str__(self) -> str:
        if self.is_exact:
            return self.earliest.isoformat()
        return f"between {self.earliest.isoformat()} and {self.latest.isoformat()}"


def latest_of(ranges: Iterable[DateRange]) -> DateRange | None:
    """The range of the latest of several uncertain days (ends taken pairwise)."""
    items = list(ranges)
    if not items:
        return None
    return DateRange(max(r.earliest for r in items), max(r.latest for r in items))


def deadline_status(last_day: DateRange, as_of: dt.date) -> Status:
    """Timely when as_of is on or before every possible last day; late when after all of them."""
    if as_of <= last_day.earliest:
        return "met"
    if as_of > last_day.latest:
        return "unmet"
    return "unknown"


def before_status(last_day_exclusive: dt.date, as_of: dt.date) -> Status:
    """For rules worded "prior to DAY": timely only on days strictly before DAY."""
    return "met" if as_of < last_day_exclusive else "unmet"


@dataclass(frozen=True, slots=True)
class Interval:
    """Days on which a period does not run: ``start`` through ``end`` inclusive."""

    start: dt.date
    end: dt.date


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sort and merge overlapping or touching intervals."""
    out: list[Interval] = []
    for iv in sorted(intervals, key=lambda i: i.start):
        if iv.end < iv.start:
            continue
        if out and iv.start <= add_days(out[-1].end, 1):
            if iv.end > out[-1].end:
                out[-1] = Interval(out[-1].start, iv.end)
        else:
            out.append(iv)
    return out


def tolled_deadline(trigger: dt.date, years: int, tolling: Iterable[Interval]) -> dt.date:
    """Last day of a ``years``-year period from ``trigger`` that does not run on tolled days.

    Each tolled day after the trigger day and on or before the (growing) last day
    pushes the last day back by one day. A tolling interval that starts after the
    period has already run out does not revive it.
    """
    last = add_years(trigger, years)
    for iv in merge(tolling):
        if iv.start > last:
            break
        start = max(iv.start, add_days(trigger, 1))
        if iv.end < start:
            continue
        last = add_days(last, (iv.end - start).days + 1)
    return last
