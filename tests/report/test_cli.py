"""`dayincourt report`: files or stored ids in, memos and charts out, clear errors."""

from __future__ import annotations

import uuid

import pytest
from typer.testing import CliRunner

from dayincourt.cli import app

from .conftest import shared_path

runner = CliRunner()


@pytest.fixture
def miller():
    return str(shared_path("spec", "examples", "miller.case.yaml"))


@pytest.fixture(autouse=True)
def private_store(tmp_path, monkeypatch):
    """A fresh SQLite store per test, so the CLI never touches the user's own."""
    url = f"sqlite:///{tmp_path / f'store-{uuid.uuid4().hex}.db'}"
    monkeypatch.setenv("DAYINCOURT_DATABASE_URL", url)
    return url


@pytest.mark.parametrize("fmt, magic", [("md", b"# Case memo"), ("html", b"<!DOCTYPE html>"),
                                        ("pdf", b"%PDF-")])
def test_writes_each_format(tmp_path, miller, fmt, magic):
    out = tmp_path / f"memo.{fmt}"
    result = runner.invoke(app, ["report", miller, "--as-of", "2026-11-28", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(magic)  # format taken from the suffix


def test_markdown_to_stdout_and_svg_beside(tmp_path, miller):
    svg = tmp_path / "timeline.svg"
    result = runner.invoke(app, ["report", miller, "--as-of", "2026-11-28", "--format", "md",
                                 "--svg", str(svg), "--no-similar"])
    assert result.exit_code == 0, result.output
    assert "# Case memo: State of Louisiana v. Corey Miller" in result.stdout
    assert "| As of | 2026-11-28 |" in result.stdout
    assert svg.read_text().startswith("<?xml") and "</svg>" in svg.read_text()


@pytest.mark.parametrize("use_db_option", [False, True])
def test_stored_case_by_id(tmp_path, miller, private_store, use_db_option, monkeypatch):
    from dayincourt.casefile import load_case
    from dayincourt.store import open_store

    open_store(private_store).add_case(load_case(miller), actor="test")
    args = ["report", "la-miller-2002", "--as-of", "2026-11-28"]
    if use_db_option:
        monkeypatch.delenv("DAYINCOURT_DATABASE_URL")
        args += ["--db", private_store]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "State of Louisiana v. Corey Miller" in result.stdout


def test_similar_exonerations_from_a_loaded_registry(miller, private_store):
    from dayincourt.registry import import_registry
    from dayincourt.store import open_store

    import_registry(open_store(private_store),
                    shared_path("data", "nre", "publicspreadsheet-may2024.csv"))
    result = runner.invoke(app, ["report", miller, "--as-of", "2026-11-28"])
    assert result.exit_code == 0, result.output
    assert "The 5 exonerations in the National Registry of Exonerations" in result.stdout
    assert "county: Jefferson" in result.stdout


@pytest.mark.parametrize("args, message", [
    (["no-such-case"], "no-such-case: no such case file, and no stored case with that id"),
    (["missing.yaml"], "missing.yaml"),
    (["CASE", "--format", "docx"], "--format: 'docx' is not one of md, html, pdf"),
    (["CASE", "--format", "pdf"], "--out: a PDF memo needs a file to write to"),
    (["CASE", "--as-of", "28/11/2026"], "is not a date of the form YYYY-MM-DD"),
])
def test_bad_input_gives_one_clear_line(miller, args, message):
    args = [miller if a == "CASE" else a for a in args]
    result = runner.invoke(app, ["report", *args])
    assert result.exit_code != 0
    assert message in result.stderr


def test_unwritable_output_is_one_clear_line(tmp_path, miller):
    out = tmp_path / "no-such-dir" / "memo.html"
    result = runner.invoke(app, ["report", miller, "--as-of", "2026-11-28", "--out", str(out),
                                 "--no-similar"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{out}: cannot write: No such file or directory")


def test_invalid_case_file_names_file_and_field(tmp_path):
    bad = tmp_path / "bad.case.yaml"
    bad.write_text("schema: dayincourt.case/1\nid: x\njurisdiction: Louisiana\n")
    result = runner.invoke(app, ["report", str(bad), "--as-of", "2026-11-28"])
    assert result.exit_code == 1
    assert str(bad) in result.stderr and "jurisdiction" in result.stderr
