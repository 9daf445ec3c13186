"""In-process tests of the JSON API: CRUD, export, screen, report, rules, documents, errors."""

from __future__ import annotations

import json

import pytest
import yaml
from fastapi.testclient import TestClient

from dayincourt.casefile import case_to_dict

from web_support import case_dict, miller_like, shared_path, token_client, unique


@pytest.fixture()
def team() -> str:
    return unique("team")


@pytest.fixture()
def attorney(app, engine, team) -> TestClient:
    return token_client(app, engine, "attorney", team)


def assert_error_shape(response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"ok", "error", "errors", "status"}
    assert body["ok"] is False and body["status"] == status and body["error"]
    assert isinstance(body["errors"], list)
    return body


def test_case_crud_round_trip(attorney):
    case_id = unique("crud")
    created = attorney.post("/api/v1/cases", json=case_dict(case_id, county="Caddo"))
    assert created.status_code == 201 and created.json()["ok"] is True
    got = attorney.get(f"/api/v1/cases/{case_id}").json()
    assert got["case"]["county"] == "Caddo" and got["team"]
    changed = {**got["case"], "county": "Orleans"}
    assert attorney.put(f"/api/v1/cases/{case_id}", json=changed).json()["case"]["county"] == "Orleans"
    history = attorney.get(f"/api/v1/cases/{case_id}/history").json()["events"]
    assert [e["action"] for e in history][:2] == ["add", "save"] or len(history) >= 2
    assert history[-1]["after"]["county"] == "Orleans"
    assert attorney.delete(f"/api/v1/cases/{case_id}").json() == {"ok": True, "deleted": case_id}
    assert_error_shape(attorney.get(f"/api/v1/cases/{case_id}"), 404)


def test_list_search_and_facets(attorney, store):
    case_id = unique("facet")
    case = miller_like(case_id)
    assert attorney.post("/api/v1/cases", json=case_to_dict(case)).status_code == 201
    other = unique("plain")
    attorney.post("/api/v1/cases", json=case_dict(other))
    listed = attorney.get("/api/v1/cases").json()
    ids = [i["id"] for i in listed["items"]]
    assert {case_id, other} <= set(ids) and listed["total"] == len(ids)
    nu = attorney.get("/api/v1/cases", params={"non_unanimous": "true"}).json()
    assert [i["id"] for i in nu["items"]] == [case_id]
    assert nu["items"][0]["defendants"] == ["Corey Testmiller"]
    assert listed["facets"]["non_unanimous"].get("yes") == 1
    found = attorney.get("/api/v1/cases", params={"q": "testmiller"}).json()
    assert [i["id"] for i in found["items"]] == [case_id]
    none = attorney.get("/api/v1/cases", params={"q": "testmiller", "custody": "released"}).json()
    assert none["total"] == 0


def test_export_yaml_and_json(attorney):
    case_id = unique("export")
    attorney.post("/api/v1/cases", json=case_to_dict(miller_like(case_id)))
    as_yaml = attorney.get(f"/api/v1/cases/{case_id}/export")
    assert as_yaml.headers["content-type"].startswith("application/yaml")
    assert yaml.safe_load(as_yaml.text)["proceedings"][0]["verdict"]["votes_guilty"] == 10
    as_json = attorney.get(f"/api/v1/cases/{case_id}/export", params={"format": "json"})
    assert json.loads(as_json.text)["id"] == case_id
    assert f'{case_id}.case.json' in as_json.headers["content-disposition"]


def test_screen_follows_as_of_and_lists_remedies(attorney):
    case_id = unique("screen")
    attorney.post("/api/v1/cases", json=case_to_dict(miller_like(case_id)))
    body = attorney.get(f"/api/v1/cases/{case_id}/screen", params={"as_of": "2026-11-28"}).json()
    assert body["ok"] is True and body["as_of"] == "2026-11-28" and body["jurisdiction"] == "US-LA"
    ids = {r["id"] for r in body["remedies"]}
    assert "us-la/non-unanimous-jury" in ids and "us-la/ccrp-926.2" in ids
    assert "not legal advice" in body["disclaimer"]
    default = attorney.get(f"/api/v1/cases/{case_id}/screen").json()
    assert default["as_of"] == "2026-11-28"  # the app's clock (fixed in tests)
    assert_error_shape(attorney.get(f"/api/v1/cases/{case_id}/screen",
                                    params={"as_of": "2026-13-01"}), 422)


@pytest.mark.parametrize(("fmt", "media", "magic"), [
    ("html", "text/html", b"<"), ("md", "text/markdown", b"#"), ("pdf", "application/pdf", b"%PDF"),
])
def test_report_formats(attorney, fmt, media, magic):
    case_id = unique("report")
    attorney.post("/api/v1/cases", json=case_to_dict(miller_like(case_id)))
    response = attorney.get(f"/api/v1/cases/{case_id}/report",
                            params={"format": fmt, "as_of": "2026-11-28"})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    assert response.content.lstrip()[:len(magic)] == magic


