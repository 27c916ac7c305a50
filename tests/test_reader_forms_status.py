"""Each question's status, read from forms of English councils write about anything (refused, not held, partly):
each test quotes real reply text (the reply named in each test, from tests/files/real_set/<topic>/<slug>.txt, cut to
the lines that matter)."""

from __future__ import annotations

from reader import load_survey, parse_reply
from reader.classify import find_exemptions
from tests.reading_helpers import DRAFTED, SURVEYS, statuses, survey_of


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



def test_no_data_set_to_count_from_is_not_held_and_the_requests_own_question_over_its_sign_off_answers_nothing():
    # taxi-licensing/north-lanarkshire-private-hire-licence-numbers-2015 (the stored page is cut mid-word)
    q5 = ("Number of persons GRANTED a private hire driver's licence for EACH fiscal year from April 2012 until April "
          "2015, where the applicant's address stated is outwith the North Lanarkshire council area.")
    survey = survey_of([("4", "Number of private hire vehicle licences GRANTED for EACH fiscal year from April 2012 "
                              "until April 2015."), ("5", q5)])
    text = ("(4) Number of private hire vehicle licences GRANTED for EACH fiscal year from April 2012 until April "
            "2015.\n\n(5) " + q5 + "\n\nYours faithfully,\n\nGlassgow Taxi Association\nClyde Offices\n\n"
            "Dear Sir/Madam\n\nHaving investigated, my response to your questions 1-5 is as follows:-\n\n"
            "(4) The number of private hire vehicle licences granted during the period 2012/2013 to 2014/2015 is as "
            "follows:-\n\n2012/2013 \u2013 272\n2013/2014 \u2013 355\n2014/2015 \u2013 460\n\n"
            "(5) I regret to advise you that there is no data set that easily enables u\n")
    assert statuses(text, survey)["5"] == "not_held"


def test_an_answer_that_is_only_not_known_is_not_held():
    # taxi-licensing/wokingham-taxi-licensing-21650
    text = ("2. Applications and licensing decisions - The number of driver licence applications:\n"
            "\u2022 Received: 212\n\u2022 Granted: 294\n\u2022 Refused: Not currently known\n")
    from reader.classify import find_not_held
    assert find_not_held(text)
    got = statuses(text, load_survey(SURVEYS / "taxi-licensing-drivers-2023-2025.toml"))
    assert (got["2a"], got["2b"], got["2c"]) == ("successful", "successful", "not_held")
    assert not find_not_held("The outcome is known to the applicant.\nReceived: 212\n")


def test_a_request_of_one_question_answered_with_figures_beside_a_cost_limit_refusal_is_given_in_part():
    # taxi-licensing/tfl-taxi-complaints-foi-1950-1819
    survey = load_survey(SURVEYS / "taxi-licensing-tfl-taxi-complaints-2018.toml")
    text = ("Unfortunately, to provide the information you have requested would exceed the "
            "\u2018appropriate limit\u2019 "
            "of \u00a3450 set by the Freedom of Information (Appropriate Limit and Fees) Regulations 2004.\n\n"
            "Under section 12 of the FOI Act, we are not obliged to comply with a request if we estimate that the cost "
            "of determining whether we hold the information, locating and retrieving it and extracting it from other "
            "information would exceed the appropriate limit.\n\n"
            "The ability to split Taxi complaints and Private Hire complaints has only been possible from 2016/17. "
            "Therefore, we would have to manually review approximately 16,000 cases to determine whether they were a "
            "taxi or private hire complaint.\n\n"
            "Please find below figures for taxi driver complaints we have available:\n\n"
            "  \u2022 2016/17: 2,845\n\n  \u2022 2017/18: 5,351\n")
    reply = parse_reply(text, survey)
    assert [(q.question, q.outcome, q.exemptions) for q in reply.questions] == \
        [("1", "partially_successful", ["s12"])]


