"""A "not held" that names what is not held in one question's words: "Information not held on the causes of the
blockages" (below the monthly counts that answer "Number of reports per month of blocked gullies ...? And the causes
of these blockages?") says the question asking for the causes is not held, where the reply gives it no other answer.
The sentence may stand under another question's answer: it is read by the words it names, not by where it stands."""

from __future__ import annotations

import re

from .classify import QuestionResult
from .folding import lowered
from .refusal_named_by_words import named_question
from .survey import Survey

# the words that lead to what a "not held" is said of
SAID_OF = r"(?:on|about|regarding|concerning|for|of|in\s+respect\s+of|relating\s+to|in\s+relation\s+to)"
# "Information not held on the causes of the blockages", "No information is held regarding impact assessments", "We
# do not hold data for the interest accrued for late payments", "The council does not hold records of ...", "no
# estimate is available for energy consumption"
_NOT_HELD_ON = re.compile(
    r"\b(?:(?:no\s+)?(?:information|data|records?|details)\s+(?:is\s+|are\s+)?not\s+held"
    r"|no\s+(?:information|data|records?|details)\s+(?:is\s+|are\s+)?held"
    r"|(?:do|does)\s+not\s+hold\s+(?:any\s+)?(?:information|data|records?|details|figures)"
    # "no estimate is available for energy consumption"
    r"|no\s+(?:information|data|records?|details|figures?|estimates?)\s+(?:is\s+|are\s+)?(?:currently\s+)?available)"
    r"\s+" + SAID_OF + r"\s+(?P<what>[^.;:\n]{3,120})", re.IGNORECASE)


def not_held_named(questions: list, survey: Survey, original: str, from_figures: set[str]) -> list:
    """``questions`` with a question no answer was found for made not held where a "not held" names it."""
    low = lowered(original)
    if len(survey.questions) < 2 or "held" not in low and "available" not in low:
        return questions
    said = {q.question for q in questions if q.outcome not in (None, "not_addressed")}
    added: list[QuestionResult] = []
    for m in _NOT_HELD_ON.finditer(original):
        qid = named_question(survey, m.group("what"))
        if qid is None or qid in said or qid in from_figures or any(r.question == qid for r in added):
            continue
        end = original.find(".", m.end())
        end = m.end() if end < 0 else end + 1
        added.append(QuestionResult(qid, "not_held", [], False, original[m.start():end], m.start(), end))
    if not added:
        return questions
    gone = {r.question for r in added}
    return survey.in_order([q for q in questions if q.question not in gone] + added)
