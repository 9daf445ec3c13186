"""Which team owns each case, and the list index with facets computed when a case is saved.

The case list and its facets (jurisdiction, non-unanimous verdict, remedies
eligible, factors, custody) are read from ``web_case_index`` so list pages stay
fast with many cases; the eligibility facet is a screening run at save time for
the stored ``screened_as_of`` date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from ..casefile import Case
from ..law import screen
from ..store import write_transaction
from . import tables as t
from .accounts import DEFAULT_TEAM, User, ensure_team


class CaseNotVisible(LookupError):
    """The case does not exist or belongs to no team of the user (both look the same)."""


@dataclass(frozen=True, slots=True)
class ListFilters:
    """Facet filters of the case list; None means any."""

    jurisdiction: str | None = None
    non_unanimous: bool | None = None
    remedy: str | None = None
    factor: str | None = None
    custody: str | None = None


@dataclass(frozen=True, slots=True)
class ListRow:
    case_id: str
    title: str | None
    jurisdiction: str
    county: str | None
    defendants: tuple[str, ...]
    non_unanimous: bool | None
    custody: str | None
    factors: tuple[str, ...]
    eligible: tuple[str, ...]
    screened_as_of: dt.date | None
    updated_at: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.case_id, "title": self.title, "jurisdiction": self.jurisdiction,
                "county": self.county, "defendants": list(self.defendants),
                "non_unanimous": self.non_unanimous, "custody": self.custody,
                "factors": list(self.factors), "eligible": list(self.eligible),
                "screened_as_of": self.screened_as_of.isoformat() if self.screened_as_of else None,
                "updated_at": self.updated_at.isoformat()}


@dataclass(frozen=True, slots=True)
class Facets:
    """Counts per facet value over the cases a user can see."""

    jurisdiction: dict[str, int] = field(default_factory=dict)
    non_unanimous: dict[str, int] = field(default_factory=dict)
    custody: dict[str, int] = field(default_factory=dict)
    factors: dict[str, int] = field(default_factory=dict)
    eligible: dict[str, int] = field(default_factory=dict)


def non_unanimous(case: Case) -> bool | None:
    """True when a jury verdict was not unanimous, False when a jury verdict was, else None."""
    seen_unanimous = False
    for proceeding in case.proceedings or ():
        verdict = proceeding.verdict
        if verdict is None or verdict.form in ("bench", "plea"):
            continue
        if verdict.unanimous is False or (verdict.votes_not_guilty or 0) > 0:
            return True
        if verdict.unanimous is True or (verdict.votes_guilty and verdict.votes_not_guilty == 0):
            seen_unanimous = True
    return False if seen_unanimous else None


def index_values(case: Case, as_of: dt.date, updated_at: dt.datetime) -> dict[str, Any]:
    """The ``web_case_index`` row of a case, screening it as of ``as_of``."""
    result = screen(case, as_of)
    eligible = sorted(r.id for r in result.remedies if r.outcome == "eligible")
    factors = sorted({f.code for f in case.factors or ()})
    defendants = [p.name for p in case.people_with_role("defendant")]
    return {
        "case_id": case.id, "title": (case.title or "")[:500] or None,
        "jurisdiction": case.jurisdiction, "county": (case.county or "")[:200] or None,
        "defendants": "; ".join(defendants)[:1000], "non_unanimous": non_unanimous(case),
        "custody": case.custody.status if case.custody else None,
        "factors": " " + " ".join(factors) + " ", "eligible": " " + " ".join(eligible) + " ",
        "screened_as_of": as_of, "updated_at": updated_at,
    }


def record_case(engine: sa.Engine, case: Case, as_of: dt.date, updated_at: dt.datetime,
                team: str | int | None = None) -> None:
    """Upsert the index row of a saved case; set its team when given or when it has none."""
    values = index_values(case, as_of, updated_at)
    with write_transaction(engine) as conn:
        current = conn.execute(sa.select(t.case_teams.c.team_id)
                               .where(t.case_teams.c.case_id == case.id)).scalar()
        if team is None:
            team_id = current if current is not None else ensure_team(conn, DEFAULT_TEAM)
        else:
            team_id = team if isinstance(team, int) else ensure_team(conn, team)
        if current is None:
            conn.execute(sa.insert(t.case_teams).values(case_id=case.id, team_id=team_id))
        elif current != team_id:
            conn.execute(sa.update(t.case_teams).where(t.case_teams.c.case_id == case.id)
                         .values(team_id=team_id))
        conn.execute(sa.delete(t.case_index).where(t.case_index.c.case_id == case.id))
        conn.execute(sa.insert(t.case_index).values(team_id=team_id, **values))


def forget_case(engine: sa.Engine, case_id: str) -> None:
    """Drop a deleted case from the list index (its team row stays for the history)."""
    with write_transaction(engine) as conn:
        conn.execute(sa.delete(t.case_index).where(t.case_index.c.case_id == case_id))


def _utc(value: dt.datetime) -> dt.datetime:
    # SQLite gives back naive datetimes; everything written here is UTC.
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def sync_index(store, as_of: dt.date, updated_at: dt.datetime, page: int = 500) -> int:  # noqa: ANN001
    """Bring the index up to date with cases changed outside the web app (e.g. by the CLI).

    New cases go to team "default"; cases the store changed after their index row are indexed
    again; cases the store no longer lists are dropped. Returns how many rows were (re)written.
    """
    listed: dict[str, dt.datetime] = {}
    offset = 0
    while True:
        chunk = store.list_cases(None, limit=page, offset=offset)
        listed.update((s.id, _utc(s.updated_at)) for s in chunk)
        if len(chunk) < page:
            break
        offset += page
    with store.engine.connect() as conn:
        known = {row.case_id: _utc(row.updated_at) for row in
                 conn.execute(sa.select(t.case_index.c.case_id, t.case_index.c.updated_at))}
    stale = sorted(cid for cid, changed in listed.items() if cid not in known or changed > known[cid])
    for case_id in stale:
        record_case(store.engine, store.get_case(case_id), as_of, max(updated_at, listed[case_id]))
    for case_id in known.keys() - listed.keys():
        forget_case(store.engine, case_id)
    return len(stale)


IndexVersion = tuple[int, dt.datetime | None]


def index_version(engine: sa.Engine) -> IndexVersion:
    """(row count, latest change) of the index: it differs after any write to it."""
    with engine.connect() as conn:
        count, latest = conn.execute(
            sa.select(sa.func.count(), sa.func.max(t.case_index.c.updated_at))).one()
    return int(count), _utc(latest) if latest is not None else None


def index_is_stale(store, version: IndexVersion) -> bool:  # noqa: ANN001
    """Cheap check: does the store hold a case count or a newer change the index has not seen?"""
    count, latest = version
    newest = store.list_cases(None, limit=1)
    if not newest:
        return bool(count)
    return count != store.count_cases() or latest is None or _utc(newest[0].updated_at) > latest


def case_team(engine: sa.Engine, case_id: str) -> int | None:
    """The id of the team that owns the case, or None when it has none yet."""
    with engine.connect() as conn:
        return conn.execute(sa.select(t.case_teams.c.team_id)
                            .where(t.case_teams.c.case_id == case_id)).scalar()


def can_see(engine: sa.Engine, user: User, case_id: str) -> bool:
    """Whether the case belongs to one of the user's teams (unowned cases belong to "default")."""
    team_id = case_team(engine, case_id)
    if team_id is None:
        with engine.connect() as conn:
            team_id = conn.execute(sa.select(t.teams.c.id)
                                   .where(t.teams.c.name == DEFAULT_TEAM)).scalar()
    return team_id is not None and team_id in user.team_ids


