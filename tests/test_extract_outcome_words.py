"""A reply's outcome and question statuses from words councils and disclosure logs use: a log's outcome field,
"not held" said as records that start later or figures not yet final, a field left empty, a bulleted request
answered by a bulleted list, s39 that only moves a request to the EIRs, a refusal in words ("commercially
sensitive", "not able to answer").

The snippets are made up in councils' English or quoted from the real-reply set (tests/files/real_set/).
"""

from __future__ import annotations

import textwrap

from reader import parse_reply
from reader import classify as C
from reader.survey import parse_survey

SURVEY = parse_survey(textwrap.dedent("""
    name = "homes"
    title = "Empty homes"
    [subjects.empty_homes]
    label = "Empty homes"
    synonyms = ["empty homes?", "empty properties", "long-term vacant"]
    [subjects.orders]
    label = "Management orders"
    synonyms = ["management orders?"]
    [subjects.grants]
    label = "Grants"
    synonyms = ["grants?"]
    [[questions]]
    id = "1"
    text = "How many private sector homes are currently long-term vacant in your area?"
    subject = "empty_homes"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "How many management orders has your authority used in each year?"
    subject = "orders"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "What was spent on grants to bring empty homes back into use?"
    subject = "grants"
    measures = ["total_cost_gbp"]
    """), "homes.toml")


def read(text: str):
    return parse_reply(text, SURVEY)


def statuses(text: str) -> dict[str, str]:
    return {q.question: q.outcome for q in read(text).questions}


# A disclosure log's outcome field ----------------------------------------------------------------------------

def test_a_disclosure_logs_outcome_field_gives_the_outcome_and_the_request_above_it_is_the_requesters():
    # Barnet's log: the request in the requester's words, then "Outcome / Documents" and the document's label
    text = ("Fixed Penalty Notices\nReceived: 6 November 2025\n"
            "I am writing to request information. Please could you provide the following information:1.How many "
            "notices were issued? *If fulfilling the full request would exceed the cost limit under Section 12, "
            "please prioritise the most recent year.\n"
            "Outcome / Documents\n- Response (some not held) - application/pdf - Download")
    r = read(text)
    assert r.kind == "response" and r.outcome == "partially_successful"
    assert r.exemptions == []                      # the requester's "Section 12" is not the council's
    assert r.questions == []                        # the label speaks of the whole request, not of one question


def test_an_outcome_field_on_one_line_is_read():
    assert C.page_status("Request\nPlease provide ...\nOutcome: Information not held\n") == "not_held"
    assert C.page_status("Outcome of the review\nWe have decided ...") is None


# "Not held" in the words councils use -------------------------------------------------------------------------

def test_not_held_said_as_records_that_start_later_or_figures_not_available_yet():
    for said in ("No records prior to 2014", "We do not report on this",
                 "2017: data for 2017 is incomplete / unavailable.", "The figure for 2022/23 is not yet finalised.",
                 "as we don't have a recording system which differentiates between types of litter",
                 "We wouldn't record any interim managers in an extractable format"):
        assert C.find_not_held(said), said


def test_figures_beside_records_that_start_later_are_partly_given():
    # Brentwood: "No records prior to 2014" above the years it has
    text = ("Response\n1. How many private sector homes are currently long-term vacant?\nNo records prior to 2014\n"
            "2014/15: 310\n2015/16: 296\n")
    r = read(text)
    assert r.outcome == "partially_successful"


# A refusal in words -----------------------------------------------------------------------------------------

def test_commercially_sensitive_and_not_able_to_answer_are_refusals_in_words():
    assert C.find_refusal_words("Spend is commercially sensitive as this is between the supplier and the Council")
    assert C.find_refusal_words("We are not able from this information source to answer 'the number of individuals'.")
    assert not C.find_refusal_words("We are not able to answer within 20 working days.")


# s39 and the Scottish Act -------------------------------------------------------------------------------------

