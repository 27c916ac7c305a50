"""The review loop: `foi review` writes the doubtful figures, the filled sheet comes back through
`foi extract --overrides`, and corrections survive re-extraction."""

from __future__ import annotations

import csv
import subprocess
import sys
import textwrap

import openpyxl
import pytest
from click.testing import CliRunner

import warehouse.normalize as normalize
from foi.cli import cli
from tests.test_normalize import SURVEY, build_raw, fake_parse, rows
from warehouse import db


@pytest.fixture
def warehouse_file(tmp_path, monkeypatch):
    # the CLI runs the default parser; here it is the test parser, so the figures are known exactly
    monkeypatch.setattr(normalize, "_default_parser", lambda: (fake_parse, lambda name: SURVEY))
    monkeypatch.setattr(normalize, "available_surveys", lambda: ["remote-working-2021"])
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    build_raw(con)
    con.close()
    return path


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def snapshot(path):
    con = db.connect(path, read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("answers", "refusals", "request_outcomes", "answer_overrides")}
    finally:
        con.close()


def test_extract_review_override_round_trip(warehouse_file, tmp_path):
    result = invoke("extract", "--db", str(warehouse_file), "-q")
    assert result.exit_code == 0, result.output
    assert "6 (5 in a survey)" in result.output and "1 conflicting" in result.output

    sheet = tmp_path / "review.xlsx"
    result = invoke("review", "--db", str(warehouse_file), "--out", str(sheet))
    assert result.exit_code == 0 and "Wrote 1 figures" in result.output
    book = openpyxl.load_workbook(sheet)
    ws = book.active
    header = [c.value for c in ws[1]]
    row = dict(zip(header, [c.value for c in ws[2]]))
    assert ws.max_row == 2
    assert (row["council"], row["question"], row["value"], row["conflict"]) == ("Barnet", "1a", 300, True)
    assert row["source_url"] == "http://wdtk.test/request/r6#incoming-61"
    assert row["quote"] == "FACT 1a laptops 2020-21 count 300" and row["corrected_value"] is None
    ws.cell(row=2, column=header.index("corrected_value") + 1, value="310")
    ws.cell(row=2, column=header.index("note") + 1, value="checked the PDF")
    book.save(sheet)

    result = invoke("extract", "--db", str(warehouse_file), "--overrides", str(sheet), "-q")
    assert result.exit_code == 0, result.output
    assert "1 loaded, 1 applied" in result.output

    def check():
        con = db.connect(warehouse_file, read_only=True)
        try:
            got = rows(con, "SELECT value, original_value, status, override_note FROM answers "
                            "WHERE answer_id = ?", row["answer_id"])
            assert got == [{"value": 310.0, "original_value": 300.0, "status": "overridden",
                            "override_note": "checked the PDF"}]
            # the other reading of the same figure is no longer current, and nothing is left to review
            assert con.execute("SELECT count(*) FROM answers WHERE request_id = 'wdtk:6' "
                               "AND status != 'superseded'").fetchone() == (1,)
            assert con.execute("SELECT quantity FROM device_purchases WHERE request_id = 'wdtk:6'").fetchone() == (310.0,)
            assert con.execute("SELECT figures_needing_review FROM survey_coverage").fetchone() == (0,)
        finally:
            con.close()

    check()
    # a later rebuild without the file keeps the correction
    assert invoke("extract", "--db", str(warehouse_file), "-q").exit_code == 0
    check()
    assert invoke("review", "--db", str(warehouse_file), "--out", str(tmp_path / "again.csv")).output.startswith(
        "Nothing to check")


def test_override_of_a_superseded_reading_makes_it_current(warehouse_file, tmp_path):
    invoke("extract", "--db", str(warehouse_file), "-q")
    con = db.connect(warehouse_file, read_only=True)
    loser = con.execute("SELECT answer_id FROM answers WHERE request_id = 'wdtk:6' AND value = 310").fetchone()[0]
    con.close()
    overrides = tmp_path / "o.csv"
    overrides.write_text(f"answer_id,corrected_value,note\n{loser},\"1,310\",\n", encoding="utf-8")
    assert invoke("extract", "--db", str(warehouse_file), "--overrides", str(overrides), "-q").exit_code == 0
    con = db.connect(warehouse_file, read_only=True)
    assert rows(con, "SELECT value, status FROM answers WHERE request_id = 'wdtk:6' ORDER BY value") == [
        {"value": 300.0, "status": "superseded"}, {"value": 1310.0, "status": "overridden"}]
    con.close()


@pytest.mark.parametrize("content, message", [
    ("id,value\nabc,3\n", "missing the column(s) answer_id, corrected_value (found: 'id', 'value')"),
    ("answer_id,corrected_value\nabc,lots\n", "row 2: corrected_value 'lots' is not a number"),
    ("answer_id,corrected_value\n,12\n", "row 2: corrected_value given but answer_id is empty"),
])
def test_bad_overrides_file_changes_nothing(warehouse_file, tmp_path, content, message):
    invoke("extract", "--db", str(warehouse_file), "-q")
    before = snapshot(warehouse_file)
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    result = invoke("extract", "--db", str(warehouse_file), "--overrides", str(bad), "-q")
    assert result.exit_code != 0
    assert message in result.output and "Nothing was changed" in result.output
    assert snapshot(warehouse_file) == before


