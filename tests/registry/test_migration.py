"""The migration 0002_registry creates exactly the table the registry package describes."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dayincourt.registry.tables import exonerations, metadata
from dayincourt.store import current_revisions


def test_migrated_table_matches_the_package_metadata(store):
    assert "0002_registry" in current_revisions(store.engine)
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, metadata)
    # compare_metadata also lists the other areas' tables as "not in this metadata": ignore them.
    ours = [d for d in diffs if exonerations.name in repr(d)]
    assert ours == []
