"""Forms of English councils write in any topic (helper "rules-lights", session of 2026-12-07), found in the
street-lighting topic's replies. Each test quotes a real reply's words (tests/files/real_set/) that the rule
reads, and each is read wrongly without it; made-up variants show the form is read generally, and what it is not.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply

from tests.reading_helpers import figures
from reader.survey import parse_survey


def _figures(text: str, survey) -> set[tuple]:
    return figures(text, survey)


YEARLY = parse_survey(textwrap.dedent("""
    name = "yearly-totals"
    title = "Yearly totals"
    [periods]
    asked = [
      { label = "2010/11", start = "2010-04-01", end = "2011-03-31" },
      { label = "2011/12", start = "2011-04-01", end = "2012-03-31" },
      { label = "2012/13", start = "2012-04-01", end = "2013-03-31" },
    ]
    [subjects.street_lights]
    synonyms = ["street[\\\\s-]*lights?"]
    [subjects.electricity]
    synonyms = ["electricity"]
    [subjects.street_lighting]
    synonyms = ["street[\\\\s-]*lighting"]
    [subjects.co2]
    synonyms = ["co2 emissions?", "co2"]
    [subjects.contact]
    synonyms = ["contact details"]
    [[questions]]
    id = "1"
    text = "The total number of street lights in your local authority."
    subject = "street_lights"
    measures = ["count"]
    periods = ["2010/11", "2011/12", "2012/13"]
    [[questions]]
    id = "2"
    text = "The total amount of electricity (expressed in MWh) used by street lighting in your local authority."
    subject = "electricity"
    measures = ["count"]
    periods = ["2010/11", "2011/12", "2012/13"]
    [[questions]]
    id = "3"
    text = "The total electricity cost of street lighting in your local authority."
    subject = "street_lighting"
    measures = ["total_cost_gbp"]
    periods = ["2010/11", "2011/12", "2012/13"]
    [[questions]]
    id = "4"
    text = "If ever calculated/estimated, the total CO2 emissions resulting from powering the street lighting."
    subject = "co2"
    measures = ["count"]
    periods = ["2010/11", "2011/12", "2012/13"]
    [[questions]]
    id = "5"
    text = "The name and work contact details of the person responsible for street lighting."
    subject = "contact"
    measures = ["count"]
"""))


# A question's number set off by a spaced dash: "1 - 2010/11  16934" --------------------------------------------

MORAY_DASHED = ("For each one of the following periods: 2010/11; 2011/12; and 2012/13 please could you tell me:\n\n"
                "1 \u2013 The total number of street lights in your local authority.\n\n"
                "2 \u2013 The total amount of electricity (expressed in MWh) used by street lighting in your local "
                "authority.\n\n"
                "3 - The total electricity cost of street lighting in your local authority.\n\n"
                "4 \u2013 If ever calculated/estimated, the total CO2 emissions resulting from powering the street "
                "lighting.\n\n"
                "5 - The name and work contact details of the person responsible for street lighting.\n\n"
                "Response 10-06-2013\n\n"
                "1 - 2010/11     16934\n\n      2011/12     17037\n\n      2012/13     17198\n\n"
                "2 - 2010/11     5.656 MWh\n\n     2011/12     6.056 MWh\n\n     2012/13     5.978 MWh\n\n"
                "3 - 2010/11     \u00a3549,880.27\n\n      2011/12     \u00a3530,546.34\n\n"
                "      2012/13     \u00a3759,545.51\n\n"
                "4 - 2010/11     3060 tCO2\n\n      2011/12     3276 tCO2\n\n      2012/13     3233 tCO2\n\n"
                "5 - Mr Bill Ross (Road Maintenance Manager)\n\n     The Moray Council\n")


def test_number_set_off_by_a_dash_before_periods_numbers_the_answer():
    # Moray, street-lighting/moray-street-lights-electricity-2013: each answer is "N - period value"; the N is the
    # question's number (not a figure), and the money under "3 -" is question 3's
    found = _figures(MORAY_DASHED, YEARLY)
    assert {("1", "2010/11", "count", 16934.0), ("1", "2012/13", "count", 17198.0),
            ("3", "2010/11", "total_cost_gbp", 549880.27), ("3", "2011/12", "total_cost_gbp", 530546.34),
            ("3", "2012/13", "total_cost_gbp", 759545.51)} <= found
    assert not {v for _, _, _, v in found} & {1.0, 2.0, 3.0, 4.0, 5.0}


def test_question_restated_after_a_dashed_number_gives_no_figure():
    # the request restated as "1 – The total number of ..." is question 1's words, not a count of 1
    text = MORAY_DASHED.split("Response")[0] + "Response\n\n1 - 2010/11     16934\n"
    assert {v for _, _, _, v in _figures(text, YEARLY)} == {16934.0}


def test_dashed_number_after_a_question_answered_by_periods_numbers_the_next():
    # "5 - Mr Bill Ross (Road Maintenance Manager)" after "4 - 2010/11 ...": the next question, not a count of 5
    text = "4 - 2010/11     3060 tCO2\n\n5 - Mr Bill Ross (Road Maintenance Manager)\n"
    assert {v for _, _, _, v in _figures(text, YEARLY)} == set()


def test_counts_before_labels_set_off_by_a_dash_stay_counts():
    # Moray, empty-homes/moray-empty-residential-properties-reasons-2020: "2 - Awaiting Demolition" counts the
    # properties its label names; 1, 2 and 3 are numbers of the survey's questions all the same
    text = ("Response\n\n1. As at 30th September there were 2620 street lights.\n\n"
            "20 - Tied Accommodation\n2 - Awaiting Demolition\n11 - Vacant Manse\n1 - Vacant New Property\n"
            "3 - Property under reconstruction - maximum 12 months\n")
    values = {v for _, _, _, v in _figures(text, YEARLY)}
    assert {2.0, 11.0, 1.0, 3.0} <= values


def test_dashed_number_before_a_range_is_no_question_number():
    # "5 - 10 a week" opening a line is a range, not question 5
    text = "1. Street lights\n5 - 10 street lights a week\n"
    assert ("5", None, "count", 10.0) not in _figures(text, YEARLY)


# Energy and carbon in their units are no counts: "5.656 MWh", "3060 tCO2" -------------------------------------

def test_energy_in_megawatt_hours_is_no_count():
    # Moray: "2 - 2010/11  5.656 MWh" answers in MWh, a measure the reader has no unit for: no count of 5.656
    text = "2. Electricity used by street lighting\n2010/11     5.656 MWh\n2011/12     6,056 GWh\n"
    assert _figures(text, YEARLY) == set()


def test_tonnes_of_carbon_dioxide_are_no_count():
    # Moray: "4 - 2010/11  3060 tCO2" (tonnes of CO2) is a weight, not 3060 of anything counted
    text = "4. CO2 emissions\n2010/11     3060 tCO2\n2011/12     3276 tCO2e\n"
    assert _figures(text, YEARLY) == set()


# A sum with its scale in brackets after it: "£8.96 (Millions)" ---------------------------------------------------

SPEND = parse_survey(textwrap.dedent("""
    name = "yearly-spend"
    title = "Yearly spend"
    [periods]
    asked = [
      { label = "2015/16", start = "2015-04-01", end = "2016-03-31" },
      { label = "2016/17", start = "2016-04-01", end = "2017-03-31" },
    ]
    [subjects.running]
    synonyms = ["running", "street lighting"]
    [[questions]]
    id = "3"
    text = "How much did the council spend on running street lighting?"
    subject = "running"
    measures = ["total_cost_gbp"]
    periods = ["2015/16", "2016/17"]
