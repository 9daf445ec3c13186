"""Calendar arithmetic: anniversaries, day counting, tolling and ranges for partial dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dayincourt.law.dates import (
    DateRange,
    Interval,
    add_days,
    add_years,
    before_status,
    deadline_status,
    latest_of,
    merge,
    tolled_deadline,
)

D = dt.date


@pytest.mark.parametrize("day, years, expected", [
    (D(2022, 4, 14), 1, D(2023, 4, 14)),
    (D(2016, 6, 3), 2, D(2018, 6, 3)),
    (D(2020, 2, 29), 1, D(2021, 2, 28)),   # no 29 February: the earlier, safer day
    (D(2020, 2, 29), 4, D(2024, 2, 29)),
    (D(2019, 12, 31), 1, D(2020, 12, 31)),
])
def test_add_years_is_the_anniversary(day, years, expected):
    assert add_years(day, years) == expected


@pytest.mark.parametrize("day, days, expected", [
    (D(2022, 1, 14), 90, D(2022, 4, 14)),   # certiorari: trigger day not counted
    (D(2015, 10, 14), 14, D(2015, 10, 28)),
    (D(2024, 12, 31), 1, D(2025, 1, 1)),
])
def test_add_days_does_not_count_the_trigger_day(day, days, expected):
    assert add_days(day, days) == expected


@pytest.mark.parametrize("text, earliest, latest", [
    ("2009", D(2009, 1, 1), D(2009, 12, 31)),
    ("2009-08", D(2009, 8, 1), D(2009, 8, 31)),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
    ("2009-08-14", D(2009, 8, 14), D(2009, 8, 14)),
])
def test_range_of_partial_date(text, earliest, latest):
    rng = DateRange.of(text)
    assert (rng.earliest, rng.latest) == (earliest, latest)
    assert rng.is_exact == (earliest == latest)


@pytest.mark.parametrize("as_of, status", [
    (D(2020, 12, 31), "met"), (D(2021, 1, 1), "met"), (D(2021, 1, 2), "unknown"), (D(2021, 12, 31), "unknown"),
    (D(2022, 1, 1), "unmet"),
])
def test_deadline_status_is_unknown_only_inside_the_range(as_of, status):
    assert deadline_status(DateRange(D(2021, 1, 1), D(2021, 12, 31)), as_of) == status


@pytest.mark.parametrize("as_of, status", [
    (D(2023, 4, 13), "met"), (D(2023, 4, 14), "met"), (D(2023, 4, 15), "unmet"),
])
def test_last_day_is_still_timely(as_of, status):
    assert deadline_status(DateRange.exact(D(2023, 4, 14)), as_of) == status


@pytest.mark.parametrize("as_of, status", [
    (D(2030, 8, 30), "met"), (D(2030, 8, 31), "unmet"), (D(2030, 9, 1), "unmet"),
])
def test_prior_to_excludes_the_named_day(as_of, status):
    assert before_status(D(2030, 8, 31), as_of) == status


@pytest.mark.parametrize("trigger, tolling, expected", [
    # no tolling: the anniversary
    (D(2022, 4, 14), [], D(2023, 4, 14)),
    # 10 tolled days (filing day through decision day) inside the period push it 10 days
    (D(2022, 4, 14), [Interval(D(2022, 6, 1), D(2022, 6, 10))], D(2023, 4, 24)),
    # an application pending before the trigger tolls only from the day after the trigger
    (D(2022, 4, 14), [Interval(D(2022, 1, 1), D(2022, 4, 16))], D(2023, 4, 16)),
    # an application filed after the period ran out does not revive it
    (D(2022, 4, 14), [Interval(D(2023, 5, 1), D(2023, 6, 1))], D(2023, 4, 14)),
    # filed on the last day: still tolls
    (D(2022, 4, 14), [Interval(D(2023, 4, 14), D(2023, 4, 14))], D(2023, 4, 15)),
    # a later interval comes into reach once an earlier one extended the period
    (D(2022, 4, 14), [Interval(D(2022, 5, 1), D(2022, 5, 31)), Interval(D(2023, 5, 1), D(2023, 5, 2))],
     D(2023, 5, 17)),
    # overlapping intervals are counted once
    (D(2022, 4, 14), [Interval(D(2022, 6, 1), D(2022, 6, 10)), Interval(D(2022, 6, 5), D(2022, 6, 10))],
     D(2023, 4, 24)),
])
def test_tolled_deadline(trigger, tolling, expected):
    assert tolled_deadline(trigger, 1, tolling) == expected


def test_merge_joins_touching_intervals():
    merged = merge([Interval(D(2020, 1, 5), D(2020, 1, 9)), Interval(D(2020, 1, 1), D(2020, 1, 4))])
    assert merged == [Interval(D(2020, 1, 1), D(2020, 1, 9))]


def test_latest_of_takes_ends_pairwise():
    got = latest_of([DateRange(D(2020, 1, 1), D(2020, 12, 31)), DateRange.exact(D(2020, 6, 1))])
    assert got == DateRange(D(2020, 6, 1), D(2020, 12, 31))


def test_range_rejects_reversed_ends():
    with pytest.raises(ValueError):
        DateRange(D(2021, 1, 2), D(2021, 1, 1))


days = st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31))
intervals = st.lists(st.tuples(days, st.integers(0, 400)).map(lambda t: Interval(t[0], add_days(t[0], t[1]))),
                     max_size=4)


@given(days, intervals)
def test_tolling_never_shortens_the_period(trigger, tolling):
    assert tolled_deadline(trigger, 1, tolling) >= add_years(trigger, 1)


@given(days, days, intervals)
def test_tolled_deadline_is_monotonic_in_the_trigger(a, b, tolling):
    # Up to one day: the anniversary counts 366 days across a 29 February, so a period that begins
    # earlier and is tolled past that day can end one day after a later-starting, untolled one
    # (trigger 2011-09-01 tolled to 2012-03-01 ends 2013-03-02; trigger 2012-03-01 ends 2013-03-01).
    lo, hi = min(a, b), max(a, b)
    assert tolled_deadline(lo, 1, tolling) <= tolled_deadline(hi, 1, tolling) + dt.timedelta(days=1)


@given(days, st.integers(0, 5))
def test_anniversary_round_trip(day, years):
    later = add_years(day, years)
    assert (later.month, later.year) == (day.month, day.year + years)
    assert 0 <= day.day - later.day <= 1
