"""Phrasings read by the fourth pass (lesser grades, collateral-review chains, own-decision kinds).

Every text here is made up; names, courts and numbers are fictional. Each case is one family of
wording seen across many opinions, not one document.
"""

from __future__ import annotations

import pytest

from dayincourt.extract.pipeline import _graded_lower

from .helpers import extract_text as extract

STATE_HEAD = (
    "101 A.2d 202 (1990)\n\nSTATE of Arcadia, Plaintiff and Appellee,\nv.\nOwen T. PRICE, Defendant and Appellant.\n\n"
    "No. 90-1.\n\nCourt of Appeals of Arcadia.\n\nDecided May 1, 1990.\n\nBAKER, Judge.\n\n"
)


def verdicts(case: dict) -> list[str]:
    return [p["verdict"]["outcome"] for p in case["case"].get("proceedings", []) if p.get("verdict")]


@pytest.mark.parametrize(
    ("charged", "convicted", "lower"),
    [
        ("first-degree murder", "second-degree murder", True),
        ("first degree robbery", "third degree robbery", True),
        ("class a felony possession of a narcotic drug", "class b felony possession of a narcotic drug", True),
        ("aggravated battery", "battery", True),
        ("robbery", "attempted robbery", True),
        ("second-degree murder", "second-degree murder", False),
        ("second-degree murder", "first-degree murder", False),
        ("burglary", "theft", False),  # a different offense: the table of included offenses decides those
        ("murder", "second degree murder", False),  # an ungraded charge says nothing about the grade
        ("battery", "aggravated battery", False),
    ],
)
def test_graded_lower(charged: str, convicted: str, lower: bool) -> None:
    assert _graded_lower(charged, convicted) is lower


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("On 3 May 1988, Price was indicted for first-degree murder. Pursuant to an agreement with the State, "
         "defendant entered a plea of guilty to second-degree murder and was sentenced to 20 years. We affirm.",
         "guilty_lesser"),
        ("Price was charged with aggravated battery. A jury found him guilty of battery, and he was sentenced to "
         "two years. We affirm.", "guilty_lesser"),
        ("Price was charged with first-degree murder. A jury found him guilty of first-degree murder, and he was "
         "sentenced to life imprisonment. We affirm.", "guilty"),
    ],
)
def test_conviction_of_a_lower_grade_is_guilty_lesser(body: str, outcome: str) -> None:
    assert verdicts(extract(STATE_HEAD + body)) == [outcome]


FED9_HABEAS = (
    "UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT\n\nNo. 01-2345\n\nOWEN T. PRICE,\n\n        Petitioner - Appellant,\n\n"
    "    v.\n\nJOHN ROE, Warden,\n\n        Respondent - Appellee.\n\nBefore LIND and MORO, Circuit Judges.\n\nPER CURIAM:\n\n"
)
FED4_2255 = (
    "UNITED STATES COURT OF APPEALS\nFOR THE FOURTH CIRCUIT\n\nNo. 01-2345\n\nUNITED STATES OF AMERICA,\n\n"
    "        Plaintiff - Appellee,\n\n    v.\n\nOWEN T. PRICE,\n\n        Defendant - Appellant.\n\n"
    "Before LIND and MORO, Circuit Judges.\n\nPER CURIAM:\n\n"
)


