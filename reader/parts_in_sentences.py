"""A question's parts answered one sentence each in the paragraph that answers the question: "The Council provide 2
rooms for Trade Union business, both rooms are within the same building. No professional valuation of its rental value
has been sought. The combined square footage is 452 square feet." answers the part on space in square feet (its
figure), the part on how much of the space is in separate buildings ("building") and the part on a professional
valuation ("valuation"). A part the reply says nothing else of is answered by the sentence of that paragraph that holds
a word only that part asks about."""

from __future__ import annotations

import re

from . import classify as C
from .answer_status import _status_of_answer
from .question_words import _all_asking
from .questions import parent_of
from .survey import Survey
from .word_stems import stems

# words any part of a request may hold ("provide", "council", "information", "number")
_SHARED = stems("provide provided council authority details information number please total whether there which "
                "their years current financial")

# the requester's asking words, which a council's answer does not use: "please provide the total cost ...", "could you"
_ASKS = re.compile(r"\bplease\s+(?:also\s+)?(?:provide|advise|state|give|confirm|supply|tell|include|list|send)\b|"
                   r"\b(?:could|can|would)\s+you\b", re.IGNORECASE)


def parts_in_sentences(questions: list, survey: Survey, live: str, original: str) -> list:
    """``questions`` with the unsaid parts of a question answered in the paragraph of a sister part's answer."""
    said = {r.question: r for r in questions}
    groups: dict[str, list] = {}
    for q in survey.questions:
        if (n := parent_of(q.id)) is not None:
            groups.setdefault(n, []).append(q)
    added = []
    for n, parts in groups.items():
        open_parts = [q for q in parts if q.id not in said]
        given = [said[q.id] for q in parts
                 if q.id in said and said[q.id].outcome in ("successful", "partially_successful")]
        if not open_parts or not given or len(parts) < 2:
            continue
        a, b = _paragraph(live, given[0].start)
        own = {q.id: stems(q.text, 5) - _SHARED for q in parts}
        for q in open_parts:
            only = own[q.id] - set().union(*(own[o.id] for o in parts if o.id != q.id))
            if not only:
                continue
            for s, e in C.sentences(live[a:b]):
                sentence = live[a + s:a + e]
                if any(a + s <= r.start and r.end <= a + e and r.question in own for r in said.values()) \
                        or _all_asking(sentence) or _ASKS.search(sentence):
                    continue    # a sister part's answer already, or the request's words quoted
                if only & stems(sentence, 5) and "?" not in sentence:
                    res = _status_of_answer(sentence)
                    added.append(C.QuestionResult(q.id, res, [], False, original[a + s:a + e], a + s, a + e))
                    break
    if not added:
        return questions
    return survey.in_order(questions + added)


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    """The blank-line separated block of ``text`` that holds ``pos``."""
    starts = [m.end() for m in re.finditer(r"\n[ \t]*\n", text, 0) if m.end() <= pos]
    a = starts[-1] if starts else 0
    m = re.compile(r"\n[ \t]*\n").search(text, pos)
    return a, (m.start() if m else len(text))
