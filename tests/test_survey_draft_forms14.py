"""`foi survey draft`: the forms of request the drafter read wrongly before round 14 — a sentence after a list's last
period that says only how the figures are to be given ("d. 2020-2021. Please provide a figure against each year."), a
lone "a." that asks on from its question's answer ("4. Have you sold any farms ...?" over "a. If so how many, ..."),
and an age asked ("the average age of your council farm tenants"). Quotes are from requests of the real-reply set
(tests/files/real_set/drafted/) and the sweeps; the rest is made up in the way requests are written. Each test failed
before its rule, but those marked as guards (forms read right before, kept so)."""

from __future__ import annotations

import pytest

from reader.draft import measures_for


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
