"""Phrasings across courts that the extractors read (second pass: generalizing beyond the dev documents).

Every text here is made up; names, courts and numbers are fictional. Each case is one family of
wording (a panel layout, a counsel block, a disposition, a conviction line), not one document.
"""

from __future__ import annotations

import pytest

from dayincourt.extract import extract_document
from dayincourt.ingest import ingest

FED_HEAD = (
    "UNPUBLISHED\n\nUNITED STATES COURT OF APPEALS\nFOR THE ELEVENTH CIRCUIT\n\nNo. 01-2345\n\n"
    "UNITED STATES OF AMERICA,\n\n        Plaintiff - Appellee,\n\n    v.\n\nOWEN T. PRICE,\n\n        Defendant - Appellant.\n\n"
    "Appeal from the United States District Court for the Middle District of Nowhere. Hal B. Grant,\nDistrict Judge.\n\n"
)
STATE_HEAD = (
    "101 A.2d 202 (1990)\n\nSTATE of Arcadia, Plaintiff and Appellee,\nv.\nOwen T. PRICE, Defendant and Appellant.\n\n"
    "No. 90-1.\n\nSupreme Court of Arcadia.\n\nDecided May 1, 1990.\n\n"
)


def extract(text: str) -> dict:
    return extract_document(ingest(text.encode(), name="op.txt")).to_dict()["case"]


def roles(case: dict) -> set[tuple[str, str]]:
    return {(p["name"], r) for p in case.get("people", []) for r in p["roles"]}


def kinds(case: dict) -> set[tuple[str, str | None]]:
    return {(p["kind"], p.get("outcome")) for p in case.get("proceedings", [])}


def charges(case: dict) -> list[str]:
    return [c["offense"].lower() for c in case.get("charges", [])]


@pytest.mark.parametrize(
    ("header", "expected", "absent"),
    [
        # a panel over several lines with blank lines, each judge with a title
        ("Before\n\n    Lind, Circuit Judge,\n\n    Moro, Senior Circuit Judge,\n\n    and Nash, Circuit Judge.\n\n"
         "    Ada C. Wynn on brief for appellant.\n\nMay 1, 2000\n\n    Per Curiam. Owen T. Price appeals his sentence.",
         {("Lind", "judge"), ("Moro", "judge"), ("Nash", "judge"), ("Ada C. Wynn", "defense_counsel")}, set()),
        # a panel with a visiting district judge; the author line is PER CURIAM, not the panel line
        ("Before LIND and MORO, Circuit Judges, and Carl\nNASH, Jr., United States District Judge for the District of\n"
         "Elsewhere, sitting by designation.\n\nARGUED: Kim L. Moss, III, MOSS & NASH, PLLC, Raleigh, North\nCarolina, for "
         "Appellant. Rae Tull, OFFICE OF THE UNITED STATES ATTORNEY, Raleigh,\nNorth Carolina, for Appellee. ON BRIEF: "
         "Lee O. Park, United States Attorney, Raleigh, North Carolina, for Appellee.\n\nPER CURIAM:\n\n",
         {("Lind", "judge"), ("Moro", "judge"), ("Carl Nash", "judge"), ("Kim L. Moss", "defense_counsel"),
          ("Rae Tull", "prosecutor"), ("Lee O. Park", "prosecutor"), ("Hal B. Grant", "judge")}, set()),
        # a pro se appellant's line before the government's counsel
        ("Before LIND, MORO, and NASH, Circuit Judges.\n\nOwen T. Price, Appellant Pro Se. Rita S. Tull, OFFICE OF THE "
         "UNITED STATES ATTORNEY, Raleigh, North Carolina, for Appellee.\n\nPER CURIAM:\n\n",
         {("Rita S. Tull", "prosecutor"), ("Owen T. Price", "defendant")}, {("Owen T. Price", "prosecutor")}),
    ],
)
def test_federal_headers(header, expected, absent):
    got = roles(extract(FED_HEAD + header + "Owen T. Price was convicted of wire fraud by a jury. We affirm.\n\nAFFIRMED."))
    assert expected <= got
    assert not (absent & got)