"""))


def test_sum_with_its_scale_in_brackets_is_read_in_pounds():
    # Devon, street-lighting/devon-led-street-lights-2018: "o 2015/2016 = £8.96 (Millions)" is £8,960,000
    text = ("3. How much did the council spend on running street lighting?\n\n"
            "This information is available in financial years and we can therefore provide the total spend as "
            "follows:\no 2015/2016 = \u00a38.96 (Millions)\no 2016/2017 = \u00a38.35 (Millions)\n")
    assert {("3", "2015/2016", "total_cost_gbp", 8960000.0),
            ("3", "2016/2017", "total_cost_gbp", 8350000.0)} <= _figures(text, SPEND)


def test_bracketed_scales_in_other_spellings():
    from reader.money import find_amounts
    assert [a.value for a in find_amounts("\u00a31.3 (m) annually")] == [1300000.0]
    assert [a.value for a in find_amounts("\u00a35 (\u00a3m)")] == [5000000.0]
    assert [a.value for a in find_amounts("\u00a317 (thousands)")] == [17000.0]
    # words in brackets that are no scale leave the sum as written
    assert [a.value for a in find_amounts("\u00a38.96 (inc VAT)")] == [8.96]
    assert [a.value for a in find_amounts("\u00a35 (Kent)")] == [5.0]


# A request shown on its WhatDoTheyKnow page: "Dear <the body>," ... "Yours faithfully," -------------------------

BELFAST = ("LED Street Lights\n\nBelfast City Council did not have the information requested.\n\n"
           "Dear Belfast City Council,\n\n"
           "Under the Freedom of Information Act 2000, I would like to enquire the following information relating to "
           "the installation and maintenance of street lights.\n\nI would like to request:\n\n"
           "1. Has the council installed any energy efficient street lighting in the last five years?\n"
           "2. How much did the council spend on running street lighting in 2015, 2016 and 2017?\n"
           "3. Please estimate how much money the council currently saves following the installation of any energy "
           "efficient street lighting on a monthly and annual basis?\n\n"
           "If the following questions do not fall under your jurisdiction, please can you provide the name of the "
           "organisation and contact details who manage street lighting within your designated territory.\n\n"
           "Yours faithfully,\n\nHayley Burrows\n\n"
           "Dear Ms Burrows\n\nThank you for your email dated 24 January 2018 requesting, under the Freedom of "
           "Information Act 2000, information on LED street lights.\n\nI can confirm that Belfast City Council does "
           "not hold the information you have requested. This is because in Northern Ireland district councils, such "
           "as Belfast City Council, are not responsible for street lights.\n")

LED = parse_survey(textwrap.dedent("""
    name = "led-lights"
    title = "LED street lights"
    [subjects.led]
    synonyms = ["energy efficient street lighting", "LED street lights?"]
    [subjects.spend]
    synonyms = ["running", "spend"]
    [subjects.savings]
    synonyms = ["saves", "savings?"]
    [[questions]]
    id = "1"
    text = "Has the council installed any energy efficient street lighting in the last five years?"
    subject = "led"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "How much did the council spend on running street lighting in 2015, 2016 and 2017?"
    subject = "spend"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "3"
    text = "Please estimate how much money the council currently saves following the installation of any energy efficient street lighting on a monthly and annual basis?"
    subject = "savings"
    measures = ["total_cost_gbp"]