def test_rules_have_text_and_authorities(attorney):
    remedies = attorney.get("/api/v1/rules").json()["remedies"]
    by_id = {r["id"]: r for r in remedies}
    assert {"us-la/ccrp-926.2", "us-fed/2254-timeliness"} <= set(by_id)
    assert all(r["rule_text"] and r["citations"] for r in remedies)


def test_openapi_is_published_without_login(app):
    spec = TestClient(app, base_url="https://testserver").get("/api/v1/openapi.json").json()
    assert "/api/v1/cases" in spec["paths"] and "/api/v1/documents/{document_id}/facts/{fact_id}" in spec["paths"]
    assert not any(p.startswith("/cases") for p in spec["paths"])  # pages are not API


@pytest.mark.parametrize(("request_args", "status"), [
    ({"method": "GET", "url": "/api/v1/cases/no-such-case"}, 404),
    ({"method": "POST", "url": "/api/v1/cases", "json": {"id": "x"}}, 422),
    ({"method": "POST", "url": "/api/v1/cases", "content": b"{not json",
      "headers": {"content-type": "application/json"}}, 422),
    ({"method": "GET", "url": "/api/v1/cases", "params": {"limit": 0}}, 422),
    ({"method": "GET", "url": "/api/v1/nothing-here"}, 404),
    ({"method": "PUT", "url": "/api/v1/rules"}, 405),
])
def test_errors_have_one_shape(attorney, request_args, status):
    assert_error_shape(attorney.request(**request_args), status)


def test_invalid_case_lists_each_problem(attorney):
    body = assert_error_shape(attorney.post("/api/v1/cases", json={
        "schema": "dayincourt.case/1", "id": "Bad Id", "jurisdiction": "Louisiana"}), 422)
    assert any("id" in e for e in body["errors"]) and any("jurisdiction" in e for e in body["errors"])


def test_duplicate_case_is_a_conflict(attorney):
    case_id = unique("dup")
    attorney.post("/api/v1/cases", json=case_dict(case_id))
    assert_error_shape(attorney.post("/api/v1/cases", json=case_dict(case_id)), 409)


def test_without_credentials_the_api_answers_401(app):
    client = TestClient(app, base_url="https://testserver")
    body = assert_error_shape(client.get("/api/v1/cases"), 401)
    assert "token" in body["error"]
    bad = TestClient(app, base_url="https://testserver", headers={"Authorization": "Bearer dic_nope"})
    assert_error_shape(bad.get("/api/v1/me"), 401)


@pytest.mark.parametrize(("name", "data", "status"), [
    ("evil.exe", b"MZ\x90\x00\x03\x00\x00\x00", 415),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00", 415),
    ("fake.pdf", b"just some text, not a pdf", 415),
    ("empty.txt", b"", 415),
    ("big.txt", b"a" * 250_000, 413),
])
def test_uploads_are_sniffed_and_size_limited(attorney, name, data, status):
    case_id = unique("upl")
    attorney.post("/api/v1/cases", json=case_dict(case_id))
    response = attorney.post(f"/api/v1/cases/{case_id}/documents", files={"file": (name, data)})
    assert_error_shape(response, status)


def test_upload_extract_review_accept_changes_screening(attorney):
    text = shared_path("data", "seed_article_miller.txt").read_bytes()
    case_id = unique("seed")
    attorney.post("/api/v1/cases", json=case_dict(case_id))
    before = attorney.get(f"/api/v1/cases/{case_id}/screen").json()
    split = attorney.get("/api/v1/cases", params={"non_unanimous": "true"}).json()
    assert case_id not in [i["id"] for i in split["items"]]
    uploaded = attorney.post(f"/api/v1/cases/{case_id}/documents",
                             files={"file": ("seed_article_miller.txt", text, "text/plain")})
    assert uploaded.status_code == 201, uploaded.text
    facts = uploaded.json()["facts"]
    assert facts and all(f["status"] == "pending" for f in facts)
    # Nothing entered the case by extraction alone.
    assert attorney.get(f"/api/v1/cases/{case_id}").json()["case"].get("proceedings") is None
    doc_id = uploaded.json()["document"]["id"]
    document = attorney.get(f"/api/v1/documents/{doc_id}").json()
    verdict = next(f for f in facts if f["section"] == "proceedings" and (f["fact"].get("verdict") or {}).get("votes_guilty") == 10)
    for prov in verdict["fact"]["src"]:
        assert document["text"][prov["start"]:prov["end"]] == prov["quote"]
    accepted = attorney.post(f"/api/v1/documents/{doc_id}/facts/{verdict['id']}", json={"action": "accept"})
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["fact"]["status"] == "accepted"
    case = attorney.get(f"/api/v1/cases/{case_id}").json()["case"]
    stored = case["proceedings"][0]
    assert stored["verdict"]["votes_guilty"] == 10 and stored["src"][0]["quote"]
    assert stored["src"][0]["source"] in {s["id"] for s in case["sources"]}
    after = attorney.get(f"/api/v1/cases/{case_id}/screen").json()
    assert before["remedies"] != after["remedies"]
    # The list's facets follow the accepted fact (no stale cached counts).
    split_after = attorney.get("/api/v1/cases", params={"non_unanimous": "true"}).json()
    assert case_id in [i["id"] for i in split_after["items"]]
    assert split_after["total"] == split["total"] + 1
    again = attorney.post(f"/api/v1/documents/{doc_id}/facts/{verdict['id']}", json={"action": "accept"})
    assert_error_shape(again, 422)
    # The document's text is searchable.
    found = attorney.get("/api/v1/cases", params={"q": "Miller", "limit": 200}).json()["items"]
    assert case_id in [i["id"] for i in found]


