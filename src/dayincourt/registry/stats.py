"""``registry_stats``: base rates from the National Registry of Exonerations.

Counts, factor shares, official-misconduct subtypes, recanters, years lost and the years from
conviction to exoneration, for the exonerations that match a filter. Each exoneration is counted
once even when both exports were imported (see :func:`dayincourt.registry.tables.distinct_rows`).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from ..store import Store
from .records import FACTORS, JUDICIAL_MISCONDUCT, OM_SUBTYPES, STATE_CODES, STATE_NAMES
from .tables import distinct_rows, exonerations

CITATION = "National Registry of Exonerations"
#: Subtype columns in report order, with their NRE tag and label.
OM_SUBTYPE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    *((col, tag, label) for tag, (col, label, _h) in OM_SUBTYPES.items()),
    (JUDICIAL_MISCONDUCT[0], "JUD", JUDICIAL_MISCONDUCT[1]),
)


@dataclass(frozen=True, slots=True)
class StatsFilter:
    """Which exonerations to count. Every field is optional; text matches ignore case.

    Attributes:
        state: a state name ("Louisiana"), postal code ("LA") or jurisdiction ("US-LA") for the
            state's own prosecutions; "Fed-LA" for federal ones; "US-FED" for all federal cases.
        county: county or parish, with or without the word "County"/"Parish".
        crime: the NRE worst crime ("Murder", "Drug Possession or Sale").
        since: exonerated on or after this date.
        until: exonerated on or before this date.
    """

    state: str | None = None
    county: str | None = None
    crime: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def describe(self) -> str:
        """The filter in words, for titles."""
        parts = [f"{k}={v}" for k, v in (("state", self.state), ("county", self.county),
                                         ("crime", self.crime), ("since", self.since),
                                         ("until", self.until)) if v]
        return ", ".join(parts) or "all exonerations"


@dataclass(frozen=True, slots=True)
class Share:
    """How many exonerations have a feature, out of how many counted and how many coded."""

    code: str
    label: str
    count: int
    total: int
    coded: int

    @property
    def share(self) -> float | None:
        """``count / total`` (the NRE's own convention: share of all exonerations)."""
        return self.count / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "label": self.label, "count": self.count, "total": self.total,
                "coded": self.coded, "share": None if self.share is None else round(self.share, 4)}


@dataclass(frozen=True, slots=True)
class Summary:
    """Mean, median and extent of a measure over the exonerations that have it."""

    n: int
    mean: float | None
    median: float | None
    total: float | None
    maximum: float | None

    @classmethod
    def of(cls, values: Iterable[float]) -> Summary:
        data = sorted(values)
        if not data:
            return cls(0, None, None, None, None)
        return cls(len(data), statistics.fmean(data), statistics.median(data), sum(data), data[-1])

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 2)
        return {"n": self.n, "mean": r(self.mean), "median": r(self.median),
                "total": r(self.total), "max": r(self.maximum)}


