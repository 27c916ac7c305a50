"""Figures people can trust, and figures said in words: forms of English councils write about anything, each rule
tested with real reply text (the reply named in each test, from tests/files/real_set/<topic>/<slug>.txt, cut to the
lines that matter)."""

from __future__ import annotations

from pathlib import Path

import reader
from reader import load_survey, parse_reply
from tests.reading_helpers import DRAFTED, SURVEYS


def values(text: str, survey) -> set[float]:
    return {f.value for f in parse_reply(text, survey).facts}


DEVON_NDAS = (
    "Non- disclosure agreements\n\n"
    "How many non-disclosure agreements has the authority agreed in each of the calendar years of 2014, 2015, 2016 "
    "and 2017. Please provide individual figures per year. Please provide reasons for the agreements being agreed "
    "where possible (e.g. 2 whistleblower complaints).\n\n\n"
    "Please provide the total amount of financial compensation awarded as part of these agreements for the entirety "
    "of this period in £.\n\n"
    "The figures below relate to Settlement and COT 3 agreements. None of these prevent employees from "
    "whistleblowing.\n")


def test_the_requests_own_words_restated_without_an_introduction_give_no_figures():
    # settlement-agreements/devon-non-disclosure-agreements-2014-2018: the request heads the reply, not introduced
    # ("You asked ..."): 2017 is the last year asked, 2 an example the requester gave
    for survey in (load_survey(SURVEYS / "settlement-ndas-2014-2017.toml"),
                   load_survey(DRAFTED / "settlement-ndas-2014-2017.toml")):
        got = values(DEVON_NDAS, survey)
        assert 2017.0 not in got and 2.0 not in got


def test_a_figure_the_council_writes_with_other_words_than_the_questions_is_kept():
    # (the same reply: a year's row is the council's own, though its year is one the question names)
    survey = load_survey(SURVEYS / "settlement-ndas-2014-2017.toml")
    got = values(DEVON_NDAS + "\nYear Number Total\n2014 30 £487,177.66\n2015 32 £336,329.80\n", survey)
    assert {30.0, 487177.66, 32.0} <= got


def test_a_figure_given_as_an_example_is_no_figure():
    # temporary-accommodation/wandsworth-temporary-accommodation-spend-2023: "E.g. 234 days" repeats 2016's figure,
    # given on its own row below
    text = ("(ii) The average length of stay in temporary accommodation after making a homeless application? - Please "
            "refer to the below. Note that this is the average length of stay for those housed in the respective "
            "years. E.g. 234 days in TA before being rehoused permanently for those housed in 2016.\n\n"
            "2023 (as at 23rd February 2023) - 1287 days.\n\n2022 - 1204.\n\n2016 - 234.\n")
    for survey in (load_survey(SURVEYS / "temporary-accommodation-net-spend-2023.toml"),
                   load_survey(DRAFTED / "temporary-accommodation-net-spend-2023.toml")):
        got = [f for f in parse_reply(text, survey).facts if f.value == 234.0]
        assert len(got) == 1 and got[0].quote.startswith("2016")


def test_a_pointer_to_another_answer_by_its_number_is_no_figure():
    # taxi-licensing/rushcliffe-taxi-driver-convictions-3543958: answer 4 sends the reader to answer 3
    text = ("  3. The number of taxi licences granted to drivers with criminal convictions.\n\n"
            "    We do not keep a record of convictions in electronic format.\n\n"
            "  4. The number of PHV licenses granted to drivers with criminal convictions. As above in 3.\n")
    from reader.numbers import looks_like_non_quantity
    at = text.index("in 3.") + 3
    assert looks_like_non_quantity(text, at, at + 1) == "list marker"
    for survey in (load_survey(SURVEYS / "taxi-licensing-convictions-2024.toml"),
                   load_survey(DRAFTED / "taxi-licensing-convictions-2024.edited.toml")):
        assert 3.0 not in values(text, survey)
    # "as in 3 cases" counts
    assert looks_like_non_quantity("as in 3 cases we", 6, 7) is None


