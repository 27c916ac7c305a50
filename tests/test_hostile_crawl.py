"""Hostile attachments and personal data, end to end: the replay serves a batch in which one council replies
with every kind of bad file there is (path-traversal and absurd names, lying or missing content types, a file
over FOI_MAX_FILE_MB, zip/DOCX/XLSX bombs, encrypted and broken PDFs, empty files, junk named .pdf, HTML with
scripts, cp1252 and latin-1 text, files that hang, crash or eat memory in the reader) and another replies with
e-mail addresses and phone numbers. One real `scrapy crawl` (foi.cmd_crawl.run_crawl, a child process) runs
into a DuckDB file in tmp_path. Every attachment must end as a row with a clear status and reason, nothing may
be written outside FOI_FILES_DIR, the rest of the batch must be stored, and no raw column may hold the contact
details."""

from __future__ import annotations

import hashlib
import io
import os
import time
import zipfile
from pathlib import Path

import duckdb
import pytest

from foi.cmd_crawl import run_crawl
from replay.server import ReplayServer
from replay.site.tiny import build_tiny_corpus
from tests.crawl_helpers import FAST, corpus_site, expected_counts, rows, stored_counts
from tests.test_documents import make_docx, make_pdf, make_xlsx, zip_of

MB = 1024 * 1024
TOKEN = "zz_escaped_foi_token"   # the file name a traversal would create if it ever worked
HOSTILE_REQUEST, PEOPLE_REQUEST = 3, 4
EXTRACT_TIMEOUT = 4

EMAIL = "jane.officer@council-example.gov.uk"
PHONES = ["01234 567890", "+44 20 7946 0000", "07700 900123"]
PERSONAL = [EMAIL, *PHONES, "01234567890", "2079460000", "07700900123"]


def _docx_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_docx())) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("word/media/padding.bin", bytes(30 * MB))
    return buf.getvalue()


def _xlsx_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_xlsx())) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(b"</sheetData>", b"<row r='9'/>" * 2_000_000 + b"</sheetData>")
            dst.writestr(info, body)
    return buf.getvalue()


# (filename as the council named it, bytes, declared content type or None, expected status, reason fragment
#  or None for "ok", a text fragment that must / must not be in the stored text)
def hostile_files() -> list[tuple]:
    pdf = make_pdf(pages=[["Laptops 426 bought in 2019-20"]])
    return [
        (f"../../../../{TOKEN}.txt", b"Laptops: 426\n", "text/plain", "ok", None, "Laptops: 426", None),
        (f"..\\..\\..\\{TOKEN}.csv", b"device,count\nTablets,12\n", "text/csv", "ok", None, "Tablets\t12", None),
        (f"/etc/{TOKEN}.txt", b"Mobiles: 7\n", "text/plain", "ok", None, "Mobiles: 7", None),
        ("A" * 240 + ".csv", b"device,count\nLaptops,5\n", "text/csv", "ok", None, "Laptops\t5", None),
        ("new\nline\x00\u202etxt.exe\t.csv", b"device,count\nPhones,9\n", "text/csv", "ok", None, "Phones\t9", None),
        ("reply.pdf", pdf, "image/png", "ok", None, "Laptops 426", None),             # wrong content type
        ("download", make_docx(), None, "ok", None, "Laptops\t426\t512", None),       # no type, no extension
        ("huge.csv", os.urandom(int(1.5 * MB)), "text/csv", "unsupported", "FOI_MAX_FILE_MB", None, None),
        ("bomb.zip", zip_of({"zeros.csv": bytes(20 * MB)}), "application/zip", "failed", "zip bomb", None, None),
        ("letter.docx", _docx_bomb(), None, "failed", "zip bomb", None, None),
        ("figures.xlsx", _xlsx_bomb(), None, "failed", "zip bomb", None, None),
        ("secret.pdf", make_pdf(pages=[["secret"]], encrypt="s3cret"), "application/pdf", "failed",
         "encrypted PDF", None, None),
        ("broken.pdf", pdf[:200], "application/pdf", "failed", "damaged or truncated PDF", None, None),
        ("empty.pdf", b"", "application/pdf", "empty", "the file is empty", None, None),
        ("blank.txt", b"  \n\t\n", "text/plain", "empty", "only whitespace", None, None),
        ("junk.pdf", bytes(range(256)) * 20, "application/pdf", "failed", "not a PDF", None, None),
        ("page.html", b"<html><head><script>alert('pwned')</script><style>p{}</style></head><body>"
                      b"<p onclick=\"steal()\">Laptops 33</p><script>document.write('x')</script></body></html>",
         "text/html", "ok", None, "Laptops 33", "alert"),
        ("cp1252.txt", "Unit cost \u201cper device\u201d \u00a3612.50 \u2013 \u20ac700\n".encode("cp1252"),
         "text/plain", "ok", None, "\u00a3612.50", "\ufffd"),
        ("latin1.csv", "Caf\u00e9,\u00a3612.50\nd\u00e9j\u00e0,\u00a31\n".encode("latin-1"), "text/csv", "ok", None,
         "Caf\u00e9\t\u00a3612.50", "\ufffd"),
        # the documents module's test hooks (FOI_DOCUMENTS_TEST_HOOKS=1): readers that misbehave
        ("hangs.bin", b"FOI-TEST-HOOK:sleep:60", "application/octet-stream", "failed", "timed out after", None, None),
        ("crashes.bin", b"FOI-TEST-HOOK:crash", "application/octet-stream", "failed", "worker crashed", None, None),
        # the 1 GB address-space cap stops it in ~2 s; on a machine too busy for that the clock stops it first
        ("hogs.bin", b"FOI-TEST-HOOK:hog:4096", "application/octet-stream", "failed", ("memory", "timed out after"),
         None, None),
    ]


