"""Forms of English councils write in any topic (helper "rules-ehe", session of 2026-12-07), found in the
home-education topic's replies. Each test quotes a real reply's words (tests/files/real_set/) that the rule reads,
and each is read wrongly without it; made-up variants in other subjects show the form is not the topic's.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply

from tests.reading_helpers import figures
from reader.scan import find_values, never_spans
from reader.survey import parse_survey


def _figures(text: str, survey) -> set[tuple]:
    return figures(text, survey, "question", "period", "value")


def _survey(body: str):
    return parse_survey(textwrap.dedent(body))


# A whole, then "of these" / "of which" / "of those", then a part of it ----------------------------------------

CENSUS = _survey("""
    name = "whole-then-part"
    title = "Children known, and of these how many have a plan"
    [periods]
    asked = [
      { label = "2023", start = "2023-01-01", end = "2023-12-31" },
      { label = "2022", start = "2022-01-01", end = "2022-12-31" },
    ]
    [subjects.known_children]
    label = "Children known"
    synonyms = ["children known"]
    [subjects.with_plan]
    label = "Of those, with a plan"
    synonyms = ["ehcps?", "plans?"]
    [[questions]]
    id = "1"
    text = "How many children and young people were you aware of in 2023 and 2022?"
    subject = "known_children"
    measures = ["count"]
    periods = ["2023", "2022"]
    [[questions]]
    id = "2"
    text = "Of these, how many were known to have an education, health and care plan?"
    subject = "with_plan"
    measures = ["count"]
    periods = ["2023", "2022"]
""")


def test_whole_of_these_part_answers_two_questions_run_together():
    # Wokingham, home-education/wokingham-ehe-census-penalty-notices-2024: questions 1 and 2 asked together, each
    # year's line answering both ("225" is question 1's, "10" question 2's, the part "of these")
    text = ("1. How many children and young people were you aware of?\n"
            "2. Of these, how many were known to have an education, health and care plan.\n"
            "2023: 225 of these 10 had an EHCP\n"
            "2022: 196 of these 8 had an EHCP\n")
    found = _figures(text, CENSUS)
    assert {("1", "2023", 225.0), ("2", "2023", 10.0), ("1", "2022", 196.0), ("2", "2022", 8.0)} <= found
    assert ("2", "2023", 225.0) not in found


def test_smaller_figure_after_of_these_is_not_the_whole_said_again():
    # "474 of the 475 applications": the whole said again, no figure; "225 of these 10": a part, a figure
    text = "HBC approved 474 of the 475 applications. 2023: 225 of these 10 had an EHCP."
    values = [v.text for v in find_values(text, never_spans(text))]
    assert "475" not in values and "10" in values


SEND = _survey("""
    name = "whole-of-which-part"
    title = "Complaints, and how many of these were upheld"
    [periods]
    asked = [
      { label = "2019-20", start = "2019-04-01", end = "2020-03-31" },
      { label = "2020-21", start = "2020-04-01", end = "2021-03-31" },
    ]
    [subjects.complaints]
    label = "Complaints received"
    synonyms = ["complaints?"]
    [subjects.upheld]
    label = "Of those, complaints upheld"
    synonyms = ["upheld"]
    [[questions]]
    id = "1a"
    text = "The number of complaints received, by year."
    subject = "complaints"
    measures = ["count"]
    periods = ["2019-20", "2020-21"]
    [[questions]]
    id = "1b"
    text = "If possible, the number of these that were upheld."
    subject = "upheld"
    measures = ["count"]
    periods = ["2019-20", "2020-21"]
