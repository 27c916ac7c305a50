"""`foi survey draft` / `foi survey check` (reader/draft.py) on real requests' wording.

The requests below are real round-robin requests as councils restated them or as WhatDoTheyKnow shows them: the
2021 remote-working request as Barnet restated it (the seed), the 2021 'Littering and Fly-tipping' round-robin, and
a 2025 request about environmental fixed penalty notices whose numbers run into the text.
"""

from __future__ import annotations

import datetime as dt
import re
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
    text = ("Request for information 1:\n\nThe names of the recruitment agencies you use.\n\n"
            "Request for information 2:\n\nA copy of the contract with the managed service provider.\n")
    assert [q[1] for q in split_questions(text)] == ["The names of the recruitment agencies you use.",
                                                     "A copy of the contract with the managed service provider."]


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
    starts = {p.label: p.start.year for p in d.periods}
    assert [starts[label] for label in q1.periods] == list(range(2018, 2025))     # 2018/19 ... 2024/25
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


def test_numbers_and_their_numbered_parts_are_read_together():
    text = ("1. What was the value of spend on temporary staff from recruitment agencies?\n\n"
            "1a. Please ensure that a gross spend value is detailed.\n\n2. If you have a managed service provider, "
            "please provide the following.\n\n2a. How was the contract sent?\n\n2b. Who was the contract sent to?\n\n"
            "3. If you use frameworks please state which frameworks you use\n\n"
            "Q4a. Do you print penalty charge notices in-house?\n")
    assert ids(text) == ["1", "1a", "2", "2a", "2b", "3", "4a"]


def test_parts_lettered_inside_a_sentence_are_parts():
    text = ("• How many private sector homes are currently long-term vacant?\n\n"
            "• How many of these properties have been vacant for over a) two years b) five years and c) ten years?\n"
            "• In the year 2016-2017 how many empty homes have been brought into use?\n")
    assert ids(text) == ["1", "2a", "2b", "2c", "3"]
    # a section's lettered subsection in an Act is not a part
    assert ids("1. How many notices under section 31(1)(a) were issued?\n2. How many were paid?\n") == ["1", "2"]


def test_roman_numbered_questions_with_no_number_over_them_are_questions_1_2_3():
    text = ("I would like the information broken down into the following:\n\n(i) The number of people placed into "
            "temporary accommodation?\n\n(ii) The average length of stay?\n\n(iii) The total cost of temporary "
            "accommodation to the council?\n")
    assert ids(text) == ["1", "2", "3"]


def test_letters_run_past_h_when_a_list_is_long():
    parts = "\n".join(f"{chr(ord('a') + i)}. {w} years" for i, w in enumerate(
        ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]))
    text = "1) How many homes have been vacant for the following numbers of years:\n\n" + parts + "\n\n2) How much money?\n"
    assert ids(text)[-3:] == ["1i", "1j", "2"]


def test_unnumbered_requests_give_each_line_or_sentence_that_asks_and_keep_a_question_s_detail_with_it():
    lines = ("Number of reports of fly-tipping recorded in each year since a national system was introduced,\n"
             "number of reports recorded for those years for each local authority,\n"
             "number of reports that have resulted in prosecution/legal action.\n")
    assert ids(lines) == ["1", "2", "3"]
    text = ("In each of the last three financial years please state what the income was to TfL from fines levied "
            "to people who breached bus lane regulations?\nIn the last financial year which ten roads were "
            "responsible for the most tickets? Please give the name of all ten roads and the number of tickets "
            "issued.\n")
    qs = split_questions(text)
    assert [q[0] for q in qs] == ["1", "2"] and "Please give the name" in qs[1][1]
    intro = ("I am conducting research into senior interims.\n\nI would be grateful if you could provide answers "
             "to the following questions:-\nWhat was your total spend on interim executives?\n"
             "How many senior interims were employed?\n")
    assert [q[1][:8] for q in split_questions(intro)] == ["What was", "How many"]