def test_default_overrides_file_next_to_the_warehouse(warehouse_file, tmp_path):
    invoke("extract", "--db", str(warehouse_file), "-q")
    con = db.connect(warehouse_file, read_only=True)
    aid = con.execute("SELECT answer_id FROM answers WHERE subject = 'zoom'").fetchone()[0]
    con.close()
    (warehouse_file.parent / "overrides.csv").write_text(f"answer_id,corrected_value\n{aid},1250\n")
    assert invoke("extract", "--db", str(warehouse_file), "-q").exit_code == 0
    con = db.connect(warehouse_file, read_only=True)
    assert con.execute("SELECT accounts FROM licence_counts").fetchone() == (1250.0,)
    con.close()


def test_review_csv_and_threshold(warehouse_file, tmp_path):
    invoke("extract", "--db", str(warehouse_file), "-q")
    out = tmp_path / "r.csv"
    result = invoke("review", "--db", str(warehouse_file), "--out", str(out), "--threshold", "0.95")
    assert result.exit_code == 0
    with out.open(encoding="utf-8") as fh:
        got = list(csv.DictReader(fh))
    # every current figure is below 0.95 (the test parser gives 0.9), the conflict included
    assert len(got) == 4 and {r["corrected_value"] for r in got} == {""}
    assert "foi extract --overrides" in result.output


def test_cli_errors(tmp_path, warehouse_file):
    missing = tmp_path / "nope.duckdb"
    result = invoke("extract", "--db", str(missing))
    assert result.exit_code == 1 and "No warehouse at" in result.output and not missing.exists()
    empty = tmp_path / "empty.duckdb"
    db.connect(empty).close()
    result = invoke("extract", "--db", str(empty))
    assert result.exit_code == 1 and "raw layer is empty" in result.output
    result = invoke("review", "--db", str(empty))
    assert result.exit_code == 1 and "Run `foi extract` first" in result.output
    result = invoke("review", "--db", str(warehouse_file), "--out", str(tmp_path / "x.json"))
    assert result.exit_code == 1 and ".xlsx or .csv" in result.output


def test_busy_warehouse_exits_2(warehouse_file):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(warehouse_file)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = CliRunner().invoke(cli, ["extract", "--db", str(warehouse_file)])
        assert result.exit_code == 2 and "is busy" in result.output
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)


def test_review_loop_with_the_real_parser(tmp_path):
    """Letter and spreadsheet disagree: the figure goes out for review and the correction comes back."""
    from tests.test_normalize import add_authorities, add_reply, add_request

    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    add_authorities(con)
    add_request(con, 1, "BNE", batch=None, title="Remote working devices and software")
    add_reply(con, 1, 11, "2021-10-20T09:00:00",
              "Dear Ms Smith,\n\n1a. Laptops: in 2019-20 we purchased 426 laptops.\n\nYours sincerely",
              attachments=[("[Sheet: Devices]\nDevice\t2019-20\nLaptops\t430\n", "ok")])
    con.close()
    assert invoke("extract", "--db", str(path), "-q").exit_code == 0
    sheet = tmp_path / "review.csv"
    assert invoke("review", "--db", str(path), "--out", str(sheet)).exit_code == 0
    with sheet.open(encoding="utf-8") as fh:
        listed = list(csv.DictReader(fh))
    assert [(r["subject"], r["period"], r["conflict"]) for r in listed] == [("laptops", "2019-20", "True")]
    assert {float(listed[0]["value"]), float(listed[0]["other_readings"])} == {426.0, 430.0}
    listed[0]["corrected_value"], listed[0]["note"] = "428", "phoned the council"
    with sheet.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(listed[0]))
        writer.writeheader()
        writer.writerows(listed)
    assert invoke("extract", "--db", str(path), "--overrides", str(sheet), "-q").exit_code == 0
    assert invoke("extract", "--db", str(path), "-q").exit_code == 0  # and again, without the file
    con = db.connect(path, read_only=True)
    assert con.execute("SELECT quantity FROM device_purchases").fetchall() == [(428.0,)]
    con.close()


def test_damaged_workbook_is_a_clear_error(warehouse_file, tmp_path):
    bad = tmp_path / "review.xlsx"
    bad.write_bytes(b"this is not a workbook")
    result = invoke("extract", "--db", str(warehouse_file), "--overrides", str(bad), "-q")
    assert result.exit_code == 1 and "could not be read as an Excel workbook" in result.output
    result = invoke("extract", "--db", str(warehouse_file), "--overrides", str(tmp_path / "absent.csv"), "-q")
    assert result.exit_code == 1 and "No overrides file at" in result.output


@pytest.mark.parametrize("measure", ["count", "percent", "days", "square_feet"])
def test_a_reviewer_may_correct_a_figure_to_any_measure_the_reader_reads(measure):
    from warehouse.overrides import DecisionError, make_decision

    decision = make_decision("a" * 20, "correct", "Ann", value="12.5", measure=measure)
    assert decision.measure == measure and decision.value == 12.5
    with pytest.raises(DecisionError, match="Unknown measure 'furlongs'"):
        make_decision("a" * 20, "correct", "Ann", value="12.5", measure="furlongs")

