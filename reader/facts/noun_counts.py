"""A count told in a sentence by the thing's own name, where the name is no subject of the survey but its words are
one question's: "We have identified one compromise agreement which included a confidentiality clause, which was
made in 2011-12" answers "the number of staff exits which have included the use of gagging orders otherwise
technically known as compromise or settlement agreements". The noun phrase right after the figure (up to a word
that starts a clause; words of a period aside) shares two words or more with one question asking a count, more than
with any other, and the figure with its phrase is not the question's own text restated."""

from __future__ import annotations

import re

from ..word_stems import stems
from .words import _FUNCTION_WORDS

# the words after the figure, up to three, before a word that ends the noun phrase
_PHRASE = re.compile(r"[ \t]+((?:[A-Za-z][a-z-]+[ \t]+){0,2}[A-Za-z][a-z-]+)")
_PHRASE_END = frozenset("which that who whom whose was were has have had is are in on for with of to from by and or "
                        "as at during since".split())
# words of a period, not of a thing counted: "the five previous financial years"
_TIME_WORDS = frozenset("previous financial calendar academic last past recent months weeks days quarters".split())
_TOKEN = re.compile(r"[a-z]+|\d+")


def count_named_in_words(text: str, v, survey) -> str | None:
    """The subject of the one question asking a count whose words share most (two or more) with the noun phrase
    right after ``v``; None otherwise."""
    if v.money or v.zero:
        return None
    m = _PHRASE.match(text, v.end, min(len(text), v.end + 60))
    if m is None:
        return None
    words = []
    for w in m.group(1).split():
        if w.lower() in _PHRASE_END:
            break
        words.append(w)
    said = stems(" ".join(w for w in words if w.lower() not in _FUNCTION_WORDS and w.lower() not in _TIME_WORDS))
    if len(said) < 2:
        return None
    # (not the request's own words restated: "... during the last three years please confirm ...")
    own = " ".join(_TOKEN.findall(text[v.start:m.end()].lower()))
    if any(own in " ".join(_TOKEN.findall((q.text or "").lower())) for q in survey.questions):
        return None
    scores = sorted(((len(said & stems(q.text or "")), q.id, q.subject) for q in survey.questions
                     if "count" in q.measures), reverse=True)
    if not scores or scores[0][0] < 2 or len(scores) > 1 and scores[1][0] == scores[0][0]:
        return None
    return scores[0][2]
