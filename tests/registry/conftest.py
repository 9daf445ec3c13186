"""Registry test fixtures: stores on SQLite and on a fresh PostgreSQL database, fixture paths."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from dayincourt.registry.tables import exonerations
from dayincourt.store import Store, open_store

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
PG_URL = os.environ.get("DAYINCOURT_TEST_PG_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a visible skip when that data is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    """A PostgreSQL database of this session's own, dropped at the end.

    PostgreSQL is required: an unreachable server fails the tests instead of skipping them.
    """
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"dic_registry_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield sa.make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(scope="session")
def pg_store(pg_database_url: str) -> Iterator[Store]:
    store = open_store(pg_database_url)
    yield store
    store.engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty, migrated registry on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'registry.sqlite'}"
        return
    store: Store = request.getfixturevalue("pg_store")
    with store.engine.begin() as conn:
        conn.execute(exonerations.delete())
    yield store.engine.url.render_as_string(hide_password=False)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    """An open store with an empty registry, on SQLite and on PostgreSQL."""
    opened = open_store(database_url)
    yield opened
    opened.engine.dispose()
