"""Byte-range shards of JSON Lines: the planner's boundaries, and rows equal to the streamed path."""

from __future__ import annotations

import bz2
import json
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from corpus_helpers import DOCS, shared, write_jsonl
from hypothesis import given, settings
from hypothesis import strategies as st

from dayincourt.corpus import scan_corpus
from dayincourt.corpus.sources import Shard, iter_documents, plan_shards, read_shard, splittable


def _check_plan(data: bytes, shards: list[Shard]) -> None:
    """Shards tile the file in order, end at line ends, and carry the right line numbers."""
    assert [s.start for s in shards] == ([0] + [s.end for s in shards[:-1]] if shards else [])
    assert (shards[-1].end if shards else 0) == len(data)
    for shard in shards:
        assert shard.end > shard.start
        assert shard.end == len(data) or data[shard.end - 1 : shard.end] == b"\n"
        assert shard.first_line == data[: shard.start].count(b"\n") + 1


def _plan(tmp_path: Path, data: bytes, shard_bytes: int) -> list[Shard]:
    path = tmp_path / "c.jsonl"
    path.write_bytes(data)
    return list(plan_shards(path, shard_bytes))


@pytest.mark.parametrize(
    "data, shard_bytes, expected",
    [
        (b"", 10, []),
        (b"aaaa\nbbbb\ncccc\n", 100, [(0, 15, 1)]),
        (b"aaaa\nbbbb\ncccc\n", 5, [(0, 5, 1), (5, 10, 2), (10, 15, 3)]),
        (b"aaaa\nbbbb\ncccc\n", 6, [(0, 10, 1), (10, 15, 3)]),  # a shard finishes the line it cut
        (b"aaaa\nbbbb\ncc", 6, [(0, 10, 1), (10, 12, 3)]),  # no trailing newline
        (b"aaaa\nbbbb\ncc", 1, [(0, 5, 1), (5, 10, 2), (10, 12, 3)]),
        (b"x" * 50 + b"\nyy\n", 8, [(0, 51, 1), (51, 54, 2)]),  # a line longer than a shard
        (b"\n\n\nzz\n", 1, [(0, 1, 1), (1, 2, 2), (2, 3, 3), (3, 6, 4)]),  # blank lines
        (b"x" * 50, 8, [(0, 50, 1)]),  # one long line, no newline
    ],
)
def test_planner_cuts_at_line_ends(
    tmp_path: Path, data: bytes, shard_bytes: int, expected: list[tuple[int, int, int]]
) -> None:
    shards = _plan(tmp_path, data, shard_bytes)
    assert [(s.start, s.end, s.first_line) for s in shards] == expected
    _check_plan(data, shards)


def test_planner_refuses_a_shard_size_below_one(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="shard_bytes must be positive"):
        _plan(tmp_path, b"a\n", 0)


_LINES = st.lists(st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")), max_size=30)


@settings(max_examples=150, deadline=None)
@given(lines=_LINES, trailing=st.booleans(), shard_bytes=st.integers(1, 120))
def test_every_line_lies_in_exactly_one_shard(lines: list[bytes], trailing: bool, shard_bytes: int) -> None:
    data = b"\n".join(lines) + (b"\n" if trailing and lines else b"")
    with tempfile.TemporaryDirectory() as tmp:
        shards = _plan(Path(tmp), data, shard_bytes)
    _check_plan(data, shards)
    # the lines of the shards, one after the other, are the file's lines: none cut, none repeated
    assert [line for s in shards for line in _lines(data[s.start : s.end])] == _lines(data)


def _lines(data: bytes) -> list[bytes]:
    if not data:
        return []
    return data.split(b"\n")[:-1] if data.endswith(b"\n") else data.split(b"\n")


_RECORDS = st.lists(
    st.one_of(
        st.builds(
            lambda i, t: json.dumps({"cl_opinion_id": f"id-{i}", "text": t, "court_id": "la"}),
            st.integers(0, 5), st.text(min_size=1, max_size=60),
        ),
        st.builds(lambda t: json.dumps({"text": t}), st.text(min_size=1, max_size=30)),  # id from path:line
        st.sampled_from(["", "   ", "{broken", "[1, 2]", '{"id": 3, "text": ""}', '{"id": 4, "html": "<p>x</p>"}']),
    ),
    max_size=25,
)


@settings(max_examples=80, deadline=None)
@given(records=_RECORDS, trailing=st.booleans(), shard_bytes=st.integers(1, 300))
def test_shards_read_the_records_a_stream_reads(records: list[str], trailing: bool, shard_bytes: int) -> None:
    data = "\n".join(records) + ("\n" if trailing and records else "")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.jsonl"
        path.write_text(data, encoding="utf-8")
        streamed = list(iter_documents([path]))
        sharded = [item for shard in plan_shards(path, shard_bytes) for item in read_shard(shard)]
    assert sharded == streamed  # same ids, sources (path:line), sizes, texts and bad-record reasons


@pytest.mark.parametrize(
    "name, expected",
    [("a.jsonl", True), ("a.ndjson", True), ("a.jsonl.gz", False), ("a.jsonl.bz2", False), ("a.csv", False)],
)
def test_only_plain_json_lines_files_are_split(tmp_path: Path, name: str, expected: bool) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert splittable(path) is expected
    assert not splittable(tmp_path / "missing.jsonl")


def _long_docs(n: int) -> dict[str, str]:
    texts = list(DOCS.values())
    return {f"long-{i}": f"Paragraph {i} about procedure. " * (40 + 13 * i) + texts[i % len(texts)] for i in range(n)}


def _mixed_inputs(tmp_path: Path) -> list[Path]:
    """Two splittable files with a bad line and no trailing newline, a .bz2 and a directory between them."""
    first = write_jsonl(tmp_path / "a.jsonl", _long_docs(17))
    with first.open("a", encoding="utf-8") as handle:
        handle.write("\n{not json\n")
        handle.write(json.dumps({"text": "The jury voted 10-2 to convict; he was sentenced to death."}))
    compressed = tmp_path / "b.jsonl.bz2"
    compressed.write_bytes(bz2.compress(write_jsonl(tmp_path / "b-src.jsonl", DOCS, court="ca").read_bytes()))
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "one.txt").write_text("The jury returned an 11-1 verdict; he later recanted.", encoding="utf-8")
    last = write_jsonl(tmp_path / "c.jsonl", {f"c-{k}": v for k, v in _long_docs(9).items()}, court="tx")
    return [first, compressed, folder, last]


