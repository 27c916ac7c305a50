"""A reply's outcome and its question-by-question statuses, read from how councils write: answers on the
question's own line, questions named by number or by ordinal, parts and their parent, refusals and "not held"
said in words, a request page's status line, and a question a reply skips.

The snippets are made up in councils' English (or quoted from the real-reply set, tests/files/real_set/).
"""

from __future__ import annotations

import textwrap

from reader import parse_reply
from reader.questions import combine, find_passages
from reader.survey import parse_survey

SURVEY = parse_survey(textwrap.dedent("""
    name = "enforcement"
    title = "Litter enforcement"
    [periods]
    asked = [
      { label = "2022/23", start = "2022-04-01", end = "2023-03-31" },
      { label = "2023/24", start = "2023-04-01", end = "2024-03-31" },
    ]
    [subjects.department]
    label = "Enforcing department"
    synonyms = ["enforcing department"]
    [subjects.contractor]
    label = "Private contractor"
    synonyms = ["private contractors?"]
    [subjects.fpns]
    label = "Litter FPNs"
    synonyms = ["litter fpns?", "fixed penalty notices? for litter"]
    [subjects.income]
    label = "FPN income"
    synonyms = ["fpn income"]
    [subjects.bins]
    label = "Litter bins"
    synonyms = ["litter bins?"]
    [[questions]]
    id = "1"
    text = "Which department is responsible for enforcing against littering?"
    subject = "department"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "Do you use a private company to enforce against littering?"
    subject = "contractor"
    measures = ["count"]
    [[questions]]
    id = "2a"
    text = "If so, what is the name of the private company?"
    subject = "contractor"
    measures = ["count"]
    [[questions]]
    id = "2b"
    text = "If so, when does the contract end?"
    subject = "contractor"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "How many fixed penalty notices for litter did you issue in each year?"
    subject = "fpns"
    measures = ["count"]
    [[questions]]
    id = "4"
    text = "What was the income from litter fixed penalty notices in each year?"
    subject = "income"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "5"
    text = "How many litter bins will the council install next year?"
    subject = "bins"
    measures = ["count"]
    """), "enforcement.toml")


def statuses(text: str) -> dict[str, str]:
    return {q.question: q.outcome for q in parse_reply(text, SURVEY).questions}


# Answers under a question's number --------------------------------------------------------------------------

def test_an_answer_after_the_question_on_its_own_line_is_that_questions_answer():
    text = ("1. Which department is responsible for enforcing against littering? Environmental Services\n"
            "2. Do you use a private company to enforce against littering? No\n"
            "2a. If so, what is the name of the private company? N/A\n")
    got = statuses(text)
    assert got["1"] == "successful" and got["2"] == "successful" and got["2a"] == "successful"


def test_a_one_word_answer_and_a_short_answer_that_reuses_the_questions_words_are_answers():
    text = ("Response\n1. Enforcement Department\n2. No\n2a. N/A\n2b. N/A\n")
    got = statuses(text)
    assert got == {"1": "successful", "2": "successful", "2a": "successful", "2b": "successful"}


def test_a_sentence_that_shares_common_words_with_the_question_is_not_the_question_restated():
    # "This is published on website - as above" shares "this" and "published" with "Have you published this ...?"
    survey = parse_survey(textwrap.dedent("""
        name = "strategy"
        title = "EV strategy"
        [subjects.strategy]
        label = "Strategy"
        synonyms = ["ev strategy"]
        [[questions]]
        id = "1"
        text = "Does your authority have a charging strategy?"
        subject = "strategy"
        measures = ["count"]
        [[questions]]
        id = "2"
        text = "Have you published this strategy? If so, please provide a link."
        subject = "strategy"
        measures = ["count"]
        """), "strategy.toml")
    r = parse_reply("1. Yes, adopted in 2022.\n2. This is published on website - as above.\n", survey)
    assert {q.question: q.outcome for q in r.questions} == {"1": "successful", "2": "successful"}


def test_to_be_decided_is_not_held_and_a_suppressed_small_number_is_refused():
    text = ("Response\n3. 2022/23 - 41\n2023/24 - 37\n4. £2,400 in 2022/23\n5. To be decided.\n")
    assert statuses(text)["5"] == "not_held"
    text = ("Response\n1. Street Scene\n3. <5*\n4. <5*\n"
            "*numbers between 1 and 5 are withheld under section 40(2) as they could identify individuals.\n")
    got = statuses(text)
    assert got["1"] == "successful" and got["3"] == "rejected"


