"""Each question's status, read from forms of English councils write about anything (refused, not held, partly):
each test quotes real reply text (the reply named in each test, from tests/files/real_set/<topic>/<slug>.txt, cut to
the lines that matter)."""

from __future__ import annotations

from reader import parse_reply
from reader.classify import find_exemptions
from tests.reading_helpers import statuses, survey_of


def test_the_cost_limits_regulations_named_refuse_at_the_cost_limit():
    # taxi-licensing/brentwood-taxi-drivers-penalty-points-2933 (the stored page is cut before "therefore ...")
    text = ("To comprehensively answer all of your enquires for these financial years it will require a manual check "
            "of all current and expired driver and vehicle files. \n\n"
            "In respect of freedom of information enquiries the \u2018Freedom of Information and Data Protection "
            "(Appropriate Limit and Fees) Regulations 2004 sets an appropriate limit for public authorities such as "
            "local Councils whereby if the cost of complying with a relevant request exceeds \u00a3450, the authority "
            "is entitled to take into account the estimated cost of determining whether it holds the information "
            "sought, locating the information or a document which may contain the information and extracting the "
            "information from a document containing it. \n")
    assert [m.code for m in find_exemptions(text)[0]] == ["s12"]
    survey = survey_of([("1", "How many drivers have appeared in front of the panel?"),
                        ("2", "How many lost their licence?")])
    reply = parse_reply(text, survey)
    assert reply.outcome == "rejected" and reply.exemptions == ["s12"]
    assert statuses(text, survey) == {"1": "rejected", "2": "rejected"}


def test_a_subsection_whose_closing_bracket_was_dropped_is_read_in_full():
    # planning-enforcement/dover-planning-enforcement-quarterly-report-16734: "12(5(b)" for 12(5)(b)
    text = ("1. The Council considers that the Quarterly Planning Enforcement report is exempt from disclosure under "
            "Regulation 12(5(b) of the Environmental Information Regulations.\n")
    assert [m.code for m in find_exemptions(text)[0]] == ["reg12(5)(b)"]
    assert [m.code for m in find_exemptions("exempt under section 31(1)(a).")[0]] == ["s31(1)(a)"]
