"""Recall of the scan against the extraction dev set's gold jury splits and recantations."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .worker import scan_text

NEAR = 300
"""Characters between a recantation signal and the witness's surname for it to count."""


@dataclass(frozen=True, slots=True)
class Recall:
    """How many gold items the scan found.

    Attributes:
        found: Gold items found.
        total: Gold items.
        missed: ``doc_id: item`` for every gold item not found.
    """

    found: int
    total: int
    missed: tuple[str, ...]

    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 1.0


def dev_set_recall(dev_dir: Path) -> Recall:
    """Scan each ``<doc>.txt`` of ``dev_dir`` and match the gold files' votes and recantations.

    A gold verdict with votes is found when the scan reports that split (``"10-2"``) in the
    document; a gold recantation (a ``testimony`` entry with a ``recantation`` object) when a
    ``recantation`` signal lies within :data:`NEAR` characters of the witness's surname (the
    gold files carry no spans).
    """
    found = total = 0
    missed: list[str] = []
    for gold_path in sorted(dev_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        case = gold["case"]
        doc_id = gold.get("doc_id", gold_path.name)
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        hits = scan_text(text)
        splits = [h.value for h in hits if h.signal == "jury_split"]
        recantations = [h.start for h in hits if h.signal == "recantation"]
        names = {p["id"]: p["name"] for p in case.get("people", [])}
        for proceeding in case.get("proceedings", []):
            verdict = proceeding.get("verdict") or {}
            if verdict.get("votes_guilty") is None:
                continue
            vote = f'{verdict["votes_guilty"]}-{verdict.get("votes_not_guilty", 0)}'
            total += 1
            if vote in splits:
                splits.remove(vote)
                found += 1
            else:
                missed.append(f"{doc_id}: jury_split {vote}")
        for testimony in case.get("testimony", []):
            if not isinstance(testimony.get("recantation"), dict):
                continue
            surname = names.get(testimony["witness"], testimony["witness"]).split()[-1]
            total += 1
            mentions = [m.start() for m in re.finditer(re.escape(surname), text)]
            if any(abs(r - m) <= NEAR for r in recantations for m in mentions):
                found += 1
            else:
                missed.append(f"{doc_id}: recantation by {surname}")
    return Recall(found, total, tuple(missed))
