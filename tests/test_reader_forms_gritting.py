"""Forms of English met in the gritting replies, written as councils write them generally: the work that is
another body's (a district without highway duties), a letter that holds none of what was asked over the request's
own blank template, ..."""

from __future__ import annotations

from pathlib import Path

from reader import classify as C
from reader.reply import parse_reply
from reader.survey import load_survey

SET = Path(__file__).parent / "files" / "real_set"
SURVEYS = SET / "surveys"
DRAFTED = SET / "drafted"


def statuses(text: str, survey) -> tuple[str | None, dict[str, str | None]]:
    r = parse_reply(text, survey)
    return r.outcome, {q.question: q.outcome for q in r.questions}


# --- another body's work: not held ---------------------------------------------------------------------------------

BRENTWOOD = (
    "FOI 8165\n\nWinter Maintenance\n\n\n"
    "1. Is your Winter Maintenance service provided by a 'Private Contractor' or is it an 'In-house' operation?\n\n"
    "Private Contractor\n\n"
    "2. If the service is provided by a 'Private Contractor', please can you provide the following information?\n\n"
    "Private Contractor's Name:\nContract Start date: DD/MM/YYYY\nContract End date: DD/MM/YYYY\n"
    "Is there any contract extension(s) that may arise?\n\n"
    "3. If the service is provided 'In-house', please can you tell me who is responsible for the management of the "
    "service? And what are their names and positions?\n\nHead of Service:\n\n"
    "4. What was the total budget of the winter maintenance service for the last three financial years?\n\n"
    "2011/12 annual budget was:\n2012/13 annual budget was:\n2013/14 annual budget was:\n\n"
    "5. How many 'primary gritting routes' does the council have?\n\nNumber of primary gritting routes:\n\n"
    "6. How many gritting vehicles does the council use when treating the 'primary gritting routes'?\n\n"
    "Number of vehicles used to treat these primary routes is:\n\n"
    "7. How many miles do these 'primary gritting routes' cover?\n\nNumber of miles covered is:\n\n"
    "8. What company/ resource(s) provides the council with weather forecast information to help make winter "
    "maintenance decisions?\n\nMet Office: Yes/ No\nMetro Group: Yes/ No\nOthers (Please specify)\n\n\n"
    "Following your Freedom of Information request I can advise that is the Highway Authority at Essex County "
    "Council not the local Borough Council who has the responsibility for the winter maintenance of roads in "
    "Brentwood; therefore you will need to forward on your request direct to them to respond.\n")


def test_another_body_responsible_named_before_the_council_is_not_held():
    # gritting/brentwood-winter-maintenance-not-held-2014
    assert C.find_not_held("it is the Highway Authority at Essex County Council not the local Borough Council who "
                           "has the responsibility for the winter maintenance of roads")
    # made-up variants
    assert C.find_not_held("It is the County Council, not this Council, that is responsible for street lighting.")
    assert C.find_not_held("You will need to forward your request to Kent County Council.")
    assert C.find_not_held("you would need to send this request directly to the Highways Agency")
    # ...not a council naming itself responsible, nor an offer beside its own answers
    assert not C.find_not_held("The Council is the authority who has the responsibility for gritting.")
    assert not C.find_not_held("You may wish to redirect your request to them, please find contact details here")


def test_a_letter_holding_none_of_it_over_the_requests_blank_template_answers_no_question():
    for survey in (load_survey(SURVEYS / "gritting-winter-maintenance-contractor-2014.toml"),
                   load_survey(DRAFTED / "gritting-winter-maintenance-contractor-2014.edited.toml")):
        outcome, said = statuses(BRENTWOOD, survey)
        assert outcome == "not_held"
        assert set(said.values()) == {"not_held"}


