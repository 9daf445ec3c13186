"""The case-editing forms: which fields each section has, and form values -> a case-file item.

The item is then validated with the case (``parse_case``), exactly as the CLI validates files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, get_args

from ..casefile import Case, PartialDate
from ..casefile import model as m


class FormProblem(ValueError):
    """Form values that do not make an item; ``lines`` names each field and problem."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        super().__init__("; ".join(lines))


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    label: str
    kind: str = "text"  # text | date | number | select | multi | bool | person
    options: tuple[str, ...] = ()
    required: bool = False


def _opts(literal: Any) -> tuple[str, ...]:
    return tuple(get_args(literal))


FORM_SECTIONS: dict[str, tuple[Field, ...]] = {
    "people": (
        Field("name", "Full name", required=True),
        Field("roles", "Roles", "multi", _opts(m.PersonRole)),
    ),
    "proceedings": (
        Field("kind", "Kind", "select", _opts(m.ProceedingKind), required=True),
        Field("date", "Date (YYYY, YYYY-MM or YYYY-MM-DD)", "date"),
        Field("filed", "Filed", "date"),
        Field("decided", "Decided", "date"),
        Field("court", "Court"),
        Field("outcome", "Outcome", "select", _opts(m.ProceedingOutcome)),
        Field("verdict_outcome", "Verdict", "select", _opts(m.VerdictOutcome)),
        Field("verdict_form", "Verdict by", "select", _opts(m.VerdictForm)),
        Field("votes_guilty", "Jurors voting guilty", "number"),
        Field("votes_not_guilty", "Jurors voting not guilty", "number"),
        Field("sentence_kind", "Sentence", "select", _opts(m.SentenceKind)),
        Field("sentence_years", "Sentence years", "number"),
    ),
    "testimony": (
        Field("witness", "Witness", "person", required=True),
        Field("subject", "Subject", "select", _opts(m.TestimonySubject)),
        Field("at_trial", "Given at trial", "bool"),
        Field("recantation_date", "Recanted on (leave empty if not recanted)", "date"),
        Field("recantation_form", "Recantation form", "select", _opts(m.RecantationForm)),
        Field("alleges_coercion", "Recantation alleges coercion", "bool"),
    ),
    "evidence": (
        Field("description", "Description", required=True),
        Field("kind", "Kind", "select", _opts(m.EvidenceKind), required=True),
        Field("favors", "Favors", "select", _opts(m.Favors)),
        Field("known_at_trial", "Known at trial", "bool"),
        Field("discovered", "Discovered", "date"),
        Field("biological", "Biological", "bool"),
        Field("tested", "Tested", "bool"),
    ),
}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40] or "item"


def _unique_id(base: str, case: Case) -> str:
    taken = {item.id for name in ("people", "charges", "proceedings", "testimony", "evidence",
                                  "sources") for item in getattr(case, name) or () if item.id}
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _values(fields: tuple[Field, ...], form: dict[str, str], multi: dict[str, list[str]],
            section: str) -> tuple[dict[str, Any], list[str]]:
    out: dict[str, Any] = {}
    problems: list[str] = []
    for field in fields:
        raw = (form.get(field.name) or "").strip()
        where = f"{section}.{field.name}"
        if field.kind == "multi":
            chosen = [v for v in multi.get(field.name, []) if v]
            bad = [v for v in chosen if v not in field.options]
            if bad:
                problems.append(f"{where}: {', '.join(bad)} is not one of the choices")
            if chosen:
                out[field.name] = chosen
            continue
        if not raw:
            if field.required:
                problems.append(f"{where}: {field.label.lower()} is required")
            continue
        if field.kind == "select" and raw not in field.options:
            problems.append(f"{where}: {raw!r} is not one of the choices")
        elif field.kind == "date":
            try:
                PartialDate.parse(raw)
            except ValueError as exc:
                problems.append(f"{where}: {exc}")
            out[field.name] = raw
        elif field.kind == "number":
            try:
                out[field.name] = float(raw) if "." in raw else int(raw)
            except ValueError:
                problems.append(f"{where}: {raw!r} is not a number")
        elif field.kind == "bool":
            if raw not in ("yes", "no"):
                problems.append(f"{where}: answer yes or no")
            out[field.name] = raw == "yes"
        else:
            out[field.name] = raw
    return out, problems


def item_from_form(section: str, form: dict[str, str], multi: dict[str, list[str]],
                   case: Case) -> dict[str, Any]:
    """The case-file item a form describes (not yet validated against the whole case).

    Raises:
        FormProblem: an unknown section or field values that are missing or malformed.
    """
    if section not in FORM_SECTIONS:
        raise FormProblem([f"{section}: not an editable section"])
    values, problems = _values(FORM_SECTIONS[section], form, multi, section)
    if problems:
        raise FormProblem(problems)
    if section == "people":
        return {"id": _unique_id(_slug(values["name"]), case), **values}
    if section == "proceedings":
        verdict = {k: values.pop(f"verdict_{k}") for k in ("outcome", "form")
                   if f"verdict_{k}" in values}
        verdict.update({k: values.pop(k) for k in ("votes_guilty", "votes_not_guilty")
                        if k in values})
        sentence = {k: values.pop(f"sentence_{k}") for k in ("kind", "years")
                    if f"sentence_{k}" in values}
        item = {"id": _unique_id(_slug(values["kind"]), case), **values}
        if verdict:
            item["verdict"] = verdict
        if sentence:
            item["sentence"] = sentence
        return item
    if section == "testimony":
        recantation = {k.removeprefix("recantation_"): values.pop(k)
                       for k in ("recantation_date", "recantation_form") if k in values}
        if "alleges_coercion" in values:
            recantation["alleges_coercion"] = values.pop("alleges_coercion")
        item = {"id": _unique_id(f"t-{values['witness']}", case), **values}
        if recantation:
            item["recantation"] = recantation
        return item
    return {"id": _unique_id(_slug(values["description"])[:24], case), **values}
