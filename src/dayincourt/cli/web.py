"""`dayincourt serve` and `dayincourt user add|passwd|token|join`: the web workbench and its accounts."""

from __future__ import annotations

import ipaddress
import sys

import typer

from ._common import fail

user_app = typer.Typer(name="user", help="Web workbench accounts: add users, set passwords, make API tokens.",
                       no_args_is_help=True)

DB_HELP = ("Database URL (sqlite:///PATH or postgresql+psycopg://...); default: $DAYINCOURT_DATABASE_URL, "
           "else a file in the user data directory.")
ROLES_HELP = "admin (everything, user management), attorney (read, write, delete), staff (read, write), viewer (read)"


@user_app.callback()
def _group(ctx: typer.Context,
           db: str | None = typer.Option(None, "--db", envvar="DAYINCOURT_DATABASE_URL", help=DB_HELP)) -> None:
    ctx.obj = db


def _engine(ctx: typer.Context):  # noqa: ANN202
    from ..store import open_store

    try:
        return open_store(ctx.obj).engine
    except Exception as exc:  # any connection or migration failure: one line, not a traceback
        raise fail(f"error: cannot open the case database: {exc}") from None


def _password_from_stdin(use_stdin: bool) -> str | None:
    if not use_stdin:
        return None
    return sys.stdin.readline().rstrip("\r\n")


@user_app.command("add")
def add(ctx: typer.Context,
        username: str = typer.Argument(..., help="Login name (letters, digits, . _ @ -)."),
        role: str = typer.Option("staff", "--role", help=ROLES_HELP),
        team: list[str] = typer.Option(["default"], "--team", help="Team to join (repeatable); created if new."),
        password_stdin: bool = typer.Option(False, "--password-stdin",
                                            help="Read the password from stdin instead of generating one.")) -> None:
    """Add a user; a generated one-time password is printed once.

    Example:

        dayincourt user add jdoe --role attorney --team innocence-clinic
        echo 'a long passphrase' | dayincourt user add rsmith --role viewer --password-stdin
    """
    from ..web import AccountError, create_user

    try:
        password = create_user(_engine(ctx), username, role, _password_from_stdin(password_stdin),
                               teams=tuple(team))
    except AccountError as exc:
        raise fail(f"error: user add: {exc}") from None
    if password_stdin:
        typer.echo(f"added {username} ({role}; teams: {', '.join(team)})")
    else:
        typer.echo(f"added {username} ({role}; teams: {', '.join(team)}); one-time password: {password}")


@user_app.command("passwd")
def passwd(ctx: typer.Context, username: str = typer.Argument(..., help="Login name."),
           password_stdin: bool = typer.Option(False, "--password-stdin",
                                               help="Read the new password from stdin instead of generating one.")) -> None:
    """Set a new password (ends the user's open sessions); a generated one is printed once.

    Example:

        dayincourt user passwd jdoe
    """
    from ..web import AccountError, set_password

    try:
        password = set_password(_engine(ctx), username, _password_from_stdin(password_stdin))
    except AccountError as exc:
        raise fail(f"error: user passwd: {exc}") from None
    typer.echo(f"password of {username} changed" + ("" if password_stdin else f"; new password: {password}"))


@user_app.command("token")
def token(ctx: typer.Context, username: str = typer.Argument(..., help="Login name."),
          name: str = typer.Option("script", "--name", help="A label to recognize the token by.")) -> None:
    """Make an API token for scripts (shown once; send it as 'Authorization: Bearer TOKEN').

    Example:

        dayincourt user token jdoe --name nightly-export
        curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8000/api/v1/cases
    """
    from ..web import AccountError, create_token

    try:
        value = create_token(_engine(ctx), username, name)
    except AccountError as exc:
        raise fail(f"error: user token: {exc}") from None
    typer.echo(value)


@user_app.command("join")
def join(ctx: typer.Context, username: str = typer.Argument(..., help="Login name."),
         team: str = typer.Argument(..., help="Team name; created if new.")) -> None:
    """Add a user to a team, so they can read and write its cases.

    Example:

        dayincourt user join jdoe innocence-clinic
    """
    from ..web import AccountError, add_to_team

    try:
        add_to_team(_engine(ctx), username, team)
    except AccountError as exc:
        raise fail(f"error: user join: {exc}") from None
    typer.echo(f"{username} joined team {team}")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback by default)."),
          port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
          db: str | None = typer.Option(None, "--db", envvar="DAYINCOURT_DATABASE_URL", help=DB_HELP),
          secure_cookies: bool | None = typer.Option(
              None, "--secure-cookies/--insecure-cookies",
              help="Send the session cookie over HTTPS only. Default: on unless bound to loopback."),
          max_upload_mb: float = typer.Option(10.0, "--max-upload-mb", min=0.01, help="Largest document upload.")) -> None:
    """Run the web workbench; the first run creates user 'admin' and prints a one-time password.

    Example:

        dayincourt serve
        dayincourt serve --host 0.0.0.0 --port 8443 --secure-cookies   # behind a TLS proxy
    """
    import uvicorn

    from ..store import open_store
    from ..web import create_app, ensure_admin

    try:
        store = open_store(db)
    except Exception as exc:  # any connection or migration failure: one line, not a traceback
        raise fail(f"error: cannot open the case database: {exc}") from None
    password = ensure_admin(store)
    if password:
        typer.echo(f"created user 'admin' with one-time password: {password}\n"
                   "change it with: dayincourt user passwd admin")
    else:
        typer.echo("log in as an existing user; a new password for admin: dayincourt user passwd admin")
    secure = secure_cookies if secure_cookies is not None else not _is_loopback(host)
    app = create_app(db, secure_cookies=secure, max_upload_bytes=int(max_upload_mb * 1_000_000))
    typer.echo(f"dayincourt web workbench on http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=not _is_loopback(host))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("serve")(serve)
    app.add_typer(user_app)
