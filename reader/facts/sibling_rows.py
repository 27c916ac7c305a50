"""A list of one labelled figure to a line, one of which is the thing asked, beside the same count of other things
("1. 2024/25" / "Data Protection requests = 45" / "Environmental Information Regulation (EIR) requests = 80" /
"Freedom of Information (FOI) requests = 730" / "Subject Access requests (SAR) = 76" under "The total number of
Freedom of Information (FOI) requests handled"): where one line's label names the subject its figure is read as,
the lines whose labels name nothing the survey asks count other things, and a "Total" line adds them all up:
neither is a figure of what the question asks. (A list none of whose labels names the subject breaks the asked
count down, "Asbestos - 17" / "Total - 1,137", and is left alone.)"""

from __future__ import annotations

import re

from ..numbers import LOOSE_FIGURE
from ..survey import Survey
from .line_runs import blocks_of_figures
from .model import Fact

# a line of one label and one figure: "Data Protection requests = 45", "FOI requests: 730", "SARs - 76"
_ROW = re.compile(r"[ \t]*(?:[-*\u2022·][ \t]*)?(?P<label>[A-Za-z][A-Za-z&'()/, \t-]{1,80}?)[ \t]*(?:=|:|[-\u2013])[ \t]*"
                  r"£?" + LOOSE_FIGURE + r"[ \t]*")
_TOTAL = re.compile(r"(?:grand\s+|overall\s+)?totals?", re.IGNORECASE)
_LONGEST = 120


def _row(text: str, a: int, b: int) -> tuple[str, None] | None:
    """The label of the line ``text[a:b]`` when it is one label and one figure."""
    m = _ROW.fullmatch(text, a, b) if b - a <= _LONGEST else None
    return (m.group("label").strip(), None) if m else None


def other_things_rows(facts: list[Fact], text: str, survey: Survey) -> list[Fact]:
    """``facts`` without those of a one-figure-a-line list's lines that name nothing the survey asks, and its total,
    where another line of it names the subject their figures were read as."""
    drop: set[int] = set()
    for f, rows in blocks_of_figures(facts, text, _row):
        own = [{k for _, _, k in survey.find_subjects(lb)} for _, _, lb in rows]
        in_rows = [[g for g in facts if a <= g.start < b and g.subject == f.subject] for a, b, _ in rows]
        if not any(f.subject in kinds and got for kinds, got in zip(own, in_rows)):
            continue
        others = [i for i, (_, _, lb) in enumerate(rows) if not own[i] and in_rows[i]]
        if not [i for i in others if not _TOTAL.fullmatch(rows[i][2])]:
            continue
        for i in others:
            drop.update(id(g) for g in in_rows[i])
    return [f for f in facts if id(f) not in drop] if drop else facts
