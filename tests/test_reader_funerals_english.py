"""How councils write replies the reader first met on the public-health-funerals topic, each rule tested with real
reply text (the reply named in each test, from tests/files/real_set/public-health-funerals/<slug>.txt, cut to the
lines that matter)."""

from __future__ import annotations

from pathlib import Path

from reader import load_survey, parse_reply

SET = Path(__file__).resolve().parent / "files" / "real_set"
SURVEYS = SET / "surveys"
DRAFTED = SET / "drafted"


def facts(text: str, survey) -> set[tuple]:
    return {(f.question, f.measure, f.period, f.value) for f in parse_reply(text, survey).facts}


def statuses(text: str, survey) -> dict[str, str]:
    return {q.question: q.outcome for q in parse_reply(text, survey).questions}


def test_a_table_of_one_row_per_year_run_onto_one_line_gives_each_figure_the_year_before_it():
    # northampton-public-health-funerals-nbc3962-1056-15: the header once, then year, count, cost for each year;
    # the costs had been given the next row's year and the last cost read as a count
    text = ("1) How many public health funerals has this local authority arranged each year? 2) How much money has "
            "this local authority spent on public health funerals each year?\n\n"
            "Financial Year Number of public health funerals paid for Total Cost (£) by the Council 2010/2011 18 "
            "18,518.11 2011/2012 36 28,684.78 2012/2013 28 9,699.61 2013/2014 29 21,367.20 2014/2015 16 25,010\n")
    for survey in (load_survey(SURVEYS / "public-health-funerals-2010-2015.toml"),
                   load_survey(DRAFTED / "public-health-funerals-2010-2015.edited.toml")
                   if (DRAFTED / "public-health-funerals-2010-2015.edited.toml").exists()
                   else load_survey(DRAFTED / "public-health-funerals-2010-2015.toml")):
        got = facts(text, survey)
        assert ("1", "count", "2010/2011", 18.0) in got
        assert ("2", "total_cost_gbp", "2010/2011", 18518.11) in got
        assert ("2", "total_cost_gbp", "2014/2015", 25010.0) in got
        assert ("1", "count", "2014/2015", 16.0) in got
        assert not any(v == 25010.0 and m == "count" for _, m, _, v in got)
