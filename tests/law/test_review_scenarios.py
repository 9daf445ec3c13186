"""An independent legal review of screening: invented scenarios and the outcome a careful lawyer expects.

Every row edits the base case of factories.py (second-degree murder 2013-05-04; jury trial
2014-09-17, 12-0; appeal affirmed 2015-10-14; writ denied 2016-06-03, so final under art. 922(D)
on 2016-06-03 and for federal purposes on 2016-09-01; imprisoned; e1 a DNA exclusion found
2023-11-08; e2 an untested rape kit) and screens it on one day. The comment on each row says
why, from ../shared/research/legal.md. ``decisive`` names the element that decides the outcome
(the unmet one for ``ineligible``, the unknown one for ``needs_review``) so a row cannot pass for
the wrong reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dayincourt.casefile import load_case
from dayincourt.law import format_screening, get_remedy, screen

from .factories import (
    add,
    add_evidence,
    build,
    charge,
    custody,
    drop,
    evidence,
    no_factors,
    only_evidence,
    proceeding,
    recanted,
    verdict,
)
from .time import D

R926_2, R926_1, R930 = "us-la/ccrp-926.2", "us-la/ccrp-926.1", "us-la/ccrp-930.8-new-facts"
NUJ, H2254, SCH = "us-la/non-unanimous-jury", "us-fed/2254-timeliness", "us-fed/schlup-gateway"
LA_IDS = (R926_1, R926_2, R930, NUJ)


# -- edits used only by these scenarios ----------------------------------------------------------


def plea(day: str):
    """A guilty plea on ``day`` (sentenced the same day) instead of the trial; no appeal."""
    return [proceeding("p1", kind="plea", date=day, outcome="convicted",
                       verdict={"outcome": "guilty", "form": "plea"}),
            proceeding("p2", date=day), drop("p3"), drop("p4")]


def discovered(day: str):
    """The DNA exclusion e1 came to light on ``day``."""
    return evidence("e1", discovered=day)


def acquitted(d: dict[str, Any]) -> None:
    """A jury acquitted: no conviction, sentence or appeal."""
    d["proceedings"] = [{"id": "p1", "kind": "trial", "date": "2014-09-17", "outcome": "acquitted",
                         "verdict": {"outcome": "not_guilty", "form": "jury"}}]
    d["charges"][0]["convicted"] = False
    d["custody"] = {"status": "released"}


def split(guilty: int, not_guilty: int):
    return verdict(votes_guilty=guilty, votes_not_guilty=not_guilty, unanimous=False)


def tried_2019(appeal_decided: str | None, writ_decided: str | None = None, offense: str = "2018-12-20"):
    """Offense ``offense``, 2019-06-10 trial, appeal filed 2019-08-01 (pending unless decided), optional writ."""
    edits = [charge(offense_date=offense), proceeding("p1", date="2019-06-10"),
             proceeding("p2", date="2019-07-15"),
             proceeding("p3", filed="2019-08-01", decided=appeal_decided,
                        outcome="affirmed" if appeal_decided else "pending")]
    if writ_decided:
        edits.append(proceeding("p4", filed="2020-10-01", decided=writ_decided, outcome="denied"))
    else:
        edits.append(drop("p4"))
    return edits


SECOND_PETITION = [add("federal_habeas", filed="2017-03-01", decided="2017-08-01", court="lamd",
                       outcome="denied", reasons="denied on the merits", claims=["ineffective_assistance"])]
AUTHORIZED = SECOND_PETITION + [add("other", filed="2024-01-10", decided="2024-03-01", court="ca5",
                                    outcome="granted", reasons="motion for authorization to file a successive "
                                    "petition granted")]

BEFORE_AEDPA = [charge(offense_date="1988-03-01"), proceeding("p1", date="1989-02-01"),
                proceeding("p2", date="1989-03-01"), proceeding("p3", filed="1989-04-01", decided="1990-01-10"),
                proceeding("p4", filed="1990-02-01", decided="1990-06-01"), only_evidence("e2")]

# name, edits, as_of, remedy, expected outcome, decisive element (None when eligible)
SCENARIOS = [
    # ---- 926.2 factual innocence: plea vs trial ----
    # A 2014 plea: plea petitioners never had the first-claim exemption, so 930.8 applies; the
    # plea is more than 5 years old, so the new-facts exception is lost for a 926.2 claim and
    # two years from finality ran out in 2016 (930.8(A)(1) as corrected in legal.md).
    ("926.2 plea 2014, first claim in 2022", [*plea("2014-03-03"), discovered("2022-03-01")],
     D(2022, 6, 1), R926_2, "ineligible", "time-limit"),
    # The same claim after a trial to verdict, filed by 2022-12-31: exempt from 930.4 and 930.8.
    ("926.2 trial, first claim in 2022", [discovered("2022-03-01")], D(2022, 6, 1), R926_2, "eligible", None),
    # Plea less than 5 years old: the new-facts exception is open, two years from the 2023 discovery.
    ("926.2 plea 2019, 4 years on", [*plea("2019-03-01"), discovered("2023-01-10")],
     D(2023, 6, 1), R926_2, "eligible", None),
    # "5 or more years" past the plea: on the fifth anniversary the exception is already lost.
    ("926.2 plea exactly 5 years on", [*plea("2018-06-01"), discovered("2023-01-10")],
     D(2023, 6, 1), R926_2, "ineligible", "time-limit"),
    ("926.2 plea a day short of 5 years", [*plea("2018-06-01"), discovered("2023-01-10")],
     D(2023, 5, 31), R926_2, "eligible", None),
    # After 2025-08-01 HB 675 was *reported* to exclude plea petitioners [P]: needs review, not a guess.
    ("926.2 plea, claim after the 2025 act", [*plea("2022-01-10"), discovered("2025-03-01")],
     D(2025, 9, 1), R926_2, "needs_review", "plea"),
    # ---- 926.2: first claim filed in 2022 vs 2023 (evidence found 2019, so 930.8 ran out 2021-05-01) ----
    ("926.2 first claim on 2022-12-31", [discovered("2019-05-01")], D(2022, 12, 31), R926_2, "eligible", None),
    ("926.2 first claim on 2023-01-01", [discovered("2019-05-01")], D(2023, 1, 1), R926_2, "ineligible",
     "time-limit"),
    # ---- 926.2: recantations ----
    # A recantation alone is testimonial evidence with no corroboration of kind (i): 926.2(B)(1)(a)(ii).
    ("926.2 uncorroborated recantation", [recanted("2023-06-20")], D(2024, 2, 5), R926_2, "ineligible",
     "evidence-type"),
    # Corroborated by nontestimonial documentary evidence: qualifies; within 2 years of discovery.
    ("926.2 corroborated recantation", [recanted("2023-06-20", corroborated_by_e1=True)], D(2024, 2, 5), R926_2,
     "eligible", None),
    # Corroboration recorded against the recanted testimony (t1) rather than the affidavit (e3)
    # corroborates the recantation all the same ("corroborates": ids of testimony or evidence).
    ("926.2 recantation corroborated through the testimony",
     [recanted("2023-06-20"), add_evidence(id="e5", description="Jail visitor log", kind="documentary",
                                           favors="defendant", known_at_trial=True, corroborates=["t1"])],
     D(2024, 2, 5), R926_2, "eligible", None),
    # ---- 926.2: before the statute existed (Act 2021, No. 104, effective 2021-08-01) ----
    ("926.2 on 2020-06-01", [discovered("2019-05-01")], D(2020, 6, 1), R926_2, "ineligible", "in-force"),
    ("926.2 on 2021-07-31", [discovered("2019-05-01")], D(2021, 7, 31), R926_2, "ineligible", "in-force"),
    ("926.2 on 2021-08-01", [discovered("2019-05-01")], D(2021, 8, 1), R926_2, "eligible", None),
    # ---- 926.2: partial discovery date "2023-11" puts the 930.8 deadline in 2025-11-01..2025-11-30 ----
    ("926.2 discovery known to the month, before the range", [discovered("2023-11")], D(2025, 10, 31), R926_2,
     "eligible", None),
    ("926.2 discovery known to the month, inside the range", [discovered("2023-11")], D(2025, 11, 15), R926_2,
     "needs_review", "time-limit"),
    ("926.2 discovery known to the month, after the range", [discovered("2023-11")], D(2025, 12, 1), R926_2,
     "ineligible", "time-limit"),
    # ---- 926.2: custody (arts. 924, 930.3; 926(F) from 2025-08-01) ----
    ("926.2 released, no supervision", [custody("released")], D(2024, 9, 16), R926_2, "ineligible", "custody"),
    ("926.2 on parole after the 2025 act", [custody("parole")], D(2025, 9, 1), R926_2, "eligible", None),
    ("926.2 released after the 2025 act", [custody("released")], D(2025, 9, 1), R926_2, "ineligible", "custody"),
    # Released on 2025-03-01, screened for a claim on 2024-09-16: custody is judged on the filing day.
    ("926.2 released later than as_of", [lambda d: d.update(custody={"status": "released", "since": "2025-03-01"})],
     D(2024, 9, 16), R926_2, "eligible", None),
    # A pre-2021 application that alleged innocence (a Conway claim) was not a 926.2 claim: the
    # 2023 DNA exclusion came later, so a 926.2 claim now is a first claim on new facts.
    ("926.2 after a 2017 application alleging innocence",
     [add("pcr_application", filed="2017-01-10", decided="2017-09-01", outcome="denied",
          claims=["factual_innocence", "ineffective_assistance"])], D(2024, 9, 16), R926_2, "eligible", None),
    # No post-conviction application while direct review is pending (art. 924.1), exemption or not.
    ("926.2 while the appeal is pending", [*tried_2019(None), discovered("2019-12-01")], D(2022, 6, 1), R926_2,
     "ineligible", "time-limit"),
    # A second 926.2 claim on the evidence already used: successive, dismissed under 930.4 (Miller).
    ("926.2 second claim on the same evidence",
     [add("factual_innocence_claim", filed="2024-01-10", decided="2024-06-01", outcome="denied",
          claims=["factual_innocence", "dna"])], D(2024, 9, 16), R926_2, "ineligible", "first-claim"),
    # A second claim on evidence found after the first was decided: a lifetime one-claim limit is
    # [U] in legal.md and 930.4(E) reaches only claims that are not new or different, so review.
    ("926.2 second claim on later evidence",
     [add("factual_innocence_claim", filed="2022-02-01", decided="2022-09-01", outcome="denied",
          claims=["factual_innocence", "recantation"])], D(2024, 9, 16), R926_2, "needs_review", "first-claim"),
    # Trial or plea not recorded, claim in 2022 on evidence whose 930.8 period ran out: exempt only
    # after a trial, so the record cannot settle the time bar.
    ("926.2 trial or plea unknown, claim in 2022",
     [proceeding("p1", kind="other", verdict=None), discovered("2019-05-01")], D(2022, 6, 1), R926_2,
     "needs_review", "time-limit"),
    # New evidence whose bearing is recorded as unclear is not yet evidence of innocence.
    ("926.2 new evidence of unclear bearing", [evidence("e1", favors="unclear")], D(2024, 9, 16), R926_2,
     "needs_review", "new-evidence"),
    # DNA evidence untested vs tested for 926.2: a kit that was never tested has no result to offer,
    # whether it was known at trial or found later; a tested exclusion is scientific evidence.
    ("926.2 untested kit only", [only_evidence("e2")], D(2024, 9, 16), R926_2, "ineligible", "new-evidence"),
    ("926.2 newly found untested kit", [only_evidence("e2"), evidence("e2", known_at_trial=False,
                                                                       discovered="2024-01-10")],
     D(2024, 9, 16), R926_2, "ineligible", "new-evidence"),
    ("926.2 tested DNA exclusion", [only_evidence("e1")], D(2024, 9, 16), R926_2, "eligible", None),
    # ---- 926.1 DNA testing ----
    # Felony, an untested biological sample, filed before 2030-08-31.
    ("926.1 untested kit in 2026", [], D(2026, 11, 28), R926_1, "eligible", None),
    ("926.1 only tested samples", [only_evidence("e1")], D(2026, 11, 28), R926_1, "ineligible", "unknown-sample"),
    ("926.1 the day before 2030-08-31", [], D(2030, 8, 30), R926_1, "eligible", None),
    ("926.1 on 2030-08-31", [], D(2030, 8, 31), R926_1, "ineligible", "time-limit"),
    # 926.1 asks only for a felony conviction; whether the general custody rule reaches a testing
    # application by someone released is not settled in legal.md, so review rather than a guess.
    ("926.1 released", [custody("released")], D(2026, 11, 28), R926_1, "needs_review", "custody"),
    # A testing application already denied: whether 930.4 bars a repeat is not in the research.
    ("926.1 after a denied testing application",
     [add("dna_testing_application", filed="2020-02-01", decided="2020-09-01", outcome="denied", claims=["dna"])],
     D(2026, 11, 28), R926_1, "needs_review", "prior-application"),
    ("926.1 misdemeanor", [charge(felony=False)], D(2026, 11, 28), R926_1, "ineligible", "felony-conviction"),
    # ---- non-unanimous juries ----
    # Offense before 2019 and final in 2016, screened after Reddick: no retroactivity.
    ("NUJ 10-2, final 2016, in 2023", [split(10, 2)], D(2023, 3, 6), NUJ, "ineligible", "rule-applies"),
    # Between Ramos and Edwards, and between Edwards and Reddick, retroactivity was unsettled.
    ("NUJ 10-2, final 2016, in 2021", [split(10, 2)], D(2021, 1, 10), NUJ, "needs_review", "rule-applies"),
    ("NUJ 10-2, final 2016, in 2022", [split(10, 2)], D(2022, 3, 1), NUJ, "needs_review", "rule-applies"),
    # Direct appeal pending on 2020-04-20: Ramos applies (Griffith v. Kentucky).
    ("NUJ 11-1, appeal pending on Ramos day", [*tried_2019(None), split(11, 1)], D(2020, 6, 1), NUJ,
     "eligible", None),
    # Final after Ramos (writ denied 2021-03-01): Ramos applies; on collateral review the claim is
    # an ordinary post-conviction claim, due two years from finality (930.8(A)).
    ("NUJ 10-2, final 2021, PCR in 2022", [*tried_2019("2020-09-15", "2021-03-01"), split(10, 2)],
     D(2022, 1, 10), NUJ, "eligible", None),
    ("NUJ 10-2, final 2021, PCR in 2024", [*tried_2019("2020-09-15", "2021-03-01"), split(10, 2)],
     D(2024, 6, 1), NUJ, "ineligible", "time-limit"),
    # Offense on or after 2019-01-01: La. Const. art. I, §17 required unanimity, whatever Ramos says.
    ("NUJ 10-2, offense 2019-01-05, on appeal", [*tried_2019(None, offense="2019-01-05"), split(10, 2)],
     D(2020, 1, 10), NUJ, "eligible", None),
    # Offense 2018-12-31 and the same appeal pending on 2020-01-10, before Ramos: art. 782 allowed it.
    ("NUJ 10-2, offense 2018-12-31, before Ramos", [*tried_2019(None, offense="2018-12-31"), split(10, 2)],
     D(2020, 1, 10), NUJ, "ineligible", "rule-applies"),
    # No offense date and a 2019 trial: the offense may fall under the 2018 amendment, so review.
    ("NUJ 10-2, 2019 trial, offense date unknown", [*tried_2019(None), charge(offense_date=None), split(10, 2)],
     D(2020, 1, 10), NUJ, "needs_review", "rule-applies"),
    ("NUJ unanimous", [], D(2023, 3, 6), NUJ, "ineligible", "non-unanimous"),
    ("NUJ bench trial", [verdict(form="bench", votes_guilty=None, votes_not_guilty=None, unanimous=None)],
     D(2023, 3, 6), NUJ, "ineligible", "jury-verdict"),
    # ---- no conviction at all: nothing to challenge under any remedy ----
    ("acquitted: 926.2", [acquitted], D(2024, 9, 16), R926_2, "ineligible", "conviction"),
    ("acquitted: 926.1", [acquitted], D(2024, 9, 16), R926_1, "ineligible", "felony-conviction"),
    ("acquitted: 930.8", [acquitted], D(2024, 9, 16), R930, "ineligible", "conviction"),
    ("acquitted: NUJ", [acquitted], D(2024, 9, 16), NUJ, "ineligible", "conviction"),
    ("acquitted: 2254", [acquitted], D(2024, 9, 16), H2254, "ineligible", "conviction"),
    # Convicted, a new trial granted on a record that does not show the grant, then acquitted on retrial.
    ("acquitted on retrial: 926.2",
     [add("retrial", date="2018-03-01", outcome="acquitted", verdict={"outcome": "not_guilty", "form": "jury"})],
     D(2024, 9, 16), R926_2, "ineligible", "conviction"),
    # ---- federal habeas, 2244(d) ----
    # One year from 2016-09-01 (90 days after the writ denial): the anniversary is the last day.
    ("2254 on the last day", [], D(2017, 9, 1), H2254, "eligible", None),
    ("2254 a day late", [], D(2017, 9, 2), H2254, "ineligible", "limitation-period"),
    # A state application pending 2017-03-01..2018-03-01 stops the clock for 366 days: 2018-09-02.
    ("2254 tolled by a state PCR",
     [add("pcr_application", filed="2017-03-01", decided="2018-03-01", outcome="denied")],
     D(2018, 9, 2), H2254, "eligible", None),
    ("2254 tolled by a state PCR, a day late",
     [add("pcr_application", filed="2017-03-01", decided="2018-03-01", outcome="denied")],
     D(2018, 9, 3), H2254, "ineligible", "limitation-period"),
    # 2244(d)(1)(D): a Brady claim on a document suppressed at trial and found 2024-05-06 has a
    # year from that day (diligence for counsel). A DNA result obtained after trial is evidence of
    # innocence, not the predicate of a constitutional claim (innocence alone is no ground: Herrera,
    # Cantu), so it starts no new year: late unless equitable tolling or the McQuiggin gateway.
    ("2254 Brady document found within the year",
     [no_factors, only_evidence(), add_evidence(id="e6", description="Undisclosed deal with the informant",
                                                 kind="documentary", favors="defendant", known_at_trial=False,
                                                 discovered="2024-05-06", discoverable_at_trial=False),
      lambda d: d.update(factors=[{"code": "OM", "actor": "prosecutor", "status": "alleged"}])],
     D(2025, 4, 14), H2254, "eligible", None),
    ("2254 DNA result, Strickland claim", [], D(2024, 9, 16), H2254, "ineligible", "limitation-period"),
    # A recantation found 2023-06-20 may be the predicate of a claim (e.g. false testimony): review.
    ("2254 recantation within the year", [recanted("2023-06-20")], D(2024, 6, 1), H2254, "needs_review",
     "limitation-period"),
    # A state application filed after the year ran out does not revive it.
    ("2254 state PCR filed after the year ran out",
     [add("pcr_application", filed="2018-01-10", decided="2018-05-01", outcome="denied")],
     D(2018, 6, 1), H2254, "ineligible", "limitation-period"),
    # An application still pending on as_of keeps the clock stopped (2244(d)(2)).
    ("2254 state PCR still pending",
     [add("pcr_application", filed="2017-03-01")], D(2024, 9, 16), H2254, "eligible", None),
    # Final in 1990, before AEDPA: the year ran from 1996-04-24 to 1997-04-24 (the grace year).
    ("2254 final before AEDPA, last day of the grace year", BEFORE_AEDPA, D(1997, 4, 24), H2254, "eligible", None),
    ("2254 final before AEDPA, a day late", BEFORE_AEDPA, D(1997, 4, 25), H2254, "ineligible",
     "limitation-period"),
    # ---- federal habeas, 2244(b) ----
    # A first petition dismissed for want of exhaustion does not make the next one successive (Slack).
    ("2254 after a petition dismissed as unexhausted",
     [add("federal_habeas", filed="2016-10-01", decided="2017-02-01", court="lamd", outcome="dismissed",
          reasons="dismissed for failure to exhaust state remedies")], D(2017, 8, 20), H2254, "eligible", None),
    ("2254 second petition, no authorization", SECOND_PETITION, D(2017, 8, 20), H2254, "ineligible",
     "successive"),
    # Authorized by the Fifth Circuit; the year from finality ran out, so timeliness turns on
    # 2244(d)(1)(D) (a recantation found 2023-06-20), which needs review.
    ("2254 second petition, authorized", [*AUTHORIZED, recanted("2023-06-20")], D(2024, 6, 1), H2254,
     "needs_review", "limitation-period"),
    ("2254 released", [custody("released")], D(2017, 6, 1), H2254, "ineligible", "custody"),
    ("2254 on parole", [custody("parole")], D(2017, 6, 1), H2254, "eligible", None),
    # ---- Schlup gateway ----
    # New reliable-looking evidence (DNA exclusion) and a constitutional claim (ILD) to carry.
    ("Schlup DNA exclusion with a Strickland claim", [], D(2024, 9, 16), SCH, "eligible", None),
    ("Schlup with no constitutional claim", [no_factors], D(2024, 9, 16), SCH, "needs_review",
     "constitutional-claim"),
    ("Schlup on a second petition without authorization", SECOND_PETITION, D(2024, 9, 16), SCH, "ineligible",
     "not-successive"),
]


@pytest.mark.parametrize("name, edits, as_of, remedy_id, outcome, decisive", SCENARIOS,
                         ids=[s[0] for s in SCENARIOS])
def test_review_scenario(name, edits, as_of, remedy_id, outcome, decisive):
    result = get_remedy(remedy_id).evaluate(build(*edits), as_of)
    assert result.outcome == outcome, result.summary
    if decisive is not None:
        deciding = {"ineligible": "unmet", "needs_review": "unknown"}[outcome]
        assert decisive in {e.id for e in result.elements if e.status == deciding}, result.summary
    assert all(e.reason and e.authority for e in result.elements)


@pytest.mark.parametrize("jurisdiction, ids", [
    # Louisiana statutes reach only Louisiana convictions; 2254 serves every state prisoner.
    ("US-TX", [H2254, SCH]),
    ("US-MS", [H2254, SCH]),
    # An unknown jurisdiction lists nothing rather than guessing, and does not crash.
    ("unknown", []),
])
def test_review_non_louisiana_lists_only_federal_remedies(jurisdiction, ids):
    result = screen(build(lambda d: d.update(jurisdiction=jurisdiction)), D(2024, 9, 16))
    assert [r.id for r in result.remedies] == ids
    assert not any(r.id in LA_IDS for r in result.remedies)
    for r in result.remedies:
        assert r.elements and all(e.reason for e in r.elements)


def test_review_texas_timeliness_is_not_louisiana_finality():
    """A Texas case: federal timeliness still computes, and no reason cites a Louisiana article."""
    result = screen(build(lambda d: d.update(jurisdiction="US-TX")), D(2017, 6, 1))
    r = result.remedy(H2254)
    assert r.outcome == "eligible", r.summary
    assert all("La. C.Cr.P." not in e.reason for e in r.elements)


# -- robustness: every case file at hand, on dates before, at and after the changes in the law ---------------

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
ROBUST_DATES = [D(2015, 1, 1), D(2021, 8, 1), D(2023, 1, 1), D(2026, 11, 28)]


def _case_files() -> list[Path]:
    return sorted([*ROOT.glob("examples/*.yaml"), *(SHARED / "spec" / "examples").glob("*.yaml"),
                   *(SHARED / "eval" / "screen-dev").glob("*.case.yaml")])


def _assert_explained(case) -> None:
    for as_of in ROBUST_DATES:
        result = screen(case, as_of)
        json.dumps(result.to_dict())
        format_screening(result)
        for r in result.remedies:
            assert r.summary and r.elements, (case.id, as_of, r.id)
            assert all(e.reason and e.authority for e in r.elements), (case.id, as_of, r.id)
            if r.outcome == "needs_review":
                assert r.missing, (case.id, as_of, r.id)


@pytest.mark.parametrize("path", _case_files() or [pytest.param(None, marks=pytest.mark.skip(
    reason=f"no case files found under {ROOT / 'examples'} or {SHARED}"))], ids=lambda p: p and p.name)
def test_review_every_case_file_screens_with_reasons(path):
    _assert_explained(load_case(path))


@pytest.mark.slow
def test_review_extracted_drafts_screen_with_reasons():
    """Drafts made by the extractor from real opinions: partial, undated records must not crash."""
    opinions = sorted((SHARED / "eval" / "dev").glob("*.txt"))
    if not opinions:
        pytest.skip(f"no opinions found under {SHARED / 'eval' / 'dev'}")
    from dayincourt.extract import extract_document
    from dayincourt.ingest import ingest
    for path in opinions:
        _assert_explained(extract_document(ingest(path)).case)
