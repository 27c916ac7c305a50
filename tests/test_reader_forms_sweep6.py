"""Figure and outcome forms found by the sixth sweep of real replies on topics the real-reply set does not hold
(helper "sweep14", session of 2026-12-07 night; files and catalogue in docs/real-replies.md, session-7dec-k): each
test quotes a few lines of a real reply (or request) and a made-up variant, each drafted with `foi survey draft` from
its request; each fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from reader import parse_reply
from reader.draft import draft_survey, to_toml
from reader.survey import parse_survey


def _survey(request: str):
    return parse_survey(to_toml(draft_survey(request, "sweep", asked_on=dt.date(2023, 6, 1))), "sweep.toml")


def _statuses(reply) -> dict[str | None, str]:
    return {q.question: q.outcome for q in reply.questions}


def _figures(reply) -> list[tuple[str | None, float]]:
    return [(f.question, f.value) for f in reply.facts]


# A sum of nothing in a run of yearly sums ------------------------------------------------------------------------

INVESTED_REQUEST = """\
I would like to exercise my right under freedom of information laws to find out how much your authority has invested in commercial property in the following years:

2017 to date

Please also include how much has been borrowed from the Public Works Loan Board to help facilitate any purchases in each of these years and the agreed interest rate for repayment and term of loan.
"""

# Moray's reply on commercial property bought (a topic the set does not hold), under the request as its page has it
INVESTED_REPLY = INVESTED_REQUEST + """
Response 24-05-2017

2012 - £0

2013 - £0

2014 - £0

2015 - £0

2016 - £220,000

2017 to date - £767,500

The funding for the Council's capital programme comes from a number of sources including government general capital grant.
"""


def test_a_yearly_sum_of_nothing_is_nothing_spent_where_a_sum_is_asked():
    got = _figures(parse_reply(INVESTED_REPLY, _survey(INVESTED_REQUEST)))
    assert got.count(("1", 0.0)) == 4
    assert ("1", 220000.0) in got and ("1", 767500.0) in got


def test_a_yearly_sum_of_nothing_written_with_pence_is_kept_too():
    # made up: the pence written, a spend asked in other words
    request = "Please tell me how much the council spent on consultants in each of the years 2019/20 to 2021/22.\n"
    reply = ("Response\n\nThank you for your request.\n\n2019/20 - £0.00\n\n2020/21 - £12,400.00\n\n"
             "2021/22 - £31,950.00\n\nKind regards\n")
    got = _figures(parse_reply(reply, _survey(request)))
    assert ("1", 0.0) in got and ("1", 12400.0) in got and ("1", 31950.0) in got
