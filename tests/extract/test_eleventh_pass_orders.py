"""Eleventh pass, second part: forms read from bench/heldout6 (opened late in the pass), mostly short orders.

Every text here is made up. Each test states the general form; none names a document of any gold set.
"""

from __future__ import annotations

import pytest

from .helpers import conviction as _conviction, extract_text, proceedings as _kinds, role_lists as _people


# --- captions -------------------------------------------------------------------------------------------------------

CLERK_STAMP = (
    "Case: 14-40381      Document: 00512966344         Page: 1    Date Filed: 03/12/2015\n\n"
    "           IN THE UNITED STATES COURT OF APPEALS\n                    FOR THE FIFTH CIRCUIT\n"
    "                                                                        United States Court of Appeals\n"
    "                                                                                 Fifth Circuit\n\n"
    "                                    No. 14-40381                               FILED\n"
    "                                 Conference Calendar                     March 12, 2015\n"
    "                                                                          Ann B. Poe\n"
    "                                                                               Clerk\n"
    "UNITED STATES OF AMERICA,\n\n                                                 Plaintiff-Appellee\n\nv.\n\n"
    "JOHN ADAM ROE,\n\n                                                 Defendant-Appellant\n\n"
    "                   Appeal from the United States District Court\n                        for the Southern District of Nowhere\n\n"
    "Before SMITH, JONES, and BROWN, Circuit Judges.\n\nPER CURIAM:\n\nThe Federal Public Defender appointed to represent "
    "John Adam Roe has moved for leave to withdraw and has filed a brief in accordance with Anders v. California, 386 U.S. "
    "738 (1967). We concur with counsel's assessment that the appeal presents no nonfrivolous issue. Accordingly, the "
    "motion for leave to withdraw is GRANTED, and the APPEAL IS DISMISSED.\n"
)


def test_the_clerks_filing_stamp_beside_the_caption_is_no_part_of_the_government() -> None:
    case = extract_text(CLERK_STAMP)
    assert _people(case).get("John Adam Roe") == ["defendant"]
    assert "Ann B. Poe" not in _people(case)
    assert ("direct_appeal", "dismissed") in _kinds(case)
    assert case["case"]["title"] == "United States Of America v. John Adam Roe"


SECTION_RULED = (
    "IN THE SUPREME COURT OF THE STATE OF NOWHERE\n\n"
    "JOHN A. ROE,                           \u00a7\n"
    "                                       \u00a7      No. 356, 2016\n"
    "      Defendant Below,                 \u00a7\n"
    "      Appellant,                       \u00a7      Court Below\u2014Superior Court\n"
    "                                       \u00a7      of the State of Nowhere\n"
    "      v.                               \u00a7\n"
    "                                       \u00a7      Cr. ID No. 1008005435\n"
    "STATE OF NOWHERE,                      \u00a7\n"
    "                                       \u00a7\n"
    "      Plaintiff Below,                 \u00a7\n"
    "      Appellee.                        \u00a7\n\n"
    "                           Submitted: October 14, 2016\n"
    "                            Decided: October 21, 2016\n\n"
    "                                ORDER\n\n"
    "      This 21st day of October 2016, it appears to the Court that the Chief Deputy Clerk issued a notice directing the "
    "appellant to show cause why this appeal should not be dismissed for his failure to file the opening brief. Roe has "
    "not responded to the notice.\n\n      NOW, THEREFORE, IT IS ORDERED that this appeal is DISMISSED.\n\n"
    "                                       BY THE COURT:\n\n"
    "                                           /s/ Carl T. Lane, Jr.\n"
    "                                                  Justice\n"
)


def test_a_caption_ruled_with_section_signs() -> None:
    case = extract_text(SECTION_RULED)
    people = _people(case)
    assert people.get("John A. Roe") == ["defendant"]
    assert people.get("Carl T. Lane, Jr.") == ["judge"]  # signed "/s/" over "Justice"
    assert "Clerk" not in people  # "the Chief Deputy Clerk" is no officer
    assert ("direct_appeal", "dismissed") in _kinds(case)


def test_an_in_re_title_above_a_party_is_no_part_of_it() -> None:
    case = extract_text("536 F.2d 100\n\nIn re GRAND JURY PROCEEDINGS.\nUNITED STATES of America, Appellee,\nv.\n"
                        "John ROE, Appellant.\n\nNo. 75-1234.\n\nUnited States Court of Appeals, Fifth Circuit.\n\n"
                        "Before SMITH, JONES and BROWN, Circuit Judges.\n\nPER CURIAM:\n\nRoe was held in civil contempt for "
                        "refusing to testify before the grand jury after a grant of immunity. We find no error.\n\nAFFIRMED.\n")
    assert _people(case).get("John Roe") == ["defendant"]
    assert ("direct_appeal", "affirmed") in _kinds(case)


# --- a ruling from the bench, transcribed ---------------------------------------------------------------------------