def test_an_answer_under_its_own_number_beside_not_held_stays_answered():
    # stray-dogs/copfs-dangerous-dogs-kennels-2014: "6." answers in words beside "we are not the holders"
    survey = load_survey(SURVEYS / "stray-dogs-dangerous-dogs-kennels-2014.toml")
    text = ("1, 2 and 3 COPFS has no responsibility for dogs kept in kennels after the conclusion of court proceedings "
            "and accordingly we are not the holders of this information.\n\n"
            "4. COPFS was not responsible for any of these dogs following conviction, and accordingly we are not the "
            "holders of this information.\n\n5. Under s17 of FOISA, I can confirm that we do not hold this "
            "information.\n\n6. The Procurator Fiscal in Tayside has not requested any such reports since April 2013\n")
    _, said = statuses(text, survey)
    assert said.get("6") != "not_held"


# --- "not measured": nothing kept of it ---------------------------------------------------------------------------

LINCOLNSHIRE = (
    "1) Gritting activity\na) The total number of days on which gritting or salting was carried out.\n"
    "2) Time and resource use (where recorded)\na) The total number of staff hours spent on gritting or salting "
    "activity.\nb) The total number of vehicle hours spent on gritting or salting activity.\n - Decision\n-\n"
    "1). Winter 2023/24 (Grit runs Days =42, Number of runs = 51)\n2) This is not measured\n")


def test_not_measured_is_not_held():
    # gritting/lincolnshire-gritting-activity-2026; damp-mould/dover-mould-damp-complaints ("was not tracked")
    assert C.find_not_held("2) This is not measured")
    assert C.find_not_held("The data for the financial year 2021/22 was not tracked individually")
    assert C.find_not_held("Staff hours are not monitored.")
    assert not C.find_not_held("Progress is measured against the plan.")
    _, said = statuses(LINCOLNSHIRE, load_survey(SURVEYS / "gritting-winter-activity-2026.toml"))
    assert said.get("2a") == "not_held" and said.get("2b") == "not_held"


# --- an inability naming a question in its words -------------------------------------------------------------------

TFL = (
    "You asked\nI am interested in obtaining information regarding the amount spent by Transport for London (TFL) on "
    "salting and gritting roads. Specifically, I request the following details:\n"
    "1. The total expenditure by TFL on salting and gritting roads for each year from 2016 to the present.\n"
    "2. A breakdown of the expenditure, if available, specifying the allocation for materials, personnel, equipment, "
    "or any other relevant categories.\nWe answered\n"
    "Our budget for salting and gritting roads is included in our winter maintenance service, which includes but is "
    "not limited to the cost of gritting our roads. We are unable to provide a breakdown of those costs on "
    "equipment, materials etc.\nPlease see the table below the total expenditure by year for winter maintenance:\n"
    "Year\nTotal (£)\n16/17\n2,043,955.44\n17/18\n3,031,016.61\n")


def test_an_inability_that_names_a_question_says_it_is_not_held():
    # gritting/tfl-gritting-spend-2024
    for survey in (load_survey(SURVEYS / "gritting-salting-spend-2024.toml"),
                   load_survey(DRAFTED / "gritting-salting-spend-2024.edited.toml")):
        outcome, said = statuses(TFL, survey)
        assert said.get("2") == "not_held" and outcome == "partially_successful"
    # made-up: a ground given makes it a refusal, not this rule's; words of no one question name none
    survey = load_survey(SURVEYS / "gritting-salting-spend-2024.toml")
    refused = TFL.replace("equipment, materials etc.", "equipment, materials etc. as it is commercially sensitive.")
    assert statuses(refused, survey)[1].get("2") != "not_held"
    vague = TFL.replace("a breakdown of those costs on equipment, materials etc", "any further details")
    assert statuses(vague, survey)[1].get("2") != "not_held"


# --- a thing named by its number: "Priority 1" -----------------------------------------------------------------------

