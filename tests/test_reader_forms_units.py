"""Measures named by their unit (reader/units.py): lengths, weights, energy, volumes, land and lengths of time, each
as the reply writes it, never converted; read only under a question that asks the measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.draft_measures import measures_for
from reader.reply import parse_reply
from reader.survey import MEASURE_UNITS, MEASURES, SurveyError, load_survey, parse_survey
from reader.units import UNIT_MEASURES, find_measured, measure_named, with_unit

SET = Path(__file__).parent / "files" / "real_set"
SURVEYS = SET / "surveys"
DRAFTED = SET / "drafted"


def read(text: str, survey) -> list[tuple[str, str, float]]:
    return [(f.question, f.measure, f.value) for f in parse_reply(text, survey).facts]


def found(text: str, measures=UNIT_MEASURES) -> list[tuple[str, float]]:
    return [(m.measure, m.value) for m in find_measured(text, measures)]


# --- the table: number then unit, each spelling, never converted -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # gritting/devon-road-gritting-2019, gritting/lincolnshire-gritting-activity-2026, moray-road-salt-2016
    ("2014-15; 2653km", [("kilometres", 2653)]),
    ("5a) 8700 kms", [("kilometres", 8700)]),
    ("Our 'Priority 1' routes total 668km.", [("kilometres", 668)]),
    ("a network of 1,648 kilometers", [("kilometres", 1648)]),
    ("some 1,200 miles of road", [("miles", 1200)]),
    # gritting/moray-rock-salt-s33-2013; street-lighting/moray-street-lights-electricity-2013, lincolnshire savings
    ("The average is 18500 tonnes.", [("tonnes", 18500)]),
    ("2010/11     3060 tCO2", [("tonnes", 3060)]),
    ("over 6,200 tonnes of CO2", [("tonnes", 6200)]),
    ("2010/11     5.656 MWh", [("mwh", 5.656)]),
    ("1,250,000 kilowatt hours", [("kwh", 1250000)]),
    # bins/moray-communal-bins: sizes in litres, stuck "L" too
    ("varying in sizes from 140 litres to 1280 litres", [("litres", 140), ("litres", 1280)]),
    ("1100L bins", [("litres", 1100)]),
    ("4.25 ha of new land; 12 acres", [("hectares", 4.25), ("acres", 12)]),
    # millilitres and grams, as councils give small quantities of a product (weedkillers/wokingham-amenity-pesticides-2023)
    ("2019 - 1200ml of Roundup Proactive", [("millilitres", 1200)]),
    ("500 mls", [("millilitres", 500)]),
    ("a total use of 11,976 grams of glyphosate", [("grams", 11976)]),
    ("250g bags", [("grams", 250)]),
    # lengths of time: agency-staff/registers-of-scotland (33 months), home-education/thurrock (2 and 30 weeks)
    ("(33 months)", [("months", 33)]),
    ("Range between 2 weeks and 30 weeks", [("weeks", 2), ("weeks", 30)]),
    ("At roughly 5 minutes per account", [("minutes", 5)]),
    ("4.5 years", [("years", 4.5)]),
    # a range is its middle
    ("booked every 4-6 weeks", [("weeks", 5)]),
])
def test_a_number_then_its_unit(text, expected):
    assert found(text) == [(m, float(v)) for m, v in expected]


@pytest.mark.parametrize("text", [
    "a speed limit of 30 mph", "at 20 km/h", "£35 per tonne", "a 5m budget", "5 l", "over 5t",
    # a strength is no quantity: "Roundup Proactive 360g/l"; a "g" apart from its number is no unit
    "Roundup Proactive 360g/l", "5 g",
    # a length of time naming a span, not measuring one
    "1.No. of interim managers in the Council for the 12 month period", "in the last 12 months",
    "over the past 5 years",
])
def test_what_is_no_measure_by_unit(text):
    assert found(text) == []


def test_a_number_with_one_unit_is_never_read_in_another():
    # "extend this by 12 months" under a question asking kilometres: a length of time, not a length
    assert found("extend this by 12 months", ["kilometres", "miles"]) == []
    assert found("the 5 sites cover 120 km", ["tonnes"]) == []


@pytest.mark.parametrize("text, expected", [
    # street-lighting/thurrock-street-light-data-2021
    ("kwh 3606815.13 annual usage", [("kwh", 3606815.13)]),
    # gritting/lincolnshire-gritting-activity-2026
    ("Winter 2023/24 (Grit runs Days =42, Number of runs = 51, Total KM salted and travelled = 149005,",
     [("kilometres", 149005)]),
    # blue-badges/lincolnshire-blue-badge-holders-parking; allotments/boston-allotment-waiting-lists-2010
    ("Total restrictions length (in metres): 2241", [("metres", 2241)]),
    ("total area of new land in hectares 4.25", [("hectares", 4.25)]),
    ("Salt used (tonnes): 21,000", [("tonnes", 21000)]),
])
def test_a_labels_unit_before_its_number(text, expected):
    assert found(text) == [(m, float(v)) for m, v in expected]


@pytest.mark.parametrize("text", [
    # a digit, a comma or a sentence between the unit and the number: not the label's number
    "a fleet covering 1,500 miles, of which 300 are priority",
    "we salted 200 miles in 2019 and 150 in 2020",
])
def test_a_unit_before_another_number_is_not_its_label(text):
    assert [v for _, v in found(text)] in ([], [1500.0], [200.0])


# --- read only where asked ---------------------------------------------------------------------------------------

DEVON = ("Question 1\n2014-15: £3,100,000\n\nQuestion 3\n2014-15; 2653km\n2015-16: 2664km\n"
         "Secondary routes, which are only treat about 4-6 times a winter cover an additional 559km throughout "
         "this period.\n")


def test_kilometres_asked_are_read_and_not_as_counts():
    hand = load_survey(SURVEYS / "gritting-budget-routes-vehicles-2019.toml")
    got = read(DEVON, hand)
    assert ("3", "kilometres", 2653.0) in got and ("3", "kilometres", 2664.0) in got
    assert ("3", "kilometres", 559.0) in got
    assert not any(m == "count" and v in (2653.0, 2664.0, 559.0) for _, m, v in got)


def test_a_unit_no_question_asks_is_no_figure():
    survey = load_survey(Path(__file__).parent.parent / "reader" / "surveys" / "remote-working-2021.toml")
    assert not any(f.measure in UNIT_MEASURES for f in parse_reply("Laptops: 150\nWe drove 2653km.\n", survey).facts)


def test_a_bare_number_under_a_question_asking_a_length_only_is_that_length():
    survey = load_survey(SURVEYS / "gritting-budget-routes-vehicles-2019.toml")
    text = "Question 3\n\nYear\tLength (km)\n2014-15\t2653\n2015-16\t2664\n"
    assert [(q, m, v) for q, m, v in read(text, survey) if q == "3"] == [("3", "kilometres", 2653.0),
                                                                           ("3", "kilometres", 2664.0)]


def test_weeks_asked_are_weeks_and_days_only_still_turn_weeks_to_days():
    from reader.rates import find_rates
    assert [(r.measure, r.value) for r in find_rates("between 2 weeks and 30 weeks", {"weeks", "days"})] == \
        [("weeks", 2.0), ("weeks", 30.0)]
    assert [(r.measure, r.value) for r in find_rates("6 weeks", {"days"})] == [("days", 42.0)]


# --- surveys, drafts and display -----------------------------------------------------------------------------------

def test_the_survey_schema_has_the_measures_and_their_units():
    for m in ("kilometres", "miles", "metres", "tonnes", "kwh", "mwh", "litres", "hectares", "acres", "minutes",
              "weeks", "months", "years"):
        assert m in MEASURES and m in UNIT_MEASURES
    assert MEASURE_UNITS["kilometres"] == "km" and MEASURE_UNITS["kwh"] == "kWh" and MEASURE_UNITS["tonnes"] == "tonnes"


def test_a_unit_written_where_a_measure_belongs_is_named():
    text = ('name = "x"\ntitle = "x"\nlaw = "foi"\n[subjects.roads]\nlabel = "Roads"\nsynonyms = ["roads"]\n'
            '[[questions]]\nid = "1"\ntext = "How many km of roads?"\nsubject = "roads"\nmeasures = ["km"]\n')
    with pytest.raises(SurveyError, match=r"unknown measure 'km' \(the unit of measure 'kilometres'\)"):
        parse_survey(text, "x.toml")
    assert measure_named("kWh") == "kwh" and measure_named("sq ft") == "square_feet" and measure_named("furlongs") is None


@pytest.mark.parametrize("question, measures", [
    ("The total number of kilometres (or miles) of road covered under the council's precautionary gritting and "
     "salting programme in the financial years of 2014-15?", ["kilometres", "miles"]),
    ("How many miles do these 'primary gritting routes' cover?", ["miles", "kilometres"]),
    ("How much salt did you use (in tonnes) each winter?", ["tonnes"]),
    ("The total amount of electricity (expressed in MWh) used by street lighting.", ["mwh", "kwh"]),
    ("The total energy usage running said streetlights (I.e., Watt-Hours, Joules or another metric).", ["kwh", "mwh"]),
    ("If ever calculated, the total CO2 emissions resulting from powering the street lighting.", ["tonnes"]),
    ("c) total area of new land in hectares", ["hectares", "acres"]),
    # ("how many weeks" was a length of time in days before weeks were a measure; both are asked)
    ("How many weeks has each dog been kept in kennels since April, 2013?", ["days", "weeks"]),
    ("What is the average waiting time (in months/years) to be allocated an allotment?", ["months", "years"]),
    ("How many years has the current longest housed tenant spent in temporary accommodation?", ["years"]),
    # a unit after a number is a condition; a span of the request is no unit asked
    ("How many gritters over 7.5 tonnes do you have?", ["count"]),
    ("How many roads are within 5 miles of a depot?", ["count"]),
    ("How many complaints did you receive in the last 3 years?", ["count"]),
    ("Column a) The 'number of years' a home has been empty", ["count"]),
    ("How much do you spend per tonne of salt?", ["unit_cost_gbp"]),
    ("Please give the floor area in square metres", ["square_metres", "square_feet"]),
])
def test_the_draft_asks_a_measure_where_the_request_names_its_unit(question, measures):
    assert measures_for(question)[0] == measures


def test_a_figure_is_shown_with_its_unit():
    assert with_unit(2653.0, "kilometres") == "2,653 km"
    assert with_unit(18500.0, "tonnes") == "18,500 tonnes"
    assert with_unit(5.656, "mwh") == "5.656 MWh"
    assert with_unit(12.0, "count") == "12"
    from analysis.report import MEASURE_TITLES
    assert MEASURE_TITLES["kilometres"] == "length (km)" and MEASURE_TITLES["kwh"] == "energy (kWh)"


def test_survey_check_names_a_unit_asked_but_not_a_measure():
    from reader.draft_check import check_survey
    text = ('name = "x"\ntitle = "x"\nlaw = "foi"\n[subjects.roads]\nlabel = "Roads"\nsynonyms = ["kilometres"]\n'
            '[[questions]]\nid = "1"\ntext = "How many kilometres of roads are gritted?"\nsubject = "roads"\n'
            'measures = ["count"]\n')
    said = check_survey(parse_survey(text, "x.toml"))
    assert any("kilometres" in s and "figures in km" in s for s in said)
    ok = text.replace('measures = ["count"]', 'measures = ["kilometres", "miles"]')
    assert not any("will not be read" in s for s in check_survey(parse_survey(ok, "x.toml")))


def test_a_size_in_a_unit_asked_only_as_a_price_is_no_count_of_things():
    # gritting/moray-rock-salt-s33-2013 read with the draft, whose question 10 ("How much rock salt do you order
    # annually?") asks no tonnes and whose "How much does the council pay per tonne?" asks a price: "The average is
    # 18500 tonnes." is no count of salt (reader/facts/measured_sizes.py)
    survey = load_survey(DRAFTED / "gritting-rock-salt-procurement-2013.edited.toml")
    assert not any(f.value == 18500 for f in parse_reply("(10) The average is 18500 tonnes.\n", survey).facts)
    # ...while a request that asks in tonnes, and counts, still reads the size (tests/test_reader_forms_bins.py)


# --- one table: the units read where asked are the units blocked as counts elsewhere (reader/facts/measured_sizes.py)

_BINS_TOML = ('name = "x"\ntitle = "x"\n[subjects.bins]\nlabel = "Bins"\nsynonyms = ["bins", "bin", "box"]\n'
              '[[questions]]\nid = "1"\ntext = "How many bins do you supply to each household?"\n'
              'subject = "bins"\nmeasures = ["count"]\n')
_BINS = parse_survey(_BINS_TOML, "x.toml")


def _counts(text: str, survey=_BINS) -> set[float]:
    return {f.value for f in parse_reply(text, survey).facts if f.measure == "count"}


@pytest.mark.parametrize("line, size", [
    # spellings the size blocker lacked and the table has: gritting/lincolnshire-gritting-activity-2026 ("5a) 8700
    # kms"), Moray's "2 x 240l wheeled bins, 2 x 140l wheeled bins and 1x40l box" (pages corpus), "mtrs", "ton",
    # "kilometers", "t CO2" apart
    ("1. We supply 3 bins; the round is 8700 kms", 8700.0),
    ("1. 2 x 240l wheeled bins and 2 x 140l wheeled bins", 240.0),
    ("1. 4 bins, each within 400 mtrs of the kerb", 400.0),
    ("1. 4 bins, each bin holding 1 ton", 1.0),
    ("1. 4 bins, each within 1,648 kilometers", 1648.0),
    ("1. 4 bins, saving 3060 t CO2", 3060.0),
    # what the table lacked and the blocker had: kilograms ("kgs per household", Eden's kerbside request), energy in
    # gigawatt-hours
    ("1. 4 bins, 350 kgs per household", 350.0),
    ("1. 4 bins; the depot used 45 GWh", 45.0),
    ("1. 4 bins; the depot used 45 megawatt hours", 45.0),
    # forms neither read whole: a size joined to its unit ("a 240-litre bin") and a range of sizes ("10 - 12 tonnes",
    # whose first figure the blocker left to be read as a count)
    ("1. 4 bins, each a 240-litre bin", 240.0),
    ("1. 4 bins, lorries of 10 - 12 tonnes", 10.0),
])
def test_a_size_in_any_spelling_of_the_table_is_no_count(line, size):
    got = _counts(line + "\n")
    assert size not in got
    # (the count beside it is read)
    assert got & {2.0, 3.0, 4.0}


def test_a_question_naming_a_unit_of_a_kind_lets_sizes_of_that_kind_be_read():
    from reader.units import unit_kinds_named
    assert unit_kinds_named("How many kilometres (or miles) of road are gritted?") == {"length"}
    assert unit_kinds_named("How much salt (tonnes) did you buy, and how many kg per household?") == {"weight"}
    assert unit_kinds_named("How much does the council pay per tonne?") == set()
    # energy is never a count, whatever the question (it is read as kWh or MWh where asked: above)
    asked = parse_survey(_BINS_TOML.replace("bins do you supply to each household", "tonnes of waste did bins take"),
                         "x.toml")
    assert 412.0 in _counts("1. 412 tonnes\n", asked) and 412.0 not in _counts("1. 412 tonnes\n")
    assert 45.0 not in _counts("1. 45 MWh\n", parse_survey(_BINS_TOML.replace("bins do you supply to each household",
                                                                               "MWh did the bins use"), "x.toml"))


def test_the_drafter_asks_in_the_units_of_the_table():
    # (reader/draft_measures.py keeps no table of its own: a question names a unit as a label does, or asks it in
    # other words, "the total CO2 emissions", "Watt-Hours")
    from reader.draft_measures import _UNIT_WORDS
    from reader.units import UNITS
    assert set(_UNIT_WORDS) == {m for m, u in UNITS.items() if u.before and u.kind not in ("time", "area")}
    assert measures_for("What was the average non-recyclable waste (kgs per household)?")[0] == ["kilograms"]
    assert measures_for("The total energy used in GWh by street lights")[0] == ["gwh"]
    assert measures_for("The total length of restrictions in mtrs")[0] == ["metres"]
    assert measures_for("If ever calculated, the total CO2 emissions resulting from street lighting")[0] == ["tonnes"]


def test_a_g_stuck_to_a_number_is_a_size_never_a_count():
    # a guard for the "g" stuck to its number: "5G" (the mobile network) reads as grams, a size, so neither a count of
    # five nor a weight is taken from "3 5G masts"
    survey = parse_survey('''
name = "masts"
title = "Masts"
[subjects.masts]
label = "Masts"
synonyms = ["masts?"]
[[questions]]
id = "1"
text = "How many 5G masts are on council land?"
subject = "masts"
measures = ["count"]
''', "masts.toml")
    assert read("1. There are 3 5G masts on council land.", survey) == [("1", "count", 3.0)]


def test_every_measure_has_a_plausible_range_in_the_warehouse():
    # the warehouse's int_measures__plausible_ranges names every measure a figure may have (a new unit added to
    # reader/units.py needs its row there, or its figures would never be checked)
    import re

    sql = (Path(__file__).resolve().parents[1] / "warehouse" / "sql" / "intermediate.sql").read_text()
    ranges = sql[sql.index("int_measures__plausible_ranges"):sql.index(") AS r(measure, low, high)")]
    assert set(MEASURES) <= set(re.findall(r"\('([a-z_]+)',", ranges))
