"""Migration 0002_web creates exactly the tables web/tables.py describes (SQLite and PostgreSQL)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from dayincourt.store import current_revisions
from dayincourt.web.tables import metadata


def _web_only(diff) -> bool:  # noqa: ANN001
    op = diff[0]
    if op.startswith("modify_"):  # ("modify_type", schema, table, column, ...)
        return str(diff[2]).startswith("web_")
    obj = diff[-1] if op.endswith("_column") else diff[1]
    table = getattr(obj, "name", "") if op.endswith("_table") else getattr(getattr(obj, "table", None), "name", "")
    return str(diff[2] if op.endswith("_column") else table).startswith("web_")


def test_database_matches_the_web_tables(engine):
    assert "0002_web" in current_revisions(engine)
    with engine.connect() as conn:
        raw = compare_metadata(MigrationContext.configure(conn), metadata)
    # Column changes come grouped in lists; flatten before filtering to the web_ tables.
    flat = [d for item in raw for d in (item if isinstance(item, list) else [item])]
    diffs = [d for d in flat if _web_only(d)]
    assert diffs == []
