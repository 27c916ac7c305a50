"""`foi survey draft`: the forms of request the drafter read wrongly before round 14 — a sentence after a list's last
period that says only how the figures are to be given ("d. 2020-2021. Please provide a figure against each year."), a
lone "a." that asks on from its question's answer ("4. Have you sold any farms ...?" over "a. If so how many, ..."),
and an age asked ("the average age of your council farm tenants"). Quotes are from requests of the real-reply set
(tests/files/real_set/drafted/) and the sweeps; the rest is made up in the way requests are written. Each test failed
before its rule, but those marked as guards (forms read right before, kept so)."""

from __future__ import annotations

import datetime as dt

import pytest

from reader.draft import draft_survey, measures_for

ASKED = dt.date(2022, 1, 31)


def _by_id(request: str) -> dict:
    return {q.id: q for q in draft_survey(request, "t", asked_on=ASKED).questions}


# --- a sentence after the last period part that says how the figures are given ------------------------------------

# land-sales-publicly-owned-buildings-2022 (Lincolnshire's and Devon's copies): 1d had a subject of its own, so the
# reader's figures for 2017-18 to 2019-20 went to question 1d's subject and missed 1a-1c
PUBLICLY_OWNED = """1. How many publicly-owned buildings and spaces were sold off in:

a. 2017-2018.

b. 2018-2019.

c. 2019-2020.

d. 2020-2021.

Please provide a figure against each year.

2. Do you have a strategy or policy in place for community ownership?
"""


@pytest.mark.parametrize("request_text", [
    PUBLICLY_OWNED,
    # made up
    PUBLICLY_OWNED.replace("Please provide a figure against each year.", "Please ensure figures are given separately "
                                                                         "for each year."),
    PUBLICLY_OWNED.replace("Please provide a figure against each year.", "Please break these down monthly."),
    "1. How many fixed penalty notices were issued in:\na) 2019/20\nb) 2020/21\nc) 2021/22. Please give a figure for "
    "each financial year.\n2. How many were paid?\n",
])
def test_a_note_on_how_to_give_the_figures_leaves_the_last_part_a_period(request_text):
    qs = _by_id(request_text)
    parts = [q for qid, q in qs.items() if qid.startswith("1") and qid != "1"]
    assert len(parts) >= 3
    assert len({q.subject for q in parts}) == 1
    assert not any("the same thing as an earlier question" in n for q in parts for n in q.notes)
    assert len(parts[-1].periods) == 1


def test_a_last_part_that_asks_a_thing_of_its_own_is_still_its_own():
    # (guard) a sentence that asks for something more is no note on the figures
    qs = _by_id(PUBLICLY_OWNED.replace("Please provide a figure against each year.",
                                       "Please list the addresses of each building sold."))
    assert qs["1d"].subject != qs["1a"].subject


# --- an age asked ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, measures", [
    # land-sales-council-farms-tenancies-2023 3. (and sweep 4's lincs-council-farms): ["count"] guessed
    ("What is the average age of your council farm tenants?", ["years"]),
    # made up
    ("How many foster carers do you have and what is their average age?", ["count", "years"]),
    ("How old is the oldest vehicle in the fleet?", ["years"]),
])
def test_an_age_is_asked_in_years(question, measures):
    assert measures_for(question) == (measures, "")


def test_a_count_by_age_band_asks_no_age():
    # (guard) ages that only say which people are counted
    assert measures_for("How many children aged 5 to 11 were home educated?") == (["count"], "")
