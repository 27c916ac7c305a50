"""A table of one row per category under a header of periods, copied a row to a line ("Complaints N/A* 11 13 21
25 15" / "MP Enquiries N/A* 0 0 3 4 4" / "Works Orders 70 71 ..." / "Total 70 82 95 ..."): where one row's label
is the question's own word for what it counts ("The number of complaints of mould and damp each year"), the rows labelled otherwise count other things, and the "Total" row
adds them up: neither is a figure of what the question asks."""

from __future__ import annotations

import re

from ..numbers import LOOSE_FIGURE
from ..survey import Survey
from ..word_stems import singular
from .line_runs import blocks_of_figures
from .model import Fact

# a row: a label in words, then two or more cells (figures, "N/A", "-", "<5*")
_ROW = re.compile(r"[ \t]*(?P<label>[A-Za-z][A-Za-z&'()/ \t-]{0,40}?)[ \t]+(?P<cells>(?:(?:£?" + LOOSE_FIGURE + r"%?|"
                  r"n/?a\*{0,2}|[-\u2013*]|<\s*\d+\*?)[ \t]+){1,}(?:£?" + LOOSE_FIGURE + r"%?|n/?a\*{0,2}|[-\u2013*]|"
                  r"<\s*\d+\*?))[ \t]*", re.IGNORECASE)
_LONGEST = 160      # a row of a few cells; a longer line is prose or a data dump
_TOTAL = re.compile(r"(?:grand\s+|overall\s+)?totals?", re.IGNORECASE)
_WORD = re.compile(r"[a-z]{2,}")
# the thing a question counts: "The number of complaints of mould and damp each year", "How many complaints ..."
_COUNTED = re.compile(r"\b(?:(?:total\s+)?(?:number|no\.?)\s+of\s+(?:the\s+)?|how\s+many\s+)([a-z]{3,})", re.IGNORECASE)


def _row(text: str, a: int, b: int) -> tuple[str, int] | None:
    """The label of the line ``text[a:b]`` when it is a row, and its count of cells (a block's rows have as many)."""
    m = _ROW.fullmatch(text, a, b) if b - a <= _LONGEST else None
    return (m.group("label").strip(), len(m.group("cells").split())) if m else None


def other_category_rows(facts: list[Fact], text: str, survey: Survey) -> list[Fact]:
    """``facts`` without those of a row-per-category table's other rows and its total, where one row's label is
    the thing its question counts (the noun after "number of" / "how many") and another row's label is not."""
    drop: set[int] = set()
    # (only figures already given a question mark a block: one with none yet is no question's table)
    for f, rows in blocks_of_figures([f for f in facts if f.question is not None], text, _row):
        q = survey.question(f.question)
        asked = {singular(m.group(1).lower()) for m in _COUNTED.finditer(q.text)} if q else set()
        in_rows = {a: [g for g in facts if a <= g.start < b and g.subject == f.subject] for a, b, _ in rows}
        named = [a for a, _, lb in rows if not _TOTAL.fullmatch(lb) and _WORD.findall(lb.lower())
                 and all(singular(w) in asked for w in _WORD.findall(lb.lower())) and in_rows[a]]
        others = [a for a, _, lb in rows if a not in named and in_rows[a]]
        if not named or not [a for a, _, lb in rows if a in others and not _TOTAL.fullmatch(lb)]:
            continue
        for a in others:
            drop.update(id(g) for g in in_rows[a])
    return [f for f in facts if id(f) not in drop] if drop else facts