HWFIRE_NONE = (
    "Response\n\nDear X\n\nThank you for your request for information which has been received by Hereford and "
    "Worcester Fire and Rescue Service (the Service) and considered under the Freedom of Information Act (FOIA) "
    "2000.\n\nIt is not uncommon for the settlement of an employment claim to include a requirement for "
    "confidentiality as to the terms of the settlement. However, that is not my understanding of what I think you "
    "mean by a \u2018non-disclosure agreement\u2019. I understand a non-disclosure agreement in this context to mean "
    "an agreement that designed to prevent an individual from speaking out about particular events or misconduct . "
    "On that basis, the answer to all your questions is \u2018none\u2019.\n")


def test_the_answer_to_all_your_questions_is_none_gives_each_question_0_for_each_period_it_asks():
    # settlement-agreements/hwfire-non-disclosure-agreements-184-07-23
    for survey in (load_survey(SURVEYS / "settlement-ndas-2020-2023.toml"),
                   load_survey(DRAFTED / "settlement-ndas-2020-2023.toml")):
        reply = parse_reply(HWFIRE_NONE, survey)
        got = {(f.question, f.measure, f.period, f.value) for f in reply.facts}
        asked = {(q.id, p) for q in survey.questions for p in q.periods}
        assert {(q, p) for q, _, p, _ in got} == asked
        assert all(v == 0.0 for *_, v in got)
        assert any(m == "total_cost_gbp" for _, m, _, _ in got) and any(m == "count" for _, m, _, _ in got)
        assert {q.outcome for q in reply.questions} == {"successful"}


def test_figures_of_a_worked_example_that_supposes_are_no_figures():
    # settlement-agreements/moray-exit-packages-departures-101002405033: "e.g. ... may have ... would be": how the
    # bands are read, told with made-up sums
    text = ("To expand on the description provided in the annual accounts, the exit packages consist of redundancy "
            "costs, settlement costs for loss of employment and payments to the pension fund for early retirement.  "
            "The bandings are split against the total cost of these elements e.g. a member of staff may have "
            "redundancy costs of \u00a35k and a payment to the pension fund of \u00a316k,  they would be included "
            "under the banding \u00a320,001 - \u00a340,000 as their total package would be \u00a321k.  The table "
            "doesn\u2019t include how much salary they have been paid as this is not part of an employee\u2019s exit "
            "package.\n")
    for survey in (load_survey(SURVEYS / "settlement-exit-packages-2018-19.toml"),
                   load_survey(DRAFTED / "settlement-exit-packages-2018-19.edited.toml")):
        assert values(text, survey) == set()


def test_a_place_listed_by_its_number_and_name_then_its_case_reference_is_no_count():
    # planning-enforcement/hastings-enforcement-warning-notices-2025: the notices served, one line each, by the
    # address they were served on and the notice's reference
    from reader.numbers import looks_like_non_quantity
    text = ("Response\n6x Enforcement Warning Notices have been served and can be viewed on our Public Register:\n"
            "1. 21 White Rock - EN/25/00010\n2. 22 White Rock - EN/25/00011\n"
            "3. 23 White Rock - EN/25/00012, Associated Enforcement case - ENF/24/00103\n")
    at = text.index("21 White")
    assert looks_like_non_quantity(text, at, at + 2) == "address"
    assert looks_like_non_quantity("2 Mill Close, TN34 3AR", 0, 1) == "address"
    for survey in (load_survey(SURVEYS / "planning-enforcement-warning-notices-2025.toml"),
                   load_survey(DRAFTED / "planning-enforcement-warning-notices-2025.toml")):
        assert not {21.0, 22.0, 23.0} & values(text, survey)


MONMOUTHSHIRE = (
    "Dear Mr Matthews,\n\nI refer to your request under the Freedom of Information Act 2000.\n\n"
    "We have identified one compromise agreement which included a confidentiality clause, which was made in 2011-12 "
    "and captured a redundancy payment to the value of \u00a313,925.34. This person was employed in the education "
    "sector.\n")


