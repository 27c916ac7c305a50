"""Question by question (issue 13, item 2): which of the request's questions a part of a reply answers, and the
status it gives each; the reply's outcome from its questions by the README's rule.

The snippets are made up in councils' English or quoted from the real-reply set (tests/files/real_set/); every
one of them is read wrongly without the rule its test names.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply
from reader import classify as C
from reader.survey import parse_survey

SURVEY = parse_survey(textwrap.dedent("""
    name = "claims"
    title = "Road damage claims"
    [subjects.claims]
    label = "Claims received"
    synonyms = ["claims received", "claims made"]
    [subjects.payouts]
    label = "Compensation paid"
    synonyms = ["compensation paid", "paid out"]
    [[questions]]
    id = "1"
    text = "How many claims for damage to vehicles has the council received in each of the last three years?"
    subject = "claims"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "What is the total amount of compensation the council has paid out in each of those years?"
    subject = "payouts"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "3"
    text = "Please could you describe how the council decides whether a claim is paid?"
    subject = "payouts"
    measures = ["count"]
    """), "claims.toml")


def statuses(text: str) -> dict[str, str]:
    return {q.question: q.outcome for q in parse_reply(text, SURVEY).questions}


# A disclosure log's outcome field stands for every question when nothing is said question by question ----------

def test_an_outcome_field_below_a_blank_line_is_read():
    # Barnet's log: "Outcome / Documents", a blank line, then the document's label
    text = "Pothole data\nOutcome / Documents\n\n  \u2022 Response (all information to be supplied) - application/pdf"
    assert C.page_status(text) == "successful"
    assert C.page_status("Outcome / Documents\n\n- Response (information not held) - application/pdf") == "not_held"


def test_all_information_supplied_answers_every_question_the_request_asked():
    text = ("I am writing to request the following information:\n"
            "1. How many claims for damage to vehicles has the council received in each of the last three years?\n"
            "2. What is the total amount of compensation the council has paid out in each of those years?\n\n"
            "Outcome / Documents\n\n  \u2022 Response (all information to be supplied) - application/pdf - Download\n")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "successful"
    assert {q.question: q.outcome for q in r.questions} == {"1": "successful", "2": "successful", "3": "successful"}
    assert all("all information to be supplied" in q.quote for q in r.questions)


def test_some_not_held_in_a_field_says_nothing_of_any_one_question():
    text = ("I am writing to request the following information:\n"
            "1. How many claims for damage to vehicles has the council received in each of the last three years?\n\n"
            "Outcome / Documents\n\n- Response (some not held) - application/pdf - Download\n")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "partially_successful" and r.questions == []


# The request's own numbered questions are not a request for clarification -----------------------------------

def test_a_numbered_please_could_you_confirm_left_above_the_answers_is_the_request():
    # Lincolnshire: the request on the page ("2. Please could you confirm whether or not ..."), then the answers
    text = ("- Request\n"
            "3. Please could you describe how the council decides whether a claim is paid?\n"
            "4. Please could you confirm whether or not any claims are settled by your insurer?\n"
            "- Decision\n"
            "I can confirm that the information requested is held by the Council.\n"
            "3. Each claim is assessed against the inspection records for the road.\n")
    r = parse_reply(text, SURVEY)
    assert r.kind == "response"
    assert statuses(text)["3"] == "successful"


def test_a_council_asking_back_under_a_number_still_asks_for_clarification():
    text = "Thank you for your request.\n1. Could you please clarify which years you would like figures for?\n"
    assert parse_reply(text, SURVEY).kind == "clarification_request"
    text = "Before we can proceed, could you please confirm which years you would like figures for?\n"
    assert parse_reply(text, SURVEY).kind == "clarification_request"


# The question's words repeated as a heading above its figures ---------------------------------------------------

def test_a_question_repeated_as_a_heading_with_the_councils_name_answers_it_on_the_next_line():
    # the GLA: each question's words as a heading, "the council" put as the body's own name, its figures below
    text = ("Our response:\nI can confirm that we hold information within the scope of your request:\n\n"
            "  2021/22 2022/23 2023/24\n\n"
            "How many claims for damage to vehicles has Northshire County Council received in each year\n\n"
            "412 388 405\n\n"
            "What is the total amount of compensation Northshire County Council has paid out in each of those years\n\n"
            "Not held\n")
    got = statuses(text)
    assert got["1"] == "successful" and got["2"] == "not_held"


def test_a_sentence_that_shares_the_questions_words_is_an_answer_not_a_heading():
    text = ("Our response:\n"
            "The council received claims for damage to vehicles in each of the last three years.\n"
            "Please contact the insurance team for advice.\n")
    from reader.restated import _answer_below_restated
    assert _answer_below_restated(text, SURVEY.question("1"), SURVEY) is None


# Answers keyed by their number -----------------------------------------------------------------------------------

def test_a_number_that_restates_its_own_question_heads_it_though_its_words_name_another_questions_subject():
    # Devon: "6. How many Penalty Charge Notices that were issued ..., were paid in full" names question 1's subject
    survey = parse_survey(textwrap.dedent("""
        name = "pcns"
        title = "PCNs"
        [subjects.pcns]
        label = "Penalty Charge Notices"
        synonyms = ["penalty charge notices?", "pcns?"]
        [subjects.paid]
        label = "PCNs paid in full"
        synonyms = ["paid in full"]
        [[questions]]
        id = "1"
        text = "How many Penalty Charge Notices were issued by your organisation last financial year?"
        subject = "pcns"
        measures = ["count"]
        [[questions]]
        id = "2"
        text = "How many Penalty Charge Notices issued by your organisation were paid in full last financial year?"
        subject = "paid"
        measures = ["count"]
        """), "pcns.toml")
    text = ("1. How many Penalty Charge Notices were issued by your organisation last financial year?\n\n61,194\n\n"
            "2. How many Penalty Charge Notices issued by your organisation were paid in full last financial year?\n\n"
            "46,876 cases were fully paid prior to the debt recovery stage\n\n"
            "We are unable to provide the number of cases paid in full after this stage as cases may be paid by "
            "instalments.\n")
    got = {q.question: q.outcome for q in parse_reply(text, survey).questions}
    assert got == {"1": "successful", "2": "partially_successful"}


def test_an_answer_keyed_only_by_its_number_is_that_questions_though_it_names_another_subject():
    # East Cambridgeshire: "8. Information Not Held; please note however, we rarely remove litter bins."
    text = ("1. How many claims for damage to vehicles has the council received in each of the last three years?\n"
            "2. What is the total amount of compensation the council has paid out in each of those years?\n"
            "Our response\n"
            "1. 2021/22 - 412\n"
            "2. Information Not Held; please note however, claims received are settled by our insurer.\n")
    got = statuses(text)
    assert got["1"] == "successful" and got["2"] == "not_held"


def test_a_not_held_part_beside_figures_under_a_questions_number_makes_it_partly_answered():
    text = ("Our response\n"
            "1. How many claims for damage to vehicles has the council received in each of the last three years?\n\n"
            "2021/22 - 412\n\n"
            "We do not hold figures for the years before 2021.\n\n"
            "2. What is the total amount of compensation the council has paid out in each of those years?\n\n"
            "2021/22 - £36,000\n")
    got = statuses(text)
    assert got["1"] == "partially_successful" and got["2"] == "successful"


def test_not_held_under_a_number_with_bare_lettered_parts_is_the_parts_not_the_figures():
    # Moray: "1. Incidents recorded ..." with figures, then "the type of materials fly tipped is not recorded and
    # therefore not held": what is not held is the part the request asked beside the count (1a)
    survey = parse_survey(textwrap.dedent("""
        name = "incidents"
        title = "Incidents"
        [subjects.incidents]
        label = "Incidents"
        synonyms = ["incidents?"]
        [subjects.types]
        label = "Incidents by waste type"
        synonyms = ["waste type"]
        [[questions]]
        id = "1"
        text = "Total number of fly tipping incidents in each year"
        subject = "incidents"
        measures = ["count"]
        [[questions]]
        id = "1a"
        text = "Per waste type, specifically involving electrical items"
        subject = "types"
        measures = ["count"]
        """), "incidents.toml")
    text = ("Response\n\n1. Incidents recorded by Waste department:\n\n2020 373 incidents\n2021 226 incidents\n\n"
            "Please note, the type of materials fly tipped is not recorded and therefore not held.\n")
    got = {q.question: q.outcome for q in parse_reply(text, survey).questions}
    assert got == {"1": "successful", "1a": "not_held"}


def test_an_answer_after_the_questions_words_and_a_colon_on_its_numbered_line():
    # Eden: "2. Number of public toilets currently managed by your local council: 13no;"
    text = ("Our response\n"
            "  1. How many claims for damage to vehicles has the council received in each of the last three years: "
            "none recorded;\n"
            "  3. Please could you describe how the council decides whether a claim is paid: each claim is checked "
            "against the road's inspection record;\n")
    got = statuses(text)
    assert got["1"] == "successful" and got["3"] == "successful"


def test_a_section_heading_under_a_question_listed_at_the_top_is_not_its_answer():
    from reader.numbered_answers import _mark_answer
    text = ("8. Have you removed any litter bins in the past 10 years, and if so, how many?\n"
            "Litter Clearance Costs\n"
            "9. What was your annual spending on litter clearance?\n")
    marks = [(0, "8", "marker"), (text.index("9."), "9", "marker")]
    asked = {"removed", "litter", "bins", "past", "years", "many"}
    assert _mark_answer(text, marks, 0, asked) is None
    text = text.replace("Litter Clearance Costs", "None removed")
    assert _mark_answer(text, marks, 0, asked) is not None


def test_a_figure_in_the_sentence_after_not_held_on_the_same_line_is_given():
    # Devon: "DCC do not hold this information. However, the total cost on postage for Highways including Parking
    # Services was £34,235"
    from reader.answer_status import _given_beside_not_held
    text = ("4. What was the total postage cost?\n\nDCC do not hold this information. However, the total cost on "
            "postage for Highways including Parking Services was £34,235\n")
    assert _given_beside_not_held(text, (0, len(text)))
    text = ("4. What was the total postage cost?\n\nDCC do not hold this information. Finding it would exceed the "
            "cost limit of £450.\n")
    assert not _given_beside_not_held(text, (0, len(text)))


# Not held and refused, in words councils use ----------------------------------------------------------------------

def test_no_knowledge_of_and_no_responsibility_for_say_nothing_is_held():
    # Moray: the cameras are the police's; the request listed under "Please provide me with" is the requester's
    text = ("Please provide me with\n\n(a) The number of claims for damage to vehicles received in each of the last "
            "three years,\n\n(b) The total amount of compensation paid out in each of those years between 2019 and "
            "2022.\n\nResponse 28-10-2014\n\nAll claims on trunk roads are handled by Transport Scotland.\n\n"
            "Transport Scotland has operational responsibility and as such we have no knowledge of the claims.\n\n"
            "Moray Council has no responsibility for the compensation budget.\n")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "not_held"
    assert {q.question: q.outcome for q in r.questions} == {"1": "not_held", "2": "not_held", "3": "not_held"}
    assert all(q.quote for q in r.questions)
    assert C.find_not_held("We take no responsibility for the content of external websites.") == []


def test_such_an_exemption_applies_is_a_refusal_but_if_an_exemption_applies_is_not():
    assert C.find_refusal_words("The Authority believes that in this case such an exemption applies in relation to "
                                "the cameras' capability.")
    assert not C.find_refusal_words("The Authority has the right to refuse to comply with a request if an exemption "
                                    "applies.")


def test_a_page_whose_status_says_refused_above_only_an_acknowledgement_is_a_rejected_response():
    # Lambeth on WhatDoTheyKnow: the status line, the request, the council's acknowledgement; the page ends there
    text = ("CCTV camera locations\n\nThe request was refused by Northshire Borough Council.\n\nDear Sir or Madam,\n\n"
            "I would be grateful if you would provide me with a list of claims.\n\nYours faithfully,\n\nA Requester\n\n"
            "We acknowledge receipt of your request for information that was received on 2 January 2018.\n\n"
            "We are dealing with your request and aim to respond within 20 working days, by 30 January 2018.\n")
    r = parse_reply(text, SURVEY)
    assert (r.kind, r.outcome) == ("response", "rejected")


def test_the_first_question_restated_with_nothing_under_it_is_skipped_where_the_page_ends_after_the_second():
    # Rushcliffe: "1. Information on the number of CCTV cameras in your area." with nothing under it, 2 answered,
    # the stored page cut in the middle of 3
    text = ("Response\n\n"
            "  1. How many claims for damage to vehicles has the council received in each of the last three years?\n"
            "  2. What is the total amount of compensation the council has paid out in each of those years?\n"
            "    \u2022 2024 - \u00a37,000\n    \u2022 2025 - \u00a37,500\n"
            "  3. Please could you describe how the council decides whether a claim\n")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "partially_successful"


def test_not_held_said_once_below_the_request_listed_by_number_is_every_questions():
    # Wokingham: the request numbered 1-3 with the requester's notes below, then one "We do not hold ..." paragraph
    text = ("Please include the following information for 2022/23, 2023/24:\n"
            "1. How many claims for damage to vehicles has the council received in each of the last three years.\n"
            "2. What is the total amount of compensation the council has paid out in each of those years.\n"
            "3. Please could you describe how the council decides whether a claim is paid.\n"
            "By compensation paid out, I mean any payment made to a motorist.\n"
            "We do not hold claims data in the highways team, nor do we have access to this information. Claims are "
            "held by our insurer, who will need to be contacted directly.\n")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "not_held"
    assert {q.question: q.outcome for q in r.questions} == {"1": "not_held", "2": "not_held", "3": "not_held"}


# A table answers the question its row's label names -------------------------------------------------------------

def test_a_table_row_whose_label_is_the_questions_words_answers_it():
    from reader.listed_answers import _table_rows_answer
    text = ("2018/19 | 2020/21 | 2022/23 |\n"
            "Vehicle damage claims received | 89 | 79 | 72 |\n"
            "Average payout | £118.44 | £486.22 | £46.12 |\n")
    got = {q.question: q.outcome for q in _table_rows_answer([], SURVEY, text, text)}
    assert got == {"1": "successful"}
    # a label in no question's words, or as much in two questions' words, answers none
    text = "Ongoing | Nil | 13 | 15 |\n"
    assert _table_rows_answer([], SURVEY, text, text) == []


# Exemptions: the statute quoted, NCND subsections --------------------------------------------------------------

def test_a_section_the_statute_says_information_does_not_fall_within_is_not_applied():
    mentions, _ = C.find_exemptions("The information is exempt pursuant to section 24(1) - National Security. "
                                    "Section 24(1) states that information which does not fall within section "
                                    "23(1) is exempt information if exemption is required.")
    assert {m.code for m in mentions} == {"s24(1)"}


def test_a_part_of_an_ncnd_subsection_is_neither_confirm_nor_deny():
    # Ards and North Down: "In accordance with section 40(5B)(a)(i) of the Freedom of Information Act the Council
    # is neither confirmin" (the stored page ends there)
    text = ("1. How many claims for damage to vehicles has the council received in each of the last three years?\n\n"
            "In accordance with section 40(5B)(a)(i) of the Freedom of Information Act the Council is neither "
            "confirmin")
    r = parse_reply(text, SURVEY)
    assert r.ncnd is True and r.exemptions == ["s40(5b)(a)(i)"]
    assert C.within("s40(5b)(a)(i)", {"s40(5b)"}) and not C.within("s40(2)", {"s40(5b)"})


def test_an_answer_run_on_after_the_question_on_its_line_is_that_questions():
    # TfL: each question restated, its answer on the same line after the "?"
    text = ("We answered\nThank you for your request. I can confirm that we do hold the information you require.\n"
            "How many claims for damage to vehicles has the council received in each of the last three years? "
            "Information about claims is published annually in our highways report, and the table below gives it.\n"
            "2019/20 | 412 |\n"
            "What is the total amount of compensation the council has paid out in each of those years? In accordance "
            "with the FOI Act, we are not obliged to supply the information requested as it is subject to an "
            "exemption.\n")
    from reader.restated import _answer_below_restated
    assert _answer_below_restated(text, SURVEY.question("1"), SURVEY)[0] == "successful"
    assert _answer_below_restated(text, SURVEY.question("2"), SURVEY)[0] == "rejected"
    got = statuses(text)
    assert got["1"] == "successful" and got["2"] == "rejected"


def test_a_list_of_figures_beside_a_cost_limit_refusal_is_given_not_explained():
    # Rushcliffe: figures by waste type listed, then "... would exceed the appropriate limit (section 12)"
    text = ("Response\n\n2021-22\n\n  \u2022 Asbestos - 17\n  \u2022 Builders rubble - 133\n  \u2022 Tyres - 73\n"
            "  \u2022 Total - 223\n\n"
            "To break these down by area we would need to read every report by hand, which would exceed the "
            "appropriate limit under section 12 of the Freedom of Information Act.\n")
    from reader.reply import _listed_figures
    assert _listed_figures(text, [text.index("17"), text.index("133"), text.index("73")])
    r = parse_reply(text, SURVEY)
    assert r.outcome == "partially_successful" and r.exemptions == ["s12"]
    text = ("We estimate that it would take 5 minutes to check each of the 8,000 claims, 666 hours in all, which would "
            "exceed the appropriate limit under section 12 of the Freedom of Information Act.\n")
    assert parse_reply(text, SURVEY).outcome == "rejected"


def test_a_label_and_value_under_a_refused_questions_number_answers_part_of_it():
    # Moray: "1. The information requested is published ... exempt under section 25 ..." / "Accessible - all"
    text = ("Response 20-05-2025\n"
            "1. The information requested is published on our website and is therefore exempt under section 25 of "
            "the Freedom of Information (Scotland) Act 2002, information otherwise accessible.\nSettled by insurer - all\n"
            "2. What is the total amount of compensation the council has paid out in each of those years?\n"
            "2021/22 - \u00a336,000\n"
            "3. The information requested is published on our website and is therefore exempt under section 25 of "
            "the Freedom of Information (Scotland) Act 2002, information otherwise accessible.\n"
            "See: http://www.example.gov.uk/claims.pdf\n")
    got = statuses(text)
    assert got["1"] == "partially_successful" and got["2"] == "successful" and got["3"] == "rejected"


def test_a_list_nested_under_a_numbered_question_is_its_answer_not_question_one():
    # Rushcliffe: "  1. The total number of complaints ...?" / "    1. One in September 2020" / "  2. A breakdown ..."
    text = ("Response\n\n"
            "  1. How many claims for damage to vehicles has the council received in each of the last three years?\n"
            "    1. Four hundred and twelve in 2021/22\n"
            "  2. What is the total amount of compensation the council has paid out in each of those years?\n"
            "    1. We do not hold this information.\n"
            "  3. Please could you describe how the council decides whether a claim is paid?\n"
            "    1. Each claim is checked against the road's inspection record.\n")
    got = statuses(text)
    assert got["1"] == "successful" and got["2"] == "not_held" and got["3"] == "successful"


def test_a_date_line_is_not_a_question_number():
    from reader.question_anchors import _drop_nested_numbers
    text = "Response date\n\n05 July 2024\n\n  5. Please could you describe how the council decides?\n"
    anchors = [(text.index("05"), "5", "marker"), (text.index("  5."), "5", "marker")]
    assert _drop_nested_numbers(anchors, text) == anchors[1:]


def test_hostile_lines_are_read_in_linear_time():
    import time
    from reader.reply import parse_reply as read
    hostile = ["Label " + "1" * 5000 + "x", "Label " + "1 " * 3000 + "x", "Average payout | " + "1|" * 3000 + "x",
               "  1. " + "How many claims " * 300 + "?\n" + "    1. " + "1 " * 2000,
               "Outcome / Documents\n\n\n" + " " * 5000 + "x"]
    for text in hostile:
        start = time.process_time()
        read(text, SURVEY)
        assert time.process_time() - start < 2.0, text[:40]


def test_a_question_that_asks_then_says_more_restated_over_an_answer_label_is_answered_below_it():
    # Merthyr's log: "Question" / the request ("...for illness? Please can you show this figure as ...") /
    # "Answer" / the figures
    text = ("Question\n"
            "How many claims for damage to vehicles has the council received in each of the last three years? Please "
            "can you show this figure for each of the last three years.\n"
            "Answer\n"
            "Please find below the information as requested. 2021-22 2022-23 2023-24 Claims 412 388 405\n")
    from reader.restated import _answer_below_restated
    found = _answer_below_restated(text, SURVEY.question("1"), SURVEY)
    assert found is not None and found[0] == "successful"
    assert text[slice(*found[1])].startswith("Please find below")


def test_a_question_quoted_back_names_it_but_apostrophes_do_not():
    from reader.questions import _quoted_references
    text = ("In answer to 'the total amount of compensation paid out', we paid \u00a336,000 in 2021/22.\n"
            "Out of the money paid for the individual\u2019s claims, how much went to the council\u2019s insurer.\n")
    refs = _quoted_references(text, SURVEY)
    assert [r[2] for r in refs] == ["2"]
    got = statuses("We have considered your request.\n" + text)
    assert got.get("2") == "successful"


DEVICES = parse_survey(textwrap.dedent("""
    name = "dfe-devices"
    title = "Devices for remote learning"
    [subjects.forecast]
    synonyms = ["digital devices?", "laptops?", "tablets?", "4g hotspot(?: devices?)?"]
    [subjects.allocated]
    synonyms = ["digital devices?", "laptops?", "tablets?", "4g hotspot(?: devices?)?"]
    [[questions]]
    id = "1"
    text = "How many digital devices did you forecast your authority would need, as per step one of the application process?"
    subject = "forecast"
    measures = ["count"]
    [[questions]]
    id = "1a"
    text = "How many digital devices did you forecast your authority would need, as per step one of the application process? Of these devices, how many were laptops, how many were tablets and how many were 4G hotspot devices?"
    subject = "forecast"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "How many digital devices were allocated to your authority?"
    subject = "allocated"
    measures = ["count"]
    [[questions]]
    id = "3a"
    text = "How many digital devices were allocated to your authority? Of these devices, how many were laptops, how many were tablets and how many were 4G hotspot devices?"
    subject = "allocated"
    measures = ["count"]
    """), "dfe.toml")


def test_a_lettered_answer_whose_words_two_questions_share_is_its_numbers():
    # Lincolnshire's decision (real set, devices): "a." under "1." is 1a, though 3a (a shorter question) has every
    # word of it too
    text = "Decision\n\n1. 1478\n\na. 1049 laptops, 260 tablets, 169 4G hotspot devices.\n\nb. 7 May\n\n3. 1478\n"
    got = {(f.question, f.value) for f in parse_reply(text, DEVICES).facts}
    assert {("1a", 1049), ("1a", 260), ("1a", 169)} <= got
    assert not any(q == "3a" for q, _ in got)


COMPUTERS = parse_survey(textwrap.dedent("""
    name = "computers"
    title = "Computers bought and disposed of"
    [periods]
    asked = [{ label = "2013", start = 2013-01-01, end = 2013-12-31 },
             { label = "2014", start = 2014-01-01, end = 2014-12-31 }]
    [subjects.computers]
    synonyms = ["laptops?", "desktops?", "computers?"]
    [subjects.computers_disposed]
    synonyms = ["computers and laptops disposed"]
    [[questions]]
    id = "2"
    text = "Number of computers and laptops purchased by your department, per calendar year since 1st January 2013"
    subject = "computers"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "Number of computers and laptops disposed by your department, per calendar year since 1st January 2013"
    subject = "computers_disposed"
    measures = ["count"]
    """), "computers.toml")


def test_a_line_that_opens_naming_its_question_heads_the_things_got_rid_of_that_the_question_names():
    # The Scottish Government's reply (real set, devices): "In response to question 3" heads a table of things
    # disposed of; the laptops in it are question 3's (things got rid of are never question 2's purchases)
    text = ("In response to question 3 (above), the core Scottish Government has disposed of the following "
            "equipment through centralised contracts:\n\n"
            "Year Laptops Desktops\n"
            "2013 92 577\n"
            "2014 707 745\n")
    got = {(f.question, f.subject, f.period, f.value) for f in parse_reply(text, COMPUTERS).facts}
    assert {("3", "computers_disposed", "2013", 92), ("3", "computers_disposed", "2014", 707)} <= got
    assert not any(q == "2" for q, _, _, _ in got)


def test_a_line_that_names_two_questions_heads_neither():
    from reader.facts.headings import _LEAD_REFERENCE
    assert _LEAD_REFERENCE.match("In response to question 3 (above), the core").group("n") == "3"
    assert _LEAD_REFERENCE.match("In response to question 1 and 2 (above), the core") is None
    assert _LEAD_REFERENCE.match("In answer to Q2b: none").group("l") == "b"


TOILETS = parse_survey(textwrap.dedent("""
    name = "toilets"
    title = "Public toilets and street cleaning"
    [subjects.open]
    synonyms = ["public toilets open for use"]
    [subjects.owned]
    synonyms = ["toilets?"]
    [subjects.cleaning]
    synonyms = ["cleaning costs for public toilets"]
    [subjects.street]
    synonyms = ["annual budget for street cleaning"]
    [subjects.average]
    synonyms = ["average length"]
    [subjects.shortest]
    synonyms = ["shortest length"]
    [[questions]]
    id = "1a"
    text = "Please provide the following information for the listed years: Number of public toilets open for use"
    subject = "open"
    measures = ["count"]
    [[questions]]
    id = "1b"
    text = "Please provide the following information for the listed years: Number of toilets operated or owned by the council"
    subject = "owned"
    measures = ["count"]
    [[questions]]
    id = "1c"
    text = "Please provide the following information for the listed years: Annual cleaning costs for public toilets"
    subject = "cleaning"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "1d"
    text = "Please provide the following information for the listed years: Annual budget for street cleaning"
    subject = "street"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "2a"
    text = "Please provide the following information for 2024/25: Average length of time that public toilets are open (in hours)"
    subject = "average"
    measures = ["hours"]
    [[questions]]
    id = "2b"
    text = "Please provide the following information for 2024/25: Shortest length of time that any public toilet is open (in hours)"
    subject = "shortest"
    measures = ["hours"]
    """), "toilets.toml")

# Moray's reply (real set, public-toilets), cut short: one heading for a run of parts, then their figures with no
# word of the survey's, and one answer for two parts
_RUN = ("Response 12-03-2025\n\n1.a)-d)\n\n2024      17\n2023     17\n\n"
        "  2024/25 to date 2023/24 2022/23\n"
        "Staff cost for Mobile toilet cleaners 139583 159587 147859\n"
        "Cleaning materials 3037 3645.48 4252.17\n"
        "Budget for street sweeping 879662 866518 Not available separately\n\n"
        "2.a) & b) 7 hours per day\n")


def test_figures_under_a_heading_naming_a_run_of_parts_go_to_the_part_asking_their_measure():
    got = {(f.question, f.period, f.value) for f in parse_reply(_RUN, TOILETS).facts}
    assert {("1a", "2024", 17), ("1a", "2023", 17)} <= got
    assert {("1c", "2023/24", 159587), ("1c", "2023/24", 3645.48), ("1c", "2022/23", 4252.17)} <= got
    assert {("1d", "2024/25 to date", 879662), ("1d", "2023/24", 866518)} <= got     # "budget": 1d's word
    assert not any(q == "1b" for q, _, _ in got)


def test_one_answer_to_two_parts_is_a_figure_of_each():
    got = {(f.question, f.value) for f in parse_reply(_RUN, TOILETS).facts if f.measure == "hours"}
    assert got == {("2a", 7), ("2b", 7)}


def test_a_table_rows_question_number_says_what_its_figures_are_not_the_question_quoted_last_above():
    # Moray's reply (real set, potholes): the request quoted above the table ends with question 4 (money); the
    # row numbered 1 gives question 1's counts, the row numbered 3 question 3's
    survey = parse_survey(textwrap.dedent("""
        name = "claims-table"
        title = "Pothole claims"
        [periods]
        asked = [{ label = "2023", start = 2023-01-01, end = 2023-12-31 },
                 { label = "2024", start = 2024-01-01, end = 2024-12-31 }]
        [subjects.submitted]
        synonyms = ["claims submitted"]
        [subjects.outcomes]
        synonyms = ["claim successful"]
        [subjects.compensation]
        synonyms = ["compensation"]
        [[questions]]
        id = "1"
        text = "The total number of compensation claims submitted by motorists"
        subject = "submitted"
        measures = ["count"]
        [[questions]]
        id = "3"
        text = "Whether each claim was successful, rejected, or is still pending."
        subject = "outcomes"
        measures = ["count"]
        [[questions]]
        id = "4"
        text = "The total amount of compensation paid out by the council for pothole-related claims in each year."
        subject = "compensation"
        measures = ["total_cost_gbp"]
        """), "claims-table.toml")
    text = ("4. The total amount of compensation paid out by the council for pothole-related claims in each year.\n"
            "Response 31-10-2025\n"
            "| 2023 | 2024 | |\n"
            "| 1. Claims submitted | 61 | 36 |\n"
            "| 3. Successful/Rejected/Pending | 49 Claims repudiated, 10 settled | 30 Claims repudiated |\n"
            "| 4. Total compensation paid out | £1269.52 | £506.10 |\n")
    got = {(f.question, f.measure, f.period, f.value) for f in parse_reply(text, survey).facts}
    assert {("1", "count", "2023", 61), ("1", "count", "2024", 36), ("3", "count", "2023", 49),
            ("3", "count", "2023", 10), ("3", "count", "2024", 30), ("4", "total_cost_gbp", "2023", 1269.52),
            ("4", "total_cost_gbp", "2024", 506.10)} == got


def test_a_parts_own_words_between_its_letter_and_its_figure_make_the_figure_that_parts():
    # Gloucester's reply (real set, allotments): "new sites" is a word of part b's subject too, but "number of new
    # sites" after "a)" is part a's own words
    survey = parse_survey(textwrap.dedent("""
        name = "new-sites"
        title = "New allotment sites"
        [subjects.sites]
        synonyms = ["sites?"]
        [subjects.names]
        synonyms = ["names of new sites", "new sites"]
        [[questions]]
        id = "5a"
        text = "How many new council allotment sites were brought into use in 2009? Please give: number of new sites"
        subject = "sites"
        measures = ["count"]
        [[questions]]
        id = "5b"
        text = "How many new council allotment sites were brought into use in 2009? Please give: names of new sites"
        subject = "names"
        measures = ["count"]
        """), "new-sites.toml")
    text = "5. How many new council allotment sites were brought into use in 2009?\na) number of new sites 0\nb) names of new sites N.A\n"
    got = {(f.question, f.value) for f in parse_reply(text, survey).facts}
    assert got == {("5a", 0)}


def test_one_figure_on_a_line_its_number_opens_answers_that_question_though_it_names_another_questions_thing():
    # Moray's reply (real set, ev-charging): "3)" answers the budget question in words of the grant question's
    # thing, "8)" the usage question in words of the chargers question's
    survey = parse_survey(textwrap.dedent("""
        name = "ev"
        title = "EV charging"
        [periods]
        asked = [{ label = "2019", start = 2019-01-01, end = 2019-12-31 }]
        [subjects.chargers]
        synonyms = ["chargers?", "charging points?"]
        [subjects.budget]
        synonyms = ["budgeted"]
        [subjects.grant]
        synonyms = ["grant funding", "funding", "grants?"]
        [subjects.usage]
        synonyms = ["usage"]
        [[questions]]
        id = "1"
        text = "How many electric vehicle charging points have the council installed in the local authority?"
        subject = "chargers"
        measures = ["count"]
        [[questions]]
        id = "3"
        text = "How much has currently been budgeted for electric vehicle infrastructure?"
        subject = "budget"
        measures = ["total_cost_gbp"]
        [[questions]]
        id = "4"
        text = "Are you receiving funding/grants for electric vehicle infrastructure from central government?"
        subject = "grant"
        measures = ["total_cost_gbp"]
        [[questions]]
        id = "8"
        text = "Are you able to provide any usage data for the charge points installed?"
        subject = "usage"
        measures = ["count"]
        """), "ev.toml")
    text = ("3) We currently have £290,000.00 of Grant Funding Available to spend between now and April 2021.\n"
            "8) During 2019 the total number of visits to Moray Council Chargers was 1404.\n")
    got = {(f.question, f.value) for f in parse_reply(text, survey).facts}
    assert got == {("3", 290000), ("8", 1404)}
