"""Validation: documented errors word for word, shared examples, the validate and schema commands."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from dayincourt.casefile import CaseFileError, case_json_schema, case_to_dict, dumps_case, load_case, loads_case
from dayincourt.cli import app

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
runner = CliRunner()

HEAD = "schema: dayincourt.case/1\nid: t-1\njurisdiction: US-LA\n"


@pytest.mark.parametrize(
    "body, lines",
    [
        ("proceedings:\n  - {kind: trial, verdict: {votes_guilty: 13}}\n",
         ["a.yaml: proceedings[0].verdict.votes_guilty: 13 is greater than 12"]),
        ("proceedings:\n  - {kind: trial}\n  - {kind: trial}\n  - {kind: trial}\n  - {kind: trial, verdict: {votes_guilty: 13}}\n",
         ["a.yaml: proceedings[3].verdict.votes_guilty: 13 is greater than 12"]),
        ("proceedings:\n  - {kind: trial, verdict: {votes_guilty: 10, votes_not_guilty: 4}}\n",
         ["a.yaml: proceedings[0].verdict: votes add up to 14, more than 12 jurors"]),
        ("charges:\n  - {statute: La. R.S. 14:30}\n", ["a.yaml: charges[0].offense: is required"]),
        ("proceedings:\n  - {kind: appeal}\n",
         ["a.yaml: proceedings[0].kind: 'appeal' is not one of 'arrest', 'indictment', 'trial', 'plea', "
          "'sentencing', 'motion_new_trial', 'direct_appeal', 'writ_application', 'cert_petition', "
          "'pcr_application', 'factual_innocence_claim', 'dna_testing_application', 'federal_habeas', "
          "'joint_motion', 'clemency', 'retrial', 'dismissal', 'release', 'exoneration' or 'other'"]),
        ("charges:\n  - {offense: murder, offense_date: '2002-13'}\n",
         ["a.yaml: charges[0].offense_date: '2002-13' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"]),
        ("people:\n  - {id: p1, name: A}\ntestimony:\n  - {witness: p2}\n",
         ["a.yaml: testimony[0].witness: 'p2' is not the id of a person"]),
        ("people:\n  - {id: x, name: A}\nevidence:\n  - {id: x, description: d, kind: physical, corroborates: [t9]}\n",
         ["a.yaml: people[0].id: id 'x' is used 2 times; ids must be unique",
          "a.yaml: evidence[0].corroborates[0]: 't9' is not the id of a testimony or evidence item"]),
        ("sources: [{id: s1}]\npeople:\n  - {id: p1, name: A, src: [{source: s1, start: 9, end: 3}]}\n",
         ["a.yaml: people[0].src[0]: start 9 is greater than end 3"]),
        ("sources: [{id: s1}]\npeople:\n  - {id: p1, name: A, src: [{source: s2}]}\n",
         ["a.yaml: people[0].src[0].source: 's2' is not the id of a source"]),
        ("proceedings:\n  - {kind: pcr_application, filed: '2020-05', decided: '2019'}\n",
         ["a.yaml: proceedings[0].decided: 2019 is before filed 2020-05"]),
    ],
)
def test_documented_errors_word_for_word(body, lines):
    with pytest.raises(CaseFileError) as exc:
        loads_case(HEAD + body, "a.yaml")
    assert exc.value.lines() == lines


@pytest.mark.parametrize(
    "text, file, line",
    [
        ("schema: dayincourt.case/1\nid: [a\n", "a.yaml", "a.yaml: line 3, column 1: invalid YAML: expected ',' or ']', but got '<stream end>'"),
        ('{"schema": "dayincourt.case/1",\n "id": }', "a.json", "a.json: line 2, column 8: invalid JSON: Expecting value"),
        ("- just a list\n", "a.yaml", "a.yaml: a case file must be a mapping, not list"),
        ("schema: dayincourt.case/2\nid: Bad Id\njurisdiction: Louisiana\n", "a.yaml", None),
    ],
)
def test_malformed_files_report_line_and_column(text, file, line):
    with pytest.raises(CaseFileError) as exc:
        loads_case(text, file)
    if line is None:
        assert exc.value.lines() == [
            "a.yaml: schema: 'dayincourt.case/2' is not one of 'dayincourt.case/1'",
            "a.yaml: id: 'Bad Id' does not match the pattern ^[a-z0-9][a-z0-9._-]{0,79}$",
            "a.yaml: jurisdiction: 'Louisiana' does not match the pattern ^(US-(FED|[A-Z]{2})|unknown)$",
        ]
    else:
        assert exc.value.lines() == [line]


def shared_case_files() -> list[Path]:
    files = sorted((SHARED / "spec" / "examples").glob("*.yaml")) + sorted((SHARED / "eval" / "screen-dev").glob("*.case.yaml"))
    return files or [pytest.param(None, marks=pytest.mark.skip(reason=f"shared data not found under {SHARED}"))]


def own_examples() -> list[Path]:
    return sorted((REPO / "examples").glob("*.yaml"))


@pytest.mark.parametrize("path", shared_case_files() + own_examples(), ids=lambda p: p.name if p else "absent")
def test_example_validates_and_round_trips_through_text(path):
    case = load_case(path)
    for fmt in ("yaml", "json"):
        again = loads_case(dumps_case(case, fmt), f"x.{fmt}")
        assert case_to_dict(again) == case_to_dict(case)


@pytest.mark.parametrize("path", shared_case_files(), ids=lambda p: p.name if p else "absent")
def test_canonical_form_keeps_everything_the_file_says(path):
    raw = yaml.safe_load(path.read_text())
    canonical = case_to_dict(load_case(path))

    def strip(v):  # the canonical form drops nulls and empty lists only
        if isinstance(v, dict):
            return {k: strip(x) for k, x in v.items() if x is not None and x != []}
        if isinstance(v, list):
            return [strip(x) for x in v]
        return str(v) if hasattr(v, "isoformat") else v

    assert canonical == json.loads(json.dumps(strip(raw), default=str))


@pytest.mark.parametrize("path", shared_case_files(), ids=lambda p: p.name if p else "absent")
def test_model_schema_accepts_shared_files(path):
    jsonschema.validate(case_to_dict(load_case(path)), case_json_schema())


def test_model_schema_agrees_with_the_shared_schema_on_shared_files():
    spec = SHARED / "spec" / "casefile.schema.json"
    if not spec.exists():
        pytest.skip(f"shared schema not found: {spec}")
    schema = json.loads(spec.read_text())
    for path in shared_case_files():
        jsonschema.validate(case_to_dict(load_case(path)), schema)


def test_validate_command_exit_codes(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(HEAD)
    bad = tmp_path / "bad.yaml"
    bad.write_text(HEAD + "proceedings:\n  - {kind: trial, verdict: {votes_guilty: 13}}\n")
    ok = runner.invoke(app, ["validate", str(good)])
    assert ok.exit_code == 0, ok.output
    res = runner.invoke(app, ["validate", str(good), str(bad), str(tmp_path / "missing.yaml")])
    assert res.exit_code == 1
    assert f"{bad}: proceedings[0].verdict.votes_guilty: 13 is greater than 12" in res.stderr
    assert f"{tmp_path / 'missing.yaml'}: no such file" in res.stderr
    assert f"{good}: valid (t-1)" in res.stdout


def test_schema_command_prints_the_model_schema():
    res = runner.invoke(app, ["schema"])
    assert res.exit_code == 0
    schema = json.loads(res.stdout)
    assert schema["$id"] == "dayincourt.case/1"
    assert schema["properties"]["schema"]["const"] == "dayincourt.case/1"
    assert {"schema", "id", "jurisdiction"} <= set(schema["required"])


EXTRACTION = {
    "document": {"path": "a.txt", "sha256": "0" * 64, "kind": "news", "chars": 10},
    "case": {"schema": "dayincourt.case/1", "id": "draft-1", "jurisdiction": "unknown",
             "sources": [{"id": "doc"}],
             "people": [{"id": "p1", "name": "A B", "roles": ["defendant"],
                         "src": [{"source": "doc", "start": 0, "end": 3, "quote": "A B"}]}]},
    "citations": [],
}


def test_extraction_output_is_accepted_as_a_case(tmp_path):
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(EXTRACTION))
    assert load_case(path).id == "draft-1"
    res = runner.invoke(app, ["validate", str(path)])
    assert res.exit_code == 0, res.output


def test_extraction_output_errors_point_into_the_case_key():
    bad = json.loads(json.dumps(EXTRACTION))
    bad["case"]["people"][0]["roles"] = ["suspect"]
    with pytest.raises(CaseFileError) as exc:
        loads_case(json.dumps(bad), "d.json")
    assert exc.value.lines()[0].startswith("d.json: case.people[0].roles[0]: 'suspect' is not one of")


def test_json_lines_of_cases_name_the_bad_line(tmp_path):
    from dayincourt.casefile import load_cases

    good = json.dumps(EXTRACTION)
    other = json.loads(good)
    other["case"]["id"] = "draft-2"
    path = tmp_path / "drafts.jsonl"
    path.write_text(good + "\n\n" + json.dumps(other) + "\n")
    assert [c.id for c in load_cases(path)] == ["draft-1", "draft-2"]
    path.write_text(good + "\n{oops\n")
    with pytest.raises(CaseFileError) as exc:
        load_cases(path)
    assert exc.value.lines() == [f"{path}: line 2: line 1, column 2: invalid JSON: Expecting property name enclosed in double quotes"]
