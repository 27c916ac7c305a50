"""Which question an answer belongs to where the reply restates the request (reader/restated_blocks.py; helper
"restated10", session of 2026-12-07). The real quotes come from the sweep of replies on topics outside the set
(docs/real-replies.md, "session-7dec-e"); each is read wrongly without the rule, and a made-up variant of each
layout shows it is read as a form, not as one reply's words.
"""

from __future__ import annotations

import json
import textwrap

from reader import parse_reply
from reader.restated_blocks import restated_layout
from reader.survey import parse_survey


def _survey(questions: list[tuple[str, str, str, str]], periods: list[str] = ()) -> object:
    """A survey of (id, text, subject, measure) questions, each subject named by its own words."""
    lines = ['name = "t"', 'title = "t"']
    if periods:
        lines.append("[periods]")
        lines.append("asked = [")
        for p in periods:
            first = int(p[:4])
            lines.append(f'  {{ label = "{p}", start = {first}-04-01, end = {first + 1}-03-31 }},')
        lines.append("]")
    seen = set()
    for _, _, subject, _ in questions:
        if subject not in seen:
            seen.add(subject)
            words = subject.replace("_", " ")
            lines += [f"[subjects.{subject}]", f'label = "{words}"', f'synonyms = ["{words}"]']
    for qid, text, subject, measure in questions:
        lines += ["[[questions]]", f'id = "{qid}"', f"text = {json.dumps(text)}", f'subject = "{subject}"',
                  f'measures = ["{measure}"]']
    return parse_survey("\n".join(lines) + "\n", "t.toml")


def _by_question(text: str, survey) -> dict[str, set[float]]:
    out: dict[str, set[float]] = {}
    for f in parse_reply(text, survey).facts:
        out.setdefault(f.question, set()).add(f.value)
    return out


# Each question restated under its number, its answer below: the answer is what follows its restatement ----------

FOSTER = _survey([
    ("1", "Is your organisation currently recruiting in-house foster carers?", "organisation_recruiting", "count"),
    ("2", "How many in-house foster carers do you need to recruit this year? (Please provide number of households "
          "and number of carers as separate figures).", "households", "count"),
    ("3", "What is your annual spend on recruiting in-house foster carers? Please provide annual figures for the "
          "financial years 2018-2019, 2019-20, 2020-21, 2021-22, 2022-23. If any of the following questions would "
          "make answering this request unduly burdensome, please disregard them.", "recruiting", "total_cost_gbp"),
    ("4", "What is your annual spend on Independent Fostering Agencies?", "fostering_agencies", "total_cost_gbp"),
    ("5", "What is your annual spend on in-house fostering?", "spend_on_in_house", "total_cost_gbp"),
], periods=["2018-2019", "2019-20", "2020-21", "2021-22", "2022-23"])


def test_bare_figures_under_a_restated_question_answer_it_not_a_question_alike():
    # Wokingham's fostering reply: question 3's words ("annual spend ... in-house foster") are also most of
    # question 5's, and the draft's question 3 is long; its "£6k" rows were read as question 5's
    text = textwrap.dedent("""\
        2. How many in-house foster carers do you need to recruit this year? (Please provide number of households and number of carers as separate figures).
        Household - 10
        Carers - N/A
        3. What is your annual spend on recruiting in-house foster carers? Please provide annual figures for the financial years 2018-2019, 2019-20, 2020-21, 2021-22, 2022-23.
        • 2018-2019: £6k
        • 2019-2020: £9K
        4. What is your annual spend on Independent Fostering Agencies?
        • 2018/19: 339,672
        5. What is your annual spend on in-house fostering?
        • 2018/19: 1,499,305
        """)
    got = _by_question(text, FOSTER)
    assert {6000.0, 9000.0} <= got.get("3", set())
    assert not {6000.0, 9000.0} & got.get("5", set())
    assert 1499305.0 in got.get("5", set())


