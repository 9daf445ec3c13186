"""Helpers for extraction tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dayincourt.extract import extract_document
from dayincourt.extract.context import Context, build_context
from dayincourt.ingest import ingest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def shared(*parts: str) -> Path:
    """A path under ../shared, or a visible skip."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


def context(text: str, name: str = "t.txt") -> Context:
    doc = ingest(text.encode(), name=name)
    return build_context(doc, "doc-test")


def extract_text(text: str) -> dict:
    """The whole ``dayincourt extract`` output object for a made-up text."""
    return extract_document(ingest(text.encode(), name="op.txt")).to_dict()
