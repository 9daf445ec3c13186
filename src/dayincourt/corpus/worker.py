"""The scan function every engine runs: a batch of documents in, output rows out.

It is a plain module-level function of picklable values, so a local process pool and a Dask
cluster run exactly the same code and produce the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dayincourt.ingest import IngestError

from .output import COLUMNS
from .prefilter import Hit, Prefilter
from .sources import BadRecord, SourceDoc, load_text

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
    """What scanning one batch produced.

    Attributes:
        columns: Output rows as column lists (names as :data:`.output.COLUMNS`).
        doc_ids: Every document scanned, with or without signals.
        text_bytes: UTF-8 size of the texts scanned.
        bad: Documents that could not be read.
    """

    columns: dict[str, list] = field(default_factory=lambda: {c: [] for c in COLUMNS})
    doc_ids: list[str] = field(default_factory=list)
    text_bytes: int = 0
    bad: list[BadRecord] = field(default_factory=list)

    @property
    def signals(self) -> int:
        """Number of rows."""
        return len(self.columns["doc_id"])


def scan_batch(docs: tuple[SourceDoc, ...]) -> BatchResult:
    """Scan a batch of documents; a document that cannot be read is reported, not raised."""
    columns: dict[str, list] = {c: [] for c in COLUMNS}
    doc_ids: list[str] = []
    bad: list[BadRecord] = []
    size = 0
    for doc in docs:
        try:
            text = load_text(doc)
        except IngestError as exc:
            bad.append(BadRecord(doc.source, "text", exc.reason))
            continue
        except Exception as exc:  # noqa: BLE001 - one odd document must not stop a scan of millions
            bad.append(BadRecord(doc.source, "text", f"cannot be read ({type(exc).__name__}: {exc})"))
            continue
        size += len(text.encode("utf-8", "surrogatepass"))
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
    return BatchResult(columns=columns, doc_ids=doc_ids, text_bytes=size, bad=bad)