def test_a_priority_named_by_its_number_is_no_figure():
    from reader.numbers import looks_like_non_quantity
    # gritting/moray-road-salt-2016: "Our 'Priority 1' routes total 668km."
    text = "Our 'Priority 1' routes total 668km."
    assert looks_like_non_quantity(text, text.index("1'"), text.index("1'") + 1) is not None
    survey = load_survey(SURVEYS / "gritting-road-salt-supplier-2016.toml")
    got = [(f.measure, f.value) for f in parse_reply("4. " + text + "\n", survey).facts]
    assert got == [("kilometres", 668.0)]
    # made-up: the figure after the name is still read; "Priorities 1 and 2" name two
    text = "Priority 2 routes: 412"
    assert looks_like_non_quantity(text, text.index("2"), text.index("2") + 1) is not None
    assert looks_like_non_quantity(text, text.index("412"), text.index("412") + 3) is None


# --- a figure written with its unit answers the question asking that unit ---------------------------------------

LINCS_ANSWERS = (
    "1). Winter 2023/24 (Grit runs Days =42, Number of runs = 51, Total KM salted and travelled = 149005)\n"
    "Winter 2024/25 (Grit runs Days = 60, Number of runs = 71, Total KM salted and travelled = 213673)\n")


def test_a_figure_with_its_unit_answers_the_question_asking_the_unit():
    # gritting/lincolnshire-gritting-activity-2026, read with the draft: the line names the runs (1b), but its
    # kilometres answer 1c ("the total distance of road treated ... in miles or kilometres", not 5a "the total
    # length of the highway network") and its days 1a
    survey = load_survey(DRAFTED / "gritting-winter-activity-2026.edited.toml")
    got = {(f.question, f.measure, f.value) for f in parse_reply(LINCS_ANSWERS, survey).facts}
    assert {("1a", "days", 42.0), ("1b", "count", 51.0), ("1c", "kilometres", 149005.0),
            ("1a", "days", 60.0), ("1b", "count", 71.0), ("1c", "kilometres", 213673.0)} <= got
    assert not {("1b", "count", 42.0), ("1b", "count", 60.0)} & got
    from reader.rates import find_rates
    assert [(r.measure, r.value) for r in find_rates("Days: 60", {"days"})] == [("days", 60.0)]
    assert find_rates("Days: 2019", {"days"}) == [] and find_rates("Days = 3.5%", {"days"}) == []


# --- a standard named by its number ---------------------------------------------------------------------------------

def test_a_standard_named_by_its_number_is_no_figure():
    # gritting/moray-rock-salt-s33-2013: "(3) BS 3247." answers what specification the salt meets
    from reader.numbers import looks_like_non_quantity
    for text, number in (("(3) BS 3247.", "3247"), ("to BS EN 16811 standard", "16811"), ("ISO 9001 certified", "9001"),
                         ("accredited to PAS 2030", "2030")):
        i = text.index(number)
        assert looks_like_non_quantity(text, i, i + len(number)) == "reference", text
    text = "we bought 3247 tonnes of salt from BS Salt Ltd"
    assert looks_like_non_quantity(text, text.index("3247"), text.index("3247") + 4) != "reference"
    survey = load_survey(SURVEYS / "gritting-rock-salt-procurement-2013.toml")
    assert not any(f.value == 3247 for f in parse_reply("(3) BS 3247.\n", survey).facts)


# --- a full stop typed for a thousands comma ------------------------------------------------------------------------

def test_a_full_stop_for_the_last_thousands_comma_is_a_comma():
    # gritting/lincolnshire-gritting-activity-2026: "3a) (23/24 = £3,911.176 24/25 = £3,682,000 ...)"
    from reader.money import find_money
    got = [m.value for m in find_money("3a) (23/24 = £3,911.176 24/25 = £3,682,000 25/26 to7th Jan = £2,417,458)")]
    assert got == [3911176.0, 3682000.0, 2417458.0]
    # pence and two decimals stay as they are
    assert [m.value for m in find_money("£1,234.50 and £12,000.00")] == [1234.5, 12000.0]
