"""Jury votes in every form; a vote is never read as a date; the conviction's verdict."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dayincourt.extract import Match, find_jury_votes
from dayincourt.extract.verdicts import extract_convictions

from .helpers import context


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("The jury returned a 10-2 verdict of guilty.", ["10-2"]),
        ("convicted by a non-unanimous (10\u20132) jury", ["10-2"]),
        ("He was convicted by a ten to two jury verdict.", ["10-2"]),
        ("The jury, by a vote of 11 to 1, found him guilty.", ["11-1"]),
        ("eleven of the twelve jurors voted to convict", ["11-1"]),
        ("only 10 out of 12 jurors agreed", ["10-2"]),
        ("When the jury was polled, ten jurors voted guilty and two voted not guilty.", ["10-2"]),
        ("The poll showed nine guilty votes and three not guilty votes; the verdict stood.", ["9-3"]),
        ("the jury split eleven-to-one on the count", ["11-1"]),
        ("a unanimous 12-0 verdict", ["12-0"]),
    ],
)
def test_vote_forms(text, votes):
    found = find_jury_votes(text)
    assert [m.value for m in found] == votes
    for m in found:
        assert text[m.start : m.end] == m.quote


@pytest.mark.parametrize(
    "text",
    [
        "The jury was sworn on 10-2-2009 and deliberated.",  # a date
        "The jury verdict was entered 10/2/2009.",
        "Trial resumed on October 10-2 the jury returned.",
        "See Tr. at 47-48 (jury instructions).",  # a page range
        "The jury sentenced him to two to five years.",  # a sentence range
        "The Commission's 5-3 vote denied the permit.",  # no jury
        "Counts 1-3 were submitted to the jury.",
        "The jury deliberated from 9 to 5 each day.",  # not 6..12 jurors with a count... 9+5 > 12
        "The jury heard the 7-11 clerk testify.",
    ],
)
def test_vote_is_never_a_date_or_range(text):
    assert find_jury_votes(text) == []


def test_match_is_a_frozen_value():
    m = find_jury_votes("a 10-2 jury verdict")[0]
    assert m == Match(2, 6, "10-2", "10-2")
    with pytest.raises(AttributeError):
        m.value = "x"  # type: ignore[misc]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_finder_safe_on_any_window(text):
    for m in find_jury_votes(text):
        assert text[m.start : m.end] == m.quote
        g, n = (int(x) for x in m.value.split("-"))
        assert 6 <= g + n <= 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("STATE of Louisiana\n\nv.\n\nJohn DOE, Appellant.\n\nBefore SMITH, JONES and BROWN, JJ.\n\nSMITH, J.\n\n"
         "The defendant, John Doe, was convicted by a jury of armed robbery. We affirm.",
         [("trial", "jury", "guilty", None)]),
        ("STATE of Louisiana\n\nv.\n\nJohn DOE, Appellant.\n\nBefore SMITH, JONES and BROWN, JJ.\n\nSMITH, J.\n\n"
         "The defendant pleaded guilty to simple burglary. We affirm.",
         [("plea", "plea", "guilty", None)]),
        ("STATE of Louisiana\n\nv.\n\nJohn DOE, Appellant.\n\nBefore SMITH, JONES and BROWN, JJ.\n\nSMITH, J.\n\n"
         "The defendant was found guilty of second degree murder by a ten to two jury verdict. We affirm.",
         [("trial", "jury", "guilty", (10, 2))]),
        ("STATE of Louisiana\n\nv.\n\nJohn DOE, Appellant.\n\nBefore SMITH, JONES and BROWN, JJ.\n\nSMITH, J.\n\n"
         "The defendant was found guilty of the lesser included offense of manslaughter. We affirm.",
         [("other", None, "guilty_lesser", None)]),
    ],
)
def test_convictions(text, expected):
    convs = extract_convictions(context(text))
    assert [(c.kind, c.form, c.outcome, c.votes) for c in convs] == expected


def test_penalty_phase_vote_is_not_a_verdict_vote():
    text = ("STATE of Louisiana\n\nv.\n\nJohn DOE, Appellant.\n\nBefore SMITH, JONES and BROWN, JJ.\n\nSMITH, J.\n\n"
            "A jury convicted the defendant of first degree murder. At the penalty phase the jury recommended death "
            "by a vote of 9 to 3. We affirm.")
    (conv,) = extract_convictions(context(text))
    assert conv.votes is None and conv.form == "jury"


def test_civil_jury_split_gives_no_conviction():
    text = ("ACME CORP., Plaintiff-Appellant,\n\nv.\n\nJohn ROE, Defendant-Appellee.\n\nBefore SMITH, JONES and BROWN, JJ.\n\n"
            "SMITH, J.\n\nThe jury returned a 9-3 verdict in favor of the plaintiff for damages. We affirm.")
    assert extract_convictions(context(text)) == []
