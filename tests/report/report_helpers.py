"""Hand-made values for the report tests (screening is another area's; these pin our rendering)."""

from __future__ import annotations

import datetime as dt

from dayincourt.casefile import Case, parse_case
from dayincourt.law.results import Deadline, ElementResult, RemedyResult, ScreeningResult


def hand_screening(case: Case, as_of: dt.date) -> ScreeningResult:
    """Two remedies: one with a deadline still ahead (a range), one with a deadline passed."""
    return ScreeningResult(case.id, as_of, case.jurisdiction, (
        RemedyResult(
            "us-la/ccrp-926.2", "Post-conviction claim of factual innocence", "needs_review",
            "The new evidence is listed but when it was first known is not.",
            (ElementResult("new-evidence", "met", "Evidence e1 was not known at trial.",
                           "La. C.Cr.P. art. 926.2(B)(1)", ("evidence/e1",)),
             ElementResult("reliable", "for_counsel", "Only a court weighs reliability <b>.",
                           "La. C.Cr.P. art. 926.2(B)(2)")),
            Deadline("La. C.Cr.P. art. 930.8(A)(1)", dt.date(2027, 6, 30), False,
                     dt.date(2027, 1, 1), dt.date(2027, 12, 31)),
            ("When was the recantation first known?",), ("La. C.Cr.P. art. 926.2",)),
        RemedyResult(
            "us-fed/2254-timeliness", "Federal habeas for a state prisoner", "ineligible",
            "The one-year period ran out.", (),
            Deadline("28 U.S.C. §2244(d)(1)(A)", dt.date(2013, 5, 1), True)),
    ))


def provenance_case(**extra) -> Case:
    """A small case whose facts carry quotes, with some quotes shared between facts."""
    quote_a = {"source": "op", "start": 10, "end": 30, "quote": "convicted by a 10-2 jury"}
    quote_b = {"source": "op", "start": 40, "end": 52, "quote": "she recanted", "asserted_by": "kin"}
    data = {
        "schema": "dayincourt.case/1", "id": "la-test-2001", "jurisdiction": "US-LA",
        "title": "State v. Test", "county": "Orleans Parish",
        "people": [
            {"id": "def", "name": "Dana Test", "roles": ["defendant"], "src": [quote_a]},
            {"id": "wit", "name": "Wanda Witness", "roles": ["witness"], "src": [quote_b]},
            {"id": "kin", "name": "Kim Kin", "roles": ["family"]},
        ],
        "charges": [{"id": "c1", "offense": "armed robbery", "offense_date": "2001-03",
                     "src": [quote_a]}],
        "proceedings": [
            {"id": "p1", "kind": "trial", "date": "2002-05-06", "outcome": "convicted",
             "verdict": {"outcome": "guilty", "form": "jury", "votes_guilty": 10,
                         "votes_not_guilty": 2, "unanimous": False},
             "sentence": {"kind": "term", "years": 20}, "src": [quote_a]},
            {"id": "p2", "kind": "pcr_application", "filed": "2019-02-01", "decided": "2020",
             "outcome": "denied", "src": [{"source": "rec"}]},
        ],
        "testimony": [{"id": "t1", "witness": "wit", "at_trial": True, "subject": "identification",
                       "recantation": {"date": "2018", "form": "affidavit", "src": [quote_b]}}],
        "evidence": [{"id": "e1", "description": "Affidavit of Wanda Witness", "kind": "testimonial",
                      "known_at_trial": False, "discovered": "2018-04", "corroborates": ["t1"],
                      "src": [quote_b]}],
        "custody": {"status": "imprisoned", "since": "2001-04-02"},
        "factors": [{"code": "MWID", "actor": "witness", "status": "alleged", "asserted_by": "kin",
                     "description": "stranger identification", "src": [quote_b]}],
        "sources": [{"id": "op", "title": "State v. Test, opinion", "kind": "opinion"},
                    {"id": "rec", "kind": "record"}],
    }
    data.update(extra)
    return parse_case(data, "test.yaml")


def busy_case(events: int = 200, seed: int = 3) -> Case:
    """A case with ``events`` dated proceedings, exact and partial, spread over 36 years."""
    import random

    rng = random.Random(seed)
    kinds = ["writ_application", "pcr_application", "federal_habeas", "direct_appeal", "other",
             "motion_new_trial", "clemency"]
    proceedings = []
    for i in range(events):
        year, month, day = rng.randrange(1990, 2026), rng.randrange(1, 13), rng.randrange(1, 28)
        decided = rng.choice([f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"])
        proceedings.append({"id": f"p{i}", "kind": rng.choice(kinds), "decided": decided,
                            "outcome": rng.choice(["denied", "granted", "dismissed"])})
    return parse_case({"schema": "dayincourt.case/1", "id": "la-busy-1990", "jurisdiction": "US-LA",
                       "title": "State v. Busy", "proceedings": proceedings}, "busy.yaml")
