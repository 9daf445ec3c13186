"""Tenth pass, people: judges, counsel and the people of the story in ways US courts commonly print them.

Every text here is made up; names, courts and numbers are fictional. Each rule is written for a way courts print or
word things (a bench's vote line, the trial judge after the county, a counsel block's "BY:" line, a witness named in
apposition), not for one opinion.
"""

from __future__ import annotations

import pytest

from .helpers import judges, roles
from .helpers import extract_text as extract

CAPTION = "STATE OF ARCADIA,\nAppellee,\nv.\nJOHN POWERS,\nAppellant.\n\nNo. 12-3456\n\n"
FACTS = "John Powers was convicted of robbery and sentenced to ten years. We affirm.\n\n"


# --- judges ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # Tennessee and Texas: "delivered the opinion of the Court" (capital C, with or without the comma) "in which ... joined"
        ("STATE OF ARCADIA v. JOHN POWERS\n\nAppeal from the Criminal Court for Lake County\n\nNo. W2011-00123-CCA-R3-CD\n\n"
         "ANNE B. HALE, J., delivered the opinion of the Court, in which CARL D. MARSH and DORA E. GREEN, JJ., joined.\n\n"
         "OPINION\n\n" + FACTS, {"Anne B. Hale", "Carl D. Marsh", "Dora E. Green"}, set()),
        ("IN THE COURT OF CRIMINAL APPEALS OF ARCADIA\n\nNO. PD-0123-12\n\nJOHN POWERS, Appellant\nv.\nTHE STATE OF ARCADIA\n\n"
         "Hale, P.J., delivered the opinion of the Court in which Marsh, Green, and Wade, JJ., joined. Dunn, J., filed a "
         "dissenting opinion. Ross, J., did not participate.\n\nO P I N I O N\n\n" + FACTS,
         {"Hale", "Marsh", "Green", "Wade", "Dunn"}, {"Ross"}),
        # Pennsylvania and New Jersey close with who joins the opinion (present tense); one did not participate
        (CAPTION + "OPINION\n\nJUSTICE HALE\n\n" + FACTS + "Justices Marsh, Green and Wade join the opinion. Justice Ross did "
         "not participate in the consideration or decision of this case.\n", {"Marsh", "Green", "Wade"}, {"Ross"}),
        (CAPTION + "JUSTICE HALE delivered the opinion of the Court.\n\n" + FACTS + "CHIEF JUSTICE MARSH and JUSTICES GREEN and "
         "WADE join in JUSTICE HALE's opinion. JUSTICE DUNN filed a separate dissenting opinion.\n",
         {"Hale", "Marsh", "Green", "Wade", "Dunn"}, set()),
        # a line of the bench's votes with each judge's title, with a long appendix after it
        (CAPTION + "HALE, J.\n\n" + FACTS + "Marsh, C. J., Green, J., Wade, J., and Dunn, J., concurred.\n\n"
         + "APPENDIX\n\n" + "The text of the order that was quoted in full follows here. " * 40 + "\n",
         {"Hale", "Marsh", "Green", "Wade", "Dunn"}, set()),
        # a panel line closed by a name and a period is not run on into the author's line below it
        (CAPTION + "Before Judges HALE, MARSH, and GREEN.\n\nHALE, Judge:\n\n" + FACTS, {"Hale", "Marsh", "Green"},
         {"Green. Hale", "Green Hale"}),
        # Utah: one judge signs "I CONCUR:" on a numbered line
        (CAPTION + "Before Judges HALE, MARSH, and GREEN.\n\nHALE, Judge:\n\n\u00b61 " + FACTS
         + "\u00b652 I CONCUR: CARL D. MARSH, Judge.\n\n\u00b653 WE CONCUR: DORA E. GREEN, Judge.\n",
         {"Carl D. Marsh", "Dora E. Green", "Hale"}, set()),
        # Washington's author opening the first paragraph, Wisconsin's after the paragraph number
        (CAPTION + "Hale, J. \u2014 " + FACTS + "WE CONCUR:\n\nMarsh, J.\nGreen, J.\n", {"Hale", "Marsh", "Green"}, set()),
        (CAPTION + "Before Marsh, P.J., Green and Hale, JJ.\n\n\u00b61 HALE, J. " + FACTS, {"Hale", "Marsh", "Green"}, set()),
        # Texas: the author's signature with blank lines between the name and the title
        (CAPTION + "MEMORANDUM OPINION\n\n" + FACTS + "                                        Anne Hale\n\n\n                                        Justice\n\n"
         "Panel consists of Chief Justice Marsh and Justices Hale and Green.\n", {"Anne Hale", "Marsh", "Green"}, {"Hale"}),
    ],
)
def test_bench_votes_and_authors(text: str, expected: set[str], absent: set[str]) -> None:
    got = judges(extract(text))
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the trial judge after the court and county, with a comma or a colon
        (CAPTION + "Appeal from the Circuit Court of Lake County, Hon. Anne B. Hale, Judge.\n\nMARSH, J.\n\n" + FACTS,
         {"Anne B. Hale", "Marsh"}, set()),
        (CAPTION + "APPEAL from a judgment of the Superior Court of Lake County, Anne Lee Hale, Judge. Affirmed.\n\n"
         + FACTS, {"Anne Lee Hale"}, set()),
        (CAPTION + "APPEAL from a judgment of the circuit court for Lake County: ANNE B. HALE, Judge. Affirmed.\n\n"
         "Before Marsh, P.J., Green and Wade, JJ.\n\n" + FACTS, {"Anne B. Hale", "Marsh"}, set()),
        # a federal docket and the district judge
        ("UNITED STATES of America, Plaintiff-Appellee,\nv.\nJohn POWERS, Defendant-Appellant.\n\nNo. 19-2345\n\n"
         "Appeal from the United States District Court for the Northern District of Arcadia.\n"
         "No. 1:17-cr-00123 \u2014 Carl D. Marsh, Jr., Judge.\n\nBefore HALE, GREEN, and WADE, Circuit Judges.\n\n"
         "HALE, Circuit Judge. " + FACTS, {"Carl D. Marsh, Jr.", "Hale", "Green", "Wade"}, set()),
        # a district court's order: the judge beside the caption and signing the order
        ("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF ARCADIA\n\nUNITED STATES OF AMERICA,\nPlaintiff,\n"
         "v.                                    Case No. 15-20123\n                                      Hon. Anne B. Hale\n"
         "JOHN POWERS,\nDefendant.\n_______________________________/\n\nOPINION AND ORDER DENYING DEFENDANT'S MOTION\n\n"
         "Defendant John Powers is charged with robbery. The motion is DENIED.\n\nSO ORDERED.\n\n", {"Anne B. Hale"}, set()),
        ("UNITED STATES DISTRICT COURT\nDISTRICT OF ARCADIA\n\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\nJOHN POWERS,\n"
         "Defendant.\n\nCriminal No. 15-123\n\nMEMORANDUM OPINION AND ORDER\n\nDefendant John Powers is charged with robbery. "
         "The motion is DENIED.\n\nSO ORDERED.\n\ns/Anne B. Hale\nANNE B. HALE\nUnited States District Judge\n", {"Anne B. Hale"}, set()),
        # near-misses: a court of appeals' header naming a judge at work, a judge of another court quoted
        (CAPTION + "Appeal from the Circuit Court of Lake County.\n\nMARSH, J.\n\n" + FACTS
         + "As Judge Hale wrote in another case, the rule is old.\n", {"Marsh"}, {"Hale"}),
    ],
)
def test_trial_and_district_judges(text: str, expected: set[str], absent: set[str]) -> None:
    out = extract(text)
    got = judges(out)
    assert expected <= got
    assert not absent & got


