"""Between a case and its rows: split a case into table rows, and put it back together.

Both directions work on the canonical form (``case_to_dict``), so what is stored
is exactly what a case file export gives back. Each list field of a case is
described once in ``ITEMS`` (its table, plain columns, partial dates, inline
objects, lists of strings and provenance); the same description drives both
directions, so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

import sqlalchemy as sa

from ..casefile import PartialDate
from . import tables as t

Row = dict[str, Any]
Rows = dict[sa.Table, list[Row]]


@dataclass(frozen=True)
class Inline:
    """An object held inline in its parent's row (a verdict, a sentence, a recantation)."""

    name: str
    flag: str  # boolean column: is the object there at all (an empty object counts)
    columns: dict[str, str]  # field -> column
    dates: dict[str, str] = field(default_factory=dict)  # field -> column prefix
    extra: str = "extra"
    src_owner: str | None = None  # provenance owner name, if the object has ``src``


@dataclass(frozen=True)
class StrList:
    """A list of strings held in a child table, one row per string."""

    name: str
    table: sa.Table
    parent_column: str
    value_column: str


@dataclass(frozen=True)
class Item:
    """How one list field of a case (or the single ``custody`` object) maps to tables."""

    name: str
    table: sa.Table
    columns: dict[str, str]  # field -> column
    dates: dict[str, str] = field(default_factory=dict)  # field -> column prefix
    inlines: tuple[Inline, ...] = ()
    lists: tuple[StrList, ...] = ()
    has_src: bool = True
    single: bool = False  # custody: one object, not a list


def _same(*names: str) -> dict[str, str]:
    return {n: n for n in names}


ITEMS: tuple[Item, ...] = (
    Item("people", t.people, _same("id", "name"),
         lists=(StrList("aliases", t.person_aliases, "person_position", "alias"),
                StrList("roles", t.person_roles, "person_position", "role"))),
    Item("charges", t.charges, _same("id", "offense", "statute", "felony", "convicted"),
         dates=_same("offense_date")),
    Item("proceedings", t.proceedings,
         _same("id", "kind", "court", "outcome", "hearing_held", "citation", "reasons"),
         dates=_same("date", "filed", "decided"),
         inlines=(
             Inline("verdict", "has_verdict",
                    {"outcome": "verdict_outcome", "form": "verdict_form", "votes_guilty": "votes_guilty",
                     "votes_not_guilty": "votes_not_guilty", "unanimous": "unanimous"},
                    extra="verdict_extra"),
             Inline("sentence", "has_sentence",
                    {"kind": "sentence_kind", "years": "sentence_years", "text": "sentence_text"},
                    extra="sentence_extra"),
         ),
         lists=(StrList("claims", t.proceeding_claims, "proceeding_position", "claim"),)),
    Item("custody", t.custody, _same("status"), dates=_same("since"), single=True),
    Item("testimony", t.testimony, _same("id", "witness", "at_trial", "subject"),
         inlines=(
             Inline("recantation", "has_recantation",
                    {"form": "recantation_form", "alleges_coercion": "alleges_coercion",
                     "found_credible": "found_credible"},
                    dates={"date": "recantation_date"}, extra="recantation_extra",
                    src_owner="testimony.recantation"),
         )),
    Item("evidence", t.evidence,
         _same("id", "description", "kind", "favors", "known_at_trial", "discoverable_at_trial",
               "admissible", "cumulative", "biological", "tested"),
         dates=_same("discovered"),
         lists=(StrList("corroborates", t.evidence_corroborates, "evidence_position", "target"),)),
    Item("factors", t.factors, _same("code", "actor", "status", "asserted_by", "description")),
    Item("sources", t.sources, _same("id", "title", "kind", "location", "sha256"),
         dates=_same("published"), has_src=False),
)

CASE_COLUMNS = _same("id", "schema", "title", "jurisdiction", "county", "trial_court", "notes")
PROVENANCE_COLUMNS = {"source": "source", "start": "span_start", "end": "span_end", "quote": "quote",
                      "asserted_by": "asserted_by", "method": "method", "confidence": "confidence"}

# Every table that holds part of a case, parents before children (insert order).
CASE_TABLES: tuple[sa.Table, ...] = (
    t.cases, t.people, t.person_aliases, t.person_roles, t.charges, t.proceedings,
    t.proceeding_claims, t.custody, t.testimony, t.evidence, t.evidence_corroborates, t.factors,
    t.sources, t.provenance,
)


# -- case -> rows ---------------------------------------------------------------------------------

def _split(data: dict[str, Any], columns: dict[str, str], dates: dict[str, str],
           handled: set[str]) -> tuple[Row, dict[str, Any]]:
    """Known fields to columns; everything else (not in ``handled``) goes to the extra dict."""
    row: Row = {col: data.get(f) for f, col in columns.items()}
    for f, prefix in dates.items():
        text = data.get(f)
        day = PartialDate.parse(text) if text is not None else None
        row[prefix] = text
        row[f"{prefix}_earliest"] = day.earliest() if day else None
        row[f"{prefix}_latest"] = day.latest() if day else None
    known = set(columns) | set(dates) | handled
    extra = {k: v for k, v in data.items() if k not in known}
    return row, extra


