"""Storage of case files: SQLite by default, PostgreSQL for teams; audit log; full-text search.

Open a store with :func:`open_store`; it is created and migrated (Alembic, all
heads) on first use. Cases live in normalized tables (see ``tables.py``) so that
questions like "all non-unanimous verdicts" are plain SQL on ``store.engine``.
"""

from .engine import default_database_url, migration_heads, current_revisions, upgrade_database
from .search import tokens
from .store import (
    AuditEvent,
    CaseExists,
    CaseNotFound,
    CaseSummary,
    Store,
    StoreError,
    StoreUnavailable,
    UnstorableCase,
    open_store,
)

__all__ = [
    "AuditEvent", "CaseExists", "CaseNotFound", "CaseSummary", "Store", "StoreError", "StoreUnavailable",
    "UnstorableCase", "current_revisions", "default_database_url", "migration_heads", "open_store",
    "tokens", "upgrade_database",
]
