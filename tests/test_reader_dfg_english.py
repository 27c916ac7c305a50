"""How councils write replies the reader first met on the disabled-facilities-grants topic, each rule tested with
real reply text (the reply named in each test, from tests/files/real_set/<topic>/<slug>.txt, cut to the lines that
matter)."""

from __future__ import annotations

from pathlib import Path

from reader import load_survey, parse_reply

SET = Path(__file__).resolve().parent / "files" / "real_set"
SURVEYS = SET / "surveys"
DRAFTED = SET / "drafted"


def statuses(text: str, survey) -> dict[str, str]:
    return {q.question: q.outcome for q in parse_reply(text, survey).questions}


MORAY_REQUEST = (
    "This request concerns waiting periods for Disability Facility Grants.\n"
    "1) Please state the number of applications for Disabled Facility Grants received by your local authority. "
    "Please provide information for the following financial years: a) 2012/13 b) 2013/14 c) 2014/15 d) 2015/16 "
    "e) 2016/17 to 25th July 2017.\n"
    "2) Of these applications received, please state the number of Disabled Facility Grants that were a) Approved "
    "b) Rejected By your local authority. Please provide information for the following financial years: a) 2012/13 "
    "b) 2013/14 c) 2014/15 d) 2015/16 e) 2016/17 to 25th July 2017.\n"
    "6) Please state the mean average total Disabled Facility Grant paid by your local authority to applicants. "
    "Please provide information for the following financial years: a) 2012/13 b) 2013/14 c) 2014/15 d) 2015/16 "
    "e) 2016/17 to 25th July 2017.\n\n")


def test_the_request_quoted_above_one_not_held_sentence_answers_nothing():
    # disabled-facilities-grants/moray-dfg-waiting-periods-2017: the request's numbered lines, then one sentence
    # that none of it is held; the quoted lines (and the sentence's "exempt") had been read as answers
    survey = load_survey(SURVEYS / "dfg-waiting-periods-2017.toml")
    text = (MORAY_REQUEST + "Response 22-08-2017\n\n"
            "Disabled Facility Grants are not available in Scotland therefore this information is exempt under "
            "Section 17 of the Freedom of Information (Scotland) Act 2002- Information Not Held.\n")
    reply = parse_reply(text, survey)
    assert reply.outcome == "not_held"
    got = {q.question: q.outcome for q in reply.questions}
    assert got and set(got.values()) == {"not_held"}
    assert {"1a", "2a", "6a", "6e"} <= set(got)


def test_the_request_restated_part_by_part_above_a_closing_not_held_sentence_answers_nothing():
    # disabled-facilities-grants/devon-dfg-waiting-periods-2017 (drafted survey): each year on a line of its own
    survey = load_survey(DRAFTED / "dfg-waiting-periods-2017.edited.toml")
    years = "a) 2012/13\n\nb) 2013/14\n\nc) 2014/15\n\nd) 2015/16\n\ne) 2016/17 to 25th July 2017.\n\n"
    text = ("1) Please state the number of applications for Disabled Facility Grants received by your local "
            "authority. Please provide information for the following financial years:\n\n" + years
            + "5) Please state the average waiting periods for an applicant to receive their first payment after a "
            "decision has been made to approve their application for a Disabled Facility Grant.\n\n"
            "Please provide information for the following financial years:\n\n" + years
            + "Please note that Devon County Council is not responsible for administering Disabled Facilities "
            "Grants. Therefore this information is not held.\n")
    got = statuses(text, survey)
    assert got and set(got.values()) == {"not_held"}


def test_a_reply_that_gives_figures_keeps_its_answers_above_a_not_held_sentence():
    # the rule needs a reply that gives nothing: a figure given keeps the questions it answers
    survey = load_survey(SURVEYS / "dfg-waiting-periods-2017.toml")
    text = ("1) Please state the number of applications for Disabled Facility Grants received by your local "
            "authority.\n a) 2012/13: 41\n\nThe rest of this information is not held.\n")
    got = statuses(text, survey)
    assert "successful" in got.values() or "partially_successful" in got.values()


