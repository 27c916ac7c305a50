"""Forms of English found reading the topic labelled blind two sessions ago and seen now (ehcp-assessments), and
the table shapes of traveller-encampments: each test quotes the real reply's words (from tests/files/real_set/) that
the rule reads, with made-up variants, and each is read wrongly without its rule.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply
from reader.survey import parse_survey

QUARTERS = parse_survey(textwrap.dedent("""
    name = "requests-quarterly"
    title = "Requests per quarter"
    [subjects.requests]
    label = "Assessments requested"
    synonyms = ["assessments requested"]
    [subjects.finals]
    label = "Final plans issued"
    synonyms = ["final plans?"]
    [[questions]]
    id = "1"
    text = "The number of assessments requested per quarter from January 1, 2018 to today."
    subject = "requests"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "The number per quarter that continued to a final plan."
    subject = "finals"
    measures = ["count"]
    """), "requests-quarterly.toml")


def _read(text: str, survey=QUARTERS) -> set[tuple[str, str | None, str | None, float]]:
    return {(f.question, f.period_start, f.period_end, f.value) for f in parse_reply(text, survey).facts}


# "2018 2018 ..." over "Qtr. 1 Qtr.2 ...": a header's second row of quarters under its years ----------------------------

def test_a_row_of_quarters_under_a_row_of_years_dates_each_column_to_its_quarter():
    # Devon's reply (ehcp-assessments/devon-ehcp-assessments-quarterly-2020): the quarter's numbers were read as
    # figures ("1 Qtr.2 Qtr." = 1, ...) and "only 3 quarters so far" as a count of 3; the figures had the year only
    text = ("1. The number of EHCP needs assessments requested per quarter from January 1, 2018 to today.\n\n"
            "Calendar years (only 3 quarters so far for 2020)\n"
            "2018 2018 2018 2018 2019 2019 2019 2019 2020 2020 2020\n"
            "Qtr. 1 Qtr.2 Qtr. 3 Qtr.4 Qtr. 1 Qtr. 2 Qtr. 3 Qtr. 4 Qtr. 1 Qtr. 2 Qtr. 3\n"
            "463 362 309 359 422 399 368 487 595 329 321\n")
    got = _read(text)
    assert len(got) == 11
    assert ("1", "2018-01-01", "2018-03-31", 463) in got
    assert ("1", "2018-04-01", "2018-06-30", 362) in got
    assert ("1", "2019-10-01", "2019-12-31", 487) in got
    assert ("1", "2020-07-01", "2020-09-30", 321) in got
    assert not any(v in (1, 2, 3, 4) for *_, v in got)


def test_quarters_under_financial_years_in_a_table_of_cells():
    # made up: a tabbed header of financial years over "Quarter 1" ... the first quarter of 2019/20 is April-June 2019
    text = ("2. Final plans issued\n"
            "\t2019/20\t2019/20\t2020/21\t2020/21\n"
            "\tQuarter 1\tQuarter 2\tQuarter 1\tQuarter 2\n"
            "Final plans\t31\t40\t52\t18\n")
    got = _read(text)
    assert ("2", "2019-04-01", "2019-06-30", 31) in got
    assert ("2", "2019-07-01", "2019-09-30", 40) in got
    assert ("2", "2020-04-01", "2020-06-30", 52) in got
    assert not any(v in (1, 2) for *_, v in got)


def test_a_quarter_named_in_prose_is_no_figure():
    # a sweep's reply (Lincolnshire's complaints): "The quarter 4 and annual reporting will be published to our
    # website soon" (the 4 made a refusal under s22 look answered); "only 3 quarters so far" counts no assessments
    text = ("1. Exempt under Section 22.\nThe quarter 4 and annual reporting of assessments requested will be "
            "published soon.\nAssessments requested (only 3 quarters so far for 2020)\n")
    assert _read(text) == set()


# "Reference: ECC19947203 03 26": a reference's number and its month and year, to the end of the label's line -------

WEEKLY = parse_survey(textwrap.dedent("""
    name = "requests-weekly"
    title = "Requests and plans per week"
    [subjects.requests]
    label = "Requests for a needs assessment"
    synonyms = ["requests? for an? (?:education, health and care \\\\(ehc\\\\) )?needs assessment"]
    [subjects.plans]
    label = "Final plans issued"
    synonyms = ["final (?:education, health and care )?plans"]
    [[questions]]
    id = "1"
    text = "The number of requests for an Education, Health and Care (EHC) Needs Assessment received by the Authority, broken down by week, from 1 January 2022 to the present date."
    subject = "requests"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "The number of final Education, Health and Care Plans issued, broken down by week, over the same period."
    subject = "plans"
    measures = ["count"]
    """), "requests-weekly.toml")

ESSEX = ("Freedom of Information Act Request\n"
         "Reference: ECC19947203 03 26\n"
         "Response: 24 March 2026\n"
         "I can confirm that Essex County Council does hold some of this information, and where we are able to release "
         "this, our response is listed below.\n"
         "Question 1 - The number of requests for an Education, Health and Care (EHC) Needs Assessment received by the "
         "Authority, broken down by week, from 1 January 2022 to the present date.\n"
         "Question 2 - The number of final Education, Health and Care Plans issued, broken down by week, over the same "
         "period.\n"
         "I can confirm that Essex County Council does hold this information, however from our preliminary assessment, "
         "we estimate that compliance with your request would exceed the appropriate costs limit under section 12 of "
         "the Freedom of Information Act 2000. This is currently £450\n")


def test_the_short_numbers_after_a_reference_on_its_line_are_part_of_it():
    # Essex's reply (ehcp-assessments/essex-ehc-needs-assessments-weekly-2026): 3 and 26 were read as figures of
    # question 1, which made it answered
    assert _read(ESSEX, WEEKLY) == set()
    assert _read("Our reference: FOI 2291 04 25\n1. Requests for a needs assessment: 58\n", WEEKLY) == {
        ("1", None, None, 58)}


def test_a_question_restated_under_its_number_is_no_passage_answering_it():
    # the same reply: "Question 1 - The number of requests ..." restates the request; it was read as a passage that
    # answers question 1 (successful), beside the cost-limit refusal of the whole request
    reply = parse_reply(ESSEX, WEEKLY)
    assert reply.outcome == "rejected"
    assert {q.question: q.outcome for q in reply.questions} == {"1": "rejected", "2": "rejected"}


def test_a_numbered_line_of_the_questions_words_with_figures_still_answers():
    # Conwy's reply (empty-homes/conwy-premium-empty-second-homes-2017) writes its answer in the question's words
    # with figures, "Q1 - Long Term Empty Homes - 1,100 & Second Homes - 1,500.": that passage stays an answer
    text = ESSEX.replace("Question 1 - The number of requests for an Education, Health and Care (EHC) Needs Assessment "
                         "received by the Authority, broken down by week, from 1 January 2022 to the present date.",
                         "Question 1 - Requests for an Education, Health and Care (EHC) Needs Assessment received by "
                         "the Authority - 1,100.")
    reply = parse_reply(text, WEEKLY)
    assert {q.question: q.outcome for q in reply.questions}["1"] != "rejected"


# "- Decision" / "-" / "- 1390" / "- 72" ... / "- Reference number": a page's dashed answers in the request's order -----

REFUSALS = parse_survey(textwrap.dedent("""
    name = "needs-assessment-refusals"
    title = "Needs assessment requests and refusals"
    [periods]
    asked = [{ label = "2019 financial year", start = 2019-04-01, end = 2020-03-31 }]
    [subjects.initial_requests]
    label = "Initial requests"
    synonyms = ["initial requests? (?:that were )?made"]
    [subjects.refused]
    label = "Initial requests refused"
    synonyms = ["requests? .{0,60}refused"]
    [subjects.pending]
    label = "Still being assessed"
    synonyms = ["still being assessed"]
    [subjects.after_first]
    label = "Granted after first refusal"
    synonyms = ["after first refusal"]
    [subjects.after_second]
    label = "Granted after second refusal"
    synonyms = ["after second refusal"]
    [[questions]]
    id = "1"
    text = "The number of initial requests that were made for an EHC needs assessment for an Education Health and Care Plan (EHCP) during the 2019 financial year (1 April - 31 March)."
    subject = "initial_requests"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "The number of initial requests for an EHC needs assessment for an Education Health and Care Plan (EHCP) that were refused during the 2019 financial year."
    subject = "refused"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "The number of children and young people (aged 0-25) assessed for an Education Health and Care Plan (EHCP) during the 2019 financial year who are still being assessed or those where assessment has been completed but no decision taken."
    subject = "pending"
    measures = ["count"]
    [[questions]]
    id = "4a"
    text = "The number of requests for an assessment for an Education Health and Care Plan during the 2019 financial year that were granted: After first refusal?"
    subject = "after_first"
    measures = ["count"]
    [[questions]]
    id = "4b"
    text = "... After second refusal?"
    subject = "after_second"
    measures = ["count"]
    """), "needs-assessment-refusals.toml")

LINCOLNSHIRE = (
    "- Request\n-\nI am seeking recorded information on the following:\n"
    "- The number of initial requests that were made for an EHC needs assessment for an Education Health and Care "
    "Plan (EHCP) during the 2019 financial year (1 April – 31 March).\n"
    "- The number of initial requests for an EHC needs assessment for an Education Health and Care Plan (EHCP) that "
    "were refused during the 2019 financial year.\n"
    "- The number of children and young people (aged 0-25) assessed for an Education Health and Care Plan (EHCP) "
    "during the 2019 financial year who are still being assessed or those where assessment has been completed but no "
    "decision taken for an Education Health and Care Plan (EHCP).\n"
    "- The number of requests for an assessment for an Education Health and Care Plan during the 2019 financial year "
    "that were granted: After first refusal? After second refusal?\n"
    "- Decision\n-\n- 1390\n- 72\n- 82\n- 51, 5\n"
    "- Reference number\n- FOI1396\n- Date request received\n- 13 March 2020\n- Date of decision\n- 17 April 2020\n")


def test_dashed_answers_under_a_decision_heading_in_the_requests_order():
    # Lincolnshire's page (ehcp-assessments/lincolnshire-ehc-needs-assessments-2020): the request's four dashed asks,
    # "- Decision", a dash alone, the four answers, then the page's fields; none of the four figures was read (the
    # heading and the fields were taken as answers, too many for the questions, and "4." cannot stand in "- 1390"'s
    # dash without running into it)
    reply = parse_reply(LINCOLNSHIRE, REFUSALS)
    got = {(f.question, f.value) for f in reply.facts}
    assert got == {("1", 1390), ("2", 72), ("3", 82), ("4a", 51), ("4b", 5)}
    # every quote stands where it is in the page as given (the text was one character longer for each number)
    assert all(LINCOLNSHIRE[f.start:f.end] == f.quote for f in reply.facts)


def test_dashed_answers_in_words_after_a_response_heading():
    # made up: "- Response" over answers in words, the page's "- Date of response" after them
    text = LINCOLNSHIRE.replace("- Decision\n-\n- 1390\n- 72\n- 82\n- 51, 5\n- Reference number\n",
                                "- Response\n- Nil\n- None were refused\n- 82\n- Not held\n- Reference number\n")
    reply = parse_reply(text, REFUSALS)
    assert ("3", 82) in {(f.question, f.value) for f in reply.facts}
    assert {q.question: q.outcome for q in reply.questions}.get("4a") == "not_held"


def test_plain_figures_on_a_number_asked_in_parts_are_the_parts_in_order():
    # the same reply's "51, 5" under "4." (4a after first refusal, 4b after second): both were read as question 3's
    text = "1. 1390\n2. 72\n3. 82\n4. 51, 5\n"
    assert {(f.question, f.value) for f in parse_reply(text, REFUSALS).facts} == {
        ("1", 1390), ("2", 72), ("3", 82), ("4a", 51), ("4b", 5)}
    # as many figures as parts only: "4. 51, 5, 7" says not which is which
    assert ("4b", 5) not in {(f.question, f.value) for f in parse_reply("3. 82\n4. 51, 5, 7\n", REFUSALS).facts}


# "Year   Complaints received" / "2016/17 2": a header spaced wider than its single-spaced rows ---------------------------

CAMPS = parse_survey(textwrap.dedent("""
    name = "camps-complaints"
    title = "Unauthorised camps and complaints"
    [periods]
    asked = [{ label = "2014/15", start = 2014-04-01, end = 2015-03-31 },
             { label = "2015/16", start = 2015-04-01, end = 2016-03-31 },
             { label = "2016/17", start = 2016-04-01, end = 2017-03-31 }]
    [subjects.unauthorised_camps]
    label = "Unauthorised camps"
    synonyms = ["unauthorised (?:gipsy traveller )?camps", "unauthorised encampments", "encampments"]
    [subjects.legal_actions]
    label = "Legal actions"
    synonyms = ["legal action"]
    [subjects.complaints]
    label = "Complaints"
    synonyms = ["complaints?"]
    [[questions]]
    id = "1"
    text = "Can you please tell me how many unauthorised gipsy traveller camps there have been in your area in each of the last 3 financial years?"
    subject = "unauthorised_camps"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "Has the council taken legal action to remove any of the settlements?"
    subject = "legal_actions"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "How many complaints has the council received about unauthorised gipsy traveller camps in each of the last 3 financial years?"
    subject = "complaints"
    measures = ["count"]
    """), "camps-complaints.toml")

MORAY = ("Response 21-11-2017\n\n"
         "Year   No new unauthorised encampments in period\n2016/17 22\n2015/16 45\n2014/15 39\n\n"
         "Yes, legal action taken once and the encampment was removed.\n\n"
         "Year   Complaints received\n2016/17 2\n2015/16 3\n2014/15 4\n")


def test_single_spaced_rows_under_a_header_spaced_wider_are_its_rows():
    # Moray's reply (traveller-encampments/moray-unauthorised-camps-2017): the rows went to the thing named last
    # (legal action, the complaints of the request's last question), not the column over them; and the header's
    # "No new unauthorised encampments" ("number of new ...") was a nought that made the header a row of figures
    got = {(f.question, f.period, f.value) for f in parse_reply(MORAY, CAMPS).facts}
    assert got == {("1", "2016/17", 22), ("1", "2015/16", 45), ("1", "2014/15", 39),
                   ("3", "2016/17", 2), ("3", "2015/16", 3), ("3", "2014/15", 4)}


def test_a_single_spaced_row_with_a_word_cell_keeps_its_columns():
    # made up: "Nil" in a row of the table, one word per column; a row with more words than columns is left alone
    text = "Year   Unauthorised encampments   Complaints\n2016/17 Nil 2\n2015/16 45 3\n"
    got = {(f.question, f.period, f.value) for f in parse_reply(text, CAMPS).facts}
    assert ("3", "2016/17", 2) in got and ("1", "2015/16", 45) in got and ("3", "2015/16", 3) in got
    assert ("1", "2016/17", 2) not in got


def test_a_rows_no_with_its_period_is_still_none():
    # "2019   No complaints received": a row's "No" beside its period says there were none
    text = "Year   Complaints\n2016/17   No complaints received\n"
    assert ("3", "2016/17", 0) in {(f.question, f.period, f.value) for f in parse_reply(text, CAMPS).facts}


# "267 of the 1,515 requests" under "How many assessments were refused at initial request?" ---------------------------

MEDIATION = parse_survey(textwrap.dedent("""
    name = "requests-refused"
    title = "Requests and refusals"
    [subjects.assessment_requests]
    label = "Requests for assessments"
    synonyms = ["requests? for (?:ehcp|education and health care plans?) assessments?", "requests"]
    [subjects.assessments_refused]
    label = "Assessments refused"
    synonyms = ["refused at initial request", "assessments? (?:were )?refused", "refused"]
    [[questions]]
    id = "1"
    text = "How many requests for Education and Health Care Plans (EHCP) assessments have been made in 23/07/2018-23/07/2019?"
    subject = "assessment_requests"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "How many assessments were refused at initial request?"
    subject = "assessments_refused"
    measures = ["count"]
    """), "requests-refused.toml")


def test_a_part_of_the_whole_said_again_answers_the_question_it_stands_under():
    # Devon's reply (ehcp-assessments/devon-ehcp-requests-mediation-2019): "267 of the 1,515 requests" under the
    # question restated: the requests named are the whole's (question 1's 1,515), and 267 was read as nothing
    text = ("How many requests for Education and Health Care Plans (EHCP) assessments have been made in "
            "23/07/2018-23/07/2019?\n\n1,515 requests\n\nHow many assessments were refused at initial request?\n\n"
            "267 of the 1,515 requests\n")
    assert {(f.question, f.value) for f in parse_reply(text, MEDIATION).facts} == {("1", 1515), ("2", 267)}
    # "out of": the same
    text2 = text.replace("267 of the 1,515 requests", "267 out of 1,515 requests")
    assert ("2", 267) in {(f.question, f.value) for f in parse_reply(text2, MEDIATION).facts}


# "2022 – 84 (5 appeals still ongoing)", "None (3 are still ongoing)": a count in brackets after the answer is an aside ---

def test_a_count_in_brackets_after_the_answer_is_no_answer():
    # Devon's (ehcp-assessments/devon-send-appeals-school-places-2024) and Thurrock's (thurrock-ehcp-requests-mediation-
    # 2019) replies; the set labels each such count a volunteered figure (also councillor-complaints' "29 (22 for one
    # Councillor)", playgrounds' "55 (83 including all play areas ...)"): 5 and 3 were read as the question's
    text = ("1. The number of SEND tribunals appealed\n2022 – 84 (5 appeals still ongoing)\n\n"
            "3. How many complaints were upheld in favour of the council?\nNone (3 are still ongoing)\n")
    assert {(f.question, f.value) for f in parse_reply(text, CAMPS).facts} == {("1", 84), ("3", 0)}


def test_a_length_or_a_breakdown_in_brackets_is_still_read():
    # a length of time in brackets ("(33 months)") and a breakdown of several ("(155 direct, 10 No service)") are not
    # such asides: the rule leaves them to the rules that read them
    from reader.facts.reply_lines import _not_a_figure_spans
    for text in ("2022 (33 months)", "165 (155 direct, 10 No service)", "2023 - 50 (134 ongoing and 106 pending)"):
        assert _not_a_figure_spans(text) == [], text
    assert _not_a_figure_spans("84 (5 appeals still ongoing)") == [(4, 5)]
