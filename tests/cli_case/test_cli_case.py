"""`dayincourt case ...` and `dayincourt db ...` through Typer's CliRunner, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from dayincourt.casefile import case_to_dict, dumps_case, load_case
from dayincourt.cli import app

REPO = Path(__file__).resolve().parents[2]
GUIDRY = REPO / "examples" / "la-guidry-2007.case.yaml"
MOUTON = REPO / "examples" / "la-mouton-1994.case.yaml"
LEJEUNE = REPO / "examples" / "la-lejeune-2015.case.yaml"


@pytest.fixture
def run(store_url):
    """Run `dayincourt GROUP --db URL ARGS...` and return the result (stdout and stderr apart)."""
    runner = CliRunner()

    def invoke(group: str, *args: str | Path):
        return runner.invoke(app, [group, "--db", store_url, *map(str, args)])

    return invoke


@pytest.fixture
def bad_file(tmp_path):
    path = tmp_path / "bad.case.yaml"
    path.write_text("schema: dayincourt.case/1\nid: la-bad\njurisdiction: US-LA\n"
                    "proceedings:\n  - {kind: trial, verdict: {votes_guilty: 13}}\n", encoding="utf-8")
    return path


def test_add_mixed_good_and_bad_files(run, bad_file):
    result = run("case", "add", GUIDRY, bad_file, MOUTON)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{bad_file}: proceedings[0].verdict.votes_guilty: 13 is greater than 12"]
    assert result.stdout.splitlines() == [f"{GUIDRY}: stored la-guidry-2007", f"{MOUTON}: stored la-mouton-1994"]
    listed = json.loads(run("case", "list", "--json").stdout)
    assert sorted(c["id"] for c in listed) == ["la-guidry-2007", "la-mouton-1994"]


def test_add_existing_needs_replace(run):
    assert run("case", "add", GUIDRY).exit_code == 0
    again = run("case", "add", GUIDRY)
    assert again.exit_code == 1
    assert again.stderr == (f"{GUIDRY}: id: case 'la-guidry-2007' already exists; use --replace to update it\n")
    replaced = run("case", "add", "--replace", "--actor", "counsel", GUIDRY)
    assert replaced.exit_code == 0 and replaced.stdout == f"{GUIDRY}: stored la-guidry-2007\n"


def test_add_missing_file(run, tmp_path):
    result = run("case", "add", tmp_path / "nope.yaml")
    assert result.exit_code == 1
    assert result.stderr == f"{tmp_path / 'nope.yaml'}: no such file\n"


def test_list_json_and_search(run):
    run("case", "add", GUIDRY, MOUTON, LEJEUNE)
    listed = json.loads(run("case", "list", "--json").stdout)
    guidry = next(c for c in listed if c["id"] == "la-guidry-2007")
    assert {k: v for k, v in guidry.items() if k != "updated_at"} == {
        "id": "la-guidry-2007", "title": "State of Louisiana v. Marcus Guidry", "jurisdiction": "US-LA",
        "county": "East Baton Rouge Parish", "defendants": ["Marcus Guidry"], "non_unanimous": True}
    found = json.loads(run("case", "list", "--json", "--search", "rape").stdout)
    assert [c["id"] for c in found] == ["la-mouton-1994"]
    table = run("case", "list", "--search", "rape")
    assert table.exit_code == 0 and "1 case(s) matching 'rape'" in table.stdout and "la-mouton-1994" in table.stdout


def test_show_has_people_timeline_and_votes(run):
    run("case", "add", GUIDRY)
    result = run("case", "show", "la-guidry-2007")
    assert result.exit_code == 0
    out = result.stdout
    for expected in ("State of Louisiana v. Marcus Guidry", "Custody: imprisoned since 2007-03-29",
                     "Jalen Comeaux", "Timeline of proceedings", "2008-10-22", "10-2", "non-unanimous",
                     "2010-06-25", "2022-09-14 affidavit", "Factor PFA, alleged", "Sources", "aff-comeaux"):
        assert expected in out, expected
    # The timeline is in date order whatever the order in the file.
    assert out.index("2007-03-29") < out.index("2008-10-22") < out.index("2015-09-30")


def test_export_round_trips(run, tmp_path):
    run("case", "add", MOUTON)
    result = run("case", "export", "la-mouton-1994")
    assert result.exit_code == 0 and result.stdout == dumps_case(load_case(MOUTON), "yaml")
    out = tmp_path / "m.json"
    written = run("case", "export", "la-mouton-1994", "--format", "json", "--out", out)
    assert written.exit_code == 0 and written.stderr == f"{out}: exported la-mouton-1994\n"
    assert json.loads(out.read_text(encoding="utf-8")) == case_to_dict(load_case(MOUTON))
    assert yaml.safe_load(result.stdout) == case_to_dict(load_case(MOUTON))


def test_export_bad_format(run):
    result = run("case", "export", "x", "--format", "xml")
    assert result.exit_code == 1 and result.stderr == "error: --format: 'xml' is not one of 'yaml', 'json'\n"


def test_delete_history_and_restore(run):
    run("case", "add", "--actor", "intake", LEJEUNE)
    deleted = run("case", "delete", "--actor", "supervisor", "la-lejeune-2015")
    assert deleted.exit_code == 0 and deleted.stdout.startswith("deleted la-lejeune-2015")
    shown = run("case", "show", "la-lejeune-2015")
    assert shown.exit_code == 1 and shown.stderr == "error: no case with id 'la-lejeune-2015'\n"
    events = json.loads(run("case", "history", "la-lejeune-2015", "--json").stdout)
    assert [(e["action"], e["actor"]) for e in events] == [("add", "intake"), ("delete", "supervisor")]
    assert events[0]["after"] == case_to_dict(load_case(LEJEUNE)) and events[1]["after"] is None
    table = run("case", "history", "la-lejeune-2015")
    assert table.exit_code == 0 and "supervisor" in table.stdout and "delete" in table.stdout
    assert run("case", "restore", "la-lejeune-2015").exit_code == 0
    assert run("case", "show", "la-lejeune-2015").exit_code == 0


def test_history_shows_changed_fields(run, tmp_path):
    run("case", "add", MOUTON)
    edited = tmp_path / "mouton.yaml"
    data = case_to_dict(load_case(MOUTON))
    data["notes"] = "DNA testing requested in 2026."
    edited.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert run("case", "add", "--replace", edited).exit_code == 0
    assert "notes" in run("case", "history", "la-mouton-1994").stdout


@pytest.mark.parametrize("command", [["show", "ghost"], ["export", "ghost"], ["delete", "ghost"],
                                     ["history", "ghost"]])
def test_unknown_case_is_one_line_on_stderr(run, command):
    result = run("case", *command)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and "'ghost'" in result.stderr


def test_db_path_upgrade_and_backup(run, store_url, tmp_path):
    assert run("db", "path").stdout == store_url + "\n"
    upgraded = run("db", "upgrade")
    assert upgraded.exit_code == 0 and upgraded.stdout.startswith("upgraded: at ")
    assert run("db", "upgrade").stdout.startswith("already up to date: at ")
    run("case", "add", GUIDRY)
    target = tmp_path / "backup.jsonl"
    backed = run("db", "backup", target, "--format", "jsonl")
    assert backed.exit_code == 0 and backed.stdout == f"backed up to {target}\n"
    assert json.loads(target.read_text(encoding="utf-8").splitlines()[0])["cases"] == 1
    again = run("db", "backup", target, "--format", "jsonl")
    assert again.exit_code == 1
    assert again.stderr == f"error: {target}: already exists; a backup never overwrites a file\n"


def test_db_url_from_environment(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path}/env.sqlite"
    monkeypatch.setenv("DAYINCOURT_DATABASE_URL", url)
    runner = CliRunner()
    assert runner.invoke(app, ["db", "path"]).stdout == url + "\n"
    assert runner.invoke(app, ["case", "add", str(MOUTON)]).exit_code == 0
    assert (tmp_path / "env.sqlite").exists()


def test_unreachable_database_is_one_line(tmp_path):
    result = CliRunner().invoke(app, ["case", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "list"])
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("error: cannot open postgresql+psycopg://nobody@127.0.0.1:1/none: connection failed")


def test_examples_pass_validate():
    examples = sorted((REPO / "examples").glob("*.yaml"))
    assert len(examples) >= 3
    result = CliRunner().invoke(app, ["validate", *map(str, examples)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count(": valid (") == len(examples)


def test_show_minimal_and_partial_cases(run, tmp_path):
    """A case with almost nothing, and one with partial and missing dates, still shows."""
    minimal = tmp_path / "min.yaml"
    minimal.write_text("schema: dayincourt.case/1\nid: bare\njurisdiction: unknown\n", encoding="utf-8")
    partial = tmp_path / "partial.yaml"
    partial.write_text(
        "schema: dayincourt.case/1\nid: partial\njurisdiction: US-LA\n"
        "people: [{id: d, name: Pat Doe}]\n"
        "proceedings:\n  - {kind: pcr_application}\n  - {kind: trial, date: '2009-08', verdict: {votes_guilty: 11}}\n"
        "testimony: [{witness: d, recantation: {}}]\n", encoding="utf-8")
    assert run("case", "add", minimal, partial).exit_code == 0
    assert run("case", "show", "bare").exit_code == 0
    shown = run("case", "show", "partial")
    assert shown.exit_code == 0
    assert shown.stdout.index("2009-08") < shown.stdout.index("undated")


def test_db_restore_moves_a_store(run, tmp_path):
    source = f"sqlite:///{tmp_path}/source.sqlite"
    runner = CliRunner()
    assert runner.invoke(app, ["case", "--db", source, "add", str(GUIDRY), str(MOUTON)]).exit_code == 0
    # The .jsonl suffix chooses JSON Lines even for a SQLite store.
    assert runner.invoke(app, ["db", "--db", source, "backup", str(tmp_path / "b.jsonl")]).exit_code == 0
    restored = run("db", "restore", tmp_path / "b.jsonl")
    assert restored.exit_code == 0 and restored.stdout == f"restored 2 case(s) from {tmp_path / 'b.jsonl'}\n"
    assert sorted(c["id"] for c in json.loads(run("case", "list", "--json").stdout)) == [
        "la-guidry-2007", "la-mouton-1994"]
    again = run("db", "restore", tmp_path / "b.jsonl")
    assert again.exit_code == 1 and "it is not empty (cases)" in again.stderr


def test_add_accepts_extraction_output(run, tmp_path):
    """`dayincourt extract ... --format json|yaml` output goes straight into `case add`."""
    seed = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "seed_article_miller.txt"
    if not seed.exists():
        pytest.skip(f"shared data not found: {seed}")
    runner = CliRunner()
    for fmt in ("json", "yaml"):
        res = runner.invoke(app, ["extract", str(seed), "--format", fmt])
        assert res.exit_code == 0, res.output
        draft = tmp_path / f"draft.{fmt}"
        draft.write_text(res.stdout)
        added = run("case", "add", "--replace", draft)
        assert added.exit_code == 0, added.output
    case_id = added.stdout.split("stored ")[-1].strip()
    shown = run("case", "show", case_id)
    assert "Corey Miller" in shown.stdout
