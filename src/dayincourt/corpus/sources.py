"""Streaming readers for corpus inputs: directories, JSON Lines (plain, .gz, .bz2) and
CourtListener's bulk opinions CSV (plain, .gz, .bz2).

Readers yield one :class:`SourceDoc` per document, or a :class:`BadRecord` for a record that
cannot be read, and never hold more than one record in memory. Files found in directories
are only named here; a worker reads them (:func:`load_text`), so that PDF parsing runs in
parallel. Likewise, uncompressed JSON Lines files can be cut into byte-range :class:`Shard`
objects (:func:`plan_shards`) that workers read and parse themselves (:func:`read_shard`),
yielding exactly what the stream reader yields for those lines.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from dayincourt.ingest import IngestError, ingest

DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".pdf")
"""Files a directory input contributes."""

ID_FIELDS = ("cl_opinion_id", "id")
TEXT_FIELDS = ("text", "plain_text")
# CourtListener's opinion columns holding HTML or XML, best first.
HTML_FIELDS = ("html_with_citations", "html", "html_lawbox", "html_columbia", "html_anon_2020", "xml_harvard")


@dataclass(frozen=True, slots=True)
class SourceDoc:
    """A document to scan, as a reader found it.

    Attributes:
        doc_id: The record's ``cl_opinion_id`` or ``id``; for a file, its path; for a record
            without an id, ``path:line``.
        source: Where it was read: ``path`` or ``path:line``.
        text: The text to scan, or None when a worker must read ``path`` (directory files).
        html: HTML to convert to text when a record has no plain text.
        path: The file to read when ``text`` and ``html`` are None.
        court: The record's ``court`` (or ``court_id``) field.
        court_id: The record's ``court_id`` field.
        date_filed: The record's ``date_filed`` field, as written.
        size: Bytes of input this document occupies (for progress).
    """

    doc_id: str
    source: str
    text: str | None = None
    html: str | None = None
    path: str | None = None
    court: str | None = None
    court_id: str | None = None
    date_filed: str | None = None
    size: int = 0


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record or file that could not be read: where, which field, and why."""

    source: str
    field: str
    reason: str

    def line(self) -> str:
        """One line for stderr naming the input, the field and the problem."""
        return f"{self.source}: {self.field}: {self.reason}"


def input_size(paths: list[Path]) -> int | None:
    """Bytes of uncompressed input under ``paths``, or None when some input is compressed."""
    total = 0
    for path in paths:
        if path.is_dir():
            total += sum(p.stat().st_size for p in _document_files(path))
        elif path.suffix in (".gz", ".bz2"):
            return None
        elif path.exists():
            total += path.stat().st_size
    return total


def iter_documents(paths: list[Path]) -> Iterator[SourceDoc | BadRecord]:
    """Every document of every input, in order; unreadable inputs become :class:`BadRecord`."""
    for path in paths:
        if path.is_dir():
            for file in _document_files(path):
                yield SourceDoc(doc_id=str(file), source=str(file), path=str(file), size=file.stat().st_size)
            continue
        kind = input_kind(path)
        if kind is None:
            yield BadRecord(str(path), "path", "not a directory, .jsonl(.gz|.bz2), .csv(.gz|.bz2) or document file")
        elif not path.exists():
            yield BadRecord(str(path), "path", "no such file")
        elif kind == "document":
            yield SourceDoc(doc_id=str(path), source=str(path), path=str(path), size=path.stat().st_size)
        elif kind == "jsonl":
            yield from _read_jsonl(path)
        else:
            yield from _read_csv(path)


def input_kind(path: Path) -> str | None:
    """``jsonl``, ``csv``, ``document`` or None, from the file name (compression suffix ignored)."""
    name = path.name.lower()
    for compressed in (".gz", ".bz2"):
        name = name.removesuffix(compressed)
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(DOCUMENT_SUFFIXES) and name == path.name.lower():
        return "document"
    return None


