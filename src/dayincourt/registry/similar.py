"""``similar_exonerations``: the exonerations in the registry most like a case, and why.

Scoring is a transparent weighted sum of features the case and an exoneration share (see
``WEIGHTS`` and docs/registry.md). Only what both have counts: a factor the case alleges and the
exoneration has, not the absence of one. Ties are broken by the number of shared features, then
the most recent exoneration, then the registry key, so the order never depends on the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from ..casefile import Case
from ..store import Store
from .records import FACTORS
from .stats import CITATION
from .tables import distinct_rows, exonerations

#: Points a shared feature adds to the score.
WEIGHTS: dict[str, float] = {
    "state": 3.0,        # same convicting state (or both federal)
    "county": 2.0,       # same county or parish, within the same state
    "worst_crime": 3.0,  # same NRE worst-crime category
    "factor": 1.0,       # per contributing factor both have (MWID, FC, PFA, FMFE, OM, ILD)
    "recanters": 2.0,    # a witness recanted in both
    "form": 1.0,         # same form of first conviction (jury, bench, plea)
    "decade": 1.0,       # first convicted in the same decade
}

_CASE_FACTORS = ("MWID", "FC", "PFA", "FMFE", "OM", "ILD")

# NRE worst-crime categories, worst first (NRE code manual), with the words that name them in a
# charge. The first category whose pattern matches a charge is that charge's category.
_CRIME_PATTERNS: tuple[tuple[str, str], ...] = (
    ("Attempted Murder", r"attempt\w*\s+(?:\w+[- ]degree\s+)?murder|attempted\s+homicide"),
    ("Accessory to Murder", r"accessory.*murder"),
    ("Murder", r"murder|homicide"),
    ("Manslaughter", r"manslaughter"),
    ("Child Sex Abuse", r"(?:child|juvenile|minor|indecent\s+behavior)"
                        r".*(?:sex|molest|rape|indecen)"
                        r"|(?:sex|molest|rape).*(?:child|juvenile|minor)"),
    ("Sexual Assault", r"rape|sexual\s+(?:assault|battery)|sodomy"),
    ("Child Abuse", r"child\s+abuse|cruelty\s+to\s+(?:a\s+)?juvenile"),
    ("Robbery", r"robbery"),
    ("Arson", r"arson"),
    ("Kidnapping", r"kidnap"),
    ("Assault", r"assault|battery"),
    ("Burglary/Unlawful Entry", r"burglary|unlawful\s+entry"),
    ("Theft", r"theft|larceny"),
    ("Forgery", r"forgery"),
    ("Drug Possession or Sale", r"drug|cocaine|heroin|narcotic|controlled\s+(?:dangerous\s+)?"
                                r"substance|marijuana|methamphetamine"),
    ("Gun Possession or Sale", r"firearm|\bgun\b"),
    ("Fraud", r"fraud"),
    ("Perjury", r"perjury"),
)
_CRIME_RANK = {name: i for i, (name, _p) in enumerate(_CRIME_PATTERNS)}


@dataclass(frozen=True, slots=True)
class CaseFeatures:
    """What of a case the comparison uses, read from the case file."""

    state_code: str | None
    federal: bool
    county: str | None
    worst_crime: str | None
    factors: tuple[str, ...]
    recanters: bool
    form: str | None
    conviction_year: int | None

    @property
    def decade(self) -> int | None:
        return None if self.conviction_year is None else self.conviction_year // 10 * 10

    def max_score(self) -> float:
        """The score of an exoneration that shares every feature the case has."""
        w = WEIGHTS
        return ((w["state"] if self.state_code or self.federal else 0)
                + (w["county"] if self.county else 0)
                + (w["worst_crime"] if self.worst_crime else 0)
                + w["factor"] * len(self.factors)
                + (w["recanters"] if self.recanters else 0)
                + (w["form"] if self.form else 0)
                + (w["decade"] if self.decade is not None else 0))


@dataclass(frozen=True, slots=True)
class SharedFeature:
    """One feature a case and an exoneration share, and the points it adds."""

    feature: str
    value: str
    weight: float

    def __str__(self) -> str:
        return f"{self.feature}: {self.value}"


@dataclass(frozen=True, slots=True)
class Similar:
    """An exoneration like the case, with the features it shares (names are public in the NRE)."""

    key: str
    nre_id: int | None
    name: str
    state: str
    county: str | None
    worst_crime: str | None
    form_of_conviction: str | None
    conviction_year: int | None
    exoneration_date: str
    factors: tuple[str, ...]
    recanters: bool | None
    score: float
    max_score: float
    shared: tuple[SharedFeature, ...]
    citation: str = CITATION

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able form."""
        return {
            "key": self.key, "nre_id": self.nre_id, "name": self.name, "state": self.state,
            "county": self.county, "worst_crime": self.worst_crime,
            "form_of_conviction": self.form_of_conviction,
            "conviction_year": self.conviction_year, "exoneration_date": self.exoneration_date,
            "factors": list(self.factors), "recanters": self.recanters,
            "score": self.score, "max_score": self.max_score,
            "shared": [{"feature": s.feature, "value": s.value, "weight": s.weight}
                       for s in self.shared],
            "citation": self.citation,
        }


