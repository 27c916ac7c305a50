"""None of what a question counts, said of the council ("have received no complaints in relation to the categories
you have set out", "there were no prosecutions"): those questions answered, by question_status.fill_open and in
the reply's outcome."""

from __future__ import annotations

import itertools
import re

from . import classify as C
from .questions import combine
from .scan import first_char_matches, grouped_from_first_char
from .status_common import MAX_LINES
from .survey import Survey

def outcome_with_none_said(outcome: str | None, questions: list, survey: Survey, text: str) -> str | None:
    """A reply read as not held overall that says there were none of what some questions count ("have received no
    complaints in relation to the categories you have set out") answered those: partly successful beside the
    questions not held, successful when it answered them all (the README's rule)."""
    if outcome != "not_held":
        return outcome
    spans = set(_none_said(survey, text).values())
    if not any(r.outcome == "successful" and (r.start, r.end) in spans for r in questions):
        return outcome
    return combine([r.outcome for r in questions]) or outcome


# none of a thing, said of the council: "Alnwick Town Council have received no complaints in relation to the
# categories you have set out", "there were no prosecutions"
_NONE_OF = re.compile(r"\b(?:(?:have|has|had)\s+(?:received|had|issued|served|recorded|made|taken|brought)"
                      r"|there\s+(?:were|have\s+been|has\s+been|was|are|is))\s+no\s+(?P<thing>[a-z]{4,})\b",
                      re.IGNORECASE)
_NONE_OF_FAST = grouped_from_first_char(_NONE_OF)
# a question that asks to count: "The number of complaints received for ...", "How many ..."
_COUNTS = re.compile(r"\b(?:number|how\s+many|total|count)\b", re.IGNORECASE)


def _none_said(survey: Survey, text: str) -> dict[str, tuple[int, int]]:
    """Questions that ask to count a thing the reply says there were none of (in a sentence of its own words, not a
    question and not the requester asking), with the sentence's span."""
    spans = C.sentences(text)
    out: dict[str, tuple[int, int]] = {}
    for m in itertools.islice(first_char_matches(_NONE_OF, _NONE_OF_FAST, text), MAX_LINES):
        thing = m.group("thing").lower()
        a, b = C.sentence_at(spans, m.start())
        sentence = text[a:b]
        if "?" in sentence or re.search(r"\b(?:please|could\s+you|if\s+you)\b", sentence, re.IGNORECASE):
            continue
        stem = thing[:-1] if thing.endswith("s") else thing
        for q in survey.questions:
            asked = (q.text or "").lower()
            if q.id not in out and _COUNTS.search(asked) and re.search(r"\b" + re.escape(stem) + r"s?\b", asked):
                out[q.id] = (a, b)
    # a breakdown of what there was none of is none too ("For each of the above categories, please provide a
    # breakdown for: 1. No statutory nuisance found ...", after "the number of complaints received for ...")
    for prev, q in zip(survey.questions, survey.questions[1:]):
        if prev.id in out and q.id not in out and _BREAKDOWN.search(q.text or ""):
            out[q.id] = out[prev.id]
    return out


_BREAKDOWN = re.compile(r"\b(?:break\s*down|broken\s+down|of\s+(?:these|those)\b|(?:for\s+)?each\s+(?:of\s+the\s+above|"
                        r"categor(?:y|ies)))", re.IGNORECASE)
