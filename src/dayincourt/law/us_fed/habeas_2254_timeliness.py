"""Federal habeas for a state prisoner: the 28 U.S.C. 2244(d) limitation period and 2244(b)."""

from __future__ import annotations

import datetime as dt

from ..dates import DateRange, Interval, add_years, deadline_status, latest_of, tolled_deadline
from ..elements import (
    conviction_element,
    custody_federal,
    federal_successive,
    for_counsel,
    join,
    make_deadline,
    refs,
)
from ..facts import DerivedFacts, Filing
from ..remedy import Remedy
from ..results import Deadline, ElementResult

RULE_TEXT = """\
A person in custody under a state judgment may petition a federal court (28 U.S.C. 2254) within one
year of the latest of: the date the judgment became final by the end of direct review or of the
time to seek it (90 days for certiorari when none was filed); the removal of a State-created
impediment; the recognition of a new retroactive right; or the date the factual predicate of the
claim could have been discovered with diligence (2244(d)(1)). The period does not run while a
properly filed state post-conviction application is pending, from its filing through the last state
decision on it (2244(d)(2)); it does not stop for certiorari from state post-conviction review
(Lawrence v. Florida). Whether an untimely state application tolls (Pace v. DiGuglielmo) is
unconfirmed in the research, so both readings are computed. Equitable tolling needs diligence and
an extraordinary circumstance (Holland v. Florida) and is for counsel. A second or successive
petition is dismissed if it repeats a claim, and a new claim needs a new retroactive rule or
facts undiscoverable earlier plus clear and convincing proof of innocence, and authorization from
the court of appeals (2244(b)). A judgment final before AEDPA took effect (1996-04-24) had one year
from that day. One-year periods end on the anniversary; weekends and holidays are not modelled."""

AUTH = "28 U.S.C. 2244(d)(1)-(2)"
AEDPA = dt.date(1996, 4, 24)  # Antiterrorism and Effective Death Penalty Act: the 2244(d) period begins


def tolling(facts: DerivedFacts) -> tuple[list[Interval], list[Interval], tuple[Filing, ...]]:
    """Tolling intervals for the shortest and the longest reading, and the filings of doubtful propriety.

    A filing date that is partial or unknown gives the least tolling when it is taken as late as
    possible and the most when taken as early as possible. An application filed more than two years
    after state finality may not be "properly filed" (Pace; unconfirmed), so only the longest reading
    counts it.
    """
    low: list[Interval] = []
    high: list[Interval] = []
    doubtful: list[Filing] = []
    final = facts.state_finality.range
    floor = facts.conviction.date.earliest() if facts.conviction and facts.conviction.date else None
    for f in facts.state_filings:
        end_low = f.decided.earliest() if f.decided else facts.as_of
        end_high = f.decided.latest() if f.decided else facts.as_of
        if f.filed:
            start_low, start_high = f.filed.latest(), f.filed.earliest()
        else:
            start_low, start_high = end_low, floor or (final.earliest if final else end_low)
        late = final is not None and f.filed is not None and f.filed.earliest() > add_years(final.latest, 2)
        if late:
            doubtful.append(f)
        else:
            low.append(Interval(start_low, end_low))
        high.append(Interval(start_high, end_high))
    return low, high, tuple(doubtful)


