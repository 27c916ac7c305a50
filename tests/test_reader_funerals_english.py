"""How councils write replies the reader first met on the public-health-funerals topic, each rule tested with real
reply text (the reply named in each test, from tests/files/real_set/public-health-funerals/<slug>.txt, cut to the
lines that matter)."""

from __future__ import annotations

from reader import load_survey, parse_reply
from tests.reading_helpers import DRAFTED, SET, SURVEYS, statuses


def facts(text: str, survey) -> set[tuple]:
    return {(f.question, f.measure, f.period, f.value) for f in parse_reply(text, survey).facts}


def test_a_table_of_one_row_per_year_run_onto_one_line_gives_each_figure_the_year_before_it():
    # northampton-public-health-funerals-nbc3962-1056-15: the header once, then year, count, cost for each year;
    # the costs had been given the next row's year and the last cost read as a count
    text = ("1) How many public health funerals has this local authority arranged each year? 2) How much money has "
            "this local authority spent on public health funerals each year?\n\n"
            "Financial Year Number of public health funerals paid for Total Cost (£) by the Council 2010/2011 18 "
            "18,518.11 2011/2012 36 28,684.78 2012/2013 28 9,699.61 2013/2014 29 21,367.20 2014/2015 16 25,010\n")
    for survey in (load_survey(SURVEYS / "public-health-funerals-2010-2015.toml"),
                   load_survey(DRAFTED / "public-health-funerals-2010-2015.toml")):
        got = facts(text, survey)
        assert ("1", "count", "2010/2011", 18.0) in got
        assert ("2", "total_cost_gbp", "2010/2011", 18518.11) in got
        assert ("2", "total_cost_gbp", "2014/2015", 25010.0) in got
        assert ("1", "count", "2014/2015", 16.0) in got
        assert not any(v == 25010.0 and m == "count" for _, m, _, v in got)


MORAY_PAUPERS = (
    "1.    How many \u201cpaupers\u201d that is people without sufficient funds to arrange their funeral has the "
    "council a) cremated and b) buried in the last five years?\n\n"
    "2.    In how many such occasions have more than one set of remains been buried in the same grave or using the "
    "same plot in the past five years?\n\n"
    "3.    What happens to the ashes of such people? Are they scattered, buried or stored?\n\n"
    "Response 23-11-2016 \n\n"
    "  1. 2011-12: One burial;\n\n                2012-13: Two burials;\n\n"
    "                2014-15: Four burials and two cremations;\n\n"
    "  1. 2011-12: One;\n\n                2012-13: Two;\n\n"
    "  1. Cremations are only arranged when the deceased person has a will which indicates this preference and also "
    "when sufficient funds are available in their estate.\n")


def test_answers_a_page_numbered_1_each_answer_the_questions_in_order():
    # moray-council-burials-cremations-101001349079: an HTML list of one item per answer, each shown "1."; the
    # second list's figures had gone to question 3 (a subject made from "happens to the ashes")
    for survey in (load_survey(SURVEYS / "public-health-funerals-paupers-2016.toml"),
                   load_survey(DRAFTED / "public-health-funerals-paupers-2016.edited.toml")):
        got = parse_reply(MORAY_PAUPERS, survey).facts
        second = [f for f in got if f.quote.startswith("2011-12: One;") or f.quote.startswith("2012-13: Two;")]
        assert second and all(f.question == "2" for f in second)
        assert not any(f.question == "3" for f in got)


def test_a_list_inside_an_answer_and_questions_restated_keep_their_own_numbers():
    from reader.renumbered import renumber_ones
    # public-toilets/rushcliffe-public-toilet-complaints-2024: "1." one step in is a list inside answer 1
    nested = ("  1. The total number of complaints received by the council about public toilets.\n"
              "    1. One in September 2020\n"
              "  2. A breakdown of these complaints by category.\n")
    assert renumber_ones(nested, 5) == nested
    # ev-charging/thurrock-ev-charging-2023: the request's questions restated, each "1.", are placed by their words
    restated = ("  1. What is the council's long-term EV strategy?\n\nThe Council is preparing one.\n"
                "  1. How many electric vehicle charging points have the council installed in the local authority?\n")
    assert renumber_ones(restated, 9) == restated
    assert renumber_ones(MORAY_PAUPERS, 3).count("  2. 2011-12: One;") == 1


