"""The chart's scale and label placement (layout.py): nothing overlaps, everything fits."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dayincourt.report.layout import (
    ChartItem,
    chart_domain,
    layout_legend,
    layout_timeline,
    measure_text,
    split_lanes,
    year_ticks,
)

AS_OF = dt.date(2026, 11, 28)


@pytest.mark.parametrize("start, end, expected", [
    (dt.date(2002, 1, 1), dt.date(2028, 1, 1), list(range(2002, 2029, 2))),
    (dt.date(2020, 1, 1), dt.date(2027, 1, 1), list(range(2020, 2028))),
    (dt.date(1950, 1, 1), dt.date(2027, 1, 1), list(range(1950, 2028, 10))),
    (dt.date(2013, 1, 1), dt.date(2028, 1, 1), list(range(2014, 2029, 2))),
    (dt.date(1960, 1, 1), dt.date(2028, 1, 1), list(range(1960, 2029, 5))),
])
def test_year_ticks(start, end, expected):
    assert year_ticks(start, end) == expected


def test_chart_domain_is_whole_years():
    assert chart_domain([dt.date(2009, 8, 14), dt.date(2002, 1, 12)]) == (
        dt.date(2002, 1, 1), dt.date(2010, 1, 1))


def test_measure_text_grows_with_text():
    assert 0 < measure_text("Trial") < measure_text("Trial: convicted (jury 10-2)")
    assert measure_text("Trial", 22) == pytest.approx(2 * measure_text("Trial", 11), rel=0.05)


def boxes(layout):
    """(left, right, lane) of every bar and every label, as placed."""
    out = []
    for p in layout.placed:
        left = p.lead_x if p.lead_x is not None else p.x0
        out.append((min(left, p.label_left), max(p.x1, p.label_right), p.lane, p.index))
    return out


def assert_no_overlap(layout, gap=0.0):
    by_lane: dict[int, list] = {}
    for left, right, lane, index in boxes(layout):
        by_lane.setdefault(lane, []).append((left, right, index))
    for lane, items in by_lane.items():
        items.sort()
        for (l1, r1, i1), (l2, r2, i2) in zip(items, items[1:]):
            assert r1 + gap <= l2 + 1e-6, f"items {i1} and {i2} overlap on lane {lane}"


def assert_inside(layout):
    for p in layout.placed:
        assert layout.plot_left - 1e-6 <= p.x0 < p.x1 <= layout.plot_right + 1e-6
        assert 0 <= p.label_left and p.label_right <= layout.width, p
        assert layout.lanes_top <= p.y < layout.axis_y


def random_items(n: int, seed: int) -> list[ChartItem]:
    rng = random.Random(seed)
    items = []
    for i in range(n):
        start = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randrange(0, 30 * 365))
        precision = rng.choice(["day", "month", "year"])
        end = {"day": start, "month": start + dt.timedelta(days=30),
               "year": start + dt.timedelta(days=364)}[precision]
        lead = start - dt.timedelta(days=rng.randrange(30, 900)) if rng.random() < 0.2 else None
        label = f"Event {i}: " + "word " * rng.randrange(1, 9)
        items.append(ChartItem(start, end, label.strip(), lead))
    return items


def test_two_hundred_events_lay_out_without_overlap():
    items = random_items(200, seed=7)
    layout = layout_timeline(items, as_of=AS_OF)
    assert len(layout.placed) == 200
    assert [p.index for p in layout.placed] == list(range(200))
    assert_no_overlap(layout, gap=6.0)
    assert_inside(layout)
    # A busy case grows taller rather than drawing over itself.
    assert layout.lane_count > 10
    assert layout.height > layout.axis_y


def test_events_on_one_day_stack_on_separate_lanes():
    items = [ChartItem(dt.date(2010, 5, 5), dt.date(2010, 5, 5), f"Filing {i}") for i in range(30)]
    layout = layout_timeline(items, as_of=AS_OF)
    assert sorted(p.lane for p in layout.placed) == list(range(30))
    assert len({p.x0 for p in layout.placed}) == 1


def test_partial_dates_are_ranges_and_time_runs_left_to_right():
    items = [ChartItem(dt.date(2003, 1, 1), dt.date(2003, 12, 31), "Trial (2003)"),
             ChartItem(dt.date(2009, 8, 1), dt.date(2009, 8, 31), "Retrial (2009-08)"),
             ChartItem(dt.date(2011, 3, 2), dt.date(2011, 3, 2), "Appeal")]
    layout = layout_timeline(items, as_of=AS_OF, min_bar=2.0)
    year, month, day = layout.placed
    assert year.x1 - year.x0 > 10 * (month.x1 - month.x0) * 0.9
    assert month.x1 - month.x0 > day.x1 - day.x0 == pytest.approx(2.0)
    assert year.x0 < month.x0 < day.x0 < layout.as_of_x


def test_label_near_the_right_edge_goes_left_of_its_bar():
    items = [ChartItem(dt.date(2026, 11, 1), dt.date(2026, 11, 1), "A label that cannot fit right")]
    (placed,) = layout_timeline(items, as_of=AS_OF).placed
    assert placed.label_anchor == "end"
    assert placed.label_right <= placed.x0


def test_long_range_keeps_its_label_inside():
    items = [ChartItem(dt.date(2002, 1, 1), AS_OF, "In custody since 2002")]
    (placed,) = layout_timeline(items, as_of=AS_OF).placed
    assert placed.label_inside and placed.x0 < placed.label_left < placed.label_right < placed.x1


def test_a_label_too_long_for_either_side_is_shortened():
    label = "Very long " * 40
    items = [ChartItem(dt.date(2014, 6, 1), dt.date(2014, 6, 1), label)]
    (placed,) = layout_timeline(items, as_of=AS_OF).placed
    assert placed.label.endswith("\u2026") and len(placed.label) < len(label)
    assert 0 <= placed.label_left and placed.label_right <= 800


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.dates(dt.date(1980, 1, 1), dt.date(2030, 12, 31)),
                          st.integers(0, 800), st.text(min_size=1, max_size=60)),
                max_size=60))
def test_random_charts_never_overlap(raw):
    items = [ChartItem(day, day + dt.timedelta(days=length), label) for day, length, label in raw]
    layout = layout_timeline(items, as_of=AS_OF)
    assert_no_overlap(layout)
    assert_inside(layout)


def test_legend_wraps_inside_the_width():
    texts = [f"Category number {i}" for i in range(12)]
    entries, height = layout_legend(texts, width=400)
    assert len({e.y for e in entries}) > 1
    for e in entries:
        assert e.x + 14 + measure_text(e.text) <= 400
    assert height > max(e.y for e in entries)


def test_a_tall_chart_is_split_into_page_sized_parts_with_the_same_scale():
    layout = layout_timeline(random_items(200, seed=7), as_of=AS_OF)
    parts = split_lanes(layout, 36)
    assert len(parts) == -(-layout.lane_count // 36)
    assert sum(len(p.placed) for p in parts) == 200
    assert sorted(i.index for p in parts for i in p.placed) == list(range(200))
    for part in parts:
        assert part.lane_count <= 36 and part.ticks == layout.ticks
        assert part.as_of_x == layout.as_of_x
        assert_no_overlap(part, gap=6.0)
        assert_inside(part)
        assert part.height - part.axis_y == layout.height - layout.axis_y
    assert split_lanes(layout, layout.lane_count) == [layout]
