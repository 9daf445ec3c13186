"""`dayincourt screen` and `dayincourt rules`."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from ..casefile import Case, CaseFileError, load_case
from ..law import RemedyNotFound, format_rules, format_screening, get_remedy, list_remedies, screen
from ._common import fail, parse_as_of


class ScreenFormat(str, Enum):
    json = "json"
    text = "text"


def _load(target: str) -> Case:
    """A case file path, or else a case id looked up in the store (imported only when needed)."""
    path = Path(target)
    if path.exists() or path.suffix.lower() in (".yaml", ".yml", ".json") or "/" in target:
        return load_case(path)
    try:
        from ..store import CaseNotFound, StoreError, open_store
    except ImportError:
        raise fail(f"{target}: no such case file, and no case store is installed to look up a case id")
    try:
        return open_store().get_case(target)
    except CaseNotFound:
        raise fail(f"{target}: no such case file, and no stored case has this id")
    except StoreError as exc:
        raise fail(f"{target}: no such case file, and the case store could not be read: {exc}")


def screen_command(
    case: str = typer.Argument(..., metavar="CASEFILE|CASE_ID", help="A case file (.yaml/.json) or a stored case id."),
    as_of: str = typer.Option(None, "--as-of", help="Apply the law in force on this date (YYYY-MM-DD); default today."),
    fmt: ScreenFormat = typer.Option(ScreenFormat.text, "--format", "-f", help="json (CONTRACTS.md section 3) or text."),
) -> None:
    """Screen a case: which post-conviction remedies are open on a date, and why.

    Every remedy for the case's jurisdiction is listed (federal ones too) with its
    elements (met, unmet, unknown, for counsel), deadline and missing facts. An invalid
    case file prints the validate messages and exits 1. Not legal advice.

    Example:

        dayincourt screen ../shared/spec/examples/miller.case.yaml --as-of 2026-11-28
    """
    day = parse_as_of(as_of)
    try:
        loaded = _load(case)
    except CaseFileError as exc:
        for line in exc.lines():
            typer.echo(line, err=True)
        raise typer.Exit(1)
    result = screen(loaded, day)
    if fmt is ScreenFormat.json:
        typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_screening(result), nl=False)


def rules_command(
    remedy_id: str = typer.Argument(None, metavar="[ID]", help="A remedy id, e.g. us-la/ccrp-926.2; all when omitted."),
) -> None:
    """Print each remedy's rule text, authorities and in-force dates.

    Example:

        dayincourt rules us-la/ccrp-926.2
    """
    if remedy_id is None:
        typer.echo(format_rules(list_remedies()), nl=False)
        return
    try:
        remedy = get_remedy(remedy_id)
    except RemedyNotFound as exc:
        known = ", ".join(r.id for r in list_remedies())
        raise fail(f"{remedy_id}: {exc}; known ids: {known}")
    typer.echo(format_rules([remedy]), nl=False)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("screen")(screen_command)
    app.command("rules")(rules_command)