def kinds(out: dict) -> set[tuple[str, str | None]]:
    return {(p["kind"], p.get("outcome")) for p in out["case"].get("proceedings", [])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state prisoner's 2254 appeal: direct appeal "affirmed" with no object, state habeas, the district court's ruling
        # on "the petition" named a sentence earlier, a certificate of appealability
        (FED9_HABEAS + "Price was convicted by a jury in the Superior Court of Arcadia of robbery and was sentenced to 15 years. "
         "The Arcadia Court of Appeal affirmed, and the Arcadia Supreme Court denied review. Price then filed a petition for a "
         "writ of habeas corpus in state court, which was denied. He then filed the present petition under 28 U.S.C. \u00a7 2254. "
         "The district court denied the petition and granted a certificate of appealability on one issue. We affirm.",
         {("trial", "convicted"), ("direct_appeal", "affirmed"), ("writ_application", "denied"), ("pcr_application", "denied"),
          ("federal_habeas", "denied"), ("writ_application", "granted"), ("federal_habeas", "affirmed")}),
        # a federal prisoner's 2255 appeal
        (FED4_2255 + "Price pleaded guilty to possession with intent to distribute cocaine and was sentenced to 120 months. "
         "We affirmed his conviction on direct appeal. Price then filed a motion under 28 U.S.C. \u00a7 2255, which the district "
         "court denied. We granted a certificate of appealability. For the reasons that follow, we affirm.",
         {("plea", "convicted"), ("direct_appeal", "affirmed"), ("federal_habeas", "denied"), ("writ_application", "granted"),
          ("federal_habeas", "affirmed")}),
        # a state court's post-conviction appeal: "this court affirmed." then a later application dismissed
        (STATE_HEAD + "A jury convicted Price of second-degree murder in 1990, and this court affirmed. State v. Price, 500 A.2d 1 "
         "(Arc. App. 1991). Price's first application for post-conviction relief was denied in 1994. In 2003 he filed a second "
         "application, which the district court dismissed as untimely. We affirm the dismissal.",
         {("trial", "convicted"), ("direct_appeal", "affirmed"), ("pcr_application", "denied"), ("pcr_application", "affirmed")}),
        # a federal court deciding a 2254 appeal is federal habeas even when state habeas is named first
        (FED9_HABEAS + "Price, a state prisoner, appeals the district court's dismissal of his 28 U.S.C. \u00a7 2254 habeas petition "
         "as untimely. His state habeas petitions were denied. We reverse and remand.",
         {("federal_habeas", "reversed"), ("pcr_application", "denied"), ("federal_habeas", "dismissed")}),
    ],
)
def test_collateral_review_chains(text: str, expected: set) -> None:
    assert expected <= kinds(extract(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The district court denied his motion to suppress the cocaine.",
        "The district court denied the motion for a continuance.",
    ],
)
def test_district_court_rulings_on_other_motions_are_not_habeas(sentence: str) -> None:
    text = (FED9_HABEAS + "Price was convicted of robbery in state court. Price appeals the denial of his petition under 28 U.S.C. \u00a7 2254. Before trial, " + sentence +
            " We affirm.")
    assert ("federal_habeas", "denied") in kinds(extract(text))  # from "the denial of his petition"
    text2 = FED9_HABEAS + "Price was convicted of robbery in state court. Price appeals under 28 U.S.C. \u00a7 2254. Before trial, " + sentence + " We affirm."
    assert ("federal_habeas", "denied") not in kinds(extract(text2))


def people(out: dict) -> set[tuple[str, str]]:
    return {(p["name"], r) for p in out["case"].get("people", []) for r in p.get("roles", [])}


def offenses(out: dict) -> list[str]:
    return [c["offense"] for c in out["case"].get("charges", [])]


@pytest.mark.parametrize(
    ("text", "judges"),
    [
        # the titles before the names
        (STATE_HEAD.replace("BAKER, Judge.\n\n", "Before Judges KILBY, GOLDEN and LEWES.\n\nThe opinion of the court was delivered by "
                            "LEWES, J.A.D.\n\n") + "Price was convicted of robbery. We affirm.",
         {"Kilby", "Golden", "Lewes"}),
        (STATE_HEAD.replace("BAKER, Judge.\n\n", "") + "Price was convicted of robbery. We affirm.\n\n"
         "Before Chief Justice Jonas, Justices Pember and Rosen\n\nAffirmed\n",
         {"Jonas", "Pember", "Rosen"}),
        # a panel line wrapped before its closing title
        (FED4_2255.replace("Before LIND and MORO, Circuit Judges.", "Before WILKES, Chief Judge, and NIEMAN and TRAXEL, Circuit\n"
                           "Judges.") + "Price was convicted of robbery. We affirm.",
         {"Wilkes", "Nieman", "Traxel"}),
        # "Panel consists of Justices ..." before the author line
        (STATE_HEAD.replace("BAKER, Judge.\n\n", "Panel consists of Justices YATER, SEYMOUR, and BROWNE.\n\nOPINION\n\n"
                            "LESLIE B. YATER, Justice.\n\n") + "Price was convicted of robbery. We affirm.",
         {"Seymour", "Browne"}),
        # Texas: the trial judge in the "FROM THE ... COURT" block
        (STATE_HEAD.replace("No. 90-1.", "No. 90-1.\n\nFROM THE 53RD DISTRICT COURT OF TRAVIS COUNTY\nNO. 11-2, HONORABLE DOUG ARNETT, "
                            "JUDGE PRESIDING") + "Price was convicted of robbery. We affirm.",
         {"Doug Arnett"}),
    ],
)
def test_judges_in_panel_wordings(text: str, judges: set[str]) -> None:
    assert {(j, "judge") for j in judges} <= people(extract(text))


