"""HTML pages in-process: login, cookies, CSRF, throttling, escaping, editing forms, review."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from dayincourt.casefile import case_to_dict
from dayincourt.web import create_app
from dayincourt.web.security import LoginThrottle

from web_support import (PASSWORD, csrf_from, login_client, make_user, miller_like,
                         shared_path, token_client, unique)


def test_pages_redirect_to_login(app):
    client = TestClient(app, base_url="https://testserver")
    response = client.get("/cases/x?as_of=2020-01-01", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fcases%2Fx%3Fas_of%3D2020-01-01"
    login = client.get(response.headers["location"])
    assert 'name="next" value="/cases/x?as_of=2020-01-01"' in login.text


def test_session_cookie_is_secure_httponly_samesite(app, engine):
    username = make_user(engine, "staff", unique("team"))
    client = TestClient(app, base_url="https://testserver")
    page = client.get("/login")
    response = client.post("/login", data={"username": username, "password": PASSWORD,
                                           "csrf_token": csrf_from(page.text)}, follow_redirects=False)
    cookie = response.headers["set-cookie"].lower()
    assert "secure" in cookie and "httponly" in cookie and "samesite=lax" in cookie
    assert response.headers["location"] == "/"
    assert "Content-Security-Policy" in client.get("/").headers


def test_login_without_csrf_token_is_refused(app, engine):
    username = make_user(engine, "staff", unique("team"))
    client = TestClient(app, base_url="https://testserver")
    client.get("/login")
    response = client.post("/login", data={"username": username, "password": PASSWORD})
    assert response.status_code == 403 and "CSRF" in response.text


def test_form_posts_need_the_csrf_token(app, engine):
    client = login_client(app, engine, "attorney", unique("team"))
    case_id = unique("csrf")
    refused = client.post("/cases/new", data={"id": case_id, "jurisdiction": "US-LA"})
    assert refused.status_code == 403
    token = csrf_from(client.get("/cases/new").text)
    made = client.post("/cases/new", data={"id": case_id, "jurisdiction": "US-LA",
                                           "csrf_token": token}, follow_redirects=False)
    assert made.status_code == 303 and made.headers["location"] == f"/cases/{case_id}"
    # The API under a session cookie needs the token in a header.
    assert client.delete(f"/api/v1/cases/{case_id}").status_code == 403
    assert client.delete(f"/api/v1/cases/{case_id}", headers={"X-CSRF-Token": token}).status_code == 200


def test_wrong_passwords_are_throttled(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 't.sqlite'}", throttle=LoginThrottle(max_failures=3))
    engine = app.state.workbench.engine
    username = make_user(engine, "viewer", "default")
    client = TestClient(app, base_url="https://testserver")
    statuses = []
    for _ in range(4):
        token = csrf_from(client.get("/login").text)
        statuses.append(client.post("/login", data={"username": username, "password": "wrong-password",
                                                    "csrf_token": token}).status_code)
    assert statuses == [401, 401, 401, 429]
    token = csrf_from(client.get("/login").text)
    blocked = client.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token})
    assert blocked.status_code == 429 and "Retry-After" in blocked.headers


def test_logout_and_password_change_end_the_session(app, engine):
    client = login_client(app, engine, "viewer", unique("team"))
    assert client.get("/", follow_redirects=False).status_code == 200
    username = re.search(r"(viewer-[0-9a-f]+)", client.get("/").text).group(1)
    from dayincourt.web import set_password

    set_password(engine, username, "another long password")
    assert client.get("/", follow_redirects=False).status_code == 303


def test_case_list_search_and_facets_render(app, engine):
    team = unique("team")
    client = login_client(app, engine, "attorney", team)
    api = token_client(app, engine, "attorney", team)
    case_id = unique("list")
    api.post("/api/v1/cases", json=case_to_dict(miller_like(case_id)))
    page = client.get("/", params={"q": "testmiller"})
    assert page.status_code == 200 and f"/cases/{case_id}" in page.text
    assert 'label for="q"' in page.text and "Non-unanimous verdict" in page.text
    partial = client.get("/", params={"non_unanimous": "yes"},
                         headers={"HX-Request": "true", "HX-Target": "results"})
    assert "<html" not in partial.text and case_id in partial.text
    assert case_id not in client.get("/", params={"non_unanimous": "no"}).text


def test_case_page_shows_facts_screening_and_changes_with_as_of(app, engine):
    team = unique("team")
    client = login_client(app, engine, "staff", team)
    token_client(app, engine, "staff", team).post("/api/v1/cases",
                                                  json=case_to_dict(miller_like(unique("page"))))
    case_id = re.search(r'href="/cases/(page-[0-9a-f]+)"', client.get("/").text).group(1)
    page = client.get(f"/cases/{case_id}", params={"as_of": "2026-11-28"})
    assert page.status_code == 200
    for text in ("Corey Testmiller", "10–2", "second-degree murder", "us-la/non-unanimous-jury",
                 "not legal advice", 'value="2026-11-28"'):
        assert text in page.text
    panel = client.get(f"/cases/{case_id}/screening", params={"as_of": "2015-01-01"})
    assert "As of 2015-01-01" in panel.text and "<html" not in panel.text
    bad = client.get(f"/cases/{case_id}/screening", params={"as_of": "yesterday"})
    assert bad.status_code == 422 and "YYYY-MM-DD" in bad.text


def test_edit_forms_validate_like_the_cli(app, engine):
    team = unique("team")
    client = login_client(app, engine, "staff", team)
    case_id = unique("edit")
    token_client(app, engine, "staff", team).post("/api/v1/cases", json=case_to_dict(miller_like(case_id)))
    token = csrf_from(client.get(f"/cases/{case_id}/edit").text)
    added = client.post(f"/cases/{case_id}/add/people", data={"name": "Jane Witness", "roles": "witness",
                                                              "csrf_token": token}, follow_redirects=False)
    assert added.status_code == 303
    bad = client.post(f"/cases/{case_id}/add/proceedings", data={
        "kind": "trial", "votes_guilty": "13", "csrf_token": token})
    assert bad.status_code == 422 and "votes_guilty" in bad.text
    missing = client.post(f"/cases/{case_id}/add/testimony", data={"csrf_token": token})
    assert missing.status_code == 422 and "testimony.witness" in missing.text
    bad_yaml = client.post(f"/cases/{case_id}/edit", data={"case_yaml": "id: [", "csrf_token": token})
    assert bad_yaml.status_code == 422 and "invalid YAML" in bad_yaml.text
    page = client.get(f"/cases/{case_id}")
    assert "Jane Witness" in page.text
    history = client.get(f"/cases/{case_id}/history")
    assert "web:staff-" in history.text


def test_document_text_is_escaped_everywhere(app, engine):
    team = unique("team")
    client = login_client(app, engine, "attorney", team)
    api = token_client(app, engine, "attorney", team)
    case_id = unique("xss")
    api.post("/api/v1/cases", json=case_to_dict(miller_like(case_id)))
    evil = (b"<script>alert('x')</script> The jury voted 10-2 to convict <b onmouseover=alert(1)>"
            b"John Doe</b> of second-degree murder in 2009.")
    upload = api.post(f"/api/v1/cases/{case_id}/documents", files={"file": ("evil.txt", evil, "text/plain")})
    assert upload.status_code == 201, upload.text
    doc = upload.json()["document"]["id"]
    page = client.get(f"/documents/{doc}/review")
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<b onmouseover" not in page.text
    assert "&lt;script&gt;" in page.text


def test_review_page_accept_and_reject_through_forms(app, engine):
    team = unique("team")
    client = login_client(app, engine, "staff", team)
    api = token_client(app, engine, "staff", team)
    case_id = unique("rev")
    api.post("/api/v1/cases", json={"schema": "dayincourt.case/1", "id": case_id, "jurisdiction": "US-LA"})
    text = shared_path("data", "seed_article_miller.txt").read_bytes()
    doc = api.post(f"/api/v1/cases/{case_id}/documents", files={"file": ("seed.txt", text)}).json()
    assert doc["facts"], "extraction found no fact in the Miller article"
    page = client.get(f"/documents/{doc['document']['id']}/review")
    token = csrf_from(page.text)
    assert "<mark" in page.text
    first, *rest = doc["facts"]
    response = client.post(f"/documents/{doc['document']['id']}/facts/{first['id']}",
                           data={"action": "accept", "csrf_token": token},
                           headers={"HX-Request": "true"})
    assert response.status_code == 200 and "accepted" in response.text and "<html" not in response.text
    if rest:
        rejected = client.post(f"/documents/{doc['document']['id']}/facts/{rest[0]['id']}",
                               data={"action": "reject", "csrf_token": token}, follow_redirects=False)
        assert rejected.status_code == 303


@pytest.mark.parametrize("path", ["/rules", "/", "/cases/new"])
def test_pages_are_accessible_basics(app, engine, path):
    client = login_client(app, engine, "attorney", unique("team"))
    html = client.get(path).text
    assert '<html lang="en">' in html and 'class="skip"' in html and "<main" in html
    ids = set(re.findall(r'<(?:input|select|textarea)[^>]*\bid="([^"]+)"', html))
    labelled = set(re.findall(r'<label[^>]*for="([^"]+)"', html))
    assert ids <= labelled, ids - labelled


def test_viewer_cannot_open_write_pages(app, engine):
    client = login_client(app, engine, "viewer", unique("team"))
    refused = client.get("/cases/new")
    assert refused.status_code == 403 and "may not write" in refused.text
    assert "Sign out" in refused.text  # the error page keeps the signed-in layout


@pytest.mark.parametrize(("fact", "action", "status"), [(999_999, "accept", 404), (999_999, "dance", 404)])
def test_deciding_a_missing_fact_is_not_found(app, engine, fact, action, status):
    team = unique("team")
    client = login_client(app, engine, "staff", team)
    api = token_client(app, engine, "staff", team)
    case_id = unique("miss")
    api.post("/api/v1/cases", json={"schema": "dayincourt.case/1", "id": case_id, "jurisdiction": "US-LA"})
    doc = api.post(f"/api/v1/cases/{case_id}/documents", files={"file": ("n.txt", b"A short note.")}).json()
    token = csrf_from(client.get(f"/documents/{doc['document']['id']}/review").text)
    response = client.post(f"/documents/{doc['document']['id']}/facts/{fact}",
                           data={"action": action, "csrf_token": token}, headers={"HX-Request": "true"})
    assert response.status_code == status


@pytest.mark.parametrize("path, target", [("/cases", "/"), ("/cases?q=miller&custody=imprisoned", "/?q=miller&custody=imprisoned")])
def test_cases_address_leads_to_the_list(app, engine, path, target):
    client = login_client(app, engine, "viewer", unique("team"))
    res = client.get(path, follow_redirects=False)
    assert (res.status_code, res.headers["location"]) == (303, target)
