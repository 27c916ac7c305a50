"""Forms of English councils write on any topic (helper "sweep", session of 2026-12-07), found by reading real replies
on topics the real-reply set does not hold (school exclusions, HMOs, right to buy, school transport, cemeteries,
council papers, leisure contracts ...), each drafted with `foi survey draft` from its request and read with it.
Each test quotes a few lines of a real reply (or request) and a made-up variant; each fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from pathlib import Path

from reader import load_survey, parse_reply
from reader.classify import find_exemptions
from reader.draft import draft_survey
from reader.periods import find_periods
from reader.scan import find_values, never_spans
from reader.sent_elsewhere import _sent_elsewhere
from tests.reading_helpers import drafted_survey as _survey, reply_statuses as _statuses


def _values(text: str) -> list[float]:
    return [v.value for v in find_values(text, never_spans(text))]


# Financial years written with two digits, listed ----------------------------------------------------------------

def test_every_two_digit_financial_year_of_a_list_is_a_period():
    # a damp and mould request (Dover's copy in the set) and a care-waits request: "and 23/24" ends the list
    text = "In the financial years 21/22, 22/23 and 23/24, how many complaints about mold or damp did your council receive"
    assert [p.label for p in find_periods(text)] == ["21/22", "22/23", "23/24"]
    assert [p.label for p in find_periods("for 19/20, 20/21 & 21/22, please")] == ["19/20", "20/21", "21/22"]
    assert [p.label for p in find_periods("Please give figures for 22/23 or 23/24.")] == ["22/23", "23/24"]
    # not a list of years: pairs of numbers that follow no year
    assert find_periods("children aged 15 and 16/17 year olds") == []
    assert find_periods("between 11/12 and 12/13 children") == []


def test_a_draft_asks_the_last_two_digit_year_of_a_list_too():
    request = ("1. In the financial years 21/22, 22/23 and 23/24, how many complaints about mold or damp did your "
               "council receive in relation to properties in your social housing stock?\n")
    d = draft_survey(request, "damp", asked_on=dt.date(2024, 6, 1))
    assert [p.label for p in d.periods] == ["21/22", "22/23", "23/24"]


# A list of financial years written as whole dates ----------------------------------------------------------------

BRENTWOOD_REQUEST = """\
1. The total sum of cash raised through right to buy receipts from April 2012 to date

2. The number of units sold through right to buy each financial year since April 2010, including the current financial year to date. Please provide separate figures for each year.
"""

BRENTWOOD_REPLY = """\
Response

1. The total net sum of cash raised through right to buy receipts from April 2012 to date is £939,095.00

2. The number of units sold through right to buy each financial year since April 2010, including the current financial year to date. The figures for each year are as follows:

