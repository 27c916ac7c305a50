"""Figures bound to the wrong question in tables (helper "tables10", session of 2026-12-07): a later question's
answer under a heading of its words, with no number of its own (reader/facts/named_heading.py). Found in the second
sweep's Thurrock reply on apprentices; the made-up variants check the form on other things and where it must not
apply.
"""

from __future__ import annotations

import textwrap

from reader.survey import parse_survey

from tests.reading_helpers import figures


def _figures(text: str, survey) -> set[tuple]:
    return figures(text, survey, "question", "value")


APPRENTICES = parse_survey(textwrap.dedent("""
    name = "apprentices"
    title = "Apprentices"
    [periods]
    asked = [
      { label = "2017", start = "2017-01-01", end = "2017-12-31" },
      { label = "2018", start = "2018-01-01", end = "2018-12-31" },
      { label = "2019", start = "2019-01-01", end = "2019-12-31" },
    ]
    [subjects.apprentices]
    label = "Apprentices"
    synonyms = ["apprentices?"]
    [subjects.kept_on]
    label = "Apprentices kept on upon completion"
    synonyms = ["upon completions?"]
    [[questions]]
    id = "1"
    text = "How many apprentices are there currently at the council"
    subject = "apprentices"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "How many apprentices got kept on upon completion of their course in 2017 to 2019 and how many of them didn't get a job?"
    subject = "kept_on"
    measures = ["count"]
    periods = ["2017", "2018", "2019"]
"""))


# Thurrock (second sweep, apprentices, 2019): "1. Current apprentices" answered, then question 2's answer under a
# heading in its words ("completed" / "completion"), with no "2." of its own
THURROCK = ("1. Current apprentices\n\n"
            "As at 29 November we have 85 staff studying an apprenticeship.\n\n"
            "51 were recruited as apprentices\n\n"
            "What apprentices that completed their apprenticeships went on to do\n\n"
            "53 apprentices completed their studies between 2017 and 2019. The breakdown is as follows\n\n"
            "Year of completion 2017 2018 2019\n"
            "Job at Thurrock Council 5 14 11\n"
            "Total apprentices 12 23 18\n\n")


def test_heading_in_a_later_questions_words_takes_the_figures_under_it():
    got = _figures(THURROCK, APPRENTICES)
    assert {("2", 53.0), ("2", 5.0), ("2", 14.0), ("2", 11.0), ("2", 12.0), ("2", 23.0), ("2", 18.0)} <= got
    assert not {f for f in got if f[0] == "1" and f[1] in (53.0, 5.0, 14.0, 12.0)}
    assert ("1", 51.0) in got     # above the heading: still question 1's


LIBRARIES = parse_survey(textwrap.dedent("""
    name = "libraries"
    title = "Libraries"
    [subjects.members]
    label = "Library members"
    synonyms = ["members?"]
    [subjects.closures]
    label = "Libraries closed"
    synonyms = ["closures?"]
    [[questions]]
    id = "1"
    text = "How many registered members do your libraries have"
    subject = "members"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "How many branches have been closed permanently, and how many volunteers run the others"
    subject = "closures"
    measures = ["count"]
"""))


def test_made_up_heading_naming_the_second_questions_thing():
    text = ("1. Registered members\n\n"
            "There are 40,212 registered members.\n\n"
            "Branches closed permanently\n\n"
            "Central 1\n"
            "Northside 2\n\n")
    got = _figures(text, LIBRARIES)
    assert ("2", 1.0) in got and ("2", 2.0) in got
    assert ("1", 40212.0) in got


def test_not_moved_when_the_named_question_has_figures_of_its_own():
    # question 2 answered under its own number: the heading in question 1's block is question 1's business
    text = ("1. Registered members\n\n"
            "There are 40,212 registered members.\n\n"
            "Branches closed permanently\n\n"
            "Central 1\n"
            "Northside 2\n\n"
            "2. Closures: 3\n\n")
    got = _figures(text, LIBRARIES)
    assert ("2", 1.0) not in got and ("2", 2.0) not in got


def test_not_moved_when_the_heading_names_both_questions():
    # "members" is question 1's own word, "closed" question 2's: the heading does not say whose the figures are
    text = ("1. Registered members\n\n"
            "There are 40,212 registered members.\n\n"
            "Members at branches closed permanently\n\n"
            "Central 1\n"
            "Northside 2\n\n")
    got = _figures(text, LIBRARIES)
    assert ("2", 1.0) not in got and ("2", 2.0) not in got


def test_a_wrapped_line_of_prose_is_no_heading():
    # Merton (street-lighting/merton-street-light-data-2020): "Please find attached data file with street lighting
    # locational data for" / "the London Borough of Merton." is one sentence wrapped, over the next answer's figure
    survey = parse_survey(textwrap.dedent("""
        name = "street-lights"
        title = "Street lights"
        [subjects.led]
        label = "LED street lights"
        synonyms = ["LEDs?"]
        [subjects.locations]
        label = "Location data"
        synonyms = ["location data"]
        [[questions]]
        id = "1"
        text = "How many street lights have been changed to LEDs"
        subject = "led"
        measures = ["count"]
        [[questions]]
        id = "3"
        text = "Please could you provide me with the street lighting location data for your area"
        subject = "locations"
        measures = ["count"]
    """))
    text = ("o Please could you provide me with the street lighting location data for\nyour area.\n\n"
            "Please find attached data file with street lighting locational data for\n"
            "the London Borough of Merton. \n\n \n\n"
            "o How many street lights have been changed to LEDs.\n\n"
            "10,594 street lights are currently LED.\n\n")
    assert ("3", 10594.0) not in _figures(text, survey)


