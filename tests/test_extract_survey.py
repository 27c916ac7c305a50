"""Survey files: the bundled one loads; a broken one says which file, which line and what is wrong."""

from __future__ import annotations

import pytest

from reader import SurveyError, available_surveys, load_survey

GOOD = """\
name = "remote"
title = "Remote working"

[membership]
batch_ids = [1234]
title_patterns = ["remote working"]

[periods]
asked = [{ label = "2019-20", start = 2019-04-01, end = 2020-03-31 }]

[subjects.laptops]
synonyms = ["laptops?"]

[[questions]]
id = "1a"
text = "Laptops"
subject = "laptops"
measures = ["count"]
periods = ["2019-20"]
"""


def write(tmp_path, text, name="remote.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_survey():
    assert "remote-working-2021" in available_surveys()
    s = load_survey("remote-working-2021")
    assert [q.id for q in s.questions] == ["1a", "1b", "1c", "2a", "2b", "2c"]
    assert set(s.subjects) == {"laptops", "tablets", "mobile_phones", "zoom_accounts", "office365_accounts",
                               "cyber_security"}
    assert [p.label for p in s.periods] == ["2018-19", "2019-20", "2020-21"]
    assert "September 2021" in s.period_note
    # every measure has its label and unit; the bundled survey's questions ask for counts and money only
    assert set(s.measures) == {"count", "unit_cost_gbp", "total_cost_gbp", "percent", "days", "hours",
                                "square_feet", "square_metres", "kilometres", "miles", "metres", "tonnes", "kilograms",
                                "grams", "kwh", "mwh", "gwh", "litres", "millilitres", "hectares", "acres", "minutes", "weeks", "months", "years"}
    assert {m for q in s.questions for m in q.measures} == {"count", "unit_cost_gbp", "total_cost_gbp"}
    assert s.question_for("zoom_accounts") == "2a"
    found = {k for _, _, k in s.find_subjects("Chromebooks, iPads, smartphones, Zoom licences, M365 licenses and "
                                              "cyber security products")}
    assert found == set(s.subjects)
    assert not s.find_subjects("please call [mobile number]")
    assert s.belongs(title="Remote working devices and software")
    assert not s.belongs(title="Parking fines 2021")


def test_a_subject_says_what_its_figures_can_plausibly_be(tmp_path):
    s = load_survey(write(tmp_path, GOOD.replace('synonyms = ["laptops?"]', 'synonyms = ["laptops?"]\n'
                                                 'plausible = { unit_cost_gbp = [150, 4000], count = [0, 50000] }')))
    assert s.subjects["laptops"].plausible == (("unit_cost_gbp", 150.0, 4000.0), ("count", 0.0, 50000.0))
    assert load_survey(write(tmp_path, GOOD)).subjects["laptops"].plausible == ()


def test_load_by_path(tmp_path):
    s = load_survey(write(tmp_path, GOOD))
    assert s.name == "remote" and s.batch_ids == (1234,)
    assert s.periods[0].start.isoformat() == "2019-04-01"


@pytest.mark.parametrize("law", ["foi", "foisa", "eir"])
def test_a_survey_names_the_law_asked_under_scotlands_included(tmp_path, law):
    s = load_survey(write(tmp_path, GOOD.replace('title = "Remote working"', f'title = "Remote working"\nlaw = "{law}"')))
    assert s.law == law


@pytest.mark.parametrize("bad, needle, line", [
    (GOOD.replace('synonyms = ["laptops?"]', "synonyms = []"), "subject 'laptops' has no synonyms", 12),
    (GOOD.replace('subject = "laptops"', 'subject = "laptop"'), "subject 'laptop' is not one of the [subjects]", 17),
    (GOOD.replace('measures = ["count"]', 'measures = ["count", "weight"]'), "unknown measure 'weight'", 18),
    (GOOD.replace('periods = ["2019-20"]', 'periods = ["2019-20", "2020-21"]'), "period '2020-21' is not in periods.asked", 19),
    (GOOD.replace('id = "1a"', 'id = "one"'), "question id 'one'", 15),
    (GOOD.replace('synonyms = ["laptops?"]', 'synonyms = ["laptops("]'), "not a valid pattern", 12),
    (GOOD.replace("end = 2020-03-31", "end = 2019-03-31"), "ends (2019-03-31) before it starts", 9),
    (GOOD.replace("batch_ids = [1234]", 'batch_ids = ["x"]'), "batch_ids must be a list of whole numbers", 5),
    (GOOD.replace('title_patterns = ["remote working"]', 'title_patterns = ["remote ("]'), "not a valid pattern", 6),
    (GOOD.replace('synonyms = ["laptops?"]', 'synonyms = ["laptops?"]\nplausible = { unit_cost_gbp = [4000, 150] }'),
     "plausible unit_cost_gbp must be [low, high]", 13),
    (GOOD.replace('synonyms = ["laptops?"]', 'synonyms = ["laptops?"]\nplausible = { weight = [1, 2] }'),
     "plausible names unknown measure 'weight'", 13),
])
def test_errors_name_file_and_line(tmp_path, bad, needle, line):
    with pytest.raises(SurveyError) as err:
        load_survey(write(tmp_path, bad))
    message = str(err.value)
    assert message.startswith(f"remote.toml line {line}:"), message
    assert needle in message


def test_toml_syntax_error_carries_line(tmp_path):
    with pytest.raises(SurveyError) as err:
        load_survey(write(tmp_path, GOOD.replace('title = "Remote working"', 'title = "Remote working')))
    assert "remote.toml" in str(err.value) and "line 2" in str(err.value)


def test_missing_keys_and_unknown_names(tmp_path):
    with pytest.raises(SurveyError, match="missing required key 'questions'"):
        load_survey(write(tmp_path, GOOD.split("[[questions]]")[0]))
    with pytest.raises(SurveyError, match="unknown survey 'nope'.*remote-working-2021"):
        load_survey("nope")
    with pytest.raises(SurveyError, match="no such survey file"):
        load_survey(tmp_path / "missing.toml")


def test_results_are_put_in_the_order_of_the_surveys_questions():
    from types import SimpleNamespace as R

    survey = load_survey("remote-working-2021")
    ids = [q.id for q in survey.questions]
    assert len(ids) >= 2
    first, second = ids[0], ids[1]
    given = [R(question="not-asked", n=0), R(question=second, n=1), R(question=first, n=2), R(question=first, n=3)]
    got = survey.in_order(given)
    # the survey's order; one question's results as given; a question the survey does not ask last
    assert [(r.question, r.n) for r in got] == [(first, 2), (first, 3), (second, 1), ("not-asked", 0)]
    assert survey.in_order([]) == []
