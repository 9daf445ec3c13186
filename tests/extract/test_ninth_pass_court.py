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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a federal habeas appeal against the warden attacks a conviction even when no offense is named
        ("Roe appeals the order denying his 28 U.S.C. \u00a7 2254 petition. "
         "We deny a certificate of appealability and dismiss the appeal.\n\nDISMISSED.\n", True),
        # a prisoner's suit against the warden over his diet is no attack on a conviction
        ("Roe, an inmate, sued the warden over the prison's diet. The district court granted summary judgment. "
         "We affirm.\n\nAFFIRMED.\n", False),
    ],
)
def test_habeas_against_the_custodian_is_criminal(body: str, expected: bool) -> None:
    ctx = context("JOHN ROE, Petitioner-Appellant,\nv.\nMARY POE, Warden, Respondent-Appellee.\n\nNo. 12-3456.\n\n"
                  "United States Court of Appeals, Ninth Circuit.\n\nBefore: HALE, MARSH, and GREEN, Circuit Judges.\n\n"
                  f"PER CURIAM.\n\n{body}")
    assert ctx.criminal is expected