def test_district_caption_judge_is_not_the_accused() -> None:
    text = ("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF ARCADIA\n\nUNITED STATES OF AMERICA,\nPlaintiff,\n"
            "v.                                    Case No. 15-20123\n                                      Hon. Anne B. Hale\n"
            "JOHN POWERS,\nDefendant.\n\nOPINION AND ORDER\n\nDefendant John Powers is charged with robbery. The motion is DENIED.\n")
    got = roles(extract(text))
    assert got.get("John Powers") == {"defendant"}
    assert got.get("Anne B. Hale") == {"judge"}


def test_habeas_application_caption() -> None:
    # "In re the Application of X for a Writ of Habeas Corpus": the petitioner is the accused, the Attorney General prosecutes
    text = ("In re the Application of JOHN POWERS for a Writ of Habeas Corpus.\n\nCrim. No. 1234.\n\n"
            "Supreme Court of Arcadia. In Bank.\n\nJohn Powers, in pro. per., for Petitioner.\n\n"
            "Carl Marsh, Attorney General, and Dora Green, Deputy Attorney General, for Respondent.\n\nHALE, J.\n\n"
            "Petitioner, convicted of robbery, seeks habeas corpus. The writ is denied.\n")
    got = roles(extract(text))
    assert got.get("John Powers") == {"defendant"}
    assert got.get("Carl Marsh") == {"prosecutor"} and got.get("Dora Green") == {"prosecutor"}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a one-line panel that closes on a clause, not a title; the judge replaced is no judge of the case
        (CAPTION + "Before HALE, C.J., MARSH and GREEN, JJ., and ANN WADE, Circuit Judge, in place of DUNN, J., disqualified.\n\n"
         "MARSH, Justice.\n\n" + FACTS, {"Hale", "Marsh", "Green", "Ann Wade"}, {"Dunn"}),
        # "Before the Court is ...": no panel
        ("UNITED STATES DISTRICT COURT\nDISTRICT OF ARCADIA\n\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\nJOHN POWERS,\n"
         "Defendant.\n\nORDER\n\nBefore the Court is the Magistrate Judge's Report and Recommendation on the motion.\n\n"
         "Defendant John Powers is charged with robbery. The motion is DENIED.\n\nSO ORDERED.\n\n"
         "                         United States District Judge\n", set(), {"Recommendation", "So Ordered", "Report"}),
    ],
)
def test_one_line_panels(text: str, expected: set[str], absent: set[str]) -> None:
    got = judges(extract(text))
    assert expected <= got
    assert not absent & got


