"""The demo corpus: reproducible byte for byte, truth in step with the site, real councils, Barnet's real reply."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from dev import build_corpus, build_disclosure_logs
from dev.corpus_gen.common import UrlTitles, simplify_url_part
from replay import disclosure_corpus
from replay.disclosure_corpus import load_logs
from replay.site.corpus import BUNDLED as CORPUS

ROOT = Path(__file__).resolve().parents[1]
REGISTER = ROOT / "warehouse" / "reference" / "uk_local_authorities_future.csv"


@pytest.fixture(scope="module")
def site():
    return json.loads((CORPUS / "site.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def truth():
    return json.loads((CORPUS / "truth.json").read_text(encoding="utf-8"))


def test_regenerating_reproduces_the_committed_corpus_byte_for_byte(tmp_path):
    assert build_corpus.main(["--out", str(tmp_path)]) == 0
    made = {p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    committed = {p.relative_to(CORPUS).as_posix(): p.read_bytes() for p in CORPUS.rglob("*") if p.is_file()}
    assert sorted(made) == sorted(committed)
    assert [k for k in made if made[k] != committed[k]] == []
    assert build_corpus.main(["--out", str(tmp_path), "--check"]) == 0


def test_check_reports_a_changed_and_a_stale_file(tmp_path, capsys):
    build_corpus.main(["--out", str(tmp_path)])
    (tmp_path / "truth.json").write_text("{}")
    (tmp_path / "files" / "extra.pdf").write_bytes(b"%PDF")
    assert build_corpus.main(["--out", str(tmp_path), "--check"]) == 1
    out = capsys.readouterr().out
    assert "differs: truth.json" in out and "stale (would be deleted): files/extra.pdf" in out
    build_corpus.main(["--out", str(tmp_path)])  # a rewrite repairs both
    assert not (tmp_path / "files" / "extra.pdf").exists()
    assert build_corpus.main(["--out", str(tmp_path), "--check"]) == 0


def test_the_shipped_disclosure_logs_are_what_the_generator_writes(tmp_path, capsys):
    # the replay serves replay/disclosure_corpus/ as committed; the generator (a development tool) wrote it
    assert build_disclosure_logs.main(["--check"]) == 0, capsys.readouterr().out
    assert build_disclosure_logs.main(["--out", str(tmp_path)]) == 0
    (tmp_path / "files" / "BNE" / "extra.pdf").write_bytes(b"%PDF")
    (tmp_path / "logs.json").write_text("{}")
    assert build_disclosure_logs.main(["--out", str(tmp_path), "--check"]) == 1
    out = capsys.readouterr().out
    assert "differs: logs.json" in out and "stale (would be deleted): files/BNE/extra.pdf" in out


def test_the_shipped_disclosure_logs_load_without_the_generator():
    logs = load_logs()
    generated = build_disclosure_logs.build_logs()
    assert [lg.code for lg in logs] == [lg.code for lg in generated]
    for shipped, made in zip(logs, generated):
        assert (shipped.url, shipped.platform, shipped.style, shipped.page_size) == \
            (made.url, made.platform, made.style, made.page_size)
        assert [e.reference for e in shipped.entries] == [e.reference for e in made.entries]
        for e, m in zip(shipped.entries, made.entries):
            assert [(d.path, d.data) for d in e.documents] == [(d.path, d.data) for d in m.documents]
    first = next(e for lg in logs for e in lg.entries if e.documents)
    first.documents[0].read = lambda: b"changed"      # a replay edits its own copy only
    again = next(e for lg in load_logs() for e in lg.entries if e.documents)
    assert again.documents[0].data != b"changed"


def test_a_missing_disclosure_corpus_says_how_to_get_it_back(tmp_path):
    with pytest.raises(disclosure_corpus.DisclosureCorpusError, match="dev.build_disclosure_logs"):
        load_logs(tmp_path)
    (tmp_path / "logs.json").write_text('{"logs": [{"code": "BNE"}]}')
    with pytest.raises(disclosure_corpus.DisclosureCorpusError, match="shape"):
        load_logs(tmp_path)


def test_site_json_is_sorted_with_one_space_indent(site):
    raw = (CORPUS / "site.json").read_text(encoding="utf-8")
    assert raw == json.dumps(site, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    assert set(site) >= {"users", "public_bodies", "info_request_batches", "info_requests"}


def test_truth_covers_every_request_once_and_nothing_else(site, truth):
    site_ids = [r["id"] for r in site["info_requests"]]
    truth_ids = [r["request_id"] for r in truth["requests"]]
    assert sorted(site_ids) == sorted(truth_ids)
    assert len(set(truth_ids)) == len(truth_ids)
    by_id = {r["id"]: r for r in site["info_requests"]}
    for row in truth["requests"]:
        req = by_id[row["request_id"]]
        assert row["url_title"] == req["url_title"]
        assert row["wdtk_body_id"] == req["public_body_id"]
        assert row["in_batch"] == (req["info_request_batch_id"] == truth["batch_id"])
        assert row["outcome"] in {"successful", "partially_successful", "rejected", "not_held", "awaiting",
                                  "overdue", "clarification", "withdrawn"}
        if not row["in_batch"]:
            assert row["facts"] == []
        if row["outcome"] in {"rejected"}:
            assert row["exemptions"], row


def test_facts_use_the_survey_vocabulary(truth):
    subjects = {"laptops", "tablets", "mobile_phones", "zoom_accounts", "office365_accounts", "cyber_security"}
    facts = [f for r in truth["requests"] for f in r["facts"]]
    assert len(facts) > 300
    for f in facts:
        assert f["subject"] in subjects and f["measure"] in {"count", "unit_cost_gbp", "total_cost_gbp"}
        assert f["question"] in {"1a", "1b", "1c", "2a", "2b", "2c"}
        assert (f["period"] is None) == (f["period_start"] is None) == (f["period_end"] is None)
        assert isinstance(f["value"], (int, float)) and not isinstance(f["value"], bool)
    labels = {f["period"] for f in facts}
    assert {"2019-20", "2019/20", "FY 2019-2020", "April 2020 to March 2021"} & labels
    assert any(f["approx"] for f in facts) and any(f["needs_ocr"] for f in facts)
    assert any(f["superseded"] for f in facts)


def test_every_attachment_file_exists_and_parts_start_at_two(site):
    kinds = Counter()
    for req in site["info_requests"]:
        for msg in req["incoming_messages"]:
            parts = [a["url_part_number"] for a in msg["attachments"]]
            assert parts == list(range(2, 2 + len(parts)))
            for a in msg["attachments"]:
                path = CORPUS / a["file"]
                assert path.is_file() and path.stat().st_size > 0, a
                assert a["file"].startswith(f"files/{req['id']}/{msg['id']}/")
                kinds[a["filename"].rsplit(".", 1)[-1]] += 1
    assert {"pdf", "docx", "xlsx", "csv", "html", "zip"} <= set(kinds)


def test_documents_hold_real_tables(site):
    import docx
    import openpyxl

    files = [a for r in site["info_requests"] for m in r["incoming_messages"] for a in m["attachments"]]
    d = next(a for a in files if a["filename"].endswith(".docx"))
    table = docx.Document(CORPUS / d["file"]).tables[0]
    assert table.rows[0].cells[0].text == "Device" and len(table.rows) >= 4
    x = next(a for a in files if a["filename"].endswith(".xlsx"))
    rows = list(openpyxl.load_workbook(CORPUS / x["file"]).active.iter_rows(values_only=True))
    assert rows[0][0] == "Device" and any(isinstance(v, int) for v in rows[1])


def test_councils_are_real_register_entries_with_the_type_mix(site, truth):
    register = {r["local-authority-code"]: r for r in csv.DictReader(open(REGISTER, encoding="utf-8"))}
    bodies = {b["id"]: b for b in site["public_bodies"]}
    assert len(bodies) >= 40
    codes = {r["wdtk_body_id"]: r["local_authority_code"] for r in truth["requests"]}
    types = Counter()
    for body_id, body in bodies.items():
        row = register[codes[body_id]]
        assert int(float(row["wdtk-id"])) == body_id and not row["end-date"]
        assert ["gss", row["gss-code"]] in body["tags"] and ["local_council", None] in body["tags"]
        assert body["url_name"] == simplify_url_part(body["name"], "body")
        types[row["local-authority-type"]] += 1
    for kind in ("LBO", "CTY", "NMD", "UA", "MD", "WPA", "SCO"):
        assert types[kind] >= 3, (kind, types)
    barnet = bodies[59]
    assert barnet["name"] == "London Borough of Barnet" and barnet["url_name"] == "london_borough_of_barnet"


def test_barnet_truth_is_its_real_reply(site, truth):
    row = next(r for r in truth["requests"] if r["local_authority_code"] == "BNE" and r["in_batch"])
    assert row["outcome"] == "partially_successful"
    assert row["exemptions"] == ["s31(3)"] and row["ncnd"] and row["public_interest_test"]
    q2c = next(q for q in row["questions"] if q["question"] == "2c")
    assert q2c == {"question": "2c", "outcome": "rejected", "exemptions": ["s31(3)"], "ncnd": True}
    facts = {(f["subject"], f["period"], f["measure"]): f for f in row["facts"]}
    counts = {("laptops", "2019-20"): 426, ("laptops", "2018-19"): 232, ("laptops", "2020-21"): 617,
              ("tablets", "2018-19"): 84, ("tablets", "2019-20"): 87, ("tablets", "2020-21"): 29,
              ("mobile_phones", "2018-19"): 288, ("mobile_phones", "2019-20"): 601,
              ("mobile_phones", "2020-21"): 402}
    for (subject, period), value in counts.items():
        assert facts[(subject, period, "count")]["value"] == value
    assert facts[("laptops", "2019-20", "count")]["period_start"] == "2019-04-01"
    assert facts[("tablets", None, "unit_cost_gbp")]["value"] == 1141.15
    assert facts[("laptops", None, "unit_cost_gbp")]["value"] == 831.51
    assert facts[("mobile_phones", None, "unit_cost_gbp")]["value"] == 203.34
    assert facts[("zoom_accounts", None, "count")]["value"] == 0
    o365 = facts[("office365_accounts", None, "count")]
    assert o365["value"] == 300 and o365["approx"]
    assert len(row["facts"]) == 14
    req = next(r for r in site["info_requests"] if r["id"] == row["request_id"])
    answer = req["incoming_messages"][-1]["body"]
    assert "Laptops - 426" in answer and "Section 31(3)" in answer and "Circa 300" in answer


def test_ids_are_unique_and_events_ordered(site):
    seen = Counter()
    for req in site["info_requests"]:
        seen["request", req["id"]] += 1
        for kind in ("outgoing_messages", "incoming_messages", "comments", "events"):
            for item in req[kind]:
                seen[kind, item["id"]] += 1
        for m in req["incoming_messages"]:
            for a in m["attachments"]:
                seen["attachment", a["id"]] += 1
        ids = [e["id"] for e in req["events"]]
        assert ids == sorted(ids)
        times = [e["created_at"] for e in req["events"]]
        assert req["events"][0]["event_type"] == "sent" and times[0] == req["created_at"]
        incoming = {m["id"] for m in req["incoming_messages"]}
        assert {e["incoming_message_id"] for e in req["events"] if e["event_type"] == "response"} == incoming
    assert [k for k, n in seen.items() if n > 1] == []
    titles = [r["url_title"] for r in site["info_requests"]]
    assert len(set(titles)) == len(titles)


def test_request_states_agree_with_their_events(site):
    for req in site["info_requests"]:
        described = [e for e in req["events"] if e["described_state"]]
        assert described[-1]["described_state"] == req["described_state"]
        last_set = req["events"].index(described[-1])
        later_responses = [e for e in req["events"][last_set:] if e["event_type"] == "response"]
        assert req["awaiting_description"] == bool(later_responses)
        for e in req["events"]:
            if e["event_type"] == "response" and e["calculated_state"]:
                assert e["last_described_at"] >= e["created_at"]
    states = Counter(r["described_state"] for r in site["info_requests"])
    assert {"successful", "partially_successful", "rejected", "not_held", "waiting_response",
            "waiting_clarification", "user_withdrawn"} <= set(states)
    assert any(r["awaiting_description"] for r in site["info_requests"])
    kinds = Counter(e["event_type"] for r in site["info_requests"] for e in r["events"])
    assert {"sent", "response", "status_update", "followup_sent", "overdue", "very_overdue", "comment"} <= set(kinds)


def test_timestamps_carry_milliseconds_and_offset(site):
    import re
    pattern = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$")
    for req in site["info_requests"][:50]:
        assert pattern.match(req["created_at"])
        for e in req["events"]:
            assert pattern.match(e["created_at"])


def test_url_titles_follow_alaveteli():
    assert simplify_url_part("Distance between adjacent underground stations", "request", 32) == \
        "distance_between_adjacent_underg"
    assert simplify_url_part("London Borough of Hammersmith & Fulham", "body") == \
        "london_borough_of_hammersmith_fulham"
    assert simplify_url_part("12345", "request") == "request"
    titles = UrlTitles()
    assert [titles.make("Parking fines") for _ in range(3)] == ["parking_fines", "parking_fines_2", "parking_fines_3"]


def test_synthetic_mode_is_big_fast_and_consistent(tmp_path):
    assert build_corpus.main(["--synthetic", "--councils", "60", "--per-council", "5", "--out", str(tmp_path)]) == 0
    site = json.loads((tmp_path / "site.json").read_text())
    truth = json.loads((tmp_path / "truth.json").read_text())
    assert len(site["public_bodies"]) == 60 and len(site["info_requests"]) == 300
    assert sorted(r["id"] for r in site["info_requests"]) == sorted(r["request_id"] for r in truth["requests"])
    assert len({b["url_name"] for b in site["public_bodies"]}) == 60


def test_synthetic_mode_refuses_to_overwrite_the_demo_corpus():
    with pytest.raises(SystemExit):
        build_corpus.main(["--synthetic"])


def _attachment_text(path: Path, name: str) -> str:
    import io
    import zipfile

    data = path.read_bytes()
    if name.endswith(".pdf") or data[:5] == b"%PDF-":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(data)
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    if name.endswith(".docx"):
        import docx

        d = docx.Document(io.BytesIO(data))
        return "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
    if name.endswith(".xlsx"):
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row)
    if name.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(_attachment_text_bytes(z.read(n), n) for n in z.namelist())
    return data.decode("utf-8")


def _attachment_text_bytes(data: bytes, name: str) -> str:
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=name) as fh:
        fh.write(data)
        fh.flush()
        return _attachment_text(Path(fh.name), name)


def _renderings(value) -> set[str]:
    from dev.corpus_gen.common import number_word

    if isinstance(value, float) and value != int(value):
        return {f"£{value:,.2f}", f"{value:.2f}", str(value)}
    n = int(value)
    out = {f"{n:,}", str(n), f"£{n:,}", f"{n}.0"}
    if number_word(n):
        out.add(number_word(n))
    if n == 0:
        out |= {"Nil", "None", "nil", "none"}
    return out


def test_every_readable_fact_is_printed_in_its_request(site, truth):
    """Truth is not invented: each figure appears in the text or attachments the council sent."""
    by_id = {r["id"]: r for r in site["info_requests"]}
    checked = 0
    for row in truth["requests"]:
        if not row["facts"]:
            continue
        req = by_id[row["request_id"]]
        texts = [m["body"] for m in req["incoming_messages"]]
        texts += [_attachment_text(CORPUS / a["file"], a["filename"]) for m in req["incoming_messages"]
                  for a in m["attachments"] if not a["filename"].startswith("Scan")]
        text = "\n".join(texts)
        for f in row["facts"]:
            if f["needs_ocr"]:
                continue
            assert any(r in text for r in _renderings(f["value"])), (row["local_authority_code"], f)
            if f["period"]:
                assert f["period"] in text, (row["local_authority_code"], f)
            checked += 1
    assert checked > 300
