"""Typed values that screening returns (CONTRACTS.md section 3).

``ScreeningResult.to_dict()`` is the public JSON shape of ``dayincourt screen --format json``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

Outcome = Literal["eligible", "ineligible", "needs_review"]
ElementStatus = Literal["met", "unmet", "unknown", "for_counsel"]

NOT_LEGAL_ADVICE = (
    "This screening is an aid for review by counsel, not legal advice; "
    "it states what the record shows and what the cited law requires."
)


@dataclass(frozen=True, slots=True)
class ElementResult:
    """One element of a remedy: its status, the reason, the authority and the facts relied on."""

    id: str
    status: ElementStatus
    reason: str
    authority: str
    facts: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()  # questions whose answers would decide an unknown element

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "status": self.status, "reason": self.reason,
                               "facts": list(self.facts), "authority": self.authority}
        if self.missing:
            out["missing"] = list(self.missing)
        return out


@dataclass(frozen=True, slots=True)
class Deadline:
    """A filing deadline. With partial dates the deadline is a range (earliest..latest)."""

    rule: str
    date: dt.date | None
    passed: bool | None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "date": self.date.isoformat() if self.date else None,
            "rule": self.rule,
            "passed": self.passed,
        }
        if self.earliest and self.latest and self.earliest != self.latest:
            out["earliest"] = self.earliest.isoformat()
            out["latest"] = self.latest.isoformat()
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True, slots=True)
class RemedyResult:
    id: str
    name: str
    outcome: Outcome
    summary: str
    elements: tuple[ElementResult, ...] = ()
    deadline: Deadline | None = None
    missing: tuple[str, ...] = ()
    authorities: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "outcome": self.outcome,
            "summary": self.summary,
            "elements": [e.to_dict() for e in self.elements],
            "deadline": self.deadline.to_dict() if self.deadline else None,
            "missing": list(self.missing),
            "authorities": list(self.authorities),
        }


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    case: str
    as_of: dt.date
    jurisdiction: str
    remedies: tuple[RemedyResult, ...]
    derived: dict[str, Any] = field(default_factory=dict)
    disclaimer: str = NOT_LEGAL_ADVICE

    def remedy(self, remedy_id: str) -> RemedyResult | None:
        return next((r for r in self.remedies if r.id == remedy_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "case": self.case,
            "as_of": self.as_of.isoformat(),
            "jurisdiction": self.jurisdiction,
            "remedies": [r.to_dict() for r in self.remedies],
            "derived": self.derived,
            "disclaimer": self.disclaimer,
        }
