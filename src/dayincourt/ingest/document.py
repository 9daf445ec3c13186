"""The ``Document`` value passed from ingest to extract."""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

Format = Literal["txt", "html", "pdf", "json"]


class IngestError(ValueError):
    """A document cannot be read; ``str(err)`` is the reason, ``err.path`` the file."""

    def __init__(self, path: str | None, reason: str):
        super().__init__(reason)
        self.path = path
        self.reason = reason

    def line(self) -> str:
        """One line for stderr: the file and the reason."""
        return f"{self.path or '<input>'}: {self.reason}"


@dataclass(frozen=True, eq=False)
class Document:
    """A document read and normalized, ready for extraction.

    Attributes:
        path: File path (or the name given for bytes); for a JSON record, ``path#N`` is not
            used: the record number is in ``metadata["record"]``.
        sha256: Hex digest of the file's bytes (for a JSON record, of the record's text in UTF-8).
        kind: The file format it was read from: ``txt``, ``html``, ``pdf`` or ``json``.
        text: Normalized text; every extracted span indexes this string.
        original: The text before normalization (for HTML, trafilatura's main text).
        offsets: For each character of ``text``, its offset in ``original``.
        metadata: Other fields (JSON record fields except ``text``, PDF page count, title).
    """

    path: str | None
    sha256: str
    kind: Format
    text: str
    original: str = field(repr=False)
    offsets: array = field(repr=False)
    metadata: MappingProxyType[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def original_offset(self, index: int) -> int:
        """Map an offset in ``text`` (0..len) to the offset in ``original``."""
        if index < len(self.offsets):
            return int(self.offsets[index])
        return int(self.offsets[-1]) + 1 if len(self.offsets) else 0

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of ``text`` to the span of ``original`` it came from."""
        if end <= start:
            o = self.original_offset(start)
            return o, o
        return self.original_offset(start), self.original_offset(end - 1) + 1

    def normalized_offset(self, original_index: int) -> int:
        """The first ``text`` offset whose original offset is at or after ``original_index``."""
        return bisect.bisect_left(self.offsets, original_index)
