"""A refusal that names what it refuses in one question's words: "To provide reasons for the agreements we would have to
manually review each of over one hundred and twenty cases ... in excess of 18 hours and is therefore exempt under ...
Section 12" refuses the question that asks for the reasons ("Please provide reasons for the agreements being agreed
where possible"), not the question whose figures stand above it, nor the whole request."""

from __future__ import annotations

import re

from .classify import QuestionResult
from .survey import Survey
from .word_stems import stems

# the work a refusal says it would take, and what for: "To provide reasons for the agreements we would have to ..."
_TO_PROVIDE = re.compile(r"(?:^|(?<=[.\n]))[ \t]*(?:in\s+order\s+)?to\s+(?:provide|answer|supply|identify|establish|"
                         r"extract|obtain|determine|collate|compile|produce|give)\s+(?:you\s+with\s+)?"
                         r"(?P<what>[^,.;\n]{3,100}?)"
                         r",?\s+(?:we|the\s+council|the\s+authority|officers|staff|it)\s+would\b", re.IGNORECASE)
# words a request's questions share whatever they ask ("provide", "information", "number")
_ASKING = stems("provide information number details please total each data records figures held hold council "
                "authority request")


def refusal_named_by_words(questions: list, survey: Survey, live: str, original: str, refusals: list,
                           from_figures: set[str]) -> list:
    """``questions`` with the question a refusal names in its words refused (given in part where it has figures)."""
    if not refusals or len(survey.questions) < 2:
        return questions
    by_id = {q.question: q for q in questions}
    changed = False
    first_in: dict[int, re.Match | None] = {}    # the first "To provide ... we would" from a paragraph's start
    for r in refusals:
        blank = live.rfind("\n\n", 0, r.start)
        para_start = blank + 2 if blank >= 0 else 0
        # (many refusals in one long paragraph would each search it from its start: search it once, and again
        # only for a refusal that ends before that first match does)
        if para_start not in first_in:
            first_in[para_start] = _TO_PROVIDE.search(live, para_start)
        m = first_in[para_start]
        if m is not None and m.end() > r.end:
            m = _TO_PROVIDE.search(live, para_start, r.end)
        if m is None:
            continue
        qid = named_question(survey, m.group("what"))
        if qid is None:
            continue
        now = by_id.get(qid)
        if now is not None and now.outcome in ("rejected", "not_held") and now.start == r.start:
            continue
        res = "partially_successful" if qid in from_figures else "rejected"
        by_id[qid] = QuestionResult(qid, res, [r.exemption], False, r.quote[:300], r.start, r.end)
        changed = True
    if not changed:
        return questions
    return survey.in_order(by_id.values())


def named_question(survey: Survey, what: str, fewest: int = 2) -> str | None:
    """The one question whose words hold most of ``what``'s (``fewest`` or more), more than any other question's."""
    said = stems(what, 4) - _ASKING
    if len(said) < fewest:
        return None
    scored = sorted(((len(said & stems(q.text, 4)), q.id) for q in survey.questions), reverse=True)
    best, second = scored[0], scored[1]
    return best[1] if best[0] >= fewest and best[0] > second[0] else None