def test_the_information_for_one_year_sent_to_a_link_beside_a_refusal_of_the_other_years_is_given_in_part():
    # taxi-licensing/moray-taxi-licences-criminal-record-101000308519 (no s21 or s25 cited for the link)
    survey = survey_of([("1", "By calendar year, from 2010 to 2014, how many taxi licences have been given to drivers "
                              "with a criminal record."),
                        ("2", "In each instance, provide a summary of their criminal record.")])
    text = ("Response 24-12-2014\n\nThe information for 2014 can be found here.\n\n"
            "The information for 2010-2013 is exempt under Section 12(1) of the Freedom of Information (Scotland) Act "
            "2002, excessive cost as there is no further specification available without manually reviewing all taxi "
            "application records for the period in question.\n")
    reply = parse_reply(text, survey)
    assert reply.outcome == "partially_successful"
    assert statuses(text, survey) == {"1": "partially_successful", "2": "partially_successful"}


def test_a_questions_own_bullets_quoted_under_its_number_are_no_answer():
    # planning-enforcement/moray-planning-enforcement-orders-2014, read with its draft (question 3 keeps its bullets):
    # the request quoted above one "not held" for all of it
    q3 = ("If yes, are you able to provide me with any information on this, including (but not limited to): "
          "\u2022 whether the application was successful \u2022 approximate length of time taken from application to "
          "grant/refusal of order \u2022 the procedure required (any detail which is not in the Localism Act would be "
          "of assistance) \u2022 any notes taken during the hearing (with personal information redacted)")
    survey = survey_of([("1", "In accordance with section 124 of the Localism Act 2011, has your local authority "
                              "applied to the Magistrates' Court for a planning enforcement order to enforce against "
                              "any breaches of planning control?"), ("2", "If yes, how many times?"), ("3", q3)])
    text = ("1. In accordance with section 124 of the Localism Act 2011, has your local authority applied to the "
            "Magistrates' Court for a planning enforcement order to enforce against any breaches of planning "
            "control?\n\n2. If yes, how many times?\n\n"
            "3. If yes, are you able to provide me with any information on this, including (but not limited to):\n"
            "\u2022 whether the application was successful\n"
            "\u2022 approximate length of time taken from application to grant/refusal of order\n"
            "\u2022 the procedure required (any detail which is not in the Localism Act would be of assistance)\n"
            "\u2022 any notes taken during the hearing (with personal information redacted)\n\n"
            "Response 19-05-2014\n\n"
            "This information is not held and is therefore exempt under Section 17 of the Freedom of Information "
            "(Scotland) Act.  This legislation is applicable in England.\n")
    assert statuses(text, survey) == {"1": "not_held", "2": "not_held", "3": "not_held"}


# (passes hooked into reply.py)
MORAY_ACTIONS = (
    "1. How many formal planning enforcement actions did Moray Council initiate in the financial years:\n"
    "a) 2023-24,\nb) 2024-25\nc) 2025-26 financial year to date\n\n\n"
    "2. How many formal planning enforcement actions initiated by Moray Council resulted in the resolution of that "
    "breech of planning control in the financial years:\na) 2023-24,\nb) 2024-25\n"
    "c)2025-26 financial year to date\n\n\n"
    "3. How many full time equivalent staff did Moray Council employ whose role was primarily focused on planning "
    "enforcement, at the end of each of the financial years:\na) 2022-23,\nb) 2023-24\nc) 2024-25 financial years\n\n"
    "Response 25-08-2025\n\n"
    "1. The information is published on our website in the Enforcement Register. This information is therefore "
    "exempt under section 25 of the Freedom of Information (Scotland) Act 2002, information otherwise accessible. "
    "For ease of reference please find a link to the web page here: "
    "http://www.moray.gov.uk/moray_standard/page_82193.html \n\n"
    "2. This information is not collated; to get this information we would have to look at every case individually. "
    "Given the number of records, looking through them individually would take in excess of 40 hours and this would "
    "cost the Council in excess of \u00a3600. In accordance with section 12 of the Freedom of Information (Scotland) "
    "Act 2002, excessive cost, we are therefore unable to comply with this part of your request.\n\n"
    "3. a) 2\n\nb) 1.5\n\nc) 1.5\n")


