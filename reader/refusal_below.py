"""A refusal set out below the answers, in a section of its own, that an answer above points to: "1. Unfortunately we
are unwilling to supply an answer to this request as an exemption applies, please see details below." / "2. ..." /
... / "9. The Strategic Lead for IT ..." / "Exemption 31 Law Enforcement" / "It is not in the interest of the
council to ...". The refusal is the answer that points to it, not the last numbered answer it happens to follow."""

from __future__ import annotations

import bisect
import re

from .numbered_answers import _POINTS_TO_REFUSAL
from .question_anchors import group_of
from .question_number import OPENS_LINE

# an answer that sends the reader further down: "please see details below", "as set out below", "explained below"
_POINTS_BELOW = re.compile(r"\b(?:see|set\s+out|detailed|explained|given|outlined)\b[^.\n]{0,40}?\bbelow\b", re.IGNORECASE)


def pointed_from_above(text: str, raw_anchors: list, pos: int) -> str | None:
    """The question whose numbered answer points below to a refusal, for a refusal at ``pos`` that stands in a
    paragraph of its own after the last numbered answer (which does not itself point anywhere); None otherwise."""
    numbered = sorted((p, qid) for p, qid, why in raw_anchors
                      if why == "marker" and qid and OPENS_LINE.match(text, p))
    starts = [p for p, _ in numbered]
    i = bisect.bisect_right(starts, pos) - 1
    if i < 1 or i != len(numbered) - 1:
        return None     # (not after the last numbered answer)
    last = numbered[i][0]
    if not re.search(r"\n[ \t]*\n", text[last:pos]):
        return None     # (in the last answer's own paragraph: its refusal)
    pointing = []
    for k, (p, qid) in enumerate(numbered):
        end = text.find("\n", p)
        line = text[p:end if end >= 0 else len(text)]
        if _POINTS_BELOW.search(line) and _POINTS_TO_REFUSAL.search(line):
            pointing.append((k, qid))
    if len(pointing) != 1 or pointing[0][0] == i:
        return None
    return pointing[0][1]


def below_request_quoted_whole(survey, text: str, raw_anchors: list, pos: int, qid: str | None) -> bool:
    """Whether ``pos``, read as question ``qid``'s, stands below the request quoted whole, not under an answer's own
    number: every question's number is above it, on lines one after another with no answer between (a line or two
    each), the last question's last and said once, and a blank line stands between it and ``pos`` ("(7)
    What would be the total estimated cost ...?" / "Response 22-04-2013" / "We have 53 schools ..." / "... would
    exceed the cost of £600.00": the refusal is the whole request's, not question 7's; "(5) 1256 Properties ..."
    added below answers 5 alone). Not "5. The information requested is published ... exempt under section 25"
    below answers "1. 2019 - 20,408" / "2020 - 21,659" / ... by number."""
    order = list(dict.fromkeys(group_of(q.id) for q in survey.questions))
    if qid is None or not order or group_of(qid) != order[-1]:
        return False
    above = sorted((a, group_of(q)) for a, q, why in raw_anchors
                   if q and a <= pos and (why == "marker" or why.startswith("number:")))
    groups = [g for _, g in above]
    if not groups or groups[-1] != order[-1] or groups.count(order[-1]) != 1 or len(set(groups)) != len(order):
        return False
    starts = [a for a, _ in above]
    lines = [sum(1 for ln in text[a:b].split("\n") if ln.strip()) for a, b in zip(starts, starts[1:])]
    return all(n <= 2 for n in lines) and re.search(r"\n[ \t]*\n", text[starts[-1]:pos]) is not None
