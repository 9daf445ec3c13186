"""The span type shared by the low-level finders."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Match:
    """A span of a text that a finder recognised.

    Attributes:
        start: Offset of the first character in the searched text.
        end: Offset one past the last character.
        value: The normalized reading (e.g. ``"10-2"`` or ``"recantation"``).
        quote: Exactly ``text[start:end]``.
    """

    start: int
    end: int
    value: str
    quote: str
