"""Fixtures for the corpus-scan tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_helpers import write_jsonl


@pytest.fixture
def corpus_jsonl(tmp_path: Path) -> Path:
    """A four-document JSON Lines corpus."""
    return write_jsonl(tmp_path / "opinions.jsonl")