PEOPLE_BODY = (f"Dear Jo Journalist,\n\nWe bought 12 tablets in 2020-21. For questions call {PHONES[0]} or "
               f"{PHONES[1]}, text {PHONES[2]}, or e-mail {EMAIL}.\n\nYours sincerely,\nJane Officer\n")
PEOPLE_FILE = f"Contact: {EMAIL}\nTelephone {PHONES[0]}\nSwitchboard {PHONES[1]}\nText {PHONES[2]}\n".encode()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    build_tiny_corpus(corpus)
    site = corpus_site(corpus)
    files = hostile_files()
    cwd = root / "cwd"
    cwd.mkdir()
    files_dir = root / "files"
    server = ReplayServer(corpus).start()
    try:
        hostile_msg = server.add_incoming_message(
            HOSTILE_REQUEST, "Please find our reply attached.", attachments=[(f[0], f[1], f[2]) for f in files])
        people_msg = server.add_incoming_message(
            PEOPLE_REQUEST, PEOPLE_BODY, attachments=[("contacts.txt", PEOPLE_FILE, "text/plain"),
                                                      ("contacts.dat", PEOPLE_FILE, "application/octet-stream")])
        settings = {**FAST, "WDTK_BASE_URL": server.base_url, "FOI_DUCKDB": str(root / "foi.duckdb"),
                    "FOI_FILES_DIR": str(files_dir), "FOI_EXTRACT_TIMEOUT": EXTRACT_TIMEOUT}
        with pytest.MonkeyPatch.context() as mp:
            # env, not -s: the documents worker and DOWNLOAD_MAXSIZE read FOI_MAX_FILE_MB from the environment
            mp.setenv("FOI_MAX_FILE_MB", "1")
            mp.setenv("FOI_DOCUMENTS_TEST_HOOKS", "1")
            mp.chdir(cwd)  # anything written relative to the working directory would land here
            result = run_crawl("whatdotheyknow", {"batch": 77}, settings, timeout=120)
    finally:
        server.stop()
    want = expected_counts(site, lambda r: r["info_request_batch_id"] == 77)
    want["messages"] += 2
    want["attachments"] += len(files) + 2
    return {"root": root, "db": root / "foi.duckdb", "files_dir": files_dir, "cwd": cwd, "corpus": corpus,
            "result": result, "want": want, "files": files, "hostile_msg": hostile_msg, "people_msg": people_msg}


def _attachments(db: Path, message_id: int) -> list[tuple]:
    return rows(db, "SELECT url_part_number, filename, content_type, detected_type, size_bytes, sha256, stored_path, "
                    "text, extraction_status, extraction_reason FROM attachments WHERE message_id = ? "
                    "ORDER BY url_part_number", [f"wdtk:in:{message_id}"])


