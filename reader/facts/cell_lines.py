"""A table copied one cell to a line: its periods each alone on a line, then its column labels, then its figures,
row by row ("2015-16" / "2016-17" / ... / "Total Badges Issued" / "Total Applications Received" / "1746" / "1755" /
"2459" / ...). The line reader gives every figure the last period it saw; here the bare figures are dealt out over
the periods in order, as many to each as there are columns, and a column whose label names no subject the survey
asks beside one that names the question's own is not that question's (where no label names a subject, the one
column labelled in the question's own words is).

Lines of words among the figures ("(of which 21 were Organisation Badges)", "(Unsuccessful = 9" / "1 did not meet
criteria") are notes on a cell, a part or another column of it: their figures are not the question's unless the
line names a subject of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from ..numbers import LOOSE_FIGURE
from ..periods import Period, period_of_cell
from ..survey import Survey
from .model import Fact
from .words import _content_words, question_words

_LINE = re.compile(r"[^\n]*")
_BARE_FIGURE = re.compile(r"[ \t]*" + LOOSE_FIGURE + r"[ \t]*")
# a question's number or letter opens the next answer: "b)", "d) Unfortunately ...", "3."
_NEXT_ANSWER = re.compile(r"[ \t]*(?:q(?:uestion)?[ \t]*)?\(?(?:\d{1,2}[a-h]?|[a-h])[).:](?:\s|$)", re.IGNORECASE)
_MAX_LABELS = 8


def _lines(text: str) -> list[tuple[int, str]]:
    """The reply's lines with words, each with where it starts."""
    return [(m.start(), m.group(0)) for m in _LINE.finditer(text) if m.group(0).strip()]


def _blocks(lines: list[tuple[int, str]]):
    """(periods, label lines, lines of the figures) of each table copied one cell to a line."""
    i = 0
    while i < len(lines):
        periods: list[Period] = []
        j = i
        while j < len(lines) and (p := period_of_cell(lines[j][1].strip(), lines[j][0])) is not None:
            periods.append(p)
            j += 1
        if len(periods) < 2 or len({(p.first, p.last) for p in periods}) < len(periods):
            i = max(j, i + 1)
            continue
        labels = []
        while j < len(lines) and not _BARE_FIGURE.fullmatch(lines[j][1]) and len(labels) <= _MAX_LABELS \
                and not _NEXT_ANSWER.match(lines[j][1]) and not re.search(r"\d", lines[j][1]):
            labels.append(lines[j][1].strip())
            j += 1
        body = []
        while j < len(lines) and not _NEXT_ANSWER.match(lines[j][1]) and len(lines[j][1].strip()) <= 80 \
                and period_of_cell(lines[j][1].strip(), 0) is None:
            body.append(lines[j])
            j += 1
        if labels and body and _BARE_FIGURE.fullmatch(body[0][1]):
            yield periods, labels, body
        i = max(j, i + 1)


def _as_asked(p: Period, survey: Survey) -> Period:
    asked = next((a for a in survey.periods if (a.start, a.end) == (p.first, p.last)), None)
    return replace(p, label=asked.label) if asked else p


def _own_column(named: list[str], columns: int, inside: list[Fact], survey: Survey) -> int | None:
    """The one column whose label is in the question's own words ("Total Applications Received" under "How many
    blue badge applications were received?", beside "Total Badges Issued"), where the labels name no subject."""
    asked = {f.question for f in inside}
    if len(named) != columns or len(asked) != 1:
        return None
    own = question_words(survey).get(next(iter(asked)) or "", frozenset())
    fits = [i for i, lab in enumerate(named) if (said := _content_words(lab)) and said <= own]
    return fits[0] if len(fits) == 1 else None


def spread_over_periods(facts: list[Fact], text: str, survey: Survey) -> list[Fact]:
    """``facts`` with those of each table copied one cell to a line given their row's period and column's subject
    (see the module's words); facts elsewhere are left as they are."""
    if sum(1 for f in facts if _BARE_FIGURE.fullmatch(f.quote)) < 2:
        return facts        # (no two figures alone on their lines: no such table; most replies stop here)
    out = list(facts)
    for periods, labels, body in _blocks(_lines(text)):
        bare = [(s, s + len(t)) for s, t in body if _BARE_FIGURE.fullmatch(t)]
        notes = [(s, s + len(t), t) for s, t in body if not _BARE_FIGURE.fullmatch(t)]
        lo, hi = body[0][0], body[-1][0] + len(body[-1][1])
        inside = [f for f in out if lo <= f.start < hi]
        # (only where the line reader could not tell the rows apart: one period, or none, on all of them)
        if not inside or len(bare) % len(periods) or len({f.period for f in inside}) > 1:
            continue
        columns = len(bare) // len(periods)
        named = [lab for lab in labels if not lab.startswith(("(", "="))]
        subjects = [{k for _, _, k in survey.find_subjects(lab)} for lab in named] if columns > 1 else []
        own = {f.subject for f in inside}
        if subjects and (len(subjects) != columns or not any(own & s for s in subjects)):
            subjects = []       # the labels do not say which column is the question's own: left as read
        mine = _own_column(named, columns, inside, survey) if columns > 1 and not subjects else None
        drop, changed = set(), {}
        for i, (a, b) in enumerate(bare):
            p = _as_asked(periods[i // columns], survey)
            for f in inside:
                if not a <= f.start < b:
                    continue
                if mine is not None and i % columns != mine:
                    drop.add(id(f))
                    continue
                g = replace(f, period=p.label, period_start=p.first.isoformat(), period_end=p.last.isoformat(),
                            partial=p.partial)
                if subjects:
                    names = subjects[i % columns]
                    if not names:
                        drop.add(id(f))
                        continue
                    if f.subject not in names and len(names) == 1:
                        k = next(iter(names))
                        q = next((q for q in survey.questions if q.subject == k), None)
                        g = replace(g, subject=k, question=q.id if q else g.question)
                changed[id(f)] = g
        for a, b, t in notes:
            if not survey.find_subjects(t):
                drop.update(id(f) for f in inside if a <= f.start < b)
        out = [changed.get(id(f), f) for f in out if id(f) not in drop]
    return out