@pytest.mark.parametrize(
    ("header", "tail", "expected", "absent"),
    [
        # "For Appellant:" blocks with semicolons; "Justice X delivered"; "We Concur:" line
        ("For Appellant: Ann B. Cole, Chief Appellate Defender; Dan E. Fry, Assistant Appellate Defender, Helena, Arcadia.\n\n"
         "For Appellee: Gil H. Ives, Arcadia Attorney General; Ivy K. Lund, Assistant Attorney General, Helena, Arcadia.\n\n"
         "Justice MARA E. VOSS delivered the Opinion of the Court.\n\n",
         "\n\nWe Concur: PAT COLE, JIM NOLL and RAY DUNN, JJ.",
         {("Ann B. Cole", "defense_counsel"), ("Dan E. Fry", "defense_counsel"), ("Gil H. Ives", "prosecutor"),
          ("Ivy K. Lund", "prosecutor"), ("Mara E. Voss", "judge"), ("Pat Cole", "judge"), ("Jim Noll", "judge"),
          ("Ray Dunn", "judge")},
         {("Mara", "judge")}),
        # a concurrence sentence naming the chief justice and the justices
        ("Ann B. Cole, Deputy Defender, of Capitol City, for appellant.\n\nOPINION\n\nJustice FREY delivered the judgment.\n\n",
         "\n\nChief Justice ABLE and Justices BAKER and CRANE concurred in the judgment and opinion.",
         {("Frey", "judge"), ("Able", "judge"), ("Baker", "judge"), ("Crane", "judge"), ("Ann B. Cole", "defense_counsel")},
         set()),
        # judges in a closing line after the judgment; the absent judge is left out
        ("", "\n\nJudgment affirmed. BOYD, J., concurs. DALE, P. J., absent, not participating.",
         {("Boyd", "judge")}, {("Dale", "judge")}),
    ],
)
def test_state_headers_and_closing_lines(header, tail, expected, absent):
    body = "Owen T. Price was convicted of burglary by a jury and appeals. The judgment is affirmed."
    got = roles(extract(STATE_HEAD + header + body + tail))
    assert expected <= got
    assert not (absent & got)


def test_double_spaced_counsel_and_panel_without_before():
    text = (
        "People v Price\n\nDecided on May 1, 2016\n\nAppellate Division, First Department\n\n"
        "Ames, J.P., Brill, Cole-Dunn, Ewing, JJ.\n\n"
        "The People of the State of New York, Respondent,\nv\n\nOwen Price, Defendant-Appellant.\n\n"
        "Ruth S. Dane, Center for Appellate Litigation, New York\n\n(Sara Quinn of counsel), for appellant.\n\n"
        "Carl R. Vey, Jr., District Attorney, New York (Ida O'Hare\n\nof counsel), for respondent.\n\n"
        "Judgment, Supreme Court, New York County (Nora Pike, J.), rendered May 1, 2014, convicting defendant, after a "
        "nonjury trial, of burglary in the second degree, and sentencing him to a term of 3 years, unanimously affirmed.\n"
    )
    got = roles(extract(text))
    assert {("Ames", "judge"), ("Brill", "judge"), ("Cole-Dunn", "judge"), ("Ewing", "judge"), ("Nora Pike", "judge"),
            ("Ruth S. Dane", "defense_counsel"), ("Sara Quinn", "defense_counsel"), ("Carl R. Vey, Jr.", "prosecutor"),
            ("Ida O'Hare", "prosecutor")} <= got


def test_old_reporter_opinion_is_an_opinion_not_news():
    text = (
        "1 Arc. App. Ct. 296 (1973)\n\nCOMMONWEALTH\nvs.\n\nALBERT PRICE.\n\nAppeals Court of Arcadia.\n\nMay 15, 1973.\n\n"
        "Present: HALE, C.J., GOODMAN, & GRANT, JJ.\n\nFrank J. Dimm for the defendant.\n\n"
        "Walter T. Hart, III, Assistant Attorney General (Dora R. Mills, Assistant Attorney General, with him) for the "
        "Commonwealth.\n\nGOODMAN, J.\n\nThe defendant was found guilty by a jury of larceny. Exceptions overruled.\n"
    )
    x = extract_document(ingest(text.encode(), name="op.txt"))
    assert x.kind == "opinion"
    got = roles(x.to_dict()["case"])
    assert {("Hale", "judge"), ("Goodman", "judge"), ("Grant", "judge"), ("Frank J. Dimm", "defense_counsel"),
            ("Walter T. Hart", "prosecutor"), ("Dora R. Mills", "prosecutor")} <= got


