"""Labels and their figures on alternating lines, a form's fields copied into the reply one under another:

    Total # premises licensed to sell animals as pets
    4
    # Licensed to sell MAMMALS
    2

Each figure alone on its line is of the question its label names: the label shares a word with that question that no
other question has, and none that only the question the figure was read under has. Only where the reply writes two
such pairs at least (the layout, not one stray line), and the named question has no figure of its own elsewhere."""

from __future__ import annotations

import dataclasses
import re

from ..word_stems import stems
from .model import Fact
from .named_heading import _NUMBERED, _own_words
from ..sentences import line_bounds

_LABEL_MAX = 90


def _line(text: str, at: int) -> tuple[int, int]:
    return line_bounds(text, at)


_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
_FIGURES = re.compile(r"\d+(?:[.,]\d+)*")


def _label_above(text: str, f: Fact) -> str | None:
    """The line above ``f`` when ``f`` stands alone on its line and that line is a label: words without a figure,
    short, no sentence or question, no number opening it."""
    s, e = _line(text, f.start)
    if _LETTER.search(text[s:e]) or s == 0 or len(_FIGURES.findall(text[s:e])) > 1:
        return None     # (a row of figures, "2019  9  1  0  0  -", under a header of columns is no field's value)
    ps, pe = _line(text, s - 1)
    if not text[ps:pe].strip() and ps > 0:
        ps, pe = _line(text, ps - 1)     # (one blank line between a label and its figure, as a page's cells)
    label = text[ps:pe].strip()
    if not label or len(label) > _LABEL_MAX or _DIGIT.search(label) or label.endswith(("?", ".", ",")) \
            or _NUMBERED.match(label):
        return None
    return label


def by_label_above(facts: list[Fact], text: str, survey) -> list[Fact]:
    """``facts`` with each figure under such a label given to the question the label names (see module doc)."""
    if len(survey.questions) < 2 or len(facts) < 2:
        return facts
    labels = {i: lb for i, f in enumerate(facts) if (lb := _label_above(text, f)) is not None}
    if len(labels) < 2:
        return facts
    own = _own_words(survey)
    moves: dict[int, str] = {}
    for i, label in labels.items():
        said = stems(label)
        named = [qid for qid, words in own.items() if said & words]
        if len(named) == 1 and named[0] != facts[i].question and not said & own.get(facts[i].question, frozenset()):
            moves[i] = named[0]
    out = list(facts)
    for qid in set(moves.values()):
        if any(f.question == qid for j, f in enumerate(facts) if moves.get(j) != qid):
            continue
        q = survey.question(qid)
        for i, to in moves.items():
            if to == qid:
                out[i] = dataclasses.replace(out[i], question=q.id, subject=q.subject)
    return out
