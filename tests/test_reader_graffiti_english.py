"""Council English the held-out topic graffiti showed the reader missing (issue 13), each written as a general rule
about how councils write and tested on quoted real text (the reply each quote comes from is named):

- a request letter left whole on a log's page, from "I am writing to you under the Freedom of Information Act ...
  to request" to "I look forward to your response", is the requester's: its "please specify" asks the council,
  it is not the council asking back;
- part of what was asked is held: "we hold some of the information you require", "... only holds information
  from 2013 to date", "we can only provide costs from our contractor from 2015 onwards", "We did not separate
  charges ... from the other grounds maintenance costs", "The cost is include within the core service cleansing
  contract" (but not "The Council may therefore hold some of the information ..." before a cost refusal);
- an exemption cited for "the information requested" when nothing is given withholds every question;
- asked how many people, a figure followed by a noun of its own that names no person counts something else:
  "31 labour days x 2 men (approx. 250 labour hours) - 34 jobs" gives 2, and "30 ditto." repeats the days above.
"""

from __future__ import annotations

from reader import parse_reply
from reader.facts.people import counts_people, noun_after
from reader.requester import requesters_letters
from reader.survey import parse_survey


def statuses(reply) -> dict[str, str | None]:
    return {q.question: q.outcome for q in reply.questions}


SPEND = parse_survey('''
name = "spend"
title = "Graffiti spend and cases"
[periods]
asked = [{ label = "2017/18", start = 2017-04-01, end = 2018-03-31 }]
[subjects.spend]
synonyms = ["spending on clearing up graffiti", "spend(?:ing)?"]
[subjects.cases]
synonyms = ["cases of graffiti"]
[[questions]]
id = "1"
text = "How much has the council been spending on clearing up graffiti?"
subject = "spend"
measures = ["total_cost_gbp"]
[[questions]]
id = "2"
text = "How many cases of graffiti have been reported/recorded year on year?"
subject = "cases"
measures = ["count"]
''')


# Hastings, FOI-83677974 (graffiti/hastings-graffiti-spend-cases-2018): the page runs the request on after its dates
HASTINGS_2018 = (
    "FOI request (FOI-83677974)\nRequested Fri 03 August 2018\n"
    "Responded Wed 15 August 2018I am writing to you under the Freedom of Information Act 2000 to request the "
    "following information from the council\u2026\n"
    "For the past ten years, year on year, please provide the following data, (please specify whether the data is "
    "calendar or financial year):\n"
    "How much has the council been spending on clearing up graffiti? (year on year for the past 10 etc)\n"
    "How many cases of graffiti have been reported/recorded year on year, for the past 10 years?\n"
    "If you have any queries please don't hesitate to contact me via email or phone and I will be happy to clarify "
    "what I am asking for, my details are outlined below.\n"
    "Thank you for your time and I look forward to your response.\n"
    "The cost is include within the core service cleansing contract please see spreadsheet attached, for figures\n")


def test_a_request_letter_left_on_the_page_is_the_requesters():
    start = HASTINGS_2018.index("I am writing")
    end = HASTINGS_2018.index("your response.") + len("your response.")
    assert requesters_letters(HASTINGS_2018, []) == [(start, end)]
    reply = parse_reply(HASTINGS_2018, SPEND)
    assert reply.kind == "response"     # not the requester's "please specify" read as a clarification request
    assert statuses(reply)["1"] == "not_held"     # a cost kept inside a contract's, not apart


def test_a_council_asking_back_is_no_request_letter():
    # a council's own letter asking for clarification holds no request "under the Act" and closing line of the kind
    text = ("Thank you for your request. Before we can proceed, could you please clarify which years you mean?\n"
            "I look forward to hearing from you.\n")
    assert requesters_letters(text, []) == []
    assert parse_reply(text, SPEND).kind == "clarification_request"


