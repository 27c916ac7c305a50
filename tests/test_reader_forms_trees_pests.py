"""Forms of English councils write in any topic (helper "rules10", session of 2026-12-07), found in the street-trees,
pest-control and stray-dogs replies, the first two labelled blind and read here for the first time. Each test quotes
a real reply's words (tests/files/real_set/) that the rule reads, with made-up variants, and each is read wrongly
without its rule.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply
from reader.survey import parse_survey

from tests.reading_helpers import figures


PLANTED_REMOVED = parse_survey(textwrap.dedent("""
    name = "trees"
    title = "Trees planted and removed"
    [periods]
    asked = [
      { label = "2019-20", start = "2019-04-01", end = "2020-03-31" },
      { label = "2020-21", start = "2020-04-01", end = "2021-03-31" },
    ]
    [subjects.trees_planted]
    label = "Trees planted"
    synonyms = ["trees[\\\\s-]*planted"]
    [subjects.trees_removed]
    label = "Trees removed"
    synonyms = ["trees[\\\\s-]*removed"]
    [[questions]]
    id = "1"
    text = "The number of trees planted by the council, its contractors and/or other organisations funded by the council"
    subject = "trees_planted"
    measures = ["count"]
    periods = ["2019-20", "2020-21"]
    [[questions]]
    id = "2"
    text = "The number of trees removed by those listed above"
    subject = "trees_removed"
    measures = ["count"]
    periods = ["2019-20", "2020-21"]
"""))


# A bulleted request restated, each bullet over its own rows of years --------------------------------------------

HEREFORDSHIRE = (
    "Response\n\n"
    "For each financial year, from 2019-20 to 2023-24, please provide: \u2022       The number of trees planted by "
    "the council, its contractors and/or other organisations funded by the council\n\n \n\n"
    "Answer: Please find the total number of trees below:\n\n"
    "-       2019/20        52\n\n-       2020/21        14\n\n"
    "\u2022       The number of trees removed by those listed above\n\n \n\n"
    "Answer: We only remove trees when necessary (For example due to being dead, diseased dangerous or in extreme "
    "cases when damaging private property)\n\n"
    "The following are trees removed by BBLP as a result of surveys, not other departments within the Council:\n\n"
    "2019/20        155\n\n2020/21        142\n\n")


def test_next_bullet_ends_the_table_whose_header_named_the_first():
    # Herefordshire, street-trees/herefordshire-trees-planted-removed-2024: the request's line spaced out into cells
    # ("... please provide: •       The number of trees planted ...") heads the first rows of years; the next bullet,
    # naming trees removed, heads the rows under it, not one more row of the first table (they were read as trees
    # planted)
    got = figures(HEREFORDSHIRE, PLANTED_REMOVED, "question", "period", "value")
    assert {("1", "2019/20", 52.0), ("1", "2020/21", 14.0), ("2", "2019/20", 155.0), ("2", "2020/21", 142.0)} <= got
    assert ("1", "2019/20", 155.0) not in got


def test_next_bullet_ends_the_table_made_up_variant():
    text = ("Please provide:   The number of trees planted by the council\n"
            "2019/20    10\n2020/21    12\n"
            "-   The number of trees removed by those listed above\n"
            "2019/20    7\n2020/21    9\n")
    got = figures(text, PLANTED_REMOVED, "question", "period", "value")
    assert {("2", "2019/20", 7.0), ("2", "2020/21", 9.0)} <= got
    assert not {("1", "2019/20", 7.0), ("1", "2020/21", 9.0)} & got


def test_row_label_on_its_own_line_still_keeps_its_table():
    # what the restoring rule is for: "Tablet computers" / "5 | 40 | £320", a row label a PDF put on its own line
    # under a header of periods
    text = ("Device | 2019-20 | 2020-21\n"
            "Trees planted | 3 | 4\n"
            "Trees removed\n"
            "| 5 | 6\n")
    got = figures(text, PLANTED_REMOVED, "question", "period", "value")
    assert {("2", "2019-20", 5.0), ("2", "2020-21", 6.0)} <= got


# What was asked for sent with the letter, named by what it is -----------------------------------------------------

CALL_OUTS = parse_survey(textwrap.dedent("""
    name = "pests"
    title = "Pest control call-outs"
    [subjects.call_outs]
    label = "Pest control call-outs"
    synonyms = ["pest control compan(?:y|ies)", "call[\\\\s-]*outs?"]
    [subjects.pests]
    label = "Pests reported"
    synonyms = ["type of pest", "pests?"]
    [[questions]]
    id = "1"
    text = "How many times in each of the last five years it has engaged the services of a pest control company"
    subject = "call_outs"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "For each occasion, please state the type of pest reported"
    subject = "pests"
    measures = ["count"]
