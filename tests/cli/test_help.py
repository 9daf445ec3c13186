"""Every command has help text with an example (as sqlite-utils checks its CLI)."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from dayincourt.cli import app

runner = CliRunner()


def all_commands() -> list[tuple[str, object]]:
    root = typer.main.get_command(app)
    found: list[tuple[str, object]] = []

    def walk(cmd, path: str) -> None:
        # Typer ships its own click; tell groups by their sub-commands.
        if hasattr(cmd, "commands"):
            for name, sub in cmd.commands.items():
                walk(sub, f"{path} {name}".strip())
        else:
            found.append((path, cmd))

    walk(root, "")
    return found


COMMANDS = all_commands()


@pytest.mark.parametrize("path, cmd", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_command_has_help_with_example(path, cmd):
    assert cmd.help and cmd.help.strip(), f"dayincourt {path} has no help text"
    assert "Example" in cmd.help, f"dayincourt {path}: help text has no 'Example:' block"


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS])
def test_help_option_works(path):
    res = runner.invoke(app, [*path.split(), "--help"])
    assert res.exit_code == 0, res.output
    assert "Usage" in res.output


def test_groups_have_help():
    root = typer.main.get_command(app)
    for name, cmd in root.commands.items():
        if hasattr(cmd, "commands"):
            assert cmd.help, f"dayincourt {name} group has no help text"
