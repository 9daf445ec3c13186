"""`dayincourt db ...`: where the case database is, migrating it, backing it up."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
import typer

from ..store import StoreError, current_revisions, default_database_url, open_store, upgrade_database
from ._common import fail

db_app = typer.Typer(name="db", help="The case database: path, migrations, backups.", no_args_is_help=True)

DB_HELP = "Database URL (sqlite:///PATH or postgresql+psycopg://...); default: $DAYINCOURT_DATABASE_URL, else a file in the user data directory."


@db_app.callback()
def _group(ctx: typer.Context,
           db: str | None = typer.Option(None, "--db", envvar="DAYINCOURT_DATABASE_URL", help=DB_HELP)) -> None:
    ctx.obj = db


@db_app.command("path")
def path(ctx: typer.Context) -> None:
    """Print the URL of the database in use (password hidden); nothing is created.

    Example:

        dayincourt db path
    """
    typer.echo(sa.make_url(ctx.obj or default_database_url()).render_as_string(hide_password=True))


@db_app.command("upgrade")
def upgrade(ctx: typer.Context) -> None:
    """Create the database if needed and apply every pending migration (all heads).

    Example:

        dayincourt db upgrade
        dayincourt db --db postgresql+psycopg://me@db.example.org/cases upgrade
    """
    try:
        store = open_store(ctx.obj, migrate=False)
    except StoreError as exc:
        raise fail(f"error: {exc}") from None
    with store:
        try:
            applied = upgrade_database(store.engine)
        except sa.exc.SQLAlchemyError as exc:
            raise fail(f"error: cannot upgrade {store.url}: {str(getattr(exc, 'orig', exc)).splitlines()[0]}") from None
        revisions = ", ".join(sorted(current_revisions(store.engine)))
    typer.echo(f"{'upgraded' if applied else 'already up to date'}: at {revisions}")


@db_app.command("backup")
def backup(
    ctx: typer.Context,
    target: Path = typer.Argument(..., help="File to write; it must not exist yet."),
    fmt: str = typer.Option(None, "--format", "-f",
                            help="sqlite (a copy of the SQLite file; default for SQLite) or jsonl (JSON Lines of every case and audit event; default for PostgreSQL and for a .jsonl TARGET)."),
) -> None:
    """Write a consistent copy of the case database while it stays in use.

    Example:

        dayincourt db backup cases-2026-11-28.sqlite
        dayincourt db --db postgresql+psycopg://me@db.example.org/cases backup cases.jsonl
    """
    if fmt not in (None, "sqlite", "jsonl"):
        raise fail(f"error: --format: {fmt!r} is not one of 'sqlite', 'jsonl'")
    try:
        with open_store(ctx.obj) as store:
            written = store.backup(target, fmt)  # type: ignore[arg-type]
    except StoreError as exc:
        raise fail(f"error: {exc}") from None
    except OSError as exc:
        raise fail(f"error: {target}: cannot write: {exc.strerror}") from None
    typer.echo(f"backed up to {written}")


@db_app.command("restore")
def restore(ctx: typer.Context,
            source: Path = typer.Argument(..., help="A JSON Lines backup written by `dayincourt db backup --format jsonl`.")) -> None:
    """Load a JSON Lines backup into an empty database (also moves a store from SQLite to PostgreSQL).

    Example:

        dayincourt db --db postgresql+psycopg://me@db.example.org/cases restore cases.jsonl
    """
    try:
        with open_store(ctx.obj) as store:
            count = store.restore_backup(source)
    except StoreError as exc:
        raise fail(f"error: {exc}") from None
    except OSError as exc:
        raise fail(f"{source}: cannot read: {exc.strerror}") from None
    except ValueError as exc:  # a line that is not JSON, or a case that is not valid
        raise fail(f"{source}: {str(exc).splitlines()[0]}") from None
    typer.echo(f"restored {count} case(s) from {source}")


def register(app: typer.Typer) -> None:
    """Add the ``db`` command group to the main app."""
    app.add_typer(db_app)
