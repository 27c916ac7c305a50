"""A sum of money in a sentence that names no subject of the survey but says, in the request's own words, which
of the things asked it is: "we estimate the costs you mention above, other than salary, are approximately £2k per
year" answers "Please advise any estimates for other costs ... apart from salaries"."""

from __future__ import annotations

import re

from ..word_stems import singular
from ..survey import MONEY_MEASURES as _MONEY
from .words import _content_words



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


# the verb of spending right before a sum: "Devon County Council paid £19,650 for clean-up", "the Council spent
# £2,465.49 on clean-up ...", "the work cost approximately £3,000"
_SPENT_BEFORE = re.compile(r"\b(?:spent|paid|cost|costs|costing|totall?ed|amounted[ \t]+to|came[ \t]+to)[ \t]+"
                           r"(?:(?:a[ \t]+total[ \t]+of|approximately|approx\.?|around|about|some|circa|c\.)[ \t]+)?$",
                           re.IGNORECASE)


def spent_under_number(text: str, line_start: int, v, section, section_line: int) -> str | None:
    """A sum said spent or paid, in a sentence that names nothing the survey asks about, under the number of a
    question that asks how much was spent ("1. In the calendar year of 2018 how much has the council spent cleaning
    up ...?" / a paragraph of context / "In calendar year 2018, Devon County Council paid £19,650 for clean-up at
    Kingsway"): that question's subject, in the council's words for the thing, not the request's; None otherwise."""
    if section is None or not 0 <= section_line < line_start or "total_cost_gbp" not in section.measures:
        return None
    return section.subject if _SPENT_BEFORE.search(text, max(line_start, v.start - 40), v.start) else None
