"""Jinja2 environments: HTML and SVG autoescaped, Markdown escaped by a finalize hook."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Literal

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&!])")


def md_escape(value: Any) -> str:
    """Text safe inside Markdown (and its tables): punctuation escaped, one line.

    ``Markup`` values are Markdown the program wrote (footnote references) and pass as they are.
    """
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s*[\r\n]+\s*", " ", str(value)))


def md_refs(numbers: tuple[int, ...], empty: str = "") -> Markup:
    """Markdown footnote references ``[^1][^2]``; ``empty`` when there are none."""
    return Markup("".join(f"[^{n}]" for n in numbers) or empty)


@lru_cache(maxsize=3)
def environment(kind: Literal["md", "html", "svg"]) -> Environment:
    """The template environment for one output kind.

    In Markdown every ``{{ value }}`` goes through :func:`md_escape` (the
    counterpart of HTML autoescaping); markup the template writes itself is
    literal template text, never a value.
    """
    loader = PackageLoader("dayincourt.report", "templates")
    if kind == "md":
        env = Environment(loader=loader, autoescape=False, finalize=md_escape,
                          undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                          keep_trailing_newline=True)
        env.filters["refs"] = md_refs
        return env
    return Environment(loader=loader, autoescape=True, undefined=StrictUndefined,
                       trim_blocks=kind == "html", lstrip_blocks=kind == "html",
                       keep_trailing_newline=True)
