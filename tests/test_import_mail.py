"""`foi import` of mailboxes: an mbox, a Maildir and a folder of .eml/.msg files, built by these tests from
made-up council replies and Alaveteli's reference e-mails (tests/files/import/); councils matched with their
method; a second import changes nothing; a new message is picked up; a killed import, run again, ends as an
uninterrupted one; hostile mail recorded, never fatal; the requester's address never stored."""

from __future__ import annotations

import mailbox
import os
import shutil
import signal
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from foi.cli import cli

FILES = Path(__file__).parent / "files" / "import"
ME = "reporter@newsroom.example.co.uk"
SUBJECT = "Freedom of Information request - Remote working devices and software"
REQUEST = ("Dear FOI officer,\n\nPlease tell me the number of new electronic devices purchased by your "
           "organisation in each year since 2018-19:\n1a Laptops\n1b Tablets\n\nYours faithfully,\nA Reporter\n")
T0 = datetime(2021, 9, 29, 9, 0, tzinfo=timezone.utc)


def message(mid, frm, to, subject, body, day, *, reply_to=None, refs=(), attach=None, html=False) -> EmailMessage:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, to, subject
    m["Date"] = format_datetime(T0 + timedelta(days=day))
    m["Message-ID"] = f"<{mid}>"
    if reply_to:
        m["In-Reply-To"] = f"<{reply_to}>"
        m["References"] = " ".join(f"<{r}>" for r in (refs or (reply_to,)))
    if html:
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
    if attach:
        name, ctype, data = attach
        maintype, subtype = ctype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m


def round_robin() -> list[bytes]:
    """A requester's round-robin to four councils and their (made-up) replies."""
    out = []
    for slug, addr in [("barnet", "foi@barnet.gov.uk"), ("leeds", "foi@leeds.gov.uk"),
                       ("cardiff", "foi@cardiff.gov.uk"), ("kent", "foi@kent.gov.uk")]:
        out.append(message(f"req-{slug}@newsroom.example.co.uk", f"A Reporter <{ME}>", addr, SUBJECT, REQUEST, 0))
    quote = "\n\n-----Original Message-----\nFrom: A Reporter\nSent: 29 September 2021\n\n" + REQUEST
    out.append(message("ack-1@barnet.gov.uk", "FOI Team <foi@barnet.gov.uk>", ME, "RE: " + SUBJECT,
                       "Dear A Reporter,\n\nThank you for your request, received on 29 September 2021. Our ref: "
                       "FOI-7691884. Call 020 8359 2000 or write to info@barnet.gov.uk.\n\nLondon Borough of Barnet",
                       1, reply_to="req-barnet@newsroom.example.co.uk"))
    out.append(message("resp-1@barnet.gov.uk", "FOI Team <foi@barnet.gov.uk>", ME, "RE: " + SUBJECT,
                       "Dear A Reporter,\n\n1a. Laptops: 2018-19 - 232, 2019-20 - 426.\n\nYours sincerely,\n"
                       "London Borough of Barnet" + quote, 10, reply_to="ack-1@barnet.gov.uk",
                       refs=("req-barnet@newsroom.example.co.uk", "ack-1@barnet.gov.uk"),
                       attach=("devices.csv", "text/csv", b"Device,2018-19,2019-20\nLaptops,232,426\n")))
    # Leeds: matched by a domain that spells its name; HTML-only body
    out.append(message("resp-1@leeds.gov.uk", "Leeds FOI <foi@leeds.gov.uk>", ME, "Re: " + SUBJECT,
                       "<html><body><p>Dear A Reporter,</p><p>1a. Laptops: 2019-20 - 310.</p>"
                       "<p>Leeds City Council</p></body></html>", 12,
                       reply_to="req-leeds@newsroom.example.co.uk", html=True))
    # Cardiff: a case-management host, no threading headers: the signature names the council
    out.append(message("case-99@cases.example.net", "Information Requests <noreply@cases.example.net>", ME,
                       "Your request CAS-12345",
                       "Dear A Reporter,\n\nThe council does not hold the information requested.\n\nInformation "
                       "Governance\nCardiff Council\nCounty Hall", 14))
    # Kent has not replied: its request is still a request, awaiting an answer
    # An unknown sender with no council anywhere: listed for the user's CSV
    out.append(message("x-1@parish.example.org", "Clerk <clerk@parish.example.org>", ME, "Question about devices",
                       "Dear A Reporter,\n\nWe are not the right body for this.\n\nThe Clerk", 15))
    return [m.as_bytes() for m in out]


