"""registry_stats and its chart, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dayincourt.registry import (
    RegistryError,
    StatsFilter,
    draw_stats_chart,
    import_registry,
    registry_stats,
)

from .conftest import FIXTURES


@pytest.fixture
def loaded(store):
    import_registry(store, FIXTURES / "full_small.csv")
    return store


def test_counts_and_shares(loaded):
    stats = registry_stats(loaded)
    assert stats.count == 7
    assert {s.code: s.count for s in stats.factors} == {
        "MWID": 3, "FC": 1, "PFA": 4, "FMFE": 1, "OM": 5, "ILD": 2, "DNA": 1}
    assert stats.factor("OM").share == pytest.approx(5 / 7)
    assert stats.factor("FC").coded == 1  # empty cells are "not coded"
    assert {s.code: s.count for s in stats.misconduct if s.count} == {
        "OF": 3, "PR": 1, "WH": 2, "NW": 1, "KP": 1, "INT": 1}
    assert (stats.recanters.count, stats.recanters.coded) == (3, 7)
    lost = stats.years_lost
    assert (lost.n, lost.total, lost.median, lost.maximum) == (7, pytest.approx(104.8), 20.3, 23.0)
    assert lost.mean == pytest.approx(104.8 / 7)
    assert stats.by_crime[0] == ("Murder", 4)
    assert stats.by_decade == (("2000s", 2), ("2010s", 5))
    assert stats.citation == "National Registry of Exonerations"


@pytest.mark.parametrize("filters, count", [
    (StatsFilter(state="LA"), 4),
    (StatsFilter(state="Louisiana"), 4),
    (StatsFilter(state="us-la"), 4),
    (StatsFilter(state="Fed-LA"), 1),
    (StatsFilter(state="US-FED"), 1),
    (StatsFilter(state="TX"), 1),
    (StatsFilter(state="LA", county="Jefferson Parish"), 1),
    (StatsFilter(county="cook county"), 1),
    (StatsFilter(crime="murder"), 4),
    (StatsFilter(since=dt.date(2015, 1, 1)), 4),
    (StatsFilter(since=dt.date(2015, 7, 1)), 2),
    (StatsFilter(until=dt.date(2012, 1, 1)), 3),
    (StatsFilter(state="LA", crime="Murder", since=dt.date(2016, 1, 1)), 1),
    (StatsFilter(state="Ohio"), 0),
])
def test_filters(loaded, filters, count):
    assert registry_stats(loaded, filters).count == count


def test_years_from_conviction_to_exoneration(loaded):
    stats = registry_stats(loaded, StatsFilter(crime="Fraud"))  # 2001-09-09 to 2005-10-10
    assert stats.years_to_exoneration.mean == pytest.approx(1492 / 365.25)


def test_unknown_state_raises(loaded):
    with pytest.raises(ValueError, match="'Atlantis' is not a U.S. state"):
        registry_stats(loaded, StatsFilter(state="Atlantis"))


def test_both_exports_count_each_exoneration_once(loaded):
    import_registry(loaded, FIXTURES / "public_small.csv")
    stats = registry_stats(loaded)
    # 7 + 4 public rows, one of which (Alma) is already in the full export
    assert stats.count == 10
    assert registry_stats(loaded, StatsFilter(state="LA")).count == 5
    assert stats.sources == ("nre-full", "nre-public")


def test_empty_registry(store):
    stats = registry_stats(store)
    assert stats.count == 0 and stats.factor("MWID").share is None
    assert stats.years_lost.mean is None


def test_to_dict_is_json(loaded):
    data = json.loads(json.dumps(registry_stats(loaded, StatsFilter(state="LA")).to_dict()))
    assert data["filters"]["state"] == "LA" and data["count"] == 4
    assert data["factors"][0] == {"code": "MWID", "label": "Mistaken witness identification",
                                  "count": 3, "total": 4, "coded": 3, "share": 0.75}
    assert data["citation"] == "National Registry of Exonerations"


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_chart(loaded, tmp_path, suffix, magic):
    stats = registry_stats(loaded)
    path = draw_stats_chart(stats, tmp_path / f"chart{suffix}")
    data = path.read_bytes()
    assert data.startswith(magic) and len(data) > 5000
    if suffix == ".svg":
        assert b"National Registry of Exonerations" in data
        assert draw_stats_chart(stats, tmp_path / "again.svg").read_bytes() == data


def test_chart_needs_png_or_svg(loaded, tmp_path):
    with pytest.raises(RegistryError, match="must be a .png or .svg"):
        draw_stats_chart(registry_stats(loaded), tmp_path / "chart.pdf")
