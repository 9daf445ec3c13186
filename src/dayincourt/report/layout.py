"""Scale and label placement of the timeline chart: the only place with pixel arithmetic.

The chart is a time axis with one row ("lane") per band of non-overlapping items.
Each item is a date range (a partial date such as ``2009`` covers the whole year),
optionally with a thin lead-in line from an earlier date (a filing that waited
for its ruling), and a text label. Lanes are packed greedily, so a busy case grows
taller instead of drawing labels over each other.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

#: Font the chart names first; label widths are measured with the same face.
FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif"


@dataclass(frozen=True, slots=True)
class ChartItem:
    """One thing to draw: a date range with a label."""

    earliest: dt.date
    latest: dt.date
    label: str
    lead_in: dt.date | None = None


@dataclass(frozen=True, slots=True)
class PlacedItem:
    """Where an item landed: its bar, its lane and its label."""

    index: int
    label: str
    x0: float
    x1: float
    lead_x: float | None
    lane: int
    y: float
    label_x: float
    label_anchor: Literal["start", "end"]
    label_width: float
    label_inside: bool

    @property
    def label_left(self) -> float:
        return self.label_x - self.label_width if self.label_anchor == "end" else self.label_x

    @property
    def label_right(self) -> float:
        return self.label_x if self.label_anchor == "end" else self.label_x + self.label_width


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    text: str


@dataclass(frozen=True, slots=True)
class ChartLayout:
    """Everything the SVG template needs, in user units of the viewBox."""

    width: float
    height: float
    plot_left: float
    plot_right: float
    lanes_top: float
    lane_height: float
    lane_count: int
    axis_y: float
    font_size: float
    ticks: tuple[Tick, ...]
    as_of_x: float
    placed: tuple[PlacedItem, ...]


@lru_cache(maxsize=1)
def _dejavu_font(size: float):  # type: ignore[no-untyped-def]
    # matplotlib ships DejaVu Sans, so widths are measured the same way everywhere.
    import matplotlib
    from matplotlib.ft2font import FT2Font

    font = FT2Font(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"))
    font.set_size(size, 72)  # at 72 dpi one point is one user unit
    return font


def measure_text(text: str, font_size: float = 11.0) -> float:
    """Width of ``text`` in user units when set in DejaVu Sans at ``font_size``.

    A character DejaVu lacks (CJK, say) is drawn from a fallback font; it is counted
    as one em so that the estimate errs on the wide side.
    """
    font = _dejavu_font(font_size)
    missing = sum(1 for char in text if font.get_char_index(ord(char)) == 0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # matplotlib warns about those glyphs
        font.set_text(text)
    return font.get_width_height()[0] / 64.0 + missing * font_size


def year_ticks(start: dt.date, end: dt.date, max_ticks: int = 14) -> list[int]:
    """Years to label on the axis: every 1, 2, 5, 10, ... years, at most ``max_ticks``."""
    span = end.year - start.year + 1
    step = 1
    for candidate in (1, 2, 5, 10, 20, 25, 50, 100):
        step = candidate
        if span / candidate <= max_ticks:
            break
    first = start.year + (-start.year % step)
    return list(range(first, end.year + 1, step))


def chart_domain(dates: Sequence[dt.date]) -> tuple[dt.date, dt.date]:
    """Whole years around the dates: 1 January of the first year to 1 January after the last."""
    low, high = min(dates), max(dates)
    return dt.date(low.year, 1, 1), dt.date(high.year + 1, 1, 1)


def layout_timeline(
    items: Sequence[ChartItem],
    *,
    as_of: dt.date,
    width: float = 800.0,
    font_size: float = 11.0,
    lane_height: float = 20.0,
    lanes_top: float = 44.0,
    margin: float = 16.0,
    gap: float = 6.0,
    min_bar: float = 7.0,
    measure: Callable[[str, float], float] = measure_text,
) -> ChartLayout:
    """Place every item on a lane so that no two bars or labels overlap.

    Args:
        items: the ranges to draw, in any order.
        as_of: the date the chart is drawn for; it is always inside the domain.
        width: width of the viewBox; the height follows from the number of lanes.
        font_size: label size in user units.
        lane_height: vertical distance between lanes.
        lanes_top: y of the first lane (room for the legend above).
        margin: free space left and right of the plot.
        gap: minimum horizontal space between two things on one lane.
        min_bar: smallest bar width, so an exact day is still visible.
        measure: text width function ``(text, font_size) -> width``.

    Returns:
        The layout; items keep their input index in ``PlacedItem.index``.
    """
    dates = [as_of]
    for item in items:
        dates += [item.earliest, item.latest] + ([item.lead_in] if item.lead_in else [])
    start, end = chart_domain(dates)
    plot_left, plot_right = margin, width - margin
    days = (end - start).days

    def x_of(day: dt.date) -> float:
        return plot_left + (plot_right - plot_left) * (day - start).days / days

    order = sorted(range(len(items)), key=lambda i: (items[i].earliest, items[i].latest, i))
    lanes: list[list[tuple[float, float]]] = []
    placed: list[PlacedItem] = []
    for index in order:
        item = items[index]
        x0 = x_of(item.earliest)
        # The bar covers the last day too; a single day gets the minimum width.
        x1 = max(x_of(item.latest + dt.timedelta(days=1)), x0 + min_bar)
        if x1 > plot_right:
            x0, x1 = max(plot_left, plot_right - (x1 - x0)), plot_right
        lead_x = x_of(item.lead_in) if item.lead_in and item.lead_in < item.earliest else None
        label = item.label
        label_width = measure(label, font_size)
        bar_left = lead_x if lead_x is not None else x0
        room_right = plot_right - x1 - gap
        room_left = bar_left - gap - plot_left
        inside = x1 - x0 >= label_width + 2 * gap
        if not inside and label_width > max(room_left, room_right):
            label = _shorten(label, max(room_left, room_right), font_size, measure)
            label_width = measure(label, font_size)
        anchor: Literal["start", "end"] = "start"
        if inside:
            label_x = x0 + gap
            extent = (bar_left, x1)
        elif label_width <= room_right:
            label_x = x1 + gap
            extent = (bar_left, label_x + label_width)
        else:
            # No room on the right: the label goes before the bar (and its lead-in).
            anchor, label_x = "end", bar_left - gap
            extent = (label_x - label_width, x1)
        lane = _first_free_lane(lanes, extent, gap)
        placed.append(PlacedItem(
            index=index, label=label, x0=x0, x1=x1, lead_x=lead_x, lane=lane,
            y=lanes_top + lane * lane_height, label_x=label_x, label_anchor=anchor,
            label_width=label_width, label_inside=inside,
        ))
    lane_count = max(len(lanes), 1)
    axis_y = lanes_top + lane_count * lane_height
    ticks = tuple(Tick(x_of(dt.date(year, 1, 1)), str(year)) for year in year_ticks(start, end)
                  if dt.date(year, 1, 1) <= end)
    return ChartLayout(
        width=width, height=axis_y + 2.5 * font_size + 6, plot_left=plot_left,
        plot_right=plot_right, lanes_top=lanes_top, lane_height=lane_height,
        lane_count=lane_count, axis_y=axis_y, font_size=font_size, ticks=ticks,
        as_of_x=x_of(as_of), placed=tuple(sorted(placed, key=lambda p: p.index)),
    )


def _first_free_lane(lanes: list[list[tuple[float, float]]], extent: tuple[float, float],
                     gap: float) -> int:
    """The first lane where ``extent`` keeps ``gap`` from everything already there."""
    left, right = extent
    for number, taken in enumerate(lanes):
        if all(right + gap <= a or left >= b + gap for a, b in taken):
            taken.append(extent)
            return number
    lanes.append([extent])
    return len(lanes) - 1


def _shorten(label: str, room: float, font_size: float,
             measure: Callable[[str, float], float]) -> str:
    """Cut ``label`` at a word and add an ellipsis so that it fits in ``room``."""
    words = label.split()
    while len(words) > 1:
        words.pop()
        text = " ".join(words).rstrip(",;:") + "…"
        if measure(text, font_size) <= room:
            return text
    return "…"


@dataclass(frozen=True, slots=True)
class LegendEntry:
    text: str
    x: float
    y: float


def layout_legend(texts: Sequence[str], *, width: float = 800.0, font_size: float = 11.0,
                  swatch: float = 10.0, margin: float = 16.0, spacing: float = 18.0,
                  measure: Callable[[str, float], float] = measure_text,
                  ) -> tuple[tuple[LegendEntry, ...], float]:
    """Swatch positions for the legend, wrapped into rows; returns them and the legend height."""
    entries: list[LegendEntry] = []
    x, y = margin, font_size + 2
    for text in texts:
        size = swatch + 4 + measure(text, font_size)
        if x > margin and x + size > width - margin:
            x, y = margin, y + font_size + 8
        entries.append(LegendEntry(text, x, y))
        x += size + spacing
    return tuple(entries), y + 8


def split_lanes(layout: ChartLayout, max_lanes: int) -> list[ChartLayout]:
    """Cut a tall chart into parts of at most ``max_lanes`` lanes, each with its own axis.

    Every part keeps the same time scale, so parts printed one after another read as
    one chart; a part fits on a printed page.
    """
    if layout.lane_count <= max_lanes:
        return [layout]
    parts = []
    for first in range(0, layout.lane_count, max_lanes):
        count = min(max_lanes, layout.lane_count - first)
        shift = first * layout.lane_height
        placed = tuple(replace(p, lane=p.lane - first, y=p.y - shift) for p in layout.placed
                       if first <= p.lane < first + count)
        axis_y = layout.lanes_top + count * layout.lane_height
        parts.append(replace(layout, placed=placed, lane_count=count, axis_y=axis_y,
                             height=axis_y + (layout.height - layout.axis_y)))
    return parts