# --- counsel --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # Kentucky: "BRIEFS FOR APPELLANT:" and "BRIEF FOR APPELLEE:"
        ("Court of Appeals of Arcadia.\n\nJohn POWERS, Appellant,\nv.\nCOMMONWEALTH of Arcadia, Appellee.\n\nNo. 2010-CA-001234-MR.\n\n"
         "BRIEFS FOR APPELLANT: Anne Lee Hale, Assistant Public Advocate, Frankfort, Arcadia.\n\n"
         "BRIEF FOR APPELLEE: Carl Marsh, Attorney General of Arcadia, Dora E. Green, Assistant Attorney General, Frankfort, "
         "Arcadia.\n\nBEFORE: WADE, DUNN, AND ROSS, JUDGES.\n\nOPINION\n\nWADE, JUDGE: " + FACTS,
         {"Anne Lee Hale": "defense_counsel", "Carl Marsh": "prosecutor", "Dora E. Green": "prosecutor", "Wade": "judge",
          "Dunn": "judge", "Ross": "judge"}, set()),
        # Arkansas: "Name, Att'y Gen., by: Name, Ass't Att'y Gen., for appellee."
        (CAPTION + "Carl Marsh, for appellant.\n\nDora Green, Att'y Gen., by: Anne B. Hale, Ass't Att'y Gen., for appellee.\n\n"
         "WADE, Justice.\n\n" + FACTS, {"Carl Marsh": "defense_counsel", "Dora Green": "prosecutor", "Anne B. Hale": "prosecutor"},
         set()),
        # Ohio: the sides over two columns with no colon, names in capitals, offices and addresses below
        ("                                        COURT OF APPEALS\n                                     LAKE COUNTY, ARCADIA\n\n"
         "STATE OF ARCADIA                                  JUDGES:\n                                                  Hon. Ann B. Hale, P. J.\n"
         "        Plaintiff-Appellee                        Hon. Carl D. Marsh, J.\n-vs-\n"
         "                                                  Case No. 14 CA 15\nJOHN POWERS\n\n"
         "        Defendant-Appellant                       OPINION\n\nJUDGMENT:                                      Affirmed\n\n"
         "APPEARANCES:\n\nFor Plaintiff-Appellee                         For Defendant-Appellant\n\n"
         "DORA E. GREEN, JR.                             EVAN PAUL WADE\nPROSECUTING ATTORNEY                           13 East Main Street\n"
         "FRANK C. DUNN                                  Lakeview, Arcadia 43019\nASSISTANT PROSECUTOR\n38 South Park Street\n"
         "Lakeview, Arcadia 44902\n\nMarsh, J.\n\n{\u00b61} Appellant John Powers appeals from his conviction of robbery.\n",
         {"Dora E. Green, Jr.": "prosecutor", "Frank C. Dunn": "prosecutor", "Evan Paul Wade": "defense_counsel"},
         {"Prosecuting Attorney", "Assistant Prosecutor", "South Park Street"}),
    ],
)
def test_counsel_layouts(text: str, expected: dict[str, str], absent: set[str]) -> None:
    got = roles(extract(text))
    for name, role in expected.items():
        assert role in got.get(name, set()), (name, got)
    assert not absent & set(got)


def test_join_lines_with_mr_justice() -> None:
    text = CAPTION + "OPINION\n\n" + FACTS + "Mr. Justice HALE and Mr. Justice MARSH join in this opinion.\n"
    assert {"Hale", "Marsh"} <= judges(extract(text))


