"""Eleventh pass: readers for forms found while reading bench/heldout5 (opened this pass).

Every text here is made up. Each test states the general form; none names a document of any gold set.
"""

from __future__ import annotations

import pytest

from .helpers import charges as _offenses, conviction as _conviction, extract_text, proceedings as _kinds, role_lists as _people


# --- a caption set in two columns under a publication notice ------------------------------------------------------

TWO_COLUMN = (
    "J-A10001-20\n\n"
    "{notice}\n\n"
    "COMMONWEALTH OF NOWHERE                    IN THE SUPERIOR COURT OF\n"
    "                                                      NOWHERE\n"
    "                            Appellee\n\n"
    "                       v.\n\n"
    "JOHN ROE\n\n"
    "                            Appellant                 No. 100 EDA 2020\n\n"
    "        Appeal from the Judgment of Sentence of May 1, 2019\n\n"
    "BEFORE: POE, P.J., DOE, J., and LANE, J.\n\n"
    "MEMORANDUM BY DOE, J.:                        FILED MAY 1, 2020\n\n"
    "       John Adam Roe appeals his judgment of sentence, which was imposed following a nonjury trial that resulted in "
    "Roe being found guilty of: burglary, theft by unlawful taking, and criminal trespass. We affirm.\n\n"
    "       Judgment of sentence affirmed.\n"
)


@pytest.mark.parametrize("notice", ["NON-PRECEDENTIAL DECISION - SEE SUPERIOR COURT I.O.P. 65.37",
                                    "NOT FOR PUBLICATION", "UNPUBLISHED OPINION"])
def test_a_two_column_caption_under_a_publication_notice_names_the_accused(notice: str) -> None:
    case = extract_text(TWO_COLUMN.format(notice=notice))
    assert _people(case).get("John Adam Roe") == ["defendant"] or _people(case).get("John Roe") == ["defendant"]
    assert _offenses(case) == ["burglary", "theft by unlawful taking", "criminal trespass"]
    assert ("direct_appeal", "affirmed") in _kinds(case)
    assert case["case"]["title"].startswith("Commonwealth Of Nowhere v.")


# --- a parenthetical that is part of the offense's wording ---------------------------------------------------------

@pytest.mark.parametrize(
    ("said", "offense"),
    [
        ("attempting to obtain a controlled substance (Oxycodone) by fraud", "attempting to obtain a controlled substance (Oxycodone) by fraud"),
        ("manufacture of a controlled substance (marijuana)", "manufacture of a controlled substance (marijuana)"),
        ("driving under the influence (DUI)", "driving under the influence (DUI)"),
        # a grade, a count or a statute in parentheses is no part of the name
        ("threatening display of a weapon (Class D)", "threatening display of a weapon"),
        ("robbery (a felony)", "robbery"),
        ("robbery (count one)", "robbery"),
        ("murder (R.C. 2903.02)", "murder"),
        ("theft (sic)", "theft"),
    ],
)
def test_a_parenthetical_of_the_offenses_wording_stays(said: str, offense: str) -> None:
    case = extract_text(f"STATE v. JOHN ROE.\n\nRoe was convicted of {said}. He appeals.\n\nAffirmed.\n")
    assert _offenses(case) == [offense]


# --- an indeterminate term with a half year -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("said", "years"),
    [
        ("an aggregate sentence of not less than seven and one half years nor more than fifteen years' incarceration", 15.0),
        ("an aggregate sentence of not less than two and one-half nor more than five years' imprisonment", 5.0),
        ("a sentence of not less than one nor more than three years' imprisonment", 3.0),
    ],
)
def test_an_indeterminate_term_is_read_at_its_maximum(said: str, years: float) -> None:
    case = extract_text("COMMONWEALTH v. JOHN ROE.\n\nRoe was found guilty of burglary after a nonjury trial. The trial "
                        f"court imposed {said}, to be followed by two\nyears of probation.\n\nJudgment of sentence affirmed.\n")
    assert _conviction(case)["sentence"] == {"kind": "term", "years": years, "text": _conviction(case)["sentence"]["text"]}


# --- "New trial." closes an appeal the court grants -----------------------------------------------------------------

@pytest.mark.parametrize(("closing", "outcome"), [("New trial.", "reversed"), ("NEW TRIAL.", "reversed"), ("No error.", "affirmed")])
def test_a_closing_new_trial_line_reverses(closing: str, outcome: str) -> None:
    case = extract_text("STATE\n\nv.\n\nJOHN ROE.\n\nSupreme Court of Nowhere.\n\nPOE, Justice.\n\nThe defendant was convicted "
                        "of manslaughter by a jury. He contends the court excluded his explanation. We think this was "
                        f"prejudicial error.\n\n{closing}\n")
    assert ("direct_appeal", outcome) in _kinds(case)


