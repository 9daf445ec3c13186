"""The case store: add, replace, read, list, search, delete and audit cases.

Every change is one transaction that writes the case's rows, its search text
and an audit event together: either all of it is stored or none of it.
Deleting hides a case and keeps its rows and its history.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Literal

import sqlalchemy as sa

from ..casefile import Case, case_to_dict, parse_case
from . import rows as r
from . import tables as t
from .engine import create_engine, default_database_url, upgrade_database, write_transaction
from .search import CASE_KIND, case_text, matching_case_ids, replace_text, text_rows

Action = Literal["add", "update", "delete", "restore"]
BackupFormat = Literal["sqlite", "jsonl"]
BACKUP_FORMAT_ID = "dayincourt.backup/1"


class StoreError(Exception):
    """A store operation that cannot be done; the message says why."""


class CaseNotFound(StoreError, LookupError):
    """No live case has this id (it never existed, or it was deleted)."""


class CaseExists(StoreError):
    """A case with this id is already stored."""


class _ConcurrentInsert(Exception):
    """Another transaction inserted the same case id first."""


class StoreUnavailable(StoreError):
    """The database cannot be reached, created or migrated."""


class UnstorableCase(StoreError):
    """A case holds a value the databases cannot store (a NUL character)."""


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One line of a case list."""

    id: str
    title: str | None
    jurisdiction: str
    county: str | None
    defendants: tuple[str, ...]
    non_unanimous: bool | None
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One change to a case: who, when (UTC), what, and the case before and after (canonical dicts)."""

    id: int
    case_id: str
    at: dt.datetime
    actor: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _utc(value: dt.datetime) -> dt.datetime:
    # SQLite gives back naive datetimes; everything the store writes is UTC.
    return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value.astimezone(dt.timezone.utc)


def _json(data: dict[str, Any] | None) -> str | None:
    return None if data is None else json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _find_nul(value: Any, path: str = "") -> str | None:
    """The JSON path of the first string holding a NUL character, if any."""
    if isinstance(value, str):
        return path or "(value)" if "\x00" in value else None
    if isinstance(value, dict):
        for key, sub in value.items():
            found = _find_nul(key, f"{path}.{key}" if path else key) or _find_nul(sub, f"{path}.{key}" if path else key)
            if found:
                return found
    if isinstance(value, list):
        for i, sub in enumerate(value):
            found = _find_nul(sub, f"{path}[{i}]")
            if found:
                return found
    return None


def _derived(data: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    """The bookkeeping columns of a ``cases`` row written now (besides version and created_at)."""
    return {"defendants": r.defendant_names(data), "non_unanimous": r.non_unanimous(data),
            "updated_at": now, "deleted_at": None}


def _storable(case: Case) -> dict[str, Any]:
    """The canonical dict of a case, after checking both databases can hold it."""
    data = case_to_dict(case)
    where = _find_nul(data)
    if where:
        raise UnstorableCase(f"case {case.id!r}: {where} contains a NUL character, which cannot be stored")
    return data


def _filtered(stmt: sa.Select, query: str | None, jurisdiction: str | None, non_unanimous: bool | None,
              factor: str | None, custody: str | None) -> sa.Select:
    """``stmt`` (a SELECT from ``cases``) narrowed to the live cases that pass every filter given."""
    c = t.cases.c
    matching = matching_case_ids(query) if query else None
    if matching is not None:
        ids = matching.subquery("matching")
        stmt = stmt.join(ids, ids.c.case_id == c.id)
    stmt = stmt.where(c.deleted_at.is_(None))
    if jurisdiction is not None:
        stmt = stmt.where(c.jurisdiction == jurisdiction)
    if non_unanimous is not None:
        stmt = stmt.where(c.non_unanimous.is_(non_unanimous))
    if factor is not None:
        stmt = stmt.where(sa.exists().where(t.factors.c.case_id == c.id, t.factors.c.code == factor))
    if custody is not None:
        stmt = stmt.where(sa.exists().where(t.custody.c.case_id == c.id, t.custody.c.status == custody))
    return stmt


class Store:
    """Cases in a SQLite or PostgreSQL database, with an audit log and full-text search.

    Make one with :func:`open_store`. Timestamps come from ``clock`` (UTC now by default).
    """

    def __init__(self, engine: sa.Engine, *, clock: Callable[[], dt.datetime] = _now):
        self.engine = engine
        self._clock = clock

    @property
    def url(self) -> str:
        """The database URL, password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Close the store's connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------------

    def add_case(self, case: Case, actor: str) -> None:
        """Store a new case.

        Raises:
            CaseExists: a case with this id is stored (even a deleted one: restore or save it instead).
            UnstorableCase: the case holds a NUL character.
        """
        self._write(case, actor, replace=False)

    def save_case(self, case: Case, actor: str) -> None:
        """Store a case, replacing the stored one with the same id (a deleted one comes back).

        Saving a case identical to the stored one changes nothing and logs nothing.

        Raises:
            UnstorableCase: the case holds a NUL character.
        """
        self._write(case, actor, replace=True)

    def add_cases(self, cases: Iterable[Case], actor: str) -> int:
        """Store many new cases in one transaction, all or none; return how many.

        Much faster than one :meth:`add_case` per case (rows go in batches): for imports,
        seeding and benchmarks. Each case still gets its own audit event.

        Raises:
            CaseExists: one of the ids is stored already, or given twice.
            UnstorableCase: a case holds a NUL character.
        """
        datas = [_storable(case) for case in cases]
        ids = [d["id"] for d in datas]
        repeated = sorted(i for i, n in Counter(ids).items() if n > 1)
        if repeated:
            raise CaseExists(f"case {repeated[0]!r} is given more than once")
        now = self._clock()
        with write_transaction(self.engine) as conn:
            for batch in _batches(ids, 500):
                stored = conn.execute(sa.select(t.cases.c.id).where(t.cases.c.id.in_(batch))).scalars().first()
                if stored is not None:
                    raise CaseExists(f"case {stored!r} already exists")
            all_rows: r.Rows = {table: [] for table in (*r.CASE_TABLES, t.search_texts, t.search_terms)}
            audit = []
            for data in datas:
                rows = r.case_rows(data)
                rows[t.cases][0].update(_derived(data, now), version=1, created_at=now)
                rows[t.search_texts], rows[t.search_terms] = text_rows(data["id"], CASE_KIND, case_text(data))
                for table, table_rows in rows.items():
                    all_rows[table].extend(table_rows)
                audit.append({"case_id": data["id"], "at": now, "actor": actor, "action": "add",
                              "before": None, "after": _json(data)})
            for table, table_rows in all_rows.items():
                for batch in _batches(table_rows, 5000):
                    conn.execute(table.insert(), batch)
            if audit:
                conn.execute(t.audit_log.insert(), audit)
        return len(datas)

    def _write(self, case: Case, actor: str, *, replace: bool) -> None:
        data = _storable(case)
        try:
            self._write_once(case.id, data, actor, replace=replace)
        except _ConcurrentInsert:
            # Another writer stored the same new id between our read and our insert
            # (PostgreSQL; SQLite has one writer at a time): a replace simply runs again.
            if not replace:
                raise CaseExists(f"case {case.id!r} already exists") from None
            self._write_once(case.id, data, actor, replace=replace)

    def _write_once(self, case_id: str, data: dict[str, Any], actor: str, *, replace: bool) -> None:
        now = self._clock()
        with write_transaction(self.engine) as conn:
            current = conn.execute(
                sa.select(t.cases.c.version, t.cases.c.deleted_at)
                .where(t.cases.c.id == case_id).with_for_update()
            ).first()
            if current is None:
                action: Action = "add"
                before = None
            else:
                if not replace:
                    hidden = " (deleted; restore it or save over it)" if current.deleted_at else ""
                    raise CaseExists(f"case {case_id!r} already exists{hidden}")
                before = self._read_dicts(conn, [case_id])[case_id]
                if before == data and current.deleted_at is None:
                    return
                action = "restore" if current.deleted_at else "update"
                self._delete_rows(conn, case_id)
            rows = r.case_rows(data)
            (case_row,) = rows.pop(t.cases)
            case_row.update(_derived(data, now))
            if current is None:
                try:
                    conn.execute(t.cases.insert().values(**case_row, version=1, created_at=now))
                except sa.exc.IntegrityError:
                    raise _ConcurrentInsert from None
            else:
                conn.execute(t.cases.update().where(t.cases.c.id == case_id)
                             .values(**case_row, version=current.version + 1))
            _insert_rows(conn, rows)
            replace_text(conn, case_id, CASE_KIND, case_text(data))
            self._audit(conn, case_id, now, actor, action, before, data)

    def delete_case(self, case_id: str, actor: str) -> None:
        """Hide a case: it leaves lists, searches and ``get_case``; its rows and history stay.

        Raises:
            CaseNotFound: no live case has this id.
        """
        now = self._clock()
        with write_transaction(self.engine) as conn:
            before = self._live_dict(conn, case_id, lock=True)
            conn.execute(t.cases.update().where(t.cases.c.id == case_id).values(
                deleted_at=now, updated_at=now, version=t.cases.c.version + 1))
            self._audit(conn, case_id, now, actor, "delete", before, None)

    def restore_case(self, case_id: str, actor: str) -> None:
        """Bring back a deleted case as it was when deleted.

        Raises:
            CaseNotFound: no deleted case has this id.
        """
        now = self._clock()
        with write_transaction(self.engine) as conn:
            row = conn.execute(sa.select(t.cases.c.deleted_at).where(t.cases.c.id == case_id)
                               .with_for_update()).first()
            if row is None or row.deleted_at is None:
                raise CaseNotFound(f"no deleted case with id {case_id!r}")
            conn.execute(t.cases.update().where(t.cases.c.id == case_id).values(
                deleted_at=None, updated_at=now, version=t.cases.c.version + 1))
            self._audit(conn, case_id, now, actor, "restore", None, self._read_dicts(conn, [case_id])[case_id])

    def index_text(self, case_id: str, kind: str, text: str) -> None:
        """Make ``text`` (e.g. an uploaded document's) searchable under ``kind`` for a case.

        Replaces the text indexed earlier under the same kind; empty text removes it.
        The kind ``"case"`` is the store's own and is refused.

        Raises:
            CaseNotFound: no live case has this id.
            StoreError: ``kind`` is ``"case"`` or empty, or the text contains a NUL character.
        """
        if not kind or kind == CASE_KIND:
            raise StoreError(f"the search-text kind {kind!r} is reserved; use e.g. 'document:<id>'")
        if "\x00" in text:
            raise UnstorableCase(f"case {case_id!r}: text {kind!r} contains a NUL character")
        with write_transaction(self.engine) as conn:
            self._live_dict(conn, case_id, lock=True, read=False)
            replace_text(conn, case_id, kind, text)

    def _audit(self, conn: sa.Connection, case_id: str, at: dt.datetime, actor: str, action: Action,
               before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
        conn.execute(t.audit_log.insert().values(
            case_id=case_id, at=at, actor=actor, action=action, before=_json(before), after=_json(after)))

    @staticmethod
    def _delete_rows(conn: sa.Connection, case_id: str) -> None:
        for table in reversed(r.CASE_TABLES[1:]):
            conn.execute(table.delete().where(table.c.case_id == case_id))

    # -- reading ----------------------------------------------------------------------------------

    def get_case(self, case_id: str) -> Case:
        """The stored case with this id.

        Raises:
            CaseNotFound: no live case has this id (deleted cases are not returned).
        """
        with self.engine.connect() as conn:
            data = self._live_dict(conn, case_id)
        return parse_case(data, f"store:{case_id}")

    def _live_dict(self, conn: sa.Connection, case_id: str, *, lock: bool = False,
                   read: bool = True) -> dict[str, Any]:
        stmt = sa.select(t.cases.c.deleted_at).where(t.cases.c.id == case_id)
        row = conn.execute(stmt.with_for_update() if lock else stmt).first()
        if row is None or row.deleted_at is not None:
            raise CaseNotFound(f"no case with id {case_id!r}")
        return self._read_dicts(conn, [case_id])[case_id] if read else {}

    @staticmethod
    def _read_dicts(conn: sa.Connection, case_ids: list[str]) -> dict[str, dict[str, Any]]:
        """Canonical dicts of these cases (deleted or not), read from their rows."""
        grouped: dict[str, r.Rows] = {cid: {table: [] for table in r.CASE_TABLES} for cid in case_ids}
        for table in r.CASE_TABLES:
            key = table.c.id if table is t.cases else table.c.case_id
            for row in conn.execute(sa.select(table).where(key.in_(case_ids))).mappings():
                grouped[row["id" if table is t.cases else "case_id"]][table].append(dict(row))
        return {cid: r.case_dict(rows) for cid, rows in grouped.items() if rows[t.cases]}

    def list_cases(self, query: str | None = None, *, limit: int = 50, offset: int = 0,
                   jurisdiction: str | None = None, non_unanimous: bool | None = None,
                   factor: str | None = None, custody: str | None = None) -> list[CaseSummary]:
        """Live cases, most recently changed first (then by id, descending), optionally filtered.

        Args:
            query: full-text query (see :meth:`search`); blank means every case.
            limit: at most this many; offset: skip this many first (paging).
            jurisdiction: e.g. ``"US-LA"``.
            non_unanimous: only cases whose guilty jury verdict was (True) or was known not to be (False) non-unanimous.
            factor: only cases with this contributing-factor code (``"PFA"``...).
            custody: only cases with this custody status (``"imprisoned"``...).
        """
        c = t.cases.c
        stmt = _filtered(
            sa.select(c.id, c.title, c.jurisdiction, c.county, c.defendants, c.non_unanimous, c.updated_at),
            query, jurisdiction, non_unanimous, factor, custody,
        ).order_by(c.updated_at.desc(), c.id.desc()).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [CaseSummary(row.id, row.title, row.jurisdiction, row.county, tuple(row.defendants),
                                row.non_unanimous, _utc(row.updated_at)) for row in conn.execute(stmt)]

    def count_cases(self, query: str | None = None, *, jurisdiction: str | None = None,
                    non_unanimous: bool | None = None, factor: str | None = None,
                    custody: str | None = None) -> int:
        """How many live cases :meth:`list_cases` would give without a limit."""
        stmt = _filtered(sa.select(sa.func.count()).select_from(t.cases),
                         query, jurisdiction, non_unanimous, factor, custody)
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar_one()

    def search(self, text: str, *, limit: int = 50, offset: int = 0) -> list[CaseSummary]:
        """Live cases matching every word of ``text`` as a word prefix, case- and accent-insensitively.

        Searched: case id, title, county, court, notes, people's names and aliases, offenses and
        statutes, citations, reasons, evidence and factor descriptions, source titles, and any
        text added with :meth:`index_text` (document text).
        """
        return self.list_cases(text, limit=limit, offset=offset)

    def history(self, case_id: str) -> list[AuditEvent]:
        """Every change to a case, oldest first (deleted cases included).

        Raises:
            CaseNotFound: nothing was ever stored under this id.
        """
        a = t.audit_log.c
        with self.engine.connect() as conn:
            events = [
                AuditEvent(row.id, row.case_id, _utc(row.at), row.actor, row.action,
                           json.loads(row.before) if row.before else None,
                           json.loads(row.after) if row.after else None)
                for row in conn.execute(sa.select(t.audit_log).where(a.case_id == case_id).order_by(a.id))
            ]
        if not events:
            raise CaseNotFound(f"no case with id {case_id!r} was ever stored")
        return events

    # -- backup -----------------------------------------------------------------------------------

    def backup(self, path: str | Path, fmt: BackupFormat | None = None) -> Path:
        """Write a consistent copy of the store to ``path`` (which must not exist yet).

        ``sqlite`` copies the database file with SQLite's online backup API; it is the default
        for a SQLite store. ``jsonl`` works on both databases and is the default for PostgreSQL
        and for a path ending in ``.jsonl`` or ``.ndjson``: JSON Lines from one snapshot, a
        header line ``{"format": "dayincourt.backup/1", ...}``, then one ``{"type": "case", ...}``
        line per case (deleted ones too, with ``deleted_at``), one ``{"type": "text", ...}`` line
        per document text added with ``index_text``, and one ``{"type": "audit", ...}`` line per
        audit event, oldest first. :meth:`restore_backup` loads it into an empty store.

        Raises:
            StoreError: the path exists, or ``sqlite`` was asked of a PostgreSQL store.
        """
        path = Path(path)
        if path.exists():
            raise StoreError(f"{path}: already exists; a backup never overwrites a file")
        sqlite = self.engine.dialect.name == "sqlite"
        if fmt is None:
            fmt = "jsonl" if path.suffix.lower() in (".jsonl", ".ndjson") or not sqlite else "sqlite"
        if fmt == "sqlite" and not sqlite:
            raise StoreError("a PostgreSQL store is backed up as JSON Lines (format 'jsonl'), or with pg_dump")
        partial = path.with_name(path.name + ".partial")
        try:
            if fmt == "sqlite":
                self._backup_sqlite(partial)
            else:
                with partial.open("w", encoding="utf-8") as out:
                    for line in self._snapshot_lines():
                        out.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
        return path

    def restore_backup(self, path: str | Path) -> int:
        """Load a JSON Lines backup (see :meth:`backup`) into this empty store; return the number of cases.

        Cases keep their versions, timestamps and deleted state, document texts stay
        searchable, and the audit log is restored event for event (same ids). This also
        moves a store between databases (SQLite to PostgreSQL and back). All or nothing.

        Raises:
            StoreError: the store is not empty, or the file is not a dayincourt backup.
        """
        path = Path(path)
        with path.open(encoding="utf-8") as lines:
            try:
                header = json.loads(next(lines, "null"))
            except json.JSONDecodeError:
                header = None
            if not isinstance(header, dict) or header.get("format") != BACKUP_FORMAT_ID:
                raise StoreError(f"{path}: not a {BACKUP_FORMAT_ID} file (first line)")
            records = [json.loads(line) for line in lines if line.strip()]
        all_rows: r.Rows = {
            table: [] for table in (*r.CASE_TABLES, t.search_texts, t.search_terms, t.audit_log)}

        def add(rows: r.Rows) -> None:
            for table, table_rows in rows.items():
                all_rows[table].extend(table_rows)

        cases = 0
        for record in records:
            kind = record.get("type")
            if kind == "case":
                data = _storable(parse_case(record["case"], f"{path}: case {record.get('id')!r}"))
                rows = r.case_rows(data)
                rows[t.cases][0].update(
                    _derived(data, _timestamp(record["updated_at"])), version=record["version"],
                    created_at=_timestamp(record["created_at"]),
                    deleted_at=_timestamp(record["deleted_at"]) if record["deleted_at"] else None)
                rows[t.search_texts], rows[t.search_terms] = text_rows(data["id"], CASE_KIND, case_text(data))
                add(rows)
                cases += 1
            elif kind == "text":
                texts, terms = text_rows(record["case_id"], record["kind"], record["text"])
                add({t.search_texts: texts, t.search_terms: terms})
            elif kind == "audit":
                add({t.audit_log: [{
                    "id": record["id"], "case_id": record["case_id"], "at": _timestamp(record["at"]),
                    "actor": record["actor"], "action": record["action"],
                    "before": _json(record["before"]), "after": _json(record["after"])}]})
            else:
                raise StoreError(f"{path}: unknown record type {kind!r}")
        with write_transaction(self.engine) as conn:
            for table in (t.cases, t.audit_log):
                if conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one():
                    raise StoreError(f"cannot restore into {self.url}: it is not empty ({table.name})")
            for table, table_rows in all_rows.items():
                for batch in _batches(table_rows, 5000):
                    conn.execute(table.insert(), batch)
            if conn.dialect.name == "postgresql" and all_rows[t.audit_log]:
                # Explicit ids do not advance the identity sequence; new events must follow them.
                conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('audit_log', 'id'), "
                                     "(SELECT max(id) FROM audit_log))")
        return cases

    def _backup_sqlite(self, path: Path) -> None:
        with self.engine.connect() as conn:
            source = conn.connection.driver_connection
            target = sqlite3.connect(path)
            try:
                source.backup(target)  # type: ignore[union-attr]
            finally:
                target.close()

    def _snapshot_lines(self) -> Iterator[dict[str, Any]]:
        options = {} if self.engine.dialect.name == "sqlite" else {"isolation_level": "REPEATABLE READ"}
        with self.engine.connect().execution_options(**options) as conn, conn.begin():
            c = t.cases.c
            meta = conn.execute(sa.select(c.id, c.version, c.created_at, c.updated_at, c.deleted_at)
                                .order_by(c.id)).all()
            yield {"format": BACKUP_FORMAT_ID, "database": self.engine.dialect.name, "cases": len(meta)}
            for batch in _batches(meta, 200):
                dicts = self._read_dicts(conn, [m.id for m in batch])
                for m in batch:
                    yield {"type": "case", "id": m.id, "version": m.version,
                           "created_at": _utc(m.created_at).isoformat(),
                           "updated_at": _utc(m.updated_at).isoformat(),
                           "deleted_at": _utc(m.deleted_at).isoformat() if m.deleted_at else None,
                           "case": dicts[m.id]}
            s = t.search_texts.c
            for row in conn.execute(sa.select(t.search_texts).where(s.kind != CASE_KIND)
                                    .order_by(s.case_id, s.kind)):
                yield {"type": "text", "case_id": row.case_id, "kind": row.kind, "text": row.text}
            for row in conn.execute(sa.select(t.audit_log).order_by(t.audit_log.c.id)):
                yield {"type": "audit", "id": row.id, "case_id": row.case_id, "at": _utc(row.at).isoformat(),
                       "actor": row.actor, "action": row.action,
                       "before": json.loads(row.before) if row.before else None,
                       "after": json.loads(row.after) if row.after else None}


