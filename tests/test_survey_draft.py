"""`foi survey draft` / `foi survey check` (reader/draft.py) on real requests' wording.

The requests below are real round-robin requests as councils restated them or as WhatDoTheyKnow shows them: the
2021 remote-working request as Barnet restated it (the seed), the 2021 'Littering and Fly-tipping' round-robin, and
a 2025 request about environmental fixed penalty notices whose numbers run into the text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner

from foi.cli import cli
from reader import load_survey
from reader.draft import check_survey, draft_survey, split_questions, to_toml
from reader.survey import parse_survey
from dev.corpus_gen.render_text import REQUEST_TEXT
from warehouse import db

# the request as Barnet restated it (the demo corpus's generator holds the same words), with the line after it
SEED = REQUEST_TEXT + "\n\nWe have processed this request under the Freedom of Information Act 2000.\n"

LITTERING = """Could you please answer the following questions with regards to Littering and Fly-tipping in your area - thank you!

Littering:
Please could you provide the requested data per year for the last 5 years (2015- 2020)

1. What is the fine cost of a littering Fixed Penalty Notice (FPN)?
2. How many FPNs did you issue for littering?
3. How many FPNs for littering were paid for each year over the last 5 years?
4. How many council complaints have you had for littering?

Thank you so much,
Ellen Blacow
"""

FPNS = ("I am writing to request information under the Freedom of Information Act 2000 regarding the issuing of Fixed "
        "Penalty Notices (FPNs) within your local authority area.Please could you provide the following information:"
        "1.Does your council employ a private contractor or external company to issue environmental FPNs? If yes, "
        "please provide the name(s) of the contractor(s) and the date when the contract commenced.2.Please provide "
        "the total number of environmental Fixed Penalty Notices (e.g. for littering, fly tipping, dog fouling) "
        "issued by your council for each of the following financial years: 2020-21, 2021-22, 2022-23, 2023-24 and "
        "2024-25 3. Please state the total income received by the council from environmental FPNs in each of the "
        "following years: 2020-21, 2021-22, 2022-23, 2023-24 and 2024-25")


def loads(d) -> object:
    return parse_survey(to_toml(d), f"{d.name}.toml")


def test_the_seed_request_gives_its_six_parts_with_their_subjects():
    d = draft_survey(SEED, "seed", asked_on=dt.date(2021, 9, 29))
    assert [(q.id, q.subject) for q in d.questions] == [
        ("1a", "laptops"), ("1b", "tablet_computers"), ("1c", "mobile_phones"), ("2a", "zoom_accounts"),
        ("2b", "office_365_account"), ("2c", "cyber_security_software")]
    assert d.questions[0].measures == ["count", "unit_cost_gbp"]      # "the estimated cost for each purchase"
    # "broken down by year (September 2021, September 2020, September 2019)": the year to each September
    assert [(p.label, p.start, p.end) for p in d.periods] == [
        ("September 2021", dt.date(2020, 10, 1), dt.date(2021, 9, 30)),
        ("September 2020", dt.date(2019, 10, 1), dt.date(2020, 9, 30)),
        ("September 2019", dt.date(2018, 10, 1), dt.date(2019, 9, 30))]
    s = loads(d)
    assert s.question("2c").subject == "cyber_security_software"
    assert s.subjects["tablet_computers"].synonyms == (r"tablet[\s-]*computers?",)
    assert check_survey(s) == []


def test_a_fixed_penalty_round_robin_tells_counts_from_prices_and_reads_its_years():
    d = draft_survey(LITTERING, "littering", asked_on=dt.date(2021, 6, 1))
    qs = {q.id: q for q in d.questions}
    assert list(qs) == ["1", "2", "3", "4"]                          # the sign-off is not a question
    assert qs["1"].measures == ["unit_cost_gbp"]                       # "the fine cost of a ... FPN"
    assert qs["2"].measures == ["count"]
    assert qs["3"].measures == ["count"]                               # "how many ... were paid": a count
    assert qs["2"].subject != qs["3"].subject                          # issued and paid told apart
    # "(2015- 2020)" names the years; "the last 5 years" in question 3 does not move them
    assert qs["3"].periods == ["2015", "2016", "2017", "2018", "2019", "2020"]
    assert "read as calendar years: check" in to_toml(d)
    loads(d)


def test_numbers_run_into_the_text_still_split_the_questions():
    d = draft_survey(FPNS, "fpns", asked_on=dt.date(2025, 11, 6))
    assert [q.id for q in d.questions] == ["1", "2", "3"]
    q2, q3 = d.questions[1], d.questions[2]
    assert q2.measures == ["count"] and q3.measures == ["total_cost_gbp"]   # "the total income received"
    assert q2.periods == q3.periods == ["2020-21", "2021-22", "2022-23", "2023-24", "2024-25"]
    assert d.periods[0].start == dt.date(2020, 4, 1)
    assert q3.subject == "environmental_fpns"
    # a yes/no question gets a subject from its words, marked as a guess
    assert "check: no counted thing found" in to_toml(d)
    loads(d)


def test_a_request_with_no_numbers_gives_its_asking_sentences():
    pairs = split_questions("Dear Council,\n\nHow many electric vehicle charge points has the council installed "
                            "since 2020? What was the total cost of installing them?\n\nYours faithfully,\nA")
    assert [p[0] for p in pairs] == ["1", "2"]
    assert pairs[1][1].startswith("What was the total cost")


def test_check_names_what_the_reader_cannot_use(tmp_path):
    s = parse_survey("""