def test_a_statutes_year_is_not_a_period_and_plain_year_lists_are_calendar_years():
    d = draft_survey("I am writing under the Freedom of Information Act 2000:\n1. How many electric vehicle chargers "
                     "have been installed in each of the last three years (2019, 2020, 2021)?\n", "ev",
                     asked_on=dt.date(2022, 2, 17))
    assert [p.label for p in d.periods] == ["2019", "2020", "2021"]
    # years written as financial years are read as written, not counted back from the day asked
    d = draft_survey("1. In each of the last three financial years (18/19) (19/20) and (20/21) please state how "
                     "much income has been accrued from motorists\n", "motoring", asked_on=dt.date(2022, 7, 19))
    assert [(p.start.isoformat(), p.end.isoformat()) for p in d.periods][0] == ("2018-04-01", "2019-03-31")


def test_a_range_of_dates_that_is_not_whole_years_stays_one_period():
    d = draft_survey("1. The cost of cleaning up fly-tipping in total from 1 November 2020 to 29 November 2021.\n"
                     "2. Numbers of recorded cases of fly-tipping from 1 November 2019 to 1 November 2021.\n", "scot",
                     asked_on=dt.date(2021, 12, 2))
    assert [(p.start.isoformat(), p.end.isoformat()) for p in d.periods] == [
        ("2020-11-01", "2021-11-29"), ("2019-11-01", "2021-11-01")]


def test_a_price_of_one_thing_is_a_unit_cost_and_repeated_things_get_a_subject_each():
    d = draft_survey("1. What is the full price of a Littering Fixed Penalty Notice (FPN)?\n"
                     "2. How many FPNs did you issue for littering in 2018?\n"
                     "3. How many FPNs issued for Littering in 2018 were paid?\n"
                     "4. How many FPNs issued for Littering in 2018 were prosecuted for failing to pay?\n"
                     "5. How many FPNs issued for Littering in 2018 were for smoking-related materials?\n", "fpns")
    assert d.questions[0].measures == ["unit_cost_gbp"]
    subjects = [q.subject for q in d.questions[1:]]
    assert len(set(subjects)) == 4 and subjects[1].endswith("_paid") and subjects[2].endswith("_prosecuted")


def test_one_period_written_two_ways_is_asked_once():
    d = draft_survey("- Total number of fly tipping incidents in 2020/2021 and 2022 to date\n"
                     "- Total cost of removal for fly-tipping incidents in 2020/2021 and 2022 (to date, if possible)\n",
                     "tips", asked_on=dt.date(2022, 3, 8))
    assert [(p.start.isoformat(), p.end.isoformat()) for p in d.periods] == [
        ("2020-04-01", "2021-03-31"), ("2022-01-01", "2022-12-31")]


def test_things_named_together_are_each_a_synonym():
    from reader.draft import synonyms_for

    syns = synonyms_for("computers and laptops")
    assert any(re.fullmatch(x, "laptops") for x in syns) and any(re.fullmatch(x, "Computers", re.I) for x in syns)
    # an adjective before "and" is not a thing of its own
    assert not any(re.fullmatch(x, "private", re.I) for x in synonyms_for("private and council homes"))


def test_between_a_month_and_the_latest_available_month_runs_to_the_day_asked():
    d = draft_survey("Please provide, broken down by month between January 2019 (or as far back as you can go) and "
                     "the latest available month:\n- The number of individuals.\n- Total amount spent on hotels.\n",
                     "hotels", asked_on=dt.date(2025, 8, 26))
    assert [(p.label, p.start.isoformat(), p.end.isoformat()) for p in d.periods] == [
        ("January 2019 to date", "2019-01-01", "2025-08-26")]


def test_a_subject_guessed_from_the_words_is_in_the_questions_own_words():
    d = draft_survey("- The total number of residential properties classed as long-term vacant\n"
                     "- The length of time each property has been recorded as vacant (banded if necessary)\n", "vacant")
    q2 = d.questions[1]
    assert any(re.search(x, q2.text, re.I) for x in d.subjects[q2.subject])       # "length of time", not "length time"
