"""A question's first part answered that there is none of the thing its other parts ask about: "We do not provide
office accommodation to staff to carry out trade union business" (asked the space in square feet, how much of this
space is in separate buildings, whether the space was valued, any charges for it), "No additional space is
allocated". There is nothing to measure, value or charge for: the other parts, which the reply says nothing else
of, are answered by it (README: a "none" is an answer)."""

from __future__ import annotations

import re

from . import classify as C
from .questions import parent_of
from .survey import Survey
from .word_stems import stems

# none of a thing provided: "We do not provide office accommodation", "No additional space is allocated", "None"
_NONE_PROVIDED = re.compile(
    r"\b(?:do|does|did)\s+not\s+(?:provide|allocate|give|offer|supply|own|operate|run|"
    r"have\s+(?:an?y?\s+)?(?!information|data|records?|figures?|details)[a-z]+\s+(?:for|to|of)\b)"
    r"|\bno\s+(?:[a-z-]+\s+){0,3}(?:is|are|was|were|has\s+been|have\s+been)\s+(?:allocated|provided|given|offered|made|"
    r"supplied|set\s+aside)\b"
    r"|^\W*(?:none|nil)\W*$", re.IGNORECASE)
# words every part of a request may share ("provide", "council", "details")
_SHARED = stems("provide provided council authority details information number please staff")


def none_to_lead(questions: list, survey: Survey, facts: list) -> list:
    """``questions`` with the other parts of a question whose first part is answered "none provided" answered by it."""
    said = {r.question: r for r in questions}
    with_figures = {f.question for f in facts}
    added = []
    for r in questions:
        n = parent_of(r.question)
        if n is None or r.outcome != "successful" or not _NONE_PROVIDED.search(r.quote) or C.find_not_held(r.quote):
            continue
        parts = [q for q in survey.questions if parent_of(q.id) == n]
        if parts[0].id != r.question:
            continue        # (only the first part: the one the others follow on from)
        named = (stems(r.quote, 5) | stems(parts[0].text, 5)) - _SHARED     # ("this space": the lead part's word)
        for q in parts[1:]:
            if q.id in said or q.id in with_figures or not named & stems(q.text, 5):
                continue
            added.append(C.QuestionResult(q.id, "successful", [], False, r.quote, r.start, r.end))
    if not added:
        return questions
    order = {q.id: i for i, q in enumerate(survey.questions)}
    return sorted(questions + added, key=lambda q: order.get(q.question, len(order)))
