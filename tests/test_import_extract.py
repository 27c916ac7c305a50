"""`foi extract` reads imported replies exactly as it reads crawled ones; the shipped demo mailbox imports and
reads; a folder of reply documents with its CSV."""

from __future__ import annotations

import io
import mailbox
from datetime import datetime, timedelta, timezone
from importlib import resources

from click.testing import CliRunner

from crawlers.common.documents import extract_sync, store_bytes
from crawlers.common.store import RawStore
from crawlers.items import AttachmentItem, AuthorityItem, MessageItem, RecordBundle, RequestItem
from documents.mail_text import quoted_spans, redact
from foi.cli import cli
from tests.test_import_mail import message, rows, run_import, write_mbox
from warehouse import registry

T0 = datetime(2021, 9, 29, 9, 0, tzinfo=timezone.utc)
TITLE = "Remote working devices and software"
REQUEST = ("Dear FOI officer,\n\nPlease tell me the number of new electronic devices purchased by your "
           "organisation, by financial year from 2018-19 to 2020-21:\n1a Laptops\n1b Tablets\n\nYours faithfully,\n"
           "A Reporter\n")
ACK = ("Dear A Reporter,\n\nThank you for your request for information, which we received on 29 September 2021. "
       "We will respond within 20 working days.\n\nInformation Governance")
ANSWER = ("Dear A Reporter,\n\nPlease find attached our response. 1b. Tablets: 2019-20 - 87.\n\n"
          "2c. We can neither confirm nor deny whether we hold information about cyber security software, under "
          "section 31(3) of the Freedom of Information Act 2000. Call 0113 222 4444 with any questions.\n\n"
          "Yours sincerely,\nInformation Governance\n\n-----Original Message-----\nFrom: A Reporter\n\n" + REQUEST
          + "\nLast year you told me: 1a. Laptops 2019-20: 999 laptops purchased in 2019-20.\n")