def test_figures_and_not_held_in_one_answer_are_partly_given():
    # Moray: "2024/25: £840,002.74 / 2014/15: Figures not held."
    text = ("Response\n3. 2022/23 - 41\n2023/24 - 37\n\n4.\n2023/24: £2,400\n2022/23: Figures not held.\n")
    got = statuses(text)
    assert got["3"] == "successful" and got["4"] == "partially_successful"


# Questions named by number or by ordinal --------------------------------------------------------------------

def test_a_heading_that_names_two_questions_covers_both():
    text = ("Questions 1 & 2\n\nEnforcement is carried out by the Neighbourhood Services team and we do not use "
            "a contractor.\n\nQuestion 3\n\nWe do not hold this information.\n")
    got = statuses(text)
    assert got["1"] == "successful" and got["2"] == "successful" and got["3"] == "not_held"


def test_a_range_of_questions_attached_answers_each_and_their_parts():
    # Comhairle nan Eilean Siar: "Please see the information requested attached for questions 1-3"
    text = "Please see the information requested attached for questions 1-3\n\nThe last question is a nil response.\n"
    got = statuses(text)
    assert all(got.get(q) == "successful" for q in ("1", "2", "2a", "2b", "3"))


def test_in_response_to_a_list_of_numbers_reads_the_sentence_that_follows():
    text = ("In response to 1, 2 and 3, this information is published in our enforcement datasets, updated yearly. "
            "The 2024 data will be published next year and is exempt under section 22.\n\n"
            "In relation to question 4 of your request we confirm that we hold the information requested. However, "
            "it is exempt from disclosure under section 43(2) of the Act.\n")
    got = statuses(text)
    assert got["1"] == got["2"] == got["3"] == "successful"
    assert got["4"] == "rejected"


def test_a_request_for_information_heading_with_not_held_under_it_is_not_held():
    text = ("Request for information 3:\n\nHow many fixed penalty notices for litter did you issue?\n\n"
            "Response to your request\n\nRequest for information 3:\n\nWe do not hold information on the number "
            "of fixed penalty notices issued for litter. We can provide the number of warnings given instead.\n")
    assert statuses(text)["3"] == "not_held"


def test_ordinal_references_name_the_requests_points():
    # Scottish Government: "does not have most of the information ... for the first and second bullet points"
    text = ("Response\n\nThe Council does not have most of the information you have requested, in particular for the "
            "first and second bullet points of your request.\n")
    got = statuses(text)
    assert got["1"] == "not_held" and got["2"] == "not_held"


def test_a_question_in_the_requesters_words_is_not_a_reference():
    passages = find_passages("3. If you answered yes to question 2, could you confirm the name of the company?\n",
                             SURVEY)
    assert passages == []


# Parts and their parent -------------------------------------------------------------------------------------

def test_a_question_whose_parts_are_all_answered_is_answered_and_a_part_takes_its_parents_words():
    got = statuses("Response\n1. Street Scene\n2a. Not applicable.\n2b. Not applicable.\n")
    assert got["2"] == "successful"
    got = statuses("Response\n2. Do you use a private company to enforce against littering? No, we do not.\n"
                   "3. 2022/23 - 41\n")
    assert got["2a"] == "successful" and got["2b"] == "successful"


def test_combining_parts_follows_the_readme_rule():
    assert combine(["successful", "successful"]) == "successful"
    assert combine(["not_held", "not_held"]) == "not_held"
    assert combine(["not_held", "rejected"]) == "rejected"
    assert combine(["successful", "not_held"]) == "partially_successful"
    assert combine([]) is None


# Refusals and not-held said in words ------------------------------------------------------------------------

def test_the_cost_limit_in_words_refuses_the_questions_it_names():
    # Conwy: "the remaining Q2 & Q3 would require a large amount of time spent in identifying ..."
    text = ("We are only able to provide an answer to Q1, the remaining Q3 & Q4 would require a large amount of time "
            "spent in identifying each notice.\n\nQ1 - Environmental Services.\n")
    got = statuses(text)
    assert got["1"] == "successful" and got["3"] == "rejected" and got["4"] == "rejected"