def _filtered(user: User, filters: ListFilters, matching: sa.Select | None,
              *columns: sa.ColumnElement[Any]) -> sa.Select:
    c = t.case_index.c
    # The index carries the owning team, so access is a plain indexed filter, not a join.
    query = sa.select(*(columns or (t.case_index,))).where(c.team_id.in_(user.team_ids or (-1,)))
    if matching is not None:
        query = query.where(c.case_id.in_(matching))
    if filters.jurisdiction:
        query = query.where(c.jurisdiction == filters.jurisdiction)
    if filters.non_unanimous is not None:
        query = query.where(c.non_unanimous.is_(filters.non_unanimous))
    if filters.custody:
        query = query.where(c.custody == filters.custody)
    if filters.factor:
        query = query.where(c.factors.contains(f" {filters.factor} ", autoescape=True))
    if filters.remedy:
        query = query.where(c.eligible.contains(f" {filters.remedy} ", autoescape=True))
    return query


def _row(r: Any) -> ListRow:
    return ListRow(case_id=r.case_id, title=r.title, jurisdiction=r.jurisdiction, county=r.county,
                   defendants=tuple(d for d in r.defendants.split("; ") if d),
                   non_unanimous=r.non_unanimous, custody=r.custody,
                   factors=tuple(r.factors.split()), eligible=tuple(r.eligible.split()),
                   screened_as_of=r.screened_as_of, updated_at=_utc(r.updated_at))


def list_page(engine: sa.Engine, user: User, filters: ListFilters, *,
              matching: sa.Select | None = None, limit: int = 50,
              offset: int = 0) -> list[ListRow]:
    """One page of the cases the user can see, newest first.

    ``matching`` (a SELECT of case ids, e.g. a full-text search's) restricts the list.
    """
    c = t.case_index.c
    page = _filtered(user, filters, matching).order_by(c.updated_at.desc(), c.case_id) \
        .limit(limit).offset(offset)
    with engine.connect() as conn:
        return [_row(r) for r in conn.execute(page)]


def facet_summary(engine: sa.Engine, user: User, filters: ListFilters,
                  matching: sa.Select | None = None) -> tuple[int, Facets]:
    """How many cases match, and the facet counts, from one grouped scan."""
    c = t.case_index.c
    facet_columns = (c.jurisdiction, c.non_unanimous, c.custody, c.factors, c.eligible)
    grouped = _filtered(user, filters, matching, *facet_columns, sa.func.count()) \
        .group_by(*facet_columns)
    facets = Facets()
    total = 0
    with engine.connect() as conn:
        for jurisdiction, nu, custody, factors, eligible, count in conn.execute(grouped):
            total += count
            for target, key in ((facets.jurisdiction, jurisdiction),
                                (facets.non_unanimous, {True: "yes", False: "no"}.get(nu, "unknown")),
                                (facets.custody, custody or "unknown"),
                                *((facets.factors, f) for f in factors.split()),
                                *((facets.eligible, e) for e in eligible.split())):
                target[key] = target.get(key, 0) + count
    return total, facets
