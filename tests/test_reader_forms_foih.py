"""Forms of English councils write in any topic (helper "rules-rs-foi", session of 2026-12-07), first met in the
foi-handling topic's replies. Each test quotes a real reply's words (tests/files/real_set/) that the rule reads,
and each is read wrongly without it.
"""

from __future__ import annotations

from pathlib import Path

from reader import load_survey, parse_reply

REAL = Path(__file__).parent / "files" / "real_set"
DRAFTED = REAL / "drafted"


def _statuses(reply) -> dict[str | None, str]:
    return {q.question: q.outcome for q in reply.questions}


# A request in sections that each number from 1, answered the same way ---------------------------------------

SAR_MANAGEMENT = load_survey(DRAFTED / "foi-sar-management-2026.toml")   # numbers the SAR section's 1-4 as 5-8

DOVER_ANSWERS = """\
Response

Management of Freedom of Information Requests:

1. 2023/24: 1,146, 2024/25: 1,118 and 2025/26: 1,107

2. 2023/24: 1,126, 2024/25: 1,091 and 2025/26: 1,069 (18 remain open and within the statutory time limit for a response)

3. Centralised team.

4. 1 FTE.

Management of Subject Access Requests:

1. 2023/24: 67, 2024/25: 89 and 2025/26: 101

2. 2023/24: 65, 2024/25: 85 and 2025/26: 97 (four remain open and within the statutory time limit for a response)

3. Centralised team.

4. 0.6 FTE.
"""


def test_answers_numbered_again_in_the_second_section_answer_its_questions():
    # dover-foi-sar-management-2026: the request restated (its two sections 1-4 each), then the answers alike
    text = (DRAFTED / "foi-sar-management-2026.request.txt").read_text().split("\n", 3)[3] + "\n" + DOVER_ANSWERS
    reply = parse_reply(text, SAR_MANAGEMENT)
    by_q = {}
    for f in reply.facts:
        by_q.setdefault(f.question, []).append(f.value)
    assert by_q["1"] == [1146, 1118, 1107] and by_q["5"] == [67, 89, 101]
    assert by_q["6"] == [65, 85, 97] and by_q["8"] == [0.6]
    assert all(_statuses(reply).get(q) == "successful" for q in "12345678")


def test_answers_alone_numbered_again_are_numbered_on():
    reply = parse_reply(DOVER_ANSWERS, SAR_MANAGEMENT)
    assert {f.value: f.question for f in reply.facts}[101] == "5"


def test_numbers_that_do_not_add_up_to_the_survey_are_left_alone():
    from reader.renumbered import section_edits
    text = "1. 12\n2. 14\n1. 3\n"             # three answers to eight questions: a list inside an answer, perhaps
    assert section_edits(text, [str(i) for i in range(1, 9)]) == []


def test_a_range_of_answer_numbers_or_a_section_of_one_is_no_list_numbered_again():
    from reader.renumbered import section_edits
    # damp-mould's Moray repairs reply, cut to three of the four questions: "1. -3. To find this information ..."
    text = "1. The number of repair requests\n2. The average time\n3. The time to repair\nResponse\n" \
           "1. -3. To find this information, we would have to look at each property record individually.\n"
    assert section_edits(text, ["1", "2", "3", "4"]) == []
    assert section_edits("1. a\n2. b\n3. c\n1. d\n", ["1", "2", "3", "4"]) == []


def test_a_two_digit_number_takes_a_space_of_the_indent_and_keeps_every_offset():
    from reader.renumbered import apply_edits, section_edits, to_given
    text = "".join(f"  {i}. q\n" for i in range(1, 7)) + "".join(f"  {i}. q\n" for i in range(1, 6))
    edits = section_edits(text, [str(i) for i in range(1, 12)])
    out = apply_edits(text, edits)
    assert len(out) == len(text) and " 10. q\n 11. q\n" in out and "  9. q\n" in out and to_given(edits) is None


SAR_STATS = load_survey(DRAFTED / "foi-sar-stats-2024.edited.toml")     # the SAR list's 1-8 are its 8-15

