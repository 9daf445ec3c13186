"""Ninth pass (offense dates, sentences, factors, recantations): wordings courts commonly use, found on the training sets.

Every text here is made up; names, courts and numbers are fictional.
"""

from __future__ import annotations

import pytest

from .helpers import extract_text as extract

HEAD = ("1 A.2d 2 (1990)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nNo. 4601.\n\n"
        "Court of Appeals of Arcadia.\n\nROSS, Justice.\n\n")


def _offense_date(body: str) -> str | None:
    text = HEAD + "Powers was convicted of robbery and sentenced to ten years.\n\n" + body + "\n\nAFFIRMED.\n"
    dates = [c["offense_date"] for c in extract(text)["case"].get("charges", []) if c.get("offense_date")]
    return dates[0] if dates else None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the story of the crime opens with the hour of the day
        ("On the afternoon of June 3, 1994, Powers was at a cookout at his cousin's house.", "1994-06-03"),
        ("In the early morning hours of May 9, 1987, a party was underway at the Lane home.", "1987-05-09"),
        # a witness's account of the day: the trial at which it was told is not the date's proceeding
        ("At trial, the clerk testified that she was alone at the store in the early morning hours of March 4, 1979. "
         "Powers robbed her at gunpoint.", "1979-03-04"),
        ("At the trial, the teller testified that on April 2, 1985, Powers robbed the bank.", "1985-04-02"),
        # the charging paper's "on or about": the act it charges, before the other acts the evidence tells
        ("The victim's sister testified that in June 1980 Powers had threatened her. "
         "The indictment alleged that Powers, on or about May 5, 1988, robbed the victim.", "1988-05-05"),
        # dates that are no event of the crime
        ("The victim was born on December 1, 1980, and was robbed at school by Powers.", None),
        ("Prior to November 1, 1989, the guidelines treated robbery differently.", None),
        ("On July 1, 1985, Powers obtained a writ of habeas corpus after the robbery conviction.", None),
        ("On May 2, 1989, a warrant for a violation was issued. He had robbed a store.", None),
        ("April 24, 1996: the new limitations statute for robbery went into effect.", None),
        ("Powers was serving a ten-year sentence for robbery; his release date was July 2, 1995.", None),
    ],
)
def test_offense_date_wordings(body: str, expected: str | None) -> None:
    assert _offense_date(body) == expected
