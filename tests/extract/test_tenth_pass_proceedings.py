"""Tenth pass, proceedings: how courts of many kinds state this case's own disposition and history, in full opinions,
memoranda and one-paragraph orders; and the near misses that must not be read.

Every text here is made up; names, numbers and dockets are fictional.
"""

from __future__ import annotations

import pytest

from .helpers import proceedings
from .helpers import extract_text as extract

STATE_APP = ("COURT OF APPEALS OF ARCADIA\n\nSTATE OF ARCADIA, Appellee,\nv.\nJOHN ROE, Appellant.\n\nNo. 18-1234\n\n"
             "MEMORANDUM DECISION\n\n")
STATE_HIGH = ("SUPREME COURT OF ARCADIA\n\nSTATE OF ARCADIA, Appellee,\nv.\nJOHN ROE, Appellant.\n\nNo. 18-1234\n\nOPINION\n\n")
FED_APP = ("UNITED STATES COURT OF APPEALS\nFOR THE TWELFTH CIRCUIT\n\nUNITED STATES OF AMERICA,\nPlaintiff-Appellee,\nv.\n"
           "JOHN ROE,\nDefendant-Appellant.\n\nNo. 18-1234\n\nOPINION\n\n")
FED_CIVIL = ("UNITED STATES COURT OF APPEALS\nFOR THE TWELFTH CIRCUIT\n\nJOHN ROE,\nPlaintiff-Appellant,\nv.\nSAM POE, et al.,\n"
             "Defendants-Appellees.\n\nNo. 18-1234\n\nORDER\n\n")
FED_HAB = ("UNITED STATES DISTRICT COURT\nDISTRICT OF ARCADIA\n\nJOHN ROE,\nPetitioner,\nv.\nWARDEN SMITH,\nRespondent.\n\n"
           "No. 18-cv-1234\n\nMEMORANDUM AND ORDER\n\nPetitioner John Roe seeks a writ of habeas corpus under 28 U.S.C. \u00a7 2254. ")