def test_the_crawl_finishes_and_stores_the_whole_batch(crawled):
    result = crawled["result"]
    assert result["status"] == "finished", result
    assert result["exit_code"] == 0
    assert stored_counts(crawled["db"]) == crawled["want"]
    # bad files are not network failures; the one download refused for its size is recorded as such
    failures = rows(crawled["db"], "SELECT kind, url FROM crawl_failures")
    assert [(k, u.rsplit("/", 1)[-1]) for k, u in failures] == [("too_large", "huge.csv")]
    assert result["failures_by_kind"] == {"too_large": 1}
    # the ordinary attachments of the batch were read as usual
    assert rows(crawled["db"], "SELECT extraction_status FROM attachments WHERE attachment_id = 'wdtk:5001:2'") == [
        ("ok",)]


def test_every_hostile_attachment_has_a_status_and_a_reason(crawled):
    got = _attachments(crawled["db"], crawled["hostile_msg"]["id"])
    assert [g[0] for g in got] == list(range(2, 2 + len(crawled["files"])))
    problems = []
    for (name, data, _ctype, status, reason, must, must_not), row in zip(crawled["files"], got):
        part, filename, _ct, _detected, size, sha, stored, text, got_status, got_reason = row
        if got_status != status:
            problems.append(f"{name[:40]!r}: status {got_status!r} ({got_reason}), expected {status!r}")
            continue
        if status == "ok":
            if got_reason is not None or must not in (text or ""):
                problems.append(f"{name[:40]!r}: text {text!r}, reason {got_reason!r}")
        elif not got_reason or not any(r in got_reason for r in ((reason,) if isinstance(reason, str) else reason)):
            problems.append(f"{name[:40]!r}: reason {got_reason!r}, expected to mention {reason!r}")
        if must_not and must_not in (text or ""):
            problems.append(f"{name[:40]!r}: stored text holds {must_not!r}: {text!r}")
        if status == "unsupported":  # over the size limit: never downloaded, never stored
            if size is not None or stored is not None:
                problems.append(f"{name[:40]!r}: an oversized file was stored ({size}, {stored})")
        else:
            if size != len(data) or sha != hashlib.sha256(data).hexdigest():
                problems.append(f"{name[:40]!r}: size/sha256 {size}/{sha} do not match the bytes served")
        # the display name is kept as the site showed it, never as a path
        if filename is None or "/" in filename or "\\" in filename or "\x00" in filename:
            problems.append(f"{name[:40]!r}: stored filename {filename!r}")
    assert not problems, "\n".join(problems)


def test_the_bounded_reader_timed_out_quickly(crawled):
    (reason,), = rows(crawled["db"], "SELECT extraction_reason FROM attachments WHERE filename = 'hangs.bin'")
    assert reason == f"timed out after {EXTRACT_TIMEOUT} s"


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def test_nothing_is_written_outside_the_files_dir(crawled):
    root, files_dir, db = crawled["root"], _real(crawled["files_dir"]), crawled["db"]
    allowed = {_real(db), _real(db.with_name(db.name + ".wal"))}
    strays = []
    for dirpath, dirnames, filenames in os.walk(root):
        here = _real(Path(dirpath))
        if here == _real(crawled["corpus"]) or _real(crawled["corpus"]) in here.parents:
            continue  # the replay's own corpus, written before the crawl
        for name in filenames:
            p = _real(here / name)
            if p not in allowed and files_dir not in p.parents:
                strays.append(str(p))
    assert not strays, strays
    assert not any(crawled["cwd"].iterdir()), "the crawl wrote into its working directory"
    # no traversal target exists anywhere above the files dir or the working directory
    for base in (files_dir, _real(crawled["cwd"])):
        for ancestor in [base, *list(base.parents)[:6]]:
            assert not list(ancestor.glob(f"{TOKEN}*")), ancestor
    # every stored file is content-addressed inside FOI_FILES_DIR and holds exactly the bytes of its row
    stored = rows(db, "SELECT stored_path, sha256 FROM attachments WHERE stored_path IS NOT NULL")
    assert len(stored) >= len(crawled["files"]) - 1
    for rel, sha in stored:
        path = _real(files_dir / rel)
        assert files_dir in path.parents and not Path(rel).is_absolute() and ".." not in Path(rel).parts
        assert hashlib.sha256(path.read_bytes()).hexdigest() == sha
        assert path.name.startswith(sha[:16]) or sha in str(path)
    on_disk = [p for p in files_dir.rglob("*") if p.is_file()]
    assert len(on_disk) == len({sha for _, sha in stored})