def test_eighth_circuit_form_fields_do_not_hide_the_parties() -> None:
    text = ("United States Court of Appeals\n             For the Eighth Circuit\n\n              No. 12-3028\n\n"
            "                   United States of America\n\n         lllllllllllllllllllll Plaintiff - Appellee\n\n"
            "                              v.\n\n                   Owen Tate Price\n\n"
            "         lllllllllllllllllllll Defendant - Appellant\n\nBefore RILEY, Chief Judge, BYE and BENTON, Circuit Judges.\n\n"
            "BYE, Circuit Judge.\n\nA jury found Owen Price guilty of bank robbery. The district court sentenced Price to 45 months "
            "of imprisonment. Price appeals his conviction. We affirm the judgment of the district court.\n")
    out = extract(text)
    assert ("Owen Tate Price", "defendant") in people(out)
    assert ("direct_appeal", "affirmed") in kinds(out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # older reporters print the opinion with no caption: the court's voice makes it an opinion
        ("The plaintiff in error was convicted in the county court of Pike county on a charge of manufacturing a still and was "
         "sentenced to serve 180 days in the county jail. The appeal not having been filed within such time, this court does not "
         "acquire jurisdiction, and the attempted appeal will be dismissed.\n\nDAVIS and CHAPMAN, JJ., concur.\n",
         ("direct_appeal", "dismissed")),
        ("1. Where the defendant was tried on an indictment for robbery and convicted, and the evidence authorized the verdict of "
         "guilty of assault with intent to rob, the court did not err in overruling "
         "the motion for a new trial.\n\nJudgment affirmed. Gardner and Townley, JJ., concur.\n",
         ("direct_appeal", "affirmed")),
    ],
)
def test_opinions_without_a_caption(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds(extract(text))


def test_an_old_opinion_saying_said_is_not_news() -> None:
    body = ("The defendant, by an information filed in the superior court, was charged with burglary. The said defendant told "
            "the officer that he said nothing. " * 3 + "The witness said that he saw him. " * 4 +
            "See People v. Roe, 12 Cal. 2d 34, and People v. Doe, 56 Cal. App. 78. The judgment is affirmed.")
    out = extract(body)
    assert out["document"]["kind"] == "opinion"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Price was convicted on a charge of driving while intoxicated. We affirm.", ["driving while intoxicated"]),
        ("Price entered a plea of nolo contendere to the charge of lewd and lascivious assault on a child. We affirm.",
         ["lewd and lascivious assault on a child"]),
        ("Price appeals his conviction and sentence for being a felon in possession of a firearm. We affirm.",
         ["being a felon in possession of a firearm"]),
        ("The information charged Price with theft of property valued over $500. The jury returned a verdict of guilty as "
         "charged. We affirm.", ["theft of property valued over $500"]),
        # the statute reference ends at the sentence's period, not at the next line
        ("A jury found Price guilty of transmitting a communication containing a threat to injure in violation of 18 U.S.C. "
         "\u00a7 875(c). The district court sentenced Price to\nforty-five months. We affirm.",
         ["transmitting a communication containing a threat to injure"]),
        ("Price was convicted of robbery and burglary. We affirm.", ["robbery", "burglary"]),
        # a grading appositive inside the list
        ("The defendant, Owen Price, was convicted of selling a narcotic drug, which is a felony, and of possessing "
         "barbiturates, a misdemeanor. We affirm.", ["selling a narcotic drug", "possessing barbiturates"]),
        # a sentence list names each offense
        ("After accepting Price's guilty pleas, the trial court sentenced Price to life in prison for three counts of "
         "aggravated robbery, sixty years in prison for two counts of burglary of a habitation, two years in state jail for "
         "attempted escape, and 128 days in jail for evading arrest. We affirm.",
         ["aggravated robbery", "burglary of a habitation", "attempted escape", "evading arrest"]),
        # "charged ... with the crime of X, was tried, convicted"
        ('Defendant, Owen Price, was charged in the district court of Pike county with the crime of "Forgery in the second '
         'degree," was tried, convicted, sentenced to serve a term of ten years, and has appealed. We affirm.',
         ["Forgery in the second degree"]),
        # New Jersey's non vult plea; "and two other accusations" is not part of the offense
        ("On September 12, 1958 defendant pleaded non vult to a charge of unlawful possession of narcotics and two other "
         "accusations, for which he was sentenced to two to three years. We affirm.", ["unlawful possession of narcotics"]),
        ("Appellant was convicted by a judge sitting without a jury of assault by a prisoner. We affirm.",
         ["assault by a prisoner"]),
        ("Price was found guilty by the court, sitting without a jury, of two charges of burglary. We affirm.", ["burglary"]),
        ("Appellant was convicted of aggravated assault and punishment was assessed at eight years. We affirm.",
         ["aggravated assault"]),
        ("A jury found appellant guilty of the offense of bank robbery and assessed punishment at 20 years. We affirm.",
         ["bank robbery"]),
        ("Appellant was charged by information with grand theft. He entered a plea of nolo contendere and was placed on "
         "probation. We affirm.", ["grand theft"]),
        ("Defendant was tried and convicted in absentia for trafficking in cocaine. We reverse.", ["trafficking in cocaine"]),
        ("Petitioner was convicted in the Court of Common Pleas of Cuyahoga County, Ohio, of uttering a forged check. We affirm.",
         ["uttering a forged check"]),
        # two modifiers of one head noun
        ("Price pleaded guilty to conspiracy to commit mail and wire fraud. We affirm.", ["conspiracy to commit mail and wire fraud"]),
        ("Price was convicted of one consolidated count of cruelty to animals. We affirm.", ["cruelty to animals"]),
        ("Price was convicted of twenty-one felony violations of the Lacey Act. We affirm.", ["felony violations of the Lacey Act"]),
        ("Price was convicted of felonious assault and retaliation. We affirm.", ["felonious assault", "retaliation"]),
        ("Price was convicted of robbery. The victim admitted that she had been previously convicted of attempted forgery and "
         "misdemeanor theft. We affirm.", ["robbery"]),
        # a witness's own record is not the accused's conviction
        ("Price was convicted of assault. Nava testified for the defense. Nava admitted he had been convicted of robbery in "
         "1990. We affirm.", ["assault"]),
    ],
)
def test_offense_wordings(body: str, expected: list[str]) -> None:
    assert offenses(extract(STATE_HEAD + body)) == expected


