"""Forms of English councils write in any topic (helper "libfix", session of 2026-12-07), first met in the libraries
topic's replies. Each test quotes a real reply's words (tests/files/real_set/) that the rule reads, and each is read
wrongly without it.
"""

from __future__ import annotations

from pathlib import Path

from reader import load_survey, parse_reply

DRAFTED = Path(__file__).parent / "files" / "real_set" / "drafted"
# the six questions of the Lincolnshire and Devon requests, as `foi survey draft` numbers them
CLOSED_OPENED = load_survey(DRAFTED / "libraries-closed-opened-2020.toml")

REQUEST = """\
I wish to request, under the Freedom of Information Act, that you supply me with:
1. The number of libraries closed by the council in 2017.
2. The number of libraries closed by the council in 2018.
3. The number of libraries closed by the council in 2019.
4. The number of new libraries opened by the council in 2017.
5. The number of new libraries opened by the council in 2018.
6. The number of new libraries opened by the council in 2019.
"""


def _zeros(text: str, survey) -> set[str | None]:
    return {f.question for f in parse_reply(text, survey).facts if f.value == 0}


# A count told under its question's number, a word or two of which kind before its noun -----------------------

def test_no_with_a_kind_before_the_noun_is_the_numbered_questions_zero():
    # lincolnshire-libraries-opened-closed-2020: "new" says which libraries; the question asks for new ones
    text = REQUEST + "- Decision\n-\n1. No Libraries were closed by the council in 2017.\n" \
        "5. No new libraries were opened by the council in 2018.\n"
    assert {"1", "5"} <= _zeros(text, CLOSED_OPENED)


# None of a thing over the whole span asked, one sentence for several questions ------------------------------

def test_none_done_during_the_range_requested_answers_each_question_it_names():
    # devon-library-closures-openings-2020: the page restates the six questions unnumbered, then one sentence
    text = REQUEST.split(":\n", 1)[1].replace("1. ", "").replace("2. ", "").replace("3. ", "").replace(
        "4. ", "").replace("5. ", "").replace("6. ", "") + \
        "No libraries have closed and no new libraries have opened during the date range requested.\n"
    reply = parse_reply(text, CLOSED_OPENED)
    assert reply.kind == "response" and reply.outcome == "successful"
    zeros = {(f.question, f.period) for f in reply.facts if f.value == 0}
    assert zeros == {("1", "2017"), ("2", "2018"), ("3", "2019"), ("4", "2017"), ("5", "2018"), ("6", "2019")}


def test_none_done_without_the_range_is_not_read_over_every_period():
    text = REQUEST + "No libraries have closed.\n"
    assert not {"2", "3"} & _zeros(text, CLOSED_OPENED)


# A range of question numbers after "Q" labels one answer for each ---------------------------------------------

def test_q_range_label_answers_every_question_in_it():
    # moray-library-bans-fines-2017 (and "Q1 - Q4 - This information is exempt ..." in moray-cyber-attacks-since-2013)
    survey = load_survey(DRAFTED / "libraries-bans-fines-2017.edited.toml")
    text = (Path(__file__).parent / "files" / "real_set" / "libraries" / "moray-library-bans-fines-2017.txt").read_text()
    found = {q.question: q.outcome for q in parse_reply(text, survey).questions}
    assert [found.get(q) for q in ("4", "5", "6")] == ["not_held"] * 3


def test_q_then_a_count_is_not_a_range():
    # hastings-ev-charge-points-2020: "Q1 - 2 Fast Points ..." answers question 1 with a count
    from reader.questions import _LINE_RANGE
    assert _LINE_RANGE.match("Q1 - 2 Fast Points (1 dual head 7kw charger)") is None
    assert _LINE_RANGE.match("Q5 - Q7.  Moray Council does not have") is not None


# An answer that sends the reader to another answer by its number alone ------------------------------------------