def test_s39_that_moves_a_request_to_the_eirs_refuses_nothing_and_foisa_s39_is_not_ncnd():
    # the Scottish Government: s39(2) FOISA applied "so that we do not also have to deal with your request under
    # FOISA", then the answer under the EIRs
    text = ("Response\nAs the information you have requested is 'environmental information' for the purposes of the "
            "Environmental Information (Scotland) Regulations 2004 (EIRs), we are required to deal with your request "
            "under those Regulations. We are applying the exemption at section 39(2) of the Freedom of Information "
            "(Scotland) Act 2002 (FOISA), so that we do not also have to deal with your request under FOISA.\n"
            "1. The Council does not hold information on the number of long-term vacant homes.\n")
    r = read(text)
    assert r.exemptions == ["s39(2)"]
    assert r.ncnd is False
    assert r.outcome == "not_held"
    assert statuses(text)["1"] == "not_held"


def test_a_reply_to_a_clarification_is_not_a_clarification_request():
    text = ("Response\nIn your response to the request for clarification on your third question you stated:\n"
            "3. The cost of grants from 1 November 2019.\n"
            "1. The Council does not hold information on vacant homes.\n")
    assert read(text).kind == "response"


# Question by question --------------------------------------------------------------------------------------

def test_an_answer_beside_refused_questions_makes_the_refusal_partial():
    # Dover: questions 2 and 3 refused under s31, question 1 answered in words
    text = ("Response\n1. Kent County Council have a scheme that covers our District. Further information can be "
            "found on its website.\n"
            "2. The information you have sought is exempt from disclosure under Section 31(1)(a) of the Freedom of "
            "Information Act.\n"
            "3. The information you have sought is exempt from disclosure under Section 31(1)(a) for the reasons "
            "stated above.\n")
    r = read(text)
    assert r.outcome == "partially_successful"
    assert {q.question: q.outcome for q in r.questions}["2"] == "rejected"


def test_an_answer_under_its_own_number_is_not_refused_by_an_exemption_said_further_down():
    # East Cambridgeshire: "1. Please see attachment ..." and the refusal notice under the last answer
    text = ("Response\n1. Please see attachment showing the number of properties per month for the time specified.\n"
            "2. Information Not Held\n"
            "3. We are unable to release this as it would enable them to be identified.\n"
            "In respect of those requests that were refused please take this as notice that we:\n"
            "a) Consider the information as exempt from disclosure under the Act;\n"
            "b) Claim exempt under sections of the Act:\nSection 31(1)(a) of the Freedom of Information Act 2000\n")
    r = read(text)
    got = {q.question: q.outcome for q in r.questions}
    assert got["1"] in ("successful", "partially_successful") and got["2"] == "not_held"
    assert r.outcome == "partially_successful"


def test_a_numbered_field_left_empty_is_a_question_the_reply_skips():
    # Charnwood: "2. Total amount reimbursed to staff -" and nothing under it
    text = ("Response\n1. Long-term vacant homes -\n2021: 312\n2022: 298\n\n"
            "2. Management orders used -\n\n"
            "3. Total spent on grants -\n2021: £12,000\n2022: £9,500\n")
    r = read(text)
    assert "2" not in {q.question for q in r.questions}
    assert r.outcome == "partially_successful"


def test_the_first_question_restated_with_nothing_under_it_is_skipped():
    # Rushcliffe: "1. What is the fine cost ...?" restated, then 2 and 3 answered under their own numbers
    text = ("Response\n"
            "  1. How many private sector homes are currently long-term vacant in your area?\n"
            "  2. How many management orders has your authority used in each year?\n"
            "    \u2022 2021 - 2\n    \u2022 2022 - 1\n"
            "  3. What was spent on grants to bring empty homes back into use?\n"
            "    \u2022 2021 - \u00a34,000\n    \u2022 2022 - \u00a35,500\n")
    r = read(text)
    assert "1" not in {q.question for q in r.questions}
    assert r.outcome == "partially_successful"


def test_a_bulleted_request_answered_by_a_bulleted_list_in_the_same_order():
    # Moray: the request's bullets, then answers under "?" (a bullet lost in the page's encoding)
    text = ("Can I ask for the following information from your authority on empty homes:\n\n"
            "\u2022 How many private sector homes are currently long-term vacant in your area?\n"
            "\u2022 How many management orders has your authority used in each year?\n"
            "\u2022 What was spent on grants to bring empty homes back into use?\n\n"
            "Response 06-12-2017\n\n"
            "? None\n\n"
            "? Each account would need to be checked. This would exceed the 40 hour limit therefore this "
            "information is exempt under Section 12 of the Freedom of Information (Scotland) Act 2002\n\n"
            "? We do not hold this information.\n")
    got = statuses(text)
    assert got == {"1": "successful", "2": "rejected", "3": "not_held"}


