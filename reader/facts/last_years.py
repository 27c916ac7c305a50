"""A figure given for "the last N financial years" with no year of its own: "1 play park has closed in the last 10 financial
years.", "How many play parks have been closed in the area in the last 10 financial years? None". Its period is the
span of the N years its question asks, as the survey reads them (the request's "the last five financial years" is
the survey's five financial years), labelled as the reply writes it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from ..numbers import number_words
from ..survey import Survey
from .model import Fact
from ..sentences import line_bounds

# ("the last three years" alone may be the 36 months to the reply's day, which a figure's reader cannot tell from
# whole years: it is the question's span only where the question asks that many whole years, as the survey read the
# request's own "last N years")
_COUNT = number_words(2, 10)
_LAST_N = re.compile(r"\bthe\s+(?:last|past|previous)\s+(\d{1,2}|" + "|".join(_COUNT) + r")\s+"
                     r"(financial\s+)?years\b", re.IGNORECASE)


def _years_asked(survey: Survey, qid: str | None, n: int, financial: bool):
    """The last ``n`` periods the question asks, when they are ``n`` whole years one after another (financial years
    where ``financial``), else None."""
    q = survey.question(qid) if qid else None
    if q is None or len(q.periods) < n:
        return None
    by_label = {p.label: p for p in survey.periods}
    asked = sorted((by_label[lb] for lb in q.periods if lb in by_label), key=lambda p: p.start)[-n:]
    if len(asked) != n or any(not 360 <= (p.end - p.start).days <= 366 for p in asked) \
            or any(b.start - a.end != timedelta(days=1) for a, b in zip(asked, asked[1:])) \
            or (financial and any(p.start.month != 4 for p in asked)):
        return None
    return asked[0].start, asked[-1].end


# the figure said before the span, in its own words: "3 have been installed in the last three years", "There have been
# no illegal travellers camps on Council property over the last 5 years"
_FIGURE_SAID = re.compile(r"\d|\b(?:no|none|nil|zero|not)\b", re.IGNORECASE)


def _said_of_figure(text: str, f: Fact, at: int) -> bool:
    """Whether "the last N years" (not financial) at ``at`` stands in the figure's own words, after the figure: the
    span of the figure's sentence, not a heading's or another sentence's ("In the last two years - two" labels a
    list's line, a period the reader cannot date)."""
    return f.start < at < f.end + 5 and _FIGURE_SAID.search(text, f.start, at) is not None


def in_last_years(facts: list[Fact], text: str, survey: Survey) -> list[Fact]:
    """``facts`` with a period for each figure without one whose line says "the last N financial years", or whose own
    words say after it "the last N years" where its question asks N whole years one after another."""
    out = []
    for f in facts:
        if f.period or f.period_start or "years" not in text[f.start - 300 if f.start > 300 else 0:f.end + 300]:
            out.append(f)
            continue
        line_start, line_end = line_bounds(text, f.start, f.end)
        line = text[line_start:line_end]
        said = [m for m in _LAST_N.finditer(line) if m.group(2) or _said_of_figure(text, f, line_start + m.start())]
        # (one span, however often the line says it: "No formal complaints ... in the last 5 financial years. ...
        # these enquiries in the last 5 financial years")
        spans = {_COUNT.get(m.group(1).lower()) or int(m.group(1)) for m in said
                 if m.group(1).isdigit() or m.group(1).lower() in _COUNT}
        n = spans.pop() if len(spans) == 1 else None
        financial = any(m.group(2) for m in said)
        span = _years_asked(survey, f.question, int(n), financial) if n else None
        if span is None:
            out.append(f)
            continue
        out.append(replace(f, period=" ".join(said[0].group(0).split()), period_start=span[0].isoformat(),
                           period_end=span[1].isoformat()))
    return out