CAL_HEAD = ("257 Cal. App. 2d 56 (1967)\n\nTHE PEOPLE, Plaintiff and Respondent,\n\nv.\n\nOWEN PRICE, Defendant and Appellant.\n\n"
            "Crim. No. 11139.\n\nCalifornia Court of Appeals. Second Dist., Div. Four.\n\nDec. 15, 1967.\n\nJEFFERS, J.\n\n")


def test_a_dissent_opened_by_i_dissent_is_not_the_decision() -> None:
    text = (CAL_HEAD + "A jury found defendant guilty of robbery. He appeals from the judgment.\n\nThe judgment is affirmed.\n\n"
            "Fields, P. J., concurred.\n\nKINGS, J.\n\nI dissent. The confession should have been excluded.\n\nI would reverse.\n")
    out = extract(text)
    assert ("direct_appeal", "affirmed") in kinds(out)
    assert ("direct_appeal", "reversed") not in kinds(out)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Price was convicted of robbery. Trooper Hale placed him under arrest at the scene. We affirm.", ("arrest", None)),
        ("Price was convicted of robbery. He fled the scene but was later apprehended by a police officer. We affirm.",
         ("arrest", None)),
        ("Price was convicted of robbery. After unsuccessfully attempting to flee, Price was placed under arrest. We affirm.",
         ("arrest", None)),
        ("Price was convicted of robbery. Following her arrest, the appellant did not tell police she felt threatened. We affirm.",
         ("arrest", None)),
        ("Price was convicted of robbery. Following Price's indictment, the trial court overruled a motion to suppress. We affirm.",
         ("indictment", None)),
        # post-conviction vehicles by their own names
        ("Price was convicted of robbery in 1990. His personal restraint petition was denied in 1999. We affirm.",
         ("pcr_application", "denied")),
        ("Price was convicted of robbery. He seeks to appeal the trial court's denial of his application for writ of habeas "
         "corpus. We affirm.", ("pcr_application", "denied")),
        # "an appeal from a conviction": the conviction is there even with no "convicted"
        ("This is an appeal from a conviction for murder with malice. Trial was before a jury, which assessed punishment at "
         "life imprisonment. We affirm.", ("trial", "convicted")),
        # a trial is evident from a sufficiency review
        ("Appellant was convicted of rape. He contends the evidence was insufficient to support the conviction. We affirm.",
         ("trial", "convicted")),
    ],
)
def test_more_proceeding_wordings(body: str, expected: tuple) -> None:
    assert expected in kinds(extract(STATE_HEAD + body))


