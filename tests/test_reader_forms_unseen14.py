"""Forms of English councils write on any topic (helper "rules14", session of 2026-12-08 night), found in the misses
of the two topics labelled blind and kept unseen until this session (council land and property sales, domestic
abuse services and refuges) and looked for in other topics' replies and the sweeps. Each test quotes a few lines of
a real reply of the set and a made-up variant; each fails without its rule.
"""

from __future__ import annotations

from reader import classify as C
from reader import parse_reply
from reader import load_survey
from tests.reading_helpers import SURVEYS, facts, statuses, survey_of


# "held" as a call or a meeting is held: nothing of it happened, which is no "not held" -------------------------

DEVON_DUTY_FUNDING = """\
How many applications were submitted to your local authority for the domestic abuse duty fund?

The Council has not held any call for applications for funding under the Domestic Abuse Act 2021 part 4. In 2022 the Council published an open invitation to tender for a "Trauma responsive Therapeutic Intervention service for victims and survivors of Domestic Abuse".  The invitation received 3 responses.
"""


def test_a_call_not_held_is_no_not_held():
    survey = survey_of([("1", "How many applications were submitted to your local authority for the fund?")])
    assert statuses(DEVON_DUTY_FUNDING, survey) == {"1": "successful"}
    # made-up: a meeting not held; and what stays not held, the information itself
    assert not C.find_not_held("The committee has not held a meeting since March.")
    assert C.find_not_held("The Council has not held any information on this since 2015.")
    assert C.find_not_held("This information is not held by the Council.")


# a budget not broken down to the level asked: not held -------------------------------------------------------

EDEN_BUDGET = """\
  1. What is your annual budget for supporting victims of domestic abuse?
  5. Finally, how much of your budget is specifically for the support of male victims?

Our response

  1. Around £50,000.
  5. Our budget isn't broken down to this level, but supports both male and female victims.
"""


def test_a_budget_not_broken_down_is_not_held():
    survey = survey_of([("1", "What is your annual budget for supporting victims of domestic abuse?"),
                        ("5", "Finally, how much of your budget is specifically for the support of male victims?")])
    r = parse_reply(EDEN_BUDGET, survey)
    assert {q.question: q.outcome for q in r.questions}["5"] == "not_held"
    assert r.outcome == "partially_successful"
    # made-up variants: the plain negative and another contraction
    assert C.find_not_held("The budget is not broken down by ward.")
    assert C.find_not_held("Our budgets aren't split out between the two services.")


# "It is not possible to answer" a question as asked, under an answer given another way: part refused -----------

LINCS_FARMS = """\
1.How many farms does the council own?

2. How many farms have the council sold off in the last 10 years?

Decision

1. The Council owns 152 agricultural holdings, some of these are very small tenancies of less than five acres.

2. The size of the estate has reduced from 19,056 acres to 16,422 acres over the last ten years.

It is not possible to answer in terms of “How many farms”, as many sales will have been small individual areas of land, dwellings, or yards.
"""


def test_not_possible_to_answer_beside_an_answer_given_another_way_is_part_refused():
    survey = survey_of([("1", "How many farms does the council own?"),
                        ("2", "How many farms have the council sold off in the last 10 years?")])
    r = parse_reply(LINCS_FARMS, survey)
    assert {q.question: q.outcome for q in r.questions} == {"1": "successful", "2": "partially_successful"}
    assert r.outcome == "partially_successful"
    # made-up: "not possible for us to answer" reads the same; a line above the refusal that gives no figure is no
    # part given
    assert C.find_refusal_words("It is not possible for us to answer this question in that form.")
    no_figure = LINCS_FARMS.replace("from 19,056 acres to 16,422 acres ", "")
    assert statuses(no_figure, survey)["2"] == "rejected"


# a question whose premise the reply denies: answered where it asks whether, or asks only if the thing exists ----

DEVON_POLICY = """\
1. How many publicly-owned buildings and spaces were sold off in 2017-18?

Financial Year Number of buildings/spaces sold
2017-2018 21

2. Do you have a strategy or policy in place for community ownership?

3. Please can you provide a link to said policy or strategy, if applicable?

In response to questions 2 and 3, we do not hold a strategy or policy regarding community ownership, but there is a website that provides information regarding this topic –  Community ownership – transfer-of-assets and there is a guidance document for applicants, available on request as a community transfer project is initiated.
"""

POLICY_QUESTIONS = [("1", "How many publicly-owned buildings and spaces were sold off in 2017-18?"),
                    ("2", "Do you have a strategy or policy in place for community ownership?"),
                    ("3", "Please can you provide a link to said policy or strategy, if applicable?")]


def test_a_denied_premise_answers_whether_and_if_applicable():
    r = parse_reply(DEVON_POLICY, survey_of(POLICY_QUESTIONS))
    assert {q.question: q.outcome for q in r.questions} == {"1": "successful", "2": "successful", "3": "successful"}
    assert r.outcome == "successful"


def test_a_denied_premise_answers_parts_asked_only_if_it_exists():
    # made-up, in the words of Wokingham's free school meals reply (sweep 7): "If such a policy is in place, please
    # provide: a) ... b) ..." answered "We do not have a policy on this."
    text = ("1. Do schools have a policy of auto-enrolment for Free School Meals?\nNo, there is no requirement.\n\n"
            "2. If such a policy is in place, please provide:\na) The date on which the policy was introduced;\n"
            "b) The rationale for introducing the policy.\nWe do not have a policy on this.\n")
    survey = survey_of([("1", "Do schools have a policy of auto-enrolment for Free School Meals?"),
                        ("2a", "If such a policy is in place, please provide: The date on which the policy was introduced"),
                        ("2b", "If such a policy is in place, please provide: The rationale for introducing the policy")])
    said = statuses(text, survey)
    assert said["2a"] == said["2b"] == "successful"


