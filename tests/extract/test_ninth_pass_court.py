"""Ninth pass: the court line of the header (made-up text)."""

from __future__ import annotations

import pytest

from .helpers import context, extract_text, proceedings

CAPTION = "STATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nNo. 4D01-2345.\n\n"


@pytest.mark.parametrize(
    ("court_line", "expected", "federal", "appellate"),
    [
        # a header printed in capitals is named as courts write it
        ("IN THE COURT OF APPEALS OF THE STATE OF ARCADIA", "Court of Appeals of the State of Arcadia", False, True),
        ("IN THE UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT",
         "United States Court of Appeals for the Ninth Circuit", True, True),
        # Florida's District Courts of Appeal are state appellate courts, not federal district courts
        ("District Court of Appeal of Florida, Fourth District.", "District Court of Appeal of Florida, Fourth District",
         False, True),
        ("United States District Court, E.D. Arcadia.", "United States District Court, E.D. Arcadia", True, False),
        # a state's trial court stays a trial court
        ("IN THE DISTRICT COURT OF THE STATE OF ARCADIA", "District Court of the State of Arcadia", False, False),
    ],
)
def test_court_line(court_line: str, expected: str, federal: bool, appellate: bool) -> None:
    ctx = context(f"{CAPTION}{court_line}\n\nROSS, J.\n\nPowers was convicted of robbery. We affirm.\n\nAffirmed.\n")
    assert (ctx.court_line, ctx.federal_court, ctx.appellate) == (expected, federal, appellate)


def test_florida_district_court_of_appeal_decides_a_direct_appeal() -> None:
    case = extract_text(f"{CAPTION}District Court of Appeal of Florida, Fourth District.\n\nROSS, J.\n\n"
                        "Powers was convicted by a jury of robbery. He raises two issues. We affirm.\n\nAffirmed.\n")
    assert ("direct_appeal", "affirmed") in proceedings(case)