@pytest.mark.parametrize("shard_bytes", [1, 3_000, 50_000, 8_000_000])
def test_sharded_and_streamed_scans_write_identical_rows(tmp_path: Path, shard_bytes: int) -> None:
    inputs = _mixed_inputs(tmp_path)
    bad_streamed: list = []
    bad_sharded: list = []
    streamed = scan_corpus(
        inputs, tmp_path / "streamed.parquet", workers=2, shard_bytes=None, batch_docs=4, on_bad=bad_streamed.append
    )
    sharded = scan_corpus(
        inputs, tmp_path / "sharded.parquet", workers=2, shard_bytes=shard_bytes, on_bad=bad_sharded.append
    )
    a, b = pq.read_table(tmp_path / "streamed.parquet"), pq.read_table(tmp_path / "sharded.parquet")
    assert a.num_rows > 50 and a.equals(b)
    assert {r["source"] for r in b.to_pylist() if r["doc_id"] == f"{inputs[0]}:20"} == {f"{inputs[0]}:20"}
    assert (sharded.documents, sharded.text_bytes, sharded.signals, sharded.bad) == (
        streamed.documents, streamed.text_bytes, streamed.signals, streamed.bad
    )
    assert bad_sharded == bad_streamed == [sharded.bad_examples[0]]
    assert bad_sharded[0].source == f"{inputs[0]}:19"


def test_dask_workers_read_shards_by_path_and_match_the_local_pool(tmp_path: Path) -> None:
    inputs = _mixed_inputs(tmp_path)
    local = scan_corpus(inputs, tmp_path / "l.parquet", workers=2, shard_bytes=5_000)
    dask = scan_corpus(
        inputs, tmp_path / "d.parquet", engine="dask", workers=1, shard_bytes=5_000, local_cluster_processes=False
    )
    assert local.signals == dask.signals > 0
    assert pq.read_table(tmp_path / "l.parquet").equals(pq.read_table(tmp_path / "d.parquet"))


def test_resumed_sharded_scan_drops_what_the_earlier_run_scanned(tmp_path: Path) -> None:
    docs = _long_docs(12)
    first = write_jsonl(tmp_path / "a.jsonl", dict(list(docs.items())[:5]))
    both = write_jsonl(tmp_path / "b.jsonl", docs)  # the first five again, then seven more
    out = tmp_path / "s.parquet"
    scan_corpus([first], out, workers=1, shard_bytes=2_000)
    stats = scan_corpus([both], out, workers=2, shard_bytes=2_000, resume=True)
    assert (stats.skipped, stats.documents) == (5, 7)
    assert stats.text_bytes == sum(len(t) for t in list(docs.values())[5:])
    rows = pq.read_table(out).to_pylist()
    fresh = tmp_path / "fresh.parquet"
    scan_corpus([both], fresh, workers=1)
    key = lambda r: (r["doc_id"], r["signal"], r["start"])  # noqa: E731
    assert sorted(map(key, rows)) == sorted(map(key, pq.read_table(fresh).to_pylist()))
    assert len(rows) == stats.rows


@pytest.mark.slow
def test_shared_courtlistener_sample_gives_the_same_rows_sharded(tmp_path: Path) -> None:
    sample = shared("data", "courtlistener", "opinions.jsonl")
    streamed = scan_corpus([sample], tmp_path / "a.parquet", workers=2, shard_bytes=None)
    sharded = scan_corpus([sample], tmp_path / "b.parquet", workers=2, shard_bytes=1_000_000)
    assert streamed.signals > 100
    assert pq.read_table(tmp_path / "a.parquet").equals(pq.read_table(tmp_path / "b.parquet"))
