"""The HTML memo is accessible and its links resolve: unique ids, headers, alt text, print CSS."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import pytest

from dayincourt.casefile import load_case
from dayincourt.report import render_report

from .conftest import AS_OF, GENERATED_AT, VERSION, example_cases
from .report_helpers import busy_case, hand_screening, provenance_case


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(html: str) -> list[tuple[str, dict[str, str | None]]]:
    collector = Collect()
    collector.feed(html)
    return collector.tags


CASES = [p for p in example_cases() if p.exists()]


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_ids_are_unique_and_every_internal_link_resolves(path):
    case = load_case(path)
    html = render_report(case, AS_OF, "html", generated_at=GENERATED_AT, version=VERSION).decode()
    tags = parse(html)
    ids = Counter(a["id"] for _, a in tags if a.get("id"))
    assert [i for i, n in ids.items() if n > 1] == []
    targets = {a["href"][1:] for t, a in tags if t == "a" and (a.get("href") or "").startswith("#")}
    assert targets - set(ids) == set()


def test_structure_for_screen_readers_and_print():
    case = provenance_case()
    html = render_report(case, AS_OF, "html", generated_at=GENERATED_AT,
                         screening=hand_screening(case, AS_OF)).decode()
    tags = parse(html)
    assert tags[0] == ("html", {"lang": "en"})
    assert [t for t, _ in tags].count("h1") == 1
    assert all(a.get("scope") in ("col", "row") for t, a in tags if t == "th")
    svg = next(a for t, a in tags if t == "svg")
    assert svg["role"] == "img" and svg["aria-labelledby"]
    assert "@media print" in html and "@page" in html
    assert '<meta name="generator" content="dayincourt' in html


def test_a_busy_case_draws_its_timeline_in_page_sized_parts():
    case = busy_case(200)
    html = render_report(case, AS_OF, "html", generated_at=GENERATED_AT,
                         screening=hand_screening(case, AS_OF)).decode()
    tags = parse(html)
    svgs = [a for t, a in tags if t == "svg"]
    assert len(svgs) >= 2
    assert f"Timeline, part {len(svgs)} of {len(svgs)}." in html
    # every event is drawn once (one <g> with a tooltip each): 200 steps and the deadline ahead
    assert sum(1 for t, _ in tags if t == "g") == 201
    assert html.count("<tr><td class=\"when\">") == 201  # and listed in the chronology
