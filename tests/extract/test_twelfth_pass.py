"""Twelfth pass: civil cases that tell crimes, and Connecticut's slip-opinion header.

Every text here is made up. Each test states the general form; none names a document of any gold set.
"""

from __future__ import annotations

import pytest

from .helpers import charges as _offenses, context, extract_text, judges, proceedings as _kinds, role_lists as _people

# --- a publisher's notice fenced by asterisks above the caption ----------------------------------------------------

NOTICE = (
    "******************************************************\n"
    "The ''officially released'' date that appears near the beginning of each opinion is the date the opinion will be "
    "published in the Law Journal or the date it was released as a slip opinion. The operative date for the beginning "
    "of all time periods for filing postopinion motions and petitions for certification is the ''officially released'' "
    "date appearing in the opinion. In no event will any such motions be accepted before the ''officially released'' "
    "date. All opinions are subject to modification and technical correction prior to official publication.\n"
    "******************************************************\n"
)

CT_CRIMINAL = NOTICE + (
    "               STATE OF NOWHERE v. JOHN ROE\n"
    "                       (AC 12345)\n"
    "               Poe, Doe and Lane, Js.\n"
    "     Argued May 1—officially released June 1, 2015\n\n"
    "   (Appeal from Superior Court, judicial district of\n"
    "Springfield, Hart, J.)\n"
    "  Ann Smith, assigned counsel, for the appellant (defendant).\n"
    "  Bob Jones, senior assistant state's attorney, for the appellee (state).\n"
    "                          Opinion\n\n"
    "   DOE, J. The defendant, John Roe, appeals from the judgment of conviction, rendered after a jury trial, of "
    "burglary in the third degree. He claims that the evidence was insufficient. We affirm the judgment.\n\n"
    "   The judgment is affirmed.\n"
)


def test_a_fenced_notice_above_the_caption_is_no_part_of_it() -> None:
    ctx = context(CT_CRIMINAL)
    assert [p.name for p in ctx.parties] == ["State Of Nowhere", "John Roe"]
    assert ctx.criminal and ctx.appellate
    case = extract_text(CT_CRIMINAL)
    assert judges(case) == {"Poe", "Doe", "Lane", "Hart"}
    assert _people(case)["John Roe"] == ["defendant"]
    assert _offenses(case) == ["burglary in the third degree"]
    assert ("direct_appeal", "affirmed") in _kinds(case)


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("(Appeal from Superior Court, judicial district of\nSpringfield, Hart, J.)", {"Hart"}),
        ("(Appeal from Superior Court, judicial district of Springfield, B. Hart, J.)", {"B. Hart"}),
        # one judge for each ruling below
        ("(Appeal from Superior Court, judicial district of Springfield, Hart, J. [motion to suppress];\nKing, J. "
         "[judgment])", {"Hart", "King"}),
        # the court appealed from, with no judge
        ("(Appeal from Superior Court, judicial district of Springfield.)", set()),
    ],
)
def test_the_trial_judge_in_the_appeal_from_line_is_a_judge(line: str, named: set[str]) -> None:
    text = CT_CRIMINAL.replace("(Appeal from Superior Court, judicial district of\nSpringfield, Hart, J.)", line)
    assert judges(extract_text(text)) == {"Poe", "Doe", "Lane"} | named


def test_without_a_fence_the_notice_is_read_as_before() -> None:
    # a notice with one fence line only is not a fenced notice: nothing is blanked
    text = CT_CRIMINAL.replace("******************************************************\n", "", 1)
    assert "officially released" in text[:400]
    assert context(text).criminal


# --- civil cases that tell crimes -----------------------------------------------------------------------------------

