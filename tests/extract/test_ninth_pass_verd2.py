"""Ninth pass (verdicts, second round): one grading vocabulary, an earlier retrial, ranges of years.

Every text here is made up; names, courts and numbers are fictional.
"""

from __future__ import annotations

import pytest

from dayincourt.extract._text import DATE_RE, parse_date
from dayincourt.extract.verdicts import (
    _JURY_FORM_RE,
    _convicted_of_less_than_charged,
    convicted_of_lesser,
    graded_lower,
    retried_before,
)

from .helpers import context


# --- one grading vocabulary: document level and sentence level ------------------------------------------------------

@pytest.mark.parametrize(
    ("charged", "offenses", "lesser"),
    [
        ("first-degree murder", ["second-degree murder"], True),
        ("robbery in the first degree", ["robbery in the second degree"], True),
        ("a class A felony of arson", ["class B felony of arson"], True),
        ("rape and kidnapping", ["sexual battery"], True),  # an offense the charge includes
        ("aggravated assault", ["assault"], True),
        ("second-degree murder", ["second-degree murder"], False),
        ("burglary", ["robbery"], False),  # a different offense, not a lesser one
        ("murder", [], False),
    ],
)
def test_convicted_of_lesser(charged: str, offenses: list[str], lesser: bool) -> None:
    assert convicted_of_lesser(charged, offenses) is lesser


@pytest.mark.parametrize(
    ("charged", "convicted", "lower"),
    [
        ("1st degree assault", "2nd degree assault", True),
        ("assault in the first degree", "assault in the third degree", True),
        ("assault in the third degree", "assault in the first degree", False),
    ],
)
def test_graded_lower_reads_every_degree_form(charged: str, convicted: str, lower: bool) -> None:
    assert graded_lower(charged, convicted) is lower


@pytest.mark.parametrize(
    ("sentence", "lesser"),
    [
        ("Roe was charged with first-degree burglary and convicted of second-degree burglary.", True),
        ("Roe was charged with assault in the first degree and pleaded guilty to assault in the second degree.", True),
        ("Roe was indicted for murder and convicted of involuntary manslaughter.", True),
        # the same grade, or a class that names no offense, is not a lesser conviction
        ("Roe was charged with second-degree burglary and convicted of second-degree burglary.", False),
        ("Roe was charged with a class A felony and convicted of a class B felony.", False),
    ],
)
def test_convicted_of_less_than_charged(sentence: str, lesser: bool) -> None:
    assert _convicted_of_less_than_charged(sentence) is lesser


# --- an earlier appeal that ordered a retrial ------------------------------------------------------------------------

_FILLER = "The trial court heard the motions in limine and ruled on each of them before the jury was sworn. " * 6


# a curly apostrophe in the order does not hide it
@pytest.mark.parametrize(
    ("text", "retried"),
    [
        ("Roe was convicted of murder. This Court previously vacated Roe\u2019s convictions and remanded for a new trial. "
         "At the retrial the jury again found Roe guilty. " + _FILLER + "We affirm.", True),
        # this court's own order for a retrial, at the end of the opinion, is no earlier one
        ("Roe was convicted of murder. " + _FILLER + "We reverse the judgment and remand the case for retrial.", False),
    ],
)
def test_retried_before(text: str, retried: bool) -> None:
    ctx = context(text)
    assert retried_before(ctx, len(ctx.text)) is retried


# --- a range of years is read as its first year ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Between 2004 and 2008, Roe sold shares in a company that did not exist.", ["2004"]),
        ("From 1987 to 1991 the officers watched the house.", ["1987"]),
        ("from 1987 through 1991", ["1987"]),
        # a lone "from" before a year is no date of anything (a statute from 1987)
        ("a statute from 1987 governs", []),
        ("between Roe and Poe", []),
    ],
)
def test_year_ranges(text: str, dates: list[str]) -> None:
    assert [parse_date(m) for m in DATE_RE.finditer(text)] == dates


# --- a curly apostrophe in "the jury's verdict" -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "jury"),
    [
        ("Roe appeals from the jury\u2019s verdict of guilty.", True),
        ("Roe appeals from the jury's verdict of guilty.", True),
        ("Roe appeals from the court\u2019s verdict of guilty.", False),
    ],
)
def test_jury_form_with_curly_apostrophe(text: str, jury: bool) -> None:
    assert bool(_JURY_FORM_RE.search(text)) is jury
