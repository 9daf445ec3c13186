"""``scan_corpus``: plan shards or stream batches, scan them on an engine, write Parquet.

Uncompressed JSON Lines files are cut into byte-range shards that the workers read and parse
themselves, so the client only plans and collects rows; other inputs (compressed files, CSV,
directories) are read here as a stream and sent to the workers in batches of records (for
directories, of file paths).

Memory stays bounded whatever the corpus size: the reader holds one record (the planner one
shard's bytes), at most ``2 x workers + 2`` tasks are in flight, and rows are committed to
Parquet parts as results arrive (in submission order, so every engine writes the same rows in
the same order, and shards give the rows streaming gives).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .engines import start_engine
from .output import ScanSink, rows_table
from .sources import BadRecord, SourceDoc, input_size, iter_documents, plan_shards, splittable
from .worker import BatchResult, scan_batch, scan_shard

MAX_BAD_EXAMPLES = 20


@dataclass(frozen=True, slots=True)
class ScanProgress:
    """Where a running scan is; passed to the ``progress`` callback after every batch or shard.

    Attributes:
        documents: Documents scanned so far in this run.
        text_bytes: UTF-8 bytes of their text.
        input_bytes: Bytes of input read so far (records and files).
        input_total: Bytes of all input, or None when unknown (compressed input).
        signals: Rows written so far.
        bad: Unreadable records so far.
        seconds: Time since the scan started.
    """

    documents: int
    text_bytes: int
    input_bytes: int
    input_total: int | None
    signals: int
    bad: int
    seconds: float


@dataclass(frozen=True, slots=True)
class ScanStats:
    """The outcome of a scan.

    Attributes:
        documents: Documents scanned in this run.
        text_bytes: UTF-8 bytes of their text.
        seconds: Wall-clock time of the run.
        signals: Rows this run found.
        bad: Unreadable records (counted, never fatal).
        bad_examples: The first few of them.
        skipped: Documents skipped because an earlier run scanned them (``resume``).
        rows: Rows in the output file (including those of earlier runs when resuming).
        engine: Which engine ran the scan.
    """

    documents: int
    text_bytes: int
    seconds: float
    signals: int
    bad: int
    bad_examples: tuple[BadRecord, ...]
    skipped: int
    rows: int
    engine: str

    @property
    def megabytes(self) -> float:
        """Text scanned, in MB (10^6 bytes)."""
        return self.text_bytes / 1e6

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    @property
    def mb_per_second(self) -> float:
        return self.megabytes / self.seconds if self.seconds > 0 else 0.0

    def final_line(self) -> str:
        """The contract's last line: ``scanned N documents (M MB) in S s: R docs/s, K signals``."""
        return (
            f"scanned {self.documents} documents ({self.megabytes:.1f} MB) in {self.seconds:.1f} s: "
            f"{self.docs_per_second:.1f} docs/s, {self.signals} signals"
        )