def test_a_refusal_under_a_bare_number_refuses_the_questions_lettered_parts():
    # planning-enforcement/moray-planning-enforcement-actions-2025: "1." and "2." refused under s25 and s12 (the
    # "not collated" saying why the search would cost too much), "3." answered part by part
    survey = load_survey(SURVEYS / "planning-enforcement-actions-2025.toml")
    reply = parse_reply(MORAY_ACTIONS, survey)
    got = {q.question: (q.outcome, q.exemptions) for q in reply.questions}
    assert [got.get(q) for q in ("1a", "1b", "1c")] == [("rejected", ["s25"])] * 3
    assert [got.get(q) for q in ("2a", "2b", "2c")] == [("rejected", ["s12"])] * 3
    assert reply.outcome == "partially_successful"


DOVER_QUARTERLY = (
    "1. The Council considers that the Quarterly Planning Enforcement report is exempt from disclosure under "
    "Regulation 12(5(b) of the Environmental Information Regulations.\n\n"
    "2. As follows:\n\n"
    "  \u2022 117.\n  \u2022 58. \n  \u2022 81.\n"
    "  \u2022 1 Listed Building Enforcement Notice, 1 Temporary Stop Notice and 1 Breach Of Condition Enforcement "
    "Notice\n"
    "  \u2022 The Council does not hold this information.\n"
    "  \u2022 The Council does not hold this information.\n"
    "  \u2022 The Council does not hold this information.\n")


def test_a_question_asked_in_parts_answered_by_as_many_bullets_under_its_number():
    # planning-enforcement/dover-planning-enforcement-quarterly-report-16734, with the survey that letters question
    # 2's seven bullets 2a-2g
    survey = load_survey(SURVEYS / "planning-enforcement-quarterly-report-2026.toml")
    got = statuses(DOVER_QUARTERLY, survey)
    assert [got.get(q) for q in ("2a", "2b", "2c", "2d", "2e", "2f", "2g")] == \
        ["successful"] * 4 + ["not_held"] * 3
    assert got["1"] == "rejected"


def test_none_provided_to_a_questions_first_part_answers_the_parts_that_follow_on_from_it():
    # trade-unions/tpr-trade-unions-foi-320 (and rushcliffe-trade-unions-3570393: "- No additional space is allocated")
    survey = load_survey(SURVEYS / "trade-unions-facility-time-2024.toml")
    text = ("Response\n- We do not provide office accommodation to staff to carry out trade union business.\n"
            "- Yes, we do. However, we only process check-off for a small number of long-serving members of staff. "
            "No, we don\u2019t charge a fee.\n")
    got = statuses(text, survey)
    assert [got.get(q) for q in ("1a", "1b", "1c", "1d")] == ["successful"] * 4
    # a "not held" for the first part is no answer to the others
    text = text.replace("We do not provide office accommodation to staff to carry out trade union business",
                        "We do not hold information on office accommodation for trade union business")
    assert statuses(text, survey).get("1b") != "successful"


def test_questions_answered_under_their_numbers_above_a_cost_limit_refusal_are_answered():
    # taxi-licensing/dover-taxi-driver-convictions-fi15042 (read with the survey whose subjects the 209s do not name,
    # so no figure is tied to them); the page ends inside 3's refusal
    survey = load_survey(SURVEYS / "taxi-licensing-convictions-2024.toml")
    text = ("Request\nSince the 1st of August 2022:\n"
            "  1. The number of new and renewed taxi (Hackney Carriage) driver licenses you have granted.\n"
            "  2. The number of new and renewed Private Hire Vehicle (PHV) driver licenses you have granted.\n"
            "  3. The number of taxi licences granted to drivers with criminal convictions.\n"
            "Response\n"
            "  1. 209 (Dover District Council issues joint Hackney Carriage and Private Hire Driver Licences)\n"
            "  2. 209 (Dover District Council issues joint Hackney Carriage and Private Hire Driver Licences)\n"
            "  3. I can confirm that the Council holds information falling within the description specified in your "
            "request, however it is not readily available and from our preliminary assessment, we have estimated that "
            "the cost of complying with your request would exceed the \u2018appropriate limit\u2019.   The appropriate "
            "limit has been specified in regulations and for Local Government it is set at \u00a3450.\n")
    got = statuses(text, survey)
    assert (got["1"], got["2"], got["3"]) == ("successful", "successful", "rejected")
    assert parse_reply(text, survey).outcome == "partially_successful"