def sentences(out: dict) -> list[tuple[str, float | None]]:
    return [(p["sentence"]["kind"], p["sentence"].get("years")) for p in out["case"].get("proceedings", []) if p.get("sentence")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an indeterminate term as pronounced: its maximum
        ("Price was found guilty as charged and sentenced to the State Penitentiary for a term of not less than one, nor more "
         "than two, years. We affirm.", [("term", 2.0)]),
        # two terms written with one unit: the longest single term
        ("After conviction upon two counts of theft Price was sentenced to consecutive terms of five and three years. We affirm.",
         [("term", 5.0)]),
        ("Plaintiff in error was convicted of robbery with firearms and his punishment fixed at ten years in the penitentiary. "
         "Affirmed.", [("term", 10.0)]),
        ("Price was convicted of murder and sentenced to the penitentiary for life. We affirm.", [("life", None)]),
        ("Price was convicted of burglary and received a 10-year sentence. We affirm.", [("term", 10.0)]),
        ("Price was convicted of burglary and was sentenced to an indeterminate term of not more than ten years. We affirm.",
         [("term", 10.0)]),
        # a statute's penalty is not the sentence pronounced
        ("Theft is a felony which carries with it a sentence of half a year to three years in prison. Price was convicted of "
         "theft and the court sentenced him to twenty-one months' imprisonment. We affirm.", [("term", 1.75)]),
    ],
)
def test_sentence_wordings(body: str, expected: list) -> None:
    assert sentences(extract(STATE_HEAD + body)) == expected


def codes(out: dict) -> set[str]:
    return {f["code"] for f in out["case"].get("factors", [])}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Price was convicted of murder. He contends that the prosecutor's closing argument was improper and prejudicial. "
         "We disagree and affirm.", "OM"),
        ("Price was convicted of murder. He complains of improper jury argument by the prosecutor. We affirm.", "OM"),
        ("Price was convicted of murder. He argues that his confession was coerced and should have been excluded. We affirm.",
         "OM"),
        ("Price was convicted of robbery. He claims that the State's chief witness committed perjury at trial. We affirm.",
         "PFA"),
    ],
)
def test_claim_wordings(body: str, code: str) -> None:
    assert code in codes(extract(STATE_HEAD + body))


MISS_HEAD = (
    "IN THE COURT OF APPEALS OF THE STATE OF MISSISSIPPI\n                              NO. 2013-KA-00001-COA\n\n"
    "OWEN (TATE) PRICE A/K/A                                       APPELLANT\nTATE PRICE\nv.\n\n"
    "STATE OF MISSISSIPPI                                          APPELLEE\n"
    "DATE OF JUDGMENT:                        03/28/2013\nTRIAL JUDGE:                             HON. ROBERT WALTER BAYLE\n"
    "COURT FROM WHICH APPEALED:               PIKE COUNTY CIRCUIT COURT\n"
    "ATTORNEY FOR APPELLANT:                  CHARLES W. WRIGHTSON JR.\n"
    "ATTORNEY FOR APPELLEE:                   OFFICE OF THE ATTORNEY GENERAL\n                                         BY: LISA L. BLOUNTE\n"
    "DISTRICT ATTORNEY:                       BILBO MITCHAM\nNATURE OF THE CASE:                      CRIMINAL - FELONY\n"
    "TRIAL COURT DISPOSITION:                 CONVICTED OF WIRE FRAUD AND\n                                         SENTENCED TO FIVE YEARS\n"
    "DISPOSITION:                             AFFIRMED - 01/27/2015\n      BEFORE IRVIN, P.J., FAIRE AND JAMESON, JJ.\n"
    "      JAMESON, J., FOR THE COURT:\n"
    "\u00b61.   Following a jury trial, Owen Price was convicted of wire fraud and sentenced to five years. Price appeals. "
    "Finding no error, we affirm.\n"
)
VA_HEAD = (
    "COURT OF APPEALS OF VIRGINIA\n\n              Present: Chief Judge Hough, Judges Beale and Atlen\n\nUNPUBLISHED\n\n"
    "              Argued at Richmond, Virginia\n\n              OWEN TATE PRICE, JR.\n"
    "                                                                            MEMORANDUM OPINION* BY\n"
    "              v.     Record No. 1138-14-2                                  JUDGE RICHARD Y. ATLEN, JR.\n"
    "                                                                                   JULY 7, 2015\n"
    "              COMMONWEALTH OF VIRGINIA\n\n               FROM THE CIRCUIT COURT OF THE CITY OF FREDERICKSBURG\n\n"
    "                               Mark S. Gardiner (Gardiner & Haney, P.C., on briefs), for appellant.\n\n"
    "                     A judge convicted Owen Tate Price, Jr. of three counts of felony failure to appear. We affirm.\n"
)


