"""`corpus summary` through DuckDB, the chart, and both CLI commands."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from corpus_helpers import DOCS, write_jsonl
from typer.testing import CliRunner

from dayincourt.cli import app
from dayincourt.corpus import SummaryError, render_chart, scan_corpus, summarize

runner = CliRunner()
FINAL_LINE = re.compile(r"^scanned \d+ documents \(\d+\.\d MB\) in \d+\.\d s: \d+\.\d docs/s, \d+ signals$")


@pytest.fixture
def scanned(tmp_path: Path) -> Path:
    la = write_jsonl(tmp_path / "la.jsonl", court="lactapp")
    fed = write_jsonl(tmp_path / "fed.jsonl", {f"f-{k}": v for k, v in DOCS.items()}, court="ca5")
    out = tmp_path / "s.parquet"
    scan_corpus([la, fed], out, workers=1)
    return out


def test_summary_counts_match_the_rows(scanned: Path) -> None:
    rows = pq.read_table(scanned).to_pylist()
    result = summarize(scanned)
    assert result.rows == len(rows)
    assert result.documents == len({r["doc_id"] for r in rows})
    assert {c.signal: c.rows for c in result.by_signal} == Counter(r["signal"] for r in rows)
    by_court = Counter((r["court_id"], r["signal"]) for r in rows)
    assert {(c.key, c.signal): c.rows for c in result.by_court} == by_court
    by_year = Counter((r["date_filed"][:4], r["signal"]) for r in rows)
    assert {(c.key, c.signal): c.rows for c in result.by_year} == by_year
    docs_by_year = {(c.key, c.signal): c.documents for c in result.by_year}
    assert docs_by_year[("2010", "jury_split")] == 2  # op-1 and f-op-1, both filed in 2010
    as_json = result.to_dict()
    assert as_json["by_court"][0].keys() == {"court", "signal", "rows", "documents"}


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_chart(scanned: Path, tmp_path: Path, suffix: str, magic: bytes) -> None:
    chart = tmp_path / f"chart{suffix}"
    render_chart(summarize(scanned), chart)
    assert chart.read_bytes().startswith(magic)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "missing.parquet", "no such file"),
        (lambda p: (p / "x.parquet").write_text("not parquet") and p / "x.parquet", "cannot read as Parquet"),
    ],
)
def test_summary_errors_name_the_file(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    with pytest.raises(SummaryError, match=message) as err:
        summarize(path)
    assert str(path) in str(err.value)


def test_summary_refuses_a_parquet_that_is_not_a_scan(tmp_path: Path) -> None:
    import pyarrow as pa

    path = tmp_path / "other.parquet"
    pq.write_table(pa.table({"a": [1]}), path)
    with pytest.raises(SummaryError, match="not a corpus scan output"):
        summarize(path)


@pytest.mark.parametrize("shard_mb", ["8", "0.0001", "0"])  # one shard, a shard per line, streamed
def test_cli_scan_prints_the_final_line_last_and_reports_bad_records(tmp_path: Path, shard_mb: str) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl")
    with corpus.open("a", encoding="utf-8") as handle:
        handle.write("{oops\n")
    out = tmp_path / "s.parquet"
    result = runner.invoke(
        app, ["corpus", "scan", str(corpus), "--out", str(out), "--workers", "1", "--shard-mb", shard_mb]
    )
    assert result.exit_code == 1, result.output
    lines = result.stdout.strip().splitlines()
    assert FINAL_LINE.match(lines[-1]), lines
    assert lines[-1].startswith("scanned 4 documents")
    assert f"{corpus}:5: json: not valid JSON" in result.stderr
    assert "1 unreadable records counted and skipped" in result.stderr
    assert pq.read_metadata(out).num_rows == 9  # the same rows whichever way the file is read


def test_cli_scan_resume_and_summary_json(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl")
    out = tmp_path / "s.parquet"
    first = runner.invoke(app, ["corpus", "scan", str(corpus), "-o", str(out), "-j", "1"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["corpus", "scan", str(corpus), "-o", str(out), "-j", "1", "--resume"])
    assert again.exit_code == 0
    assert again.stdout.strip().splitlines()[-1].startswith("scanned 0 documents")
    assert "4 documents skipped" in again.stderr
    summary = runner.invoke(app, ["corpus", "summary", str(out), "--format", "json"])
    assert summary.exit_code == 0
    data = json.loads(summary.stdout)
    assert data["rows"] == pq.read_metadata(out).num_rows > 0
    table = runner.invoke(app, ["corpus", "summary", str(out), "--chart", str(tmp_path / "c.svg")])
    assert table.exit_code == 0 and "By signal" in table.stdout and (tmp_path / "c.svg").exists()


def test_cli_errors(tmp_path: Path) -> None:
    bad_engine = runner.invoke(
        app, ["corpus", "scan", str(write_jsonl(tmp_path / "c.jsonl")), "-o", str(tmp_path / "s.parquet"),
              "--engine", "spark"]
    )
    assert bad_engine.exit_code == 2 and "unknown engine 'spark'" in bad_engine.stderr
    missing = runner.invoke(app, ["corpus", "summary", str(tmp_path / "none.parquet")])
    assert missing.exit_code == 1 and "none.parquet: no such file" in missing.stderr


@pytest.mark.parametrize("command", ["scan", "summary"])
def test_help_has_an_example(command: str) -> None:
    result = runner.invoke(app, ["corpus", command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.stdout
