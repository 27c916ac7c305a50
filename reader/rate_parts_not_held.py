"""Lengths of time said not held for every question that asks them: "We do not hold any information on average
times." under "Is there an average waiting time (in days) ... (a) inspections and (b) reinspections": each question
asking only an average time or share, with no status and no figure of its own, is not held."""

from __future__ import annotations

import re

from . import classify as C
from .rates import RATE_MEASURES
from .survey import Survey

_TIMES_NAMED = re.compile(r"\b(?:average|mean|waiting)[ \t]+(?:waiting[ \t]+)?times?\b", re.IGNORECASE)
_TIME_ASKED = re.compile(r"\b(?:average|mean)\b[^?.]{0,40}\btimes?\b|\bwaiting[ \t]+times?\b", re.IGNORECASE)


def rate_parts_not_held(questions: list, survey: Survey, text: str, original: str, nh_spans: list,
                        facts: list) -> list:
    """``questions`` with those asking only an average time not held where a not-held note names average times."""
    said = {q.question for q in questions}
    with_figures = {f.question for f in facts if f.question}
    added = []
    for s, e in nh_spans:
        # (the note's sentence: "We do not hold any information on average times.")
        s = max(text.rfind(".", 0, s), text.rfind("\n", 0, s)) + 1
        stops = [i for i in (text.find(".", e), text.find("\n", e)) if i >= 0]
        e = min(stops) if stops else len(text)
        if not _TIMES_NAMED.search(text, s, e):
            continue
        for q in survey.questions:
            if q.id not in said and q.id not in with_figures and q.measures and set(q.measures) <= set(RATE_MEASURES) \
                    and _TIME_ASKED.search(q.text or "") and q.id not in {r.question for r in added}:
                added.append(C.QuestionResult(q.id, "not_held", [], False, original[s:e], s, e))
    if not added:
        return questions
    return survey.in_order(questions + added)
