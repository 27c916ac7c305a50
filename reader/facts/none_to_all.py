"""One word that answers every question: "On that basis, the answer to all your questions is 'none'." Each question
that asks for a figure (a count, a sum, a measure) is given 0, once for each period it asks, quoted from that
sentence, unless a figure of its own is given elsewhere; any other figure read from the sentence's line goes (its
"none" read under one question only)."""

from __future__ import annotations

import re

from ..survey import MEASURE_UNITS
from .model import Fact

# "the answer to all (of) your questions is 'none'", "the answer to each of the questions above would be nil", "the
# answer to all of the above is zero"
_NONE_TO_ALL = re.compile(
    r"\b(?:the\s+)?(?:answer|response|reply)\s+to\s+(?:all|each|every\s+one|both)(?:\s+of)?\s+(?:your\s+|the\s+|these\s+|"
    r"those\s+)?(?:questions|parts|points|elements|above)(?:\s+(?:above|asked|raised))?\s+(?:is|are|would\s+be|will\s+be)\s+"
    r"['\"\u2018\u201c]?(?:none|nil|zero|0)\b['\"\u2019\u201d]?", re.IGNORECASE)


def _measure(q) -> str | None:
    # a sum asked both as a total and a price each: none paid is a total of 0
    if "total_cost_gbp" in q.measures:
        return "total_cost_gbp"
    return q.measures[0] if q.measures and q.measures[0] != "other" else None


def none_to_every_question(facts: list[Fact], text: str, survey) -> list[Fact]:
    """``facts`` with a 0 for every question asking a figure where the reply says the answer to all of them is
    none (see module doc)."""
    if "answer" not in text.lower() and "response" not in text.lower() and "reply" not in text.lower():
        return facts
    m = _NONE_TO_ALL.search(text)
    if m is None:
        return facts
    s, e = m.start(), m.end()
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    out = [f for f in facts if not (line_start <= f.start < line_end)]
    answered = {f.question for f in out}     # (a figure given elsewhere is that question's answer)
    for q in survey.questions:
        measure = _measure(q)
        if measure is None or q.id in answered:
            continue
        out += zeros_asked(q, measure, survey, text, s, e)
    return out


def zeros_asked(q, measure: str, survey, text: str, s: int, e: int) -> list[Fact]:
    """0 as ``q``'s answer in ``measure``, once for each period it asks (or once with none), quoted from text[s:e]:
    how a reply's "none" said of a whole question is read."""
    periods = {p.label: p for p in survey.periods}
    return [Fact(subject=q.subject, period=p.label if p else None,
                 period_start=p.start.isoformat() if p else None, period_end=p.end.isoformat() if p else None,
                 measure=measure, value=0.0, unit=MEASURE_UNITS.get(measure, "GBP"), approx=False, quote=text[s:e],
                 start=s, end=e, confidence=0.6, question=q.id)
            for p in [periods[label] for label in q.periods if label in periods] or [None]]
