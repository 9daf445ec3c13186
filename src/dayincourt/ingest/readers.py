"""Bytes -> raw text for each supported format, with size and format guards."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .document import IngestError

MAX_PDF_PAGES = 2000
_HTML_SNIFF = (b"<!doctype html", b"<html", b"<head", b"<body", b"<div", b"<p>", b"<article")


def sniff_format(data: bytes, name: str | None) -> str:
    """Guess the format from the content first, the file name second."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "pdf"
    lower = (name or "").lower()
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "json"
    if head[:1] in (b"{", b"[") and not lower.endswith((".txt", ".text", ".html", ".htm")):
        return "json"
    if lower.endswith(".pdf"):
        return "pdf"  # named .pdf but no header: read_pdf reports it as broken
    if lower.endswith((".html", ".htm", ".xhtml")) or any(head.startswith(t) for t in _HTML_SNIFF):
        return "html"
    return "txt"


def decode(data: bytes, path: str | None) -> str:
    """UTF-8 (with or without BOM), falling back to cp1252 for old Windows files."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(path, "binary file, not text (NUL bytes); expected .txt, .html, .pdf or JSON")
    for enc in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def read_html(data: bytes, path: str | None) -> tuple[str, dict[str, Any]]:
    """Main text of a web page (trafilatura drops navigation, ads and boilerplate)."""
    import trafilatura

    html = decode(data, path)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    meta: dict[str, Any] = {}
    try:
        md = trafilatura.extract_metadata(html)
    except Exception:  # metadata is optional; a page without it is still readable
        md = None
    if md is not None:
        for key in ("title", "date", "author", "sitename", "url"):
            value = getattr(md, key, None)
            if value:
                meta[key] = value
    if text is None:
        # trafilatura found no main content (e.g. a bare fragment): fall back to all text
        text = trafilatura.html2txt(html) or ""
    return text, meta


def read_pdf(data: bytes, path: str | None, max_pages: int = MAX_PDF_PAGES) -> tuple[str, dict[str, Any]]:
    """Text of every page, pages separated by form feeds (so running headers can be found)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise IngestError(path, "encrypted PDF (a password is required)") from None
        raise IngestError(path, f"broken PDF ({exc})") from None
    try:
        n = len(pdf)
        if n > max_pages:
            raise IngestError(path, f"PDF has {n} pages, more than the limit of {max_pages}")
        pages = []
        for i in range(n):
            page = pdf[i]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    except pdfium.PdfiumError as exc:
        raise IngestError(path, f"broken PDF ({exc})") from None
    finally:
        pdf.close()
    return "\f".join(pages), {"pages": n}


def read_json_records(data: bytes, path: str | None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Records with a ``text`` field from JSON Lines, a JSON object or a JSON array."""
    raw = decode(data, path)
    stripped = raw.lstrip()
    records: list[Any]
    try:
        whole = json.loads(stripped)
        records = whole if isinstance(whole, list) else [whole]
        lines = [None] * len(records)
    except json.JSONDecodeError:
        records, lines = [], []
        for lineno, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise IngestError(path, f"line {lineno}: not valid JSON ({exc.msg})") from None
            lines.append(lineno)
    if not records:
        raise IngestError(path, "no JSON records")
    for i, (rec, lineno) in enumerate(zip(records, lines, strict=True)):
        where = f"line {lineno}" if lineno else f"record {i + 1}"
        if not isinstance(rec, dict):
            raise IngestError(path, f"{where}: a record must be a JSON object with a 'text' field")
        text = rec.get("text")
        if not isinstance(text, str):
            raise IngestError(path, f"{where}: field 'text' is missing or not a string")
        meta = {k: v for k, v in rec.items() if k != "text"}
        meta["record"] = i
        yield text, meta