""")


def test_whole_of_which_part_named_after_it():
    # Wokingham, home-education/wokingham-home-education-send-2024: "c) 2020-21 academic year: 341 of which 61
    # were classified SEND" (the part named by its own survey word), here in other words
    text = ("1. The number of complaints received, by year. If possible, the number of these that were upheld.\n"
            "2019-20: 209 complaints of which 42 were upheld\n"
            "2020-21: 249 of which 51 were upheld\n")
    found = _figures(text, SEND)
    assert {("1a", "2019-20", 209.0), ("1b", "2019-20", 42.0), ("1a", "2020-21", 249.0),
            ("1b", "2020-21", 51.0)} <= found


def test_part_of_a_whole_not_asked_is_still_no_figure():
    # "232 laptops (of which 50 were refurbished)": no question asks for the part; the whole alone is read
    text = "1. The number of complaints received, by year.\n2019-20: 209 complaints (of which 42 were by e-mail)\n"
    found = _figures(text, SEND)
    assert ("1a", "2019-20", 209.0) in found
    assert not any(v == 42.0 for _, _, v in found)


CME = _survey("""
    name = "part-asked-only"
    title = "Children considered to be missing education"
    [periods]
    asked = [{ label = "2013", start = "2013-01-01", end = "2013-12-31" }]
    [subjects.cme_children]
    label = "Children considered to be missing education"
    synonyms = ["missing education", "cme"]
    [[questions]]
    id = "3"
    text = "The number of children considered to be missing education (CME) in your area for 2013."
    subject = "cme_children"
    measures = ["count"]
    periods = ["2013"]
""")


def test_whole_of_those_part_where_only_the_part_is_asked():
    # Somerset, home-education/somerset-ehe-cme-2014: "Sept 13 to present = 2065 cases reported of those 31
    # considered to be CME": the question asks the children considered missing, not the cases reported
    text = ("3)The number of children considered to be missing education (CME) in your area for 2013.\n"
            "2013 = 2065 cases reported of those 31 considered to be CME\n")
    found = _figures(text, CME)
    assert ("3", "2013", 31.0) in found
    assert not any(v == 2065.0 for _, _, v in found)


def test_whole_of_those_part_named_in_the_question_words_only():
    # the same, where the survey's words for the thing are not written after the part, only the question's
    survey = _survey("""
        name = "part-in-question-words"
        title = "Applications refused"
        [periods]
        asked = [{ label = "2013", start = "2013-01-01", end = "2013-12-31" }]
        [subjects.refused_applications]
        label = "Applications the council refused"
        synonyms = ["refusals"]
        [[questions]]
        id = "1"
        text = "The number of applications refused by the council in 2013."
        subject = "refused_applications"
        measures = ["count"]
        periods = ["2013"]
    """)
    text = "1. The number of applications refused by the council in 2013.\n2013 = 812 forms received of those 40 refused\n"
    found = _figures(text, survey)
    assert ("1", "2013", 40.0) in found
    assert not any(v == 812.0 for _, _, v in found)


# A lettered list of years under a numbered question is not the question's lettered parts --------------------

def test_lettered_years_under_a_question_are_its_years_not_its_parts():
    # Wokingham, home-education/wokingham-home-education-send-2024: "1. The number of children ... by the last 5
    # years" answered "a) 2018-19 academic year: 209 ..." / "b) 2019-20 academic year: 249 ...": b) is a year of
    # question 1a, not question 1b (which asks how many of these were upheld, here)
    text = ("1. The number of complaints received, by year. If possible, the number of these that were upheld.\n"
            "a) 2019-20 academic year: 209\n"
            "b) 2020-21 academic year: 249\n")
    found = _figures(text, SEND)
    assert {("1a", "2019-20", 209.0), ("1a", "2020-21", 249.0)} <= found
    assert ("1b", "2020-21", 249.0) not in found


TWO_PARTS = _survey("""
    name = "two-wholes-one-word-for-parts"
    title = "Complaints and appeals, and how many of each were upheld"
    [periods]
    asked = [{ label = "2020-21", start = "2020-04-01", end = "2021-03-31" }]
    [subjects.complaints]
    label = "Complaints"
    synonyms = ["complaints?"]
    [subjects.complaints_upheld]
    label = "Of those, complaints upheld"
    synonyms = ["upheld"]
    [subjects.appeals]
    label = "Appeals"
    synonyms = ["appeals?"]
    [subjects.appeals_upheld]
    label = "Of those, appeals upheld"
    synonyms = ["upheld"]
    [[questions]]
    id = "1a"
    text = "The number of complaints received in 2020-21."
    subject = "complaints"
    measures = ["count"]
    periods = ["2020-21"]
    [[questions]]
    id = "1b"
    text = "The number of these that were upheld."
    subject = "complaints_upheld"
    measures = ["count"]
    periods = ["2020-21"]
    [[questions]]
    id = "2a"
    text = "The number of appeals received in 2020-21."
    subject = "appeals"
    measures = ["count"]
    periods = ["2020-21"]
    [[questions]]
    id = "2b"
    text = "The number of these that were upheld."
    subject = "appeals_upheld"
    measures = ["count"]
    periods = ["2020-21"]
