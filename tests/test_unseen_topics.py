"""Councils' English the held-out topics (allotments, noise nuisance) showed the reader was narrow on: a service run
by outside bodies that hold its records ("... would be held by these two organisations"), and a request whose
lettered parts ("Please give: a) number of new rooms / b) names of new rooms") are quoted back above the answer —
the request's own lines, not answers. Short made-up snippets in councils' English on a subject no real-set topic
uses; each fails without its rule."""

from __future__ import annotations

import pytest

from reader import parse_reply
from reader.survey import parse_survey

SURVEY = parse_survey('''
name = "community-rooms-2020"
title = "Community rooms"
law = "foi"

[periods]
asked = [
  { label = "2019", start = 2019-01-01, end = 2019-12-31 },
]

[measures.count]
label = "Number"
unit = "items"

[subjects.community_rooms]
label = "Community rooms let to residents' groups"
synonyms = ["community rooms?"]

[subjects.room_bookings]
label = "Bookings of those rooms"
synonyms = ["bookings"]

[subjects.new_rooms]
label = "New community rooms opened in 2019"
synonyms = ["new rooms", "new community rooms"]

[subjects.new_room_names]
label = "Names of the new rooms"
synonyms = ["names of new rooms"]

[[questions]]
id = "1"
text = "How many community rooms does the council let to residents' groups?"
subject = "community_rooms"
measures = ["count"]
periods = ["2019"]

[[questions]]
id = "2"
text = "What is the total number of bookings of these rooms?"
subject = "room_bookings"
measures = ["count"]
periods = ["2019"]

[[questions]]
id = "3a"
text = "How many new community rooms were opened in 2019? Please give: a) number of new rooms"
subject = "new_rooms"
measures = ["count"]
periods = ["2019"]

[[questions]]
id = "3b"
text = "b) names of new rooms"
subject = "new_room_names"
measures = ["count"]
periods = ["2019"]
''', "community-rooms-2020.toml")

REQUEST = """Community rooms

1) How many community rooms does the council let to residents' groups?

2) What is the total number of bookings of these rooms?

3) How many new community rooms were opened in 2019? Please give:
a) number of new rooms
b) names of new rooms

"""

HELD_ELSEWHERE = (
    "Thank you for your request, which has been passed to me for a reply as the officer responsible for this "
    "service.\n\nThe Council owns a number of community halls, but these are all leased to and run by local "
    "community associations. As such bookings, charges and lettings records would be held by these "
    "associations. I would therefore direct you to contact them for the information you require.\n")


def test_records_held_by_the_outside_bodies_that_run_the_service_are_not_held():
    reply = parse_reply(REQUEST + HELD_ELSEWHERE, SURVEY)
    assert reply.kind == "response"         # not an acknowledgement ("has been passed to me")
    assert reply.outcome == "not_held"
    assert {q.question: q.outcome for q in reply.questions} == {
        "1": "not_held", "2": "not_held", "3a": "not_held", "3b": "not_held"}


@pytest.mark.parametrize("held_by", [
    "The records would be held by the external contractors who run the sites.",
    "That information is held by those organisations, not by the Council.",
    "Such data are held by the two housing associations.",
])
def test_held_by_other_bodies_in_general_words(held_by):
    assert parse_reply(REQUEST + held_by, SURVEY).outcome == "not_held"


@pytest.mark.parametrize("held_by", [
    # the council's own holding, and a body inside it, are not "held elsewhere"
    "The information is held by the council's housing team and is given below.",
    "The bookings held by the team are listed below.",
])
def test_held_by_the_council_itself_is_not_a_not_held(held_by):
    assert parse_reply(REQUEST + held_by, SURVEY).outcome != "not_held"


def test_a_lettered_part_quoted_back_is_not_its_own_answer():
    text = REQUEST + ("We do not hold this information. The rooms are managed by a trust and the council keeps no "
                      "booking records.\n")
    statuses = {q.question: q.outcome for q in parse_reply(text, SURVEY).questions}
    assert statuses.get("3a") != "successful" and statuses.get("3b") != "successful"
    assert statuses.get("3a") == "not_held" and statuses.get("3b") == "not_held"


def test_a_lettered_answer_that_reuses_the_questions_words_is_still_an_answer():
    # the answers follow the questions' own letters, in the council's words
    text = REQUEST + "Response\n\n1) 4\n\n2) 310\n\n3)\na) One new room\nb) Riverside Room\n"
    statuses = {q.question: q.outcome for q in parse_reply(text, SURVEY).questions}
    assert statuses["1"] == "successful" and statuses["2"] == "successful"
    assert statuses.get("3b") == "successful"


# --- the first day of a span of days is part of the date ---------------------------------------------------------

from reader.scan import never_spans  # noqa: E402


@pytest.mark.parametrize("text, day", [
    ("No complaints were made about noise on the 3 or 4 September 2016.", "3"),
    ("One complaint was made relating to 10 or 11 September 2016.", "10"),
    ("The event ran on 21-22 June and no complaints were logged.", "21"),
    ("Works took place between 5 and 7 March 2019.", "5"),
])
def test_the_first_day_of_a_span_of_days_is_never_a_figure(text, day):
    at = text.index(day)
    assert any(s <= at < e for s, e in never_spans(text))


