"""Helpers for the corpus-scan tests: small corpora written by the tests, shared data read in place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def shared(*parts: str) -> Path:
    """A path under ../shared, or a visible skip when that data is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


DOCS = {
    "op-1": (
        "The jury returned a 10-2 verdict of guilty. Darnell Jordan later recanted his testimony. "
        "He was sentenced to life imprisonment without the benefit of parole."
    ),
    "op-2": "Petitioner raises a Brady claim and argues that trial counsel was ineffective.",
    "op-3": "Nothing of interest happens in this civil contract dispute about a fence.",
    "op-4": (
        "The State concedes that post-conviction DNA testing excluded him; he was exonerated "
        "and released from death row after a claim of factual innocence."
    ),
}


def write_jsonl(path: Path, docs: dict[str, str] = DOCS, *, court: str = "lactapp") -> Path:
    """JSON Lines with CourtListener-style fields."""
    with path.open("w", encoding="utf-8") as handle:
        for i, (doc_id, text) in enumerate(docs.items()):
            record = {
                "cl_opinion_id": doc_id,
                "court": "Louisiana Court of Appeal",
                "court_id": court,
                "date_filed": f"20{10 + i}-03-0{i + 1}",
                "text": text,
            }
            handle.write(json.dumps(record) + "\n")
    return path