# Labels and their figures on alternating lines (reader/facts/label_above.py) ------------------------------------

PET_SHOPS = parse_survey(textwrap.dedent("""
    name = "pet-shops"
    title = "Pet shops"
    [subjects.licensed]
    label = "Licensed pet sellers"
    synonyms = ["licensed businesses"]
    [subjects.by_taxon]
    label = "Licensed pet sellers by taxon"
    synonyms = ["licensed to sell"]
    [[questions]]
    id = "1"
    text = "The total number of currently licensed businesses authorised to sell animals as pets."
    subject = "licensed"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "Of those currently licensed businesses, how many are licensed to sell: Mammals, Birds, Reptiles, Amphibians, Fish, Invertebrates"
    subject = "by_taxon"
    measures = ["count"]
"""))

# Dover (second sweep, pet shops, 2025): the request's form filled in, each field's label over its figure
DOVER = ("2.Of those currently licensed businesses, how many are licensed to sell:\n"
         "Response\n"
         "Total # premises licensed to sell animals as pets\n\n4\n\n"
         "# Licensed to sell MAMMALS\n\n2\n\n"
         "# Licensed to sell REPTILES\n\n1\n\n")


def test_label_over_its_figure_names_the_question():
    got = _figures(DOVER, PET_SHOPS)
    assert ("1", 4.0) in got and ("2", 4.0) not in got
    assert ("2", 2.0) in got and ("2", 1.0) in got


def test_made_up_labels_over_figures_in_another_order():
    text = ("2. Of those currently licensed businesses, how many are licensed to sell:\n\n"
            "Licensed to sell reptiles\n5\n"
            "Businesses authorised to sell animals, in total\n9\n")
    got = _figures(text, PET_SHOPS)
    assert ("1", 9.0) in got and ("2", 5.0) in got


def test_one_label_alone_moves_nothing():
    # a single label over a figure is no layout of fields: the number above it decides
    text = ("2. Of those currently licensed businesses, how many are licensed to sell:\n\n"
            "Premises licensed to sell animals as pets\n\n4\n\n")
    assert ("1", 4.0) not in _figures(text, PET_SHOPS)


def test_not_moved_when_the_named_question_has_a_figure_of_its_own():
    text = ("1. 4 licensed businesses.\n\n"
            "2. Of those currently licensed businesses, how many are licensed to sell:\n\n"
            "Premises licensed to sell animals as pets\n\n3\n\n"
            "Licensed to sell MAMMALS\n\n2\n\n")
    got = _figures(text, PET_SHOPS)
    assert ("1", 4.0) in got and ("1", 3.0) not in got


# An HTML table flattened one cell to a line, each cell closed by " |" and each row by "||" (reader/cells.py) ------

GULLIES = parse_survey(textwrap.dedent("""
    name = "gullies"
    title = "Blocked gullies"
    [periods]
    asked = [
      { label = "2013", start = "2013-01-01", end = "2013-12-31" },
      { label = "2014", start = "2014-01-01", end = "2014-12-31" },
    ]
    [subjects.reported]
    label = "Blocked drains reported"
    synonyms = ["blocked gully enquir(?:y|ies)"]
    [subjects.unblocked]
    label = "Blocked drains unblocked"
    synonyms = ["gully cleansing jobs?"]
    [[questions]]
    id = "1"
    text = "The annual number of blocked road drains reported to the council"
    subject = "reported"
    measures = ["count"]
    periods = ["2013", "2014"]
    [[questions]]
    id = "2"
    text = "The annual number of blocked road drains unblocked by the council"
    subject = "unblocked"
    measures = ["count"]
    periods = ["2013", "2014"]
"""))

# Herefordshire (second sweep, gullies, 2024): the disclosure log's table, one cell to a line
HEREFORD = ("A: See table below showing number of blocked gully enquiries and number of gully cleansing jobs "
            "carried out. These are all reactive jobs.\n"
            "Year |\nNumber of Gully Cleansing Jobs Completed |\nBlocked Gully Enquiries |\n||\n"
            "2013 |\n71 |\n328 |\n||\n"
            "2014 |\n1830 |\n1022 |\n||\n")


def test_cells_closed_by_bars_are_rows_and_each_column_its_things_question():
    from reader.cells import rejoin_cells
    joined = rejoin_cells(HEREFORD)
    assert len(joined) == len(HEREFORD)
    assert "Year | Number of Gully Cleansing Jobs Completed | Blocked Gully Enquiries |" in joined
    assert "2013 | 71 | 328 |" in joined
    got = figures(HEREFORD, GULLIES, "question", "period", "value")
    assert {("2", "2013", 71.0), ("1", "2013", 328.0), ("2", "2014", 1830.0), ("1", "2014", 1022.0)} <= got
    assert ("1", "2013", 71.0) not in got


def test_made_up_trailing_bar_table_of_two_columns():
    text = ("Year |\nBlocked Gully Enquiries |\n||\n2013 |\n12 |\n||\n2014 |\n15 |\n||\n")
    assert {("1", "2013", 12.0), ("1", "2014", 15.0)} <= figures(text, GULLIES, "question", "period", "value")
    from reader.cells import rejoin_cells
    assert "2014 | 15 |" in rejoin_cells(text)


def test_a_single_row_closed_by_bars_is_left_as_it_is():
    from reader.cells import rejoin_cells
    text = "Note |\nsee below |\n||\n"
    assert rejoin_cells(text) == text
