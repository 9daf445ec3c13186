"""Load, validate and dump case files (YAML or JSON).

Errors name the file, the JSON path and the problem, one line each, e.g.
``a.yaml: proceedings[3].verdict.votes_guilty: 13 is greater than 12``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Literal

import yaml
from pydantic import ValidationError

from .model import Case

Format = Literal["yaml", "json"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a case file: where (a JSON path) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class CaseFileError(ValueError):
    """A case file that cannot be read or is not a valid ``dayincourt.case/1``."""

    def __init__(self, file: str, problems: Iterable[Problem]):
        self.file = file
        self.problems = tuple(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """One line per problem, each starting with the file name."""
        return [f"{self.file}: {p}" for p in self.problems]


def json_path(loc: Iterable[str | int]) -> str:
    """('proceedings', 3, 'verdict') -> 'proceedings[3].verdict'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _message(err: dict[str, Any]) -> str:
    kind, value, ctx = err["type"], err.get("input"), err.get("ctx") or {}
    if kind == "missing":
        return "is required"
    if kind in ("less_than_equal", "less_than"):
        return f"{value!r} is greater than {ctx.get('le', ctx.get('lt'))}"
    if kind in ("greater_than_equal", "greater_than"):
        return f"{value!r} is less than {ctx.get('ge', ctx.get('gt'))}"
    if kind == "literal_error":
        return f"{value!r} is not one of {ctx.get('expected')}"
    if kind == "string_pattern_mismatch":
        return f"{value!r} does not match the pattern {ctx.get('pattern')}"
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    return f"{err['msg']} (got {value!r})"


def _strip_union_noise(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    # pydantic adds the union branch or the "tuple[...]" step to the location.
    return tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p in ("int", "function-plain[_validate()]"))))


def problems_from_validation_error(exc: ValidationError) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out = []
    for err in exc.errors():
        loc = _strip_union_noise(tuple(err["loc"]))
        path, msg = json_path(loc), _message(dict(err))
        if err["type"] == "none_required" or (path, msg) in seen:
            continue
        seen.add((path, msg))
        out.append(Problem(path, msg))
    return out


def cross_reference_problems(case: Case) -> list[Problem]:
    """Checks the JSON Schema cannot express: references resolve, ids are unique, spans are ordered."""
    problems: list[Problem] = []
    person_ids = {p.id for p in case.people or ()}
    source_ids = {s.id for s in case.sources or ()}
    item_ids: list[tuple[str, str]] = []  # (id, path)
    for field in ("people", "charges", "proceedings", "testimony", "evidence", "sources"):
        for i, item in enumerate(getattr(case, field) or ()):
            if getattr(item, "id", None):
                item_ids.append((item.id, f"{field}[{i}].id"))
    counts = Counter(i for i, _ in item_ids)
    reported: set[str] = set()
    for item_id, path in item_ids:
        if counts[item_id] > 1 and item_id not in reported:
            reported.add(item_id)
            problems.append(Problem(path, f"id {item_id!r} is used {counts[item_id]} times; ids must be unique"))
    known = {i for i, _ in item_ids}
    for i, t in enumerate(case.testimony or ()):
        if t.witness not in person_ids:
            problems.append(Problem(f"testimony[{i}].witness", f"{t.witness!r} is not the id of a person"))
    corroborable = {t.id for t in case.testimony or () if t.id} | {e.id for e in case.evidence or ()}
    for i, e in enumerate(case.evidence or ()):
        for j, ref in enumerate(e.corroborates or ()):
            if ref not in corroborable:
                problems.append(Problem(f"evidence[{i}].corroborates[{j}]",
                                        f"{ref!r} is not the id of a testimony or evidence item"))
            elif ref == e.id:
                problems.append(Problem(f"evidence[{i}].corroborates[{j}]", "an item cannot corroborate itself"))
    for i, p in enumerate(case.proceedings or ()):
        if p.filed and p.decided and p.filed.earliest() > p.decided.latest():
            problems.append(Problem(f"proceedings[{i}].decided", f"{p.decided} is before filed {p.filed}"))
        v = p.verdict
        if v and v.votes_guilty is not None and v.votes_not_guilty is not None and v.votes_guilty + v.votes_not_guilty > 12:
            problems.append(Problem(f"proceedings[{i}].verdict",
                                    f"votes add up to {v.votes_guilty + v.votes_not_guilty}, more than 12 jurors"))
    for path, prov in _provenance(case):
        if prov.start is not None and prov.end is not None and prov.start > prov.end:
            problems.append(Problem(path, f"start {prov.start} is greater than end {prov.end}"))
        if source_ids and prov.source not in source_ids:
            problems.append(Problem(path + ".source", f"{prov.source!r} is not the id of a source"))
    del known
    return problems


