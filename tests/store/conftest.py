"""Fixtures of the store tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dayincourt.casefile import load_case
from dayincourt.store import open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def examples_store(module_store_url):
    """A store holding the three example cases, shared by read-only tests (do not change it)."""
    store = open_store(module_store_url)
    for name in ("la-guidry-2007", "la-mouton-1994", "la-lejeune-2015"):
        store.add_case(load_case(EXAMPLES / f"{name}.case.yaml"), "clerk")
    yield store
    store.close()


@pytest.fixture(scope="module")
def module_store(module_store_url):
    """An empty store shared by the tests of one module; they must use distinct case ids or save_case."""
    store = open_store(module_store_url)
    yield store
    store.close()
