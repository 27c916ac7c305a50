"""A question the body says it could answer but does not: "I could find out area if really needed, but the
councillor with that info is away at present." Nothing is given for it, nothing refused or said not held: it is
left unanswered (the README's rule: a question not addressed beside answered ones makes the reply partially
successful). The question is the one not answered elsewhere whose words the sentence names before its "if" or
"but"."""

from __future__ import annotations

import re

from .first_chars import first_char_spans, from_first_char
from .question_words import _COMMON_WORDS, _question_content, _WORDS
from .survey import Survey

_COULD_BUT = re.compile(r"\b(?:I|we)\s+(?:could|can|would\s+be\s+able\s+to)\s+(?:find\s+out|look\s+up|obtain|get|"
                        r"provide|work\s+out)\b[^.\n]{0,80}?\b(?:if\s+(?:really\s+|absolutely\s+)?(?:needed|necessary|"
                        r"required)|but\b)", re.IGNORECASE)
# (asked of every reply: searched only from the letters "I" and "we" start with)
_COULD_BUT_FAST = from_first_char(_COULD_BUT)


def deferred(text: str, survey: Survey, said: set[str]) -> list[str]:
    """The questions not in ``said`` (those with a status) that a could-but sentence of ``text`` names."""
    out: list[str] = []
    for s, e in first_char_spans(_COULD_BUT, _COULD_BUT_FAST, text):
        # (what it could find out is said before the "if" or "but": "find out area")
        words = set(_WORDS.findall(text[s:e].lower())) - _COMMON_WORDS
        named = [q.id for q in survey.questions if q.id not in said and words & _question_content(q.text)]
        if len(named) == 1 and named[0] not in out:
            out.append(named[0])
    return out
