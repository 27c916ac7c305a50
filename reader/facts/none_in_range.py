"""None of a thing over every period the request asks, said in one sentence: "No libraries have closed and no new
libraries have opened during the date range requested." Each clause ("no <thing> have <done>") answers the counting
questions whose own words hold its thing and its verb, with 0 for each period the question asks, unless a figure of
its own is given elsewhere. The sentence must say it covers the period asked ("during the date range requested",
"during the time period stated", "for any of the years given"): a bare "no libraries have closed" may be of one year."""

from __future__ import annotations

import re

from .. import classify as C
from ..folding import folds_unseen
from ..word_stems import stems
from .model import Fact
from .none_to_all import _measure, zeros_asked

# the whole span asked: "during the date range requested", "in the period specified", "for any of the years given"
_OVER_RANGE = re.compile(
    r"\b(?:during|in|for|over|within|across|throughout)\s+(?:any\s+of\s+)?(?:the|this|that|those|these|your)\s+"
    r"(?:(?:date|time)\s+)?(?:range|period|periods|timeframe|time\s*frame|years?)\s+(?:you\s+(?:have\s+)?)?"
    r"(?:requested|specified|asked(?:\s+(?:for|about))?|stated|given|in\s+question)\b", re.IGNORECASE)
# what every match of _OVER_RANGE holds, in lower case: one of each
_SPAN_WORDS = ("range", "period", "frame", "year")
_ASKED_WORDS = ("requested", "specified", "asked", "stated", "given", "question")
# one clause: "No libraries have closed", "no new libraries have opened", "no funerals were arranged"
_NONE_DONE = re.compile(r"\bno\s+((?:[a-z-]+\s+){0,2}[a-z-]{4,})\s+(?:have|has|had|were|was)\s+(?:been\s+)?"
                        r"([a-z]{3,}(?:ed|en))\b", re.IGNORECASE)


def none_over_range(facts: list[Fact], text: str, survey) -> list[Fact]:
    """``facts`` with a 0 for each period of every counting question such a sentence answers (see module doc)."""
    if not folds_unseen(text):
        low = text.lower()      # (tests of the lowered text first: most replies hold no such words)
        if not any(w in low for w in _SPAN_WORDS) or not any(w in low for w in _ASKED_WORDS):
            return facts
    if not _OVER_RANGE.search(text):
        return facts
    spans = C.sentences(text)
    answered = {f.question for f in facts}
    out = list(facts)
    for rng in _OVER_RANGE.finditer(text):
        a, b = C.sentence_at(spans, rng.start())
        if "?" in text[a:b]:
            continue
        for m in _NONE_DONE.finditer(text, a, b):
            noun = stems(m.group(1).split()[-1], 4)
            said = noun | stems(m.group(2), 4)
            if not noun:
                continue
            for q in survey.questions:
                measure = _measure(q)
                if measure != "count" or q.id in answered or not said <= stems(q.text or "", 4):
                    continue
                answered.add(q.id)
                out += zeros_asked(q, measure, survey, text, m.start(), m.end())
    return out
