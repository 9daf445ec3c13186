"""Helpers of the web tests (imported by name: the tests directories are not packages)."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from dayincourt.casefile import loads_case
from dayincourt.web import accounts

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PG_URL = os.environ.get("DAYINCOURT_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TODAY = dt.date(2026, 11, 28)
PASSWORD = "correct horse battery staple"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def make_user(engine: sa.Engine, role: str, team: str) -> str:
    username = unique(role)
    accounts.create_user(engine, username, role, PASSWORD, teams=(team,))
    return username


def token_client(app, engine: sa.Engine, role: str, team: str) -> TestClient:
    """A client that authenticates with an API token of a new user."""
    username = make_user(engine, role, team)
    token = accounts.create_token(engine, username)
    return TestClient(app, base_url="https://testserver",
                      headers={"Authorization": f"Bearer {token}"})


def login_client(app, engine: sa.Engine, role: str, team: str) -> TestClient:
    """A browser-like client signed in through the login form (session cookie + CSRF)."""
    username = make_user(engine, role, team)
    client = TestClient(app, base_url="https://testserver")
    page = client.get("/login")
    response = client.post("/login", data={"username": username, "password": PASSWORD,
                                           "csrf_token": csrf_from(page.text)},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    return client


def csrf_from(html: str) -> str:
    marker = 'name="csrf_token" value="'
    start = html.index(marker) + len(marker)
    return html[start:html.index('"', start)]


def case_dict(case_id: str, **extra) -> dict:
    return {"schema": "dayincourt.case/1", "id": case_id, "jurisdiction": "US-LA",
            "title": f"State v. Example {case_id}", **extra}


MILLER_LIKE = """
schema: dayincourt.case/1
id: {id}
jurisdiction: US-LA
title: State v. Test Miller
county: Caddo
people:
  - {{id: p-def, name: Corey Testmiller, roles: [defendant]}}
charges:
  - {{offense: second-degree murder, offense_date: "2002-10-14"}}
proceedings:
  - {{kind: trial, date: "2009-08-12", outcome: convicted,
     verdict: {{outcome: guilty, form: jury, votes_guilty: 10, votes_not_guilty: 2}}}}
custody: {{status: imprisoned}}
"""


def miller_like(case_id: str):
    return loads_case(MILLER_LIKE.format(id=case_id), "miller-like.yaml")
