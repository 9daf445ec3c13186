"""Derived facts: operative conviction, finality (art. 922 and federal), filings, evidence, the record on as_of."""

from __future__ import annotations

from pathlib import Path

import pytest

from dayincourt.casefile import load_case
from dayincourt.law import derive

from .factories import add, build, drop, proceeding, recanted, verdict
from .time import AS_OF, D

SCREEN_DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "screen-dev"


def shared_case(name: str):
    path = SCREEN_DEV / f"{name}.case.yaml"
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return load_case(path)


FINALITY = [
    # name, edits, state (earliest, latest, rule), federal (earliest, latest)
    ("writ denied", [], (D(2016, 6, 3), D(2016, 6, 3), "La. C.Cr.P. art. 922(D)"), (D(2016, 9, 1), D(2016, 9, 1))),
    ("appeal only", [drop("p4")], (D(2015, 10, 28), D(2015, 10, 28), "La. C.Cr.P. art. 922(B)"),
     (D(2015, 11, 13), D(2015, 11, 13))),
    ("no appeal", [drop("p3"), drop("p4")], (D(2014, 10, 20), D(2014, 11, 19), "La. C.Cr.P. arts. 914, 922"),
     (D(2014, 10, 20), D(2014, 11, 19))),
    ("late writ", [proceeding("p4", filed="2015-12-31")], (D(2015, 10, 28), D(2015, 10, 28), "La. C.Cr.P. art. 922(B)"),
     (D(2015, 10, 28), D(2016, 9, 1))),
    ("writ filing unknown", [proceeding("p4", filed=None)],
     (D(2015, 10, 28), D(2016, 6, 3), "La. C.Cr.P. art. 922(B), (D)"), (D(2015, 10, 28), D(2016, 9, 1))),
    ("writ decided in a month", [proceeding("p4", decided="2016-06")],
     (D(2016, 6, 1), D(2016, 6, 30), "La. C.Cr.P. art. 922(D)"), (D(2016, 8, 30), D(2016, 9, 28))),
    ("cert denied", [add("cert_petition", filed="2016-08-20", decided="2016-10-03", outcome="denied")],
     (D(2016, 6, 3), D(2016, 6, 3), "La. C.Cr.P. art. 922(D)"), (D(2016, 10, 3), D(2016, 10, 3))),
]


@pytest.mark.parametrize("name, edits, state, federal", FINALITY, ids=[f[0] for f in FINALITY])
def test_finality(name, edits, state, federal):
    facts = derive(build(*edits), AS_OF)
    s, f = facts.state_finality, facts.federal_finality
    assert (s.range.earliest, s.range.latest, s.rule) == state
    assert (f.range.earliest, f.range.latest) == federal
    assert not s.pending and not f.pending


@pytest.mark.parametrize("edits", [
    [drop("p4"), proceeding("p3", decided=None, outcome="pending")],
    [proceeding("p4", outcome="granted")],
    [add("cert_petition", filed="2016-08-20", outcome="pending")],
])
def test_pending_direct_review_is_not_final(edits):
    facts = derive(build(*edits), AS_OF)
    assert facts.federal_finality.pending and facts.federal_finality.range is None


def test_a_decision_after_as_of_is_pending_on_as_of():
    facts = derive(build(), D(2016, 1, 1))  # the writ was filed 2015-11-12 and denied 2016-06-03
    assert facts.state_finality.pending
    assert facts.state_finality.reason == "Direct review is pending (proceedings/p4); the conviction is not final."


def test_evidence_found_after_as_of_does_not_exist_yet():
    assert [e.ref for e in derive(build(), D(2023, 11, 7)).new_evidence()] == []
    assert [e.ref for e in derive(build(), D(2023, 11, 8)).new_evidence()] == ["evidence/e1"]


@pytest.mark.parametrize("votes, unanimous", [((11, 1), False), ((12, 0), True), ((None, None), None)])
def test_unanimity_from_votes(votes, unanimous):
    facts = derive(build(verdict(votes_guilty=votes[0], votes_not_guilty=votes[1], unanimous=None)), AS_OF)
    assert facts.conviction.unanimous is unanimous


def test_recantation_corroboration():
    plain = derive(build(recanted()), AS_OF)
    assert [(e.ref, e.testimonial, e.corroborated) for e in plain.new_evidence()] == [("evidence/e3", True, False)]
    assert plain.recantations[0].witness == "Wanda Witness"
    backed = derive(build(recanted(corroborated_by_e1=True)), AS_OF)
    assert backed.new_evidence()[0].corroborated_by == ("evidence/e4",)


def test_miller_derived_facts():
    facts = derive(shared_case("miller-2026"), D(2026, 11, 28))
    c = facts.conviction
    assert (c.ref, c.kind, c.votes, c.unanimous, c.vacated_by) == ("proceedings/p4", "trial", "10-2", False, None)
    assert (facts.state_finality.range.earliest, facts.state_finality.range.latest) == (D(2011, 1, 15),
                                                                                        D(2012, 12, 31))
    assert facts.federal_finality.range.latest == D(2013, 3, 31)
    assert [(f.ref, f.kind) for f in facts.state_filings] == [("proceedings/p7", "pcr_application"),
                                                               ("proceedings/p9", "factual_innocence_claim")]
    assert [f.ref for f in facts.federal_filings] == ["proceedings/p8"]
    assert [r.witness for r in facts.recantations] == ["Darnell Jordan", "Kenneth Jordan"]
    derived = facts.to_dict()
    assert derived["prior_filings"] == {"pcr_application": ["proceedings/p7"],
                                        "factual_innocence_claim": ["proceedings/p9"],
                                        "federal_habeas": ["proceedings/p8"]}
    assert derived["nontestimonial_new_evidence"] == []
    assert derived["custody"] == {"status": "imprisoned", "in_custody": True}


def test_post_conviction_writs_keep_the_application_pending():
    facts = derive(shared_case("schlup-dna-gateway"), D(2025, 5, 19))
    (pcr,) = facts.state_filings
    assert pcr.chain == ("proceedings/p6", "proceedings/p7", "proceedings/p8")
    assert str(pcr.filed) == "2003-02-14" and str(pcr.decided) == "2006-02-10"
