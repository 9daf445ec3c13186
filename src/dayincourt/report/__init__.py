"""Case memos (Markdown, HTML, PDF) and the case timeline (SVG).

The memo is built once as a frozen view model (:func:`build_memo`) and printed by
Jinja2 templates; WeasyPrint turns the HTML into PDF.
"""

from .memo import Memo, build_memo
from .render import FORMATS, UnknownFormat, render_report, render_timeline_svg

__all__ = ["FORMATS", "Memo", "UnknownFormat", "build_memo", "render_report",
           "render_timeline_svg"]
