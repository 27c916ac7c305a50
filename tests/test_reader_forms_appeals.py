"""Forms of English councils write in any topic (helper "rules13pa", session of 2026-12-07), found in the
planning-appeals topic's replies. Each test quotes a real reply's words (tests/files/real_set/) that the rule reads,
or a made-up variant of them, and each is read wrongly without its rule.
"""

from __future__ import annotations

import textwrap

from reader.cells import rejoin_cells
from reader.facts.measures import measure_of
from reader.survey import parse_survey

from tests.reading_helpers import DRAFTED, SURVEYS, figures
from reader import load_survey


def _figures(text: str, survey) -> set[tuple]:
    return figures(text, survey, "question", "period", "measure", "value")


APPEAL_COSTS = load_survey(str(SURVEYS / "planning-appeals-costs-2010-2025.toml"))

# East Cambridgeshire, planning-appeals/east-cambs-planning-appeal-costs-2026: a web table flattened one cell to a
# line, its header's cells on lines of their own, each row's cells on lines of their own, rows between blank lines
EAST_CAMBS = textwrap.dedent("""\
    Specifically, I request the data be provided in a table format containing the following two categories:
    1. The total amount spent by the Council on legal fees, external consultants, and administrative costs for defending planning appeals.
    2. The total number of planning appeals defended by the Council.
    3. The total amount paid out to appellants (third parties) following a decision by the Planning Inspectorate that the Council acted "unreasonably" (Awards of Costs).
    4. The total number of instances where costs were paid out to appellants (third parties) following a decision by the Planning Inspectorate that the Council acted "unreasonably" (Awards of Costs).

    Responded 7 January 2026

    Due to a change in systems we can only provide data from 1st April 2013 to 11th December 2025.
    Financial year
    Own legal/appeal costs (£)
    Number of planning appeals defended
    Costs paid due to "Unreasonable" decision (£)
    Number of instances were costs were paid for “Unreasonable” decision


    2013/2014
    £2,750.00
    13
    £6,546.55
    1


    2014/2015
    £4,070.00
    16
    £0.00
    0


    2015/2016
    £10,370.00
    15
    £1,350.00
    1
    """)


# A table flattened one cell to a line, its rows of a period and as many figures each -------------------------------

def test_flattened_rows_and_their_header_are_put_back_as_cells():
    out = rejoin_cells(EAST_CAMBS)
    assert len(out) == len(EAST_CAMBS)
    assert "Financial year\tOwn legal/appeal costs (£)\tNumber of planning appeals defended\t" in out
    assert "2013/2014\t£2,750.00\t13\t£6,546.55\t1\n" in out


def test_a_header_line_needs_a_sentence_or_blank_above_it():
    # "Financial Year" / "PCNs Issued" / "Amount Paid" under a sentence (TfL, parking-pcns/tfl-bus-lane-income-2021)
    text = ("TfL only issue PCNs on the red routes throughout London.\nFinancial Year\nPCNs Issued\nAmount Paid\n"
            "18/19\n14,620\n£813,800\n19/20\n27,316\n£1,641,269\n20/21\n15,451\n£915,439\n")
    out = rejoin_cells(text)
    assert "Financial Year\tPCNs Issued\tAmount Paid\n18/19\t14,620\t£813,800\n" in out
    assert out.startswith("TfL only issue PCNs on the red routes throughout London.\n")
    # more lines of words above the rows than they have cells: which are the header is not known, none is joined
    more = "Alpha\nBeta\nPCNs Issued\nAmount Paid\n\n18/19\n14,620\n£813,800\n19/20\n27,316\n£1,641,269\n"
    assert "Alpha\nBeta\nPCNs Issued\nAmount Paid\n" in rejoin_cells(more)


def test_every_column_of_the_flattened_table_is_read():
    found = _figures(EAST_CAMBS, APPEAL_COSTS)
    assert {("1", "2013/2014", "total_cost_gbp", 2750.0), ("2", "2013/2014", "count", 13.0),
            ("3", "2013/2014", "total_cost_gbp", 6546.55), ("4", "2013/2014", "count", 1.0),
            ("1", "2014/2015", "total_cost_gbp", 4070.0),
            ("3", "2014/2015", "total_cost_gbp", 0.0), ("4", "2014/2015", "count", 0.0),
            ("3", "2015/2016", "total_cost_gbp", 1350.0)} <= found


# A heading that opens "Number of" counts, whatever money words name the things ------------------------------------

def test_number_of_heading_is_a_count_though_it_names_costs():
    assert measure_of("Number of instances were costs were paid for “Unreasonable” decision") == "count"
    assert measure_of("No. of fines paid") == "count"
    assert measure_of("Total number of PCNs paid") == "count"
    # ... but not a heading that asks for a count and an amount, nor one in pounds
    assert measure_of("Number of PCNs and income received") != "count"
    assert measure_of("Number of costs awards (£)") != "count"
    assert measure_of("Costs paid due to unreasonable decision (£)") != "count"