TERMINATION = (
    "IN THE INTEREST OF A.B., A CHILD\n\n"
    "No. 01-20-00123-CV\n\n"
    "Court of Appeals of Nowhere.\n\n"
    "ROE, Justice.\n\n"
    "{opening}\n\n"
    "The mother was convicted of aggravated assault with a deadly weapon in 2015 and sentenced to five years in "
    "prison. She pleaded guilty to possession of a controlled substance in 2017. The father was arrested for "
    "burglary and testified at trial that he had not seen the child in two years.\n\n"
    "We affirm the trial court's judgment.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Jane Doe appeals the trial court's order terminating her parental rights to her son, A.B.",
        "This is a parental-rights termination case concerning one child.",
        "The mother appeals from the judgment of the trial court, rendered after a trial on the neglect petition, "
        "removing her as guardian of the child.",
        "Appellee, the Department of Family and Protective Services, moves to dismiss the appeal.",
    ],
)
def test_a_child_welfare_case_is_civil_however_many_crimes_it_tells(opening: str) -> None:
    case = extract_text(TERMINATION.format(opening=opening))
    assert not context(TERMINATION.format(opening=opening)).criminal
    assert _offenses(case) == []
    assert "defendant" not in {r for roles in _people(case).values() for r in roles}
    assert _kinds(case) == [("other", "affirmed")]


def test_a_child_welfare_agency_as_a_party_makes_a_one_line_order_civil() -> None:
    text = ("987 So. 2d 1218 (2008)\n\nJ.C.\nv.\nSTATE, DEPT. OF CHILDREN & FAMILY SERVICES.\n\nNo. 2D08-1203.\n\n"
            "District Court of Appeal of Florida, Second District.\n\nJuly 24, 2008.\n\nDecision without published "
            "opinion. App. dismissed.\n")
    case = extract_text(text)
    assert not context(text).criminal
    assert _people(case) == {}
    assert _kinds(case) == [("other", "dismissed")]


def test_a_prosecution_that_mentions_parental_rights_stays_criminal() -> None:
    # the government's caption: a parent who gave up parental rights may still be prosecuted for unpaid support
    text = ("UNITED STATES of America, Plaintiff-Appellee,\nv.\nJohn ROE, Defendant-Appellant.\n\nNo. 98-1234.\n\n"
            "United States Court of Appeals, Eighth Circuit.\n\nBefore POE, DOE and LANE, Circuit Judges.\n\n"
            "DOE, Circuit Judge.\n\nJohn Roe voluntarily relinquished his parental rights to allow the adoption. He was "
            "later indicted and convicted of willful failure to pay child support. He appeals. We affirm.\n")
    case = extract_text(text)
    assert context(text).criminal
    assert _people(case)["John Roe"] == ["defendant"]
    assert ("direct_appeal", "affirmed") in _kinds(case)


IMMIGRATION = (
    "                        UNITED STATES COURT OF APPEALS\n"
    "                             FOR THE THIRD CIRCUIT\n\n"
    "                                   JOHN ROE\n"
    "                                              Petitioner\n"
    "                                      v.\n"
    "              JANE POE, ATTORNEY GENERAL OF THE UNITED STATES\n"
    "                                              Respondent\n\n"
    "                  On Petition for Review of an Order of the\n"
    "                         Board of Immigration Appeals\n\n"
    "      BEFORE: SMITH, JONES and BROWN, Circuit Judges.\n\n"
    "JONES, Circuit Judge.\n\n"
    "      John Roe seeks review of a final order of the Board of Immigration Appeals affirming the denial by the "
    "Immigration Judge of his application for asylum. He testified that he was arrested and beaten by police in his "
    "home country and charged with sedition. We will deny the petition.\n"
)


def test_a_petition_for_review_of_a_removal_order_is_civil() -> None:
    case = extract_text(IMMIGRATION)
    assert not context(IMMIGRATION).criminal
    assert "John Roe" not in _people(case)
    assert judges(case) == {"Smith", "Jones", "Brown"}
    assert ("arrest", None) not in _kinds(case)


def test_a_prosecution_for_illegal_reentry_stays_criminal() -> None:
    # the government's caption: an alien prosecuted after removal is an accused, whatever the Immigration Judge did
    text = ("UNITED STATES of America, Plaintiff-Appellee,\nv.\nJohn ROE, Defendant-Appellant.\n\nNo. 98-1234.\n\n"
            "United States Court of Appeals, Ninth Circuit.\n\nBefore POE, DOE and LANE, Circuit Judges.\n\n"
            "DOE, Circuit Judge.\n\nAn Immigration Judge ordered John Roe removed in 2010. He was found in the United "
            "States in 2012, indicted, and convicted of illegal reentry after a jury trial. He appeals. We affirm.\n")
    case = extract_text(text)
    assert context(text).criminal
    assert _people(case)["John Roe"] == ["defendant"]


