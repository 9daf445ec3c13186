"""Storage of case files: SQLite by default, PostgreSQL for teams; audit log; full-text search.

Open a store with :func:`open_store`; it is created and migrated (Alembic, all
heads) on first use. Cases live in normalized tables (see ``tables.py``) so that
questions like "all non-unanimous verdicts" are plain SQL on ``store.engine``.
"""

from .engine import current_revisions, default_database_url, migration_heads, upgrade_database, write_transaction
from .search import matching_case_ids, tokens
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
    "UnstorableCase", "current_revisions", "default_database_url", "matching_case_ids", "migration_heads", "open_store",
    "tokens", "upgrade_database", "write_transaction",
]