def test_made_up_restated_questions_each_take_the_rows_below():
    # the same layout in other words: "Q2 -" numbers, a year and a sum a line
    survey = _survey([
        ("1", "How much did you spend on gully cleaning in each financial year?", "gully_cleaning", "total_cost_gbp"),
        ("2", "How much did you spend on gully cleaning contractors each year?", "gully_contractors",
         "total_cost_gbp"),
    ])
    text = ("Q1 - How much did you spend on gully cleaning in each financial year?\n"
            "2021/22: £41,200\n2022/23: £39,750\n"
            "Q2 - How much did you spend on gully cleaning contractors each year?\n"
            "2021/22: £12,000\n")
    got = _by_question(text, survey)
    assert {41200.0, 39750.0} <= got.get("1", set())
    assert got.get("2", set()) == {12000.0}


# Each question restated with no number, its answer below -------------------------------------------------------

TAXIS = _survey([
    ("1", "What was the total cost to your council in the 2016/17 academic year of transporting children by taxi "
          "to schools outside your council area and the numbers of children being transported?", "taxi_children",
     "total_cost_gbp"),
    ("2", "Of these, can you tell me furthest five distances travelled by taxi by these pupils and the transport "
          "costs to the council in 2016/17 of each?", "without_revealing", "unit_cost_gbp"),
    ("3", "Can you break the overall figures (both numbers of children and cost) down into two groups – children "
          "with special needs and deaf children – providing also the distances travelled by the five children in "
          "each group that travelled the furthest by taxi and the cost to the council of each?", "break_both",
     "unit_cost_gbp"),
])


def test_unnumbered_restated_questions_bound_their_answers():
    # Devon's school-taxi reply: the third question restated whole over its figures; they were read as the
    # second question's, whose words ("cost", "taxi") they share
    text = textwrap.dedent("""\
        What was the total cost to your council in the 2016/17 academic year of transporting children by taxi to schools outside your council area and the numbers of children being transported?

        140 passengers – £295,009

        Of these, can you tell me furthest five distances travelled by taxi by these pupils and the transport costs to the council in 2016/17 of each?

        Route 1: 137 miles – £296

        Can you break the overall figures (both numbers of children and cost) down into two groups – children with special needs and deaf children – providing also the distances travelled by the five children in each group that travelled the furthest by taxi and the cost to the council of each?

        Children with special needs
        114 passengers – £259,344
        """)
    got = _by_question(text, TAXIS)
    assert 259344.0 in got.get("3", set())
    assert 259344.0 not in got.get("2", set())


def test_an_unrestated_question_leaves_unnumbered_blocks_unbound():
    # one of the three not restated: the block above it would run on over its answer, so nothing is bound by
    # position (the reading is the reader's own)
    text = ("What was the total cost to your council in the 2016/17 academic year of transporting children by taxi "
            "to schools outside your council area and the numbers of children being transported?\n\n"
            "140 passengers – £295,009\n\n"
            "Children with special needs\n114 passengers – £259,344\n")
    _, blocks = restated_layout(text, TAXIS)
    assert blocks == []


# The whole request quoted first, then answers ----------------------------------------------------------------

HOUSING = _survey([
    ("1", "With regard to the authority's housing waiting list, how many households were removed from the list in "
          "the last full year where figures are available?", "households_removed", "count"),
    ("2", "Can you list the reasons given for the removal from the list?", "removal_reasons", "count"),
    ("3", "How many households were removed from the list because of death?", "removed_death", "count"),
    ("4a", "How many households have been on the list for: between five years and ten years", "five_to_ten",
     "count"),
    ("4b", "How many households have been on the list for: ten years or more", "ten_or_more", "count"),
])


def test_request_quoted_whole_heads_nothing_and_a_restated_answer_heads_its_rows():
    # Hastings' housing-list reply: the request quoted whole (its last item "b) ten years or more" part of it),
    # then answers by number ("Q1, Q2 and Q3 are based on ...", "Q1 - How many households were 'removed' ...:" over
    # a year a line, "Q2 and Q3"); the rows were read as 4b's
    text = textwrap.dedent("""\
        1. With regard to the authority's housing waiting list, how many households were removed from the list in the last full year where figures are available?
        2. Can you list the reasons given for the removal from the list?
        3. How many households were removed from the list because of death?
        4. How many households have been on the list for:
        a) between five years and ten years
        b) ten years or more
        Response
        Q1, Q2 and Q3 are based on all housing register records with case status recorded as 'Removed'.
        Q1 - How many households were 'removed' from the housing register:
        2011 = 1328
        2012 = 799
        Q2 and Q3
        NOTICE OF REFUSAL
        """)
    got = _by_question(text, HOUSING)
    assert {1328.0, 799.0} <= got.get("1", set())
    assert not got.get("4b")


