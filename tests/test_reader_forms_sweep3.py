"""Forms of English councils write on any topic (helper "sweep11", session of 2026-12-07 evening), found by a third
sweep of real replies on topics the real-reply set does not hold (garden waste permits, school meal debt, data
breaches, verge cutting, grey-fleet mileage, sport and leisure spend, homelessness contacts, dropped kerbs ...), each
drafted with `foi survey draft` from its request and read with it. Each test quotes a few lines of a real reply (or
request) and a made-up variant; each fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from reader import parse_reply
from reader.classify import find_exemptions, find_holding
from reader.draft import draft_survey, to_toml
from reader.numbers import looks_like_non_quantity
from reader.periods import find_periods
from reader.survey import parse_survey


def _survey(request: str, asked_on: dt.date = dt.date(2024, 1, 10)):
    return parse_survey(to_toml(draft_survey(request, "sweep3", asked_on=asked_on)), "sweep3.toml")


def _statuses(reply) -> dict[str | None, str]:
    return {q.question: q.outcome for q in reply.questions}


def _codes(text: str) -> set[str]:
    return {m.code for m in find_exemptions(text)[0]}

# The cost limit's hours are no late reply ------------------------------------------------------------------------

CONTACTS_REPLY = """\
Responded 8 January 2026
Unfortunately, we are unable to provide the information requested within the time limit allowed in the FOI Act 2000.
Our CRM system logs contact for the Housing Department as a whole. We would therefore have to review each individual housing call, email and CRM case manually. This would take us over the 18 hour time limit allowed for responding.
This information is exempt from disclosure under Section 12 of the Freedom of Information Act 2000.
"""

CONTACTS_REQUEST = """\
- The number of contacts from those threatened with homelessness sorted by contact method e.g. phone, email, in-person, web form
- The number of contacts from legally homeless individuals sorted by contact method e.g. phone, email, in-person, web form
"""


def test_unable_within_the_time_limit_of_the_cost_limit_is_a_refusal_not_a_delay():
    assert find_holding(CONTACTS_REPLY) == []
    r = parse_reply(CONTACTS_REPLY, _survey(CONTACTS_REQUEST))
    assert r.kind == "response"
    assert r.outcome == "rejected"
    assert "s12" in r.exemptions


def test_unable_within_a_deadline_is_still_a_delay():
    # made-up: a late reply, no cost limit named
    assert find_holding("We are unable to provide a response within 20 working days and will reply by 3 May.\n")
    # made-up: the limit named by its hours
    assert find_holding("We are unable to provide this within the time allowed, as it would take over 18 hours "
                        "to locate and extract.\n") == []


# An exemption claimed as "the exemption set out at Section 12" ---------------------------------------------------

BREACHES_REPLY = """\
1. Total: 413 incidents
2. Human Error / Misdirected Data
This includes incidents such as emails sent to incorrect recipients, documents shared with unintended parties, and other forms of accidental disclosure.
3.Determining this figure would require manual review of each incident, which is not feasible within reasonable time constraints (estimated 20-34 hours of manual effort - 3-5 minutes per incident).
As such we are claiming the exemption set out at Section 12 of the Freedom of Information Act 2000, which states that a public authority is not obliged to respond to a request where the cost of doing so would exceed the appropriate limit.
"""

BREACHES_REQUEST = """\
Please provide the following information for your organisation for each calendar month from 1 March 2024 to August 10th 2025:
1. Recorded Personal Data Breaches
2. Broad Cause Categories
3. Individuals Affected (if recorded)
"""


def test_the_exemption_set_out_at_a_section_claimed_is_applied():
    assert _codes(BREACHES_REPLY) == {"s12"}
    # made-up: applied in other words; the Act's exemptions described stay boilerplate
    assert _codes("We are applying the exemption set out in section 40(2) of the Act.\n") == {"s40(2)"}
    assert _codes("The exemptions set out in sections 21 to 44 of the Act are listed on our website.\n") == set()


def test_words_under_a_number_above_another_numbers_cost_limit_refusal_are_an_answer():
    r = parse_reply(BREACHES_REPLY, _survey(BREACHES_REQUEST))
    assert r.outcome == "partially_successful"
    assert _statuses(r) == {"1": "successful", "2": "successful", "3": "rejected"}


def test_the_request_quoted_above_a_cost_limit_refusal_is_no_answer():
    # made-up: the questions restated under their numbers, then one refusal of them all
    reply = """\