# --- personal data -----------------------------------------------------------------------------------------


def _personal_data_in(db: Path, tables: list[str] | None = None) -> list[str]:
    """Every (table.column, value) where a VARCHAR or VARCHAR[] column holds an e-mail address or phone number."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        cols = con.execute("SELECT table_name, column_name FROM information_schema.columns "
                           "WHERE data_type LIKE 'VARCHAR%' OR data_type = 'JSON' ORDER BY ALL").fetchall()
        found = []
        for table, column in cols:
            if tables is not None and table not in tables:
                continue
            for needle in PERSONAL:
                n = con.execute(f'SELECT count(*) FROM "{table}" WHERE CAST("{column}" AS VARCHAR) LIKE ?',
                                [f"%{needle}%"]).fetchone()[0]
                if n:
                    found.append(f"{table}.{column}: {needle!r} in {n} row(s)")
        return found
    finally:
        con.close()


def test_requester_is_stored_only_as_the_public_url_name(crawled):
    assert rows(crawled["db"], "SELECT DISTINCT requester FROM requests") == [("jo_journalist",)]


def test_message_text_holds_no_email_addresses_or_phone_numbers(crawled):
    (body,), = rows(crawled["db"], "SELECT body_text FROM messages WHERE message_id = ?",
                    [f"wdtk:in:{crawled['people_msg']['id']}"])
    assert "12 tablets in 2020-21" in body  # the figures survive the redaction
    assert body.count("[phone number]") + body.count("[mobile number]") == 3, body
    assert _personal_data_in(crawled["db"], ["requests", "messages", "authorities", "crawl_runs",
                                             "crawl_failures", "http_validators"]) == []


def test_no_raw_column_holds_email_addresses_or_phone_numbers(crawled):
    assert _personal_data_in(crawled["db"]) == []


def test_max_file_mb_given_as_a_setting_is_obeyed(make_replay, tmp_path, monkeypatch):
    """docs/architecture.md: every setting is an environment variable *and* a Scrapy `-s` setting."""
    monkeypatch.delenv("FOI_MAX_FILE_MB", raising=False)
    server = make_replay()
    msg = server.add_incoming_message(2, "Attached.", attachments=[("huge.csv", b"device,count\n" + b"Laptops,1\n" * 160_000, "text/csv")])
    settings = {**FAST, "WDTK_BASE_URL": server.base_url, "FOI_DUCKDB": str(tmp_path / "foi.duckdb"),
                "FOI_FILES_DIR": str(tmp_path / "files"), "FOI_MAX_FILE_MB": 1}
    result = run_crawl("whatdotheyknow", {"body": "leeds_city_council"}, settings, timeout=60)
    assert result["status"] == "finished", result
    (status, reason, stored), = rows(tmp_path / "foi.duckdb", "SELECT extraction_status, extraction_reason, "
                                     "stored_path FROM attachments WHERE message_id = ?", [f"wdtk:in:{msg['id']}"])
    assert status == "unsupported" and "FOI_MAX_FILE_MB" in reason and stored is None


# --- the network: what tests/test_crawl_faults.py does not cover -------------------------------------------

CHALLENGE = (b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
             b"<div id='challenge-platform'>Checking your browser before accessing the site.</div></body></html>")


def test_robots_challenge_404_offsite_attachment_and_500_are_recorded(make_replay, tmp_path):
    from replay.site.http import SiteResponse

    server, elsewhere = make_replay(), make_replay()
    site = corpus_site(tmp_path / "tiny-corpus-0")
    want = expected_counts(site, lambda r: r["info_request_batch_id"] == 77)
    touched: list[str] = []

    def counting_404(req):
        touched.append(req.path)
        return SiteResponse(404, {"Content-Type": "text/plain"}, b"not here")

    server.mount("/robots.txt", lambda req: SiteResponse(200, {"Content-Type": "text/plain"}, (
        b"User-agent: *\nDisallow: /request/remote_working_equipment_5\n")), name="robots_custom")
    server.mount("/request/remote_working_equipment_5", counting_404, name="disallowed")   # must never be asked
    server.mount("/request/remote_working_equipment/response/5001/attach/3",
                 lambda req: SiteResponse(200, {"Content-Type": "text/html"}, CHALLENGE), name="challenge")
    server.mount("/request/remote_working_equipment/response/5001/attach/2",
                 lambda req: SiteResponse(404, {"Content-Type": "text/plain"}, b"gone"), name="gone")
    server.set_fault(r"/response/5002/attach/2/", "redirect_offsite", location=f"{elsewhere.base_url}/files/reply.pdf")
    server.set_fault(r"^/request/remote_working_equipment_6\.json", "500")
    elsewhere.reset_hits()

    settings = {**FAST, "WDTK_BASE_URL": server.base_url, "FOI_DUCKDB": str(tmp_path / "foi.duckdb"),
                "FOI_FILES_DIR": str(tmp_path / "files")}
    result = run_crawl("whatdotheyknow", {"batch": 77}, settings, timeout=120)
    assert result["status"] == "finished", result
    assert result["failures_by_kind"] == {"challenge": 1, "http_404": 1, "http_5xx": 1, "offsite": 1,
                                          "robots": 1}, result["failures_by_kind"]
    db = tmp_path / "foi.duckdb"
    assert touched == []                                      # robots.txt obeyed
    assert elsewhere.hits()["total"] == 0                     # the off-site redirect was not followed
    assert server.hits()["by_route"].get("challenge", 0) == 1 + FAST["RETRY_TIMES"]  # backed off and retried
    failed = {u.rsplit("/", 1)[-1]: k for u, k in rows(db, "SELECT url, kind FROM crawl_failures")}
    assert failed["remote_working_equipment_5.json"] == "robots"
    assert failed["remote_working_equipment_6.json"] == "http_5xx"
    got = dict(rows(db, "SELECT attachment_id, extraction_status || ': ' || extraction_reason FROM attachments "
                        "WHERE extraction_status = 'not_fetched'"))
    assert got == {"wdtk:5001:2": "not_fetched: HTTP 404",
                   "wdtk:5001:3": "not_fetched: a bot-protection page came back instead of the file",
                   "wdtk:5002:2": got.get("wdtk:5002:2")}
    assert got["wdtk:5002:2"].startswith("not_fetched: offsite") and elsewhere.base_url in got["wdtk:5002:2"]
    stored = {r for (r,) in rows(db, "SELECT request_id FROM requests")}
    assert len(stored) == want["requests"] - 2 and stored.isdisjoint({"wdtk:5", "wdtk:6"})
    assert not (tmp_path / "files").exists() or not any(p.suffix == ".html" for p in (tmp_path / "files").rglob("*"))


def test_a_site_that_stops_answering_trips_the_circuit_breaker(make_replay, tmp_path):
    server = make_replay()
    server.set_fault(r"^/request/", "503")
    settings = {**FAST, "WDTK_BASE_URL": server.base_url, "FOI_DUCKDB": str(tmp_path / "foi.duckdb"),
                "FOI_FILES_DIR": str(tmp_path / "files"), "FOI_CIRCUIT_BREAKER": 3, "RETRY_TIMES": 0,
                "CONCURRENT_REQUESTS": 1, "CONCURRENT_REQUESTS_PER_DOMAIN": 1}
    result = run_crawl("whatdotheyknow", {"batch": 77}, settings, timeout=60)
    assert result["status"] == "failed" and result["exit_code"] != 0
    assert "failures in a row" in result["summary"] and "resumes" in result["summary"]
    kinds = rows(tmp_path / "foi.duckdb", "SELECT kind, count(*) FROM crawl_failures GROUP BY kind ORDER BY kind")
    assert kinds[-1][0] == "http_5xx" and kinds[-1][1] >= 3
    # far fewer requests than the batch holds: it stopped instead of hammering a failing site
    assert server.hits()["by_route"].get("request_json", 0) < 15


def test_an_offsite_redirect_is_offsite_whatever_its_url_says():
    from scrapy.exceptions import IgnoreRequest

    from crawlers.common.failures import failure_kind

    assert failure_kind(IgnoreRequest("offsite redirect to https://elsewhere.example/robots.txt"))[0] == "offsite"


# --- crash safety: SIGKILL at several points -----------------------------------------------------------------


def _whole_bundles(db: Path, site: dict) -> tuple[int, list[str]]:
    """(requests stored, requests stored without all their messages and attachments)."""
    by_id = {f"wdtk:{r['id']}": r for r in site["info_requests"]}
    broken = []
    stored = rows(db, "SELECT r.request_id, (SELECT count(*) FROM messages m WHERE m.request_id = r.request_id), "
                      "(SELECT count(*) FROM attachments a WHERE a.request_id = r.request_id) FROM requests r")
    for rid, n_msg, n_att in stored:
        r = by_id[rid]
        want_msg = len(r["outgoing_messages"]) + len(r["incoming_messages"]) + len(r["comments"])
        want_att = sum(len(m["attachments"]) for m in r["incoming_messages"])
        if (n_msg, n_att) != (want_msg, want_att):
            broken.append(f"{rid}: {n_msg}/{want_msg} messages, {n_att}/{want_att} attachments")
    return len(stored), broken


def test_crawl_killed_at_several_points_keeps_whole_bundles_and_resumes(make_replay, tmp_path):
    import signal
    import subprocess

    from foi.cmd_crawl import PROJECT_ROOT, crawl_command
    from tests.crawl_helpers import content

    server = make_replay()
    site = corpus_site(tmp_path / "tiny-corpus-0")
    want = expected_counts(site, lambda r: r["info_request_batch_id"] == 77)
    db = tmp_path / "killed.duckdb"
    server.set_fault(r"\?unfold=1", "slow", seconds=0.1)
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawlers.settings", "PYTHONPATH": str(PROJECT_ROOT)}
    seen = []
    # kill after n more request pages; with one row per batch, and with batches of 7 rows (mid-bundle flushes
    # would show up as requests missing messages)
    for n, batch_rows in ((2, 1), (5, 7), (4, 1)):
        settings = {**FAST, "WDTK_BASE_URL": server.base_url, "FOI_DUCKDB": str(db),
                    "FOI_FILES_DIR": str(tmp_path / "files"), "FOI_STORE_BATCH_ROWS": batch_rows,
                    "FOI_STORE_BATCH_SECONDS": 0.2, "CONCURRENT_REQUESTS_PER_DOMAIN": 2}
        time.sleep(0.3)   # answers still in flight to the process killed last time must not count as hits
        server.reset_hits()
        proc = subprocess.Popen(crawl_command("whatdotheyknow", {"batch": 77}, settings, f"kill{n}"), env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            while server.hits()["by_route"].get("request_html", 0) < n:
                assert proc.poll() is None, "the crawl ended before it could be killed"
                assert time.monotonic() < deadline
                time.sleep(0.02)
            time.sleep(0.15)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        stored, broken = _whole_bundles(db, site)   # the file opens after every kill
        assert broken == [], broken
        seen.append(stored)
    assert 0 < seen[-1] < want["requests"], seen
    assert seen == sorted(seen)   # each run kept what the earlier ones stored
    server.clear_faults()
    resumed = run_crawl("whatdotheyknow", {"batch": 77}, {**FAST, "WDTK_BASE_URL": server.base_url,
                        "FOI_DUCKDB": str(db), "FOI_FILES_DIR": str(tmp_path / "files")}, timeout=120)
    assert resumed["status"] == "finished", resumed
    clean = run_crawl("whatdotheyknow", {"batch": 77}, {**FAST, "WDTK_BASE_URL": server.base_url,
                      "FOI_DUCKDB": str(tmp_path / "clean.duckdb"), "FOI_FILES_DIR": str(tmp_path / "files2")},
                      timeout=120)
    assert clean["status"] == "finished"
    assert stored_counts(db) == want
    assert content(db) == content(tmp_path / "clean.duckdb")
    # the killed runs are marked interrupted by the next start, never left "running"
    runs = rows(db, "SELECT run_id, status FROM crawl_runs ORDER BY started_at")
    assert [s for _, s in runs] == ["interrupted", "interrupted", "interrupted", "finished"], (runs, seen)
