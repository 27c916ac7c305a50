"""A price asked of a thing there were none of: "What was the cost of an individual public health funeral ... b)
cremations" answered "No cremations were arranged in that financial year or in preceding years and therefore it is
not possible to provide details of the cost of a cremation", "... for a public health cremation funeral" answered
"We do not have a crematoria, so burials are the preferred type of funeral." With none of the thing there is no
price of it to give: the question, given no figure of its own, is not held (not answered by its sister's figures)."""

from __future__ import annotations

from dataclasses import replace

from . import classify as C
from . import nought
from .word_stems import STEM, stems as word_stems
from .survey import MONEY_MEASURES as _MONEY



def none_priced(questions: list, survey, text: str, original: str, facts: list) -> list:
    """``questions`` with each money question left without figures of its own, read as answered or not at all,
    made not held where a sentence of the reply says there were none of the thing its words name and the other
    money questions' words do not all name (so "No funerals were arranged" prices nothing apart)."""
    money = [q for q in survey.questions if q.measures and set(q.measures) <= _MONEY]
    if not money:
        return questions
    stems = {q.id: word_stems(q.text or "", shortest=5) for q in money}
    with_figures = {f.question for f in facts}
    spans = C.sentences(text)
    made: dict[str, tuple[int, int]] = {}
    for m in nought.said("were_none", text):
        a, b = C.sentence_at(spans, m.start())
        if not nought.councils_own(text[a:b], requester=False):
            continue
        stem = (m.group("thing") or m.group("had")).lower()[:STEM]
        owners = [q.id for q in money if stem in stems[q.id]]
        if not owners or len(owners) == len(money):
            continue
        bare = [qid for qid in owners if qid not in with_figures]
        if len(bare) == 1:
            made.setdefault(bare[0], (a, b))
    if not made:
        return questions
    said = {r.question for r in questions}
    out = [replace(r, outcome="not_held", exemptions=[], ncnd=False, quote=original[slice(*made[r.question])],
                   start=made[r.question][0], end=made[r.question][1])
           if r.question in made and r.outcome == "successful" else r for r in questions]
    # (a question read as not addressed at all: the sentence is its answer)
    out += [C.QuestionResult(qid, "not_held", [], False, original[a:b], a, b) for qid, (a, b) in made.items()
            if qid not in said]
    return out