@pytest.mark.parametrize(
    ("rendered", "conviction"),
    [
        ("rendered after a jury trial", ("trial", "convicted")),
        ("rendered after a trial to the court", ("trial", "convicted")),
        ("rendered following a jury trial", ("trial", "convicted")),
        ("rendered following his conditional plea of nolo contendere", ("plea", "convicted")),
    ],
)
def test_connecticuts_judgment_of_conviction_rendered_after_a_trial_names_the_offense(
        rendered: str, conviction: tuple[str, str]) -> None:
    text = CT_CRIMINAL.replace("rendered after a jury trial", rendered)
    case = extract_text(text)
    assert _offenses(case) == ["burglary in the third degree"]
    assert conviction in _kinds(case)


@pytest.mark.parametrize(
    "court",
    ["United States Claims Court", "United States Court of Federal Claims", "United States Tax Court",
     "Merit Systems Protection Board", "United States Bankruptcy Court for the District of Nowhere"],
)
def test_an_appeal_from_a_court_that_hears_no_prosecution_is_civil(court: str) -> None:
    # the court line names only the court of appeals; the first sentence names the court below
    text = ("Jose ROE, Appellant,\nv.\nThe UNITED STATES, Appellee.\n\nAppeal No. 86-1275.\n\n"
            "United States Court of Appeals, Federal Circuit.\n\nBefore POE, Chief Judge, DOE and LANE, Circuit Judges.\n\n"
            f"LANE, Circuit Judge.\n\nJose Roe appeals from a grant by the {court} of summary judgment against him. He "
            "was convicted by a court-martial in 1979 and sentenced to a dismissal; he seeks back pay. We affirm.\n")
    case = extract_text(text)
    assert not context(text).criminal
    assert "Jose Roe" not in _people(case)
    assert _kinds(case) == [("other", "affirmed")]


@pytest.mark.parametrize("office", ["Administrator", "Superintendent", "Coordinator", "Supervisor", "Director",
                                    "Commissioner"])
def test_an_office_named_for_its_holder_is_no_person(office: str) -> None:
    # "Deputy" is a police title before a surname, not before an office
    text = ("STATE v. JOHN ROE.\n\nRoe was convicted of burglary. Testimony was taken from the diagnostic team, which "
            f"consisted of a psychologist, the Deputy {office} of the Youth Correctional Facility and the Probation "
            f"{office} of the Fifth Circuit Court. Officer Ann Poe arrested him.\n\nAffirmed.\n")
    people = _people(extract_text(text))
    assert not any(office in name for name in people), people
    assert people.get("Ann Poe") == ["police"]


@pytest.mark.parametrize(
    "thing",
    ["2000 KIA SEPHIA", "$10,000.00 IN UNITED STATES CURRENCY", "ONE 1990 FORD TRUCK",
     "CERTAIN REAL PROPERTY LOCATED AT 12 ELM STREET", "40 ACRES OF LAND"],
)
def test_a_forfeiture_against_a_thing_has_no_accused(thing: str) -> None:
    text = (f"PEOPLE of the State of Nowhere, Appellee,\nv.\n{thing}, Appellant.\n\nNo. 5-03-0782.\n\n"
            "Appellate Court of Nowhere, Fifth District.\n\nPER CURIAM.\n\nThe owner appeals the order of forfeiture "
            "entered after his conviction for possession of cocaine with intent to deliver. Affirmed.\n")
    case = extract_text(text)
    assert not context(text).criminal
    assert _people(case) == {}
    assert _offenses(case) == []