def test_a_count_before_a_single_date_is_still_a_figure():
    text = "We received 4 complaints on 12 May 2019."
    at = text.index("4 complaints")
    assert not any(s <= at < e for s, e in never_spans(text))


# --- a pointer to another answer, a run of answer numbers, and "none" that says nothing is held -------------------


@pytest.mark.parametrize("text, ref", [
    ("In relation to the complaint referred to at 2 above, this is being dealt with by the Housing team.", "2"),
    ("For the sites see 4(b) below.", "4"),
])
def test_a_pointer_to_another_numbered_answer_is_never_a_figure(text, ref):
    at = text.index(ref)
    assert any(s <= at < e for s, e in never_spans(text))


def facts_of(answers: str) -> list[tuple[str | None, float]]:
    return [(f.question, f.value) for f in parse_reply(REQUEST + "Response\n\n" + answers, SURVEY).facts]


def test_not_held_none_is_no_zero_count():
    assert facts_of("1) Not held - none. The rooms are run by a trust.\n\n2) 310\n") == [("2", 310.0)]
    assert facts_of("1) 4\n\n2) Nil - not held.\n") == [("1", 4.0)]


def test_none_said_as_a_count_is_still_a_zero():
    assert ("1", 0.0) in facts_of("1) None.\n\n2) 310\n")


def test_a_run_of_answer_numbers_is_no_figure():
    found = facts_of("1) 4\n\n2. - 3. Not held. The bookings are kept by the trust.\n")
    assert found == [("1", 4.0)]


def test_a_question_number_run_on_to_the_line_before_is_no_figure():
    # a page's lines joined: the next question's "1)" lands after the request's own lettered part
    text = ("Please find below the response to your request:\n\n"
            "3) How many new community rooms were opened in\n2019? Please give:\n"
            "a) number of new rooms 1) How many rooms are there in the borough\nfor residents' groups?\n\n"
            "3) How many new community rooms were opened in\n2019? Please give:\n"
            "a) number of new rooms 2\n")
    assert [(f.question, f.value) for f in parse_reply(text, SURVEY).facts] == [("3a", 2.0)]


# --- a council that writes its answers into the request it quotes -------------------------------------------------

ANSWERED_IN_QUOTE = """Dear Council,

I wrote to you in January requesting data on community rooms (see below). I would be very grateful if you
could follow this up.

My request was as follows:
"1) How many community rooms are there in the borough that the
council lets to residents' groups?
4
2) What is the total number of bookings of these rooms? Approx 310.
Bookings vary from month to month.
3) How many new community rooms were opened in 2019? Please give:
a) number of new rooms 0
b) names of new rooms N.A"

Many thanks,
"""


def test_answers_written_into_a_quoted_request_are_read():
    reply = parse_reply(ANSWERED_IN_QUOTE, SURVEY)
    found = {(f.question, f.value) for f in reply.facts}
    assert {("1", 4.0), ("2", 310.0)} <= found
    assert ("1", 1.0) not in found          # the quoted '"1)' is the question's number


def test_a_request_quoted_with_its_own_options_stays_the_request():
    text = ('Response\n\nYou asked:\n"1) Do you let community rooms to residents\' groups?\nYes/No\n'
            '2) What is the total number of bookings of these rooms?\n"\n')
    assert [f.value for f in parse_reply(text, SURVEY).facts] == []


def test_the_next_questions_number_under_a_quoted_question_is_no_answer():
    from reader.masking import _looks_answered
    asked = ("1. How many rooms has your council:\n1a. Let to groups?\n1b. Closed?\n"
             "2. What was the total number of bookings?\n3. How many new rooms were opened?\n4.How many were closed?\n")
    assert not _looks_answered(asked)
    assert _looks_answered("1) How many rooms are there?\n4\n2) How many bookings? Approx 310.\nMore in summer.\n")


def test_a_number_word_said_with_there_are_is_a_count():
    found = facts_of("1) In the borough there are eleven council-run community rooms let to residents' groups.\n\n"
                     "2) 310\n")
    assert ("1", 11.0) in found


def test_a_number_word_in_passing_is_still_no_count():
    found = facts_of("1) One of the community rooms is let to residents' groups on Mondays.\n\n2) 310\n")
    assert ("1", 1.0) not in found


# --- the requester's own terms about the cost limit ----------------------------------------------------------------


def test_the_requesters_terms_about_the_cost_limit_refuse_nothing():
    text = ("Requested 2 May 2023\nResponded 9 May 2023Please answer Section A and then if possible Section B. However, "
            "if section B would exceed the cost limit for FOI then please only complete Section A.\n"
            "Section A\n1) How many community rooms are there?\n2) What is the total number of bookings of these rooms?\n"
            "Section A\n1) There are 4 community rooms.\n2) 310\n")
    reply = parse_reply(text, SURVEY)
    assert reply.exemptions == []
    assert reply.outcome == "successful"


def test_a_council_relying_on_the_cost_limit_still_refuses():
    text = ("1) 4\n\n2) To answer this would exceed the cost limit under section 12 of the Freedom of Information Act, "
            "so please only contact us again if you can narrow your request.\n")
    assert "s12" in parse_reply(text, SURVEY).exemptions
