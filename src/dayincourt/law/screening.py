"""``screen(case, as_of)``: every remedy open to the case's jurisdiction, with its reasons."""

from __future__ import annotations

import datetime as dt

from ..casefile import Case
from .facts import derive
from .registry import list_remedies
from .results import ScreeningResult


def screen(case: Case, as_of: dt.date) -> ScreeningResult:
    """Screen ``case`` under the law in force on ``as_of``.

    The derived facts are computed once and shared by every remedy; remedies that do not
    apply to the case's jurisdiction are left out, ineligible ones are kept with their reasons.
    """
    facts = derive(case, as_of)
    results = tuple(r.evaluate_facts(facts) for r in list_remedies() if r.applies_to(case.jurisdiction))
    return ScreeningResult(case=case.id, as_of=as_of, jurisdiction=case.jurisdiction, remedies=results,
                           derived=facts.to_dict())
