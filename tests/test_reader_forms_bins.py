"""Forms of English councils write in any topic (helper "binsfix", session of 2026-12-07), found in the bins
topic's replies. Each test quotes a real reply's words (tests/files/real_set/) that the rule reads, and each is
read wrongly without it.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply

from tests.reading_helpers import figures
from reader.survey import parse_survey


def _figures(text: str, survey) -> set[tuple]:
    return figures(text, survey, "question", "period", "value")


MISSED = parse_survey(textwrap.dedent("""
    name = "missed-collections"
    title = "Missed collections"
    [periods]
    asked = [
      { label = "2018", start = "2018-01-01", end = "2018-12-31" },
      { label = "2019", start = "2019-01-01", end = "2019-12-31" },
      { label = "2020", start = "2020-01-01", end = "2020-12-31" },
    ]
    [subjects.missed_collections]
    label = "Missed bin collections"
    synonyms = ["missed bin collections?", "missed collections?"]
    [[questions]]
    id = "1"
    text = "The number of missed bin collections in 2018, 2019 and 2020"
    subject = "missed_collections"
    measures = ["count"]
    periods = ["2018", "2019", "2020"]
    [subjects.extra_lorries]
    label = "Extra bin lorries sent out to pick up missed bins"
    synonyms = ["extra bin lorr(?:y|ies)", "additional vehicles?"]
    [[questions]]
    id = "2"
    text = "How many extra bin lorries had to be sent out to pick up bins missed during their routine collections in 2018, 2019, 2020"
    subject = "extra_lorries"
    measures = ["count"]
    periods = ["2018", "2019", "2020"]
"""))


# A request's item restated without "?", its years listed in a sentence: it heads the rows under it -------------

def test_restated_item_listing_its_years_heads_the_rows_below():
    # East Herts, bins/east-herts-missed-bins-303334: a dashed, unnumbered item restated over "year - figure"
    # rows; its "in 2018, 2019 and 2020" is the request's wording, not a column per year
    text = ("Thank you for your request for information.\n\n"
            "- The number of missed bin collections in 2018, 2019 and 2020\n\n"
            "2018 - 2102\n\n2019 - 2215\n\n")
    assert {("1", "2018", 2102.0), ("1", "2019", 2215.0)} <= _figures(text, MISSED)


def test_years_as_column_heads_still_head_columns():
    # periods with nothing but spaces between them are a header row, not a sentence
    text = "Missed bin collections\n\n2018 2019 2020\n\n2102 2215 1126\n"
    assert {("1", "2018", 2102.0), ("1", "2019", 2215.0), ("1", "2020", 1126.0)} <= _figures(text, MISSED)


# A number before a unit of volume, weight or length is a size, not a count ----------------------------------

COMMUNAL = parse_survey(textwrap.dedent("""
    name = "communal-bins"
    title = "Communal bins"
    [subjects.communal_bins]
    label = "Communal bins"
    synonyms = ["communal bins?", "bins?"]
    [[questions]]
    id = "1"
    text = "How many communal bins does the council operate?"
    subject = "communal_bins"
    measures = ["count"]
"""))


def test_sizes_in_litres_are_not_counts():
    # Moray, bins/moray-communal-bins-101003172041
    text = ("1. How many communal bins does the council operate?\n\n"
            "Bins in communal locations comprise of individual unit sizes of: 140 litre, 240 litre, 360 litre, "
            "660 litre, 1100 litre and 1280 litre.\n")
    assert not {v for _, _, v in _figures(text, COMMUNAL)} & {140.0, 240.0, 360.0, 660.0, 1100.0, 1280.0}


def test_a_size_in_the_unit_the_request_asks_in_is_read():
    tonnage = parse_survey(textwrap.dedent("""
        name = "waste-tonnage"
        title = "Waste tonnage"
        [subjects.waste]
        label = "Fly-tipped waste"
        synonyms = ["fly-tipped waste", "waste"]
        [[questions]]
        id = "1"
        text = "How many tonnes of fly-tipped waste did the council collect?"
        subject = "waste"
        measures = ["count"]
    """))
    assert 412.0 in {v for _, _, v in _figures("1. Fly-tipped waste: 412 tonnes\n", tonnage)}


# An answer that opens with a word for nought, then says why at length: the word is the answer ----------------

RECYCLING = parse_survey(textwrap.dedent("""
    name = "contaminated-recycling"
    title = "Contaminated recycling"
    [subjects.fines]
    label = "Fines"
    synonyms = ["fines?"]
    [subjects.rejected_recycling]
    label = "Rejected recycling bins"
    synonyms = ["rejected recycling bins?"]
    [[questions]]
    id = "2"
    text = "How many fines have been given out over the past 12 months for contaminated recycling bins?"
    subject = "fines"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "How much have rejected recycling bins cost the council over the past 12 months?"
    subject = "rejected_recycling"
    measures = ["total_cost_gbp"]