def test_a_person_named_with_a_year_is_still_accused() -> None:
    # a caption party that starts with a year is a thing; a person's name never does
    text = ("PEOPLE of the State of Nowhere, Appellee,\nv.\nJOHN ROE, Appellant.\n\nNo. 5-03-0782.\n\n"
            "Appellate Court of Nowhere, Fifth District.\n\nPER CURIAM.\n\nIn 2000 Roe was convicted of burglary. "
            "He appeals. Affirmed.\n")
    assert _people(extract_text(text)).get("John Roe") == ["defendant"]


# --- Illinois: a notice paragraph above the caption, and a titled separate opinion -----------------------------------

ILLINOIS = (
    "NOTICE: Under Supreme Court Rule 367 a party has 21 days after the\nfiling of the opinion to request a rehearing. "
    "Also, opinions are\nsubject to modification, correction or withdrawal at anytime prior\nto issuance of the mandate "
    "by the Clerk of the Court. The official copy of the following\nopinion will be published by the Supreme Court's "
    "Reporter of\nDecisions in the Official Reports advance sheets following final\naction by the Court.\n\n"
    "               Docket No. 78406--Agenda 2--November 1996.\n\n"
    "        THE PEOPLE OF THE STATE OF NOWHERE, Appellee, v. JANE\n                           ROE, Appellant.\n\n"
    "                      Opinion filed April 17, 1997.\n\n"
    "     CHIEF JUSTICE POE delivered the opinion of the court:\n\n"
    "     Defendant, Jane Roe, was convicted of first degree murder after a jury trial in the circuit court and "
    "sentenced to death.\n\n"
    "     Defendant alternatively contends that her trial counsel's\nfailure to object to the testimony deprived her "
    "of the effective assistance of counsel. We disagree.\n\n"
    "     The judgment of the circuit court is affirmed.\n\n"
    "     Judgment affirmed.\n\n"
    "     {dissent}, dissenting:\n\n"
    "     I would reverse and remand for a new trial.\n"
)


@pytest.mark.parametrize(("dissent", "named"), [("JUSTICE LANE", "Lane"), ("Justice Lane", "Lane"),
                                                ("PRESIDING JUSTICE LANE", "Lane")])
def test_a_notice_paragraph_and_a_titled_dissent(dissent: str, named: str) -> None:
    text = ILLINOIS.format(dissent=dissent)
    ctx = context(text)
    assert [p.name for p in ctx.parties] == ["The People Of The State Of Nowhere", "Jane Roe"]
    assert ctx.separate_start < len(text) and "I would reverse" in ctx.text[ctx.separate_start :]
    case = extract_text(text)
    assert judges(case) == {"Poe", named}
    assert _people(case)["Jane Roe"] == ["defendant"]
    # the majority's decision, not the dissent's vote
    assert ("direct_appeal", "affirmed") in _kinds(case)
    assert {f["code"] for f in case["case"]["factors"]} == {"ILD"}


def test_a_notice_paragraph_that_runs_into_the_caption_is_kept() -> None:
    # no sentence closes the paragraph before the blank line: it may hold the caption, so nothing is blanked
    text = "NOTICE OF APPEAL\nSTATE v. JOHN ROE\n\nNo. 1-2.\n\nPER CURIAM. Roe was convicted of theft. Affirmed.\n"
    assert [p.name for p in context(text).parties][-1] == "John Roe"


@pytest.mark.parametrize(
    ("claim", "present"),
    [
        ("counsel's failure to object deprived her of the effective assistance of counsel", True),
        ("counsel's failure to object denied him effective assistance of counsel", True),
        ("the ruling deprived the defendant of his right to effective assistance of counsel", True),
        ("he was deprived of effective representation at sentencing", True),
        # an effective objection is no claim
        ("counsel's effective objection was sustained", False),
    ],
)
def test_deprived_of_the_effective_assistance_of_counsel_is_a_claim(claim: str, present: bool) -> None:
    text = f"STATE v. JOHN ROE.\n\nRoe was convicted of robbery. He argues that {claim}.\n\nAffirmed.\n"
    codes = {f["code"] for f in extract_text(text)["case"].get("factors", [])}
    assert ("ILD" in codes) is present


# --- Louisiana's grant of a writ application -------------------------------------------------------------------------

