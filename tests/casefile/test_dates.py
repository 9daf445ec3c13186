"""PartialDate: parsing, precision, earliest/latest day, ordering, round-trips."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dayincourt.casefile import PartialDate


@pytest.mark.parametrize(
    "text, precision, earliest, latest",
    [
        ("2009", "year", dt.date(2009, 1, 1), dt.date(2009, 12, 31)),
        ("2009-08", "month", dt.date(2009, 8, 1), dt.date(2009, 8, 31)),
        ("2024-02", "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-02", "month", dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
        ("2009-08-14", "day", dt.date(2009, 8, 14), dt.date(2009, 8, 14)),
    ],
)
def test_precision_and_range(text, precision, earliest, latest):
    d = PartialDate.parse(text)
    assert (d.precision, d.earliest(), d.latest(), str(d)) == (precision, earliest, latest, text)


@pytest.mark.parametrize(
    "value, message",
    [
        ("2009-13", "'2009-13' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2023-02-30", "'2023-02-30' is not a real calendar date (day is out of range for month)"),
        ("09-08-2009", "'09-08-2009' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
        ("", "'' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_invalid_dates_are_named(value, message):
    with pytest.raises(ValueError) as exc:
        PartialDate.parse(value)
    assert str(exc.value) == message


@pytest.mark.parametrize(
    "value, expected",
    [(2003, "2003"), (dt.date(2002, 1, 12), "2002-01-12"), (dt.datetime(2002, 1, 12, 9), "2002-01-12")],
)
def test_yaml_scalars_are_accepted(value, expected):
    # PyYAML reads an unquoted 2003 as int and 2002-01-12 as a date.
    assert str(PartialDate.parse(value)) == expected


def test_sorting_puts_vaguer_date_first_at_the_same_start():
    dates = [PartialDate.parse(t) for t in ["2010", "2009-08-14", "2009-08", "2009", "2009-01-01"]]
    assert [str(d) for d in sorted(dates)] == ["2009", "2009-01-01", "2009-08", "2009-08-14", "2010"]


partial_dates = st.builds(
    lambda d, precision: PartialDate(d.year, *(() if precision == 0 else (d.month,) if precision == 1 else (d.month, d.day))),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.integers(0, 2),
)


@given(partial_dates)
def test_round_trip_and_range(d):
    assert PartialDate.parse(str(d)) == d
    assert d.earliest() <= d.latest()
    assert d.earliest() == PartialDate.parse(str(d)).earliest()


@given(partial_dates, partial_dates)
def test_order_is_total_and_follows_earliest_day(a, b):
    assert (a < b) or (b < a) or (a.sort_key() == b.sort_key())
    if a.earliest() < b.earliest():
        assert a < b