""")


def test_part_named_by_a_word_two_parts_share_is_the_part_of_its_own_whole():
    # Wokingham, home-education/wokingham-home-education-send-2024: "enquiries sent in relation to 213 children of
    # which 46 were classified SEND", where "SEND" names the part of question 1 and of question 2
    text = "2. Appeals.\n2020-21: 40 appeals of which 6 were upheld\n"
    found = _figures(text, TWO_PARTS)
    assert {("2a", "2020-21", 40.0), ("2b", "2020-21", 6.0)} <= found
    assert ("1b", "2020-21", 6.0) not in found


# A number asked in lettered parts, one period each, answered under the bare number by "year - figure" lines ------

SCHOOL_YEARS = _survey("""
    name = "parts-by-school-year"
    title = "Children home schooled, by school year"
    [periods]
    asked = [
      { label = "2011-12", start = "2011-09-01", end = "2012-08-31" },
      { label = "2012-13", start = "2012-09-01", end = "2013-08-31" },
      { label = "2013-14", start = "2013-09-01", end = "2014-08-31" },
    ]
    [subjects.pupils]
    label = "Pupils excluded"
    synonyms = ["pupils excluded"]
    [[questions]]
    id = "1a"
    text = "The number of pupils excluded in 2011-12."
    subject = "pupils"
    measures = ["count"]
    periods = ["2011-12"]
    [[questions]]
    id = "1b"
    text = "The number of pupils excluded in 2012-13."
    subject = "pupils"
    measures = ["count"]
    periods = ["2012-13"]
    [[questions]]
    id = "1c"
    text = "The number of pupils excluded in 2013-14."
    subject = "pupils"
    measures = ["count"]
    periods = ["2013-14"]
