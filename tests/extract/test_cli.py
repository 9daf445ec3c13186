"""dayincourt extract: JSON Lines for several inputs, one stderr line per unreadable file, --text."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dayincourt.cli import app

OPINION = ("STATE of Louisiana\n\nv.\n\nJohn DOE, Appellant.\n\nBefore SMITH, JONES and BROWN, JJ.\n\nSMITH, J.\n\n"
           "The defendant was convicted of simple  burglary by a 10-2 jury verdict.\n\nAFFIRMED.")


def runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


def test_several_files_one_unreadable(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(OPINION, encoding="utf-8")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    c = tmp_path / "c.jsonl"
    c.write_text(json.dumps({"id": 7, "text": "Jane Roe pleaded guilty to theft."}) + "\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    res = runner().invoke(app, ["extract", str(a), str(bad), str(c), str(missing), "--format", "json"])
    assert res.exit_code == 1
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert [o["document"]["path"] for o in lines] == [str(a), str(c)]
    assert lines[0]["case"]["proceedings"][0]["verdict"]["votes_guilty"] == 10
    err = res.stderr.strip().splitlines()
    assert len(err) == 2
    assert err[0].startswith(str(bad)) and "broken PDF" in err[0]
    assert err[1].startswith(str(missing)) and "no such file" in err[1]


def test_text_prints_normalized_text(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(OPINION, encoding="utf-8")
    res = runner().invoke(app, ["extract", "--text", str(a)])
    assert res.exit_code == 0
    assert "simple burglary" in res.stdout and "simple  burglary" not in res.stdout
    obj = json.loads(runner().invoke(app, ["extract", str(a)]).stdout)
    (conv,) = [p for p in obj["case"]["proceedings"] if p.get("verdict")]
    src = conv["src"][-1]
    assert res.stdout[src["start"] : src["end"]] == src["quote"]


def test_yaml_output(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(OPINION, encoding="utf-8")
    res = runner().invoke(app, ["extract", str(a), "--format", "yaml"])
    assert res.exit_code == 0
    assert res.stdout.startswith("document:")


def test_help_has_example():
    res = runner().invoke(app, ["extract", "--help"])
    assert res.exit_code == 0 and "Example" in res.stdout
