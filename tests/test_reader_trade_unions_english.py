"""How councils write replies the reader first met on the trade-unions topic, each rule tested with real reply text
(the reply named in each test, from tests/files/real_set/trade-unions/<slug>.txt, cut to the lines that matter),
and some with the same form from another topic or made up, to show the rule is about the English, not the reply."""

from __future__ import annotations

from click.testing import CliRunner

from benchmarks.real_set import read_page
from foi.cli import cli
from reader import load_survey, parse_reply
from reader.asking import asking_example
from reader.dashed_answers import answered_by_number, number_dashed_answers
from reader.draft_measures import measures_for
from reader.facts.measures import _UNIT_CUE
from reader.named_part import group_number_at
from reader.point_parts import name_point_parts
from reader.rates import find_rates
from reader.scan import find_values
from reader.survey import MEASURE_UNITS, MEASURES, parse_survey
from tests.test_normalize import add_authorities, add_reply, add_request, rows
from warehouse import db
from tests.reading_helpers import DRAFTED, SET, SURVEYS


FACILITY = SURVEYS / "trade-unions-facility-time-2024.toml"
FACILITY_DRAFT = DRAFTED / "trade-unions-facility-time-2024.edited.toml"
ACCOMMODATION = SURVEYS / "trade-unions-accommodation-2014.toml"
AREAS = {"square_feet", "square_metres"}


def readings(text: str, survey) -> list[tuple]:
    return sorted((f.question, f.measure, f.value) for f in parse_reply(text, survey).facts)


# --- floor areas: a measure of their own, each unit as written ---------------------------------------------------

# moray-trade-unions-101003650562
MORAY_ROOMS = (
    "Response 13-11-2024\n\n"
    "1. We are only aware of two spaces solely for trade union business, those are as follows -\n\n"
    "Room 307c in the Council HQ building. It is 10.25 square metres that equates to 108.26 square feet,\n"
    "and room 101 in the Ashgrove Portacabins. It is 19.75 square metres that equates to 208.56 square feet.\n")


def test_the_survey_schema_has_areas_in_square_feet_and_square_metres():
    assert AREAS <= set(MEASURES)
    assert MEASURE_UNITS["square_feet"] == "sq ft" and MEASURE_UNITS["square_metres"] == "m²"


def test_areas_are_found_in_the_units_councils_write():
    # ashford-st-peters, devon, wokingham, national-archives (and made-up "sq. m", "m2")
    text = ("Ashford: 157.70 sq ft; The combined square footage is 452 square feet; at 150 ft2; one office at 28 "
            "square meters; 12 sq. m; 40m2; 1,200 sq.ft.")
    got = [(r.measure, r.value) for r in find_rates(text, AREAS)]
    assert got == [("square_feet", 157.7), ("square_feet", 452), ("square_feet", 150), ("square_metres", 28),
                   ("square_metres", 12), ("square_metres", 40), ("square_feet", 1200)]
    assert find_rates(text, {"percent"}) == []     # read only where a question asks for an area


def test_an_area_in_both_units_gives_both_figures_as_written():
    assert readings(MORAY_ROOMS, load_survey(FACILITY)) == [
        ("1a", "square_feet", 108.26), ("1a", "square_feet", 208.56),
        ("1a", "square_metres", 10.25), ("1a", "square_metres", 19.75)]


def test_an_area_is_read_under_the_journalists_draft():
    got = readings(MORAY_ROOMS, load_survey(FACILITY_DRAFT))
    assert ("1", "square_feet", 108.26) in got and ("1", "square_metres", 19.75) in got


DEPOTS = parse_survey("""
name = "depots"
title = "Depots"
[subjects.depots]
synonyms = ["depots?"]
[[questions]]
id = "1"
text = "How many depots does the council own?"
subject = "depots"
measures = ["count"]
""")


