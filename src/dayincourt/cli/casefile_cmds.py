"""`dayincourt validate` and `dayincourt schema`."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..casefile import CaseFileError, case_json_schema, load_case


def validate(
    files: list[Path] = typer.Argument(..., help="Case files (.yaml, .yml or .json)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing for valid files."),
) -> None:
    """Check case files against dayincourt.case/1 and its cross-references.

    Exit 0 when every file is valid; otherwise exit 1 with one line per problem
    naming the file, the JSON path and what is wrong.

    Example:

        dayincourt validate examples/*.yaml
    """
    failed = False
    for path in files:
        try:
            case = load_case(path)
        except CaseFileError as exc:
            failed = True
            for line in exc.lines():
                typer.echo(line, err=True)
            continue
        if not quiet:
            typer.echo(f"{path}: valid ({case.id})")
    raise typer.Exit(1 if failed else 0)


def schema() -> None:
    """Print the JSON Schema of dayincourt.case/1 that the model produces.

    Example:

        dayincourt schema > casefile.schema.json
    """
    typer.echo(json.dumps(case_json_schema(), indent=2))


def register(app: typer.Typer) -> None:
    app.command()(validate)
    app.command()(schema)
