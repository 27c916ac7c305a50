"""Figures after the question their line's number opens, each behind a short label of the council's own: "3) What
was the most expensive, and the cheapest, public health funeral ...? How much did each cost? Cheapest funeral £1200,
most expensive £2480 (gross costs excluding recovery)." The labels name no thing of the survey: the figures are the
numbered question's, in the measure it asks."""

from __future__ import annotations

import re

from ..survey import MONEY_MEASURES as _MONEY

# a label: a few words, nothing that ends a sentence
_LABEL = re.compile(r"[ \t]*(?:[A-Za-z][A-Za-z'-]*[ \t]+){0,3}[A-Za-z][A-Za-z'-]*[ \t]*[:=-]?[ \t]*")


def labelled_after_question(text: str, line, v, values: list, sec, section_line: int) -> bool:
    """Whether ``v`` is such a figure of ``sec``, the question whose number opens ``line``."""
    if sec is None or not line.marker or section_line != line.start or not line.asked or v.zero:
        return False
    if not (sec.measures and (v.money and set(sec.measures) & _MONEY or not v.money and "count" in sec.measures)):
        return False
    ends = [b for _, b in line.asked if b <= v.start]
    if not ends or line.subjects and any(ends[-1] <= a < v.start for a, _, _ in line.subjects):
        return False
    between = text[ends[-1]:v.start]
    for w in values:
        if ends[-1] <= w.start and w.end <= v.start:
            between = between.replace(w.text, ",", 1)
    chunks = re.split(r",|;|\band\b", between)
    return len(between) <= 80 and bool(chunks[-1].strip()) and all(_LABEL.fullmatch(c) for c in chunks if c.strip())
