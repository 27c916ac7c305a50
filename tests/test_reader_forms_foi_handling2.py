"""Forms of English councils write in any topic (helper "rules-sd", session of 2026-12-07), first met in the
foi-handling topic's replies. Each test quotes a real reply's words (tests/files/real_set/) that the rule reads, and
each is read wrongly without it.
"""

from __future__ import annotations

from pathlib import Path

from reader import load_survey, parse_reply

REAL = Path(__file__).parent / "files" / "real_set"
DRAFTED = REAL / "drafted"

COSTS = load_survey(DRAFTED / "foi-handling-costs-2025.edited.toml")
HAND_COSTS = load_survey(REAL / "surveys" / "foi-handling-costs-2025.toml")


def _statuses(reply) -> dict[str | None, str]:
    return {q.question: q.outcome for q in reply.questions}


# "both FOI and EIR: 1362": a figure's label, not a reference number ----------------------------------------------

WOKINGHAM_Q1 = """\
1. The total number of Freedom of Information (FOI) requests handled.
We are unable to differentiate between FOI requests and EIR requests on our system. Therefore this figure relates \
to both FOI and EIR: 1362
We are able to report on Subject Access separately so this figure is not included here.
"""


def test_things_joined_before_a_colon_label_a_figure_not_a_reference():
    # wokingham-foi-handling-2025
    for survey, subject in ((COSTS, "freedom_of_information"), (HAND_COSTS, "foi_requests_handled")):
        facts = parse_reply(WOKINGHAM_Q1, survey).facts
        assert [(f.question, f.subject, f.value) for f in facts] == [("1", subject, 1362)]


def test_a_reference_alone_is_still_no_figure():
    text = "1. The total number of Freedom of Information (FOI) requests handled.\nEIR: 1362\n"
    assert parse_reply(text, COSTS).facts == []
    assert parse_reply("Our reference FOI: 1362\n1. 40\n", COSTS).facts[0].value == 40


def test_the_questions_own_thing_among_those_a_sentence_names_is_the_figures_after_it():
    # wokingham: "FOI requests" (question 1's) and "system" (question 3's, in the hand survey) in the sentence before
    facts = parse_reply(WOKINGHAM_Q1, HAND_COSTS).facts
    assert [f.subject for f in facts] == ["foi_requests_handled"]


# "Freedom of Information (FOI)": a short form that takes a letter from a small word -------------------------------

def test_a_short_form_with_a_small_words_letter_names_its_subject():
    # foi-handling-costs-2025's request: "The total number of Freedom of Information (FOI) requests handled."
    assert [k for _, _, k in COSTS.find_subjects("FOI: 1362")] == ["freedom_of_information"]
    from reader.survey import _initial_words
    assert _initial_words("Community Protection Notices ", "cpn") is not None      # small words left out first
    assert _initial_words("Freedom of Information ", "fri") is None


# "Costs ... are not disaggregated": what is asked for apart is not kept apart ----------------------------------

ADMIN = load_survey(DRAFTED / "foi-administration-2018.toml")

LIVERPOOL = """\
Liverpool City Council would advise as follows -
The Information Team comprises Officers from within Democratic Services, with a total of 4 FTE individuals having \
responsibility included within their Job Description.
There is no specific budget allocated for dealing with Freedom of Information Requests. Costs are contained within \
the overall Democratic Services budget and are not disaggregated.
"""


def test_costs_not_disaggregated_are_not_held():
    # liverpool-foi-administration-2018: question 2 asks "What is the budget for administering FOI?"
    assert _statuses(parse_reply(LIVERPOOL, ADMIN)).get("2") == "not_held"
    from reader.classify import find_not_held
    assert find_not_held("The figures are not broken down by ward.")
    assert not find_not_held("The figures are broken down by ward below.")


# "three others": more of what the figure before it in its sentence counts -------------------------------------------

BRIGHTON = """\
1. How many people are employed to deal with FOI?
FOI is administered centrally by the Information Governance Team. One staff
member works on it full time, with input from three others as and when required
to support initial case handling, internal reviews or ICO casework.
"""


def test_others_after_a_figure_count_what_the_figure_before_counts():
    # brighton-hove-foi-administration-2018 (the line breaks are the page's)
    facts = parse_reply(BRIGHTON, ADMIN).facts
    assert [(f.question, f.value) for f in facts] == [("1", 1), ("1", 3)]
    assert len({f.subject for f in facts}) == 1


def test_others_in_the_next_sentence_are_not_the_same_count():
    text = "1. How many people are employed to deal with FOI?\nTwo staff members work on it full time. Three others " \
           "left last year.\n"
    assert 3 not in [f.value for f in parse_reply(text, ADMIN).facts]


# "*refers to years when our ... recording system was not in place": those years not held -----------------------

TEN_YEARS = load_survey(DRAFTED / "foi-requests-ten-years-2019.toml")

DEVON_Q1 = """\
1) The total number of Freedom of Information Act (FOIA) requests the council has received for each of the last ten \
years.
2018 – 2019 | 1,389 |
2017 – 2018 | 1,233 |
2013 – 2014 | * |
2012 – 2013 | * |
*refers to years when our Freedom of Information request recording system was not in place.
"""


def test_years_before_a_recording_system_was_in_place_are_not_held():
    # devon-foi-requests-ten-years-2019: five years given, five marked "*"
    assert _statuses(parse_reply(DEVON_Q1, TEN_YEARS)).get("1") == "partially_successful"
    from reader.classify import find_not_held
    assert find_not_held("Our case management system was not in use before 2016.")
    assert not find_not_held("Our case management system was put in place in 2016.")
