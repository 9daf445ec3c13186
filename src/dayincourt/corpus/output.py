"""Writing scan results: Parquet parts committed with a ledger of scanned doc ids, merged at the end.

While a scan runs, rows go to numbered part files in ``OUT.parquet.parts/``. A part is
committed by renaming it into place and then appending one line to the ledger
``OUT.parquet.scanned``: ``{"seq": N, "ids": [...every doc id scanned for that part...]}``.
Documents with no signal are in the ledger too, which is what ``--resume`` needs. At the end
the parts are merged into ``OUT.parquet`` (whose metadata records the last part number) and
the parts folder is removed; the ledger stays beside the output as its record of scanned ids.

A crash leaves committed parts and their ledger lines; a part without a ledger line (or with
a torn one) is discarded on resume and its documents scanned again, so no row is lost or
written twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("signal", pa.string(), nullable=False),
        pa.field("value", pa.string()),
        pa.field("start", pa.int64(), nullable=False),
        pa.field("end", pa.int64(), nullable=False),
        pa.field("quote", pa.string()),
        pa.field("court", pa.string()),
        pa.field("date_filed", pa.string()),
        pa.field("court_id", pa.string()),
        pa.field("source", pa.string()),
    ]
)
"""Columns of the output: CONTRACTS section 4, then ``court_id`` and ``source`` (path:line)."""

COLUMNS: tuple[str, ...] = tuple(SCHEMA.names)
_SEQ_KEY = b"dayincourt.corpus.last_part"
_ROW_GROUP = 100_000


class OutputError(RuntimeError):
    """The output or its ledger cannot be written or read back."""


def ledger_path(out: Path) -> Path:
    """The companion record of scanned doc ids of ``out``."""
    return out.with_name(out.name + ".scanned")


def parts_dir(out: Path) -> Path:
    """Where parts of an unfinished scan of ``out`` are kept."""
    return out.with_name(out.name + ".parts")


def id_hash(doc_id: str) -> int:
    """A stable 64-bit digest of a doc id (sets of 10 million ids fit in 80 MB)."""
    return int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8"), digest_size=8).digest(), "little")


class ScannedIds:
    """The doc ids a previous run committed, as sorted 64-bit digests."""

    def __init__(self, digests: Iterable[int] | np.ndarray = ()) -> None:
        self._digests = np.unique(np.asarray(list(digests) if not isinstance(digests, np.ndarray) else digests, dtype=np.uint64))

    def __len__(self) -> int:
        return int(self._digests.size)

    def __contains__(self, doc_id: object) -> bool:
        if not isinstance(doc_id, str) or self._digests.size == 0:
            return False
        digest = np.uint64(id_hash(doc_id))
        i = int(np.searchsorted(self._digests, digest))
        return i < self._digests.size and self._digests[i] == digest


class ScanSink:
    """Collects rows and scanned ids, commits them as parts, and merges the final Parquet file.

    Args:
        out: The Parquet file to produce.
        resume: Keep what an earlier run of the same output committed; otherwise start afresh.
        commit_docs: Commit a part after this many documents (fewer re-scans after a crash,
            more files while running).
    """

    def __init__(self, out: Path, *, resume: bool, commit_docs: int = 20_000) -> None:
        self.out = out
        self.ledger = ledger_path(out)
        self.parts = parts_dir(out)
        self.commit_docs = commit_docs
        out.parent.mkdir(parents=True, exist_ok=True)
        self._base: Path | None = None  # an earlier finished output kept by --resume
        self.previous = ScannedIds()
        if resume:
            self._seq = self._recover()
        else:  # a fresh scan replaces an earlier output of the same name
            shutil.rmtree(self.parts, ignore_errors=True)
            self.ledger.unlink(missing_ok=True)
            self.out.unlink(missing_ok=True)
            self._seq = 0
        self.parts.mkdir(exist_ok=True)
        self._rows: list[pa.Table] = []
        self._ids: list[str] = []

    def _recover(self) -> int:
        """Check the ledger and the parts of an earlier run; return the last part number."""
        seqs: list[int] = []
        if self.ledger.exists():
            with self.ledger.open("r", encoding="utf-8") as handle:
                for line in handle:
                    try:
                        seqs.append(int(json.loads(line)["seq"]))
                    except (ValueError, KeyError, TypeError):
                        break  # a torn last line: its part is discarded below
        base_seq = 0
        if self.out.exists():
            if not self.ledger.exists():
                raise OutputError(
                    f"{self.out}: cannot resume, {self.ledger.name} (the record of scanned documents) is missing; "
                    "scan again without --resume"
                )
            try:
                meta = pq.read_schema(self.out).metadata or {}
            except (pa.ArrowInvalid, OSError) as exc:
                raise OutputError(f"{self.out}: cannot resume, the output is unreadable ({exc})") from exc
            base_seq = int(meta.get(_SEQ_KEY, b"0"))
            self._base = self.out
        parts = list(self.parts.glob("part-*")) if self.parts.exists() else []
        on_disk = {_part_seq(p) for p in parts if p.suffix == ".parquet"}
        keep = {seq for seq in seqs if seq <= base_seq or seq in on_disk}
        for part in parts:
            if part.suffix != ".parquet" or _part_seq(part) <= base_seq or _part_seq(part) not in keep:
                part.unlink()
        # rewrite the ledger with the kept lines only, hashing their ids as they stream past
        digests: list[np.ndarray] = []
        tmp = self.ledger.with_name(self.ledger.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as out:
            if self.ledger.exists():
                with self.ledger.open("r", encoding="utf-8") as handle:
                    for line, seq in zip(handle, seqs):
                        if seq in keep:
                            out.write(line)
                            ids = json.loads(line)["ids"]
                            digests.append(np.fromiter((id_hash(i) for i in ids), np.uint64, len(ids)))
        os.replace(tmp, self.ledger)
        self.previous = ScannedIds(np.concatenate(digests) if digests else ())
        return max([base_seq, *keep])

    def add(self, table: pa.Table, doc_ids: list[str]) -> None:
        """Add the rows and scanned ids of one batch; commits a part when enough have gathered."""
        if table.num_rows:
            self._rows.append(table)
        self._ids.extend(doc_ids)
        if len(self._ids) >= self.commit_docs:
            self.commit()

    def commit(self) -> None:
        """Write the gathered rows as one part and record its doc ids in the ledger."""
        if not self._ids and not self._rows:
            return
        self._seq += 1
        final = self.parts / f"part-{self._seq:06d}.parquet"
        tmp = final.with_suffix(".tmp")
        table = pa.concat_tables(self._rows) if self._rows else SCHEMA.empty_table()
        pq.write_table(table, tmp, row_group_size=_ROW_GROUP)
        os.replace(tmp, final)
        with self.ledger.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps({"seq": self._seq, "ids": self._ids}) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        self._rows, self._ids = [], []

    def finish(self) -> int:
        """Commit what is left and merge everything into the output; returns its row count."""
        self.commit()
        tmp = self.out.with_name(self.out.name + ".tmp")
        metadata = {_SEQ_KEY: str(self._seq).encode()}
        rows = 0
        with pq.ParquetWriter(tmp, SCHEMA.with_metadata(metadata)) as writer:
            sources = ([self._base] if self._base else []) + sorted(self.parts.glob("part-*.parquet"))
            for source in sources:
                parquet = pq.ParquetFile(source)
                for group in range(parquet.num_row_groups):
                    table = parquet.read_row_group(group).select(COLUMNS).cast(SCHEMA)
                    writer.write_table(table)
                    rows += table.num_rows
        os.replace(tmp, self.out)
        shutil.rmtree(self.parts, ignore_errors=True)
        return rows


def _part_seq(part: Path) -> int:
    return int(part.name.split("-")[1].split(".")[0])


def rows_table(columns: dict[str, list]) -> pa.Table:
    """A table of output rows from column lists."""
    return pa.Table.from_pydict(columns, schema=SCHEMA)