RUSHCLIFFE = (
    "  1. How many home adaptations were delivered in the following financial years under the Disabled Facilities "
    "Grant (DFG)?\n"
    "  2. How many of the home adaptations delivered, as outlined in question 1, related to a) under-18s, and b) "
    "adults aged between 18 and 64?\n"
    "  3. Of home adaptations delivered under the DFG in the following financial years, what was the average amount "
    "of time, in days, for a home adaptation to be completed from the time of the resident\u2019s initial enquiry?\n"
    "  4. Of home adaptations delivered under the DFG in the following financial years, what was the average amount "
    "of time, in days, for a home adaptation to be completed from the time of the initial enquiry for cases relating "
    "to under-18s?\n"
    "  5. Of home adaptations delivered under the DFG in the following financial years, what was the average amount "
    "of time, in days, for a home adaptation to be completed from the time of the initial enquiry for cases relating "
    "to those aged 18-64?\n\n\n"
    "  1. How many home adaptations were delivered in the following financial years under the Disabled Facilities "
    "Grant (DFG)?\n"
    "    1. 2019-20 - 53\n    2. 2020-21 - 70\n    3. 2021-22 - 84\n    4. 2022-23 - 68\n    5. 2023-24 - 65\n"
    "  2. How many of the home adaptations delivered, as outlined in question 1, related to a) under-18s, and b) "
    "adults aged between 18 and 64?\n")


def test_a_numbered_list_of_years_nested_under_a_question_is_its_answer():
    # disabled-facilities-grants/rushcliffe-dfg-home-adaptations-2024: the years under answer 1 are numbered 1-5,
    # indented deeper than the question; "3. 2021-22 - 84" is question 1's 2021-22, not question 3's answer
    survey = load_survey(SURVEYS / "dfg-home-adaptations-2024.toml")
    reply = parse_reply(RUSHCLIFFE, survey)
    got = {(f.question, f.value) for f in reply.facts}
    assert got == {("1", 53), ("1", 70), ("1", 84), ("1", 68), ("1", 65)}
    said = {q.question for q in reply.questions}
    assert "1" in said and not said & {"3", "4", "5"}


def test_the_nested_list_rule_leaves_a_reply_numbered_like_the_request_alone():
    # answers numbered as the request, at the request's own indent, still answer their numbers
    survey = load_survey(SURVEYS / "dfg-home-adaptations-2024.toml")
    text = ("  1. How many home adaptations were delivered in the following financial years under the DFG?\n"
            "    2019-20 - 53\n"
            "  3. Of home adaptations delivered under the DFG, what was the average amount of time, in days?\n"
            "    2019-20 - 84\n")
    got = {(f.question, f.value) for f in parse_reply(text, survey).facts}
    assert ("1", 53) in got and ("3", 84) in got


EAST_HERTS = (
    "F16/198\n\nDisabled Facilities Grants\n\nRequest Description\n\n"
    "Please could you supply the following information, if possible, separately, for each financial year from 2010 "
    "until the present day (incl 2015-16 if data is available).\n\n"
    "1. In each financial year, how many applications for a Disabled Facilities Grant did your council receive?\n\n"
    "3. How much money was available to your council in total (annually) for DFGs?  \n\n"
    "4. How much of your funding for DFGs was spent? (please answer in \u00a3)\n\n"
    "5. How much extra funding (if any) did you pay out on top of your DFG budget, to meet grant requests? (please "
    "answer in \u00a3)\n\n"
    "11. If known, how many applicants were in residential care while they waited for a grant?\n\n"
    "Request Date18 March 2016\nRequested byMedia\nReleased Date  \n\n11 April 2016\n\n"
    "ResponseDocuments in downloads section below.\nRefused\n\n                \n\nRefusal\n")