"""))


def test_request_addressed_to_the_body_and_signed_faithfully_is_the_requesters():
    # Belfast, street-lighting/belfast-led-street-lights-2018: the request as sent, on its WhatDoTheyKnow page; the
    # line after its last question ("If the following questions do not fall under your jurisdiction ...") is no
    # answer to it: every question is not held, as the body's letter says
    reply = parse_reply(BELFAST, LED)
    assert reply.outcome == "not_held"
    assert {q.question: q.outcome for q in reply.questions} == {"1": "not_held", "2": "not_held", "3": "not_held"}


def test_letter_with_answers_written_after_its_questions_is_read():
    # a body that writes its answers into the request it quotes ("...in 2015, 2016 and 2017?\n£8,000") answers
    text = BELFAST.replace("2015, 2016 and 2017?\n", "2015, 2016 and 2017?\n\u00a38,000\n").replace(
        "annual basis?\n", "annual basis?\n\u00a3500 a month\n")
    assert any(a <= text.index("\u00a38,000") < b for a, b in parse_reply(text, LED).ignored) is False


def test_body_writing_to_a_person_is_not_a_request_letter():
    # the body's own letter, "Dear Ms Burrows" ... "Yours faithfully,", is read
    text = ("Dear Ms Burrows\n\nThe council spent \u00a38,000 on running street lighting in 2015.\n\n"
            "Yours faithfully,\n\nRecords Manager\n")
    assert parse_reply(text, LED).ignored == []


def test_requesters_annotation_on_the_page_is_the_requesters():
    # Redditch, cctv/redditch-cctv-outside-locations-2023: "P. Bladon left an annotation ()" and the note under it
    # ("there is reference to "26 new CCTV cameras" ...") are the requester's words
    text = ("P. Bladon left an annotation ()\n\nIn this F of I request there is reference to \"26 new LED street "
            "lights\" - this snippet of information is on page 4 of a publication.\n\n"
            "Dear P Bladon,\n\nThe council spent \u00a38,000 on running street lighting in 2015.\n")
    reply = parse_reply(text, LED)
    assert 26.0 not in {f.value for f in reply.facts}
    assert 8000.0 in {f.value for f in reply.facts}


# Held by another body, said of "the information you require"; a request's "(please specify)"; its lead-in -------

EXPENDITURE = parse_survey(textwrap.dedent("""
    name = "expenditure"
    title = "Street lighting expenditure and reductions"
    [subjects.expenditure]
    synonyms = ["expenditure"]
    [subjects.reductions]
    synonyms = ["reduc(?:e|ed|tions?)"]
    [[questions]]
    id = "1"
    text = "Expenditure on street lighting for each year"
    subject = "expenditure"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "2"
    text = "Whether or not your council has reduced/is planning to reduce any street lighting"
    subject = "reductions"
    measures = ["count"]
"""))

BRENTWOOD = ("FOI 6883\n\nStreet Lighting\n\n\nCould you please tell us if your council is responsible for the street "
             "lighting in your area?\n\nIf so, could you provide us with the following information, by financial year, "
             "for each of the financial years: 2011-2012, 2012-2013 and 2013-2014?\n\n"
             "1. Expenditure on street lighting for each year (actual for previous/current years; planned for next "
             "year).\n\n2. Whether or not your council has reduced/is planning to reduce any street lighting, and if "
             "so, whether this was/will be by:\n\n- Switching lights off\n- Dimming the lights (if so by how much [%])\n"
             "- Other methods (please specify)\n\n\n"
             "I can advise you that the information you require is held by Essex County Council and not Brentwood "
             "Borough Council.\n")


def test_information_you_require_held_by_another_council_is_not_held():
    # Brentwood, street-lighting/brentwood-street-lighting-2014
    text = ("I can advise you that the information you require is held by Essex County Council and not Brentwood "
            "Borough Council.\n")
    reply = parse_reply(text, EXPENDITURE)
    assert (reply.kind, reply.outcome) == ("response", "not_held")


def test_request_under_could_you_provide_us_with_the_following_information_is_the_requesters():
    # the request restated on a disclosure log with no "Response" heading, up to the council's "I can advise"
    reply = parse_reply(BRENTWOOD, EXPENDITURE)
    assert (reply.kind, reply.outcome) == ("response", "not_held")
    assert {q.question: q.outcome for q in reply.questions} == {"1": "not_held", "2": "not_held"}
    assert any(BRENTWOOD.index("- Switching") in range(a, b) for a, b in reply.ignored)


def test_please_specify_in_brackets_is_the_requests_option_not_a_clarification_request():
    # "- Other methods (please specify)" left on the page is the request's option to fill in, not the council asking
    text = ("Street Lighting\n\nWhether or not your council has reduced any street lighting, and if so, whether by:\n"
            "- Switching lights off\n- Other methods (please specify)\n\n"
            "I can advise you that the information you require is held by Essex County Council.\n")
    assert parse_reply(text, EXPENDITURE).kind == "response"
    # a council asking does
    asking = "Before we can proceed, please specify which years you mean.\n"
    assert parse_reply(asking, EXPENDITURE).kind == "clarification_request"


# "not recorded in a manner that can be easily extracted ... Section 12 applies": a cost refusal, not "not held" -----

OPERATION = parse_survey(textwrap.dedent("""
    name = "operation"
    title = "Streetlight operation"
    [subjects.lights_2021]
    synonyms = ["streetlights owned"]
    [subjects.lights_2018]
    synonyms = ["streetlights operated in 2018"]
    [[questions]]
    id = "1"
    text = "How many streetlights does your council operate as of 1 April 2021?"
    subject = "lights_2021"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "How many streetlights did your council operate as of 1 April 2018?"
    subject = "lights_2018"
    measures = ["count"]