TEN_YEARS = parse_survey('''
name = "removal"
title = "Graffiti removed and its cost"
[subjects.removed]
synonyms = ["pieces of graffiti", "removed"]
[subjects.cost]
synonyms = ["cost of removing graffiti", "costs?"]
[[questions]]
id = "1"
text = "The number of pieces of graffiti that have had to be removed in each of the last ten years?"
subject = "removed"
measures = ["count"]
[[questions]]
id = "2"
text = "The total cost of removing graffiti in each of the last ten years?"
subject = "cost"
measures = ["total_cost_gbp"]
''')


def test_only_some_years_held_makes_the_answer_partly():
    # Hastings, FOIR-369070119 (graffiti/hastings-graffiti-removal-foir-369070119)
    text = ("Response\n1. Hastings Borough Council only holds information from 2013 to date:\n"
            "2013 - 196\n2014 - 219\n2015 - 228\n")
    reply = parse_reply(text, TEN_YEARS)
    assert statuses(reply)["1"] == "partially_successful"
    assert reply.outcome == "partially_successful"


def test_costs_not_separated_before_a_contract_make_the_answer_partly():
    # Rushcliffe, A1345855 (graffiti/rushcliffe-graffiti-removal-a1345855)
    text = ("Response\n\nThe number of pieces of graffiti that have had to be removed in your local authority area in "
            "each of the last ten years?\n\n  \u2022 2020/21 - 34\n  \u2022 2019/20 - 57\n\n"
            "The total cost of removing graffiti in each of the last ten years?\n\n"
            "  \u2022 2020/21 - \u00a39,985\n  \u2022 2019/20 - \u00a39,720\n\n"
            "We did not separate charges relating to Graffiti from the other grounds maintenance costs from 2011 "
            "until the prime contract with our contractor began, so we are not able to easily identify what charges "
            "would relate solely to Graffiti removal between 2011 and august 2014. Therefore we can only provide "
            "costs from our contractor from 2015 onwards.\n")
    reply = parse_reply(text, TEN_YEARS)
    assert statuses(reply) == {"1": "successful", "2": "partially_successful"}
    assert reply.outcome == "partially_successful"


def test_some_of_the_information_held_beside_figures_is_partly_successful():
    # Transport for London, FOI-1972-2021 (graffiti/tfl-graffiti-anti-covid-2021)
    text = ("Thank you for your request received by Transport for London (TfL) on 4 January 2021.\n\n"
            "Your request has been considered in accordance with the requirements of the Freedom of Information Act "
            "and our information access policy.  I can confirm that we hold some of the information you require.\n\n"
            "  1. The number of pieces of graffiti that have had to be removed?\n\n"
            "There were 32,605 pieces removed in 2019 and 15,349 in 2020.\n")
    reply = parse_reply(text, TEN_YEARS)
    assert reply.outcome == "partially_successful"
    assert statuses(reply)["1"] == "successful"     # the sentence is of the whole request, not of question 1


def test_may_hold_some_before_a_cost_refusal_is_no_not_held():
    # Dover, FI16226 (agency-staff/dover-agency-workers-2025)
    text = ("The Council may therefore hold some of the information falling within the description specified in "
            "your request, but as it is not readily available and from our preliminary assessment, we have "
            "estimated that the cost of complying with your request would exceed the appropriate limit under "
            "section 12 of the Freedom of Information Act.\n")
    reply = parse_reply(text, TEN_YEARS)
    assert reply.outcome == "rejected"
    assert set(statuses(reply).values()) == {"rejected"}


def test_an_exemption_for_the_information_requested_withholds_every_question():
    # Transport for London, FOI-0091-1718 (graffiti/tfl-graffiti-trains-s38-2018)
    text = ("You asked\n\nThe number of pieces of graffiti that have had to be removed -It would be great if it could "
            "be broken down by year and by quarter\n\nWe answered\n\n"
            "Your request has been considered in accordance with the requirements of the Freedom of Information Act "
            "and our information access policy. I can confirm that we hold some of the information you require.\n\n"
            "However, in accordance with the FOI Act, we are not obliged to supply the information requested as it "
            "is subject to a statutory exemption to the right of access to information under section 38(1)(b) of the "
            "Act.\n")
    reply = parse_reply(text, TEN_YEARS)
    assert reply.outcome == "rejected"
    assert statuses(reply) == {"1": "rejected", "2": "rejected"}