def test_a_figure_on_the_line_under_a_heading_naming_two_things_is_the_one_the_heading_heads():
    # east-herts-public-health-funerals-318478: "Average costs of providing a Public Health Funeral 2011/2012" names
    # the average cost and the funerals; the "£2073" under it (a line read as the heading's wrapped end) had been
    # given the last thing named, the funerals, whose question asks no money
    survey = load_survey(SURVEYS / "public-health-funerals-2010-11-2020-21.toml")
    text = ("Please also provide for each individual financial year from 2010/11 to 2020/21 the average of cost of "
            "providing a Public Health Funeral carried out by the local authority under the Public Health (Control of "
            "Diseases) Act 1984 or as many years of data as you have available?\n"
            "Average costs of providing a Public Health Funeral 2011/2012\n£2073\n"
            "Average costs of providing a Public Health Funeral 2012/2013\n£2308\n")
    got = facts(text, survey)
    assert ("2", "unit_cost_gbp", "2011/2012", 2073.0) in got
    assert ("2", "unit_cost_gbp", "2012/2013", 2308.0) in got


def test_a_count_told_in_a_sentence_under_its_questions_number_in_the_councils_own_noun():
    # moray-cost-of-public-health-funerals-101001517945 (drafted survey: its subjects are "public health funerals",
    # the reply says "funerals"); the answers indented under the request's own numbered questions, and the first, a
    # long sentence, had been read as an item of a list under the request's question 6
    survey = load_survey(DRAFTED / "public-health-funerals-2011-12-2015-16.toml")
    text = ("1. How many public health funerals were carried out in the financial year 2011/12?\n"
            "4. How many public health funerals were carried out in the financial year 2015/16?\n"
            "6. What was the total cost of public health funerals for the Local Authority in 2015/16?.\n\n"
            "Response 06-06-2017\n\n"
            "  1. No funerals were arranged in the financial year 2011-12 by the Environmental Health Section in terms "
            "of Section 50 of the National Assistance Act 1948.\n"
            "  4. Three funerals were arranged in financial year 2015-16.\n")
    got = facts(text, survey)
    assert ("1", "count", "2011-12", 0.0) in got
    assert ("4", "count", "2015-16", 3.0) in got


def test_a_total_told_in_words_and_a_none_told_with_the_councils_noun():
    # moray-national-assistance-funerals-101001476732 (drafted survey)
    survey = load_survey(DRAFTED / "public-health-funerals-national-assistance-2016.edited.toml")
    text = ("Response 20-04-2017\n\n"
            "  1. A total of three funerals were arranged in 2016 by the Environmental Health Section in terms of the "
            "National Assistance Act 1948.\n"
            "  2. No requests for funerals were refused.\n")
    got = facts(text, survey)
    assert ("1", "count", "2016", 3.0) in got
    assert any(q == "2" and m == "count" and v == 0.0 for q, m, _, v in got)


def test_a_figure_before_a_noun_no_question_asks_about_is_not_told_as_a_count():
    from reader.facts.told_counts import told_count
    from reader.scan import find_values
    # "3. 12 officers were trained" under a question about fixed penalty notices: "officers" is not its word
    text = "  3. 12 officers were trained in 2019.\n"
    v = next(v for v in find_values(text, []) if v.text == "12")

    class Q:
        measures = ["count"]
    assert told_count(text, 0, v, Q(), frozenset({"fixed", "penalty", "notices", "issued"})) is False
    assert told_count(text, 0, v, Q(), frozenset({"officers", "trained"})) is True


def test_peoples_ages_are_not_counts():
    # moray-national-assistance-funerals-101001476732: "the age of the deceased (... a list of each individual age)"
    # answered with three ages, which had been read as three counts
    for survey in (load_survey(SURVEYS / "public-health-funerals-national-assistance-2016.toml"),
                   load_survey(DRAFTED / "public-health-funerals-national-assistance-2016.edited.toml")):
        text = "Response 20-04-2017\n\n  3. The ages of the deceased persons were as 72, 47 and 70.\n"
        assert not [f for f in parse_reply(text, survey).facts if f.measure == "count"]


def test_the_things_counted_before_named_again_with_the_are_not_another_count():
    # moray-national-assistance-funerals-101001476732 (hand survey): "the three funerals" in the costs' sentence had
    # been read as another count of funerals
    survey = load_survey(SURVEYS / "public-health-funerals-national-assistance-2016.toml")
    text = ("Response 20-04-2017\n\n"
            "  1. A total of three funerals were arranged in 2016 by the Environmental Health Section.\n"
            "  5. The total costs of the three funerals (before recoveries) were as follows: £1905.20; £1386.00 and; "
            "£1608.93.\n")
    counts = [f for f in parse_reply(text, survey).facts if f.measure == "count"]
    assert [(f.question, f.value) for f in counts] == [("1", 3.0)]