def _provenance_rows(case_id: str, owner: str, owner_position: int, owner_id: str | None,
                     src: list[dict[str, Any]]) -> Iterator[Row]:
    for position, record in enumerate(src):
        row, extra = _split(record, PROVENANCE_COLUMNS, {}, set())
        yield {"case_id": case_id, "owner": owner, "owner_position": owner_position,
               "position": position, "owner_id": owner_id, **row, "extra": extra or None}


def case_rows(data: dict[str, Any]) -> Rows:
    """Split a canonical case dict into rows for every case table (the ``cases`` row without bookkeeping)."""
    case_id = data["id"]
    out: Rows = {table: [] for table in CASE_TABLES}
    handled = {item.name for item in ITEMS}
    row, extra = _split(data, CASE_COLUMNS, {}, handled)
    out[t.cases].append({**row, "extra": extra or None})
    for item in ITEMS:
        values = data.get(item.name)
        if values is None:
            continue
        for position, value in enumerate([values] if item.single else values):
            handled = {i.name for i in item.inlines} | {lst.name for lst in item.lists}
            if item.has_src:
                handled.add("src")
            row, extra = _split(value, item.columns, item.dates, handled)
            row.update(case_id=case_id, extra=extra or None)
            if not item.single:
                row["position"] = position
            for inline in item.inlines:
                obj = value.get(inline.name)
                sub, sub_extra = _split(obj or {}, inline.columns, inline.dates,
                                        {"src"} if inline.src_owner else set())
                row.update(sub)
                row[inline.flag] = obj is not None
                row[inline.extra] = sub_extra or None
                if obj is not None and inline.src_owner and obj.get("src"):
                    out[t.provenance].extend(_provenance_rows(
                        case_id, inline.src_owner, position, value.get("id"), obj["src"]))
            out[item.table].append(row)
            for lst in item.lists:
                for j, text in enumerate(value.get(lst.name) or ()):
                    out[lst.table].append({"case_id": case_id, lst.parent_column: position,
                                           "position": j, lst.value_column: text})
            if item.has_src and value.get("src"):
                out[t.provenance].extend(_provenance_rows(
                    case_id, item.name, position, value.get("id"), value["src"]))
    return out


# -- rows -> case ---------------------------------------------------------------------------------

def _join(row: Row, columns: dict[str, str], dates: dict[str, str], extra: Any) -> dict[str, Any]:
    out = {f: row[col] for f, col in columns.items() if row[col] is not None}
    out.update({f: row[prefix] for f, prefix in dates.items() if row[prefix] is not None})
    out.update(extra or {})
    return out


def case_dict(rows: Rows) -> dict[str, Any]:
    """Put a canonical case dict back together from the rows of one case, each list in position order."""
    (case_row,) = rows[t.cases]
    data = _join(case_row, CASE_COLUMNS, {}, case_row["extra"])
    src: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for prov in sorted(rows[t.provenance], key=lambda r: (r["owner"], r["owner_position"], r["position"])):
        src.setdefault((prov["owner"], prov["owner_position"]), []).append(
            _join(prov, PROVENANCE_COLUMNS, {}, prov["extra"]))
    for item in ITEMS:
        item_rows = sorted(rows[item.table], key=lambda r: 0 if item.single else r["position"])
        if not item_rows:
            continue
        children: dict[str, dict[int, list[str]]] = {}
        for lst in item.lists:
            by_parent = children.setdefault(lst.name, {})
            for r in sorted(rows[lst.table], key=lambda r: (r[lst.parent_column], r["position"])):
                by_parent.setdefault(r[lst.parent_column], []).append(r[lst.value_column])
        values = []
        for row in item_rows:
            position = 0 if item.single else row["position"]
            value = _join(row, item.columns, item.dates, row["extra"])
            for inline in item.inlines:
                if row[inline.flag]:
                    obj = _join(row, inline.columns, inline.dates, row[inline.extra])
                    if inline.src_owner and (inline.src_owner, position) in src:
                        obj["src"] = src[(inline.src_owner, position)]
                    value[inline.name] = obj
            for lst in item.lists:
                if position in children[lst.name]:
                    value[lst.name] = children[lst.name][position]
            if item.has_src and (item.name, position) in src:
                value["src"] = src[(item.name, position)]
            values.append(value)
        data[item.name] = values[0] if item.single else values
    return data


def defendant_names(data: dict[str, Any]) -> list[str]:
    """Names of the people with the role ``defendant``, in file order."""
    return [p["name"] for p in data.get("people") or () if "defendant" in (p.get("roles") or ())]


def non_unanimous(data: dict[str, Any]) -> bool | None:
    """Was a guilty jury verdict in the case non-unanimous?

    True when any guilty verdict is marked not unanimous or has a juror voting
    not guilty; False when there is a guilty jury verdict and every one known is
    unanimous; None when the record does not say.
    """
    answer: bool | None = None
    for proceeding in data.get("proceedings") or ():
        verdict = proceeding.get("verdict") or {}
        if verdict.get("outcome") not in (None, "guilty", "guilty_lesser") or verdict.get("form") in ("bench", "plea"):
            continue
        if verdict.get("unanimous") is False or (verdict.get("votes_not_guilty") or 0) > 0:
            return True
        if verdict.get("unanimous") is True or (verdict.get("votes_guilty") == 12 and verdict.get("votes_not_guilty") == 0):
            answer = False
    return answer
