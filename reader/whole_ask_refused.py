"""Nothing given anywhere, and the information requested refused as a whole: "This is an on-going case and as such, we
are unable to disclose the requested information, please see refusal notice below: Notice of Refusal / Under
Environmental Information Regulations the information requested is exempt under Exception 12(5)(b)". Every question
is refused, not only the one whose words stand near the refusal ("Enforcement Issues" in its heading)."""

from __future__ import annotations

import re

from .classify import QuestionResult, tidy_codes
from .survey import Survey

# the information asked for, as a whole, said to be exempt or withheld
_ALL_EXEMPT = re.compile(r"\bthe\s+(?:requested\s+)?information\s+"
                         r"(?:(?:that\s+)?(?:you\s+(?:have\s+)?)?(?:requested|asked\s+for|sought)\s+)?"
                         r"(?:is|are|has\s+been|will\s+be)\s+(?:therefore\s+)?(?:exempt|withheld|refused)\b",
                         re.IGNORECASE)


def whole_ask_refused(questions: list, survey: Survey, refusals: list, passive: set, nothing_given: bool) -> list:
    """``questions`` with those left without a status refused, where nothing is given anywhere, every status read is a
    refusal and a refusal says the information requested is exempt (``passive``: codes that refuse nothing)."""
    if not nothing_given or any(r.outcome != "rejected" for r in questions):
        return questions
    whole = [r for r in refusals if r.exemption not in passive and _ALL_EXEMPT.search(r.quote)]
    if not whole:
        return questions
    codes = tidy_codes({r.exemption for r in refusals if r.exemption not in passive})
    said = {r.question for r in questions}
    first = whole[0]
    added = [QuestionResult(q.id, "rejected", codes, False, first.quote[:300], first.start, first.end)
             for q in survey.questions if q.id not in said]
    if not added:
        return questions
    order = {q.id: i for i, q in enumerate(survey.questions)}
    return sorted(questions + added, key=lambda q: order.get(q.question, len(order)))