def worst_crime_category(offense: str) -> str | None:
    """The NRE worst-crime category of a charge's words, or ``None`` when none fits."""
    text = offense.lower()
    for name, pattern in _CRIME_PATTERNS:
        if re.search(pattern, text):
            return name
    return None


def _county_key(county: str | None) -> str | None:
    if not county:
        return None
    words = county.strip().lower().split()
    if len(words) > 1 and words[-1] in ("county", "parish"):
        words = words[:-1]
    return " ".join(words) or None


def case_features(case: Case) -> CaseFeatures:
    """Read the comparison features from a case file.

    The worst crime is the worst NRE category among the charges the person was convicted of (all
    charges when none is marked convicted). Factors are those not marked rejected. The form and
    decade are those of the earliest conviction: a guilty verdict, a plea, or a trial or retrial
    whose outcome is "convicted".
    """
    jurisdiction = case.jurisdiction
    federal = jurisdiction == "US-FED"
    state_code = jurisdiction[3:] if jurisdiction.startswith("US-") and not federal else None
    charges = case.charges or ()
    convicted = [c for c in charges if c.convicted] or list(charges)
    crimes = [cat for c in convicted if (cat := worst_crime_category(c.offense))]
    worst = min(crimes, key=_CRIME_RANK.__getitem__) if crimes else None
    factors = tuple(sorted({f.code for f in case.factors or () if f.status != "rejected"},
                           key=_CASE_FACTORS.index))
    recanters = any(t.recantation is not None for t in case.testimony or ())
    form, year = None, None
    for p in case.sorted_proceedings():
        verdict = p.verdict
        guilty = verdict is not None and verdict.outcome in ("guilty", "guilty_lesser")
        if guilty or p.kind == "plea" or (p.kind in ("trial", "retrial")
                                          and p.outcome == "convicted"):
            form = "plea" if p.kind == "plea" else (verdict.form if verdict else None)
            when = p.when()
            year = when.year if when is not None else None
            break
    return CaseFeatures(state_code, federal, _county_key(case.county), worst, factors,
                        recanters, form, year)


def _score(features: CaseFeatures, row: Any) -> tuple[SharedFeature, ...]:
    w = WEIGHTS
    shared: list[SharedFeature] = []
    same_state = (features.federal and row.federal) or (
        features.state_code is not None and not row.federal
        and row.state_code == features.state_code)
    if same_state:
        shared.append(SharedFeature("state", row.state, w["state"]))
        if features.county and _county_key(row.county) == features.county:
            shared.append(SharedFeature("county", row.county, w["county"]))
    if features.worst_crime and row.worst_crime == features.worst_crime:
        shared.append(SharedFeature("worst crime", row.worst_crime, w["worst_crime"]))
    for code in features.factors:
        if getattr(row, code.lower()):
            shared.append(SharedFeature("factor", code, w["factor"]))
    if features.recanters and row.recanters:
        shared.append(SharedFeature("recanters", "recanting witness", w["recanters"]))
    if features.form and row.form_of_conviction == features.form:
        shared.append(SharedFeature("form of conviction", f"{features.form} conviction",
                                    w["form"]))
    if features.decade is not None and row.conviction_year is not None \
            and row.conviction_year // 10 * 10 == features.decade:
        shared.append(SharedFeature("decade of conviction", f"convicted in the {features.decade}s",
                                    w["decade"]))
    return tuple(shared)


def similar_exonerations(store: Store, case: Case, top: int = 10) -> list[Similar]:
    """The ``top`` exonerations most like ``case``, best first, each with what it shares.

    Returns ``[]`` when the registry is empty or nothing is shared.

    Args:
        store: an open store (``dayincourt.store.open_store``).
        case: the case to compare.
        top: how many to return.
    """
    if top <= 0:
        return []
    t = exonerations
    features = case_features(case)
    columns = [t.c.key, t.c.nre_id, t.c.name, t.c.state, t.c.state_code, t.c.federal,
               t.c.county, t.c.worst_crime, t.c.form_of_conviction, t.c.conviction_year,
               t.c.exoneration_date, t.c.recanters, *(t.c[c.lower()] for c in FACTORS)]
    with store.engine.connect() as conn:
        if conn.execute(sa.select(t.c.key).limit(1)).first() is None:
            return []
        rows = conn.execute(sa.select(*columns).where(distinct_rows())).all()
    max_score = features.max_score()
    scored = []
    for row in rows:
        shared = _score(features, row)
        if shared:
            scored.append((sum(s.weight for s in shared), shared, row))
    # Best score, then more shared features, then the latest exoneration, then the key.
    scored.sort(key=lambda s: (-s[0], -len(s[1]), _neg_date(s[2].exoneration_date), s[2].key))
    return [
        Similar(
            key=row.key, nre_id=row.nre_id, name=row.name, state=row.state, county=row.county,
            worst_crime=row.worst_crime, form_of_conviction=row.form_of_conviction,
            conviction_year=row.conviction_year, exoneration_date=row.exoneration_date,
            factors=tuple(c for c in FACTORS if getattr(row, c.lower())),
            recanters=row.recanters, score=score, max_score=max_score, shared=shared,
        )
        for score, shared, row in scored[:top]
    ]


def _neg_date(iso: str) -> tuple[int, ...]:
    """Sort key that puts later dates first."""
    return tuple(-int(p) for p in iso.split("-"))
