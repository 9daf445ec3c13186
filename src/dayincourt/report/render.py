"""Render the memo as Markdown, HTML or PDF, and the timeline alone as SVG."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from .. import __version__
from ..casefile import Case
from ..law.results import ScreeningResult
from ._templates import environment
from .chart import PAGE_LANES, render_chart
from .memo import Memo, build_memo
from .timeline import case_events

if TYPE_CHECKING:
    from ..registry import Similar

Format = Literal["md", "html", "pdf"]
FORMATS: tuple[Format, ...] = ("md", "html", "pdf")


class UnknownFormat(ValueError):
    """The requested memo format is not one of md, html, pdf."""


def render_report(
    case: Case,
    as_of: dt.date,
    fmt: Format,
    *,
    generated_at: dt.datetime,
    similar: Sequence[Similar] | None = None,
    screening: ScreeningResult | None = None,
    version: str = __version__,
) -> bytes:
    """Write the case memo.

    Args:
        case: the case file.
        as_of: the date the memo speaks for.
        fmt: ``md``, ``html`` or ``pdf``.
        generated_at: the time printed as the generation time (pass a fixed value for
            reproducible output).
        similar: similar exonerations from the registry, or ``None`` when it is not loaded.
        screening: a screening result to print; computed with ``dayincourt.law.screen``
            when not given.
        version: the version printed in the header.

    Returns:
        UTF-8 Markdown or HTML, or PDF bytes.

    Raises:
        UnknownFormat: ``fmt`` is not md, html or pdf.
    """
    if fmt not in FORMATS:
        raise UnknownFormat(f"unknown memo format {fmt!r}: choose one of {', '.join(FORMATS)}")
    memo = build_memo(case, as_of, generated_at=generated_at, screening=screening,
                      similar=similar, version=version)
    if fmt == "md":
        return environment("md").get_template("memo.md.j2").render(memo=memo).encode("utf-8")
    html = _html(memo)
    if fmt == "html":
        return html.encode("utf-8")
    from weasyprint import HTML  # imported here: loading pango takes a moment

    return HTML(string=html).write_pdf()


def _html(memo: Memo) -> str:
    charts = render_chart(memo.events, title=memo.title, as_of=memo.as_of, max_lanes=PAGE_LANES)
    return environment("html").get_template("memo.html.j2").render(memo=memo, charts=charts)


def render_timeline_svg(case: Case, as_of: dt.date, *,
                        screening: ScreeningResult | None = None) -> str:
    """The timeline chart of the case as a standalone SVG document.

    Args:
        case: the case file.
        as_of: the memo date; deadlines still ahead on it are marked.
        screening: a screening result; computed with ``dayincourt.law.screen`` when not given.
    """
    if screening is None:
        from ..law import screen

        screening = screen(case, as_of)
    events = case_events(case, as_of, screening)
    (chart,) = render_chart(events, title=case.title or case.id, as_of=as_of)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + str(chart)
