"""The disclosure_log spider over HTTP against the replay's imitation logs (127.0.0.1, port 0), crawling in a
child process into a real DuckDB file in tmp_path, next to a WhatDoTheyKnow crawl of the demo batch."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from warehouse.linking import DISTINCT_REQUESTS_SQL, link_requests
from foi.cmd_crawl import run_crawl
from dev.corpus_gen.render_docs import pdf_letter
from dev import build_disclosure_logs as generate
from replay.server import ReplayServer
from reader import load_survey, parse_reply
from reader.classify import outcome_in_label
from tests.crawl_helpers import FAST, crawl, rows
from warehouse import db as warehouse_db
from warehouse.disclosure_registry import by_code

IMITATED = sorted(generate.STYLES)
TRUTH = json.loads(generate.TRUTH_FILE.read_text(encoding="utf-8"))


def dl_crawl(server, db_file: Path, files: Path, **args) -> dict:
    settings = {**FAST, "DISCLOSURE_LOG_BASE_URL": server.base_url, "FOI_DUCKDB": str(db_file),
                "FOI_FILES_DIR": str(files)}
    return run_crawl("disclosure_log", {k: v for k, v in args.items() if v is not None}, settings, timeout=120)


@pytest.fixture(scope="module")
def harvest(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dl-harvest")
    server = ReplayServer().start()
    try:
        wdtk = crawl(server, tmp, db="foi.duckdb", batch=2417)
        assert wdtk["status"] == "finished", wdtk
        result = dl_crawl(server, tmp / "foi.duckdb", tmp / "files", council=",".join(IMITATED))
        assert result["status"] == "finished", result
        yield {"db": tmp / "foi.duckdb", "result": result, "hits": server.hits()}
    finally:
        server.stop()


def test_harvest_of_every_imitation_log(harvest):
    """One crawl of WhatDoTheyKnow's demo batch and of the 11 imitation logs, checked from every side (one test,
    so that parallel workers do not each repeat the two crawls)."""
    for check in (check_every_entry_of_each_adapter_is_stored, check_every_entry_has_its_text_dates_reference_and_outcome, check_a_council_in_both_sources_is_one_authority_row, check_a_request_in_both_sources_is_linked_and_counted_once, check_load_command_repairs_what_a_later_whatdotheyknow_crawl_rewrites):
        check(harvest)


def truth_rows(code=None):
    return [r for r in TRUTH["requests"] if code is None or r["local_authority_code"] == code]


def check_every_entry_of_each_adapter_is_stored(harvest):
    db = harvest["db"]
    stored = Counter(dict(rows(db, "SELECT split_part(list_filter(tags, lambda x: x LIKE 'platform:%')[1], ':', 2), "
                                   "count(*) FROM requests WHERE source = 'disclosure_log' GROUP BY 1")))
    expected = Counter(r["platform"] for r in truth_rows())
    assert stored == expected and set(expected) == {"directory", "documents", "socrata"}
    assert harvest["result"]["failures"] == 0
    ids = {r for (r,) in rows(db, "SELECT request_id FROM requests WHERE source = 'disclosure_log'")}
    assert ids == {r["request_id"] for r in truth_rows()}
    docs = rows(db, "SELECT count(*) FROM attachments WHERE request_id LIKE 'dl:%' AND extraction_status = 'ok' "
                    "AND length(text) > 0")[0][0]
    assert docs == sum(len(r["documents"]) for r in truth_rows())


SURVEY = load_survey("remote-working-2021")


def check_every_entry_has_its_text_dates_reference_and_outcome(harvest):
    db = harvest["db"]
    got = {r[0]: r[1:] for r in rows(db, """
        SELECT r.request_id, r.council_reference, r.title, CAST(r.received_at AS DATE), CAST(r.responded_at AS DATE),
               r.described_state, r.display_status, r.authority_key, r.request_text,
               (SELECT string_agg(m.body_text, ' ') FROM messages m WHERE m.request_id = r.request_id
                AND m.direction = 'incoming'),
               (SELECT string_agg(a.text, ' ') FROM attachments a WHERE a.request_id = r.request_id)
        FROM requests r WHERE r.source = 'disclosure_log'""")}
    for t in truth_rows():
        ref, title, received, responded, state, label, authority, request_text, reply, doc_text = got[t["request_id"]]
        assert (ref, title, authority) == (t["council_reference"], t["title"], t["local_authority_code"])
        # the crawler keeps the log's words and decides no outcome; the reader decides, as `foi extract` does
        assert state is None
        said = parse_reply(f"{reply or ''}\n\n{doc_text or ''}", SURVEY).outcome if (reply or doc_text) else None
        assert (outcome_in_label(label) or said) == t["outcome"], t["request_id"]
        assert str(received) == t["received_at"] and str(responded) == t["responded_at"]
        if t["platform"] != "documents":     # a list of documents shows no request text; the rest do
            assert request_text, t["request_id"]
        assert (reply or "").strip() or (doc_text or "").strip(), f"{t['request_id']} stored without its reply"
        text = f"{reply or ''}\n{doc_text or ''}".replace(",", "")
        for fact in t["facts"]:
            if fact["measure"] == "count" and fact["value"] >= 21 and not fact.get("needs_ocr"):
                assert str(int(fact["value"])) in text, (t["request_id"], fact)


def check_a_council_in_both_sources_is_one_authority_row(harvest):
    db = harvest["db"]
    for code in IMITATED:
        [(n, wdtk_id, platform, url, terms)] = rows(
            db, "SELECT count(*), any_value(wdtk_id), any_value(disclosure_log_platform), any_value(disclosure_log_url),"
                " any_value(disclosure_log_terms) FROM authorities WHERE local_authority_code = ? OR authority_key = ?",
            [code, code])
        line = by_code("demo")[code]
        assert n == 1 and wdtk_id is not None, code       # the WhatDoTheyKnow body and the register's council
        assert (platform, url, terms) == (line.platform, line.url, line.terms)
    keys = rows(db, "SELECT DISTINCT source, authority_key FROM requests WHERE authority_key = 'MAN'")
    assert sorted(keys) == [("disclosure_log", "MAN"), ("whatdotheyknow", "MAN")]


def check_a_request_in_both_sources_is_linked_and_counted_once(harvest):
    db = harvest["db"]
    linked = dict(rows(db, "SELECT request_id, linked_request_id FROM requests WHERE source = 'disclosure_log'"))
    assert linked == {r["request_id"]: r["linked_request_id"] for r in truth_rows()}
    back = dict(rows(db, "SELECT request_id, linked_request_id FROM requests WHERE source = 'whatdotheyknow' "
                         "AND linked_request_id IS NOT NULL"))
    assert back == {w: d for d, w in linked.items() if w}
    total = rows(db, "SELECT count(*) FROM requests")[0][0]
    distinct = rows(db, f"SELECT count(*) FROM ({DISTINCT_REQUESTS_SQL})")[0][0]
    assert distinct == total - sum(1 for w in linked.values() if w)
    # the batch's answers: each council counted once although ten of them answered in both places
    answers = [r["request_id"] for r in truth_rows() if r["in_batch"]]
    batch = rows(db, f"SELECT count(DISTINCT authority_key), count(*) FROM ({DISTINCT_REQUESTS_SQL}) "
                     "WHERE batch_id = 2417 OR request_id IN (SELECT unnest(?::VARCHAR[]))", [answers])[0]
    assert batch == (51, 51 + 1)      # Milton Keynes' resubmitted request is a separate one
    con = warehouse_db.connect(str(db))
    try:
        rules = {link.dl_request_id: link.rule for link in link_requests(con)}
    finally:
        con.close()
    assert rules == {r["request_id"]: r["link_rule"] for r in truth_rows() if r["link_rule"]}


def test_incremental_unchanged_costs_listing_pages_and_changes_are_picked_up(tmp_path):
    codes = "BNE,MAN,CMD"          # one council per adapter
    with ReplayServer() as server:
        db, files = tmp_path / "foi.duckdb", tmp_path / "files"
        first = dl_crawl(server, db, files, council=codes)
        assert first["status"] == "finished" and first["requests_stored"] == len(
            [r for r in truth_rows() if r["local_authority_code"] in codes.split(",")])
        listing_hits = {k: v for k, v in server.hits()["by_route"].items() if k.startswith("dl_listing:")}

        server.reset_hits()
        again = dl_crawl(server, db, files, council=codes)
        hits = server.hits()
        assert again["status"] == "finished" and again["requests_stored"] == 0
        assert {k: v for k, v in hits["by_route"].items() if k != "robots"} == listing_hits
        assert hits["not_modified"] == 0

        logs = server.disclosure_logs
        logs.change_entry("BNE", "7691884", response_text="Correction: 1234567 laptops in 2020-21.")
        new_pdf = pdf_letter(["Manchester City Council", "Revised response"], [["Device", "2020-21"],
                                                                              ["Laptops", "7654321"]], [],
                             title="FOI 7274087", author="Manchester")
        logs.change_entry("MAN", "7274087", document=("FOI-7274087-Response.pdf", new_pdf))
        logs.change_entry("CMD", "FOI-2021-4948", response_text="Revised: 31337 claims.")
        server.reset_hits()
        third = dl_crawl(server, db, files, council=codes)
        hits = server.hits()
        assert third["status"] == "finished" and third["requests_stored"] == 3
        assert hits["by_route"].get("dl_detail:BNE") == 1            # only the changed page
        assert hits["not_modified_by_route"].get("dl_file:BNE") == 1  # its document, unchanged: a 304
        assert hits["by_route"].get("dl_file:MAN") == 1 and "dl_file:BNE" not in hits["by_route"]
        assert "dl_detail:CMD" not in hits["by_route"] and "dl_file:CMD" not in hits["by_route"]
        text = {r: t for r, t in rows(db, "SELECT m.request_id, string_agg(coalesce(m.body_text, '') || ' ' || "
                                          "coalesce(a.text, ''), ' ') FROM messages m LEFT JOIN attachments a "
                                          "USING (message_id) WHERE m.direction = 'incoming' GROUP BY 1")}
        assert "1234567" in text["dl:BNE:7691884"]
        assert "7654321" in text["dl:MAN:7274087"]
        assert "31337" in text["dl:CMD:FOI-2021-4948"]


def test_a_failed_download_is_recorded_and_fetched_on_the_next_run(tmp_path):
    with ReplayServer() as server:
        db, files = tmp_path / "foi.duckdb", tmp_path / "files"
        server.set_fault(r"/foi-requests/documents/7691884/", "500")
        first = dl_crawl(server, db, files, council="BNE")
        assert first["status"] == "finished" and first["failures_by_kind"].get("http_5xx") == 1
        assert rows(db, "SELECT extraction_status FROM attachments WHERE attachment_id = 'dl:BNE:7691884:1'") == [
            ("not_fetched",)]
        assert rows(db, "SELECT count(*) FROM requests WHERE source = 'disclosure_log'")[0][0] == 6
        server.clear_faults()
        second = dl_crawl(server, db, files, council="BNE")
        assert second["status"] == "finished"
        assert rows(db, "SELECT extraction_status FROM attachments WHERE attachment_id = 'dl:BNE:7691884:1'") == [
            ("ok",)]


def test_unknown_council_is_a_clear_error(tmp_path):
    with ReplayServer() as server:
        result = dl_crawl(server, tmp_path / "foi.duckdb", tmp_path / "files", council="ZZZ")
    assert result["status"] == "failed" and result["exit_code"] != 0
    assert "no line in the disclosure-log registry" in result["summary"]


def check_load_command_repairs_what_a_later_whatdotheyknow_crawl_rewrites(harvest):
    """A WhatDoTheyKnow crawl rewrites the authorities' disclosure-log columns and its requests' links (its items
    carry every column); `foi disclosure-logs load` puts both back without crawling."""
    import subprocess
    import sys

    db = harvest["db"]
    before = rows(db, "SELECT authority_key, disclosure_log_url, disclosure_log_platform, disclosure_log_terms "
                      "FROM authorities WHERE authority_key IN (SELECT unnest(?::VARCHAR[])) ORDER BY 1", [IMITATED])
    links = rows(db, "SELECT request_id, linked_request_id FROM requests ORDER BY 1")
    con = warehouse_db.connect(str(db))
    try:
        con.execute("UPDATE authorities SET disclosure_log_platform = NULL, disclosure_log_terms = NULL "
                    "WHERE authority_key = 'CMD'")
        con.execute("UPDATE requests SET linked_request_id = NULL WHERE source = 'whatdotheyknow'")
    finally:
        con.close()
    proc = subprocess.run([sys.executable, "-m", "foi", "disclosure-logs", "load", "--registry", "demo", "--db", str(db)],
                          capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[1])
    assert proc.returncode == 0, proc.stderr
    assert "10 requests linked" in proc.stdout
    assert rows(db, "SELECT authority_key, disclosure_log_url, disclosure_log_platform, disclosure_log_terms "
                    "FROM authorities WHERE authority_key IN (SELECT unnest(?::VARCHAR[])) ORDER BY 1",
                [IMITATED]) == before
    assert rows(db, "SELECT request_id, linked_request_id FROM requests ORDER BY 1") == links


def test_another_registry_platform_filter_and_hostile_logs(tmp_path):
    registry = tmp_path / "logs.csv"
    registry.write_text(
        "local_authority_code,council,url,platform,terms,options,notes\n"
        "BNE,Barnet,https://www.barnet.gov.uk/foi-requests,directory,,,\n"
        "CMD,Camden,https://opendata.camden.gov.uk/body/all-authorities.csv,socrata,,,not a dataset API at all\n"
        "MAN,Manchester,https://www.manchester.gov.uk/no/such/log,documents,,,\n"
        "YOR,York,,search_form,,,\n", encoding="utf-8")
    with ReplayServer() as server:
        db, files = tmp_path / "foi.duckdb", tmp_path / "files"
        only = dl_crawl(server, db, files, platform="directory", registry=str(registry))
        assert only["status"] == "finished" and only["failures"] == 0
        assert rows(db, "SELECT DISTINCT authority_key FROM requests") == [("BNE",)]
        every = dl_crawl(server, db, files, registry=str(registry))
    assert every["status"] == "finished"          # one bad log never stops the others
    assert every["failures_by_kind"] == {"not_found": 1, "parse": 1}
    kinds = dict(rows(db, "SELECT kind, detail FROM crawl_failures WHERE run_id = ?", [every["run_id"]]))
    assert kinds["parse"].startswith("CMD: dataset page is not JSON")
    assert rows(db, "SELECT authority_key, disclosure_log_platform FROM authorities WHERE authority_key = 'YOR'") == [
        ("YOR", "search_form")]
