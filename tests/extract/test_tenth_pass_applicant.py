"""Tenth pass: state habeas applications ("Ex parte Roe, Applicant").

Every text here is made up. The accused of a habeas application is called "Applicant" or "Relator"; his plea is his
own, not a witness's. "Relief is denied." is the court's decision on the application.
"""

from __future__ import annotations

import pytest

from .helpers import extract_text

HEAD = ("IN THE COURT OF CRIMINAL APPEALS\nOF TEXAS\n\nNO. WR-12,345-01\n\nEX PARTE JOHN ROE, Applicant\n\n"
        "ON APPLICATION FOR A WRIT OF HABEAS CORPUS\nFROM NOWHERE COUNTY\n\nPer curiam.\n\nO R D E R\n\n")


@pytest.mark.parametrize("word", ["Applicant", "Relator", "Appellee"])
def test_the_accuseds_own_title_pleads_for_himself(word: str) -> None:
    case = extract_text(HEAD + f"{word} pleaded guilty to burglary of a habitation and was sentenced to ten years. "
                        "He filed this application for a writ of habeas corpus. Relief is denied.\n")
    assert [c["offense"] for c in case["case"]["charges"]] == ["burglary of a habitation"]


def test_a_named_witness_plea_is_still_not_the_accuseds() -> None:
    case = extract_text(HEAD + "Applicant was convicted of robbery by a jury. At trial, Carl Poe, who had pleaded guilty to "
                        "theft, testified for the State. Applicant filed this application for a writ of habeas corpus. "
                        "Relief is denied.\n")
    assert [c["offense"] for c in case["case"]["charges"]] == ["robbery"]


@pytest.mark.parametrize(("closing", "outcome"), [("Relief is denied.", "denied"), ("Relief is granted.", "granted")])
def test_relief_is_denied_decides_the_application(closing: str, outcome: str) -> None:
    case = extract_text(HEAD + "Applicant was convicted of aggravated robbery and sentenced to twenty years. He filed this "
                        "application for a writ of habeas corpus, contending that counsel was ineffective. " + closing + "\n")
    kinds = [(p["kind"], p.get("outcome")) for p in case["case"]["proceedings"]]
    assert ("pcr_application", outcome) in kinds