LA_SUPREME = (
    "                      SUPREME COURT OF LOUISIANA\n\n                                NO. 2013-KA-2306\n\n"
    "                            STATE OF LOUISIANA\n\n                                     VERSUS\n\n"
    "                                  JOHN ROE\n\n"
    "   ON WRIT OF CERTIORARI TO THE COURT OF APPEAL, FOURTH CIRCUIT, PARISH OF ORLEANS\n\n"
    "POE, J.\n\n"
    "      The defendant, John Roe, was indicted for second degree murder. After a trial, a jury found him guilty as "
    "charged. He was sentenced to life imprisonment without benefit of parole. The court of appeal affirmed. "
    "{grant}\n\n      For the reasons assigned, the defendant's conviction and sentence are affirmed.\n\nAFFIRMED.\n"
)


@pytest.mark.parametrize(
    ("grant", "recorded"),
    [
        ("We granted the defendant's writ application to consider whether the trial court erred.", True),
        ("We granted the State's writ application.", True),
        ("This court granted the defendant's application for supervisory writs.", True),
        ("We granted writs to consider whether the trial court erred.", True),
        # a writ of habeas corpus granted is no grant of review
        ("The district court had earlier granted writs of habeas corpus to two co-defendants.", False),
        ("We note that the district court denied a motion to quash.", False),
    ],
)
def test_a_granted_writ_application_is_recorded(grant: str, recorded: bool) -> None:
    kinds = _kinds(extract_text(LA_SUPREME.format(grant=grant)))
    assert (("writ_application", "granted") in kinds) is recorded
    assert ("trial", "convicted") in kinds


# --- Louisiana courts of appeal: counsel blocks, panels and the grand jury indictment --------------------------------

LA_FIRST = (
    "STATE OF LOUISIANA\n\nVERSUS\n\nJOHN ROE\n\nNO. 2019 KA 0123\n\nCOURT OF APPEAL OF LOUISIANA, FIRST CIRCUIT\n\n"
    "Judgment Rendered: May 1, 2020\n\n"
    "On Appeal from the 22nd Judicial District Court, Parish of St. Tammany, State of Louisiana, No. 123456, Honorable "
    "Ann Smith, Judge Presiding\n\n{counsel}\n\nBEFORE: POE, DOE, AND LANE, JJ.\n\nDOE, J.\n\n"
    "The defendant, John Roe, was charged by grand jury indictment with second degree murder, a violation of La. R.S. "
    "14:30.1. After a trial by jury, he was found guilty as charged by a vote of ten to two. The trial court sentenced "
    "him to life imprisonment at hard labor without the benefit of parole. We affirm the conviction and sentence.\n\n"
    "Officer Tim Brown of the Slidell Police Department testified that he found the victim, Mark Green, in the parking "
    "lot.\n\nCONVICTION AND SENTENCE AFFIRMED.\n"
)


@pytest.mark.parametrize(
    "counsel",
    [
        "Warren L. Montgomery, District Attorney, Covington, Louisiana, Counsel for Appellee, State of Louisiana\n\n"
        "Jane Doe, Louisiana Appellate Project, Baton Rouge, Louisiana, Counsel for Defendant/Appellant, John Roe",
        "Warren L. Montgomery, District Attorney, Covington, Louisiana, Attorney for Appellee, State of Louisiana\n\n"
        "Jane Doe, Baton Rouge, Louisiana, Attorney for Defendant-Appellant, John Roe",
        "COUNSEL FOR PLAINTIFF/APPELLEE,\nSTATE OF LOUISIANA\n    Honorable Warren L. Montgomery\n\n"
        "COUNSEL FOR DEFENDANT/APPELLANT,\nJOHN ROE\n    Jane Doe",
    ],
)
def test_louisiana_counsel_blocks_and_the_grand_jury_indictment(counsel: str) -> None:
    case = extract_text(LA_FIRST.format(counsel=counsel))
    people = _people(case)
    assert people["Warren L. Montgomery"] == ["prosecutor"]  # "Honorable" before a district attorney is no judge
    assert people["Jane Doe"] == ["defense_counsel"]
    assert judges(case) == {"Poe", "Doe", "Lane", "Ann Smith"}
    assert ("indictment", None) in _kinds(case) and ("trial", "convicted") in _kinds(case)