def test_a_disclosure_logs_response_field_states_the_outcome():
    # disabled-facilities-grants/east-herts-dfg-applications-funding-2016: the log's fields run together with their
    # values ("Request Date18 March 2016", "ResponseDocuments ..."); its status, "Refused", on a line of its own
    from reader import classify as C
    assert C.page_status(EAST_HERTS) == "rejected"
    s, e = C.response_field(EAST_HERTS)
    assert EAST_HERTS[s:e] == "Refused"


def test_the_request_above_a_logs_refused_field_is_refused_question_by_question():
    survey = load_survey(SURVEYS / "dfg-applications-funding-2016.toml")
    reply = parse_reply(EAST_HERTS, survey)
    assert reply.outcome == "rejected"
    assert {q.outcome for q in reply.questions} == {"rejected"}
    assert len(reply.questions) == len(survey.questions)


def test_a_response_heading_over_an_answer_is_no_log_field():
    from reader import classify as C
    # no log date fields: a letter's "Response" heading over its answer
    assert C.response_field("Response\nNot held\n") is None
    # a sentence under the label is an answer, not the log's status word
    assert C.response_field("Request date: 1 May 2020\nResponse\nThe information is not held.\n") is None


HASTINGS_2023 = (
    "Please may you provide data on:\n"
    "1. The number of applications the council has received for Disabled Facilities Grants in the last five years.\n"
    "2. The number of applications that have been accepted resulting in a Disabled Facilities Grant being awarded in "
    "this timeframe.\n"
    "3. The average time, from the date an application is received, it takes the council to make a decision on the "
    "application.\n"
    "Response\n"
    "1. Hastings Borough Council (HBC) received 475 completed applications.\n"
    "2. HBC approved 474 of the 475 completed applications.\n"
    "3. The average time taken from application to approval from April 1st 2018 to March 31st 2023 was 13 days (10 "
    "work days).\n")


def test_the_whole_a_count_is_out_of_is_no_figure_of_its_own():
    # disabled-facilities-grants/hastings-dfg-applications-2023: "474 of the 475": 475 is the applications received,
    # said again
    survey = load_survey(SURVEYS / "dfg-applications-awards-2023.toml")
    got = [(f.question, f.value) for f in parse_reply(HASTINGS_2023, survey).facts]
    assert ("2", 474) in got and ("2", 475) not in got
    assert got.count(("1", 475)) == 1


def test_work_days_are_days():
    # the same reply: "13 days (10 work days)", both lengths of time, neither a count
    from reader.rates import find_rates
    assert [(r.value, r.measure) for r in find_rates("was 13 days (10 work days).", {"days"})] == \
        [(13, "days"), (10, "days")]
    for mode in ("surveys/dfg-applications-awards-2023.toml", "drafted/dfg-applications-awards-2023.toml"):
        facts = parse_reply(HASTINGS_2023, load_survey(SET / mode)).facts
        assert {(f.question, f.measure) for f in facts if f.value == 10} == {("3", "days")}


def test_a_parts_letter_after_q_alone_heads_that_part():
    # disabled-facilities-grants/hastings-dfg-bathroom-adaptations-2019 (raw draft, lettered 1a-1c): "Q1A", "Q1B",
    # then "QC" for part c; its "over 70" is the adaptations expected in the next 12 months, question 1c
    survey = load_survey(DRAFTED / "dfg-bathroom-adaptations-2019.toml")
    text = ("Response\n"
            "Q1A - In the last financial year (1st April 2018 - 31st March 2019) we have completed 99 bathroom "
            "adaptations, these were all level access showers.\n"
            "Q1B - In the previous financial year (1st April 2017 - 31st March 2018) we completed 77 bathroom "
            "adaptations, these were all level access showers\n"
            "QC - We do not have a specific budget or plan for major bathroom adaptations in the next 12 months, it "
            "depends on the referrals that we receive. It is expected that we will complete over 70 bathroom "
            "adaptations in the next 12 months based on previous years.\n")
    got = {(f.question, f.value) for f in parse_reply(text, survey).facts}
    assert got == {("1a", 99), ("1b", 77), ("1c", 70)}


