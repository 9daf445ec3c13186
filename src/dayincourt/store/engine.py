"""Where the database is, how to connect to it, and how it is migrated.

SQLite (the default) runs in WAL mode with foreign keys on; a write
transaction starts with ``BEGIN IMMEDIATE`` so that there is one writer at a
time and a writer never fails half-way on a lock upgrade. PostgreSQL is used
through the same URL scheme (``postgresql+psycopg://...``).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import platformdirs
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

ENV_URL = "DAYINCOURT_DATABASE_URL"
_WRITE = "dayincourt_write"


def default_database_url() -> str:
    """The URL in use when none is given: ``$DAYINCOURT_DATABASE_URL``, else a file in the user data dir."""
    url = os.environ.get(ENV_URL)
    if url:
        return url
    path = Path(platformdirs.user_data_dir("dayincourt")) / "dayincourt.sqlite"
    return f"sqlite:///{path}"


def create_engine(url: str) -> sa.Engine:
    """An engine for ``url`` with the store's connection settings."""
    sa_url = sa.make_url(url)
    if sa_url.get_backend_name() != "sqlite":
        return sa.create_engine(sa_url, pool_pre_ping=True)
    if sa_url.database and sa_url.database != ":memory:":
        Path(sa_url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(sa_url, connect_args={"timeout": 30})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred only).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextmanager
def write_transaction(engine: sa.Engine) -> Iterator[sa.Connection]:
    """One write transaction: committed when the block ends, rolled back if it raises."""
    with engine.connect().execution_options(**{_WRITE: True}) as conn, conn.begin():
        yield conn


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "dayincourt.store:migrations")
    config.set_main_option("path_separator", "os")
    return config


def migration_heads() -> set[str]:
    """The head revisions shipped with this version of dayincourt."""
    return set(ScriptDirectory.from_config(_alembic_config()).get_heads())


def current_revisions(engine: sa.Engine) -> set[str]:
    """The revisions the database is at (empty for a new database)."""
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def upgrade_database(engine: sa.Engine) -> bool:
    """Apply every migration up to all heads; return whether anything was applied."""
    if current_revisions(engine) == migration_heads():
        return False
    config = _alembic_config()
    with write_transaction(engine) as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "heads")
    return True
