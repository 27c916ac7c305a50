"""Each question's status, read from forms of English councils write about anything (refused, not held, partly):
each test quotes real reply text (the reply named in each test, from tests/files/real_set/<topic>/<slug>.txt, cut to
the lines that matter)."""

from __future__ import annotations

from reader import parse_reply
from reader.classify import find_exemptions
from tests.reading_helpers import statuses, survey_of


def test_the_cost_limits_regulations_named_refuse_at_the_cost_limit():
    # taxi-licensing/brentwood-taxi-drivers-penalty-points-2933 (the stored page is cut before "therefore ...")
    text = ("To comprehensively answer all of your enquires for these financial years it will require a manual check "
            "of all current and expired driver and vehicle files. \n\n"
            "In respect of freedom of information enquiries the \u2018Freedom of Information and Data Protection "
            "(Appropriate Limit and Fees) Regulations 2004 sets an appropriate limit for public authorities such as "
            "local Councils whereby if the cost of complying with a relevant request exceeds \u00a3450, the authority "
            "is entitled to take into account the estimated cost of determining whether it holds the information "
            "sought, locating the information or a document which may contain the information and extracting the "
            "information from a document containing it. \n")
    assert [m.code for m in find_exemptions(text)[0]] == ["s12"]
    survey = survey_of([("1", "How many drivers have appeared in front of the panel?"),
                        ("2", "How many lost their licence?")])
    reply = parse_reply(text, survey)
    assert reply.outcome == "rejected" and reply.exemptions == ["s12"]
    assert statuses(text, survey) == {"1": "rejected", "2": "rejected"}


def test_a_subsection_whose_closing_bracket_was_dropped_is_read_in_full():
    # planning-enforcement/dover-planning-enforcement-quarterly-report-16734: "12(5(b)" for 12(5)(b)
    text = ("1. The Council considers that the Quarterly Planning Enforcement report is exempt from disclosure under "
            "Regulation 12(5(b) of the Environmental Information Regulations.\n")
    assert [m.code for m in find_exemptions(text)[0]] == ["reg12(5)(b)"]
    assert [m.code for m in find_exemptions("exempt under section 31(1)(a).")[0]] == ["s31(1)(a)"]



MORAY_BREACHES = (
    "4) How many breaches of planning control were resolved by remedial action?\n\n"
    "5) How many prompted the serving of an Enforcement Notice (and Stop Notice where appropriate)?\n\n"
    "6) In how many cases, where a breach of planning control was found to have taken place, was no further action "
    "taken?\n\n"
    "Clarification Sought 11-11-2013\n\n"
    "Response 12-12-2013\n\n"
    "4. From computer records held, we are unable to differentiate between cases where 'remedial action' resolved "
    "matters or whether 'no further action was taken' without checking each individual file.\n\n"
    "5. 14\n\n"
    "6. See Q4 response above.\n\n")


def test_records_that_cannot_tell_the_cases_apart_do_not_hold_them_and_an_answer_sent_to_it_says_the_same():
    # planning-enforcement/moray-planning-enforcement-breaches-2013: no exemption, no cost limit; "6. See Q4
    # response above." is question 4's answer; the log's "Clarification Sought <date>" heading answers nothing
    survey = survey_of([("4", "How many breaches of planning control were resolved by remedial action?"),
                        ("5", "How many prompted the serving of an Enforcement Notice (and Stop Notice where "
                              "appropriate)?"),
                        ("6", "In how many cases, where a breach of planning control was found to have taken place, "
                              "was no further action taken?")])
    got = statuses(MORAY_BREACHES, survey)
    assert (got["4"], got["5"], got["6"]) == ("not_held", "successful", "not_held")


def test_an_answer_that_sends_the_reader_to_another_numbered_answer():
    from reader.referred import referred_status
    from reader.classify import QuestionResult
    said = [QuestionResult("3", "not_held", [], False, "", 0, 0), QuestionResult("4", "not_held", [], False, "", 0, 0)]
    # taxi-licensing/rushcliffe-taxi-driver-convictions-3543958; planning-enforcement/moray-planning-enforcement-
    # breaches-2013; and the form already read, "A.5   See response to Q.4 above."
    for answer, named in (("As above in 3.", "3"), ("6. See Q4 response above.", "4"),
                          ("A.5   See response to Q.4 above.", "4")):
        assert referred_status(answer, said) == "not_held", (answer, named)
    assert referred_status("See attached", said) is None


def test_a_logs_dated_heading_of_another_stage_is_no_answer():
    from reader.numbered_answers import _ANSWER_LABEL
    for line in ("Clarification Sought 11-11-2013", "Received: 9 November 2019", "Request Date 01/02/2020",
                 "Response 12-12-2013", "Our response:"):
        assert _ANSWER_LABEL.match(line), line
    assert not _ANSWER_LABEL.match("Received 3 complaints")

