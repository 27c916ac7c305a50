"""`foi import` of WhatDoTheyKnow download zips, built here in Alaveteli's own layouts (importers/wdtk_zip.py cites
the code): one request's "Download a zip file of all correspondence" and a Pro batch export."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from click.testing import CliRunner

from foi.cli import cli
from tests.test_documents import make_xlsx
from tests.test_import_mail import rows, run_import, snapshot
from warehouse import db

DASHES = "-" * 31
REQUEST = ("Dear London Borough of Barnet,\n\nPlease provide the number of new electronic devices purchased by "
           "your organisation:\n1a Laptops\n\nYours faithfully,\n\nA Reporter")


def correspondence(title="Remote working devices", url_title="remote_working_devices") -> str:
    """request/show.text.erb with its partials, as Alaveteli renders it for the download."""
    return (f'This is a plain-text version of the Freedom of Information request "{title}".  The latest, full '
            f"version is available online at http://www.whatdotheyknow.com/request/{url_title}.\n\n"
            f"{DASHES}\n\nFrom: A Reporter\nTo: London Borough of Barnet\nDate: September 29, 2021\n\n{REQUEST}\n\n"
            f"{DASHES}\n\nFrom: Information Management, London Borough of Barnet\nTo: A Reporter\n"
            "Date: October 01, 2021\n\nDear A Reporter,\n\nThank you for your request. We will respond within 20 "
            "working days. Call 020 8359 2000.\n\n"
            f"{DASHES}\n\nA Reporter left an annotation: (October 02, 2021)\nWaiting.\n\n"
            f"{DASHES}\n\nFrom: Information Management, London Borough of Barnet\nTo: A Reporter\n"
            "Date: October 20, 2021\n\nDear A Reporter,\n\nPlease find attached our response.\n\n"
            "Attachment: response.xlsx (5K)\nAttachment: covering letter.txt (1K)\n")


def request_zip(path: Path, *, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("correspondence.txt", correspondence())
        zf.writestr("2_2_response.xlsx", make_xlsx())
        zf.writestr("2_3_covering letter.txt", "Our ref FOI 7691884. Laptops 2019-20: 426.")
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


def test_a_request_download_zip(tmp_path):
    z = request_zip(tmp_path / "remote_working_devices.zip")
    output = run_import(z, tmp_path)
    dbf = tmp_path / "w.duckdb"
    [req] = rows(dbf, "SELECT * FROM requests")
    assert (req["request_id"], req["source"], req["title"], req["authority_key"], req["url_title"]) == (
        "wdtkx:remote_working_devices", "wdtk_export", "Remote working devices", "BNE", "remote_working_devices")
    assert req["request_text"] == REQUEST
    assert req["source_url"] == "http://www.whatdotheyknow.com/request/remote_working_devices"
    assert rows(dbf, "SELECT method, evidence FROM authority_matches") == [
        {"method": "wdtk_export", "evidence": "London Borough of Barnet"}]
    messages = rows(dbf, "SELECT message_id, direction, sent_at, from_name, body_text FROM messages ORDER BY sent_at")
    assert [(m["message_id"], m["direction"]) for m in messages] == [
        ("wdtkx:remote_working_devices:1", "outgoing"), ("wdtkx:remote_working_devices:2", "incoming"),
        ("wdtkx:remote_working_devices:3", "incoming")]          # the annotation is not correspondence
    assert messages[1]["from_name"] == "Information Management"
    assert "[phone number]" in messages[1]["body_text"]
    assert "Attachment:" not in messages[2]["body_text"]
    atts = rows(dbf, "SELECT message_id, url_part_number, filename, extraction_status, text FROM attachments "
                     "ORDER BY url_part_number")
    # "2_<part>_<name>": the second incoming message's attachments, with Alaveteli's part numbers
    assert [(a["message_id"], a["url_part_number"], a["filename"], a["extraction_status"]) for a in atts] == [
        ("wdtkx:remote_working_devices:3", 2, "response.xlsx", "ok"),
        ("wdtkx:remote_working_devices:3", 3, "covering letter.txt", "ok")]
    assert "426" in atts[1]["text"]
    assert "1 added" in output
    before = snapshot(dbf)
    assert "0 added, 0 updated, 1 unchanged" in run_import(z, tmp_path)
    assert snapshot(dbf) == before


def test_a_zip_bomb_member_is_refused_and_the_rest_imported(tmp_path, monkeypatch):
    monkeypatch.setenv("FOI_MAX_FILE_MB", "2")
    z = request_zip(tmp_path / "r.zip", extra={"2_4_bomb.txt": b"0" * (20 * 1024 * 1024),
                                               "../../escape.txt": b"x"})
    run_import(z, tmp_path)
    dbf = tmp_path / "w.duckdb"
    atts = {a["filename"]: a for a in rows(dbf, "SELECT filename, extraction_status, extraction_reason FROM attachments")}
    assert atts["bomb.txt"]["extraction_status"] == "failed" and "limit" in atts["bomb.txt"]["extraction_reason"]
    assert atts["response.xlsx"]["extraction_status"] == "ok"
    problems = rows(dbf, "SELECT kind, url FROM crawl_failures")
    assert {"kind": "import_unlisted", "url": f"{z}!escape.txt"} in problems


def test_a_request_already_crawled_is_not_imported_twice(tmp_path):
    con = db.connect(tmp_path / "w.duckdb")
    db.upsert(con, "requests", [{"request_id": "wdtk:123", "source": "whatdotheyknow",
                                 "url_title": "remote_working_devices", "title": "Remote working devices"}])
    con.close()
    output = run_import(request_zip(tmp_path / "r.zip"), tmp_path)
    assert "1 already crawled" in output
    assert rows(tmp_path / "w.duckdb", "SELECT request_id FROM requests") == [{"request_id": "wdtk:123"}]
    assert rows(tmp_path / "w.duckdb", "SELECT kind, request_id FROM crawl_failures") == [
        {"kind": "import_already_crawled", "request_id": "wdtk:123"}]


def batch_zip(path: Path) -> Path:
    """InfoRequestBatchZip: the dashboard CSV, then per request <authority> - <url_title>/<sent at>/..."""
    dash = io.StringIO()
    w = csv.writer(dash)
    w.writerow(["request_url", "authority_name", "number_of_replies", "request_status"])
    w.writerow(["https://www.whatdotheyknow.com/request/devices_bne", "London Borough of Barnet", 1, "Successful"])
    w.writerow(["https://www.whatdotheyknow.com/request/devices_lds", "Leeds City Council", 1, "Refused."])
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("batch-777-remote_working-dashboard-2021-11-18-103000.csv", dash.getvalue())
        for body, slug, reply in [("London Borough of Barnet", "devices_bne", "Laptops 2019-20: 426."),
                                  ("Leeds City Council", "devices_lds", "We refuse under section 12.")]:
            base = f"{body} - {slug}"
            zf.writestr(f"{base}/2021-09-29-090000/outgoing_{len(slug)}1.txt", REQUEST)
            zf.writestr(f"{base}/2021-10-20-101500/incoming_{len(slug)}2.txt", f"Dear A Reporter,\n\n{reply}")
            zf.writestr(f"{base}/2021-10-20-101500/attachments-{len(slug)}2/answer.txt", reply)
    return path


def test_a_batch_export_zip(tmp_path):
    z = batch_zip(tmp_path / "batch-777-remote_working-export-2021-11-18-103000.zip")
    run_import(z, tmp_path)
    dbf = tmp_path / "w.duckdb"
    got = rows(dbf, "SELECT request_id, authority_key, batch_id, display_status, request_text, source_url "
                    "FROM requests ORDER BY 1")
    assert [(r["request_id"], r["authority_key"], r["batch_id"], r["display_status"]) for r in got] == [
        ("wdtkx:devices_bne", "BNE", 777, "Successful"), ("wdtkx:devices_lds", "LDS", 777, "Refused.")]
    assert got[0]["request_text"] == REQUEST
    assert got[0]["source_url"] == "https://www.whatdotheyknow.com/request/devices_bne"
    msgs = rows(dbf, "SELECT message_id, direction, sent_at FROM messages WHERE request_id = 'wdtkx:devices_bne' "
                     "ORDER BY sent_at")
    assert [(m["message_id"], m["direction"]) for m in msgs] == [
        ("wdtkx:devices_bne:ou111", "outgoing"), ("wdtkx:devices_bne:in112", "incoming")]
    assert str(msgs[1]["sent_at"].astimezone().date()) == "2021-10-20"
    assert rows(dbf, "SELECT filename, text FROM attachments WHERE request_id = 'wdtkx:devices_bne'") == [
        {"filename": "answer.txt", "text": "Laptops 2019-20: 426."}]


def test_a_zip_that_is_not_a_wdtk_download_is_reported(tmp_path):
    z = tmp_path / "photos.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("holiday.jpg", b"\xff\xd8\xff")
    result = CliRunner().invoke(cli, ["import", str(z), "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 0, result.output
    assert "import_unreadable 1" in result.output
    [problem] = rows(tmp_path / "w.duckdb", "SELECT detail FROM crawl_failures")
    assert "not in WhatDoTheyKnow's download layout" in problem["detail"]