def test_answers_indented_below_the_letters_own_lines_are_not_items_of_the_requests_last_question():
    # moray-council-burials-cremations-101001349079 (raw draft: no subject named on the answers' lines); the
    # answers, indented, stand under "Response ..." and a sentence, below the request's unindented "3. ...?"
    survey = load_survey(DRAFTED / "public-health-funerals-paupers-2016.toml")
    got = parse_reply(MORAY_PAUPERS.replace("Response 23-11-2016 \n\n", "Response 23-11-2016 \n\nIn respect of the "
                                            "funerals arranged by the Environmental Health Section:\n\n"), survey).facts
    assert got and not any(f.question == "3" for f in got)
    assert {f.question for f in got if f.quote.startswith("2011-12: One;")} == {"2"}


MORAY_COSTS = (
    "2. What was the cost of an individual public health funeral in 2011/12, separately for a) burials and b) "
    "cremations\n"
    "5. What was the cost of an individual public health funeral in 2015/16, separately for a) burials and b) "
    "cremations;\n\n"
    "Response 06-06-2017\n\n"
    "  2. The cost for a burial would have been around £1200.00 in the financial year 2011-12, inclusive of the costs "
    "of opening the lair. Cremations are only arranged when the deceased person has a will which indicates this "
    "preference and also when sufficient funds are available in their estate. No cremations were arranged in that "
    "financial year or in preceding years and therefore it is not possible to provide details of the cost of a "
    "cremation.\n"
    "  5. The average cost for a burial would have been around £1600.00 in the financial year 2015-16. The average "
    "cost of a cremation would be around £1900.00. (please also refer to the answer given in 2.)\n")


def test_a_figure_of_one_thing_asked_in_two_questions_goes_to_the_one_asking_its_year():
    # moray-cost-of-public-health-funerals-101001517945 (hand survey: 2a and 5a ask the one subject, burial cost,
    # for 2011/12 and 2015/16); answer 5's prices had gone to 2a and 2b
    survey = load_survey(SURVEYS / "public-health-funerals-2011-12-2015-16.toml")
    got = facts(MORAY_COSTS, survey)
    assert ("2a", "unit_cost_gbp", "2011-12", 1200.0) in got
    assert ("5a", "unit_cost_gbp", "2015-16", 1600.0) in got
    assert not any(q == "2b" for q, *_ in got)


def test_the_price_of_a_thing_there_were_none_of_is_not_held():
    # the same reply: "No cremations were arranged ... not possible to provide details of the cost of a cremation"
    survey = load_survey(SURVEYS / "public-health-funerals-2011-12-2015-16.toml")
    got = statuses(MORAY_COSTS, survey)
    assert got["2b"] == "not_held" and got["2a"] == "successful" and got["5b"] == "successful"
    # eden-public-health-funerals-05222: "We do not have a crematoria, so burials are the preferred type of funeral."
    survey = load_survey(SURVEYS / "public-health-funerals-average-costs-2018.toml")
    text = ("1) Please tell me the average cost for a public health burial funeral in the financial years of:\n\n"
            "  \u2022 2015/2016 £1330.50\n  \u2022 2016/2017 £1135.00\n  \u2022 2017/2018 £0\n\n"
            " 2) Please tell me the average cost for a public health cremation funeral in the financial years of:\n\n"
            "  \u2022 We do not have a crematoria, so burials are the preferred type of funeral.\n")
    got = statuses(text, survey)
    assert got["1"] == "successful" and got["2"] == "not_held"


def test_none_of_a_thing_every_price_asked_names_marks_no_price_not_held():
    # "No funerals were arranged in the financial year 2011-12": every cost question asks of funerals, so it
    # says nothing of one price apart
    from reader.none_priced import none_priced
    from reader.classify import QuestionResult
    survey = load_survey(SURVEYS / "public-health-funerals-2011-12-2015-16.toml")
    text = "  1. No funerals were arranged in the financial year 2011-12.\n"
    before = [QuestionResult("3", "successful", [], False, "", 0, 0)]
    assert none_priced(before, survey, text, text, []) == before


def test_a_figure_goes_to_the_twin_subject_asking_its_year():
    # the same reply, drafted survey: 2a and 5a ask "burials" under two subjects of one label, for 2011/12 and
    # 2015/16; answer 5's prices had gone to 2a and 2b
    survey = load_survey(DRAFTED / "public-health-funerals-2011-12-2015-16.toml")
    got = facts(MORAY_COSTS, survey)
    assert ("2a", "unit_cost_gbp", "2011-12", 1200.0) in got
    assert ("5a", "unit_cost_gbp", "2015-16", 1600.0) in got
    assert any(q == "5b" and v == 1900.0 for q, _, _, v in got)


