"""Forms of English councils write on any topic (helper "rules14", session of 2026-12-08 night), found in the misses
of the two topics labelled blind and kept unseen until this session (council land and property sales, domestic
abuse services and refuges) and looked for in other topics' replies and the sweeps. Each test quotes a few lines of
a real reply of the set and a made-up variant; each fails without its rule.
"""

from __future__ import annotations

from reader import classify as C
from reader import parse_reply
from tests.reading_helpers import statuses, survey_of


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
