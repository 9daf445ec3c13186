"""Counts over a scan's Parquet output through DuckDB, and an optional chart."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

CHART_SUFFIXES = (".png", ".svg")


class SummaryError(ValueError):
    """The Parquet file cannot be summarized (missing, unreadable, not a scan output)."""


@dataclass(frozen=True, slots=True)
class Count:
    """One cell of a summary: how many rows and distinct documents have a signal.

    Attributes:
        key: The court or the year (None when the records do not say).
        signal: The signal name.
        rows: Signal occurrences.
        documents: Distinct documents with that signal.
    """

    key: str | None
    signal: str
    rows: int
    documents: int


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts by signal, by court and signal, and by year and signal."""

    path: str
    rows: int
    documents: int
    by_signal: tuple[Count, ...]
    by_court: tuple[Count, ...]
    by_year: tuple[Count, ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able form."""

        def cells(counts: tuple[Count, ...], key: str | None) -> list[dict[str, Any]]:
            return [
                ({key: c.key} if key else {}) | {"signal": c.signal, "rows": c.rows, "documents": c.documents}
                for c in counts
            ]

        return {
            "path": self.path,
            "rows": self.rows,
            "documents": self.documents,
            "by_signal": cells(self.by_signal, None),
            "by_court": cells(self.by_court, "court"),
            "by_year": cells(self.by_year, "year"),
        }


_GROUPED = """
    SELECT {key} AS key, signal, count(*) AS n_rows, count(DISTINCT doc_id) AS n_docs
    FROM read_parquet($path)
    GROUP BY ALL
    ORDER BY {order}
"""


def summarize(path: Path) -> Summary:
    """Count the signals of a scan output by signal, court and year.

    The court is ``court_id`` when the output has it, else ``court``; the year is the first
    four digits of ``date_filed``.

    Raises:
        SummaryError: The file is missing or is not a scan output.
    """
    if not path.is_file():
        raise SummaryError(f"{path}: no such file")
    con = duckdb.connect()
    try:
        columns = {r[0] for r in con.execute("DESCRIBE SELECT * FROM read_parquet($path)", {"path": str(path)}).fetchall()}
        missing = {"doc_id", "signal", "court", "date_filed"} - columns
        if missing:
            raise SummaryError(f"{path}: not a corpus scan output (no column {', '.join(sorted(missing))})")
        court = "coalesce(court_id, court)" if "court_id" in columns else "court"
        year = "CASE WHEN regexp_matches(date_filed, '^[0-9]{4}') THEN substr(date_filed, 1, 4) END"

        def grouped(key: str, order: str) -> tuple[Count, ...]:
            sql = _GROUPED.format(key=key, order=order)
            return tuple(Count(*row) for row in con.execute(sql, {"path": str(path)}).fetchall())

        by_signal = grouped("NULL", "n_rows DESC, signal")
        total_rows, total_docs = con.execute(
            "SELECT count(*), count(DISTINCT doc_id) FROM read_parquet($path)", {"path": str(path)}
        ).fetchone()
        return Summary(
            path=str(path),
            rows=total_rows,
            documents=total_docs,
            by_signal=by_signal,
            by_court=grouped(court, "key NULLS LAST, signal"),
            by_year=grouped(year, "key NULLS LAST, signal"),
        )
    except duckdb.Error as exc:
        raise SummaryError(f"{path}: cannot read as Parquet ({exc})") from exc
    finally:
        con.close()


def render_chart(summary: Summary, path: Path) -> None:
    """Draw documents per year for each signal, as PNG or SVG (from the file name).

    Raises:
        SummaryError: The suffix is neither .png nor .svg.
    """
    if path.suffix.lower() not in CHART_SUFFIXES:
        raise SummaryError(f"{path}: a chart is written as .png or .svg")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    years = sorted({c.key for c in summary.by_year if c.key is not None})
    fig, ax = plt.subplots(figsize=(10, 5.5))
    for signal in sorted({c.signal for c in summary.by_year}):
        per_year = {c.key: c.documents for c in summary.by_year if c.signal == signal}
        ax.plot([int(y) for y in years], [per_year.get(y, 0) for y in years], marker="o", ms=3, label=signal)
    ax.set_xlabel("year filed")
    ax.set_ylabel("documents with the signal")
    ax.set_title(f"Corpus signals by year ({summary.documents} documents with a signal)")
    ax.legend(fontsize=8, ncol=2)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, metadata={"Date": None} if path.suffix.lower() == ".svg" else None)
    plt.close(fig)
