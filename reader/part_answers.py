"""A question's status from others': the passage that names it, the answer its group shares, its lettered parts
or its parent."""

from __future__ import annotations

from . import classify as C
from .numbered_answers import _mark_answer
from .question_words import _question_words
from .questions import combine, parent_of
from .survey import Survey


def _apply_passages(questions: list, survey: Survey, passages: dict, original: str, from_figures: set[str]) -> list:
    """Questions the reader has nothing on, answered by a passage that names them ("Questions 1 & 2" over its
    answer, "Please see the information attached for questions 1-3"). A part (2b) named only through its number
    ("Question 2") takes the passage's status only when no other part of that number has figures of its own: a
    section that gives 2a's figures says nothing of 2b."""
    said = {q.question for q in questions}
    added = []
    for q in survey.questions:
        p = passages.get(q.id)
        if q.id in said or p is None:
            continue
        parent = parent_of(q.id)
        if q.id not in p.named and parent and any(parent_of(o) == parent for o in from_figures):
            continue
        added.append(C.QuestionResult(q.id, p.outcome, [], False, original[p.start:p.end][:300], p.start, p.end))
    return survey.in_order(questions + added)


def _share_group_answer(questions: list, survey: Survey, text: str, marks: list, from_figures: set[str]) -> list:
    """Lettered parts listed one under another with one answer in words below the last ("a) The road name /
    b) The number issued there / We have no bus lanes to enforce."): a part restated with nothing under it takes
    the answer of the next part of its group."""
    said = {q.question: q for q in questions}
    ids = [q.id for q in survey.questions]
    added = []
    for k, qid in enumerate(ids):
        group = parent_of(qid)
        if qid in said or not group:
            continue
        later = next((said[o] for o in ids[k + 1:] if parent_of(o) == group and o in said), None)
        if later is None or later.question in from_figures:
            continue
        q = survey.question(qid)
        asked = _question_words(q.text)
        mine = [i for i, (_, aqid, why) in enumerate(marks) if aqid == qid]
        if mine and all(_mark_answer(text, marks, i, asked, q.text) is None for i in mine):
            added.append(C.QuestionResult(qid, later.outcome, [], False, later.quote, later.start, later.end))
    order = {qid: i for i, qid in enumerate(ids)}
    return sorted(questions + added, key=lambda r: order.get(r.question, len(order)))


def _complete_parts(questions: list, survey: Survey, from_figures: set[str]) -> list:
    """Questions whose status follows from others: a question whose lettered parts all have a status takes their
    sum (2a, 2b and 2c answered: 2 is answered); a lettered part with none takes its parent's, when the parent's
    comes from words, not figures ("1. No" answers the "How many teams?" asked with it)."""
    said = {q.question: q for q in questions}
    ids = [q.id for q in survey.questions]
    added = []
    for qid in ids:
        if qid in said:
            continue
        parts = [said.get(p) for p in ids if parent_of(p) == qid]
        parent = said.get(parent_of(qid) or "")
        if parts and all(parts):
            res = combine([p.outcome for p in parts])
            src = parts[0]
        elif parent is not None and parent.question not in from_figures:
            res, src = parent.outcome, parent
        else:
            continue
        if res:
            added.append(C.QuestionResult(qid, res, [], False, src.quote, src.start, src.end))
    order = {qid: i for i, qid in enumerate(ids)}
    return sorted(questions + added, key=lambda q: order.get(q.question, len(order)))


def apply_ranged_passages(questions: list, passages: dict, original: str, from_figures: set[str]) -> list:
    """A refusal or "not held" written under a range of answer numbers ("1. -3. To find this information, we would
    have to look at each property record ... section 12"): each question in the range takes it, over a reading
    found above it (the request's own "a) 2022" restated over the answers) or inside it that gave no figures."""
    out = []
    for r in questions:
        p = passages.get(r.question)
        if p is not None and p.ranged and p.outcome in ("rejected", "not_held") and r.start < p.end \
                and r.question not in from_figures:
            codes = list(r.exemptions) if p.outcome == "rejected" and p.start <= r.start else []
            r = C.QuestionResult(r.question, p.outcome, codes, False, original[p.start:p.end][:300], p.start, p.end)
        out.append(r)
    return out