# --- the people of the story ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "name", "role", "absent"),
    [
        # an officer named with his agency testified
        ("Sergeant Ben Hale of the Lakeview Police Department testified that he found the gun.", "Ben Hale", "witness", set()),
        # a coroner or a clerk titled "deputy" is no officer
        ("Dr. Ann Marsh, the deputy coroner, testified that the victim died of a wound.", "Ann Marsh", "witness",
         {("Ann Marsh", "police")}),
        ("Carl Dunn, a deputy district attorney, tried the case.", None, None, {("Carl Dunn", "police")}),
        # an informant named later or described after the name
        ("A confidential informant, later identified as Ray Finch, told police that Powers had a gun.", "Ray Finch", "informant",
         set()),
        ("Ray Finch, a paid informant, bought cocaine from Powers twice.", "Ray Finch", "informant", set()),
        ("An informant named Ray Finch called the police.", "Ray Finch", "informant", set()),
        # the testimony of someone described by a relation: the relation's owner is no witness
        ("The State presented the testimony of Hale's neighbor, Carl Dunn, who saw Powers leave the house.", "Carl Dunn", "witness",
         {("Hale", "witness")}),
        # a party calls someone described by a relation; a telephone call is no testimony
        ("The defense called Powers's employer, Gary Hunt, who said Powers was at work.", "Gary Hunt", "witness", set()),
        ("Powers called his mother, Ann Wade, from the jail.", None, None, {("Ann Wade", "witness")}),
    ],
)
def test_story_roles(sentence: str, name: str | None, role: str | None, absent: set[tuple[str, str]]) -> None:
    got = roles(extract(CAPTION + "OPINION\n\n" + sentence + " " + FACTS))
    if name:
        assert role in got.get(name, set()), got
    for who, r in absent:
        assert r not in got.get(who, set()), got


def test_cited_case_people_are_not_this_case() -> None:
    text = (CAPTION + "OPINION\n\nHALE, J.\n\nJohn Powers was convicted of robbery. In State v. Poe, 123 Ohio St.3d 45 (2009), the "
            "victim, Ann Lee, testified that Poe robbed her, and Officer Carl Dunn testified that he arrested Poe. Here, the "
            "victim, Rita Vance, testified that Powers robbed her. We affirm.\n")
    got = roles(extract(text))
    assert "Ann Lee" not in got and "Carl Dunn" not in got
    assert "victim" in got.get("Rita Vance", set())


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # Texas's Third District: the panel in capitals under the court below, a line wrapped onto the next is no panel
        ("COURT OF APPEALS, THIRD DISTRICT\n\nNO. 03-15-00456-CR\n\nJohn Powers, Appellant\n\nv.\n\nThe State of Arcadia, "
         "Appellee\n\nAPPEAL FROM 21ST DISTRICT COURT OF LAKE COUNTY\n     BEFORE CHIEF JUSTICE HALE, JUSTICES MARSH AND GREEN\n"
         "AFFIRMED -- OPINION BY JUSTICE GREEN\n\n" + FACTS, {"Hale", "Marsh", "Green"}, set()),
        (CAPTION + "Before WADE and DUNN, Circuit Judges, and Anne\nHALE, Senior District Judge, sitting by designation.\n\n"
         "WADE, Circuit Judge:\n\n" + FACTS, {"Wade", "Dunn"}, {"Anne"}),
        # the role words of a one-line panel are no names
        (CAPTION + "Before HALE, Chairman, and CARL D. MARSH and DORA E. GREEN, Judges of the Panel.\n\n" + FACTS,
         {"Hale", "Carl D. Marsh", "Dora E. Green"}, {"Chairman", "Panel"}),
        (CAPTION + "Before HALE, P.J., MARSH, J., and CARL D. GREEN, District Judge, assigned.\n\n" + FACTS,
         {"Hale", "Marsh", "Carl D. Green"}, {"assigned", "Assigned"}),
    ],
)
def test_panel_lines_in_capitals(text: str, expected: set[str], absent: set[str]) -> None:
    got = judges(extract(text))
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trial judge named with the trial: "Tried below before the Hon. Ann Roe, Judge."
        ("Court of Criminal Appeals of Arcadia.\n\nJOHN POWERS v. THE STATE.\n\nNo. 12345.\n\nAppeal from the District Court "
         "of Lake County. Tried below before the Hon. Ned Hale, Judge.\n\nA. M. Marsh, of Lakeview, for appellant.\n\n"
         "Lloyd W. Green, State's Attorney, of Lakeview, for the State.\n\nWADE, Judge.\n\n" + FACTS,
         {"Ned Hale": "judge", "A. M. Marsh": "defense_counsel", "Lloyd W. Green": "prosecutor", "Wade": "judge"}),
        # Illinois: the concurring justices by title, "concurred in the judgment and opinion"
        (CAPTION + "JUSTICE HALE delivered the judgment of the court, with opinion.\nPresiding Justice Marsh and Justice Green "
         "concurred in the judgment and opinion.\n\nOPINION\n\n" + FACTS, {"Hale": "judge", "Marsh": "judge", "Green": "judge"}),
        # Connecticut: "..., Js." and "with whom, on the brief, were Name, title"
        (CAPTION + "Ann Poe, assistant public defender, for the appellant (defendant).\n\nCarl Dunn, senior assistant state's "
         "attorney, with whom, on the brief, were Rita Hale, state's attorney, and Tom Wade, senior assistant state's attorney, "
         "for the appellee (state).\n\nMARSH, GREEN, LOWE, PRICE and BELL, Js.\n\nLOWE, J.\n\n" + FACTS,
         {"Ann Poe": "defense_counsel", "Carl Dunn": "prosecutor", "Rita Hale": "prosecutor", "Tom Wade": "prosecutor",
          "Marsh": "judge", "Bell": "judge"}),
        # North Carolina: a title before each name of the State's list
        (CAPTION + "Attorney General Ann Hale and Staff Attorney Carl Marsh for the State.\n\nDora Green for defendant appellant.\n\n"
         "WADE, J.\n\n" + FACTS, {"Ann Hale": "prosecutor", "Carl Marsh": "prosecutor", "Dora Green": "defense_counsel"}),
    ],
)
def test_older_and_state_formats(text: str, expected: dict[str, str]) -> None:
    got = roles(extract(text))
    for name, role in expected.items():
        assert role in got.get(name, set()), (name, got)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("The injured party, Joe Hale, testified that Powers took his watch.", "Joe Hale", "victim"),
        ("Ortiz' cousin, Maria Cruz, testified that she saw the shooting.", "Maria Cruz", "witness"),
        ("Additionally, Powers notes that Ken Hale, his probation officer, testified that Powers was at home.", "Ken Hale", "witness"),
    ],
)
def test_more_story_roles(sentence: str, name: str, role: str) -> None:
    got = roles(extract(CAPTION + "OPINION\n\n" + sentence + " " + FACTS))
    assert role in got.get(name, set()), got


