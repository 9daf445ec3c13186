"""Bytes or files -> normalized ``Document`` (txt, html, pdf, JSON / JSON Lines records).

Example:
    >>> doc = ingest(b"The jury  returned a 10-2 verdict.", name="note.txt")
    >>> doc.text
    'The jury returned a 10-2 verdict.'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .document import Document, IngestError
from .normalize import Normalized, normalize_text
from .readers import MAX_PDF_PAGES, decode, read_html, read_json_records, read_pdf, sniff_format

__all__ = ["MAX_PDF_PAGES", "Document", "IngestError", "ingest", "ingest_records", "normalize_text"]

DEFAULT_MAX_BYTES = 50_000_000


def _read(path_or_bytes: str | Path | bytes, name: str | None, max_bytes: int) -> tuple[bytes, str | None]:
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        data = bytes(path_or_bytes)
        label = name
    else:
        p = Path(path_or_bytes)
        label = name or str(path_or_bytes)
        try:
            size = p.stat().st_size
        except FileNotFoundError:
            raise IngestError(label, "no such file") from None
        except OSError as exc:
            raise IngestError(label, f"cannot read ({exc.strerror or exc})") from None
        if p.is_dir():
            raise IngestError(label, "is a directory, not a document")
        if size > max_bytes:
            raise IngestError(label, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes")
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise IngestError(label, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise IngestError(label, f"document is {len(data):,} bytes, over the limit of {max_bytes:,} bytes")
    return data, label


def _document(raw: str, label: str | None, fmt: str, meta: dict[str, Any], digest: str | None = None) -> Document:
    norm: Normalized = normalize_text(raw)
    return Document(
        path=label,
        sha256=digest or hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest(),
        kind=fmt,  # type: ignore[arg-type]
        text=norm.text,
        original=raw,
        offsets=norm.offsets,
        metadata=MappingProxyType(meta),
    )


def ingest_records(
    path_or_bytes: str | Path | bytes,
    *,
    name: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pages: int = MAX_PDF_PAGES,
) -> Iterator[Document]:
    """Read a file or bytes and yield one ``Document`` per record.

    A .txt, .html or .pdf gives one document; JSON Lines or a JSON array gives one per record
    (each record's other fields become ``metadata``).

    Args:
        path_or_bytes: A path, or the raw bytes.
        name: Name to report (and to guess the format from) for bytes; overrides the path label.
        max_bytes: Refuse anything larger (default 50 MB).
        max_pages: Refuse PDFs with more pages (default 2,000).

    Raises:
        IngestError: The file is missing, too large, encrypted, broken or not a supported format.
    """
    data, label = _read(path_or_bytes, name, max_bytes)
    fmt = sniff_format(data, label)
    file_digest = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        raw, meta = read_pdf(data, label, max_pages)
        yield _document(raw, label, "pdf", meta, file_digest)
    elif fmt == "html":
        raw, meta = read_html(data, label)
        yield _document(raw, label, "html", meta, file_digest)
    elif fmt == "json":
        # each record is its own document: its digest is that of its text
        for raw, meta in read_json_records(data, label):
            yield _document(raw, label, "json", meta)
    else:
        yield _document(decode(data, label), label, "txt", {}, file_digest)


def ingest(
    path_or_bytes: str | Path | bytes,
    *,
    name: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pages: int = MAX_PDF_PAGES,
) -> Document:
    """Read one document (see ``ingest_records`` for files holding several records).

    Raises:
        IngestError: As ``ingest_records``, or the input holds more than one JSON record.
    """
    docs = ingest_records(path_or_bytes, name=name, max_bytes=max_bytes, max_pages=max_pages)
    first = next(docs)
    if next(docs, None) is not None:
        raise IngestError(first.path, "holds several JSON records; use ingest_records() to read them all")
    return first
