"""Ninth pass, proceedings: how courts word their own decision and the earlier appeals of the same case.

Every text here is made up; names, courts and numbers are fictional.
"""

from __future__ import annotations

import pytest

from .helpers import proceedings
from .helpers import extract_text as extract

HEAD = ("1 A.2d 2 (1980)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nNo. 4601.\n\n"
        "Supreme Court of Arcadia.\n\nROSS, Justice.\n\n")
FACTS = "Powers was convicted of robbery by a jury in the Dale County Circuit Court. He appeals. "
ARGUMENT = "The instruction on the elements of robbery was a correct statement of the law of Arcadia. " * 40


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # a remand in the sentence that reverses belongs to the reversal
        ("The judgment of Powers is reversed on appeal and his case is remanded for further proceedings, "
         "and the judgment of Dunn is reversed and her case is remanded.", ("direct_appeal", "reversed")),
        # the cause, the matter or the record remanded: the decision sends the case back
        ("The cause is remanded to the Dale County Circuit Court for a hearing on the motion.", ("direct_appeal", "remanded")),
        ("In these circumstances the record must be remanded for an evidentiary hearing.\n\nSo ordered.",
         ("direct_appeal", "remanded")),
        ("The matter is remanded for resentencing.", ("direct_appeal", "remanded")),
    ],
)
def test_own_decision_wordings(tail: str, expected: tuple[str, str]) -> None:
    assert expected in proceedings(extract(HEAD + FACTS + ARGUMENT[:400] + "\n\n" + tail + "\n"))


def test_own_decision_before_a_long_unmarked_dissent() -> None:
    # a dissent the reader does not mark fills the last pages: the decision on the judgment stands before it
    dissent = ("\n\nMARSH, Justice, dissenting.\n\nI cannot agree that the error was prejudicial to the accused here. "
               + "The jury heard the whole of the evidence and weighed it with care in this record. " * 45)
    got = proceedings(extract(HEAD + FACTS + ARGUMENT[:800] + "\n\nThe judgment entered below is reversed and the matter "
                              "remanded for a new trial." + dissent + "\n"))
    assert ("direct_appeal", "reversed") in got


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        # the earlier appeal vacated or reversed the first conviction, told with an article or an adjective
        ("This Court previously vacated Powers\u2019s initial convictions and ordered a new trial. At the second trial "
         "Powers was again convicted.", ("direct_appeal", "vacated")),
        ("The Supreme Court reversed an earlier capital murder conviction and ordered a new trial. At the second trial "
         "Powers was again convicted.", ("direct_appeal", "reversed")),
    ],
)
def test_first_appeal_before_a_retrial(history: str, expected: tuple[str, str]) -> None:
    head = HEAD.replace("Supreme Court of Arcadia", "Court of Appeals of Arcadia")
    got = proceedings(extract(head + "Powers was convicted of robbery. " + history + " He appeals. " + ARGUMENT[:400]
                              + "\n\nAffirmed.\n"))
    assert expected in got


FED_HEAD = ("1 F.3d 2 (1990)\n\nJohn POWERS, Petitioner-Appellant,\nv.\nSam WARDEN, Respondent-Appellee.\n\nNo. 88-1234.\n\n"
            "United States Court of Appeals, Twelfth Circuit.\n\nROSS, Circuit Judge.\n\n")


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        # a habeas petition named later in the sentence does not make the first appeal a collateral ruling
        ("The Arcadia Court of Appeals reversed Powers's conviction for an error unrelated to this habeas petition, "
         "and he was tried again.", True),
        # a ruling on the habeas petition is no direct appeal
        ("The Arcadia Court of Appeals affirmed the judgment denying habeas relief.", False),
    ],
)
def test_prior_appeal_told_in_a_habeas_appeal(history: str, expected: bool) -> None:
    body = ("Powers was convicted of murder in an Arcadia state court. " + history + " Powers then filed a petition for "
            "a writ of habeas corpus under 28 U.S.C. \u00a7 2254, which the district court denied. " + ARGUMENT[:400])
    got = proceedings(extract(FED_HEAD + body + "\n\nAFFIRMED.\n"))
    assert (("direct_appeal", "reversed") in got) is expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # a remand told in its own sentence after the reversal
        ("Judgment reversed. The cause is remanded for further proceedings consistent with this opinion.",
         ("direct_appeal", "reversed")),
        # Wisconsin's closing line, then the remand
        ("By the Court.\u2014Judgment reversed and vacated. The matter is remanded to the circuit court for further "
         "proceedings consistent with this opinion.", ("direct_appeal", "reversed")),
        # a remand that follows an affirmance is no reversal
        ("The judgment is affirmed. The matter is remanded for correction of a clerical error in the judgment.",
         ("direct_appeal", "affirmed")),
    ],
)
def test_remand_after_the_decision(tail: str, expected: tuple[str, str]) -> None:
    assert expected in proceedings(extract(HEAD + FACTS + ARGUMENT[:400] + "\n\n" + tail + "\n"))