@dataclass(frozen=True, slots=True)
class Stats:
    """Base rates for the exonerations that match ``filters``."""

    filters: StatsFilter
    count: int
    factors: tuple[Share, ...]
    misconduct: tuple[Share, ...]
    recanters: Share
    years_lost: Summary
    years_to_exoneration: Summary
    by_crime: tuple[tuple[str, int], ...] = ()
    by_decade: tuple[tuple[str, int], ...] = ()
    sources: tuple[str, ...] = field(default_factory=tuple)
    citation: str = CITATION

    def factor(self, code: str) -> Share:
        """The share of one factor code: MWID, FC, PFA, FMFE, OM, ILD or DNA."""
        return next(s for s in self.factors if s.code == code)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able form."""
        f = self.filters
        return {
            "filters": {"state": f.state, "county": f.county, "crime": f.crime,
                        "since": f.since.isoformat() if f.since else None,
                        "until": f.until.isoformat() if f.until else None},
            "count": self.count,
            "factors": [s.to_dict() for s in self.factors],
            "official_misconduct": [s.to_dict() for s in self.misconduct],
            "recanters": self.recanters.to_dict(),
            "years_lost": self.years_lost.to_dict(),
            "years_conviction_to_exoneration": self.years_to_exoneration.to_dict(),
            "by_worst_crime": [{"crime": c, "count": n} for c, n in self.by_crime],
            "by_exoneration_decade": [{"decade": d, "count": n} for d, n in self.by_decade],
            "sources": list(self.sources),
            "citation": self.citation,
        }


def _strip_county(text: str) -> str:
    words = text.strip().split()
    if len(words) > 1 and words[-1].lower() in ("county", "parish"):
        words = words[:-1]
    return " ".join(words).lower()


def state_condition(state: str) -> sa.ColumnElement[bool]:
    """The rows of a state given by name, postal code, ``US-XX``, ``Fed-XX`` or ``US-FED``."""
    t = exonerations
    text = state.strip()
    upper = text.upper()
    if upper == "US-FED":
        return t.c.federal.is_(True)
    if upper.startswith("FED-"):
        return sa.func.lower(t.c.state) == text.lower()
    code = upper[3:] if upper.startswith("US-") else upper
    if code not in STATE_NAMES:
        names = {n.lower(): c for n, c in STATE_CODES.items()}
        code = names.get(text.lower(), "")
    if not code:
        raise ValueError(f"{state!r} is not a U.S. state name, postal code, US-XX or Fed-XX")
    return sa.and_(t.c.state_code == code, t.c.federal.is_(False))


def filter_conditions(filters: StatsFilter) -> list[sa.ColumnElement[bool]]:
    """SQL conditions for a filter (the distinct-rows rule included)."""
    t = exonerations
    conds: list[sa.ColumnElement[bool]] = [distinct_rows()]
    if filters.state:
        conds.append(state_condition(filters.state))
    if filters.county:
        # Some exports write "Ascension Parish"; compare without the suffix on both sides.
        county = _strip_county(filters.county)
        lowered = sa.func.lower(t.c.county)
        conds.append(sa.or_(lowered == county, lowered == f"{county} parish",
                            lowered == f"{county} county"))
    if filters.crime:
        conds.append(sa.func.lower(t.c.worst_crime) == filters.crime.strip().lower())
    if filters.since:
        conds.append(t.c.exoneration_date >= filters.since.isoformat())
    if filters.until:
        conds.append(t.c.exoneration_date <= filters.until.isoformat())
    return conds


def _years_between(start: str | None, end: str | None) -> float | None:
    if not start or not end or len(start) < 10 or len(end) < 10:
        return None
    days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
    return days / 365.25 if days >= 0 else None


def registry_stats(store: Store, filters: StatsFilter | None = None) -> Stats:
    """Base rates over the imported National Registry of Exonerations rows.

    Args:
        store: an open store (``dayincourt.store.open_store``).
        filters: which exonerations to count; all of them when ``None``.

    Raises:
        ValueError: the state in the filter is not recognized.
    """
    filters = filters or StatsFilter()
    t = exonerations
    subtype_cols = [c for c, _tag, _label in OM_SUBTYPE_COLUMNS]
    columns = [t.c.source_format, t.c.worst_crime, t.c.exoneration_year, t.c.exoneration_date,
               t.c.conviction_date, t.c.years_lost, t.c.recanters,
               *(t.c[c.lower()] for c in FACTORS), *(t.c[c] for c in subtype_cols)]
    query = sa.select(*columns).where(*filter_conditions(filters))
    with store.engine.connect() as conn:
        rows = [r._mapping for r in conn.execute(query)]
    total = len(rows)

    def share(code: str, label: str, column: str) -> Share:
        values = [r[column] for r in rows]
        return Share(code, label, sum(1 for v in values if v), total,
                     sum(1 for v in values if v is not None))

    crimes = Counter(r["worst_crime"] or "(not given)" for r in rows)
    decades = Counter(f"{r['exoneration_year'] // 10 * 10}s" for r in rows)
    return Stats(
        filters=filters,
        count=total,
        factors=tuple(share(code, label, code.lower()) for code, label in FACTORS.items()),
        misconduct=tuple(share(tag, label, col) for col, tag, label in OM_SUBTYPE_COLUMNS),
        recanters=share("REC", "Any known recanters", "recanters"),
        years_lost=Summary.of(r["years_lost"] for r in rows if r["years_lost"] is not None),
        years_to_exoneration=Summary.of(
            y for r in rows
            if (y := _years_between(r["conviction_date"], r["exoneration_date"])) is not None),
        by_crime=tuple(sorted(crimes.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_decade=tuple(sorted(decades.items())),
        sources=tuple(sorted({r["source_format"] for r in rows})),
    )
