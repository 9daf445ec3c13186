"""Hypothesis strategies for valid ``dayincourt.case/1`` cases: every field, partial dates,
unicode text, unknown extra fields and provenance, with cross-references that resolve."""

from __future__ import annotations

import datetime as dt
from typing import Any, get_args

from hypothesis import strategies as st

from dayincourt.casefile import Case, parse_case
from dayincourt.casefile import model as m

# Any unicode except surrogates (not encodable) and NUL (neither database stores it; the store refuses it).
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12)
SHORT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), min_size=1, max_size=6)
MAYBE_BOOL = st.none() | st.booleans()


def literal(kind: Any) -> st.SearchStrategy[str]:
    return st.sampled_from(get_args(kind))


@st.composite
def partial_dates(draw: st.DrawFn) -> str:
    day = draw(st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)))
    return day.isoformat()[: draw(st.sampled_from([4, 7, 10]))]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.floats(allow_nan=False, allow_infinity=False) | TEXT,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(TEXT, children, max_size=3),
    max_leaves=6,
)
# Unknown fields: the "x_" prefix keeps them clear of the schema's own field names.
EXTRAS = st.dictionaries(TEXT.map(lambda k: "x_" + k), JSON_VALUES, max_size=2)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _list(items: list[Any]) -> st.SearchStrategy[list[Any] | None]:
    """The items; an empty list may also be absent (both mean "not known")."""
    return st.just(items) if items else st.sampled_from([None, []])


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


@st.composite
def provenance(draw: st.DrawFn, source_ids: list[str]) -> dict[str, Any]:
    start = draw(maybe(st.integers(0, 2**40)))
    end = None if start is None else start + draw(st.integers(0, 5000))
    return _clean({
        "source": draw(st.sampled_from(source_ids)) if source_ids else draw(SHORT),
        "start": start, "end": end, "quote": draw(maybe(TEXT)), "asserted_by": draw(maybe(TEXT)),
        "method": draw(maybe(st.sampled_from(["hand", "extract.verdicts"]))),
        "confidence": draw(maybe(st.floats(0, 1))), **draw(EXTRAS),
    })


def src(draw: st.DrawFn, source_ids: list[str]) -> list[dict[str, Any]] | None:
    return draw(maybe(st.lists(provenance(source_ids), max_size=2)))


