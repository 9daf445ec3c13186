"""The remedy base: one small, reviewable object per post-conviction remedy.

A remedy carries its citations, the dates it is in force, a plain-language rule text a
lawyer can check against the statute, and ``evaluate(case, as_of)``. Subclasses only
write ``assess(facts)``: the elements, each with a status, a reason and its authority.
The outcome follows CONTRACTS.md section 3 and is decided here, in one place:

* ``ineligible`` when any element is unmet (bars are elements too);
* ``needs_review`` when none is unmet but one the program can check is unknown;
* ``eligible`` when every element the program can check is met.

``for_counsel`` elements (standards only a court can weigh) never decide the outcome.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from dataclasses import dataclass

from ..casefile import Case
from .facts import DerivedFacts, derive
from .results import Deadline, ElementResult, Outcome, RemedyResult


@dataclass(frozen=True)
class Remedy(ABC):
    """A post-conviction remedy (subclass and implement :meth:`assess`)."""

    id: str
    name: str
    jurisdiction: str  # "US-LA" for Louisiana law; "US-FED" for federal remedies of state prisoners
    citations: tuple[str, ...]
    in_force_from: dt.date | None
    in_force_to: dt.date | None
    rule_text: str

    def applies_to(self, jurisdiction: str) -> bool:
        """Whether the remedy is open to convictions from ``jurisdiction``.

        Federal habeas under 28 U.S.C. 2254 serves people in custody under a state
        judgment, so federal remedies apply to every state jurisdiction.
        """
        if self.jurisdiction == "US-FED":
            return jurisdiction.startswith("US-") and jurisdiction != "US-FED"
        return jurisdiction == self.jurisdiction

    def in_force(self, as_of: dt.date) -> bool:
        if self.in_force_from and as_of < self.in_force_from:
            return False
        return not (self.in_force_to and as_of > self.in_force_to)

    def evaluate(self, case: Case, as_of: dt.date) -> RemedyResult:
        """Screen one case for this remedy under the law in force on ``as_of``."""
        return self.evaluate_facts(derive(case, as_of))

    def evaluate_facts(self, facts: DerivedFacts) -> RemedyResult:
        """Screen from facts already derived (``screen`` derives them once for all remedies)."""
        if not self.in_force(facts.as_of):
            window = f"in force from {self.in_force_from}" + (f" to {self.in_force_to}" if self.in_force_to else "")
            element = ElementResult("in-force", "unmet",
                                    f"{self.citations[0]} is not in force on {facts.as_of} ({window}).",
                                    self.citations[0])
            return self._result((element,), None, facts.as_of)
        elements, deadline = self.assess(facts)
        return self._result(elements, deadline, facts.as_of)

    @abstractmethod
    def assess(self, facts: DerivedFacts) -> tuple[tuple[ElementResult, ...], Deadline | None]:
        """The remedy's elements and its filing deadline, if it has one."""

    def _result(self, elements: tuple[ElementResult, ...], deadline: Deadline | None,
                as_of: dt.date) -> RemedyResult:
        outcome = decide(elements)
        missing: list[str] = []
        for e in elements:
            if e.status == "unknown":
                missing.extend(m for m in e.missing if m not in missing)
        return RemedyResult(id=self.id, name=self.name, outcome=outcome,
                            summary=summarize(outcome, elements, as_of, deadline),
                            elements=elements, deadline=deadline, missing=tuple(missing),
                            authorities=self.citations)


def decide(elements: tuple[ElementResult, ...]) -> Outcome:
    """The outcome rule of CONTRACTS.md section 3 (for_counsel elements do not count)."""
    statuses = {e.status for e in elements}
    if "unmet" in statuses:
        return "ineligible"
    if "unknown" in statuses:
        return "needs_review"
    return "eligible"


LOWER_AFTER_FIRST = {"The", "A", "An", "No", "Some", "There", "This", "One", "Applications", "Before", "Direct",
                     "Convicted", "Neither", "When"}


def _clause(reason: str, first: bool) -> str:
    """A reason as a clause of the summary sentence."""
    text = reason.rstrip().rstrip(".")
    word = text.split(" ", 1)[0]
    return text if first or word not in LOWER_AFTER_FIRST else text[0].lower() + text[1:]


def summarize(outcome: Outcome, elements: tuple[ElementResult, ...], as_of: dt.date,
              deadline: Deadline | None) -> str:
    """One sentence saying why the outcome is what it is."""
    if outcome == "ineligible":
        unmet = [e for e in elements if e.status == "unmet"]
        reasons = "; ".join(_clause(e.reason, i == 0) for i, e in enumerate(unmet))
        return f"Ineligible on {as_of}: {reasons}."
    if outcome == "needs_review":
        ids = ", ".join(e.id for e in elements if e.status == "unknown")
        return f"Needs review on {as_of}: no element is unmet, but the record does not settle {ids}."
    counsel = sum(1 for e in elements if e.status == "for_counsel")
    due = f"; file by {deadline.date}" if deadline and deadline.date and not deadline.passed else ""
    return (f"Eligible on {as_of}: every element the record can decide is met{due}; "
            f"{counsel} point(s) are for counsel.")
