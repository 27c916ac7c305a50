"""`foi survey draft` gives every request a survey that loads, whatever shape the request is written in: numbered
1. / 1) / (a) / Q1, bullets, "Firstly ... Secondly", one long sentence with ';', a table of columns, a request of
plain sentences that ask for copies or lists, and column headings that are only names. Where the drafter guessed,
the draft says so with '# check:'. The requests are made up in the way journalists write them; the last test drafts
every request of the real-reply set (tests/files/real_set/drafted/)."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.real_set import draft_requests
from reader.draft import draft_survey, measures_for, split_questions, subject_phrase, to_toml
from reader.survey import parse_survey

ASKED = dt.date(2024, 1, 15)


def loads(request: str, name: str = "shape"):
    d = draft_survey(request, name, asked_on=ASKED)
    return d, parse_survey(to_toml(d), f"{name}.toml")


SHAPES = {
    "numbered-dot": "1. How many noise complaints did the council receive in 2022?\n"
                    "2. How many noise abatement notices were served in 2022?\n",
    "numbered-bracket": "1) How many noise complaints did the council receive in 2022?\n"
                        "2) How many noise abatement notices were served in 2022?\n",
    "lettered": "(a) How many noise complaints did the council receive in 2022?\n"
                "(b) How many noise abatement notices were served in 2022?\n",
    "q-numbers": "Q1 How many noise complaints did the council receive in 2022?\n"
                 "Q2 How many noise abatement notices were served in 2022?\n",
    "bullets": "Could you tell me:\n- how many noise complaints the council received in 2022\n"
               "- how many noise abatement notices the council served in 2022\n",
    "firstly": "Firstly, how many noise complaints did the council receive in 2022? Secondly, how many noise "
               "abatement notices were served in 2022?",
    "semicolons": "Please tell me the number of noise complaints received in 2022; the number of noise abatement "
                  "notices served in 2022; and the cost of the noise nuisance service in 2022.",
    "sentences": "Dear Sir or Madam,\n\nI would like to know how many noise complaints the council received in 2022. "
                 "I would also like the number of noise abatement notices served in 2022.\n\nYours faithfully,\nA Person",
    "table": "Please fill in a table with the following columns for 2022:\n"
             "Ward | Number of noise complaints | Number of abatement notices served | Cost of the service\n",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_request_in_any_shape_gives_a_draft_that_loads_with_a_question_per_ask(shape):
    d, survey = loads(SHAPES[shape], shape)
    assert len(survey.questions) >= 2
    assert any("noise" in " ".join(s.synonyms) or "noise" in key for key, s in survey.subjects.items()) \
        or any("abatement" in key for key in survey.subjects)


def test_ordinal_words_are_not_the_subject():
    d, _ = loads(SHAPES["firstly"])
    assert [q.subject for q in d.questions] == ["noise_complaints", "noise_abatement_notices"]
    assert not any(q.text.lower().startswith(("firstly", "secondly")) for q in d.questions)


def test_one_long_sentence_asks_once_per_part_between_semicolons():
    qs = split_questions(SHAPES["semicolons"])
    assert [q[1].split()[:3] for q in qs] == [["Please", "tell", "me"], ["the", "number", "of"], ["the", "cost", "of"]]
    # a part with a count of its own though it names no "of": "the number closed since 2015"
    qs = split_questions("Please tell me the number of public toilets the council runs; the number closed since "
                         "2015; and the annual cost of cleaning them.")
    assert [q[1] for q in qs][1] == "the number closed since 2015"


def test_a_table_of_columns_asks_each_column_that_counts_or_sums():
    d, survey = loads(SHAPES["table"])
    assert [q.text for q in d.questions] == ["Number of noise complaints", "Number of abatement notices served",
                                            "Cost of the service"]
    assert [q.measures for q in d.questions] == [["count"], ["count"], ["total_cost_gbp"]]
    # the period written before the table is each column's
    assert all(q.periods == ["2022"] for q in d.questions) and len(survey.periods) == 1


def test_a_table_with_its_period_after_it_asks_that_period_with_each_column():
    d, _ = loads("Please provide the following as a table:\nLocal authority | Number of licences issued | "
                 "Number of licences refused | Fee charged\nfor 2021/22 and 2022/23.")
    assert len(d.questions) == 3
    assert all(len(q.periods) == 2 for q in d.questions)
    assert d.questions[2].measures == ["total_cost_gbp"]


def test_an_unnumbered_request_for_a_copy_is_a_question_about_the_thing_copied():
    d, survey = loads("Dear Sir or Madam,\n\nI am also requesting a copy of the Noise recordings made at my address "
                      "in March 2023.\n\nYours faithfully,\nA Person")
    assert len(survey.questions) == 1
    assert d.questions[0].subject == "noise_recordings"
    assert "# check:" in to_toml(d)


def test_sentences_that_ask_for_a_thing_without_a_count_are_questions_too():
    d, _ = loads("Dear Council,\n\nI would like to know how many noise complaints you received in 2022. "
                 "Please provide a copy of your noise policy. I would be grateful for the names of the officers "
                 "who investigate complaints.\n\nThanks")
    assert [q.subject for q in d.questions][1:] == ["noise_policy", "officers"]


def test_a_copy_of_the_document_is_not_the_thing_asked_for():
    d, _ = loads("Has the council published a parking strategy? If so, please provide a copy of the document.")
    assert d.questions[0].subject != "document"


def test_column_headings_that_are_only_names_still_give_subjects_with_synonyms():
    d, survey = loads("Please complete the attached spreadsheet with the columns:\n1. question_1\n2. question_2\n"
                      "3. council_name\n")
    assert [q.subject for q in survey.questions] == ["question_1", "question_2", "council_name"]
    assert all(s.synonyms for s in survey.subjects.values())
    assert to_toml(d).count("# check:") >= 3


def test_a_request_with_nothing_that_asks_still_gives_one_question_to_correct():
    d, survey = loads("Dear Sir,\n\nRe: the bus shelter on the High Street outside number 4.\n\nRegards")
    assert len(survey.questions) == 1
    assert "bus shelter" in d.questions[0].text
    assert "# check:" in to_toml(d)


def test_an_empty_request_is_an_error_that_says_what_to_do():
    with pytest.raises(ValueError, match="by hand"):
        draft_survey("Dear Sir,\n\nYours faithfully", "empty", asked_on=ASKED)


def test_every_request_of_the_real_set_drafts_a_survey_that_loads():
    reqs = draft_requests()
    assert len(reqs) >= 60
    for req in reqs:
        d = draft_survey(req.text, req.name, asked_on=req.asked_on)
        survey = parse_survey(to_toml(d), f"{req.name}.toml")
        assert survey.questions, req.name
        assert all(s.synonyms for s in survey.subjects.values()), req.name


# --- the time until something happens -----------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    # parking-pcns-postage-2022's Q7, which replies answer "39,269 cases paid within 14 days", "71% within 14 days"
    "What is the average number of days it takes for a Penalty Charge Notice issued by your organisation, to be "
    "paid in full?",
    "How long did it take for reported potholes to be repaired, on average?",
    "Where there were faulty cameras, I would like details on how long it took for those faults to be fixed.",
])
def test_the_time_until_something_happens_is_asked_as_days_and_as_how_many_within(question):
    assert measures_for(question)[0] == ["days", "count", "percent"]


@pytest.mark.parametrize("question, measures", [
    ("What was the total number of days lost to sickness absence?", ["days"]),
    ("The average length of stay in temporary accommodation", ["days"]),
    ("How long each household spent in the hotel before being placed in self-contained housing", ["days"]),
])
def test_a_length_of_time_that_is_not_a_wait_for_something_stays_days(question, measures):
    assert measures_for(question)[0] == measures


def test_a_lettered_part_run_on_after_the_last_ones_line_is_a_part_of_its_own():
    # cctv-cameras-locations-budget-2014 (Moray): (c) and (d) on one line
    qs = split_questions("Please provide me with\n(a) The number of CCTV cameras operated by the council,\n"
                         "(b) The location of each CCTV camera,\n(c) The budget, for financial years between 2009 "
                         "and 2014, for operating the CCTV cameras, and (d) The maintenance history of each CCTV "
                         "camera including: location of camera, date of maintenance.")
    assert [q[0] for q in qs] == ["1", "2", "3", "4"]
    assert "maintenance" not in qs[2][1]
    assert qs[3][1].startswith("The maintenance history")


def test_parts_of_a_numbered_question_are_numbered_under_it():
    # devices-dfe-laptops-2020 (Lincolnshire): "a." under "3." is 3a, not 1a
    qs = split_questions("1. How many digital devices did you forecast you would need?\n\na. Of these devices, how "
                         "many were laptops?\n\nb. On which date did you apply?\n\n2. Did you choose Google or "
                         "Microsoft?\n\n3. How many digital devices were allocated to you?\n\na. Of these devices, "
                         "how many were laptops?\n\nb. On which date were you told?\n")
    assert [q[0] for q in qs] == ["1", "1a", "1b", "2", "3", "3a", "3b"]


@pytest.mark.parametrize("question, subject", [
    # ev-charging-2020 and agency-staff-temporary-managers-2016, where a journalist had to rename the guess
    ("How much has currently been budgeted for electric vehicle infrastructure?", "electric vehicle infrastructure"),
    ("£ spent in the 12 month period on interim managers", "interim managers"),
    ("How much money has been allocated to road resurfacing this year?", "road resurfacing"),
    # the year after "in" is when, not what
    ("How much money was spent in 2019 on consultants?", "consultants"),
    ("How much was spent in 2021/22 on agency staff?", "agency staff"),
])
def test_money_a_few_words_from_what_it_is_spent_on_names_that_thing(question, subject):
    assert subject_phrase(question) == subject


@pytest.mark.parametrize("text, asked, label, start, end", [
    # parking-pcns-postage-2022: asked 2022-05-20
    ("How many Penalty Charge Notices were issued by your organisation last financial year?", dt.date(2022, 5, 20),
     "2021-22", dt.date(2021, 4, 1), dt.date(2022, 3, 31)),
    # before April the last financial year ended the March a year before
    ("For the most recent financial year available, the number of households placed", dt.date(2026, 1, 15),
     "2024-25", dt.date(2024, 4, 1), dt.date(2025, 3, 31)),
    ("How many fines were issued in the last calendar year?", dt.date(2023, 6, 1),
     "2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
])
def test_the_last_financial_or_calendar_year_is_the_one_before_the_day_asked(text, asked, label, start, end):
    d = draft_survey(text, "last", asked_on=asked)
    assert [(p.label, p.start, p.end) for p in d.periods] == [(label, start, end)]
    assert d.questions[0].periods == [label]


def test_the_last_few_financial_years_are_still_several():
    d = draft_survey("How many FPNs were issued in each of the last three financial years?", "n",
                     asked_on=dt.date(2022, 5, 20))
    assert [p.label for p in d.periods] == ["2019-20", "2020-21", "2021-22"]


@pytest.mark.parametrize("question, measures", [
    # public-toilets-street-cleaning-2025 (Moray), which the reply answers "7 hours per day"
    ("Average length of time that public toilets are open (in hours)", ["hours"]),
    ("Shortest length of time that any public toilet is open (in hours)", ["hours"]),
    ("The longest stay of any household in bed and breakfast", ["days"]),
    # a length of time banded is how many fall in each band
    ("The length of time each property has been recorded as vacant (banded if necessary, e.g. 6-12 months)",
     ["count"]),
])
def test_a_length_of_time_is_in_the_unit_the_request_names(question, measures):
    assert measures_for(question)[0] == measures


def test_text_that_splits_into_more_questions_than_a_survey_numbers_still_loads():
    d, survey = loads("Dear Sir\n\n" + "; ".join(["the number of things"] * 150))
    assert len(survey.questions) == 99
    assert "only the first 99" in to_toml(d)
