"""A later question's answer under a heading of its words, with no number of its own: the reply answers "1." and then
goes on, under a heading that names what another question asks, without writing that question's number:

    1. Current apprentices
    As at 29 November we have 85 staff studying an apprenticeship.
                                                                  (asked 2: "How many apprentices got kept on upon
    What apprentices that completed their apprenticeships went on to do       completion of their course ...?")
    53 apprentices completed their studies between 2017 and 2019. ...
    Year of completion 2017 2018 2019
    Job at Thurrock Council 5 14 11

The figures from such a heading to the next numbered line are the named question's, not the number above's: the
heading shares a word with that question which no other question has, and none that only another question has; the
figures were read under an earlier question; and the named question has no figure anywhere else in the reply (its
answer was not found under a number of its own)."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ..word_stems import stems
from .model import Fact
from .words import _group

# a line a number opens ("2.", "Q3)", "4:"), or a letter ("a)", "(b)"): the end of the heading's block
_NUMBERED = re.compile(r"^[ \t]*(?:(?:Q(?:uestion)?[ \t]*)?\d{1,2}[a-z]?[.):]|\(?[a-z]\))", re.MULTILINE | re.IGNORECASE)
# a heading: a short line of words standing alone between blank lines (not a line of prose wrapped onto the next),
# not a sentence or a question, no figure or date
_HEADING = re.compile(r"(?<=\n)[ \t]*\n[ \t]*([A-Z][^\n\d?:]{9,89}?)[ \t]*\n(?=[ \t]*\n)")
_LOOK = 300     # characters under the heading to its first figure


@lru_cache(maxsize=64)
def _own_words(survey) -> dict[str, frozenset[str]]:
    """Each question's stems that no other question's text has (a question in one word of the request's own): worked
    out once per survey, not for every reply (a survey is hashed by identity). Read only."""
    every = {q.id: stems(q.text or "") for q in survey.questions}
    return {qid: own - frozenset().union(*(o for k, o in every.items() if k != qid)) for qid, own in every.items()}


def _number(qid: str | None) -> int:
    return int(_group(qid) or 0)


def under_named_heading(facts: list[Fact], text: str, survey) -> list[Fact]:
    """``facts`` with the figures under such a heading given to the question it names (see module doc)."""
    if len(survey.questions) < 2 or not facts:
        return facts
    own = _own_words(survey)
    out = list(facts)
    for m in _HEADING.finditer(text):
        heading = m.group(1)
        if heading.rstrip().endswith((".", ",")) or _NUMBERED.match(heading):
            continue
        said = stems(heading)
        named = [qid for qid, words in own.items() if said & words]
        if len(named) != 1:
            continue
        q = survey.question(named[0])
        nxt = _NUMBERED.search(text, m.end())
        end = nxt.start() if nxt else len(text)
        block = [i for i, f in enumerate(out) if m.end() <= f.start < end]
        if not block or out[block[0]].start > m.end() + _LOOK \
                or any(f.question == q.id for f in out) \
                or any(_number(out[i].question) >= _number(q.id) for i in block):
            continue
        for i in block:
            out[i] = dataclasses.replace(out[i], question=q.id, subject=q.subject)
    return out