LA_HEAD = "1 So. 3d 2 (2010)\n\nSTATE ex rel. John POWERS\nv.\nSTATE of Arcadia.\n\nNo. 2010-KH-0001.\n\nSupreme Court of Arcadia.\n\nMay 2, 2010.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a one-word order of a court of review: the application to it refused
        ("Denied. See Arc. C.Cr.P. art. 93.1.\n", ("writ_application", "denied")),
        # a state court's own ruling on a habeas corpus petition filed with it
        ("Powers, convicted of robbery in 1990, asks this court to release him. The State has answered.\n\n"
         "The petition for habeas corpus is denied.\n", ("pcr_application", "denied")),
    ],
)
def test_own_denials_that_are_no_appeal(body: str, expected: tuple[str, str]) -> None:
    assert expected in proceedings(extract(LA_HEAD + body))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the overruling of the motion is what the appeal attacks; the "grant" is what it asks
        ("The overruling of the motion for new trial was error requiring the grant of a new trial.", ("motion_new_trial", "denied")),
        ("The court granted the motion for new trial over the State's objection.", ("motion_new_trial", "granted")),
    ],
)
def test_new_trial_motion_ruling_named_before_it(sentence: str, expected: tuple[str, str]) -> None:
    got = proceedings(extract(HEAD + "Powers was convicted of robbery by a jury. " + sentence + " " + ARGUMENT[:200] + "\n\nAffirmed.\n"))
    assert expected in got


TX_HEAD = ("1 S.W.3d 2 (2001)\n\nJohn POWERS, Appellant,\nv.\nThe STATE of Arcadia, Appellee.\n\nNo. 03-00-00001-CR.\n\n"
           "Court of Appeals of Arcadia, Dale.\n\nMay 2, 2001.\n\n")


@pytest.mark.parametrize(
    ("head_line", "body", "expected"),
    [
        # the reporter prints the later refusal of discretionary review under the date
        ("Discretionary Review Refused June 8, 2002.\n\n", "", ("writ_application", "denied")),
        ("Petition for Discretionary Review Granted June 8, 2002.\n\n", "", ("writ_application", "granted")),
        # the history told in the passive, and "granted leave to appeal" with its object
        ("", "Powers's petition for review by the Supreme Court was denied in 1999. ", ("writ_application", "denied")),
        ("", "An application for leave to appeal to the Court of Appeals was allowed. ", ("writ_application", "granted")),
        ("", "This court granted the defendant leave to appeal on one question. ", ("writ_application", "granted")),
        ("", "We granted the Prosecutor's application for leave to appeal. ", ("writ_application", "granted")),
    ],
)
def test_review_applications(head_line: str, body: str, expected: tuple[str, str]) -> None:
    got = proceedings(extract(TX_HEAD + head_line + "ROSS, Justice.\n\n" + FACTS + body + ARGUMENT[:300] + "\n\nAffirmed.\n"))
    assert expected in got


def test_leave_to_appeal_in_forma_pauperis_is_no_review() -> None:
    body = "The district court granted leave to appeal in forma pauperis. "
    got = proceedings(extract(FED_HEAD + "Powers was convicted of robbery. " + body + ARGUMENT[:300] + "\n\nAFFIRMED.\n"))
    assert not any(k == "writ_application" for k, _ in got)


def test_last_resort_reverses_the_intermediate_court_and_restores_the_trial_judgment() -> None:
    body = ("Powers was convicted of resisting arrest in the Dale County Circuit Court. The Court of Appeals reversed the "
            "trial court, holding that an instruction was required. We allowed the state's petition for review. "
            + ARGUMENT[:400] + "\n\nThe decision of the Court of Appeals is reversed. The judgment of the circuit court is affirmed.\n")
    got = proceedings(extract(HEAD + body))
    assert got.count(("direct_appeal", "reversed")) == 2  # the intermediate court's reversal and this court's
    assert ("direct_appeal", "affirmed") not in got