def test_holding_information_within_the_description_then_however_is_a_refusal():
    text = ("Response\n\nThe Council holds information that falls within the description specified in your request. "
            "However, it is not readily available and locating it would take many days of officer work.\n")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "rejected"
    assert {q.outcome for q in r.questions} == {"rejected"}


def test_a_duty_that_is_another_councils_means_nothing_is_held():
    # Devon: "DCC does not have an obligation to provide temporary accommodation. This is a function of District ..."
    text = ("Response\n\nThe County Council does not have an obligation to enforce against littering. This is a "
            "function of the district councils, whose contact details are below.\n")
    r = parse_reply(text, SURVEY)
    assert r.kind == "response" and r.outcome == "not_held"
    assert {q.outcome for q in r.questions} == {"not_held"}


def test_not_responsible_for_a_websites_content_is_not_a_not_held_answer():
    text = "Response\n\n3. 2022/23 - 41\n\nThe Council is not responsible for the content of external websites.\n"
    r = parse_reply(text, SURVEY)
    assert r.outcome == "successful" and not r.not_held


# The page's own status line and the README's outcome rule -------------------------------------------------

def test_a_request_pages_status_line_gives_the_outcome():
    text = ("Littering\n\nThe request was partially successful.\n\nDear Sir,\n\nYour request has now been considered "
            "and the information requested is attached.\n\n3. 2022/23 - 41\n")
    assert parse_reply(text, SURVEY).outcome == "partially_successful"
    text = ("Littering\n\nThe request was successful.\n\nDear Sir,\n\n3. 2022/23 - 41\n\n"
            "4. We do not hold the income by year.\n")
    # the requester's "successful" over a question not held: the questions decide (README's outcome rule)
    assert parse_reply(text, SURVEY).outcome == "partially_successful"
    assert parse_reply(text.replace("4. We do not hold the income by year.", "4. £2,400 in 2022/23."),
                       SURVEY).outcome == "successful"


def test_did_not_have_the_information_with_a_figure_given_is_partly_successful():
    # Hayfield: the page's line says the council did not have the information; the clerk gives one figure
    text = ("Littering\n\nExample Parish Council did not have the information requested.\n\nDear Ms Smith,\n\n"
            "3. 2022/23 - 2\n\nWe do not hold any other figures.\n")
    assert parse_reply(text, SURVEY).outcome == "partially_successful"
    text = ("Littering\n\nExample Parish Council did not have the information requested.\n\nDear Ms Smith,\n\n"
            "We do not hold this information.\n")
    assert parse_reply(text, SURVEY).outcome == "not_held"


def test_a_question_skipped_between_answered_ones_makes_the_reply_partly_successful():
    text = ("1. Which department is responsible for enforcing against littering?\nStreet Scene.\n\n"
            "3. How many fixed penalty notices for litter did you issue in each year?\n\n"
            "4. What was the income from litter fixed penalty notices in each year?\n£2,400 in 2022/23.\n\n"
            "5. How many litter bins will the council install next year?\n\n")
    r = parse_reply(text, SURVEY)
    got = {q.question: q.outcome for q in r.questions}
    assert got["1"] == "successful" and got["4"] == "successful" and "3" not in got
    assert r.outcome == "partially_successful"


def test_a_request_listed_above_its_answers_does_not_skip_its_questions():
    text = ("1. Which department is responsible for enforcing against littering?\n"
            "3. How many fixed penalty notices for litter did you issue in each year?\n"
            "4. What was the income from litter fixed penalty notices in each year?\n\n"
            "Response\n1. Street Scene\n3. 2022/23 - 41\n4. 2022/23 - £2,400\n")
    assert parse_reply(text, SURVEY).outcome == "successful"


def test_a_number_given_only_as_fewer_than_is_partly_given():
    # Thurrock: "b) Adults' Services social work roles - Fewer than 5 (see below)"
    text = "Response\n3. 2022/23 - fewer than 5 (see below)\n\nExact numbers are withheld under section 40(2).\n"
    assert statuses(text)["3"] == "partially_successful"
    assert statuses("Response\n3. 2022/23 - 41\n")["3"] == "successful"