def test_details_found_on_an_attached_spreadsheet_with_a_caveat_that_leaves_some_out():
    # House of Commons: "can be found on the attached spreadsheet" / "does not include some relevant information"
    text = ("Response\nDetails of the homes reported vacant for the years 2010 to 2013 can be found on the attached "
            "spreadsheet. Please note the following caveats:\n"
            "  \u2022 The quality of the data on the spreadsheet is limited and does not include some relevant "
            "information, for example, if homes have since been let.\n")
    assert read(text).outcome == "partially_successful"


# Exemptions as councils cite them -----------------------------------------------------------------------------

def test_the_scottish_environmental_regulations_not_held_exception_is_read_as_not_held():
    # Moray: "this information is not held under Regulation 10(4)(a) of the Environmental Information (Scotland)
    # Regulations"
    text = ("Response\n1. 2020 373 long-term vacant homes\n"
            "3. We do not record grant spending separately. Therefore, this information is not held under Regulation "
            "10(4)(a) of the Environmental Information (Scotland) Regulations 2004.\n")
    r = read(text)
    assert r.exemptions == ["reg10(4)(a)"]
    assert r.outcome == "partially_successful"
    assert {q.question: q.outcome for q in r.questions}["3"] == "not_held"


def test_the_cost_of_compliance_after_a_dash_is_the_cost_limit_even_in_a_sentence_that_opens_with_when():
    # Rushcliffe: "When reporting fly tips there is an option ... – we would have to go into each individual report
    # ... which would exceed the time and cost of compliance."
    said = ("When reporting empty homes there is an option to choose a reason \u2013 we would have to go into each "
            "individual record to find the reason, which would exceed the time and cost of compliance.")
    assert [m.code for m in C.find_exemptions(said)[0]] == ["s12"]
    assert C.find_exemptions("If the cost would exceed the time and cost of compliance we will tell you.")[0] == []


def test_a_section_of_another_act_named_with_its_year_is_not_an_exemption():
    said = "Prosecutions for offences under Section 33 of Environmental Protection Act 1990 are detailed below:"
    assert C.find_exemptions(said)[0] == []
    assert [m.code for m in C.find_exemptions("The names are withheld under section 40(2) of FOIA.")[0]] == ["s40(2)"]


def test_some_of_the_information_enclosed_for_a_question_is_part_of_it():
    # the Scottish Government: "With regards to your third and final bullet point, I enclose a copy of some of the
    # information you have requested"
    text = ("Response\nWith regards to your third and final question, I enclose a copy of some of the information you "
            "have requested relating to grants. Grants to bring empty homes back into use:\n"
            "2019-20 \u00a34,000\n2020-21 \u00a35,500\n")
    assert statuses(text)["3"] == "partially_successful"


# Disclosure-log replies (tests/test_disclosure_real.py reads the real pages) -------------------------------------

def test_unable_to_provide_because_it_is_not_held_is_not_held():
    # Thurrock: "... are unable to provide the information you have requested. This is because we do not hold this
    # information."
    text = ("Unfortunately the Council are unable to provide the information you have requested. This is because we "
            "do not hold this information.")
    assert C.find_refusal_words(text) == []
    assert read(text).outcome == "not_held"


def test_any_other_information_exempt_under_a_foisa_section_is_a_partial_refusal():
    # Comhairle nan Eilean Siar: an answer in words, then "Any other information held is exempt from release under
    # Section 30(c) of the Freedom of Information (Scotland) Act 2002"
    text = ("On 4/10/2022 the Comhairle received a complaint regarding the smell. The complainant was advised to "
            "contact the Scottish Government.\n\nAny other information held is exempt from release under Section "
            "30(c) of the Freedom of Information (Scotland) Act 2002 - Prejudice to effective conduct of public "
            "affairs.")
    r = read(text)
    assert r.exemptions == ["s30(c)"] and r.outcome == "partially_successful"
    said = "Any information that is exempt under section 43 will be redacted."
    assert C.find_exemptions(said)[0] == []        # still a statement of what would happen


