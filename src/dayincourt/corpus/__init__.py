"""Corpus scan: wrongful-conviction signals across millions of court opinions.

Two stages per document: an Aho-Corasick prefilter finds keyword windows, then the precise
finders (those of :mod:`dayincourt.extract` for jury splits and recantations, the patterns of
:mod:`.signals` for the rest) run on those windows only. Inputs are streamed, batches run on
a local process pool or a Dask cluster, and rows go to Parquet (CONTRACTS section 4).

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
from .sources import BadRecord, SourceDoc, iter_documents
from .summary import Count, Summary, SummaryError, render_chart, summarize
from .worker import scan_batch, scan_text

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
    "SignalSpec",
    "SourceDoc",
    "Summary",
    "SummaryError",
    "default_workers",
    "iter_documents",
    "ledger_path",
    "render_chart",
    "scan_batch",
    "scan_corpus",
    "scan_text",
    "summarize",
]
