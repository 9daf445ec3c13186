"""Tenth pass on the document's segmentation (context.py).

Every text here is made up; names, courts and numbers are fictional. Each rule is written for a way reporters and
courts print things (a government named short in a caption, a trial court's order that opens "Before the Court is"),
not for one opinion.
"""

from __future__ import annotations

import pytest

from .helpers import context


def _caption(first: str, second: str, body: str) -> str:
    return (f"123 F.2d 456\n\n{first}\nv.\n{second}\n\nNo. 88-1234.\n\nUnited States Court of Appeals,\nTwelfth Circuit.\n\n"
            f"May 1, 1988.\n\n{body}\n")


# --- a government named short ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("first", "second", "government", "accused"),
    [
        ("COM.", "ROE.", "Commonwealth", "Roe"),
        ("Com.", "Roe", "Commonwealth", "Roe"),
        ("Commw.", "Roe", "Commonwealth", "Roe"),
        ("U.S.", "John Roe", "United States", "John Roe"),
        ("U. S.", "John Roe", "United States", "John Roe"),
        ("USA", "John Roe", "United States", "John Roe"),
        ("ROE", "NORTH CAROLINA.", "North Carolina", "Roe"),
        ("Roe", "Ohio", "Ohio", "Roe"),
    ],
)
def test_a_government_named_short_is_the_government(first: str, second: str, government: str, accused: str) -> None:
    ctx = context(_caption(first, second, "AFFIRMED."))
    gov = [p for p in ctx.parties if p.government]
    assert [p.name for p in gov] == [government]
    assert ctx.defendant_party is not None and ctx.defendant_party.name == accused
    assert ctx.criminal


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("U.S. Steel Corp.", "John Roe"),  # a business whose name starts with the country's
        ("Ohio Casualty Insurance Co.", "John Roe"),  # a business named after a State
        ("Commerce Bank", "John Roe"),  # "Com" only as the whole name
        ("Carolina Poe", "John Roe"),  # a person's name that holds part of a State's
    ],
)
def test_a_name_that_only_starts_like_a_government_is_not_one(first: str, second: str) -> None:
    ctx = context(_caption(first, second, "Roe sued for the price of goods sold under a contract. AFFIRMED."))
    assert not any(p.government for p in ctx.parties)
    assert not ctx.criminal


# --- a trial court's order that opens "Before the Court is" ---------------------------------------------------------

ORDER_HEAD = ("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF NOWHERE\n\nUNITED STATES OF AMERICA,\n\nPlaintiff,\n\n"
              "v.                                        Case No. 09-20123\n\nJOHN ROE,\n\nDefendant.\n\n"
              "OPINION AND ORDER DENYING DEFENDANT'S MOTION TO VACATE SENTENCE\n\n")


@pytest.mark.parametrize(
    "opening",
    [
        "Before the Court is Defendant's Motion to Vacate, Set Aside, or Correct Sentence under 28 U.S.C. § 2255.",
        "Before the Court are Defendant's motions to vacate his sentence and for an evidentiary hearing.",
        "BEFORE THE COURT is the defendant's motion under 28 U.S.C. § 2255.",
        "Before this Court now is the defendant's pro se motion to vacate his sentence under 28 U.S.C. § 2255.",
    ],
)
def test_before_the_court_is_opens_the_order_not_the_header(opening: str) -> None:
    body = (opening + " Defendant pleaded guilty to bank robbery and was sentenced to 120 months. For the reasons below, the "
            "motion is DENIED.\n\nAccordingly, IT IS ORDERED that the motion is DENIED.\n")
    text = ORDER_HEAD + body
    ctx = context(text)
    assert ctx.header_end <= text.index(opening)


def test_a_panel_line_still_closes_the_header() -> None:
    text = ("ROE v. POE\n\nNo. 12-3456\n\nBefore SMITH, JONES, and DOE, Circuit Judges.\n\n"
            "Roe appeals the dismissal of his complaint. We affirm.\n")
    ctx = context(text)
    assert ctx.header_end == text.index("Circuit Judges.") + len("Circuit Judges.")
