"""The README's commands stay true: its worked example runs, and the demo script succeeds."""

from __future__ import annotations

import glob
import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dayincourt.cli import app

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text()
SHARED = REPO.parent / "shared"


def readme_block(heading: str) -> list[str]:
    """The command lines of the first ```sh block after a heading."""
    section = README.split(heading, 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, flags=re.S).group(1)
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_every_documented_command_exists():
    """Every `dayincourt X Y` the README or docs/ mention is a real command (its --help works)."""
    texts = [README] + [p.read_text() for p in sorted((REPO / "docs").glob("*.md"))]
    runner = CliRunner()
    groups = {"case", "db", "user", "corpus", "registry"}
    seen = set()
    for text in texts:
        # Commands in backticks or at the start of a line in a code block, not prose.
        for m in re.finditer(r"(?:`|^|\$ )dayincourt ((?:[a-z]+)(?: [a-z]+)?)", text, flags=re.M):
            words = m.group(1).split()
            cmd = tuple(words if words[0] in groups and len(words) > 1 else words[:1])
            seen.add(cmd)
    for cmd in sorted(seen):
        if cmd[0] in ("case", "db", "user", "corpus", "registry") and len(cmd) == 1:
            continue
        res = runner.invoke(app, [*cmd, "--help"])
        assert res.exit_code == 0, f"README/docs mention `dayincourt {' '.join(cmd)}`, which does not exist"


def test_worked_example_runs(tmp_path, monkeypatch):
    """The "A case, end to end" block, run line by line (stdout redirections honoured)."""
    if not (SHARED / "data" / "seed_article_miller.txt").exists():
        pytest.skip(f"shared data not found under {SHARED}")
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("DAYINCOURT_DATABASE_URL", f"sqlite:///{tmp_path / 'readme.sqlite'}")
    runner = CliRunner()
    for line in readme_block("### A case, end to end"):
        command, _, target = line.partition(" > ")
        argv = shlex.split(command)
        assert argv[0] == "dayincourt"
        argv = [str(tmp_path / a) if a.startswith("out/") or a == "draft.yaml" else a for a in argv[1:]]
        argv = [g for a in argv for g in (sorted(glob.glob(a)) if "*" in a else [a])]
        (tmp_path / "out").mkdir(exist_ok=True)
        res = runner.invoke(app, argv)
        assert res.exit_code == 0, f"{line}\n{res.output}"
        if target:
            (tmp_path / target.strip()).write_text(res.stdout)
    assert (tmp_path / "out" / "guidry.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.slow
def test_demo_script_succeeds(tmp_path):
    """`scripts/demo` (the README's first command) without the final web server."""
    env = {**os.environ, "DEMO_SERVE": "0", "AS_OF": "2026-11-28",
           "DAYINCOURT_DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite'}"}
    proc = subprocess.run(["bash", "scripts/demo"], cwd=REPO, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    for example in sorted((REPO / "examples").glob("*.case.yaml")):
        stem = example.name.removesuffix(".case.yaml")
        for fmt in ("md", "html", "pdf"):
            assert (REPO / "out" / f"{stem}.{fmt}").stat().st_size > 1000