CEMETERIES = _survey([
    ("1", "How many grave plots were used for new burials in council-run cemeteries in 2020?", "grave_plots",
     "count"),
    ("2", "How many grave plots or burial spaces remain empty or available across your council-run cemeteries?",
     "plots_available", "count"),
    ("3", "How many burial grounds and churchyards are run or owned by the council?", "burial_grounds", "count"),
    ("4", "How many of these are at full capacity or closed to new burials?", "full_capacity", "count"),
])


def test_request_quoted_whole_then_answers_numbered_the_same_bind_by_number():
    # made up after Moray's cemeteries reply: the request quoted, then "Response" and answers by number; a bare
    # figure under "4." is question 4's, though its noun ("churchyards") is question 3's subject
    text = textwrap.dedent("""\
        1. How many grave plots were used for new burials in council-run cemeteries in 2020?

        2. How many grave plots or burial spaces remain empty or available across your council-run cemeteries?

        3. How many burial grounds and churchyards are run or owned by the council?

        4. How many of these are at full capacity or closed to new burials?

        Response

        1. See the attached records.

        2. 10717

        3. 67

        4. 35
        """)
    found, blocks = restated_layout(text, CEMETERIES)
    assert [b.qid for b in blocks] == ["1", "2", "3", "4"]
    assert {b.qid for b in blocks if "35" in text[b.start:b.end]} == {"4"}


def test_answers_numbered_from_an_item_below_the_restated_ones_are_no_answers():
    # the request's own items below the last it restated ("5. Please state ...") start no numbered answers
    text = ("3. How many burial grounds and churchyards are run or owned by the council?\n"
            "4. How many of these are at full capacity or closed to new burials?\n"
            "5. Please state your charges.\n"
            "6. Please state your opening hours.\n"
            "Response\nThere are 12 burial grounds.\n")
    _, blocks = restated_layout(text, CEMETERIES)
    assert blocks == []


# A number inside a restatement is the request's -------------------------------------------------------------

def test_words_for_none_inside_a_restated_question_are_no_answer():
    # Wokingham's exclusions reply: "(ie, none, online tutoring, etc)" after the restated question's "?" is the
    # request's own example, read as a nought
    survey = _survey([
        ("1", "How many pupils were permanently excluded in your schools in these years?", "excluded_pupils",
         "count"),
        ("5", "For children not in full-time education after the sixth day, please can you provide a table showing "
              "what sort of education they were being provided? (ie, none, online tutoring, etc)",
         "education_provided", "count"),
    ])
    text = textwrap.dedent("""\
        1. How many pupils were permanently excluded in your schools in these years?
        2021-22: 18

        5. For children not in full-time education after the sixth day, please can you provide a table showing what sort of education they were being provided? (ie, none, online tutoring, etc)
        See above
        """)
    got = _by_question(text, survey)
    assert not got.get("5")


def test_an_answer_saying_the_question_back_with_its_figure_is_no_restatement():
    # Brentwood's right-to-buy reply: "1. The total net sum ... is £939,095.00" says question 1's words back
    # with a figure the question does not hold: the answer, kept
    survey = _survey([
        ("1", "The total sum of cash raised through right to buy receipts from April 2012 to date", "receipts",
         "total_cost_gbp"),
        ("2", "The number of units sold through right to buy each financial year since April 2010", "units_sold",
         "count"),
    ])
    text = ("1. The total sum of cash raised through right to buy receipts from April 2012 to date\n\n"
            "2. The number of units sold through right to buy each financial year since April 2010\n\n"
            "Response\n\n"
            "1. The total net sum of cash raised through right to buy receipts from April 2012 to date is "
            "£939,095.00\n\n"
            "2. The figures are as follows:\n")
    got = _by_question(text, survey)
    assert 939095.0 in got.get("1", set())


