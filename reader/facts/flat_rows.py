"""A table of one row per period flattened onto one line under its header (a PDF's table copied as text):
"Financial Year Number of public health funerals paid for Total Cost (£) by the Council 2010/2011 18 18,518.11
2011/2012 36 28,684.78 ... 2014/2015 16 25,010": the columns' headings once, then each period followed by one
figure a column. Every figure belongs to the period before it and to its column, never to the period after it."""

from __future__ import annotations

import re

from .measures import measure_of
from .model import _Column

# the word a column's heading starts with (as in the flattened table of one column per period, lines.py)
_HEADING_START = re.compile(r"(?<!\S)(?:No\.|Number|Total|Count|Cost|Amount|Average|%|Percentage)(?!\S)")


def flattened_rows(text: str, values: list, periods: list, us: int, find_subjects) -> dict[int, _Column]:
    """{value start: its column (period, subject, measure)} for a line that is such a table, else {}. Each period
    must be followed by the same number (two or more) of figures and nothing else, and the words before the
    first period must hold exactly that many headings."""
    k = len(periods)
    if k < 2 or not values or values[0].start < periods[0].end:
        return {}
    groups: list[list] = []
    for i, p in enumerate(periods):
        end = periods[i + 1].start if i + 1 < k else None
        group = [v for v in values if v.start >= p.end and (end is None or v.start < end)]
        between = text[p.end:end if end is not None else group[-1].end if group else p.end]
        for v in reversed(group):
            between = between[:v.start - p.end] + between[v.end - p.end:]
        if re.search(r"[^\s,]", between):
            return {}
        groups.append(group)
    m = len(groups[0])
    if m < 2 or any(len(g) != m for g in groups):
        return {}
    heads = text[us:periods[0].start]
    starts: list[int] = []
    for h in _HEADING_START.finditer(heads):
        if not (starts and _HEADING_START.fullmatch(heads[starts[-1]:h.start()].strip())):
            starts.append(h.start())      # "Total Cost (£)" is one heading, not two
    if len(starts) != m:
        return {}
    names = [heads[a:b].strip() for a, b in zip(starts, starts[1:] + [len(heads)])]
    # "Number of public health funerals paid for": a heading that opens with "Number" counts, whatever money
    # word follows
    measures = ["count" if re.match(r"No\.|Number|Count", n) else measure_of(n) for n in names]
    cols: dict[int, _Column] = {}
    for p, group in zip(periods, groups):
        for name, measure, v in zip(names, measures, group):
            found = find_subjects(name)
            cols[v.start] = _Column(period=p, subject=found[0][2] if len(found) == 1 else None,
                                    measure=measure, text=name)
    return cols
