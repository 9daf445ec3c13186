"""The ``dayincourt`` command line: a thin Typer skin over the library.

Each command group lives in its own module with a ``register(app)`` function.
"""

from __future__ import annotations

import typer

from . import casefile_cmds, case, corpus, db, extract, registry, report, screen, web

app = typer.Typer(
    name="dayincourt",
    help="Wrongful-conviction review: case files, extraction, screening, memos and corpus scans.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _module in (casefile_cmds, case, db, extract, screen, report, web, corpus, registry):
    _module.register(app)


def main() -> None:
    app()