1. Recorded Personal Data Breaches
2. Broad Cause Categories
3. Individuals Affected
We are claiming the exemption set out at Section 12 of the Freedom of Information Act 2000, as the cost of doing so would exceed the appropriate limit.
"""
    r = parse_reply(reply, _survey(BREACHES_REQUEST))
    assert r.outcome == "rejected"


# Answers numbered without a space after the number ---------------------------------------------------------------

GRASS_REQUEST = """\
1. Please can you let me know how much is spent per year by Bourne Town Council on grass cutting green areas?
2. What is the frequency of the cutting throughout the year?
3. Are there KPI's attached to this and what is the length of contract for the current organisation?
4. If there is a complaint or request should this be the responsibility of the Town Council who commission this organisation?
"""

GRASS_REPLY = """\
Bourne Town Council have a Parish Agreement with Lincolnshire County Council and carry out the cutting of highway verges on behalf of LCC in Bourne.

1.They employ a Contractor to do this so would know what they spend on grass cutting.

2.The agreement LCC have with them states that they should cut the verges at least three times per annum but they can choose to cut them more frequently if they want.

3.LCC doesn’t hold any information in regards to the terms of the contract Bourne Town Council have with their Contractor.

4.With respect to complaints members of the public can complain to who they want to. If it came to LCC, we would ask them to check with Bourne Town Council in the first instance.
"""


def test_answers_in_words_run_into_their_numbers_beside_not_held_make_part_given():
    r = parse_reply(GRASS_REPLY, _survey(GRASS_REQUEST))
    assert r.outcome == "partially_successful"
    # made-up: the same with a space after each number was already read so
    spaced = GRASS_REPLY.replace("1.They", "1. They").replace("2.The", "2. The").replace("3.LCC", "3. LCC") \
        .replace("4.With", "4. With")
    assert parse_reply(spaced, _survey(GRASS_REQUEST)).outcome == "partially_successful"

# "have no knowledge regarding", "have no way of knowing": not held --------------------------------------------------

def test_no_knowledge_regarding_and_no_way_of_knowing_are_not_held():
    from reader.classify import find_not_held
    assert find_not_held("Scottish Borders Council have no knowledge regarding food waste collections for any "
                         "businesses which use other waste management companies.\n")
    assert find_not_held("Scottish Borders Council also have no way of knowing how many food waste businesses in the "
                         "area meet the criteria.\n")
    # made-up: other ways of saying it
    assert find_not_held("The Council has no means of establishing how many households were affected.\n")
    assert find_not_held("We have no knowledge about any such agreements.\n")


def test_an_answer_beside_what_the_council_cannot_know_is_part_given():
    request = ("I would like to request the following information, please. How many local businesses meet the "
               "criteria for separate food waste collections? Of those, how many participate in separate food waste "
               "collections?\n")
    reply = """\
Response
Scottish Borders Council Trade Waste Service operates in a competitive market and we can only comment on food waste businesses which use our service.  We currently have 104 food waste customers, 29 of whom are internal to the Scottish Borders Council.

