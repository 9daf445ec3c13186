"""The actual-innocence gateway (Schlup v. Delo; McQuiggin v. Perkins)."""

from __future__ import annotations

from ..elements import conviction_element, custody_federal, federal_successive, for_counsel, join, refs, verb
from ..facts import DerivedFacts
from ..remedy import Remedy
from ..results import Deadline, ElementResult

RULE_TEXT = """\
A federal habeas petitioner whose constitutional claims are procedurally defaulted or time-barred
may have them heard if new reliable evidence not presented at trial (exculpatory scientific
evidence, trustworthy eyewitness accounts, critical physical evidence) shows it is more likely than
not that no reasonable juror would have convicted (Schlup v. Delo, 1995). The gateway also overcomes
the one-year limit; unexplained delay bears on reliability, and such cases are rare (McQuiggin v.
Perkins, 2013). It is a gateway, not a claim: innocence alone is not a ground for federal habeas
relief (Herrera v. Collins; the Fifth Circuit rejects freestanding innocence claims, Cantu v. Thaler),
so a constitutional claim (for example Brady, Napue or Strickland) must pass through it. A second or
successive petition must instead meet 28 U.S.C. 2244(b)(2)(B) with court-of-appeals authorization.
Whether the evidence is reliable and meets the standard is for counsel and the court."""

SCHLUP = "Schlup v. Delo, 513 U.S. 298 (1995)"


class SchlupGateway(Remedy):
    def assess(self, facts: DerivedFacts) -> tuple[tuple[ElementResult, ...], Deadline | None]:
        elements = (
            conviction_element(facts, "28 U.S.C. 2254(a)"),
            custody_federal(facts),
            self.new_evidence(facts),
            self.claim(facts),
            federal_successive(facts, "not-successive", gateway=True),
            for_counsel("reliable", self._reliability(facts), SCHLUP),
            for_counsel("no-reasonable-juror", "Whether it is more likely than not that no reasonable juror would "
                        "have convicted in light of the new evidence is for the court; unexplained delay bears on "
                        "reliability.", f"{SCHLUP}; McQuiggin v. Perkins, 569 U.S. 383 (2013)"),
            for_counsel("merits", "Whether the constitutional claim carried through the gateway has merit is for "
                        "counsel.", "28 U.S.C. 2254(a)"),
        )
        return elements, None

    @staticmethod
    def new_evidence(facts: DerivedFacts) -> ElementResult:
        if not facts.evidence_recorded:
            return ElementResult("new-evidence", "unknown", "No evidence is recorded in the case file.", SCHLUP,
                                 missing=("What new evidence of innocence, not presented at trial, exists?",))
        new = [e for e in facts.new_evidence() if e.favors == "defendant"]
        unclear = [e for e in facts.new_evidence() if e.favors != "defendant"]
        if not new and unclear:
            return ElementResult("new-evidence", "unknown", f"{join(refs(unclear))} {verb(unclear)} not presented "
                                 "at trial, but the record does not say whether it tends to show innocence.", SCHLUP,
                                 refs(unclear), tuple(f"Does {e.ref} tend to show the petitioner's innocence?"
                                                      for e in unclear))
        if new:
            kinds = join(sorted({e.kind for e in new}))
            return ElementResult("new-evidence", "met", f"{join(refs(new))} ({kinds}) {verb(new)} not presented at trial.",
                                 SCHLUP, refs(new))
        unsure = [e for e in facts.evidence if e.new is None and e.favors != "state"]
        if unsure:
            return ElementResult("new-evidence", "unknown", f"The record does not say whether {join(refs(unsure))} "
                                 "was presented at trial.", SCHLUP, refs(unsure),
                                 tuple(f"Was {e.ref} presented at trial?" for e in unsure))
        return ElementResult("new-evidence", "unmet", "No evidence favoring the petitioner is recorded that was not "
                             "presented at trial.", SCHLUP, refs(facts.evidence))

    @staticmethod
    def claim(facts: DerivedFacts) -> ElementResult:
        authority = "Herrera v. Collins, 506 U.S. 390 (1993); Cantu v. Thaler, 632 F.3d 157 (5th Cir. 2011)"
        if facts.constitutional_claims:
            return ElementResult("constitutional-claim", "met", "The record raises constitutional claims to carry "
                                 f"through the gateway: {join(facts.constitutional_claims)}.", authority,
                                 ("proceedings", "factors"))
        return ElementResult("constitutional-claim", "unknown", "No constitutional claim appears in the record; "
                             "innocence alone is not a ground for federal habeas relief.", authority,
                             missing=("Which constitutional claim (e.g. Brady, Napue, ineffective assistance) would "
                                      "the gateway carry?",))

    @staticmethod
    def _reliability(facts: DerivedFacts) -> str:
        doubted = [r for r in facts.recantations if r.found_credible is False]
        base = "Whether the new evidence is reliable is for the court."
        if doubted:
            base += (f" Courts have found the recantations of {join(r.witness for r in doubted)} not credible, "
                     "which weighs against reliability.")
        return base


REMEDY = SchlupGateway(
    id="us-fed/schlup-gateway",
    name="Actual-innocence gateway to federal habeas review",
    jurisdiction="US-FED",
    citations=(SCHLUP, "McQuiggin v. Perkins, 569 U.S. 383 (2013)", "Herrera v. Collins, 506 U.S. 390 (1993)",
               "Cantu v. Thaler, 632 F.3d 157 (5th Cir. 2011)"),
    in_force_from=None,
    in_force_to=None,
    rule_text=RULE_TEXT,
)