NEWARK_STATS = """\
FOI and SAR stats for 2024 calendar year

1. The total number of FOI's received
2. The total number of FOI's responded to on time
3. The total number of FOI's responded to after the due date
4. The longest delay in responding to an FOI
5. The total number of FOI's overdue awaiting a response
6. The total number of internal reviews requested
7. How many officers you have dedicated to the FOI role as either a full job or part of their job description/responsibilities
1. The total number of SAR's received
2. The total number of SAR's responded to on time
3. The total number of SAR's responded to after the due date
4. the total number of SAR's where the time limit was extended
5. The longest delay in responding to an SAR
6. The total number of SAR's overdue awaiting a response
7. The total number of internal reviews requested
8. How many officers you have dedicated to the SAR role as either a full job or part of their job description/responsibilities


1. See published stats
2. See published stats
3. See published stats
4. 7 days (this only happened once)
5. No FOI requests received in 2024 are currently overdue.  See Q3
6. 5 internal reviews
7. No role just dedicated to FOI.
1. 69
2. 59
3. 2 late, 2 extended, 6 closed without a response
4. 2
5. Both SARs extended had an extra 2 months extra time allocated.
6. 1 SAR extended and none overdue
7. 3 internal reviews
8. See answer above to FOI question 7.
"""


def test_a_second_list_numbered_again_is_numbered_on_with_two_digit_numbers_and_quotes_the_page():
    # newark-sherwood-foi-sar-stats-2024: no room for "10." where "3." stands; the text is read one character
    # longer and every position and quote is taken back to the page as given
    reply = parse_reply(NEWARK_STATS, SAR_STATS)
    by_q = {f.question: f for f in reply.facts}
    assert by_q["8"].value == 69 and by_q["9"].value == 59 and by_q["14"].value == 3
    for f in reply.facts:
        assert NEWARK_STATS[f.start:f.end] == f.quote
    for q in reply.questions:
        assert NEWARK_STATS[q.start:q.end] == q.quote
    statuses = _statuses(reply)
    assert all(statuses.get(str(k)) == "successful" for k in range(8, 16))


# A list of one labelled figure a line: the thing asked beside the same count of other things ----------------

HANDLING = load_survey(DRAFTED / "foi-handling-costs-2025.edited.toml")

HANDLING_REQUEST = """\
Under the Freedom of Information Act 2000, please provide the following information for the most recent full financial year available:
1. The total number of Freedom of Information (FOI) requests handled.
2. The number of full-time equivalent (FTE) and part-time employees involved in handling FOI requests.

Response

"""


def test_other_kinds_of_request_beside_the_one_asked_are_not_its_figures():
    # newark-sherwood-foi-handling-2025
    text = HANDLING_REQUEST + """\
1. 2024/25
Data Protection requests = 45
Environmental Information Regulation (EIR) requests = 80
Freedom of Information (FOI) requests = 730
Subject Access requests (SAR) = 76
"""
    assert [(f.question, f.value) for f in parse_reply(text, HANDLING).facts] == [("1", 730)]


def test_a_list_none_of_whose_lines_names_the_thing_asked_is_kept():
    text = HANDLING_REQUEST + "1. 2024/25\nBy email = 600\nBy post = 80\nBy phone = 50\n"
    assert sorted(f.value for f in parse_reply(text, HANDLING).facts if f.question == "1") == [50, 80, 600]


# A section the request asks about, counted, not applied -------------------------------------------------------

S40_USES = load_survey(DRAFTED / "foi-sars-s40-2016.toml")


def test_a_section_whose_uses_are_asked_about_is_not_applied():
    # devon-sars-s40-2016
    text = """\
Subject Access Requests and FOI Section 40(1) exemption 2016

How many Subject Access Requests did you receive in the year Jan 1st 2016 to Dec 31st 2016 (or your equivalent business/financial year?)

194 subject access requests were received.

How many FOI Section 40(1) exemptions did you employ during this same time period?

This information is held but to locate and collate it would require a manual examination of the 1, 372 Freedom of Information requests we received in 2016. For this reason under the Freedom of Information Act Section 12 Cost of Compliance  – this information is exempt.
"""
    reply = parse_reply(text, S40_USES)
    assert reply.exemptions == ["s12"]
    assert _statuses(reply) == {"1": "successful", "2": "rejected"}


