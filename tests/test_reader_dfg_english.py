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