def _provenance(case: Case):
    for field in ("people", "charges", "proceedings", "testimony", "evidence", "factors"):
        for i, item in enumerate(getattr(case, field) or ()):
            for j, prov in enumerate(item.src or ()):
                yield f"{field}[{i}].src[{j}]", prov
            rec = getattr(item, "recantation", None)
            for j, prov in enumerate((rec.src if rec else None) or ()):
                yield f"{field}[{i}].recantation.src[{j}]", prov
    for j, prov in enumerate((case.custody.src if case.custody else None) or ()):
        yield f"custody.src[{j}]", prov


def is_extraction_output(data: Any) -> bool:
    """True for a ``dayincourt extract`` object (CONTRACTS section 2): ``{"document", "case", "citations"}``."""
    return isinstance(data, dict) and "schema" not in data and isinstance(data.get("case"), dict) and "document" in data


def parse_case(data: Any, file: str = "<case>") -> Case:
    """Validate a decoded YAML/JSON object as a case; raise CaseFileError listing every problem.

    The output of ``dayincourt extract`` is accepted too: its draft ``case`` is read, and
    problems are reported under ``case.`` so the path points into the file as written.
    """
    prefix = ""
    if is_extraction_output(data):
        data, prefix = data["case"], "case"
    if not isinstance(data, dict):
        raise CaseFileError(file, [Problem(prefix, f"a case file must be a mapping, not {type(data).__name__}")])
    try:
        case = Case.model_validate(data)
        problems = cross_reference_problems(case)
    except ValidationError as exc:
        problems = problems_from_validation_error(exc)
    if problems:
        if prefix:
            problems = [Problem(f"{prefix}.{p.path}" if p.path else prefix, p.message) for p in problems]
        raise CaseFileError(file, problems)
    return case


def loads_case(text: str, file: str = "<case>", fmt: Format | None = None) -> Case:
    """Parse case-file text (YAML is a superset of JSON; ``fmt='json'`` forces strict JSON)."""
    if fmt == "json" or (fmt is None and file.endswith(".json")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CaseFileError(file, [Problem("", f"line {exc.lineno}, column {exc.colno}: invalid JSON: {exc.msg}")]) from None
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
            raise CaseFileError(file, [Problem("", f"{where}invalid YAML: {exc.problem or exc.context}")]) from None
        except yaml.YAMLError as exc:
            raise CaseFileError(file, [Problem("", f"invalid YAML: {exc}")]) from None
    return parse_case(data, file)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CaseFileError(str(path), [Problem("", "no such file")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseFileError(str(path), [Problem("", f"cannot read: {exc}")]) from None


def load_case(path: str | Path) -> Case:
    """Read a case file from disk (``.yaml``, ``.yml`` or ``.json``; extraction output too)."""
    path = Path(path)
    return loads_case(_read_text(path), str(path), "json" if path.suffix.lower() == ".json" else "yaml")


def load_cases(path: str | Path) -> list[Case]:
    """Read every case in a file: one case file, or JSON Lines (``.jsonl``) of cases or extraction objects.

    Raises:
        CaseFileError: naming the line (``line N``) of a JSON Lines record that is not a valid case.
    """
    path = Path(path)
    if path.suffix.lower() != ".jsonl":
        return [load_case(path)]
    cases, problems = [], []
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            cases.append(loads_case(line, f"{path}", "json"))
        except CaseFileError as exc:
            problems += [Problem(f"line {number}: {p.path}" if p.path else f"line {number}", p.message)
                         for p in exc.problems]
    if problems:
        raise CaseFileError(str(path), problems)
    return cases


def _prune(value: Any) -> Any:
    """Canonical form: drop None and empty lists (both mean 'not known'); keep empty objects."""
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v is not None and v != []}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def case_to_dict(case: Case) -> dict[str, Any]:
    """The case as plain JSON-able data in canonical form (the form stores and exports use)."""
    data = case.model_dump(mode="json", by_alias=True, exclude_none=True)
    data = _prune(data)
    # Put the identifying keys first, as people write them.
    head = {k: data.pop(k) for k in ("schema", "id", "title", "jurisdiction") if k in data}
    return {**head, **data}


def dumps_case(case: Case, fmt: Format = "yaml") -> str:
    """Serialize a case as YAML or JSON text."""
    data = case_to_dict(case)
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def dump_case(case: Case, path: str | Path, fmt: Format | None = None) -> None:
    path = Path(path)
    fmt = fmt or ("json" if path.suffix.lower() == ".json" else "yaml")
    path.write_text(dumps_case(case, fmt), encoding="utf-8")


def case_json_schema() -> dict[str, Any]:
    """The JSON Schema the model produces (``dayincourt schema``)."""
    schema = Case.model_json_schema(by_alias=True, mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "dayincourt.case/1", **schema}
