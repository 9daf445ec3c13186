"""Fixtures of the web tests: one app per database backend (SQLite and PostgreSQL).

PostgreSQL: each test session creates its own database with a unique name and drops it at the end,
so parallel runs never collide. It is never skipped silently: when the server cannot be reached the
PostgreSQL tests fail with the reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from web_support import PG_URL, TODAY

from dayincourt.web import create_app

BACKENDS = ["sqlite", "postgresql"]
@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this session, dropped at the end."""
    name = f"dic_web_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield sa.make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(scope="session", params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.sqlite'}"
    return request.getfixturevalue("pg_database")


@pytest.fixture(scope="session")
def app(db_url: str):
    """One app per backend; tests make their own users, teams and cases with unique names."""
    return create_app(db_url, secure_cookies=True, max_upload_bytes=200_000,
                      today=lambda: TODAY)


@pytest.fixture(scope="session")
def engine(app) -> sa.Engine:
    return app.state.workbench.engine


@pytest.fixture(scope="session")
def store(app):
    return app.state.workbench.store


