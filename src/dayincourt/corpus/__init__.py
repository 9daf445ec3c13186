"""Corpus scan: wrongful-conviction signals across millions of court opinions.

Two stages per document: an Aho-Corasick prefilter finds keyword windows, then the precise
finders (those of :mod:`dayincourt.extract` for jury splits and recantations, the patterns of
:mod:`.signals` for the rest) run on those windows only. Inputs are streamed, batches run on
a local process pool or a Dask cluster, and rows go to Parquet (CONTRACTS section 4).
Plain JSON Lines files are cut into byte-range shards that the workers read themselves.

Example:
    >>> from dayincourt.corpus import scan_text
    >>> [(h.signal, h.value) for h in scan_text("He was convicted by a 10-2 jury verdict.")]
    [('jury_split', '10-2')]
"""

from .engines import ENGINES, EngineError, default_workers
from .output import COLUMNS, SCHEMA, OutputError, ledger_path
from .pipeline import MAX_BAD_EXAMPLES, ScanProgress, ScanStats, scan_corpus
from .prefilter import Hit, Prefilter
from .signals import SIGNAL_NAMES, SIGNALS, SignalSpec
from .sources import BadRecord, Shard, SourceDoc, iter_documents, plan_shards, read_shard
from .summary import Count, Summary, SummaryError, render_chart, summarize
from .worker import scan_batch, scan_shard, scan_text

__all__ = [
    "BadRecord",
    "COLUMNS",
    "Count",
    "ENGINES",
    "EngineError",
    "Hit",
    "MAX_BAD_EXAMPLES",
    "OutputError",
    "Prefilter",
    "SCHEMA",
    "SIGNALS",
    "SIGNAL_NAMES",
    "ScanProgress",
    "ScanStats",
    "Shard",
    "SignalSpec",
    "SourceDoc",
    "Summary",
    "SummaryError",
    "default_workers",
    "iter_documents",
    "ledger_path",
    "plan_shards",
    "read_shard",
    "render_chart",
    "scan_batch",
    "scan_corpus",
    "scan_shard",
    "scan_text",
    "summarize",
]