"""))


def test_not_recorded_in_a_form_easily_extracted_under_section_12_is_refused():
    # Devon, street-lighting/devon-streetlight-operation-2021: the answer under the restated question says the data
    # is not recorded so as to be extracted easily, then applies s12: held, but too costly to find
    text = ("How many streetlights does your council operate as of 1 April 2021?\n\n"
            "Total number of streetlights owned and maintained by Devon County Council \u2013 79,270\n\n"
            "How many streetlights did your council operate as of 1 April 2018?\n\n"
            "Devon County Council does not record this data in a manner that can be easily extracted from our "
            "systems. We estimate that it would take greater than the 18 hours that the Council is obliged to spend "
            "answering a freedom of information request to provide a response to this question.  As such, we "
            "consider that Section 12 of the Freedom of Information Act 2000 applies.\n")
    statuses = {q.question: q.outcome for q in parse_reply(text, OPERATION).questions}
    assert statuses == {"1": "successful", "2": "rejected"}


def test_not_held_answer_without_a_cost_refusal_stays_not_held():
    text = ("How many streetlights does your council operate as of 1 April 2021?\n\n"
            "Total number of streetlights owned and maintained by Devon County Council \u2013 79,270\n\n"
            "How many streetlights did your council operate as of 1 April 2018?\n\n"
            "Devon County Council does not hold this information for 2018.\n")
    statuses = {q.question: q.outcome for q in parse_reply(text, OPERATION).questions}
    assert statuses == {"1": "successful", "2": "not_held"}


# How often, not how long: "booked every 4 to 6 weeks"; a number with its own noun is no bare number of days -------

REPAIRS = parse_survey(textwrap.dedent("""
    name = "repairs"
    title = "Repair times"
    [periods]
    asked = [{ label = "2023", start = "2023-01-01", end = "2023-12-31" }]
    [subjects.time]
    synonyms = ["times?"]
    [[questions]]
    id = "2"
    text = "What was the average amount of time taken between the reporting of a fault with a streetlight and its resolution in the calendar year 2023?"
    subject = "time"
    measures = ["days"]
    periods = ["2023"]
"""))


def test_every_so_many_weeks_is_how_often_not_a_length_of_time():
    # Dover, street-lighting/dover-broken-streetlights-2024: the contractor's cycle answers in words; neither 4 nor
    # 6 weeks (42 days) is the average time asked, nor is the 20 faults that trigger a visit
    text = ("  2. Dover District Council are not a lighting authority and so a local lighting contractors is booked "
            "every 4 to 6 weeks or once 20 or so faults have been reported by the public.\n")
    assert _figures(text, REPAIRS) == set()
    assert _figures("2. Our contractor visits every 2 weeks.\n", REPAIRS) == set()


def test_length_of_time_given_still_read_beside_a_cycle():
    text = "2. The average time to repair in 2023 was 12 days; lamps are inspected every 2 years.\n"
    assert ("2", "2023", "days", 12.0) in _figures(text, REPAIRS)


def test_bare_number_under_a_question_of_days_is_days_but_not_with_a_noun_of_its_own():
    assert ("2", None, "days", 9.0) in {(q, None, m, v) for q, _, m, v in _figures("2. 9\n", REPAIRS)}
    assert _figures("2. We repaired 9 columns.\n", REPAIRS) == set()


# Not recorded, "but it's estimated to be ...": an estimate given, not "not held" ----------------------------------

FAULTS = parse_survey(textwrap.dedent("""
    name = "faults"
    title = "Faults"
    [subjects.faults]
    synonyms = ["faults?"]
    [subjects.broken]
    synonyms = ["lights to be inspected"]
    [[questions]]
    id = "1"
    text = "How many streetlights were reported as faulty in the calendar year 2023?"
    subject = "faults"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "What was the most recent estimate of the number of streetlights that are currently not functioning?"
    subject = "broken"
    measures = ["count"]
"""))


def test_not_recorded_but_estimated_is_an_answer():
    # Dover, street-lighting/dover-broken-streetlights-2024
    text = ("Response\n\n  1. Dover District Council does not record yearly lighting faults, but it\u2019s estimated "
            "to be approximately 150-200 faults out of 2750 lights per year.\n"
            "  2. The latest list of lights to be inspected for repair is 19 locations.\n")
    reply = parse_reply(text, FAULTS)
    assert {q.question: q.outcome for q in reply.questions} == {"1": "successful", "2": "successful"}
    assert reply.outcome == "successful"


def test_not_recorded_with_no_estimate_stays_not_held():
    text = ("Response\n\n  1. Dover District Council does not record yearly lighting faults, but the contractor "
            "may.\n  2. The latest list of lights to be inspected for repair is 19 locations.\n")
    statuses = {q.question: q.outcome for q in parse_reply(text, FAULTS).questions}
    assert statuses["1"] == "not_held"


# The answers listed again from 1, indented, after the request's own list of as many -------------------------------

DATA = parse_survey(textwrap.dedent("""
    name = "street-light-data"
    title = "Street light data"
    [subjects.lights]
    synonyms = ["streetlights?", "lamp columns?"]
    [subjects.running]
    synonyms = ["running costs?"]
    [subjects.energy]
    synonyms = ["energy usage"]
    [subjects.supplier]
    synonyms = ["organisation"]
    [[questions]]
    id = "1"
    text = "The number of streetlights/streetlamps within the bounds of your local council."
    subject = "lights"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "The total cost of running said streetlights/streetlamps yearly (i.e., the electricity costs)"
    subject = "running"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "3"
    text = "The total energy expenditure/Energy usage running said streetlights/streetlamps (I.e., Watt-Hours, Joules or another metric)."
    subject = "energy"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "4"
    text = "From what organisation do you purchase the streetlights/streetlamps if they are a public traded company."
    subject = "supplier"
    measures = ["count"]
