"""Which parts of a question an answer in words speaks of, where the request does not mark them: an answer under the
bare number that shares one part's words only ("We do not fund anyone to be TU officials" answering the cost, the
budget and the officials of question 3), a "not held" under the bare number (its parts') or under one part naming
the others ("... on valuation of the space, or council levies ... not held"), and a bare "Yes" that leaves an
"If so, ..." follow-up unsaid."""

from __future__ import annotations

import re

from . import classify as C
from .question_words import _COMMON_WORDS, _WORDS, _question_content
from .questions import parent_of
from .survey import Survey


def answer_to_named_part(questions: list, survey: Survey, original: str,
                         from_figures: set[str]) -> tuple[list, list[str]]:
    """``questions`` with a words-only answer the reader gave to a group's first part moved to the one part whose
    question's words the answer shares (two at least; none of any other part's), and the group's other parts that
    the answer leaves unsaid."""
    said = {q.question: q for q in questions}
    out, passed = [], []
    for r in questions:
        parent = parent_of(r.question)
        parts = [q for q in survey.questions if parent and parent_of(q.id) == parent]
        body = original[r.start:r.end]
        # (a part said by a figure read from this very answer is the part it names, not said elsewhere: "We do not
        # fund anyone to be TU officials" read as the officials' 0)
        within = {p.id for p in parts if p.id in said and p.id in from_figures and p.id != r.question
                  and r.start <= said[p.id].start and said[p.id].end <= r.end}
        if len(parts) < 2 or r.question in from_figures or "\n" not in body.strip() \
                or any(p.id in said and p.id not in within for p in parts if p.id != r.question):
            out.append(r)
            continue
        words = set(_WORDS.findall(body.strip().rsplit("\n", 1)[-1].lower())) - _COMMON_WORDS
        hits = [p for p in parts if len(words & _question_content(p.text)) >= 2]
        shared = [p for p in parts if words & _question_content(p.text)]
        if len(hits) != 1 or len(shared) != 1 or hits[0].id == r.question:
            out.append(r)
            continue
        if hits[0].id not in within:
            out.append(C.QuestionResult(hits[0].id, r.outcome, r.exemptions, r.ncnd, r.quote, r.start, r.end))
        elif within != {hits[0].id}:
            out.append(r)
            continue
        passed += [p.id for p in parts if p.id != hits[0].id]
    return survey.in_order(out), passed


def group_number_at(anchors: list, pos: int) -> str | None:
    """The bare number (a question with unmarked parts, "3.") that the place ``pos`` falls under, if the last mark
    of the reply's own before it is one: "3.We do not have figures for the 2023 to 2024 financial year" is of
    question 3's parts, not of the whole request."""
    last = None
    for p, _, why in anchors:
        if p > pos:
            break
        if why.startswith(("marker", "number:")):
            last = why
    return last.split(":", 1)[1] if last and last.startswith("number:") else None


def sister_parts_named(survey: Survey, qid: str, sentence: str, facts_by_q: dict) -> list[str]:
    """The other parts of ``qid``'s question (with no figures of their own) that a sentence under it names by their
    subjects: "1. ... one office at 28 square meters. / With regards to subsequent questions on valuation of the
    space, or council levies for the space, we can confirm that this information is not held" is of the valuation
    and levies parts, not of the part the office answers."""
    parent = parent_of(qid)
    own = survey.question(qid) if parent else None
    if own is None:
        return []
    named = {k for _, _, k in survey.find_subjects(sentence)}
    return [q.id for q in survey.questions if parent_of(q.id) == parent and q.id != qid and q.subject in named
            and q.subject != own.subject and not facts_by_q.get(q.id)]


# a bare "Yes" as the whole answer ("- Yes", "2. Yes.")
_BARE_YES = re.compile(r"^\W*(?:(?:question|q)?\s*\d{1,2}[a-z]?\s*[.):-]?\s*)?yes\W*$", re.IGNORECASE)
# a follow-up asked only if the answer before is yes: "... via payroll? If so, do you charge a fee ...?"
_IF_SO = re.compile(r"(?:^|[?.]\s+)if\s+(?:so|yes)\b", re.IGNORECASE)


def yes_leaves_follow_up(questions: list, survey: Survey) -> tuple[list, list[str]]:
    """``questions`` where a bare "Yes" answers a question with an "If so, ..." follow-up: "Do you deduct trade union
    subscriptions ... via payroll? If so, do you charge a fee ...?" answered "- Yes" says nothing of the fee. The
    question asked as one is partly answered; asked as parts, the follow-up part is left unsaid (returned)."""
    out, unsaid = [], []
    said = {r.question: r for r in questions}
    for r in questions:
        q = survey.question(r.question)
        if q is None or r.outcome != "successful" or not _BARE_YES.match(r.quote.strip()):
            out.append(r)
            continue
        parent = parent_of(q.id)
        if parent and _IF_SO.match(q.text.strip()) and any(
                parent_of(o.id) == parent and o.id in said and o.id != q.id and said[o.id].quote == r.quote
                for o in survey.questions):
            unsaid.append(q.id)         # the follow-up part, given its sister's "Yes"
            continue
        if not parent and _IF_SO.search(q.text) and not _IF_SO.match(q.text.strip()):
            r = C.QuestionResult(r.question, "partially_successful", r.exemptions, r.ncnd, r.quote, r.start, r.end)
        out.append(r)
    return out, unsaid
