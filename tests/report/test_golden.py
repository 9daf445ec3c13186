"""Golden Markdown and HTML memos of every example case (real screening, fixed clock).

Regenerate after an intended change with ``DAYINCOURT_REGEN_GOLDEN=1 .venv/bin/pytest
tests/report/test_golden.py`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dayincourt.casefile import load_case
from dayincourt.report import render_report

from .conftest import AS_OF, GENERATED_AT, VERSION, example_cases


def golden_name(path: Path) -> str:
    # ../shared/spec/examples/X -> spec-X; examples/X -> examples-X; ../shared/eval/screen-dev/X
    prefix = "spec" if path.parent.parent.name == "spec" else path.parent.name
    return f"{prefix}-{path.name.split('.')[0]}"


CASES = example_cases()


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("path", CASES, ids=[golden_name(p) for p in CASES])
def test_memo_matches_golden(path, fmt, golden):
    if not path.exists():
        pytest.skip(f"example not found: {path}")
    case = load_case(path)
    first = render_report(case, AS_OF, fmt, generated_at=GENERATED_AT, version=VERSION)
    again = render_report(case, AS_OF, fmt, generated_at=GENERATED_AT, version=VERSION)
    assert first == again, "the memo must not change between runs"
    golden(f"{golden_name(path)}.{fmt}", first.decode("utf-8"))


def test_every_example_is_covered():
    names = {golden_name(p) for p in CASES}
    assert "spec-miller" in names and len(names) == len(CASES)