def test_a_new_sentence_after_a_cite_is_this_case() -> None:
    # the footnote mark after a cite ends the sentence: what follows is this case again
    text = (CAPTION + "OPINION\n\nHALE, J.\n\nJohn Powers was convicted of robbery. See State v. Poe, 935 F.2d 1440, 1449 (4th "
            "Cir.1991).1 Finally, the court could infer from Seago's testimony that Powers knew. Ken Seago, his probation "
            "officer, was called by the State. We affirm.\n")
    assert "witness" in roles(extract(text)).get("Ken Seago", set())


def test_second_circuit_summary_order() -> None:
    text = ("UNITED STATES of America, Appellee,\nv.\nJohn POWERS, Defendant-Appellant.\n\nDocket No. 10-1234-cr.\n\n"
            "Present: ANNE B. HALE, Chief Judge, CARL D. MARSH, DORA E. GREEN, Circuit Judges.\n\n"
            "Appearing for Appellant: Evan Wade, New York, NY.\n\n"
            "Appearing for Appellee: Frank Dunn, Assistant United States Attorney (Gail Ross, Assistant United States Attorney, "
            "on the brief), for Hugh Bell, United States Attorney for the Southern District of Arcadia, New York, NY.\n\n"
            "Appeal from the United States District Court for the Southern District of Arcadia (Ivy M. Lowe, Judge).\n\n"
            "SUMMARY ORDER\n\n" + FACTS)
    got = roles(extract(text))
    for name, role in {"Evan Wade": "defense_counsel", "Frank Dunn": "prosecutor", "Gail Ross": "prosecutor",
                       "Hugh Bell": "prosecutor", "Ivy M. Lowe": "judge", "Anne B. Hale": "judge"}.items():
        assert role in got.get(name, set()), (name, got)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("The government's first witness, FBI Special Agent Joan Tate, testified about the scheme.", "Joan Tate", "witness"),
        ("Powers shot his neighbor Ron Tate in the chest.", "Ron Tate", "victim"),
        ("The body of Ann Drew was found in a field.", "Ann Drew", "victim"),
        ("Powers was charged with the rape of a 12-year-old girl, A.B. The girl testified.", "A.B.", "victim"),
    ],
)
def test_witnesses_and_victims_described_first(sentence: str, name: str, role: str) -> None:
    got = roles(extract(CAPTION + "OPINION\n\n" + sentence + " " + FACTS))
    assert role in got.get(name, set()), got