def test_new_trial_inside_a_sentence_is_no_closing_line() -> None:
    case = extract_text("STATE\n\nv.\n\nJOHN ROE.\n\nSupreme Court of Nowhere.\n\nPOE, Justice.\n\nThe defendant was convicted "
                        "of manslaughter by a jury. He moved for a new trial. The motion was properly denied.\n\nNo error.\n")
    assert ("direct_appeal", "reversed") not in _kinds(case)


# --- opinions printed without a caption -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "offense", "years"),
    [
        ("The appeal is from conviction for assault to murder without malice. The penalty assessed is one year in the "
         "penitentiary.\n\nThe prosecuting witness testified for the State. The jury found the appellant guilty.\n\n"
         "Because of this error, the judgment is reversed and the cause remanded.\n", "assault to murder without malice", 1.0),
        ("The appeal is from a conviction for burglary; the penalty assessed is two years in the penitentiary.\n\nThe "
         "prosecuting witness testified that appellant entered the house.\n\nThe judgment is affirmed.\n", "burglary", 2.0),
    ],
)
def test_a_captionless_texas_opening_states_the_conviction(text: str, offense: str, years: float) -> None:
    case = extract_text(text)
    assert _offenses(case) == [offense]
    assert _conviction(case)["sentence"]["years"] == years


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Defendant-appellant Ann Marie Poe, proceeding pro se, appeals from the trial court's order denying her motion.",
         "Ann Marie Poe"),
        ("Petitioner-appellant Ann Poe appeals the denial of her petition for post-conviction relief.", "Ann Poe"),
        ("Appellant John Henry Roe was convicted by a jury of burglary.", "John Henry Roe"),
    ],
)
def test_a_captionless_opinion_names_the_accused_by_role(opening: str, name: str) -> None:
    case = extract_text(f"JOURNAL ENTRY and OPINION\n\n{opening} The appellant was convicted of burglary in 2001.\n\n"
                        "The trial court's order is affirmed.\n")
    assert _people(case).get(name) == ["defendant"]


def test_a_short_captionless_conviction_is_a_criminal_case() -> None:
    # one criminal word where the opinion opens is enough when no caption says otherwise
    case = extract_text("Appellant John Henry Roe was convicted by a jury of burglary.\n\nThe judgment is affirmed.\n")
    assert _offenses(case) == ["burglary"]
    assert ("trial", "convicted") in _kinds(case)


def test_a_captionless_civil_opinion_with_one_criminal_word_stays_civil() -> None:
    case = extract_text("Appellee sued for damages under the lease after the tenant was arrested, and the trial court "
                        "granted summary judgment on the contract and negligence claims.\n\nThe judgment is affirmed.\n")
    assert not case["case"].get("charges")
    assert not case["case"].get("people")


# --- officers named by a title of address ---------------------------------------------------------------------------

def test_a_title_of_address_before_a_list_takes_surnames() -> None:
    case = extract_text("UNITED STATES OF AMERICA v. JOHN ROE.\n\nRoe was convicted of robbery. Based on the testimony "
                        "of two officers, Ann Drake (\"Drake\") and Carl Vance (\"Vance\"), the facts are these. On July 15, "
                        "2005, Officers Drake, Vance, and Jimmy Moss were on patrol. Officers Drake and Moss approached.\n\n"
                        "Affirmed.\n")
    people = _people(case)
    assert "Drake Moss" not in people and "Vance Moss" not in people
    assert people.get("Jimmy Moss") == ["police"]


def test_lower_case_investigators_still_share_a_surname() -> None:
    case = extract_text("STATE v. JOHN ROE.\n\nRoe was convicted of robbery. The investigators Sam and Keith Poe searched "
                        "the car.\n\nAffirmed.\n")
    people = _people(case)
    assert "police" in people.get("Sam Poe", []) and "police" in people.get("Keith Poe", [])


# --- a plea the accused moves to withdraw was entered ---------------------------------------------------------------

@pytest.mark.parametrize(
    "said",
    [
        "After his plea was entered, but before sentencing, appellant filed a motion to withdraw his plea.",
        "Appellant contends the trial court erred in denying his motion to withdraw his plea before sentencing.",
    ],
)
def test_a_motion_to_withdraw_the_plea_means_a_plea(said: str) -> None:
    case = extract_text(f"JOHN ROE, Appellant, v. STATE OF NOWHERE, Appellee.\n\nPER CURIAM.\n\n{said} We agree.\n\n"
                        "The denial of appellant's motion to withdraw his plea is set aside and the matter is remanded.\n")
    conv = _conviction(case)
    assert conv["kind"] == "plea" and conv["verdict"]["form"] == "plea"


