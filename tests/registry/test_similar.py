"""similar_exonerations: features read from a case, transparent scores, deterministic order."""

from __future__ import annotations

import time

import pytest

from dayincourt.casefile import load_case, parse_case
from dayincourt.registry import (
    CaseFeatures,
    case_features,
    import_registry,
    similar_exonerations,
    worst_crime_category,
)

from .conftest import FIXTURES, shared_path

CASE = FIXTURES / "la_case.yaml"


def test_case_features():
    assert case_features(load_case(CASE)) == CaseFeatures(
        state_code="LA", federal=False, county="jefferson", worst_crime="Murder",
        factors=("PFA", "OM"), recanters=True, form="jury", conviction_year=2004)


def test_case_features_of_the_miller_example():
    miller = load_case(shared_path("spec", "examples", "miller.case.yaml"))
    features = case_features(miller)
    assert (features.state_code, features.county, features.worst_crime, features.factors,
            features.recanters, features.form, features.decade) == (
        "LA", "jefferson", "Murder", ("PFA", "OM", "ILD"), True, "jury", 2000)


@pytest.mark.parametrize("offense, category", [
    ("second degree murder", "Murder"),
    ("attempted second-degree murder", "Attempted Murder"),
    ("manslaughter", "Manslaughter"),
    ("aggravated rape", "Sexual Assault"),
    ("sexual battery of a juvenile", "Child Sex Abuse"),
    ("armed robbery", "Robbery"),
    ("possession with intent to distribute cocaine", "Drug Possession or Sale"),
    ("aggravated battery", "Assault"),
    ("simple burglary", "Burglary/Unlawful Entry"),
    ("felon in possession of a firearm", "Gun Possession or Sale"),
    ("loitering", None),
])
def test_worst_crime_category(offense, category):
    assert worst_crime_category(offense) == category


def test_federal_and_unconvicted_cases():
    case = parse_case({"schema": "dayincourt.case/1", "id": "f-1", "jurisdiction": "US-FED",
                       "charges": [{"offense": "wire fraud"}, {"offense": "perjury"}]}, "f.yaml")
    assert case_features(case) == CaseFeatures(None, True, None, "Fraud", (), False, None, None)
    assert case_features(case).max_score() == 6.0


def test_similar_ranks_by_transparent_score(store):
    import_registry(store, FIXTURES / "full_small.csv")
    results = similar_exonerations(store, load_case(CASE), top=10)
    assert [(s.key, s.score) for s in results] == [
        ("nre-9002", 14.0),  # Jefferson Parish murder, PFA+OM, recanter, jury, 2000s
        ("nre-9001", 11.0),  # tie with 9011 (same features and exoneration date): key decides
        ("nre-9011", 11.0),
        ("nre-9006", 5.0),   # Illinois: murder, OM, jury; the rejected FC does not count
        ("nre-9005", 4.0),
        ("nre-9003", 2.0),
        ("nre-9004", 1.0),   # federal: not the state; only the decade
    ]
    best = results[0]
    assert best.max_score == 14.0
    assert [(f.feature, f.value, f.weight) for f in best.shared] == [
        ("state", "Louisiana", 3.0), ("county", "Jefferson", 2.0),
        ("worst crime", "Murder", 3.0), ("factor", "PFA", 1.0), ("factor", "OM", 1.0),
        ("recanters", "recanting witness", 2.0), ("form of conviction", "jury conviction", 1.0),
        ("decade of conviction", "convicted in the 2000s", 1.0)]
    assert (best.name, best.factors, best.citation) == (
        "Bertrand Example", ("PFA", "OM", "ILD"), "National Registry of Exonerations")
    assert best.to_dict()["shared"][0] == {"feature": "state", "value": "Louisiana", "weight": 3.0}
    assert [s.key for s in similar_exonerations(store, load_case(CASE), top=2)] == [
        "nre-9002", "nre-9001"]


def test_tie_on_score_prefers_more_shared_features_then_later_exoneration(store):
    import_registry(store, FIXTURES / "full_small.csv")
    import_registry(store, FIXTURES / "public_small.csv")
    case = parse_case({"schema": "dayincourt.case/1", "id": "t-1", "jurisdiction": "US-LA",
                       "factors": [{"code": "OM"}, {"code": "PFA"}]}, "t.yaml")
    ranked = [(s.name, s.score, len(s.shared), s.exoneration_date)
              for s in similar_exonerations(store, case, top=4)]
    # Public-sheet "Alma Fictional" is the same exoneration as nre-9001 and is not listed twice.
    assert ranked == [("Lou Lastly", 5.0, 3, "2020-03-04"),
                      ("Bertrand Example", 5.0, 3, "2019-02-01"),
                      ("Alma Fictional", 5.0, 3, "2015-06-30"),
                      ("Jon Quoted", 5.0, 3, "2015-06-30")]


def test_empty_registry_returns_quickly(store):
    start = time.perf_counter()
    assert similar_exonerations(store, load_case(CASE), top=5) == []
    assert time.perf_counter() - start < 0.5


def test_nothing_shared_returns_nothing(store):
    import_registry(store, FIXTURES / "full_small.csv")
    case = parse_case({"schema": "dayincourt.case/1", "id": "u-1", "jurisdiction": "unknown"},
                      "u.yaml")
    assert similar_exonerations(store, case) == []
