"""Elements several remedies share: conviction, custody, the 930.8 and 930.4 bars, 2244(b).

Each builder reads :class:`~dayincourt.law.facts.DerivedFacts` and returns an
:class:`~dayincourt.law.results.ElementResult` whose reason a lawyer can check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from ..casefile import PartialDate
from .dates import WEEKENDS_NOTE, DateRange, deadline_status, latest_of
from .facts import DerivedFacts, EvidenceItem, Filing
from .milestones import ACT_2024_JURISDICTIONAL, ACT_2025_393
from .results import Deadline, ElementResult


def refs(items: Iterable[EvidenceItem | Filing]) -> tuple[str, ...]:
    return tuple(i.ref for i in items)


def verb(items: Iterable[object], singular: str = "was", plural: str = "were") -> str:
    return singular if len(list(items)) == 1 else plural


def on(rng: DateRange) -> str:
    """'on 2020-01-01' or 'between 2020-01-01 and 2020-12-31'."""
    return f"on {rng}" if rng.is_exact else str(rng)


def join(words: Iterable[str]) -> str:
    items = list(words)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def exact_date_question(label: str, value: PartialDate | None) -> str:
    if value is None:
        return f"When was {label}? (the date is not recorded)"
    return f"What is the exact date of {label}? (known only to the {value.precision}: {value})"


def make_deadline(rule: str, last_day: DateRange, as_of: dt.date, note: str | None = None) -> Deadline:
    """A deadline whose last timely day may be a range; ``date`` is the earliest (safest) day."""
    status = deadline_status(last_day, as_of)
    passed = {"met": False, "unmet": True, "unknown": None}[status]
    text = WEEKENDS_NOTE if note is None else f"{note}; {WEEKENDS_NOTE}"
    return Deadline(rule=rule, date=last_day.earliest, passed=passed,
                    earliest=last_day.earliest, latest=last_day.latest, note=text)


# ---------------------------------------------------------------- conviction and custody


def conviction_element(facts: DerivedFacts, authority: str, what: str = "an offense") -> ElementResult:
    c = facts.conviction
    if c is None and facts.no_conviction:
        return ElementResult("conviction", "unmet", no_conviction_reason(facts), authority, facts.no_conviction)
    if c is None:
        return ElementResult("conviction", "unknown", "No conviction is recorded in the case file.", authority,
                             missing=("What conviction is challenged (trial or plea, date, verdict)?",))
    if c.vacated_by:
        return ElementResult("conviction", "unmet",
                             f"The conviction ({c.ref}) was set aside by {c.vacated_by}, so there is no "
                             "conviction left to challenge.", authority, (c.ref, c.vacated_by))
    how = {"trial": "after a trial", "plea": "on a guilty plea", "unknown": "(trial or plea not recorded)"}[c.kind]
    when = f" in {c.date}" if c.date else ""
    return ElementResult("conviction", "met", f"Convicted of {what} {how}{when} ({c.ref}).", authority, (c.ref,))


def no_conviction_reason(facts: DerivedFacts) -> str:
    """Why the record shows no conviction to challenge (only when ``facts.no_conviction``)."""
    return (f"The record shows no conviction: the case ended in an acquittal or dismissal "
            f"({join(facts.no_conviction)}), so there is nothing to challenge after conviction.")


def custody_la(facts: DerivedFacts) -> ElementResult:
    """Custody after sentence (arts. 924, 930.3); from 2025-08-01 also art. 926(F)."""
    if facts.as_of >= ACT_2025_393:
        authority = "La. C.Cr.P. arts. 924, 926(F), 930.3"
        rule = ("from 2025-08-01 art. 926(F) requires serving imprisonment, probation or parole and being "
                "in actual custody or under supervision")
    else:
        authority = "La. C.Cr.P. arts. 924(1), 930.3"
        rule = "art. 930.3 requires custody after sentence, which art. 924 defines to include parole and probation"
    return _custody(facts, authority, rule)


def custody_federal(facts: DerivedFacts) -> ElementResult:
    rule = ("28 U.S.C. 2254(a) requires custody under the state judgment; parole counts "
            "(Jones v. Cunningham, 371 U.S. 236 (1963))")
    return _custody(facts, "28 U.S.C. 2254(a)", rule)


def _custody(facts: DerivedFacts, authority: str, rule: str) -> ElementResult:
    status = facts.custody_status
    if facts.in_custody:
        how = ("imprisoned" if status == "imprisoned" else
               "in custody (imprisoned or under supervision), since the recorded release came later"
               if status == "in_custody_before_release" else f"on {status}")
        return ElementResult("custody", "met", f"The petitioner is {how}; {rule}.", authority, ("custody",))
    if facts.in_custody is False:
        return ElementResult("custody", "unmet", f"The record says the petitioner is {status}, not imprisoned or "
                             f"under supervision; {rule}.", authority, ("custody",))
    return ElementResult("custody", "unknown", f"The custody status is not recorded; {rule}.", authority,
                         missing=("Is the petitioner imprisoned, on parole or on probation?",))


# ---------------------------------------------------------------- Louisiana bars


def bar_930_4(as_of: dt.date) -> tuple[str, str]:
    """The letters of the successive-application bars on as_of (relettered by the 2025 act)."""
    if as_of >= ACT_2025_393:
        return "La. C.Cr.P. art. 930.4(E)-(F)", "930.4(E)"
    return "La. C.Cr.P. art. 930.4(D)-(E)", "930.4(D)"


def waiver_note(as_of: dt.date) -> str:
    if as_of >= ACT_2024_JURISDICTIONAL:
        return "these limits are jurisdictional since 2024-08-01 and cannot be waived"
    return ("this assumes the State has not waived the limit in writing, which it could do until the 2024 act "
            "made the limits jurisdictional on 2024-08-01")


@dataclass(frozen=True, slots=True)
class TimeLimit:
    element: ElementResult
    deadline: Deadline | None


def time_limit_930_8(facts: DerivedFacts, new_facts: tuple[EvidenceItem, ...], *, element_id: str = "time-limit",
                     discovery_allowed: bool = True, subject: str = "An application") -> TimeLimit:
    """Art. 930.8(A): two years from finality, or two years from discovery of new facts.

    The last day is the later of the two. With partial dates the last day is a range, and
    the element is unknown only when as_of falls inside it.
    """
    as_of = facts.as_of
    authority = "La. C.Cr.P. art. 930.8(A)(1)"
    final = facts.state_finality
    if final.pending:
        return TimeLimit(ElementResult(element_id, "unmet", f"{final.reason} {subject} for post-conviction relief "
                                       "cannot be entertained before the judgment is final.",
                                       "La. C.Cr.P. arts. 924.1, 930.8(A)", final.facts), None)
    candidates: list[tuple[str, DateRange, tuple[str, ...]]] = []
    missing: list[str] = []
    if final.range is not None:
        candidates.append(("two years from finality", final.range.plus_years(2), final.facts))
    else:
        missing.append("When did the conviction become final (dates of the appeal and writ decisions)?")
    if discovery_allowed:
        for item in new_facts:
            if item.discovered is None:
                missing.append(exact_date_question(f"the discovery of {item.ref}", None))
            else:
                candidates.append((f"two years from the discovery of {item.ref} ({item.discovered})",
                                   DateRange.of(item.discovered).plus_years(2), (item.ref,)))
    last = latest_of(c[1] for c in candidates)
    used = tuple(f for c in candidates for f in c[2])
    prior_counsel = (" Facts known to prior counsel are presumed known to the petitioner (art. 930.8(A)(2)(a), "
                     "2025)." if as_of >= ACT_2025_393 and discovery_allowed and new_facts else "")
    if last is None:
        return TimeLimit(ElementResult(element_id, "unknown", "The dates that start the 930.8 period are not "
                                       "recorded.", authority, used, tuple(missing)), None)
    best = max(candidates, key=lambda c: c[1].latest)
    status = deadline_status(last, as_of)
    deadline = make_deadline(authority, last, as_of)
    if status == "met":
        reason = f"{subject} filed on {as_of} is within {best[0]}, which runs through {last}.{prior_counsel}"
        if missing:
            status, reason = "unknown", reason + " Some dates are missing."
    elif status == "unmet":
        if missing:
            reason = (f"The known periods ran out {on(last)} ({best[0]}), but dates are missing that could start "
                      "a later one.")
            status = "unknown"
        else:
            reason = (f"The 930.8 period ended {on(last)} ({best[0]}), before {as_of}; "
                      f"{waiver_note(as_of)}.{prior_counsel}")
    else:
        inputs = [m for m in _partial_inputs(facts, best[2])]
        missing.extend(inputs)
        reason = (f"The last day to file ({best[0]}) falls {last}, and {as_of} is inside that range, so the "
                  "answer depends on a date known only to the month or year.")
    return TimeLimit(ElementResult(element_id, status, reason, authority, used, tuple(missing)), deadline)


def _partial_inputs(facts: DerivedFacts, used: tuple[str, ...]) -> list[str]:
    """Questions asking for the exact dates behind a range."""
    out = []
    for item in facts.evidence:
        if item.ref in used and item.discovered and not item.discovered.exact:
            out.append(exact_date_question(f"the discovery of {item.ref}", item.discovered))
    if any(ref.startswith("proceedings") for ref in used):
        out.extend(facts.state_finality.questions)
    return out


def litigated_facts(facts: DerivedFacts, items: tuple[EvidenceItem, ...]) -> tuple[
        tuple[EvidenceItem, ...], tuple[tuple[EvidenceItem, Filing], ...], tuple[tuple[EvidenceItem, Filing], ...]]:
    """Split new facts into fresh ones, ones raised in an earlier application, and ones that were available to one.

    A fact discovered before an earlier state application was decided either was raised in
    it (the application claimed new evidence, a recantation or DNA) or was available to it.
    """
    fresh, raised, available = [], [], []
    for item in items:
        # An application for DNA testing (926.1) seeks testing, not relief, so it litigates no claim.
        prior = next((f for f in facts.state_filings if f.kind != "dna_testing_application" and f.decided
                      and item.discovered and item.discovered.earliest() <= f.decided.latest()), None)
        if prior is None:
            fresh.append(item)
            continue
        kinds = {"new_evidence", "factual_innocence"}
        if item.testimonial:
            kinds.add("recantation")
        if item.biological or item.kind == "scientific":
            kinds.add("dna")
        if item.kind == "documentary":
            kinds |= {"brady", "napue"}
        if kinds & set(prior.claims):
            raised.append((item, prior))
        else:
            available.append((item, prior))
    return tuple(fresh), tuple(raised), tuple(available)


# ---------------------------------------------------------------- federal successive petitions


def federal_successive(facts: DerivedFacts, element_id: str = "successive",
                       gateway: bool = False) -> ElementResult:
    """28 U.S.C. 2244(b): a second petition after one adjudicated needs court-of-appeals authorization."""
    authority = "28 U.S.C. 2244(b)(1)-(3)"
    petitions = facts.federal_filings
    if not petitions:
        return ElementResult(element_id, "met", "No earlier federal habeas petition is recorded, so a petition now "
                             "would not be second or successive.", authority)
    first = petitions[0]
    if first.pending:
        return ElementResult(element_id, "unknown", f"A federal petition ({first.ref}) is recorded without a "
                             "decision; new claims may belong in it rather than in a new petition.", authority,
                             (first.ref,), ("Is the federal petition " + first.ref + " still pending?",))
    reasons = (first.reasons or "").lower()
    if first.outcome == "dismissed" and ("without prejudice" in reasons or "exhaust" in reasons):
        # A petition dismissed for want of exhaustion does not count (Slack v. McDaniel, 529 U.S. 473 (2000)).
        return ElementResult(element_id, "met", f"The earlier federal petition ({first.ref}) was dismissed without "
                             "prejudice, so a new petition is not second or successive (Slack v. McDaniel).",
                             authority, (first.ref,))
    adjudicated = first.outcome == "denied" or any(w in reasons for w in ("with prejudice", "merits", "time-barred",
                                                                          "untimely"))
    when = f" on {first.decided}" if first.decided else ""
    if not adjudicated:
        return ElementResult(element_id, "unknown", f"An earlier federal petition ({first.ref}) was {first.outcome}"
                             f"{when}, but the record does not say whether the dismissal was with prejudice (which "
                             "makes a new petition second or successive) or without.", authority, (first.ref,),
                             (f"Was the federal petition {first.ref} dismissed with prejudice (on the merits or as "
                              "untimely) or without prejudice?",))
    authorized = next((o for o in facts.appeals_court_orders
                       if o.outcome == "granted" and "authoriz" in (o.reasons or "").lower()), None)
    after = (" A successive petition must meet 2244(b)(2)(B) instead of the Schlup gateway."
             if gateway else "")
    if authorized:
        return ElementResult(element_id, "met", f"The court of appeals authorized a second or successive petition "
                             f"({authorized.ref}).{after}", authority, (first.ref, authorized.ref))
    return ElementResult(element_id, "unmet", f"A first federal petition ({first.ref}) was {first.outcome}{when}, "
                         "so a new petition is second or successive, and no court-of-appeals authorization is "
                         f"recorded (2244(b)(3)).{after}", authority, (first.ref,))


def for_counsel(element_id: str, reason: str, authority: str) -> ElementResult:
    return ElementResult(element_id, "for_counsel", reason, authority)
