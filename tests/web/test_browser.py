"""End to end in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Sign in, create a case, upload the Miller article, accept the extracted 10-2 verdict, and see the
screening change; change the as-of date; check keyboard access. Screenshots go to
$DAYINCOURT_SCREENSHOTS (default: the test's tmp dir).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from web_support import PASSWORD, TODAY, make_user, shared_path, unique

from dayincourt.web import create_app

pytestmark = [pytest.mark.slow, pytest.mark.browser]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(db_url: str):
    """The app served by uvicorn on 127.0.0.1 in a thread (plain HTTP on loopback: cookies not Secure-only)."""
    app = create_app(db_url, secure_cookies=False, today=lambda: TODAY)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield app, f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("DAYINCOURT_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _sign_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")


def test_upload_review_accept_changes_screening(server, browser, shots, db_url):
    article = shared_path("data", "seed_article_miller.txt")
    app, base = server
    engine = app.state.workbench.engine
    username = make_user(engine, "attorney", unique("clinic"))
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    _sign_in(page, base, username)
    backend = db_url.split(":")[0].split("+")[0]

    case_id = unique("la-miller")
    page.get_by_role("link", name="New case", exact=True).click()
    page.get_by_label("Case id").fill(case_id)
    page.get_by_label("Title").fill("State v. Corey Miller")
    page.get_by_label("County or parish").fill("Jefferson")
    page.get_by_role("button", name="Create case").click()
    page.wait_for_url(f"{base}/cases/{case_id}")
    # htmx fetches the similar-exonerations section after the page (this session's registry is empty).
    page.locator("#similar-result [data-similar='not-loaded']").wait_for()
    assert "dayincourt registry import FILE" in page.locator("#similar").inner_text()
    before = page.locator("#screening-result").inner_text()
    page.screenshot(path=str(shots / f"1-case-before-{backend}.png"), full_page=True)

    page.get_by_role("link", name="Upload a document").click()
    page.get_by_label("Document").set_input_files(str(article))
    page.get_by_role("button", name="Upload and extract").click()
    page.wait_for_url("**/review")
    assert page.locator("mark").count() > 0
    page.screenshot(path=str(shots / f"2-review-{backend}.png"), full_page=True)

    verdict = page.locator("li.fact[data-section='proceedings']").filter(has_text="10-2").first
    verdict.get_by_role("button", name="Accept", exact=True).click()
    page.locator("li.fact.accepted[data-section='proceedings']").first.wait_for()
    # A witness, then their testimony: the testimony follows the person's id in the case.
    person = page.locator("li.fact[data-section='people']").filter(has_text="Darnell Jordan").first
    person.get_by_role("button", name="Accept", exact=True).click()
    page.locator("li.fact.accepted[data-section='people']").first.wait_for()
    testimony = page.locator("li.fact[data-section='testimony']").filter(has_text="Darnell Jordan").first
    testimony.get_by_role("button", name="Accept", exact=True).click()
    page.locator("li.fact.accepted[data-section='testimony']").first.wait_for()
    page.screenshot(path=str(shots / f"3-accepted-{backend}.png"), full_page=True)

    page.goto(f"{base}/cases/{case_id}")
    assert "10–2" in page.locator("#proceedings").inner_text()
    after = page.locator("#screening-result").inner_text()
    assert after != before
    page.screenshot(path=str(shots / f"4-case-after-{backend}.png"), full_page=True)

    page.get_by_label("As of").fill("2015-01-01")
    page.get_by_role("button", name="Screen").click()
    page.locator("#screening-result", has_text="As of 2015-01-01").wait_for()
    assert not [e for e in errors if "Content Security Policy" in e or "htmx" in e.lower()], errors

    page.get_by_role("link", name="Edit facts").click()
    page.get_by_text("Add to evidence").click()
    page.get_by_label("Description").fill("Affidavit of Darnell Jordan")
    page.locator("#evidence-kind").select_option("testimonial")
    page.locator("#evidence-discovered").fill("2019-05")
    page.locator("form[action$='/add/evidence'] button").click()
    page.wait_for_url(f"{base}/cases/{case_id}#evidence")
    assert "Affidavit of Darnell Jordan" in page.locator("#evidence").inner_text()
    assert "Darnell Jordan" in page.locator("#testimony").inner_text()
    page.goto(f"{base}/cases/{case_id}/edit")
    page.screenshot(path=str(shots / f"6-edit-{backend}.png"), full_page=True)
    page.goto(f"{base}/rules")
    page.screenshot(path=str(shots / f"7-rules-{backend}.png"))
    page.close()


def test_keyboard_reaches_skip_link_and_search(server, browser, shots, db_url):
    app, base = server
    username = make_user(app.state.workbench.engine, "viewer", unique("team"))
    page = browser.new_page()
    _sign_in(page, base, username)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    focused = [page.evaluate("document.activeElement.id")]
    for _ in range(8):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.id"))
    assert "q" in focused  # the search box is reachable by keyboard
    page.screenshot(path=str(shots / f"5-list-{db_url.split(':')[0].split('+')[0]}.png"), full_page=True)
    page.close()
