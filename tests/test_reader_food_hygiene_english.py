"""How councils write replies the reader first met on the food-hygiene topic, each rule tested with real reply text
(the reply named in each test, from tests/files/real_set/food-hygiene/<slug>.txt, cut to the lines that matter), and
some with the same form from another topic or made up, to show the rule is about the English, not the reply."""

from __future__ import annotations

from reader import load_survey, parse_reply
from reader.rates import find_rates
from reader.scan import find_values, never_spans
from tests.reading_helpers import DRAFTED, SURVEYS, facts


OVERDUE = SURVEYS / "food-hygiene-overdue-three-years-2019.toml"
OVERDUE_EDITED = DRAFTED / "food-hygiene-overdue-three-years-2019.edited.toml"
OVERDUE_RAW = DRAFTED / "food-hygiene-overdue-three-years-2019.toml"


# moray-food-hygiene-inspections-101002163519: premises still overdue by the year they fell due, and how long
MORAY_OVERDUE = (
    "3. & 4. Our records indicate the following are still overdue as of today's date:\n\n"
    "2016 - 1 Premises  1149 days overdue\n"
    "2017 - 6 Premises  517-797 days overdue\n")


def test_a_range_of_days_is_one_length_its_middle_never_a_count():
    line = "2017 - 6 Premises  517-797 days overdue"
    # neither end is a count ("517" was read as premises where no question asks for days)
    assert [v.value for v in find_values(line, never_spans(line))] == [2017, 6]
    # where days are asked, the range is one length of time, approximate (the README: a range is its middle)
    (rate,) = find_rates(line, {"days"})
    assert (rate.value, rate.approx, rate.text) == (657, True, "517-797 days")
    assert [r.value for r in find_rates("average 2-3 weeks", {"days"})] == [17.5]
    # one value alone is still read as before
    assert [r.value for r in find_rates("1149 days overdue", {"days"})] == [1149]
    for survey in (load_survey(OVERDUE), load_survey(OVERDUE_EDITED), load_survey(OVERDUE_RAW)):
        assert 517 not in {f.value for f in facts(MORAY_OVERDUE, survey)}


def test_a_length_of_time_whose_unit_starts_the_subject_that_ends_the_line_is_its_length():
    # "1149 days overdue": "days overdue" is the thing question 4 asks in days, named by the figure's unit
    found = {(f.subject, f.measure, f.value) for f in facts(MORAY_OVERDUE, load_survey(OVERDUE))}
    assert {("overdue_premises", "count", 1), ("time_overdue", "days", 1149), ("overdue_premises", "count", 6),
            ("time_overdue", "days", 657)} <= found


INSPECTIONS = SURVEYS / "food-hygiene-inspections-2022.toml"
INSPECTIONS_EDITED = DRAFTED / "food-hygiene-inspections-2022.edited.toml"
INSPECTIONS_RAW = DRAFTED / "food-hygiene-inspections-2022.toml"

# hastings-food-hygiene-inspections-foir-408082537: the request's "2. For each calendar year ...: a. How many such
# premises were/are licensed ...?" answered under a bare "2." with two figures a year
HASTINGS = (
    "1. Hastings Borough Council is currently following the Food Standards Agency's COVID-19 Local Authority "
    "Recovery Plan in order to inspect our food premises.\n"
    "2. Please note food premises are not licensed to sell food, they are registered.\n"
    "2017 - 839/429\n"
    "2018 - 824/351\n")


def test_two_figures_of_a_year_with_a_slash_between_are_two_figures():
    from reader.facts.slash_pairs import slash_pair
    assert [v.value for v in slash_pair("2017 - 839/429")] == [839, 429]
    assert [v.value for v in slash_pair("2019/20: 1,204/388")] == [1204, 388]
    # a date, a financial year, a reference, or a pair with words around it are not
    for line in ("2017 - 12/05", "2017 - 2017/18", "Ref 2017 - 839/429", "2017 - 839/429 cases", "839/429",
                 "2021 - 07/429"):
        assert slash_pair(line) == []


def test_an_answer_numbered_as_a_question_asked_in_parts_answers_the_part_its_words_name():
    for survey in (load_survey(INSPECTIONS), load_survey(INSPECTIONS_EDITED), load_survey(INSPECTIONS_RAW)):
        found = {(f.question, f.period, f.value) for f in facts(HASTINGS, survey)}
        assert {("2a", "2017", 839), ("2a", "2017", 429), ("2a", "2018", 824), ("2a", "2018", 351)} <= found
    # "2. As above" names no part: no part is taken for it
    from reader.facts.unlettered import first_part
    survey = load_survey(INSPECTIONS)
    words = {q.id: frozenset(w for w in q.text.lower().split() if len(w) > 3) for q in survey.questions}
    assert first_part(survey, 2, frozenset({"above"}), words) is None
    assert first_part(survey, 2, frozenset({"premises", "licensed", "food"}), words).id == "2a"


