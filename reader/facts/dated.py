"""Periods that end on the day of the reply, where the reader is told that day: "2022 (to date) - 27" in a reply of
8 March 2022 runs 1 January – 8 March 2022, and "There are approximately 380 disabled parking spaces at this
current time" is a count held on that day (the set README's "since April 2022" and "stock at a date"). Without
the date a reply's figures keep the periods as written (see reader.periods.ended_by_reply)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..numbers import LOOSE_FIGURE, parse_number
from ..periods import ended_by_reply, held_at, held_now, partial_after
from ..sentences import IN_LINE, breaks
from ..survey import Survey
from .model import Fact

# "£0.00 (so far)" as a table cell: the words that make its figure a part of its period end the cell
_PARTIAL_END = re.compile(r"(?:to\s+date|so\s+far|ytd)\s*\)?\s*$", re.I)
_CELLS = re.compile(r"\t|\||[ \u00a0]{2,}")
_FIGURE = re.compile(LOOSE_FIGURE)
_SHORT_LINE = 40


def on_reply_date(facts: list[Fact], text: str, survey: Survey, replied_on: date) -> list[Fact]:
    """``facts`` with the periods written "to date" ended on ``replied_on``, and the counts held "currently"
    (their sentence, the line that introduces their list or their question says so) held on ``replied_on``."""
    out = []
    for f in facts:
        if f.period_start and f.period_end:
            first, last = date.fromisoformat(f.period_start), date.fromisoformat(f.period_end)
            partial = f.partial or _partial_cell(f.quote, f.value) \
                or partial_after(text, f.end, _line_end(text, f.end))
            end = ended_by_reply(first, last, partial, replied_on)
            if end != last:
                f = replace(f, period_end=end.isoformat(), partial=True)
        elif f.measure == "count" and not f.period:
            held = _held_on(f, text, survey, replied_on)
            if held:
                f = replace(f, period=held[0], period_start=held[1].isoformat(), period_end=held[1].isoformat())
        out.append(f)
    return out


def _partial_cell(quote: str, value: float) -> bool:
    """Whether the cell of ``quote`` (a cell, or the row it is in) that holds ``value`` says "(so far)"."""
    for cell in _CELLS.split(quote):
        if _PARTIAL_END.search(cell) and (m := _FIGURE.search(cell)) and parse_number(m.group(0)) == value:
            return True
    return False


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _held_on(f: Fact, text: str, survey: Survey, replied_on: date) -> tuple[str, date] | None:
    """The day a count is held on, and the words that say so: "as at 30th September" or "currently" (the reply's
    day) in its sentence, in the line that introduces the list it is in ("Currently there are 10 chargers ... as
    follows :-" over "5 Fast"), or "currently" in the question it answers."""
    start = text.rfind("\n", 0, f.start) + 1
    end = _line_end(text, f.end)
    line = text[start:end]
    cuts = [m.end() for m in breaks(line, IN_LINE)]
    s = max((c for c in cuts if c <= f.start - start), default=0)
    e = min((c for c in cuts if c > f.end - start), default=len(line))
    # (its own sentence, or one before it in its paragraph: "There are 4 locations in the borough at present, 3
    # publically accessible ... Each public location has 2 charge points")
    said = _says_when(line, s, e, replied_on) or _says_when(line, 0, s, replied_on)
    if said is None and len(line.strip()) <= _SHORT_LINE:
        intro = _list_intro(text, start)
        said = _says_when(intro, 0, len(intro), replied_on) if intro else None
    if said is None and f.question and (q := survey.question(f.question)) is not None and (m := held_now(q.text)):
        said = " ".join(m.group(0).split()), replied_on
    return said


def _says_when(text: str, start: int, end: int, replied_on: date) -> tuple[str, date] | None:
    at = held_at(text, start, end, replied_on)
    if at:
        return at
    m = held_now(text, start, end)
    return (" ".join(m.group(0).split()), replied_on) if m else None


def _list_intro(text: str, line_start: int) -> str | None:
    """The line that introduces the list of short lines above ``line_start`` ("a) As at 30th September there were
    2620 empty residential properties within Moray." over "71 - Unoccupied Agricultural Property")."""
    pos = line_start
    for _ in range(40):
        if pos <= 0:
            return None
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1].strip()
        pos = prev
        if line and len(line) > _SHORT_LINE:
            return line
    return None
