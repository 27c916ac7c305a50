"""Outcomes as councils' disclosure logs state them in their own words: "Applicant provided with some information
held ...", "The Council does not hold any ...", a cost-limit paragraph below a table of figures, and the words a
request asks about ("... without an agreed extension?") that are no delay of the council's own. Short made-up
snippets in councils' English; each fails without its rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import load_survey, parse_reply
from reader.classify import find_holding, provides_information, reply_kind

SURVEY = load_survey("remote-working-2021")


def outcome(text: str) -> str | None:
    return parse_reply(text, SURVEY).outcome


# --- "provided with (some of) the information" ----------------------------------------------------------------


def test_provided_with_some_information_beside_an_exception_is_a_part_disclosure():
    text = ("Applicant provided with some information held, with all personal data redacted under Regulation 13 "
            "and some internal communications withheld under Regulation 12(4)(e).")
    reply = parse_reply(text, SURVEY)
    assert reply.outcome == "partially_successful"
    assert sorted(reply.exemptions) == ["reg12(4)(e)", "reg13"]


def test_provided_with_the_information_where_held_is_information_given():
    assert outcome("Requester provided with the information, where held, and directed to the council's website "
                   "for the remainder.") == "successful"


@pytest.mark.parametrize("text", [
    "The applicant has not been provided with the information, which is exempt under section 43(2).",
    "The information will be provided with the next release of our open data.",
])
def test_information_not_sent_is_not_provided(text):
    assert not provides_information(text)


def test_not_provided_beside_an_exemption_stays_a_refusal():
    assert outcome("The applicant has not been provided with the information, which is exempt under section "
                   "43(2) of the Act.") == "rejected"


# --- "does not hold any ..." where a policy's words ("guidance") are the subject ------------------------------


def test_does_not_hold_any_policies_or_guidance_is_not_held():
    text = ("1. Any policies, guidance or written procedures on the records created when officers support "
            "councillors. The Council does not hold any standalone policies, guidance or procedures on this.")
    assert outcome(text) == "not_held"


def test_guidance_on_the_act_is_still_the_requesters_rights():
    # boilerplate about the Act is no answer: "we do not hold" in it says nothing of this request
    from reader.classify import _is_rights
    assert _is_rights("Guidance on the Act and the exemptions is published on our website.")
    assert not _is_rights("The Council does not hold any standalone policies, guidance or procedures.")


# --- the request's own words about time limits are no delay ----------------------------------------------------

DELAY_ASKED = (
    "1. How many FOI requests have you received?\t1360\t1218\t1389\n\n"
    "2. How many FOI requests have you refused?\t105\t101\t129\n\n"
    "3. How many have you responded to within time?\t1252\t1153\t1287\n\n"
    "4. How many have you responded to outside of 20 days without an agreed extension?\n\n"
    "To confirm whether an agreed extension was in place would involve an officer reviewing 6,601 case records. "
    "For this reason, we consider that Section 12 of the Freedom of Information Act applies (cost of compliance "
    "would exceed the appropriate limit).")


def test_an_extension_asked_about_or_weighed_is_no_holding_letter():
    assert find_holding(DELAY_ASKED) == []
    assert reply_kind(DELAY_ASKED, False, True, False, True) == "response"


def test_a_council_extending_its_time_is_still_a_holding_letter():
    text = ("We are writing to let you know that we need to extend the time for our response by a further 20 "
            "working days, to consider the public interest in the exemption at section 43(2).")
    assert find_holding(text) != []
    assert reply_kind(text, False, True, False) == "holding"


def test_a_table_of_figures_beside_a_cost_limit_refusal_is_part_given():
    reply = parse_reply(DELAY_ASKED, SURVEY)
    assert (reply.kind, reply.outcome, reply.exemptions) == ("response", "partially_successful", ["s12"])


def test_a_cost_limit_refusal_alone_stays_a_refusal():
    text = ("To answer would involve an officer reviewing 6,601 case records. For this reason, we consider that "
            "Section 12 of the Freedom of Information Act applies (cost of compliance would exceed the appropriate "
            "limit).")
    assert outcome(text) == "rejected"


# --- a question partly answered: withheld cells on its rows, a note below its figures -------------------------

REAL_SURVEYS = Path(__file__).parent / "files" / "real_set" / "surveys"


def statuses(text: str, survey_name: str) -> dict[str, str | None]:
    return {q.question: q.outcome for q in parse_reply(text, load_survey(REAL_SURVEYS / f"{survey_name}.toml")).questions}


# Thurrock's reply of 9 June 2023 (tests/files/real_set/temporary-accommodation/), its response section
_THURROCK = (Path(__file__).parent / "files" / "real_set" / "temporary-accommodation" /
             "thurrock-temporary-accommodation-placements-spend-2023.txt").read_text(encoding="utf-8")
THURROCK = _THURROCK[_THURROCK.index("Response:"):_THURROCK.index("You are free to use")]
NOT_FINAL = "The figure for 2022/23 is not yet finalised."


def test_a_not_held_note_below_a_questions_figures_makes_it_partly_answered():
    assert NOT_FINAL in THURROCK
    said = statuses(THURROCK, "temporary-accommodation-placements-spend-2023")
    assert (said["1"], said["2"], said["3"]) == ("successful", "partially_successful", "successful")
    said = statuses(THURROCK.replace(NOT_FINAL, ""), "temporary-accommodation-placements-spend-2023")
    assert (said["1"], said["2"], said["3"]) == ("successful", "successful", "successful")


def test_a_not_held_note_below_figures_is_a_bare_lettered_parts():
    text = ("Response 08-03-2022\n\n1. Incidents recorded by Waste department:\n\n2020 373 incidents\n2021 226 "
            "incidents\n\nPlease note, under Regulation 10(4)(a) of the Environmental Information (Scotland) "
            "Regulations 2014, the type of materials fly tipped is not recorded and therefore not held.\n")
    said = statuses(text, "fly-tipping-electricals-2022")
    assert (said["1"], said.get("1a")) == ("successful", "not_held")


def test_withheld_cells_on_a_questions_rows_make_it_partly_answered():
    text = ("2. No of HOUSEHOLDS living in all forms of temporary accommodation:\n\n"
            "Household Type Group 2018-19 2019-20 2020-21 2021-22 2022-23 Grand Total\n"
            "Couple (with children) 10 7 {cell} {cell} {cell} 28\n"
            "Lone Parent 114 125 95 107 105 546\n")
    assert statuses(text.format(cell="<5*"), "temporary-accommodation-spend-2023")["2"] == "partially_successful"
    assert statuses(text.format(cell="4"), "temporary-accommodation-spend-2023")["2"] == "successful"


@pytest.mark.parametrize("quote, redacted", [
    ("Couple (with children) 10 7 <5* <5* 28", True),
    ("| Successful claims | 9 | <5 | 7 |", True),
    ("Absences of fewer than 5 days: 120", False),
    ("Claims under £500 < 5 years old: 12", False),
])
def test_a_redacted_cell_is_a_bound_standing_alone_in_its_cell(quote, redacted):
    from reader.question_ladder import _REDACTED_CELL
    assert bool(_REDACTED_CELL.search(quote)) is redacted


# --- short answers under a question's number --------------------------------------------------------------------

TOILETS = """3. How many public toilets have you closed in each of the last 10 calendar years?
4. How many of those you have are currently open seven days a week?
5. How many have restrictions on the times/days they are open?
Response 28-05-2013
3. Two.
4. {answer}
5. N/A
"""


def test_all_under_its_number_answers_the_question():
    assert statuses(TOILETS.format(answer="All."), "public-toilets-provisions-2013").get("4") == "successful"
    assert statuses(TOILETS.format(answer=""), "public-toilets-provisions-2013").get("4") != "successful"


STAFF = """3. What is the average FTE number in time broken down as in reply 1 structure?
4. If you have contracted out some services during the last three years please confirm what organisation were the \
staff TUPE'd to and how many employees went to that organisation.
5. What was your total spend on Agency staff in each of the given time periods above?
Response 11-06-2013
3. Number of FTE as at end of March 2013: TOTAL - 3461.6992
4. {answer}
5. 2012/13 - £358,539
"""
SICKNESS = "sickness-absence-headcount-agency-2013"


@pytest.mark.parametrize("answer", ["No staff have been TUPE'd out in the last 3 years.",
                                    "There were no staff TUPE'd to another organisation in the last three years."])
def test_none_said_in_the_questions_own_words_is_an_answer(answer):
    assert statuses(STAFF.format(answer=answer), SICKNESS).get("4") == "successful"


def test_the_question_restated_under_its_number_is_still_no_answer():
    restated = "Have any staff been TUPE'd to another organisation in the last three years?"
    assert statuses(STAFF.format(answer=restated), SICKNESS).get("4") != "successful"


# --- a passage naming questions: its reason first, its refusal at its paragraph's end -------------------------

def test_a_passage_refusing_after_a_long_reason_is_a_refusal():
    from reader.questions import passage_outcome
    reason = ("to identify single compensation payments in individual years, given the available information which "
              "would identify possible injuries from road traffic accidents, would create a risk of identifying the "
              "individual concerned.\nIf the individual were identified, together with their compensation for their "
              "road traffic accident, that would be a disclosure of their personal information, as defined by the "
              "Data Protection Act 2018, and would be unfair to the individual concerned and therefore a breach of "
              "the first principle of data protection. ")
    assert len(reason) > 400
    assert passage_outcome(reason + "This information is therefore exempt from disclosure pursuant to s.40(2) of "
                                    "the Freedom of Information Act 2000.\n5: Average amount paid.\n2017: £285\n"
                           ) == "rejected"
    # what follows under the next question's number is not this passage's
    assert passage_outcome(reason + "We hold no further detail.\n5: Average amount paid.\n2017: £285\n"
                           "6: Total paid.\nThis information is exempt under section 40(2).") != "rejected"


# --- a matter decided by another body: the council records no decision of its own -----------------------------

@pytest.mark.parametrize("sentence, held_elsewhere", [
    ("The council never decide fault or liability.  That decision is taken by our insurers.", True),
    ("This decision is made by the Secretary of State, not by the council.", True),
    ("That decision is taken by the council's planning committee.", False),
    ("The decision is made by our officers on each case.", False),
])
def test_a_decision_taken_by_another_body_is_not_held(sentence, held_elsewhere):
    from reader.classify import find_not_held
    assert bool(find_not_held(sentence)) is held_elsewhere


def test_figures_beside_a_decision_taken_elsewhere_are_part_of_the_answer():
    text = ("3. How many claims have been made? How many claims are still open and how many has the council "
            "admitted liability for?\n\nResponse 15-11-2016\n\n3.    2012/2013  46 claims made/ 0 outstanding\n"
            "       2013/2014  19 claims made/ 0 outstanding\n"
            "The council never decide fault or liability.  That decision is taken by our insurers.\n")
    assert parse_reply(text, load_survey(REAL_SURVEYS / "potholes-compensation-motorists-2016.toml")).outcome \
        == "partially_successful"


# --- the breakdown asked for turned down, the figures given another way -----------------------------------------

@pytest.mark.parametrize("sentence, refused", [
    ("In the time available we are not able to split the costs by month.", True),
    ("We are unable to break down these figures by ward.", True),
    ("We cannot break down the figures by month as they are recorded by financial year.", True),
    ("The figures are split by month below.", False),
    ("We are able to split the costs by month.", False),
])
def test_a_breakdown_turned_down_is_a_refusal_in_words(sentence, refused):
    from reader.classify import find_refusal_words
    assert bool(find_refusal_words(sentence)) is refused


def test_a_passage_refusing_a_breakdown_then_giving_figures_is_part_given():
    from reader.questions import passage_outcome
    refused = ("in the time available we are not able to split the costs by month. The reason for this is that the "
               "information is recorded based on when invoices are processed.\n")
    given = "For this reason, we are giving the costs per financial year, as follows:\n2019/20 - £14,628\n2020/21 - £22,218\n"
    assert passage_outcome(refused + given) == "partially_successful"
    assert passage_outcome(refused) == "rejected"
    # a refusal under an exemption stays one, whatever figures the passage goes on to list
    assert passage_outcome("This is exempt under section 43(2).\n2019/20 - £14,628\n2020/21 - £22,218\n") == "rejected"