def outcome(text: str, survey) -> str:
    return parse_reply(text, survey).outcome


REPORT = SURVEYS / "food-hygiene-inspection-report-2022.toml"
RESTAURANTS = SURVEYS / "food-hygiene-restaurant-inspections-2015.toml"

# barnet-food-safety-inspection-report-8246896: an EIR internal review that upholds the refusal (it only finds the
# refusal notice unclear)
BARNET_REVIEW = (
    "Can I please have a copy of the food safety inspection report and FHRS calculations undertaken on 9/3/22 for "
    "the above premises please\n\n"
    "Internal Review\nComplaint partially upheld.\n"
    "The refusal notice should have been clearer as to why the information is being withheld.\n"
    "I have reconsidered the public interest test, and find that the correct EIR exceptions were applied, and the "
    "public interest lies in withholding the information but the response should have been clearer.\n")

# east-herts-hygiene-inspections-f15439: past years pointed to, this year's return not yet done
EAST_HERTS = (
    "How many hygiene inspections in restaurant premises were carried out by the council in the following years:  "
    "2010, 2011, 2012, 2013,  2014,  2015 (so far)\n\n"
    "How many premises are overdue for inspection as of 18 June 2015\n\n"
    "Our annual return data is published on the Food Standards Agency's website ( which breaks down the data into "
    "the number of premises inspections by risk category. \n\n"
    "The 2015 return has not yet been done, but will be published by the FSA when it is ready.\n\n"
    "With regards to the last question, we monitor monthly for all food premises including low risk newsagents, so "
    "we have 569 inspections overdue for inspection.\n")


def test_a_review_that_finds_the_exceptions_rightly_applied_upholds_the_refusal():
    from reader.classify import find_refusal_words
    assert outcome(BARNET_REVIEW, load_survey(REPORT)) == "rejected"
    assert find_refusal_words("the public interest favours maintaining the exemption")
    assert find_refusal_words("We consider that the appropriate exemptions have been correctly applied.")
    assert not find_refusal_words("The public interest lies in openness and transparency.")


def test_a_return_not_yet_done_is_not_held_beside_what_is_given():
    from reader.classify import find_not_held
    assert outcome(EAST_HERTS, load_survey(RESTAURANTS)) == "partially_successful"
    assert find_not_held("The 2015 return has not yet been done, but will be published by the FSA when it is ready.")
    assert find_not_held("Figures for 2023/24 have not yet been published.")
    assert not find_not_held("The inspection has been done.")


MORAY_OVERDUE_ALL = MORAY_OVERDUE + "2018 - 19 Premises  150-476 days overdue.\n"


def test_a_length_of_time_under_numbers_answered_together_answers_the_one_that_asks_it():
    # "3. & 4.": the draft's question 3 counts premises (its words, "overdue", are on the line), its 4 asks in days
    found = {(f.question, f.value) for f in facts(MORAY_OVERDUE_ALL, load_survey(OVERDUE_EDITED))}
    assert {("3", 1), ("4", 1149), ("3", 6), ("4", 657), ("4", 313)} <= found
    from reader.facts.joined import joined_asking
    survey = load_survey(OVERDUE_EDITED)
    assert joined_asking(MORAY_OVERDUE_ALL, 0, survey, "days").id == "4"
    assert joined_asking("3. Our records indicate the following\n", 0, survey, "days") is None


def test_a_year_dash_two_digits_in_a_list_of_years_and_counts_is_a_year_and_a_count():
    for survey in (load_survey(OVERDUE), load_survey(OVERDUE_EDITED), load_survey(OVERDUE_RAW)):
        found = {(f.period, f.value) for f in facts(MORAY_OVERDUE_ALL, survey) if f.measure == "count"}
        assert {("2016", 1), ("2017", 6), ("2018", 19)} <= found
    # alone, or beside a list of financial years, "2018 - 19" is still the financial year
    from reader.facts.year_rows import year_not_span
    from reader.periods import find_periods
    text = "2017 - 18 Premises\n2018 - 19 Premises\n"
    s = text.index("2018")
    periods = [p.shifted(s) for p in find_periods(text[s:-1], prose_months=False)]
    assert [p.label for p in year_not_span(text, s, len(text) - 1, periods)] == [p.label for p in periods]


ILLNESS = SURVEYS / "food-hygiene-illness-overdue-2025.toml"
ILLNESS_DRAFT = DRAFTED / "food-hygiene-illness-overdue-2025.toml"

