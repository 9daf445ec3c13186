"""`dayincourt registry import|stats|similar`: the National Registry of Exonerations."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..casefile import CaseFileError, load_case
from ..registry import (
    CITATION,
    RegistryError,
    StatsFilter,
    draw_stats_chart,
    import_registry,
    registry_stats,
    similar_exonerations,
)
from ..store import CaseNotFound, open_store
from ._common import console, err_console, fail

registry_app = typer.Typer(
    help="National Registry of Exonerations: import its exports, base rates, similar cases.",
    no_args_is_help=True,
)

DB_HELP = "Database URL (default: $DAYINCOURT_DATABASE_URL, else a file in the user data dir)."


@registry_app.command("import")
def import_cmd(
    files: list[Path] = typer.Argument(
        ..., help="NRE exports: the detailed fullcsv.csv or the public spreadsheet."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON summary per file."),
) -> None:
    """Import National Registry of Exonerations exports (format and encoding detected).

    Importing the same file twice changes nothing; a newer export updates rows by NRE id (the
    public sheet by a key derived from name, state, county and dates). A bad row is reported on
    stderr with its line number and skipped; the exit status is then 1.

    Example:

        dayincourt registry import ../shared/data/nre/fullcsv.csv
    """
    store = open_store(db)
    failed = False
    for path in files:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err_console, transient=True,
                      disable=not err_console.is_terminal) as bar:
            task = bar.add_task(f"importing {path.name}", total=None)
            try:
                summary = import_registry(
                    store, path, progress=lambda done, total: bar.update(task, completed=done,
                                                                         total=total))
            except RegistryError as exc:
                failed = True
                typer.echo(f"{path}: {exc}", err=True)
                continue
        for bad in summary.bad_rows:
            failed = True
            typer.echo(f"{path}: {bad}", err=True)
        for warning in summary.warnings:
            typer.echo(f"{path}: warning: {warning}", err=True)
        if as_json:
            typer.echo(json.dumps(summary.to_dict()))
        else:
            typer.echo(f"{path} ({summary.source_format}): {summary.rows} rows: "
                       f"{summary.inserted} inserted, {summary.updated} updated, "
                       f"{summary.unchanged} unchanged, {len(summary.bad_rows)} bad. "
                       f"Source: {CITATION}.")
    raise typer.Exit(1 if failed else 0)


def _parse_bound(value: str | None, option: str, end: bool) -> dt.date | None:
    if value is None:
        return None
    try:
        if len(value) == 4 and value.isdigit():
            return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not YYYY or YYYY-MM-DD",
                                 param_hint=option) from None


def _pct(share: float | None) -> str:
    return "—" if share is None else f"{100 * share:.1f}%"


@registry_app.command("stats")
def stats_cmd(
    state: str | None = typer.Option(
        None, "--state", help="State name, postal code, US-XX, Fed-XX or US-FED."),
    county: str | None = typer.Option(None, "--county", help="County or parish."),
    crime: str | None = typer.Option(None, "--crime", help="NRE worst crime, e.g. Murder."),
    since: str | None = typer.Option(
        None, "--since", help="Exonerated on or after (YYYY or YYYY-MM-DD)."),
    until: str | None = typer.Option(
        None, "--until", help="Exonerated on or before (YYYY or YYYY-MM-DD)."),
    chart: Path | None = typer.Option(
        None, "--chart", help="Also draw the figures to PATH.png or PATH.svg."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Base rates from the registry: counts, factor shares, misconduct, recanters, years lost.

    Shares are of all exonerations that match the filters (the NRE's convention).

    Example:

        dayincourt registry stats --state LA --since 2000 --chart la.svg
    """
    filters = StatsFilter(state=state, county=county, crime=crime,
                          since=_parse_bound(since, "--since", end=False),
                          until=_parse_bound(until, "--until", end=True))
    try:
        stats = registry_stats(open_store(db), filters)
    except ValueError as exc:
        raise fail(f"--state: {exc}") from None
    if chart is not None:
        try:
            draw_stats_chart(stats, chart)
        except RegistryError as exc:
            raise fail(f"--chart: {exc}") from None
    if as_json:
        typer.echo(json.dumps(stats.to_dict(), indent=2))
        return
    console.print(f"[bold]{stats.count}[/] exonerations ({filters.describe()})")
    table = Table("code", "factor", "count", "share")
    for s in stats.factors:
        table.add_row(s.code, s.label, str(s.count), _pct(s.share))
    console.print(table)
    table = Table("tag", "official misconduct subtype", "count", "share")
    for s in stats.misconduct:
        table.add_row(s.code, s.label, str(s.count), _pct(s.share))
    console.print(table)
    r = stats.recanters
    console.print(f"Known recanters: {r.count} ({_pct(r.share)}; coded in {r.coded})")
    for label, summary in (("Years lost", stats.years_lost),
                           ("Years from conviction to exoneration", stats.years_to_exoneration)):
        if summary.n:
            console.print(f"{label}: mean {summary.mean:.1f}, median {summary.median:.1f}, "
                          f"total {summary.total:.0f}, max {summary.maximum:.1f} (n={summary.n})")
    if chart is not None:
        console.print(f"Chart written to {chart}")
    console.print(f"Source: {CITATION}.")


@registry_app.command("similar")
def similar_cmd(
    case: str = typer.Argument(..., help="A case file path, or the id of a stored case."),
    top: int = typer.Option(10, "--top", min=1, help="How many exonerations to list."),
    as_json: bool = typer.Option(False, "--json", help="Print the list as JSON."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """The exonerations most like a case, each with the features it shares and its score.

    Score = sum of the weights of shared features (state 3, county 2, worst crime 3, each
    factor 1, recanters 2, form of conviction 1, decade 1); see docs/registry.md.

    Example:

        dayincourt registry similar ../shared/spec/examples/miller.case.yaml --top 5
    """
    store = open_store(db)
    path = Path(case)
    try:
        the_case = load_case(path) if path.exists() else store.get_case(case)
    except CaseFileError as exc:
        for line in exc.lines():
            typer.echo(line, err=True)
        raise typer.Exit(1) from None
    except CaseNotFound:
        raise fail(f"{case}: no such case file or stored case id") from None
    results = similar_exonerations(store, the_case, top=top)
    if as_json:
        typer.echo(json.dumps({"case": the_case.id, "citation": CITATION,
                               "similar": [s.to_dict() for s in results]}, indent=2))
        return
    if not results:
        console.print("No similar exonerations (is the registry imported? "
                      "dayincourt registry import FILE)")
        return
    table = Table("score", "name", "state / county", "worst crime", "exonerated", "shared")
    for s in results:
        table.add_row(f"{s.score:g}/{s.max_score:g}", s.name,
                      f"{s.state} / {s.county or '—'}", s.worst_crime or "—",
                      s.exoneration_date, ", ".join(f.value for f in s.shared))
    console.print(table)
    console.print(f"Source: {CITATION}. Similarity of registry features only; not legal advice.")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.add_typer(registry_app, name="registry")