def test_withdrawing_a_plea_of_not_guilty_is_no_plea_conviction() -> None:
    case = extract_text("JOHN ROE, Appellant, v. STATE OF NOWHERE, Appellee.\n\nPER CURIAM.\n\nRoe asked leave to withdraw "
                        "his plea of not guilty and to plead insanity; the court refused. A jury convicted him of robbery.\n\n"
                        "Affirmed.\n")
    assert _conviction(case)["kind"] == "trial"


# --- a count of the indictment quashed on the State's appeal --------------------------------------------------------

def test_a_quashed_count_is_a_dismissal_and_names_the_indictment() -> None:
    case = extract_text("The State of Nowhere, Appellant\n\nv.\n\nJohn Roe, Appellee\n\nMEMORANDUM OPINION\n\nThe State "
                        "appeals the district court's order granting appellee John Roe's motion to quash count one of the "
                        "indictment in this cause accusing him of felony murder. The district court ruled that the offense "
                        "cannot serve as the basis for a felony murder prosecution.\n\nWe reverse the district court's "
                        "order dismissing count one of the indictment and remand the cause for further proceedings.\n")
    kinds = _kinds(case)
    assert ("indictment", None) in kinds and ("dismissal", None) in kinds and ("direct_appeal", "reversed") in kinds


# --- the Attorney General's title abbreviated -----------------------------------------------------------------------

def test_abbreviated_attorney_general_titles_are_dropped_from_names() -> None:
    case = extract_text("STATE\n\nv.\n\nJOHN ROE.\n\nNo. 293.\n\nSupreme Court of Nowhere.\n\nNovember 23, 1955.\n\n"
                        "Atty. Gen. Wm. Rodman, Jr., and Asst. Atty. Gen. Claude L. Love for the State.\n\n"
                        "Charles Hughes, G. D. Bailey, Burnsville, for defendant.\n\nPOE, Justice.\n\nThe defendant was "
                        "convicted of manslaughter.\n\nNo error.\n")
    people = _people(case)
    assert people.get("Wm. Rodman, Jr.") == ["prosecutor"]
    assert people.get("Claude L. Love") == ["prosecutor"]
    assert people.get("G. D. Bailey") == ["defense_counsel"]


# --- a cited case's history told before "Id." -----------------------------------------------------------------------

CITED_THEN_ID = (
    "UNITED STATES OF AMERICA v. JOHN ROE.\n\nOPINION\n\nPOE, District Judge.\n\nThis matter comes before the Court on "
    "remand. Officers stopped Roe and found a handgun. (Tr. 5:8.) The Government appealed this Court's order. The Court of "
    "Appeals vacated this Court's decision and remanded the case to this Court.\n\n"
    "In United States v. Brown, 448 F.3d 239 (3d Cir. 2006), two men were stopped on a tip. Id. at 244. The district court "
    "denied Brown's motion to suppress and the Court of Appeals reversed, concluding that Brown was seized. Id. at 252.\n\n"
    "For these reasons, Defendant's motion to suppress is granted.\n"
)


def test_a_cited_cases_history_closed_by_id_is_not_this_case() -> None:
    kinds = _kinds(extract_text(CITED_THEN_ID))
    assert ("direct_appeal", "reversed") not in kinds
    assert ("direct_appeal", "vacated") in kinds  # the appeal from this court's own ruling, told on remand


def test_id_after_a_record_cite_is_this_cases_record() -> None:
    # "Id." whose last reference is the transcript supports this case's own facts
    text = ("STATE OF NOWHERE v. JOHN ROE.\n\nOPINION\n\nThe standard of review is settled. State v. Poe, 12 So. 3d 45 "
            "(La. 2009).\n\nThe jury found Roe guilty of robbery. (Tr. 45.) The court sentenced Roe to ten years. Id. at 47."
            "\n\nAffirmed.\n")
    case = extract_text(text)
    assert _offenses(case) == ["robbery"]
    assert _conviction(case)["sentence"]["years"] == 10.0


# --- the conviction an appeal presupposes ---------------------------------------------------------------------------

APPEAL_FROM_A_JURY = (
    "STATE\n\nv.\n\nJOHN ROE.\n\nNo. 293.\n\nSupreme Court of Nowhere.\n\nPOE, Justice.\n\n{body}\n\n{closing}\n"
)