def reference_emails() -> list[bytes]:
    return [p.read_bytes() for p in sorted(FILES.glob("*.eml"))]


def write_mbox(path: Path, messages: list[bytes]) -> Path:
    box = mailbox.mbox(str(path))
    for raw in messages:
        box.add(raw)
    box.flush()
    box.close()
    return path


def run_import(path, tmp_path, *args) -> str:
    result = CliRunner().invoke(cli, ["import", str(path), "--db", str(tmp_path / "w.duckdb"),
                                      "--files-dir", str(tmp_path / "files"), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def rows(db, sql, *params):
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        con.close()


def snapshot(db) -> dict[str, list]:
    return {t: rows(db, f"SELECT * FROM {t} ORDER BY ALL") for t in
            ("requests", "messages", "attachments", "authority_matches", "authorities")}


def test_mbox_round_robin_councils_matched_with_their_method(tmp_path):
    box = write_mbox(tmp_path / "replies.mbox", round_robin())
    output = run_import(box, tmp_path)
    db = tmp_path / "w.duckdb"
    matched = rows(db, "SELECT m.authority_key, r.authority_key AS key, m.method, m.evidence, r.source, "
                       "r.request_text, r.title, "
                       "(SELECT count(*) FROM messages g WHERE g.request_id = r.request_id AND direction = 'incoming') "
                       "AS replies FROM requests r JOIN authority_matches m USING (request_id) ORDER BY ALL")
    by_council = {r["authority_key"]: r for r in matched}
    assert {k: (v["method"], v["replies"]) for k, v in by_council.items()} == {
        "BNE": ("sender_domain", 2),          # barnet.gov.uk is Barnet's disclosure-log domain
        "LDS": ("domain_name", 1),            # leeds.gov.uk spells Leeds
        "CRF": ("signature", 1),              # cases.example.net says nothing; the signature says Cardiff Council
        "KEN": ("recipient_domain", 0),       # sent to kent.gov.uk, no reply yet
        None: (None, 1)}                      # the parish clerk: no council
    assert by_council["CRF"]["evidence"] == "Cardiff Council"
    # what no council was matched for is keyed as what it is (a crawl keys a body the register lacks wdtk:<id>)
    assert by_council[None]["key"] == "unmatched:example.org"
    # the requester's own outgoing message is the request's text, and the survey is chosen by it
    for code in ("BNE", "LDS", "CRF", "KEN"):
        assert by_council[code]["request_text"].startswith("Dear FOI officer")
        assert by_council[code]["title"] == SUBJECT
        assert by_council[code]["source"] == "mailbox"
    assert "1 requests matched no council" in output.replace("\n", " ")
    unmatched = (tmp_path / "import-unmatched.csv").read_text()
    assert unmatched.splitlines()[0].startswith("sender_domain,council,")
    assert unmatched.splitlines()[1].startswith("example.org,,")
    # the attachment is stored by content and read by the documents package, as a crawl does
    att = rows(db, "SELECT filename, extraction_status, text, stored_path, url_part_number FROM attachments")
    assert [(a["filename"], a["extraction_status"], a["url_part_number"]) for a in att] == [("devices.csv", "ok", 2)]
    assert (tmp_path / "files" / att[0]["stored_path"]).read_bytes() == b"Device,2018-19,2019-20\nLaptops,232,426\n"
    # reference number kept; the run recorded as a crawl is
    assert rows(db, "SELECT council_reference FROM requests WHERE authority_key = 'BNE'") == [
        {"council_reference": "FOI-7691884"}]
    run = rows(db, "SELECT spider, status FROM crawl_runs")
    assert run == [{"spider": "import:mbox", "status": "finished"}]


def test_requester_address_never_stored_and_contacts_redacted(tmp_path):
    box = write_mbox(tmp_path / "replies.mbox", round_robin())
    run_import(box, tmp_path)
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    found = []
    for (table,) in con.execute("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                                ).fetchall():
        for (column,) in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                     "AND data_type IN ('VARCHAR', 'JSON')", [table]).fetchall():
            n = con.execute(f'SELECT count(*) FROM "{table}" WHERE lower(CAST("{column}" AS VARCHAR)) LIKE ?',
                            ["%reporter@%"]).fetchone()[0]
            if n:
                found.append((table, column))
    ack = con.execute("SELECT body_text FROM messages WHERE body_text LIKE '%Thank you for your request%'").fetchone()
    con.close()
    assert found == []
    assert "[phone number]" in ack[0] and "8359" not in ack[0]
    assert "[email address]" in ack[0] and "info@barnet" not in ack[0]


def test_second_import_changes_nothing_and_a_new_message_is_picked_up(tmp_path):
    messages = round_robin()
    box = write_mbox(tmp_path / "replies.mbox", messages)
    run_import(box, tmp_path)
    db = tmp_path / "w.duckdb"
    first = snapshot(db)
    output = run_import(box, tmp_path)
    assert "0 added, 0 updated, 5 unchanged" in output
    assert snapshot(db) == first          # fetched_at included: nothing was written again
    kent = message("resp-1@kent.gov.uk", "Kent FOI <foi@kent.gov.uk>", ME, "RE: " + SUBJECT,
                   "Dear A Reporter,\n\nWe do not hold this information.\n\nKent County Council", 16,
                   reply_to="req-kent@newsroom.example.co.uk")
    write_mbox(box, [kent.as_bytes()])    # mailbox.mbox appends
    output = run_import(box, tmp_path)
    assert "0 added, 1 updated, 4 unchanged" in output
    after = snapshot(db)
    assert [r for r in after["requests"] if r["authority_key"] != "KEN"] == \
        [r for r in first["requests"] if r["authority_key"] != "KEN"]
    assert rows(db, "SELECT count(*) AS n FROM messages m JOIN requests r USING (request_id) "
                    "WHERE r.authority_key = 'KEN' AND direction = 'incoming'") == [{"n": 1}]


def test_a_mapping_csv_settles_the_unmatched_and_regroups(tmp_path):
    # a second reply from Cardiff's case-management host that names no council: it is Kent's (the user knows)
    kent = message("case-100@cases.example.net", "Information Requests <noreply@cases.example.net>", ME,
                   "Your request CAS-777", "Dear A Reporter,\n\nWe do not hold this information.\n", 16)
    box = write_mbox(tmp_path / "replies.mbox", round_robin() + [kent.as_bytes()])
    run_import(box, tmp_path)
    db = tmp_path / "w.duckdb"
    csv_path = tmp_path / "import-unmatched.csv"
    lines = csv_path.read_text().splitlines()
    assert [line.split(",")[0] for line in lines] == ["sender_domain", "example.net", "example.org"]
    csv_path.write_text("\n".join([lines[0], lines[1].replace("example.net,,", "example.net,KEN,", 1),
                                   lines[2].replace("example.org,,", "example.org,Leeds,", 1)]) + "\n")
    before = {r["request_id"] for r in rows(db, "SELECT request_id FROM requests")}
    run_import(box, tmp_path, "--councils", str(csv_path))
    got = rows(db, "SELECT m.authority_key, m.method, (SELECT count(*) FROM messages g WHERE g.request_id = "
                   "m.request_id AND g.direction = 'incoming') AS replies, r.request_text IS NOT NULL AS has_text "
                   "FROM authority_matches m JOIN requests r USING (request_id) ORDER BY ALL")
    assert [(g["authority_key"], g["method"], g["replies"], g["has_text"]) for g in got] == [
        ("BNE", "sender_domain", 2, True), ("CRF", "signature", 1, True),   # the shared host's other reply stays
        ("KEN", "mapping", 1, True),          # the mapped reply joined the request sent to Kent
        ("LDS", "domain_name", 1, True), ("LDS", "mapping", 1, False)]
    assert rows(db, "SELECT authority_key FROM requests WHERE authority_key LIKE 'unmatched:%'") == []
    after = {r["request_id"] for r in rows(db, "SELECT request_id FROM requests")}
    assert len(before - after) == 2       # the two unmatched requests were regrouped, not left behind
    # importing again with the same CSV changes nothing
    assert "0 added, 0 updated, 5 unchanged" in run_import(box, tmp_path, "--councils", str(csv_path))
    # a bad council name is refused with the line it is on, and nothing changes
    csv_path.write_text("sender_domain,council\nexample.org,Atlantis\n")
    result = CliRunner().invoke(cli, ["import", str(box), "--db", str(db), "--councils", str(csv_path)])
    assert result.exit_code == 1 and "line 2: 'Atlantis' is not a council" in result.output


def test_maildir_and_a_folder_of_eml_give_the_rows_the_mbox_gives(tmp_path):
    messages = round_robin() + reference_emails()
    write_mbox(tmp_path / "a.mbox", messages)
    maildir = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    folder = tmp_path / "emails"
    folder.mkdir()
    for n, raw in enumerate(messages):
        maildir.add(raw)
        (folder / f"{n:02d}.eml").write_bytes(raw)
    maildir.close()
    results = {}
    for name, path in [("mbox", tmp_path / "a.mbox"), ("maildir", tmp_path / "Maildir"), ("eml", folder)]:
        out = tmp_path / name
        out.mkdir()
        run_import(path, out, "--me", ME)
        db = out / "w.duckdb"
        results[name] = (
            rows(db, "SELECT request_id, authority_key, title, request_text, council_reference FROM requests "
                     "ORDER BY ALL"),
            rows(db, "SELECT message_id, request_id, direction, body_text, quoted_spans FROM messages "
                     "WHERE source_url LIKE 'mid:%' ORDER BY ALL"),
            rows(db, "SELECT attachment_id, sha256, extraction_status FROM attachments ORDER BY ALL"))
    assert results["mbox"] == results["maildir"] == results["eml"]
    assert len(results["mbox"][0]) >= 6


def test_a_folder_of_msg_and_eml_files(tmp_path):
    folder = tmp_path / "mail"
    folder.mkdir()
    shutil.copy(Path(__file__).parent / "files" / "msg" / "outlook-message.msg", folder / "from-outlook.msg")
    (folder / "reply.eml").write_bytes(round_robin()[5])
    run_import(folder, tmp_path, "--me", ME)
    db = tmp_path / "w.duckdb"
    got = rows(db, "SELECT r.authority_key, m.body_text, m.sent_at FROM messages m JOIN requests r USING "
                   "(request_id) WHERE direction = 'incoming' ORDER BY m.sent_at")
    assert got[0]["authority_key"] == "BNE" and "1a. Laptops" in got[0]["body_text"]
    assert got[1]["body_text"] == "This is the body of the test email message"
    assert got[1]["authority_key"] == "unmatched:gmail.com"   # a gmail.com sender names no council: not guessed


HOSTILE = {
    "malformed MIME": b"From: FOI <foi@leeds.gov.uk>\nTo: r@example.com\nSubject: broken\nDate: Tue, 5 Oct 2021 "
                      b"10:00:00 +0100\nMessage-ID: <broken-1@leeds.gov.uk>\nMIME-Version: 1.0\nContent-Type: "
                      b"multipart/mixed; boundary=\"XX\"\n\n--XX\nContent-Type: text/plain\n\nA body with no end "
                      b"boundary\n--XX\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n!!!notbase64",
    "encoded-word subject": b"From: =?utf-8?q?Leeds_FOI?= <foi@leeds.gov.uk>\nTo: r@example.com\nSubject: "
                            b"=?utf-8?B?////?= =?x-unknown?q?abc?= =?utf-8?Q?Re=3A_r=C3=A9ponse?=\nDate: Tue, 5 Oct "
                            b"2021 10:00:00 +0100\nMessage-ID: <enc-1@leeds.gov.uk>\n\nHello.\n",
    "non-UTF-8 body": b"From: foi@leeds.gov.uk\nTo: r@example.com\nSubject: cp1252\nDate: not a date at all\n"
                      b"Message-ID: <cp-1@leeds.gov.uk>\nContent-Type: text/plain; charset=utf-8\n\nCost \x80450 "
                      b"and \x93quoted\x94 words.\n",
    "HTML-only": b"From: foi@leeds.gov.uk\nTo: r@example.com\nSubject: html\nMessage-ID: <h-1@leeds.gov.uk>\n"
                 b"Content-Type: text/html; charset=iso-8859-1\n\n<html><script>alert(1)</script><p>Caf\xe9 "
                 b"answer</p></html>\n",
    "not an e-mail": b"\x00\x01\x02 garbage \xff\xfe",
}


def zip_bomb() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"0" * (300 * 1024 * 1024))
    return buf.getvalue()


def test_hostile_mail_is_recorded_with_a_reason_and_never_stops_the_import(tmp_path, monkeypatch):
    monkeypatch.setenv("FOI_MAX_FILE_MB", "1")
    hostile = list(HOSTILE.values())
    hostile.append(message("big-1@leeds.gov.uk", "foi@leeds.gov.uk", ME, "huge", "See attached.", 3,
                           attach=("huge.pdf", "application/pdf", b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024))).as_bytes())
    hostile.append(message("bomb-1@leeds.gov.uk", "foi@leeds.gov.uk", ME, "archive", "See attached.", 3,
                           attach=("answers.zip", "application/zip", zip_bomb())).as_bytes())
    hostile.append((FILES / "many-attachments-date-header.eml").read_bytes())
    box = write_mbox(tmp_path / "hostile.mbox", round_robin() + hostile)
    output = run_import(box, tmp_path, "--me", ME)
    db = tmp_path / "w.duckdb"
    kinds = {r["kind"] for r in rows(db, "SELECT DISTINCT kind FROM crawl_failures")}
    assert {"import_malformed", "import_unreadable"} <= kinds
    details = " | ".join(r["detail"] for r in rows(db, "SELECT detail FROM crawl_failures"))
    assert "malformed MIME" in details and "not an e-mail" in details
    assert "Date header not readable" in details and "Subject header: an encoded word" in details
    assert "body declared as utf-8 but read as cp1252" in details
    # the rest of each hostile message was kept
    bodies = {r["source_url"]: r["body_text"] for r in rows(db, "SELECT source_url, body_text FROM messages")}
    assert "A body with no end boundary" in bodies["mid:broken-1@leeds.gov.uk"]
    assert "€450" in bodies["mid:cp-1@leeds.gov.uk"] and "“quoted”" in bodies["mid:cp-1@leeds.gov.uk"]
    assert "Café answer" in bodies["mid:h-1@leeds.gov.uk"] and "alert" not in bodies["mid:h-1@leeds.gov.uk"]
    subjects = {r["title"] for r in rows(db, "SELECT title FROM requests")}
    assert any("réponse" in (s or "") for s in subjects)
    atts = {r["filename"]: r for r in rows(db, "SELECT filename, extraction_status, extraction_reason, stored_path "
                                               "FROM attachments")}
    assert atts["huge.pdf"]["extraction_status"] == "failed" and "over the 1 MB limit" in \
        atts["huge.pdf"]["extraction_reason"] and atts["huge.pdf"]["stored_path"] is None
    assert atts["answers.zip"]["extraction_status"] == "failed"
    assert "example.eml" in atts and atts["example.eml"]["extraction_status"] == "ok"   # a forwarded chain
    assert "problems" in output
    # and the round-robin's replies were all imported all the same
    assert rows(db, "SELECT count(DISTINCT authority_key) AS n FROM requests WHERE authority_key IN "
                    "('BNE', 'LDS', 'CRF', 'KEN')") == [{"n": 4}]