STAFF = parse_survey('''
name = "staff"
title = "Employees clearing graffiti"
[periods]
asked = [{ label = "2011/12", start = 2011-04-01, end = 2012-03-31 },
         { label = "2012/13", start = 2012-04-01, end = 2013-03-31 }]
[subjects.staff_tasked]
synonyms = ["council employees", "employees"]
[[questions]]
id = "1"
text = "How many council employees were tasked with clearing up graffiti during 2011/12 and 2012/13?"
subject = "staff_tasked"
measures = ["count"]
periods = ["2011/12", "2012/13"]
''')


def test_a_count_of_people_written_beside_the_work_they_did():
    # Moray, 101001201910 (graffiti/moray-graffiti-chewing-gum-2016)
    text = ("3. No. of Council employees tasked with clearing up graffiti during:\n\n"
            "2011/12 \u2013 31 labour days x 2 men ( approx. 250 labour hours) \u2013 34 jobs\n\n"
            "2012/13 -  30 ditto. (approx. 240 labour hours) \u2013 50 jobs\n\n"
            "2013/14 \u2013 20 ditto. ( approx. 160 labour hours) \u2013 25 jobs\n")
    facts = [(f.subject, f.measure, f.value, f.period) for f in parse_reply(text, STAFF).facts]
    assert facts == [("staff_tasked", "count", 2.0, "2011/12")]
    assert noun_after(text, text.index("30 ditto") + 2) == "days"       # "ditto" repeats the noun above
    assert noun_after(text, text.index("20 ditto") + 2) == "days"       # ...through another "ditto"


def test_what_counts_people():
    assert counts_people("How many council employees were tasked with clearing up graffiti?")
    assert counts_people("The number of people on community payback orders who carried out the work")
    assert not counts_people("How many incidents of graffiti have been reported?")
    # nouns that may name people keep their figure; words that are no noun are none
    assert noun_after("eleven officers: 7 community wardens", 18) == "wardens"
    assert noun_after("45 in total", 2) is None
    assert noun_after("12 were issued", 2) is None


INCIDENTS = parse_survey('''
name = "incidents"
title = "Graffiti incidents and the cost of removal"
[periods]
asked = [{ label = "1st April 2020 - 31st January 2021", start = 2020-04-01, end = 2021-01-31 }]
[subjects.reported]
synonyms = ["incidents? of graffiti", "reported"]
[subjects.cost]
synonyms = ["annual cost", "costs?"]
[[questions]]
id = "1"
text = "How many incidents of graffiti have been reported to your local authority between 1st April 2020 and 31st January 2021?"
subject = "reported"
measures = ["count"]
periods = ["1st April 2020 - 31st January 2021"]
[[questions]]
id = "2"
text = "Can you provide any information on the specific annual cost for the removal of graffiti? If so, please provide details on costs."
subject = "cost"
measures = ["total_cost_gbp"]
''')


def test_a_question_restated_with_a_double_space_heads_its_answer():
    # Moray, 101002690889 (graffiti/moray-graffiti-removal-2021): the request quoted at the top, then each question
    # again over its answer, typed with a double space ("between  1st April"), as the page has it
    ask1 = ("(1) How many incidents of graffiti have been reported to your local authority between  1st April 2020 "
            "and 31st January 2021?  ")
    ask2 = ("(2) Can you provide any information on the specific annual cost for the removal of graffiti in your "
            "local authority area? If so, please provide details on costs.  ")
    text = f"{ask1}\n\n{ask2}\n\nResponse 19.02.21\n\n{ask1}\n10 in total.\n\n{ask2}\nWe do not hold this information.\n"
    facts = [(f.question, f.subject, f.measure, f.value) for f in parse_reply(text, INCIDENTS).facts]
    assert facts == [("1", "reported", "count", 10.0)]     # not the cost asked by the question quoted last