def test_extract_endpoint_returns_the_contract_object(attorney):
    text = shared_path("data", "seed_article_miller.txt").read_bytes()
    body = attorney.post("/api/v1/extract", files={"file": ("seed.txt", text)}).json()
    assert body["ok"] is True and {"document", "case", "citations"} <= set(body)


def _pdf(text: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=f"<p>{text}</p>").write_pdf()


SENTENCE = "After a trial in 2009 the jury returned a 10-2 verdict against Corey Miller."


@pytest.mark.parametrize(("name", "make"), [
    ("note.txt", lambda: SENTENCE.encode()),
    ("page.html", lambda: f"<!doctype html><html><body><article><p>{SENTENCE}</p></article></body></html>".encode()),
    ("scan.pdf", lambda: _pdf(SENTENCE)),
])
def test_upload_reads_txt_html_and_pdf(attorney, name, make):
    case_id = unique("kinds")
    attorney.post("/api/v1/cases", json=case_dict(case_id))
    response = attorney.post(f"/api/v1/cases/{case_id}/documents", files={"file": (name, make())})
    assert response.status_code == 201, response.text
    document = attorney.get(f"/api/v1/documents/{response.json()['document']['id']}").json()
    assert "10-2 verdict" in document["text"]
    assert document["document"]["filename"] == name


def test_an_edited_fact_enters_the_case_as_edited_with_its_provenance(attorney):
    text = shared_path("data", "seed_article_miller.txt").read_bytes()
    case_id = unique("edited")
    attorney.post("/api/v1/cases", json=case_dict(case_id))
    uploaded = attorney.post(f"/api/v1/cases/{case_id}/documents", files={"file": ("seed.txt", text)}).json()
    doc_id = uploaded["document"]["id"]
    charge = next(f for f in uploaded["facts"] if f["section"] == "charges")
    edited = {**charge["fact"], "offense": "manslaughter", "statute": "La. R.S. 14:31"}
    response = attorney.post(f"/api/v1/documents/{doc_id}/facts/{charge['id']}",
                             json={"action": "accept", "fact": edited})
    assert response.status_code == 200, response.text
    assert response.json()["fact"]["status"] == "edited"
    stored = attorney.get(f"/api/v1/cases/{case_id}").json()["case"]["charges"][0]
    assert stored["offense"] == "manslaughter" and stored["statute"] == "La. R.S. 14:31"
    assert stored["src"] and all(p["quote"] for p in stored["src"])
    rejected = next(f for f in uploaded["facts"] if f["section"] == "factors")
    attorney.post(f"/api/v1/documents/{doc_id}/facts/{rejected['id']}", json={"action": "reject"})
    assert "factors" not in attorney.get(f"/api/v1/cases/{case_id}").json()["case"]
    bad = attorney.post(f"/api/v1/documents/{doc_id}/facts/{uploaded['facts'][0]['id']}",
                        json={"action": "accept", "fact": {"name": 42}})
    assert bad.status_code == 422 and bad.json()["errors"]


@pytest.mark.parametrize("url", [
    "/api/v1/cases?custody=%00",           # a facet compared in SQL: PostgreSQL refuses NUL in any text parameter
    "/api/v1/cases?jurisdiction=US%00LA",
    "/api/v1/cases?q=miller%00",
    "/api/v1/cases/la-x%00y",
])
def test_a_nul_character_in_the_url_is_a_clear_422(attorney, url):
    body = assert_error_shape(attorney.get(url), 422)
    assert body["errors"] == ["url: a NUL character is not allowed"]


def test_a_nul_character_in_a_case_is_a_clear_422(attorney):
    case_id = unique("nul")
    body = assert_error_shape(attorney.post("/api/v1/cases", json=case_dict(case_id, county="Cad\u0000do")), 422)
    assert body["error"] == f"case {case_id!r}: county contains a NUL character, which cannot be stored"
    assert attorney.get(f"/api/v1/cases/{case_id}").status_code == 404  # nothing was written
