"""A cost-limit (or other whole-request) refusal whose sentences name the part they refuse: "The information requested
in respect the net rates payable for 2023/24 would require us to manually check each customer's records. ... S12 ...
For this reason we feel unable to comply with this part of your request." beside "The information requested is on
three spreadsheets": the question asking for the net rates payable is refused, the others are answered, not the
whole request refused."""

from __future__ import annotations

import re

from . import classify as C
from .refusal_named_by_words import named_question
from .reply_model import WHOLE_REQUEST
from .survey import Survey

# what a refusal is of, named in its sentence: "in respect (of) the net rates payable for 2023/24 would require",
# "regarding the cost of each contract is exempt", "in relation to question 3's breakdown, ..."
_NAMES_PART = re.compile(r"\b(?:in\s+respect\s+(?:of\s+)?|regarding\s+|in\s+relation\s+to\s+|relating\s+to\s+|"
                         r"with\s+regards?\s+to\s+|concerning\s+)(?P<what>[^,.;:\n]{3,100}?)"
                         r"(?=\s+(?:would|will|could|cannot|can\s+not|is|are|was|were|has|have)\b|\s*[,.;:\n])",
                         re.IGNORECASE)
# the rest given: "Please see attached ...", "The information requested is on three spreadsheets"
_GIVEN = re.compile(r"\b(?:please\s+)?see\s+(?:the\s+)?(?:attached|enclosed)\b"
                    r"|\binformation\s+(?:you\s+(?:have\s+)?)?requested\s+is\s+(?:on|in|contained\s+in|set\s+out\s+in)"
                    r"\s+(?:the\s+)?(?:attached\s+|enclosed\s+|\w+\s+)?(?:spreadsheets?|files?|documents?|tables?)\b",
                    re.IGNORECASE)
# sentences before a refusal's own that may name what it refuses ("The information requested in respect of X would
# require us to manually check ... This would far exceed the time limit ... S12 ...")
_BEFORE = 2


def refused_part_named(questions: list, survey: Survey, live: str, original: str, refusals: list) -> list:
    """``questions``, where the ladder refused every one (or part of each, beside "the information is attached") with
    the same whole-request refusal, with the refusal kept for the question its sentences name and the others answered
    where the reply says what it gives."""
    if len(survey.questions) < 2 or len(questions) != len(survey.questions) \
            or len({(q.outcome, q.start, q.end) for q in questions}) != 1 \
            or questions[0].outcome not in ("rejected", "partially_successful"):
        return questions
    spans = C.sentences(live)
    named: dict[str, object] = {}
    windows = []
    for r in refusals:
        if r.exemption not in WHOLE_REQUEST:
            continue
        i = next((k for k, (s, e) in enumerate(spans) if s <= r.start < e), None)
        if i is None:
            continue
        for s, e in reversed(spans[max(0, i - _BEFORE):i + 1]):
            m = _NAMES_PART.search(live, s, e)
            if m is not None and (qid := named_question(survey, m.group("what"))) is not None:
                named.setdefault(qid, r)
                windows.append((s, max(r.end, spans[i][1])))
                break
    if not named or len(named) == len(survey.questions):
        return questions
    given = next((g for g in _GIVEN.finditer(live) if not any(a <= g.start() < b for a, b in windows)), None)
    if given is None:
        return questions
    gs, ge = C.sentence_at(spans, given.start())
    out = []
    for q in questions:
        if q.question in named:
            r = named[q.question]
            out.append(C.QuestionResult(q.question, "rejected", list(q.exemptions), q.ncnd, r.quote[:300],
                                        r.start, r.end))
        else:
            out.append(C.QuestionResult(q.question, "successful", [], False, original[gs:ge], gs, ge))
    return out