def test_no_data_available_for_one_year_beside_other_years_is_partly_given():
    # Barnet: "- 2017/2018 - No data available / - 2018/2019 - 32 days"
    text = ("Response\n1. Street Scene.\n"
            "5. How many litter bins will the council install next year?\n"
            "- 2022/2023 - No data available\n- 2023/2024 - 32 bins\n")
    assert statuses(text)["5"] == "partially_successful"
    text = "Response\n1. Street Scene.\n5. How many litter bins will the council install next year?\nNo data available\n"
    assert statuses(text)["5"] == "not_held"


def test_figures_under_a_passage_that_refuses_the_rest_are_partly_given():
    # Scottish Government: "In response to question 1 and 2 (above), ... the costs of locating, retrieving and
    # providing the information would exceed the upper cost limit" above a table of what central purchasing holds
    text = ("In response to question 3 (above), the Council does not centrally hold records of every notice. "
            "Locating them would exceed the cost limit under section 12. The notices recorded centrally are:\n\n"
            "Litter FPNs\n2022/23 - 41\n2023/24 - 37\n\n"
            "In response to question 4 (above), the income was:\n\nFPN income\n2022/23 - £2,400\n")
    got = statuses(text)
    assert got["3"] == "partially_successful" and got["4"] == "successful"


def test_numbered_answers_with_no_figure_make_a_letter_a_response():
    # Scottish Government: "1. What was the value of spend ...? / The data answering this question has been given
    # in the spreadsheet attached to our response."
    text = ("1. Which department is responsible for enforcing against littering?\n\n"
            "The Street Scene team enforces against littering across the whole area.\n")
    r = parse_reply(text, SURVEY)
    assert r.kind == "response" and r.outcome == "successful"


def test_figures_explaining_a_refusal_in_words_are_not_answers():
    # Northumbria: "We are unable to supply the information requested. To provide information ... would entail
    # ... manually searching all Area Command and Departments (of which there are a total of 20) budget codes"
    text = ("Response\n\nWe are unable to supply the information requested. To provide the litter FPNs figures would "
            "entail a member of staff manually searching all departments (of which there are a total of 20) and "
            "each of their records.\n")
    r = parse_reply(text, SURVEY)
    assert r.facts == []
    assert r.outcome == "rejected"
    assert {q.outcome for q in r.questions} == {"rejected"}


def test_as_above_takes_the_answer_before_it_and_refer_to_another_council_is_not_held():
    # Hayfield Parish Council: "1. Refer to Borough our County Council / 2. As above / 3. As above"
    text = "Response\n1. Refer to the County Council\n2. As above\n3. 2022/23 - 2\n"
    got = statuses(text)
    assert got["1"] == "not_held" and got["2"] == "not_held" and got["3"] == "successful"
    got = statuses("Response\n1. Street Scene\n2. As above\n")
    assert got["2"] == "successful"


def test_not_a_request_for_recorded_information_is_not_held():
    # Hastings: "Q7 - This is not a request for recorded information."
    got = statuses("Response\nQ1 - Street Scene\nQ5 - This is not a request for recorded information.\n")
    assert got["1"] == "successful" and got["5"] == "not_held"


def test_not_held_said_once_with_nothing_given_is_every_questions_answer():
    # Devon: the request quoted, then "DCC does not have an obligation to provide temporary accommodation"
    text = ("\u201cPlease tell me which department is responsible for enforcing against littering, and how many "
            "litter bins the council will install.\u201d\n\n"
            "The Council does not hold any records of litter enforcement; this is a function of the district "
            "councils.\n")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "not_held"
    assert {q.outcome for q in r.questions} == {"not_held"} and len(r.questions) == len(SURVEY.questions)


def test_a_refusal_in_words_under_a_question_refuses_that_question():
    # TfL: the question restated, then "we are not obliged to supply the information requested as it is subject
    # to a statutory exemption"
    text = ("Response\n3. How many fixed penalty notices for litter did you issue in each year?\n2022/23 - 41\n"
            "2023/24 - 37\n\n4. What was the income from litter fixed penalty notices in each year? We are not "
            "obliged to supply the information requested as it is subject to a statutory exemption.\n")
    got = statuses(text)
    assert got["3"] == "successful" and got["4"] == "rejected"


