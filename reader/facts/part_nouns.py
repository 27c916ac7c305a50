"""A figure whose own noun is the word of one lettered part of the question its number heads: "1. How many
"paupers" ... has the council a) cremated and b) buried in the last five years?" answered "2014-15: Four burials and
two cremations;": "cremations" shares its stem with "cremated", a word of part a only, so the "two" is part a's
count, though no subject of the survey is named there."""

from __future__ import annotations

import re

from ..questions import parent_of
from ..word_stems import STEM, stems
from .words import _group


def part_by_noun(text: str, v, survey, group: str) -> str | None:
    """The subject of the one lettered part of question ``group`` (asking a count) whose words alone among its
    sister parts' share the stem of the noun right after ``v``; None otherwise."""
    if v.money or v.zero or not group:
        return None
    m = re.match(r"[ \t]+([A-Za-z]{%d,})\b" % STEM, text[v.end:v.end + 40])
    if m is None:
        return None
    parts = [q for q in survey.questions if parent_of(q.id) is not None and _group(q.id) == group]
    if len(parts) < 2:
        return None
    stem = m.group(1).lower()[:STEM]
    hits = [q for q in parts if stem in stems(q.text or "")]
    if len(hits) != 1 or "count" not in hits[0].measures:
        return None
    # parts asked in one sentence, one word apart ("a) cremated and b) buried"), not questions of their own that
    # share a number ("a) How many claims ... for damage caused to vehicles ...?" / "b) How many claims ... paid?")
    own = stems(hits[0].text or "") - set().union(*(stems(q.text or "") for q in parts if q is not hits[0]))
    return hits[0].subject if len(own) <= 2 else None