CLEANING = parse_survey('''
name = "cleaning"
title = "Money spent on clearing graffiti and chewing gum"
[subjects.graffiti_spend]
synonyms = ["graffiti"]
[subjects.gum_spend]
synonyms = ["chewing gum"]
[measures.total_cost_gbp]
cues = ["spent", "spend", "cost", "£"]
[[questions]]
id = "1"
text = "How much money your council has spent in total, since the beginning of 2011, on clearing up graffiti."
subject = "graffiti_spend"
measures = ["total_cost_gbp"]
[[questions]]
id = "2"
text = "How much money your council has spent in total, since the beginning of 2011, on removing chewing gum."
subject = "gum_spend"
measures = ["total_cost_gbp"]
''')


def test_nil_asked_how_much_was_spent_is_nothing_spent():
    # Moray, 101001201910 (graffiti/moray-graffiti-chewing-gum-2016)
    text = "Response 27-06-2016\n\n1. Graffiti \n\n2011/12 - \u00a37,688.30\n\n2. Chewing Gum \u2013 Nil\n"
    facts = [(f.question, f.measure, f.value) for f in parse_reply(text, CLEANING).facts]
    assert facts == [("1", "total_cost_gbp", 7688.3), ("2", "total_cost_gbp", 0.0)]


def test_a_price_each_given_for_a_total_asked():
    # Hastings, FOIR-369070119 (graffiti/hastings-graffiti-removal-foir-369070119)
    text = ("Response\n2. In July 2019 the street cleaning contract came in house. The cost is roughly \u00a338 per job. "
            "Previous to July 2019 we do not have the breakdown of costs as it was included within the joint waste "
            "street cleaning contract.\n")
    reply = parse_reply(text, TEN_YEARS)
    assert [(f.question, f.measure, f.value) for f in reply.facts] == [("2", "unit_cost_gbp", 38.0)]
    assert statuses(reply)["2"] == "partially_successful"     # a price each given, the earlier costs not held


def test_a_request_pasted_one_ask_to_a_line_keeps_every_question():
    # Hastings, FOI-83677974 (graffiti/hastings-graffiti-spend-cases-2018), the request as the page shows it: one
    # ask to a line, an aside after a question mark, an aside on a line of its own, "? If so ..." going on
    from reader.draft_questions import split_questions
    request = (
        "For the past ten years, year on year, please provide the following data, (please specify whether the data "
        "is calendar or financial year):\n"
        "How much has the council been spending on clearing up graffiti? (year on year for the past 10 etc)\n"
        "How many cases of graffiti have been reported/recorded year on year, for the past 10 years?\n"
        "How many of these cases were reported/recorded as racist - year on year, for the past 10 years?\n"
        "How many of these cases were reported/recorded as sexist - year on year, for the past 10 years?\n"
        "(Or are they recorded as hate crimes?)\n"
        "How many times have places of worship been targeted - year on year, for the past 10 years?\n"
        "Are there any examples of places that have been repeatedly targeted? If so how many times in the time "
        "frame.\n"
        "What are the most targeted type of places / spaces?\n")
    questions = split_questions(request)
    assert [q for q, _, _ in questions] == ["1", "2", "3", "4", "5", "6", "7"]
    assert questions[0][1].startswith("How much has the council been spending")
    assert questions[3][1].endswith("(Or are they recorded as hate crimes?)")     # the aside stays with its ask
    assert questions[5][1].endswith("If so how many times in the time frame.")
    # the same request with a blank line between its asks reads the same questions
    spaced = split_questions(request.replace("\n", "\n\n"))
    assert [q for q, _, _ in spaced] == ["1", "2", "3", "4", "5", "6", "7"]


