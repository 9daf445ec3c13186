"""`dayincourt report`: the case memo as Markdown, HTML or PDF, and the timeline as SVG."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import typer

from ..casefile import Case, CaseFileError, load_case
from ._common import fail, parse_as_of

_SUFFIX_FORMAT = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}
_CASE_SUFFIXES = {".yaml", ".yml", ".json"}


def report(
    case_ref: str = typer.Argument(..., metavar="CASE",
                                   help="A case file (.yaml, .yml, .json) or the id of a stored case."),
    as_of: str = typer.Option(None, "--as-of", help="Date the memo speaks for, YYYY-MM-DD "
                              "(default: today)."),
    fmt: str = typer.Option(None, "--format", "-f", help="md, html or pdf (default: from the "
                            "--out suffix, else md)."),
    out: Path = typer.Option(None, "--out", "-o", help="Write the memo here (default: standard "
                             "output; required for pdf).", dir_okay=False),
    svg: Path = typer.Option(None, "--svg", help="Also write the timeline chart as SVG here.",
                             dir_okay=False),
    similar: bool = typer.Option(True, "--similar/--no-similar", help="List similar exonerations "
                                 "when the registry is loaded."),
    db: str = typer.Option(None, "--db", help="Store URL for stored cases and the registry "
                           "(default: $DAYINCOURT_DATABASE_URL, else the user data directory)."),
) -> None:
    """Write a case memo: summary, timeline, people, charges and verdicts, testimony,
    evidence, screening per remedy, contributing factors and sources with footnotes.

    CASE is a case file or a stored case id. The memo is not legal advice.

    Example:

        dayincourt report miller.case.yaml --as-of 2026-11-28 --out miller.pdf

        dayincourt report la-miller-2002 -o miller.html --svg miller.svg
    """
    from ..law import screen
    from ..report import FORMATS, render_report, render_timeline_svg

    day = parse_as_of(as_of)
    if fmt is None:
        fmt = _SUFFIX_FORMAT.get(out.suffix.lower(), "md") if out is not None else "md"
    if fmt not in FORMATS:
        raise fail(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}", 2)
    if fmt == "pdf" and out is None:
        raise fail("--out: a PDF memo needs a file to write to (for example --out memo.pdf)", 2)
    case = _load(case_ref, db)
    screening = screen(case, day)
    rows = _similar(case, db) if similar else None
    body = render_report(case, day, fmt, generated_at=dt.datetime.now(dt.timezone.utc),  # type: ignore[arg-type]
                         similar=rows, screening=screening)
    if out is None:
        sys.stdout.write(body.decode("utf-8"))
    else:
        _write(out, body)
        typer.echo(f"{out}: {fmt} memo for {case.id} as of {day.isoformat()}", err=True)
    if svg is not None:
        _write(svg, render_timeline_svg(case, day, screening=screening).encode("utf-8"))
        typer.echo(f"{svg}: timeline for {case.id}", err=True)


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise fail(f"{path}: cannot write: {exc.strerror or exc}") from None


def _load(ref: str, db: str | None) -> Case:
    """A case from a file, or from the store when ``ref`` is not a file name."""
    path = Path(ref)
    if path.exists() or path.suffix.lower() in _CASE_SUFFIXES:
        try:
            return load_case(path)
        except CaseFileError as exc:
            for line in exc.lines():
                typer.echo(line, err=True)
            raise typer.Exit(1) from None
    from ..store import CaseNotFound, StoreError, open_store  # the store loads only when asked

    try:
        return open_store(db).get_case(ref)
    except CaseNotFound:
        raise fail(f"{ref}: no such case file, and no stored case with that id") from None
    except StoreError as exc:
        raise fail(f"{ref}: cannot read the case store: {exc}") from None


def _similar(case: Case, db: str | None) -> list | None:  # type: ignore[type-arg]
    """Similar exonerations when the registry holds data; ``None`` when it is not loaded."""
    from ..registry import registry_stats, similar_exonerations
    from ..report.memo import SIMILAR_LIMIT
    from ..store import StoreError, open_store

    try:
        store = open_store(db)
        if registry_stats(store).count == 0:
            return None
        return similar_exonerations(store, case, top=SIMILAR_LIMIT)
    except StoreError as exc:
        typer.echo(f"note: similar exonerations left out: cannot read the store: {exc}", err=True)
        return None


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command()(report)