def test_a_bulleted_request_with_a_question_asked_without_its_question_mark_answered_by_as_many_bullets():
    # planning-enforcement/dover-planning-breaches-developers-16235: the first item ends with "and where."
    survey = load_survey(SURVEYS / "planning-breaches-developers-2025.toml")
    text = ("Request\n"
            "- How many breaches of planning conditions have there been in the last seven years on major new housing "
            "and other developments by persimmon homes in Deal district and where.\n"
            "- How many gave there been during the same period in Deal for Quinn estates?\n"
            "- How are these planning enforcement breach checks carried out on major new developments and by whom?\n"
            "- How many of these breeches are still open enforcement investigations?\n"
            "Response\n"
            "- Where formal action is taken for breach of planning legislation, this is available on the Planning "
            "Enforcement Register which is available online at https://www.dover.gov.uk/Planning/Planning-Enforcement-"
            "Register.pdf.\n"
            "- Where formal action is taken for breach of planning legislation, this is available on the Planning "
            "Enforcement Register which is available online at https://www.dover.gov.uk/Planning/Planning-Enforcement-"
            "Register.pdf.\n"
            "- This information can be found in the Planning Enforcement Plan which is available online at "
            "https://www.dover.gov.uk/Planning/PEP-Oct-31-2018-DC-LJ-1.pdf\n"
            "- This will be shown on the Planning Enforcement Register.\n")
    assert statuses(text, survey) == {"1": "successful", "2": "successful", "3": "successful", "4": "successful"}


def test_nothing_given_and_the_information_requested_exempt_refuses_every_question():
    # planning-enforcement/hastings-pier-enforcement-2019 (its heading's "Enforcement Issues" stands near one question)
    survey = load_survey(SURVEYS / "planning-enforcement-pier-correspondence-2019.toml")
    text = ("Response\nThe information requested regarding Enforcement Issues on Hastings Pier.\n"
            "This is an on-going case and as such, we are unable to disclose the requested information, please see "
            "refusal notice below:\nNotice of Refusal\n"
            "Under Environmental Information Regulations the information requested is exempt under Exception 12(5)(b) "
            "The course of justice and inquiries\n")
    assert statuses(text, survey) == {q.id: "rejected" for q in survey.questions}


def test_the_replys_own_numbered_answer_is_read_before_the_requests_question_quoted_above_it():
    # planning-enforcement/moray-planning-enforcement-breaches-2013, read with its edited draft: the request's "6)
    # In how many cases ...?" stands above the log's clarification exchange; the reply's "6. See Q4 response above."
    survey = load_survey(DRAFTED / "planning-enforcement-breaches-2013.edited.toml")
    text = MORAY_BREACHES.replace(
        "Clarification Sought 11-11-2013\n\n",
        "Clarification Sought 11-11-2013\n\nAs all the other questions relate to enforcement.  Is the first question "
        "meant to relate to retrospective applications submitted as a result of enforcement rather than just the "
        "total number.  Can you clarify please.\n\n")
    got = statuses(text, survey)
    assert (got["4"], got["6"]) == ("not_held", "not_held")