def test_a_mississippi_form_header() -> None:
    got = people(extract(MISS_HEAD))
    assert any(n.startswith("Charles W. Wrightson") and r == "defense_counsel" for n, r in got)
    assert {("Owen Tate Price", "defendant"), ("Robert Walter Bayle", "judge"),
            ("Lisa L. Blounte", "prosecutor"), ("Bilbo Mitcham", "prosecutor"), ("Irvin", "judge"), ("Faire", "judge"),
            ("Jameson", "judge")} <= got


def test_a_caption_set_in_columns() -> None:
    out = extract(VA_HEAD)
    assert ("Owen Tate Price, Jr", "defendant") in people(out) or ("Owen Tate Price, Jr.", "defendant") in people(out)
    assert ("direct_appeal", "affirmed") in kinds(out)


@pytest.mark.parametrize(
    ("tail", "judges"),
    [
        ("\n\n                                           GILLBERT, P. J.\nWe concur:\n\n              YEGANN, J.\n\n"
         "              PERRON, J.\n", {"Yegann", "Perron"}),
        ("\n\n                     /S/ JAMES C. NELSEN\n\nWe Concur:\n\n                  /S/ JIM REGNER\n\n"
         "                  /S/ W. WILLIAM LEAPHARDT\n", {"Jim Regner", "W. William Leaphardt"}),
    ],
)
def test_we_concur_blocks(tail: str, judges: set[str]) -> None:
    text = STATE_HEAD + "Price was convicted of robbery. We affirm." + tail
    assert {(j, "judge") for j in judges} <= people(extract(text))


def test_montana_counsel_under_side_heads() -> None:
    text = STATE_HEAD.replace("BAKER, Judge.\n\n", "") + (
        "COUNSEL OF RECORD:\n\n                 For Appellant:\n\n  Alfred F. Avignon, Lisa A. Banik, Garrity & Banik, "
        "Bozeman, Montana\n\n                 For Respondent:\n\n    Joseph P. Mazurk, Montana Attorney General, Bozeman, Montana\n\n"
        "Justice James C. Nelsen delivered the Opinion of the Court.\n\nPrice was convicted of robbery. We affirm.\n")
    got = people(extract(text))
    assert {("Alfred F. Avignon", "defense_counsel"), ("Lisa A. Banik", "defense_counsel"), ("Joseph P. Mazurk", "prosecutor")} <= got


def test_tennessee_header_judges() -> None:
    text = ("IN THE COURT OF CRIMINAL APPEALS OF TENNESSEE\n\nSTATE OF TENNESSEE v. OWEN T. PRICE\n\n"
            "                  Appeal from the Criminal Court for Pike County\n                      No. 2013-CR-13 E. Eugene Eblan, Judge\n\n"
            "No. E2016-00001-CCA-R3-CD\n\nThe Defendant was convicted of robbery. We affirm.\n\n"
            "JAMES CURWOOD WHITT, JR., J., delivered the opinion of the court, in which NORMA\nMCGEE OGDEN and ROBERT H. MONTGOMERIE, "
            "JR., JJ., joined.\n\nC. Brad Neffe, Jamestown, Tennessee, for the appellant, Owen T. Price.\n\nOPINION\n\n"
            "The Defendant, Owen T. Price, was convicted of robbery and sentenced to ten years. We affirm.\n")
    got = people(extract(text))
    assert {("James Curwood Whitt", "judge"), ("Norma McGee Ogden", "judge"), ("Robert H. Montgomerie", "judge"),
            ("E. Eugene Eblan", "judge")} <= got
    assert not any(name.strip(".").lower() in ("jr", "sr") for name, _ in got)


def test_georgia_counsel_by_party_name_and_a_title_line() -> None:
    text = ("471 S.E.2d 836 (1996)\n\nPRICE\nv.\nThe STATE.\n\nNo. S96A0236.\n\nSupreme Court of Georgia.\n\nMay 6, 1996.\n\n"
            "J. Jeffrey Lacey, Timothy L. Bartow, Brunswick, for Owen Tate Price.\n\n"
            "Glenn Thomas, Jr., Dist. Atty., Woodbine, for State.\n\nCaroline Wight Donalds, Asst. Atty. Gen, Dept. of Law, Atlanta.\n\n"
            "CARLEY, Justice.\n\nOwen Tate Price was tried before a jury and found guilty of malice murder. He was sentenced to life. "
            "Judgment affirmed.\n")
    got = people(extract(text))
    assert {("J. Jeffrey Lacey", "defense_counsel"), ("Timothy L. Bartow", "defense_counsel"),
            ("Caroline Wight Donalds", "prosecutor")} <= got


