"""What the pages and the JSON API do, with access checks, in one place.

Routes stay thin: they parse the request, call a ``Workbench`` method and shape
the answer. Every method takes the signed-in ``User`` and refuses what their role
or teams do not allow: a case of another team is reported as not found.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from ..casefile import Case
from ..law import list_remedies, screen
from ..law.results import ScreeningResult
from ..registry import Similar, similar_exonerations
from ..registry.tables import exonerations
from ..report import render_report, render_timeline_svg
from ..store import CaseNotFound
from ..store import matching_case_ids
from . import caseindex, review
from .accounts import User
from .caseindex import CaseNotVisible, ListFilters, ListRow


SUMMARY_CACHE = 256
SIMILAR_TOP = 5


class Forbidden(PermissionError):
    """The user's role does not allow this action."""


@dataclass(frozen=True, slots=True)
class CaseView:
    """A case with what its page shows beside it."""

    case: Case
    team: str | None
    documents: tuple[review.DocumentRecord, ...]


@dataclass(frozen=True, slots=True)
class SimilarView:
    """Similar exonerations of a case, and whether the registry holds any exoneration at all
    (so "nothing similar" and "registry not loaded" read differently)."""

    results: tuple[Similar, ...]
    registry_loaded: bool

    def to_dict(self) -> dict[str, Any]:
        return {"similar": [s.to_dict() for s in self.results],
                "registry_loaded": self.registry_loaded}