@pytest.mark.parametrize(
    "sentence",
    [
        "The body of evidence was thin.",
        "Jill Moss, the victim's daughter, found her.",
        "Powers called his neighbor Ron Tate on the telephone.",
    ],
)
def test_not_victims(sentence: str) -> None:
    got = roles(extract(CAPTION + "OPINION\n\n" + sentence + " " + FACTS))
    assert not any("victim" in r for n, r in got.items()), got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # Colorado's header: the division's votes under the author
        ("COURT OF APPEALS\n\nCourt of Appeals No. 12CA1234\nLake County District Court No. 10CR123\nHonorable Ann Lee, Judge\n\n"
         "The People of the State of Arcadia,\nPlaintiff-Appellee,\nv.\nJohn Powers,\nDefendant-Appellant.\n\n"
         "JUDGMENT AFFIRMED\n\nDivision III\nOpinion by JUDGE HALE\nMarsh and Green, JJ., concur\n\nAnnounced May 1, 2014\n\n"
         "\u00b6 1 " + FACTS, {"Hale": "judge", "Marsh": "judge", "Green": "judge", "Ann Lee": "judge"}, set()),
        # Minnesota: a chief appellate public defender is no police chief
        ("State of Arcadia,\nRespondent,\nvs.\nJohn Powers,\nAppellant.\n\nFiled May 1, 2013\nAffirmed\nHale, Judge\n\n"
         "Ann Poe, Attorney General, St. Paul, Arcadia (for respondent)\n\nDavid W. Marsh, Chief Appellate Public Defender, "
         "Carl Dunn, Assistant Public Defender, St. Paul, Arcadia (for appellant)\n\nConsidered and decided by Green, Presiding "
         "Judge; Hale, Judge; and Wade, Judge.\n\nUNPUBLISHED OPINION\n\nHALE, Judge\n\n" + FACTS,
         {"David W. Marsh": "defense_counsel", "Carl Dunn": "defense_counsel", "Ann Poe": "prosecutor"},
         {"Appellate Public Defender"}),
        # the trial judge named in the opening sentence, the period after the name not taken into it
        (CAPTION + "BEFORE: HALE, J., MARSH, J., and GREEN, J.\n\nMEMORANDUM BY MARSH, J.:\n\nJohn Powers appeals from the judgment "
         "of sentence imposed by the Honorable Rose Ann Lowe-Price. We affirm.\n", {"Rose Ann Lowe-Price": "judge"}, set()),
    ],
)
def test_state_headers(text: str, expected: dict[str, str], absent: set[str]) -> None:
    got = roles(extract(text))
    for name, role in expected.items():
        assert role in got.get(name, set()), (name, got)
    assert not absent & set(got)


@pytest.mark.parametrize(
    ("text", "codefs", "not_codefs"),
    [
        # a pair indicted together with the accused
        (CAPTION + "OPINION\n\nJohn Powers and Carl Mott were indicted for robbery. " + FACTS, {"Carl Mott"}, set()),
        # not with the accused: two other people
        (CAPTION + "OPINION\n\nAnn Lowe and Carl Mott were indicted for robbery in another county. " + FACTS, set(),
         {"Ann Lowe", "Carl Mott"}),
        # a dissent quoting the indictment names the co-defendants
        (CAPTION + "OPINION\n\nHALE, J.\n\n" + FACTS + "MARSH, J., dissenting.\n\nThe indictment charged that Carl Mott, John "
         "Powers, and Dean Pike, on or about the 11th day of May, 1971, did kill Ann Lowe.\n", {"Carl Mott", "Dean Pike"}, set()),
    ],
)
def test_co_defendants(text: str, codefs: set[str], not_codefs: set[str]) -> None:
    got = roles(extract(text))
    for name in codefs:
        assert "co_defendant" in got.get(name, set()), (name, got)
    for name in not_codefs:
        assert "co_defendant" not in got.get(name, set()), (name, got)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # Louisiana's First Circuit: each lawyer, title and city on its own line, the side and party below
        ("COURT OF APPEAL, FIRST CIRCUIT\n\nSTATE OF ARCADIA\n\nVERSUS\n\nJOHN POWERS\n\nNUMBER 2012 KA 1234\n\n"
         "Honorable Ann Lee, Judge Presiding\n\nWalter P. Hale\nDistrict Attorney\nLakeview, Arcadia\nand\nKathryn W. Marsh\n"
         "Special Appeals Counsel\nDover, Arcadia\nCounsel for Appellee\nState of Arcadia\n\nBertha M. Green\nLakeview, Arcadia\n"
         "Counsel for Defendant/Appellant\nJohn Powers\n\nBEFORE: WADE, DUNN, AND ROSS, JJ.\n\nDUNN, J.\n\n" + FACTS,
         {"Walter P. Hale": "prosecutor", "Kathryn W. Marsh": "prosecutor", "Bertha M. Green": "defense_counsel"},
         {"Kathryn W. Marsh Special", "Bertha M. Green Lakeview"}),
        # Louisiana's Third Circuit: the side label closes each group and names the party after its colon; "Court composed
        # of"; the trial judge with his court's title
        ("COURT OF APPEAL, THIRD CIRCUIT\n\nSTATE OF ARCADIA\nVERSUS\nJOHN POWERS\n\nCR 12-1234\n\nAPPEAL FROM THE FOURTEENTH "
         "JUDICIAL DISTRICT COURT PARISH OF LAKE, NO. 123 HONORABLE DAVID A. ROSS, DISTRICT JUDGE\n\n"
         "Court composed of Anne C. Hale, Marc T. Wade, and Shannon J. Dunn, Judges.\n\nAFFIRMED.\n\n"
         "John F. Marsh, District Attorney, P. O. Box 3206, Lakeview, AR 70602, COUNSEL FOR APPELLEE: State of Arcadia\n\n"
         "Edward J. Green, Appellate Project, P. O. Box 53704, Dover, AR 70505, COUNSEL FOR DEFENDANT/APPELLANT: John Powers\n\n"
         "HALE, J.\n\n" + FACTS,
         {"John F. Marsh": "prosecutor", "Edward J. Green": "defense_counsel", "Anne C. Hale": "judge", "Marc T. Wade": "judge",
          "Shannon J. Dunn": "judge", "David A. Ross": "judge"}, set()),
    ],
)
def test_louisiana_headers(text: str, expected: dict[str, str], absent: set[str]) -> None:
    got = roles(extract(text))
    for name, role in expected.items():
        assert role in got.get(name, set()), (name, got)
    assert not absent & set(got)


