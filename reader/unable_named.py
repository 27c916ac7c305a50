"""An inability that names what it cannot give in one question's words, with no ground for refusing it: "We are
unable to provide a breakdown of those costs on equipment, materials etc." says that "2. A breakdown of the
expenditure, if available, specifying the allocation for materials, personnel, equipment ..." is not held, where
the reply gives no other answer to it (question_status.py reads a bare "we are unable to provide this information"
under a question's own number the same way)."""

from __future__ import annotations

import re

from .classify import QuestionResult
from .question_status import ANY_GROUND_FAST, _GROUND
from .refusal_named_by_words import named_question
from .survey import Survey

_UNABLE = re.compile(r"\b(?:unable|not\s+able)\s+to\s+(?:provide|supply|give|produce)\s+(?:you\s+with\s+)?"
                     r"(?P<what>[^.;\n]{3,120})", re.IGNORECASE)


def unable_named(questions: list, survey: Survey, live: str, original: str, from_figures: set[str]) -> list:
    """``questions`` with a question no answer was found for made not held where an inability names it."""
    if len(survey.questions) < 2 or "able" not in original or ANY_GROUND_FAST.search(live):
        return questions
    said = {q.question: q for q in questions if q.outcome not in (None, "not_addressed")}
    added = []
    # (read in the page as given: a sentence that names the request's own words may be masked in ``live``)
    for m in _UNABLE.finditer(original):
        end = original.find(".", m.end())
        sentence = original[m.start():end if end >= 0 else m.end()]
        eol = original.find("\n", m.end())
        if _GROUND.search(original, m.start("what"), min(m.end() + 100, eol if eol >= 0 else len(original))):
            continue      # "unable to provide this as it is commercially sensitive": a refusal, not nothing held
        qid = named_question(survey, m.group("what"))
        if qid is None or qid in said or qid in from_figures or any(r.question == qid for r in added):
            continue
        added.append(QuestionResult(qid, "not_held", [], False, sentence, m.start(), m.start() + len(sentence)))
    if not added:
        return questions
    gone = {r.question for r in added}
    return survey.in_order([q for q in questions if q.question not in gone] + added)