"""))

BOLTON = ("Under section 21 Information already available.\n\n\n"
          "This exemption applies if the information requested is already accessible to the requester.\n\n\n"
          "Please follow the link to our public website:\n\n\n"
          "Please find attached the reports for:\n\n"
          "\u00b7        Pest Control \u2013 April16 to March17 [27 kb] Ms Word\n\n"
          "\u00b7        Pest Control \u2013 April17 to Jan18 [27 kb] Ms Word\n")


def test_reports_attached_beside_a_published_elsewhere_refusal_give_part():
    # Bolton NHS FT, pest-control/bolton-pest-control-services-2018-15: s21 for what is on its website, and two
    # reports attached: part given, part withheld (it was read as refused whole)
    reply = parse_reply(BOLTON, CALL_OUTS)
    assert reply.outcome == "partially_successful"
    assert {q.question: q.outcome for q in reply.questions} == {"1": "partially_successful",
                                                               "2": "partially_successful"}


def test_details_attached_made_up_variants():
    for sent in ("Please find attached details of the call-outs for each year.",
                 "Please see attached the requested data.",
                 "Enclosed is a breakdown of the call-outs by year."):
        text = "Some of this information is published on our website (section 21).\n\n" + sent + "\n"
        assert parse_reply(text, CALL_OUTS).outcome == "partially_successful", sent


def test_the_letters_own_papers_attached_give_nothing():
    # "Please find attached our refusal notice": the letter's own paper, not what was asked for
    for sent in ("Please find attached our refusal notice.", "Please find attached a copy of our complaints procedure."):
        text = ("We estimate that answering would exceed the appropriate limit under section 12.\n\n" + sent + "\n")
        assert parse_reply(text, CALL_OUTS).outcome == "rejected", sent


GLA = ("Our response\n"
       "While the GLA does not directly implement tree planting schemes, the Mayor has funded a range of tree planting "
       "programmes since taking office in 2016. The details of these are below (including the name and timeframe of "
       "the programme, number of trees planted, and costs where available).\n"
       "The GLA does not hold any information regarding survival rates.\n"
       "Please find attached details of tree planting programmes from 2016-17 to 2020-21.\n")

SCHEMES = parse_survey(textwrap.dedent("""
    name = "schemes"
    title = "Tree planting schemes"
    [subjects.trees_planted]
    label = "Trees planted"
    synonyms = ["trees planted"]
    [subjects.trees_surviving]
    label = "Trees still surviving"
    synonyms = ["trees (?:are )?still surviving"]
    [[questions]]
    id = "1"
    text = "How many trees were planted"
    subject = "trees_planted"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "How many trees are still surviving"
    subject = "trees_surviving"
    measures = ["count"]
"""))


def test_details_attached_beside_one_part_not_held_give_part():
    # Greater London Authority, street-trees/gla-tree-planting-schemes-2022: the table of programmes attached, survival
    # rates not held: partly successful (it was read as not held whole)
    assert parse_reply(GLA, SCHEMES).outcome == "partially_successful"


# What one question asks is published elsewhere, said under that question's own number ------------------------------

PLANTING_DATA = parse_survey(textwrap.dedent("""
    name = "planting-data"
    title = "Tree planting data"
    [subjects.planting_documents]
    label = "Documents on where to plant trees"
    synonyms = ["where to plant trees"]
    [subjects.management_plans]
    label = "Management plans for planted trees"
    synonyms = ["management plans?"]
    [subjects.survival_rates]
    label = "Survival rates of planted trees"
    synonyms = ["survival rates?"]
    [[questions]]
    id = "1"
    text = "All documents related to where to plant trees?"
    subject = "planting_documents"
    [[questions]]
    id = "2"
    text = "Long term management plans for planted trees?"
    subject = "management_plans"
    [[questions]]
    id = "3"
    text = "Survival rates of planted trees?"
    subject = "survival_rates"
