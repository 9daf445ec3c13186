"""Tenth pass: the name of a motion is no ruling (proceedings.py).

Every text here is made up. "Defendant's motion to vacate is DENIED" denies the motion; the word "vacate" in the
motion's name must not make the outcome "vacated".
"""

from __future__ import annotations

import pytest

from .helpers import extract_text

HEAD = ("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF NOWHERE\n\nUNITED STATES OF AMERICA,\n\nPlaintiff,\n\n"
        "v.                                        Case No. 09-20123\n\nJOHN ROE,\n\nDefendant.\n\n"
        "OPINION AND ORDER\n\n")
OPENING = ("Before the Court is Defendant's Motion to Vacate, Set Aside, or Correct Sentence under 28 U.S.C. § 2255. "
           "Defendant pleaded guilty to bank robbery and was sentenced to 120 months.\n\n")


def _habeas(case: dict) -> list[tuple[str, str]]:
    return [(p["kind"], p.get("outcome")) for p in case["case"]["proceedings"] if p["kind"] == "federal_habeas"]


@pytest.mark.parametrize(
    ("closing", "outcome"),
    [
        ("Accordingly, IT IS ORDERED that Defendant's motion to vacate is DENIED.", "denied"),
        ("IT IS ORDERED that the motion to vacate, set aside, or correct sentence is DENIED.", "denied"),
        ("IT IS ORDERED that the motion to vacate, set aside or correct the sentence is GRANTED.", "granted"),
        ("IT IS ORDERED that the petition to set aside the sentence is DISMISSED.", "dismissed"),
        # the sentence itself vacated is still a vacatur
        ("IT IS ORDERED that the motion is GRANTED and Defendant's sentence is VACATED.", "vacated"),
    ],
)
def test_a_motion_to_vacate_is_ruled_on_not_vacated(closing: str, outcome: str) -> None:
    case = extract_text(HEAD + OPENING + "Defendant argues that counsel was ineffective.\n\n" + closing + "\n")
    assert _habeas(case) == [("federal_habeas", outcome)]
