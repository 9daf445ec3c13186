"""The Markdown memo parses as intended: tables keep their columns, user text stays text."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from dayincourt.casefile import load_case
from dayincourt.report import render_report

from .conftest import AS_OF, GENERATED_AT, VERSION, example_cases
from .report_helpers import hand_screening, provenance_case

PARSER = MarkdownIt("commonmark").enable("table")


def table_shapes(md: str) -> list[set[int]]:
    """For each table, the set of cell counts of its rows (one value when well formed)."""
    shapes, cells, current = [], 0, None
    for token in PARSER.parse(md):
        if token.type == "table_open":
            current = set()
        elif token.type == "tr_open":
            cells = 0
        elif token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            current.add(cells)
        elif token.type == "table_close":
            shapes.append(current)
    return shapes


HOSTILE = 'A | B <script>x</script> *c* `d` [e](f) \\ g\nsecond line # h'


def test_hostile_text_keeps_tables_whole_and_renders_as_text():
    case = provenance_case(title=HOSTILE, notes=HOSTILE, people=[
        {"id": "def", "name": HOSTILE, "roles": ["defendant"]},
        {"id": "wit", "name": "Wanda Witness", "roles": ["witness"]},
        {"id": "kin", "name": "Kim Kin", "roles": ["family"]}])
    md = render_report(case, AS_OF, "md", generated_at=GENERATED_AT,
                       screening=hand_screening(case, AS_OF)).decode()
    assert all(len(shape) == 1 for shape in table_shapes(md))
    html = PARSER.render(md)
    assert "<script>" not in html and "<em>" not in html and "<code>d</code>" not in html
    assert "A | B &lt;script&gt;x&lt;/script&gt; *c* `d` [e](f) \\ g second line # h" in html


CASES = [p for p in example_cases() if p.exists()]


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_example_tables_are_well_formed(path):
    md = render_report(load_case(path), AS_OF, "md", generated_at=GENERATED_AT,
                       version=VERSION).decode()
    shapes = table_shapes(md)
    assert len(shapes) >= 5
    assert all(len(shape) == 1 for shape in shapes), shapes