"""))

MORAY = ("Since the 2020 financial year can you publish.\n"
         "1. All documents related to where to plant trees?\n"
         "2. Long term management plans for planted trees?\n"
         "3. Survival rates of planted trees?\n\n"
         "Response 01-09-2023\n\n"
         "1. This information can be found in the Moray Local Development Plan 2020. Please note: Volume 2 identifies "
         "potential landscaping and green network opportunities in larger towns. This information is exempt under "
         "Section 25 of the Freedom of Information (Scotland) Act 2002- Information Otherwise Accessible. For ease of "
         "reference please see here:\n\n"
         "2. Please see Woodland Management Plan for Cluny Hill, Forres and Millbuies Management Plan 2023-33.\n\n"
         "3. Information not held. Information that is not held falls under Section 17 of the Freedom of Information "
         "(Scotland) Act 2002 - Information not held.\n")


def test_published_elsewhere_under_one_number_refuses_that_question_only():
    # Moray, street-trees/moray-tree-planting-data-2023: FOISA s25 said under answer 1 refused every question (a
    # published-elsewhere refusal was taken as the whole request's wherever the reply gives no figure); answer 2
    # names the plans it points to, answer 3 is not held
    reply = parse_reply(MORAY, PLANTING_DATA)
    assert {q.question: q.outcome for q in reply.questions} == {"1": "rejected", "2": "successful", "3": "not_held"}
    assert reply.outcome == "partially_successful"


def test_published_elsewhere_under_one_number_made_up_variant():
    text = ("1. All documents related to where to plant trees?\n\n"
            "The documents are published on our website at www.example.gov.uk/trees and are therefore exempt under "
            "section 21 of the Freedom of Information Act.\n\n"
            "2. Long term management plans for planted trees?\n\n"
            "We do not have long term management plans; trees are inspected every three years.\n\n"
            "3. Survival rates of planted trees?\n\n"
            "Not recorded.\n")
    got = {q.question: q.outcome for q in parse_reply(text, PLANTING_DATA).questions}
    assert got["1"] == "rejected" and got["2"] != "rejected"


def test_published_elsewhere_for_the_whole_request_still_refuses_all():
    # below a request quoted whole, a refusal that names a thing in passing ("... previous requests in relation to
    # survival rates") is of every question (Wokingham's pothole reply, potholes/wokingham-pothole-payouts-s21-2023)
    text = ("1. All documents related to where to plant trees?\n"
            "2. Long term management plans for planted trees?\n"
            "3. Survival rates of planted trees?\n\n"
            "This information is available on our disclosure log and the Council have answered previous requests in "
            "relation to survival rates. Therefore we are applying Section 21 exemption - Information accessible by "
            "other means.\n")
    reply = parse_reply(text, PLANTING_DATA)
    assert reply.outcome == "rejected"
    assert {q.outcome for q in reply.questions} == {"rejected"}


# An automatic acknowledgement: "We confirm receipt of your request and will contact you in due course." ------------

LUTON = ("Pest control statistics\nDear Luton Borough Council,\n"
         "Under the Freedom of Information Act 2000, I would like to request data regarding pests and pest control in "
         "England.\nDo you charge for your pest control service? (Y=Yes, N=No, X=we charge for some services)\n"
         "Yours faithfully,\nJamie Dixon\n"
         "Thank you for contacting Luton Council\u2019s Freedom of Information team. We confirm receipt of your request "
         "and will contact you in due course.\n"
         "If you are contacting us about a request you have already made, please ensure you have included the "
         "reference number, and please email again if you have not included this.\n")


def test_confirmed_receipt_is_an_acknowledgement():
    # Luton, pest-control/luton-pest-control-statistics-acknowledgement-2023 (read as "other")
    assert parse_reply(LUTON, CALL_OUTS).kind == "acknowledgement"


def test_confirmed_receipt_made_up_variants():
    for said in ("We can confirm receipt of the request you sent on 3 May.",
                 "Your email has reached the FOI team; we will respond to you in due course."):
        assert parse_reply("Dear Ms Smith,\n\n" + said + "\n\nKind regards\nFOI Team\n", CALL_OUTS).kind \
            == "acknowledgement", said


# A disclosure log's "Resolution" field: "Resolution" / "Information provided" ---------------------------------------

CHARNWOOD = ("Environmental Health Budget\n\nRequested on\nWed 16th April, 2014\nReference\nFOI 4275\n"
             "Resolution\nInformation provided\n\nQuestion\n\n"
             "How many times in each of the last five years has the council engaged the services of a pest control "
             "company?\n")


def test_resolution_field_states_the_outcome():
    # Charnwood, pest-control/charnwood-environmental-health-budget-foi-4275: the log's own field, the answers cut from
    # the stored page (read as "other", no outcome)
    reply = parse_reply(CHARNWOOD, CALL_OUTS)
    assert (reply.kind, reply.outcome) == ("response", "successful")


def test_resolution_field_made_up_variants():
    for label, outcome in (("Information not held", "not_held"), ("Refused - exempt", "rejected")):
        text = CHARNWOOD.replace("Information provided", label)
        assert parse_reply(text, CALL_OUTS).outcome == outcome, label


def test_resolution_in_a_sentence_is_no_field():
    text = ("Dear Mr Jones,\n\nResolution of this request may take longer than usual: we will respond to you in due "
            "course.\n")
    reply = parse_reply(text, CALL_OUTS)
    assert (reply.kind, reply.outcome) == ("acknowledgement", None)


# A log's "You asked" / "We answered", and "we hold some of the information" over an answer cut from the page ---------

TFL = ("FOI request detail\n\nCost of pest control\n\nRequest ID: FOI-0280-2425\n\nYou asked\n\n"
       "Under the Freedom of Information Act 2000, please can you provide me with information on pest control at your "
       "organisation. The total number of reports of pests at your organisation in each of the calendar years a) "
       "2022, e) 2023.\n\nWe answered\n\nTfL Ref: FOI-0280-2425\n\n \n\n"
       "Thank you for your revised request which we received on 23 April 2024, asking for information about reports "
       "of pest control, covering years 2022 and 2023.\n\n \n\n"
       "Your request has been considered in accordance with the requirements of the Freedom of Information Act and "
       "our information access policy.  I can confirm that we hold some of the information you require. You "
       "specifically asked: \n\n \n\n"
       "Under the Freedom of Information Act 2000, please can you provide me with information on pest control at your "
       "organisation.\n\n \n\n"
       "Please see the table below for pest reports at stations, depots and train crew accommodation.\n\n \n\n"
       "Number of Pest Control Faults\n\nFinancial Year\n\nTotal\n\n20/21\n\n")


def test_we_answered_ends_the_request_quoted_above_it():
    # TfL, pest-control/tfl-cost-of-pest-control-0280-2425: everything from "You asked" to "Please see the table
    # below" was read as the request quoted back, the answer's opening with it ("other", no outcome); "we hold some of
    # the information" over a table the stored page cuts is part given, never none of it held
    reply = parse_reply(TFL, CALL_OUTS)
    assert (reply.kind, reply.outcome) == ("response", "partially_successful")


def test_hold_some_beside_an_answer_stays_partly():
    text = ("I can confirm that we hold some of the information you require.\n\n"
            "1. We engaged a pest control company 14 times in 2022.\n")
    assert parse_reply(text, CALL_OUTS).outcome == "partially_successful"


# The drafter: a list of the fields of what the line above it asks for is one question, not one per field -----------

from reader.draft_questions import split_questions  # noqa: E402

EXETER_REQUEST = (
    "Please provide details of all trees felled and pruned by Devon County Council (or its suppliers/contractors) "
    "including highway works within Exeter City, within the last two years. Information to include;\n"
    "\u2013 Location (Plan(s), ward, postcode, road, grid reference etc)\n"
    "\u2013 Date of works\n"
    "\u2013 Technical justification for the instructed works (including listed defects)\n"
    "\u2013 Who instructed the works\n"
    "Please also provide details of all new tree planting undertaken by Devon County Council (or its "
    "suppliers/contractors) including highway works within Exeter City within the last two years and proposed within "
    "the next 18 months. Information to include;\n"
    "\u2013 Location (Plan(s), ward, postcode, road, grid reference etc.)\n")


def test_fields_under_what_is_asked_make_one_question():
    # Devon's request (drafted/street-trees-exeter-tree-works-2020.request.txt): each dashed list names the fields of
    # the details asked in the line above it; the draft made one question per field (1 "Location ...", 2 ...), so the
    # reply's answer to the request's first paragraph had no question to stand under
    got = split_questions(EXETER_REQUEST)
    assert [qid for qid, _, _ in got] == ["1", "2"]
    assert got[0][1].startswith("Please provide details of all trees felled and pruned")
    assert "Information to include" not in got[0][1]
    assert got[1][1].startswith("Please also provide details of all new tree planting")


def test_a_list_that_asks_or_a_bare_lead_in_keeps_its_items():
    # "Please could you detail;" over "• The number of pest control incidents ...": the items ask (Commons' request);
    # "Please provide the following information ...:" over fields: the lead-in names nothing asked
    commons = ("Please could you detail;\n"
               "  \u2022 The number of pest control incidents in the House of Commons over the past five calendar years.\n"
               "Please provide all the details you have on each incident including but not exclusive to;\n"
               "  \u2022 Pest involved (e.g. rat, mouse)\n"
               "  \u2022 Cost to deal with each incident\n"
               "  \u2022 The company used to deal with it\n")
    assert len(split_questions(commons)) == 4
    premium = ("Please provide the following information for the most recent period available:\n"
               "- A list of residential properties currently subject to a Council Tax Empty Homes Premium\n"
               "- The address of each property, including postcode\n"
               "- The date the premium was first applied to each property\n")
    assert len(split_questions(premium)) == 3


# A cost-limit refusal of "the further information requested": the rest was given ------------------------------------

DEVON = ("\u2013 In terms of trees felled or pruned from a highway safety point of view, we can confirm that we ordered a "
         "total of 271 actions within the Exeter city area from 01/01/2018 to 31/12/2019.\n"
         "We do not hold a central record of the further information requested; to therefore obtain all of the "
         "information for each of the 271 actions would require an individual records for each tree. Allowing for an "
         "estimate of 15 minutes per record, this would take approximately 68 hours. This is in excess of the "
         "appropriate time limit of 18 hours and therefore, pursuant to s.12 of the Freedom of Information Act 2000, we "
         "are therefore not obliged to provide this information.\n")


def test_cost_limit_for_the_further_information_requested_gives_part():
    # Devon, street-trees/devon-exeter-trees-felled-s12-2020: the count of tree works is given in words the survey
    # does not use ("271 actions"), the details refused under s12 as "the further information requested": part given
    # (it was read as refused whole)
    reply = parse_reply(DEVON, CALL_OUTS)
    assert reply.outcome == "partially_successful"
    assert {q.outcome for q in reply.questions} == {"partially_successful"}


def test_cost_limit_for_the_remaining_information_made_up_variant():
    text = ("The remaining information you have requested would exceed the appropriate limit of 18 hours (section 12).\n")
    assert parse_reply(text, CALL_OUTS).outcome == "partially_successful"
    text = "The information you have requested would exceed the appropriate limit of 18 hours (section 12).\n"
    assert parse_reply(text, CALL_OUTS).outcome == "rejected"


# A phrase of the request written as its initials with stops: "p.t.s" for put to sleep -----------------------------

PUT_TO_SLEEP = parse_survey(textwrap.dedent("""
    name = "pts"
    title = "Dogs put to sleep"
    [periods]
    asked = [
      { label = "2021-22", start = "2021-04-01", end = "2022-03-31" },
      { label = "2022-23", start = "2022-04-01", end = "2023-03-31" },
    ]
    [subjects.dogs_put_to_sleep]
    label = "Dogs put to sleep"
    synonyms = ["dogs[\\\\s-]*put[\\\\s-]*to[\\\\s-]*sleeps?"]
    [[questions]]
    id = "1"
    text = "Please may we have information on the number of dogs put to sleep in your area by your local authority"
    subject = "dogs_put_to_sleep"
    measures = ["count"]
    periods = ["2021-22", "2022-23"]
