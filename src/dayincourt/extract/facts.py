"""Intermediate fact values produced by the extractor modules (before the draft case is built)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Evidence:
    """Provenance of one fact: a span of the normalized text and how it was found."""

    start: int
    end: int
    method: str
    confidence: float
    asserted_by: str | None = None  # a person's name; resolved to a person id when the draft is built


@dataclass
class PersonFact:
    name: str
    roles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
    surname_only: bool = False
