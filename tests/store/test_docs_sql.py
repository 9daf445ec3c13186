"""The SQL shown in docs/storage.md is the SQL the store tests run."""

from __future__ import annotations

import re
from pathlib import Path

from test_store_behaviour import NON_UNANIMOUS_SQL, RECANTATIONS_AFTER_2015_SQL

DOC = Path(__file__).resolve().parents[2] / "docs" / "storage.md"


def _squash(sql: str) -> str:
    return " ".join(sql.split())


def test_documented_sql_is_tested():
    blocks = [_squash(b) for b in re.findall(r"```sql\n(.*?)```", DOC.read_text(), flags=re.S)]
    assert blocks == [_squash(NON_UNANIMOUS_SQL), _squash(RECANTATIONS_AFTER_2015_SQL)]