@pytest.mark.parametrize(
    ("said", "indicted"),
    [
        ("was charged by grand jury indictment with", True),
        ("was charged by indictment with", True),
        ("was charged by bill of indictment with", True),
        ("was charged by bill of information with", False),
        ("was charged by an amended bill of information with", False),
    ],
)
def test_charged_by_indictment_is_an_indictment(said: str, indicted: bool) -> None:
    text = LA_FIRST.format(counsel="").replace("was charged by grand jury indictment with", said)
    assert (("indictment", None) in _kinds(extract_text(text))) is indicted


def test_a_panel_composed_of_judges_names_them_all() -> None:
    text = ("STATE OF LOUISIANA\n\nVERSUS\n\nJOHN ROE\n\nNO. 19-KA-123\n\nFIFTH CIRCUIT\n\nCOURT OF APPEAL\n\n"
            "Panel composed of Judges Fredericka Homberg Wicker,\nJude G. Gravois, and Hans J. Liljeberg\n\n"
            "GRAVOIS, J.\n\nDefendant, John Roe, appeals his conviction for armed robbery. For the reasons that follow, "
            "we affirm.\n\nAFFIRMED\n")
    assert judges(extract_text(text)) == {"Fredericka Homberg Wicker", "Jude G. Gravois", "Hans J. Liljeberg"}


def test_the_judge_a_louisiana_writ_is_directed_to_is_a_judge() -> None:
    text = ("STATE OF LOUISIANA\n\nVERSUS\n\nJOHN ROE\n\nNO. 19-KH-123\n\nFIFTH CIRCUIT\n\nCOURT OF APPEAL\n\n"
            "IN RE JOHN ROE\n\nAPPLYING FOR SUPERVISORY WRIT FROM THE TWENTY-FOURTH JUDICIAL DISTRICT COURT, PARISH OF "
            "JEFFERSON, STATE OF LOUISIANA, DIRECTED TO THE HONORABLE ANN SMITH, DIVISION \"A\", NUMBER 01-1234\n\n"
            "Panel composed of Judges Fredericka Homberg Wicker,\nJude G. Gravois, and Hans J. Liljeberg\n\n"
            "WRIT DENIED\n\nRelator, John Roe, seeks review of the district court's denial of his application for "
            "post-conviction relief. In 2002, relator was convicted of armed robbery and sentenced to 50 years at hard "
            "labor. His conviction was affirmed on appeal. The district court denied the application as untimely. "
            "Accordingly, this writ application is denied.\n")
    case = extract_text(text)
    assert judges(case) == {"Ann Smith", "Fredericka Homberg Wicker", "Jude G. Gravois", "Hans J. Liljeberg"}
    assert ("pcr_application", "denied") in _kinds(case) and ("writ_application", "denied") in _kinds(case)


# --- California: the author signs at the end, and the appeal line sits above the counsel lines ----------------------

CALIFORNIA = (
    "Filed 5/1/19 P. v. Roe CA2/1\nNOT TO BE PUBLISHED IN OFFICIAL REPORTS\n\n"
    "IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA\nSECOND APPELLATE DISTRICT\nDIVISION ONE\n\n"
    "THE PEOPLE,                                  B123456\n     Plaintiff and Respondent,               (Los Angeles County\n"
    "     v.                                       Super. Ct. No. BA123456)\nJOHN ROE,\n     Defendant and Appellant.\n\n"
    "     APPEAL from a judgment of the Superior Court of Los Angeles County, Ann Smith, Judge. Affirmed.\n"
    "     Jane Doe, under appointment by the Court of Appeal, for Defendant and Appellant.\n"
    "     Tom Lee, Attorney General, and Paul Hale, Deputy Attorney General, for Plaintiff and Respondent.\n\n"
    "     A jury convicted John Roe of second degree robbery. The trial court sentenced him to 13 years in state prison. "
    "We affirm.\n\n     The victim, Maria Lopez, testified that Roe pointed a gun at her.\n\n"
    "DISPOSITION\n     The judgment is affirmed.\n     NOT TO BE PUBLISHED.\n\n"
    "                                              POE, J.\nWe concur:\n          DOE, P. J.\n          LANE, J.\n"
)