"""))


def test_answers_listed_again_from_one_indented_answer_their_numbers():
    # Thurrock, street-lighting/thurrock-street-light-data-2021: the request's list "1." ... "4." at the margin, then
    # the answers "  1." ... "  4." indented: not items nested under question 4, but each number's answer
    text = ("Street light data\n\n"
            "1. The number of streetlights/streetlamps within the bounds of your local council.\n\n"
            "2. The total cost of running said streetlights/streetlamps yearly (i.e., the electricity costs)\n\n"
            "3. The total energy expenditure/Energy usage running said streetlights/streetlamps (I.e., Watt-Hours, "
            "Joules or another metric).\n\n"
            "4. From what organisation do you purchase the streetlights/streetlamps if they are a public traded "
            "company.\n\n"
            "  1. 18062 Lamp columns only\n"
            "  2. 20/21 = \u00a3628600.45 (inc UMSUG admin services of \u00a33200).\n"
            "  3. Based upon 80% (lamp columns only) we calculate  kwh 3606815.13 annual usage\n"
            "  4. Henderson & Taylor TMC\n")
    statuses = {q.question: q.outcome for q in parse_reply(text, DATA).questions}
    assert statuses == {"1": "successful", "2": "successful", "3": "successful", "4": "successful"}


def test_short_list_under_a_question_stays_its_answer():
    # "  1. How many ...?" / "    1. 2019-20 - 53" / "    2. 2020-21 - 70": a list nested under question 1, not 1 and 2
    text = ("  1. How many streetlights do you have?\n    1. 2019-20 - 53\n    2. 2020-21 - 70\n    3. 2021-22 - 84\n"
            "  2. The total cost of running said streetlights\n    Not held.\n")
    statuses = {q.question: q.outcome for q in parse_reply(text, DATA).questions}
    assert statuses.get("1") == "successful" and statuses.get("2") == "not_held"


# A short question restated word for word over its answer, told from its twin asked of another year ----------------

TWINS = parse_survey(textwrap.dedent("""
    name = "twins"
    title = "Dimming"
    [subjects.lights_2021]
    synonyms = ["streetlights owned"]
    [subjects.dimmed_2021]
    synonyms = ["dimmed now"]
    [subjects.dimmed_2018]
    synonyms = ["dimmed then"]
    [[questions]]
    id = "1"
    text = "How many streetlights does your council operate as of 1 April 2021?"
    subject = "lights_2021"
    measures = ["count"]
    periods = []
    [[questions]]
    id = "4"
    text = "If so, how many of your streetlights does this affect?"
    subject = "dimmed_2021"
    measures = ["count"]
    [[questions]]
    id = "7"
    text = "If so, how many of your streetlights did this affect?"
    subject = "dimmed_2018"
    measures = ["count"]
