"""Ninth pass, short orders: the forms in which courts of review deny or refuse a petition for review, found by probing
made-up orders.

Every text here is made up; names, courts and numbers are fictional. Each rule is written for a way courts word a short
order (Pennsylvania's "Petition for Allowance of Appeal is DENIED", Michigan's "the application for leave to appeal ...
is considered, and it is DENIED", Texas's "petition for discretionary review is refused"), not for one opinion.
"""

from __future__ import annotations

import pytest

from .helpers import extract_text as extract
from .helpers import proceedings

PA_CAPTION = ("IN THE SUPREME COURT OF PENNSYLVANIA\n\nCOMMONWEALTH OF PENNSYLVANIA, Respondent\nv.\n"
              "TERRENCE WALLACE, Petitioner\n\nNo. 901 MAL 2031\n\n"
              "Petition for Allowance of Appeal from the Order of the Superior Court\n\nORDER\n\nPER CURIAM\n\n")
MI_CAPTION = ("MICHIGAN SUPREME COURT\n\nPEOPLE OF THE STATE OF MICHIGAN, Plaintiff-Appellee,\nv.\n"
              "ANDRE WOLCOTT, Defendant-Appellant.\n\nSC: 961220\nCOA: 948811\n\nORDER\n\n")
TX_CAPTION = ("COURT OF CRIMINAL APPEALS OF TEXAS\n\nNO. PD-9412-31\n\nRAUL MENDEZ, Appellant\nv.\nTHE STATE OF TEXAS\n\n"
              "ON APPELLANT'S PETITION FOR DISCRETIONARY REVIEW FROM THE FOURTEENTH COURT OF APPEALS, ELM COUNTY\n\n")
ORDER_CAPTION = ("SUPREME COURT OF ARCADIA\n\nSTATE OF ARCADIA, Plaintiff-Respondent,\nv.\nLIAM FORTNER, Defendant-Petitioner.\n\n"
                 "No. 77,101\n\nORDER\n\n")
PA_SUPERIOR = ("IN THE SUPERIOR COURT OF PENNSYLVANIA\n\nCOMMONWEALTH OF PENNSYLVANIA, Appellee\nv.\nGARRETT HOLLIS, Appellant\n\n"
               "No. 9822 EDA 2031\n\nAppeal from the Judgment of Sentence in the Court of Common Pleas of Elm County.\n\n"
               "MEMORANDUM BY ORTON, J.:\n\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Pennsylvania's order on a petition for allowance of appeal
        (PA_CAPTION + "AND NOW, this 14th day of May, 2031, the Petition for Allowance of Appeal is DENIED.\n",
         [("writ_application", "denied")]),
        # the petition opens the sentence the ruling closes (Michigan's standard order)
        (MI_CAPTION + "On order of the Court, the application for leave to appeal the March 12, 2031 judgment of the Court "
         "of Appeals is considered, and it is DENIED, because we are not persuaded that the questions presented should be "
         "reviewed by this Court.\n", [("writ_application", "denied"), ("direct_appeal", None)]),  # (the dated judgment below, eleventh pass)
        # the ruling read from an "ORDER" heading on: the petition is in the sentence under it
        (ORDER_CAPTION + "The motion for discretionary review is denied.\n", [("writ_application", "denied")]),
        (ORDER_CAPTION + "It is ORDERED that the petition for certification is denied.\n", [("writ_application", "denied")]),
        (ORDER_CAPTION + "The defendant's application for further appellate review is denied.\n",
         [("writ_application", "denied")]),
        (ORDER_CAPTION + "The petition for writ of certiorari is denied.\n", [("cert_petition", "denied")]),
        # a one-line order on a petition for review
        (ORDER_CAPTION + "Review denied.\n", [("writ_application", "denied")]),
        (ORDER_CAPTION + "Certiorari denied.\n", [("cert_petition", "denied")]),
        (ORDER_CAPTION + "Transfer granted.\n", [("writ_application", "granted")]),
        # the petition named on the ruling's line
        (ORDER_CAPTION + "Petition for review DENIED.\n", [("writ_application", "denied")]),
        (ORDER_CAPTION + "Application for leave to appeal denied.\n", [("writ_application", "denied")]),
        # a petition for rehearing after the decision is not the decision
        (ORDER_CAPTION + "Powers was convicted of robbery. We find no error.\n\nAFFIRMED.\n\nPetition for rehearing denied.\n",
         [("other", "convicted"), ("direct_appeal", "affirmed")]),
        # an order deciding the appeal itself stays the appeal's
        (ORDER_CAPTION + "The judgment of the Appellate Division is affirmed.\n", [("direct_appeal", "affirmed")]),
        # Texas refuses a petition for discretionary review; the court of appeals' affirmance is its own entry
        (TX_CAPTION + "Appellant was convicted of aggravated robbery and sentenced to thirty years. The court of appeals "
         "affirmed. Appellant's petition for discretionary review is refused.\n\nPETITION REFUSED.\n",
         [("other", "convicted"), ("writ_application", "denied"), ("direct_appeal", "affirmed")]),
    ],
)
def test_review_petition_orders(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert proceedings(extract(text)) == expected


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ("our Supreme Court denied his petition for allowance of appeal on March 2, 2029", True),
        ("his petition for allowance of appeal was denied on March 2, 2029", True),
        ("our Supreme Court denied allowance of appeal on March 2, 2029", True),
        # no ruling on a petition: the phrase alone is not a proceeding
        ("he did not file a petition for allowance of appeal", False),
    ],
)
def test_allowance_of_appeal_in_the_history(history: str, expected: bool) -> None:
    text = (PA_SUPERIOR + "A jury convicted Hollis of robbery in 2027, and the trial court sentenced him to eight to sixteen "
            f"years' imprisonment. This Court affirmed the judgment of sentence, and {history}. Hollis now appeals from "
            "the order revoking his parole.\n\nWe find no error in the trial court's ruling. The order is affirmed.\n")
    assert (("writ_application", "denied") in proceedings(extract(text))) is expected


HISTORY_HEAD = ("1 A.2d 2 (2031)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nNo. 4601.\n\n"
                "Court of Appeals of Arcadia.\n\nROSS, Justice.\n\n")


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        # a petition for review refused, in the history an opinion tells
        ("The Supreme Court of Arcadia refused his petition for appeal on June 1, 2029.", True),
        ("His petition for appeal to the Supreme Court of Arcadia was refused.", True),
        ("The Court of Criminal Appeals refused his petition for discretionary review.", True),
        ("The Supreme Court refused to issue a writ of error.", True),
        # a refusal of something else is no review petition
        ("The trial court refused to grant a mistrial.", False),
        ("His petition for an appeal bond was refused.", False),
    ],
)
def test_refused_review_petitions(history: str, expected: bool) -> None:
    text = (HISTORY_HEAD + "Powers was convicted of robbery in 2027 and sentenced to ten years. The appellate court "
            f"affirmed. {history} Powers then filed a petition for post-conviction relief, which the trial court denied. "
            "He appeals.\n\nWe find no error. The judgment is affirmed.\n")
    assert (("writ_application", "denied") in proceedings(extract(text))) is expected