"""))


def test_zero_opening_a_long_answer_is_the_answer():
    # Hastings, bins/hastings-contaminated-recycling-161013577
    text = ("Response\n"
            "Q2 - Zero, HBC do not issue fines for contaminated bins\n"
            "Q3 - Zero, HBC do not pay for the disposal of waste, this would be East Sussex County Council "
            "www.eastsussex.gov.uk\n")
    assert ("3", None, 0.0) in {(q, None, v) for q, _, v in _figures(text, RECYCLING)}


def test_a_zero_inside_prose_still_needs_its_thing_named():
    text = ("Response\nQ3 - The council pays the county for disposal and has not kept a figure of zero or any other "
            "amount for the bins rejected\n")
    assert not any(q == "3" for q, _, _ in _figures(text, RECYCLING))


# A reply that points at its file with the file named first: "see spreadsheet attached" -----------------------

REMOVAL = parse_survey(textwrap.dedent("""
    name = "bin-removal"
    title = "Bin removal"
    [subjects.bins_provided]
    label = "Public bins provided"
    synonyms = ["public bins? provided", "bins? installed"]
    [subjects.bins_removed]
    label = "Public bins removed"
    synonyms = ["public bins? removed", "bins? removed"]
    [[questions]]
    id = "1"
    text = "Please can you tell me the number of public bins the council has provided in your area?"
    subject = "bins_provided"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "Please can you tell me the number of public bins removed from your area?"
    subject = "bins_removed"
    measures = ["count"]
"""))


def test_see_spreadsheet_attached_is_a_response_answering_in_its_file():
    # Hastings, bins/hastings-bin-removal-479829901: no figure on the page, every answer in the spreadsheet
    text = ("When bins are removed, we try and replace in other locations to keep the same type of stock levels.\n"
            "In recent years all bins have only been removed due to abuse whether arson or fly-tipping.\n"
            "All bins installed and removed are the same type and material being plastic for litter and dog waste, "
            "see spreadsheet attached.\n")
    reply = parse_reply(text, REMOVAL)
    assert reply.kind == "response"
    assert {q.question for q in reply.questions if q.outcome == "successful"} == {"1", "2"}


# "2. None" under a number the survey asks in parts, one a count and one a sum: the count's answer -------------

FINES = parse_survey(textwrap.dedent("""
    name = "contamination-fines"
    title = "Contamination fines"
    [subjects.bins_rejected]
    label = "Recycling bins rejected"
    synonyms = ["recycling bins? rejected", "rejected"]
    [subjects.fines]
    label = "Fines for contaminated bins"
    synonyms = ["fines?"]
    [subjects.fines_amount]
    label = "Amount of fines"
    synonyms = ["monetary amount of fines"]
    [[questions]]
    id = "1"
    text = "How many recycling bins have been rejected by your council over the past 12 months due to contamination?"
    subject = "bins_rejected"
    measures = ["count"]
    [[questions]]
    id = "2a"
    text = "How many fines have been given out over the past 12 months"
    subject = "fines"
    measures = ["count"]
    [[questions]]
    id = "2b"
    text = "and the total monetary amount of fines set in past 12 months for contaminated recycling bins?"
    subject = "fines_amount"
    measures = ["total_cost_gbp"]
"""))


def test_none_under_a_number_asked_in_parts_answers_its_count_part():
    # Eden, bins/eden-contaminated-recycling-06571
    text = ("Our response\n  1. This information is not recorded\n  2. None\n"
            "  3. Rejections are at kerbside, therefore zero cost\n")
    figures = _figures(text, FINES)
    assert ("2a", None, 0.0) in figures and not any(q == "1" for q, _, _ in figures)


# A question restated whole with its "?" heads the paragraphs of prose under it ----------------------------------

PUBLIC_BINS = parse_survey(textwrap.dedent("""
    name = "public-bins"
    title = "Public bins"
    [subjects.public_bins]
    label = "Public bins the council has provided"
    synonyms = ["public bins?"]
    [subjects.bins_removed]
    label = "Public bins removed"
    synonyms = ["public bins removed", "bins removed"]
    [[questions]]
    id = "1"
    text = "Please can you tell me the number of public bins the council has provided in your area for the past five years (1 January 2018 - 19 January 2023)?"
    subject = "public_bins"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "Please can you tell me the number of public bins removed from your area over the past five years (1 January 2018 - 19 January 2023)?"
    subject = "bins_removed"
    measures = ["count"]