FED_HAB_END = "\n\nFor these reasons, the petition is DENIED.\n"
APPEAL = "John Roe appeals his conviction for theft. He argues the court erred in admitting evidence. We find the argument unpersuasive.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a disposition in capitals over one long line (Maryland's style)
        (STATE_HIGH + "Petitioner was convicted of robbery. The Court of Special Appeals affirmed in an unreported opinion. "
         "We granted certiorari.\n\nJUDGMENT OF THE COURT OF SPECIAL APPEALS REVERSED. CASE REMANDED TO THAT COURT WITH "
         "INSTRUCTIONS TO REVERSE THE JUDGMENT OF THE CIRCUIT COURT AND REMAND FOR A NEW TRIAL. COSTS TO BE PAID BY RESPONDENT.\n",
         [("direct_appeal", "reversed"), ("direct_appeal", "affirmed"), ("cert_petition", "granted")]),
        # the capitals closing the last paragraph
        (FED_APP + "John Roe appeals the denial of his motion. Because he was sentenced as a career offender, he is "
         "ineligible. AFFIRMED.\n", [("direct_appeal", "affirmed")]),
        # North Carolina's "No error."
        (STATE_APP + "Defendant appeals from judgments entered upon jury verdicts finding him guilty of burglary. We hold "
         "defendant received a fair trial.\n\nNO ERROR.\n", [("direct_appeal", "affirmed")]),
        (STATE_APP + "Defendant appeals from judgments entered upon jury verdicts finding him guilty of burglary.\n\n"
         "No prejudicial error.\n", [("direct_appeal", "affirmed")]),
        # a one-word ruling opening the paragraph of reasons (Louisiana's writ dispositions)
        ("SUPREME COURT OF ARCADIA\n\nSTATE OF ARCADIA\nv.\nJOHN ROE\n\nNo. 2019-KP-0123\n\nON SUPERVISORY WRITS TO THE "
         "CRIMINAL DISTRICT COURT\n\nPER CURIAM:\n\nDenied. Relator fails to show he received ineffective assistance of counsel "
         "under the standard of Strickland v. Washington, 466 U.S. 668 (1984).\n", [("writ_application", "denied")]),
        # present tense only, with a modal or "now": "we will affirm", "We now reverse"
        (FED_APP + "Roe was convicted by a jury of possessing a firearm. He appeals the denial of his motion to suppress. "
         "We will affirm.\n\nFor the foregoing reasons, we will affirm the judgment of the District Court.\n",
         [("direct_appeal", "affirmed")]),
        (STATE_HIGH + "A jury convicted defendant of robbery. The Appellate Division affirmed. We granted certification. "
         "We now reverse and remand for a new trial.\n",
         [("direct_appeal", "reversed"), ("direct_appeal", "affirmed"), ("writ_application", "granted")]),
        # the finding and the decision in one breath
        (STATE_APP + APPEAL + "We find no reversible error and affirm.\n", [("direct_appeal", "affirmed")]),
        # a dismissal with its ground
        (STATE_APP + APPEAL + "Appeal dismissed as moot.\n", [("direct_appeal", "dismissed")]),
        (STATE_APP + APPEAL + "Appeal dismissed upon the ground that no substantial constitutional question is directly "
         "involved.\n", [("direct_appeal", "dismissed")]),
        # part of the judgment kept and part undone, in one sentence or in two
        (STATE_APP + "John Roe appeals his jury convictions for assault and harassment. We reverse the assault conviction, "
         "affirm the harassment conviction, and remand for resentencing.\n", [("direct_appeal", "other")]),
        (STATE_APP + "Defendant appeals as of right his jury trial convictions of burglary. We affirm defendant's "
         "convictions but remand for resentencing.\n", [("direct_appeal", "other")]),
        (STATE_APP + APPEAL + "We affirm Roe's conviction. We vacate his sentence and remand for resentencing.\n",
         [("direct_appeal", "other")]),
        # the appeal is from the post-conviction ruling though the history names the direct appeal
        (STATE_HIGH + "John Roe appeals the circuit court's order summarily denying his successive motion for postconviction "
         "relief. We have jurisdiction. For the reasons below, we affirm.\n\nRoe was convicted of murder. We affirmed his "
         "conviction and sentence on direct appeal.\n\nIt is so ordered.\n",
         [("pcr_application", "affirmed"), ("direct_appeal", "affirmed")]),
        # Florida's appeal line above the opinion
        ("DISTRICT COURT OF APPEAL OF ARCADIA\nFOURTH DISTRICT\n\nJOHN ROE,\nAppellant,\nv.\nSTATE OF ARCADIA,\nAppellee.\n\n"
         "No. 4D18-1234\n\nAppeal of order denying rule 3.850 motion from the Circuit Court for Dale County; Jane Poe, Judge.\n\n"
         "PER CURIAM.\n\nAffirmed.\n", [("pcr_application", "affirmed"), ("pcr_application", "denied")]),
        # the post-conviction statutes by number, and "We affirmed on direct appeal"
        (STATE_HIGH + "Roe appeals the summary denial of his K.S.A. 60-1507 motion. We affirm.\n\nRoe was convicted of murder. "
         "We affirmed on direct appeal.\n\nAffirmed.\n", [("pcr_application", "affirmed"), ("direct_appeal", "affirmed")]),
        # the ruling on the petition told in the next sentence
        (STATE_HIGH + "Roe was found guilty by a jury of rape. Roe subsequently filed a pro se petition for postconviction "
         "relief under Rule 37.1. The petition was denied, and Roe lodged an appeal in this court. Because Roe could not "
         "prevail, the appeal is dismissed.\n\nAppeal dismissed.\n", [("pcr_application", "denied")]),
        # the accused's motion to withdraw his plea, and its ruling
        (STATE_APP + "Roe appeals from the judgment of the trial court denying his motion to withdraw his guilty plea. "
         "We affirm.\n\nRoe pleaded guilty to assault.\n\nThe judgment of the trial court is affirmed.\n",
         [("other", "denied"), ("direct_appeal", "affirmed")]),
        # Georgia's disposition closing the last paragraph; Texas's "in all things affirmed"
        ("COURT OF APPEALS OF ARCADIA\n\nROE v. THE STATE.\n\nA19A1234\n\nPER CURIAM.\n\nJohn Roe was convicted of burglary. He "
         "appeals, contending that the evidence was insufficient. The evidence was sufficient. Judgment affirmed.\n",
         [("direct_appeal", "affirmed")]),
        (STATE_APP + APPEAL + "The judgment of the trial court is in all things affirmed.\n", [("direct_appeal", "affirmed")]),
        # a federal habeas appeal: the district court's grant, and this court's denial of a certificate the accused requests
        ("UNITED STATES COURT OF APPEALS\nFOR THE TWELFTH CIRCUIT\n\nJOHN ROE,\nPetitioner-Appellee,\nv.\nWARDEN SMITH,\n"
         "Respondent-Appellant.\n\nNo. 18-1234\n\nOPINION\n\nThe district court granted John Roe's petition for a writ of habeas "
         "corpus under 28 U.S.C. \u00a7 2254. The State appeals. We reverse.\n\nREVERSED.\n",
         [("federal_habeas", "reversed"), ("federal_habeas", "granted")]),
        ("UNITED STATES COURT OF APPEALS\nFOR THE TWELFTH CIRCUIT\n\nJOHN ROE,\nPetitioner-Appellant,\nv.\nWARDEN SMITH,\n"
         "Respondent-Appellee.\n\nNo. 18-1234\n\nORDER\n\nJohn Roe, a state prisoner, requests a certificate of appealability to "
         "challenge the district court's dismissal of his 28 U.S.C. \u00a7 2254 petition as untimely. We deny the request and "
         "dismiss the appeal.\n", [("federal_habeas", "dismissed"), ("writ_application", "denied")]),
        # a court of review deciding leave to appeal a post-conviction ruling decides the application for leave
        ("SUPREME COURT OF ARCADIA\n\nPEOPLE OF THE STATE OF ARCADIA,\nPlaintiff-Appellee,\nv.\nJOHN ROE,\nDefendant-Appellant.\n\n"
         "No. 158123\n\nORDER\n\nOn order of the Court, the application for leave to appeal the May 1, 2018 order of the Court of "
         "Appeals is considered, and it is DENIED, because the defendant has failed to establish entitlement to relief on his "
         "motion for postconviction relief.\n", [("writ_application", "denied")]),
        # an order in the third person; Florida's "quashes"
        ("SUPREME COURT OF ARCADIA\n\nJOHN ROE,\nPetitioner,\nv.\nSTATE OF ARCADIA,\nRespondent.\n\nNo. SC19-1234\n\n"
         "The Court hereby grants the petition for review and quashes the decision of the district court.\n",
         [("direct_appeal", "vacated"), ("writ_application", "granted")]),
        # the state rounds told by a federal court
        (FED_HAB + "Roe was convicted of robbery. The Appellate Division affirmed the judgment of conviction, and leave to "
         "appeal to the Court of Appeals was denied." + FED_HAB_END, [("direct_appeal", "affirmed"), ("writ_application", "denied")]),
        (FED_HAB + "Roe was convicted of robbery. His direct appeal was unsuccessful." + FED_HAB_END, [("direct_appeal", "affirmed")]),
        (FED_HAB + "Roe was convicted of robbery. He then filed a motion for postconviction relief, which the trial court denied "
         "after a hearing. The state appellate court affirmed the denial." + FED_HAB_END,
         [("pcr_application", "denied"), ("pcr_application", "affirmed")]),
        (FED_HAB + "Roe was convicted of robbery. He sought post-conviction relief in state court without success." + FED_HAB_END,
         [("pcr_application", "denied")]),
        # a motion for summary affirmance granted affirms the judgment; "we summarily affirm"
        (FED_APP + "John Roe appeals his conviction for bank robbery. The government has moved for summary affirmance. Because "
         "the issues are foreclosed by precedent, the government's motion for summary affirmance is GRANTED.\n",
         [("direct_appeal", "affirmed")]),
        (FED_APP + "John Roe appeals his conviction for bank robbery. The issues are foreclosed. We summarily affirm.\n",
         [("direct_appeal", "affirmed")]),
        # the charges dismissed after another ruling; a DNA-testing motion ruled on in the next sentence
        (STATE_APP + "Roe was charged with burglary. The trial court granted Roe's motion to suppress and dismissed the "
         "information. The State appeals. We reverse.\n\nReversed and remanded.\n", [("dismissal", None)]),
        (STATE_APP + "Roe was convicted of murder in 1990. In 2015 he moved for post-conviction DNA testing. The trial court "
         "denied the motion. We affirm.\n", [("dna_testing_application", "denied")]),
        # Texas's disposition above the caption, Kentucky's under "OPINION"
        ("Affirmed and Memorandum Opinion filed May 1, 2019.\n\nIn The\n\nFourteenth Court of Appeals\n\nNO. 14-18-00123-CR\n\n"
         "JOHN ROE, Appellant\nV.\nTHE STATE OF ARCADIA, Appellee\n\nMEMORANDUM OPINION\n\nAppellant John Roe challenges his "
         "conviction for aggravated robbery. A jury found him guilty. The evidence is sufficient. We overrule appellant's issues.\n",
         [("direct_appeal", "affirmed")]),
        ("REVERSE and REMAND; and Opinion Filed June 3, 2019\n\nIn The\nCourt of Appeals\nFifth District at Dallas\n\n"
         "No. 05-18-01234-CR\n\nJOHN ROE, Appellant\nV.\nTHE STATE OF ARCADIA, Appellee\n\nMEMORANDUM OPINION\n\nA jury convicted "
         "appellant of assault. He contends the trial court erred in refusing an instruction. We sustain the issue.\n",
         [("direct_appeal", "reversed")]),
        ("Commonwealth of Arcadia\nCourt of Appeals\n\nNO. 2018-CA-001234-MR\n\nJOHN ROE APPELLANT\n\nv.\n\nCOMMONWEALTH OF "
         "ARCADIA APPELLEE\n\nOPINION\nAFFIRMING\n\nJohn Roe appeals from the circuit court's judgment convicting him of "
         "robbery. The trial court did not err in admitting the statement.\n", [("direct_appeal", "affirmed")]),
        ("UNITED STATES COURT OF APPEALS\nFOR THE TWELFTH CIRCUIT\n\nUNITED STATES OF AMERICA,\nPlaintiff - Appellee,\nv.\n"
         "JOHN ROE,\nDefendant - Appellant.\n\nNo. 18-4123\n\nBefore SMITH, JONES, and DOE, Circuit Judges.\n\nAffirmed by "
         "unpublished per curiam opinion.\n\nPER CURIAM:\n\nJohn Roe pleaded guilty to possession of a firearm. On appeal, "
         "Roe argues his sentence is unreasonable. We disagree.\n", [("direct_appeal", "affirmed")]),
        # Illinois's "Held:" and a summary dismissal of a post-conviction petition
        ("APPELLATE COURT OF ARCADIA\nFIRST DISTRICT\n\nTHE PEOPLE OF THE STATE OF ARCADIA, Plaintiff-Appellee,\nv.\nJOHN ROE, "
         "Defendant-Appellant.\n\nNo. 1-17-1234\n\nORDER\n\n\u00b6 1 Held: The circuit court's summary dismissal of defendant's "
         "postconviction petition is affirmed.\n\n\u00b6 2 Defendant John Roe appeals from the summary dismissal of his pro se "
         "petition under the Post-Conviction Hearing Act. We affirm.\n\n\u00b6 20 Affirmed.\n",
         [("pcr_application", "affirmed"), ("pcr_application", "dismissed")]),
        # New Jersey certifying on its own motion
        (STATE_HIGH + "Roe pleaded guilty to robbery. He later applied for resentencing. The motion was denied, following "
         "which an appeal was taken to the Appellate Division. We certified before the matter was argued there.\n\n"
         "The order is affirmed.\n", [("writ_application", "granted")]),
        # Pennsylvania's Superior Court and allocatur; an earlier appeal dismissed
        (FED_HAB + "Roe was convicted of robbery. The Superior Court affirmed, and the Supreme Court denied allocatur." + FED_HAB_END,
         [("direct_appeal", "affirmed"), ("writ_application", "denied")]),
        (FED_HAB + "Roe was convicted of robbery. The Court of Appeals dismissed his appeal as untimely." + FED_HAB_END,
         [("direct_appeal", "dismissed")]),
        # Nevada's order of affirmance; "We granted review and now affirm."
        (STATE_HIGH.replace("OPINION", "ORDER OF AFFIRMANCE") + "This is an appeal from a judgment of conviction, pursuant to a "
         "jury verdict, of burglary. We conclude the evidence was sufficient. Accordingly, we\n\nORDER the judgment of "
         "conviction AFFIRMED.\n", [("direct_appeal", "affirmed")]),
        (STATE_HIGH + "Petitioner seeks review of the Court of Appeals' decision affirming his conviction for assault. We "
         "granted review and now affirm.\n", [("direct_appeal", "affirmed"), ("writ_application", "granted")]),
        # a paragraph-numbered final line
        ("APPELLATE COURT OF ARCADIA\n\nTHE PEOPLE OF THE STATE OF ARCADIA, Plaintiff-Appellee,\nv.\nJOHN ROE, Defendant-Appellant.\n\n"
         "No. 1-17-1234\n\nORDER\n\n\u00b6 2 Following a bench trial, defendant John Roe was convicted of armed robbery. He "
         "contends the evidence was insufficient.\n\n\u00b6 30 The evidence was sufficient.\n\n\u00b6 31 Affirmed.\n",
         [("direct_appeal", "affirmed")]),
        # an earlier appeal named as such
        (STATE_APP + "This is Roe's second appeal. In his first appeal, we reversed his conviction for robbery and remanded "
         "for a new trial. On retrial, a jury again convicted him. We affirm.\n",
         [("direct_appeal", "reversed"), ("direct_appeal", "affirmed")]),
        # a reporter's table of decisions without opinion
        ("942 So. 2d 891 (2006)\n\nROE\n\nv.\n\nSTATE.\n\nNo. 4D06-2691.\n\nDistrict Court of Appeal of Arcadia, Fourth District.\n\n"
         "August 2, 2006.\n\nDecision without published opinion. Affirmed.\n", [("direct_appeal", "affirmed")]),
        ("720 S.E.2d 461 (2011)\n\nSTATE\n\nv.\n\nROE.\n\nNo. COA11-537.\n\nCourt of Appeals of Arcadia.\n\nFiled December 20, 2011.\n\n"
         "Case Reported Without Published Opinion Affirmed.\n", [("direct_appeal", "affirmed")]),
        ("535 U.S. 978\n\nROE v. UNITED STATES.\n\nNo. 01-8665.\n\nSupreme Court of the United States.\n\nApril 1, 2002.\n\n"
         "C. A. 5th Cir. Certiorari denied. Reported below: 281 F.3d 1278.\n", [("cert_petition", "denied")]),
        ("23 A.3d 541 (2011)\n\nSTATE OF ARCADIA\n\nv.\n\nJOHN ROE.\n\nNo. 13 WAL (2011).\n\nSupreme Court of Arcadia.\n\n"
         "June 6, 2011.\n\nDisposition of Petition for Allowance of Appeal Denied.\n", [("writ_application", "denied")]),
        # North Carolina's order on a petition, entered in conference
        ("SUPREME COURT OF ARCADIA\n\nSTATE OF ARCADIA\nv.\nJOHN ROE\n\nNo. 399P11-1.\n\nORDER\n\nUpon consideration of the "
         "petition filed on the 12th of July 2011 by Defendant in this matter for discretionary review of the decision of the "
         "Court of Appeals, the following order was entered:\n\n\"Denied by order of the Court in conference, this the 16th of "
         "November 2011.\"\n", [("writ_application", "denied")]),
        # a civil appeal: the ruling it reviews
        (FED_CIVIL + "John Roe, a prisoner, sued prison officials under 42 U.S.C. \u00a7 1983. The district court granted "
         "summary judgment for the defendants. We affirm.\n\nAFFIRMED\n", [("other", "affirmed"), ("other", "granted")]),
    ],
)
def test_reads_the_disposition_and_history(text: str, expected: list[tuple[str, str]]) -> None:
    got = proceedings(extract(text))
    for item in expected:
        assert item in got, (item, got)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a rule of law about motions to withdraw a plea, not this accused's motion
        (FED_APP + "John Roe appeals his sentence. A defendant whose motion to withdraw a guilty plea is denied may appeal. "
         "Roe did not move to withdraw his plea. We affirm.\n\nAFFIRMED.\n", ("other", "denied")),
        # what the court should have done is no ruling
        (STATE_APP + "Roe pleaded guilty to theft. He argues that the court should have granted his motion to withdraw his "
         "guilty plea.\n\nAffirmed.\n", ("other", "granted")),
        # past tense "we affirmed" is history, not this court's decision; a rehearing is not recorded
        (STATE_APP + APPEAL + "We affirmed the conviction of a co-defendant last year.\n\nMotion for rehearing denied.\n",
         ("direct_appeal", "affirmed")),
        # the conviction affirmed whole: no mixed decision
        (STATE_APP + APPEAL + "We affirm the conviction and the sentence.\n", ("direct_appeal", "other")),
        # a court of last resort's own decision on the intermediate court's judgment is not that court's ruling
        (STATE_HIGH + "Petitioner was convicted of robbery. We granted certiorari.\n\nJUDGMENT OF THE COURT OF SPECIAL APPEALS "
         "AFFIRMED. COSTS TO BE PAID BY PETITIONER.\n", ("direct_appeal", "reversed")),
        # a standard of review is not a decision
        (STATE_APP + "John Roe appeals his conviction for theft. We will reverse the trial court's decision on these matters "
         "only when it abuses its discretion. The court did not abuse its discretion here.\n", ("direct_appeal", "reversed")),
        # a rule of review in the future tense is no decision
        (STATE_APP + "John Roe appeals his conviction for theft. On appeal, we will affirm a trial court's evidentiary ruling "
         "if it is correct on any theory. The ruling here was wrong.\n", ("direct_appeal", "affirmed")),
        # "would" is not a decision
        (STATE_APP + APPEAL + "Were the error preserved, we would reverse. It was not.\n\nAffirmed.\n", ("direct_appeal", "reversed")),
        # the charges dismissed only as part of the plea bargain is no dismissal of the case
        (STATE_APP + "Roe pleaded guilty to theft, and the court granted the State's motion and dismissed the remaining "
         "charges under the plea agreement.\n\nAffirmed.\n", ("dismissal", None)),
        # the appeal dismissed in the post-conviction chain is no direct appeal
        (FED_HAB + "Roe was convicted of robbery. He filed a petition for postconviction relief, which was denied. The Court "
         "of Appeals dismissed his appeal as untimely." + FED_HAB_END, ("direct_appeal", "dismissed")),
        # an appeal in the post-conviction chain is no earlier direct appeal
        (STATE_APP + "In his first appeal, from the denial of postconviction relief, we affirmed the judgment denying relief. "
         "We now consider his sentence. We affirm.\n", ("direct_appeal", "reversed")),
        # a certified question is no grant of review
        (FED_APP + APPEAL + "We certified the question to the state supreme court, which answered it.\n\nAFFIRMED.\n",
         ("writ_application", "granted")),
        # an order on a side motion entered in conference is no ruling on a petition for review
        ("SUPREME COURT OF ARCADIA\n\nSTATE OF ARCADIA\nv.\nJOHN ROE\n\nNo. 399P11-1.\n\nThe following order has been entered "
         "on the motion filed on the 15th of September 2011 by Defendant to Appoint Counsel:\n\n\"Dismissed as Moot by order of "
         "the Court in conference, this the 6th of October 2011.\"\n", ("writ_application", "dismissed")),
        # a civil appeal that does not say what the court below did
        (FED_CIVIL + "John Roe sued prison officials under 42 U.S.C. \u00a7 1983. A grant of summary judgment is proper if "
         "there is no genuine issue of material fact. We affirm.\n\nAFFIRMED\n", ("other", "granted")),
    ],
)
def test_near_misses(text: str, absent: tuple[str, str]) -> None:
    got = proceedings(extract(text))
    assert absent not in got, got