def test_a_figure_above_a_refusal_in_words_in_one_answer_is_partly_given():
    # Devon: "46,876 cases were fully paid prior to debt recovery stage" then "DCC are unable to provide the number
    # of cases paid in full after this stage"
    text = ("Response\n3. How many fixed penalty notices for litter did you issue in each year?\n2022/23 - 41\n\n"
            "4. What was the income from litter fixed penalty notices in each year?\n\n"
            "Notices paid before the debt recovery stage took 32 days on average\n\n"
            "We are unable to provide the income received after this stage as cases may be paid in instalments.\n")
    assert statuses(text)["4"] == "partially_successful"


def test_no_longer_having_access_to_the_data_is_not_held():
    got = statuses("Response\nQ3. 2022/23 - 41\nQ4. We no longer have access to this data for that year.\n")
    assert got["3"] == "successful" and got["4"] == "not_held"


def test_parts_listed_together_share_the_answer_below_the_last():
    # Wokingham: "a) The road or bus lane location name / b) The total number of PCNs issued at that location /
    # Wokingham Borough Council have no bus lanes to enforce."
    text = ("Response\n1. Street Scene\n2. Private enforcement:\n"
            "a) If so, what is the name of the private company?\n"
            "b) If so, when does the contract end?\n"
            "The Council does not use a private company for enforcement.\n"
            "3. How many fixed penalty notices for litter did you issue in each year?\n2022/23 - 41\n")
    r = parse_reply(text, SURVEY)
    got = {q.question: q.outcome for q in r.questions}
    assert got["2a"] == "successful" and got["2b"] == "successful"
    assert r.outcome == "successful"


def test_a_condition_the_request_sets_is_not_a_request_for_clarification():
    # Wokingham: the request's "If available, please confirm:" left on the page above the council's answer
    text = ("Overall enforcement coverage (where recorded):\nIf available, please confirm:\n"
            "the department that enforces\n\n1. The Street Scene team enforces against littering.\n")
    assert parse_reply(text, SURVEY).kind == "response"
    text = "Before we can proceed, could you please confirm which years you would like figures for?\n"
    assert parse_reply(text, SURVEY).kind == "clarification_request"


def test_a_cost_limit_refusal_beside_attached_information_refuses_part_of_each_question():
    # Dover: "The information you have sought is attached to this email ... the cost of complying with this part
    # of your request would exceed the appropriate limit ... I must refuse this part of your request (section 12)"
    text = ("Response\nThe information you have sought is attached to this email.\n\nWe do not record the breakdown by "
            "year, and to extract it would exceed the appropriate limit. I must therefore refuse this part of your "
            "request under section 12(1) of the Act.\n")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "partially_successful"
    assert {q.outcome for q in r.questions} == {"partially_successful"}
    assert all(q.exemptions == ["s12"] for q in r.questions)


def test_not_held_under_its_own_number_stands_beside_a_cost_limit_refusal():
    # Moray: "1. ... estimated to take more than 40 hours ... section 12" / "2. Not held." / "3. Not held."
    text = ("Response\n1. This information is not collated centrally. Gathering it is estimated to take more than 40 "
            "hours, which would exceed the cost limit; we therefore apply section 12 of the Act.\n"
            "2. Not held.\n3. Not held.\n")
    r = parse_reply(text, SURVEY)
    got = {q.question: q.outcome for q in r.questions}
    assert got["1"] == "rejected" and got["2"] == "not_held" and got["3"] == "not_held"
    assert r.outcome == "rejected"


def test_the_fast_not_held_and_refusal_phrases_find_exactly_what_the_written_ones_find():
    # classify reads these two phrase lists from word starts only (for speed): on every real reply and on the edge
    # cases of where a match may start, the spans must be those of the patterns as written
    from benchmarks import real_set
    from reader import classify as C

    texts = [c.text for c in real_set.load_cases()] + [
        "We don't hold this.", "'information is not held'", "x-data is not held", "2020:not held",
        "\n  2. Refer to the County Council", "Refer to the County Council", "we\tdo not hold it",
        "The Council isn't holding... we are refusing your request", "(data is unavailable)", "n't have a system which",
    ]
    assert len(texts) > 100
    for plain, fast in ((C.NOT_HELD_PHRASES, C._NOT_HELD), (C.REFUSE_PHRASES, C._REFUSE)):
        assert fast.pattern != plain.pattern
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text[:200]
