"""Phrasings read by the sixth pass (long habeas histories, conviction lists, cited cases told after the cite, ...).

Every text here is made up; names, courts and numbers are fictional. Each case is one family of
wording seen across many opinions, not one document.
"""

from __future__ import annotations

import pytest

from .helpers import charges, proceedings
from .helpers import extract_text as extract

HEAD = ("101 A.2d 202 (1990)\n\nSTATE of Arcadia, Plaintiff and Appellee,\nv.\nOwen T. PRICE, Defendant and Appellant.\n\n"
        "No. 90-1.\n\nCourt of Appeals of Arcadia.\n\nDecided May 1, 1990.\n\nBAKER, Judge.\n\n")
TAIL = " We affirm.\n\nAFFIRMED.\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # three capitalized words between "found" and "guilty"
        ("A Lake County jury found Owen Thomas Price guilty of aggravated arson, arson, and criminal mischief.",
         ["aggravated arson", "arson", "criminal mischief"]),
        # the form of trial between "convicted" and the offenses
        ("He was convicted, pursuant to a jury trial, of two counts of robbery, one count of burglary while in possession "
         "of a firearm, and one count of escape.", ["robbery", "burglary while in possession of a firearm", "escape"]),
        # a cited case's conviction, told in the sentence after the cite, is not this case's
        ("Price was convicted of forgery. He relies on Dunlap v. State, 5 A.2d 9 (1980). In that case, Dunlap was "
         "convicted of murder after a trial in absentia.", ["forgery"]),
        ("Price was convicted of forgery. He relies on Dunlap v. State, 5 A.2d 9 (1980). There, the defendant was "
         "convicted of murder after a trial in absentia.", ["forgery"]),
        ("Price was convicted of forgery. He relies on Dunlap v. State, 5 A.2d 9 (1980). In Dunlap, the defendant was "
         "convicted of murder after a trial in absentia.", ["forgery"]),
        # the cite in a footnote: only the case name is left in the text
        ("Price was convicted of forgery. This case is unlike Dunlap v. State.[4] In that case, Dunlap was convicted of "
         "murder after a trial in absentia.", ["forgery"]),
    ],
)
def test_offenses_of_conviction_sixth_pass(body: str, expected: list[str]) -> None:
    assert sorted(charges(extract(HEAD + body + TAIL))) == sorted(expected)


@pytest.mark.parametrize(
    ("body", "present"),
    [
        ("Price admitted that he bought the guns as alleged in the indictment.", True),
        ("The jury acquitted him of the offense charged in the indictment but convicted him of an attempt.", True),
        # a rule about indictments in general, in the present tense, is not this case's
        ("An indictment must allege every element of the offense.", False),
    ],
)
def test_an_indictment_named_by_what_it_alleged(body: str, present: bool) -> None:
    got = proceedings(extract(HEAD + "Price was convicted of forgery by a jury. " + body + TAIL))
    assert (("indictment", None) in got) is present


HABEAS_HISTORY = (
    "592 F.3d 1 (2010)\n\nJohn Roe HARMON, Petitioner-Appellant,\nv.\nRichard WELLS, Warden, Respondent-Appellee.\n\n"
    "No. 07-1.\n\nUnited States Court of Appeals, Eleventh Circuit.\n\nJanuary 4, 2010.\n\n"
    "Before KING, LEWIS and MOORE, Circuit Judges.\n\nKING, Circuit Judge:\n\n"
    "John Roe Harmon appeals the judgment of the district court denying his petition for a writ of habeas corpus "
    "brought under 28 U.S.C. § 2254.\n\n"
    "Harmon was convicted by a jury in Lake County, Arcadia, of murder and sentenced to death. Harmon appealed his "
    "convictions and sentence to the Arcadia Supreme Court. The Arcadia Supreme Court affirmed Harmon's convictions "
    "and sentence on 11 June 1992. See Harmon v. State, 262 Ar. 293 (1992).\n\n"
    "Harmon then filed a petition for a writ of certiorari with the United States Supreme Court which was denied on "
    "19 January 1993.\n\n"
    "On 19 April 1993, Harmon filed a petition for a writ of habeas corpus (\"state habeas petition\") in the Superior "
    "Court of Pine County. The state habeas court denied the state habeas petition on 27 August 1998.\n\n"
    "In response to Harmon's application for a certificate of probable cause to appeal, the Arcadia Supreme Court "
    "remanded the state habeas petition to the Pine County Superior Court. The state habeas court then issued a second "
    "order making additional findings but again denying Harmon's state habeas petition.\n\n"
    "Harmon filed a second application for a certificate of probable cause to appeal with the Arcadia Supreme Court "
    "which was denied on 30 April 2003. Harmon then filed another petition for a writ of certiorari with the United "
    "States Supreme Court, which was again denied.\n\n"
    "On 29 April 2004, Harmon filed his 28 U.S.C. § 2254 petition in the district court. The district court denied "
    "the petition and granted a certificate of appealability on two claims.\n\n"
    "Harmon first contends that his trial counsel was ineffective. We disagree.\n\nAFFIRMED.\n"
)


def test_a_federal_habeas_history_keeps_each_state_round() -> None:
    got = proceedings(extract(HABEAS_HISTORY))
    assert sorted(got, key=str) == sorted([
        ("trial", "convicted"), ("direct_appeal", "affirmed"), ("cert_petition", "denied"),
        ("pcr_application", "denied"), ("writ_application", "remanded"), ("pcr_application", "denied"),
        ("writ_application", "denied"), ("cert_petition", "denied"), ("federal_habeas", "denied"),
        ("writ_application", "granted"), ("federal_habeas", "affirmed"),
    ], key=str)