NORTHUMBERLAND = (
    "To whom it may concern,\n\n"
    "I am writing to make an open government request for all the information to which I am entitled under the "
    "Freedom of Information Act 2000.\n\n"
    "In order to assist you with this request, I am outlining my enquiry as specifically as possible. However, if "
    "this request is too wide or unclear, please feel free to contact me for clarification.\n\n"
    "1. How many public health funerals has the council carried out in each month of the 2020/21 financial year, to "
    "date?\n\n"
    "I would really appreciate your help with this request \u2013 I look forward to hearing from you.\n\n"
    "Yours faithfully,\n\nRamzy Alwakeel\n\nNorthumberland County Council\n\n1 Atodiad\n\nOur Ref: 8005  \n\n"
    "Dear Enquirer,\n\nINFORMATION REQUEST\n\n"
    "Thank you for your request for information which will be dealt with under\nthe terms of the Freedom of "
    "Information Act 2000 / Environmental\nInformation Regulations 2004.\n")


def test_an_acknowledgement_below_the_requesters_template_letter_on_a_welsh_page():
    # northumberland-public-health-funerals-acknowledgement-8005: WhatDoTheyKnow's Welsh view ("1 Atodiad": one
    # attachment) of the requester's "open government request" letter and the council's acknowledgement; had been
    # read as a response (the "1" a figure) and then as asking for clarification (the requester's own offer)
    reply = parse_reply(NORTHUMBERLAND, load_survey(SURVEYS / "public-health-funerals-monthly-2020-21.toml"))
    assert reply.kind == "acknowledgement"
    assert not reply.facts


def test_figures_behind_short_labels_after_the_numbered_question_on_its_line_are_its_answer():
    # northampton-public-health-funerals-nbc3962-1056-15 (drafted survey, no edits: its subject "expensive and the
    # cheapest", the reply's labels "Cheapest funeral", "most expensive")
    survey = load_survey(DRAFTED / "public-health-funerals-2010-2015.toml")
    text = ("3) What was the most expensive, and the cheapest, public health funeral this local authority arranged "
            "from 2010-2015? How much did each cost? Cheapest funeral £1200, most expensive £2480 (gross costs "
            "excluding recovery).\n")
    got = {(q, m, v) for q, m, _, v in facts(text, survey)}
    assert {("3", "unit_cost_gbp", 1200.0), ("3", "unit_cost_gbp", 2480.0)} <= got
    # a sentence after the question is no label: "How much did each cost? We paid for 4 funerals at £2480"
    from reader.facts.labelled_answers import _LABEL
    assert _LABEL.fullmatch("Cheapest funeral ") and not _LABEL.fullmatch(" We paid for all of the funerals at ")


def test_a_question_restated_with_the_requests_own_extra_clause_heads_its_answer():
    # east-herts-public-health-funerals-318478 (hand survey, whose question 1 leaves out "under the Public Health
    # (Control of Diseases) Act 1984 or as many years of data as you have available"): the link below it answers it
    survey = load_survey(SURVEYS / "public-health-funerals-2010-11-2020-21.toml")
    text = ("East Herts Council Response\n28 May 2021\n"
            "Thank you for your request for information, this has now been processed and the information that we "
            "hold is enclosed.\n"
            "Please can you provide figures for each individual financial year from 2010/11 to 2020/21 on the number "
            "of Public Health Funerals carried out by the local authority under the Public Health (Control of "
            "Diseases) Act 1984 or as many years of data as you have available?\n"
            "A list of Public Health Funerals carried out by East Herts from 2009-2021 can be found on the website "
            "here: https://www.eastherts.gov.uk/environmental-health/public-burials\n"
            "Average costs of providing a Public Health Funeral 2011/2012\n£2073\n")
    assert statuses(text, survey).get("1") == "successful"


def test_figures_sent_as_a_link_answer_the_questions_nothing_else_answers():
    # brentwood-public-health-funerals-13667: the request on the log's page, then "email sent with the link to the
    # Data share"; question 2 (the cost) had been read as not addressed
    from reader.attached import sent_as_link
    assert sent_as_link("email sent with the link to the Data share\n") is not None
    assert sent_as_link("Please use the link to the complaints procedure below.") is None
    survey = load_survey(SURVEYS / "public-health-funerals-three-years-2017.toml")
    page = (SET / "public-health-funerals" / "brentwood-public-health-funerals-13667.txt").read_text()
    text = "".join(ln for ln in page.splitlines(keepends=True) if not ln.startswith("#"))
    got = {q.question: q for q in parse_reply(text, survey).questions}
    assert got["2"].outcome == "successful" and "link to the Data share" in got["2"].quote


