"""Shared test fixtures. Data in ../shared is read in place and skipped visibly when absent."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a visible skip when that data is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


# -- Databases: every storage test runs on SQLite and on PostgreSQL -------------------------------
# PostgreSQL comes from $DAYINCOURT_TEST_PG_URL. Each test session creates its own database (a unique
# name) and drops it at the end; each test gets its own schema in it. An unreachable server fails
# the test with a clear message; set DAYINCOURT_SKIP_PG=1 to skip those tests instead (visibly).

PG_URL_ENV = "DAYINCOURT_TEST_PG_URL"
PG_DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="session")
def pg_database():
    """The URL of a fresh PostgreSQL database for this test session, dropped at the end."""
    import os
    import uuid

    import sqlalchemy as sa

    server = sa.make_url(os.environ.get(PG_URL_ENV, PG_DEFAULT_URL))
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    name = f"dayincourt_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except sa.exc.OperationalError as exc:
        reason = f"PostgreSQL at {server.render_as_string(hide_password=True)} is unreachable: {exc.orig}"
        if os.environ.get("DAYINCOURT_SKIP_PG") == "1":
            pytest.skip(f"{reason} (skipped because DAYINCOURT_SKIP_PG=1)")
        pytest.fail(f"{reason}; start it, point {PG_URL_ENV} at one, or set DAYINCOURT_SKIP_PG=1", pytrace=False)
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@contextlib.contextmanager
def fresh_database_url(kind: str, request, directory: Path):
    """A new empty database: a SQLite file in ``directory``, or a new schema in the session's PostgreSQL database."""
    if kind == "sqlite":
        yield f"sqlite:///{directory / 'store.sqlite'}"
        return
    import uuid

    import sqlalchemy as sa

    database = request.getfixturevalue("pg_database")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(database, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        yield sa.make_url(database).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A database URL for one test, on each database (see ``fresh_database_url``)."""
    with fresh_database_url(request.param, request, tmp_path) as url:
        yield url


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_store_url(request, tmp_path_factory):
    """Like ``store_url``, shared by the tests of one module (for read-only tests on a costly setup)."""
    with fresh_database_url(request.param, request, tmp_path_factory.mktemp("store")) as url:
        yield url


@pytest.fixture
def store(store_url):
    """A new, migrated store on each database (see ``store_url``)."""
    from dayincourt.store import open_store

    opened = open_store(store_url)
    yield opened
    opened.close()