def test_see_point_n_takes_that_answers_status():
    # moray-library-services-2024: "5. See point 4 - not applicable" after "4. ... so we do not hold the data
    # requested"; the draft asks question 4 in two lettered parts
    from reader.referred import _SEE_ANSWER_TO
    assert _SEE_ANSWER_TO.match("5. See point 4 - not applicable")
    assert not _SEE_ANSWER_TO.match("4. See point 4 for details of the 30 cases")
    survey = load_survey(DRAFTED / "libraries-bans-fines-2024.edited.toml")
    text = (Path(__file__).parent / "files" / "real_set" / "libraries" / "moray-library-services-2024.txt").read_text()
    found = {q.question: q.outcome for q in parse_reply(text, survey).questions}
    assert found.get("5") == found.get("6") == "not_held"


# Two questions answered by one table, a column each ----------------------------------------------------------

MEMBERSHIP = (Path(__file__).parent / "files" / "real_set" / "libraries" / "moray-library-membership-2025.txt").read_text()


def test_joint_label_line_is_no_figure():
    # moray-library-membership-2025: "1. & 2." on a line of its own names the questions the table answers
    survey = load_survey(DRAFTED / "libraries-membership-2025.toml")
    assert not [f for f in parse_reply(MEMBERSHIP, survey).facts if f.quote.strip() == "1. & 2."]


def test_joint_label_table_gives_each_column_to_its_question():
    # "1. & 2." / "Year | New Memberships | Total Memberships |" / "2021-2022 | 1943 | 10123 |": the second column
    # is question 2's (total adult members), though its header names neither question's words
    survey = load_survey(DRAFTED / "libraries-membership-2025.toml")
    got = {(f.question, f.period, f.value) for f in parse_reply(MEMBERSHIP, survey).facts}
    assert ("2", "2019-2020", 16080) in got and ("1", "2019-2020", 2375) in got
    assert ("2", "2021-2022", 10123) in got


# A yes/no question answered by saying it back as a statement --------------------------------------------------

def test_statement_saying_a_yes_no_question_back_answers_it():
    # moray-library-statistics-cipfa-2021: "1. Does the library service complete annual library statistics to be
    # sent to CIPFA? ..." / "1. The library service does complete annual library statistics to be sent to CIPFA,
    # and these have been compiled for the year 2020/2021."
    survey = load_survey(DRAFTED / "libraries-cipfa-statistics-2021.toml")
    text = (Path(__file__).parent / "files" / "real_set" / "libraries" /
            "moray-library-statistics-cipfa-2021.txt").read_text()
    found = {q.question: q.outcome for q in parse_reply(text, survey).questions}
    assert found.get("1") == "successful"


def test_a_question_restated_as_it_was_asked_is_not_said_back():
    from reader.numbered_answers import _said_back
    asked = "Does the library service complete annual library statistics to be sent to CIPFA?"
    assert not _said_back("Does the library service complete annual library statistics to be sent to CIPFA?", asked)
    assert not _said_back("The total value of fines that were paid.", "The total value of fines that were paid.")


def test_year_like_figure_in_a_row_of_figures_is_a_figure():
    # moray-library-membership-2025: "2021-2022 | 1943 | 10123 |" among rows "2020-2021 | 356 | 5138 |"
    survey = load_survey(DRAFTED / "libraries-membership-2025.toml")
    got = {(f.question, f.period, f.value) for f in parse_reply(MEMBERSHIP, survey).facts}
    assert ("1", "2021-2022", 1943) in got


# Answers in order, the first under no number --------------------------------------------------------------

def test_figures_before_answer_two_under_the_response_heading_answer_question_one():
    # moray-library-bans-fines-2017: the request's "7. How many fines ever issued ...?", then "Response 16-11-2017",
    # "Year Total Number of Registered Borrowers" / "2016-17 47,477" ..., then "2. 2 in Lossiemouth library ..."
    survey = load_survey(DRAFTED / "libraries-bans-fines-2017.edited.toml")
    text = (Path(__file__).parent / "files" / "real_set" / "libraries" / "moray-library-bans-fines-2017.txt").read_text()
    got = {(f.question, f.period, f.value) for f in parse_reply(text, survey).facts}
    assert ("1", "2016-17", 47477) in got and not [g for g in got if g[0] == "7"]