@pytest.mark.parametrize("closing", ["New trial.", "No error."])
def test_an_appeal_from_a_jurys_verdict_presupposes_the_conviction(closing: str) -> None:
    body = ("The evidence tends to show ill feeling between the deceased and the defendant. The court submitted this phase "
            "of the case to the jury strictly on the State's theory, and would not let the jury consider his explanation.")
    conv = _conviction(extract_text(APPEAL_FROM_A_JURY.format(body=body, closing=closing)))
    assert conv["kind"] == "trial" and conv["verdict"] == {"outcome": "guilty", "form": "jury"}


@pytest.mark.parametrize(
    "body",
    [
        # the State appeals before trial: no conviction lies behind it
        "The State appeals the order suppressing the evidence. The jury was instructed on a prior occasion.",
        # an acquittal
        "The defendant was acquitted. The court submitted the case to the jury, which found for him.",
        # no jury told
        "The evidence tends to show ill feeling between the deceased and the defendant.",
    ],
)
def test_no_conviction_is_presupposed_without_the_accuseds_appeal_from_a_jury(body: str) -> None:
    case = extract_text(APPEAL_FROM_A_JURY.format(body=body, closing="New trial."))
    assert not [p for p in case["case"].get("proceedings", []) if p.get("outcome") == "convicted"]


# --- names an editor completed, witnesses introduced by a group --------------------------------------------------------

def test_a_bracketed_first_name_completes_the_surname() -> None:
    case = extract_text("COMMONWEALTH v. JOHN ROE.\n\nRoe was convicted of burglary. The trial court summarized the "
                        "testimony:\n\n      Detective [Michael] Reynolds testified that he took the statement. Detective "
                        "Reynolds then typed it.\n\nJudgment affirmed.\n")
    people = _people(case)
    assert "Reynolds" not in people
    assert set(people.get("Michael Reynolds", [])) == {"police", "witness"}


def test_one_of_these_witnesses_the_reverend_testified() -> None:
    case = extract_text("STATE v. JOHN ROE.\n\nRoe was convicted of murder. The State offered testimony tending to show "
                        "that the character of the defendant is bad. One of these witnesses, the Reverend Bruce Buchanan, "
                        "testified that he was the pastor of the church.\n\nNo error.\n")
    assert _people(case).get("Bruce Buchanan") == ["witness"]


@pytest.mark.parametrize(("after", "cited"), [("(Id. \u00b6\u00b6 5, 12).", False), ("Id. at 12.", True), ("(Tr. 5.) Id. at 6.", False)])
def test_id_names_the_last_case_unless_it_points_into_the_record(after: str, cited: bool) -> None:
    from dayincourt.extract.context import build_context
    from dayincourt.ingest import ingest

    text = ("UNITED STATES OF AMERICA, Plaintiff, v. JOHN ROE, Defendant.\n\nOPINION AND ORDER\n\nSee Smith v. Jones, 12 "
            f"F.3d 45 (6th Cir. 1994). The district court denied the motion and the court of appeals reversed. {after}\n\n"
            "IT IS SO ORDERED.\n")
    ctx = build_context(ingest(text.encode(), name="op.txt"), "s")
    assert ctx.sentence_cites_case(ctx.text.index("court of appeals reversed")) is cited


# --- short orders ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("respondent", "criminal"), [("SMITH, WARDEN", True), ("SMITH, SECRETARY, FLORIDA DEPARTMENT OF CORRECTIONS", True),
                                                      ("COMMISSIONER OF INTERNAL REVENUE", False)])
def test_a_bare_order_against_the_jailer_is_a_prisoners_case(respondent: str, criminal: bool) -> None:
    case = extract_text(f"533 U.S. 901\n\nROE v. {respondent}.\n\nNo. 00-9876.\n\nSupreme Court of United States.\n\nJune 4, "
                        "2001.\n\nC. A. 9th Cir. Certiorari denied.\n")
    assert (("cert_petition", "denied") in _kinds(case)) is criminal
    assert (_people(case).get("Roe") == ["defendant"]) is criminal


@pytest.mark.parametrize(("line", "outcome"), [("Case Reported Without Published Opinion. No Error.", "affirmed"),
                                               ("No Error.", "affirmed")])
def test_north_carolinas_unpublished_table_line(line: str, outcome: str) -> None:
    case = extract_text("720 S.E.2d 500 (2011)\n\nSTATE v. ROE.\n\nNo. COA11-600.\n\nCourt of Appeals of North Carolina.\n\n"
                        f"Filed December 20, 2011.\n\n{line}\n")
    assert ("direct_appeal", outcome) in _kinds(case)