def test_a_count_in_words_named_by_the_questions_own_words_and_the_sum_it_came_to():
    # settlement-agreements/monmouthshire-gagging-orders-2013: "one compromise agreement" is no subject of the draft
    # (its subjects are "staff exits" and "such agreements"), but "compromise ... agreements" are question 1's words;
    # "to the value of" the sum the agreement came to, which only question 2 asks
    survey = load_survey(DRAFTED / "settlement-gagging-orders-2013.toml")
    got = {(f.question, f.measure, f.period, f.value) for f in parse_reply(MONMOUTHSHIRE, survey).facts}
    assert got == {("1", "count", "2011-12", 1.0), ("2", "total_cost_gbp", "2011-12", 13925.34)}


def test_a_count_in_words_in_the_requests_own_words_is_no_count():
    # agency-staff/royal-surrey-interim-managers-2016: "five previous financial years" (words of a period), and
    # sickness-absence/moray-sickness-absence-agency-2013: "during the last three years please confirm" restated
    from reader.facts.noun_counts import count_named_in_words
    from reader.scan import Value
    survey = load_survey(DRAFTED / "settlement-gagging-orders-2013.toml")
    text = "in the trust Annual Reports for the five previous financial years up to 2014/2015."
    at = text.index("five")
    assert count_named_in_words(text, Value(at, at + 4, 5.0, False, False, False, "five", True), survey) is None


def test_a_sum_a_thing_came_to_goes_to_the_one_question_asking_money():
    # settlement-agreements/eden-settlement-agreements-06208
    survey = load_survey(DRAFTED / "settlement-agreements-spend-2016-2019.toml")
    text = "Please see below.\n\n2016/17 \u2013 1 settlement agreement totalling \u00a312,841.38\n"
    got = {(f.question, f.measure, f.value) for f in parse_reply(text, survey).facts}
    assert ("2", "total_cost_gbp", 12841.38) in got
    from reader.facts.sole_money import sole_asking
    from reader.scan import Value
    grant = "DCC have been provisionally allocated \u00a37m funding for chargepoints"
    at = grant.index("\u00a3")
    assert sole_asking(grant, Value(at, at + 3, 7e6, True, False, False, "\u00a37m"), survey, "total_cost_gbp") is None


def test_a_kind_named_by_its_number_is_no_count():
    # ev-charging/thurrock-ev-charge-points-2020: "2 Type 2 Menneke chargers" counts 2 chargers of type 2
    from reader.numbers import looks_like_non_quantity
    text = "The private accessible location has 2 Type 2 Menneke chargers."
    at = text.index("Type 2") + 5
    assert looks_like_non_quantity(text, at, at + 1) == "list marker"
    assert looks_like_non_quantity(text, at - 7, at - 6) is None


def test_a_number_that_counts_the_thing_after_it_is_no_sum_of_money():
    # settlement-agreements/eden-settlement-agreements-06208: "with costs of 3 agreements": 3 counts agreements
    survey = load_survey(DRAFTED / "settlement-agreements-spend-2016-2019.toml")
    text = ("Response\n\n2018/19 \u2013 4 agreements with costs of 3 agreements totalling \u00a357,864.90 and another "
            "agreement totalling  \u00a366,342.35\n")
    got = {(f.measure, f.value) for f in parse_reply(text, survey).facts}
    assert not any(m != "count" and v == 3.0 for m, v in got)
    assert ("total_cost_gbp", 57864.9) in got
    # (a figure in a row of sums is no count of the word after it: "876736 Not available separately")
    from reader.facts.counted_noun import _NOUN_AFTER
    assert not _NOUN_AFTER.match(" Not available separately") and not _NOUN_AFTER.match(" per year")