class Workbench:
    """The web app's use of the library for one store; ``today``/``now`` are the only clocks."""

    def __init__(self, store, *, today: Callable[[], dt.date],  # noqa: ANN001
                 now: Callable[[], dt.datetime]):
        self.store = store
        self.engine = store.engine
        self.today = today
        self.now = now
        # Totals and facet counts by (index version, teams, filters, query): any write to the
        # index changes its version, so an entry is never served after the data changed.
        self._summaries: OrderedDict[tuple[Any, ...], tuple[int, caseindex.Facets]] = OrderedDict()
        self._lock = threading.Lock()

    # --- access -------------------------------------------------------------------------
    def require(self, user: User, action: str) -> None:
        if not user.can(action):
            raise Forbidden(f"the {user.role} role may not {action} cases")

    def _visible(self, user: User, case_id: str) -> None:
        if not caseindex.can_see(self.engine, user, case_id):
            raise CaseNotVisible(f"case {case_id!r}: not found")

    def get_case(self, user: User, case_id: str) -> Case:
        """The case, when it exists and belongs to one of the user's teams."""
        self._visible(user, case_id)
        try:
            return self.store.get_case(case_id)
        except CaseNotFound:
            raise CaseNotVisible(f"case {case_id!r}: not found") from None

    def view_case(self, user: User, case_id: str) -> CaseView:
        case = self.get_case(user, case_id)
        team_id = caseindex.case_team(self.engine, case_id)
        team = next((n for i, n in zip(user.team_ids, user.team_names, strict=True)
                     if i == team_id), None)
        return CaseView(case=case, team=team,
                        documents=tuple(review.list_documents(self.engine, case_id)))

    # --- cases --------------------------------------------------------------------------
    def list_cases(self, user: User, *, q: str | None, filters: ListFilters, limit: int,
                   offset: int) -> tuple[list[ListRow], int, caseindex.Facets]:
        """A page of visible cases (full-text search when ``q``), total and facet counts."""
        version = caseindex.index_version(self.engine)
        if caseindex.index_is_stale(self.store, version):
            caseindex.sync_index(self.store, self.today(), self.now())
            version = caseindex.index_version(self.engine)
        # The store's full-text query as a subquery, so access and facets apply in SQL;
        # a query without words lists every case.
        matching = matching_case_ids(q) if q else None
        rows = caseindex.list_page(self.engine, user, filters, matching=matching, limit=limit,
                                   offset=offset)
        key = (version, user.team_ids, filters, q or "")
        with self._lock:
            summary = self._summaries.get(key)
        if summary is None:
            summary = caseindex.facet_summary(self.engine, user, filters, matching)
            with self._lock:
                self._summaries[key] = summary
                while len(self._summaries) > SUMMARY_CACHE:
                    self._summaries.popitem(last=False)
        return rows, *summary

    def create_case(self, user: User, case: Case, team: str | None = None) -> Case:
        """Add a new case owned by one of the user's teams (their first by name by default)."""
        self.require(user, "write")
        if team is None:
            team_id = user.team_ids[0] if user.team_ids else None
        elif team in user.team_names:
            team_id = user.team_ids[user.team_names.index(team)]
        else:
            raise Forbidden(f"team {team!r}: you are not a member")
        if team_id is None:
            raise Forbidden("you belong to no team, so you cannot own a case")
        self.store.add_case(case, self._actor(user))
        caseindex.record_case(self.engine, case, self.today(), self.now(), team=team_id)
        return case

    def save_case(self, user: User, case: Case) -> Case:
        """Replace a visible case with a new version (audited by the store)."""
        self.get_case(user, case.id)
        self.require(user, "write")
        self.store.save_case(case, self._actor(user))
        caseindex.record_case(self.engine, case, self.today(), self.now())
        return case

    def delete_case(self, user: User, case_id: str) -> None:
        self.get_case(user, case_id)
        self.require(user, "delete")
        self.store.delete_case(case_id, self._actor(user))
        caseindex.forget_case(self.engine, case_id)

    def history(self, user: User, case_id: str) -> list[Any]:
        self.get_case(user, case_id)
        return self.store.history(case_id)

    def screen(self, user: User, case_id: str, as_of: dt.date) -> ScreeningResult:
        return screen(self.get_case(user, case_id), as_of)

    def report(self, user: User, case_id: str, as_of: dt.date, fmt: str) -> bytes:
        """The memo, with similar exonerations when the registry is loaded."""
        case = self.get_case(user, case_id)
        found = self._similar(case, SIMILAR_TOP)
        # None tells the memo the registry is not loaded; [] that nothing in it is similar.
        return render_report(case, as_of, fmt, generated_at=self.now(),
                             similar=list(found.results) if found.registry_loaded else None)

    def similar(self, user: User, case_id: str, top: int = SIMILAR_TOP) -> SimilarView:
        """The ``top`` exonerations of the NRE most like a visible case, best first."""
        return self._similar(self.get_case(user, case_id), top)

    def _similar(self, case: Case, top: int) -> SimilarView:
        # An empty registry costs one LIMIT 1 query; a loaded one is scored in full.
        if not self.registry_loaded():
            return SimilarView((), registry_loaded=False)
        return SimilarView(tuple(similar_exonerations(self.store, case, top=top)), True)

    def registry_loaded(self) -> bool:
        """Whether any exoneration has been imported (one LIMIT 1 query)."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(exonerations.c.key).limit(1)).first() is not None

    def timeline_svg(self, user: User, case_id: str, as_of: dt.date) -> str:
        return render_timeline_svg(self.get_case(user, case_id), as_of)

    @staticmethod
    def rules() -> list[Any]:
        return list_remedies()

    # --- documents and review -----------------------------------------------------------
    def upload(self, user: User, case_id: str, filename: str, data: bytes) -> review.DocumentRecord:
        self.get_case(user, case_id)
        self.require(user, "write")
        record = review.add_document(self.engine, case_id, filename, data,
                                     uploaded_by=user.username, now=self.now())
        self._index_text(case_id, record)
        # The document's words change search results: move the index version on.
        caseindex.record_case(self.engine, self.store.get_case(case_id), self.today(), self.now())
        return record

    def _index_text(self, case_id: str, record: review.DocumentRecord) -> None:
        # Full-text search covers the text of uploaded documents too.
        self.store.index_text(case_id, f"document:{record.id}", record.text)

    def document(self, user: User, document_id: str) -> review.DocumentRecord:
        record = review.get_document(self.engine, document_id)
        try:
            self._visible(user, record.case_id)
        except CaseNotVisible:
            raise review.DocumentNotFound(f"document {document_id!r}: not found") from None
        return record

    def facts(self, user: User, document_id: str) -> list[review.ReviewRow]:
        return review.review_rows(self.engine, self.document(user, document_id).id)

    def decide(self, user: User, document_id: str, fact_id: int, action: str,
               edited: dict[str, Any] | None = None) -> review.ReviewRow:
        record = self.document(user, document_id)
        self.require(user, "write")
        row = review.decide(self.store, record, fact_id, action, actor=self._actor(user),
                            now=self.now(), edited=edited)
        if row.status in ("accepted", "edited"):
            caseindex.record_case(self.engine, self.store.get_case(record.case_id), self.today(),
                                  self.now())
        return row

    @staticmethod
    def _actor(user: User) -> str:
        return f"web:{user.username}"