"""))

THURROCK = ("April 2022- March-2023\n\n1 Lurcher p.t.s  in April 2022\n\n1 Cane Corse p.t.s in September 2022\n\n"
            "April 2021 \u2013 March 2022\n\nNo dogs put to sleep\n")


def test_initials_with_stops_name_the_thing_asked():
    # Thurrock, stray-dogs/thurrock-dogs-put-to-sleep-2024: "1 Lurcher p.t.s in April 2022" was read as question 1's
    # number over a line with no figure (the draft's synonyms are the request's "dogs put to sleep")
    got = [(f.question, f.value, f.quote) for f in parse_reply(THURROCK, PUT_TO_SLEEP).facts]
    assert ("1", 1.0, "1 Lurcher p.t.s  in April 2022") in got
    assert ("1", 1.0, "1 Cane Corse p.t.s in September 2022") in got


def test_initials_with_stops_made_up_variants():
    for written in ("P.T.S.", "p. t. s.", "d.p.t.s"):
        text = f"April 2022 - March 2023\n\n3 dogs {written} in May 2022\n" if written != "d.p.t.s" \
            else f"April 2022 - March 2023\n\nTotal {written}: 4\n"
        assert {f.value for f in parse_reply(text, PUT_TO_SLEEP).facts} & {3.0, 4.0}, written


def test_bare_letters_are_not_guessed():
    # "PTS" without stops is read only where the request defines it ("... put to sleep (PTS)")
    text = "April 2022 - March 2023\n\n3 PTS in May 2022\n"
    assert not parse_reply(text, PUT_TO_SLEEP).facts


# Two questions about one thing, each asking the same years: a figure whose year mostly falls in one of them stays --

TWINS = parse_survey(textwrap.dedent("""
    name = "twins"
    title = "Dogs put to sleep"
    [periods]
    asked = [
      { label = "Sep 2021 to Aug 2022", start = "2021-09-01", end = "2022-08-31" },
      { label = "Sep 2022 to Aug 2023", start = "2022-09-01", end = "2023-08-31" },
    ]
    [subjects.dogs_put_to_sleep]
    label = "Dogs put to sleep"
    synonyms = ["dogs[\\\\s-]*put[\\\\s-]*to[\\\\s-]*sleeps?"]
    [subjects.dogs_put_to_sleep_q2]
    label = "Dogs put to sleep"
    synonyms = ["dog[\\\\s-]*breed"]
    [[questions]]
    id = "1"
    text = "The number of dogs put to sleep, monthly figures for the past three years"
    subject = "dogs_put_to_sleep"
    measures = ["count"]
    periods = ["Sep 2021 to Aug 2022", "Sep 2022 to Aug 2023"]
    [[questions]]
    id = "2"
    text = "If dog breed is recorded, monthly figures for American Bullies put to sleep"
    subject = "dogs_put_to_sleep_q2"
    measures = ["count"]
    periods = ["Sep 2021 to Aug 2022", "Sep 2022 to Aug 2023"]
