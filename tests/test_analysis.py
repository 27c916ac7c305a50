"""analysis.frames, analysis.normalise and analysis.findings on the fixture warehouse (tests/analysis_fixtures.py)."""

import duckdb
import polars as pl
import pytest

from analysis import findings, frames, normalise
from tests.analysis_fixtures import SURVEY, build_warehouse


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = build_warehouse(tmp_path_factory.mktemp("wh") / "foi.duckdb")
    connection = duckdb.connect(str(path), read_only=True)
    yield connection
    connection.close()


def one(frame: pl.DataFrame, **where) -> dict:
    for column, value in where.items():
        frame = frame.filter(pl.col(column) == value)
    assert frame.height == 1, f"expected one row for {where}, got {frame.height}"
    return frame.row(0, named=True)


def test_views_have_exactly_the_contract_columns(con):
    for view in frames.VIEWS:
        columns = [r[0] for r in con.execute(f"DESCRIBE {view}").fetchall()]
        assert columns == list(frames.SCHEMAS[view]), view


def test_per_1000_matches_hand_checked_numbers(con):
    per_1000 = frames.quantities_per_1000(con, SURVEY)
    barnet = one(per_1000, authority_key="BNE", device="laptops", period="2020-21")
    assert barnet["quantity"] == 1200          # the superseded 9,999 is never counted
    assert barnet["population"] == 399_007
    assert barnet["quantity_per_1000"] == pytest.approx(1200 / 399_007 * 1000)
    assert barnet["quantity_per_1000"] == pytest.approx(3.0075, abs=1e-4)
    york = one(per_1000, authority_key="YOR", device="laptops", period="2020-21")
    assert york["quantity_per_1000"] == pytest.approx(4.5021, abs=1e-4)


def test_missing_population_and_missing_figures_stay_missing_not_zero(con):
    per_1000 = frames.quantities_per_1000(con, SURVEY)
    bucks = one(per_1000, authority_key="BKM", device="laptops", period="2020-21")
    assert bucks["quantity"] == 500 and bucks["population"] is None and bucks["quantity_per_1000"] is None
    camden_2019 = one(per_1000, authority_key="CMD", device="laptops", period="2019-20")
    assert camden_2019["quantity"] is None and camden_2019["quantity_per_1000"] is None
    assert camden_2019["unit_cost_gbp"] == 815
    # Glasgow refused and Sheffield never answered: no device rows at all rather than zero rows
    assert per_1000.filter(pl.col("authority_key").is_in(["GLG", "SHF"])).height == 0
    assert "Buckinghamshire CC" in normalise.missing_population(per_1000)
    licences = frames.licence_counts(con, SURVEY)
    assert one(licences, authority_key="BKM", product="office365_accounts")["accounts_per_1000"] is None


def test_unit_costs_spread_and_outlier(con):
    costs = frames.unit_costs(con, SURVEY).filter(pl.col("device") == "laptops")
    assert costs.height == 7
    assert costs["median_gbp"][0] == pytest.approx(785)
    assert one(costs, authority_key="MAN")["unit_cost_gbp"] == pytest.approx(710)   # median of 720 and 700
    kent = one(costs, authority_key="KEN")
    assert kent["is_outlier"] and kent["ratio_to_median"] == pytest.approx(1450 / 785)
    assert costs.filter(pl.col("is_outlier"))["authority_key"].to_list() == ["KEN"]
    # two councils are too few to call anything an outlier
    assert not frames.unit_costs(con, SURVEY).filter(pl.col("device") == "tablets")["is_outlier"].any()


def test_spend_uses_stated_totals_else_quantity_times_unit_cost(con):
    spend = frames.spend(con, SURVEY)
    manchester = one(spend, authority_key="MAN", device="laptops", period="2020-21")
    assert manchester["spend_gbp"] == 1_050_000 and not manchester["spend_estimated"]
    barnet = one(spend, authority_key="BNE", device="laptops", period="2020-21")
    assert barnet["spend_gbp"] == 1200 * 650 and barnet["spend_estimated"]
    totals = frames.spend_totals(con, SURVEY)
    assert one(totals, authority_key="BNE")["spend_gbp"] == 426 * 650 + 1200 * 650 + 80 * 320 + 300 * 180
    # Camden's tablets have no cost: Camden's total is its laptops only, and its 2019-20 is not a £0
    assert one(totals, authority_key="CMD")["spend_gbp"] == 600 * 815