def test_prose_pasted_a_paragraph_to_a_line_is_not_one_ask_to_a_line():
    # a line that runs on into another sentence is prose, unless that sentence is the ask's own condition ("If so")
    from reader.draft_questions import _ends_sentence, _NEW_SENTENCE
    assert _NEW_SENTENCE.search("I am writing to request information. Please provide the number of sites.")
    assert not _NEW_SENTENCE.search("Are there any examples? If so how many times in the time frame.")
    assert _ends_sentence("How much has the council been spending? (year on year for the past 10 etc)")
    assert not _ends_sentence("the data is calendar or financial year (please specify)")


def test_the_year_after_a_figures_own_noun_is_its_year():
    # Transport for London, FOI-1972-2021 (graffiti/tfl-graffiti-anti-covid-2021)
    survey = parse_survey('''
name = "shelters"
title = "Graffiti on bus shelters"
[periods]
asked = [{ label = "2019", start = 2019-01-01, end = 2019-12-31 }, { label = "2020", start = 2020-01-01, end = 2020-12-31 }]
[subjects.shelters]
synonyms = ["bus stop shelters", "graffiti"]
[[questions]]
id = "1"
text = "How many incidents of graffiti on bus stop shelters were reported for cleaning?"
subject = "shelters"
measures = ["count"]
periods = ["2019", "2020"]
''')
    text = ("1. How many incidents of graffiti on bus stop shelters were reported for cleaning?\n\n"
            "There were 32,605 incidents of graffiti cleaning in 2019 and 15,349 incidents in 2020. Please find more "
            "details in the attached spreadsheets.\n")
    assert [(f.value, f.period) for f in parse_reply(text, survey).facts] == [(32605.0, "2019"), (15349.0, "2020")]


def test_figures_sent_in_a_spreadsheet_answer_the_questions_left_open():
    # Hastings, FOI-83677974 (graffiti/hastings-graffiti-spend-cases-2018): the cost is not held apart (said of the
    # cost, naming no question: the one question that asks for money), the counts are in the spreadsheet attached
    from reader.attached import figures_attached
    reply = parse_reply(HASTINGS_2018, SPEND)
    assert statuses(reply) == {"1": "not_held", "2": "successful"}
    assert reply.outcome == "partially_successful"
    assert figures_attached("please see spreadsheet attached, for figures") is not None
    assert figures_attached("The figures are in the attached spreadsheet.") is not None
    assert figures_attached("Please see the attached refusal notice.") is None


def test_other_nouns_are_kept_where_no_people_are_counted_beside_them():
    # a council may count people by what it holds of them: only where it counts people too are the others the work
    text = "1. How many council employees were tasked with clearing up graffiti?\n\n2011/12 - 34 jobs\n"
    assert [(f.subject, f.value) for f in parse_reply(text, STAFF).facts] == [("staff_tasked", 34.0)]


def test_none_under_a_question_of_money_in_another_topic():
    # the same form in fly-tipping: Wokingham (fly-tipping/wokingham-littering-fly-tipping-2021)
    survey = parse_survey('''
name = "fpn-income"
title = "Fly-tipping FPNs"
[subjects.fpns_issued]
synonyms = ["fly-tipping FPNs?"]
[subjects.fpn_income]
synonyms = ["money was collected"]
[[questions]]
id = "2"
text = "How many fly-tipping FPN have you issued for each year over the last 5 years?"
subject = "fpns_issued"
measures = ["count"]
[[questions]]
id = "3"
text = "How much money was collected from FPNs for Fly-tipping each year for the last 5 years?"
subject = "fpn_income"
measures = ["total_cost_gbp"]
''')
    text = ("3. How much money was collected from FPNs for Fly-tipping each year for the last 5 years?\n"
            "None from 2015 -2019, April 2019/20: \u00a38000, 2020/21: \u00a310,880\n")
    facts = [(f.question, f.measure, f.value) for f in parse_reply(text, survey).facts]
    assert ("3", "total_cost_gbp", 0.0) in facts and ("3", "total_cost_gbp", 8000.0) in facts