def test_a_ruling_on_the_lower_courts_finding_is_no_appeal_of_the_case() -> None:
    body = ("Powers was convicted of fraud in the Dale County Circuit Court. In a related matter the appellate court "
            "affirmed the district court's finding of liability. " + ARGUMENT[:300] + "\n\nThe judgment is reversed.\n")
    assert ("direct_appeal", "affirmed") not in proceedings(extract(HEAD + body))


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        # one district ruling told as a denial, then argued as a dismissal
        ("The district court denied his motion under 28 U.S.C. \u00a7 2255. Powers argues that the district court erred "
         "in dismissing his claim under \u00a7 2255 without a hearing.", [("federal_habeas", "denied")]),
        # a second petition named as such is a round of its own
        ("The district court denied his first petition under \u00a7 2254 in 1995. The district court dismissed his "
         "second petition under \u00a7 2254 as successive.", [("federal_habeas", "denied"), ("federal_habeas", "dismissed")]),
        # the district judge, and "the proceeding"
        ("Powers sought habeas corpus in the district court. The District Judge dismissed the proceeding without a "
         "hearing.", [("federal_habeas", "dismissed")]),
    ],
)
def test_district_rulings_on_a_federal_petition(history: str, expected: list[tuple[str, str]]) -> None:
    body = "Powers was convicted of robbery in an Arcadia state court. " + history + " " + ARGUMENT[:300]
    got = proceedings(extract(FED_HEAD + body + "\n\nAFFIRMED.\n"))
    assert sorted(p for p in got if p[0] == "federal_habeas" and p[1] != "affirmed") == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "dismissed"),
    [
        ("The State argues that the district court erred in dismissing the charges before trial.", True),
        ("Upon dismissal of the information, the district attorney refiled the case in the municipal court.", True),
        ("Powers was successful in obtaining a dismissal of the first information.", True),
        # not a dismissal: refused, sought, or a civil complaint
        ("Powers argues that the trial court erred in not dismissing the indictment.", False),
        ("Powers filed a motion seeking dismissal of the indictment, which was heard in May.", False),
        ("The order of the district court dismissing the complaint for damages is the subject of a separate appeal.", False),
    ],
)
def test_dismissal_of_the_charges(sentence: str, dismissed: bool) -> None:
    got = proceedings(extract(HEAD + "Powers was charged with robbery in Dale County. " + sentence + " " + ARGUMENT[:300]
                              + "\n\nAffirmed.\n"))
    assert (("dismissal", None) in got) is dismissed


def test_the_indictment_in_the_past_tense_is_this_cases() -> None:
    body = ("Powers was convicted of robbery. He contends the indictment was defective because it omitted the victim's name. "
            + ARGUMENT[:300] + "\n\nAffirmed.\n")
    assert ("indictment", None) in proceedings(extract(HEAD + body))


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        ("The district court denied the request for a new trial.", ("motion_new_trial", "denied")),
        # the ruling in the next sentence
        ("Powers requested a new trial because a juror had slept. The trial court declined to hold a hearing or grant a "
         "mistrial.", ("motion_new_trial", "denied")),
        ("A juror testified in support of her motion for a new trial.", ("motion_new_trial", "denied")),
    ],
)
def test_new_trial_motion_rulings(sentences: str, expected: tuple[str, str]) -> None:
    got = proceedings(extract(HEAD + "Powers was convicted of robbery by a jury. " + sentences + " " + ARGUMENT[:200]
                              + "\n\nAffirmed.\n"))
    assert expected in got


def test_next_sentence_ruling_on_another_motion_is_not_read() -> None:
    body = ("Powers was convicted of robbery by a jury. Powers requested a new trial. The court granted the State's "
            "request to amend the caption. " + ARGUMENT[:200] + "\n\nAffirmed.\n")
    assert ("motion_new_trial", "granted") not in proceedings(extract(HEAD + body))


@pytest.mark.parametrize(
    ("sentence", "arrested"),
    [
        ("Powers hid the package in his cousin's car to confuse ownership in the event he is apprehended.", False),
        ("Powers feared that if he is arrested his parole would be revoked.", False),
        ("Powers was arrested at his home two days later.", True),
    ],
)
def test_arrest_in_a_hypothetical_is_no_arrest(sentence: str, arrested: bool) -> None:
    got = proceedings(extract(HEAD + "Powers was convicted of robbery. " + sentence + " " + ARGUMENT[:200] + "\n\nAffirmed.\n"))
    assert (("arrest", None) in got) is arrested


@pytest.mark.parametrize(
    ("sentence", "arrested"),
    [
        ("Officer Dunn placed Powers under arrest and drove him to the station.", True),
        ("Officer Dunn placed Marsh under arrest and drove him to the station.", False),  # someone else
    ],
)
def test_placed_by_name_under_arrest(sentence: str, arrested: bool) -> None:
    got = proceedings(extract(HEAD + "John Powers was convicted of robbery. " + sentence + " " + ARGUMENT[:200] + "\n\nAffirmed.\n"))
    assert (("arrest", None) in got) is arrested