def test_attorney_general_named_in_a_habeas_caption_is_a_prosecutor():
    text = (
        "UNITED STATES COURT OF APPEALS\nFOR THE FOURTH CIRCUIT\n\nNo. 03-1\n\nOWEN T. PRICE,\n\n    Petitioner - Appellant,\n\n"
        "    versus\n\nWARD B. KEEP, Director of Corrections; CARL M.\nVOSS, Attorney General of the State of Arcadia,\n\n"
        "    Respondents - Appellees.\n\nBefore LIND and MORO, Circuit Judges.\n\nPER CURIAM:\n\n"
        "Owen T. Price, a state prisoner, seeks to appeal the district court's order denying relief on his petition filed "
        "under 28 U.S.C. § 2254. Accordingly, we deny a certificate of appealability and dismiss the appeal.\n\nDISMISSED\n"
    )
    case = extract(text)
    assert ("Carl M. Voss", "prosecutor") in roles(case)
    assert ("Ward B. Keep", "prosecutor") not in roles(case)
    assert {("federal_habeas", "denied"), ("writ_application", "denied"), ("federal_habeas", "dismissed")} <= kinds(case)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Owen T. Price appeals the district court's denial of his 28 U.S.C. § 2255 motion to vacate. We affirm.\n\nAFFIRMED.",
         {("federal_habeas", "denied"), ("federal_habeas", "affirmed")}),
        ("Petitioner Price appeals to this Court the denial by the District Court of his petition for habeas corpus.\n\n"
         "The judgment of the District Court is affirmed.\n\n" + "A note on the statute that follows the decision. " * 60
         + "Respondent argues that the petition must therefore be dismissed.",
         {("federal_habeas", "denied"), ("federal_habeas", "affirmed")}),
        ("We grant Price's request for a certificate of appealability as to one claim. We decline to grant a certificate "
         "of appealability as to the others. We affirm.\n\nAFFIRMED.",
         {("writ_application", "granted"), ("writ_application", "denied")}),
    ],
)
def test_federal_collateral_review(body, expected):
    text = FED_HEAD.replace("Plaintiff - Appellee", "Respondent - Appellee").replace("Defendant - Appellant", "Petitioner - Appellant")
    case = extract(text + "Before LIND and MORO, Circuit Judges.\n\nPER CURIAM:\n\nOwen T. Price was convicted of robbery. " + body)
    assert expected <= kinds(case)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Owen T. Price was convicted by a jury of arson. On appeal, the Court of Appeals affirmed appellant\u2019s "
         "convictions. We granted appellant\u2019s petition for certiorari. Because we answer the question in the "
         "negative, the judgment is affirmed.\n\nJudgment affirmed. All the Justices concur.",
         [("cert_petition", "granted"), ("direct_appeal", "affirmed"), ("direct_appeal", "affirmed")]),
        ("Owen T. Price was found guilty after a bench trial of theft. On appeal, the appellate court affirmed defendant's "
         "convictions. We allowed defendant's petition for leave to appeal.\n\nAffirmed.",
         [("writ_application", "granted"), ("direct_appeal", "affirmed"), ("direct_appeal", "affirmed")]),
        ("Owen T. Price was convicted of assault by a jury.\n\nJudgments of sentence affirmed.",
         [("direct_appeal", "affirmed")]),
    ],
)
def test_state_review_history(body, expected):
    case = extract(STATE_HEAD + "BAKER, Justice.\n\n" + body)
    got = sorted((p["kind"], p.get("outcome")) for p in case.get("proceedings", []) if p["kind"] not in ("trial", "plea", "other"))
    assert got == sorted(expected)


@pytest.mark.parametrize(
    ("body", "offenses", "kind", "form"),
    [
        ("Owen T. Price appeals his sentence following his guilty-plea conviction for aiding and abetting the "
         "transportation of stolen goods.", ["aiding and abetting the transportation of stolen goods"], "plea", "plea"),
        ("A jury trial resulted in a conviction of appellant for Arson and Criminal Mischief. Appellant was sentenced "
         "to ten years.", ["arson", "criminal mischief"], "trial", "jury"),
        ("Owen T. Price challenges the 97-month sentence imposed upon him for conspiring to launder monetary "
         "instruments. He entered a plea agreement.", ["conspiring to launder monetary instruments"], "plea", "plea"),
        ("This is an appeal by the defendant, Owen Price, from sentence on conviction of murder of the first degree. "
         "His counsel told the jury about the arrest. A juror was not withdrawn.",
         ["murder of the first degree"], "trial", "jury"),
    ],
)
def test_conviction_lines(body, offenses, kind, form):
    case = extract(STATE_HEAD + "BAKER, Justice.\n\n" + body + "\n\nAffirmed.")
    assert charges(case) == offenses
    conv = [p for p in case["proceedings"] if p["kind"] in ("trial", "plea", "other")]
    assert [(p["kind"], p["verdict"].get("form")) for p in conv] == [(kind, form)]