def test_an_area_no_question_asks_for_stays_no_figure():
    # a size is no count of the things it measures ("the depot is 250 square metres")
    assert readings("1. We own 3 depots. The largest depot is 250 square metres.\n", DEPOTS) == [("1", "count", 3)]


def test_the_draft_asks_for_an_area_in_both_units_the_named_one_first():
    assert measures_for("Please include details of: space measured in square feet")[0] == ["square_feet",
                                                                                            "square_metres"]
    assert measures_for("What is the floor area of each depot in square metres?")[0][-2:] == ["square_metres",
                                                                                             "square_feet"]
    assert "square_feet" in measures_for("the total floor space of your libraries")[0]
    assert not AREAS & set(measures_for("How many play areas do you own?")[0])
    assert not AREAS & set(measures_for("How much office space do you let to charities, and at what rent?")[0])


def test_foi_extract_carries_an_area_into_the_warehouse(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    add_authorities(con)
    add_request(con, 1, "BNE", batch=None, title="Trade Unions", sent="2024-09-27T10:00:00")
    add_reply(con, 1, 12, "2024-11-13T09:00:00", MORAY_ROOMS)
    con.close()
    result = CliRunner().invoke(cli, ["extract", "--db", str(path), "-q", "--survey", str(FACILITY)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    con = db.connect(path, read_only=True)
    got = {(r["measure"], r["unit"], r["value"], r["status"])
           for r in rows(con, "SELECT * FROM answers WHERE question = '1a'")}
    con.close()
    # each area in its own measure and unit; two figures of one question, subject and measure are one answer
    # and its superseded twin, as for any measure (the warehouse's rule, not the area's)
    assert {(m, u) for m, u, _, status in got if status != "superseded"} == {("square_feet", "sq ft"),
                                                                           ("square_metres", "m²")}
    assert {v for *_, v, _ in got} == {108.26, 208.56, 10.25, 19.75}


# --- the request's own example, "£Nil", a nil area, an answer in words to one unmarked part ----------------------

EMPLOYEES = DRAFTED / "trade-unions-facility-time-employees-2023.edited.toml"


def test_an_example_that_asks_on_a_line_of_its_own_is_the_requests():
    # moray-facility-time-101003202818: the request's example paragraph, then the answers
    text = ("2. Could you also break down the percentage of working hours these employees spend on facility time "
            "(this could be in rough percentages such as 1-25%, 26-50%, 51-75%, and 76-100%).\n\n"
            "For example, if 10 employee use any of their working hours on facility time could you tell me how many "
            "of the 10 employees use 1-25%, 26-50%, 51-75%, and 76-100% of their working hours.\n\n"
            "Response 07-03-2023\n\n1. 16\n\n")
    assert 10 not in [f.value for f in parse_reply(text, load_survey(EMPLOYEES)).facts]
    assert asking_example("For instance, could you say how many of the 5 depots are leased?")
    # a council's own example states, it does not ask: its figures stay
    assert not asking_example("For example, in 2019 we issued 10 notices.")


def test_pounds_nil_is_nothing_in_money():
    # wokingham-trade-unions-2024
    [v] = find_values("d) any charges the council levy for office space given to trade unions: £Nil", [])
    assert v.zero and v.money
    [w] = find_values("b) how much of this space is contained within entirely separate buildings: Nil", [])
    assert w.zero and not w.money


WOKINGHAM = (
    "1. The details of any office accommodation your organisation provides to staff to carry out trade union "
    "business. Please include details of:\n"
    "a) space measured in square feet: WBC provide a first-floor single room / office space at the offices at Shute "
    "End, 150 ft2\n"
    "b) how much of this space is contained within entirely separate buildings (i.e. occupied solely by staff "
    "carrying out trade union business): Nil\n"
    "c) whether a professional valuation of the market rental value of the space has been sought either in-house or "
    "externally, and if so, what the valuation of the space was: No valuation sought\n"
    "d) any charges the council levy for office space given to trade unions: £Nil\n"
    "3. With regard to trade union facility time, please provide the total cost of facility time from your pay bill "
    "for the financial year 2023/24 and the budget for the current financial year. Please also advise the current "
    "number of employees that you fund to be union officials, measured as full time equivalents?\n"
    "We do not fund anyone to be TU officials here we just have workplace reps.\n")


def test_nil_under_a_question_of_area_is_none_of_the_unit_it_names_first_and_pounds_nil_answers_the_charges():
    got = readings(WOKINGHAM, load_survey(FACILITY))
    assert ("1a", "square_feet", 150) in got
    assert ("1b", "square_feet", 0) in got and ("1b", "square_metres", 0) not in got
    assert ("1d", "total_cost_gbp", 0) in got


def test_an_answer_in_words_to_one_unmarked_part_leaves_the_others_unaddressed():
    reply = parse_reply(WOKINGHAM, load_survey(FACILITY))
    said = {q.question: q.outcome for q in reply.questions}
    assert said.get("3c") == "successful" and "3a" not in said and "3b" not in said
    assert reply.outcome == "partially_successful"


# --- dashed answers after a dashed request; a sum under its question's number; a list of earlier replies -------

# rushcliffe-trade-unions-3570393: the request as dashed items (its questions and the bullets of question 1), then
# one dashed answer per question, then the council's list of earlier replies
RUSHCLIFFE = (
    "Response to request for information\n"
    "- The details of any office accommodation your organisation provides to staff to carry out trade union "
    "business. Please include details of:\n"
    "- space measured in square feet\n"
    "- how much of this space is contained within entirely separate buildings (i.e. occupied solely by staff "
    "carrying out trade union business)\n"
    "- whether a professional valuation of the market rental value of the space has been sought either in-house or "
    "externally, and if so, what the valuation of the space was\n"
    "- any charges the council levy for office space given to trade unions.\n"
    "- Do you deduct trade union subscriptions for any of your employees via payroll (sometimes known as the \"check "
    "off\" system)? If so, do you charge a fee to the trade unions concerned for providing this service?\n"
    "- With regard to trade union facility time, please provide the total cost of facility time from your pay bill "
    "for the financial year 2023/24 and the budget for the current financial year. Please also advise the current "
    "number of employees that you fund to be union officials, measured as full time equivalents?\n"
    "- Please advise any estimates for other costs met for those staff on trade union facility time apart from "
    "salaries - including travel expenses, office supplies, telephone expenses and energy bills.\n"
    "- No additional space is allocated\n"
    "- Yes\n"
    "- For 23/24 it was £54.06. We have less than 1 full time equivalent. Budget has been set at £200 for 24/25\n"
    "- Nil\n"
    "FOI Responses Human Resources 2024\n"
    "- Response 2545413\n"
    "- Response 3\n")


def test_dashed_answers_after_a_dashed_request_answer_its_questions_in_order():
    numbered = number_dashed_answers(RUSHCLIFFE, load_survey(FACILITY_DRAFT))
    assert len(numbered) == len(RUSHCLIFFE)
    assert "\n1.No additional space" in numbered and "\n4.Nil\n" in numbered
    assert "- Response 3" in numbered            # after the run: not an answer
    got = readings(RUSHCLIFFE, load_survey(FACILITY_DRAFT))
    assert ("3", "total_cost_gbp", 54.06) in got and ("3", "total_cost_gbp", 200) in got
    assert ("4", "total_cost_gbp", 0) in got and 3 not in [v for *_, v in got]
    said = {q.question for q in parse_reply(RUSHCLIFFE, load_survey(FACILITY_DRAFT)).questions}
    assert {"1", "2", "3", "4"} <= said


def test_a_dashed_list_that_is_not_the_request_is_left_alone():
    text = "Our figures:\n- Laptops 20\n- Tablets 5\n- Phones 7\n- Desktops 2\n"
    assert number_dashed_answers(text, load_survey(FACILITY_DRAFT)) == text


def test_a_sum_under_its_questions_number_is_the_kind_the_question_asks_however_small():
    # "For 23/24 it was £54.06" under question 3 (the total cost of facility time): a total, not a price each
    got = readings("Dear Sir,\n\n3. For 23/24 it was £54.06.\n", load_survey(FACILITY_DRAFT))
    assert got == [("3", "total_cost_gbp", 54.06)]


def nearest_unit(text: str) -> bool:
    return _UNIT_CUE.search(text) is not None


def test_a_sum_set_at_a_level_is_no_price_each():
    got = readings("Dear Sir,\n\n3. Budget has been set at £200 for 24/25\n", load_survey(FACILITY_DRAFT))
    assert got == [("3", "total_cost_gbp", 200)]
    # "2 at £50" is still a price each (made up)
    assert nearest_unit("We bought 2 at £50.") and not nearest_unit("Budget has been set at £200.")


# tpr-trade-unions-foi-320: the request quoted as dashed items under "You have requested the following information:"
# (masked as the request), the answers as dashed items under "Response", the page cut inside the third
TPR = (
    "FOI reference - FOI-320\nDate - 4 October 2024\nRequest\nYou have requested the following information:\n"
    + "\n".join(RUSHCLIFFE.split("\n")[1:9]) + "\n"
    "Response\n"
    "I confirm that we hold some of the information you have requested. Please see our responses below.\n"
    "- We do not provide office accommodation to staff to carry out trade union business.\n"
    "- Yes, we do. However, we only process check-off for a small number of long-serving members of staff. No, we "
    "don't charge a fee.\n"
    "- We do not have figures for the 2023 to 2024 financial year. However, the union duties time recorded\n")


def test_dashed_answers_under_a_request_the_reply_quotes_and_some_of_it_held():
    reply = parse_reply(TPR, load_survey(FACILITY_DRAFT))
    said = {q.question: q.outcome for q in reply.questions}
    assert said.get("2") == "successful" and said.get("3") == "not_held"
    # "we hold some of the information": part answered, part not held, not the whole request not held
    assert reply.outcome == "partially_successful"
    assert answered_by_number(number_dashed_answers(TPR, load_survey(FACILITY_DRAFT)), load_survey(FACILITY_DRAFT))


def test_not_held_under_a_bare_number_is_of_that_questions_parts():
    # "3.We do not have figures for the 2023 to 2024 financial year" under question 3, whose parts (3a cost, 3b
    # budget, 3c officials) the request does not mark: question 3's, not the whole request's
    said = {q.question: q.outcome for q in parse_reply(TPR, load_survey(FACILITY)).questions}
    assert said.get("3a") == "not_held"
    anchors = [(10, "1a", "marker"), (40, None, "number:2"), (90, None, "number:3"), (200, "4", "marker")]
    assert group_number_at(anchors, 95) == "3" and group_number_at(anchors, 20) is None
    assert group_number_at(anchors, 210) is None and group_number_at(anchors, 5) is None


# moray-trade-union-accommodation-101000220720: question 1's bullets, unmarked in the request, named by their place
MORAY_POINTS = (
    "Response 14-02-2014\n\n"
    "1. Points 1, 3 and 4 - This information is not held and is therefore exempt under Section 17 of the Freedom of "
    "Information (Scotland) Act 2002.  \n\n"
    "Point 2 - None\n\n"
    "2. An extract from the Council's policy on Time Off For Trade Union Duties is shown below.  This information is "
    "not held and is therefore exempt under Section 17 of the Freedom of Information (Scotland) Act 2002; costs are "
    "all absorbed within the corporate budget.\n")


def test_points_of_a_question_name_its_unmarked_parts_in_order():
    survey = load_survey(ACCOMMODATION)
    named = name_point_parts(MORAY_POINTS, survey)
    assert len(named) == len(MORAY_POINTS)
    assert "1. 1a, 1c and 1d" in named and "\n1b      - None" in named
    reply = parse_reply(MORAY_POINTS, survey)
    said = {q.question: q.outcome for q in reply.questions}
    assert said["1a"] == said["1c"] == said["1d"] == "not_held" and said["1b"] == "successful"
    assert [(f.question, f.measure, f.value) for f in reply.facts] == [("1b", "square_feet", 0)]
    # a point the question has no part for is left as written
    assert name_point_parts("2. Point 3 - None\n", survey) == "2. Point 3 - None\n"


def test_not_held_naming_the_other_parts_is_theirs_not_the_answered_parts():
    # national-archives-trade-union-accommodation-costs-2014
    text = ("Response:\n\n\n1. We can confirm that office accommodation provided for trade union duties equates to one "
            "office at 28 square meters. \n\nWith regards to subsequent questions on valuation of the space, or "
            "council levies for the space, we can confirm that this information is not held by The National "
            "Archives.\n")
    said = {q.question: q.outcome for q in parse_reply(text, load_survey(ACCOMMODATION)).questions}
    assert said["1a"] == "successful" and said["1c"] == said["1d"] == "not_held" and "1b" not in said


def test_less_than_one_is_a_fraction_not_a_count_of_one():
    # rushcliffe: "We have less than 1 full time equivalent" answers how many officials as FTE, with no figure
    got = readings(RUSHCLIFFE, load_survey(FACILITY))
    assert 1 not in [v for q, m, v in got if m == "count"]
    # "fewer than 5" (a small number withheld) is not this rule's: a bound of 10 or under is no figure either, by
    # another rule (question_ladder.suppressed_bound, tests/test_reader_forms_rough.py); a larger one stays a figure
    assert readings("Dear Sir,\n\n3. Fewer than 5 officials are funded.\n", load_survey(FACILITY_DRAFT)) == []
    assert readings("Dear Sir,\n\n3. Fewer than 50 officials are funded.\n", load_survey(FACILITY_DRAFT)) != []


def test_a_bare_yes_leaves_the_if_so_follow_up_unsaid():
    # rushcliffe: "Do you deduct trade union subscriptions ... via payroll? If so, do you charge a fee ...?" - "Yes"
    drafted = {q.question: q.outcome for q in parse_reply(RUSHCLIFFE, load_survey(FACILITY_DRAFT)).questions}
    assert drafted["2"] == "partially_successful"
    hand = parse_reply(RUSHCLIFFE, load_survey(FACILITY))
    said = {q.question: q.outcome for q in hand.questions}
    assert said["2a"] == "successful" and "2b" not in said and hand.outcome == "partially_successful"


def test_the_requests_own_line_for_a_question_in_parts_answers_no_question_restated_above_it():
    # rushcliffe's page as stored: under the request's dashed "Do you deduct ...? If so, ... a fee?" stands its next
    # dashed question, "With regard to trade union facility time, please provide ...", which the hand survey splits
    # into 3a-3c: it is the request's, not question 2's answer; the "- Yes" below is (and leaves 2b unsaid)
    _, page = read_page(SET / "trade-unions" / "rushcliffe-trade-unions-3570393.txt")
    reply = parse_reply(page, load_survey(FACILITY))
    said = {q.question: q for q in reply.questions}
    assert said["2a"].quote.strip() == "- Yes" and "2b" not in said
    assert reply.outcome == "partially_successful"


# --- a zero under the request's clause asking for space is nought of the area asked -------------------------------

ACCOMMODATION_DRAFT = DRAFTED / "trade-unions-accommodation-2014.edited.toml"
FACILITY_TIME_DRAFT = DRAFTED / "trade-unions-facility-time-2024.edited.toml"


def test_none_under_a_restated_clause_asking_space_is_nought_square_feet():
    # ashford-st-peters-trade-union-accommodation-3481, read with the draft (one question asking money and areas)
    text = ("1. Please provide details of any office accommodation your organisation provides to staff to carry out "
            "trade union business. Please include details of:\n\nSpace measured in square feet\n\n"
            "Ashford: 157.70 sq ft; St Peter’s: 69.965 sq ft\n\n"
            "How much of this space is contained within entirely separate buildings (i.e. occupied solely by staff "
            "carrying out trade union business)\n\nNone\n")
    assert ("1", "square_feet", 0) in readings(text, load_survey(ACCOMMODATION_DRAFT))


def test_point_n_none_is_the_questions_nth_bullet_asking_space():
    # moray-trade-union-accommodation-101000220720
    text = ("1. Points 1, 3 and 4 - This information is not held and is therefore exempt under Section 17 of the "
            "Freedom of Information (Scotland) Act 2002.\n\nPoint 2 - None\n")
    assert ("1", "square_feet", 0) in readings(text, load_survey(ACCOMMODATION_DRAFT))


def test_nil_after_a_clause_asking_space_is_area_and_after_charges_is_money():
    # wokingham-trade-unions-2024 (its draft asks question 1's space, charges and valuation in one question)
    text = ("1. The details of any office accommodation your organisation provides to staff to carry out trade union "
            "business. Please include details of:\n"
            "b) how much of this space is contained within entirely separate buildings (i.e. occupied solely by staff "
            "carrying out trade union business): Nil\n"
            "d) any charges the council levy for office space given to trade unions: £Nil\n")
    got = readings(text, load_survey(FACILITY_TIME_DRAFT))
    assert ("1", "square_feet", 0) in got and ("1", "total_cost_gbp", 0) in got


def test_a_zero_under_a_councils_own_line_is_not_made_an_area():
    from reader.areas import zero_area
    question = "• space measured in square feet • how much of this space is contained within separate buildings"
    text = "We have looked at our estate and the space it holds.\nNone\n"
    assert zero_area(text, text.index("None"), question, ("total_cost_gbp", "square_feet")) is None


# --- a fee asked as a price, given as a share of what it is charged on ---------------------------------------------

DEVON_FEE = (
    "2. Do you deduct trade union subscriptions for any of your employees via payroll (sometimes known as the "
    "\u201ccheck off\u201d system)? If so, do you charge a fee to the trade unions concerned for providing this "
    "service? \n\n"
    "Yes, some employees pay their membership via payroll. In all cases, the Council charge the corresponding trade "
    "union a 0.5% fee per deduction.\n")


def test_a_percent_fee_answers_the_fee_asked_as_a_price():
    # devon-trade-unions-2024, with the hand survey (2b) and the journalist's draft (2)
    assert ("2b", "percent", 0.5) in readings(DEVON_FEE, load_survey(FACILITY))
    assert ("2", "percent", 0.5) in readings(DEVON_FEE, load_survey(FACILITY_DRAFT))


def test_only_a_share_written_as_a_fee_is_read_where_no_share_is_asked():
    from reader.rates import FEE_SHARE
    text = "an administration fee of 1.5% applies; 20% of staff are members; a 2% charge per transaction"
    assert [(r.value, r.text) for r in find_rates(text, {FEE_SHARE})] == [(1.5, "1.5%"), (2, "2%")]
    assert find_rates("20% of staff are members", {FEE_SHARE}) == []


# --- one sentence answering the request, run on past a stray double space -----------------------------------------

# uhb-union-premises-foi-2919 (the request is quoted above it, under "You asked:")
UHB_ANSWER = ("Our response is: The Union convenor has one small office  and that we estimate the costs you mention "
              "above, other than salary, are approximately \u00a32k per year. \n")


def test_a_sentence_run_on_past_a_double_space_is_prose_not_a_row():
    from reader.facts.reply_lines import _split_cells
    assert _split_cells(UHB_ANSWER.rstrip("\n"), 0) is None
    # ev-charging/moray-ev-charge-points-2020: a preposition after the gap leaves the line as it was read
    assert _split_cells("1) Currently there are 10 Publically Accessible EV Chargers  in Moray that have been "
                        "installed by the Council.", 0) is not None


def test_a_sum_the_requests_own_words_name_answers_that_question():
    # "the costs you mention above, other than salary" are question 2's "other costs ... apart from salaries"
    assert ("2", "total_cost_gbp", 2000) in readings(UHB_ANSWER, load_survey(ACCOMMODATION))
    assert ("2", "total_cost_gbp", 2000) in readings(UHB_ANSWER, load_survey(ACCOMMODATION_DRAFT))


# --- a lone number under a numbered list is its next marker -------------------------------------------------------

def test_a_lone_number_after_a_numbered_list_is_its_next_marker_not_a_figure():
    from reader.facts.reply_lines import next_item_alone
    # moray-trade-union-accommodation-101000220720, the page cut after the marker "5"
    text = ("  3. Where availability allows, access to meeting rooms for meetings with other officials.\n"
            "  4. Where requested and where feasible designated display areas for Trade Union publications.\n  5")
    assert next_item_alone(text, text.rindex("\n") + 1, "  5")
    # agency-staff/moray-temporary-managers-2016: "2. Tier 2 Executive Directors" / "3" / ". Tier 3 Assistant ..."
    text = "1. Tier 1 Chief Executive\n2. Tier 2 Executive Directors\n3\n. Tier 3 Assistant Directors\n"
    assert next_item_alone(text, text.index("\n3\n") + 1, "3")
    # a figure on its own line under a question's words stays a figure
    text = "1. Do you provide rooms?\n2. How many rooms do you provide?\n3\n"
    assert not next_item_alone(text, text.index("\n3\n") + 1, "3")
    assert ("2", "total_cost_gbp", 5) not in readings(
        "2. Travel expenses for union duties are not paid for by the Moray Council.\n\n"
        "  4. Where requested and where feasible designated display areas.\n  5", load_survey(ACCOMMODATION_DRAFT))


# --- "We do not provide ..." in the question's words is its answer, not the question restated ----------------------

def test_we_do_not_provide_in_the_questions_words_answers_it():
    # tpr-trade-unions-foi-320 (its request quoted as dashed items, then one dashed answer per question)
    _, page = read_page(SET / "trade-unions" / "tpr-trade-unions-foi-320.txt")
    assert "- We do not provide office accommodation to staff to carry out trade union business." in page
    got = {q.question: q.outcome for q in parse_reply(page, load_survey(FACILITY_DRAFT)).questions}
    assert got.get("1") == "successful"


# --- a question of listed details the reply gives none of, beside one it answers ------------------------------------

def test_a_bulleted_question_the_reply_gives_nothing_of_beside_an_answered_one_is_a_partial_success():
    # uhb-union-premises-foi-2919, read with the draft that keeps question 1's four bullets in one question: the one
    # sentence gives question 2's estimate; nothing of the space, buildings, valuation or charges
    _, page = read_page(SET / "trade-unions" / "uhb-union-premises-foi-2919.txt")
    assert UHB_ANSWER.strip() in page
    reply = parse_reply(page, load_survey(ACCOMMODATION_DRAFT))
    assert {q.question: q.outcome for q in reply.questions} == {"2": "successful"}
    assert reply.outcome == "partially_successful"


def test_a_bulleted_question_answered_is_no_partial_success():
    from reader.point_parts import bullets_passed_over
    survey = load_survey(ACCOMMODATION_DRAFT)
    # a question with a status, or with a figure tied to it, was not passed over; nor is one with no bullets
    assert bullets_passed_over(survey, {"1", "2"}, {}) == []
    assert bullets_passed_over(survey, {"2"}, {"1": ["a figure"]}) == []
    assert bullets_passed_over(survey, {"2"}, {}) == ["1"]
    assert bullets_passed_over(survey, set(), {}) == []
    reply = parse_reply("1. We provide one office of 150 square feet, in the main building, not valued, free of "
                        "charge.\n2. We estimate other costs at \u00a31,500 a year.\n", survey)
    assert reply.outcome == "successful"
