"""Forms of English councils write in any topic (helper "rules13aq", session of 2026-12-07, late night), found in the
air-quality topic's replies. Each test quotes a real reply's words (tests/files/real_set/air-quality/) that the rule
reads, and each is read wrongly without it; made-up variants show the form is read generally, and what it is not.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply
from reader.survey import parse_survey

from tests.reading_helpers import figures

SCHOOLS = parse_survey(textwrap.dedent("""
    name = "monitors-schools"
    title = "Air pollution monitors and schools"
    [subjects.monitors]
    synonyms = ["air pollution monitors?", "monitors?"]
    [subjects.near_schools]
    synonyms = ["monitors? within 10 metres of a school"]
    [subjects.pupils]
    synonyms = ["children", "pupils"]
    [[questions]]
    id = "1"
    text = "How many air pollution monitors are actively recording and measuring air pollution levels?"
    subject = "monitors"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "How many of these air pollution monitors are within 10 metres of a primary or secondary school? If possible please provide co-ordinates of schools."
    subject = "near_schools"
    measures = ["count"]
    [[questions]]
    id = "5"
    text = "How many children do you estimate attend primary and secondary schools?"
    subject = "pupils"
    measures = ["count"]
    """), "schools.toml")

# Moray Council, air pollution and schools (2016)
MORAY_SCHOOLS = textwrap.dedent("""\
    Response 06-09-2016

    1. The Moray Council carries out air quality monitoring at 19 air pollution monitors.

    3. One of these monitoring points is located within 10 metres of a school. The coordinates of the school is: 322216 - 862652.

    5.  Primary - 6463
    """)


def test_coordinates_are_no_figures():
    found = figures(MORAY_SCHOOLS, SCHOOLS, "value")
    assert (322216,) not in found and (862652,) not in found
    assert (6463,) in found


def test_coordinates_written_otherwise_are_no_figures():
    for said in ("3. One is within 10 metres of a school, at grid reference SU 4123 8765.",
                 "3. One monitor, at Easting 322216, Northing 862652.",
                 "3. Co-ordinates: 322216/862652. One monitor is within 10 metres of a school."):
        found = figures(said, SCHOOLS, "value")
        assert not {v for (v,) in found} & {4123, 8765, 322216, 862652}, said


def test_one_of_these_answers_how_many_of_these():
    assert ("3", None, "count", 1) in figures(MORAY_SCHOOLS, SCHOOLS)


def test_two_of_those_answers_how_many_of_those():
    survey = parse_survey(SCHOOLS_TEXT.replace("How many of these", "How many of those"), "s.toml")
    found = figures("Response\n\n1. 19\n\n3. Two of those are within 10 metres of a school.\n", survey)
    assert ("3", None, "count", 2) in found


def test_one_of_the_reasons_is_still_no_count():
    # not under a question that asks "how many of these": "one of" is no count
    found = figures("5. One of the reasons we do not hold this is that schools report to the Scottish Government.",
                    SCHOOLS, "value")
    assert (1,) not in found


SCHOOLS_TEXT = textwrap.dedent("""
    name = "monitors-schools"
    title = "Air pollution monitors and schools"
    [subjects.monitors]
    synonyms = ["air pollution monitors?"]
    [subjects.near_schools]
    synonyms = ["near schools"]
    [[questions]]
    id = "1"
    text = "How many air pollution monitors are there?"
    subject = "monitors"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "How many of these air pollution monitors are within 10 metres of a primary or secondary school?"
    subject = "near_schools"
    measures = ["count"]
    """)


# Wokingham Borough Council, wood burning (2021): each year's total before its breakdown
YEARS = parse_survey(textwrap.dedent("""
    name = "smoke-complaints"
    title = "Complaints about smoke from domestic fires"
    [periods]
    asked = [
      { label = "2016", start = "2016-01-01", end = "2016-12-31" },
      { label = "2017", start = "2017-01-01", end = "2017-12-31" },
    ]
    [subjects.complaints]
    synonyms = ["complaints?"]
    [[questions]]
    id = "1a"
    text = "Please state how many complaints your local authority has received about smoke from domestic fires in each of the following calendar years: 2016"
    subject = "complaints"
    measures = ["count"]
    periods = ["2016"]
    [[questions]]
    id = "1b"
    text = "Please state how many complaints your local authority has received about smoke from domestic fires in each of the following calendar years: 2017"
    subject = "complaints"
    measures = ["count"]
    periods = ["2017"]
    """), "years.toml")

WOKINGHAM = textwrap.dedent("""\
    1. Please state how many complaints your local authority has received about smoke from domestic fires in each of the following calendar years:
    a) 2016
    \u2022 Total: 196
    \u2022 Air Quality - Domestic: 15
    \u2022 Bonfire: 152
    b) 2017
    \u2022 Total: 175
    \u2022 Air Quality - Domestic: 8
    \u2022 Bonfire: 151
    """)


def test_a_total_before_its_breakdown_is_the_figure_asked():
    found = figures(WOKINGHAM, YEARS, "question", "value")
    assert ("1a", 196) in found and ("1b", 175) in found
    assert ("1a", 152) in found


def test_a_total_after_its_breakdown_is_still_read_as_before():
    text = WOKINGHAM.replace("\u2022 Total: 196\n\u2022 Air Quality - Domestic: 15\n\u2022 Bonfire: 152\n",
                             "\u2022 Air Quality - Domestic: 15\n\u2022 Bonfire: 152\n\u2022 Total: 167\n")
    before = figures(text.replace("\u2022 Total: 167\n", ""), YEARS, "question", "value")
    assert ("1a", 15) in before and ("1a", 152) in before
    assert parse_reply(text, YEARS) is not None


# Moray Council, engine idling (EISR, 2020): a regulation called a section
IDLING = parse_survey(textwrap.dedent("""
    name = "idling"
    title = "Engine idling fines"
    law = "eir"
    [subjects.fines]
    synonyms = ["fixed penalty notices?"]
    [[questions]]
    id = "1"
    text = "How many Fixed Penalty Notices has your council issued to motorists who have left their engine idling?"
    subject = "fines"
    measures = ["count"]
    """), "idling.toml")


def test_a_regulation_called_a_section_is_the_regulation():
    text = ("EIR Request - Engine Idling\n\nResponse 04-09-2020\n\nIn accordance with section 10(4)(a) of the "
            "Environmental Information (Scotland) Regulations 2004 we can confirm that this information is not held.\n")
    reply = parse_reply(text, IDLING)
    assert reply.exemptions == ["reg10(4)(a)"] and reply.outcome == "not_held"


def test_a_section_of_the_eir_in_england_is_its_regulation():
    text = ("Response\n\nThe information is exempt under section 12(5)(b) of the EIR as its disclosure would adversely "
            "affect the course of justice.\n")
    assert "reg12(5)(b)" in parse_reply(text, IDLING).exemptions


def test_a_section_of_the_act_is_still_a_section():
    text = "Response\n\nThe information is exempt under section 43(2) of the Freedom of Information Act 2000.\n"
    assert parse_reply(text, IDLING).exemptions == ["s43(2)"]


# Moray Council, emission limits (2024): "1. Nil" under a number its survey asks in lettered parts, all of days
DAYS = parse_survey(textwrap.dedent("""
    name = "exceedance-days"
    title = "Days over the limits"
    [subjects.no2]
    synonyms = ["nitrogen dioxide"]
    [subjects.pm10]
    synonyms = ["pm10"]
    [subjects.no2_sources]
    synonyms = ["sources of emissions"]
    [[questions]]
    id = "1a"
    text = "How many days per year did the council exceed the limits for nitrogen dioxide,"
    subject = "no2"
    measures = ["days"]
    [[questions]]
    id = "1b"
    text = "How many days per year did the council exceed the limits for PM10"
    subject = "pm10"
    measures = ["days"]
    [[questions]]
    id = "3"
    text = "What analysis has the council undertaken to determine the main sources of emissions for nitrogen dioxide"
    subject = "no2"
    measures = ["count"]
    """), "days.toml")

MORAY_DAYS = textwrap.dedent("""\
    1.  Since January 2022 until May 2024, how many days per year did the council exceed the limits set out in the Air Quality Standards (Scotland) Regulations 2010 for a) nitrogen dioxide, b) PM10 and c)PM2.5. Please break these down monthly.

    3.  What analysis has the council undertaken to determine what the main (top three) sources of emissions are for a) nitrogen dioxide and b) PM10.

    Response 24-06-2024

    1. Nil
    3. Air quality is monitored across the Moray area.
    """)


def test_a_nought_under_parts_asking_days_is_days():
    found = figures(MORAY_DAYS, DAYS, "question", "measure", "value")
    assert ("1a", "days", 0) in found and not any(v == 0 and m == "count" for _, m, v in found)


# Wokingham Borough Council, domestic burning (2025): "None" answering a request for a copy of documents
REPORTS = parse_survey(textwrap.dedent("""
    name = "burning"
    title = "Domestic burning"
    [subjects.complaints]
    synonyms = ["complaints", "bonfire reports"]
    [subjects.reports]
    synonyms = ["reports"]
    [[questions]]
    id = "2"
    text = "Please state how many complaints your local authority has received about smoke from domestic fires?"
    subject = "complaints"
    measures = ["count"]
    [[questions]]
    id = "5"
    text = "Please provide a copy of any reports or guidance produced by your council relating to the local implementation of the Air Quality (Domestic Solid Fuels Standards)(England) Regulations 2020 from 1 May 2021."
    subject = "reports"
    measures = ["count"]
    """), "reports.toml")


def test_none_answering_a_request_for_a_copy_is_no_count():
    text = ("2. Please state how many complaints your local authority has received about smoke from domestic fires?\n"
            "121 bonfire reports received by ASB\n"
            "5. Please provide a copy of any reports or guidance produced by your council relating to the local "
            "implementation of the Air Quality (Domestic Solid Fuels Standards)(England) Regulations 2020 from 1 May "
            "2021.\nNone within our ASB/Environmental Health department\n")
    assert ("5", 0) not in figures(text, REPORTS, "question", "value")
    assert ("2", 121) in figures(text, REPORTS, "question", "value")


def test_none_answering_a_copy_and_a_figure_is_still_a_count():
    survey = parse_survey(textwrap.dedent("""
        name = "tests"
        title = "Lead tests"
        [subjects.tests]
        synonyms = ["tests"]
        [[questions]]
        id = "5"
        text = "Please provide a figure for tests carried out in the last three years. Could you also provide a copy of the test results?"
        subject = "tests"
        measures = ["count"]
        """), "t.toml")
    assert ("5", 0) in figures("Response\n\n5. None undertaken in last 3 years.\n", survey, "question", "value")