"""))

WANDSWORTH = """\
Please can you tell me the number of public bins the council has provided in your area for the past five years (1 January 2018 - 19 January 2023)? Please could this be broken down by month, the type of bin, the location (eg park or street).

Waste/Highways: Approximately 408 freestanding litter bins were installed, or replaced damaged bins in Town Centres and streets cleaned at least once daily. 11 were solar bins and 32 were dual recycling and litter bins.

Parks/Open Spaces: Approximately 862 bins are installed across our open spaces, including general waste bins, recycling bins (Tooting Common, Wandsworth Common and Battersea Park only). We do not hold records for the installation dates.
"""


def test_question_restated_with_its_mark_heads_the_prose_below():
    # Wandsworth, bins/wandsworth-bin-removal-00492, with a survey that names only "public bins": the long prose
    # answer under the restated question gave nothing (a restated question headed only a short line of figures,
    # and only the first paragraph under it)
    values = {v for q, _, v in _figures(WANDSWORTH, PUBLIC_BINS) if q == "1"}
    assert {408, 11, 32, 862} <= values


def test_question_restated_with_its_mark_made_up():
    text = ("How many public bins does the council empty each day?\n\n"
            "Town centre: In the town centre our crews empty about 140 bins a day, more in summer when visitor numbers rise.\n\n"
            "Parks: A further 60 bins in the parks are emptied daily by the parks team, as part of their rounds.\n")
    survey = parse_survey(textwrap.dedent("""
        name = "emptied"
        title = "Bins emptied"
        [subjects.public_bins]
        synonyms = ["public bins?"]
        [[questions]]
        id = "1"
        text = "How many public bins does the council empty each day?"
        subject = "public_bins"
        measures = ["count"]
    """))
    assert {v for q, _, v in _figures(text, survey) if q == "1"} == {140, 60}


def test_request_line_without_its_mark_still_needs_a_short_answer():
    # (settlement-agreements, Devon: "Please provide the total amount ... in £." over "The figures below relate to
    # Settlement and COT 3 agreements. None of these ...": no "?", so the prose under it is no answer)
    text = ("Please provide the total amount of financial compensation awarded as part of these agreements for the "
            "entirety of this period in £.\n\n"
            "The figures below relate to Settlement and COT 3 agreements. None of these prevent employees from "
            "whistleblowing.\n")
    survey = parse_survey(textwrap.dedent("""
        name = "compensation"
        title = "Compensation"
        [subjects.compensation]
        synonyms = ["financial compensation"]
        [[questions]]
        id = "1"
        text = "Please provide the total amount of financial compensation awarded as part of these agreements for the entirety of this period in £."
        subject = "compensation"
        measures = ["total_cost_gbp", "count"]
    """))
    assert _figures(text, survey) == set()


# The thing asked, named after two words that say which kind: "408 freestanding litter bins" -----------------------

def test_thing_asked_named_after_two_words_of_kind():
    text = ("Please can you tell me the number of public bins the council has provided in your area for the past five "
            "years (1 January 2018 - 19 January 2023)?\n\n"
            "Approximately 408 freestanding litter bins were installed, or replaced damaged bins in Town Centres.\n")
    assert ("1", None, 408) in {(q, None, v) for q, _, v in _figures(text, PUBLIC_BINS)}


# "3 weekly": every so many weeks, not a count --------------------------------------------------------------------

CHANGES = parse_survey(textwrap.dedent("""
    name = "collection-changes"
    title = "Collection changes"
    [subjects.changes]
    label = "Changes to collection frequency"
    synonyms = ["changes?", "frequency", "weekly"]
    [[questions]]
    id = "1"
    text = "Details of all changes to the council's household waste collection frequency each of the past five years."
    subject = "changes"
    measures = ["count"]