@st.composite
def case_dicts(draw: st.DrawFn) -> dict[str, Any]:
    """A valid case as a plain dict (parse it with ``parse_case``)."""
    tag = draw(st.text("abc", max_size=2))  # random but distinct prefixes keep ids unique
    source_ids = [f"{tag}s{i}" for i in range(draw(st.integers(0, 2)))]
    person_ids = [f"{tag}h{i}" for i in range(draw(st.integers(0, 3)))]
    people = [_clean({
        "id": pid, "name": draw(SHORT), "aliases": draw(maybe(st.lists(TEXT, max_size=2))),
        "roles": draw(maybe(st.lists(literal(m.PersonRole), max_size=2))), "src": src(draw, source_ids),
        **draw(EXTRAS)}) for pid in person_ids]
    charges = [_clean({
        "offense": draw(SHORT), "id": draw(maybe(st.just(f"{tag}c{i}"))), "statute": draw(maybe(TEXT)),
        "offense_date": draw(maybe(partial_dates())), "felony": draw(MAYBE_BOOL), "convicted": draw(MAYBE_BOOL),
        "src": src(draw, source_ids), **draw(EXTRAS)}) for i in range(draw(st.integers(0, 2)))]
    proceedings = []
    for i in range(draw(st.integers(0, 3))):
        filed, decided = draw(maybe(partial_dates())), draw(maybe(partial_dates()))
        if filed and decided and filed > decided:
            filed, decided = decided, filed
        guilty = draw(maybe(st.integers(0, 12)))
        verdict = draw(maybe(st.builds(dict)))
        if verdict is not None:
            verdict = _clean({
                "outcome": draw(maybe(literal(m.VerdictOutcome))), "form": draw(maybe(literal(m.VerdictForm))),
                "votes_guilty": guilty,
                "votes_not_guilty": None if guilty is None else draw(maybe(st.integers(0, 12 - guilty))),
                "unanimous": draw(MAYBE_BOOL), **draw(EXTRAS)})
        sentence = draw(maybe(st.builds(dict)))
        if sentence is not None:
            sentence = _clean({"kind": draw(maybe(literal(m.SentenceKind))),
                               "years": draw(maybe(st.floats(0, 199, allow_nan=False))),
                               "text": draw(maybe(TEXT)), **draw(EXTRAS)})
        proceedings.append(_clean({
            "kind": draw(literal(m.ProceedingKind)), "id": draw(maybe(st.just(f"{tag}p{i}"))),
            "date": draw(maybe(partial_dates())), "filed": filed, "decided": decided,
            "court": draw(maybe(TEXT)), "outcome": draw(maybe(literal(m.ProceedingOutcome))),
            "verdict": verdict, "sentence": sentence,
            "claims": draw(maybe(st.lists(literal(m.Claim), max_size=3))), "hearing_held": draw(MAYBE_BOOL),
            "citation": draw(maybe(TEXT)), "reasons": draw(maybe(TEXT)), "src": src(draw, source_ids),
            **draw(EXTRAS)}))
    testimony = []
    for i in range(draw(st.integers(0, 2)) if person_ids else 0):
        recantation = draw(maybe(st.builds(dict)))
        if recantation is not None:
            recantation = _clean({
                "date": draw(maybe(partial_dates())), "form": draw(maybe(literal(m.RecantationForm))),
                "alleges_coercion": draw(MAYBE_BOOL), "found_credible": draw(MAYBE_BOOL),
                "src": src(draw, source_ids), **draw(EXTRAS)})
        testimony.append(_clean({
            "witness": draw(st.sampled_from(person_ids)), "id": draw(maybe(st.just(f"{tag}t{i}"))),
            "at_trial": draw(MAYBE_BOOL), "subject": draw(maybe(literal(m.TestimonySubject))),
            "recantation": recantation, "src": src(draw, source_ids), **draw(EXTRAS)}))
    evidence_ids = [f"{tag}e{i}" for i in range(draw(st.integers(0, 3)))]
    testimony_ids = [t["id"] for t in testimony if "id" in t]
    evidence = []
    for eid in evidence_ids:
        targets = [x for x in testimony_ids + evidence_ids if x != eid]
        evidence.append(_clean({
            "id": eid, "description": draw(TEXT), "kind": draw(literal(m.EvidenceKind)),
            "favors": draw(maybe(literal(m.Favors))), "known_at_trial": draw(MAYBE_BOOL),
            "discovered": draw(maybe(partial_dates())), "discoverable_at_trial": draw(MAYBE_BOOL),
            "admissible": draw(MAYBE_BOOL), "cumulative": draw(MAYBE_BOOL), "biological": draw(MAYBE_BOOL),
            "tested": draw(MAYBE_BOOL),
            "corroborates": draw(maybe(st.lists(st.sampled_from(targets), max_size=2))) if targets else None,
            "src": src(draw, source_ids), **draw(EXTRAS)}))
    factors = [_clean({
        "code": draw(literal(m.FactorCode)), "actor": draw(maybe(literal(m.FactorActor))),
        "status": draw(maybe(literal(m.FactorStatus))), "asserted_by": draw(maybe(TEXT)),
        "description": draw(maybe(TEXT)), "src": src(draw, source_ids), **draw(EXTRAS)})
        for _ in range(draw(st.integers(0, 2)))]
    sources = [_clean({
        "id": sid, "title": draw(maybe(TEXT)), "kind": draw(maybe(literal(m.SourceKind))),
        "location": draw(maybe(TEXT)), "sha256": draw(maybe(st.text("0123456789abcdef", min_size=64, max_size=64))),
        "published": draw(maybe(partial_dates())), **draw(EXTRAS)}) for sid in source_ids]
    custody = draw(maybe(st.builds(dict)))
    if custody is not None:
        custody = _clean({"status": draw(maybe(literal(m.CustodyStatus))), "since": draw(maybe(partial_dates())),
                          "src": src(draw, source_ids), **draw(EXTRAS)})
    return _clean({
        "schema": "dayincourt.case/1",
        "id": draw(st.from_regex(r"[a-z0-9][a-z0-9._-]{0,20}", fullmatch=True)),
        "jurisdiction": draw(st.sampled_from(["US-LA", "US-FED", "US-TX", "unknown"])),
        "title": draw(maybe(TEXT)), "county": draw(maybe(TEXT)), "trial_court": draw(maybe(TEXT)),
        "people": draw(_list(people)), "charges": draw(_list(charges)),
        "proceedings": draw(_list(proceedings)), "custody": custody,
        "testimony": draw(_list(testimony)), "evidence": draw(_list(evidence)),
        "factors": draw(_list(factors)), "sources": draw(_list(sources)),
        "notes": draw(maybe(TEXT)), **draw(EXTRAS),
    })


def cases() -> st.SearchStrategy[Case]:
    """Valid cases (validated by the case-file model itself)."""
    return case_dicts().map(lambda d: parse_case(d, "<hypothesis>"))
