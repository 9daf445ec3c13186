"""Recantation finder and the recantations of a draft."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dayincourt.extract import find_recantations
from dayincourt.extract.recantations import extract_recantations

from .helpers import context


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Both men later recanted.", ["recanted"]),
        ("her recantation was not credible", ["recantation"]),
        ("He took back his trial testimony in 2010.", ["took back his trial testimony"]),
        ("The witness repudiated her earlier identification.", ["repudiated her earlier identification"]),
        ("Jones admitted that he lied at trial.", ["admitted that he lied"]),
        ("They have sworn that their prior testimony was untrue.", ["sworn that their prior testimony was untrue"]),
        ("The witness testified consistently.", []),
        ("He admitted that he was there.", []),
    ],
)
def test_finder_table(text, quotes):
    found = find_recantations(text)
    assert [m.quote for m in found] == quotes
    assert all(m.value == "recantation" and text[m.start : m.end] == m.quote for m in found)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_finder_safe_on_any_window(text):
    for m in find_recantations(text):
        assert text[m.start : m.end] == m.quote


def test_who_when_form_coercion():
    text = ("Jane Doe was convicted of murder in 1999 on the testimony of Mark Smith.\n\n"
            "In an affidavit signed March 3, 2011, Mark Smith recanted, saying detectives pressured him.")
    (r,) = extract_recantations(context(text, "news.txt"))
    assert (r.witness, r.form, r.date, r.alleges_coercion) == ("Mark Smith", "affidavit", "2011-03-03", True)


def test_shared_surname_pair():
    text = ("Jane Doe was convicted of murder. The case rested on the now recanted testimony of "
            "Darla and Kenneth Jones, the only witnesses.")
    names = sorted(r.witness for r in extract_recantations(context(text, "news.txt")))
    assert names == ["Darla Jones", "Kenneth Jones"]