# moray-food-borne-illness-101003698864: question 2 asks a count, then splits its waiting times into (a) and (b);
# the answer opens with its figures under the bare "2."
MORAY_ILLNESS = (
    "1. \n\n2019 2020 2021 2022 2023 2024 2025\n9 8 8 10 <5* <5* 0\n\n"
    "2. 67 programmed visits; 5 revisits.\n\n"
    "We do not hold any information on average times.  However, we have a target of 28 days from due date for the "
    "inspection to be carried out. \n\n"
    "3. 126 awaiting inspection\n\n4. 56\n")


def test_figures_opening_a_number_whose_parts_share_the_count_asked_answer_its_first_part():
    found = {(f.question, f.measure, f.value) for f in facts(MORAY_ILLNESS, load_survey(ILLNESS_DRAFT))}
    assert {("2a", "count", 67), ("2a", "count", 5)} <= found
    assert not {(q, m, v) for q, m, v in found if q == "1" and v in (67, 5)}


def test_a_target_is_no_length_of_time_measured():
    assert find_rates("However, we have a target of 28 days from due date for the inspection", {"days"}) == []
    assert find_rates("Our target is 10 working days.", {"days"}) == []
    assert [r.value for r in find_rates("The average wait was 28 days.", {"days"})] == [28]
    for survey in (load_survey(ILLNESS), load_survey(ILLNESS_DRAFT)):
        assert 28 not in {f.value for f in facts(MORAY_ILLNESS, survey)}


PREMISES = SURVEYS / "food-hygiene-premises-inspected-2016.toml"
PREMISES_DRAFT = DRAFTED / "food-hygiene-premises-inspected-2016.toml"

# moray-food-premises-101001297350: the request, the requester's clarification, then the answers
MORAY_PREMISES = (
    "1. The current number of registered food premises in the local authority area.\n"
    "2. The number of registered food premises inspected for hygiene in each of the last ten years.\n"
    "3. The proportion of premises in each of those years deemed to have failed / required improvement.\n"
    "4. The number of appeals against failed inspections and how many were successful.\n"
    "5. For the period September 1, 2015 to August 26, 2016, the names of establishments/premises deemed to have "
    "failed / required improvement, full details of the hygiene breach/es that gave rise to that verdict.\n"
    "6. The full reports of each of the inspections referred to in 5.\n\n"
    "Clarification provided 03-10-2016: \n\n"
    "In terms of questions 3 and 4, please ignore them.\n\n"
    "Response 25-10-2016\n\n1. 1201\n\n2. \n\n2006/07 - 412\n\n2007/08 - 556\n\n"
    "5. Please find the information you requested here\n\n"
    "6. Please find the information you requested here.\n")


def test_questions_the_requester_withdrew_have_no_answer():
    from reader.withdrawn import withdrawn
    for survey in (load_survey(PREMISES), load_survey(PREMISES_DRAFT)):
        said = {q.question for q in parse_reply(MORAY_PREMISES, survey).questions}
        assert "3" not in said and "4" not in said and {"1", "2"} <= said
        assert withdrawn("Questions 3 and 4 were withdrawn by the requester.", survey) == ["3", "4"]
        assert withdrawn("Question 5, please disregard it.", survey) == ["5"]
        assert withdrawn("Please ignore the attachment.", survey) == []


def test_a_requests_pointer_to_its_own_question_is_no_figure():
    line = "6. The full reports of each of the inspections referred to in 5."
    assert 5 not in [v.value for v in find_values(line, never_spans(line))]
    line = "the 12 premises mentioned in question 3, and 4 more"
    assert [v.value for v in find_values(line, never_spans(line))] == [12, 4]
    for survey in (load_survey(PREMISES), load_survey(PREMISES_DRAFT)):
        assert 5 not in {f.value for f in facts(MORAY_PREMISES, survey)}


NEW_BUSINESSES = SURVEYS / "food-hygiene-new-businesses-2021.toml"
NEW_BUSINESSES_DRAFT = DRAFTED / "food-hygiene-new-businesses-2021.toml"

# wokingham-new-food-businesses-2021: each answer alone on the line under its question
WOKINGHAM_NEW = (
    "1. How many new food businesses have registered with your council between financial year 6 April 2020 and 5 "
    "April 2021?\n190.\n"
    "2. Of all the new food businesses who have registered with your council between financial year 6 April 2020 "
    "and 5 April 2021, how many of those were first inspected by an environmental health officer within 28 days of "
    "their application?\nFive.\n")

# wokingham-food-hygiene-inspections-15376: the stored page ends inside the next year's row
WOKINGHAM_CUT = (
    "c) How many routine food hygiene inspections did your authority carry out?\n"
    "2017: 429\n2018: 392\n20")