"""))


def test_a_year_both_twins_mostly_ask_keeps_the_question_it_was_read_for():
    # Thurrock with the journalist's edited draft (years to August, as the request's example): "April 2022- March-2023"
    # falls mostly in "Sep 2022 to Aug 2023", which both questions ask; the twin of question 1 took every figure
    text = "April 2022- March-2023\n\n4 dogs put to sleep\n"
    assert {f.question for f in parse_reply(text, TWINS).facts} == {"1"}


# A count in a cost-limit refusal's paragraph whose "orders" are the thing asked; "1 or more"; "... applies again" ---

TPO = parse_survey(textwrap.dedent("""
    name = "tpo"
    title = "Tree Preservation Orders"
    [subjects.trees]
    label = "Trees currently registered with Tree Preservation Orders"
    synonyms = ["trees?", "tree[\\\\s-]*preservation[\\\\s-]*orders?", "tpos?"]
    [subjects.applications]
    label = "Applications from insurance companies to fell trees with TPOs"
    synonyms = ["applications?", "insurance[\\\\s-]*compan(?:y|ies)"]
    [subjects.successful_applications]
    label = "Successful applications from insurance companies to fell trees with TPOs"
    synonyms = ["successful[\\\\s-]*applications?"]
    [[questions]]
    id = "1"
    text = "The number of trees currently registered with Tree Preservation Orders (TPOs)."
    subject = "trees"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "The number of applications received from insurance companies to fell trees with TPOs"
    subject = "applications"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "The number of successful applications from insurance companies to fell trees with TPOs"
    subject = "successful_applications"
    measures = ["count"]
