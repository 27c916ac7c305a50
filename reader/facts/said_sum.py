"""A sum of money in a sentence that names no subject of the survey but says, in the request's own words, which
of the things asked it is: "we estimate the costs you mention above, other than salary, are approximately £2k per
year" answers "Please advise any estimates for other costs ... apart from salaries"."""

from __future__ import annotations

from ..word_stems import singular
from .words import _content_words

_MONEY = ("unit_cost_gbp", "total_cost_gbp")


def sum_said_in_words(text: str, line_start: int, start: int, survey, question_words) -> str | None:
    """The subject of the one question asking for money whose words the line before the sum at ``start`` shares
    most: at least three, and more than twice as many as any other question about another subject asking for
    money; None otherwise."""
    said = {singular(w) for w in _content_words(text[line_start:start])}
    scores = sorted(((len(said & {singular(w) for w in question_words.get(q.id, ())}), q.subject) for q in survey.questions
                     if any(m in q.measures for m in _MONEY)), reverse=True)
    others = [n for n, k in scores if k != scores[0][1]] if scores else []
    if not scores or scores[0][0] < 3 or others and scores[0][0] <= 2 * others[0]:
        return None
    return scores[0][1]