@pytest.mark.parametrize(
    ("header", "tail", "expected"),
    [
        # a titled panel line with no "Before"
        ("Eve J. Holt, York County Public Defender, for appellant.\n\nINBODY, Chief Judge, and MOORE and CASSEL, Judges.\n\n"
         "CASSEL, Judge.\n\n", "",
         {("Inbody", "judge"), ("Moore", "judge"), ("Cassel", "judge"), ("Eve J. Holt", "defense_counsel")}),
        # a Texas-style panel and signature after the opinion
        ("OPINION\n\n", "\n\n                 AL SCOGGINS\n                 Justice\n\nBefore Chief Justice Gray,\n       Justice Davis, and\n"
         "       Justice Scoggins\nAffirmed",
         {("Al Scoggins", "judge"), ("Gray", "judge"), ("Davis", "judge")}),
        # votes at the end, in capitals and in a closing sentence
        ("", "\n\nChief Judge GRATTON and Judge MELANSON CONCUR.", {("Gratton", "judge"), ("Melanson", "judge")}),
        ("", "\n\nAffirmed.\n\nROAF, J., dissents. See dissenting opinion of Justice ROAF in Doe v. State, 324 Ark. 476, "
         "922 S.W.2d 685 (1996).", {("Roaf", "judge")}),
        # appointed counsel named in the body of an Anders disposition
        ("", "\n\nWe affirm the judgment and grant counsel's motion to withdraw. Attorney Ernest Dale must immediately send "
         "the notice required by the rules.", {("Ernest Dale", "defense_counsel")}),
    ],
)
def test_more_judge_and_counsel_layouts(header, tail, expected):
    body = "Owen T. Price was convicted of burglary by a jury and appeals. The judgment is affirmed."
    got = roles(extract(STATE_HEAD + header + body + tail))
    assert expected <= got
    assert ("Scoggins", "judge") not in got


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        ("The district court sentenced her to 24 months imprisonment for the first two offenses, and a consecutive "
         "24 months on the identity theft conviction.", ("term", 4.0)),
        ("The court sentenced Price to a term of 92 months followed by a mandatory consecutive sentence of 60 months.",
         ("term", 12.6667)),
        ("The court sentenced him to a term of 3\u00bd years.", ("term", 3.5)),
        ("His sentence included imprisonment and a 15-year license revocation. The court sentenced Price to 4 to 5 "
         "years' imprisonment and revoked his license for 15 years.", ("term", 5.0)),
        ("The court revoked Price's suspended sentence. In 1988, Price pled guilty to three counts of sexual "
         "intercourse without consent and was sentenced to forty years on each count.", ("term", 40.0)),
    ],
)
def test_sentence_families(body, sentence):
    case = extract(STATE_HEAD + "BAKER, Justice.\n\nOwen T. Price was convicted of theft. " + body + "\n\nAffirmed.")
    got = [(p["sentence"]["kind"], p["sentence"].get("years")) for p in case["proceedings"] if p.get("sentence")]
    assert got == [sentence]


@pytest.mark.parametrize(
    ("body", "offenses"),
    [
        ("Price was found guilty, after a bench trial in the circuit court of Dane County, of two counts of the "
         "lesser-included offense of possession of a controlled substance.", ["possession of a controlled substance"]),
        ("Price pled guilty to one count of kidnapping, a first degree felony, in violation of R.C. 2905.01; one count "
         "of abduction, a third degree felony, in violation of R.C. 2905.02; and one count of extortion, a fourth degree "
         "felony, in violation of R.C. 2905.11.\n\nThe court sentenced him to seven years.",
         ["kidnapping", "abduction", "extortion"]),
        ("Defendant was convicted of escape (Pen. Code, \u00a7 4532, subd. (b)), robbery (Pen. Code, \u00a7 211), and "
         "burglary (Pen. Code, \u00a7 459).", ["escape", "robbery", "burglary"]),
    ],
)
def test_charge_lists(body, offenses):
    assert charges(extract(STATE_HEAD + "BAKER, Justice.\n\n" + body + "\n\nAffirmed.")) == offenses