1 April 2010 / 31 March 2011 - 2
1 April 2011 / 31 March 2012 - 5
1 April 2012 / 31 March 2013 - 11
1 April 2013 / 31 March 2014 - 10
"""


def test_lines_led_by_a_whole_date_are_periods_under_the_answer_not_question_one():
    # brentwood-rtb (FOI 7936): the years' lines start "1 April ...", which was read as question 1 again, the
    # units sold taken as money raised "from April 2012 to date"
    reply = parse_reply(BRENTWOOD_REPLY, _survey(BRENTWOOD_REQUEST, dt.date(2014, 4, 20)))
    q2 = [(f.value, f.period_start, f.period_end) for f in reply.facts if f.question == "2"]
    assert q2 == [(2, "2010-04-01", "2011-03-31"), (5, "2011-04-01", "2012-03-31"), (11, "2012-04-01", "2013-03-31"),
                  (10, "2013-04-01", "2014-03-31")]
    assert [f.value for f in reply.facts if f.question == "1"] == [939095]


def test_the_same_lines_with_a_dash_and_a_colon():
    text = BRENTWOOD_REPLY.replace(" / 31 March", " - 31 March").replace(") - ", "): ")
    text = "\n".join(ln[:-4] + ln[-4:].replace(" - ", ": ") if ln.startswith("1 April") else ln
                     for ln in text.splitlines())
    reply = parse_reply(text, _survey(BRENTWOOD_REQUEST, dt.date(2014, 4, 20)))
    assert [f.value for f in reply.facts if f.question == "2"] == [2, 5, 11, 10]


def test_a_slash_between_two_whole_dates_makes_a_range():
    (p,) = find_periods("1 April 2010 / 31 March 2011 - 2")
    assert (p.first, p.last, p.kind) == (dt.date(2010, 4, 1), dt.date(2011, 3, 31), "financial_year")


# The cost limit named by its hours ------------------------------------------------------------------------------

WOKINGHAM_S12 = ("This will take more than 18 hours for us to collate this information due to the number of years "
                 "requested and the level of detail required – this information is not available on a report so we "
                 "would have to manually go through each nomination form made for each year.")


def test_work_that_would_take_more_than_the_cost_limits_hours_is_a_section_12_refusal():
    # wokingham-housing-register: no section named, only the 18 hours
    assert [m.code for m in find_exemptions(WOKINGHAM_S12)[0]] == ["s12"]
    for said in ("The total time needed would be in excess of 18 hours.",
                 "Locating the files would require upwards of 18 hours of officer time.",
                 "Answering it would take well over eighteen hours",):
        codes = [m.code for m in find_exemptions(said)[0]]
        assert codes == (["s12"] if "over eighteen" not in said else []), said
    # the requester's condition is no refusal
    assert find_exemptions("If answering this would take more than 18 hours, please tell me.")[0] == []


def test_a_reply_refusing_by_the_hours_alone_is_rejected():
    request = ("1. The location of one bed properties allocated to applicants in Bands 3, 4 and 5.\n"
               "2. The location of two bed properties allocated to applicants in Bands 3, 4 and 5.\n")
    reply = parse_reply(WOKINGHAM_S12, _survey(request, dt.date(2022, 11, 1)))
    assert reply.outcome == "rejected" and reply.exemptions == ["s12"]
    assert set(_statuses(reply).values()) == {"rejected"}


# A fraction of a pound -------------------------------------------------------------------------------------------

def test_a_price_below_a_penny_is_not_thousands():
    # moray-committee-papers: "The costs for black and white is £0.004; cost for colour is £0.017" (per page)
    assert _values("The costs for black and white is £0.004; cost for colour is £0.017") == [0.004, 0.017]
    assert _values("a total of £15.100 was paid") == [15100]


# Numbers that name an item, not count it ---------------------------------------------------------------------------

def test_a_route_or_a_day_named_by_its_number_is_no_figure():
    # devon-school-taxis: "Route 1: 137 miles – £296" gave 1 as a cost; wokingham-exclusions: "as of day 6" a count
    assert _values("Route 1: 137 miles – £296") == [296]
    assert _values("Foundry College would hold this information as they supply the education as of day 6.") == []
    assert _values("Ward 3: 12 reports") == [12]
    assert _values("In week 3 we received 45 reports") == [45]
    assert _values("It took 6 days") == []        # a length of time, as before


def test_sections_numbered_within_are_no_figures():
    # cambridge-slm: "Sections 7.2, 7.3, 8 and 9 of the contract were redacted under section 43(2)"
    assert _values("Sections 7.2, 7.3, 8 and 9 of the contract were redacted") == []
    assert _values("paragraph 3.4 sets out 25 cases") == [25]


# Another body would hold it ---------------------------------------------------------------------------------------

WOKINGHAM_EXCLUSIONS_REQUEST = """\
1. How many pupils were permanently excluded in your schools in these years?
2. Please can you tell me how many of these pupils were *not* in full-time education from the sixth day of their exclusion?
"""

WOKINGHAM_EXCLUSIONS = """\
1. How many pupils were permanently excluded in your schools in these years?
2021-22: 18
2022-23: 23
2023-24: 24

2. Councils have a legal duty to arrange suitable full-time education for excluded pupils from the sixth school day after their exclusion took place. Please can you tell me how many of these pupils were *not* in full-time education from the sixth day of their exclusion?
Foundry College would hold this information as they are the LA representative’s who supply the education as of day 6.
"""


def test_another_body_that_would_hold_the_information_makes_it_not_held_here():
    reply = parse_reply(WOKINGHAM_EXCLUSIONS, _survey(WOKINGHAM_EXCLUSIONS_REQUEST, dt.date(2024, 11, 1)))
    assert _statuses(reply) == {"1": "successful", "2": "not_held"}
    assert reply.outcome == "partially_successful"
    assert [f.value for f in reply.facts] == [18, 23, 24]


def test_would_hold_names_another_body_not_this_one():
    assert _sent_elsewhere("The Police would hold this data.") is not None
    assert _sent_elsewhere("Schools would hold these records, not the council.") is not None
    assert _sent_elsewhere("We would hold this information on our case system.") is None
    assert _sent_elsewhere("The Council would hold this information.") is None


# Lettered lines under a question the survey asks whole ------------------------------------------------------------

REAL = Path(__file__).parent / "files" / "real_set"


def test_a_lettered_line_the_survey_does_not_letter_stays_under_its_question():
    # wokingham-home-education-send-2024 (in the set): "2. The number of informal enquiries ..." / "a) 2018-19
    # academic year: data unavailable" / "b) 2019-20 academic year: enquiries sent in relation to 213 children ...":
    # the draft asks question 2 whole, so "a)" was read under no question and question 2 as answered in full
    page = (REAL / "home-education" / "wokingham-home-education-send-2024.txt").read_text(encoding="utf-8")
    text = "\n".join(ln for ln in page.splitlines() if not ln.startswith("#"))
    survey = load_survey(REAL / "drafted" / "home-education-send-enquiries-2024.edited.toml")
    assert [q.id for q in survey.questions][:2] == ["1", "2"]
    reply = parse_reply(text, survey)
    assert _statuses(reply)["2"] == "partially_successful"
    assert _statuses(reply)["1"] == "successful"
