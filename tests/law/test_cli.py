"""`dayincourt screen` and `dayincourt rules` through the real Typer app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dayincourt.cli import app

MILLER = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "screen-dev" / "miller-2026.case.yaml"
runner = CliRunner()


@pytest.fixture
def miller_path() -> str:
    if not MILLER.exists():
        pytest.skip(f"shared data not found: {MILLER}")
    return str(MILLER)


def test_screen_json(miller_path):
    res = runner.invoke(app, ["screen", miller_path, "--as-of", "2026-11-28", "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    outcomes = {r["id"]: r["outcome"] for r in data["remedies"]}
    assert outcomes["us-la/non-unanimous-jury"] == "ineligible"
    assert outcomes["us-la/ccrp-926.2"] == "ineligible"


def test_screen_text(miller_path):
    res = runner.invoke(app, ["screen", miller_path, "--as-of", "2026-11-28", "--format", "text"])
    assert res.exit_code == 0
    assert res.stdout.startswith("Screening of la-miller-2002 (US-LA) as of 2026-11-28\n")
    assert "not legal advice" in res.stdout


def test_invalid_case_file_prints_validate_lines(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: dayincourt.case/1\nid: Bad Id\njurisdiction: US-LA\n")
    res = runner.invoke(app, ["screen", str(bad), "--as-of", "2026-11-28", "--format", "json"])
    assert res.exit_code == 1
    assert res.stdout == ""
    assert res.stderr.startswith(f"{bad}: id: 'Bad Id' does not match the pattern")


def test_missing_file_is_an_error(tmp_path):
    res = runner.invoke(app, ["screen", str(tmp_path / "none.yaml"), "--as-of", "2026-11-28"])
    assert res.exit_code == 1
    assert res.stderr.strip() == f"{tmp_path / 'none.yaml'}: no such file"


def test_bad_as_of(miller_path):
    res = runner.invoke(app, ["screen", miller_path, "--as-of", "28/11/2026"])
    assert res.exit_code != 0
    assert "YYYY-MM-DD" in res.output


def test_rules_all_and_one():
    every = runner.invoke(app, ["rules"])
    assert every.exit_code == 0
    assert every.stdout.count("  Authorities: ") == 6
    one = runner.invoke(app, ["rules", "us-fed/schlup-gateway"])
    assert one.exit_code == 0 and one.stdout.startswith("us-fed/schlup-gateway  ")
    bad = runner.invoke(app, ["rules", "us-la/nothing"])
    assert bad.exit_code == 1
    assert bad.stderr.startswith("us-la/nothing: no remedy with id 'us-la/nothing'; known ids: ")


@pytest.mark.slow
def test_scorer_on_screen_dev():
    import subprocess
    import sys
    root = Path(__file__).resolve().parents[2]
    scen = root / ".." / "shared" / "eval" / "screen-dev"
    if not scen.is_dir():
        pytest.skip(f"shared data not found: {scen}")
    cmd = f"{root / '.venv' / 'bin' / 'dayincourt'} screen {{case}} --as-of {{as_of}} --format json"
    out = subprocess.run([sys.executable, str(scen.parent / "score_screen.py"), str(scen), "--cmd", cmd],
                         capture_output=True, text=True, timeout=600, check=True).stdout
    assert out.strip().splitlines()[-1].startswith("screening: 13/13 expected outcomes matched")


def test_screen_a_stored_case_by_id(miller_path, tmp_path, monkeypatch):
    from dayincourt.casefile import load_case
    from dayincourt.store import open_store

    url = f"sqlite:///{tmp_path / 'cases.sqlite'}"
    monkeypatch.setenv("DAYINCOURT_DATABASE_URL", url)
    open_store(url).add_case(load_case(miller_path), actor="test")
    res = runner.invoke(app, ["screen", "la-miller-2002", "--as-of", "2026-11-28", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["case"] == "la-miller-2002"
    missing = runner.invoke(app, ["screen", "la-nobody", "--as-of", "2026-11-28"])
    assert missing.exit_code == 1
    assert missing.stderr.strip() == "la-nobody: no such case file, and no stored case has this id"