MICHIGAN_COA = (
    "                           STATE OF NOWHERE\n\n                            COURT OF APPEALS\n\n\n\n"
    "PEOPLE OF THE STATE OF NOWHERE,                                      UNPUBLISHED\n"
    "                                                                     May 13, 2014\n"
    "               Plaintiff-Appellee,\n\n"
    "v                                                                    No. 312345\n"
    "                                                                     Lake Circuit Court\n"
    "JOHN ADAM ROE,                                                       LC No. 12-001234-FH\n\n"
    "               Defendant-Appellant.\n\n\n"
    "Before: SMITH, P.J., and JONES and BROWN, JJ.\n\nPER CURIAM.\n\n"
    "       Defendant appeals as of right his jury trial conviction of armed robbery. We affirm.\n\n       Affirmed.\n"
)


def test_a_right_column_line_under_the_versus_line_is_no_part_of_the_accuseds_name() -> None:
    case = extract_text(MICHIGAN_COA)
    assert _people(case).get("John Adam Roe") == ["defendant"]
    assert case["case"]["title"] == "People Of The State Of Nowhere v. John Adam Roe"


@pytest.mark.parametrize("jury", ["a Superior Court jury", "a Lake County jury", "the jury"])
def test_a_jury_named_by_its_court_before_the_offense(jury: str) -> None:
    case = extract_text(f"JOHN ROE v. STATE OF NOWHERE.\n\nORDER\n\n(1) The appellant, John Roe, was convicted by {jury} of robbery "
                        "in the first degree. He was sentenced to ten years.\n\nThe judgment of the Superior Court is AFFIRMED.\n")
    assert _offenses(case) == ["robbery in the first degree"]


def test_labels_set_far_right_stay_with_their_party() -> None:
    case = extract_text("UNPUBLISHED\n\n                   UNITED STATES COURT OF APPEALS\n                       FOR THE FOURTH CIRCUIT\n\n"
                        "                             No. 03-6574\n\nJOHN ADAM ROE,\n\n"
                        "                                           Petitioner - Appellant,\n\n          versus\n\n"
                        "CARL POE,\n\n                                            Respondent - Appellee.\n\n"
                        "Appeal from the United States District Court for the District of Nowhere.\n\n"
                        "Dismissed by unpublished per curiam opinion.\n\nPER CURIAM:\n\nJohn Adam Roe seeks to appeal the "
                        "district court's order denying relief on his 28 U.S.C. \u00a7 2254 petition. We deny a certificate "
                        "of appealability and dismiss the appeal.\n\nDISMISSED\n")
    assert _people(case).get("John Adam Roe") == ["defendant"]
    assert ("federal_habeas", "dismissed") in _kinds(case)


@pytest.mark.parametrize("indent", [44, 50])
def test_a_name_set_far_right_over_a_label_at_the_margin_stays(indent: int) -> None:
    pad = " " * indent
    case = extract_text("UNITED STATES COURT OF APPEALS\nFIFTH CIRCUIT\n\nNo. 99-12345\nSummary Calendar\n\n"
                        f"{pad}UNITED STATES OF AMERICA,\nPlaintiff-Appellee,\n\nversus\n\n{pad}JOHN ADAM ROE,\n"
                        "Defendant-Appellant.\n\nAppeal from the United States District Court for the Southern District of "
                        "Nowhere\n\nBefore SMITH, JONES, and BROWN, Circuit Judges.\n\nPER CURIAM:\n\nJohn Adam Roe appeals his "
                        "conviction for illegal reentry. We AFFIRM.\n")
    assert _people(case).get("John Adam Roe") == ["defendant"]


# --- offenses with amounts, and offenses named "including" ------------------------------------------------------------

@pytest.mark.parametrize(
    ("said", "offenses"),
    [
        ("convicted of theft of property valued at more than $1,500, and sentenced to two years",
         ["theft of property valued at more than $1,500"]),
        ("convicted of theft of property valued at $1,500 or more but less than $20,000, a state jail felony",
         ["theft of property valued at $1,500 or more but less than $20,000"]),
        ("convicted of several drug offenses, including possession of cocaine with intent to deliver",
         ["possession of cocaine with intent to deliver"]),
        ("convicted of three crimes, including burglary and theft", ["burglary", "theft"]),
        # the list still splits at a comma between offenses
        ("convicted of burglary, theft, and criminal mischief", ["burglary", "theft", "criminal mischief"]),
    ],
)
def test_amounts_and_including_in_the_offense_of_conviction(said: str, offenses: list[str]) -> None:
    case = extract_text(f"STATE v. JOHN ROE.\n\nRoe was {said}. He appeals.\n\nAffirmed.\n")
    assert _offenses(case) == offenses