"""))

RUSHCLIFFE = (
    "Response\n\n"
    "  1. The Council currently has 352 Tree Preservation Orders, but it is not possible to determine the exact number "
    "of trees which are protected as some will protect 1 or more individual trees, whilst others will protect areas, "
    "groups and woodlands.\n"
    "  2. This question is beyond our ability to answer at the current time. There is no automated way we could "
    "interrogate our data to determine the answer, we would have to go through each of the 651 TPO applications "
    "received since 2014 to determine whether they relate to an insurance claim. This would be a lengthy piece of work "
    "and would exceed the cost of compliance and we would have to charge a fee to cover the time.\n"
    "  3. The point made in relation to question 2 applies again. In general terms we regularly get conservation area "
    "tree notices to fell trees due to insurance claims but the actual number in relation to TPO\u2019d trees will be "
    "very low.\n")


def test_orders_counted_are_no_orders_to_search():
    # Rushcliffe, street-trees/rushcliffe-tpo-insurance-felling-2024: "352 Tree Preservation Orders" stands in the
    # paragraph of answer 2's cost-limit refusal and its words hold "Orders", a word of the work a refusal explains
    # ("purchase orders" to search): it was dropped; "1 or more individual trees" is no count; the 651 applications
    # to go through still explain the refusal
    got = figures(RUSHCLIFFE, TPO, "question", "value")
    assert ("1", 352.0) in got
    assert not {("1", 1.0), ("2", 651.0)} & got


def test_the_point_made_for_another_question_applies_again():
    # answer 3 says answer 2's refusal holds for it too, then adds a remark: refused as 2 is (it was read as answered
    # once 2's refusal was placed under 2)
    got = {q.question: q.outcome for q in parse_reply(RUSHCLIFFE, TPO).questions}
    assert got["2"] == "rejected" and got["3"] == "rejected"


def test_applies_again_made_up_variants():
    for said in ("3. The reasoning given in response to Q2 also applies here. We hope this helps.",
                 "3. The same explanation given for question 2 applies to this question."):
        text = RUSHCLIFFE.rsplit("  3.", 1)[0] + said + "\n"
        assert {q.question: q.outcome for q in parse_reply(text, TPO).questions}["3"] == "rejected", said
    text = RUSHCLIFFE.rsplit("  3.", 1)[0] + "3. Question 2 applied to council-owned trees only; none were received.\n"
    assert {q.question: q.outcome for q in parse_reply(text, TPO).questions}.get("3") != "rejected"


# Part published (s21), "The remaining information, for June 2019 to October 2020 (Table 1)." given -------------------

COMMONS = ("Response\n\nSome information is held by the House of Commons in relation to your request.\n\n"
           "The House holds information about mice sightings from the start of 2015 to the end of October 2020.\n"
           "\u2022 This information, for January 2015 to May 2019, is already publicly available on the House of Commons "
           "website. This information is therefore exempt from disclosure in accordance with section 21(1) and (2)(a) "
           "FOIA, which removes a public authority from the obligation to provide access to information which is "
           "already in the public domain.\n"
           "The remaining information, for June 2019 to October 2020 (Table 1).\n")


def test_remaining_information_in_a_table_beside_part_published_gives_part():
    # House of Commons, pest-control/commons-pest-control-2020: the table itself is cut from the stored page; read as
    # refused whole
    reply = parse_reply(COMMONS, CALL_OUTS)
    assert reply.outcome == "partially_successful"


def test_remaining_information_made_up_variants():
    for said in ("The rest of the information is set out below.", "The remaining information is provided in the "
                 "attached spreadsheet.", "The remaining information (see Annex A)."):
        assert parse_reply(COMMONS.rsplit("The remaining", 1)[0] + said + "\n", CALL_OUTS).outcome \
            == "partially_successful", said
    # "the remaining information" refused as well: nothing said given
    said = "The remaining information is also exempt under section 21."
    assert parse_reply(COMMONS.rsplit("The remaining", 1)[0] + said + "\n", CALL_OUTS).outcome == "rejected"


# A list item that opens with a name and its amount, whatever the words after it say -------------------------------

CONTRACTS = parse_survey(textwrap.dedent("""
    name = "contracts"
    title = "Pest control spend and contracts"
    [subjects.pest_control_usage]
    label = "Pest control usage"
    synonyms = ["pest[\\\\s-]*control[\\\\s-]*usages?"]
    [subjects.services_contracted]
    label = "Services contracted"
    synonyms = ["services[\\\\s-]*contracted"]
    [[questions]]
    id = "1"
    text = "Total expenditure on pest control usage, including in-house provision and contracted services."
    subject = "pest_control_usage"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "2"
    text = "If any services are contracted out, please provide the supplier name(s) and the contract value(s)."
    subject = "services_contracted"
    measures = ["total_cost_gbp"]
