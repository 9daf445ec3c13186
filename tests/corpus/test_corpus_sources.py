"""Readers: every input kind streams its documents; broken records are counted, never fatal."""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
from pathlib import Path

import pytest
from corpus_helpers import DOCS, write_jsonl

from dayincourt.corpus import BadRecord, SourceDoc, iter_documents
from dayincourt.corpus.sources import input_kind, input_size, load_text


def _docs(items) -> list[SourceDoc]:
    return [i for i in items if isinstance(i, SourceDoc)]


def _bad(items) -> list[BadRecord]:
    return [i for i in items if isinstance(i, BadRecord)]


@pytest.mark.parametrize("compress", [None, "gz", "bz2"])
def test_jsonl_plain_and_compressed(tmp_path: Path, compress: str | None) -> None:
    plain = write_jsonl(tmp_path / "o.jsonl")
    path = plain
    if compress:
        path = tmp_path / f"o.jsonl.{compress}"
        opener = gzip.open if compress == "gz" else bz2.open
        with opener(path, "wb") as handle:
            handle.write(plain.read_bytes())
    items = list(iter_documents([path]))
    docs = _docs(items)
    assert [d.doc_id for d in docs] == list(DOCS)
    assert [load_text(d) for d in docs] == list(DOCS.values())
    assert docs[0].court == "Louisiana Court of Appeal" and docs[0].court_id == "lactapp"
    assert docs[0].date_filed == "2010-03-01"
    assert docs[1].source == f"{path}:2"
    assert not _bad(items)


def test_jsonl_broken_records_are_counted_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": 7, "text": "first"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": 8, "title": "no text here"}),
        "",
        json.dumps({"text": "no id"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_documents([path]))
    assert [d.doc_id for d in _docs(items)] == ["7", f"{path}:6"]
    bad = _bad(items)
    assert [(b.source, b.field) for b in bad] == [(f"{path}:2", "json"), (f"{path}:3", "json"), (f"{path}:4", "text")]
    assert "not valid JSON" in bad[0].line() and bad[0].line().startswith(f"{path}:2: json: ")
    assert "record 8" in bad[2].reason


def _write_csv(path: Path, rows: list[dict[str, str]], fields: list[str]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=fields)
    writer.writeheader()
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    if path.name.endswith(".bz2"):
        data = bz2.compress(data)
    elif path.name.endswith(".gz"):
        data = gzip.compress(data)
    path.write_bytes(data)


@pytest.mark.parametrize("name", ["opinions.csv", "opinions.csv.bz2", "opinions.csv.gz"])
def test_courtlistener_csv_with_huge_fields_and_html_only_records(tmp_path: Path, name: str) -> None:
    huge = "The jury voted 11-1 to convict.\n" + ("filler line of an opinion, " * 10_000)  # > 128 KB field
    fields = ["id", "date_created", "plain_text", "html", "html_with_citations"]
    rows = [
        {"id": "101", "date_created": "2019-01-02", "plain_text": huge, "html": "", "html_with_citations": ""},
        {"id": "102", "date_created": "", "plain_text": "", "html": "",
         "html_with_citations": "<html><body><p>The court of appeals held that he was sentenced to death "
         "after trial and that counsel was not ineffective.</p><p>We affirm the judgment.</p></body></html>"},
        {"id": "103", "date_created": "", "plain_text": "", "html": "", "html_with_citations": ""},
    ]
    path = tmp_path / name
    _write_csv(path, rows, fields)
    items = list(iter_documents([path]))
    docs = _docs(items)
    assert [d.doc_id for d in docs] == ["101", "102"]
    assert load_text(docs[0]) == huge
    assert docs[1].text is None and "sentenced to death" in load_text(docs[1])
    assert [(b.field, "103" in b.reason) for b in _bad(items)] == [("text", True)]


def test_csv_row_with_extra_cells_is_bad_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    path.write_text('id,plain_text\n1,"first text"\n2,"second",surplus\n3,third\n', encoding="utf-8")
    items = list(iter_documents([path]))
    assert [d.doc_id for d in _docs(items)] == ["1", "3"]
    assert [b.field for b in _bad(items)] == ["csv"]


def test_directory_walk_reads_txt_and_html_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    (root / "b").mkdir(parents=True)
    (root / "a.txt").write_text("He recanted his  testimony.", encoding="utf-8")
    (root / "b" / "c.html").write_text(
        "<html><body><article><p>The defendant was sentenced to life imprisonment by the district "
        "court after a jury trial that lasted two weeks.</p></article></body></html>",
        encoding="utf-8",
    )
    (root / "b" / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(iter_documents([root]))
    docs = _docs(items)
    assert [d.doc_id for d in docs] == [str(root / "a.txt"), str(root / "b" / "c.html")]
    assert load_text(docs[0]) == "He recanted his testimony."  # ingest normalizes whitespace
    assert "sentenced to life imprisonment" in load_text(docs[1])
    assert input_size([root]) == sum(d.size for d in docs)


@pytest.mark.parametrize(
    "name, kind",
    [
        ("a.jsonl", "jsonl"), ("a.JSONL.GZ", "jsonl"), ("a.ndjson.bz2", "jsonl"), ("a.csv.bz2", "csv"),
        ("a.pdf", "document"), ("a.txt", "document"), ("a.txt.gz", None), ("a.parquet", None),
    ],
)
def test_input_kind(name: str, kind: str | None) -> None:
    assert input_kind(Path(name)) == kind


def test_missing_and_unsupported_inputs_are_bad_records(tmp_path: Path) -> None:
    odd = tmp_path / "x.parquet"
    odd.write_bytes(b"PAR1")
    items = list(iter_documents([tmp_path / "missing.jsonl", odd]))
    assert [(b.source, b.field) for b in _bad(items)] == [(str(tmp_path / "missing.jsonl"), "path"), (str(odd), "path")]


def test_csv_in_postgresql_copy_format_with_backslash_escapes(tmp_path: Path) -> None:
    """CourtListener writes its CSVs with COPY ... (FORMAT csv, ESCAPE '\\')."""
    path = tmp_path / "opinions-2024-12-31.csv"
    path.write_text(
        'id,plain_text\n'
        '1,"The juror said \\"guilty under duress\\" (see C:\\\\notes)."\n'
        '2,"A ""doubled"" quote, and a\nline break."\n',
        encoding="utf-8",
    )
    docs = _docs(iter_documents([path]))
    assert [load_text(d) for d in docs] == [
        'The juror said "guilty under duress" (see C:\\notes).',
        'A "doubled" quote, and a\nline break.',
    ]
