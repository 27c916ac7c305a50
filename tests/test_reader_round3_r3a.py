"""The reader's remaining misses on real replies, round 3 (helper r3a: devices, ev-charging; issue 13, items 2-3):
each test quotes a few lines of a real reply from tests/files/real_set/ with a small survey of the test's own, as
`foi survey draft` writes one, and says what the reader must read.
"""

from __future__ import annotations

from reader import parse_reply
from reader.survey import parse_survey


COMPUTERS = parse_survey(r"""
name = "computers"
title = "Computers and laptops"
[periods]
asked = [{ label = "2013", start = 2013-01-01, end = 2013-12-31 },
         { label = "2014", start = 2014-01-01, end = 2014-12-31 }]
[subjects.computers_and_laptops]
synonyms = ["computers[\\s-]*and[\\s-]*laptops?", "laptops?", "desktops?", "computers?"]
[subjects.computers_and_laptops_disposed]
synonyms = ["computers[\\s-]*and[\\s-]*laptops[\\s-]*disposed", "dispos(?:ed|als?)"]
[[questions]]
id = "2"
text = "Number of computers and laptops purchased by your department, per calendar year since 1st January 2013"
subject = "computers_and_laptops"
measures = ["count"]
periods = ["2013", "2014"]
[[questions]]
id = "3"
text = "Number of computers and laptops disposed by your department, per calendar year since 1st January 2013"
subject = "computers_and_laptops_disposed"
measures = ["count"]
periods = ["2013", "2014"]
""")


def test_every_column_of_things_the_disposal_question_names_counts_what_it_disposed_of():
    # Scottish Government's reply (real set, devices): "Desktops" is another word of the thing question 3 names
    # ("computers and laptops"), as "Laptops" is; both columns answer question 3
    text = ("In response to question 3 (above), the core Scottish Government has disposed of the following "
            "equipment through centralised contracts:\n\n"
            "Year Laptops Desktops\n"
            "2013 92 577\n"
            "2014 707 745\n")
    facts = parse_reply(text, COMPUTERS).facts
    got = sorted((f.question, f.subject, f.period, f.value) for f in facts)
    assert got == [("3", "computers_and_laptops_disposed", "2013", 92.0),
                   ("3", "computers_and_laptops_disposed", "2013", 577.0),
                   ("3", "computers_and_laptops_disposed", "2014", 707.0),
                   ("3", "computers_and_laptops_disposed", "2014", 745.0)]


def test_a_disposal_table_under_a_question_about_other_things_is_still_not_read():
    # the things got rid of are not what question 2 counts: without a disposal question naming them, unread
    text = ("In response to question 2 (above), we have disposed of the following equipment:\n\n"
            "Year Laptops Desktops\n"
            "2013 92 577\n")
    survey = parse_survey(r"""
name = "bought"
title = "Computers bought"
[periods]
asked = [{ label = "2013", start = 2013-01-01, end = 2013-12-31 }]
[subjects.computers_and_laptops]
synonyms = ["laptops?", "desktops?"]
[[questions]]
id = "2"
text = "Number of computers and laptops purchased by your department"
subject = "computers_and_laptops"
measures = ["count"]
periods = ["2013"]
""")
    assert parse_reply(text, survey).facts == []


EV = parse_survey(r"""
name = "ev"
title = "EV charging points"
[periods]
asked = [{ label = "2022/23", start = 2022-04-01, end = 2023-03-31 }]
[subjects.chargepoints]
synonyms = ["charge\\s*points?", "charging\\s*points?"]
[[questions]]
id = "2"
text = "How many ev charging points have the council installed?"
subject = "chargepoints"
measures = ["count"]
""")


def test_sentences_two_spaces_apart_are_prose_and_places_are_not_the_things():
    # Devon's reply (real set, ev-charging): a paragraph whose sentences stand two spaces apart is not a row of a
    # table; the car parks the points are at, and a part of those car parks, are not points
    text = ("2. How many ev charging points have the council installed?\n\n"
            "Devon County Council (DCC) have been delivering electric vehicle chargepoints in car parks through the "
            "European Regional Development Fund (ERDF) part funded \u201cDELETTI\u201d project.  The project has "
            "awarded contracts for chargepoints at approximately 100 car parks across Devon, Torbay, and South "
            "Somerset.  65 of the car parks are in Devon (excluding Torbay), typically installing a single dual "
            "socket chargepoint per site.  Contracts were awarded in 2021/22 and sites started to be installed in "
            "2022/23 and will continue to 2023/24.  The number of sites delivered is below.\n\n"
            "Financial Year (FY) 22/23: 22 chargepoints\n")
    values = sorted(f.value for f in parse_reply(text, EV).facts)
    assert values == [22.0]


def test_a_sentence_naming_nothing_counts_the_thing_the_sentence_before_named():
    # Devon's reply again: the second sentence's range counts the points the first one is about
    text = ("2. How many ev charging points have the council installed?\n\n"
            "The private sector led and funded \u201cRapid Charging Devon\u201d project is also installing "
            "chargepoints across Devon on-street and in car parks.  Delivery is ongoing with around 10-15 on-street "
            "currently live and more to follow this financial year.\n")
    facts = parse_reply(text, EV).facts
    assert [(f.subject, f.value, f.approx) for f in facts] == [("chargepoints", 12.5, True)]


def test_a_row_of_short_cells_is_still_a_row():
    # cells that are not sentences keep being a row's cells; sentences two spaces apart are not
    from reader.facts.reply_lines import _split_cells
    assert _split_cells("Laptops  12  Tablets  9", 0) == [(0, 7), (9, 11), (13, 20), (22, 23)]
    assert _split_cells("Total spent (see note 1.)  £5,000", 0) is not None
    assert _split_cells("The project has awarded contracts at 100 car parks.  65 of the car parks are in Devon.", 0) \
        is None


