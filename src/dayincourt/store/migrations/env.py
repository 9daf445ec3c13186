"""Alembic environment: runs on the connection the store hands over.

``dayincourt.store.engine.upgrade_database`` puts an open connection in
``config.attributes["connection"]``; there is no alembic.ini. On PostgreSQL an
advisory lock serializes processes that migrate the same database at once.
"""

from __future__ import annotations

from alembic import context

from dayincourt.store.tables import metadata

# Any constant works; it only has to be the same for every dayincourt process.
_PG_MIGRATION_LOCK = 0x0DA1_C0DE


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("dayincourt migrations run online only: use `dayincourt db upgrade`")
run_migrations_online()
