"""Full-text search that gives the same answers on SQLite and PostgreSQL.

Text is cut into tokens: Unicode compatibility-normalized, accents removed,
case-folded runs of letters and digits ("Hébert's 10-2" -> hebert, s, 10, 2).
Each (case, kind) stores its distinct tokens. A query matches a case when every
query token is a prefix of one of the case's tokens, in any of its texts. Prefix
lookups are index range scans (``token >= 'mil' AND token < 'mim'``) over text
compared byte-wise on both databases, so results do not depend on a collation.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Iterable

import sqlalchemy as sa

from . import tables as t

CASE_KIND = "case"
_WORD = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """The normalized tokens of ``text``, in order, with repeats."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _WORD.findall(stripped.casefold())


def case_text(data: dict[str, Any]) -> str:
    """The searchable text of a canonical case dict: names, people, offenses, notes and descriptions."""
    parts: list[str] = [data["id"], data.get("title", ""), data.get("county", ""),
                        data.get("trial_court", ""), data.get("notes", "")]
    for person in data.get("people") or ():
        parts += [person["name"], *(person.get("aliases") or ())]
    for charge in data.get("charges") or ():
        parts += [charge["offense"], charge.get("statute", "")]
    for proceeding in data.get("proceedings") or ():
        parts += [proceeding.get("citation", ""), proceeding.get("reasons", "")]
    for item in (*(data.get("evidence") or ()), *(data.get("factors") or ())):
        parts.append(item.get("description", ""))
    for source in data.get("sources") or ():
        parts.append(source.get("title", ""))
    return "\n".join(p for p in parts if p)


def text_rows(case_id: str, kind: str, text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The ``search_texts`` and ``search_terms`` rows that index ``text`` (none for text without words)."""
    words = sorted(set(tokens(text)))
    if not words:
        return [], []
    return ([{"case_id": case_id, "kind": kind, "text": text}],
            [{"case_id": case_id, "kind": kind, "token": w} for w in words])


def replace_text(conn: sa.Connection, case_id: str, kind: str, text: str) -> None:
    """Make ``text`` the searchable text of (case, kind); empty text removes it."""
    conn.execute(t.search_texts.delete().where(t.search_texts.c.case_id == case_id,
                                                t.search_texts.c.kind == kind))
    texts, terms = text_rows(case_id, kind, text)
    if texts:
        conn.execute(t.search_texts.insert(), texts)
        conn.execute(t.search_terms.insert(), terms)


def _prefix_upper_bound(prefix: str) -> str:
    # The smallest string greater than every string starting with ``prefix``.
    following = ord(prefix[-1]) + 1
    if 0xD800 <= following <= 0xDFFF:  # surrogates cannot be stored; skip past them
        following = 0xE000
    return prefix[:-1] + chr(following)


def matching_case_ids(query: str) -> sa.Select | sa.CompoundSelect | None:
    """A SELECT of the distinct ids (column ``case_id``) of cases matching every token of ``query``.

    None when the query has no tokens. Prefer joining ``.subquery()`` of it to ``cases`` over
    ``IN (...)``: a PostgreSQL planner without fresh statistics may rescan the token range per case.
    """
    words: Iterable[str] = sorted(set(tokens(query)))
    selects = [
        sa.select(t.search_terms.c.case_id).where(t.search_terms.c.token >= w,
                                                 t.search_terms.c.token < _prefix_upper_bound(w))
        for w in words
    ]
    if not selects:
        return None
    return selects[0].distinct() if len(selects) == 1 else sa.intersect(*selects)