# A column naming the thing, its questions asking one kind of amount ----------------------------------------------

ONE_KIND = parse_survey(textwrap.dedent("""
    name = "t"
    title = "t"
    [periods]
    asked = [
      { label = "2019/20", start = "2019-04-01", end = "2020-03-31" },
      { label = "2020/21", start = "2020-04-01", end = "2021-03-31" },
    ]
    [subjects.legal]
    label = "Legal costs"
    synonyms = ["legal costs"]
    [subjects.appeals]
    label = "Appeals"
    synonyms = ["appeals"]
    [[questions]]
    id = "1"
    text = "The total spent on legal costs"
    subject = "legal"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "2"
    text = "The number of appeals"
    subject = "appeals"
    measures = ["count"]
"""))


def test_small_amount_in_a_column_naming_its_thing_is_the_kind_asked():
    # "£848.00" under "Legal costs (£)" where the question asks for a total: a total, however small (it was read as a
    # price each, and dropped, below £5,000)
    text = "Year\tLegal costs (£)\tAppeals\n2019/20\t£848.00\t11\n2020/21\t£2,750.00\t13\n"
    found = _figures(text, ONE_KIND)
    assert {("1", "2019/20", "total_cost_gbp", 848.0), ("1", "2020/21", "total_cost_gbp", 2750.0),
            ("2", "2019/20", "count", 11.0)} <= found


# A column naming nothing beside columns naming two things ----------------------------------------------------------

def test_column_naming_nothing_is_not_the_thing_another_column_names():
    # the raw draft of the East Cambridgeshire request names "instances" and "planning appeals defended": the
    # columns "Own legal/appeal costs (£)" and "Costs paid due to ..." name neither, and are no "instances"
    drafted = load_survey(str(DRAFTED / "planning-appeals-costs-2010-2025.toml"))
    found = _figures(EAST_CAMBS, drafted)
    assert ("2", "2013/2014", "count", 13.0) in found
    assert ("4", "2013/2014", "count", 1.0) in found
    assert not any(q == "4" and m == "total_cost_gbp" for q, _, m, _ in found)


# A request's item restated with a dash over the answer, "The total amount paid out to ..." -------------------------

def test_restated_amount_paid_item_heads_its_short_answer():
    # Rushcliffe, planning-appeals/rushcliffe-planning-appeal-costs-3905987: the request's dashed items restated,
    # each answer a dashed line of its own under its item (the answer names no thing; the item above it does)
    text = textwrap.dedent("""\
        Response
        - The total number of planning appeals defended by the Authority (if an appeal crosses a financial year please include it in the same year as the costs were paid).
        - The total amount paid out to appellants (third parties) following a decision by the Planning Inspectorate that the Authority acted unreasonably (Awards of Costs).
        - From 1 April 2018 to 31 January 2026 = £87,548.20 in total.
        - The total number of instances whe""")
    found = figures(text, APPEAL_COSTS, "question", "measure", "value")
    assert ("3", "total_cost_gbp", 87548.2) in found
    # made up: "the amount spent on ..." restated over a shorter answer
    text2 = ("- The total amount spent by the Authority on legal fees, external consultants, and administrative costs "
             "for defending planning appeals.\n- In 2024/25 the Council spent £12,400.\n")
    assert ("1", "total_cost_gbp", 12400.0) in figures(text2, APPEAL_COSTS, "question", "measure", "value")


# The EIR's regulation 6: what is publicly available, refused as FOIA's s21 -----------------------------------------

def test_regulation_6_publicly_available_refuses_the_request():
    # Guildford, planning-appeals/guildford-appeal-cost-settlements-eir-2018
    from reader import parse_reply
    text = textwrap.dedent("""\
        1. How many cost applications for a "full award" have been made and settled by agreement between the appellants and the Council?

        We have considered your request for how many cost applications have been made and settled by agreement between the appellants and the Council.

        This request is exempt under Regulation 6 of the Environmental Information Regulations 2004 because the information is publicly available""")
    survey = load_survey(str(SURVEYS / "planning-appeals-cost-settlements-2018.toml"))
    reply = parse_reply(text, survey)
    assert reply.exemptions == ["reg6"]
    assert reply.outcome == "rejected"
    # made up: its subsection, and the Regulation's own words
    made_up = ("We are refusing this request under Regulation 6(1)(b) of the EIR as the information is already "
               "publicly available and easily accessible on our website.")
    assert parse_reply(made_up, survey).exemptions == ["reg6"]


def test_regulation_6_offering_inspection_is_no_refusal():
    # Durham, allotments/durham-allotment-tenancy-agreements-2011: regulation 6 used to offer what is held
    from reader import parse_reply
    survey = load_survey(str(SURVEYS / "planning-appeals-cost-settlements-2018.toml"))
    text = ("Under the EIR 2004, Regulation 6 (1)(b)), we are making the information we do hold available to inspect "
            "at our offices.")
    assert "reg6" not in parse_reply(text, survey).exemptions


