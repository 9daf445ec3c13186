"""La. C.Cr.P. art. 926.2: post-conviction claim of factual innocence (Acts 2021, No. 104)."""

from __future__ import annotations

from ..dates import DateRange, add_years
from ..elements import (
    bar_930_4,
    conviction_element,
    custody_la,
    exact_date_question,
    for_counsel,
    join,
    litigated_facts,
    make_deadline,
    refs,
    time_limit_930_8,
    verb,
)
from ..facts import DerivedFacts, EvidenceItem, Filing
from ..milestones import ACT_2021_104, ACT_2024_JURISDICTIONAL, ACT_2025_393, FIRST_CLAIM_WINDOW_END
from ..remedy import Remedy
from ..results import Deadline, ElementResult

RULE_TEXT = """\
A person convicted of an offense and in custody after sentence may bring a claim of factual
innocence (art. 926.2, in force since 2021-08-01). The claim must rest on new, reliable and
noncumulative evidence that would be admissible at trial and was not known or discoverable at or
before trial. The evidence must be (i) scientific, forensic, physical or nontestimonial documentary
evidence, or (ii) testimonial evidence corroborated by evidence of kind (i); a recantation alone
does not qualify. The petitioner must prove by clear and convincing evidence that, with the new
evidence and weighing all the evidence including the State's, no rational juror would have
convicted (a question for the court). A first claim filed on or before 2022-12-31 after a trial
to verdict was exempt from the bars of arts. 930.4 and 930.8; any other claim must be filed within
two years of finality or within two years of the discovery of the new facts (art. 930.8(A)(1)),
and a second claim is a successive application dismissed under art. 930.4. Those limits are
jurisdictional since 2024-08-01. From 2025-08-01 (Acts 2025, No. 393) the petitioner must be serving
imprisonment, probation or parole (art. 926(F)), facts known to prior counsel are presumed known,
and the Act amended 926.2(A), (B)(2) and (B)(3) in ways the research could not confirm."""

AUTH_A = "La. C.Cr.P. art. 926.2(A)"
AUTH_NEW = "La. C.Cr.P. art. 926.2(B)(1)(a)"
AUTH_KIND = "La. C.Cr.P. art. 926.2(B)(1)(a)(i)-(ii)"
AUTH_STANDARD = "La. C.Cr.P. art. 926.2(B)"