def test_the_decision_line_before_an_unmarked_concurrence() -> None:
    text = (STATE_HEAD + "Price was tried before a jury and found guilty of malice murder. He was sentenced to life.\n\n"
            "Judgments affirmed.\n\nAll the Justices concur, except Sears, J., who concurs specially.\n\n"
            "BENHAM, Presiding Justice, concurring.\n\n" + "I write separately to note the law on the syndrome. " * 80 + "\n")
    assert ("direct_appeal", "affirmed") in kinds(extract(text))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a heading above the paragraph is not part of the name
        ("Price was convicted of burglary.\n\n The Facts\n\n Alfred S. Smythe, a police officer for the City of Compton, "
         "testified that he saw Price. We affirm.", {("Alfred S. Smythe", "witness"), ("Alfred S. Smythe", "police")}),
        ("Price was convicted of rape. Paul Bergerac, a defense witness, stated that the victim had been drunk. We affirm.",
         {("Paul Bergerac", "witness")}),
    ],
)
def test_witness_wordings(body: str, expected: set) -> None:
    assert expected <= people(extract(STATE_HEAD + body))


def test_new_york_counsel_and_panel() -> None:
    head = STATE_HEAD.replace("BAKER, Judge.\n\n", "Lynn W. L. Fahey, New York, N.Y. (Lisa Napoli of counsel), for appellant.\n\n"
                              "Charles J. Hynes, District Attorney, Brooklyn, N.Y. (Leonard Joblove and Jodi L. Mandel of counsel), "
                              "for respondent.\n\nMASTRO, J.P., DILLON, LEVENTHAL and SGROI, JJ.\n\n")
    got = people(extract(head + "Price was convicted of robbery. We affirm."))
    assert {("Lisa Napoli", "defense_counsel"), ("Jodi L. Mandel", "prosecutor"), ("Mastro", "judge"), ("Leventhal", "judge"),
            ("Sgroi", "judge")} <= got


def test_a_suffix_does_not_make_a_second_person() -> None:
    head = STATE_HEAD.replace("BAKER, Judge.\n\n", "ATTORNEYS FOR APPELLEE: Mathias H. Heckman, Jr., Prosecuting Attorney, by "
                              "Andrew T. Frenche, Assistant Prosecuting Attorney.\n\nFAIN, J.\n\n")
    names = [n for n, r in people(extract(head + "Price was convicted of robbery. We affirm.")) if "Heckman" in n]
    assert names == ["Mathias H. Heckman, Jr."]


@pytest.mark.parametrize(
    ("body", "outcome", "form"),
    [
        # the opinion opens on the accused's plea; the jury talk that follows is Blakely law
        ("Defendant, Owen Price, appeals the aggravated range sentence imposed following his guilty plea to attempted "
         "possession of a controlled substance. Under Blakely, any fact that increases the penalty must be found by a jury. "
         "We vacate the sentence.", "guilty", "plea"),
        # a plea to another offense than the one first charged
        ("Defendant was originally charged with conspiracy to manufacture a controlled substance. In exchange for dismissal of "
         "that charge, he pleaded guilty to attempted possession of a controlled substance. We affirm.", "guilty_lesser", "plea"),
    ],
)
def test_plea_forms(body: str, outcome: str, form: str) -> None:
    got = [(p["verdict"]["outcome"], p["verdict"].get("form")) for p in extract(STATE_HEAD + body)["case"]["proceedings"]
           if p.get("verdict")]
    assert got == [(outcome, form)]


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        ("Price was convicted of robbery. Investigators Kallus and Keller searched the car. Kallus testified that he found a gun. "
         "We affirm.", ("Kallus", "witness"), "Investigators Kallus"),
        ("Price was convicted of robbery. Unlike Smithers, who testified for the State, Price did not testify. We affirm.",
         ("Smithers", "witness"), "Unlike Smithers"),
    ],
)
def test_leading_words_are_not_part_of_a_name(body: str, expected: tuple, absent: str) -> None:
    got = people(extract(STATE_HEAD + body))
    assert expected in got
    assert not any(n == absent for n, _ in got)


def test_an_ohio_mailing_list_is_not_the_panel() -> None:
    text = (STATE_HEAD + "Price was convicted of robbery. We affirm.\n\n                                 .............\n\n"
            "Copies mailed to:\n\nMathias H. Heckel\nAndrew T. Frenchy\nChristopher W. Thomson\nHon. Barbara P. Gormann\n")
    got = people(extract(text))
    assert ("Barbara P. Gormann", "judge") in got
    assert not any(n in ("Mathias H. Heckel", "Andrew T. Frenchy") and r == "judge" for n, r in got)


