"""`dayincourt user add|passwd|token|join` and `dayincourt serve --help`."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner
from web_support import unique

from dayincourt.cli import app as cli
from dayincourt.web import accounts

runner = CliRunner()


def run(db_url: str, *args: str, stdin: str | None = None):
    return runner.invoke(cli, ["user", "--db", db_url, *args], input=stdin)


def test_add_prints_a_one_time_password_that_works(db_url, engine):
    name = unique("cli")
    result = run(db_url, "add", name, "--role", "attorney", "--team", "clinic-a", "--team", "clinic-b")
    assert result.exit_code == 0, result.output
    password = result.output.strip().rsplit(": ", 1)[1]
    user = accounts.authenticate(engine, name, password)
    assert user is not None and user.role == "attorney" and set(user.team_names) == {"clinic-a", "clinic-b"}


def test_passwd_from_stdin_and_token(db_url, engine):
    name = unique("cli")
    run(db_url, "add", name)
    result = run(db_url, "passwd", name, "--password-stdin", stdin="a brand new passphrase\n")
    assert result.exit_code == 0 and "passphrase" not in result.output
    assert accounts.authenticate(engine, name, "a brand new passphrase") is not None
    token = run(db_url, "token", name, "--name", "nightly").output.strip()
    assert accounts.user_for_token(engine, token).username == name
    assert run(db_url, "join", name, "clinic-c").exit_code == 0
    assert "clinic-c" in accounts.user_for_token(engine, token).team_names


@pytest.mark.parametrize(("args", "message"), [
    (("add", "x y"), "username"),
    (("add", "someone", "--role", "root"), "role"),
    (("passwd", "no-such-user-here"), "not found"),
    (("token", "no-such-user-here"), "not found"),
])
def test_errors_are_one_line_and_exit_1(db_url, args, message):
    result = run(db_url, *args)
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_serve_help_has_an_example():
    result = runner.invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "Example" in result.output and "127.0.0.1" in result.output