def test_a_bench_ruling_under_counsel_lines_is_a_court_decision() -> None:
    case = extract_text("[EDITOR'S NOTE: This case is unpublished as indicated by the issuing court.]\n"
                        "Ann Poe, Assistant State's Attorney, for the State of Nowhere.\n\n"
                        "Carl Lane, Attorney at Law, for the Defendant, John Roe.\n\nMOTION TO SUPPRESS\n\n(Excerpt)\n\n"
                        "THE COURT: The police officers said they told him he was free to go. He was arrested two days later "
                        "and was told of his rights. The statements were voluntary, and the motion to suppress is denied.\n")
    people = _people(case)
    assert case["document"]["kind"] == "opinion"
    assert people.get("John Roe") == ["defendant"]
    assert people.get("Ann Poe") == ["prosecutor"]  # under the reporter's bracketed note


# --- Michigan's orders on applications for leave --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("ruling", "own"),
    [
        ("is considered, and it is DENIED, because we are not persuaded that the questions presented should be reviewed by "
         "this Court.", ("writ_application", "denied")),
        ("is considered and, it appearing to this Court that the case of People v Poe is pending on appeal before this Court, "
         "we ORDER that the application be held in ABEYANCE pending the decision in that case.", ("writ_application", "pending")),
    ],
)
def test_leave_to_appeal_a_dated_court_of_appeals_judgment(ruling: str, own: tuple[str, str]) -> None:
    case = extract_text("Order\n\nMichigan Supreme Court\n\nLansing, Michigan\n\nJuly 29, 2008\n\n"
                        "PEOPLE OF THE STATE OF MICHIGAN,\n            Plaintiff-Appellee,\n\n  v\n\n  JOHN ROE,\n"
                        "           Defendant-Appellant.\n\n  _________________________________________/\n\n"
                        "         On order of the Court, the application for leave to appeal the April 1, 2008\n"
                        f"  judgment of the Court of Appeals {ruling}\n")
    kinds = _kinds(case)
    assert own in kinds
    assert ("direct_appeal", None) in kinds  # the judgment leave is asked from, its outcome unstated


def test_a_case_held_in_abeyance_after_leave_was_granted() -> None:
    case = extract_text("Order\n\nMichigan Supreme Court\n\nPEOPLE OF THE STATE OF MICHIGAN,\n   Plaintiff-Appellee,\n\n  v\n\n"
                        "  JOHN ROE,\n   Defendant-Appellant.\n\n  ____________/\n\n         On order of the Court, leave to "
                        "appeal was granted. It now appears that the case of Poe v Lane is pending before the United States "
                        "Supreme Court. We ORDER that this case be held in ABEYANCE pending the decision in that case.\n")
    assert ("direct_appeal", "pending") in _kinds(case)


# --- rulings below that the appeal reviews --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("said", "outcome"),
    [
        ("appeals the district court's orders denying relief on his 18 U.S.C. \u00a7 3582(c)(2) (2006) motion", "denied"),
        ("appeals the district court's order denying his motion for a sentence reduction", "denied"),
        ("appeals the district court's order granting in part his motion to reduce his sentence", None),
    ],
)
def test_a_sentence_reduction_motion_decided_below(said: str, outcome: str | None) -> None:
    case = extract_text("UNPUBLISHED\n\nUNITED STATES COURT OF APPEALS FOR THE FOURTH CIRCUIT\n\nUNITED STATES OF AMERICA,\n"
                        "Plaintiff - Appellee,\n\nv.\n\nJOHN ADAM ROE,\nDefendant - Appellant.\n\nAffirmed by unpublished per "
                        f"curiam opinion.\n\nPER CURIAM:\n\nJohn Adam Roe {said}. We have reviewed the record and find no "
                        "reversible error. Accordingly, we affirm.\n\nAFFIRMED\n")
    kinds = _kinds(case)
    assert ("direct_appeal", "affirmed") in kinds
    assert (("other", outcome) in kinds) if outcome else not [k for k in kinds if k[0] == "other"]


def test_a_petition_for_belated_appeal_is_leave_to_appeal() -> None:
    case = extract_text("DISTRICT COURT OF APPEAL OF THE STATE OF FLORIDA\nFIFTH DISTRICT\n\nJOHN ROE,\n\nPetitioner,\n\nv.\n\n"
                        "STATE OF FLORIDA,\n\nRespondent.\n\nPetition for Belated Appeal\nA Case of Original Jurisdiction.\n\n"
                        "PER CURIAM.\n\nThe petition for belated appeal is granted. A copy of this opinion shall be filed with "
                        "the trial court and be treated as the notice of appeal from the order denying Petitioner's Motion "
                        "for Postconviction Relief.\n\n       PETITION GRANTED.\n")
    assert ("writ_application", "granted") in _kinds(case)
    assert ("pcr_application", "granted") not in _kinds(case)


# --- a trial evident from its steps ---------------------------------------------------------------------------------

@pytest.mark.parametrize("step", ["the district court gave no limiting instruction",
                                  "at the close of the evidence he moved the court to require the State to elect",
                                  "his motion for a directed verdict was denied"])