"""))


def test_short_question_restated_word_for_word_heads_its_answer():
    # Devon, street-lighting/devon-streetlight-operation-2021: "If so, how many of your streetlights does this
    # affect?" has two words to weigh, as its twin of 2018 has; word for word it is question 4 alone
    text = ("If so, how many of your streetlights does this affect? \n\n"
            "Total number of streetlights dimmed, CMS controlled or Part night light \u2013 70,709\n\n"
            "If so, how many of your streetlights did this affect? \n\n"
            "Devon County Council does not record this data in a manner that can be easily extracted from our "
            "systems. As such, we consider that Section 12 of the Freedom of Information Act 2000 applies.\n")
    reply = parse_reply(text, TWINS)
    assert {(f.question, f.value) for f in reply.facts} == {("4", 70709.0)}
    assert {q.question: q.outcome for q in reply.questions}.get("7") == "rejected"


def test_request_item_restated_without_a_question_mark_is_not_taken_word_for_word():
    # a request's item with no "?" over a table ("Please provide the total amount ... in £." over "Year Number
    # Total") heads nothing by its words alone: the table answers more than it
    survey = parse_survey(textwrap.dedent("""
        name = "ndas"
        title = "NDAs"
        [subjects.ndas]
        synonyms = ["non-disclosure agreements?"]
        [subjects.compensation]
        synonyms = ["financial compensation"]
        [[questions]]
        id = "1"
        text = "How many non-disclosure agreements has the authority agreed in each of the calendar years?"
        subject = "ndas"
        measures = ["count"]
        [[questions]]
        id = "3"
        text = "Please provide the total amount of financial compensation awarded for the entirety of this period in £."
        subject = "compensation"
        measures = ["total_cost_gbp"]
    """))
    text = ("How many non-disclosure agreements has the authority agreed in each of the calendar years?\n\n"
            "Please provide the total amount of financial compensation awarded for the entirety of this period in £.\n\n"
            "Year Number Total\n2014 30 \u00a3487,177.66\n2015 32 \u00a3336,329.80\n")
    assert ("1", 30.0) in {(f.question, f.value) for f in parse_reply(text, survey).facts}


def test_answer_under_a_question_restated_word_for_word_is_its_own_though_it_names_another_questions_thing():
    # as a draft names them: "streetlights" is question 1's word, "streetlights affect" question 4's; the line under
    # question 4 restated word for word answers question 4
    survey = parse_survey(textwrap.dedent("""
        name = "drafted-twins"
        title = "Dimming"
        [subjects.streetlights]
        synonyms = ["streetlights?"]
        [subjects.streetlights_affect]
        synonyms = ["streetlights[\\\\s-]*affects?"]
        [[questions]]
        id = "1"
        text = "How many streetlights does your council operate as of 1 April 2021?"
        subject = "streetlights"
        measures = ["count"]
        [[questions]]
        id = "4"
        text = "If so, how many of your streetlights does this affect?"
        subject = "streetlights_affect"
        measures = ["count"]
    """))
    text = ("How many streetlights does your council operate as of 1 April 2021?\n\n"
            "Total number of streetlights owned and maintained by Devon County Council \u2013 79,270\n\n"
            "If so, how many of your streetlights does this affect? \n\n"
            "Total number of streetlights dimmed, CMS controlled or Part night light \u2013 70,709\n")
    assert {(f.question, f.value) for f in parse_reply(text, survey).facts} == {("1", 79270.0), ("4", 70709.0)}


# "the £150 covers": a sum given above, named again with "the" ------------------------------------------------------

CHARGES = parse_survey(textwrap.dedent("""
    name = "charges"
    title = "Conversion charges"
    [subjects.conversion]
    synonyms = ["conversion to all-night lighting", "charges?"]
    [[questions]]
    id = "2"
    text = "How much does it actually cost to convert a street light back to all night use?"
    subject = "conversion"
    measures = ["unit_cost_gbp"]
"""))


def test_sum_named_again_with_the_is_not_a_second_figure():
    # Lincolnshire, street-lighting/lincolnshire-street-lighting-savings-2019
    text = ("2. The charge made by Lincolnshire County Council  for conversion to all-night lighting, as agreed by "
            "Members, is either \u00a3150 when done as part of routine maintenance or \u00a3300 when done as an "
            "additional visit to the column.\n\nWhen done during routine maintenance, the \u00a3150 covers either:\n\n"
            "  \u2022 The cost of conversion to LED\n\nWhen done as an additional visit to the column, the \u00a3300 "
            "covers:\n\n  \u2022 The costs as above plus\n")
    values = [f.value for f in parse_reply(text, CHARGES).facts]
    assert sorted(values) == [150.0, 300.0]


def test_sum_with_the_before_it_is_read_when_first_given():
    text = "2. The charge for conversion to all-night lighting: the \u00a3150 fee applies to each column.\n"
    assert [f.value for f in parse_reply(text, CHARGES).facts] == [150.0]


def test_short_question_restated_word_for_word_takes_the_answer_in_words_below_it():
    # Devon, street-lighting/devon-streetlight-operation-2021: "If so, what hours are they affected?" has two words
    # to weigh; restated word for word, the line under it is its answer
    survey = parse_survey(textwrap.dedent("""
        name = "hours"
        title = "Dimming hours"
        [subjects.lights]
        synonyms = ["streetlights owned"]
        [subjects.hours]
        synonyms = ["hours affected"]
        [[questions]]
        id = "1"
        text = "How many streetlights does your council operate as of 1 April 2021?"
        subject = "lights"
        measures = ["count"]
        [[questions]]
        id = "5"
        text = "If so, what hours are they affected?"
        subject = "hours"
        measures = ["count"]
    """))
    text = ("How many streetlights does your council operate as of 1 April 2021?\n\n"
            "Total number of streetlights owned and maintained by Devon County Council \u2013 79,270\n\n"
            "If so, what hours are they affected? \n\n"
            "Stepped Dimming from 21:30 to 06:30, Part night lighting off at 0:30 until 05:30 GMT\n")
    statuses = {q.question: q.outcome for q in parse_reply(text, survey).questions}
    assert statuses == {"1": "successful", "5": "successful"}
    # a line that only shares the short question's words is no restatement of it
    other = text.replace("If so, what hours are they affected?", "Hours affected vary by area.")
    assert "5" not in {q.question for q in parse_reply(other, survey).questions}


# A sum after a price each in one sentence, under its question's number (helper "rules-lights2") -----------------

SAVINGS = parse_survey(textwrap.dedent("""
    name = "savings"
    title = "Savings"
    [subjects.money_saved]
    label = "Money saved"
    synonyms = ["money[\\\\s-]*saved"]
    [subjects.actually_cost]
    label = "Actually cost"
    synonyms = ["actually[\\\\s-]*costs?"]
    [subjects.quoted_cost]
    label = "Quoted cost"
    synonyms = ["quoted[\\\\s-]*costs?"]
    [[questions]]
    id = "1"
    text = "How much money did LCC save last year following the conversion of street lighting to part night use in Louth and/or across the County?"
    subject = "money_saved"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "2"
    text = "How much does it actually cost to convert a street light back to all night use?"
    subject = "actually_cost"
    measures = ["unit_cost_gbp"]
    [[questions]]
    id = "3"
    text = "Why is the quoted cost to Town and Parish Councils of £300-£350 per light to convert part night lighting back to all night use so expensive?"
    subject = "quoted_cost"
    measures = ["unit_cost_gbp"]
