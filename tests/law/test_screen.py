"""screen(): the dev scenarios, the Miller example, jurisdictions and the CONTRACTS section 3 shape."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dayincourt.casefile import load_case
from dayincourt.law import NOT_LEGAL_ADVICE, format_rules, format_screening, get_remedy, list_remedies, screen
from dayincourt.law.registry import RemedyNotFound

from .factories import build
from .time import AS_OF, D

SCREEN_DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "screen-dev"
REQUIRED_IDS = ["us-la/ccrp-926.2", "us-la/ccrp-926.1", "us-la/ccrp-930.8-new-facts", "us-la/non-unanimous-jury",
                "us-fed/2254-timeliness", "us-fed/schlup-gateway"]
REQUIRED_IDS_IN_ORDER = ["us-la/ccrp-926.1", "us-la/ccrp-926.2", "us-la/ccrp-930.8-new-facts",
                         "us-la/non-unanimous-jury", "us-fed/2254-timeliness", "us-fed/schlup-gateway"]


def scenarios():
    if not SCREEN_DEV.is_dir():
        return [pytest.param(None, None, None, None, marks=pytest.mark.skip(reason=f"not found: {SCREEN_DEV}"))]
    out = []
    for exp in sorted(SCREEN_DEV.glob("*.expect.json")):
        name = exp.name[: -len(".expect.json")]
        data = json.loads(exp.read_text())
        for remedy_id, item in data["expect"].items():
            out.append(pytest.param(name, data["as_of"], remedy_id, item["outcome"], id=f"{name}:{remedy_id}"))
    return out


@pytest.mark.parametrize("name, as_of, remedy_id, outcome", scenarios())
def test_screen_dev_outcomes(name, as_of, remedy_id, outcome):
    result = screen(load_case(SCREEN_DEV / f"{name}.case.yaml"), D.fromisoformat(as_of))
    got = result.remedy(remedy_id)
    assert got is not None
    assert got.outcome == outcome, got.summary


@pytest.fixture
def miller():
    path = SCREEN_DEV / "miller-2026.case.yaml"
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return screen(load_case(path), D(2026, 11, 28))


def test_miller_non_unanimous_jury_is_closed_by_finality_edwards_and_reddick(miller):
    r = miller.remedy("us-la/non-unanimous-jury")
    assert r.outcome == "ineligible"
    (unmet,) = [e for e in r.elements if e.status == "unmet"]
    assert unmet.reason == (
        "The conviction became final between 2011-01-15 and 2013-03-31 (with the time to seek certiorari), before "
        "Ramos v. Louisiana (2020-04-20); Ramos is not retroactive on federal collateral review (Edwards v. Vannoy) "
        "or on Louisiana collateral review (State v. Reddick); and since 2025-08-01 art. 930.4(D) requires denial "
        "of a claim based on a new rule held nonretroactive.")


def test_miller_factual_innocence_uncorroborated_recantations_and_prior_claim(miller):
    r = miller.remedy("us-la/ccrp-926.2")
    assert r.outcome == "ineligible"
    unmet = {e.id: e.reason for e in r.elements if e.status == "unmet"}
    assert set(unmet) == {"evidence-type", "first-claim", "time-limit"}
    assert unmet["evidence-type"] == (
        "The only new evidence is testimonial (evidence/e1 and evidence/e2) (including the recantations of Darnell "
        "Jordan and Kenneth Jordan), and no scientific, forensic, physical or nontestimonial documentary evidence "
        "corroborates it.")
    assert unmet["first-claim"] == (
        "A factual-innocence claim was already denied (2023) (proceedings/p9); art. 926.2 allows a first claim, and "
        "a second is a successive application dismissed under art. 930.4(E)-(F), jurisdictional since 2024-08-01.")
    assert r.deadline.passed is True


def test_for_counsel_elements_never_decide(miller):
    for r in miller.remedies:
        counsel = [e for e in r.elements if e.status == "for_counsel"]
        assert counsel, r.id
        checkable = [e for e in r.elements if e.status != "for_counsel"]
        assert r.outcome == ("ineligible" if any(e.status == "unmet" for e in checkable) else
                             "needs_review" if any(e.status == "unknown" for e in checkable) else "eligible")


@pytest.mark.parametrize("jurisdiction, ids", [
    ("US-LA", REQUIRED_IDS),
    ("US-TX", ["us-fed/2254-timeliness", "us-fed/schlup-gateway"]),
    ("US-FED", []),
    ("unknown", []),
])
def test_remedies_for_jurisdiction(jurisdiction, ids):
    case = build(lambda d: d.update(jurisdiction=jurisdiction))
    assert sorted(r.id for r in screen(case, AS_OF).remedies) == sorted(ids)


def test_registry_lists_every_required_remedy_with_rule_text():
    remedies = list_remedies()
    assert sorted(r.id for r in remedies) == sorted(REQUIRED_IDS)
    for r in remedies:
        assert r.citations and len(r.rule_text) > 200 and r.name
    assert get_remedy("us-la/ccrp-926.2").in_force_from == D(2021, 8, 1)
    with pytest.raises(RemedyNotFound):
        get_remedy("us-la/nothing")
    text = format_rules([get_remedy("us-la/ccrp-926.1")])
    assert text.startswith("us-la/ccrp-926.1  Application for post-conviction DNA testing\n")
    assert "In force: from 2001-08-15, in force" in text


CONTRACT = {
    "type": "object",
    "required": ["case", "as_of", "jurisdiction", "remedies"],
    "properties": {
        "as_of": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "remedies": {"type": "array", "items": {
            "type": "object",
            "required": ["id", "name", "outcome", "summary", "elements", "deadline", "missing"],
            "properties": {
                "outcome": {"enum": ["eligible", "ineligible", "needs_review"]},
                "summary": {"type": "string", "minLength": 10},
                "elements": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "required": ["id", "status", "reason", "facts", "authority"],
                    "properties": {"status": {"enum": ["met", "unmet", "unknown", "for_counsel"]},
                                   "reason": {"type": "string", "minLength": 10},
                                   "authority": {"type": "string", "minLength": 5},
                                   "facts": {"type": "array", "items": {"type": "string"}}}}},
                "deadline": {"oneOf": [{"type": "null"}, {
                    "type": "object", "required": ["date", "rule", "passed"],
                    "properties": {"passed": {"type": ["boolean", "null"]}}}]},
                "missing": {"type": "array", "items": {"type": "string"}},
            }}},
    },
}


def test_json_matches_the_contract(miller):
    data = json.loads(json.dumps(miller.to_dict()))
    jsonschema.validate(data, CONTRACT)
    assert (data["case"], data["as_of"], data["jurisdiction"]) == ("la-miller-2002", "2026-11-28", "US-LA")
    assert data["disclaimer"] == NOT_LEGAL_ADVICE
    assert data["derived"]["conviction"]["votes"] == "10-2"


def test_text_output_for_people(miller):
    text = format_screening(miller)
    lines = text.splitlines()
    verdicts = [line for line in lines if line.split(" ")[0] in ("ELIGIBLE", "INELIGIBLE", "NEEDS")]
    assert len(verdicts) == len(miller.remedies)
    assert "INELIGIBLE    us-la/ccrp-926.2  Post-conviction claim of factual innocence" in lines
    assert any(line.strip().startswith("[unmet]   evidence-type:") for line in lines)
    assert "not legal advice" in " ".join(lines[-3:])


def _dev_cases():
    return [load_case(p) for p in sorted(SCREEN_DEV.glob("*.case.yaml"))] if SCREEN_DEV.is_dir() else []


DEV_CASES = _dev_cases()


@pytest.mark.skipif(not DEV_CASES, reason=f"shared data not found: {SCREEN_DEV}")
@settings(max_examples=60, deadline=None)
@given(index=st.integers(0, 7), as_of=st.dates(min_value=D(1995, 1, 1), max_value=D(2035, 12, 31)))
def test_any_date_gives_a_consistent_explained_answer(index, as_of):
    result = screen(DEV_CASES[index % len(DEV_CASES)], as_of)
    assert [r.id for r in result.remedies] == REQUIRED_IDS_IN_ORDER
    for r in result.remedies:
        assert all(e.reason and e.authority for e in r.elements)
        statuses = {e.status for e in r.elements}
        assert r.outcome == ("ineligible" if "unmet" in statuses else
                             "needs_review" if "unknown" in statuses else "eligible")
        if r.outcome == "needs_review":
            assert r.missing, r.id
        if r.deadline is not None and r.deadline.passed is not None:
            assert r.deadline.passed == (as_of > r.deadline.latest)
    json.dumps(result.to_dict())


GOLDEN = Path(__file__).parent / "golden" / "miller-2026-11-28.txt"


def test_miller_text_matches_golden(miller):
    """The full text report for the Miller example (regenerate with DAYINCOURT_UPDATE_GOLDEN=1 and review)."""
    text = format_screening(miller)
    if os.environ.get("DAYINCOURT_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


@pytest.mark.parametrize("name, as_of, remedy_id, summary", [
    ("fi-dna-new-eligible", "2024-09-16", "us-la/ccrp-926.2",
     "Eligible on 2024-09-16: every element the record can decide is met; file by 2025-11-08; 3 point(s) are for "
     "counsel."),
    ("habeas-successive-unauthorized", "2023-03-20", "us-la/ccrp-930.8-new-facts",
     "Needs review on 2023-03-20: no element is unmet, but the record does not settle new-facts."),
    ("fi-recantation-uncorroborated", "2024-02-05", "us-la/ccrp-926.2",
     "Ineligible on 2024-02-05: The only new evidence is testimonial (evidence/e1) (including the recantations of "
     "Keon Pitre), and no scientific, forensic, physical or nontestimonial documentary evidence corroborates it."),
])
def test_summary_sentence(name, as_of, remedy_id, summary):
    path = SCREEN_DEV / f"{name}.case.yaml"
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    assert screen(load_case(path), D.fromisoformat(as_of)).remedy(remedy_id).summary == summary