class FactualInnocence(Remedy):
    def assess(self, facts: DerivedFacts) -> tuple[tuple[ElementResult, ...], Deadline | None]:
        as_of = facts.as_of
        new_ev, qualifying = self.new_evidence(facts), self.kind_of_evidence(facts)
        first, exempt = self.first_claim(facts, qualifying[1])
        # The exemption waives 930.4 and 930.8, not art. 924.1: nothing is filed while an appeal is pending.
        waived = exempt and not facts.state_finality.pending
        if waived:
            time = ElementResult("time-limit", "met", f"A first claim after a trial to verdict filed by "
                                 f"{FIRST_CLAIM_WINDOW_END} is exempt from the time limits of art. 930.8 "
                                 "(Acts 2021, No. 104).", "Acts 2021, No. 104; La. C.Cr.P. art. 926.2")
            deadline = make_deadline("Acts 2021, No. 104 (first claim after trial, bars waived)",
                                     DateRange.exact(FIRST_CLAIM_WINDOW_END), as_of)
        else:
            plea_expired = self._plea_expired(facts)
            limit = time_limit_930_8(facts, qualifying[1] or self._candidates(facts),
                                     discovery_allowed=plea_expired is not True, subject="A factual-innocence claim")
            time, deadline = limit.element, limit.deadline
            c = facts.conviction
            if (time.status == "unmet" and c is not None and c.kind == "unknown" and as_of <= FIRST_CLAIM_WINDOW_END
                    and first.status != "unmet" and not facts.state_finality.pending):
                time = ElementResult(time.id, "unknown", time.reason + " But a first claim filed by "
                                     f"{FIRST_CLAIM_WINDOW_END} after a trial to verdict was exempt from art. 930.8, "
                                     "and the record does not say whether the conviction followed a trial or a plea.",
                                     time.authority, time.facts,
                                     time.missing + ("Was the conviction after a trial or on a guilty plea?",))
            if plea_expired is True:
                time = ElementResult(time.id, time.status, time.reason + " A petitioner who pleaded guilty 5 or "
                                     "more years ago cannot use the new-facts exception for a 926.2 claim.",
                                     time.authority, time.facts, time.missing)
            elif plea_expired is None and time.status == "met":
                c = facts.conviction
                assert c is not None and c.date is not None
                time = ElementResult(time.id, "unknown", time.reason + f" But the plea ({c.date}) may be 5 or more "
                                     "years old, which would take away the new-facts exception for a 926.2 claim.",
                                     time.authority, time.facts,
                                     time.missing + (exact_date_question("the guilty plea", c.date),))
        elements = [
            conviction_element(facts, AUTH_A),
            custody_la(facts),
            new_ev,
            qualifying[0],
            first,
            time,
            self.plea(facts),
            for_counsel("reliable", "Whether the new evidence is reliable is for the court.", AUTH_NEW),
            for_counsel("no-rational-juror", "Whether the petitioner proves by clear and convincing evidence that, "
                        "with the new evidence and weighing all the evidence including the State's, no rational "
                        "juror would have convicted is for the court.", AUTH_STANDARD),
        ]
        if not waived:
            elements.append(for_counsel("diligence", "Whether the petitioner was diligent in discovering the new "
                                        "facts is for the court.", "La. C.Cr.P. art. 930.8(A)(1)"))
        if as_of >= ACT_2025_393:
            elements.append(for_counsel("2025-amendments", "Acts 2025, No. 393 amended art. 926.2(A), (B)(2) and "
                                        "(B)(3); the enacted text is unconfirmed in the research, so this point is "
                                        "unsettled and counsel should check the current text.",
                                        "Acts 2025, No. 393"))
        return tuple(elements), deadline

    # -- elements -------------------------------------------------------------------------

    @staticmethod
    def _candidates(facts: DerivedFacts) -> tuple[EvidenceItem, ...]:
        # A sample never tested has no result yet: it is a reason to seek testing (926.1, 926.3), not evidence.
        return tuple(e for e in facts.new_evidence() if not (e.biological and e.tested is False))

    def new_evidence(self, facts: DerivedFacts) -> ElementResult:
        if not facts.evidence_recorded:
            return ElementResult("new-evidence", "unknown", "No evidence is recorded in the case file.", AUTH_NEW,
                                 missing=("What new evidence of innocence exists, and was it known or "
                                          "discoverable at trial?",))
        candidates = self._candidates(facts)
        if not candidates:
            unsure = [e for e in facts.evidence if e.new is None and e.favors != "state"
                      and not (e.biological and e.tested is False)]
            if unsure:
                return ElementResult("new-evidence", "unknown", f"The record does not say whether "
                                     f"{join(refs(unsure))} was known at trial.", AUTH_NEW, refs(unsure),
                                     tuple(f"Was {e.ref} known at the time of trial?" for e in unsure))
            untested = [e for e in facts.new_evidence() if e.biological and e.tested is False]
            note = (f"; {join(refs(untested))} {verb(untested, 'is a sample', 'are samples')} never tested, which "
                    "can ground an application for testing (arts. 926.1, 926.3) but is not yet evidence of "
                    "innocence" if untested else "")
            return ElementResult("new-evidence", "unmet", "No evidence favoring the petitioner is recorded that "
                                 f"was unknown at trial{note}.", AUTH_NEW, refs(facts.evidence))
        good = [e for e in candidates if e.favors == "defendant"
                and e.discoverable_at_trial is False and e.admissible is True and e.cumulative is False]
        if good:
            return ElementResult("new-evidence", "met", f"{join(refs(good))}: new, noncumulative, admissible, and "
                                 "not known or discoverable at or before trial.", AUTH_NEW, refs(good))
        failing = [e for e in candidates
                   if e.discoverable_at_trial is True or e.admissible is False or e.cumulative is True]
        if len(failing) == len(candidates):
            return ElementResult("new-evidence", "unmet", f"The evidence unknown at trial ({join(refs(failing))}) "
                                 "was discoverable at trial, is inadmissible or is cumulative.", AUTH_NEW,
                                 refs(failing))
        questions = []
        for e in candidates:
            if e in failing:
                continue
            if e.discoverable_at_trial is None:
                questions.append(f"Could {e.ref} have been discovered at or before trial?")
            if e.admissible is None:
                questions.append(f"Would {e.ref} be admissible at trial?")
            if e.cumulative is None:
                questions.append(f"Is {e.ref} cumulative of evidence heard at trial?")
            if e.favors != "defendant":
                questions.append(f"Does {e.ref} tend to show the petitioner's innocence?")
        they = ("it could", "is", "is") if len(candidates) == 1 else ("they could", "are", "are")
        unsettled = [e for e in candidates if e not in failing
                     and (e.discoverable_at_trial is None or e.admissible is None or e.cumulative is None)]
        if not unsettled:
            return ElementResult("new-evidence", "unknown", f"{join(refs(candidates))} {verb(candidates)} not known "
                                 "at trial, but the record does not say whether it favors the petitioner "
                                 "(recorded as unclear).", AUTH_NEW, refs(candidates), tuple(questions))
        return ElementResult("new-evidence", "unknown", f"{join(refs(candidates))} {verb(candidates)} not known at "
                             f"trial, but the record does not say whether {they[0]} have been discovered at trial, "
                             f"{they[1]} admissible and {they[2]} noncumulative.",
                             AUTH_NEW, refs(candidates), tuple(questions))

    def kind_of_evidence(self, facts: DerivedFacts) -> tuple[ElementResult, tuple[EvidenceItem, ...]]:
        """(i) nontestimonial, or (ii) testimonial corroborated by (i); returns the qualifying items too."""
        candidates = self._candidates(facts)
        if not candidates:
            status = "unknown" if not facts.evidence_recorded or any(
                e.new is None and e.favors != "state" for e in facts.evidence) else "unmet"
            ask = ("Is any new evidence scientific, forensic, physical or nontestimonial documentary, or "
                   "testimony corroborated by such evidence?",) if status == "unknown" else ()
            return ElementResult("evidence-type", status, "There is no new evidence to classify as scientific, "
                                 "forensic, physical, nontestimonial documentary or corroborated testimonial.",
                                 AUTH_KIND, missing=ask), ()
        nontestimonial = tuple(e for e in candidates if not e.testimonial)
        corroborated = tuple(e for e in candidates if e.testimonial and e.corroborated)
        if nontestimonial or corroborated:
            parts = [f"{e.ref} is {e.kind} evidence" for e in nontestimonial]
            parts += [f"{e.ref} is testimonial evidence corroborated by {join(e.corroborated_by)}"
                      for e in corroborated]
            return ElementResult("evidence-type", "met", "; ".join(parts) + ".", AUTH_KIND,
                                 refs(nontestimonial + corroborated)), nontestimonial + corroborated
        recants = [r for r in facts.recantations if not r.corroborated_by]
        about = (f" (including the recantations of {join(r.witness for r in recants)})" if recants else "")
        return ElementResult("evidence-type", "unmet", f"The only new evidence is testimonial ({join(refs(candidates))})"
                             f"{about}, and no scientific, forensic, physical or nontestimonial documentary evidence "
                             "corroborates it.", "La. C.Cr.P. art. 926.2(B)(1)(a)(ii)", refs(candidates)), ()

    def first_claim(self, facts: DerivedFacts, qualifying: tuple[EvidenceItem, ...]) -> tuple[ElementResult, bool]:
        """The one-claim rule and the 930.4 bars; also whether the 2021 act's exemption applies."""
        as_of = facts.as_of
        bars, _ = bar_930_4(as_of)
        authority = f"{AUTH_A}; {bars}"
        jurisdictional = (", jurisdictional since 2024-08-01" if as_of >= ACT_2024_JURISDICTIONAL else
                          "; this assumes the State has not waived the bar in writing, which it could do until "
                          "2024-08-01")
        prior_fi = [f for f in facts.state_filings if is_926_2_claim(f)]
        if prior_fi:
            f = prior_fi[-1]
            done = "is pending" if f.pending else f"was already {f.outcome}" + (f" ({f.decided})" if f.decided else "")
            later = [e for e in qualifying if not f.pending and f.decided and e.discovered
                     and e.discovered.earliest() > f.decided.latest()]
            if later:
                # 930.4(E) dismisses a repetitive application only when it raises no new or different claim;
                # whether 926.2 allows one claim in a lifetime is unconfirmed (legal.md section 1).
                return ElementResult("first-claim", "unknown", f"A factual-innocence claim {done} ({f.ref}), but "
                                     f"{join(refs(later))} came to light after it was decided. Art. 926.2 speaks "
                                     "of a first claim and an express one-claim limit is unconfirmed in the "
                                     f"research, while {bars.removeprefix('La. C.Cr.P. ')} dismisses a second "
                                     "application that raises no new or different claim; whether a second claim "
                                     "on later evidence may be heard is unsettled and needs review.", authority,
                                     refs(prior_fi) + refs(later),
                                     (f"Does art. 926.2 allow a second claim on evidence found after {f.ref}?",)), False
            return ElementResult("first-claim", "unmet", f"A factual-innocence claim {done} ({f.ref}); art. 926.2 "
                                 f"allows a first claim, and a second is a successive application dismissed under "
                                 f"{bars.removeprefix('La. C.Cr.P. ')}{jurisdictional}.", authority,
                                 refs(prior_fi)), False
        trial = facts.conviction is not None and facts.conviction.kind == "trial"
        exempt = trial and as_of <= FIRST_CLAIM_WINDOW_END
        prior = [f for f in facts.state_filings if f.kind != "dna_testing_application"]
        if not prior:
            return ElementResult("first-claim", "met", "No earlier post-conviction application or factual-innocence "
                                 "claim is recorded.", authority), exempt
        if exempt:
            return ElementResult("first-claim", "met", f"This would be the first factual-innocence claim; filed by "
                                 f"{FIRST_CLAIM_WINDOW_END} after a trial it is exempt from art. 930.4 despite the "
                                 f"earlier application{'s' if len(prior) > 1 else ''} ({join(refs(prior))}).",
                                 authority, refs(prior)), True
        fresh, raised, available = litigated_facts(facts, qualifying)
        if fresh:
            return ElementResult("first-claim", "met", f"This would be the first factual-innocence claim, and "
                                 f"{join(refs(fresh))} came to light after the earlier application"
                                 f"{'s' if len(prior) > 1 else ''} ({join(refs(prior))}), so it is a new claim.",
                                 authority, refs(prior) + refs(fresh)), False
        if raised and not available:
            return ElementResult("first-claim", "unmet", f"The new evidence ({join(refs(i for i, _ in raised))}) was "
                                 f"already raised in {join(f.ref for _, f in raised)}; an application raising no new "
                                 f"or different claim is dismissed under {bars.removeprefix('La. C.Cr.P. ')}"
                                 f"{jurisdictional}.", authority, refs(prior)), False
        return ElementResult("first-claim", "unknown", f"Earlier applications ({join(refs(prior))}) were decided "
                             "after the new evidence came to light; whether the claim is new or was inexcusably "
                             "omitted from them needs review.", authority, refs(prior),
                             tuple(f"Why was the new evidence not raised in {f.ref}?" for f in prior)), False

    @staticmethod
    def _plea_expired(facts: DerivedFacts) -> bool | None:
        """Whether 5 or more years have elapsed since the guilty plea (None when a partial date straddles it)."""
        c = facts.conviction
        if c is None or c.kind != "plea" or c.date is None:
            return False
        if facts.as_of >= add_years(c.date.latest(), 5):
            return True
        if facts.as_of < add_years(c.date.earliest(), 5):
            return False
        return None

    @staticmethod
    def plea(facts: DerivedFacts) -> ElementResult:
        c = facts.conviction
        authority = "La. C.Cr.P. arts. 926.2(A), 930.8(A)(1)"
        if c is None or c.kind == "unknown":
            return ElementResult("plea", "unknown", "The record does not say whether the conviction followed a "
                                 "trial or a guilty plea, which decides the plea limits.", authority,
                                 missing=("Was the conviction after a trial or on a guilty plea?",))
        if c.kind == "trial":
            return ElementResult("plea", "met", "The conviction followed a trial, so the limits on plea "
                                 "petitioners do not apply.", authority, (c.ref,))
        if facts.as_of >= ACT_2025_393:
            return ElementResult("plea", "unknown", "The conviction was on a guilty plea; Acts 2025, No. 393 "
                                 "(HB 675) was reported to exclude plea petitioners from art. 926.2, but the "
                                 "research could not confirm the enacted text, so this point is unsettled and "
                                 "needs review.", f"{authority}; Acts 2025, No. 393", (c.ref,),
                                 ("Does art. 926.2 as amended in 2025 allow a claim after a guilty plea?",))
        return ElementResult("plea", "met", "The conviction was on a guilty plea; plea petitioners may claim but "
                             "are subject to arts. 930.4 and 930.8, and 5 or more years after the plea lose the "
                             "new-facts exception (applied in the time limit).", authority, (c.ref,))


def is_926_2_claim(f: Filing) -> bool:
    """Whether a filing was a claim under art. 926.2.

    An application that alleged innocence before the article took effect (2021-08-01) was an
    ordinary application (a Conway claim), not a 926.2 claim, so it does not use up the first claim;
    it still counts under the 930.4 bars like any earlier application.
    """
    if f.kind == "factual_innocence_claim":
        return True
    if "factual_innocence" not in f.claims:
        return False
    when = f.filed or f.decided
    return when is None or when.latest() >= ACT_2021_104


REMEDY = FactualInnocence(
    id="us-la/ccrp-926.2",
    name="Post-conviction claim of factual innocence",
    jurisdiction="US-LA",
    citations=("La. C.Cr.P. art. 926.2", "La. C.Cr.P. art. 930.4", "La. C.Cr.P. art. 930.8",
               "Acts 2021, No. 104", "2024 2nd Ex. Sess., Act 10", "Acts 2025, No. 393"),
    in_force_from=ACT_2021_104,
    in_force_to=None,
    rule_text=RULE_TEXT,
)
