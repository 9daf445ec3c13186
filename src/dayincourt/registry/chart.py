"""Draw :class:`~dayincourt.registry.stats.Stats` as a PNG (Agg) or SVG chart with matplotlib."""

from __future__ import annotations

from pathlib import Path

import matplotlib
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .errors import RegistryError
from .stats import Stats

_FORMATS = {".png": "png", ".svg": "svg"}


def draw_stats_chart(stats: Stats, path: str | Path) -> Path:
    """Write factor shares, misconduct subtypes, worst crimes and exonerations per decade.

    Raises:
        RegistryError: the file name does not end in ``.png`` or ``.svg``.
    """
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise RegistryError(f"{path}: the chart must be a .png or .svg file")
    # A bare Figure renders with Agg (PNG) or the SVG backend without touching pyplot's global
    # state, so charts can be drawn from a web worker thread.
    fig = Figure(figsize=(12, 8.5))
    axes = fig.subplots(2, 2)
    ax_f, ax_om, ax_c, ax_d = axes.flat

    def bars(ax: Axes, labels: list[str], values: list[float], title: str, xlabel: str) -> None:
        ax.barh(labels[::-1], values[::-1], color="#4c72b0")
        ax.set_title(title, fontsize=10)
        ax.set_xlabel(xlabel, fontsize=9)
        ax.tick_params(labelsize=8)

    bars(ax_f, [s.code for s in stats.factors], [100 * (s.share or 0) for s in stats.factors],
         "Contributing factors", "% of exonerations")
    bars(ax_om, [s.label for s in stats.misconduct],
         [100 * (s.share or 0) for s in stats.misconduct],
         "Official misconduct subtypes", "% of exonerations")
    top = stats.by_crime[:10]
    bars(ax_c, [c for c, _ in top], [n for _, n in top], "Worst crime (top 10)", "exonerations")
    ax_d.bar([d for d, _ in stats.by_decade], [n for _, n in stats.by_decade], color="#4c72b0")
    ax_d.set_title("Exonerations by decade", fontsize=10)
    ax_d.tick_params(labelsize=8)
    lost = stats.years_lost
    fig.suptitle(f"{stats.filters.describe()}: {stats.count} exonerations"
                 + (f", mean {lost.mean:.1f} years lost" if lost.mean is not None else ""),
                 fontsize=12)
    fig.text(0.01, 0.01, f"Source: {stats.citation}. Not legal advice.", fontsize=8)
    fig.tight_layout(rect=(0, 0.03, 1, 0.96))
    # No creation date in the file: the same stats give the same bytes.
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    with matplotlib.rc_context({"svg.hashsalt": "dayincourt"}):
        fig.savefig(path, format=fmt, metadata=metadata)
    return path