Scottish Borders Council have no knowledge regarding food waste collections for any businesses which use other waste management companies.
Scottish Borders Council also have no way of knowing how many food waste businesses in the Scottish Borders Council area meet the criteria.
"""
    assert parse_reply(reply, _survey(request)).outcome == "partially_successful"


# A year and a thousands figure are no financial year --------------------------------------------------------------

def test_a_year_then_a_thousands_figure_is_no_financial_year():
    labels = [p.label for p in find_periods("1. 2019 - 20,408\n2020 - 21,659\n2021 - 22,230\n")]
    assert labels == ["2019", "2020", "2021"]
    # made-up: the financial years themselves, and one in a list before a comma and a space, still read
    assert [p.label for p in find_periods("2019 - 20: 408\n")] == ["2019 - 20"]
    assert [p.label for p in find_periods("In 2019-20, 408 permits were sold.\n")] == ["2019-20"]


PERMITS_REQUEST = "1. Total number of Garden Waste Permits issued in each of the individual years, since it begun in 2019.\n"


def test_permits_per_year_written_year_dash_figure_are_read():
    reply = "Response 07-02-2024\n\n1. 2019 - 20,408\n2020 - 21,659\n2021 - 22,230\n2022 - 21,936\n2023 - 21,999\n"
    r = parse_reply(reply, _survey(PERMITS_REQUEST))
    assert sorted(f.value for f in r.facts) == [20408, 21659, 21936, 21999, 22230]


# A header row of two-digit year pairs ----------------------------------------------------------------------------

def test_a_header_row_of_two_digit_year_pairs_is_years_not_ranges():
    text = "  22-23 21-22 20-21 19-20 18-19  \nCosts 4,361,000 3,655,000 3,442,000 3,870,391 4,404,011 19,732,402\n"
    assert [p.label for p in find_periods(text)] == ["22-23", "21-22", "20-21", "19-20", "18-19"]
    # made-up: age bands in a row are no years
    assert find_periods("Ages 10-11 12-13 14-15\n") == []


def test_a_header_row_of_year_pairs_gives_no_figures():
    request = "1. How much has the council spent on sport and leisure services and facilities between 2018 and 2023?\n"
    reply = ("Response 05-02-2024\n\n1. \n\n  22-23 21-22 20-21 19-20 18-19  \n"
             "Costs 4,361,000 3,655,000 3,442,000 3,870,391 4,404,011 19,732,402\n")
    values = sorted(f.value for f in parse_reply(reply, _survey(request)).facts)
    assert not any(v < 100 for v in values)
    assert 4361000 in values


# A standard named by its number, and prose past a stray double space ----------------------------------------------

AGENTS_REQUEST = "1. Which enforcement agent or agents does your council employ for matters involving council debts?\n"


def test_standards_numbers_in_prose_past_a_double_space_are_no_counts():
    reply = ("Response:\n  1. Enforcement Agents adhere to all relevant accreditations eg  integrated management system that "
             "is accredited to ISO 9001 (Quality), ISO 14001 (Environmental), ISO 27001 (Information Security) and BS "
             "18477 (Vulnerability).\n")
    assert parse_reply(reply, _survey(AGENTS_REQUEST)).facts == []


def test_the_last_standard_of_a_list_is_a_reference():
    text = "accredited to ISO 27001 and BS 18477 (Vulnerability)"
    assert looks_like_non_quantity(text, text.index("18477"), text.index("18477") + 5) == "reference"
    # made-up: "and" before a label still lets its figure count
    text = "requests under both FOI and EIR: 1362"
    assert looks_like_non_quantity(text, text.index("1362"), text.index("1362") + 4) is None


# Two years "between" are a span of time, no figure ----------------------------------------------------------------

def test_between_two_years_is_no_figure_and_a_day_with_a_stop_after_to_date_is_no_sum():
    from reader.scan import find_values, never_spans
    for text in ("Council Tax have used Enforcement Agents between 2020 and 2025.",
                 "2025 / 2026: £480,168 (to date 07.03)"):
        values = [v.value for v in find_values(text, never_spans(text))]
        assert 2022.5 not in values and 7.03 not in values
    # made-up: a range of counts between two figures stays one approximate figure
    text = "between 200 and 250 laptops"
    assert [v.value for v in find_values(text, never_spans(text))] == [225.0]


# An answer on the line of its restated question, after the "?" ------------------------------------------------------

MILEAGE_REQUEST = """\
  • How many business miles have been travelled by your employees using their own car (grey fleet) in the financial year 2021-2022?
  • How many business miles have been travelled by your employees using their own car (grey fleet) in the financial year 2022-2023?
  • How much money has been reimbursed back to employees for those business miles for grey fleet in the financial year 2021-2022?
  • How much money has been reimbursed back to employees for those business miles for grey fleet in the financial year 2022-2023?
