"""import_registry on SQLite and PostgreSQL: counts, idempotence, updates, provenance."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from dayincourt.registry import RegistryFormatError, import_registry
from dayincourt.registry.tables import exonerations

from .conftest import FIXTURES


def _snapshot(store) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in
                conn.execute(sa.select(exonerations).order_by(exonerations.c.key))]


def test_import_full_export(store):
    summary = import_registry(store, FIXTURES / "full_small.csv")
    assert (summary.source_format, summary.rows, summary.inserted, summary.updated,
            summary.unchanged) == ("nre-full", 14, 7, 0, 0)
    assert [b.line for b in summary.bad_rows] == [8, 9, 10, 11, 12, 15, 16]
    assert [str(w) for w in summary.warnings] == [
        "line 6: Date of Crime Month: '13' is not a month; kept the year only"]
    rows = {r["key"]: r for r in _snapshot(store)}
    assert sorted(rows) == ["nre-9001", "nre-9002", "nre-9003", "nre-9004", "nre-9005",
                            "nre-9006", "nre-9011"]
    alma = rows["nre-9001"]
    assert (alma["mwid"], alma["fc"], alma["om_police"], alma["recanters"]) == (True, None, True,
                                                                                 True)
    assert (alma["exoneration_date"], alma["exoneration_year"], alma["years_lost"]) == (
        "2015-06-30", 2015, 20.3)
    # Provenance: the file, the line and the raw row as the export wrote it.
    assert (alma["source_file"], alma["source_line"]) == ("full_small.csv", 2)
    assert json.loads(alma["raw_json"])["Perjury or False Accusation?"] == "Yes"
    assert rows["nre-9011"]["source_line"] == 13


def test_importing_twice_changes_nothing(store):
    import_registry(store, FIXTURES / "full_small.csv")
    import_registry(store, FIXTURES / "public_small.csv")
    before = _snapshot(store)
    again = import_registry(store, FIXTURES / "full_small.csv")
    again_public = import_registry(store, FIXTURES / "public_small.csv")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 7)
    assert (again_public.inserted, again_public.updated, again_public.unchanged) == (0, 0, 4)
    assert _snapshot(store) == before


def test_newer_export_updates_rows_by_nre_id(store):
    import_registry(store, FIXTURES / "full_small.csv")
    summary = import_registry(store, FIXTURES / "full_small_v2.csv")
    assert (summary.inserted, summary.updated, summary.unchanged) == (1, 1, 6)
    assert summary.bad_rows == ()
    rows = {r["key"]: r for r in _snapshot(store)}
    assert len(rows) == 8
    assert (rows["nre-9001"]["ild"], rows["nre-9001"]["last_update_date"]) == (True, "2026-01-14")
    assert rows["nre-9001"]["source_file"] == "full_small_v2.csv"
    assert rows["nre-9013"]["worst_crime"] == "Robbery"
    assert rows["nre-9002"]["source_file"] == "full_small.csv"  # unchanged rows are left alone


def test_public_sheet_rows_get_derived_keys(store):
    summary = import_registry(store, FIXTURES / "public_small.csv")
    assert (summary.source_format, summary.inserted, len(summary.bad_rows)) == ("nre-public", 4, 4)
    rows = _snapshot(store)
    assert all(r["key"].startswith("pub-") and r["nre_id"] is None for r in rows)
    assert {r["name"] for r in rows} == {"Alma Fictional", "José Núñez", "Lou Lastly",
                                         "Fran Federal"}


def test_progress_reports_every_row(store):
    calls: list[tuple[int, int]] = []
    import_registry(store, FIXTURES / "full_small.csv", progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (14, 14)
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)


def test_not_an_export_raises_and_writes_nothing(store, tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text("id,title\n1,x\n", encoding="utf-8")
    with pytest.raises(RegistryFormatError, match="not a National Registry of Exonerations"):
        import_registry(store, path)
    assert _snapshot(store) == []
