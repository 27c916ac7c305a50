"""Questions a reply answers by saying there is none (the forms are reader/nought.py's):

- none of what a question counts, said of the council ("have received no complaints in relation to the categories
  you have set out", "there were no prosecutions"): those questions answered, by question_status.fill_open and in
  the reply's outcome;
- none of a thing provided, said in a question's first part: "We do not provide office accommodation to staff to
  carry out trade union business" (asked the space in square feet, how much of this space is in separate buildings,
  whether the space was valued, any charges for it), "No additional space is allocated". There is nothing to
  measure, value or charge for: the other parts, which the reply says nothing else of, are answered by it (README: a
  "none" is an answer)."""

from __future__ import annotations

import itertools
import re

from . import classify as C
from . import nought
from .questions import combine, parent_of
from .sentences import sentence_at, sentences
from .status_common import MAX_LINES
from .survey import Survey
from .word_stems import stems


def outcome_with_none_said(outcome: str | None, questions: list, survey: Survey, text: str) -> str | None:
    """A reply read as not held overall that says there were none of what some questions count ("have received no
    complaints in relation to the categories you have set out") answered those: partly successful beside the
    questions not held, successful when it answered them all (the README's rule)."""
    if outcome != "not_held":
        return outcome
    said = _none_said(survey, text)
    spans = set(said.values())
    # (the question's answer is the sentence, or holds it: "6. The Procurator Fiscal in Tayside has not requested any
    # such reports since April 2013" under its number)
    if not any(r.outcome == "successful" and ((r.start, r.end) in spans or r.question in said
                                             and r.start <= said[r.question][0] < r.end) for r in questions):
        return outcome
    return combine([r.outcome for r in questions]) or outcome


def _none_said(survey: Survey, text: str) -> dict[str, tuple[int, int]]:
    """Questions that ask to count a thing the reply says there were none of (in a sentence of its own words, not a
    question and not the requester asking), with the sentence's span."""
    spans = sentences(text)
    out: dict[str, tuple[int, int]] = {}
    for m in itertools.islice(nought.said("had", text), MAX_LINES):
        thing = m.group("thing")
        a, b = sentence_at(spans, m.start())
        if not nought.councils_own(text[a:b]):
            continue
        for q in survey.questions:
            if q.id not in out and nought.counts_named(q, thing, measured=False):
                out[q.id] = (a, b)
    # a breakdown of what there was none of is none too ("For each of the above categories, please provide a
    # breakdown for: 1. No statutory nuisance found ...", after "the number of complaints received for ...")
    for prev, q in zip(survey.questions, survey.questions[1:]):
        if prev.id in out and q.id not in out and _BREAKDOWN.search(q.text or ""):
            out[q.id] = out[prev.id]
    return out


_BREAKDOWN = re.compile(r"\b(?:break\s*down|broken\s+down|of\s+(?:these|those)\b|(?:for\s+)?each\s+(?:of\s+the\s+above|"
                        r"categor(?:y|ies)))", re.IGNORECASE)

# words every part of a request may share ("provide", "council", "details")
_SHARED = stems("provide provided council authority details information number please staff")


def none_to_lead(questions: list, survey: Survey, facts: list) -> list:
    """``questions`` with the other parts of a question whose first part is answered "none provided" answered by it."""
    said = {r.question: r for r in questions}
    with_figures = {f.question for f in facts}
    added = []
    for r in questions:
        n = parent_of(r.question)
        if n is None or r.outcome != "successful" or nought.first_said("provided", r.quote) is None \
                or C.find_not_held(r.quote):
            continue
        parts = [q for q in survey.questions if parent_of(q.id) == n]
        if parts[0].id != r.question:
            continue        # (only the first part: the one the others follow on from)
        named = (stems(r.quote, 5) | stems(parts[0].text, 5)) - _SHARED     # ("this space": the lead part's word)
        for q in parts[1:]:
            if q.id in said or q.id in with_figures or not named & stems(q.text, 5):
                continue
            added.append(C.QuestionResult(q.id, "successful", [], False, r.quote, r.start, r.end))
    if not added:
        return questions
    return survey.in_order(questions + added)
