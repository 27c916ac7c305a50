"""`foi extract` end to end with the real reply parser and the bundled remote-working-2021 survey."""

from __future__ import annotations

from click.testing import CliRunner

from foi.cli import cli
from tests.test_normalize import add_authorities, add_reply, add_request, rows
from warehouse import db

TITLE = "Remote working devices and software"
SIGN = "\n\nYours sincerely,\nInformation Governance Team"


def build(con):
    add_authorities(con)
    add_request(con, 1, "BNE", batch=None, title=TITLE)
    add_reply(con, 1, 11, "2021-10-01T15:00:00",
              "Dear Ms Smith,\n\nThank you for your request for information, which we received on 1 October 2021. "
              "We will respond within 20 working days." + SIGN)
    add_reply(con, 1, 12, "2021-10-27T09:00:00",
              "Dear Ms Smith,\n\nPlease find attached our response to your request." + SIGN,
              attachments=[("[Sheet: Devices]\nDevice\t2018-19\t2019-20\t2020-21\nLaptops\t100\t426\t1200\n"
                            "Tablets\t10\t20\t30\n", "ok")])
    review = ("Dear Ms Smith,\n\nInternal review\n\nI have now completed the internal review of our response to "
              "your request. I have found that the figure we gave was wrong: in 2019-20 we purchased 430 laptops."
              + SIGN)
    quoted = "\n\n-----Original Message-----\n> Laptops 2019-20: 999 laptops purchased in 2019-20"
    add_reply(con, 1, 13, "2021-11-20T09:00:00", review + quoted, quoted=[[len(review), len(review + quoted)]])

    add_request(con, 2, "EDH", batch=None, title=TITLE)
    add_reply(con, 2, 21, "2021-10-12T09:00:00",
              "Dear Ms Smith,\n\nWe estimate that the cost of complying with your request would exceed the "
              "appropriate limit of £450. We are therefore refusing your request under section 12 of the "
              "Freedom of Information Act 2000." + SIGN)
    add_request(con, 3, "CRF", batch=None, title=TITLE)
    add_reply(con, 3, 31, "2021-10-20T09:00:00",
              "Dear Ms Smith,\n\nThe council does not hold the information you have requested." + SIGN)
    add_request(con, 4, "LDS", batch=None, title=TITLE)
    add_reply(con, 4, 41, "2021-10-25T09:00:00",
              "Dear Ms Smith,\n\nWe need further time to consider the public interest test in relation to "
              "section 31. We will respond by 20 November." + SIGN)
    add_reply(con, 4, 42, "2021-11-19T09:00:00",
              "Dear Ms Smith,\n\n1a. Laptops: we purchased 426 laptops in 2019-20.\n2c. We can neither confirm nor "
              "deny whether we hold information about cyber security software, under section 31(3)." + SIGN)
    add_request(con, 5, "LDS", batch=None, title=TITLE, calculated="waiting_response_very_overdue")


def test_foi_extract_with_the_real_parser(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    build(con)
    con.close()
    result = CliRunner().invoke(cli, ["extract", "--db", str(path), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "remote-working-2021" in result.output

    con = db.connect(path, read_only=True)
    outcomes = {r["request_id"]: r for r in rows(con, "SELECT * FROM request_outcomes")}
    assert {k: (v["outcome"], v["outcome_source"]) for k, v in outcomes.items()} == {
        "wdtk:1": ("successful", "text"), "wdtk:2": ("rejected", "text"), "wdtk:3": ("not_held", "text"),
        "wdtk:4": ("partially_successful", "text"), "wdtk:5": ("overdue", "thread_state")}
    assert all(o["survey"] == "remote-working-2021" for o in outcomes.values())
    # answered on the 18th working day after Friday 1 October 2021 (the acknowledgement does not count)
    assert (outcomes["wdtk:1"]["working_days"], outcomes["wdtk:1"]["in_time"]) == (18, True)
    # 35 working days, but a public-interest extension was claimed within the 20
    four = outcomes["wdtk:4"]
    assert (four["working_days"], four["extended"], four["in_time"], four["ncnd"]) == (35, True, True, True)
    assert four["exemptions"] == ["s31(3)"]
    assert rows(con, "SELECT question, exemption, ncnd FROM refusals WHERE request_id = 'wdtk:4'") == [
        {"question": "2c", "exemption": "s31(3)", "ncnd": True}]
    # a whole-request refusal is recorded against every question the parser saw refused, one exemption
    assert rows(con, "SELECT DISTINCT exemption FROM refusals WHERE request_id = 'wdtk:2'") == [{"exemption": "s12"}]

    laptops = rows(con, "SELECT value, status, reply_kind, attachment_id FROM answers WHERE request_id = 'wdtk:1' "
                        "AND subject = 'laptops' AND period = '2019-20' ORDER BY reply_sent_at")
    assert laptops == [
        {"value": 426.0, "status": "superseded", "reply_kind": "response", "attachment_id": "wdtk:12:2"},
        {"value": 430.0, "status": "extracted", "reply_kind": "internal_review", "attachment_id": None}]
    assert rows(con, "SELECT period, quantity FROM device_purchases WHERE request_id = 'wdtk:1' "
                     "AND device = 'laptops' ORDER BY period") == [
        {"period": "2018-19", "quantity": 100.0}, {"period": "2019-20", "quantity": 430.0},
        {"period": "2020-21", "quantity": 1200.0}]
    coverage = rows(con, "SELECT * FROM survey_coverage")[0]
    assert (coverage["councils_asked"], coverage["answered"], coverage["refused"], coverage["awaiting"]) == (4, 4, 2, 0)
    # Leeds was asked twice: it answered one (4) and not the other (5), so it counts as answered, not awaited
    version = con.execute("SELECT DISTINCT extractor_version FROM answers").fetchall()
    assert len(version) == 1 and version[0][0].startswith("0.1.0+p")
    con.close()


def test_unknown_survey_is_a_clear_error(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    build(con)
    con.close()
    result = CliRunner().invoke(cli, ["extract", "--db", str(path), "--survey", "no-such-survey"])
    assert result.exit_code == 1 and "no-such-survey" in result.output and "remote-working-2021" in result.output


def test_a_to_date_period_ends_on_the_day_of_the_reply(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    add_authorities(con)
    add_request(con, 7, "BNE", batch=None, title=TITLE)
    add_reply(con, 7, 71, "2021-10-14T11:00:00",
              "Dear Ms Smith,\n\nLaptops bought:\n\n2020\t310\n2021 (to date)\t145\n\nTablets bought in 2021 so far: 12"
              + SIGN)
    con.close()
    result = CliRunner().invoke(cli, ["extract", "--db", str(path), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    con = db.connect(path, read_only=True)
    got = rows(con, "SELECT subject, period, CAST(period_start AS VARCHAR) AS s, CAST(period_end AS VARCHAR) AS e, "
                    "value FROM answers WHERE request_id = 'wdtk:7' ORDER BY subject, period")
    con.close()
    # "to date" means up to when the council wrote: the reply's date, not the end of 2021
    assert got == [
        {"subject": "laptops", "period": "2020", "s": "2020-01-01", "e": "2020-12-31", "value": 310.0},
        {"subject": "laptops", "period": "2021 (to date)", "s": "2021-01-01", "e": "2021-10-14", "value": 145.0},
        {"subject": "tablets", "period": "2021 so far", "s": "2021-01-01", "e": "2021-10-14", "value": 12.0}]