def test_a_unit_cost_given_once_for_the_whole_answer_prices_each_year(con):
    cambridge = one(frames.spend(con, SURVEY), authority_key="CAB", device="tablets", period="2020-21")
    assert cambridge["unit_cost_gbp"] is None           # the year's own row has no cost...
    assert cambridge["spend_gbp"] == 30 * 350 and cambridge["spend_estimated"]   # ...the answer's one cost is used
    assert one(frames.unit_costs(con, SURVEY), authority_key="CAB", device="tablets")["unit_cost_gbp"] == 350


def test_financial_year_places_each_councils_period(tmp_path):
    import datetime as dt

    from warehouse import db

    # (label, start, end) -> the financial year devices_per_1000 places it in
    periods = {("2020-21", dt.date(2020, 4, 1), dt.date(2021, 3, 31)): "2020-21",
               ("2020", dt.date(2020, 1, 1), dt.date(2020, 12, 31)): "2020-21",
               ("Oct 2020 - Sep 2021", dt.date(2020, 10, 1), dt.date(2021, 9, 30)): "2020-21",
               ("year to Sep 2020", dt.date(2019, 10, 1), dt.date(2020, 9, 30)): "2019-20",
               ("next year", None, None): None}
    path = build_warehouse(tmp_path / "w.duckdb")
    with db.connect(path) as c:
        c.execute("DELETE FROM answers")
        db.upsert(c, "answers", [{
            "answer_id": f"fy{i}", "authority_key": "BNE", "request_id": "wdtk:5001", "survey": SURVEY,
            "question": "1a", "subject": "laptops", "period": label, "period_start": start, "period_end": end,
            "measure": "count", "value": 10.0, "confidence": 0.95, "status": "extracted", "conflict": False,
            "extractor_version": "t"} for i, (label, start, end) in enumerate(periods)])
        got = dict(frames.quantities_per_1000(c, SURVEY).select("period", "financial_year").iter_rows())
    assert got == {label: year for (label, _, _), year in periods.items()}


def test_refusal_rates_and_exemptions(con):
    overall = frames.refusal_rates_overall(con)
    glasgow = one(overall, authority_key="GLG")
    assert glasgow["resolvable"] == 3 and glasgow["refusal_rate"] == pytest.approx(1.0)
    barnet = one(overall, authority_key="BNE")
    assert barnet["refusal_rate"] == pytest.approx(1 / 3)
    sheffield = one(overall, authority_key="SHF")
    assert sheffield["resolvable"] == 0 and sheffield["refusal_rate"] is None   # 0/0 is no rate, not 0 %
    counts = frames.exemption_counts(con)
    assert one(counts, authority_key="GLG", exemption="s12")["requests"] == 2
    assert one(counts, authority_key="CMD", exemption="s31(3)")["exemption_label"] == "s31(3) Law enforcement"
    # every request on record, each exemption once per request: Camden's survey s31(3) and its other s31(1)
    assert sorted(counts.filter(pl.col("authority_key") == "CMD")["exemption"].to_list()) == ["s31(1)", "s31(3)"]
    assert counts["requests"].sum() == 7    # Glasgow s12 ×2 and s40(2), Manchester s12, Barnet s14, Camden ×2


def test_coverage_and_outcomes(con):
    coverage = one(frames.survey_coverage(con, SURVEY), survey=SURVEY)
    assert (coverage["councils_asked"], coverage["answered"], coverage["refused"], coverage["awaiting"]) == (9, 8, 2, 1)
    outcomes = frames.request_outcomes(con, SURVEY)
    sheffield = one(outcomes, authority_key="SHF")
    assert sheffield["outcome"] == "overdue"
    assert sheffield["request_url"] == "https://www.whatdotheyknow.com/request/remote_working_devices_and_licences_5009"


def test_survey_outcomes_one_row_per_council(con):
    outcomes = frames.survey_outcomes(con, SURVEY)
    assert outcomes.height == 9 and outcomes["authority_key"].n_unique() == 9
    york = one(outcomes, authority_key="YOR")       # WhatDoTheyKnow's request and the disclosure log's copy
    assert york["request_id"] == "wdtk:5006" and york["survey_requests"] == 2 and not york["answered_elsewhere"]
    counts = findings.coverage_counts(frames.survey_coverage(con, SURVEY))
    assert {k: counts[k] for k in ("asked", "answered", "refused", "awaiting", "overdue")} == \
        {"asked": 9, "answered": 8, "refused": 2, "awaiting": 1, "overdue": 1}
    assert outcomes.filter(pl.col("answered")).height == counts["answered"]


