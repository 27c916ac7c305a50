"""Rules found on the topics still under 0.9 facts F1 with drafted surveys (allotments, cctv, parking-pcns), in
the session of 2026-12-06 (helper "laggards3"): each test quotes the real reply's words (from
tests/files/real_set/) that the rule reads, and each is read wrongly without it.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply

from tests.reading_helpers import figures
from reader.survey import parse_survey


def _figures(text: str, survey) -> set[tuple]:
    return figures(text, survey, "question", "measure", "value")


# A length of time under one question's number that the question next to it asks for ---------------------------

MONITORING = parse_survey(textwrap.dedent("""
    name = "cctv-monitoring"
    title = "CCTV monitoring"
    [subjects.days_monitored]
    label = "Days monitored"
    synonyms = ["days a week/month/year"]
    [subjects.hours_monitored]
    label = "Hours monitored"
    synonyms = ["hours a day/week/month/year"]
    [[questions]]
    id = "3"
    text = "How many days a week/month/year (as appropriate) these cameras are monitored"
    subject = "days_monitored"
    measures = ["days"]
    [[questions]]
    id = "4"
    text = "How many hours a day/week/month/year (as appropriate) these cameras are monitored"
    subject = "hours_monitored"
    measures = ["hours"]
    """), "cctv-monitoring.toml")


def test_hours_under_the_days_question_answer_the_hours_question_beside_it():
    # East Herts: the hours and the days in one answer under 3), and "4) as above"
    text = "3)  monitored  24 hours 7 days a week  throughout the year\n\n4)  as above\n"
    found = _figures(text, MONITORING)
    assert ("4", "hours", 24) in found and ("3", "days", 7) in found


def test_a_length_of_time_no_question_near_asks_for_is_still_dropped():
    other = parse_survey(textwrap.dedent("""
        name = "cctv-days"
        title = "CCTV days"
        [subjects.days_monitored]
        label = "Days monitored"
        synonyms = ["days a week/month/year"]
        [subjects.cameras]
        label = "Cameras"
        synonyms = ["cameras?"]
        [[questions]]
        id = "1"
        text = "How many cameras do you operate in the district?"
        subject = "cameras"
        measures = ["count"]
        [[questions]]
        id = "2"
        text = "How many days a week/month/year (as appropriate) these cameras are monitored"
        subject = "days_monitored"
        measures = ["days"]
        """), "cctv-days.toml")
    assert not {v for _, m, v in _figures("2)  monitored  24 hours 7 days a week\n", other) if m == "hours"}


# "no" before a survey's word that only says which kind of another noun is meant --------------------------------

BUS_LANES = parse_survey(textwrap.dedent("""
    name = "bus-lanes"
    title = "Bus lane PCNs"
    [subjects.bus_lane_pcns]
    label = "Bus lane PCNs"
    synonyms = ["bus[\\\\s-]*lane[\\\\s-]*pcns?"]
    [subjects.bus]
    label = "Bus"
    synonyms = ["bus?"]
    [[questions]]
    id = "1"
    text = "The total number of bus lane PCNs issued."
    subject = "bus_lane_pcns"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "The total number of bus"
    subject = "bus"
    measures = ["count"]
    """), "bus-lanes.toml")


def test_no_before_a_word_that_names_the_kind_of_another_noun_is_no_zero():
    # Wokingham, under each of the request's questions: the council has no bus lanes, not "0 PCNs"
    text = "1. Annual totals:\nWokingham Borough Council have no bus lanes to enforce.\n"
    assert not _figures(text, BUS_LANES)


def test_no_before_the_thing_itself_is_still_zero():
    assert ("1", "count", 0) in _figures("1. There were no bus lane PCNs issued.\n", BUS_LANES)
    assert ("2", "count", 0) in _figures("2. There is no bus operated by the council.\n", BUS_LANES)


# A figure after a question quoted back, followed by the thing it counts as another part of the question names it -

PLOTS = parse_survey(textwrap.dedent("""
    name = "allotment-plots"
    title = "Allotment sites and plots"
    [subjects.sites]
    label = "Sites"
    synonyms = ["sites?"]
    [subjects.allotment_plots]
    label = "Allotment plots"
    synonyms = ["allotment[\\\\s-]*plots?", "plots?"]
    [subjects.sites_q4a]
    label = "Sites"
    synonyms = ["sites?"]
    [subjects.allotment_plots_q4b]
    label = "Allotment plots"
    synonyms = ["allotment[\\\\s-]*plots?", "plots?"]
    [[questions]]
    id = "3a"
    text = "How many allotment sites and"
    subject = "sites"
    measures = ["count"]
    [[questions]]
    id = "3b"
    text = "How many allotment plots do you have in total currently?"
    subject = "allotment_plots"
    measures = ["count"]
    [[questions]]
    id = "4a"
    text = "How many allotment sites and"
    subject = "sites_q4a"
    measures = ["count"]
    [[questions]]
    id = "4b"
    text = "How many allotment plots did you have in total in May 2010?"
    subject = "allotment_plots_q4b"
    measures = ["count"]
    """), "allotment-plots.toml")


def test_the_thing_named_after_a_figure_is_the_part_of_the_same_thing_under_this_number():
    # Charnwood: the council typed its answers into the questions it quoted back
    text = ("3. How many allotment a) sites 9 and b) plots do you have in total currently ? 287 full plots, however "
            "many are now split into halves or more\n"
            "4. How many allotment a) sites 9 and b) plots did you have in total in May 2010? 287 full plots, however "
            "many are now split into halves or more\n")
    found = _figures(text, PLOTS)
    assert ("3b", "count", 287) in found and ("4b", "count", 287) in found
    assert ("4a", "count", 287) not in found


# A size of land and the one thing a price is for are not counts --------------------------------------------------

def test_a_size_of_land_is_not_a_count():
    # Gloucester: "(ten poles plot)" is how large a whole plot is, not how many
    text = ("2) What is the total number of plots on these sites? Approx 690.\n"
            "Total number alters monthly & depends on whether a plot becomes vacant and is a whole (ten poles plot). "
            "We will divide whole plots in half (or more). We also have one site where plots are currently under "
            "`development' where even more plots will hopefully be returned to use (2011).\n")
    found = {v for _, m, v in _figures(text, PLOTS_ONLY)}
    assert 690 in found and 10 not in found
    assert not {v for _, _, v in _figures("2) The new site is 4.25 hectares, some 20 acres in all (2011).\n",
                                          PLOTS_ONLY)}


def test_fifteen_poles_counted_are_a_count():
    assert ("2", "count", 15) in _figures("2) 15 poles were installed in 2011.\n", parse_survey(textwrap.dedent("""
        name = "poles"
        title = "Poles"
        [subjects.poles]
        label = "Poles"
        synonyms = ["poles?"]
        [[questions]]
        id = "2"
        text = "How many poles were installed?"
        subject = "poles"
        measures = ["count"]
        """), "poles.toml"))


PLOTS_ONLY = parse_survey(textwrap.dedent("""
    name = "plots"
    title = "Plots"
    [subjects.plots]
    label = "Plots"
    synonyms = ["plots?"]
    [subjects.allotment_plots]
    label = "Allotment plots"
    synonyms = ["allotment plots?"]
    [[questions]]
    id = "2"
    text = "What is the total number of plots on these sites?"
    subject = "plots"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "Number of Allotment Plots"
    subject = "allotment_plots"
    measures = ["count"]
    """), "plots.toml")


def test_the_one_thing_a_price_is_for_is_not_a_count():
    # Moray: the request's bullet quoted back in the reply, its questions drafted from the column headings only
    text = (" - The annual cost in fees/rental charges that a person pays to the council for one allotment plot\n"
            "3. Not held - none.\n")
    assert not _figures(text, PLOTS_ONLY)
    assert ("3", "count", 1) in _figures("3. The council has one allotment plot.\n", PLOTS_ONLY)


# Lines under a question's number that each open with a figure and the council's own words for it ---------------

CHALLENGES = parse_survey(textwrap.dedent("""
    name = "challenges"
    title = "PCN challenges"
    [periods]
    asked = [{ label = "2021-22", start = 2021-04-01, end = 2022-03-31 },
             { label = "2022-23", start = 2022-04-01, end = 2023-03-31 }]
    [subjects.parking_violation_pcns]
    label = "Parking violation PCNs"
    synonyms = ["parking[\\\\s-]*violation[\\\\s-]*pcns?", "violation[\\\\s-]*pcns?"]
    [subjects.challenges_representations]
    label = "Challenges/ representations"
    synonyms = ["challenges/[\\\\s-]*representations?"]
    [[questions]]
    id = "2"
    text = "What was the total number of parking violation PCNs issued in your region during each of the years?"
    subject = "parking_violation_pcns"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "What was the total number of challenges/ representations* submitted against these PCNs during each of these years?"
    subject = "challenges_representations"
    measures = ["count"]
    """), "challenges.toml")

WOKINGHAM = ("3. What was the total number of challenges/ representations* submitted against these PCNs during each "
             "of these years?\n"
             "5,378 Penalty Notices successfully appealed at informal, Representation or Appeal stages. Financial "
             "year 21/22\n"
             "2,923 Penalty Notices successfully appealed at informal, Representation or Appeal stages. Financial "
             "year 22/23\n")


def test_figure_led_lines_under_a_question_are_its_count():
    found = _figures(WOKINGHAM, CHALLENGES)
    assert ("3", "count", 5378) in found and ("3", "count", 2923) in found


def test_one_figure_led_sentence_alone_is_not_taken():
    text = ("3. What was the total number of challenges/ representations* submitted against these PCNs during each "
            "of these years?\n"
            "4 officers deal with the representations we receive, at informal and formal stages of the process.\n")
    assert not _figures(text, CHALLENGES)


PAYMENT = parse_survey(textwrap.dedent("""
    name = "payment"
    title = "PCN payment"
    [subjects.charge_certificates]
    label = "Charge Certificates"
    synonyms = ["charge[\\\\s-]*certificates?"]
    [subjects.days_it_takes]
    label = "Days it takes for a penalty"
    synonyms = ["days[\\\\s-]*it[\\\\s-]*takes"]
    [[questions]]
    id = "2"
    text = "How many Charge Certificates were issued and posted by your organisation last financial year?"
    subject = "charge_certificates"
    measures = ["count"]
    [[questions]]
    id = "7"
    text = "What is the average number of days it takes for a Penalty Charge Notice issued by your organisation, to be paid in full?"
    subject = "days_it_takes"
    measures = ["days", "count", "percent"]
    """), "payment.toml")


def test_figure_led_bullets_with_a_later_clause_naming_another_thing():
    # Devon: the survey's "Charge Certificate" stands in a clause after the figure's own; the days are conditions
    text = ("7. What is the average number of days it takes for a Penalty Charge Notice issued by your organisation, "
            "to be paid in full?\n"
            "DCC do not hold this information. We can tell you that\n"
            "  \u2022 39,269 cases paid within 14 days of issue at discounted amount\n"
            "  \u2022 6,605 cases paid after 28 days of issue at full charge, but before a Charge Certificate is issued\n"
            "  \u2022 1, 002 cases paid after 53 days from date of issue with 50% surcharge applied, but before TE3/9 "
            "(Order for recovery of unpaid penalty charge form) being issued\n")
    found = _figures(text, PAYMENT)
    assert {("7", "count", 39269), ("7", "count", 6605), ("7", "count", 1002)} <= found
    assert not {v for q, m, v in found if m in ("percent", "days")}
    assert not {q for q, _, _ in found if q == "2"}


# Figures after the whole they break down, on the line the question's number opens -------------------------------

CHALLENGED = parse_survey(textwrap.dedent("""
    name = "challenged"
    title = "PCNs challenged"
    [subjects.pcns_issued]
    label = "PCNs"
    synonyms = ["pcns?"]
    [subjects.pcns_challenged]
    label = "PCNs challenged"
    synonyms = ["challenged"]
    [subjects.outcomes]
    label = "Challenged PCNs upheld or cancelled"
    synonyms = ["not[\\\\s-]*upheld", "uphelds?"]
    [[questions]]
    id = "1"
    text = "Number of PCNs issued by your council in 2018"
    subject = "pcns_issued"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "Number of PCNs from the above category which were challenged"
    subject = "pcns_challenged"
    measures = ["count"]
    [[questions]]
    id = "4"
    text = "Number of the above challenged PCNs in each category which were upheld by the Council, and the number of the above challenged PCNs in which category which were not upheld/cancelled by the Council"
    subject = "outcomes"
    measures = ["count"]
    """), "challenged.toml")


def test_figures_after_the_whole_they_break_down_answer_the_numbered_question():
    # Guildford: the PCNs challenged are the whole; cancelled, written off and upheld are question 4's figures (and
    # "written off" is no section of things got rid of in a survey that asks about no buying)
    text = ("4, Of the Guildford PCNs that were challenged, 3,522 were cancelled as a result of informal or formal "
            "representation, 2,435 were written off for other reasons and 2,934 were upheld.\n")
    found = _figures(text, CHALLENGED)
    assert {("4", "count", 3522), ("4", "count", 2435), ("4", "count", 2934)} <= found
    assert not {q for q, _, _ in found if q != "4"}


def test_things_written_off_are_still_not_things_bought():
    bought = parse_survey(textwrap.dedent("""
        name = "laptops"
        title = "Laptops bought"
        [subjects.laptops]
        label = "Laptops"
        synonyms = ["laptops?"]
        [[questions]]
        id = "1"
        text = "How many laptops were purchased in 2020?"
        subject = "laptops"
        measures = ["count"]
        """), "laptops.toml")
    text = "1. The following devices were recycled or written off:\nLaptops 50\n"
    assert not _figures(text, bought)


def test_no_things_and_what_the_survey_asks_is_so_of_them_is_zero():
    # Hastings: "4. No sites closed." answering "Are any of these waiting lists closed to further applications?"
    closed = parse_survey(textwrap.dedent("""
        name = "closed"
        title = "Waiting lists closed"
        [subjects.people]
        label = "People on the list"
        synonyms = ["people on the lists?", "closed"]
        [[questions]]
        id = "4"
        text = "Are any of these waiting lists closed to further applications? And if so, how long have they been closed and what was the total number of people on the list at the point of closure."
        subject = "people"
        measures = ["count", "days"]
        """), "closed.toml")
    assert ("4", "count", 0) in _figures("3. 542\n4. No sites closed.\n", closed)


# A request's item restated with no "?" and no number heads the figures under it ----------------------------------

BADGES = parse_survey(textwrap.dedent("""
    name = "badges"
    title = "Blue Badge misuse"
    [periods]
    asked = [{ label = "2021", start = 2021-01-01, end = 2021-12-31 },
             { label = "2022", start = 2022-01-01, end = 2022-12-31 }]
    [subjects.misuse_reports]
    label = "Reports of suspected Blue Badge misuse"
    synonyms = ["reports of suspected blue badge misuse"]
    [subjects.badge_pcns]
    label = "Blue Badge-related Penalty Charge Notice"
    synonyms = ["blue[\\\\s-]*badge[\\\\s-]*related[\\\\s-]*penalty[\\\\s-]*charge[\\\\s-]*notices?"]
    [[questions]]
    id = "1"
    text = "The number of reports of suspected Blue Badge misuse received from the public or third parties"
    subject = "misuse_reports"
    measures = ["count"]
    periods = ["2021", "2022"]
    [[questions]]
    id = "2"
    text = "The number of Blue Badge-related Penalty Charge Notices (PCNs) issued by your authority (including offences for misuse of a Blue Badge, parking in disabled bays without a valid badge, expired badges, etc.)"
    subject = "badge_pcns"
    measures = ["count"]
    periods = ["2021", "2022"]
    """), "badges.toml")


def test_a_request_item_restated_without_a_question_mark_heads_its_answer():
    # Tunbridge Wells: the request's dashed items repeated, each over its answer
    text = ("-The number of reports of suspected Blue Badge misuse received from the public or third parties\n"
            "Information not held. Please contact Kent County Council for this information.\n"
            "-The number of Blue Badge-related Penalty Charge Notices (PCNs) issued by your authority (including "
            "offences for misuse of a Blue Badge, parking in disabled bays without a valid badge, expired badges, "
            "etc.)\n"
            "2021: 424\n"
            "2022: 580\n")
    found = _figures(text, BADGES)
    assert ("2", "count", 424) in found and ("2", "count", 580) in found


def test_a_row_label_under_a_header_of_years_is_not_a_restated_question():
    # GLA: "Total number of days lost ..." labels the row of figures under "2021/22 2022/23 2023/24"
    days = parse_survey(textwrap.dedent("""
        name = "days"
        title = "Days lost"
        [subjects.sick_days]
        label = "Days lost due to sick leave"
        synonyms = ["days lost due to sick leave"]
        [[questions]]
        id = "1"
        text = "Total number of days lost due to sick leave within the council"
        subject = "sick_days"
        measures = ["days"]
        """), "days.toml")
    text = ("  2021/22 2022/23 2023/24\n"
            "Total number of days lost due to sick leave within the Greater London Authority\n"
            "5841 5406 4824\n")
    periods = {(f.period, f.value) for f in parse_reply(text, days).facts}
    assert ("2021/22", 5841) in periods and ("2023/24", 4824) in periods


def test_a_codes_number_is_not_a_count():
    # Lincolnshire and Devon: contravention codes name kinds of offence
    pcns = parse_survey(textwrap.dedent("""
        name = "pcns"
        title = "PCNs"
        [subjects.penalty_charge_notices]
        label = "Penalty charge notices"
        synonyms = ["penalty charge notices?", "pcns?"]
        [[questions]]
        id = "3"
        text = "How many penalty charge notices were issued?"
        subject = "penalty_charge_notices"
        measures = ["count"]
        """), "pcns.toml")
    assert not _figures("3. Information is held on LCC website \u2013 You can filter contravention Code 40 and Code "
                        "87 PCNs\n", pcns)
    assert ("3", "count", 120) in _figures("3. 120 PCNs were issued under code 40.\n", pcns)


# A part's letter alone on its line, and "N things were <kind>" -----------------------------------------------

APPLICATIONS = parse_survey(textwrap.dedent("""
    name = "applications"
    title = "Blue badge applications"
    [periods]
    asked = [{ label = "2016", start = 2016-01-01, end = 2016-12-31 }]
    [subjects.applications]
    label = "Blue badge applications"
    synonyms = ["blue[\\\\s-]*badge[\\\\s-]*applications?", "badge[\\\\s-]*applications?"]
    [subjects.successful]
    label = "Applications successful"
    synonyms = ["successful"]
    [[questions]]
    id = "1a"
    text = "How many blue badge applications were received?"
    subject = "applications"
    measures = ["count"]
    periods = ["2016"]
    [[questions]]
    id = "1b"
    text = "How many of these applications were successful?"
    subject = "successful"
    measures = ["count"]
    periods = ["2016"]
    """), "applications.toml")


def test_a_letter_alone_on_its_line_opens_its_part_and_the_kind_after_were_is_counted():
    # Lincolnshire: "a." and "b." on lines of their own over their bullets
    text = ("1.\n"
            "a. \n"
            "  \u2022 2016 \u2013 14899 blue badge applications were received\n"
            "b.\n"
            "  \u2022 2016 \u2013 14406 blue badge applications were successful\n")
    found = _figures(text, APPLICATIONS)
    assert ("1a", "count", 14899) in found and ("1b", "count", 14406) in found
    assert ("1a", "count", 14406) not in found


def test_a_length_of_time_the_survey_does_not_ask_for_is_not_a_count():
    # Moray: the staff tasked are "2 men"; the labour days and hours are lengths of time, not staff
    staff = parse_survey(textwrap.dedent("""
        name = "staff"
        title = "Staff tasked"
        [periods]
        asked = [{ label = "2011/12", start = 2011-04-01, end = 2012-03-31 }]
        [subjects.council_employees]
        label = "Council employees"
        synonyms = ["council[\\\\s-]*employees?"]
        [[questions]]
        id = "4"
        text = "How many council employees were tasked with both clearing up graffiti and gum during 2011/12?"
        subject = "council_employees"
        measures = ["count"]
        periods = ["2011/12"]
        """), "staff.toml")
    text = ("3. No. of Council employees tasked with clearing up graffiti during:\n"
            "2011/12 \u2013 31 labour days x 2 men ( approx. 250 labour hours) \u2013 34 jobs\n")
    found = {v for _, _, v in _figures(text, staff)}
    assert 2 in found and not found & {31, 250}


def test_a_length_under_a_label_that_says_its_unit_is_not_a_count():
    # Lincolnshire: the length of the restrictions, in metres, is no count of bays
    bays = parse_survey(textwrap.dedent("""
        name = "bays"
        title = "Disabled bays"
        [subjects.bays]
        label = "Designated disabled parking bays"
        synonyms = ["disabled parking bays?", "restrictions?"]
        [[questions]]
        id = "1"
        text = "How many designated disabled parking bays are there?"
        subject = "bays"
        measures = ["count"]
        """), "bays.toml")
    assert not _figures("1. Total restrictions length (in metres): 22412.\n", bays)
    assert ("1", "count", 120) in _figures("1. Total restrictions: 120\n", bays)
