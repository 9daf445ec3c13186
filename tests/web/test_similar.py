"""Similar exonerations on the case page (lazy htmx fragment) and in the JSON API.

The registry-loaded tests run on a database of their own per backend (SQLite file, fresh PostgreSQL
database dropped at the end), so the session app's registry stays empty for the "not loaded" note.
The registry is the fictional fixture of the registry tests, read in place, plus one extra row
written to a temporary file whose name carries HTML.
"""

from __future__ import annotations

import csv
import re
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from web_support import PG_URL, TODAY, login_client, miller_like, token_client, unique

from dayincourt.casefile import case_to_dict, load_case
from dayincourt.registry import import_registry, similar_exonerations
from dayincourt.web import create_app

REGISTRY_FIXTURES = Path(__file__).resolve().parents[1] / "registry" / "fixtures"
BOLD_NAME = "Robert <b>Bold</b> Fictional"
# la_case.yaml (Jefferson Parish murder, PFA + OM alleged, a recanter, jury 2004) against the
# fixture plus the extra row: 9002 shares everything (14); 9990 is 9002 moved to Caddo Parish (12).
EXPECTED_KEYS = ["nre-9002", "nre-9990", "nre-9001", "nre-9011", "nre-9006"]


def _bold_row_csv(folder: Path) -> Path:
    """One more exoneration: row 9002 of the fixture under a new id, name and parish."""
    with (REGISTRY_FIXTURES / "full_small.csv").open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        row = next(r for r in reader if r["ID"] == "9002")
    row.update({"ID": "9990", "Name": BOLD_NAME, "County of Crime": "Caddo"})
    path = folder / "bold_row.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerow(row)
    return path


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def loaded_app(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """An app whose registry holds the fictional fixture (its own database per backend)."""
    folder = tmp_path_factory.mktemp("similar")
    admin = None
    if request.param == "sqlite":
        url = f"sqlite:///{folder / 'web.sqlite'}"
    else:
        name = f"dic_websim_{uuid.uuid4().hex[:12]}"
        admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        url = sa.make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        app = create_app(url, secure_cookies=True, today=lambda: TODAY)
        store = app.state.workbench.store
        # The fixture has deliberate bad rows (tested by the registry tests); 7 rows are good.
        assert import_registry(store, REGISTRY_FIXTURES / "full_small.csv").inserted == 7
        extra = import_registry(store, _bold_row_csv(folder))
        assert (extra.inserted, extra.bad_rows) == (1, ()), extra
        yield app
        store.engine.dispose()
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.dispose()


def _la_case(case_id: str):
    return load_case(REGISTRY_FIXTURES / "la_case.yaml").model_copy(update={"id": case_id})


def _team_clients(app, role: str = "viewer") -> tuple[TestClient, TestClient]:
    """A signed-in browser of ``role`` and an attorney's API client, both in a new team."""
    engine = app.state.workbench.engine
    team = unique("team")
    return login_client(app, engine, role, team), token_client(app, engine, "attorney", team)


def _fragment(client: TestClient, case_id: str):
    return client.get(f"/cases/{case_id}/similar", headers={"HX-Request": "true"})


def _row_keys(html: str) -> list[str]:
    return re.findall(r'<tr data-key="([^"]+)">', html)


# --- empty registry (the session app) ------------------------------------------------------
def test_case_page_loads_the_section_lazily(app, engine):
    browser, api = _team_clients(app)
    case_id = unique("sim-page")
    api.post("/api/v1/cases", json=case_to_dict(miller_like(case_id)))
    page = browser.get(f"/cases/{case_id}")
    assert page.status_code == 200
    heading = "Similar exonerations (National Registry of Exonerations)"
    assert f'<h2 id="h-similar">{heading}</h2>' in page.text
    assert f'hx-get="/cases/{case_id}/similar" hx-trigger="load"' in page.text
    # Without JavaScript the same list is one link away.
    assert f'<a href="/cases/{case_id}/similar">' in page.text


def test_empty_registry_shows_how_to_load_it(app, engine):
    assert not app.state.workbench.registry_loaded()
    browser, api = _team_clients(app)
    case_id = unique("sim-empty")
    api.post("/api/v1/cases", json=case_to_dict(miller_like(case_id)))
    fragment = _fragment(browser, case_id)
    assert fragment.status_code == 200 and "<html" not in fragment.text
    assert 'data-similar="not-loaded"' in fragment.text
    assert "<code>dayincourt registry import FILE</code>" in fragment.text
    assert "<table" not in fragment.text
    full = browser.get(f"/cases/{case_id}/similar")
    assert "<html" in full.text and "<h1>Similar exonerations" in full.text
    assert "is not loaded" in full.text and f'href="/cases/{case_id}"' in full.text
    assert api.get(f"/api/v1/cases/{case_id}/similar").json() == {
        "ok": True, "similar": [], "registry_loaded": False}
    memo = api.get(f"/api/v1/cases/{case_id}/report", params={"format": "md"}).text
    assert "Registry of Exonerations is not loaded" in memo


# --- loaded registry -----------------------------------------------------------------------
def test_section_lists_results_with_shared_features(loaded_app):
    browser, api = _team_clients(loaded_app)
    case_id = unique("sim-la")
    api.post("/api/v1/cases", json=case_to_dict(_la_case(case_id)))
    page = browser.get(f"/cases/{case_id}")
    assert "Bertrand Example" not in page.text  # scored by the fragment, not by the page
    html = _fragment(browser, case_id).text
    assert _row_keys(html) == EXPECTED_KEYS
    library = similar_exonerations(loaded_app.state.workbench.store, _la_case(case_id), top=5)
    assert _row_keys(html) == [s.key for s in library]
    first = html[html.index('<tr data-key="nre-9002">'):html.index('<tr data-key="nre-9990">')]
    for text in ("Bertrand Example", "NRE no. 9002", "<td>Louisiana</td>", "<td>Jefferson</td>",
                 "<td>Murder</td>", "<td>2003</td>", "<td>2019</td>",
                 '14 <span class="muted small">of 14</span>',
                 'Jefferson <span class="muted small">(county, +2)</span>',
                 'PFA <span class="muted small">(factor, +1)</span>',
                 'recanting witness <span class="muted small">(recanters, +2)</span>',
                 'convicted in the 2000s <span class="muted small">'
                 '(decade of conviction, +1)</span>'):
        assert text in first, text
    # Row 9990 is in Caddo, not Jefferson: the county is not among its shared features.
    second = html[html.index('<tr data-key="nre-9990">'):html.index('<tr data-key="nre-9001">')]
    assert "<td>Caddo</td>" in second and "(county," not in second and "12 <span" in second
    for header in ("Exoneree", "State", "County", "Worst crime", "Convicted", "Exonerated",
                   "Score", "Shared with this case"):
        assert f'<th scope="col">{header}</th>' in html
    assert "Source: National Registry of Exonerations." in html
    assert "says nothing about the merits of this case" in html


def test_names_are_escaped(loaded_app):
    browser, api = _team_clients(loaded_app)
    case_id = unique("sim-xss")
    api.post("/api/v1/cases", json=case_to_dict(_la_case(case_id)))
    for response in (_fragment(browser, case_id), browser.get(f"/cases/{case_id}/similar")):
        assert "Robert &lt;b&gt;Bold&lt;/b&gt; Fictional" in response.text
        assert "<b>Bold" not in response.text
    # JSON is not HTML: the API gives the name as the registry has it.
    names = [s["name"] for s in api.get(f"/api/v1/cases/{case_id}/similar").json()["similar"]]
    assert BOLD_NAME in names


def test_api_gives_the_library_results(loaded_app):
    _, api = _team_clients(loaded_app)
    case_id = unique("sim-api")
    api.post("/api/v1/cases", json=case_to_dict(_la_case(case_id)))
    body = api.get(f"/api/v1/cases/{case_id}/similar", params={"top": 3}).json()
    library = similar_exonerations(loaded_app.state.workbench.store, _la_case(case_id), top=3)
    assert body == {"ok": True, "registry_loaded": True,
                    "similar": [s.to_dict() for s in library]}
    best = body["similar"][0]
    assert (best["key"], best["score"], best["max_score"], best["citation"]) == (
        "nre-9002", 14.0, 14.0, "National Registry of Exonerations")
    assert {"feature": "county", "value": "Jefferson", "weight": 2.0} in best["shared"]
    default = api.get(f"/api/v1/cases/{case_id}/similar").json()["similar"]
    assert [s["key"] for s in default] == EXPECTED_KEYS


@pytest.mark.parametrize(("top", "status"),
                         [(0, 422), (51, 422), ("five", 422), (1, 200), (50, 200)])
def test_api_top_is_checked(loaded_app, top, status):
    _, api = _team_clients(loaded_app)
    case_id = unique("sim-top")
    api.post("/api/v1/cases", json=case_to_dict(_la_case(case_id)))
    response = api.get(f"/api/v1/cases/{case_id}/similar", params={"top": top})
    assert response.status_code == status, response.text
    if status == 422:
        assert response.json()["ok"] is False and "top" in response.json()["errors"][0]


def test_nothing_shared_is_not_reported_as_not_loaded(loaded_app):
    browser, api = _team_clients(loaded_app)
    case_id = unique("sim-none")
    # Alaska, no charge, no conviction: no fixture row shares a feature.
    api.post("/api/v1/cases", json={"schema": "dayincourt.case/1", "id": case_id,
                                    "jurisdiction": "US-AK"})
    html = _fragment(browser, case_id).text
    assert 'data-similar="none"' in html and "not loaded" not in html
    assert api.get(f"/api/v1/cases/{case_id}/similar").json() == {
        "ok": True, "similar": [], "registry_loaded": True}
    memo = api.get(f"/api/v1/cases/{case_id}/report", params={"format": "md"}).text
    assert "No similar exonerations were found" in memo and "not loaded" not in memo


def test_memo_lists_the_same_exonerations(loaded_app):
    _, api = _team_clients(loaded_app)
    case_id = unique("sim-memo")
    api.post("/api/v1/cases", json=case_to_dict(_la_case(case_id)))
    memo = api.get(f"/api/v1/cases/{case_id}/report", params={"format": "md"}).text
    assert "Bertrand Example" in memo and "Alma Fictional" in memo


def test_another_teams_case_is_not_found(loaded_app):
    _, owner = _team_clients(loaded_app)
    outsider, outsider_api = _team_clients(loaded_app, "admin")
    case_id = unique("sim-other")
    owner.post("/api/v1/cases", json=case_to_dict(_la_case(case_id)))
    for response in (_fragment(outsider, case_id), outsider.get(f"/cases/{case_id}/similar"),
                     outsider_api.get(f"/api/v1/cases/{case_id}/similar")):
        assert response.status_code == 404
        assert "Bertrand" not in response.text


def test_openapi_lists_the_endpoint(app):
    spec = TestClient(app, base_url="https://testserver").get("/api/v1/openapi.json").json()
    operation = spec["paths"]["/api/v1/cases/{case_id}/similar"]["get"]
    assert "National Registry of Exonerations" in operation["summary"]
    assert [p["name"] for p in operation["parameters"]] == ["case_id", "top"]