@pytest.mark.parametrize(
    ("sentence", "witnesses", "not_witnesses"),
    [
        ("Testifying for the State were Ann Lowe and Tom Pike.", {"Ann Lowe", "Tom Pike"}, set()),
        ("Kay Dunn told the jury that she saw Powers.", {"Kay Dunn"}, set()),
        ("Ed Mays stated at trial that Powers had a gun.", {"Ed Mays"}, set()),
        # the lawyers' words to the jury are argument, not testimony
        ("The prosecutor, Ann Lowe, told the jury that Powers lied. Defense counsel Tom Pike told the jury that Powers was home.",
         set(), {"Ann Lowe", "Tom Pike"}),
    ],
)
def test_testimony_told_by_its_setting(sentence: str, witnesses: set[str], not_witnesses: set[str]) -> None:
    got = roles(extract(CAPTION + "OPINION\n\n" + sentence + " " + FACTS))
    for name in witnesses:
        assert "witness" in got.get(name, set()), (name, got)
    for name in not_witnesses:
        assert "witness" not in got.get(name, set()), (name, got)


@pytest.mark.parametrize(
    ("sentence", "judge"),
    [
        ("Powers was tried in the Lake County Circuit Court, Judge Ann Lowe presiding.", "Ann Lowe"),
        ("At sentencing, the court, per Judge Gail Ross, imposed ten years.", "Gail Ross"),
        ("A magistrate, Ted Quinn, issued the warrant.", "Ted Quinn"),
        ("The trial judge, the Honorable Dora Fenn, denied the motion.", "Dora Fenn"),
    ],
)
def test_judges_at_work_in_the_story(sentence: str, judge: str) -> None:
    got = judges(extract(CAPTION + "OPINION\n\nHALE, J.\n\n" + sentence + " " + FACTS))
    assert judge in got


def test_judges_of_cited_cases_are_not_read() -> None:
    text = (CAPTION + "OPINION\n\nHALE, J.\n\nIn State v. Poe, 123 Ohio St.3d 45 (2009), the court, per Judge Gail Ross, "
            "reversed. " + FACTS)
    assert "Gail Ross" not in judges(extract(text))


@pytest.mark.parametrize(
    ("sentence", "counsel", "not_counsel"),
    [
        ("It appears that defendant retained the services of Mr. Alan Kahn, an attorney from Lakeview.", "Alan Kahn", None),
        ("Powers hired attorney Ann Lowe to represent him on appeal.", "Ann Lowe", None),
        # someone else's lawyer
        ("The victim hired Tom Pike as her lawyer. Dale Hart retained Ann Lowe, an attorney, to sue Powers.", None, "Ann Lowe"),
    ],
)
def test_counsel_retained_by_the_accused(sentence: str, counsel: str | None, not_counsel: str | None) -> None:
    got = roles(extract(CAPTION + "OPINION\n\n" + sentence + " " + FACTS))
    if counsel:
        assert "defense_counsel" in got.get(counsel, set()), got
    if not_counsel:
        assert "defense_counsel" not in got.get(not_counsel, set()), got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # initials before the surname after "Honorable"
        (CAPTION + "OPINION\n\nHALE, J.\n\nIt was pointed out by the trial judge, Honorable W. B. Marsh, that the rule applies. "
         + FACTS, {"W. B. Marsh"}, set()),
        (CAPTION + "OPINION\n\nHALE, J.\n\nThe order was entered by the Honorable E.C. Lowe, Judge of the said Court. " + FACTS,
         {"E.C. Lowe"}, set()),
        # a header vote after a disposition: the sentence before is no name
        ("IN THE COURT OF CRIMINAL APPEALS OF ARCADIA\n\nNO. PD-0123-12\n\nJOHN POWERS, Appellant\nv.\nTHE STATE OF ARCADIA\n\n"
         "                        Per curiam.  Marsh, and Green, JJ., dissent.\n\nO P I N I O N\n\n" + FACTS,
         {"Marsh", "Green"}, {"Per curiam. Marsh", "Per Curiam. Marsh"}),
    ],
)
def test_near_misses_of_names(text: str, expected: set[str], absent: set[str]) -> None:
    got = judges(extract(text))
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # Kansas: "Appeal from Lake District Court; ANN B. HALE, judge."
        (CAPTION + "MEMORANDUM OPINION\n\nAppeal from Lake District Court; ANN B. HALE, judge. Opinion filed May 1, 2012. "
         "Affirmed.\n\nBefore MARSH, C.J., GREEN and WADE, JJ.\n\nPer Curiam: " + FACTS, {"Ann B. Hale", "Marsh", "Green", "Wade"},
         set()),
        # Oklahoma: the author "HALE, JUDGE:", "OPINION BY: HALE, J." and one vote per line with a colon
        ("IN THE COURT OF CRIMINAL APPEALS OF THE STATE OF ARCADIA\n\nJOHN POWERS, Appellant,\nv.\nTHE STATE OF ARCADIA, "
         "Appellee.\n\nNo. F-2010-123\n\nSUMMARY OPINION\n\nHALE, JUDGE:\n\n" + FACTS + "OPINION BY: HALE, J.\n"
         "A. MARSH, P.J.: Concur\nGREEN, V.P.J.: Concur in Results\nWADE, J.: Dissent\nDUNN, J.: Recused\n",
         {"Hale", "A. Marsh", "Green", "Wade"}, {"Dunn"}),
    ],
)
def test_kansas_and_oklahoma(text: str, expected: set[str], absent: set[str]) -> None:
    got = judges(extract(text))
    assert expected <= got
    assert not absent & got