"""))

LINCS_ANSWER = ("1. The overall savings made from the overall Street Lighting Transformation project implemented in "
                "2016/17 were in the order of \u00a31.7M at the time.\n\n"
                "However, the financial savings are being eroded subsequently by ongoing energy price increases.\n\n"
                "Based on an average energy cost of \u00a30.14 per kwh in 2018/19, last year part-night lighting saved "
                "around \u00a3688k across the County and \u00a324k in Louth.\n\n"
                "2. The charge is either \u00a3150 when done as part of routine maintenance or \u00a3300 when done "
                "as an additional visit.\n")


def _sums(text: str, survey) -> set[tuple[str | None, str, float]]:
    return {(f.question, f.measure, f.value) for f in parse_reply(text, survey).facts}


def test_sums_after_a_price_each_are_their_questions_under_its_number():
    # Lincolnshire, street-lighting/lincolnshire-street-lighting-savings-2019: the sentence shares words with
    # question 3 too ("part night lighting", "cost"), but it stands under 1's number and shares more with 1; the
    # "per kwh" prices the £0.14, not the £688k after it
    found = _sums(LINCS_ANSWER, SAVINGS)
    assert {("1", "total_cost_gbp", 688000.0), ("1", "total_cost_gbp", 24000.0)} <= found
    assert not {v for _, _, v in found} & {0.14}


def test_sum_after_a_price_each_keeps_its_own_measure():
    text = ("1. The savings were \u00a31.7M.\n\nAt a cost of \u00a30.20 each, last year part-night lighting in the "
            "County saved \u00a3500k.\n")
    assert ("1", "total_cost_gbp", 500000.0) in _sums(text, SAVINGS)


def test_price_each_after_its_sum_stays_a_price_each():
    # "£150 per light" with no sum before it: the cue is the price's own
    text = "2. It would actually cost \u00a3150 per light to convert a street light back to all night use.\n"
    assert ("2", "unit_cost_gbp", 150.0) in _sums(text, SAVINGS)



# A length of time in words, in a long answer under its question's number -----------------------------------------

NOT_WORKING = parse_survey(textwrap.dedent("""
    name = "not-working"
    title = "Street lights not working"
    [subjects.repair_street]
    label = "Repair street"
    synonyms = ["repair[\\\\s-]*streets?"]
    [subjects.once_know]
    label = "Once know"
    synonyms = ["once[\\\\s-]*knows?"]
    [subjects.days_to_stick_to]
    label = "Days that you have to stick to"
    synonyms = ["days[\\\\s-]*sticks?"]
    [[questions]]
    id = "1"
    text = "Do you have to repair every street light out reported?"
    subject = "repair_street"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "Once you know the date, do you tell the person by e-mail the date the lights will be fixed?"
    subject = "once_know"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "Roughly how long after being reported will the lights be fixed? Is there a maximum amount of days that you have to stick to between the reporting date and the fixing date?"
    subject = "days_to_stick_to"
    measures = ["days"]
"""))

MORAY_FAULTS = ("1. Yes.\n2. No\n3. We aim to repair all known street lighting faults within five working days. However, "
                "efforts are made to group faults into geographical areas in order to maximize the efficiency of our "
                "repair crews. This may result in us not being able to meet the five working days target on every "
                "fault (we currently have a reduced team due to various reasons which has been having an impact on "
                "our repair time of the faults reported).\n")


def test_length_of_time_in_words_under_a_long_answers_number_is_its_questions():
    # Moray, street-lighting/moray-street-lights-not-working-2025: "five working days" is 5 days; the answer's later
    # sentences hold every word of question 1 ("repair", "street", "light", "reported"), but its number is 3's
    assert ("3", None, "days", 5.0) in _figures(MORAY_FAULTS, NOT_WORKING)


def test_lengths_of_time_in_words():
    from reader.rates import find_rates
    found = [(r.value, r.measure) for r in find_rates("within twenty-one days, or three weeks, or ten business days",
                                                      {"days"})]
    assert found == [(21.0, "days"), (21.0, "days"), (10.0, "days")]
    # the FOI time limit in words is no answer
    assert find_rates("We will reply within twenty working days.", {"days"}) == []
    # not asked: nothing
    assert find_rates("within five working days", {"percent"}) == []



# A part named in brackets after its whole: "£628600.45 (inc UMSUG admin services of £3200)" ---------------------

RUNNING = parse_survey(textwrap.dedent("""
    name = "running"
    title = "Running costs"
    [subjects.running]
    label = "Running cost"
    synonyms = ["running[\\\\s-]*costs?"]
    [[questions]]
    id = "2"
    text = "What is the running cost of the streetlights per year?"
    subject = "running"
    measures = ["total_cost_gbp"]