"""))


def test_every_so_many_weeks_is_no_count():
    # Moray, bins/moray-bin-collections-101002661240: the 3 was read as three changes
    text = ("Response 19.01.21\n\n1.\n\n2017 – No changes.\n"
            "2018 – Refuse bins where changed to 3 weekly collections.\n"
            "2020 - Recycling bins changed to 3 weekly due to the ongoing Covid 19 pandemic.\n")
    assert not any(v == 3 for _, _, v in _figures(text, CHANGES))


def test_every_so_many_weeks_made_up_and_what_stays():
    assert _figures("1. Garden waste rounds changed to 4 weekly in 2019.\n", CHANGES) == set()
    assert _figures("2019 – Refuse changed to 2 weekly collections.\n", CHANGES) == set()
    # an amount each week is money, and a count of weekly things counts them
    figures = {v for _, _, v in _figures("1. 12 weekly changes were made to rounds in 2019.\n", CHANGES)}
    assert figures == {12}


# "No Bins were removed": none of the question's own thing done, under the question restated ---------------------

def test_no_thing_done_under_the_question_restated_is_none():
    # Wandsworth, bins/wandsworth-bin-removal-00492, with a survey that names the thing "public bins removed": the
    # council's "No Bins were removed" under the restated question gave nothing
    text = ("Please can you tell me the number of public bins removed from your area over the past five years "
            "(1 January 2018 - 19 January 2023)? Please could this be broken down by month, the type of bin, the "
            "location (eg park or street) and the reason for removal.\n\n"
            "Waste/Highways: No Bins were removed by the Council.\n\n"
            "Parks/Open Spaces: No bins were removed in Open Spaces.\n")
    assert [(q, v) for q, _, v in sorted(_figures(text, PUBLIC_BINS))] == [("2", 0)]
    statuses = {q.question: q.outcome for q in parse_reply(text, PUBLIC_BINS).questions}
    assert statuses.get("2") == "successful"


def test_no_thing_done_made_up_and_what_stays():
    survey = parse_survey(textwrap.dedent("""
        name = "trees"
        title = "Street trees"
        [subjects.trees_felled]
        synonyms = ["street trees felled"]
        [[questions]]
        id = "1"
        text = "How many street trees were felled by the council in 2022?"
        subject = "trees_felled"
        measures = ["count"]
    """))
    text = "How many street trees were felled by the council in 2022?\n\nNo trees were felled in 2022.\n"
    assert {v for _, _, v in _figures(text, survey)} == {0}
    # "no" before another thing, or another deed, is no answer of none
    other = "How many street trees were felled by the council in 2022?\n\nNo complaints were received in 2022.\n"
    assert _figures(other, survey) == set()


# Thousands with a "k" in a sentence about costs are money; a word of money alone names no thing ------------------

COSTS = parse_survey(textwrap.dedent("""
    name = "collection-costs"
    title = "Collection costs"
    [subjects.additional_costs]
    label = "Additional costs"
    synonyms = ["additional costs?", "(?:spen[dt]|spending|costs?|expenditure)"]
    [subjects.average_weekly]
    label = "Average weekly"
    synonyms = ["average weekly", "average"]
    [[questions]]
    id = "3"
    text = "The additional costs to the council resulting from missed bin collections in 2018, 2019 and 2020"
    subject = "additional_costs"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "4"
    text = "The average weekly and annual costs to the council of collecting domestic waste."
    subject = "average_weekly"
    measures = ["unit_cost_gbp", "total_cost_gbp"]
"""))


def _money(text: str, survey) -> set[tuple[str | None, str, float]]:
    return {(f.question, f.measure, f.value) for f in parse_reply(text, survey).facts}


def test_thousands_with_k_in_a_sentence_about_costs_are_money():
    # East Herts, bins/east-herts-missed-bins-303334, read with the drafted survey (whose question 3 is named by
    # the bare word "costs"): nothing was read, and with the "k" read as money it went to question 3
    text = ("- The average weekly and annual costs to the council of collecting domestic waste.\n\n"
            "2020/21 the average weekly collection cost for recycling are: 23,942k and annual is 1,245,024k "
            "(this is based on a monthly core sum and included vat, does not include other costs)\n")
    found = _money(text, COSTS)
    assert ("4", "unit_cost_gbp", 23942000) in found and ("4", "total_cost_gbp", 1245024000) in found
    assert not any(q == "3" for q, _, _ in found)


def test_thousands_with_k_made_up_and_what_stays():
    assert ("4", "unit_cost_gbp", 18000) in _money(
        "The average weekly cost of the round was 18k in 2021.\n", COSTS)
    # a "k" in a sentence that says nothing of money is no sum
    assert _money("The average weekly round served 18k homes in 2021.\n", COSTS) == set()