def test_an_answer_row_of_small_numbers_all_withheld_is_refused():
    # potholes/moray-pothole-complaints-compensation-2024
    survey = survey_of([("1", "The number of motorists who have lodged a complaint about a pothole and requested "
                              "compensation."),
                        ("2", "The number of people who have received a payout for pothole compensation."),
                        ("3", "The total amount paid by the council for pothole compensation.")])
    text = ("Response 30-07-2024\n"
            "Question | June 2021 -May 2022 | June 2022 \u2013 May 2023 | June 2023 -May 2024 |\n"
            "1. | 58 | 20 | 71 |\n2. | <5* | <5* | <5* |\n3. | \u00a31,067.79 | \u00a385.50 | \u00a3648.59 |\n"
            "*Due to the low numbers involved (between 1 and 5), a breakdown of the number of people who received a "
            "payout each year could lead to the identification of individuals. This information is therefore exempt "
            "under section 38(1)(b) of the Freedom of Information (Scotland) Act 2002, personal information.\n")
    assert statuses(text, survey)["2"] == "rejected"
    from reader.numbered_answers import _all_cells_suppressed
    assert _all_cells_suppressed("| <5* | <5* | <5* |") and not _all_cells_suppressed("| 9 | <5* | 7 |")


def test_a_part_answered_by_the_sentence_of_its_sisters_answer_paragraph_that_names_its_words():
    # trade-unions/devon-trade-unions-2024: the space's size is 1a's (its figure), the valuation 1c's
    survey = load_survey(SURVEYS / "trade-unions-facility-time-2024.toml")
    text = ("1. The details of any office accommodation your organisation provides to staff to carry out trade union "
            "business. Please include details of:\n"
            "* space measured in square feet\n"
            "* how much of this space is contained within entirely separate buildings (i.e. occupied solely by staff "
            "carrying out trade union business)\n\n"
            "The Council provide 2 rooms for Trade Union business, both rooms are within the same building. No "
            "professional valuation of its rental value has been sought. The combined square footage is 452 square "
            "feet. These rooms are provided for free by the Council.\n")
    got = statuses(text, survey)
    assert got.get("1a") == "successful" and got.get("1c") == "successful"
    # the request's own words in the paragraph answer nothing: "please provide the total cost ... and the budget"
    from reader.parts_in_sentences import parts_in_sentences
    from reader.classify import QuestionResult
    asked = ("3. With regard to trade union facility time, please provide the total cost of facility time from your "
             "pay bill for the financial year 2023/24 and the budget for the current financial year. Please also "
             "advise the current number of employees that you fund to be union officials, measured as full time "
             "equivalents?\nWe do not fund anyone to be TU officials here we just have workplace reps.\n")
    said = [QuestionResult("3c", "successful", [], False, "", asked.index("We do"), len(asked) - 1)]
    assert [r.question for r in parts_in_sentences(said, survey, asked, asked)] == ["3c"]


def test_the_questions_words_said_in_the_negative_under_it_answer_it():
    # trade-unions/ashford-st-peters-trade-union-accommodation-3481: the question restated as a heading, the answer
    # below in its words with "No"
    survey = load_survey(SURVEYS / "trade-unions-accommodation-2014.toml")
    text = ("Details of the Response\n"
            "Whether a professional valuation of the market rental value of the space has been sought either in-house "
            "or externally, and if so, what the valuation of the space was\n"
            "No professional valuation of the market rental value of the space has been sought either in-house or "
            "externally.\n \n")
    from reader.restated import _answer_below_restated
    q = next(q for q in survey.questions if "valuation" in q.text)
    assert _answer_below_restated(text, q, survey) is not None


def test_a_refusal_that_names_what_it_refuses_in_one_questions_words_refuses_that_question():
    # settlement-agreements/devon-non-disclosure-agreements-2014-2018 (the table's figures answer 1 and 3)
    survey = load_survey(SURVEYS / "settlement-ndas-2014-2017.toml")
    text = ("The figures below relate to Settlement and COT 3 agreements. None of these prevent employees from "
            "whistleblowing.\n\nYear Number Total\n2014 30 \u00a3487,177.66\n2015 32 \u00a3336,329.80\n\n"
            "To provide reasons for the agreements we would have to manually review each of over one hundred and "
            "twenty cases and then take a decision about the reason. As each one would take a substantial amount of "
            "time the total time needed would be in excess of 18 hours and is therefore exempt under the Freedom of "
            "Information Act Section 12 \u2013 Cost of Compliance.\n")
    got = {q.question: (q.outcome, q.exemptions) for q in parse_reply(text, survey).questions}
    assert got["2"] == ("rejected", ["s12"])