name = "bad"
title = "Bad"
[periods]
asked = [{ label = "2020", start = "2020-01-01", end = "2020-12-31" }]
[subjects.pcns]
label = "PCNs"
synonyms = ["pcns?", "number"]
[subjects.paid]
label = "PCNs paid"
synonyms = ["pcns?"]
[subjects.unused]
label = "Unused"
synonyms = ["unused"]
[[questions]]
id = "1"
text = "How many penalty charge notices were issued?"
subject = "pcns"
measures = ["count"]
[[questions]]
id = "2"
text = "How many were paid in 2020?"
subject = "paid"
measures = ["count"]
periods = ["2020"]
""", "bad.toml")
    problems = "\n".join(check_survey(s))
    assert "subject 'unused' is asked by no question" in problems
    assert "synonym 'number' is a word every reply uses" in problems
    assert "'paid' and 'pcns' share" in problems or "'pcns' and 'paid' share" in problems
    assert "question 1: none of subject 'pcns''s synonyms" in problems


def test_foi_survey_draft_writes_a_survey_that_loads_and_check_accepts(tmp_path):
    request = tmp_path / "request.txt"
    request.write_text(SEED, encoding="utf-8")
    out = tmp_path / "surveys" / "seed.toml"
    r = CliRunner().invoke(cli, ["survey", "draft", str(request), "--name", "seed", "--asked-on", "2021-09-29",
                                 "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "6 questions" in r.output and f"foi survey check {out}" in r.output
    assert load_survey(out).question("1a").periods == ("September 2021", "September 2020", "September 2019")
    r = CliRunner().invoke(cli, ["survey", "check", str(out)])
    assert r.exit_code == 0 and "nothing the reader cannot use" in r.output


def test_foi_survey_draft_reads_a_crawled_request(tmp_path):
    path = tmp_path / "foi.duckdb"
    con = db.connect(path)
    db.upsert(con, "requests", [{"request_id": "wdtk:707489", "source": "whatdotheyknow", "title": "Fly tipping",
                                 "source_url": "https://www.whatdotheyknow.com/request/x", "batch_id": 99}])
    db.upsert(con, "messages", [{"message_id": "wdtk:out:1", "request_id": "wdtk:707489", "direction": "outgoing",
                                 "sent_at": dt.datetime(2021, 6, 1, 9, tzinfo=dt.timezone.utc), "body_text": LITTERING,
                                 "source_url": "https://www.whatdotheyknow.com/request/x#outgoing-1"}])
    con.close()
    r = CliRunner().invoke(cli, ["survey", "draft", "--batch", "99", "--db", str(path), "--name", "tips"])
    assert r.exit_code == 0, r.output
    assert 'title = "Fly tipping"' in r.output and 'id = "4"' in r.output
    r = CliRunner().invoke(cli, ["survey", "draft", "--batch", "5", "--db", str(path)])
    assert r.exit_code == 1 and "no request of batch 5" in r.output


def test_foi_survey_mistakes_are_one_line_errors(tmp_path):
    r = CliRunner().invoke(cli, ["survey", "draft"])
    assert r.exit_code == 2 and "exactly one of FILE" in r.output
    r = CliRunner().invoke(cli, ["survey", "draft", str(tmp_path / "missing.txt")])
    assert r.exit_code == 1 and "cannot open" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(cli, ["survey", "check", "no-such-survey"])
    assert r.exit_code == 1 and "unknown survey" in r.output


def test_foi_survey_draft_reads_the_request_in_a_saved_replys_header():
    # East Cambridgeshire's reply in the real set: its '# obtained:' and '# request:' both run over several lines
    path = Path(__file__).parent / "files" / "real_set" / "empty-homes" / "eastcambs-empty-properties-list-2025.txt"
    r = CliRunner().invoke(cli, ["survey", "draft", str(path), "--name", "empty"])
    assert r.exit_code == 0, r.output
    assert "stored copy" not in r.output            # the header's other lines are not the request
    assert 'id = "1"' in r.output and 'id = "3"' in r.output


# --- rules drawn from the real set's requests (tests/files/real_set/drafted/) ---------------------------------

def ids(request: str) -> list[str]:
    return [qid for qid, _, _ in split_questions(request)]


def test_a_request_in_sections_numbers_the_second_on_from_the_first():
    text = ("Littering:\n1. What is the fine for littering?\n2. How many FPNs did you issue?\n\n"
            "Fly-tipping:\n1. What is the fine for fly-tipping?\n2. How many fly-tipping FPNs have you issued?\n")
    assert ids(text) == ["1", "2", "3", "4"]


def test_parts_numbered_1a_1b_keep_their_numbers():
    text = ("Please provide the data for three time periods.\n\n1a. Number of households with children aged under 5\n"
            "1b. Number of households with children (under 5) for more than 6 weeks\n\n"
            "2a. Number of households with children aged under 5 in b&b\n")
    assert ids(text) == ["1a", "1b", "2a"]


def test_a_numbered_question_with_parts_under_it_is_a_question_too():
    text = ("1. How many digital devices did you forecast your authority would need?\n\n"
            "a. Of these devices, how many were laptops?\n\nb. On which date did you make this application?\n\n"
            "2. How many digital devices were allocated to your authority?\n")
    assert ids(text) == ["1", "1a", "1b", "2"]


def test_lettered_questions_with_no_number_over_them_are_questions_1_2():
    text = ("Could you kindly provide me with:\na) The total number of empty residential properties currently.\n"
            "b) The above split by the reasons that they are empty.\n")
    assert ids(text) == ["1", "2"]


def test_a_list_of_unnumbered_asks_gives_one_question_each():
    text = ("Please may you provide me with data on:\n"
            "- Total number of fly tipping incidents in 2020/2021 and 2022 to date\n"
            "- Total cost of removal for fly-tipping incidents in 2020/2021\n")
    assert ids(text) == ["1", "2"]


def test_q_dot_numbers_with_no_stop_after_them_are_question_numbers():
    text = "Q.1 Which department enforces against littering?\nQ.2 How many FPNs did you issue for littering in 2018?\n"
    assert ids(text) == ["1", "2"]


def test_the_last_n_financial_years_are_counted_back_from_the_day_asked_not_read_off_the_bracket():
    d = draft_survey("1. How much has the council spent on temporary accommodation in each of the last five financial "
                     "years (2019-2023)?\n2. How many households were placed?\n", "ta", asked_on=dt.date(2023, 9, 4))
    assert [p.label for p in d.periods] == ["2018-19", "2019-20", "2020-21", "2021-22", "2022-23"]
    assert d.questions[0].measures == ["total_cost_gbp"]        # "in each of the last five years" is not "each"


def test_since_a_financial_year_runs_to_the_latest_the_request_names_and_back_references_repeat_it():
    text = ("Each question is seeking a number for each financial year the latest of which would be 2024/25\n\n"
            "1. How many homelessness applications have there been for each year since 2018/19.\n\n"
            "2. How many children were housed in temporary accommodation in each year referred to above.\n")
    d = draft_survey(text, "homeless", asked_on=dt.date(2025, 9, 15))
    q1, q2 = d.questions
    assert q1.periods == ["2018-19", "2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25"]
    assert q2.periods == q1.periods


def test_per_calendar_year_since_a_date_is_every_year_to_the_day_asked_and_is_not_a_unit_cost():
    d = draft_survey("1. Spending on computers and laptops by your department, per calendar year since 1st January "
                     "2013 (separated by year)\n2. Number of computers and laptops purchased by your department, "
                     "per calendar year since 1st January 2013\n", "pcs", asked_on=dt.date(2017, 10, 13))
    assert [p.label for p in d.periods] == ["2013", "2014", "2015", "2016", "2017"]
    assert d.questions[0].measures == ["total_cost_gbp"]
    assert d.questions[0].subject == "computers_and_laptops"    # "spending on X" is spending on X


def test_a_long_title_still_makes_a_membership_pattern_that_loads():
    d = draft_survey("1 - How many qualified social workers were working on a temporary (agency) basis?\n"
                     "2 - How many on 3rd August 2020?\n", "agency")
    loads(d)


def test_foi_survey_draft_reads_the_day_asked_from_a_request_file(tmp_path):
    path = tmp_path / "request.txt"
    path.write_text("# from: somewhere.txt\n# asked_on: 2023-09-04 (sent)\n\n1. How much has the council spent on "
                    "temporary accommodation in each of the last two financial years?\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["survey", "draft", str(path), "--name", "ta"])
    assert r.exit_code == 0, r.output
    assert '"2021-22"' in r.output and '"2022-23"' in r.output and "from:" not in r.output.split("name =")[1]