def test_a_figure_alone_with_a_stop_that_numbers_no_question_is_the_answer():
    for survey in (load_survey(NEW_BUSINESSES), load_survey(NEW_BUSINESSES_DRAFT)):
        assert {("1", 190), ("2", 5)} <= {(f.question, f.value) for f in facts(WOKINGHAM_NEW, survey)}


def test_a_year_cut_short_at_the_pages_end_is_no_figure():
    for survey in (load_survey(INSPECTIONS), load_survey(INSPECTIONS_EDITED)):
        values = [f.value for f in facts(WOKINGHAM_CUT, survey)]
        assert 429 in values and 392 in values and 20 not in values
    # a "20" that ends a page under a line that is no year's row is read as before
    from reader.facts.bare_answers import cut_year
    from reader.scan import Value
    text = "Number of premises inspected:\n20"
    assert not cut_year(text, Value(len(text) - 2, len(text), 20.0, False, False, False, "20"))


def test_a_figure_counting_its_own_noun_under_a_count_asked_is_that_count_not_a_waiting_time():
    # the hand survey files "revisits" under 2b's average waiting time for reinspections (asked in days)
    found = {(f.question, f.measure, f.value) for f in facts(MORAY_ILLNESS, load_survey(ILLNESS))}
    assert {("2", "count", 67), ("2", "count", 5)} <= found
    assert not {(q, m, v) for q, m, v in found if m == "days"}


def test_an_answer_with_something_removed_under_an_exemption_is_partly_given():
    text = MORAY_PREMISES.replace(
        "6. Please find the information you requested here.\n",
        "6. Please find the information you requested here. Information that can identify individuals has been "
        "removed as this is exempt under section 38(1)(b) of the Freedom of Information (Scotland) Act 2002, "
        "personal information.\n")
    for survey in (load_survey(PREMISES), load_survey(PREMISES_DRAFT)):
        sixth = next(q for q in parse_reply(text, survey).questions if q.question == "6")
        assert sixth.outcome == "partially_successful"


def test_a_rows_one_year_in_an_earlier_cell_is_the_period_of_its_later_figures():
    found = {(f.measure, f.period, f.value) for f in facts(MORAY_OVERDUE_ALL, load_survey(OVERDUE))}
    assert {("days", "2016", 1149), ("days", "2017", 657), ("days", "2018", 313)} <= found


def test_a_count_as_of_the_end_of_a_month_is_held_on_its_last_day():
    text = WOKINGHAM_NEW + (
        "3. Of all the new food businesses who have registered with your council between financial year 6 April 2020 "
        "and 5 April 2021, how many of those have still not yet been inspected by an environmental health officer?\n"
        "146 (as of end July 2021).\n")
    for survey in (load_survey(NEW_BUSINESSES), load_survey(NEW_BUSINESSES_DRAFT)):
        (f,) = [f for f in facts(text, survey) if f.value == 146]
        assert (f.period_start, f.period_end) == ("2021-07-31", "2021-07-31")
    from reader.facts.as_of import as_of_month_end
    assert [(p.first.isoformat(), p.kind) for p in as_of_month_end("Total 52 as at the end of March 2023", 0, [])] \
        == [("2023-03-31", "month_at")]
    assert as_of_month_end("by the end of the year 2023", 0, []) == []


def test_average_times_said_not_held_are_not_held_for_each_question_asking_one():
    statuses = {q.question: q.outcome for q in parse_reply(MORAY_ILLNESS, load_survey(ILLNESS)).questions}
    assert statuses["2a"] == statuses["2b"] == "not_held" and statuses["2"] == "successful"


def test_a_numbered_line_takes_a_part_only_where_it_names_one_and_figures_follow():
    from reader.facts.unlettered import figures_below, first_part
    from reader.facts.words import question_words
    survey = load_survey(INSPECTIONS)
    words = question_words(survey)
    assert figures_below(HASTINGS, HASTINGS.index("registered.") + len("registered."))
    assert not figures_below("2. Please note food premises are registered.\n3. Over one year\n", 40)
    # a count the parts themselves split ("How many ... has the council a) cremated and b) buried") is no count
    # asked whole before them: a line of figures under the bare number is not given to the first part
    from reader.facts.unlettered import _same_lead
    assert not _same_lead(["How many paupers has the council cremated and", "How many paupers has the council buried"])
    assert _same_lead(["how many food law inspections are currently overdue and is there an average waiting time "
                       "for inspections", "how many food law inspections are currently overdue and is there an "
                       "average waiting time for reinspections"])
    assert first_part(survey, 2, frozenset({"premises", "licensed", "food"}), words).id == "2a"
