"""Forms of English found reading the two topics labelled blind last session (christmas-lights,
traveller-encampments): each test quotes the real reply's words (from tests/files/real_set/) that the rule reads,
with made-up variants, and each is read wrongly without its rule.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply
from reader.money import find_money
from reader.survey import parse_survey

SPEND = parse_survey(textwrap.dedent("""
    name = "decorations-spend"
    title = "Spend on decorations"
    [periods]
    asked = [{ label = "2019", start = 2019-01-01, end = 2019-12-31 },
             { label = "2020", start = 2020-01-01, end = 2020-12-31 },
             { label = "2021", start = 2021-01-01, end = 2021-12-31 }]
    [subjects.decorations_spend]
    label = "Money spent on decorations"
    synonyms = ["decorations"]
    [[questions]]
    id = "1"
    text = "How much was spent on decorations in 2021, 2020, 2019?"
    subject = "decorations_spend"
    measures = ["total_cost_gbp"]
    periods = ["2019", "2020", "2021"]
    """), "decorations-spend.toml")


def _figures(text: str, survey=SPEND) -> set[tuple[str, str | None, float]]:
    return {(f.question, f.period, f.value) for f in parse_reply(text, survey).facts}


# "2015 -£315.83": a dash stuck to a sum after a year and a space separates them, as "2021 -185" does a count ------

def test_a_dash_stuck_to_a_sum_after_a_year_separates_them():
    # Moray's reply (christmas-lights-decor-101003145153): "Christmas tree set up and removal costs:" over
    # "2015 -£315.83" ... "2021 -£158.56"
    assert [m.value for m in find_money("2015 -£315.83")] == [315.83]
    assert [m.value for m in find_money("2019/20 -£1,200")] == [1200]
    text = "1. Decorations set up and removal costs:\n\n2019 -£180.00\n2020 -£200.00\n2021 -£158.56\n"
    assert _figures(text) == {("1", "2019", 180), ("1", "2020", 200), ("1", "2021", 158.56)}


def test_a_minus_sign_against_a_sum_is_still_no_sum():
    # a negative after a word, or with no space after the year, stays no figure
    assert find_money("refund -£50") == []
    assert find_money("-£50") == []


# "£111,90": a figure cut mid-way is no sum ---------------------------------------------------------------------------

def test_a_figure_cut_mid_way_is_no_sum():
    # Hackney's playgrounds page, cut by the store after "2017 / 2018: £111,90": not £11 (without the rule, money's
    # figure stopped before "1,90" and read £11: this assert fails on 6be74c7's parent); the sums listed below guard
    assert find_money("2017 / 2018: £111,90") == []
    assert find_money("£111,9") == []
    assert [m.value for m in find_money("£300, £400")] == [300, 400]


# "... paid £19,650 for clean-up": a sum spent, under the number of the question asking what was spent -----------------

CLEAN_UP = parse_survey(textwrap.dedent("""
    name = "camp-costs"
    title = "Camp clean-up costs"
    [subjects.spent_cleaning]
    label = "Spent cleaning"
    synonyms = ["spent[\\\\s-]*cleaning"]
    [subjects.legal_fees]
    label = "Legal fees to evict"
    synonyms = ["legal[\\\\s-]*fees"]
    [[questions]]
    id = "1"
    text = "In the calendar year of 2018 how much has the council spent cleaning up council owned land following the eviction of an illegal traveller camp?"
    subject = "spent_cleaning"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "2"
    text = "In the calendar year of 2018 how much has the council spent on legal fees to evict illegal traveller camps?"
    subject = "legal_fees"
    measures = ["total_cost_gbp"]
    """), "camp-costs.toml")


def test_a_sum_spent_under_the_number_of_a_question_of_spending_is_its_answer():
    # Devon's reply (traveller-encampments/devon-camp-clean-up-legal-costs-2019), its draft's words for the thing
    # ("spent cleaning") not in the answer
    text = ("1. In the calendar year of 2018 how much has the council spent cleaning up council owned land following "
            "the eviction of an illegal traveller camp – please may this be divided by site address, how long each site "
            "was occupied for and the cost site per site.\n\n"
            "Unauthorised encampments are not illegal in themselves and arise from homelessness as well as from "
            "travelling communities.  The Council does not distinguish between clean-up costs arising from these "
            "different causes.\n\n"
            "In calendar year 2018, Devon County Council paid £19,650 for clean-up at Kingsway, Langage Industrial "
            "Estate. Duration of occupation is provided within Legal Costs and duration\n\n"
            "2. In the calendar year of 2018 how much has the council spent on legal fees to evict illegal traveller "
            "camps – please may this be divided by site address.\n\n"
            "The work of our solicitors cost approximately £4,000 in all.\n")
    found = {(f.question, f.value) for f in parse_reply(text, CLEAN_UP).facts}
    assert found == {("1", 19650), ("2", 4000)}


# "no illegal travellers camps ... over the last 5 years": the span the figure's own words say after it -------------

CAMPS = parse_survey(textwrap.dedent("""
    name = "illegal-camps"
    title = "Illegal camps"
    [periods]
    asked = [{ label = "2011", start = 2011-01-01, end = 2011-12-31 },
             { label = "2012", start = 2012-01-01, end = 2012-12-31 },
             { label = "2013", start = 2013-01-01, end = 2013-12-31 },
             { label = "2014", start = 2014-01-01, end = 2014-12-31 },
             { label = "2015", start = 2015-01-01, end = 2015-12-31 }]
    [subjects.illegal_camps]
    label = "Illegal traveller camps"
    synonyms = ["illegal (?:travellers? )?camps?", "camps?"]
    [[questions]]
    id = "1"
    text = "How many illegal traveller camps have been set up in your council area over the last five years."
    subject = "illegal_camps"
    measures = ["count"]
    periods = ["2011", "2012", "2013", "2014", "2015"]
    """), "illegal-camps.toml")


def _spans(text: str, survey=CAMPS) -> set[tuple[float, str | None, str | None]]:
    return {(f.value, f.period_start, f.period_end) for f in parse_reply(text, survey).facts}


def test_the_last_n_years_said_after_a_figure_is_the_span_its_question_asks():
    # Comhairle nan Eilean Siar's reply (traveller-encampments/cne-siar-illegal-camps-2016)
    text = ("There have been no illegal travellers camps on Council property over the last 5 years ( and therefore no "
            "legal action).\n")
    assert _spans(text) == {(0, "2011-01-01", "2015-12-31")}
    # Herefordshire's form (ev-charging): "3 have been installed in the last three years"
    assert _spans("1. 3 camps have been set up in the last five years.\n") == {(3, "2011-01-01", "2015-12-31")}


def test_the_last_n_years_elsewhere_than_after_the_figure_dates_nothing():
    # a list's label before the figure, or another sentence: no span (it may be the months to the reply's day)
    assert _spans("1. In the last five years - two\n") == {(2, None, None)}
    assert _spans("1. We have recorded 4 illegal camps. Records cover the last five years.\n") == {(4, None, None)}


# "The cost to the Council in 2022/23 was £15,000." under the last question restated: the question asking its year ----

LIGHTS_COSTS = parse_survey(textwrap.dedent("""
    name = "lights-costs"
    title = "Lights costs"
    [periods]
    asked = [{ label = "2022/23", start = 2022-04-01, end = 2023-03-31 },
             { label = "2023/24", start = 2023-04-01, end = 2024-03-31 }]
    [subjects.lights_cost]
    label = "Total cost of the lights"
    synonyms = ["total costs?"]
    [subjects.lights_on]
    label = "Whether the lights will be turned on"
    synonyms = ["turn on"]
    [subjects.projected_cost]
    label = "Projected cost"
    synonyms = ["projection"]
    [[questions]]
    id = "1"
    text = "Please provide me with the total costs of the lights in the 2022/23 financial year."
    subject = "lights_cost"
    measures = ["total_cost_gbp"]
    periods = ["2022/23"]
    [[questions]]
    id = "2"
    text = "Please tell me whether the council is intending to turn on the lights in the 2023/24 financial year."
    subject = "lights_on"
    measures = ["count"]
    periods = ["2023/24"]
    [[questions]]
    id = "3"
    text = "If the answer to (2) is yes, please provide a projection of the costs."
    subject = "projected_cost"
    measures = ["total_cost_gbp"]
    periods = ["2023/24"]
    """), "lights-costs.toml")


def test_a_figure_dated_by_a_year_its_heading_question_does_not_ask_is_the_question_asking_it():
    # Thurrock's reply (christmas-lights/thurrock-christmas-lights-costs-13476): the request restated, then the answers
    text = ("1.       Please provide me with the total costs of the lights in the 2022/23 financial year.\n\n"
            "2.       Please tell me whether the council is intending to turn on the lights in the 2023/24 financial "
            "year.\n\n"
            "3.       If the answer to (2) is yes, please provide a projection of the costs.\n\n\n"
            "The cost to the Council in 2022/23 was £15,000.\n\n"
            "The lights in 2023/24 will be funded by local businesses.\n")
    assert {(f.question, f.value) for f in parse_reply(text, LIGHTS_COSTS).facts} == {("1", 15000)}
    # a year the heading's own question asks keeps it there
    text = text.replace("The cost to the Council in 2022/23 was £15,000.", "The cost to the Council in 2023/24 will be £9,000.")
    assert {(f.question, f.value) for f in parse_reply(text, LIGHTS_COSTS).facts} == {("3", 9000)}


# "Response" / "Nil by the Moray Council directly.": one word for nought, the whole answer to every question -------

BUDGET_SPEND = parse_survey(textwrap.dedent("""
    name = "public-spend"
    title = "Public spend"
    [periods]
    asked = [{ label = "2016/17", start = 2016-04-01, end = 2017-03-31 },
             { label = "2015/16", start = 2015-04-01, end = 2016-03-31 }]
    [subjects.budget]
    label = "Budget"
    synonyms = ["budget set aside"]
    [subjects.spend]
    label = "Spend"
    synonyms = ["amount of money which the council spent"]
    [[questions]]
    id = "1"
    text = "The budget set aside for public decorations in 2016/17."
    subject = "budget"
    measures = ["total_cost_gbp"]
    periods = ["2016/17"]
    [[questions]]
    id = "2"
    text = "The amount of money which the council spent on public decorations in 2015/16."
    subject = "spend"
    measures = ["total_cost_gbp"]
    periods = ["2015/16"]
    """), "public-spend.toml")


def test_one_nought_under_a_heading_answers_every_question():
    # Moray's reply (christmas-lights/moray-christmas-101001351849), the request restated above it
    text = ("Please would you send me the following information:\n\n"
            "a) The budget set aside for or the amount of money which the council expects to spend on public "
            "decorations in 2016/17.\n\n"
            "b) The amount of money which the council spent on public decorations in 2015/16.\n\n"
            "Response 15-11-2016\n\nNil by the Moray Council directly. \n\n"
            "Elgin BID and Moray Towns Partnership may support Christmas from their budget allocations.\n")
    assert _figures(text, BUDGET_SPEND) == {("1", "2016/17", 0), ("2", "2015/16", 0)}
    assert _figures("Our response\n\nNone.\n", BUDGET_SPEND) == {("1", "2016/17", 0), ("2", "2015/16", 0)}


def test_a_nought_under_one_question_answers_that_question_alone():
    text = ("a) The budget set aside for public decorations in 2016/17?\n\nNone.\n\n"
            "b) The amount of money which the council spent on public decorations in 2015/16?\n\n"
            "This is held by the town council.\n")
    assert ("2", "2015/16", 0) not in _figures(text, BUDGET_SPEND)


# "3. No budget.": "No" and the question's own thing, the whole answer under its number --------------------------------

BUDGET_2021 = parse_survey(textwrap.dedent("""
    name = "decorations-budget"
    title = "Decorations budget"
    [periods]
    asked = [{ label = "2021", start = 2021-01-01, end = 2021-12-31 }]
    [subjects.labour_costs]
    label = "Labour costs"
    synonyms = ["labour costs?"]
    [subjects.budget_for_the_christmas]
    label = "Budget for the Christmas"
    synonyms = ["budget[\\\\s-]*for[\\\\s-]*the[\\\\s-]*christmas"]
    [[questions]]
    id = "1"
    text = "The labour costs in which to install all the Christmas Decorations in 2021."
    subject = "labour_costs"
    measures = ["total_cost_gbp"]
    periods = ["2021"]
    [[questions]]
    id = "2"
    text = "The budget for the Christmas Decorations in the council area for the year 2021 if it has been decided upon."
    subject = "budget_for_the_christmas"
    measures = ["total_cost_gbp"]
    periods = ["2021"]
    """), "decorations-budget.toml")


def test_no_and_the_questions_own_thing_under_its_number_is_its_nought():
    # Moray's reply (christmas-lights/moray-christmas-decorations-expenditure-101002887375), read with its draft,
    # whose name for the thing ("budget for the Christmas") the answer does not use
    assert _figures("1. We do not record this.\n\n2. No budget.\n", BUDGET_2021) == {("2", "2021", 0)}
    assert _figures("1. We do not record this.\n\n2. There is no budget.\n", BUDGET_2021) == {("2", "2021", 0)}


def test_a_bare_no_or_a_no_of_other_words_is_no_nought():
    assert _figures("1. We do not record this.\n\n2. No.\n", BUDGET_2021) == set()
    assert _figures("1. We do not record this.\n\n2. No decision yet.\n", BUDGET_2021) == set()


# "16 pitches over 2 sites.": the places after a count are a count too where the question asks them ------------------

SITES = parse_survey(textwrap.dedent("""
    name = "sites-pitches"
    title = "Sites and pitches"
    [subjects.sites_pitches]
    label = "Travellers sites and pitches"
    synonyms = ["travellers?[\\\\s-]*sites"]
    [[questions]]
    id = "1"
    text = "Total number of Travellers Sites/Pitches"
    subject = "sites_pitches"
    measures = ["count"]
    """), "sites-pitches.toml")


def test_places_after_a_count_are_counted_where_the_question_asks_them():
    # Devon's reply (traveller-encampments/devon-traveller-sites-pitches-2018)
    text = "1 Total number of Travellers Sites/Pitches\n\n16 pitches over 2 sites.\n"
    assert {f.value for f in parse_reply(text, SITES).facts} == {16, 2}
    # places the question does not ask stay where the things are, no count of them
    text = "1 Total number of Travellers Sites/Pitches\n\n16 pitches in 2 council car parks.\n"
    assert {f.value for f in parse_reply(text, SITES).facts} == {16}


# "Q3 - ... a requirement for 2 pitches ...": a count whose own noun is a word of the question its number opens ------

NEED = parse_survey(textwrap.dedent("""
    name = "pitch-need"
    title = "Pitch need"
    [subjects.sites_built]
    label = "Additional sites built"
    synonyms = ["additional[\\\\s-]*sites[\\\\s-]*built"]
    [subjects.need_identified]
    label = "Need identified"
    synonyms = ["need[\\\\s-]*identified"]
    [[questions]]
    id = "1"
    text = "The number of additional sites built for Gypsies and travellers in your area."
    subject = "sites_built"
    measures = ["count"]
    [subjects.sites]
    label = "Sites"
    synonyms = ["sites?"]
    [[questions]]
    id = "2"
    text = "What is the need identified by your authority's Accommodation Need Assessment for new pitches?"
    subject = "need_identified"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "How many sites have been identified by your authority for its 5 year supply of deliverable sites?"
    subject = "sites"
    measures = ["count"]
    """), "pitch-need.toml")


def test_a_count_named_in_its_questions_own_noun_under_its_number_is_its_answer():
    # Hastings's reply (traveller-encampments/hastings-encampment-injunctions-2020), read with its draft
    text = ("Q1 - No sites have been constructed in this time period.\n"
            "Q2 - The 2012 GTAA identified a requirement for 2 pitches permanent pitches up to 2016. A site is "
            "identified to meet this requirement in the adopted Local Plan - site FB10. It is yet to developed.\n")
    assert {(f.question, f.value) for f in parse_reply(text, NEED).facts} == {("1", 0), ("2", 2)}
    # a noun no word of the question names is no answer of it
    text = "Q1 - No sites have been constructed in this time period.\nQ2 - The assessment took 3 months.\n"
    assert {(f.question, f.value) for f in parse_reply(text, NEED).facts} == {("1", 0)}


# "• 2023 – Zero (... funded entirely by sponsorship ...)": a nought with its reason in brackets, in a list of sums ---

def test_a_nought_with_its_reason_in_brackets_in_a_list_of_sums_is_a_sum():
    # Thurrock's reply (christmas-lights/thurrock-christmas-light-spending-14438): the things the brackets name
    # ("tree and lights") say why there is none, not what it is of
    text = ("Decorations:\n\n"
            "  • 2020 - £9,238\n"
            "  • 2021 - £9,958 (offset by £2,000 in business sponsorship)\n"
            "  • 2022 – Zero (Grays tree and decorations in this year were funded entirely by sponsorship)\n"
            "  • 2023 – Zero (there is no budget but officers will look to support community efforts).\n")
    survey = parse_survey(textwrap.dedent("""
        name = "decorations-spend-4"
        title = "Spend on decorations"
        [periods]
        asked = [{ label = "2020", start = 2020-01-01, end = 2020-12-31 },
                 { label = "2021", start = 2021-01-01, end = 2021-12-31 },
                 { label = "2022", start = 2022-01-01, end = 2022-12-31 },
                 { label = "2023", start = 2023-01-01, end = 2023-12-31 }]
        [subjects.decorations_spend]
        label = "Money spent on decorations"
        synonyms = ["decorations"]
        [subjects.tree_spend]
        label = "Money spent on the tree"
        synonyms = ["tree"]
        [[questions]]
        id = "1"
        text = "How much was spent on decorations in 2020, 2021, 2022 and 2023?"
        subject = "decorations_spend"
        measures = ["total_cost_gbp"]
        periods = ["2020", "2021", "2022", "2023"]
        [[questions]]
        id = "2"
        text = "How much was spent on the tree in 2020, 2021, 2022 and 2023?"
        subject = "tree_spend"
        measures = ["total_cost_gbp"]
        periods = ["2020", "2021", "2022", "2023"]
        """), "decorations-spend-4.toml")
    found = {(f.question, f.period, f.value, f.measure) for f in parse_reply(text, survey).facts}
    assert ("1", "2022", 0, "total_cost_gbp") in found and ("1", "2023", 0, "total_cost_gbp") in found
    assert not [f for f in found if f[0] == "2"]


# "The 2012 GTAA identified ...": a year after "the" is the year a thing is of, no count of it ------------------------

def test_a_year_after_the_is_no_count_of_the_thing_after_it():
    # Hastings's reply (traveller-encampments/hastings-encampment-injunctions-2020), its hand survey naming the GTAA
    survey = parse_survey(textwrap.dedent("""
        name = "gtaa"
        title = "GTAA"
        [subjects.gtaa]
        label = "Accommodation need assessments"
        synonyms = ["gtaas?"]
        [[questions]]
        id = "1"
        text = "How many Gypsy and Traveller Accommodation Need Assessments (GTAA) has your authority made?"
        subject = "gtaa"
        measures = ["count"]
        """), "gtaa.toml")
    text = "Q1 - The 2012 GTAA identified a requirement for permanent pitches up to 2016.\n"
    assert [f.value for f in parse_reply(text, survey).facts] == []
    assert [f.value for f in parse_reply("Q1 - We have made 2 GTAAs.\n", survey).facts] == [2]


# "Total cost of Christmas scheme ... was £10,300": lettered parts a prose reply passes over ---------------------------

WORKS = parse_survey(textwrap.dedent("""
    name = "lights-works"
    title = "Costs of the lights"
    [periods]
    asked = [{ label = "2018", start = 2018-01-01, end = 2018-12-31 }]
    [subjects.putting_up_cost]
    label = "Cost of putting the lights up"
    synonyms = ["putting the lights up"]
    [subjects.electricity_cost]
    label = "Electricity costs"
    synonyms = ["electricity"]
    [subjects.complete_cost]
    label = "The complete cost of the scheme"
    synonyms = ["complete cost", "total cost"]
    [[questions]]
    id = "2a"
    text = "What was the cost of: putting the lights up"
    subject = "putting_up_cost"
    measures = ["total_cost_gbp"]
    periods = ["2018"]
    [[questions]]
    id = "2b"
    text = "the electricity costs over the Christmas period?"
    subject = "electricity_cost"
    measures = ["total_cost_gbp"]
    periods = ["2018"]
    [[questions]]
    id = "2c"
    text = "the complete cost of the scheme"
    subject = "complete_cost"
    measures = ["total_cost_gbp"]
    periods = ["2018"]
    """), "lights-works.toml")

_WORKS_ASKED = ("Freedom of information response\n\n2. What was the cost of:\n\n  • putting the lights up\n"
                "  • the electricity costs over the Christmas period?\n  • the complete cost of the scheme\n\n")


def test_parts_named_only_where_asked_beside_a_later_part_given_are_passed_over():
    # Thurrock's reply (christmas-lights-2019) to "2. What was the cost of: • putting the trees and lights ... up
    # • taking ... down again • the electricity costs over the Christmas period? • the complete cost ...":
    # "Total cost of Christmas scheme for Grays Town Centre in 2018 was £10,300, this included: • Installation and
    # removal of scheme ..." -- the electricity never named again: a part passed over, the reply partly successful
    r = parse_reply(_WORKS_ASKED + "Total cost of the scheme in 2018 was £10,300, this included:\n\n"
                    "  • Installation and removal of the scheme\n  • Testing of lamp columns\n", WORKS)
    assert r.outcome == "partially_successful"
    assert {q.question for q in r.questions} == {"2c"}
    # one part answered in words, one passed over
    r = parse_reply(_WORKS_ASKED + "Total cost of the scheme in 2018 was £10,300. The electricity is not metered "
                    "separately.\n", WORKS)
    assert r.outcome == "partially_successful"


def test_parts_named_again_or_after_the_last_answer_are_not_passed_over():
    # (guards the rule above: these read the same without it)
    # every part named again where it is answered: nothing passed over
    r = parse_reply(_WORKS_ASKED + "Putting the lights up cost £2,000 and the electricity £500; the total cost of "
                    "the scheme in 2018 was £10,300.\n", WORKS)
    assert r.outcome == "successful"
    # only the first part given: the reply (or the stored page) stops, it passes nothing over to answer a later part
    r = parse_reply(_WORKS_ASKED + "Putting the lights up in 2018 cost £2,000.\n", WORKS)
    assert r.outcome == "successful"


WHOLE = parse_survey(textwrap.dedent("""
    name = "lights-works-whole"
    title = "Costs of the lights"
    [periods]
    asked = [{ label = "2018", start = 2018-01-01, end = 2018-12-31 }]
    [subjects.lights_cost]
    label = "Costs of the lights"
    synonyms = ["cost of"]
    [[questions]]
    id = "2"
    text = "What was the cost of: • putting the lights up • the electricity costs over the Christmas period? • the complete cost of the scheme"
    subject = "lights_cost"
    measures = ["total_cost_gbp"]
    periods = ["2018"]
    """), "lights-works-whole.toml")


def test_a_bullet_of_a_question_kept_whole_named_only_where_asked_is_passed_over():
    # the same reply read with a draft that keeps Thurrock's question 2 whole, its details as bullets
    r = parse_reply(_WORKS_ASKED + "Total cost of the scheme in 2018 was £10,300, this included:\n\n"
                    "  • Installation and removal of the scheme\n  • Testing of lamp columns\n", WHOLE)
    assert r.outcome == "partially_successful"
    assert [(q.question, q.outcome) for q in r.questions] == [("2", "successful")]


def test_bullets_answered_on_their_own_lines_or_asked_only_if_are_not_passed_over():
    # (guards the rule above) Wokingham's bailiffs reply writes each answer into the request's line: "• Parking: We
    # have referred warrant cases ... – Warrants issued 1176."
    r = parse_reply("Freedom of information response\n\n2. What was the cost of:\n\n  • putting the lights up: £2,000\n"
                    "  • the electricity costs over the Christmas period? £500\n  • the complete cost of the scheme: "
                    "£10,300\n", WHOLE)
    assert r.outcome == "successful"
    asked_if = parse_survey(textwrap.dedent("""
        name = "lights-if"
        title = "Costs of the lights"
        [periods]
        asked = [{ label = "2018", start = 2018-01-01, end = 2018-12-31 }]
        [subjects.lights_cost]
        label = "Costs of the lights"
        synonyms = ["cost of"]
        [[questions]]
        id = "1"
        text = "The total cost of the lights in 2018. If you do not hold the total, please instead provide: • the cost of putting the lights up • the electricity costs"
        subject = "lights_cost"
        measures = ["total_cost_gbp"]
        periods = ["2018"]
        """), "lights-if.toml")
    r = parse_reply("Freedom of information response\n\n1. The total cost of the lights in 2018. If you do not hold "
                    "the total, please instead provide:\n  • the cost of putting the lights up\n  • the electricity "
                    "costs\n\nThe total cost of the lights in 2018 was £10,300.\n", asked_if)
    assert r.outcome == "successful"
