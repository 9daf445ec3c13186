"""Units of the review flow: sniffing, highlighting, merging a fact into a case, facets, forms."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dayincourt.casefile import loads_case
from dayincourt.web.caseindex import non_unanimous
from dayincourt.web.forms import FormProblem, item_from_form
from dayincourt.web.review import (DocumentRecord, ReviewError, ReviewRow, UploadRejected,
                                   merge_fact, segments, sniff)

BASE = loads_case("""
schema: dayincourt.case/1
id: la-test
jurisdiction: US-LA
people:
  - {id: p1, name: Corey Miller, roles: [defendant]}
""", "base.yaml")


def document(text: str = "x" * 200) -> DocumentRecord:
    return DocumentRecord(id="abcd1234abcd1234", case_id="la-test", filename="seed.txt", kind="news",
                          sha256="f" * 64, size=len(text), uploaded_by="u",
                          uploaded_at=dt.datetime(2026, 11, 28, tzinfo=dt.UTC), text=text,
                          extraction={"document": {"kind": "news"}})


@pytest.mark.parametrize(("data", "name", "kind"), [
    (b"plain words", "a.txt", "txt"),
    (b"plain words", "noext", "txt"),
    (b"<!DOCTYPE html><html><body>x</body></html>", "a.html", "html"),
    (b"  <html><p>x</p></html>", "a.htm", "html"),
    (b"%PDF-1.7\n...", "a.pdf", "pdf"),
    ("Hébert’s 10–2 verdict".encode(), "a.txt", "txt"),
])
def test_sniff_accepts(data, name, kind):
    assert sniff(data, name) == kind


@pytest.mark.parametrize(("data", "name", "reason"), [
    (b"%PDF-1.4", "a.txt", "content is pdf"),
    (b"hello", "a.pdf", "content is txt"),
    (b"\x89PNG\r\n\x1a\n\x00", "a.png", "binary"),
    (b"\xff\xfe\xfa bad", "a.txt", "UTF-8"),
    (b"hello", "a.docx", "content is txt"),
])
def test_sniff_refuses(data, name, reason):
    with pytest.raises(UploadRejected, match=reason):
        sniff(data, name)


def row(row_id: int, spans: list[tuple[int, int]], section: str = "people") -> ReviewRow:
    return ReviewRow(id=row_id, document_id="d", section=section, position=0,
                     fact={"src": [{"source": "s", "start": a, "end": b} for a, b in spans]},
                     status="pending", final=None, assigned_id=None, decided_by=None, decided_at=None)


def test_segments_cut_at_spans_and_tag_owner():
    text = "The jury voted 10-2 in 2009."
    parts = segments(text, [row(1, [(15, 19)]), row(2, [(23, 27)])])
    assert "".join(p.text for p in parts) == text
    assert [(p.text, p.fact_id) for p in parts if p.fact_id] == [("10-2", 1), ("2009", 2)]


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=6))
def test_segments_always_rebuild_the_text(text, spans):
    parts = segments(text, [row(i + 1, [s]) for i, s in enumerate(spans)])
    assert "".join(p.text for p in parts) == text


def test_merge_person_with_same_name_joins_roles_and_sources():
    fact = {"id": "p9", "name": "corey  MILLER", "roles": ["co_defendant"],
            "src": [{"source": "draft", "start": 0, "end": 5, "quote": "xxxxx"}]}
    case, assigned = merge_fact(BASE, document(), "people", fact, {})
    assert assigned == "p1" and len(case.people) == 1
    assert case.people[0].roles == ("defendant", "co_defendant")
    assert case.people[0].src[0].source == "doc-ffffffffffff" and case.people[0].src[0].quote == "xxxxx"
    assert case.sources[0].id == "doc-ffffffffffff" and case.sources[0].kind == "news"


def test_merge_renames_clashing_ids_and_follows_references():
    witness = {"id": "p1", "name": "Jane Witness", "roles": ["witness"]}
    case, assigned = merge_fact(BASE, document(), "people", witness, {})
    assert assigned == "p1-abcd" and case.person("p1-abcd").name == "Jane Witness"
    testimony = {"id": "t1", "witness": "p1", "subject": "identification",
                 "recantation": {"form": "affidavit", "src": [{"source": "draft", "quote": "q"}]}}
    case, _ = merge_fact(case, document(), "testimony", testimony, {"p1": "p1-abcd"})
    assert case.testimony[0].witness == "p1-abcd"
    assert case.testimony[0].recantation.src[0].source == "doc-ffffffffffff"


def test_merge_refuses_what_the_case_file_refuses():
    with pytest.raises(ReviewError) as info:
        merge_fact(BASE, document(), "testimony", {"witness": "nobody"}, {})
    assert any("testimony[0].witness" in line for line in info.value.lines)
    with pytest.raises(ReviewError):
        merge_fact(BASE, document(), "proceedings",
                   {"kind": "trial", "verdict": {"votes_guilty": 10, "votes_not_guilty": 5}}, {})


def test_merge_custody_and_fields():
    case, _ = merge_fact(BASE, document(), "custody", {"status": "imprisoned", "since": "2009"}, {})
    assert case.custody.status == "imprisoned"
    case, _ = merge_fact(case, document(), "field", {"field": "county", "value": "Caddo"}, {})
    assert case.county == "Caddo"


@pytest.mark.parametrize(("verdict", "expected"), [
    ("{outcome: guilty, form: jury, votes_guilty: 10, votes_not_guilty: 2}", True),
    ("{outcome: guilty, form: jury, unanimous: false}", True),
    ("{outcome: guilty, form: jury, votes_guilty: 12, votes_not_guilty: 0}", False),
    ("{outcome: guilty, form: bench}", None),
    ("{outcome: guilty}", None),
])
def test_non_unanimous_facet(verdict, expected):
    case = loads_case(f"""
schema: dayincourt.case/1
id: x
jurisdiction: US-LA
proceedings: [{{kind: trial, verdict: {verdict}}}]
""", "x.yaml")
    assert non_unanimous(case) is expected


@pytest.mark.parametrize(("section", "form", "problem"), [
    ("people", {}, "people.name: full name is required"),
    ("proceedings", {"kind": "party"}, "proceedings.kind"),
    ("proceedings", {"kind": "trial", "votes_guilty": "ten"}, "not a number"),
    ("proceedings", {"kind": "trial", "date": "2009-13"}, "proceedings.date"),
    ("evidence", {"description": "DNA", "kind": "scientific", "tested": "maybe"}, "yes or no"),
    ("nothing", {}, "not an editable section"),
])
def test_form_problems_name_the_field(section, form, problem):
    with pytest.raises(FormProblem) as info:
        item_from_form(section, form, {}, BASE)
    assert any(problem in line for line in info.value.lines), info.value.lines


def test_form_builds_nested_verdict_and_unique_ids():
    item = item_from_form("proceedings", {"kind": "trial", "verdict_outcome": "guilty", "verdict_form": "jury",
                                          "votes_guilty": "10", "votes_not_guilty": "2"}, {}, BASE)
    assert item["verdict"] == {"outcome": "guilty", "form": "jury", "votes_guilty": 10, "votes_not_guilty": 2}
    person = item_from_form("people", {"name": "P1"}, {"roles": ["witness"]}, BASE)
    assert person["id"] == "p1-2" and person["roles"] == ["witness"]