def test_sentence_pronounced_without_trial_or_plea_is_a_conviction():
    case = extract(FED_HEAD + "Before LIND and MORO, Circuit Judges.\n\nORDER AND JUDGMENT\n\nThis appeal is from an order "
                   "of the district court sentencing defendant to 37 months of imprisonment to be followed by three years "
                   "of supervised release. The appeal is DISMISSED.\n")
    conv = [p for p in case["proceedings"] if p["kind"] in ("trial", "plea", "other")]
    assert [(p["kind"], p["outcome"], p["sentence"]["years"]) for p in conv] == [("other", "convicted", round(37 / 12, 4))]


@pytest.mark.parametrize(
    ("header", "body", "expected"),
    [
        # New York: the disposition closes the opening paragraph
        ("Judgment, Supreme Court, Kings County (Nora Pike, J.), rendered May 1, 2014, convicting defendant, after a "
         "jury trial, of robbery in the second degree, and sentencing him to a term of 5 years, unanimously affirmed.\n\n",
         "The verdict was not against the weight of the evidence.", ("direct_appeal", "affirmed")),
        ("BAKER, Justice.\n\n", "Owen T. Price was convicted of robbery by a jury. We find no error.\n\nThe trial court is "
         "affirmed. DALE and FOX, JJ., concur.", ("direct_appeal", "affirmed")),
        ("BAKER, Justice.\n\n", "Owen T. Price was convicted of robbery by a jury. The Court of Appeals reversed. We "
         "disagree.\n\nThe judgment of the Court of Appeals is reversed and the judgment of the trial court is affirmed.",
         ("direct_appeal", "reversed")),
        ("OPINION PER CURIAM, June 13, 1968:\n\n", "Judgments of sentence affirmed.\n\nDISSENTING OPINION BY HOFFMAN, J.:"
         "\n\nAppellant was convicted of assault by a jury. I would vacate the sentence.", ("direct_appeal", "affirmed")),
    ],
)
def test_own_decision_families(header, body, expected):
    case = extract(STATE_HEAD + header + body)
    own = [(p["kind"], p.get("outcome")) for p in case["proceedings"] if p["kind"] not in ("trial", "plea", "other")]
    assert own[:1] == [expected]


def test_no_caption_plea_of_no_contest_is_criminal():
    text = (
        "This is an appeal from a judgment and denial of a motion for a new trial by the municipal court. On July 9, "
        "1971, defendant, the appellant herein, was arrested and charged with loitering. On July 10, 1971, defendant "
        "was brought before the court and a plea of no contest entered. The trial court erred in denying defendant's "
        "motion for a new trial.\n\nJudgment reversed. YOUNG and SHANNON, JJ., concur.\n"
    )
    case = extract(text)
    got = {(p["kind"], p.get("outcome")) for p in case["proceedings"]}
    assert {("arrest", None), ("plea", "convicted"), ("motion_new_trial", "denied"), ("direct_appeal", "reversed")} <= got
    assert {("Young", "judge"), ("Shannon", "judge")} <= roles(case)


def test_justices_listed_one_per_line_and_sitting_line():
    text = STATE_HEAD.replace("Supreme Court of Arcadia.", "Supreme Court of Arcadia.\n\nSitting: Alma L. L\u00f3pez, Chief Justice") + (
        "Hon. Lee G. Ward, Attorney General; Kay K. Dunn, Deputy Attorney General, Capitol, for respondent.\n\n"
        "Per Curiam.\n\n[\u00b61] Owen T. Price appeals from a district court order denying his application for "
        "post-conviction relief on his conviction for gross sexual imposition. We affirm.\n\n"
        "[\u00b62] Gerald W. Vande, C.J.\n\nDale V. Sands\n\nDaniel J. Crow\n\nLisa Fair Evers\n"
    )
    got = roles(extract(text))
    assert {("Alma L. L\u00f3pez", "judge"), ("Gerald W. Vande", "judge"), ("Dale V. Sands", "judge"),
            ("Daniel J. Crow", "judge"), ("Lisa Fair Evers", "judge"), ("Lee G. Ward", "prosecutor"),
            ("Kay K. Dunn", "prosecutor")} <= got