# A column of amounts in the council's words, matched to the question whose words it alone shares -----------------

def test_amount_column_in_councils_words_is_the_question_its_own_words_name():
    # the raw draft names question 1's thing "legal fees" and question 3's "paid appellants"; the table's columns say
    # "Own legal/appeal costs (£)" and "Costs paid due to 'Unreasonable' decision (£)": "legal" is question 1's word
    # alone, "paid" and "decision" question 3's, of the questions no other column names
    drafted = load_survey(str(DRAFTED / "planning-appeals-costs-2010-2025.toml"))
    found = _figures(EAST_CAMBS, drafted)
    assert {("1", "2013/2014", "total_cost_gbp", 2750.0), ("3", "2013/2014", "total_cost_gbp", 6546.55),
            ("1", "2015/2016", "total_cost_gbp", 10370.0), ("3", "2015/2016", "total_cost_gbp", 1350.0)} <= found


def test_amount_column_sharing_no_question_own_word_stays_unnamed():
    # made up: "Other costs (£)" shares no word of its own with either question left unnamed
    drafted = load_survey(str(DRAFTED / "planning-appeals-costs-2010-2025.toml"))
    text = EAST_CAMBS.replace("Own legal/appeal costs (£)", "Other costs (£)")
    assert not any(q == "1" for q, _, _, _ in _figures(text, drafted))


# A nought said of the whole span asked: "... expenditure for the years requested is £0" ----------------------------

RESIDENTIAL_LED = load_survey(str(SURVEYS / "planning-appeals-residential-led-2019.toml"))
EDEN = textwrap.dedent("""\
    Request
      2. How much was spent by the authority on legal advice and action relating to planning appeals in (a) 2016/17, (b) 2017/2018, and (c) 2018/2019.

    Our response

    Regarding question 2: The Council does not employ planning consultants to write appeal statements, this work is undertaken solely by Planning Officers, so the Council’s expenditure for the years requested is is £0.
    """)


def test_zero_for_the_years_requested_is_zero_in_each_year_asked():
    # Eden, planning-appeals/eden-residential-appeals-06457: one £0 for the three years question 2 asks (2a-2c)
    found = figures(EDEN, RESIDENTIAL_LED, "question", "period", "value")
    assert {("2a", "2016/2017", 0.0), ("2b", "2017/2018", 0.0), ("2c", "2018/2019", 0.0)} <= found
    # made up: the nought said of the period specified, in other words
    made_up = EDEN.replace("so the Council’s expenditure for the years requested is is £0.",
                           "so the Council spent £0.00 during the period specified.")
    found = figures(made_up, RESIDENTIAL_LED, "question", "period", "value")
    assert {("2a", "2016/2017", 0.0), ("2b", "2017/2018", 0.0), ("2c", "2018/2019", 0.0)} <= found


def test_a_figure_other_than_nought_for_the_years_requested_is_no_yearly_figure():
    # made up: a total over the years asked is not said of each of them
    text = EDEN.replace("is is £0.", "is £4,500.")
    found = figures(text, RESIDENTIAL_LED, "question", "value")
    assert not {("2b", 4500.0), ("2c", 4500.0)} & found


# What is held covers part of the span asked, said above every answer: "we can only provide data from 1st April 2013" -

def _statuses(text: str, survey) -> dict[str, str]:
    from reader import parse_reply
    return {r.question: r.outcome for r in parse_reply(text, survey).questions}


def test_held_only_from_a_date_above_all_answers_makes_each_partly_answered():
    # East Cambridgeshire, planning-appeals/east-cambs-planning-appeal-costs-2026: asked from 2010/11, the sentence
    # over the table that answers all four questions
    found = _statuses(EAST_CAMBS, APPEAL_COSTS)
    assert found and set(found.values()) == {"partially_successful"}
    # made up: "only hold records from", in other words
    made_up = EAST_CAMBS.replace("Due to a change in systems we can only provide data from 1st April 2013 to 11th December 2025.",
                                 "The Council only holds records from April 2013 onwards.")
    assert set(_statuses(made_up, APPEAL_COSTS).values()) == {"partially_successful"}


def test_held_only_from_a_date_under_one_number_is_that_questions_alone():
    # made up on Hastings' form (graffiti/hastings-graffiti-removal-foir-369070119: "1. Hastings Borough Council only
    # holds information from 2013 to date:"): under question 1's number, question 2 answered in full stays so
    text = textwrap.dedent("""\
        1. The Council only holds information from 2013 to date: 2013/2014 £2,750.00
        2. In 2013/2014 the Council defended 13 planning appeals.
        3. In 2013/2014 the total amount paid out to appellants was £6,546.55.
        4. In 2013/2014 costs were paid out to appellants on 1 occasion.
        """)
    found = _statuses(text, APPEAL_COSTS)
    assert found.get("2") == "successful"