def test_an_author_signing_at_the_end_does_not_end_the_header_there() -> None:
    ctx = context(CALIFORNIA)
    assert ctx.header_end < CALIFORNIA.index("A jury convicted")
    case = extract_text(CALIFORNIA)
    people = _people(case)
    assert people["Maria Lopez"] == ["victim", "witness"]
    assert judges(case) == {"Poe", "Doe", "Lane", "Ann Smith"}
    # the appeal line above the counsel lines names the judge, not counsel
    assert people["Jane Doe"] == ["defense_counsel"]
    assert people["Ann Smith"] == ["judge"]
    assert people["Tom Lee"] == ["prosecutor"] and people["Paul Hale"] == ["prosecutor"]


# --- Arizona: "By Name / Counsel for X" and "Judge X delivered the decision of the Court, in which ... joined." -------

ARIZONA = (
    "IN THE COURT OF APPEALS OF THE STATE OF ARIZONA\nDIVISION ONE\n\nSTATE OF ARIZONA, Appellee,\n\nv.\n\n"
    "JOHN ROE, Appellant.\n\nNo. 1 CA-CR 18-0123\nFILED 5-1-2019\n\n"
    "Appeal from the Superior Court in Maricopa County\nNo. CR2017-123456-001\nThe Honorable Ann Smith, Judge\n\n"
    "AFFIRMED\n\nCOUNSEL\n\nArizona Attorney General's Office, Phoenix\nBy Linda Hale\nCounsel for Appellee\n\n"
    "Maricopa County Public Defender's Office, Phoenix\nBy Jane Doe\nCounsel for Appellant\n\nMEMORANDUM DECISION\n\n"
    "{joined}\n\nP O E, Judge:\n\n"
    "¶1 John Roe appeals his convictions and sentences for aggravated assault. A jury found Roe guilty, and the court "
    "sentenced him to 7.5 years. We affirm.\n"
)


@pytest.mark.parametrize(
    ("joined", "panel"),
    [
        ("Judge Bob Poe delivered the decision of the Court, in which Presiding Judge Carl Doe and Judge Dan Lane "
         "joined.", {"Bob Poe", "Carl Doe", "Dan Lane"}),
        ("Presiding Judge Carl Doe delivered the decision of the Court, in which Judge Bob Poe and Judge Dan Lane "
         "joined.", {"Bob Poe", "Carl Doe", "Dan Lane"}),
        ("Justice Bob Poe delivered the opinion of the Court, in which Chief Justice Carl Doe, Vice Chief Justice Dan "
         "Lane and Justice Eve Hart joined.", {"Bob Poe", "Carl Doe", "Dan Lane", "Eve Hart"}),
    ],
)
def test_arizonas_counsel_and_joined_decision_lines(joined: str, panel: set[str]) -> None:
    case = extract_text(ARIZONA.format(joined=joined))
    people = _people(case)
    assert people["Linda Hale"] == ["prosecutor"]  # a lawyer after "By", not a city
    assert people["Jane Doe"] == ["defense_counsel"]
    assert judges(case) == panel | {"Ann Smith"}


@pytest.mark.parametrize(
    "block",
    ["WE CONCUR:\n\nDoe, J.                                   Lane, J.\n",
     "WE CONCUR:\n\nDoe, A.C.J.                               Lane, J.\n",
     "We concur:\n\n/s/ Ann Doe                               /s/ Carl Lane\n"],
)
def test_concurring_signatures_side_by_side_are_judges(block: str) -> None:
    text = ("STATE OF WASHINGTON, Respondent,\nv.\nJOHN ROE, Appellant.\n\nNo. 71234-5-I\n\n"
            "POE, J. — A jury convicted John Roe of assault in the second degree. We affirm.\n\nAffirmed.\n\n" + block)
    got = judges(extract_text(text))
    assert got - {"Poe"} in ({"Doe", "Lane"}, {"Ann Doe", "Carl Lane"})