def test_habeas_appeal_from_an_order_denying_the_writ_and_conviction_upon_counts():
    text = (
        "HAROLD C. DOE, Appellant,\nv.\nJ. C. ROE, Warden, United States Penitentiary, Appellee.\n\nNo. 7681.\n\n"
        "United States Court of Appeals Tenth Circuit.\n\nJune 29, 1964.\n\nRobert B. Mill, Oklahoma City, Okl., for "
        "appellant.\n\nBen E. Frank, Asst. U.S. Atty., for appellee.\n\nBefore PIKE, LEWIS and SETH, Circuit Judges.\n\n"
        "PER CURIAM.\n\nThis is an appeal from an order denying petitioner's application for a writ of habeas corpus. "
        "After conviction upon two counts of Dyer Act violation petitioner was sentenced to three years. Co-defendants "
        "Ray Cole and Tim Dorn were tried separately.\n\nThe judgment is affirmed.\n"
    )
    case = extract(text)
    assert {("federal_habeas", "denied"), ("federal_habeas", "affirmed"), ("other", "convicted")} <= kinds(case)
    assert charges(case) == ["dyer act violation"]
    assert {("Ray Cole", "co_defendant"), ("Tim Dorn", "co_defendant")} <= roles(case)


def test_argued_before_delivered_and_with_whom_counsel():
    text = (
        "203 Arc. 400 (1953)\n\nPRICE\nv.\nSTATE\n\n[No. 46, October Term, 1953.]\n\nCourt of Appeals of Arcadia.\n\n"
        "Decided December 10, 1953.\n\nThe cause was argued before SOBEL, C.J., and DELA, COLLINS, HENDER and HAMM, JJ.\n\n"
        "Ian J. Keane, with whom was Carl E. Fordham on the brief, for the appellant.\n\nAmos T. Hart, Assistant Attorney "
        "General, with whom were Edward D.E. Rollins, Attorney General, and Carl J. Lanc, State's Attorney, on the brief, "
        "for the appellee.\n\nHENDER, J., delivered the opinion of the Court.\n\nThe appellant Owen Price was convicted of "
        "attempted bribery in a trial before the court without a jury.\n\nJudgment affirmed, with costs.\n"
    )
    got = roles(extract(text))
    assert {("Sobel", "judge"), ("Dela", "judge"), ("Collins", "judge"), ("Hender", "judge"), ("Hamm", "judge"),
            ("Ian J. Keane", "defense_counsel"), ("Carl E. Fordham", "defense_counsel"), ("Amos T. Hart", "prosecutor"),
            ("Edward D.E. Rollins", "prosecutor"), ("Carl J. Lanc", "prosecutor")} <= got


def test_ohio_signature_and_bench_trial_conviction():
    text = (
        "Defendant-appellant Daniel Roe appeals from his bench trial conviction for drug abuse. The trial court found "
        "defendant guilty of drug abuse beyond a reasonable doubt.\n\nJudgment affirmed.\n\nJOHN T. PAYTON, J., and "
        "PATRICIA A. BLACK, J., CONCUR.\n\n                ____________________ DIANE KARP PRESIDING JUDGE\n"
    )
    case = extract(text)
    assert {("John T. Payton", "judge"), ("Patricia A. Black", "judge"), ("Diane Karp", "judge")} <= roles(case)
    assert charges(case) == ["drug abuse"]


def test_considered_and_decided_by_panel_and_injury_offense():
    text = STATE_HEAD + (
        "Robert M. Speer, Minneapolis, MN (for appellant).\n\n"
        "Considered and decided by AMUND, Presiding Judge, KALIT, Judge, and HART, Judge.\n\nOPINION\n\nHART, Judge.\n\n"
        "Owen T. Price, appellant, was convicted of injuring a child. See Penal Code sec. 22.04. The jury sentenced him "
        "to twenty-five years.\n\nAffirmed.\n"
    )
    case = extract(text)
    assert {("Amund", "judge"), ("Kalit", "judge"), ("Hart", "judge")} <= roles(case)
    assert charges(case) == ["injuring a child"]
