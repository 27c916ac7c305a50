"""A sum of money in a sentence that names no subject of the survey but says, in the request's own words, which
of the things asked it is: "we estimate the costs you mention above, other than salary, are approximately £2k per
year" answers "Please advise any estimates for other costs ... apart from salaries"."""

from __future__ import annotations

from ..word_stems import singular
from .words import _content_words

_MONEY = ("unit_cost_gbp", "total_cost_gbp")


def sum_said_in_words(text: str, line_start: int, start: int, survey, question_words, section=None) -> str | None:
    """The subject of the one question asking for money whose words the line before the sum at ``start`` shares
    most: at least three, and more than twice as many as any other question about another subject asking for
    money; None otherwise. Under the number of a question asking for money (``section``), that question's
    subject where it shares more than any other: "1. ..." / "Based on an average energy cost of £0.14 per kwh in
    2018/19, last year part-night lighting saved around £688k" answers 1, "How much money did LCC save last year
    following the conversion of street lighting to part night use", though another question's words ("the quoted
    cost ... to convert part night lighting") are in it too."""
    said = {singular(w) for w in _content_words(text[line_start:start])}
    scores = sorted(((len(said & {singular(w) for w in question_words.get(q.id, ())}), q.subject) for q in survey.questions
                     if any(m in q.measures for m in _MONEY)), reverse=True)
    others = [n for n, k in scores if k != scores[0][1]] if scores else []
    if section is not None and scores and scores[0][1] == section.subject and scores[0][0] >= 3 \
            and any(m in section.measures for m in _MONEY):
        return section.subject if not others or scores[0][0] > others[0] else None
    if not scores or scores[0][0] < 3 or others and scores[0][0] <= 2 * others[0]:
        return None
    return scores[0][1]
