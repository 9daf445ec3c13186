"""La. C.Cr.P. art. 930.8(A)(1): application for post-conviction relief on newly discovered facts."""

from __future__ import annotations

from ..elements import (
    bar_930_4,
    conviction_element,
    custody_la,
    for_counsel,
    join,
    litigated_facts,
    refs,
    time_limit_930_8,
    verb,
)
from ..facts import DerivedFacts
from ..milestones import ACT_2024_JURISDICTIONAL, ACT_2025_393
from ..remedy import Remedy
from ..results import Deadline, ElementResult

RULE_TEXT = """\
An application for post-conviction relief must be filed within two years after the judgment of
conviction and sentence became final under arts. 914 and 922 (art. 930.8(A)). Later, it may be
filed within two years of the discovery of facts on which the claim is based that were not known
to the petitioner or to his prior attorneys, if the petitioner shows he was diligent in looking
for them (art. 930.8(A)(1)). From 2025-08-01 facts known to prior counsel are presumed known to the
petitioner (art. 930.8(A)(2)(a)). The petitioner must be in custody after sentence (arts. 924,
930.3; art. 926(F) from 2025-08-01). A successive application that raises no new or different
claim, or a claim inexcusably left out of an earlier one, is dismissed (art. 930.4; the letters
moved in 2025), and these limits are jurisdictional since 2024-08-01. Whether the new facts support
a ground for relief under art. 930.3 (for example Brady or Napue) and the petitioner's diligence
are for counsel and the court."""

AUTH = "La. C.Cr.P. art. 930.8(A)(1)"


class NewFacts(Remedy):
    def assess(self, facts: DerivedFacts) -> tuple[tuple[ElementResult, ...], Deadline | None]:
        new_facts = self.new_facts(facts)
        fresh, raised, available = litigated_facts(facts, facts.new_evidence())
        limit = time_limit_930_8(facts, fresh + tuple(i for i, _ in available))
        elements = (
            conviction_element(facts, "La. C.Cr.P. art. 930.3"),
            custody_la(facts),
            new_facts,
            self.not_litigated(facts, fresh, raised, available),
            limit.element,
            for_counsel("diligence", "Whether the petitioner exercised diligence in discovering the facts is for "
                        "the court.", AUTH),
            for_counsel("ground-for-relief", "Whether the new facts support a ground for relief under art. 930.3 "
                        "(for example a Brady or Napue claim) is for counsel.", "La. C.Cr.P. art. 930.3"),
        )
        return elements, limit.deadline

    @staticmethod
    def new_facts(facts: DerivedFacts) -> ElementResult:
        authority = AUTH + ("; art. 930.8(A)(2)(a)" if facts.as_of >= ACT_2025_393 else "")
        if not facts.evidence_recorded:
            return ElementResult("new-facts", "unknown", "No evidence is recorded in the case file.", authority,
                                 missing=("What facts were discovered after trial, and when?",))
        new = [e for e in facts.new_evidence() if e.favors == "defendant"]
        unclear = [e for e in facts.new_evidence() if e.favors != "defendant"]
        if not new and unclear:
            return ElementResult("new-facts", "unknown", f"{join(refs(unclear))} {verb(unclear)} not known at trial, "
                                 "but the record does not say whether it favors the petitioner.", authority,
                                 refs(unclear), tuple(f"Does {e.ref} favor the petitioner?" for e in unclear))
        if new:
            return ElementResult("new-facts", "met", f"{join(refs(new))} {verb(new)} not known at trial; the record "
                                 "does not show that the petitioner or prior counsel knew of it earlier.",
                                 authority, refs(new))
        unsure = [e for e in facts.evidence if e.new is None and e.favors != "state"]
        if unsure:
            return ElementResult("new-facts", "unknown", f"The record does not say whether {join(refs(unsure))} "
                                 "was known to the petitioner or counsel at trial.", authority, refs(unsure),
                                 tuple(f"Was {e.ref} known to the petitioner or counsel at trial?" for e in unsure))
        return ElementResult("new-facts", "unmet", "No fact favoring the petitioner is recorded that was unknown "
                             "at trial.", authority, refs(facts.evidence))

    @staticmethod
    def not_litigated(facts: DerivedFacts, fresh, raised, available) -> ElementResult:
        bars, _ = bar_930_4(facts.as_of)
        jurisdictional = (" (jurisdictional since 2024-08-01)" if facts.as_of >= ACT_2024_JURISDICTIONAL else
                          " unless the State waives the bar in writing, which it could do until 2024-08-01")
        applications = tuple(f for f in facts.state_filings if f.kind != "dna_testing_application")
        if not applications:
            return ElementResult("not-litigated", "met", "No earlier application for post-conviction relief is "
                                 "recorded.", bars)
        prior = refs(applications)
        if fresh:
            return ElementResult("not-litigated", "met", f"{join(refs(fresh))} came to light after the earlier "
                                 f"applications ({join(prior)}) were decided, so it supports a new claim.", bars,
                                 prior + refs(fresh))
        if raised and not available:
            items = join(refs(i for i, _ in raised))
            apps = join(sorted({f.ref for _, f in raised}))
            return ElementResult("not-litigated", "unmet", f"The only new facts ({items}) were already raised in "
                                 f"{apps}; a successive application raising no new or different claim is dismissed"
                                 f"{jurisdictional}.", bars, prior)
        if not (raised or available):
            return ElementResult("not-litigated", "met", f"No new fact predates the earlier applications "
                                 f"({join(prior)}).", bars, prior)
        return ElementResult("not-litigated", "unknown", f"Some new facts ({join(refs(i for i, _ in available))}) "
                             f"were known before the earlier applications ({join(prior)}) were decided; whether "
                             "they were raised, or inexcusably left out, needs review.", bars, prior,
                             tuple(f"Was {i.ref} raised in {f.ref}, and if not, why not?" for i, f in available))


REMEDY = NewFacts(
    id="us-la/ccrp-930.8-new-facts",
    name="Application for post-conviction relief on newly discovered facts",
    jurisdiction="US-LA",
    citations=("La. C.Cr.P. art. 930.8(A)(1)", "La. C.Cr.P. art. 930.3", "La. C.Cr.P. art. 930.4",
               "La. C.Cr.P. arts. 914, 922"),
    in_force_from=None,
    in_force_to=None,
    rule_text=RULE_TEXT,
)
