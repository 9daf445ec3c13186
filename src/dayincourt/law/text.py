"""Plain-text renderings for people: a screening result and the rules themselves."""

from __future__ import annotations

import textwrap
from typing import Iterable

from .remedy import Remedy
from .results import ScreeningResult

MARKS = {"met": "[met]    ", "unmet": "[unmet]  ", "unknown": "[unknown]", "for_counsel": "[counsel]"}
VERDICTS = {"eligible": "ELIGIBLE", "ineligible": "INELIGIBLE", "needs_review": "NEEDS REVIEW"}


def _wrap(text: str, indent: str, width: int = 100) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent + "  ") or [indent]


def format_screening(result: ScreeningResult, width: int = 100) -> str:
    """One verdict line per remedy, then its elements, deadline and missing facts."""
    lines = [f"Screening of {result.case} ({result.jurisdiction}) as of {result.as_of.isoformat()}"]
    derived = result.derived
    conviction = derived.get("conviction")
    if conviction:
        votes = f", vote {conviction['votes']}" if conviction.get("votes") else ""
        lines.append(f"Conviction: {conviction['proceeding']} ({conviction['kind']}, {conviction.get('date')}"
                     f"{votes})")
    for key, label in (("finality_state", "Final (state)"), ("finality_federal", "Final (federal)")):
        fin = derived.get(key) or {}
        if fin.get("earliest"):
            when = fin["earliest"] if fin["earliest"] == fin["latest"] else f"{fin['earliest']}..{fin['latest']}"
            lines.append(f"{label}: {when} [{fin['rule']}]")
        elif fin.get("pending"):
            lines.append(f"{label}: not final (direct review pending)")
    if not result.remedies:
        lines.append(f"No remedy in this program applies to jurisdiction {result.jurisdiction}.")
    for r in result.remedies:
        lines.append("")
        lines.append(f"{VERDICTS[r.outcome]:<13} {r.id}  {r.name}")
        lines.extend(_wrap(r.summary, "  ", width))
        for e in r.elements:
            lines.extend(_wrap(f"{MARKS[e.status]} {e.id}: {e.reason} ({e.authority})", "    ", width))
        if r.deadline:
            d = r.deadline
            state = {True: "passed", False: "not passed", None: "depends on an inexact date"}[d.passed]
            span = (f" (between {d.earliest} and {d.latest})"
                    if d.earliest and d.latest and d.earliest != d.latest else "")
            lines.extend(_wrap(f"Deadline: {d.date}{span}, {d.rule}: {state}"
                               + (f"; {d.note}" if d.note else ""), "  ", width))
        for m in r.missing:
            lines.extend(_wrap(f"Missing: {m}", "  ", width))
    lines.append("")
    lines.extend(textwrap.wrap(result.disclaimer, width=width))
    return "\n".join(lines) + "\n"


def format_rules(remedies: Iterable[Remedy], width: int = 100) -> str:
    """Each remedy's rule text, authorities and in-force dates (``dayincourt rules``)."""
    blocks = []
    for r in remedies:
        since = r.in_force_from.isoformat() if r.in_force_from else "before the dates screened"
        until = r.in_force_to.isoformat() if r.in_force_to else "in force"
        lines = [f"{r.id}  {r.name}", f"  Jurisdiction: {r.jurisdiction}", f"  In force: from {since}, {until}",
                 "  Authorities: " + "; ".join(r.citations), ""]
        lines.extend("  " + line for line in r.rule_text.splitlines())
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