def _without_times(snap):
    drop = {"fetched_at", "matched_at"}
    return {t: [{k: v for k, v in r.items() if k not in drop} for r in rs] for t, rs in snap.items()}


def test_a_killed_import_run_again_ends_as_an_uninterrupted_one(tmp_path):
    messages = round_robin() + reference_emails()
    box = write_mbox(tmp_path / "replies.mbox", messages)
    whole = tmp_path / "whole"
    whole.mkdir()
    run_import(box, whole, "--me", ME)

    killed = tmp_path / "killed"
    killed.mkdir()
    # one request per transaction, so that the kill lands between two of them
    env = {**os.environ, "FOI_DUCKDB": str(killed / "w.duckdb"), "FOI_FILES_DIR": str(killed / "files"),
           "FOI_IMPORT_BATCH_REQUESTS": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "foi", "import", str(box), "--me", ME, "-v"], env=env,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, start_new_session=True)
    stored = 0
    for line in proc.stderr:
        if line.startswith("added"):
            stored += 1
            if stored == 3:
                os.killpg(proc.pid, signal.SIGKILL)   # no clean-up of any kind: the process just stops
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert rows(killed / "w.duckdb", "SELECT status FROM crawl_runs") == [{"status": "running"}]
    partial = rows(killed / "w.duckdb", "SELECT count(*) AS n FROM requests")[0]["n"]
    assert 3 <= partial < len(rows(whole / "w.duckdb", "SELECT request_id FROM requests"))

    output = run_import(box, killed, "--me", ME)
    assert f"{partial} unchanged" in output
    assert _without_times(snapshot(killed / "w.duckdb")) == _without_times(snapshot(whole / "w.duckdb"))
    assert [r["status"] for r in rows(killed / "w.duckdb", "SELECT status FROM crawl_runs ORDER BY started_at")] \
        == ["interrupted", "finished"]