def test_curly_apostrophe_in_a_vote_line() -> None:
    text = (CAPTION + "OPINION\n\n" + FACTS + "ANNE B. HALE, J., CARL D. MARSH, J., COLLEEN MARY O\u2019DELL, J.,\nconcur.\n")
    got = judges(extract(text))
    assert "Colleen Mary O\u2019Dell" in got and "Dell" not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Texas: a signature in capitals over "JUSTICE"
        ("Court of Appeals\nFifth District of Arcadia\n\nNo. 05-12-00123-CR\n\nJOHN POWERS, Appellant\nV.\nTHE STATE OF ARCADIA, "
         "Appellee\n\nMEMORANDUM OPINION\nBefore Justices Marsh, Green, and Hale\nOpinion by Justice Hale\n\n" + FACTS
         + "ANNE HALE\nJUSTICE\n\nDo Not Publish\n", {"Anne Hale", "Marsh", "Green"}),
        # the trial judge after the docket with no court word: "NO. 2011-123; HONORABLE JIM BOB HALE, JUDGE"
        ("IN THE COURT OF APPEALS, SEVENTH DISTRICT\n\nJOHN POWERS, APPELLANT\nV.\nTHE STATE OF ARCADIA, APPELLEE\n\n"
         "NO. 07-12-0123-CR\n\nFROM THE 140TH DISTRICT COURT OF LAKE COUNTY;\nNO. 2011-123,456; HONORABLE JIM BOB HALE, JUDGE\n\n"
         "Before MARSH, C.J., and GREEN and WADE, JJ.\n\nMEMORANDUM OPINION\n\n" + FACTS, {"Jim Bob Hale", "Marsh", "Green"}),
    ],
)
def test_texas_signatures_and_trial_judges(text: str, expected: set[str]) -> None:
    assert expected <= judges(extract(text))


@pytest.mark.parametrize(
    ("sentence", "judge", "cited"),
    [
        ("The district court (Judge Ann Lowe) sentenced Powers to ten years.", "Ann Lowe", False),
        ("District Judge Ivy Stone later reduced the sentence.", "Ivy Stone", False),
        # a judge of a cited case is none of this case's
        ("See United States v. Poe, 935 F.2d 1440 (4th Cir. 1991) (District Judge Ivy Stone presiding at that trial).", "Ivy Stone",
         True),
    ],
)
def test_district_judges_in_the_story(sentence: str, judge: str, cited: bool) -> None:
    text = ("UNITED STATES of America, Plaintiff-Appellee,\nv.\nJohn POWERS, Defendant-Appellant.\n\nNo. 19-2345\n\n"
            "Before HALE, MARSH, and GREEN, Circuit Judges.\n\nHALE, Circuit Judge.\n\n" + sentence + " " + FACTS)
    assert (judge in judges(extract(text))) is not cited


@pytest.mark.parametrize(
    ("line", "judge", "absent"),
    [
        ("OPINION OF THE COURT BY JUSTICE HALE\n\nAFFIRMING", "Hale", "Hale Affirming"),
        ("Opinion of the Court by Chief Justice Hale.", "Hale", None),
    ],
)
def test_kentucky_author_lines(line: str, judge: str, absent: str | None) -> None:
    got = judges(extract(CAPTION + line + "\n\n" + FACTS))
    assert judge in got and absent not in got


def test_a_precedents_separate_opinion_is_no_vote_here() -> None:
    text = (CAPTION + "OPINION\n\nHALE, J.\n\n" + FACTS.replace("We affirm.", "") + "Justice Marsh filed a concurring opinion in "
            "that case, which later courts followed. Justices Green and Wade join the view that the rule is wrong. We affirm.\n")
    got = judges(extract(text))
    assert not {"Marsh", "Green", "Wade"} & got