def test_the_asked_section_still_counts_where_the_reply_applies_it():
    from reader.classify import find_exemptions
    text = ("How many FOI Section 40(2) exemptions did you employ in 2023?\n"
            "The names of the staff who handled them are exempt under section 40(2).")
    assert {x.code for x in find_exemptions(text)[0]} == {"s40(2)"}


# FOISA's section 17 cited for an answer: not held, beside answers in words ----------------------------------

SYSTEM_COST = load_survey(DRAFTED / "foi-system-cost-2016.toml")

MORAY_SYSTEM = """\
Request 101001362813

1. What system do you currently use for recording and managing the FOI requests your authority receives?

2. The initial cost to set up and implement this system.

3. The Annual Cost of this system.

4. Have you changed system in the last 5 years?

a. If yes, which system did you use previously?

Response 01-12-2016

1. FOI requests are recorded on our corporate case management solution

2. Staff time to configure the case management system is not available therefore this is exempt under Section 17 of the Freedom of Information (Scotland) Act 2002

3. Not applicable

4. No

a. Not applicable
"""


def test_foisa_section_17_says_not_held_and_the_words_beside_it_are_answers():
    # moray-foi-system-2016
    reply = parse_reply(MORAY_SYSTEM, SYSTEM_COST)
    assert _statuses(reply)["2"] == "not_held" and _statuses(reply)["1"] == "successful"
    assert reply.outcome == "partially_successful" and reply.exemptions == []


def test_foisa_section_17_alone_is_not_held():
    from reader.classify import find_not_held
    assert find_not_held("In accordance with section 17 of the Freedom of Information (Scotland) Act 2002 we can "
                         "confirm that downtime is not recorded by Moray Council.")   # moray-cctv-cameras-forres-2018
    assert find_not_held("Staff time is unknown, therefore this is exempt under Section 17 of the Freedom of "
                         "Information (Scotland) Act 2002")


# "This information is partially held." beside the figures given ----------------------------------------------

ADMINISTRATION = load_survey(DRAFTED / "foi-administration-2018.toml")


def test_partially_held_beside_figures_is_part_given_part_not_held():
    # brighton-hove-foi-administration-2018
    text = """\
Please find our response to your FOI request below;
1. How many people are employed to deal with FOI?
FOI is administered centrally by the Information Governance Team. One staff member works on it full time.
2.     What is the budget for administering FOI?
This information is partially held. Although there is no single budget line for FOI,
the establishment cost of the full time Information Compliance Officer is
£26,423.
"""
    reply = parse_reply(text, ADMINISTRATION)
    assert _statuses(reply)["2"] == "partially_successful"
    assert reply.outcome == "partially_successful"


# "There is no specific budget ...": a not held said in words --------------------------------------------------

def test_no_specific_budget_is_not_held():
    # liverpool-foi-administration-2018
    from reader.classify import find_not_held
    assert find_not_held("There is no specific budget allocated for dealing with Freedom of Information Requests.")
    assert find_not_held("We have no dedicated budget for this work.")
    assert not find_not_held("There is no budget pressure this year.")


def test_no_specific_budget_beside_an_answer_makes_the_reply_partly_successful():
    # liverpool-foi-administration-2018, the page as stored: "... a total of 4 FTE individuals ..." then "There is no
    # specific budget allocated for dealing with Freedom of Information Requests. Costs are contained within the
    # overall Democratic Services budget and are not disaggregated."
    survey = load_survey(REAL / "surveys" / "foi-administration-2018.toml")
    text = (REAL / "foi-handling" / "liverpool-foi-administration-2018.txt").read_text()
    reply = parse_reply(text, survey)
    assert _statuses(reply).get("2") == "not_held"
    assert reply.outcome == "partially_successful"


# An answer that names the thing asked for, sharing two words with the question --------------------------------

