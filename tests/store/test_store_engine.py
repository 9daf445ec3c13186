"""Where the database is, how it is migrated, and SQLite's connection settings."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from dayincourt.casefile import load_case
from dayincourt.store import (current_revisions, default_database_url, migration_heads, open_store,
                              upgrade_database)
from dayincourt.store.engine import write_transaction
from dayincourt.store.tables import metadata

MOUTON = Path(__file__).resolve().parents[2] / "examples" / "la-mouton-1994.case.yaml"


def test_default_url_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("DAYINCOURT_DATABASE_URL", f"sqlite:///{tmp_path}/env.sqlite")
    assert default_database_url() == f"sqlite:///{tmp_path}/env.sqlite"
    store = open_store()
    assert (tmp_path / "env.sqlite").exists() and store.url == f"sqlite:///{tmp_path}/env.sqlite"
    store.close()


def test_default_url_is_in_the_user_data_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("DAYINCOURT_DATABASE_URL", raising=False)
    monkeypatch.setattr("platformdirs.user_data_dir", lambda app: str(tmp_path / app))
    assert default_database_url() == f"sqlite:///{tmp_path}/dayincourt/dayincourt.sqlite"


def test_new_database_is_migrated_to_every_head(store_url):
    store = open_store(store_url)
    assert current_revisions(store.engine) == migration_heads() != set()
    assert upgrade_database(store.engine) is False  # nothing left to apply
    tables = set(sa.inspect(store.engine).get_table_names())
    assert {t.name for t in metadata.sorted_tables} <= tables
    store.close()


def test_migration_matches_the_table_definitions(store_url):
    """The 0001 migration and tables.py describe the same columns (no drift)."""
    store = open_store(store_url)
    inspector = sa.inspect(store.engine)
    for table in metadata.sorted_tables:
        assert [c["name"] for c in inspector.get_columns(table.name)] == [c.name for c in table.columns], table.name
    store.close()


def test_open_store_without_migration_leaves_a_new_database_empty(tmp_path):
    store = open_store(f"sqlite:///{tmp_path}/bare.sqlite", migrate=False)
    assert current_revisions(store.engine) == set()
    store.close()


def test_sqlite_connection_settings(tmp_path):
    store = open_store(f"sqlite:///{tmp_path}/s.sqlite")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()


def test_sqlite_writes_take_the_write_lock_at_begin(tmp_path):
    """BEGIN IMMEDIATE: a second writer waits (here: times out) before it reads anything."""
    url = f"sqlite:///{tmp_path}/lock.sqlite"
    store = open_store(url)
    impatient = sa.create_engine(url, connect_args={"timeout": 0.05})
    sa.event.listen(impatient, "connect", lambda c, r: setattr(c, "isolation_level", None))
    sa.event.listen(impatient, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    with write_transaction(store.engine):
        with pytest.raises(sa.exc.OperationalError, match="database is locked"):
            with impatient.begin() as conn:
                conn.exec_driver_sql("SELECT 1")
    # Readers are not blocked by a writer (WAL).
    with write_transaction(store.engine) as writer:
        writer.exec_driver_sql("SELECT 1")
        assert store.count_cases() == 0
    impatient.dispose()
    store.close()


def test_store_survives_reopening(tmp_path):
    url = f"sqlite:///{tmp_path}/re.sqlite"
    with open_store(url) as store:
        store.add_case(load_case(MOUTON), "clerk")
    with open_store(url) as store:
        assert store.get_case("la-mouton-1994") == load_case(MOUTON)
