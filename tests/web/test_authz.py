"""Authorization matrix: every role x every case endpoint x a case of their own team or another's.

Own team: the role decides (viewer reads only; staff also writes; attorney and admin also delete).
Other team: always 404, so a case's existence does not leak across teams.
"""

from __future__ import annotations

import pytest

from dayincourt.casefile import case_to_dict

from web_support import case_dict, miller_like, token_client, unique

ROLES = ("admin", "attorney", "staff", "viewer")
ALLOWED = {
    "read": {"admin", "attorney", "staff", "viewer"},
    "write": {"admin", "attorney", "staff"},
    "delete": {"admin", "attorney"},
}
# (name, action, method, path template, request kwargs builder)
ENDPOINTS = [
    ("get", "read", "GET", "/api/v1/cases/{id}", lambda cid: {}),
    ("export", "read", "GET", "/api/v1/cases/{id}/export", lambda cid: {}),
    ("history", "read", "GET", "/api/v1/cases/{id}/history", lambda cid: {}),
    ("screen", "read", "GET", "/api/v1/cases/{id}/screen", lambda cid: {"params": {"as_of": "2026-11-28"}}),
    ("report", "read", "GET", "/api/v1/cases/{id}/report", lambda cid: {"params": {"format": "md"}}),
    ("documents", "read", "GET", "/api/v1/cases/{id}/documents", lambda cid: {}),
    ("similar", "read", "GET", "/api/v1/cases/{id}/similar", lambda cid: {"params": {"top": 5}}),
    ("put", "write", "PUT", "/api/v1/cases/{id}", lambda cid: {"json": case_dict(cid, county="Changed")}),
    ("upload", "write", "POST", "/api/v1/cases/{id}/documents",
     lambda cid: {"files": {"file": ("note.txt", b"The jury voted 10-2 to convict John Doe in 2009.")}}),
    ("delete", "delete", "DELETE", "/api/v1/cases/{id}", lambda cid: {}),
]


@pytest.fixture(scope="module")
def teams() -> tuple[str, str]:
    return unique("own"), unique("other")


@pytest.fixture(scope="module")
def clients(app, engine, teams):
    own, _ = teams
    return {role: token_client(app, engine, role, own) for role in ROLES}


@pytest.fixture(scope="module")
def owners(app, engine, teams):
    own, other = teams
    return {"own": token_client(app, engine, "attorney", own),
            "other": token_client(app, engine, "attorney", other)}


@pytest.mark.parametrize("whose", ["own", "other"])
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[e[0] for e in ENDPOINTS])
@pytest.mark.parametrize("role", ROLES)
def test_matrix(clients, owners, role, endpoint, whose):
    name, action, method, template, build = endpoint
    case_id = unique(f"authz-{name}")
    assert owners[whose].post("/api/v1/cases", json=case_to_dict(miller_like(case_id))).status_code == 201
    response = clients[role].request(method, template.format(id=case_id), **build(case_id))
    if whose == "other":
        expected = 404
    elif role in ALLOWED[action]:
        expected = 201 if method == "POST" else 200
    else:
        expected = 403
    assert response.status_code == expected, (role, name, whose, response.text)
    if expected >= 400:
        assert response.json()["status"] == expected
        # A refused change changed nothing.
        assert owners[whose].get(f"/api/v1/cases/{case_id}").json()["case"].get("county") == "Caddo"


@pytest.mark.parametrize("role", ROLES)
def test_list_shows_only_own_team(clients, owners, role):
    mine, theirs = unique("mine"), unique("theirs")
    owners["own"].post("/api/v1/cases", json=case_dict(mine))
    owners["other"].post("/api/v1/cases", json=case_dict(theirs))
    ids = {i["id"] for i in clients[role].get("/api/v1/cases", params={"limit": 200}).json()["items"]}
    assert mine in ids and theirs not in ids
    found = clients[role].get("/api/v1/cases", params={"q": theirs}).json()
    assert found["total"] == 0


@pytest.mark.parametrize(("role", "status"), [("admin", 201), ("attorney", 201), ("staff", 201),
                                              ("viewer", 403)])
def test_create_by_role(clients, role, status):
    response = clients[role].post("/api/v1/cases", json=case_dict(unique("create")))
    assert response.status_code == status


def test_facts_of_another_teams_document_are_hidden(clients, owners):
    case_id = unique("doc")
    owners["other"].post("/api/v1/cases", json=case_dict(case_id))
    upload = owners["other"].post(f"/api/v1/cases/{case_id}/documents",
                                  files={"file": ("n.txt", b"The jury voted 10-2 to convict.")})
    doc = upload.json()["document"]["id"]
    assert clients["admin"].get(f"/api/v1/documents/{doc}").status_code == 404
    facts = upload.json()["facts"]
    if facts:
        response = clients["attorney"].post(f"/api/v1/documents/{doc}/facts/{facts[0]['id']}",
                                            json={"action": "accept"})
        assert response.status_code == 404


def test_cases_changed_outside_the_web_belong_to_default_and_are_reindexed(app, engine, store):
    case_id = unique("cli")
    store.add_case(miller_like(case_id), "cli:someone")
    default_admin = token_client(app, engine, "admin", "default")

    def listed() -> dict:
        items = default_admin.get("/api/v1/cases", params={"q": case_id}).json()["items"]
        return {i["id"]: i for i in items}

    assert listed()[case_id]["county"] == "Caddo"
    assert default_admin.get(f"/api/v1/cases/{case_id}").status_code == 200
    outsider = token_client(app, engine, "admin", unique("elsewhere"))
    assert outsider.get(f"/api/v1/cases/{case_id}").status_code == 404
    store.save_case(miller_like(case_id).model_copy(update={"county": "Orleans"}), "cli:someone")
    assert listed()[case_id]["county"] == "Orleans"
    store.delete_case(case_id, "cli:someone")
    assert case_id not in listed()