def test_a_trial_is_evident_from_its_steps(step: str) -> None:
    case = extract_text(f"STATE v. JOHN ROE.\n\nThis is an appeal from a conviction for the sale of liquor. Roe argues that "
                        f"{step}. We agree.\n\nReversed and remanded.\n")
    assert _conviction(case)["kind"] == "trial"


# --- courts-martial -------------------------------------------------------------------------------------------------

COURT_MARTIAL = (
    "UNITED STATES AIR FORCE COURT OF CRIMINAL APPEALS\n\n                                           UNITED STATES\n\n"
    "                                                     v.\n\n"
    "                         Airman First Class JOHN A. ROE\n                                   United States Air Force\n\n"
    "                                              ACM S32000\n\n                                            20 October 2015\n\n"
    "         Sentence adjudged 16 December 2014 by SPCM convened at Nowhere Air\n"
    "         Force Base, Nowhere. Military Judge: Ann B. Poe (sitting alone).\n\n"
    "         Approved Sentence: Bad-conduct discharge, confinement for 90 days, and\n         reduction to E-1.\n\n"
    "         Appellate Counsel for the Appellant: Lieutenant Colonel Carl D. Lane.\n\n"
    "         Appellate Counsel for the United States: Major Dee E. Hall.\n\n"
    "                                                  Before\n\n                             SMITH, JONES, and BROWN\n"
    "                                  Appellate Military Judges\n\n"
    "PER CURIAM:\n\n       The approved findings and sentence are correct in law and fact. Accordingly, the approved "
    "findings and sentence are AFFIRMED.\n"
)


def test_a_court_martial_record_above_the_opinion() -> None:
    case = extract_text(COURT_MARTIAL)
    people = _people(case)
    assert people.get("John A. Roe") == ["defendant"]
    assert people.get("Ann B. Poe") == ["judge"]
    assert people.get("Carl D. Lane") == ["defense_counsel"]
    assert people.get("Dee E. Hall") == ["prosecutor"]
    assert people.get("Brown") == ["judge"]
    conv = _conviction(case)
    assert conv["sentence"]["kind"] == "term" and round(conv["sentence"]["years"] * 12) == 3


def test_an_anders_appeal_from_a_guidelines_sentence() -> None:
    case = extract_text("UNITED STATES of America, Plaintiff-Appellee,\nv.\nJohn Adam ROE, Defendant-Appellant.\n\nNo. 90-10001.\n\n"
                        "United States Court of Appeals, Ninth Circuit.\n\nBefore SMITH, JONES and BROWN, Circuit Judges.\n\n"
                        "MEMORANDUM\n\nJohn Adam Roe appeals his sentence under the United States Sentencing Guidelines for two "
                        "counts of armed robbery, in violation of 18 U.S.C. \u00a7 2113(a) and (d), and one count of use of a "
                        "firearm during a crime of violence, in violation of 18 U.S.C. \u00a7 924(c). Pursuant to Anders v. "
                        "California, 386 U.S. 738 (1967), his court-appointed attorney, Ann B. Poe, has filed a brief stating "
                        "that she finds no issues for review.\n\nAFFIRMED.\n")
    assert [c["offense"] for c in case["case"]["charges"]] == ["armed robbery", "use of a firearm during a crime of violence"]
    assert _people(case).get("Ann B. Poe") == ["defense_counsel"]  # the Anders cite tells this appeal, not another case


@pytest.mark.parametrize("vote", ["POE, J., would grant leave to appeal.", "LANE, J., not participating.",
                                  "POE, J., would remand for resentencing."])
def test_a_justices_vote_under_an_order_is_no_author_line(vote: str) -> None:
    from .helpers import context

    text = ("Order\n\nMichigan Supreme Court\n\nPEOPLE OF THE STATE OF MICHIGAN,\n   Plaintiff-Appellee,\n\n  v\n\n  JOHN ROE,\n"
            "   Defendant-Appellant.\n\n  ____________/\n\n         On order of the Court, the application for leave to appeal the "
            "January 15, 2013 judgment of the Court of Appeals is considered, and it is DENIED, because we are not persuaded "
            f"that the questions presented should be reviewed by this Court.\n\n        {vote}\n")
    ctx = context(text)
    assert ctx.header_end <= text.index("On order of the Court")


@pytest.mark.parametrize("said", ["is affirmed for the reasons expressed by Judge Simms and reported at 97 N.J. Super. 542 (Law Div. 1967)",
                                  "is affirmed substantially for the reasons stated by Judge Ann Poe in her written opinion"])
def test_the_judge_whose_reasons_are_adopted_decided_a_stage(said: str) -> None:
    case = extract_text("STATE OF NEW JERSEY, PLAINTIFF-RESPONDENT, v. JOHN ROE, DEFENDANT-APPELLANT.\n\nSuperior Court of New Jersey, "
                        "Appellate Division.\n\nBefore Judges SMITH, JONES and BROWN.\n\nPER CURIAM.\n\nThe order of the Law "
                        f"Division denying defendant's motion to dismiss the indictment {said}.\n")
    judges = {n for n, r in _people(case).items() if "judge" in r}
    assert judges & {"Simms", "Ann Poe"}
