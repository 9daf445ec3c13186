"""Remedy discovery: every module under ``law/us_*/`` that defines ``REMEDY`` is a rule.

Adding a remedy is adding a module; nothing else needs editing.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from .remedy import Remedy

JURISDICTION_PACKAGES = ("us_la", "us_fed")  # state law first, then federal remedies


class RemedyNotFound(KeyError):
    """No remedy has the requested id."""

    def __str__(self) -> str:
        return f"no remedy with id {self.args[0]!r}"


@cache
def _discover() -> tuple[Remedy, ...]:
    found: list[Remedy] = []
    for package_name in JURISDICTION_PACKAGES:
        package = importlib.import_module(f"{__package__}.{package_name}")
        modules = sorted(m.name for m in pkgutil.iter_modules(package.__path__))
        for name in modules:
            module = importlib.import_module(f"{package.__name__}.{name}")
            remedy = getattr(module, "REMEDY", None)
            if isinstance(remedy, Remedy):
                found.append(remedy)
    ids = [r.id for r in found]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise RuntimeError(f"remedy ids defined twice: {sorted(duplicates)}")
    return tuple(found)


def list_remedies() -> list[Remedy]:
    """Every remedy the program knows, Louisiana first, then federal."""
    return list(_discover())


def get_remedy(remedy_id: str) -> Remedy:
    """The remedy with this id; raises RemedyNotFound."""
    for remedy in _discover():
        if remedy.id == remedy_id:
            return remedy
    raise RemedyNotFound(remedy_id)