def test_the_thing_itself_asked_outright_stays_not_held():
    # made-up: a copy asked for unconditionally, or a "not held" of the records, is still not held
    survey = survey_of([("1", "How many buildings were sold in 2017-18?"),
                        ("2", "Please send a copy of your community ownership policy.")])
    text = "1. 21 buildings.\n\n2. We do not hold a policy on community ownership.\n"
    assert statuses(text, survey)["2"] == "not_held"
    survey = survey_of([("1", "How many buildings were sold in 2017-18?"),
                        ("2", "Do you have a register of community assets?")])
    text = "1. 21 buildings.\n\n2. We do not hold a register of community assets.\n"
    assert statuses(text, survey)["2"] == "not_held"


# a whole already given, named again over its parts with no comma, or over a list of them: no second figure -------

def test_a_whole_named_again_over_its_parts_is_not_given_twice():
    survey = survey_of([("1", "How many approaches were made by males?")])
    # Wokingham's male victims reply: "12" given, then "of the 12 approaches 8 were heterosexual; ..."
    text = ("1. How many approaches were made by males?\n"
            "Wokingham Borough Council Homelessness: 12 (as above not all approaches resulted in an application)\n"
            "Wokingham Borough Council Homelessness: of the 12 approaches 8 were heterosexual; 1 bisexual; "
            "2 preferred not to say; 1 not recorded\n")
    assert [f.value for f in facts(text, survey)].count(12) == 1
    # Devon's unused properties: "has 33 empty sites containing buildings. Of the 33 sites;" over its bullets
    text = ("1. How many approaches were made by males?\n"
            "The Council has 33 empty approaches on record. Of the 33 approaches;\n\n"
            "  • 4 are being advertised\n  • 29 are held\n")
    assert [f.value for f in facts(text, survey)].count(33) == 1
    # "of these 10 had ...": the part, its verb after it, is a figure of its own (Wokingham's home education)
    survey = survey_of([("1", "How many approaches were made by males, and how many of these had an EHCP?")])
    text = "1. How many approaches?\n2023: 225 of these 10 had an EHCP (4.4%)\n2021: 197 of these 10 had an EHCP (5.1%)\n"
    assert [f.value for f in facts(text, survey)].count(10) == 2


# the interests weighed, one said to be the stronger: a public interest test ------------------------------------

DEVON_UNUSED = """\
1.  A list of council buildings that are laying empty and/or unused as at the date of this FOI request?

As at the date of the FOI request Devon County Council (DCC) has 33 empty sites containing buildings.

The Council feels that we are unable to release information that would enable our vacant properties to be identified. Therefore we consider this information is exempt under Section 31(1)(a) of the Freedom of Information Act (prejudice the prevention or detection of crime).

Devon County Council recognises that there is a public interest in openness and transparency. However, the council believes that there is a strong public interest in avoiding circumstances which might lead to Council owned properties being exposed to a greater risk of being subjected to crime.
"""


def test_a_stronger_public_interest_weighed_is_a_public_interest_test():
    survey = survey_of([("1", "A list of council buildings that are laying empty and/or unused?")])
    assert parse_reply(DEVON_UNUSED, survey).public_interest_test
    # made-up variant; and a public interest named without weighing is none
    assert C.find_pattern("We consider there is a stronger public interest in the Council maintaining security.", C._PIT)
    assert not C.find_pattern("There is a public interest in ensuring value for money is achieved.", C._PIT)


# an answer sent under its own number, above a later number's cost-limit refusal: answered ---------------------

TUNBRIDGE_WELLS = """\
Response

1) A list of all land and property sold by the local authority between 1 January 2020 and 31 October 2025.

For each sold asset, please include:

– The address of the land/property
– The sale price


Please see attached spreadsheet


2) Please provide a list of all the land and property currently owned by your local authority.

For each asset, please include:

– The date of purchase
– The purchase price

Under Section 12 of the Freedom of Information Act and the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004 the appropriate limit is £450. Finding the dates and prices of purchase would exceed it.
"""


def test_an_attachment_sent_under_its_number_above_a_later_cost_refusal_is_answered():
    survey = survey_of([("1", "A list of all land and property sold by the local authority between 1 January 2020 and "
                              "31 October 2025. For each sold asset, please include the address and the sale price"),
                        ("2", "Please provide a list of all the land and property currently owned by your local "
                              "authority, with the date of purchase and the purchase price")])
    said = statuses(TUNBRIDGE_WELLS, survey)
    assert said["1"] == "successful"
    assert said["2"] in ("partially_successful", "rejected")


# a count in words with one word saying which kind before the thing counted -----------------------------------

DEVON_SPACES = """\
2) How many individual domestic violence refuge spaces are there currently in your local authority area?

Nine adult spaces and two adult places of safety. There are also 19 children spaces and six children places of safety.
"""


def test_a_number_word_with_one_word_of_kind_before_the_thing_counted():
    survey = load_survey(SURVEYS / "domestic-abuse-refuge-spaces.toml")
    assert sorted(f.value for f in facts(DEVON_SPACES, survey) if f.question == "2") == [2, 6, 9, 19]
    # made-up: "one" so placed is no count of its own ("One particular space was ...")
    text = "2) How many refuge spaces are there?\n\nOne particular spaces review was held last year.\n"
    assert [f.value for f in facts(text, survey)] == []