EDEN_DECEASED = (
    "Under the Freedom of Information Act, I would like to request the following information for public health "
    "funerals from 01/11/2019 to date.   \n\n"
    "  1. Name of the deceased\n  2. Date of birth \n  3. Date of death \n  4. Last residential address \n"
    "  5. Have the next of kin/ family members been traced? \n"
    "  6. Has the above information been passed to any 3rd party, if so who \n"
    "  7. Does you council work with any genealogist?\n\n"
    "Our response\n\nResponse\n\n"
    "Further to your FOI request, which was logged under reference FOI: 06641, please find attached a detailed "
    "partial refusal notice in relation to your request under the provisions of the Freedom of Information Act "
    "2000. We are able to answer questions 6 and 7, and the answers are below.\n\n"
    "  1. We only share this information with the Treasury Solicitor. Go to the unclaimed estates list on GOV.UK "
    "to find the information you are seeking.\n"
    "  2. No.\n\n"
    "We confirm that Eden District Council holds the information you have requested.\n\n"
    "The Exemption which Applies\n\n"
    "However we consider that the information requested in questions 1-5 is exempt from disclosure under Section "
    "31(1)(a) of the Freedom of Information Act 2000 (`the Act\u2019) and therefore regret to inform you that the "
    "Council will be not be releasing it.\n\n"
    "Section 31(1)(a) \u2013 Law enforcement \u2013 prevention and detection of crime\n\n"
    "We consider that the information requested is exempt under Section 31(1)(a) of the Act.\n")


def test_a_list_below_the_questions_it_answers_named_and_a_refusal_of_the_others_by_number():
    # eden-public-health-funerals-deceased-06641: "answer questions 6 and 7, and the answers are below" over a list
    # numbered 1. and 2.; the refusal names questions 1-5 (its heading, said again, is theirs too)
    from reader.renumbered import renumber_named
    assert "  6. We only share" in renumber_named(EDEN_DECEASED) and "  7. No." in renumber_named(EDEN_DECEASED)
    for survey in (load_survey(SURVEYS / "public-health-funerals-deceased-2020.toml"),
                   load_survey(DRAFTED / "public-health-funerals-deceased-2020.toml")):
        got = statuses(EDEN_DECEASED, survey)
        assert [got.get(q) for q in "1234567"] == ["rejected"] * 5 + ["successful"] * 2


def test_a_figures_noun_that_shares_its_stem_with_one_lettered_parts_word_is_that_parts_count():
    # moray-council-burials-cremations-101001349079 (drafted survey: 1a's subject "cremated", the reply's noun
    # "cremations")
    survey = load_survey(DRAFTED / "public-health-funerals-paupers-2016.edited.toml")
    got = facts(MORAY_PAUPERS, survey)
    assert ("1a", "count", "2014-15", 2.0) in got and ("1b", "count", "2014-15", 4.0) in got
    # potholes/moray-pothole-claims-2020: parts that are questions of their own ("a) How many claims ... for damage
    # caused to vehicles by potholes?", "b) How many claims ... accepted ...?"): "5 vehicles" is not a's by its noun
    from reader.facts.part_nouns import part_by_noun
    from reader.scan import find_values
    claims = load_survey(DRAFTED / "potholes-claims-road-maintenance-2020.edited.toml")
    text = "Can advise that for period there were 5 vehicles\n"
    v = next(v for v in find_values(text, []) if v.text == "5")
    assert part_by_noun(text, v, claims, "1") is None


def test_a_year_lines_figure_with_a_noun_of_its_own_does_not_count_the_line_aboves_thing():
    # moray-council-burials-cremations-101001349079 (raw draft, read after playgrounds' "In 2015/16 55" rule):
    # "2015-16: Two burials and one cremation" under "2014-15: Four burials and two cremations;" counts burials
    survey = load_survey(DRAFTED / "public-health-funerals-paupers-2016.toml")
    got = facts(MORAY_PAUPERS.replace("                2014-15: Four burials and two cremations;\n\n",
                                      "                2014-15: Four burials and two cremations;\n\n"
                                      "                2015-16: Two burials and one cremation;\n\n"), survey)
    assert ("1a", "count", "2015-16", 1.0) in got and ("1a", "count", "2015-16", 2.0) not in got