def test_an_answer_published_only_in_the_disclosure_log_counts(tmp_path):
    from warehouse import db

    path = build_warehouse(tmp_path / "w.duckdb")
    with db.connect(path) as c:
        db.upsert(c, "requests", [{"request_id": "dl:SHF:123", "source": "disclosure_log", "authority_key": "SHF",
                                   "linked_request_id": "wdtk:5009", "source_url": "https://sheffield.example/foi/123"}])
        db.upsert(c, "request_outcomes", [{"request_id": "dl:SHF:123", "authority_key": "SHF", "survey": SURVEY,
                                           "outcome": "successful", "extractor_version": "t"}])
        sheffield = one(frames.survey_outcomes(c, SURVEY), authority_key="SHF")
        assert sheffield["request_id"] == "dl:SHF:123" and sheffield["answered_elsewhere"]
        text = {f.key: f.text for f in findings.headlines(c, SURVEY)}
    assert text["not_answered"] == "All 9 councils asked have answered."
    assert text["answered_elsewhere"] == ("1 council answered only in its own disclosure log, while the request on "
                                          "WhatDoTheyKnow still looks unanswered: Sheffield.")


def test_answers_link_to_the_message_or_attachment_they_came_from(con):
    answers = frames.answers(con, SURVEY)
    assert "superseded" not in answers["status"].to_list()
    kent = answers.filter(pl.col("authority_key") == "KEN")["source_url"].unique().to_list()
    assert len(kent) == 1 and "/attach/2/" in kent[0]
    barnet = answers.filter(pl.col("authority_key") == "BNE")["source_url"].unique().to_list()
    assert len(barnet) == 1 and barnet[0].endswith("#incoming-50010")


def test_by_council_type_counts_councils_and_keeps_unknown_population(con):
    laptops = frames.quantities_per_1000(con, SURVEY).filter(pl.col("device") == "laptops")
    types = normalise.by_council_type(laptops, "quantity")
    county = one(types, authority_type_name="County")
    assert county["councils"] == 2          # Kent and Buckinghamshire
    assert county["median_quantity_per_1000"] == pytest.approx(
        laptops.filter(pl.col("authority_key") == "KEN")["quantity_per_1000"].median())


def test_headline_sentences_come_from_the_data(con):
    text = {f.key: f.text for f in findings.headlines(con, SURVEY)}
    assert text["most_per_head"].startswith("York bought the most laptops per head in 2020-21: 950 laptops, or 4.5 per")
    assert "Kent paid the most per laptop: £1,450, 1.8 times the median of £785 across 7 councils" in \
        text["highest_unit_cost"]
    assert "Glasgow refused it in full under s12 (excessive cost, FOISA)" in text["survey_refusals"]
    assert "Camden withheld part of it under s31(3) (law enforcement)" in text["survey_refusals"]
    assert text["not_answered"] == ("1 of 9 councils asked has not answered yet: Sheffield is overdue "
                                    "(past the 20-working-day limit).")
    # only councils with 3+ answered requests are ranked (Camden's 2 of 2 is not "the most")
    assert text["refuses_most"].startswith("Across all their requests on record, Glasgow refused the largest share: "
                                           "100% of answered requests")
    assert "median across the 3 councils with 3 or more answered requests: 33%" in text["refuses_most"]
    # Glasgow is Scottish: its s12 is FOISA's, counted apart from Manchester's FOIA s12
    assert "s12 (excessive cost, FOISA): 2 requests at 1 council" in text["refuses_most"]


def test_empty_and_unextracted_warehouses_are_explained(tmp_path):
    from warehouse import db

    empty = db.connect(tmp_path / "empty.duckdb")
    assert "nothing has been crawled" in frames.warehouse_problem(empty)
    assert frames.device_purchases(empty).columns == list(frames.SCHEMAS["device_purchases"])
    assert findings.headlines(empty) == []
    db.upsert(empty, "requests", [{"request_id": "wdtk:1", "source": "whatdotheyknow"}])
    assert "foi extract" in frames.warehouse_problem(empty)
    empty.close()


