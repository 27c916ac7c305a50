"""The disclosure_log spider over HTTP against real councils' frozen pages (tests/files/disclosure_real/),
served on 127.0.0.1 by a small server that answers as the councils' sites do: Hastings' year pages and
`?id=FOIR-...` request pages, and Infreemation's POST API for Hackney. The crawl runs in a child process into a
real DuckDB file; a second crawl of the unchanged logs fetches only their listing pages."""

from __future__ import annotations

import json
import threading
from collections import Counter
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from foi.cmd_crawl import run_crawl
from tests.crawl_helpers import FAST, rows
from warehouse.disclosure_registry import COLUMNS

FILES = Path(__file__).parent / "files" / "disclosure_real"
HASTINGS = "/my-council/freedom-of-information/date/"
EMPTY_YEAR = (b"<html><body><div class='main'><h1>Requests and responses by date</h1><div id='FoiList'><ul></ul>"
              b"</div></div></body></html>")
NOTHING_PUBLISHED = json.dumps({"published": {"request": [], "type": "FOI", "generated": "2026-01-01"}}).encode()


class Councils(ThreadingHTTPServer):
    """Hastings and Hackney's Infreemation on one loopback port, counting what is asked of it."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.hits: Counter = Counter()
        self.pages: dict[str, bytes] = {}
        self.posts: list[dict] = []
        for name in ("FOIR-565731237", "FOIR-496350235", "FOIR-479219686"):
            self.pages[f"{HASTINGS}?id={name}"] = (FILES / "hastings" / f"{name}.html").read_bytes()
        self.pages[f"{HASTINGS}?year=2023"] = (FILES / "hastings" / "date-2023.html").read_bytes()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8"):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.server.hits[self.path] += 1
        if self.path == "/robots.txt":
            return self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        if self.path in self.server.pages:
            return self._send(200, self.server.pages[self.path])
        if self.path.startswith(HASTINGS + "?year="):
            return self._send(200, EMPTY_YEAR)
        return self._send(404, b"not found")

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        self.server.hits[f"POST {self.path} {body.get('startdate')}"] += 1
        self.server.posts.append(body)
        if self.path != "/hackney/foi/":
            return self._send(404, b"not found")
        if body.get("key") != "secret-key":
            return self._send(200, (FILES / "hackney" / "error-key-missing.json").read_bytes(), "application/json")
        answer = (FILES / "hackney" / "published-2018.json").read_bytes() if body.get("startdate") == "2018-01-01" \
            else NOTHING_PUBLISHED
        return self._send(200, answer, "application/json")


@pytest.fixture
def councils():
    server = Councils()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def registry(tmp_path: Path, server: Councils, first_year: int) -> Path:
    path = tmp_path / "registry.csv"
    path.write_text(",".join(COLUMNS) + "\n"
                    f"HAS,Hastings Borough Council,{server.base}{HASTINGS},directory,,"
                    f"entries=#FoiList ul li a;years={first_year},\n"
                    f"HCK,London Borough of Hackney,{server.base}/hackney/foi/,infreemation,,"
                    "key_env=HACKNEY_INFREEMATION_KEY;user_env=HACKNEY_INFREEMATION_USER;since=2018,\n", "utf-8")
    return path


def dl_crawl(tmp_path: Path, registry_file: Path) -> dict:
    settings = {**FAST, "FOI_DUCKDB": str(tmp_path / "foi.duckdb"), "FOI_FILES_DIR": str(tmp_path / "files"),
                "DISCLOSURE_LOG_REGISTRY": str(registry_file)}
    return run_crawl("disclosure_log", {}, settings, timeout=120)


def test_real_logs_harvest_and_an_unchanged_recrawl_fetches_only_listings(tmp_path, councils, monkeypatch):
    monkeypatch.setenv("HACKNEY_INFREEMATION_KEY", "secret-key")
    monkeypatch.setenv("HACKNEY_INFREEMATION_USER", "foi-compare")
    reg = registry(tmp_path, councils, 2023)
    years = date.today().year - 2023 + 1
    first = dl_crawl(tmp_path, reg)
    assert first["status"] == "finished", first
    # the Infreemation answer's item that is not a request is recorded, with its reason; the rest is stored
    assert first["failures_by_kind"] == {"parse": 1}
    db = tmp_path / "foi.duckdb"
    stored = dict(rows(db, "SELECT request_id, council_reference FROM requests WHERE source = 'disclosure_log'"))
    assert stored == {"dl:HAS:FOIR-565731237": "FOIR-565731237", "dl:HAS:FOIR-496350235": "FOIR-496350235",
                      "dl:HAS:FOIR-479219686": "FOIR-479219686", "dl:HCK:FOI-18/01": "FOI-18/01",
                      "dl:HCK:FOI-18/02": "FOI-18/02", "dl:HCK:EIR-18/03": "EIR-18/03"}
    got = dict(rows(db, "SELECT request_id, [CAST(received_at AS DATE), CAST(responded_at AS DATE)] FROM requests "
                        "WHERE request_id IN ('dl:HAS:FOIR-565731237', 'dl:HCK:EIR-18/03')"))
    assert got == {"dl:HAS:FOIR-565731237": [date(2023, 11, 29), date(2023, 12, 11)],
                   "dl:HCK:EIR-18/03": [date(2018, 3, 5), date(2018, 3, 29)]}
    assert rows(db, "SELECT law_used FROM requests WHERE request_id = 'dl:HCK:EIR-18/03'") == [("eir",)]
    reply = dict(rows(db, "SELECT message_id, body_text FROM messages WHERE direction = 'incoming'"))
    assert "2019 - 884" in reply["dl:HAS:FOIR-565731237:response"]
    assert "section 21" in reply["dl:HCK:FOI-18/02:response"]
    # every year page once, every request page once, one POST per year; the key is sent, never stored
    assert sum(v for k, v in councils.hits.items() if k.startswith(HASTINGS + "?year=")) == years
    assert all(councils.hits[f"{HASTINGS}?id={n}"] == 1 for n in ("FOIR-565731237", "FOIR-496350235",
                                                                   "FOIR-479219686"))
    assert sum(v for k, v in councils.hits.items() if k.startswith("POST")) == date.today().year - 2018 + 1
    assert {p["key"] for p in councils.posts} == {"secret-key"}
    assert rows(db, "SELECT count(*) FROM crawl_runs WHERE CAST(arguments AS VARCHAR) LIKE '%secret-key%'") == [(0,)]

    councils.hits.clear()
    again = dl_crawl(tmp_path, reg)
    assert again["status"] == "finished" and again["requests_stored"] == 0
    fetched = {k for k in councils.hits if k != "/robots.txt"}
    assert fetched == {f"{HASTINGS}?year={y}" for y in range(2023, date.today().year + 1)} | {
        f"POST /hackney/foi/ {y}-01-01" for y in range(2018, date.today().year + 1)}


def test_a_missing_key_and_a_clashing_reference_are_recorded_and_the_crawl_goes_on(tmp_path, councils, monkeypatch):
    monkeypatch.delenv("HACKNEY_INFREEMATION_KEY", raising=False)
    monkeypatch.delenv("HACKNEY_INFREEMATION_USER", raising=False)
    # a second page that prints another request's reference: both are kept, under different keys
    clash = (FILES / "hastings" / "FOIR-479219686.html").read_text("utf-8").replace(
        "<h2>Applications</h2>", "<h2>Applications (second publication)</h2>")
    councils.pages[f"{HASTINGS}?id=FOIR-479219686-2"] = clash.encode("utf-8")
    # and a page that holds three requests, each with its own reference
    from tests.test_disclosure_real import SEVERAL

    councils.pages[f"{HASTINGS}?id=JULY-2025"] = SEVERAL.encode("utf-8")
    listing = (FILES / "hastings" / "date-2023.html").read_text("utf-8").replace(
        "</ul>\n</div>", '<li><a href="?id=FOIR-479219686-2">Applications (second publication)</a></li>\n'
                         '<li><a href="?id=JULY-2025">July 2025</a></li>\n</ul>\n</div>')
    councils.pages[f"{HASTINGS}?year=2023"] = listing.encode("utf-8")
    result = dl_crawl(tmp_path, registry(tmp_path, councils, 2023))
    assert result["status"] == "finished"
    # the July page's document is not served here: its 404 is recorded and the requests are kept
    assert result["failures_by_kind"] == {"not_configured": 1, "duplicate_key": 1, "http_404": 1}
    titles = dict(rows(tmp_path / "foi.duckdb", "SELECT request_id, title FROM requests WHERE request_id LIKE "
                                                "'dl:HAS:%479219686%'"))
    assert sorted(titles.values()) == ["Applications", "Applications (second publication)"]
    assert len(titles) == 2
    assert not any(k.startswith("POST") for k in councils.hits)   # no request is sent without the key
    several = rows(tmp_path / "foi.duckdb", "SELECT request_id, CAST(received_at AS DATE) FROM requests "
                                            "WHERE source_url LIKE '%JULY-2025' ORDER BY 1")
    assert several == [("dl:HAS:1010234", date(2025, 7, 10)), ("dl:HAS:FI15002", date(2025, 7, 3)),
                       ("dl:HAS:FOI 1557", date(2025, 7, 1))]
    assert councils.hits[f"{HASTINGS}?id=JULY-2025"] == 1
    detail = rows(tmp_path / "foi.duckdb", "SELECT detail FROM crawl_failures WHERE kind = 'not_configured'")
    assert "HACKNEY_INFREEMATION_KEY" in detail[0][0]


def test_check_fetch_says_for_each_council_whether_its_log_parses(tmp_path, councils, monkeypatch):
    from click.testing import CliRunner

    from foi.cmd_disclosure import disclosure_logs

    monkeypatch.setenv("HACKNEY_INFREEMATION_KEY", "secret-key")
    monkeypatch.setenv("HACKNEY_INFREEMATION_USER", "foi-compare")
    reg = registry(tmp_path, councils, date.today().year - 2)
    # this year's page is empty (early in the year): the check looks past it to last year's
    councils.pages[f"{HASTINGS}?year={date.today().year - 1}"] = councils.pages[f"{HASTINGS}?year=2023"]
    with reg.open("a", encoding="utf-8") as f:
        f.write(f"THR,Thurrock Council,{councils.base}/foi-responses,directory,,,\n")   # nothing there: 404
    result = CliRunner().invoke(disclosure_logs, ["check", "--registry", str(reg), "--fetch"])
    lines = result.output.splitlines()
    checks = {lines[i].split()[0]: lines[i + 1].strip() for i in range(len(lines) - 1)
              if lines[i + 1].startswith("      start:")}
    assert result.exit_code == 1 and "1 log(s) did not parse" in result.output
    assert checks["HAS"] == "start: ok | listing: 3 entries | first entry: FOIR-565731237 'FOI and SAR Statistics'"
    assert checks["THR"].startswith("start: http 404")
    # Hackney's newest years have nothing published: a period with no requests is not a failure
    assert checks["HCK"].startswith("start: ok | listing: no entries")
    assert "3 councils, 3 crawlable (2 directory, 1 infreemation)" in result.output
    result = CliRunner().invoke(disclosure_logs, ["check", "--registry", str(reg), "--fetch", "--council", "HAS,HCK"])
    assert result.exit_code == 0, result.output


ND_PATH = "/council/data-protection-and-freedom-of-information/foi-and-eir-disclosure-logs/"
NGM_PATH = "/InformationGovernance/DisclosureLog.aspx"


def test_real_pages_holding_several_requests_are_stored_a_request_each(tmp_path, councils):
    """North Devon's index of month pages, each month's requests one after another, and Nottingham City's table
    of a row per request: every request stored under its own reference, once; a second crawl of the unchanged
    logs fetches only the index and the table."""
    for name in ("disclosure-log-1", "disclosure-log-july-2024", "disclosure-log-september-2023"):
        councils.pages[ND_PATH + name] = (FILES / "north_devon" / f"{name}.html").read_bytes()
    # and a month before 2023, printed as a table of requests (linked here from the index for the test)
    older = "/council/data-protection-and-freedom-of-information/disclosure-log/may-2022/"
    councils.pages[older] = (FILES / "north_devon" / "may-2022.html").read_bytes()
    councils.pages[ND_PATH] = (FILES / "north_devon" / "foi-and-eir-disclosure-logs.html").read_text("utf-8").replace(
        "</ul>", f'<li><a href="{older}">Disclosure Log - May 2022</a></li></ul>').encode("utf-8")
    councils.pages[NGM_PATH] = (FILES / "nottingham" / "DisclosureLog.aspx.html").read_bytes()
    reg = tmp_path / "registry.csv"
    reg.write_text(",".join(COLUMNS) + "\n"
                   f"NDE,North Devon District Council,{councils.base}{ND_PATH},directory,,"
                   "\"entries=a[href*='disclosure-log-'],a[href*='/disclosure-log/']\",\n"
                   f"NGM,Nottingham City Council,{councils.base}{NGM_PATH},table,,,\n", "utf-8")
    first = dl_crawl(tmp_path, reg)
    assert first["status"] == "finished" and not first.get("failures_by_kind"), first
    db = tmp_path / "foi.duckdb"
    stored = dict(rows(db, "SELECT request_id, CAST(responded_at AS DATE) FROM requests "
                           "WHERE source = 'disclosure_log'"))
    assert stored == {
        "dl:NDE:FOI 10988": date(2025, 12, 19), "dl:NDE:FOI 9943": date(2024, 7, 19),
        "dl:NDE:FOI 9950": date(2024, 7, 9), "dl:NDE:FOI 9963": date(2024, 7, 9), "dl:NDE:9243": date(2023, 9, 5),
        "dl:NDE:9270": date(2023, 9, 12), "dl:NDE:9278": date(2023, 9, 4), "dl:NDE:9281": date(2023, 9, 4),
        "dl:NDE:9282": date(2023, 9, 4), "dl:NDE:9283": date(2023, 9, 4), "dl:NGM:9945": date(2017, 10, 17),
        "dl:NGM:9942": date(2017, 10, 17), "dl:NGM:9943": date(2017, 10, 17), "dl:NDE:8423": date(2022, 5, 5)}
    reply = dict(rows(db, "SELECT message_id, body_text FROM messages WHERE direction = 'incoming'"))
    assert reply["dl:NDE:9283:response"] == "Applicant advised no information held"
    # the crawler decides no outcome: the log's words go to the reader (display_status), described_state stays empty
    assert rows(db, "SELECT count(*) FROM requests WHERE source = 'disclosure_log' AND described_state IS NOT NULL") \
        == [(0,)]
    assert "Regulation 12(4)(e)" in reply["dl:NDE:FOI 9943:response"]
    assert all(councils.hits[ND_PATH + n] == 1 for n in ("disclosure-log-1", "disclosure-log-july-2024",
                                                         "disclosure-log-september-2023"))

    councils.hits.clear()
    again = dl_crawl(tmp_path, reg)
    assert again["status"] == "finished" and again["requests_stored"] == 0
    assert {k for k in councils.hits if k != "/robots.txt"} == {ND_PATH, NGM_PATH}


RUS_PATH = "/about-us/about-the-council/disclosure-log/"
RUS_INDEX = (b"<html><body><main><h1>Disclosure log</h1><ul><li><a href='/about-us/about-the-council/disclosure-log/"
             b"other'>Other</a></li></ul></main></body></html>")
ANOTHER = ("<div class=\"foi-request\">\n<p><strong>Reference:</strong> 3630001</p>\n<p>How many benches?</p>\n"
           "<p><strong>Response date:</strong> 3 February 2025</p>\n<p><strong>Response:</strong> 41.</p>\n</div>\n")


def test_a_category_page_that_grows_is_rechecked_and_only_its_new_request_stored(tmp_path, councils):
    """Rushcliffe's category pages gain requests under the same address while the index shows no dates:
    recheck=1 fetches them every run, and only a request not stored before is stored."""
    other = (FILES / "rushcliffe" / "other.html").read_text("utf-8")
    councils.pages[RUS_PATH] = RUS_INDEX
    councils.pages[RUS_PATH + "other"] = other.encode("utf-8")
    for n in ("3625280", "3617087"):   # the reply letters
        councils.pages[f"/media/foi/{n}.pdf"] = b"%PDF-1.4 letter " + n.encode()
    reg = tmp_path / "registry.csv"
    reg.write_text(",".join(COLUMNS) + "\n" f"RUS,Rushcliffe Borough Council,{councils.base}{RUS_PATH},directory,,"
                   "entries=a[href*='/disclosure-log/'];recheck=1,\n", "utf-8")
    first = dl_crawl(tmp_path, reg)
    assert first["status"] == "finished" and first["requests_stored"] == 3, first
    db = tmp_path / "foi.duckdb"
    assert sorted(r for (r,) in rows(db, "SELECT request_id FROM requests")) == [
        "dl:RUS:3616706", "dl:RUS:3617087", "dl:RUS:3625280"]

    councils.hits.clear()
    again = dl_crawl(tmp_path, reg)
    assert again["requests_stored"] == 0 and councils.hits[RUS_PATH + "other"] == 1

    first_request = "<div class=\"foi-request\">"
    councils.pages[RUS_PATH + "other"] = other.replace(first_request, ANOTHER + first_request, 1).encode("utf-8")
    grown = dl_crawl(tmp_path, reg)
    assert grown["requests_stored"] == 1
    assert rows(db, "SELECT CAST(responded_at AS DATE) FROM requests WHERE request_id = 'dl:RUS:3630001'") == [
        (date(2025, 2, 3),)]