class HabeasTimeliness(Remedy):
    def assess(self, facts: DerivedFacts) -> tuple[tuple[ElementResult, ...], Deadline | None]:
        limit, deadline = self.limitation(facts)
        elements = (
            conviction_element(facts, "28 U.S.C. 2254(a)"),
            custody_federal(facts),
            limit,
            federal_successive(facts),
            for_counsel("exhaustion", "Whether each claim was fairly presented to the Louisiana Supreme Court "
                        "(exhaustion) is for counsel.", "28 U.S.C. 2254(b)(1)"),
            for_counsel("equitable-tolling", "Equitable tolling, which needs diligence and an extraordinary "
                        "circumstance, is for counsel.", "Holland v. Florida, 560 U.S. 631 (2010)"),
            for_counsel("merits", "Whether a constitutional claim has merit is for counsel.", "28 U.S.C. 2254(d)"),
        )
        return elements, deadline

    @staticmethod
    def limitation(facts: DerivedFacts) -> tuple[ElementResult, Deadline | None]:
        as_of = facts.as_of
        final = facts.federal_finality
        if final.pending:
            return ElementResult("limitation-period", "met", f"{final.reason} The one-year period has not begun.",
                                 AUTH, final.facts), None
        if final.range is None:
            return ElementResult("limitation-period", "unknown", "When the conviction became final is not known. "
                                 + final.reason, AUTH, final.facts,
                                 ("What are the dates of the appeal and writ decisions on direct review?",)), None
        low, high, doubtful = tolling(facts)
        # A conviction final before AEDPA had one year from its effective date (the 1996-04-24 grace year).
        start = DateRange(max(final.range.earliest, AEDPA), max(final.range.latest, AEDPA))
        last = DateRange(tolled_deadline(start.earliest, 1, low), tolled_deadline(start.latest, 1, high))
        status = deadline_status(last, as_of)
        tolled = [f for f in facts.state_filings]
        toll_text = (f", not counting the time state applications were pending ({join(refs(tolled))})"
                     if tolled else "")
        pace = (f"; whether {join(refs(doubtful))}, filed more than two years after finality, was properly filed "
                "and tolls is unsettled in the research (Pace v. DiGuglielmo), so both readings are computed"
                if doubtful else "")
        used = final.facts + refs(tolled)
        deadline = make_deadline(AUTH, last, as_of)
        grace = (f" (final before AEDPA, so the year runs from {AEDPA}; Flanagan v. Johnson, 154 F.3d 196 "
                 "(5th Cir. 1998))" if final.range.earliest < AEDPA else "")
        head = f"One year from finality ({final.range}){grace}{toll_text} runs to {last}{pace}"
        if status == "met":
            return ElementResult("limitation-period", "met", f"{head}; a petition filed on {as_of} is timely.",
                                 AUTH, used), deadline
        if status == "unknown":
            return ElementResult("limitation-period", "unknown", f"{head}; {as_of} falls inside that range, so the "
                                 "answer depends on dates known only to the month or year or on a point that is "
                                 "unsettled.", AUTH, used,
                                 final.questions + tuple(
                                     f"What are the exact filing and decision dates of {f.ref}?"
                                     for f in tolled if not (f.filed and f.filed.exact and f.decided
                                                             and f.decided.exact))), deadline
        return HabeasTimeliness._discovery(facts, head, used, deadline, low, high)

    @staticmethod
    def _discovery(facts: DerivedFacts, head: str, used: tuple[str, ...], deadline: Deadline,
                   low: list[Interval], high: list[Interval]) -> tuple[ElementResult, Deadline | None]:
        """2244(d)(1)(D): a later start from the discovery of the factual predicate."""
        as_of = facts.as_of
        # A Brady or Napue claim rests on the suppressed item itself, so its discovery starts the year.
        suppression = any("Brady" in c or "Napue" in c for c in facts.constitutional_claims)
        suppressed = [e for e in facts.new_evidence() if e.discovered and e.favors == "defendant"
                      and e.kind in ("documentary", "testimonial") and e.discoverable_at_trial is False]
        if suppression and suppressed:
            start = latest_of(DateRange.of(e.discovered) for e in suppressed)  # type: ignore[arg-type]
            assert start is not None
            later = DateRange(tolled_deadline(start.earliest, 1, low), tolled_deadline(start.latest, 1, high))
            status = deadline_status(later, as_of)
            if status != "unmet":
                reason = (f"{head}, before {as_of}; but the record raises a suppression claim "
                          f"({join(c for c in facts.constitutional_claims if 'Brady' in c or 'Napue' in c)}) whose "
                          f"factual predicate, {join(refs(suppressed))}, was not discoverable at trial and came to "
                          f"light {start}, so the year runs from then to {later} under 2244(d)(1)(D); whether it "
                          "could have been found earlier with diligence is for counsel.")
                if status == "unknown":
                    reason += f" {as_of} falls inside that range, so the exact discovery date decides."
                return ElementResult("limitation-period", "met" if status == "met" else "unknown", reason,
                                     "28 U.S.C. 2244(d)(1)(D)", used + refs(suppressed),
                                     tuple(f"What is the exact date {e.ref} came to light?" for e in suppressed
                                           if status == "unknown")), \
                    make_deadline("28 U.S.C. 2244(d)(1)(D)", later, as_of)
        # A new scientific result (a DNA test run after trial) is evidence of innocence, not the factual
        # predicate of a constitutional claim, and innocence alone is no ground (Herrera; Cantu), so it
        # starts no new year; other late discoveries may be a claim's predicate, which needs review.
        # (Results found within the last year are named, since for them the point decides the outcome.)
        found = [e for e in facts.new_evidence() if e.discovered and e.kind != "scientific"]
        results = [e for e in facts.new_evidence() if e.discovered and e.kind == "scientific"
                   and deadline_status(DateRange.of(e.discovered).plus_years(1), as_of) != "unmet"]
        start = latest_of(DateRange.of(e.discovered) for e in found)  # type: ignore[arg-type]
        if start is not None:
            later = DateRange(tolled_deadline(start.earliest, 1, low), tolled_deadline(start.latest, 1, high))
            if deadline_status(later, as_of) != "unmet":
                return ElementResult(
                    "limitation-period", "unknown",
                    f"{head}, before {as_of}; but one year from the discovery of {join(refs(found))} ({start}) runs "
                    f"to {later} under 2244(d)(1)(D), if the federal claim is predicated on those facts and they "
                    "could not have been discovered earlier with diligence, which needs review.",
                    "28 U.S.C. 2244(d)(1)(D)", used + refs(found),
                    (f"Is the federal claim predicated on facts first discoverable when {join(refs(found))} came "
                     "to light?",)), make_deadline("28 U.S.C. 2244(d)(1)(D)", later, as_of)
        later_results = (f" The later scientific evidence ({join(refs(results))}) does not start a new year under "
                         "2244(d)(1)(D): it supports innocence, which is not itself a ground for relief (Herrera v. "
                         "Collins; Cantu v. Thaler), rather than being the factual predicate of a constitutional "
                         "claim." if results else "")
        return ElementResult("limitation-period", "unmet", f"{head}, before {as_of}; only equitable tolling or the "
                             "actual-innocence gateway (McQuiggin v. Perkins) could excuse a late petition."
                             f"{later_results}", AUTH, used + refs(results)), deadline


REMEDY = HabeasTimeliness(
    id="us-fed/2254-timeliness",
    name="Federal habeas corpus for a state prisoner (timeliness and successive petitions)",
    jurisdiction="US-FED",
    citations=("28 U.S.C. 2244(d)", "28 U.S.C. 2244(b)", "28 U.S.C. 2254", "Holland v. Florida, 560 U.S. 631 (2010)",
               "Lawrence v. Florida, 549 U.S. 327 (2007)"),
    in_force_from=AEDPA,
    in_force_to=None,
    rule_text=RULE_TEXT,
)