def test_documents_attached_with_names_withheld_is_partly_given():
    # Hackney: "The surveys are attached. The surveyors' names are withheld."
    text = ("Dear Redacted\nThe surveys are attached. The surveyors' names are withheld.\n\n"
            "Exemptions applied: section 40(2) - Personal information; section 43(2) - Commercial interests")
    r = read(text)
    assert r.outcome == "partially_successful" and r.exemptions == ["s40(2)", "s43(2)"]
    assert not C.provides_information("The refusal notice is attached.")


# Answers numbered as the request numbers them ------------------------------------------------------------------

COTS = parse_survey(textwrap.dedent("""
    name = "cots"
    title = "Cots in temporary accommodation"
    [subjects.pregnant]
    label = "Pregnant individuals placed"
    synonyms = ["pregnant"]
    [subjects.babies]
    label = "Children under one placed"
    synonyms = ["0-1 years old"]
    [subjects.cots]
    label = "Cots provided"
    synonyms = ["cots?"]
    [subjects.advice]
    label = "Safer sleep advice"
    synonyms = ["safer sleep advice"]
    [[questions]]
    id = "1"
    text = "How many individuals were pregnant on the date they were placed in temporary accommodation?"
    subject = "pregnant"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "How many children were 0-1 years old when they were placed in temporary accommodation?"
    subject = "babies"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "Do you provide cots to households in temporary accommodation?"
    subject = "cots"
    measures = ["count"]
    [[questions]]
    id = "4"
    text = "If yes to question three, are cots for households in temporary accommodation funded from commissioned housing providers or the local authority?"
    subject = "cots"
    measures = ["count"]
    [[questions]]
    id = "5"
    text = "Do you provide written or verbal safer sleep advice to families moving into temporary accommodation?"
    subject = "advice"
    measures = ["count"]
    """), "cots.toml")


def test_answers_numbered_in_sequence_are_their_own_numbers_answers_though_their_words_are_another_questions():
    # Hastings: "6. Temporary Accommodation providers will provide cots/travel cots when needed." answers question 6
    # although its words are question 5's
    text = ("1. 19\n2. 32\n"
            "3. Yes, all providers who have temporary accommodation suitable for families provide cots/travel cots.\n"
            "4. Temporary Accommodation providers will provide cots/travel cots when needed.\n"
            "5. No, however all temporary accommodation providers have guidance produced by The Lullaby Trust.\n")
    got = {q.question: q.outcome for q in parse_reply(text, COTS).questions}
    assert got.get("4") == "successful" and got.get("5") == "successful"


def test_an_answer_on_the_line_below_the_question_restated_on_its_own_line():
    # Thurrock: "How many years has the current longest housed tenant spent in temporary accommodation?" / "4.5 years"
    text = ("Response:\nHow many individuals were pregnant on the date they were placed in temporary accommodation?\n"
            "Not recorded\n"
            "Do you provide written or verbal safer sleep advice to families moving into temporary accommodation?\n"
            "Advice is given by health visitors\n")
    got = {q.question: q.outcome for q in parse_reply(text, COTS).questions}
    assert got.get("1") == "not_held" and got.get("5") == "successful"
    # a question restated with the next question below it has no answer
    text = ("Response:\nDo you provide written or verbal safer sleep advice to families moving into temporary "
            "accommodation?\n11. If yes to question ten, please provide the relevant information.\n")
    assert "5" not in {q.question for q in parse_reply(text, COTS).questions}


def test_the_cost_limit_in_words_is_the_cost_limit_exemption():
    # Conwy: "the remaining Q2 & Q3 would require a large amount of time spent in identifying which country each
    # owner resided in"
    said = "The remaining Q2 & Q3 would require a large amount of time spent in identifying each owner."
    assert [m.code for m in C.find_exemptions(said)[0]] == ["s12"]


def test_section_40_credited_to_the_data_protection_act_is_the_personal_data_exemption():
    # Thurrock: "Personal data of any other person is exempt under section 40 (2) of the Data Protection Act."
    said = "Personal data of any other person is exempt under section 40 (2) of the Data Protection Act."
    assert [m.code for m in C.find_exemptions(said)[0]] == ["s40(2)"]
    assert C.find_exemptions("Processing is lawful under section 8 of the Data Protection Act 2018.")[0] == []