"""))


def test_part_in_brackets_after_a_sum_is_no_figure_of_its_own():
    # Thurrock, street-lighting/thurrock-street-light-data-2021: the £3200 is part of the £628600.45
    text = "2. Running cost 20/21 = \u00a3628600.45 (inc UMSUG admin services of \u00a33200).\n"
    values = {v for _, _, _, v in _figures(text, RUNNING)}
    assert 628600.45 in values and 3200.0 not in values
    text = "2. Running cost \u00a3500,000 (including maintenance \u00a340,000)\n"
    values = {v for _, _, _, v in _figures(text, RUNNING)}
    assert 500000.0 in values and 40000.0 not in values


def test_sum_in_brackets_that_is_not_a_part_is_still_read():
    text = "2. Running cost \u00a3500,000 (2019/20: \u00a3480,000)\n"
    assert 480000.0 in {v for _, _, _, v in _figures(text, RUNNING)}


# A count named by the noun of the question's adjective: "150-200 faults" asked "reported as faulty" -------------

FAULTY = parse_survey(textwrap.dedent("""
    name = "faulty"
    title = "Faulty streetlights"
    [periods]
    asked = [ { label = "2023", start = "2023-01-01", end = "2023-12-31" } ]
    [subjects.streetlights]
    label = "Streetlights"
    synonyms = ["streetlights?", "reports?"]
    [[questions]]
    id = "1"
    text = "How many streetlights were reported as faulty in the calendar year 2023?"
    subject = "streetlights"
    measures = ["count"]
    periods = ["2023"]
"""))


def test_noun_of_the_questions_adjective_counts_what_it_asks():
    # Dover, street-lighting/dover-broken-streetlights-2024: the 150-200 faults are the faulty lights (175, the
    # range's middle); the 2750 "out of" which they are is the whole, not asked
    text = ("  1. Dover District Council does not record yearly lighting faults, but it\u2019s estimated to be "
            "approximately 150-200 faults out of 2750 lights per year.\n")
    values = {v for _, _, _, v in _figures(text, FAULTY)}
    assert 175.0 in values and 2750.0 not in values



# Christmas lights (helper "rules13aq", session of 2026-12-07, late night) ----------------------------------------

from tests.reading_helpers import statuses  # noqa: E402

CHRISTMAS = parse_survey(textwrap.dedent("""
    name = "christmas"
    title = "Christmas lights"
    [subjects.lights]
    synonyms = ["christmas lights?"]
    [subjects.decorations]
    synonyms = ["christmas decorations?"]
    [subjects.energy]
    synonyms = ["estimated energy"]
    [[questions]]
    id = "1"
    text = "The annual spend on Christmas lights per year, for the following years: 2020, 2021, 2022"
    subject = "lights"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "2"
    text = "The annual spend on Christmas decorations (e.g. trees), for the following years: 2020, 2021, 2022"
    subject = "decorations"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "3"
    text = "The estimated energy consumption (in kWh) of the Christmas lights, for the following years: 2020, 2021, 2022"
    subject = "energy"
    measures = ["kwh"]
"""))


def test_no_estimate_available_for_a_questions_words_is_that_question_not_held():
    # Thurrock, christmas-lights/thurrock-christmas-light-spending-14438: the figures above answer the spend; the
    # energy question is not held, named by its words ("energy consumption"), not by a number
    text = ("Response:\n\nPrior to this the Christmas lights each year were procured through a single contract whose "
            "costs excluding VAT were:\n\n  \u2022 2020 - \u00a39,238\n  \u2022 2021 - \u00a39,238\n\n"
            "Power for festive lighting schemes in Grays is drawn from public street lighting columns and no estimate "
            "is available for energy consumption.\n")
    said = statuses(text, CHRISTMAS)
    assert said.get("3") == "not_held" and said.get("1") == "successful"


def test_no_estimates_available_on_a_questions_words_is_that_question_not_held():
    text = ("Response:\n\nThe Christmas lights cost:\n  \u2022 2020 - \u00a39,238\n  \u2022 2021 - \u00a39,238\n\n"
            "The lights are powered from lamp columns; no estimates are available on their energy consumption.\n")
    assert statuses(text, CHRISTMAS).get("3") == "not_held"


def test_requests_to_be_directed_to_another_body_is_part_not_held():
    # Wokingham, christmas-lights/wokingham-christmas-expenditure-18979: the council's own £200 given, the towns'
    # lighting sent to their councils
    text = ("We have not purchased any additional Christmas lighting for Shute End since Christmas 2017. The total "
            "expenditure for Christmas lighting and decoration was \u00a3200 as this was a single payment.\n\n"
            "The Town and Parish Councils are responsible for any lighting that is erected in their area and is not "
            "the Borough Council who deals with this. Requests would need to be directed to them.\n")
    assert parse_reply(text, CHRISTMAS).outcome == "partially_successful"


def test_enquiries_to_be_forwarded_to_another_body_is_part_not_held():
    # Dundee, dog-fouling/dundee-littering-dog-fouling-20190112001, Q8: "This would need to be directed to the
    # Procurator Fiscal's service" (there also held not under EISR reg 10(4)(a))
    text = ("Response\n\nThe total expenditure for Christmas lighting was \u00a3200.\n\nThe lights in the towns are "
            "the community councils' own. Enquiries will have to be forwarded to them.\n")
    assert parse_reply(text, CHRISTMAS).outcome == "partially_successful"


def test_requests_must_be_addressed_to_the_review_officer_is_no_not_held():
    text = ("Response\n\nThe total expenditure for Christmas lighting was \u00a3200.\n\nRequests for an internal "
            "review must be submitted within two months and should be addressed to the Information Officer.\n")
    assert parse_reply(text, CHRISTMAS).outcome == "successful"