def test_ex_rel_caption_names_the_prisoner() -> None:
    text = ("United States District Court, N.D. Illinois, E.D.\n\nUNITED STATES ex rel. Owen Tate PRICE, Petitioner,\nv.\n"
            "John ROE, Warden, Respondent.\n\nNo. 71 C 100.\n\nJune 1, 1971.\n\nMEMORANDUM OPINION AND ORDER\n\n"
            "MAROVICH, District Judge.\n\nPetitioner was convicted of robbery and sentenced to ten years. He seeks a writ of habeas "
            "corpus. The petition is denied.\n")
    assert ("Owen Tate Price", "defendant") in people(extract(text))


def offense_date_of(out: dict) -> str | None:
    return next((c.get("offense_date") for c in out["case"].get("charges", []) if c.get("offense_date")), None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the first date of the story of the facts
        ("Price was convicted of possession of marijuana.\n\nSummary of the Evidence\n\nOn May 8, 1965, at 8 o'clock in the "
         "morning Deputy Sheriff Hipp, while sitting in his radio car, saw two men standing and talking. We affirm.", "1965-05-08"),
        ("Price was convicted of aggravated robbery. While on patrol at approximately 9:45 a.m. on June 2, 2006, Officer Kelly "
         "Davies observed a Toyota pass in front of her. We affirm.", "2006-06-02"),
        # a procedural date is not the offense date
        ("Price was convicted of robbery. On June 2, 2006, the trial court sentenced him to ten years. We affirm.", None),
        # Georgia's first footnote
        ("Price was tried before a jury and found guilty of malice murder. Judgment affirmed.\n\nNOTES\n\n[1]  The crimes were "
         "committed on August 6, 1993 and Price was indicted on August 11, 1993.", "1993-08-06"),
    ],
)
def test_offense_date_wordings(body: str, expected: str | None) -> None:
    assert offense_date_of(extract(STATE_HEAD + body)) == expected


@pytest.mark.parametrize(
    ("body", "judges"),
    [
        ("Price was convicted of robbery. The sentence is vacated.\n\nJudge RUSSELL concurs.\n\nJudge NIETOS concurs in part and "
         "dissents in part.\n", {"Russell", "Nietos"}),
        ("Price was convicted of cruelty to animals. The trial judge, Superior Court Judge Jonathan H. Linke, told the defense "
         "attorney that he would not decide the motion. We affirm.", {"Jonathan H. Linke"}),
        ("Price appeals the sentence imposed on her by the United States District Court for the Southern District of New York "
         "(Buchwalt, J.) after she pleaded guilty to conspiracy to commit mail fraud. We affirm.", {"Buchwalt"}),
        ("Price was convicted of robbery. We affirm.\n\nBefore Justice Cummins,\n\n\n      Justice Vancey and\n\n\n"
         "      Chief Justice McDonnell (Retired)\n\nAffirmed\n", {"Cummins", "Vancey", "McDonnell"}),
    ],
)
def test_more_judge_wordings(body: str, judges: set[str]) -> None:
    assert {(j, "judge") for j in judges} <= people(extract(STATE_HEAD + body))


def test_the_author_of_a_dissent_is_a_judge() -> None:
    text = (CAL_HEAD + "A jury found defendant guilty of robbery.\n\nThe judgment is affirmed.\n\nFields, P. J., concurred.\n\n"
            "KINGSLY, J.\n\nI dissent. The confession should have been excluded.\n")
    assert ("Kingsly", "judge") in people(extract(text))


@pytest.mark.parametrize(
    ("body", "victim"),
    [
        ('Price was convicted on an indictment charging larceny of "one heifer, the personal property of A. A. Hinsdale." '
         "We affirm.", "A. A. Hinsdale"),
        ("Price was convicted of uttering a false instrument with intent to cheat and defraud Oscar Montgomerie. We affirm.",
         "Oscar Montgomerie"),
        ("Price was indicted for the statutory rape of a 15-year-old girl named Bessie Wilsonne. We affirm.", "Bessie Wilsonne"),
    ],
)
def test_victim_wordings(body: str, victim: str) -> None:
    assert (victim, "victim") in people(extract(STATE_HEAD + body))


def test_a_span_found_by_two_readers_is_cited_once() -> None:
    text = (STATE_HEAD + "Price was convicted of robbery. We affirm.\n\nBefore Chief Justice Gray,\n Justice Davis, and\n"
            " Justice Scoggins\n\nAffirmed\n")
    for person in extract(text)["case"]["people"]:
        spans = [(s["start"], s["end"]) for s in person["src"]]
        assert len(spans) == len(set(spans)), person