def test_a_count_of_the_questions_thing_after_a_word_that_says_which_kind_and_spelt_either_way():
    # taxi-licensing/rushcliffe-taxi-driver-convictions-3543958: "297 Combined Licences" answers "The number of new
    # and renewed taxi (Hackney Carriage) driver licenses you have granted."
    text = ("  1. The number of new and renewed taxi (Hackney Carriage) driver licenses you have granted.\n\n"
            "    We issue a Combine Hackney/Private Hire Driver Licence. From 01/08/2022 and 07/08/2024 RBC has issues "
            "297 Combined Licences.\n\n")
    for survey in (load_survey(SURVEYS / "taxi-licensing-convictions-2024.toml"),
                   load_survey(DRAFTED / "taxi-licensing-convictions-2024.edited.toml")):
        assert 297.0 in values(text, survey)
    from reader.facts.words import one_spelling
    assert one_spelling("licences") == one_spelling("licenses") and one_spelling("offence") == "offense"


def test_a_tables_running_number_is_no_count():
    # devices/tavistock-portman-clinical-software-2024: "Row No" counts the rows
    from reader.facts.row_numbers import _running_number
    text = ("| Row No | Technologies | Supplier | Software/ system | Contract expiry date | Revised expiry date |\n"
            "| 7 | Laboratory information management system (LIMS) | No System needed | |||\n"
            "| 8 | Cyber security services | Data Withheld | |||\n"
            "| 9 | Cyber security services | Data Withheld | |||\n")
    at = text.index("| 8 |") + 2
    assert _running_number(text, at, at + 1)
    # (a row of figures whose first is a count is no running number: "| 30 | £487,177.66 |" under "| 12 | ...")
    rows = "| 12 | £300 |\n| 30 | £487,177.66 |\n"
    assert not _running_number(rows, rows.index("30"), rows.index("30") + 2)
    survey = load_survey(Path(reader.__file__).parent / "surveys" / "remote-working-2021.toml")
    assert not {7.0, 8.0, 9.0} & values(text, survey)


def test_an_answer_that_picks_the_options_a_question_lists_gives_no_counts():
    # agency-staff/brentwood-interim-managers-2016: "Level of management 1, 2 , 3 or 4*" answered "1 and 4"
    text = ("1.No. of interim managers / executives in the Council for the 12 month period\n2014/15: 3\n15/16: 2\n"
            "2.Level of management 1, 2 , 3 or 4*\n1 and 4\n")
    for survey in (load_survey(SURVEYS / "agency-staff-interim-managers-2016.toml"),
                   load_survey(DRAFTED / "agency-staff-interim-managers-2016.edited.toml")):
        got = values(text, survey)
        assert 1.0 not in got and 4.0 not in got
    # (the hand-written survey asks the number of interim managers; the draft asks none, and its question 2 asks a
    # sum and months: "2014/15: 3" is neither)
    assert 3.0 in values(text, load_survey(SURVEYS / "agency-staff-interim-managers-2016.toml"))


def test_a_year_cut_short_after_a_months_name_where_the_page_ends_is_no_count():
    # fly-tipping/north-devon-littering-fly-tipping-2021: the stored page ends mid-year
    from reader.facts.bare_answers import cut_year
    from reader.scan import Value
    text = ("In response to 7, the number of Council employees furlough across the authority by month from March 202")
    at = text.rindex("202")
    assert cut_year(text, Value(at, at + 3, 202.0, False, False, False, "202"))
    more = text + "0 was 12."
    assert not cut_year(more, Value(at, at + 4, 2020.0, False, False, False, "2020"))


def test_a_day_before_its_month_cut_where_the_page_ends_is_no_count():
    # temporary-accommodation/moray-children-under-5-temporary-accommodation-2024: the stored page ends "As at 31 Dece"
    from reader.facts.bare_answers import cut_year
    from reader.scan import Value
    text = "As at 31 December 2023: <5*\nAs at 30 September 2023: 11\nAs at 31 Dece"
    at = text.rindex("31")
    assert cut_year(text, Value(at, at + 2, 31.0, False, False, False, "31"))
    at = text.index("11")
    assert not cut_year(text, Value(at, at + 2, 11.0, False, False, False, "11"))