def test_a_figure_the_request_holds_stays_inside_its_restatement():
    # a request's own number restated without "?" ("1-25%, 26-50%") is part of the restatement, not an answer
    survey = _survey([
        ("1", "The total number of council employees who use any part of their working hours for facility time.",
         "employees", "count"),
        ("2", "How many of these employees spend 1-25%, 26-50%, 51-75% and 76-100% of their working hours on "
              "facility time.", "employees_by_share", "count"),
    ])
    found, _ = restated_layout(
        "2. How many of these employees spend 1-25%, 26-50%, 51-75% and 76-100% of their working hours on "
        "facility time.\n", survey)
    assert [r.qid for r in found] == ["2"]


# A question read as answered from the request's own words: its answer is its block's --------------------------

WEBCAST = _survey([
    ("1", "Does your Council webcast / Live stream Council and/or Committee meetings?", "webcast", "count"),
    ("2", "If NO to Question 1, do you have any plans to introduce this in the future?", "plans", "count"),
    ("3", "Which year did your Council start to webcast / live stream Council / Committee meetings?", "start_year",
     "count"),
    ("4", "Which system / application do you use to webcast / live stream Council / Committee meetings?", "system",
     "count"),
])


def test_the_request_quoted_whole_is_no_answer_the_numbered_answer_below_is():
    # Moray's webcasting reply: the request quoted with its form's own options and headings ("NO / YES",
    # "DETAILS ABOUT THE SYSTEM"), which were read as questions 1's and 3's answers; "1. Yes" and "3. 2013" are
    text = textwrap.dedent("""\
        1. Does your Council webcast / Live stream Council and/or Committee meetings?

        NO / YES

        2. If NO to Question 1, do you have any plans to introduce this in the future?

        3. Which year did your Council start to webcast / live stream Council / Committee meetings?

        DETAILS ABOUT THE SYSTEM

        4. Which system / application do you use to webcast / live stream Council / Committee meetings?

        Response 13-03-2020

        1. Yes

        2. N/A

        3. 2013

        4. Public-I
        """)
    quotes = {q.question: q.quote for q in parse_reply(text, WEBCAST).questions}
    assert quotes["1"].startswith("1. Yes")
    assert quotes["3"].startswith("3. 2013")


def test_made_up_quoted_form_with_its_options_is_no_answer():
    # the same form in other words: options under a restated question, answers by number below
    text = ("1. Does your Council webcast / Live stream Council and/or Committee meetings?\n"
            "Yes / No / Partly\n"
            "2. If NO to Question 1, do you have any plans to introduce this in the future?\n"
            "3. Which year did your Council start to webcast / live stream Council / Committee meetings?\n"
            "4. Which system / application do you use to webcast / live stream Council / Committee meetings?\n"
            "Our answers\n"
            "1. No, we do not.\n"
            "2. Not at present.\n"
            "3. N/A\n"
            "4. N/A\n")
    quotes = {q.question: q.quote for q in parse_reply(text, WEBCAST).questions}
    assert "Partly" not in quotes.get("1", "")


# A line opened by a part's letter names its part, whatever block it stands in ------------------------------------

LETTERED = _survey([
    ("1a", "How many complaints did you receive about: noise", "noise", "count"),
    ("1b", "How many complaints did you receive about: odour", "odour", "count"),
    ("2", "Do you publish a policy on handling complaints about smells and noise?", "handling_policy", "count"),
])


def test_lettered_answers_below_a_request_quoted_whole_keep_their_parts():
    # made-up, in the layout of Thurrock's bailiffs reply (tests/test_reader_ctax_english.py): the request quoted
    # whole, its last question unlettered, then the lettered answers to the first, with no number above them
    text = ("1) How many complaints did you receive about:\n\na. noise\n\nb. odour\n\n"
            "2) Do you publish a policy on handling complaints about smells and noise?\n\n\n"
            "a) 212\n\nb) 37\n\n2) The policy is on our website.\n")
    got = _by_question(text, LETTERED)
    assert got.get("1a") == {212.0} and got.get("1b") == {37.0}
    assert "2" not in got
