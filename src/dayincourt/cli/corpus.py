"""`dayincourt corpus scan` and `dayincourt corpus summary`."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..corpus import (
    ENGINES,
    MAX_BAD_EXAMPLES,
    BadRecord,
    EngineError,
    OutputError,
    ScanProgress,
    SummaryError,
    render_chart,
    scan_corpus,
    summarize,
)
from ._common import console, err_console

corpus_app = typer.Typer(
    help="Scan court-opinion corpora for wrongful-conviction signals and count them.",
    no_args_is_help=True,
)


def scan(
    inputs: list[Path] = typer.Argument(
        ..., help="Directories of .txt/.html/.pdf, .jsonl(.gz|.bz2) files, or CourtListener opinion .csv(.gz|.bz2)."
    ),
    out: Path = typer.Option(..., "--out", "-o", help="Parquet file to write, one row per signal."),
    engine: str = typer.Option("local", "--engine", help=f"Where to run: {' or '.join(ENGINES)}."),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Dask scheduler tcp://HOST:PORT (dask engine; default a LocalCluster on 127.0.0.1)."
    ),
    workers: int | None = typer.Option(None, "--workers", "-j", min=1, help="Parallel workers (default: every core)."),
    resume: bool = typer.Option(False, "--resume", help="Keep OUT and skip documents an earlier run scanned."),
    batch_mb: float = typer.Option(
        4.0, "--batch-mb", min=0.01, help="Text per batch sent to a worker, in MB (compressed, CSV and directory inputs)."
    ),
    shard_mb: float = typer.Option(
        8.0, "--shard-mb", min=0.0,
        help="Plain .jsonl per shard that a worker reads itself, in MB; 0 streams it through this process instead.",
    ),
) -> None:
    """Scan opinions for jury splits, recantations, innocence, Brady and IAC claims, DNA testing,
    exonerations and life or death sentences; write one Parquet row per signal found.

    A keyword prefilter finds candidate windows and the precise finders read only those, so
    the scan runs at tens of MB/s per core. Plain .jsonl files are cut into byte-range shards
    that the workers read and parse themselves; other inputs are streamed (bounded memory). With
    --engine dask the workers must see the input files at the same paths. OUT.scanned
    beside the output records every document scanned, which --resume uses. An unreadable
    record is reported on stderr and counted, and the scan goes on (exit status 1 at the end).
    The last line printed is: scanned N documents (M MB) in S s: R docs/s, K signals

    Example:

        dayincourt corpus scan opinions.jsonl.gz opinions-2024.csv.bz2 --out signals.parquet

        dayincourt corpus scan ./pdfs --out signals.parquet --engine dask --scheduler tcp://10.0.0.5:8786
    """
    shown = 0

    def on_bad(bad: BadRecord) -> None:
        nonlocal shown
        if shown < MAX_BAD_EXAMPLES:
            typer.echo(bad.line(), err=True)
        shown += 1

    columns = (
        SpinnerColumn(),
        TextColumn("[bold]scanning"),
        BarColumn(),
        TextColumn("{task.fields[docs]} docs  {task.fields[rate]:.0f} docs/s  {task.fields[mbs]:.1f} MB/s"),
        TextColumn("{task.fields[signals]} signals"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err_console, disable=not err_console.is_terminal, transient=True) as bar:
        task = bar.add_task("scan", total=None, docs=0, rate=0.0, mbs=0.0, signals=0)

        def on_progress(p: ScanProgress) -> None:
            seconds = max(p.seconds, 1e-9)
            bar.update(
                task,
                total=p.input_total,
                completed=p.input_bytes,
                docs=p.documents,
                rate=p.documents / seconds,
                mbs=p.text_bytes / 1e6 / seconds,
                signals=p.signals,
            )

        try:
            stats = scan_corpus(
                inputs,
                out,
                engine=engine,
                workers=workers,
                scheduler=scheduler,
                resume=resume,
                batch_bytes=int(batch_mb * 1e6),
                shard_bytes=int(shard_mb * 1e6) or None,
                progress=on_progress,
                on_bad=on_bad,
            )
        except EngineError as exc:
            typer.echo(f"--engine {engine}: {exc}", err=True)
            raise typer.Exit(2) from None
        except OutputError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(2) from None
    if stats.bad > MAX_BAD_EXAMPLES:
        typer.echo(f"... {stats.bad - MAX_BAD_EXAMPLES} more unreadable records not shown", err=True)
    if stats.bad:
        typer.echo(f"{stats.bad} unreadable records counted and skipped", err=True)
    if stats.skipped:
        typer.echo(f"{stats.skipped} documents skipped: already in {out} (--resume)", err=True)
    typer.echo(stats.final_line())
    raise typer.Exit(1 if stats.bad else 0)


def summary(
    parquet: Path = typer.Argument(..., help="A corpus scan output (.parquet)."),
    chart: Path | None = typer.Option(None, "--chart", help="Also draw documents per year and signal (.png or .svg)."),
    fmt: str = typer.Option("table", "--format", help="table or json."),
    top: int = typer.Option(20, "--top", min=1, help="Courts and years shown per table (table format)."),
) -> None:
    """Count a scan's signals by signal, court and year (through DuckDB).

    Example:

        dayincourt corpus summary signals.parquet --chart signals-by-year.svg

        dayincourt corpus summary signals.parquet --format json > counts.json
    """
    if fmt not in ("table", "json"):
        raise typer.BadParameter("choose table or json", param_hint="--format")
    try:
        result = summarize(parquet)
        if chart is not None:
            render_chart(result, chart)
    except SummaryError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from None
    if fmt == "json":
        typer.echo(json.dumps(result.to_dict(), indent=2))
        return
    console.print(f"{result.rows} signals in {result.documents} documents ({parquet})", highlight=False)
    for title, counts, key in (
        ("By signal", result.by_signal, None),
        ("By court (most signals first)", _top(result.by_court, top), "court"),
        ("By year (most recent first)", _recent(result.by_year, top), "year"),
    ):
        table = Table(title=title, title_justify="left")
        if key:
            table.add_column(key)
        for name in ("signal", "rows", "documents"):
            table.add_column(name, justify="right" if name != "signal" else "left")
        for c in counts:
            cells = [str(c.rows), str(c.documents)]
            table.add_row(*([c.key or "(unknown)"] if key else []), c.signal, *cells)
        console.print(table)
    if chart is not None:
        console.print(f"chart written to {chart}", highlight=False)


def _top(counts: tuple, n: int) -> list:
    totals: dict = {}
    for c in counts:
        totals[c.key] = totals.get(c.key, 0) + c.rows
    keep = set(sorted(totals, key=lambda k: (-totals[k], k or ""))[:n])
    return sorted((c for c in counts if c.key in keep), key=lambda c: (-totals[c.key], c.key or "", c.signal))


def _recent(counts: tuple, n: int) -> list:
    keys = sorted({c.key for c in counts if c.key}, reverse=True)[:n]
    return [c for k in keys for c in counts if c.key == k]


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    corpus_app.command()(scan)
    corpus_app.command()(summary)
    app.add_typer(corpus_app, name="corpus")