""")


def test_year_lines_under_a_number_asked_in_parts_by_year_answer_the_part_of_each_year():
    # Moray, home-education/moray-home-schooling-2015: "1.  2012-13 - 26" / "     2013-14 - 28" under a request
    # that asked "a) 2009-10 ... f) 2014-15" (school years; the reply's "2012-13" alone reads as a financial year)
    text = ("Response 09-07-2015\n"
            "1.  2012-13 - 26\n"
            "     2013-14 - 28\n"
            "Information requested for 2011-12 is not held.\n")
    found = _figures(text, SCHOOL_YEARS)
    assert {("1b", "2012-13", 26.0), ("1c", "2013-14", 28.0)} <= found


# "data unavailable" as the whole answer for one year ------------------------------------------------------------

def test_data_unavailable_for_one_year_beside_figures_is_partly_given():
    # Wokingham, home-education/wokingham-home-education-send-2024: "a) 2018-19 academic year: data unavailable"
    # above "b) 2019-20 academic year: enquiries sent in relation to 213 children ..."
    text = ("1. The number of complaints received, by year.\n"
            "2019-20: data unavailable\n"
            "2020-21: 249 complaints\n")
    assert parse_reply(text, SEND).outcome == "partially_successful"


def test_data_not_available_in_a_sentence_that_goes_on_is_not_an_answer():
    from reader.classify import find_not_held
    assert find_not_held("2019-20: figures not available.")
    assert not find_not_held("Data not available elsewhere is published on our website every month")


# A zero word that is a word of a name in title case ----------------------------------------------------------

def test_zero_word_inside_a_title_case_name_mid_sentence_is_no_figure():
    # Department for Education, home-education/dfe-ehe-guidance-advice-2019: the request quoted back, "a) the
    # implementation of the new Elective Home Education, None Statutory Guidance For Local Authorities 2019."
    for text in ("a) the implementation of the new Elective Home Education, None Statutory Guidance For Local "
                 "Authorities 2019.", "The scheme is funded by Zero Waste Scotland."):
        assert not any(v.zero for v in find_values(text, never_spans(text)))


def test_zero_word_answering_in_title_case_is_still_nought():
    for text in ("2019/20 - None Issued In Year", "Laptops: None", "Answer: none was bought"):
        assert any(v.zero for v in find_values(text, never_spans(text)))


def test_whole_with_a_note_in_brackets_before_of_which():
    # Wokingham, home-education/wokingham-home-education-send-2024: "f) 2023-24 academic year: 378 (as of
    # 22/05/24) of which 103 are classified SEND"; Devon's libraries reply writes "330068 registered users (as of
    # 1 May 2019), of which 131060 were active users"
    text = ("1. The number of complaints received, by year. If possible, the number of these that were upheld.\n"
            "2020-21: 249 (as of 22/05/21) of which 51 were upheld\n")
    found = _figures(text, SEND)
    assert {("1a", "2020-21", 249.0), ("1b", "2020-21", 51.0)} <= found


# A numbered request quoted whole, then one dashed answer per question in order -----------------------------------

FOUR = _survey("""
    name = "four-numbered"
    title = "Four counts"
    [periods]
    asked = [{ label = "2023-24", start = "2023-04-01", end = "2024-03-31" }]
    [subjects.fixed_penalties]
    label = "Fixed penalty notices issued"
    synonyms = ["fixed penalty notices?", "fpns?"]
    [subjects.prosecutions]
    label = "Prosecutions"
    synonyms = ["prosecutions?"]
    [subjects.wardens]
    label = "Enforcement wardens employed"
    synonyms = ["wardens?"]
    [subjects.complaints]
    label = "Complaints about enforcement"
    synonyms = ["complaints?"]
    [[questions]]
    id = "1"
    text = "The number of fixed penalty notices issued for littering in 2023-24."
    subject = "fixed_penalties"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "The number of prosecutions brought for unpaid littering penalties in 2023-24."
    subject = "prosecutions"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "The number of enforcement wardens employed by the council to patrol for littering."
    subject = "wardens"
    measures = ["count"]
    [[questions]]
    id = "4"
    text = "The number of complaints received about littering enforcement officers in 2023-24."
    subject = "complaints"
    measures = ["count"]