"""))

AMBULANCE = ("2) If any services are contracted out, please provide the supplier name(s) and the contract value(s). \n\n"
             "Graham Environmental - Approx \u00a35000 per year in ongoing maintenance contracts plus ad hoc call outs as "
             "required. \n\n"
             "Rentokil \u2013 Approx \u00a32000 per year in ongoing maintenance contracts plus ad hoc call outs as "
             "required. \n\n")


def test_named_amounts_under_the_question_asking_them():
    # Scottish Ambulance Service, pest-control/scottish-ambulance-pest-control-usage-25-434: each supplier's line was
    # read as prose (its words after the amount run long) that names nothing asked, so neither amount was read
    got = {(f.question, f.measure, f.value, f.approx) for f in parse_reply(AMBULANCE, CONTRACTS).facts}
    assert {("2", "total_cost_gbp", 5000.0, True), ("2", "total_cost_gbp", 2000.0, True)} <= got


def test_a_sentence_with_an_amount_inside_is_still_prose():
    text = AMBULANCE.split("\n\n")[0] + "\n\nIn 2023 Graham Environmental was also paid for work at a depot that cost " \
        "more than we expected, some \u00a3900 in all, though this was not part of any contract we hold.\n"
    assert not {f.value for f in parse_reply(text, CONTRACTS).facts} & {900.0}


# A "not held" that names one question's thing, beside the rest attached ---------------------------------------------

GLA_SURVEY = parse_survey(textwrap.dedent("""
    name = "gla"
    title = "Tree planting schemes"
    [subjects.scheme_dates]
    label = "When the scheme took place"
    synonyms = ["scheme took place"]
    [subjects.trees_planted]
    label = "Trees planted under the scheme"
    synonyms = ["trees were planted"]
    [subjects.scheme_cost]
    label = "Scheme cost"
    synonyms = ["scheme[\\\\s-]*cost"]
    [subjects.trees_surviving]
    label = "Trees still surviving"
    synonyms = ["trees[\\\\s-]*(?:are[\\\\s-]*)?still[\\\\s-]*surviving"]
    [[questions]]
    id = "1"
    text = "When the tree planting scheme took place"
    subject = "scheme_dates"
    [[questions]]
    id = "2"
    text = "How many trees were planted"
    subject = "trees_planted"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "How much the scheme cost"
    subject = "scheme_cost"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "4"
    text = "How many trees are still surviving"
    subject = "trees_surviving"
    measures = ["count"]
