"""Thread rules of warehouse.normalize, on a real DuckDB file with raw rows inserted by the test.

The thread logic is tested with a tiny line-based reply parser injected through ``parser=`` so that each rule
can be pinned down exactly; tests/test_normalize_real.py runs the same pipeline with the real parser.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest

from warehouse import db
from warehouse.normalize import NothingToExtract, rebuild
from warehouse.normalize.raw import blank_quoted

UTC = timezone.utc


def ts(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# --- a tiny reply parser: one directive per line ---------------------------------------------------------
#   KIND: response | OUTCOME: rejected | EXEMPT: s12 | NCND | PIT
#   FACT <question> <subject> <period> <measure> <value> [confidence]
#   Q <question> <outcome> <exemption>

FACT = re.compile(r"^FACT (\S+) (\S+) (\S+) (\S+) ([\d.]+)(?: ([\d.]+))?$", re.M)


def fake_parse(text: str, survey) -> SimpleNamespace:
    if "BOOM" in text:
        raise ValueError("parser choked")
    kind = re.search(r"^KIND: (\S+)", text, re.M)
    outcome = re.search(r"^OUTCOME: (\S+)", text, re.M)
    facts = []
    for m in FACT.finditer(text):
        q, subject, period, measure, value, conf = m.groups()
        start = period[:4]
        facts.append(SimpleNamespace(
            question=q, subject=subject, period=period, period_start=f"{start}-04-01",
            period_end=f"{int(start) + 1}-03-31", measure=measure, value=float(value), unit=None, approx=False,
            quote=m.group(0), start=m.start(), end=m.end(), confidence=float(conf) if conf else 0.9,
        ))
    questions = [SimpleNamespace(question=q, outcome=o, exemptions=[e], ncnd=False, quote=m.group(0),
                                 start=m.start(), end=m.end())
                 for m in re.finditer(r"^Q (\S+) (\S+) (\S+)$", text, re.M) for q, o, e in [m.groups()]]
    return SimpleNamespace(
        kind=kind.group(1) if kind else "other",
        outcome=outcome.group(1) if outcome else None,
        exemptions=sorted(re.findall(r"^EXEMPT: (\S+)", text, re.M)),
        ncnd=bool(re.search(r"^NCND$", text, re.M)),
        public_interest_test=bool(re.search(r"^PIT$", text, re.M)),
        facts=facts,
        questions=questions,
    )


SURVEY = {"name": "remote-working-2021", "batch_ids": [777],
          "subjects": ["laptops", "tablets", "zoom"], "title_patterns": [r"remote working"]}


# --- raw rows --------------------------------------------------------------------------------------------

def add_request(con, rid, authority="BNE", batch=777, title="Devices", sent="2021-10-01T10:00:00",
                described=None, calculated=None, fetched="2021-12-15T00:00:00", law="foi"):
    db.upsert(con, "requests", [{
        "request_id": f"wdtk:{rid}", "source": "whatdotheyknow", "source_request_id": str(rid),
        "url_title": f"r{rid}", "title": title, "authority_key": authority, "batch_id": batch,
        "created_at": ts(sent), "described_state": described, "calculated_state": calculated, "law_used": law,
        "source_url": f"http://wdtk.test/request/r{rid}", "fetched_at": ts(fetched),
    }])
    db.upsert(con, "messages", [{"message_id": f"wdtk:out:{rid}", "request_id": f"wdtk:{rid}",
                                 "direction": "outgoing", "sent_at": ts(sent), "body_text": "Dear council, FACT 9 laptops 2000-01 count 1"}])


def add_reply(con, rid, mid, sent, body, quoted=None, attachments=()):
    db.upsert(con, "messages", [{
        "message_id": f"wdtk:in:{mid}", "request_id": f"wdtk:{rid}", "direction": "incoming",
        "source_message_id": mid, "sent_at": ts(sent), "body_text": body, "quoted_spans": quoted,
        "source_url": f"http://wdtk.test/request/r{rid}#incoming-{mid}",
    }])
    for n, (text, status) in enumerate(attachments, start=2):
        db.upsert(con, "attachments", [{
            "attachment_id": f"wdtk:{mid}:{n}", "message_id": f"wdtk:in:{mid}", "request_id": f"wdtk:{rid}",
            "url_part_number": n, "filename": f"reply{n}.pdf", "text": text, "extraction_status": status,
            "source_url": f"http://wdtk.test/request/{rid}/response/{mid}/attach/{n}/reply.pdf",
        }])


def add_authorities(con):
    db.upsert(con, "authorities", [
        {"authority_key": k, "name": n, "short_name": n, "nation": nation, "source": "register"}
        for k, n, nation in [("BNE", "Barnet", "England"), ("EDH", "Edinburgh", "Scotland"),
                             ("CRF", "Cardiff", "Wales"), ("LDS", "Leeds", "England")]
    ])


def build_raw(con):
    """The hand-checked thread set used by the normalize, views and review tests."""
    add_authorities(con)
    # 1: acknowledgement → answer (body + attachment) → internal review that changes one figure
    add_request(con, 1, "BNE", described="partially_successful")
    add_reply(con, 1, 11, "2021-10-02T09:00:00", "KIND: acknowledgement\nFACT 1a laptops 2019-20 count 5")
    add_reply(con, 1, 12, "2021-10-20T09:00:00",
              "KIND: response\nOUTCOME: successful\nPlease see attached.",
              attachments=[("KIND: response\nFACT 1a laptops 2019-20 count 426\nFACT 1b laptops 2019-20 unit_cost_gbp 650\n"
                            "FACT 3 zoom 2020-21 count 1200", "ok"),
                           ("FACT 1a tablets 2019-20 count 999", "needs_ocr")])
    quoted = "> FACT 1a laptops 2019-20 count 426"
    review = f"KIND: internal_review\nOUTCOME: successful\nFACT 1a laptops 2019-20 count 430\n{quoted}"
    add_reply(con, 1, 13, "2021-12-01T09:00:00", review,
              quoted=[[review.index(quoted), len(review)]])
    # 2: a refusal under s12
    add_request(con, 2, "EDH")
    add_reply(con, 2, 21, "2021-10-15T09:00:00", "KIND: response\nOUTCOME: rejected\nEXEMPT: s12")
    # 3: information not held, answered late (Wales)
    add_request(con, 3, "CRF")
    add_reply(con, 3, 31, "2021-11-30T09:00:00", "KIND: response\nOUTCOME: not_held")
    # 4: no reply at all, long past the deadline when fetched
    add_request(con, 4, "LDS", calculated="waiting_response_very_overdue")
    # 5: outside the survey; only the requester's described_state says what happened
    add_request(con, 5, "LDS", batch=None, title="Parking fines", described="successful")
    add_reply(con, 5, 51, "2021-10-05T09:00:00", "Thank you, here is some text the parser cannot classify")
    # 6: one reply that gives two different values for the same figure; a part-refusal with s14 and s40(2)
    add_request(con, 6, "BNE", batch=None, title="FOI: remote working devices", sent="2022-01-10T10:00:00")
    add_reply(con, 6, 61, "2022-01-20T09:00:00",
              "KIND: response\nOUTCOME: partially_successful\nEXEMPT: s14\nFACT 1a laptops 2020-21 count 300\n"
              "FACT 1a laptops 2020-21 count 310 0.8\nQ 2c rejected s40(2)")


@pytest.fixture
def con(tmp_path):
    c = db.connect(tmp_path / "w.duckdb")
    build_raw(c)
    yield c
    c.close()


def run(con, **kw):
    return rebuild(con, surveys=[SURVEY], parser=fake_parse, **kw)


def rows(con, sql, *params):
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def outcome(con, rid):
    return rows(con, "SELECT * FROM request_outcomes WHERE request_id = ?", f"wdtk:{rid}")[0]


# --- tests -----------------------------------------------------------------------------------------------

def test_thread_with_internal_review_supersedes_the_first_figure(con):
    summary = run(con)
    assert summary.requests == 6 and summary.survey_requests == 5
    laptops = rows(con, "SELECT * FROM answers WHERE request_id = 'wdtk:1' AND subject = 'laptops' "
                        "AND measure = 'count' ORDER BY reply_sent_at")
    # the acknowledgement's figure is never read; the quoted 426 inside the review is blanked out
    assert [(r["value"], r["status"], r["reply_kind"]) for r in laptops] == [
        (426.0, "superseded", "response"), (430.0, "extracted", "internal_review")]
    assert laptops[0]["superseded_by"] == laptops[1]["answer_id"]
    assert laptops[0]["attachment_id"] == "wdtk:12:2"
    # a figure the review did not repeat stays current; an unreadable attachment gives nothing
    current = rows(con, "SELECT subject, measure, value FROM answers WHERE request_id = 'wdtk:1' "
                        "AND status = 'extracted' ORDER BY subject, measure")
    assert current == [{"subject": "laptops", "measure": "count", "value": 430.0},
                       {"subject": "laptops", "measure": "unit_cost_gbp", "value": 650.0},
                       {"subject": "zoom", "measure": "count", "value": 1200.0}]
    o = outcome(con, 1)
    assert (o["outcome"], o["outcome_source"], o["internal_review"]) == ("successful", "text", True)
    assert o["received_at"] == ts("2021-10-01T10:00:00") and o["answered_at"] == ts("2021-10-20T09:00:00")
    assert o["working_days"] == 13 and o["in_time"] is True and o["replies"] == 3


def test_refusal_not_held_overdue_and_described_state_fallback(con):
    run(con)
    refused = outcome(con, 2)
    assert (refused["outcome"], refused["exemptions"], refused["outcome_source"]) == ("rejected", ["s12"], "text")
    assert rows(con, "SELECT exemption, question FROM refusals WHERE request_id = 'wdtk:2'") == [
        {"exemption": "s12", "question": None}]
    not_held = outcome(con, 3)
    # received Fri 1 Oct 2021; 30 Nov is the 42nd working day in Wales → late
    assert (not_held["outcome"], not_held["in_time"], not_held["working_days"]) == ("not_held", False, 42)
    overdue = outcome(con, 4)
    assert (overdue["outcome"], overdue["in_time"], overdue["answered_at"]) == ("overdue", False, None)
    outside = outcome(con, 5)
    assert (outside["survey"], outside["outcome"], outside["outcome_source"]) == (None, "successful", "described_state")


def test_conflict_within_one_reply_is_flagged_and_question_refusals_kept(con):
    run(con)
    got = rows(con, "SELECT value, status, conflict, confidence FROM answers WHERE request_id = 'wdtk:6' "
                    "ORDER BY value")
    assert [(r["value"], r["status"], r["conflict"]) for r in got] == [
        (300.0, "extracted", True), (310.0, "superseded", True)]
    assert got[0]["confidence"] == pytest.approx(0.45) and got[1]["confidence"] == pytest.approx(0.4)
    o = outcome(con, 6)
    assert o["survey"] == "remote-working-2021"  # matched by title pattern, not batch
    assert (o["outcome"], o["exemptions"]) == ("partially_successful", ["s14", "s40(2)"])
    assert rows(con, "SELECT question, exemption FROM refusals WHERE request_id = 'wdtk:6' ORDER BY exemption") == [
        {"question": None, "exemption": "s14"}, {"question": "2c", "exemption": "s40(2)"}]


def test_rebuild_is_idempotent_and_stamped(con):
    first = run(con)
    snap = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for t in ("answers", "refusals", "request_outcomes")}
    run(con)
    assert snap == {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in snap}
    versions = con.execute("SELECT DISTINCT extractor_version FROM answers UNION "
                           "SELECT DISTINCT extractor_version FROM request_outcomes").fetchall()
    assert versions == [(first.extractor_version,)] and first.extractor_version.startswith("0.1.0+p")
    assert con.execute("SELECT count(*) FROM extract_runs").fetchone()[0] == 2


def test_parser_failure_is_recorded_and_the_rest_is_read(con):
    add_reply(con, 2, 22, "2021-10-16T09:00:00", "BOOM")
    summary = run(con)
    assert summary.failures == 1
    assert rows(con, "SELECT request_id, message_id, error FROM extract_failures") == [
        {"request_id": "wdtk:2", "message_id": "wdtk:in:22", "error": "ValueError: parser choked"}]
    assert outcome(con, 2)["outcome"] == "rejected"


def test_clarification_and_withdrawn_and_awaiting(tmp_path):
    c = db.connect(tmp_path / "w.duckdb")
    add_authorities(c)
    add_request(c, 1, fetched="2021-10-10T00:00:00")
    add_reply(c, 1, 11, "2021-10-04T09:00:00", "KIND: clarification_request")
    add_request(c, 2, described="user_withdrawn", fetched="2021-10-10T00:00:00")
    add_request(c, 3, fetched="2021-10-10T00:00:00")  # within 20 working days when fetched
    # no WhatDoTheyKnow state (as for a disclosure log): past the deadline by the time of the crawl
    add_request(c, 4, sent="2021-08-02T10:00:00", fetched="2021-10-10T00:00:00")
    # the site's own clock says overdue is not reached yet, whatever today's date is
    add_request(c, 5, sent="2021-08-02T10:00:00", fetched="2021-10-10T00:00:00", calculated="waiting_response")
    rebuild(c, surveys=[SURVEY], parser=fake_parse)
    got = dict(c.execute("SELECT request_id, outcome FROM request_outcomes").fetchall())
    assert got == {"wdtk:1": "clarification", "wdtk:2": "withdrawn", "wdtk:3": "awaiting", "wdtk:4": "overdue",
                   "wdtk:5": "awaiting"}
    assert c.execute("SELECT in_time FROM request_outcomes WHERE request_id = 'wdtk:3'").fetchone() == (None,)


def test_public_interest_extension_claimed_in_time(tmp_path):
    c = db.connect(tmp_path / "w.duckdb")
    add_authorities(c)
    add_request(c, 1)
    add_reply(c, 1, 11, "2021-10-25T09:00:00", "KIND: holding\nPIT")
    add_reply(c, 1, 12, "2021-11-22T09:00:00", "KIND: response\nOUTCOME: rejected\nEXEMPT: s31(1)\nPIT")
    rebuild(c, surveys=[SURVEY], parser=fake_parse)
    o = outcome(c, 1)
    assert (o["extended"], o["working_days"], o["in_time"], o["public_interest_test"]) == (True, 36, True, True)


def test_empty_raw_layer_is_refused(tmp_path):
    c = db.connect(tmp_path / "w.duckdb")
    with pytest.raises(NothingToExtract, match="raw layer is empty"):
        rebuild(c, surveys=[SURVEY], parser=fake_parse)


def test_blank_quoted_keeps_offsets_and_survives_bad_spans():
    text = "abc\n> quoted\nend"
    out = blank_quoted(text, [[4, 12], [50, 60], [None, 3], "x"])
    assert len(out) == len(text) and out.endswith("\nend") and "quoted" not in out and out.startswith("abc\n")


def test_unusable_facts_are_recorded_not_stored(con):
    def sloppy(text, survey):
        reply = fake_parse(text, survey)
        if reply.facts:
            reply.facts.append(SimpleNamespace(subject=None, measure="count", value=3, question="1a"))
            reply.facts.append(SimpleNamespace(subject="laptops", measure="count", value=float("nan"), question="1a"))
        return reply

    summary = rebuild(con, surveys=[SURVEY], parser=sloppy)
    assert summary.failures == 6  # two per text that had figures: attachment of 12, body of 13, body of 61
    assert {r["error"][:14] for r in rows(con, "SELECT error FROM extract_failures")} == {"unusable fact "}
    assert con.execute("SELECT count(*) FROM answers WHERE request_id = 'wdtk:1' AND status = 'extracted'"
                       ).fetchall() == [(3,)]


def test_partial_rebuild_touches_only_the_named_survey(con):
    other = {"name": "parking-2021", "batch_ids": [888], "subjects": ["laptops"]}
    add_request(con, 7, "LDS", batch=888, title="Parking")
    add_reply(con, 7, 71, "2021-10-05T09:00:00", "KIND: response\nFACT 1 laptops 2020-21 count 7")
    rebuild(con, surveys=[SURVEY, other], parser=fake_parse)
    before = con.execute("SELECT * FROM answers WHERE survey = 'remote-working-2021' ORDER BY ALL").fetchall()
    outside = con.execute("SELECT * FROM request_outcomes WHERE request_id = 'wdtk:5'").fetchall()
    add_reply(con, 7, 72, "2021-11-05T09:00:00", "KIND: internal_review\nFACT 1 laptops 2020-21 count 8")
    add_reply(con, 1, 14, "2021-12-02T09:00:00", "KIND: internal_review\nFACT 1a laptops 2019-20 count 1")
    summary = rebuild(con, surveys=[other], parser=fake_parse, partial=True)
    assert summary.requests == 1
    assert con.execute("SELECT * FROM answers WHERE survey = 'remote-working-2021' ORDER BY ALL").fetchall() == before
    assert con.execute("SELECT * FROM request_outcomes WHERE request_id = 'wdtk:5'").fetchall() == outside
    assert rows(con, "SELECT value, status FROM answers WHERE survey = 'parking-2021' ORDER BY value") == [
        {"value": 7.0, "status": "superseded"}, {"value": 8.0, "status": "extracted"}]


def test_an_older_normalized_layout_is_rebuilt(tmp_path):
    c = db.connect(tmp_path / "w.duckdb")
    c.execute("CREATE TABLE answers (answer_id VARCHAR, value DOUBLE)")
    c.execute("INSERT INTO answers VALUES ('old', 1)")
    build_raw(c)
    rebuild(c, surveys=[SURVEY], parser=fake_parse)
    assert "conflict" in db.table_columns(c, "answers")
    assert c.execute("SELECT count(*) FROM answers WHERE answer_id = 'old'").fetchall() == [(0,)]


@pytest.mark.parametrize("partial", [False, True])
def test_a_rebuild_read_in_small_chunks_gives_the_same_tables(con, tmp_path, monkeypatch, partial):
    """foi extract reads, parses and writes CHUNK_REQUESTS requests at a time; chunks of 2 (several chunks,
    one request's thread never split) must give exactly what one chunk gives, corrections included."""
    import warehouse.normalize as normalize

    overrides = tmp_path / "overrides.csv"
    run(con)
    aid = rows(con, "SELECT answer_id FROM answers WHERE request_id = 'wdtk:6' ORDER BY answer_id LIMIT 1")[0]
    overrides.write_text(f"answer_id,corrected_value,note\n{aid['answer_id']},305,checked by phone\n", encoding="utf-8")

    def tables():
        return {t: con.execute(f"SELECT * EXCLUDE (extracted_at) FROM {t} ORDER BY ALL").fetchall()
                if "extracted_at" in db.table_columns(con, t) else
                con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("answers", "refusals", "request_outcomes", "extract_failures", "survey_subjects")}

    whole = run(con, overrides_path=overrides, partial=partial)
    want = tables()
    monkeypatch.setattr(normalize, "CHUNK_REQUESTS", 2)
    chunked = run(con, overrides_path=overrides, partial=partial)
    assert tables() == want
    assert chunked.as_dict() == whole.as_dict()
    assert whole.overrides_applied == 1 and whole.requests >= 5


def test_a_disclosure_logs_own_label_is_read_by_the_reader(tmp_path):
    # the crawler keeps the log's words (display_status) and decides nothing; `foi extract` reads them with the
    # reader: the label names the outcome when the letter only says what was withheld, or says nothing usable
    c = db.connect(tmp_path / "w.duckdb")
    add_authorities(c)
    for key, label, body in [
        ("FOI-1", "Information provided in part",
         "The contract values are withheld under section 43(2) of the Act; the list of contracts is attached."),
        ("FOI-2", "Information not held", "Please see the attached letter."),
        ("FOI-3", None, "Please see the attached letter."),
    ]:
        rid = f"dl:BNE:{key}"
        db.upsert(c, "requests", [{"request_id": rid, "source": "disclosure_log", "source_request_id": key,
                                   "title": "School transport contracts", "authority_key": "BNE",
                                   "display_status": label, "received_at": ts("2021-08-11T09:00:00"),
                                   "source_url": f"http://log.test/{key}", "fetched_at": ts("2021-12-01T00:00:00")}])
        db.upsert(c, "messages", [{"message_id": f"{rid}:response", "request_id": rid, "direction": "incoming",
                                   "sent_at": ts("2021-08-24T09:00:00"), "body_text": body,
                                   "display_status": label, "source_url": f"http://log.test/{key}"}])
    rebuild(c, surveys=["remote-working-2021"])
    got = {r["request_id"]: (r["outcome"], r["outcome_source"]) for r in
           rows(c, "SELECT request_id, outcome, outcome_source FROM request_outcomes ORDER BY 1")}
    assert got["dl:BNE:FOI-1"] == ("partially_successful", "log_label")
    assert got["dl:BNE:FOI-2"] == ("not_held", "log_label")
    assert got["dl:BNE:FOI-3"][1] != "log_label"
    c.close()


def test_a_figure_outside_the_range_its_survey_gives_as_plausible_goes_to_review(con):
    # the survey says a laptop costs £150 to £4,000 each: £25,000 each is kept, and sent to review with the reason
    priced = {**SURVEY, "subjects": {"laptops": SimpleNamespace(plausible=(("unit_cost_gbp", 150.0, 4000.0),)),
                                     "tablets": SimpleNamespace(plausible=())}}
    add_request(con, 8, "LDS")
    add_reply(con, 8, 81, "2021-10-05T09:00:00",
              "KIND: response\nFACT 1 laptops 2020-21 unit_cost_gbp 25000\nFACT 1 laptops 2019-20 unit_cost_gbp 900\n"
              "FACT 1 laptops 2020-21 count 40000")
    rebuild(con, surveys=[priced], parser=fake_parse)
    assert rows(con, "SELECT * FROM survey_ranges") == [
        {"survey": "remote-working-2021", "subject": "laptops", "measure": "unit_cost_gbp", "low": 150.0,
         "high": 4000.0}]
    doubted = {(r["measure"], r["value"]): r["conflict_reason"] for r in rows(
        con, "SELECT measure, value, conflict_reason, needs_review FROM int_answers__counted "
             "WHERE request_id = 'wdtk:8' AND needs_review")}
    # the count has no range in the survey: only the measure's own (not negative) applies to it
    assert doubted == {("unit_cost_gbp", 25000.0):
                       "outside the range the survey gives as plausible for laptops (150 to 4,000)"}
