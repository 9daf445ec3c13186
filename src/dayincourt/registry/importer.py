"""``import_registry``: load an NRE export into the store, idempotently.

Rows are keyed by NRE id (``nre-<ID>``) for the detailed export and by a derived key for the
public sheet (see :func:`dayincourt.registry.records.public_key`). A row already stored with the
same content is left alone; a row whose content differs is replaced (a newer export updates it);
a bad row is reported with its line number and skipped. The whole import is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from ..store import Store
from ..store import write_transaction
from .records import BadRow, ReadRow, SourceFormat, read_export, record_columns
from .tables import exonerations

Progress = Callable[[int, int], None]
"""Called as ``progress(rows_done, rows_total)`` while importing."""

_BATCH = 500


@dataclass(frozen=True, slots=True)
class RowWarning:
    """A row that was imported with a field left out, and why."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did. ``bad_rows`` name their line numbers in the file."""

    path: str
    source_format: SourceFormat
    rows: int
    inserted: int
    updated: int
    unchanged: int
    bad_rows: tuple[BadRow, ...]
    warnings: tuple[RowWarning, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able form."""
        return {
            "path": self.path, "format": self.source_format, "rows": self.rows,
            "inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged,
            "bad_rows": [{"line": b.line, "reason": b.reason} for b in self.bad_rows],
            "warnings": [{"line": w.line, "message": w.message} for w in self.warnings],
            "source": "National Registry of Exonerations",
        }


def import_registry(store: Store, path: str | Path,
                    progress: Progress | None = None) -> ImportSummary:
    """Import a National Registry of Exonerations export (detailed CSV or public spreadsheet).

    Args:
        store: an open store (``dayincourt.store.open_store``).
        path: the CSV file; its format and encoding are detected.
        progress: optional callback ``progress(done, total)`` over the file's rows.

    Returns:
        The counts of inserted, updated and unchanged rows and the bad rows with their lines.

    Raises:
        RegistryFormatError: the file is not an NRE export or cannot be read.
    """
    path = Path(path)
    fmt, rows = read_export(path)
    good = [r for r in rows if isinstance(r, ReadRow)]
    bad = tuple(r for r in rows if isinstance(r, BadRow))
    warnings = tuple(RowWarning(r.line, w) for r in good for w in r.warnings)
    total = len(rows)
    inserted = updated = unchanged = 0
    done = len(bad)
    table = exonerations
    # One write transaction (BEGIN IMMEDIATE on SQLite): all rows or none, one writer at a time.
    with write_transaction(store.engine) as conn:
        for start in range(0, len(good), _BATCH):
            batch = good[start:start + _BATCH]
            keys = [r.record.key for r in batch]
            stored = dict(conn.execute(
                sa.select(table.c.key, table.c.content_hash).where(table.c.key.in_(keys))
            ).all())
            new, changed = [], []
            for row in batch:
                values = record_columns(row.record)
                values.update(source_file=path.name, source_line=row.line)
                previous = stored.get(row.record.key)
                if previous is None:
                    new.append(values)
                elif previous != values["content_hash"]:
                    changed.append(values)
                else:
                    unchanged += 1
            if new:
                conn.execute(table.insert(), new)
                inserted += len(new)
            if changed:
                # Bind names must differ from column names in an executemany UPDATE.
                stmt = (table.update().where(table.c.key == sa.bindparam("v_key"))
                        .values({c.name: sa.bindparam(f"v_{c.name}")
                                 for c in table.c if c.name != "key"}))
                conn.execute(stmt, [{f"v_{k}": v for k, v in values.items()}
                                    for values in changed])
                updated += len(changed)
            done += len(batch)
            if progress is not None:
                progress(done, total)
    if progress is not None and not good:
        progress(total, total)
    return ImportSummary(str(path), fmt, total, inserted, updated, unchanged, bad, warnings)
