"""The scan functions every engine runs: a batch of documents, or a shard of a file, in;
output rows out.

They are plain module-level functions of picklable values, so a local process pool and a Dask
cluster run exactly the same code and produce the same rows. A shard is only a path and a
byte range: the worker reads and parses it, so the client ships no text.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass, field

from dayincourt.ingest import IngestError

from .output import COLUMNS
from .prefilter import Hit, Prefilter
from .sources import BadRecord, Shard, SourceDoc, load_text, read_shard

_PREFILTER: Prefilter | None = None


def _prefilter() -> Prefilter:
    # built once per worker process: the automaton takes a few milliseconds to compile
    global _PREFILTER
    if _PREFILTER is None:
        _PREFILTER = Prefilter()
    return _PREFILTER


def scan_text(text: str) -> list[Hit]:
    """Every signal in one text (prefilter, then precise finders on the windows)."""
    return _prefilter().scan(text)


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What scanning one batch or shard produced.

    Attributes:
        columns: Output rows as column lists (names as :data:`.output.COLUMNS`).
        doc_ids: Every document scanned, with or without signals.
        doc_bytes: UTF-8 size of each one's text (same order as ``doc_ids``).
        bad: Documents that could not be read.
        input_bytes: Bytes of input a shard covered (0 for a batch: the reader counted them).
    """

    columns: dict[str, list] = field(default_factory=lambda: {c: [] for c in COLUMNS})
    doc_ids: list[str] = field(default_factory=list)
    doc_bytes: list[int] = field(default_factory=list)
    bad: list[BadRecord] = field(default_factory=list)
    input_bytes: int = 0

    @property
    def signals(self) -> int:
        """Number of rows."""
        return len(self.columns["doc_id"])

    @property
    def text_bytes(self) -> int:
        """UTF-8 size of the texts scanned."""
        return sum(self.doc_bytes)

    def without(self, done: Container[str]) -> tuple[BatchResult, int]:
        """This result less the documents in ``done`` (scanned by an earlier run), and how many."""
        skip = {doc_id for doc_id in self.doc_ids if doc_id in done}
        if not skip:
            return self, 0
        keep = [i for i, doc_id in enumerate(self.columns["doc_id"]) if doc_id not in skip]
        columns = {name: [values[i] for i in keep] for name, values in self.columns.items()}
        kept = [(d, n) for d, n in zip(self.doc_ids, self.doc_bytes) if d not in skip]
        skipped = len(self.doc_ids) - len(kept)
        return (
            BatchResult(
                columns, [d for d, _ in kept], [n for _, n in kept], self.bad, self.input_bytes
            ),
            skipped,
        )


def scan_batch(docs: tuple[SourceDoc, ...]) -> BatchResult:
    """Scan a batch of documents; a document that cannot be read is reported, not raised."""
    return _scan(docs)


def scan_shard(shard: Shard) -> BatchResult:
    """Read a shard of a JSON Lines file and scan its records (a worker reads by path)."""
    return _scan(read_shard(shard), input_bytes=shard.end - shard.start)


def _utf8_size(text: str) -> int:
    # isascii() is O(1) in CPython (a flag of the string), encode() a full copy
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def _scan(items: Iterable[SourceDoc | BadRecord], input_bytes: int = 0) -> BatchResult:
    columns: dict[str, list] = {c: [] for c in COLUMNS}
    doc_ids: list[str] = []
    doc_bytes: list[int] = []
    bad: list[BadRecord] = []
    for doc in items:
        if isinstance(doc, BadRecord):
            bad.append(doc)
            continue
        try:
            text = load_text(doc)
        except IngestError as exc:
            bad.append(BadRecord(doc.source, "text", exc.reason))
            continue
        except Exception as exc:  # noqa: BLE001 - one odd document must not stop a scan of millions
            bad.append(BadRecord(doc.source, "text", f"cannot be read ({type(exc).__name__}: {exc})"))
            continue
        doc_bytes.append(_utf8_size(text))
        doc_ids.append(doc.doc_id)
        for hit in scan_text(text):
            columns["doc_id"].append(doc.doc_id)
            columns["signal"].append(hit.signal)
            columns["value"].append(hit.value)
            columns["start"].append(hit.start)
            columns["end"].append(hit.end)
            columns["quote"].append(hit.quote)
            columns["court"].append(doc.court)
            columns["date_filed"].append(doc.date_filed)
            columns["court_id"].append(doc.court_id)
            columns["source"].append(doc.source)
    return BatchResult(columns, doc_ids, doc_bytes, bad, input_bytes)