THURROCK_Q3 = (
    "3. The average time, from the date an application is received, it takes the council to make a decision on the "
    "application (No. of days from all relevant paperwork received from applicant and grant approval decision)\n\n"
    "April 2022 to March 23\n\n3.5\n\n   \n\nApril 2021 to March 22\n\n2\n\n   \n\n"
    "April 2019 to March 20\n\n1.7\n\n")


def test_a_unit_said_in_a_note_on_the_question_heading_makes_bare_figures_days():
    # disabled-facilities-grants/thurrock-dfg-applications-2023, read with the raw draft (question 3 asks days,
    # count and percent: "it takes ... to" may be answered by how many within so many days); the heading's note
    # "(No. of days ...)" says the bare figures under it are days, fractions included
    survey = load_survey(DRAFTED / "dfg-applications-awards-2023.toml")
    got = {(f.question, f.measure, f.value) for f in parse_reply(THURROCK_Q3, survey).facts}
    assert got == {("3", "days", 3.5), ("3", "days", 2), ("3", "days", 1.7)}


def test_the_question_asking_a_number_of_days_does_not_make_counts_of_cases_days():
    # parking-pcns/devon-pcn-postage-2022: "the average number of days it takes ..." answered by how many cases
    # were paid within so many days: counts still
    survey = load_survey(DRAFTED / "parking-pcns-postage-2022.toml")
    text = ("7. What is the average number of days it takes for a Penalty Charge Notice issued by your organisation, "
            "to be paid in full?\n\nDCC do not hold this information. We can tell you that\n\n"
            "  \u2022 39,269 cases paid within 14 days of issue at discounted amount\n")
    facts = [f for f in parse_reply(text, survey).facts if f.value == 39269]
    assert facts and all(f.measure == "count" for f in facts)


def test_a_date_written_month_first_with_an_ordinal_day_bounds_a_period():
    # disabled-facilities-grants/hastings-dfg-applications-2023: "from April 1st 2018 to March 31st 2023 was 13 days"
    from reader.periods import find_periods
    got = [(str(p.first), str(p.last)) for p in find_periods("from April 1st 2018 to March 31st 2023 was 13 days")]
    assert got == [("2018-04-01", "2023-03-31")]
    # a bare "March 23" is no date (Thurrock's "April 2022 to March 23" is a range of months)
    assert [(str(p.first), str(p.last)) for p in find_periods("April 2022 to March 23\n\n3.5")] == \
        [("2022-04-01", "2023-03-31")]


def test_under_a_parts_letter_a_line_naming_that_parts_subject_answers_it():
    # the same Hastings reply with the hand survey, whose 1c is "budgeted for or expected in the next 12 months"
    # and whose 1a/1b count "bathroom adaptations": the "over 70" under "QC" names both; it is 1c's
    survey = load_survey(SURVEYS / "dfg-bathroom-adaptations-2019.toml")
    text = ("Q1B - In the previous financial year (1st April 2017 - 31st March 2018) we completed 77 bathroom "
            "adaptations, these were all level access showers\n"
            "QC - We do not have a specific budget or plan for major bathroom adaptations in the next 12 months, it "
            "depends on the referrals that we receive. It is expected that we will complete over 70 bathroom "
            "adaptations in the next 12 months based on previous years.\n")
    got = {(f.question, f.value) for f in parse_reply(text, survey).facts}
    assert got == {("1b", 77), ("1c", 70)}


def test_a_line_restating_two_parts_keeps_the_figure_with_the_thing_it_counts():
    # allotments/charnwood-allotments-foi-4261: "3. How many allotment a) sites 9 and b) plots ...? 287 full plots"
    survey = load_survey(SURVEYS / "allotments-disposals-waiting-list-2014.toml")
    text = ("3. How many allotment a) sites 9 and b) plots do you have in total currently ? 287 full plots, however "
            "many are now split into halves or more\n")
    got = {(f.question, f.value) for f in parse_reply(text, survey).facts}
    assert ("3b", 287) in got and ("3a", 287) not in got
