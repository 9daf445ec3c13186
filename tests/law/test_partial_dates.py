"""Partial dates: a deadline that depends on a month or a year is a range; unknown only inside it."""

from __future__ import annotations

import pytest

from dayincourt.law import get_remedy

from .factories import build, evidence, only_evidence, proceeding
from .time import D


@pytest.mark.parametrize("as_of, status, passed", [
    (D(2025, 11, 1), "met", False),      # on or before the earliest possible last day
    (D(2025, 11, 2), "unknown", None),
    (D(2025, 11, 30), "unknown", None),
    (D(2025, 12, 1), "unmet", True),     # after the latest possible last day
])
def test_discovery_known_to_the_month(as_of, status, passed):
    result = get_remedy("us-la/ccrp-930.8-new-facts").evaluate(build(evidence("e1", discovered="2023-11")), as_of)
    el = next(e for e in result.elements if e.id == "time-limit")
    assert el.status == status
    d = result.deadline
    assert (d.date, d.earliest, d.latest, d.passed) == (D(2025, 11, 1), D(2025, 11, 1), D(2025, 11, 30), passed)
    assert d.to_dict()["earliest"] == "2025-11-01" and d.to_dict()["latest"] == "2025-11-30"
    if status == "unknown":
        assert result.outcome == "needs_review"
        assert result.missing == ("What is the exact date of the discovery of evidence/e1? "
                                  "(known only to the month: 2023-11)",)
    else:
        assert "What is the exact date of the discovery of evidence/e1?" not in " ".join(result.missing)


@pytest.mark.parametrize("as_of, status", [
    (D(2018, 1, 1), "met"), (D(2018, 1, 2), "unknown"), (D(2018, 12, 31), "unknown"), (D(2019, 1, 1), "unmet"),
])
def test_finality_known_to_the_year(as_of, status):
    # The writ was denied sometime in 2016 (filing date known and timely): finality is 2016-01-01..2016-12-31.
    case = build(only_evidence("e2"), proceeding("p3", decided="2015-10-14"),
                 proceeding("p4", filed="2015-11-12", decided="2016"))
    result = get_remedy("us-la/ccrp-930.8-new-facts").evaluate(case, as_of)
    el = next(e for e in result.elements if e.id == "time-limit")
    assert el.status == status
    if status == "unknown":
        assert el.missing == ("What is the exact date of the decision proceedings/p4? (known only to the year: "
                              "2016)",)


def test_unknown_writ_filing_date_makes_finality_a_range():
    # Writ decided 2016-06-03 but its filing date unknown: timely (final on denial) or not (14 days after appeal).
    case = build(proceeding("p4", filed=None))
    result = get_remedy("us-la/ccrp-930.8-new-facts").evaluate(case, D(2024, 9, 16))
    from dayincourt.law import derive
    final = derive(case, D(2024, 9, 16)).state_finality
    assert (final.range.earliest, final.range.latest) == (D(2015, 10, 28), D(2016, 6, 3))
    assert final.rule == "La. C.Cr.P. art. 922(B), (D)"
    assert result.outcome == "eligible"  # the discovery period decides, so the range does not matter here


def test_only_dates_that_matter_are_asked_for():
    # Discovery known only to the year, but as_of is long before any possible last day.
    result = get_remedy("us-la/ccrp-930.8-new-facts").evaluate(build(evidence("e1", discovered="2023")),
                                                               D(2024, 1, 1))
    assert result.outcome == "eligible"
    assert result.missing == ()