""")


def test_dashed_answers_under_a_numbered_request_answer_its_questions_in_order():
    # Thurrock, home-education/thurrock-home-education-send-2024: "1. The number of children ..." ... "4. The number
    # of occurrences of a school attendance order ..." then "- Data for the past 5 years is published ... I can
    # confirm that of our current cases 19 have an EHCP ...", "- We make informal enquiries ... we don't keep data
    # in respect of this contact.", "- See Question 2.", "- This is published on the website 2023/24 (6 - ...)"
    text = ("Freedom of information response\n"
            "1. The number of fixed penalty notices issued for littering in 2023-24.\n"
            "2. The number of prosecutions brought for unpaid littering penalties in 2023-24.\n"
            "3. The number of enforcement wardens employed by the council to patrol for littering.\n"
            "4. The number of complaints received about littering enforcement officers in 2023-24.\n"
            "- This is published on our website; I can confirm that this year 412 were issued.\n"
            "- We do not keep data in respect of this.\n"
            "- See Question 2.\n"
            "- We received 7 complaints.\n")
    reply = parse_reply(text, FOUR)
    status = {q.question: q.outcome for q in reply.questions}
    assert status.get("1") == "successful" and status.get("2") == "not_held" and status.get("3") == "not_held"
    assert ("4", 7.0) in {(f.question, f.value) for f in reply.facts}


# "The number of <the question's words> ... was N" -------------------------------------------------------------

ONE_COUNT = _survey("""
    name = "one-count"
    title = "Electively home educated children known"
    [periods]
    asked = [{ label = "1st July 2020", start = "2020-07-01", end = "2020-07-01" }]
    [subjects.ehe]
    label = "Electively home educated children"
    synonyms = ["electively home educated children"]
    [[questions]]
    id = "1"
    text = "Please provide details of how many electively home educated children are known to your local authority as at 1st July 2020."
    subject = "ehe"
    measures = ["count"]
    periods = ["1st July 2020"]
""")


def test_the_number_of_the_questions_words_was_a_figure():
    # Thurrock, home-education/thurrock-ehe-known-july-2020: "The number of Thurrock Electively Home Educated
    # students on 1 July 2020 was 221." ("students", not the survey's "children")
    text = "The number of Thurrock Electively Home Educated students on 1 July 2020 was 221.\n"
    assert any(q == "1" and v == 221.0 for q, _, v in _figures(text, ONE_COUNT))


def test_the_number_of_other_things_was_no_figure_of_the_question():
    text = "The number of staff in the team on 1 July 2020 was 4.\n"
    assert not any(v == 4.0 for _, _, v in _figures(text, ONE_COUNT))


def test_whole_said_again_in_brackets_is_no_figure():
    # Wokingham, home-education/wokingham-ehe-statistics-2026: "e) how many of these were previously attending
    # private school before being EHE: 16 (of the 358)"
    text = "before being EHE: 16 (of the 358)"
    assert [v.text for v in find_values(text, never_spans(text))] == ["16"]


PROPORTION = _survey("""
    name = "whole-then-share"
    title = "Children known, and of these what proportion have a plan"
    [periods]
    asked = [{ label = "2023", start = "2023-01-01", end = "2023-12-31" }]
    [subjects.known_children]
    label = "Children known"
    synonyms = ["children known"]
    [subjects.proportion_known]
    label = "Proportion known"
    synonyms = ["proportion known"]
    [[questions]]
    id = "1"
    text = "How many children and young people were you aware of in 2023?"
    subject = "known_children"
    measures = ["count"]
    periods = ["2023"]
    [[questions]]
    id = "2"
    text = "Of these, what proportion were known to have an education, health and care plan?"
    subject = "proportion_known"
    measures = ["percent"]
    periods = ["2023"]