def reply_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Response to your request")
    d.add_paragraph("1. Breakdown of the number of new electronic devices purchased:")
    table = d.add_table(rows=3, cols=4)
    for r, row in enumerate([["Device", "2018-19", "2019-20", "2020-21"], ["Laptops", "232", "426", "617"],
                             ["Mobile phones", "288", "601", "402"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def crawl_rows(db_path, files_dir, docx: bytes) -> None:
    """The thread as the WhatDoTheyKnow crawl stores it: its items, its redaction and quoted spans, its attachment
    pipeline (content-addressed file, bounded extraction, redacted text), through the crawl's own RawStore."""
    store = RawStore(str(db_path))
    fetched = T0 + timedelta(days=60)
    council = registry.council_for(gss_code=next(c.gss_code for c in registry.councils() if c.code == "BNE"))
    messages = [MessageItem("wdtk:out:1", "wdtk:1", "outgoing", 1, sent_at=T0, body_text=redact(REQUEST),
                            quoted_spans=quoted_spans(redact(REQUEST)), fetched_at=fetched)]
    for n, (day, text) in enumerate([(1, ACK), (20, ANSWER)], start=1):
        body = redact(text)
        messages.append(MessageItem(f"wdtk:in:{n}", "wdtk:1", "incoming", n, sent_at=T0 + timedelta(days=day),
                                    from_name="Information Governance", body_text=body,
                                    quoted_spans=quoted_spans(body), fetched_at=fetched))
    sha, stored = store_bytes(str(files_dir), docx)
    result = extract_sync(docx, "response.docx", None, 60)
    attachment = AttachmentItem("wdtk:2:2", "wdtk:1", message_id="wdtk:in:2", url_part_number=2,
                                filename="response.docx", sha256=sha, stored_path=stored, size_bytes=len(docx),
                                text=redact(result.text), extraction_status=result.status, extractor=result.extractor,
                                detected_type=result.detected_type, fetched_at=fetched)
    store.add_bundle(RecordBundle(
        key="wdtk:1",
        authorities=[AuthorityItem("BNE", council.official_name, "whatdotheyknow", local_authority_code="BNE",
                                   nation=council.nation)],
        requests=[RequestItem("wdtk:1", "whatdotheyknow", "1", url_title="devices", title=TITLE, authority_key="BNE",
                              created_at=T0, request_text=redact(REQUEST), fetched_at=fetched)],
        messages=messages, attachments=[attachment]))
    store.flush()
    store.close()


def test_foi_extract_reads_imported_replies_exactly_as_crawled_ones(tmp_path):
    docx = reply_docx()
    db_path, files = tmp_path / "w.duckdb", tmp_path / "files"
    crawl_rows(db_path, files, docx)
    # the same thread, received by e-mail from another council (an English one, as Barnet is)
    me = "reporter@newsroom.example.co.uk"
    mails = [message("req@newsroom.example.co.uk", f"A Reporter <{me}>", "foi@leeds.gov.uk", TITLE, REQUEST, 0),
             message("ack@leeds.gov.uk", "Information Governance <foi@leeds.gov.uk>", me, "RE: " + TITLE, ACK, 1,
                     reply_to="req@newsroom.example.co.uk"),
             message("answer@leeds.gov.uk", "Information Governance <foi@leeds.gov.uk>", me, "RE: " + TITLE, ANSWER,
                     20, reply_to="ack@leeds.gov.uk", attach=("response.docx", "application/vnd.openxmlformats-"
                                                               "officedocument.wordprocessingml.document", docx))]
    run_import(write_mbox(tmp_path / "replies.mbox", [m.as_bytes() for m in mails]), tmp_path)
    [imported] = [r["request_id"] for r in rows(db_path, "SELECT request_id FROM requests WHERE source = 'mailbox'")]

    result = CliRunner().invoke(cli, ["extract", "--db", str(db_path), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output

    def answers(rid):
        return rows(db_path, "SELECT question, subject, period, measure, value, status, reply_kind, confidence, "
                             "quote, attachment_id IS NOT NULL AS from_attachment FROM answers WHERE request_id = ? "
                             "ORDER BY question, subject, period, measure", rid)

    def outcome(rid):
        return rows(db_path, "SELECT survey, outcome, outcome_source, working_days, in_time, exemptions, ncnd "
                             "FROM request_outcomes WHERE request_id = ?", rid)

    crawled = answers("wdtk:1")
    assert len(crawled) >= 7 and any(a["from_attachment"] for a in crawled)   # the reply was read, body and file
    assert answers(imported) == crawled
    assert outcome(imported) == outcome("wdtk:1")
    assert outcome("wdtk:1")[0]["survey"] == "remote-working-2021"
    assert rows(db_path, "SELECT question, exemption FROM refusals WHERE request_id = ?", imported) == \
        rows(db_path, "SELECT question, exemption FROM refusals WHERE request_id = 'wdtk:1'")


def test_the_demo_mailbox_imports_and_reads(tmp_path):
    demo = resources.files("importers").joinpath("demo", "replies.mbox")
    assert len(mailbox.mbox(str(demo), create=False)) == 10
    db_path = tmp_path / "w.duckdb"
    result = CliRunner().invoke(cli, ["import", "--demo", "--db", str(db_path), "--files-dir", str(tmp_path / "f")],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "6: 6 added" in result.output and "foi import --demo --councils" in result.output
    result = CliRunner().invoke(cli, ["extract", "--db", str(db_path), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    figures = rows(db_path, "SELECT r.authority_key, a.period, a.value FROM answers a JOIN requests r USING "
                            "(request_id) WHERE a.status = 'extracted' AND a.measure = 'count' AND a.subject = 'laptops' "
                            "ORDER BY 1, 2")
    assert [(f["authority_key"], f["period"], f["value"]) for f in figures] == [
        ("SLF", "2018-19", 120.0), ("SLF", "2019-20", 275.0), ("SLF", "2020-21", 960.0),
        ("YOR", "2018-19", 180.0), ("YOR", "2019-20", 390.0), ("YOR", "2020-21", 845.0)]
    outcomes = rows(db_path, "SELECT r.authority_key, m.method, o.outcome, o.survey FROM request_outcomes o "
                             "JOIN requests r USING (request_id) JOIN authority_matches m USING (request_id) "
                             "WHERE m.authority_key IS NOT NULL ORDER BY 1")
    assert [(o["authority_key"], o["method"], o["outcome"]) for o in outcomes] == [
        ("DER", "signature", "rejected"), ("SLF", "domain_name", "successful"),
        ("WKF", "recipient_domain", "overdue"), ("YOR", "sender_domain", "partially_successful")]
    assert {o["survey"] for o in outcomes} == {"remote-working-2021"}


def test_a_folder_of_reply_documents_with_its_csv(tmp_path):
    folder = tmp_path / "scans"
    (folder / "barnet").mkdir(parents=True)
    (folder / "barnet" / "response.docx").write_bytes(reply_docx())
    (folder / "leeds-reply.txt").write_text("1a. Laptops: 2019-20 - 310.")
    (folder / "leeds-covering.txt").write_text("Please find our answer attached.")
    (folder / "stray.pdf").write_bytes(b"%PDF-1.4 not listed")
    (folder / "foi-import.csv").write_text(
        "file,council,request,date,title\n"
        f"barnet/response.docx,BNE,7691884,2021-10-05,{TITLE}\n"
        "leeds-reply.txt,Leeds City Council,FOI-1234,2021-10-20,\n"
        "leeds-covering.txt,LDS,FOI-1234,2021-10-19,Remote working\n"
        "missing.pdf,BNE,7691884,,\n"
        "../outside.txt,BNE,7691884,,\n")
    output = run_import(folder, tmp_path)
    db_path = tmp_path / "w.duckdb"
    got = rows(db_path, "SELECT r.authority_key, r.source, r.title, r.council_reference, m.method, "
                        "(SELECT count(*) FROM attachments a WHERE a.request_id = r.request_id) AS files "
                        "FROM requests r JOIN authority_matches m USING (request_id) ORDER BY 1")
    assert [(g["authority_key"], g["source"], g["council_reference"], g["method"], g["files"]) for g in got] == [
        ("BNE", "folder", "7691884", "folder_csv", 1), ("LDS", "folder", "FOI-1234", "folder_csv", 2)]
    assert got[1]["title"] == "Remote working"
    problems = {(p["kind"], p["url"]) for p in rows(db_path, "SELECT kind, url FROM crawl_failures")}
    assert ("import_unlisted", "stray.pdf") in problems
    assert ("import_unreadable", "foi-import.csv:5") in problems and ("import_unreadable", "foi-import.csv:6") in problems
    # the unlisted document comes back in a CSV to fill in
    assert (tmp_path / "foi-import.csv").read_text().splitlines() == ["file,council,request,date,title",
                                                                      "stray.pdf,,,,"]
    assert "1 documents are not in the folder's CSV" in output
    assert "0 added, 0 updated, 2 unchanged" in run_import(folder, tmp_path)