def _timestamp(text: str) -> dt.datetime:
    return _utc(dt.datetime.fromisoformat(text))


def _batches(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _insert_rows(conn: sa.Connection, rows: r.Rows) -> None:
    """Insert the rows of a case's items, parents before children."""
    for table in r.CASE_TABLES:
        if rows.get(table):
            conn.execute(table.insert(), rows[table])


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and on first use create and migrate) the store at ``url``.

    Args:
        url: a SQLAlchemy URL (``sqlite:///path`` or ``postgresql+psycopg://...``); by default
            ``$DAYINCOURT_DATABASE_URL``, else ``dayincourt.sqlite`` in the user data directory.
        migrate: apply pending Alembic migrations (all heads) before returning.

    Raises:
        StoreUnavailable: the URL is malformed, or the database cannot be reached or migrated.
    """
    url = url or default_database_url()
    try:
        engine = create_engine(url)
        if migrate:
            upgrade_database(engine)
    except (sa.exc.SQLAlchemyError, OSError) as exc:
        raise StoreUnavailable(f"cannot open {_hide_password(url)}: {_first_line(exc)}") from exc
    return Store(engine)


def _hide_password(url: str) -> str:
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return repr(url)


def _first_line(exc: BaseException) -> str:
    """The driver's own message when there is one, on one line."""
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines()
    return lines[0] if lines else type(cause).__name__
