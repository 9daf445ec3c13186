"""Fixtures of the report tests: golden files, the example cases, a fixed clock."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
GOLDEN = Path(__file__).resolve().parent / "golden"

AS_OF = dt.date(2026, 11, 28)
GENERATED_AT = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.timezone.utc)
VERSION = "0.0.0-golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--regen-golden", action="store_true", default=False,
                     help="rewrite tests/report/golden/* from the current output")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a visible skip when that data is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


def example_cases() -> list[Path]:
    """Every example the memo must render: examples/*.yaml, the spec example, the screen dev set."""
    found = sorted((REPO / "examples").glob("*.yaml"))
    found.append(SHARED / "spec" / "examples" / "miller.case.yaml")
    found += sorted((SHARED / "eval" / "screen-dev").glob("*.case.yaml"))
    return found


@pytest.fixture
def golden(request: pytest.FixtureRequest):
    """``golden(name, text)``: compare with tests/report/golden/NAME, or rewrite it when asked.

    Regenerate with ``DAYINCOURT_REGEN_GOLDEN=1`` or ``pytest tests/report --regen-golden``,
    then review the diff.
    """
    regen = os.environ.get("DAYINCOURT_REGEN_GOLDEN") == "1" or request.config.getoption(
        "--regen-golden", default=False)

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if regen:
            path.write_text(text, encoding="utf-8")
            return
        if not path.exists():
            pytest.fail(f"no golden file {path}; run with DAYINCOURT_REGEN_GOLDEN=1 and review it")
        assert text == path.read_text(encoding="utf-8"), (
            f"{name} differs from its golden file; if the change is intended, regenerate with "
            "DAYINCOURT_REGEN_GOLDEN=1 and review the diff")

    return check