def test_one_figure_after_the_questions_own_verb_answers_it_in_the_councils_words():
    # Hastings' reply (real set, ev-charging): the council calls them "public EV chargers", the draft's subject
    # words are "public electric vehicle chargers"; "installed" is the question's verb
    survey = parse_survey(r"""
name = "ev-2022"
title = "EV chargers"
[subjects.public_electric_vehicle_chargers]
synonyms = ["public[\\s-]*electric[\\s-]*vehicle[\\s-]*chargers?", "vehicle[\\s-]*chargers?"]
[[questions]]
id = "3"
text = "How many public electric vehicle chargers have been installed within your authority's jurisdiction?"
subject = "public_electric_vehicle_chargers"
measures = ["count"]
""")
    text = ("3. HBC have installed 21 public EV chargers but other private companies have also installed public "
            "chargers such as Tesco's, Morrisons, BP Garage and others\n")
    facts = parse_reply(text, survey).facts
    assert [(f.question, f.value) for f in facts] == [("3", 21.0)]
    # a figure after words the question does not say still counts a noun of its own
    other = "3. HBC have 4 locations where private companies have also put chargers such as Tesco's and others\n"
    assert parse_reply(other, survey).facts == []


def test_a_count_written_with_a_times_sign_before_a_rating():
    # Wokingham's reply (real set, ev-charging): "20x 22kW" is twenty 22kW chargers; the rating is no figure
    survey = parse_survey(r"""
name = "ev-plan"
title = "EV charging points planned"
[subjects.plan_to_install]
synonyms = ["plan[\\s-]*to[\\s-]*install"]
[[questions]]
id = "3"
text = "How many do the council plan to install over the next 12 months? Including slow and fast charging points."
subject = "plan_to_install"
measures = ["count"]
""")
    text = ("3. How many do the council plan to install over the next 12 months? Including slow and fast charging "
            "points.\n20x 22kW + 22x 7kW = 42 for ORCS project\n")
    values = sorted(f.value for f in parse_reply(text, survey).facts)
    assert values == [20.0, 22.0, 42.0]
    from reader.scan import find_values
    assert [v.value for v in find_values("a 4x4 vehicle and 0x1F", [])] == []


def test_the_kinds_of_the_things_just_counted_written_with_being():
    # Thurrock's reply (real set, ev-charging): "1 being a 3Kw charger ... and 1 being a 7Kw Charger" are the kinds
    # of the 2 charge points just counted, after a semicolon
    text = ("1. There are 4 locations in the borough at present, 3 publically accessible and 1 privately accessible. "
            "Each public location has 2 charge points in each; 1 being a 3Kw charger (3-pin plug) and 1 being a 7Kw "
            "Charger (Type 2 Menneke).\n")
    values = sorted(f.value for f in parse_reply(text, EV).facts)
    assert values == [1.0, 1.0, 2.0]


def test_a_count_at_a_date_answers_the_count_part_of_a_question_that_also_asks_for_spending():
    # Charnwood's reply (real set, devices), read with the draft of its flattened request: one question runs the
    # spending on handsets and bills together with "The total number of mobile phones ..."; the count asked is not
    # of things bought, so the number held in March 2010 is its answer
    survey = parse_survey(r"""
name = "mobiles"
title = "Mobile phones"
[periods]
asked = [{ label = "2009-10", start = 2009-04-01, end = 2010-03-31 }]
[subjects.mobile_phone_handsets_and_bills]
synonyms = ["handsets?", "bills?"]
[[questions]]
id = "1"
text = "I am requesting: Total amount spent on mobile phone handsets and bills (excluding reimbursements for staff members personal phones): For each manufacturer the total number of devices The total number of mobile phones and the number of these that are smart phones"
subject = "mobile_phone_handsets_and_bills"
measures = ["count", "total_cost_gbp"]
periods = ["2009-10"]
""")
    text = ("1. Total amount spent on mobile phone bills \u2013\n\n2009-10 (Apr-Dec)  T-Mobile    \u00a318,000\n\n"
            "Total number of devices -\nMarch 2010 290 split Mobile Phone 237, PDA (Smartphone) 53\n")
    counts = sorted(f.value for f in parse_reply(text, survey).facts if f.measure == "count")
    assert 290.0 in counts
    # where the count asked is of things bought, a count held at a date is still not its answer
    bought = parse_survey(r"""
name = "bought"
title = "Mobile phones bought"
[subjects.mobile_phones]
synonyms = ["mobile phones?"]
[[questions]]
id = "1"
text = "Total amount spent on mobile phones: the number of mobile phones purchased"
subject = "mobile_phones"
measures = ["count", "total_cost_gbp"]
""")
    assert [f for f in parse_reply("1. Mobile phones\nMarch 2010 290\n", bought).facts if f.measure == "count"] == []


def test_a_short_number_after_phone_is_a_count_not_a_phone_number():
    # Charnwood's reply (real set, devices): "Mobile Phone 237" counts phones; a number of five digits or more after
    # "Tel"/"phone"/"mobile", or any after "ext", stays a phone number
    from reader.scan import never_spans
    line = "March 2010 290 split Mobile Phone 237, PDA (Smartphone) 53"
    assert [line[a:b] for a, b in never_spans(line)] == ["March 2010"]
    for text in ("Telephone 123456", "Mobile: 07700 900123", "phone 020 7946 0958", "ext 2345"):
        assert any(b - a >= len(text) - 1 for a, b in never_spans(text)), text
