"""Question statuses, round 4: rules about how councils write, each with real reply text (the reply named in each
test, from tests/files/real_set/<topic>/<slug>.txt, cut to the lines that matter), read with surveys worded as
`foi survey draft` words them."""

from __future__ import annotations

import json

from reader import parse_reply
from reader.survey import parse_survey


def survey_of(questions: list[tuple[str, str]]):
    """A survey with these (id, text) questions, each about one made-up subject."""
    lines = ['name = "t"', 'title = "t"', "[subjects.thing]", 'label = "Thing"', 'synonyms = ["zzzz thing"]']
    for qid, text in questions:
        lines += ["[[questions]]", f"id = {json.dumps(qid)}", f"text = {json.dumps(text)}", 'subject = "thing"',
                  'measures = ["count"]']
    return parse_survey("\n".join(lines) + "\n", "t.toml")


def statuses(text: str, survey) -> dict[str, str]:
    return {q.question: q.outcome for q in parse_reply(text, survey).questions}


NEW_SITES = "How many new allotment sites on council land were brought into use in 2011 and 2012? Please give: "


def test_the_requests_own_lettered_parts_quoted_back_are_no_answer_to_a_drafted_part():
    # allotments/brentwood-allotments-waiting-lists-5368: the letter quotes the request, then sends the requester to
    # the societies that hold it; a draft words part 5a as its stem and "number of new sites", without the "a)"
    survey = survey_of([("4", "Are any of these waiting lists closed to further applications?"),
                        ("5a", NEW_SITES + "number of new sites"), ("5b", NEW_SITES + "names of new sites"),
                        ("5c", NEW_SITES + "total area of new land in hectares"),
                        ("5d", NEW_SITES + "total number of new plots")])
    text = ("4) Are any of these waiting lists closed to further applications?\n\n"
            "5) How many new allotment sites on council land were brought into use in 2011 and 2012? Please give:\n"
            "a) number of new sites\nb) names of new sites\nc) total area of new land in hectares\n"
            "d) total number of new plots\n\n\n"
            "The Council has a number of allotment sites around the Borough but these are all managed by external "
            "organisations. As such tenancy agreements, fees and charges, and information relating to the costs "
            "involving utilities and waste removal would be held by these two organisations. I would therefore "
            "direct you to contact these organisations for the information you require.\n")
    got = statuses(text, survey)
    assert [got.get(q) for q in ("5a", "5b", "5c", "5d")] == ["not_held"] * 4