def test_survey_without_answers_yet(tmp_path):
    path = build_warehouse(tmp_path / "w.duckdb", with_answers=False)
    with duckdb.connect(str(path), read_only=True) as c:
        assert frames.device_purchases(c, SURVEY).height == 0
        text = {f.key: f.text for f in findings.headlines(c, SURVEY)}
        assert "most_per_head" not in text
        assert text["not_answered"].startswith("9 of 9 councils asked have not answered yet")
        assert frames.warehouse_problem(c, "no-such-survey").startswith("No figures extracted yet for survey")


@pytest.mark.parametrize("code, nation, label", [
    ("s12", None, "s12 Cost limit"), ("s31(3)", "England", "s31(3) Law enforcement"),
    ("reg12(4)(b)", None, "reg12(4)(b) Manifestly unreasonable"), ("s999", None, "s999"), (None, None, None),
    ("s35(1)(a)", "Scotland", "s35(1)(a) Law enforcement (FOISA)"),
    ("s35(1)(a)", "Wales", "s35(1)(a) Formulation of government policy"),
    ("reg10(5)(e)", "Scotland", "reg10(5)(e) Commercial confidentiality"),
])
def test_exemption_labels(code, nation, label):
    assert normalise.exemption_label(code, nation) == label


def test_formatting_helpers():
    assert findings.fmt_gbp(1450.0) == "£1,450"
    assert findings.fmt_gbp(5_030_000) == "£5.03m"
    assert findings.fmt_gbp(3.378) == "£3.38"
    assert findings.fmt_count(None) == "no figure"
    assert findings.and_list(["a", "b", "c"]) == "a, b and c"
    assert findings.exemption_phrase("s40(2)") == "s40(2) (personal information)"


def test_a_figure_in_doubt_is_no_headline_until_it_is_checked(tmp_path):
    # York's 950 laptops lead the ranking; once the reader doubts that figure (a conflict `foi review` lists),
    # the headline leaves it out and says so, instead of publishing it
    path = build_warehouse(tmp_path / "foi.duckdb")
    con = duckdb.connect(str(path))
    try:
        con.execute("UPDATE answers SET conflict = true WHERE authority_key = 'YOR' AND subject = 'laptops' "
                    "AND measure = 'count'")
        text = {f.key: f.text for f in findings.headlines(con, SURVEY)}
    finally:
        con.close()
    assert not text["most_per_head"].startswith("York")
    assert text["most_per_head"].endswith("Left out until checked with foi review: 1 figure(s) in doubt (York).")


def test_a_figure_in_doubt_is_drawn_grey_and_leads_no_chart(tmp_path):
    from analysis.report import write_report

    path = build_warehouse(tmp_path / "foi.duckdb")
    con = duckdb.connect(str(path))
    try:
        con.execute("UPDATE answers SET conflict = true WHERE authority_key = 'YOR' AND subject = 'laptops' "
                    "AND measure = 'count'")
        write_report(con, tmp_path / "out", survey=SURVEY)
    finally:
        con.close()
    svg = (tmp_path / "out" / "charts" / "laptops_per_1000.svg").read_text(encoding="utf-8")
    assert "York bought the most" not in svg and "bought the most laptops per head" in svg
    assert "Grey: a figure in doubt" in svg