def test_an_answer_sharing_two_words_with_a_long_question_is_an_answer():
    # newark-sherwood-foi-handling-2025: "3. Meritec ESB is used to log the above requests"
    text = HANDLING_REQUEST.replace(
        "2. The number", "3. The names of any software systems or tools used by the FOI team to manage or track "
        "requests.\n2. The number") + "1. 2024/25\nFreedom of Information (FOI) requests = 730\n" \
        "3. Meritec ESB is used to log the above requests\n"
    assert _statuses(parse_reply(text, HANDLING)).get("3") == "successful"


def test_a_question_restated_in_its_own_words_is_still_restated():
    from reader.question_words import _WORDS, _question_words, _restates
    asked = _question_words("The names of any software systems or tools used by the FOI team to manage or track "
                            "requests.")
    assert _restates(set(_WORDS.findall("names of software systems used")), asked)
    assert not _restates(set(_WORDS.findall("meritec esb is used to log the above requests")), asked)


def test_a_one_word_name_with_digits_under_a_restated_question_is_its_answer():
    # wokingham-foi-handling-2025: "3. The names of any software systems ..." / "AXLR8" / "4. The total annual cost ..."
    text = """\
Please provide the following information for the most recent full financial year available:
1. The total number of Freedom of Information (FOI) requests handled.
1362
3. The names of any software systems or tools used by the FOI team to manage or track requests.
AXLR8
4. The total annual cost of those software systems.
£6,660 (Including VAT)
"""
    assert _statuses(parse_reply(text, HANDLING)).get("3") == "successful"


# "... in which you requested the following information –" over the request, "... would advise as follows –" ------

def test_request_restated_after_requested_the_following_information_is_the_requests():
    # liverpool-foi-administration-2018 ("Liverpool City Council would advise as follows -" starts the answer);
    # "I wish to request the following information:" in moray-pothole-compensation-payouts-2025 likewise
    from reader.masking import ignored_spans
    text = """\
Thank you for your recent request received 27 June 2018. Your request was actioned
under the Freedom of Information Act 2000 in which you requested the following
information –
I would like to make an FOI request for the following pieces of information:
1. How many people are employed to deal with FOI?
4. Do you publish a disclosure log?

Liverpool City Council would advise as follows –
The Information Team comprises Officers from within Democratic Services, with a total of 4 FTE individuals.
"""
    spans = ignored_spans(text.replace("\u2013", "-"))
    masked = "".join(text[a:b] for a, b in spans)
    assert "4. Do you publish a disclosure log?" in masked and "4 FTE individuals" not in masked


# A short form whose letters are a hyphened word's parts ----------------------------------------------------

FOI_COSTS = load_survey(DRAFTED / "foi-handling-costs-2025.edited.toml")   # asks "full-time equivalent (FTE)"


def test_a_hyphened_words_parts_give_a_short_forms_letters():
    # wokingham-foi-handling-2025, asked "The number of full-time equivalent (FTE) and part-time employees ...":
    # "Two individuals (2 FTE) in the central team that log, process and respond to applicants requests."
    text = ("2. The number of full-time equivalent (FTE) and part-time employees involved in handling FOI requests.\n"
            "Two individuals (2 FTE) in the central team that log, process and respond to applicants requests.\n")
    reply = parse_reply(text, FOI_COSTS)
    assert [(f.question, f.value) for f in reply.facts] == [("2", 2)]


def test_initials_of_hyphened_words():
    from reader.survey import _initial_words
    assert _initial_words("The number of full-time equivalent ", "fte")[-3:] == ["full", "time", "equivalent"]
    assert _initial_words("reports of anti-social behaviour ", "asb") is not None
    assert _initial_words("the fixed penalty notices ", "fpn") is not None        # whole words, as before
    assert _initial_words("the part-time staff ", "fte") is None


# A figure whose own noun names people, under the one question that counts people --------------------------

FOI_ADMIN = load_survey(DRAFTED / "foi-administration-2018.toml")   # drafted subject "people employed"


