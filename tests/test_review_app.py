"""`foi review --serve`: the review web app, run for real (`foi review --serve` in a subprocess, uvicorn on a free
port of 127.0.0.1) over a small warehouse read by the real reader, and spoken to over HTTP with httpx.

tests/test_review_browser.py drives the same app in Chromium with the keyboard.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from documents import extract_text
from tests.test_normalize import add_authorities, add_reply, add_request
from warehouse import db
from warehouse.normalize import rebuild
from warehouse.overrides import review_rows

SHEET = "[Sheet: Devices]\nDevice\t2019-20\t2020-21\nLaptops\t430\t\nTablets\t\t85\n"


def two_page_pdf() -> bytes:
    """Cardiff's reply: a real PDF whose figures are on its second page."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 750, "Cardiff Council - Freedom of Information response")
    pdf.drawString(72, 730, "Our answer to question 1 is on the next page.")
    pdf.showPage()
    pdf.drawString(72, 750, "Devices purchased")
    for y, (left, right) in zip((730, 710), (("Device", "2020-21"), ("Laptops", "315"))):
        pdf.drawString(72, y, left)
        pdf.drawString(200, y, right)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def build_review_warehouse(folder: Path) -> Path:
    """Three councils whose letter and spreadsheet disagree (four figures to check), read by the real reader,
    plus a disclosure-log copy of Barnet's request (linked to it) that the report does not count twice; Barnet's
    spreadsheet is stored under files/ as the crawl stores it."""
    path = folder / "foi.duckdb"
    con = db.connect(path)
    try:
        add_authorities(con)
        add_request(con, 1, "BNE", batch=None, title="Remote working devices and software")
        letter = ("Dear Ms Smith,\n\n1a. Laptops: in 2019-20 we purchased 426 laptops.\n\n"
                  "1b. Tablets: in 2020-21 we bought 80 tablets.\n\nYours sincerely")
        add_reply(con, 1, 11, "2021-10-20T09:00:00", letter, attachments=[(SHEET, "ok")])
        add_request(con, 2, "LDS", batch=None, title="Remote working devices and software")
        add_reply(con, 2, 21, "2021-10-21T09:00:00",
                  "Dear Ms Smith,\n\n1a. Laptops: in 2020-21 we purchased 1,200 laptops.\n\nYours sincerely",
                  attachments=[("[Sheet: Devices]\nDevice\t2020-21\nLaptops\t1250\n", "ok")])
        add_request(con, 3, "CRF", batch=None, title="Remote working devices and software")
        pdf = two_page_pdf()
        add_reply(con, 3, 31, "2021-10-22T09:00:00",
                  "Dear Ms Smith,\n\n1a. Laptops: in 2020-21 we purchased 310 laptops.\n\nYours sincerely",
                  attachments=[(extract_text(pdf, "reply.pdf").text, "ok")])
        # the same Barnet answer published in its disclosure log, linked to the WhatDoTheyKnow request
        add_request(con, 4, "BNE", batch=None, title="Remote working devices and software")
        db.upsert(con, "requests", [{"request_id": "wdtk:4", "source": "disclosure_log",
                                     "linked_request_id": "wdtk:1"}])
        add_reply(con, 4, 41, "2021-10-25T09:00:00", letter, attachments=[(SHEET, "ok")])
        stored = "ab/cd/abcd-sheet.csv"
        (folder / "files" / "ab" / "cd").mkdir(parents=True)
        (folder / "files" / stored).write_text("Device,2019-20,2020-21\nLaptops,430,\nTablets,,85\n", encoding="utf-8")
        con.execute("UPDATE attachments SET stored_path = ?, detected_type = 'csv', filename = 'devices.csv' "
                    "WHERE attachment_id = 'wdtk:11:2'", [stored])
        (folder / "files" / "ab" / "cd" / "abcd-reply.pdf").write_bytes(pdf)
        con.execute("UPDATE attachments SET stored_path = 'ab/cd/abcd-reply.pdf', detected_type = 'pdf', "
                    "filename = 'reply.pdf' WHERE attachment_id = 'wdtk:31:2'")
        rebuild(con)
    finally:
        con.close()
    return path