"""))


def test_not_held_naming_one_question_beside_details_attached():
    # Greater London Authority, street-trees/gla-tree-planting-schemes-2022: "The GLA does not hold any information
    # regarding survival rates" was said of every question; it names question 4's thing ("surviving"), and the
    # programmes' table attached answers the other three
    got = {q.question: q.outcome for q in parse_reply(GLA, GLA_SURVEY).questions}
    assert got == {"1": "successful", "2": "successful", "3": "successful", "4": "not_held"}


def test_not_held_naming_no_question_still_holds_for_all():
    text = ("Please find attached details of tree planting programmes from 2016-17 to 2020-21.\n"
            "The GLA does not hold any information regarding the matters you raise.\n")
    got = {q.question: q.outcome for q in parse_reply(text, GLA_SURVEY).questions}
    assert got.get("4") != "not_held" or got.get("1") == "not_held"


# A section said not to apply: "collating this would not exceed Section 12" ----------------------------------------

def test_a_cost_limit_said_not_to_be_exceeded_is_no_exemption():
    # Wokingham, street-trees/wokingham-tpo-238-1983-s14: the request refused as vexatious, s12 named only to say it
    # does not apply (it was read as applied beside s14)
    text = ("The Council are applying Section 14 to this request. We are able to confirm that the information is held, "
            "and collating this would not exceed Section 12. This would, however, be a disproportionate effort on the "
            "team to review and redact the information appropriately for release.\n")
    assert parse_reply(text, CALL_OUTS).exemptions == ["s14"]
    made_up = "Finding this does not exceed the limit set by section 12, but it is exempt under section 43(2).\n"
    assert parse_reply(made_up, CALL_OUTS).exemptions == ["s43(2)"]