"""

MILEAGE_REPLY = """\
Response: 
  • How many business miles have been travelled by your employees using their own car (grey fleet) in the financial year 2021-2022? Total miles claimed 824,739.63
  • How many business miles have been travelled by your employees using their own car (grey fleet) in the financial year 2022-2023? Total miles claimed 880,539.91
  • How much money has been reimbursed back to employees for those business miles for grey fleet in the financial year 2021-2022? Total amount paid £330,438.88
  • How much money has been reimbursed back to employees for those business miles for grey fleet in the financial year 2022-2023? Total amount paid £395,020.52
"""


def test_an_answer_after_its_restated_questions_mark_is_that_questions():
    r = parse_reply(MILEAGE_REPLY, _survey(MILEAGE_REQUEST))
    got = sorted((f.question, f.value, f.period) for f in r.facts)
    assert got == [("1", 824739.63, "2021-2022"), ("2", 880539.91, "2022-2023"),
                   ("3", 330438.88, "2021-2022"), ("4", 395020.52, "2022-2023")]


def test_yes_after_a_restated_question_and_a_request_going_on_are_told_apart():
    from reader.answer_after_ask import answers_after_asks
    survey = _survey("1. Does your organisation have an employee travel policy for business travel?\n"
                     "2. How many pool cars does the council have?\n")
    # made-up: "Yes" on the question's line is its answer; the request's own "If so, ..." is not
    text = "• Does your organisation have an employee travel policy for business travel? Yes, see our policy.\n"
    assert answers_after_asks(text, survey) == text.replace("? Yes", "?\nYes")
    going_on = "• Does your organisation have an employee travel policy for business travel? If so, attach it.\n"
    assert answers_after_asks(going_on, survey) == going_on
    # a question under its own number keeps its answer on its line: the number binds them ("2. How many vehicles
    # ... do you have in your fleet ...? The council fleet is currently 146")
    numbered = "1. Does your organisation have an employee travel policy for business travel? Yes.\n"
    assert answers_after_asks(numbered, survey) == numbered
    # nor words after a "?" that restate no question of the survey
    other = "Why do we ask? 12 people wanted to know.\n"
    assert answers_after_asks(other, survey) == other


def test_the_end_of_a_question_wrapped_from_the_line_above_keeps_its_answer():
    from reader.answer_after_ask import answers_after_asks
    survey = _survey("1. How many Fixed Penalty Notices has your council handed out in 2018 for the littering of "
                     "cigarette butts?\n")
    # made-up, in the layout of a reply that quotes the request wrapped over two lines
    text = "1. How many Fixed Penalty Notices has your council handed out in 2018 for\nthe littering of cigarette " \
           "butts? – 475 Please note that this figure is for all forms of litter.\n"
    assert answers_after_asks(text, survey) == text


def test_a_question_whose_period_is_counted_back_keeps_its_answer_on_its_line():
    from reader.answer_after_ask import answers_after_asks
    survey = _survey("3. How much has been spent on the upkeep and/or refurbishment of play parks in the last five "
                     "financial years?\n")
    text = "• How much has been spent on the upkeep and/or refurbishment of play parks in the last five financial " \
           "years? Over £2m\n"
    assert answers_after_asks(text, survey) == text


# A request quoted at the page's head, then the council's one line sending what was asked ----------------------------

GENDER_REQUEST = """\
I’m interested in whether local authorities have a significant disparity in gender pay and bonuses given to male and female employees. As you know, in October 2015, the government announced new measures to eradicate gender inequality in the work place. As a result, local authorities will be required to published pay and bonus data at some stage in the future, following on from the private and voluntary sector.

1. Please provide both the mean and the median hourly earnings (excluding overtime) for full time male employees and full time female employees.