""")


def test_part_count_beside_the_share_a_question_asks_is_that_questions_count():
    # Wokingham, home-education/wokingham-ehe-census-penalty-notices-2024, read with a survey drafted from the
    # request ("2. Of these, what proportion ...", a share only): "2023: 225 of these 10 had an EHCP (4.4%)"
    text = ("1. How many children and young people were you aware of?\n"
            "2. Of these, what proportion were known to have an education, health and care plan.\n"
            "2023: 225 of these 10 had an EHCP (4.4%)\n")
    found = {(f.question, f.measure, f.value) for f in parse_reply(text, PROPORTION).facts}
    assert {("1", "count", 225.0), ("2", "count", 10.0), ("2", "percent", 4.4)} <= found


def test_part_count_with_no_share_written_is_not_read_for_a_share_question():
    text = ("1. How many children and young people were you aware of?\n"
            "2. Of these, what proportion were known to have an education, health and care plan.\n"
            "2023: 225 of these 10 had an EHCP\n")
    found = {(f.question, f.measure, f.value) for f in parse_reply(text, PROPORTION).facts}
    assert ("2", "count", 10.0) not in found and ("2", "percent", 10.0) not in found


# Refusals in words: "It is not possible to give you details of ...", "this information should be withheld" -----

def test_not_possible_to_give_details_and_should_be_withheld_refuse_in_words():
    # Thurrock, home-education/thurrock-home-education-not-in-school-2024, question 5: "None were revoked. All were
    # referred for prosecution. It is not possible to give you details of the court outcome as this would involve
    # looking into each case individually ... therefore, this information should be withheld."
    from reader.classify import find_refusal_words
    assert find_refusal_words("It is not possible to give you details of the court outcome as this would involve "
                              "looking into each case individually.")
    assert find_refusal_words("It is also likely that to provide a response for each case could lead to "
                              "identification, therefore, this information should be withheld.")
    assert not find_refusal_words("It is not possible to provide this as we do not hold the information.")


def test_a_figure_beside_a_refusal_in_words_is_partly_given():
    text = ("1. The number of complaints received, by year.\n"
            "2019-20: 209 complaints. It is not possible to give you details of each complaint, as this could lead "
            "to identification; this information is therefore withheld.\n")
    assert parse_reply(text, SEND).outcome == "partially_successful"


# Questions and answers run together on one line, each question's number inline ---------------------------------

INLINE = _survey("""
    name = "inline-yes-no"
    title = "Increases over six years"
    [periods]
    asked = [{ label = "2023-24", start = "2023-04-01", end = "2024-03-31" }]
    [subjects.increase_complaints]
    label = "Increase in complaints"
    synonyms = ["increase in complaints"]
    [subjects.complaints]
    label = "Complaints"
    synonyms = ["complaints?"]
    [subjects.increase_staff]
    label = "Increase in staff"
    synonyms = ["increase in staff"]
    [subjects.increase_visits]
    label = "Increase in visits"
    synonyms = ["increase in visits"]
    [[questions]]
    id = "1a"
    text = "Have you seen an increase in the total number of complaints during the last 6 years? (yes/no/don't know)"
    subject = "increase_complaints"
    measures = ["count"]
    [[questions]]
    id = "1b"
    text = "Can you give us the total number of complaints in the year 2023/24?"
    subject = "complaints"
    measures = ["count"]
    periods = ["2023-24"]
    [[questions]]
    id = "1c"
    text = "Has the number of staff increased over the past 6 years? (yes/no/don't know)"
    subject = "increase_staff"
    measures = ["count"]
    [[questions]]
    id = "1d"
    text = "Has the number of visits increased over the past 6 years? (yes/no/don't know)"
    subject = "increase_visits"
    measures = ["count"]
""")


def test_answers_run_together_after_each_inline_question():
    # Devon, home-education/devon-ehe-scale-resources-2024 (a form's table flattened to one line): "1c. Has there
    # has been an increase in the number of children on a Child in Need plan who are EHE over the last 6 years?
    # (yes/no/don't know) Yes 1d. ..." / "2b. Has the number of FTE staff ... increased over past 6 years?
    # (yes/no/don't know) No 2c. ..."
    text = ("Please provide the following information: 1a. Have you seen an increase in the total number of "
            "complaints during the last 6 years? (yes/no/don't know) Yes 1b. Can you give us the total number of "
            "complaints in the year 2023/24? 2023/24: 3,515 1c. Has the number of staff increased over the past 6 "
            "years? (yes/no/don't know) No 1d. Has the number of visits increased over the past 6 years? "
            "(yes/no/don't know) Yes |\n")
    status = {q.question: q.outcome for q in parse_reply(text, INLINE).questions}
    assert status.get("1c") == "successful" and status.get("1d") == "successful"
