"""One answer for several questions, as a table with one figure column for each, in the order the label names them:
"1. & 2." / "Year | New Memberships | Total Memberships |" / "2019-2020 | 2375 | 16080 |". Each figure of a row
with exactly as many figures as the label names questions is the figure of the question its column stands for,
whichever question the figures were first read under."""

from __future__ import annotations

import dataclasses
import re

from ..folding import lowered
from ..periods import find_periods
from ..question_number import ANY_NUMBER
from ..scan import find_values
from ..sentences import line_bounds
from .model import Fact

# a line of its own naming two questions: "1. & 2.", "Q3 and Q4", "Questions 1 & 2"
_JOINT = re.compile(r"^[ \t]*(?:Q(?:uestions?)?[ \t]*)?(\d{1,2})[.)]?[ \t]*(?:&|and|\+)[ \t]*(?:Q[ \t]*)?(\d{1,2})[.):]?"
                    r"[ \t]*$", re.MULTILINE | re.IGNORECASE)
# the next answer's number at a line's start ends the table's answer
_NEXT_ANSWER = re.compile(r"^[ \t]*" + ANY_NUMBER + r"[.):]", re.MULTILINE | re.IGNORECASE)


def _row_figures(line: str) -> list[float]:
    """The values of a row's figures that are not the period it opens with, in order (a later "1943" is a
    figure, not a year)."""
    lead = len(line) - len(line.lstrip())
    periods = [(p.start, p.end) for p in find_periods(line) if p.start == lead]
    return [v.value for v in find_values(line, []) if not any(a <= v.start < b for a, b in periods)]


def joint_label_columns(facts: list[Fact], text: str, survey) -> list[Fact]:
    """``facts`` with each figure of such a table given to its column's question (see module doc)."""
    if "&" not in text and " and" not in lowered(text):
        return facts
    out = list(facts)
    for m in _JOINT.finditer(text):
        qa, qb = survey.question(m.group(1)), survey.question(m.group(2))
        if qa is None or qb is None or int(m.group(2)) != int(m.group(1)) + 1:
            continue
        named = [qa, qb]
        nxt = _NEXT_ANSWER.search(text, m.end())
        block_end = nxt.start() if nxt else len(text)
        for i, f in enumerate(out):
            if not (m.end() <= f.start < block_end):
                continue
            ls, le = line_bounds(text, f.start)
            # (a fact's span is its row's: its column is where its value stands, once in the row)
            values = _row_figures(text[ls:le])
            if len(values) != len(named) or values.count(f.value) != 1:
                continue
            col = values.index(f.value)
            q = named[col]
            if f.question != q.id:
                out[i] = dataclasses.replace(f, question=q.id, subject=q.subject)
    return out
