"""scan_corpus end to end: Parquet rows, whole-document offsets, resume, engines, the final line."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from corpus_helpers import DOCS, write_jsonl
from hypothesis import given, settings
from hypothesis import strategies as st

from dayincourt.corpus import COLUMNS, BadRecord, ledger_path, scan_corpus
from dayincourt.corpus.output import ScanSink, parts_dir, rows_table

FINAL_LINE = re.compile(r"^scanned (\d+) documents \((\d+\.\d) MB\) in (\d+\.\d) s: (\d+\.\d) docs/s, (\d+) signals$")


def _rows(path: Path) -> list[dict]:
    return pq.read_table(path).to_pylist()


def _key(row: dict) -> tuple:
    return tuple(row[c] for c in COLUMNS if c != "source")


def _long_corpus(tmp_path: Path, n: int = 30) -> tuple[Path, dict[str, str]]:
    """Documents whose signals sit deep inside long texts, so window offsets must be mapped back."""
    docs = {}
    for i in range(n):
        filler = f"Paragraph {i} of a long opinion about procedure. " * (200 + 37 * i)
        docs[f"long-{i}"] = filler + list(DOCS.values())[i % len(DOCS)] + " " + filler
    return write_jsonl(tmp_path / "long.jsonl", docs), docs


def test_rows_quote_the_whole_document_at_their_offsets(tmp_path: Path) -> None:
    corpus, docs = _long_corpus(tmp_path)
    out = tmp_path / "signals.parquet"
    stats = scan_corpus([corpus], out, workers=2, batch_bytes=200_000)
    rows = _rows(out)
    assert pq.read_schema(out).names[:8] == [
        "doc_id", "signal", "value", "start", "end", "quote", "court", "date_filed"
    ]
    assert len(rows) == stats.signals == stats.rows > 0
    for row in rows:
        assert docs[row["doc_id"]][row["start"] : row["end"]] == row["quote"]
        assert row["start"] > 9_000  # the signal sits after the filler, far from any window start
    assert {r["signal"] for r in rows} >= {
        "jury_split", "recantation", "life_sentence", "brady_claim", "ineffective_assistance_claim",
        "dna_testing", "exoneration", "death_sentence", "factual_innocence_claim",
    }
    assert rows[0]["court"] == "Louisiana Court of Appeal" and rows[0]["court_id"] == "lactapp"
    assert rows[0]["date_filed"] == "2010-03-01"


def test_every_document_is_in_the_ledger_even_without_signals(corpus_jsonl: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.parquet"
    stats = scan_corpus([corpus_jsonl], out, workers=1)
    ids = [i for line in ledger_path(out).read_text().splitlines() for i in json.loads(line)["ids"]]
    assert sorted(ids) == sorted(DOCS)
    assert "op-3" not in {r["doc_id"] for r in _rows(out)}  # no signal, but scanned
    assert stats.documents == 4 and stats.skipped == 0
    assert not parts_dir(out).exists()


def test_broken_records_are_counted_and_reported_not_fatal(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl")
    with corpus.open("a", encoding="utf-8") as handle:
        handle.write('{"cl_opinion_id": "x", "text": "broken\n')
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "scan.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (docs / "ok.txt").write_text("He was sentenced to death.", encoding="utf-8")
    reported: list[BadRecord] = []
    stats = scan_corpus([corpus, docs], tmp_path / "s.parquet", workers=1, on_bad=reported.append)
    assert stats.bad == 2 == len(reported) == len(stats.bad_examples)
    assert {b.source for b in reported} == {f"{corpus}:5", str(docs / "scan.pdf")}
    assert stats.documents == 5
    assert str(docs / "ok.txt") in {r["doc_id"] for r in _rows(tmp_path / "s.parquet")}


def test_resume_skips_what_an_earlier_run_scanned(tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", dict(list(DOCS.items())[:2]))
    second = write_jsonl(tmp_path / "b.jsonl", dict(list(DOCS.items())[2:]))
    out = tmp_path / "s.parquet"
    scan_corpus([first], out, workers=1)
    stats = scan_corpus([first, second], out, workers=1, resume=True)
    assert (stats.skipped, stats.documents) == (2, 2)
    fresh = tmp_path / "fresh.parquet"
    scan_corpus([first, second], fresh, workers=1)
    assert sorted(map(_key, _rows(out))) == sorted(map(_key, _rows(fresh)))
    again = scan_corpus([first, second], out, workers=1, resume=True)
    assert (again.skipped, again.documents, again.signals, again.rows) == (4, 0, 0, len(_rows(fresh)))


@pytest.mark.parametrize(
    "split", [{"shard_bytes": None, "batch_docs": 2}, {"shard_bytes": 20_000}], ids=["streamed", "sharded"]
)
def test_resume_after_an_interrupted_run_loses_and_repeats_nothing(tmp_path: Path, split: dict) -> None:
    corpus, _ = _long_corpus(tmp_path, n=24)
    out = tmp_path / "s.parquet"
    seen = []

    def interrupt(progress) -> None:
        seen.append(progress.documents)
        if len(seen) == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        scan_corpus([corpus], out, workers=1, commit_docs=3, progress=interrupt, **split)
    parts = sorted(parts_dir(out).glob("part-*.parquet"))
    assert parts and not out.exists()
    # a part written but never recorded in the ledger, and a torn ledger line, as a crash leaves them
    shutil.copy(parts[0], parts_dir(out) / "part-000099.parquet")
    with ledger_path(out).open("a", encoding="utf-8") as handle:
        handle.write('{"seq": 100, "ids": ["long-')
    stats = scan_corpus([corpus], out, workers=1, resume=True, **split)
    assert stats.skipped > 0 and stats.skipped + stats.documents == 24
    fresh = tmp_path / "fresh.parquet"
    scan_corpus([corpus], fresh, workers=1)
    assert sorted(map(_key, _rows(out))) == sorted(map(_key, _rows(fresh)))
    ledger_ids = [i for line in ledger_path(out).read_text().splitlines() for i in json.loads(line)["ids"]]
    assert sorted(ledger_ids) == sorted(f"long-{i}" for i in range(24))


def test_final_line_has_the_contract_format(corpus_jsonl: Path, tmp_path: Path) -> None:
    stats = scan_corpus([corpus_jsonl], tmp_path / "s.parquet", workers=1)
    match = FINAL_LINE.match(stats.final_line())
    assert match, stats.final_line()
    assert int(match[1]) == 4 and int(match[5]) == stats.signals
    assert float(match[2]) == round(sum(len(t.encode()) for t in DOCS.values()) / 1e6, 1)


def test_local_and_dask_engines_write_identical_rows(tmp_path: Path) -> None:
    corpus, _ = _long_corpus(tmp_path, n=20)
    local = tmp_path / "local.parquet"
    dask = tmp_path / "dask.parquet"
    a = scan_corpus([corpus], local, engine="local", workers=2, batch_docs=3)
    b = scan_corpus([corpus], dask, engine="dask", workers=1, batch_docs=3, local_cluster_processes=False)
    assert "Dask LocalCluster" in b.engine and "local pool" in a.engine
    assert a.signals == b.signals > 0
    assert pq.read_table(local).equals(pq.read_table(dask))


def test_dask_engine_uses_a_running_scheduler(corpus_jsonl: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    with LocalCluster(
        host="127.0.0.1", protocol="tcp://", n_workers=1, threads_per_worker=1, processes=False,
        dashboard_address=None,
    ) as cluster:
        stats = scan_corpus([corpus_jsonl], tmp_path / "d.parquet", engine="dask", scheduler=cluster.scheduler_address)
    assert stats.engine == f"Dask cluster at {cluster.scheduler_address}"
    local = scan_corpus([corpus_jsonl], tmp_path / "l.parquet", workers=1)
    assert pq.read_table(tmp_path / "d.parquet").equals(pq.read_table(tmp_path / "l.parquet"))
    assert local.signals == stats.signals > 0


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"engine": "spark"}, "unknown engine 'spark'"),
        ({"engine": "dask", "scheduler": "tcp://127.0.0.1:9"}, "cannot reach the Dask scheduler at tcp://127.0.0.1:9"),
    ],
)
def test_engine_errors_are_named(
    corpus_jsonl: Path, tmp_path: Path, kwargs: dict, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dayincourt.corpus import EngineError

    monkeypatch.setattr("dayincourt.corpus.engines.SCHEDULER_TIMEOUT", "1s")
    with pytest.raises(EngineError, match=re.escape(message)):
        scan_corpus([corpus_jsonl], tmp_path / "x.parquet", **kwargs)


def test_dask_local_cluster_of_processes_matches_local_pool(tmp_path: Path) -> None:
    corpus, _ = _long_corpus(tmp_path, n=20)
    scan_corpus([corpus], tmp_path / "l.parquet", workers=2, batch_docs=3)
    scan_corpus([corpus], tmp_path / "d.parquet", engine="dask", workers=2, batch_docs=3)
    assert pq.read_table(tmp_path / "l.parquet").equals(pq.read_table(tmp_path / "d.parquet"))


@pytest.mark.parametrize("sharded", [False, True], ids=["streamed", "sharded"])
def test_reading_stays_a_bounded_distance_ahead_of_the_results(tmp_path: Path, sharded: bool) -> None:
    """Bounded memory: the reader (or shard planner) is pulled lazily, at most 2 x workers + 2 tasks ahead."""
    docs = {f"d{i:04d}": "The jury voted ten to two. " + "x" * 500 for i in range(300)}
    corpus = write_jsonl(tmp_path / "c.jsonl", docs)
    line_size = len(corpus.read_bytes().splitlines()[0]) + 1
    split = {"shard_bytes": 5 * line_size} if sharded else {"shard_bytes": None, "batch_docs": 5}
    ahead = []

    def watch(progress) -> None:
        ahead.append(progress.input_bytes // line_size - progress.documents)

    stats = scan_corpus([corpus], tmp_path / "s.parquet", workers=1, progress=watch, **split)
    assert stats.documents == 300 and len(ahead) == 60
    assert max(ahead) <= (2 * 1 + 2 + 1) * 5  # batches in flight plus the one being filled
    assert max(ahead) >= 5  # and the pipeline does run ahead


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=8, unique=True))
def test_ledger_round_trips_any_doc_id(ids: list[str]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "s.parquet"
        sink = ScanSink(out, resume=False, commit_docs=3)
        for doc_id in ids:
            sink.add(rows_table({c: [] for c in COLUMNS}), [doc_id])
        sink.finish()
        again = ScanSink(out, resume=True)
        assert all(doc_id in again.previous for doc_id in ids)
        assert len(again.previous) == len(ids)
        assert "never-scanned \u2603" not in again.previous or "never-scanned \u2603" in ids


def test_resume_without_the_ledger_is_refused(corpus_jsonl: Path, tmp_path: Path) -> None:
    from dayincourt.corpus import OutputError

    out = tmp_path / "s.parquet"
    scan_corpus([corpus_jsonl], out, workers=1)
    ledger_path(out).unlink()
    with pytest.raises(OutputError, match="s.parquet.scanned .* is missing"):
        scan_corpus([corpus_jsonl], out, workers=1, resume=True)
    assert out.exists()  # nothing was thrown away


def test_a_scan_that_cannot_start_leaves_the_earlier_output(corpus_jsonl: Path, tmp_path: Path) -> None:
    from dayincourt.corpus import EngineError

    out = tmp_path / "s.parquet"
    scan_corpus([corpus_jsonl], out, workers=1)
    before = out.read_bytes()
    with pytest.raises(EngineError):
        scan_corpus([corpus_jsonl], out, engine="spark")
    assert out.read_bytes() == before and ledger_path(out).exists()
