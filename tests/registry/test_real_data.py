"""The real NRE exports in ../shared/data/nre (skipped with a visible reason when absent)."""

from __future__ import annotations

import csv
import time

import pytest

from dayincourt.casefile import load_case
from dayincourt.registry import StatsFilter, import_registry, registry_stats, similar_exonerations

from .conftest import shared_path

FACTOR_COLUMNS = {
    "MWID": "Mistaken Witness ID", "FC": "False Confession",
    "PFA": "Perjury or False Accusation?", "FMFE": "False or Misleading Forensic Evidence",
    "OM": "Official Misconduct", "ILD": "Inadequate Legal Defense", "DNA": "DNA",
}


@pytest.mark.slow
def test_full_export_imports_every_row(store):
    path = shared_path("data", "nre", "fullcsv.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        raw = list(csv.DictReader(f))
    start = time.perf_counter()
    summary = import_registry(store, path)
    elapsed = time.perf_counter() - start
    print(f"\nimported {summary.rows} rows on {store.engine.dialect.name} in {elapsed:.1f} s")
    assert (summary.rows, summary.inserted, summary.bad_rows) == (4311, 4311, ())
    # Eight rows have day/month/year shifted across the crime or arrest date columns.
    assert {w.line for w in summary.warnings} == {4136, 4138, 4167, 4170, 4174, 4176}

    stats = registry_stats(store)
    assert stats.count == len(raw) == 4311
    for code, column in FACTOR_COLUMNS.items():
        assert stats.factor(code).count == sum(r[column] == "Yes" for r in raw), code
    la_raw = [r for r in raw if r["State"] == "Louisiana"]
    la = registry_stats(store, StatsFilter(state="LA"))
    assert la.count == len(la_raw) == 95
    assert la.factor("OM").count == sum(r["Official Misconduct"] == "Yes" for r in la_raw)
    assert la.recanters.count == sum(r["Any known recanters"] == "Yes" for r in la_raw)

    again = import_registry(store, path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 4311)

    miller = load_case(shared_path("spec", "examples", "miller.case.yaml"))
    start = time.perf_counter()
    top = similar_exonerations(store, miller, top=5)
    assert time.perf_counter() - start < 2.0
    assert len(top) == 5 and all(s.state == "Louisiana" and s.worst_crime == "Murder" for s in top)


@pytest.mark.slow
def test_public_sheet_adds_only_what_the_full_export_lacks(store):
    import_registry(store, shared_path("data", "nre", "fullcsv.csv"))
    summary = import_registry(store, shared_path("data", "nre", "publicspreadsheet-may2024.csv"))
    assert (summary.rows, summary.inserted, summary.bad_rows) == (3497, 3497, ())
    # Matched on surname, first initial, state and the year of conviction or of exoneration.
    # Two public rows match nothing (a changed first name; one not in the 2026 export).
    assert registry_stats(store).count == 4311 + 2
