"""`foi review --serve` in a real browser: Playwright drives the system's Chromium (the Debian `chromium`
package, by its executable path; `.ci/run` installs it) against `foi review --serve` over a warehouse read by the
real reader. One figure is corrected, one rejected and one accepted with the keyboard alone; the test then reads
the decisions in the warehouse, rebuilds from the page and finds the corrected figure in the report.

Screenshots go to $FOI_SCREENSHOTS (default: the test's temporary folder) to be looked at.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from tests.test_review_app import build_review_warehouse, figure_id, read, start_server

playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the test extra)")


def chromium_path() -> str:
    found = os.environ.get("FOI_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        message = ("no Chromium: apt-get install chromium (or set FOI_CHROMIUM to its executable); "
                   "`playwright install` is not used")
        if os.environ.get("CI"):
            pytest.fail(message)  # .ci/run installs it: on CI a missing browser is a broken setup, not a skip
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def browser():
    executable = chromium_path()
    with playwright_api.sync_playwright() as p:
        # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        launched = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("FOI_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_accept_correct_and_reject_with_the_keyboard_then_rebuild_the_report(tmp_path, browser, shots):
    build_review_warehouse(tmp_path)
    path = tmp_path / "foi.duckdb"
    barnet, tablets = figure_id(path, "Barnet", "laptops"), figure_id(path, "Barnet", "tablets")
    cardiff, leeds = figure_id(path, "Cardiff", "laptops"), figure_id(path, "Leeds", "laptops")
    server = start_server(path, "Ana Diaz")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(20_000)
    try:
        page.goto(server.url)
        assert "0 of 4 checked" in page.inner_text("#progress")
        page.screenshot(path=shots / "1-queue.png", full_page=True)

        page.keyboard.press("n")  # the first figure to check: flagged ones first
        page.wait_for_url(re.compile(f"/figure/{barnet}"))
        assert page.inner_text("#words") == "Laptops\t430"
        page.screenshot(path=shots / "2-figure.png", full_page=True)
        with page.context.expect_page() as opened:  # o: the original document, in a new tab
            page.keyboard.press("o")
        document = opened.value
        document.wait_for_load_state()
        assert "/document/wdtk:11:2" in document.url and document.inner_text("body").startswith("Device,2019-20")
        document.close()

        page.keyboard.press("c")  # correct: the cursor goes to the value, typed over, Enter saves
        page.keyboard.type("428")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(f"/figure/{tablets}"))
        assert "Saved: Barnet 1a laptops 2019-20" in page.inner_text("#saved")

        page.keyboard.press("x")  # not a figure
        page.wait_for_url(re.compile(f"/figure/{cardiff}"))
        page.keyboard.press("a")  # accept
        page.wait_for_url(re.compile(f"/figure/{leeds}"))

        page.keyboard.press("c")  # a value that is not a number: a message, the figure is not saved
        page.keyboard.type("lots")
        page.keyboard.press("Enter")
        page.wait_for_selector("#message")
        assert "'lots' is not a number" in page.inner_text("#message")
        assert page.input_value("#field-value") == "lots"
        page.screenshot(path=shots / "3-bad-value.png", full_page=True)

        page.keyboard.press("Escape")
        page.keyboard.press("q")
        page.wait_for_selector("#progress")
        assert "3 of 4 checked" in page.inner_text("#progress")
        decided = read(path, "SELECT answer_id, decision, value, reviewer FROM review_decisions ORDER BY decision")
        assert decided == [(cardiff, "accept", 315.0, "Ana Diaz"), (barnet, "correct", 428.0, "Ana Diaz"),
                           (tablets, "not_a_figure", None, "Ana Diaz")]

        page.click("#rebuild")  # foi extract + foi report, from the page
        page.wait_for_selector("#message", timeout=120_000)
        assert "The report is up to date" in page.inner_text("#message")
        page.screenshot(path=shots / "4-rebuilt.png", full_page=True)
        assert read(path, "SELECT value, status FROM answers WHERE answer_id = ?", barnet) == [(428.0, "overridden")]
        assert read(path, "SELECT status FROM answers WHERE answer_id = ?", tablets) == [("rejected",)]

        page.goto(server.url + "report")
        # Barnet's 2019-20 laptops in the question's table and the devices table: 428; the extracted 430 only in
        # the words quoted beside it and as what was read before the correction ("428 (corrected; read as 430)")
        cells = [row.locator("td").all_inner_texts()
                 for row in page.locator("tr", has_text="Barnet").filter(has_text="2019-20").all()]
        values = [next(t for t in c if t.startswith("428")) for c in cells if any(t.startswith("428") for t in c)]
        assert len(values) == 2, cells
        assert "428 (corrected; read as 430)" in values
        assert not any(t.startswith("430") for c in cells for t in c), cells
        page.screenshot(path=shots / "5-report.png", full_page=True)
    finally:
        page.close()
        server.stop()