def test_not_importable_paths_say_what_is_read(tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("just some notes")
    result = CliRunner().invoke(cli, ["import", str(junk), "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 1
    assert "not something `foi import` reads" in result.output and "mbox" in result.output


def letter_docx(lines: list[str]) -> bytes:
    import io

    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_letter_attached_by_a_case_system_names_the_council(tmp_path):
    letter = letter_docx(["Salford City Council", "Civic Centre, Chorley Road", "Dear A Reporter,",
                          "1a. Laptops: 2019-20 - 275."])
    mails = [message("req-slf@newsroom.example.co.uk", f"A Reporter <{ME}>", "foi@salford.gov.uk", SUBJECT, REQUEST, 0),
             message("c-1@cases.example.net", "Requests <noreply@cases.example.net>", ME, "Case C-1: your request",
                     "Please see the attached letter.", 12,
                     attach=("letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             letter))]
    run_import(write_mbox(tmp_path / "r.mbox", [m.as_bytes() for m in mails]), tmp_path)
    db = tmp_path / "w.duckdb"
    got = rows(db, "SELECT r.authority_key, m.method, m.evidence, r.request_text IS NOT NULL AS has_text, "
                   "(SELECT count(*) FROM messages g WHERE g.request_id = r.request_id) AS n "
                   "FROM requests r JOIN authority_matches m USING (request_id)")
    # matched by the letter's head, then joined to the request that was sent to Salford and waited for it
    assert got == [{"authority_key": "SLF", "method": "letterhead", "evidence": "Salford City Council",
                    "has_text": True, "n": 2}]
    assert rows(db, "SELECT extraction_status FROM attachments") == [{"extraction_status": "ok"}]


def test_in_a_mailbox_of_one_reply_the_council_is_not_taken_for_the_requester(tmp_path):
    # an address that sorts before the council's, so that only knowing which is a council's can decide
    only = message("r-1@leeds.gov.uk", "Leeds FOI <foi@leeds.gov.uk>", "a.reporter@newsroom.example.co.uk",
                   "RE: " + SUBJECT,
                   "Dear A Reporter,\n\n1a. Laptops: 2019-20 - 310.\n\nLeeds City Council" + "\n\n> " + REQUEST, 12,
                   reply_to="gone@newsroom.example.co.uk")
    run_import(write_mbox(tmp_path / "r.mbox", [only.as_bytes()]), tmp_path)
    got = rows(tmp_path / "w.duckdb", "SELECT r.authority_key, g.direction, m.request_text_from FROM requests r "
                                      "JOIN messages g USING (request_id) JOIN authority_matches m USING (request_id)")
    assert got == [{"authority_key": "LDS", "direction": "incoming", "request_text_from": "quoted"}]


def test_an_import_stopped_with_ctrl_c_says_so_and_the_next_run_finishes(tmp_path, monkeypatch):
    from importers.run import import_path

    monkeypatch.setenv("FOI_IMPORT_BATCH_REQUESTS", "2")
    box = write_mbox(tmp_path / "replies.mbox", round_robin())
    seen = []

    def stop(outcome, req, run_id):
        seen.append(outcome)
        if len(seen) == 2:
            raise KeyboardInterrupt

    db = tmp_path / "w.duckdb"
    with pytest.raises(KeyboardInterrupt):
        import_path(box, db_path=db, files_dir=tmp_path / "files", me={ME}, progress=stop)
    assert rows(db, "SELECT status, summary FROM crawl_runs") == [
        {"status": "interrupted", "summary": "stopped after 2 requests written"}]
    assert rows(db, "SELECT count(*) AS n FROM requests") == [{"n": 2}]
    output = run_import(box, tmp_path, "--me", ME)
    assert "3 added, 0 updated, 2 unchanged" in output
