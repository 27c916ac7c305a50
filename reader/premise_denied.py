"""A copy asked of a thing the reply says does not exist: "There is not an internal policy in place detailing
compensation/redress for complaints" (asked for "copies of any internal documents or policies used by the council
when deciding how much compensation ..."), "There are currently no reports concerning local implementation of the
Air Quality ... Regulations" (asked for "a copy of any reports ... relating to the local implementation of ...").
There is nothing to send: the question is not held (the real set README's outcome rules: a question whose premise
the reply denies is not held when it asks for the thing itself, and answered when it asks whether, how many or how
much, or asks for the thing only "if so"). The reply's sentence says none in nought.py's forms and names the
question in its words, or stands in that question's answer."""

from __future__ import annotations

import re
from dataclasses import replace

from . import classify as C
from . import nought
from .question_number import OPENS_LINE
from .survey import Survey
from .word_stems import stems

# the thing itself asked for: "a copy of any guidance", "copies of any internal documents or policies"
_COPY = re.compile(r"\bcop(?:y|ies)\s+of\b", re.IGNORECASE)
# asked only on a condition the denial settles ("If so, please send a copy", "if any exist", "where applicable"), or
# asked whether there is one first ("Does the Local Authority have a written policy ...? Please provide a copy of
# this policy." answered "No"): the denial answers it
_CONDITIONAL = re.compile(r"\b(?:if|whether|where\s+(?:applicable|available|held|relevant|recorded|they\s+exist))\b"
                          r"|(?:^|[.?!:;]\s+)(?:do|does|did|is|are|was|were|has|have|had|can|will)\s",
                          re.IGNORECASE)
# the request itself asks to be told if there is none: "If your authority does not carry out bus lane enforcement,
# please confirm accordingly"
_CONFIRM_IF_NONE = re.compile(r"\bif\s+(?:you|your\s+[\w-]+|the\s+[\w-]+)\s+(?:do|does|did)\s*(?:not|n't)\b"
                              r"[^.\n]{0,120}?\b(?:confirm|let\s+(?:me|us)\s+know|say\s+so|tell\s+me)\b", re.IGNORECASE)
# something is sent all the same: "Please find attached our guidance", "available via the link below"
_SENT = re.compile(r"\b(?:attach\w*|enclos\w*|links?|https?:|www\.|see\s+below|as\s+follows|following)\b",
                   re.IGNORECASE)
# words any question may share with an answer
_SHARED = stems("provide please copy copies council authority information details documents")


def _denies(sentence: str) -> bool:
    """Whether ``sentence`` (the council's own) says there is none of a thing, in nought.py's forms (from the start
    of any of its lines: a heading, "Response:", may run into it)."""
    opens = nought.FORMS["answer_none"].rx
    return any(opens.match(line[lead.end():] if (lead := OPENS_LINE.match(line)) else line)
               for line in sentence.split("\n")) \
        or any(m.group("had") for m in nought.said("were_none", sentence))


def _named(survey: Survey, sentence: str) -> str | None:
    """The one question whose words hold two or more of the sentence's, more than any other question's."""
    said = stems(sentence, 4) - _SHARED
    scored = sorted(((len(said & stems(q.text or "", 4)), q.id) for q in survey.questions), reverse=True)
    if not scored or scored[0][0] < 2 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def premise_denied(questions: list, survey: Survey, live: str, original: str, from_figures: set[str]) -> list:
    """``questions`` with each question that asks a copy of a thing the reply says does not exist made not held."""
    asked = {q.id for q in survey.questions if _COPY.search(q.text or "") and not _CONDITIONAL.search(q.text or "")}
    if not asked - from_figures or _CONFIRM_IF_NONE.search(original):
        return questions
    results = {r.question: r for r in questions}
    made: dict[str, tuple[int, int]] = {}
    for a, b in C.sentences(live):
        sentence = live[a:b]
        if not nought.councils_own(sentence) or _SENT.search(sentence) or not _denies(sentence):
            continue
        inside = [qid for qid, r in results.items() if r.start <= a < r.end]
        qid = inside[0] if len(inside) == 1 else _named(survey, sentence)
        if qid in asked and qid not in from_figures and qid not in made:
            r = results.get(qid)
            if r is None or r.outcome == "successful" and not _SENT.search(r.quote or ""):
                made[qid] = (a, b)
    if not made:
        return questions
    out = [replace(r, outcome="not_held", exemptions=[], ncnd=False, quote=original[slice(*made[r.question])],
                   start=made[r.question][0], end=made[r.question][1]) if r.question in made else r
           for r in questions]
    out += [C.QuestionResult(qid, "not_held", [], False, original[a:b], a, b) for qid, (a, b) in made.items()
            if qid not in results]
    return survey.in_order(out)
