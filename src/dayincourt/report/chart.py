"""The timeline chart as SVG: events -> layout (layout.py) -> a small Jinja template."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from ._templates import environment
from .layout import ChartItem, ChartLayout, PlacedItem, layout_legend, layout_timeline, split_lanes
from .timeline import CATEGORY_LABELS, TimelineEvent

#: Okabe-Ito colours (readable for colour-blind readers and in greyscale print).
COLOURS = {
    "offense": "#000000", "arrest": "#7f7f7f", "trial": "#0072B2", "appeal": "#009E73",
    "filing": "#CC79A7", "recantation": "#E69F00", "evidence": "#56B4E9", "custody": "#999999",
    "deadline": "#D55E00",
}


@dataclass(frozen=True, slots=True)
class DrawnEvent:
    """An event with its place on the chart, as the SVG template reads it."""

    event: TimelineEvent
    place: PlacedItem
    colour: str
    exact: bool


#: Lanes per printed part of the chart: one part fits on a letter page under its heading.
PAGE_LANES = 36


def render_chart(events: Sequence[TimelineEvent], *, title: str, as_of: dt.date,
                 max_lanes: int | None = None) -> list[Markup]:
    """SVG markup of the timeline for the dated events (undated ones are left to the table).

    Args:
        events: the case's events (``timeline.case_events``).
        title: the case title, for the chart's accessible name.
        as_of: the memo date, marked on the axis.
        max_lanes: cut a taller chart into parts of this many lanes (one SVG each);
            ``None`` draws one SVG however tall.

    Returns:
        One or more SVG documents as ``Markup`` (already escaped, so that the HTML
        template embeds them as they are).
    """
    dated = [e for e in events if e.dated]
    present = [c for c in CATEGORY_LABELS if any(e.category == c for e in dated)]
    legend, legend_height = layout_legend([CATEGORY_LABELS[c] for c in present])
    layout: ChartLayout = layout_timeline(
        [ChartItem(e.earliest, e.latest, e.label, e.lead_in) for e in dated],  # type: ignore[arg-type]
        as_of=as_of, lanes_top=legend_height + 30,
    )
    parts = split_lanes(layout, max_lanes) if max_lanes else [layout]
    span = (f"from {dated[0].when} to {max(e.latest for e in dated).isoformat()}"  # type: ignore[type-var]
            if dated else "with no dated events")
    description = (
        f"{len(dated)} dated events {span}, drawn on a time axis with the memo date "
        f"{as_of.isoformat()} marked. A date known only to the month or year is drawn as a bar "
        "covering that whole month or year; deadlines still ahead are drawn in red. "
        "The chronology table lists the same events in text."
    )
    template = environment("svg").get_template("timeline.svg.j2")
    out = []
    for number, part in enumerate(parts, start=1):
        drawn = [DrawnEvent(dated[p.index], p, COLOURS[dated[p.index].category],
                            dated[p.index].earliest == dated[p.index].latest)
                 for p in part.placed]
        out.append(Markup(template.render(
            layout=part, drawn=drawn, title=title, description=description, as_of=as_of,
            legend=[(entry, COLOURS[c]) for entry, c in zip(legend, present, strict=True)],
            part=number, parts=len(parts),
        )))
    return out
