"""Helpers shared by the CLI modules: consoles, dates, error exits."""

from __future__ import annotations

import datetime as dt
import sys

import typer
from rich.console import Console

console = Console()
err_console = Console(stderr=True)


def parse_as_of(value: str | None) -> dt.date:
    """--as-of YYYY-MM-DD; today only when not given (the CLI is the only place that reads the clock)."""
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD", param_hint="--as-of") from None


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print an error line on stderr and return the Exit to raise."""
    print(message, file=sys.stderr)
    return typer.Exit(code)