def test_a_month_and_an_impossible_value_are_flagged_and_go_to_review(tmp_path):
    import datetime as dt

    from warehouse import db
    from warehouse.overrides import review_rows

    path = build_warehouse(tmp_path / "w.duckdb")
    with db.connect(path) as c:
        before = one(frames.survey_coverage(c, SURVEY), survey=SURVEY)["figures_needing_review"]
        base = {"authority_key": "CAB", "request_id": "wdtk:5005", "survey": SURVEY, "question": "1b",
                "subject": "tablets", "unit": "devices", "confidence": 0.95, "status": "extracted", "conflict": False,
                "extractor_version": "t"}
        db.upsert(c, "answers", [
            # "September 2019: 107": stored as the month, it may be the year to September 2019
            {**base, "answer_id": "month", "period": "September 2019", "period_start": dt.date(2019, 9, 1),
             "period_end": dt.date(2019, 9, 30), "measure": "count", "value": 107.0},
            # a year to September is a year, not a doubt
            {**base, "answer_id": "year-to", "period": "year to September 2020", "period_start": dt.date(2019, 10, 1),
             "period_end": dt.date(2020, 9, 30), "measure": "count", "value": 12.0},
            {**base, "answer_id": "negative", "period": "2019-20", "period_start": dt.date(2019, 4, 1),
             "period_end": dt.date(2020, 3, 31), "measure": "total_cost_gbp", "value": -4000.0},
        ])
        doubts = dict(c.execute("SELECT answer_id, conflict_reason FROM int_answers__counted "
                                "WHERE needs_review AND authority_key = 'CAB'").fetchall())
        after = one(frames.survey_coverage(c, SURVEY), survey=SURVEY)["figures_needing_review"]
        listed = {r["answer_id"]: r["reason"] for r in review_rows(c, survey=SURVEY)}
        devices = frames.quantities_per_1000(c, SURVEY)
    assert doubts == {"month": "'September 2019' is one month: it may mean the year to September 2019",
                      "negative": "outside the plausible range of a total_cost_gbp figure (0.0 to any)"}
    assert after == before + 2 == len(listed)         # the report's count is `foi review`'s list
    assert listed["month"] == doubts["month"] and listed["negative"] == doubts["negative"]
    assert one(devices, authority_key="CAB", period="September 2019")["needs_review"]
    assert not one(devices, authority_key="CAB", period="year to September 2020")["needs_review"]


def test_a_figure_in_doubt_is_left_out_of_the_spread_and_the_spend(tmp_path):
    from warehouse import db

    path = build_warehouse(tmp_path / "w.duckdb")
    with db.connect(path) as c:
        # Kent's laptop price is the outlier; once it is in doubt it is no headline and moves no median
        c.execute("UPDATE answers SET conflict = true WHERE authority_key = 'KEN' AND subject = 'laptops' "
                  "AND measure = 'unit_cost_gbp'")
        costs = frames.unit_costs(c, SURVEY).filter(pl.col("device") == "laptops")
        totals = frames.spend_totals(c, SURVEY)
        text = {f.key: f.text for f in findings.headlines(c, SURVEY)}
    kent = one(costs, authority_key="KEN")
    assert kent["needs_review"] and kent["figures_in_doubt"] == 2
    assert set(costs["councils"].to_list()) == {6}        # the spread is over the six councils not in doubt
    assert costs["median_gbp"][0] == pytest.approx(747.5)   # median of 610, 650, 710, 785, 815, 899 (not 785)
    assert not text["highest_unit_cost"].startswith("Kent")
    assert text["highest_unit_cost"].endswith("Left out until checked with foi review: 1 figure(s) in doubt (Kent).")
    kent_spend = one(totals, authority_key="KEN")
    # Kent's laptops were priced from the doubted cost: left out; its tablets (250 × £400) stay
    assert kent_spend["spend_gbp"] == 250 * 400 and kent_spend["figures_in_doubt"] == 2


def test_an_all_years_rate_is_the_ratio_of_the_counts_beside_it(con):
    overall = frames.refusal_rates_overall(con)
    for r in overall.iter_rows(named=True):
        if r["answered"]:
            assert r["in_time_rate"] == pytest.approx(r["answered_in_time"] / r["answered"])
        if r["resolvable"]:
            assert r["refusal_rate"] == pytest.approx((r["partially_withheld"] + r["withheld_in_full"]) / r["resolvable"])
    manchester = one(overall, authority_key="MAN")   # 2019: 1 late; 2020 and the survey's 2021: in time
    assert (manchester["answered_in_time"], manchester["answered"]) == (2, 3)
    assert manchester["in_time_rate"] == pytest.approx(2 / 3)


def test_the_unit_cost_charts_note_names_each_doubted_council_once_with_its_devices():
    doubted = pl.DataFrame({"authority_name": ["Arun", "Sheffield", "Arun", "Arun"],
                            "device": ["laptops", "laptops", "mobile_phones", "tablets"]})
    assert findings.doubted_devices_note(doubted) == (
        "Left out until checked with foi review: 2 council(s) whose unit cost of a device is in doubt "
        "(Arun: laptops, mobile phones, tablets; Sheffield: laptops).")