2. Please provide the mean and median hourly earnings (excluding overtime) for part time male employees and part time female employees.

3. Please provide quartile salary information, and the amount of men and women in each quartile. This is the range from the lowest paid employee to the highest paid employee split into 4 equal parts. We would like the number of male
and female employees in each part. So if the lowest employee was paid 0p, and the highest employee was paid £100 – we would like information of how many men and women are in each pay range: 0p - £25/ £26 - £50/ £51 - £75/ £76 - £100.

4. Please provide information on bonuses received in the last financial year – how much was the average bonuses paid to female employees, and how much was the average bonus paid to male employees.
"""

GENDER_REPLY = """\
FOI 12198

Gender Equality

I’m interested in whether local authorities have a significant disparity in gender pay and bonuses given to male and female employees.

1. Please provide both the mean and the median hourly earnings (excluding overtime) for full time male employees and full time female employees.

2. Please provide the mean and median hourly earnings (excluding overtime) for part time male employees and part time female employees.

3. Please provide quartile salary information, and the amount of men and women in each quartile. This is the range from the lowest paid employee to the highest paid employee split into 4 equal parts. We would like the number of male
and female employees in each part. So if the lowest employee was paid 0p, and the highest employee was paid £100 – we would like information of how many men and women are in each pay range: 0p - £25/ £26 - £50/ £51 - £75/ £76 - £100.

4. Please provide information on bonuses received in the last financial year.


Please find the information requested attached. I am not aware of any bonuses being paid to anyone in the Council.
"""


def test_the_request_above_the_line_that_sends_it_gives_no_figures_and_every_question_is_sent():
    r = parse_reply(GENDER_REPLY, _survey(GENDER_REQUEST))
    assert r.facts == []
    assert r.outcome == "successful"
    assert set(_statuses(r).values()) == {"successful"}


def test_please_find_the_information_requested_attached_sends_it():
    from reader.classify import provides_information
    assert provides_information("Please find the information requested attached.\n")
    # made-up: the words in another order; the letter's own papers send nothing
    assert provides_information("Please find the requested information enclosed.\n")
    assert not provides_information("Please find attached our refusal notice.\n")


# A bare number under a question that asks a distance ------------------------------------------------------------------

def test_a_bare_number_under_a_question_of_miles_is_miles_not_money():
    request = ("1. How many business miles have been travelled by your employees using their own car (grey fleet) in "
               "the financial year 2021-2022?\n2. How many business miles have been travelled by your employees using "
               "their own car (grey fleet) in the financial year 2022-2023?\n")
    reply = "Response 18-05-2023\n1. 997,498\n2. 995,322\n"
    got = sorted((f.question, f.measure, f.value) for f in parse_reply(reply, _survey(request)).facts)
    assert got == [("1", "miles", 997498.0), ("2", "miles", 995322.0)]
    # made-up: where the question asks a sum, a bare number is still money
    money = parse_reply("Response\n1. 448,391.97\n",
                        _survey("1. How much money has been reimbursed back to employees in 2021-2022?\n"))
    assert [(f.measure, f.value) for f in money.facts] == [("total_cost_gbp", 448391.97)]


# "as follows" in the council's own sentence leads its answer, not the request (the second sweep's leftover) ---------

def test_the_councils_own_as_follows_is_no_request_lead_in():
    from reader.masking import ignored_spans
    reply = ("1. Lincolnshire County Council (LCC) do not have accurate and complete information for the past six "
             "years. The data we have been able to gather is as follows:\n"
             "Total reports of paths blocked or obstructed year to date: 437 of which 63 remain unresolved.\n"
             "Preceding year (incomplete) 62 total reports of which three remain unresolved.\n"
             "2. LCC do not have compete data for this. Incomplete data shown below:\n"
             "a) no action - 16\n")
    assert ignored_spans(reply) == []
    # made-up: the requester's words before "as follows" still lead the request quoted back
    quoted = "Your request was as follows:\n1. How many paths were blocked?\nResponse\n1. 437\n"
    assert ignored_spans(quoted) != []
