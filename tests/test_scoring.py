"""The extraction scorer (benchmarks/scoring.py, benchmarks/score_extraction.py) on tiny hand-made sets.

The scorer decides whether issue 4's targets are met, so it is tested like any other product code: exact
counts on sets small enough to check by hand, and the command run end to end on a small real DuckDB file."""

from __future__ import annotations

import json
from dataclasses import replace

import duckdb
import pytest

from benchmarks import scoring
from benchmarks.scoring import Fact, RequestResult, prf, score_facts, score_requests, values_match

R1, R2 = "wdtk:1", "wdtk:2"


def fact(request_id=R1, subject="laptops", measure="count", value=10, start="2019-04-01", end="2020-03-31",
         **kw) -> Fact:
    return Fact(request_id=request_id, subject=subject, measure=measure, value=value, period_start=start,
                period_end=end, period=kw.pop("period", "2019-20" if start else None), **kw)


TRUTH = [
    fact(value=426),
    fact(start="2020-04-01", end="2021-03-31", value=617),
    fact(subject="tablets", value=84),
    fact(measure="unit_cost_gbp", value=831.51, start=None, end=None),
    fact(R2, subject="office365_accounts", value=300, approx=True, start=None, end=None),
]


def test_prf_edges():
    assert prf(0, 0, 0) == {"tp": 0, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert prf(0, 0, 3)["recall"] == 0.0 and prf(0, 0, 3)["f1"] == 0.0
    assert prf(0, 2, 0)["precision"] == 0.0 and prf(0, 2, 0)["f1"] == 0.0
    m = prf(3, 1, 2)
    assert m["precision"] == pytest.approx(0.75) and m["recall"] == pytest.approx(0.6)
    assert m["f1"] == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_values_match_counts_exact_money_within_a_penny():
    assert values_match("count", 426, 426.0)
    assert not values_match("count", 426, 426.4)
    assert values_match("unit_cost_gbp", 831.51, 831.515)
    assert values_match("total_cost_gbp", 1000, 1000.01)
    assert not values_match("unit_cost_gbp", 831.51, 831.53)
    assert not values_match("count", 0, None) and not values_match("count", None, None)


def test_perfect_prediction_scores_one():
    s = score_facts(TRUTH, list(TRUTH))
    assert s.overall == prf(5, 0, 0)
    assert s.overall["f1"] == 1.0 and s.misses == [] and s.approx["accuracy"] == 1.0
    assert s.by_subject["laptops"]["tp"] == 3 and s.by_measure["unit_cost_gbp"]["tp"] == 1


def test_missing_fact_lowers_recall_only():
    s = score_facts(TRUTH, TRUTH[1:])
    assert (s.overall["tp"], s.overall["fp"], s.overall["fn"]) == (4, 0, 1)
    assert s.overall["precision"] == 1.0 and s.overall["recall"] == pytest.approx(0.8)
    assert [m.kind for m in s.misses] == ["missing"] and s.misses[0].expected == TRUTH[0]


def test_extra_fact_lowers_precision_only():
    extra = fact(subject="mobile_phones", value=5)
    s = score_facts(TRUTH, TRUTH + [extra])
    assert (s.overall["tp"], s.overall["fp"], s.overall["fn"]) == (5, 1, 0)
    assert s.overall["recall"] == 1.0 and s.overall["precision"] == pytest.approx(5 / 6)
    assert [(m.kind, m.found) for m in s.misses] == [("extra", extra)]
    assert s.by_subject["mobile_phones"] == prf(0, 1, 0)


def test_wrong_value_is_a_miss_and_a_false_positive():
    wrong = replace(TRUTH[0], value=462)
    s = score_facts(TRUTH, [wrong] + TRUTH[1:])
    assert (s.overall["tp"], s.overall["fp"], s.overall["fn"]) == (4, 1, 1)
    assert [m.kind for m in s.misses] == ["wrong_value"]
    assert s.misses[0].expected.value == 426 and s.misses[0].found.value == 462


def test_money_off_by_more_than_a_penny_is_wrong():
    s = score_facts(TRUTH, TRUTH[:3] + [replace(TRUTH[3], value=831.53)] + TRUTH[4:])
    assert s.by_measure["unit_cost_gbp"] == prf(0, 1, 1)
    s = score_facts(TRUTH, TRUTH[:3] + [replace(TRUTH[3], value=831.505)] + TRUTH[4:])
    assert s.overall["f1"] == 1.0


def test_approx_mismatch_counted_but_value_still_right():
    s = score_facts(TRUTH, TRUTH[:4] + [replace(TRUTH[4], approx=False)])
    assert s.overall["f1"] == 1.0
    assert s.approx["mismatched"] == 1 and s.approx["accuracy"] == pytest.approx(4 / 5)
    assert (s.approx["tp"], s.approx["fp"], s.approx["fn"]) == (0, 0, 1)
    assert [m.kind for m in s.misses] == ["approx"]
    s = score_facts(TRUTH, [replace(TRUTH[0], approx=True)] + TRUTH[1:])
    assert (s.approx["fp"], s.approx["mismatched"]) == (1, 1)


def test_wrong_period_diagnosed_and_counted_twice():
    moved = replace(TRUTH[0], period_start="2019-01-01", period_end="2019-12-31", period="2019")
    s = score_facts(TRUTH, [moved] + TRUTH[1:])
    assert (s.overall["tp"], s.overall["fp"], s.overall["fn"]) == (4, 1, 1)
    assert [m.kind for m in s.misses] == ["wrong_period"]
    assert s.misses[0].expected == TRUTH[0] and s.misses[0].found == moved


def test_wrong_subject_and_measure_diagnosed():
    s = score_facts([TRUTH[2]], [replace(TRUTH[2], subject="laptops")])
    assert [m.kind for m in s.misses] == ["wrong_subject"] and s.overall == prf(0, 1, 1)
    s = score_facts([TRUTH[3]], [replace(TRUTH[3], measure="total_cost_gbp")])
    assert [m.kind for m in s.misses] == ["wrong_measure"] and s.overall == prf(0, 1, 1)
    # other requests are never paired with each other
    s = score_facts([TRUTH[0]], [replace(TRUTH[0], request_id=R2, period_start=None, period_end=None)])
    assert sorted(m.kind for m in s.misses) == ["extra", "missing"]


def test_superseded_truth_is_not_expected_and_stale_figure_is_wrong():
    old = fact(value=292, superseded=True)
    new = fact(value=300)
    # right: the corrected figure current, the old one kept as superseded (not a prediction)
    s = score_facts([old, new], [replace(old, superseded=True), new])
    assert s.overall == prf(1, 0, 0)
    assert (s.superseded_expected, s.superseded_found, s.superseded_predicted_ignored) == (1, 1, 1)
    # wrong: the old figure still current, the correction missed
    s = score_facts([old, new], [replace(old, superseded=False)])
    assert s.overall == prf(0, 1, 1) and [m.kind for m in s.misses] == ["stale"]
    assert s.superseded_found == 0
    # the old figure current next to the corrected one: a false positive only
    s = score_facts([old, new], [replace(old, superseded=False), new])
    assert s.overall == prf(1, 1, 0) and [m.kind for m in s.misses] == ["stale"]


def test_superseded_predictions_are_not_predictions():
    s = score_facts(TRUTH, TRUTH + [replace(TRUTH[0], value=1, superseded=True)])
    assert s.overall["f1"] == 1.0 and s.predicted == 5 and s.superseded_predicted_ignored == 1
    s = score_facts(TRUTH, [replace(f, superseded=True) for f in TRUTH])
    assert s.overall == prf(0, 0, 5)


def test_needs_ocr_left_out_by_default_and_scored_on_request():
    scan = fact(R2, subject="tablets", value=48, needs_ocr=True)
    s = score_facts(TRUTH + [scan], TRUTH)
    assert s.overall["f1"] == 1.0 and s.expected == 5 and s.needs_ocr_excluded == 1
    # found anyway (an OCR'd scan): neither right nor wrong, even with another value
    s = score_facts(TRUTH + [scan], TRUTH + [replace(scan, value=49)])
    assert s.overall["f1"] == 1.0 and s.needs_ocr_found == 1
    s = score_facts(TRUTH + [scan], TRUTH, include_needs_ocr=True)
    assert s.overall == prf(5, 0, 1) and s.needs_ocr_excluded == 0


def test_missing_fact_held_as_superseded_is_diagnosed_not_a_false_positive():
    s = score_facts(TRUTH, [replace(TRUTH[0], superseded=True)] + TRUTH[1:])
    assert s.overall == prf(4, 0, 1)
    assert [m.kind for m in s.misses] == ["marked_superseded"] and s.misses[0].found.superseded
    # also when it was set aside under another period
    s = score_facts(TRUTH, [replace(TRUTH[0], superseded=True, period_start="2019-01-01")] + TRUTH[1:])
    assert [m.kind for m in s.misses] == ["marked_superseded"] and s.overall == prf(4, 0, 1)


def test_partial_periods_matched_on_their_start_only_when_asked():
    to_date = fact(start="2021-01-01", end="2021-09-29", period="2021 (to date)", value=7)
    whole_year = replace(to_date, period_end="2021-12-31", period="2021")
    assert score_facts([to_date], [whole_year]).overall == prf(0, 1, 1)
    assert score_facts([to_date], [whole_year], partial_periods=True).overall == prf(1, 0, 0)
    # a whole year that ends earlier than the truth's partial one is still wrong in the lenient reading
    early = replace(whole_year, period_end="2021-06-30")
    assert score_facts([to_date], [early], partial_periods=True).overall == prf(0, 1, 1)


def test_partial_periods_match_on_start_and_canonical_label():
    # the truth ends "2021 (to date)" on the request's date, the warehouse on the reply's date
    to_date = fact(start="2021-01-01", end="2021-09-29", period="2021 (to date)", value=7)
    at_reply = replace(to_date, period_end="2021-10-20", period="2021 (year to date)")
    assert score_facts([to_date], [at_reply]).overall == prf(1, 0, 0)
    assert score_facts([to_date], [replace(at_reply, period="2021 YTD")]).overall == prf(1, 0, 0)
    # a different start, or another period with the same start, is wrong
    assert score_facts([to_date], [replace(at_reply, period_start="2021-04-01",
                                           period="2021-22 (to date)")]).overall == prf(0, 1, 1)
    assert score_facts([to_date], [replace(at_reply, period="2021-22 to date")]).overall == prf(0, 1, 1)
    # a partial period is not the whole period
    assert score_facts([to_date], [replace(to_date, period="2021")]).overall == prf(0, 1, 1)


def test_exemptions_compared_in_the_agreed_form():
    truth = [req(R1, "rejected", ["s21(1)", "s12(1)", "s14(1)"], questions=[(None, "s21(1)")])]
    found = {R1: req(R1, "rejected", ["s21", "s12", "s14(1)"], questions=[(None, "s21")])}
    s = score_requests(truth, found)
    assert s.exemptions["f1"] == 1.0 and s.question_exemptions["f1"] == 1.0
    # other subsections are kept: s14 is not s14(1)
    s = score_requests(truth, {R1: req(R1, "rejected", ["s21", "s12", "s14"])})
    assert s.exemptions["tp"] == 2 and s.exemptions["fp"] == 1


def test_duplicate_predictions_under_one_key():
    s = score_facts([TRUTH[0]], [TRUTH[0], replace(TRUTH[0], value=99)])
    assert s.overall == prf(1, 1, 0) and [m.kind for m in s.misses] == ["extra"]


def test_request_filter():
    s = score_facts(TRUTH, TRUTH[:1] + [fact(R2, value=1)], request_ids={R1})
    assert s.overall == prf(1, 0, 3) and s.expected == 4


def req(rid, outcome, exemptions=(), ncnd=False, pit=False, questions=()):
    return RequestResult(rid, outcome, frozenset(exemptions), ncnd, pit, frozenset(questions))


def test_requests_perfect():
    truth = [req(R1, "partially_successful", ["s31(3)"], True, True, [("2c", "s31(3)")]),
             req(R2, "successful")]
    s = score_requests(truth, {r.request_id: r for r in truth})
    assert s.outcome["accuracy"] == 1.0 and s.exemptions["f1"] == 1.0 and s.ncnd["accuracy"] == 1.0
    assert s.ncnd["tp"] == 1 and s.public_interest_test["f1"] == 1.0 and s.question_exemptions["f1"] == 1.0
    assert s.misses == []


def test_requests_outcome_confusion_and_exemption_micro_f1():
    truth = [req("wdtk:1", "rejected", ["s12"]), req("wdtk:2", "partially_successful", ["s43(2)", "s40(2)"]),
             req("wdtk:3", "successful"), req("wdtk:4", "not_held")]
    found = {"wdtk:1": req("wdtk:1", "rejected", ["s12"]),
             "wdtk:2": req("wdtk:2", "rejected", ["s43(2)", "s21"]),
             "wdtk:3": req("wdtk:3", "successful")}      # wdtk:4 not in the warehouse
    s = score_requests(truth, found)
    assert (s.outcome["correct"], s.outcome["total"]) == (2, 4) and s.outcome["accuracy"] == 0.5
    assert s.confusion == {"not_held": {scoring.MISSING: 1}, "partially_successful": {"rejected": 1},
                           "rejected": {"rejected": 1}, "successful": {"successful": 1}}
    assert s.outcome["by_outcome"]["rejected"] == prf(1, 1, 0)
    assert (s.exemptions["tp"], s.exemptions["fp"], s.exemptions["fn"]) == (2, 1, 1)
    assert s.exemptions["by_exemption"]["s21"] == prf(0, 1, 0)
    assert {m["request_id"] for m in s.misses} == {"wdtk:2", "wdtk:4"}
    miss2 = next(m for m in s.misses if m["request_id"] == "wdtk:2")
    assert miss2["outcome"] == ["partially_successful", "rejected"]
    assert miss2["exemptions"] == [["s40(2)", "s43(2)"], ["s21", "s43(2)"]]


def test_ncnd_and_public_interest_flags():
    truth = [req("wdtk:1", "rejected", ["s31(3)"], ncnd=True, pit=True), req("wdtk:2", "successful"),
             req("wdtk:3", "successful")]
    found = {"wdtk:1": req("wdtk:1", "rejected", ["s31(3)"], ncnd=False, pit=True),
             "wdtk:2": req("wdtk:2", "successful", ncnd=True), "wdtk:3": req("wdtk:3", "successful")}
    s = score_requests(truth, found)
    assert (s.ncnd["tp"], s.ncnd["fp"], s.ncnd["fn"], s.ncnd["correct"]) == (0, 1, 1, 1)
    assert s.ncnd["accuracy"] == pytest.approx(1 / 3)
    assert s.public_interest_test["accuracy"] == 1.0 and s.public_interest_test["tp"] == 1


def test_targets():
    f = score_facts(TRUTH, TRUTH)
    r = score_requests([req(R1, "successful")], {R1: req(R1, "rejected")})
    t = scoring.check_targets(f, r)
    assert t["facts_f1"]["met"] and t["exemptions_f1"]["met"] and not t["outcome_accuracy"]["met"]


def test_truth_records_reads_the_documented_format_and_rejects_others():
    truth = {"survey": "s", "batch_id": 1, "requests": [
        {"request_id": 707, "outcome": "partially_successful", "exemptions": ["s31(3)"], "ncnd": True,
         "public_interest_test": True, "in_batch": True,
         "questions": [{"question": "2c", "outcome": "rejected", "exemptions": ["s31(3)"], "ncnd": True}],
         "facts": [{"question": "1a", "subject": "laptops", "period": "2019-20", "period_start": "2019-04-01",
                    "period_end": "2020-03-31", "measure": "count", "value": 426, "approx": False,
                    "superseded": False, "needs_ocr": False, "source": "message"}]}]}
    requests, facts, rows = scoring.truth_records(truth)
    assert requests == [req("wdtk:707", "partially_successful", ["s31(3)"], True, True, [("2c", "s31(3)")])]
    assert facts[0].key == ("wdtk:707", "laptops", "2019-04-01", "2020-03-31", "count")
    assert set(rows) == {"wdtk:707"}
    with pytest.raises(ValueError, match="requests"):
        scoring.truth_records({"survey": "s"})
    with pytest.raises(ValueError, match="request_id 9"):
        scoring.truth_records({"requests": [{"request_id": 9, "facts": [{"value": 1}]}]})


# ------------------------------------------------------------------ the command, on a small real warehouse


def _warehouse(path, answers, outcomes, refusals=()):
    from warehouse import db

    con = db.connect(path)
    try:
        con.execute(db.sql_text("normalized.sql"))
        con.execute("INSERT INTO requests (request_id, source, source_request_id, authority_key) VALUES "
                    "('wdtk:1', 'whatdotheyknow', '1', 'BNE'), ('wdtk:2', 'whatdotheyknow', '2', 'CMD')")
        con.execute("INSERT INTO authorities (authority_key, name, source) VALUES "
                    "('BNE', 'London Borough of Barnet', 'register'), ('CMD', 'London Borough of Camden', 'register')")
        for i, a in enumerate(answers):
            con.execute(
                "INSERT INTO answers (answer_id, authority_key, request_id, survey, subject, period, period_start,"
                " period_end, measure, value, approx, quote, status, extractor_version, conflict) VALUES "
                "(?, NULL, ?, 'demo', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', false)",
                [f"a{i}", a.request_id, a.subject, a.period, a.period_start, a.period_end, a.measure, a.value,
                 a.approx, "quoted text", "superseded" if a.superseded else "extracted"])
        for o in outcomes:
            con.execute("INSERT INTO request_outcomes (request_id, outcome, exemptions, ncnd, public_interest_test,"
                        " extractor_version) VALUES (?, ?, ?, ?, ?, 'test')",
                        [o.request_id, o.outcome, sorted(o.exemptions), o.ncnd, o.public_interest_test])
        for rid, q, x in refusals:
            con.execute("INSERT INTO refusals (request_id, question, exemption, extractor_version) "
                        "VALUES (?, ?, ?, 'test')", [rid, q, x])
    finally:
        con.close()


def _truth_file(path):
    rows = []
    for rid, outcome, exemptions, facts in (
            (1, "successful", [], TRUTH[:4]), (2, "rejected", ["s12"], TRUTH[4:])):
        rows.append({
            "request_id": rid, "outcome": outcome, "exemptions": exemptions, "ncnd": False,
            "public_interest_test": False, "in_batch": True, "local_authority_code": "X",
            "questions": [{"question": q, "outcome": outcome, "exemptions": exemptions} for q in ("1a", "2a")],
            "facts": [{"question": "1a", "subject": f.subject, "period": f.period, "period_start": f.period_start,
                       "period_end": f.period_end, "measure": f.measure, "value": f.value, "approx": f.approx,
                       "superseded": False, "needs_ocr": False, "source": "message"} for f in facts]})
    rows.append({"request_id": 3, "outcome": "successful", "exemptions": [], "ncnd": False,
                 "public_interest_test": False, "in_batch": False, "questions": [], "facts": []})
    path.write_text(json.dumps({"survey": "demo", "batch_id": 1, "requests": rows}))
    return path


def test_command_scores_a_real_warehouse(tmp_path, capsys):
    from benchmarks import score_extraction

    db_file = tmp_path / "w.duckdb"
    wrong = replace(TRUTH[1], value=616)
    _warehouse(db_file, [TRUTH[0], wrong, TRUTH[2], TRUTH[3], TRUTH[4]],
               [req(R1, "successful"), req(R2, "rejected", ["s12"])], refusals=[(R2, None, "s12")])
    out_json = tmp_path / "score.json"
    code = score_extraction.main(["--db", str(db_file), "--truth", str(_truth_file(tmp_path / "t.json")),
                                  "--json", str(out_json), "--check"])
    printed = capsys.readouterr().out
    assert code == 1                                   # facts F1 0.8 < 0.95
    result = json.loads(out_json.read_text())
    assert result["facts"]["overall"]["tp"] == 4 and result["facts"]["overall"]["fn"] == 1
    assert result["facts"]["overall"]["fp"] == 1
    assert result["requests"]["outcome"]["accuracy"] == 1.0 and result["requests"]["exemptions"]["f1"] == 1.0
    # a refusal naming no question covers every question the truth lists
    assert result["requests"]["question_exemptions"]["f1"] == 1.0
    assert result["requests_scored"] == 2 and result["requests_not_crawled"] == 1
    assert result["targets"]["facts_f1"]["met"] is False and result["targets"]["outcome_accuracy"]["met"]
    assert "London Borough of Barnet [wdtk:1] wrong_value: laptops count 2019-20: expected 617 found 616" in printed
    assert "NOT MET" in printed and "fact values" in printed


def test_command_errors_are_clear(tmp_path, capsys):
    from benchmarks import score_extraction

    assert score_extraction.main(["--db", str(tmp_path / "none.duckdb"), "--json", "-"]) == 2
    assert "No warehouse" in capsys.readouterr().err
    duckdb.connect(str(tmp_path / "empty.duckdb")).close()
    assert score_extraction.main(["--db", str(tmp_path / "empty.duckdb"), "--json", "-"]) == 2
    assert "foi extract" in capsys.readouterr().err
    (tmp_path / "bad.json").write_text("{not json")
    assert score_extraction.main(["--db", str(tmp_path / "empty.duckdb"), "--truth",
                                  str(tmp_path / "bad.json"), "--json", "-"]) == 2
    assert "not JSON" in capsys.readouterr().err
