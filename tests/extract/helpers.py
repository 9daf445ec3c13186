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


# views of an extraction output that the table tests compare
def roles(case: dict) -> dict[str, set[str]]:
    return {p["name"]: set(p["roles"]) for p in case["case"].get("people", [])}


def judges(case: dict) -> set[str]:
    return {p["name"] for p in case["case"].get("people", []) if "judge" in p["roles"]}


def proceedings(case: dict) -> list[tuple[str, str | None]]:
    return [(p["kind"], p.get("outcome")) for p in case["case"].get("proceedings", [])]


def forms(case: dict) -> list[str | None]:
    return [p["verdict"].get("form") for p in case["case"].get("proceedings", []) if p.get("verdict")]


def sentences(case: dict) -> list[tuple[str, float | None]]:
    return [(p["sentence"]["kind"], p["sentence"].get("years")) for p in case["case"].get("proceedings", []) if p.get("sentence")]


def charges(case: dict) -> list[str]:
    return [c["offense"] for c in case["case"].get("charges", [])]


def factor_codes(case: dict) -> set[str]:
    return {f["code"] for f in case["case"].get("factors", [])}


def role_lists(case: dict) -> dict[str, list[str]]:
    """Each person's roles as the draft lists them (in order)."""
    return {p["name"]: p["roles"] for p in case["case"].get("people", [])}


def conviction(case: dict) -> dict:
    """The first proceeding that convicted (the test fails with StopIteration when there is none)."""
    return next(p for p in case["case"]["proceedings"] if p.get("outcome") == "convicted")
