"""A refusal said under a question's bare number, where the request asks that question in lettered parts: it refuses
the parts. "1. How many formal planning enforcement actions ...: a) 2023-24, b) 2024-25 ..." answered "1. The
information is published on our website ... therefore exempt under section 25", or "2. This information is not
collated; ... would take in excess of 40 hours ... In accordance with section 12 ... we are therefore unable to
comply with this part of your request": each part of 1 (of 2) is refused, not answered by the request's own "a)
2023-24," quoted above, nor "not held" for the "not collated" that explains the cost.

Where a part has figures, the refusal withholds part of what the number gives ("1. Devices purchased" over a table,
"Unit costs are withheld under section 43(2)"), read elsewhere; a part answered on its own lettered line under the
number ("3. a) 2 / b) 1.5") keeps what it says."""

from __future__ import annotations

from .classify import QuestionResult
from .named_part import group_number_at
from .questions import parent_of
from .survey import Survey

# the cost limit (FOIA/FOISA s12, EIR reg12(4)(b)): "not collated / not recorded centrally" beside it says why the
# search would cost too much, not that nothing is held
_COST_LIMIT = {"s12", "reg12(4)(b)"}


def refused_under_number(questions: list, survey: Survey, anchors: list, refusals: list, original: str,
                         from_figures: set[str]) -> list:
    """``questions`` with the lettered parts of a bare-numbered answer that applies an exemption set refused.
    ``anchors``: the reply's raw anchors ((pos, question id, why), "number:N" for a bare number); ``refusals``: the
    reply's refusals (reply.Refusal) read under no one question."""
    loose = [r for r in refusals if r.question is None]
    if not loose:
        return questions
    by_id = {q.question: q for q in questions}
    ordered = sorted(anchors)
    changed = False
    for r in loose:
        n = group_number_at(ordered, r.start)
        parts = [q.id for q in survey.questions if n is not None and parent_of(q.id) == n]
        if not parts or survey.question(n) is not None or any(p in from_figures for p in parts):
            continue        # (figures under the number: the refusal withholds part of what they give, read elsewhere)
        start = max(p for p, _, why in ordered if why == f"number:{n}" and p <= r.start)
        end = min((p for p, _, why in ordered if p > start and why.startswith(("marker", "number:"))),
                  default=len(original))
        if any(start < p < end for p, _, why in ordered if why == "marker"):
            continue        # lettered answers under the number ("3. a) 2 / b) 1.5"): each part says its own
        for qid in parts:
            now = by_id.get(qid)
            if now is not None and now.outcome == "rejected":
                continue
            inside = now is not None and start <= now.start < end
            if inside and not (now.outcome == "not_held" and r.exemption in _COST_LIMIT):
                continue
            by_id[qid] = QuestionResult(qid, "rejected", [r.exemption], False, r.quote[:300], r.start, r.end)
            changed = True
    if not changed:
        return questions
    return survey.in_order(by_id.values())

