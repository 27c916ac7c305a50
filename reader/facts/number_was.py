"""A figure said to be "the number of" something, in the council's words: "The number of Thurrock Electively Home
Educated students on 1 July 2020 was 221.", "The total number of penalty notices issued in the period is 43." When
the words after "number of" name no survey thing but are the words of one question that asks a count (two of its
words or more, more than any other question's), the figure is that question's count."""

from __future__ import annotations

import re

from .words import _content_words

# "the number of <words> (on <date>) was 221": the words between, then the verb right before the figure
_NUMBER_WAS = re.compile(r"\b(?:the\s+)?(?:total\s+)?number\s+of\s+(?P<words>[^.;:?!\d\n]{3,120}?)(?:\s+(?:on|at|as\s+at|as\s+of)"
                         r"\s+[^.;:?!\n]{1,30}?)?\s+(?:is|was|were|are|stands\s+at|stood\s+at|totals?|totalled)\s+"
                         r"(?:approximately\s+|around\s+|about\s+)?$", re.IGNORECASE)


def number_was(text: str, start: int, v, survey, question_words: dict[str, frozenset[str]]) -> str | None:
    """The subject of the one question whose words ``v``'s "number of ..." names (``start``: where its sentence
    starts), or None."""
    if v.money or v.zero:
        return None
    m = _NUMBER_WAS.search(text, max(start, v.start - 200), v.start)
    if m is None:
        return None
    said = _content_words(m.group("words"))
    scores = sorted(((len(said & question_words.get(q.id, frozenset())), q.subject) for q in survey.questions
                     if "count" in q.measures), reverse=True)
    if not scores or scores[0][0] < 2 or len(scores) > 1 and scores[1][0] == scores[0][0] and scores[1][1] != scores[0][1]:
        return None
    return scores[0][1]
