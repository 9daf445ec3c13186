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


# --- the caption names the application ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "head",
    [
        "Ex parte Roe, Applicant\n\nCourt of Criminal Appeals of Nowhere.\n\n",
        "IN THE COURT OF CRIMINAL APPEALS\n\nEX PARTE JOHN ROE, Applicant\n\nON APPLICATION FOR A WRIT OF HABEAS CORPUS\n"
        "FROM NOWHERE COUNTY\n\nPer curiam.\n\n",
    ],
)
def test_a_caption_naming_the_application_makes_the_ruling_post_conviction(head: str) -> None:
    # the body never says "application for a writ of habeas corpus"
    case = extract_text(head + "Applicant pleaded guilty to burglary of a habitation and was sentenced to ten years. He "
                        "did not appeal. He now contends his plea was involuntary. Based on the trial court's findings, "
                        "we deny relief.\n")
    kinds = [(p["kind"], p.get("outcome")) for p in case["case"]["proceedings"]]
    assert ("pcr_application", "denied") in kinds


def test_a_direct_appeal_that_cites_an_ex_parte_decision_stays_a_direct_appeal() -> None:
    # "Ex parte" in a cited case, far from the caption, names no application this court decides
    case = extract_text("State of Nowhere,\nAppellee,\nv.\nJohn Roe,\nAppellant.\n\nNo. 12-3456\n\nOPINION\n\n"
                        "A jury convicted Roe of robbery and the trial court sentenced him to ten years. Roe argues that "
                        "the evidence was insufficient. The standard is settled. See Ex parte Poe, 123 S.W.3d 456 (Tex. "
                        "Crim. App. 2003). We affirm.\n")
    kinds = [(p["kind"], p.get("outcome")) for p in case["case"]["proceedings"]]
    assert ("direct_appeal", "affirmed") in kinds
    assert not any(kind == "pcr_application" for kind, _ in kinds)