@dataclass
class Server:
    url: str
    process: subprocess.Popen

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def start_server(path: Path, reviewer: str, *extra: str) -> Server:
    """`foi review --serve` on a free port, as a user would start it; returns once it says where it is."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "FOI_REVIEWER": reviewer}
    env.pop("FOI_FILES_DIR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "foi", "review", "--serve", "--db", str(path), "--port", "0", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=path.parent, env=env)
    first = process.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+/", first)
    if not found:
        process.kill()
        raise AssertionError(f"foi review --serve did not start: {first}{process.stdout.read()}")
    return Server(found.group(0), process)


@pytest.fixture
def warehouse_dir(tmp_path):
    build_review_warehouse(tmp_path)
    return tmp_path


@pytest.fixture
def server(warehouse_dir):
    running = start_server(warehouse_dir / "foi.duckdb", "Ana")
    yield running
    running.stop()


def read(path: Path, sql: str, *params):
    con = db.connect(path, read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def decisions(path: Path) -> list[tuple]:
    """Every decision stored, [] when none has been (the table is created by the first)."""
    if not read(path, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'review_decisions'")[0][0]:
        return []
    return read(path, "SELECT answer_id, decision, value FROM review_decisions")


def figure_ids(html: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r'href="/figure/([0-9a-f]+)', html)))


def message(html: str) -> str:
    found = re.search(r'id="message">([^<]*)<', html)
    return found.group(1).replace("&#39;", "'") if found else ""


def field_value(html: str, name: str) -> str:
    return re.search(rf'name="{name}"[^>]*value="([^"]*)"', html).group(1)


def seen(html: str) -> str:
    return field_value(html, "seen")


def figure_id(path: Path, council: str, subject: str) -> str:
    return read(path, "SELECT a.answer_id FROM answers a JOIN authorities au USING (authority_key) "
                      "WHERE au.short_name = ? AND subject = ? AND status = 'extracted' AND conflict "
                      "AND request_id != 'wdtk:4'", council, subject)[0][0]


# --- the queue counts what the report counts ---------------------------------------------------------------

def test_review_lists_the_figures_the_report_counts(warehouse_dir):
    path = warehouse_dir / "foi.duckdb"
    con = db.connect(path, read_only=True)
    try:
        listed = review_rows(con)
        doubtful_anywhere = con.execute("SELECT count(*) FROM answers WHERE status = 'extracted' AND "
                                        "(conflict OR coalesce(confidence, 0) < 0.7)").fetchone()[0]
        coverage = con.execute("SELECT sum(figures_needing_review) FROM survey_coverage").fetchone()[0]
    finally:
        con.close()
    # the disclosure-log copy repeats Barnet's two doubtful figures; neither the report nor the review counts them
    assert doubtful_anywhere == 6
    assert len(listed) == coverage == 4
    assert "wdtk:4" not in {r["answer_id"] for r in listed}


def test_queue_page_flagged_first_with_progress_and_filters(server, warehouse_dir):
    page = httpx.get(server.url)
    assert page.status_code == 200
    assert "0 of 4 checked" in page.text
    rows = re.findall(r'<tr class="open flagged" data-answer="[0-9a-f]+">\s*<td>(\w+)</td>', page.text)
    assert rows == ["Barnet", "Barnet", "Cardiff", "Leeds"]
    leeds = httpx.get(server.url, params={"council": "Leeds"})
    assert re.findall(r'data-answer="[0-9a-f]+">\s*<td>(\w+)</td>', leeds.text) == ["Leeds"]
    assert "0 of 4 checked" in leeds.text  # progress is the whole queue's, whatever the filter shows


def test_figure_page_shows_the_words_the_question_the_document_and_the_source(server, warehouse_dir):
    aid = figure_id(warehouse_dir / "foi.duckdb", "Barnet", "laptops")
    page = httpx.get(f"{server.url}figure/{aid}")
    assert page.status_code == 200
    assert '<mark id="words">Laptops\t430</mark>' in page.text
    assert "sheet Devices, row 2" in page.text
    # what the reviewer chooses between: the letter said 426
    assert re.search(r'id="readings">Also read as:\s*<strong>426</strong> in the e-mail', page.text)
    assert "Number of new laptops purchased" in page.text  # the survey's question, in its words
    others = page.text[page.text.index("Barnet's other answers to question 1a"):]
    assert "<p>None.</p>" in others[:200]  # not the same figure again from the disclosure log's copy
    doc = re.search(r'id="document"[^>]*href="(/open/[^"]+)"', page.text).group(1)
    original = httpx.get(server.url.rstrip("/") + doc, follow_redirects=True)
    assert original.status_code == 200 and original.text.startswith("Device,2019-20,2020-21")
    assert original.headers["x-content-type-options"] == "nosniff"
    assert 'href="http://wdtk.test/request/1/response/11/attach/2/reply.pdf"' in page.text


# --- decisions ------------------------------------------------------------------------------------------------

def test_decisions_are_saved_at_once_with_who_and_when_and_survive_a_rebuild(server, warehouse_dir):
    path = warehouse_dir / "foi.duckdb"
    barnet = figure_id(path, "Barnet", "laptops")
    tablets = figure_id(path, "Barnet", "tablets")
    leeds = figure_id(path, "Leeds", "laptops")
    cardiff = figure_id(path, "Cardiff", "laptops")
    post = lambda aid, **form: httpx.post(f"{server.url}figure/{aid}", data={"seen": "", **form})  # noqa: E731

    saved = post(barnet, decision="correct", value="£428", period="2019/20", measure="count", note="phoned")
    assert saved.status_code == 303
    # on to the next figure still to check, saying what was saved
    assert saved.headers["location"].startswith(f"/figure/{tablets}?saved={barnet}")
    assert post(tablets, decision="not_a_figure", note="a heading").status_code == 303
    # accepting keeps the figure as read, even with something else left in the correction fields
    assert post(leeds, decision="accept", value="999", period="2019-20", measure="count").status_code == 303
    rows = read(path, "SELECT answer_id, decision, value, period, reviewer, decided_at IS NOT NULL, note "
                      "FROM review_decisions ORDER BY decision")
    assert sorted(rows) == sorted([(barnet, "correct", 428.0, "2019-20", "Ana", True, "phoned"),
                                   (tablets, "not_a_figure", None, None, "Ana", True, "a heading"),
                                   (leeds, "accept", 1250.0, None, "Ana", True, None)])
    queue = httpx.get(server.url, params={"status": "all"}).text
    assert "3 of 4 checked" in queue and "Decisions made since the last rebuild are not in the report yet" in queue

    done = post(cardiff, decision="correct", value="312", period="2020-21", measure="count", approx="1")
    assert done.status_code == 303 and done.headers["location"].startswith("/?saved=")
    finished = httpx.get(server.url + done.headers["location"].lstrip("/"))
    assert "4 of 4 checked" in finished.text and 'id="rebuild"' in finished.text

    # the rebuild (foi extract, then foi report) applies every decision; the figures and the report show them
    rebuilt = httpx.post(server.url + "rebuild", data={"status": "all"}, timeout=120)
    assert rebuilt.status_code == 303
    after = httpx.get(server.url + rebuilt.headers["location"].lstrip("/"))
    assert "4 of 4 checked" in after.text and "the report is up to date" in after.text
    assert read(path, "SELECT answer_id, value, original_value, status FROM answers WHERE answer_id IN (?, ?, ?, ?) "
                      "ORDER BY value", barnet, tablets, leeds, cardiff) == [
        (tablets, 85.0, None, "rejected"), (cardiff, 312.0, 315.0, "overridden"),
        (barnet, 428.0, 430.0, "overridden"), (leeds, 1250.0, 1250.0, "overridden")]
    assert read(path, "SELECT approx FROM answers WHERE answer_id = ?", cardiff) == [(True,)]
    assert read(path, "SELECT sum(figures_needing_review) FROM survey_coverage") == [(0,)]
    report = (warehouse_dir / "report.html").read_text(encoding="utf-8")
    assert "428" in report and httpx.get(server.url + "report").status_code == 200
    # and a later `foi extract` keeps them
    con = db.connect(path)
    try:
        rebuild(con)
    finally:
        con.close()
    assert read(path, "SELECT value, status FROM answers WHERE answer_id = ?", barnet) == [(428.0, "overridden")]
    assert read(path, "SELECT status FROM answers WHERE answer_id = ?", tablets) == [("rejected",)]


@pytest.mark.parametrize("form, field, words", [
    ({"decision": "correct", "value": "lots", "period": "2019-20"}, "value", "'lots' is not a number"),
    ({"decision": "correct", "value": "", "period": "2019-20"}, "value", "The value is empty"),
    ({"decision": "correct", "value": "431", "period": "the olden days"}, "period",
     "'the olden days' is not a period the reader knows"),
    ({"decision": "correct", "value": "431", "measure": "furlongs"}, None, "Unknown measure 'furlongs'"),
    ({"decision": "approve", "value": "431"}, None, "Unknown decision 'approve'"),
])
def test_bad_input_is_a_message_on_the_page_and_keeps_what_was_typed(server, warehouse_dir, form, field, words):
    path = warehouse_dir / "foi.duckdb"
    aid = figure_id(path, "Barnet", "laptops")
    answer = httpx.post(f"{server.url}figure/{aid}", data={"seen": "", "note": "see page 2", **form})
    assert answer.status_code == 400
    assert words in message(answer.text)
    assert "see page 2</textarea>" in answer.text
    if field:
        assert re.search(rf'name="{field}"[^>]*value="{re.escape(form[field])}"\s*aria-invalid="true"', answer.text)
    assert decisions(path) == []


def test_unknown_figure_is_a_message_and_the_decision_is_kept(server):
    page = httpx.get(f"{server.url}figure/0123456789abcdef0000")
    assert page.status_code == 404 and "No figure '0123456789abcdef0000'" in message(page.text)
    sent = httpx.post(f"{server.url}figure/0123456789abcdef0000",
                      data={"decision": "correct", "value": "12", "seen": "", "note": "keep me"})
    assert sent.status_code == 404 and "No figure" in message(sent.text)
    assert "“keep me”" in sent.text and 'name="value" value="12"' in sent.text


def test_a_second_reviewer_sees_the_first_decision_and_is_asked_before_replacing_it(server, warehouse_dir):
    path = warehouse_dir / "foi.duckdb"
    aid = figure_id(path, "Leeds", "laptops")
    second = start_server(path, "Ben")
    try:
        # both open the figure before either decides
        ana_page = httpx.get(f"{server.url}figure/{aid}").text
        ben_page = httpx.get(f"{second.url}figure/{aid}").text
        assert seen(ana_page) == seen(ben_page) == ""
        assert httpx.post(f"{server.url}figure/{aid}", data={"decision": "correct", "value": "1,200",
                                                             "seen": seen(ana_page)}).status_code == 303
        clash = httpx.post(f"{second.url}figure/{aid}", data={"decision": "accept", "value": "1250",
                                                              "seen": seen(ben_page), "note": "sheet is right"})
        assert clash.status_code == 409
        assert "it was decided by Ana (corrected to 1,200" in message(clash.text)
        assert 'id="conflict"' in clash.text and "sheet is right</textarea>" in clash.text
        assert read(path, "SELECT reviewer, value FROM review_decisions") == [("Ana", 1200.0)]
        # asked, Ben replaces it: the form now carries Ana's decision as the one he saw
        replaced = httpx.post(f"{second.url}figure/{aid}", data={"decision": "accept", "value": "1250",
                                                                 "seen": seen(clash.text)})
        assert replaced.status_code == 303
        history = read(path, "SELECT reviewer, value, replaces IS NOT NULL FROM review_decisions ORDER BY decided_at")
        assert history == [("Ana", 1200.0, False), ("Ben", 1250.0, True)]
        page = httpx.get(f"{server.url}figure/{aid}").text
        assert "Decided by <strong>Ben</strong>" in page and "A new decision replaces theirs." in page
    finally:
        second.stop()


def test_read_only_review_shows_everything_and_saves_nothing(warehouse_dir):
    path = warehouse_dir / "foi.duckdb"
    aid = figure_id(path, "Cardiff", "laptops")
    before = path.read_bytes()
    running = start_server(path, "Ana", "--read-only")
    try:
        assert "0 of 4 checked" in httpx.get(running.url).text
        sent = httpx.post(f"{running.url}figure/{aid}", data={"decision": "correct", "value": "316", "seen": ""})
        assert sent.status_code == 403 and "started read-only" in message(sent.text)
        assert 'name="value" id="field-value" inputmode="decimal" value="316"' in sent.text
        assert httpx.post(running.url + "rebuild", data={}).status_code == 403
    finally:
        running.stop()
    assert path.read_bytes() == before


def test_busy_warehouse_is_a_message_and_the_decision_is_kept(server, warehouse_dir):
    path = warehouse_dir / "foi.duckdb"
    aid = figure_id(path, "Cardiff", "laptops")
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys
            con = duckdb.connect({str(path)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        sent = httpx.post(f"{server.url}figure/{aid}",
                          data={"decision": "correct", "value": "316", "seen": "", "note": "from the PDF"})
        assert sent.status_code == 503 and "is busy" in message(sent.text)
        assert "not saved" in message(sent.text) and "“from the PDF”" in sent.text
        assert 'name="value" value="316"' in sent.text and ">Try again</button>" in sent.text
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    # once the other program is done, "Try again" posts the same decision
    retry = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', sent.text))
    assert httpx.post(f"{server.url}figure/{aid}", data=retry).status_code == 303
    assert read(path, "SELECT value, note FROM review_decisions") == [(316.0, "from the PDF")]


def test_documents_stay_inside_the_files_folder_and_never_run_as_pages(server, warehouse_dir):
    path = warehouse_dir / "foi.duckdb"
    (warehouse_dir / "secret.txt").write_text("not yours", encoding="utf-8")
    (warehouse_dir / "files" / "page.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    con = db.connect(path)
    try:
        con.execute("UPDATE attachments SET stored_path = '../secret.txt' WHERE attachment_id = 'wdtk:21:2'")
        con.execute("UPDATE attachments SET stored_path = 'page.html', detected_type = 'html' "
                    "WHERE attachment_id = 'wdtk:31:2'")
    finally:
        con.close()
    outside = httpx.get(f"{server.url}document/wdtk:21:2")
    assert outside.status_code == 404 and "not yours" not in outside.text
    html = httpx.get(f"{server.url}document/wdtk:31:2")
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/plain")


def test_a_form_from_another_site_and_another_host_name_are_refused(server, warehouse_dir):
    aid = figure_id(warehouse_dir / "foi.duckdb", "Cardiff", "laptops")
    forged = httpx.post(f"{server.url}figure/{aid}", data={"decision": "accept", "value": "315", "seen": ""},
                        headers={"Origin": "http://evil.example"})
    assert forged.status_code == 403 and "another web site" in message(forged.text)
    assert httpx.get(server.url, headers={"Host": "evil.example"}).status_code == 400


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
def test_a_long_queue_is_shown_a_page_at_a_time(warehouse_dir, monkeypatch):
    import review.app as review_app
    from starlette.testclient import TestClient

    monkeypatch.setattr(review_app, "PAGE_SIZE", 3)
    app = review_app.create_app(review_app.Settings(db_file=warehouse_dir / "foi.duckdb",
                                                    files_dir=warehouse_dir / "files", reviewer="Ana"))
    def rows_of(html: str) -> list[str]:
        return re.findall(r'data-answer="([0-9a-f]+)"', html)

    with TestClient(app, base_url="http://127.0.0.1") as client:
        first, second = client.get("/"), client.get("/", params={"page": "2"})
        beyond = client.get("/", params={"page": "99"})
    assert len(rows_of(first.text)) == 3 and len(rows_of(second.text)) == 1
    assert "Page 1 of 2 (4 figures)" in first.text and "Page 2 of 2 (4 figures)" in second.text
    assert rows_of(beyond.text) == rows_of(second.text)  # a page past the end is the last one
    assert set(rows_of(first.text)).isdisjoint(rows_of(second.text))


def test_the_original_pdf_opens_at_the_page_the_words_are_on(server, warehouse_dir):
    aid = figure_id(warehouse_dir / "foi.duckdb", "Cardiff", "laptops")
    page = httpx.get(f"{server.url}figure/{aid}").text
    assert '<mark id="words">Laptops\t315</mark>' in page
    opened = httpx.get(f"{server.url}open/{aid}")
    assert opened.status_code == 303 and opened.headers["location"] == "/document/wdtk:31:2#page=2"
    pdf = httpx.get(server.url + "document/wdtk:31:2")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_a_damaged_or_ambiguous_pdf_gives_no_page_and_no_error(tmp_path):
    from review.pdf_pages import find_page

    good = tmp_path / "good.pdf"
    good.write_bytes(two_page_pdf())
    assert find_page(good, "Laptops\t315") == 2
    assert find_page(good, "Cardiff Council") == 1
    assert find_page(good, "Not in this document") is None
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 100)
    assert find_page(broken, "Laptops") is None


def test_a_figure_in_the_e_mail_opens_the_whole_e_mail(server, warehouse_dir):
    path = warehouse_dir / "foi.duckdb"
    letter = read(path, "SELECT answer_id FROM answers WHERE request_id = 'wdtk:2' AND attachment_id IS NULL")[0][0]
    page = httpx.get(f"{server.url}figure/{letter}").text
    assert re.search(rf'id="document"[^>]*href="/open/{letter}">the whole e-mail</a>', page)
    whole = httpx.get(f"{server.url}open/{letter}")
    assert whole.status_code == 200
    assert "Dear Ms Smith," in whole.text and "Yours sincerely" in whole.text
    assert re.search(r'<mark id="words">[^<]*1,200 laptops', whole.text)
