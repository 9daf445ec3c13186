"""Full-text search gives the same answers as a plain reference on both databases, for any unicode text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dayincourt.casefile import case_to_dict, load_case
from dayincourt.store import CaseNotFound, tokens
from dayincourt.store.search import case_text

MOUTON = Path(__file__).resolve().parents[2] / "examples" / "la-mouton-1994.case.yaml"
WORDS = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), min_size=1, max_size=8)


@pytest.mark.parametrize("text, expected", [
    ("Hébert's 10-2 verdict", ["hebert", "s", "10", "2", "verdict"]),
    ("STRASSE Straße", ["strasse", "strasse"]),       # case folding
    ("ﬁnal Ｆｕｌｌ", ["final", "full"]),              # compatibility forms
    ("C-Murder_2", ["c", "murder", "2"]),              # underscores and hyphens split
    ("  ...  ", []),
])
def test_tokens(text, expected):
    assert tokens(text) == expected


def _reference(document: str, query: str) -> bool:
    words = set(tokens(document))
    return all(any(w.startswith(q) for w in words) for q in tokens(query))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=st.lists(WORDS, max_size=6).map(" ".join), query=WORDS, prefix_of_document=st.booleans())
def test_search_matches_reference(store, document, query, prefix_of_document):
    try:
        store.get_case("la-mouton-1994")
    except CaseNotFound:
        store.add_case(load_case(MOUTON), "test")
    if prefix_of_document and tokens(document):
        query = tokens(document)[0][:2]  # a query that must match
    store.index_text("la-mouton-1994", "document:h", document)
    found = [s.id for s in store.search(query)]
    case_words = case_text(case_to_dict(store.get_case("la-mouton-1994"))) + " " + document
    if not tokens(query):
        assert found == ["la-mouton-1994"]  # a query without words filters nothing
    else:
        assert found == (["la-mouton-1994"] if _reference(case_words, query) else [])