def _document_files(directory: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        found.extend(Path(root) / f for f in sorted(files) if f.lower().endswith(DOCUMENT_SUFFIXES))
    return found


def _open_binary(path: Path) -> IO[bytes]:
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")
    if name.endswith(".bz2"):
        return bz2.open(path, "rb")
    return open(path, "rb")


def _read_jsonl(path: Path) -> Iterator[SourceDoc | BadRecord]:
    with _open_binary(path) as handle:
        for number, line in enumerate(handle, start=1):
            if not _blank(line):
                yield _jsonl_record(line, f"{path}:{number}", len(line))


def _blank(line: bytes) -> bool:
    # isspace() stops at the first other byte; strip() would copy a megabyte line
    return not line or line.isspace()


def _jsonl_record(line: bytes, where: str, size: int) -> SourceDoc | BadRecord:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return BadRecord(where, "json", f"not valid JSON ({exc})")
    if not isinstance(record, dict):
        return BadRecord(where, "json", f"a JSON {type(record).__name__}, not an object")
    return _from_record(record, where, size)


@dataclass(frozen=True, slots=True)
class Shard:
    """A byte range of an uncompressed JSON Lines file holding whole lines only.

    Attributes:
        path: The file.
        start: Offset of the shard's first byte (0 or just after a newline).
        end: Offset one past its last byte (just after a newline, or the end of the file).
        first_line: The 1-based line number of the line at ``start``.
    """

    path: str
    start: int
    end: int
    first_line: int


def splittable(path: Path) -> bool:
    """Whether ``path`` is a JSON Lines file that byte-range shards can split (uncompressed)."""
    return path.is_file() and input_kind(path) == "jsonl" and path.suffix.lower() not in (".gz", ".bz2")


def plan_shards(path: Path, shard_bytes: int) -> Iterator[Shard]:
    """Cut ``path`` into shards of about ``shard_bytes``, each ending at a line end.

    A shard grows past ``shard_bytes`` only to finish its last line, so a line longer than
    ``shard_bytes`` is a shard of its own; every line lies in exactly one shard. Newlines are
    counted on the way (a memchr-speed pass over the page cache) so that the readers of the
    shards name records ``path:line`` exactly as a stream reader does.

    Raises:
        ValueError: ``shard_bytes`` is not positive.
    """
    if shard_bytes < 1:
        raise ValueError(f"shard_bytes must be positive, not {shard_bytes}")
    start, line = 0, 1
    with open(path, "rb") as handle:
        while block := handle.read(shard_bytes):
            if not block.endswith(b"\n"):
                block += handle.readline()  # finish the line (or reach the end of the file)
            yield Shard(str(path), start, start + len(block), line)
            start += len(block)
            line += block.count(b"\n")


def read_shard(shard: Shard) -> Iterator[SourceDoc | BadRecord]:
    """Every record of ``shard``, as :func:`iter_documents` yields them for those lines."""
    with open(shard.path, "rb") as handle:
        handle.seek(shard.start)
        data = handle.read(shard.end - shard.start)
    lines = data.split(b"\n")
    del data
    last = len(lines) - 1  # after the last newline: b"" or an unterminated final line
    for index, line in enumerate(lines):
        if not _blank(line):
            # sizes count the newline, as a stream reader's lines hold it
            size = len(line) + (index < last)
            yield _jsonl_record(line, f"{shard.path}:{shard.first_line + index}", size)


def _read_csv(path: Path) -> Iterator[SourceDoc | BadRecord]:
    # Opinion texts run to megabytes; the csv module's default cap is 128 KB per field.
    csv.field_size_limit(sys.maxsize)
    with _open_binary(path) as raw:
        handle = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
        # CourtListener's files come from PostgreSQL's COPY ... (FORMAT csv, ESCAPE '\'): a quote
        # inside a field is \", a backslash is \\; doubled quotes ("") are read as well
        reader = csv.DictReader(handle, escapechar="\\", doublequote=True)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield BadRecord(f"{path}:{reader.line_num}", "csv", str(exc))
                continue
            where = f"{path}:{reader.line_num}"
            if None in row:  # more cells than the header names
                yield BadRecord(where, "csv", f"{len(row[None])} cells beyond the header")
                continue
            size = sum(len(v) for v in row.values() if v)
            yield _from_record(row, where, size)


def _text_of(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _from_record(record: dict[str, Any], where: str, size: int) -> SourceDoc | BadRecord:
    doc_id = next((str(record[f]) for f in ID_FIELDS if record.get(f) not in (None, "")), where)
    text = next((t for f in TEXT_FIELDS if (t := _text_of(record.get(f))) is not None), None)
    html = None
    if text is None:
        html = next((h for f in HTML_FIELDS if (h := _text_of(record.get(f))) is not None), None)
        if html is None:
            names = "/".join(TEXT_FIELDS + HTML_FIELDS[:2])
            return BadRecord(where, "text", f"no non-empty {names} field in record {doc_id}")
    court_id = _text_of(record.get("court_id"))
    return SourceDoc(
        doc_id=doc_id,
        source=where,
        text=text,
        html=html,
        court=_text_of(record.get("court")) or court_id,
        court_id=court_id,
        date_filed=_text_of(str(record["date_filed"])) if record.get("date_filed") else None,
        size=size,
    )


def load_text(doc: SourceDoc) -> str:
    """The text to scan: the record's text, its HTML converted, or the file read by ingest.

    Raises:
        IngestError: The HTML or the file cannot be read.
    """
    if doc.text is not None:
        return doc.text
    if doc.html is not None:
        return ingest(doc.html.encode("utf-8"), name=f"{doc.doc_id}.html").text
    if doc.path is None:
        raise IngestError(doc.source, "record has no text")
    return ingest(doc.path).text
