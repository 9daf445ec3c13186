"""`dayincourt case ...`: add, list, show, export, delete, restore and audit stored cases."""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from ..casefile import Case, CaseFileError, Proceeding, Provenance, dumps_case, load_cases
from ..store import CaseExists, CaseNotFound, Store, StoreError, open_store
from ._common import console, fail

case_app = typer.Typer(
    name="case",
    help="Store and read case files in the case database (SQLite by default, PostgreSQL for teams).",
    no_args_is_help=True,
)

DB_HELP = "Database URL (sqlite:///PATH or postgresql+psycopg://...); default: $DAYINCOURT_DATABASE_URL, else a file in the user data directory."


def default_actor() -> str:
    """The OS user name, recorded in the audit log when --actor is not given."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return os.environ.get("USER") or "unknown"


def _store(ctx: typer.Context) -> Store:
    try:
        return open_store(ctx.obj)
    except StoreError as exc:
        raise fail(f"error: {exc}") from None


@case_app.callback()
def _group(ctx: typer.Context,
           db: str | None = typer.Option(None, "--db", envvar="DAYINCOURT_DATABASE_URL", help=DB_HELP)) -> None:
    ctx.obj = db


@case_app.command("add")
def add(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(..., help="Case files (.yaml, .yml, .json), `dayincourt extract` output, or JSON Lines of either."),
    replace: bool = typer.Option(False, "--replace", help="Replace a stored case that has the same id."),
    actor: str = typer.Option(None, "--actor", help="Who makes the change, for the audit log (default: the OS user)."),
) -> None:
    """Validate case files and store each one in its own transaction.

    A bad file is reported on stderr (one line per problem) and the others are
    still stored; the exit status is 1 if any file failed.

    Drafts written by `dayincourt extract` are accepted as they are.

    Example:

        dayincourt case add examples/*.yaml
        dayincourt case add --replace --actor jdoe guidry.case.yaml
        dayincourt extract opinion.pdf --format json > draft.json && dayincourt case add draft.json
    """
    actor = actor or default_actor()
    cases: list[tuple[Path, Case]] = []
    failed = False
    for path in files:
        try:
            cases.extend((path, case) for case in load_cases(path))
        except CaseFileError as exc:
            failed = True
            for line in exc.lines():
                typer.echo(line, err=True)
    if cases:
        with _store(ctx) as store:
            for path, case in cases:
                try:
                    (store.save_case if replace else store.add_case)(case, actor)
                except CaseExists as exc:
                    failed = True
                    typer.echo(f"{path}: id: {exc}; use --replace to update it", err=True)
                    continue
                except StoreError as exc:
                    failed = True
                    typer.echo(f"{path}: {exc}", err=True)
                    continue
                typer.echo(f"{path}: stored {case.id}")
    raise typer.Exit(1 if failed else 0)


def _yes_no(value: bool | None) -> str:
    return {True: "yes", False: "no", None: "unknown"}[value]


@case_app.command("list")
def list_(
    ctx: typer.Context,
    search: str = typer.Option(None, "--search", "-s", help="Only cases matching every word (names, people, offenses, notes, documents)."),
    jurisdiction: str = typer.Option(None, "--jurisdiction", help="Only this jurisdiction, e.g. US-LA."),
    limit: int = typer.Option(100, "--limit", min=1, help="At most this many cases."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many cases first."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List stored cases, most recently changed first.

    Example:

        dayincourt case list --search "miller jordan"
        dayincourt case list --json --jurisdiction US-LA
    """
    with _store(ctx) as store:
        summaries = store.list_cases(search, limit=limit, offset=offset, jurisdiction=jurisdiction)
        total = store.count_cases(search, jurisdiction=jurisdiction)
    if as_json:
        typer.echo(json.dumps([
            {"id": s.id, "title": s.title, "jurisdiction": s.jurisdiction, "county": s.county,
             "defendants": list(s.defendants), "non_unanimous": s.non_unanimous,
             "updated_at": s.updated_at.isoformat()} for s in summaries], indent=2, ensure_ascii=False))
        return
    table = Table(title=f"{total} case(s)" + (f" matching {search!r}" if search else ""))
    # Ids are what users type next: never shortened.
    table.add_column("ID", no_wrap=True, min_width=max((len(s.id) for s in summaries), default=2))
    for column in ("Title", "Jurisdiction", "County", "Defendants", "Non-unanimous", "Updated (UTC)"):
        table.add_column(column)
    for s in summaries:
        table.add_row(s.id, s.title or "", s.jurisdiction, s.county or "", ", ".join(s.defendants),
                      _yes_no(s.non_unanimous), s.updated_at.strftime("%Y-%m-%d %H:%M"))
    console.print(table)


def _get(ctx: typer.Context, case_id: str) -> Case:
    with _store(ctx) as store:
        try:
            return store.get_case(case_id)
        except CaseNotFound as exc:
            raise fail(f"error: {exc}") from None


def _sources(src: tuple[Provenance, ...] | None) -> str:
    """The source ids a fact rests on, each once, in order."""
    return ", ".join(dict.fromkeys(p.source for p in src or ()))


def _details(proceeding: Proceeding) -> str:
    """Verdict with its votes, sentence and claims of one proceeding, in a line."""
    parts = []
    v = proceeding.verdict
    if v:
        votes = f" {v.votes_guilty}-{v.votes_not_guilty}" if v.votes_guilty is not None and v.votes_not_guilty is not None else ""
        unanimous = {True: ", unanimous", False: ", non-unanimous", None: ""}[v.unanimous]
        parts.append(f"verdict: {v.outcome or '?'}{f' ({v.form})' if v.form else ''}{votes}{unanimous}")
    s = proceeding.sentence
    if s:
        years = f" {s.years:g} years" if s.years is not None else ""
        parts.append(f"sentence: {s.kind or s.text or '?'}{years}")
    if proceeding.claims:
        parts.append("claims: " + ", ".join(proceeding.claims))
    return "; ".join(parts)


@case_app.command("show")
def show(ctx: typer.Context, case_id: str = typer.Argument(..., help="The id of a stored case.")) -> None:
    """Show a readable summary of a stored case: people, charges, a dated timeline, testimony, evidence.

    Example:

        dayincourt case show la-guidry-2007
    """
    case = _get(ctx, case_id)
    console.print(f"[bold]{case.title or case.id}[/bold]  ({case.id})", highlight=False)
    place = ", ".join(x for x in (case.jurisdiction, case.county, case.trial_court) if x)
    console.print(place, highlight=False)
    if case.custody:
        since = f" since {case.custody.since}" if case.custody.since else ""
        console.print(f"Custody: {case.custody.status or 'unknown'}{since}", highlight=False)

    people = Table(title="People", title_justify="left")
    for column in ("Name", "Roles", "Also known as"):
        people.add_column(column)
    for p in case.people or ():
        people.add_row(p.name, ", ".join(p.roles or ()), ", ".join(p.aliases or ()))
    console.print(people)

    charges = Table(title="Charges", title_justify="left")
    for column in ("Offense", "Statute", "Date", "Convicted"):
        charges.add_column(column)
    for c in case.charges or ():
        charges.add_row(c.offense, c.statute or "", str(c.offense_date or ""), _yes_no(c.convicted))
    console.print(charges)

    # One line per step (long verdict details wrap instead of being cut off in a table cell).
    console.print("[italic]Timeline of proceedings[/italic]")
    for p in case.sorted_proceedings():
        line = p.kind.replace("_", " ") + (f" ({p.court})" if p.court else "")
        line += "".join(f"; {part}" for part in (p.outcome, _details(p)) if part)
        sources = _sources(p.src)
        console.print(f"  {str(p.when() or 'undated'):<10}  {line}" + (f"  [sources: {sources}]" if sources else ""),
                      highlight=False, markup=False)

    if case.testimony:
        testimony = Table(title="Testimony", title_justify="left")
        for column in ("Witness", "Subject", "At trial", "Recantation"):
            testimony.add_column(column)
        for t in case.testimony:
            person = case.person(t.witness)
            rec = t.recantation
            recanted = ""
            if rec:
                recanted = f"{rec.date or 'undated'} {rec.form or ''}".strip()
                if rec.alleges_coercion:
                    recanted += ", alleges coercion"
            testimony.add_row(person.name if person else t.witness, t.subject or "", _yes_no(t.at_trial), recanted)
        console.print(testimony)

    if case.evidence:
        evidence = Table(title="Evidence", title_justify="left")
        for column in ("Id", "Kind", "Favors", "Known at trial", "Discovered", "Description"):
            evidence.add_column(column)
        for e in case.evidence:
            evidence.add_row(e.id, e.kind, e.favors or "", _yes_no(e.known_at_trial), str(e.discovered or ""),
                             e.description)
        console.print(evidence)

    for f in case.factors or ():
        who = f" (asserted by {f.asserted_by})" if f.asserted_by else ""
        console.print(f"Factor {f.code}, {f.status or 'status unknown'}{who}: {f.description or ''}", highlight=False)
    if case.notes:
        console.print(f"Notes: {case.notes}", highlight=False)
    if case.sources:
        sources = Table(title="Sources", title_justify="left")
        for column in ("Id", "Kind", "Published", "Title", "Location"):
            sources.add_column(column)
        for src in case.sources:
            sources.add_row(src.id, src.kind or "", str(src.published or ""), src.title or "", src.location or "")
        console.print(sources)


@case_app.command("export")
def export(
    ctx: typer.Context,
    case_id: str = typer.Argument(..., help="The id of a stored case."),
    fmt: str = typer.Option("yaml", "--format", "-f", help="yaml or json."),
    out: Path = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Export a stored case as a dayincourt.case/1 file (YAML or JSON).

    Example:

        dayincourt case export la-guidry-2007 --format json --out guidry.case.json
    """
    if fmt not in ("yaml", "json"):
        raise fail(f"error: --format: {fmt!r} is not one of 'yaml', 'json'")
    text = dumps_case(_get(ctx, case_id), fmt)  # type: ignore[arg-type]
    if out is None:
        typer.echo(text, nl=False)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise fail(f"{out}: cannot write: {exc.strerror}") from None
    typer.echo(f"{out}: exported {case_id}", err=True)


@case_app.command("delete")
def delete(
    ctx: typer.Context,
    case_id: str = typer.Argument(..., help="The id of a stored case."),
    actor: str = typer.Option(None, "--actor", help="Who makes the change (default: the OS user)."),
) -> None:
    """Delete a case: it is hidden from lists and searches; its history is kept and it can be restored.

    Example:

        dayincourt case delete la-guidry-2007
    """
    with _store(ctx) as store:
        try:
            store.delete_case(case_id, actor or default_actor())
        except CaseNotFound as exc:
            raise fail(f"error: {exc}") from None
    typer.echo(f"deleted {case_id} (history kept; `dayincourt case restore {case_id}` brings it back)")


@case_app.command("restore")
def restore(
    ctx: typer.Context,
    case_id: str = typer.Argument(..., help="The id of a deleted case."),
    actor: str = typer.Option(None, "--actor", help="Who makes the change (default: the OS user)."),
) -> None:
    """Bring back a deleted case as it was when deleted.

    Example:

        dayincourt case restore la-guidry-2007
    """
    with _store(ctx) as store:
        try:
            store.restore_case(case_id, actor or default_actor())
        except CaseNotFound as exc:
            raise fail(f"error: {exc}") from None
    typer.echo(f"restored {case_id}")


def changed_fields(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """Top-level fields of a case that differ between two versions."""
    before, after = before or {}, after or {}
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


@case_app.command("history")
def history(
    ctx: typer.Context,
    case_id: str = typer.Argument(..., help="The id of a case (deleted cases too)."),
    as_json: bool = typer.Option(False, "--json", help="Print every event with the case before and after."),
) -> None:
    """Show the audit log of a case: who changed what, and when (UTC).

    Example:

        dayincourt case history la-guidry-2007
        dayincourt case history la-guidry-2007 --json
    """
    with _store(ctx) as store:
        try:
            events = store.history(case_id)
        except CaseNotFound as exc:
            raise fail(f"error: {exc}") from None
    if as_json:
        typer.echo(json.dumps([
            {"id": e.id, "case_id": e.case_id, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
             "before": e.before, "after": e.after} for e in events], indent=2, ensure_ascii=False))
        return
    table = Table(title=f"History of {case_id}", title_justify="left")
    for column in ("When (UTC)", "Actor", "Action", "Fields changed"):
        table.add_column(column)
    for e in events:
        fields = "" if e.action in ("add", "delete", "restore") else ", ".join(changed_fields(e.before, e.after))
        table.add_row(e.at.strftime("%Y-%m-%d %H:%M:%S"), e.actor, e.action, fields)
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add the ``case`` command group to the main app."""
    app.add_typer(case_app)