def test_a_count_of_people_in_prose_answers_the_question_that_counts_people():
    # liverpool-foi-administration-2018: the answers in prose, no numbers, no question's words
    text = """\
Freedom of Information Request 606268 
Thank you for your recent request received 27 June 2018. Your request was actioned 
under the Freedom of Information Act 2000 in which you requested the following 
information – 
I would like to make an FOI request for the following pieces of information: 
1. How many people are employed to deal with FOI?  
2. What is the budget for administering FOI?  
3. Do you use case management software for FOI? If so, which one?  
4. Do you publish a disclosure log? 
If not all information is available, please treat questions individually. 

Liverpool City Council would advise as follows –  
The Information Team deals with requests received under the Freedom of Information 
Act 2000, Environment Information Regulations, Data Protection Act 2018 and General 
Data Protection Regulation. The Information Team comprises Officers from within 
Democratic Services, with a total of 4 FTE individuals having responsibility included 
within their Job Description – however and to be clear, the Officers concerned have 
wider responsibilities and as such dealing with Information Requests is only a small 
element of their responsibilities. In addition each Directorate has Information 
Champions to support the dissemination of information across the organisation and to 
ensure information required for responses is collated. Responses are issued either by 
the Information Champion or by the Information Team directly.  
"""
    reply = parse_reply(text, FOI_ADMIN)
    assert [(f.question, f.value) for f in reply.facts] == [("1", 4)]


def test_people_named_after_the_figure_by_an_agents_noun():
    # brighton-hove-foi-administration-2018: "There are also 30 FOI coordinators distributed throughout the
    # organisation, which serve as a liaison point for the central team."
    text = """\
Freedom of Information Act 2000
 
Please find our response to your FOI request below;
1. How many people are employed to deal with FOI? 
FOI is administered centrally by the Information Governance Team. One staff 
member works on it full time, with input from three others as and when required 
to support initial case handling, internal reviews or ICO casework. 
 
There are also 30 FOI coordinators distributed throughout the organisation, 
which serve as a liaison point for the central team.  The FOI coordinators do not 
work full time in this capacity, but do it in concert with wider departmental 
duties. 
"""
    reply = parse_reply(text, FOI_ADMIN)
    # ("three others" counts staff too: tests/test_reader_forms_foi_handling2.py)
    assert [(f.question, f.value) for f in reply.facts] == [("1", 1), ("1", 3), ("1", 30)]


def test_no_people_counted_where_two_questions_count_people_or_the_noun_is_no_person():
    from reader.facts.people import people_counted
    text = "with a total of 4 FTE individuals having responsibility; 12 laptops"
    assert people_counted(text, text.index("4") + 1, FOI_ADMIN) == "people_employed"
    assert people_counted(text, text.index("12") + 2, FOI_ADMIN) is None
    two = load_survey(DRAFTED / "foi-administration-2018.toml")
    object.__setattr__(two, "questions", two.questions + (two.questions[0].__class__(
        **{**two.questions[0].__dict__, "id": "9", "subject": "case_management"}),))
    assert people_counted(text, text.index("4") + 1, two) is None


def test_a_question_counts_people_named_a_few_words_after_number_of():
    # wokingham-foi-handling-2025: "The number of full-time equivalent (FTE) and part-time employees ..." counts
    # people (its "employees" the sixth word on), so the internal reviewers counted in prose are its figure
    text = """\
2. The number of full-time equivalent (FTE) and part-time employees involved in handling FOI requests.
Two individuals (2 FTE) in the central team that log, process and respond to applicants requests. There are numerous individuals around the Council who act as super-users for their area which get allocated the request then liaise with the relevant people in the department. There will be a number of individuals who then provide the information to answer the questions – we do not hold the FTE or number of staff for this.
Internal reviews are carried out by our Legal Services team. Currently there are three individuals who mainly pick up these requests, but could be allocated to any solicitor if required. We do not have details of the FTE on this.
"""
    reply = parse_reply(text, FOI_COSTS)
    assert [(f.question, f.value) for f in reply.facts] == [("2", 2), ("2", 3)]
