"""`dayincourt registry import|stats|similar` on SQLite and PostgreSQL."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dayincourt.casefile import load_case
from dayincourt.cli import app
from dayincourt.store import open_store

from .conftest import FIXTURES

runner = CliRunner()


def test_import_reports_bad_rows_on_stderr_and_exits_1(database_url):
    path = str(FIXTURES / "full_small.csv")
    res = runner.invoke(app, ["registry", "import", path, "--db", database_url])
    assert res.exit_code == 1
    assert res.stdout.strip() == (f"{path} (nre-full): 14 rows: 7 inserted, 0 updated, "
                                  "0 unchanged, 7 bad. Source: National Registry of Exonerations.")
    errors = res.stderr.splitlines()
    assert f"{path}: line 9: State: 'Atlantis' is not a U.S. state, territory or Fed-XX" in errors
    assert f"{path}: line 10: Name: missing" in errors
    assert (f"{path}: warning: line 6: Date of Crime Month: '13' is not a month; "
            "kept the year only") in errors
    assert len(errors) == 8


def test_import_keeps_going_after_a_file_that_is_not_an_export(database_url, tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    v2 = str(FIXTURES / "full_small_v2.csv")
    res = runner.invoke(app, ["registry", "import", str(other), v2, "--db", database_url,
                              "--json"])
    assert res.exit_code == 1
    assert res.stderr.startswith(f"{other}: not a National Registry of Exonerations export")
    summary = json.loads(res.stdout)
    assert (summary["format"], summary["inserted"], summary["bad_rows"]) == ("nre-full", 8, [])


def test_stats_json_and_chart(database_url, tmp_path):
    runner.invoke(app, ["registry", "import", str(FIXTURES / "full_small_v2.csv"),
                        "--db", database_url])
    chart = tmp_path / "la.png"
    res = runner.invoke(app, ["registry", "stats", "--state", "LA", "--since", "2015",
                              "--until", "2025-12-31", "--json", "--chart", str(chart),
                              "--db", database_url])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["count"] == 4 and data["filters"]["since"] == "2015-01-01"
    assert chart.read_bytes().startswith(b"\x89PNG")
    text = runner.invoke(app, ["registry", "stats", "--crime", "Murder", "--db", database_url])
    assert text.exit_code == 0
    assert "4 exonerations (crime=Murder)" in text.stdout
    assert "Source: National Registry of Exonerations." in text.stdout


def test_stats_bad_input(database_url):
    res = runner.invoke(app, ["registry", "stats", "--state", "Atlantis", "--db", database_url])
    assert res.exit_code == 1
    assert "--state: 'Atlantis' is not a U.S. state name" in res.stderr
    res = runner.invoke(app, ["registry", "stats", "--since", "last year", "--db", database_url])
    assert res.exit_code == 2 and "'last year' is not YYYY or YYYY-MM-DD" in res.output


def test_similar_from_a_file_and_from_a_stored_case(database_url):
    runner.invoke(app, ["registry", "import", str(FIXTURES / "full_small.csv"),
                        "--db", database_url])
    res = runner.invoke(app, ["registry", "similar", str(FIXTURES / "la_case.yaml"), "--top", "2",
                              "--json", "--db", database_url])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["citation"] == "National Registry of Exonerations"
    assert [(s["name"], s["score"]) for s in data["similar"]] == [("Bertrand Example", 14.0),
                                                                  ("Alma Fictional", 11.0)]
    store = open_store(database_url)
    store.save_case(load_case(FIXTURES / "la_case.yaml"), "tester")
    store.engine.dispose()
    res = runner.invoke(app, ["registry", "similar", "la-test-1", "--top", "1",
                              "--db", database_url], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "Bertrand Example" in res.stdout and "14/14" in res.stdout
    assert "not legal advice" in res.stdout


def test_similar_unknown_case(database_url):
    res = runner.invoke(app, ["registry", "similar", "no-such-case", "--db", database_url])
    assert res.exit_code == 1
    assert res.stderr.strip() == "no-such-case: no such case file or stored case id"
