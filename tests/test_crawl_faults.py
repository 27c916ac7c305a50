"""A hostile network: the replay's fault switches (429 + Retry-After, 503, timeouts, truncated bodies, resets,
offsite redirects) and crawls killed halfway. Failures are retried politely, then recorded, and never stop
the rest of the crawl; a later run completes what is missing."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest

from foi.cmd_crawl import PROJECT_ROOT, crawl_command
from tests.crawl_helpers import FAST, content, corpus_site, crawl, expected_counts, rows, stored_counts


@pytest.fixture
def tiny(make_replay, tmp_path):
    server = make_replay()
    site = corpus_site(tmp_path / "tiny-corpus-0")
    return server, site, expected_counts(site, lambda r: r["info_request_batch_id"] == 77)


def test_faults_are_retried_then_recorded_and_the_rest_completes(tiny, tmp_path):
    server, _, want = tiny
    # transient: must be retried and end up stored with no failure recorded
    server.set_fault(r"^/request/remote_working_equipment_5\.json", "429", times=2, retry_after=1)
    server.set_fault(r"^/request/remote_working_equipment_4\.json", "503", times=1)
    server.set_fault(r"/response/5002/attach/2/", "truncate", times=1)
    # persistent: recorded as failures of their kind
    server.set_fault(r"^/request/remote_working_equipment_6\.json", "503")
    server.set_fault(r"^/request/remote_working_equipment_7\?unfold=1", "slow", seconds=4)
    server.set_fault(r"^/request/remote_working_equipment_8\.json", "reset")
    server.set_fault(r"^/request/remote_working_equipment_9\?unfold=1", "redirect_offsite")
    server.set_fault(r"^/request/remote_working_equipment_10\.json", "429", retry_after=1)
    server.set_fault(r"/response/5001/attach/3/", "truncate")
    started = time.monotonic()
    result = crawl(server, tmp_path, batch=77, settings={"DOWNLOAD_TIMEOUT": 1})
    assert result["status"] == "finished", result
    assert result["failures_by_kind"] == {"connection": 1, "http_429": 1, "http_5xx": 1, "offsite": 1,
                                          "timeout": 1, "truncated": 1}
    db = tmp_path / "foi.duckdb"
    failed = dict(rows(db, "SELECT url, kind FROM crawl_failures"))
    assert failed[f"{server.base_url}/request/remote_working_equipment_6.json"] == "http_5xx"
    assert failed[f"{server.base_url}/request/remote_working_equipment_7?unfold=1"] == "timeout"
    assert any(u.endswith("/response/5001/attach/3/FOI%20response%20letter.pdf") and k == "truncated"
               for u, k in failed.items())
    # the Retry-After pauses were honoured (at least the two transient ones before success)
    assert time.monotonic() - started >= 2
    got = {r for (r,) in rows(db, "SELECT request_id FROM requests")}
    assert {"wdtk:4", "wdtk:5", "wdtk:2"} <= got
    assert got.isdisjoint({"wdtk:6", "wdtk:7", "wdtk:8", "wdtk:9", "wdtk:10"})
    assert len(got) == want["requests"] - 5
    (status, reason), = rows(db, "SELECT extraction_status, extraction_reason FROM attachments "
                                 "WHERE attachment_id = 'wdtk:5001:3'")
    assert status == "not_fetched" and "truncated" in reason
    assert rows(db, "SELECT extraction_status FROM attachments WHERE attachment_id = 'wdtk:5002:2'") == [("ok",)]

    server.clear_faults()
    again = crawl(server, tmp_path, batch=77)
    assert again["status"] == "finished" and again["failures_by_kind"] == {}
    assert stored_counts(db) == want
    assert rows(db, "SELECT count(*) FROM attachments WHERE extraction_status = 'not_fetched'") == [(0,)]


def _start(server, tmp_path, db: str, extra: dict, run_id: str) -> subprocess.Popen:
    settings = {**FAST, "WDTK_BASE_URL": server.base_url, "FOI_DUCKDB": str(tmp_path / db),
                "FOI_FILES_DIR": str(tmp_path / "files"), "FOI_STORE_BATCH_ROWS": 1,
                "CONCURRENT_REQUESTS": 1, "CONCURRENT_REQUESTS_PER_DOMAIN": 1, **extra}
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawlers.settings", "PYTHONPATH": str(PROJECT_ROOT)}
    # pytest-xdist workers ignore SIGINT and children inherit that; give the crawl a normal Ctrl-C.
    return subprocess.Popen(crawl_command("whatdotheyknow", {"batch": 77}, settings, run_id), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=_normal_ctrl_c)


def _normal_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT])


def _wait_for_pages(server, n: int, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while server.hits()["by_route"].get("request_html", 0) < n:
        assert proc.poll() is None, f"the crawl ended before it could be interrupted: {server.hits()}"
        assert time.monotonic() < deadline
        time.sleep(0.05)


@pytest.mark.parametrize("jobdir", [False, True])
def test_killed_crawl_resumes_to_the_same_database(tiny, tmp_path, jobdir):
    server, _, want = tiny
    extra = {"JOBDIR": str(tmp_path / "job")} if jobdir else {}
    server.set_fault(r"\?unfold=1", "slow", seconds=0.25)
    runs = ["interrupted", "finished"]
    if not jobdir:
        _ctrl_c_phase(server, tmp_path, want)
        runs.insert(0, "interrupted")
    # SIGKILL halfway: nothing to clean up, nothing recorded as finished
    server.reset_hits()
    proc = _start(server, tmp_path, "killed.duckdb", extra, "sigkill")
    _wait_for_pages(server, 6, proc)        # one at a time: the first five are stored by then
    proc.kill()
    proc.wait(timeout=10)
    partial = stored_counts(tmp_path / "killed.duckdb")["requests"]
    assert 0 < partial < want["requests"]
    server.clear_faults()
    resumed = crawl(server, tmp_path, db="killed.duckdb", batch=77, settings=extra)
    assert resumed["status"] == "finished", resumed.get("output", resumed)
    uninterrupted = crawl(server, tmp_path, db="clean.duckdb", batch=77)
    assert uninterrupted["status"] == "finished"
    assert stored_counts(tmp_path / "clean.duckdb") == want
    assert content(tmp_path / "killed.duckdb") == content(tmp_path / "clean.duckdb")
    assert [s for (s,) in rows(tmp_path / "killed.duckdb", "SELECT status FROM crawl_runs ORDER BY started_at")] == runs


def _ctrl_c_phase(server, tmp_path, want) -> None:
    """Ctrl-C: Scrapy stops gracefully and the run is recorded as interrupted."""
    proc = _start(server, tmp_path, "killed.duckdb", {}, "ctrl-c")
    _wait_for_pages(server, 4, proc)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=30)
    after_ctrl_c = server.hits()["by_route"].get("request_html", 0)
    assert after_ctrl_c < want["requests"] - 4, f"Ctrl-C did not stop the crawl: {server.hits()}"
    statuses = [s for (s,) in rows(tmp_path / "killed.duckdb", "SELECT status FROM crawl_runs")]
    assert statuses == ["interrupted"]


CHALLENGE = (b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
             b"<div id='cf-chl-widget'>Checking your browser before accessing the site.</div></body></html>")


def test_bot_protection_pages_are_recorded_never_stored(tiny, tmp_path):
    from replay.site.http import SiteResponse

    server, _, want = tiny
    html = {"Content-Type": "text/html; charset=utf-8"}
    # an HTML challenge where the PDF should be, and a 403 challenge instead of a request's JSON
    server.mount("/request/remote_working_equipment/response/5001/attach/3",
                 lambda req: SiteResponse(200, html, CHALLENGE), name="challenge_pdf")
    server.mount("/request/remote_working_equipment_4.json", lambda req: SiteResponse(403, html, CHALLENGE),
                 name="challenge_json")
    result = crawl(server, tmp_path, batch=77)
    assert result["status"] == "finished", result
    assert result["failures_by_kind"] == {"challenge": 2}
    db = tmp_path / "foi.duckdb"
    (status, reason, sha), = rows(db, "SELECT extraction_status, extraction_reason, sha256 FROM attachments "
                                      "WHERE attachment_id = 'wdtk:5001:3'")
    assert status == "not_fetched" and "bot-protection" in reason and sha is None
    assert not any(p.read_bytes() == CHALLENGE for p in (tmp_path / "files").rglob("*") if p.is_file())
    assert ("wdtk:4",) not in rows(db, "SELECT request_id FROM requests")
    assert server.hits()["by_route"]["challenge_pdf"] == 1 + FAST["RETRY_TIMES"]   # retried, then given up
    assert stored_counts(db)["requests"] == want["requests"] - 1


def test_retry_after_header_forms():
    from email.utils import format_datetime
    from datetime import UTC, datetime, timedelta

    from crawlers.middlewares import retry_after_seconds

    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds(None) is None and retry_after_seconds(b"soon") is None
    now = datetime(2026, 1, 1, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert retry_after_seconds(later.encode(), now=now.timestamp()) == pytest.approx(90)