def scan_corpus(
    inputs: list[Path],
    out: Path,
    *,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    resume: bool = False,
    batch_bytes: int = 4_000_000,
    batch_docs: int = 2_000,
    commit_docs: int = 20_000,
    shard_bytes: int | None = 8_000_000,
    local_cluster_processes: bool = True,
    progress: Callable[[ScanProgress], None] | None = None,
    on_bad: Callable[[BadRecord], None] | None = None,
) -> ScanStats:
    """Scan every document of ``inputs`` for signals and write one Parquet row per signal.

    Args:
        inputs: Directories (.txt/.html/.pdf files), JSON Lines files (.jsonl, .jsonl.gz,
            .jsonl.bz2) with a ``text`` field, or CourtListener opinion CSV files (.csv,
            .csv.gz, .csv.bz2).
        out: The Parquet file to write (CONTRACTS section 4); ``OUT.scanned`` beside it
            records every doc id scanned.
        engine: ``local`` (process pool) or ``dask``.
        workers: Parallel workers (default every core).
        scheduler: ``tcp://HOST:PORT`` of a Dask scheduler (``dask`` engine only).
        resume: Keep an earlier run's output and skip the documents it scanned.
        batch_bytes: Text per batch sent to a worker (bytes, roughly); streamed inputs only.
        batch_docs: Documents per batch at most; streamed inputs only.
        commit_docs: Documents per committed part (what a crash can cost).
        shard_bytes: Bytes of uncompressed JSON Lines per shard read by a worker; None streams
            those files through this process like the other inputs. With the ``dask`` engine,
            the workers must see the input files at the same paths.
        local_cluster_processes: For ``dask`` without a scheduler: process workers (True) or
            threads (False).
        progress: Called after every batch or shard.
        on_bad: Called with every unreadable record, as soon as it is known.

    Returns:
        Counts and timings; ``final_line()`` is the line the CLI prints last.

    Raises:
        EngineError: The engine cannot start.
        OutputError: ``resume`` was asked but the earlier output cannot be read.
    """
    started = time.perf_counter()
    total = input_size(inputs)
    state = _State()
    with start_engine(
        engine, workers=workers, scheduler=scheduler, local_cluster_processes=local_cluster_processes
    ) as running:
        # only once the engine runs: a scan that cannot start leaves an earlier output alone
        sink = ScanSink(out, resume=resume, commit_docs=commit_docs)

        def take(result: BatchResult) -> None:
            if len(sink.previous):
                # a shard's worker does not know what an earlier run scanned: drop it here
                # (streamed batches never hold such documents, and lose nothing)
                result, skipped = result.without(sink.previous)
                state.skipped += skipped
            sink.add(rows_table(result.columns), result.doc_ids)
            state.documents += len(result.doc_ids)
            state.text_bytes += result.text_bytes
            state.signals += result.signals
            for bad in result.bad:
                state.report(bad, on_bad)
            if progress is not None:
                progress(
                    ScanProgress(
                        state.documents, state.text_bytes, state.input_bytes, total,
                        state.signals, state.bad, time.perf_counter() - started,
                    )
                )

        in_flight: deque = deque()
        limit = 2 * running.workers + 2
        for fn, arg in _tasks(inputs, sink, state, on_bad, batch_bytes, batch_docs, shard_bytes):
            in_flight.append(running.submit(fn, arg))
            while len(in_flight) >= limit:
                take(in_flight.popleft().result())
        while in_flight:
            take(in_flight.popleft().result())
    rows = sink.finish()
    return ScanStats(
        documents=state.documents,
        text_bytes=state.text_bytes,
        seconds=time.perf_counter() - started,
        signals=state.signals,
        bad=state.bad,
        bad_examples=tuple(state.bad_examples),
        skipped=state.skipped,
        rows=rows,
        engine=running.description,
    )


class _State:
    """Running counts of one scan (mutable, private to ``scan_corpus``)."""

    def __init__(self) -> None:
        self.documents = self.text_bytes = self.signals = 0
        self.bad = self.skipped = self.input_bytes = 0
        self.bad_examples: list[BadRecord] = []

    def report(self, bad: BadRecord, on_bad: Callable[[BadRecord], None] | None) -> None:
        self.bad += 1
        if len(self.bad_examples) < MAX_BAD_EXAMPLES:
            self.bad_examples.append(bad)
        if on_bad is not None:
            on_bad(bad)


def _tasks(
    inputs: list[Path],
    sink: ScanSink,
    state: _State,
    on_bad: Callable[[BadRecord], None] | None,
    batch_bytes: int,
    batch_docs: int,
    shard_bytes: int | None,
) -> Iterator[tuple[Callable[[Any], BatchResult], Any]]:
    """The work in input order: shards of splittable files, batches of records of the others."""
    streamed: list[Path] = []  # consecutive streamed inputs share batches
    for path in [*inputs, None]:
        if path is not None and not (shard_bytes and splittable(path)):
            streamed.append(path)
            continue
        if streamed:
            for batch in _batches(iter_documents(streamed), sink, state, on_bad, batch_bytes, batch_docs):
                yield scan_batch, batch
            streamed = []
        if path is not None:
            for shard in plan_shards(path, shard_bytes):
                state.input_bytes += shard.end - shard.start
                yield scan_shard, shard


def _batches(
    items: Iterator[SourceDoc | BadRecord],
    sink: ScanSink,
    state: _State,
    on_bad: Callable[[BadRecord], None] | None,
    batch_bytes: int,
    batch_docs: int,
) -> Iterator[tuple[SourceDoc, ...]]:
    batch: list[SourceDoc] = []
    size = 0
    for item in items:
        if isinstance(item, BadRecord):
            state.report(item, on_bad)
            continue
        state.input_bytes += item.size
        if item.doc_id in sink.previous:
            state.skipped += 1
            continue
        batch.append(item)
        size += item.size
        if size >= batch_bytes or len(batch) >= batch_docs:
            yield tuple(batch)
            batch, size = [], 0
    if batch:
        yield tuple(batch)
